"""briefing: turn an article into a printable briefing PDF.

The public API: `build()` for one briefing, `prepare()` for the analysed model,
`Options` for every choice a user makes, and the model types. They load on first use,
so that `import briefing.cli` (and with it `briefing --help`) stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "build": "pipeline", "prepare": "pipeline", "BriefingError": "errors",
    "Article": "model", "Author": "model", "Block": "model", "KeyPoint": "model",
    "Metadata": "model", "Section": "model", "TimelineEvent": "model", "Options": "options",
}

__all__ = [*sorted(_EXPORTS), "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
