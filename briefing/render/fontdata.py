"""Keep WeasyPrint from copying whole font files that it never reads.

WeasyPrint 68-70 copies the entire font file into a Python bytes object as soon as a
font is first drawn (`Font.__init__` -> `get_hb_object_data(hb_face)`). HarfBuzz then
subsets the font from its face, not from that copy, which is only read for variable,
colour and bitmap fonts and for the fontTools fallback. For Noto Sans CJK the copy is
19 MB per weight, and making it pages in the whole 19 MB font file as well: a Chinese
briefing (bold headings, regular text) raised a worker's peak memory from 91 MB to
167 MB. With the copy made only when it is read, the same briefing peaks at 104 MB and
its PDF is byte for byte the same.

`install()` makes `Font.file_content` lazy: the copy is made on first read, so every
path that reads it still gets the whole font. It patches only the versions it was
checked against; any other version is left as it is (and simply uses more memory).
Only our own processes install it (`speedups.install`: the command line, the batch
workers). It can go once WeasyPrint's `Font` reads the face's data lazily itself (or
subsets from the face without keeping a copy): then drop this module and its gate.
"""

from __future__ import annotations

import threading

#: WeasyPrint major versions whose `Font` this was checked against: their sources read and
#: use the font data the same way (68.0, 68.1, 69.0 and 70.0 compared); the tests run on
#: the installed one.
CHECKED_MAJOR_VERSIONS = (68, 69, 70)

_UNREAD = object()  # stands in for the font data until something reads it
_state = threading.local()
_read_whole_font = None  # WeasyPrint's own reader, kept when the patch is installed


def checked(version: str) -> bool:
    """Whether this WeasyPrint version's `Font` is one the patch was checked against."""
    try:
        return int(version.split(".")[0]) in CHECKED_MAJOR_VERSIONS
    except ValueError:
        return False


def install() -> bool:
    """Make WeasyPrint read a font's file data only when it needs it; True if in place."""
    import weasyprint
    from weasyprint.pdf import fonts

    if getattr(fonts.Font, "_briefing_lazy_data", False):
        return True
    if not checked(weasyprint.__version__) or not callable(getattr(fonts, "get_hb_object_data", None)):
        return False

    global _read_whole_font
    _read_whole_font = fonts.get_hb_object_data
    original_init = fonts.Font.__init__

    def get_hb_object_data(hb_object, ot_color=None, glyph=None):
        # Inside Font.__init__ the whole face is asked for: hand back a placeholder.
        if ot_color is None and glyph is None and getattr(_state, "in_font_init", False):
            return _UNREAD
        return _read_whole_font(hb_object, ot_color, glyph)

    def __init__(self, *args, **kwargs):
        _state.in_font_init = True
        try:
            original_init(self, *args, **kwargs)
        finally:
            _state.in_font_init = False

    def get_file_content(self):
        data = self.__dict__.get("_file_content", _UNREAD)
        if data is _UNREAD:
            data = self.__dict__["_file_content"] = _read_whole_font(self.hb_face)
        return data

    def set_file_content(self, data):
        self.__dict__["_file_content"] = data

    fonts.get_hb_object_data = get_hb_object_data
    fonts.Font.__init__ = __init__
    fonts.Font.file_content = property(get_file_content, set_file_content,
                                       doc="The font file's data, read on first use.")
    fonts.Font._briefing_lazy_data = True
    return True
