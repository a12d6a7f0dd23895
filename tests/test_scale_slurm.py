"""Scale-out proven on a scheduler: the Slurm recipe of deploy/slurm/ run on a one-node
cluster (scripts/slurm-local.sh), with one task killed mid-run and requeued and one
cancelled mid-run and submitted again, checked against a single-machine `briefing batch`
of the same articles. And `merge_reports` / `briefing merge-reports`, which the last
step of the recipe uses."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.batch import discover, merge_reports, output_names, shard_of
from briefing.cli import cli
from briefing.errors import BriefingError

from .conftest import CORPUS, ROOT

SLURM_LOCAL = ROOT / "scripts" / "slurm-local.sh"
SUBMIT = ROOT / "deploy" / "slurm" / "submit.sh"
BIN = Path(sys.executable).parent  # where the venv's `briefing` is
SHARDS = 4


# -- merge_reports and `briefing merge-reports` -------------------------------------------

def shard_report(k: int, n: int, names: list[str], status: str = "rendered", **summary) -> dict:
    """A report as `briefing batch --shard k/n --report` writes it, for articles `names`."""
    articles = [{"input": f"articles/{name}", "output": f"out/{Path(name).stem}.pdf", "status": status,
                 "pages": 2, "seconds": 0.5, "warnings": [], "error": None if status != "failed" else "bad"}
                for name in names]
    return {"tool": "briefing", "version": "0.1.0", "shard": f"{k}/{n}", "options": {"theme": "default"},
            "summary": {"articles": len(names), "rendered": sum(a["status"] == "rendered" for a in articles),
                        "skipped": sum(a["status"] == "skipped" for a in articles),
                        "failed": sum(a["status"] == "failed" for a in articles), "not_run": 0,
                        "seconds": 1.0, "interrupted": False, **summary},
            "articles": articles}


def test_merge_reports_puts_shards_in_order_and_every_article_once():
    second = shard_report(2, 3, ["c.md", "d.md"], status="skipped")
    second["articles"][1] |= {"status": "failed", "error": "articles/d.md: bad"}
    reports = [shard_report(3, 3, ["e.md"]), shard_report(1, 3, ["a.md", "b.md"]), second]
    merged = merge_reports(reports, complete=True)
    assert merged["shards"] == ["1/3", "2/3", "3/3"]
    assert [a["input"] for a in merged["articles"]] == [f"articles/{x}.md" for x in "abcde"]
    assert merged["summary"] == {"articles": 5, "rendered": 3, "skipped": 1, "failed": 1, "seconds": 3.0}
    assert merged["incomplete"] == [] and merged["options"] == {"theme": "default"}
    assert merge_reports([])["summary"]["articles"] == 0


@pytest.mark.parametrize("reports, message", [
    ([shard_report(1, 2, ["a.md"]), shard_report(1, 2, ["b.md"])], "shard 1/2 is given twice"),
    ([shard_report(1, 2, ["a.md"]), shard_report(2, 3, ["b.md"])], "different shard counts"),
    ([shard_report(1, 2, ["a.md"]), shard_report(2, 2, ["a.md"])], "articles/a.md is listed twice"),
    ([shard_report(1, 2, ["a.md"]), shard_report(2, 2, ["b.md"]) | {"options": {"theme": "policy"}}],
     "different options"),
    ([shard_report(1, 2, ["a.md"]) | {"shard": "3/2"}], "malformed shard"),
])
def test_merge_reports_refuses_reports_of_different_batches(reports, message):
    with pytest.raises(BriefingError, match=re.escape(message)):
        merge_reports(reports)


def test_merge_reports_names_missing_and_interrupted_shards():
    reports = [shard_report(1, 4, ["a.md"]), shard_report(3, 4, ["c.md"], interrupted=True),
               shard_report(4, 4, ["d.md"])]
    assert merge_reports(reports)["incomplete"] == ["2/4", "3/4"]
    with pytest.raises(BriefingError, match=re.escape("shards missing or interrupted: 2/4, 3/4")):
        merge_reports(reports, complete=True)


def test_merge_reports_command(tmp_path):
    paths = []
    for k, names, status in ((1, ["a.md"], "rendered"), (2, ["b.md", "c.md"], "skipped")):
        paths.append(tmp_path / f"shard-{k}.json")
        paths[-1].write_text(json.dumps(shard_report(k, 2, names, status)))
    run = CliRunner().invoke
    result = run(cli, ["merge-reports", *map(str, paths), "-o", str(tmp_path / "all" / "shards.json")])
    assert result.exit_code == 0, result.output
    assert "rendered 1, skipped 2, failed 0 of 3 articles" in result.stderr
    merged = json.loads((tmp_path / "all" / "shards.json").read_text())
    assert [a["input"] for a in merged["articles"]] == ["articles/a.md", "articles/b.md", "articles/c.md"]
    # to standard output; a failed article: exit 1, like briefing batch
    paths[0].write_text(json.dumps(shard_report(1, 2, ["a.md"], "failed")))
    result = run(cli, ["merge-reports", *map(str, paths)])
    assert result.exit_code == 1 and json.loads(result.stdout)["summary"]["failed"] == 1
    # a shard missing: a usage error naming it, unless --partial
    result = run(cli, ["merge-reports", str(paths[1])])
    assert result.exit_code == 2 and "shards missing or interrupted: 1/2" in result.stderr
    assert run(cli, ["merge-reports", "--partial", str(paths[1])]).exit_code == 0
    # never over one of its inputs; not a report
    result = run(cli, ["merge-reports", *map(str, paths), "-o", str(paths[0])])
    assert result.exit_code == 2 and "refusing to write over" in result.stderr
    (tmp_path / "junk.json").write_text("{not json")
    result = run(cli, ["merge-reports", str(tmp_path / "junk.json")])
    assert result.exit_code == 2 and "not a JSON report" in result.stderr


# -- the recipe on a one-node Slurm cluster ------------------------------------------------

def _run(args: list, env: dict, cwd: Path | None = None, timeout: float = 60) -> str:
    proc = subprocess.run([str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def _ours(conf: str) -> bool:
    """A cluster of scripts/slurm-local.sh (on this machine, so /tmp is shared storage)."""
    try:
        return "Written by scripts/slurm-local.sh" in Path(conf).read_text()
    except OSError:
        return False


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The environment for sbatch & co.: the running one-node cluster (.ci/run starts one), or
    one started here and stopped afterwards. Skips only where Slurm cannot be installed."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    conf = os.environ.get("SLURM_CONF", "")
    if conf and _ours(conf):
        _run(["sinfo"], env, timeout=30)  # it must answer: a cluster said to run and broken fails
        yield env
        return
    env["BRIEFING_SLURM_DIR"] = str(tmp_path_factory.mktemp("slurm"))
    proc = subprocess.run([SLURM_LOCAL, "start"], env=env, capture_output=True, text=True, timeout=900)
    if proc.returncode == 3:
        pytest.skip(f"Slurm cannot be installed here: {proc.stderr.strip()}")
    try:
        assert proc.returncode == 0, f"scripts/slurm-local.sh start failed:\n{proc.stderr}"
        env["SLURM_CONF"] = proc.stdout.strip().removeprefix("export SLURM_CONF=")
        yield env
    finally:
        subprocess.run([SLURM_LOCAL, "stop"], env=env, capture_output=True, timeout=120)


def _tasks(env: dict, job: str) -> dict[str, str]:
    """The state of every task of array `job` (pending, running or ended), by task id."""
    out = _run(["squeue", "-h", "-r", "-t", "all", "-j", job, "-o", "%K %T"], env)
    return dict(line.split() for line in out.splitlines() if line.strip())


def _state(env: dict, job: str) -> str:
    out = _run(["squeue", "-h", "-t", "all", "-j", job, "-o", "%T"], env).split()
    return out[0] if out else "GONE"


def _wait(what: str, ready, timeout: float, logs: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = ready()
        if value:
            return value
        time.sleep(0.05)
    shown = "\n".join(f"--- {p.name}\n{p.read_text()}" for p in sorted(logs.glob("*.log")))
    raise AssertionError(f"timed out waiting for {what}; the job logs:\n{shown}")


def theme_stamp() -> str:
    """What the stamps say of the tool, options and theme files: the merge step skips the
    shards' PDFs only while it is the same."""
    from briefing import themes
    from briefing.batch import batch_fingerprint
    from briefing.options import DEFAULTS

    return batch_fingerprint(DEFAULTS, themes.load(DEFAULTS.theme, DEFAULTS.theme_dirs))


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


@pytest.mark.cluster
@pytest.mark.slow
def test_array_with_a_requeued_and_a_cancelled_task_matches_one_machine(cluster, tmp_path, monkeypatch):
    work = tmp_path / "work"
    for kind in ("html", "markdown", "text"):
        shutil.copytree(CORPUS / kind, work / "articles" / kind, ignore=shutil.ignore_patterns("*.json"))
    monkeypatch.chdir(work)  # the recipe's paths are relative to the folder it is submitted from
    theme_before = theme_stamp()
    paths = discover(["articles"])
    names = output_names(paths)
    members = {k: {names[p] for p in paths if shard_of(p, SHARDS) == k} for k in range(1, SHARDS + 1)}
    assert 12 <= len(paths) <= 20 and all(members.values())

    # One machine, one command: what the cluster must reproduce.
    _run(["briefing", "batch", "articles", "-o", "single", "--jobs", "2", "--quiet",
          "--report", "single/reports/all.json", "--combine", "single/briefing-book.pdf"], cluster, work, 300)

    array, merge = _run([SUBMIT, SHARDS, "output", "articles"], cluster, work).split()
    stamps = work / "output" / ".briefing-batch"
    logs = work / "logs"

    def done(k: int) -> int:
        return sum((stamps / f"{name}.json").exists() for name in members[k])

    # Kill two tasks mid-run (some of their PDFs done, not all): the first with `scontrol
    # requeue` (the kill and requeue a node failure brings), the second with `scancel`.
    acted: dict[str, tuple[int, int]] = {}

    def act():
        for task, state in _tasks(cluster, array).items():
            k = int(task)
            if state != "RUNNING" or k in [v[0] for v in acted.values()] or not 1 <= done(k) < len(members[k]):
                continue
            how = "requeue" if not acted else "cancel"
            _run(["scontrol", "requeue", f"{array}_{k}"] if how == "requeue" else ["scancel", f"{array}_{k}"],
                 cluster)
            acted[how] = (k, done(k))
        return len(acted) == 2

    _wait("two tasks to kill mid-run", act, 120, logs)
    requeued, cancelled = acted["requeue"][0], acted["cancel"][0]

    # The cancelled task stays cancelled, so the merge job (afterok) is cancelled too.
    def array_over():
        states = _tasks(cluster, array)
        return len(states) == SHARDS and all(s in ("COMPLETED", "CANCELLED") for s in states.values()) and states
    states = _wait("the array to end", array_over, 150, logs)
    assert states == {str(k): "CANCELLED" if k == cancelled else "COMPLETED" for k in range(1, SHARDS + 1)}
    _wait("the merge job to be cancelled", lambda: _state(cluster, merge) == "CANCELLED", 60, logs)
    reports = work / "output" / "reports"
    assert sorted(p.name for p in reports.iterdir()) == sorted(
        f"shard-{k}.json" for k in range(1, SHARDS + 1) if k != cancelled)

    # Finish the batch as the documentation says: the cancelled task again, then the merge.
    again, merge = _run([SUBMIT, SHARDS, "output", "articles"], cluster | {"TASKS": str(cancelled)}, work).split()
    _wait("the second merge job", lambda: _state(cluster, merge) in ("COMPLETED", "FAILED", "CANCELLED"),
          150, logs)
    assert _state(cluster, merge) == "COMPLETED", (logs / f"briefing-merge-{merge}.log").read_text()

    # The requeued task ran twice, its first run cut short; the rerun skipped what was done.
    info = _run(["scontrol", "-o", "show", "job", f"{array}_{requeued}"], cluster)
    assert "Restarts=1" in info, info
    log = (logs / f"briefing-{array}_{requeued}.log").read_text()
    first, second = log.split("run 2,")
    assert "run 1," in first and "ended with exit code" not in first and "ended with exit code 0" in second, log
    # The cancelled task's first run was cut short too; its second one skipped what was done.
    log = (logs / f"briefing-{array}_{cancelled}.log").read_text()
    assert "ended with exit code" not in log, log
    assert "ended with exit code 0" in (logs / f"briefing-{again}_{cancelled}.log").read_text()
    for how, (k, before) in acted.items():
        summary = json.loads((reports / f"shard-{k}.json").read_text())["summary"]
        print(f"{how}: task {k} killed with {before} of {len(members[k])} PDFs done; its last run "
              f"skipped {summary['skipped']} and rendered {summary['rendered']}")
        assert summary["skipped"] >= before >= 1 and summary["rendered"] >= 1 and summary["failed"] == 0, \
            (how, before, summary)
        assert summary["skipped"] + summary["rendered"] == len(members[k])

    # The merged report: every article exactly once, as in the single machine's report.
    merged = json.loads((reports / "shards.json").read_text())
    single = json.loads((work / "single" / "reports" / "all.json").read_text())
    assert merged["shards"] == [f"{k}/{SHARDS}" for k in range(1, SHARDS + 1)] and merged["incomplete"] == []
    assert Counter(a["input"] for a in merged["articles"]) == Counter(a["input"] for a in single["articles"])
    assert set(Counter(a["input"] for a in merged["articles"]).values()) == {1}
    assert {a["status"] for a in merged["articles"]} <= {"rendered", "skipped"}
    assert merged["summary"]["articles"] == len(paths) == single["summary"]["rendered"]
    book = json.loads((reports / "book.json").read_text())["summary"]
    assert book["skipped"] + book["rendered"] == len(paths) and book["failed"] == 0
    if theme_stamp() == theme_before:  # (a checkout touching the theme's files renders again)
        assert book["skipped"] == len(paths), book

    # The same PDFs with the same page counts, the same book, and no part file anywhere.
    cluster_pdfs = sorted(p.name for p in (work / "output").glob("*.pdf"))
    assert cluster_pdfs == sorted(p.name for p in (work / "single").glob("*.pdf"))
    assert len(cluster_pdfs) == len(paths) + 1  # and the book
    assert {n: _pages(work / "output" / n) for n in cluster_pdfs} == \
        {n: _pages(work / "single" / n) for n in cluster_pdfs}
    assert [p for p in work.rglob("*") if p.name.endswith(".part")] == []
