"""A date inside a relative clause dates that clause's event, not the sentence's: "Peters was
rehabilitated by the Nazi regime, which made a film about his life and named Berlin's
Petersallee in 1939" is the regime's doing in 1939, and "Petersallee is to be divided ...,
named after the anti-imperialist rebellion that began in East Africa in 1905" dates the
rebellion. The timeline prints that clause with the noun it stands for as its subject ("The
Nazi regime made a film ... in 1939", "The anti-imperialist rebellion began in East Africa
in 1905"), rather than the main clause under a date that is not its own, or the relative
clause cut loose ("Made a film about his life ..."). So for a phrase on a noun late in the
sentence ("tinkering with an organization established by the Continental Congress in 1775"
is "An organization was established by the Continental Congress in 1775."; "CEO of the
company Jobs co-founded 35 years ago" is "Jobs co-founded the company 35 years ago."), and
for a result clause ("so rare that the Marines made headlines in June"). A relative clause in
the subject ends where the sentence's own verb follows its date ("The EgyptAir flight that crashed
on Oct. 31 | went into an extreme dive"); a date in the subject that no clause prints alone, or
before a verb in the present perfect, gives the sentence no entry (`in_subject`)."""

from __future__ import annotations

import re

from ..lexicon import VERB_WORDS
from .segments import list_follows

#: The pronoun as the clause's subject, before a verb ("which made", "that began"; not a word in
#: -s, which may be a plural noun: "a metal strip that investigators believe ..."): one followed
#: by a subject of its own ("the plan that the mayor proposed") tells the noun's part in
#: another's event.
_PRONOUN = re.compile(rf"\b(?:which|that|who)\s+(?=(?:\w+ed|{VERB_WORDS}|first|later|then|now|once|also|still|never)"
                      r"\b)")
#: The noun phrase before the pronoun: a determiner and up to four words, or a name (the
#: nearest one: its start is looked for from the pronoun back).
_NOUN_PHRASE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+"
                          r"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*,?\s*$")
#: At most this many words may follow the date in a relative clause without a comma ("the
#: rebellion that began in East Africa in 1905."): more, and the sentence's own verb may follow
#: ("The law that took effect in 2019 raised taxes").
TAIL_WORDS = 2
#: ... and the date at most this many words after its pronoun: a longer clause may have ended
#: before it ("a realist who is keeping her users top of mind can save ... today").
RESTRICTIVE_WORDS = 8
#: Words that end no noun phrase a relative clause hangs on: a verb of saying takes "that" as
#: its object's start, and a noun of saying or thinking takes a clause of its content.
_NOT_ITS_NOUN = frozenset("""said says say told tells believe believes believed think thinks thought know knows
    knew announced reported argued claimed warned noted found showed added explained hoped hopes expect
    expects expected fact idea news hope belief claim sign evidence notion possibility chance assumption concern
    fear argument statement view rumour rumor suggestion promise so such now than and or but is was are were
    be been has have had would will can could should may might must do does did not yet one ones""".split())
_BOUNDARY = re.compile(r"[;:]|,\s|\s[—–-]{1,2}\s")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|to|at|for|from|by|with|on|into|about|than|told|asked)\s+$", re.I)


def relative_event(text: str, at: int) -> str | None:
    """The event of the relative clause the date at `at` sits in, with its noun as subject
    (see the module's docstring); None when the date is in no such clause."""
    found = None
    for pronoun in _PRONOUN.finditer(text, 0, at):
        if _BOUNDARY.search(text, pronoun.end(), at):
            continue  # the clause ended before the date
        phrase = _nearest_phrase(text, pronoun.start())
        if (phrase is None or phrase.group().split()[-1].strip(",").lower() in _NOT_ITS_NOUN
                or any(w.lower() in _NOT_ITS_NOUN for w in phrase.group().split()[1:])
                or _unsure_noun(text, phrase)):
            continue  # not a noun phrase, or one the clause may not hang on
        comma = text[:pronoun.start()].rstrip().endswith(",")
        if comma and pronoun.group().startswith("that"):
            continue  # ", that would put us ...": "that" is no relative pronoun after a comma
        if not comma and (phrase.group()[:1].isupper() and phrase.group().split()[0].lower() not in _DETERMINERS
                          or len(text[pronoun.end():at].split()) > RESTRICTIVE_WORDS):
            continue  # "every American who knows ...": a name takes a comma; the clause ends unseen
        stop = _BOUNDARY.search(text, at)
        ends = _main_verb_after(text, at)  # "The law that took effect in 2019 | raised taxes"
        if not comma and ends is None and len(text[at:stop.start() if stop else len(text)].split()) > TAIL_WORDS + 2:
            continue  # the date's phrase ("in 2019") and at most TAIL_WORDS more
        found = phrase, pronoun, ends
    if found is None:
        return (_adverbial_event(text, at) or _opening_clause_event(text, at) or _result_event(text, at)
                or _object_clause_event(text, at) or _apposition_event(text, at))
    phrase, pronoun, ends = found
    clause = text[pronoun.end():ends]
    if (stop := _BOUNDARY.search(clause, at - pronoun.end())) is not None:
        clause = clause[:stop.start()]
    subject = phrase.group().strip().rstrip(",")
    return f"{subject[:1].upper()}{subject[1:]} {clause.strip()}"


def _nearest_phrase(text: str, end: int):
    """The noun phrase that ends right before `end` and starts nearest to it."""
    found = None
    for start in range(end - 1, max(-1, end - 80), -1):
        if start == 0 or not text[start - 1].isalnum():
            if (phrase := _NOUN_PHRASE.match(text, start, end)) is not None and not phrase.group().rstrip(
                    " ,").endswith(("’", "'", "”", '"')):
                if found is not None and not phrase.group()[:1].isupper():
                    break
                found = phrase  # a name goes on back while its words are capitalised
                if phrase.group().split()[0].lower() in _DETERMINERS:
                    break
            elif found is not None:
                break
    return found


_DETERMINERS = frozenset("the a an its their his her our".split())


def _unsure_noun(text: str, phrase) -> bool:
    """Whether the clause may hang on a noun before the phrase: a name after a preposition
    ("an initial request to Congress, which was approved"), any phrase after "of" ("the head of
    the agency, who resigned")."""
    after = _AFTER_PREPOSITION.search(text, 0, phrase.start())
    if after is None:
        return False
    return phrase.group().split()[0].lower() not in _DETERMINERS or after.group().lower().startswith("of")


#: A clause of time inside another's phrase, with a subject and a verb of its own: "Fresh
#: forecasts, the first since Trump won the Nov. 8 election on promises of tax cuts, showed ...".
_TIME_CLAUSE = re.compile(rf"\b(?:since|after|before|when|until)\s+(?P<clause>(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                          rf"(?:[\w'’-]+\s+){{0,3}}|[A-Z][\w'’.-]+\s+(?:[A-Z][\w'’.-]+\s+){{0,2}})"
                          rf"(?:\w+ed|{VERB_WORDS})\b)")


_YEAR_AFTER = re.compile(r"\d{4}\b")
_DATE_PHRASE = re.compile(r"^\S+(?:\s+\d{1,2},?)?(?:\s+\d{4})?")
#: Words a clause of time may run on after its date without a comma before the next clause.
TIME_TAIL_WORDS = 12


def _adverbial_event(text: str, at: int) -> str | None:
    """The event of a clause of time that holds the date in the middle of a sentence ("...,
    the first since Trump won the Nov. 8 election, showed ..." dates Trump's win, not the
    forecasts), as a sentence; None when the date is in no such clause or the clause opens
    the sentence (there the sentence's own event follows it in time: the entry is whole)."""
    found = None
    for clause in _TIME_CLAUSE.finditer(text, 0, at):
        if clause.start() > 0 and not _BOUNDARY.search(text, clause.end(), at):
            found = clause
    if found is None or not text[:found.start()].strip():
        return None
    rest = text[found.start("clause"):]
    stop = next((b for b in _BOUNDARY.finditer(rest, at - found.start("clause"))  # "September 11, 2001":
                 if not _YEAR_AFTER.match(rest, b.end()) and not list_follows(rest, b.end())), None)  # one date
    rest = (rest[:stop.start()] if stop is not None else rest).strip()
    if len(_DATE_PHRASE.sub("", rest[at - found.start("clause"):]).split()) > TIME_TAIL_WORDS:
        return None  # no comma ends the clause, and the sentence's own verb may follow ("..., ensures")
    if rest.endswith(")") and "(" not in rest:
        rest = rest[:-1]
    return f"{rest[:1].upper()}{rest[1:]}"


#: A clause of time or concession that opens the sentence, with a subject and a verb of its own,
#: up to its comma: "While Moscow signed a $1 billion contract to build the plant in 1995, | its
#: completion has been put off for years."
_OPENING_CLAUSE = re.compile(rf"^(?:While|Although|Though|Whereas|When|After|Before|Once|Until)\s+(?P<clause>"
                             rf"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,3}}|[A-Z][\w'’.-]+\s+"
                             rf"(?:[A-Z][\w'’.-]+\s+){{0,2}})(?:\w+ed|{VERB_WORDS})\b[^,;:]*?),\s+(?=\S+\s+\S+)")


def _opening_clause_event(text: str, at: int) -> str | None:
    """The event of an opening clause of time or concession that holds the date, as a sentence
    ("Moscow signed a $1 billion contract to build the plant in 1995."): the main clause after
    it tells something else ("its completion has been put off for years"); None otherwise."""
    found = _OPENING_CLAUSE.match(text)
    if found is None or not found.start("clause") <= at < found.end("clause"):
        return None
    clause = found.group("clause").strip()
    return f"{clause[:1].upper()}{clause[1:]}" if len(clause.split()) >= 4 else None


#: Words after a date that a clause ending there may still hold ("in 1775.", "35 years ago in
#: his garage."): more, and the sentence may go on with another verb.
OBJECT_TAIL_WORDS = 4
_PAST = (r"(?:(?=[a-z])[\w-]+ed|built|made|held|set|won|begun|written|taken|given|born|sold|bought|brought|kept|"
         r"paid|sent|spent|broken|spoken|struck|known|shot|cut|put|hit|led|signed)")
_NOT_PRONOUN = r"(?!(?:he|she|it|they|we|you|i|that|which|who|was|were|is|are|be|been|has|have|had)\b)"  # nor a verb
_NOUN = (rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:{_NOT_PRONOUN}[a-z][\w'’-]*\s+){{0,3}}"
         rf"{_NOT_PRONOUN}[a-z][\w'’-]*")
_NAME = r"(?:[A-Z][\w'’.]+\s+){0,3}[A-Z][\w'’.]+"
_AFTER_VERB_OR_PREPOSITION = rf"(?:\b(?:with|of|to|for|from|on|in|at|about|into|against|over|like|than)|{_PAST})\s+"
#: A noun after a preposition or a verb, with what was done to it and when: "cautioned against
#: tinkering with | an organization established by the Continental Congress in 1775", "follows | a lawsuit
#: filed last year by the ACLU", "dropped an investigation into | a rape allegation made against ... in 2010",
#: "join | nine others selected by CLPS in November 2018".
_COUNTED = (r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+(?:[a-z][\w'’-]*\s+){0,2}"
            r"[a-z][\w'’-]*s|[a-z][\w'’-]*[^\Wsu]s)")  # "nine others", "statements": a plural with no determiner
_REDUCED = re.compile(rf"(?:{_AFTER_VERB_OR_PREPOSITION}|\b(?!(?:and|but|that|which|while|when|where|whether)\b)"
                      rf"[a-z]{{3,}}s\s+|\b(?:join|joins|follow|follows|cite|cites)\s+)"
                      rf"(?P<noun>{_NOUN}|{_COUNTED})\s+(?P<verb>(?!said\b){_PAST})\s+"
                      r"(?=(?:by|in|on|at|during|against|from|last|earlier|this)\b)")
#: ... or with who did what to it: "was named CEO of | the company Jobs co-founded 35 years ago";
#: "the financial reform bill President Barack Obama signed into law last month"; "a larger overhaul that
#: Gates detailed this week".
_CONTACT = re.compile(rf"{_AFTER_VERB_OR_PREPOSITION}(?P<noun>{_NOUN})\s+(?:(?:that|which)\s+)?(?P<name>{_NAME})\s+"
                      rf"(?P<verb>(?!said\b){_PAST})\b")
#: A clause after "for which", "in which" ... with a subject of its own: "an unspecified medical
#: condition for which | Jobs took a leave from his post in January".
_PREPOSITION_WHICH = re.compile(rf"\b(?:for|in|on|at|by|with|from|during|after|under) which\s+(?P<clause>(?:{_NAME}|"
                                rf"{_NOUN})\s+(?:\w+ed|{VERB_WORDS})\b)")
#: A result clause: "Beach landings have become so rare that | the Marines made headlines in June
#: when ...".
_RESULT = re.compile(rf"\b(?:so\s+\w+|such\s+(?:an?\s+)?\w+(?:\s+\w+)?)\s+that\s+(?P<clause>(?:{_NAME}|"
                     rf"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+)\s+(?:\w+ed|{VERB_WORDS})\b)")


_OBJECT_DATE = re.compile(r"^(?:\S+\s+(?:years?|months?|weeks?|days?)\s+ago|(?:last|this|next)\s+\w+|"
                          r"\S+(?:\s+\d{1,2},?)?(?:\s+\d{4})?)")


#: At most this many words between the verb and the date: further on, the date may belong to
#: what the phrase goes on to say ("a commission he appointed in February to make
#: recommendations ... by the end of 2020").
OBJECT_GAP_WORDS = 6
#: A date a thing is due by is no event of the phrase.
_DEADLINE = re.compile(r"\bby\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$")


def _ends_soon(text: str, at: int) -> int | None:
    """Where the clause that holds the date at `at` ends, when it ends within
    OBJECT_TAIL_WORDS words of the date; None when it may go on."""
    stop = _BOUNDARY.search(text, at)
    end = stop.start() if stop else len(text)
    return end if len(_OBJECT_DATE.sub("", text[at:end].strip()).split()) <= OBJECT_TAIL_WORDS else None


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".") + "."
    return f"{text[:1].upper()}{text[1:]}"


def _object_clause_event(text: str, at: int) -> str | None:
    """The event of a phrase on a noun late in the sentence that holds the date, as a sentence
    with the noun in its place ("An organization was established by the Continental Congress
    in 1775.", "Jobs co-founded the company 35 years ago in his garage.", "Jobs took a leave
    from his post in January."): the sentence's own verb tells something else."""
    end = _ends_soon(text, at)
    if end is None:
        return None
    found = None
    for pattern in (_PREPOSITION_WHICH, _CONTACT, _REDUCED):
        for match in pattern.finditer(text, 0, at + 5):  # (its look-ahead may see the date's first word: "last")
            if match.end() <= at and not _BOUNDARY.search(text, match.end(), at):
                found = match
        if found is not None:
            break
    if found is None or _DEADLINE.search(text, 0, at) or len(text[found.end():at].split()) > OBJECT_GAP_WORDS \
            or _main_verb_after(text, at + _on(text, at)) is not None:  # "The rise in deaths announced on Friday |
        # was 777"
        return None
    if found.re is _PREPOSITION_WHICH:
        return _sentence(text[found.start("clause"):end])
    noun, rest = found.group("noun"), text[found.end("verb"):end]
    if found.re is _CONTACT:
        return _sentence(f"{found.group('name')} {found.group('verb')} {noun}{rest}")
    plural = re.search(r"[^su]s$", noun) is not None
    return _sentence(f"{noun} {'were' if plural else 'was'} {found.group('verb')}{rest}")


_PREPOSITION = re.compile(r"(?:on|in|at|during)\s+")


def _on(text: str, at: int) -> int:
    """The length of the preposition that opens the date at `at` ("on Friday"), or 0."""
    found = _PREPOSITION.match(text, at)
    return found.end() - at if found else 0


#: A phrase of what was done to the subject, set before it: "A Serbian immigrant born in 1856, | Tesla invented
#: ...", "Founded in 1976, | City Limits is a nonprofit": the date is the phrase's, the sentence tells another
#: thing. (Its subject is a name, or a noun with its determiner.)
_APPOSITION = re.compile(rf"^(?:(?:An?|The)\s+(?:[\w'’-]+\s+){{0,4}})?(?P<verb>[Bb]orn|(?:[Ff]ound|[Ee]stablish|"
                         rf"[Cc]reat|[Ff]orm|[Ii]ncorporat|[Ll]aunch|[Oo]pen)ed|[Bb]uilt)\s+(?P<rest>[^,;:]{{4,80}}?),\s+"
                         rf"(?P<subject>{_NAME}|he|she|it|they|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                         rf"(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)\s+(?=[a-z])")


def _apposition_event(text: str, at: int) -> str | None:
    """The event of an opening phrase that holds the date (see `_APPOSITION`), with the sentence's
    subject: "Tesla was born in 1856.", "City Limits was founded in 1976."; None otherwise."""
    found = _APPOSITION.match(text)
    if found is None or not found.start("rest") <= at < found.end("rest"):
        return None
    subject = found.group("subject")
    return _sentence(f"{subject} {'were' if subject == 'they' else 'was'} {found.group('verb').lower()} "
                     f"{found.group('rest')}")


def _result_event(text: str, at: int) -> str | None:
    """The event of a result clause that holds the date ("so rare that | the Marines made
    headlines in June"), as a sentence; the sentence's own verb tells a state."""
    found = next((m for m in _RESULT.finditer(text, 0, at) if not _BOUNDARY.search(text, m.end(), at)), None)
    if found is None:
        return None
    stop = _BOUNDARY.search(text, at)
    return _sentence(text[found.start("clause"):stop.start() if stop else len(text)])


#: A verb in the present perfect ("has filed", "have been sent"), which English dates with no
#: time of the past: a date before it in its clause is part of its subject's phrase.
_PERFECT = re.compile(rf"\b(?:has|have)\s+(?:(?:not|already|now|also|just|finally|recently)\s+)?"
                      rf"(?:been|{_PAST}|[a-z]+en)\b")
#: At most this many words between the date and the verb: the subject's phrase goes on no longer.
PERFECT_GAP_WORDS = 8
_SINCE_BEFORE = re.compile(r"\b(?:since|for|over|until|till|through)\s+(?:the\s+)?$", re.I)
_VERB_BETWEEN = re.compile(rf"\b(?:that|which|who|said|says|{VERB_WORDS})\b", re.I)
#: The verb's own subject ("... information they have received"), or a verb joined to an earlier one
#: ("filed suit in October 1998 and has settled"): the date is not in the perfect's subject.
_NOT_ITS_SUBJECT = re.compile(r"\b(?:I|we|you|he|she|it|they|and|but|or)\s+$", re.I)
#: The sentence's own verb (an adverb may come first) right after the date's phrase.
_VERB_NEXT = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{_PAST}|{VERB_WORDS})\b")
#: A relative clause with its verb before the date: "A metal strip | that investigators believe may
#: have led to the crash" last July ...
_CLAUSE_BEFORE = re.compile(rf"\b(?:that|which|who)\s+[^,;:—–]*?\b(?:{_PAST}|{VERB_WORDS})\b[^,;:—–]*$")


def _main_verb_after(text: str, at: int) -> int | None:
    """Where the date's phrase at `at` ends when the sentence's own verb comes right after it;
    None otherwise."""
    phrase = _OBJECT_DATE.match(text[at:])  # anchored at the text's start
    if phrase is None or not phrase.group()[-1:].isalnum():
        return None  # "in 2014, said ...": a comma (or a quote) ends the clause first
    return at + phrase.end() if _VERB_NEXT.match(text, at + phrase.end()) else None


def in_subject(text: str, at: int) -> bool:
    """Whether the date at `at` is part of the sentence's subject, so that the sentence tells no
    event of that date: in a relative clause the sentence's own verb follows ("A metal strip that
    investigators believe may have led to the crash of an Air France Concorde last July apparently
    came from ...", where `relative_event` finds no clause to print), or before a verb in the
    present perfect ("The widow of a man murdered during his shooting spree last month at two
    firms has filed the first lawsuit"), which English dates with no time of the past. Not for a
    date that opens the sentence ("Last year has been the warmest") or reaches to now ("since
    July"). The caller asks `relative_event` first: a relative clause printed as its own event
    is the date's."""
    if len(text[:at].split()) < 2 or _SINCE_BEFORE.search(text, 0, at):
        return False
    if _CLAUSE_BEFORE.search(text, 0, at) and _main_verb_after(text, at) is not None:
        return True
    verb = _PERFECT.search(text, at)
    if verb is None or _BOUNDARY.search(text, at, verb.start()):
        return False
    between = text[at:verb.start()]
    return (len(between.split()) <= PERFECT_GAP_WORDS + 2 and not _VERB_BETWEEN.search(between)
            and not _NOT_ITS_SUBJECT.search(between))
