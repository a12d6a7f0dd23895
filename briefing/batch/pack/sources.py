"""Reading a pack's sources: several at once in forked processes, and each analysed
article kept as JSON in the pack's work folder, so that a rerun reads again only the
files that changed (the same fingerprint as the batch's stamps: the file, its sidecar,
the options, the theme and the version). Web pages are always read again."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path

from ...errors import BriefingError
from ...model import Article, Author, Block, KeyPoint, Metadata, Section, TimelineEvent
from ...options import Options
from ...write import write_atomic

#: The kept articles' folder inside the work folder.
CACHE_DIR = ".articles"
#: With fewer sources to read than this, a process pool costs more than it saves.
MIN_PARALLEL = 4

Outcome = tuple[Article | None, str | None]  # the article, or why it could not be read


def _known(cls, data: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def article_from_dict(data: dict) -> Article:
    """The article `Article.to_dict` wrote (the keys it adds for readers are ignored)."""
    meta = data["metadata"]
    metadata = Metadata(**{**_known(Metadata, meta), "authors": tuple(Author(**_known(Author, a))
                                                                       for a in meta.get("authors", ())),
                           "keywords": tuple(meta.get("keywords", ())), "warnings": tuple(meta.get("warnings", ()))})
    sections = tuple(Section(**{**_known(Section, s), "blocks": tuple(Block(**_known(Block, b)) for b in s["blocks"])})
                     for s in data["sections"])
    return Article(metadata=metadata, sections=sections,
                   key_points=tuple(KeyPoint(**_known(KeyPoint, p)) for p in data.get("key_points", ())),
                   timeline=tuple(TimelineEvent(**_known(TimelineEvent, e)) for e in data.get("timeline", ())),
                   bottom_line=data.get("bottom_line"), genre=data.get("genre"))


def _cache_file(work_dir: Path, fingerprint: str) -> Path:
    return work_dir / CACHE_DIR / f"{fingerprint[:40]}.json"


def _cached(work_dir: Path, fingerprint: str) -> Article | None:
    path = _cache_file(work_dir, fingerprint)
    try:
        if path.is_symlink() or path.stat().st_size > 64 << 20:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("fingerprint") != fingerprint:
            return None
        return article_from_dict(data["article"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged: read the article again


def _keep(work_dir: Path, fingerprint: str, article: Article) -> None:
    path = _cache_file(work_dir, fingerprint)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"fingerprint": fingerprint, "article": article.to_dict()}, ensure_ascii=False)
        write_atomic(text.encode("utf-8"), path)
    except (OSError, BriefingError, TypeError, ValueError):
        pass  # the cache only saves time; the next run reads the article again


def _prepare_one(job: tuple[Path | str, Options]) -> Outcome:
    from ...pipeline import prepare

    source, options = job
    try:
        return prepare(source, options), None
    except BriefingError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug: this source fails, the pack goes on
        return None, f"{source}: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _reader_signals() -> None:
    """A reading worker writes nothing: the pool's SIGTERM ends it at once. (The command's
    handler, inherited, raises SystemExit from Python code; a SIGTERM that arrives as the
    worker starts to wait for its next task is then lost, and the pool waits forever.)
    Ctrl-C is the pack's to handle."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def read_sources(inputs: Sequence[Path | str], options: Options, fingerprints: Sequence[str | None], work_dir: Path,
                 *, jobs: int, progress: Callable[[str], None] = lambda message: None,
                 meanwhile: Callable[[], None] | None = None) -> list[Outcome]:
    """Each input's analysed article (from the work folder's cache when it is current),
    or the one-line reason it could not be read; in input order. With workers, `meanwhile`
    is called here while they read (even one source is then read by a worker): the pack
    loads its renderer then, 0.8 s that would otherwise come after the reading."""
    outcomes: list[Outcome | None] = [None] * len(inputs)
    todo = []
    for index, fingerprint in enumerate(fingerprints):
        cached = _cached(work_dir, fingerprint) if fingerprint else None
        if cached is not None:
            outcomes[index] = (cached, None)
        else:
            todo.append(index)
    if todo:
        progress(f"reading {len(todo)} source{'s' if len(todo) != 1 else ''}")
    jobs_list = [(inputs[i], options) for i in todo]
    if todo and (len(todo) >= MIN_PARALLEL or meanwhile is not None) and jobs > 1 and hasattr(os, "fork"):
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(min(jobs, len(todo)), initializer=_reader_signals) as pool:
            reading = pool.map_async(_prepare_one, jobs_list, chunksize=1)
            if meanwhile is not None:
                meanwhile()
            results = reading.get()
    else:
        results = [_prepare_one(job) for job in jobs_list]
    for index, result in zip(todo, results):
        outcomes[index] = result
        fingerprint = fingerprints[index]
        if result[0] is not None and fingerprint:
            _keep(work_dir, fingerprint, result[0])
    return [o if o is not None else (None, "not read") for o in outcomes]
