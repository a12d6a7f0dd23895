"""`briefing batch` of one set of articles at several git revisions, side by side.

    PYTHONPATH=. .venv/bin/python benchmarks/batch_revisions.py 7dd99d0 HEAD --runs 7
    PYTHONPATH=. .venv/bin/python benchmarks/batch_revisions.py HEAD~1 . --jobs 1

Each revision is checked out into a temporary git worktree ("." is the working tree as
it is); every round runs `briefing batch --force` once per revision, in turn, so that a
busy spell of the shared machine hits them all alike; the medians and each revision's
ratio to the first are printed. The set is benchmarks/batch.py's (the corpus and the
sample, 40 articles by default).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import ROOT, make_set  # noqa: E402


def checkout(revision: str, where: Path) -> Path:
    """A folder holding the code of `revision` ("." is the working tree)."""
    if revision == ".":
        return ROOT
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), revision], check=True)
    return where


def timed_batch(code: Path, articles: Path, out: Path, jobs: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing", "batch", str(articles), "-o", str(out), "--jobs", str(jobs),
                    "--force", "-q"], cwd=code, env=dict(os.environ, PYTHONPATH=str(code)),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+", help="git revisions; '.' is the working tree")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefing-revisions-") as tmp:
        work = Path(tmp)
        make_set(work / "articles", args.articles)
        codes = {}
        try:
            for index, revision in enumerate(args.revisions):
                codes[revision] = checkout(revision, work / f"code-{index}")
            times: dict[str, list[float]] = {r: [] for r in args.revisions}
            for round_ in range(args.runs):
                for revision, code in codes.items():
                    times[revision].append(timed_batch(code, work / "articles", work / "out", args.jobs))
                print(f"round {round_ + 1}: " + ", ".join(f"{r} {t[-1]:.2f} s" for r, t in times.items()), flush=True)
        finally:
            for code in codes.values():
                if code != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(code)], check=False)
        first = statistics.median(times[args.revisions[0]])
        print(f"\nbatch --jobs {args.jobs} --force, {args.articles} articles, medians of {args.runs} rounds:")
        for revision, values in times.items():
            median = statistics.median(values)
            print(f"  {revision:12} {median:6.2f} s  (runs {min(values):.2f} to {max(values):.2f}; "
                  f"{median / first:.3f}x the first)")


if __name__ == "__main__":
    main()
