"""The speed and memory changes to WeasyPrint and pydyf, for our own processes only.

`install()` is called by the command line and by the batch workers, never by the
library API: an application that imports briefing keeps WeasyPrint and pydyf exactly
as they are. Each change patches only the versions it was checked against and says
in its module which upstream change would make it unnecessary (`fontdata`,
`compression`); `briefing.preload` overlaps WeasyPrint's import with reading the
article, for the one-off `briefing build`.
"""

from __future__ import annotations


def install() -> dict[str, bool]:
    """Install every change this WeasyPrint and pydyf allow; which ones are in place."""
    from . import compression, fontdata

    return {"fontdata": fontdata.install(), "compression": compression.install()}
