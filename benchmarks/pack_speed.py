"""`briefing pack` against `briefing batch` on the same 20 articles, side by side in one
run (cold: empty output and work folders), and a pack rerun after one article is added.

    .venv/bin/python benchmarks/pack_speed.py [--runs 3] [--corpus ../shared/extraction-benchmark/html]

Issue 18 asks: the pack in no more than 1.2x the batch's time, and the rerun after adding
one article in under a third of the pack's. Medians of --runs alternating runs.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".txt", ".md", ".html", ".htm"}


def articles(corpus: Path, count: int) -> list[Path]:
    found = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith((".", "README"))
                   and (p.suffix.lower() in SUFFIXES or p.name.lower().endswith(".html.gz")))
    if len(found) < count:
        raise SystemExit(f"{corpus} holds {len(found)} articles; {count} are needed")
    return found[:count]


def copy(source: Path, target: Path) -> Path:
    """Copy an article, unpacking the benchmark's gzipped pages."""
    if source.name.endswith(".gz"):
        target = target.with_name(target.name[:20] + ".html")
        target.write_bytes(gzip.decompress(source.read_bytes()))
        return target
    shutil.copy(source, target)
    return target


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "extraction-benchmark" / "html")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    picked = articles(args.corpus, 21)
    briefing = [sys.executable, "-m", "briefing"]
    batch_times, pack_times, rerun_times = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for n, path in enumerate(picked[:20]):
            copy(path, folder / f"{n:02d}-{path.name}")
        for run in range(args.runs):
            out, work = Path(tmp) / f"batch{run}", Path(tmp) / f"work{run}"
            batch = [*briefing, "batch", str(folder), "-o", str(out), "--jobs", str(args.jobs), "-q"]
            pack = [*briefing, "pack", str(folder), "-o", str(Path(tmp) / f"pack{run}.pdf"), "--work-dir", str(work),
                    "--jobs", str(args.jobs), "-q"]
            order = [("batch", batch), ("pack", pack)] if run % 2 == 0 else [("pack", pack), ("batch", batch)]
            for name, command in order:
                (batch_times if name == "batch" else pack_times).append(timed(command))
            added = copy(picked[20], folder / f"20-{picked[20].name}")
            rerun_times.append(timed(pack))  # the 20 briefings are current: only the new one renders
            added.unlink()
    batch_s, pack_s, rerun_s = (statistics.median(t) for t in (batch_times, pack_times, rerun_times))
    print(f"batch, 20 articles, cold:        median {batch_s:.2f} s  {[round(t, 2) for t in batch_times]}")
    print(f"pack,  20 articles, cold:        median {pack_s:.2f} s  {[round(t, 2) for t in pack_times]}")
    print(f"pack rerun, one article added:   median {rerun_s:.2f} s  {[round(t, 2) for t in rerun_times]}")
    print(f"pack / batch = {pack_s / batch_s:.2f} (target <= 1.2); rerun / pack = {rerun_s / pack_s:.2f} "
          "(target < 0.33)")
    # The machine is shared: each run's own ratios, side by side, drift less than the medians' ratio.
    paired = [p / b for p, b in zip(pack_times, batch_times)]
    reruns = [r / p for r, p in zip(rerun_times, pack_times)]
    print(f"run by run: pack / batch median {statistics.median(paired):.2f} {[round(x, 2) for x in paired]}; "
          f"rerun / pack median {statistics.median(reruns):.2f} {[round(x, 2) for x in reruns]}")


if __name__ == "__main__":
    main()
