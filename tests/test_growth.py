"""Crafted input takes linear time to read and analyse (issue 21, "Time and memory").

Each shape of `benchmarks/growth.py` (many dates in one sentence, a run of dots, unclosed
HTML tags, long runs of white space, ...) runs at its test size: a size where the quadratic
code took minutes and linear code takes well under a second. It runs in a subprocess with
a generous time limit, so that only a real blow-up fails, never a busy machine; and its
result is checked, so that being fast never means giving up (dates still found, sentences
still split, the page's text still read).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import growth  # noqa: E402

sys.path.remove(str(BENCHMARKS))  # benchmarks/batch.py must not shadow anything later

TIME_LIMIT = 60  # seconds: linear work takes well under 1, quadratic work minutes


def run_shape(name: str) -> subprocess.CompletedProcess:
    """`growth.py --check NAME` in its own process, killed at the time limit."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        return subprocess.run([sys.executable, str(BENCHMARKS / "growth.py"), "--check", name],
                              capture_output=True, text=True, timeout=TIME_LIMIT, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: still running after {TIME_LIMIT} s at size {growth.SHAPES[name].test_size}"
                    " (super-linear time)")


FIXED = [name for name, shape in growth.SHAPES.items() if not shape.open_problem]


@pytest.mark.parametrize("name", FIXED)
def test_crafted_input_is_handled_in_linear_time_and_still_right(name):
    proc = run_shape(name)
    assert (proc.returncode, proc.stdout.strip()) == (0, "ok"), proc.stdout + proc.stderr[-2000:]


@pytest.mark.parametrize("name", list(growth.SHAPES))
def test_small_crafted_input_gives_the_expected_result(name):
    """At a few repetitions (where even quadratic code is quick) the checks hold too."""
    assert growth.check_shape(name, 3)


def test_the_benchmark_prints_each_shape_with_its_ratio(capsys):
    growth.main(["--only", "sentences-run-of-dots", "--repeat", "1", "--budget", "5"])
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[-1] == "2x/1x"
    assert table[1].startswith("sentences-run-of-dots") and len(table[1].split()) >= 8
