"""What a page holds that no reader of it sees, and that the extractor would read as text: a
script or a style set inside a heading or a paragraph (Focus's "<h2>Neues Lego-Set startet
durch <iframe> <script>!function(){...}", printed in the heading), and a link's note for
screen readers that it opens elsewhere (Golem's "<span class="go-vh">(öffnet im neuen
Fenster)</span>" in every outside link, printed mid-sentence). And the one hidden thing a
reader needs: a separator set for screen readers between a kicker and its headline (20
Minuten's "Europäische Kommission<span aria-hidden>: </span>Verfahren ..."), whose text stays."""

from __future__ import annotations

import re

#: Elements whose code sits in text; only those inside text go: where the page's other scripts
#: sit steers the extractor (removing every one lost WDR's lede).
_CODE = ("script", "style", "template")
_IN_TEXT = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dd", "dt", "blockquote",
                      "figcaption"})
#: A link's note that it opens elsewhere, as a whole element's text.
_LINK_HINT = re.compile(r"^\s*\(?(?:opens? in (?:a )?new (?:window|tab)|link is external|external link"
                        r"|öffnet (?:sich )?(?:im|in einem) neuen (?:fenster|tab)|externer link"
                        r"|s['’]ouvre dans une? nouv\w+ (?:fenêtre|onglet)|nouvelle fenêtre"
                        r"|se abre en una nueva (?:ventana|pestaña)|opent in (?:een )?nieuw (?:venster|tabblad)"
                        r"|apre in una nuova (?:finestra|scheda))\)?\s*$", re.I)
_SEPARATOR = re.compile(r"^\s*[:|/·•–—-]\s*$")


def drop_unseen(tree) -> None:
    """Drop the scripts and styles set inside text and the links' notes for screen readers,
    keeping the text that follows them."""
    for code in [e for e in tree.iter(*_CODE) if _IN_TEXT & {a.tag for a in e.iterancestors()}]:
        code.drop_tree()
    for hint in [e for a in tree.iter("a") for e in a.iterdescendants() if _LINK_HINT.match(e.text_content())]:
        hint.drop_tree()


def is_separator(element) -> bool:
    """Whether an element holds only a separator (": ", " | ", " – "): hidden or not, its text
    parts two others."""
    return len(element) == 0 and bool(_SEPARATOR.match(element.text or ""))
