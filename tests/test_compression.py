"""PDF streams are deflated at zlib's default level: valid, compressed, a little faster."""

from __future__ import annotations

import subprocess
import sys
import zlib

import pytest
from pypdf import PdfReader

from briefing.render import compression

from .conftest import SAMPLE, pdf_text


def _streams(pdf):
    contents = PdfReader(pdf).pages[0]["/Contents"]
    return [c.get_object() for c in contents] if isinstance(contents, list) else [contents.get_object()]


def test_the_command_line_deflates_streams_at_the_default_level(tmp_path):
    import pydyf

    if not compression.checked(pydyf.__version__):
        pytest.skip("this pydyf version is left as it is")
    out = tmp_path / "sample.pdf"
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(SAMPLE), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for stream in _streams(out):
        assert stream["/Filter"] == "/FlateDecode"
        stored = stream._data  # the bytes as written in the file
        inflated = zlib.decompress(stored)  # a valid deflate stream
        assert inflated == stream.get_data()
        assert stored == zlib.compress(inflated, compression.LEVEL)
        assert zlib.compress(inflated, 9) != stored  # what pydyf alone would have written
    assert "North Korea" in pdf_text(out)


@pytest.mark.parametrize("version, expected", [("0.13.0", True), ("0.11.0", True), ("0.14.0", False),
                                               ("1.0.0", False), ("", False)])
def test_only_checked_versions_are_changed(version, expected):
    assert compression.checked(version) is expected


def test_the_stand_in_is_zlib_apart_from_the_level():
    data = b"briefing " * 1000
    obj = compression.DEFAULT_LEVEL_ZLIB.compressobj(level=9)
    deflated = obj.compress(data) + obj.flush()
    assert deflated == zlib.compress(data, compression.LEVEL)
    assert zlib.decompress(deflated) == data
    assert compression.DEFAULT_LEVEL_ZLIB.compress is zlib.compress
