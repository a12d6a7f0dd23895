"""Font file data is read only when needed: same PDF, far less memory for CJK fonts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from briefing.render import fontdata

from .conftest import ROOT

CHINESE = textwrap.dedent("""\
    ---
    title: 中国与朝鲜：一份简报
    author: 王小明
    date: 2017-04-12
    lang: zh
    ---
    ## 背景

    2017年4月，中国外交部表示，朝鲜半岛局势紧张。北京希望各方保持克制，并通过对话解决问题。

    ## 分析

    **重点**：中国是朝鲜最大的贸易伙伴。1961年，两国签订了友好合作互助条约，这一条约至今有效。
    """)

#: Renders the article in a fresh process and reports the PDF's hash and the peak
#: resident memory before and after write_pdf (the step that embeds the fonts).
PROBE = textwrap.dedent("""\
    import hashlib, json, sys
    from pathlib import Path
    if sys.argv[2] == "on":  # as the command line and the batch workers do
        from briefing.render import fontdata
        fontdata.install()
    from briefing import themes
    from briefing.pipeline import prepare
    from briefing.options import Options
    from briefing.render import render_document

    def peak_kb():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])

    article = Path(sys.argv[1])
    document, _ = render_document(prepare(article), themes.load("policy"), Options(),
                                  base_dir=article.parent)
    before = peak_kb()
    pdf = document.write_pdf()
    print(json.dumps({"sha": hashlib.sha256(pdf).hexdigest(), "rise_kb": peak_kb() - before}))
    """)


def _noto_cjk_installed() -> bool:
    if not shutil.which("fc-list"):
        return False
    found = subprocess.run(["fc-list", "Noto Sans CJK SC"], capture_output=True, text=True).stdout
    return bool(found.strip())


def _probe(article, mode: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(article), mode], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not _noto_cjk_installed(), reason="Noto Sans CJK is not installed")
def test_cjk_briefing_is_the_same_pdf_for_far_less_memory(tmp_path):
    import weasyprint

    article = tmp_path / "chinese.md"
    article.write_text(CHINESE, encoding="utf-8")
    lazy, eager = _probe(article, "on"), _probe(article, "off")
    assert lazy["sha"] == eager["sha"]  # nothing in the PDF changes
    if fontdata.checked(weasyprint.__version__):
        # Without it each Noto Sans CJK weight (19 MB) is copied whole: bold and regular here.
        assert lazy["rise_kb"] < 30 * 1024, lazy
        assert eager["rise_kb"] - lazy["rise_kb"] > 30 * 1024, (eager, lazy)


def test_fonts_that_need_their_data_still_get_all_of_it(monkeypatch):
    """A read of file_content (variable, colour or bitmap fonts, the fontTools fallback)
    gets the whole font file, read once; a subset written back replaces it."""
    import weasyprint

    if not fontdata.checked(weasyprint.__version__):
        pytest.skip("this WeasyPrint version is left unpatched")
    from weasyprint.pdf import fonts

    # Installed here on a copy of the class, so that this test process's WeasyPrint stays
    # as an application importing briefing would have it.
    Font = type("Font", (fonts.Font,), {})
    monkeypatch.setattr(fonts, "Font", Font)
    monkeypatch.setattr(fonts, "get_hb_object_data", fonts.get_hb_object_data)
    fontdata.install()

    reads = []
    monkeypatch.setattr(fontdata, "_read_whole_font", lambda face: reads.append(face) or b"OTTO whole font")
    font = Font.__new__(Font)
    font.hb_face = "face"
    font.file_content = fontdata._UNREAD  # what Font.__init__ stores
    assert reads == []
    assert font.file_content[:4] == b"OTTO" and font.file_content == b"OTTO whole font"
    assert reads == ["face"]  # read once
    font.file_content = b"subset"
    assert font.file_content == b"subset" and reads == ["face"]


@pytest.mark.parametrize("version, expected", [("70.0", True), ("68.1", True), ("71.0", False),
                                               ("67.0", False), ("dev", False)])
def test_only_checked_versions_are_patched(version, expected):
    assert fontdata.checked(version) is expected
