"""Near-duplicate detection of briefing packs (issue 18) on real wire copies.

The subjects (`benchmarks/duplicate_subjects/*.yaml`) are pages of one news day from the
scrape that github.com/asprout/ArticleComparisons publishes in `data/*_articles.csv` (one
row per page: id, publisher, scrape time, the page's text with its paragraphs joined by
"###"): the same AP, Reuters, CNN or Bloomberg story in several outlets, versions of it,
pages scraped twice, and other writers' stories on the same event. Each subject lists by
hand, written before the code ran on it, its duplicate groups and some pairs that look
alike but are not duplicates (see the yaml files for the rules).

Each row is written as a plain-text article (paragraphs apart), read with
`briefing.prepare` as a user's scraped text would be, and `crossread.find_duplicates` runs
on the subject's articles. Prints per subject and in total: precision and recall of the
duplicate pairs (every pair inside a group), the pairs found wrongly and the pairs missed.

Subjects with `news_cluster: true` are instead days of the news-cluster corpus of
github.com/fhamborg/Giveme5W1H (many short events of late 2017, several printed from one AP or
Reuters copy, in versions): each article is written as `benchmarks/pack.py --clusters` writes it
(its text, a sidecar with headline, site, date, address).

The subjects marked `held_out` run only with `--held-out` (run them once, at the end, and
report them apart).

Run: PYTHONPATH=. .venv/bin/python benchmarks/duplicates.py --rows DIR [--clusters DIR] [--held-out]
(--rows holds the repository's `data/*_articles.csv`, e.g. from `git show
60fad0f:data/spotify_articles.csv`; --clusters holds Giveme5W1H's
`Giveme5W1H/examples/datasets/news_cluster/data/*.json`.)
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = ROOT / "benchmarks" / "duplicate_subjects"
sys.path.insert(0, str(ROOT))

import briefing  # noqa: E402
from briefing.batch.pack import crossread  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from pack import cluster_subject  # noqa: E402


def rows(path: Path) -> dict[str, str]:
    """The scrape's pages by id, as plain text with a blank line between paragraphs."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return {r["id"]: "\n\n".join(p.strip() for p in r["text"].split("###") if p.strip()) + "\n"
                for r in csv.DictReader(f)}


def pairs(groups) -> set[frozenset[str]]:
    out = set()
    for group in groups:
        members = sorted(str(m) for m in group)
        out |= {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]}
    return out


def ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def run_subject(truth: dict, pages: dict[str, str] | None, listing: Path, clusters: Path | None) -> dict:
    """The subject's pairs found, true and listed as not duplicates, and the groups found."""
    ids = [str(i) for i in truth["files"]]
    with tempfile.TemporaryDirectory() as tmp:
        if pages is None:
            assert clusters is not None
            paths = cluster_subject(listing, clusters, Path(tmp))[1]
        else:
            paths = []
            for i in ids:
                path = Path(tmp) / f"{i}.txt"
                path.write_text(pages[i], encoding="utf-8")
                paths.append(path)
        articles = [briefing.prepare(p) for p in paths]
    groups = crossread.find_duplicates(articles)
    found = pairs([[ids[m] for m in g.members] for g in groups])
    true = pairs([g["files"] for g in truth.get("duplicates", [])])
    listed_not = pairs(truth.get("not_duplicates", []))
    return {"found": found, "true": true, "listed_not": listed_not,
            "groups": [[ids[m] for m in g.members] for g in groups]}


def report(name: str, r: dict) -> None:
    tp = len(r["found"] & r["true"])
    print(f"{name}: P={ratio(tp, len(r['found'])):.2f} R={ratio(tp, len(r['true'])):.2f}"
          f" ({tp} of {len(r['true'])} pairs found, {len(r['found'])} reported)")
    for g in r["groups"]:
        print("    group", g)
    for p in sorted(r["found"] - r["true"], key=sorted):
        listed = " (listed as not a duplicate)" if p in r["listed_not"] else ""
        print("    wrong pair", sorted(p), listed)
    for p in sorted(r["true"] - r["found"], key=sorted):
        print("    missed pair", sorted(p))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=Path, required=True, help="folder with the scrape's data/*_articles.csv")
    ap.add_argument("--clusters", type=Path, help="folder with Giveme5W1H's news_cluster data/*.json")
    ap.add_argument("--held-out", action="store_true", help="run the held-out subjects only")
    args = ap.parse_args()
    total = {"tp": 0, "found": 0, "true": 0}
    for path in sorted(SUBJECTS.glob("*.yaml")):
        truth = yaml.safe_load(path.read_text(encoding="utf-8"))
        if bool(truth.get("held_out")) != args.held_out:
            continue
        if truth.get("news_cluster"):
            if args.clusters is None:
                print(f"{truth['subject']}: skipped (needs --clusters)")
                continue
            r = run_subject(truth, None, path, args.clusters)
        else:
            r = run_subject(truth, rows(args.rows / truth["csv"]), path, None)
        report(truth["subject"], r)
        total["tp"] += len(r["found"] & r["true"])
        total["found"] += len(r["found"])
        total["true"] += len(r["true"])
    print(f"all: P={ratio(total['tp'], total['found']):.2f} R={ratio(total['tp'], total['true']):.2f}"
          f" ({total['tp']} of {total['true']} pairs found, {total['found']} reported)")


if __name__ == "__main__":
    main()
