"""What is up to date: fingerprints of a batch's inputs and options, and the stamp written
beside each PDF (`.briefing-batch/<name>.json`) only after the PDF itself is in place."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..errors import OutputError
from ..options import Options
from ..readers.sidecar import sidecar_path
from ..themes import Theme
from ..write import remove_stale_parts, write_atomic
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
    shaping = {k: v for k, v in options.as_dict().items() if k not in Options.BUDGETS}
    data = {"version": __version__, "options": shaping,
            "theme": [_stat_key(p) for p in theme_files(theme)], "numbered": theme.numbered}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _dependencies(input: Path | str) -> list[Path]:
    if isinstance(input, str):
        return []  # a web page: nothing here says whether it changed
    side = sidecar_path(input)
    return [input, side] if side.is_file() else [input]


def article_fingerprint(input: Path | str, shared: str) -> str:
    """A digest of one article's inputs (the file and its sidecar, or the URL) and the
    shared digest."""
    name = input if isinstance(input, str) else str(input.resolve())
    data = [shared, name] + [_stat_key(p) for p in _dependencies(input)]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def stamp_path(output: Path) -> Path:
    """Where the stamp that vouches for an output lives."""
    return output.parent / STAMP_DIR / (output.name + ".json")


#: A stamp is a few hundred bytes; anything much larger is not one of ours.
MAX_STAMP_BYTES = 1 << 20


def _stamp_folder_ok(output: Path) -> bool:
    """The stamp folder is a real folder (a link or a file there is not followed)."""
    try:
        return stat.S_ISDIR(os.lstat(output.parent / STAMP_DIR).st_mode)
    except OSError:
        return False


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file no larger than `limit`, without following a link or
    waiting on a FIFO; None for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        return os.read(fd, limit + 1)[:limit]
    except OSError:
        return None
    finally:
        os.close(fd)


def _valid_stamp(stamp: object) -> bool:
    return (isinstance(stamp, dict) and isinstance(stamp.get("fingerprint"), str)
            and isinstance(stamp.get("pages", 0), int) and isinstance(stamp.get("title", ""), str)
            and isinstance(stamp.get("warnings", []), list) and isinstance(stamp.get("files", {}), dict)
            and all(isinstance(w, str) for w in stamp.get("warnings", [])))


def read_stamp(output: Path) -> dict | None:
    """The stamp of an output, or None if it is missing, damaged or not a plain file:
    such an article is simply rendered again."""
    if not _stamp_folder_ok(output):
        return None
    data = _read_regular(stamp_path(output), MAX_STAMP_BYTES)
    if data is None:
        return None
    try:
        stamp = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return stamp if _valid_stamp(stamp) else None


def up_to_date(item: Item) -> dict | None:
    """The stamp, if the output exists, is newer than its inputs, and was made the same way.
    A web page is never up to date: it is downloaded again on every run."""
    if isinstance(item.input, str):
        return None
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
    if any(_file_key(path) != key for path, key in stamp.get("files", {}).items()):
        return None  # an image it shows was edited, replaced or removed
    return stamp


def _file_key(path: str) -> list | None:
    """What identifies a version of a file the PDF shows: its size and time, or None."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_mtime_ns, st.st_size]


def _clear(path: Path) -> None:
    """Remove what stands where a stamp goes if it is not a plain file (a folder left
    empty, a link, a FIFO); a folder with content is left alone."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return
    try:
        if stat.S_ISDIR(mode):
            os.rmdir(path)
        elif not stat.S_ISREG(mode):
            os.unlink(path)
    except OSError:
        pass


def write_stamp(item: Item) -> None:
    """Vouch for an item's freshly written PDF. A stamp that cannot be written is a
    warning, not a failure: the PDF is in place, and the next run renders it again."""
    path = stamp_path(item.output)
    data = {"fingerprint": item.fingerprint, "input": str(item.input), "version": __version__,
            "pages": item.pages, "warnings": item.warnings, "title": item.title,
            "files": {path: _file_key(path) for path in item.files}}
    try:
        path.parent.mkdir(exist_ok=True)
        if not _stamp_folder_ok(item.output):
            raise OutputError(f"{STAMP_DIR} is not a folder", path.parent)
        _clear(path)
        write_atomic(json.dumps(data, ensure_ascii=False).encode("utf-8"), path)
    except (OSError, OutputError) as exc:
        item.warnings = [*item.warnings, f"its up-to-date stamp could not be written ({exc}); "
                         "it will be rendered again next time"]


def remove_stamp(output: Path) -> None:
    """Withdraw the stamp of an output that is no longer vouched for."""
    try:
        stamp_path(output).unlink()
    except OSError:
        pass


def remove_litter(items: Iterable[Item]) -> None:
    """Delete the temporary files that dead writers (killed workers) left beside these outputs."""
    for item in items:
        remove_stale_parts(item.output)
