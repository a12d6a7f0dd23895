"""A page's JSON-LD: every object it states (out of lists and @graph), its article objects,
and the text and people those give, for the HTML reader's metadata (`htmlmeta`)."""

from __future__ import annotations

import json
import re
from typing import Any

from .fields import printable


def json_ld(tree) -> list[dict[str, Any]]:
    """Every JSON-LD object in the page, flattened out of lists and @graph.

    A block that is not JSON, or nests too deeply for the decoder, is skipped: it is the
    page's metadata, and the page is still read from its other metadata and its text."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        source = script.text.strip()
        source = re.sub(r"^(?:<!\[CDATA\[|//\s*<!\[CDATA\[)|(?://\s*)?\]\]>$", "", source).strip()
        try:
            found = json.loads(source, strict=False)  # raw line breaks in a string: many CMSes write them
        except (ValueError, RecursionError):
            continue
        pending = [found]  # a stack, not recursion: @graph can nest as deep as the decoder allows
        while pending:
            value = pending.pop()
            if isinstance(value, list):
                pending.extend(reversed(value))
            elif isinstance(value, dict):
                objects.append(value)
                pending.append(value.get("@graph"))
    return _with_authors_resolved(objects)


def _with_authors_resolved(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The objects, each author given by reference alone ({"@id": ...}, as Yoast writes it) replaced by
    the node of that @id in the page's graph when that node has a name (helge.at's author was lost), marked
    "@referenced": the CMS's account that posted the page, which a byline on the page overrules (WSVN's)."""
    named = {node["@id"]: node for node in objects if isinstance(node.get("@id"), str) and isinstance(
        node.get("name"), str)}

    def resolved(value: Any, depth: int = 0) -> Any:
        if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
            node = named.get(value["@id"])
            return {**node, "@referenced": True} if node else value  # weaker than a byline: the post's CMS user
        return [resolved(v, depth + 1) for v in value[:20]] if isinstance(value, list) and depth < 3 else value

    return [{**obj, "author": resolved(obj["author"])} if "author" in obj else obj for obj in objects]


def ld_text(value: Any) -> str | None:
    """A JSON-LD value when it is text (escapes can make any character: controls are dropped)."""
    return printable(value) if isinstance(value, str) else None


def ld_articles(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def types(obj):
        kind = obj.get("@type", "")
        return {k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}

    article_types = {"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "TechArticle",
                     "ScholarlyArticle", "OpinionNewsArticle", "AnalysisNewsArticle", "WebPage", "Report"}
    return [o for o in objects if types(o) & article_types]


def ld_author_names(value: Any, depth: int = 0) -> list[str]:
    """Author names: text, a {"name": ...} mapping (not an Organization's), or lists (ten levels at most)."""
    if isinstance(value, str):
        return [printable(value)]
    if isinstance(value, dict):
        name = value.get("name")
        if value.get("@type") == "Organization":
            return []
        if isinstance(name, list):  # one Person of several names: NPR's {"name": ["Darian Woods", "Sarah Gonzalez"]}
            return [printable(n) for n in name[:10] if isinstance(n, str)]
        return [printable(name)] if isinstance(name, str) else []
    if isinstance(value, list) and depth < 10:
        return [n for item in value for n in ld_author_names(item, depth + 1)]
    return []


def ld_persons(value: Any) -> list[str]:
    """The names of the JSON-LD authors typed as a Person (one, or a list of them)."""
    items = value if isinstance(value, list) else [value]
    return [printable(item["name"]) for item in items[:20] if isinstance(item, dict)
            and item.get("@type") == "Person" and isinstance(item.get("name"), str)]


def ld_referenced(value: Any) -> bool:
    """Whether an author (one, or a list of them) was given by reference alone and resolved (see
    `_with_authors_resolved`): the CMS's posting account, which a byline on the page overrules."""
    items = value if isinstance(value, list) else [value]
    return any(isinstance(item, dict) and "@referenced" in item for item in items[:20])
