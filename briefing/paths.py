"""Path rules shared by the readers, the themes and the renderer: which folder a file
lies in (symlinks followed), which files count as images an article may show, and how an
article's images left out are reported."""

from __future__ import annotations

import os
from pathlib import Path

#: The file suffixes of images an article may show from its own folder.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff"})


def inside(path: Path, folder: Path) -> bool:
    """True when `path`, with every symlink followed, lies inside `folder`."""
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


#: Why an image was left out, as the one warning line per article says it.
REMOTE_IMAGE = "remote (--allow-remote fetches remote ones)"
OUTSIDE_IMAGE = "outside the article's folder"


def images_left_out(reasons: dict[str, int]) -> str:
    """The one warning line for an article's images left out, counted by reason:
    "3 images left out: 2 outside the article's folder; 1 remote (...)"."""
    total = sum(reasons.values())
    detail = "; ".join(f"{count} {why}" for why, count in reasons.items() if count)
    return f"{total} image{'s' if total != 1 else ''} left out: {detail}"
