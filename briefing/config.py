"""Settings kept with a folder of articles: `briefing.toml`, or `[tool.briefing]` in
`pyproject.toml`, in the working folder or the nearest parent that has one.

The keys are the options' names (`theme`, `paper`, `marking`, `key_points` or
`key-points`, ...). A command-line option wins over the file, the file over the
built-in default. Folders in the file (`theme_dirs`, a `theme` given as a path) are
taken relative to the file. An unknown key or a value of the wrong kind is an error
naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import BriefingError
from .options import DEFAULTS, INPUT_FORMATS, PAPER_SIZES, PDF_VARIANTS, Options

CONFIG_FILE = "briefing.toml"
PYPROJECT = "pyproject.toml"


class ConfigError(BriefingError):
    """The settings file is unreadable or holds something that is not an option."""


@dataclass(frozen=True)
class Settings:
    """The options a settings file gives, and where it is."""

    values: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, name: str) -> str:
        """Where an option's value comes from, for `briefing config`."""
        if name in self.values and self.path is not None:
            return f"{self.path}:{self.lines.get(name, 1)}"
        return "default"


def find(start: Path | None = None) -> Path | None:
    """The settings file that applies in `start` (the working folder by default)."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_FILE).is_file():
            return candidate / CONFIG_FILE
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and "[tool.briefing]" in _text(pyproject):
            return pyproject
    return None


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the settings ({exc})".splitlines()[0], path) from None


def _line_of(text: str, key: str) -> int:
    """The line where `key` is set (1 when it cannot be told)."""
    pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def load(path: Path | None = None) -> Settings:
    """The settings in `path`, or in the file `find` finds; empty settings without one."""
    import tomllib

    path = path or find()
    if path is None:
        return Settings()
    text = _text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", path) from None
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("briefing", {})
    if not isinstance(data, dict):
        raise ConfigError("[tool.briefing] must be a table", path)
    values, lines = {}, {}
    for key, value in data.items():
        name = key.replace("-", "_")
        line = _line_of(text, key)
        if name not in Options.names():
            raise ConfigError(f"line {line}: unknown setting {key!r}; settings are "
                              + ", ".join(Options.names()), path)
        values[name] = _checked(name, value, path, line)
        lines[name] = line
    return Settings(values, path, lines)


def _checked(name: str, value: Any, path: Path, line: int) -> Any:
    """A setting's value in the type its option takes, or an error naming the line."""
    def wrong(what: str) -> ConfigError:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        return ConfigError(f"line {line}: {name} must be {what}, not {shown}", path)

    default = getattr(DEFAULTS, name)
    if name == "theme_dirs":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise wrong("a list of folders")
        return tuple(path.parent / v for v in value)
    if name == "theme":
        if not isinstance(value, str) or not value:
            raise wrong("a theme name or folder")
        return str(path.parent / value) if "/" in value or value.startswith(".") else value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value
    if isinstance(default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise wrong("a number of at least 0")
        return type(default)(value)
    if not isinstance(value, str):
        raise wrong("text")
    if name == "lang":
        try:
            return Options.language_code(value)
        except ValueError:
            raise wrong("a language code such as fr, ja or pt-BR") from None
    choices = {"paper": PAPER_SIZES, "pdf_variant": PDF_VARIANTS, "input_format": INPUT_FORMATS}.get(name)
    if choices is not None and value.lower() not in choices:
        raise wrong("one of " + ", ".join(choices))
    return value.lower() if name == "input_format" else value
