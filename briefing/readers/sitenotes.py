"""Lines a site prints about itself and its widgets, as patterns for `chrome._LINE`: an
embed's notice ("Externer Inhalt", "View this post on Instagram"), a first-published or
translation note, a picture's credit with no picture, a comments login, a broadcaster's
air time, a wire's sign-off. Each is a whole block of a page that is not the article."""

from __future__ import annotations

import re

#: What news sites in other languages, and a few more in English, print around the story
#: (gathered18, the fundus test pages): an embed's consent placeholder, where the piece first
#: ran, a copyright or picture credit line, a call to write in or sign up, a video's stamp.
SITE_NOTES = (
    r"^externer inhalt(?: nicht verfügbar)?\W*$|^(?:deine|ihre) privatsphäre-einstellungen verhindern\b"
    r"|^ein klick für den datenschutz\b|^link zum (?:youtube|twitter|x|instagram|tiktok|facebook)[- ]inhalt\W*$"
    r"|^embed$|^následuje obsah vložený z jiného webu\b|^přejít (?:před|za) obsah vložený z jiného webu\b"
    r"|^(?:skip|jump) (?:past|over) (?:the )?(?:embedded|external) content\b"
    r"|^this content is not available due to your privacy preferences\b"
    # an embedded post's placeholder, shown until the network's script draws the post (review R13)
    r"|^(?:view this (?:post|photo|video|profile) on|sieh dir diese[nms]? (?:beitrag|foto|video|profil) auf"
    r"|voir cette publication sur|ver esta publicaci[oó]n en|visualizza questo post su|bekijk dit bericht op"
    r"|ver (?:esta publicação|essa foto) no|zobacz ten post na) (?:instagram|instagramie|facebook|tiktok)(?: an)?\W*$",
    r"^dieser (?:artikel|beitrag|text) (?:ist|wurde|erschien) .{0,60}\b(?:zuerst|ursprünglich|erstmals)\b.{0,80}$"
    r"|^dieser (?:artikel|beitrag|text) ist eine übersetzung\b|^aus dem \w+en (?:übersetzt )?von\b.{0,100}$"
    r"|^übersetzung:\s.{0,200}\bredaktion:",
    r"^[<(\[]?\s*copyright\s*[©ⓒ@(]|^©\s*(?-i:[A-Z]).{0,60}\d{4}\W*$|^copyright\s*:\s*[^.!?]{1,60}\d{4}\W*$"
    r"|^©\s*[\w .&/-]{1,40}$",  # a picture's credit with no picture: "© DTB"
    r"^[\w .'-]{1,40}/\s*(?:getty images|afp|reuters|ap|dpa|epa|imago)\W*$"
    # the credit or caption of a header picture that is not printed (review R14): "Titelbild: Flickr, CC BY 2.0",
    # "Foto: Yoav Keren, via Wikimedia Commons | Lizenz: CC BY-SA 4.0", "Header Image: People have lived ..."
    r"|^(?:titelbild|titelfoto|beitragsbild|aufmacherbild|headerbild|header image|featured image|bildquelle"
    r"|bildnachweis|fotonachweis|photo credit|image credit|crédit photo)\s*:\s*[^!?]{1,300}$"
    r"|^file photo\s*:\s*.{1,300}$"  # Reuters' caption of a picture from its files
    # a caption that ends in its picture's licence: "... (Data from OSM, April, 2018.) by Joe Matazzoni, CC BY-SA 4.0."
    r"|\bby [\w .'’-]{2,40},\s*(?:cc[ -]by(?:-[a-z]{2})*|cc0)\s+\d\.\d\W*$"
    r"|^(?:image|photo|foto|bild)\s*:\s*[^!?]{1,100}\b(?:cc[ -]by|cc0|lizenz|licen[sc]e|wikimedia commons"
    r"|public domain|gemeinfrei)\b[^!?]{0,40}$"
    r"|^(?:pixabay|unsplash|pexels|shutterstock|istock(?:photo)?|adobe ?stock|picture[- ]alliance)\W*$"
    r"|^(?:image|photo|foto|bild)\s*:\s*[^.!?]{1,60}$"
    r"|^[a-z]{2,5}/ots\s+(?:foto|bild)\s*:\s*[^.!?]{1,60}$",  # a press wire's sign-off and credit: "erb/ots Foto: ..."
    r"^ihre meinung ist uns wichtig\b|^(?:do you have a story|are [\w ]{1,40} in your area)\b.{0,80}\S+@\S+\W*$"
    r"|\bsign(?:ing)? up (?:to|for) our\b.{0,40}\bnewsletters?\s*\W*$|\bnewsletter informiert sie\b"
    r"|^join us on (?:whatsapp|telegram|instagram|facebook)\b|^scroll down (?:to|for)\b.{0,80}$"
    r"|^follow along with\b.{0,60}\bbelow\W*$|^mehr themen auf\b|\bohne mehrkosten für sie\W*$"
    r"|\bfinden sie (?:jederzeit )?in unserem (?:liveblog|ticker|newsblog)\W*$"
    # CNN's video box run into one line ("JUST WATCHED Chibok girls' abduction: a timeline of events Replay More
    # Videos ... MUST WATCH Chibok girls' abduction: a timeline of events 01:26"), its Messenger promotion, the
    # Washington Post's link to its world desk
    r"|^just watched\b.{1,200}\breplay more videos\b.{0,250}\bmust watch\b.{1,200}\b\d{1,2}:\d{2}\W*$"
    r"|^chat with us in facebook messenger\.?(?: find out what['’]s happening in the world as it unfolds\.?)?$"
    r"|^today['’]s coverage from post correspondents around the world\W*$"
    # DW's sign-off, its writers' initials and the agencies: "jm/dm (AFP, dpa)"
    r"|^(?-i:[a-z]{2,4}(?:/[a-z]{2,4})+)\s*\((?:afp|ap|dpa|reuters|kna|epd|sid|efe|ansa)(?:,\s*\w{2,8}){0,4}\)$"
    # a picture's caption that ends in its credit: "... dig out on Tuesday, Dec. 26, 2017, after a record two-day
    # snowfall. (Greg Wohlford/Erie Times-News via AP)", "(AP Photo/Pablo Martinez Monsivais)"
    r"|\((?:[^()]{1,80}/)?[^()/]{1,80}\bvia (?:AP|Reuters|AFP)\)\W*$|\(AP Photo/[^()]{1,60}\)\W*$",
    r"^sendung:\s.{0,80}\d{1,2}[:.]\d{2}\s*uhr\W*$|^\d{1,2}:\d{2}\s*min\.?\s*verfügbar bis\b"
    r"|\d{1,2}\.\d{1,2}\.\d{4}\s*\|\s*\d{1,2}:\d{2}\s*min\W*$"
    r"|^(?:uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet)\s+\d{1,2}[.:]\d{2}\b.{0,40}$"
    # a page's own publication notes: CNET's "Originally published May 30 at 10:25 p.m. PT." and "Update May 31
    # at 5:05 a.m. PT: Adds background.", CBS's "First published on May 31, 2019 / 10:50 AM"
    r"|^(?:originally|first) published(?: on)? [a-z]{3,9}\.? \d{1,2}(?:, \d{4})?(?: at| /)? ?\d{1,2}(?:[:.]\d{2})?"
    r" ?(?:[ap]\.?m\.?)?(?: [a-z]{2,4})?\.?$"
    r"|^updated?,? [a-z]{3,9}\.? \d{1,2}(?:, \d{4})?,? (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?)?(?: [a-z]{2,4})?"
    r":\s*adds? [\w ,]{1,40}\.?$",
    r"[.!?\"“”]\s+(?-i:mehr)$|^zum artikel\s*:",  # tagesschau's teaser: "... sie sei überfordert. mehr"
    r"^you must (?:confirm|log ?in|sign ?in|be (?:logged|signed) in)\b.{0,60}\bcomment"
    r"|^please log ?out and then log ?in\b"
    r"|^(?:du musst dich|sie müssen sich)\b.{0,20}\b(?:einloggen|anmelden)\b.{0,40}\bkommentar"
    r"|^(?:du musst|sie müssen) (?:eingeloggt|angemeldet) sein\b.{0,40}\bkommentar",
    r"^기사 url이 복사되었습니다|^\S{2,4}\s?기자\s+\S+@\S+$|^この記事は(?:有料)?会員限定(?:記事)?です",
    r"^have something to say about this (?:article|story|post)\?\s*share it with us\b.{0,80}$"
    r"|^(?:the )?(?:article|story) continues (?:below|after) (?:this|the) (?:ad|advertisement)\W*$|"
    r"\bsupport (?:independent |quality |local |our )?journalism by subscribing\b"
    r"|\[(?:video|watch|photos|gallery)\]\W*$",
    r"^[–—-]\s*(?:additional )?reporting by\b.{0,80}$|^dies ist eine (?:maschinelle )?übersetzung\b"
    r"|^with (?:reports|reporting|files) from\b(?:\W+\w+){1,10}\W*$"
    r"|^mit (?:material|informationen|agenturmaterial) (?:von|der)\b.{0,160}"
    r"\b(?-i:AP|AFP|dpa|Reuters|KNA|epd|SID|APA)\b[^.!?]{0,40}\.?$"
    r"|^(?:kilde|källa|quelle|source|fuente|fonte)\s*:\s*[\w .,/&-]{1,40}$",
    r"^\d{1,2}:\d{2}\s+(?-i:JST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|IST|KST),?\s+\w+\.? \d{1,2},? \d{4}$"
    r"|^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}時\d{1,2}分(?:\s*[（(]\d{1,2}月\d{1,2}日\s*\d{1,2}時\d{1,2}分更新[)）])?$",
    r"^(?:gastkommentare|gastbeiträge|kommentare)\b.{0,80}\bnicht (?:der|die) meinung der redaktion"
    r"|^the (?:views|opinions) expressed (?:here|in this (?:article|column|piece))? ?(?:are|do not)\b.{0,120}$",
    r"^[^\w*•·~=#…-]{1,2}$",  # a stray mark left of a widget ("¯", "|"); not a scene break ("* * *", "……")
    # a "don't miss" promo ("Ezt ne hagyja ki! Történetek ... a Balatonról itt: likebalaton.hu."), a call to
    # discuss with the writer elsewhere, a link to the comments (reviews R13, R14)
    r"^(?:ezt ne hagyja ki|nicht verpassen|à ne pas manquer|no te lo pierdas|da non perdere|não perca)\s*[!:]"
    r"|^diskutieren sie mit (?:dem autor|der autorin|uns)\b.{0,60}\b(?:twitter|facebook|instagram|x|mastodon)\b"
    r"|^kommentare? (?:lesen|anzeigen)(?: und schreiben)?\b.{0,30}$",
    # a weather box and a reader poll atop a page copied as text (Advance Local's sites, Before It's News)
    r"^enter city and state or zip code$|^your weather is set to\b.{0,60}$|^accuweather\.com quick look$"
    r"|^(?:\w+day, )?[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4} \d{1,2}-day forecast$"  # the Daily Mail's
    r"|^you are signed in as$|^% of readers think this story is fact\b.{0,30}$"
    # a gallery's counter and its close button
    r"|^(?:image|photo|slide|picture)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}$|^close$|^back to (?:the )?gallery$"
    r"|^recommended videos?\s*:?$|^media\s*:\s*[\w ]{2,30}\btv$"  # a video player's labels (sfgate)
    r"|^enlarge this image$|^toggle caption$|^/\s*(?:updated|published)\b.{0,40}$"  # NPR's, NBC's
    r"|^scroll to top of page$|^thank you for reading!?$",
    # what news sites print around a story copied as text (the asprout/ArticleComparisons scrape, lines
    # found on three pages or more): how long ago, an icon's name, share and comment links, a
    # subscription offer, a list's label, the weather
    r"^(?:\d{1,2}|one|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:today|yesterday)$"
    # (not "Facebook" alone: a page's link begins a sentence so, "<a>Facebook</a> hat sich ...")
    r"|^view comments$|^click here to comment\b.{0,30}$|^posted!$|^(?:fb)?share\s+tweet\s+(?:g)?share\s+email$"
    r"|^a link has been (?:sent to your friend's email address|posted to your facebook feed)\.?$"
    r"|^to find out more about facebook commenting\b.{0,80}$|^read or share this story:\s*\S+$"
    r"|^(?:subscribe for )?unlimited digital access\b.{0,40}$|^try one month for \$\d+!?$"
    r"|^choose the plan that's right for you\.?$|^digital access or digital and print delivery\.?$"
    r"|^your subscription supports journalism that matters\.?$|^the story must be told\.?$|^to read the full story$"
    r"|^be the first to know\.?$|^never miss a story\.?$|^the day's top stories delivered every morning\.?$"
    r"|^you have successfully subscribed to\b.{0,40}$|^breaking news emails$|^turn on notifications\?.{0,80}$"
    r"|^(?:most popular|recommended stories|more stories|tags|trending in [\w ]{2,20}|related(?:\.{3}|…)?)$"
    r"|^prev(?:ious)?\s+next$|^show chapters$|^replay$|^go$"
    r"|^interested in this topic\? you may also want to view these photo galleries:$"
    r"|\b(?:high|low)(?: near| around)? -?\d{1,3}\s?f\.\s+winds\b",
)

#: Who a picture is credited to, as the Sun prints it before the caption ("Getty - Contributor ...").
PICTURE_CREDIT = (r"(?:AP:)?Associated Press|AP|Reuters|Getty Images|(?:Getty|[A-Z][\w.]+) - Contributor"
                  r"|AFP or licensors|AFP|EPA|PA(?: Wire)?|Rex(?: Features)?|Shutterstock|Alamy|Splash News"
                  r"|Fame Flynet|SWNS|Matrix|EFE|Barcroft Media|BAV Media|Mirrorpix|Solent News|Cover Images"
                  r"|Backgrid|Eyevine|Xinhua|Anadolu Agency|NurPhoto|Twitter|Facebook|Instagram")

#: A picture's credit on a line of its own, which is no headline: "Kremlin Pool Photo via Associated
#: Press/file", "Andrew Burton | Getty Images".
CREDIT_LINE = re.compile(r"^[^.!?:@]{0,60}(?:\b(?:photo(?:graph)?|image)s?\s+(?:via|by|courtesy of)\b[^.!?@]{0,60}"
                         r"|\s*/\s*file|\s\|\s*(?:getty images|ap|reuters|afp|epa|shutterstock))$", re.I)

#: A news photo's caption in text scraped from a page, whose picture a text file cannot
#: print: AP's "FILE - In this June 12, 2018 file photo, ..." or a caption that ends in its
#: credit, "(AP Photo/Evan Vucci, File)", "(FREDERIC J. BROWN / AFP/Getty Images)", with a
#: gallery's "less" or NPR's "hide caption" after it, or a gallery's caption cut short with its
#: toggle (". less", "... more"). A story's paragraph never ends so.
PHOTO_CAPTION = re.compile(
    r"^FILE\s*[-–—]+\s*In this\b.{0,120}?\bphoto"
    r"|^In this\b.{0,120}?\bphoto(?:graph)?\b(?:,| (?:taken|released|provided|made|shot)\b)"
    r"|^In this\b.{0,40}?\b(?:19|20)\d\d,? (?:file )?photo\b"  # "In this July 14, 2018 photo an advert by ..."
    # AP's "This Dec. 28, 2017 photo made available by SpaceX shows ...", "This undated photo provided by ..."
    r"|^This (?:undated|.{0,30}?\b(?:19|20)\d\d,?(?: file)?) (?:photo|image)(?:graph)? (?:made available|provided"
    r"|released|shows)\b"
    r"|\((?:AP Photo\b|Photo by\b|[^()]{1,60}/\s*(?:[^()]{0,40}/\s*)?(?:AP|AFP|Getty Images|Reuters|EPA|Invision"
    r"|Associated Press|Bloomberg)\b)[^()]{0,60}\)"
    r"\s*(?:less|hide caption|(?:[A-Z][\w.'’-]+ ){1,3}(?:AP|AFP|Reuters|Getty Images))?\s*$"
    r"|\bhide caption\s*$|[.!?”\"]\s+less\s*$|(?:\.\.\.|…)\s*more\s*$"
    # ... or in a paper's own credit: the Post's "(Taylor Turner/The Washington Post)", the Times' "... in Hamburg,
    # Germany. Credit Stephen Crowley/The New York Times", China Daily's "... by Cincinnati Zoo. [Photo/Agencies]"
    r"|[.!?”\"]\s+\((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}/(?:The )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\)\s*$"
    r"|[.!?”\"]\s+(?-i:Credit [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:/(?:The )?[A-Z][\w.'’ -]{1,40})?)\s*$"
    r"|[.!?”\"]\s+\[(?:Photo|Video)/[\w .'’-]{2,30}\]\s*$"
    r"|^AFP PHOTO\s*/|/\s*AFP\s*/\s*Getty Images\s*$"  # "AFP PHOTO / Lehtikuva / ... /AFP/Getty Images"
    # Reuters' caption, its photographer after it ("... Vantaa, Finland, July 15, 2018. REUTERS/Kevin Lamarque"),
    # or first, as the HuffPost prints it ("Kim Kyung Hoon / Reuters A man walks past a TV set ...")
    r"|(?-i:\bREUTERS/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: TPX IMAGES OF THE DAY)?)\s*$"
    r"|^(?-i:(?:[A-Z][\w.'’-]+ ){1,4}/ (?:Reuters|AP|AFP|Getty Images|EPA)\s+[A-Z])"
    # a caption that opens with its credit and ends with no stop, as the Sun prints them: "AP:Associated
    # Press Forensics are working at the scene of the crime this morning after last night's atrocity"
    r"|^(?-i:" + PICTURE_CREDIT +
    # a credit that is a site ("matrixpictures.co.uk") or a photographer and an agency ("Starface / eyevine")
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|net|org)|[A-Z][\w.]+ / [\w.]+)"
    r"\s+(?-i:[A-Z0-9])(?:[^.!?]|(?<=\d)\.(?=\d)){30,300}$"
    r"|\s\|\s*(?:AP|AFP|Reuters|Getty Images|Sun-Times|File)(?: file)? photo\s*$"  # the Sun-Times': "... | AP photo"
    # one sentence that tells, in the present, what the picture shows on a day gone: "R. Kelly
    # performs at the BET Awards in Los Angeles in 2013."
    r"|^(?!.*\b(?:\w{3,}ed|was|were|had|did|written)\b)(?=.*\b(?:in|at) (?:the )?(?-i:[A-Z]))"  # and a place named
    r"(?:[^.!?]|(?<=\b[A-Z])\.){0,120}\b(?:performs|speaks|waves|attends|poses|gestures|smiles|greets"
    r"|shakes hands|looks on)\b(?:[^.!?]|(?<=\b[A-Z])\.){0,160}\b(?:19|20)\d\d\.?\s*$"
    # ... or the way Getty's captions end, the day and the place: "President Donald Trump meets Russian
    # President Vladimir Putin during the G20 Summit on July 7, 2017 in Hamburg, Germany."
    r"|^(?!.*\b(?:\w{3,}ed|was|were|had|did|written|met|said|told|took|gave|made|went|came|saw|held|won|lost"
    r"|began|spoke|left|led|sent|spent|struck|wrote|brought|fought|ran|sat|stood|became)\b)"
    r"(?:[^.!?]|(?<=\b[A-Z])\.){10,200}\bon (?:jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d,? in (?-i:[A-Z])[\w.'’ -]{1,40}"
    r"(?:, (?-i:[A-Z])[\w.'’ -]{1,40})?\.\s*$",
    re.I | re.S)

#: A paper's name alone on a line, atop a page copied as text ("The Boston Globe", "THE NEW YORK
#: TIMES"): the masthead, no headline (in a text file only: in HTML a paper's name is a link in a
#: sentence, "<a>The New York Times</a> reported").
MASTHEAD = re.compile(r"^(?:the\s+(?:[A-Z][\w.'’&-]*\s+){1,3}|(?:[A-Z][\w.'’&-]*\s+){2,3})(?:times|globe|post|herald"
                      r"|tribune|journal|news"
                      r"|observer|guardian|telegraph|gazette|chronicle|independent|examiner|inquirer|courier"
                      r"|dispatch|register|bulletin|star-tribune|star tribune)$", re.I)


#: A page's widget copied with its text: its script ("window._taboola = window._taboola || [];
#: _taboola.push({ ... });"), a video player's blurb ("Now Playing: After the NATO summit, ..."),
#: an icon's name written for its font ("more_vert", "play_arrow"; in a text file only: in HTML
#: such a line may be code).
WIDGET_TEXT = re.compile(r"\bwindow\.[\w$]+\s*=|\b[\w$]+\.push\(\s*\{|\bfunction\s*\([^)]*\)\s*\{"
                         r"|^(?:now playing|up next|watch next)\s*:\s|^(?-i:[a-z]+_[a-z_]+|amp)$", re.I)


#: The labels of a page's buttons, players and boxes, and its pictures' credits, each a line of its
#: own in a page copied as text (the asprout/ArticleComparisons scrape: lines on three pages or
#: more). In a text file only: in HTML "Facebook" or "More" alone may be a link inside a sentence.
PAGE_LABEL = re.compile(
    r"^(?:more|fullscreen|expand|image|photo|photos|video|videos|(?:cnn )?map|save|search|pin|none|shares|facebook"
    r"|twitter|whatsapp|e-?mail|print"
    r"|buy photo|close share panel|read full article|posted on|share (?:this )?story|go to permalink|email bio follow"
    r"|[a-z][\w-]{1,30}\.(?:com|net|org|co\.uk)"  # the site's name as its address: "Miami.com"
    r"|(?:published|updated|posted) \d{1,2} (?:mins?|minutes?|hours?|hrs?|days?) ago"  # "Published 33 Mins Ago"
    # a newsletter's sign-up form, line by line (the Times'): "Please verify you're not a robot by clicking the box."
    r"|newsletter sign up|please verify you['’]re not a robot by clicking the box\.|invalid email address\. please "
    r"re-enter\.|you must select a newsletter to subscribe to\.\s+you may opt-out at any time\.|thank you for "
    r"subscribing\.|an error has occurred\. please try again later\.|you are already subscribed to this email\."
    r"|opt out or contact us anytime|open interactive graphic"
    # a finance site's disclaimer: "Disclaimer: This article should not be taken as, and is not intended to
    # provide, investment advice. Please conduct your own thorough research before investing ..."
    r"|disclaimer:\s.{0,200}\binvestment advice\b.{0,200}"
    r"|copyright (?:©\s*)?(?:19|20)\d\d\b.{0,40}|photo illustration:.{0,120}|trending news"
    r"|/\s*(?:ap|afp|reuters|epa|getty images)"  # a credit's tail alone: "/ AP"
    r"|\([\w .'’-]{2,40}/(?:the )?[\w .'’-]{2,40}\)"  # a chart's credit: "(Philip Bump/The Washington Post)"
    r"|[a-z]{3,9}\.? \d{1,2}, (?:19|20)\d\d\d{1,2}:\d\d"  # a video card's day and length: "May 31, 201906:37"
    r"|post to facebook|cancelsend|purchase: order reprint|a a|must watch|just watched|cnn video|cnn livestream"
    r"|(?:advertisement\s*-\s*)?continue reading below|(?:advertisement )?continue reading the main story"
    r"|story continued below|newsletter sign up continue reading the main story\b.{0,900}"  # the NYT's boxes
    r"|enlarge this image toggle caption\b.{0,200}"  # NPR's picture, its credit twice
    r"|\(soundbite of [^()]{2,60}\)"  # NPR's transcript: "(SOUNDBITE OF ARCHIVED RECORDING)"
    r"|npr transcripts are created on a rush deadline\b.{0,600}"  # ... and its note under it
    r"|facebook twitter pinterest\b.{0,300}"  # the Guardian's picture: its share buttons, then its caption
    r"|\[[^\[\]]{10,200}\]"  # the Washington Post's link to another story: "[Five things to remember ...]"
    r"|[^.?]{10,160}\sread more"  # the Guardian's: "Justin Timberlake: Man of the Woods review – ... Read more"
    # the Sun's calls for tips and its list of other stories, the NY Daily News' form
    r"|we pay for (?:your stories|videos)\b.{0,300}|got a story\?.{0,200}|most read in [a-z &]{2,40}\b.{0,800}"
    r"|sign up for breaking news emails\b.{0,120}"
    r"|sign (?:me )?up!?|thank you for signing up!.{0,60}|question of the day|more headlines|related links"
    r"|these are external links and will open in a new window|join the (?:nation's )?conversation"
    r"|connect tweet linkedin(?: \d+)? comment\s*email\s*more|twitter\s?\d[\d,]* (?:re)?tweets"
    r"|media\s*:\s*[\w .-]{2,30}"  # a video player's source ("Media: Euronews")
    r"|(?:image|photo) \d{1,3}\s*of\s*/\s*\d{1,3}|image (?:copyright|caption)\b.{1,200}"
    r"|media playback is unsupported on your device\b.{0,300}"  # the BBC's player, with its video's caption
    r"|credit(?-i:[A-Z])(?:[^.!?]|(?<=\b[A-Z])\.){1,60}|credit:\s.{1,60}"  # "CreditDoug Mills/The New York Times"
    r"|(?:pool )?photo(?:graph)? by\b[^.!?]{2,80}"
    r"|[\w .'’-]{2,40}\s*[,|/]\s*(?:(?:afp|epa|anadolu agency|pool)\s*[/|]\s*)?"
    r"(?:getty images?(?: for [\w .]{2,30})?|epa-efe)"  # a picture's credit: "Sean Gallup, Getty Images"
    r"|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}, (?:AP|AFP|Reuters|EPA))"  # "Pablo Martinez Monsivais, AP"
    r"|[\w .&'’-]{2,30}\s?•"  # a video card's source: "CBS News•"
    r"|.{0,80}\bwith a digital subscription,? you['’]ll never miss\b.{0,40}"
    r"|.{0,80}\benter your email address\b.{0,300}"  # a newsletter's form: "ES News Email Enter your email address ..."
    r"|.{0,300}\bcheck out this story on [\w.-]+:\s*\S+"  # a share box's text, with the story's link
    r"|(?:(?:facebook|e-?mail|twitter|google\+|linkedin|pinterest|whatsapp|reddit|tumblr|print|share)\s*){3,}"
    # a paywall's notes (BLOX sites): "Your current subscription does not provide access to this content. ..."
    r"|(?:please log in, or sign up|to subscribe, click here|already a subscriber|we have used your information to"
    r" see if you have a subscription|your current subscription does not provide access|if you need to purchase a"
    r" subscription|re-enter zip code|please confirm you are in our delivery area|zip code|online access"
    r"|we can[’']t find an? [\w ]{1,30} subscription|we have not been able to find your subscription)\b.{0,200})\W*$",
    re.I)


def copied_page_line(text: str) -> bool:
    """Whether a block of a page copied as text is none of its story: a photo's caption, a
    widget, the paper's masthead, a label of the page's own."""
    return bool(PHOTO_CAPTION.search(text) or WIDGET_TEXT.search(text) or MASTHEAD.match(text)
                or PAGE_LABEL.match(" ".join(text.split())))
