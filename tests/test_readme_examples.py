"""Every example in the README runs: each `briefing ...` command (in code blocks and in
the prose), the Python API block and the settings file, in a temporary folder holding
the files they name. A new example is picked up by itself; one that stops working
fails here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import ROOT, SAMPLE

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent

MARKDOWN = textwrap.dedent("""\
    ---
    title: Notes on the Harbour Plan
    author: Ann Example
    date: 2024-03-01
    ---
    ## Background

    The harbour plan was first drafted in March 2019. The council approved it in 2021
    after two years of consultation, and work began in June 2022.

    ## Outlook

    The second phase is due in 2025. Critics say the budget is too small.
    """)
HTML = ("<html><head><title>Harbour Plan | Example News</title></head><body><article>"
        "<h1>Harbour Plan</h1><p>The harbour plan was first drafted in March 2019. The council "
        "approved it in 2021 after two years of consultation.</p></article></body></html>")
TEXT = "Harbour Plan\n\nBackground\n\nThe harbour plan was first drafted in March 2019.\n"

#: Stand-ins for what a test machine lacks: a clipboard and a printer.
STAND_INS = {"pbpaste": "printf 'Piped Title\\n\\nText that arrives on a pipe in March 2019.\\n'",
             "| lp": "> printed.pdf"}


def shell_examples() -> list[str]:
    """The commands of the README's code blocks and prose, in order, comments dropped."""
    commands = []
    for line in README.splitlines():
        if line.startswith("    ") and "briefing " in line and not line.strip().startswith("briefing/"):
            command = line.strip().split("  #")[0].strip()
            if command.startswith("briefing ") or "| briefing " in command:
                commands.append(command)
    for span in re.findall(r"`(briefing [^`]+)`", README):
        named_only = span.split()[1:] in (["build"], ["batch"], ["inspect"])  # the command's name, in prose
        if "..." not in span and not named_only and span not in commands:
            commands.append(span)
    return commands


def python_example() -> str:
    """The Python API block."""
    lines = README.split("    import briefing\n", 1)[1].split("\n\n## ", 1)[0].splitlines()
    return "import briefing\n" + "\n".join(line[4:] for line in lines if line.startswith("    "))


def toml_example() -> str:
    """The settings file shown in the README."""
    block = README.split("    theme = ", 1)[1].split("\n\n", 1)[0]
    return textwrap.dedent("    theme = " + block) + "\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A folder with every file the examples name."""
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(SAMPLE.parent, work / "source")
    (work / "output").mkdir()  # as in a checkout after `make samples`
    for name, text in {"notes/article.md": MARKDOWN, "article.md": MARKDOWN, "saved-page.html": HTML,
                       "article.txt": TEXT, "articles/2024/one.md": MARKDOWN, "articles/two.md": MARKDOWN,
                       "notes.article": MARKDOWN, "reading.urls": "# no network here: an empty list\n",
                       "sources/one.md": MARKDOWN.replace("2024-03-01", "2024-12-02"),
                       "sources/two.md": MARKDOWN.replace("Notes on the Harbour Plan", "Harbour Plan Delayed")
                       .replace("2024-03-01", "2024-12-03"),
                       "clips/a.html": HTML, "clips/b.html": HTML.replace("Harbour Plan", "Quay Works")}.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text, encoding="utf-8")
    return work


def run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def run_preview(command: str, cwd: Path) -> None:
    """A `briefing preview` example serves until stopped: it must print its address, then
    stop on Ctrl-C with exit code 0 (never opening a browser here)."""
    import shlex
    import signal
    import time

    words = shlex.split(command.replace("--port 8765", "--port 0"))  # a fixed port may be taken
    words += [] if "--no-browser" in words else ["--no-browser"]
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    log = cwd / "preview.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen(words, cwd=cwd, env=env, stderr=sink, stdout=subprocess.DEVNULL)
    try:
        for _ in range(2400):
            if "briefing preview: http://127.0.0.1:" in log.read_text(errors="replace") or process.poll() is not None:
                break
            time.sleep(0.05)
        assert process.poll() is None, f"{command}\n{log.read_text(errors='replace')}"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0, f"{command}\n{log.read_text(errors='replace')}"
    finally:
        if process.poll() is None:
            process.kill()
        log.unlink(missing_ok=True)


def test_the_readme_has_the_examples_this_test_knows():
    commands = shell_examples()
    assert len(commands) >= 12, commands
    assert any(c.startswith("briefing batch") for c in commands)
    assert any("-o -" in c for c in commands) and any("themes new" in c for c in commands)


def test_every_shell_example_runs(workspace):
    for command in shell_examples():
        if "https://" in command:
            continue  # there is no network here: tests/test_cli_urls.py builds from a local server
        if command.startswith("briefing preview "):
            run_preview(command, workspace)
            continue
        for original, stand_in in STAND_INS.items():
            command = command.replace(original, stand_in)
        proc = run(command, workspace)
        assert proc.returncode == 0, f"{command}\n{proc.stderr}"
    assert PdfReader(workspace / "output" / "china-nk.pdf").metadata.title == "Does China Care About North Korea"
    assert (workspace / "notes" / "article.pdf").is_file()
    assert (workspace / "briefings" / "article.pdf").is_file()
    assert (workspace / "printed.pdf").read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(workspace / "out" / "book.pdf").outline) == 2
    assert (workspace / "themes" / "mybrief" / "theme.yaml").is_file()


def test_the_python_example_runs(workspace):
    proc = subprocess.run([sys.executable, "-c", python_example()], cwd=workspace, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert PdfReader(workspace / "article.pdf").metadata.title == "Harbour Plan"


def test_the_settings_example_is_read(workspace, tmp_path):
    (tmp_path / "briefing.toml").write_text(toml_example(), encoding="utf-8")
    (tmp_path / "themes").mkdir()
    proc = run("briefing config", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "marking = 'TLP:AMBER'" in proc.stdout and "key_points = 4" in proc.stdout
