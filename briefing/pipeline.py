"""The Python API: read -> analyse -> render -> write, for one article."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .analysis import DEFAULT_KEY_POINTS, DEFAULT_TIMELINE_MAX, analyse
from .model import Article
from .preload import preload_renderer
from .readers import DEFAULT_MAX_INPUT_MB, read


@dataclass
class BuildResult:
    """What one build produced, for the CLI to report."""

    article: Article
    output: Path | None
    pdf: bytes | None
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


def prepare(input: str | Path, *, key_points: int = DEFAULT_KEY_POINTS,
            timeline_max: int = DEFAULT_TIMELINE_MAX,
            max_input_mb: float = DEFAULT_MAX_INPUT_MB, allow_remote: bool = False) -> Article:
    """Read and analyse an article: the model `inspect` prints and the renderer reads."""
    article = read(input, max_input_mb=max_input_mb, allow_remote=allow_remote)
    return analyse(article, key_points=key_points, timeline_max=timeline_max)


def build_article(input: str | Path, output: str | Path | None = None, *, theme="policy",
                  theme_dirs=(), paper: str | None = None, marking: str | None = None,
                  strict: bool = False, allow_remote: bool = False, pdf_variant: str | None = None,
                  key_points: int = DEFAULT_KEY_POINTS,
                  timeline_max: int = DEFAULT_TIMELINE_MAX,
                  max_input_mb: float = DEFAULT_MAX_INPUT_MB,
                  prepared: Article | None = None) -> BuildResult:
    """Build one briefing; write it to `output` if given, else keep the PDF bytes.

    `prepared` is the article as `prepare` returned it for these options, when it has been
    read already (a batch reads ahead); it is then not read again.
    """
    from . import themes
    from .readers import is_stdin
    from .render import RenderOptions, render_pdf
    from .write import check_target, write_atomic

    preload_renderer()
    stdin = is_stdin(input)
    input = Path(input)
    if output is not None:
        check_target(Path(output))
    resolved = themes.load(theme, tuple(Path(d) for d in theme_dirs))
    article = prepared if prepared is not None else prepare(
        "-" if stdin else input, key_points=key_points, timeline_max=timeline_max,
        max_input_mb=max_input_mb, allow_remote=allow_remote)
    options = RenderOptions(paper=paper, marking=marking, strict=strict, allow_remote=allow_remote,
                            pdf_variant=pdf_variant)
    # Standard input has no folder of its own: no local image may be read for it.
    base_dir = None if stdin else input.parent
    rendered = render_pdf(article, resolved, options, base_dir=base_dir)
    warnings = list(article.metadata.warnings) + rendered.warnings
    if output is None:
        return BuildResult(article, None, rendered.pdf, rendered.pages, warnings)
    target = write_atomic(rendered.pdf, Path(output))
    return BuildResult(article, target, None, rendered.pages, warnings)


def build(input: str | Path, output: str | Path | None = None, *, theme="policy",
          **options) -> Path | bytes:
    """Turn an article into a briefing PDF: returns the output path, or the PDF bytes.

    >>> briefing.build("article.txt", "article.pdf", theme="policy", key_points=4)
    """
    result = build_article(input, output, theme=theme, **options)
    return result.output if result.output is not None else result.pdf
