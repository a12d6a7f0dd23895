"""Untrusted article content: no local file read, no attachment, template syntax as text."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from pypdf import PdfReader

from briefing import build

from .conftest import pdf_text

SECRET = "TOP-SECRET-7f3a9c"

# Builds an article in a child process with an audit hook that records every file the
# process opens, so a test can prove that a planted file was never read.
_AUDITED_BUILD = textwrap.dedent("""
    import json, sys
    opened = []
    def hook(event, args):
        if event == "open" and isinstance(args[0], str):
            opened.append(args[0])
    sys.addaudithook(hook)
    import briefing
    briefing.build(sys.argv[1], sys.argv[2])
    print(json.dumps(opened))
""")


def audited_build(article, output) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _AUDITED_BUILD, str(article), str(output)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def plant_secrets(tmp_path):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "passwd").write_text(SECRET + "\n")
    (secrets / "hostname").write_text(SECRET + "-host\n")
    (secrets / "pixel.png").write_bytes(b"\x89PNG" + SECRET.encode())
    articles = tmp_path / "articles"
    articles.mkdir()
    return secrets, articles


def test_raw_html_in_markdown_reads_no_local_file(tmp_path):
    secrets, articles = plant_secrets(tmp_path)
    article = articles / "hostile.md"
    article.write_text(textwrap.dedent(f"""\
        ---
        title: Hostile article
        ---

        ## Section

        A paragraph before the images.

        <img src="file://{secrets}/passwd">
        <img src="file:///etc/passwd">
        <img src="../secrets/pixel.png">
        <link rel="attachment" href="file://{secrets}/hostname">
        <link rel="attachment" href="file:///etc/hostname">
        <a rel="attachment" href="file://{secrets}/hostname">a link</a>
        <p style="background: url(file://{secrets}/passwd)">Styled paragraph.</p>

        A paragraph after the images.
        """))
    output = tmp_path / "hostile.pdf"
    opened = audited_build(article, output)
    assert not [p for p in opened if p.startswith(str(secrets)) or p in ("/etc/passwd", "/etc/hostname")]
    reader = PdfReader(output)
    assert reader.attachments == {}
    raw = output.read_bytes()
    assert SECRET.encode() not in raw
    text = pdf_text(output)
    assert "A paragraph before the images." in text and "A paragraph after the images." in text
    assert SECRET not in text


def test_symlink_out_of_the_article_folder_is_not_followed(tmp_path):
    secrets, articles = plant_secrets(tmp_path)
    (articles / "innocent.png").symlink_to(secrets / "pixel.png")
    article = articles / "linked.md"
    article.write_text("# Linked\n\nText before.\n\n![an image](innocent.png)\n\nText after.\n")
    opened = audited_build(article, tmp_path / "linked.pdf")
    assert not [p for p in opened if "pixel.png" in p or "innocent.png" in p]


def test_template_syntax_and_script_appear_literally(tmp_path):
    article = tmp_path / "literal.txt"
    article.write_text(
        "Literal Article\n\nA Heading\n\n"
        "The expression {{ 7*7 }} and {% if true %}block{% endif %} stay as written here.\n\n"
        "And <script>alert(1)</script> is shown as text, not run.\n")
    pdf = build(article)
    text = pdf_text(pdf)
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "{% if true %}block{% endif %}" in text
    assert "<script>alert(1)</script>" in text


def test_markdown_script_is_removed_not_rendered(tmp_path):
    article = tmp_path / "script.md"
    article.write_text("# Script\n\nBefore.\n\n<script>document.write('INJECTED')</script>\n\n"
                       "<p onclick=\"steal()\">After.</p>\n")
    text = pdf_text(build(article))
    assert "Before." in text and "After." in text
    assert "INJECTED" not in text and "steal" not in text


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def test_control_an_image_inside_the_article_folder_is_read(tmp_path):
    """The audit hook does see file reads: an allowed image is opened and embedded."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "figure.png").write_bytes(_tiny_png())
    article = articles / "figure.md"
    article.write_text("# Figure\n\nText before.\n\n![a figure](figure.png)\n\nText after.\n")
    opened = audited_build(article, tmp_path / "figure.pdf")
    assert str(articles / "figure.png") in opened
    assert b"/Subtype /Image" in (tmp_path / "figure.pdf").read_bytes() or \
        b"/Subtype/Image" in (tmp_path / "figure.pdf").read_bytes()
