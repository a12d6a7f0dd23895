"""Timeline check against hand-listed events: recall and precision of the extracted timeline.

`tests/fixtures/timeline_truth/truth.json` lists, for 20 articles, the dated events a person
found in each text (written before this code was run on them; see the README there). Each
article is read with briefing's readers (gzipped benchmark pages through a temporary .html
file) and analysed twice: with `timeline_max=100` (every extracted entry) and with the
defaults (the entries the PDF box shows). A third table scores what the PDF prints: the box,
or every entry where the briefing ends with the full chronology (`render.html.chronology`).

Matching. An entry matches a truth event when the dates are compatible (same year at least,
and the same month / day where both state them; a decade entry matches a decade event of the
same start, a year entry matches a decade event that contains it) and the entry text contains
one of the event's keywords (case-insensitive). An event with no keywords, or any event of an
article marked `"date_only": true`, is matched on the date alone when it is the only truth
event with that date.

Recall: share of the required (not `optional`) events that some entry matches. Precision:
share of the entries that match some event, optional ones included; an entry whose date is
not in the truth at all is wrong. Duplicates (a second entry for an event already matched)
are counted as correct but reported. Totals: micro (summed) and macro (mean of per-article
figures, over articles that have events / entries).

Run: .venv/bin/python benchmarks/timeline_events.py [--verbose] [article-id ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUTH_DIR = ROOT / "tests" / "fixtures" / "timeline_truth"
TRUTH = TRUTH_DIR / "truth.json"
SHARED_PAGES = ROOT.parent / "shared" / "extraction-benchmark" / "html"
sys.path.insert(0, str(ROOT))

from briefing.analysis import analyse  # noqa: E402
from briefing.readers import read  # noqa: E402

CUT = 90


def cut(text: str, n: int = CUT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ---------------------------------------------------------------- dates


@dataclass(frozen=True)
class When:
    """A date as (year, month, day) with None for what is not stated; `decade` marks a decade."""

    year: int
    month: int | None = None
    day: int | None = None
    decade: bool = False


def truth_when(date: str) -> When:
    """"2019", "2019-11", "2019-11-19" or a decade "1990s"."""
    if date.endswith("s"):
        return When(int(date[:4]), decade=True)
    parts = [int(p) for p in date.split("-")]
    return When(parts[0], *(parts[1:] + [None, None])[:2])


def entry_when(date: str, precision: str | None) -> When | None:
    try:
        parts = [int(p) for p in date[:10].split("-")]
    except ValueError:
        return None
    if precision == "decade":
        return When(parts[0], decade=True)
    return When(parts[0], *(parts[1:] + [None, None])[:2])


def compatible(event: When, entry: When) -> bool:
    if event.decade or entry.decade:
        if event.decade and entry.decade:
            return event.year == entry.year
        if event.decade:  # a year (or finer) inside the event's decade
            return event.year <= entry.year <= event.year + 9
        return False  # a decade entry does not state the year of a year event
    if event.year != entry.year:
        return False
    if event.month is not None and entry.month is not None and event.month != entry.month:
        return False
    if event.day is not None and entry.day is not None and event.day != entry.day:
        return False
    return True


# ---------------------------------------------------------------- loading


def article_path(spec: str, tmp: Path) -> Path:
    """The file to read: repo-relative path, or `shared:<sha>` for a benchmark page; a
    gzipped page is decompressed to a temporary .html file."""
    if spec.startswith("shared:"):
        path = SHARED_PAGES / f"{spec.split(':', 1)[1]}.html.gz"
    else:
        path = ROOT / spec
    if path.name.endswith(".gz"):
        out = tmp / path.name[: -len(".gz")]
        out.write_bytes(gzip.decompress(path.read_bytes()))
        return out
    return path


def printed(article) -> list:
    """The extracted entries the PDF prints: the whole chronology when the briefing ends with
    it, else the box's."""
    from briefing.render.html import chronology

    return extracted(article, shown_only=not chronology(article))


def extracted(article, shown_only: bool) -> list:
    entries = [e for e in article.timeline if getattr(e, "origin", "extracted") == "extracted"]
    if shown_only:
        entries = [e for e in entries if getattr(e, "shown", True)]
    return entries


# ---------------------------------------------------------------- scoring


@dataclass
class Score:
    events: int = 0  # required events
    found: int = 0
    entries: int = 0
    correct: int = 0
    duplicates: int = 0
    relative: int = 0
    relative_found: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.found / self.events if self.events else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.entries if self.entries else None


def score(truth: dict, entries: list) -> Score:
    events = truth["events"]
    whens = [truth_when(ev["date"]) for ev in events]
    date_only = truth.get("date_only", False)
    s = Score()
    matched_by: dict[int, int] = {}
    for entry in entries:
        when = entry_when(entry.date, getattr(entry, "precision", None))
        text = entry.text.lower()
        hits = []
        if when is not None:
            same_date = [i for i, w in enumerate(whens) if compatible(w, when)]
            for i in same_date:
                keys = events[i].get("keywords") or []
                if any(k.lower() in text for k in keys):
                    hits.append(i)
                elif (date_only or not keys) and len(same_date) == 1:
                    hits.append(i)
        s.entries += 1
        if hits:
            s.correct += 1
            if all(i in matched_by for i in hits):
                s.duplicates += 1
            for i in hits:
                matched_by[i] = matched_by.get(i, 0) + 1
        else:
            label = f"{entry.date}" + ("s" if getattr(entry, "precision", "") == "decade" else "")
            s.wrong.append(f"{label}: {cut(entry.text)}")
    for i, ev in enumerate(events):
        if ev.get("optional"):
            continue
        s.events += 1
        s.relative += bool(ev.get("relative"))
        if i in matched_by:
            s.found += 1
            s.relative_found += bool(ev.get("relative"))
        else:
            s.missed.append(f"{ev['date']}{' (rel)' if ev.get('relative') else ''}: {cut(ev['what'])}")
    return s


def pct(num: int, den: int) -> str:
    return f"{num}/{den} ({num / den:.0%})" if den else "-"


def report(title: str, scores: dict[str, Score]) -> None:
    print(f"\n=== {title} ===")
    print(f"{'article':24} {'events':>6} {'entries':>7} {'recall':>13} {'precision':>13} {'dups':>4}")
    for key, s in scores.items():
        print(f"{key:24} {s.events:6} {s.entries:7} {pct(s.found, s.events):>13} "
              f"{pct(s.correct, s.entries):>13} {s.duplicates:4}")
        for m in s.missed:
            print(f"    missed  {m}")
        for w in s.wrong:
            print(f"    wrong   {w}")
    tot = Score()
    for s in scores.values():
        for f in ("events", "found", "entries", "correct", "duplicates", "relative", "relative_found"):
            setattr(tot, f, getattr(tot, f) + getattr(s, f))
    recalls = [s.recall for s in scores.values() if s.recall is not None]
    precisions = [s.precision for s in scores.values() if s.precision is not None]
    print(f"{'TOTAL (micro)':24} {tot.events:6} {tot.entries:7} {pct(tot.found, tot.events):>13} "
          f"{pct(tot.correct, tot.entries):>13} {tot.duplicates:4}")
    macro_r = sum(recalls) / len(recalls) if recalls else 0.0
    macro_p = sum(precisions) / len(precisions) if precisions else 0.0
    print(f"{'MEAN (macro)':24} {'':6} {'':7} {macro_r:>13.0%} {macro_p:>13.0%}"
          f"   (over {len(recalls)} / {len(precisions)} articles)")
    explicit = tot.events - tot.relative
    print(f"recall on explicit dates {pct(tot.found - tot.relative_found, explicit)}, "
          f"on relative dates {pct(tot.relative_found, tot.relative)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="*", help="article ids (default: all)")
    ap.add_argument("--verbose", action="store_true", help="also list every matched entry")
    ap.add_argument("--truth", type=Path, default=TRUTH,
                    help="the truth file (default: tests/fixtures/timeline_truth/truth.json); a held-out "
                         "set of the same shape can be scored with it")
    args = ap.parse_args(argv)
    truth = {k: v for k, v in json.loads(args.truth.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    keys = args.ids or list(truth)
    print(f"timeline_events: {len(keys)} articles, run {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    all_scores: dict[str, Score] = {}
    shown_scores: dict[str, Score] = {}
    printed_scores: dict[str, Score] = {}
    errors = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key in keys:
            t = truth[key]
            label = f"{key} [{t.get('lang', '?')}]"
            path = article_path(t["file"], Path(tmp))
            try:
                article = read(path)
                full = analyse(article, timeline_max=100)
                shown = analyse(article)
            except Exception as exc:  # a crash scores as an empty timeline, and is reported
                print(f"ERROR {key}: {type(exc).__name__}: {exc}")
                errors += 1
                all_scores[label] = shown_scores[label] = printed_scores[label] = score(t, [])
                continue
            all_scores[label] = score(t, extracted(full, shown_only=False))
            shown_scores[label] = score(t, extracted(shown, shown_only=True))
            printed_scores[label] = score(t, printed(shown))
            if args.verbose:
                print(f"\n--- {key}: {path.name} (date {article.metadata.date})")
                for e in extracted(full, shown_only=False):
                    print(f"    {e.date:10} {getattr(e, 'precision', ''):6} {cut(e.text)}")
    report("every extracted entry (analyse(article, timeline_max=100))", all_scores)
    report("shown timeline (analyse(article), default timeline_max)", shown_scores)
    report("printed: the box, or the full chronology after the body where there is one", printed_scores)
    if errors:
        print(f"{errors} article(s) crashed (scored as empty timelines)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
