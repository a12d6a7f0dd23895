"""The time and memory budget of one render, watched from outside the work it bounds.

An article is untrusted: a pathological one can keep the renderer busy for hours or
grow without bound. `Budget.breach` says, for a process and the moment its render
started, whether it has gone over `--max-seconds` or `--max-memory-mb`; the batch
asks it about every worker while it waits for them, and a one-off `briefing build`
runs `watch` on a thread of its own. Memory is the process's resident set, read from
/proc (where there is no /proc, only time is watched).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: How often a watcher looks, in seconds.
WATCH_EVERY = 0.5


def resident_mb(pid: int) -> float | None:
    """The resident memory of a process in MB, or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1048576


@dataclass(frozen=True)
class Budget:
    """At most `seconds` of wall-clock time and `memory_mb` of resident memory."""

    seconds: float
    memory_mb: float

    def breach(self, pid: int, started: float) -> str | None:
        """Why the render in process `pid`, started at `started` (time.monotonic), must
        stop, in words for the user; None while it is within the budget."""
        if time.monotonic() - started > self.seconds:
            return f"stopped after {self.seconds:g} s, the time budget (raise it with --max-seconds)"
        used = resident_mb(pid)
        if used is not None and used > self.memory_mb:
            return (f"stopped at {used:.0f} MB, over the memory budget of {self.memory_mb:g} MB"
                    " (raise it with --max-memory-mb)")
        return None


def watch(budget: Budget, on_breach: Callable[[str], None]) -> threading.Event:
    """Watch this process on a daemon thread from now on; call `on_breach` with the reason
    once it goes over. Set the returned event to stop watching."""
    done = threading.Event()
    started = time.monotonic()

    def run() -> None:
        while not done.wait(WATCH_EVERY):
            reason = budget.breach(os.getpid(), started)
            if reason is not None:
                on_breach(reason)
                return

    threading.Thread(target=run, name="briefing-budget", daemon=True).start()
    return done
