"""Key points vs the first N sentences: ROUGE-1 recall of the publisher's own summary.

For each HTML page of the corpus, the reference is the page's description as Readability
reports it (`excerpt` in `<page>.expected-metadata.json`). Both the key points and the
article's first N body sentences (N = the number of points) are scored by ROUGE-1 recall:
the share of the summary's words (clipped counts; CJK counted by character; with and
without stopwords) that they contain.
Run: PYTHONPATH=. python benchmarks/keypoints_rouge.py [N]
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
    means = [sum(r[i] for r in rows) / len(rows) for i in range(4)]
    print(f"{'MEAN':34} {means[0]:7.3f} {means[1]:8.3f} {means[2]:8.3f} {means[3]:9.3f}")
    at_least = sum(r[0] >= r[1] for r in rows)
    print(f"points >= first-N on {at_least}/{len(rows)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
