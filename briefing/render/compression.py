"""Compress the PDF's streams at zlib's default level rather than its slowest.

pydyf, which writes WeasyPrint's PDFs, deflates every page and font stream at zlib level
9. On the sample and the 17 corpus articles, level 9 spent 0.32 s in zlib against 0.08 s
at level 6 (zlib's own default), for files 1.3% smaller:
about 4% of every render, for a saving nobody would notice. `install()` makes pydyf
deflate at level 6. The output is the same kind of FlateDecode stream; only the bytes
differ.

It replaces the `zlib` that pydyf's module looks up with one whose `compressobj` uses
level 6, and only for the pydyf versions it was checked against (which ask for level 9
through `zlib.compressobj`); any other version is left as it is. Only our own processes
install it (`speedups.install`: the command line, the batch workers). It can go once
pydyf lets its caller choose the compression level (or uses zlib's default itself):
then pass the level through WeasyPrint, or drop this module and its gate.
"""

from __future__ import annotations

import types
import zlib

#: zlib's default trade of speed for size.
LEVEL = 6

#: pydyf versions whose streams are written this way, `zlib.compressobj(level=9)` through
#: the module's `zlib` (0.11.0, 0.12.0, 0.12.1 and 0.13.0 compared).
CHECKED_VERSIONS = ((0, 11), (0, 12), (0, 13))


def checked(version: str) -> bool:
    """Whether this pydyf version is one the change was checked against."""
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) in CHECKED_VERSIONS


def _compressobj(level: int = LEVEL, *args, **kwargs):
    """zlib.compressobj at LEVEL, whatever level the caller asked for."""
    return zlib.compressobj(LEVEL, *args, **kwargs)


#: What pydyf sees as `zlib`: the real module, but deflating at LEVEL.
DEFAULT_LEVEL_ZLIB = types.SimpleNamespace(
    **{name: getattr(zlib, name) for name in dir(zlib) if not name.startswith("__")})
DEFAULT_LEVEL_ZLIB.compressobj = _compressobj


def install() -> bool:
    """Make pydyf deflate at LEVEL; True if in place."""
    import pydyf

    if getattr(pydyf, "zlib", None) is DEFAULT_LEVEL_ZLIB:
        return True
    if getattr(pydyf, "zlib", None) is not zlib or not checked(getattr(pydyf, "__version__", "")):
        return False
    pydyf.zlib = DEFAULT_LEVEL_ZLIB
    return True
