"""Images a post names from its site's root (`/images/blog/x.png`, as Hugo and Jekyll
posts do): read from the folder `--site-root` (or the sidecar's `site_root`) names, and
nowhere else. Without that folder they are left out, and the warning says how to find them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..paths import inside

#: Why a root-relative image was left out, as the images-left-out warning says it.
SITE_ROOT_IMAGE = "named from the site's root (--site-root DIR reads them)"


def site_relative(src: str) -> str | None:
    """The path of an image named from the site's root ("/images/x.png" gives
    "images/x.png"), or None for any other address (relative, remote, "//host/...")."""
    src = src.strip()
    if not src.startswith("/") or src.startswith("//"):
        return None
    path = unquote(urlsplit(src).path).lstrip("/")
    return path or None


def resolve_site_images(root, site_root: Path | None, article_dir: Path | None = None) -> int:
    """Point each `<img>` of the parsed tree `root` that is named from the site's root at
    the file under `site_root`; drop those that cannot be read there (no site root, or a
    path that leads out of it), and those with no address (they would draw their alt text).
    An absolute path into the article's own folder is left to the fetcher. Returns how many
    named from the site's root were dropped."""
    parents = {id(child): parent for parent in root.iter() for child in parent}
    dropped = 0
    for image in [e for e in root.iter() if _local(e) == "img"]:
        if not (image.get("src") or "").strip():  # no address: nothing to read, only its alt text to draw
            _remove(image, parents)
            continue
        path = site_relative(image.get("src") or "")
        if path is None or _in_article(unquote(image.get("src") or ""), article_dir):
            continue
        if site_root is not None and "\x00" not in path and _readable(site_root / path, site_root):
            image.set("src", (site_root / path).resolve().as_uri())
            continue
        _remove(image, parents)
        dropped += 1
    return dropped


def _readable(target: Path, site_root: Path) -> bool:
    try:
        return inside(target, site_root)
    except (OSError, ValueError):  # a name the file system cannot hold
        return False


def _in_article(src: str, article_dir: Path | None) -> bool:
    """An absolute path that is a file of the article's own folder ("/home/ann/post/x.png")."""
    if article_dir is None or "\x00" in src:
        return False
    try:
        return Path(src).is_file() and inside(Path(src), article_dir)
    except (OSError, ValueError):
        return False


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _remove(image, parents: dict) -> None:
    """Take an image out of the tree, its text after it kept; a figure whose only image it
    is goes whole, caption and all (a caption without its image says nothing)."""
    element, parent = image, parents.get(id(image))
    if parent is not None and _local(parent) == "figure" and sum(_local(e) == "img" for e in parent.iter()) == 1:
        element, parent = parent, parents.get(id(parent))
    if parent is None:
        return
    index = list(parent).index(element)
    if element.tail:
        if index:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
