"""The batch's JSON report, and one report merged from the reports of several shards."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..errors import BriefingError, InputError, OutputError
from ..options import Options
from ..write import check_target, write_atomic
from .items import FAILED, NOT_RUN, RENDERED, SKIPPED, BatchResult


def write_report(result: BatchResult, options: Options, path: str | Path) -> Path:
    """Write the JSON report atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(result.to_dict(options), ensure_ascii=False, indent=2) + "\n"
    return write_atomic(data.encode("utf-8"), path)


def read_report(path: str | Path) -> dict:
    """A report written by `briefing batch --report`, or an InputError naming the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read the report ({exc.strerror or exc})", path) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not a JSON report ({exc})", path) from None
    if not (isinstance(data, dict) and data.get("tool") == "briefing" and isinstance(data.get("articles"), list)):
        raise InputError("not a report of briefing batch", path)
    return data


def _shard(report: dict) -> tuple[int, int]:
    try:
        k, n = (int(part) for part in str(report.get("shard", "1/1")).split("/"))
    except ValueError:
        raise BriefingError(f"a report with a malformed shard {report.get('shard')!r}") from None
    if not 1 <= k <= n:
        raise BriefingError(f"a report with a malformed shard {report.get('shard')!r}")
    return k, n


def merge_reports(reports: Iterable[dict], *, complete: bool = False) -> dict:
    """One report from the reports of the shards of one batch, in shard order.

    Raises BriefingError when the reports cannot be of one batch: a shard given twice,
    shards of different counts N, different versions or options, or an article listed
    in two reports (the shards ran from different folders, or with different inputs).
    `incomplete` lists the shards that are missing or were interrupted (their articles
    are not all done); with `complete` that is an error too.
    """
    reports = sorted(reports, key=_shard)
    shards = [_shard(r) for r in reports]
    counts_n = {n for _, n in shards}
    if len(counts_n) > 1:
        raise BriefingError(f"the reports are of different shard counts: {', '.join(f'{k}/{n}' for k, n in shards)}")
    for (k, n), (k2, _) in zip(shards, shards[1:]):
        if k == k2:
            raise BriefingError(f"shard {k}/{n} is given twice")
    for key in ("version", "options"):
        values = {json.dumps(r.get(key), sort_keys=True) for r in reports}
        if len(values) > 1:
            raise BriefingError(f"the shards ran with different {key}s: merge only the reports of one batch")
    seen: dict[str, str] = {}
    for report in reports:
        shard = report.get("shard", "1/1")
        for article in report.get("articles", []):
            if article["input"] in seen:
                raise BriefingError(f"{article['input']} is listed twice (shards {seen[article['input']]} and "
                                    f"{shard}): were the shards run with the same inputs, from the same folder?")
            seen[article["input"]] = shard
    n = counts_n.pop() if counts_n else 0
    by_k = {k: report for (k, _), report in zip(shards, reports)}
    incomplete = [f"{k}/{n}" for k in range(1, n + 1)
                  if k not in by_k or by_k[k].get("summary", {}).get("interrupted")]
    if complete and incomplete:
        raise BriefingError(f"shards missing or interrupted: {', '.join(incomplete)} (rerun them, then merge)")
    articles = [a for r in reports for a in r.get("articles", [])]
    counts = {s: sum(1 for a in articles if a["status"] == s) for s in (RENDERED, SKIPPED, FAILED)}
    merged = {"tool": "briefing", "version": reports[0].get("version") if reports else __version__,
              "shards": [r.get("shard") for r in reports],
              "summary": {"articles": len(articles), **counts,
                          "seconds": round(sum(r.get("summary", {}).get("seconds", 0) for r in reports), 3)},
              "articles": articles}
    if reports:
        merged["options"] = reports[0].get("options")
    merged["incomplete"] = incomplete
    return merged


def merge_report_files(paths: Iterable[str | Path], output: str | Path | None, *, complete: bool = True) -> dict:
    """Merge the report files at `paths` (see `merge_reports`) and write the result
    atomically to `output`, or to standard output if it is None. Returns the merged report."""
    import sys

    files = [Path(p) for p in paths]
    if output is not None:
        output = Path(output)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the folder ({exc.strerror or exc})", output.parent) from None
        check_target(output, files)  # never over one of the reports it merges
    merged = merge_reports([read_report(path) for path in files], complete=complete)
    text = json.dumps(merged, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(text.encode("utf-8"), output)
    return merged


def describe_merged(merged: dict) -> str:
    """One line on a merged report, for stderr."""
    summary = merged["summary"]
    return (f"merged {len(merged['shards'])} reports: rendered {summary['rendered']}, skipped "
            f"{summary['skipped']}, failed {summary['failed']} of {summary['articles']} articles")


def batch_messages(result: BatchResult, *, quiet: bool = False) -> list[str]:
    """What `briefing batch` says on stderr when it ends: the warnings of the articles it
    rendered (unless `quiet`), the failures, the totals and the book."""
    lines = [] if quiet else [f"briefing: warning: {item.input}: {warning}"
                              for item in result.items if item.status == RENDERED for warning in item.warnings]
    lines += [f"briefing: failed: {item.error}" for item in result.failed]
    summary = (f"rendered {result.count(RENDERED)}, skipped {result.count(SKIPPED)}, "
               f"failed {result.count(FAILED)} of {len(result.items)} articles in {result.seconds:.1f} s")
    if result.interrupted:
        summary += f"; interrupted, {result.count(NOT_RUN)} not run (rerun to finish)"
    lines.append(summary)
    if result.book is not None:
        lines.append(f"wrote {result.book} ({result.book_pages} pages)")
    return lines
