"""What a key point must never be: the rules a sentence has to pass before it is ranked.

A key point is read on its own, first, by someone who has not read the article. So it
cannot be a greeting or thanks, a speaker's label, a question, a call to action, a
transition that leans on the sentence before it ("But ...", "Well, ...", "さらに..."),
a sentence whose subject is a pronoun it does not resolve ("He said ..."), a reporter's
filler ("declined to comment") or a third party's quote. Each rule is one function, in
English, French, German, Spanish, Chinese and Japanese where the language has its own
words for it.
"""

from __future__ import annotations

import re

from ..lexicon import BROADCAST_ROLE
from .markers import MARKER as _MARKER
from .quotation import QUOTE_MARKS as _QUOTES
from .quotation import is_quotation

#: Greetings, thanks and sign-offs: what a speech or a letter says, not what it argues.
_SALUTATION = re.compile(
    r"^(?:thank you|thanks|many thanks|good (?:morning|afternoon|evening|night)|hello|hi|hey|welcome|"
    r"dear|greetings|ladies and gentlemen|madam|mister|my fellow|members of (?:the )?congress|"
    r"merci|bonjour|bonsoir|mesdames|danke|guten (?:tag|morgen|abend)|"
    r"gracias|buenos días|buenas (?:tardes|noches)|ありがとう|おはよう|こんにちは|皆さん|谢谢|大家好|"
    # a speaker's thanks for the occasion: "I appreciate very much your generous invitation"
    r"i (?:very much |greatly |really )?appreciate (?:very much )?(?:your|the|this) (?:\w+ )?"
    r"(?:invitation|welcome|hospitality|introduction)|"
    r"it(?:'s|’s| is) (?:a|an|my) (?:great )?(?:pleasure|honou?r|privilege) to (?:be|join|speak|address)|"
    r"i(?:'m|’m| am) (?:very |so |truly )?(?:glad|honou?red|pleased|delighted|happy|grateful) to be|"
    r"(?:we|i)(?:['’]d| would) (?:also )?like to (?:thank|acknowledge)|we (?:also )?(?:want|wish) to thank|"
    r"queremos agradecer|agradecemos|nous (?:tenons à|voulons|souhaitons) remercier|vielen dank|"
    r"wir (?:möchten|wollen) (?:uns )?(?:bei [\w ]{1,40} )?bedanken|(?:herzlich )?willkommen (?:auf|bei|im|in)\b|"
    r"herzlich willkommen|"
    r"schön,? dass (?:du|ihr|sie) |viel spaß (?:beim|mit)|ich freue mich über jeden (?:[\w-]+ ){0,3}kommentar|"
    # sign-offs: "We hope you enjoy Python 3.6.0!", "See you in London!", "Happy coding!", a "P.S."
    r"(?:we|i) hope (?:you|everyone|y['’]all) (?:will )?(?:enjoy|like|love|find|have)|enjoy|happy \w+ing|"
    r"see you (?:in|at|there|soon|next|all|then)|together,? we can|p\.\s?s\.|ps:|we look forward to|"
    r"(?:a )?(?:big |huge |special |massive )?shout-?outs? to)(?:\b|(?<=\.)|(?<=:))",
    re.I)

#: A transcript's speaker label at the start: "The President.", "MR. SMITH:", "Q.", "Sen. Warren:",
#: and the Congressional Record's "Mr. MARKEY." (the surname in capitals).
_SPEAKER = re.compile(
    r"^(?:Q(?=\s+[A-Z])"  # a reporter's bare "Q Mr. President, ..."
    r"|(?:Q|A|(?:The )?(?:President|Vice President|Chairman|Chairwoman|Chair|Speaker|Moderator|Audience|"
    r"Participant|Interviewer|Reporter|Secretary|Senator|Governor|Mayor|Minister|Prime Minister)"
    r"(?: [A-Z][\w'’-]+){0,2})[.:]"
    r"|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.? [A-Z][\w'’-]+|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}):"  # "Special Envoy Adam Boehler:"
    r"|(?:Mr|Mrs|Ms|Madam|Dr|Sen|Rep)\. [A-Z][A-Z'’-]+(?: of [A-Z][a-z]+)?\."  # the Record's "Mr. MARKEY."
    r"|(?:THE |The )?(?:PRESIDENT|VICE PRESIDENT|CHAIRMAN|SPEAKER|MODERATOR|SECRETARY|SENATOR|GOVERNOR|MAYOR|"
    r"PRIME MINISTER|MINISTER|CHAIR)(?: [A-Z][A-Z'’-]+){0,2}\."  # the Carter transcripts' "THE PRESIDENT.", the
    # Record's "The SPEAKER." and "The VICE PRESIDENT."
    r"|By (?:Mr|Mrs|Ms)\. [A-Z]{2,}[^:]{0,80}:"  # and its "By Mr. CORNYN (for himself and Mr. LEAHY):"
    r"|(?:MR|MRS|MS|DR|SENATOR)\.? [A-Z][A-Z'’-]+;)\s")  # a transcriber's slip: "MR. NIXON; I of course ..."


#: A subject pronoun (after at most a short opening phrase) that needs a sentence before it.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:[^,;:]{1,40},\s+)?(?:he|she|they|it|this|these|that|those|his|her|their|its|such|others|"
    r"il|elle|ils|elles|lui|eux|er|sie|es|ellos|ellas|cette|ces|cet|ce|cela|ceci|ça|dies|dieser|diese|dieses|este|"
    # "Der 31-Jährige erklärt ...": the man the sentence before named
    r"esta|isso|isto|(?-i:[Dd]er|[Dd]ie) \d{1,3}-[Jj]ährige|"
    # "Das ist die größte Schuldenlast ...", "Das vertragen die Tiere nicht", "Andere glaubten ...": a verb after
    # them, where a noun would take a capital
    r"(?-i:[Dd]as(?=\s+(?:[a-zäöüß]+t|[a-zäöüß]{3,}en|kann|muss|soll|wird|hat|darf|mag|will|würde|könnte|dürfte|sollte|"
    r"müsste|wäre|sei)\b)|[Aa]ndere(?=\s+[a-zäöüß]+(?:en|ten|t)\b))|d['’]autres(?=\s+(?:encore\s+)?[a-zé]+\b)|"
    r"estos|estas|"
    # a possessive that needs its owner ("Su objetivo, dijo, fue ...", "Seine Frau ..."; not "Son Heung-min"),
    # "Beide überleben ...", "C'est ce qu'a annoncé ...": the persons and the news of the sentence before
    r"sus?|ses|sa|leurs?|(?-i:[Ss]on(?=\s+[a-zéèêàâîôû]))|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|"
    r"(?-i:Beide(?=\s+[a-zäöüß]))|c['’]est(?=\s+(?:ce|là|pourquoi|ainsi|donc)\b))"
    # "Ce matin, ...", "Cette semaine, ...", "Este año ...": a time, not a pronoun
    r"\b(?!\s+(?:matin|soir|jour|mois|week-end|année|semaine|nuit|printemps|été|automne|hiver|mañana|año|mes|"
    r"semana|noche|Jahr|Woche|Monat|Morgen|Abend|year|month|week|weekend|morning|afternoon|evening|summer|winter|"
    r"spring|autumn|fall|season|quarter)\b)(?!\s+(?:is|was|has been|remains|seems|appears|"
    r"would be|will be|may be)\s+(?:not\s+)?(?:\w+\s+)?(?:that|to|whether|how|why|when|if|clear|unclear|"
    r"possible|likely|unlikely|true|important|worth|time|hard|easy|difficult)\b)",
    re.I)
#: A name after the first word: something a pronoun may stand for (months and days are not).
_NAME_LATER = re.compile(r"(?<=[\s(])(?:[A-Z][a-z]+|[A-Z]{2,})\b")
_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())

#: Imperatives that ask the reader to do something now, and transitions that announce
#: what comes next ("Let's look at ...").
_CALL_TO_ACTION = re.compile(
    # "If you just want Disney+, you can sign up ...", "Um alle Gewinner zu sehen, klicken Sie ..."
    r"^(?:(?:if|wenn|falls)\b[^.;]{1,120}?,\s*|um\b[^.;]{1,120}?\bzu\s+\w+,\s*"
    # "Pour réécouter son interview, cliquez sur l'icône ci-dessous.", "Para ver el vídeo, haga clic ..."
    r"|(?:pour|para)\b[^.;]{1,120}?,\s*)?"
    r"(?:try|read|sign up|subscribe|join|click|tap|download|learn more|check out|follow|register|share|"
    r"get|don['’]t miss|see|watch|listen|find out|visit|contact|call|email|order|buy|book|apply|donate|"
    r"catch up on|tune in|act on|take a (?:closer )?look|have a look|"
    r"tell us|let us know|let['’]s|let us|stay tuned|make sure|remember to|be sure|go to|head to|"
    r"save|score|grab|shop|snag|pick up|act now|hurry|let (?:our|the) (?:news|newsletter|stories)|"
    r"you can (?:also )?(?:subscribe|sign up|follow|download|register|find out more|read more)|"
    r"we (?:ask|invite|encourage) (?:that )?you (?:to )?(?:make|give|donate|support|join|consider)|"  # an appeal
    r"please|check back|consider (?:supporting|donating|joining|contributing|subscribing)|"
    r"drop by|stop by|come (?:and )?(?:listen|join|see|visit|say|learn|meet)|reach out|get in touch|"
    # what comes next announced: "Here's a summary of ...", "Hier eine kompakte Zusammenfassung ..."
    r"here(?:['’]s| is| are) (?:a|an|the|our|some|what|how|why|\w+ (?:things|ways|takeaways|reasons))|"
    r"hier (?:ist |sind |nun |noch )?(?:eine?|die|der|das|unsere?)|hier (?:finden|lesen) sie|"
    r"voici|aquí (?:está|están|tienes)|"
    r"you can (?:also )?help|help us|verstehen sie mich|helfen sie mit|"  # R15: "Helfen Sie mit, sichern Sie ..."
    # where to learn more, and what the piece or the show will do ("For more information, or to apply, visit ...",
    # "We'll also talk Tinder, purgatory, and the Pope.", "In diesem Artikel zeigen wir euch ...")
    r"for (?:more|further) (?:information|info|details)|(?:alle )?weitere(?:n)? informationen|"
    r"we['’]ll (?:also )?(?:talk|discuss|chat|cover|look at|get into)|"
    r"in this (?:article|post|piece|guide|video),? (?:we|i)(?:['’]ll| will)? (?:show|explain|look|walk|share|cover)|"
    r"in diesem (?:artikel|beitrag|ratgeber|text),? (?:zeigen|erklären|verraten|stellen) (?:wir|ich)|"
    r"lisez|inscrivez|abonnez|découvrez|rejoignez|cliquez|écoutez|regardez|haga clic|"
    r"lesen sie|melden sie|abonnieren sie|macht mit|imagine|let your|stellen sie sich vor|denken sie|"
    r"wir (?:möchten|wollen) [^.]{0,80}\b(?:mit euch|mit ihnen gemeinsam)|lee|suscríbete|descubre|únete|"
    r"receba|assine|inscreva-se|cadastre-se|confira|leia|baixe|clique|acesse|siga|deixe|"
    r"klicken sie|klickt|klick|kattintson|(?:kannst du|könnt ihr|können sie) (?:mir|uns) gerne"
    r"|registrieren sie|erfahren sie|machen sie mit|werden sie (?:ein )?teil)\b",
    re.I)

#: A reporter's filler: nothing was said.
_NO_COMMENT = re.compile(
    r"\b(?:declined to comment|did not (?:immediately )?respond to (?:a )?requests? for comment|(?:did not|didn['’]t|"
    r"would not|wouldn['’]t|declined to|refused to) say (?:\w+ )?(?:whether|if|when|how|what|why|who)|"
    r"could not be reached for comment|did not return (?:a )?requests? for comment|"
    r"(?:it )?could not (?:immediately )?be (?:determined|confirmed|verified|learned|independently verified)|"
    r"has been updated|this story (?:has been|was) updated|contributed (?:to )?(?:this )?report(?:ing)?"
    # a pointer to a link or a list: "The reference guide ... is available here: ...", "Below is a list of ..."
    r"|(?:is|are) available here|can be (?:found|downloaded|read) here)\b"
    r"|^(?:below|above) (?:is|are) (?:a|my|our|the)\b"
    # the attribution of the quote before it: "Mr. Ian Sinclair said this, today."
    r"|\b(?:said|says|stated) (?:this|so)\b,?(?: (?:today|yesterday|on \w+day))?\.?$"
    # a hook that speaks to the reader: "You've seen the placards around town, ...", "Have you ever ..."
    r"|^(?:you['’]ve (?:probably |likely |surely )?(?:seen|heard|noticed)|you (?:may|might) have (?:seen|heard|noticed)"
    r"|if you['’]ve ever|have you ever|ever wondered)\b"
    # a post announcing itself: "In this article, we introduce ...", "本記事でその内容について紹介します"
    r"|^in this (?:article|post|piece|blog post|report|essay),? (?:we|i)(?:['’]ll| will)? (?:introduce|present|"
    r"describe|explain|look at|discuss|show|walk you through)\b"
    r"|^(?:本記事|本稿|この記事|本エントリ)(?:で|では|にて).{0,40}(?:紹介|解説|説明|報告)(?:します|したい)", re.I)

#: A short label before a sentence: "Pro tip: ", "Editor's note: ".
_LABEL = re.compile(r"^[\w'’ ]{2,24}:\s+")


#: The writer's gratitude, after a short opening phrase: "Ten years later, I'm still deeply
#: grateful to ...", "I'd like to particularly recognize IdenTrust, ...".
_GRATITUDE = re.compile(
    r"^(?:[^,;:]{1,40},\s+)?(?:i|we)(?:['’]m| am|['’]re| are) (?:\w+ ){0,2}(?:grateful|thankful|indebted) to\b"
    r"|^(?:i|we)(?:['’]d| would) (?:\w+ )?like to (?:\w+ )?(?:thank|acknowledge|recogni[sz]e)\b", re.I)


def is_salutation(sentence: str) -> bool:
    """A greeting, thanks or sign-off."""
    text = sentence.lstrip(_QUOTES)
    return bool(_SALUTATION.match(text) or _GRATITUDE.match(text))


def has_speaker_label(sentence: str) -> bool:
    """A transcript line that starts with who speaks ("The President. ...", "MR. SMITH: ...")."""
    return bool(_SPEAKER.match(sentence))


def opens_with_marker(sentence: str) -> bool:
    """Opens with a discourse marker ("But", "Well,", "Of course", "さらに"): a transition."""
    return bool(_MARKER.match(sentence.lstrip(_QUOTES)))


#: Markers that only flag an illustration, an emphasis or an addition: without them (and their
#: comma) the claim stands on its own. "But", "So", "However" and the like turn on the sentence
#: before and are not detached. A German one is only with its comma ("Zum Beispiel, die Stadt
#: hat ..."): without it the verb comes next ("Außerdem hat die Stadt ..."), and it stays.
_DETACHABLE = re.compile(
    r"^(?:for (?:example|instance)|of course|in fact|indeed|in addition|additionally|moreover|furthermore|"
    r"in other words|meanwhile|obviously|clearly|notably|importantly|par exemple|en outre|de plus|en effet|"
    r"zum beispiel|außerdem|zudem|por ejemplo|además|de hecho|por exemplo|além disso|de fato),\s+(?=\S)",
    re.I)


def without_marker(sentence: str) -> str | None:
    """The sentence without a detachable opening marker ("For example, the port ..." -> "The
    port ..."), or None when it has none or what remains does not start as a sentence does."""
    match = _DETACHABLE.match(sentence)
    if not match:
        return None
    rest = sentence[match.end():]
    if not rest[0].isalpha() or (rest[0].islower() and rest[1:2].isupper()):  # "iPhone" stays as it is
        return None
    return rest[0].upper() + rest[1:]


#: A view of what the sentence before said: "We believe this is an incredible value."
_VIEW_OF_IT = re.compile(r"^(?:we|i) (?:really |truly |strongly )?(?:believe|think|feel|hope|expect|know|agree)"
                         r" (?:that )?(?:this|that|these|those|it)\b(?! \w+ (?:of|for|in|on|to)\b)", re.I)


#: An opening phrase that takes up what came before: "Reading this, we ...", "Given that, ...",
#: "With this in mind, ...", "Despite this, ..." ("this year", "that day" are a time).
_LEANING_OPENER = re.compile(r"^(?:[A-Z][a-z]+ing|After|Before|Given|With|Despite|Besides|Beyond|Like|Unlike|"
                             r"Because of|In addition to|On top of) (?:this|that|these|those|it|them)"
                             r"(?! (?:year|month|week|day|time|morning|evening|night|summer|winter|spring|fall)\b)"
                             r"(?: in mind)?,")


#: An opening phrase that tells of the pronoun's own person: "Born in Ecuador, he ...".
_ABOUT_THEM = re.compile(r"^(?:born|raised|based|educated|trained|elected|appointed|hired|known|described)\b", re.I)


#: A German sentence's subject pronoun after its verb, the verb in second place: "Am 5. November 2021 wird sie
#: 100 Jahre alt.", "In den sozialen Medien gab sie Einblicke ..." (a lowercase word before it is the verb:
#: German nouns take a capital; not after "und": "... Wesen und als solcher braucht er ...").
_INVERTED_PRONOUN = re.compile(r"^(?-i:[^\s,;:]+(?:\s+(?!und\b|oder\b)[^\s,;:]+){0,7}?\s+[a-zäöüß]{2,}\s+(?:er|sie)\b"
                               r"(?!\s*[,;:]))")
#: ... or an adverb that takes up the sentence before, after the verb: "Das Unternehmen kritisiert zudem ...",
#: "Kurz und sein Team wollen dabei ...", "Vermutet wurde damals ..." (not "daher", "deshalb", "jedoch": what
#: such a sentence says stands without the reason or the contrast); a determiner of the same ("Derartige
#: Einfallstore ...", "Ein solcher Zugriff ...", "Diesen Eigenanteil ..."); Indonesian's "tersebut" ("the
#: said ...": "Pertanyaan tersebut merupakan ..."); Persian's "he" ("او افزود: ...", "he added:").
_TAKES_UP = re.compile(
    r"^(?-i:(?=(?:[^\s,;:]+\s+){0,9}?[a-zäöüß]{2,}\s)(?:[^\s,;:]+\s+){1,10}?(?:zudem|dabei|damals|folglich|außerdem"
    r"|ebenfalls|hingegen|daraufhin|übrigens)\b)"
    # German "also" ("thus"), in a sentence with German words ("Die Frage ist also nicht ..."; "Pebble also warned")
    r"|^(?-i:(?=.*\b(?:und|nicht|ist|sind|sich|wird|werden|hat|haben|einen?|(?<!an )der|dem|den|das|für|auf|noch"
    r"|auch)\b)(?:[^\s,;:]+\s+){1,10}?also\b)"
    r"|^(?-i:(?:Derartige[nmrs]?|Solche[nmrs]?|Ein(?:e|en)? (?:solche[nmrs]?|derartige[nmrs]?)|Diese[nm])\s+\S)"
    r"|^\S+(?:\s+\S+){0,3}\s+tersebut\b|^(?:او|وی)\s")


def unresolved_pronoun(sentence: str) -> bool:
    """Its subject is a pronoun ("He said ...", "In April, they won ...", "We believe this is
    ...") and the opening phrase before it names no one it could stand for ("After Biden
    spoke, he ..." passes). An "it" that stands for nothing ("It is unclear whether ...") is
    allowed."""
    text = sentence.lstrip(_QUOTES)
    if _VIEW_OF_IT.match(text) or _LEANING_OPENER.match(text) or _INVERTED_PRONOUN.match(text):
        return True
    match = _PRONOUN_SUBJECT.match(text)
    if match is None:
        return False
    opening = text[:match.end()].rpartition(",")[0]
    if _ABOUT_THEM.match(opening):
        return True  # "Born in Ecuador, he ...": the phrase tells of him; its names are places
    names = [w for w in _NAME_LATER.findall(opening, 1) if w.lower() not in _TIME_WORDS]
    return not names


#: The speaker a pronoun, after the words: "A protracted transfer could undermine ... standards, he warned."
_PRONOUN_SAID = re.compile(r",[”\"’']?\s+(?:he|she|they)\s+(?:said|says|added|warned|argued|explained|noted|wrote|"
                           r"insisted|claimed|stressed|continued|told \w+)\.?[\"”’']?$")


def is_call_to_action(sentence: str) -> bool:
    """Asks the reader to do something ("Read the full report", "Try it on nightly!"),
    also after a short label ("Pro tip: Get more meal ideas here!")."""
    text = sentence.lstrip(_QUOTES)
    return bool(_CALL_TO_ACTION.match(text) or _CALL_TO_ACTION.match(_LABEL.sub("", text, count=1))
                or _AT_YOUR_SERVICE.search(text))


#: A press release's offer to the reader, addressed formally ("Bei Rückfragen ... stehen wir Ihnen
#: jederzeit sehr gerne zur Verfügung.", "..., zu der wir Sie herzlich einladen."; "we are at your disposal").
_AT_YOUR_SERVICE = re.compile(r"\bwir\b[^.!?]{0,80}\b(?:Ihnen|Sie)\b[^.!?]{0,60}\b"
                              r"(?:zur Verfügung|(?:herzlich )?einladen)"
                              r"|\b(?:we are|we're|we remain) (?:at your (?:disposal|service)|available for (?:any )?"
                              r"(?:questions|interviews))")


#: A subordinate clause standing alone ("Because space travel is anything but easy.", Le Figaro's
#: "Tandis que vendre du EDF ou du GDF serait aujourd'hui une mauvaise affaire."), or
#: a clause that ends on its auxiliary ("Reaching Mars, however, hasn't."): each leans on
#: the sentence before it.
_DEPENDENT = re.compile(r"^(?:Because|Although|Though|Whereas|Unless|Tandis que|Alors que|Bien que|Parce que|Puisque"
                        r"|Quoique|Même si|Weil|Obwohl|Aunque|Porque|Mientras que|Ya que|Puesto que|Sebbene|Benché"
                        r"|Perché)\b[^,;:]*$"
                        r"|\b\w+n['’]t\s*[.!]?[\"”’']?$")


#: The writer speaking of themselves to the reader, not of the subject: their feeds and
#: channels ("If you follow me on Twitter (which you should), you'll see me tweet ..."), and
#: the blog's note on who wrote a guest post.
_ASIDE = re.compile(r"\b(?:follow(?:s|ing)? (?:me|us) (?:on|at)\b|(?:my|our) (?:newsletter|podcast|blog|"
                    r"twitter|instagram|youtube|tiktok|mastodon|bluesky) (?:feed|account|channel|timeline)?|"
                    r"\(which you should\))"
                    # the blog's note on who wrote the post: "Our guest post today comes from ... of VSCO."
                    r"|^(?:(?:our|this|today['’]s) )?guest (?:post|article|blog)\b[^.]{0,30}\b(?:comes? from|is by|"
                    r"was written by|written by)\b|^this (?:post|article) (?:was|is) (?:written|contributed) by\b"
                    # the writer pointing at the series around the post
                    r"|^in (?:our|my|the) (?:first|previous|last|earlier|second|third|next) (?:post|article|piece|"
                    r"installment|part)\b|^this is the (?:first|second|third|fourth|fifth|last|final) (?:post|part|"
                    r"article|installment) (?:in|of)\b"
                    # the site's standing note over the story: "Editor’s note: Morning Money is a free version ..."
                    r"|^editors?['’]?s?['’]? note\b"
                    # the writer's signpost to what follows: "Im Folgenden werden ...", "Wir stellen euch heute
                    # unsere liebsten ... vor", "Let's take a look at ..." ("In this post, I'll give you the tactics
                    # that got me 2.3 million Likes" states the post's claim: it stays)
                    # "Einige Sieger zeigen wir Ihnen unten."
                    r"|\b(?:zeigen|präsentieren) wir (?:euch|ihnen|dir)\b.{0,30}\b(?:unten|im folgenden)\b"
                    r"|^(?:(?-i:Im Folgenden)\b|(?:heute )?(?:stellen wir|wir stellen) (?:euch|ihnen|dir)\b|"
                    r"let['’]s (?:take a (?:closer )?look|look at|dive)\b)",
                    re.I)


def is_aside(sentence: str) -> bool:
    """The writer speaking of their own channels to the reader (see `_ASIDE`)."""
    return bool(_ASIDE.search(sentence))


#: What was said or done "as much" as the sentence before tells: "Trump signaled as much at a news
#: conference Friday", "The minister admitted as much."
_AS_MUCH = re.compile(r"\b(?:sa(?:y|ys|id)|signal(?:l)?(?:s|ed)|suggest(?:s|ed)|admit(?:s|ted)|acknowledg(?:es|ed)|"
                      r"indicat(?:es|ed)|hint(?:s|ed)|conced(?:es|ed)|impl(?:ies|ied)|confirm(?:s|ed)|predict(?:s|ed)|"
                      r"did|does|do|knew|know|thought|guessed|made clear|wrote|told \w+)\s+as\s+much\b"
                      # "... seem to think so.", "Analysts believe so.": what is thought is the sentence before
                      r"|\b(?:think|thinks|thought|believe[sd]?|hope[sd]?|expect(?:s|ed)?|fear(?:s|ed)?|suppose[sd]?"
                      r"|guess(?:es|ed)?|say|says|said)\s+so\s*[.!]?[\"”’']?$", re.I)


def leans_on_before(sentence: str) -> bool:
    """A clause that is not a statement without the sentence before it (see `_DEPENDENT`,
    `_TAKES_UP`, `_AS_MUCH`)."""
    text = sentence.strip().lstrip(_QUOTES)
    return bool(_DEPENDENT.search(text) or _TAKES_UP.match(text) or _AS_MUCH.search(text))


#: A sentence that reads a figure the briefing may not print: "The chart below shows ...",
#: "As the graph above shows", "Figure 3 compares ...", "上のグラフは...", "下の表は...".
_FIGURE = re.compile(
    r"\b(?:the|this|that)\s+(?:chart|graph|table|figure|image|map|photo|screenshot|diagram)\s+(?:above|below)\b"
    r"|^(?:as\s+)?(?:figure|fig\.|table|chart)\s+\d+\s+(?:shows?|compares?|illustrates?|gives?)\b"
    r"|^[上下左右次前](?:の|に示した)[^、。]{0,8}?(?:グラフ|図|表|画像|写真)", re.I)


#: A picture's caption set as a sentence: "A missile is launched ... in this undated photo released by KCNA",
#: "Some of the 21 freed girls appear Thursday in Banki, Nigeria, in a photo obtained exclusively by CNN",
#: "Cubs fans are seen celebrating ...", "Putin and Trump are seen during a meeting ...", "The probe is pictured,
#: in 2013."; not "... is seen as a precursor", "She revealed the setup in a photo slideshow posted to Instagram",
#: "The pattern is seen in mice", nor a forecast ("Growth is seen slowing to 2 percent").
_CAPTION = re.compile(
    r"\bin this\s+(?:(?:undated|handout|file|recent|aerial|combination|composite|family)\s+)*"
    r"(?:photo(?:graph)?|picture|image|still|video grab|screen ?grab)\b"
    r"|\bin an?\s+(?:(?:undated|handout|file)\s+)*(?:photo(?:graph)?|picture|image)\s+"
    r"(?:obtained|released|provided|taken|made available|distributed|issued|supplied|courtesy)\b"
    r"|\b(?:is|are)\s+pictured\b"
    r"|\b(?:is|are)\s+(?:seen|shown)\s+(?:(?:walk|celebrat|speak|stand|sitt|wav|arriv|leav|talk|gestur|pos|smil"
    r"|greet|shak|look|wear|attend|watch|carry|react|hugg|pray|march|protest|kneel|ly|gather|queu|enter|board)ing\b"
    r"|(?:rising|flying|hovering)\s+(?:over|above|behind)\b|(?:in|at|on|near|outside|inside)\s+(?-i:[A-Z])"
    r"|in\s+(?:the\s+)?(?:waters|background|foreground|front of)\b"
    r"|(?:from|during|above|below|here|left|right|cent(?:er|re)|after|before)\b|with\s+(?-i:[A-Z])"
    r"|as\s+(?:he|she|they)\b)", re.I)


def refers_to_figure(sentence: str) -> bool:
    """Reads a figure above or below it ("The chart below shows ...", "上のグラフは ..."), or is a
    picture's caption (see _CAPTION)."""
    return bool(_FIGURE.search(sentence) or _CAPTION.search(sentence))


def is_filler(sentence: str) -> bool:
    """A reporter's filler that says nothing ("X declined to comment.")."""
    return bool(_NO_COMMENT.search(sentence))


_FIRST_PERSON = re.compile(r"^(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|We['’]re|We['’]ve|Ich|Je|Yo)\b|^J['’](?=[aeiouyh])")


#: The first person singular anywhere in a sentence ("as I could only manage", "my oxygen"):
#: "I" before a verb, "me", "my", "myself" ("World War I ended" is no one speaking).
_FIRST_PERSON_ANYWHERE = re.compile(
    r"\b(?:I(?:['’](?:m|ve|d|ll))?\s+(?:am|was|have|had|could|would|will|can|cannot|can't|did|do|"
    r"don['’]t|didn['’]t|think|thought|said|say|feel|felt|know|knew|believe|want|wanted|need|"
    r"needed|understand|went|got|saw|just|really|also|never|still|only|first|started|tried|"
    r"remember|hope|love|like|wish|mean|see|told|asked)|me|[Mm]y|[Mm]yself)\b")


def speaks_in_first_person(sentence: str) -> bool:
    """Someone speaks in the first person singular anywhere in the sentence: whose words
    they are is lost once the sentence is taken out of its article."""
    return bool(_FIRST_PERSON_ANYWHERE.search(sentence))


def is_first_person(sentence: str) -> bool:
    """Opens in the first person singular ("I know ..."): in a report, someone's words."""
    return bool(_FIRST_PERSON.match(sentence.lstrip(_QUOTES)))


#: A field's label inside a line: "My Guess: $25,000,000 Nick’s Guess: $29,000,000 Actual: ...".
_FIELD_LABEL = re.compile(r"(?:^|\s)[A-Z][\w’'.-]*(?:\s[\w’'.-]+){0,2}:\s")
MAX_LABELS = 2  # a sentence with a colon or two; three labels make a record (a table's row run together)


def is_record(sentence: str) -> bool:
    """A table's row or a form run into one line: three labelled fields or more."""
    return len(_FIELD_LABEL.findall(sentence)) > MAX_LABELS


#: A German sentence that speaks to the reader as "du" or "ihr": a blog's greeting ("Ich hoffe euch gefällt der
#: Relaunch."), a deal's pitch ("... könnt ihr mit etwas Glück ... abholen!"), a class's task list ("Du hast
#: begonnen, Deine Leitfrage zu entwickeln."). ("ihr" alone is also "her": only beside a verb of "ihr".)
_READER_ADDRESS = re.compile(r"\b(?:euch|euer|eure[mnrs]?|dich|dir|dein(?:e[mnrs]?)?)\b"
                             r"|\b(?:du\s+(?:hast|bist|kannst|musst|willst|sollst|wirst|darfst|solltest)"
                             r"|(?:hast|bist|kannst|musst|willst|sollst|wirst|darfst|solltest)\s+du)\b"
                             r"|\b(?:könnt|habt|seid|müsst|wollt|solltet|werdet|dürft)\s+ihr\b"
                             r"|\bihr\s+(?:könnt|habt|seid|müsst|wollt|solltet|werdet|dürft)\b", re.I)


def addresses_reader(sentence: str) -> bool:
    """Speaks to the reader in German's familiar "du" or "ihr" (see `_READER_ADDRESS`)."""
    return bool(_READER_ADDRESS.search(sentence))


#: A broadcast transcript's first turn, its speaker's name and role before it ("ARI SHAPIRO, HOST: ..."):
#: what is said after it is what the rules judge ("Good morning." is a greeting still).
_HOST_LABEL = re.compile(rf"^{BROADCAST_ROLE}:\s+")


def broken_rule(sentence: str, *, allow_quotes: bool = False, allow_first_person: bool = True,
                allow_reader_address: bool = False, upto: str | None = None) -> str | None:
    """The first rule a candidate key point breaks, by name, or None. `allow_quotes` is
    for a speech (whose words are its own); `allow_first_person` for any genre but a
    report, where "I ..." is someone else's words; `allow_reader_address` for a tutorial,
    which speaks to its reader throughout; `upto`, the last rule to check (the ones after it
    are not looked at: a pack's reading of many articles needs only the first few)."""
    sentence = _HOST_LABEL.sub("", sentence)  # the rules read what a broadcast's host says
    sentence = DATELINE.sub("", sentence, count=1)  # ... and what follows a dateline: "WASHINGTON — It was ..."
    checks = (("salutation", is_salutation), ("speaker label", has_speaker_label),
              ("discourse marker", opens_with_marker), ("call to action", is_call_to_action),
              ("filler", is_filler), ("aside", is_aside), ("figure", refers_to_figure),
              ("unresolved pronoun", unresolved_pronoun), ("unnamed speaker", _PRONOUN_SAID.search),
              ("dependent clause", leans_on_before), ("record", is_record))
    for name, check in checks:
        if check(sentence):
            return name
        if name == upto:
            return None
    if not allow_quotes and is_quotation(sentence):
        return "quotation"
    if not allow_first_person and is_first_person(sentence):
        return "someone's words"
    if not allow_reader_address and addresses_reader(sentence):
        return "reader address"
    return None


#: "MADRID — ", "WASHINGTON (AP) - ", "WASHINGTON (Aug. 13) -- ", "SAN JOSE, Dec 31 - ", "Washington (CNN) -- ",
#: "KVELLER via JTA — ",
#: "دمشق، سوريا -- ", "LONDON _ " (ASCII), "Washington, DC, United States: " (title case, two to four, a colon).
DATELINE = re.compile(r"^(?:[A-Z][A-Z.'-]+(?:(?:[ ,]+|/)[A-Z][\w.'-]*){0,4}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                      r"(?:\s*\((?:[A-Za-z.]+|[A-Z][a-z]{2}\.? \d\d?)\))?"
                      r"|[A-Z][\w.'-]+(?:[ ,]+[A-Z][\w.'-]*){0,3}\s*\((?:CNN|AP|AFP|Reuters)\)"
                      r"|[A-Z]{3,}(?: [A-Z]{2,})* via [A-Z]{2,5}|[A-Z][\w-]*(?:\.[a-z]{2,6}){1,2}"  # "Spiegel.de -"
                      r"|[\u0621-\u064a]+(?:[،,] ?[\u0621-\u064a ]{2,30})?(?: ?\(CNN\))?)\s+(?:[—–_]|-{1,2})\s+"
                      r"|^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}){1,3}:\s+"
                      r"(?=[A-Z\"“‘])"
                      # "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) It is ...": an agency or a date
                      r"|^[A-Z]{3,}(?:[ ,]+[A-Z][\w.'-]*){0,3}\s*\((?=[^()]{0,80}\b(?:Reuters|AP|AFP|dpa|Sputnik|TASS|"
                      r"Xinhua|ANI|IANS|PTI|\d{4})\b)[^()]{2,80}\)\s+(?=[A-Z\"“‘])"
                      # a German wire's: "Berlin/Frankfurt (dpa) - Immer mehr junge Menschen ..."
                      r"|^[A-ZÄÖÜ][\wäöüß.-]+(?:[/ ][A-ZÄÖÜ][\wäöüß.-]+)*\s*\("
                      r"(?:dpa|AFP|AP|Reuters|rtr|KNA|epd|sid|APA|SDA)(?:[/-][\w-]+)?\)\s*[-–—]\s+"
                      # a Spanish wire's: "Bruselas, 7 oct.- El alto representante ...", "Madrid, 12 de enero (EFE).-"
                      r"|^[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ.]+){0,3}, \d{1,2}(?: de)? [a-záéíóú]{3,10}\.?"
                      r"(?: de \d{4})?\s*(?:\((?:EFE|AFP|Europa Press|AP|Reuters|ANSA|Xinhua)\))?\s*\.?[-–—]+\s*"
                      r"(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])"
                      # CNN's lede with no dash, or no city: "West Palm Beach, Florida (CNN) President ..."
                      r"|^(?:[A-Z][\w.'-]+(?:[ ,]+[A-Z][\w.'-]*){0,3}\s*)?\((?:CNN|AP|AFP|Reuters)\)\s*(?=[A-Z\"“‘])")
#: (not the "(at)" or "(dot)" of an address written against harvesters: "jens.hilgenberg(at)bund.net")
_BRACKETS = re.compile(r"\s*\((?!(?:at|dot)\))[^()]{1,120}\)")
#: A reference work's citation mark: "... by Dylan,[250] was first broadcast", "[citation needed]".
CITATION = re.compile(r"\[(?:\d{1,4}|[a-z]|citation needed|note \d{1,3})\]")
#: (with the speaker's title after it when that ends the sentence: ", said Bill Caton, president of
#: Associated General Contractors of Alabama.")
#: (", said" with a clause after it is the sentence's own verb: "Robin Smith, Assistant Chief Constable ...,
#: said they were investigating whether the driver fell asleep" is no claim without it.)
ATTRIBUTION = re.compile(r",\s+(?:[^,.]{2,40}\s+(?:said|says|told reporters)"
                         r"|said\s+(?!(?:that|they|he|she|it|we|I|you|there|this|these|those)\b)[^,.]{2,60}"
                         r"|according to\s+[^,.]{2,80})"
                         r"(?:,\s+(?!(?:and|but|or|so|then|yet)\b)[^,]{2,90}(?=\.[\"”’]?$))?(?=[.,])")


def trimmed(sentence: str) -> str:
    """A sentence without its dateline ("MADRID — "), bracketed asides and attribution
    (", officials said"; not ", according to ...", see `_unless_according`): the claim, as a box that sums up
    the article states it."""
    text = DATELINE.sub("", sentence.strip())
    text = ATTRIBUTION.sub(_unless_according, _BRACKETS.sub("", CITATION.sub("", text)))
    return " ".join(text.split())


def _unless_according(match: re.Match) -> str:
    """An attribution dropped, but for "according to ...": whose count or claim it is ("..., according to
    the military") is part of it."""
    return match.group() if match.group().lstrip(", ").lower().startswith("according to") else ""
