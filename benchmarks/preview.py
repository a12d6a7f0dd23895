"""How fast `briefing preview` follows an edit: from saving the sample article to the new
page images shown in the browser (Debian's Chromium, through Playwright), median of N
edits, with a cold `briefing build` of the same article beside it.

    .venv/bin/python benchmarks/preview.py                 # 10 edits, 3 cold builds
    .venv/bin/python benchmarks/preview.py --screenshot docs/preview.png

Each edit changes one word of the title, so every rebuild is a real one. The time runs
from the file's write to the moment the page's first two images (the ones in view) have
been swapped and drawn.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.preview_support import SAMPLE, chromium, running_preview  # noqa: E402

SHOWN = ("() => { const imgs = [...document.querySelectorAll('#pages img')].slice(0, 2);"
         " return imgs.length > 0 && imgs[0].getAttribute('src') !== %r"
         " && imgs.every(i => i.complete && i.naturalWidth > 0); }")


def cold_builds(article: Path, runs: int) -> list[float]:
    """Seconds for `briefing build` in a new process, each run."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing", "build", str(article), "-o",
                        str(article.with_name("cold.pdf"))], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def edits(article: Path, count: int, screenshot: Path | None) -> list[float]:
    """Seconds from each save to the refreshed page images."""
    original = article.read_text(encoding="utf-8")
    times = []
    with running_preview(article) as preview, chromium() as page:
        page.set_viewport_size({"width": 1440, "height": 900})
        page.goto(preview.url)
        page.wait_for_function(SHOWN % "", timeout=60_000)
        for n in range(count + 1):  # the first edit warms the page's own script up; not counted
            before = page.get_attribute("#pages img", "src")
            word = f"Beijing{n}" if n % 2 else f"China{n}"
            started = time.perf_counter()
            article.write_text(original.replace("China", word, 1), encoding="utf-8")
            page.wait_for_function(SHOWN % before, timeout=60_000, polling=5)
            if n:
                times.append(time.perf_counter() - started)
        if screenshot is not None:
            before = page.get_attribute("#pages img", "src")
            article.write_text(original, encoding="utf-8")
            page.wait_for_function(SHOWN % before, timeout=60_000)
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--cold", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, default=None, help="also save a screenshot of the page here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / SAMPLE.name
        shutil.copy(SAMPLE, article)
        cold = cold_builds(article, args.cold)
        followed = edits(article, args.edits, args.screenshot.resolve() if args.screenshot else None)
    print(f"edit -> page images shown: median {statistics.median(followed):.3f} s over {len(followed)} edits "
          f"(min {min(followed):.3f}, max {max(followed):.3f})")
    print(f"cold `briefing build`:     median {statistics.median(cold):.3f} s over {len(cold)} runs")
    print(f"ratio: an edit costs {statistics.median(followed) / statistics.median(cold):.2f} of a cold build")


if __name__ == "__main__":
    main()
