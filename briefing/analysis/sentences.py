"""Split prose into sentences and words, without data downloads."""

from __future__ import annotations

import functools
import re

from ..lexicon import FOREIGN_MONTHS, MONTH_ABBREVIATIONS

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "drs", "prof", "profs", "messrs", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep",
    "col", "lt", "sgt", "capt", "rev", "hon", "pres", "vs", "etc", "e.g", "i.e", "cf", "al",
    "no", "nos", "vol", "pp", "fig", "figs", "inc", "ltd", "co", "corp", "dept", "est",
    "approx", *MONTH_ABBREVIATIONS, "u.s", "u.k", "u.n", "a.m", "p.m", "op", "ed", "eds", "univ", "ave", "blvd",
    # US states as AP datelines write them: "ST. JOSEPH, Mich. (AP) — ..."
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt",
    "va", "wash", "wis", "wyo",
    # German: "§ 13 Abs. 1", "2,5 Mio. Euro", "vgl.", "bzw.", "Kap." in a judgment's references
    "abs", "nr", "bzw", "ggf", "vgl", "z.b", "u.a", "d.h", "ca", "evtl", "inkl", "rdn", "rn", "kap", "bd", "hrsg",
    "mio", "mrd", "jh", "jhd", "str", "az", "beschl", "urt", "gem", "ff",  # "(Beschl. v. 16.12.2024, Az. 5 L ...)"
    # German and Austrian titles before a name: "LHStv. Stephan Pernkopf", "Bgm. Anna Roth", "Dipl.-Ing. Hans Müller"
    "lh", "lhstv", "stv", "bgm", "mag", "ing", "dipl", "abg", "hr", "präs",
}
#: German weekdays as a date writes them before its day: "am Mi. 5. Juni".
_WEEKDAY_ABBREVIATIONS = frozenset({"mo", "di", "mi", "do", "fr", "sa", "so"})
_GERMAN_DAY = re.compile(r"\d{1,2}\.(?:\d{1,2}\.)?\s")
#: Abbreviations that stand before a number: "für min. 4 Wochen" (a recipe cut there, R13 review).
_BEFORE_NUMBER = frozenset({"min", "max", "mind", "zzgl", "tel"})
#: An abbreviation with stops inside it: "D.O.Ca." (a wine's origin), "Dipl.-Ing.".
_DOTTED = re.compile(r"(?:[^\W\d_]{1,5}\.-?)+[^\W\d_]{1,5}")
#: Words before a German ordinal ("aus dem 15. Jahrhundert", "zum 3. Mal"): its stop ends no sentence.
_ORDINAL_BEFORE = frozenset({"dem", "den", "der", "des", "am", "im", "vom", "zum", "zur", "beim", "ab", "seit",
                             "bis", "die", "das", "ihr", "ihrem", "seinem", "seiner", "jedem", "ein", "eine",
                             "einer", "einem", "einen", "eines", "ihre", "ihrer", "ihren", "seine", "seinen",
                             "ins", "ans"})  # "Vom 16. bis ins 19. Jahrhundert"
#: The end of a sentence: its marks, closing quotes or brackets, white space, and a capital.
#: It starts only at the first mark of a run and never gives back what it took (no
#: character of one part can start the next), so a run of 100,000 dots is one step.
#: A sentence's end: its marks, closing quotes and brackets (a French "»" after a space too:
#: "viens le tuer. » Pour avoir publié ..."), space, and the next one's capital (after an
#: opening quote, "« Vous ...").
#: Scripts without capitals (Arabic, Hebrew, the Indian scripts, Georgian, Ethiopic ...) start
#: a sentence with any letter; Greek and Armenian with a capital. A reference mark after the stop
#: stays with its sentence ("... in 1902.[8] In his autobiography ..."), and so does German's
#: closing quotation mark ("... noch in dieser Woche vor.“ Der Bundesrat ...").
_SENTENCE_START = ("A-Z0-9\u00C0-\u024F\u0400-\u04FF\u0386\u0388-\u038F\u0391-\u03A9\u0531-\u0556"
                   "\u05D0-\u05EA\u0600-\u06FF\u0750-\u077F\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u137F\u1780-\u17FF")
_BOUNDARY = re.compile(
    r"(?<![.!?…])[.!?…؟।॥]++(?:[\"'”’“)\]]|[ \u00a0\u202f]?»|\[\d{1,3}\])*+\s++"
    rf"(?=(?:[\"'“‘(\[]|«[ \u00a0\u202f]?)?[{_SENTENCE_START}])")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")  # "J.J. Abrams", "J.R.R. Tolkien"
_CLOSERS = ".!?…\"'”’)] "  # stripped from the end of a sentence before its last word is read
#: Month names after a day's ordinal stop ("26. Oktober"): German writes its days so.
_MONTH_WORDS = frozenset(FOREIGN_MONTHS)
#: After a full stop that ends only sentences: Chinese and Japanese ones; the danda of Hindi and
#: Bengali, Urdu's and Amharic's, unless a closing quote or bracket follows (it stays with them).
_CJK_BOUNDARY = re.compile(r"(?<=[。！？])|(?<=[।॥۔።])(?![\"'”’)\]])")
#: A Chinese, Japanese or Korean character: text written without spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.U)

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just may me might more most must my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself
yourselves said says one two new like even well much many however also yet still
""".split())


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations and initials intact."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("."):
            last_word = _last_word(text, start, match.start() + 1).lower().lstrip("(\"'“‘")
            if last_word in _ABBREVIATIONS or _INITIALS.match(last_word) or _DOTTED.fullmatch(last_word) or (
                    len(last_word) == 1 and last_word.isalpha()) or last_word.rpartition("-")[2] in _ABBREVIATIONS:
                continue
            if last_word in _WEEKDAY_ABBREVIATIONS and _GERMAN_DAY.match(text, match.end()):
                continue  # "am Mi. 5. Juni" (not "I said so. 5 people agreed.")
            if last_word in _BEFORE_NUMBER and text[match.end():match.end() + 1].isdigit():
                continue  # "für min. 4 Wochen", "max. 30 Minuten"
            if last_word.isdigit() and len(last_word) <= 2 and (
                    _next_word(text, match.end()) in _MONTH_WORDS
                    or _last_word(text, start, match.start() - len(last_word)).lower() in _ORDINAL_BEFORE):
                continue  # a German day or ordinal: "am 26. Oktober", "aus dem 15. Jahrhundert"
        sentences.append(text[start:match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    out: list[str] = []
    for sentence in sentences:
        out.extend(s.strip() for s in _CJK_BOUNDARY.split(sentence) if s.strip())
    return out


def _next_word(text: str, start: int) -> str:
    """The word that opens `text[start:]`, lower-cased, without its closing marks."""
    found = _WORD.match(text, start)
    return found.group().lower() if found else ""


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of `text[start:end]` once closing marks are stripped, read backwards.

    The same as `text[start:end].rstrip(_CLOSERS).split()[-1]` (or "" for no word), but
    without copying the span: after a run of abbreviations the span is the whole text so far.
    """
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def words(text: str) -> list[str]:
    """Lower-cased words of a text."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@functools.lru_cache(maxsize=65536)  # words repeat: most calls are a lookup
def stem(word: str) -> str:
    """A light suffix-stripping stem so "sanctions" and "sanction" match."""
    for suffix in ("ational", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied",
                   "ers", "ed", "es", "ly", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> list[str]:
    """Stemmed content words of a text (stopwords dropped): what similarity compares."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def word_count(sentence: str) -> int:
    """Words in a sentence; unspaced CJK text counts two characters a word."""
    return len(sentence.split()) + len(CJK.findall(sentence)) // 2
