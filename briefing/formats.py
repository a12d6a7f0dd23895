"""Output formats the renderer offers: paper sizes and PDF variants (no heavy imports,
so the command line can build its choices from them)."""

#: Paper names a user may give (any case) and the CSS page size each stands for.
PAPER_SIZES = {"a4": "A4", "letter": "letter", "a5": "A5", "legal": "legal"}

#: PDF flavours `--pdf-variant` offers; each is written tagged, with the document language.
PDF_VARIANTS = ("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/ua-1")
