"""The Markdown reader: front matter dialects, Jekyll file-name dates, rich Markdown bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.readers import read
from briefing.readers.markdown import parse
from briefing.render.sanitize import sanitize_html

from .conftest import CORPUS, FIXTURES, corpus_expected

MD = FIXTURES / "markdown"


def _blocks(article):
    return [b for s in article.sections for b in s.blocks]


def test_toml_front_matter_hugo_keys():
    article = read(MD / "hugo-toml.md")
    meta = article.metadata
    assert (meta.title, meta.subtitle, meta.date) == (
        "Tidal Energy in Practice", "Lessons from the first five years", "2021-06-30")
    assert meta.description == "What the first tidal plants taught their operators."
    assert meta.keywords == ("energy", "tides", "engineering")
    assert meta.language == "en-GB"
    assert meta.authors[0].name == "Mara Lind"
    assert article.bio == "Mara Lind is an engineer who writes about marine power."


def test_tables_footnotes_code_and_smart_punctuation():
    blocks = _blocks(read(MD / "hugo-toml.md"))
    kinds = [b.kind for b in blocks]
    assert "table" in kinds and "code" in kinds
    assert "2016 – on time, and “under budget”." in blocks[0].text
    code = next(b for b in blocks if b.kind == "code")
    assert '"no smart quotes here"' in code.text
    notes = [b for b in blocks if "id=\"fn:" in (b.html or "")]
    assert notes and "annual reports" in notes[-1].text
    assert 'href="#fn:1"' in next(b.html for b in blocks if "Output rose" in b.text)


def test_raw_html_is_sanitized_before_rendering():
    html = " ".join(sanitize_html(b.html) for b in _blocks(read(MD / "hugo-toml.md")) if b.html)
    assert "<script" not in html and "onclick" not in html
    assert "Raw paragraph kept." in html


def test_by_list_abstract_and_filename_date():
    meta = read(MD / "2019-02-01-by-list.md").metadata
    assert [a.name for a in meta.authors] == ["Ana Ruiz", "Li Wei"]
    assert meta.date == "2019-02-01"
    assert meta.description == "Silt builds up fastest after storms."
    assert meta.keywords == ("silt", "harbour")


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "markdown").glob("*.md")))
def test_corpus_posts(name):
    expected = corpus_expected(f"markdown/{name}")
    article = read(CORPUS / "markdown" / name)
    meta = article.metadata
    assert meta.title == expected["title"]
    names = [a.name for a in meta.authors if a.name]
    if isinstance(expected["author"], list):
        assert names == expected["author"]
    else:
        assert (meta.author_names or None) == expected["author"]
    assert meta.date == expected["date"]
    assert sum(1 for s in article.sections if s.heading) >= expected["min_sections"]
    assert bool(article.bio) == expected["has_bio"]
    body = " ".join(b.text for b in _blocks(article)) + " ".join(s.heading or "" for s in article.sections)
    for year in expected["years"]:
        assert str(year) in body


# --- shape of the sample and the basics (from the foundation) ---

DOC = """---
title: A Markdown Briefing
subtitle: With a subtitle
author:
  name: Ann Example
  bio: Ann Example writes about examples.
date: 2024-03-05
tags: [one, two]
key_points:
  - The first given point.
timeline:
  - {date: 2020-01, text: Something happened.}
---

Lead paragraph before any heading.

## First section

Text of the first section, with *emphasis*.

### A sub-section

- item one
- item two
"""


def test_front_matter_and_sections():
    article = parse(DOC, Path("doc.md"))
    meta = article.metadata
    assert (meta.title, meta.subtitle, meta.date) == ("A Markdown Briefing", "With a subtitle", "2024-03-05")
    assert meta.author_names == "Ann Example" and article.bio == "Ann Example writes about examples."
    assert meta.keywords == ("one", "two")
    assert [s.heading for s in article.sections] == [None, "First section", "A sub-section"]
    assert article.sections[2].level == 3
    assert article.sections[2].blocks[0].kind == "list"
    assert article.key_points[0].origin == "given"
    assert article.timeline[0].date == "2020-01" and article.timeline[0].precision == "month"


def test_jekyll_file_name_date_and_h1_title():
    article = parse("# Heading Title\n\nBody text.\n", Path("2020-05-15-post.md"))
    assert article.metadata.title == "Heading Title"
    assert article.metadata.date == "2020-05-15"


@pytest.mark.parametrize("written", ["2022-10-20 10:20:22 -0500", "2022-10-20T10:20:22+05:30",
                                     "2022-10-20 10:20 UTC", "2022-10-20 03:40:00 PM UTC",
                                     "2022-10-20 3:40 pm CEST"])
def test_a_jekyll_date_with_its_time_and_zone_gives_the_day(written):
    """Jekyll writes `date: 2022-10-20 10:20:22 -0500`; it was refused as no date."""
    article = parse(f"---\ntitle: Jekyll 4.3.0 Released\ndate: {written}\n---\n\nBody text.\n", Path("post.md"))
    assert article.metadata.date == "2022-10-20"


def test_empty_front_matter_ends_at_once_not_at_a_later_rule():
    """`---` twice opens and closes an empty front matter; the body's own `---` rule later
    was taken as its end, and the body's first lines as malformed YAML."""
    text = "---\n---\n\n# Minerals Management Service\n`Mr. DORGAN`\n\n---\n\nMr. President, we are here.\n"
    article = parse(text, Path("crec.md"))
    assert article.metadata.title == "Minerals Management Service"
    assert "we are here" in " ".join(b.text for s in article.sections for b in s.blocks)


def test_malformed_yaml_names_the_line():
    with pytest.raises(InputError, match=r"bad\.md: malformed YAML at line 3"):
        parse("---\ntitle: ok\nauthor: [unclosed\n---\nbody\n", Path("bad.md"))


def test_wrong_type_field():
    with pytest.raises(InputError, match="'date' is not a date"):
        parse("---\ntitle: x\ndate: [1, 2]\n---\nbody\n", Path("bad.md"))


def test_a_file_name_is_not_shown_as_the_source(tmp_path):
    """A post whose front matter names no source printed "SOURCE figures.md" in its masthead."""
    from briefing.readers import read

    post = tmp_path / "figures.md"
    post.write_text('---\ntitle: "Figures"\n---\n\nThe agency published its figures.\n', encoding="utf-8")
    assert read(post).metadata.source is None
    post.write_text('---\ntitle: "Figures"\nsource: "Statistics Office"\n---\n\nThe agency published.\n',
                    encoding="utf-8")
    assert read(post).metadata.source == "Statistics Office"


SHORTCODE_POST = """---
title: "Shortcodes"
author: "Jane Doe"
---

The team shipped the release on Monday, and wrote about it here.

{% image "chart.png" alt="Downloads by month" %}

{{< figure src="first-commit.png" caption="The first commit" >}}

{{video "https://www.youtube.com/watch?v=abc123xyz"}}

{{< tweet user="golang" id="123456789" >}}

{% youtube dQw4w9WgXcQ %}

{% include related.html %} Site: {{ site.title }}.

{% highlight go %}
func main() {}
{% endhighlight %}

```
{% image "a-documented-tag.png" %}
```

{% raw %}{{ .Title }}{% endraw %} is how a template prints a title.
"""


def test_shortcodes_print_what_they_mean_and_never_raw(tmp_path):
    """Jekyll/Liquid tags and Hugo shortcodes were printed raw, one even as a timeline entry."""
    from briefing.readers import read

    post = tmp_path / "post.md"
    post.write_text(SHORTCODE_POST, encoding="utf-8")
    blocks = [block for section in read(post).sections for block in section.blocks]
    prose = [b for b in blocks if b.kind != "code"]
    assert not any("{%" in b.text or "{{<" in b.text or "{{video" in b.text for b in prose)
    html = "\n".join(b.html or "" for b in blocks)
    assert 'src="chart.png"' in html and 'alt="Downloads by month"' in html
    assert 'src="first-commit.png"' in html and 'alt="The first commit"' in html
    texts = "\n".join(b.text for b in blocks)
    assert "Video: https://www.youtube.com/watch?v=abc123xyz" in texts
    assert "Tweet: https://twitter.com/golang/status/123456789" in texts
    assert "Video: https://www.youtube.com/watch?v=dQw4w9WgXcQ" in texts
    assert "Site: ." in texts and "related" not in texts
    code = [b for b in blocks if b.kind == "code"]
    assert [b.text for b in code] == ["func main() {}", '{% image "a-documented-tag.png" %}']
    assert "{{ .Title }} is how a template prints a title." in texts


def test_footnotes_print_without_their_back_link_arrows(tmp_path):
    from briefing.readers import read

    post = tmp_path / "notes.md"
    post.write_text('---\ntitle: "Notes"\n---\n\nThe claim has a source.[^1]\n\n[^1]: The report of 2020.\n',
                    encoding="utf-8")
    blocks = [block for section in read(post).sections for block in section.blocks]
    text = "\n".join(block.text for block in blocks)
    assert "The report of 2020." in text and "↩" not in text
    assert "footnote-backref" not in "".join(block.html or "" for block in blocks)


def test_an_author_line_at_the_top_of_the_body_gives_the_author(tmp_path):
    """A Kubernetes post named its author in the body ("**Author**: Joe Beda (CTO, Heptio)"),
    not in its front matter: the line was printed and the briefing had no author."""
    from briefing.readers import read

    post = tmp_path / "k8s.md"
    post.write_text('---\ntitle: "4 years of K8s"\n---\n\n**Author**: Joe Beda (CTO, Heptio)\n\n'
                    "On June 6, 2014 I checked in the first commit of what would become Kubernetes.\n",
                    encoding="utf-8")
    article = read(post)
    assert [a.name for a in article.metadata.authors] == ["Joe Beda"]
    assert [b.text for s in article.sections for b in s.blocks] == [
        "On June 6, 2014 I checked in the first commit of what would become Kubernetes."]
    post.write_text('---\ntitle: "T"\nauthor: "Ann Author"\n---\n\nBy the river the town grew for a century.\n',
                    encoding="utf-8")
    kept = read(post)
    assert [a.name for a in kept.metadata.authors] == ["Ann Author"]
    assert kept.sections[0].blocks[0].text.startswith("By the river")


@pytest.mark.parametrize("front, body, names", [
    # front matter that dresses the names: links, affiliations in brackets, "and"
    ('author: "[Matthew Kocher](https://github.com/mkocher) (VMware) and [Carson Long](https://x.org) (VMware)"',
     "", ["Matthew Kocher", "Carson Long"]),
    ('author: "Frederico Muñoz (SAS Institute)"', "", ["Frederico Muñoz"]),
    ('author: "Procter & Gamble"', "", ["Procter & Gamble"]),  # a firm, as given
    ("authors:\n- name: Huang Qiangxiong\n- name: Patrice Chalin (editor)\n  link: https://github.com/chalin", "",
     ["Huang Qiangxiong", "Patrice Chalin"]),
    # the credit in the body's first lines, when the front matter names nobody
    ("", "**Authors:** Dewan Ahmed (Aiven) and Chris Short (AWS)\n\n", ["Dewan Ahmed", "Chris Short"]),
    ("", "_By Bjørn Erik Pedersen ([@bepsays](https://twitter.com/bepsays)), Hugo Lead_\n\n",
     ["Bjørn Erik Pedersen"]),
])
def test_authors_are_read_by_name_from_a_dressed_credit(front, body, names):
    text = f"---\ntitle: Spotlight on SIG Multicluster\n{front}\n---\n\n{body}The SIG has existed for two years.\n"
    article = parse(text, Path("post.md"))
    assert [a.name for a in article.metadata.authors] == names
    printed = " ".join(b.text for s in article.sections for b in s.blocks)
    assert printed == "The SIG has existed for two years."


def test_a_document_opening_with_its_one_top_heading_takes_it_as_the_title():
    """A chapter written "##11 Recommendations" over "###1. ..." parts, with no front matter."""
    text = ("##11 Recommendations\n\nLAs are keen to align with the national approach.\n\n"
            "###1. Provide assistance to LAs\n\nPublish the vision.\n\n###2. Work with suppliers\n\nAgree terms.\n")
    article = parse(text, Path("uk-gds-recommendations.md"))
    assert article.metadata.title == "11 Recommendations"  # as written: "10 Things ..." needs its number
    assert [s.heading for s in article.sections] == [None, "1. Provide assistance to LAs", "2. Work with suppliers"]
    assert not any("file name" in w for w in article.metadata.warnings)
    # two headings of the same level open no title: the file name gives it, and says so
    flat = parse("## One\n\nText one.\n\n## Two\n\nText two.\n", Path("notes.md"))
    assert flat.metadata.title == "Notes"


def test_a_reference_link_to_a_hugo_relref_stays_a_link_not_brackets():
    """`[ga]: {{< relref page >}}` lost its target, and "[announced][ga]" printed as written."""
    text = ("---\ntitle: The future of gRPC in C#\n---\n\nIn 2019 we [announced][ga] it, see the "
            "[channels]({{<relref community >}}).\n\n[ga]: {{< relref grpc-on-dotnetcore >}}\n")
    article = parse(text, Path("post.md"))
    blocks = [b for s in article.sections for b in s.blocks]
    assert [b.text for b in blocks] == ["In 2019 we announced it, see the channels."]
    assert "{{" not in blocks[0].html and "[ga]" not in blocks[0].html


def test_a_reference_link_built_from_a_hugo_param_links_to_the_front_matter_s_address():
    """`[Observability Day]: <{{% param eventUrl %}}observability-day/>` left `<observability-day/>`
    or `<?>`, which the Markdown reader does not take for an address: "[Observability Day][]"
    and every later reference printed as written."""
    text = ("---\ntitle: KubeCon EU\neventUrl: https://events.example.org/kubecon/\nqueryParams: utm=blog\n---\n\n"
            "Join us at [KubeCon][] ([registration][]) and at the co-located [Observability Day][].\n\n"
            "[KubeCon]:\n  <{{% param eventUrl %}}?{{% param queryParams %}}>\n"
            "[Observability Day]:\n  <{{% param eventUrl %}}observability-day/>\n"
            "[registration]: <{{% param eventUrl %}}register/?{{% param queryParams %}}>\n")
    [block] = [b for s in parse(text, Path("post.md")).sections for b in s.blocks]
    assert block.text == "Join us at KubeCon (registration) and at the co-located Observability Day."
    assert 'href="https://events.example.org/kubecon/observability-day/"' in block.html


def test_an_author_that_is_a_linked_group_prints_its_words_not_the_link():
    text = ("---\ntitle: OpenTelemetry es un proyecto graduado\nauthor: >-\n  [La comunidad de OpenTelemetry]"
            "(https://github.com/open-telemetry)\n---\n\nHoy la fundación anunció la graduación del proyecto.\n")
    assert [a.name for a in parse(text, Path("post.md")).metadata.authors] == ["La comunidad de OpenTelemetry"]


def test_a_line_that_is_only_a_blocks_attributes_is_not_printed_and_parts_the_list():
    text = ("---\ntitle: Year in review\n---\n\n- The most discussed pull request, with 150 comments.\n\n"
            "  A close second goes to:\n  {.mt-3}\n  - The Portuguese translation, with 146 comments\n\n"
            "Kudos to the Java SIG for their leadership!\n{.mt-3}\n")
    blocks = [b for s in parse(text, Path("post.md")).sections for b in s.blocks]
    printed = " ".join(b.text for b in blocks)
    assert "{" not in printed and "mt-3" not in printed
    assert "A close second goes to: - The Portuguese" not in printed
    assert any(b.text == "The Portuguese translation, with 146 comments" for b in blocks if b.kind == "list")


def test_a_heading_that_is_only_a_hash_is_no_heading():
    text = "# Minerals Management Service\n\n## `a787da15aee575bf7cbcf4c45acd0e33`\n\nMr. President, we are here.\n"
    article = parse(text, Path("crec.md"))
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for s in article.sections for b in s.blocks] == ["Mr. President, we are here."]


def test_a_speaker_and_date_line_under_the_title_dates_the_speech():
    text = ("---\n---\n\n# MINERALS MANAGEMENT SERVICE\n`Mr. DORGAN — 12 September 2008`\n\n---\n\n"
            "Mr. DORGAN. Mr. President, we are on the Defense authorization bill, so I wanted to make "
            "a couple of comments.\n")
    article = parse(text, Path("a787da15.md"))
    assert article.metadata.date == "2008-09-12"
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert paragraphs[0] == "Mr. DORGAN — 12 September 2008"  # the speaker's line stays


def test_a_date_line_alone_at_the_top_dates_the_post_and_leaves_the_body():
    article = parse("# Harbour report\n\nMarch 3, 2021\n\nThe harbour reopened on Monday after the storm.\n",
                    Path("2019-01-01-harbour.md"))
    assert article.metadata.date == "2021-03-03"  # the post's own line wins over its file name
    assert [b.text for s in article.sections for b in s.blocks] == [
        "The harbour reopened on Monday after the storm."]


def test_a_dash_in_an_opening_sentence_gives_no_date():
    article = parse("# Harbour report\n\nThe harbour — closed since 12 September 2008 — reopened.\n",
                    Path("harbour.md"))
    assert article.metadata.date is None


def test_a_figure_left_open_loses_none_of_the_text_after_it():
    # the Sass post wrote <figure> where it meant </figure>: eight sections vanished
    text = ("# Colors\n\nIntro paragraph about colors.\n\n<figure>\n<img src=\"cube.png\" alt=\"a cube\">\n"
            "<figcaption>Images generated by a tool.</figcaption>\n<figure>\n\n"
            "Look at those nice, geometric shapes!\n\n## Matching human perception\n\n"
            "But that simplicity comes with limitations.\n")
    article = parse(text, Path("post.md"))
    assert [s.heading for s in article.sections if s.heading] == ["Matching human perception"]
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert "Look at those nice, geometric shapes!" in paragraphs
    assert "But that simplicity comes with limitations." in paragraphs


def test_markdown_between_html_tags_is_read_as_markdown():
    article = parse("<div class=\"note\">\n\nSome **bold** advice.\n\n</div>\n\nAfter the note.\n", Path("n.md"))
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert "Some bold advice." in paragraphs and "After the note." in paragraphs
    assert not any("**" in p or "</div>" in p for p in paragraphs)


def test_an_author_among_hugo_s_page_params_is_the_author():
    article = parse("---\ntitle: Linkerd turns one\nparams:\n  author: william\n---\n\nBelieve it or not.\n",
                    Path("linkerd.md"))
    assert [a.name for a in article.metadata.authors] == ["william"]


def test_a_memo_s_from_list_names_its_authors_and_kramdown_s_contents_marker_goes():
    text = ("---\ntitle: M-13-13\n---\n\n**From:**\n\n* **Sylvia M. Burwell**<br />Director\n"
            "* **Todd Park**<br />U.S. Chief Technology Officer\n{: #from}\n\n"
            "**Subject:** Open Data Policy\n\n* Table of Contents\n{:toc}\n\n"
            "Information is a valuable national resource.\n")
    article = parse(text, Path("memo.md"))
    assert [a.name for a in article.metadata.authors] == ["Sylvia M. Burwell", "Todd Park"]
    blocks = [b.text for s in article.sections for b in s.blocks]
    assert "Table of Contents" not in " ".join(blocks)
    assert any("Director" in b for b in blocks)  # the memo's From list is printed as written


def test_a_list_of_things_after_a_by_label_names_no_one():
    text = "By:\n\n* the end of the year\n* next spring\n\nThe plan runs on.\n"
    assert parse(text, Path("plan.md")).metadata.authors == ()


def test_a_footnote_mark_is_no_part_of_its_heading():
    article = parse("# Memo\n\n## a. Use open formats[^19]\n\nText.\n\n[^19]: A note.\n", Path("memo.md"))
    assert [s.heading for s in article.sections if s.heading] == ["a. Use open formats"]


def test_a_hugo_alert_leaves_no_braces_and_a_github_alert_no_brackets():
    text = ('# Notes\n\nIntro.\n\n{{% alert title="Note" color="info" %}}\n  A StreamInterceptor applies to '
            "any RPC.\n{{% /alert %}}\n\n> [!IMPORTANT] Important access note\n>\n> You need a pass.\n")
    blocks = [b.text for s in parse(text, Path("n.md")).sections for b in s.blocks]
    assert "A StreamInterceptor applies to any RPC." in blocks
    assert not any("{" in b or "[!" in b for b in blocks)
    assert any(b.startswith("Important: Important access note") for b in blocks)


def test_a_site_s_code_sample_block_is_printed_as_code():
    text = ("# Colors\n\nSee the functions.\n\n{% codeExample 'color-fns', false %}\n  .a { color: red; }\n"
            "  ===\n  .a\n    color: red\n{% endcodeExample %}\n\nAfter the example.\n")
    blocks = [(b.kind, b.text) for s in parse(text, Path("c.md")).sections for b in s.blocks]
    assert any(kind == "code" and "===" in body for kind, body in blocks)
    assert ("paragraph", "After the example.") in blocks


def test_a_line_break_in_a_heading_reads_as_a_space():
    text = ("## M-16-21<br/>MEMORANDUM FOR THE HEADS OF AGENCIES\n\nThe Government is committed to better software."
            "<sup id=\"fnr3\"><a href=\"#fn3\">3</a></sup>\n\n## Scope<sup id=\"fnr4\"><a href=\"#fn4\">4</a></sup>\n\n"
            "This policy applies to new code.\n")
    article = parse(text, Path("memo.md"))
    assert [s.heading for s in article.sections if s.heading] == [
        "M-16-21 MEMORANDUM FOR THE HEADS OF AGENCIES", "Scope"]


def test_linked_authors_with_their_employers_are_named_without_them():
    text = ('---\ntitle: Zombie members\nauthor: "[Benjamin Wang](https://github.com/ahrtr) Broadcom, '
            '[Josh Berkus](https://github.com/jberkus) Red Hat"\n---\n\nRecently, the community fixed a bug.\n')
    assert [a.name for a in parse(text, Path("etcd.md")).metadata.authors] == ["Benjamin Wang", "Josh Berkus"]


def test_a_memo_s_header_fields_set_as_headings_are_fields():
    text = ("## M-16-21<br/>MEMORANDUM FOR THE HEADS OF AGENCIES\n"
            "<h3> FROM: <br/>Tony Scott<br/>United States Chief Information Officer</h3>\n"
            "<h3> SUBJECT: <br/>Federal Source Code Policy</h3>\n\n"
            "The Government is committed to better software.\n\n## Scope\n\nThis policy applies to new code.\n")
    article = parse(text, Path("memo.md"))
    assert [s.heading for s in article.sections if s.heading] == [
        "M-16-21 MEMORANDUM FOR THE HEADS OF AGENCIES", "Scope"]
    paragraphs = [b.text for s in article.sections for b in s.blocks]
    assert paragraphs[:2] == ["FROM: Tony Scott United States Chief Information Officer",
                              "SUBJECT: Federal Source Code Policy"]


def test_front_matter_keys_in_capitals_and_authors_in_a_comma_list(tmp_path):
    post = tmp_path / "post.md"
    post.write_text('---\nTitle: "End Users and Knative"\nby: Julien Richard-Foy, Wojciech Mazur\n'
                    "date: 2022-03-08\n---\n\nKnative is an open-source community that values end users.\n",
                    encoding="utf-8")
    article = read(post)
    assert article.metadata.title == "End Users and Knative"
    assert [a.name for a in article.metadata.authors] == ["Julien Richard-Foy", "Wojciech Mazur"]
    single = tmp_path / "single.md"
    single.write_text("---\ntitle: T\nauthor: Doe, Jane\n---\n\nText of the post.\n", encoding="utf-8")
    assert [a.name for a in read(single).metadata.authors] == ["Doe, Jane"]  # one name, written last name first


@pytest.mark.parametrize("front, day", [
    ('+++\ntitle = "Imposter Syndrome"\npath = "inside-rust/2022/04/19/imposter-syndrome"\n+++\n', "2022-04-19"),
    ('---\ntitle: Notes\naliases: ["/blog/2019-11-02-notes/"]\n---\n', "2019-11-02"),
    ("---\ntitle: Notes\npublishDate: 2021-06-30\npublished: true\n---\n", "2021-06-30"),
    ('---\ntitle: Notes\npermalink: /2020/02/31/no-such-day/\n---\n', None),  # no such day: no date
])
def test_a_post_with_no_date_key_is_dated_by_its_own_address(front, day):
    article = parse(front + "\nThe post's one paragraph, with enough words to be read as text.\n", Path("index.md"))
    assert article.metadata.date == day


def test_an_author_name_key_gives_the_author():
    article = parse("---\ntitle: Monitoring DreamHack\n"
                    "author_name: Christian Svensson (DreamHack Network Team)\n---\n\n"
                    "The network ran for five days with ten thousand players on it.\n", Path("post.md"))
    assert [a.name for a in article.metadata.authors] == ["Christian Svensson"]


def test_hebrew_geresh_and_gershayim_are_not_made_quotation_marks():
    """A Hebrew post printed ג’וקר and ד”ר: smart quotes inside a Hebrew word are its
    geresh and gershayim."""
    article = parse("---\ntitle: כנס\n---\n\nהוא ראה את ג'וקר עם ד\"ר הוס, וזה \"מד\"ב\" טוב.\n", Path("he.md"))
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "ג׳וקר" in text and "ד״ר" in text and "מד״ב" in text


def test_a_line_of_no_break_spaces_parts_paragraphs():
    """A White House call transcript parted its paragraphs with lines of no-break spaces: the
    whole 20,000-character transcript was read as one paragraph."""
    body = "\n\u00a0\u00a0 \n".join(f"Paragraph {n} of the call says what the officials said." for n in range(4))
    article = parse(f"---\ntitle: Call\n---\n\n{body}\n", Path("call.md"))
    assert [t for _, _, t in article.paragraphs()] == [
        f"Paragraph {n} of the call says what the officials said." for n in range(4)]


def test_a_backslash_at_a_lines_end_breaks_the_line_and_is_not_printed(tmp_path):
    """blog.rust-lang.org prints an e-mail's header with CommonMark's hard breaks ("**From:**
    Mara Bos \\"): the backslashes printed, and "Date: ... UTC \\ Subject." was a timeline
    entry (gathered9). A backslash in a fenced code block stays."""
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Follow-up\nauthor: Mara Bos\ndate: 2021-12-17\n---\n\n"
                    "The following e-mail was sent to all members of the project last week.\n\n"
                    "**From:** Mara Bos \\\n**To:** All members of the project \\\n"
                    "**Date:** Fri, 10 Dec 2021 18:12:06 UTC \\\n**Subject:** Follow-up\n\n"
                    "```\nmake \\\n  all\n```\n", encoding="utf-8")
    blocks = [b for s in read(post).sections for b in s.blocks]
    header = next(b for b in blocks if b.text.startswith("From:"))
    assert "\\" not in header.text and header.html.count("<br") == 3
    assert "\\" in next(b for b in blocks if b.kind == "code").text
