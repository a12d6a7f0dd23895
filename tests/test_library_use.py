"""An application that imports briefing gets a briefing and nothing else: WeasyPrint and
pydyf stay as they are, and no thread is started."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from .conftest import ROOT, SAMPLE

#: Builds the sample through the Python API in a fresh process, then reports the state of
#: WeasyPrint, pydyf and the threads.
PROBE = textwrap.dedent("""\
    import json, sys, threading, zlib
    import weasyprint.pdf.fonts as fonts
    import pydyf
    original = {"init": fonts.Font.__init__, "data": fonts.get_hb_object_data,
                "file_content": fonts.Font.__dict__.get("file_content")}
    import briefing
    pdf = briefing.build(sys.argv[1])
    print(json.dumps({
        "pdf": pdf[:5].decode(),
        "font_init_same": fonts.Font.__init__ is original["init"],
        "font_data_same": fonts.get_hb_object_data is original["data"],
        "file_content_same": fonts.Font.__dict__.get("file_content") is original["file_content"],
        "marked": bool(getattr(fonts.Font, "_briefing_lazy_data", False)),
        "pydyf_zlib": pydyf.zlib is zlib,
        "threads": [t.name for t in threading.enumerate()],
    }))
    """)


def test_the_api_patches_nothing_and_starts_no_thread():
    proc = subprocess.run([sys.executable, "-c", PROBE, str(SAMPLE)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    state = json.loads(proc.stdout.strip().splitlines()[-1])
    assert state == {"pdf": "%PDF-", "font_init_same": True, "font_data_same": True,
                     "file_content_same": True, "marked": False, "pydyf_zlib": True,
                     "threads": ["MainThread"]}


def test_the_command_line_installs_the_speedups():
    """The control: the same probe sees the changes once our entry point installs them."""
    probe = PROBE.replace("pdf = briefing.build(sys.argv[1])",
                          "from briefing.render import speedups; speedups.install()\n"
                          "pdf = briefing.build(sys.argv[1])")
    proc = subprocess.run([sys.executable, "-c", probe, str(SAMPLE)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    state = json.loads(proc.stdout.strip().splitlines()[-1])
    assert state["marked"] is True and state["pydyf_zlib"] is False and state["font_init_same"] is False


#: Imports WeasyPrint in a fresh process (as our command line does with `claim`), and reports
#: every program run meanwhile.
LOOKUP_PROBE = textwrap.dedent("""\
    import json, subprocess, sys
    ran = []
    ordinary = subprocess.Popen.__init__
    def recorded(self, args, *rest, **options):
        ran.append(args if isinstance(args, str) else str(args[0]))
        ordinary(self, args, *rest, **options)
    subprocess.Popen.__init__ = recorded
    from briefing.render import speedups
    if sys.argv[1] == "claim":
        speedups.claim_process()
    from briefing.render.pdf import weasyprint
    module = weasyprint()
    print(json.dumps({"ran": ran, "loaded": module.__name__}))
    """)


def _programs_run_by_the_import(how: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", LOOKUP_PROBE, how], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    state = json.loads(proc.stdout.strip().splitlines()[-1])
    assert state["loaded"] == "weasyprint"
    return state["ran"]


def test_the_command_lines_weasyprint_import_reads_the_loaders_cache_once():
    """cffi looks up each library name WeasyPrint tries with ctypes.util.find_library, which
    ran ldconfig, gcc and ld for every name (54 programs, 0.15 to 0.25 s of the import)."""
    assert _programs_run_by_the_import("claim") == ["/sbin/ldconfig"]


def test_an_applications_weasyprint_import_looks_up_libraries_the_ordinary_way():
    assert _programs_run_by_the_import("api").count("/sbin/ldconfig") > 1
