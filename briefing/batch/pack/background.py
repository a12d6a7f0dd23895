"""Work of the pack's that need not wait for the briefings, done in a forked process
while they render: the reading across the sources and the layout of the pack's own front
and source list. On a rerun that adds one article this runs side by side with that
article's briefing (`benchmarks/pack_speed.py`).

Anything that goes wrong in the child (a broken theme, a crash) only means the work is
done again in the pack's own process, which then reports the problem as it would have.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Generic, TypeVar

T = TypeVar("T")
GIVE_UP_AFTER = 600.0  # seconds: far beyond any pack's own pages, short of a CI run's limit


def _child(work: Callable[[], object], sender: Connection) -> None:
    try:
        result = (True, work())
    except BaseException:  # noqa: BLE001 - the parent does the work again and reports the problem
        result = (False, None)
    try:
        sender.send(result)
    finally:
        sender.close()


class InBackground(Generic[T]):
    """`work()` being done in a forked process (its result must pickle)."""

    def __init__(self, work: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(work, sender), daemon=True)
        self._process.start()
        sender.close()

    def result(self, timeout: float = GIVE_UP_AFTER) -> T | None:
        """What `work()` returned, or None when the child could not do it, or has not within
        `timeout` seconds (a forked child can hang on a lock another thread held at the fork:
        it is stopped, and the work done here)."""
        try:
            if not self._receiver.poll(timeout):
                self.cancel()
                return None
            done, value = self._receiver.recv()
        except (EOFError, OSError, ValueError, TypeError):
            done, value = False, None
        self._receiver.close()
        self._process.join()
        return value if done else None

    def cancel(self) -> None:
        """Stop the child: its result is no longer wanted."""
        self._receiver.close()
        self._process.kill()
        self._process.join()


def can_fork() -> bool:
    """Whether work can be done in a forked process on this system."""
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()
