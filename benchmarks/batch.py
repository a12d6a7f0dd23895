"""Batch rendering speed and memory, measured side by side and printed as ratios.

    PYTHONPATH=. .venv/bin/python benchmarks/batch.py            # 3 runs, medians
    PYTHONPATH=. .venv/bin/python benchmarks/batch.py --runs 1 --memory 0

The set is 40 articles: the whole corpus (Markdown, text and saved web pages) and the
sample (with its sidecar), copied as needed, as the issue defines it; `--set no-html`
leaves the web pages out. Each run times, in one go:

  loop-build   a shell loop calling `briefing build` once per article
  batch-j1     `briefing batch --jobs 1 --force`
  batch-j2     `briefing batch --jobs 2 --force`
  loop-weasy   a shell loop of the plain `weasyprint` command on the same articles'
               HTML (from briefing.render.render_html) and the theme's stylesheets
  rerun        `briefing batch --jobs 2` again with nothing changed

and the memory step renders N articles in one worker (no recycling, then the
default recycling) and compares its peak resident memory after 10 and after N.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SAMPLE = ROOT / "source" / "does-china-care-about-north-korea.txt"
PYTHON = sys.executable
WEASYPRINT = Path(sys.executable).with_name("weasyprint")


#: The corpus folders each set draws on: "corpus" is the issue's set (the whole corpus and
#: the sample); "no-html" leaves out the saved web pages, which are shorter than the rest.
SETS = {"corpus": (("markdown", "*.md"), ("text", "*.txt"), ("html", "*.html")),
        "no-html": (("markdown", "*.md"), ("text", "*.txt"))}


def sources(which: str = "corpus") -> list[Path]:
    """The distinct articles the set is copied from."""
    found = [SAMPLE]
    for sub, pattern in SETS[which]:
        found += sorted((CORPUS / sub).glob(pattern))
    return found


def make_set(folder: Path, count: int, which: str = "corpus") -> list[Path]:
    """`count` articles in `folder`, cycling through the sources (sidecars copied too)."""
    from briefing.readers.sidecar import sidecar_path

    folder.mkdir(parents=True)
    originals = sources(which)
    made = []
    for i in range(count):
        src = originals[i % len(originals)]
        dst = folder / f"{i:03d}-{src.name}"
        shutil.copyfile(src, dst)
        if sidecar_path(src).is_file():
            shutil.copyfile(sidecar_path(src), sidecar_path(dst))
        made.append(dst)
    return made


def make_html(articles: list[Path], folder: Path) -> tuple[list[Path], list[Path]]:
    """Each article's briefing HTML, and the stylesheets the renderer would add to it."""
    from briefing import themes
    from briefing.options import DEFAULTS
    from briefing.pipeline import prepare
    from briefing.render import paper_size, render_html

    folder.mkdir(parents=True)
    theme = themes.load("policy")
    page = folder / "page.css"
    page.write_text(f"@page {{ size: {paper_size(DEFAULTS, theme)}; }}\n", encoding="utf-8")
    pages = []
    for article in articles:
        path = folder / (article.stem + ".html")
        path.write_text(render_html(prepare(article), theme), encoding="utf-8")
        pages.append(path)
    return pages, [*theme.stylesheets, page]


def timed(command: str) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of a shell command, which must succeed."""
    import resource

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["bash", "-c", command], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_run(articles: list[Path], html: list[Path], sheets: list[Path], work: Path) -> dict:
    """Time every contender once, side by side."""
    q = shlex.quote
    briefing = f"{q(PYTHON)} -m briefing"
    for name in ("loop", "j1", "j2", "weasy"):
        shutil.rmtree(work / name, ignore_errors=True)
        (work / name).mkdir()
    src = q(str(articles[0].parent))
    build_loop = "; ".join(f"{briefing} build {q(str(a))} -o {q(str(work / 'loop' / (a.stem + '.pdf')))}"
                           for a in articles)
    styles = " ".join(f"-s {q(str(s))}" for s in sheets)
    weasy_loop = "; ".join(f"{q(str(WEASYPRINT))} {styles} {q(str(h))} {q(str(work / 'weasy' / (h.stem + '.pdf')))}"
                           for h in html)
    times, cpu = {}, {}
    times["loop-build"], cpu["loop-build"] = timed("set -e; " + build_loop)
    times["batch-j1"], cpu["batch-j1"] = timed(f"{briefing} batch {src} -o {q(str(work / 'j1'))} --jobs 1 --force -q")
    times["batch-j2"], cpu["batch-j2"] = timed(f"{briefing} batch {src} -o {q(str(work / 'j2'))} --jobs 2 --force -q")
    times["loop-weasy"], cpu["loop-weasy"] = timed("set -e; " + weasy_loop)
    times["rerun"], cpu["rerun"] = timed(f"{briefing} batch {src} -o {q(str(work / 'j2'))} --jobs 2 -q")
    return {"wall": times, "cpu": cpu}


def _peak_kb() -> int:
    """This process's peak resident memory (kB)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise SystemExit("the memory step reads /proc/self/status")


def memory(work: Path, count: int, which: str = "corpus") -> dict:
    """A worker's peak resident memory (kB) after 10 and after `count` articles, and the
    article whose rendering raised the peak the most (its position, the rise, its name).

    The worker notes its peak after each article in a file: `render_item` is wrapped
    here, before the batch forks its workers, so the product itself measures nothing."""
    from briefing.batch import DEFAULT_RECYCLE_AFTER, pool, run_batch
    from briefing.options import Options

    articles = make_set(work / "memory-set", count, which)
    real = pool.render_item
    out = {}
    for label, recycle in (("no recycling", 0), (f"recycled every {DEFAULT_RECYCLE_AFTER}", DEFAULT_RECYCLE_AFTER)):
        log = work / f"memory-{recycle}.log"

        def noted(item, options, theme, log=log):
            done = real(item, options, theme)
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"{_peak_kb()} {item.input.name}\n")
            return done

        pool.render_item = noted
        try:
            result = run_batch([articles[0].parent], work / f"memory-{recycle}", Options(), jobs=1,
                               force=True, recycle_after=recycle)
        finally:
            pool.render_item = real
        failed = [item.error for item in result.items if item.status != "rendered"]
        if failed:
            raise SystemExit(f"memory run failed: {failed[:3]}")
        peaks = [(int(kb), name) for kb, name in (line.split(" ", 1) for line in log.read_text().splitlines())]
        kb = [k for k, _ in peaks]
        rises = [(kb[i] - max(kb[:i]), i + 1, peaks[i][1]) for i in range(1, len(kb))]
        out[label] = (max(kb[:10]), max(kb), max(rises))
    return out


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="side-by-side runs (medians reported)")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--memory", type=int, default=200, help="articles for the memory step (0: skip)")
    parser.add_argument("--set", choices=sorted(SETS), default="corpus",
                        help="corpus: the whole corpus and the sample (the issue's set); "
                             "no-html: without the web pages")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        work = Path(tmp)
        articles = make_set(work / "articles", args.articles, args.set)
        html, sheets = make_html(articles, work / "html")
        runs, cpus = [], []
        for i in range(args.runs):
            measured = one_run(articles, html, sheets, work)
            runs.append(measured["wall"])
            cpus.append(measured["cpu"])
            print(f"run {i + 1}: " + ", ".join(f"{k} {v:.2f} s (cpu {measured['cpu'][k]:.2f})"
                                              for k, v in measured["wall"].items()), flush=True)

        def median(key, table=runs):
            return statistics.median(r[key] for r in table)

        def ratio(a, b, table=runs):
            return statistics.median(r[a] / r[b] for r in table)

        pages = sum(len(PdfReader(p).pages) for p in (work / "j1").glob("*.pdf"))
        print(f"\n{args.articles} articles from the {args.set!r} set ({pages} pages), medians of {args.runs} run(s),"
              f" {os.cpu_count()} CPUs (load average now {os.getloadavg()[0]:.1f})")
        print(f"  {'':11} {'wall':>8} {'cpu':>8}")
        for key in runs[0]:
            print(f"  {key:11} {median(key):7.2f}s {median(key, cpus):7.2f}s")
        print("  wall-clock ratios (targets from the issue), and the same ratio in CPU seconds:")
        print(f"  batch --jobs 1 vs loop of `briefing build`: {ratio('loop-build', 'batch-j1'):.2f}x faster"
              f"  (target >= 3; cpu {ratio('loop-build', 'batch-j1', cpus):.2f}x)")
        print(f"  batch --jobs 2 vs --jobs 1:                  {ratio('batch-j1', 'batch-j2'):.2f}x faster"
              f"  (target >= 1.6; cpu {ratio('batch-j1', 'batch-j2', cpus):.2f}x)")
        print(f"  batch --jobs 2 vs loop of `weasyprint`:      {ratio('loop-weasy', 'batch-j2'):.2f}x faster"
              f"  (target >= 5; cpu {ratio('loop-weasy', 'batch-j2', cpus):.2f}x)")
        print(f"  rerun with nothing changed:                  {median('rerun'):.2f} s"
              "  (target < 1)")
        if args.memory:
            for label, (after10, after_n, (rise, at, name)) in memory(work, args.memory, args.set).items():
                print(f"  worker peak memory, {label}: {after10 / 1024:.0f} MB after 10, "
                      f"{after_n / 1024:.0f} MB after {args.memory}: {after_n / after10:.2f}x  (target <= 1.5);"
                      f" largest rise +{rise / 1024:.0f} MB at article {at} ({name})")


if __name__ == "__main__":
    main()
