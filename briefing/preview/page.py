"""The preview's own HTML, from Jinja2 templates beside this module, autoescaped: the
article's title, warnings and errors are text, never markup."""

from __future__ import annotations

import functools
from pathlib import Path

HERE = Path(__file__).parent
STATIC = {"preview.css": "text/css; charset=utf-8", "preview.js": "text/javascript; charset=utf-8"}


@functools.lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=False)


def render(name: str, **context) -> bytes:
    """A page or fragment of the preview, as UTF-8 bytes."""
    return _environment().get_template(name).render(**context).encode("utf-8")


def static_file(name: str) -> tuple[bytes, str] | None:
    """One of the page's own files (its stylesheet and script), with its content type."""
    if name not in STATIC:
        return None
    return (HERE / "static" / name).read_bytes(), STATIC[name]
