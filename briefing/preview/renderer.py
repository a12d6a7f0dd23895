"""Builds the previewed article in this one process, so fonts, parsed stylesheets and
compiled templates stay warm between edits, and draws its pages as PNG images.

Each build is a `Rendering` with a number of its own; its page images are drawn when the
browser first asks for them and kept. A build that fails leaves the last good rendering
of the same settings in place, with the error beside it, so a bad edit never blanks the
page.
"""

from __future__ import annotations

import io
import itertools
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BriefingError
from ..options import Options
from .settings import PreviewSettings

#: Pixels per inch of the page images (the CSS reference resolution: one CSS px, one pixel).
IMAGE_DPI = 96
#: How many renderings are kept for their images (the current ones, and the compare view's).
KEEP_RENDERINGS = 12


@dataclass(frozen=True)
class Rendering:
    """One finished build: its PDF and what the page shows of it."""

    number: int
    settings: PreviewSettings
    generation: int  # which state of the files it was built from
    pdf: bytes
    pages: int
    warnings: tuple[str, ...]
    seconds: float  # how long the build took
    files: tuple[Path, ...] = ()  # the article's own files it shows (images): watched too
    _images: dict[int, bytes] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Outcome:
    """What the page shows for some settings: the newest good rendering (None before the
    first good build) and, when the newest build failed, its error."""

    rendering: Rendering | None
    error: str | None = None


class Renderer:
    """Builds one article for the settings the page asks for, one build at a time."""

    def __init__(self, article: Path, base: Options):
        self.article = article
        self.base = base
        self.generation = 0  # bumped whenever a file the build reads changes
        self._lock = threading.RLock()  # one build, or one page drawing, at a time
        self._numbers = itertools.count(1)
        self._by_number: OrderedDict[int, Rendering] = OrderedDict()
        self._good: dict[PreviewSettings, Rendering] = {}  # newest good rendering per settings
        self._errors: dict[tuple[int, PreviewSettings], str] = {}

    def files_changed(self) -> None:
        """Forget what was built from the old files (the last good renderings stay shown)."""
        from ..render.html import forget_templates

        with self._lock:
            self.generation += 1
            self._errors.clear()
            forget_templates()

    def outcome(self, settings: PreviewSettings) -> Outcome:
        """The rendering for `settings` from the current files, building it if needed."""
        with self._lock:
            good = self._good.get(settings)
            if good is not None and good.generation == self.generation:
                return Outcome(good)
            key = (self.generation, settings)
            if key not in self._errors:
                try:
                    return Outcome(self._build(settings))
                except BriefingError as exc:
                    self._errors[key] = str(exc)
                except Exception as exc:  # a bug: shown on the page, and the preview goes on
                    self._errors[key] = f"internal error: {type(exc).__name__}: {exc}"
            return Outcome(self._good.get(settings), self._errors[key])

    def rendering(self, number: int) -> Rendering | None:
        with self._lock:
            return self._by_number.get(number)

    def page_image(self, rendering: Rendering, page: int) -> bytes | None:
        """Page `page` (1-based) of a rendering as PNG, or None when it has no such page."""
        if not 1 <= page <= rendering.pages:
            return None
        with self._lock:  # PDFium is not thread-safe
            if page not in rendering._images:
                rendering._images[page] = _draw_page(rendering.pdf, page - 1)
            return rendering._images[page]

    def _build(self, settings: PreviewSettings) -> Rendering:
        from ..pipeline import build_article

        started = time.perf_counter()
        result = build_article(self.article, None, settings.options(self.base))
        assert result.pdf is not None  # no output path: the PDF comes back as bytes
        rendering = Rendering(next(self._numbers), settings, self.generation, result.pdf, result.pages,
                              tuple(result.warnings), time.perf_counter() - started, result.files)
        self._good.pop(settings, None)
        self._good[settings] = rendering  # newest last, so the oldest settings go first
        while len(self._good) > KEEP_RENDERINGS:
            del self._good[next(iter(self._good))]
        self._by_number[rendering.number] = rendering
        kept = {r.number for r in self._good.values()}
        while len(self._by_number) > KEEP_RENDERINGS:
            oldest = next((n for n in self._by_number if n not in kept), None)
            if oldest is None:
                break
            del self._by_number[oldest]
        return rendering


def _draw_page(pdf: bytes, index: int) -> bytes:
    """One page of a PDF as a PNG at IMAGE_DPI, drawn with PDFium (about 25 ms a page)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[index].render(scale=IMAGE_DPI / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)  # loopback: speed matters more than size
    return buffer.getvalue()
