"""The command-line options several commands share, as Click decorators.

Kept apart from the command group so that each command module can use them. No heavy
imports.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..options import DEFAULTS, INPUT_FORMATS, PAPER_NAMES, PDF_VARIANTS, Options

PAPER_CHOICES = list(PAPER_NAMES)


def analysis_options(func):
    """Options shared by the commands that read and analyse an article."""
    func = click.option("--from", "input_format", type=click.Choice(INPUT_FORMATS, case_sensitive=False),
                        default=None, help=Options.help("input_format"))(func)
    func = click.option("--key-points", "key_points", type=click.IntRange(0, 20),
                        default=DEFAULTS.key_points, show_default=True, help=Options.help("key_points"))(func)
    func = click.option("--timeline-max", type=click.IntRange(0, 100), default=DEFAULTS.timeline_max,
                        show_default=True, help=Options.help("timeline_max"))(func)
    func = click.option("--max-input-mb", type=click.FloatRange(min=0, min_open=True),
                        default=DEFAULTS.max_input_mb, show_default=True,
                        help=Options.help("max_input_mb"))(func)
    return func


def render_options(func):
    """Options that choose how the briefing looks."""
    func = click.option("--theme", default=DEFAULTS.theme, show_default=True, metavar="NAME|PATH",
                        help=Options.help("theme"))(func)
    func = click.option("--theme-dir", "theme_dirs", multiple=True,
                        type=click.Path(file_okay=False, path_type=Path), help=Options.help("theme_dirs"))(func)
    func = click.option("--paper", type=click.Choice(PAPER_CHOICES, case_sensitive=False),
                        default=None, help=Options.help("paper"))(func)
    func = click.option("--marking", default=None, help=Options.help("marking"))(func)
    func = click.option("--lang", type=Options.language_code, default=None, help=Options.help("lang"))(func)
    func = click.option("--strict", is_flag=True, help=Options.help("strict"))(func)
    func = click.option("--allow-remote", is_flag=True, help=Options.help("allow_remote"))(func)
    func = click.option("--site-root", type=click.Path(exists=True, file_okay=False, path_type=Path),
                        default=None, metavar="DIR", help=Options.help("site_root"))(func)
    func = click.option("--pdf-variant", type=click.Choice(PDF_VARIANTS, case_sensitive=False),
                        default=None, help=Options.help("pdf_variant"))(func)
    func = click.option("--max-seconds", type=click.FloatRange(min=0, min_open=True),
                        default=DEFAULTS.max_seconds, show_default=True, help=Options.help("max_seconds"))(func)
    func = click.option("--max-memory-mb", type=click.FloatRange(min=0, min_open=True),
                        default=DEFAULTS.max_memory_mb, show_default=True,
                        help=Options.help("max_memory_mb"))(func)
    return func


def _iso_date(ctx, param, value):
    """A `--date` value as ISO text ("2024-03-05", "March 2024", "5 March 2024" ...)."""
    if value is None:
        return None
    from ..dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date such as 2024-03-05 or 'March 5, 2024'")
    return parsed[0]


def field_options(func):
    """Metadata a user states over what the article says (as a sidecar file does)."""
    func = click.option("--title", default=None, help="The briefing's title, over the article's.")(func)
    func = click.option("--subtitle", default=None, help="A subtitle, over the article's.")(func)
    func = click.option("--author", "field_authors", multiple=True, metavar="NAME",
                        help="An author, over the article's (repeatable).")(func)
    func = click.option("--date", "field_date", default=None, callback=_iso_date, metavar="DATE",
                        help="The publication date, over the article's (e.g. 2024-03-05).")(func)
    func = click.option("--source", "field_source", default=None, metavar="TEXT",
                        help="The source line, over the article's (a publication, a URL).")(func)
    return func


def given_fields(options: dict) -> dict:
    """Take the `field_options` out of a command's options: the fields the user gave, typed
    by the sidecar's own rules (a `--source` that is a web address gives the address and
    its domain, as `source:` in a sidecar does)."""
    raw = {"title": options.pop("title", None), "subtitle": options.pop("subtitle", None),
           "date": options.pop("field_date", None), "source": options.pop("field_source", None),
           "author": [name.strip() for name in options.pop("field_authors", ()) if name.strip()]}
    given = {key: value.strip() if isinstance(value, str) else value for key, value in raw.items()}
    given = {key: value for key, value in given.items() if value}
    if not given:
        return {}
    from ..readers.fields import metadata_fields

    return metadata_fields(given, Path("the command line"))
