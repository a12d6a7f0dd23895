"""What a page holds that no reader of it sees, and that the extractor would read as text: a
script or a style set inside a heading or a paragraph (Focus's "<h2>Neues Lego-Set startet
durch <iframe> <script>!function(){...}", printed in the heading), and a link's note for
screen readers that it opens elsewhere (Golem's "<span class="go-vh">(öffnet im neuen
Fenster)</span>" in every outside link, printed mid-sentence). And the one hidden thing a
reader needs: a separator set for screen readers between a kicker and its headline (20
Minuten's "Europäische Kommission<span aria-hidden>: </span>Verfahren ..."), whose text stays."""

from __future__ import annotations

import re

from .htmlblocks import holds_the_page

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
#: A class or id word of a dialog the page opens over the story ("password-modal", ZDF's
#: "b-system-dialog" cookie notice, "modal-content"), not of a page that is open with one
#: ("modal-open") nor of Drupal's page wrapper ("dialog-off-canvas-main-canvas").
_DIALOG_WORD = re.compile(r"^(?:[\w]+-|[\w-]+__)?(?:modal|dialog)"
                          r"(?:-(?:dialog|content|body|window|overlay|popup|box|inner))?$", re.I)


def drop_unseen(tree) -> None:
    """Drop the scripts and styles set inside text and the links' notes for screen readers,
    keeping the text that follows them."""
    for code in [e for e in tree.iter(*_CODE) if _IN_TEXT & {a.tag for a in e.iterancestors()}]:
        code.drop_tree()
    for hint in [e for a in tree.iter("a") for e in a.iterdescendants()
                 if isinstance(e.tag, str) and _LINK_HINT.match(e.text_content())]:  # not a comment
        hint.drop_tree()


def is_separator(element) -> bool:
    """Whether an element holds only a separator (": ", " | ", " – "): hidden or not, its text
    parts two others."""
    return len(element) == 0 and bool(_SEPARATOR.match(element.text or ""))


def is_dialog(element, tree) -> bool:
    """Whether an element is a dialog the page opens over the story when asked (a log-in form,
    a cookie notice, a toast: `role="dialog"`, `aria-modal`, a "modal" or "dialog" class),
    even an <article> one (ZDF sets its log-in panels as articles), and does not hold the
    page's story."""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    return (element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal") == "true"
            or any(_DIALOG_WORD.match(w) for w in words)) and not holds_the_page(element, tree)
