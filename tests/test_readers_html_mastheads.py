"""Headlines and bylines as European, Korean and Japanese news sites set them, read from
synthetic pages built on the shapes of real ones that the reader got wrong (issue 14,
gathered18: the fundus parser test pages)."""

from __future__ import annotations

from briefing.readers import read
from briefing.readers.htmlmeta import clean_name

_STORY = ("<p>Der Ausschuss tagte am Dienstag zum dritten Mal und hörte die früheren Minister an, die "
          "damals die Verantwortung für den Katastrophenschutz trugen.</p>"
          "<p>Die Opposition verlangt nun weitere Akten aus den Ministerien und droht mit einer Klage vor "
          "dem Verfassungsgericht des Landes.</p>")


def _read(tmp_path, head: str, body: str):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return read(page)


def _headings(article) -> list[str]:
    return [s.heading for s in article.sections if s.heading]


def test_a_heading_that_prints_the_headline_with_its_kicker_run_in_is_not_a_section(tmp_path):
    article = _read(tmp_path,
                    '<meta property="og:title" content="Bericht: Aktivistin getötet - Irans Justiz dementiert">',
                    "<article><h2>Bei Protesten 2022 Bericht: Aktivistin getötet - Irans Justiz dementiert</h2>"
                    + _STORY + "<h2>Familienmitglieder widersprechen</h2>" + _STORY + "</article>")
    assert article.metadata.title == "Bericht: Aktivistin getötet - Irans Justiz dementiert"
    assert _headings(article) == ["Familienmitglieder widersprechen"]


def test_a_heading_that_prints_the_social_headline_over_the_printed_one_is_not_a_section(tmp_path):
    """t-online prints one headline in its <h1> and the og:title's, with its kicker, atop the text."""
    article = _read(tmp_path, '<meta property="og:title" content="Nach erneuter Kritik an Papst Leo: Trump postet '
                              'schon wieder Jesus-KI-Foto">',
                    "<h1>Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus</h1><article>"
                    "<h2>Nach erneuter Kritik an Papst Leo Trump postet schon wieder Jesus-KI-Foto</h2>" + _STORY
                    + "<h2>Trump löschte ähnlichen Post</h2>" + _STORY + "</article>")
    assert article.metadata.title == "Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus"
    assert _headings(article) == ["Trump löschte ähnlichen Post"]


def test_the_story_heading_that_prints_the_social_headline_wins_over_another_storys_h1(tmp_path):
    """Digg's only <h1> was a promo for another story; its review opens with the og:title."""
    article = _read(tmp_path, '<meta property="og:title" content="The Early Reviews For Stadia Are Here - Digg">'
                              '<meta property="og:site_name" content="Digg">',
                    "<aside><h1>'Why Don't You Go Fight For The Reindeer?'</h1></aside><article>"
                    "<h2>The Early Reviews For Stadia Are Here</h2>" + _STORY + "</article>")
    assert article.metadata.title == "The Early Reviews For Stadia Are Here"
    assert not _headings(article)


def test_site_suffixes_behind_curled_quotes_stars_and_a_hangul_bar_are_dropped(tmp_path):
    pundit = _read(tmp_path, '<meta property="og:title" content="Roommate Agrees to Interview with Kohberger\'s '
                             'Lawyers | The Gateway Pundit | by Cristina Laila">',
                   "<h1>Roommate Agrees to Interview with Kohberger’s Lawyers</h1>" + _STORY)
    assert pundit.metadata.title == "Roommate Agrees to Interview with Kohberger’s Lawyers"
    starred = _read(tmp_path, '<meta property="og:title" content="Zelensky Is Now Considering Firing Top General '
                              'Syrsky * The Gateway Pundit * by Paul Serran">',
                    "<h1>Zelensky Is Now Considering Firing Top General Syrsky</h1>" + _STORY)
    assert starred.metadata.title == "Zelensky Is Now Considering Firing Top General Syrsky"
    korean = _read(tmp_path, '<meta property="og:site_name" content="한국일보"><meta property="og:title" '
                             'content="장동혁, 한동훈 제명했지만… \'윤 어게인\' 절연 '
                             '·외연 확장 부담 커졌다-정치ㅣ한국일보">',
                   _STORY)
    assert korean.metadata.title == "장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다"


def test_a_kicker_before_a_headline_too_short_to_stand_alone_stays(tmp_path):
    head = '<meta property="og:title" content="{}">'
    body = '<h1><span class="dachzeile">{}</span> <span>{}</span></h1>' + _STORY
    short = _read(tmp_path, head.format("Entwurf des Selbstbestimmungsgesetzes: Ein bisschen Fortschritt"),
                  body.format("Entwurf des Selbstbestimmungsgesetzes", "Ein bisschen Fortschritt"))
    assert short.metadata.title == "Entwurf des Selbstbestimmungsgesetzes: Ein bisschen Fortschritt"
    whole = _read(tmp_path, head.format("Zugverkehr: Im ICE von Frankfurt nach Barcelona"),
                  body.format("Zugverkehr", "Im ICE von Frankfurt nach Barcelona"))
    assert whole.metadata.title == "Im ICE von Frankfurt nach Barcelona"


def test_bylines_as_news_sites_set_them(tmp_path):
    def authors(head: str, byline: str) -> list[str]:
        return [a.name for a in _read(tmp_path, head, byline + _STORY).metadata.authors]

    # Der Standard: each name in a span of its own, nothing between them
    assert authors("", '<div class="article-byline"><div class="article-origins"><span class="simple">Birgit '
                       'Baumann</span> <span class="simple">Anna Giulia Fink</span></div></div>') == [
        "Birgit Baumann", "Anna Giulia Fink"]
    # Merkur: "Von:" in a span, the name in the link after it; Stern: "von" and the name in two spans
    assert authors("", '<p class="storyelement-authors"><span>Von: </span><a href="/autoren/1">Nadja '
                       'Zinsmeister</a></p>') == ["Nadja Zinsmeister"]
    assert authors("", '<ul><li class="authors__list-item"><span> von </span><span class="bold">Jemima Kelly'
                       '</span></li></ul>') == ["Jemima Kelly"]
    # DW: a list of labelled facts
    assert authors("", "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman "
                       "Goncharenko</li></ul>") == ["Roman Goncharenko"]
    # the meta tags of cXense (Mainichi) and of Börsen-Zeitung's "Written by" card
    assert authors('<meta name="cXenseParse:author" content="松岡大地">', "") == ["松岡大地"]
    assert authors('<meta name="twitter:misc:Written by" content="Dieter Kuckelkorn">', "") == ["Dieter Kuckelkorn"]
    # Sermitsiaq: two people joined by the Danish "og"
    assert authors('<meta property="article:author" content="Trine Juncher Jørgensen og Tôrtia Reimer-Johansen">',
                   "") == ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]


def test_a_credit_that_names_no_writer_gives_no_author():
    assert clean_name("신현주 기자") == ["신현주"]  # "reporter"
    assert clean_name("Foto: Mads Claus Rasmussen") == []
    assert clean_name("Nachrichten") == []  # a blog's category as its WordPress user
