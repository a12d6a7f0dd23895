"""The article's text as the page's JSON-LD gives it (`articleBody`), read when the page
shows much less of it: a page that renders its story with a script, and saved only the
shell ("READ FULL ARTICLE"), still carries the story in its metadata for search engines."""

from __future__ import annotations

import re

from ..model import Block, Section

#: The page's text is read from its metadata when it holds less than this share of the words
#: the metadata gives, and the metadata gives at least EMBEDDED_WORDS.
SHOWN_SHARE = 0.4
EMBEDDED_WORDS = 150
#: A body given as one run of text is cut into paragraphs of about this many sentences.
SENTENCES_PER_PARAGRAPH = 4
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def embedded_paragraphs(body: str) -> list[str]:
    """The metadata's text as paragraphs: its own line breaks, or runs of sentences."""
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(body.strip()) if p.strip()]
    if len(paragraphs) > 1:
        return paragraphs
    sentences = _SENTENCE_END.split(body.strip())
    return [" ".join(sentences[i:i + SENTENCES_PER_PARAGRAPH])
            for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)]


def with_embedded_body(sections: list[Section], body: str | None, warnings: list[str]) -> list[Section]:
    """The sections, or the metadata's text when the page shows much less of it (said in
    `warnings`, which `inspect` and `build` print); the metadata's text read as one block (the
    extractor's own fallback) is cut into paragraphs."""
    given = len(body.split()) if body else 0
    if not body or given < EMBEDDED_WORDS:
        return sections
    paragraphs = [Block("paragraph", p) for p in embedded_paragraphs(body)]
    whole = " ".join(body.split())
    sections = [Section(s.heading, tuple(p for b in s.blocks for p in (
        paragraphs if " ".join(b.text.split()) == whole else [b])), s.level) for s in sections]
    shown = sum(len(block.text.split()) for section in sections for block in section.blocks)
    if shown >= SHOWN_SHARE * given:
        return sections
    warnings.append(f"the page shows {shown} of the {given} words its metadata gives as the article's text; "
                    "that text was read instead")
    return [Section(None, tuple(paragraphs))]
