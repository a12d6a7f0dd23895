"""A long fuzz run of every reader: random bytes, random text and mutated real articles.

Each input goes through decoding and the reader's parse, then analysis; anything but a
model or a BriefingError is a finding, printed with a reproducer file under the output
folder. Not a test (it takes minutes); the quick property tests live in tests/.

    .venv/bin/python benchmarks/fuzz_readers.py [--count 100000] [--seed 1] [--out /tmp/fuzz]
"""

from __future__ import annotations

import argparse
import random
import time
import traceback
from collections import Counter
from pathlib import Path

from briefing.analysis import analyse
from briefing.errors import BriefingError
from briefing.readers import html, markdown, text
from briefing.readers.loading import text_from_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
READERS = {".txt": text, ".md": markdown, ".html": html}
TOKENS = ["<div>", "</div>", "<p>", "</p>", "<h2>", "</h2>", "---\n", "+++\n", "title: ", "date: ",
          "author:", "\n\n", "# ", "## ", "<script>", "<!--", "-->", "&amp;", "&#x0;", "\r\n", "\ufeff",
          "1999", "March 2018", "[^1]", "|---|", "```", "<img src=x>", "{{ x }}", "\x00", "\u202e"]


def seeds() -> dict[str, list[str]]:
    """Real articles per reader (the corpus and the sample), cut to a workable size."""
    found = {".txt": [], ".md": [], ".html": []}
    for path in [*CORPUS.rglob("*.*"), *(ROOT / "source").glob("*.*")]:
        suffix = {".markdown": ".md", ".htm": ".html"}.get(path.suffix, path.suffix)
        if suffix in found:
            found[suffix].append(path.read_text(encoding="utf-8", errors="replace")[:20000])
    return found


def mutate(rng: random.Random, seed: str) -> str:
    out = seed
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(out) + 1)
        choice = rng.random()
        if choice < 0.35:
            out = out[:at] + rng.choice(TOKENS) + out[at:]
        elif choice < 0.6:
            out = out[:at] + out[at + rng.randint(1, 200):]
        elif choice < 0.8:
            out = out[:at] + "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 10))) + out[at:]
        else:
            start = rng.randrange(len(out) + 1)
            out = out[:at] + out[start:start + rng.randint(1, 400)] + out[at:]
    return out


def make_input(rng: random.Random, pool: list[str]) -> bytes:
    kind = rng.random()
    if kind < 0.15:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))
    if kind < 0.3:
        return "".join(chr(rng.randint(1, 0xFFFF)) for _ in range(rng.randint(0, 600))).encode(
            "utf-8", errors="replace")
    if kind < 0.4:
        return "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 60))).encode()
    seed = rng.choice(pool)
    start = rng.randrange(max(1, len(seed) - 3000))
    return mutate(rng, seed[start:start + rng.randint(200, 3000)]).encode("utf-8", errors="replace")


def run(suffix: str, count: int, rng: random.Random, out: Path, pool: list[str]) -> Counter:
    module = READERS[suffix]
    path = Path(f"fuzz{suffix}")
    tally: Counter = Counter()
    for index in range(count):
        data = make_input(rng, pool)
        try:
            article = module.parse(text_from_bytes(data, path), path)
            analyse(article)
            tally["model"] += 1
        except BriefingError:
            tally["briefing error"] += 1
        except Exception as exc:  # a finding
            tally[f"BUG {type(exc).__name__}"] += 1
            out.mkdir(parents=True, exist_ok=True)
            case = out / f"{suffix[1:]}-{index}.bin"
            case.write_bytes(data)
            if tally[f"BUG {type(exc).__name__}"] <= 3:
                print(f"  {suffix} #{index}: {type(exc).__name__}: {exc} -> {case}")
                traceback.print_exc(limit=3)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs per reader")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-fuzz"))
    parser.add_argument("--readers", default=".txt,.md,.html")
    args = parser.parse_args()
    pools = seeds()
    for suffix in args.readers.split(","):
        rng = random.Random(args.seed)
        start = time.perf_counter()
        tally = run(suffix, args.count, rng, args.out, pools[suffix])
        seconds = time.perf_counter() - start
        print(f"{suffix:6} {args.count} inputs in {seconds:.0f} s: " +
              ", ".join(f"{k} {v}" for k, v in sorted(tally.items())), flush=True)


if __name__ == "__main__":
    main()
