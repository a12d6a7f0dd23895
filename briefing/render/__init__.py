"""Render an article: model -> HTML (Jinja2, autoescaped) -> PDF (WeasyPrint, restricted).

The renderer only reads the model: it imports the model, the options, the themes and
the path rules, never a reader or the analysis. Every URL the document names goes
through the restricted fetcher (`fetcher`); article HTML is sanitized (`sanitize`).
`speedups` holds the changes to WeasyPrint and pydyf that the command line and the
batch workers install; a library call never does.
"""

from __future__ import annotations

from .html import marking_class, marking_for, render_html
from .pdf import RenderedPdf, paper_size, pdf_variant, release_fonts, render_document, render_pdf

__all__ = ["RenderedPdf", "marking_class", "marking_for", "paper_size", "pdf_variant", "release_fonts",
           "render_document", "render_html", "render_pdf"]
