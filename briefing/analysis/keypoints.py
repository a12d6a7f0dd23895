"""Key points: the few whole sentences that best summarise an article.

The article's own summary wins where it has one (a "Key takeaways", "TL;DR" or "In
summary" list). Otherwise: a TextRank-style centrality score over a capped sentence
graph (TF-IDF cosine similarity), boosted by position (leads of paragraphs and of the
article), by closeness to what the page says the article is about (its title and its own
description) and by what the genre's points are made of, spread over sections, with
redundant sentences removed (MMR). A sentence that breaks a rule of `rules` (a greeting,
a transition, a call to action, an unresolved pronoun, a quote) is never a point.
Deterministic, pure Python.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import APPARATUS_SECTION, EMBEDDED_POST_SIGNATURE, FURNITURE_SENTENCE, SUMMARY_LABEL
from ..model import Article, KeyPoint
from .genre import ANALYSIS, BOOK, NEWS, PRESS_RELEASE, SPEECH, TUTORIAL
from .rules import DATELINE, broken_rule, is_first_person, trimmed, without_marker
from .sentences import CJK, content_terms, split_sentences, word_count, words
from .verbless import is_verbless

MAX_CANDIDATES = 250  # caps the O(n^2) graph: long texts are sampled, not fully paired
MIN_WORDS, MAX_WORDS = 6, 45
SETUP_WORDS = 12  # a lede sentence shorter than this sets up the next one and takes it along
JOINED_MAX_WORDS = 55  # two sentences read as one point only while they stay this short
REDUNDANT = 0.45  # cosine above which a sentence repeats one already chosen

#: A paragraph that ends in a photo credit is a caption: "... (Thomas Coex/AFP/Getty Images)".
_CREDIT = re.compile(
    r"\((?:photo(?:graph)?s?:?\s*)?[^()]{0,80}(?:/|\b)(?:getty images|afp|ap photo|associated press|reuters|"
    r"bloomberg|epa|shutterstock|photo(?:graph)?|file photo)[^()]{0,40}\)\s*$", re.I)
#: Openers that only make sense after the previous sentence: never a point on their own.
_DANGLING = re.compile(r"^(?:and|or|nor|so|also|then|yet|still|instead|otherwise|likewise|for (?:one|another))\b", re.I)
#: Openers that lean on the previous sentence: allowed, but ranked lower.
_LEANING = re.compile(
    r"^(?:but|this|these|that|those|it|its|they|their|he|his|she|her|such|thus|hence|"
    r"therefore|however|meanwhile|moreover|furthermore|here|there)\b", re.I)
#: A letter of a script without capitals (Arabic, Hebrew, Persian, Thai, Devanagari ...): its
#: sentences cannot show their start by a capital.
_UNCASED = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff]")
_ENDS_WHOLE = re.compile(r"(?<!…)(?<!\.\.)[.!。！।॥۔።][\"'”’)\]」』]*$")  # not a cut "..." or "…"
#: FURNITURE_SENTENCE with its e-mail address (`\S+@\S+\.\w`) found in linear time: tried only
#: where a word starts, up to the word's first "@" without giving any of it back. The plain
#: form tries every "@" of a long word from every character of it: minutes for a 40 KB word.
_EMAIL = r"\S+@\S+\.\w"
_FURNITURE = re.compile(FURNITURE_SENTENCE.pattern.replace(_EMAIL, r"(?<!\S)\S[^\s@]*+@\S+\.\w"),
                        FURNITURE_SENTENCE.flags)
#: Lines of a numbered list run together: "Bon Scott 06. Freddie Mercury 07." (a rank after
#: a name, twice, or zero-padded), not a sentence ("... on March 3.", "closed at 14.07." and "auf
#: Platz 3." are).
_LIST_COUNTER = re.compile(r"(?<![\d.,$€£])\b0\d\.$|\b[A-Z][\w'’-]*\s\d{1,3}\.\s+[A-Z][^.]{0,60}\s\d{1,3}\.$")
_CASED_WORD = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]{2,}")
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zß-ÿа-я][\w'’-]*")
LEDE_WITHIN = 4  # the article's first whole sentences, if among its first four, open the points
LEDE_SENTENCES = 3


_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))


def is_whole_sentence(sentence: str) -> bool:
    """A sentence that can stand alone: capitalised, closed, balanced, not a question or debris."""
    if not sentence or not (sentence[0].isupper() or sentence[0] in "\"“'‘「『" or CJK.match(sentence)
                            or _UNCASED.match(sentence)):
        return False
    if not _ENDS_WHOLE.search(sentence) or sentence.rstrip("\"'”’)] ").endswith(("?", "？")):
        return False
    if any(sentence.count(a) != sentence.count(b) for a, b in _PAIRS) or sentence.count('"') % 2:
        return False
    if _DIGIT.search(sentence) and _CASED_WORD.search(sentence) and len(_LOWER_WORD.findall(sentence)) < 2 \
            and not (_UNCASED.search(sentence) or CJK.search(sentence)):
        return False  # names and figures, no verb: a results table's row, "Anais Chevalier-Bouchet (FRA) +11,6 (1) 4."
    return not (_FURNITURE.search(sentence) or _DANGLING.match(sentence.lstrip("\"“'‘"))
                or _LIST_COUNTER.search(sentence))


@dataclass
class Candidate:
    """A sentence that may become a key point, and where it stands."""

    text: str
    section: int
    paragraph: int
    order: int
    lead: bool  # first sentence of its paragraph
    terms: Counter
    leaning: bool = False  # opens by pointing back at the previous sentence
    last: int = 0  # order of its last sentence (a short setup sentence joins the next one)
    dependent: bool = False  # its subject is a pronoun it does not resolve: only carried on by a lede


#: Headings (or a list's lead-in line) under which an article sums itself up.
SUMMARY_HEADING = re.compile(rf"^(?:{SUMMARY_LABEL})\b", re.I)
_ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def own_summary(article: Article, count: int) -> list[tuple[str, int]]:
    """The points of the article's own summary list, with their section: the items of a
    list under a "Key takeaways" / "TL;DR" / "In summary" heading, or right after a
    paragraph that announces one ("In summary:")."""
    import html as _html

    for index, section in enumerate(article.sections):
        heading = (section.heading or "").strip(" :#*")
        announced = bool(heading and SUMMARY_HEADING.match(heading))
        for block in section.blocks:
            if block.kind == "paragraph":
                announced = (announced and not block.text) or bool(
                    len(block.text) < 120 and block.text.rstrip().endswith(":") and SUMMARY_HEADING.match(block.text))
                continue
            if block.kind != "list" or not announced:
                continue
            items = [_html.unescape(" ".join(_TAG.sub(" ", i).split())) for i in _ITEM.findall(block.html or "")]
            items = items or [line.strip(" -*•") for line in block.text.splitlines() if line.strip(" -*•")]
            items = [i if i.endswith((".", "!", "?", "。", "।")) else i + "." for i in items
                     if MIN_WORDS <= word_count(i) <= JOINED_MAX_WORDS]
            if len(items) >= 2:
                return [(item, index) for item in items[:count]]
    return []


#: An article with fewer sentences than this in its paragraphs says the rest in its lists (a
#: fact sheet): their items that are sentences are read as prose too.
FEW_SENTENCES = 12
LIST_ITEM = 1000  # the "paragraph" number of a list's first item read as prose


def prose(article: Article):
    """(section, paragraph, text) of the article's paragraphs, and, in an article that says
    most of what it says in lists, of its list items that are sentences."""
    import html as _html

    yield from article.paragraphs()
    if not _few_sentences(article):
        return
    number = LIST_ITEM
    for index, section in enumerate(article.sections):
        for block in section.blocks:
            if block.kind != "list":
                continue
            for item in _ITEM.findall(block.html or ""):
                text = _html.unescape(" ".join(_TAG.sub(" ", item).split()))
                if word_count(text) >= MIN_WORDS and is_whole_sentence(text):
                    yield index, number, text
                    number += 1


def _few_sentences(article: Article) -> bool:
    """Whether the article's paragraphs hold fewer than FEW_SENTENCES sentences (counted
    only that far: a book's are not all split for it)."""
    seen = 0
    for _, _, text in article.paragraphs():
        seen += len(split_sentences(text))
        if seen >= FEW_SENTENCES:
            return False
    return True


def candidates(article: Article, genre: str | None = None) -> list[Candidate]:
    """Whole sentences from body paragraphs that could stand alone as a point."""
    found: list[Candidate] = []
    order = 0
    bios = " ".join(a.bio for a in article.metadata.authors if a.bio)
    english = (article.metadata.language or "en").startswith("en")
    skipped = {i for i, s in enumerate(article.sections)
               if s.heading and APPARATUS_SECTION.match(s.heading.strip(" :#*").strip())}
    for section, paragraph, text in prose(article):
        if section in skipped:
            continue
        if _CREDIT.search(text) or EMBEDDED_POST_SIGNATURE.search(text):
            continue  # a caption, or a post quoted whole ("... — Donald J. Trump (@realDonaldTrump) December 28, 2017")
        sentences = split_sentences(_CITATION_MARK.sub("", text))  # "... Geoffrey Hinton.[1]": a wiki's note marks
        index, quoted, german = 0, False, "„" in text
        while index < len(sentences):
            sentence, first = sentences[index], index == 0
            order += 1
            index += 1
            start = order
            inside, quoted = quoted, _still_quoting(quoted, sentence, german)
            if (inside or quoted) and genre != SPEECH:
                continue  # within a quotation that an earlier sentence opened, or opening one it leaves open
            limit = MAX_WORDS
            if first and word_count(sentence) > MAX_WORDS:
                sentence = _without_asides(sentence)  # a long lede says its claim without them
                limit = JOINED_MAX_WORDS if start <= LEDE_WITHIN else MAX_WORDS  # the article's own lede
            n_words = word_count(sentence)
            after_question = index > 1 and sentences[index - 2].rstrip("\"'”’) ").endswith(("?", "？"))
            if (n_words < MIN_WORDS and index < len(sentences) and is_whole_sentence(sentence)
                    and not after_question and not is_first_person(sentence)):
                # Too short to stand alone ("We messed up."): it reads as a point with the next one.
                # After a question it is an answer fragment ("The case? Lorenz's discoveries."); in
                # the first person singular, the writer's aside ("I could go on.").
                follow = sentences[index]
                joined = n_words + word_count(follow)
                if is_whole_sentence(follow) and joined <= JOINED_MAX_WORDS:
                    sentence, n_words, limit = f"{sentence} {follow}", joined, JOINED_MAX_WORDS
                    order += 1
                    index += 1
            if not MIN_WORDS <= n_words <= limit or not is_whole_sentence(sentence) \
                    or (english and is_verbless(DATELINE.sub("", sentence))):
                continue
            if bios and sentence in bios:
                continue
            rules: dict = {"allow_quotes": genre == SPEECH, "allow_first_person": genre not in (NEWS, PRESS_RELEASE),
                     "allow_reader_address": genre == TUTORIAL}
            rule = broken_rule(sentence, **rules)
            detached = without_marker(sentence) if rule == "discourse marker" else None
            if detached and broken_rule(detached, **rules) is None:
                sentence, rule = detached, None  # "For example, the port ..." says its claim without it
            if rule is not None and rule != "unresolved pronoun":
                continue
            found.append(Candidate(sentence, section, paragraph, start, first,
                                   Counter(content_terms(sentence)),
                                   bool(_LEANING.match(sentence.lstrip("\"“'‘"))), last=order,
                                   dependent=rule is not None))
    if len(found) > MAX_CANDIDATES:
        leads = [c for c in found if c.lead]
        pool = leads if len(leads) >= MAX_CANDIDATES else found
        step = len(pool) / MAX_CANDIDATES
        found = [pool[int(i * step)] for i in range(MAX_CANDIDATES)]
    return found


#: A reference mark after a word or a stop: Wikipedia's "[1]", "[12]", "[citation needed]".
_CITATION_MARK = re.compile(r"(?<=[\w.,;:!?)”\"’])\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]")
_RUN_IN = re.compile(r"^(?:TL;?DR|tl;?dr|In short|In summary|Summary|Generally speaking|Bottom line|Update|Note"
                     r"|[A-Z][A-Z0-9 ,'’&-]{3,80}[A-Z0-9])\s*:\s+")
#: Quotation marks; not single ones, which pages also set for apostrophes ("isn ‘t", "Siti ‘Aisyah").
_OPEN, _CLOSE = "“«„「『", "”»」』"
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–.;:!?]{1,120}?\s+[—–](?=\s)")


def _still_quoting(quoted: bool, sentence: str, german: bool = False) -> bool:
    """Whether a quotation is still open after `sentence` (it was before it: `quoted`). German
    quotes (`german`: the paragraph opens one with „) close with “."""
    german = german or "„" in sentence
    opens = sum(sentence.count(c) for c in _OPEN) - (sentence.count("“") if german else 0)
    closes = sum(sentence.count(c) for c in _CLOSE) + (sentence.count("“") if german else 0)
    if not opens and not closes:
        return quoted != bool(sentence.count('"') % 2)
    return int(quoted) + opens - closes > 0


def _without_asides(sentence: str) -> str:
    """A sentence without its bracketed, dashed and attributed asides (`rules.trimmed`)."""
    return trimmed(_DASH_ASIDE.sub("", sentence))


def _vectors(cands: list[Candidate], guide: str = "") -> list[dict[str, float]]:
    """TF-IDF unit vectors of the candidates; with a `guide` text, its vector over the same
    terms comes last."""
    df = Counter(term for c in cands for term in c.terms)
    n = len(cands)
    vectors = []
    for terms in [c.terms for c in cands] + ([Counter(content_terms(guide))] if guide else []):
        vec = {t: (1 + math.log(f)) * math.log(1 + n / df[t]) for t, f in terms.items() if df[t]}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _similarities(vectors: list[dict[str, float]]) -> list[dict[int, float]]:
    """Cosine similarity of every pair that shares a term, as sparse rows.

    Pairs are found through the terms they share (an inverted index), so the cost follows
    the overlaps rather than all n^2 pairs of sentences.
    """
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings.setdefault(term, []).append((i, weight))
    rows: list[dict[int, float]] = [{} for _ in vectors]
    for entries in postings.values():
        for a, (i, wi) in enumerate(entries):
            row = rows[i]
            for j, wj in entries[a + 1:]:
                row[j] = row.get(j, 0.0) + wi * wj
    for i, row in enumerate(rows):  # mirror the upper triangle
        for j, value in list(row.items()):
            if j > i:
                rows[j][i] = value
    return rows


def _pagerank(rows: list[dict[int, float]], damping: float = 0.85, rounds: int = 50,
              tolerance: float = 1e-6) -> list[float]:
    n = len(rows)
    out_weight = [sum(row.values()) or 1.0 for row in rows]
    incoming = [[(j, s / out_weight[j]) for j, s in sorted(row.items())] for row in rows]  # symmetric
    rank = [1.0 / n] * n
    for _ in range(rounds):
        new = [(1 - damping) / n + damping * sum(w * rank[j] for j, w in edges) for edges in incoming]
        converged = sum(abs(a - b) for a, b in zip(new, rank)) < tolerance
        rank = new
        if converged:
            break
    return rank


#: What a genre's points are made of: a speech's are its proposals and claims, a
#: tutorial's what the reader learns to do.
_GENRE_SIGNS = {
    SPEECH: re.compile(r"\b(?:will|must|should|propose|plan|need to|going to|our|we)\b|\d", re.I),
    TUTORIAL: re.compile(r"\b(?:you can|lets you|allows|enables|makes it|instead of|use|uses|using|"
                         r"supports?|new|now)\b", re.I),
}


#: How much a sentence gains from saying what the title and the page's description say: at
#: most twice its weight (the same words), most often a tenth to a third more.
GUIDE_WEIGHT = 1.0


def guide_text(article: Article) -> str:
    """What the page says the article is about: its title and its own description."""
    return " ".join(filter(None, (article.metadata.title, article.metadata.description)))


def score(cands: list[Candidate], genre: str | None = None,
          guide: str = "") -> tuple[list[float], list[dict[str, float]]]:
    """Centrality times position weight, closeness to the `guide` (the title and the page's
    description) and the genre's signs for each candidate, and their vectors. A speech or a
    book is not front-loaded: position counts less there."""
    vectors = _vectors(cands, guide)
    guided = vectors.pop() if guide else {}
    n = len(cands)
    sim = _similarities(vectors)
    rank = _pagerank(sim) if n > 1 else [1.0] * n
    top = max(rank) or 1.0
    last = max(c.order for c in cands)
    scores = []
    signs = _GENRE_SIGNS.get(genre or "")
    front = 0.1 if genre in (SPEECH, BOOK) else 0.35
    for c, r, vector in zip(cands, rank, vectors):
        position = 1.0 + 0.25 * c.lead + front * (1 - c.order / last) ** 2
        weight = 1.25 if signs is not None and signs.search(c.text) else 1.0
        weight *= 1 + GUIDE_WEIGHT * _cosine(vector, guided)
        scores.append(r / top * position * weight * (0.7 if c.leaning else 1.0))
    return scores, vectors


#: A sentence that turns on the one before it: "But ...", "However, ...", "XXXTentacion, however, is ...".
_TURN = re.compile(r"^(?:but|however|yet)\b|^[^,.;]{1,60},\s+however,", re.I)


def _with_turn(point: str, sentences: list[str]) -> str:
    """A point with the sentence after it in its paragraph when that one turns on it: "Spotify
    did not officially say it would begin promoting XXXTentacion's music." is the opposite of
    the news without "XXXTentacion, however, is now back on Spotify's popular Rap Caviar playlist."."""
    last = next((n for n, sentence in enumerate(sentences) if point.endswith(sentence)), None)
    if last is None or last + 1 >= len(sentences) or not _TURN.match(turn := sentences[last + 1]):
        return point
    return f"{point} {turn}" if word_count(point) + word_count(turn) <= JOINED_MAX_WORDS else point


def _carries_on(head: Candidate, follow: Candidate) -> bool:
    """Whether a lede point takes the next sentence of its paragraph along.

    It does when that sentence leans on it ("This was ...") or when the point is a short
    setup ("On Friday, the administration will announce a new strategy.") for what follows.
    """
    return (follow.order == head.last + 1 == head.order + 1
            and (follow.section, follow.paragraph) == (head.section, head.paragraph)
            and (follow.leaning or word_count(head.text) < SETUP_WORDS)
            and word_count(head.text) + word_count(follow.text) <= JOINED_MAX_WORDS)


SENTENCES_PER_POINT = 2


def _told_in(sentence: str, other: str) -> bool:
    """Whether every word of a sentence is in another: the same sentence again (a page's lede
    set twice, once with its links' words lost)."""
    return set(words(sentence)) <= set(words(other))


def key_points(article: Article, count: int = 5, genre: str | None = None) -> tuple[KeyPoint, ...]:
    """The article's own summary list if it has one; else `count` distinct, central
    sentences spread over sections, in article order (fewer for a short article)."""
    if count <= 0:
        return ()
    if summary := own_summary(article, count):
        return tuple(KeyPoint(text, section, None, 1.0) for text, section in summary)
    cands = candidates(article, genre)
    # A short article is not printed twice: a point for every two of its sentences at most
    # (a four-paragraph story gets two points, not all four paragraphs again).
    sentences = sum(len(split_sentences(text)) for _, _, text in prose(article))
    count = min(count, sentences // SENTENCES_PER_POINT)
    if count <= 0 or not cands:
        return ()
    scores, vectors = score(cands, genre, guide_text(article))
    chosen: list[int] = []
    sections_used: Counter = Counter()
    remaining = set(range(len(cands)))
    # The lede: the writer's own summary opens the piece (its first whole sentences).
    texts = {i: c.text for i, c in enumerate(cands)}
    index = 0
    # a report's lede is its summary; an essay's, a review's or a how-to's opens with a hook ("Ask
    # most folks what the most iconic thing about Los Angeles is ..."): its first sentence only
    lede = 0 if genre in (SPEECH, BOOK) else 1 if genre in (ANALYSIS, TUTORIAL) else max(1, min(LEDE_SENTENCES,
                                                                                                 count - 2))
    while index < len(cands) and cands[index].order <= LEDE_WITHIN and len(chosen) < lede:
        if cands[index].leaning or cands[index].dependent or any(  # "They ..." needs what came before;
                _told_in(cands[index].text, texts[j]) for j in chosen):  # a page's lede set twice
            index += 1
            continue
        chosen.append(index)
        sections_used[cands[index].section] += 1
        remaining.discard(index)
        follow = index + 1
        if follow < len(cands) and _carries_on(cands[index], cands[follow]):
            texts[index] = f"{cands[index].text} {cands[follow].text}"
            remaining.discard(follow)
            index = follow
        index += 1
    while remaining and len(chosen) < count:
        def value(i: int) -> float:
            overlap = max((_cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
            return scores[i] * (1 - overlap) / (1 + 0.6 * sections_used[cands[i].section])

        best = max(sorted(remaining), key=value)
        remaining.discard(best)
        if cands[best].dependent:
            continue  # "He said ..." on its own: whose words?
        if any(_cosine(vectors[best], vectors[j]) > REDUNDANT for j in chosen):
            continue
        chosen.append(best)
        sections_used[cands[best].section] += 1
    chosen.sort(key=lambda i: cands[i].order)
    paragraphs = {(s, p): text for s, p, text in prose(article)}
    for i in chosen:  # a point the next sentence turns on ("But ...") is not told without it
        texts[i] = _with_turn(texts[i], split_sentences(paragraphs.get((cands[i].section, cands[i].paragraph), "")))
    for i in chosen:  # a run-in label is no part of the point ("TL;DR: ...", "PREVENTING WOKE AI: ...")
        if (label := _RUN_IN.match(texts[i])) and len(texts[i]) - label.end() > 20:
            rest = texts[i][label.end():]
            texts[i] = rest[:1].upper() + rest[1:]
    for i in chosen:  # the lede is printed below the box: its claim, not its every word
        if cands[i].section == cands[0].section and cands[i].paragraph == cands[0].paragraph:
            texts[i] = trimmed(texts[i]) or texts[i]
        else:  # a dateline is never part of a claim ("NAPA COUNTY, Calif. -- A plan ...")
            texts[i] = DATELINE.sub("", texts[i]) or texts[i]
    return tuple(
        KeyPoint(texts[i], cands[i].section, cands[i].paragraph, round(scores[i], 4))
        for i in chosen
    )
