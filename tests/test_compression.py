"""PDF streams are deflated at zlib's default level: valid, compressed, a little faster."""

from __future__ import annotations

import zlib

import pytest
from pypdf import PdfReader

from briefing import build, compression

from .conftest import SAMPLE, pdf_text


def test_streams_are_deflated_at_the_default_level(tmp_path):
    import pydyf

    out = tmp_path / "sample.pdf"
    build(SAMPLE, out)  # loads the renderer, which installs the change
    if not compression.checked(pydyf.__version__):
        pytest.skip("this pydyf version is left as it is")
    assert pydyf.zlib is compression.DEFAULT_LEVEL_ZLIB
    contents = PdfReader(out).pages[0]["/Contents"]
    streams = [c.get_object() for c in contents] if isinstance(contents, list) else [contents.get_object()]
    for stream in streams:
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
