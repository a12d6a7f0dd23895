"""What the header of an office's text says: a minister's transcript (`ministerial`) or a
media release (`mediarelease`), read as the briefing's metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeHeader:
    """What the header of a minister's transcript or of a media release says."""

    speakers: tuple[str, ...] = ()  # the minister, or a joint release's ministers
    kind: str | None = None  # "Press conference", "Media release"
    date: str | None = None
    subjects: str | None = None  # "Subjects: Qatari apology ...; climate change"
    title: str | None = None  # a release's headline
