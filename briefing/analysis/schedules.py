"""A schedule run together in one sentence ("1a etapa: 10 de março – Interlagos 2a etapa: ...",
"June 9 -- Coral Sky Amphitheatre, ... June 10 -- ..."): one timeline item for each date."""

from __future__ import annotations

import re

from .events import DATE_TOKEN

#: A numbered item's label just before its date: "1a etapa: ", "Round 3 – ", "Day 2: ".
_ITEM_LABEL = re.compile(r"(?:\b\d{1,3}[^\W\d]{0,3}\.?\s+[^\W\d]+|\b[^\W\d]+\s+\d{1,3}[^\W\d]{0,2})\s*[:–—-]\s*$")
_LEADING_DATE = re.compile(rf"^(?:\s*(?:{DATE_TOKEN.pattern}))+", re.I)


def schedule_items(sentence: str, starts: list[int]) -> dict[int, str] | None:
    """A schedule run together in one paragraph ("1a etapa: 10 de março – Interlagos 2a
    etapa: 8 de abril – Curitiba ..."): each date's item, its label and what follows the
    date up to the next label ("Interlagos (1a etapa)"), keyed by the date's offset; or,
    without labels, each date's item after a dash ("June 9 -- Coral Sky Amphitheatre, ...");
    None when the sentence is not one (fewer than three dates)."""
    if len(starts) < 3:
        return None
    labels = []
    for index, start in enumerate(starts):
        label = _ITEM_LABEL.search(sentence, starts[index - 1] if index else 0, start)
        if not label:
            return _dashed_items(sentence, starts)
        labels.append(label)
    items = {}
    for index, start in enumerate(starts):
        stop = labels[index + 1].start() if index + 1 < len(starts) else len(sentence)
        what = _LEADING_DATE.sub("", sentence[start:stop]).strip(" –—-:,;/")
        name = labels[index].group().strip(" :–—-")
        items[start] = f"{what} ({name})" if what else name  # "Interlagos (1a etapa)"
    return items


def _dashed_items(sentence: str, starts: list[int]) -> dict[int, str] | None:
    """A list of dates run together, each with its item after a dash ("June 9 -- Coral Sky
    Amphitheatre, West Palm Beach, FL June 10 -- ..."): each item keyed by its date's offset
    (a date before the first item, in the list's lead-in, has none); None unless three are."""
    items = {}
    for index, start in enumerate(starts):
        raw = sentence[start:starts[index + 1] if index + 1 < len(starts) else len(sentence)]
        lead = _LEADING_DATE.match(raw)
        if lead and _DASH.search(lead.group()) and (what := raw[lead.end():].strip(" –—-:,;/")):
            items[start] = what
        elif items:
            return None  # the run is broken: not a list
    return items if len(items) >= 3 else None


_DASH = re.compile(r"--|[–—]")
