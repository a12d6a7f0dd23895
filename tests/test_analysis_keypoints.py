"""Key points: whole sentences of the body, central, spread over sections, distinct, fast."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.analysis import analyse
from briefing.analysis.keypoints import (
    JOINED_MAX_WORDS,
    REDUNDANT,
    _cosine,
    _vectors,
    candidates,
    is_whole_sentence,
    key_points,
    word_count,
)
from briefing.analysis.sentences import split_sentences
from briefing.model import Article, KeyPoint
from briefing.readers import read
from briefing.readers.text import parse

from .conftest import CORPUS, SAMPLE

BODY_FILES = [
    "text/newspaper4k-talkingpointsmemo.com1.txt",
    "text/newspaper4k-pewresearch.org1.txt",
    "text/gutenberg-61-communist-manifesto.txt",
    "text/gutenberg-71-civil-disobedience.txt",
    "markdown/toward-go2.md",
    "markdown/2014-11-26-how-to-use-more-open-source.md",
    "markdown/2020-05-15-five-years-of-rust.md",
    "markdown/2025-12-09-10-years.md",
    "markdown/2016-04-11-white-house-open-source-missed-opportunity.md",
]


def body_sentences(article: Article) -> set[str]:
    """Every sentence of the body's prose paragraphs, alone and with the one after it.

    A point is one whole sentence, or two that follow each other in one paragraph: a
    setup too short to stand alone and what it introduces, or a lede sentence and the
    "This ..." that carries it on.
    """
    units = set()
    for _, _, text in article.paragraphs():
        sentences = split_sentences(text)
        units.update(sentences)
        units.update(f"{a} {b}" for a, b in zip(sentences, sentences[1:]))
    return units


def check_points(article: Article, points: tuple[KeyPoint, ...]) -> None:
    """The properties every set of extracted points has."""
    from briefing.analysis.rules import trimmed, without_marker

    sentences = body_sentences(article)
    sentences = sentences | {trimmed(s) for s in sentences}  # a lede point states its claim only
    sentences |= {without_marker(s) for s in sentences} - {None}  # "For example, X" says X
    texts = [p.text for p in points]
    assert len(set(texts)) == len(texts), "points repeat"
    for point in points:
        assert point.text in sentences, f"not a whole body sentence: {point.text!r}"
        assert is_whole_sentence(point.text), point.text
        assert word_count(point.text) <= JOINED_MAX_WORDS, point.text
        assert not point.text.rstrip("\"'”’)").endswith("?")
        if article.bio:
            assert point.text not in article.bio
        paragraphs = {(s, p): t for s, p, t in article.paragraphs()}
        paragraph = paragraphs[(point.section, point.paragraph)]
        own = " ".join(f"{trimmed(x)} {without_marker(x)}" for x in split_sentences(paragraph))
        assert point.text in paragraph or point.text in own, "wrong section/paragraph"
        assert point.origin == "extracted"
    orders = [(p.section, p.paragraph) for p in points]
    assert orders == sorted(orders), "points are not in article order"
    vectors = _vectors(candidates(article))
    by_text = {c.text: v for c, v in zip(candidates(article), vectors)}

    def vector(point: str) -> dict[str, float]:  # a lede point may carry the next sentence along
        return by_text[max((t for t in by_text if point.startswith((t, trimmed(t)))), key=len)]

    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert _cosine(vector(a), vector(b)) <= REDUNDANT, f"redundant: {a!r} / {b!r}"


def test_sample_points_are_whole_distinct_sentences_from_several_sections():
    article = read(SAMPLE)
    points = key_points(article, 5)
    assert len(points) == 5
    check_points(article, points)
    assert len({p.section for p in points}) >= 3
    assert not any("Cassie" in p.text for p in points)


def test_points_are_deterministic():
    article = read(SAMPLE)
    assert key_points(article, 5) == key_points(article, 5)


@pytest.mark.parametrize("count", [1, 3, 8])
def test_count_is_honoured(count):
    assert len(key_points(read(SAMPLE), count)) == count


def test_given_key_points_win():
    article = read(SAMPLE)
    given = (KeyPoint("The author's own point.", origin="given"),)
    assert analyse(article.replace(key_points=given)).key_points == given


@pytest.mark.corpus
@pytest.mark.parametrize("name", BODY_FILES)
def test_corpus_points_are_whole_body_sentences(name):
    article = read(CORPUS / name)
    points = key_points(article, 5)
    assert len(points) == 5
    check_points(article, points)
    from collections import Counter

    rich = [s for s, n in Counter(c.section for c in candidates(article)).items() if n >= 3]
    if len(rich) >= 3:
        assert len({p.section for p in points}) >= 2


@pytest.mark.parametrize("sentence", [
    "Or do you mean modern bourgeois private property?",
    "Is China still North Korea's closest ally?",
    "And then the talks collapsed in the end.",
    "For another, the impact is nearly impossible to measure.",
    "Photo Soldiers patrol the border near the town of Kobane.",
    "Continue reading the main story.",
    "The armistice (signed in 1953 was never a peace treaty.",
    "the talks resumed after a long pause in the spring.",
    "The talks resumed after a long pause in the spring",
    "Read the full report at https://example.org/report.",
])
def test_fragments_questions_and_debris_are_not_points(sentence):
    assert not is_whole_sentence(sentence)


def test_whole_sentences_pass():
    assert is_whole_sentence("China is North Korea’s largest trading partner.")
    assert is_whole_sentence("“We will not back down,” the minister said.")


def test_bio_and_reference_sections_are_not_mined():
    text = ("Title\n\nThe council voted to close the old bridge to all heavy traffic this week. "
            "Engineers had warned about cracks in the main span for several years.\n\n"
            "References\n\nSmith wrote a long report about the bridge and its many cracks.\n\n"
            "Jane Roe is a reporter who covers the city council and its many committees.\n")
    article = parse(text, Path("bridge.txt"))
    texts = [p.text for p in key_points(article, 5)]
    assert texts and not any("Smith" in t or "Jane Roe" in t for t in texts)


def test_inspect_shows_where_each_point_came_from():
    from click.testing import CliRunner

    from briefing.cli import cli

    result = CliRunner().invoke(cli, ["inspect", str(SAMPLE), "--key-points", "3"])
    assert result.exit_code == 0, result.output
    points = json.loads(result.output)["key_points"]
    assert len(points) == 3
    for point in points:
        assert isinstance(point["section"], int) and isinstance(point["paragraph"], int)
        assert point["score"] > 0 and point["origin"] == "extracted"


def test_100000_words_give_the_requested_points():
    # How fast is measured in benchmarks/keypoints_timing.py, not here.
    paragraphs = [t for _, _, t in read(SAMPLE).paragraphs()]
    words = sum(len(p.split()) for p in paragraphs)
    chunks = []
    for i in range(100_000 // words + 1):
        chunks += [f"Part {i}"] + [p.replace("China", f"China{i}") for p in paragraphs]
    article = parse("Long article\n\n" + "\n\n".join(chunks), Path("long.txt"))
    assert sum(len(t.split()) for _, _, t in article.paragraphs()) >= 100_000
    points = key_points(article, 5)
    assert len(points) == 5
    check_points(article, points)


def test_the_lede_opens_the_points():
    article = read(SAMPLE)
    first = next(s for _, _, t in article.paragraphs() for s in split_sentences(t))
    assert key_points(article, 5)[0].text.startswith(first)


FILLER = "".join(f"Paragraph {n} discusses the standards process and its members at some length.\n\n"
                 for n in range(8))


def test_a_short_setup_takes_what_it_introduces_along():
    text = ("Title\n\nWe messed up. The standards body lost track of what readers of the web wanted from it.\n\n"
            "Twenty years ago publishers built websites for every kind of reader around the world. "
            "This was the start of an age of open publishing on the web for everyone.\n\n" + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5)]
    # Too short to stand alone, "We messed up." joins the next sentence wherever it is.
    assert points[0] == "We messed up. The standards body lost track of what readers of the web wanted from it."
    # A lede sentence keeps the "This ..." that carries it on.
    assert points[1].startswith("Twenty years ago") and points[1].endswith("for everyone.")
    assert not any(p.startswith("This was") for p in points)


def test_a_short_lede_sentence_keeps_what_it_announces():
    text = ("Title\n\nOn Friday, the board will announce a new strategy. "
            "For the first time, members will vote on every new standard before it is adopted.\n\n" + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5)]
    assert points[0].startswith("On Friday,") and points[0].endswith("before it is adopted.")
    # What it announces is part of that point, not a point of its own.
    assert not any(p.startswith("For the first time") for p in points)


def test_photo_captions_and_answer_fragments_are_not_points():
    text = ("Title\n\nThe minister waves to supporters at the rally in the capital on Sunday evening. "
            "(Jane Roe/AFP/Getty Images)\n\n"
            "The committee met for the first time in many years to review the standards process. "
            "The case they studied? Lorenz's famous discoveries. Later, the members voted to publish "
            "every draft standard in the open for comment.\n\n" + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5)]
    assert not any("minister waves" in p for p in points)
    assert not any(p.startswith("Lorenz") for p in points)
    assert any(p.startswith("Later, the members voted") for p in points)


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "opening"), [
    ("html/readability-iab-1.html", "We messed up. As technologists"),
    ("html/readability-nytimes-1.html", "On Friday, the Obama administration will announce a new Sudan strategy. For"),
])
def test_corpus_ledes_keep_their_setup_sentences(name, opening):
    points = key_points(read(CORPUS / name), 5)
    assert any(p.text.startswith(opening) for p in points), [p.text for p in points]


def test_unspaced_cjk_sentences_can_be_points():
    text = ("标题\n\n翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。"
            "这让人感到巨大压力和极度恐慌。那么，为什么不能让宇航员来一杯鸡尾酒来放松一下？\n")
    texts = [p.text for p in key_points(parse(text, Path("zh.txt")), 3)]
    assert texts[0].startswith("翱翔") and not any(t.endswith("？") for t in texts)


@pytest.mark.parametrize(("paragraph", "count"), [
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα. Ο υπουργός είπε ότι θα ισχύσουν από αύριο.", 2),
    ("قال المجلس إن الأعمال تأخرت. وقال رئيس البلدية إن المدينة لن تتخلى عنها؟ نعم.", 3),
    ("המועצה אמרה כי העבודות התעכבו. ראש העיר אמר כי העיר לא תוותר.", 2),
    ("जनवरी में निर्यात में कमी आई है। आयात में भी गिरावट आई है।", 2),
    ("আজ সকালে ঘটনা ঘটে।এ সময় পুলিশ এসেছে।", 2),  # no space after the danda
    ('He said: "यह है।" Then he left.', 2),
])
def test_sentences_end_in_scripts_without_capitals_and_at_a_danda(paragraph, count):
    sentences = split_sentences(paragraph)
    assert len(sentences) == count and "".join(sentences).replace(" ", "") == paragraph.replace(" ", "")


def test_a_hindi_article_gets_key_points_that_end_at_the_danda():
    text = ("बंदरगाह का काम टला\n\n"
            "परिषद ने कहा कि तूफानों के कारण बंदरगाह का काम टल गया है और परियोजना की लागत अब बढ़ने की उम्मीद है। "
            "महापौर ने कहा कि शहर इस योजना को नहीं छोड़ेगा।\n\n"
            "यह परियोजना 2019 में शुरू हुई थी और इसके लिए केंद्र सरकार ने बड़ी राशि दी थी। "
            "पहले जहाज़ अगले साल यहाँ आएँगे।\n\n"
            "विपक्ष ने कहा कि लागत का अनुमान शुरू से ही बहुत कम था। परिषद अगले महीने नई योजना पेश करेगी।\n")
    article = analyse(parse(text, Path("hi.txt")))
    texts = [p.text for p in article.key_points]
    assert article.metadata.language == "hi"
    assert texts and texts[0].startswith("परिषद ने कहा") and all(t.endswith("।") for t in texts), texts
    assert all(t.count("।") == 1 for t in texts)  # one sentence each, not a paragraph


ARABIC = "\n\n".join([
    "معارضون يسيطرون على مخازن للصواريخ",
    "أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة "
    "بريف دمشق تضم كميات من الصواريخ.",
    "وقال المرصد السوري لحقوق الإنسان إن مقاتلين من عدة كتائب سيطروا على ثلاثة مستودعات "
    "للذخيرة بالقرب من بلدة قلدون.",
    "وفي محافظة الحسكة شمال شرقي البلاد أفاد المرصد عن اشتباكات دارت بعد منتصف ليل الجمعة "
    "في محيط بلدة تل حلف.",
    "ودعا الائتلاف الوطني السوري المعارض كافة الكتائب المقاتلة في الشمال إلى ضبط النفس "
    "وتجنب الأعمال الاستفزازية.",
]) + "\n"


def test_an_arabic_article_gets_key_points_and_a_bottom_line():
    """Arabic has no capitals: no sentence of it read as whole, so the box and the bottom line were empty."""
    article = analyse(parse(ARABIC, Path("syria.txt")))
    assert len(article.key_points) == 2  # four sentences: two points, not the article again
    assert article.key_points[0].text.startswith("أكدت جهات سورية معارضة")
    assert article.bottom_line and article.bottom_line.startswith("أكدت جهات سورية معارضة")


def test_a_short_article_gets_a_point_for_every_two_sentences_and_build_says_when_none(tmp_path):
    from click.testing import CliRunner

    from briefing.cli import cli

    from .conftest import pdf_text

    four = "\n\n".join([
        "The council voted on Monday to close the old bridge to heavy traffic from next spring.",
        "Engineers had warned for several years about cracks spreading through the main span.",
        "Lorry drivers will have to take a detour of twelve miles through the northern villages.",
        "A replacement crossing is expected to cost forty million pounds and open within five years."])
    assert len(key_points(parse(f"Bridge\n\n{four}\n", Path("four.txt")), 5)) == 2
    one = tmp_path / "one.txt"
    one.write_text("A short note\n\nThe council voted on Monday to close the old bridge to heavy traffic.\n",
                   encoding="utf-8")
    built = CliRunner().invoke(cli, ["build", str(one), "-o", str(tmp_path / "one.pdf")])
    assert built.exit_code == 0 and "the key-points box is left out" in built.output, built.output
    assert "Key" not in pdf_text(tmp_path / "one.pdf")


def test_a_sentence_inside_anothers_quotation_is_no_point():
    # The quotation opens in one sentence and runs on: its middle sentences are the
    # speaker's words, even without marks of their own ("All of my thoughts became musical.").
    text = ("Title\n\nThe council voted on Tuesday to close the old river bridge to all heavy traffic. "
            "“The best way I can describe the bridge is that every truck that crosses it now shakes the whole "
            "structure. All of the bolts on the bridge have become loose. Every single beam of the bridge is "
            "rusting.” The engineer gave the council her report in writing.\n\n" + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5, genre="news")]
    assert points and points[0].startswith("The council voted")
    assert not any(p.startswith(("All of the bolts", "Every single beam")) for p in points), points


def test_a_long_lede_is_a_point_without_its_asides():
    lede = ("The long fight over how the city council should pay for the new river bridge that carries the "
            "morning traffic into town — easily the most expensive project of the decade — ended on Tuesday, "
            "when the members voted to raise the local fuel tax by two cents a gallon.")
    assert word_count(lede) > 45
    points = [p.text for p in key_points(parse(f"Title\n\n{lede}\n\n" + FILLER, Path("a.txt")), 5, genre="news")]
    assert points[0] == lede.replace(" — easily the most expensive project of the decade —", ""), points


def test_a_sites_standing_notes_are_no_points():
    """From fresh posts: a GSA disclaimer was a tutorial's first point, a non-profit's funding
    note and an editor's note over a speech were points of an award speech."""
    from briefing.lexicon import FURNITURE_SENTENCE

    for note in ("Reference to any non-federal entity does not constitute or imply its endorsement by GSA.",
                 "As a nonprofit project, 100% of our funding comes from contributions from our community.",
                 "The following is the speech delivered by our Executive Director at the ceremony in Amsterdam."):
        assert FURNITURE_SENTENCE.search(note)
        text = f"Title\n\n{note}\n\n" + FILLER
        assert not any(p.text == note for p in key_points(parse(text, Path("a.txt")), 5))


def test_a_credit_word_opens_a_point_unless_it_is_a_label():
    """From the news-cluster corpus: Daily Mail's lede "Credit agency giant Equifax said on Thursday ..."
    was refused as a photo credit, and so were "Credit Suisse ..." and "Video footage shows ..."."""
    from briefing.lexicon import FURNITURE_SENTENCE

    for label in ("Credit Stephen Crowley/The New York Times", "Photo: Bloomberg", "Video provided by Newsy",
                  "Share this article:", "Posted by Westchester Reform Temple on Sunday, 31 December 2017",
                  "Updated | Silicon Valley's female problem was well known.", "Source: A Fox News poll"):
        assert FURNITURE_SENTENCE.search(label), label
    lede = ("Credit agency giant Equifax said on Thursday that a breach of its systems may have affected "
            "143 million consumers in the United States.")
    for sentence in (lede, "Credit Suisse chief executive Tidjane Thiam said the bank would back legal plans.",
                     "Video footage shows security forces using water cannon to disperse the protests.",
                     "Share prices of the company fell by a fifth in after-hours trading on Friday.",
                     "Posted on Weibo, the images look like official press renders of the new phone."):
        assert not FURNITURE_SENTENCE.search(sentence), sentence
    points = [p.text for p in key_points(parse(f"Title\n\n{lede}\n\n" + FILLER, Path("a.txt")), 5, genre="news")]
    assert points[0] == lede, points


def test_a_post_quoted_whole_is_no_point():
    """CNN and RT quoted Trump's tweet whole, signature and all; its first sentence was the pack's
    first point, read as the pack's own claim (news-cluster corpus)."""
    for day in ("December 28, 2017", "28 December 2017"):
        post = ("Caught RED HANDED - very disappointed that China is allowing oil to go into North Korea. "
                "There will never be a friendly solution to the North Korea problem if this continues to happen! "
                f"— Donald J. Trump (@realDonaldTrump) {day}")
        text = f"Title\n\n{post}\n\n" + FILLER
        points = [p.text for p in key_points(parse(text, Path("a.txt")), 5, genre="news")]
        assert points and not any("RED HANDED" in p or "friendly solution" in p for p in points), points


def test_a_run_in_label_is_no_part_of_a_point():
    text = ("Title\n\nTL;DR: The council approved the harbour plan after two years of debate on Tuesday.\n\n"
            "PREVENTING DELAYS IN THE WORKS: Contractors must finish the first quay before the winter storms.\n\n"
            + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5)]
    assert "The council approved the harbour plan after two years of debate on Tuesday." in points
    assert "Contractors must finish the first quay before the winter storms." in points


def test_a_fact_sheet_said_in_bullets_gets_its_points_from_them():
    """A White House fact sheet said all but its lede in bullets: it got one point."""
    from briefing.readers.markdown import parse as parse_md

    bullets = "\n".join(f"- {b}" for b in (
        "The order directs agencies to buy only language models that meet a new neutrality standard.",
        "Contracts must let the government end a purchase when a vendor breaks the standard.",
        "The budget office will publish guidance for agencies within one hundred and twenty days.",
        "Vendors may keep their training data private while they disclose their system prompts.",
        "National security systems are exempt from the rules when the agency head decides so."))
    md = ("---\ntitle: Fact sheet\n---\n\nToday, the President signed an order on the models agencies may buy.\n\n"
          f"What the order does:\n\n{bullets}\n")
    points = [p.text for p in key_points(parse_md(md, Path("fact.md")), 5)]
    assert len(points) >= 3 and sum(p in md for p in points[1:]) >= 2, points


def test_the_pages_own_description_steers_the_points():
    topics = ["harbour dredging contract", "school meal budget", "copper export tariff", "river flood barrier",
              "rail freight timetable", "hospital staffing plan", "airport noise limit", "fishing quota deal"]
    body = "".join(f"The council debated the {t} for several hours on Tuesday evening. "
                   f"Members asked officials to publish the full {t} figures before the next meeting.\n\n"
                   for t in topics)
    text = f"Council week\n\nThe council met four times this week to settle its spring agenda.\n\n{body}"
    article = parse(text, Path("a.txt"))
    described = article.replace(metadata=replace(article.metadata,
                                                 description="Why the copper export tariff split the council."))

    def chosen(a: Article) -> list[str]:
        return [p.text for p in key_points(a, 3)]

    assert not any("copper" in p for p in chosen(article))
    # What the publisher says the article is about is where its points are looked for first.
    assert any("copper export tariff" in p for p in chosen(described))


def test_a_claim_given_as_an_example_is_a_point_without_its_marker():
    """mspoweruser's Stadia post: its own summary is the "For example, ..." sentence, which
    was no point at all while the marker barred it."""
    text = ("Stadia\n\nThe promise of the streaming service is high quality visuals streamed to a browser. "
            "For example, the streaming port of the western game does not run at a solid sixty frames a second. "
            "But players on the dongle get thirty frames with a steady picture.\n\n" + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5)]
    assert "The streaming port of the western game does not run at a solid sixty frames a second." in points
    assert not any(p.startswith(("For example", "But")) for p in points), points


def test_a_wikis_reference_marks_are_no_part_of_a_point():
    """Wikipedia's t-SNE article: "... developed by Laurens van der Maaten and Geoffrey Hinton.[1]"."""
    text = ("t-SNE\n\nThe method is a machine learning algorithm for visualization developed by two researchers "
            "in Toronto.[1] It is a nonlinear technique well suited for embedding data in two dimensions.[2][3]\n\n"
            + FILLER)
    points = [p.text for p in key_points(parse(text, Path("a.txt")), 5)]
    assert points and not any("[1]" in p or "[2]" in p for p in points), points
    assert any(p.endswith("developed by two researchers in Toronto.") for p in points), points


def test_the_lines_of_a_numbered_list_run_together_are_no_key_point(tmp_path):
    names = ["Robert Plant", "Rob Halford", "Steven Tyler", "Chris Cornell", "Bon Scott", "Freddie Mercury",
             "Bruce Dickinson", "Ozzy Osbourne", "Paul Rodgers", "Ronnie James Dio", "Axl Rose", "Sammy Hagar"]
    ranks = "<br>".join(f"{n:02d}. {name}" for n, name in enumerate(names, 1))
    page = tmp_path / "list.html"
    page.write_text("<html><head><title>The top singers</title></head><body><article><h1>The top singers</h1>"
                    "<p>A magazine has ranked the hundred best metal singers of all time, and the list is out today."
                    " Its editors polled two hundred musicians and critics over the summer.</p>"
                    f"<p>Here is the top of the list:</p><p>{ranks}</p>"
                    "<p>Punk singers were left out of the poll, which the editors say they will run again next year."
                    " Readers can send in their own lists until the end of the month.</p></article></body></html>",
                    encoding="utf-8")
    texts = [p.text for p in key_points(read(page), 5)]
    assert texts and not any(any(name in text for name in names) for text in texts), texts
    from briefing.analysis.keypoints import is_whole_sentence

    for sentence in ("The euro fell against the dollar to $1.05.", "The shares closed at 14.07.",
                     "Nach dem 10. Spieltag liegt der FC Bayern auf Platz 3."):
        assert is_whole_sentence(sentence), sentence


def test_a_site_s_rights_notice_and_a_results_row_are_no_key_points():
    """tlreview C (gathered21 0957, 0347): 'All rights of the publication are reserved by
    UrduPoint.com.', 'Reproduction without proper consent is not allowed.' and a biathlon
    results row, 'Anais Chevalier-Bouchet (FRA) +11,6 (1) 4.', were key points."""
    from briefing.analysis.keypoints import is_whole_sentence

    for debris in ("All rights of the publication are reserved by UrduPoint.com.",
                   "Reproduction without proper consent is not allowed.", "Alle Rechte vorbehalten.",
                   "Anais Chevalier-Bouchet (FRA) +11,6 (1) 4."):
        assert not is_whole_sentence(debris), debris
    for sentence in ("Merkel tritt zurück.", "Wierer won by 11.6 seconds.", "Путин подписал указ 5 мая."):
        assert is_whole_sentence(sentence), sentence


def test_a_german_quotation_closes_and_the_paragraph_after_it_can_be_a_point():
    """German opens a quotation with „ and closes it with “ (an English opening mark): the
    quotation was counted as never closed, and no later sentence of its paragraph could be a
    point (gathered21 review)."""
    text = ("Rentenreform\n\nDer Minister sagte am Morgen vor der Presse: „Wir legen den Entwurf noch in dieser "
            "Woche vor.“ Der Bundesrat beschloss am Montag die neue Rentenformel für alle Beschäftigten. "
            "Die Opposition kündigte dagegen eine Klage vor dem Verfassungsgericht an.")
    texts = [c.text for c in candidates(parse(text, Path("rente.txt")))]
    assert "Der Bundesrat beschloss am Montag die neue Rentenformel für alle Beschäftigten." in texts


def test_a_sentence_that_opens_a_quotation_it_leaves_open_is_no_point():
    """Eintracht Frankfurt's "Oliver Frankenbach:„Ich freue mich sehr über das Vertrauen des
    Aufsichtsrats." was a point: the quotation goes on in the next sentence."""
    text = ("Vorstand\n\nDer Aufsichtsrat hat den neuen Finanzvorstand für fünf Jahre bestellt. Oliver Frankenbach:"
            "„Ich freue mich sehr über das Vertrauen des Aufsichtsrats und auf die neue Aufgabe. Wir haben viel vor.“ "
            "Der Vertrag beginnt am ersten September und gilt bis zum Jahr 2020.")
    texts = [c.text for c in candidates(parse(text, Path("vorstand.txt")))]
    assert not any(t.startswith("Oliver Frankenbach") for t in texts)
    assert "Der Vertrag beginnt am ersten September und gilt bis zum Jahr 2020." in texts


def test_a_sentence_set_twice_at_the_top_is_one_point():
    """A page copied as text may give its headline twice as the first lines of the story: the
    lede's points never repeat one another."""
    opening = "Harbour workers in Valdora ended their nine-day strike after accepting a new pay deal."
    body = " ".join(f"The port authority said that ship number {n} would be unloaded on day {n} of the week, "
                    f"and that the cranes on quay {n} had been repaired by the engineers." for n in range(1, 9))
    text = f"Strike ends\n\n{opening}\n\n{opening} The deal raises wages by 6 percent this year.\n\n{body}\n"
    points = [p.text for p in key_points(parse(text, Path("strike.txt")))]
    assert points and len(points) == len(set(points)), points


def test_a_lede_set_in_fragments_gives_no_point_and_no_event(tmp_path):
    """An AP lede that sets its scene in fragments ("A face-to-face sitdown with a long-feared
    foe.") states nothing: it is no key point, and no event on the report's day."""
    path = tmp_path / "summit.md"
    path.write_text(
        "---\ntitle: Summit fever in Valdora\ndate: 2018-07-14\n---\n\n"
        "VALDORA (AP) — A face-to-face sitdown with a long-feared foe. Endless media hype. Huge ratings.\n\n"
        "The mayor of Valdora has met the harbour board twice before, but she is eager to meet its new chair "
        "in the town hall on Monday, aides said.\n\n"
        "Aides said the mayor had prepared for weeks and wanted a deal on dredging the channel before winter.\n\n"
        "The harbour board has rejected two earlier offers from the town over the cost of the dredging.\n",
        encoding="utf-8")
    article = analyse(read(path))
    points = [p.text for p in article.key_points]
    assert points and not any("sitdown" in p for p in points), points
    assert not any("sitdown" in e.text for e in article.timeline), [(e.date, e.text) for e in article.timeline]


def test_a_note_on_the_piece_itself_is_no_point(tmp_path):
    """Harper's open letter (gathered21) opened its key messages with the editor's note "The
    below letter will be appearing in the Letters section of the magazine's October issue." and
    ended them with the note under its signatories."""
    path = tmp_path / "letter.md"
    path.write_text(
        "---\ntitle: A Letter on Justice and Open Debate\ndate: 2020-07-07\n---\n\n"
        "The below letter will be appearing in the Letters section of the magazine's October issue.\n\n"
        "Our cultural institutions are facing a moment of trial, and the harbour towns feel it most of all.\n\n"
        "The free exchange of information and ideas is becoming more constricted in the towns along the coast.\n\n"
        "Editors are fired for running controversial pieces, and writers are punished for their fiction.\n\n"
        "Institutions are listed for identification purposes only.\n", encoding="utf-8")
    points = [p.text for p in analyse(read(path)).key_points]
    assert points and not any("below letter" in p or "identification" in p for p in points), points


def test_an_essays_opening_gives_one_point_a_reports_up_to_three():
    """A report's lede is its summary, and its first sentences open the points; an essay opens
    with a hook and a transition (CNET's "Trump may be an unpredictable president-elect, but that
    won't keep us from trying to peer into our crystal ball.", postlight/parser's www.cnet.com):
    its first sentence opens the points, and the rest are chosen for what the essay says."""
    opening = ("Five changes will shape how Americans pay for mobile service in the coming year. "
               "Trump may be an unpredictable president-elect, but that won't keep us from trying to peer into our "
               "crystal ball. Here is what we expect to see.")
    body = "\n\n".join([
        "Verizon and AT&T will test 5G wireless networks in Dallas and Austin early next year.",
        "The 5G trials will decide how fast mobile prices fall for customers of every carrier.",
        "Zero-rated video will spread as carriers exempt their own streaming services from data caps.",
        "Regulators appointed by the new administration are unlikely to stop zero-rating by carriers.",
        "Mergers between carriers and content companies will reshape what customers pay for video.",
        "Fiber networks will give way to fixed wireless links that carriers can build more cheaply.",
        "Wi-Fi-first phone plans will win customers who want to pay less for mobile service."])
    article = parse(f"Title\n\n{opening}\n\n{body}", Path("a.txt"))
    essay = [p.text for p in key_points(article, 5, genre="analysis")]
    report = [p.text for p in key_points(article, 5, genre="news")]
    assert essay[0].startswith("Five changes") and not any("crystal ball" in p for p in essay)
    assert any("crystal ball" in p for p in report)


def test_a_point_the_next_sentence_turns_on_takes_it_along(tmp_path):
    """AP's "Spotify didn't officially say it would begin promoting XXXTentacion and R. Kelly's
    music." was a key point without the sentence after it, "XXXTentacion, however, is now back
    on Spotify's popular Rap Caviar playlist.": the box said the opposite of the news."""
    from .conftest import built_pdf, pdf_text

    page = tmp_path / "spotify.txt"
    page.write_text(
        "Spotify backtracks on its policy on artist conduct\n\n"
        "Spotify did not officially say it would begin promoting the rapper's music on its playlists again. "
        "The rapper, however, is now back on Spotify's popular RapCaviar playlist, which millions follow.\n\n"
        "The company said on Friday that its policy on hateful conduct had been vague and had caused confusion "
        "among artists, managers and record labels in the weeks since it was announced.\n\n"
        "Musicians had complained that the rule singled out a few black artists while others accused of "
        "abuse kept their places on the service's most popular playlists.\n\n"
        "Spotify said it would still remove music that incites hatred or violence against people because of "
        "their race, religion, gender identity or sexual orientation.\n", encoding="utf-8")
    box = pdf_text(built_pdf(tmp_path, page)).split("KEY MESSAGES")[1].replace("’", "'").strip()  # its first point
    assert box.startswith("Spotify did not officially say it would begin promoting the rapper's music on its "
                          "playlists again. The rapper, however, is now back on Spotify's popular"), box


def test_a_relative_month_in_a_possessive_is_dated_after_its_s():
    """"next month (January 2018)'s launch" broke the possessive (review 67): the date goes after it."""
    from briefing.analysis.resolved import resolved_days

    text = "Musk wants the publicity value of next month’s launch, and said so on Friday."
    found = resolved_days(text, "2017-12-22")
    assert sorted((text[:end].split()[-1], day) for end, day, _ in found) == [("Friday", "2017-12-22"),
                                                                                ("month’s", "2018-01")]
