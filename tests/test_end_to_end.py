"""The sample article built into a PDF and read back with pypdf: nothing lost, all in order."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli

from .conftest import SAMPLE, normalise, pdf_text

HEADINGS = [
    "Background", "Economic Impact", "Diplomatic Support", "Military Influence",
    "Regional Influence", "International Pressure", "Change in Philosophy", "Regional Security",
    "China’s Interests", "Strategic Diplomacy", "International Response", "Alternative Solutions",
    "Trade Policy", "Political Influence", "Economic Assistance", "International Perception",
    "Conclusion",
]


def test_title_and_metadata(sample_pdf):
    reader = PdfReader(sample_pdf)
    assert reader.metadata.title == "Does China Care About North Korea"
    assert reader.metadata.author == "Cassie Grissom"
    assert reader.metadata.creation_date is not None
    assert pdf_text(sample_pdf).lower().startswith("policy brief does china care about north korea")


def test_a4_pages_with_page_x_of_y(sample_pdf):
    reader = PdfReader(sample_pdf)
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        assert f"Page {number} of {pages}" in normalise(page.extract_text())


def test_running_title_from_page_two(sample_pdf):
    reader = PdfReader(sample_pdf)
    first, second = (normalise(p.extract_text()) for p in reader.pages[:2])
    assert first.count("Does China Care About North Korea") == 1
    assert "Does China Care About North Korea" in second


def test_all_headings_in_order(sample_pdf):
    text = pdf_text(sample_pdf)
    positions = [text.find(h) for h in HEADINGS]
    assert all(p >= 0 for p in positions), [h for h, p in zip(HEADINGS, positions) if p < 0]
    assert positions == sorted(positions)


def test_every_body_sentence_is_in_the_pdf(sample_pdf):
    text = pdf_text(sample_pdf)
    blocks = [b.strip() for b in SAMPLE.read_text(encoding="utf-8").split("\n\n")]
    body = [b for b in blocks[1:] if b not in HEADINGS and b != "Leave a Comment"
            and not b.startswith("Cassie Grissom is")]
    assert len(body) == 17
    sentences = [s for paragraph in body for s in re.split(r"(?<=[.!?])\s+", paragraph)]
    assert len(sentences) == 66
    missing = [s for s in sentences if normalise(s) not in text]
    assert missing == []


def test_bio_under_about_the_author(sample_pdf):
    text = pdf_text(sample_pdf)
    about = text.lower().find("about the author")
    bio = text.find("Cassie Grissom is an American journalist and author living in Seoul")
    assert 0 < about < bio
    assert "plight of its citizens" in text[bio:]
    assert text.rfind("Conclusion") < about


def test_key_points_box_near_the_top(sample_pdf):
    text = pdf_text(sample_pdf)
    box = re.search(r"key (points|messages)", text, re.I)
    assert box and 0 < box.start() < text.find("Background")
    first_point = "China’s relationship with North Korea is complex and confounding."
    assert box.start() < text.find(first_point) < text.find("Background")


def test_timeline_from_the_sidecar(sample_pdf):
    text = pdf_text(sample_pdf)
    entries = [
        ("October 1950", "Chinese troops enter the Korean War"),
        ("27 July 1953", "armistice"),
        ("1958", "The last Chinese troops leave North Korea"),
        ("11 July 1961", "Treaty of Friendship, Cooperation and Mutual Assistance"),
        ("August 2003", "Six-Party Talks"),
        ("14 October 2006", "Resolution 1718"),
        ("February 2017", "coal imports"),
        ("March 2018", "first visit to Beijing"),
        ("June 2019", "Xi Jinping visits Pyongyang"),
    ]
    start = text.lower().find("timeline")
    assert start > 0
    positions = []
    for date, words in entries:
        at = text.find(date, start)
        assert at > 0, date
        assert words in text[at:at + 200], (date, words)
        positions.append(at)
    assert positions == sorted(positions), "timeline reads in time order"


def test_no_web_debris(sample_pdf):
    assert "Leave a Comment" not in pdf_text(sample_pdf)


@pytest.mark.parametrize("theme", ["policy", "intelligence"])
def test_a_long_running_title_is_cut_after_a_word(tmp_path, theme):
    """The running head's box cut "WEEKLY ADDRESS: Merry Christmas from the President and the
    F…" mid-word, beside free space: the title is now cut after its last word that fits."""
    title = "WEEKLY ADDRESS: Merry Christmas from the President and the First Lady of the United States"
    body = "\n\n".join(f"Paragraph {n} of the address says what the holiday season means to the country's "
                       "families and to the service members far from home this year." for n in range(40))
    page = tmp_path / "address.md"
    page.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "address.pdf"
    result = CliRunner().invoke(cli, ["build", str(page), "-o", str(out), "--theme", theme])
    assert result.exit_code == 0, result.output
    head = next(line for line in PdfReader(out).pages[1].extract_text().splitlines() if line.startswith("WEEKLY"))
    shown = head.split("…")[0]
    assert "…" in head and len(head) < len(title), head
    assert title.startswith(shown) and title[len(shown)] == " ", f"cut inside a word: {head!r}"


@pytest.mark.parametrize("theme_name", ["policy", "intelligence"])
def test_a_key_points_relative_day_is_printed_with_its_date(tmp_path, theme_name):
    """On paper a reader no longer knows which Thursday a news report means: the key points (the
    intelligence theme's judgments) print "said on Thursday (28 December 2017)", as a pack's summary does."""
    lede = "Satellite images appear to show Chinese ships transferring oil to North Korean vessels at sea."
    second = ("China's foreign ministry said on Thursday that the reports of oil transfers to North Korean ships "
              "did not accord with the facts.")
    rest = "\n\n".join(f"Paragraph {n} says more about the oil transfers that satellites spotted at sea, and about "
                       "what the sanctions forbid the ships of both countries to do." for n in range(8))
    page = tmp_path / "report.md"
    page.write_text(f"---\ntitle: Oil at sea\ndate: 2017-12-29\n---\n\n{lede}\n\n{second}\n\n{rest}\n",
                    encoding="utf-8")
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(cli, ["build", str(page), "-o", str(out), "--theme", theme_name])
    assert result.exit_code == 0, result.output
    text = normalise(PdfReader(out).pages[0].extract_text())
    assert "foreign ministry said on Thursday (28 December 2017) that the reports" in text, text
