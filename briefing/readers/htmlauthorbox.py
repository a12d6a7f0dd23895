"""The author box under an article ("About the author", a bio): found by its class and read
as one line of text, without its label, its buttons or the name printed over it."""

from __future__ import annotations

import copy
import re

from ..lexicon import ABOUT_THE_AUTHOR
from ..model import Section
from .bio import find_bio, without_appeals
from .chrome import is_chrome_line
from .htmlblocks import clean_text

_BIO_WORD = re.compile(
    r"(?:^|[-_])(?:bio|biography|author-?info|author-?box|about-?author|author-?about)(?:$|[-_])", re.I)
_AUTHOR_BOX = re.compile(  # and WordPress's Simple Author Box plugin, "saboxplugin-wrap"
    r"^(?:post|about|article|entry)[-_]+author$|^author[-_]+(?:box|card|info|details|about|bio|description)$"
    r"|^saboxplugin-wrap$", re.I)
_ABOUT_HEADING = re.compile(rf"^\s*{ABOUT_THE_AUTHOR}\s*[:—–-]*\s*", re.I)
#: A box's heading that names its person, "Über Creeny", "About Jane Doe": the name without the label
#: (R13: "Über Creeny" was printed as the author's name).
_ABOUT_NAME = re.compile(r"((?i:about|über|à propos de|sobre|acerca de|over|om)\s+)(?!(?:Me|Us|Mich|Uns|Moi|Nous|Mí)\b)"
                         r"(?:[A-ZÄÖÜ][\w.'’-]*\s*){1,4}")


def find_author_box(tree):
    """The author box ("About the author", a bio under the article): (element, text) or None."""
    candidates = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        words = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        words = [w for w in words if not w.lower().startswith(("hasnt", "has-no", "no-", "icon"))]
        if not any(_BIO_WORD.search(w) or _AUTHOR_BOX.match(w) for w in words):
            continue
        text = box_text(element)
        if 20 <= len(text) <= 1200 and len(text.split()) >= 4 and not text.istitle() and not _only_a_stamp(text):
            candidates.append((element, text))  # a name alone is no bio, nor "Published 5 months ago on April 3"
    # The innermost candidate wins over the boxes that contain it.
    inner = [c for c in candidates if not any(o is not c[0] and c[0] in o.iterancestors()
                                              for o, _ in candidates)]
    return inner[-1] if inner else None


_STAMP_WORDS = frozenset("""published posted updated on at ago by min mins minute minutes hour hours day days week
    weeks month months year years read am pm edt est gmt utc january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _only_a_stamp(text: str) -> bool:
    """Whether a box says no more than when something was published, and by whom: fewer than
    three words besides the stamp's and the capitalised ones of a name."""
    words = re.findall(r"[^\W\d_]+", text)
    return len([w for w in words if w.lower() not in _STAMP_WORDS and not w.istitle() and not w.isupper()]) < 3


_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "aside", "figure",
               "header", "footer", "blockquote", "dd", "dt", "strong", "figcaption"}


def box_text(element) -> str:
    """The text of an author box: its pieces joined, the "About the author" label dropped."""
    pieces: list[str] = []

    def walk(node):
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript", "img", "svg"):
            return
        has_blocks = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in node)
        if not has_blocks and node.find(".//br") is not None:  # "... Neunzehn72.<br>Ich mag ...": two sentences,
            node = copy.deepcopy(node)  # parted in a copy (the page's tree stays as it is)
            for br in node.iter("br"):
                br.tail = f" {br.tail or ''}"
        if not has_blocks:
            text = clean_text(node.text_content())
            if text:
                pieces.append(text)
            return
        if node.text and node.text.strip():
            pieces.append(clean_text(node.text))
        for child in node:
            walk(child)
            if child.tail and child.tail.strip():
                pieces.append(clean_text(child.tail))

    walk(element)
    # the box's buttons go: "WEBSITE", "SHOW ALL ARTICLES OF Maximilian Steinbeis", "Follow on Twitter"
    pieces = [p[m.end(1):] if (m := _ABOUT_NAME.fullmatch(p)) else p for p in pieces]
    pieces = [p for p in pieces if not _ABOUT_HEADING.fullmatch(p) and not is_chrome_line(p)
              and not (p.isupper() and len(p.split()) <= 3) and not _TOGGLE.fullmatch(p) and not _SOCIAL.fullmatch(p)]
    # the name over the box goes when the bio opens with it ("Markus Reuter", "Markus Reuter beschäftigt sich ...",
    # "Peter Walker", "Peter ist nicht nur ..."); a teaser cut with "…" goes when the whole text follows it
    pieces = [p for p, after in zip(pieces, pieces[1:] + [""])
              if not (len(p.split()) <= 5 and (after.startswith(f"{p} ") or after.split(" ", 1)[0] in p.split()))
              and not _teaser_of(p, pieces)]
    out = ""
    for piece in pieces:
        if not out:
            out = _ABOUT_HEADING.sub("", piece)
        elif out.endswith((".", "!", "?", ":", ";", ",")):
            out = f"{out} {piece}"
        else:
            out = f"{out}, {piece}"
    return _MORE_BY.sub("", out).strip()


def _teaser_of(piece: str, pieces: list[str]) -> bool:
    """Whether a piece is the opening of a longer one after it: a bio's teaser, shown until
    "Read More" opens the whole ("... for a wide variety of publications including, …")."""
    head = piece.rstrip(" .,;:…")
    return len(head.split()) >= 8 and any(p is not piece and len(p) > len(head) and p.startswith(head) for p in pieces)


#: The box's link to the writer's other work, run into its last sentence ("... (TELUQ). View all
#: posts by Daniel Lemire", "..., Zeige alle Beiträge von Michael Veeser-Dombrowski →").
_MORE_BY = re.compile(r"(?:(?<=[.!?])\s+|,\s*)(?:(?:view|see|read|show|more)(?: all| more)? (?:posts|articles|stories"
                      r"|columns)(?: (?:by|from|of) [^.!?]{1,60})?|more (?:by|from)(?: [A-Z][\w'’-]*\.?){1,5}"
                      r"|(?:zeige )?alle (?:beiträge|artikel)(?: anzeigen| von [^.!?]{1,60}?)?(?:\s*[→»›])?"
                      r"|(?:weiter\s+)?weitere (?:artikel|beiträge)"
                      r"|voir tous (?:les|ses) articles(?: de [^.!?]{1,60})?"
                      r"|ver todos (?:los|sus) (?:artículos|posts))$", re.I)
#: The box's links to the writer's accounts: "Facebook", "Twitter | Instagram".
_SOCIAL = re.compile(r"(?:(?:facebook|twitter|x|instagram|linkedin|youtube|pinterest|xing|tiktok|mastodon|threads"
                     r"|bluesky|website|homepage|e-?mail|rss)\s*[|/·,]?\s*)+", re.I)
#: A button that opens or closes the rest of a bio: "Read More", "Read Less", "Mehr anzeigen".
_TOGGLE = re.compile(r"(?:read|show|see|view) (?:more|less)|mehr (?:lesen|anzeigen)|weniger(?: anzeigen)?"
                     r"|weiter(?:lesen)?|weitere (?:artikel|beiträge)"
                     r"|lire la suite|leer más|ler mais|\+|-|…", re.I)


#: The most blocks a closing section headed as the writer's ("Die Autorin") holds for a bio.
_BIO_BLOCKS = 3
#: A bio of a journalist: "... is a reporter, blogger and editor who's been at USA TODAY since 2000".
_JOURNALIST = re.compile(r"\b(?:is|was) (?:an? |the )?(?:[\w-]+ ){0,2}(?:reporter|blogger|editor|columnist|"
                         r"correspondent|journalist|staff writer)s?\b", re.I)


def trailing_bio(sections: list[Section], names: list[str]) -> tuple[list[Section], str | None]:
    """A closing paragraph that introduces one of the writers ("Shahien Nasiripour is the
    business reporter for the Huffington Post. You can send him an e-mail ..."), taken out of
    the story with the short lines after it, as the bio; or the sections as they were."""
    if sections and sections[-1].heading and (about := _ABOUT_HEADING.match(sections[-1].heading)) \
            and about.end() == len(sections[-1].heading) \
            and 1 <= len(sections[-1].blocks) <= _BIO_BLOCKS:  # Die Presse's "Die Autorin" over her bio
        return sections[:-1], _without_contact(" ".join(b.text for b in sections[-1].blocks))
    found = find_bio([b.text for b in sections[-1].blocks]) if sections else None
    if found is None:
        return sections, None
    first, _, name, text = found
    family = {n.split()[-1].lower() for n in names if n.split()}
    writers = bool(name and name.split()[-1].lower() in family)
    # another journalist's box goes too, as no one's bio: USA Today's blog closed a post by Sean Leahy
    # with its host's "Nate Davis is a reporter, blogger and editor who's been at USA TODAY since 2000."
    if not writers and not (name and _JOURNALIST.search(" ".join(text.split()[:14]))):
        return sections, None  # a bio of someone the story is about, not of its writer
    last = sections[-1]
    kept = [*sections[:-1], Section(last.heading, last.blocks[:first], last.level)]
    return [s for s in kept if s.heading or s.blocks], _without_contact(text) if writers else None


#: A bio's sentence that asks the reader to get in touch: "You can send him an e-mail; ...",
#: "He can be reached at 646-...", "Follow her on Twitter".
_CONTACT = re.compile(r"(?<=[.!?])\s+(?=(?:You can|Follow|E-?mail|Reach|Contact|Subscribe)\b|\w+ can be reached\b)")


def _without_contact(bio: str) -> str:
    """The bio up to its first sentence that asks the reader to write, call or follow."""
    return _CONTACT.split(bio, maxsplit=1)[0].strip()


def take_author_box(tree) -> str | None:
    """The author box's text, its element taken out of `tree`; None when the page has none."""
    box = find_author_box(tree)
    if box is None:
        return None
    box[0].drop_tree()
    return without_appeals(box[1]) or None
