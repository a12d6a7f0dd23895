"""Load the shared corpus for the benchmarks: articles, expectations and publisher summaries.

HTML pages go through briefing's own HTML reader when this checkout has one; until then
the body is taken out with trafilatura (a benchmark-only stand-in, see the note printed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from briefing.model import Article  # noqa: E402
from briefing.readers import READERS, read  # noqa: E402


def expected() -> dict[str, dict]:
    """`expected.json`, keyed by "<folder>/<file>"."""
    return {k: v["expected"] for k, v in json.loads((CORPUS / "expected.json").read_text()).items()}


def html_via() -> str:
    """Which code reads the HTML pages in this run."""
    return "briefing" if ".html" in READERS else "trafilatura (stand-in: no HTML reader on this branch)"


def load(path: Path) -> Article:
    """Read one corpus file into the model (HTML by trafilatura when briefing has no reader)."""
    if path.suffix.lower() in READERS:
        return read(path)
    import trafilatura

    from briefing.model import Metadata
    from briefing.readers.text import parse

    html = path.read_text(encoding="utf-8", errors="replace")
    body = trafilatura.extract(html, include_comments=False, include_tables=True,
                               include_images=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta else None) or path.stem
    article = parse(title + "\n\n" + body.replace("\n", "\n\n"), path.with_suffix(".txt"))
    date = meta.date if meta and meta.date else None
    return article.replace(metadata=Metadata(**{**article.metadata.__dict__, "date": date,
                                                "reader": "trafilatura"}))


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
