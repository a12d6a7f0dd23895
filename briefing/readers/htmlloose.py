"""Story text that the page's markup sets apart from its paragraph.

Bare text runs: some pages (ign.com's deal posts) write an article's intro and some of its paragraphs as
bare text between the `<p>`s, lists and headings of the story's container; a Blogger post
writes all of it so, between `<br>`s and empty `<div>`s. The extractor
drops such a run, or splits it at its inline tags and loses the spaces there ("What
everyone" / "willappreciate"). A run of bare text in a container that holds at least three
paragraphs, headings or lists, long enough to be a sentence, is wrapped in a `<p>` first.

Line breaks: after a `<br>` that ends a bold question inside its `<strong>` comes a space,
so that the answer does not run on from the question ("growing up?I read").

Drop caps: the Evening Standard sets a story's first letter in a `<span>` before the
paragraph (`<span>T</span><p>urkey, Poland ...`), and the story began "urkey". A lone
capital right before a paragraph that starts in lower case goes back into it.
"""

from __future__ import annotations

import re

_BLOCK = frozenset("""p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd
    table thead tbody tr td th blockquote figure figcaption form pre hr iframe video audio noscript script
    style""".split())
_CONTAINERS = ("div", "section", "article", "main", "td", "blockquote")
_MIN_WORDS = 8
BARE_STORY_WORDS = 40
_SENTENCE_END = re.compile(r"\w[.!?](?:\s|$)|[。！？]")
_SENTENCE_MARK = re.compile(r"[.!?…:;\"”’)。！？」）]")
#: Chinese, Japanese and Korean characters: text that runs without spaces, about two to a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def words(text: str) -> int:
    """About how many words a text holds: its spaced words, and two unspaced (CJK) characters a word
    (rbbtoday.com's opening paragraph, bare text before a `<br>`, counted one word, was lost)."""
    return len(text.split()) + len(_UNSPACED.findall(text)) // 2


def _story_container(box) -> bool:
    """A container holding at least three paragraphs with text, headings or lists, or one
    that writes its story as bare text between `<br>`s and `<div>`s (a Blogger post's body):
    BARE_STORY_WORDS words of it, in sentences."""
    if _bare_story(box):
        return True
    count = 0
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("h2", "h3", "h4", "h5", "h6", "ul", "ol") or (
                child.tag == "p" and child.text_content().strip()):
            count += 1
    return count >= 3


def _bare_story(box) -> bool:
    """Whether `box` writes several paragraphs as bare text (runs between `<br><br>`s and
    block children), not one paragraph with inline markup: BARE_STORY_WORDS words in all."""
    runs = [" ".join([(box.text if owner is None else owner.tail) or "", *((e.tail or "") for e in inline)])
            for owner, inline in _runs(box)]
    written = [run for run in runs if words(run) >= _MIN_WORDS and _SENTENCE_END.search(run)]
    return len(written) >= 2 and sum(words(run) for run in written) >= BARE_STORY_WORDS


def _runs(box):
    """The runs of inline content directly in `box`: (where its text starts, its inline
    children). A block child or two <br> in a row end a run."""
    runs, owner, inline = [], None, []
    children = list(box)
    index = 0
    while index < len(children):
        child = children[index]
        if isinstance(child.tag, str) and child.tag in _BLOCK:
            runs.append((owner, inline))
            owner, inline = child, []
        elif (child.tag == "br" and not (child.tail or "").strip() and index + 1 < len(children)
              and children[index + 1].tag == "br"):
            inline.append(child)
            runs.append((owner, inline))
            owner, inline = children[index + 1], []
            index += 1
        else:
            inline.append(child)
        index += 1
    runs.append((owner, inline))
    return runs


def mend_loose_text(tree) -> None:
    """Drop caps back in their paragraphs, links run together parted, bare text runs in paragraphs
    of their own, line breaks that close an inline element after it, each term of a definition list
    with its definition."""
    _join_drop_caps(tree)
    _part_glued_links(tree)
    _wrap_bare_runs(tree)
    _space_after_inline_breaks(tree)
    _join_definitions(tree)


def _join_definitions(tree) -> None:
    """Each definition of a definition list opens with its term ("発行年月日 — 2019年04月"), the
    term's own item gone: the extractor made an item of each term and each definition
    ("• 発行年月日 • 2019年04月 • PRINT LENGTH • 636" on O'Reilly Japan's book page)."""
    from lxml import etree

    for dl in list(tree.iter("dl")):
        parts = [e for child in dl if isinstance(child.tag, str)
                 for e in ([child] if child.tag in ("dt", "dd") else list(child) if child.tag == "div" else [dl])]
        if not parts or any(not isinstance(e.tag, str) or e.tag not in ("dt", "dd") or (e.tail or "").strip()
                            for e in parts):
            continue  # something else inside (the list itself stands for it), or text between: left as it is
        terms: list = []
        for part in parts:
            if part.tag == "dt":
                terms.append(part)
                continue
            named = " / ".join(t for t in (" ".join(term.text_content().split()) for term in terms) if t)
            if named:
                label = etree.Element("strong")
                label.text, label.tail = named, " — " + (part.text or "")
                part.text = None
                part.insert(0, label)
            for term in terms:
                term.getparent().remove(term)  # its tail is only the space between items
            terms = []


_INLINE = frozenset("strong b em i span a u font".split())


def _space_after_inline_breaks(tree) -> None:
    """A `<br>` that ends a bold question keeps a space after it: Vulture's "<strong>What comic
    books did you read growing up?<br></strong>I read ..." lost the break and read "up?I read"."""
    for br in list(tree.iter("br")):
        parent = br.getparent()
        if parent is None or parent.tag not in _INLINE or br.getnext() is not None or (br.tail or "").strip():
            continue
        if (parent.tail or "")[:1].isalnum():
            parent.tail = " " + parent.tail


def _join_drop_caps(tree) -> None:
    for letter in list(tree.iter("span", "div", "b", "strong")):
        text = (letter.text or "").strip()
        following = letter.getnext()
        if (len(text) != 1 or not text.isupper() or len(letter) or (letter.tail or "").strip()
                or following is None or following.tag != "p"):
            continue
        target = following if (following.text or "").strip() or not len(following) else following[0]
        if not (target.text or "")[:1].islower():
            continue
        target.text = text + target.text
        letter.getparent().remove(letter)
    for paragraph in tree.iter("p"):  # Vulture's <p class="clay-paragraph_drop-cap">I t’s been a rough year
        if _DROP_CAP_CLASS.search(paragraph.get("class") or "") and (gap := _SPACED_CAP.match(paragraph.text or "")):
            paragraph.text = gap.group(1) + paragraph.text[gap.end():]


#: A paragraph whose first letter the page sets large, and that letter parted from its word by a
#: space: "I t’s", "T he" (not "A" or "I" before a word of their own, "I think": only before a
#: fragment that has an apostrophe).
_DROP_CAP_CLASS = re.compile(r"drop-?cap", re.I)
_SPACED_CAP = re.compile(r"^(\s*(?:[B-HJ-NP-Z]|[AIO](?= [a-z]+['’])))\s(?=[a-z])")


def _part_glued_links(tree) -> None:
    """A line break between two links of several words each set side by side with nothing between
    them: Mental Floss lists its deals so, one link an item that its style sets on a line of its own,
    and the briefing ran them together ("(list price $299.99)Logitech Harmony ...")."""
    from lxml import etree

    for link in list(tree.iter("a")):
        after = link.getnext()
        if after is None or after.tag != "a" or (link.tail or "").strip() or len(link.text_content().split()) < 3 \
                or len(after.text_content().split()) < 3:
            continue
        link.addnext(etree.Element("br"))


def _wrap_bare_runs(tree) -> None:
    from lxml import etree

    for box in list(tree.iter(*_CONTAINERS)):
        if not _story_container(box):
            continue
        if _bare_story(box):  # its <div>s of text alone are its paragraphs too ("We hope you enjoy it!")
            for child in box:
                if (child.tag == "div" and child.text_content().strip()
                        and not any(isinstance(d.tag, str) and d.tag in _BLOCK for d in child.iterdescendants())):
                    child.tag = "p"
        for owner, inline in _runs(box):
            lead = (box.text if owner is None else owner.tail) or ""
            if any(isinstance(d.tag, str) and d.tag in _BLOCK for e in inline if isinstance(e.tag, str)
                   for d in e.iterdescendants()):
                continue
            bare = " ".join([lead, *((_span_words(e) if owner is None else "") + (e.tail or "") for e in inline)])
            if words(bare) < _MIN_WORDS or not _SENTENCE_MARK.search(bare):
                continue
            paragraph = etree.Element("p")
            paragraph.text = lead
            if owner is None:
                box.text = None
                box.insert(0, paragraph)
            else:
                owner.tail = None
                owner.addnext(paragraph)
            for element in inline:
                paragraph.append(element)


def _span_words(element) -> str:
    """The words of a `<span>` in a box's opening run, its links' left out (they may be a
    menu's): the extractor strips spans, and their words join the box's own opening text,
    which it drops ("<span>Jedes Jahr vergibt Houzz die Awards. ...</span>Vergeben werden die
    Preise ...", counted as its six bare words, stayed unwrapped and was lost whole). A span
    that breaks lines is left out: it holds lines of its own (a caption, a subheading)."""
    if not isinstance(element.tag, str) or element.tag != "span" or element.find(".//br") is not None:
        return ""
    return _unlinked(element)


def _unlinked(element) -> str:
    """An element's text without its links'."""
    if element.tag == "a":
        return ""
    return " ".join([element.text or "", *(_unlinked(child) + " " + (child.tail or "")
                                           for child in element if isinstance(child.tag, str))])


_BREAK = re.compile(r"<br\s*/?>", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?。！？][\"”’)]?\s*$")
_LINE_PARAGRAPH_WORDS = 12  # each line of a paragraph written line by line is a paragraph's length


def lines_as_paragraphs(paragraph: str) -> str:
    """A paragraph's HTML with its single line breaks made paragraph breaks when each of its lines
    (three or more) is a paragraph: long, and ending as a sentence does. The Times of India sets
    its story so, one `<br>` between paragraphs, and the briefing printed it as one of 596 words;
    the lines of a poem or an address are short, and stay."""
    lines = _BREAK.split(paragraph)
    if len(lines) < 3:
        return paragraph
    texts = [" ".join(re.sub(r"<[^>]+>", " ", line).split()) for line in lines]
    long = [words(text) >= _LINE_PARAGRAPH_WORDS and bool(_ENDS_SENTENCE.search(text)) for text in texts]
    if sum(long) < 3 or sum(long) < 0.75 * len(long):
        return paragraph  # (a line or two after them may be a link of the page's: "Read this story in Bengali")
    return "</p><p>".join(lines)
