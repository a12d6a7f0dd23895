"""Whether a sentence is someone's quoted words: it opens with a quotation mark, ends with
its attribution after a quoted stretch, or closes a quotation it never opened. A key point
is the writer's claim; a quotation, taken out of its article, loses whose words it is."""

from __future__ import annotations

import re

#: The marks a quotation opens with.
QUOTE_MARKS = "\"'“‘«„「『"

#: Attribution at the end of a quote: '..., he said.', '..., said Ann Author.', '... said.'
#: A quoted stretch of this many words is someone's words; a shorter one is a term.
QUOTED_WORDS = 4
_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]")
_SAID = re.compile(r"[,”\"]\s+(?:(?:he|she|they|it|we|i)\s+(?:said|says|added|told)|(?:said|says|added|told|"
                   r"according to)\s+[\w .'’-]{2,60}|[A-Z][\w .'’-]{1,60}\s+(?:said|says|added|told \w+))\.?[\"”]?$")

#: A quotation's closing mark after its last words, before the words that follow it:
#: "... judge and jury,' the company said", "... a better job.” Ek added".
_CLOSING_MARK = re.compile(r"[\w,.!?…][”’'\"]+(?=\s+\S)")  # ,'" closes a quote inside a quote
#: A single quotation mark that opens: at the start or after a space or bracket, before a word.
_OPENING_SINGLE = re.compile(r"(?:^|[\s(\[—–-])[‘'](?=\w)")


def closes_quotation(sentence: str) -> bool:
    """The tail of someone's words: the sentence closes a quotation it never opened ("We
    don't aim to play judge and jury,' the company said in a blog post." after "'That's not
    what Spotify is about."). An apostrophe ("don't", "the players' union") is no mark."""
    for found in _CLOSING_MARK.finditer(sentence):
        before, mark, at = found.group()[0], found.group()[1], found.start() + 1
        if before.isdigit() or mark in "’'" and before.isalnum():
            continue  # "5'10\" tall", "the players' union", "rock 'n' roll"
        if mark in "”\"":  # opened by any double mark: writers mix "straight” and “curly"
            return not any(m in sentence[:at] for m in "\"“„")
        return not _OPENING_SINGLE.search(sentence[:at + 1])
    return False


def is_quotation(sentence: str) -> bool:
    """A third party's words: opens with a quotation mark, or ends with its attribution
    and quotes a phrase of QUOTED_WORDS words or more (a term in quotation marks, "was
    diagnosed with 'feather-duvet lung,' according to a case report", is the writer's)."""
    stripped = sentence.strip()
    if stripped[:1] in QUOTE_MARKS or closes_quotation(stripped):
        return True
    return bool(_SAID.search(stripped)) and any(
        len(quoted.split()) >= QUOTED_WORDS for quoted in _QUOTED.findall(stripped))
