"""Many inputs -> many outputs: find the articles, skip what is up to date, render the
rest in worker processes, and collect failures without ever stopping the batch.

A worker process imports WeasyPrint once and renders many articles, so the font
configuration and the parsed theme stylesheets cached in `render` are reused; it
is replaced after `recycle_after` articles so memory stays flat on long batches.
Every PDF is written atomically and its stamp (`.briefing-batch/<name>.json` in
the output folder) only after it, so an interrupted batch leaves no partial PDF
and a rerun renders only what is missing or out of date.
"""

from __future__ import annotations

import gc
import glob
import hashlib
import json
import os
import signal
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .analysis import DEFAULT_KEY_POINTS, DEFAULT_TIMELINE_MAX
from .errors import BriefingError, InputError, OutputError
from .model import Article
from .readahead import ReadAhead
from .readers import DEFAULT_MAX_INPUT_MB, supported_extensions
from .readers.sidecar import sidecar_path

STAMP_DIR = ".briefing-batch"
DEFAULT_RECYCLE_AFTER = 20
_GLOB_CHARS = set("*?[")

RENDERED, SKIPPED, FAILED, NOT_RUN = "rendered", "skipped", "failed", "not run"


@dataclass(frozen=True)
class BatchOptions:
    """The build options every article of a batch shares."""

    theme: str = "policy"
    theme_dirs: tuple[Path, ...] = ()
    paper: str | None = None
    marking: str | None = None
    strict: bool = False
    allow_remote: bool = False
    pdf_variant: str | None = None
    key_points: int = DEFAULT_KEY_POINTS
    timeline_max: int = DEFAULT_TIMELINE_MAX
    max_input_mb: float = DEFAULT_MAX_INPUT_MB

    def as_dict(self) -> dict:
        """The options as plain JSON values (for the report and the fingerprint)."""
        return {"theme": str(self.theme), "theme_dirs": [str(d) for d in self.theme_dirs],
                "paper": self.paper, "marking": self.marking, "strict": self.strict,
                "allow_remote": self.allow_remote, "pdf_variant": self.pdf_variant,
                "key_points": self.key_points, "timeline_max": self.timeline_max,
                "max_input_mb": self.max_input_mb}


@dataclass
class Item:
    """One article of the batch and what became of it."""

    input: Path
    output: Path
    fingerprint: str = ""
    status: str = NOT_RUN
    pages: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    title: str = ""
    worker_peak_kb: int = 0  # the worker's peak resident memory after this article
    prepared: Article | None = field(default=None, repr=False)  # read ahead, for the worker

    def to_dict(self) -> dict:
        """The report entry for this article."""
        return {"input": str(self.input), "output": str(self.output), "status": self.status,
                "pages": self.pages, "seconds": round(self.seconds, 3),
                "warnings": list(self.warnings), "error": self.error}


# -- finding the inputs ---------------------------------------------------------------

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


# -- what is up to date ---------------------------------------------------------------

def _stat_key(path: Path) -> list:
    st = path.stat()
    return [str(path), st.st_mtime_ns, st.st_size]


def theme_files(theme) -> list[Path]:
    """Every file the theme's output depends on: templates, manifests, stylesheets, assets."""
    files = set(theme.stylesheets)
    for folder in theme.folders:
        files.update(p for p in folder.rglob("*") if p.is_file())
    return sorted(files)


def batch_fingerprint(options: BatchOptions, theme) -> str:
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


def _write_stamp(item: Item) -> None:
    from .write import write_atomic

    path = stamp_path(item.output)
    path.parent.mkdir(exist_ok=True)
    data = {"fingerprint": item.fingerprint, "input": str(item.input), "version": __version__,
            "pages": item.pages, "warnings": item.warnings, "title": item.title}
    write_atomic(json.dumps(data, ensure_ascii=False).encode("utf-8"), path)


def _remove_stamp(output: Path) -> None:
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


# -- rendering in worker processes ----------------------------------------------------

def _peak_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def render_item(item: Item, options: BatchOptions) -> Item:
    """Build one article; a failure is recorded on the item, never raised."""
    from .pipeline import build_article

    start = time.perf_counter()
    try:
        prepared, item.prepared = item.prepared, None  # not sent back to the parent
        result = build_article(item.input, item.output, prepared=prepared, **vars(options))
        item.status, item.pages, item.warnings = RENDERED, result.pages, result.warnings
        item.title = result.article.metadata.title or item.input.stem
        item.error = None
        _write_stamp(item)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BriefingError as exc:
        item.status, item.error = FAILED, str(exc).splitlines()[0]
    except Exception as exc:  # a bug must not take the batch down: report it for this article
        first = (str(exc).splitlines() or [""])[0]
        item.status, item.error = FAILED, f"{item.input}: internal error: {type(exc).__name__}: {first}"
    if item.status == FAILED:
        _remove_stamp(item.output)
    item.seconds = time.perf_counter() - start
    item.worker_peak_kb = _peak_kb()
    return item


def _on_terminate(signum, frame):
    raise SystemExit(128 + signum)  # unwinds, so a half-written temporary file is removed


def _worker_main(conn, options: BatchOptions) -> None:
    """A worker: import WeasyPrint once, then render the articles the parent sends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _on_terminate)
    import weasyprint  # noqa: F401  -- paid once per worker, not once per article

    from . import render  # noqa: F401  -- its font and stylesheet caches live per process

    # keep the imported modules out of every collection (a few % faster); a higher
    # threshold would be faster still but lets a worker's memory creep up
    gc.freeze()
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        conn.send(render_item(item, options))


def _prepare_options(options: BatchOptions) -> dict:
    """The options `pipeline.prepare` takes, as the batch's articles are built with them."""
    return {"key_points": options.key_points, "timeline_max": options.timeline_max,
            "max_input_mb": options.max_input_mb, "allow_remote": options.allow_remote}


def _warm_up(options: BatchOptions, items: Iterable[Item] = ()) -> None:
    """Import WeasyPrint, load the fonts, parse the theme and warm the readers these items
    need once, here in the parent: every forked worker, recycled ones too, then starts
    warm instead of paying for it."""
    from . import themes
    from .readers import READERS
    from .render import RenderOptions, warm_up

    readers = {READERS.get(item.input.suffix.lower()) for item in items} or None
    try:
        theme = themes.load(options.theme, tuple(Path(d) for d in options.theme_dirs))
        warm_up(theme, RenderOptions(paper=options.paper), readers=readers)
    except BriefingError:
        pass  # each article reports the problem itself


class _Worker:
    def __init__(self, ctx, options: BatchOptions):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.item: Item | None = None
        self.done = 0

    def give(self, item: Item) -> None:
        self.item = item
        try:
            self.conn.send(item)
        except OSError:
            pass  # the worker is gone: its sentinel fires and the item is failed

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.conn.close()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def render_all(items: list[Item], options: BatchOptions, *, jobs: int,
               recycle_after: int = DEFAULT_RECYCLE_AFTER,
               on_start: Callable[[Item], None] | None = None,
               on_done: Callable[[Item], None] | None = None) -> None:
    """Render `items` in `jobs` worker processes; each item's status says how it went.

    A worker that dies (killed, out of memory) fails only the article it held and is
    replaced. Ctrl-C stops the workers, removes their temporary files and re-raises.
    """
    from multiprocessing.connection import wait

    if not items:
        return
    ctx = _context()
    ahead: ReadAhead | None = None
    queue = list(reversed(items))
    workers: list[_Worker] = []
    retired: list[_Worker] = []  # recycled: told to stop, reaped at the end
    prepared: dict[Path, Article] = {}

    def feed(worker: _Worker) -> None:
        item = queue.pop()
        item.prepared = prepared.pop(item.input, None)
        if on_start:
            on_start(item)
        worker.give(item)
        item.prepared = None  # the worker has it now

    def finish(worker: _Worker, result: Item) -> None:
        held = worker.item
        worker.item = None
        worker.done += 1
        for name in ("status", "pages", "seconds", "warnings", "error", "title", "worker_peak_kb"):
            setattr(held, name, getattr(result, name))
        if on_done:
            on_done(held)

    try:
        if ctx.get_start_method() == "fork":
            if jobs > 1 and len(items) > jobs:  # the workers start on the first items
                ahead = ReadAhead(ctx, [item.input for item in reversed(items[jobs:])],
                                  _prepare_options(options))
            _warm_up(options, items)
        for _ in range(min(jobs, len(queue))):
            worker = _Worker(ctx, options)
            workers.append(worker)
            feed(worker)
        if ahead is not None:
            ahead.stop()  # its articles arrive in the loop below, as soon as it replies
        while any(w.item is not None for w in workers):
            busy = [w for w in workers if w.item is not None]
            waiting = [ahead.conn] if ahead is not None else []
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy] + waiting))
            if ahead is not None and ahead.conn in ready:
                prepared.update(ahead.receive())
                ahead = None
            for worker in busy:
                result = None
                if worker.conn in ready or worker.process.sentinel in ready:
                    try:
                        if worker.conn.poll():
                            result = worker.conn.recv()
                    except (EOFError, OSError):
                        result = None
                    if result is None and worker.process.sentinel not in ready:
                        continue
                else:
                    continue
                if result is not None:
                    finish(worker, result)
                    if recycle_after and worker.done >= recycle_after:
                        worker.stop()
                        workers.remove(worker)
                        retired.append(worker)
                        if queue:
                            worker = _Worker(ctx, options)
                            workers.append(worker)
                    if queue:
                        feed(worker)
                    continue
                # the worker died holding an article: fail that one, replace the worker
                held = worker.item
                worker.process.join()
                code = worker.process.exitcode
                how = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
                held.status = FAILED
                held.error = f"{held.input}: the worker process died ({how}) while rendering it"
                worker.item = None
                _remove_stamp(held.output)
                remove_litter([held])
                if on_done:
                    on_done(held)
                workers.remove(worker)
                if queue:
                    worker = _Worker(ctx, options)
                    workers.append(worker)
                    feed(worker)
    except BaseException:
        for worker in workers:
            worker.kill()
        remove_litter(items)
        raise
    finally:
        for worker in workers:
            if worker.process.is_alive():
                worker.stop()
        for worker in retired + workers:  # every worker is reaped before the batch returns
            worker.process.join(5)
            if worker.process.is_alive():
                worker.kill()
        if ahead is not None:  # the batch ended before it replied: what it read is not needed
            ahead.close()


# -- the batch ------------------------------------------------------------------------

@dataclass
class BatchResult:
    """What a batch did: every item (in input order) and the totals."""

    items: list[Item]
    seconds: float
    shard: tuple[int, int] = (1, 1)
    interrupted: bool = False
    book: Path | None = None
    book_pages: int = 0

    def count(self, status: str) -> int:
        """How many items ended with this status."""
        return sum(1 for item in self.items if item.status == status)

    @property
    def failed(self) -> list[Item]:
        """The items that failed."""
        return [item for item in self.items if item.status == FAILED]

    def to_dict(self, options: BatchOptions) -> dict:
        """The JSON report."""
        return {
            "tool": "briefing", "version": __version__,
            "shard": f"{self.shard[0]}/{self.shard[1]}",
            "options": options.as_dict(),
            "summary": {"articles": len(self.items), "rendered": self.count(RENDERED),
                        "skipped": self.count(SKIPPED), "failed": self.count(FAILED),
                        "not_run": self.count(NOT_RUN), "seconds": round(self.seconds, 3),
                        "interrupted": self.interrupted},
            "articles": [item.to_dict() for item in self.items],
        }


def plan(inputs: Iterable[str | Path], output_dir: Path, options: BatchOptions, *,
         shard: tuple[int, int] = (1, 1), force: bool = False) -> list[Item]:
    """The batch's items for this shard, each marked skipped when its output is up to date."""
    from . import themes

    paths = discover(inputs)
    names = output_names(paths)
    theme = themes.load(options.theme, tuple(Path(d) for d in options.theme_dirs))
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
            item.title = str(stamp.get("title") or path.stem)
        items.append(item)
    return items


def cpu_count() -> int:
    """The CPUs this process may run on (a Slurm allocation or taskset, not the whole host)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _size(item: Item) -> int:
    try:
        return item.input.stat().st_size
    except OSError:
        return 0


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


def run_batch(inputs: Iterable[str | Path], output_dir: str | Path, options: BatchOptions = BatchOptions(),
              *, jobs: int | None = None, force: bool = False, shard: tuple[int, int] = (1, 1),
              recycle_after: int = DEFAULT_RECYCLE_AFTER, combine: str | Path | None = None,
              on_plan: Callable[[list[Item]], None] | None = None,
              on_start: Callable[[Item], None] | None = None,
              on_done: Callable[[Item], None] | None = None) -> BatchResult:
    """Render every article named by `inputs` into `output_dir`; see the module docstring.

    A usage error (no inputs, unknown theme, unwritable folder) raises BriefingError
    before anything is rendered; a bad article only fails its own item.
    """
    start = time.perf_counter()
    output_dir = Path(output_dir)
    prepare_output_dir(output_dir)
    if combine is not None:
        from .write import check_target

        Path(combine).parent.mkdir(parents=True, exist_ok=True)
        check_target(Path(combine))
    items = plan(inputs, output_dir, options, shard=shard, force=force)
    if combine is not None:
        book = Path(combine).resolve()
        clash = next((item for item in items if Path(item.output).resolve() == book), None)
        if clash is not None:
            raise BriefingError(f"the combined book would overwrite the briefing of {clash.input}; "
                                "choose another name or folder for --combine", combine)
    todo = [item for item in items if item.status != SKIPPED]
    if on_plan:
        on_plan(items)
    result = BatchResult(items, 0.0, shard)
    if todo:
        remove_litter(todo)
        # largest first, so no worker is left with a long article while the others idle
        todo.sort(key=_size, reverse=True)
        try:
            render_all(todo, options, jobs=max(1, jobs or cpu_count()),
                       recycle_after=recycle_after, on_start=on_start, on_done=on_done)
        except KeyboardInterrupt:
            result.interrupted = True
    if combine is not None and not result.interrupted:
        parts = [item for item in items if item.status in (RENDERED, SKIPPED)]
        result.book, result.book_pages = Path(combine), combine_book(parts, Path(combine), options)
    result.seconds = time.perf_counter() - start
    return result


def write_report(result: BatchResult, options: BatchOptions, path: str | Path) -> Path:
    """Write the JSON report atomically."""
    from .write import write_atomic

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(result.to_dict(options), ensure_ascii=False, indent=2) + "\n"
    return write_atomic(data.encode("utf-8"), path)


def merge_reports(reports: Iterable[dict]) -> dict:
    """One report from the reports of several shards (articles in input order of the shards)."""
    reports = list(reports)
    articles = [a for r in reports for a in r.get("articles", [])]
    counts = {s: sum(1 for a in articles if a["status"] == s) for s in (RENDERED, SKIPPED, FAILED)}
    return {"tool": "briefing", "version": reports[0].get("version") if reports else __version__,
            "shards": [r.get("shard") for r in reports],
            "summary": {"articles": len(articles), **counts,
                        "seconds": round(sum(r.get("summary", {}).get("seconds", 0) for r in reports), 3)},
            "articles": articles}



# -- the combined book ----------------------------------------------------------------

_BOOK_CSS = """
@page { size: %(paper)s; margin: 25mm 22mm; }
body { font-family: serif; font-size: 11pt; color: #111; }
.cover { break-after: page; text-align: center; padding-top: 30%%; }
.cover h1 { font-size: 30pt; margin: 0 0 8mm; }
.cover p { font-size: 12pt; color: #444; margin: 2mm 0; }
.contents h2 { font-size: 18pt; margin: 0 0 8mm; }
.contents table { width: 100%%; border-collapse: collapse; }
.contents td { padding: 1.5mm 0; vertical-align: top; border-bottom: 0.3pt solid #bbb; }
.contents td.page { text-align: right; width: 4em; }
"""


def _front_html(title: str, entries: list[tuple[str, int]], paper: str) -> str:
    from datetime import date
    from html import escape

    rows = "\n".join(f'<tr><td class="title">{escape(t)}</td><td class="page">{n}</td></tr>'
                     for t, n in entries)
    count = f"{len(entries)} briefing" + ("" if len(entries) == 1 else "s")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{_BOOK_CSS % {'paper': paper}}</style></head><body>"
            f"<section class='cover'><h1>{escape(title)}</h1><p>{count}</p>"
            f"<p>{date.today().isoformat()}</p></section>"
            f"<section class='contents'><h2>Contents</h2><table>{rows}</table></section>"
            "</body></html>")


def combine_book(items: list[Item], book: Path, options: BatchOptions,
                 title: str = "Briefing book") -> int:
    """Write one PDF: a cover, a contents page with page numbers, then each briefing with
    one bookmark per article. Returns the book's page count."""
    import io

    from pypdf import PdfReader, PdfWriter
    from weasyprint import HTML

    from . import themes
    from .render import RenderOptions, paper_size
    from .write import write_atomic

    theme = themes.load(options.theme, tuple(Path(d) for d in options.theme_dirs))
    paper = paper_size(RenderOptions(paper=options.paper), theme)
    readers = [PdfReader(item.output) for item in items]
    counts = [len(reader.pages) for reader in readers]
    titles = [item.title or item.input.stem for item in items]
    front_pages = 2
    for _ in range(5):  # the contents may run over a page: lay out until the count settles
        starts, page = [], front_pages + 1
        for count in counts:
            starts.append(page)
            page += count
        front = HTML(string=_front_html(title, list(zip(titles, starts)), paper)).render()
        if len(front.pages) == front_pages:
            break
        front_pages = len(front.pages)
    writer = PdfWriter()
    writer.append(io.BytesIO(front.write_pdf()), import_outline=False)
    for reader, start, name in zip(readers, starts, titles):
        writer.append(reader, import_outline=False)
        writer.add_outline_item(title=name, page_number=start - 1)
    writer.add_metadata({"/Title": title, "/Creator": f"briefing {__version__}"})
    buffer = io.BytesIO()
    writer.write(buffer)
    write_atomic(buffer.getvalue(), book)
    return len(writer.pages)
