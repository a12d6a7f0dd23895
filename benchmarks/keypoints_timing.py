"""Time key points and timeline on a 100,000-word text (the corpus's plain texts repeated).

The bound in the issue: key points for 100,000 words in under 2 s on this machine.
Run: PYTHONPATH=. python benchmarks/keypoints_timing.py [WORDS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from _corpus import CORPUS

from briefing.analysis.keypoints import key_points
from briefing.analysis.timeline import build_timeline
from briefing.readers import read
from briefing.readers.text import parse


def long_text(words: int) -> str:
    """Body paragraphs of the corpus texts, repeated (with a heading per copy) up to `words`."""
    paragraphs = []
    for path in sorted((CORPUS / "text").glob("*.txt")):
        paragraphs += [t for _, _, t in read(path).paragraphs()]
    size = sum(len(p.split()) for p in paragraphs)
    out = []
    for copy in range(words // size + 1):
        out.append(f"Part {copy + 1}")
        out += paragraphs
    return "A very long article\n\n" + "\n\n".join(out)


def main() -> int:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    article = parse(long_text(words), Path("long.txt"))
    n = sum(len(t.split()) for _, _, t in article.paragraphs())
    timings = {}
    for name, run in (("key points", lambda: key_points(article, 5)),
                      ("timeline", lambda: build_timeline(article))):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
        timings[name] = best
    for name, seconds in timings.items():
        print(f"{name:10} {n:,} words: {seconds:.3f} s (best of 3){'  OVER 2 s' if seconds >= 2 else ''}")
    return 0 if timings["key points"] < 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
