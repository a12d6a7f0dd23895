"""Timeline entries as issue 15 wants them, on synthetic text in English, German, French,
Portuguese and Chinese: relative dates resolved against the article's date or a year its
text gives, schedules read item by item, and entries that are whole statements (no piece of
a sentence, nothing cut off with "…")."""

from __future__ import annotations

import pytest

from briefing.analysis.relative import find_relative_dates
from briefing.analysis.sentences import split_sentences
from briefing.analysis.timeline import build_timeline
from briefing.model import Article, Block, Metadata, Section


def article(*paragraphs: str, date: str | None = "2019-11-19", heading: str | None = None,
            lang: str = "en") -> Article:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Article(Metadata(title="Report", date=date, language=lang), (Section(heading, blocks),))


def resolved(sentence: str, base: str | None = "2019-11-19", year: int | None = None) -> list[str]:
    return [d for _, d, _ in find_relative_dates(sentence, base, year)]


# 2019-11-19 is a Tuesday.
@pytest.mark.parametrize("sentence, date", [
    ("Two hostages were released Tuesday in a prisoner swap.", "2019-11-19"),
    ("The administration will lift the sanctions, officials said late Thursday.", "2019-11-14"),
    # The reported clause speaks of the future; the clause that holds the day reports it.
    ("The house will become a police station, the minister said on Tuesday.", "2019-11-19"),
    ("The court will rule on Friday.", "2019-11-22"),
    ("Bezos announced the lander earlier this year.", "2019"),
    ("The president first announced the exchange last week.", "2019-11"),
    ("This past May, the agency selected 11 companies.", "2019-05"),
    ("Die Krankenkasse stellte Ende April ihre Akte vor.", "2019-04"),
    ("Les inscriptions ont ouvert en avril.", "2019-04"),
    # "today", "yesterday", "last year" in German, French and Spanish
    ("Der Berliner Senat hat heute beschlossen, dass der Entwurf zulässig ist.", "2019-11-19"),
    ("El gobierno aprobó ayer la ley de transparencia.", "2019-11-18"),
    ("Die Innenverwaltung entwarf im vergangenen Jahr ein eigenes Gesetz.", "2018"),
    ("Le texte sera voté l'année prochaine par le Parlement.", "2020"),
    # A present tense that schedules speaks of the coming day; "last" with the report's month is a year ago.
    ("The tournament, which begins Thursday in Madrid, has reportedly cost $11 billion.", "2019-11-21"),
    ("The talks resume on Monday, the envoy said.", "2019-11-25"),
    ("Widespread protests began in the country last November after a fare rise.", "2018-11"),
    # A weekday with "a" before a noun of the week's news is this week's; French modals look ahead.
    ("Prices will fall, the analyst wrote in a Tuesday research report.", "2019-11-19"),
    ("Le Conseil européen de fin juin pourrait constituer un rendez-vous important.", "2020-06"),
    ("Die Minister sollen im Oktober entscheiden.", "2020-10"),
    # a coming month is not in a past year the sentence named before it (lemonde.fr, gathered10)
    ("Bruxelles avait calmé le jeu à l’automne 2018, mais les tensions pourraient reprendre début juin.", "2020-06"),
    # a span of months starts with its first (Equifax's "exposed between May and July"; The Sun, 2017)
    ("The data of 143 million customers was exposed between May and July.", "2019-05"),
])
def test_news_days_weeks_and_months_resolve_against_the_article_date(sentence, date):
    assert resolved(sentence) == [date]


@pytest.mark.parametrize("sentence", [
    "My mother, in addition to her weekday teaching, took on a Saturday job at a bookshop.",
    "What he could do as an infant, I too can do on a Saturday afternoon in my prime.",
    "The following Monday evening, he retweeted one of the posts.",
    "That Sunday we walked home along the river.",
])
def test_a_weekday_of_the_narrative_or_of_a_habit_is_no_date(sentence):
    assert resolved(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Turnout on Super Tuesday was the highest in years.",
    "Il black Friday incombe su di noi.",
    # A weekday that names an event already told is a reference, not the clause's date.
    "The official death toll from Tuesday's quake stood at 75.",
    "The first aid convoy since Monday crossed the border.",
    "“What a shame that it takes today to get what our kids deserve,” she said.",
    # "last year" beside "this year" is a comparison, not an event.
    "Sales fell 5 percent this year from the same period last year.",
    # A state that holds today is no event of the day.
    "Yes, Python is still healthy today.",
    "The plugin infrastructure predates 1.0 and is not usable on stable or nightly Rust today.",
    "The core fundamentals of programming today are almost exactly what they were.",
    "Die Digitalisierung zieht sich bereits heute durch alle Bereiche der Verwaltung.",
    # a name that is a month's: "between May" is a span only when another month follows
    "Talks between May and Corbyn broke down.",
])
def test_names_quotes_and_comparisons_are_no_dates(sentence):
    assert resolved(sentence) == []


def test_a_month_takes_the_year_its_sentence_names_before_it_but_not_a_deadline():
    assert resolved("Legislators meet ahead of their 2020 session that starts in early January.") == ["2020-01"]
    assert "2019-02" in resolved("He appointed a commission in February to report by the end of 2020.")


def test_a_heading_or_the_narrative_gives_the_year_of_a_date_without_one():
    # A heading that names one year dates what is under it ("Calendar 2018"), in Portuguese here.
    events = build_timeline(article(
        "1a etapa: 10 de março – Interlagos 2a etapa: 8 de abril – Curitiba 3a etapa: 22 de abril – Velopark",
        date="2017-12-01", heading="Calendário da Stock Car 2018", lang="pt"))
    assert [(e.date, e.text) for e in events if e.date > "2018-02"] == [
        ("2018-03-10", "Interlagos (1a etapa)."), ("2018-04-08", "Curitiba (2a etapa)."),
        ("2018-04-22", "Velopark (3a etapa).")]
    # An undated article: "On December 17th" follows the year the story last named.
    events = build_timeline(article(
        "In October of 2013, a certain government website failed.",
        "On December 17th eight of us came to work as fellows.",
        "In March 2014, the team launched its first product.", date=None))
    assert "2013-12-17" in {e.date for e in events}
    assert resolved("On December 17th eight of us came to work.", None) == []  # nothing to anchor it


def test_a_schedule_of_dates_and_dashes_is_read_item_by_item_in_the_year_its_lead_in_names():
    # A tour announced in November 2019 under a heading that names another year: the
    # paragraph's own lead-in ("Tour 2020 dates:") gives the items their year.
    events = build_timeline(article(
        "The band's 50th Anniversary Tour 2020 dates: June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL "
        "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL July 30 -- Ruoff Music Center, "
        "Noblesville, IN Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
        heading="2019 American Music Awards"), max_shown=10)
    assert [(e.date, e.text) for e in events if e.date != "2019"] == [  # "2019": the heading's own event
        ("2020-06-09", "Coral Sky Amphitheatre, West Palm Beach, FL."),
        ("2020-06-10", "MIDFLORIDA Credit Union Amphitheatre, Tampa, FL."),
        ("2020-07-30", "Ruoff Music Center, Noblesville, IN."),
        ("2020-08-02", "DTE Energy Music Theatre, Clarkston, MI.")]
    # Without a year anywhere, a schedule lists what is to come: next June, not last June.
    events = build_timeline(article(
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre June 10 – Tampa, FL @ MIDFLORIDA Amphitheatre "
        "Dec. 20 – Alpharetta, GA @ Ameris Bank Amphitheatre"), max_shown=10)
    assert [e.date for e in events] == ["2019-12-20", "2020-06-09", "2020-06-10"]
    # Without dashes a month and day with no preposition is not read: "June 9" may be a name.
    assert resolved("June 9 Coral Sky Amphitheatre, June 10 Tampa, July 30 Noblesville") == []


@pytest.mark.parametrize("text", [
    "1.5 millimeters on the 2012 through 2015 style.",  # a list's item that goes on from its label
    "Or whether a 15 percent tariff imposed on consumer goods in September 2019 would remain.",
    "\"the full incidence of the tariff falls on consumers by the end of 2018.\"",
    "2009’s Star Trek.",  # a work named by its year: no statement
])
def test_a_piece_of_a_sentence_is_no_entry(text):
    events = build_timeline(article(text, "The bridge opened in May 2016.", "It closed in June 2017.",
                                    "It reopened in July 2018."))
    assert len(events) == 3, [e.text for e in events]


def test_initials_do_not_end_a_sentence_and_a_list_of_titles_reaches_its_verb():
    assert split_sentences("Both films were directed by J.J. Abrams, who produced the third.") == [
        "Both films were directed by J.J. Abrams, who produced the third."]
    events = build_timeline(article(
        "Star Trek Beyond was directed by Justin Lin; 2009’s Star Trek and 2013’s Star Trek Into Darkness "
        "were directed by J.J. Abrams.", "The studio planned a sequel in 2016.", "Talks stalled in 2018."))
    texts = {e.date: e.text for e in events}
    assert "were directed by J.J. Abrams" in (texts.get("2009") or texts.get("2013") or "")


def test_no_entry_ends_mid_sentence():
    long_run = ("In 2012 a research group led by a colleague at a university in a large city found that the sugars "
                "coating a respiratory pathogen activated those receptors in the cells of mice and of people and of "
                "several other animals that the group had studied for many years in its laboratory")
    events = build_timeline(article(long_run, "The trial began in May 2016.", "It ended in June 2017.",
                                    "The paper came out in July 2018 and may receive further discipline...."))
    assert [e.date for e in events] == ["2016-05", "2017-06"]  # the trailing-off sentence gives none
    assert all(not e.text.rstrip("”’\"'").endswith(("…", "...")) for e in events)
    assert "2012" not in {e.date for e in events}  # 51 words and no boundary: no entry rather than a cut


def test_a_date_in_a_dashed_aside_dates_the_whole_sentence_not_the_part_before_the_aside_closes():
    events = build_timeline(article(
        "Residents first complained in 2014 about the dust from the quarry.",
        "Even more concerning, he said, is that the mining lease — which expired in August — was renewed "
        "without consultation.",
        "The council — which met in March — rejected the appeal.", date="2025-11-24"))
    texts = {e.date: e.text for e in events}
    assert texts["2025-08"] == ("Even more concerning, he said, is that the mining lease — which expired in August "
                                "— was renewed without consultation.")
    assert texts["2025-03"] == "The council — which met in March — rejected the appeal."


def test_chinese_entries_are_cut_at_a_comma_and_end_as_sentences():
    events = build_timeline(article(
        "1985年，美国联邦航空管理局开展了一项研究，以验证人在不同的海拔高度饮酒后的反应，研究持续了很多年并且涉及了许多志愿者和研究人员。",
        "2007年，美国宇航局成立了一个独立小组。", "2015年，三得利将威士忌运送到国际空间站。", lang="zh"))
    texts = {e.date: e.text for e in events}
    assert texts["1985"] == "1985年，美国联邦航空管理局开展了一项研究，以验证人在不同的海拔高度饮酒后的反应。"
    assert all(t.endswith("。") for t in texts.values())


def test_a_page_template_placeholder_date_is_no_date(tmp_path):
    from briefing.readers import read

    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>Teachers rally</title><meta property='article:published_time' content='0001-01-01'>"
        "<link rel='canonical' href='https://example.com/story/2019/11/19/teachers-rally/1/'></head>"
        "<body><article><h1>Teachers rally</h1><p>Thousands of teachers rallied at the Statehouse on Tuesday, "
        "closing half of the districts in the state.</p><p>The unions said more than 15,000 people "
        "registered for the rally.</p></article></body></html>")
    assert read(page).metadata.date != "0001-01-01"


def test_the_year_a_figure_is_compared_with_is_no_date():
    from briefing.analysis.timeline import find_dates

    assert find_dates("The country now burns half as much coal as it did in 2009.") == []
    assert find_dates("Sales were higher than they were in 2015, the firm said.") == []
    assert [d for _, d, _ in find_dates("The plant opened in 2009 after a long fight.")] == ["2009"]


def test_an_entry_that_ends_on_of_the_or_and_is_cut_off():
    from briefing.analysis.events import is_fragment

    assert is_fragment("It was written in response to the 2015 UNFCCC's “Paris Agreement” of.")
    assert not is_fragment("We were unaware of the tremendous volumes of data we were dealing with.")
    assert not is_fragment("Das Universitätsklinikum bietet bereits seit 2014 eine Patientenakte an.")


@pytest.mark.parametrize("text", [
    # gathered10: a list's lead-in, a source with the statement left out, a clause cut after its date,
    # a Japanese sentence cut at its topic particle
    "After January 20, 2017, President Obama will use the following accounts.",
    "You can follow Vice President Biden after January 20, 2017 at the following accounts.",
    "By 1963, as the New York Times explains.",
    "The feds did eventually consolidate control into a central agency, but by 1969.",
    "スイスのハース鋳造所が1957年に発売したHelveticaは。",
    "NICT サイバーセキュリティ研究所が2019年2月6日に公開した「NICTER観測レポート2018」では。",
    # a phrase without its clause, and a figure or date in brackets (lemonde.fr, prospectmagazine.co.uk)
    "Avec une croissance atone (+ 0,1 % en 2019).",
    "Presque quatre fois plus en octobre 2018 (1,8 %).",
    "Above all the 1940s (when the US and British Empire fought together).",
])
def test_a_lead_in_or_a_clause_cut_after_its_date_is_a_fragment(text):
    from briefing.analysis.events import is_fragment

    assert is_fragment(text)


@pytest.mark.parametrize("text", ["There was one office here in 1951, but since then nothing.",
                                  "In 1999 it rose, and in 2000 it fell.",
                                  "In 1975, the city sent workers into 13,000 shelters to take out the drugs.",
                                  "Helveticaは1957年にスイスで発売された。"])
def test_a_whole_statement_is_no_fragment(text):
    from briefing.analysis.events import is_fragment

    assert not is_fragment(text)


def test_a_noun_then_as_it_with_no_verb_of_its_own_is_a_fragment():
    from briefing.analysis.events import is_fragment

    # from "both had a fiery end, the Air France jet as it took off near Paris on Tuesday and ..."
    assert is_fragment("The Air France jet as it took off near Paris on Tuesday.")
    assert not is_fragment("The plane crashed as it took off near Paris on Tuesday.")
    assert not is_fragment("The council met as it does every year, on Monday.")
    assert not is_fragment("The Concorde crashes as it takes off.")


def test_a_list_cut_off_a_habit_and_a_sign_off_are_no_entries():
    from briefing.analysis.events import is_fragment, says_nothing
    from briefing.analysis.relative import find_relative_dates

    assert is_fragment("Since the repository's inception in April 2019, the community has grown, with.")
    assert not is_fragment("We were unaware of the tremendous volumes of data we were dealing with.")
    assert find_relative_dates("In Comms meetings, held every other Monday at 10 AM.", "2024-12-17") == []
    assert says_nothing("Together, we can make 2025 another amazing year for the website!")
    assert says_nothing("We look forward to continuing our collaboration in 2025.")
    assert not says_nothing("In December 2022, we started monthly releases of the website.")


def test_an_entry_that_only_says_what_day_it_is_says_nothing():
    from briefing.analysis.events import says_nothing

    assert says_nothing("Es ist der 13. November.")
    assert says_nothing("It was March 3, 2019.")
    assert not says_nothing("The vote is on March 3, 2019.")
    assert not says_nothing("Es regnete am 13. November.")


def test_a_reports_undated_lede_is_its_news_on_the_reports_day():
    """npr.org: "A jury in Charleston, S.C., has found Dylann Roof guilty ..." is the news the
    report is about, and the timeline listed every other date but that one (gathered10)."""
    from briefing.analysis.newsevent import news_event, with_news_event
    from briefing.analysis.timeline import build_timeline

    story = article(
        "A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts of federal hate crimes.",
        "Roof entered the church on the evening of June 17, 2015, and opened fire during a Bible study.",
        "The penalty phase of the trial is scheduled to begin Jan. 3, 2017, the judge said.",
        "A state trial on murder charges is scheduled to begin Jan. 17, 2017.",
        "In March 2016, prosecutors said they would seek the death penalty.", date="2016-12-15")
    event = news_event(story, "news")
    assert event is not None and event.date == "2016-12-15" and event.text.startswith("A jury in Charleston")
    timeline = with_news_event(build_timeline(story), event, 8)
    assert [e.date for e in timeline if e.shown][-3:] == ["2016-12-15", "2017-01-03", "2017-01-17"]
    assert news_event(story, "analysis") is None  # only a news report's lede is its news
    for lede in ("A jury found Dylann Roof guilty on Thursday of all 33 counts of federal hate crimes.",
                 "When the jurors filed back into the courtroom, the room fell silent for a long time.",
                 "Dylann Roof will be sentenced next month for the murder of nine churchgoers in Charleston.",
                 # a period long past and a trend are no news of the report's day (Slate, the Guardian)
                 "During the presidential campaign, Donald Trump issued regular promises to take care of voters.",
                 "Police violence against Standing Rock protesters in North Dakota has risen to extraordinary levels.",
                 # a lede that announces a list (heartlandnewsfeed.com, stop 61)
                 "The following are arrest and accident reports as recorded by the Taylorville Police Department.",
                 # a state since an event, Reuters' dateline trimmed (news-cluster corpus)
                 "ERIMO, Japan, Oct 19 - Ever since North Korea lobbed two missiles far above this fishing town, "
                 "seaweed farmer Mitsuyo Kawamura says she's been on edge."):
        assert news_event(article(lede, date="2016-12-15"), "news") is None


def test_a_day_named_as_what_a_clause_refers_to_dates_no_entry():
    """ "Tanzania has expelled 14 foreigners questioned in connection with the Aug. 7 bombing"
    dated the expulsion to the bombing's day; the bombing dates the clause only when it is
    the clause's own event (pack corpus, us-embassy-bombings-1998)."""
    referred = build_timeline(article(
        "Tanzania has expelled 14 foreigners questioned in connection with the Aug. 7 bombing of the U.S. Embassy.",
        "Washington invaded the country in the wake of the September 11, 2001 attacks.", date="1998-09-21"))
    assert not [e for e in referred if e.date in ("1998-08-07", "2001-09-11")]
    own = build_timeline(article("The Aug. 7 bombings killed 224 people in Nairobi and Dar es Salaam.",
                                 date="1998-09-21"))
    assert [e.date for e in own] == ["1998-08-07"]


@pytest.mark.parametrize("sentence, date, expected", [
    # the subject before a noun set off by commas
    ("British Airways, the only other Concorde operator, grounded its entire fleet of seven Concordes on Tuesday "
     "after learning that the airworthiness certificate would be revoked Wednesday.", "2000-08-16",
     "British Airways, the only other Concorde operator, grounded its entire fleet of seven Concordes on Tuesday"),
    # a participle's "how": the clause after it is the event; "his wife and | two children" is one object
    ("Barton left the note in the living room of his family's apartment, describing how he killed his wife and "
     "two children by hitting them in the head with a hammer Tuesday and Wednesday, said Jimmy Mercer, "
     "police chief in Henry County.", "1999-07-30",
     "He killed his wife and two children by hitting them in the head with a hammer Tuesday"),
])
def test_an_entry_starts_at_its_subject_past_an_aside_or_a_list(sentence, date, expected):
    texts = [e.text for e in build_timeline(article(sentence, date=date))]
    assert any(t.startswith(expected) for t in texts), texts


@pytest.mark.parametrize("sentence, date, expected", [
    # a noun late in the sentence with what was done to it, who did it, or a clause on it
    ("Anthony Cordesman, a defense analyst, cautioned against too much tinkering with an organization "
     "established by the Continental Congress in 1775.", "1775",
     "An organization was established by the Continental Congress in 1775."),
    ("Apple's chief operating officer, Tim Cook, was quickly named CEO of the company Jobs co-founded 35 years "
     "ago in his garage.", "1976", "Jobs co-founded the company 35 years ago in his garage."),
    ("The move appears to be the result of an unspecified medical condition for which Jobs took a leave from "
     "his post in January.", "2011-01", "Jobs took a leave from his post in January."),
    # a result clause tells the event; the sentence's own verb a state
    ("Beach landings have become so rare that the Marines made headlines in June when the Corps put on an "
     "amphibious training exercise.", "2011-06",
     "The Marines made headlines in June when the Corps put on an amphibious training exercise."),
    # the date the phrase goes on to name, or one a thing is due by, is not the phrase's event
    ("The governor said he was waiting for a teacher pay commission he appointed in February to make "
     "recommendations on increasing salaries by the end of 2012.", "2012", None),
])
def test_a_date_in_a_phrase_on_a_noun_dates_that_phrase_printed_as_a_sentence(sentence, date, expected):
    """aolNews, yahoo (gathered11): the date of "an organization established ... in 1775" was
    printed on Cordesman's caution; "the company Jobs co-founded 35 years ago" on Cook's naming."""
    entries = {e.date: e.text for e in build_timeline(article(sentence, date="2011-08-25"))}
    if expected is None:
        assert not any(text.startswith("A teacher pay commission") for text in entries.values()), entries
    else:
        assert entries.get(date) == expected, entries


def test_what_the_reader_is_asked_to_do_is_no_event():
    """A wire story's closing promo ("Catch up on the 2020 election campaign with AP experts on our
    weekly politics podcast") and a post's "Check out our picks for the best Black Friday 2019
    deals" were timeline entries (extraction benchmark)."""
    texts = [e.text for e in build_timeline(article(
        "The senator announced her campaign in Des Moines on Monday.",
        "Catch up on the 2020 election campaign with AP experts on our weekly politics podcast.",
        "Check out our picks for the 10 best early Black Friday 2019 deals on Apple products below."))]
    assert texts == ["The senator announced her campaign in Des Moines on Monday."]


def test_a_date_in_the_subject_of_a_verb_in_the_present_perfect_dates_no_entry():
    """ "The widow of a man murdered ... during his shooting spree last month ... has filed the first
    lawsuit" was dated to the month of the spree (pack corpus, atlanta-daytrader-shootings-1999):
    the present perfect tells what stands now, and the date is the phrase's. A date that opens the
    sentence, one after "since", or a perfect with a subject of its own keeps its entry."""
    dates = {e.date for e in build_timeline(article(
        "The widow of a man murdered by Mark O. Barton during his shooting spree last month at two day-trading "
        "firms has filed the first lawsuit stemming from the crimes.",
        "Now that he is out of the running, the last slim hope that Republicans might right the course of their "
        "party in 2024 has been extinguished.", date="1999-08-17"))}
    assert not dates & {"1999-07", "2024"}, dates
    kept = {e.date: e.text for e in build_timeline(article(
        "Prices of day-trading seats have risen since March 1999, the exchange said.",
        "The chief constable said the force is increasing its presence in the city centre on Monday due to "
        "information they have received.",
        "The company filed suit against the firm in October 1998 and has settled with its founder.",
        date="1999-08-17"))}
    assert {"1999-03", "1999-08-16", "1998-10"} <= set(kept), kept


def test_a_date_in_a_relative_clause_of_the_subject_dates_that_clause_or_no_entry():
    """ "A metal strip that investigators believe may have led to the fiery crash of an Air France
    Concorde last July apparently came from a Continental Airlines DC10" was an entry of July,
    and a pack printed it as a date the sources disagree on; "The EgyptAir flight that crashed on
    Oct. 31 went into an extreme dive" dated the dive (pack corpora). The sentence's own verb
    after the date ends the relative clause: it is printed as its own event, or, when it has a
    subject of its own, gives no entry. A comma after the date ends the clause as before."""
    entries = {e.date: e.text for e in build_timeline(article(
        "A metal strip that investigators believe may have led to the fiery crash of an Air France Concorde "
        "last July apparently came from a Continental Airlines DC10 that took off minutes before.",
        "The EgyptAir flight that crashed on Oct. 31 went into an extreme dive, the investigators said.",
        "Ferguson police officer Darren Wilson, who fatally shot Michael Brown in 2014, said the teenager looked "
        "like a demon.", date="2000-11-12"))}
    assert "2000-07" not in entries, entries
    assert entries.get("2000-10-31") == "The EgyptAir flight crashed on Oct. 31.", entries
    assert entries.get("2014", "").startswith("Ferguson police officer Darren Wilson"), entries


def test_last_month_after_the_noun_of_what_a_clause_refers_to_dates_no_entry():
    """ "Tanzania expelled five Iraqis ... questioned in connection of the bombing of two U.S.
    embassies in East Africa last month, a newspaper reported Friday" was an entry of August, the
    bombing's month, beside its own of the Friday (pack corpus, us-embassy-bombings-1998). A
    meeting "with the mayor last week" is the clause's own event and keeps its date."""
    entries = build_timeline(article(
        "Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI and police in connection "
        "of the bombing of two U.S. embassies in East Africa last month, a newspaper reported Friday.",
        "The council met with the mayor last week to discuss the budget for the harbour.",
        "Engineers closed the old bridge on Monday after finding cracks in two girders.", date="1998-09-12"))
    dates = sorted(e.date for e in entries)
    assert "1998-08" not in dates and "1998-09-11" in dates, dates
    assert any(e.text.startswith("The council met with the mayor last week") for e in entries), entries


def test_a_headlines_second_deck_is_no_news_event():
    """Lesotho Times sets its headline's second deck as the first paragraph ("…as Bela Bela
    communities cry foul over lost livelihoods"), and it was the timeline's entry for the report's
    day (gathered18): a text that opens with an ellipsis goes on from another, and is no sentence."""
    from briefing.analysis.newsevent import news_event

    for lede in ("…as Bela Bela communities cry foul over lost livelihoods",
                 "...as Bela Bela communities cry foul over lost livelihoods"):
        assert news_event(article(lede, "A Chinese-owned crusher company has come under heavy criticism from "
                                        "five villages.", date="2025-11-21"), "news") is None


def test_a_list_of_names_and_numbers_or_a_reference_is_no_entry():
    """A wine list, a book's credits and a judgment's references named a year and said nothing
    ("No Compromise 2024 Carricante, Italy ($19.99, #192961).", "Heckmann, Internetrecht, 2007, Kap.")."""
    events = build_timeline(article(
        "No Compromise 2024 Carricante, Italy ($19.99, #192961).",
        "Heckmann, Internetrecht, 2007, Kap.",
        "The court dismissed the appeal on 26 September 2007.",
        "Mercurial 5.2 was released on November 5, 2019.", date="2020-01-10"))
    assert {e.date: e.text for e in events} == {
        "2007-09-26": "The court dismissed the appeal on 26 September 2007.",
        "2019-11-05": "Mercurial 5.2 was released on November 5, 2019."}


def test_a_german_speakers_heute_is_the_conversation_not_the_days_news():
    """NDR's podcast transcript dated "Trotzdem wollen wir heute besonders viel über Zahlen
    sprechen" to its day, five times; a thing done today stays the day's news."""
    events = build_timeline(article(
        "Trotzdem wollen wir heute besonders viel über Zahlen sprechen.",
        "Die Landesregierung hat heute den Vertrag mit den Kliniken unterzeichnet.",
        "Doch sie verbreiten sich heute schneller als früher.",
        date="2020-03-18", lang="de"))
    assert [(e.date, e.text) for e in events] == [
        ("2020-03-18", "Die Landesregierung hat heute den Vertrag mit den Kliniken unterzeichnet.")]


def test_a_weekday_inside_a_hyphenated_name_or_a_count_of_square_metres_is_no_date():
    """Focus dated "anders als bei den Black-Friday-Angeboten" to the Friday of its week; the
    Berliner Morgenpost's fire "auf einer Fläche von 2000 Quadratmetern" was an entry of 2000."""
    events = build_timeline(article(
        "Preisnachlässe gibt es am Star-Wars-Tag – anders als bei den alljährlichen Black-Friday-Angeboten – "
        "zwar nicht.", "Zunächst brannte ein Technikraum auf einer Fläche von 2000 Quadratmetern.",
        "Die Feuerwehr war im Jahr 2019 schon einmal dort.", date="2023-04-28", lang="de"))
    assert [e.date for e in events] == ["2019"]


def test_a_month_without_a_year_takes_the_year_that_ends_its_list_of_dates():
    """A judgment of 2011 (gathered19) dated "vom 22. April sowie vom 12. und 30. September 2005"
    to April 2011."""
    events = build_timeline(article(
        "Nach Abmahnungen des Klägers vom 22. April sowie vom 12. und 30. September 2005 gaben die Beklagten "
        "Unterlassungserklärungen ab.", "The votes were held on May 3 and June 9, 2019, in every district.",
        "In March the plant reopened, and in 2009 it closed for good.", date="2011-10-16", lang="de"))
    dates = {e.date for e in events}
    assert "2005-04-22" in dates and "2011-03" in dates
    assert "2011-04-22" not in dates and "2011-05-03" not in dates


def test_a_german_date_in_figures_inside_a_sentence_is_a_date_and_one_that_stamps_a_line_is_none():
    """"Bis zum 01.01.2019 sollen alle Ärzte ... angebunden sein" had no entry; a post's stamp
    ("11.09.2011, 16:20 von jovelstefan.") and a version number are none."""
    events = build_timeline(article(
        "Bis zum 01.01.2019 sollen alle Ärzte und Krankenhäuser an die Telematik angebunden sein.",
        "Das Gericht hat am 16.12.2024 den Antrag zurückgewiesen.", "11.09.2011, 16:20 von jovelstefan.",
        "Die Version 1.2.2009 des Programms erschien im Netz.",
        date="2025-10-20", lang="de"))
    assert {e.date: e.text for e in events} == {
        "2019-01-01": "Bis zum 01.01.2019 sollen alle Ärzte und Krankenhäuser an die Telematik angebunden sein.",
        "2024-12-16": "Das Gericht hat am 16.12.2024 den Antrag zurückgewiesen."}


def test_a_setting_quoted_in_a_sentence_does_not_make_its_month_a_coming_one():
    """The Forward (gathered19), dated 28 December 2016: "In June, Anna tweeted ... “My
    notification noise on Slack is set to ‘Hummus’”" was an entry of June 2017."""
    events = build_timeline(article(
        "In June, Anna tweeted a photo of her options, adding: “My notification noise on Slack is set to ‘Hummus’.”",
        "The vote is set to take place in March.", date="2016-12-28"))
    assert sorted(e.date for e in events) == ["2016-06", "2017-03"]


@pytest.mark.parametrize("sentence, date", [
    # a future day 40 days behind the article is next year's, not last year's
    ("The Doobies will play Shoreline Amphitheatre for a hometown show Sept. 12, with Houston's Cynthia Woods "
     "Mitchell Pavilion hosting the final date on the tour, Oct. 10.", "2020-10-10"),
    # a tour "that stops" somewhere on a day schedules it, whoever reported it
    ("Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on July 22.",
     "2020-07-22"),
])
def test_a_scheduled_day_without_a_year_lies_ahead(sentence, date):
    assert date in resolved(sentence)


def test_a_year_that_names_a_work_dates_no_entry():
    """Entries dated 1972 and 1973 for a concert that "featured full-LP performances of 1972's Toulouse Street
    and 1973's The Captain and Me", and 1978 for "hit singles like 1978's "What a Fool Believes"."""
    entries = build_timeline(article(
        "The band closed the show with full-LP performances of 1972's Toulouse Street and 1973's The Captain and "
        "Me, to a sold-out house.",
        "McDonald joined the band in 1975 and initially remained in the lineup until 1982, appearing on four albums "
        "and hit singles like 1978's “What a Fool Believes.”"), max_shown=10)
    assert [e.date for e in entries] == ["1975", "1982"]


def test_a_date_after_a_colon_completes_the_statement_before_it():
    """The news of the page, "Alaska Airlines has a new date for ... the Oneworld alliance: March 31, 2021.",
    gave no entry: the clause after the colon is only the date."""
    entries = build_timeline(article(
        "Alaska Airlines has a new date for when it will be a full fledged member of the Oneworld alliance: "
        "March 31, 2021.", "Key dates: 2019: founded.", date="2020-10-13"), max_shown=10)
    texts = {e.date: e.text for e in entries}
    assert texts["2021-03-31"].startswith("Alaska Airlines has a new date")
    assert "2019" not in texts  # a label's lead-in is no statement


def test_a_price_range_is_no_year():
    entries = build_timeline(article(
        'Die Preisspanne erstreckt sich von 1999 (14", Basismodell) bis zu 8529 Euro (16", Vollausstattung).',
        "Apple stellte 2020 den M1 vor.", date="2023-10-31", lang="de"), max_shown=10)
    assert [e.date for e in entries] == ["2020"]


def test_a_reference_list_dates_no_entry_in_any_language():
    """CareElite's "Quellenangaben:" gave seven entries ("Das Beispiel Fleisch (Stand: Oktober 2013), abrufbar
    unter."), hpd's footnote "1 Maani, S. (2019): Der Islam als Natureigenschaft." one."""
    story = Section(None, (Block("paragraph", "Der Bundestag beschloss im März 2021 ein neues Gesetz."),
                           Block("paragraph", "1 Maani, S. (2019): Der Islam als Natureigenschaft.")))
    sources = Section("Quellenangaben:", (
        Block("paragraph", "₁ Umweltbundesamt: Das Beispiel Fleisch (Stand: Oktober 2013), abrufbar unter."),
        Block("paragraph", "₂ Living Planet Report 2020, veröffentlicht vom WWF im September 2020.")))
    elsewhere = Block("paragraph", "Das leckerste Übel der Welt, YouTube, 24.01.2019, Web, 21.01.2022 um 10:03 Uhr.")
    entries = build_timeline(Article(Metadata(title="Report", date="2022-01-21", language="de"),
                                     (story, sources, Section(None, (elsewhere,)))), max_shown=10)
    assert [e.date for e in entries] == ["2021-03"]


def test_a_german_event_that_takes_place_lies_ahead():
    """The G7 summit "findet vom 26. bis 28. Juni ... statt", in a January report, was dated June of the year before
    (review R8): "findet ... statt" schedules, as "takes place" does."""
    assert resolved("Der G7-Gipfel findet vom 26. bis 28. Juni auf Schloss Elmau in Bayern statt.",
                    base="2022-01-21") == ["2022-06-28"]
    assert resolved("Die Minister trafen sich am 12. Juni in Berlin.", base="2022-01-21") == ["2021-06-12"]


@pytest.mark.parametrize("sentence, dates", [
    # a month's full name and a day with no preposition before them date the clause (pack benchmark,
    # extraction benchmark) ...
    ("The band's current tour continues November 19th in Greenville, South Carolina.", ["2019-11-19"]),
    ("After a break, the schedule picks up February 7th in Las Vegas.", ["2020-02-07"]),
    ("An October 11 presentation to bondholders indicated administrative jobs would be cut.", ["2019-10-11"]),
    ("French actor Charles Gerard died September 19 at the age of 96, Figaro reports.", ["2019-09-19"]),
    # ... but not as the attribute of what the clause refers to, nor as a bound, a rule's or a stamp's
    ("He said the July 25 call made him realize what the president wanted.", []),
    ("Carlineo was arrested for a March 21 phone call he reportedly made.", []),
    ("The water act prohibited nursery sowing before May 10.", []),
    ("Maitlis asked what he was doing on the night of March 10.", []),
    ("There was an average of 8 hospital admissions a day in the week up to September 27th.", []),
    ("Update, May 24th at 4:58PM ET: Added more details.", []),
])
def test_a_full_months_day_without_a_preposition(sentence, dates):
    assert resolved(sentence) == dates


def test_a_year_a_heading_names_as_a_limit_does_not_date_the_days_under_it():
    """"Stadia Is Essentially A Beta Version Until 2020" put "Come November 19" (of 2019) in 2020."""
    text = "On November 19, those who paid for the Founder's Edition will receive a controller."
    dated = build_timeline(article(text, date="2019-11-18", heading="A Beta Version Until 2020"))
    assert [e.date for e in dated] == ["2019-11-19"]
    dated = build_timeline(article(text, date="2019-11-18", heading="The 2020 season"))
    assert [e.date for e in dated] == ["2020-11-19"]


def test_a_sentences_own_year_dates_its_days_before_the_year_its_section_names():
    """Under a heading of 1990, "In 1999, Dylan embarked on a tour ... ending September 18" gave 1990-09-18."""
    text = ("In 1999, Dylan embarked on a North American tour with Paul Simon starting on the first of June "
            "and ending on September 18.")
    dated = build_timeline(article(text, date="2020-05-01", heading="Never Ending Tour (1990)"))
    assert "1999-09-18" in [e.date for e in dated] and not any(e.date.startswith("1990") for e in dated)


def test_a_narratives_chained_dates_count_from_the_date_it_named_before():
    """"The company shelved its offering on September 30. Neumann had resigned as CEO the previous
    week." (pack benchmark): the resignation is of September; "five years later" of 1999 is 2004."""
    dated = build_timeline(article(
        "The company shelved its plans for an initial public offering on September 30 after investors "
        "grew wary of its losses.",
        "Neumann had resigned as chief executive the previous week. The board met again the following Monday.",
        "The group's founder was captured by the army in 1999. The fighters put down their guns, then picked "
        "them up again five years later.",
        "In late 1980, the singer played concerts that restored popular 1960s songs to the repertoire. His "
        "album, recorded early the next year, featured his first secular songs in years."), max_shown=10)
    dates = {e.text.split()[0]: e.date for e in dated}
    assert dates["Neumann"] == "2019-09" and dates["The"] == "2019-09-30"
    assert any(e.date == "2004" and "picked them up" in e.text for e in dated)
    assert any(e.date == "1981" and "album" in e.text for e in dated)  # from 1980, not the 1960s
    dated = build_timeline(article(
        "Promoted to partner on May 3, 2015, Smith had first joined the firm in 2001.",
        "The following year, Smith left the firm for a rival in Boston."), max_shown=10)
    assert any(e.date == "2016" and "Boston" in e.text for e in dated)  # from the sentence's finest date
    assert not any(e.date == "2019-10-07" for e in dated)  # the Monday after a month is no day


def test_a_chain_does_not_reach_past_the_next_paragraph_nor_count_from_what_it_names():
    dated = build_timeline(article(
        "The treaty was signed on March 3, 2015, in Geneva after long talks.",
        "Delegates praised the text.",
        "Two days later, the ministers flew home.",
        "On May 5, 2016, the parliament met. Its members had quarrelled the day before the election."),
        max_shown=10)
    assert [e.date for e in dated] == ["2015-03-03", "2016-05-05"]


@pytest.mark.parametrize("sentence, anchor, dates", [
    ("The ministers met again the following Monday.", ("2015-03-05", "day"), ["2015-03-09"]),
    ("He had arrived the previous Sunday.", ("2015-03-05", "day"), ["2015-03-01"]),
    ("Two days later, the ministers flew home.", ("2015-03-30", "day"), ["2015-04-01"]),
    ("A month later the law took effect.", ("2015-12", "month"), ["2016-01"]),
    ("The rebels struck again on the same day.", ("2015-03-05", "day"), ["2015-03-05"]),
    ("Later that evening, he took the child to a hotel.", ("2019-05-18", "day"), ["2019-05-18"]),
    ("The police arrived the next morning.", ("2019-05-18", "day"), ["2019-05-19"]),
    ("The firm moved to Boston the following year.", ("2015-03", "month"), ["2016"]),
    ("Two days later, the ministers flew home.", ("2015-03", "month"), []),  # no day to count from
    ("It was far later than the previous year's record.", ("2015", "year"), []),
    ("They quarrelled the day before the election.", ("2015-03-05", "day"), []),
    ("Half a year later the White House announced the back taxes.", ("1973", "year"), []),
    ("The rate was 65.2 cases per 100,000 people, up from 33.8 a week earlier.", ("2020-09-20", "day"), []),
])
def test_chained_dates(sentence, anchor, dates):
    from briefing.analysis.narrated import Anchor, chained_dates

    assert [d for _, d, _ in chained_dates(sentence, Anchor(*anchor, 0, 0))] == dates


def test_a_chain_in_a_clause_of_its_own_counts_from_the_date_before_it_in_the_sentence():
    """"In May, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond ..., but
    OrbitBeyond canceled its task order two months later" (pack benchmark): July, its own entry;
    the May entry keeps its whole list of names ("Machines" is no verb)."""
    dated = build_timeline(article(
        "In May, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond for lunar lander "
        "missions, but OrbitBeyond canceled its task order two months later, citing internal business issues."),
        max_shown=10)
    assert [(e.date, e.text) for e in dated] == [
        ("2019-05", "In May, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond for lunar "
                    "lander missions."),
        ("2019-07", "OrbitBeyond canceled its task order two months later.")]
    # a span's end, or a chain in the same clause, is no event of its own
    for text, date in [("Prosecutors alleged that no inmate checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. "
                        "the following morning, when the officers discovered the body.", "2019-08-09"),
                       ("In 1975 Dylan released his album Blood on the Tracks followed by the critically and "
                        "commercially successful Desire the following year.", None)]:
        dates = [e.date for e in build_timeline(article(text), max_shown=10)]
        assert dates == [date] if date else "1976" not in dates


def test_a_reference_works_citation_marks_are_not_printed_in_an_entry():
    dated = build_timeline(article(
        "Bob Dylan was born Robert Allen Zimmerman[4][5] in St. Mary's Hospital on May 24, 1941, in Duluth, "
        "Minnesota,[6][7] and raised in Hibbing.",
        "In September 1959, Zimmerman moved to Minneapolis and enrolled at the University of Minnesota.[21]"),
        max_shown=10)
    assert [e.text for e in dated] == [
        "Bob Dylan was born Robert Allen Zimmerman in St. Mary's Hospital on May 24, 1941, in Duluth, Minnesota, "
        "and raised in Hibbing.",
        "In September 1959, Zimmerman moved to Minneapolis and enrolled at the University of Minnesota."]


def test_an_italian_future_dates_a_weekday_to_come():
    """"Da giovedì la rapida rimonta dell'alta pressione riporterà subito il bel tempo" in a forecast
    of Wednesday 19 February 2020 was dated the Thursday before (R12 review)."""
    dated = build_timeline(article(
        "Da giovedì la rapida rimonta dell’alta pressione riporterà subito il bel tempo su tutte le regioni.",
        "Giovedì il governo ha approvato il decreto sulle scuole.", date="2020-02-19", lang="it"), max_shown=10)
    assert sorted(e.date for e in dated) == ["2020-02-13", "2020-02-20"]


def test_a_headings_starting_day_does_not_put_the_days_under_it_in_its_year():
    """"Die wichtigsten Ticketpreise ab 01.01.2024" put "Ende November" and "am 10. Dezember" of an
    article of 6 November 2023 in 2024 (R12 review)."""
    dated = build_timeline(article(
        "Alle neuen Ticketpreise werden im Detail ab spätestens Ende November auf der Website veröffentlicht.",
        "Spätestens zum Fahrplanwechsel am 10. Dezember werden dann auch die Tarifmedien in Print vorliegen.",
        date="2023-11-06", heading="Die wichtigsten Ticketpreise ab 01.01.2024", lang="de"), max_shown=10)
    assert sorted(e.date for e in dated) == ["2023-11", "2023-12-10"]


def test_what_was_said_is_one_entry_with_its_saying_day():
    """NBC (postlight/parser's www.nbcnews.com): "SpaceX's first manned flight ... has been
    postponed until 2018, NASA announced on Monday" was printed under 2018 and again, whole,
    under the Monday; the Investment Executive's "... will contract next year, he said Tuesday"
    so too. It is one entry, under the day it was said."""
    timeline = build_timeline(article(
        "SpaceX's first manned flight to the International Space Station has been postponed until 2018, NASA "
        "announced on Monday.",
        "Countries accounting for a third of global economic output will contract next year, he said Tuesday.",
        date="2016-12-13"))
    assert [(e.date, e.text.split()[0]) for e in timeline] == [("2016-12-12", "SpaceX's"), ("2016-12-13", "Countries")]


def test_a_figure_forecast_for_a_year_is_no_event_of_that_year():
    """The Motley Fool (postlight/parser's www.fool.com): "... hit roughly $325 million in 2016 and
    will grow to $800 million in 2019" was printed under 2016 and again under 2019, and "It
    anticipates annual viewers to have grown to 303 million in 2019" under 2019: forecasts. A year
    planned for something to happen keeps its entry."""
    timeline = build_timeline(article(
        "Newzoo estimates that sponsorship and marketing spend for eSports hit roughly $325 million in 2016 and "
        "will grow to $800 million in 2019.",
        "SuperData anticipates annual viewers to have grown to 303 million in 2019.",
        "The league will hold its first final in Seoul in 2019.", date="2017-01-09"))
    assert [(e.date, e.text.split()[0]) for e in timeline] == [("2016", "Newzoo"), ("2019", "The")]


@pytest.mark.parametrize("sentence, dates", [
    # MZ of Saturday 19 October 2019 (held-out review, stop 60): the Monday of a press release already out,
    # though the sentence speaks of a future; the Thursday before last
    ("Ob sie noch in diesem Jahr abheben wird, hängt laut der am Montag veröffentlichten Pressemitteilung ab.",
     ["2019-10-14"]),
    ("Die Sitzung wird am Montag stattfinden.", ["2019-10-21"]),
    ("Die am Montag geplante Sitzung wird verschoben.", ["2019-10-21"]),
    ("Den Hangar hat sie am vorletzten Donnerstag schon einmal verlassen.", ["2019-10-10"]),
    ("Den Hangar hat sie am letzten Donnerstag verlassen.", ["2019-10-17"]),
    # Última Hora: "un día sábado" is one Saturday of an old case, no day of the article's week
    ("Se pudo comprobar que la funcionaria llegaba un día sábado a altas horas de la noche.", []),
    # Bundesrat of 27 January 2022: the calendar's 27 January, each year's, is no day of the article's
    ("In Deutschland ist der 27. Januar seit 1996 zudem Gedenktag für die Opfer des Nationalsozialismus.", []),
    ("Seitdem teilen Menschen unmittelbar vor dem 27. Januar Fotos mit dem Slogan.", []),
    ("Wir sind am Samstag, den 12. Oktober sehr früh dorthin gefahren.", ["2019-10-12"]),
    ("Die Zahl R sinkt ab dem 10. Oktober.", ["2019-10-10"]),
    # "die heute übliche Technik": the present age's
    ("Dazu kommt die heute übliche Kommunikationstechnik.", []),
    ("Der Minister stellt heute neue Regeln vor.", ["2019-10-19"]),
])
def test_a_foreign_weekday_or_today_is_read_with_the_words_around_it(sentence, dates):
    assert resolved(sentence, "2019-10-19") == dates


@pytest.mark.parametrize("text", [
    # steinzeitwissen.de (held-out timelines, stop 61): its footnotes' references were 7 of its 7 entries
    "Joachim Hahn, Erkennen und Bestimmen von Stein– und Knochenartefakten, Archaeologica Venatoria, Band 10, "
    "Tübingen, 1991, S. 147.",
    "Gerken, Klaus 2001: Studien zur jung– und spätpaläolithischen sowie mesolithischen Besiedlung.",
    "Jürgen Richter, Schaber, in Floss (Hrsg.) Steinartefakte vom Altpaläolithikum bis in die Neuzeit, Tübingen "
    "2012, Kerns Verlag, S. 281.",
])
def test_a_reference_to_a_book_is_no_entry(text):
    from briefing.analysis.events import says_nothing

    assert says_nothing(text)
    assert not says_nothing("The company was sold in 2012 to Kerns Verlag for 3 million euros.")


def test_a_day_that_labels_an_entry_is_printed_once():
    """heartlandnewsfeed.com's blotter (stop 61): "October 20: ARRESTS – A male juvenile, 16, ... was arrested"
    printed its day twice, in the box's date column and before the text."""
    from briefing.analysis.timeline import build_timeline

    events = build_timeline(article(
        "October 20: ARRESTS – A male juvenile, 16, Taylorville, was arrested for aggravated assault.",
        "Oct. 24, 2023: Corey O. Inman, 38, Springfield, was arrested for retail theft.",
        "October 25 was a Wednesday, and Chad Hull, 37, was arrested by Kincaid police.",
        "The court will meet again on Nov. 2.", date="2023-10-27"), max_shown=10)
    assert [e.text.split()[0] for e in events][:3] == ["A", "Corey", "October"], events


def test_a_lists_label_of_a_date_and_a_place_opens_no_entry():
    """AP's list of the leaders' meetings ("November 2017, in VIETNAM: Trump and Putin were expected
    to hold formal talks ...") printed "November 2017 – November 2017, in VIETNAM: ..." in the
    Helsinki pack's timeline."""
    events = build_timeline(article("November 2017, in VIETNAM: Trump and Putin were expected to hold formal talks "
                                    "while both attended the summit in Danang.", date="2018-07-15"))
    assert [(e.date, e.text[:20]) for e in events] == [("2017-11", "Trump and Putin were")]
