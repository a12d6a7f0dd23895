"""Raw HTML in Markdown that an author left open.

A post wrote `<figure>` where it meant `</figure>`; the markdown package reads raw HTML
until its tags close, so everything after the figure (eight sections of the Sass post)
became part of an HTML block and was lost without a word. The Markdown that sites are
built with (CommonMark: Hugo, Eleventy, GitHub) ends such a block at the blank line, and
the text after it is read as Markdown. Here too: block tags still open at the blank line
that ends a run of HTML are closed there when Markdown prose follows, unless a tag asks
for Markdown inside it (`markdown="1"`).
"""

from __future__ import annotations

import re

_BLOCK = ("address|article|aside|blockquote|center|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|"
          "footer|form|header|main|nav|ol|section|summary|table|tbody|td|tfoot|th|thead|tr|ul")
_TAG = re.compile(rf"<(/?)({_BLOCK})\b([^<>]*)>", re.I)
_RUN_START = re.compile(rf" {{0,3}}<({_BLOCK})\b", re.I)
_MARKDOWN_INSIDE = re.compile(r"\bmarkdown\s*=", re.I)


def close_open_blocks(lines: list[str]) -> list[str]:
    """`lines` with the block tags left open at the end of each HTML run closed there (see
    the module)."""
    out = list(lines)
    stack: list[tuple[str, bool]] = []  # (tag name, asks for Markdown inside)
    in_run = False
    for index, line in enumerate(lines):
        if not line.strip():
            if in_run and stack and not any(inside for _, inside in stack) and _prose_follows(lines, index):
                out[index - 1] += "".join(f"</{name}>" for name, _ in reversed(stack))
                stack = []
            in_run = False
            continue
        if not in_run and not stack and not _RUN_START.match(line):
            continue
        in_run = True
        for match in _TAG.finditer(line):
            name = match.group(2).lower()
            if not match.group(1):
                if not match.group(3).rstrip().endswith("/"):
                    stack.append((name, bool(_MARKDOWN_INSIDE.search(match.group(3)))))
                continue
            for position in range(len(stack) - 1, -1, -1):
                if stack[position][0] == name:
                    del stack[position:]
                    break
    return out


def _prose_follows(lines: list[str], index: int) -> bool:
    """Whether the next line with text after `index` is Markdown, not more HTML."""
    for line in lines[index + 1:index + 50]:
        if line.strip():
            return not line.lstrip().startswith("<")
    return False
