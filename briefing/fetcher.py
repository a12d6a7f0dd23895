"""The renderer's gatekeeper for every URL a document names.

Allows `data:` URLs, files inside the theme's folders, and images inside the
article's own folder; refuses everything else (other local files, symlinks leading
out of those folders, and the network). Refusals are recorded so `--strict` and the
tests can see them.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff"}


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def make_fetcher(theme_dirs: list[Path], article_dir: Path | None):
    """A WeasyPrint URL fetcher restricted to the theme's folders and the article's images."""
    from weasyprint.urls import URLFetcher

    theme_roots = [Path(os.path.realpath(d)) for d in theme_dirs]
    article_root = Path(os.path.realpath(article_dir)) if article_dir else None

    class RestrictedFetcher(URLFetcher):
        """Serves data: URLs and allowed local files; refuses the rest."""

        def __init__(self):
            super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)
            self.refused: list[str] = []

        def allowed_file(self, url: str) -> bool:
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                return False
            path = Path(os.path.realpath(unquote(parts.path)))
            if any(_inside(path, root) for root in theme_roots):
                return True
            return (article_root is not None and _inside(path, article_root)
                    and path.suffix.lower() in IMAGE_SUFFIXES)

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data" or (scheme == "file" and self.allowed_file(url)):
                return super().fetch(url, headers)
            self.refused.append(url)
            raise ValueError(f"refused to fetch {url}: outside the theme and the article's folder")

    return RestrictedFetcher()
