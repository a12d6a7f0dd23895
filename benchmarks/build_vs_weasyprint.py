"""Time `briefing build` of the sample against the plain `weasyprint` command on its HTML.

Runs both commands alternately, several times, in one run (the machine is shared and
noisy), and prints the medians and their ratio; also times `briefing --help`.

    .venv/bin/python benchmarks/build_vs_weasyprint.py [--runs 7] [ARTICLE]
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

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(cmd: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "source/does-china-care-about-north-korea.txt"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from briefing import themes
    from briefing.options import DEFAULTS
    from briefing.pipeline import prepare
    from briefing.render import paper_size, render_html

    article = Path(args.article)
    theme = themes.load("policy")
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    # The same HTML and CSS briefing renders, given to the weasyprint command directly.
    html_file = work / "briefing.html"
    html_file.write_text(render_html(prepare(article), theme), encoding="utf-8")
    css = [arg for sheet in theme.stylesheets for arg in ("-s", str(sheet))]
    page_css = work / "page.css"
    page_css.write_text(f"@page {{ size: {paper_size(DEFAULTS, theme)}; }}")
    css += ["-s", str(page_css)]

    briefing_cmd = [str(BIN / "briefing"), "build", str(article), "-o", str(work / "b.pdf")]
    weasy_cmd = [str(BIN / "weasyprint"), *css, str(html_file), str(work / "w.pdf")]
    help_cmd = [str(BIN / "briefing"), "--help"]
    timed(briefing_cmd), timed(weasy_cmd)  # warm the file system caches
    ours, theirs, helps = [], [], []
    for _ in range(args.runs):
        ours.append(timed(briefing_cmd))
        theirs.append(timed(weasy_cmd))
        helps.append(timed(help_cmd))
    b, w, h = (statistics.median(x) for x in (ours, theirs, helps))
    print(f"article: {article.name}  runs: {args.runs}")
    print(f"briefing build   median {b:.3f} s")
    print(f"weasyprint (CLI) median {w:.3f} s")
    print(f"ratio build/weasyprint: {b / w:.3f}  (target <= 1.15)")
    print(f"briefing --help  median {h:.3f} s  (target < 0.2)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
