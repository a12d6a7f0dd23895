"""The speed and memory changes to WeasyPrint and pydyf, for our own processes only.

`install()` is called by the command line and by the batch workers, never by the
library API: an application that imports briefing keeps WeasyPrint and pydyf exactly
as they are. Each change patches only the versions it was checked against and says
in its module which upstream change would make it unnecessary (`fontdata`,
`compression`); `briefing.preload` overlaps WeasyPrint's import with reading the
article, for the one-off `briefing build`. `claim_process` lets WeasyPrint's import in
this process skip the compiler's library search (`libraries`).
"""

from __future__ import annotations

_own_process = False


def claim_process() -> None:
    """Called by the command line: this process (and the workers it forks) is ours, so
    WeasyPrint is imported with `libraries.import_quickly`."""
    global _own_process
    _own_process = True


def import_renderer():
    """The WeasyPrint module: imported quickly in our own processes, the ordinary way in
    an application's."""
    if _own_process:
        from .libraries import import_quickly

        return import_quickly()
    import weasyprint

    return weasyprint


def install() -> dict[str, bool]:
    """Install every change this WeasyPrint and pydyf allow; which ones are in place."""
    from . import compression, fontdata

    return {"fontdata": fontdata.install(), "compression": compression.install()}
