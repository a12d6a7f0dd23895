"""Batch rendering: discovery, output names, shards, incremental skips, failures, the book."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import batch
from briefing.batch import BatchOptions, discover, output_names, parse_shard, plan, run_batch, shard_of
from briefing.cli import cli
from briefing.errors import InputError

ARTICLE = """{title}

Background

{title} is a short article written for the batch tests. It has a few sentences so
that the analysis finds key points. On 12 March 2021 the committee met for the first
time. The committee published its report in June 2022.

Outlook

The outlook is uncertain. Observers expect a decision in 2024, and further work after
that. The article ends here.
"""


def write_article(folder: Path, name: str, title: str | None = None) -> Path:
    """A small valid article, dated a minute ago."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = ARTICLE.format(title=title or Path(name).stem.title())
    if path.suffix == ".md":
        text = "# " + text.replace("\n\nBackground\n", "\n\n## Background\n").replace("\nOutlook\n", "\n## Outlook\n")
    path.write_text(text, encoding="utf-8")
    age(path)
    return path


def age(path: Path, seconds: float = 60) -> None:
    """Make a file look written a while ago."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - int(seconds * 1e9)))


def touch(path: Path) -> None:
    """What `touch` does: the file looks edited now."""
    os.utime(path)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Two good articles (one in a subfolder) and one broken one."""
    src = tmp_path / "articles"
    write_article(src, "alpha.txt", "Alpha Report")
    write_article(src / "sub", "beta.md", "Beta Report")
    (src / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    (src / "notes.yaml").write_text("not an article\n", encoding="utf-8")
    return src


# -- pure parts -----------------------------------------------------------------------

def test_discover_finds_articles_recursively_and_by_glob(folder):
    found = sorted(p.name for p in discover([folder]))
    assert found == ["alpha.txt", "beta.md", "broken.txt"]
    assert [p.name for p in discover([str(folder / "**" / "*.md")])] == ["beta.md"]
    # a file named twice, as a file and through its folder, counts once
    assert len(discover([folder / "alpha.txt", folder])) == 3


def test_discover_takes_the_suffixes_from_the_readers_registry(folder, monkeypatch):
    from briefing import readers

    (folder / "page.html").write_text("<h1>Page</h1>", encoding="utf-8")
    (folder / "old.htm").write_text("<h1>Old</h1>", encoding="utf-8")
    assert {"page.html", "old.htm"} <= {p.name for p in discover([folder])}  # the HTML reader is on main
    # the registry decides: a suffix no reader claims is not picked up from a folder
    monkeypatch.delitem(readers.READERS, ".htm")
    found = {p.name for p in discover([folder])}
    assert "page.html" in found and "old.htm" not in found


def test_discover_reports_missing_inputs():
    with pytest.raises(InputError, match="no such file or folder"):
        discover(["does/not/exist"])
    with pytest.raises(InputError, match="no articles match"):
        discover(["does/not/*.md"])


def test_output_names_are_distinct_and_predictable(tmp_path):
    a = tmp_path / "2023" / "notes.md"
    b = tmp_path / "2024" / "notes.md"
    c = tmp_path / "2024" / "notes.txt"
    d = tmp_path / "other.txt"
    names = output_names([a, b, c, d])
    assert names[d] == "other.pdf"
    assert names[a] == "2023-notes.pdf"
    assert names[b] == "2024-notes-md.pdf"
    assert names[c] == "2024-notes-txt.pdf"
    assert output_names([d, c, b, a]) == names  # order does not matter


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_shards_cover_every_input_exactly_once(tmp_path, n):
    paths = [tmp_path / f"dir{i % 3}" / f"article-{i}.txt" for i in range(40)]
    for path in paths:
        write_article(path.parent, path.name)
    seen: list[Path] = []
    for k in range(1, n + 1):
        items = plan([tmp_path], tmp_path / "out", BatchOptions(), shard=(k, n))
        seen.extend(item.input for item in items)
    assert sorted(seen) == sorted(paths)
    assert shard_of(paths[0], n) == shard_of(Path(str(paths[0])), n)  # stable


def test_parse_shard():
    assert parse_shard("2/5") == (2, 5)
    for bad in ("0/3", "4/3", "x", "1/"):
        with pytest.raises(InputError):
            parse_shard(bad)


# -- rendering ------------------------------------------------------------------------

def test_broken_article_fails_alone_and_the_report_says_so(folder, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    runner = CliRunner()
    result = runner.invoke(cli, ["batch", str(folder), "-o", str(out), "--jobs", "2",
                                 "--report", str(report), "-q"])
    assert result.exit_code == 1, result.output
    assert "briefing: failed: " in result.stderr and "broken.txt: is a binary file" in result.stderr
    assert "rendered 2, skipped 0, failed 1 of 3 articles" in result.stderr
    assert sorted(p.name for p in out.glob("*.pdf")) == ["alpha.pdf", "beta.pdf"]

    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"] | {"seconds": 0} == {"articles": 3, "rendered": 2, "skipped": 0, "failed": 1,
                                                "not_run": 0, "seconds": 0, "interrupted": False}
    by_name = {Path(a["input"]).name: a for a in data["articles"]}
    assert set(by_name) == {"alpha.txt", "beta.md", "broken.txt"}
    for name in ("alpha.txt", "beta.md"):
        entry = by_name[name]
        assert entry["status"] == "rendered" and entry["error"] is None
        assert entry["pages"] >= 1 and entry["seconds"] > 0
        assert Path(entry["output"]).is_file() and isinstance(entry["warnings"], list)
    broken = by_name["broken.txt"]
    assert broken["status"] == "failed" and broken["pages"] == 0
    assert broken["output"].endswith("broken.pdf") and "binary" in broken["error"]
    assert not Path(broken["output"]).exists()
    assert set(data["articles"][0]) == {"input", "output", "status", "pages", "seconds", "warnings", "error"}


def test_rerun_skips_and_touching_one_input_rerenders_only_it(tmp_path):
    src = tmp_path / "src"
    write_article(src, "one.txt")
    two = write_article(src, "two.md")
    out = tmp_path / "out"
    first = run_batch([src], out, jobs=1)
    assert [i.status for i in first.items] == ["rendered", "rendered"]
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}

    second = run_batch([src], out, jobs=1)
    assert [i.status for i in second.items] == ["skipped", "skipped"]
    assert second.items[0].pages == first.items[0].pages  # the stamp remembers
    cli_run = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out)])
    assert cli_run.exit_code == 0
    # stderr is not a terminal here: no progress bar, just the summary
    assert cli_run.stderr.startswith("rendered 0, skipped 2, failed 0 of 2 articles in ")
    assert cli_run.stderr.count("\n") == 1 and cli_run.stdout == ""

    touch(two)
    third = run_batch([src], out, jobs=1)
    assert {i.input.name: i.status for i in third.items} == {"one.txt": "skipped", "two.md": "rendered"}
    assert (out / "one.pdf").stat().st_mtime_ns == mtimes["one.pdf"]
    assert (out / "two.pdf").stat().st_mtime_ns > mtimes["two.pdf"]

    # a new sidecar, other options, or --force each make the article stale again
    (src / "one.briefing.yaml").write_text("title: One Renamed\n", encoding="utf-8")
    fourth = run_batch([src], out, jobs=1)
    assert {i.input.name: i.status for i in fourth.items} == {"one.txt": "rendered", "two.md": "skipped"}
    plans = plan([src], out, BatchOptions(marking="TLP:AMBER"))
    assert [i.status for i in plans] == ["not run", "not run"]
    assert [i.status for i in plan([src], out, BatchOptions(), force=True)] == ["not run", "not run"]
    assert [i.status for i in plan([src], out, BatchOptions())] == ["skipped", "skipped"]


def test_a_killed_worker_fails_only_its_article_and_leaves_no_partial_pdf(tmp_path, monkeypatch):
    src = tmp_path / "src"
    for name in ("a.txt", "b.txt", "c.txt"):
        write_article(src, name)
    out = tmp_path / "out"
    real = batch.render_item

    def dies_on_b(item, options):
        if item.input.name == "b.txt":
            (item.output.parent / f".{item.output.name}.x1.part").write_bytes(b"%PDF-1.7 half")
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, options)

    monkeypatch.setattr(batch, "render_item", dies_on_b)  # the forked workers inherit it
    result = run_batch([src], out, jobs=2)
    status = {i.input.name: i.status for i in result.items}
    assert status == {"a.txt": "rendered", "b.txt": "failed", "c.txt": "rendered"}
    assert "worker process died (killed by signal 9)" in result.failed[0].error
    assert sorted(p.name for p in out.iterdir()) == [".briefing-batch", "a.pdf", "c.pdf"]

    monkeypatch.setattr(batch, "render_item", real)
    rerun = run_batch([src], out, jobs=2)
    assert {i.input.name: i.status for i in rerun.items} == {
        "a.txt": "skipped", "b.txt": "rendered", "c.txt": "skipped"}


def test_combined_book_has_contents_and_one_bookmark_per_article(tmp_path):
    from pypdf import PdfReader

    from .conftest import normalise, pdf_text

    src = tmp_path / "src"
    write_article(src, "a.txt", "Alpha Report")
    write_article(src, "b.md", "Beta Report")
    book = tmp_path / "book" / "book.pdf"
    result = run_batch([src], tmp_path / "out", jobs=2, combine=book)
    reader = PdfReader(book)
    pages = [len(PdfReader(i.output).pages) for i in result.items]
    assert len(reader.pages) == 2 + sum(pages) == result.book_pages
    contents = normalise(reader.pages[1].extract_text())
    assert contents.startswith("Contents")
    assert f"Alpha Report 3 Beta Report {3 + pages[0]}" in contents
    outline = reader.outline
    assert [o.title for o in outline] == ["Alpha Report", "Beta Report"]
    assert [reader.get_destination_page_number(o) for o in outline] == [2, 2 + pages[0]]
    assert "Alpha Report" in normalise(reader.pages[2].extract_text())
    assert pdf_text(book).count("Beta Report") >= 2


def test_the_command_exits_1_with_every_output_in_place_when_one_article_fails(folder, tmp_path):
    """Through the real entry point, which leaves without the interpreter's teardown."""
    import subprocess
    import sys

    from .conftest import ROOT

    out, report = tmp_path / "out", tmp_path / "report.json"
    proc = subprocess.run([sys.executable, "-m", "briefing", "batch", str(folder), "-o", str(out), "--jobs", "2",
                           "--report", str(report), "--combine", str(tmp_path / "book.pdf")],
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.rstrip().splitlines()[-2].startswith("rendered 2, skipped 0, failed 1 of 3 articles")
    assert sorted(p.name for p in out.glob("*.pdf")) == ["alpha.pdf", "beta.pdf"]
    assert [a["status"] for a in sorted(json.loads(report.read_text())["articles"], key=lambda a: a["input"])] \
        == ["rendered", "failed", "rendered"]
    assert (tmp_path / "book.pdf").stat().st_size > 0


def test_ctrl_c_leaves_no_partial_pdf_and_a_rerun_renders_only_the_rest(tmp_path):
    import subprocess
    import sys
    import time

    from pypdf import PdfReader

    from .conftest import ROOT, SAMPLE

    src = tmp_path / "src"
    src.mkdir()
    for i in range(10):
        (src / f"copy-{i}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "batch", str(src), "-o", str(out),
                             "--jobs", "1", "-q"], env=env, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group gets it
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "rerun to finish" in err
    done = {p.name for p in out.glob("*.pdf")}
    stamped = {p.name.removesuffix(".json") for p in (out / ".briefing-batch").glob("*.json")}
    assert 1 <= len(done) < 10
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]
    for name in done:
        assert len(PdfReader(out / name).pages) >= 1  # complete, not truncated

    rerun = run_batch([src], out, jobs=2)
    rendered = {i.output.name for i in rerun.items if i.status == "rendered"}
    assert {i.output.name for i in rerun.items if i.status == "skipped"} == stamped & done
    assert rendered == {f"copy-{i}.pdf" for i in range(10)} - (stamped & done)


def test_warm_up_loads_the_pipeline_without_touching_files_or_network(tmp_path, monkeypatch):
    """The parent's warm-up goes through the readers, the analysis, the template and the
    renderer on built-in text: nothing is written and no connection is opened."""
    import socket

    from briefing import themes
    from briefing.render import RenderOptions, warm_up

    monkeypatch.chdir(tmp_path)

    def no_network(*args, **kwargs):
        raise AssertionError("the warm-up opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    warm_up(themes.load("policy"), RenderOptions())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffixes, loaded, left_out", [
    ([".txt", ".md"], ["markdown", "jinja2", "weasyprint", "pyphen"], ["trafilatura"]),
    ([".txt", ".html"], ["trafilatura", "markdown", "weasyprint"], []),
])
def test_warm_up_loads_only_the_readers_the_batch_needs(tmp_path, suffixes, loaded, left_out):
    """A batch without web pages does not load trafilatura (about 35 MB) in the parent."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefing.batch import BatchOptions, Item, _warm_up\n"
        f"items = [Item(input=Path('a' + s), output=Path('a.pdf')) for s in {suffixes!r}]\n"
        "_warm_up(BatchOptions(), items)\n"
        f"print(*[m in sys.modules for m in {loaded + left_out!r}])\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr
    found = proc.stdout.split()
    assert found == ["True"] * len(loaded) + ["False"] * len(left_out), (found, proc.stderr)


# -- reading ahead --------------------------------------------------------------------

def _fork_context():
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the read-ahead runs only where processes fork")
    return multiprocessing.get_context("fork")


def _logging_prepare(monkeypatch, log: Path, delay: float = 0.0):
    """Make `pipeline.prepare` note each article it has tried (in any process) in `log`."""
    from briefing import pipeline

    real = pipeline.prepare

    def logged(path, **options):
        try:
            time.sleep(delay)
            return real(path, **options)
        finally:
            with open(log, "a", encoding="utf-8") as handle:  # appends from every process
                handle.write(f"{os.getpid()} {Path(path).name}\n")

    monkeypatch.setattr(pipeline, "prepare", logged)  # forked processes inherit it
    return real


def _lines(log: Path, count: int, timeout: float = 20) -> list[list[str]]:
    """The log's lines once it has `count` of them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        if len(lines) >= count:
            return [line.split() for line in lines]
        time.sleep(0.02)
    raise AssertionError(f"only {len(lines)} of {count} articles tried")


def test_read_ahead_prepares_articles_as_the_worker_would_and_skips_broken_ones(folder, tmp_path, monkeypatch):
    from briefing.readahead import ReadAhead

    log = tmp_path / "prepared.log"
    prepare = _logging_prepare(monkeypatch, log)
    inputs = [folder / "alpha.txt", folder / "broken.txt", folder / "sub" / "beta.md"]
    options = batch._prepare_options(BatchOptions(key_points=3))
    ahead = ReadAhead(_fork_context(), inputs, options)
    _lines(log, len(inputs))  # it has tried all three and waits to be asked
    ahead.stop()
    prepared = ahead.receive()
    assert not ahead.process.is_alive()
    assert list(prepared) == [folder / "alpha.txt", folder / "sub" / "beta.md"]  # the broken one is left
    for path, article in prepared.items():
        assert article == prepare(path, **options)
        assert len(article.key_points) <= 3


def test_read_ahead_finishes_only_the_article_in_hand_when_asked(tmp_path, monkeypatch):
    from briefing.readahead import ReadAhead

    log = tmp_path / "prepared.log"
    _logging_prepare(monkeypatch, log, delay=0.3)
    inputs = [write_article(tmp_path / "src", f"a{i:02d}.txt") for i in range(30)]
    ahead = ReadAhead(_fork_context(), inputs, batch._prepare_options(BatchOptions()))
    _lines(log, 1)  # one done, the second in hand
    start = time.monotonic()
    ahead.stop()
    prepared = ahead.receive()
    assert time.monotonic() - start < 3  # not the 9 s the rest would take
    assert 1 <= len(prepared) <= 3 and not ahead.process.is_alive()
    assert sorted(p.name for p in prepared) == sorted(name for _, name in _lines(log, len(prepared)))


def test_a_read_ahead_whose_batch_has_gone_leaves_without_replying(tmp_path):
    """If the batch process is killed outright, its read-ahead does not linger."""
    import subprocess
    import sys

    _fork_context()
    if not Path("/proc/self/stat").exists():
        pytest.skip("reads the process table from /proc")
    src = tmp_path / "src"
    src.mkdir()
    paragraph = "The committee met again and again to weigh the long report in detail. " * 8
    for i in range(6):  # together far more than a pipe holds, so a reply would block
        (src / f"a{i}.txt").write_text(f"Long Report {i}\n\n" + "\n\n".join([paragraph] * 150),
                                       encoding="utf-8")
    probe = (
        "import multiprocessing, os, sys, time\n"
        "from pathlib import Path\n"
        "from briefing.batch import BatchOptions, _prepare_options\n"
        "from briefing.readahead import ReadAhead\n"
        f"inputs = sorted(Path({str(src)!r}).glob('*.txt'))\n"
        "ahead = ReadAhead(multiprocessing.get_context('fork'), inputs, _prepare_options(BatchOptions()))\n"
        "print(ahead.process.pid, flush=True)\n"
        "time.sleep(0.5)\n"
        "os.kill(os.getpid(), 9)\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=30)
    assert proc.returncode == -9, proc.stderr
    pid = int(proc.stdout.split()[0])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
        time.sleep(0.05)
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}").exists() else "gone"
    assert state in ("gone", "Z"), f"the read-ahead is still running ({state})"


def test_a_batch_reads_each_article_once_across_the_read_ahead_and_the_workers(tmp_path, monkeypatch):
    """With two jobs, articles read ahead during the warm-up are not read again by a worker,
    and the rest are read by the workers: every article exactly once, every PDF right."""
    from pypdf import PdfReader

    _fork_context()
    src, out, log = tmp_path / "src", tmp_path / "out", tmp_path / "prepared.log"
    names = [f"article-{i:02d}.txt" for i in range(8)]
    for name in names:
        write_article(src, name, title=f"Report {name[8:10]}")
    _logging_prepare(monkeypatch, log)
    received, pids = [], []
    real_receive, real_init = batch.ReadAhead.receive, batch.ReadAhead.__init__

    def init(self, *args):
        real_init(self, *args)
        pids.append(str(self.process.pid))

    monkeypatch.setattr(batch.ReadAhead, "__init__", init)
    real_warm_up = batch._warm_up

    def slow_warm_up(*args):  # as long as in a fresh process, where nothing is imported yet
        real_warm_up(*args)
        time.sleep(0.5)

    monkeypatch.setattr(batch, "_warm_up", slow_warm_up)
    real_render = batch.render_item

    def slow_render(item, options):  # the read-ahead's reply comes before any next article
        time.sleep(0.3)
        return real_render(item, options)

    monkeypatch.setattr(batch, "render_item", slow_render)
    monkeypatch.setattr(batch.ReadAhead, "receive", lambda self: received.append(real_receive(self)) or received[-1])
    result = run_batch([src], out, jobs=2)

    assert [i.status for i in result.items] == ["rendered"] * len(names)
    lines = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(name for _, name in lines) == names  # each article read exactly once
    assert len(pids) == len(received) == 1
    assert sorted(p.name for p in received[0]) == sorted(name for pid, name in lines if pid == pids[0])
    assert received[0], "the read-ahead prepared nothing during the warm-up"
    for item in result.items:
        text = PdfReader(item.output).pages[0].extract_text()
        assert f"Report {item.input.name[8:10]}" in text


def test_ctrl_c_during_the_warm_up_leaves_no_read_ahead_running(tmp_path, monkeypatch):
    import multiprocessing

    _fork_context()
    src = tmp_path / "src"
    for i in range(4):
        write_article(src, f"a{i}.txt")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_warm_up", interrupted)
    result = run_batch([src], tmp_path / "out", jobs=2)
    assert result.interrupted
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.pdf"))
