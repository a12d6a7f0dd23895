"""The `briefing pack` command: many articles on one subject, one briefing pack PDF."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from .options import analysis_options, render_options

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")


def _date(ctx, param, value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return value


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The pack's PDF.")
@click.option("--title", default=None, help="The pack's title (default: the number of sources).")
@click.option("--since", callback=_date, default=None, metavar="DATE", help="Only articles dated on or after DATE.")
@click.option("--until", callback=_date, default=None, metavar="DATE", help="Only articles dated on or before DATE.")
@click.option("--max-articles", type=click.IntRange(min=1), default=None,
              help="Keep at most this many articles (the newest).")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a JSON report: every source's status, the duplicates, the shared points and timeline.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for the briefings  [default: CPU count]")
@click.option("--work-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the sources' briefings are kept between runs  [default: .NAME.pack beside the PDF]")
@click.option("--force", is_flag=True, help="Render every briefing again, even those up to date.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
@render_options
@analysis_options
def pack(inputs: tuple[str, ...], output: Path, title: str | None, since: str | None, until: str | None,
         max_articles: int | None, report: Path | None, jobs: int | None, work_dir: Path | None, force: bool,
         quiet: bool, **options) -> None:
    """Build one briefing pack from many articles on a subject: a cover, the points the
    sources share (with the sources that say them), one merged timeline, each article's
    briefing and a numbered source list. INPUT is a file, a folder, a glob, a URL or a
    list file of URLs.

    \b
    Examples:
      briefing pack sources/ -o pack.pdf --title "North Korea: China's leverage"
      briefing pack 'clips/*.html' --report pack.json --max-articles 25 -o pack.pdf
    """
    from ..batch.pack.build import DUPLICATE, FAILED, FILTERED, LEFT_OUT, build_pack
    from . import _SKIP_TEARDOWN, EXIT_OK, EXIT_SOME_FAILED, _options

    def progress(message: str) -> None:
        if not quiet:
            click.echo(f"briefing pack: {message}", err=True)

    result = build_pack(inputs, output, _options(options), title=title, since=since, until=until,
                        max_articles=max_articles, report=report, jobs=jobs, work_dir=work_dir, force=force,
                        progress=progress)
    for source in result.sources:
        if source.status == FAILED:
            click.echo(f"briefing: error: {source.reason}", err=True)
        elif source.status in (FILTERED, LEFT_OUT, DUPLICATE) and not quiet:
            click.echo(f"briefing pack: {source.input}: {source.status}: {source.reason}", err=True)
    counted = {status: sum(1 for s in result.sources if s.status == status)
               for status in ("briefed", DUPLICATE, FAILED, FILTERED, LEFT_OUT)}
    summary = ", ".join(f"{n} {status}" for status, n in counted.items() if n)
    click.echo(f"wrote {result.output} ({result.pages} pages; {summary})", err=True)
    # The pack, its report and its briefings are in place, and its workers and child gone: the
    # process may leave without the interpreter's teardown (0.3 s of a 4.5 s rerun).
    _SKIP_TEARDOWN.append(True)
    sys.exit(EXIT_SOME_FAILED if result.failed else EXIT_OK)
