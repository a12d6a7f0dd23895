"""The theme gallery: the sample rendered through every theme, one PNG per first page
plus a contact sheet, for the README (`briefing themes gallery`)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import BriefingError

SHEET = "themes.png"

#: Where `briefing themes gallery` writes when not told: a folder of its own.
DEFAULT_OUT = Path("briefing-gallery")

SAMPLE_ARTICLE = "does-china-care-about-north-korea.txt"


def sample_article() -> Path:
    """The bundled sample article: inside the installed package, else in the checkout."""
    here = Path(__file__).resolve().parent
    for path in (here / "samples" / SAMPLE_ARTICLE, here.parent / "source" / SAMPLE_ARTICLE):
        if path.is_file():
            return path
    raise BriefingError("the sample article is not in this installation; pass --sample FILE")


def _first_page_png(pdf: bytes, target: Path, resolution: int) -> Path:
    """Rasterise the first page of a PDF with pdftoppm (poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        raise BriefingError("the gallery needs pdftoppm: install poppler-utils")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "page.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", "1", "-l", "1",
                        "-singlefile", str(source), str(target.with_suffix(""))],
                       check=True, capture_output=True)
    return target


def _pillow():
    """Pillow, which only the gallery needs, or a clear error naming the extra to install."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        raise BriefingError("the gallery needs Pillow: pip install 'briefing[gallery]'") from None
    return Image, ImageDraw, ImageFont


def _label_font(size: int):
    _, _, ImageFont = _pillow()

    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    found = shutil.which("fc-match") and subprocess.run(
        ["fc-match", "-f", "%{file}", "sans:bold"], capture_output=True, text=True).stdout
    try:
        return ImageFont.truetype(found, size) if found else ImageFont.load_default()
    except OSError:
        return ImageFont.load_default()


def contact_sheet(images: dict[str, Path], target: Path) -> Path:
    """Place the first pages side by side, each labelled with its theme's name."""
    Image, ImageDraw, _ = _pillow()
    pages = {name: Image.open(path).convert("RGB") for name, path in images.items()}
    width = max(p.width for p in pages.values())
    height = max(p.height for p in pages.values())
    gap, label = 24, 40
    sheet = Image.new("RGB", (gap + len(pages) * (width + gap), label + height + gap), "#d8d8d8")
    draw = ImageDraw.Draw(sheet)
    font = _label_font(22)
    for i, (name, page) in enumerate(pages.items()):
        x = gap + i * (width + gap)
        draw.text((x, 8), name, fill="#222", font=font)
        sheet.paste(page, (x, label))
        draw.rectangle((x - 1, label - 1, x + page.width, label + page.height), outline="#999")
    sheet.save(target, optimize=True)
    return target


def build_gallery(out_dir: Path, sample: Path, themes: list[str], *, theme_dirs=(),
                  paper: str | None = None, resolution: int = 60, progress=None) -> list[Path]:
    """Render `sample` through each theme; write NAME.png per theme and the contact sheet."""
    from .pipeline import build_article

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    images: dict[str, Path] = {}
    for name in themes:
        if progress:
            progress(name)
        result = build_article(sample, None, theme=name, theme_dirs=theme_dirs, paper=paper)
        assert result.pdf is not None  # no output path: the PDF comes back as bytes
        images[name] = _first_page_png(result.pdf, out_dir / f"{name}.png", resolution)
    written = list(images.values())
    if images:
        written.append(contact_sheet(images, out_dir / SHEET))
    return written
