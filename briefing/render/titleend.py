"""A title whose last line would hold a single character of Chinese or Japanese ("道歉"
broken as "…道" / "歉"), or a single short word, is printed with its end kept together:
its last CJK_KEPT characters, or its last two words, do not break (a span that does not wrap:
the text stays as written, for search and copy). And the running head's title, shortened at
a word's end to the room the theme gives it (`running_title`)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

#: The class of the span that keeps a title's end on one line (`white-space: nowrap`, base.css).
KEEP_CLASS = "keep-end"
CJK_KEPT = 3
SHORT_WORD = 12  # characters: a last word this short is not left alone
MAX_KEPT_CHARS = 26  # characters: a longer end kept on one line may not fit a title's narrowest column
_CJK_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af][^\s]{0,2}$")


def keep_end(title: object) -> Markup:
    """The title, escaped, with its end kept together (see the module's docstring), and an ampersand
    bound to the word after it ("&" was left alone on a line over "Wildtier-Bedürfnisse achten")."""
    text = str(title).replace(" & ", " &\u00a0")
    if len(text) > 2 * CJK_KEPT and _CJK_END.search(text):
        head, tail = text[:-CJK_KEPT], text[-CJK_KEPT:]
        return escape(head) + Markup(f'<span class="{KEEP_CLASS}">') + escape(tail) + Markup("</span>")
    words = text.split(" ")
    if len(words) < 4 or len(words[-1]) > SHORT_WORD:
        return escape(text)
    # what is kept stays short enough for any line ("Straßenneubauprojekte stoppen" ran off the title's column)
    if len(" ".join(words[-2:])) > MAX_KEPT_CHARS:
        return escape(text)
    kept = 2
    # The space before the kept words is the only text of a span of its own: after a space that
    # ends a longer text, WeasyPrint 70 breaks that text at its first chance when the span does
    # not fit ("Republicans" alone above "Are Following Trump to Nowhere").
    return (escape(" ".join(words[:-kept])) + Markup(f'<span> <span class="{KEEP_CLASS}">')
            + escape(" ".join(words[-kept:])) + Markup("</span></span>"))


_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def _width(text: str) -> float:
    """A text's width in average letters: capitals wider, spaces narrower, CJK twice as wide."""
    return sum(1.9 if _WIDE.match(c) else 1.25 if c.isupper() else 0.5 if c == " " else 1.0 for c in text)


def running_title(title: object, room: float = 60) -> str:
    """The title for the running head, which has `room` average letters (the theme's margin
    box): whole when it fits, else cut after its last word that fits, with "…" (the margin
    box's own ellipsis cut "...and the F…" mid-word, beside free space)."""
    text = " ".join(str(title).split())
    if _width(text) <= room:
        return text
    kept = ""
    for word in re.findall(r"\S+\s*", text):
        if _width(kept + word.rstrip() + "…") > room:
            break
        kept += word
    if not kept.strip():  # one long word, or a title without spaces (Chinese, Japanese): by characters
        kept = "".join(c for i, c in enumerate(text) if _width(text[:i + 1] + "…") <= room)
    return kept.rstrip(" ,:;–—-|") + "…"
