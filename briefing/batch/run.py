"""A batch from start to end: plan the items, warm up, render in the pool, combine the book."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import themes
from ..errors import BriefingError, OutputError
from ..options import DEFAULTS, Options
from ..readers.sidecar import sidecar_path
from ..themes import Theme
from ..write import check_target
from .discover import Source, discover, output_names, shard_of, source_stem
from .items import RENDERED, SKIPPED, BatchResult, Item
from .pool import DEFAULT_RECYCLE_AFTER, Callback, Pool, context, cpu_count, record_failure, run_pool
from .report import write_report
from .stamps import article_fingerprint, batch_fingerprint, remove_litter, up_to_date


def plan(inputs: Iterable[str | Path], output_dir: Path, options: Options = DEFAULTS,
         theme: Theme | None = None, *,
         shard: tuple[int, int] = (1, 1), force: bool = False) -> list[Item]:
    """The batch's items for this shard, each marked skipped when its output is up to date."""
    return _plan(discover(inputs), output_dir, options, theme or themes.load(options.theme, options.theme_dirs),
                 shard=shard, force=force)


def _plan(paths: list[Source], output_dir: Path, options: Options, theme: Theme, *,
          shard: tuple[int, int], force: bool) -> list[Item]:
    names = output_names(paths)
    shared = batch_fingerprint(options, theme)
    k, n = shard
    items = []
    for path in paths:
        if n > 1 and shard_of(path, n) != k:
            continue
        item = Item(path, output_dir / names[path])
        item.fingerprint = article_fingerprint(path, shared)
        stamp = None if force else up_to_date(item)
        if stamp is not None:
            item.status, item.pages = SKIPPED, int(stamp.get("pages", 0))
            item.warnings = list(stamp.get("warnings", []))
            item.title = str(stamp.get("title") or source_stem(path))
        items.append(item)
    return items


def _prepare_here(items: list[Item], options: Options, on_done: Callback | None) -> list[Item]:
    """Read and analyse `items` in this process; fail those that cannot be read (without
    starting a renderer for them) and return the others, each holding its article."""
    from ..pipeline import prepare

    readable = []
    for item in items:
        if item.prepared is not None:  # read already (a pack reads its sources first)
            readable.append(item)
            continue
        try:
            item.prepared = prepare(item.input, options)
        except Exception as exc:
            record_failure(item, exc)
            if on_done:
                on_done(item)
            continue
        readable.append(item)
    return readable


def render_all(items: list[Item], options: Options, theme: Theme, *, jobs: int,
               recycle_after: int = DEFAULT_RECYCLE_AFTER,
               on_start: Callback | None = None, on_done: Callback | None = None,
               warmed: bool = False) -> None:
    """Render `items` in `jobs` worker processes; each item's status says how it went.

    With more articles than workers, the renderer is warmed up here, so that the workers
    (recycled ones too) are forked warm and share its memory. With no more articles than
    workers there is nothing to share: the articles are read here first, so one that
    cannot be read fails at once without loading the renderer, and the workers load it
    side by side. `warmed`: the caller has warmed the renderer up already (the pack).
    """
    ctx = context()
    pool = Pool(ctx, options, theme, jobs=jobs, recycle_after=recycle_after,
                on_start=on_start, on_done=on_done)
    if ctx.get_start_method() == "fork":
        if len(items) <= jobs:
            items = _prepare_here(items, options, on_done)
        elif not warmed:
            _warm_up(options, theme, items)
    if items:
        run_pool(pool, items)


def _warm_up(options: Options, theme: Theme, items: Iterable[Item]) -> None:
    """Load the renderer and the readers these items need, here, before forking workers."""
    from ..readers import READERS
    from .warmup import warm_up

    suffixes = {".html" if isinstance(item.input, str) else item.input.suffix.lower() for item in items}
    readers = {READERS[s] for s in suffixes if s in READERS}
    try:
        warm_up(theme, options, readers=readers)
    except BriefingError:
        pass  # each article reports the problem itself


def prepare_output_dir(output_dir: Path) -> None:
    """Create the output folder, or say in one line why it cannot be used."""
    if output_dir.exists() and not output_dir.is_dir():
        raise OutputError("output path is not a folder", output_dir)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder ({exc.strerror or exc})", output_dir) from None
    if not os.access(output_dir, os.W_OK):
        raise OutputError("cannot write to the output folder: permission denied", output_dir)


def _check_targets(paths: list[Source], items: list[Item], combine: Path | None, report: Path | None) -> None:
    """Before anything is rendered: no output, book or report may replace an article, a
    sidecar or another output of this command, and the book and report can be written."""
    articles = [p for path in paths if isinstance(path, Path) for p in (path, sidecar_path(path))]
    outputs = {item.output for item in items}
    read = {os.path.realpath(p) for p in articles}
    for item in items:
        if os.path.realpath(item.output) in read:
            raise OutputError(f"refusing to write the briefing of {item.input} over an article this "
                              "command reads; choose another output folder", item.output)
    for target, flag in ((combine, "--combine"), (report, "--report")):
        if target is None:
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the folder for {flag} ({exc.strerror or exc})", target.parent) from None
        others = [p for p in (combine, report) if p is not None and p is not target]
        check_target(target, [*articles, *outputs, *others])


def _size(item: Item) -> int:
    if isinstance(item.input, str):
        return 0  # a web page's size is known once it is downloaded
    try:
        return item.input.stat().st_size
    except OSError:
        return 0


def run_batch(inputs: Iterable[str | Path], output_dir: str | Path, options: Options = DEFAULTS,
              *, jobs: int | None = None, force: bool = False, shard: tuple[int, int] = (1, 1),
              recycle_after: int = DEFAULT_RECYCLE_AFTER, combine: str | Path | None = None,
              report: str | Path | None = None, on_plan: Callable[[list[Item]], None] | None = None,
              on_start: Callback | None = None, on_done: Callback | None = None) -> BatchResult:
    """Render every article named by `inputs` into `output_dir`.

    A usage error (no inputs, unknown theme, unwritable folder, a book or report that
    would replace an input) raises BriefingError before anything is rendered; a bad
    article only fails its own item. Up-to-date PDFs are skipped unless `force`; Ctrl-C
    ends the batch with `interrupted` set. `combine` names the book to write, `report`
    the JSON report (written even when interrupted).
    """
    from .book import combine_book

    start = time.perf_counter()
    output_dir = Path(output_dir)
    prepare_output_dir(output_dir)
    theme = themes.load(options.theme, options.theme_dirs)  # once for the whole batch
    paths = discover(inputs)
    items = _plan(paths, output_dir, options, theme, shard=shard, force=force)
    book, report = (Path(p) if p is not None else None for p in (combine, report))
    _check_targets(paths, items, book, report)
    todo = [item for item in items if item.status != SKIPPED]
    if on_plan:
        on_plan(items)
    result = BatchResult(items, 0.0, shard)
    if todo:
        remove_litter(todo)
        # largest first, so no worker is left with a long article while the others idle
        todo.sort(key=_size, reverse=True)
        try:
            render_all(todo, options, theme, jobs=max(1, jobs or cpu_count()),
                       recycle_after=recycle_after, on_start=on_start, on_done=on_done)
        except KeyboardInterrupt:
            result.interrupted = True
    if book is not None and not result.interrupted:
        parts = [item for item in items if item.status in (RENDERED, SKIPPED)]
        result.book, result.book_pages = book, combine_book(parts, book, options, theme)
    result.seconds = time.perf_counter() - start
    if report is not None:
        write_report(result, options, report)
    return result
