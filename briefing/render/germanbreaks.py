"""German words hyphenated where a German typesetter would: at the points that both levels of
the German dictionary agree on.

The German dictionary that WeasyPrint's hyphenation (Pyphen) ships has two levels of patterns:
compound boundaries first, then syllables within each part (LibreOffice's "NEXTLEVEL"). Pyphen
reads both as one, and breaks words where neither would: "Wort-s-chatz", "Deut-sch-land",
"klimaf-reundliche" (every German briefing of the R12 and R13 reviews had one). A point that both
levels give is a good one ("Deutsch-land", "Bundes-re-gierung", "Fort-schritte"); a word whose
levels agree on none is set whole.

For a German briefing, `soft_hyphens` puts a soft hyphen at those points of every word of the
body (not in code, tables, the timeline, addresses or words kept whole) and base.css sets German
text `hyphens: manual`,
so that WeasyPrint breaks a German word only there. The document's own tree is changed; the
library's dictionaries are not.
"""

from __future__ import annotations

import functools
import re

from .keepwords import UNTOUCHED
from .layouttree import local_name

SOFT_HYPHEN = "\u00ad"
#: Letters on each side of a break, and the shortest word broken (base.css: hyphenate-limit-chars 6 3 3).
MIN_SIDE, MIN_WORD = 3, 6
#: Spans whose words are never broken (render/keepwords.py), and the masthead's source line, whose
#: domain is no German word ("mitternachtskabi-nett.wordpress.com").
_WHOLE = {"keep-word", "address", "email", "handle", "source"}
_WORD = re.compile(r"[^\W\d_]{6,}")
#: Headings are set without hyphenation (base.css): only a word too long for a line may break there
#: ("Tabaksteuermodernisierungsgesetzes"), not "Inter-sex" or "Uni-versitäten" in a title.
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_LONG_WORD = re.compile(r"[^\W\d_]{16,}")
#: Elements left as they are: code, and the cells of tables and of the timeline's rows (a soft hyphen in
#: a cell made WeasyPrint's table layout give the timeline's text column its whole line: it ran off the box).
_SKIPPED = UNTOUCHED | {"table", "dl"}


@functools.lru_cache(maxsize=1)
def _levels():
    """The two levels of Pyphen's German dictionary, each as a dictionary of its own."""
    import tempfile
    from pathlib import Path

    import pyphen  # type: ignore[import-untyped]

    text = Path(pyphen.LANGUAGES["de_DE"]).read_text(encoding="latin-1")  # the file says ISO8859-1
    first, _, second = text.partition("\nNEXTLEVEL\n")
    with tempfile.TemporaryDirectory(prefix="briefing-hyph-") as folder:
        levels = []
        for number, patterns in enumerate((first, second)):
            path = Path(folder) / f"level{number}.dic"
            path.write_text(patterns if number == 0 else "ISO8859-1\n" + patterns, encoding="latin-1")
            levels.append(pyphen.Pyphen(filename=str(path), left=MIN_SIDE, right=MIN_SIDE))
    return tuple(levels)


@functools.lru_cache(maxsize=8192)
def hyphenated(word: str) -> str:
    """The word with a soft hyphen at each point both levels give ("Deutsch\u00adland")."""
    if len(word) < MIN_WORD:
        return word
    first, second = _levels()
    points = sorted(set(first.positions(word)) & set(second.positions(word)))
    for point in reversed(points):
        if MIN_SIDE <= point <= len(word) - MIN_SIDE:
            word = word[:point] + SOFT_HYPHEN + word[point:]
    return word


def is_german(root) -> bool:
    """Whether the briefing's text is German (its root element's language)."""
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return lang.lower().split("-")[0] == "de"


def soft_hyphens(root) -> None:
    """For a German briefing, a soft hyphen at each good point of every word of the body."""
    if not is_german(root):
        return
    body = next((element for element in root.iter() if local_name(element) == "body"), None)
    stack = [(body, _WORD)] if body is not None else []
    while stack:
        element, words = stack.pop()
        if local_name(element) in _SKIPPED or _WHOLE & set((element.get("class") or "").split()):
            continue
        if local_name(element) in _HEADINGS:
            words = _LONG_WORD
        if element.text:
            element.text = words.sub(lambda m: hyphenated(m.group()), element.text)
        for child in element:
            stack.append((child, words))
            if child.tail:
                child.tail = words.sub(lambda m: hyphenated(m.group()), child.tail)
