"""The openers that make a sentence lean on the one before it: the discourse markers a key
point (`rules.opens_with_marker`) must not start with, in the languages the rules know."""

from __future__ import annotations

import re

#: Openers that point back at the sentence before, or move the talk along, in six
#: languages: the sentence only makes sense after another.
MARKER = re.compile(
    r"^(?:(?:and|but|or|nor|so|also|plus|then|yet|still|instead|otherwise|likewise|however|meanwhile|moreover|"
    r"furthermore|besides|thus|hence|therefore|anyway|anyhow|well|now|look|okay|ok|oh|indeed|in addition|you know|"
    r"i mean|obviously|clearly|basically|frankly|honestly|"
    r"additionally|of course|after all|in fact|that said|for (?:one|another|example|instance|starters)|"
    r"earlier(?=,)|what['’]s more|not that|not only that|"
    # "Further, during the same time period, ...", "Further underscoring their letter's weight, ..." (review 67)
    r"further(?=,)|further [a-z]{3,}ing|"  # "Earlier, Grosjean also crashed ...": earlier than what was told
    r"to (?:begin|start) with|"
    r"on the other hand|by contrast|in contrast|similarly|again|finally|lastly|first|second|third|next|"
    r"which|another|simply because|with good reason|on the (?:plus|bright|down|flip) side|"
    r"firstly|secondly|thirdly|fourthly|"
    r"mais|et|alors(?! que)|ensuite|donc|puis|par ailleurs|en outre|cependant|pourtant|de plus|aussi|enfin|"
    r"certes|toutefois|néanmoins|en effet|d['’]ailleurs|(?:pour|selon) (?:lui|elle|eux|elles)|"
    r"pour le reste|du reste|par contre|en revanche|du coup|par exemple|"
    r"aber|und|oder|im gegenzug|also|doch|außerdem|dennoch|trotzdem|zudem|jedoch|dann|allerdings|zwar|immerhin|"
    r"hingegen|denn|schließlich|schliesslich|"
    r"natürlich|stattdessen|vielmehr|ebenso|auf diese (?:weise|art)|in diesem (?:fall|sinne|zusammenhang)|"
    r"zum beispiel|sur ce point(?: là|-là)?|de même|"
    # German adverbs that point back ("Damit können sie ...", "Dazu waren 50 Polizeibeamte im Einsatz."); not
    # "damit" before a comma ("Damit eure Diät ... gekrönt ist, braucht ihr ...": "so that"), nor "auch wenn"
    r"damit(?![^,.]{1,80},)|deshalb|deswegen|daher|darum|dabei|dazu|dafür|dagegen|somit|folglich|dort|"
    r"hier(?!\s+(?:ist|sind|nun|noch|eine?|die|der|das|unsere?|finden|lesen)\b)|"  # (those announce: a call)
    r"auch(?! wenn)|(?:laut|für) (?:ihm|ihr|ihn|sie)|"
    r"pero|y|además|sin embargo|por ejemplo|de hecho|entonces|así que|también|luego|por otra parte|ello|"
    r"no obstante|asimismo|"
    r"(?:para|según) (?:él|ella|ellos|ellas)|"  # "[,.\s]" after: "FIRST. The powers of governing ..." too
    r"mas|porém|contudo|por exemplo|de fato|entretanto|no entanto|além disso|então|aliás|enfim|"
    r"e(?=\s+(?-i:[a-záéíóúâêôãõç]))|но|и|а|да и|однако|кроме того|также|поэтому|впрочем|зато|тем не менее|хотя|"
    # what the sentence before named: "The same is true for ...", "Either way, ...", "Both diseases are ..."
    # what the sentences before set up: "In this case, Ciarán is a tribute to ...", "At the time, Grupp was on
    # probation", "All three substances contain ...", "Eso es, ...",
    # "Dice que en los años 80 ...", "En ese marco, ...", "Tale attività ...", "Ganz im Gegenteil!"
    r"in this case|in that case|in other words|at the time(?=,)|in layman['’]s terms|admit it|"
    r"all (?:two|three|four|five|six|seven|eight|nine|ten) [a-z]+s|"
    r"dans ce cas|autrement dit|c['’]est-à-dire|"
    r"aus diesem grund|zunächst einmal|unterm strich|gleichwohl|um (?:dies(?:es)?|das) zu [a-zäöüß]+(?=,)|"
    # R14: "Ferner ...", "Daraus ...", "Angesichts dessen ...", "In beiden Fällen ...", "Der Erste leidet ...",
    # "Dem stünden ...", "C'est le cas ...", "Selon leur étude", "À cause de ces ...", "Zuvor", "Die Folge ist"
    r"ferner|daraus|darüber hinaus|angesichts dessen|in beiden fällen|kurz darauf|wenig später|kurze zeit später|"
    r"(?:der|die) (?:erste|zweite|dritte|erstere|letztere)(?=\s+(?-i:[a-zäöüß]))|dem(?=\s+(?-i:[a-zäöüß]))|"
    r"c['’]est (?:le cas|pourquoi|ainsi|le moment|là|alors)|(?:selon|d['’]après) (?:leur|leurs|son|sa|ses)|"
    r"(?:à cause de|grâce à|malgré|en raison de) (?:ce|cet|cette|ces)|zuvor|die folge (?:ist|war|davon)|"
    r"eso es|es decir|en ese marco|en este marco|en este caso|por eso|al mismo tiempo|"
    # review 62: "De la misma forma, se dispusieron ...", "Finalmente, y en cuanto a ...", "Menos de un mes
    # después el titular ...", "Daneben ist Habeck ...", "Das aber war Habecks Plan", "C'est pour elle ...",
    # "The second problem is that ...", "Two years later, ..."
    r"de la misma (?:forma|manera)|del mismo modo|de igual (?:forma|manera|modo)|finalmente|por último|"
    r"(?:(?:menos|más) de )?(?:un|una|dos|tres|cuatro|pocos|pocas|unos|unas|\d+) (?:días?|semanas?|mes|meses|años?) "
    r"(?:después|más tarde)|poco después|"
    r"(?:(?:less|more) than )?(?:a|an|one|two|three|four|five|a few|several|\d+) (?:days?|weeks?|months?|years?) "
    r"later(?!\s+than)|daneben|das aber|c['’]est pour (?:lui|elle|eux|elles|cela|ça)|"
    r"the (?:first|second|third|fourth|other|next|last|final) "
    r"(?:problem|issue|reason|point|question|step|thing|challenge|difference) (?:is|was)|"
    r"(?:dice|dijo|afirmó|señaló|explicó|agregó|añadió|aseguró|sostuvo|disse|afirmou|explicou) que|"
    r"ma(?=\s+(?-i:[a-zàèéìòù]))|però|inoltre|quindi|tuttavia|infatti|in questo caso|tal[ei](?=\s+(?-i:[a-zàèéìòù]))|"
    r"either way|even so|as a result|in turn|no wonder|kein wunder|pas étonnant|no es de extrañar|"
    r"the same (?:is|was|goes|applies|holds|appears|seems|can(?:['’]t)?|"
    r"could(?:n['’]t)?)|both [a-z]+s(?![^,.]{0,40}\band\b))\b[,.\s]"
    # "Last, we'll organize our code ...", "No longer! When you run ..."
    r"|(?:yes|no|no longer|not anymore|sure|right|oui|non|ja|nein|sí|last|(?:ganz )?im gegenteil)\s*[,!]"
    r"|(?:さらに|また|しかし|そして|一方|だが|でも|ただ|それで|なお|ところで|そこで|つまり|例えば|たとえば|"
    r"ですが|ところが|しかも|それに|なので|だから|"
    r"[がをにはでとへ](?=[^\u3040-\u309f\s])|"  # a particle: a Japanese sentence cut from the words before it
    r"このため|そのため|それでも|こうした|そうした|このよう|そのよう|これ[はがをにもら]|それ[はがをにもら]|この|その|"
    r"但是|而且|此外|然而|另外|所以|因此|不过|同时|例如|比如|这些|这种|这个|那些))",
    re.I)
