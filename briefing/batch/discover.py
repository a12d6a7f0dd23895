"""Which articles a batch renders: files, folders, globs, web pages' URLs and list files
of URLs found, each given a distinct PDF name, and split into shards by a stable hash of
its path or URL."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..errors import InputError
from ..readers import supported_extensions
from ..readers.url import is_url, slug

_GLOB_CHARS = set("*?[")

#: An article of a batch: a file, or the URL of a web page.
Source = Path | str

#: Suffixes of list files of URLs (one a line, `#` comments and blank lines allowed). A
#: `.txt` file is read as one only when every line that is not blank or a comment is a URL.
LIST_SUFFIXES = (".urls", ".list")
_LIST_PEEK = 1 << 20  # a list of URLs is small; a longer .txt file is an article


def _is_article(path: Path, extensions: set[str]) -> bool:
    return path.is_file() and path.suffix.lower() in extensions


def list_file_urls(path: Path) -> list[str] | None:
    """The URLs of a list file, or None when `path` is an article (or not readable here:
    the reader will say). A `.urls` or `.list` file with a line that is not a URL is an
    error naming the line."""
    listed = path.suffix.lower() in LIST_SUFFIXES
    if not listed and path.suffix.lower() != ".txt":
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read(_LIST_PEEK + 1)
        lines = [line.strip() for line in data.decode("utf-8-sig").splitlines()]
    except (OSError, UnicodeDecodeError) as exc:
        if listed:
            raise InputError(f"cannot read the list of URLs ({getattr(exc, 'strerror', None) or exc})", path) from None
        return None
    entries = [(number, line) for number, line in enumerate(lines, 1) if line and not line.startswith("#")]
    bad = next(((n, line) for n, line in entries if not is_url(line) or " " in line), None)
    if not listed and (bad is not None or not entries or len(data) > _LIST_PEEK):
        return None
    if bad is not None:
        shown = bad[1] if len(bad[1]) <= 60 else bad[1][:57] + "..."
        raise InputError(f"line {bad[0]} is not an http(s) URL: {shown!r}", path)
    if len(data) > _LIST_PEEK:
        raise InputError(f"a list of URLs over {_LIST_PEEK >> 20} MB", path)
    return [line for _, line in entries]


def _found_in(path: Path) -> list[Source]:
    """A file found in a folder or by a pattern: its URLs if it is a list file, else itself."""
    urls = list_file_urls(path)
    return list(urls) if urls is not None else [path]


def discover(specs: Iterable[str | Path]) -> list[Source]:
    """The articles named by files, folders (searched recursively), glob patterns, URLs of
    web pages and list files of URLs."""
    extensions = set(supported_extensions())
    found: list[Source] = []
    seen: set[str] = set()
    for spec in specs:
        text = str(spec)
        path = Path(text)
        matches: list[Source]
        if is_url(text):
            matches = [text]
        elif path.is_dir():
            matches = [m for p in sorted(
                p for p in path.rglob("*")
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
                and _is_article(p, extensions)) for m in _found_in(p)]
        elif path.is_file():
            matches = _found_in(path)  # named explicitly: the reader says if it cannot read it
        elif _GLOB_CHARS & set(text):
            matches = [m for p in sorted(Path(m) for m in glob.glob(text, recursive=True)
                                         if _is_article(Path(m), extensions)) for m in _found_in(p)]
            if not matches:
                raise InputError("no articles match this pattern", text)
        else:
            raise InputError("no such file or folder", text)
        for match in matches:
            key = match if isinstance(match, str) else os.path.normcase(os.path.abspath(match))
            if key not in seen:
                seen.add(key)
                found.append(match)
    if not found:
        known = ", ".join(sorted(extensions))
        raise InputError(f"no articles found (looked for {known})")
    return found


def naming_path(source: Source) -> Path:
    """The path a source is named after: a file's own; for a URL, `/<host>/<slug>.html`,
    so that a page is named by its slug, and by its site where slugs clash."""
    if isinstance(source, Path):
        return source
    return Path(PurePosixPath("/", urlsplit(source).hostname or "web", slug(source) + ".html"))


def source_stem(source: Source) -> str:
    """A short name for a source when its title is unknown."""
    return naming_path(source).stem


def output_names(sources: list[Source]) -> dict[Source, str]:
    """A distinct PDF name per source: its stem, with parent folders added only where stems clash.

    `a/notes.md` and `b/notes.md` become `a-notes.pdf` and `b-notes.pdf`; `x.md` and
    `x.txt` in one folder become `x-md.pdf` and `x-txt.pdf`; a web page is named by its
    slug (and its site where slugs clash). The names depend only on the set of inputs,
    so every shard of a batch agrees on them.
    """
    by_path: dict[Path, Source] = {}
    for source in sources:
        path = naming_path(source)
        if path in by_path:  # two URLs of one slug on one site: the query tells them apart
            path = path.with_name(f"{path.stem}-{len(by_path) + 1}.html")
        by_path[path] = source
    return {by_path[path]: name for path, name in _path_names(list(by_path)).items()}


def _path_names(inputs: list[Path]) -> dict[Path, str]:
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


def shard_of(source: Source, count: int) -> int:
    """Which of `count` shards (1-based) renders `source`: a stable hash of the path (as
    given) or the URL."""
    key = source.as_posix() if isinstance(source, Path) else source
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1
