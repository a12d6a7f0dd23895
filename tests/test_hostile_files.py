"""Hostile input, round two: files lost or left behind, runaway articles, and messages.

Each test reproduces a line of issue 21 that failed before the fix: an output over its
own input, part files and workers left by a killed build or batch, a lost file mode, a
report found unwritable only after rendering, damaged stamps, an article without a time
or memory budget, and Click's or pypdf's many-line messages.
"""

from __future__ import annotations

import json
import os
import select
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import ROOT

ARTICLE = "A Short Report\n\nBackground\n\nThe committee met on 12 March 2021 and agreed a plan.\n"


def invoke(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


def run(*args: object, probe: str | None = None, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """The real entry point (`python -m briefing ...`), or `probe` run before it."""
    command = [sys.executable, "-m", "briefing", *map(str, args)] if probe is None else \
        [sys.executable, "-c", probe, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)), **kwargs)


@pytest.fixture
def src(tmp_path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(ARTICLE.replace("A Short", name[0].upper()), encoding="utf-8")
    return folder


# -- files lost -----------------------------------------------------------------------

def test_output_over_the_article_or_its_sidecar_is_refused(src):
    article, sidecar = src / "a.txt", src / "a.briefing.yaml"
    sidecar.write_text("title: Kept\n", encoding="utf-8")
    for target in (article, sidecar):
        before = target.read_bytes()
        result = invoke("build", article, "-o", target, "--force")  # --force: past the not-a-PDF guard
        assert result.exit_code == 2, result.output
        assert result.stderr.strip().splitlines() == [
            f"briefing: error: {target}: refusing to write over {target}, which this command reads or writes"]
        assert target.read_bytes() == before


@pytest.mark.parametrize("flag, target", [("--combine", "input"), ("--report", "input"),
                                          ("--report", "output"), ("--report", "book")])
def test_book_or_report_over_an_input_or_output_is_refused_before_rendering(src, tmp_path, flag, target):
    out = tmp_path / "out"
    paths = {"input": src / "a.txt", "output": out / "b.pdf", "book": tmp_path / "book.pdf"}
    out.mkdir()
    paths["output"].write_bytes(b"%PDF-1.7 an old briefing")
    before = paths[target].read_bytes() if paths[target].exists() else None
    extra = ["--combine", paths["book"]] if target == "book" else []
    result = invoke("batch", src, "-o", out, flag, paths[target], *extra)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1].startswith(f"briefing: error: {paths[target]}: refusing to write")
    assert (paths[target].read_bytes() if paths[target].exists() else None) == before
    assert not (out / "a.pdf").exists()  # refused before anything was rendered


def test_rebuilding_keeps_the_mode_of_the_existing_pdf(src, tmp_path):
    target = tmp_path / "private.pdf"
    target.write_bytes(b"%PDF-1.7 old")
    target.chmod(0o600)
    assert invoke("build", src / "a.txt", "-o", target).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF-")


def test_an_unwritable_report_is_found_before_rendering(src, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the report's folder would go", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("batch", src, "-o", out, "--report", blocker / "report.json")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1].startswith("briefing: error: ")
    assert str(blocker) in result.stderr
    assert not list(out.glob("*.pdf"))


def test_a_name_too_long_for_the_file_system_is_a_user_error(src, tmp_path):
    result = invoke("build", src / "a.txt", "-o", tmp_path / ("x" * 300 + ".pdf"))
    assert result.exit_code == 2, result.output
    assert "the file name is too long for the file system" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- files left behind ----------------------------------------------------------------

#: Runs the build with the PDF's fsync slowed down, saying on stdout when it is writing.
SLOW_WRITE = textwrap.dedent("""\
    import os, sys, time
    real = os.fsync
    def slow(fd):
        print("writing", flush=True)
        time.sleep(60)
        real(fd)
    os.fsync = slow
    from briefing.cli import main
    sys.argv = ["briefing", "build", sys.argv[1], "-o", sys.argv[2]]
    main()
    """)


def test_sigterm_while_writing_leaves_no_part_file(src, tmp_path):
    target = tmp_path / "out.pdf"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, str(src / "a.txt"), str(target)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.stdout.readline().strip() == "writing"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # it is mid-write
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM
    assert [p.name for p in tmp_path.iterdir()] == ["src"]


def test_part_files_of_dead_writers_are_removed_by_the_next_build(src, tmp_path):
    target = tmp_path / "out.pdf"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    stale = tmp_path / f".out.pdf.{dead}.0123456789ab.part"
    alive = tmp_path / f".out.pdf.{os.getpid()}.0123456789ab.part"  # this test process is alive
    stale.write_bytes(b"%PDF-1.7 half")
    alive.write_bytes(b"%PDF-1.7 in progress")
    assert invoke("build", src / "a.txt", "-o", target).exit_code == 0
    assert not stale.exists() and alive.exists()


#: A batch that prints its worker's pid while the worker renders, then waits there.
PID_THEN_WAIT = textwrap.dedent("""\
    import os, sys, time
    from briefing.batch import pool
    real = pool.render_item
    def noisy(item, options, theme):
        print("rendering", os.getpid(), flush=True)
        time.sleep(2)
        return real(item, options, theme)
    pool.render_item = noisy
    from briefing.cli import main
    sys.argv = ["briefing", "batch", sys.argv[1], "-o", sys.argv[2], "--jobs", "1", "-q"]
    main()
    """)


def test_workers_leave_when_the_batch_is_killed(src, tmp_path):
    """A batch killed outright (SIGKILL) leaves no worker behind waiting for work."""
    proc = subprocess.Popen([sys.executable, "-c", PID_THEN_WAIT, str(src), str(tmp_path / "out")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    words = proc.stdout.readline().split()
    assert words[0] == "rendering"
    worker = int(words[1])
    watcher = os.pidfd_open(worker)  # readable once the worker has ended: an event, not a poll
    proc.kill()
    proc.wait(timeout=60)
    try:
        # The worker finishes its article, finds its batch gone and leaves (it used to
        # wait for the next article for ever). A generous bound: it only has to happen.
        ended, _, _ = select.select([watcher], [], [], 120)
        if not ended:
            os.kill(worker, signal.SIGKILL)
        assert ended, "the worker was still running two minutes after its batch was killed"
    finally:
        os.close(watcher)


# -- damaged stamps -------------------------------------------------------------------

def _stamp(out: Path, name: str) -> Path:
    return out / ".briefing-batch" / (name + ".json")


@pytest.mark.parametrize("damage", ["deep json", "folder", "fifo", "symlink"])
def test_a_damaged_stamp_counts_as_missing(src, tmp_path, damage):
    out = tmp_path / "out"
    assert invoke("batch", src, "-o", out, "--jobs", "1").exit_code == 0
    stamp = _stamp(out, "a.pdf")
    stamp.unlink()
    if damage == "deep json":
        stamp.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    elif damage == "folder":
        stamp.mkdir()
    elif damage == "fifo":
        os.mkfifo(stamp)
    else:
        secret = tmp_path / "elsewhere.json"
        secret.write_text(json.dumps({"fingerprint": "x"}), encoding="utf-8")
        stamp.symlink_to(secret)
    proc = run("batch", src, "-o", out, "--jobs", "1", timeout=120)  # a FIFO used to hang here
    assert proc.returncode == 0, proc.stderr
    assert "rendered 1, skipped 1, failed 0 of 2 articles" in proc.stderr
    assert stat.S_ISREG(os.lstat(stamp).st_mode)  # a real stamp again
    if damage == "symlink":
        assert json.loads(secret.read_text()) == {"fingerprint": "x"}  # not followed, not written through


# -- budgets --------------------------------------------------------------------------

#: A batch whose article "slow.txt" never finishes rendering and "big.txt" keeps
#: allocating; the others render as usual.
RUNAWAY = textwrap.dedent("""\
    import sys, time
    from briefing.batch import pool
    real = pool.render_item
    def runaway(item, options, theme):
        if item.input.name == "slow.txt":
            time.sleep(3600)
        if item.input.name == "big.txt":
            hoard = []
            while True:
                hoard.append(bytearray(50 * 1024 * 1024))
                time.sleep(0.05)
        return real(item, options, theme)
    pool.render_item = runaway
    from briefing.cli import main
    sys.argv = ["briefing", *sys.argv[1:]]
    main()
    """)


def test_a_runaway_article_is_stopped_and_the_batch_goes_on(src, tmp_path):
    (src / "slow.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "big.txt").write_text(ARTICLE, encoding="utf-8")
    report = tmp_path / "report.json"
    proc = run("batch", src, "-o", tmp_path / "out", "--jobs", "2", "--max-seconds", "5",
               "--max-memory-mb", "600", "--report", report, probe=RUNAWAY, timeout=300)
    assert proc.returncode == 1, proc.stderr
    articles = {Path(a["input"]).name: a for a in json.loads(report.read_text())["articles"]}
    assert articles["a.txt"]["status"] == articles["b.txt"]["status"] == "rendered"
    assert articles["slow.txt"]["status"] == "failed"
    assert "stopped after 5 s, the time budget (raise it with --max-seconds)" in articles["slow.txt"]["error"]
    assert articles["big.txt"]["status"] == "failed"
    assert "over the memory budget of 600 MB (raise it with --max-memory-mb)" in articles["big.txt"]["error"]


#: A one-off build whose rendering never ends.
STUCK_BUILD = textwrap.dedent("""\
    import sys, time
    import briefing.pipeline
    def stuck(*args, **kwargs):
        time.sleep(3600)
    briefing.pipeline.build_article = stuck
    from briefing.cli import main
    sys.argv = ["briefing", *sys.argv[1:]]
    main()
    """)


def test_a_build_over_its_time_budget_stops_with_one_line(src, tmp_path):
    proc = run("build", src / "a.txt", "-o", tmp_path / "a.pdf", "--max-seconds", "3", probe=STUCK_BUILD,
               timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"briefing: error: {src / 'a.txt'}: stopped after 3 s, the time budget (raise it with --max-seconds)"]
    assert not (tmp_path / "a.pdf").exists()


# -- messages -------------------------------------------------------------------------

@pytest.mark.parametrize("args, words", [
    (["build", "x.txt", "--paper", "A3"], "Invalid value for '--paper'"),
    (["batch", "src", "-o", "out", "--shard", "5/2"], "K must be between 1 and N"),
])
def test_usage_errors_are_one_line(args, words, tmp_path):
    proc = run(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: ") and words in lines[0], lines


def test_a_damaged_pdf_in_the_book_prints_no_pypdf_noise(src, tmp_path):
    out = tmp_path / "out"
    assert invoke("batch", src, "-o", out, "--jobs", "1").exit_code == 0
    (out / "a.pdf").write_bytes(b"not a pdf at all")
    proc = run("batch", src, "-o", out, "--combine", tmp_path / "book.pdf")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"briefing: error: {out / 'a.pdf'}: cannot add it to the book: not a readable PDF; "
        "rerun with --force to render it again"]


def test_an_edited_image_renders_the_article_again(tmp_path):
    """Stamps vouch for the images an article shows too, not only for its text."""
    from PIL import Image

    src = tmp_path / "src"
    src.mkdir()
    (src / "chart.md").write_text("# Chart Report\n\n## Data\n\nThe chart shows the trend since 2019.\n\n"
                                  "![the trend](chart.png)\n", encoding="utf-8")
    Image.new("RGB", (20, 10), "red").save(src / "chart.png")
    (src / "plain.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("batch", src, "-o", out, "--jobs", "1").exit_code == 0
    again = invoke("batch", src, "-o", out, "--jobs", "1")
    assert "rendered 0, skipped 2" in again.stderr
    Image.new("RGB", (30, 10), "blue").save(src / "chart.png")  # edited: another size and time
    edited = invoke("batch", src, "-o", out, "--jobs", "1", "--report", tmp_path / "report.json")
    assert "rendered 1, skipped 1" in edited.stderr, edited.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    statuses = {Path(a["input"]).name: a["status"] for a in report["articles"]}
    assert statuses == {"chart.md": "rendered", "plain.txt": "skipped"}


def test_the_budget_watch_ends_with_the_build(src, tmp_path):
    """A build run in-process (an application calling the CLI, or these tests) leaves no
    watcher behind: one left running would end the host process when its time was up."""
    import threading

    assert invoke("build", src / "a.txt", "-o", tmp_path / "a.pdf", "--max-seconds", "600").exit_code == 0
    watchers = [t for t in threading.enumerate() if t.name == "briefing-budget"]
    for watcher in watchers:
        watcher.join(timeout=30)  # it wakes every WATCH_EVERY seconds and sees the build is over
    assert not [t for t in watchers if t.is_alive()]
