"""For the one-off `briefing build`: import WeasyPrint on a second thread, early.

Only the command line calls this; a library call starts no thread.
"""

from __future__ import annotations

import sys
import threading


def preload_renderer() -> None:
    """Import WeasyPrint and install the renderer's speed-ups on a second thread, while
    the article is read and templated.

    Its import is most of a one-off build's start-up (about 0.4 s); parts of it (file
    reads, loading Pango and HarfBuzz) run outside the GIL, so overlapping it with the
    reading and analysis shortens a single build. Each speed-up is safe to install at any
    moment (a font drawn before it is simply read the old way). A no-op once started.
    """
    if any(t.name == "preload-weasyprint" for t in threading.enumerate()):
        return
    if "weasyprint" in sys.modules:
        _import_quietly()
        return
    threading.Thread(target=_import_quietly, name="preload-weasyprint", daemon=True).start()


def _import_quietly() -> None:
    """Import WeasyPrint and install the speed-ups; a failure to import is left for the
    main thread to meet and report."""
    try:
        from .render import speedups
        from .render.pdf import weasyprint

        weasyprint()
        speedups.install()
    except BaseException:  # noqa: BLE001 - reported when the renderer is imported for real
        pass
