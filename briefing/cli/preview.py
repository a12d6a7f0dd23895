"""The `briefing preview` command: the article's briefing in the browser, rebuilt on save."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import analysis_options, render_options


@click.command()
@click.argument("article")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback lets other machines see the article.")
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="Port to listen on  [default: any free port]")
@click.option("--no-browser", is_flag=True, help="Print the address only; do not open a browser.")
@render_options
@analysis_options
def preview(article: str, host: str, port: int, no_browser: bool, **options) -> None:
    """Show ARTICLE's briefing in the browser, with the theme, paper, marking and box
    sizes as controls; saving the article, its sidecar or the theme rebuilds it.

    \b
    Examples:
      briefing preview notes/article.md
      briefing preview saved-page.html --theme intelligence --no-browser --port 8765
    """
    from ..config import CONFIG_FILE, find
    from ..pipeline import check_input
    from ..preview import PreviewServer
    from ..readers.url import is_url
    from ..render import release_fonts, speedups
    from . import _options

    if article == "-" or is_url(article):
        raise click.UsageError("preview needs an article file: standard input and web pages cannot be watched "
                               "(save the page, then preview the file)")
    check_input(article)
    path = Path(article)
    opts = _options(options)
    speedups.install()  # this process is the command line's own: the renderer's speed-ups apply
    found = find()
    elsewhere = found if found is not None and found.name != CONFIG_FILE else None
    config_file = found if found is not None and found.name == CONFIG_FILE else Path(CONFIG_FILE)
    try:
        server = PreviewServer(path, opts, host=host, port=port, config_file=config_file, config_elsewhere=elsewhere)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    if not server.loopback_only:
        click.echo(f"briefing: warning: listening on {host}, not loopback: anyone who can reach this machine "
                   "and learns the address can read the article (over plain HTTP)", err=True)
    click.echo(f"briefing preview: building {article}", err=True)
    outcome = server.start()
    if outcome.error:
        click.echo(f"briefing: warning: {outcome.error} (the page shows it; fix and save)", err=True)
    try:  # from the moment the address is printed, Ctrl-C stops the preview (a test sends it at once)
        click.echo(f"briefing preview: {server.url}", err=True)
        click.echo("briefing preview: press Ctrl-C to stop", err=True)
        sys.stderr.flush()
        if not no_browser:
            import webbrowser

            webbrowser.open(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        release_fonts()
    click.echo("briefing preview: stopped", err=True)
