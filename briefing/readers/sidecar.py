"""The sidecar file `<stem>.briefing.yaml`: briefing fields a user keeps beside an article."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Author
from .fields import metadata_fields
from .frontmatter import parse_yaml
from .loading import read_regular

SIDECAR_SUFFIX = ".briefing.yaml"
MAX_SIDECAR_BYTES = 1024 * 1024
#: How far above its own folder a sidecar's site_root may lie: a sidecar travels with its
#: article, so it may not open the whole disk to the article's images (`/`, `../../../..`).
MAX_SITE_ROOT_UP = 3


def sidecar_path(article_path: Path) -> Path:
    """Where the sidecar of an article lives."""
    return article_path.with_name(article_path.stem + SIDECAR_SUFFIX)


def _sidecar_data(path: Path) -> dict[str, Any]:
    data = read_regular(path, MAX_SIDECAR_BYTES,
                        lambda size: f"sidecar is over {MAX_SIDECAR_BYTES // 1024} KB; it holds only a few fields")
    try:
        source = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text() had it
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read sidecar ({exc})", path) from None
    return parse_yaml(source, path)


def merge_sidecar(article: Article, path: Path) -> Article:
    """Merge a sidecar: its fields win, its timeline entries are added to the article's."""
    return merge_fields(article, metadata_fields(_sidecar_data(path), path))


def sidecar_site_root(article_path: Path) -> Path | None:
    """The site root an article's sidecar names (`site_root: ../../static`, from the
    sidecar's folder), where images named from the site's root are read; None if none."""
    path = sidecar_path(article_path)
    if not path.is_file():
        return None
    value = _sidecar_data(path).get("site_root")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError("sidecar field 'site_root' must be a folder's path", path)
    given = Path(value.strip())
    if given.is_absolute() or given.parts.count("..") > MAX_SITE_ROOT_UP or "\x00" in value:
        raise InputError(f"sidecar field 'site_root' must be a path from the sidecar's folder, at most "
                         f"{MAX_SITE_ROOT_UP} folders up (--site-root takes any folder)", path)
    folder = path.parent / given
    if not folder.is_dir():
        raise InputError(f"sidecar field 'site_root' is not a folder: {value.strip()!r}", path)
    return folder


#: The reader's warning each given field makes moot.
_MOOT = {"title": "no title", "authors": "no author", "date": "no date"}


def merge_fields(article: Article, found: dict[str, Any]) -> Article:
    """Fields a user gave (a sidecar's, the command line's `--title` ...) over the article's:
    they win, timeline entries are added, and the reader's warnings they answer go."""
    meta = article.metadata
    moot = tuple(_MOOT[key] for key in _MOOT if key in found)
    if moot:
        meta = dataclasses.replace(meta, warnings=tuple(w for w in meta.warnings if not w.startswith(moot)))
    changes: dict[str, Any] = {k: found[k] for k in ("title", "subtitle", "date", "source", "url", "description",
                                     "keywords", "language") if k in found}
    authors = found.get("authors", meta.authors)
    if "bio" in found and authors and "authors" not in found:
        first = authors[0]
        authors = (Author(first.name, found["bio"], first.url), *authors[1:])
    changes["authors"] = authors
    key_points = found.get("key_points", article.key_points)
    timeline = article.timeline + found.get("timeline", ())
    return article.replace(metadata=dataclasses.replace(meta, **changes),
                           key_points=key_points, timeline=timeline)
