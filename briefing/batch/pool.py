"""Render a batch's articles in worker processes, and never let one article stop the rest.

A worker imports WeasyPrint once and renders many articles, so the font configuration
and the parsed stylesheets the renderer keeps are reused; it is replaced after
`recycle_after` articles so memory stays flat on long batches. A worker that dies
(killed, out of memory) fails only the article it held and is replaced. Ctrl-C stops
the workers, removes their temporary files and re-raises.
"""

from __future__ import annotations

import gc
import os
import signal
import time
from collections.abc import Callable
from multiprocessing.connection import wait

from ..budget import WATCH_EVERY, Budget
from ..errors import BriefingError
from ..options import Options
from ..themes import Theme
from .discover import source_stem
from .items import FAILED, RENDERED, Item
from .stamps import remove_litter, remove_stamp, write_stamp

DEFAULT_RECYCLE_AFTER = 20

Callback = Callable[[Item], None]


def record_failure(item: Item, exc: Exception) -> None:
    """Mark the item failed with one line: the user's problem as it is, a bug as such."""
    if isinstance(exc, BriefingError):
        item.status, item.error = FAILED, str(exc).splitlines()[0]
    else:  # a bug must not take the batch down: report it for this article
        first = (str(exc).splitlines() or [""])[0]
        item.status, item.error = FAILED, f"{item.input}: internal error: {type(exc).__name__}: {first}"
    remove_stamp(item.output)


def render_item(item: Item, options: Options, theme: Theme | None = None) -> Item:
    """Build one article; a failure is recorded on the item, never raised."""
    from ..pipeline import build_article

    start = time.perf_counter()
    try:
        prepared, item.prepared = item.prepared, None  # not sent back to the parent
        result = build_article(item.input, item.output, options, prepared=prepared, loaded_theme=theme)
        item.status, item.pages, item.warnings = RENDERED, result.pages, result.warnings
        item.title = result.article.metadata.title or source_stem(item.input)
        item.files = [str(path) for path in result.files]
        item.error = None
        write_stamp(item)
    except Exception as exc:
        record_failure(item, exc)
    item.seconds = time.perf_counter() - start
    return item


def _on_terminate(signum, frame):
    raise SystemExit(128 + signum)  # unwinds, so a half-written temporary file is removed


def _next_item(conn, parent: int) -> Item | None:
    """The next article from the batch process; None when it says stop, or has gone."""
    while not conn.poll(WATCH_EVERY):
        if os.getppid() != parent:  # the batch was killed: nobody will ever send more
            return None
    try:
        return conn.recv()
    except EOFError:
        return None


def _worker_main(conn, parent_end, parent: int, options: Options, theme: Theme) -> None:
    """A worker: import WeasyPrint once, then render the articles the parent sends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _on_terminate)
    parent_end.close()  # this process's copy of the batch's end: only the batch's counts
    from ..render import release_fonts, speedups

    speedups.install()  # our own process: fonts read lazily, streams deflated at level 6
    # keep the imported modules out of every collection (a few % faster); a higher
    # threshold would be faster still but lets a worker's memory creep up
    gc.freeze()
    try:
        while (item := _next_item(conn, parent)) is not None:
            conn.send(render_item(item, options, theme))
    finally:
        release_fonts()


class _Worker:
    """One worker process, its pipe, and the article it holds."""

    def __init__(self, ctx, options: Options, theme: Theme):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, self.conn, os.getpid(), options, theme),
                                   daemon=True)
        self.process.start()
        child.close()
        self.item: Item | None = None
        self.started = 0.0  # when it was given the article it holds (time.monotonic)
        self.done = 0

    def give(self, item: Item) -> None:
        self.item = item
        self.started = time.monotonic()
        try:
            self.conn.send(item)
        except OSError:
            pass  # the worker is gone: its sentinel fires and the item is failed

    def result(self, ready: set) -> Item | None:
        """What the worker sent back, if it did (None while it works or when it died)."""
        if self.conn not in ready and self.process.sentinel not in ready:
            return None
        try:
            return self.conn.recv() if self.conn.poll() else None
        except (EOFError, OSError):
            return None

    def died(self, ready: set) -> bool:
        """True when the process has ended (its sentinel fired)."""
        return self.process.sentinel in ready

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


def context():
    """Fork where the system has it (workers start with the warm-up's memory), else spawn."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def cpu_count() -> int:
    """The CPUs this process may run on (a Slurm allocation or taskset, not the whole host)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Pool:
    """Hands a queue of items to `jobs` workers, replacing recycled and dead ones."""

    def __init__(self, ctx, options: Options, theme: Theme, *, jobs: int, recycle_after: int,
                 on_start: Callback | None = None, on_done: Callback | None = None):
        self.ctx, self.options, self.theme = ctx, options, theme
        self.jobs, self.recycle_after = jobs, recycle_after
        self.on_start, self.on_done = on_start, on_done
        self.queue: list[Item] = []
        self.workers: list[_Worker] = []
        self.retired: list[_Worker] = []  # recycled: told to stop, reaped at the end

    def start(self, items: list[Item]) -> None:
        """Queue the items and start up to `jobs` workers on the first ones."""
        self.queue = list(reversed(items))
        while self.queue and len(self.workers) < self.jobs:
            self._feed(self._new_worker())

    def _new_worker(self) -> _Worker:
        worker = _Worker(self.ctx, self.options, self.theme)
        self.workers.append(worker)
        return worker

    def _feed(self, worker: _Worker) -> None:
        item = self.queue.pop()
        if self.on_start:
            self.on_start(item)
        worker.give(item)
        item.prepared = None  # the worker has it now

    def busy(self) -> list[_Worker]:
        """The workers holding an article."""
        return [w for w in self.workers if w.item is not None]

    def handle(self, worker: _Worker, ready: set) -> None:
        """Take a worker's result, or its death, and keep it (or its successor) busy."""
        result = worker.result(ready)
        if result is None and not worker.died(ready):
            return
        if result is not None:
            self._finish(worker, result)
        else:
            self._fail_dead(worker)
            self.workers.remove(worker)
            worker = self._new_worker() if self.queue else worker
        if worker in self.workers and self.recycle_after and worker.done >= self.recycle_after:
            worker.stop()
            self.workers.remove(worker)
            self.retired.append(worker)
            worker = self._new_worker() if self.queue else worker
        if self.queue and worker in self.workers:
            self._feed(worker)

    @staticmethod
    def _take(worker: _Worker) -> Item:
        """The article a busy worker holds, which it holds no longer."""
        held, worker.item = worker.item, None
        assert held is not None, "only a busy worker has an outcome"
        return held

    def _finish(self, worker: _Worker, result: Item) -> None:
        held = self._take(worker)
        worker.done += 1
        held.take_outcome(result)
        if self.on_done:
            self.on_done(held)

    def enforce(self, budget: Budget) -> None:
        """Stop every worker whose article went over the budget; fail that article."""
        for worker in self.busy():
            reason = budget.breach(worker.process.pid, worker.started)
            if reason is not None:
                worker.kill()
                self._fail_dead(worker, reason)
                self.workers.remove(worker)
                if self.queue:
                    self._feed(self._new_worker())

    def _fail_dead(self, worker: _Worker, reason: str | None = None) -> None:
        """The worker died holding an article (or was stopped for `reason`): fail that one."""
        held = self._take(worker)
        worker.process.join()
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
        held.status = FAILED
        held.error = (f"{held.input}: {reason}" if reason
                      else f"{held.input}: the worker process died ({how}) while rendering it")
        remove_stamp(held.output)
        remove_litter([held])
        if self.on_done:
            self.on_done(held)

    def kill(self) -> None:
        """Stop every worker at once (Ctrl-C, or an error in the batch process)."""
        for worker in self.workers:
            worker.kill()

    def close(self) -> None:
        """Tell the workers to stop and reap every one before returning."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.stop()
        for worker in self.retired + self.workers:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.kill()


def run_pool(pool: Pool, items: list[Item]) -> None:
    """Run `items` through the pool until every one has an outcome."""
    budget = Budget(pool.options.max_seconds, pool.options.max_memory_mb)
    try:
        pool.start(items)
        while pool.busy():
            busy = pool.busy()
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], WATCH_EVERY))
            for worker in busy:
                pool.handle(worker, ready)
            pool.enforce(budget)
    except BaseException:
        pool.kill()
        remove_litter(items)
        raise
    finally:
        pool.close()
