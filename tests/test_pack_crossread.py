"""Cross-source analysis of a pack (briefing.batch.pack.crossread) on small articles written here."""

from __future__ import annotations

import pytest

from briefing.analysis import analyse
from briefing.analysis.rules import broken_rule
from briefing.batch.pack.crossread import (
    DuplicateGroup,
    find_disagreements,
    find_duplicates,
    merged_timeline,
    shared_points,
)
from briefing.model import Article, Block, Metadata, Section, TimelineEvent


def article(title: str, date: str, *paragraphs: str) -> Article:
    """An analysed article of plain paragraphs."""
    blocks = tuple(Block("paragraph", text) for text in paragraphs)
    return analyse(Article(Metadata(title=title, date=date), (Section(None, blocks),)))


WIRE = (
    "A powerful earthquake struck the port city of Valdora on Monday, toppling office towers and killing "
    "at least 40 people in the region's worst disaster in decades.",
    "The regional governor, Maria Estevan, declared a state of emergency and ordered the old town evacuated "
    "while engineers inspected the damaged harbour bridge.",
    "Rescue teams worked through the night with sniffer dogs and cranes, searching the ruins of the central "
    "market for survivors trapped under concrete slabs.",
    "The national seismology office said the tremor had its centre offshore, close to the fishing village "
    "of Porto Lume, and was followed by dozens of aftershocks.",
    "Hospitals in the neighbouring province took in hundreds of injured people as roads into the city "
    "were blocked by landslides.",
)


def test_republished_wire_story_is_a_duplicate_and_a_different_report_is_not():
    original = article("Quake kills 40 in Valdora", "2024-03-04", *WIRE)
    edited = list(WIRE)
    edited[2] = ("Rescue teams with sniffer dogs and heavy cranes worked through the night, searching the ruins "
                 "of the central market for survivors.")
    republished = article("Deadly tremor hits port city", "2024-03-05", *edited)
    other = article("Valdora counts the cost", "2024-03-05",
                    "Shopkeepers in Valdora swept glass from the pavements on Tuesday as the city began to "
                    "count the cost of the earthquake that struck on Monday.",
                    "Insurers estimated the damage to the harbour at several hundred million euros, and the "
                    "port authority said container traffic would stay suspended for a week.",
                    "The governor, Maria Estevan, promised that the old town would be rebuilt stone by stone.")
    groups = find_duplicates([original, other, republished])
    assert groups == [DuplicateGroup((0, 2))]  # the longer original is kept


FOLLOW_UP = (
    "The death toll from Monday's earthquake in Valdora rose to 85 on Wednesday as rescuers pulled more "
    "bodies from the collapsed central market and the governor asked the capital for army engineers.",
    "Prime Minister Tomas Rell visited the old town on Wednesday morning and promised a reconstruction fund, "
    "while residents who had slept in the football stadium since Monday queued for bread and water.",
    "Aid lorries from the neighbouring countries reached the city late on Tuesday.",
    WIRE[1],
    WIRE[3],
    WIRE[4],
)


def test_a_new_story_that_reuses_a_report_s_background_is_no_duplicate_of_it():
    """A follow-up that opens with its own news and takes half its text from the first report
    (the outlet's background paragraphs) is a second story, not a version of the first."""
    original = article("Quake kills 40 in Valdora", "2024-03-04", *WIRE)
    follow_up = article("Valdora death toll rises to 85", "2024-03-06", *FOLLOW_UP)
    assert find_duplicates([original, follow_up]) == []


def test_an_updated_version_with_a_rewritten_lede_is_a_duplicate():
    """A writethru: the lede reworded with the new toll, two paragraphs replaced, the rest kept."""
    original = article("Quake kills 40 in Valdora", "2024-03-04", *WIRE)
    updated = article("Quake kills 52 in Valdora", "2024-03-05",
                      "A powerful earthquake struck the port city of Valdora on Monday, toppling office towers "
                      "and killing at least 52 people, officials said on Tuesday, in the region's worst disaster "
                      "in decades.",
                      WIRE[1],
                      "Rescuers said on Tuesday that they had given up hope of finding more survivors under the "
                      "central market, and the army began clearing the rubble with bulldozers.",
                      "The governor said schools would stay closed for the rest of the week and asked people to "
                      "keep away from the harbour, where cracks had opened along the quay.",
                      WIRE[4])
    assert [set(g.members) for g in find_duplicates([original, updated])] == [{0, 1}]


def test_a_page_whose_scrape_kept_only_a_banner_is_the_page_of_its_headline_that_day():
    """One outlet's scrape of the wire story kept only the site's banner: its headline, word for
    word, names the story; a banner under another headline, or on another day, names nothing."""
    full = article("Quake kills 40 in Valdora, hundreds hurt", "2024-03-04", *WIRE)
    banner = ("Celebrating 125 years of the Courier! Look back at the history of our city each day. "
              "Click to read today's story.")
    same = article("Quake kills 40 in Valdora, hundreds hurt", "2024-03-04", banner)
    other_day = article("Quake kills 40 in Valdora, hundreds hurt", "2024-03-09", banner)
    other_headline = article("Storm floods the harbour of Valdora", "2024-03-04", banner)
    assert find_duplicates([full, same, other_day, other_headline]) == [DuplicateGroup((0, 1))]
    assert find_duplicates([full, article("Quake kills 40", "2024-03-04", banner)]) == []  # too short to name it


def test_kept_member_is_the_longest():
    short = article("Quake kills 40", "2024-03-05", *WIRE[:3])
    full = article("Quake kills 40 in Valdora", "2024-03-04", *WIRE)
    assert find_duplicates([short, full]) == [DuplicateGroup((1, 0))]


def _sources() -> list[Article]:
    shared = [
        "The governor declared a three-month state of emergency in the province of Ostra after the floods.",
        "Officials in Ostra province declared a three-month state of emergency after the floods.",
        "A three-month state of emergency was declared by the governor in Ostra province after the floods.",
    ]
    filler = [
        ("Volunteers handed out blankets and bottled water at the main railway station in Ostra.",
         "Schools across the region will stay closed until the water recedes, the education office said."),
        ("Farmers counted the loss of cattle swept away when the river burst its banks near Telva.",
         "The army sent amphibious trucks to carry families from villages cut off by the water."),
        ("Engineers warned that the Ostra dam had been weakened by the pressure of the flood water.",
         "Power lines were cut in twelve districts, leaving thousands of homes without electricity."),
        ("A lone fisherman said he had rowed his neighbours to safety through flooded streets in Lamor.",
         "The regional museum moved its collection of medieval manuscripts to an upper floor for safety."),
    ]
    out = []
    for index in range(4):
        paragraphs = ["Good morning and welcome to our live coverage of the floods in Ostra province.",
                      "What happens next for the thousands of people who have lost their homes in Ostra?",
                      *filler[index]]
        if index < 3:
            paragraphs.insert(2, shared[index])
        out.append(article(f"Floods report {index}", f"2024-05-0{index + 1}", *paragraphs))
    return out


def test_a_claim_of_three_sources_ranks_above_one_of_a_single_source():
    articles = _sources()
    points = shared_points(articles, find_duplicates(articles))
    assert points, "no shared point found"
    top = points[0]
    assert "state of emergency" in top.text
    assert top.support == 3 and top.sources == (0, 1, 2)
    singles = [p for p in points if p.support == 1]
    assert all(points.index(p) > 0 for p in singles)


def test_greetings_and_questions_are_never_points():
    articles = _sources()
    points = shared_points(articles, find_duplicates(articles), limit=20)
    texts = [p.text for p in points]
    assert not any(t.startswith("Good morning") or t.rstrip().endswith("?") for t in texts)
    assert all(broken_rule(t) is None for t in texts)


def test_duplicates_count_once_but_are_all_listed():
    first = article("Quake kills 40 in Valdora", "2024-03-04", *WIRE)
    copy = article("Deadly tremor hits port city", "2024-03-05", *WIRE)
    groups = find_duplicates([first, copy])
    assert groups == [DuplicateGroup((1, 0))]  # as long: the newer one is kept
    points = shared_points([first, copy], groups)
    assert points and all(p.support == 1 for p in points)
    assert any(p.sources == (0, 1) for p in points)


def test_different_magnitudes_are_a_disagreement_and_units_are_not():
    one = article("Quake", "2024-03-04",
                  "The magnitude 7.8 earthquake struck at a depth of 10 km near the town of Porto Lume on Monday.",
                  "Its centre lay 31 miles from Valdora, the seismology office said in a statement.")
    two = article("Quake", "2024-03-04",
                  "The magnitude 7.7 earthquake struck at a depth of 10 km near the town of Porto Lume on Monday.",
                  "Its centre lay 50 km from Valdora, according to the office that measures earthquakes.")
    found = find_disagreements([one, two], [])
    assert [d.what for d in found] == ["magnitude"]
    values = dict(found[0].values)
    assert values == {"magnitude 7.8": (0,), "magnitude 7.7": (1,)}
    points = shared_points([one, two], [])
    assert any(p.disagreement is not None and p.disagreement.what == "magnitude" for p in points)


def test_a_day_its_sayers_said_it_on_is_no_date_of_the_event():
    """The Costa Rica pack set "Costa Rican investigators said Monday that ... caused a charter aircraft
    to crash" against another source's crash of the day before, as a date the sources differ on."""
    said = article("Crash", "2018-01-02", "Costa Rican investigators said Monday that strong winds caused the "
                   "charter aircraft carrying twelve people to crash in the woods near Punta Islita.")
    told = article("Crash", "2018-01-03", "Strong winds caused the charter aircraft carrying twelve people to crash "
                   "in the woods near Punta Islita on Sunday.")
    assert [d for d in find_disagreements([said, told], []) if d.what == "date"] == []
    told_monday = article("Crash", "2018-01-03", "Strong winds caused the charter aircraft carrying twelve people "
                          "to crash in the woods near Punta Islita on Monday, Jan. 1.")
    assert [d.what for d in find_disagreements([told_monday, told], [])] == ["date"]


def test_one_weekday_two_reports_name_on_their_own_days_is_no_date_they_differ_on():
    """A report of 14 January said "On Sunday, a small aircraft ... crashed", as the reports of 31
    December did: the Costa Rica pack printed "Sources differ on the date" for days read from the
    reports' own dates, which no source claimed. A day written out is a source's claim."""
    first = article("Crash", "2017-12-31", "A small plane carrying twelve people crashed in the woods near Punta "
                    "Islita on Sunday, killing everyone on board.")
    later = article("Crash", "2018-01-14", "On Sunday, a small plane carrying twelve people crashed in the woods near "
                    "Punta Islita, killing everyone on board.")
    assert [d for d in find_disagreements([first, later], []) if d.what == "date"] == []
    written = article("Crash", "2018-01-14", "On Sunday, Jan. 14, a small plane carrying twelve people crashed in the "
                      "woods near Punta Islita, killing everyone on board.")
    assert [d.what for d in find_disagreements([first, written], [])] == ["date"]


def test_a_source_that_counts_other_dead_does_not_state_the_point():
    """The Croydon pack's first point, "At least five people are dead after a tram overturned in
    Croydon", named five sources that say seven: a toll another source gives otherwise is no
    support of the point, and the toll most sources give leads."""
    early = article("Tram", "2016-11-09", "At least five people are dead after a tram overturned in Croydon, "
                    "south London, on a sharp bend near the Sandilands stop.")
    later = [article("Tram", "2016-11-09", "At least seven people were killed after a tram overturned in Croydon, "
                     f"south London, on a sharp bend near the Sandilands stop{end}") for end in (".", " early on.")]
    points = shared_points([early, *later], [])
    assert points and points[0].text.startswith("At least seven") and points[0].sources == (1, 2), points
    assert all(p.sources == (0,) for p in points if "five" in p.text), points


def test_a_point_is_told_with_the_toll_its_sources_give():
    """Once no "five dead" point could claim the sources that say seven, Croydon's summary said
    "Several people died and dozens were injured after a tram derailed ..." and no point gave the
    toll: of the sentences that restate a point, one that counts the dead, as well supported, tells it."""
    vague = [article("Tram", "2016-11-09", "Several people died and dozens were injured after a tram derailed and "
                     f"overturned in Croydon, south London{end}") for end in (".", " on Wednesday.", " early on.")]
    counted = [article("Tram", "2016-11-09", "At least seven people died and dozens were injured after a tram "
                       f"derailed and overturned in Croydon, south London{end}") for end in (".", " on Wednesday.")]
    points = shared_points([*vague, *counted], [])
    assert points and "seven people died" in points[0].text, points


def test_two_tolls_of_one_crash_in_words_are_a_disagreement_and_another_crashs_toll_is_not():
    """Croydon's toll, "At least five people are dead" early in the day and "At least seven people were
    killed" later, was no disagreement: counts in words were never compared. A count of people that is
    a toll is a count of the dead (or the injured), whichever way it is written; the dead of the 2004
    crash that a source recalls ("since 2004, when ...") are another event's."""
    early = article("Tram", "2016-11-09", "At least five people are dead after a tram overturned in Croydon, "
                    "south London, on Wednesday morning.")
    later = article("Tram", "2016-11-10", "At least seven people were killed after a tram overturned in Croydon, "
                    "south London, on Wednesday morning.",
                    "It is the worst accident on the network since 2004, when six people were killed in a rail crash.",
                    "The tram overturned in Croydon with 60 people on board, injuring 51 of them.")
    injured = article("Tram", "2016-11-10", "More than 50 people were injured after the tram overturned in Croydon.")
    found = {d.what: dict(d.values) for d in find_disagreements([early, later, injured], [])}
    assert found == {"number of dead": {"seven people were killed": (1,), "five people are dead": (0,)}}, found


def test_same_numbers_in_one_story_are_not_a_disagreement():
    one = article("Quake", "2024-03-04", "The magnitude 7.8 earthquake struck near the town of Porto Lume on Monday.")
    two = article("Quake", "2024-03-05", "The magnitude 7.8 earthquake struck near the town of Porto Lume on Monday.")
    assert find_disagreements([one, two], []) == []


def test_two_counts_of_one_thing_are_a_disagreement_and_two_groups_are_not():
    """WeWork's staff: "12,500 employees" in one outlet, "12,000 employees" in another."""
    one = article("WeWork", "2019-11-20", "WeWork had 12,500 employees as of June 30, the company said in a filing.",
                  "NASA added five firms, bringing the total to 14 companies that can bid for lunar deliveries.")
    two = article("WeWork", "2019-11-21", "Many of WeWork's 12,000 employees received notice this week of the cuts.",
                  "The agency has now chosen 11 companies in all since the programme began in 2018.")
    found = find_disagreements([one, two], [])
    assert [d.what for d in found] == ["number of employees"]
    assert dict(found[0].values) == {"12,500 employees": (0,), "12,000 employees": (1,)}
    same = article("WeWork", "2019-11-21", "Many of WeWork's 12,500 employees received notice this week of the cuts.")
    assert find_disagreements([one, same], []) == []


def test_another_value_of_a_count_the_sources_disagree_on_is_no_point_of_its_own():
    """Nice: "at least 84 people were killed", and a minister's 80 and the president's 77 dead
    after it were two more points of the summary; the injured are another count."""
    one = article("Nice", "2016-07-15",
                  "At least 84 people were killed when a truck drove into a crowd on the seafront in Nice.",
                  "About 100 people were injured in the attack on the seafront, officials said.")
    two = article("Nice", "2016-07-15",
                  "A truck drove into a crowd on the seafront in Nice, and at least 84 people were killed.",
                  "Officials said about 100 people were injured on the seafront.")
    three = article("Nice", "2016-07-15", "Interior Minister Bernard Cazeneuve said at least 80 people were killed.",
                    "The toll grew through the night, he added.")
    four = article("Nice", "2016-07-15",
                   "Interior Minister Bernard Cazeneuve told reporters that at least 80 people were killed.",
                   "A truck drove into a crowd on the seafront in Nice late on Thursday.")
    five = article("Nice", "2016-07-16", "The toll grew through the night, with Hollande saying 77 people died.")
    six = article("Nice", "2016-07-16", "The toll grew through the night, with Hollande saying 77 people died in Nice.")
    points = shared_points([one, two, three, four, five, six], [], limit=10)
    tolls = [p for p in points if "killed" in p.text or "died" in p.text]
    assert [p.text for p in tolls] == [points[0].text], [p.text for p in tolls]
    assert tolls[0].disagreement is not None and "84 people" in dict(tolls[0].disagreement.values)
    assert any("injured" in p.text for p in points)


def test_a_source_that_gives_the_points_own_value_of_a_disputed_count_states_the_point():
    """Nice: a story that counts "84 people killed" among whom foreigners were, in other words,
    is one of the sources of "at least 84 people were killed" (its value in the disagreement)."""
    one = article("Nice", "2016-07-15",
                  "At least 84 people were killed when a truck drove into a crowd on the seafront in Nice.")
    two = article("Nice", "2016-07-15",
                  "A truck drove into a crowd on the seafront in Nice, and at least 84 people were killed.")
    three = article("Nice", "2016-07-16",
                    "At least three Tunisians and two Algerians were among at least 84 people killed "
                    "when a Tunisian-born man ploughed a lorry into revellers in the French resort.")
    four = article("Nice", "2016-07-15", "Interior Minister Bernard Cazeneuve said at least 80 people were killed.")
    [point] = [p for p in shared_points([one, two, three, four], [], limit=10) if "84" in p.text]
    assert dict(point.disagreement.values)["84 people"] == (0, 1, 2)
    assert point.sources == (0, 1, 2) and point.support == 3


def test_near_counts_of_two_stories_of_a_weeks_wires_are_no_disagreement():
    """A pack of a week's wires: American Airlines will "train all 120,000 employees", Microsoft
    speaks of "our 125,000 employees": two companies, not two counts of one thing."""
    airline = article("Airline", "2017-12-27",
                      "American Airlines apologised to two basketball players it had accused of stealing blankets.",
                      "The airline pledged to train all 120,000 employees to counteract implicit bias.")
    sting = article("Sting", "2017-12-25",
                    "Police in Seattle found that technology workers had bought sex from trafficking victims.",
                    "The personal conduct of a tiny fraction of our 125,000 employees does not represent our culture.")
    assert find_disagreements([airline, sting], []) == []


def test_one_event_dated_in_two_articles_merges_and_other_events_of_that_day_stay_apart():
    one = article("Quake", "2024-03-10",
                  "On 4 March 2024 a powerful earthquake struck the port city of Valdora, toppling office towers.",
                  "On 4 March 2024 the parliament in Rosk voted to raise the tax on tobacco products.")
    two = article("Quake", "2024-03-11",
                  "The earthquake struck the port city of Valdora on March 4, 2024, before dawn.",
                  "The governor declared a state of emergency on 6 March 2024 and asked for foreign help.")
    timeline = merged_timeline([one, two], [])
    on_day = [e for e in timeline if e.date == "2024-03-04"]
    quake = [e for e in on_day if "earthquake" in e.text]
    assert len(quake) == 1 and quake[0].sources == (0, 1)
    assert any("tobacco" in e.text and e.sources == (0,) for e in on_day)
    assert len(on_day) == 2
    assert [e.date for e in timeline] == sorted(e.date for e in timeline)
    assert any(e.date == "2024-03-06" and e.sources == (1,) for e in timeline)


def test_an_event_of_another_month_of_that_year_does_not_date_the_years_event():
    # "1993" and "May 1993" are all the two clauses share: the killing stays dated 1993.
    one = article("Gunman", "1999-07-30",
                  "In 1993, Barton's first wife and her mother were bludgeoned to death at a campground.")
    two = article("Gunman", "1999-07-30",
                  "Police always suspected Barton in the 1993 killing of his first wife and her mother.",
                  "They consummated their relationship in May 1993, Barton testified.")
    timeline = merged_timeline([one, two], [])
    killing = [e for e in timeline if "mother" in e.text]
    assert [(e.date, e.sources) for e in killing] == [("1993", (0, 1))]
    assert any(e.date == "1993-05" and "consummated" in e.text and e.sources == (1,) for e in timeline)


def test_one_sources_other_words_on_a_day_are_not_more_entries():
    one = article("Concorde", "2000-08-11",
                  "On Aug. 10, 2000, French investigators said a metal strip probably burst the Concorde's tire.",
                  "On Aug. 10, 2000, the investigators also reported that parts of the No. 5 fuel tank were found.",
                  "On Aug. 10, 2000, the investigators resumed work, sorting debris from the crash site.")
    two = article("Concorde", "2000-08-12",
                  "British Airways suspended its Concorde flights on Aug. 15, 2000, after the ruling.")
    timeline = merged_timeline([one, two], [])
    assert [e.sources for e in timeline if e.date == "2000-08-10"] == [(0,)]
    assert [e.sources for e in timeline if e.date == "2000-08-15"] == [(1,)]


def test_a_chronology_covers_another_day_before_one_sources_more_events_of_a_day_it_shows():
    one = article("Quake", "2024-03-05",
                  "A powerful earthquake struck the port of Valdora on March 4, 2024, killing at least 40 people.",
                  "On March 4, 2024, the regional governor declared a state of emergency and closed the schools.")
    two = article("Quake", "2024-03-05",
                  "An earthquake struck the port of Valdora on March 4, 2024, killing at least 40 people.",
                  "Rescue teams searched the ruins of the central market through the night.",
                  "The city was last hit by a strong earthquake on June 12, 1987, when the old harbour wall fell.")
    timeline = merged_timeline([one, two], [], limit=2)
    assert [(e.date, e.sources) for e in timeline] == [("1987-06-12", (1,)), ("2024-03-04", (0, 1))]


def test_one_sources_retelling_of_a_shared_event_is_no_second_entry_of_its_day():
    one = article("Landers", "2019-11-19",
                  "On Nov. 18, 2019, NASA announced the selection of five companies for its lunar lander program.",
                  "NASA's announcement on Nov. 18, 2019 expands the pool of eligible bidders to fourteen firms.")
    two = article("Landers", "2019-11-19",
                  "NASA announced on Nov. 18, 2019 that five companies had joined its lunar lander program.")
    timeline = merged_timeline([one, two], [])
    assert [e.sources for e in timeline if e.date == "2019-11-18"] == [(0, 1)]


def test_one_sources_month_of_an_event_it_dates_to_the_day_with_others_is_no_second_entry():
    """The Chibok pack printed "The group ... were released this week" beside the release of 13 October
    that the same source tells with others; another event of its month stays."""
    one = article("Chibok", "2016-10-14",
                  "Boko Haram released 21 of the Chibok schoolgirls on Oct. 13, 2016, the government said.",
                  "Officials said the freed girls were released this week as part of a swap for four commanders.")
    two = article("Chibok", "2016-10-14",
                  "The militants released 21 Chibok schoolgirls on Oct. 13, 2016, after talks with the government.",
                  "The army opened a new base near the Sambisa forest in October 2016.")
    three = article("Chibok", "2016-10-15",
                    "The group was founded in 2002 by a preacher in Maiduguri.",
                    "It took up arms against the state in 2009, and its leader was killed in July 2009.",
                    "Muhammadu Buhari took office in May 2015, vowing to defeat the insurgents.",
                    "In August 2016, the group published a video of the captives.")
    timeline = merged_timeline([one, two, three], [])
    assert [(e.date, e.sources) for e in timeline if e.date.startswith("2016-10")] == [
        ("2016-10", (1,)), ("2016-10-13", (0, 1))], timeline


@pytest.mark.parametrize("months, more, expected", [
    # "Spotify announced the policy last month" by two sources beside "The policy was implemented May 10."
    (("Spotify announced the hateful conduct policy last month, and critics said it was vague.",
      "Advocacy groups praised Spotify when it announced the policy last month."), (), [("2018-05-10", (0, 1, 2))]),
    # ... in words that share none with the day's entry but the subject's; one source's other event of the
    # month, in other words, stays
    (("Spotify enacted the guidelines last month, a move critics called vague.",
      "Spotify enacted the guidelines last month after months of debate."),
     ("Spotify hired a new head of podcasts in May 2018.",), [("2018-05", (1,)), ("2018-05-10", (0, 1, 2))]),
])
def test_a_month_that_its_sources_date_to_the_day_with_others_is_no_second_entry(months, more, expected):
    """Spotify's pack printed the month its sources gave the policy beside the day that they, with
    others, gave it: one event, told coarser."""
    one = article("Spotify", "2018-06-01",
                  "Spotify implemented the policy on May 10, 2018, removing R. Kelly from its playlists.", months[0])
    two = article("Spotify", "2018-06-01",
                  "The streaming service implemented the policy on May 10, 2018, its spokesman said.", months[1], *more)
    three = article("Spotify", "2018-06-02",
                    "The policy was implemented on May 10, 2018, after months of debate.",
                    "The company went public in April 2018 on the New York Stock Exchange.",
                    "It was founded in 2006 in Stockholm.",
                    "Its chief executive spoke at a conference in California in February 2018.")
    timeline = merged_timeline([one, two, three], [])
    assert [(e.date, e.sources) for e in timeline if e.date.startswith("2018-05")] == expected, timeline


def test_one_event_of_a_month_told_three_ways_is_one_entry():
    """The Chibok pack printed Boko Haram's August video twice: the first report made a cluster, and the
    next two, closer to each other than to it, made another."""
    one = article("Chibok", "2016-10-13",
                  "The militant group released a video in August 2016 claiming that some of the girls were killed "
                  "as a result of those airstrikes, The Two-Way has reported.")
    two = article("Chibok", "2016-10-13",
                  "In August 2016, Boko Haram posted a video purporting to show recent footage of dozens of the "
                  "Chibok schoolgirls, saying that some have been killed in airstrikes.")
    three = article("Chibok", "2016-10-13",
                    "In August 2016, Boko Haram released a video purporting to show the bodies of several kidnapped "
                    "schoolgirls who fighters said were killed by Nigerian airstrikes.")
    timeline = merged_timeline([one, two, three], [])
    assert [(e.date, e.sources) for e in timeline] == [("2016-08", (0, 1, 2))], timeline


def test_a_merged_event_prints_the_clause_its_sources_share_not_a_passing_mention():
    one = article("Concorde", "2000-07-26", "The Concorde crashed on July 25, 2000.")
    two = article("Concorde", "2000-07-27", "On July 25, 2000, the Concorde crashed.")
    three = article("Concorde", "2000-09-01",
                    "While those decisions were being made on July 25, 2000, the crew kept the Concorde climbing "
                    "over the end of the runway.")
    [crash] = [e for e in merged_timeline([one, two, three], []) if e.date == "2000-07-25"]
    assert crash.sources == (0, 1, 2) and "crashed" in crash.text


def test_a_merged_event_prints_a_clause_that_tells_it_not_the_shortest_mention():
    one = article("Concorde", "2000-07-25",
                  "July 25, 2000: An Air France Concorde en route to New York crashes outside Paris shortly after "
                  "takeoff, killing all 109 people on board and four people on the ground.")
    two = article("Concorde", "2000-07-27", "The aircraft crashed Tuesday.")
    three = article("Concorde", "2000-07-26",
                    "They were among those who escaped death in the crash on July 25, 2000, that claimed the lives "
                    "of all 109 people on board the supersonic jet and four on the ground.")
    four = article("Concorde", "2000-09-01",
                   "While those decisions were being made on July 25, 2000, in the 77 seconds between 4:43:13 p.m., "
                   "when the controller spotted the fire, and 4:44:30.")
    five = article("Concorde", "2000-08-10",
                   "It was the first time the investigators had offered a probable explanation of why the jet caught "
                   "fire on takeoff and crashed into a hotel north of Paris on July 25, 2000, killing 113 people.")
    [crash] = [e for e in merged_timeline([one, two, three, four, five], []) if e.date == "2000-07-25"]
    assert crash.sources == (0, 1, 2, 3, 4) and crash.text.startswith("An Air France")


def test_empty_input():
    assert find_duplicates([]) == []
    assert shared_points([], []) == []
    assert merged_timeline([], []) == []


def test_a_number_of_another_event_is_never_compared():
    one = article("Quake", "2023-02-06",
                  "A magnitude 7.8 earthquake struck the south of Valdora on Monday, the seismology office said.",
                  "In August 1999, a magnitude 7.4 earthquake struck the north of the country, killing 17,000 people.",
                  "The quake struck at 4.17am, and a 4.8 magnitude aftershock followed at 7.43pm near Porto Lume.")
    two = article("Quake", "2023-02-06",
                  "A magnitude 7.8 earthquake struck the south of Valdora on Monday, killing hundreds of people.",
                  "The quake struck at 4.17am local time, and the damage was worse than after the magnitude 7.1 "
                  "quake of last September.",
                  "The damage is far worse than after the 6.9-magnitude quake on 4 September, which killed no one.")
    assert find_disagreements([one, two], []) == []


def test_the_second_event_is_compared_only_with_itself():
    one = article("Quake", "2023-02-06",
                  "A magnitude 7.8 earthquake struck the south of Valdora before dawn on Monday.",
                  "About nine hours later, a second earthquake of magnitude 7.5 hit the same region.")
    two = article("Quake", "2023-02-06",
                  "A magnitude 7.8 earthquake struck the south of Valdora before dawn on Monday.",
                  "A second powerful earthquake struck the region in less than 12 hours.",
                  "Officials said the quake measured 7.6 magnitude, and it was felt as far away as Porto Lume.")
    found = {d.what: dict(d.values) for d in find_disagreements([one, two], [])}
    assert set(found) == {"second magnitude", "hours between the events"}
    assert found["second magnitude"] == {"magnitude 7.5": (0,), "7.6 magnitude": (1,)}
    assert set(found["hours between the events"].values()) == {(0,), (1,)}


def test_a_time_of_day_of_the_event_is_compared_and_a_curfew_is_not():
    one = article("Quake", "2011-02-22", "The tremor struck at 12.51pm, toppling the cathedral spire in the square.",
                  "Police imposed a curfew from 6:30 p.m. in the city centre.")
    two = article("Quake", "2011-02-22", "The quake, which struck at 12.50pm, toppled the cathedral spire.",
                  "Anyone found on the streets after 7:00 p.m. without a reason would be arrested.")
    found = find_disagreements([one, two], [])
    assert [(d.what, dict(d.values)) for d in found] == [("time of day", {"12.51pm": (0,), "12.50pm": (1,)})]


def test_two_times_one_story_gives_are_two_moments_not_a_disagreement():
    """A flight "left Los Angeles at 11:36 a.m. Tuesday and returned at 7:33 p.m.", printed by three
    outlets, one of them cut after the departure: no "sources differ on the time" between the two."""
    told = "The flight left Los Angeles International Airport at 11:36 a.m. Tuesday and returned at 7:33 p.m."
    one = article("Flight", "2017-12-27", told)
    two = article("Flight", "2017-12-27", told)
    three = article("Flight", "2017-12-27", "The flight left Los Angeles International Airport at 11:36 a.m. Tuesday.")
    assert [d for d in find_disagreements([one, two, three], []) if d.what == "time of day"] == []


def test_two_counts_of_a_thing_one_story_gives_are_two_things_not_a_disagreement():
    """A game report gives a receiver's "75 yards" and a quarterback's "83 yards"; another outlet
    gives only the 83: no "sources differ on the number of yards"."""
    one = article("Steelers", "2017-12-25", "Smith-Schuster had six receptions for 75 yards in the first half.",
                  "T.J. Yates was 7 of 16 for 83 yards and a touchdown for the Texans.")
    two = article("Steelers", "2017-12-26", "Texans quarterback TJ Yates only had 83 yards, completing seven of 16.")
    assert find_disagreements([one, two], []) == []


def test_a_round_figure_and_a_near_count_agree_and_two_exact_counts_do_not():
    """The Taliban's bombing in Mazar-i-Sharif (the packs' review): "air strikes in Kunduz that left
    up to 32 civilians dead" and "Some 30 civilians ... were killed" are one figure."""
    up_to = article("Kunduz", "2016-11-10", "US air strikes in Kunduz this month left up to 32 civilians dead.")
    some = article("Kunduz", "2016-11-11", "Some 30 civilians were killed in the US air strikes in Kunduz.")
    assert find_disagreements([up_to, some], []) == []
    exact = article("Kunduz", "2016-11-10", "US air strikes in Kunduz this month left 32 civilians dead.")
    other = article("Kunduz", "2016-11-11", "The US air strikes in Kunduz killed 30 civilians this month.")
    assert [d.what for d in find_disagreements([exact, other], [])] == ["number of civilians"]


def test_two_sums_one_story_gives_are_two_things_not_a_disagreement():
    """Reuters: "Broadcom's new $82 per share offer included $60 in cash and $22 in Broadcom stock";
    Bloomberg gives the $82 alone: the cash part is no other value of the offer."""
    one = article("Broadcom", "2018-02-05",
                  "Broadcom's new $82 per share offer included $60 in cash and $22 in Broadcom stock.")
    two = article("Broadcom", "2018-02-05", "Broadcom raised its offer to $82 a share in cash and stock on Monday.")
    assert find_disagreements([one, two], []) == []


def test_a_quote_or_a_synonym_witnesses_a_point_but_is_never_one():
    one = article("Quake", "2024-03-04",
                  "The earthquake destroyed the spire of the old cathedral of Valdora, which fell into the square.",
                  "Volunteers handed out blankets and bottled water at the main railway station.")
    two = article("Quake", "2024-03-04",
                  "He said: “The temblor destroyed the spire of the old cathedral of Valdora, it fell in the square.”",
                  "Farmers counted the loss of cattle swept away when the river burst its banks.")
    points = shared_points([one, two], [])
    spire = [p for p in points if "spire" in p.text]
    assert len(spire) == 1 and spire[0].sources == (0, 1) and spire[0].support == 2
    assert spire[0].text.startswith("The earthquake") and broken_rule(spire[0].text) is None


def test_a_post_quoted_without_its_author_is_never_a_point():
    """The Silverman pack's first two points were her tweet, "The great @michaelsheen & I consciously
    uncoupled over Christmas." and "We just live in different countries & it got hard.", with
    no one to say them."""
    tweet = ("The great @michaelsheen & I consciously uncoupled over Christmas.",
             "We just live in different countries & it got hard.")
    one = article("Split", "2018-02-05", "Sarah Silverman and Michael Sheen have split after four years together.",
                  *tweet)
    two = article("Split", "2018-02-06", *tweet,
                  "Sarah Silverman and Michael Sheen split after nearly four years together, she said on Twitter.")
    texts = [p.text for p in shared_points([one, two], [], limit=10)]
    assert texts and not any("@" in t or t.startswith("We ") for t in texts), texts
    assert any("four years" in t for t in texts)


def test_a_witness_speaking_in_the_first_person_supports_a_point_but_is_never_one():
    quote = "Going upstairs was a 30 minute climb as I could only manage two stairs at a time before resting."
    articles = [
        article("Bedding made a man ill", "2019-11-18",
                "A 43-year-old man in Scotland developed a rare lung disease after switching to a feather duvet.",
                quote, "Doctors found the feather bedding was the cause and he recovered after removing it."),
        article("Feather duvet lung", "2019-11-18",
                "A man of 43 in Scotland developed a rare lung disease after he switched to a feather duvet.",
                quote.replace("minute", "min"),
                "The feather bedding was the cause, doctors found, and he recovered once it was removed."),
    ]
    texts = [p.text for p in shared_points(articles, find_duplicates(articles), limit=20)]
    assert any("feather duvet" in t for t in texts)
    assert not any("I could" in t for t in texts)


def test_one_event_that_two_sources_date_differently_is_one_entry_with_both_dates():
    one = article("Landers", "2019-11-18",
                  "In May 2019, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond for "
                  "lunar lander missions.",
                  "In March 2019, the agency opened a new call for larger landers.")
    two = article("Landers", "2019-11-18",
                  "In July 2019, NASA awarded the first three lander contracts to Astrobotic, Intuitive Machines "
                  "and OrbitBeyond.",
                  "In March 2019, the agency opened a new call for larger landers.")
    three = article("Landers", "2019-11-19",
                    "NASA awarded its lander task orders to Astrobotic, Intuitive Machines and OrbitBeyond in "
                    "May 2019.")
    timeline = merged_timeline([one, two, three], [])
    awards = [e for e in timeline if "Astrobotic" in e.text]
    assert len(awards) == 1  # printed once, at the date two sources give
    assert awards[0].date == "2019-05" and awards[0].sources == (0, 1, 2)
    assert awards[0].disagreement is not None and awards[0].disagreement.what == "date"
    assert dict(awards[0].disagreement.values) == {"2019-05": (0, 2), "2019-07": (1,)}
    assert [d.values for d in find_disagreements([one, two, three], []) if d.what == "date"] == [
        awards[0].disagreement.values]
    assert all(e.disagreement is None for e in timeline if "larger landers" in e.text)


def test_the_day_a_spokesperson_spoke_is_no_date_of_the_event_he_spoke_of():
    """China Daily's "The United Nations welcomes the release of 82 Nigerian Chibok schoolgirls ..., said a
    spokesperson here on Monday." of 2017 was a date disagreement with the release of 21 girls in 2016."""
    one = article("Chibok", "2016-10-13",
                  "The Nigerian government said the release of 21 Chibok schoolgirls kidnapped by Boko Haram in "
                  "2014 took place on Oct. 13, 2016.")
    two = article("Chibok", "2016-10-14",
                  "Boko Haram released 21 Chibok schoolgirls kidnapped in 2014 on Oct. 13, 2016, officials said.")
    three = article("Chibok", "2017-05-09",
                    "The United Nations welcomes the release of 82 Nigerian Chibok schoolgirls that were kidnapped "
                    "by Boko Haram in 2014, said a spokesperson here on Monday.")
    assert not [d for d in find_disagreements([one, two, three], []) if d.what == "date"]
    assert all(e.disagreement is None for e in merged_timeline([one, two, three], []))


def test_a_date_disagreement_joins_only_clauses_that_each_tell_the_others_event():
    # The crash and the later ruling each share words with the history row, not with each
    # other; and the history row is decades away: no disagreement at all.
    crash = article("Concorde", "2000-07-26",
                    "On July 25, 2000, an Air France Concorde jet crashed near Paris after taking off, "
                    "killing all 109 people aboard.")
    ruling = article("Concorde", "2000-08-17",
                     "On Aug. 16, 2000, British authorities ruled the Concorde unfit to fly after the fatal "
                     "Air France crash near Paris.")
    history = article("Concorde", "2000-07-25",
                      "On May 24, 1976, Air France and British Airways launched Concorde service to Washington "
                      "from Paris.")
    timeline = merged_timeline([crash, ruling, history], [])
    assert [e.disagreement for e in timeline] == [None, None, None]
    assert [e.date for e in timeline] == ["1976-05-24", "2000-07-25", "2000-08-16"]


def test_events_that_only_look_alike_or_a_year_misread_are_no_date_disagreement():
    # a second case is not the third; the same day a year apart is a year read wrong, not a claim
    one = article("Plague", "2019-11-18",
                  "On November 12, 2019, officials reported the second case of plague in Inner Mongolia.",
                  "In July 2019 the band played at the Blossom Music Center in Cuyahoga Falls, Ohio.")
    two = article("Plague", "2019-11-18",
                  "On November 16, 2019, officials reported the third case of plague in Inner Mongolia.",
                  "In July 2020 the band played at the Blossom Music Center in Cuyahoga Falls, Ohio.")
    assert [d for d in find_disagreements([one, two], []) if d.what == "date"] == []
    assert all(e.disagreement is None for e in merged_timeline([one, two], []))



def test_a_clause_that_gives_only_the_year_dates_no_day_in_a_date_disagreement():
    """"The attack took place just as the Euro 2016 soccer tournament had concluded" is dated 2016
    and merged into a Friday's event by its words; it does not make that Friday a date the
    sources give for the tournament's end (Sunday, July 10): no disagreement."""
    one = article("Nice", "2016-07-15",
                  "The attack in Nice took place just as the Euro 2016 soccer tournament had concluded.")
    two = article("Nice", "2016-07-15",
                  "France had put intense security in place for Euro 2016, the soccer tournament that just concluded.",
                  "He told reporters after the soccer tournament concluded that the attack in Nice was very well "
                  "planned, in a phone call on Friday.")
    three = article("Nice", "2016-07-15",
                    "On Sunday, France had gotten some relief as the Euro 2016 soccer tournament concluded without a "
                    "feared attack.")
    assert [d for d in find_disagreements([one, two, three], []) if d.what == "date"] == []
    timeline = merged_timeline([one, two, three], [])
    assert [e.date for e in timeline] == ["2016-07-10", "2016-07-15"]
    assert all(e.disagreement is None for e in timeline)


def test_a_point_told_in_the_subjects_own_words_has_the_sources_that_tell_it():
    """Every report of a tram crash opens with it in the pack's most common words ("people",
    "died", "tram", "Croydon"): what is left of "At least seven people were killed" without them
    ("least", "seven") was no way to tell which sources state it, and the main news had
    three sources of six."""
    ledes = ["At least five people are dead after a tram overturned in Croydon, south London.",
             "At least seven people were killed when a tram overturned in Croydon, south London.",
             "Seven people died and dozens were injured after a tram overturned in Croydon.",
             "Several people died after a tram overturned on a sharp bend in Croydon.",
             "At least seven people have died after a tram overturned near Sandilands in Croydon.",
             "A tram overturned in Croydon early on Wednesday and seven people died."]
    others = [("The driver, a 42-year-old man from Beckenham, was arrested on suspicion of manslaughter.",
               "Passengers said the tram had been going very fast on the bend before it tipped over."),
              ("Firefighters worked for hours to free the passengers trapped in the wreckage.",
               "The Rail Accident Investigation Branch said the tram was travelling well above the limit."),
              ("London mayor Sadiq Khan visited the scene and said the death toll could rise.",
               "Tram services between Reeves Corner and Addington Village were suspended."),
              ("A passenger posted on Facebook that another tram had lifted on the same bend last week.",
               "FirstGroup, which operates the network, said the cause was not yet known."),
              ("Hospitals in south London treated more than 50 people for their injuries.",
               "The trade union for drivers called for an urgent review of the network's safety."),
              ("The British Transport Police said the driver may have fallen asleep at the controls.",
               "Local residents brought flowers to the scene by the underpass.")]
    articles = [article(f"Tram {n}", "2016-11-09", lede, *more) for n, (lede, more) in enumerate(zip(ledes, others))]
    first = shared_points(articles, [], limit=5)[0]
    assert "tram overturned in Croydon" in first.text and first.support >= 4 and {2, 5} <= set(first.sources)
    assert 0 not in first.sources  # "At least five people are dead" is another toll


def test_one_outlets_boilerplate_in_two_of_its_stories_is_one_source():
    """The Sun's two Equifax stories share a sentence word for word: the same writer's text
    again, one source, not a point two sources support; the same two stories from two outlets
    are two."""
    def story(source: str, *paragraphs: str) -> Article:
        blocks = tuple(Block("paragraph", text) for text in paragraphs)
        return analyse(Article(Metadata(title="Equifax", date="2017-09-15", source=source), (Section(None, blocks),)))

    boiler = ("Many victims will be unaware their information is held by the company, which represents BT, "
              "Capital One and British Gas.")
    first = ("Equifax admitted that hackers stole the data of 143 million customers in the United States.", boiler,
             "The firm apologised to its customers in Britain on Friday.")
    second = ("Fewer than 400,000 British consumers were affected by the Equifax hack, the firm said.", boiler,
              "Equifax said it would write to every customer whose data was stolen.")
    other = story("bbc.co.uk", "The credit agency Equifax has said that it will contact customers in the UK by post.",
                  "Its chief executive, Richard Smith, retired last month after the breach.")
    same = shared_points([story("thesun.co.uk", *first), story("thesun.co.uk", *second), other], [], limit=8)
    assert all(p.support == 1 for p in same)
    two = shared_points([story("thesun.co.uk", *first), story("dailymail.co.uk", *second), other], [], limit=8)
    assert two[0].support == 2 and two[0].text.startswith("Many victims")


def test_two_sources_clauses_of_one_day_that_share_only_its_weekday_are_two_events():
    """"Remarks were released on Monday." shares nothing with another source's Monday but the
    day: it is no part of "Equifax said Monday that 8,000 Canadians were affected"."""
    one = article("Equifax", "2017-10-02", "Smith is due to testify before Congress this week.",
                  "Remarks were released on Monday.")
    two = article("Equifax", "2017-10-02",
                  "Equifax said Monday that the completed review found 8,000 Canadian consumers were affected.")
    timeline = merged_timeline([one, two], [])
    assert sorted(e.sources for e in timeline if e.date == "2017-10-02") == [(0,), (1,)]

def _sigterm_default(job):
    """A stand-in for reading a source: whether SIGTERM has its default action here."""
    import signal

    return signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, None


def _terminated(signum, frame):
    raise SystemExit(128 + signum)


def test_the_reading_workers_end_at_the_pools_sigterm(monkeypatch, tmp_path):
    """The command's SIGTERM handler raises SystemExit; inherited by a reading worker it can
    lose the pool's SIGTERM and hang the pack. The workers take the default action."""
    import signal

    from briefing.batch.pack import sources as reading
    from briefing.options import DEFAULTS

    monkeypatch.setattr(reading, "_prepare_one", _sigterm_default)
    # the command's own handler: a worker the pool stops before its initializer ran (the map done by
    # the other one, on a busy machine) still ends; a handler that did nothing hung the pool's join here
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        outcomes = reading.read_sources([tmp_path / f"{n}.md" for n in range(4)], DEFAULTS, [None] * 4, tmp_path,
                                        jobs=2)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [default for default, _ in outcomes] == [True] * 4


def _hang() -> None:
    import time

    time.sleep(3600)


def test_a_forked_helper_that_hangs_is_given_up_and_stopped():
    """A forked child can hang on a lock another thread held at the fork; the pack would
    have waited for it for ever. Past the timeout it is stopped and the work done at home."""
    from briefing.batch.pack.background import InBackground, can_fork

    assert can_fork()
    job = InBackground(_hang)
    assert job.result(timeout=0.5) is None
    assert not job._process.is_alive()
    assert InBackground(lambda: 42).result(timeout=60) == 42


def test_one_sources_own_chronology_takes_no_more_than_its_share_of_the_timeline():
    """The concorde pack's 'milestones' article (1967 to 1990, ten entries) took half of the
    merged timeline's twenty rows, and the other sources' events after the crash, told by one
    source each, were left out (pack corpus)."""
    milestones = article("Concorde milestones", "2000-07-25", *(
        f"In {1960 + 3 * n}, the Concorde program reached milestone number {n} of its long development."
        for n in range(10)))
    told = ["On Aug. 4, 2000, investigators in Paris reported the discovery of a metal strip on the runway.",
            "On Aug. 7, 2000, forensic experts finished identifying the remains of all 113 victims.",
            "On Aug. 15, 2000, British Airways grounded its fleet of seven Concordes.",
            "On Aug. 31, 2000, French investigators posted a preliminary report with the cockpit transcript."]
    others = [article(f"Concorde {n}", f"2000-09-{10 + n:02d}", text) for n, text in enumerate(told)]
    timeline = merged_timeline([milestones, *others], [], limit=6)
    assert sum(e.sources == (0,) for e in timeline) <= 3
    assert sum(e.sources != (0,) for e in timeline) >= 3


def test_a_sources_lede_event_comes_before_the_background_it_gives_further_down():
    """The concorde pack's single-source rows were a profile's background (his schooling, his
    first jobs) while the reports' own news of one day was left out (pack corpus)."""
    profile = article("A troubled life", "1999-07-30",
                      "Neighbours described the trader as quiet and polite in the weeks before the shootings.",
                      "He went to school in the town and played in its football team for years.",
                      "Friends said he liked fishing on the lake and golf with his brothers.",
                      *(f"In {1980 + n}, the trader took a new trading job in the Atlanta trading business "
                        f"of a trader friend." for n in range(6)))
    suit = article("Widow sues firm", "1999-08-17",
                   "A widow of one of the victims filed a lawsuit against the brokerage firm on Friday.",
                   "The suit claims the firm failed to supervise its clients.")
    memorial = article("A year later", "2000-07-31",
                       "Families of the victims gathered at a memorial service in a suburban church on Sunday.",
                       "They lit candles for each of the people who died.")
    timeline = merged_timeline([profile, suit, memorial], [], limit=3)
    assert {"1999-08-13", "2000-07-30"} <= {e.date for e in timeline}


def test_a_bomb_that_killed_people_is_what_a_clause_refers_to_not_one_event_told_at_two_dates():
    """ "A refrigerator truck transported the bomb that killed at least 11 people ..., the FBI said
    Friday" was taken for the bombing itself, dated differently by one source (pack corpus)."""
    bombing = ("The Aug. 7 bombing of the U.S. Embassy in Dar es Salaam killed at least 11 people and "
               "damaged the embassy.")
    one = article("Bombing", "1998-08-08", bombing)
    two = article("Bombing", "1998-08-09", bombing.replace("at least ", ""))
    truck = article("Truck identified", "1998-10-16",
                    "A refrigerator truck transported the bomb that killed at least 11 people and damaged the U.S. "
                    "Embassy in Dar es Salaam, the FBI said Friday.")
    timeline = merged_timeline([one, two, truck], [])
    assert not any(e.disagreement for e in timeline)
    assert "1998-10-16" in {e.date for e in timeline}


def test_killed_himself_and_committed_suicide_are_one_point():
    """Reports told the gunman's death in three phrasings, and the pack's summary counted each
    phrasing's sources apart (pack corpus, atlanta-daytrader-shootings-1999)."""
    filler = ("Neighbours gathered outside the apartment block in the evening.",
              "The city council met to discuss the budget for the coming year.")
    one = article("Gunman", "1999-07-30", "The gunman killed himself as officers pulled over his van.",
                  filler[0])
    two = article("Gunman", "1999-07-30", "The gunman committed suicide in the van, the sheriff said.", filler[1])
    three = article("Gunman", "1999-07-31", "The gunman shot himself to death in his van near the station.")
    points = shared_points([one, two, three], [])
    assert any(p.sources == (0, 1, 2) for p in points), [(p.text, p.sources) for p in points]


#: Sentences beside a test's own: they share no point.
_FILLER = ("Neighbours gathered outside the embassy in the evening.",
           "The city council met to discuss the budget for the coming year.",
           "Engineers inspected the runway lights before dawn.")
#: Two reports that Air France grounded its Concordes (pack corpus, concorde-crash-2000).
_GROUNDED = [("Concorde", "2000-08-16", "Air France grounded its remaining five Concordes immediately after the "
              "July 25 crash near Paris that killed 113 people."),
             ("Concorde", "2000-08-02", "Air France grounded its five remaining Concordes immediately after "
              "the crash.")]


def test_a_point_names_the_sources_that_tell_its_own_clause_not_a_date_or_what_it_refers_to():
    """A point's sources were every article with a sentence alike at all: "Tanzania has expelled
    14 foreigners" was said by the article that held Odeh "since August 14", and "Air France
    grounded its remaining five Concordes after the crash that killed 113 people" by one that
    only named the crash (pack corpus)."""
    filler = _FILLER
    expelled = [
        article("Bombing", "1998-09-18", "Tanzania has expelled 14 foreigners questioned in connection with the "
                "Aug. 7 bombing of the U.S. Embassy.", filler[0]),
        article("Bombing", "1998-09-11", "Tanzania expelled five Iraqis and a Libyan who were questioned in "
                "connection with the bombing of the embassy.", filler[1]),
        article("Bombing", "1998-08-28", "Odeh has been held by Kenyan authorities since August 14, a week after "
                "his arrest in Karachi in connection with the embassy bombing in Tanzania."),
    ]
    grounded = [
        *(article(*report, more) for report, more in zip(_GROUNDED, filler)),
        article("Concorde", "2000-09-04", "The French agency described the piece of metal that may have triggered "
                "the July 25 crash near Paris that killed 113 people as part of a thrust reverser."),
    ]
    for articles, words in ((expelled, "expelled 14 foreigners"), (grounded, "remaining five Concordes")):
        points = shared_points(articles, [])
        point = next(p for p in points if words in p.text)
        assert point.sources == (0, 1), [(p.text, p.sources) for p in points]


def test_a_point_told_again_in_other_words_is_not_a_second_point():
    """The Concorde pack's summary gave "Air France grounded its remaining five Concordes
    immediately after the July 25 crash ..." and, as another point, "Air France's remaining five
    Concordes stayed grounded as the investigation progressed Thursday" (pack corpus)."""
    articles = [
        *(article(*report, more) for report, more in zip(_GROUNDED, _FILLER)),
        article("Concorde", "2000-07-28", "Air France’s remaining five Concorde’s stayed grounded as the "
                "investigation progressed Thursday.", _FILLER[2]),
        article("Concorde", "2000-07-29", "Investigators removed two engines from the crash site as Air France’s "
                "remaining five Concorde’s stayed grounded on Friday while the investigation progressed."),
    ]
    points = [p.text for p in shared_points(articles, []) if "five" in p.text]
    assert len(points) == 1, points


def test_counts_and_sums_of_different_things_are_no_disagreement_and_a_point_shows_only_its_own():
    """The Atlanta pack's first point, "Nine died and 13 were wounded.", showed "Sources differ on
    amount in $" with twelve sums (the money Barton lost, the insurance paid, a trust fund), and
    the embassy pack gave the dead of Nairobi and of Dar es Salaam as one count in six values
    (pack corpus): every conflicting pair had been joined into one fact."""
    one = article("Bombings", "1998-08-26",
                  "The blast in Nairobi killed 247 people, officials said on Wednesday.",
                  "The explosion in Dar es Salaam killed 11 people, officials said on Wednesday.")
    two = article("Bombings", "1998-09-05",
                  "The blast in Nairobi killed 257 people, officials said on Saturday.",
                  "The explosion in Dar es Salaam killed 10 people, officials said on Saturday.")
    found = {tuple(sorted(raw for raw, _ in d.values)) for d in find_disagreements([one, two], [])}
    assert found == {("247 people", "257 people"), ("10 people", "11 people")}, found
    sums = [article("Gunman", "1999-07-30", "Nine died and 13 were wounded in the two offices.",
                    "Barton lost $105,000 in his account at the firm in 15 days of trading."),
            article("Gunman", "1999-07-31", "Nine died and 13 were wounded in the offices.",
                    "Barton lost $450,000 in his account at the firm over the year of trading.")]
    point = next(p for p in shared_points(sums, []) if p.text.startswith("Nine died"))
    assert point.disagreement is None, point


def test_one_sources_other_words_of_a_year_are_not_more_entries():
    """Two entries dated 2022 from one source ("SNC would be able to start missions in 2022", "the VIPER rover
    ... in 2022") were both printed: one source's clauses of one date are its own briefing's detail."""
    one = article("Landers", "2019-11-19",
                  "Sierra Nevada would be able to start lunar lander missions in 2022, its vice president said.",
                  "This includes the VIPER rover, which NASA plans to send to the moon's south pole in 2022.")
    two = article("Landers", "2019-11-19", "Astrobotic plans to fly its first lander to the moon in 2021.")
    timeline = merged_timeline([one, two], [])
    assert [e.sources for e in timeline if e.date == "2022"] == [(0,)]
    assert [e.sources for e in timeline if e.date == "2021"] == [(1,)]


def test_two_sources_long_clauses_that_share_many_terms_are_one_event():
    """The same doctor's visit of November 2016, told at length by two reports, was printed twice."""
    one = article("Duvet", "2019-11-18",
                  "According to the case report, the 43-year-old man had suffered months of dizziness, fatigue, "
                  "headaches and breathlessness by the time he visited his local doctor in November 2016, a general "
                  "practitioner in the northern city.")
    two = article("Duvet", "2019-11-19",
                  "For the case report, four doctors of the Aberdeen Royal Infirmary told the tale of a 43-year-old "
                  "man who saw his doctor in November 2016 after three months of feeling very tired and breathless.")
    timeline = merged_timeline([one, two], [])
    assert [e.sources for e in timeline if e.date == "2016-11"] == [(0, 1)]


def test_a_schedule_gives_the_pack_its_first_and_last_dates():
    """A tour's 30 dates, listed by two sources, filled the pack's timeline: the items between the first and
    the last are left to the sources' briefings, except one another source tells on its own."""
    stops = [("June 9", "Coral Sky Amphitheatre, West Palm Beach, FL"), ("June 10", "MidFlorida Amphitheatre, Tampa"),
             ("June 14", "Ameris Bank Amphitheatre, Alpharetta, GA"), ("June 17", "Bridgestone Arena, Nashville"),
             ("July 22", "Blossom Music Center, Cuyahoga Falls, OH"), ("Oct. 10", "Cynthia Woods Pavilion, Houston")]
    listing = " ".join(f"{day} -- {place}," for day, place in stops)
    one = article("Tour", "2019-11-19", "The band will tour North America next year.",
                  f"The dates, all in 2020: {listing}.")
    two = article("Tour", "2019-11-19", f"Tour dates for 2020: {listing}.")
    local = article("Tour", "2019-11-19",
                    "The reunion tour stops at Blossom Music Center in Cuyahoga Falls on July 22, 2020, for its only "
                    "Ohio show.")
    own = [e.date for e in one.timeline if e.date.startswith("2020-")]
    assert len(own) == len(stops)  # each source's own timeline keeps every stop
    dates = [e.date for e in merged_timeline([one, two, local], []) if e.date.startswith("2020-")]
    assert dates == ["2020-06-09", "2020-07-22", "2020-10-10"]


def test_a_date_written_only_in_what_a_clause_refers_to_is_no_date_disagreement():
    """ "The band is nominated for the Hall of Fame's class of 2020, which will be honored on May 2"
    was taken for the nomination dated May 2 against another source's "last month" (pack
    benchmark): the May 2 entry was lost to a disagreement that is none. The entry printed
    for May 2 is a clause that gives that day, not one of the same source that says "2020"."""
    nominated = article("Tour", "2019-11-19",
                        "The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame Induction "
                        "into a 50th anniversary tour in 2020.",
                        "The Doobie Brothers are nominated for the Rock and Roll Hall of Fame's Class of 2020, "
                        "which will be honored at Cleveland's Public Auditorium on May 2.")
    last_month = article("Tour", "2019-11-19",
                         "Long considered one of the Rock & Roll Hall of Fame great slights, the Doobies last "
                         "month were nominated for the Rock Hall.")
    timeline = merged_timeline([nominated, last_month], [])
    assert not any(e.disagreement for e in timeline)
    [honored] = [e for e in timeline if e.date == "2020-05-02"]
    assert "honored" in honored.text and honored.sources == (0,)
    assert any(e.date == "2019-10" and e.sources == (1,) for e in timeline)


def test_an_event_of_a_month_is_not_merged_into_a_days_event_that_only_refers_to_it():
    """"Neumann had resigned as CEO the previous week" (September) was merged into the September 30
    entry whose clause ends "shortly after Neumann stepped down as CEO" (pack benchmark): at two
    precisions, clauses are compared by what they tell, not what they refer to."""
    one = article("WeWork", "2019-11-19",
                  "The company shelved its plans for an initial public offering on September 30 after investors "
                  "grew wary of its losses.",
                  "Neumann had resigned as CEO the previous week.")
    two = article("WeWork", "2019-11-19",
                  "WeWork's parent company, The We Company, announced on Sept. 30 that it was withdrawing its S-1 "
                  "filing for an initial public offering, shortly after Neumann stepped down as CEO.")
    timeline = merged_timeline([one, two], [])
    assert [(e.date, e.sources) for e in timeline] == [("2019-09", (0,)), ("2019-09-30", (0, 1))]
    assert "resigned" in timeline[0].text


def test_clusters_that_come_to_one_day_as_they_grow_are_one_entry():
    """"Kicking off in June 2020, the 30-date run ..." took the other source's "... the trek, which
    kicks off June 9th in West Palm Beach" to June 9, where the schedules' first item was an entry
    already: June 9 was printed twice (pack benchmark)."""
    schedule = ("Tour dates: June 9 -- West Palm Beach, FL @ Coral Sky Amphitheatre June 10 -- Tampa, FL @ "
                "MidFlorida Amphitheatre July 22 -- Cuyahoga Falls, OH @ Blossom Music Center Oct. 10 -- Houston, "
                "TX @ The Cynthia Woods Mitchell Pavilion")
    one = article("Tour", "2019-11-19",
                  "Kicking off in June 2020, the 30-date run will mark the first time the foursome will tour "
                  "together in nearly 25 years.", schedule)
    two = article("Tour", "2019-11-19",
                  "John McFee will tour together with the band for the first time in nearly 25 years during the "
                  "trek, which kicks off June 9th in West Palm Beach, Florida.", schedule)
    timeline = merged_timeline([one, two], [])
    assert [e.sources for e in timeline if e.date == "2020-06-09"] == [(0, 1)]
    assert not any(e.date == "2020-06" for e in timeline)


def test_a_digest_that_reprints_a_storys_paragraphs_is_no_second_source_for_them():
    """A news-in-brief page prints the opening paragraphs of a wire story among others: it is no
    duplicate of the story, but what it reprints word for word is the same writer's text, no
    second source. A claim two reports make in their own words ranks above it."""
    story = article("Quake kills 40 in Valdora", "2024-03-04", *WIRE,
                    "Residents of the old town spent the night in parks and car parks, afraid to go back indoors.",
                    "The prime minister cut short a visit abroad and was expected in Valdora on Tuesday morning.",
                    "Neighbouring countries offered rescue teams, field hospitals and tents for the homeless.",
                    "The port, the busiest on the coast, was closed to shipping until its cranes are checked.",
                    "The last earthquake of this strength hit the region in 1954 and destroyed three villages.",
                    "Insurers said it was too early to put a figure on the damage to homes and businesses.")
    digest = article("News in brief", "2024-03-04", *WIRE[:3],
                     "In other news, the national football team beat its neighbours two goals to one on Sunday.",
                     "A heatwave closed schools across the south of the country for a third day, officials said.",
                     "The central bank left its main interest rate unchanged for the sixth month in a row.",
                     "Striking dock workers in the northern port of Arvel returned to work after a pay deal.",
                     "A rare white stork nested on the roof of the town hall in Melle, drawing crowds of visitors.",
                     "The parliament passed a law on Tuesday that lowers the voting age in local elections to sixteen.",
                     "Tram drivers in the capital will strike for two days next week over new rosters.",
                     "A museum in Sarn returned a stolen medieval painting to the church it was taken from in 1987.",
                     "The wine harvest in the eastern valleys was the smallest in twenty years after a late frost.",
                     "Police arrested three men suspected of smuggling rare tortoises through the airport of Lisca.",
                     "The state airline ordered eight new regional jets for its routes to the islands, it said.")
    own_words = article("Valdora after the quake", "2024-03-05",
                        "The harbour bridge of Valdora will stay closed for at least three weeks, engineers said.",
                        "Shops in the old town reopened on Wednesday under police watch.")
    others = article("Port city counts its losses", "2024-03-05",
                     "Engineers said the harbour bridge of Valdora must stay closed for three weeks at least.",
                     "A charity concert for the families of the victims is planned for next month.")
    articles = [story, digest, own_words, others]
    assert find_duplicates(articles) == []
    points = shared_points(articles, [])
    assert "harbour bridge" in points[0].text and points[0].support == 2, points[0]
    reprinted = [p for p in points if p.text.startswith(("A powerful earthquake", "The regional governor"))]
    assert all(p.support == 1 and p.sources == (0, 1) for p in reprinted), reprinted


def test_a_merged_event_prints_a_clause_that_stands_alone_not_the_one_most_copies_print():
    """Three copies of a wire story tell the day with the tail of a quote, another report in
    a clause of its own: the entry prints the clause that reads alone."""
    wire = ("\"There won't be a Perry Mason here, I don't think. You got me,\" the mayor said on Friday, invoking a "
            "television detective.")
    copies = [article("Mayor to raise the question", "2018-07-15", wire,
                      "The council meets again in September to vote on the harbour plan and its budget.")
              for _ in range(3)]
    other = article("Harbour row", "2018-07-15",
                    "The mayor said at a joint news conference on Friday that he would raise the harbour question.")
    articles = [*copies, other]
    groups = find_duplicates(articles)
    assert [sorted(g.members) for g in groups] == [[0, 1, 2]]
    [friday] = [e for e in merged_timeline(articles, groups) if e.date == "2018-07-13"]
    assert friday.sources == (0, 1, 2, 3), friday
    assert friday.text.startswith("The mayor said at a joint news conference"), friday.text


def test_a_point_names_the_sources_that_tell_it_not_those_that_only_name_its_people():
    """A source states a point when its sentence tells what the point tells, not when it only
    names the same people on the same day ("As Donald Trump and Vladimir Putin head into
    Monday's meeting ..." does not say that nothing bad will come out of it)."""
    said = article("Trump lowers expectations", "2018-07-15",
                   "President Donald Trump says nothing bad and maybe some good will come out of Monday's summit "
                   "with Vladimir Putin, as he attempted to lower expectations for the meeting.",
                   "The two leaders will meet in the presidential palace in Helsinki.")
    again = article("Low expectations for Helsinki", "2018-07-15",
                    "Trump told CBS that nothing bad would come out of the summit with Putin, and maybe some good.",
                    "Finland has hosted summits between American and Russian leaders before.")
    preview = article("What each side wants", "2018-07-15",
                      "As Donald Trump and Vladimir Putin head into Monday's summit, here is what each president "
                      "may be hoping to achieve.",
                      "Arms control is one area where the two countries might reach agreement.")
    background = [article(f"Summit notes {n}", "2018-07-15", *sentences) for n, sentences in enumerate((
        ("The president and Putin last met in Vietnam, where Trump spoke with Putin at a summit dinner.",
         "Putin has said he expects a summit with Trump to ease the tension between the two countries."),
        ("Trump said the president of Finland would greet Putin at the summit venue on the harbour.",
         "Aides to Putin said the Russian president wants the summit with Trump to last several hours."),
        ("Critics of Trump in Congress urged the president to cancel the summit with Putin altogether.",
         "Trump dismissed the critics and said a summit with Putin was in the interest of both nations."),
    ))]
    articles = [said, again, preview, *background]
    points = shared_points(articles, find_duplicates(articles))
    [told] = [p for p in points if "nothing bad" in p.text]
    assert told.sources == (0, 1), told


def test_a_point_of_two_clauses_names_the_sources_of_its_first_not_of_the_one_after_its_semicolon():
    """"XXXTentacion has pleaded innocent to the charges against him and R. Kelly faces no criminal
    case; he was acquitted of child pornography charges in 2008" was credited to sources that tell
    only the 2008 acquittal, which half the pack's stories give as background."""
    point = article("Spotify backtracks", "2018-06-01",
                    "Spotify said on Friday that it was moving away from its policy on artist conduct.",
                    "XXXTentacion has pleaded innocent to the charges against him and R. Kelly faces no criminal case; "
                    "he was acquitted of child pornography charges in 2008.")
    copy = article("Spotify reverses course", "2018-06-01",
                   "The streaming company said its policy on artist conduct had caused confusion among musicians.",
                   "The rapper has pleaded innocent to the charges against him, and the singer faces no criminal case.")
    background = [article(f"Spotify story {n}", "2018-05-31", first,
                          "Kelly was acquitted in 2008 of child pornography, and he has denied every allegation that "
                          "women have made against him since then.")
                  for n, first in enumerate((
                      "Spotify's chief executive said the company rolled out its hate policy the wrong way.",
                      "Shares of the streaming company rose on Thursday in New York trading after the remarks.",
                      "Musicians and managers had complained that the rule singled out particular artists."))]
    articles = [point, copy, *background]
    points = shared_points(articles, find_duplicates(articles), limit=10)
    [told] = [p for p in points if "pleaded innocent" in p.text]
    assert told.sources == (0, 1), told


def test_how_many_times_two_people_met_is_compared_and_other_meetings_are_not():
    """AP wrote that Trump and Putin "have met twice before"; another AP story that they "have
    met formally and informally at least three times" (it counts a dinner talk): the summary
    said "twice" as if all agreed. A committee's meetings are no count of theirs."""
    twice = article("Summit fever", "2018-07-15",
                    "Trump and Putin have met twice before, during international summits last year in Germany "
                    "and in Vietnam.", "The committee met once in May to plan the visit of the delegation.")
    thrice = article("Past encounters", "2018-07-15",
                     "President Donald Trump and Russian President Vladimir Putin have met formally and informally "
                     "at least three times in the nearly 18 months since Trump took office.")
    other = article("City council", "2018-07-15",
                    "The city council met three times in June to debate the budget for the harbour.")
    [found] = [d for d in find_disagreements([twice, thrice, other], []) if d.what == "number of meetings"]
    assert found.values == (("twice", (0,)), ("at least three times", (1,))), found


def test_a_merged_event_prints_a_clause_that_tells_it_on_its_date_not_one_that_refers_to_it():
    """Spotify's pack printed under 10 May "The company said in blog post that when it announced
    the policy on May 10 it 'created confusion and concern'": a statement of 1 June that only
    refers to the day; another source's "The policy was implemented May 10." tells it."""
    blog = article("Spotify backtracks", "2018-06-01",
                   "The company said in blog post that when it announced the policy on May 10 it \"created "
                   "confusion and concern\" among artists and their managers.")
    again = article("Spotify reverses course", "2018-06-01",
                    "The company said in blog post that when it announced the policy on May 10 it \"created "
                    "confusion and concern\" and had not listened to its own staff.")
    plain = article("Spotify CEO speaks", "2018-05-31", "The policy was implemented May 10.",
                    "Artists and managers had complained about it for weeks before the company changed course.")
    timeline = merged_timeline([blog, again, plain], [])
    [entry] = [e for e in timeline if e.date == "2018-05-10"]
    assert entry.text == "The policy was implemented May 10." and entry.sources == (0, 1, 2), entry


def test_a_point_of_two_statements_is_supported_by_sources_that_state_its_first():
    """"Trump plans to raise the issue of election meddling in his summit with Putin, but he told
    officials ... that he already knows Putin will again deny 2016 interference ..." was one source's
    point: the stories that say only "he would raise the election meddling with Putin" stated too
    little of its whole to support it, so the pack's most widely told claim had one source."""
    long_point = article(
        "Mayor's plans", "2024-03-04",
        "Mayor Ana Ruiz plans to close the harbour bridge for repairs in her talks with the port authority, but "
        "she told councillors during a visit to the docks that she already expects the shipping lines to object "
        "and does not expect quick agreement on compensation.")
    others = [article(f"Harbour story {n}", "2024-03-04", first, second) for n, (first, second) in enumerate((
        ("But she said on Monday that she would close the harbour bridge for repairs.",
         "The council meets on Thursday to vote on the city budget."),
        ("She has said she will close the harbour bridge for repairs this spring.",
         "Traffic on the coast road has doubled since the tunnel flooded."),
        ("Fishermen protested outside the town hall against new quotas set by the regional government.",
         "The weather service expects storms along the coast this weekend."),
    ))]
    articles = [long_point, *others]
    points = shared_points(articles, find_duplicates(articles), limit=10)
    [told] = [p for p in points if "harbour bridge" in p.text]
    assert told.sources == (0, 1, 2), told



def _dated(date: str, *events: tuple[str, str, str]) -> Article:
    """An article of the given timeline entries (date, precision, clause), each its own paragraph."""
    blocks = tuple(Block("paragraph", text) for _, _, text in events)
    timeline = tuple(TimelineEvent(d, text, precision, section=0, paragraph=k) for k, (d, precision, text)
                     in enumerate(events))
    return Article(Metadata(title="Oil", date=date), (Section(None, blocks),), timeline=timeline)


TOLD = ("On Thursday, President Trump accused China of letting oil go into North Korea, calling it very "
        "disappointing.")


def test_a_clause_dated_only_by_its_pages_day_claims_no_date():
    """A page dated two weeks later leads with "Trump has accused China of ...": its entry is dated by
    the page's own day, which no word of it claims; the North Korea pack printed "Sources differ on the
    date" for it. A day written out still is a claim."""
    told = [_dated("2017-12-29", ("2017-12-28", "day", TOLD)) for _ in range(2)]
    later = _dated("2018-01-10", ("2018-01-10", "day", "President Trump has accused China of letting oil go into "
                                  "North Korea, calling it very disappointing."))
    assert [d for d in find_disagreements([*told, later], []) if d.what == "date"] == []
    written = _dated("2018-01-10", ("2018-01-09", "day", "On Tuesday, President Trump accused China of letting oil "
                                    "go into North Korea, calling it very disappointing."))
    assert [d.what for d in find_disagreements([*told, written], [])] == ["date"]


def test_a_month_a_source_gives_is_no_other_date_than_a_day_of_it():
    """"The news follows Trump's criticism of China this week ..." (December) joined another source's
    report of 26 December, and the pack printed the criticism of the 28th as dated the 26th by two sources."""
    told = [_dated("2017-12-29", ("2017-12-28", "day", TOLD)) for _ in range(2)]
    report = _dated("2017-12-30", ("2017-12-26", "day", "The Chosun Ilbo newspaper published satellite photos of "
                                   "ship transfers on Tuesday, Dec. 26."),
                    ("2017-12", "month", "The news follows the Chosun Ilbo newspaper's published satellite photos of "
                     "ship transfers and President Trump's accusing China this week of letting oil go into North "
                     "Korea."))
    assert [d for d in find_disagreements([*told, report], []) if d.what == "date"] == []


def test_two_dated_clauses_of_one_ship_that_tell_two_actions_are_no_date_they_differ_on():
    """"South Korean authorities announced the Hong Kong-flagged Lighthouse Winmore was seized in November
    in the port of Yeosu" and "The Hong Kong-flagged ship visited Yeosu Port on Oct. 11 to load oil" share
    the ship and the port, not what was done: the North Korea pack printed "Sources differ on the date"
    under its point on the ship. Two sources that tell one action at two dates still differ."""
    seized = [_dated("2017-12-29", ("2017-12-22", "day", "Last Friday, South Korean authorities announced the "
                                    "Hong Kong-flagged Lighthouse Winmore ship was seized in the port of Yeosu."))
              for _ in range(2)]
    visited = _dated("2017-12-29", ("2017-10-11", "day", "The Hong Kong-flagged Lighthouse Winmore ship visited "
                                    "South Korea's port of Yeosu on Oct. 11 to load oil."))
    assert [d for d in find_disagreements([*seized, visited], []) if d.what == "date"] == []
    told = _dated("2017-12-29", ("2017-10-11", "day", "On Oct. 11, South Korean authorities announced the "
                                 "Hong Kong-flagged Lighthouse Winmore ship was seized in the port of Yeosu."))
    assert [d.what for d in find_disagreements([*seized, told], [])] == ["date"]
