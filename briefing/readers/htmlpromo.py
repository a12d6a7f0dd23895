"""A promotion a site sets inside the story's own container, which the extractor reads as
the story's text (and its dates as the story's events): the pitch after a rule (<hr>) that
prospectmagazine.co.uk ends an essay with ("On the 17th of January 2017, Prospect hosted a
roundtable ...", "simply enter your email below", "Prospect takes your privacy seriously"),
and a short box that asks the reader to join a channel on stated terms (belfastlive.co.uk's
"Join our ... breaking news service on WhatsApp")."""

from __future__ import annotations

import re

#: What a pitch says: sign up, newsletter, privacy, sponsorship, an address to write to.
_PITCH = re.compile(r"\b(?:newsletters?|sign(?:ing)? up|subscri(?:be|ption)|unsubscribe|privacy|sponsored|"
                    r"enter your e-?mail|e-?mail (?:address|below)|register|partnership|advertis(?:ing|ement))\b"
                    r"|\S+@\S+\.\w+", re.I)
_MIN_PITCHES = 2
_MAX_SHARE = 0.3  # of the container's words: a longer part after the rule is the story's own


def drop_promotions(tree) -> int:
    """Remove, in each container, what follows its last <hr> when that is short and pitches
    (two different words of sign-up, newsletter, privacy, sponsorship or an e-mail address,
    not only addresses), and every pitch box (`_drop_pitch_boxes`).
    Returns how many elements went."""
    dropped = 0
    for rule in list(tree.iter("hr")):
        parent = rule.getparent()
        if parent is None or rule.getparent() is None or any(h.getparent() is parent for h in rule.itersiblings("hr")):
            continue  # not the container's last rule
        after = list(rule.itersiblings())
        tail = " ".join(" ".join(e.text_content().split()) for e in after if isinstance(e.tag, str))
        links = " ".join(a.get("href") or "" for e in after if isinstance(e.tag, str) for a in e.iter("a"))
        words = len(parent.text_content().split())
        if not tail or len(tail.split()) > _MAX_SHARE * words:
            continue
        pitches = {m.lower() for m in _PITCH.findall(f"{tail} {links}")}
        if len(pitches) < _MIN_PITCHES or all("@" in p for p in pitches):
            continue  # an author's note with an address ("Jeff Foust (jeff@...) is the editor ...") stays
        for element in after:
            parent.remove(element)
            dropped += 1
    return dropped + _drop_pitch_boxes(tree)


#: A box in the story that asks the reader to join a channel ("Join our Belfast Live breaking news
#: service on WhatsApp ... Click this link or scan the QR code ...") and says on what terms.
_CALL = re.compile(r"\b(?:join our|click (?:this|the) link|scan the qr code|sign(?:ing)? up|subscribe)\b", re.I)
_TERMS = re.compile(r"\b(?:privacy (?:notice|policy)|special offers|promotions|adverts|unsubscribe|"
                    r"community members|our partners)\b", re.I)
_BOX_WORDS = 150


def _drop_pitch_boxes(tree) -> int:
    """Remove each short box (a <div>, <aside> or <section> of at most _BOX_WORDS words) that
    calls the reader to join or sign up and states its terms. Returns how many went."""
    dropped = 0
    for box in list(tree.iter("div", "aside", "section")):
        words = box.text_content().split()
        if box.getparent() is None or len(words) > _BOX_WORDS:
            continue
        text = " ".join(words)
        if _CALL.search(text) and len({m.lower() for m in _TERMS.findall(text)}) >= 2:
            box.getparent().remove(box)
            dropped += 1
    return dropped
