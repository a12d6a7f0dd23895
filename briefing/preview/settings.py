"""The choices the preview page offers, checked as the command line checks them, and
written back as the `briefing build` command line or a `briefing.toml` that gives them."""

from __future__ import annotations

import shlex
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import BriefingError
from ..options import PAPER_NAMES, PDF_VARIANTS, Options

PAPERS = PAPER_NAMES
#: Ranges of the numeric choices, as the command line allows them.
KEY_POINTS_RANGE = (0, 20)
TIMELINE_RANGE = (0, 100)
MAX_MARKING = 200


class SettingsError(BriefingError):
    """A choice the page sent is not one the build accepts."""


@dataclass(frozen=True)
class PreviewSettings:
    """What the page can change: the build options a user picks by looking."""

    theme: str
    paper: str = ""  # "" is the theme's own paper
    marking: str = ""
    key_points: int = 5
    timeline_max: int = 8
    pdf_variant: str = ""

    @classmethod
    def from_options(cls, options: Options) -> PreviewSettings:
        return cls(theme=str(options.theme), paper=_paper_name(options.paper),
                   marking=options.marking or "", key_points=options.key_points,
                   timeline_max=options.timeline_max, pdf_variant=(options.pdf_variant or "").lower())

    def changed(self, query: dict[str, str], themes: dict[str, str]) -> PreviewSettings:
        """These settings with the ones `query` gives, each checked; `themes` maps each
        theme's name to what `--theme` takes for it."""
        changes: dict[str, object] = {}
        if "theme" in query:
            if query["theme"] not in themes:
                raise SettingsError(f"unknown theme {query['theme']!r}; themes are " + ", ".join(themes))
            changes["theme"] = themes[query["theme"]]
        if "paper" in query:
            paper = _paper_name(query["paper"]) if query["paper"] else ""
            if paper and paper not in PAPERS:
                raise SettingsError(f"unknown paper {query['paper']!r}; use one of " + ", ".join(PAPERS))
            changes["paper"] = paper
        if "marking" in query:
            marking = " ".join(query["marking"].split())
            if len(marking) > MAX_MARKING:
                raise SettingsError(f"the marking is longer than {MAX_MARKING} characters")
            if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") for c in marking):
                raise SettingsError("the marking holds a control character")
            changes["marking"] = marking
        for name, (low, high) in (("key_points", KEY_POINTS_RANGE), ("timeline_max", TIMELINE_RANGE)):
            if name in query:
                changes[name] = _number(name, query[name], low, high)
        if "pdf_variant" in query:
            variant = query["pdf_variant"].lower()
            if variant and variant not in PDF_VARIANTS:
                raise SettingsError(f"unknown PDF variant {query['pdf_variant']!r}; use one of "
                                    + ", ".join(PDF_VARIANTS))
            changes["pdf_variant"] = variant
        return replace(self, **changes)  # type: ignore[arg-type]

    def options(self, base: Options) -> Options:
        """The build options: `base` (the command line's) with these choices."""
        return base.replace(theme=self.theme, paper=self.paper or None, marking=self.marking or None,
                            key_points=self.key_points, timeline_max=self.timeline_max,
                            pdf_variant=self.pdf_variant or None)

    def command_line(self, article: str, base: Options, output: str | None = None) -> str:
        """The `briefing build` command that makes the same PDF: these settings and the
        command line's own options that differ from the defaults."""
        from ..options import DEFAULTS

        words = ["briefing", "build", article]
        for folder in base.theme_dirs:
            words += ["--theme-dir", str(folder)]
        if self.theme != "policy":
            words += ["--theme", self.theme]
        if self.paper:
            words += ["--paper", self.paper]
        if self.marking:
            words += ["--marking", self.marking]
        if self.key_points != DEFAULTS.key_points:
            words += ["--key-points", str(self.key_points)]
        if self.timeline_max != DEFAULTS.timeline_max:
            words += ["--timeline-max", str(self.timeline_max)]
        if self.pdf_variant:
            words += ["--pdf-variant", self.pdf_variant]
        for name, flag in (("lang", "--lang"), ("input_format", "--from")):
            if getattr(base, name):
                words += [flag, str(getattr(base, name))]
        for name, flag in (("strict", "--strict"), ("allow_remote", "--allow-remote")):
            if getattr(base, name):
                words.append(flag)
        if base.max_input_mb != DEFAULTS.max_input_mb:
            words += ["--max-input-mb", f"{base.max_input_mb:g}"]
        if output:
            words += ["-o", output]
        return shlex.join(words)

    def config_values(self, base: Options) -> dict[str, object]:
        """The settings as `briefing.toml` keys: the theme and its folders, the box sizes,
        and the paper, marking and variant when they are set."""
        values: dict[str, object] = {"theme": self.theme}
        if base.theme_dirs:
            values["theme_dirs"] = [str(Path(d).resolve()) for d in base.theme_dirs]
        if self.paper:
            values["paper"] = self.paper
        if self.marking:
            values["marking"] = self.marking
        values["key_points"] = self.key_points
        values["timeline_max"] = self.timeline_max
        if self.pdf_variant:
            values["pdf_variant"] = self.pdf_variant
        if base.lang:
            values["lang"] = base.lang
        return values


def _paper_name(paper: str | None) -> str:
    if not paper:
        return ""
    return paper.upper() if len(paper) == 2 else paper.title()


def _number(name: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise SettingsError(f"{name.replace('_', ' ')} must be a whole number, not {text[:20]!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name.replace('_', ' ')} must be from {low} to {high}")
    return value


def write_config(path: Path, values: dict[str, object]) -> Path:
    """Set `values` in the settings file at `path` (briefing.toml), keeping its other keys.

    The file is rewritten from its parsed values, so comments in it are not kept; the
    page says so before the user asks for it.
    """
    import tomllib

    from ..write import write_atomic

    current: dict[str, object] = {}
    if path.exists():
        try:
            current = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot update the settings ({str(exc).splitlines()[0]})", path) from None
    current.update(values)
    lines = [f"{key} = {_toml_value(value)}" for key, value in current.items()]
    return write_atomic(("\n".join(lines) + "\n").encode("utf-8"), path)


def _toml_value(value: object) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, str):
        # A JSON string is a TOML basic string, but for DEL, which TOML wants escaped too.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")
    raise SettingsError(f"cannot write the setting value {value!r}")
