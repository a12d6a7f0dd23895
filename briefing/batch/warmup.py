"""The batch's warm-up: what every worker needs, loaded once in the batch process.

The readers, the analysis and the renderer are all loaded here, so that the workers
forked afterwards (recycled ones too) start warm and share those pages with the batch
process instead of each loading its own copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..analysis import analyse
from ..model import Article
from ..options import DEFAULTS, Options
from ..readers import reader_for
from ..render import render_pdf
from ..render.pdf import collect_warnings
from ..themes import Theme

#: The warm-up article: every part a briefing has (key points, timeline, sections with
#: emphasis and a link, an author bio), in English so the hyphenation patterns load too.
_WARM_UP_MARKDOWN = """---
title: Warming up the renderer
author: A. Writer
date: 2024-01-02
---
## Background

In 1998 the *first* agreement was signed, and in 2004 a **second** one followed, as
[the record](https://example.org/) shows. Negotiators representing the participating
governments deliberated extensively over implementation, verification, enforcement and
accountability mechanisms; parliamentarians, administrators and international organisations
subsequently characterised the arrangements as extraordinarily comprehensive, notwithstanding
considerable disagreements concerning jurisdictional responsibilities and interpretation.

## Analysis

The third round, in 2019, changed the terms: "It was a turning point," one official said.

> A quoted passage, with `inline code`.

- a list item
- another item

```
a code block
```

A. Writer covers international negotiations.
"""


#: A tiny article for each reader, for the warm-up (keyed by reader module name).
_WARM_UP_TEXTS = {
    "text": ("warm-up.txt", "Warm up\n\nA paragraph.\n"),
    "html": ("warm-up.html", "<html><body><article><h1>Warm up</h1><p>A paragraph.</p></article></body></html>"),
    "markdown": ("warm-up.md", _WARM_UP_MARKDOWN),
}


def warm_up(theme: Theme, options: Options = DEFAULTS, *, readers: Iterable[str] | None = None) -> None:
    """Read, analyse and render a small built-in article once, before forking workers:
    the imports, fonts, hyphenation patterns, parsed stylesheets and compiled templates are
    then in memory, and every worker forked afterwards starts with them.

    `readers` names the readers to warm ("text", "markdown", "html"; None: all). trafilatura,
    which the HTML reader loads, alone holds about 35 MB, so a batch without web pages
    leaves it out. The Markdown article is always the one rendered.
    """
    def read_and_analyse(name: str) -> Article:
        filename, text = _WARM_UP_TEXTS[name]
        return analyse(reader_for(Path(filename)).parse(text, Path(filename)))

    names = set(_WARM_UP_TEXTS) if readers is None else set(readers) & set(_WARM_UP_TEXTS)
    for name in sorted(names - {"markdown"}):  # the Markdown article is read for rendering
        read_and_analyse(name)
    with collect_warnings():
        render_pdf(read_and_analyse("markdown"), theme, DEFAULTS.replace(paper=options.paper))
