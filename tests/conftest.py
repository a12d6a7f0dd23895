"""Shared fixtures: paths to the sample and corpus, and PDFs built once per session."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "source" / "does-china-care-about-north-korea.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Real articles and what a correct reading finds: a copy of the shared corpus (its README.md).
CORPUS = FIXTURES / "corpus"


def pdf_text(path_or_bytes, *, strip_margins: bool = True) -> str:
    """All text of a PDF, white space and hyphenation folded for comparison.

    With `strip_margins`, the page-margin lines (running title, "Page X of Y", markings)
    are left out, so that a sentence running across a page break reads as one.
    """
    import io

    from pypdf import PdfReader

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    reader = PdfReader(source)
    title = (reader.metadata.title or "") if reader.metadata else ""
    pages = []
    for index, page in enumerate(reader.pages):
        lines = (page.extract_text() or "").split("\n")
        if strip_margins:
            lines = [line for line in lines if not re.fullmatch(r"\s*Page \d+ of \d+\s*", line)
                     and not (index > 0 and _running_title(line.strip(), title))]
        pages.append("\n".join(lines))
    return normalise("\n".join(pages))


def built_pdf(tmp_path: Path, page: Path, name: str = "out.pdf") -> Path:
    """The PDF that `briefing build` makes of `page` (the command must succeed)."""
    from click.testing import CliRunner

    from briefing.cli import cli

    out = tmp_path / name
    result = CliRunner().invoke(cli, ["build", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _running_title(line: str, title: str) -> bool:
    """Whether a line is the running head: the title, or its cut after a word ("A long title…")."""
    cut = line[:-1].rstrip() if line.endswith("…") else ""
    return line == title or (len(cut) >= 8 and title.startswith(cut))


def normalise(text: str) -> str:
    """Fold hyphenation at line ends, white space and quote styles."""
    text = re.sub(r"(\w)[\u2010\u00ad]\s+(\w)", r"\1\2", text)  # automatic hyphenation
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory) -> Path:
    """The sample article built once with the default theme."""
    from briefing import build

    out = tmp_path_factory.mktemp("sample") / "sample.pdf"
    build(SAMPLE, out)
    return out


@functools.cache
def _corpus_expectations() -> dict[str, dict]:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def corpus_expected(name: str) -> dict:
    """What a correct reading of corpus file `name` ("html/x.html") finds, from expected.json."""
    return _corpus_expectations()[name]["expected"]
