"""Limits on what a theme's templates may use: the Jinja sandbox stops escapes, these
stop runaway work.

A user theme is code: one line of it can ask for 10 GB (`'x' * 10**10`), a number of
ten billion digits (`10 ** 10 ** 10`) or a loop that never ends. While a template
renders it has `MAX_SECONDS` and `MAX_OUTPUT` characters of output; `*`, `**` and `+`
refuse results over `MAX_SIZE` items or `MAX_INT_BITS` bits before computing them, and
so does `~` after; the resident memory may grow by `MAX_MEMORY_MB` at most (read from
/proc every few milliseconds, where there is one). Nothing here changes the process (no
resource limit is set): an application that imports briefing keeps its own. The time is
checked on every loop iteration (each for loop is compiled to count), call, attribute
look-up and operator, so that a loop without output stops too. A template over a
limit raises `OverLimit`; `render_template` turns it into a ThemeError.
"""

from __future__ import annotations

import os
import time
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..budget import resident_mb

MAX_SECONDS = 5.0
MAX_OUTPUT = 20_000_000  # characters of output
MAX_SIZE = 20_000_000  # characters or items in a value made by *, + or ~
MAX_INT_BITS = 1_000_000  # bits in a number made by * or **
MAX_MEMORY_MB = 512  # growth of the process's resident memory while a template renders
MEMORY_CHECK_EVERY = 0.02  # seconds between two readings of the resident memory


class OverLimit(Exception):
    """A template went over one of the limits; the message says which, in the user's words."""


class _Limits:
    """The deadline of one render, and the memory it started with."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + MAX_SECONDS
        self.start_mb = resident_mb(os.getpid())
        self.next_memory_check = 0.0

    def check(self) -> None:
        now = time.monotonic()
        if now > self.deadline:
            raise OverLimit(f"it ran for more than {MAX_SECONDS:g} s (a loop that does not end?)")
        if self.start_mb is not None and now >= self.next_memory_check:
            self.next_memory_check = now + MEMORY_CHECK_EVERY
            grown = (resident_mb(os.getpid()) or 0) - self.start_mb
            if grown > MAX_MEMORY_MB:
                raise OverLimit(f"it needed more than {MAX_MEMORY_MB} MB of memory")


_CURRENT: ContextVar[_Limits | None] = ContextVar("briefing_template_limits", default=None)


def _check_time() -> None:
    limits = _CURRENT.get()
    if limits is not None:
        limits.check()


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _sized(value: Any) -> bool:
    return isinstance(value, (str, bytes, list, tuple))


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse `left operator right` if its result would be over MAX_SIZE or MAX_INT_BITS."""
    too_big = False
    if operator == "**" and _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
        too_big = abs(left).bit_length() * right > MAX_INT_BITS
    elif operator == "*" and _is_int(left) and _is_int(right):
        too_big = abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS
    elif operator == "*" and (_sized(left) and _is_int(right) or _sized(right) and _is_int(left)):
        sequence, times = (left, right) if _is_int(right) else (right, left)
        too_big = len(sequence) * times > MAX_SIZE
    elif operator == "+" and _sized(left) and _sized(right):
        too_big = len(left) + len(right) > MAX_SIZE
    if too_big:
        raise OverLimit(f"'{operator}' would make a value of more than {MAX_SIZE:,} characters "
                        f"or items, or a number of more than {MAX_INT_BITS:,} bits")


class _CountingCodeGenerator(CodeGenerator):
    """Compiles every for loop to iterate through `environment.counted`, and every `~`
    through `environment.bounded`."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        counted = node.iter
        if not (isinstance(counted, nodes.Call) and isinstance(counted.node, nodes.EnvironmentAttribute)):
            node.iter = nodes.Call(nodes.EnvironmentAttribute("counted"), [counted], [], None, None,
                                   lineno=node.lineno)
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with the limits of this module."""

    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # its size is an argument, and no theme needs it

    def counted(self, iterable: Any):
        """Each item of a for loop's iterable, with the time checked before each."""
        for item in iterable:
            _check_time()
            yield item

    def bounded(self, text: Any) -> Any:
        """The result of `~`, refused past MAX_SIZE characters."""
        _check_time()
        if len(text) > MAX_SIZE:
            raise OverLimit(f"'~' made a text of more than {MAX_SIZE:,} characters")
        return text

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        _check_time()
        return super().call(context, obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _check_time()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _check_time()
        return super().getitem(obj, argument)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_time()
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)


def render_limited(load, context: dict) -> str:
    """Load a template (`load()`) and render it with `context`, within the limits."""
    token = _CURRENT.set(_Limits())
    try:
        return _generate(load(), context)
    except MemoryError:
        raise OverLimit("it ran out of memory") from None
    finally:
        _CURRENT.reset(token)


def _generate(template, context: dict) -> str:
    chunks, size = [], 0
    for chunk in template.generate(**context):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise OverLimit(f"it wrote more than {MAX_OUTPUT:,} characters of output")
        chunks.append(chunk)
    return "".join(chunks)
