"""The language a briefing speaks: its labels, its dates, its list of names, its direction.

The article's language (`Metadata.language`, which the readers detect) unless `--lang`
overrides it. Labels come from the catalogue in `labels.py`; dates and name lists from
Babel's CLDR data. A language the catalogue lacks is printed in English throughout (labels
and dates alike, so that one page never mixes two languages), though the document still
carries its own language for hyphenation, fonts and direction. English dates keep the
form the briefing has always printed ("30 April 2015").
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dates import display_date, precision_of
from ..options import Options
from .labels import ENGLISH, LABELS

if TYPE_CHECKING:
    from babel import Locale

#: Right-to-left languages, for when Babel does not know the tag.
_RTL = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi"})


def language_tag(detected: str | None, override: str | None = None) -> str:
    """The tag the briefing speaks: `override` (--lang) when it is one, else the article's,
    else "en". Underscores become hyphens ("pt_BR" -> "pt-BR")."""
    for value in (override, detected):
        try:
            return Options.language_code(value or "")
        except ValueError:
            continue
    return "en"


def _catalogue_key(tag: str) -> str:
    """The catalogue's language for a tag: its primary subtag, "zh-Hant" for traditional
    Chinese, "en" when the catalogue lacks it."""
    parts = [p.lower() for p in tag.split("-")]
    primary = {"iw": "he", "no": "nb", "nn": "nb"}.get(parts[0], parts[0])  # Nynorsk reads Bokmål's labels
    if primary == "zh" and ({"hant", "tw", "hk", "mo"} & set(parts[1:])):
        return "zh-Hant"
    return primary if primary in LABELS else "en"


def _babel_locale(tag: str, fallback: str) -> Locale | None:
    """Babel's locale for a tag, else for `fallback` (its language), else None."""
    from babel import Locale, UnknownLocaleError

    for candidate in (tag, fallback):
        try:
            return Locale.parse(candidate.replace("-", "_"))
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return None


@dataclass(frozen=True)
class Language:
    """What a briefing prints in one language (make it with `language()`)."""

    tag: str  # for the html element's lang attribute: "fr", "pt-BR"
    key: str  # the catalogue language used: "fr", "zh-Hant", "en"
    direction: str  # "ltr" or "rtl"
    labels: dict[str, str] = field(repr=False)
    _locale: Locale | None = field(repr=False, compare=False)  # Babel's, None for English

    def date(self, iso: str, precision: str | None = None) -> str:
        """A partial ISO date as this language writes it: "30 avril 2015", "2015年4月"."""
        parts = iso.split("-")
        if precision is None:
            precision = precision_of(iso)
        if self._locale is None:
            return display_date(iso, precision)
        if precision == "decade":
            return self.labels["decade"].format(year=parts[0], yy=parts[0][-2:])
        from babel.dates import format_date, format_skeleton

        numbers = [int(p) for p in parts] + [1, 1]
        try:
            date = _dt.date(numbers[0], numbers[1], numbers[2])
        except ValueError:
            return display_date(iso, precision)
        if precision == "day" and len(parts) >= 3:
            return format_date(date, "long", locale=self._locale)
        if precision in ("day", "month") and len(parts) >= 2:
            return format_skeleton("yMMMM", date, locale=self._locale)
        return format_skeleton("y", date, locale=self._locale)

    def names(self, names: list[str], english: str) -> str:
        """Authors' names as one phrase ("A, B et C"); `english` is the model's own joining."""
        names = [n for n in names if n]
        if self._locale is None or not names:
            return english
        from babel.lists import format_list

        return format_list(names, locale=self._locale)

    def page_parts(self) -> tuple[str, str, str]:
        """The page count's words around the two numbers: ("Page ", " of ", "")."""
        text = self.labels["page"]
        before, _, rest = text.partition("{page}")
        between, _, after = rest.partition("{pages}")
        return before, between, after


@functools.lru_cache(maxsize=64)
def language(tag: str) -> Language:
    """The `Language` for a tag (see `language_tag`)."""
    key = _catalogue_key(tag)
    primary = tag.split("-")[0].lower()
    locale = None if primary == "en" else _babel_locale(tag, key if key != "en" else primary)
    rtl = locale.character_order == "right-to-left" if locale is not None else primary in _RTL
    return Language(tag=tag, key=key, direction="rtl" if rtl else "ltr", labels={**ENGLISH, **LABELS[key]},
                    _locale=locale if key != "en" else None)


def fill(label: str, value: object) -> str:
    """A label with its value put in place of "{}" ("Source: {}" -> "Source: RAND")."""
    return label.replace("{}", str(value), 1)
