"""The batch's JSON report, and one report merged from the reports of several shards."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..options import Options
from ..write import write_atomic
from .items import FAILED, RENDERED, SKIPPED, BatchResult


def write_report(result: BatchResult, options: Options, path: str | Path) -> Path:
    """Write the JSON report atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(result.to_dict(options), ensure_ascii=False, indent=2) + "\n"
    return write_atomic(data.encode("utf-8"), path)


def merge_reports(reports: Iterable[dict]) -> dict:
    """One report from the reports of several shards (articles in input order of the shards)."""
    reports = list(reports)
    articles = [a for r in reports for a in r.get("articles", [])]
    counts = {s: sum(1 for a in articles if a["status"] == s) for s in (RENDERED, SKIPPED, FAILED)}
    return {"tool": "briefing", "version": reports[0].get("version") if reports else __version__,
            "shards": [r.get("shard") for r in reports],
            "summary": {"articles": len(articles), **counts,
                        "seconds": round(sum(r.get("summary", {}).get("seconds", 0) for r in reports), 3)},
            "articles": articles}

