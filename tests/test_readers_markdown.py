"""The Markdown reader: front matter fields, headings as sections, raw HTML kept for sanitizing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.readers.markdown import parse

DOC = """---
title: A Markdown Briefing
subtitle: With a subtitle
author:
  name: Ann Example
  bio: Ann Example writes about examples.
date: 2024-03-05
tags: [one, two]
key_points:
  - The first given point.
timeline:
  - {date: 2020-01, text: Something happened.}
---

Lead paragraph before any heading.

## First section

Text of the first section, with *emphasis*.

### A sub-section

- item one
- item two
"""


def test_front_matter_and_sections():
    article = parse(DOC, Path("doc.md"))
    meta = article.metadata
    assert (meta.title, meta.subtitle, meta.date) == ("A Markdown Briefing", "With a subtitle", "2024-03-05")
    assert meta.author_names == "Ann Example" and article.bio == "Ann Example writes about examples."
    assert meta.keywords == ("one", "two")
    assert [s.heading for s in article.sections] == [None, "First section", "A sub-section"]
    assert article.sections[2].level == 3
    assert article.sections[2].blocks[0].kind == "list"
    assert article.key_points[0].origin == "given"
    assert article.timeline[0].date == "2020-01" and article.timeline[0].precision == "month"


def test_jekyll_file_name_date_and_h1_title():
    article = parse("# Heading Title\n\nBody text.\n", Path("2020-05-15-post.md"))
    assert article.metadata.title == "Heading Title"
    assert article.metadata.date == "2020-05-15"


def test_malformed_yaml_names_the_line():
    with pytest.raises(InputError, match=r"bad\.md: malformed YAML at line 3"):
        parse("---\ntitle: ok\nauthor: [unclosed\n---\nbody\n", Path("bad.md"))


def test_wrong_type_field():
    with pytest.raises(InputError, match="'date' is not a date"):
        parse("---\ntitle: x\ndate: [1, 2]\n---\nbody\n", Path("bad.md"))
