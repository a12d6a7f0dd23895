"""Split YAML (`---`) or TOML (`+++`) front matter from a document and parse it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import InputError

_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.S)


def parse_yaml(source: str, path: Path, *, line_offset: int = 0) -> dict[str, Any]:
    """Parse a YAML mapping, with the line number of a syntax error in the message."""
    import yaml

    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        # Where the broken construct was opened says more than where the parser gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1 + line_offset}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise InputError(f"malformed YAML{where}: {problem}", path) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of fields", path)
    return data


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Return (front-matter mapping, body) for a document that may start with front matter."""
    text = text.lstrip("\ufeff")
    if match := _YAML.match(text):
        return parse_yaml(match.group(1) or "", path, line_offset=1), text[match.end():]
    if match := _TOML.match(text):
        import tomllib

        try:
            return tomllib.loads(match.group(1) or ""), text[match.end():]
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"malformed TOML front matter: {exc}", path) from None
    return {}, text
