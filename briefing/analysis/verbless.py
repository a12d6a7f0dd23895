"""An English sentence that is no clause: the scene a lede sets in fragments ("A face-to-face
sitdown with a long-feared foe. Endless media hype. Huge ratings."), a caption's or a list's
noun phrase ("Strong growth in exports."). It states nothing, so it is no key point and no
event. Without a parser, a verb is known by what marks one in English: an auxiliary or a
modal, a pronoun that is a subject, a negation, an ending ("-ed", "-s"), or one of the common
irregular past forms. A sentence that opens with a determiner or a preposition and holds none
of them is a fragment; one that opens with a name, or a longer one, is left alone (its verb is
more likely one this list misses: "Police arrest two men in the square")."""

from __future__ import annotations

import re

from ..lexicon import VERB_WORDS

#: The most words of a sentence judged; a longer one is taken to hold a verb.
MAX_FRAGMENT_WORDS = 12

#: The project's auxiliaries and irregular pasts (`lexicon.VERB_WORDS`), with the other words that
#: show a clause: subject pronouns, a negation, more irregular pasts.
_VERB_WORDS = frozenset(VERB_WORDS.split("|")) | frozenset("""
am be been being having do shall ought i you he she it we they there here who which that n't not no ate awoke
bade bore beat bent bet bit bled blew bred burnt burst caught chose clung cost crept dealt dug dove drew
dreamt drank dwelt fed felt fought fled flung forbade forgot forgave froze ground hung heard hid hurt knelt
laid leapt learnt lent let lay lit meant pled proved quit read rid rode rang sought shook shed shone shot
showed shrank sang sank sat slew slept slid slit sped spilt spun spat split spread sprang stole stuck stung
stank strode strove swore swept swam swung taught tore thrust trod understood upset woke wore wove wed wept
wound wrung
""".split())
#: The first words of a fragment judged: a determiner or a preposition ("A face-to-face sitdown ...",
#: "In a filing in Manhattan federal court on Thursday.").
_OPENERS = frozenset("""a an the this that these those another some such each every no one in on at with for from
after before during under over by into amid""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A verb's ending: "-ed" ("filed"), "-s" but not "-ss" or "-us" ("says", not "endless" or "status").
_VERB_ENDING = re.compile(r"^[a-z]{2,}(?:ed|(?<![su])s)$")


#: The small words a person's caption holds between its capitalised ones ("Robin Smith, Assistant
#: Chief Constable of the British Transport Police"), and a video's topic after it (", on Croydon tram crash").
_CAPTION_SMALL = frozenset("of the and for at in on to de du la von van".split())
_ON_TOPIC = re.compile(r",?\s+on\s+[^,]+$")


def _names_someone(sentence: str) -> bool:
    """Whether a sentence is a name and a title set apart by a comma, every word of them
    capitalised but the small ones: a caption's, not a statement."""
    body = _ON_TOPIC.sub("", sentence.rstrip(" ."))
    words = _WORD.findall(body)
    return "," in body and len(words) >= 3 and all(w[0].isupper() or w.lower() in _CAPTION_SMALL for w in words)


def is_verbless(sentence: str) -> bool:
    """Whether an English sentence of a few words holds no verb (see the module's docstring),
    or is a caption's name and title ("Robin Smith, Assistant Chief Constable of ... Police.")."""
    words = _WORD.findall(sentence)
    if not 2 <= len(words) <= MAX_FRAGMENT_WORDS or len(words) < len(sentence.split()) - 2:
        return False  # too short or too long to judge, or mostly figures and marks
    named = False  # a capitalised word with a verb's ending: a name ("Jones") or a title's verb ("The Leaders Meet")
    for word in words:
        lower = word.lower().replace("’", "'")
        if lower.split("'")[0] in _VERB_WORDS or lower.endswith("n't"):
            return False  # "is", "said", "they", "it's", "didn't" (not "Russia's": a possessive)
        if "-" not in lower and _VERB_ENDING.match(lower):
            if not word[0].isupper():
                return False  # "filed", "says", "leaders" (a plural may be the subject of a verb in its base form)
            named = True
    # a name may be the subject of a verb in its base form: "Pip and Gage sit down and chat"
    return (words[0].lower() in _OPENERS and not named) or _names_someone(sentence)
