"""Path rules shared by the readers, the themes and the renderer: which folder a file
lies in (symlinks followed) and which files count as images an article may show."""

from __future__ import annotations

import os
from pathlib import Path

#: The file suffixes of images an article may show from its own folder.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff"})


def inside(path: Path, folder: Path) -> bool:
    """True when `path`, with every symlink followed, lies inside `folder`."""
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)
