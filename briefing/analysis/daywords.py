"""Days named from the article's own: "today", "yesterday", "last night", "heute", "ayer" in a
report, resolved against its date; "today" as the present age ("today's problems", "A lot of
people want responses today.") names no day."""

from __future__ import annotations

import datetime as _dt
import re

from .tense import CLAUSE_EDGE, FUTURE, IRREGULAR_PAST, PAST, SCHEDULED

MIN_YEAR, MAX_YEAR = 1500, 2039  # the years a report's date may have for its days to be read

#: Days named from the article's own: its news.
_DAY_WORDS = re.compile(r"(?<!^)(?<!^[\"“])\b(?P<word>today|yesterday|tonight|last night|this morning|earlier today"
                        r"|heute|gestern|aujourd['’]hui|hoy|ayer|hoje|ontem)\b"
                        r"|^(?P<first>yesterday|last night|earlier today|gestern|ayer|ontem)\b", re.I)
_DAY_OFFSETS = {"today": 0, "tonight": 0, "this morning": 0, "earlier today": 0, "yesterday": -1, "last night": -1,
                "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "hoje": 0,
                "gestern": -1, "ayer": -1, "ontem": -1}
#: A speaker talking in the present ("That's all we have for today"): first or second person.
_CHAT = re.compile(r"\b(?:I|we|you|us|our|my|your|ich|wir|ihr|uns|euch|mir|mich|(?-i:Sie|Ihnen))\b"
                   r"|['’](?:re|m|ve)\b", re.I)  # German too: "Trotzdem wollen wir heute ... über Zahlen sprechen"

#: Words before "today" that make it the present age, not a day: "of today", "than today",
#: "until today", "not today", "bis heute", "Stand heute", "die Jugend von heute", "Im Unterschied zu früher werden
#: heute ...".
_PRESENT_AGE = re.compile(r"\b(?:of|than|until|not|bis|als|von|nicht|stand|jusqu['’]à|hasta|até)\s+$"
                          r"|\b(?:früher|einst|damals|autrefois)\b[^.;]{0,80}$", re.I)  # "früher ... heute"
_TODAY_WORDS = frozenset({"today", "heute", "aujourd'hui", "aujourd’hui", "hoy", "hoje"})
#: A state that holds today, not a thing done on the day: "Python is still healthy today", "is not
#: usable on stable Rust today" (in the clause before), "programming today are ..." (after).
_STATE_BEFORE = re.compile(r"\b(?:still|(?:is|are|remains?)\s+not)\b[^,;:.]{0,80}$"
                           # the present's passive: "the way almost all of the world's electricity is generated today"
                           r"|\b(?:is|are)\s+(?!(?:expected|scheduled|set|slated|planned|due)\b)[a-z]{3,}(?:ed|wn|en)\s+$"
                           r"|\b(?:bereits|schon|noch|encore|déjà|todavía|aún|ya|ainda|já)\s+$"
                           r"|\b(?:gibt es|gilt|gelten)\s+$", re.I)  # "Deswegen gibt es heute die ... Slogans."
_STATE_AFTER = re.compile(r"\s+(?:is|are|remains?|looks?|seems?|bereits|schon|noch|encore|en día"
                          r"|schneller|mehr|weniger|besser|häufiger|öfter|stärker|more than|less than"
                          r"|nicht mehr|kaum|längst|nur noch"  # "der Politiker heute nicht mehr ..."
                          # "wird heute gut bewahrt", "bezeichnen die Kulturhistoriker heute als den Ursprung"
                          r"|als|gut|immer|vielfach|allgemein)\b", re.I)
#: "Today" as an attribute of a noun, the present age's: "die heute übliche Kommunikationstechnik", "den heute
#: gängigen Methoden" (an article before it, an adjective and a noun after; not a participle: "die heute
#: vorgestellten Regeln" were presented on the day).
_ATTRIBUTE = re.compile(r"\b(?i:der|die|das|den|dem|des|eine?[mnrs]?)\s+heute\s+[a-zäöüß]{2,}[a-su-zäöüß](?<!en)"
                        r"(?:e|en|er|es|em)\s+[A-ZÄÖÜ][a-zäöüß]")
#: A sentence that sets today against another age: "Die Erde ernährt heute mehrere Milliarden Menschen, im
#: Mittelalter waren es ...", "... than it was a century ago": today is the present age.
_OTHER_AGE = re.compile(r"\b(?:im mittelalter|in der antike|damals|vor (?:\d+|zehn|zwanzig|fünfzig|hundert|tausend)"
                        r"\w* jahr(?:en|zehnten|hunderten|tausenden)|in the middle ages|(?:decades|centuries|"
                        r"generations|a century|a generation) ago|au moyen âge|en la edad media)\b", re.I)


def days_named(sentence: str, base: str) -> list[tuple[int, str, str]]:
    """"Today", "yesterday", "last night" in a report: its date, or the day before."""
    try:
        day = _dt.date.fromisoformat(base[:10])
    except ValueError:
        return []
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return []
    # "Today, plague is rare" opens a sentence about the present, not the day's news.
    # "'What a shame that it takes today', she said": a speaker's present, not the news's day.
    # "That's all we have for today": a speaker's today, in a sentence with nothing done or to be done.
    reported = bool(PAST.search(sentence) or FUTURE.search(sentence) or not _CHAT.search(sentence))
    found = []
    for match in _unquoted(sentence, _DAY_WORDS.finditer(sentence)):
        if match.group("word") and (sentence[match.end():match.end() + 2] in ("'s", "’s")
                                    or _PRESENT_AGE.search(sentence, 0, match.start())
                                    or (match.group("word").lower() in _TODAY_WORDS
                                        and (_STATE_BEFORE.search(sentence, 0, match.start())
                                             or _STATE_AFTER.match(sentence, match.end())
                                             or _ATTRIBUTE.search(sentence, max(0, match.start() - 6),
                                                                  match.end() + 40)
                                             or (_OTHER_AGE.search(sentence) and not PAST.search(sentence))))
                or (match.group("word").lower() == "today" and _present_only(sentence))
                or (match.group("word").lower() in _TODAY_WORDS - {"today"} and _present_clause(sentence, match))):
            continue  # "today's problems", "the community of today", "still ... today": the present age
        offset = _DAY_OFFSETS[(match.group("word") or match.group("first")).lower()]
        if offset or reported:  # "yesterday" is past itself
            found.append((match.start(), (day + _dt.timedelta(days=offset)).isoformat(), "day"))
    return found


#: A verb that says what the day holds, before "today": "Stadia, Google's streaming platform, launches today".
_DOES_TODAY = re.compile(r"\b(?:launches|opens|begins|starts|ends|closes|debuts|premieres|returns|resumes|votes|meets"
                         r"|hears|rules|releases|unveils|announces|testifies|speaks|visits|lands|leaves|arrives|marks"
                         r"|celebrates|turns|expires|publishes|airs|goes|takes)\s+(?:(?:effect|off|place|office)\s+)?"
                         r"today\b", re.I)


def _present_only(sentence: str) -> bool:
    """Whether an English sentence with "today" tells of the present age, in the present and with
    nothing done or to be done: "A lot of people want responses today.", "The short-range Wi-Fi and
    Bluetooth signals used today to control recreational drones won't cut it" (fastcompany.com and
    cnet.com, each dated the article's day in the timeline)."""
    told = re.sub(r"\bwon['’]t\b", "", sentence)  # not "won", a past: a claim about the present
    return not (PAST.search(told) or IRREGULAR_PAST.search(told) or FUTURE.search(told) or _DOES_TODAY.search(told))


def _unquoted(sentence: str, matches) -> list[re.Match]:
    """The matches (in order) that lie outside quotations ("..." or “...”); the quotes
    before each are counted on from the last, so the sentence is read once."""
    kept, opened, closed, straight, counted = [], 0, 0, 0, 0
    for match in matches:
        stretch = sentence[counted:match.start()]
        opened, closed = opened + stretch.count("“"), closed + stretch.count("”")
        straight += stretch.count('"')
        counted = match.start()
        if opened <= closed and straight % 2 == 0:
            kept.append(match)
    return kept


#: A thing done on the day in German, French, Spanish or Portuguese, beyond `PAST`'s German: "fand heute ...
#: statt", "was uns heute ins Haus geflattert ist", "a annoncé aujourd'hui", "ha anunciado hoy", "anunció hoy";
#: or one to come in Spanish or Portuguese.
_DONE = re.compile(r"\b(?:fand(?:en)?|kam(?:en)?|gab(?:en)?|ging(?:en)?|begann(?:en)?|endete(?:n)?|starb(?:en)?"
                   r"|traf(?:en)?|sprach(?:en)?|gewann(?:en)?|verlor(?:en)?|ge\w+(?:t|en)\s+(?:ist|sind|worden)"
                   r"|(?:ist|sind)\s[^,;.]{0,60}\bge\w+(?:t|en)"
                   r"|(?:a|ont|avait|avaient|est|sont)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|it|u|us)"
                   r"|(?:ha|han|había|habían|tem|têm)\s+\w+(?:ado|ido)|\w{3,}(?:ó|aron|ieron|ou|aram|eram|iram)"
                   r"|\w*(?:ará|erá|irá|arán|erán|irán|arão|erão|irão))\b", re.I)


#: Where a clause ends: a comma or a dash, or "und", "et", "y" before another verb's clause.
_CLAUSE_EDGE = re.compile(CLAUSE_EDGE.pattern + r"|\s(?:und|aber|doch|sondern|et|mais|y|pero|e|mas)\s")


#: A German past participle: "vorgestellt", "bekommen", "versäumt", "informiert".
_PARTICIPLE = re.compile(r"\b(?:[a-zäöüß]{0,6}ge|be|ver|er|ent|zer|emp)[a-zäöüß]{2,}(?:t|en)\b|[a-zäöüß]+iert\b"
                         r"|\b[a-zäöüß]{3,}(?:t|en)\W*$")  # or a verb last: "... den Vertrag unterzeichnet"


def _present_clause(sentence: str, match: re.Match) -> bool:
    """Whether the clause of a "heute", "aujourd'hui" or "hoy" tells of the present age, a state with
    nothing done or to come on the day: "Keuter sitzt heute für die AfD im Bundestag", "Helmut Kohl hätte heute
    viel zu tun", "ce Pole vaudrait aujourd'hui entre 50 et 100 millions d'euros" (each dated the
    article's day in the timeline)."""
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, match.start())]
    end = _CLAUSE_EDGE.search(sentence, match.end())
    clause = sentence[edges[-1] if edges else 0:end.start() if end else len(sentence)]
    state = _STATE.search(clause)
    if not _PARTICIPLE.search(clause):  # "hat heute viele Mitglieder": a state
        clause = re.sub(r"\b(?:hat|haben|habe)\b", "", clause, flags=re.I)
    done = PAST.search(clause) or FUTURE.search(clause) or SCHEDULED.search(clause) or _DONE.search(clause)
    return not done and bool(state)  # "Die Stadt eröffnet heute den neuen Park": the day's


#: A verb of a state, a wish or a supposition: "sitzt", "ist", "hat", "hätte", "ließe", "vaudrait", "é".
_STATE = re.compile(r"\b(?:ist|sind|bin|bist|hat|haben|war|waren|wäre|wären|hätten?|würden?|müssten?|müsse|könnten?"
                    r"|sollten?|dürften?|ließe|sitz(?:t|en)|gibt|lieg(?:t|en)|leb(?:t|en)|wohn(?:t|en)|arbeite(?:t|n)"
                    r"|heißt|gilt|gelten|zähl(?:t|en)|steh(?:t|en)|besteht|kostet|beträgt|est|sont|était|étaient"
                    r"|\w+raient|\w+rait|es|son|era|eran|sería|serían|é|são|seria)\b", re.I)
