"""Load an article file as text: size limit, binary detection and encoding detection."""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..options import DEFAULTS

DEFAULT_MAX_INPUT_MB = DEFAULTS.max_input_mb

_BINARY_SIGNATURES = {
    b"%PDF-": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


_FILE_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
               (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file, else None."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _FILE_KINDS if test(mode)), "a special file")


def read_regular(path: Path, max_bytes: int, too_big: Callable[[int | None], str]) -> bytes:
    """The bytes of a regular file (symlinks followed), refused past `max_bytes`.

    Devices, FIFOs and sockets are refused before they are read (a FIFO swapped in after
    the check opens without waiting and is refused too); the limit counts the bytes read,
    since `st_size` is 0 for /proc files. `too_big(size)` words the refusal; size is None
    when only the reading found the file too big."""
    try:
        if kind := _not_regular(os.stat(path).st_mode):
            raise InputError(f"is {kind}, not a regular file", path)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with open(descriptor, "rb") as file:
            status = os.fstat(descriptor)
            if kind := _not_regular(status.st_mode):
                raise InputError(f"is {kind}, not a regular file", path)
            if status.st_size > max_bytes:
                raise InputError(too_big(status.st_size), path)
            data = file.read(max_bytes + 1)
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
    if len(data) > max_bytes:
        raise InputError(too_big(None), path)
    return data


def load_bytes(path: Path, *, max_input_mb: float = DEFAULT_MAX_INPUT_MB) -> bytes:
    """Read a file's bytes, with errors a user understands."""
    try:
        if not path.exists():
            raise InputError("no such file", path)
        if path.is_dir():
            raise InputError("is a directory, not an article file", path)
    except OSError as exc:  # a name too long for the file system, a loop of symlinks
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None

    def too_big(size: int | None) -> str:
        stated = f"is {size / 1048576:.1f} MB, " if size is not None else "is "
        return f"file {stated}over the {max_input_mb:g} MB limit (raise it with --max-input-mb)"

    return read_regular(path, int(max_input_mb * 1024 * 1024), too_big)


def decode(data: bytes, path: Path) -> str:
    """Decode article bytes: BOMs first, then UTF-8, then a detected encoding."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"is {what}, not a text article", path)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"cannot decode the text: it starts like {encoding.upper()} "
                                 "but is not valid in it", path) from None
    if b"\x00" in data[:4096]:
        text = _try_utf16_without_bom(data)
        if text is None:
            raise InputError("is a binary file, not a text article", path)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly
    if (declared := _declared(data)) is not None:
        return declared
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot decode the text: not UTF-8 nor any encoding detected", path)
    return _as_windows_1252(data, str(best)) if best.encoding in _LATIN_1 else str(best)


#: Latin-1 as the detector names it: what a page labels "iso-8859-1" is Windows-1252 (the WHATWG
#: encoding standard reads the label so), whose bytes 0x80-0x9F are „quotes“, dashes and €.
_LATIN_1 = frozenset({"latin_1", "iso8859_1", "iso-8859-1", "latin-1", "ascii"})


def _as_windows_1252(data: bytes, latin: str) -> str:
    """Latin-1 text read as Windows-1252 when it uses the bytes 0x80-0x9F (C1 controls in Latin-1, which
    print nothing: mix1.de's „Brave New Woman“ lost its quotes), or as it was read."""
    if not any(0x80 <= ord(ch) <= 0x9F for ch in latin):
        return latin
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined (0x81, 0x8D, ...): Latin-1 it is
        return latin


#: A page's own statement of its encoding: `<meta charset="ISO-8859-2">`, or the http-equiv form.
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.I)


#: Labels the WHATWG encoding standard reads as a superset: "gb2312" is GBK ("———", not "―――").
_WHATWG = {"gb2312": "gbk", "gb_2312": "gbk", "x-gbk": "gbk", "shift_jis": "cp932", "sjis": "cp932",
           "x-sjis": "cp932", "euc-kr": "cp949", "big5": "big5hkscs", "iso-8859-9": "cp1254", "tis-620": "cp874"}


def _declared(data: bytes) -> str | None:
    """A web page in the one-byte encoding it declares: gazeta.pl's ISO-8859-2 was detected as
    Windows-1250, which reads its "ą" and "ś" as "±" and "¶". The WHATWG encoding standard's
    reading of a Latin-1 label is Windows-1252. None when nothing usable is declared."""
    found = _META_CHARSET.search(data[:32768])
    if found is None:
        return None
    label = found.group(1).decode("ascii").lower()
    encoding = "cp1252" if label in _LATIN_1 | {"iso8859-1", "us-ascii", "windows-1252"} else _WHATWG.get(label, label)
    try:
        if codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32"):
            return None  # not UTF-8, as read above: the label is wrong
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


_STRAY_BYTES = 3  # invalid bytes a UTF-8 file may hold (a pasted widget's) and still be UTF-8 ...
_STRAY_SHARE = 20  # ... or more, while its UTF-8 letters outnumber them this many times


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a stray invalid byte or two (a sidebar's, on a UTF-8 blog), as UTF-8 with
    the stray bytes shown as U+FFFD: read in a detected one-byte encoding instead, every accented
    letter of the article became two ("schÃ¶n"). None when the bytes are not mostly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd")
    accented = sum(1 for ch in text if ord(ch) > 127) - stray
    if accented >= 10 * stray and (stray <= _STRAY_BYTES or accented >= _STRAY_SHARE * stray):
        return text  # a page with four stray bytes and 101 umlauts in UTF-8 was read as Windows-1250
    return None


def _try_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte of ASCII text."""
    sample = data[:4096]
    for encoding, offset in (("utf-16-le", 1), ("utf-16-be", 0)):
        zeros = sample[offset::2].count(0)
        if zeros > 0.9 * (len(sample) // 2):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


#: How messages and the briefing name an article read from standard input.
STDIN_NAME = "standard input"


def load_stdin(*, max_input_mb: float = DEFAULT_MAX_INPUT_MB) -> str:
    """Read and decode an article from standard input, with the same checks as a file."""
    import sys

    limit = int(max_input_mb * 1024 * 1024)
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"over the {max_input_mb:g} MB limit (raise it with --max-input-mb)", STDIN_NAME)
    return text_from_bytes(data, Path(STDIN_NAME))


def load_text(path: Path, *, max_input_mb: float = DEFAULT_MAX_INPUT_MB) -> str:
    """Read and decode an article file, normalising line endings; refuse empty files."""
    return text_from_bytes(load_bytes(path, max_input_mb=max_input_mb), path)


def text_from_bytes(data: bytes, path: Path) -> str:
    """An article's text from its bytes: decoded and normalised, or an InputError."""
    return _normalise(decode(data, path), path)


#: C0 and C1 control characters (C1: U+0080-U+009F, debris of a wrongly decoded scan that
#: printed as missing-glyph boxes), but for tab, line feed and the line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")


#: A word a PDF's ligature broke when its text was copied: "forensic offi cers", "a Bastille Day fi reworks
#: display" (China Daily's print edition). No lowercase English word ends in "fi" or "fl" ("sci-fi",
#: "@hsfi" and "Gaddafi" are left).
_LIGATURE_BREAK = re.compile(r"(?<![\w@#/.-])((?!wifi\b)[a-z]*(?:fi|fl)) (?=[a-z]{2})")


#: A no-break space beside a space: a web page's spacing ("a new\u00a0 policy \u00a0addressing", CNET's),
#: which printed two spaces. One alone is kept: "10\u00a0km" is not to be broken.
_SPACES_WITH_NBSP = re.compile(r"(?: \u00a0|\u00a0 )[ \u00a0]*")


def _normalise(text: str, path: Path) -> str:
    """Unix line endings, no control characters (they are never article text) nor soft hyphens
    (as the HTML reader, `htmlblocks.without_soft_hyphens`: the Washington Post's "an \u00adUnha-3"
    printed "an -" at a line's end and ran a timeline past its box), words a ligature broke
    made whole, a no-break space beside a space one space, not empty."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n").replace("\x85", "\n")
    text = _LIGATURE_BREAK.sub(r"\1", _CONTROL.sub("", text).replace("\u00ad", ""))
    text = _SPACES_WITH_NBSP.sub(" ", text)
    if not text.strip():
        raise InputError("the file is empty", path)
    return text
