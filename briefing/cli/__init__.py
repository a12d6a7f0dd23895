"""The command line: a thin Click layer over the Python API (options, messages, exit codes).

Heavy modules (WeasyPrint, Markdown, lxml) are imported inside the commands, so
`briefing --help` stays fast. A user error prints one line on stderr and exits 2.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..errors import BriefingError
from ..options import Options
from .options import (  # noqa: F401 (PAPER_CHOICES re-exported)
    PAPER_CHOICES,
    analysis_options,
    field_options,
    given_fields,
    render_options,
)
from .pack import pack
from .preview import preview
from .themes import config_command, themes

#: Exit codes: success; some articles of a batch failed; a user error; a bug (sysexits'
#: EX_SOFTWARE); interrupted with Ctrl-C.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 70, 130


class BriefingGroup(click.Group):
    """Ends a user error with one line on stderr and exit code 2, a bug with one line and
    exit code 70; `--debug` adds the traceback and keeps the code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BriefingError as exc:
            self._fail(ctx, f"briefing: error: {exc}", EXIT_USAGE)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug, not the user's fault: say so in one line
            first = (str(exc).splitlines() or [""])[0]
            self._fail(ctx, f"briefing: internal error: {type(exc).__name__}: {first} "
                       "(rerun with --debug for the traceback)", EXIT_INTERNAL)

    @staticmethod
    def _fail(ctx: click.Context, message: str, code: int) -> None:
        if (ctx.obj or {}).get("debug"):
            import traceback

            traceback.print_exc()
        click.echo(message, err=True)
        ctx.exit(code)


@click.group(cls=BriefingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn an article into a printable briefing PDF.

    \b
    Examples:
      briefing build article.txt -o briefing.pdf
      briefing build post.md --theme policy --paper letter
      briefing inspect article.txt
      briefing batch articles/ -o output/ --jobs 2
    """
    from ..render.speedups import claim_process

    claim_process()  # WeasyPrint's import here, and in the workers forked from here, may skip gcc's search
    ctx.obj = {"debug": debug}


def _watch_budget(article: str, options: Options) -> threading.Event:
    """Stop this build, with one line and exit code 2, when the article takes longer or
    more memory than its budget: the article is at fault, not the tool."""
    from ..budget import Budget, watch

    def stop(reason: str) -> None:
        from ..render import release_fonts

        release_fonts()
        click.echo(f"briefing: error: {article}: {reason}", err=True)
        sys.stderr.flush()
        os._exit(EXIT_USAGE)

    return watch(Budget(options.max_seconds, options.max_memory_mb), stop)  # set it when the build ends


def _options(given: dict) -> Options:
    """The command's options: those given on the command line, then the settings file's
    (briefing.toml or [tool.briefing]), then the defaults."""
    from click.core import ParameterSource

    from ..config import load
    from ..themes import with_nearby

    ctx = click.get_current_context()
    merged = dict(given)
    for name, value in load().values.items():
        if name in merged and ctx.get_parameter_source(name) in (ParameterSource.DEFAULT, None):
            merged[name] = value
    if "theme_dirs" in merged:
        merged["theme_dirs"] = with_nearby(tuple(Path(d) for d in merged["theme_dirs"]))
    return Options(**merged)


def _speed_up() -> None:
    """A one-off build is this process's only work: overlap WeasyPrint's import with
    reading the article, and install the renderer's speed-ups (which an application that
    imports briefing never gets). A batch leaves both to its workers: its own process
    forks them, and imports WeasyPrint only when there is something to render."""
    from ..preload import preload_renderer

    preload_renderer()


def _shown(article: str) -> str:
    """How messages name an article: standard input by that name, anything else as given."""
    from ..readers.loading import STDIN_NAME

    return STDIN_NAME if article == "-" else article


def _pages(count: int) -> str:
    return f"{count} page{'s' if count != 1 else ''}"


@cli.command()
@click.argument("article")
@click.option("-o", "--output", default=None, metavar="FILE|DIR/|-",
              help="Where to write the PDF: a file, a folder (DIR/), or - for standard output "
                   "(default: beside the article, with .pdf).")
@click.option("--force", is_flag=True, help="Replace an existing file even if it is not a PDF.")
@render_options
@analysis_options
@field_options
def build(article: str, output: str | None, force: bool, **options) -> None:
    """Build a briefing PDF from ARTICLE (.txt, .md, .html, a web page's URL; - reads text
    from stdin).

    \b
    Examples:
      briefing build source/article.txt -o output/article.pdf
      briefing build https://example.org/news/harbour-plan   # writes harbour-plan.pdf
      briefing build saved-page.html --theme intelligence --marking TLP:AMBER
      briefing build article.md -o briefings/        # writes briefings/article.pdf
      pbpaste | briefing build - -o - > note.pdf
      briefing build notes.txt --title "Harbour plan" --author "Ana Ruiz" --date 2024-03-05
    """
    fields = given_fields(options)
    opts = _options(options)
    from ..pipeline import build_article, check_input
    from ..readers.url import is_url, slug
    from ..write import output_path

    check_input(article)  # the input's problem is named before any about the output
    if output is None and str(article) == "-":
        raise click.UsageError("reading from standard input (-) needs -o/--output")
    if output == "-" and sys.stdout.isatty():
        raise click.UsageError("refusing to write a PDF to the terminal; redirect it, or use -o FILE")
    named = Path(slug(article) + ".html") if is_url(article) else Path(article)  # what -o defaults from
    target = output_path(named, output, force=force)
    shown = _shown(article)
    _speed_up()
    watching = _watch_budget(shown, opts)
    try:
        result = build_article(article, target, opts, fields=fields)
    finally:
        watching.set()
    for warning in result.warnings:
        click.echo(f"briefing: warning: {shown}: {warning}", err=True)
    if not result.article.timeline:
        click.echo(f"briefing: note: {shown}: no dated events found; the timeline box is left out",
                   err=True)
    if not result.article.key_points and opts.key_points > 0:
        click.echo(f"briefing: note: {shown}: no key points (a point takes two sentences of the article at "
                   "least); the key-points box is left out", err=True)
    if result.pdf is not None:
        sys.stdout.buffer.write(result.pdf)
        sys.stdout.flush()
        click.echo(f"wrote the PDF to standard output ({_pages(result.pages)})", err=True)
    else:
        click.echo(f"wrote {result.output} ({_pages(result.pages)})", err=True)
    _SKIP_TEARDOWN.append(True)


@cli.command()
@click.argument("article")
@analysis_options
@field_options
def inspect(article: str, **options) -> None:
    """Print the parsed and analysed ARTICLE as JSON (- reads text from stdin).

    \b
    Example:
      briefing inspect source/article.txt | less
    """
    import json

    from ..pipeline import prepare

    fields = given_fields(options)
    data = prepare(article, _options(options), fields=fields).to_dict()
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class _Progress:
    """A progress bar on stderr (count, current article, time left), only when wanted."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bar: Any = None

    def plan(self, items) -> None:
        todo = sum(1 for item in items if item.status != "skipped")
        if self.enabled and todo:
            self.bar = click.progressbar(length=todo, label="rendering", file=sys.stderr,
                                         show_eta=True, show_percent=False, show_pos=True,
                                         item_show_func=self._label)
            self.bar.__enter__()

    @staticmethod
    def _label(item) -> str | None:
        if item is None:
            return None
        name = str(item.input)
        return name if len(name) <= 40 else "..." + name[-37:]

    def start(self, item) -> None:
        if self.bar is not None:
            self.bar.current_item = item
            self.bar.render_progress()

    def done(self, item) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _shard(ctx, param, value):
    if value is None:
        return (1, 1)
    from ..batch import parse_shard

    try:
        return parse_shard(value)
    except BriefingError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output-dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PDFs (created if missing).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes  [default: the CPU count]")
@click.option("--force", is_flag=True, help="Render every article, even those up to date.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a JSON report of every article to this file.")
@click.option("--combine", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="BOOK.pdf", help="Also write one book: cover, contents, every briefing.")
@click.option("--shard", callback=_shard, default=None, metavar="K/N",
              help="Render only shard K of N (a stable hash of each path).")
@click.option("--recycle-after", type=click.IntRange(min=0), default=20, show_default=True,
              help="Replace a worker after this many articles (0: never).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no warnings.")
@render_options
@analysis_options
def batch(inputs: tuple[str, ...], output_dir: Path, jobs: int | None, force: bool,
          report: Path | None, combine: Path | None, shard: tuple[int, int], recycle_after: int,
          quiet: bool, **options) -> None:
    """Build briefings for many articles: files, folders (recursively) and globs.

    Up-to-date PDFs are skipped (unless --force); one bad article never stops the
    rest. Exit code 0: all built; 1: some failed; 2: usage error.

    \b
    Examples:
      briefing batch source/ -o output/ --theme policy --jobs 2
      briefing batch 'articles/**/*.md' -o out/ --report out/report.json
      briefing batch source/ -o output/ --combine output/briefing-book.pdf
      briefing batch articles/ -o out/ --shard 3/8
    """
    if combine is not None and shard != (1, 1):
        raise click.BadParameter("combine after the shards are done, in one run without --shard",
                                 param_hint="--combine")
    from ..batch import run_batch
    from ..batch.report import batch_messages

    batch_options = _options(options)
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        result = run_batch(inputs, output_dir, batch_options, jobs=jobs, force=force, shard=shard,
                           recycle_after=recycle_after, combine=combine, report=report,
                           on_plan=progress.plan, on_start=progress.start, on_done=progress.done)
    finally:
        progress.close()
    for line in batch_messages(result, quiet=quiet):
        click.echo(line, err=True)
    if result.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    _SKIP_TEARDOWN.append(True)  # every PDF, the report and the book are in place; workers are gone
    sys.exit(EXIT_SOME_FAILED if result.failed else EXIT_OK)


@cli.command("merge-reports")
@click.argument("reports", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the merged report here  [default: standard output]")
@click.option("--partial", is_flag=True, help="Merge even if shards are missing or were interrupted.")
def merge_reports_command(reports: tuple[Path, ...], output: Path | None, partial: bool) -> None:
    """Merge the --report files of the shards (--shard K/N) of one batch; exit code 1 if some
    articles failed, 2 if a shard is missing or twice. E.g. briefing merge-reports shard-*.json -o all.json"""
    from ..batch.report import describe_merged, merge_report_files

    merged = merge_report_files(reports, output, complete=not partial)  # to standard output without -o
    click.echo(describe_merged(merged), err=True)
    sys.exit(EXIT_SOME_FAILED if merged["summary"]["failed"] else EXIT_OK)


cli.add_command(config_command)
cli.add_command(pack)
cli.add_command(preview)
cli.add_command(themes)


#: Set by a `build` or `batch` that has finished: its PDFs are written and renamed into
#: place, so the process can leave without the interpreter's teardown of WeasyPrint's
#: many objects (about 60 ms of a 0.9 s build).
_SKIP_TEARDOWN: list[bool] = []


def _terminated(signum, frame):
    raise SystemExit(128 + signum)  # unwinds: workers are stopped and part files removed


def _one_line(exc: click.ClickException) -> str:
    """A Click error in the tool's own words, on one line (Click prints four)."""
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if isinstance(exc, click.UsageError) and ctx else ""
    return f"briefing: error: {message}{hint}"


def main() -> None:
    """Console-script entry point: exit codes 0, 1, 2, 70 and 130 (see the README)."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    try:
        code = cli.main(prog_name="briefing", standalone_mode=False)
    except click.ClickException as exc:
        click.echo(_one_line(exc), err=True)
        code = exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("briefing: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    _leave(code if isinstance(code, int) else EXIT_OK)


def _leave(code: int) -> None:
    """Exit with `code`; after a finished build or batch, without the interpreter's teardown."""
    if _SKIP_TEARDOWN and code in (EXIT_OK, EXIT_SOME_FAILED):
        from ..render import release_fonts

        release_fonts()  # the one clean-up teardown would do that leaves something behind
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
