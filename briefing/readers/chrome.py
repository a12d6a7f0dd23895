"""Page chrome that extractors keep: whole lines and section headings of a web page that are the site talking
(teasers, newsletter and social prompts, captions, credits, legal notices), not the article: a block that is one goes.

Each pattern is anchored on what the line *is* (it opens with "Read more:", it ends with a
photo credit), never on a word that an article sentence could use in passing.
"""

from __future__ import annotations

import re

from ..lexicon import FOREIGN_MONTHS, MONTH_NAMES
from .htmlembeds import PLAYER_LINE
from .sitenotes import SITE_NOTES

#: Words in a block beyond which it is taken as article text whatever it starts with.
MAX_WORDS = 60

# Openers of a teaser line: the strong ones need nothing after them, the others a colon.
_TEASER = (
    r"(?:read (?:more|also|next)|also read|see also|also on [\w.-]+|don'?t miss|most read|more from [\w .'-]{1,40}"
    r"|leggi anche(?: su)?|lire aussi|[àa] lire aussi|lesen sie (?:auch|hier)|mehr zum thema|lea también|leia também"
    r"|veja também|saiba mais|les også|läs också|læs også|lees ook|czytaj (?:też|także)|přečtěte si (?:také|též)"
    r"|baca juga|citește și|citeste si|vezi și|ayrıca bakınız"
    # La República's "PUEDES VER: ¿Cómo sacar mi certificado ...?", "Te puede interesar: ..."
    r"|puedes ver|lee también|ver también|mira también|(?:también )?(?:te|le) puede interesar|nota relacionada)"
)
_LABEL = (r"(?:related(?: (?:stories|articles|content|coverage))?|recommended(?: for you)?"
          r"|watch|listen|download|trending|lire|read|video|audio|baca"  # "Baca: Jawaban Soal SMP ..."
          r"|lea|lee|leer|leia|lies|lisez"  # "Lea: Consejo Permanente de OEA aborda ..." (100% Noticias)
          r"|lesen sie mehr|auch interessant)")


#: An advert's label, alone on its line or as a heading: "Anzeige", The Local's <h3>Advertisement</h3>.
_AD_LABEL = r"(?:anzeige|werbung|publicité|publicidad|pubblicità|advertisement)"

#: Month names in the languages the readers know, for date stamps ("12. Januar 2022,").
_MONTHS = "|".join(sorted({*MONTH_NAMES, *FOREIGN_MONTHS}, key=len, reverse=True))

_LINE = re.compile(
    "|".join([
        # a teaser or a prompt to go elsewhere: "Read more: ...", "[Read: ...]", "DON'T MISS ..."
        rf"^[\[(]?{_TEASER}\b\s*(?:[:|\-–—»]|\s+[A-Z\"“‘'])",
        # ... in Ukrainian and Russian, before a headline's capital (R15: "Читайте також Прорив ...")
        # (with a colon, the reader's teaser boxes take the line and its link together)
        r"^(?:читайте (?:також|также|тоже)|до теми|по теме|зверніть увагу)\s+(?-i:[А-ЯЁІЇЄҐ\"«„])",
        rf"^[\[(]?{_LABEL}\s*[:|»]",
        rf"^[\[(](?:read|{_TEASER}|{_LABEL})\b[^\])]*[\])]$",
        # newsletters and subscriptions
        # ("Sign up for a Hulu ad-free account", "... using the same email" are steps of a how-to)
        r"^(?:sign up|subscribe)\b.{0,120}(?:\b(?:newsletter|inbox|daily|weekly|today|now)\b|(?<![\w-])free\b"
        r"|\b(?:our|by|via|free) email\b|\bemail (?:updates|alerts|list|newsletter)\b)",
        r"^(?:get|start your day with|there'?s plenty more where that came from)\b.{0,300}"
        r"\b(?:newsletter|inbox|delivered|subscription|subscribe|issues for"
        r"|emailed to (?:me|you) (?:each|every) (?:day|week|morning))\b",
        r"^let our news meet your inbox|^if you enjoyed this article\b",
        r"^what we consider before using anonymous sources\b",  # the New York Times' note on its sources
        r"^join (?:our|us)\b.{0,80}\b(?:free|now|today|members)\b",
        # a site's appeal for money ("Do you enjoy reading Verfassungsblog? If you do, please support us
        # so that we can keep up our work and stay independent.")
        r"\bplease (?:consider )?(?:support(?:ing)? us|donat(?:e|ing) (?:to us|today|now))\b",
        r"^(?:support|donate to) (?:us|our (?:work|journalism|reporting))\b.{0,80}$",
        # an ad's label alone ("Anzeige", "ANZEIGE"), a subscription's pitch ("Neu: Tagesspiegel Plus jetzt gratis
        # testen!"), a bracketed pointer to the site's other pages ("[Alle aktuellen Entwicklungen ... finden Sie
        # hier in unserem Newsblog.]")
        rf"^\W*{_AD_LABEL}\W*$",
        # R15: a box of teasers' label, an alert's sign-up, a note to editors whose link went, a link onwards
        r"^(?:diese|folgende|weitere) (?:artikel|beiträge) könnten (?:dich|sie|euch) (?:ebenfalls |auch )?"
        r"interessieren\W*$|^want to get notified (?:whenever|when) we write about\b|^sign-?up next time we write"
        r"|^achtung,? redaktion\s*:.{0,80}$|^hier geht['’]?s (?:zu[mr]?|weiter)\b.{0,60}$",
        # a notice that the page needs JavaScript: "Dieser Shop setzt voraus, dass Sie JavaScript aktivieren haben."
        r"\bjavascript\b.{0,30}\b(?:aktivier\w*|(?:is )?(?:not )?enabled?|activ\w*)\b"
        # ... or the other way round: "Pełne korzystanie z serwisu wymaga włączonego w Twojej przeglądarce
        # JavaScript ..." (Wyborcza, review R14)
        r"|\b(?:enable|activate|aktivieren sie|activez|habilite|attiva|włączon\w*)\b.{0,40}\bjavascript\b",
        # "▶️ Mantente informado en nuestro canal de Google Noticias", "Folgen Sie uns auf Google News"
        r"^\W*(?:mantente informado|síguenos|siganos|follow us|folgen sie uns|suivez-nous)\b.{0,60}"
        r"\bgoogle (?:news|noticias|notícias|nachrichten|actualités)\W*$",
        r"^\W*(?:s[ií]guenos|folgen sie uns|folge uns|suivez-nous) (?:en|auf|sur|in) (?:telegram|twitter|x|facebook"
        r"|instagram|tiktok|youtube|whatsapp|linkedin|threads|mastodon)\b.{0,120}$",  # "Síguenos en Telegram, ..."
        r"\bjetzt (?:\d+ (?:tage|wochen) )?(?:gratis|kostenlos|unverbindlich) (?:testen|lesen)\W*$",
        r"^\[[^\]]{0,200}\b(?:finden sie|lesen sie|gibt es) (?:hier|im|in unserem)\b[^\]]{0,200}\]$",
        # social prompts and contact lines
        r"^follow (?:us|me|him|her|them|@\w+|[\w .'-]{1,40} on (?:twitter|facebook|instagram|linkedin|x)\b)",
        r"^(?:email|contact) [\w .'-]{1,40} at \S+@\S+",
        # a standing call for news or a pointer to more ("Is your ASX listed company doing something interesting?
        # Contact: matt.birney@...", "Möchtest du mehr über unser Klimaschutzpaket wissen? Hier findest du alle
        # Infos!", "Follow our full coverage of the coronavirus pandemic here."), a handle alone ("@moneycontrolcom"),
        # an ad's "Register Now!"
        r"\?\s*contact\s*:\s*\S+@\S+\W*$|\?\s*hier (?:findest du|finden sie)\b.{0,60}$",
        r"^follow our (?:full|live|complete|latest|ongoing) coverage\b.{0,100}$|^@\w{2,30}\W*$",
        r"^(?:here|hier|ici|aquí|qui)\W*$",  # a promo's link word left on a line of its own
        # a CMS's stamp left of its byline: "am Mittwoch, 26.01.2022 - 14:30" (R13)
        r"^(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+\d{1,2}\.\d{1,2}\.\d{2,4}"
        r"\s*[-–|]\s*\d{1,2}:\d{2}(?:\s*uhr)?$",
        # a date stamp's labels left without their dates ("Veröffentlicht: | aktualisiert:"), a dateline left
        # with its comma ("12. Januar 2022,"), phys.org's dateline ("October 22, 2019 report"), a link to
        # print the page ("Seite drucken"), a wire's copyright (review R14)
        r"^(?:veröffentlicht|aktualisiert|erstellt|published|updated|posted)\s*:?"
        r"(?:\s*[|·•]\s*(?:veröffentlicht|aktualisiert|erstellt|published|updated|posted)\s*:?)*$",
        rf"^(?:\d{{1,2}}\.?\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}),$"
        rf"|^(?:{_MONTHS}) \d{{1,2}}, \d{{4}} (?:report|feature|weblog|dialog)$",
        r"^(?:(?:diese )?seite|(?:den |diesen )?artikel|beitrag) drucken\W*$"
        r"|^print (?:this )?(?:page|article|story)\W*$|^imprimer (?:la page|l['’]article|cet article)\W*$",
        r"^[^.]{0,30}©\s*\d{4}\b.{0,120}\ball rights reserved\.?$",  # not a book's excerpt credit
        r"\b(?:register|sign up|apply|play|join) now\W*$|^(?:have a (?:news )?tip\??|got a (?:news )?tip\??)\s",
        r"^submit (?:your|a) (?:letter|story|tip|question|comment|photo)s?\b.{0,120}$",  # "... via this form."
        r"^(?:like|enjoy(?:ed)?) this (?:story|article)\?|^(?:was this|did you find this) (?:article |page |post )?"
        r"helpful\?$|^(?:war|fandest du|fanden sie) (?:dieser|diesen|den) (?:artikel|beitrag) hilfreich\?$",
        r"^(?:share|tweet|pin|email) (?:this|on)\b.{0,40}$|^(?:share|teilen|partager|compartir|condividi|delen)\s*:$"
        # the signature a posting app adds: "Sent from my iPhone using Tapatalk", "Eingetragen mit der DealDoktor
        # App für Android.", "Mit der kostenlosen PocketPC.ch App von meinem HD7 aus geschrieben."
        r"|^(?:(?:sent|posted|gesendet|geschrieben|eingetragen)\s+(?:from|with|using|von|mit)|mit der kostenlosen)\b"
        r"[^!?,]{0,60}\b(?:app|iphone|ipad|android|tapatalk|handy|smartphone|blackberry)\b[^!?,]{0,40}$"
        # a date's label left alone, the date shown apart ("Posted on" over the <time> read as the date)
        r"|^(?:posted|published|(?:last )?updated|veröffentlicht|aktualisiert|publié|publicado)(?: on| am| le)?\s*:?$",
        # legal and republication notices; an election law's authorisation line ("Authorised by Greg
        # Hunt MP, Liberal Party of Australia, Somerville, Victoria.", "Paid for by ...")
        r"^(?:authori[sz]ed(?: and printed)?|paid for) by (?-i:[A-Z])[\w.'’ -]{1,60}"
        r"(?:,\s*(?-i:[A-Z])[\w.'’ -]{1,60}){1,4}\.?$",
        r"^this copy is for your personal,? non-commercial use|^citation: .{1,300}\bretrieved\b",
        r"^(?:this (?:article|story|post|piece) (?:was )?originally (?:appeared|published|ran)|"
        r"originally (?:published|appeared) (?:on|in|at|by))\b|^(?:all rights reserved|copy(?:right|left) ©|© \d{4})",
        # "Copyright 2023 Sunbeam Television Corp. All rights reserved. This material may not be published ..."
        r"^copyright\s+(?:©\s*)?\d{4}\b.{0,120}\ball rights reserved\b(?:\W*$|\.\s+this material may not\b)",
        # a newsletter's or a site's own note on where the piece ran, a button's words
        r"^(?:cet article est paru dans|this (?:article|story) (?:first )?appeared in) (?:notre|our|the) "
        r"[\w\s]{0,30}newsletter|^show all (?:articles|posts|stories)\b",
        # an archived site's notice: "This is historical material "frozen in time". The website is no
        # longer updated and links to external websites and some internal pages may not work."
        r"^this is historical material\b|^(?:this|the) (?:web ?site|site|page) (?:is|has been) (?:no longer "
        r"(?:being )?(?:updated|maintained)|archived)\b.{0,160}$",
        # a link to the section's other stories: "Mehr Artikel aus dieser Rubrik gibt's hier: Wirtschaft"
        r"^(?:mehr (?:artikel|nachrichten|beiträge) aus (?:dieser|der) rubrik|more (?:articles|stories) (?:from|in) "
        r"this section|plus d['’]articles dans cette rubrique)\b.{0,60}$",
        r"^(?:revivez|suivez|retrouvez) (?:le|notre|tout le) direct\b",  # Le Monde's live-blog prompt
        # "MORE: Black-led group strikes deal ..." (a station's teaser, in capitals), a reading time
        r"^(?-i:MORE|ALSO)\s*:\s",  # ("RELATED:", "WATCH:", "READ MORE:" are labels and teasers above)
        # review 62: a paywall's stand-in (Springer's "This is a preview of subscription content, log in ..."), a
        # stock picture's credit ("© shutterstock: Mark Agnor"), a player's prompt ("Pour réécouter son interview,
        # cliquez sur l'icône ci-dessous."), a newsletter's ("Zum Newsletter anmelden"), a line of the story's
        # topics ("Tópicos: País | Presidente Boric")
        r"^this is a preview of (?:subscription|paid|premium) content\b",
        r"^©\s*(?:shutterstock|getty(?: images)?|istock(?:photo)?|adobe ?stock|imago|picture[- ]alliance|"
        r"depositphotos|123rf|pixabay|unsplash|alamy)\b.{0,60}$",
        r"\b(?:cliquez|click|tap|klicken sie) (?:sur|on|auf) (?:l['’]icône|the (?:play )?(?:icon|button)|das "
        r"(?:symbol|icon))\b.{0,30}$",
        r"^(?:zum |für den )?newsletter (?:anmelden|abonnieren|bestellen)\W*$",
        r"^(?:tópicos|temas|themen|topics|sujets|argomenti|etiquetas|schlagw(?:orte|örter))\s*:\s*[^.!?]{0,100}$",
        r"^(?-i:More)\s*:\s+(?-i:[A-Z0-9\"“‘']).{0,100}[^.]$",  # Android Central's "More: Huawei's next flagship ..."
        # a post's stand-in (Mashable's "Tweet may have been deleted"), an archive stamp (the Times of India's "This
        # story is from October 9, 2019"), a label and its stamp (CBC's "Business·Updated")
        r"^(?:this )?tweet (?:may have been deleted|is unavailable|was deleted)\b.{0,40}$"
        r"|^this (?:story|article) is from\s+.{4,30}$|^[\w&' ]{2,30}·\s*(?:updated|new|live|breaking)$"
        r"|^read this (?:story|article) in \w+$|^(?-i:Watch [A-Z])[^.!?]{10,150}$"  # "Watch India, Pakistan ..."
        # CNET Japan's "CNET Japanの記事を毎朝メールでまとめ読み（無料）" (by mail each morning, free), "人気キーワード"
        r"|^.{0,30}(?:メールで|メールマガジン|メルマガ).{0,20}(?:（無料）|\(無料\)|登録)|^人気キーワード"
        # a call for tips and the address (Radio-Canada's "Vous avez des renseignements à nous faire parvenir sur ce
        # sujet? ... par courriel à ..."), a credit set alone (WIRED.jp's "VIDEO COURTESY OF MONOTYPE")
        r"|^(?:vous avez des (?:renseignements|informations)|do you have (?:information|a (?:news )?tip)"
        r"|(?:got|have) a (?:news )?tip)\b.{0,240}(?:courriel|e-?mail|@)"
        r"|^(?:videos?|photos?|photographs?|images?|footage|pictures?) courtesy of [\w .&'’-]{2,40}$",
        r"^\((?-i:MORE|ALSO|READ|SEE|WATCH|LISTEN)\s*:\s.{1,200}\)$",  # Time's "(MORE: 'Laughter Shocks': ...)"
        # a video's play button and an article's fact list (DW): "Watch video 02:17", "Date 19.01.2020",
        # "Author Ben Knight", "Print Print this page", "Permalink https://p.dw.com/p/3WRPd"
        r"^watch video \d{1,2}:\d{2}$|^(?:date|datum)\s*:?\s+\d{1,2}\.\d{1,2}\.\d{4}$|^print\s*print this page$"
        r"|^\d{1,2}\.\d{1,2}\.\d{4}\s+(?:red|dpa|ots|epd|kna|afp|sid)\.?$"  # a stamp and its desk: "12.11.2021 red"
        # a line of hashtags only, the site's tags for the story ("#QAnon#Macht#Sexualwissenschaft#...")
        r"|^(?:#[^\W\d][\w-]*\s*){3,}$"
        # a toolbar's words in a row: "Download PDF Drucken Feedback"
        r"|^(?:(?:download|herunterladen|drucken|print|feedback|teilen|share|e-?mail|pdf|merken|speichern)\s*){2,}$"
        # ... after a label: "Artikel: Download PDF Drucken Feedback"
        r"|^.{0,40}:\s*(?:(?:download|herunterladen|drucken|print|feedback|teilen|share|pdf)\s*){3,}$"
        r"|^permalink\s+https?://\S+$|^(?:author|autor)\s+(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})$"
        r"|^(?:related subjects|keywords|tags|schlagwörter|mots-clés|filed under|abgelegt unter|posted in)\s*:?\s*"
        r"[\w '’-]{1,60}(?:,\s*[\w '’-]{1,60}){0,12}$|^(?:feedback:\s*)?send us your feedback\.?$",
        r"^our standards\s*:\s*",  # Reuters: "Our Standards: The Thomson Reuters Trust Principles." (or "…:The")
        r"^(?:temps de lecture|reading time|lesezeit|lesedauer|tiempo de lectura|lesetid|läsetid)\s*:?\s*\d+\s*"
        r"min\w*\.?$|^\d+ min(?:ute)? read$"
        r"|^\d+\s*(?:min\.?|minuten?|minutes?)\s+(?:lesezeit|lesedauer|de lecture|de lectura|leestijd|read)$"
        # AFP's fact list under a story: "Veröffentlicht am 13. Mai 2026 um 15:44", "Übersetzung und
        # Adaptierung: AFP Deutschland"
        r"|^(?:veröffentlicht|aktualisiert|published|updated|publié|mis à jour)(?: am| on| le)?\s+\d{1,2}\.?\s+\w+\.?"
        r"\s+\d{4}(?:,?\s+(?:um|at|à)?\s*\d{1,2}[:.h]\d{2}(?:\s*uhr)?)?$"
        r"|^(?:übersetzung|traduction|translation)(?: und adaptierung| et adaptation| and adaptation)?\s*:"
        r"\s*[^.!?]{1,60}$",
        # a date with its reading time (Medium: "Oct 19, 2016 · 10 min read"); an ad's label (NYT: "Supported by")
        r"^[\w ,.]{0,30}\d[\w ,.]{0,10}\s*[·•|]\s*\d+\s*min(?:ute)?s?\s+read\.?$|^(?:supported|sponsored) by$",
        r"^we want to hear what you think\b",  # The Atlantic's call for letters
        # tagesschau's time stamp and broadcast note: "Stand: 28.04.2020 18:00 Uhr", "Über dieses Thema
        # berichtete Inforadio am 29. April 2020 um 09:53 Uhr."
        r"^stand:\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$",
        r"^über dieses thema berichtete\b.{0,120}$",
        r"^(?:add to (?:my )?(?:favou?rites|bookmarks|reading list)|ajouter à mes favoris|save (?:for later|"
        r"this (?:article|story))|zu (?:meinen )?favoriten hinzufügen)\b",
        r"^click here\W*$|^click (?:here )?to (?:buy|order|subscribe|download|print|share|read)\b"
        r"|\bclick here to (?:watch|listen|stream|see|view)\b(?: (?:it )?live)?\W*$"
        r"|^to subscribe\b.{0,100}\bclick here\W*$",
        # a page's own time stamp, and a Chinese page's stamp and source line, an image's note
        r"^(?:\d{1,2} \w+ \d{4}\s+)?last updated (?:at |on )?\d{1,2}[:.]\d{2}\b.{0,12}$",
        r"^\d{1,2}(?::\d\d)?\s*(?:am|pm)\s*[|·•,-]\s*\d{1,2}\.?\s+[^\W\d]{3,9}\.?(?:\s+\d{4})?$",  # "06 PM | 18 Mai"
        r"^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:来源|來源)[:：]",
        r"^[»\s]*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}時\d{1,2}分\s*(?:公開|更新|配信)$",  # ITmedia's stamp
        r"^無断(?:転載|複製|転用)(?:[・、](?:転載|複製|転用))*(?:を)?禁(?:止|じます|ず)\W*$",  # "no reprinting"
        r"^(?:图注|圖註|图片来源)[:：]",
        # a think tank's standing disclaimer ("... each Brookings publication represents the sole
        # views of its author(s).", "We are supported by a diverse array of funders.")
        r"\b(?:represents?|reflects?) (?:the )?sole views of (?:its|the) author",
        # a broadcaster's note under its interviews: "Äußerungen unserer Gesprächspartner geben deren eigene
        # Auffassungen wieder. Der Deutschlandfunk macht sich Äußerungen ... nicht zu eigen."; "The views expressed
        # ... are those of the author and do not necessarily reflect ..."
        r"^äußerungen unserer (?:gesprächspartner|gäste)\b.{0,80}\bauffassungen wieder\b"
        r"|\bviews expressed (?:in this [\w ]{1,30} )?are (?:those|the views) of the (?:author|interviewee|guest)s?"
        r"(?: alone)? and do not (?:necessarily )?reflect\b",
        # the comments' rules under a story: "The opinions below do not reflect CNN's ...", CNN Arabic's
        # "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية" and "ترحب شبكة CNN بالنقاش الحيوي والمفيد ..."
        r"^the (?:views|opinions|comments) (?:expressed )?below (?:do not|don't) (?:necessarily )?"
        r"(?:reflect|represent)\b"
        r"|^الآراء الواردة (?:أدناه|في التعليقات) لا تعبر\b|^ترحب [^.]{0,30}بالنقاش\b",
        r"^we are supported by a diverse (?:array|range|group) of funders",
        # a breadcrumb of three or more short steps ("Home > News > World", Donga's "뉴스 > 경제 > 기업·CEO"), and a
        # Korean paper's stamp ("기사입력 2013-10-24 03:00:00 기사수정 2013-10-24 03:00:00")
        r"^[^.!?<>»›]{1,25}(?:\s[>»›]\s[^.!?<>»›]{1,25}){2,}$",
        r"^(?:기사)?(?:입력|수정)\s*:?\s*\d{4}[.-]\d\d?[.-]\d\d?[\d: .]*"
        r"(?:(?:기사)?수정\s*:?\s*\d{4}[.-]\d\d?[.-]\d\d?[\d: .]*)?$",
        r"^the [\w ]{2,40} is committed to quality, independence,? and impact",
        # credits of the reporting, not the report: "(Reporting by ...; Editing by ...)"
        r"^\((?:additional )?reporting by\b|^(?:editing|writing) by\b",
        r"^(?:additional )?reporting by\b.{0,200}\b(?:editing|writing) by\b",
        r"\bcontributed (?:reporting )?to this (?:report|story|article)\W*$",
        # counts, section labels and gallery furniture
        r"^\d[\d,.]*k?\s+(?:comments?|shares?|replies)$|^(?:reaktionen|reactions):(?: .{1,80} (?:und|and) \d+ "
        r"(?:andere|others?))?$|^\d[\d,.]*\s+(?:kommentare?|commentaires?|comentarios?|comentários?|reacties|комментари\w{0,3})$",
        # a post's count of reads ("сегодня в 05:46, просмотров: 237", "(1599 x gelesen)"), a log-in prompt
        # under the comments, a gallery's button ("Show all 50"), a video player's promotion
        r"^[^.!?]{0,40}\b(?:просмотров|views|aufrufe|visualizações|vues|lecturas)\s*:?\s*[\d.,]+$"
        r"|^\(?\d[\d.]*\s*x\s*gelesen\)?$",
        r"^(?:sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|you are not (?:currently )?logged in"
        r"|vous n['’]êtes pas connecté)\W*$|^(?:um )?(?:einen |zu )?kommentar\w*\b.{0,60}\b(?:loggen|melden) sie sich "
        r"(?:bitte )?(?:ein|an)\W*$"
        r"|^(?:to|you must be logged in to) (?:post|leave|write) a comment\b.{0,60}$",
        r"^show all \d+\W*$|^watch more of our videos\b",
        # a picture's credit with no picture ("Featured image by Alberto Riva/The Points Guy.", "Bildquelle: Peter
        # Ferstl"), a sign-up widget's answer, links to the writer's other pieces, a request for comments,
        # an app's promotion ("+++ Apolut ist auch als kostenlose App für Android- und iOS-Geräte verfügbar!")
        r"^(?:featured|header|lead|top) (?:image|photo)(?: by|:)\s.{1,80}$"
        r"|^(?:bildquelle|bildnachweis|fotoquelle|(?:image|photo) (?:source|credit)|crédit photo|(?:illustrationen? ?"
        r"/ ?)?fotos)s?\s*:\s*"
        r"[^.!?]{1,80}\.?$",
        r"^sign-?up successful\b|^(?:mehr über (?:den|die) autor(?:in)? erfahren|zur artikelübersicht)\W*$",
        r"^please (?:spare|take) (?:some|a) (?:time|moment|minute) to (?:comment|leave a comment)\b",
        r"\b(?:ist|sind) (?:auch )?als (?:kostenlose )?app für android|^from the section\b|^media caption\b",
        # a German credit of the text and its pictures, a header's site and day: "Quelle: Raphael Bischof (Text),
        # Stefan Scheuteri (Bild)", "Handball Schweiz • 02.02.2022"
        r"^quelle\s*:[^()]{3,40}\(text\)(?:\s*[,;/]\s*[^()]{3,40}\((?:bild|bilder|fotos?)\))?$"
        r"|^[^\W\d][\w .&'’-]{1,40}\s+[•|·]\s+\d{1,2}\.\d{1,2}\.\d{4}$",
        r"\bdieser (?:beitrag|artikel)\b.{0,120}\berschien zuerst (?:im|auf|bei)\b",  # a feed's note on where it ran
        r"^(?:gallery|photos?|slideshow)\b.{0,80}\b\d+\s+(?:photos?|images?|pictures?)\b",
        # a video teaser: a headline with its player's button ("... Strange Demeanor Watch Video")
        r"(?-i:\b(?:Watch|Play|WATCH|PLAY) (?:Full )?(?:Video|VIDEO))\W*$",
        # a photo caption: the line ends with the picture's credit
        r"\((?:AP|AFP|Reuters|EPA|Getty)?\s*(?:Photo|Photos|Image|Foto)\b[^()]{0,80}\)\W*$",
        r"(?-i:Credit):\s*[^.!?]{1,80}$|\((?:Photo|Image|Picture|Foto)s?(?: by|:)\s*[^()]{1,80}\)\W*$"
        r"|^[^.!?()]{3,80}\s\((?:c|©)\)\s*[\w .&/-]{1,40}[\w/&-]$",  # "Effiziente Hybridbatterie (c) Wiley-VCH"
        # a caption that ends with a picture agency's credit: "... (picture alliance / dpa / Oliver Berg)" (a news
        # agency's "(dpa)" may close the story's own last paragraph)
        r"\((?:picture[ -]alliance|imago(?: images)?|getty images|shutterstock|istock(?:photo)?)\b[^()]{0,80}\)\W*$",
        # ... or opens with it, glued to the caption: "SilviaJansen/GettyimagesDie meisten Heime haben ..."
        r"^[\w.-]{2,40}\s?/\s?(?:getty\s?images|istock(?:photo)?|shutterstock|imago(?: images)?|picture[ -]alliance"
        r"|adobe\s?stock|fotolia)",
        # a picture's credit on a line of its own: "Joan Solsman/CNET", "From Spotify via CNN"
        r"^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:/(?:[A-Z]{2,6}|Getty Images|Reuters|Invision|Shutterstock"
        r"|Alamy|File)){1,3})$|^(?:from|courtesy of) [^.!?,]{1,40} via (?-i:[A-Z][\w.&'’-]+)$",
        r"\bvia (?:Getty Images|Shutterstock)\W*$",
        # a list of tags, a bare web address, a widget's placeholder ("Loading weather data ...")
        r"^(?:https?://|www\.)\S+$|^loading\b[^.!?]{0,40}(?:\.{3}|…)$",
        # a pointer to the site's pictures ("See TIME's Pictures of the Week.", "(See pictures of the
        # spill.)") and an invitation to write ("Questions? Comments? Email us at")
        r"^\(?see (?:[\w.'’]+['’]s )?(?:(?:top|best|more|all|the|our) )?(?:\d+ )?(?:pictures|photos|video|videos|"
        r"slideshow|gallery)\b[^.!?]{0,60}[.!?]?\)?$",
        r"^[\"“]?questions\?\s*(?:comments\?\s*)?(?:e-?mail|write to|contact) us\b",
        # a template's contact line: "Have any questions? +44 1234 567 890"
        r"^(?:(?:do you )?have (?:any|some) )?questions\?\s*(?:call(?: us)?:?\s*)?\+?\d[\d\s()./-]{6,}$",
        # an affiliate's disclosure ("LittleThings.com may receive a small cut", "BGR may receive a
        # commission"), a print edition's note, a byline's label left without its name
        r"may (?:receive|earn|get|collect) (?:a )?(?:small )?(?:share|cut|commission|portion|fee)\b",  # "…commay"
        r"\bproducts from one or more of our advertisers\b|\bwe may receive compensation when you click\b",
        r"^\*?this (?:article|story) (?:appears|appeared|will appear) in the\b.{0,60}\bissue of\b",
        r"^(?:by|von|par|por)\W*$",
        # a call to give or to sign up: "For as little as £5, you can support ZimEye – and it only takes a
        # minute.", "Join the 20,000+ readers who've subscribed so far.", "Get articles sent to your inbox."
        r"\bfor as little as\b.{0,40}\bsupport\b|\bour work would be (?:much )?more secure with your help\b",
        r"^join (?:the |our )?[\d,.]+k?\+? (?:readers|subscribers|others)\b|\bsent to your inbox\W*$",
        r"\b(?:get|receive) (?:a |our )?(?:weekly|daily|free) (?:roundup|newsletter|digest|briefing)\b.{0,40}\binbox\b"
        r"|\bwho['’]ve subscribed so far\b",
        r"^go to comments\W*\d*\s*posted\W*$|^(?:listen to (?:this )?(?:article|story)|artikel anhören)\W*$",
        # a site's notes about itself: "Diese Seite zeigt gesponserten Marketing-Inhalt, ...", a player's
        # "Video verfügbar bis: 14.10.2020 ∙ 14:00 Uhr"
        r"^hinweis zu der meldung\W*$|\bdiese seite zeigt gesponserten\b|^(?:video|audio|sendung) verfügbar bis\b",
        # a pointer to a link the print does not carry: "You can see more of his work here.", "For more statistics
        # on ..., you may visit this link"
        r"^you can (?:see|read|find) more of (?:his|her|their|our) work here\W*$"
        r"|\byou (?:may|can) (?:visit|follow|click) (?:on )?this link\W*$",
        # a server's error printed over the page ("Strict Standards: Non-static method ... on line 813")
        r"^(?:strict standards|warning|notice|deprecated|fatal error|parse error):\s.{0,300}\bon line \d+\W*$",
        *SITE_NOTES,
    ]),
    re.I,
)

_HEADING = re.compile(
    r"^(?:top stories|most (?:read|popular|viewed|shared|commented)\b.{0,40}|partner news|"
    r"(?:more )?related(?: (?:stories|articles|news|posts|content|coverage|links|reading))?|read more|see also|"
    r"recommended(?: for you| stories| reading| videos?)?|editors['’]? (?:recommendations|picks)|editor['’]s picks|"
    r"more (?:from|stories|on|in|news|videos?|great)\b.{0,40}|you (?:may|might) also (?:like|enjoy)|"
    r"trending(?: now| stories| videos?)?|popular (?:stories|posts|now|articles)|"
    r"latest (?:\w+ )?(?:news|stories|posts|articles|videos?)|don'?t miss|read next|what to (?:read|watch) next|"
    r"explore further|around the web|(?:[\w ]{1,20} )?sponsored(?: content| stories| links)?|"
    rf"{_AD_LABEL}|"  # The Local's <h3>Advertisement</h3>
    # a video's title over its player, which is not printed: Madame Figaro's "En vidéo, 4 aliments à privilégier ..."
    r"(?:en vid[ée]o|im video|vid[ée]o|watch)\s*[,:–—-](?!.*(?:https?://|www\.))\s*.{3,120}|"  # (not its link)
    r"leggi anche|lire aussi|à lire aussi|à la une(?: de [\w.-]{2,30})?|(?:l[oa]s? )?(?:\+|más) leíd[oa]s?|"
    r"lesen sie auch|mehr zum thema|lea también|leia também|veja também|"
    r"das könnte sie auch interessieren|weitere artikel|schon gelesen|auch lesenswert|.{0,40}\bsent to your inbox|"
    r"lue (?:aiheesta )?lisää|läs mer|les mer|læs mere|lees meer|czytaj (?:więcej|też|także)|přečtěte si (?:také|též)|"
    r"čítajte (?:aj|tiež)|читайте (?:также|тоже|також)|"
    r"want your content to appear on sites like this|"  # an ad network's box (Revcontent)
    r"(?:we|i) need your (?:help|support)(?: to [\w ]{1,30})?|"  # Salon's appeal over its box, mid-story (R13)
    r"(?:leave|post|add|write) a (?:comment|reply)|kommentar (?:abgeben|schreiben)|"
    r"you must confirm your public display name before commenting|"
    r"(?:ソース・)?関連(?:記事|リンク|ニュース|情報)|あわせて読みたい|おすすめ記事|人気記事|.{0,20}会員限定記事|"
    r"相关(?:阅读|文章|新闻)|推荐阅读|热门文章)\W*$",
    re.I,
)


#: "Tags: a, b, c", "Schlagworte: Cybercrime, Cyberkrieg, ...", as long as it likes
_TAGS = re.compile(r"^(?:tags?|schlagw(?:orte|örter)|stichw(?:orte|örter)|etiketler|etiquetas|etichette"
                   r"|étiquettes|mots-clés|trefwoorden|taggar|tagi|štítky|etichete)\s*:?\s+[^.!?]*,[^.!?]*$", re.I)


#: A blog's archive of the same day in years before, as long as it likes: "One year ago: Swirled Berry
#: Yogurt Popsicles Two years ago: Carrot Salad with Tahini ...", "Six Months Ago: ... 1.5 Years Ago: ...".
_ARCHIVE = re.compile(r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?) (?:years?|months?)"
                      r" ago:[^:]{1,160}){3,}$", re.I)


def is_chrome_line(text: str) -> bool:
    """True when a whole block of a page (a paragraph, a list item) is the site's chrome."""
    line = " ".join(text.split())
    if not line or PLAYER_LINE.match(line):
        return False  # nothing, or an embedded player's link (htmlembeds)
    return (len(line.split()) <= MAX_WORDS and bool(_LINE.search(line))) or bool(_TAGS.match(line)) \
        or bool(_ARCHIVE.search(line)) or bool(_RELATED_RUN.match(line)) or _CAROUSEL in line \
        or (bool(_KICKER.match(line)) and len(_KICKER.findall(line)) >= KICKERS)


#: USA Today's video carousel run into one paragraph, as long as it likes: "Skip in Skip x Embed x Share CLOSE
#: WHAT YOU NEED TO KNOW ABOUT ELON MUSK SpaceX 1st: Recycled rocket ... AP 1 of 41 Skip in Skip x Embed x Share ...".
_CAROUSEL = "Skip in Skip x Embed x Share"
#: A box of links to other stories run into one paragraph under its label, as long as it likes (the Sun's
#: "Related Stories 'WORST YET TO COME' Boko Haram leader mocks injury claims ... BABY BOMBERS Who are ...").
#: ... and with no label, each link under its kicker in capitals ("CORE OF THE PROBLEM? Apple engineer says
#: ... KING OF THE SEA This is how big ichthyosaurs were ... IPHONE KILLER Samsung Galaxy S9: ..."): a
#: paragraph that opens with a kicker and holds KICKERS of them (not a transcript's "MR. SMITH:").
_KICKER = re.compile(r"(?-i:\b[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]*)+)(?![\w.:])")
KICKERS = 3
_RELATED_RUN = re.compile(r"^related (?:stories|articles)\s+(?:from\s+[\w .'’&-]{1,40}$"  # "... from Miami Herald"
                          r"|(?-i:[A-Z'‘“])(?!.*[.!?][\"”’']?$))", re.I)


_TEASER_OPENER = re.compile(rf"^[\[(]?{_TEASER}\b", re.I)


def is_teaser_line(text: str) -> bool:
    """True when a line opens with a teaser's label ("Lire aussi", "Read more", "See also")."""
    return bool(_TEASER_OPENER.match(" ".join(text.split())))


def is_chrome_heading(text: str) -> bool:
    """True when a heading introduces the site's teasers ("Most popular", "Related stories")."""
    return bool(_HEADING.match(" ".join(text.split())))
