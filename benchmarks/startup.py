"""How fast the command line starts, and what a build imports when no URL is given.

Prints the median wall time of `briefing --help` and, side by side in the same run, of
a bare `python -c pass` (the floor no command can beat), over several runs taken in turns;
then what briefing's URL support (`briefing.readers.url`, `briefing.net`) costs a build
that names no URL: their own import time after WeasyPrint, which loads `urllib.request`,
`ssl` and `socket` itself whatever briefing does.

    .venv/bin/python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = ("briefing.readers.url", "briefing.net")


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def url_support_cost() -> dict[str, int]:
    """Microseconds (self, from `python -X importtime`) of briefing's URL modules when
    imported after WeasyPrint, as a file's build does: what URL support costs a build that
    names no URL. The standard-library modules they use are WeasyPrint's already."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           "import weasyprint, briefing.cli, briefing.readers.url, briefing.net"],
                          capture_output=True, text=True, check=True)
    cost = {}
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] in NETWORK_MODULES:
            cost[parts[2]] = int(parts[0])
    return cost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    help_command = [sys.executable, "-m", "briefing", "--help"]
    floor_command = [sys.executable, "-c", "pass"]
    helps, floors = [], []
    for _ in range(args.runs):  # in turns, so a busy spell hits both alike
        helps.append(_seconds(help_command))
        floors.append(_seconds(floor_command))
    help_s, floor_s = statistics.median(helps), statistics.median(floors)
    print(f"briefing --help: median {help_s * 1000:.0f} ms over {args.runs} runs "
          f"(python -c pass: {floor_s * 1000:.0f} ms; ratio {help_s / floor_s:.1f}x); target < 200 ms")
    cost = url_support_cost()
    print("URL support on a file's build: " + ", ".join(f"{name} {us} us" for name, us in cost.items())
          + f" (total {sum(cost.values()) / 1000:.1f} ms)")


if __name__ == "__main__":
    main()
