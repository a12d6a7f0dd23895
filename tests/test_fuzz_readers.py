"""Property-based tests: every reader either returns a model or raises BriefingError.

Random text, random bytes, and mutations of real articles (a few characters inserted,
deleted or flipped) go through `read()` for each format. Anything else escaping is a bug.
A short seeded run of `benchmarks/fuzz_readers.py` covers its every target (bodies, YAML
and TOML front matter, JSON-LD, sidecars, theme manifests); longer runs: that script.
"""

from __future__ import annotations

import functools
import importlib.util
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import analyse
from briefing.errors import BriefingError
from briefing.model import Article
from briefing.readers import read

from .conftest import ROOT, SAMPLE

SEEDS = {
    ".txt": SAMPLE.read_text(encoding="utf-8")[:3000],
    ".md": "---\ntitle: A post\nauthor: [Ann, Bob]\ndate: 2020-05-01\ntags: x\n---\n\n"
           "# Heading\n\nText with a [link](http://x) and <b>html</b>.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
           "Footnote[^1].\n\n[^1]: The note.\n",
    ".html": "<html><head><title>A page | Site</title><meta property='og:title' content='A page'>"
             "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
             "{\"name\": \"Ann\"}}</script></head><body><nav>Menu</nav><article><h1>A page</h1>"
             "<p>First paragraph of the article, long enough to be kept as body text.</p>"
             "<h2>Part</h2><ul><li>one</li></ul><p>Second paragraph, in 1999.</p></article></body></html>",
}

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(path: Path) -> None:
    try:
        article = read(path)
    except BriefingError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    assert isinstance(article, Article)
    analyse(article)  # analysis is a pure function of any model a reader returns


def mutate(seed: str, edits: list[tuple[int, int, str]]) -> str:
    text = seed
    for position, kind, chars in edits:
        at = position % (len(text) + 1)
        if kind == 0:
            text = text[:at] + chars + text[at:]
        elif kind == 1:
            text = text[:at] + text[at + len(chars):]
        else:
            text = text[:at] + chars + text[at + len(chars):]
    return text


edits = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2),
                           st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8)),
                 min_size=1, max_size=12)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path, suffix, data):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    check(path)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@FUZZ
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_random_text(tmp_path, suffix, text):
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8")
    check(path)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@FUZZ
@given(changes=edits)
def test_mutated_articles(tmp_path, suffix, changes):
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(mutate(SEEDS[suffix], changes), encoding="utf-8")
    check(path)


def _fuzz_script():
    """benchmarks/fuzz_readers.py as a module (benchmarks/ is not a package, nor on the path)."""
    spec = importlib.util.spec_from_file_location("fuzz_readers", ROOT / "benchmarks" / "fuzz_readers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FUZZ_SCRIPT = _fuzz_script()


@functools.cache
def _fuzz_seeds() -> dict[str, list[str]]:
    return FUZZ_SCRIPT.seeds()


@pytest.mark.parametrize("target", FUZZ_SCRIPT.TARGETS)
def test_seeded_fuzz_run_finds_no_internal_error(tmp_path, target):
    findings = tmp_path / "findings"
    tally = FUZZ_SCRIPT.run(target, 200, random.Random(f"21-{target}"), findings, _fuzz_seeds(), verbose=False)
    bugs = {kind: count for kind, count in tally.items() if kind.startswith("BUG")}
    assert not bugs, f"{bugs}; reproducers: {sorted(p.name for p in findings.iterdir())[:5]}"
    assert sum(tally.values()) == 200
