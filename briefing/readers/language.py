"""The language of an article that does not say which it is written in, guessed from its text:
by script where the script tells (Chinese, Japanese, Korean, Arabic, Persian, Hebrew, Greek,
Russian, Ukrainian, Thai, the languages of India and others with a script of their own),
else by the commonest short words of the languages that share the Latin script. The guess
is used for the labels, the dates, hyphenation and direction; when the text is too short or
too mixed to tell, there is none and the reader's default stands."""

from __future__ import annotations

import re
from collections import Counter

SAMPLE = 5000  # characters read
MIN_WORDS = 40  # fewer words than this: no guess from word counts
MARGIN = 2.0  # the best language's share of function words must be this many times the next one's
MIN_SHARE = 0.08  # ... and at least this share of all the words

#: The commonest function words of each language; a word in two lists counts for neither
#: ("de", "en", "la" and "que" are as common in Spanish as in Dutch, French or Portuguese).
_COMMON = {
    "en": "the and of to is that was for with are this have from by were which been their has".split(),
    "fr": "le la les des et est une dans qui pour pas sur au avec ce sont mais ses aux de en que".split(),
    "de": "der die und das ist nicht mit sich auf für ein eine dem den von zu wird auch".split(),
    "es": "el los las y es por una con para del se lo más pero sus como fue está de la en que".split(),
    "it": "il di che è per una sono della gli nel alla anche con più non le ha la".split(),
    "pt": "o os as e é um uma para com não do da dos das que em foi mais".split(),
    "nl": "de het een en van is dat op te zijn niet met voor ook aan er".split(),
    # and the languages whose labels came later (Swedish, Danish, Norwegian, Polish, Czech, Romanian,
    # Turkish, Indonesian): none of the words above, none common in another language ("a", "i", "un")
    "sv": "och är att inte ett jag var hade från eller också när bara vid mot sina till av som".split(),
    "da": "og af ikke jeg blev efter nogle mig hvad været havde sig kun hvor skal fra til".split(),
    "nb": "og av ikke jeg ble etter noen meg hva vært hadde seg bare hvor skal fra til".split(),
    "pl": "w na nie się z że jest jak ale od po przez jego oraz który która są".split(),
    "cs": "v na je že s z jako ale od po které jeho který jsou byl".split(),
    "ro": "și în cu pe din care este fost pentru sunt ca nu".split(),
    "tr": "ve bir bu için ile olarak olan gibi daha çok kadar ancak ise değil".split(),
    "id": "yang dan ini itu dengan untuk dari dalam tidak akan pada juga ke adalah oleh".split(),
}
_SHARED = {word for word, n in Counter(w for words in _COMMON.values() for w in set(words)).items() if n > 1}
FUNCTION_WORDS = {language: [w for w in words if w not in _SHARED] for language, words in _COMMON.items()}
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")  # a word of the Latin script (of two letters or more)


def _script_guess(sample: str) -> str | None:
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    count: Counter[str] = Counter()
    for c in letters:
        code = ord(c)
        if 0x3040 <= code <= 0x30FF:
            count["kana"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            count["han"] += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            count["hangul"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            count["arabic"] += 1
        elif 0x0590 <= code <= 0x05FF:
            count["hebrew"] += 1
        elif 0x0370 <= code <= 0x03FF:
            count["greek"] += 1
        elif 0x0400 <= code <= 0x04FF:
            count["cyrillic"] += 1
        elif 0x0E00 <= code <= 0x0E7F:
            count["thai"] += 1
    total = len(letters)
    # Chinese, Japanese and Korean run about two characters to a word: they are the text's language
    # only when they write at least as many of its words as the Latin script does (an English lesson
    # in Japanese quotes 800 kana and kanji among 700 English words: GaijinPot's blog)
    latin = len(_LATIN_WORD.findall(sample))
    cjk = (count["kana"] + count["han"] + count["hangul"]) / 2 >= latin
    # kana: Japanese, even in a short text mostly of kanji (a Chinese text has none, or a brand's "の")
    if cjk and (count["kana"] > 20 or (count["kana"] >= 5 and count["kana"] >= 0.05 * (count["kana"] + count["han"]))):
        return "ja"
    if cjk and count["han"] > total * 0.2:
        return "zh"
    if cjk and count["hangul"] > total * 0.3:
        return "ko"
    if count["arabic"] > total * 0.5:
        return "fa" if sum(sample.count(c) for c in "پچژگ") > count["arabic"] * 0.01 else "ar"
    if count["hebrew"] > total * 0.5:
        return "he"
    if count["greek"] > total * 0.5:
        return "el"
    if count["cyrillic"] > total * 0.5:
        return "uk" if sum(sample.count(c) for c in "їєґЇЄҐ") > count["cyrillic"] * 0.005 else "ru"
    if count["thai"] > total * 0.5:
        return "th"
    return _one_language_script(sample, letters)


#: Scripts that one language writes nearly all the text of: (first, last code point, language).
_ONE_LANGUAGE_SCRIPTS = (
    (0x0530, 0x058F, "hy"), (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"), (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"), (0x0B00, 0x0B7F, "or"), (0x0B80, 0x0BFF, "ta"), (0x0C00, 0x0C7F, "te"),
    (0x0C80, 0x0CFF, "kn"), (0x0D00, 0x0D7F, "ml"), (0x0D80, 0x0DFF, "si"), (0x0E80, 0x0EFF, "lo"),
    (0x1000, 0x109F, "my"), (0x10A0, 0x10FF, "ka"), (0x1200, 0x137F, "am"), (0x1780, 0x17FF, "km"),
)
#: Words Marathi writes where Hindi, in the same Devanagari, writes "है" and "और".
_MARATHI = re.compile(r"(?<![\w\u0900-\u097f])(?:आहे|आहेत|आणि)(?![\w\u0900-\u097f])")
_HINDI = re.compile(r"(?<![\w\u0900-\u097f])(?:है|हैं|और)(?![\w\u0900-\u097f])")


def _one_language_script(sample: str, letters: list[str]) -> str | None:
    """The language of a text mostly in a script that one language writes (Bengali, Tamil,
    Georgian ...); Devanagari is Hindi unless Marathi's commonest words outnumber Hindi's."""
    count: Counter[str] = Counter()
    for c in letters:
        code = ord(c)
        for first, last, language in _ONE_LANGUAGE_SCRIPTS:
            if first <= code <= last:
                count[language] += 1
                break
    if not count:
        return None
    language, most = count.most_common(1)[0]
    if most <= len(letters) * 0.5:
        return None
    if language == "hi" and len(_MARATHI.findall(sample)) > len(_HINDI.findall(sample)):
        return "mr"
    return language


def guess_language(text: str) -> str | None:
    """The article's language (an ISO 639-1 code) when its text tells, else None."""
    sample = text[:SAMPLE]
    by_script = _script_guess(sample)
    if by_script:
        return by_script
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    shares = sorted(((sum(counts[w] for w in vocabulary) / len(words), language)
                     for language, vocabulary in FUNCTION_WORDS.items()), reverse=True)
    (best, language), (second, _) = shares[0], shares[1]
    if best >= MIN_SHARE and best >= MARGIN * second:
        return language
    return None


#: Languages a script guess cannot tell from the one it names: Bulgarian, Serbian, Macedonian ...
#: are written in the Cyrillic that reads as Russian; Urdu, Pashto, Kurdish in the Arabic script.
_SAME_SCRIPT = {
    "ru": frozenset("bg sr mk be kk ky tg mn uk ba tt cv os ab".split()),
    "ar": frozenset("ur ps ku sd ug ckb".split()),
    "fa": frozenset("ur ps ku ckb".split()),
    # ... and close kin of the Latin script that share its function words: a Bosnian page's "je" and
    # "s" read as Czech; Slovak as Czech or Polish; Malay as Indonesian; Azerbaijani as Turkish
    "cs": frozenset("sk bs hr sr sl pl".split()),
    "pl": frozenset("sk cs".split()),
    "id": frozenset({"ms"}),
    "tr": frozenset({"az"}),
    "da": frozenset("nb no nn sv".split()),
    "nb": frozenset("da no nn sv".split()),
    "sv": frozenset("da nb no nn".split()),
}


def settled_language(guess: str | None, declared: str | None) -> str | None:
    """The article's language from the text's guess and the page's declared one: the guess,
    unless it only names the script's best-known language and the page declares another
    written in it (a Bulgarian page, lang="bg", is no Russian one)."""
    primary = (declared or "").split("-")[0].split("_")[0].lower()
    if guess and primary in _SAME_SCRIPT.get(guess, ()):
        return declared
    return guess or declared


def article_language(text: str, declared: str | None) -> str | None:
    """The language of an article of this text on a page that declares `declared` (see above)."""
    return settled_language(guess_language(text), declared)

