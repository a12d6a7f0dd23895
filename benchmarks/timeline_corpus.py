"""Timeline on the corpus: recall of the years `expected.json` lists, and precision.

Recall: share of the article's expected body years found among its extracted events
(a decade event "1960s" counts for 1960). Precision: share of extracted events whose
date is a date written in the text: its year is one of the expected body years, or it
was resolved from a relative expression ("last year", "in March") against the article's
date. Run: PYTHONPATH=. python benchmarks/timeline_corpus.py
"""

from __future__ import annotations

from _corpus import CORPUS, expected, files, html_via, load

from briefing.analysis.timeline import build_timeline, find_relative_dates


def main() -> int:
    exp = expected()
    print(f"HTML read by: {html_via()}")
    print(f"{'article':58} {'events':>6} {'recall':>12} {'precision':>12}  missing / not-in-text")
    total_found = total_years = total_ok = total_events = 0
    for path in files():
        key = f"{path.parent.name}/{path.name}"
        if key not in exp:
            continue
        article = load(path)
        events = [e for e in build_timeline(article) if e.origin == "extracted"]
        want = set(exp[key].get("years") or [])
        got = {int(e.date[:4]) for e in events}
        found = want & got
        bad = []
        for e in events:
            in_text = int(e.date[:4]) in want
            relative = any(d == e.date for _, d, _ in find_relative_dates(e.text, article.metadata.date))
            if not (in_text or relative):
                bad.append(f"{e.date}:{e.text[:40]!r}")
        ok = len(events) - len(bad)
        total_found += len(found)
        total_years += len(want)
        total_ok += ok
        total_events += len(events)
        rec = f"{len(found)}/{len(want)}" if want else "-"
        prec = f"{ok}/{len(events)}" if events else "-"
        notes = " ".join(str(y) for y in sorted(want - got)) + (" | " + " ".join(bad) if bad else "")
        print(f"{key:58} {len(events):6} {rec:>12} {prec:>12}  {notes}")
    print(f"{'TOTAL':58} {total_events:6} {total_found}/{total_years} ({total_found / max(1, total_years):.0%})"
          f" {total_ok}/{total_events} ({total_ok / max(1, total_events):.0%})")
    print(f"corpus: {CORPUS}")
    return 0 if total_found == total_years and total_ok == total_events else 1


if __name__ == "__main__":
    raise SystemExit(main())
