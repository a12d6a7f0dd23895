"""Relative dates written in German, French, Spanish, Portuguese and Italian words, for
`relative` to resolve against the article's date: "last year" and "next year" ("letztes
Jahr", "l'an dernier", "el año pasado"), and the days of the week ("am Dienstag",
"Dienstagabend", "mardi", "el martes", "na terça-feira", "martedì")."""

from __future__ import annotations

import re

#: "Last year" and "next year" in German, French, Spanish and Portuguese.
FOREIGN_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<last>im vergangenen Jahr|im letzten Jahr|letztes Jahr|vergangenes Jahr|l['’]an dernier"
    r"|l['’]année dernière|l['’]an passé|l['’]année passée|el año pasado|el año anterior|no ano passado"
    r"|o ano passado)|(?P<next>im nächsten Jahr|im kommenden Jahr|nächstes Jahr|kommendes Jahr"
    r"|l['’]an prochain|l['’]année prochaine|el próximo año|el año próximo|el año que viene|no próximo ano"
    r"|o ano que vem))\b", re.I)

#: Each weekday's number, Monday 0.
_NUMBERS = {name: number for number, names in enumerate((
    "montag lundi lunes segunda lunedì", "dienstag mardi martes terça martedì",
    "mittwoch mercredi miércoles quarta mercoledì", "donnerstag jeudi jueves quinta giovedì",
    "freitag vendredi viernes sexta venerdì", "samstag sonnabend samedi sábado sabato",
    "sonntag dimanche domingo domenica")) for name in names.split()}
_WEEKDAY = re.compile(r"(?<![\w-])(?P<day>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
                      r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes"
                      r"|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)(?=-feira)|lunedì|martedì|mercoledì"
                      r"|giovedì|venerdì|sabato|domenica)(?:-feira|abend|morgen|nachmittag|vormittag|mittag)?(?![\w-])"
                      # not one that names the date after it ("mardi 5 mai"), nor a name ("venerdì nero")
                      r"(?!,?\s+(?:den\s+|der\s+|le\s+|el\s+)?\(?\d"
                      r"|[\s”\"»]+(?:nero|noir|negro|negra|santo|santa|saint|sainte|gras|grasso)\b)",
                      re.I)
#: Words before a weekday that make it a habit ("jeden Dienstag", "tous les mardis", "le mardi", "los
#: martes", "il venerdì", "immer am Dienstag") or another week's ("am folgenden Montag"), or a quoted
#: name ("“venerdì nero”"), or a date's weekday told by the way ("am 26. Oktober, einem Freitag").
_HABIT_BEFORE = re.compile(r"(?:\b(?:jede[mnrs]?|alle|ein|einem|einen|un|une|uno|una|um|uma|chaque|tous les|les|le|"
                           r"cada|todos los|todas las|los|las|todas as|todos os|as|os|ogni|il|i|gli|folgenden|"
                           r"darauffolgenden|selben)\s+"
                           r"|\b(?:un|una|um|uma)\s+(?:día|dia|jour)\s+"  # "llegaba un día sábado": one Saturday
                           r"|\bimmer\s+(?:\S+\s+){0,4}|\btoujours\s+(?:\S+\s+){0,2}|[“\"«]\s*"
                           # "jedes Jahr am Samstag vor dem zweiten Advent", "alljährlich am Sonntag"
                           r"|\b(?:jedes jahr|jährlich|alljährlich|chaque année|cada año|todos los años)\s+"
                           r"(?:\S+\s+){0,3})$", re.I)
_GERMAN = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split())


#: Words before a weekday that make it the coming one: "am kommenden Montag", "ab Samstag", "dès samedi",
#: "a partir del sábado", "lundi prochain" (after), "von Samstag an" (around it).
_NEXT_BEFORE = re.compile(r"\b(?:kommenden|nächsten|próximo|próxima|prossimo|prossima|ab|dès|a partir del?)\s+$",
                          re.I)
_NEXT_AFTER = re.compile(r"\s+(?:prochain|próximo|que vem|prossimo)\b", re.I)
_FROM_ON = (re.compile(r"\bvon\s+$", re.I), re.compile(r"\s+an\b"))


def foreign_weekdays(sentence: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, weekday number (Monday 0), whether it is said to be the coming one) of each
    day of the week a sentence names in one of these languages as the day of its news, not a
    habit or a name."""
    found = []
    for match in _WEEKDAY.finditer(sentence):
        before = sentence[max(0, match.start() - 24):match.start()]
        if _HABIT_BEFORE.search(before):
            continue
        name = match.group("day")
        if name[0].isupper() and name.lower() not in _GERMAN and sentence[:match.start()].strip(" “\"«("):
            continue  # a Romance weekday capitalised inside a sentence is a name: "Plácido Domingo", "Domingo Guerra"
        coming = bool(_NEXT_BEFORE.search(before) or _NEXT_AFTER.match(sentence, match.end())
                      or (_FROM_ON[0].search(before) and _FROM_ON[1].match(sentence, match.end())))
        found.append((match.start(), match.end(), _NUMBERS[name.lower()], coming))
    return found
