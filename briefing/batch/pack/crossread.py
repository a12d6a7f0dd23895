"""Reading across a pack's articles: near-duplicate stories, the points several sources
make (and the numbers they disagree on), and one merged timeline.

Pure functions over analysed `Article`s (no I/O, no rendering), pure Python. Articles
are named by their index in the list given. Similarity is TF-IDF cosine over stemmed
content words plus the numbers a sentence holds (`sentences.content_terms`), the IDF
taken over every candidate sentence of the pack, so that what all the sources repeat
(the subject's own name) weighs little and what only some of them say weighs more.

- Duplicates: two articles are the same story when most of the shorter one's word 5-grams
  are in the other (>= SAME_TEXT): a wire story republished, a shorter cut; or when one
  opens with (nearly) the same words as the other (a lede sentence that is not a quote,
  with word-sequence similarity >= LEDE_MATCH) and the bodies are alike (cosine >=
  DUP_BODY), or much of the shorter one is in the other (>= CONTAINED) and they open
  alike (>= VERSION_LEDE): an updated version.
- Shared points: every article's key points and whole body sentences that pass the key
  point rules are candidates; every other body sentence (a quote, a sentence with a
  pronoun) is a witness only: it can say that its article states a point, never be one.
  Words the sources use for one thing count as one ("temblor", "quake"; "killed",
  "dead"); a date's day is no number ("Aug. 14" is not "14 foreigners"). A candidate's
  support is the number of independent sources (a duplicate group counts once) holding a
  sentence with cosine >= SUPPORTS to it, or to one of the statements it joins (", but",
  ";", a dash: a source that tells one statement of two supports it); its score is that
  support times its centrality (the mean of those best similarities, more for one of its
  article's own key points).
  Points are chosen greedily by score, skipping any that repeat a chosen one (cosine >
  REDUNDANT, or > NEAR when (mostly) the same sources say both, or RETOLD of the words of
  the smaller one's own clause in common). Position plays no part.
  A chosen point names as its sources the articles whose sentence restates it (cosine >=
  COVERED) or tells its own clause (TOLD of its words, not those of what it refers to:
  "Air France grounded its Concordes | after the crash that killed 113 people"; of two
  statements, the first).
  Two sentences that give a toll (the dead, the injured) as different numbers support each
  other in nothing: "At least five people are dead" is no source's "seven were killed"; and a
  point is told by a sentence that restates it with its toll (cosine >= COVERED, as well
  supported, one source less at most) rather than in vaguer words ("Several people died").
- Disagreements: see `numbers`: measured numbers of one event (a number of another
  event, an aftershock, "in 1999", "last September", is never compared). Death tolls and
  other counts are never compared: they rise over time. Dates: see `chronology`.
- Timeline and dates in conflict: see `chronology`.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ...analysis.keypoints import candidates
from ...analysis.resolved import resolved_days
from ...analysis.rules import ATTRIBUTION, broken_rule, trimmed
from ...analysis.sentences import split_sentences, words
from ...lexicon import MONTH_NAMES
from ...model import Article
from . import numbers
from .chronology import MergedEvent, date_disagreements, dated_conflicts, merged_timeline, tells, told_terms
from .matching import DuplicateGroup, group_root, independent_sources, point_allowed, point_terms, terms
from .numbers import Disagreement, quantities

__all__ = ["Disagreement", "DuplicateGroup", "MergedEvent", "SharedPoint", "date_disagreements", "find_disagreements",
           "find_duplicates", "merged_timeline", "quantities", "shared_points", "summary", "terms"]

LEDE_SENTENCES = 3  # the opening sentences compared for a shared lede
LEDE_MATCH = 0.65  # word-sequence similarity (difflib ratio) of two ledes of one story
VERSION_LEDE = 0.6  # ... of a version's rewritten lede (0.64 a writethru's; 0.56 another outlet's rewording)
DUP_BODY = 0.45  # body cosine two versions of one story have at least (0.15 merged distinct reports with similar ledes)
SAME_TEXT = 0.6  # share of the shorter text's 5-grams in the other: one text (0.5: a new story reusing background)
SCRAPED_NOTHING, HEADLINE_WORDS = 40, 5  # a scrape with no story to compare, and a headline that names its page
CONTAINED = 0.35  # ... or, with an opening in common, a version of one story
SUPPORTS = 0.3  # cosine at which a sentence states the same point as another
REPRINT, REPRINTED = 0.9, 3  # ... at which it is the other reprinted; two articles that reprint this many
REDUNDANT = 0.3  # cosine at which a candidate repeats a chosen point
SAME_SOURCES, NEAR = 0.75, 0.25  # ... or, said by (mostly) the same sources, this cosine
RETOLD = 0.5  # share of the smaller own clause's words two points share when one tells the other again
TOLD, TOLD_SHARE = 2, 1 / 3  # words of a point's own clause (not what it refers to) that a sentence stating it
# holds, and at least this share of them ("Donald Trump and Vladimir Putin ... hoping to achieve" does not tell
# "Trump says 'nothing bad ... maybe some good' will come out of Monday's summit with ... Vladimir Putin")
TOLD_OWN = 3  # words of a point's own clause, besides the pack's common terms, that tell it without them
COVERED = 0.5  # cosine at which a source's sentence is the chosen point restated: not a point of its own
NUMBER_WEIGHT = 2.0  # a number shared by two sentences says more than a shared word: it names one fact
WITNESS_WORDS = 6  # a sentence this long can witness a point
ONE_SUBJECT = 0.1  # body cosine of two stories of one subject at least (0.14-0.57 measured; 0.05 two of a week's wires)
COMMON = 0.08  # a term in more than this share of sentences does not pair them on its own


def _vector(counts: Counter, df: Counter, n: int) -> dict[str, float]:
    vec = {t: (NUMBER_WEIGHT if t[0] == "#" else 1.0) * (1 + math.log(f)) * math.log(1 + n / df[t])
           for t, f in counts.items() if df[t]}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _on_one_subject(articles: Sequence[Article]) -> Callable[[int, int], bool]:
    """Whether two articles tell of one subject, whose numbers may disagree: their bodies alike
    (cosine >= ONE_SUBJECT). A pack of a week's wires holds American Airlines' "120,000
    employees" and Microsoft's "125,000 employees"."""
    vectors = body_vectors(articles)
    return lambda a, b: cosine(vectors[a], vectors[b]) >= ONE_SUBJECT


def body_vectors(articles: Sequence[Article]) -> list[dict[str, float]]:
    """Each article's body as a normalised term vector, terms weighted by their rarity among them."""
    counts = [Counter(terms(_body(a))) for a in articles]
    df = Counter(t for c in counts for t in c)
    return [_vector(c, df, len(articles)) for c in counts]


# ---------------------------------------------------------------- duplicates


def _body(article: Article) -> str:
    return " ".join(text for _, _, text in article.paragraphs())


#: What a live page or a newsletter says, whatever its story: never what makes two one.
_NOT_STORY = ("salutation", "call to action", "filler")  # not "speaker label": "Istanbul: ..." is a dateline


def _story(article: Article) -> list[str]:
    """The article's sentences without its greetings, questions, calls to action and filler."""
    return [sentence for _, _, text in article.paragraphs() for sentence in split_sentences(text)
            if not sentence.rstrip("\"'”’) ").endswith("?")
            and broken_rule(sentence, upto=_NOT_STORY[-1]) not in _NOT_STORY]  # (the rules after "filler": unread)


def _ledes(sentences: list[str]) -> list[list[str]]:
    """The first story sentences of eight words or more that are not quotes, as words."""
    return [words(s) for s in sentences if len(s.split()) >= 8 and s.lstrip()[:1] not in "\"“'‘«"][:LEDE_SENTENCES]


def find_duplicates(articles: Sequence[Article]) -> list[DuplicateGroup]:
    """Groups (of two or more) of articles that tell the same story: the same wire copy in
    several outlets, versions of one page. Grouping is transitive."""
    bodies = [_body(a) for a in articles]
    vectors = body_vectors(articles)
    stories = [_story(a) for a in articles]
    grams = []
    for story in stories:
        w = words(" ".join(story))
        grams.append({tuple(w[i:i + 5]) for i in range(len(w) - 4)})
    ledes = [_ledes(story) for story in stories]
    parent = {i: i for i in range(len(articles))}
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if min(len(grams[i]), len(grams[j])) < SCRAPED_NOTHING:  # nothing to compare but the headline
                same = _same_page(articles[i], articles[j])
            else:
                same = _same_story(grams[i], grams[j], ledes[i], ledes[j], cosine(vectors[i], vectors[j]))
            if same:
                parent[group_root(parent, j)] = group_root(parent, i)
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(group_root(parent, i), []).append(i)

    def kept(i: int) -> tuple[int, str, int]:
        return (len(bodies[i].split()), articles[i].metadata.date or "", -i)

    out = [DuplicateGroup(tuple(sorted(m, key=kept, reverse=True))) for m in groups.values() if len(m) > 1]
    return sorted(out, key=lambda g: min(g.members))


def _same_story(grams_a: set, grams_b: set, ledes_a: list[list[str]], ledes_b: list[list[str]],
                body: float) -> bool:
    """Whether two articles are one story: most of the shorter one is in the other; or much of
    it is and they open alike (a writethru's new lede keeps some of the old); or they open
    with the same (non-quote) sentence and their bodies are alike. A page that only reuses
    another's background, or a digest that holds a story's first paragraphs among others,
    opens otherwise."""
    smaller = min(len(grams_a), len(grams_b))
    shared = len(grams_a & grams_b) / smaller if smaller else 0.0
    if shared >= SAME_TEXT:
        return True
    if shared < CONTAINED and body < DUP_BODY:
        return False
    opening = max((difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() for a in ledes_a for b in ledes_b),
                  default=0.0)
    return opening >= LEDE_MATCH or (shared >= CONTAINED and opening >= VERSION_LEDE)


def _same_page(a: Article, b: Article) -> bool:
    """Whether two sources, one of whose scrapes kept no story to compare (under SCRAPED_NOTHING
    5-grams: a site's banner, a paywall's notice; two such banners are alike whatever the story),
    are one page: the same headline, word for word and HEADLINE_WORDS words or more, on the same
    day (when both give one)."""
    heads = [" ".join(words(x.metadata.title or "")) for x in (a, b)]
    days = [(x.metadata.date or "")[:10] for x in (a, b)]
    return len(heads[0].split()) >= HEADLINE_WORDS and heads[0] == heads[1] and (not all(days) or days[0] == days[1])


# ---------------------------------------------------------------- shared points


@dataclass(frozen=True)
class SharedPoint:
    """A point several sources make, as one source words it, with the articles that state it."""

    text: str
    sources: tuple[int, ...]
    support: int
    disagreement: Disagreement | None = None
    score: float = 0.0
    #: the days and months its words give relative to its article's date ("Friday", "last week"), each as
    #: (where the words end in `text`, ISO date, precision): a pack spans weeks, its reader needs them
    dated: tuple[tuple[int, str, str], ...] = ()


#: Words that date a point relative to its article's day, which a pack's reader cannot see.
@dataclass
class _Unit:
    """A sentence of one article: a candidate point, or (`candidate` False) only a witness
    that its article states a point (a quote, a sentence the key point rules refuse)."""

    article: int
    text: str
    key_point: bool
    vector: dict[str, float] = field(default_factory=dict)
    candidate: bool = True
    said: str | None = None  # the attribution naming the speaker that its sentence ends with
    clauses: list[dict[str, float]] = field(default_factory=list)  # its clauses' vectors, when it has two or more


#: A name in an attribution: a capitalised word that is not a day's or a month's ("a blog post Friday").
_NAMED = re.compile(r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + "|".join(MONTH_NAMES)
                    + r")\b)[A-Z][\w'’.-]+")


def _named_attribution(sentence: str) -> str | None:
    """The attribution a point is trimmed of when it names the speaker (", Daniel Ek says",
    ", according to Reuters"), not when it names no one (", officials said")."""
    return next((m.group() for m in ATTRIBUTION.finditer(sentence) if _NAMED.search(m.group())), None)


def _with_speaker(point: str, said: str | None) -> str:
    """A point with its speaker's attribution put back: across sources, whose claim it is
    matters ("The policy wasn't about punishing one individual, Daniel Ek says.")."""
    if not said or said in point or not (end := re.search(r"[.!?]$", point)):
        return point
    return point[:end.start()] + said + point[end.start():]


def _units(articles: Sequence[Article]) -> list[_Unit]:
    """Every article's key points and the body sentences that could be one, then its other
    body sentences of six words or more as witnesses."""
    units: list[_Unit] = []
    for index, article in enumerate(articles):
        seen: set[str] = set()
        paragraphs = {(s, p): text for s, p, text in article.paragraphs()}
        for point in article.key_points:
            told = split_sentences(paragraphs.get((point.section, point.paragraph), ""))
            for sentence in split_sentences(point.text):
                if sentence not in seen and point_allowed(sentence):
                    seen.add(sentence)
                    opening = sentence.rstrip(".!?")[:30]
                    said = next((_named_attribution(s) for s in told if opening in s), None)
                    units.append(_Unit(index, sentence, True, said=said))
        for cand in candidates(article, article.genre):
            if not cand.dependent and cand.text not in seen and not any(cand.text in s for s in seen):
                seen.add(cand.text)
                units.append(_Unit(index, cand.text, False, said=_named_attribution(cand.text)))
        for _, _, text in article.paragraphs():
            for sentence in split_sentences(text):
                if len(sentence.split()) >= WITNESS_WORDS and not any(sentence in s or s in sentence for s in seen):
                    seen.add(sentence)
                    units.append(_Unit(index, sentence, False, candidate=False))
    counts = [Counter(point_terms(u.text)) for u in units]
    df = Counter(t for c in counts for t in c)
    for unit, count in zip(units, counts):
        unit.vector = _vector(count, df, len(units))
        parts = _clauses(unit.text)
        if len(parts) > 1:
            unit.clauses = [_vector(Counter(point_terms(part)), df, len(units)) for part in parts]
    return units


#: Where a sentence joins two statements: ", but", ";", a dash, ", while".
_CLAUSE_JOIN = re.compile(r",\s+(?:but|while|whereas|although|though)\s+|;\s+|\s+[—–]\s+|\s+--\s+")
CLAUSE_WORDS = 6  # a clause this long is compared on its own


def _clauses(sentence: str) -> list[str]:
    """The statements a sentence joins, each of CLAUSE_WORDS words or more ("Trump plans to raise
    the issue of election meddling ..., | but he told officials ... Putin will again deny it")."""
    parts = [p for p in _CLAUSE_JOIN.split(sentence) if len(p.split()) >= CLAUSE_WORDS]
    return parts if len(parts) > 1 else []


def _common_terms(units: list[_Unit]) -> set[str]:
    """Terms in more than COMMON of the units (at least four): the pack's subject, which pairs
    no two sentences on its own."""
    limit = max(4, int(COMMON * len(units)))
    counts = Counter(term for unit in units for term in unit.vector)
    return {term for term, n in counts.items() if n > limit}


def _pairs(units: list[_Unit], common: set[str]) -> list[dict[int, float]]:
    """Cosine (>= SUPPORTS) of every pair of units from different articles that share an
    uncommon term (not one of `common`, `_common_terms`), as sparse rows."""
    postings: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        for term in unit.vector:
            if term not in common:
                postings.setdefault(term, []).append(i)
    candidate_pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        for a, i in enumerate(members):
            for j in members[a + 1:]:
                if units[i].article != units[j].article and (units[i].candidate or units[j].candidate):
                    candidate_pairs.add((i, j))
    rows: list[dict[int, float]] = [{} for _ in units]
    for i, j in candidate_pairs:
        value = cosine(units[i].vector, units[j].vector)
        if value < SUPPORTS and (units[i].clauses or units[j].clauses):  # one states a clause of the other
            value = max(cosine(a, b) for a in (units[i].vector, *units[i].clauses)
                        for b in (units[j].vector, *units[j].clauses))
        if value >= SUPPORTS and not numbers.tolls_differ(units[i].text, units[j].text):
            rows[i][j] = rows[j][i] = value
    return rows


def _counted(i: int, units: list[_Unit], rows: list[dict[int, float]], supported: dict[int, int]) -> int:
    """The candidate that restates a point with its toll ("At least seven people were killed when a
    tram overturned in Croydon" for "Several people died ... after a tram ... overturned in Croydon"),
    as well supported, or the point itself: the count is the news the vaguer words leave out."""
    if numbers.tolls(units[i].text):
        return i
    counted = [j for j, value in rows[i].items() if value >= COVERED and j in supported
               and supported[j] >= supported.get(i, 0) - 1 and numbers.tolls(units[j].text)]
    return max(counted, key=lambda j: (supported[j], rows[i][j], -j), default=i)


def _repeats(unit: _Unit, chosen: _Unit, witnesses: set[int], said: set[int]) -> bool:
    """Whether a candidate repeats a chosen point: alike, or a little alike and said by
    (mostly) the sources that say the chosen one ("the spire toppled into the square" twice),
    or telling much of the chosen one's own clause in other words ("Air France's remaining five
    Concorde's stayed grounded" after "Air France grounded its remaining five Concordes ...")."""
    value = cosine(unit.vector, chosen.vector)
    if value > REDUNDANT or (value > NEAR and len(witnesses & said) >= SAME_SOURCES * len(witnesses)):
        return True
    mine, theirs = told_terms(unit.text), told_terms(chosen.text)
    common = len(mine & theirs)
    return common >= 3 and common >= RETOLD * min(len(mine), len(theirs))


def _reprinting(units: list[_Unit], rows: list[dict[int, float]], outlets: list[str]) -> set[frozenset[int]]:
    """Pairs of articles that print REPRINTED sentences or more word for word (cosine >= REPRINT):
    a wire's paragraphs in a digest of its stories, one agency's background in its next story;
    or, of one outlet, one sentence: its own boilerplate in its next story ("Many victims will be
    unaware their information is held by the company which represents BT, Capital One and British
    Gas", the Sun twice). What one of them says, the other says as the same writer's text again,
    no second source."""
    shared: Counter = Counter()
    for i, row in enumerate(rows):
        for j, value in row.items():
            if i < j and value >= REPRINT:
                shared[frozenset((units[i].article, units[j].article))] += 1
    return {pair for pair, count in shared.items()
            if count >= REPRINTED or (len({outlets[a] for a in pair}) == 1 and all(outlets[a] for a in pair))}


def _support(i: int, units: list[_Unit], rows: list[dict[int, float]], source: list[int],
             reprints: set[frozenset[int]]) -> dict[int, float]:
    """The independent sources that state a unit, each with its best similarity: not its own
    article's duplicates, nor an article that reprints its article's text, nor a second
    article of two that reprint each other."""
    mine = units[i].article
    best: dict[int, float] = {}
    counted: set[int] = set()
    for j, value in sorted(rows[i].items(), key=lambda item: -item[1]):
        theirs = units[j].article
        s = source[theirs]
        if s == source[mine] or frozenset((mine, theirs)) in reprints:
            continue
        if s not in best and any(frozenset((theirs, k)) in reprints for k in counted):
            continue
        counted.add(theirs)
        best[s] = max(best.get(s, 0.0), value)
    return best


def _independent(stated: list[int], source: list[int], reprints: set[frozenset[int]]) -> int:
    """How many independent sources the articles stating a point are: a duplicate group counts
    once, and so do two articles that reprint each other."""
    kept: list[int] = []
    for a in stated:
        if not any(source[a] == source[b] or frozenset((a, b)) in reprints for b in kept):
            kept.append(a)
    return len(kept)


def shared_points(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup],
                  limit: int = 8) -> list[SharedPoint]:
    """The points the sources make, best supported and most central first: each sentence
    as one source writes it (trimmed like a key point), the articles that state it, how
    many independent sources that is, and the numbers they give differently, if any."""
    return summary(articles, duplicates, limit)[0]


def summary(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup],
            limit: int = 8) -> tuple[list[SharedPoint], list[Disagreement]]:
    """`shared_points`, and the numbers the sources give differently that no point shows
    (read once: a pack prints both)."""
    if limit <= 0 or not articles:
        return [], []
    source = independent_sources(duplicates, len(articles))
    units = _units(articles)
    common = _common_terms(units)
    rows = _pairs(units, common)
    reprints = _reprinting(units, rows, [(a.metadata.source or "").strip().lower() for a in articles])
    scored = []
    supported: dict[int, int] = {}  # each candidate's independent sources
    for i, unit in enumerate(units):
        if not unit.candidate:
            continue
        best = _support(i, units, rows, source, reprints)
        centrality = (sum(best.values()) / len(best) if best else SUPPORTS) * (1.2 if unit.key_point else 1.0)
        scored.append(((1 + len(best)) * centrality, i))
        supported[i] = len(best)
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    conflicts = numbers.find_disagreements(articles, source, _on_one_subject(articles))
    dated = dated_conflicts(articles, source)  # events the sources date differently, with their clauses
    chosen: list[int] = []
    saids: list[set[int]] = []  # the independent sources of each chosen point
    covered: set[int] = set()
    points: list[SharedPoint] = []
    for value, i in scored:
        conflicts = [c for c in conflicts if all(p.disagreement is not c for p in points)]
        if len(points) >= limit:
            break
        i = _counted(i, units, rows, supported)
        witnesses = {source[units[j].article] for j in (i, *rows[i])}
        if i in covered or any(_repeats(units[i], units[j], witnesses, said) for j, said in zip(chosen, saids)):
            continue
        if any(p.disagreement and numbers.counts_again(units[i].text, p.text, p.disagreement) for p in points):
            continue  # another value of a count the summary shows as the sources' disagreement
        text = trimmed(units[i].text) or units[i].text
        if not point_allowed(text):
            continue
        chosen.append(i)
        saids.append(witnesses)
        # a source states the point when its sentence tells the point's own clause, in words
        # not every other sentence of the pack has ("Trump", "Putin", "summit" tell nothing); of
        # two statements, the first: "... faces no criminal case; he was acquitted in 2008" is not
        # told by the stories that give the 2008 acquittal as background, nor "..., but he told
        # officials ..." by those that only say what he plans
        first = text.split("; ")[0]
        said = told_terms(next(iter(_clauses(first)), first))
        # ... unless the point is told in the subject's own words ("At least five people are dead" of a crash):
        # then those words tell it, among the sentences alike
        told = said - common if len(said - common) >= TOLD_OWN else said
        enough = max(TOLD, TOLD_SHARE * len(told))
        members = {i, *(j for j in rows[i] if rows[i][j] >= COVERED or len(told & set(point_terms(units[j].text)))
                        >= enough)}
        covered |= {j for j in members if j == i or rows[i][j] >= COVERED}
        stated = sorted({units[j].article for j in members})
        support = _independent(stated, source, reprints)
        near = {i, *rows[i]}  # ... and one that gives its fact another number is among the sentences alike
        disagreement = numbers.disagreement_for(text, [units[j].text for j in near],
                                                sorted({units[j].article for j in near}), conflicts)
        restated = [units[j].text for j in members if j == i or rows[i][j] >= COVERED]
        disagreement = disagreement or next((d for d, clauses in dated if tells(restated, clauses)
                                             and all(p.disagreement is not d for p in points)), None)
        if disagreement is not None:  # the sources that give the point's own value of it state it too
            stated = sorted({*stated, *(a for raw, ids in disagreement.values if raw.rstrip(".,;") in text
                                         for a in ids)})
            support = _independent(stated, source, reprints)
        text = _with_speaker(text, units[i].said)
        points.append(SharedPoint(text, tuple(stated), support, disagreement, round(value, 4),
                                  resolved_days(text, articles[units[i].article].metadata.date)))
    unshown = [c for c in conflicts if all(p.disagreement is not c for p in points)]
    return sorted(points, key=lambda p: (-p.support, -p.score)), unshown


# ---------------------------------------------------------------- disagreements


def find_disagreements(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup]) -> list[Disagreement]:
    """Facts that independent sources give as different numbers (see `numbers`) or dates."""
    source = independent_sources(duplicates, len(articles))
    return numbers.find_disagreements(articles, source, _on_one_subject(articles)) + date_disagreements(
        articles, duplicates)


