"""Split YAML (`---`) or TOML (`+++`) front matter from a document and parse it."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from ..errors import InputError
from .fields import shown

#: Front matter: the first closing line ends it, also right after the opening one (empty).
_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)??\+\+\+[ \t]*(?:\n|\Z)", re.S)
#: What PyYAML's constructors raise on a malformed scalar (`!!int x`, `!!bool x`, a 5000-digit
#: number): each is turned into a YAML error with its line.
_CONSTRUCTOR_ERRORS = (ValueError, TypeError, LookupError, AttributeError, OverflowError)


@functools.cache
def yaml_loader():
    """PyYAML's safe loader, made total: an impossible date (`2020-13-45`) stays the text it
    is, for the field that wants a date to refuse by name; any other scalar its constructor
    cannot build is a YAML error with its line, never a Python exception."""
    import yaml

    class Loader(yaml.SafeLoader):
        def construct_object(self, node, deep=False):
            try:
                return super().construct_object(node, deep)
            except _CONSTRUCTOR_ERRORS:
                what = shown(node.value) if isinstance(node, yaml.ScalarNode) else "a value"
                raise yaml.constructor.ConstructorError(
                    None, None, f"cannot read {what} as {node.tag.rsplit(':', 1)[-1]}", node.start_mark) from None

    def timestamp(loader, node):
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except (ValueError, AttributeError):  # month 13, day 32, or not the shape of a date at all
            return loader.construct_scalar(node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return Loader


def parse_yaml(source: str, path: Path, *, line_offset: int = 0) -> dict[str, Any]:
    """Parse a YAML mapping, with the line number of a syntax error in the message."""
    import yaml

    try:
        data = yaml.load(source, Loader=yaml_loader())  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        # Where the broken construct was opened says more than where the parser gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1 + line_offset}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise InputError(f"malformed YAML{where}: {problem[:200]}", path) from None
    except RecursionError:
        raise InputError("malformed YAML: lists or mappings nested too deeply", path) from None
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
        except ValueError as exc:  # TOMLDecodeError, or a number over Python's 4300 digits
            raise InputError(f"malformed TOML front matter: {str(exc)[:200]}", path) from None
        except RecursionError:
            raise InputError("malformed TOML front matter: arrays or tables nested too deeply", path) from None
    return {}, text
