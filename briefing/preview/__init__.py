"""`briefing preview`: a local web page that shows an article's briefing as page images,
with the build's choices (theme, paper, marking, ...) as controls, and rebuilds it when
the article, its sidecar or the theme in use is saved.

- `settings`: the choices a page may change, checked, and as a `briefing build` line.
- `renderer`: builds in this one warm process and draws the pages as PNG.
- `watcher`: watches the files a build reads.
- `page`: the HTML the browser gets (works without JavaScript).
- `server`: the HTTP server on loopback, with the token every request must carry.
"""

from __future__ import annotations

from .server import PreviewServer

__all__ = ["PreviewServer"]
