"""What a batch is made of: one `Item` per article and the `BatchResult` of the run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..model import Article
from ..options import Options

RENDERED, SKIPPED, FAILED, NOT_RUN = "rendered", "skipped", "failed", "not run"


@dataclass
class Item:
    """One article of the batch and what became of it."""

    input: Path | str  # an article file, or a web page's URL
    output: Path
    fingerprint: str = ""
    status: str = NOT_RUN
    pages: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    title: str = ""
    files: list[str] = field(default_factory=list)  # the article's own files the PDF shows
    prepared: Article | None = field(default=None, repr=False)  # read already, for the worker

    #: The fields a worker reports back for its item.
    OUTCOME = ("status", "pages", "seconds", "warnings", "error", "title", "files")

    def take_outcome(self, other: Item) -> None:
        """Copy what a worker reported for this article onto this item."""
        for name in self.OUTCOME:
            setattr(self, name, getattr(other, name))

    def to_dict(self) -> dict:
        """The report entry for this article."""
        return {"input": str(self.input), "output": str(self.output), "status": self.status,
                "pages": self.pages, "seconds": round(self.seconds, 3),
                "warnings": list(self.warnings), "error": self.error}


@dataclass
class BatchResult:
    """What a batch did: every item (in input order) and the totals."""

    items: list[Item]
    seconds: float
    shard: tuple[int, int] = (1, 1)
    interrupted: bool = False
    book: Path | None = None
    book_pages: int = 0

    def count(self, status: str) -> int:
        """How many items ended with this status."""
        return sum(1 for item in self.items if item.status == status)

    @property
    def failed(self) -> list[Item]:
        """The items that failed."""
        return [item for item in self.items if item.status == FAILED]

    def to_dict(self, options: Options) -> dict:
        """The JSON report."""
        return {
            "tool": "briefing", "version": __version__,
            "shard": f"{self.shard[0]}/{self.shard[1]}",
            "options": options.as_dict(),
            "summary": {"articles": len(self.items), "rendered": self.count(RENDERED),
                        "skipped": self.count(SKIPPED), "failed": self.count(FAILED),
                        "not_run": self.count(NOT_RUN), "seconds": round(self.seconds, 3),
                        "interrupted": self.interrupted},
            "articles": [item.to_dict() for item in self.items],
        }
