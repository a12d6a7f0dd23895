"""Headlines and bylines as European, Korean and Japanese news sites set them, read from
synthetic pages built on the shapes of real ones that the reader got wrong (issue 14,
gathered18: the fundus parser test pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.readers import read
from briefing.readers.chrome import is_chrome_line
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


@pytest.mark.parametrize("og_title, top, title", [
    # a kicker run into the headline
    ("Bericht: Aktivistin getötet - Irans Justiz dementiert",
     "<h2>Bei Protesten 2022 Bericht: Aktivistin getötet - Irans Justiz dementiert</h2>",
     "Bericht: Aktivistin getötet - Irans Justiz dementiert"),
    # t-online prints one headline in its <h1> and the og:title's, with its kicker, atop the text
    ("Nach erneuter Kritik an Papst Leo: Trump postet schon wieder Jesus-KI-Foto",
     "<h1>Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus</h1>"
     "<h2>Nach erneuter Kritik an Papst Leo Trump postet schon wieder Jesus-KI-Foto</h2>",
     "Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus"),
])
def test_a_heading_that_prints_a_headline_again_is_not_a_section(tmp_path, og_title, top, title):
    article = _read(tmp_path, f'<meta property="og:title" content="{og_title}">',
                    "<article>" + top + _STORY + "<h2>Familienmitglieder widersprechen</h2>" + _STORY + "</article>")
    assert article.metadata.title == title
    assert _headings(article) == ["Familienmitglieder widersprechen"]


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
    # LTO: "von" in small letters before the linked name; AFP: "Von:" in a list of facts, a link a person
    assert authors("", '<p class="meta">von <a href="/autoren/max-kolter">Dr. Max Kolter</a></p>') == [
        "Dr. Max Kolter"]
    assert authors("", '<ul><li class="information-item">Von: <span class="person-link"><a href="/bill">Bill '
                       'MCCARTHY</a>, </span><span class="person-link"><a href="/marisha">Marisha GOLDHAMER</a>'
                       "</span></li></ul>") == ["Bill MCCARTHY", "Marisha GOLDHAMER"]
    # the site's own name is no author; Nature's Dublin Core puts the family name first
    assert authors('<meta property="og:site_name" content="Der Postillon"><meta property="article:author" '
                   'content="Der Postillon">', "") == []
    assert authors('<meta name="dc.creator" content="Brazil, Rachel">', "") == ["Rachel Brazil"]
    # Sermitsiaq: two people joined by the Danish "og"
    assert authors('<meta property="article:author" content="Trine Juncher Jørgensen og Tôrtia Reimer-Johansen">',
                   "") == ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]


def test_a_writer_span_names_the_writer_and_a_publication_in_title_marks_is_none(tmp_path):
    article = _read(tmp_path, "", '<div class="leaf-head"><span class="writer">松村太郎</span></div>' + _STORY)
    assert [a.name for a in article.metadata.authors] == ["松村太郎"]
    assert clean_name("《ScanNetSecurity》") == []


def test_a_credit_that_names_no_writer_gives_no_author():
    assert clean_name("신현주 기자") == ["신현주"]  # "reporter"
    assert clean_name("Foto: Mads Claus Rasmussen") == []
    assert clean_name("Nachrichten") == []  # a blog's category as its WordPress user
    assert clean_name("105092") == []  # People's Daily's editor number
    assert clean_name("Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024, 17:07 IST") == ["Aashish Saxena"]
    assert clean_name("You, Xiaoying") == ["Xiaoying You"] and clean_name("Jane Doe, Reuters") == ["Jane Doe"]


def test_the_pages_header_set_as_headings_over_no_text_is_not_printed_again(tmp_path):
    """Daily Maverick sets a kicker, its printed headline (reworded from the og:title) and the
    dek as headings before the text; Sermitsiaq marks its dek and sets it as a heading too."""
    dek = ("Appearing before the World Court, the South African delegation said Israel continued to act with "
           "impunity in the Gaza Strip, arguing that it does not care to fulfil its obligations.")
    article = _read(tmp_path, '<meta property="og:title" content="ICJ concludes hearings on Israel aid obligations '
                              f'in Gaza"><meta property="og:description" content="{dek}">',
                    "<article><h2>MIDDLE EAST CRISIS</h2><h1>Legal opinion expected after ICJ concludes hearings on "
                    f"Israel’s aid obligations in Gaza</h1><h2>{dek}</h2>" + _STORY + "<h2>Using aid as a weapon</h2>"
                    + _STORY
                    + "</article>")
    assert _headings(article) == ["Using aid as a weapon"]
    assert article.metadata.subtitle == dek
    marked = _read(tmp_path, "", '<p class="standfirst">Et stort flertal ønsker ikke at Grønland skal underordne sig '
                                 "USA, men status quo er ikke en mulighed.</p><article><h2>Et stort flertal ønsker "
                                 "ikke at Grønland skal underordne sig USA, men status quo er ikke en mulighed.</h2>"
                                 + _STORY + "<h2>Selvstændighed</h2>" + _STORY + "</article>")
    assert marked.metadata.subtitle.startswith("Et stort flertal ønsker ikke")
    assert _headings(marked) == ["Selvstændighed"]


def test_a_newsletter_or_follow_us_box_and_a_closing_author_section_are_not_story(tmp_path):
    article = _read(tmp_path, "", "<article>" + _STORY + "<h2>Newsletter: Sport inside</h2><p>Jeden Montag die "
                                  "Topstorys der Woche aus der Sportredaktion.</p><h2>Der Ausschuss tagt wieder</h2>"
                                  + _STORY + "<h2>Folgst du schon 20 Minuten auf Whatsapp?</h2><p>Eine Newsübersicht "
                                  "am Morgen und zum Feierabend: Abonniere den Kanal.</p><h2>Die Autorin</h2><p>Anne-"
                                  "Marie Slaughter war Direktorin für politische Planung im US-Außenministerium.</p>"
                                  "</article>")
    assert _headings(article) == ["Der Ausschuss tagt wieder"]
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "Topstorys" not in text and "Newsübersicht" not in text and "Slaughter" not in text
    assert article.metadata.authors[0].bio.startswith("Anne-Marie Slaughter war Direktorin")


@pytest.mark.parametrize("line", [
    "Lesedauer: 4 Minuten", "Externer Inhalt nicht verfügbar", "Ein Klick für den Datenschutz",
    "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte.",
    "Následuje obsah vložený z jiného webu. Zde jej můžete přeskočit.", "Link zum YouTube-Inhalt",
    'Dieser Artikel ist zuerst bei "Capital" erschienen.', "© The Financial Times Ltd. 2024",
    "Aus dem Englischen von Jan Doolan Copyright: Project Syndicate, 2025", "STR/Getty images",
    "Image: Fouzia Van Der Fort", "<Copyright ⓒ 한국일보. All rights reserved. 무단 전재 및 재배포 금지>",
    "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: briefe@zeitung.example",
    "Are protests breaking out in your area? Get in touch at webnews@news.example",
    "For the latest breaking news from the Daily Star, sign up for our newsletters .",
    "Les også: Tone Damli ofret musikkarrieren for barna", "Uppdaterad 15.59 | Publicerad 14.14",
    "Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr", "02:57 Min.Verfügbar bis 06.05.2024",
    "Zuletzt hieß es oft, sie sei überfordert. mehr", "기사 URL이 복사되었습니다.",
    "この記事は会員限定です。 紙の新聞の定期購読者の方は、無料で会員登録できます。",
    "R20for the first month. Support independent journalism by subscribing to our digital news package.",
    "Will Donald Trump grant SA visas? Mashatile explains [VIDEO]", "– additional reporting by Donald Matthys",
    "With reports from Reforma and El Economista", "Mit Material von dpa", "Kilde: Helsenorge.no",
    "Mit Informationen der ARD-Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa und Reuters.",
    "17:41 JST, October 13, 2024", "2025年1月14日 01時28分 (1月14日 01時40分更新)", "¯", "|", "\u200b",
    "Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen von Business Insider.",
])
def test_what_news_sites_print_around_the_story_is_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "Die Regierung will mehr", "Der Preis stieg auf 2024 Euro, sagte das Ministerium.",
    "Das Bild zeigt den Minister, der am Dienstag in Berlin sprach und mehr Geld forderte.",
    "Mit Informationen der Polizei wurde der Täter gefasst, sagte ein Sprecher.", "* * *", "……",
    "Source: the company said profits rose by a third in the year to March.",
])
def test_story_lines_that_share_their_words_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_a_headline_over_subheads_of_a_lower_level_or_without_the_titles_kicker_is_not_a_section(tmp_path):
    """Spiegel prints "Kollaps der Silicon Valley Bank US-Notenbank räumt ..." as the only <h2>, over
    <h3> subheads, under an og:title worded otherwise; Welt's title hangs a kicker on its <h2>."""
    spiegel = _read(tmp_path, '<meta property="og:title" content="Silicon Valley Bank: Federal Reserve räumt '
                              'Versäumnisse bei Aufsicht ein">',
                    "<article><h2>Kollaps der Silicon Valley Bank US-Notenbank räumt Versäumnisse bei Aufsicht ein"
                    "</h2>" + _STORY + "<h3>Mitarbeitende berichten von Druck</h3>" + _STORY + "</article>")
    assert _headings(spiegel) == ["Mitarbeitende berichten von Druck"]
    welt = _read(tmp_path, '<meta property="og:title" content="Landtagswahl in Thüringen: Voigt, Höcke und der '
                           'Vorwurf einer Lüge">',
                 "<article><h2>Voigt, Höcke und der Vorwurf einer Lüge</h2>" + _STORY + "<h2>Familienunternehmer "
                 "kritisieren Höcke</h2>" + _STORY + "</article>")
    assert _headings(welt) == ["Familienunternehmer kritisieren Höcke"]
    parts = _read(tmp_path, '<meta property="og:title" content="Der Ausschuss und die Akten">',
                  "<article><h2>Was der Ausschuss bisher weiß</h2>" + _STORY + "<h3>Die Akten</h3>" + _STORY
                  + "</article>")
    assert _headings(parts) == ["Was der Ausschuss bisher weiß", "Die Akten"]  # one word shared: a part's heading


def test_the_byline_printed_again_atop_the_story_is_not_its_first_paragraph(tmp_path):
    article = _read(tmp_path, '<meta name="author" content="Adam Vidler">',
                    "<article><p>Adam Vidlerand AP</p>" + _STORY + "</article>")
    assert [a.name for a in article.metadata.authors] == ["Adam Vidler"]
    first = article.sections[0].blocks[0].text
    assert first.startswith("Der Ausschuss tagte")


_MORE = "".join(f"<p>Paragraph {i} of the story goes on about the committee and the files it asked the "
                f"ministries for, and what the opposition made of it.</p>" for i in range(8))


def test_the_story_that_broken_markup_put_inside_a_newsletter_box_is_kept(tmp_path):
    """The Nation's sign-up form leaves a <div> open: the rest of the article nests in the "cta" box."""
    article = _read(tmp_path, "", "<article>" + _STORY + '<div class="cta"><div class="container"><form><h2>The '
                                  "Weekly</h2><input type=email></form><div class=row><div class=submit>"
                                  "<button>Sign Up</button></div>" + _MORE + "<p>No angel.</p></div></div></article>")
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "Paragraph 0 of the story" in text and "Paragraph 7 of the story" in text and "No angel." in text
    assert "Sign Up" not in text and "The Weekly" not in _headings(article)


def test_text_hidden_behind_a_paywall_or_until_the_page_loads_is_read_and_a_hidden_menu_is_not(tmp_path):
    paywall = _read(tmp_path, "", "<article>" + _STORY + '<p class="paywall" aria-hidden="true">That is heady, '
                                  "terrifying and maybe a bit of hyperbole, says the search lead of the company.</p>"
                                  '<nav hidden><p>Home News Sport Weather</p></nav></article>')
    text = " ".join(b.text for s in paywall.sections for b in s.blocks)
    assert "heady, terrifying" in text and "Home News" not in text
    streamed = _read(tmp_path, "", '<div hidden id="S:0"><article>' + _STORY + _MORE + "</article></div>")
    assert "Paragraph 7 of the story" in " ".join(b.text for s in streamed.sections for b in s.blocks)


def test_a_page_whose_only_text_is_its_headline_says_it_has_no_article_text(tmp_path):
    article = _read(tmp_path, '<meta property="og:title" content="Vekalet yoluyla kurban kesim bedelleri belirlendi">',
                    "<h1>Vekalet yoluyla kurban kesim bedelleri belirlendi</h1>")
    assert not article.sections
    assert "no article text found in the page" in article.metadata.warnings


@pytest.mark.parametrize("line", [
    "You must confirm your public display name before commenting",
    "Please logout and then login again, you will then be prompted to enter your display name.",
    "Du musst dich EINLOGGEN um einen Kommentar abzugeben.",
])
def test_a_comment_boxs_prompts_are_chrome(line):
    assert is_chrome_line(line)


def test_a_meta_title_cut_short_gives_way_to_the_printed_headline_and_soft_hyphens_go(tmp_path):
    """Hamburger Abendblatt's og:title lost its end at an unescaped quote; LTO sets soft hyphens."""
    cut = _read(tmp_path, '<meta property="og:title" content="Hamburg Marathon 2024: Überlegener Sieger und ">',
                '<h1>Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"</h1>' + _STORY)
    assert cut.metadata.title == 'Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"'
    # El Universal prints no headline; its <title> is whole where its og:title and twitter:title are cut
    cut = _read(tmp_path, '<meta property="og:title" content="Senador republicano califica a Biden de "incapacitado""'
                          '><meta name="twitter:title" content="Senador republicano califica a Biden de "incapacitado"'
                          '"><title>Senador republicano califica a Biden de "incapacitado"</title>', _STORY)
    assert cut.metadata.title == 'Senador republicano califica a Biden de "incapacitado"'
    whole = _read(tmp_path, '<meta property="og:title" content="Ear Candy!">', "<h1>Ear Candy allert</h1>" + _STORY)
    assert whole.metadata.title == "Ear Candy!"  # a title that ends as a sentence does is not cut short
    soft = _read(tmp_path, '<meta property="og:title" content="Paläs\u00adti\u00adnenser legt Ver\u00adfas\u00adsungs'
                           '\u00adbe\u00adschwerde ein">', _STORY)
    assert soft.metadata.title == "Palästinenser legt Verfassungsbeschwerde ein"


def test_a_stamp_line_of_two_dates_in_turkish_is_the_date_not_text(tmp_path):
    """Anadolu Ajansı prints "20 Nisan 2026•Güncelleme: 20 Nisan 2026" over its story."""
    from briefing.readers.byline import parted_stamp

    article = _read(tmp_path, "", "<article><p>20 Nisan 2026•Güncelleme: 20 Nisan 2026</p><p>Arpaguş, Başkanlık "
                                  "Konferans Salonu'nda düzenlenen Vekaletle Kurban Kesim Organizasyonu Toplantısı'nda "
                                  "konuştu ve kurban bedellerini açıkladı.</p></article>")
    assert article.metadata.date == "2026-04-20"
    assert article.sections[0].blocks[0].text.startswith("Arpaguş")
    assert parted_stamp("March 3, 2021 | Updated: March 4, 2021") == "2021-03-03"
    assert parted_stamp("Politik · Berlin") is None and parted_stamp("3 mars 2020") is None


def test_a_story_set_in_one_list_item_is_read_as_blocks_and_a_caption_heading_over_a_credit_goes(tmp_path):
    """Taipei Times sets its whole article in one <li>, and a photo's caption as an <h1> over "Photo: AFP"."""
    article = _read(tmp_path, "", "<article><ul><li><h2>Venom exercises begin in the north</h2>" + _STORY
                                  + "<h1>Philippine Marine Corps Commandant Major-General Arturo Roja, second left, "
                                  "takes part in the opening ceremony at Fort Bonifacio, yesterday.</h1>"
                                  "<p>Photo: AFP</p>"
                                  + _MORE + "</li></ul></article>")
    kinds = {b.kind for s in article.sections for b in s.blocks}
    assert kinds == {"paragraph"}
    text = " ".join(b.text for s in article.sections for b in s.blocks) + " ".join(_headings(article))
    assert "Der Ausschuss tagte" in text and "Paragraph 7 of the story" in text
    assert "Arturo Roja" not in text and "Photo: AFP" not in text
    loose = _read(tmp_path, "", "<article>" + _STORY + "<ul>" + "".join(
        f"<li><p>Point {i} of a list that sets each of its items as a paragraph of its own, as a loose list does "
        "in Markdown.</p></li>" for i in range(8)) + "</ul></article>")
    assert "list" in {b.kind for s in loose.sections for b in s.blocks}


def test_a_related_box_label_inside_the_story_goes_and_the_text_after_it_stays(tmp_path):
    """WAZ's "Auch interessant" box sits between two paragraphs; its links were dropped."""
    article = _read(tmp_path, "", "<article>" + _STORY + "<h2>Seilbahn Duisburg: Haltestelle und Trasse</h2>"
                                  + _STORY + "<h2>Auch interessant</h2><p>Dort sollen etwa Campus-Flächen für "
                                  "eine Ansiedlung der Universität entstehen.</p><h2>Get daily National news</h2>"
                                  "<p>Sign up for our newsletter.</p></article>")
    assert _headings(article) == ["Seilbahn Duisburg: Haltestelle und Trasse"]
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "Dort sollen etwa Campus-Flächen" in text and "Sign up for our newsletter" not in text


def test_a_first_subhead_that_a_long_title_happens_to_hold_stays(tmp_path):
    article = _read(tmp_path, '<meta property="og:title" content="Trump plans tariffs: what it means for Europe">',
                    "<article><h2>What it means</h2>" + _STORY + "<h2>The carmakers</h2>" + _STORY + "</article>")
    assert _headings(article) == ["What it means", "The carmakers"]


def test_a_script_set_inside_a_subhead_is_not_read_as_its_text(tmp_path):
    """Focus (gathered18) set a widget's <iframe> and its <script> inside a subhead, and the
    section's heading printed "Neues Lego-Set startet durch !function(){var t=window...": a
    script's code is no text, wherever the page puts it."""
    article = _read(tmp_path, "<title>Lego feiert Star-Wars-Tag</title>",
                    "<article><h1>Lego feiert Star-Wars-Tag</h1>" + _STORY
                    + '<h2>Neues Lego-Set startet durch <iframe src="https://widget.example/1"></iframe> '
                      '<script>!function(){var t=window.addEventListener?"addEventListener":"attachEvent";}();'
                      '</script></h2>' + _STORY.replace("dritten", "vierten") + "</article>")
    assert "Neues Lego-Set startet durch" in _headings(article)
    text = " ".join([s.heading or "" for s in article.sections] + [b.text for s in article.sections for b in s.blocks])
    assert "addEventListener" not in text and "function" not in text


def test_a_heading_that_names_the_page_part_and_a_note_on_guest_writers_are_not_printed(tmp_path):
    """Seznam Zprávy labels its <article> with a heading "Článek" ("Article") for screen readers,
    printed as the first section's heading; Die Presse closes a guest commentary's first part
    with a box "Hinweis:" over "Gastkommentare ... müssen nicht der Meinung der Redaktion
    entsprechen", which was printed, and even made a key point (gathered18)."""
    article = _read(tmp_path, "<title>Ausschuss</title>",
                    '<article aria-labelledby="a11y"><h6 id="a11y">Článek</h6><h1>Ausschuss</h1>' + _STORY
                    + '<div class="factbox"><h2>Hinweis: </h2><p>Gastkommentare und Beiträge von externen '
                      'Autorinnen und Autoren wie dieser hier müssen nicht der Meinung der Redaktion '
                      'entsprechen.</p></div><h2>Die Akten</h2>' + _STORY.replace("dritten", "vierten")
                    + "</article>")
    assert _headings(article) == ["Die Akten"], _headings(article)
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "Meinung der Redaktion" not in text and "vierten Mal" in text


def test_a_dek_set_as_a_subheading_of_lines_is_the_standfirst_read_with_its_breaks(tmp_path):
    """Hankook Ilbo sets its dek as <h2 class="sub-tit-ll"> of lines joined by <br> at the top of
    the story, and writes 李 there as the compatibility ideograph U+F9E1: it was the first section
    heading, and read as a dek, its lines ran together ("유세"국민끼리") and it did not match the
    heading the story printed (gathered18)."""
    lines = ["\uf9e1 여수, 순천, 목포 찾아 빗속 유세", "\"국민끼리 싸우는 시대 끝내겠다\" 선언",
             "다음 정부는 '국민주권 정부'"]
    dek = "<h2 class='sub-tit-ll'>" + "<br>".join(lines) + "</h2>"
    article = _read(tmp_path, "<title>이재명 유세</title>",
                    "<h1>이재명 유세</h1><div class='col-main'>" + dek + _STORY + "</div>")
    assert article.metadata.subtitle == " ".join(lines)
    assert _headings(article) == []


def test_a_separator_hidden_from_sight_still_parts_a_kicker_from_its_headline(tmp_path):
    """20 Minuten writes "<span>Europäische Kommission<span class="visually-hidden"
    aria-hidden="true">: </span></span>Verfahren: ..." in its headings: the hidden mark went with
    the hidden elements, and the heading read "Europäische KommissionVerfahren" (gathered18)."""
    article = _read(tmp_path, "<title>Ausschuss</title>",
                    "<article><h1>Ausschuss</h1>" + _STORY + "<h2><span>Europäische Kommission<span "
                    "class='visually-hidden' aria-hidden='true'>: </span></span>Verfahren gegen die Plattform</h2>"
                    + _STORY.replace("dritten", "vierten") + "</article>")
    assert "Europäische Kommission: Verfahren gegen die Plattform" in _headings(article), _headings(article)


def test_the_heading_of_a_widget_frame_is_not_printed_over_nothing(tmp_path):
    """Focus titles a shopping widget with "<h2>Neues Lego-Set startet durch <iframe ...>" and
    goes straight on with the next heading: the briefing printed the title over nothing, stacked
    on the next heading (gathered18). A heading with a frame that text follows stays."""
    article = _read(tmp_path, "<title>Ausschuss</title>",
                    "<article><h1>Ausschuss</h1>" + _STORY
                    + '<h2>Neues Lego-Set startet durch <iframe src="https://widget.example/1"></iframe></h2>'
                    + "<h2>Die Akten</h2>" + _STORY.replace("dritten", "vierten")
                    + '<h2>Die Klage <iframe src="https://widget.example/2"></iframe></h2>'
                    + _STORY.replace("dritten", "fünften") + "</article>")
    assert _headings(article) == ["Die Akten", "Die Klage"], _headings(article)


def test_a_links_note_for_screen_readers_is_not_printed_in_the_sentence(tmp_path):
    """Golem marks every outside link "<span class="go-vh">(öffnet im neuen Fenster)</span>", and
    the briefing printed "mehr war von Volkswagen nicht zu erfahren(öffnet im neuen Fenster) ."
    (gathered18); Radio-Canada does the same with "(Nouvelle fenêtre)" (gathered10)."""
    article = _read(tmp_path, "<title>Akku</title>",
                    "<article><h1>Akku</h1><p>Mehr war <a href='https://example.com/a'>von Volkswagen nicht zu "
                    "erfahren<span class='go-vh'>(öffnet im neuen Fenster)</span></a>, und auch <a href='https://"
                    "example.com/b'>Quantumscape<span> (Nouvelle fenêtre)</span></a> äußerte sich nicht zu weiteren "
                    "Daten des Akkupacks, den der Konzern am Montag in München zeigte.</p>" + _STORY + "</article>")
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "Fenster" not in text and "fenêtre" not in text
    assert "nicht zu erfahren, und auch Quantumscape äußerte sich" in text, text


@pytest.mark.parametrize("line", [
    "Veröffentlicht am 13. Mai 2026 um 15:44", "3 Minuten Lesezeit", "Übersetzung und Adaptierung: AFP Deutschland",
    "Published 18 November 2019", "Published on 3 March 2020 at 10:15", "5 min. de lecture",
])
def test_a_fact_list_of_stamps_reading_times_and_translation_credits_is_the_sites(line):
    """AFP Faktencheck lists under its story "Veröffentlicht am 13. Mai 2026 um 15:44", "3 Minuten
    Lesezeit" and "Übersetzung und Adaptierung: AFP Deutschland" (gathered18); Snopes opens with
    "Published 18 November 2019" (extraction benchmark): all were printed as a list."""
    assert is_chrome_line(line)
    assert not is_chrome_line("Veröffentlicht am Montag wurde der Bericht über die Lage im Land.")


def test_two_names_with_a_slash_set_as_a_heading_are_the_byline(tmp_path):
    """The Lesotho Times sets its byline as a heading over the story, "Mathatisi Sebusi/Mohalenyane
    Phakela": it was printed as the first section's heading and no author was found (gathered18).
    A heading of one name may be a subhead, and stays."""
    article = _read(tmp_path, "<title>Mining blasts shatter homes</title>",
                    "<article><h1>Mining blasts shatter homes</h1><h3>Mathatisi Sebusi/Mohalenyane Phakela</h3>"
                    + _STORY + "<h3>What Happened</h3>" + _STORY.replace("dritten", "vierten") + "</article>")
    assert [a.name for a in article.metadata.authors] == ["Mathatisi Sebusi", "Mohalenyane Phakela"]
    assert _headings(article) == ["What Happened"]


# From a review of 40 unseen gathered21 briefings: a pop-up's <h1>, a teaser card's byline, a
# reader's comment's time, a sister site's canonical link, a side column read for the story.

def test_a_headline_styled_with_a_section_class_still_beats_a_pop_ups_h1(tmp_path):
    """The Daily Record styles its headline <h1 class="section-theme-background-indicator">; the only
    other <h1> was its newsletter pop-up's "Thank you for subscribing!", which became the title."""
    article = _read(tmp_path, '<meta property="og:title" content="Dad of missing man given up all hope">',
                    '<h1 class="section-theme-background-indicator">Dad of missing man given up all hope</h1>'
                    + _STORY + '<div class="newsletter-popup"><h1>Thank you for subscribing!</h1></div>')
    assert article.metadata.title == "Dad of missing man given up all hope"


def test_a_teaser_cards_byline_under_the_story_is_not_its_author(tmp_path):
    """The Chicago Sun-Times credits its AP story "By Associated Press | Jun 24, 2020, 3:53pm CDT |
    Matthew Daly", and a teaser card under it "By Steve Greenberg": the card's writer was printed."""
    head = '<link rel="canonical" href="https://news.example.com/2020/6/24/senate-judges">'
    body = ('<article><h1>Senate approves the 200th judge</h1><div class="byline">By Associated Press | '
            'Jun 24, 2020, 3:53pm CDT | Matthew Daly</div>' + _STORY + '</article>'
            '<div class="river"><div class="card"><h2><a href="https://news.example.com/2020/6/24/cubs-july">'
            'Is it July yet for the Cubs and their fans?</a></h2><div class="byline">By Steve Greenberg</div>'
            '</div></div>')
    assert [a.name for a in _read(tmp_path, head, body).metadata.authors] == ["Matthew Daly"]


def test_a_readers_comment_neither_writes_nor_dates_the_story(tmp_path):
    """achgut.com's reader letters sit in "comment_entries"; resonator-podcast.de's only <time> was a
    comment's: the letter's writer became the author and the comment's day the story's."""
    body = ("<article><h1>Nach dem Asyl-Abend im Kanzleramt</h1><p>Veröffentlicht am 16.08.2019</p>" + _STORY
            + '</article><div class="comment_entries"><div class="leserbrief"><span class="author">'
            '<a href="/autor/juergen-fischer">Jürgen Fischer</a></span><time datetime="2019-08-24T10:00">'
            '24.08.2019</time><p>Ein Leserbrief, der hier nichts zur Sache tut und lang genug ist.</p></div></div>')
    meta = _read(tmp_path, "", body).metadata
    assert "Jürgen Fischer" not in [a.name for a in meta.authors]
    assert meta.date != "2019-08-24"


def test_a_canonical_link_to_a_sister_site_does_not_name_the_page(tmp_path):
    """sonline.hu runs a story whose canonical link is on duol.hu; its og:url and its own name
    ("SONLINE") are sonline.hu's: the source line printed duol.hu."""
    head = ('<link rel="canonical" href="https://www.duol.hu/orszag-vilag/sokan-visszaallitanak">'
            '<meta property="og:url" content="https://www.sonline.hu/orszag-vilag/sokan-visszaallitanak">'
            '<meta property="og:site_name" content="SONLINE">')
    assert "sonline.hu" in _read(tmp_path, head, "<h1>Sokan visszaállítanák</h1>" + _STORY).metadata.url


def test_the_pages_one_article_is_read_when_the_extractor_took_a_side_column(tmp_path):
    """sonline.hu's story (six paragraphs in its only <article>) was passed over for a side column
    of 21 death notices, longer than the story."""
    story = "".join(f"<p>Az olvasói szavazásunk {n}. kérdésére a legtöbben azt felelték, hogy a történelmi "
                    "Magyarország visszaállítása ma is fontos cél lenne.</p>" for n in range(6))
    notices = "".join(f"<p>Fájó szívvel tudatjuk mindazokkal, akik ismerték és szerették, hogy a {n}. elhunyt "
                      "kaposvári lakos életének 86. évében elhunyt. Temetése június 10-én lesz a kaposvári "
                      "Keleti temetőben, a Szent Anna kápolnában.</p>" for n in range(21))
    body = (f"<header><h1>Sokan visszaállítanák a történelmi Magyarországot</h1></header><article>{story}</article>"
            f'<aside><div class="carousel-gyasz">{notices}</div></aside>')
    texts = " ".join(b.text for s in _read(tmp_path, "", body).sections for b in s.blocks)
    assert "szavazásunk 5. kérdésére" in texts and "Fájó szívvel" not in texts


def test_a_posts_written_by_on_line_gives_writer_and_day_and_is_no_text(tmp_path):
    """A fan club's news post opened "Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)",
    printed as text and as a timeline entry."""
    article = _read(tmp_path, "", "<h1>Eintracht stellt Weichen</h1><p>Geschrieben von Cooper am 25.08.2015 "
                                  "22:30 (1599 x gelesen)</p>" + _STORY)
    assert article.metadata.date == "2015-08-25"
    assert [a.name for a in article.metadata.authors] == ["Cooper"]
    assert not any("gelesen" in b.text for s in article.sections for b in s.blocks)


# A second round of unseen pages (R4/R5): a name given in a <meta> of the byline, a "related" box
# named with a prefix, a breadcrumb's <h1>, a "date > writer" line, a language alternate's address.

def test_a_byline_whose_name_is_a_meta_content_names_the_writer_not_a_teasers(tmp_path):
    """mk.ru marks its writer <div itemprop="author"><meta itemprop="name" content="..."></div>: the
    byline read as empty, and a teaser's writer in the side column was printed."""
    body = ('<article><h1>Лукашенко вступил в должность</h1><div itemprop="author" itemscope>'
            '<meta itemprop="name" content="Дмитрий Попов"><span>Авторы: Дмитрий Попов</span></div>' + _STORY
            + '</article><aside><div class="article-preview"><a href="/other"><h3>Гости инаугурации раскрыли '
            'закулисье</h3></a><span class="article-preview__author">Павел Быстров</span></div></aside>')
    assert [a.name for a in _read(tmp_path, "", body).metadata.authors] == ["Дмитрий Попов"]


def test_a_related_box_named_with_a_prefix_is_another_storys(tmp_path):
    """houzz.de's related stories are "hz-editorial-gallery-related-combined__item": their writer was
    printed, over the page's own byline."""
    body = ('<h1>Best of Houzz 2022</h1><div class="byline">Von Houzz Deutschland</div>' + _STORY
            + '<div class="hz-editorial-gallery-related-combined__item"><a href="/ideabooks/1"><h3>Zehn Ideen '
            'für kleine Bäder</h3></a><div class="byline"><a rel="author" href="/user/th">Thomas Helbing</a></div>'
            '</div>')
    assert "Thomas Helbing" not in [a.name for a in _read(tmp_path, "", body).metadata.authors]


def test_a_stamp_line_with_its_writer_after_an_arrow_is_no_text(tmp_path):
    """A blog opens its post with "Donnerstag, 15.2.2018, 19:51 > da]v[ax"."""
    article = _read(tmp_path, "", "<h1>Emulatoren</h1><p>Donnerstag, 15.2.2018, 19:51 &gt; da]v[ax</p>" + _STORY)
    assert article.metadata.date == "2018-02-15"
    assert not any("19:51" in b.text for s in article.sections for b in s.blocks)
    # review 60: the writer after a dash (it-for-kids.org), a category after a bar (ditb.de, dated by a sidebar's day)
    article = _read(tmp_path, "", "<h1>Variablen</h1><p class='text-muted'>11.12.2019 - Amelie Loevenich</p>" + _STORY)
    assert ([a.name for a in article.metadata.authors], article.metadata.date) == (["Amelie Loevenich"], "2019-12-11")
    assert not any("Loevenich" in b.text for s in article.sections for b in s.blocks)
    article = _read(tmp_path, "", "<h1>Die Nacht</h1><p>2021-10-16 | Botschaft</p>" + _STORY
                    + "<ul class='side'><li>16.06.2016<br><a href='/pm/22'>PM: Richtigstellung</a></li></ul>")
    assert article.metadata.date == "2021-10-16"
    assert not any("Botschaft" in b.text for s in article.sections for b in s.blocks)


def test_a_byline_heading_that_names_an_account_is_no_section(tmp_path):
    """zahlenzauberin.wordpress.com: '<h4 class="vcard author">von <span class="fn">zahlenzauberin</span></h4>'
    headed the whole post as a section "von zahlenzauberin". An account is no name to credit; the line goes."""
    article = _read(tmp_path, "", "<h1>Ferien</h1><h4 class='vcard author'>von <span class='fn'>zahlenzauberin</span>"
                    "</h4>" + _STORY)
    assert [s.heading for s in article.sections] == [None]
    assert not any("zahlenzauberin" in b.text for s in article.sections for b in s.blocks)


def test_the_pages_own_language_alternate_gives_its_address(tmp_path):
    """eXXpress gives no canonical link nor og:url, only hreflang alternates: no source line was printed."""
    head = ('<link rel="alternate" hreflang="de" href="https://exxpress.at/reisen-des-praesidenten/">'
            '<link rel="alternate" hreflang="en" href="https://exxpress.at/en/presidents-travels/">')
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="de"><head>{head}</head><body><h1>Reisen des Präsidenten</h1>{_STORY}</body></html>',
                    encoding="utf-8")
    meta = read(page).metadata
    assert meta.url == "https://exxpress.at/reisen-des-praesidenten/" and "exxpress" in (meta.domain or "")


def test_a_headline_held_whole_in_a_second_h1_beats_a_breadcrumbs_h1(tmp_path):
    """Divya Bhaskar's first <h1> is the breadcrumb's last crumb, in English; the second prints the
    og:title after a kicker. The English crumb was the title of a Gujarati story."""
    head = '<meta property="og:title" content="કોરોનાના ડરથી લોકો હાથ-પગમાં કોરોના દેખાય છે એવું કહે છે">'
    body = ('<ul class="crumbs"><li><h1>People who are scared of Corona call and say so</h1></li></ul>'
            '<h1><span>મનોચિકિત્સકની વાત / </span>કોરોનાના ડરથી લોકો હાથ-પગમાં કોરોના દેખાય છે એવું કહે છે</h1>'
            + _STORY)
    assert _read(tmp_path, head, body).metadata.title == "કોરોનાના ડરથી લોકો હાથ-પગમાં કોરોના દેખાય છે એવું કહે છે"


def test_a_stamp_and_reads_line_atop_the_story_is_no_text():
    """MK.ru's regional site opens the story with "сегодня в 05:46, просмотров: 237" (today at 05:46,
    views: 237), printed as the first paragraph."""
    from briefing.model import Block, Section
    from briefing.readers.byline import credit_and_stamp_lines

    story = ("В Оренбургской области чиновники живут припеваючи: вот и теперь им купят еще пять новых "
             "автомобилей за счет областного бюджета.")
    sections = [Section(heading=None, blocks=(Block(kind="paragraph", text="сегодня в 05:46, просмотров: 237"),
                                              Block(kind="paragraph", text=story)))]
    kept, _, _ = credit_and_stamp_lines(sections, "Чиновникам купят еще пять автомобилей")
    assert [b.text for s in kept for b in s.blocks] == [story]


def test_a_kicker_set_small_in_the_headline(tmp_path):
    """SWIM.DE's "<h1><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</h1>" gave the title "Einheit der
    Woche | Lagen-Pyramide mit GA2"."""
    head = '<meta property="og:title" content="{}">'
    body = "<h1><small>{}</small><br>{}</h1>" + _STORY
    short = _read(tmp_path, head.format("Einheit der Woche | Lagen-Pyramide mit GA2"),
                  body.format("Einheit der Woche", "Lagen-Pyramide mit GA2"))
    assert short.metadata.title == "Einheit der Woche: Lagen-Pyramide mit GA2"
    whole = _read(tmp_path, head.format("Einheit der Woche | Lagen-Pyramide mit GA2 für Fortgeschrittene"),
                  body.format("Einheit der Woche", "Lagen-Pyramide mit GA2 für Fortgeschrittene"))
    assert whole.metadata.title == "Lagen-Pyramide mit GA2 für Fortgeschrittene"


def test_a_marked_standfirst_in_a_box_with_its_byline_or_as_short_as_the_description(tmp_path):
    """Aerobuzz sets its dek as '<div class="chapo"><div><p>...</p></div><div class="metas">date, byline</div>',
    read as a header of parts; goodnight.at's '<div class="abstract">Gruseln auf letzten Drücker</div>' is four
    words, the page's description: both standfirsts were lost (review R8)."""
    dek = ("Die Lufthansa Aviation Training hat über Jahrzehnte in Bremen Piloten der Luftwaffe ausgebildet. "
           "Damit ist jetzt Schluss.")
    boxed = _read(tmp_path, "", f"<article><div class='intro'><h1>CAE bildet künftig Luftwaffen-Piloten in Bremen "
                  f"aus</h1><div class='chapo'><div><p>{dek}</p></div><div class='metas'><span class='date'>4.02.2022"
                  "</span> par <span>Bob Fischer</span></div></div></div><div class='entry-content'>" + _STORY * 3
                  + "</div></article>")
    assert boxed.metadata.subtitle == dek
    short = _read(tmp_path, '<meta name="description" content="Gruseln auf letzten Drücker">',
                  "<article><div class='intro'><h1>Last-Minute-Halloween-Kostüme</h1><div class='abstract'>Gruseln auf "
                  "letzten Drücker</div></div><div class='entry-content'>" + _STORY * 3 + "</div></article>")
    assert short.metadata.subtitle == "Gruseln auf letzten Drücker"


def test_a_page_that_names_no_site_takes_its_publication_from_the_title_as_the_domain_spells_it(tmp_path):
    """Hildesheimer Presse, ZimEye, Women Can Talk Sports and CBS News were printed as their domains ("Quelle:
    hildesheimer-presse.de") though the <title> spells the name (review R8)."""
    def source(title: str, url: str) -> str | None:
        return _read(tmp_path, f"<title>{title}</title><link rel='canonical' href='{url}'>",
                     "<article><h1>Hund vertreibt Einbrecher</h1>" + _STORY + "</article>").metadata.source

    assert source("Hund vertreibt Einbrecher - Hildesheimer Presse",
                  "https://hildesheimer-presse.de/2023/11/01/hund/") == "Hildesheimer Presse"
    assert source("Hund vertreibt Einbrecher | CBS News", "https://www.cbsnews.com/news/hund/") == "CBS News"
    assert source("Hund vertreibt Einbrecher - Polizei meldet", "https://hildesheimer-presse.de/x/") == (
        "hildesheimer-presse.de")  # no part of the title spells it: the domain
    assert source("KfW-Förderungsstopp | ZDH", "https://www.zdh.de/presse/kfw/") == "ZDH"  # an acronym (R12)


def test_a_site_named_by_its_address_or_with_a_tagline_takes_the_name_a_reader_knows(tmp_path):
    """R12 and R11: La Stampa's og:site_name is "lastampa.it" (its <title> ends "- La Stampa"); My Daily
    Magazine's is "My Daily Magazine - Art, Design, DIY, Fashion and Beauty !", BUND's "BUND - BUND für
    Naturschutz und Umwelt in Deutschland": the source line printed the address or the slogan."""
    def source(site: str, title: str, url: str) -> str | None:
        head = (f"<title>{title}</title><meta property='og:site_name' content='{site}'>"
                f"<link rel='canonical' href='{url}'>")
        story = "<article><h1>Hund vertreibt Einbrecher</h1>" + _STORY + "</article>"
        return _read(tmp_path, head, story).metadata.source

    assert source("lastampa.it", "Hund vertreibt Einbrecher - La Stampa", "https://www.lastampa.it/x/") == "La Stampa"
    assert source("My Daily Magazine - Art, Design, DIY, Fashion and Beauty !", "Hund vertreibt Einbrecher",
                  "https://mydailymagazine.com/x/") == "My Daily Magazine"
    assert source("domradio.de", "Hund | DOMRADIO.DE - Katholische Nachrichten", "https://www.domradio.de/x/") == (
        "domradio.de")  # the title spells it no better
    assert source("Boston News, Weather, Sports | WHDH 7News", "Hund", "https://whdh.com/x/") == "WHDH 7News"  # R13
    assert source(".:: NMB-MEDIA ::. eBay-Templates", "Hund", "https://www.nmb-media.de/x/") == "NMB-MEDIA"
    assert source("Journalistenwatch e.V. - Aktuelle Geschehnisse", "Hund", "https://www.journalistenwatch.com/x/") == (
        "Journalistenwatch e.V.")
    assert source("The Guardian", "Hund vertreibt Einbrecher | The Guardian", "https://www.theguardian.com/x/") == (
        "The Guardian")


def test_an_author_boxs_heading_about_its_person_names_the_person_without_its_label(tmp_path):
    """R13: a WordPress theme's author box "Über Creeny" (its <h2>) gave the author "Über Creeny"."""
    box = ('<div id="author-info"><div id="author-description"><h2 id="author-info-title">Über Creeny</h2>'
           "Was ich liebe: den Meister, der den alltäglichen Wahnsinn mit mir teilt, das heimatliche Frankenland und "
           "die See.</div></div>")
    article = _read(tmp_path, "<title>Freitagsfüller</title>",
                    "<article><h1>Freitagsfüller</h1>" + _STORY + box + "</article>")
    assert [a.name for a in article.metadata.authors] == ["Creeny"]
    assert "Über" not in (article.metadata.authors[0].bio or "")


def test_a_chinese_bylines_reporter_label_is_no_part_of_the_name():
    """R13: a Xinhua provincial page's author was printed "记者王敬照" ("reporter Wang Jingzhao")."""
    from briefing.readers.htmlmeta import clean_name

    assert clean_name("记者王敬照") == ["王敬照"]
    assert clean_name("本报记者 张三") == ["张三"]
    assert clean_name("记者：李明") == ["李明"]


def test_a_place_between_two_writers_names_is_not_a_third_name(tmp_path):
    """R14: NZZ's author "Markus M. Haefliger, London, Beat Bumbacher" (each writer's place after
    the name) gave no one from that line; the masthead named only the first writer."""
    article = _read(tmp_path, '<title>Brexit</title><meta name="author" content="Markus M. Haefliger, London, '
                    'Beat Bumbacher">', "<article><h1>Brexit</h1>" + _STORY + "</article>")
    assert [a.name for a in article.metadata.authors] == ["Markus M. Haefliger", "Beat Bumbacher"]
    from briefing.readers.byline import credited_names

    assert credited_names("Lee, Ann") is None and credited_names("Jane Doe, Reuters") == ["Jane Doe"]


def test_an_article_description_above_the_story_is_its_standfirst(tmp_path):
    """R15: the Wikimedia blog sets its dek in <div class="article-description"> between the byline
    and the story; the extractor left it out and the briefing lost it."""
    dek = "Newly available on all Wikimedia wikis: embeddable maps that make the world a little easier to understand."
    article = _read(tmp_path, "<title>Interactive maps</title>",
                    '<h2 class="article-title">Interactive maps, now in your language</h2>'
                    f'<div class="article-description"><p>{dek}</p></div><article>' + _STORY + "</article>")
    assert article.metadata.subtitle == dek


def test_a_login_handle_of_two_names_joined_by_a_dot_is_printed_as_a_name():
    """R15: the byline "Isabella.DiBiase" (a site's login handle) was printed as it is."""
    assert clean_name("Isabella.DiBiase") == ["Isabella DiBiase"]
    assert clean_name("J.R. Smith") == ["J.R. Smith"] and clean_name("Dr.Who") == ["Dr.Who"]


def test_a_lead_set_as_a_heading_over_another_heading_is_kept(tmp_path):
    """R15: wildundhund.de sets its lead as an <h2> of two sentences, right over the story's first
    subheading; holding most of the headline's words, it was dropped as the headline reworded."""
    lead = ("Die in Bonn angesiedelte UN-Konvention über wandernde Tierarten hat zusammen mit der FAO eine "
            "Arbeitsgruppe zur Vogelgrippe und zu Wildvögeln eingerichtet. Diese hat am 25. Januar Empfehlungen "
            "zum Umgang mit Wildvögeln veröffentlicht.")
    article = _read(tmp_path, "<title>Bonn: UN-Konvention veröffentlicht Empfehlungen zur Vogelgrippe</title>",
                    "<article><h1>Bonn: UN-Konvention veröffentlicht Empfehlungen zur Vogelgrippe</h1>"
                    f"<h2>{lead}</h2><h2>Hohe Sterblichkeit</h2>" + _STORY + "</article>")
    texts = [b.text for s in article.sections for b in s.blocks]
    assert texts[0] == lead and article.sections[1].heading == "Hohe Sterblichkeit"


def test_the_twitter_cards_creator_is_the_author_when_it_is_a_name_and_nothing_else_names_one(tmp_path):
    """Gizmodo (goose3's gizmodo1-3) credits Andrew Tarantola only in a byline box of links and
    in <meta name="twitter:creator" content="Andrew Tarantola">; a handle ("@gizmodo") or the
    outlet's own name there ("Diario Oficial El Peruano" on elperuano.pe) is no author."""
    story = "".join(f"<p>Back to school means new gear, and these tools will make the next few months infinitely "
                    f"more bearable for any student, part {n}.</p>" for n in range(5))

    def page(creator: str, url: str) -> Path:
        path = tmp_path / f"{abs(hash(creator))}.html"
        path.write_text(f"<html><head><title>The Gear and Apps You Need</title><meta name='twitter:creator' "
                        f"content='{creator}'><meta property='og:url' content='{url}'></head><body><article>"
                        f"<h1>The Gear and Apps You Need</h1>{story}</article></body></html>", encoding="utf-8")
        return path

    def names(path: Path) -> list[str]:
        return [a.name for a in read(path).metadata.authors]

    assert names(page("Andrew Tarantola", "http://gizmodo.com/the-gear-1141460933")) == ["Andrew Tarantola"]
    assert names(page("@gizmodo", "http://gizmodo.com/the-gear-1141460933")) == []
    assert names(page("Diario Oficial El Peruano", "https://elperuano.pe/noticia/1")) == []


def test_a_korean_reporters_signature_closing_the_story_names_the_author(tmp_path):
    """Donga (goose3's donga_korean) signs its stories at the end, "최윤호 기자 uknow@donga.com"
    (reporter Choi Yun-ho), in text set between <br>s; the briefing had no author."""
    story = "<br><br>".join(f"경기도 용인의 시험인증 전문기업이 세계 각국의 규격 시험과 "
                            f"인증 한 우물만 파고 있다. 이 회사는 사내 교육에 많은 "
                            f"시간과 비용을 투자하고 있다 {n}." for n in range(6))
    page = tmp_path / "donga.html"
    title = "시험인증 100년 기업 꿈꾼다"
    page.write_text(f"<html lang='ko'><head><title>{title}</title></head><body><div class='article_txt'>"
                    f"<h1>{title}</h1>{story}<br><br>최윤호 기자 uknow@donga.com<br><br></div>"
                    "</body></html>", encoding="utf-8")
    assert [a.name for a in read(page).metadata.authors] == ["최윤호"]


def test_a_byline_of_names_each_in_bold_after_its_word_gives_every_name(tmp_path):
    """Libération (goose3's liberation): <div class="author">Par <strong>LILIAN ALEMAGNA</strong>,
    <strong>LAURE BRETTON</strong> Envoyés spéciaux à Toulouse</div>; the briefing had no author."""
    story = "".join(f"<p>A Toulouse, Jean-Marc Ayrault aura fait deux rappels sur scène après son discours sur le "
                    f"nouveau modèle français, moment {n} du congrès.</p>" for n in range(5))
    page = tmp_path / "liberation.html"
    page.write_text("<html lang='fr'><head><title>Ayrault assume sa méthode</title></head><body><div class='text'>"
                    "<h1>Ayrault assume sa méthode</h1><div class='author'>Par <strong>LILIAN ALEMAGNA</strong>, "
                    f"<strong>LAURE BRETTON</strong> Envoyés spéciaux à Toulouse</div>{story}</div></body></html>",
                    encoding="utf-8")
    assert [a.name for a in read(page).metadata.authors] == ["Lilian Alemagna", "Laure Bretton"]


_JA_STORY = "".join(f"<p>米インテルは4月2日、イベントを開催し、データセンター向けの新しいSSDの発売を発表しました。"
                    f"この製品はラックあたりの容量を大きく増やすものです（その{n}）。</p>" for n in range(5))


@pytest.mark.parametrize(("head", "body", "title"), [
    # phpspot.org: the site's name glued on by a colon, no space ("…「Treeviz」:phpspot開発日誌")
    ("<meta property='og:title' content='マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌'>"
     "<meta property='og:site_name' content='phpspot開発日誌'>", _JA_STORY,
     "マインドマップ風のツリーを描画できる「Treeviz」"),
    # qdaily.com: a Chinese title's parts joined by bare underscores, the headline printed as an <h2>
    ("<title>这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报</title>",
     "<h2>这个约会软件，想用你和对方的相似好恶来帮你找对象</h2>" + _JA_STORY,
     "这个约会软件，想用你和对方的相似好恶来帮你找对象"),
    # the New York Times's og:title on an archived story
    ("<meta property='og:title' content='Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings "
     "(Published 2016)'>", "<h1>Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings</h1>" + _STORY,
     "Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings"),
    # takagi-hiromitsu.jp: a diary's name as its <h1>, the entry's title in an <h3> and after the name
    ("<title>高木浩光＠自宅の日記 - 改正NICT法がプチ炎上、工場出荷時共通初期パスワードが識別符号に当たらない</title>",
     "<h1>高木浩光＠自宅の日記</h1><h2>2019年02月11日</h2><h3><a name='p01' href='#p01'>■</a> 改正NICT法がプチ炎上、"
     "工場出荷時共通初期パスワードが識別符号に当たらない</h3>" + _JA_STORY,
     "改正NICT法がプチ炎上、工場出荷時共通初期パスワードが識別符号に当たらない"),
    # ... but an <h1> headline before the site's name, which the page also prints as a heading, stays
    ("<title>Masscan と ZMap によるスキャンの違い – IIJ Security Diary</title>",
     "<h1>Masscan と ZMap によるスキャンの違い</h1><h2>IIJ Security Diary</h2>" + _JA_STORY,
     "Masscan と ZMap によるスキャンの違い"),
    # leukefeld-handball.de: the site's name after a star (review59)
    ("<meta property='og:title' content='Dago Leukefeld wird Botschafter des Sports ⋆ Leukefeld Handball'>"
     "<meta property='og:site_name' content='Leukefeld Handball'>", _STORY,
     "Dago Leukefeld wird Botschafter des Sports"),
    # gruene.de: a topic's name as the meta title over the page's headline
    ("<meta property='og:title' content='Arbeit'>", "<h1>Wir kämpfen für gute Arbeit</h1>" + _STORY,
     "Wir kämpfen für gute Arbeit"),
    # the Times of India: a section its page links to, after a bar
    ("<meta property='og:title' content='China snubs Imran Khan, says resolve bilaterally | India News'>",
     "<nav><a href='/india'>India News</a></nav>" + _STORY, "China snubs Imran Khan, says resolve bilaterally"),
], ids=["colon-glued-site", "underscored-parts", "archive-year", "diary-entry", "headline-then-site", "star-site",
        "topic-name", "linked-section"])
def test_a_title_loses_the_site_name_and_archive_year_around_its_headline(tmp_path, head, body, title):
    """Pages of postlight/parser's test set whose briefing printed the site's name or the
    archive's year in the title, or the diary's name for the entry's title."""
    assert _read(tmp_path, head, f"<article>{body}</article>").metadata.title == title


def test_a_papers_citation_authors_are_its_authors(tmp_path):
    """bioRxiv names a preprint's 18 authors only in Highwire's <meta name="citation_author">, one
    tag each (postlight/parser's biorxiv.org); the briefing had no author."""
    names = ["Havell Markus", "Jun Zhao", "Tania Contente-Cuomo", "Elizabeth Raupach", "Ahuva Odenheimer-Bergman",
             "Sydney Connor", "Bradon R. McDonald", "Muhammed Murtaza"]
    head = "<title>Sub-nucleosomal organization in urine cell-free DNA</title>" + "".join(
        f"<meta name='citation_author' content='{name}'><meta name='citation_author_institution' "
        f"content='Translational Genomics Research Institute'>" for name in names)
    article = _read(tmp_path, head, f"<article><h1>Sub-nucleosomal organization in urine cell-free DNA</h1>{_STORY}"
                                    "</article>")
    assert [a.name for a in article.metadata.authors] == names


def test_a_byline_in_a_card_of_another_story_under_an_h1_is_not_the_authors(tmp_path):
    """D Magazine sets each card of more stories as an <article> with its headline in an <h1>
    link and its writer's <a class="byline">: "Michael J. Mooney" of "Tony Dorsett Is Suing the
    Cowboys" was given as the author of Kathy Wise's story."""
    cards = "".join(f"<article class='w-stories__item'><div><h1 class='block__title'><a href='https://www.dmagazine.com/"
                    f"frontburner/2012/02/story-{n}/'>Tony Dorsett Is Suing the Cowboys, part {n}</a></h1>"
                    f"<a class='byline' href='/author/mikemooney'>Michael J. Mooney</a></div></article>"
                    for n in range(3))
    body = ("<main><article class='story'><h1 class='story__title'>NFL Concussion Settlement Payments Can Begin</h1>"
            f"<div class='story__body'>{_STORY}</div></article><section class='w-stories'>{cards}</section></main>")
    article = _read(tmp_path, "<title>NFL Concussion Settlement Payments Can Begin</title>", body)
    assert [a.name for a in article.metadata.authors] == []


def test_a_date_stamp_followed_by_a_reading_time_gives_the_day(tmp_path):
    """InfoQ Japan's translation prints "2019年2月27日 読了時間 3 分" in its stamp and opens with a
    link to the original, "原文(投稿日：2019/02/16)へのリンク": the briefing was dated the
    original's day."""
    body = ("<article><h1>GoogleがNever-Slow Modeを開発中</h1><p class='article__readTime date'>2019年2月27日"
            "<span class='dot'></span> 読了時間 3 分</p><div class='article__data'><p><a href='https://www.infoq.com/"
            "news/2019/02/chrome-never-slow-mode'><em>原文(投稿日：2019/02/16)へのリンク</em></a></p>"
            f"{_JA_STORY}</div></article>")
    assert _read(tmp_path, "<title>GoogleがNever-Slow Modeを開発中</title>", body).metadata.date == "2019-02-27"


def test_a_twitter_cards_written_by_is_the_author_when_no_byline_names_one(tmp_path):
    """LinkedIn (postlight's fixture) names Ellyn Shook for machines only in Yoast's card pair
    <meta name="twitter:label1" content="Written by"> / <meta name="twitter:data1" ...>; Prospect
    gives there the WordPress user who posted the piece (Sameer Rahim) while its byline names
    the writer (Duncan Bell): the byline wins."""
    story = "".join(f"<p>What will set your soul on fire this year is a question worth asking at the start of "
                    f"every year, and here is how to answer it, part {n}.</p>" for n in range(5))

    def page(byline: str) -> Path:
        path = tmp_path / f"{abs(hash(byline))}.html"
        path.write_text("<html><head><title>What will set your soul on fire</title>"
                        "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' "
                        "content='Ellyn Shook'><meta name='twitter:label2' content='Est. reading time'>"
                        "<meta name='twitter:data2' content='2 minutes'></head><body><article>"
                        f"<h1>What will set your soul on fire</h1>{byline}{story}</article></body></html>",
                        encoding="utf-8")
        return path

    assert read(page("")).metadata.author_names == "Ellyn Shook"
    assert read(page('<div class="byline">By Duncan Bell</div>')).metadata.author_names == "Duncan Bell"
