"""The recipes of deploy/ as files: the Kubernetes manifests parsed (no kubectl needed), the
scripts' exit-code policy run against a stand-in `briefing`, the Containerfile against
scripts/setup.sh, and docs/scaling.md against all of them."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
SLURM = DEPLOY / "slurm"
DOCS = ROOT / "docs" / "scaling.md"

#: A stand-in for `briefing` (and `sbatch`): records its arguments, exits as told.
FAKE = """#!/bin/sh
echo "$(basename "$0") $*" >> "$FAKE_LOG"
case "$1" in
  merge-reports) exit "${FAKE_MERGE_CODE:-0}" ;;
  batch) exit "${FAKE_BATCH_CODE:-0}" ;;
esac
n=$(wc -l < "$FAKE_LOG"); echo "$((n + 100))"
"""


def manifest(name: str) -> list[dict]:
    return list(yaml.safe_load_all((K8S / name).read_text()))


def container(job: dict) -> dict:
    [c] = job["spec"]["template"]["spec"]["containers"]
    return c


def env_of(c: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in c.get("env", [])}


@pytest.fixture
def fake(tmp_path):
    """A PATH whose `briefing` and `sbatch` are the stand-in; the log of their calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("briefing", "sbatch"):
        (bin_dir / name).write_text(FAKE)
        (bin_dir / name).chmod(0o755)
    log = tmp_path / "calls.log"
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", FAKE_LOG=str(log))
    return env, log


def calls(log: Path) -> list[list[str]]:
    return [shlex.split(line) for line in log.read_text().splitlines()] if log.exists() else []


# -- Kubernetes -----------------------------------------------------------------------------

def test_the_manifests_parse_and_are_what_they_say():
    kinds = {name.name: [d["kind"] for d in manifest(name.name)] for name in sorted(K8S.glob("*.yaml"))}
    assert kinds == {"briefing-batch.yaml": ["Job"], "briefing-data.yaml": ["PersistentVolumeClaim"],
                     "briefing-merge.yaml": ["Job"]}
    [pvc] = manifest("briefing-data.yaml")
    assert pvc["spec"]["accessModes"] == ["ReadWriteMany"]  # every shard's pod writes to it at once
    for name in ("briefing-batch.yaml", "briefing-merge.yaml"):
        [job] = manifest(name)
        assert job["apiVersion"] == "batch/v1"
        pod = job["spec"]["template"]["spec"]
        assert pod["restartPolicy"] == "Never"  # podFailurePolicy requires it
        c = container(job)
        # outputs land on the shared volume: the working folder is its mount
        [mount] = c["volumeMounts"]
        [volume] = pod["volumes"]
        assert mount["name"] == volume["name"] and mount["mountPath"] == c["workingDir"]
        assert volume["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"]
        # 2 or 70 fails the Job at once; a node drained, preempted or lost is retried, uncounted
        rules = job["spec"]["podFailurePolicy"]["rules"]
        assert rules[0] == {"action": "FailJob", "onExitCodes": {
            "containerName": c["name"], "operator": "In", "values": [2, 70]}}
        assert {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]} in rules
        assert job["spec"]["backoffLimit"] >= 1
        # --jobs is the CPU request (in a container the host's CPU count is not the limit)
        assert f"--jobs {c['resources']['requests']['cpu']}" in c["args"][0]
    [batch], [merge] = manifest("briefing-batch.yaml"), manifest("briefing-merge.yaml")
    assert container(batch)["image"] == container(merge)["image"]  # or the stamps do not match
    spec = batch["spec"]
    assert spec["completionMode"] == "Indexed"
    assert env_of(container(batch))["SHARDS"] == str(spec["completions"])


def run_pod(job: dict, env: dict, cwd: Path, **extra) -> int:
    c = container(job)
    assert c["command"] == ["/bin/sh", "-c"]
    env = env | env_of(c) | {k: str(v) for k, v in extra.items()}
    return subprocess.run(["/bin/sh", "-c", c["args"][0]], env=env, cwd=cwd).returncode


@pytest.mark.parametrize("code, expected", [(0, 0), (1, 0), (2, 2), (70, 70), (143, 143)])
def test_an_indexed_pod_renders_its_shard_and_maps_exit_codes(fake, tmp_path, code, expected):
    env, log = fake
    [job] = manifest("briefing-batch.yaml")
    for index in range(job["spec"]["completions"]):
        log.unlink(missing_ok=True)
        assert run_pod(job, env, tmp_path, JOB_COMPLETION_INDEX=index, FAKE_BATCH_CODE=code) == expected
        k, n = index + 1, job["spec"]["completions"]
        assert calls(log) == [["briefing", "batch", "articles/", "-o", "output/", "--quiet", "--jobs", "2",
                               "--shard", f"{k}/{n}", "--report", f"output/reports/shard-{k}.json"]]
    assert (tmp_path / "output" / "reports").is_dir()


@pytest.mark.parametrize("merge_code, batch_code, expected, batch_runs", [
    (0, 0, 0, True), (1, 1, 0, True), (2, 0, 2, False), (70, 0, 70, False), (0, 2, 2, True), (0, 70, 70, True)])
def test_the_merge_pod_merges_then_builds_the_book(fake, tmp_path, merge_code, batch_code, expected, batch_runs):
    env, log = fake
    [job] = manifest("briefing-merge.yaml")
    assert run_pod(job, env, tmp_path, FAKE_MERGE_CODE=merge_code, FAKE_BATCH_CODE=batch_code) == expected
    merge, *rest = calls(log)
    assert merge[:2] == ["briefing", "merge-reports"] and merge[-2:] == ["-o", "output/reports/shards.json"]
    assert rest == ([["briefing", "batch", "articles/", "-o", "output/", "--quiet", "--jobs", "2", "--report",
                      "output/reports/book.json", "--combine", "output/briefing-book.pdf"]] if batch_runs else [])


# -- Slurm ------------------------------------------------------------------------------------

def sbatch_options(script: Path) -> list[str]:
    return re.findall(r"^#SBATCH (\S+)", script.read_text(), re.M)


def test_the_slurm_scripts_ask_for_requeue_and_append_their_logs():
    for name in ("briefing-array.sh", "briefing-merge.sh"):
        options = sbatch_options(SLURM / name)
        assert "--requeue" in options and "--open-mode=append" in options
        assert any(o.startswith("--output=logs/") for o in options)
        assert not any(o.startswith("--array") for o in options)  # N is given where it is submitted
    for path in (*SLURM.glob("*.sh"), ROOT / "scripts" / "slurm-local.sh"):
        assert path.stat().st_mode & stat.S_IXUSR, path
        subprocess.run(["bash", "-n", str(path)], check=True)


def test_shellcheck():
    assert shutil.which("shellcheck"), "shellcheck is missing: scripts/setup.sh --test installs it"
    scripts = [*SLURM.glob("*.sh"), ROOT / "scripts" / "slurm-local.sh", ROOT / ".ci" / "run"]
    proc = subprocess.run(["shellcheck", *map(str, scripts)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def slurm_env(env: dict, tmp_path: Path, **extra) -> dict:
    return env | {"SLURM_SUBMIT_DIR": str(tmp_path)} | {k: str(v) for k, v in extra.items()}


@pytest.mark.parametrize("code, expected", [(0, 0), (1, 0), (2, 2), (70, 70), (143, 143)])
def test_an_array_task_renders_its_shard_and_maps_exit_codes(fake, tmp_path, code, expected):
    env, log = fake
    env = slurm_env(env, tmp_path, SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_COUNT=4, SLURM_CPUS_PER_TASK=2,
                    FAKE_BATCH_CODE=code)
    proc = subprocess.run([SLURM / "briefing-array.sh", "out", "articles", "--theme", "policy"], env=env,
                          cwd="/", capture_output=True, text=True)
    assert proc.returncode == expected, proc.stderr
    assert calls(log) == [["briefing", "batch", "articles", "--theme", "policy", "-o", "out", "--quiet",
                           "--jobs", "2", "--shard", "3/4", "--report", "out/reports/shard-3.json"]]
    assert "shard 3/4, run 1," in proc.stderr and (tmp_path / "out" / "reports").is_dir()


def test_an_array_task_resubmitted_alone_keeps_its_shard(fake, tmp_path):
    env, log = fake
    # `SHARDS=4 sbatch --array=3`: an array of one task; without SHARDS it would be shard 3/1
    env = slurm_env(env, tmp_path, SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_COUNT=1, SHARDS=4,
                    SLURM_RESTART_COUNT=1)
    proc = subprocess.run([SLURM / "briefing-array.sh", "out", "articles"], env=env, capture_output=True, text=True)
    assert proc.returncode == 0 and "shard 3/4, run 2," in proc.stderr
    assert calls(log)[0][-4:] == ["--shard", "3/4", "--report", "out/reports/shard-3.json"]
    assert "--jobs" not in calls(log)[0]  # no --cpus-per-task: briefing's own default


@pytest.mark.parametrize("merge_code, batch_code, expected", [(0, 0, 0), (1, 1, 0), (2, 0, 2), (0, 70, 70)])
def test_the_merge_job(fake, tmp_path, merge_code, batch_code, expected):
    env, log = fake
    (tmp_path / "out" / "reports").mkdir(parents=True)
    for k in (1, 2):
        (tmp_path / "out" / "reports" / f"shard-{k}.json").write_text("{}")
    env = slurm_env(env, tmp_path, SLURM_CPUS_PER_TASK=2, FAKE_MERGE_CODE=merge_code, FAKE_BATCH_CODE=batch_code)
    proc = subprocess.run([SLURM / "briefing-merge.sh", "out", "articles"], env=env, capture_output=True, text=True)
    assert proc.returncode == expected, proc.stderr
    merge, *rest = calls(log)
    assert merge == ["briefing", "merge-reports", "out/reports/shard-1.json", "out/reports/shard-2.json",
                     "-o", "out/reports/shards.json"]
    assert rest == ([] if merge_code > 1 else [[
        "briefing", "batch", "articles", "-o", "out", "--quiet", "--jobs", "2",
        "--report", "out/reports/book.json", "--combine", "out/briefing-book.pdf"]])


def test_submit_sends_the_array_then_the_merge_after_it(fake, tmp_path):
    env, log = fake
    (tmp_path / "out" / "reports").mkdir(parents=True)
    (tmp_path / "out" / "reports" / "shard-7.json").write_text("{}")  # an earlier batch's
    proc = subprocess.run([SLURM / "submit.sh", "4", "out", "articles"], env=env, cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["101", "102"]
    array, merge = calls(log)
    assert array == ["sbatch", "--parsable", "--array=1-4", str(SLURM / "briefing-array.sh"), "out", "articles"]
    assert merge == ["sbatch", "--parsable", "--dependency=afterok:101", "--kill-on-invalid-dep=yes",
                     str(SLURM / "briefing-merge.sh"), "out", "articles"]
    assert (tmp_path / "logs").is_dir() and not (tmp_path / "out" / "reports" / "shard-7.json").exists()
    # TASKS: only those tasks again (the other shards' reports stay), and the merge
    (tmp_path / "out" / "reports" / "shard-1.json").write_text("{}")
    log.unlink()
    proc = subprocess.run([SLURM / "submit.sh", "4", "out", "articles"], env=env | {"TASKS": "3"}, cwd=tmp_path,
                          capture_output=True, text=True)
    assert calls(log)[0][2] == "--array=3" and (tmp_path / "out" / "reports" / "shard-1.json").exists()
    assert subprocess.run([SLURM / "submit.sh", "four", "out", "x"], env=env, capture_output=True).returncode == 2


# -- the image --------------------------------------------------------------------------------

def setup_packages() -> list[str]:
    """The Debian packages scripts/setup.sh installs for a plain run (not --test)."""
    text = (ROOT / "scripts" / "setup.sh").read_text()
    return re.search(r"^packages=\(([^)]*)\)", text, re.M).group(1).split()


def test_the_containerfile_installs_what_setup_installs():
    text = (DEPLOY / "Containerfile").read_text().replace("\\\n", " ")
    install = re.search(r"apt-get install -y --no-install-recommends ([^&]*)&&", text).group(1).split()
    assert sorted(install) == sorted(setup_packages())
    assert re.findall(r"^FROM (\S+)", text, re.M)[-1].endswith("-bookworm")  # Debian, as setup.sh expects


def test_the_containerfile_copies_everything_the_package_is_built_from():
    text = (DEPLOY / "Containerfile").read_text()
    copied = [src.rstrip("/") for line in re.findall(r"^COPY (?!--from)(.*)$", text, re.M)
              for src in line.split()[:-1]]
    for src in copied:
        assert (ROOT / src).exists(), src
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    needed = [project["project"]["readme"], "LICENSE", "pyproject.toml",
              *project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"],
              *project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]]
    for path in needed:
        assert any(path == src or path.startswith(src + "/") for src in copied), path


@pytest.mark.slow
def test_the_files_the_containerfile_copies_build_the_wheel(tmp_path):
    """Its build stage, without a container: a wheel from only the copied files."""
    text = (DEPLOY / "Containerfile").read_text()
    src = tmp_path / "src"
    for line in re.findall(r"^COPY (?!--from)(.*)$", text, re.M):  # into WORKDIR /src
        *sources, target = line.split()
        assert target.endswith("/"), line
        for source in sources:
            if (ROOT / source).is_dir():
                shutil.copytree(ROOT / source, src / target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                (src / target).mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / source, src / target)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "wheels"), str(src)], check=True)
    [wheel] = (tmp_path / "wheels").glob("briefing-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing/cli/__init__.py" in names and "briefing/samples/does-china-care-about-north-korea.txt" in names
    assert any(n.startswith("briefing/templates/") for n in names)
    assert any(n.startswith("briefing/styles/") for n in names)


# -- the documentation --------------------------------------------------------------------------

def test_the_documented_commands_are_the_recipes():
    """Every command docs/scaling.md gives for deploy/ is written in that file's own usage."""
    docs = DOCS.read_text()
    commands = [line.strip() for block in re.findall(r"```sh\n(.*?)```", docs, re.S)
                for line in block.splitlines()
                if re.match(r"\s*(\S+=\S+ )*(kubectl|sbatch|podman|deploy/|scripts/slurm-local)", line)]
    assert len(commands) >= 6, commands
    usage = "\n".join(p.read_text() for p in [*DEPLOY.rglob("*.sh"), *K8S.glob("*.yaml"),
                                              DEPLOY / "Containerfile", ROOT / "scripts" / "slurm-local.sh"])
    local_usage = re.search(r"Usage: scripts/slurm-local.sh (\S+)", usage).group(1).split("|")
    for command in commands:
        command = command.split("  #")[0].strip()
        if command.startswith("scripts/slurm-local.sh"):
            assert command.split()[1] in local_usage, command
        else:
            assert command in usage, command
    manifests = "\n".join(p.read_text() for p in K8S.glob("*.yaml"))
    for block in re.findall(r"```yaml\n(.*?)```", docs, re.S):
        assert block in manifests, block
    for path in set(re.findall(r"\bdeploy/[\w./-]+\w", docs)):
        assert (ROOT / path).exists(), path
