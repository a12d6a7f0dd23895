"""The `briefing config` and `briefing themes` commands: settings and themes, no article.

Registered on the command group in `briefing/cli/__init__.py`; heavy modules are imported inside.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..options import DEFAULTS, Options
from .options import PAPER_CHOICES


@click.command("config")
def config_command() -> None:
    """Print the settings in effect here and where each comes from.

    Settings live in briefing.toml (or [tool.briefing] in pyproject.toml) in this folder
    or the nearest parent; a command-line option wins over them.

    \b
    Example briefing.toml:
      theme = "intelligence"
      marking = "TLP:AMBER"
      key_points = 4
    """
    from ..config import load
    from ..themes import with_nearby

    settings = load()
    click.echo(f"# settings file: {settings.path or 'none (defaults only)'}")
    merged = DEFAULTS.replace(**settings.values)
    nearby = with_nearby(merged.theme_dirs)
    merged = merged.replace(theme_dirs=nearby)
    for name in Options.names():
        value = getattr(merged, name)
        shown = [str(v) for v in value] if isinstance(value, tuple) else value
        where = settings.where(name)
        if name == "theme_dirs" and len(nearby) > len(settings.values.get("theme_dirs", ())):
            where += "; ./themes/ found here"
        click.echo(f"{name} = {shown!r}  # {where}")


@click.group(invoke_without_command=True)
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
    from ..themes import with_nearby

    theme_dirs = with_nearby(theme_dirs)
    ctx.ensure_object(dict)["theme_dirs"] = theme_dirs
    if ctx.invoked_subcommand is None:
        from ..themes import available

        for name, description in available(theme_dirs).items():
            click.echo(f"{name:14} {description}")


@themes.command("new")
@click.argument("name")
@click.option("--from", "source", default=DEFAULTS.theme, show_default=True, metavar="NAME|PATH",
              help="The theme to copy.")
@click.option("--dir", "parent_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("themes"), show_default=True, help="Where to create the theme folder.")
@click.pass_context
def themes_new(ctx: click.Context, name: str, source: str, parent_dir: Path) -> None:
    """Copy a theme's templates and CSS into DIR/NAME to edit.

    \b
    Example:
      briefing themes new mybrief --from policy
      briefing build article.txt --theme mybrief     # ./themes/ is searched
    """
    from ..themes import NEARBY, new_theme

    target = new_theme(name, source, parent_dir, ctx.obj["theme_dirs"])
    found_here = parent_dir == NEARBY or parent_dir.resolve() == (Path.cwd() / NEARBY).resolve()
    click.echo(f"created {target}; use it with --theme {name}" if found_here
               else f"created {target}; use it with --theme-dir {parent_dir} --theme {name}")


@themes.command("gallery")
@click.option("--sample", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The article to render (default: the bundled sample).")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Where to write the PNGs  [default: ./briefing-gallery]")
@click.option("--paper", type=click.Choice(PAPER_CHOICES, case_sensitive=False), default=None)
@click.pass_context
def themes_gallery(ctx: click.Context, sample: Path | None, out_dir: Path | None, paper: str | None) -> None:
    """Render the sample through every theme: a PNG of each first page and a contact sheet.

    \b
    Example (the README's pictures):
      briefing themes gallery -o docs/gallery
    """
    from ..gallery import DEFAULT_OUT, build_gallery, sample_article
    from ..themes import available

    theme_dirs = ctx.obj["theme_dirs"]
    out_dir = out_dir or DEFAULT_OUT
    written = build_gallery(out_dir, sample or sample_article(), list(available(theme_dirs)),
                            theme_dirs=theme_dirs, paper=paper,
                            progress=lambda name: click.echo(f"rendering {name}", err=True))
    click.echo(f"wrote {len(written)} pictures to {out_dir}", err=True)
    for path in written:
        click.echo(str(path))
