"""Load the corpus for the benchmarks (tests/fixtures/corpus, a copy of the shared one):
articles, expectations and publisher summaries."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
sys.path.insert(0, str(ROOT))

from briefing.model import Article  # noqa: E402
from briefing.readers import read  # noqa: E402


def expected() -> dict[str, dict]:
    """`expected.json`, keyed by "<folder>/<file>"."""
    return {k: v["expected"] for k, v in json.loads((CORPUS / "expected.json").read_text()).items()}


def html_via() -> str:
    """Which code reads the HTML pages in this run."""
    return "briefing"


def load(path: Path) -> Article:
    """Read one corpus file into the model with briefing's own readers."""
    return read(path)


def summary(path: Path) -> str | None:
    """The publisher's own summary of an HTML page: Readability's `excerpt` (its description)."""
    meta = path.with_name(path.stem + ".expected-metadata.json")
    if not meta.is_file():
        return None
    return json.loads(meta.read_text()).get("excerpt")


def files(folders=("html", "markdown", "text")) -> list[Path]:
    """The corpus articles (not the metadata files), folder by folder."""
    out = []
    for folder in folders:
        out += sorted(p for p in (CORPUS / folder).iterdir()
                      if p.suffix in (".html", ".md", ".txt") and not p.name.endswith(".json"))
    return out
