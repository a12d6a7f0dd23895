"""Load the corpus for the benchmarks (tests/fixtures/corpus, a copy of the shared one):
articles, expectations and publisher summaries."""

from __future__ import annotations

import json
import re
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


# ---------------------------------------------------------------- more articles (issue 15)

#: The sample article the project ships (its sidecar gives a timeline; extracted entries still count).
SAMPLES = ROOT / "source"
#: 181 gzipped pages with a hand-made ground truth (`../shared/extraction-benchmark`), if present.
BENCHMARK = ROOT.parent / "shared" / "extraction-benchmark"


def samples() -> list[Path]:
    """The sample article(s) in `source/`."""
    return sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []


def benchmark_pages() -> list[tuple[str, Path, str]]:
    """(sha256, gzipped page, URL) for every page of the extraction benchmark; [] if it is absent."""
    truth = benchmark_truth()
    out = []
    for sha in sorted(truth):
        page = BENCHMARK / "html" / f"{sha}.html.gz"
        if page.is_file():
            out.append((sha, page, truth[sha].get("url") or ""))
    return out


def benchmark_html(page: Path) -> bytes:
    """The decompressed bytes of one benchmark page."""
    import gzip

    return gzip.decompress(page.read_bytes())


def load_benchmark(page: Path, html: bytes | None = None) -> Article:
    """Read one benchmark page with briefing's readers, through a decompressed `.html` temp copy."""
    import tempfile

    data = benchmark_html(page) if html is None else html
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as folder:
        copy = Path(folder) / page.name.removesuffix(".gz")
        copy.write_bytes(data)
        return read(copy)


def meta_description(html: bytes) -> str | None:
    """The page's own summary: `<meta name="description">`, else `og:description` (the longer
    of the two when both are there and one has under 8 words); None when it has neither."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(_XML_DECL.sub("", decode_html(html), count=1))
    except (ValueError, lxml.etree.ParserError):
        return None
    found = []
    for xpath in ('//meta[translate(@name, "DESCRIPTION", "description")="description"]/@content',
                  '//meta[@property="og:description" or @name="og:description"]/@content'):
        values = [" ".join(v.split()) for v in tree.xpath(xpath) if v and v.strip()]
        if values:
            found.append(values[0])
    if not found:
        return None
    if len(found) == 2 and len(found[0].split()) < 8 <= len(found[1].split()):
        return found[1]
    return found[0]


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")


def decode_html(html: bytes) -> str:
    """The page as text: its declared charset, else UTF-8, else charset-normalizer's guess."""
    declared = _CHARSET.search(html[:4096])
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return html.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(html).best()
    return str(best) if best is not None else html.decode("utf-8", "replace")


def benchmark_truth() -> dict[str, dict]:
    """The benchmark's ground truth, {sha256: {"articleBody": ..., "url": ...}}; {} if absent."""
    truth_file = BENCHMARK / "ground-truth.json"
    return json.loads(truth_file.read_text()) if truth_file.is_file() else {}
