"""Batch rendering: discovery, output names, shards, incremental skips, failures, the book."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.batch import discover, merge_reports, output_names, parse_shard, plan, pool, run_batch, shard_of
from briefing.batch import run as batch_run
from briefing.cli import cli
from briefing.errors import InputError
from briefing.options import Options

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
        items = plan([tmp_path], tmp_path / "out", Options(), shard=(k, n))
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
    plans = plan([src], out, Options(marking="TLP:AMBER"))
    assert [i.status for i in plans] == ["not run", "not run"]
    assert [i.status for i in plan([src], out, Options(), force=True)] == ["not run", "not run"]
    assert [i.status for i in plan([src], out, Options())] == ["skipped", "skipped"]


def test_a_killed_worker_fails_only_its_article_and_leaves_no_partial_pdf(tmp_path, monkeypatch):
    src = tmp_path / "src"
    for name in ("a.txt", "b.txt", "c.txt"):
        write_article(src, name)
    out = tmp_path / "out"
    real = pool.render_item

    def dies_on_b(item, options, theme):
        if item.input.name == "b.txt":
            (item.output.parent / f".{item.output.name}.x1.part").write_bytes(b"%PDF-1.7 half")
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, options, theme)

    monkeypatch.setattr(pool, "render_item", dies_on_b)  # the forked workers inherit it
    result = run_batch([src], out, jobs=2)
    status = {i.input.name: i.status for i in result.items}
    assert status == {"a.txt": "rendered", "b.txt": "failed", "c.txt": "rendered"}
    assert "worker process died (killed by signal 9)" in result.failed[0].error
    assert sorted(p.name for p in out.iterdir()) == [".briefing-batch", "a.pdf", "c.pdf"]

    monkeypatch.setattr(pool, "render_item", real)
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

    from pypdf import PdfReader

    from .conftest import ROOT, SAMPLE

    src = tmp_path / "src"
    src.mkdir()
    for i in range(10):
        (src / f"copy-{i}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    # The batch command, saying on stdout when its first article is done: the test waits
    # for that line, not for a time.
    probe = ("import sys\n"
             "from briefing.batch import pool\n"
             "finish = pool.Pool._finish\n"
             "def told(self, worker, result):\n"
             "    finish(self, worker, result)\n"
             "    print('done', flush=True)\n"
             "pool.Pool._finish = told\n"
             "from briefing.cli import main\n"
             "sys.argv = ['briefing', 'batch', sys.argv[1], '-o', sys.argv[2], '--jobs', '1', '-q']\n"
             "main()\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", probe, str(src), str(out)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout.readline().strip() == "done"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group gets it
    _, err = proc.communicate(timeout=120)
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
    from briefing.batch.warmup import warm_up

    monkeypatch.chdir(tmp_path)

    def no_network(*args, **kwargs):
        raise AssertionError("the warm-up opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    warm_up(themes.load("policy"), Options())
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
        "from briefing import themes\n"
        "from briefing.batch import Item\n"
        "from briefing.batch.run import _warm_up\n"
        "from briefing.options import Options\n"
        f"items = [Item(input=Path('a' + s), output=Path('a.pdf')) for s in {suffixes!r}]\n"
        "_warm_up(Options(), themes.load('policy'), items)\n"
        f"print(*[m in sys.modules for m in {loaded + left_out!r}])\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr
    found = proc.stdout.split()
    assert found == ["True"] * len(loaded) + ["False"] * len(left_out), (found, proc.stderr)


# -- the pool and the warm-up -----------------------------------------------------------

def test_an_article_that_cannot_be_read_fails_without_loading_the_renderer(tmp_path):
    """A rerun whose only article to render is broken answers at once: the article is read
    in the batch process, fails there, and WeasyPrint is never imported."""
    import subprocess
    import sys

    src = tmp_path / "src"
    write_article(src, "good.txt")
    run_batch([src], tmp_path / "out", jobs=2)  # the good one is rendered and stamped
    (src / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    probe = (
        "import sys\n"
        "from briefing.batch import run_batch\n"
        f"result = run_batch([{str(src)!r}], {str(tmp_path / 'out')!r}, jobs=2)\n"
        "print(sorted((i.input.name, i.status) for i in result.items), 'weasyprint' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("]")[-1].split() == ["False"]
    assert "('broken.txt', 'failed'), ('good.txt', 'skipped')" in proc.stdout


def test_workers_are_recycled_after_the_set_number_of_articles(tmp_path, monkeypatch):
    """Five articles, one job, a new worker every two articles: three workers in turn,
    every article rendered once and right, and none left running."""
    import multiprocessing

    from pypdf import PdfReader

    src = tmp_path / "src"
    for i in range(5):
        write_article(src, f"a{i}.txt", title=f"Report {i}")
    started = []
    real_init = pool._Worker.__init__

    def counted(self, *args):
        real_init(self, *args)
        started.append(self.process.pid)

    monkeypatch.setattr(pool._Worker, "__init__", counted)
    result = run_batch([src], tmp_path / "out", jobs=1, recycle_after=2)
    assert [i.status for i in result.items] == ["rendered"] * 5
    assert len(set(started)) == 3
    assert multiprocessing.active_children() == []
    for item in result.items:
        assert f"Report {item.input.stem[1]}" in PdfReader(item.output).pages[0].extract_text()


def test_the_workers_are_forked_after_the_warm_up(tmp_path, monkeypatch):
    """With more articles than jobs the renderer is loaded once, in the batch process, and
    every worker is forked warm after it."""
    src = tmp_path / "src"
    for i in range(4):
        write_article(src, f"a{i}.txt")
    events = []
    real_init, real_warm_up = pool._Worker.__init__, batch_run._warm_up

    def counted(self, *args):
        real_init(self, *args)
        events.append("worker")

    def warm_up(*args):
        events.append("warm-up")
        real_warm_up(*args)

    monkeypatch.setattr(pool._Worker, "__init__", counted)
    monkeypatch.setattr(batch_run, "_warm_up", warm_up)
    result = run_batch([src], tmp_path / "out", jobs=2)
    assert [i.status for i in result.items] == ["rendered"] * 4
    assert events == ["warm-up", "worker", "worker"]


def test_ctrl_c_during_the_warm_up_leaves_no_worker_running(tmp_path, monkeypatch):
    import multiprocessing

    src = tmp_path / "src"
    for i in range(4):
        write_article(src, f"a{i}.txt")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_run, "_warm_up", interrupted)
    result = run_batch([src], tmp_path / "out", jobs=2)
    assert result.interrupted
    assert multiprocessing.active_children() == []
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")]


def test_merge_reports_counts_every_article_of_every_shard_once(tmp_path):
    src = tmp_path / "src"
    for i in range(6):
        write_article(src, f"a{i}.txt")
    (src / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    reports = []
    for k in (1, 2, 3):
        result = run_batch([src], tmp_path / "out", jobs=1, shard=(k, 3))
        reports.append(result.to_dict(Options()))
    merged = merge_reports(reports)
    assert merged["shards"] == ["1/3", "2/3", "3/3"]
    names = sorted(Path(a["input"]).name for a in merged["articles"])
    assert names == sorted([f"a{i}.txt" for i in range(6)] + ["broken.txt"])
    assert merged["summary"] | {"seconds": 0} == {"articles": 7, "rendered": 6, "skipped": 0, "failed": 1,
                                                   "seconds": 0}
    assert merge_reports([]) ["summary"]["articles"] == 0


def test_a_bug_reading_one_article_fails_only_that_one(tmp_path, monkeypatch):
    """With no more articles than jobs they are read in the batch process: a bug met there
    is that article's failure, as it would be in a worker, not the batch's end."""
    from briefing import pipeline

    src = tmp_path / "src"
    write_article(src, "good.txt", title="Good Report")
    write_article(src, "buggy.txt")
    real = pipeline.prepare

    def buggy(path, *args, **kwargs):
        if Path(path).name == "buggy.txt":
            raise RuntimeError("a bug in a reader")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "prepare", buggy)
    result = run_batch([src], tmp_path / "out", jobs=2)
    status = {i.input.name: (i.status, i.error) for i in result.items}
    assert status["good.txt"] == ("rendered", None)
    assert status["buggy.txt"] == ("failed", f"{src / 'buggy.txt'}: internal error: RuntimeError: a bug in a reader")
