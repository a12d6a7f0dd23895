"""Figure captions through the extractor: marked so that it keeps them, then set back under
their image, or left out with it. A photo essay keeps its captions as text: there they are
the story ("About 25,000 members of the Homeless Workers' Movement held ..."), and the
essay's few lines of prose say little without them."""

from __future__ import annotations

import re

CAPTION_MARK = "BRIEFINGCAPTION\u00a7 "  # marks figure captions, which trafilatura would drop

#: A caption that tells something: a sentence of some length, not a credit or a file name.
_TELLING = re.compile(r"^\S.{60,}[.!?)\"”’]$", re.S)
_CREDIT = re.compile(
    r"^(?:(?:photo(?:graph)?|image|picture|credit|foto|bild)s?\b|\(?(?:AP|AFP|Reuters)\b)[^.!?]{0,80}$", re.I)
_ESSAY_CAPTIONS = 4  # a photo essay has at least this many telling captions ...
_ESSAY_SHARE = 1.0  # ... that hold at least as many words as its prose


#: A picture's credit set as a line of its own under its caption: "Photo: AFP", "Foto: dpa".
#: Labelled only, narrower than `_CREDIT`: a bare "Reuters" under a heading credits a photo
#: between a real heading and its text (Business Insider's "The Slow Fade").
_CREDIT_LINE = re.compile(r"^(?:photos?|fotos?|images?|bild(?:er)?|picture)\s*:\s*\S.{0,60}$", re.I)


def caption_heading(heading) -> bool:
    """Whether a heading is a picture's caption: it ends with the picture's credit, or the next block
    is the credit alone (Taipei Times sets the caption of a photo it does not print as an <h1> over
    "Photo: AFP")."""
    following = heading.getnext()
    if _CREDITED_HEADING.search(" ".join(heading.text_content().split())):
        return True  # djz.de's <h6> "Das FWR reagiert mit Entsetzen ... (Symbolbild: Alex T./AdobeStock)"
    return following is not None and isinstance(following.tag, str) and following.tag == "p" \
        and bool(_CREDIT_LINE.match(" ".join(following.text_content().split())))


#: A caption's closing credit of its picture, in brackets: "(Symbolbild: Alex T./AdobeStock)", "(Photo: AP)".
_CREDITED_HEADING = re.compile(r"\((?:symbolbild|symbolfoto|foto|fotos|bild|photo|image|credit)\s*:[^()]{2,60}\)\W*$",
                               re.I)


def mark_captions(tree) -> None:
    """Turn figure captions into marked paragraphs so that the extractor keeps them; a
    caption set as a paragraph under its image is marked too."""
    for caption in list(tree.iter("figcaption")):
        caption.tag = "p"
        caption.text = CAPTION_MARK + (caption.text or "")
    for image in list(tree.iter("img")):
        for caption in [found] if (found := _caption_after(image)) is not None else _labelled_after(image):
            caption.tag = "p"  # an <i> caption becomes a paragraph of its own, as a figcaption does
            caption.text = CAPTION_MARK + (caption.text or "")
    for caption in [*_classed_after_picture(tree), *_centred_beside_picture(tree)]:
        caption.tag = "p"
        caption.text = CAPTION_MARK + (caption.text or "")
    for box, line in _alt_lines_after_pictures(tree):  # the line leaves the text around it, under its picture
        caption = box.makeelement("p", {})
        caption.text = CAPTION_MARK + " ".join(line.text_content().split())
        line.drop_tree()
        box.addnext(caption)


_EMPHASIS = ("strong", "b", "em", "i")


def _centred_beside_picture(tree) -> list:
    """Centred paragraphs set wholly in bold or italics, of a caption's length, beside a paragraph
    that holds a picture and no text: freshideen.com's '<p style="text-align: center;"><strong>Der
    Stollen gehört einfach zum Weihnachtsfest!</strong></p>' by its photo, printed as the story's."""
    found = []
    for para in tree.iter("p"):
        inner = [c for c in para if isinstance(c.tag, str)]
        if "center" not in (para.get("style") or "").replace(" ", "").lower() or (para.text or "").strip() \
                or len(inner) != 1 or inner[0].tag not in _EMPHASIS or (inner[0].tail or "").strip() \
                or not 2 <= len(para.text_content().split()) <= 30:
            continue
        beside = [e for e in (para.getprevious(), para.getnext()) if e is not None and isinstance(e.tag, str)]
        if any(e.find(".//img") is not None and not e.text_content().strip() for e in beside):
            found.append(para)
    return found


def _alt_lines_after_pictures(tree) -> list:
    """The line after a picture's box that repeats the picture's alt text, set in bold, italics or a
    small size: anglerboard.de's '<div class="bbImageWrapper"><img alt="Die Iaconelli Spinning Rod
    gibt es ..."></div><br><b><i><span>Die Iaconelli Spinning Rod gibt es ...</span></i>'."""
    found = []
    for image in tree.iter("img"):
        alt = " ".join((image.get("alt") or "").split())
        box = image.getparent()
        if len(alt.split()) < 3 or box is None or box.tag not in ("div", "a", "span", "figure") \
                or box.text_content().strip():
            continue
        after = box.getnext()
        while after is not None and after.tag == "br" and not (after.tail or "").strip():
            after = after.getnext()
        if after is None or (box.tail or "").strip() or not isinstance(after.tag, str) or after.tag == "a":
            continue  # (a link after it is the picture's own caption box, taken with it: polityka.pl's)
        for _ in range(4):  # into the paragraph the loose lines were put in, past its <br>: to the <i>
            if after is None or " ".join(after.text_content().split()) == alt or (after.text or "").strip():
                break
            after = next((c for c in after if isinstance(c.tag, str) and c.tag != "br"), None)
        if after is not None and after.tag in (*_EMPHASIS, "span", "small") \
                and " ".join(after.text_content().split()) == alt:
            found.append((box, after))
    return found


#: A box's class that names it a picture's caption: "img_cptn" (the Times of India's), "image-caption".
_CAPTION_CLASS = re.compile(r"^(?:[\w-]*[-_])?(?:caption|cptn)(?:[-_]text)?$", re.I)


def _classed_after_picture(tree) -> list:
    """Boxes classed as a caption, of a caption's length and text alone, right after a box that
    holds a picture and no text: the Times of India's <div class="img_cptn">File photo of Chinese
    president Xi Jinping. (Reuters)</div> after its picture's wrapper, printed as the story's
    first line without the picture."""
    found = []
    for box in tree.iter("div", "span"):
        if not any(_CAPTION_CLASS.match(word) for word in (box.get("class") or "").split()) \
                or len(box.text_content().split()) > 40 or any(isinstance(e.tag, str) and e.tag in (
                    "p", "div", "ul", "ol", "table") for e in box.iterdescendants()):
            continue
        before = box.getprevious()
        if before is not None and isinstance(before.tag, str) and (before.tag == "img" or before.find(".//img")
                                                                     is not None) \
                and not before.text_content().strip() and not (box.text or "").startswith(CAPTION_MARK):
            found.append(box)
    return found


#: A paragraph's class that names it a picture's caption or credit ("source", "image-credit").
_LABELLED = re.compile(r"^(?:[\w-]*[-_])?(?:caption|credits?|source)$", re.I)


def _labelled_after(image) -> list:
    """The short paragraphs classed as a caption or a credit that follow an image in a box
    holding nothing else: Business Insider's <div class="image"><img><p class="source">
    <span>Illustration by Mike Nudelman</span></p><p class="caption">Google, 1999</p></div>."""
    box, following = image.getparent(), list(image.itersiblings())
    if box is None or (image.tail or "").strip() or not following or not _only(box, (image, *following)):
        return []
    if all(p.tag == "p" and len(p.text_content().split()) <= 30 and any(
            _LABELLED.match(word) for word in (p.get("class") or "").split()) for p in following):
        return following
    return []


def _caption_text(para) -> str:
    return " ".join(para.text_content().replace(CAPTION_MARK.strip(), "").split())


def is_photo_essay(body) -> bool:
    """True when the page's figure captions are a photo essay's text (read before its images
    are filtered: the extractor drops a figure's caption with its image)."""
    return _is_essay(_marked(body), body)


def _marked(body) -> list:
    """The paragraphs that are marked captions (the mark opens them)."""
    return [p for p in body.iter("p") if (p.text or "").lstrip().startswith(CAPTION_MARK.strip())]


def caption_of(figure):
    """The figure's marked caption paragraph, or None."""
    return next(iter(_marked(figure)), None)


def _is_essay(orphans: list, body) -> bool:
    """True when the captions whose image is not printed are a photo essay's text."""
    telling = [_caption_text(p) for p in orphans if _TELLING.match(_caption_text(p))]
    if len(telling) < _ESSAY_CAPTIONS:
        return False
    marked = set(map(id, orphans))
    prose = sum(len(p.text_content().split()) for p in body.iter("p") if id(p) not in marked)
    return sum(len(t.split()) for t in telling) >= _ESSAY_SHARE * prose


def restore_captions(body) -> None:
    """Put each marked caption back in a figure with its image. A caption whose image is not
    printed (remote, outside the folder, dropped by the extractor) goes too: "Credit: EPA"
    or "k8s_first_commit" under no picture is page furniture; but in a photo essay the
    telling ones stay, as paragraphs."""
    from lxml import etree

    marked = _marked(body)
    for para in body.iter("p"):  # a caption the extractor ran into a paragraph is text
        if para not in marked and CAPTION_MARK.strip() in para.text_content():
            for node in para.iter():
                for attribute in ("text", "tail"):
                    value = getattr(node, attribute)
                    if value and CAPTION_MARK.strip() in value:
                        setattr(node, attribute, value.replace(CAPTION_MARK, " ").replace(CAPTION_MARK.strip(), " "))
    orphans = [p for p in marked if not _beside_image(p)]
    essay = _is_essay(orphans, body)
    for para in marked:
        para.text = (para.text or "").replace(CAPTION_MARK, "").replace(CAPTION_MARK.strip(), "").lstrip()
        if para in orphans:
            credit = para.getnext()
            if credit is not None and credit.tag == "p" and _CREDIT.match(" ".join(credit.text_content().split())):
                credit.drop_tree()  # "Photo by Victor Moriyama/Getty Images" under the caption
            if not (essay and _TELLING.match(_caption_text(para))):
                para.drop_tree()
            continue
        previous = para.getprevious()
        para.tag = "figcaption"
        figure = etree.Element("figure")
        para.addprevious(figure)
        previous.tail = None
        figure.append(previous)
        tail, para.tail = para.tail, None
        figure.append(para)
        figure.tail = tail


def _beside_image(para) -> bool:
    previous = para.getprevious()
    return previous is not None and previous.tag == "img" and not (previous.tail or "").strip()


def _caption_after(image):
    """The short paragraph right after an image that opens as the image's alt text does, its
    caption set as text ("Sen. Rand Paul, R-Ky., recently visited South Carolina." under an
    image whose alt reads "Sen. Rand Paul, R-Ky., speaks during an event ..."), or None."""
    following = image.getnext()
    if following is not None and following.tag == "br" and not (image.tail or "").strip():
        # gothamist.com: <div class="image-none"><img ...><br><i>The Cooper Station post office's
        # fallout shelter is now a mail room. (Robbing Peter/Flickr)</i></div>: the box holds
        # the image and its caption only
        caption = following.getnext()
        box = image.getparent()
        if caption is not None and caption.tag in ("i", "em", "small", "span") and not (following.tail or "").strip() \
                and box is not None and _only(box, (image, following, caption)):
            return caption
        return None
    if following is not None and following.tag == "div" and not (image.tail or "").strip() \
            and (credited := _credited_caption(following)) is not None and image.getparent() is not None \
            and _only(image.getparent(), (image, following)):
        return credited  # eishockeynews.de: <div class="image"><img><div><p>… .<br>Foto: City-Press</p></div></div>
    if following is None or following.tag != "p" or (image.tail or "").strip():
        return None
    words = " ".join(following.text_content().split()).split()
    alt = (image.get("alt") or "").split()
    if len(alt) < 3 or not 3 <= len(words) <= 30 or [w.lower() for w in words[:3]] != [w.lower() for w in alt[:3]]:
        return None
    return following


#: A picture's credit closing its caption: "Foto: City-Press", "Photo: AP", "Bild: dpa".
_CREDIT_LINE = re.compile(r"^(?:fotos?|photos?|bild(?:er)?|credits?|image|picture)\s*:\s*\S.{0,60}$", re.I)


def _credited_caption(box):
    """The one paragraph a box holds when it ends with a picture's credit on a line of its own."""
    paragraphs = [c for c in box if isinstance(c.tag, str)]
    if len(paragraphs) != 1 or paragraphs[0].tag != "p" or (box.text or "").strip():
        return None
    caption = paragraphs[0]
    breaks = [c for c in caption if c.tag == "br"]
    last_line = " ".join((breaks[-1].tail or "").split()) if breaks else ""
    credited = bool(last_line and _CREDIT_LINE.match(last_line))
    return caption if credited and len(caption.text_content().split()) <= 60 else None


def _only(box, parts: tuple) -> bool:
    """Whether `box` holds these elements and no other text."""
    if (box.text or "").strip() or (parts[-1].tail or "").strip():
        return False
    return all(child in parts for child in box)


_EMBED = re.compile(r"video|player|embed|kaltura|youtube|podcast|audio", re.I)


def drop_embed_titles(tree) -> int:
    """Remove the headings that title an embedded video rather than head a section: an h2-h4
    right before a figure or box of a player whose text repeats most of the heading's words
    (abendblatt.de's "<h3>Corona-Lockerungen: Das ist wieder erlaubt</h3>" over the video
    "Corona-Lockerungen: Das ist ab Mittwoch wieder erlaubt" took the story's last
    paragraphs as its section). Returns how many went."""
    dropped = 0
    for heading in list(tree.iter("h2", "h3", "h4")):
        embed = heading.getnext()
        if embed is None or not isinstance(embed.tag, str) or embed.tag not in ("figure", "div", "aside"):
            continue
        marks = " ".join(f"{e.get('class') or ''} {e.get('id') or ''}" for e in embed.iter() if isinstance(e.tag, str))
        words = set(re.findall(r"\w+", heading.text_content().lower()))
        told = set(re.findall(r"\w+", embed.text_content().lower()))
        if (words and _EMBED.search(marks) and len(words & told) >= 0.8 * len(words)
                and len(told) <= 3 * len(words) + 20):
            heading.drop_tree()
            dropped += 1
    return dropped


#: A paragraph that is only a picture's file name: al.com set "skimming scheme seized cash and cards.jpg",
#: then the picture's caption and its credit, as paragraphs of the story, with no picture.
_FILE_NAME = re.compile(r"^[^\n/\\]{1,120}\.(?:jpe?g|png|gif|webp|tiff?|heic)$", re.I)
#: A picture's credit in brackets: "(Mike Cason/mcason@al.com)", "(Photo: AP)".
_BRACKETED_CREDIT = re.compile(r"^\((?:[^()]{1,60}/[^()]{1,60}|(?:photo|foto|image|credit)s?\b[^()]{0,60})\)$", re.I)
_CAPTION_WORDS = 40


def drop_file_name_captions(body) -> int:
    """Remove each paragraph that is a picture's file name, with the caption and the credit
    in brackets after it (the picture itself is not in the story). Returns how many went."""
    dropped = 0
    for para in list(body.iter("p")):
        if para.getparent() is None or not _FILE_NAME.match(" ".join(para.text_content().split())):
            continue
        gone = [para]
        caption, credit = para.getnext(), None
        if caption is not None and caption.tag == "p":
            credit = caption.getnext()
        if credit is not None and credit.tag == "p" and len(caption.text_content().split()) <= _CAPTION_WORDS \
                and _BRACKETED_CREDIT.match(" ".join(credit.text_content().split())):
            gone += [caption, credit]
        for element in gone:
            element.drop_tree()  # its tail, if any, stays with the element before it
            dropped += 1
    return dropped
