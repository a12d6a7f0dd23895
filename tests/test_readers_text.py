"""The plain-text reader: encodings, line endings, headings, scraped bodies, Gutenberg files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.readers import read
from briefing.readers.text import parse

from .conftest import CORPUS, FIXTURES, SAMPLE, corpus_expected

TEXT = FIXTURES / "text"


def _paragraphs(article):
    return [text for _, _, text in article.paragraphs()]


def test_headings_crlf_and_hard_wrapping():
    article = read(TEXT / "headings-crlf.txt")
    assert article.metadata.title == "Rivers in a Warming Climate"
    assert [s.heading for s in article.sections] == [
        "BACKGROUND", "1. Findings so far", "II. Recommendations", "What happens next"]
    paragraphs = _paragraphs(article)
    assert paragraphs[0] == ("The river has flooded three times since 2019, each time higher than the last,"
                             " and the town has spent most of its reserve on repairs.")
    assert "old mill- stream" not in paragraphs[1] and "\r" not in " ".join(paragraphs)


@pytest.mark.parametrize("name", ["cafe-rules-cp1252.txt", "cafe-rules-utf16.txt"])
def test_encodings_are_detected(name):
    text = " ".join(_paragraphs(read(TEXT / name)))
    assert "Café owners" in text and "“We had a week’s notice,”" in text and "€400" in text


def test_latin1_is_detected():
    assert "Café owners" in " ".join(_paragraphs(read(TEXT / "cafe-rules-latin1.txt")))


def test_soft_hyphens_of_scraped_text_and_markdown_are_dropped(tmp_path):
    """The Washington Post's "on an \u00adUnha-3 rocket" (news-cluster corpus): the renderer broke the
    line at the soft hyphen after the space and printed "an -"; as the HTML reader, none is kept."""
    body = "North Korea put Kwangmyongsong-3 into orbit on an \u00adUnha-3 rocket, said Park \u00adGeun-hye.\n"
    for name, text in (("wapo.txt", "Launch\n\n" + body), ("wapo.md", "# Launch\n\n" + body)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [paragraph] = _paragraphs(read(path))
        assert paragraph == "North Korea put Kwangmyongsong-3 into orbit on an Unha-3 rocket, said Park Geun-hye."


def test_a_reuters_caption_with_its_photographer_is_no_paragraph(tmp_path):
    """Reuters' captions copied into a story, the photographer after them ("... July 15, 2018.
    REUTERS/Kevin Lamarque") or first, as the HuffPost prints them ("Kim Kyung Hoon / Reuters A man
    walks past a TV set ..."): the North Korea pack's timeline printed one as the event of 29 August."""
    path = tmp_path / "huffpost.txt"
    path.write_text(
        "North Korea fired a missile over Japan\n\n"
        "North Korea fired a ballistic missile over Japan's northern Hokkaido island on Tuesday.\n\n"
        "Kim Kyung Hoon / Reuters A man walks past a TV set showing a news report about North Korea's missile "
        "launch in Tokyo, Japan, August 29, 2017. REUTERS/Kim Kyung-Hoon TPX IMAGES OF THE DAY\n\n"
        "Japan's prime minister said the launch was an unprecedented threat.\n\n"
        "First lady Melania Trump walks on the tarmac as she arrives at Helsinki-Vantaa airport in Vantaa, "
        "Finland, July 15, 2018. REUTERS/Kevin Lamarque\n\n"
        "Andrew Kelly / Reuters The Security Council said it was of vital importance that North Korea take "
        "immediate, concrete actions.\n\n"
        "The Security Council met later on Tuesday, diplomats said.\n", encoding="utf-8")
    assert _paragraphs(read(path)) == [
        "North Korea fired a ballistic missile over Japan's northern Hokkaido island on Tuesday.",
        "Japan's prime minister said the launch was an unprecedented threat.",
        "The Security Council met later on Tuesday, diplomats said."]


def test_news_sites_video_boxes_link_runs_and_credited_captions_are_no_paragraphs(tmp_path):
    """From the news-cluster corpus: CNN's video box run into one line and its Messenger promotion, the
    Sun's "Related Stories" links run into a paragraph, the Washington Post's world-desk link, and AP
    captions that end in their credit (one gave a Post briefing its first key point and bottom line), and USA
    Today's video carousel run into one line (its slides were a briefing's key points)."""
    path = tmp_path / "scrape.txt"
    path.write_text(
        "Boko Haram frees 21 Chibok girls\n\n"
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.\n\n"
        "Twenty-one of the schoolgirls kidnapped in Chibok were freed on Thursday, officials said.\n\n"
        "JUST WATCHED Chibok girls' abduction: a timeline of events Replay More Videos ... MUST WATCH Chibok "
        "girls' abduction: a timeline of events 01:26\n\n"
        "Related Stories 'WORST YET TO COME' Boko Haram leader mocks injury claims saying 'I'm in a happy state' "
        "BABY BOMBERS Who are Boko Haram, what do the Nigerian Islamist group want\n\n"
        "CORE OF THE PROBLEM? Apple engineer says pressure to design iPhone is reason I'm divorced KING OF THE "
        "SEA This is how big ichthyosaurs were IPHONE KILLER Samsung Galaxy S9: Can it beat the iPhone X?\n\n"
        "The girls were handed to the Red Cross near the town of Banki.\n\n"
        "Newsletter Sign Up\n\nPlease verify you're not a robot by clicking the box.\n\n"
        "Invalid email address. Please re-enter.\n\nThank you for subscribing.\n\n"
        "Opt out or contact us anytime\n\n"
        "Disclaimer: This article should not be taken as, and is not intended to provide, investment advice. "
        "Please conduct your own thorough research before investing in any cryptocurrency.\n\n"
        "The Lighthouse Winmore, a Hong Kong-flagged ship, is seen in waters off Yeosu, South Korea. South Korean "
        "authorities boarded the tanker, an official said Friday. (Hyung Min-woo/Yonhap via AP)\n\n"
        "Talks on the release of the others go on, the government said.\n\n"
        "Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT ELON MUSK SpaceX 1st: Recycled rocket, "
        "recycled capsule | 2:30 SpaceX has racked up another first. (Dec. 15) AP 1 of 41 Skip in Skip x Embed x "
        "Share CLOSE WHAT YOU NEED TO KNOW ABOUT ELON MUSK Buzz60 2 of 41\n\n"
        "Today's coverage from Post correspondents around the world\n", encoding="utf-8")
    assert _paragraphs(read(path)) == [
        "Twenty-one of the schoolgirls kidnapped in Chibok were freed on Thursday, officials said.",
        "The girls were handed to the Red Cross near the town of Banki.",
        "Talks on the release of the others go on, the government said."]


def test_captions_that_end_in_a_papers_own_credit_go(tmp_path):
    """The Post's "(Taylor Turner/The Washington Post)", the Times' "Credit Doug Mills/The New York Times"
    and China Daily's "[Photo/Agencies]" end a picture's caption: the captions were a briefing's first
    paragraph and key point. A sentence that names a bank called Credit Suisse stays."""
    path = tmp_path / "scrape.txt"
    path.write_text(
        "Summit in Helsinki\n\n"
        "Mr. Trump and his wife, Melania, arriving in Vantaa, Finland, on Sunday. Credit Doug Mills/The New York "
        "Times\n\n"
        "President Trump met President Putin in Helsinki on Monday for their first summit.\n\n"
        "Justin Timberlake performed center stage Feb. 4, headlining the halftime show. (Taylor Turner/The "
        "Washington Post)\n\n"
        "The talks lasted more than two hours, officials said. Credit Suisse said markets barely moved.\n\n"
        "Harambe, a 17-year-old gorilla, is pictured in this undated handout photo. [Photo/Agencies]\n\n"
        "Both leaders then spoke to reporters.\n", encoding="utf-8")
    assert _paragraphs(read(path)) == [
        "President Trump met President Putin in Helsinki on Monday for their first summit.",
        "The talks lasted more than two hours, officials said. Credit Suisse said markets barely moved.",
        "Both leaders then spoke to reporters."]


def test_a_caption_over_its_photo_credit_goes_and_a_paragraph_over_a_bare_image_credit_stays(tmp_path):
    """USA Today sets "(Photo: Andrew Milligan / AP)" under the caption ("President Donald Trump drives
    a golf buggy ... in Turnberry, Scotland on Sunday."), which was a briefing's first key point; the
    Mirror's "(Image: Getty)" marks a picture with no caption, under a paragraph of the story."""
    path = tmp_path / "scrape.txt"
    path.write_text(
        "Trump sets expectations low for summit\n\n"
        "Jill Colvin, Associated Press\n\n"
        "President Donald Trump drives a golf buggy on his golf course in Turnberry, Scotland on Sunday. The "
        "President spent the weekend in Scotland before leaving for Finland.\n\n"
        "(Photo: Andrew Milligan / AP)\n\n"
        "President Donald Trump says nothing bad will come out of his summit with Vladimir Putin on Monday.\n\n"
        "On lap seven the safety car peeled into the pit lane with Hamilton leading.\n\n"
        "(Image: Getty Images)\n\n"
        "Trump spoke in an interview with CBS News, aired on Sunday.\n", encoding="utf-8")
    paragraphs = _paragraphs(read(path))
    assert not any("golf buggy" in p or "Milligan" in p for p in paragraphs), paragraphs
    assert "On lap seven the safety car peeled into the pit lane with Hamilton leading." in paragraphs
    assert paragraphs[-1] == "Trump spoke in an interview with CBS News, aired on Sunday."


def test_a_gallery_caption_set_twice_running_goes_whole(tmp_path):
    """SFGate's gallery sets each caption twice under "Image 2 of 3" ("President Trump walks across
    the tarmac ... in Helsinki, Finland."), which no story does: one copy was kept, the briefing's first
    key point. Both go; the story's paragraphs stay."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Trump lowers expectations for Putin talks\n\n"
        "By Jill Colvin\n\n"
        "1:38 pm PDT, Sunday, July 15, 2018\n\n"
        "Image 2 of 3\n\n"
        "President Trump walks across the tarmac following his arrival on Air Force One in Helsinki, Finland.\n\n"
        "President Trump walks across the tarmac following his arrival on Air Force One in Helsinki, Finland.\n\n"
        "HELSINKI — President Trump arrived in Finland on Sunday for a closely watched summit with Vladimir "
        "Putin, hours after telling an interviewer that he had low expectations.\n\n"
        "Trump flew to Finland, the final stop on a weeklong trip, from Scotland.\n\n"
        "The summit begins on Monday morning.\n", encoding="utf-8")
    paragraphs = _paragraphs(read(path))
    assert not any("tarmac" in p for p in paragraphs), paragraphs
    assert paragraphs[0].startswith("HELSINKI — President Trump arrived in Finland on Sunday")
    assert paragraphs[1:] == ["Trump flew to Finland, the final stop on a weeklong trip, from Scotland.",
                              "The summit begins on Monday morning."]


def test_a_pictures_credit_is_no_title_and_its_caption_goes_with_it(tmp_path):
    """A page copied without its headline opens with a picture's credit and caption: "Kremlin Pool Photo
    via Associated Press/file" was a briefing's title, and under "Andrew Burton | Getty Images" the
    caption "Daniel Ek, CEO and Founder of Spotify" was another's. A post that says "photo via" stays."""
    path = tmp_path / "row_15669.txt"
    path.write_text(
        "Andrew Burton | Getty Images\n\n"
        "Daniel Ek, CEO and Founder of Spotify\n\n"
        "Spotify is abandoning its policy to remove artists from playlists based on their conduct, the music "
        "streaming service announced Friday.\n\n"
        "President @realDonaldTrump and @FLOTUS are wheels down in Helsinki...photo via motorcade en route to "
        "hotel... pic.twitter.com/oLxRy5E\n\n"
        "The company said the policy was worded vaguely.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Row 15669"
    paragraphs = _paragraphs(article)
    assert paragraphs[0].startswith("Spotify is abandoning its policy"), paragraphs
    assert any(p.startswith("President @realDonaldTrump") for p in paragraphs)
    credited = tmp_path / "globe.txt"
    credited.write_text("Kremlin Pool Photo via Associated Press/file\n\n"
                        "WASHINGTON — It was a jarring moment, even for an American leader, officials said.\n\n"
                        "Just a few hours later, the Justice Department issued an indictment.\n", encoding="utf-8")
    assert read(credited).metadata.title == "Globe"
    assert _paragraphs(read(credited))[0].startswith("WASHINGTON — It was a jarring moment")


def test_a_short_line_under_the_storys_first_paragraphs_is_no_headline_and_they_stay(tmp_path):
    """The Sun's text opens with its story; a caption with no stop below two paragraphs ("The handset
    hasn't been announced by Samsung yet") was taken for the page's headline, and the two paragraphs
    above it dropped as another story's: the briefing lost its lede. A headline under one line of the
    site's ("Tap here to turn on desktop notifications ...") is still the page's."""
    path = tmp_path / "leak.txt"
    path.write_text(
        "New images of Samsung's next big smartphone release, the Galaxy S9, have leaked online this week.\n\n"
        "The pictures, from case maker Olixar, were posted on retailer Mobile Fun's website on Thursday.\n\n"
        "The handset hasn't been announced by Samsung yet\n\n"
        "Showing the S9 and S9+ in protective phone cases, the pictures seem to confirm a number of early "
        "rumours concerning the handset's upcoming features.\n\n"
        "Samsung is expected to announce the handset in February, with a dual camera on the larger S9+.\n",
        encoding="utf-8")
    paragraphs = _paragraphs(read(path))
    assert paragraphs[0].startswith("New images of Samsung's next big smartphone release"), paragraphs
    assert paragraphs[1].startswith("The pictures, from case maker Olixar")
    page = tmp_path / "huffpost.txt"
    page.write_text(
        "Tap here to turn on desktop notifications to get the news sent straight to you.\n\n"
        "Spotify Reverses Hateful Conduct Policy After Criticism\n\n"
        "By Willa Frej\n\n"
        "Spotify is reversing its hateful conduct policy after critics said it was too vague and unevenly "
        "applied to artists.\n\n"
        "The company said it would no longer police artists' conduct.\n", encoding="utf-8")
    assert read(page).metadata.title == "Spotify Reverses Hateful Conduct Policy After Criticism"


def test_two_writers_names_alone_under_a_copied_pages_headline_are_its_authors(tmp_path):
    """AP's page sets "JONATHAN LEMIRE and VLADIMIR ISACHENKOV" alone under the headline: the briefing
    named "The Associated Press" from the dateline instead (review 67)."""
    path = tmp_path / "ap.txt"
    path.write_text(
        "What Trump and Putin hope to achieve at Helsinki summit\n\n"
        "JONATHAN LEMIRE and VLADIMIR ISACHENKOV\n\n,\n\n•\n\nJuly 15, 2018\n\n"
        "HELSINKI (AP) — The outcome of the first summit between Trump and Putin in Helsinki may depend on "
        "what each of them hopes to achieve from the meeting.\n\n"
        "What Trump wants from Russia has long been one of the great mysteries of his presidency.\n",
        encoding="utf-8")
    article = read(path)
    assert [a.name for a in article.metadata.authors] == ["Jonathan Lemire", "Vladimir Isachenkov"]
    assert article.metadata.title == "What Trump and Putin hope to achieve at Helsinki summit"


def test_a_broadcasters_speaker_and_role_alone_on_a_line_is_no_heading(tmp_path):
    """NPR's transcripts set "ARI SHAPIRO, HOST:" on a line of its own over the host's opening, the
    other turns inline ("SHAPIRO: ..."): the Nice pack printed the label as a heading."""
    path = tmp_path / "npr.txt"
    path.write_text("President Obama Briefed On Truck Attack In Nice\n\nARI SHAPIRO, HOST:\n\n"
                    "Scores of people are dead after a truck plowed into a crowd along a boardwalk in Nice.\n\n"
                    "SCOTT HORSLEY, BYLINE: Well, we know that the president was informed of events in Nice.\n\n"
                    "SHAPIRO: Do we expect him to make a public statement tonight?\n", encoding="utf-8")
    article = read(path)
    assert all(section.heading is None for section in article.sections)
    assert _paragraphs(article)[0] == ("ARI SHAPIRO, HOST: Scores of people are dead after a truck plowed into a "
                                       "crowd along a boardwalk in Nice.")


def test_a_file_named_by_a_number_is_titled_by_its_first_words(tmp_path):
    """A scrape's row saved as "7271.txt", its text under a "comments" label and no headline: the
    Spotify pack printed "7271" as a title in its contents, running heads and source list."""
    path = tmp_path / "7271.txt"
    path.write_text("comments\n\nSpotify is backtracking on a recent anti-hate policy after coming in for criticism "
                    "from music industry figures. The policy created confusion.\n\n"
                    "The original move followed a campaign by the Time's Up movement.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Spotify is backtracking on a recent anti-hate policy after coming in for…"
    assert "title is taken from the text's first words" in " ".join(article.metadata.warnings)
    assert _paragraphs(article)[0].startswith("Spotify is backtracking")
    named = tmp_path / "my-article_draft.txt"
    named.write_text("comments\n\nSpotify is backtracking on a recent anti-hate policy.\n", encoding="utf-8")
    assert read(named).metadata.title == "My article draft"


def test_a_no_break_space_beside_a_space_is_one_space(tmp_path):
    """CNET's "a new\u00a0 policy \u00a0addressing hate speech" printed two spaces between words in
    the Spotify pack (reviewer); a no-break space alone ("10\u00a0km") stays."""
    path = tmp_path / "cnet.txt"
    path.write_text("Spotify policy\n\nSpotify initiated a new\u00a0 policy \u00a0addressing hate speech "
                    "10\u00a0km away.\n", encoding="utf-8")
    assert _paragraphs(read(path)) == ["Spotify initiated a new policy addressing hate speech 10\u00a0km away."]


def test_a_word_a_pdfs_ligature_broke_is_made_whole(tmp_path):
    """China Daily's print edition copied as text: "forensic offi cers", "a Bastille Day fi reworks
    display"; "sci-fi", "@hsfi", "Gaddafi" and a wifi network stay as they are."""
    path = tmp_path / "chinadaily.txt"
    path.write_text("Truck attack in Nice\n\nForensic offi cers stood by the truck after the Bastille Day fi reworks "
                    "display, as the sci-fi fans of @hsfi want, near Gaddafi forces and the wifi network.\n",
                    encoding="utf-8")
    assert _paragraphs(read(path)) == ["Forensic officers stood by the truck after the Bastille Day fireworks display, "
                                       "as the sci-fi fans of @hsfi want, near Gaddafi forces and the wifi network."]


def test_an_ap_caption_that_names_its_photo_first_is_no_paragraph(tmp_path):
    """The Washington Post's AP story on Falcon Heavy opened with its photo's caption ("This Dec. 28,
    2017 photo made available by SpaceX shows ..."), which the pack's timeline printed as an event."""
    path = tmp_path / "spacex.txt"
    path.write_text(
        "This Dec. 28, 2017 photo made available by SpaceX shows a Falcon Heavy rocket in Cape Canaveral, Fla. "
        "With more than 5 million pounds of liftoff thrust the Heavy will lift super-size satellites. "
        "(SpaceX via AP) (Associated Press)\n\n"
        "CAPE CANAVERAL, Fla. — SpaceX's hot new monster rocket makes its launch debut this week.\n\n"
        "This undated photo provided by the Cincinnati Zoo shows Harambe, a western lowland gorilla.\n\n"
        "The rocket will lift off from the same pad that hoisted men to the moon a half-century ago.\n",
        encoding="utf-8")
    assert _paragraphs(read(path)) == [
        "CAPE CANAVERAL, Fla. — SpaceX's hot new monster rocket makes its launch debut this week.",
        "The rocket will lift off from the same pad that hoisted men to the moon a half-century ago."]


def test_the_furniture_of_the_nyt_npr_the_guardian_and_the_post_is_no_paragraph(tmp_path):
    """Lines the packs' review found in scraped stories, printed as paragraphs, headings or key
    messages: the NYT's advertisement and newsletter boxes, NPR's picture toggle, transcript
    cue and transcript note, the Guardian's share buttons over a caption and its "Read more" links, the Washington
    Post's bracketed link to another story, the Sun's calls for tips and list of other stories,
    the NY Daily News' sign-up form, the NYT's "Video" label and USA Today's credit under a picture
    ("Pablo Martinez Monsivais, AP"), which were headings, and CNET's and CBS's publication notes."""
    story = ["Broadcom raised its offer for Qualcomm to $82 a share on Monday, its best and final bid.",
             "Qualcomm said its board would review the proposal and respond in due course.",
             "The two companies have traded letters since November, when Broadcom made its first offer."]
    furniture = ["Advertisement Continue reading the main story",
                 "Newsletter Sign Up Continue reading the main story Get the Morning Briefing by Email What you need "
                 "to know to start your day. Please verify you're not a robot by clicking the box. Invalid email "
                 "address. Please re-enter. Sign Up",
                 "Enlarge this image toggle caption Brendan Smialowski/Getty Images Brendan Smialowski/Getty Images",
                 "(SOUNDBITE OF ARCHIVED RECORDING)",
                 "NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor, and produced "
                 "using a proprietary transcription process developed with NPR. This text may not be in its final "
                 "form and may be updated or revised in the future.",
                 "Facebook Twitter Pinterest Justin Timberlake performs during half-time. Photograph: Matt York/AP",
                 "The 10 greatest Super Bowl half-time shows - Ranked! Read more",
                 "[Five very important questions about Justin Timberlake's Super Bowl halftime show]",
                 "We pay for your stories! Do you have a story for The Sun Online news team? Email us at "
                 "tips@the-sun.co.uk or call 0207 782 4368.",
                 "MOST READ IN TV & SHOWBIZ PLATT'S NOT ALL Martin Platt returns to Corrie with a new girlfriend",
                 "Got a story? email digishowbiz@the-sun.co.uk or call us direct on 02077824220.",
                 "Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!",
                 "Video", "Pablo Martinez Monsivais, AP", "Originally published May 30 at 10:25 p.m. PT.",
                 "Update May 31 at 5:05 a.m. PT: Adds background.", "First published on May 31, 2019 / 10:50 AM"]
    path = tmp_path / "broadcom.txt"
    path.write_text("\n\n".join([story[0], *furniture[:5], story[1], *furniture[5:], story[2]]) + "\n",
                    encoding="utf-8")
    assert _paragraphs(read(path)) == story
    assert all(section.heading is None for section in read(path).sections)


def test_a_gallery_of_one_slide_a_paragraph_is_no_text_and_a_page_of_it_alone_says_so(tmp_path):
    """CNN's "Photos: Shocking celebrity splits ... Hide Caption 12 of 59", a slide a paragraph: the
    captions of other couples' break-ups were the key messages and the timeline of a Silverman story."""
    slides = [f"Photos: Shocking celebrity splits The couple married in {2000 + n} and split {n} years later, "
              f"their publicist said in a statement. Hide Caption {n} of 59" for n in range(1, 6)]
    story = "Sarah Silverman and Michael Sheen have split after four years together, she said on Monday."
    path = tmp_path / "cnn.txt"
    path.write_text("Celebrity splits\n\n" + "\n\n".join([story, *slides]) + "\n", encoding="utf-8")
    article = read(path)
    assert _paragraphs(article) == [story]
    assert not any("no article text" in w for w in article.metadata.warnings)
    path.write_text("\n\n".join(slides) + "\n", encoding="utf-8")  # the headline in its sidecar, as scraped
    (tmp_path / "cnn.briefing.yaml").write_text("title: Sarah Silverman and Michael Sheen split\n", encoding="utf-8")
    article = read(path)
    assert _paragraphs(article) == []
    assert any(w.startswith("no article text was found") for w in article.metadata.warnings)


def test_scraped_body_title_falls_back_to_the_file_name():
    article = read(TEXT / "scraped-body.txt")
    assert article.metadata.title == "Scraped body"
    assert "Officials said on Monday" in _paragraphs(article)[0]
    assert not any("Topics:" in p for p in _paragraphs(article))
    assert "no author found" in article.metadata.warnings


def test_gutenberg_header_and_licence():
    article = read(TEXT / "gutenberg-tides.txt")
    meta = article.metadata
    assert (meta.title, meta.author_names, meta.date) == ("A Short Essay on Tides", "Jane Example", "2006-03-03")
    assert meta.reader == "gutenberg text"
    assert _paragraphs(article) == [
        "The tide comes in twice a day, and the harbour master writes down its height each time,"
        " as his father did before him in 1890.",
        "Nobody in the village remembers a year when the spring tides failed."]
    assert [s.heading for s in article.sections] == [None]


def test_a_year_line_is_not_a_heading(tmp_path):
    page = tmp_path / "essay.txt"
    page.write_text("An Essay\n\n1849, original title: Resistance\n\nThe body of the essay goes here.\n")
    assert [s.heading for s in read(page).sections] == [None]


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "text").glob("*.txt")))
def test_corpus_texts(name):
    expected = corpus_expected(f"text/{name}")
    article = read(CORPUS / "text" / name)
    meta = article.metadata
    paragraphs = _paragraphs(article)
    if expected["title"] is None:
        assert meta.title not in " ".join(paragraphs[:1])
        assert "title is taken from the file name" in " ".join(meta.warnings)
    else:
        assert meta.title == expected["title"]
    assert (meta.author_names or None) == expected["author"]
    assert meta.date == expected["date"]
    assert sum(1 for s in article.sections if s.heading) >= expected["min_sections"]
    assert bool(article.bio) == expected["has_bio"]
    body = " ".join(paragraphs + [s.heading or "" for s in article.sections])
    for year in expected["years"]:
        assert str(year) in body
    for phrase in ("Project Gutenberg", "Topics:", "Correction:"):
        assert phrase not in body


@pytest.mark.corpus
def test_manifesto_headings():
    headings = [s.heading for s in read(CORPUS / "text" / "gutenberg-61-communist-manifesto.txt").sections]
    assert "IV. POSITION OF THE COMMUNISTS IN RELATION TO THE VARIOUS EXISTING OPPOSITION PARTIES" in headings
    assert not any(h and h.startswith(("I. Communism", "II. It is")) for h in headings)


# --- shape of the sample and the basics (from the foundation) ---

def test_sample_structure():
    article = read(SAMPLE)
    assert article.metadata.title == "Does China Care About North Korea"
    assert [s.heading for s in article.sections][0] == "Background"
    assert len(article.sections) == 17
    assert all(len(s.blocks) == 1 for s in article.sections)
    assert article.metadata.author_names == "Cassie Grissom"
    assert article.bio.endswith("plight of its citizens.")
    assert not any("Leave a Comment" in b.text for s in article.sections for b in s.blocks)


def test_sidecar_is_merged():
    article = read(SAMPLE)
    given = [e for e in article.timeline if e.origin == "given"]
    assert [e.date for e in given][:3] == ["1950-10", "1953-07-27", "1958"]
    assert len(given) == 9


def test_debris_after_the_bio_and_hard_wrapped_lines():
    text = ("A Title Line\n\nFirst Heading\n\nThis paragraph is hard\nwrapped over three\nlines of text.\n\n"
            "Jane Roe is a senior fellow at the Example Institute.\n\nShare this:\n\nTweet\n\nLeave a Reply\n")
    article = parse(text, Path("a.txt"))
    assert article.sections[0].heading == "First Heading"
    assert article.sections[0].blocks[0].text == "This paragraph is hard wrapped over three lines of text."
    assert article.metadata.author_names == "Jane Roe"
    assert article.bio == "Jane Roe is a senior fellow at the Example Institute."


def test_a_country_is_not_an_author():
    text = "Title\n\nBody\n\nSome text here that ends.\n\nNorth Korea is a country in East Asia with a long history.\n"
    article = parse(text, Path("a.txt"))
    assert article.bio is None


def test_no_title_line_falls_back_to_file_name():
    text = "This scraped body starts with a full sentence. It has no title line at all.\n\nMore text.\n"
    article = parse(text, Path("scraped-body.txt"))
    assert article.metadata.title == "Scraped body"
    assert "no title line" in " ".join(article.metadata.warnings)


@pytest.mark.parametrize("top, authors, date", [
    ("By Ann Author", ["Ann Author"], None),
    ("BY ANN AUTHOR", ["Ann Author"], None),  # capitalised, as the HTML reader does
    ("Author: Ann Author\nMarch 3, 2021", ["Ann Author"], "2021-03-03"),
    ("By Ann Author and Bo de la Writer | Tuesday, 3 March 2021", ["Ann Author", "Bo de la Writer"], "2021-03-03"),
    ("Published: 3 March 2021\n\nWritten by Ann Author", ["Ann Author"], "2021-03-03"),
    # a wire writer's role with no comma before it (review 67: the author was left out)
    ("By ROBERT BURNS AP National Security Writer\n\nJuly 14, 2018", ["Robert Burns"], "2018-07-14"),
    # the site's name as its address, and a stamp that counts minutes, above the story: no headings
    ("Miami.com\n\nBy Ann Author\n\nPublished 33 Mins Ago", ["Ann Author"], None),
])
def test_a_byline_and_dateline_under_the_title_give_the_author_and_date(top, authors, date):
    text = f"Harbour Plan\n\n{top}\n\nThe council approved the plan after a long debate.\n\nWork starts soon.\n"
    article = parse(text, Path("harbour.txt"))
    assert [a.name for a in article.metadata.authors] == authors
    assert article.metadata.date == date
    assert "no author found" not in article.metadata.warnings
    body = [b.text for s in article.sections for b in s.blocks]
    assert body == ["The council approved the plan after a long debate.", "Work starts soon."]
    assert all(s.heading is None for s in article.sections)  # the byline is no heading


@pytest.mark.parametrize("line", ["By Tuesday the council will vote.", "By the way", "By 2030",
                                  "Author: see the note at the end of this article."])
def test_a_line_that_only_starts_like_a_byline_stays_in_the_article(line):
    text = f"Harbour Plan\n\n{line}\n\nThe council approved the plan after a long debate.\n"
    article = parse(text, Path("harbour.txt"))
    assert article.metadata.authors == ()
    kept = [b.text for s in article.sections for b in s.blocks] + [s.heading for s in article.sections]
    assert line in kept


def test_a_government_record_reads_as_its_document():
    """The Daily Compilation of Presidential Documents' shape (issue 14): the collection
    header is not the title, the date under the title is the date, speaker labels and
    cut-off interjections are not headings, and the trailing index is not body text."""
    article = read(FIXTURES / "dcpd-shape.txt")
    meta = article.metadata
    assert meta.title == "Address Before a Joint Session of the Congress on the State of the Union"
    assert meta.date == "2022-03-01"
    assert all(s.heading is None for s in article.sections)
    body = [b.text for s in article.sections for b in s.blocks]
    assert body[0].startswith("The President. Thank you all") and "Look, economists——" in body
    assert not any(t.startswith(("Categories:", "Names:", "Subjects:", "DCPD Number:")) for t in body)


def test_a_file_name_is_no_source(tmp_path):
    """A masthead line "Source: notes.txt" tells the reader nothing (issue 14)."""
    article = parse("Harbour Plan\n\nThe council approved the plan on 3 May 2021.\n", Path("notes.txt"))
    assert article.metadata.source is None


def test_gutenberg_underscores_are_emphasis_not_text():
    text = ("*** START OF THE PROJECT GUTENBERG EBOOK LETTERS ***\n\nLetters\n\n"
            "He read _The Times_ every day, and said it was *not* enough for a_b_c readers.\n\n"
            "More text follows here, long enough to be a paragraph of the book.\n\n"
            "*** END OF THE PROJECT GUTENBERG EBOOK LETTERS ***\n")
    article = parse(text, Path("letters.txt"))
    block = article.sections[0].blocks[0]
    assert block.text == "He read The Times every day, and said it was not enough for a_b_c readers."
    assert "<em>The Times</em>" in block.html and "<strong>not</strong>" in block.html


def test_a_books_set_in_examples_and_bold_sentences_head_nothing():
    """The Elements of Style sets its examples in ("  Burns's poems") and its entries in
    =bold=: neither is a heading once the indent is gone (issue 14)."""
    text = ("*** START OF THE PROJECT GUTENBERG EBOOK STYLE ***\n\nThe Style\n\nI. INTRODUCTORY\n\n"
            "Form the possessive singular of nouns by adding 's. Thus write,\n\n  Charles's friend\n\n"
            "  Burns's poems\n\nThis is the usage of the Government Printing Office and of the press.\n\n"
            "  Acts of a hostile character\n\n    Hostile acts\n\n"
            "=Participle for verbal noun.=\n\n  Do you mind me asking a question?\n\n"
            "=Claim, vb.= With object-noun, means _lay claim to_, and nothing more than that.\n\n"
            "II. ELEMENTARY RULES\n\nMore text follows here, long enough to be a paragraph of the book.\n\n"
            "*** END OF THE PROJECT GUTENBERG EBOOK STYLE ***\n")
    article = parse(text, Path("style.txt"))
    assert [s.heading for s in article.sections if s.heading] == ["I. INTRODUCTORY", "II. ELEMENTARY RULES"]
    blocks = [b for s in article.sections for b in s.blocks]
    assert [b.text for b in blocks][1:3] == ["Charles's friend", "Burns's poems"]
    claim = next(b for b in blocks if "Claim" in b.text)
    assert claim.text.startswith("Claim, vb. With object-noun") and "<strong>Claim, vb.</strong>" in claim.html


SPEECH = ("President: Harry S. Truman\n\nMy fellow countrymen:  \n"
          "At noon today I sent to Congress a message vetoing the Taft-Hartley labor bill, because I am convinced "
          "it is a bad bill for labor, for management and for the country.  \n"
          "I had hoped that the Congress would send me a labor bill I could sign.  \n"
          "I have said before, and I say it now, that we need legislation to correct abuses.\n")


def test_a_speaker_line_above_a_transcript_gives_its_author_not_its_title():
    article = parse(SPEECH, Path("truman-1947-veto.txt"))
    assert [a.name for a in article.metadata.authors] == ["Harry S. Truman"]
    assert article.metadata.title == "Truman 1947 veto"
    assert any("no title line" in w and "--title" in w for w in article.metadata.warnings)
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    # written one paragraph a line: each line is its own paragraph
    assert paragraphs[0] == "My fellow countrymen:"
    assert paragraphs[-1].startswith("I have said before") and len(paragraphs) == 4
    assert not any("President:" in p for p in paragraphs)


def test_a_transcript_title_names_its_speaker_and_its_clock_lines_go():
    text = ("PRESIDENT GEORGE W. BUSH'S ADDRESS BEFORE A JOINT SESSION OF THE CONGRESS ON THE STATE OF THE UNION\n"
            " \nFebruary 2, 2005\n\n\n9:10 P.M. EST \n\n"
            "THE PRESIDENT: Mr. Speaker, Vice President Cheney, members of Congress, fellow citizens:\n\n"
            "As a new Congress gathers, all of us in the elected branches of government share a great privilege.\n\n"
            "Thank you, and may God bless America. (Applause.)\n\nEND 10:03 P.M. EST\n")
    article = parse(text, Path("sotu.txt"))
    assert [a.name for a in article.metadata.authors] == ["George W. Bush"]
    assert article.metadata.date == "2005-02-02"
    printed = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "P.M. EST" not in printed
    assert printed.endswith("(Applause.)")
    assert not any(s.heading for s in article.sections)


def test_lines_of_a_hard_wrapped_block_stay_one_paragraph():
    text = ("Harbour plan\n\nThe council approved the dredging plan on Tuesday after a long debate in the\n"
            "chamber, and work on the outer bar starts in May. It is to take about eighteen months.\n")
    article = parse(text, Path("notes.txt"))
    assert len([b for s in article.sections for b in s.blocks]) == 1


BOOK = """The Project Gutenberg EBook of As a Harbour Thinketh, by Jane Example

Title: As a Harbour Thinketh

Author: Jane Example

Release Date: March 3, 2006 [EBook #99999]

*** START OF THIS PROJECT GUTENBERG EBOOK AS A HARBOUR THINKETH ***

This eBook was prepared by A. Volunteer.

AS A HARBOUR THINKETH

BY

JANE EXAMPLE

  _The tide comes in and the tide goes out, and the harbour
  keeps its counsel through them all, as harbours always have._

Authorized Edition

New York

17 January 1944

CONTENTS

THE FIRST TIDE

THE SECOND TIDE

FOREWORD

This little volume is the result of a long life by the sea, and
of many evenings spent on the quay with the harbour master.

JANE EXAMPLE.

BROAD QUAY,

ENGLAND

[Illustration: The harbour at dawn,
seen from the lighthouse]

AS A HARBOUR THINKETH

CHAPTER I

THE FIRST TIDE

The first tide of the year came in on a cold morning, and the boats
lifted off the mud one after another as they always had.

       *       *       *       *       *

The second boat was the last to lift, and its crew cheered.

CHAPTER II

THE SECOND TIDE

The second tide came in at night, and nobody saw it but the keeper.

*** END OF THIS PROJECT GUTENBERG EBOOK AS A HARBOUR THINKETH ***
"""


def test_a_books_title_page_contents_and_furniture_are_not_printed():
    article = parse(BOOK, Path("harbour.txt"))
    assert article.metadata.date == "1944-01-17"  # the title page dates the work; the release date does not
    assert [s.heading for s in article.sections if s.heading] == [
        "FOREWORD", "CHAPTER I. THE FIRST TIDE", "CHAPTER II. THE SECOND TIDE"]
    printed = [b.text for s in article.sections for b in s.blocks]
    # the epigraph stays, its italics read as emphasis; the signature is text, not headings
    assert printed[0].startswith("The tide comes in and the tide goes out")
    assert "JANE EXAMPLE." in printed and "ENGLAND" in printed
    joined = " ".join(printed)
    for furniture in ("Authorized Edition", "New York", "CONTENTS", "prepared by", "Illustration", "* *",
                      "lighthouse"):
        assert furniture not in joined
    assert joined.endswith("nobody saw it but the keeper.")


def test_a_question_cut_off_in_a_press_conference_is_no_heading():
    text = ("President: Bill Clinton\n\nThe President. Thank you all for coming here today on such short notice; "
            "I want to say a word about the policy we announced this morning before I take your questions.  \n"
            "Q. But do you think that you hadn't examined the practical problems\u2014  \n"
            "The President. No, I think we examined them very carefully over the last six months.  \n")
    article = parse(text, Path("clinton-1993.txt"))
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for s in article.sections for b in s.blocks][1].startswith("Q. But do you think")


def test_a_book_by_two_authors_names_both():
    book = BOOK.replace("Author: Jane Example", "Author: Annie Fellows Johnston and Albion Fellows Bacon")
    article = parse(book, Path("winsome.txt"))
    assert [a.name for a in article.metadata.authors] == ["Annie Fellows Johnston", "Albion Fellows Bacon"]


def test_a_title_page_line_that_is_part_of_the_title_is_no_heading():
    book = (BOOK.replace("Title: As a Harbour Thinketh", "Title: Complete Version of ye Three Blind Mice")
            .split("This eBook was prepared")[0]
            + "  _Complete Version of ye_\n\n  THREE BLIND MICE\n\n"
            "  _by John W. Ivimey_\n  _Illustrated by Walton Corbould_\n\n"
            "Three blind mice, see how they run! They all ran after the farmer's wife, who cut off their tails.\n\n"
            "*** END OF THIS PROJECT GUTENBERG EBOOK AS A HARBOUR THINKETH ***\n")
    article = parse(book, Path("mice.txt"))
    assert article.metadata.title == "Complete Version of ye Three Blind Mice"
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_record_s_statement_without_a_day_of_its_own_takes_the_issue_s():
    text = ("[Congressional Record Volume 151, Number 68 (Friday, May 20, 2005)]\n[Senate]\n[Pages S5581-S5582]\n"
            "From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]\n\n"
            "      STATEMENTS ON INTRODUCED BILLS AND JOINT RESOLUTIONS\n\n"
            "  Mr. CORNYN. Mr. President, I rise today to introduce a bill that protects American goods\n"
            "and services from trafficking in counterfeit marks, a problem that grows every year.\n"
            "  The bill closes a loophole that lets counterfeiters escape prosecution [[Page S5582]] when\n"
            "they sell labels apart from the goods they are meant for.\n")
    article = parse(text, Path("crec.txt"))
    assert article.metadata.title == "STATEMENTS ON INTRODUCED BILLS AND JOINT RESOLUTIONS"
    assert article.metadata.date == "2005-05-20"
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert len(paragraphs) == 2 and "[[Page" not in " ".join(paragraphs)
    assert "prosecution when they sell labels" in paragraphs[1]


def test_a_transcript_s_bracketed_cues_are_no_government_record():
    text = "[Music]\n[Applause]\n\nThank you all. We opened the new harbour today, and it is ours.  ''Yes'' he said.\n"
    article = parse(text, Path("talk.txt"))
    assert "''Yes''" in " ".join(b.text for s in article.sections for b in s.blocks)


def test_a_heading_listed_mid_book_deletes_nothing_before_it():
    book = BOOK.replace("The second boat was the last to lift, and its crew cheered.",
                        "The second boat was the last to lift.\n\nILLUSTRATIONS\n\nThe harbour at dawn\n\n"
                        "The boats were drawn by the keeper's daughter over many long winters.")
    article = parse(book, Path("harbour.txt"))
    headings = [s.heading for s in article.sections if s.heading]
    assert headings[:2] == ["FOREWORD", "CHAPTER I. THE FIRST TIDE"] and headings[-1] == "CHAPTER II. THE SECOND TIDE"
    assert "The second boat was the last to lift." in [b.text for s in article.sections for b in s.blocks]


def test_a_long_caption_wrapped_in_a_list_of_illustrations_goes_with_the_list():
    # "BY THE SIDE OF THE HEARSE ... WITH / LIGHTED TORCHES" ended the list early, and the
    # entry before it was printed as the book's first heading
    book = BOOK.replace("CONTENTS\n\nTHE FIRST TIDE\n\nTHE SECOND TIDE\n\n",
                        "LIST OF ILLUSTRATIONS\n\n\"THE BOATS LIFTED ONE AFTER ANOTHER\"\n\n"
                        "\"CHAINED TO THE QUAY WAS A GAUNT OLD HULL\"\n\n"
                        "\"BY THE SIDE OF THE HARBOUR AND THE BOATS WALKED THE KEEPERS WITH\n"
                        "LIGHTED TORCHES\"\n\n\"THE MOON CAME OUT FROM BEHIND A CLOUD\"\n\n")
    more = "".join(f"The keepers lit lamp number {n} on the quay, and the boats came home.\n\n" for n in range(60))
    book = book.replace("*** END OF", more + "*** END OF")  # a book's front is a small part of it
    article = parse(book, Path("harbour.txt"))
    headings = [s.heading for s in article.sections if s.heading]
    assert headings[0] == "FOREWORD" and not any("HULL" in h or "MOON" in h for h in headings)
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "LIGHTED TORCHES" not in text and "This little volume is the result" in text


def test_a_bill_s_section_heading_wrapped_over_two_lines_is_one_heading():
    text = ("      STATEMENTS ON INTRODUCED BILLS AND JOINT RESOLUTIONS\n\n"
            "  Mr. CORNYN. Mr. President, I rise today to introduce a bill that protects American goods\n"
            "and services from trafficking in counterfeit marks, a problem that grows every year.\n\n"
            "     SECTION. 1. SHORT TITLE.\n\n"
            "       This Act may be cited as the Protecting American Goods and Services Act of 2005.\n\n"
            "     SEC. 2. PROHIBITION ON TRAFFICKING OF CERTAIN GOODS AND \n"
            "                   SERVICES.\n\n"
            "       (a) In General.--Section 2320 of title 18, United States Code, is amended.\n")
    article = parse(text, Path("crec.txt"))
    assert [s.heading for s in article.sections if s.heading] == [
        "SECTION. 1. SHORT TITLE.", "SEC. 2. PROHIBITION ON TRAFFICKING OF CERTAIN GOODS AND SERVICES."]


def test_a_numbered_sentence_in_capitals_is_no_heading():
    text = ("The notice was read aloud at the start of the meeting by the clerk.\n\n"
            "1. THE COMMITTEE SHALL MEET ON THE FIRST MONDAY OF EACH MONTH AND\n"
            "REPORT TO THE COUNCIL.\n\n"
            "The members agreed to the rule without a vote, and the meeting went on.\n")
    article = parse(text, Path("notice.txt"))
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_transcript_a_paragraph_a_line_keeps_its_paragraphs_and_its_heading():
    # Nixon, 1974: one paragraph a line, a "QUESTIONS" heading, lines ending on
    # "[Laughter]" and one whose period the transcriber dropped
    said = ("The President: Ladies and gentlemen, before going to your questions, I have a brief report on "
            "the energy situation and the progress we have made to date on it.  ")
    lines = [said.replace("report", f"report number {n}") for n in range(6)]
    lines += ["QUESTIONS  ",
              "The President: Miss Thomas, I think you are number one tonight, and I am glad to see you here.  ",
              "Q: Mr. President, would you be willing to waive executive privilege to give the committee what it "
              "wants from the White House?  ",
              "The President: Well, this is a question which you very properly bring to the attention of the "
              "Nation, as a number of people have  ",
              "The President: The others weren't political? [Laughter]  ",
              "The President: Well, if he isn't listening to this program, I will report to him just what you said "
              "tonight. [Laughter]  "]
    article = parse("President: Richard Nixon\n\n" + "\n".join(lines) + "\n", Path("nixon-1974.txt"))
    assert [s.heading for s in article.sections] == [None, "QUESTIONS"]
    assert [len(s.blocks) for s in article.sections] == [6, 5]


def test_a_title_page_with_the_fuller_title_a_credit_and_an_imprint_prints_none_of_them():
    book = ("The Project Gutenberg EBook of An Occurrence at Owl Creek, by Ambrose Bierce\n\n"
            "Title: An Occurrence at Owl Creek\n\nAuthor: Ambrose Bierce\n\n"
            "*** START OF THIS PROJECT GUTENBERG EBOOK AN OCCURRENCE AT OWL CREEK ***\n\n"
            "AN OCCURRENCE AT OWL CREEK BRIDGE\n\nby\n\nAmbrose Bierce\n\nTHE MILLENNIUM FULCRUM EDITION, 1988\n\n"
            "A man stood upon a railroad bridge in northern Alabama, looking down into the swift water below.\n\n"
            "II\n\nPeyton Farquhar was a well to do planter, of an old and highly respected Alabama family.\n\n"
            "*** END OF THIS PROJECT GUTENBERG EBOOK AN OCCURRENCE AT OWL CREEK ***\n")
    article = parse(book, Path("owl.txt"))
    assert article.metadata.title == "An Occurrence at Owl Creek"
    assert [s.heading for s in article.sections] == [None, "II"]
    assert article.sections[0].blocks[0].text.startswith("A man stood upon a railroad bridge")


def test_a_first_chapter_named_for_the_press_stays_a_heading():
    book = BOOK.replace("CHAPTER I\n\nTHE FIRST TIDE", "CHAPTER I\n\nTHE PRESS GANG")
    headings = [s.heading for s in parse(book, Path("harbour.txt")).sections if s.heading]
    assert "CHAPTER I. THE PRESS GANG" in headings


def test_a_white_house_release_header_gives_date_and_address_and_its_title_line_is_the_title():
    text = ("Cite: \nhttp://www.whitehouse.gov/the-press-office/2013/08/09/remarks-president-press-conference\n"
            "August 09, 2013          \nFor Immediate Release          \n\n"
            "Remarks by the President in a Press Conference\n\nThe White House\nOffice of the Press Secretary\n\n"
            "East Room\n\n3:09 P.M. EDT\n\n"
            "THE PRESIDENT: Good afternoon, everybody. Please have a seat and we will begin.\n\n"
            "Over the past few weeks, I have been talking about what should be our first priority.\n\n"
            "END 4:10 P.M. EDT\n")
    article = parse(text, Path("obama-2013.txt"))
    assert article.metadata.title == "Remarks by the President in a Press Conference"
    assert article.metadata.date == "2013-08-09"
    assert article.metadata.url.startswith("http://www.whitehouse.gov/")
    printed = [b.text for s in article.sections for b in s.blocks]
    assert printed[0].startswith("THE PRESIDENT: Good afternoon")
    assert not any(s.heading for s in article.sections)
    assert not any("Cite" in p or "Press Secretary" in p or "END" in p for p in printed)


def test_speaker_labels_on_lines_of_their_own_label_their_paragraphs():
    text = ("Press conference, Washington\n\nCan I just say, before I start, how horrified I am at the news.\n\n"
            "JOURNALIST:\n\nWhat was your action when you saw that [inaudible]\n\nPRIME MINISTER:\n\n"
            "Dreadful, just appalling, awful.\n\nwww.pm.gov.au\n\nJOURNALIST:\n\nAre you taking advice?\n")
    article = parse(text, Path("howard.txt"))
    assert [s.heading for s in article.sections if s.heading] == []
    assert [b.text for s in article.sections for b in s.blocks] == [
        "Can I just say, before I start, how horrified I am at the news.",
        "JOURNALIST: What was your action when you saw that [inaudible]",
        "PRIME MINISTER: Dreadful, just appalling, awful.",
        "JOURNALIST: Are you taking advice?"]


def test_a_plain_text_transcript_s_yaml_header_gives_title_and_date():
    text = ('---\ntitle: "Transcript of press conference: 11 September 2001: Washington D.C."\n'
            'date: "2001-09-11"\n---\n\nCan I just say, before I start, how horrified I am at the news.\n')
    article = parse(text, Path("howard.txt"))
    assert article.metadata.title == "Transcript of press conference: 11 September 2001: Washington D.C."
    assert article.metadata.date == "2001-09-11"
    assert [b.text for s in article.sections for b in s.blocks] == [
        "Can I just say, before I start, how horrified I am at the news."]


def test_a_rule_of_dashes_atop_a_text_is_no_header():
    text = "---\nA note on the harbour, not a header.\n---\n\nThe harbour reopened on Monday.\n"
    article = parse(text, Path("note.txt"))
    assert "The harbour reopened on Monday." in [b.text for s in article.sections for b in s.blocks]


def test_a_wrapped_start_marker_and_the_author_s_name_on_the_title_page_are_not_printed():
    book = ("The Project Gutenberg EBook of Contribution to Passamaquoddy Folk-Lore, by J. Walter Fewkes\n\n"
            "Title: Contribution to Passamaquoddy Folk-Lore\n\nAuthor: J. Walter Fewkes\n\n"
            "***START OF THE PROJECT GUTENBERG EBOOK CONTRIBUTION TO PASSAMAQUODDY\nFOLK-LORE***\n\n"
            "A CONTRIBUTION TO PASSAMAQUODDY FOLK-LORE.\n\nJ. WALTER FEWKES\n\n"
            "The following stories were taken down at Calais, Maine, in the spring of 1890, from the tribe.\n\n"
            "THE SNAKE DANCE.\n\nThe snake dance was formerly performed in the summer by the whole tribe.\n\n"
            "***END OF THE PROJECT GUTENBERG EBOOK CONTRIBUTION TO PASSAMAQUODDY\nFOLK-LORE***\n")
    article = parse(book, Path("folk.txt"))
    assert [s.heading for s in article.sections] == [None, "THE SNAKE DANCE."]
    assert article.sections[0].blocks[0].text.startswith("The following stories were taken down")


MINISTER = (
    "\n\n\nSENATOR THE HON MARISE PAYNE  Minister for Foreign Affairs\n\nMinister for Women\n\n"
    "TRANSCRIPT  PRESS CONFERENCE\n\nSATURDAY 31 OCTOBER 2020\n\n\n"
    "Subjects: Qatari apology; climate change; COVID-19  vaccine commitment\n\nE&OE\u2026\n\n"
    "Marise Payne:\n\nGood afternoon. Thank you very much for coming to Parramatta for this brief update.\n\n"
    "JOURNALIST:\n\n2\n\nSo what does the Qatari announcement really mean for the women involved?\n\n"
    "Marise Payne:\n\nIt means that those officials will be subject to the legal system of Qatar.\n\n"
    "Journalist:\n\n[Inaudible question]\n\nMarise Payne:\n\nWe will keep working with the Qatari authorities.\n")


def test_a_ministers_transcript_header_is_metadata_and_the_labels_lead_their_words(tmp_path):
    from click.testing import CliRunner
    from pypdf import PdfReader

    from briefing.cli import cli

    from .conftest import pdf_text

    article = parse(MINISTER, Path("payne.txt"))
    meta = article.metadata
    assert (meta.title, [a.name for a in meta.authors], meta.date) == ("Press conference", ["Marise Payne"],
                                                                       "2020-10-31")
    assert meta.subtitle == "Subjects: Qatari apology; climate change; COVID-19 vaccine commitment"
    assert [s.heading for s in article.sections] == [None]
    texts = [b.text for b in article.sections[0].blocks]
    assert texts[1] == "JOURNALIST: So what does the Qatari announcement really mean for the women involved?"
    source = tmp_path / "payne.txt"
    source.write_text(MINISTER, encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(tmp_path / "p.pdf")]).exit_code == 0
    text = pdf_text(tmp_path / "p.pdf")
    assert "E&OE" not in text and "Minister for Women" not in text and "TRANSCRIPT" not in text
    assert PdfReader(tmp_path / "p.pdf").metadata.title == "Press conference"


DOORSTOP = (
    "Authorised by Greg Hunt MP, Liberal Party of Australia, Somerville, Victoria.\n\n\n\n"
    "The Hon. Greg Hunt MP  Minister for Health\n\nMinister Assisting the Prime Minister\n\nTRANSCRIPT\n\n"
    "21 March 2020\n\nDOORSTOP  MELBOURNE\n\nE&OE\u2026\n\nTopics: COVID-19 update; travel bans.\n\n"
    "GREG HUNT:  Around the world there are now over 253,000 cases, and in Australia 874 cases.\n\n"
    "Authorised by Greg Hunt MP, Liberal Party of Australia, Somerville, Victoria.\n\n"
    "Our level of testing is now one of the highest in the world, at 115,000 tests.\n\n"
    "Authorised by the council in 2019, the testing centre opened on Monday in Box Hill.\n\n"
    "Thank you very much.\n\n-ENDS-\n")


def test_a_ministers_doorstop_in_mixed_case_gives_its_kind_place_and_speaker():
    article = parse(DOORSTOP, Path("hunt.txt"))
    meta = article.metadata
    assert (meta.title, [a.name for a in meta.authors], meta.date) == ("Doorstop, Melbourne", ["Greg Hunt"],
                                                                       "2020-03-21")
    assert meta.subtitle == "Subjects: COVID-19 update; travel bans."
    texts = [b.text for s in article.sections for b in s.blocks]
    assert texts[0].startswith("GREG HUNT: Around the world") and texts[-1] == "Thank you very much."
    # the election law's authorisation line goes wherever it is; a sentence that opens alike stays
    assert not any(t.startswith("Authorised by Greg Hunt") for t in texts)
    assert "Authorised by the council in 2019, the testing centre opened on Monday in Box Hill." in texts


TROVE_SCAN = (
    '---\ntitle: "Australia and Iran cooperate on chemical weapons convention"\ndate: "1991-05-17"\n'
    'creators:\n  - "Evans, Gareth"\nsource: "Minister for Foreign Affairs and Trade"\n---\n\n'
    " \u00ce \u00ce\u00b1  M 62 1 7  ^ a y  1 9 9 1\n\n AUSTRALIA AND IRAN COOPERATE ON CHEMICAL WEAPONS CONVENTION\n\n"
    " Australia and Iran will work together to help overcome remaining problems in the way of a Convention.\n\n"
    " Senator Evans said Iran was interested in the Regional Initiative. This \n\n"
    " Initiative, involving a program of seminars, has been designed to build support.\n\n"
    " He said that he and the Minister for Trade and Overseas \n\n"
    " Development, Dr Neal Blewett, had had productive discussions with Dr Velayati.\n\n"
    " COMMONWEALTH  PARLIAMENTARY LIBRARY  MiCAH\n\n 2\n\n V\n\n"
    " Senator Evans said that the issue of human rights in Iran had been discussed in some detail.\n")


def test_a_scanned_release_gives_its_catalogued_creator_and_leaves_the_scans_marks_out():
    article = parse(TROVE_SCAN, Path("evans.txt"))
    assert [a.name for a in article.metadata.authors] == ["Gareth Evans"]
    assert [s.heading for s in article.sections] == [None]  # the title's line again heads nothing
    assert [b.text for s in article.sections for b in s.blocks] == [
        "Australia and Iran will work together to help overcome remaining problems in the way of a Convention.",
        "Senator Evans said Iran was interested in the Regional Initiative. This Initiative, involving a program of "
        "seminars, has been designed to build support.",
        "He said that he and the Minister for Trade and Overseas Development, Dr Neal Blewett, had had productive "
        "discussions with Dr Velayati.",
        "Senator Evans said that the issue of human rights in Iran had been discussed in some detail."]


RELEASE = (
    "Open Arms \u2014 Veterans & Families Counselling provides free and confidential support for current and "
    "ex-serving personnel. Help is available 24/7 on 1800 011 046\n\n\n\n"
    "The Hon Darren Chester MP  Minister for Veterans\u2019 Affairs  Minister for Defence Personnel\n\n"
    "THE HON. JOSH FRYDENBERG MP  Treasurer\n\nJOINT MEDIA RELEASE\n\n"
    "Media contact: Annabel Clunies-Ross \u2014 02 6277 7340\n\nWednesday, 18 March 2020\n\n"
    "ANZAC DAY 2020 SERVICES\n\n"
    "The Australian Government has today made the difficult decision to cancel all Australian-led  overseas "
    "Anzac Day services.\n\n"
    "The decision  to cancel these services was made in close consultation with health authorities.\n\n"
    "Open Arms \u2014 Veterans & Families Counselling provides free and confidential support for current and "
    "ex-serving personnel. Help is available 24/7 on 1800 011 046\n\n"  # the banner again: a page's footer
    "This decision is for the 2020 commemorations only.\n\n[END]\n\n"
    "MEDIA CONTACTS:  Rachel Tharratt: 02 6277 7820  DVA Media: 02 6289 6466\n\n"
    "Office of the Hon. Darren Chester, Canberra ACT.\n\n"
    "ATTACHMENT A: SERVICES CANCELLED\n\nGallipoli, Turkey; Villers-Bretonneux, France.\n")


def test_a_media_release_header_and_trailer_are_metadata_and_its_attachment_stays(tmp_path):
    from click.testing import CliRunner

    from briefing.cli import cli

    from .conftest import pdf_text

    article = parse(RELEASE, Path("release.txt"))
    meta = article.metadata
    assert (meta.title, [a.name for a in meta.authors], meta.date) == (
        "ANZAC DAY 2020 SERVICES", ["Darren Chester", "Josh Frydenberg"], "2020-03-18")
    texts = [b.text for s in article.sections for b in s.blocks]
    assert texts[0].startswith("The Australian Government has today made")
    assert texts[-1] == "Gallipoli, Turkey; Villers-Bretonneux, France."
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(tmp_path / "r.pdf")]).exit_code == 0
    text = pdf_text(tmp_path / "r.pdf")
    for furniture in ("Open Arms", "MEDIA RELEASE", "Media contact", "Tharratt", "[END]", "Office of the Hon"):
        assert furniture not in text
    assert "This decision is for the 2020 commemorations only." in text


def test_a_headline_run_into_the_first_paragraph_of_a_release_is_its_title():
    glued = ("The Hon Mark Coulton MP\n\nMedia release\n\n17 September 2020\n\n"
             "Mental health support available for rural frontline nurses   Health professionals in drought "
             "and bushfire-affected rural communities have access to extra resources to help them.\n\n"
             "CRANAplus has received  Commonwealth funding to provide a suite of webinars.\n\n"
             "Media Contacts:\n\nPrime Minister\u2019s Office: Damon Hunt 0417 349 920\n\n"
             "Immigration Minister\u2019s Office: Nicole Chant 0419 850 222\n")
    article = parse(glued, Path("coulton.txt"))
    assert article.metadata.title == "Mental health support available for rural frontline nurses"
    first = article.sections[0].blocks[0].text
    assert first.startswith("Health professionals in drought") and "ENDS" not in first
    assert [s.heading for s in article.sections] == [None]
    assert article.sections[-1].blocks[-1].text.endswith("a suite of webinars.")  # the contacts, one a line, go


def test_a_scanned_transcripts_debris_control_bytes_and_page_breaks_are_mended(tmp_path):
    from click.testing import CliRunner

    from briefing.cli import cli

    from .conftest import pdf_text

    scan = ("9?\n\n\u00c2\u00a3\n\nTRANSCRIPT OF DEPARTURE STATEMENTS BY PRIME MINISTERS HAWKE  AND THATCHER, "
            "10 DOWNING STREET, LONDON, 21 JUNE 1989\n\nB 6 \u00c3\u008e\u00c2\u009f E - PROOF ONLY\n\n"
            "HAWKE: Mrs Thatcher has invited me to make the initial comments. The first thing I say is to "
            "express the appreciation of the Government for the role she has taken to put a new vigour\n\n"
            "into the Australian relationship. We are now participating in an historic meeting.\n\n"
            "THATCHER: Just a few words because Mr Hawke has said almost everything there is to say.\n")
    article = parse(scan.replace("\u008e", "").replace("\u009f", ""), Path("hawke.txt"))
    assert article.metadata.title == ("TRANSCRIPT OF DEPARTURE STATEMENTS BY PRIME MINISTERS HAWKE AND THATCHER, "
                                      "10 DOWNING STREET, LONDON, 21 JUNE 1989")
    assert article.metadata.date == "1989-06-21"
    assert [s.heading for s in article.sections] == [None]
    first = article.sections[0].blocks[0].text
    assert first.startswith("HAWKE: Mrs Thatcher") and first.endswith("participating in an historic meeting.")
    source = tmp_path / "hawke.txt"
    source.write_text(scan, encoding="utf-8")  # with its C1 control bytes
    built = CliRunner().invoke(cli, ["build", str(source), "-o", str(tmp_path / "h.pdf")])
    assert built.exit_code == 0 and ".notdef" not in built.output, built.output
    assert "put a new vigour into the Australian relationship" in " ".join(pdf_text(tmp_path / "h.pdf").split())


def test_a_line_that_stops_on_that_goes_on_in_the_next_block_and_is_no_heading():
    spaced = ("GREENS WELCOME COMMITMENT TO COVAX\n\n"
              "The Greens are pleased that the Government has finally announced that\n\n"
              "Australia has joined the COVAX facility.\n\n"
              "The Government must continue to commit funding to COVAX to help its neighbours.\n")
    article = parse(spaced, Path("greens.txt"))
    assert [s.heading for s in article.sections] == [None]
    assert article.sections[0].blocks[0].text == ("The Greens are pleased that the Government has finally "
                                                  "announced that Australia has joined the COVAX facility.")


def test_scraped_text_keeps_its_marked_headings_and_drops_the_sites_lines():
    scraped = ("Last month's arrest of Istanbul's mayor presents a new level of authoritarianism in Turkey.\n\n"
               "[H2]Silence from the West\n\n"
               "European capitals said little about the arrest, and Washington said less.\n\n"
               "Read more: Turkey's lira falls to a record low\n\n"
               "The lesson for democrats everywhere is that populism often paves the way for autocracy.\n\n"
               "The Brookings Institution is committed to quality, independence, and impact.\n\n"
               "We are supported by a diverse array of funders.\n\n"
               "In line with our values and policies, each Brookings publication represents the sole views "
               "of its author(s).\n")
    article = parse(scraped, Path("brookings.txt"))
    assert [s.heading for s in article.sections] == [None, "Silence from the West"]
    texts = [b.text for s in article.sections for b in s.blocks]
    assert texts[-1] == "The lesson for democrats everywhere is that populism often paves the way for autocracy."
    assert not any("Read more" in t or "[H2]" in t for t in texts)


def test_a_hyphen_after_a_number_at_a_line_end_is_kept():
    """ "every 4-" + "year-old" was joined as "every 4year-old"; a word broken by a hyphen
    ("pre-" + "ferred" style) is still mended."""
    text = ("Title\n\nWe will help States make high-quality pre-K available to every 4-\n"
            "year-old in the country, and the plan is pre-\nferred by the governors.\n")
    body = " ".join(b.text for s in parse(text, Path("a.txt")).sections for b in s.blocks)
    assert "every 4-year-old in the country" in body and "is preferred by" in body


def test_a_day_at_the_head_of_the_file_name_dates_a_text_that_states_none():
    """'1993-01-29-press-conference.txt' was read without a date (only Markdown read the
    name's), so its "yesterday" and "today" had nothing to count from."""
    text = "The President's News Conference\n\nThe President. Good afternoon. I have a statement today.\n"
    assert parse(text, Path("1993-01-29-press-conference.txt")).metadata.date == "1993-01-29"
    assert parse(text, Path("1993-02-30-press-conference.txt")).metadata.date is None
    assert parse(text, Path("press-conference.txt")).metadata.date is None


def test_a_joint_session_in_the_record_reads_as_its_turns_under_its_heading():
    """A State of the Union in the Congressional Record: "{time}  2041" was printed, the
    heading in capitals over two lines was not the title (the file name was), and turns set
    as indented lines with no blank line between ran into one paragraph."""
    from briefing.analysis import analyse

    text = ("[Congressional Record Volume 160, Number 16 (Tuesday, January 28, 2014)]\n[House]\n[Pages H1473-H1478]\n"
            "From the Congressional Record Online through the Government Printing Office [www.gpo.gov]\n\n\n"
            "                              {time}  2041\n"
            "JOINT SESSION OF CONGRESS PURSUANT TO HOUSE CONCURRENT RESOLUTION 75 TO \n"
            "                  RECEIVE A MESSAGE FROM THE PRESIDENT\n\n"
            "  The recess having expired, the House was called to order by the \nSpeaker at 8 o'clock.\n"
            "  The SPEAKER. The joint session will come to order.\n"
            "  The Chair appoints as members of the committee on the part of the \nHouse to escort the President:\n"
            "  The gentleman from Virginia (Mr. Cantor);\n  The gentleman from California (Mr. McCarthy); and\n"
            "  The gentlewoman from Connecticut (Ms. DeLauro).\n"
            "  The PRESIDENT. Mr. Speaker, Mr. Vice President, Members of Congress, my fellow Americans: Today in "
            "America, a teacher spent extra time with a student who needed it. (Applause, the Members rising.)\n"
            "  We will cut red tape to help States get factories built and put folks to work. (Applause.)\n")
    article = parse(text, Path("crec-2014-01-28-state-of-the-union.txt"))
    assert article.metadata.title == ("JOINT SESSION OF CONGRESS PURSUANT TO HOUSE CONCURRENT RESOLUTION 75 TO "
                                      "RECEIVE A MESSAGE FROM THE PRESIDENT")
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert "The SPEAKER. The joint session will come to order." in paragraphs
    assert "The gentleman from Virginia (Mr. Cantor);" in paragraphs
    assert not any("{time}" in p for p in paragraphs)
    analysed = analyse(article)
    assert analysed.genre == "speech"
    assert not any(p.text.startswith("The SPEAKER.") for p in analysed.key_points)


def test_a_pamphlets_wrapped_chapter_titles_head_it_and_its_signature_and_finis_do_not():
    """Common Sense: two of its chapter titles, in capitals over two lines, were printed as
    text; the preface's "Philadelphia, February 14, 1776" headed the first chapter; "_ABILITY_"
    kept its marks in a heading; "F I N I S." was printed."""
    text = ("*** START OF THE PROJECT GUTENBERG EBOOK COMMON SENSE ***\n\nCommon Sense\n\nINTRODUCTION\n\n"
            "Perhaps the sentiments contained in the following pages are not yet sufficiently fashionable.\n\n"
            "Philadelphia, February 14, 1776\n\n\n"
            "OF THE ORIGIN AND DESIGN OF GOVERNMENT IN GENERAL,\n  WITH CONCISE REMARKS ON THE ENGLISH CONSTITUTION\n\n"
            "Some writers have so confounded society with government, as to leave little distinction.\n\n"
            "OF THE PRESENT _ABILITY_ OF _AMERICA_, WITH SOME\n  MISCELLANEOUS _REFLECTIONS_\n\n"
            "I have never met with a man, either in England or America, who hath not confessed his opinion.\n\n"
            "F I N I S.\n\n*** END OF THE PROJECT GUTENBERG EBOOK COMMON SENSE ***\n")
    article = parse(text, Path("common-sense.txt"))
    assert [s.heading for s in article.sections if s.heading] == [
        "INTRODUCTION", "OF THE ORIGIN AND DESIGN OF GOVERNMENT IN GENERAL, WITH CONCISE REMARKS ON THE ENGLISH "
        "CONSTITUTION", "OF THE PRESENT ABILITY OF AMERICA, WITH SOME MISCELLANEOUS REFLECTIONS"]
    texts = [b.text for s in article.sections for b in s.blocks]
    assert "Philadelphia, February 14, 1776" in texts and not any("F I N I S" in t for t in texts)


TYPED_RELEASE = (
    "P A R L I A M E N T  O F  A U S T R A L I A\n\nH O U S E  O F  R E P R E S E N T A T I V E S\n\n"
    "PARLIAMENT HOUSE  CANBERRA. A.C.T. 2600\n\nTEL. 72 1211\n\nHEV6 RELEASE\n\nApril 22, 1975\n\n"
    "AUSTRALIA MUST CONTINUE TO GIVE AID TO VIETNAM ,\n\n"
    "\"The present situation in South Vietnam in no way diminishes\n\n"
    "Australia's responsibility to bring positive assistance\n\nto the people of South Vietnam.\n\n"
    "The Deputy Leader of the Australian Country Party Mr. Ian\n\nSinclair said this, today.\n\n"
    "\"Australia, despite the fact that the future of the Australian\n\n"
    "Embassy in Saigon is in doubt, can still render meaningful\n\n"
    "assistance to the refugees displaced from their homes in the\n\ncurrent Communist offensive.\n\n"
    "\"This can be done by flying food and medical supplies to areas\n\n"
    "where refugees from the central highlands are now being sent.\n")


def test_a_typed_double_spaced_release_reads_as_paragraphs_under_its_headline():
    article = parse(TYPED_RELEASE, Path("release.txt"))
    assert (article.metadata.title, article.metadata.date) == (
        "AUSTRALIA MUST CONTINUE TO GIVE AID TO VIETNAM", "1975-04-22")
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for b in article.sections[0].blocks] == [
        "\"The present situation in South Vietnam in no way diminishes Australia's responsibility to bring "
        "positive assistance to the people of South Vietnam.",
        "The Deputy Leader of the Australian Country Party Mr. Ian Sinclair said this, today.",
        "\"Australia, despite the fact that the future of the Australian Embassy in Saigon is in doubt, can "
        "still render meaningful assistance to the refugees displaced from their homes in the current "
        "Communist offensive.",
        "\"This can be done by flying food and medical supplies to areas where refugees from the central "
        "highlands are now being sent."]
    from briefing.analysis import analyse

    assert all(p.text != "The Deputy Leader of the Australian Country Party Mr. Ian Sinclair said this, today."
               for p in analyse(article).key_points)


def test_a_typed_pages_date_line_and_headline_do_not_run_into_the_text():
    typed = ("NQ DATE\n\nM/11 21 December 1972\n\nSPECIAL CONTRIBUTION TO UNHCR FOR STATELESS UGANDAN ASIANS\n\n"
             + "\n\n".join(["The Minister for Foreign Affairs, Mr E.G. Whitlam, announced",
                            "today that Australia would be making a special contribution of",
                            "$US75,000 ($A63,000) to the United Nations High Commission for",
                            "Refugees (UNHCR)."] * 3) + "\n")
    texts = [b.text for s in parse(typed, Path("notice.txt")).sections for b in s.blocks]
    assert not any("SPECIAL CONTRIBUTION" in t or "December 1972" in t for t in texts)
    assert texts[0] == ("The Minister for Foreign Affairs, Mr E.G. Whitlam, announced today that Australia would be "
                        "making a special contribution of $US75,000 ($A63,000) to the United Nations High Commission "
                        "for Refugees (UNHCR).")


def test_an_older_gutenberg_file_with_only_its_footer_is_read_as_a_book(tmp_path):
    """Kant's "Was ist Aufklärung?" from Project Gutenberg keeps no header, only "End of the
    Project Gutenberg EBook of TITLE, by AUTHOR"; it opens and ends with bracketed
    transcriber's notes and marks spaced type "=so=": the title was the file name, the notes
    were the first paragraphs, the marks printed (gathered9)."""
    book = tmp_path / "kant-was-ist-aufklaerung.txt"
    book.write_text(
        "\n  [ Anmerkungen zur Transkription:\n\n    Der Text stammt aus: Immanuel Kants Werke. Band IV.\n\n"
        "    Im Original gesperrt gedruckter Text wurde mit = markiert.\n  ]\n\n\n\n"
        "Beantwortung der Frage: Was ist Aufklärung?\n\n\n"
        "=Aufklärung ist der Ausgang des Menschen aus seiner selbstverschuldeten\nUnmündigkeit.= Habe Mut, "
        "dich deines =eigenen=\nVerstandes zu bedienen! ist also der Wahlspruch der Aufklärung.\n\n"
        "Faulheit und Feigheit sind die Ursachen, warum ein so großer Teil der\nMenschen gerne zeitlebens "
        "unmündig bleiben. Es ist so bequem, unmündig zu sein.\n\n"
        "  [ Im folgenden werden alle geänderten Textzeilen angeführt.\n\n  und seiner Gemeine nach dem Symbol\n"
        "  und seiner Gemeinde nach dem Symbol\n\n  ]\n\n\n\n"
        "End of the Project Gutenberg EBook of Beantwortung der Frage: Was ist\nAufklärung?, by Immanuel Kant\n",
        encoding="utf-8")
    article = read(book)
    assert article.metadata.title == "Beantwortung der Frage: Was ist Aufklärung?"
    assert [a.name for a in article.metadata.authors] == ["Immanuel Kant"]
    texts = [b.text for s in article.sections for b in s.blocks]
    assert texts[0].startswith("Aufklärung ist der Ausgang des Menschen") and "=" not in texts[0]
    assert not any("Transkription" in t or "Textzeilen" in t or "Gutenberg" in t for t in texts)
    assert texts[-1].endswith("Es ist so bequem, unmündig zu sein.")


def test_a_dated_line_that_opens_with_its_place_dates_the_transcript(tmp_path):
    """A 1975 interview transcript: "PERTH, SUNDAY, 20 APRIL, 1975" under the title was read
    as the first section's heading, and the transcript had no date (gathered9)."""
    transcript = tmp_path / "interview.txt"
    transcript.write_text(
        "PRIME MINISTER'S INTERVIEW FOR CHANNEL 7\n\nPERTH, SUNDAY, 20 APRIL, 1975\n\n"
        "Interviewer: Is it possible in the next two years to change the rate of inflation?\n\n"
        "Mr. Whitlam: No. Even in the most favourable economic conditions, no one could.\n", encoding="utf-8")
    article = read(transcript)
    assert article.metadata.date == "1975-04-20"
    assert [s.heading for s in article.sections] == [None]
    from briefing.readers.byline import dateline

    assert dateline("Canberra, 3 March 1975") == ("1975-03-03", "day") and dateline("May, 2019") is None


def test_news_photo_captions_in_scraped_text_are_dropped(tmp_path):
    """A text file prints no picture, so a scraped page's photo captions go: AP's "FILE - In
    this ... file photo", a caption ending in its credit; "In this case ..." is the story's."""
    path = tmp_path / "scraped.txt"
    path.write_text(
        "Harbour strike ends after nine days\n\n"
        "FILE - In this March 2, 2023 file photo dock workers march past the port gates in Valdora. "
        "The strike ended on Friday. (AP Photo/Ana Ruiz, File)\n\n"
        "VALDORA (AP) — Dock workers in Valdora voted on Friday to end a nine-day strike that had left "
        "more than 200 ships waiting at anchor outside the harbour.\n\n"
        "Union leaders said the deal raised wages by 6 percent this year. "
        "(Photo by Ana Ruiz/Invision/AP, File) less\n\n"
        "In this case, the port authority agreed to hire 300 more workers by the end of the year, the union said.\n\n"
        "The harbour master said the queue of ships would be cleared within a week. "
        "Maria Estevan/Getty Images for Valdora hide caption\n",
        encoding="utf-8")
    paragraphs = _paragraphs(read(path))
    assert paragraphs[0].startswith("VALDORA (AP) — Dock workers")
    assert any(p.startswith("In this case, the port authority") for p in paragraphs)
    assert not any("Photo" in p or "hide caption" in p for p in paragraphs), paragraphs


SCRAPED_PAGE = """Enter City and State or Zip Code

Your weather is set to . You can change the location at any time.

Obituaries Front

Harbour strike ends after nine days as dock workers accept pay deal | Valdora Courier

Ana Ruiz and Tomas Rell, Associated Press

1:05 am PDT, Monday, July 16, 2018

window._taboola = window._taboola || []; _taboola.push({ mode: 'thumbnails-c', container: 'gallery' });

Image 1 of 3

Dock workers, left, and union leaders march past the port gates in Valdora, Sunday, July 15, 2018.

Dock workers, left, and union leaders march past the port gates in Valdora, Sunday, July 15, 2018.

VALDORA (AP) — Dock workers in Valdora voted on Monday to accept a pay deal and end a nine-day strike that \
had left more than 200 ships waiting at anchor outside the harbour.

Image 2 of 3

Union members voted in the hall of the port workers' club in Valdora, Sunday, July 15, 2018 on the eve \
of the deal. less

Union members voted in the hall of the port workers' club in Valdora, Sunday, July 15, 2018 on the eve \
of the deal. less

Back to Gallery

Recommended Video:

Now Playing: Dock workers in Valdora speak about the nine-day strike and what the new deal means for them.

Media: Harbour TV

Ana Ruiz speaks at the union's rally in Valdora in 2017.

4 hours ago

more_vert

View Comments

Subscribe for unlimited digital access. Try one month for $1!

The union said the deal raised wages by 6 percent this year and that the harbour would reopen on Tuesday.
"""


def test_a_web_page_copied_as_text_gives_its_headline_credit_and_day(tmp_path):
    """A page copied whole: the weather box and section name above the headline go, the
    site's name after it is cut, the credit and stamp under it are read, captions and the
    page's script are dropped, and the story comes first."""
    path = tmp_path / "courier.txt"
    path.write_text(SCRAPED_PAGE, encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Harbour strike ends after nine days as dock workers accept pay deal"
    assert [a.name for a in article.metadata.authors] == ["Ana Ruiz", "Tomas Rell"]
    assert article.metadata.date == "2018-07-16"
    paragraphs = _paragraphs(article)
    assert paragraphs[0].startswith("VALDORA (AP) — Dock workers in Valdora voted"), paragraphs[:3]
    assert len(paragraphs) == 2, paragraphs  # a gallery's counter, captions and video labels gone
    assert [s.heading for s in article.sections] == [None]


def test_a_plain_article_keeps_its_first_line_title_and_its_first_heading(tmp_path):
    """A text whose first line is its title: a short heading before the first paragraph is
    the text's own, not a page's line."""
    path = tmp_path / "essay.txt"
    path.write_text("Why harbours silt up\n\nBackground\n\nEvery harbour on a river mouth fills with the mud "
                    "the river carries, and dredging it costs the port authority more each year than any "
                    "other work on the quays.\n\nThe second paragraph follows here.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Why harbours silt up"
    assert [s.heading for s in article.sections] == ["Background"]


BOXED_PAGE = """\
Envoys meet in Valdora as talks on the harbour treaty resume

By ANA RUIZ, Harbour News

Related Content

Port unions call on the council to cancel the dredging contract following…

VALDORA (Harbour News) - Envoys from the two river towns met in Valdora on Monday to resume talks on \
the harbour treaty that lapsed last spring.

Sean Gallup, Getty Images

The talks had stalled over who pays for dredging the channel each year.

Recommended Video:

Now Playing:

The two towns have argued over the harbour for a decade. Their envoys last met in the spring.

Media: Euronews

Related Stories

The best walking tours in Valdora for all types of visitors

Store your luggage

The mayor said she hoped a deal would be signed before the winter.

The harbour needs a deal before winter, and so do we.

— Mara Lind (@maralind) July 16, 2018

SIGN UP

CancelSend

Twitter339 retweets
"""


def test_a_copied_page_drops_its_boxes_labels_and_credits_and_keeps_its_subheading(tmp_path):
    """A teaser box's label and headline, a video player's labels and blurb, a picture's
    credit, share and sign-up labels go; a post's signature is a paragraph, not a heading;
    the story's own short subheading after a box stays."""
    path = tmp_path / "harbour-news.txt"
    path.write_text(BOXED_PAGE, encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Envoys meet in Valdora as talks on the harbour treaty resume"
    assert article.metadata.author_names == "Ana Ruiz"  # "By ANA RUIZ": a name, not a shout
    assert [s.heading for s in article.sections] == [None, "Store your luggage"]
    assert _paragraphs(article) == [
        "VALDORA (Harbour News) - Envoys from the two river towns met in Valdora on Monday to resume talks on "
        "the harbour treaty that lapsed last spring.",
        "The talks had stalled over who pays for dredging the channel each year.",
        "The mayor said she hoped a deal would be signed before the winter.",
        "The harbour needs a deal before winter, and so do we.",
        "— Mara Lind (@maralind) July 16, 2018"]


def test_a_copied_page_without_a_headline_takes_no_masthead_for_its_title(tmp_path):
    """A page whose text holds no headline: the paper's name at its top is no title (the file
    name is, with a warning), and NPR's and AFP's picture lines go."""
    path = tmp_path / "globe-5632.txt"
    path.write_text(
        "The Valdora Globe\n\nEnlarge this image\n\ntoggle caption\n\n"
        "AFP PHOTO / Lehtikuva / Ana Ruiz / Valdora OUTANA RUIZ/AFP/Getty Images\n\n"
        "VALDORA — Dock workers in Valdora voted on Monday to accept a pay deal and end a nine-day strike that had "
        "left more than 200 ships waiting at anchor outside the harbour.\n\n"
        "The union said the deal raised wages by 6 percent this year.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Globe 5632"
    assert any("file name" in w for w in article.metadata.warnings)
    assert _paragraphs(article)[0].startswith("VALDORA — Dock workers"), _paragraphs(article)


def test_a_stamp_on_the_first_line_is_the_date_not_the_title(tmp_path):
    """A copied page that opens with its stamp and states no headline: the stamp is its date,
    the title its file name (with a warning)."""
    path = tmp_path / "opinion-3581.txt"
    path.write_text("May 31, 2019, 9:52 PM UTC\n\nBy Ann Lee, professor at Valdora Law School\n\n"
                    "The court is about to start looking a lot more like a political branch, and in a decade we "
                    "may look back at this time as the era in which it lost its independence.\n\n"
                    "The second paragraph follows here.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Opinion 3581"
    assert article.metadata.date == "2019-05-31"
    assert [a.name for a in article.metadata.authors] == ["Ann Lee"]


def test_a_copied_page_s_stamp_in_figures_is_its_date_and_no_paragraph(tmp_path):
    path = tmp_path / "caller-9448.txt"
    path.write_text("7:53 PM 07/15/2018\n\nDock workers in Valdora voted on Sunday to accept a pay deal and end a "
                    "nine-day strike that had left more than 200 ships waiting outside the harbour.\n\n"
                    "The union said the deal raised wages by 6 percent.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.date == "2018-07-15"
    assert _paragraphs(article)[0].startswith("Dock workers in Valdora voted")


def test_the_space_a_copied_page_s_link_left_before_a_comma_is_closed(tmp_path):
    path = tmp_path / "rival.txt"
    path.write_text("Streaming rivals\n\nApple Music , its closest rival and a later arrival, has 40 million "
                    "subscribers . Wait ... the figure of .5 percent stays as written.\n", encoding="utf-8")
    assert _paragraphs(read(path)) == ["Apple Music, its closest rival and a later arrival, has 40 million "
                                       "subscribers. Wait ... the figure of .5 percent stays as written."]


def test_the_space_a_scrape_lost_after_a_sentence_s_stop_is_put_back(tmp_path):
    """A scrape that joined two paragraphs ran "... establish contact.The state-run company ..." into
    one sentence, read as one key point; a domain's or a file's capitals stay as written."""
    path = tmp_path / "satellite.txt"
    path.write_text("Satellite found\n\nEngineers couldn't immediately establish contact.The state-run company said "
                    "on Friday it had regained control.Asked why, it pointed to www.example.Com and to Vue.Js.\n",
                    encoding="utf-8")
    assert _paragraphs(read(path)) == ["Engineers couldn't immediately establish contact. The state-run company said "
                                       "on Friday it had regained control. Asked why, it pointed to www.example.Com "
                                       "and to Vue.Js."]


def test_a_copied_pages_picture_caption_goes_and_a_credit_in_capitals_gives_names(tmp_path):
    """Getty's caption, told in the present with its day and place ("... on July 7, 2017 in
    Valdora, Norland."), is the picture's, not the story's first paragraph; a credit in
    capitals joined by "AND", with the wire after it, gives the writers' names (initials stay)."""
    path = tmp_path / "envoys.txt"
    path.write_text(
        "Envoys meet in Valdora as harbour talks resume\n\nBy MARA LIND AND AJ WU Associated Press\n\n"
        "Mayor Ana Ruiz meets the envoy Tomas Rell during the harbour summit on July 7, 2017 in Valdora, "
        "Norland.\n\n"
        "VALDORA (AP) — Envoys from the two river towns met in Valdora on Monday to resume the harbour talks "
        "that stalled last spring over the cost of dredging.\n\n"
        "The talks had stalled over who pays for dredging the channel each year.\n", encoding="utf-8")
    article = read(path)
    assert [a.name for a in article.metadata.authors] == ["Mara Lind", "AJ Wu"]
    assert _paragraphs(article)[0].startswith("VALDORA (AP) — Envoys"), _paragraphs(article)
    assert not any("Mayor Ana Ruiz meets" in p for p in _paragraphs(article))


@pytest.mark.parametrize("top, author", [
    ("Ana Ruiz\n\nMay 31, 2019 10:00AM (UTC)", "Ana Ruiz"),  # a name over the page's stamp: the writer
    ("e-mail\n\nBy Ana Ruiz", "Ana Ruiz"),  # a share button's label
    ("Email Bio Follow\n\nMay 30 at 2:44 PM", ""),  # a writer's box, a stamp with no year
    ("Copyright 2019 Harbour News\n\nPhoto Illustration: Harbour News; photos: AP", ""),
])
def test_a_copied_page_without_a_headline_takes_no_label_name_or_stamp_for_its_title(tmp_path, top, author):
    """A page copied without its headline: the title is the file's name (with the warning),
    never the site's label, the writer's name or the stamp above the story."""
    path = tmp_path / "harbour-8818.txt"
    path.write_text(f"{top}\n\nVALDORA — Dock workers in Valdora voted on Monday to accept a pay deal and end a "
                    "nine-day strike that had left more than 200 ships waiting outside the harbour.\n\n"
                    "The union said the deal raised wages by 6 percent this year.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Harbour 8818"
    assert article.metadata.author_names == author
    assert _paragraphs(article)[0].startswith("VALDORA — Dock workers"), _paragraphs(article)


def test_a_copied_pages_paywall_notes_go(tmp_path):
    """A BLOX site's paywall, copied above the story, is none of it."""
    path = tmp_path / "dispatch-37996.txt"
    path.write_text("Thank you for Reading!\n\nPlease log in, or sign up for a new account and purchase a subscription "
                    "to continue reading.\n\nYour current subscription does not provide access to this content. Please "
                    "use the button below to manage your account.\n\nOnline Access\n\nZip Code\n\n"
                    "AUSTIN, Texas (AP) — Computer files discovered in the home of a Republican operative contain a "
                    "blueprint for how the party could extend its hold on the state's legislature.\n\n"
                    "The files include detailed calculations of the seats the party would gain.\n", encoding="utf-8")
    paragraphs = _paragraphs(read(path))
    assert paragraphs[0].startswith("AUSTIN, Texas (AP)") and len(paragraphs) == 2, paragraphs


def test_a_copied_pages_credit_tails_trends_and_video_stamps_go(tmp_path):
    """Lines of a page copied as text that are none of the story: a credit's tail ("/ AP"), a
    widget's "Trending News", a chart's credit in brackets, a video card's day glued to its length."""
    path = tmp_path / "census-1766.txt"
    path.write_text("Census fight reaches the court\n\n/ AP\n\n"
                    "WASHINGTON — Challengers of the citizenship question said on Thursday that new evidence "
                    "shows the administration hid its purpose from the courts and from Congress.\n\n"
                    "Trending News\n\n(Philip Bump/The Washington Post)\n\nMay 31, 201906:37\n\n"
                    "The department denied the claims.\n", encoding="utf-8")
    assert _paragraphs(read(path))[1:] == ["The department denied the claims."], _paragraphs(read(path))


def test_a_line_that_opens_with_credit_suisse_is_no_picture_credit(tmp_path):
    """NYT's "CreditDoug Mills/The New York Times" goes; a one-line paragraph on Credit Suisse stays."""
    path = tmp_path / "bank.txt"
    path.write_text("Banks fall\n\nZURICH — Shares of European banks fell on Monday after a weak set of results from "
                    "the largest lenders in the region, traders said.\n\nCreditDoug Mills/The New York Times\n\n"
                    "Credit Suisse shares fell 4 percent.\n", encoding="utf-8")
    assert _paragraphs(read(path))[1:] == ["Credit Suisse shares fell 4 percent."]


def test_a_copied_pages_share_bar_share_box_and_dated_photo_caption_go(tmp_path):
    """USA Today's sites: a share bar ("FacebookEmail Twitter Google+ LinkedIn Pinterest") was taken
    for the headline, the share box's text ("... Check out this story on detroitnews.com: URL") and
    AP's "In this July 14, 2018 photo an advert ..." (no comma after "photo") were printed."""
    path = tmp_path / "detroitnews-1.txt"
    path.write_text("FacebookEmail Twitter Google+ LinkedIn Pinterest\n\n"
                    "Dock workers accept pay deal in Valdora\n\n"
                    "Dock workers accept pay deal in Valdora The strike is over. Check out this story on "
                    "detroitnews.com: https://detne.ws/2Lcp1rr\n\n"
                    "In this July 14, 2018 photo dock workers march past the port gates in Valdora.\n\n"
                    "VALDORA (AP) — Dock workers in Valdora voted on Monday to accept a pay deal and end a nine-day "
                    "strike that had left more than 200 ships waiting outside the harbour.\n\n"
                    "Join the Conversation\n\nThe union said the deal raised wages by 6 percent.\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.title == "Dock workers accept pay deal in Valdora"
    assert _paragraphs(article) == [
        "VALDORA (AP) — Dock workers in Valdora voted on Monday to accept a pay deal and end a nine-day strike that "
        "had left more than 200 ships waiting outside the harbour.",
        "The union said the deal raised wages by 6 percent."]


def test_a_credit_to_the_associated_press_names_the_agency_not_the(tmp_path):
    """The New York Times' copy of an AP story credits "By The Associated Press": the agency is
    the author, not the word "The" before it."""
    path = tmp_path / "spotify.txt"
    path.write_text("Spotify CEO Says Anti-Hate Policy Was Rolled Out Incorrectly\n\nBy The Associated Press\n\n"
                    "May 31, 2018\n\nNEW YORK — Spotify's CEO says the company rolled out its new anti-hate policy "
                    "in the wrong way.\n\nThis month the streaming service announced it would remove R. Kelly's "
                    "music from its playlists.\n", encoding="utf-8")
    assert read(path).metadata.author_names == "The Associated Press"


def test_an_agency_in_a_stamp_line_is_the_author(tmp_path):
    """The Tribune-Review's copy of an AP story credits the agency in its stamp line, "The
    Associated Press | Sunday, July 15, 2018, 11:30 a.m.": it had no author (Helsinki pack)."""
    path = tmp_path / "triblive.txt"
    path.write_text("Obituaries Front\n\nWhat Trump and Putin hope to achieve at Helsinki summit\n\n"
                    "The Associated Press | Sunday, July 15, 2018, 11:30 a.m.\n\n"
                    "HELSINKI (AP) — The outcome of the first summit between Trump and Putin is anything but "
                    "predictable, and what each leader hopes to achieve in Helsinki is far from clear.\n\n"
                    "What Trump wants from Russia has long been one of the great mysteries of his presidency.\n",
                    encoding="utf-8")
    meta = read(path).metadata
    assert (meta.author_names, meta.date, meta.title) == (
        "The Associated Press", "2018-07-15", "What Trump and Putin hope to achieve at Helsinki summit")


def test_a_caption_credited_to_an_ap_photo_goes_and_by_associated_press_is_the_author(tmp_path):
    """The Sun-Times' copy of an AP story opens with the photo's caption, "... may actually
    achieve. | AP photo", printed as the story's first paragraph, and credits "By Associated
    Press" under its subscription prompts: the briefing had no author (Helsinki pack)."""
    lede = ("GLASGOW, Scotland — President Donald Trump says nothing bad and maybe some good will come out of "
            "Monday's summit with Russian President Vladimir Putin.")
    path = tmp_path / "suntimes.txt"
    path.write_text("\n\n".join([
        "Nation/World 07/15/2018, 11:06am", "Trump sets expectations low for Helsinki summit with Putin",
        "President Donald Trump says nothing bad and maybe some good will come out of Monday's summit with Russian "
        "President Vladimir Putin, as he attempted to lower expectations for what the meeting may actually achieve."
        "  | AP photo", "Subscribe for unlimited digital access.", "By Associated Press", lede,
        "Trump also says he had not thought about asking Putin to extradite the dozen Russian military "
        "intelligence officers indicted on Friday."]) + "\n", encoding="utf-8")
    article = read(path)
    assert article.metadata.author_names == "Associated Press"
    assert _paragraphs(article)[0] == lede


def test_a_wires_dateline_credits_the_wire_when_no_one_else_is(tmp_path):
    """A local TV site's copy of an AP story names no writer; its dateline does the crediting:
    "HELSINKI (AP) - A face-to-face sitdown ..." (Helsinki pack: two sources without author)."""
    path = tmp_path / "wfmz.txt"
    path.write_text("Summit fever: Trump reaches for big moment with Putin\n\n"
                    "HELSINKI (AP) - A face-to-face sitdown with a long-feared foe. Endless media hype. Huge "
                    "ratings, and a president eager to recreate the spectacle of his summit in Singapore.\n\n"
                    "Trump had boasted to confidants about the number of cameras in Singapore.\n", encoding="utf-8")
    assert read(path).metadata.author_names == "The Associated Press"
    signed = tmp_path / "signed.txt"
    signed.write_text("Summit fever\n\nBy Jill Colvin\n\nHELSINKI (AP) - A face-to-face sitdown with a long-feared "
                      "foe, and a president eager to recreate the spectacle of his summit in Singapore.\n\n"
                      "Trump had boasted to confidants about the number of cameras in Singapore.\n", encoding="utf-8")
    assert read(signed).metadata.author_names == "Jill Colvin"


def test_a_copied_pages_box_of_video_headlines_goes_and_the_story_around_it_stays(tmp_path):
    """Bloomberg's page copied as text carries "LATEST BUSINESS VIDEOS" and ten headlines of
    other sites' videos in the middle of its story, and the label again at its end."""
    videos = ["Tiffany's Turnaround Plan Is Turning Out to Be a Gem Fortune",
              "Poll: These are the Most Annoying Types Of Airline Passengers Buzz 60",
              "Starbucks Removes Its Only Gluten-Free Sandwich Despite Customer Outrage Cooking Light",
              "Sony buys EMI to become the world's biggest music publisher Euronews",
              "Sears Will Close 72 More Stores Fortune"]
    path = tmp_path / "spotify.txt"
    path.write_text("Spotify Ends Divisive Artist Policy After Music-Industry Revolt\n\n"
                    "Spotify rescinded a short-lived policy that penalized artists for misconduct, bowing to "
                    "pressure from irate musicians and record labels.\n\nLATEST BUSINESS VIDEOS\n\n"
                    + "\n\n".join(videos) + "\n\nUnder the rules, offending acts were pulled from playlists but "
                    "listeners could still seek them out on the service.\n\nLATEST BUSINESS VIDEOS\n",
                    encoding="utf-8")
    article = read(path)
    assert _paragraphs(article) == [
        "Spotify rescinded a short-lived policy that penalized artists for misconduct, bowing to pressure from "
        "irate musicians and record labels.",
        "Under the rules, offending acts were pulled from playlists but listeners could still seek them out on the "
        "service."]
    assert [s.heading for s in article.sections] == [None]


def test_a_date_set_as_a_label_heads_what_happened_then_and_dates_it(tmp_path):
    """AP's "A look at Trump's past meetings with Putin" heads each meeting with its month and
    place, "JULY 2017, in GERMANY:": the labels were read as text, and the story's chronology
    gave its briefing no timeline at all."""
    from pypdf import PdfReader

    from .conftest import built_pdf, pdf_text

    page = tmp_path / "meetings.txt"
    page.write_text(
        "Trump, Putin summit in Helsinki to top their past encounters\n\nBy DARLENE SUPERVILLE\n\n"
        "President Donald Trump and Russian President Vladimir Putin have met formally and informally at least "
        "three times since Trump took office.\n\nA look at Trump's past meetings with Putin.\n\n"
        "JULY 2017, in GERMANY:\n\nJust half an hour had been blocked out for Trump and Putin to meet in Hamburg, "
        "but the meeting lasted more than two hours.\n\n"
        "NOVEMBER 2017, in VIETNAM:\n\nTrump and Putin talked informally while both attended the annual "
        "Asia-Pacific economic summit in Danang.\n\n"
        "MARCH 2018, by TELEPHONE:\n\nTrump called Putin to congratulate him on his re-election and invited "
        "him to the White House.\n", encoding="utf-8")
    out = built_pdf(tmp_path, page)
    assert [item.title for item in PdfReader(out).outline if not isinstance(item, list)][-3:] == [
        "JULY 2017, in GERMANY:", "NOVEMBER 2017, in VIETNAM:", "MARCH 2018, by TELEPHONE:"]
    text = pdf_text(out)
    # the timeline's entries date what happened, without the label again (the Helsinki pack's review)
    assert "July 2017 Just half an hour" in text, text
    assert "November 2017 Trump and Putin talked informally" in text
    assert "March 2018 Trump called Putin to congratulate him" in text


def test_a_copied_pages_teasers_and_picture_credits_above_the_story_are_no_headings(tmp_path):
    """CNN's page copied as text: a video's headline under the title, the picture's credit
    ("From Spotify via CNN", "Joan Solsman/CNET") and a related story's headline above the
    story and again under "Related Content" were four bold headings of the briefing."""
    from pypdf import PdfReader

    from .conftest import built_pdf, pdf_text

    story = ("(CNN) - Spotify reversed its hate content and conduct policy, three weeks after the streaming "
             "company announced it was removing R. Kelly and other artists from all its playlists.")
    page = tmp_path / "11438.txt"
    page.write_text("\n\n".join([
        "Spotify reverses artist conduct policy", "Streaming company removes R. Kelly", "By AMIR VERA, CNN",
        "Posted: 3:56 AM, June 02, 2018", "From Spotify via CNN", "Spotify has secret weapon", story,
        "The policy, specifically the one addressing artist conduct, raised concern among musicians because the "
        "company had singled out a few artists without saying why.", "Related Content",
        "Spotify has secret weapon", "Joan Solsman/CNET",
        "\"While we believe our intentions were good, the language was too vague,\" Spotify said in a Friday "
        "statement, adding that it would still remove hate content from the service.",
        "The policy had two parts, the company said, and the part on artist conduct is the one it has dropped "
        "after talking with artists, managers and its own staff."]) + "\n", encoding="utf-8")
    out = built_pdf(tmp_path, page)
    assert PdfReader(out).outline == []  # no section heading, so no bookmark but the document's own
    text = pdf_text(out)
    for furniture in ("Streaming company removes", "From Spotify via CNN", "secret weapon", "Solsman"):
        assert furniture not in text, furniture
    assert story.replace("(CNN) - ", "") in text and "Amir Vera" in text


def test_a_players_listen_button_in_scraped_text_is_dropped():
    """Bloomberg's "LISTEN TO ARTICLE" between two paragraphs of the story is the page's audio player."""
    scraped = ("Spotify rescinds its artist conduct policy\n\n"
               "Spotify Technology SA rescinded a short-lived policy that penalized artists for misconduct, bowing "
               "to pressure from irate musicians and record labels.\n\n"
               "LISTEN TO ARTICLE\n\n"
               "Spotify ultimately decided it was foolish to have a policy at all, and said so in a blog post.\n")
    article = parse(scraped, Path("bloomberg.txt"))
    texts = [b.text for s in article.sections for b in s.blocks]
    assert len(texts) == 2 and texts[1].startswith("Spotify ultimately decided")
    assert all(s.heading is None for s in article.sections)


def test_a_by_line_with_a_day_in_figures_names_the_writer():
    """"By Giovanni Gaggero | 12/10/2020": the day can be read two ways, but the line is a byline."""
    text = ("The EU Green Deal is not enough\n\nBy Giovanni Gaggero | 12/10/2020\n\nThe substantial inertia of "
            "governments on the climate crisis clearly showcases the political crisis of the European Union.\n\n"
            "The second paragraph of the story goes on with more words about it.\n")
    article = parse(text, Path("green-deal.txt"))
    assert [a.name for a in article.metadata.authors] == ["Giovanni Gaggero"]
    assert all("Gaggero" not in b.text for s in article.sections for b in s.blocks)


def test_a_picture_gallery_copied_into_scraped_text_goes_whole():
    """The Independent's "UK news in pictures" inside a story: its header and slides ("1/34 30
    November 2017 A supporter of ...") are no part of the story, nor dates of its timeline; a
    story's own "9/11" line, and the story after the gallery, stay."""
    slides = "\n\n".join(f"{n}/34 {30 - n} November 2017 A caption of slide {n} with a picture credit Rex"
                         for n in range(1, 6))
    scraped = ("Tram overturns in Croydon\n\n"
               "At least five people are dead after a tram overturned in Croydon, south London.\n\n"
               "9/11 remains the worst attack the city's emergency plans were written for.\n\n"
               "UK news in pictures\n\n34 show all UK news in pictures\n\n" + slides + "\n\n"
               "It is believed to be the first tram crash involving fatalities on board since 1959.\n")
    article = parse(scraped, Path("croydon.txt"))
    texts = _paragraphs(article)
    assert texts[0].startswith("At least five people") and texts[-1].startswith("It is believed")
    assert any(t.startswith("9/11 remains") for t in texts)
    assert not any("slide" in t or "in pictures" in t for t in texts)
    assert all(s.heading is None for s in article.sections)
    assert not any(e.date.startswith("2017") for e in article.timeline)


def test_a_gallery_copied_as_one_block_goes_whole():
    """CNN's gallery copied into its story as one paragraph: "Photos: Bastille Day terror: ...
    A forensics team inspects the scene. Hide Caption 3 of 25 Photos: ..."."""
    gallery = " ".join(f"Photos: Images of truck attack in Nice A caption of slide {n}. Hide Caption {n} of 25"
                       for n in range(1, 5))
    scraped = ("Witnesses describe the attack\n\n"
               "A truck plowed through throngs of tourists and locals watching the fireworks in Nice.\n\n"
               + gallery + "\n\nKristen Crouch was among the tourists who fled for their lives.\n")
    texts = _paragraphs(parse(scraped, Path("cnn.txt")))
    assert [t[:12] for t in texts] == ["A truck plow", "Kristen Crou"]


def test_a_gallery_whose_slides_are_counted_in_one_block_goes_whole():
    """The Standard's gallery copied as one paragraph, each caption opened by its counter and closed
    by its credit ("Croydon Tram derailment 1/8 The scene after a tram overturned ... Steve
    Parsons/PA 2/8 Police officers ..."); a story's "24/7" and a score's "2/3" stay."""
    gallery = "Croydon Tram derailment 8 show all Croydon Tram derailment " + " ".join(
        f"{n}/8 A caption of slide {n} at the scene Steve Parsons/PA" for n in range(1, 9))
    scraped = ("Tram overturns in Croydon\n\n"
               "At least five people are dead after a tram overturned in Croydon, south London.\n\n"
               + gallery + "\n\n"
               "The line runs 24/7 in summer, and 2/3 of its trams were checked after the 1/2 mile test.\n")
    texts = _paragraphs(parse(scraped, Path("standard.txt")))
    assert [t[:12] for t in texts] == ["At least fiv", "The line run"]


def test_a_paragraph_printed_twice_or_opening_another_is_kept_once():
    """The Daily Mail's page copied as text: its summary's bullets open the paragraphs they sum up
    (no stop at their end), and a caption is printed twice after the story. One copy of each, the
    fuller, stays; a short line said twice ("He said no.") stays twice, and nothing else moves."""
    scraped = ("Seven killed as tram derails after speeding round sharp bend\n\n"
               "Two trams collided in a tunnel early Wednesday morning, injuring one person\n\n"
               "Two trams collided in a tunnel early Wednesday morning, injuring one person, officials said.\n\n"
               "He said no.\n\nThe driver was arrested at the scene.\n\nHe said no.\n\n"
               "The scene after a tram overturned in Croydon, south London, trapping five people.\n\n"
               "Mayor Sadiq Khan visited the site in the afternoon.\n\n"
               "The scene after a tram overturned in Croydon, south London, trapping five people.\n")
    texts = _paragraphs(parse(scraped, Path("dailymail.txt")))
    assert texts == ["Two trams collided in a tunnel early Wednesday morning, injuring one person, officials said.",
                     "He said no.", "The driver was arrested at the scene.", "He said no.",
                     "The scene after a tram overturned in Croydon, south London, trapping five people.",
                     "Mayor Sadiq Khan visited the site in the afternoon."]


def test_a_credit_on_a_line_of_its_own_goes_with_the_caption_under_it():
    """The Sun's Nice story set "Reuters" on a line over each caption: printed as headings, over
    captions printed as paragraphs. Both go; the "Associated Press" line under a headline, over the
    story's first paragraph, is the page's credit and is left to the header reader, with that paragraph."""
    scraped = ("Truck driver kills 84 on Bastille Day\n\nAssociated Press\n\n"
               "NICE, France — A truck plowed into a crowd watching fireworks on Thursday night.\n\n"
               "Police shot the driver after a chase along the Promenade des Anglais.\n\n"
               "Reuters\n\nBodies litter the streets in grim scenes in the south of France\n\n"
               "The attack came as families watched the annual Bastille Day fireworks.\n\n"
               "Reuters\n\nAn air ambulance was at the scene as medics tried to help the injured\n\n"
               "Reuters said the driver was a 31-year-old man who lived in the city.\n")
    article = parse(scraped, Path("sun.txt"))
    assert _paragraphs(article) == ["NICE, France — A truck plowed into a crowd watching fireworks on Thursday night.",
                                    "Police shot the driver after a chase along the Promenade des Anglais.",
                                    "The attack came as families watched the annual Bastille Day fireworks.",
                                    "Reuters said the driver was a 31-year-old man who lived in the city."]
    assert not any(s.heading and ("Reuters" in s.heading or "Bodies" in s.heading) for s in article.sections)


def test_the_daily_mails_weather_line_and_ad_label_above_the_headline_are_no_part_of_the_story():
    """The Daily Mail's AP pages copied as text open with the weather box's day and an ad's label:
    the briefing was titled "Sunday, Jul 15th 2018 5-Day Forecast", and where "Advertisement" stood
    over the headline, the headline went as a teaser box's, and so did a lede under "WHAT TRUMP WANTS"."""
    scraped = ("Sunday, Jul 15th 2018 5-Day Forecast\n\nAdvertisement\n\n"
               "Summit fever: Trump reaches for big moment with Putin\n\ne-mail\n\n"
               "HELSINKI (AP) - A face-to-face sitdown with a long-feared foe drew endless media hype.\n\n"
               "Although Trump has met Putin twice before, he is eager to recreate the Singapore summit.\n")
    article = parse(scraped, Path("35.txt"))
    assert article.metadata.title == "Summit fever: Trump reaches for big moment with Putin"
    assert [t[:10] for t in _paragraphs(article)] == ["HELSINKI (", "Although T"]


def test_captions_that_open_with_their_credit_are_no_paragraphs():
    """The Sun's page copied as text sets each picture's caption on a line of its own, its credit
    first and no stop at its end ("Reuters The attack was the worst act of terror ..."): the
    pictures are not printed, nor their captions, nor a newsletter's form; the story's
    paragraphs, "Reuters reported ..." among them, stay."""
    scraped = ("Truck attack in Nice\n\n"
               "AT least 84 people, including 10 children, were killed by a suspected fanatic in Nice.\n\n"
               "AP:Associated Press Forensics are working at the scene of the crime this morning after last night's "
               "atrocity\n\n"
               "Reuters The attack was the worst act of terror in the country since the Paris attacks in November\n\n"
               "Getty Images A victim is stretchered to safety by paramedics after being injured in the massacre\n\n"
               "matrixpictures.co.uk Covered bodies lay on the promenade after the horrific attack last night\n\n"
               "Starface / eyevine A man prays beside a body covered in a pink towel at the scene of the horror\n\n"
               "Getty - Contributor Senior executives sold shares worth £1.3million after finding out about it\n\n"
               "AFP or licensors It is feared many victims will not be aware of the attack on the promenade\n\n"
               "Reuters reported that the driver was a 31-year-old man who lived in the city.\n")
    scraped = scraped.replace("Truck attack in Nice\n\n", "Truck attack in Nice\n\nSun News Email Enter your email "
                              "address Please enter an email address Email address is invalid\n\n"
                              "Media playback is unsupported on your device Media caption The tram derailed shortly "
                              "after 06:00 GMT\n\n")
    texts = _paragraphs(parse(scraped, Path("sun.txt")))
    assert texts == ["AT least 84 people, including 10 children, were killed by a suspected fanatic in Nice.",
                     "Reuters reported that the driver was a 31-year-old man who lived in the city."]


def test_a_gallerys_slides_that_open_with_its_title_go_and_a_speechs_refrain_stays(tmp_path):
    """DW copied its "Port of Duisburg turns 300" gallery under a report on a cruise ship: each slide opens
    with the gallery's title and runs into its own ("... turns 300 Expansion drive Over the centuries, ...");
    the briefing's key points were the gallery's. A refrain goes on in lower case and is the speech."""
    slides = "\n\n".join(f"Port of Duisburg turns 300 {title} {caption}" for title, caption in [
        ("Expansion drive", "Over the centuries, the port grew bigger and spread into Duisburg."),
        ("The olden days", "Scenes from bygone days show that the port mainly handled iron ore."),
        ("Loads of coal", "Surprisingly, coal has remained the main commodity shipped through the port."),
        ("Historic towers", "The twin towers at the entrance of the bridge have long been landmarks.")])
    path = tmp_path / "dw.txt"
    path.write_text("Rhine cruise ship hits bridge pylon\n\n"
                    "The accident happened late Tuesday on the Rhine River near the city of Duisburg.\n\n"
                    "Four people were taken to hospital with serious injuries.\n\n" + slides + "\n\n"
                    "jm/dm (AFP, dpa)\n", encoding="utf-8")
    assert _paragraphs(read(path)) == [
        "The accident happened late Tuesday on the Rhine River near the city of Duisburg.",
        "Four people were taken to hospital with serious injuries."]
    refrain = "\n\n".join(f"I have a dream that one day {line}." for line in (
        "this nation will rise up", "the sons of former slaves will sit down together",
        "even the state of Mississippi will be transformed", "every valley shall be exalted"))
    speech = tmp_path / "speech.txt"
    speech.write_text(f"I Have a Dream\n\nI say to you today, my friends.\n\n{refrain}\n", encoding="utf-8")
    assert len(_paragraphs(read(speech))) == 5
