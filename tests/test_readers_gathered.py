"""Articles gathered from public collections (tests/fixtures/gathered/README.md), read as
a person reads them: a Congressional Record page, a President's address, a Kubernetes
blog post crediting two authors in its body, a Project Gutenberg book."""

from __future__ import annotations

import pytest

from briefing.pipeline import build_article
from briefing.readers import read

from .conftest import FIXTURES, pdf_text

GATHERED = FIXTURES / "gathered"


def _headings(article):
    return [s.heading for s in article.sections if s.heading]


def _printed(article):
    return " ".join(b.text for s in article.sections for b in s.blocks)


@pytest.fixture(scope="module")
def record():
    return build_article(GATHERED / "crec-2005-markey-amusement-park-ride-safety.html", None)


def test_a_congressional_record_page_reads_as_the_member_s_remarks(record):
    meta = record.article.metadata
    assert meta.title == "INTRODUCING THE NATIONAL AMUSEMENT PARK RIDE SAFETY ACT OF 2005"
    assert [a.name for a in meta.authors] == ["Edward J. Markey"]
    assert meta.date == "2005-05-19"  # the day he spoke, not the 20 May
    assert [h.casefold() for h in _headings(record.article)] == [
        "support for the bill", "the problem with state-only regulation", "rides can kill, not just thrill",
        "roller coasters are as dangerous as trains, planes, and buses",
        "the bill restores basic safety oversight to the cpsc"]
    printed = _printed(record.article)
    for furniture in ("Congressional Record Volume", "[Extensions of Remarks]", "[Pages E1042", "[[Page",
                      "Government Publishing Office", "of massachusetts", "``"):
        assert furniture not in printed
    # paragraphs set with a first-line indent and no blank line between are paragraphs
    first = record.article.sections[0].blocks[0].text
    assert first.startswith("Mr. MARKEY. Mr. Speaker") and first.endswith("Roller Coaster Loophole.")


def test_the_record_s_pdf_prints_its_closing_words(record, tmp_path):
    target = tmp_path / "record.pdf"
    target.write_bytes(record.pdf)
    text = " ".join(pdf_text(target).split())
    assert "Let's pass the National Amusement Park Ride Safety Act." in text
    assert "[[Page" not in text and "Government Publishing Office" not in text


def test_a_presidents_address_credits_its_speaker_and_keeps_its_paragraphs():
    article = read(GATHERED / "truman-1947-taft-hartley-veto.txt")
    assert [a.name for a in article.metadata.authors] == ["Harry S. Truman"]
    assert any("no title line" in w for w in article.metadata.warnings)  # the text has none
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert paragraphs[0] == "My fellow countrymen:"
    assert paragraphs[1] == "At noon today I sent to Congress a message vetoing the Taft-Hartley labor bill. " \
                            "I vetoed this bill because I am convinced it is a bad bill. It is bad for labor, " \
                            "bad for management, and bad for the country."
    assert paragraphs[-1].endswith("I hope that this bill will not become law.")
    assert "President: Harry S. Truman" not in _printed(article)


def test_a_post_crediting_two_authors_in_its_body_names_both():
    article = read(GATHERED / "sig-multicluster-spotlight-blog.md")
    assert article.metadata.title == "Spotlight on SIG Multicluster"
    assert [a.name for a in article.metadata.authors] == ["Dewan Ahmed", "Chris Short"]
    assert _headings(article) == ["Introduction", "A summary of their conversation", "Wrap up"]
    printed = _printed(article)
    assert "Authors:" not in printed and "Aiven" not in printed
    assert "It’s a new space and it’d be great to grow the community." in printed  # typeset quotes


def test_a_gutenberg_book_prints_its_chapters_without_title_page_or_contents():
    article = read(GATHERED / "as-a-man-thinketh.txt")
    assert article.metadata.title == "As a Man Thinketh"
    assert [a.name for a in article.metadata.authors] == ["James Allen"]
    assert _headings(article) == ["FOREWORD", "THOUGHT AND CHARACTER", "EFFECT OF THOUGHT ON CIRCUMSTANCES",
                                  "EFFECT OF THOUGHT ON HEALTH AND THE BODY", "THOUGHT AND PURPOSE",
                                  "THE THOUGHT-FACTOR IN ACHIEVEMENT", "VISIONS AND IDEALS", "SERENITY"]
    printed = _printed(article)
    for furniture in ("Project Gutenberg", "Produced by", "Authorized Edition", "CONTENTS", "_Mind"):
        assert furniture not in printed
    assert printed.startswith("Mind is the Master power that moulds and makes")  # the epigraph, its italics read
    assert "Self-control is strength; Right Thought is mastery; Calmness is power." in printed


def test_a_news_conference_a_paragraph_a_line_keeps_its_paragraphs_and_heading():
    article = read(GATHERED / "nixon-1974-02-25-news-conference.txt")
    assert [a.name for a in article.metadata.authors] == ["Richard Nixon"]
    assert _headings(article) == ["QUESTIONS"]  # not one 29 KB paragraph
    assert sum(len(s.blocks) for s in article.sections) > 100
    assert not any(h.startswith(("The President", "Q")) for h in _headings(article)[1:])


def test_a_memo_credits_its_four_signatories_and_prints_no_contents_marker():
    article = read(GATHERED / "omb-m-13-13-open-data-policy.md")
    assert [a.name for a in article.metadata.authors] == [
        "Sylvia M. Burwell", "Steven VanRoekel", "Todd Park", "Dominic J. Mancini"]
    headings = _headings(article)
    assert headings[:3] == ["I. Definitions", "II. Scope", "III. Policy Requirements"]
    assert "a. Use machine-readable and open formats" in headings  # no footnote number
    assert "Table of Contents" not in _printed(article)


def test_a_post_with_an_unclosed_figure_prints_every_section():
    built = build_article(GATHERED / "042-wide-gamut-colors-in-sass.md", None)
    assert len(_headings(built.article)) == 10
    text = pdf_text(built.pdf)
    for sentence in ("Look at those nice, geometric shapes!", "no longer the case for modern color spaces.",
                     "added a migrator to automatically convert these legacy functions"):
        assert sentence in text


def test_a_story_s_title_page_is_not_printed_and_its_parts_are():
    article = read(GATHERED / "owl-creek-bridge.txt")
    assert article.metadata.title == "An Occurrence at Owl Creek"
    assert [a.name for a in article.metadata.authors] == ["Ambrose Bierce"]
    assert _headings(article) == ["II", "III"]
    assert article.sections[0].blocks[0].text.startswith("A man stood upon a railroad bridge in northern Alabama")


def test_a_hugo_post_s_author_in_its_params_is_credited():
    assert [a.name for a in read(GATHERED / "0918-happy-birthday-linkerd.md").metadata.authors] == ["william"]
