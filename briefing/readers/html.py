"""HTML reader for saved web pages: the article only, with its structure and metadata.

The main content is found by trafilatura (navigation, ads, share bars, comments and "related"
lists dropped); its HTML output keeps headings, lists, quotes, tables and images, and
`htmlblocks` turns it into sections. Metadata comes from `htmlmeta` (JSON-LD, Open Graph,
`<meta>`, bylines). The author box that extractors throw away is read from the page itself
and kept as the bio. Images are kept only when the file lies inside the article's folder (a
saved page's `_files/` folder); remote images are left out with a warning.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import InputError
from ..lexicon import FURNITURE_CLASS, PAGE_CHROME_BLOCK
from ..model import Article, Author, Metadata, Section, web_domain
from ..paths import IMAGE_SUFFIXES, OUTSIDE_IMAGE, REMOTE_IMAGE, images_left_out
from .bio import bio_name, bio_writer, is_outlet_bio
from .byline import credit_and_stamp_lines, credit_line
from .chrome import is_chrome_line
from .chromesections import drop_chrome_sections
from .filetitle import title_from_filename
from .htmladdresses import address_under_heading, link_shows_address
from .htmlauthorbox import take_author_box, trailing_bio
from .htmlblocked import refuse_blocked_page
from .htmlblocks import (
    block_text,
    clean_text,
    contents_box,
    hidden_from_story,
    html_to_sections,
    inline_teaser,
    link_only,
    opens_own_text,
    parse_body,
    rescue_swallowed_story,
    shouted_link,
    story_in_furniture_box,
    text_beside,
    toolbar_list,
    without_soft_hyphens,
)
from .htmlcallouts import keep_story_callouts
from .htmlcaptions import (
    caption_heading,
    caption_of,
    drop_embed_titles,
    drop_file_name_captions,
    is_photo_essay,
    mark_captions,
    restore_captions,
)
from .htmlcards import drop_card_rivers, drop_linked_cards, drop_teaser_cards
from .htmlcopies import without_copies
from .htmldepth import limit_depth
from .htmlemail import reveal_emails
from .htmlembedded import with_embedded_body
from .htmlembeds import link_players
from .htmlfuller import reads_on
from .htmlgaps import mend_body
from .htmlloose import lines_as_paragraphs, mend_loose_text
from .htmlmeta import clean_name, page_metadata
from .htmlnoscript import reveal_consent_embeds, reveal_noscript_stories
from .htmlpage import (
    aria_headings,
    composed,
    free_embedded_posts,
    inline_short_code,
    unlink_jump_anchors,
    with_paragraph_breaks,
    without_server_errors,
)
from .htmlpre import preformatted_text, read_preformatted
from .htmlpromo import drop_promotions
from .htmlrunin import mend_subheads, restore_summary_labels, take_top_summary
from .htmlslides import reveal_gallery_slides
from .htmlspeakers import label_speaking_turns
from .htmlsplit import split_article, words
from .htmlstory import story_outside
from .htmlsubheads import demote_sentence_headings, promote_subheadings
from .htmltitle import headline_and_sections, with_leading_subhead
from .htmltrailing import closing_credit, trim_trailing_furniture
from .htmlunseen import drop_unseen, is_dialog, is_separator
from .language import article_language
from .pagedates import page_day
from .pitches import without_site_pitches
from .standfirst import subtitle_of

_SHORT = 12  # words: blocks at most this long may be teaser furniture
_LEAF_BLOCKS = ("p", "div", "li", "figcaption", "blockquote")  # checked for chrome when they hold no other


def _parse_tree(text: str, path: Path):
    from lxml import etree
    from lxml import html as lxml_html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", with_paragraph_breaks(without_server_errors(composed(text))))
    text = limit_depth(without_soft_hyphens(text))
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse the HTML ({exc})", path) from None
    drop_unseen(tree)  # code set in a heading, which its title would print too: be.ch's "<h1><style>.css-…"
    return tree


def _preclean(tree) -> None:
    """Remove the hidden and furniture elements trafilatura would keep, and the page's comments, their text kept
    (trafilatura drops the text after a comment in a paragraph: "that big<!-- --> since 2014" lost "since 2014")."""
    from lxml import etree

    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    unlink_jump_anchors(tree)  # before the extractor weighs them as links
    aria_headings(tree)
    inline_short_code(tree)
    reveal_noscript_stories(tree)
    reveal_consent_embeds(tree)
    reveal_gallery_slides(tree)
    keep_story_callouts(tree)
    label_speaking_turns(tree)
    drop_teaser_cards(tree)  # first: the loop below takes a card's second link ("mehr")
    drop_card_rivers(tree)
    drop_linked_cards(tree)
    reveal_emails(tree)
    free_embedded_posts(tree)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if not (dialog := is_dialog(element, tree)) and element.tag in ("html", "body", "main", "article"):
            continue
        words = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        hidden = hidden_from_story(element, tree)
        furniture = dialog or any(FURNITURE_CLASS.match(w) for w in words) and not story_in_furniture_box(element,
                                                                                                      words)
        if hidden and is_separator(element):
            element.drop_tag()  # its text stays: "Europäische Kommission<span>: </span>Verfahren"
        elif hidden or furniture or inline_teaser(element) or contents_box(element):
            if furniture and not hidden:
                rescue_swallowed_story(element)
            element.drop_tree()
    link_players(tree)
    mend_loose_text(tree)
    mend_subheads(tree)


def _extract(tree, images: bool = False) -> str:
    """The main content of a page as HTML, by trafilatura, with its images if asked."""
    import trafilatura

    return trafilatura.extract(
        tree, output_format="html", include_tables=True, include_images=images, include_links=True,
        include_formatting=True, include_comments=False, favor_recall=True, with_metadata=False,
        deduplicate=False) or ""


def _extract_with_images(work, folder: Path, allow_remote: bool) -> tuple[str, dict[str, int]]:
    """The article, with its images when it has some that will be printed, and how many
    of its images are left out, by reason.

    Asked for images, the extractor weighs a page differently and sometimes takes a menu of
    thumbnails for the article (thecarconnection.com: 145 words instead of 340), or keeps more
    of the page's furniture. So the text is read without images; the reading with images is
    used when it has images to print and about as much text (each reading takes some 20 ms)."""
    from lxml import html as lxml_html

    text = _extract(copy.deepcopy(work))
    with_images = parse_body(_extract(copy.deepcopy(work), images=True))
    essay = is_photo_essay(with_images)  # its captions are its text, kept without their images
    removed = _filter_images(with_images, folder, allow_remote=allow_remote, keep_captions=essay)
    markup = lxml_html.tostring(with_images, encoding="unicode")
    if with_images.find(".//img") is None and not essay:
        return (markup if reads_on(markup, text) else text), removed
    if len(re.sub(r"<[^>]+>", " ", markup).split()) < 0.95 * len(re.sub(r"<[^>]+>", " ", text).split()):
        return text, removed
    return markup, removed


_PARAGRAPH = re.compile(r"<p\b[^>]*>.*?</p>", re.S)
_INLINE_PRE = re.compile(r"<pre>([^<\n]{0,300})</pre>")


def _inline_code(html: str) -> str:
    """trafilatura writes a paragraph's inline <code> as <pre>, which ends the paragraph
    when parsed ("slow in" / "2024" / "as the effect ..."): inside a paragraph it is <code>."""
    if "<pre>" not in html:
        return html
    return _PARAGRAPH.sub(lambda m: _INLINE_PRE.sub(r"<code>\1</code>", m.group()), html)


_DOUBLE_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}")


def _paragraph_breaks(html: str) -> str:
    """A blank line set as two <br> inside a paragraph (a blog's way of writing paragraphs)
    ends the paragraph, as it does on the page; so does a single <br> between lines that are each
    a paragraph (`htmlloose.lines_as_paragraphs`)."""
    if "<br" not in html:
        return html
    return _PARAGRAPH.sub(lambda m: lines_as_paragraphs(_DOUBLE_BREAK.sub("</p><p>", m.group())), html)


def _drop_furniture(body, title: str | None) -> None:
    """Drop the title heading, teaser headings with their dates and images, the heading of
    a group of teasers ("2019 American Music Awards" over four promo links), and chrome lines."""
    drop_file_name_captions(body)
    elements = [e for e in body.iter() if isinstance(e.tag, str) and e is not body]
    teaser, heading = False, None  # the last heading kept with no text after it yet
    for element in elements:
        if element.getparent() is None:
            continue
        tag = element.tag.lower()
        text = clean_text(element.text_content())
        if tag == "p" and shouted_link(element, text):
            _remove(element, keep_tail=True)
            continue
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            if (title and tag == "h1" and _same(text, title)) or caption_heading(element):
                _remove(element, keep_tail=True)
                continue
            linked = any(a.tag == "a" for a in element.iterancestors())  # a teaser in its link, whole
            teaser = not text or link_only(element) and not opens_own_text(element)
            if (teaser or linked) and heading is not None and heading.getparent() is not None:
                _remove(heading, keep_tail=True)  # the teasers' group heading
            heading = None if teaser or linked else element
            if linked:  # the whole link goes: "The Final State of the Union" over its heading
                _remove(next(a for a in element.iterancestors() if a.tag == "a"), keep_tail=True)
                continue
            if teaser:
                _remove(element, keep_tail=len((element.tail or "").split()) > _SHORT)
                continue
        elif teaser and element.getparent() is body:
            if len(text.split()) <= _SHORT or link_only(element):
                _remove(element, keep_tail=len((element.tail or "").split()) > _SHORT)
                continue
            teaser = False
        if tag in ("p", "li", "blockquote", "pre", "table") and text and not link_only(element):
            heading = None
        if tag in ("p", "div", "span", "a", "li") and text and PAGE_CHROME_BLOCK.match(text):
            _remove(element, keep_tail=True)
        elif link_shows_address(element, text) or address_under_heading(element, text):
            continue
        elif tag in _LEAF_BLOCKS and is_chrome_line(block_text(element)) and not any(
                child.tag in _LEAF_BLOCKS for child in element.iterdescendants() if isinstance(child.tag, str)):
            _remove(element, keep_tail=True)
        elif (tag == "p" and link_only(element) and len(text.split()) <= 3 and "@" not in text) or (
                tag in ("ul", "ol") and toolbar_list(element)):
            _remove(element, keep_tail=True)  # a short link alone ("Read more"), but not an address to write to


def _drop_alt_captions(body, page, folder: Path, allow_remote: bool) -> None:
    """Drop the caption of an image that is not printed when the page gives it as the image's alt text and again as
    a line of text ("U.S. Defense Secretary Mark Esper, left, and ... (AP Photo)"). A paragraph that only begins as
    the caption does, and goes on, is the story's own text, and so is the page's description (foxyfolksy's lede)."""
    alts: dict[str, int] = {}  # each caption's start, and its length
    described = clean_text(next((m.get("content") or "" for m in page.iter("meta") if m.get("name") == "description"),
                                ""))
    for image in page.iter("img"):
        alt = clean_text(image.get("alt") or "")
        printed = _printed_src((image.get("src") or "").strip(), folder, allow_remote) is not None
        if len(alt.split()) >= 8 and not printed and text_beside(image)[:60].lower() == alt[:60].lower() != \
                described[:60].lower():
            alts[alt[:60].lower()] = len(alt)  # the caption is set right with its image, as its alt says
    if not alts:
        return
    for element in list(body.iter("p", "li", "div", "figcaption")):
        if element.getparent() is None or any(c.tag in _LEAF_BLOCKS for c in element.iterdescendants()
                                              if isinstance(c.tag, str)):
            continue
        text = block_text(element)
        if text[:60].lower() in alts and len(text) <= alts[text[:60].lower()] + 40:
            _remove(element, keep_tail=True)


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).lower() == re.sub(r"\W+", "", b).lower()


def _remove(element, *, keep_tail: bool) -> None:
    if element.getparent() is None:
        return  # the extract's root itself (a link around all of it): nothing holds it to drop it from
    if keep_tail:
        element.drop_tree()
    else:
        element.getparent().remove(element)


def _local_image(src: str, folder: Path) -> str | None:
    """The src to use for an image inside the article's folder, or None if it is elsewhere."""
    try:
        parts = urlsplit(src)
    except ValueError:
        return None
    if parts.scheme not in ("", "file") or parts.netloc not in ("", "localhost"):
        return None
    raw = unquote(parts.path)
    if not raw or "\x00" in raw:
        return None
    candidate = Path(raw) if parts.scheme == "file" or raw.startswith("/") else folder / raw
    try:
        real = Path(os.path.realpath(candidate))
        root = Path(os.path.realpath(folder))
        if real.suffix.lower() not in IMAGE_SUFFIXES or not real.is_file():
            return None
    except (OSError, ValueError):  # a name too long for the file system, a loop of symlinks
        return None
    try:
        relative = real.relative_to(root)
    except ValueError:
        return None
    return relative.as_posix()


def _printed_src(src: str, folder: Path, allow_remote: bool) -> str | None:
    """The src an image prints from: a file inside the article's folder, or a web address
    when remote images are allowed (the renderer's fetcher still refuses private ones)."""
    if allow_remote and src.lower().startswith(("http://", "https://")):
        return src
    return _local_image(src, folder) if src and not src.startswith("data:") else None


def _filter_images(body, folder: Path, *, allow_remote: bool = False, keep_captions: bool = False) -> dict[str, int]:
    """Keep images inside the article's folder (and remote ones if allowed); remove the others
    (a figure whose only image goes goes whole, or leaves its caption when `keep_captions`).
    Returns how many were removed, by reason."""
    removed = {OUTSIDE_IMAGE: 0, REMOTE_IMAGE: 0}
    for image in list(body.iter("img")):
        src = (image.get("src") or "").strip()
        remote = src.lower().startswith(("http://", "https://", "//"))
        local = _printed_src(src, folder, allow_remote)
        if local is None:
            removed[REMOTE_IMAGE if remote else OUTSIDE_IMAGE] += 1
            figure = next(image.iterancestors("figure"), None)  # a caption says nothing without its image
            if figure is None or len(figure.findall(".//img")) != 1:
                image.drop_tree()
            elif keep_captions and (caption := caption_of(figure)) is not None:
                caption.tail = figure.tail
                figure.getparent().replace(figure, caption)
            else:
                figure.drop_tree()
        else:
            image.set("src", local)
            for attribute in ("srcset", "sizes", "loading", "data-src"):
                image.attrib.pop(attribute, None)
    return removed


def _writers(sections: list[Section], title: str | None, names: list[str], heading_credits: list[str]
             ) -> tuple[list[Section], list[str], str | None]:
    """The body without its credit and stamp lines, the writers (the page's, else those its lines
    credit) and the date its stamp line gives."""
    if not sections:
        return sections, names, None
    # a credit or date line atop the story is masthead, not text
    sections, credited, stamped = credit_and_stamp_lines(sections, title, names)
    if credited and all(len(n.split()) == 1 for n in names):  # a credit's full name over a one-word account
        names = credited  # (Breaking Belize News's <meta> "Bbnteam", its story's "By Aaron Humes: ...")
    names = names or next((got for line in heading_credits if (got := credit_line(line))), [])
    sections, closing = closing_credit(sections)  # "Autor: Fritz Imhof" under the story
    return sections, names or closing, stamped


def _drop_bio_blocks(sections: list[Section], bio: str) -> list[Section]:
    """Remove from the body any block that repeats the author box."""
    key = re.sub(r"\W+", "", bio).lower()
    out = []
    for section in sections:
        blocks = tuple(b for b in section.blocks
                       if not (b.text and re.sub(r"\W+", "", b.text).lower() in (key,)))
        if blocks or section.heading:
            out.append(Section(section.heading, blocks, section.level))
    return out


def parse(text: str, path: Path, *, allow_remote: bool = False) -> Article:
    """Parse a saved web page into an Article."""
    from lxml import html as lxml_html

    tree = _parse_tree(text, path)
    refuse_blocked_page(tree, path)
    found = page_metadata(tree)
    if (preformatted := preformatted_text(tree)) is not None:
        return read_preformatted(preformatted, path, found)
    warnings: list[str] = []

    work = copy.deepcopy(tree)
    _preclean(work)
    drop_embed_titles(work)
    drop_promotions(work)
    mark_captions(work)
    bio = take_author_box(work)
    extracted, removed = _extract_with_images(work, path.parent, allow_remote)
    body = parse_body(_paragraph_breaks(_inline_code(extracted)))
    body = story_outside(work, body, lambda page: parse_body(_paragraph_breaks(_inline_code(_extract(page)))))
    if (joined := _second_reading(work, body)) is not None:
        body, parts = joined
        warnings.append(f"the article is split over {parts} blocks of the page; they were read and joined")
    mend_body(work, body)

    title = found.get("title")
    _drop_furniture(body, title)
    _drop_alt_captions(body, work, path.parent, allow_remote)
    restore_captions(body)
    restore_summary_labels(body)
    promote_subheadings(body)
    inner = "".join(lxml_html.tostring(child, encoding="unicode") for child in body)
    lead = body.text or ""  # text before the first element: a print header's bare URL, say
    inner = ("" if is_chrome_line(lead) else lead) + inner
    heading_credits: list[str] = []
    sections, h1s = html_to_sections(inner, heading_credits)
    title = title or (h1s[0].text if h1s else None)
    sections = with_leading_subhead(sections, h1s, title)
    if not title:
        title = title_from_filename(path)
        warnings.append("no title found; the title is taken from the file name (--title gives one)")
    title, sections = headline_and_sections(sections, title, found.get("headlines") or [])
    sections = _drop_bio_blocks(sections, bio) if bio else sections
    sections = without_site_pitches(without_copies(trim_trailing_furniture(drop_chrome_sections(sections))))
    sections = with_embedded_body(sections, found.get("body"), warnings)
    if not sections:
        warnings.append("no article text found in the page")

    sections, names, stamped = _writers(sections, title, list(found.get("authors") or ()), heading_credits)
    if not names and bio:
        names = clean_name(bio_writer(bio))[:1]
    sections, bio = (sections, bio) if bio else trailing_bio(sections, names)  # no box: a closing bio
    authors = _authors_with_bio(names, bio)
    authors = authors or ((Author("", bio),) if bio else ())
    if not names:
        warnings.append("no author found")
    date = found.get("date") or page_day(tree, stamped, found.get("url"))
    if not date:
        warnings.append("no date found")
    if sum(removed.values()):
        warnings.append(images_left_out(removed))

    # The text's own language wins over a page's declaration that it contradicts (a German
    # page's template declared "en", an English one "de"); either wins over English.
    language = article_language(" ".join(b.text for s in sections for b in s.blocks), found.get("language")) or "en"
    url = found.get("url")
    source = found.get("site") or web_domain(url)  # a file name is no source
    sections, subtitle = subtitle_of(tree, sections, title, found.get("description"), found.get("descriptions", ()))
    meta = Metadata(
        title=title, subtitle=subtitle, authors=authors, date=date, source=source, url=url, language=language,
        description=found.get("description"), keywords=found.get("keywords", ()), reader="html",
        warnings=tuple(warnings))
    sections, highlights = take_top_summary(demote_sentence_headings(sections))
    return Article(metadata=meta, sections=tuple(s for s in sections if s.heading or s.blocks), key_points=highlights)


def _second_reading(work, body):
    """The article read again from every block of a page that splits it (see `htmlsplit`),
    with the number of blocks, when that finds markedly more text than the first reading."""
    from lxml import html as lxml_html

    first = body.text_content()
    members = split_article(work, first)
    if not members:
        return None
    parts = []
    for member in members:  # one at a time: given them together, the extractor keeps one again
        page = lxml_html.document_fromstring("<html><body><article></article></body></html>")
        page.find(".//article").append(copy.deepcopy(member))
        parts.append(_paragraph_breaks(_inline_code(_extract(page))))
    second = parse_body("".join(re.sub(r"</?(?:html|body)>", "", part) for part in parts))
    if words(second.text_content()) <= words(first):
        return None
    return second, len(members)


def _authors_with_bio(names: list[str], bio: str | None) -> tuple[Author, ...]:
    """The authors, the bio given to the one it names in its first words (an NBC page by
    two reporters has the second one's box), else to the first."""
    holder = 0
    named = bio_name(bio) if bio else None
    head = " ".join((bio or "").split()[:15]).lower()
    if named and names and not any(_same_person(named, name) or name.split()[-1].lower() in head for name in names) \
            or bio and is_outlet_bio(bio):
        bio = None  # another writer's box (lemonde.fr's "Isabelle Feng, Chercheuse ..."), or an outlet's
    if bio and len(names) > 1:
        head = " ".join(bio.split()[:15]).lower()
        full = [i for i, name in enumerate(names) if name.lower() in head]
        last = [i for i, name in enumerate(names)
                if len(name.split()) > 1 and re.search(rf"\b{re.escape(name.split()[-1].lower())}\b", head)]
        holder = (full or last or [0])[0]
    return tuple(Author(name, bio if index == holder else None) for index, name in enumerate(names))


def _same_person(a: str, b: str) -> bool:
    """Whether two names are one person's: the same, or the same family name."""
    return a.lower() == b.lower() or a.split()[-1].lower() == b.split()[-1].lower()

