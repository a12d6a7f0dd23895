"""`briefing pack` (issue 18): many articles on one subject in one PDF. The tests read the
pack back with pypdf: the cover, the summary's references leading to the right
briefings, the merged timeline, the source list, the bookmarks, the date filters, the
URL-list input from a local server, and a broken source that is reported while the
pack is still built (exit 1)."""

from __future__ import annotations

import json
import re
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli

WIRE = """\
    The river Esk burst its banks in Harbourtown on 3 March 2024, flooding 400 homes in the old quarter.
    Mayor Ann Example declared a state of emergency on 4 March 2024 and asked the army for help.
    The flood barrier, approved by the council in 2019, was still unfinished when the water rose.
    Engineers said the barrier would have held back the river had it been completed on time.
    About 1,200 residents spent the night in school halls and sports centres across the county.
    The council said the repairs would cost at least 40 million pounds over the next two years.
"""
REPORTS = {
    "01-gazette.md": ("Harbourtown floods as river Esk bursts its banks", "2024-03-04", "The Harbour Gazette", WIRE),
    "02-courier.md": ("Floods hit Harbourtown old quarter", "2024-03-04", "County Courier", WIRE.replace(
        "About 1,200 residents", "Some 1,200 residents")),  # the same wire story, one word changed
    "03-times.md": ("Harbourtown flood barrier was years behind schedule", "2024-03-06", "National Times", """\
        Heavy rain sent the river Esk over its banks in Harbourtown on 3 March 2024; 400 old-quarter homes flooded.
        Work on the town's flood defence started after councillors approved it in 2019, but it was never completed.
        Contractors abandoned the site in June 2022 after a payment dispute with the council.
        An inquiry into the delays will open on 15 April 2024, the transport minister said on Tuesday.
        Engineers who designed the wall believe a finished barrier would have kept the water out.
        """),
    "04-radio.md": ("Army called in as Harbourtown counts the cost", "2024-03-05", "Radio North", """\
        Troops reached Harbourtown on 5 March 2024 to help residents shovel mud out of their homes.
        The mayor, Ann Example, declared a state of emergency on 4 March 2024 after the Esk flooded 400 homes.
        Repairing roads and houses will cost the council at least 40 million pounds, officials said.
        The Association of Insurers put the total damage at 75 million pounds on Monday.
        Schools in the old quarter will remain closed until 18 March 2024.
        """),
    "05-weekly.md": ("What does the Harbourtown flood say about our defences?", "2024-03-10", "The Weekly", """\
        When the Esk flooded 400 homes in Harbourtown on 3 March 2024, it showed how exposed river towns have become.
        The town's barrier, approved by the council in 2019, was unfinished when the water came.
        An inquiry into the delays will open on 15 April 2024, the transport minister has announced.
        Towns further down the Esk want their own defences reviewed before the autumn rains.
        Insurers now estimate the total damage at 90 million pounds, well above earlier figures.
        """),
}


def _article(title: str, date: str, source: str, body: str) -> str:
    text = textwrap.dedent(body).strip().replace("\n", "\n\n")
    return (f"---\ntitle: {title}\nauthor: Staff Reporter\ndate: {date}\nsource: {source}\n---\n\n"
            f"## Report\n\n{text}\n")


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, (title, date, source, body) in REPORTS.items():
        (folder / name).write_text(_article(title, date, source, body), encoding="utf-8")
    return folder


def invoke(*args: object):
    return CliRunner().invoke(cli, ["pack", *[str(a) for a in args], "--jobs", "1", "-q"])


def _text(reader: PdfReader, index: int) -> str:
    return reader.pages[index].extract_text() or ""


def _outline(reader: PdfReader) -> list[tuple[str, int]]:
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline
            if not isinstance(item, list)]


def _links(reader: PdfReader, index: int) -> list[int]:
    """The pages (0-based) the internal links on page `index` lead to, in order."""
    found = []
    for ref in reader.pages[index].get("/Annots") or ():
        action = ref.get_object().get("/A")
        if action is not None and action.get("/S") == "/GoTo":
            found.append(reader.get_page_number(action["/D"][0].get_object()))
    return found


def test_a_pack_has_a_cover_a_summary_a_timeline_the_briefings_and_the_sources(sources, tmp_path):
    pack = tmp_path / "out" / "flood.pdf"
    result = invoke(sources, "-o", pack, "--title", "Harbourtown floods", "--report", tmp_path / "pack.json")
    assert result.exit_code == 0, result.output
    reader = PdfReader(pack)
    cover = _text(reader, 0)
    assert "Harbourtown floods" in cover and "5 sources" in cover and "4 briefed" in cover
    outline = _outline(reader)
    titles = [title for title, _ in outline]
    assert titles[:2] == ["Cover", "Summary across the sources"]
    assert "Timeline across the sources" in titles and "Contents" in titles and titles[-1] == "Sources"
    # One briefing per story: the courier's copy of the wire story is listed, not briefed again.
    briefed = [t for t in titles if t.startswith(("Harbourtown", "Floods", "Army", "What"))]
    assert len(briefed) == 4 and "Floods hit Harbourtown old quarter" not in briefed
    starts = dict(outline)
    sources_page = starts["Sources"]
    source_list = "\n".join(_text(reader, i) for i in range(sources_page, len(reader.pages)))
    assert "County Courier" in source_list and "The same story as [1]" in source_list
    # a title that ends with its own mark takes no full stop after it
    assert "defences? The Weekly" in source_list.replace("\n", " ") and "?." not in source_list
    # Every reference in the summary leads to the first page of a briefing it names.
    summary_page = starts["Summary across the sources"]
    targets = _links(reader, summary_page)
    assert targets and set(targets) <= {starts[t] for t in briefed}
    report = json.loads((tmp_path / "pack.json").read_text(encoding="utf-8"))
    statuses = {Path(s["input"]).name: s["status"] for s in report["sources"]}
    assert statuses["02-courier.md"] == "duplicate" and list(statuses.values()).count("briefed") == 4
    assert report["duplicate_groups"] == [[1, 2]]


def test_the_merged_timeline_has_each_event_once_with_its_sources(sources, tmp_path):
    pack = tmp_path / "flood.pdf"
    assert invoke(sources, "-o", pack, "--report", tmp_path / "r.json").exit_code == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    events = [e for e in report["timeline"] if e["kind"] == "event"]
    flood = [e for e in events if e["date"] == "2024-03-03"]
    assert len(flood) == 1 and len(flood[0]["sources"]) >= 3  # one entry, several sources
    inquiry = [e for e in events if e["date"] == "2024-04-15"]
    assert len(inquiry) == 1 and len(inquiry[0]["sources"]) == 2
    coverage = [e for e in report["timeline"] if e["kind"] == "coverage"]
    assert {e["date"] for e in coverage} == {"2024-03-04", "2024-03-05", "2024-03-06", "2024-03-10"}


def _text_runs(reader: PdfReader, index: int) -> list[tuple[float, float, str]]:
    """Each text run of a page: where it starts across the page, its font size (points), its text."""
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], size * tm[0] * cm[0], text.strip()))

    reader.pages[index].extract_text(visitor_text=visit)
    return runs


def test_a_long_list_of_sources_breaks_its_line_and_stays_on_the_paper(tmp_path):
    """One wire story printed by forty outlets on one day: the coverage row's "[1, 2, ... 40]" ran
    off the right edge of the page, kept on one line like a short reference."""
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(1, 41):
        (folder / f"{n:02d}.md").write_text(_article("Harbourtown floods", "2024-03-04", f"Outlet {n}", WIRE),
                                            encoding="utf-8")
    pack = tmp_path / "wire.pdf"
    assert invoke(folder, "-o", pack).exit_code == 0
    reader = PdfReader(pack)
    page = dict(_outline(reader))["Timeline across the sources"]
    width = float(reader.pages[page].mediabox.width)
    runs = _text_runs(reader, page)
    assert any("40]" in text for _, _, text in runs), runs  # the coverage row's references
    # a run's end, at an average of 0.4 em a character of "[1, 2, 3": short of the paper's edge
    assert all(x + 0.4 * size * len(text) < width for x, size, text in runs), [
        (round(x), round(x + 0.4 * size * len(text)), text) for x, size, text in runs]


def test_a_pack_without_a_title_is_named_by_the_headline_of_its_subject(sources, tmp_path):
    """The cover said "Briefing pack: 5 sources" whatever the subject: it names the first report
    of the headlines' common subject ("... Harbourtown ... flood ..."), not the comment on it; a
    pack of news with nothing in common keeps the count."""
    assert invoke(sources, "-o", tmp_path / "flood.pdf").exit_code == 0
    reader = PdfReader(tmp_path / "flood.pdf")
    assert reader.metadata.title == "Harbourtown floods as river Esk bursts its banks"
    assert "Harbourtown floods as river Esk bursts its banks" in " ".join(_text(reader, 0).split())
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for name, title in (("a.md", "Harbourtown floods as river Esk bursts its banks"),
                        ("b.md", "Chip maker raises its offer for a rival"), ("c.md", "Cup final goes to penalties")):
        (mixed / name).write_text(_article(title, "2024-03-04", "The Gazette", WIRE if name == "a.md" else (
            "    The board met on Monday and agreed to raise the offer to 82 dollars a share in cash and stock.\n"
            if name == "b.md" else "    The final was settled on penalties after a goalless draw in the rain.\n")),
            encoding="utf-8")
    assert invoke(mixed, "-o", tmp_path / "mixed.pdf").exit_code == 0
    assert PdfReader(tmp_path / "mixed.pdf").metadata.title == "Briefing pack: 3 sources"


def test_a_source_nothing_ties_to_the_subject_is_briefed_but_not_read_across(sources, tmp_path):
    """A scrape that kept only a site's boilerplate under a headline of the subject (CNN's "Chat
    with us in Facebook Messenger"): its sentences were points and its dates events of the pack."""
    (sources / "06-cnn.md").write_text(_article("The first pictures of the Harbourtown flood", "2024-03-04", "CNN", """\
        Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.
        Our newsletter arrives every weekday morning at 6 a.m. with the stories you need to know.
        Download the app on 1 March 2024 and get the best of our journalism on your phone, free.
        """), encoding="utf-8")
    report = tmp_path / "r.json"
    assert invoke(sources, "-o", tmp_path / "p.pdf", "--report", report).exit_code == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    [cnn] = [s for s in data["sources"] if Path(s["input"]).name == "06-cnn.md"]
    assert cnn["status"] == "briefed"
    assert data["points"] and all(cnn["number"] not in p["sources"] for p in data["points"])
    events = [e for e in data["timeline"] if e["kind"] == "event"]
    assert events and all(cnn["number"] not in e["sources"] for e in events)
    assert "Messenger" not in _text(PdfReader(tmp_path / "p.pdf"), 1)


def test_since_and_until_keep_the_articles_in_the_range(sources, tmp_path):
    report = tmp_path / "r.json"
    assert invoke(sources, "-o", tmp_path / "p.pdf", "--since", "2024-03-05", "--until", "2024-03-06",
                  "--report", report).exit_code == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    kept = sorted(Path(s["input"]).name for s in data["sources"] if s["status"] == "briefed")
    assert kept == ["03-times.md", "04-radio.md"]
    assert all(s["status"] == "filtered" for s in data["sources"] if Path(s["input"]).name not in kept)
    assert "2 sources" in _text(PdfReader(tmp_path / "p.pdf"), 0)


def test_a_broken_source_is_reported_and_the_pack_still_built(sources, tmp_path):
    (sources / "06-broken.md").write_text("", encoding="utf-8")
    pack = tmp_path / "p.pdf"
    result = invoke(sources, "-o", pack)
    assert result.exit_code == 1
    assert "06-broken.md: the file is empty" in result.output
    assert "4 briefed" in _text(PdfReader(pack), 0)


def test_nothing_to_pack_is_a_user_error(tmp_path):
    (tmp_path / "a.md").write_text("", encoding="utf-8")
    result = invoke(tmp_path / "a.md", "-o", tmp_path / "p.pdf")
    assert result.exit_code == 2 and not (tmp_path / "p.pdf").exists()
    assert invoke(tmp_path / "a.md", "-o", tmp_path / "p.pdf", "--since", "March").exit_code == 2


class _Site(BaseHTTPRequestHandler):
    pages: dict[str, bytes] = {}

    def do_GET(self):  # noqa: N802 - the name http.server calls
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


@pytest.fixture
def site(monkeypatch):
    """Three of the reports as web pages, and an RSS feed of them, on a local server that
    the guard may reach for this test only."""
    _Site.pages = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    items = []
    for name, (title, date, source, body) in list(REPORTS.items())[2:]:
        paragraphs = "".join(f"<p>{line.strip()}</p>" for line in textwrap.dedent(body).splitlines() if line.strip())
        _Site.pages[f"/news/{name[:-3]}"] = (
            f"<html><head><title>{title}</title><meta property='og:site_name' content='{source}'>"
            f"<meta property='article:published_time' content='{date}'></head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>").encode("utf-8")
        items.append(f"<item><title>{title}</title><link>{base}/news/{name[:-3]}</link>"
                     f"<pubDate>{date}T08:00:00Z</pubDate></item>")
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Flood news</title>"
            + "".join(items) + "</channel></rss>")
    _Site.pages["/feeds/flood.xml"] = feed.encode("utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr("briefing.net.public_address", lambda host, port=None: "127.0.0.1")
    yield base
    server.shutdown()
    server.server_close()


def _source_list(reader: PdfReader) -> str:
    start = dict(_outline(reader))["Sources"]
    return "".join(_text(reader, i) for i in range(start, len(reader.pages))).replace("\n", "")


def test_a_list_of_urls_is_read_from_the_web(site, tmp_path):
    urls = tmp_path / "reading.urls"
    urls.write_text("# the flood\n" + "".join(f"{site}{path}\n" for path in _Site.pages if "/news/" in path),
                    encoding="utf-8")
    result = invoke(urls, "-o", tmp_path / "web.pdf", "--report", tmp_path / "r.json")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [s["status"] for s in data["sources"]] == ["briefed"] * 3
    assert f"{site}/news/03-times" in _source_list(PdfReader(tmp_path / "web.pdf"))


def test_feeds_saved_and_listed_in_opml_give_their_entries(site, tmp_path):
    saved = tmp_path / "flood.xml"
    saved.write_bytes(_Site.pages["/feeds/flood.xml"])
    result = invoke(saved, "-o", tmp_path / "saved.pdf", "--report", tmp_path / "saved.json", "--since", "2024-03-06")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "saved.json").read_text(encoding="utf-8"))
    # The radio report (5 March) is older than --since: its entry is not even downloaded.
    assert sorted(s["input"].rsplit("/", 1)[1] for s in data["sources"]) == ["03-times", "05-weekly"]
    opml = tmp_path / "feeds.opml"
    opml.write_text(f"<?xml version='1.0'?><opml version='2.0'><body><outline text='Flood' type='rss' "
                    f"xmlUrl='{site}/feeds/flood.xml'/></body></opml>", encoding="utf-8")
    result = invoke(opml, "-o", tmp_path / "opml.pdf", "--report", tmp_path / "opml.json")
    assert result.exit_code == 0, result.output
    assert len(json.loads((tmp_path / "opml.json").read_text(encoding="utf-8"))["sources"]) == 3
    assert "3 sources" in _text(PdfReader(tmp_path / "opml.pdf"), 0)


def test_a_feed_that_is_not_a_feed_is_a_user_error(tmp_path):
    (tmp_path / "notes.xml").write_text("<notes><note>no feed here</note></notes>", encoding="utf-8")
    result = invoke(tmp_path / "notes.xml", "-o", tmp_path / "p.pdf")
    assert result.exit_code == 2 and "notes.xml: not a feed" in result.output


def _qr_codes(pdf: Path, index: int, tmp_path: Path) -> list[str]:
    """The QR codes printed on page `index`, as zbarimg reads them from a 200 dpi picture."""
    import subprocess

    import pypdfium2

    picture = tmp_path / f"page{index}.png"
    pypdfium2.PdfDocument(pdf)[index].render(scale=200 / 72).to_pil().save(picture)
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True, text=True)
    assert done.returncode in (0, 4), done.stderr  # 4: no code found
    return done.stdout.split()


@pytest.mark.parametrize("theme, printed", [("policy", True), ("intelligence", True), ("newsletter", False)])
def test_the_source_list_prints_each_address_as_a_qr_code_where_the_theme_wants_it(sources, tmp_path, theme,
                                                                                    printed):
    urls = {}
    for n, path in enumerate(sorted(sources.glob("*.md")), start=1):
        urls[path.name] = f"https://outlet{n}.example.org/2024/03/harbourtown-flood-report-{n}"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^source: .*$", f"source: {urls[path.name]}", text), encoding="utf-8")
    pack = tmp_path / f"{theme}.pdf"
    result = invoke(sources, "-o", pack, "--theme", theme)
    assert result.exit_code == 0, result.output
    reader = PdfReader(pack)
    start = dict(_outline(reader))["Sources"]
    codes = [code for i in range(start, len(reader.pages)) for code in _qr_codes(pack, i, tmp_path)]
    # Every source, the duplicate included, has its address printed; as a code only where the theme says.
    assert sorted(codes) == (sorted(urls.values()) if printed else [])
    assert all(url in _source_list(reader) for url in urls.values())
    assert not any(_qr_codes(pack, i, tmp_path) for i in range(start))  # nowhere else


def test_the_qr_codes_are_kept_for_the_next_run_and_a_damaged_one_is_made_again(sources, tmp_path):
    urls = []
    for n, path in enumerate(sorted(sources.glob("*.md")), start=1):
        urls.append(f"https://outlet{n}.example.org/2024/03/harbourtown-{n}")
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^source: .*$", f"source: {urls[-1]}", text), encoding="utf-8")
    pack = tmp_path / "pack.pdf"
    assert invoke(sources, "-o", pack, "--theme", "policy").exit_code == 0
    kept = sorted((tmp_path / ".pack.pack" / ".codes").glob("*.png"))
    assert len(kept) == len(urls)
    kept[0].write_bytes(b"not a picture")
    kept[1].unlink()
    result = invoke(sources, "-o", pack, "--theme", "policy", "--force")
    assert result.exit_code == 0, result.output
    reader = PdfReader(pack)
    start = dict(_outline(reader))["Sources"]
    codes = [code for i in range(start, len(reader.pages)) for code in _qr_codes(pack, i, tmp_path)]
    assert sorted(codes) == sorted(urls)
    assert all(path.read_bytes().startswith(b"\x89PNG") for path in kept)


def _pack_as_read(pdf: Path) -> tuple:
    """What a reader of the pack sees: every page's text, the bookmarks and where the links lead."""
    reader = PdfReader(pdf)
    pages = range(len(reader.pages))
    return ([_text(reader, i) for i in pages], _outline(reader), [_links(reader, i) for i in pages])


def test_with_workers_the_pack_is_the_one_built_alone_and_so_is_its_rerun(sources, tmp_path):
    alone, workers = tmp_path / "alone.pdf", tmp_path / "workers.pdf"
    assert invoke(sources, "-o", alone).exit_code == 0
    built = CliRunner().invoke(cli, ["pack", str(sources), "-o", str(workers), "--jobs", "2", "-q"])
    assert built.exit_code == 0, built.output
    assert _pack_as_read(workers) == _pack_as_read(alone)
    # A rerun with workers after adding an article: its own pages are laid out beside its briefing.
    (sources / "06-later.md").write_text(_article(
        "Harbourtown inquiry opens", "2024-04-15", "The Harbour Gazette",
        "The inquiry into the Harbourtown flood barrier opened on 15 April 2024 in the town hall.\n"
        "Residents told the inquiry that the river Esk had flooded the old quarter three times since 2019.\n"),
        encoding="utf-8")
    rerun = CliRunner().invoke(cli, ["pack", str(sources), "-o", str(workers), "--jobs", "2"])
    assert rerun.exit_code == 0 and "rendering 1 briefing" in rerun.output, rerun.output
    assert invoke(sources, "-o", alone, "--force").exit_code == 0
    assert _pack_as_read(workers) == _pack_as_read(alone)
    assert "Harbourtown inquiry opens" in [title for title, _ in _outline(PdfReader(workers))]
    # A rerun with nothing to render, under a new title: its own pages are laid out in two processes.
    rerun = CliRunner().invoke(cli, ["pack", str(sources), "-o", str(workers), "--jobs", "2", "--title", "Floods"])
    assert rerun.exit_code == 0 and "rendering" not in rerun.output, rerun.output
    assert invoke(sources, "-o", alone, "--title", "Floods").exit_code == 0
    assert _pack_as_read(workers) == _pack_as_read(alone)
    assert _outline(PdfReader(workers))[0] == ("Cover", 0) and "Floods" in _text(PdfReader(workers), 0)


def test_a_briefing_that_fails_with_workers_is_left_out_and_the_sources_renumbered(sources, tmp_path, monkeypatch):
    from briefing.batch import pool
    from briefing.errors import RenderError

    real = pool.render_item

    def fails_on_radio(item, options, theme):
        if item.input.name == "04-radio.md":
            raise RenderError("the renderer gave up", item.input)
        return real(item, options, theme)

    monkeypatch.setattr(pool, "render_item", fails_on_radio)  # the forked workers inherit it
    pack, report = tmp_path / "p.pdf", tmp_path / "p.json"
    result = CliRunner().invoke(cli, ["pack", str(sources), "-o", str(pack), "--jobs", "2", "-q",
                                      "--report", str(report)])
    assert result.exit_code == 1, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    numbers = {Path(s["input"]).name: s["number"] for s in data["sources"]}
    assert numbers["04-radio.md"] is None
    assert sorted(n for n in numbers.values() if n) == [1, 2, 3, 4]
    reader = PdfReader(pack)
    assert "3 briefed" in _text(reader, 0)
    assert "Army called in" not in _source_list(reader)
    starts = dict(_outline(reader))
    assert set(_links(reader, starts["Summary across the sources"])) <= {
        page for title, page in starts.items() if title.startswith(("Harbourtown", "What"))}


def test_the_command_leaves_a_whole_pack_and_report_behind(sources, tmp_path):
    """`python -m briefing pack` skips the interpreter's teardown: the files must be complete."""
    import subprocess
    import sys

    (sources / "06-broken.md").write_text("", encoding="utf-8")
    pack, report = tmp_path / "pack.pdf", tmp_path / "pack.json"
    done = subprocess.run([sys.executable, "-m", "briefing", "pack", str(sources), "-o", str(pack),
                           "--report", str(report), "--jobs", "2"], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # the broken source
    assert done.stderr.strip().endswith(f"wrote {pack} ({len(PdfReader(pack).pages)} pages; "
                                        "4 briefed, 1 duplicate, 1 failed)")
    assert len(json.loads(report.read_text(encoding="utf-8"))["sources"]) == 6
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".part", ".tmp"))]


def test_a_saved_page_lists_its_site_as_the_outlet_and_its_address_as_the_link(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    urls = []
    for name, (title, date, source, body) in list(REPORTS.items())[2:]:
        url = f"https://news.example.org/2024/03/{name[:-3]}"
        urls.append(url)
        paragraphs = "".join(f"<p>{line.strip()}</p>" for line in textwrap.dedent(body).splitlines() if line.strip())
        (folder / f"{name[:-3]}.html").write_text(
            f"<html><head><title>{title}</title><meta property='og:site_name' content='{source}'>"
            f"<link rel='canonical' href='{url}'><meta property='article:published_time' content='{date}'>"
            f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    pack = tmp_path / "pages.pdf"
    result = invoke(folder, "-o", pack, "--report", tmp_path / "r.json")
    assert result.exit_code == 0, result.output
    reader = PdfReader(pack)
    listed = _source_list(reader)
    assert "National Times" in listed and "(https://" not in listed
    assert all(url in listed for url in urls)
    contents = " ".join(_text(reader, dict(_outline(reader))["Contents"]).split())
    assert "· National Times" in contents and "https://" not in contents
    start = dict(_outline(reader))["Sources"]
    assert sorted(c for i in range(start, len(reader.pages)) for c in _qr_codes(pack, i, tmp_path)) == sorted(urls)
    outlets = {s["outlet"] for s in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["sources"]}
    assert outlets == {"National Times", "Radio North", "The Weekly"}


LANDERS = {
    "01-post.md": ("NASA widens its pool of lunar lander companies", "2019-11-18", "The Post", """\
        In May 2019, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond for lunar landers.
        Five more companies can now bid to deliver payloads to the lunar surface, the agency said on Monday.
        The agency plans to spend up to 2.6 billion dollars on the programme over the next decade.
        """),
    "02-wire.md": ("Five firms join NASA's lander programme", "2019-11-18", "Wire Service", """\
        In July 2019, NASA awarded the first three lander contracts to Astrobotic, Intuitive Machines and OrbitBeyond.
        Five more companies can now bid to deliver payloads to the lunar surface under the programme.
        SpaceX and Blue Origin are among the companies added to the pool this week.
        """),
    "03-journal.md": ("Lander race widens", "2019-11-19", "Space Journal", """\
        NASA awarded its first lander task orders to Astrobotic, Intuitive Machines and OrbitBeyond in May 2019.
        Blue Origin and SpaceX joined the pool of lander companies on 18 November 2019.
        """),
}


def test_an_event_the_sources_date_differently_is_printed_once_with_both_dates(tmp_path):
    folder = tmp_path / "landers"
    folder.mkdir()
    for name, (title, date, source, body) in LANDERS.items():
        (folder / name).write_text(_article(title, date, source, body), encoding="utf-8")
    pack, report = tmp_path / "landers.pdf", tmp_path / "r.json"
    result = invoke(folder, "-o", pack, "--report", report)
    assert result.exit_code == 0, result.output
    events = [e for e in json.loads(report.read_text(encoding="utf-8"))["timeline"] if e["kind"] == "event"]
    awards = [e for e in events if "Astrobotic" in e["text"]]
    assert len(awards) == 1 and awards[0]["date"] == "2019-05" and awards[0]["sources"] == [1, 2, 3]
    assert awards[0]["disagreement"] == {"what": "date", "values": [{"value": "2019-05", "sources": [1, 3]},
                                                                   {"value": "2019-07", "sources": [2]}]}
    told = [p for p in json.loads(report.read_text(encoding="utf-8"))["points"] if "Astrobotic" in p["text"]]
    assert told and all(p["disagreement"] == awards[0]["disagreement"] for p in told)  # the summary says so too
    reader = PdfReader(pack)
    timeline = next(i for i in range(len(reader.pages)) if "Timeline across the sources" in _text(reader, i))
    text = re.sub(r"\s+", " ", " ".join(_text(reader, i) for i in range(timeline + 1)))
    summary, chronology = text.split("Timeline across the sources")
    assert "Sources differ on the date: May 2019 [1, 3]; July 2019 [2]" in summary
    assert "Sources differ on the date: May 2019 [1, 3]; July 2019 [2]" in chronology
    assert chronology.count("Astrobotic") == 1


def _printed_counts(reader: PdfReader, words: str = r"Page (\d+) of (\d+)") -> list[list[tuple[int, int]]]:
    """Every page count printed on each page, as (page, pages)."""
    return [[(int(a), int(b)) for a, b in re.findall(words, _text(reader, i))] for i in range(len(reader.pages))]


def _counting_theme(tmp_path: Path) -> Path:
    """A user theme that prints the page count in the bottom centre box, on pages of its own name."""
    theme = tmp_path / "themes" / "centred"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: centred\nparent: policy\nstylesheets: [count.css]\n", encoding="utf-8")
    (theme / "count.css").write_text(
        "@page { @bottom-left { content: 'Harbour desk'; } }\n"
        "body { page: desk; }\n"
        "@page desk { @bottom-center { content: 'p. ' counter(page) ' / ' counter(pages); } }\n", encoding="utf-8")
    return theme.parent


@pytest.mark.parametrize("theme", ["policy", "intelligence", "centred"])
def test_the_pack_counts_its_pages_across_its_parts_in_the_themes_own_box(sources, tmp_path, theme):
    pack = tmp_path / "pack.pdf"
    result = invoke(sources, "-o", pack, "--theme", theme, "--theme-dir", _counting_theme(tmp_path))
    assert result.exit_code == 0, result.output
    reader = PdfReader(pack)
    total = len(reader.pages)
    words = r"p\. (\d+) / (\d+)" if theme == "centred" else r"Page (\d+) of (\d+)"
    # One count a page, the pack's own, and none on the cover; no part counts from one again.
    assert _printed_counts(reader, words) == [[]] + [[(n, total)] for n in range(2, total + 1)]
    if theme == "centred":  # the theme's other boxes are printed once, by the parts themselves
        assert all(_text(reader, i).count("Harbour desk") == 1 for i in range(total))
    # The contents' page numbers are the numbers printed on the briefings' and the source list's first pages.
    outline = _outline(reader)
    listed = [page + 1 for title, page in outline if title.startswith(("Harbourtown", "Army", "What"))]
    contents = re.sub(words, "", _text(reader, dict(outline)["Contents"]))
    assert [int(n) for n in re.findall(r"(?m)(\d+)\s*$", contents)] == listed + [dict(outline)["Sources"] + 1]


def test_a_pack_in_another_language_counts_its_pages_in_that_language(sources, tmp_path):
    pack = tmp_path / "pack.pdf"
    assert invoke(sources, "-o", pack, "--lang", "fr").exit_code == 0
    reader = PdfReader(pack)
    total = len(reader.pages)
    assert _printed_counts(reader, r"Page (\d+) sur (\d+)") == [[]] + [[(n, total)] for n in range(2, total + 1)]


def test_a_timeline_entry_breaks_its_line_before_the_source_numbers_not_after_its_first_word(sources, tmp_path):
    """In the policy theme, "Barton and Lang both resigned from Lomas in October 1994. [7]" was
    set as "Barton" alone on the cell's first line (pack corpus): WeasyPrint broke the text at its
    first chance when the numbers after the last space did not fit."""
    (sources / "lomas.md").write_text(_article(  # (a source on the subject: the pack reads it across)
        "Lomas and the Harbourtown flood", "2024-03-12", "Herald",
        "Barton and Lang both resigned from Lomas in October 1994.\n"
        "The two later married in Clayton County, the records show, and sat on the Harbourtown flood board."),
        encoding="utf-8")
    pack = tmp_path / "pack.pdf"
    assert invoke(sources, "-o", pack, "--theme", "policy").exit_code == 0
    text = "\n".join(_text(PdfReader(pack), i) for i in range(3))
    assert re.search(r"Barton and Lang both resigned from Lomas in October\s+1994\.", text), text


def _link_pages(reader: PdfReader) -> dict[int, list[int]]:
    """For each page (0-based), the pages its internal links lead to, named or explicit."""
    named = {name: reader.get_destination_page_number(dest) for name, dest in reader.named_destinations.items()}
    found: dict[int, list[int]] = {}
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or ():
            annotation = ref.get_object()
            action = annotation.get("/A")
            dest = annotation.get("/Dest") or (action.get("/D") if action is not None else None)
            if isinstance(dest, str):
                found.setdefault(index, []).append(named.get(str(dest), -1))
            elif dest is not None:
                found.setdefault(index, []).append(reader.get_page_number(dest[0].get_object()))
    return found


def test_each_briefings_footnote_leads_to_its_own_note(tmp_path):
    """Two briefings both name their first footnote "fn:1": in the pack each link leads to
    its own briefing's note, not to one of the two."""
    folder = tmp_path / "notes"
    folder.mkdir()
    stories = [("Harbourtown council votes on the barrier", "2024-03-04",
                "The Harbourtown council approved the new flood barrier on Monday after a long debate.[^1]\n\n"
                "Work on the wall will start in May, the engineers said.\n\n[^1]: The vote was 5 to 4.\n"),
               ("Lowtown schools stay shut", "2024-03-05",
                "Every school in Lowtown stays closed this week while the heating is repaired.[^1]\n\n"
                "Parents were told by letter on Sunday evening.\n\n[^1]: Eleven schools in all.\n")]
    for n, (title, date, body) in enumerate(stories, 1):
        (folder / f"{n}.md").write_text(f"---\ntitle: {title}\ndate: {date}\nsource: Paper {n}\n---\n\n{body}",
                                        encoding="utf-8")
    pack = tmp_path / "pack.pdf"
    assert invoke(folder, "-o", pack).exit_code == 0
    reader = PdfReader(pack)
    outline = _outline(reader)
    starts = sorted(page for title, page in outline if title in {story[0] for story in stories})
    ends = [*starts[1:], dict(outline)["Sources"]]
    for start, end in zip(starts, ends):
        targets = [target for page in range(start, end) for target in _link_pages(reader).get(page, [])]
        assert targets and all(start <= target < end for target in targets), (start, end, targets)


@pytest.mark.parametrize("theme", ["policy", "newsletter"])  # newsletter: the pack's pages in two columns
def test_the_contents_begins_under_the_timeline_when_its_page_has_room(sources, tmp_path, theme):
    pack = tmp_path / "flood.pdf"
    result = invoke(sources, "-o", pack, "--marking", "TLP:AMBER", "--theme", theme, "--title", "Flood briefing")
    assert result.exit_code == 0
    reader = PdfReader(pack)
    starts = dict(_outline(reader))
    page = starts["Contents"]
    text = _text(reader, page)
    # The timeline's last entry, then the contents, on one page that prints its running head
    # and its marking once, as every page of the pack does.
    assert -1 < text.index("15 April 2024") < text.index("Contents")
    assert text.count("Flood briefing") == 1
    assert text.count("TLP:AMBER") == _text(reader, starts["Summary across the sources"]).count("TLP:AMBER") == 2
    # Each row of the contents leads to its briefing's first page.
    briefed = {starts[t] for t in starts if t.startswith(("Harbourtown", "Army", "What"))}
    assert len(briefed) == 4 and briefed <= set(_links(reader, page))
    printed = [int(n) for n in re.findall(r"(?m)(\d+)\s*$", text.split("Contents")[1].split("Page ")[0])]
    assert printed == sorted(p + 1 for p in briefed) + [starts["Sources"] + 1]


def test_a_themes_pack_template_without_the_contents_room_puts_the_contents_on_a_page_of_its_own(
        sources, tmp_path):
    theme = tmp_path / "themes" / "older"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: older\nparent: policy\n", encoding="utf-8")
    template = (Path(__file__).parents[1] / "templates" / "base" / "pack.html.j2").read_text(encoding="utf-8")
    older = re.sub(r"\{%- if contents_room %\}.*?\{%- endif %\}", "", template, flags=re.S)
    assert older != template
    (theme / "pack.html.j2").write_text(older, encoding="utf-8")
    pack = tmp_path / "flood.pdf"
    assert invoke(sources, "-o", pack, "--theme", theme).exit_code == 0
    reader = PdfReader(pack)
    starts = dict(_outline(reader))
    text = _text(reader, starts["Contents"])
    assert text.startswith("Contents") and "15 April 2024" not in text
    briefed = sorted(starts[t] + 1 for t in starts if t.startswith(("Harbourtown", "Army", "What")))
    assert [int(n) for n in re.findall(r"(?m)(\d+)\s*$", text.split("Page ")[0])] == briefed + [starts["Sources"] + 1]


def test_the_pack_prints_its_running_title_on_its_own_pages_but_the_cover(sources, tmp_path):
    pack = tmp_path / "flood.pdf"
    assert invoke(sources, "-o", pack, "--title", "Esk flood desk").exit_code == 0
    reader = PdfReader(pack)
    starts = dict(_outline(reader))
    own = [starts["Summary across the sources"], starts["Contents"], *range(starts["Sources"], len(reader.pages))]
    assert "Esk flood desk" in _text(reader, 0)
    assert all(_text(reader, i).count("Esk flood desk") == 1 for i in own)


def test_a_disagreement_on_no_chosen_point_is_listed_under_the_summary(tmp_path):
    """Two outlets count Spotify's paying members differently in a sentence no summary point
    prints: the pack still shows that they differ, with each value's sources, and the report
    lists it."""
    folder = tmp_path / "spotify"
    folder.mkdir()
    reports = {
        "a.md": ("Spotify drops its artist conduct policy", "2018-06-01", "Example News", """\
            Spotify said on Friday it is moving away from its policy on artist conduct.
            The streaming company had removed R. Kelly from its playlists under the policy in May.
            Musicians and managers had complained that the rule singled out black artists.
            But with 71 million paying members, Spotify is the biggest streaming music service in the world.
            """),
        "b.md": ("Spotify reverses course", "2018-06-01", "Other Daily", """\
            Three weeks after it took R. Kelly off its playlists, the Swedish company has changed its mind.
            Chief executive Daniel Ek told a conference in California that the rollout had gone wrong.
            Kendrick Lamar's label was said to have threatened to pull his songs from the service.
            But with 75 million paying members, Spotify is the biggest streaming music service in the world.
            """),
    }
    for name, (title, date, source, body) in reports.items():
        (folder / name).write_text(_article(title, date, source, body), encoding="utf-8")
    pack, report = tmp_path / "spotify.pdf", tmp_path / "r.json"
    result = invoke(folder, "-o", pack, "--report", report)
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert not any("members" in p["text"] for p in data["points"])
    assert data["differences"] == [{"what": "number of members", "values": [
        {"value": "71 million paying members", "sources": [1]},
        {"value": "75 million paying members", "sources": [2]}]}]
    reader = PdfReader(pack)
    text = re.sub(r"\s+", " ", " ".join(_text(reader, i) for i in range(3)))
    summary = text.split("Summary across the sources")[1].split("Timeline across the sources")[0]
    assert ("Sources differ on number of members: 71 million paying members [1]; 75 million paying members [2]"
            in summary), summary


def test_an_outlets_domain_is_never_hyphenated_in_the_contents(tmp_path):
    """The contents prints each source's outlet after its title; a domain broken at a line's
    end ("sandiegounion-tribune.com") is no address anyone can type."""
    folder = tmp_path / "harbour"
    folder.mkdir()
    words = "Harbour talks resume in Valdora as envoys from the river towns meet over dredging costs again".split()
    bodies = ["Dock workers in Valdora voted on Monday to end a nine-day strike over pay.",
              "The harbour master closed the northern channel after a barge ran aground near the lighthouse.",
              "Fishermen protested outside the town hall against new quotas for herring and mackerel.",
              "A ferry company ordered two electric boats for the crossing to the islands, it said.",
              "Engineers found cracks in the old sea wall and asked the council for emergency funds.",
              "The port's container volumes rose by a tenth last year, the chamber of commerce reported.",
              "A storm tore three yachts from their moorings and threw them onto the beach at Lamor.",
              "The navy museum reopened its submarine hall after a two-year renovation of the roof."]
    for n, body in enumerate(bodies):
        title = " ".join(words[:6 + n])
        (folder / f"{n}.md").write_text(_article(title, "2024-03-04", "sandiegouniontribune.com", body),
                                        encoding="utf-8")
    pack = tmp_path / "harbour.pdf"
    result = invoke(folder, "-o", pack)
    assert result.exit_code == 0, result.output
    reader = PdfReader(pack)
    contents = next(i for i in range(len(reader.pages)) if "Contents" in _text(reader, i))
    text = _text(reader, contents) + _text(reader, contents + 1)
    text = text[text.index("Contents"):text.index("Sources")]  # the contents' rows, on one page or two
    assert text.count("sandiegouniontribune.com") == 8, text


def test_a_summary_point_keeps_the_speaker_its_sentence_names(tmp_path):
    """A key point drops its attribution (", officials said"), but across sources whose claim
    a point is matters: a named speaker (", Daniel Ek said") stays, an unnamed one goes."""
    folder = tmp_path / "spotify"
    folder.mkdir()
    reports = {
        "a.md": ("Spotify drops its artist conduct policy", "2018-06-01", "Example News", """\
            Spotify said on Friday that it is moving away from its policy on artist conduct after weeks of criticism.
            The policy on hateful conduct was never about punishing one individual artist, Daniel Ek said.
            The streaming company removed the singer's songs from all of its curated playlists in May, officials said.
            Shares of the company rose slightly in New York trading after the announcement on Friday afternoon.
            """),
        "b.md": ("Spotify reverses course on artists", "2018-06-01", "Other Daily", """\
            Chief executive Daniel Ek told a conference in California that the rollout of the policy had gone wrong.
            The policy on hateful conduct was never about punishing one individual artist, he insisted.
            The streaming company removed the singer's songs from all of its curated playlists in May.
            Ek said the company had not explained the rules well to artists, labels or their managers.
            """),
        "c.md": ("Spotify backs down", "2018-06-02", "Third Post", """\
            Musicians and managers had complained that the conduct rule singled out black artists unfairly.
            "The policy on hateful conduct was never about punishing one individual artist," the company insists.
            The streaming company removed the singer's songs from all of its curated playlists in May.
            A women's advocacy group that had praised the rule said it was disappointed by the reversal.
            """),
    }
    for name, (title, date, source, body) in reports.items():
        (folder / name).write_text(_article(title, date, source, body), encoding="utf-8")
    pack, report = tmp_path / "spotify.pdf", tmp_path / "r.json"
    result = invoke(folder, "-o", pack, "--report", report)
    assert result.exit_code == 0, result.output
    points = [p["text"] for p in json.loads(report.read_text(encoding="utf-8"))["points"]]
    assert "The policy on hateful conduct was never about punishing one individual artist, Daniel Ek said." in points
    assert "The streaming company removed the singer’s songs from all of its curated playlists in May." in points
    reader = PdfReader(pack)
    text = re.sub(r"\s+", " ", " ".join(_text(reader, i) for i in range(3)))
    summary = text.split("Summary across the sources")[1].split("Timeline across the sources")[0]
    assert "artist, Daniel Ek said. [1, 2, 3]" in summary, summary
    assert "officials said" not in summary


def test_a_digests_other_stories_stay_out_of_the_summary_and_timeline(tmp_path):
    """AP's "News in Brief" prints many stories' openings on one page: in a pack on the
    Helsinki summit, its Haiti and border stories put their events in the pack's timeline.
    Read across, a digest is its stories on the pack's subject; its briefing is all of it."""
    folder = tmp_path / "summit"
    folder.mkdir()
    reports = {
        "a.md": ("Trump and Putin meet in Helsinki summit", "2018-07-15", "Example News", """\
            President Trump will meet Vladimir Putin in Helsinki on Monday for their first formal summit.
            On Friday, the Justice Department indicted 12 Russian intelligence officers for hacking Democrats.
            Trump told reporters on Friday that he would raise election meddling with Putin at the summit.
            """),
        "b.md": ("Low expectations for Helsinki summit of Trump and Putin", "2018-07-15", "Other Daily", """\
            Trump said on Saturday that he had low expectations for his summit with Putin in Helsinki.
            On Friday, the Justice Department indicted 12 Russian intelligence officers for hacking Democrats.
            Aides said the Helsinki summit would begin with a one-on-one meeting with only interpreters present.
            """),
    }
    for name, (title, date, source, body) in reports.items():
        (folder / name).write_text(_article(title, date, source, body), encoding="utf-8")
    digest = (
        "---\ntitle: AP News in Brief at 6:04 a.m. EDT\nauthor: The Associated Press\ndate: 2018-07-15\n"
        "source: Miami Herald\n---\n\n"
        "## Summit fever: Trump reaches for big moment with Putin in Helsinki\n\n"
        "HELSINKI (AP) — Trump is eager to recreate in Finland the spectacle of his summit with Kim Jong Un.\n\n"
        "On Friday, the Justice Department indicted 12 Russian intelligence officers for hacking Democrats.\n\n"
        "## Haiti's prime minister resigns amid fuel price protests\n\n"
        "PORT-AU-PRINCE, Haiti (AP) — Haitian Prime Minister Jack Guy Lafontant resigned on Saturday after "
        "days of violent protests against a rise in fuel prices.\n\n"
        "## US judge criticizes plan to reunify families split at border\n\n"
        "SAN DIEGO (AP) — A federal judge on Friday criticized the government's plan to reunify children "
        "separated from their parents at the border.\n\n"
        "## Angry crowd protests after Chicago police shoot man\n\n"
        "CHICAGO (AP) — An angry crowd threw bottles at police officers on Saturday after a man was shot dead "
        "on the South Side.\n")
    (folder / "digest.md").write_text(digest, encoding="utf-8")
    pack, report = tmp_path / "summit.pdf", tmp_path / "r.json"
    result = invoke(folder, "-o", pack, "--report", report)
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    across = " ".join([p["text"] for p in data["points"]] + [e["text"] for e in data["timeline"]])
    assert "indicted 12 Russian intelligence officers" in across
    for other in ("Lafontant", "reunify", "Chicago"):
        assert other not in across, other
    reader = PdfReader(pack)
    starts = dict(_outline(reader))
    first = min(starts[t] for t in starts if t not in ("Summary across the sources", "Timeline across the sources",
                                                       "Contents", "Sources") and starts[t] > 0)
    front = re.sub(r"\s+", " ", " ".join(_text(reader, i) for i in range(first)))
    assert "Summary across the sources" in front and "Lafontant" not in front and "Chicago" not in front
    briefed = re.sub(r"\s+", " ", " ".join(_text(reader, i) for i in range(first, len(reader.pages))))
    assert "Lafontant resigned" in briefed and "Chicago" in briefed  # the digest's own briefing is all of it


def test_a_source_list_without_addresses_uses_the_whole_width(sources, tmp_path):
    """The policy theme prints each address as a QR code in a column of its own; when no source
    has an address (saved files, copied text) the empty column narrowed every entry to two
    thirds of the page, and titles broke early (Spotify pack, reviewer)."""
    pack = tmp_path / "flood.pdf"
    assert invoke(sources, "-o", pack, "--theme", "policy").exit_code == 0
    reader = PdfReader(pack)
    start = dict(_outline(reader))["Sources"]
    lines = [line.strip() for i in range(start, len(reader.pages)) for line in _text(reader, i).splitlines()]
    first = next(line for line in lines if line.startswith("[1] "))
    assert first.startswith("[1] Harbourtown floods as river Esk bursts its banks. The Harbour Gazette"), lines


def test_the_timeline_heading_ends_no_page_with_one_entry_under_it():
    """The Helsinki pack's summary filled page 2 but for the timeline's heading and its first entry,
    the other entries on page 3: whatever the summary's length, two entries follow the heading on
    its page (or the heading goes over with them)."""
    import io

    from briefing import themes
    from briefing.batch.pack.layout import PackPages, lay_out_front
    from briefing.options import DEFAULTS

    theme = themes.load(DEFAULTS.theme, DEFAULTS.theme_dirs)
    sentence = "The harbour authority said the flood barrier held through the night while crews pumped the docks dry."
    timeline = [{"date": f"2024-03-{day:02d}", "precision": "day", "text": f"Entry {word}: the barrier held again.",
                 "sources": [1], "kind": "event", "disagreement": None}
                for day, word in zip(range(1, 7), ("one", "two", "three", "four", "five", "six"))]
    for words in (20, 36, 44, 52):  # a last point of so many words brings the heading down the page
        points = [{"text": f"{sentence} Point {n}.", "sources": [1, 2], "disagreement": None} for n in range(15)]
        points.append({"text": " ".join(["Dry"] * words) + ".", "sources": [1], "disagreement": None})
        pages = PackPages("Harbour floods", "en", points, timeline, [], [], "1 March 2024 – 6 March 2024")
        reader = PdfReader(io.BytesIO(lay_out_front(pages, DEFAULTS, theme, contents=False).front))
        [page] = [p.extract_text() for p in reader.pages if "Timeline across the sources" in p.extract_text()]
        assert "Entry one" in page and "Entry two" in page, (words, page[-300:])


def test_a_point_that_dates_itself_by_its_weekday_gives_the_day(tmp_path):
    """"Friday, Spotify said that its policy ... remains" in a pack of three weeks' reports: the
    reader cannot tell which Friday. The day its report meant is printed after the word; the
    point's words, and the report, stay the source's."""
    folder = tmp_path / "council"
    folder.mkdir()
    body = ("On Friday, the council said the flood barrier would be rebuilt by the end of the year.\n"
            "Engineers will survey the damaged harbour wall over the coming weeks, the council added.")
    for n, (date, outlet) in enumerate((("2024-03-09", "The Harbour Gazette"), ("2024-03-09", "Radio North"),
                                         ("2024-03-10", "The Weekly"))):
        (folder / f"{n}.md").write_text(_article(f"Barrier to be rebuilt {n}", date, outlet, body), encoding="utf-8")
    pack = tmp_path / "council.pdf"
    assert invoke(folder, "-o", pack, "--report", tmp_path / "council.json").exit_code == 0
    reader = PdfReader(pack)
    summary = _text(reader, dict(_outline(reader))["Summary across the sources"]).replace("\n", " ")
    assert "On Friday (8 March 2024), the council said the flood barrier" in summary, summary
    report = json.loads((tmp_path / "council.json").read_text(encoding="utf-8"))
    assert any(p["text"].startswith("On Friday, the council said") for p in report["points"]), report["points"]
