r"""Key points vs the first N sentences: ROUGE recall of the publisher's own summary.

Corpus mode (default): for each HTML page of the corpus, the reference is the page's
description as Readability reports it (`excerpt` in `<page>.expected-metadata.json`). Both
the key points and the article's first N body sentences (N = the number of points) are
scored by ROUGE-1 recall: the share of the summary's words (clipped counts; CJK counted by
character; with and without stopwords) that they contain.
Run: PYTHONPATH=. python benchmarks/keypoints_rouge.py [N]

Benchmark mode (`--benchmark`): the 181 pages of ../shared/extraction-benchmark. The
reference is the page's own `<meta name="description">` (else `og:description`), used only
where it has at least 8 tokens and is not essentially the article's first sentence (ROUGE-1
recall of the description by the first sentence < 0.8, both the first sentence of the
hand-made article body and the first body sentence briefing's reader found).
Systems, all on the body that briefing's reader extracted: briefing's key points
(`analyse()`, default count), lead-N (the first N body sentences, N = the number of points
briefing chose), and sumy's LexRank and TextRank picking N sentences (sumy gets our own
sentence splitter and \w+ word tokenizer, so it needs no NLTK data; Snowball stemmer and
sumy's bundled stop words where the language has them, identity otherwise). Scores: mean
ROUGE-1 and ROUGE-2 recall (clipped counts, lower-cased \w+ tokens, CJK by character).
A subset leaves out the pages whose description is a site's automatic excerpt (ROUGE-2 recall
of it by the first three body sentences >= 0.8): there lead-N copies the reference; a
last one, also those whose description is copied from the first N sentences.
briefing's points are steered by the page's title and description (`keypoints.GUIDE_WEIGHT`), so
the reference is also an input: "briefing, no descr." is the same article with its
description withheld, the fair figure for what the body alone gives.
Also: briefing's bottom line against lead-1. Needs the `bench` extra (sumy, numpy).
Run: .venv/bin/python benchmarks/keypoints_rouge.py --benchmark [--pages]
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from _corpus import files, html_via, load, summary

from briefing.analysis.keypoints import key_points
from briefing.analysis.sentences import STOPWORDS, split_sentences

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W_]+", re.U)


def tokens(text: str, drop_stopwords: bool = False) -> Counter:
    """Lower-cased word tokens; CJK text one character a token."""
    out = []
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out.extend(ch for ch in word if not ch.isspace())
        elif not (drop_stopwords and word in STOPWORDS):
            out.append(word)
    return Counter(out)


def rouge1_recall(candidate: str, reference: str, drop_stopwords: bool = False) -> float:
    """Share of the reference's tokens (clipped) that the candidate contains."""
    ref, cand = tokens(reference, drop_stopwords), tokens(candidate, drop_stopwords)
    total = sum(ref.values())
    return sum(min(n, cand[t]) for t, n in ref.items()) / total if total else 0.0


def first_sentences(article, n: int) -> list[str]:
    """The article's first n body sentences (the lead baseline)."""
    out = []
    for _, _, text in article.paragraphs():
        for sentence in split_sentences(text):
            out.append(sentence)
            if len(out) == n:
                return out
    return out


def main() -> int:
    if "--benchmark" in sys.argv[1:]:
        return benchmark_main("--pages" in sys.argv[1:])
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"HTML read by: {html_via()}; N = {n}; reference = Readability excerpt")
    print(f"{'page':34} {'points':>7} {'first-N':>8} {'points*':>8} {'first-N*':>9}  (* = stopwords removed)")
    rows = []
    for path in files(("html",)):
        reference = summary(path)
        if not reference:
            continue
        article = load(path)
        points = " ".join(p.text for p in key_points(article, n))
        lead = " ".join(first_sentences(article, n))
        row = (rouge1_recall(points, reference), rouge1_recall(lead, reference),
               rouge1_recall(points, reference, True), rouge1_recall(lead, reference, True))
        rows.append(row)
        flag = "" if row[0] >= row[1] else "  <- below first-N"
        print(f"{path.stem:34} {row[0]:7.3f} {row[1]:8.3f} {row[2]:8.3f} {row[3]:9.3f}{flag}")
    if not rows:
        print("no page with a summary")
        return 0
    means = [sum(r[i] for r in rows) / len(rows) for i in range(4)]
    print(f"{'MEAN':34} {means[0]:7.3f} {means[1]:8.3f} {means[2]:8.3f} {means[3]:9.3f}")
    at_least = sum(r[0] >= r[1] for r in rows)
    print(f"points >= first-N on {at_least}/{len(rows)} pages")
    return 0


# ---------------------------------------------------------------- benchmark mode


def token_list(text: str) -> list[str]:
    """Lower-cased \\w+ tokens in order; CJK text one character a token."""
    out = []
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out.extend(ch for ch in word if not ch.isspace())
        else:
            out.append(word)
    return out


def _ngrams(text: str, n: int) -> Counter:
    toks = token_list(text)
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def rouge_recall(candidates: list[str], reference: str, n: int) -> float:
    """ROUGE-n recall: the share of the reference's n-grams (clipped counts) that the
    candidate sentences contain; n-grams are counted within each sentence, not across two."""
    ref = _ngrams(reference, n)
    cand: Counter = Counter()
    for sentence in candidates:
        cand.update(_ngrams(sentence, n))
    total = sum(ref.values())
    return sum(min(k, cand[g]) for g, k in ref.items()) / total if total else 0.0


class SentenceTokenizer:
    """What sumy's parsers ask of a tokenizer (`to_sentences`, `to_words`), without NLTK data:
    briefing's sentence splitter and a \\w+ word tokenizer."""

    def __init__(self, language: str = "english"):
        self.language = language

    def to_sentences(self, text: str) -> list[str]:
        return split_sentences(text)

    def to_words(self, sentence: str) -> list[str]:
        return token_list(sentence)


_SUMY_LANGUAGES = {"en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian",
                   "pt": "portuguese", "nl": "dutch", "ru": "russian", "sv": "swedish", "da": "danish",
                   "fi": "finnish", "no": "norwegian", "nb": "norwegian", "hu": "hungarian", "ro": "romanian",
                   "ar": "arabic", "cs": "czech", "sk": "slovak", "pl": "polish", "uk": "ukrainian",
                   "el": "greek", "ja": "japanese", "zh": "chinese", "ko": "korean", "he": "hebrew"}


def sumy_summaries(article, n: int) -> dict[str, list[str]]:
    """sumy's LexRank and TextRank: n sentences each from the article's prose paragraphs."""
    from sumy.nlp.stemmers import Stemmer, null_stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    language = _SUMY_LANGUAGES.get((article.metadata.language or "en")[:2].lower(), "english")
    try:
        stemmer = Stemmer(language)  # Snowball (nltk code, no data download) or sumy's own
    except LookupError:
        stemmer = null_stemmer
    try:
        stop_words = get_stop_words(language)  # bundled in sumy's package
    except LookupError:
        stop_words = frozenset()
    text = "\n\n".join(" ".join(t.split()) for _, _, t in article.paragraphs())
    document = PlaintextParser.from_string(text, SentenceTokenizer(language)).document
    out = {}
    for name, cls in (("LexRank (sumy)", LexRankSummarizer), ("TextRank (sumy)", TextRankSummarizer)):
        summarizer = cls(stemmer)
        summarizer.stop_words = stop_words
        out[name] = [str(s) for s in summarizer(document, n)] if document.sentences else []
    return out


def _first_sentence(body: str) -> str:
    for paragraph in body.split("\n"):
        if paragraph.strip():
            return (split_sentences(paragraph.strip()) or [""])[0]
    return ""


def benchmark_main(per_page: bool = False) -> int:
    import dataclasses
    import time

    from _corpus import BENCHMARK, benchmark_html, benchmark_pages, benchmark_truth, load_benchmark, meta_description

    from briefing.analysis import analyse

    started = time.time()
    pages = benchmark_pages()
    if not pages:
        print(f"note: {BENCHMARK} not found; nothing to score")
        return 0
    truth = benchmark_truth()
    systems = ["briefing key points", "lead-N", "LexRank (sumy)", "TextRank (sumy)", "briefing, no descr."]
    rows: list[dict] = []
    counts = Counter()
    copies = []
    for sha, page, url in pages:
        html = benchmark_html(page)
        reference = meta_description(html)
        if not reference:
            counts["no description"] += 1
            continue
        if len(token_list(reference)) < 8:
            counts["description under 8 tokens"] += 1
            continue
        first = _first_sentence(truth.get(sha, {}).get("articleBody", ""))
        if rouge_recall([first], reference, 1) >= 0.8:
            counts["description = first sentence (ground truth)"] += 1
            continue
        try:
            article = analyse(load_benchmark(page, html))
        except Exception as exc:  # reported, not fatal
            counts["failed"] += 1
            print(f"failed: {sha[:8]} {url}: {type(exc).__name__}: {str(exc)[:80]}")
            continue
        if rouge_recall(first_sentences(article, 1), reference, 1) >= 0.8:
            counts["description = first sentence (as briefing reads the body)"] += 1
            continue
        points = [p.text for p in article.key_points]
        if not points:
            counts["no key points"] += 1
            continue
        n = len(points)
        withheld = article.replace(metadata=dataclasses.replace(article.metadata, description=None))
        picked = {"briefing key points": points, "lead-N": first_sentences(article, n), **sumy_summaries(article, n),
                  # the reference is also what steers briefing's points: the same without it
                  "briefing, no descr.": [p.text for p in key_points(withheld, 5, article.genre)]}
        row = {"sha": sha, "url": url, "n": n, "ref_words": len(token_list(reference)),
               # a site's automatic excerpt: the description copied from the body's first sentences
               "excerpt": rouge_recall(first_sentences(article, 3), reference, 2) >= 0.8,
               # ... or of as many of them as there are points: lead-N prints the reference itself
               "copied": rouge_recall(first_sentences(article, n), reference, 2) >= 0.8}
        for name in systems:
            row[name] = (rouge_recall(picked[name], reference, 1), rouge_recall(picked[name], reference, 2),
                         sum(len(token_list(s)) for s in picked[name]))
        bottom = getattr(article, "bottom_line", None)
        if bottom:
            lead1 = first_sentences(article, 1)
            row["bottom line"] = (rouge_recall([str(bottom)], reference, 1), rouge_recall([str(bottom)], reference, 2))
            row["lead-1"] = (rouge_recall(lead1, reference, 1), rouge_recall(lead1, reference, 2))
        copied = [p for p in points + ([str(bottom)] if bottom else []) if rouge_recall([p], reference, 1) >= 0.8]
        if copied:
            copies.append((url, copied[0]))
        rows.append(row)
        if per_page:
            print(f"{sha[:8]} n={n} " + " ".join(f"{row[s][0]:.2f}/{row[s][1]:.2f}" for s in systems)
                  + f"  {url[:60]}")

    print(f"run {time.strftime('%Y-%m-%d %H:%M:%S %Z')}; {time.time() - started:.0f} s")
    print(f"pages: {len(pages)}; usable reference: {len(rows)}; excluded: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("reference: <meta name=description> / og:description, >= 8 tokens, ROUGE-1 recall by the first "
          "sentence < 0.8 (ground truth's and briefing's), so no scored page's summary is its first sentence")
    if not rows:
        return 0
    ns = Counter(r["n"] for r in rows)
    print("N (points briefing chose): " + ", ".join(f"{k}: {v} pages" for k, v in sorted(ns.items())))

    def table(subset: list[dict], title: str) -> None:
        print(f"\n{title} ({len(subset)} pages)")
        print(f"  {'system':22} {'ROUGE-1 R':>9} {'ROUGE-2 R':>9} {'words':>6}  briefing R1 >= it on")
        for name in systems:
            r1 = sum(r[name][0] for r in subset) / len(subset)
            r2 = sum(r[name][1] for r in subset) / len(subset)
            w = sum(r[name][2] for r in subset) / len(subset)
            wins = sum(r["briefing key points"][0] >= r[name][0] for r in subset)
            cmp = f"{wins}/{len(subset)}" if name != "briefing key points" else ""
            print(f"  {name:22} {r1:9.3f} {r2:9.3f} {w:6.0f}  {cmp}")

    table(rows, "All usable pages (summary is not the first sentence, by construction)")
    short = [r for r in rows if r["ref_words"] <= 50]
    if short and len(short) < len(rows):
        table(short, "Subset: description of at most 50 tokens (a dek, not a copy of the body)")
    written = [r for r in rows if not r["excerpt"]]
    if written and len(written) < len(rows):
        table(written, "Subset: description written apart from the opening (not a copy of its first "
                       "three sentences: ROUGE-2 recall by them < 0.8)")
    apart = [r for r in rows if not r["copied"]]
    if apart and len(apart) < len(written):
        table(apart, "Subset: description not a copy of the first N sentences either (ROUGE-2 recall by "
                     "them < 0.8, N = the number of points)")
    with_bl = [r for r in rows if "bottom line" in r]
    if with_bl:
        print(f"\nBottom line vs lead-1 ({len(with_bl)} pages with a bottom line)")
        for name in ("bottom line", "lead-1"):
            r1 = sum(r[name][0] for r in with_bl) / len(with_bl)
            r2 = sum(r[name][1] for r in with_bl) / len(with_bl)
            print(f"  {name:22} {r1:9.3f} {r2:9.3f}")
    print(f"\npages where a key point or the bottom line reproduces the description (R1 recall >= 0.8): "
          f"{len(copies)}/{len(rows)}" + ("  (the reference leaks into the system: read these scores with care)"
                                           if copies else ""))
    for url, text in copies[:3]:
        print(f"  {url[:60]}: {' '.join(text.split())[:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
