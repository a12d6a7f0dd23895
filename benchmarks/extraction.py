"""Article extraction on the 181 pages of ../shared/extraction-benchmark: briefing's HTML
reader and plain trafilatura, side by side, with the benchmark's own metric.

Both texts are cut into word tokens (`\\w+`, lower case); every run of 4 consecutive tokens
is a shingle. Per page, true positives are the shingles both texts share (with
multiplicity), false positives the extra predicted ones, false negatives the missed true
ones. Precision is the mean over pages of each page's precision (pages where something
was predicted), recall the mean of each page's recall, and F1 the harmonic mean of the two
means. The ten pages where briefing's reader loses the most true text are listed. The
reader's text is its sections (headings and blocks), without the title: the benchmark's
ground truth is the article body, and 172 of its 177 titled pages leave the title out.

`--bench DIR` scores any set of the same shape (`html/<key>.html.gz`, `ground-truth.json`),
such as a held-out set gathered elsewhere.

    .venv/bin/python benchmarks/extraction.py [--bench ../shared/extraction-benchmark]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3)))


def score(predicted: str, truth: str) -> tuple[float | None, float]:
    """(precision or None when nothing was predicted, recall) of one page."""
    got, want = shingles(predicted), shingles(truth)
    shared = sum((got & want).values())
    precision = shared / sum(got.values()) if got else None
    recall = shared / sum(want.values()) if want else 1.0
    return precision, recall


def briefing_text(html: str) -> str:
    from briefing.readers import read

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(html, encoding="utf-8")
        article = read(path)
    parts = []  # the ground truth is the article body: no page has its title in it
    for section in article.sections:
        if section.heading:
            parts.append(section.heading)
        parts += [block.text for block in section.blocks]
    return "\n".join(parts)


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_tables=True, favor_recall=True) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "extraction-benchmark")
    args = parser.parse_args(argv)
    truth = json.loads((args.bench / "ground-truth.json").read_text(encoding="utf-8"))
    warnings.filterwarnings("ignore")
    results: dict[str, list] = {"briefing": [], "trafilatura": []}
    losses = []
    for key, entry in sorted(truth.items()):
        html = gzip.decompress((args.bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        for name, extract in (("briefing", briefing_text), ("trafilatura", trafilatura_text)):
            try:
                text = extract(html)
            except Exception as exc:  # a page the reader refuses counts as nothing extracted
                text = ""
                if name == "briefing":
                    print(f"{key[:12]}: {type(exc).__name__}: {exc}", file=sys.stderr)
            precision, recall = score(text, entry["articleBody"])
            results[name].append((precision, recall))
            if name == "briefing":
                losses.append((recall, key, entry.get("url") or ""))
    print(f"{'extractor':14} {'F1':>6} {'precision':>10} {'recall':>8}   ({len(truth)} pages)")
    for name, rows in results.items():
        precisions = [p for p, _ in rows if p is not None]
        p = sum(precisions) / len(precisions)
        r = sum(r for _, r in rows) / len(rows)
        print(f"{name:14} {2 * p * r / (p + r):6.3f} {p:10.3f} {r:8.3f}")
    print("\npages where briefing's reader keeps the least of the true text:")
    for recall, key, url in sorted(losses)[:10]:
        print(f"  recall {recall:5.3f}  {key[:12]}  {url[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
