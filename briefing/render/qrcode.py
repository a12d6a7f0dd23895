"""A printed QR code for a web address, for the pack's source list: a reader of the paper
copy points a phone at it instead of typing the URL.

segno writes the code (a small, pure-Python, well-kept library that follows ISO/IEC 18004
and picks the smallest version itself); only http(s) addresses short enough for a code a
phone reads from 20 mm of paper are drawn. The code is a 1-bit PNG with one pixel per
module, drawn without smoothing (`image-rendering: pixelated`): its squares print as sharp
as vectors, and the renderer draws it in a fraction of the time an SVG path of a few
hundred segments takes (0.4 s of a 21-source list). Choosing the code's mask is most of
segno's time, so the pack keeps each code it made in its work folder (`cached_codes`).
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from markupsafe import Markup

#: Longer addresses make codes too dense to read at the printed size (version 10 and up).
MAX_URL = 200
#: A kept code larger than this is not one this module wrote (version 9 is under 1 KB).
_MAX_KEPT = 16 << 10
_PNG = b"\x89PNG\r\n\x1a\n"


def printable(url: object) -> str | None:
    """The address as printed in a code, or None when it is not http(s) or too long."""
    text = str(url or "").strip()
    if not text.lower().startswith(("http://", "https://")) or len(text) > MAX_URL or any(c.isspace() for c in text):
        return None
    return text


def qr_png(url: object) -> bytes | None:
    """The QR code of `url` as a PNG (one pixel per module, with the 4-module quiet zone),
    or None for an address that is not printed as a code."""
    import segno

    text = printable(url)
    if text is None:
        return None
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=1, border=4)
    return buffer.getvalue()


def qr_image(png: bytes | None) -> Markup:
    """An `<img>` of the code (nothing without one). It holds no text of the URL, and is
    hidden from screen readers (empty alt), which read the printed URL beside it."""
    if not png:
        return Markup("")
    data = base64.b64encode(png).decode("ascii")
    return Markup(f'<img class="qr" alt="" style="image-rendering: pixelated" src="data:image/png;base64,{data}">')


def qr_code(url: object, known: Mapping[str, bytes | None] | None = None) -> Markup:
    """The template filter: the code of `url` as an image, from `known` codes when it is there."""
    text = printable(url)
    if text is None:
        return Markup("")
    return qr_image(known[text] if known and text in known else qr_png(text))


def cached_codes(urls: Iterable[object], folder: Path) -> dict[str, bytes | None]:
    """Each printable address's code, made once and kept in `folder` for the next run (a
    kept file that is not a small PNG is made again; a folder that cannot be written only
    costs the time)."""
    from ..errors import BriefingError
    from ..write import write_atomic

    codes: dict[str, bytes | None] = {}
    for url in urls:
        text = printable(url)
        if text is None or text in codes:
            continue
        path = folder / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}.png"
        try:
            if not path.is_symlink() and path.stat().st_size <= _MAX_KEPT:
                kept = path.read_bytes()
                if kept.startswith(_PNG):
                    codes[text] = kept
                    continue
        except OSError:
            pass
        codes[text] = png = qr_png(text)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(png or b"", path)
        except (OSError, BriefingError):  # the cache only saves time
            pass
    return codes
