"""WeasyPrint's import without running the compiler: a speed-up for our own processes.

WeasyPrint loads GObject, Pango, HarfBuzz and fontconfig by trying several names for
each ("libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0", "libgobject-2.0.so.0", ...).
cffi looks up every name that does not load as it is with `ctypes.util.find_library`,
which on Linux runs `ldconfig -p` and then, when the loader's cache has no such name,
gcc and ld: 54 programs run for one import, 0.15 to 0.25 s of its 0.35 to 0.48 s on a
machine with gcc (`python -c "import weasyprint"`, three runs each way).

Inside `cache_lookups()`, `find_library` answers from one reading of the loader's cache,
as its first step does; a name the cache lacks is not searched for with gcc and ld. A
library that only that search would find is therefore missed: `import_quickly` then
imports WeasyPrint again the ordinary way. Only our own processes use it (the command
line and its workers, `speedups.own_process`); an application that imports briefing
imports WeasyPrint as it always does.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: glibc's ldconfig names each library's ABI; the same table as CPython's ctypes.util.
_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}
_lock = threading.Lock()


def _loader_cache() -> bytes:
    """What `ldconfig -p` prints: every library the dynamic loader's cache knows."""
    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, env={"LC_ALL": "C", "LANG": "C"}, timeout=10,
                              check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return b""


def _from_cache(cache: bytes, name: str) -> str | None:
    """The file name the loader's cache gives library `name` ("gobject-2.0" ->
    "libgobject-2.0.so.0"), as `ctypes.util.find_library` finds it there."""
    machine = os.uname().machine + ("-32" if struct.calcsize("l") == 4 else "-64")
    pattern = rb"\s+(lib%s\.[^\s]+)\s+\(%s" % (re.escape(os.fsencode(name)), os.fsencode(_ABI.get(machine, "libc6")))
    found = re.search(pattern, cache)
    return os.fsdecode(found.group(1)) if found else None


@contextmanager
def cache_lookups() -> Iterator[None]:
    """`ctypes.util.find_library` answering from the loader's cache only, while inside."""
    import ctypes.util

    if not sys.platform.startswith("linux"):
        yield
        return
    with _lock:
        cache = _loader_cache()
        ordinary = ctypes.util.find_library
        ctypes.util.find_library = lambda name: _from_cache(cache, name)  # type: ignore[assignment]
        try:
            yield
        finally:
            ctypes.util.find_library = ordinary


def import_quickly():
    """The WeasyPrint module, imported with `cache_lookups`, else the ordinary way (which
    raises what the ordinary import raises)."""
    if "weasyprint" not in sys.modules:
        try:
            with cache_lookups():
                import weasyprint
            return weasyprint
        except (OSError, ImportError):
            pass  # a library the cache does not name: let gcc and ld look for it
    import weasyprint

    return weasyprint
