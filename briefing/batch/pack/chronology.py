"""One timeline across a pack's articles: every event of every article's timeline (shown
or not), one entry per event, and the events that sources date differently.

- Two events are one when their dates agree at the precision they share and their
  clauses share words (containment of content words >= SAME_EVENT; SAME_DAY_EVENT for
  two sources' events of one day, with SAME_DAY_TERMS terms in common at least; or
  SAME_EVENT_TERMS terms for two sources' clauses). The
  merged entry keeps the finest date and the clearest clause (one that passes the key point
  rules, of a readable length).
- A schedule (SCHEDULE_ITEMS short items dated to the day in one paragraph: a tour's dates)
  gives its first and last dates; the items between are left to the sources' own briefings,
  unless another source tells one on its own.
- One source alone on a date (a day, a month, a year) gives one entry: its other clauses of
  that date (the same report's further details) are left to its own briefing, and so is its
  clause of a date that retells an entry it is one of the sources of (RETELLS terms in common).
- Entries are kept by how many independent sources tell them, then by whether they read
  alone, then by whether a source tells them in its lede (its first LEDE_PARAGRAPHS
  paragraphs: the news it reports, not the background it gives further down), then by
  salience.
- Dates in conflict: two merged events that independent sources (no source in both)
  date to different months or days at most a year apart, whose clauses without their
  date words are one event (what each tells before what it refers to: "ruled the Concorde
  unfit | after the fatal crash" is no crash; containment >= CONFLICT_EVENT and
  CONFLICT_WORDS words in common, no different ordinals: "third case" is not "second
  case"; not the same month and day of two years, which is a year read wrong, not a
  source's claim; not a clause dated by who said it, ", officials said on Saturday" or
  "investigators said Monday that ...", which two reports of one fact say on their own days;
  not two dated only by one weekday both name, which the reports' own days set apart;
  not a clause that writes no date (dated by its page's own day: "Trump has accused China ..."),
  nor a month's clause against a day of that month ("Trump's criticism this week"); and only
  when the two tell one action ("adopted"; not a ship "seized" and the ship that "visited" a port);
  nor one whose day or month is written only in what it refers to, "nominated for the class
  of 2020, | which will be honored on May 2"; and so for every two of them), are one event
  that the sources date differently: printed once, at the date more sources give, with the other dates and
  their sources beside it ("In May, NASA awarded task orders to Astrobotic ..." against
  "In July, NASA awarded the first three contracts ... to Astrobotic ...").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ...analysis.events import said_at_end
from ...analysis.sentences import stem
from ...lexicon import MONTHS, VERB_WORDS, WEEKDAY
from ...model import Article, TimelineEvent
from .matching import DuplicateGroup, independent_sources, match_terms, point_allowed, point_terms
from .numbers import Disagreement

SAME_EVENT = 0.4  # share of the shorter clause's content words the other holds
SAME_DAY_EVENT = 0.2  # the same, for two sources' events of one day
#: ... sharing at least so many terms: the day's weekday alone is none ("Remarks were released on Monday.")
SAME_DAY_TERMS = 2
SAME_EVENT_TERMS = 6  # or as many terms in common, for two sources' clauses of one date
CONFLICT_EVENT, CONFLICT_WORDS = 0.5, 4  # two sources' clauses, dates left out, that tell one event


@dataclass(frozen=True)
class MergedEvent:
    """One dated event of the pack, as the clearest source words it, with every source."""

    date: str
    precision: str
    text: str
    sources: tuple[int, ...]
    disagreement: Disagreement | None = None  # what = "date"; values: (ISO date, articles)


_RANK = {"decade": 0, "year": 1, "month": 2, "day": 3}


def _dates_agree(a: str, b: str) -> bool:
    """Whether two partial ISO dates agree at the precision they share."""
    return a.startswith(b) or b.startswith(a)


#: A report tells its news in its first paragraphs; what it dates further down is background
#: ("In 1984, Barton accepted a job at ..."), which a pack's chronology gives way to first.
LEDE_PARAGRAPHS = 3


def _lede_positions(article: Article) -> set[tuple[int, int]]:
    """The (section, paragraph) places of the article's first LEDE_PARAGRAPHS paragraphs."""
    return {(s, p) for (s, p, _), _ in zip(article.paragraphs(), range(LEDE_PARAGRAPHS))}


def _clarity(text: str) -> float:
    """How well a clause reads alone: passes the key point rules, about 5 to 30 words."""
    n = len(text.split())
    return (2.0 if point_allowed(text) else 0.0) + (1.0 if 5 <= n <= 30 else 0.0) - abs(n - 16) / 40


#: One source's entries that no other source tells take at most 1/SHARE_OF_ONE of the
#: timeline while others' are left (an article of milestones took half the concorde pack's).
SHARE_OF_ONE = 6
TYPICAL = 10.0  # how much a clause's sharing the others' words weighs against its reading well alone
#: A clause's share of the others' words counts at least this many of its terms: "The aircraft
#: crashed Tuesday." holds the one word "crash" that every source's clause has, and says nothing more.
FEWEST_TERMS = 5


_PLAIN_QUOTES = str.maketrans("’‘“”", "''\"\"")


def _clearest(cluster: dict) -> str:
    """The clause a merged event is printed as: one that reads well alone and says what the
    other sources' clauses say (the share of its words they hold), not one that only mentions
    the event ("While those decisions were being made on July 25 in the 77 seconds ..."), and
    one that gives the date printed ("in 2020" is no clause for May 2, 2020), in what it tells
    ("The company said in a blog post that when it announced the policy on May 10 ..." only
    refers to the day). A clause that passes the key point rules goes first ("He cited his
    meeting ..." leans on the sentence before), and a wire story's copies count as one clause."""
    distinct: dict[str, tuple] = {}  # one clause each: copies of a wire story do not outvote another source's words
    for event, found in zip(cluster["events"], cluster["terms"]):
        distinct.setdefault(event[1].text.translate(_PLAIN_QUOTES), (event, found))
    events = [event for event, _ in distinct.values()]
    terms_ = [_dateless(found) for _, found in distinct.values()]

    def typical(k: int) -> float:
        others = [t for j, t in enumerate(terms_) if j != k]
        shares = [len(terms_[k] & t) / max(FEWEST_TERMS, min(len(terms_[k]), len(t))) for t in others]
        return sum(shares) / max(1, len(others))

    def dates_it(k: int) -> bool:  # the clause gives the date printed, not a coarser one
        return events[k][1].precision == cluster["precision"]

    return events[max(range(len(events)), key=lambda k: (dates_it(k), not dated_in_reference(events[k][1]),
                                                          point_allowed(events[k][1].text),
                                                          _clarity(events[k][1].text) + TYPICAL * typical(k)))][1].text


def merged_timeline(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup],
                    limit: int = 20) -> list[MergedEvent]:
    """One entry per event across the articles, the best attested `limit` ones, by date (a
    single source's entry of a day not yet shown goes before one of a day shown); an event
    that sources date differently is one entry, with their dates beside it."""
    source = independent_sources(duplicates, len(articles))
    clusters = _event_clusters(articles)
    conflicts = _date_conflicts(clusters, source)
    ledes = [_lede_positions(article) for article in articles]
    middles = _schedule_middles(articles)
    entries = []
    for number, cluster in enumerate(clusters):
        if number in conflicts and conflicts[number] is None:
            continue  # told at another date by more sources: shown there
        events = cluster["events"] + [e for other in cluster.get("others", ()) for e in clusters[other]["events"]]
        if all((i, e) in middles for i, e in events):
            continue  # a schedule's item between its first and last: left to the sources' own briefings
        indices = sorted({i for i, _ in events})
        text = _clearest(cluster)
        in_lede = any((e.section, e.paragraph) in ledes[i] for i, e in events)
        weight = (len({source[i] for i in indices}), point_allowed(text), in_lede, max(e.salience for _, e in events))
        entries.append((weight, MergedEvent(cluster["date"], cluster["precision"], text, tuple(indices),
                                            conflicts.get(number))))
    entries.sort(key=lambda pair: pair[0], reverse=True)
    entries = _without_coarser_retelling(entries)
    told: set[tuple[int, str]] = set()  # (source, date) of the single-source entries kept
    shared: dict[tuple[int, str], list[frozenset[str]]] = {}  # what the entries of several sources tell
    alone: Counter = Counter()  # single-source entries kept, by source
    top: list[MergedEvent] = []
    held: list[MergedEvent] = []
    for _, entry in entries:
        if len(entry.sources) == 1:
            key = (entry.sources[0], entry.date)
            if key in told or _retells(entry.text, shared.get(key, ())):
                continue  # one source's other words on that day: a detail of the entry kept
            told.add(key)
        else:
            for source_ in entry.sources:
                shared.setdefault((source_, entry.date), []).append(told_terms(entry.text))
        if len(entry.sources) == 1:
            if any(kept.date == entry.date for kept in top):
                held.append(entry)  # a chronology covers its days first: one source's more on a day shown waits
                continue
            alone[entry.sources[0]] += 1
            if alone[entry.sources[0]] > max(2, limit // SHARE_OF_ONE):
                held.append(entry)  # one source's own chronology takes no more than its share
                continue
        top.append(entry)
    top = (top + held)[:max(0, limit)]
    return sorted(top, key=lambda e: (e.date, _RANK[e.precision]))


SUBJECT_SHARE = 0.25  # a term in more of the entries than this is the subject's: it tells no event apart


def _without_coarser_retelling(entries: list) -> list:
    """The entries less a month that its sources, with others, date to a
    day of it in words they share: "21 of them were set free in October" beside the release of 21 girls on 13
    October that it tells too is that release again, told coarser. Two sources or more that give a month
    and, with others, a day of it tell one event in whatever words ("Spotify enacted the guidelines last
    month" beside "The policy was implemented May 10."); one source's month in other words may be another."""
    told = [set(point_terms(entry.text)) for _, entry in entries]
    counts = Counter(term for terms in told for term in terms)
    common = {term for term, n in counts.items() if n > max(2, len(entries) * SUBJECT_SHARE)}  # "NASA" of a NASA pack
    days = [(entry, terms - common) for (_, entry), terms in zip(entries, told)
            if entry.precision == "day" and len(entry.sources) > 1]
    return [(weight, entry) for (weight, entry), terms in zip(entries, told)
            if not (entry.precision == "month"
                    and any(day.date.startswith(entry.date) and set(entry.sources) < set(day.sources)
                            and (len(entry.sources) > 1 or day_terms & terms) for day, day_terms in days))]


#: A paragraph of at least this many short items dated to the day is a schedule ("June 9 -- Coral
#: Sky Amphitheatre, West Palm Beach, FL ..."): the pack's timeline gives its first and last dates.
SCHEDULE_ITEMS, SCHEDULE_ITEM_WORDS = 4, 12


def _schedule_middles(articles: Sequence[Article]) -> set[tuple[int, TimelineEvent]]:
    """The items of each article's schedules (see SCHEDULE_ITEMS) between its first and last
    date, as (article, event): left to the sources' own briefings."""
    middles: set[tuple[int, TimelineEvent]] = set()
    for index, article in enumerate(articles):
        places: dict[tuple[int | None, int | None], list[TimelineEvent]] = {}
        for event in article.timeline:
            if event.precision == "day" and len(event.text.split()) <= SCHEDULE_ITEM_WORDS:
                places.setdefault((event.section, event.paragraph), []).append(event)
        for items in places.values():
            if len(items) >= SCHEDULE_ITEMS:
                items.sort(key=lambda e: e.date)
                middles.update((index, item) for item in items[1:-1])
    return middles


#: Terms a source's clause of a day shares with an entry of that day it is one of the sources
#: of, to be that entry's detail ("NASA's Monday announcement to expand by five the pool of
#: bidders" beside "NASA announced the selection of SpaceX, ..."), not another event of the day.
RETELLS = 2


def _retells(text: str, kept: Sequence[frozenset[str]]) -> bool:
    """Whether a source's clause of a day tells again an entry of that day it is a source of."""
    terms_ = told_terms(text)
    return any(len(terms_ & other) >= RETELLS for other in kept)


#: Words that date a clause or count in it, left out when two sources' clauses are compared
#: for one event told at two dates (numbers too); and ordinals, which tell events apart.
_DATE_WORDS = frozenset(stem(w) for w in (*MONTHS, *(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "last past earlier week month year morning afternoon evening night").split()))
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
                      re.I)


def _dateless(terms_: set[str]) -> set[str]:
    """Terms without the words and numbers that date a clause ("On 4 March 2024" shares no more than its date)."""
    return {t for t in terms_ if t not in _DATE_WORDS and not t.lstrip("#").isdigit()}


def _event_terms(event) -> set[str]:
    """What two events' clauses are compared by: their terms, and for a year or a month
    without the words and numbers that date it ("in May 1993" and "in 1993" share no more
    than that). A day's weekday and date stay: two sources that tell "Monday" what one
    calls "today (Nov. 18)" are more likely one event than not, and the bar for a day is low."""
    terms_ = set(match_terms(event.text))
    if event.precision == "day":
        return terms_
    return {t for t in terms_ if t not in _DATE_WORDS and t.lstrip("#") != event.date[:4]}


def _event_clusters(articles: Sequence[Article]) -> list[dict]:
    """The articles' events grouped into one cluster per event (see the module's rules)."""
    clusters: list[dict] = []
    for index, article in enumerate(articles):
        for event in article.timeline:
            if event.precision == "decade":
                continue
            words_, told = _event_terms(event), told_terms(event.text)
            best, best_value = None, 0.0
            for cluster in clusters:
                if not _dates_agree(cluster["date"], event.date):
                    continue
                # at two precisions, what each tells: "Neumann had resigned the previous week" is not
                # "announced on Sept. 30 that it was withdrawing its filing, | shortly after Neumann stepped down"
                mine, theirs = (words_, cluster["terms"]) if cluster["precision"] == event.precision else (
                    told, cluster["told"])
                value = max(len(mine & other) / max(1, min(len(mine), len(other))) for other in theirs)
                common = max(len(mine & other) for other in theirs)
                others = not any(i == index for i, _ in cluster["events"])
                same_day = event.precision == "day" and cluster["date"] == event.date and others
                if (value >= (SAME_DAY_EVENT if same_day else SAME_EVENT) or (others and common >= SAME_EVENT_TERMS)) \
                        and value > best_value and (common >= SAME_DAY_TERMS or not same_day):
                    best, best_value = cluster, value
            if best is None:
                best = {"date": event.date, "precision": event.precision, "terms": [], "told": [], "events": []}
                clusters.append(best)
            elif _RANK[event.precision] > _RANK[best["precision"]]:
                best["date"], best["precision"] = event.date, event.precision
            best["terms"].append(words_)
            best["told"].append(told)
            best["events"].append((index, event))
    return _same_days_merged(clusters)


_MERGED_AGAIN = ("day", "month")


def _same_days_merged(clusters: list[dict]) -> list[dict]:
    """Clusters of one day or month that tell one event, which the first pass, taking each clause to the
    cluster it matches best, left apart ("released a video in August claiming that some of the girls were
    killed" matched a first report, then two reports alike made a cluster of their own); or that came
    to one day as they grew ("Kicking off in June 2020, the 30-date run ..."
    took a source's "... the trek, which kicks off June 9th in West Palm Beach" to June 9, where
    a schedule's first item "West Palm Beach, FL @ Coral Sky Amphitheatre" was a cluster already)
    merged when two sources' clauses share SAME_EVENT of their words (SAME_DAY_EVENT, lower, merged the
    held-out subjects' distinct events)."""
    kept: list[dict] = []
    for cluster in clusters:
        for other in kept:
            if other["precision"] == cluster["precision"] in _MERGED_AGAIN and other["date"] == cluster["date"] and any(
                    i != j and len(a & b) >= SAME_EVENT * max(1, min(len(a), len(b)))
                    for (i, _), a in zip(cluster["events"], map(_dateless, cluster["terms"]))
                    for (j, _), b in zip(other["events"], map(_dateless, other["terms"]))):
                for key in ("terms", "told", "events"):
                    other[key] += cluster[key]
                break
        else:
            kept.append(cluster)
    return kept


#: Where a clause's own event ends and what it refers to begins: "British authorities ruled
#: the Concorde unfit to fly | after the fatal Air France crash near Paris", "A refrigerator
#: truck transported the bomb | that killed at least 11 people".
_REFERENCE = re.compile(r"\s(?:after|following|before|since|because|amid|when|while|until|which|who|that led"
                        r"|that \w+ed|in connection with|in the wake of|in response to)\b.*", re.I | re.S)


@functools.lru_cache(maxsize=4096)  # a pack's summary compares each candidate with each point chosen
def told_terms(text: str) -> frozenset[str]:
    """The terms of what a clause tells (before what it refers to), without dates or numbers."""
    main = _REFERENCE.sub("", text) if len(text.split()) > 6 else text
    main = main if len(main.split()) >= 4 else text
    return frozenset(t for t in match_terms(main) if t[0] != "#" and not t.isdigit() and t not in _DATE_WORDS)


#: What dates a clause to a day or a month: a weekday, a month's name, a word of days.
_DATING = re.compile(rf"\b(?:{WEEKDAY}|today|yesterday|tonight|tomorrow"
                     r"|(?:last|this|next) (?:week|month)|" + "|".join(MONTHS) + r")\b", re.I)


#: A clause whose day is the day it was said: "Costa Rican investigators said Monday that strong winds ...
#: most likely caused a charter aircraft to crash" dates what they said, not the crash.
_SAID_ON = re.compile(r"\b(?:said|says|told reporters|announced|confirmed)\s+(?:on\s+)?(?:late\s+|early\s+)?"
                      rf"(?:{WEEKDAY}|today|yesterday)\b(?:\s+that)?", re.I)


_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b", re.I)
_EXPLICIT = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b|\b\d{1,2}[/.-]\d{1,2}\b", re.I)


#: A verb in the past (not an auxiliary's, nor a compound's "Hong Kong-flagged"): what a clause tells was done.
_AUXILIARIES = frozenset("is was were are has have had will would can could may might must should did does said"
                         .split())
_DONE = re.compile(r"(?<![-\w])(?:[a-z]{3,}ed|" + "|".join(
    w for w in VERB_WORDS.split("|") if w not in _AUXILIARIES) + r")\b")


def _actions(text: str) -> frozenset[str]:
    """The stems of what a clause tells was done, before what it refers to: two clauses of one event
    dated differently tell one action ("adopted in September", "adopted on Dec. 22"), where a ship that
    "visited Yeosu Port on Oct. 11" is not the ship "seized in November in the port of Yeosu"."""
    main = _REFERENCE.sub("", text) if len(text.split()) > 6 else text
    return frozenset(stem(w.lower()) for w in _DONE.findall(main))


_NIGHT = re.compile(r"\b(?:last night|this morning|(?:over|at) the weekend|earlier this week)\b", re.I)


def _written_date(text: str) -> bool:
    """Whether a clause writes its date (a weekday, a month, "yesterday", "last week"): one dated only
    by its article's day ("Trump has accused China of ...", in a page dated weeks later) claims no date."""
    return bool(_DATING.search(text) or _EXPLICIT.search(text) or _NIGHT.search(text))



def _same_weekday_only(one: dict, other: dict) -> bool:
    """Whether two clusters are dated only by one weekday both name, on their reports' own days: "On
    Sunday, a small aircraft ... crashed" in a report of 14 January and "A small plane crashed in Costa
    Rica on Sunday" in one of 31 December say one day; the two days are read from the reports' dates,
    not claimed by the sources."""
    def weekdays(cluster: dict) -> set[str] | None:
        texts = [e.text for _, e in cluster["events"] if e.precision == "day"]
        if not texts or any(_EXPLICIT.search(text) for text in texts):
            return None
        return {w.lower() for text in texts for w in _WEEKDAY.findall(text)}

    mine, theirs = weekdays(one), weekdays(other)
    return bool(mine and theirs and mine & theirs)


def dated_in_reference(event: TimelineEvent) -> bool:
    """Whether the day or month of an event's clause is written only in what the clause refers
    to, not in what it tells ("The band is nominated for the Hall of Fame's class of 2020, |
    which will be honored on May 2": the nomination is not of May 2)."""
    cut = _REFERENCE.search(event.text)
    if event.precision not in ("day", "month") or cut is None or len(event.text[:cut.start()].split()) < 4:
        return False
    return _DATING.search(event.text, cut.start()) is not None and _DATING.search(event.text[:cut.start()]) is None


def _date_conflicts(clusters: list[dict], source: list[int]) -> dict[int, Disagreement | None]:
    """Clusters that are one event dated differently by independent sources: the kept one
    (most sources, then the earliest) maps to the disagreement, each other one to None and
    is listed in the kept one's "others"."""
    shown = [n for n, c in enumerate(clusters) if c["precision"] in ("month", "day")]
    def dating(n: int, event: TimelineEvent) -> bool:  # a clause that gives the date or its month ("over the
        # weekend" for a Sunday), not only its year: "the Euro 2016 soccer tournament had concluded" is no day's
        return _RANK[event.precision] >= _RANK[clusters[n]["precision"]] - 1

    facts = {n: ({source[i] for i, e in clusters[n]["events"] if dating(n, e)},
                 [(told_terms(e.text), e.date, _actions(e.text)) for _, e in clusters[n]["events"]
                  if dating(n, e) and _written_date(e.text) and not said_at_end(e.text) and not _SAID_ON.search(e.text)
                  and not dated_in_reference(e)],
                 {m.lower() for _, e in clusters[n]["events"] for m in _ORDINAL.findall(e.text)}) for n in shown}
    told: set[tuple[int, int]] = set()  # pairs of clusters that are one event at two dates
    for a_at, a in enumerate(shown):
        for b in shown[a_at + 1:]:
            (sa, ta, oa), (sb, tb, ob) = facts[a], facts[b]
            da, db = clusters[a]["date"], clusters[b]["date"]
            if (sa & sb or _dates_agree(da, db) or da[4:] == db[4:] or abs(int(da[:4]) - int(db[:4])) > 1
                    or (oa and ob and oa != ob) or _same_weekday_only(clusters[a], clusters[b])):
                continue  # same sources; same date; a year apart to the day (a year misread); years
                # apart (another event of the same things); other ordinals; one weekday both name
            if any(len(x & y) >= CONFLICT_WORDS and len(x & y) >= CONFLICT_EVENT * min(len(x), len(y))
                   for x, dx, ax in ta for y, dy, ay in tb  # (a month's clause gives no other date than a day of it)
                   if not _dates_agree(dx, db) and not _dates_agree(dy, da) and ax & ay):
                told |= {(a, b), (b, a)}
    groups: dict[int, list[int]] = {n: [n] for n in shown}
    for a, b in sorted(told):
        ga, gb = groups[a], groups[b]
        if ga is not gb and all((x, y) in told for x in ga for y in gb):  # each told as the other
            ga += gb
            for n in gb:
                groups[n] = ga
    groups = {id(g): g for g in groups.values()}
    out: dict[int, Disagreement | None] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda n: (-len(facts[n][0]), clusters[n]["date"]))
        kept = members[0]
        clusters[kept]["others"] = members[1:]
        out[kept] = Disagreement("date", tuple(
            (clusters[n]["date"], tuple(sorted({i for i, _ in clusters[n]["events"]}))) for n in members))
        out.update({n: None for n in members[1:]})
    return out


def date_disagreements(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup]) -> list[Disagreement]:
    """Events that independent sources date differently (see the module's rules)."""
    return [d for d, _ in dated_conflicts(articles, independent_sources(duplicates, len(articles)))]


def dated_conflicts(articles: Sequence[Article], source: list[int]) -> list[tuple[Disagreement, list[str]]]:
    """Each date disagreement with the clauses of the events it joins."""
    clusters = _event_clusters(articles)
    conflicts = _date_conflicts(clusters, source)
    return [(d, [e.text for n in (kept, *clusters[kept].get("others", ())) for _, e in clusters[n]["events"]])
            for kept, d in conflicts.items() if d is not None]


def tells(sentences: list[str], clauses: list[str]) -> bool:
    """Whether one of the sentences holds one of the event's clauses (as the timeline cut it)."""
    def bare(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().lower()
    return any(bare(c) and bare(c) in bare(s) for s in sentences for c in clauses)
