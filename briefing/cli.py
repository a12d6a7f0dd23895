"""The command line: a thin Click layer over the Python API (options, messages, exit codes).

Heavy modules (WeasyPrint, Markdown, lxml) are imported inside the commands, so
`briefing --help` stays fast. A user error prints one line on stderr and exits 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import BriefingError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class BriefingGroup(click.Group):
    """Turns BriefingError into one line on stderr and exit code 2 (a traceback with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BriefingError as exc:
            if ctx.params.get("debug") or (ctx.obj or {}).get("debug"):
                raise
            click.echo(f"briefing: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug, not the user's fault: say so in one line
            if (ctx.obj or {}).get("debug"):
                raise
            click.echo(f"briefing: internal error: {type(exc).__name__}: {exc} "
                       "(rerun with --debug for the traceback)", err=True)
            ctx.exit(EXIT_SOME_FAILED)


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
    """
    ctx.obj = {"debug": debug}


def analysis_options(func):
    """Options shared by the commands that read and analyse an article."""
    func = click.option("--key-points", "key_points", type=click.IntRange(0, 20), default=5,
                        show_default=True, help="How many key points to choose.")(func)
    func = click.option("--timeline-max", type=click.IntRange(0, 100), default=8,
                        show_default=True,
                        help="How many extracted timeline events the box shows.")(func)
    func = click.option("--max-input-mb", type=click.FloatRange(min=0, min_open=True),
                        default=20.0, show_default=True,
                        help="Refuse articles larger than this.")(func)
    return func


def render_options(func):
    """Options that choose how the briefing looks."""
    func = click.option("--theme", default="policy", show_default=True, metavar="NAME|PATH",
                        help="Theme name or theme folder.")(func)
    func = click.option("--theme-dir", "theme_dirs", multiple=True,
                        type=click.Path(file_okay=False, path_type=Path),
                        help="A folder of user themes (repeatable).")(func)
    func = click.option("--paper", type=click.Choice(["A4", "Letter", "A5", "Legal"],
                        case_sensitive=False), default=None,
                        help="Paper size (default: the theme's, usually A4).")(func)
    func = click.option("--marking", default=None,
                        help='Handling marking on every page, e.g. "TLP:AMBER".')(func)
    func = click.option("--strict", is_flag=True,
                        help="Fail when the renderer warns (missing glyph, image, CSS).")(func)
    func = click.option("--allow-remote", is_flag=True,
                        help="Fetch remote images (public addresses only; time and size capped).")(func)
    func = click.option("--pdf-variant", type=click.Choice(["pdf/a-3b", "pdf/ua-1", "pdf/a-2b"],
                        case_sensitive=False), default=None,
                        help="Write a standard PDF flavour (tagged, with the language set).")(func)
    return func


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Where to write the PDF (default: beside the article, with .pdf).")
@render_options
@analysis_options
def build(article: Path, output: Path | None, **options) -> None:
    """Build a briefing PDF from ARTICLE (.txt, .md, .html; - reads text from stdin).

    \b
    Examples:
      briefing build source/article.txt -o output/article.pdf
      briefing build saved-page.html --theme intelligence --marking TLP:AMBER
      pbpaste | briefing build - -o note.pdf
    """
    from .preload import preload_renderer

    preload_renderer()  # overlap WeasyPrint's import with reading the article
    from .pipeline import build_article

    if output is None:
        if str(article) == "-":
            raise click.UsageError("reading from standard input (-) needs -o/--output")
        output = article.with_suffix(".pdf")
    result = build_article(article, output, **options)
    for warning in result.warnings:
        click.echo(f"briefing: warning: {article}: {warning}", err=True)
    if not any(e.shown or e.origin == "given" for e in result.article.timeline):
        click.echo(f"briefing: note: {article}: no dated events found; the timeline box is left out",
                   err=True)
    click.echo(f"wrote {result.output} ({result.pages} page{'s' if result.pages != 1 else ''})", err=True)


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@analysis_options
def inspect(article: Path, **options) -> None:
    """Print the parsed and analysed ARTICLE as JSON (- reads text from stdin).

    \b
    Example:
      briefing inspect source/article.txt | less
    """
    import json

    from .pipeline import prepare

    data = prepare(article, **options).to_dict()
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.group(invoke_without_command=True)
@click.option("--theme-dir", "theme_dirs", multiple=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="A folder of user themes (repeatable).")
@click.pass_context
def themes(ctx: click.Context, theme_dirs: tuple[Path, ...]) -> None:
    """List the available themes (the default), start a new one, or draw the gallery.

    \b
    Examples:
      briefing themes
      briefing themes new mybrief --from policy
      briefing themes gallery
    """
    ctx.ensure_object(dict)["theme_dirs"] = theme_dirs
    if ctx.invoked_subcommand is None:
        from .themes import available

        for name, description in available(theme_dirs).items():
            click.echo(f"{name:14} {description}")


@themes.command("new")
@click.argument("name")
@click.option("--from", "source", default="policy", show_default=True, metavar="NAME|PATH",
              help="The theme to copy.")
@click.option("--dir", "parent_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("themes"), show_default=True, help="Where to create the theme folder.")
@click.pass_context
def themes_new(ctx: click.Context, name: str, source: str, parent_dir: Path) -> None:
    """Copy a theme's templates and CSS into DIR/NAME to edit.

    \b
    Example:
      briefing themes new mybrief --from policy
      briefing build article.txt --theme-dir themes --theme mybrief
    """
    from .themes import new_theme

    target = new_theme(name, source, parent_dir, ctx.obj["theme_dirs"])
    click.echo(f"created {target}; use it with --theme-dir {parent_dir} --theme {name}")


@themes.command("gallery")
@click.option("--sample", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The article to render (default: the bundled sample).")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("docs/gallery"), show_default=True, help="Where to write the PNGs.")
@click.option("--paper", type=click.Choice(["A4", "Letter"], case_sensitive=False), default=None)
@click.pass_context
def themes_gallery(ctx: click.Context, sample: Path | None, out_dir: Path, paper: str | None) -> None:
    """Render the sample through every theme: a PNG of each first page and a contact sheet."""
    from .gallery import build_gallery
    from .themes import available, sample_article

    theme_dirs = ctx.obj["theme_dirs"]
    written = build_gallery(out_dir, sample or sample_article(), list(available(theme_dirs)),
                            theme_dirs=theme_dirs, paper=paper,
                            progress=lambda name: click.echo(f"rendering {name}", err=True))
    for path in written:
        click.echo(str(path))


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli(prog_name="briefing"))
