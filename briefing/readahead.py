"""Read and analyse a batch's articles ahead, on the core the warm-up leaves idle.

Before a batch forks its workers, the parent spends about a second on one core warming
up WeasyPrint; with two or more jobs another core sits idle meanwhile. A read-ahead
process, forked first, reads and analyses articles from the end of the queue (the ones
the workers reach last) on that core. When the workers start, it is asked to stop: it
finishes only the article in hand and sends back what it prepared, so it does not compete
with the workers for their cores. A worker that gets a prepared article only
renders it; any other article (one the read-ahead did not reach, or failed on) it reads
itself, as before, so an error is still reported by the worker that meets it.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from .model import Article

_ASK_EVERY = 0.2  # seconds, while a read-ahead that has finished waits to be asked


def _read_ahead_main(conn, parent_end, parent_pid: int, inputs: list[Path], prepare_options: dict) -> None:
    """The read-ahead process: prepare `inputs` in order until asked to stop, then reply.

    It replies only when asked, so the reply is read at once, and it leaves without one
    if the batch process has gone (a batch killed outright leaves no read-ahead behind).
    """
    from .pipeline import prepare

    parent_end.close()  # this process's copy of the parent's end: only the parent's counts
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    prepared: dict[Path, Article] = {}
    for path in inputs:
        if conn.poll():  # asked for what is ready
            break
        if os.getppid() != parent_pid:
            return
        try:
            prepared[path] = prepare(path, **prepare_options)
        except Exception:  # noqa: BLE001 - the worker reads it again and reports the problem
            continue
    while not conn.poll(_ASK_EVERY):
        if os.getppid() != parent_pid:
            return
    try:
        conn.send(prepared)
    except OSError:
        pass  # the parent has gone: nothing to hand over


class ReadAhead:
    """A process preparing articles while the parent warms up; `stop` then `receive`."""

    def __init__(self, ctx, inputs: list[Path], prepare_options: dict):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_read_ahead_main,
                                   args=(child, self.conn, os.getpid(), inputs, prepare_options),
                                   name="briefing-read-ahead", daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        """Ask it to finish the article in hand and send what it has (does not wait)."""
        try:
            self.conn.send(None)
        except OSError:
            pass  # it has died: `receive` finds out

    def receive(self) -> dict[Path, Article]:
        """Its prepared articles, by input path (nothing if it died); reaps the process."""
        try:
            prepared = self.conn.recv()
        except (EOFError, OSError):
            prepared = {}
        self.close(wait=1.0)  # it has replied and is leaving
        return prepared if isinstance(prepared, dict) else {}

    def close(self, wait: float = 0.0) -> None:
        """Reap the process, killing it if it has not left within `wait` seconds: it writes
        nothing, so nothing is lost but the articles it had prepared."""
        self.conn.close()
        self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
