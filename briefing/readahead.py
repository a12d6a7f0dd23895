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

import signal
from pathlib import Path

from .model import Article


def _read_ahead_main(conn, inputs: list[Path], prepare_options: dict) -> None:
    """The read-ahead process: prepare `inputs` in order until asked to stop, then reply."""
    from .pipeline import prepare

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    prepared: dict[Path, Article] = {}
    for path in inputs:
        if conn.poll():  # the parent asked for what is ready (or has gone away)
            break
        try:
            prepared[path] = prepare(path, **prepare_options)
        except Exception:  # noqa: BLE001 - the worker reads it again and reports the problem
            continue
    try:
        conn.send(prepared)
    except OSError:
        pass  # the parent has gone: nothing to hand over


class ReadAhead:
    """A process preparing articles while the parent warms up; `stop` then `receive`."""

    def __init__(self, ctx, inputs: list[Path], prepare_options: dict):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_read_ahead_main, args=(child, inputs, prepare_options),
                                   name="briefing-read-ahead", daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        """Ask it to finish the article in hand and send what it has (does not wait)."""
        try:
            self.conn.send(None)
        except OSError:
            pass  # it has finished or died: `receive` finds out

    def receive(self) -> dict[Path, Article]:
        """Its prepared articles, by input path (nothing if it died); reaps the process."""
        try:
            prepared = self.conn.recv()
        except (EOFError, OSError):
            prepared = {}
        self.close()
        return prepared if isinstance(prepared, dict) else {}

    def close(self) -> None:
        """Stop the process, whatever state it is in, and reap it."""
        self.conn.close()
        if self.process.is_alive():
            self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
