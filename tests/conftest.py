"""Shared fixtures: paths to the sample and corpus, and PDFs built once per session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "source" / "does-china-care-about-north-korea.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pdf_text(path_or_bytes) -> str:
    """All text of a PDF, with white space and soft hyphenation folded for comparison."""
    import io

    from pypdf import PdfReader

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    reader = PdfReader(source)
    return normalise("\n".join(page.extract_text() or "" for page in reader.pages))


def normalise(text: str) -> str:
    """Fold hyphenation at line ends, white space and quote styles."""
    text = re.sub(r"(\w)[-\u00ad]\s*\n\s*(\w)", r"\1\2", text)
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory) -> Path:
    """The sample article built once with the default theme."""
    from briefing import build

    out = tmp_path_factory.mktemp("sample") / "sample.pdf"
    build(SAMPLE, out)
    return out


def requires_corpus():
    """Skip a test when ../shared/corpus is not beside the checkout."""
    return pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
