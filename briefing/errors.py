"""The project's exception tree: every error a user can cause is a BriefingError."""

from __future__ import annotations


class BriefingError(Exception):
    """An error the user can fix; its message is one line naming the file and the problem."""

    def __init__(self, message: str, path: object | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path is not None else message)


class InputError(BriefingError):
    """The article cannot be read: missing, unreadable, empty, binary or malformed."""


class ThemeError(BriefingError):
    """The theme is unknown or broken."""


class OutputError(BriefingError):
    """The PDF cannot be written where the user asked."""


class RenderError(BriefingError):
    """The renderer failed, or `--strict` found warnings."""
