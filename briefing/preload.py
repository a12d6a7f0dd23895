"""Start importing WeasyPrint early, on a second thread, for a one-off build."""

from __future__ import annotations

import sys
import threading


def preload_renderer() -> None:
    """Import WeasyPrint on a second thread while the article is read and templated.

    Its import is most of a one-off build's start-up (about 0.4 s); parts of it (file
    reads, loading Pango and HarfBuzz) run outside the GIL, so overlapping it with the
    reading and analysis shortens a single build. A no-op once it is imported or started.
    """
    if "weasyprint" in sys.modules or any(t.name == "preload-weasyprint" for t in threading.enumerate()):
        return
    threading.Thread(target=_import_quietly, name="preload-weasyprint", daemon=True).start()


def _import_quietly() -> None:
    """Import WeasyPrint; a failure is left for the main thread to meet and report."""
    try:
        import weasyprint  # noqa: F401
    except BaseException:  # noqa: BLE001 - reported when the renderer is imported for real
        pass
