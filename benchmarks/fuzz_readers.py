"""A long fuzz run of the readers, their metadata and the theme manifests.

Targets: article bodies (`txt`, `md`, `html`: random bytes, random text, mutated real
articles); YAML and TOML front matter (`yaml`, `toml`); JSON-LD in saved web pages
(`jsonld`); sidecar files (`sidecar`); theme manifests (`theme`). The metadata targets
mix mutated real documents with generated ones whose fields take random types, aliases,
impossible dates and deep nesting. Every input is written to a file and read the way the
command line reads it (`briefing.readers.read`, then the analysis; `briefing.themes` for a
manifest), and the result is checked as the renderer and `inspect` would use it. Anything
but a sound result or a BriefingError is an internal error: printed, with reproducer
files under the output folder. Not a test (it takes minutes); tests/test_fuzz_readers.py
runs a few hundred inputs per target.

    .venv/bin/python benchmarks/fuzz_readers.py [--count 100000] [--seed 1] [--out /tmp/fuzz]
                                                [--targets txt,md,html,yaml,toml,jsonld,sidecar,theme]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from briefing import themes
from briefing.analysis import analyse
from briefing.dates import display_date, parse_date
from briefing.errors import BriefingError
from briefing.options import PAPER_SIZES, Options
from briefing.readers import read

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
TARGETS = ("txt", "md", "html", "yaml", "toml", "jsonld", "sidecar", "theme")
BODY_TOKENS = ["<div>", "</div>", "<p>", "</p>", "<h2>", "</h2>", "---\n", "+++\n", "title: ", "date: ",
               "author:", "\n\n", "# ", "## ", "<script>", "<!--", "-->", "&amp;", "&#x0;", "\r\n", "\ufeff",
               "1999", "March 2018", "[^1]", "|---|", "```", "<img src=x>", "{{ x }}", "\x00", "\u202e",
               "<img src='a%00.png'>", "<img src='" + "a" * 300 + ".png'>", "    - ", "> ", "<div markdown=1>"]
DATES = ["2020-05-01", "2020-13-45", "2020-02-30", "0000-01-01", "9999-12-31", "2020-01-01T25:00:00Z",
         "2020-01-01 10:00:00 +99:00", "1979-05-27T07:32:00Z", "March 2018", "32 March 2018", "1960s", "20170113"]
YAML_TOKENS = ["!!int ", "!!bool ", "!!timestamp ", "!!float ", "!!binary ", "!!set ", "!!omap ", "!!str ",
               "&a ", "*a", "<<: ", "[", "]", "{", "}", ": ", "- ", "? ", "\n  ", "\n", "'", '"', "\\u0000",
               "\\ud800", "\\x07", "1" * 5000, "1e999", ".nan", "null", "~", "true", "date: ", "title: ",
               "author: ", "timeline:\n  - ", "key_points: ", "tags: ", "bio: ", "|\n", ">\n", "%YAML 1.1\n",
               "...\n", "\t", "0x", "1:2:3", *DATES]
TOML_TOKENS = ["= ", "[", "]", "{", "}", "[[timeline]]\n", "[author]\n", "date = ", "title = ", "name = ",
               '"\\u0000"', '"\\ud800"', "'''", '"""', "inf", "nan", "1" * 5000, "0x", "true", ",", ".", "\n",
               "1979-05-27T07:32:00Z", "2020-13-45", "2020-02-30", "07:32:00", *DATES]
JSON_TOKENS = ["[", "]", "{", "}", ",", ":", '"', "null", "true", "1" * 5000, "1e999", "\\u0000", "\\ud800",
               '"@type"', '"@graph"', '"author"', '"name"', '"datePublished"', '"headline"', '"inLanguage"',
               "]]]]", "[[[[", *[json.dumps(d) for d in DATES]]
FIELDS = ["title", "subtitle", "author", "authors", "by", "bio", "date", "source", "description", "summary",
          "tags", "keywords", "categories", "lang", "key_points", "timeline", "name", "url", "text"]
LD_KEYS = ["@context", "@type", "@graph", "headline", "name", "author", "datePublished", "dateCreated",
           "publisher", "inLanguage", "description", "url", "keywords"]
LD_TYPES = ["NewsArticle", "Article", "BlogPosting", "WebPage", "Person", "Organization"]
STRINGS = ["Ann Lee", "By JANE DOE and John Roe", "", " ", "A title", "x" * 500, "a\x00b", "\ud800", "\x07",
           "en-GB", "http://example.com/a", "<b>bold</b>", "日本語のタイトル", "\u202eevil", *DATES]
ARTICLE = "A short note\n\nThe committee met on 12 March 2021 and agreed a plan for 2022.\n"
PAGE_BODY = ("<h1>A page</h1><p>First paragraph of the article, long enough to be kept as body text.</p>"
             "<p>Second paragraph, written in 1999, also long enough to be kept as text.</p>")
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def seeds() -> dict[str, list[str]]:
    """Real documents per target (the corpus, the sample and its sidecar), cut to a workable size."""
    found: dict[str, list[str]] = {t: [] for t in TARGETS}
    for path in [*CORPUS.rglob("*.*"), *(ROOT / "source").glob("*.*")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        suffix = {".markdown": "md", ".htm": "html", ".yaml": "sidecar"}.get(path.suffix, path.suffix[1:])
        if suffix in found:
            found[suffix].append(text[:20000])
        if suffix == "md" and (match := re.match(r"---\n(.*?\n)---\n", text, re.S)):
            found["yaml"].append(match.group(1))
        if suffix == "html":
            found["jsonld"] += re.findall(r"<script[^>]*ld\+json[^>]*>(.*?)</script>", text, re.S | re.I)
    found["yaml"].append(found["sidecar"][0])
    found["sidecar"] += found["yaml"]
    found["toml"] = ['title = "A post"\ndate = 2020-05-01\nauthor = ["Ann", "Bob"]\ntags = ["x", "y"]\n',
                     'title = "T"\n[author]\nname = "Ann"\nbio = "Ann writes."\n[[timeline]]\ndate = 1999\n'
                     'text = "It began."\n']
    found["theme"] = [(ROOT / "templates" / name / "theme.yaml").read_text(encoding="utf-8")
                      for name in ("base", "policy", "intelligence", "minimal", "newsletter")]
    return found


def mutate(rng: random.Random, seed: str, tokens: list[str]) -> str:
    """A few insertions, deletions, random characters and copied runs."""
    out = seed
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(out) + 1)
        choice = rng.random()
        if choice < 0.4:
            out = out[:at] + rng.choice(tokens) + out[at:]
        elif choice < 0.6:
            out = out[:at] + out[at + rng.randint(1, 200):]
        elif choice < 0.8:
            out = out[:at] + "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 10))) + out[at:]
        else:
            start = rng.randrange(len(out) + 1)
            out = out[:at] + out[start:start + rng.randint(1, 400)] + out[at:]
    return out


def body_input(rng: random.Random, pool: list[str]) -> bytes:
    """Random bytes, random text, a token soup or a mutated real article."""
    kind = rng.random()
    if kind < 0.15:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))
    if kind < 0.3:
        return "".join(chr(rng.randint(1, 0xFFFF)) for _ in range(rng.randint(0, 600))).encode(
            "utf-8", errors="replace")
    if kind < 0.4:
        return "".join(rng.choice(BODY_TOKENS) for _ in range(rng.randint(1, 60))).encode()
    seed = rng.choice(pool)
    start = rng.randrange(max(1, len(seed) - 3000))
    return encode(mutate(rng, seed[start:start + rng.randint(200, 3000)], BODY_TOKENS))


def encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


def value(rng: random.Random, depth: int = 0):
    """A random JSON-like value: scalars of every kind, dates possible and not, nested containers."""
    kind = rng.random()
    if depth > 4 or kind < 0.45:
        return rng.choice([rng.choice(STRINGS), rng.randint(-10**6, 10**6), rng.random() * 1e6, True, None,
                           rng.choice(DATES), rng.randint(0, 10000)])
    if kind < 0.7:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = FIELDS if rng.random() < 0.7 else LD_KEYS
    return {rng.choice(keys): value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def nested(rng: random.Random, leaf: str, opener: str, closer: str, deepest: int = 5000) -> str:
    """A value nested 50 to `deepest` levels (past the recursion limit from 5000)."""
    depth = rng.choice([d for d in (50, 500, 5000, 50000) if d <= deepest])
    return opener * depth + leaf + closer * depth


def yaml_text(rng: random.Random, pool: list[str]) -> str:
    """Front matter or sidecar YAML: mutated real, generated with random types, aliases or depth."""
    kind = rng.random()
    if kind < 0.4:
        return mutate(rng, rng.choice(pool), YAML_TOKENS)
    if kind < 0.8:
        return "".join(f"{rng.choice(FIELDS)}: {json.dumps(value(rng))}\n"
                       for _ in range(rng.randint(1, 6)))
    if kind < 0.95:
        lines = ['a0: &a0 ["lol", "lol", "lol"]']
        lines += [f"a{n}: &a{n} [*a{n - 1}, *a{n - 1}, *a{n - 1}]" for n in range(1, rng.randint(2, 12))]
        lines.append(f"{rng.choice(FIELDS)}: *a{len(lines) - 1}")
        return "\n".join(lines) + "\n"
    opener, closer = rng.choice([("[", "]"), ("{a: ", "}"), ("- ", "")])
    return f"{rng.choice(FIELDS)}: {nested(rng, '1', opener, closer)}\n"


def toml_text(rng: random.Random, pool: list[str]) -> str:
    """TOML front matter: mutated, generated (as JSON-like inline values) or deeply nested."""
    kind = rng.random()
    if kind < 0.5:
        return mutate(rng, rng.choice(pool), TOML_TOKENS)
    if kind < 0.9:
        return "".join(f"{rng.choice(FIELDS)} = {toml_value(value(rng))}\n" for _ in range(rng.randint(1, 6)))
    return f"title = {nested(rng, '1', '[', ']')}\n"


def toml_value(item) -> str:
    if isinstance(item, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in item.items()) + "}"
    if isinstance(item, list):
        return "[" + ", ".join(toml_value(v) for v in item) + "]"
    if item is None:
        return '""'
    if isinstance(item, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(?:[T ][\d:]+Z?)?", item):
        return item  # a bare TOML date, possible or not
    return json.dumps(item)


def json_ld_text(rng: random.Random, pool: list[str]) -> str:
    """A JSON-LD block: mutated real, generated with random types, or deeply nested."""
    kind = rng.random()
    if kind < 0.35 and pool:
        return mutate(rng, rng.choice(pool), JSON_TOKENS)
    if kind < 0.9:
        obj = {key: value(rng) for key in rng.sample(LD_KEYS, rng.randint(1, len(LD_KEYS)))}
        if rng.random() < 0.6:
            obj["@type"] = rng.choice([rng.choice(LD_TYPES), [rng.choice(LD_TYPES), value(rng)], value(rng)])
        text = json.dumps(obj if rng.random() < 0.8 else [obj, {"@graph": [obj]}])
        return mutate(rng, text, JSON_TOKENS) if rng.random() < 0.3 else text
    opener, closer = rng.choice([("[", "]"), ('{"@graph": ', "}"), ('{"@type": "Article", "author": ', "}")])
    return nested(rng, '"x"', opener, closer, deepest=50000)


def reader_input(target: str, rng: random.Random, pools: dict[str, list[str]]) -> dict[str, bytes]:
    """The files of one input: the article, and its sidecar for the sidecar target."""
    if target in ("txt", "md", "html"):
        return {f"fuzz.{target}": body_input(rng, pools[target])}
    if target == "yaml":
        return {"fuzz.md": encode(f"---\n{yaml_text(rng, pools['yaml'])}---\n\n# Heading\n\nSome text in 1999.\n")}
    if target == "toml":
        return {"fuzz.md": encode(f"+++\n{toml_text(rng, pools['toml'])}+++\n\n# Heading\n\nSome text.\n")}
    if target == "jsonld":
        meta = "".join(rng.choice(['<meta property="og:title" content="T">', '<html lang="fr">',
                                   '<link rel="canonical" href="http://x/">', ""]) for _ in range(2))
        script = f'<script type="application/ld+json">{json_ld_text(rng, pools["jsonld"])}</script>'
        return {"fuzz.html": encode(f"<html><head>{meta}{script}</head><body><article>{PAGE_BODY}"
                                    "</article></body></html>")}
    return {"fuzz.txt": ARTICLE.encode(), "fuzz.briefing.yaml": encode(yaml_text(rng, pools["sidecar"]))}


def check_article(folder: Path, files: dict[str, bytes]) -> None:
    """Read the article as the command line does; the model must print and render."""
    article = analyse(read(folder / next(iter(files))))
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # what `inspect` prints
    meta = article.metadata
    if meta.date is not None:
        parsed = parse_date(meta.date)
        assert parsed is not None, f"metadata date {meta.date!r} is not a date"
        display_date(*parsed)
    for event in article.timeline:
        display_date(event.date, event.precision)
    texts = [meta.title, meta.subtitle or "", meta.description or "", meta.source or "", meta.language or "",
             *meta.keywords, *(a.name for a in meta.authors), *(a.bio or "" for a in meta.authors)]
    bad = [t for t in texts if _UNSAFE.search(t)]
    assert not bad, f"control characters or surrogates in the metadata: {bad[0][:60]!r}"


def theme_input(rng: random.Random, pools: dict[str, list[str]]) -> dict[str, bytes]:
    """A theme manifest: mutated built-in, generated with random types, aliases or depth."""
    kind = rng.random()
    if kind < 0.5:
        text = mutate(rng, rng.choice(pools["theme"]), YAML_TOKENS)
    elif kind < 0.85:
        keys = ["name", "description", "parent", "stylesheets", "defaults", "paper", "marking"]
        text = "".join(f"{rng.choice(keys)}: {json.dumps(value(rng))}\n"
                       for _ in range(rng.randint(1, 5)))
    else:
        text = yaml_text(rng, pools["theme"])
    return {"theme.yaml": encode(text)}


def check_theme(folder: Path, files: dict[str, bytes]) -> None:
    """List and load the theme; its defaults must be what the renderer can use."""
    theme_dirs = (folder.parent,)
    themes.available(theme_dirs)
    theme = themes.load(folder.name, theme_dirs)
    options = Options().with_theme_defaults(theme.defaults)
    assert options.paper is None or options.paper.lower() in PAPER_SIZES, f"paper {options.paper[:60]!r}"
    assert options.marking is None or len(options.marking) < 10_000, "an unbounded marking"


def attempt(target: str, folder: Path, files: dict[str, bytes]) -> str:
    """Write the input's files and check them: "sound" or "user error"; anything else raises."""
    for name, data in files.items():
        (folder / name).write_bytes(data)
    check: Callable[[Path, dict[str, bytes]], None] = check_theme if target == "theme" else check_article
    try:
        check(folder, files)
    except BriefingError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message, "an error message of more than one line"
        assert len(message) < 1000 + len(str(folder)), f"an error message of {len(message)} characters"
        return "user error"
    finally:
        for name in files:
            (folder / name).unlink()
    return "sound"


def run(target: str, count: int, rng: random.Random, out: Path, pools: dict[str, list[str]],
        *, verbose: bool = True) -> Counter:
    """Fuzz one target `count` times; the tally counts outcomes, "BUG ..." for internal errors."""
    tally: Counter = Counter()
    with tempfile.TemporaryDirectory(prefix="briefing-fuzz-") as work:
        folder = Path(work) / "themes" / "fuzzed" if target == "theme" else Path(work)
        folder.mkdir(parents=True, exist_ok=True)
        if target == "theme":
            (folder / "fuzzed.css").write_text("body { color: black }\n", encoding="utf-8")
        for index in range(count):
            files = theme_input(rng, pools) if target == "theme" else reader_input(target, rng, pools)
            try:
                tally[attempt(target, folder, files)] += 1
            except Exception as exc:  # a finding
                kind = f"BUG {type(exc).__name__}"
                tally[kind] += 1
                case = out / f"{target}-{index}"
                case.mkdir(parents=True, exist_ok=True)
                for name, data in files.items():
                    (case / name).write_bytes(data)
                if verbose and tally[kind] <= 3:
                    print(f"  {target} #{index}: {type(exc).__name__}: {str(exc)[:200]} -> {case}")
                    for line in traceback.format_exception(exc, limit=-4, chain=False):
                        print("    " + line.rstrip()[:300])
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs per target")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-fuzz"))
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated, of " + ", ".join(TARGETS))
    args = parser.parse_args()
    pools = seeds()
    for target in args.targets.split(","):
        rng = random.Random(f"{args.seed}-{target}")
        start = time.perf_counter()
        tally = run(target, args.count, rng, args.out, pools)
        seconds = time.perf_counter() - start
        bugs = sum(v for k, v in tally.items() if k.startswith("BUG"))
        print(f"{target:8} {sum(tally.values())} inputs in {seconds:.0f} s, {bugs} internal errors: "
              + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())), flush=True)


if __name__ == "__main__":
    main()
