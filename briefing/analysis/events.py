"""What makes a dated phrase an event of the article, and its clause readable.

A year in a sentence is an event's date only when the sentence tells what happened (or
will happen) then: "since 1993", "the 2021 RAV4", "Local 1557" or "this year's survey"
hold a number or a date but no event of it; a line that is only a date ("Tuesday,
November 19, 2019 08:38 AM") or a tweet's signature tells nothing. The clause shown is
whole: it starts at its subject, not at "But" or "who", and a long one is shortened by
dropping asides, not by cutting words.
"""

from __future__ import annotations

import re

from ..lexicon import FOREIGN_MONTHS, FOREIGN_WEEKDAY, FURNITURE_SENTENCE, VERB_WORDS
from .referred import is_baseline, is_referred_day
from .rules import DATELINE, is_call_to_action, is_filler, is_salutation, refers_to_figure
from .sentences import CJK

#: Words just before a number that make it a name or a label, not a year ("in der Version ab 1904").
_LABEL_BEFORE = re.compile(
    r"(?:(?<![\w'’.])(?:local|no|nos|number|route|highway|interstate|flight|model|room|suite|unit|bill|form|"
    r"windows|office|version(?:\s+(?:ab|from|since|seit|bis|up to))?|v|"
    r"article|section|chapter|rule|resolution|order|exhibit|case|lot|"
    r"gate|pier|platform|track|channel|opus|op|bwv|k|sr|hr|s|h\.r|loi)\.?|#)\s*$", re.I)  # "Loi 1901": a law's name
#: A year used as a word of a name: "the 2021 RAV4 Prime", "WeWork's 2025 bond", "her 1956
#: autobiography", "a 2016 agreement", "the 2019 resource assessment" (a determiner or
#: possessive before it, a model's name or a finance word, a work or a pact after it).
#: A year that is part of a name ("the Civil Rights Act of 1964", "the Class of 2020"), and the
#: verbs that tell that named thing's own event ("Congress passed the Civil Rights Act of 1964").
#: Without such a verb, the name's year dates nothing when the name is the subject of a verb in
#: the present ("Section 230 of the ... Act of 1996 protects") or the sentence dates its own
#: event ("In 2005 Congress amended ..."); a name listed alone keeps its year.
_NAMED_BEFORE = re.compile(r"\b(?:Act|Acts|Law|Treaty|Convention|Accords?|Agreement|Protocol|Charter|Compromise|"
                           r"Class|Statute|Code|Amendments?|Resolution|Ordinance)\s+of\s+$")
_NAMES_OWN_EVENT = re.compile(r"\b(?:pass(?:ed|es|ing)?|sign(?:ed|s|ing)?|enact(?:ed|s|ing)?|adopt(?:ed|s|ing)?|"
                              r"ratif(?:ied|ies|y|ying)|introduc(?:ed|es|ing)|approv(?:ed|es|ing)|became law|"
                              r"conclud(?:ed|es)|negotiat(?:ed|es)|graduat(?:ed|es|ing)|drafted|voted)\b", re.I)
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_PRESENT_AFTER = re.compile(r"\s+(?:also\s+|still\s+|now\s+)?(?:is|are|has|have|remains|\w{3,}s)\b")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|your|this|that)|['’]s)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Za-z][\w.-]*\d[\w-]*")  # a model's name: "RAV4", "ID.3", "iPhone11"
_FINANCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:bonds?|notes?|maturit\w+|models?|edition|vintage|release|budget|"
                            r"survey|study|report|poll|census|audit|paper|analysis|estimate|forecast|entry|"
                            r"assessment|review)\b", re.I)
#: A work or a pact its year names ("her 1956 autobiography", "a 2016 agreement"): dated by
#: it only where the sentence tells its making ("the release of the 1963 album").
#: The other end of a range of prices after a number: the number is a price, not a year.
_PRICE_RANGE_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:bis(?:\s+zu)?|to|up to|à|a|hasta|até|[-–])\s*"
                                r"(?:[$€£]\s*)?\d[\d.,]*\s*(?:Euro|EUR|€|dollars?|USD|\$|pounds?|£|Franken|CHF|reais|R\$)",
                                re.I)
#: A year that labels a figure (in brackets): "2019: 17,4%", "2019: Rückgang von 10,6 Prozent", "2018: 97.504 Fälle".
_FIGURE_LABEL_AFTER = re.compile(r"\s*:\s*(?:[^\W\d]+\s+){0,3}[-+−]?\d[\d.,]*(?:\s*%|\s+[^\W\d]+|\s*[),;])")
_TITLE_AFTER = re.compile(r"['’]s\s+[\"“‘]?[A-Z]")  # "1972's Toulouse Street": a work the year names
_WORK_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:autobiography|memoir|book|novel|album|film|movie|documentary|"
                         r"agreement|accord|deal|law|ruling|guidelines|strategy|lawsuit|settlement|contract)\b", re.I)
#: A year that names a tournament, a season or a show ("Cricket World Cup 2023", "Formel-1-Saison
#: 2022", "Expo 2020"), one a plan or a forecast is for ("Für 2023 erwartet der Vorstand ...",
#: "guidance for the year 2024"; "für 2020 geplant" is when), or a record or a figure another
#: is measured by ("das Rekordniveau von 2019", "15 Prozent weniger als 2019"): not when what
#: the sentence tells happened.
_SERIES_BEFORE = re.compile(r"(?:[Cc]up|Championships?|Games|Olympics|Olympia|[Ss]aison|Season|Festival|Expo|Summit|"
                            r"Awards|Trophy|Rall(?:y|ye)|[Ee]tappe|[Pp]arteitag|WM|EM)\s+$")
_DAY_NAMED = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|heute|gestern|"
                        r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))\b", re.I)
_FOR_BEFORE = re.compile(r"\b(?:for|für)\s+(?:(?:das|the)\s+(?:Jahr|year)\s+)?$", re.I)
_RECORD_BEFORE = re.compile(r"\b(?:record|peak|Rekord\w*|Spitzen\w*)\s+(?:(?:year|level)\s+)?(?:of|von)\s+$"
                            r"|\b(?:weniger|mehr|\w{3,}er)\s+(?:\w+\s+)?als\s+(?:im\s+(?:Jahr\s+)?)?$")
_PLANNED = re.compile(r"\b(?:plann?ed|scheduled|slated|geplant|vorgesehen|angesetzt|terminiert)\b", re.I)
#: A citation's year, its authors with it: "(Saris/Stronkhorst 1984)", "(Olson 1991: 12)". (A work's
#: "Blonde on Blonde (1966)" and "the Falklands War (1982)" date what the sentence tells.)
_CITED_BEFORE = re.compile(r"\(\s*[A-ZÄÖÜ][\w'’-]+(?:\s*(?:/|&|,|und|and)\s*[A-ZÄÖÜ][\w'’-]+)*(?:\s+et\s+al\.)?,?\s*$")
_CITED_AFTER = re.compile(r"[a-z]?(?:\s*[,:;]\s*(?:S\.|p\.|pp\.)?\s*[\d–-]+)?\s*\)")
_UNDER = re.compile(r"\bunder\s+\S+\s+$", re.I)  # "shut the border under a 2016 deal": since then
_MAKES_WORK = re.compile(r"\b(?:releas\w*|record\w*|publish\w*|wr[io]te|written|film(?:ed|ing)|premier\w*|launch\w*|"
                         r"debut\w*|produc\w*|direct(?:ed|ing)|filed|struck|reached)\b", re.I)
#: A year that names a race its people run in ("2024 Republican hopefuls"), or the birth year
#: of a cohort ("for people born in 1960 and later"): not the year of what the clause tells.
_HOPEFULS_AFTER = re.compile(r"\s+(?:(?:Republican|Democratic|GOP|presidential|primary|Senate|mayoral)\s+){0,2}"
                             r"(?:hopefuls?|candidates?|contenders?|nominees?|challengers?)\b", re.I)
_COHORT_BEFORE = re.compile(r"\b(?:people|those|anyone|everyone|workers|children|men|women|Americans)\s+born\s+"
                            r"(?:in|after|before)\s+$", re.I)
#: A number that counts, not a year: "around 1800 houses", "more than 1500 people".
_ABOUT_BEFORE = re.compile(r"\b(?:around|about|some|nearly|almost|over|only|just|approximately|roughly|more than|"
                           r"less than|fewer than|up to|at least|exactly)\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{2,}s\b")
#: ... in German, French or Spanish: "knapp 2000 Kinder", "rund 1500 Besucher", "plus de 1800 personnes".
_ABOUT_BEFORE_FOREIGN = re.compile(r"\b(?:knapp|rund|etwa|ungefähr|fast|über|mehr als|weniger als|bis zu|mindestens"
                                   r"|circa|ca\.|environ|près de|plus de|moins de|unos|unas|cerca de|más de|menos de"
                                   r"|alrededor de|casi|mais de|quase)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:[A-ZÄÖÜ][a-zäöüß]{2,}\b(?!\s+[A-ZÄÖÜ])|[a-zàâçéèêëîïôûùñãõ]{3,}s\b)")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:\S+\s+){1,3}(?:and|to)\s+)?$", re.I)
#: A year written as a span with the next one's last two digits: a season or a financial year
#: ("27 million passengers used the service in 2015-16"), not when an event happened.
_SPAN = re.compile(r"(\d{4})[-–/](\d{2})(?!\d)")


_FIGURE = re.compile(r"(?<![\d-])\d[\d,.]*(?![\d-])(?<!\b(?:19|20)\d\d)")


def _one_years_span(masked: str, start: int, end: int) -> bool:
    """Whether the year at `start:end` is a season or a financial year ("2015-16") that a figure
    of the sentence is of ("27 million passengers used the service in 2015-16"); a war's "1950-53"
    and "In 2013-14, a popular uprising ..." date what happened."""
    found = _SPAN.match(masked, start)
    return bool(found and found.end() <= end + 3 and int(found.group(2)) == (int(found.group(1)) + 1) % 100
                and _FIGURE.search(masked[:start] + masked[found.end():]))
#: "since the 1970s": a decade as commentary; "for the first time since 1993": the event
#: is now, 1993 only measures it. ("warned since 2009" keeps 2009: the warnings began then.)
_SINCE_BEFORE = re.compile(r"\b(?:since|seit|depuis|desde)\s+(?:the\s+|den\s+|les\s+|l[ao]s\s+)?"
                           r"(?:(?:early|late|mid)[-\s]+)?(?:(?:années|años|anos|Jahren)\s+)?$", re.I)
#: "the first time since ...", "por primera vez desde las elecciones generales de 1936": a
#: comparison across the years, not an event of the year it names.
_FIRST_SINCE = re.compile(
    r"\b(?:first|last|best|worst|highest|lowest|biggest|largest|most|least|primera|première|premier|ersten?|"
    r"primeira|second|third|fourth|fifth|sixth|only\s+(?:one|two|three)|(?:warm|cold|hott|wett|dri|strong|great|"
    r"high|low|deep|long)est|(?:zweite|dritte|vierte|wärmste|kälteste|heißeste|höchste|niedrigste|größte|"
    r"wichtigste|stärkste|schwächste|beste|schlechteste|meiste|geringste|trockenste|nasseste)[nmrs]?"
    # "su cotización más baja desde el 6 de marzo de 2002", "a su menor nivel desde principios de 2016",
    # "il prezzo più basso dal 2009" (review R14)
    r"|(?:más|mais|più)\s+(?:baj|alt|baix|bass|car|barat)[oa]s?|(?:su|sus|el|la|los|las|o|a|seu|sua)\s+"
    r"(?:menor|mayor|peor|mejor|maior|pior|melhor)(?:es)?"
    r"|mínim[oa]s?|máxim[oa]s?|minim[oa]|massim[oa])"
    r"\b[^.;:]{0,60}\b(?:since|seit|depuis|desde|dal|dalla|dall['’])(?:\b|(?<=['’]))"
    r"(?:\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?(?:(?:early|late|mid)[-\s]+)?"
    r"|[^.;:,\d]{0,40}\b(?:de|of|von|des|der|in)\s+(?:[A-Z]\w+\s+)?)$", re.I)

_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE_TOKEN = re.compile(
    rf"\b(?:\d{{1,4}}(?:st|nd|rd|th|s)?|{_WEEKDAYS}|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=,\s*\d)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|in|on|of|the|since|by|early|late|mid|am|pm|a\.m|p\.m|gmt|utc|est|edt|pst|pdt|cet|ist|updated|published|"
    r"posted|ist|date|time|today|yesterday|tonight|de|del|às|à|le|am|um|el|uhr|h|"
    + FOREIGN_WEEKDAY + "|" + "|".join(FOREIGN_MONTHS) + r")\b|\d{1,2}:\d{2}(?::\d{2})?|[^\w\s]|[年月日時分]", re.I)
#: A reference's title and outlet ("広域ネットワークスキャンによる調査について | NTT-AT") or an address.
_CITATION = re.compile(r"\s[|｜]\s|https?://")
#: A reference to a book or an article, its year last: "Heckmann, Internetrecht, 2007, Kap.",
#: "Dustmann, Die privilegierten Provider, 2001, S. 158)." (a short entry that ends so).
_REFERENCE = re.compile(r"(?<![\d.])(?<!\d\w\w),\s*(?:1[5-9]|20)\d\d"
                        r"(?:,\s*(?:S|Kap|Rd?n|Bd|p|pp|ch|vol)\.\s*[\d\s.f-]*)?\)?\.?\s*$")
_REFERENCE_WORDS = 12
_HANDLE = re.compile(r"(?<![\w.])@\w{2,30}\b")  # a tweet's signature or text

_BULLET = re.compile(r"^[*•·▪►]\s+")
#: Openers that tie a clause to what came before: dropped from an entry's start.
_LEADING_MARKER = re.compile(r"^(?!(?:so|thus) far\b|now that\b|yet another\b|still more\b)"  # "So far, in 2022, ..."
                             r"(?:but|and|so|yet|still|however|meanwhile|then|also|thus|now)\b,?\s+"
                             # the outlet pointing at its own reports: "As we have reported, Boko Haram pledged ..."
                             r"|^as (?:we|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})) (?:have |has |had )?"
                             r"(?:previously |earlier )?(?:reported|written)(?: (?:earlier|before|previously))?,\s+",
                             re.I)
#: Openers of a part that continues its sentence (a subordinate clause, a verb whose
#: subject came before, a possessive): an entry does not start with one.
MIDDLE = re.compile(
    r"^(?:who|whom|whose|which|that|where|while|whereas|although|because|its|their|his|her|our|"
    r"will|would|can|could|should|may|might|must|has|have|had|is|are|was|were|be|been)\b")
#: An aside a clause can lose: brackets, dashes, ", which/who/where ...," (not one whose comma
#: comes after "and": "in 2011, where he pitched the idea around and, for the most part, was
#: told he was nuts" goes on past it; nor one that would end inside a number: "at 1,550 for each").
_ASIDE = re.compile(r"\s*\([^()]{1,200}\)|,\s+(?:which|who|where)\s(?:[^,;]|(?<=\d),(?=\d)){1,200}(?<!\sand)(?<!\sor)"
                    r"(?<!\sbut),(?!\d)|\s+[—–]\s[^—–]{1,200}\s[—–](?=\s)")
_BOUNDARY = re.compile(r"[;؛]\s+|,\s+(?:and|but|while|as|after|before|when|although|because|which|who|where"
                       r"|y|pero|mientras|tras|después|cuando|aunque|porque|que|quien|donde"  # Spanish
                       r"|et|mais|tandis|après|avant|lorsque|quand|parce|qui|dont|où"  # French
                       r"|und|aber|während|nachdem|bevor|als|wenn|obwohl|weil|wo|der|die|das|deren|dessen"  # German
                       r"|enquanto|após|depois|quando|embora|quem|onde)\s+"  # Portuguese
                       r"|,\s+(?=\w+ing\s)|\s+[—–]\s+|،\s+")  # Arabic and Persian: their comma and semicolon
#: A sentence this long is kept whole when no boundary shortens it; a longer one gives no entry
#: (rather than one cut mid-phrase).
WHOLE_WORDS = 50
ENDED = re.compile(r"[.!?…。！？।॥؟۔።][\"'”’)\]」』]*$")


#: An acronym just before a number names a model ("GTX 1660", "A 320"), except the
#: ones that say the number is a year ("FY 2019", "AD 1066").
_MODEL_BEFORE = re.compile(r"(?<![\w.])(?!(?:FY|AD|CE|BCE?|AH|AM|PM|EST|GMT|UTC|CET)\s*$)[A-Z]{2,5}\s*$")


def not_an_event(masked: str, start: int, end: int, precision: str) -> bool:
    """Whether the date written at `start:end` of a sentence is a number or a reference
    rather than the date of something that happened then (see the module's list)."""
    before = masked[max(0, start - 24):start]
    if is_baseline(masked, start):
        return True
    if _BETWEEN_BEFORE.search(before):
        return True  # "between 2010 and 2015": a period a figure covers, not an event
    if (_SINCE_BEFORE.search(before) and precision == "decade") or _FIRST_SINCE.search(
            masked, max(0, start - 130), start):
        return True
    if precision != "year":
        return precision == "day" and is_referred_day(masked, start)
    if _LABEL_BEFORE.search(before) or _MODEL_BEFORE.search(before) or _COHORT_BEFORE.search(before) \
            or _one_years_span(masked, start, end):
        return True
    if _ABOUT_BEFORE.search(before) and _COUNTED_AFTER.match(masked, end):
        return True  # "Belvoir and Milltown have around 1800 houses": a count
    if _ABOUT_BEFORE_FOREIGN.search(before) and _NOUN_AFTER.match(masked, end):
        return True  # "Allein in der letzten Impulswoche wurden knapp 2000 Kinder erreicht": a count
    if _CITED_BEFORE.search(before) and _CITED_AFTER.match(masked, end):
        return True  # a citation's year
    if (_SERIES_BEFORE.search(before) and _DAY_NAMED.search(masked)) or _RECORD_BEFORE.search(before) or (
            _FOR_BEFORE.search(before) and not _PLANNED.search(masked)):
        return True  # a tournament's year where the sentence names the day ("... of Cricket World Cup 2023 on
        # Thursday"); "Bei Olympia 2022 holte sie Gold" keeps it
    if _FIGURE_LABEL_AFTER.match(masked, end) and masked.rfind("(", 0, start) > masked.rfind(")", 0, start):
        return True  # "Die Aufklärungsquote lag bei 17,6 Prozent (2019: 17,4%, 2018: 18,1 Prozent)": a figure's year
    if _PRICE_RANGE_AFTER.match(masked, end):
        return True  # "von 1999 (14", Basismodell) bis zu 8529 Euro": a price
    if _TITLE_AFTER.match(masked, end) and len(_ANY_YEAR.findall(masked)) > 1 and not _MAKES_WORK.search(masked):
        return True  # "performances of 1972's Toulouse Street and 1973's The Captain and Me": works' names
    if _HOPEFULS_AFTER.match(masked, end):
        return True  # "Five 2024 Republican hopefuls took to the stage": people of that year's race
    if _NAMED_BEFORE.search(before) and not _NAMES_OWN_EVENT.search(masked) and (
            len(_ANY_YEAR.findall(masked)) > 1 or _PRESENT_AFTER.match(masked, end)):
        return True  # "Section 230 of the Communications Decency Act of 1996 protects ...": a name
    return bool(_DETERMINER_BEFORE.search(before) and (_NAME_AFTER.match(masked, end) or _FINANCE_AFTER.match(
        masked, end) or (_WORK_AFTER.match(masked, end) and not _MAKES_WORK.search(masked)
                         and not _NAMES_OWN_EVENT.search(masked) and not _UNDER.search(before))))


#: Words that say no more than that a date is: "it was", "es ist der", "c'est le".
_EMPTY_WORDS = frozenset("it is was it's es ist war der die das den c'est c’est le la el era es today now".split()
                         + "subject sent from cc".split())  # an e-mail's header: "Date: ... UTC Subject:"


def says_nothing(text: str) -> bool:
    """An entry whose text is its date and little else, a tweet's signature line, page
    furniture ("Copyright Example 2019", "Posted on 3 May 2019") or a call to action."""
    if _HANDLE.search(text) or FURNITURE_SENTENCE.search(text) or is_salutation(text) or _CITATION.search(text) \
            or is_filler(text) or refers_to_figure(text) or is_call_to_action(text):  # "... declined to comment
        return True  # on Monday", "下のグラフは ...", a greeting, thanks or sign-off ("Together, we can make 2025
    # another amazing year!"), or what the reader is asked to do ("Catch up on the 2020 election ... podcast")
    rest = DATE_TOKEN.sub(" ", text)
    if _catalogue(text, rest) or (_REFERENCE.search(text) and len(text.split()) <= _REFERENCE_WORDS) or \
            _AUTHOR_YEAR.match(text) or _CITED_AT.search(text) or _bibliographic(text):
        return True
    if CJK.search(text):  # unspaced: its characters, and any Latin words, count
        return len(CJK.findall(rest)) + 2 * len(re.findall(r"[A-Za-z]{2,}", rest)) < 6
    words = [w for w in rest.split() if w.strip(".,;:!\\") and w.lower().strip(".,;:!") not in _EMPTY_WORDS]
    return not words or len(rest.split()) < 2  # "It was March 3, 2019.", "Es ist der 13. November."


#: The parts of a book's or an article's reference: "(Hrsg.)", "Kerns Verlag", "Band 44", "S. 147", "pp. 12-19".
_BIBLIOGRAPHIC = re.compile(r"\((?:Hrsg|eds?|ed)\.\)|\bHrsg\.|\b\w*[Vv]erlag\b|\b(?:Band|Bd|Vol|vol|Heft|No)\.?\s+\d+"
                            r"|\b(?:S|pp?)\.\s*\d+|\bISBN\b|\bUniversity Press\b|\bdoi\b")
#: A reference's opening: its author and year, "Gerken, Klaus 2001: Studien zur ...".
_AUTHOR_YEAR_COLON = re.compile(r"^[A-ZÄÖÜ][\w'’-]+,\s+[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+)?\s+\d{4}[a-z]?:\s")


def _bibliographic(text: str) -> bool:
    """Whether a text is a reference to a book or an article: two kinds of a reference's parts
    ("..., Tübingen 2012, Kerns Verlag, S. 281."), or its author and year first."""
    kinds = {re.sub(r"[\d\s.()]+", "", m.group()).lower()[:3] for m in _BIBLIOGRAPHIC.finditer(text)}
    return len(kinds) >= 2 or bool(_AUTHOR_YEAR_COLON.match(text))


def _catalogue(text: str, rest: str) -> bool:
    """An entry of names and numbers and no statement, in a script with capitals: a citation
    ("OLG Köln NJW-RR 2002, 1700, 1701."), a product's sizes ("1710 & 1744 Atomic Bent Chetler
    120."). `rest` is the text without its date's words. ("1969: Mondlandung" has no other number.)"""
    letters = re.findall(r"[^\W\d_]", rest)
    if not letters or CJK.search(rest) or sum(c.islower() or c.isupper() for c in letters) < 0.8 * len(letters):
        return False
    return len(re.findall(r"\d+", text)) >= 3 and not any(w[0].islower() for w in re.findall(r"[^\W\d_]{3,}", rest))


def names_only(text: str) -> bool:
    """A heading or a journal's name, no statement: "BMJ Case Rep. 2011.", "Olympia 2022 -
    Nordische Kombination." (asked only of a text that writes its year: a schedule's items,
    "Pepsi Center, Denver, CO.", and the items under a year's heading name their events so)."""
    named = re.findall(r"[^\W\d_]{2,}", text)
    return not CJK.search(text) and 2 <= len(named) <= 8 and not any(w[0].islower() for w in named)


#: What a reference list's entry says of where and when it was read: "(Stand: 19.08.2013), abrufbar unter",
#: "Web, 21.01.2022 um 10:03 Uhr", "retrieved on", "accessed 3 May 2019", "consulté le".
_CITED_AT = re.compile(r"\babrufbar unter\b|\babgerufen am\b|\bzuletzt (?:aufgerufen|abgerufen)\b|\(Stand:\s"
                       r"|\bWeb,\s*\d{1,2}\.\d{1,2}\.\d{4}|\bretrieved (?:from|on)\b|\baccessed(?: on)? \d"
                       r"|\bconsulté le\b|\bconsultado (?:el|em)\b", re.I)
#: A reference list's entry: "Rose, J. D. (2010).", "Nilsson, J. et al. (2019): Sudden exposure ...".
_AUTHOR_YEAR = re.compile(r"^(?:\d{1,3}\s+|[₀-₉⁰¹²³⁴-⁹]+\s*)?"  # its footnote's number: "1 Maani, S. (2019): ..."
                          r"(?:[A-Z][\w'’-]+,\s*(?:[A-Z]\.\s*)+(?:[/&,]\s*|and\s+)?)+(?:et al\.\s*)?\(\d{4}[a-z]?\)")


#: A list's label of a date and a place over its item: AP's "November 2017, in VIETNAM: Trump and Putin ...".
_DATE_LABEL = re.compile(r"^(?:[A-Z][a-z]{2,8}\.? )?(?:\d{1,2}, )?\d{4}, (?:also )?(?:in|by|at|on) [A-Z][A-Z .'’-]+:\s+"
                         r"(?=[A-Z\"“])")


def tidy_start(text: str) -> str:
    """The entry's text starting at its subject: a dateline ("WASHINGTON - ") or a date's label
    ("July 2017, in GERMANY: "), a bullet, a
    leading "But"/"And", a measure of time before the clause ("almost 7 years after Python 3.0
    was released in December 2008": the release is the event) dropped, the first letter made
    a capital; an opening quote mark that nothing closes goes too."""
    text = _LEADING_MARKER.sub("", DATELINE.sub("", _BULLET.sub("", text.strip())))
    text = _MEASURE_BEFORE.sub("", _DATE_LABEL.sub("", text))
    if text[:1] in "“\"" and not any(c in text[1:] for c in "”\""):
        text = text[1:]  # "“We’re going to be an important state in 2012." from a quotation run on
    return text[:1].upper() + text[1:] if text[:1].islower() else text


_MEASURE_BEFORE = re.compile(r"^(?:(?:almost|nearly|about|some|just|only|over|more than|less than)\s+)?"
                             r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
                             r"(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before)\s+(?=\S+\s+\S+[^,;]*$)",
                             re.I)


#: Who said it and when, ending the sentence: "..., Russian and Iranian officials said Friday.", "..., said a
#: spokesperson here on Monday."
_SAID_AT_END = re.compile(r",\s+((?:(?:[\w.'’-]+\s+){1,6}(?:said|says|told reporters|announced|added|confirmed|wrote)"
                          r"|according to|(?:said|says|added)(?!(?i:\s+(?:on\s+|late\s+|early\s+)?(?:" + _WEEKDAYS
                          + r"|today|yesterday|last)\b)))(?:\s+[\w.'’-]+){0,6})\W*$")


def said_at_end(text: str) -> bool:
    """Whether a text ends by saying who said it and when ("..., officials said on Wednesday.")."""
    return _SAID_AT_END.search(text) is not None


#: A verb, as far as words show one without a tagger: a piece after "and" without one is
#: no clause of its own ("Iran's first and | only nuclear power plant next Saturday").
VERB = re.compile(rf"\b(?:\w+ed|{VERB_WORDS}|\w{{3,}}[^s\W]s|\w+ing)\b", re.I)
#: A piece that goes on from the clause before it (a participle's, a relative clause): no entry starts so.
_GOES_ON_FROM = re.compile(r"[a-z]\w+ing\s|(?:which|who|whom|whose|where)\s")
#: A boundary's relative pronoun: what follows it has no subject of its own ("..., die beide für
#: den SSV Geyer starten, ... ist ein Start ... ausgeschlossen").
_RELATIVE_WORD = re.compile(r"\b(?:which|who|where|que|quien|donde|qui|dont|où|der|die|das|deren|dessen|quem|onde)\s*$")


#: What follows ", and" with no subject of its own: a verb ("..., and | said that employees were told
#: ..."), a second "that" clause ("told that ..., and | that a planned meeting ...").
SHARES_SUBJECT = re.compile(rf"(?:(?:also|then|later)\s+)?(?:\w+ed|{VERB_WORDS}|that)\b")
#: A noun set off by ", and ... ," before the rest of its clause: "to put the first woman, | and the next man, |
#: on the lunar surface by 2024".
_NOUN_ASIDE = re.compile(r"(?:the|a|an|his|her|its|their)\s+(?:[^\s,;]+\s+){0,2}[^\s,;]+,\s+(?=[a-z])")
#: A list's items before its ", and": "months of dizziness, fatigue, | and breathlessness by the time ...".
_LISTED_BEFORE = re.compile(r",\s*(?!(?:and|or)\s)[^\s,;]+(?:\s+[^\s,;]+){0,2}$")


def _goes_on(text: str, boundary: re.Match) -> bool:
    """Whether the piece after a ", and" boundary goes on from the one before it: the subject's
    second verb or clause, or a list's last item."""
    if boundary.group().strip(" ,").lower() not in ("and", "but", "or"):
        return False
    if SHARES_SUBJECT.match(text, boundary.end()):
        return True
    if (aside := _NOUN_ASIDE.match(text, boundary.end())) and not VERB.search(aside.group()):
        return True
    listed = _LISTED_BEFORE.search(text, 0, boundary.start())
    return listed is not None and not VERB.search(listed.group())


def shorten(text: str, max_words: int, keep: str) -> str:
    """`text` within `max_words`: asides (brackets, ", which ...,", dashes) dropped first,
    then the clause holding `keep` (the date) cut at a clause boundary, ended with a full
    stop. A sentence that no boundary shortens is kept whole up to WHOLE_WORDS words, and
    beyond that gives no text (""): an entry never ends mid-sentence."""
    if len(text.split()) <= max_words:
        return text
    shorter = _ASIDE.sub("", text)
    if keep in shorter and len(shorter.split()) <= max_words:
        return shorter
    text = shorter if keep in shorter else text
    at = text.find(keep)
    cuts = [m.start() for m in _BOUNDARY.finditer(text) if m.start() > at + len(keep)]
    for cut in reversed(cuts):
        head = text[:cut].rstrip(" ,;:")
        if len(head.split()) <= max_words and len(head.split()) >= 4:
            return head + ("" if head.endswith((".", "!", "?", "।")) else ".")
    said = _SAID_AT_END.search(text)
    if said and said.start(1) <= at:  # dated by who said it: what was said, then who said it and when
        for cut in reversed([m.start() for m in _BOUNDARY.finditer(text) if m.start() < said.start()]):
            head = text[:cut].rstrip(" ,;:")
            if 4 <= len(head.split()) and len(head.split()) + len(said.group(1).split()) <= max_words:
                return f"{head}, {said.group(1).rstrip('.')}."
    starts = [m for m in _BOUNDARY.finditer(text) if m.end() <= at and not _RELATIVE_WORD.search(m.group())]
    for boundary in starts:
        tail = text[boundary.end():]
        if len(tail.split()) <= max_words and not _GOES_ON_FROM.match(tail) and not _goes_on(text, boundary) and (
                len(tail.split()) > 8 or VERB.search(tail)):  # not a phrase ("..., and | more likely 2021")
            return tidy_start(tail)
    if len(text.split()) <= WHOLE_WORDS and not text.endswith("…"):
        return text
    return ""  # no clause of it reads whole: no entry rather than a sentence cut off


def ended(text: str) -> str:
    """An entry's text with a full stop at its end if it has no closing mark: each entry
    reads as one statement."""
    text = text.rstrip(" ,;:")
    return text if not text or ENDED.search(text) or CJK.search(text[-1]) else text + "."


#: Openers of a sentence that is not a statement of what happened: a condition, an alternative ("Or whether ...").
_NOT_A_STATEMENT = re.compile(r"^[\"“‘']?(?:or|nor|if|whether|unless)\b|^[\"“‘'](?:and|but|so)\b", re.I)
#: A piece with no subject of its own, without a comma that would end an opening phrase: an
#: infinitive ("To land that cargo on the moon as early as next year.") or a participle
#: ("Helping to pave the way for ... by 2024."); "To date, ..." and "Speaking on Monday,
#: the minister said ..." are statements.
_NO_SUBJECT = re.compile(r"^(?:To\s+(?!date\b)[a-z]+|[A-Z][a-z]{2,}ing\s+to\b"
                         # a passive participle's phrase: "Signed into law by President Franklin Roosevelt on ..."
                         r"|[A-Z][a-z]{2,}(?:ed|en)\s+(?:into|by|on|in|at|from|with|under|after|before)\b"
                         # a Spanish or French infinitive's: "Por pertenecer en 2002 a Arrantzale."
                         r"|(?:Por|Para|Sin|Pour|Sans|Afin de)\s+[a-zà-ÿ]+(?:ar|er|ir|re)\b)"
                         r"(?:[^,;:]|,(?=\s*\d{4}\b))*$")  # the comma of "August 14, 1935" ends no phrase
_FIRST_WORDS = re.compile(r"[^\W_][\w’'.,-]*")
#: A noun phrase, then "as it ..." with no verb of its own: "The Air France jet as it took off near
#: Paris on Tuesday." (a list's item, "both had a fiery end, the jet as it took off and ...").
_NOUN_THEN_AS = re.compile(rf"^(?:The|A|An)\s+(?:(?!\w+(?:ed|s)\b|(?:{VERB_WORDS})\b)[\w’'-]+\s+){{1,4}}"
                           r"(?:as|while|when)\s+(?:it|he|she|they|we)\s+\w+")


#: A log's entry that opens with its time of day ("12:24 UTC – The deployment was rolled back"):
#: under a heading that dates it, each one is an event of that day.
TIMESTAMPED = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?\s*[–—:-]\s")


#: No sentence ends on these, nor on ", with" ("... the community has seen remarkable growth, with.": its
#: list cut off).
_CUT_END = re.compile(r"(?:(?<![\w'’-])(?:of|the|and)|,\s*(?:with|including|such as|like))[\"'”’]?\s*[.…]?$")


#: A list's lead-in ("After January 20, 2017, President Obama will use the following accounts."),
#: an opening phrase and its source with the statement left out ("By 1963, as the New York Times
#: explains."), a Japanese sentence cut at its topic particle ("...発売したHelveticaは。").
_LEAD_IN = re.compile(r"\b(?:the following|as follows|these)(?:\s+\w+){0,2}\s*[.:]$|:$"
                      r"|^[^,]{1,30},\s+as\s+[^,]{2,60}\s(?:explains?|notes?|reports?|says?|puts? it|writes?)\.$"
                      r"|[はがをにでと]。$|では。$"
                      # a clause cut after its date: "Congress stopped ..., and in 1979.", "..., but by 1969."
                      r"|(?:,\s*|\s)(?:and|but|or|yet),?\s+(?:in|by|on|since|until|from|after|before|at)\s+"
                      r"(?:[\w .,'’-]{0,20}\d{2,4}s?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.$"
                      # a phrase without its clause, a figure or a date in brackets after it: "Avec une croissance
                      # atone (+ 0,1 % en 2019).", "Presque quatre fois plus en octobre 2018 (1,8 %).", "Above all the
                      # 1940s (when ...)."
                      r"|^(?:with|without|avec|sans|mit|ohne|con|sin|presque|nearly|almost|fast|casi|above all|surtout"
                      r"|vor allem|sobre todo)\s[^()]{0,60}\([^()]{1,80}\)\.$",
                      re.I)


def is_fragment(text: str) -> bool:
    """Whether an entry's text is a piece of a sentence, not a statement: it starts in
    lower case ("the full incidence ...", "1.5 millimeters on ...", "2009's Star Trek"
    names a work), or with "Or", "If", "Whether", after a log's time of day if it has one
    ("12:08 UTC – was published"). Unspaced (CJK) text is not judged."""
    text = TIMESTAMPED.sub("", text, count=1)
    if _CUT_END.search(text) or _LEAD_IN.search(text):
        return True  # "... in response to the 2015 UNFCCC's “Paris Agreement” of.": cut off
    if CJK.search(text[:20]) or _NOT_A_STATEMENT.match(text):
        return bool(_NOT_A_STATEMENT.match(text))
    if _NO_SUBJECT.match(text) or _NOUN_THEN_AS.match(text):
        return True
    words = _FIRST_WORDS.findall(text[:80])
    if not words:
        return True
    first = words[0]
    if first[0].isdigit() and not any(c.isupper() for c in first):  # "18F", "3M" are names
        if re.search(r"['’]s$", first) and len(words) <= 6:
            return True  # "2009's Star Trek.": a work named by its year, no statement
        following = words[1] if len(words) > 1 else ""
        return bool(following[:1].islower())
    return first[0].islower()


#: A tracker's issue or pull request, which a log names by its address: "issue #6850".
_TRACKER = re.compile(r"\b(?:https?://|www\.)\S+?/(?P<kind>issues|pull|pulls|merge_requests)/(?P<n>\d+)\b/?")
_TRACKED = {"issues": "issue", "pull": "pull request", "pulls": "pull request", "merge_requests": "merge request"}


def named_trackers(text: str, lead: re.Pattern) -> str:
    """Issue and pull request addresses as their names ("issue #6850"), capitalised where one
    opens the clause, after its `lead` date ("2023-07-20: ") and time of day if any."""
    def name(match: re.Match) -> str:
        named, before = f"{_TRACKED[match['kind']]} #{match['n']}", match.string[:match.start()]
        before = before[found.end():].lstrip() if (found := lead.match(before)) else before
        return named[0].upper() + named[1:] if not before.strip() or TIMESTAMPED.fullmatch(before) else named

    return _TRACKER.sub(name, text)
