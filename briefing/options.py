"""Every choice a user makes about a briefing, in one frozen object with its defaults.

The command line builds an `Options` from its flags, the Python API from keyword
arguments; a theme's manifest defaults fill what the user left open
(`with_theme_defaults`). Reading, analysis, rendering and the batch all take it, so an
option and its default are written here and nowhere else. No heavy imports: the
command line builds its help and its choices from this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

#: Paper names a user may give (any case) and the CSS page size each stands for.
PAPER_SIZES = {"a4": "A4", "letter": "letter", "a5": "A5", "legal": "legal"}
#: The paper names as the command line and the preview offer them: "A4", "Letter".
PAPER_NAMES = tuple(name.upper() if len(name) == 2 else name.title() for name in PAPER_SIZES)

#: Formats `--from` names (the readers' own names for them are in briefing.readers).
INPUT_FORMATS = ("txt", "md", "html")

#: A language tag as `--lang` takes it (BCP 47's language and subtags): "fr", "pt-BR", "zh-Hant".
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")

#: PDF flavours `--pdf-variant` offers; each is written tagged, with the document language.
PDF_VARIANTS = ("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/ua-1")


def _option(default: Any, help: str) -> Any:
    """A field with its default and the one line of help the command line shows."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Options:
    """How to read, analyse and lay out a briefing. Every field has a default."""

    theme: str | Path = _option("policy", "Theme name or theme folder.")
    theme_dirs: tuple[Path, ...] = _option((), "A folder of user themes (repeatable).")
    paper: str | None = _option(None, "Paper size (default: the theme's, usually A4).")
    marking: str | None = _option(None, 'Handling marking on every page, e.g. "TLP:AMBER".')
    lang: str | None = _option(None, "Language of the labels and dates, e.g. fr or pt-BR (default: the article's).")
    strict: bool = _option(False, "Fail when the renderer warns (missing glyph, image, CSS).")
    allow_remote: bool = _option(False, "Fetch remote images (public addresses only; time and size capped).")
    site_root: Path | None = _option(None, "The site's root folder: images named from the root "
                                           "(/images/x.png, as Hugo and Jekyll posts do) are read there.")
    pdf_variant: str | None = _option(None, "Write a standard PDF flavour (tagged, with the language set).")
    input_format: str | None = _option(None, "Read the article as txt, md or html (default: by its suffix; "
                                             "standard input is sniffed).")
    key_points: int = _option(5, "How many key points to choose.")
    timeline_max: int = _option(8, "How many extracted timeline events the box shows.")
    max_input_mb: float = _option(20.0, "Refuse articles larger than this.")
    max_seconds: float = _option(300.0, "Stop rendering an article after this many seconds.")
    max_memory_mb: float = _option(4096.0, "Stop rendering an article that uses more memory than this.")

    #: Options that bound the work but never change the PDF (left out of a batch's stamps).
    BUDGETS = ("max_seconds", "max_memory_mb")

    def __post_init__(self) -> None:
        object.__setattr__(self, "theme_dirs", tuple(Path(d) for d in self.theme_dirs))
        if self.site_root is not None:
            object.__setattr__(self, "site_root", Path(self.site_root))

    @staticmethod
    def language_code(value: str) -> str:
        """A `lang` value checked: a language tag such as "fr" or "pt-BR" (ValueError if not)."""
        tag = value.strip().replace("_", "-")
        if not _LANGUAGE_TAG.match(tag):
            raise ValueError(f"{value!r} is not a language code such as fr, ja or pt-BR")
        return tag

    @classmethod
    def from_keywords(cls, **keywords: Any) -> Options:
        """Options from keyword arguments, naming any that is not an option."""
        unknown = sorted(set(keywords) - set(cls.names()))
        if unknown:
            raise TypeError(f"unknown option(s) {', '.join(unknown)}; options are {', '.join(cls.names())}")
        return cls(**keywords)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The option names, in declaration order."""
        return tuple(f.name for f in fields(cls))

    @classmethod
    def help(cls, name: str) -> str:
        """The one-line help text of an option."""
        return next(f.metadata["help"] for f in fields(cls) if f.name == name)

    def replace(self, **changes: Any) -> Options:
        """A copy with some options changed."""
        return replace(self, **changes)

    def with_theme_defaults(self, defaults: dict) -> Options:
        """Fill the options the user left open (paper, marking) from a theme's defaults."""
        paper = self.paper if self.paper is not None else defaults.get("paper")
        marking = self.marking if self.marking is not None else defaults.get("marking")
        return replace(self, paper=None if paper is None else str(paper),
                       marking=None if marking is None else str(marking))

    def as_dict(self) -> dict:
        """The options as plain JSON values (for the batch report and its fingerprint)."""
        data = {name: getattr(self, name) for name in self.names()}
        data["theme"] = str(self.theme)
        data["theme_dirs"] = [str(d) for d in self.theme_dirs]
        data["site_root"] = None if self.site_root is None else str(self.site_root)
        return data


#: The options a user who says nothing gets.
DEFAULTS = Options()
