"""Readers: one module per input format behind one `read(path) -> Article` interface.

Each reader module has `parse(text, path, *, allow_remote) -> Article`; `READERS` maps
file suffixes to reader modules, imported only when a file of theirs is read (the HTML
reader pulls in lxml and trafilatura). `read()` picks the reader by the format the user
names (`--from`), else by suffix (standard input, which has none, is sniffed), loads and
decodes the file, and merges the sidecar file (`<stem>.briefing.yaml`) the user keeps
beside the article.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .cutoff import with_cut_off_warning
from .loading import DEFAULT_MAX_INPUT_MB, STDIN_NAME, load_stdin, load_text
from .sidecar import merge_sidecar, sidecar_path

READERS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html"}


#: The formats a user may name with `--from`, and the reader of each.
FORMATS = {"txt": "text", "md": "markdown", "html": "html"}

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_MARKDOWN_SIGNS = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n|^#{1,6}[ \t]+\S", re.M)


def sniff_format(text: str) -> str:
    """The format of text that came without a name: a doctype or `<html` -> html; front
    matter or a `#` heading -> md; anything else -> txt. Only the start is looked at."""
    head = text[:4096].lstrip("\ufeff")
    if _HTML_START.match(head):
        return "html"
    return "md" if _MARKDOWN_SIGNS.search(head) else "txt"


def supported_extensions() -> tuple[str, ...]:
    """The file suffixes a reader exists for."""
    return tuple(sorted(READERS))


def reader_for(path: Path):
    """The reader module for a file, chosen by its suffix."""
    name = READERS.get(path.suffix.lower())
    if name is None:
        known = ", ".join(supported_extensions())
        raise InputError(f"unsupported file type {path.suffix or '(none)'!r}; use one of {known}", path)
    return importlib.import_module(f"{__name__}.{name}")


STDIN = "-"


def is_stdin(path: str | Path) -> bool:
    """True for the `-` that names standard input."""
    return str(path) == STDIN


def malformed_input_errors() -> tuple[type[BaseException], ...]:
    """The exception kinds that malformed bytes provoke in the parsers the readers use.

    A reader that meets one of these on a user's file has met a broken file, not a bug:
    `read` turns it into an InputError naming the file. Anything else (KeyError,
    AttributeError, ZeroDivisionError...) is a bug and stays an internal error. The YAML
    and lxml kinds count once those libraries are loaded (they are imported lazily)."""
    kinds: list[type[BaseException]] = [ValueError, TypeError, RecursionError, OverflowError]
    if (yaml := sys.modules.get("yaml")) is not None:
        kinds.append(yaml.YAMLError)
    if (etree := sys.modules.get("lxml.etree")) is not None:
        kinds.append(etree.Error)
    return tuple(kinds)


def _problem(exc: BaseException) -> str:
    """One short line for a parser's exception: never the whole of a user's value."""
    if isinstance(exc, RecursionError):
        return "nested too deeply to read (thousands of levels of lists, quotes or elements)"
    text = str(exc) if isinstance(exc, UnicodeError) or (exc.args and isinstance(exc.args[0], str)) else ""
    text = " ".join(text.split()) or type(exc).__name__
    return f"malformed input ({text if len(text) <= 100 else text[:100] + '...'})"


@contextmanager
def _user_errors(path: Path) -> Iterator[None]:
    """Turn the errors malformed input provokes into an InputError naming `path`."""
    try:
        yield
    except malformed_input_errors() as exc:
        raise InputError(_problem(exc), path) from exc


def _reader_named(input_format: str):
    """The reader module for a format named with `--from`."""
    if input_format not in FORMATS:
        raise InputError(f"unknown format {input_format!r}; use one of {', '.join(FORMATS)}")
    return importlib.import_module(f"{__name__}.{FORMATS[input_format]}")


def read_stdin(*, max_input_mb: float = DEFAULT_MAX_INPUT_MB, input_format: str | None = None) -> Article:
    """Read an article from standard input, in the format named or sniffed. It has no
    folder and no file name: no image is read for it, and no source is shown for it."""
    name = Path(STDIN_NAME)
    with _user_errors(name):
        text = load_stdin(max_input_mb=max_input_mb)
        article = with_cut_off_warning(_reader_named(input_format or sniff_format(text)).parse(text, name))
    if article.metadata.source == STDIN_NAME:
        import dataclasses

        article = article.replace(metadata=dataclasses.replace(article.metadata, source=None))
    return article


def read(path: str | Path, *, max_input_mb: float = DEFAULT_MAX_INPUT_MB,
         allow_remote: bool = False, input_format: str | None = None) -> Article:
    """Read an article file (and its sidecar, if any) into the document model; `-` reads
    standard input. `input_format` (txt, md, html) overrides the file's suffix."""
    if is_stdin(path):
        return read_stdin(max_input_mb=max_input_mb, input_format=input_format)
    path = Path(path)
    with _user_errors(path):
        try:
            if not path.exists():
                raise InputError("no such file", path)
            if path.is_dir():
                raise InputError("is a directory, not an article file", path)
        except OSError as exc:  # a name too long for the file system, a loop of symlinks
            raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
        module = _reader_named(input_format) if input_format else reader_for(path)
        text = load_text(path, max_input_mb=max_input_mb)
        article = with_cut_off_warning(module.parse(text, path, allow_remote=allow_remote))
    side = sidecar_path(path)
    with _user_errors(side):
        if _sidecar_exists(side):
            article = merge_sidecar(article, side)
    return article


def _sidecar_exists(side: Path) -> bool:
    """True when something other than a folder is at the sidecar's path (a FIFO or a device
    there is refused by name, not skipped); False when its name is too long to exist."""
    try:
        return side.exists() and not side.is_dir()
    except OSError:
        return False
