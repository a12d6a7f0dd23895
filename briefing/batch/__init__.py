"""Many inputs -> many outputs: find the articles, skip what is up to date, render the
rest in worker processes, and collect failures without ever stopping the batch.

`discover` finds the articles and names their PDFs, `stamps` decides what is up to
date, `pool` runs the workers, `warmup` loads what they need before they are forked,
`report` and `book` write the JSON report and the combined book, and `run` ties them
together. Every PDF is written atomically and its stamp (`.briefing-batch/<name>.json`
in the output folder) only after it, so an interrupted batch leaves no partial PDF and
a rerun renders only what is missing or out of date.
"""

from __future__ import annotations

from .discover import discover, output_names, parse_shard, shard_of
from .items import FAILED, NOT_RUN, RENDERED, SKIPPED, BatchResult, Item
from .pool import DEFAULT_RECYCLE_AFTER, cpu_count, render_item
from .report import merge_reports, write_report
from .run import plan, prepare_output_dir, render_all, run_batch
from .stamps import STAMP_DIR, article_fingerprint, batch_fingerprint, read_stamp, stamp_path, up_to_date

__all__ = [
    "DEFAULT_RECYCLE_AFTER", "FAILED", "NOT_RUN", "RENDERED", "SKIPPED", "STAMP_DIR", "BatchResult", "Item",
    "article_fingerprint", "batch_fingerprint", "cpu_count", "discover", "merge_reports", "output_names",
    "parse_shard", "plan", "prepare_output_dir", "read_stamp", "render_all", "render_item", "run_batch",
    "shard_of", "stamp_path", "up_to_date", "write_report",
]
