"""What is up to date: fingerprints of a batch's inputs and options, and the stamp written
beside each PDF (`.briefing-batch/<name>.json`) only after the PDF itself is in place."""

from __future__ import annotations

import glob
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..options import Options
from ..readers.sidecar import sidecar_path
from ..themes import Theme
from ..write import write_atomic
from .items import Item

STAMP_DIR = ".briefing-batch"


def _stat_key(path: Path) -> list:
    st = path.stat()
    return [str(path), st.st_mtime_ns, st.st_size]


def theme_files(theme: Theme) -> list[Path]:
    """Every file the theme's output depends on: templates, manifests, stylesheets, assets."""
    files = set(theme.stylesheets)
    for folder in theme.folders:
        files.update(p for p in folder.rglob("*") if p.is_file())
    return sorted(files)


def batch_fingerprint(options: Options, theme: Theme) -> str:
    """A digest of what every article shares: tool version, options and theme files."""
    data = {"version": __version__, "options": options.as_dict(),
            "theme": [_stat_key(p) for p in theme_files(theme)]}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _dependencies(input: Path) -> list[Path]:
    side = sidecar_path(input)
    return [input, side] if side.is_file() else [input]


def article_fingerprint(input: Path, shared: str) -> str:
    """A digest of one article's inputs (the file and its sidecar) and the shared digest."""
    data = [shared, str(input.resolve())] + [_stat_key(p) for p in _dependencies(input)]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def stamp_path(output: Path) -> Path:
    """Where the stamp that vouches for an output lives."""
    return output.parent / STAMP_DIR / (output.name + ".json")


def read_stamp(output: Path) -> dict | None:
    """The stamp of an output, or None if it is missing or unreadable."""
    try:
        stamp = json.loads(stamp_path(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (isinstance(stamp, dict) and isinstance(stamp.get("fingerprint"), str)
            and isinstance(stamp.get("pages", 0), int) and isinstance(stamp.get("warnings", []), list)):
        return None  # damaged or foreign: treat as missing, so the article is rendered again
    return stamp


def up_to_date(item: Item) -> dict | None:
    """The stamp, if the output exists, is newer than its inputs, and was made the same way."""
    try:
        made = item.output.stat().st_mtime_ns
        newest = max(p.stat().st_mtime_ns for p in _dependencies(item.input))
    except OSError:
        return None
    if made < newest:
        return None
    stamp = read_stamp(item.output)
    if not stamp or stamp.get("fingerprint") != item.fingerprint:
        return None
    return stamp


def write_stamp(item: Item) -> None:
    """Vouch for an item's freshly written PDF."""
    path = stamp_path(item.output)
    path.parent.mkdir(exist_ok=True)
    data = {"fingerprint": item.fingerprint, "input": str(item.input), "version": __version__,
            "pages": item.pages, "warnings": item.warnings, "title": item.title}
    write_atomic(json.dumps(data, ensure_ascii=False).encode("utf-8"), path)


def remove_stamp(output: Path) -> None:
    """Withdraw the stamp of an output that is no longer vouched for."""
    try:
        stamp_path(output).unlink()
    except OSError:
        pass


def remove_litter(items: Iterable[Item]) -> None:
    """Delete temporary files a killed writer may have left beside these outputs."""
    for item in items:
        for part in item.output.parent.glob(f".{glob.escape(item.output.name)}.*.part"):
            try:
                part.unlink()
            except OSError:
                pass
