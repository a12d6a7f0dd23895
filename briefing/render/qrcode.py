"""A printed QR code for a web address, as inline SVG, for the pack's source list: a
reader of the paper copy points a phone at it instead of typing the URL.

segno writes the code (a small, pure-Python, well-kept library that follows ISO/IEC 18004
and picks the smallest version itself); only http(s) addresses short enough for a code a
phone reads from 20 mm of paper are drawn.
"""

from __future__ import annotations

from markupsafe import Markup

#: Longer addresses make codes too dense to read at the printed size (version 10 and up).
MAX_URL = 200


def qr_svg(url: object) -> Markup:
    """The QR code of `url` as an `<svg>` element (vectors: sharp at any zoom, no image file),
    or nothing for an address that is not http(s) or too long to print readably."""
    import segno

    text = str(url or "").strip()
    if not text.lower().startswith(("http://", "https://")) or len(text) > MAX_URL or any(c.isspace() for c in text):
        return Markup("")
    code = segno.make(text, error="m", micro=False)
    # The SVG holds only the modules' path, no text of the URL: safe to mark as markup. It is
    # hidden from screen readers, which read the printed URL beside it.
    svg = code.svg_inline(scale=1, border=4, omitsize=True, svgclass="qr", lineclass=None)
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" ', 1))
