"""Images a post names from its site's root (`/images/blog/x.png`, as Hugo and Jekyll
posts do): read from the folder `--site-root` (or the sidecar's `site_root`) names, and
nowhere else. Without that folder they are left out, and the warning says how to find them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..paths import REMOTE_IMAGE, inside

#: Why a root-relative image was left out, as the images-left-out warning says it.
SITE_ROOT_IMAGE = "named from the site's root (--site-root DIR reads them)"
#: Why an image named in the article's folder was left out.
MISSING_IMAGE = "not found in the article's folder"


def site_relative(src: str) -> str | None:
    """The path of an image named from the site's root ("/images/x.png" gives
    "images/x.png"), or None for any other address (relative, remote, "//host/...")."""
    src = src.strip()
    if not src.startswith("/") or src.startswith("//"):
        return None
    path = unquote(urlsplit(src).path).lstrip("/")
    return path or None


def resolve_site_images(root, site_root: Path | None, article_dir: Path | None = None, *,
                        allow_remote: bool = False) -> dict[str, int]:
    """Point each `<img>` of the parsed tree `root` that is named from the site's root at
    the file under `site_root`; drop those that cannot be read there (no site root, or a
    path that leads out of it), those with no address (they would draw their alt text),
    and, so that a figure does not print its caption alone, those named by a path in the
    article's folder that holds no such file, and remote ones without `allow_remote`. An
    absolute path into the article's own folder is left to the fetcher. Returns how many
    were dropped, by reason (as the images-left-out warning says it)."""
    parents = {id(child): parent for parent in root.iter() for child in parent}
    dropped = {SITE_ROOT_IMAGE: 0, MISSING_IMAGE: 0, REMOTE_IMAGE: 0}
    for image in [e for e in root.iter() if _local(e) == "img"]:
        src = (image.get("src") or "").strip()
        if not src:  # no address: nothing to read, only its alt text to draw
            _remove(image, parents)
            continue
        if (why := _unprinted(src, article_dir, allow_remote)) is not None:
            _remove(image, parents)
            dropped[why] += 1
            continue
        path = site_relative(src)
        if path is None or _in_article(unquote(src), article_dir):
            continue
        if site_root is not None and "\x00" not in path and _readable(site_root / path, site_root):
            image.set("src", (site_root / path).resolve().as_uri())
            continue
        _remove(image, parents)
        dropped[SITE_ROOT_IMAGE] += 1
    return {why: count for why, count in dropped.items() if count}


def _unprinted(src: str, article_dir: Path | None, allow_remote: bool) -> str | None:
    """Why an image the fetcher would refuse is left out before layout, or None: remote
    without `allow_remote`, or a relative path with no file there in the article's folder."""
    scheme = urlsplit(src).scheme.lower()
    if src.startswith("//") or scheme in ("http", "https"):
        return None if allow_remote else REMOTE_IMAGE
    if scheme or src.startswith("/") or article_dir is None or "\x00" in src:
        return None  # data:, file:, the site's root: the fetcher and the code above decide
    try:
        return None if (article_dir / unquote(urlsplit(src).path)).is_file() else MISSING_IMAGE
    except (OSError, ValueError):
        return MISSING_IMAGE


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
    is goes whole, caption and all (a caption without its image says nothing), and so does a
    paragraph of the image and its caption in emphasis."""
    element, parent = image, parents.get(id(image))
    figure = parent
    while figure is not None and _local(figure) in ("a", "picture", "span", "div"):  # <figure><a><img>
        figure = parents.get(id(figure))
    if figure is not None and _local(figure) == "figure" and sum(_local(e) == "img" for e in figure.iter()) == 1:
        element, parent = figure, parents.get(id(figure))
    elif parent is not None and _captioned(parent, image):
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


def _captioned(paragraph, image) -> bool:
    """A paragraph that is an image and its caption in emphasis under it, as Jekyll posts write
    a figure ("![Almedalen](/assets/a.jpg)" then "*Almedalen, Visby, Sweden.*")."""
    others = [child for child in paragraph if child is not image]
    return (_local(paragraph) == "p" and not (paragraph.text or "").strip() and not (image.tail or "").strip()
            and len(others) == 1 and _local(others[0]) in ("em", "i") and not (others[0].tail or "").strip())
