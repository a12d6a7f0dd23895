"""Briefing packs: many articles on one subject in one PDF, with a cover, a summary
across the sources, one merged timeline, each article's briefing and a source list.
It lives in `batch/` because it is a batch: the same discovery, workers and stamps.

- `crossread`: duplicates, the points several sources make, the merged timeline.
- `numbers`: the quantities a sentence gives, the event each belongs to, disagreements.
- `feeds`: RSS/Atom feeds and OPML lists as inputs (their entries' addresses).
- `sources`: reading the sources in parallel, and keeping the analysed articles.
- `build`: read, filter, render (with the batch's workers and stamps) and assemble.
- `layout`: the pack's own pages from the theme's `pack.html.j2`, and the PDF.
"""
