"""Images a Hugo or Jekyll post names from its site's root (`/images/blog/x.png`):
read from the folder `--site-root` or the sidecar's `site_root` names, and from nowhere
else; left out with a warning that names the option when no site root is given."""

from __future__ import annotations

from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from briefing.cli import cli

from .conftest import pdf_text

POST = """---
title: Harbour works begin
author: Ana Lima
date: 2024-03-05
---

The council approved the harbour works on Monday after a long debate among its members.

{{{{< figure src="{src}" caption="The outer harbour in [March](https://example.org/m)." >}}}}

Work starts in April and should end by the autumn of 2025, the council said in a statement.
"""


def site(tmp_path, src="/images/blog/harbour.png"):
    """A site laid out as Hugo lays one out: the post in content/, its image in static/."""
    (tmp_path / "static" / "images" / "blog").mkdir(parents=True)
    Image.new("RGB", (400, 200), (30, 90, 160)).save(tmp_path / "static" / "images" / "blog" / "harbour.png")
    post = tmp_path / "content" / "blog" / "harbour.md"
    post.parent.mkdir(parents=True)
    post.write_text(POST.format(src=src), encoding="utf-8")
    return post


def images(pdf) -> int:
    return sum(len(page.images) for page in PdfReader(pdf).pages)


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def test_without_a_site_root_the_image_is_left_out_and_the_warning_names_the_option(tmp_path):
    post = site(tmp_path)
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 0, result.output
    assert "1 image left out: 1 named from the site's root (--site-root DIR reads them)" in result.stderr
    assert images(tmp_path / "out.pdf") == 0
    text = pdf_text(tmp_path / "out.pdf")
    assert "The outer harbour" not in text  # a caption without its image says nothing
    assert "Work starts in April" in text


def test_site_root_reads_the_image_and_prints_its_caption(tmp_path):
    post = site(tmp_path)
    result = run("build", post, "-o", tmp_path / "out.pdf", "--site-root", tmp_path / "static")
    assert result.exit_code == 0, result.output
    assert "left out" not in result.stderr
    assert images(tmp_path / "out.pdf") == 1
    text = pdf_text(tmp_path / "out.pdf")
    # in the body, after the key messages that repeat its sentences
    assert text.rindex("long debate") < text.index("The outer harbour in March.") < text.rindex("Work starts")
    assert "{{" not in text and "example.org" not in text


def test_the_sidecar_names_the_site_root_from_its_own_folder(tmp_path):
    post = site(tmp_path)
    post.with_name("harbour.briefing.yaml").write_text("site_root: ../../static\n", encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 0, result.output
    assert images(tmp_path / "out.pdf") == 1


def test_a_sidecar_site_root_that_is_no_folder_is_a_user_error(tmp_path):
    post = site(tmp_path)
    side = post.with_name("harbour.briefing.yaml")
    side.write_text("site_root: ../../nowhere\n", encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 2
    assert str(side) in result.stderr and "site_root" in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_path_that_climbs_out_of_the_site_root_is_not_read(tmp_path):
    post = site(tmp_path, src="/../static/images/blog/harbour.png")
    (tmp_path / "public").mkdir()
    result = run("build", post, "-o", tmp_path / "out.pdf", "--site-root", tmp_path / "public")
    assert result.exit_code == 0, result.output
    assert images(tmp_path / "out.pdf") == 0
    assert "named from the site's root" in result.stderr


def test_a_jekyll_link_tag_names_an_image_from_the_site_s_root(tmp_path):
    """Jekyll posts write `![alt text]({% link blog/images/x.png %})`; the tag printed nothing,
    and the image without an address drew "alt text" in the PDF."""
    post = site(tmp_path)
    text = post.read_text(encoding="utf-8").replace(
        '{{< figure src="/images/blog/harbour.png" caption="The outer harbour in [March](https://example.org/m)." >}}',
        "![alt text]({% link images/blog/harbour.png %})\n\n![alt text]()")
    post.write_text(text, encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf", "--site-root", tmp_path / "static")
    assert result.exit_code == 0, result.output
    assert images(tmp_path / "out.pdf") == 1
    assert "alt text" not in pdf_text(tmp_path / "out.pdf")
    assert "left out" not in result.stderr


def test_a_sidecar_may_not_open_the_disk_and_odd_paths_are_left_out(tmp_path):
    post = site(tmp_path, src="/images/blog/x%00.png")
    side = post.with_name("harbour.briefing.yaml")
    side.write_text("site_root: /\n", encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 2 and "site_root" in result.stderr and str(side) in result.stderr
    side.unlink()
    result = run("build", post, "-o", tmp_path / "out.pdf", "--site-root", tmp_path / "static")
    assert result.exit_code == 0, result.output  # a NUL in a name is an image left out, not a crash
    assert images(tmp_path / "out.pdf") == 0


def test_an_absolute_path_into_the_article_s_folder_still_prints(tmp_path):
    post = site(tmp_path)
    Image.new("RGB", (300, 150), (200, 40, 40)).save(post.parent / "local.png")
    text = post.read_text(encoding="utf-8").replace("/images/blog/harbour.png", str(post.parent / "local.png"))
    post.write_text(text, encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 0, result.output
    assert images(tmp_path / "out.pdf") == 1 and "left out" not in result.stderr


def test_a_figure_whose_image_is_not_in_the_articles_folder_goes_caption_and_all(tmp_path):
    """The matplotlib blog's post names images beside it that were not saved with it: their
    captions ("Cover of the IPCC SR15") were printed alone, and each image had a warning
    line of its own (issue 14, gathered6)."""
    post = tmp_path / "post.md"
    Image.new("RGB", (400, 200), (30, 90, 160)).save(tmp_path / "kept.png")
    post.write_text(
        "---\ntitle: Figures in the report\nauthor: Ana Lima\n---\n\n"
        "Many figures in the report were drawn with open-source tools by its authors.\n\n"
        '<figure><a href="https://example.org/report"><img src="cover.jpg"/>\n'
        "<figcaption>Cover of the report</figcaption></a></figure>\n\n"
        '<figure><img src="kept.png"/><figcaption>The harbour at dawn</figcaption></figure>\n\n'
        '<figure><img src="fig-2.png"/><figcaption>Figure 2, drawn with matplotlib</figcaption></figure>\n\n'
        "The data and notebooks were published to make the analysis reproducible.\n", encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "warning" in line and "image" in line] == [
        f"briefing: warning: {post}: 2 images left out: 2 not found in the article's folder"]
    text = pdf_text(tmp_path / "out.pdf")
    assert "Cover of the report" not in text and "Figure 2, drawn" not in text
    assert "The harbour at dawn" in text and images(tmp_path / "out.pdf") == 1
    assert "The data and notebooks were published" in text


def test_an_image_and_its_caption_in_emphasis_under_it_go_together(tmp_path):
    """A Jekyll post writes a figure as "![Almedalen](/assets/a.jpg)" then "*Almedalen, Visby,
    Sweden.*": without the image, the caption printed alone (gathered9)."""
    post = tmp_path / "post.md"
    Image.new("RGB", (400, 200), (30, 90, 160)).save(tmp_path / "kept.png")
    post.write_text(
        "---\ntitle: A week in Visby\nauthor: Ana Lima\n---\n\n"
        "Almedalen week is a unique political event where parties meet the public every summer.\n\n"
        "![Almedalen, Visby, Sweden]({{site.url}}/assets/almedalen.jpg)\n*Almedalen, Visby, Sweden.*\n\n"
        "![The harbour](kept.png)\n*The harbour at dawn.*\n\n"
        "Open source was most often mentioned in terms of efficiency by the speakers.\n", encoding="utf-8")
    result = run("build", post, "-o", tmp_path / "out.pdf")
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "out.pdf")
    assert "Almedalen, Visby, Sweden." not in text
    assert "The harbour at dawn." in text and images(tmp_path / "out.pdf") == 1
    assert "Open source was most often mentioned" in text
