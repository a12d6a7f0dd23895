"""Scale-out on Slurm: the wall time and per-article time of the deploy/slurm/ recipe with
1, 2 and 4 array tasks, and the inputs of the model for N machines in docs/scaling.md.

    PYTHONPATH=. .venv/bin/python benchmarks/scale.py              # 2 runs each, medians
    PYTHONPATH=. .venv/bin/python benchmarks/scale.py --runs 3 --tasks 1 2 4

It runs on the one-node cluster of scripts/slurm-local.sh (a partition of 2 CPUs): the one
SLURM_CONF names if it is that script's, else one it starts and stops again. Each task asks
for 2 CPUs (deploy/slurm/briefing-array.sh), so on this node the tasks of an array run one
after another, and the difference between 1, 2 and 4 tasks is what a task costs besides its
articles. Each run is `deploy/slurm/submit.sh N output articles` into a fresh output folder,
timed from the submission until the merge job (merged report and book) is done; the rounds
interleave the task counts (1, 2, 4, 1, 2, 4, ...) so the machine's noise falls on all of
them. Then one machine without Slurm, `briefing batch --jobs 2 --combine`, as the baseline.

The set: ../shared/corpus and the 181 pages of ../shared/extraction-benchmark (decompressed)
when they are there (and not --fixtures), else tests/fixtures/corpus.

Printed: per task count the medians of the wall time, the wall time per article, the time
until the last task ended, the gaps in it when no task ran (scheduling), and the merge job;
then a least-squares fit over every task of every run, task time = start-up + articles x
per-article time, which with the merge time is the model of docs/scaling.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
SLURM_LOCAL = ROOT / "scripts" / "slurm-local.sh"
SUBMIT = ROOT / "deploy" / "slurm" / "submit.sh"
BIN = Path(sys.executable).parent
JOBS = 2  # the CPUs a task asks for (deploy/slurm/briefing-array.sh), its --jobs
ENDED = ("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "BOOT_FAIL", "DEADLINE")


def make_set(articles: Path, fixtures: bool) -> str:
    """Copy the articles into `articles`; say what they are."""
    corpus = SHARED / "corpus" if (SHARED / "corpus").is_dir() and not fixtures else FIXTURES
    for kind in ("html", "markdown", "text"):
        shutil.copytree(corpus / kind, articles / "corpus" / kind, ignore=shutil.ignore_patterns("*.json"))
    what = f"{corpus.relative_to(ROOT.parent) if corpus.is_relative_to(ROOT.parent) else corpus}"
    pages = [] if fixtures else sorted((SHARED / "extraction-benchmark" / "html").glob("*.html.gz"))
    if pages:
        (articles / "extraction-benchmark").mkdir()
        for page in pages:
            (articles / "extraction-benchmark" / page.name.removesuffix(".gz")).write_bytes(
                gzip.decompress(page.read_bytes()))
        what += f" + {len(pages)} pages of shared/extraction-benchmark"
    return what


def run(args: list, env: dict, cwd: Path) -> str:
    proc = subprocess.run([str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def watch(env: dict, jobs: list[str], start: float, timeout: float = 3600) -> dict[str, tuple[float, float]]:
    """Poll squeue until every job (array tasks one by one) has ended: {id: (started, ended)},
    seconds after `start`, to the polling interval (0.1 s)."""
    began: dict[str, float] = {}
    ended: dict[str, float] = {}
    while time.monotonic() - start < timeout:
        out = run(["squeue", "-h", "-r", "-t", "all", "-j", ",".join(jobs), "-o", "%i %T"], env, ROOT)
        now = time.monotonic() - start
        states = dict(line.split() for line in out.splitlines() if line.strip())
        for job, state in states.items():
            if state in ("RUNNING", "COMPLETING") or state in ENDED:
                began.setdefault(job, now)
            if state in ENDED:
                ended.setdefault(job, now)
                if state != "COMPLETED":
                    sys.exit(f"job {job} ended {state}")
        if states and len(ended) == len(states) and not any(s == "PENDING" for s in states.values()):
            return {job: (began[job], ended[job]) for job in states}
        time.sleep(0.1)
    sys.exit("timed out")


def one_run(n: int, env: dict, work: Path) -> dict:
    out = work / "output"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(work / "logs", ignore_errors=True)
    start = time.monotonic()
    array, merge = run([SUBMIT, n, "output", "articles"], env, work).split()
    times = watch(env, [array, merge], start)
    tasks = []
    for k in range(1, n + 1):
        report = json.loads((out / "reports" / f"shard-{k}.json").read_text())
        began, ended = times[f"{array}_{k}"]
        tasks.append({"articles": report["summary"]["rendered"], "wall": ended - began,
                      "batch": report["summary"]["seconds"], "began": began, "ended": ended,
                      "cpu": sum(a["seconds"] for a in report["articles"])})
    merged = json.loads((out / "reports" / "shards.json").read_text())["summary"]
    book = json.loads((out / "reports" / "book.json").read_text())["summary"]
    if merged["failed"] or merged["articles"] != sum(t["articles"] for t in tasks):
        sys.exit(f"unexpected merged report: {merged}")
    last = max(t["ended"] for t in tasks)
    busy = sum(t["wall"] for t in tasks)
    return {"wall": times[merge][1], "array": last, "gaps": last - busy, "merge": times[merge][1] - times[merge][0],
            "articles": merged["articles"], "tasks": tasks,
            "book": {"rendered": book["rendered"], "seconds": book["seconds"]}}


def one_machine(env: dict, work: Path) -> float:
    out = work / "single"
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    run(["briefing", "batch", "articles", "-o", "single", "--jobs", "2", "--quiet",
         "--report", "single/reports/all.json", "--combine", "single/briefing-book.pdf"], env, work)
    return time.perf_counter() - start


def ours(conf: str) -> bool:
    try:
        return "Written by scripts/slurm-local.sh" in Path(conf).read_text()
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="runs of each task count (medians)")
    parser.add_argument("--tasks", type=int, nargs="+", default=[1, 2, 4], help="the array sizes")
    parser.add_argument("--fixtures", action="store_true", help="only tests/fixtures/corpus (17 articles)")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    parser.add_argument("--from-json", type=Path, help="print the report of measurements written with --json")
    args = parser.parse_args()
    if args.from_json:
        saved = json.loads(args.from_json.read_text())
        runs = {int(n): rs for n, rs in saved["runs"].items()}
        report(saved["set"], runs, saved["one_machine"], len(next(iter(runs.values()))))
        return

    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    started = None
    if not ours(env.get("SLURM_CONF", "")):
        started = tempfile.mkdtemp(prefix="briefing-bench-slurm-")
        env["BRIEFING_SLURM_DIR"] = started
        env["SLURM_CONF"] = run([SLURM_LOCAL, "start"], env, ROOT).strip().removeprefix("export SLURM_CONF=")
    try:
        with tempfile.TemporaryDirectory(prefix="briefing-scale-") as folder:
            work = Path(folder)
            what = make_set(work / "articles", args.fixtures)
            results: dict[int, list[dict]] = {n: [] for n in args.tasks}
            single = []
            for round_ in range(args.runs):
                for n in args.tasks:
                    results[n].append(one_run(n, env, work))
                    r = results[n][-1]
                    print(f"  round {round_ + 1}, {n} task(s): wall {r['wall']:.1f} s, last task ended "
                          f"{r['array']:.1f} s, merge {r['merge']:.1f} s", file=sys.stderr)
                single.append(one_machine(env, work))
                print(f"  round {round_ + 1}, one machine: {single[-1]:.1f} s", file=sys.stderr)
            report(what, results, single, args.runs)
            if args.json:
                args.json.write_text(json.dumps({"set": what, "runs": results, "one_machine": single}, indent=1))
    finally:
        if started:
            subprocess.run([SLURM_LOCAL, "stop"], env=env, capture_output=True)


def report(what: str, results: dict[int, list[dict]], single: list[float], runs: int) -> None:
    med = statistics.median
    articles = next(iter(results.values()))[0]["articles"]
    print(f"set: {articles} articles ({what}); one node, a partition of 2 CPUs, each task 2 CPUs "
          f"(--jobs {JOBS}), so the tasks run one after another; medians of {runs} runs")
    print()
    print("| array tasks | wall s | per article s | last task ended s | gaps s | merge job s |")
    # (the medians of wall and merge include any merge that rendered again; see below)
    print("|---|---|---|---|---|---|")
    for n, rs in results.items():
        print(f"| {n} | {med(r['wall'] for r in rs):.1f} | {med(r['wall'] / r['articles'] for r in rs):.3f} | "
              f"{med(r['array'] for r in rs):.1f} | {med(r['gaps'] for r in rs):.1f} | "
              f"{med(r['merge'] for r in rs):.1f} |")
    print(f"| one machine, no Slurm | {med(single):.1f} | {med(single) / articles:.3f} | | | |")
    # The model's inputs. An article's cost: the worker seconds the reports give it (CPU
    # time, under this machine's load); a task's start-up: its wall time less its
    # articles' share of its CPUs (Python start, discovery, warm-up, the last article's
    # tail, exit); the gap: time between tasks (and before the first) with none running.
    tasks = [t for rs in results.values() for r in rs for t in r["tasks"]]
    per_article = med(sum(t["cpu"] for t in r["tasks"]) / r["articles"] for rs in results.values() for r in rs)
    startup = med(t["wall"] - t["cpu"] / JOBS for t in tasks)
    outside = med(t["wall"] - t["batch"] for t in tasks)
    gap = med(r["gaps"] / len(r["tasks"]) for rs in results.values() for r in rs)
    # A merge job that rendered articles again (theme files touched between the shards and
    # the merge, as on a shared working tree) is not the merge this measures.
    merges = [r["merge"] for rs in results.values() for r in rs if not r.get("book", {}).get("rendered")]
    redone = sum(len(rs) for rs in results.values()) - len(merges)
    merge = med(merges)
    print()
    print(f"per article: {per_article:.3f} CPU-seconds (its worker's time in the reports), so "
          f"{per_article / JOBS:.3f} s of wall time on {JOBS} CPUs")
    print(f"start-up per task: {startup:.2f} s (a task's wall time less its articles' CPU-seconds / {JOBS}; "
          f"{outside:.2f} s of it outside `briefing batch`'s own timing), scheduling gap per task: {gap:.2f} s")
    print(f"merge job (merge-reports, a batch that skips every article, the book): {merge:.1f} s"
          + (f" ({redone} merge job(s) that rendered articles again left out)" if redone else ""))
    print(f"model, N machines of {JOBS} CPUs: T(N) = {gap + startup:.1f} s + {articles} x {per_article:.3f} / "
          f"({JOBS} N) s + {merge:.1f} s, plus the largest shard's excess over n/N")
    print("the same model for this node, the tasks one after another: "
          + ", ".join(f"{n} task(s) {n * (gap + startup) + articles * per_article / JOBS + merge:.1f} s"
                      for n in results) + " (measured: see the table)")


if __name__ == "__main__":
    main()
