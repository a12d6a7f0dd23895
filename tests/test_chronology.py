"""The full chronology after the body: every dated event, in time order, when the timeline
box shows only some of a history's dates (render.html.chronology), checked on the PDFs."""

from __future__ import annotations

import io

import pytest

from briefing.model import Article, Metadata, TimelineEvent

from .conftest import normalise

THEMES = ("policy", "intelligence", "newsletter", "minimal")
MONTHS = ("March 2014", "June 2015", "January 2016", "September 2017", "April 2018", "February 2019",
          "August 2020", "May 2021", "November 2022", "July 2023", "March 2024", "May 2024")
HAPPENINGS = ("the council approved the first pilot on the east quay",
              "the pilot opened its first berth to cargo ships",
              "the harbour board bought the old rail yard", "the second berth opened after a year of dredging",
              "the project won the national engineering award", "the council voted to extend the quay by 400 metres",
              "the extension was delayed by a strike at the steel works",
              "the extension finally opened to container traffic",
              "the board signed a contract for electric cranes", "the first electric cranes went into service",
              "the project reached one million containers a year",
              "the mayor announced a third phase for the west quay")
HISTORY = ("---\ntitle: Ten years of the Harbour Project\nauthor: Jane Doe\ndate: 2024-06-01\n---\n\n"
           "The Harbour Project began as a small pilot on the east quay and grew into the city's largest works.\n\n"
           "## History\n\n" + "\n".join(f"In {m} {h}." for m, h in zip(MONTHS, HAPPENINGS))
           + "\n\nThe board says the third phase will take six years.\n")


def _history(tmp_path):
    path = tmp_path / "harbour.md"
    path.write_text(HISTORY, encoding="utf-8")
    return path


def _build(path, **options):
    from pypdf import PdfReader

    from briefing.pipeline import build_article

    return PdfReader(io.BytesIO(build_article(path, None, **options).pdf))


def _titles(outline) -> list[str]:
    return [t for item in outline for t in (_titles(item) if isinstance(item, list) else [item.title])]


@pytest.mark.parametrize("theme", THEMES)
def test_a_history_ends_with_every_dated_event_in_time_order(tmp_path, theme):
    reader = _build(_history(tmp_path), theme=theme)
    text = normalise(" ".join(page.extract_text() or "" for page in reader.pages))
    annex = text.lower().rfind("full chronology")  # the intelligence theme sets it in capitals
    assert annex > text.find("take six years"), "the chronology comes after the body"
    rows = [text.find(normalise(happening), annex) for happening in HAPPENINGS]
    assert -1 not in rows, "all twelve events, not only the eight of the box"
    assert rows == sorted(rows), "in time order"
    assert "Full chronology" in _titles(reader.outline)


def test_no_chronology_when_the_box_holds_every_date(tmp_path):
    reader = _build(_history(tmp_path), timeline_max=20)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert "Full chronology" not in text
    assert "Full chronology" not in _titles(reader.outline)


def test_the_chronology_speaks_the_article_s_language(tmp_path):
    reader = _build(_history(tmp_path), lang="fr")
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert "Chronologie complète" in text


def _article(dates: list[str], shown: int, genre: str | None = None) -> Article:
    events = tuple(TimelineEvent(date=d, text=f"Event {i} happened.", shown=i < shown) for i, d in enumerate(dates))
    return Article(metadata=Metadata(title="T"), sections=(), timeline=events, genre=genre)


def test_which_articles_get_a_chronology():
    from briefing.render.html import chronology

    history = [f"{2000 + i}" for i in range(12)]
    assert [e.date for e in chronology(_article(history[::-1], shown=8))] == history
    assert chronology(_article(history[:10], shown=8)) == [], "two left out: the box nearly holds them"
    assert chronology(_article(history, shown=0)) == [], "no box, no chronology"
    assert chronology(_article(history, shown=8, genre="speech")) == [], "a speech's years are its argument"
    review = ["2016"] * 6 + ["2012", "2015", "2018", "2019", "2020", "2021"]
    assert chronology(_article(review, shown=8)) == [], "the same year again and again: references, no history"


@pytest.mark.parametrize("theme", THEMES)
def test_a_chronology_that_fits_on_a_page_is_not_split(theme):
    """Let's Encrypt's ten years: 20 dated rows that fit on one page had run 17/3 over two in
    the minimal theme (a layout review)."""
    from pathlib import Path

    page = Path(__file__).parent / "fixtures" / "corpus" / "markdown" / "2025-12-09-10-years.md"
    reader = _build(page, theme=theme)
    pages = [normalise(p.extract_text() or "").lower() for p in reader.pages]
    first = next(i for i, text in enumerate(pages) if "full chronology" in text)
    assert first == len(pages) - 1, "the whole chronology on its page, the last"
