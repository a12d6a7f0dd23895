"""The words the readers and the analysis recognise, kept in one place: month names, the
page furniture a web page wraps around an article, and the headings of the sections
that are apparatus (references, notes, the author's bio) rather than the article's story.

Only data and regular expressions: no imports from the rest of the package.
"""

from __future__ import annotations

import re

# -- months ---------------------------------------------------------------------------

#: The months in English, January first.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

#: Every spelling of a month the readers accept, lower case, with its number.
MONTHS = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}

_TURKISH_MONTHS = "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split()

#: Month names in French, German, Spanish, Portuguese, Italian, Turkish, Dutch and the
#: Nordic languages, lower case, with their numbers (the timeline reads "3 mars 2018",
#: "3. März 2018", "10 de março", "20 Nisan 2026").
FOREIGN_MONTHS = {
    **dict(zip("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
               range(1, 13))),
    **dict(zip("januar februar märz april mai juni juli august september oktober november dezember".split(),
               range(1, 13))),
    **dict(zip("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
               range(1, 13))),
    **dict(zip("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
               range(1, 13))),
    **dict(zip("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
               range(1, 13))),
    **dict(zip(_TURKISH_MONTHS, range(1, 13))),
    **dict(zip("januari februari maart april mei juni juli augustus september oktober november december".split(),
               range(1, 13))),
    "mars": 3, "maj": 5, "augusti": 8, "desember": 12,  # Swedish, Norwegian and Danish, where they differ
    "fevrier": 2, "aout": 8, "decembre": 12, "maerz": 3, "setiembre": 9, "marco": 3,
}

#: A foreign month name in the group `fmonth`: lower case as French, Spanish, Portuguese
#: and Italian write them, capitalised as German and Turkish do.
FOREIGN_MONTH = "(?P<fmonth>" + "|".join(
    sorted({name for name in FOREIGN_MONTHS} | {name.capitalize() for name in FOREIGN_MONTHS
                                                 if name in ("januar", "februar", "märz", "april", "mai", "juni",
                                                             "juli", "august", "september", "oktober",
                                                             "november", "dezember", *_TURKISH_MONTHS)},
           key=len, reverse=True)) + ")"

#: The days of the week in Portuguese, French, German, Spanish and Italian, lower case
#: ("Dienstag, 1. Februar 2022", "mardi 1 février 2022", "segunda-feira, 3 de março").
#: A broadcast transcript's speaker with the role, as a pattern ("ARI SHAPIRO, HOST", "SCOTT HORSLEY, BYLINE",
#: NPR's), the colon after it left to the user.
BROADCAST_ROLE = (r"[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3},\s+"
                  r"(?:HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER)(?:\s+[A-Z]+)?")
#: An English weekday's name, as a pattern: "Monday" ... "Sunday".
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
FOREIGN_WEEKDAY = ("(?:(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi"
                   "|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lunes"
                   "|martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)")

#: The classes of a post from a social network embedded in a story (a quoted tweet).
EMBEDDED_POST_CLASSES = frozenset({"tweet", "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed",
                                   "bluesky-embed"})

#: The abbreviations of the months, as sentence splitters must not end a sentence on them.
MONTH_ABBREVIATIONS = frozenset({name[:3].lower() for name in MONTH_NAMES if name != "May"} | {"sept"})

#: A month, full or abbreviated ("Jan", "Sept", "September"), in the group `month`, with
#: an optional full stop after it.
MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

#: A full month name ("September"), without a group.
FULL_MONTH = "|".join(MONTH_NAMES)

#: The start of a month word, abbreviated or full ("Sep", "Septem..."), without a group.
MONTH_STEM = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"

# -- page furniture -------------------------------------------------------------------

#: A whole line of scraped text that is page furniture, not article: comment and share
#: prompts, related-post lists, tags, "back to top".
WEB_DEBRIS_LINE = re.compile(
    r"^(?:leave a (?:comment|reply)|\d+ comments?|comments?|share(?: this(?: article| post)?)?:?"
    r"|share on \w+|click to (?:share|print|email)[^\n]*|tweet|print|email|like this:?"
    r"|related(?: posts| articles| stories)?:?|you (?:may|might) also like:?|read more"
    r"|advertisement|subscribe(?: now)?|sign up for our newsletter|loading\.\.\.|posted in [^\n]{0,80}"
    r"|(?:filed under|abgelegt unter|classé dans):? [^\n]{0,80}|(?:tags|topics):\s?[^\n]{0,200}|back to top"
    r"|continue reading)$",
    re.I,
)

#: A whole block of a web page that is furniture, whatever markup carries it.
PAGE_CHROME_BLOCK = re.compile(
    r"^(?:continue reading(?: the main story)?|advertisement|read more|close|share(?: this)?|"
    r"skip to (?:main )?content|sign up for our newsletter[^\n]{0,80}|subscribe(?: now)?|"
    r"photo|video|image|loading\.\.\.|back to top)\W*$"
    # a WordPress shortcode its plug-in did not run: "[ad#ad-2]", "[caption id=...]", "[/embed]"
    r"|^\[/?(?:[a-z][\w-]*[#=][^\]\n]{0,80}|(?:ad|ads|caption|embed|gallery|playlist|contact-form[\w-]*)\b[^\]\n]{0,80})\]$",
    re.I)

#: Class or id words of page furniture that extractors sometimes keep: screen-reader
#: skip links ("Continue reading the main story"), cookie notices, share bars, newsletter boxes.
FURNITURE_CLASS = re.compile(
    r"^(?:visually-hidden|sr-only|screen-reader-text|screenreader-only|skip-link|skip-to-text-link|"
    r"element-invisible|hidden|hide|is-hidden|d-none|display-none|newsletter[\w-]*|"
    # a cookie notice, also under its plug-in's prefix (Jimdo's "cc-cookie-law")
    r"(?:[a-z]{1,4}[-_])?(?:cookie|gdpr|consent)[\w-]*|"
    r"share[\w-]*|social[\w-]*|(?:[\w-]+-)?related[\w-]*|further[-_]?reading[\w-]*|ad|ads|advert[\w-]*|"
    # a subscription wall's layer over the story (Kiosq's "kiosq-main-layer")
    r"kiosq[\w-]*|"
    # the readers' comments, by any plug-in's name ("xenforo-comment-widget", "comments-list")
    r"(?:[\w-]*[-_])?comments?(?:[-_](?:list|section|area|thread|wrap(?:per)?|container|box|block|item|entry"
    r"|body|content|inner|holder|widget|\d+))*|"
    # a comment plug-in's box by its maker's name (the Daily Herald's "fbComments")
    r"(?:fb|facebook|disqus)[-_]?comments?(?:[-_]?[\w-]+)?|"
    # a box of the story's tags or categories ("topicsTagsBox", "taxonomyBox", "post-tags-list"; not stern.de's
    # links on the names in its text, "taxonomy-entity")
    r"[\w-]*tags?[-_]?(?:box|list|cloud|wrap(?:per)?|container)(?:[-_]?inner)?|taxonomy[-_]?(?:box|list|links|terms)|"
    # the readers' comments in other languages (El Mundo's <div id="comentarios">)
    r"comentarios|commentaires|kommentare|commenti|coment[aá]rios|reacties|leserbriefe?(?:[-_][\w-]+)?|"
    # a plea for donations ("achgut_spenden", "donate-box")
    r"(?:[\w-]+[-_])?(?:spenden|donate|donations?)(?:[-_][\w-]+)?|"
    # a section of more stories under the story (achgut.com's "section_more")
    r"(?:section|block|box)[-_]more|more[-_](?:stories|articles|posts|news)|"
    # a wiki's note under its headline ("From Wikipedia, the free encyclopedia", "Aus Piratenwiki": MediaWiki's id)
    r"sitesub|contentsub|"
    # a box beside the story (Deutschlandfunk's "articleside" of "Mehr zum Thema" teasers; not "sidebar", which
    # a page's broken markup may wrap around the whole story: 0754's tweets were lost with it)
    r"articleside|article-side|"
    # a list of other stories set in the story ("article-list--link_group" under "New on WIVB.com")
    r"article-list(?:--[\w-]+)?|"
    # a button to follow the writer, beside the name (LinkedIn's "author-info__follow-button": "Inga HoeltmannFollow")
    r"(?:[\w-]+[-_])?follow[-_]?(?:button|btn)s?(?:[-_][\w-]+)?|"
    # Arc Publishing's link to a related story set between the paragraphs (La Nación's "[ ... ]")
    r"interstitial[-_]link[\w-]*|"
    # ads by their part's name ("module-sponsored-ads", TechCrunch's)
    r"(?:[\w-]+-)?sponsored(?:-[\w-]+)?|(?!(?:no|has|with|show|without)-)[\w-]+-ads?|"
    r"promo|outbrain|taboola|tooltip|popover|hovercard|"
    # a wiki's "[edit]" links and its boxes of links to other articles
    r"mw-editsection[\w-]*|(?:vertical-)?navbox[\w-]*|"
    # a dialog the page opens over the story (yomiuri.co.jp's "scrap-modal" to save a note)
    r"(?:[\w]+-|[\w-]+__)?modal(?!-(?:enabled|open|opened|active|ready|trigger))(?:-[\w-]+)?|"
    # a link to another story set in the text ("c-recirculation-link"), a call-to-action box ("c-letters-cta")
    r"(?:[\w-]+-)?recirc(?:ulation)?(?:[-_][\w-]+)?|(?:[\w-]+[-_])?cta(?:[-_][\w-]+)?|"
    # a button to save the story or follow the site ("add-fav", "bookmark-button", "googlenews")
    r"(?:add-)?(?:fav|favou?rites?|bookmarks?)(?:[-_][\w-]+)?|google-?news(?:[-_][\w-]+)?|"
    # the next posts' teasers under the story ("next-post-thumbnails", "nextstory")
    r"next-?(?:post|story|article)s?(?:[-_][\w-]+)?|"
    # a box asking for the reader's e-mail address ("emailSignup", "signup-form")
    r"(?:e-?mail[-_]?)?sign-?up(?:[-_][\w-]+)?|"
    r"(?:rollover|hover|tooltip|popover)[\w-]*-(?:block|card|content|popup))$", re.I)

#: A class or id of the readers' comments or one of them ("comments", "comment_item",
#: "comment-list"; not the Huffington Post's "comments_datetime" over its byline).
COMMENTS_CLASS = re.compile(
    r"(?:[\w-]*[-_])?comments?(?:[-_](?:list|section|area|thread|wrap(?:per)?|container|box"
    r"|block|items?|entry|entries|body|content|inner|holder|top|\d+))*|commentlist|disqus_thread"
    # the readers' comments and letters in other languages, as `FURNITURE_CLASS` has them
    # (achgut.com's "leserbrief" in "comment_entries")
    r"|comentarios|commentaires|kommentare|commenti|coment[aá]rios|reacties"
    r"|leserbriefe?(?:[-_][\w-]+)?", re.I)

#: A sentence that is page furniture, a caption or a credit, not the article's argument.
FURNITURE_SENTENCE = re.compile(
    r"^(?:caption|advertisement|continue reading|read more|click|subscribe|sign up|follow (?:us|me)|related|"
    r"copyright|all rights reserved|transcribed by|typed by|produced by|"
    r"end of (?:the )?project gutenberg|tags?|filed under)\b|©|https?://|www\.|\S+@\S+\.\w"
    # a credit's or a media label's word only as a label: "Photo: Reuters", "Video provided by Newsy",
    # "Credit Stephen Crowley/The New York Times"; not "Credit Suisse said ...", "Video footage showed ..."
    r"|^(?:photo|image|picture|video|credit|source|graphic|illustration)s?(?=\s*(?:[:|/]|$)|\s+[—–-]\s"
    r"|\s+(?:by|provided|courtesy|credits?|sources?)\b|\s+[^.!?/]{0,60}/)"
    r"|^(?:photo|image|picture|video|graphic|illustration)s?(?-i:\s+[A-Z])"  # "Photo Soldiers patrol ..."
    # a page's sharing and dating lines: "Share this article:", "Updated | ...", "Posted by ... on Sunday";
    # not "Share prices fell", "Updated figures show", "Posted on Weibo, the images ..."
    r"|^share(?=\s*(?:[:|]|$)|\s+(?:this|on|via|with|to)\b)"
    r"|^(?:updated|posted)(?=\s*(?:[:|]|$)|\s+(?:by|at|in|\d|\w+ ago\b|on\s+(?:\d|" + WEEKDAY + "|" + FULL_MONTH + r")"
    r"|(?:" + FULL_MONTH + r"|" + MONTH_STEM + r")\b))"
    r"|\((?:photo|image|credit)s?:|来源[:：]|出处[:：]|責任編集|编辑[:：]"
    r"|\b(?:abgerufen am|ausgabe vom|consulté le|retrieved on)\b"  # a citation's access date, a print issue's
    # a site's standing notes: a disclaimer, a non-profit's appeal, an editor's note over a speech
    r"|\bdoes not (?:constitute|imply) (?:or imply )?(?:an? |its )?endorsement\b"
    r"|^as a non-?profit(?: project| organi[sz]ation)?,.{0,60}\b(?:funding|donations?|contributions|support)\b"
    r"|^the following (?:is|are) (?:the |a )?(?:speech|remarks|keynote|transcript|text|address)\b"
    # a note on the piece itself: "The below letter will be appearing in the Letters section of the
    # magazine's October issue.", "This post is based on a recent piece that the author wrote for Bloomberg."
    r"|^(?:the (?:below|following|above) |this )(?:letter|article|essay|piece|post|interview|op-ed|column|story)"
    r" (?:will be appearing|will appear|appears|appeared|first appeared|was (?:first |originally )?published"
    r"|originally (?:appeared|ran)|is (?:adapted|based|excerpted) (?:from|on))\b"
    r"|\b(?:are|is) listed for identification purposes only\b"  # under an open letter's signatories
    # a correction's note: "This article was amended on 10 November 2016 to remove ...", "Correction: An earlier ..."
    r"|^[•*–-]?\s*this (?:article|story|piece|post|report|headline) (?:was|has been|had been) "
    r"(?:amended|updated|corrected|changed|edited)\b|^[•*–-]?\s*(?:correction|clarification)s?\s*[:—–-]"
    r"|^[•*–-]?\s*an earlier version\b(?: of this (?:article|story|piece|report|post|headline)\b"
    r"| (?:said|stated|misstated|incorrectly|wrongly|gave|reported|misidentified|misspelled)\b)"
    # a site's own rights notice and boast: "All rights of the publication are reserved by UrduPoint.com.",
    # "Reproduction without proper consent is not allowed.", "Alle Rechte vorbehalten."
    r"|\ball rights\b.{0,60}\breserved\b|\balle rechte vorbehalten\b"
    r"|^(?:any )?reproduction\b.{0,40}\b(?:without (?:(?:proper|prior|written|express) )?(?:consent|permission)"
    r"|(?:is )?(?:strictly )?prohibited|not (?:allowed|permitted))"
    # the page's notices: JavaScript to switch on, the comments' rules, an account widget, an affiliate disclosure
    r"|\bjavascript\b.{0,40}\b(?:is (?:disabled|not enabled)|deaktiviert)|\bwithout javascript\b"
    r"|\b(?:enable|activate|aktivieren sie|activez|habilite|attiva|włączon\w*)\b.{0,40}\bjavascript"
    r"|\bkommenti?\w*\b.{0,80}\b(?:loggen sie sich|einloggen|registrieren|vor der veröffentlichung geprüft)"
    r"|\b(?:to (?:leave|post) a comment|comments are moderated)\b|\bpasswort zurücksetzen\b"
    r"|\bregistrierung ist (?:leider )?fehlgeschlagen\b|\bwe may (?:receive|earn) (?:compensation|a commission)\b"
    r"|\bterms apply to the offers\b|\bour advertising policy\b",
    re.I,
)

# -- apparatus sections ---------------------------------------------------------------

#: "About the author" in the forms a heading or a bio's first words take.
#: Auxiliaries and the common irregular pasts, as alternatives of a pattern: the words that
#: show a verb where no tagger is at hand ("which made a film", "the council met as it does").
VERB_WORDS = ("is|was|were|are|has|have|had|will|would|can|could|may|might|must|should|did|does|"
              "began|begun|became|came|went|took|made|led|won|lost|fell|rose|met|held|left|ran|grew|saw|gave|"
              "got|brought|built|bought|sold|told|found|kept|paid|set|put|sent|spent|wrote|broke|spoke|stood|"
              "struck|drove|flew|threw|knew|thought|hit|cut|shut|said")

ABOUT_THE_AUTHOR = (r"(?:about (?:the )?authors?|(?:der|die|zur|zum) autor(?:in)?|l['’]auteure?|autoren?info"
                    r"|über (?:den|die) autor(?:in|en|innen)?(?:\s*/\s*(?:die|den) autor(?:in)?)?"
                    r"|[àa] propos de l['’]auteure?s?|sobre (?:el|la) autora?(?:\s*/\s*(?:la|el) autora?)?)")

#: The label of an article's own summary (a heading, a box's title, a list's lead-in line).
SUMMARY_LABEL = (r"key (?:takeaways?|points?|findings?|messages?)|takeaways?|tl;?\s?dr|in (?:summary|short|brief)|"
                 r"summary|(?:story |key )?highlights|bottom line|at a glance|the bottom line|"
                 r"what (?:you need to|to) know|"
                 r"conclusions?|in conclusion|à retenir|en bref|en résumé|das wichtigste in kürze|auf einen blick|"
                 r"fazit|en resumen|puntos clave|まとめ|要点|要約|总结|in kürze|kurz (?:und|&) knapp|darum geht['’]?s|"
                 r"kortversjonen|kort fortalt|i korthet|in het kort|hoofdpunten|w skrócie|ve zkratce|em resumo|"
                 r"in breve|in sintesi")

_REFERENCES = ("references|bibliography|further reading|notes|footnotes|sources|glossary|see also|external links|"
               "quellen(?:angaben|verzeichnis)?|literatur(?:verzeichnis|angaben|hinweise)?|weiterführende literatur|"
               "einzelnachweise|anmerkungen|fußnoten|références|bibliographie|notes et références|fuentes|referencias|"
               "bibliografía|notas|fontes|referências|bibliografia|fonti|источники|литература|примечания|bronnen|"
               "literatuur|przypisy")

#: Headings of sections that list sources rather than tell a story.
REFERENCE_SECTION = re.compile(rf"^(?:{_REFERENCES})$", re.I)

#: Headings of sections whose sentences are apparatus rather than argument: the reference
#: sections, the author's bio, and what a page hangs under an article.
APPARATUS_SECTION = re.compile(
    rf"^(?:about the authors?|{_REFERENCES}|acknowledg(?:e)?ments?|related(?: \w+)?|comments?|"
    r"share this|tags|disclosure|corrections?)$",
    re.I,
)

#: The signature an embedded social-media post ends with, as the page quotes it:
#: "— Cooper Lund (@cooperlund) November 18, 2019" or "... 28 December 2017". Such a post is a reaction the article
#: shows, not its account of events.
EMBEDDED_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+"
                                     r"(?:\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+\.? \d{4})\s*$")
