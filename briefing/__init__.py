"""briefing: turn an article into a printable briefing PDF.

The public API: `build()` for one briefing, `prepare()` for the analysed model, and
the model types.
"""

__version__ = "0.1.0"

from .errors import BriefingError  # noqa: E402
from .model import Article, Author, Block, KeyPoint, Metadata, Section, TimelineEvent  # noqa: E402
from .pipeline import build, prepare  # noqa: E402

__all__ = [
    "Article", "Author", "Block", "BriefingError", "KeyPoint", "Metadata", "Section",
    "TimelineEvent", "__version__", "build", "prepare",
]
