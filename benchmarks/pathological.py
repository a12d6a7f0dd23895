"""Render pathological but valid articles and report time, peak memory and pages.

The inputs of issue 7: a 1,000,000-character line, 10,000 headings, HTML nested 10,000
levels deep, 100,000 tiny paragraphs, and a 5 MB article (a long Project Gutenberg-like
book made from the corpus texts). Each build runs in its own process.

    .venv/bin/python benchmarks/pathological.py [--only NAME ...] [--out /tmp/patho]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "text"
WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at "
         "which but have an they").split()


def sentence(i: int) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(12)).capitalize() + "."


def inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "million-char-line.txt": "Long Line\n\nHeading\n\n" + " ".join(sentence(i) for i in range(22_000))[:1_000_000],
        "million-char-token.txt": "Long Token\n\nHeading\n\n" + "x" * 1_000_000,
        "ten-thousand-headings.txt": "Many Headings\n\n" + "\n\n".join(
            f"Heading {i}\n\n{sentence(i)}" for i in range(10_000)),
        "nested-10000.html": "<html><head><title>Nested</title></head><body><article><h1>Nested</h1>"
                             "<p>Before the deep part.</p>" + "<div>" * 10_000 + "<p>Deep text.</p>"
                             + "</div>" * 10_000 + "<p>After the deep part.</p></article></body></html>",
        "hundred-thousand-paragraphs.txt": "Tiny Paragraphs\n\n" + "\n\n".join(
            f"Paragraph {i} is short." for i in range(100_000)),
    }
    # One long Project Gutenberg book: one header, the body repeated to 5 MB, one licence.
    source = (CORPUS / "gutenberg-71-civil-disobedience.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
    start = source.index("\n", source.index("*** START OF")) + 1
    end = source.index("*** END OF")
    head, body, tail = source[:start], source[start:end], source[end:]
    made["five-mb-book.txt"] = head + body * (5_000_000 // len(body)) + tail
    paths = {}
    for name, text in made.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def measure(article: Path, output: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS in MB, and the last line the build printed."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "briefing"), "build", str(article),
                             "-o", str(output), "--max-input-mb", "50"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().strip().splitlines()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, (err[-1] if err else f"exit {proc.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-pathological"))
    args = parser.parse_args()
    print(f"{'input':34} {'size':>9} {'seconds':>8} {'peak MB':>8}  result")
    for name, path in inputs(args.out).items():
        if args.only and not any(o in name for o in args.only):
            continue
        seconds, peak, last = measure(path, path.with_suffix(".pdf"))
        print(f"{name:34} {path.stat().st_size:9d} {seconds:8.1f} {peak:8.0f}  {last}", flush=True)


if __name__ == "__main__":
    main()
