"""The title of an article whose text gives none: its file name made readable, or, for a file
named by a number ("7271.txt", a scrape's row), the opening words of its text."""

from __future__ import annotations

import re
from pathlib import Path

#: The most words of an opening sentence taken as a title.
OPENING_WORDS = 12
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z\"“‘'])")


def title_from_filename(path: Path) -> str:
    """A readable title from a file name: "my-article_draft" -> "My article draft"."""
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Untitled"


def fallback_title(path: Path, opening: str) -> tuple[str, str]:
    """The title of a text with no title line, and the warning that says where it comes from: the
    file name, or for a name with no word in it, the first sentence of `opening` (cut at
    OPENING_WORDS words)."""
    named = title_from_filename(path)
    if re.search(r"[^\W\d_]{2}", path.stem) or not opening.strip():
        return named, "no title line found; the title is taken from the file name (--title gives one)"
    cut = _SENTENCE_END.split(" ".join(opening.split()))[0].rstrip(".").split()
    title = " ".join(cut[:OPENING_WORDS]) + ("…" if len(cut) > OPENING_WORDS else "")
    return title, "no title line found; the title is taken from the text's first words (--title gives one)"
