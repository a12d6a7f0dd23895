"""Readers: one module per input format behind one `read(path) -> Article` interface.

Each reader module has `parse(text, path, *, allow_remote) -> Article`; `READERS` maps
file suffixes to reader modules, imported only when a file of theirs is read (the HTML
reader pulls in lxml and trafilatura). `read()` picks the reader by suffix, loads and
decodes the file (or standard input for `-`, read as plain text), and merges the sidecar
file (`<stem>.briefing.yaml`) the user keeps beside the article.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .loading import DEFAULT_MAX_INPUT_MB, load_stdin, load_text
from .sidecar import merge_sidecar, sidecar_path

READERS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html"}


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


def read(path: str | Path, *, max_input_mb: float = DEFAULT_MAX_INPUT_MB,
         allow_remote: bool = False) -> Article:
    """Read an article file (and its sidecar, if any) into the document model."""
    if is_stdin(path):
        return reader_for(Path("stdin.txt")).parse(load_stdin(max_input_mb=max_input_mb), Path("stdin.txt"))
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not an article file", path)
    module = reader_for(path)
    text = load_text(path, max_input_mb=max_input_mb)
    article = module.parse(text, path, allow_remote=allow_remote)
    side = sidecar_path(path)
    if side.is_file():
        article = merge_sidecar(article, side)
    return article
