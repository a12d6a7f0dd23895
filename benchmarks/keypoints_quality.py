"""Key points, bottom line and timeline against the rules of issue 15: how many break each.

Over every article at hand: the corpus (tests/fixtures/corpus: html, markdown, text), the
sample in source/, and the 181 pages of ../shared/extraction-benchmark (skipped with a note
when that folder is absent), each read with briefing's readers and run through
`briefing.analysis.analyse`. The rules live in benchmarks/_rules.py, apart from the product
code, so the benchmark judges the product's filters rather than repeating them:

- key points: speaker label, salutation/thanks, discourse-marker opener, unresolved pronoun
  opener, question, call to action, navigation text, fragment, too long;
- bottom line (the article's `bottom_line` if the model has one, else what the intelligence
  theme printed before it had one: the description, else the first key point): empty (or
  left out), tagline, site-name suffix, equals title;
- timeline entries the analysis extracted (origin "extracted", shown in the box or not):
  non-date number, commentary year, duplicate, date-only text, starts / ends mid-sentence.

Target: 0 in every row. Prints a table (rule, count, up to 3 examples) and the totals.
Run: .venv/bin/python benchmarks/keypoints_quality.py [--json OUT] [--no-benchmark] [--examples K]
     [--extra DIR ...]  (gathered corpora, such as the articles gathered for the readers)
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

from _corpus import BENCHMARK, benchmark_pages, files, load, load_benchmark, samples
from _rules import POINT_RULES, TIMELINE_RULE_NAMES, bottom_line_problems, point_problems, timeline_problems

from briefing.analysis import analyse

BOTTOM_LINE_RULES = ["empty", "tagline", "site-name suffix", "equals title"]


def gathered(folder: Path) -> list[Path]:
    """The articles of a gathered corpus (the keys of its expected.json, or every article file)."""
    listing = folder / "expected.json"
    if listing.is_file():  # a key names its file, with or without the suffix ("dw-colonial" for dw-colonial.html)
        keys = json.loads(listing.read_text(encoding="utf-8"))
        return [next((p for p in (folder / key, *(folder / f"{key}{s}" for s in _SUFFIXES)) if p.is_file()),
                     folder / key) for key in keys]
    return sorted(p for p in folder.rglob("*") if p.suffix in _SUFFIXES)


_SUFFIXES = (".html", ".md", ".markdown", ".txt")


def articles(with_benchmark: bool, extra: list[Path] = ()):
    """Yield (set, name, site, loader) for every article at hand."""
    for folder in extra:
        for path in gathered(folder):
            yield "gathered", f"{folder.name}/{path.relative_to(folder)}", None, (lambda p=path: load(p))
    for path in files():
        yield "corpus", f"{path.parent.name}/{path.name}", None, (lambda p=path: load(p))
    for path in samples():
        yield "sample", f"source/{path.name}", None, (lambda p=path: load(p))
    if not with_benchmark:
        return
    pages = benchmark_pages()
    if not pages:
        print(f"note: {BENCHMARK} not found; its 181 pages are skipped")
    for sha, page, url in pages:
        host = urlparse(url).netloc.removeprefix("www.")
        yield "benchmark", f"{host}/{sha[:8]}", url, (lambda p=page: load_benchmark(p))


def bottom_line(article) -> tuple[str | None, str]:
    """The bottom line a reader sees, and where it came from."""
    if hasattr(article, "bottom_line"):  # the model has one: the theme prints it, or nothing when None
        given = article.bottom_line
        return (str(getattr(given, "text", given)) if given is not None else None), "bottom_line"
    if article.metadata.description:
        return article.metadata.description, "description"
    if article.key_points:
        return article.key_points[0].text, "first point"
    return None, "none"


class Tally:
    """Counts and examples per rule."""

    def __init__(self, rules, k):
        self.rules, self.k = list(rules), k
        self.count = defaultdict(int)
        self.shown = defaultdict(int)
        self.examples = defaultdict(list)

    def add(self, rule, name, text, shown=True):
        self.count[rule] += 1
        self.shown[rule] += shown
        seen = {n for n, _ in self.examples[rule]}
        if len(self.examples[rule]) < self.k and name not in seen:
            self.examples[rule].append((name, text))

    def print(self, title, total, with_shown=False):
        print(f"\n{title} ({total})")
        head = f"  {'rule':27} {'count':>6} {'%':>6}" + (f" {'shown':>6}" if with_shown else "")
        print(head + "  examples")
        for rule in self.rules:
            n = self.count[rule]
            pct = f"{100 * n / total:5.1f}%" if total else "    -"
            line = f"  {rule:27} {n:6} {pct:>6}" + (f" {self.shown[rule]:6}" if with_shown else "")
            examples = self.examples[rule]
            print(line + ("  " + _cut(*examples[0]) if examples else ""))
            pad = " " * (len(line) + 2)
            for name, text in examples[1:]:
                print(pad + _cut(name, text))

    def as_dict(self, with_shown=False):
        out = {rule: self.count[rule] for rule in self.rules}
        if with_shown:
            out = {rule: {"all": self.count[rule], "shown": self.shown[rule]} for rule in self.rules}
        return out


def _cut(name: str, text: str) -> str:
    text = " ".join(text.split())
    return f"[{name}] {text[:100]}{'…' if len(text) > 100 else ''}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", metavar="OUT", help="write the counts to this JSON file")
    parser.add_argument("--no-benchmark", action="store_true", help="skip ../shared/extraction-benchmark")
    parser.add_argument("--examples", type=int, default=3, metavar="K", help="examples per rule (3)")
    parser.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR",
                        help="a gathered corpus to add (its expected.json keys, or every article file)")
    args = parser.parse_args()

    started = time.time()
    points = Tally([name for name, _ in POINT_RULES], args.examples)
    bottom = Tally(BOTTOM_LINE_RULES, args.examples)
    timeline = Tally(TIMELINE_RULE_NAMES, args.examples)
    sets = defaultdict(int)
    failed = []
    n_points = n_given = n_entries = n_shown = 0
    bad_points = bad_entries = 0
    sources = defaultdict(int)
    for group, name, site, loader in articles(not args.no_benchmark, args.extra):
        try:
            article = analyse(loader())
        except Exception as exc:  # a page the readers or the analysis cannot take is reported, not fatal
            failed.append(f"{name}: {type(exc).__name__}: {str(exc)[:80]}")
            continue
        sets[group] += 1
        for point in article.key_points:
            n_points += 1
            n_given += point.origin == "given"
            problems = point_problems(point.text)
            bad_points += bool(problems)
            for rule in problems:
                points.add(rule, name, point.text)
        text, source = bottom_line(article)
        sources[source] += 1
        for rule in bottom_line_problems(text, article.metadata.title, site or article.metadata.source,
                                         article.metadata.language or "en"):
            bottom.add(rule, name, text or "")
        entries = [e for e in article.timeline if e.origin == "extracted"]
        n_entries += len(entries)
        n_shown += sum(e.shown for e in entries)
        for entry, problems in zip(entries, timeline_problems(entries)):
            bad_entries += any(not rule.startswith("(info)") for rule in problems)
            for rule in problems:
                timeline.add(rule, name, f"{entry.date} ({entry.precision}): {entry.text}", entry.shown)

    n_articles = sum(sets.values())
    print(f"run {time.strftime('%Y-%m-%d %H:%M:%S %Z')}; {time.time() - started:.0f} s")
    print(f"articles: {n_articles} (" + ", ".join(f"{k} {v}" for k, v in sets.items()) + ")"
          + (f"; {len(failed)} failed" if failed else ""))
    print(f"key points: {n_points} ({n_given} given by the author); breaking a rule: {bad_points}")
    print("bottom line from: " + ", ".join(f"{k} {v}" for k, v in sources.items()))
    print(f"timeline entries (extracted): {n_entries}, {n_shown} shown; breaking a rule: {bad_entries}")
    points.print("KEY POINTS", n_points)
    bottom.print("BOTTOM LINE", n_articles)
    timeline.print("TIMELINE ENTRIES (shown = in the rendered box)", n_entries, with_shown=True)
    for line in failed:
        print("failed:", line)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "articles": dict(sets, total=n_articles), "failed": len(failed),
            "key_points": {"total": n_points, "given": n_given, "breaking": bad_points, **points.as_dict()},
            "bottom_line": {"sources": dict(sources), **bottom.as_dict()},
            "timeline": {"total": n_entries, "shown": n_shown, "breaking": bad_entries,
                         **timeline.as_dict(with_shown=True)},
        }, indent=2) + "\n")
        print(f"counts written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
