"""The Python API: read -> analyse -> render -> write, for one article.

A library call does only what it is asked: it starts no thread and changes nothing in
WeasyPrint or pydyf (the speed-ups of `briefing.render.speedups` are the command line's
and the batch workers' to install).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analysis import analyse
from .model import Article
from .options import DEFAULTS, Options
from .readers import read
from .readers.url import is_url
from .themes import Theme


@dataclass
class BuildResult:
    """What one build produced, for the CLI to report."""

    article: Article
    output: Path | None
    pdf: bytes | None
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    files: tuple[Path, ...] = ()  # the article's own files the PDF shows (images)


def _options(options: Options | None, keywords: dict[str, Any]) -> Options:
    """The options object for a call: the one given, changed by any keyword options."""
    base = options if options is not None else DEFAULTS
    if keywords:
        Options.from_keywords(**keywords)  # names an unknown option
        base = base.replace(**keywords)
    return base


def prepare(input: str | Path, options: Options | None = None, *, fields: dict[str, Any] | None = None,
            **keywords: Any) -> Article:
    """Read and analyse an article: the model `inspect` prints and the renderer reads.
    `fields` are metadata the user gives over what the article says (title, subtitle,
    authors, date as ISO text, source), as a sidecar gives them.

    >>> briefing.prepare("article.txt", key_points=3, fields={"title": "Harbour plan"})
    """
    opts = _options(options, keywords)
    if is_url(input):  # named by the user: the one network read a build makes unasked
        from .readers.url import read_url

        article = read_url(str(input), max_input_mb=opts.max_input_mb)
    else:
        article = read(input, max_input_mb=opts.max_input_mb, allow_remote=opts.allow_remote,
                       input_format=opts.input_format)
    if fields:
        from .readers.sidecar import merge_fields

        article = merge_fields(article, fields)
    return analyse(article, key_points=opts.key_points, timeline_max=opts.timeline_max)


def check_input(input: str | Path) -> None:
    """Fail at once, before anything else is looked at, when the article is not there."""
    from .errors import InputError
    from .readers import is_stdin

    if is_stdin(input) or is_url(input):
        return
    path = Path(input)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not an article file", path)


def build_article(input: str | Path, output: str | Path | None = None, options: Options | None = None, *,
                  prepared: Article | None = None, loaded_theme: Theme | None = None,
                  fields: dict[str, Any] | None = None, **keywords: Any) -> BuildResult:
    """Build one briefing; write it to `output` if given, else keep the PDF bytes.

    `prepared` is the article as `prepare` returned it for these options, when it has been
    read already; it is then used as it is. `loaded_theme` is the options' theme when it
    has been loaded already (a batch loads it once). `fields` as for `prepare`.
    """
    from . import themes
    from .readers import is_stdin
    from .readers.sidecar import sidecar_path, sidecar_site_root
    from .render import render_pdf
    from .write import check_target, write_atomic

    opts = _options(options, keywords)
    stdin, url = is_stdin(input), is_url(input)
    if prepared is None:
        check_input(input)
    if output is not None:
        check_target(Path(output), () if stdin or url else (Path(input), sidecar_path(Path(input))))
    if opts.site_root is None and not (stdin or url):
        site_root = sidecar_site_root(Path(input))
        opts = opts if site_root is None else opts.replace(site_root=site_root)
    resolved = loaded_theme or themes.load(opts.theme, opts.theme_dirs)
    article = prepared if prepared is not None else prepare(input if stdin or url else Path(input), opts,
                                                            fields=fields)
    # Standard input and a web page have no folder of their own: no local image is read for them.
    base_dir = None if stdin or url else Path(input).parent
    rendered = render_pdf(article, resolved, opts, base_dir=base_dir)
    warnings = list(article.metadata.warnings) + rendered.warnings
    if output is None:
        return BuildResult(article, None, rendered.pdf, rendered.pages, warnings, rendered.files)
    target = write_atomic(rendered.pdf, Path(output))
    return BuildResult(article, target, None, rendered.pages, warnings, rendered.files)


def build(input: str | Path, output: str | Path | None = None, options: Options | None = None,
          **keywords: Any) -> Path | bytes:
    """Turn an article into a briefing PDF: returns the output path, or the PDF bytes.

    >>> briefing.build("article.txt", "article.pdf", theme="policy", key_points=4)
    """
    result = build_article(input, output, options, **keywords)
    if result.output is not None:
        return result.output
    assert result.pdf is not None  # no output path: the PDF comes back as bytes
    return result.pdf
