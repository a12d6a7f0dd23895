"""The tense a date is told in: whether the clause that holds it speaks of the future ("will rule on
April 1", "Am Montag folgt ..."), for `relative` to read "on Tuesday" or "in May" as the coming one or
the last one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

#: Words of a future or of a thing to come, in English, German, French, Spanish, Portuguese and Italian.
FUTURE = re.compile(
    r"\b(?:will|shall|must(?!\s+have\b)|(?:is|are) (?:due|expected|scheduled|slated|planned|forecast|predicted|likely)"
    r" (?:to|for|on)|"  # "Wednesday is forecast to be even colder"; "should" with its weekday: "should peak Wednesday"
    r"should(?=\s+\w+\s+(?:\w+\s+)?(?:on\s+|by\s+|until\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(?:is|are) set (?:to (?=[a-z])|for|on)|"  # not a setting: "My notification noise is set to “Hummus”"
    r"(?:is|are) to be|(?:is|are) going to|"
    # a verb, not a noun: "filed a plan to reunify ..." is no plan of the date's
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bnew\s)"
    r"(?<!\bmade\s)(?<!\bhad\s)"  # "made plans to meet" is past
    r"(?:hopes?|plans?|aims?|intends?|expects?|wants?|seeks?|promises) to|"
    r"upcoming|looks? forward to|looking forward to|"
    r"until (?:mon|tues|wednes|thurs|fri|satur|sun)day to|"  # a deadline: "gave the department until Monday to respond"
    r"será|serão|vai|vão|acontece|acontecerá|ocorrerá|sera|seront|aura lieu|"
    r"wird|werden|serán|tendrá lugar|se celebrará|calendário|calendario|calendrier|programa[çc][ãa]o|"
    r"pourr(?:a|ait|ont|aient)|devr(?:a|ait|ont|aient)|doi(?:t|vent) (?:se )?\w+(?:er|ir|re)|soll(?:en)?|"
    r"podrá|podría|deberá|debería|"
    # Italian: "riporterà", "conquisterà", "saranno"
    r"\w+(?:erà|irà|arà|eranno|iranno|aranno)|sarà|saranno|avrà|avranno|potrà|potranno|dovrà|dovranno)\b|['’]ll\b",
    re.I)


#: Where the words that tell a date's tense are looked for: its own clause, up to a comma.
CLAUSE_EDGE = re.compile(r"[,;:—–][\"”’']?\s")  # a quote's comma too: '"I will be there," he said on Friday'
PAST = re.compile(r"\b(?:said|says|announced|told|reported|confirmed|was|were|had|did|(?-i:[a-z]\w{2,}ed)"
                  r"|hat|haben|habe|hatte|hatten|wurde|wurden|sagte|sagten"
                  # a German saying told in the present: the day of the saying ("», sagt Bühlmann am Dienstagabend")
                  r"|sagt|erklärt|betont|meint|berichtet)\b", re.I)


#: A present tense that schedules: "the tournament, which begins Thursday", "talks resume in May", "the
#: tour that stops at Blossom Music Center on July 22", "the schedule picks up February 7th", "Der
#: G7-Gipfel findet vom 26. bis 28. Juni ... statt".
SCHEDULED = re.compile(r"\b(?:begins?|starts?|opens?|resumes?|continues|picks up|wraps up|kicks? off"
                       r"|takes? (?:effect|place)|expires?|stops"
                       r"|comes? into force|goes? into effect|premieres?|debuts?"
                       r"|find(?:et|en)\s[^;!?]{0,80}\bstatt|beginnt|beginnen|startet|starten|endet|enden"
                       # a German fixture told in the present: "Am Montag folgt ...", "bestreiten am Donnerstag
                       # ihre Trainingstage", "duellieren sich am Freitagabend", "... ansteht", "ist am
                       # Samstag um 19.30 Uhr." (a time that ends the clause: "ist um 14 Uhr passiert" is past)
                       r"|folgt|folgen|ansteht|anstehen|bestreite[tn]|duellier(?:t|en)|gastier(?:t|en)"
                       r"|steh(?:t|en)\s[^;!?.]{0,200}\bauf dem (?:programm|spielplan)"  # "stehen ... auf dem Programm"
                       r"|(?:ist|sind)\s[^;!?.]{0,40}\bum\s\d{1,2}(?:[.:]\d\d)?\s*uhr(?=\s*(?:[;!?.]|$)))\b", re.I)
#: A past tense without "-ed", which tells a date's own clause only ("heard arguments in April").
IRREGULAR_PAST = re.compile(r"\b(?:heard|held|met|won|lost|gave|took|went|came|saw|began|spoke|left|sent|wrote|ran"
                            r"|brought|fell|rose|struck|led|paid|sold|chose|broke|became|fought|built|made|found"
                            r"|got|kept|bought|caught|stood|drew|drove|flew|grew|knew|threw|wore|stole"
                            r"|fled|spent|sought|taught|shook|froze|rode|swore|hid)\b", re.I)
#: A second verb phrase joined to the date's after it: its tense is its own.
JOINED_VERB = re.compile(r"\s(?:and|but)\s+(?=(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should"
                         r"|can|(?-i:[a-z]\w{2,}ed))\b)", re.I)
#: A time clause's conjunction, whose present tense speaks of the future ("when they meet on Monday").
_WHEN = re.compile(r"\b(?:when|once|as soon as)\b", re.I)
_BE_OR_HAVE = re.compile(r"\b(?:has|have|is|are|was|were|being)\b", re.I)  # "when it is announced": no tense of its own
RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
REPORTED = re.compile(r"\b(?:said|told|announced|reported|confirmed|warned|argued|insisted|stated|added|wrote"
                      # German, French and Spanish: "Das alles, um am Sonntag zu verkünden: Siemens wird ..." (the
                      # Sunday of the announcing, not of what it announces; review R15)
                      r"|verkünde[nt]?|verkündete|ankündig\w*|kündigte|mitzuteilen|teilte|erklärte?|betonte?"
                      r"|annonc\w*|déclar\w*|anunci\w*|dijo|afirmó)\b")


#: A German passive, whose "wird" is no future: "... der Überfall vom 24. Februar in die Nähe eines
#: Präventivkriegs gerückt wird" (dated February 2024 in an article of October 2023), "wird ... verkauft".
_PASSIVE = re.compile(r"\b[a-zäöüß]{3,}(?:t|iert)\s+(?:wird|werden)\b"
                      r"|\b(?:wird|werden)\b(?=[^,;.]{0,60}\b(?:ge[a-zäöüß]{2,}t|[a-zäöüß]{3,}iert)\b(?!\s+(?:haben|sein)))")


class Tense:
    """Whether the clause holding a date speaks of the future ("will rule on April 1"); a
    clause that reports ("the minister said on Tuesday that X will ...") speaks of the past;
    a relative clause that holds the date and a tense of its own speaks for it ("will offer
    its lander that the company unveiled in May": past). Without a tense in the clause, the
    sentence decides. Each clause is read once."""

    def __init__(self, sentence: str):
        self.sentence = sentence
        edges = list(CLAUSE_EDGE.finditer(sentence))
        self.begins = [e.end() for e in edges]  # where a clause may begin
        self.stops = [e.start() for e in edges]  # where a clause may stop
        self.clauses: dict[tuple[int, int], bool] = {}
        self.whole: bool | None = None

    def future(self, start: int, end: int) -> bool:
        # a time clause in the present: "he would raise it when they meet on Monday" (not "when they met")
        when = next(reversed(list(_WHEN.finditer(self.sentence, max(0, start - 40), start))), None)
        if when is not None and not CLAUSE_EDGE.search(self.sentence, when.end(), start):
            own = self.sentence[when.start():end]
            if len(self.sentence[when.end():start].split()) >= 2 and not (
                    PAST.search(own) or IRREGULAR_PAST.search(own) or _BE_OR_HAVE.search(own)):
                return True
        # the last relative word before the date in its clause: "lander that the company unveiled in May"
        marker = next(reversed(list(RELATIVE_WORD.finditer(self.sentence, max(0, start - 60), start))), None)
        if marker is not None and not CLAUSE_EDGE.search(self.sentence, marker.end(), start):
            own = self.sentence[marker.start():end]
            if FUTURE.search(own) or PAST.search(own) or SCHEDULED.search(own):
                return not PAST.search(own) or bool(FUTURE.search(own))
        index = bisect_right(self.begins, start)
        begin = self.begins[index - 1] if index else 0
        index = bisect_left(self.stops, end)
        stop = self.stops[index] if index < len(self.stops) else len(self.sentence)
        if joined := JOINED_VERB.search(self.sentence, end, stop):
            stop = joined.start()  # "heard arguments in April | and is expected to rule by July"
        if (begin, stop) not in self.clauses:
            clause = self.sentence[begin:stop]
            if FUTURE.search(_PASSIVE.sub(" ", clause)):
                self.clauses[begin, stop] = True
            elif PAST.search(clause) or IRREGULAR_PAST.search(clause) or _PASSIVE.search(clause):
                self.clauses[begin, stop] = False  # a passive's present tells its own time
            elif SCHEDULED.search(clause):
                self.clauses[begin, stop] = True
            else:
                if self.whole is None:  # a future reported in the past is no future of the date's
                    # ("On Wednesday, Haley said the country must not"), nor is a quotation's that someone is said
                    # to have said ("«... dass wir die Halle füllen werden», sagt Bühlmann am Dienstagabend"; not
                    # "Jusqu'en fin de matinée vendredi, « les conditions ... seront réunies »", which is the forecast)
                    said = any(not quoted(self.sentence, m.start()) for m in PAST.finditer(self.sentence))
                    active = _PASSIVE.sub(lambda m: " " * len(m.group()), self.sentence)
                    will = next((m for m in FUTURE.finditer(active)
                                 if not (said and quoted(self.sentence, m.start()))), None)
                    self.whole = (will is not None and not REPORTED.search(self.sentence, 0, will.start())) or (
                        not said and not IRREGULAR_PAST.search(self.sentence) and bool(SCHEDULED.search(self.sentence)))
                self.clauses[begin, stop] = self.whole
        return self.clauses[begin, stop]


def quoted(sentence: str, at: int) -> bool:
    """Whether a place in the sentence lies inside a quotation: "...", “...”, „...“, «...» or »...«."""
    curly = straight = guillemets = 0
    german = False
    for char in sentence[:at]:
        if char == "„":
            curly, german = 1, True
        elif char == "“":
            curly, german = (0, False) if german else (1, False)
        elif char == "”":
            curly = 0
        elif char == '"':
            straight ^= 1
        elif char in "«»":
            guillemets ^= 1
    return bool(curly or straight or guillemets)
