"""Which articles a batch renders: files, folders and globs found, each given a distinct
PDF name, and split into shards by a stable hash of its path."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..readers import supported_extensions

_GLOB_CHARS = set("*?[")


def _is_article(path: Path, extensions: set[str]) -> bool:
    return path.is_file() and path.suffix.lower() in extensions


def discover(specs: Iterable[str | Path]) -> list[Path]:
    """The article files named by files, folders (searched recursively) and glob patterns."""
    extensions = set(supported_extensions())
    found: list[Path] = []
    seen: set[str] = set()
    for spec in specs:
        text = str(spec)
        path = Path(text)
        if path.is_dir():
            matches = sorted(
                p for p in path.rglob("*")
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
                and _is_article(p, extensions))
        elif path.is_file():
            matches = [path]  # named explicitly: the reader says if it cannot read it
        elif _GLOB_CHARS & set(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True)
                             if _is_article(Path(m), extensions))
            if not matches:
                raise InputError("no articles match this pattern", text)
        else:
            raise InputError("no such file or folder", text)
        for match in matches:
            key = os.path.normcase(os.path.abspath(match))
            if key not in seen:
                seen.add(key)
                found.append(match)
    if not found:
        known = ", ".join(sorted(extensions))
        raise InputError(f"no articles found (looked for {known})")
    return found


def output_names(inputs: list[Path]) -> dict[Path, str]:
    """A distinct PDF name per input: its stem, with parent folders added only where stems clash.

    `a/notes.md` and `b/notes.md` become `a-notes.pdf` and `b-notes.pdf`; `x.md` and
    `x.txt` in one folder become `x-md.pdf` and `x-txt.pdf`. The names depend only on
    the set of inputs, so every shard of a batch agrees on them.
    """
    order = {p: i for i, p in enumerate(sorted(inputs, key=lambda p: str(p.resolve())))}
    parents = {p: [x for x in p.resolve().parent.parts[1:] if x] for p in inputs}
    state = {p: [0, False, False] for p in inputs}  # parent folders shown, suffix?, number?

    def candidate(p: Path) -> str:
        level, suffix, number = state[p]
        parts = parents[p][len(parents[p]) - level:] if level else []
        extra = ([p.suffix.lstrip(".") or "none"] if suffix else []) + ([str(order[p] + 1)] if number else [])
        return "-".join([*parts, p.stem, *extra])

    for _ in range(len(inputs) + 64):
        names = {p: candidate(p) for p in inputs}
        groups: dict[str, list[Path]] = {}
        for p, name in names.items():
            groups.setdefault(name.casefold(), []).append(p)
        clashes = [group for group in groups.values() if len(group) > 1]
        if not clashes:
            return {p: name + ".pdf" for p, name in names.items()}
        for group in clashes:
            folders = [p.resolve().parent for p in group]
            for p, folder in zip(group, folders):
                level, suffix, number = state[p]
                same_folder = folders.count(folder) > 1
                if len(set(folders)) > 1 and level < len(parents[p]):
                    level += 1
                elif not same_folder and level < len(parents[p]):
                    level += 1
                if same_folder and not suffix:
                    suffix = True
                elif state[p] == [level, suffix, number]:
                    number = True
                state[p] = [level, suffix, number]
    return {p: f"{p.stem}-{order[p] + 1}.pdf" for p in inputs}  # pragma: no cover - a safety net


def parse_shard(spec: str) -> tuple[int, int]:
    """`"K/N"` -> (K, N), with 1 <= K <= N."""
    try:
        k_text, n_text = spec.split("/")
        k, n = int(k_text), int(n_text)
    except ValueError:
        raise InputError(f"--shard wants K/N, e.g. 1/4, not {spec!r}") from None
    if not 1 <= k <= n:
        raise InputError(f"--shard {spec}: K must be between 1 and N")
    return k, n


def shard_of(path: Path, count: int) -> int:
    """Which of `count` shards (1-based) renders `path`: a stable hash of the path as given."""
    digest = hashlib.sha256(path.as_posix().encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1
