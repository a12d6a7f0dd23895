"""The plain-text reader on whole web pages saved as text (issue 14): headline, writers, date,
and whether the briefing starts with the story, against a hand-made truth.

The pages are rows of the scrape github.com/asprout/ArticleComparisons publishes
(`data/helsinki_articles.csv`, `census_articles.csv`, `spotify_articles.csv` and
`mturk/mturk_scrapes_sample.csv`): each row the visible text of one news page, its lines
joined by "###", site furniture included. Each page is written as a text file (a blank line
between lines) and read with `briefing.prepare`, as a user's saved page would be.
`benchmarks/scraped_pages_truth.json` holds, for 140 of them (50 `dev` pages, 90 `held` out),
what a reader of the raw text wrote down before the reader was changed for such pages, and
for 60 more (`--fresh`) what a second reader wrote down after it was, kept for a last check.

Scores, over the pages that hold an article and state the field:
- title: the headline exactly (case, punctuation and white space aside);
- date: the publication day;
- author: one of the credited writers (or the wire, when only the wire is credited);
- story first: the briefing's first paragraph starts with the story's first words;
- no headline: of the pages whose article states no headline, how many fall back to the file
  name (and say so) rather than print a site's line as the title.

Run: PYTHONPATH=. .venv/bin/python benchmarks/scraped_pages.py --rows DIR [--held-out | --fresh] [--verbose]
(DIR holds the four CSV files, e.g. from `git show 60fad0f:data/helsinki_articles.csv`.)
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import unicodedata
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT / "benchmarks" / "scraped_pages_truth.json"
FILES = {"helsinki": "helsinki_articles.csv", "census": "census_articles.csv", "spotify": "spotify_articles.csv",
         "mturk": "mturk_scrapes_sample.csv"}
sys.path.insert(0, str(ROOT))

import briefing  # noqa: E402


def norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def page_text(raw: str) -> str:
    return "\n\n".join(part.strip() for part in raw.split("###") if part.strip()) + "\n"


def checks(truth: dict, article, name: str) -> dict[str, bool]:
    """Which fields the reader got right, of those the page states."""
    paragraphs = [text for _, _, text in article.paragraphs()]
    meta = article.metadata
    out = {}
    if truth["title"]:
        out["title"] = norm(meta.title) == norm(truth["title"])
    else:
        out["no headline"] = meta.title == name and any("file name" in w for w in meta.warnings)
    if truth["date"]:
        out["date"] = (meta.date or "")[:10] == truth["date"]
    if truth["author"]:
        want = {norm(a) for a in truth["author"]}
        have = {norm(a.name) for a in meta.authors if a.name}
        out["author"] = bool(want & have) or any(w in h or h in w for w in want for h in have)
    if truth["first_words"]:
        out["story first"] = bool(paragraphs) and norm(paragraphs[0]).startswith(norm(truth["first_words"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=Path, required=True, help="folder with the scrape's four CSV files")
    ap.add_argument("--held-out", action="store_true", help="score the held-out pages, not the dev pages")
    ap.add_argument("--fresh", action="store_true", help="score the 60 pages kept for the end")
    ap.add_argument("--verbose", action="store_true", help="print each field got wrong")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    csv.field_size_limit(1 << 30)
    rows = {}
    for name, file in FILES.items():
        with (args.rows / file).open(encoding="utf-8", newline="") as f:
            rows.update({(name, r["id"]): r["text"] for r in csv.DictReader(f)})
    tally: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        part = "fresh" if args.fresh else "held" if args.held_out else "dev"
        for name, row in truth["split"][part]:
            want = truth["pages"][f"{name}:{row}"]
            if not want["article"]:
                continue
            path = Path(tmp) / f"{row}.txt"
            path.write_text(page_text(rows[(name, row)]), encoding="utf-8")
            article = briefing.prepare(path)
            for field, right in checks(want, article, row).items():
                tally.setdefault(field, [0, 0])
                tally[field][0] += right
                tally[field][1] += 1
                if args.verbose and not right:
                    print(f"  {name}:{row} {field}: got {article.metadata.title!r:.70} / {article.metadata.date}"
                          f" / {[a.name for a in article.metadata.authors]}")
    print(part, "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
