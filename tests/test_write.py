"""A failed build never leaves a partial PDF, and never damages an existing one."""

from __future__ import annotations

import pytest

from briefing import pipeline
from briefing.errors import OutputError
from briefing.write import write_atomic

from .conftest import SAMPLE


def test_failed_render_keeps_the_existing_pdf(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-1.7 the old briefing")

    def explode(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("briefing.render.render_pdf", explode)
    with pytest.raises(RuntimeError):
        pipeline.build_article(SAMPLE, target)
    assert target.read_bytes() == b"%PDF-1.7 the old briefing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", no_space)
    with pytest.raises(OutputError, match="no space left"):
        write_atomic(b"%PDF-1.7 data", tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


def test_build_returns_bytes_without_output():
    from briefing import build

    pdf = build(SAMPLE)
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")


def test_written_pdf_has_ordinary_permissions(tmp_path):
    import os
    import stat

    target = write_atomic(b"%PDF-1.7 data", tmp_path / "out.pdf")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
