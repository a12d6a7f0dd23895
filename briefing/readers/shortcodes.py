"""Jekyll/Liquid tags and Hugo shortcodes in a Markdown post, read for what they print: an
image becomes a Markdown image, one with a caption a figure that prints it, a video, tweet or
gist becomes a link with its URL, a highlight or code-sample block becomes a fenced code block; a tag that
prints nothing a briefing can show (an include, an assignment, a comment) is dropped, and
Hugo's `param` prints the page's front-matter value of that name. No
shortcode is ever printed raw. Code blocks are left as they are: a post about Jekyll may
show its tags.
"""

from __future__ import annotations

import html
import re
import shlex

from .byline import LINK

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_LIQUID = re.compile(r"{%-?\s*(\w+)\b(.*?)-?%}", re.S)
_HUGO = re.compile(r"{{[<%]\s*(/?)\s*([\w./-]+)(.*?)[>%]}}", re.S)
_GO = re.compile(r"{{\s*(\w+)\s+(\"[^\"]*\"|\S+)([^}]*)}}")  # {{video "https://..."}}, {{image "x.png" 326}}
_FILTERED = re.compile(r"{{-?\s*[\"']([^\"'{}]*)[\"']\s*\|[^{}]*?-?}}")  # {{ "/path/" | url }}: the path
_OUTPUT = re.compile(r"{{-?\s*[\w.|\s:\"'-]*?-?}}")  # {{ page.title }}: a site variable, nothing to print

_IMAGES = {"image", "img", "figure", "picture", "imgcap", "img_caption", "responsive_image", "photo", "asset_img"}
_LINKS = {"video": "Video", "youtube": "Video", "vimeo": "Video", "tweet": "Tweet", "twitter": "Tweet",
          "x": "Tweet", "gist": "Code", "instagram": "Post", "embed": "Link", "iframe": "Link", "link": "Link"}
_FILE_NAME = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$", re.I)  # not a caption
_SOURCE_KEYS = ("src", "url", "image", "file", "path", "href", "link", "id")
_CAPTION_KEYS = ("caption", "title", "alt", "description")


def _arguments(text: str) -> tuple[list[str], dict[str, str]]:
    """The positional and key=value arguments of a tag ("a.png" alt="A photo" 326)."""
    try:
        tokens = shlex.split(text.replace("“", '"').replace("”", '"'), posix=True)
    except ValueError:
        tokens = text.split()
    positional, named = [], {}
    for token in tokens:
        key, sep, value = token.partition("=")
        if sep and re.fullmatch(r"[\w-]+", key):
            named[key.lower()] = value
        else:
            positional.append(token)
    return positional, named


def _url(name: str, positional: list[str], named: dict[str, str]) -> str | None:
    value = next((named[k] for k in _SOURCE_KEYS if named.get(k)), None) or next(iter(positional), None)
    if name in ("tweet", "twitter", "x") and named.get("user"):
        value = value or named["user"]
    if not value:
        return None
    if re.match(r"https?://", value):
        return value
    if name == "youtube" and re.fullmatch(r"[\w-]{6,20}", value):
        return f"https://www.youtube.com/watch?v={value}"
    if name == "vimeo" and value.isdigit():
        return f"https://vimeo.com/{value}"
    if name in ("tweet", "twitter", "x") and named.get("user") and named.get("id", "").isdigit():
        return f"https://twitter.com/{named['user']}/status/{named['id']}"
    if name in ("tweet", "twitter", "x") and len(positional) >= 2 and positional[1].isdigit():
        return f"https://twitter.com/{positional[0]}/status/{positional[1]}"
    if name == "gist" and "/" in value:
        return f"https://gist.github.com/{value}"
    if name == "gist" and len(positional) >= 2:
        return f"https://gist.github.com/{positional[0]}/{positional[1]}"
    return None


def _printed(name: str, arguments: str) -> str:
    """What a tag prints, as Markdown ("" for nothing)."""
    name = name.lower()
    positional, named = _arguments(arguments)
    if name == "include" and positional:  # {% include figure.html image="x.png" caption="..." %}
        included = positional[0].rsplit("/", 1)[-1].split(".")[0].lower()
        name, positional = included, positional[1:]
    if name in _IMAGES or name.startswith(("image_", "img_")):  # image_with_class, img_tag ...
        source = next((named[k] for k in _SOURCE_KEYS if named.get(k)), None) or next(
            (p for p in positional if not p.isdigit()), None)
        if not source:
            return ""
        caption = next((named[k] for k in _CAPTION_KEYS if named.get(k)), None) or next(
            (p for p in positional[1:] if not p.isdigit() and not re.fullmatch(r"[\w-]+", p)
             and not _FILE_NAME.search(p)), "")
        source = source.replace(" ", "%20")
        shown = next((named[k] for k in ("caption", "title") if named.get(k)), None)
        if shown:  # printed under the image, as the site shows it; a Markdown link as its text
            shown = LINK.sub(r"\1", shown)
            alt = named.get("alt") or shown
            return (f'\n\n<figure><img src="{html.escape(source)}" alt="{html.escape(alt)}">'
                    f"<figcaption>{html.escape(shown)}</figcaption></figure>\n\n")
        caption = caption.replace("[", "(").replace("]", ")")
        return f"\n\n![{caption}]({source})\n\n"
    if name in ("ref", "relref", "post_url"):  # a link to another page of the site: the link stays, going nowhere
        return "#"
    if name == "link" and positional and not re.match(r"https?://", positional[0]):
        return "/" + positional[0].lstrip("/")  # Jekyll's {% link blog/x.png %}: a file from the site's root
    if name in _LINKS:
        url = _url(name, positional, named)
        return f"\n\n{_LINKS[name]}: <{url}>\n\n" if url else ""
    return ""


def _outside_code(text: str, change) -> str:
    """`change` applied to the parts of a Markdown text outside its fenced and indented code."""
    out: list[str] = []
    chunk: list[str] = []
    fence: str | None = None
    for line in text.splitlines(keepends=True):
        opening = _FENCE.match(line)
        if fence is None and opening:
            out.append(change("".join(chunk)))
            chunk, fence = [line], opening.group(1)[0] * 3
        elif fence is not None:
            chunk.append(line)
            if line.strip().startswith(fence):
                out.append("".join(chunk))
                chunk, fence = [], None
        else:
            chunk.append(line)
    out.append("".join(chunk) if fence is not None else change("".join(chunk)))
    return "".join(out)


def _highlights(text: str) -> str:
    """{% highlight go %}...{% endhighlight %} and {{< highlight go >}}...{{< /highlight >}} as
    fenced code blocks."""
    text = re.sub(r"{%-?\s*highlight\s+([\w+-]+)[^%]*-?%}\n?", lambda m: f"\n```{m.group(1)}\n", text)
    text = re.sub(r"\n?{%-?\s*endhighlight\s*-?%}", "\n```\n", text)
    text = re.sub(r"{{[<%]\s*highlight\s+([\w+-]+)[^>%]*[>%]}}\n?", lambda m: f"\n```{m.group(1)}\n", text)
    text = re.sub(r"\n?{{[<%]\s*/highlight\s*[>%]}}", "\n```\n", text)
    return _code_blocks(text)


_CODE_OPEN = re.compile(r"{%-?\s*(\w*(?:code|example)\w*)\b[^%]{0,200}-?%}", re.I)
_CODE_END = re.compile(r"{%-?\s*end(\w*(?:code|example)\w*)\s*-?%}", re.I)


def _code_blocks(text: str) -> str:
    """A site's own code-sample block ("{% codeExample 'name' %}...{% endcodeExample %}") as a
    fenced code block; each tag is read once (no search runs on from every opening tag)."""
    ends = [(m.start(), m.end(), m.group(1).lower()) for m in _CODE_END.finditer(text)]
    if not ends:
        return text
    out, pos, next_end = [], 0, 0
    for match in _CODE_OPEN.finditer(text):
        if match.start() < pos or match.group(1).lower().startswith("end"):
            continue
        while next_end < len(ends) and ends[next_end][0] < match.end():
            next_end += 1
        if next_end == len(ends):
            break
        start, stop, name = ends[next_end]
        if name != match.group(1).lower():
            continue
        out += [text[pos:match.start()], "\n```\n", text[match.end():start].strip("\n"), "\n```\n"]
        pos, next_end = stop, next_end + 1
    return "".join(out) + text[pos:]


def _param(arguments: str, params: dict) -> str | None:
    """Hugo's `{{% param eventUrl %}}`: the page's front-matter value of that name (Hugo's
    names are not case-sensitive), when it is text."""
    positional, _ = _arguments(arguments)
    if not positional:
        return None
    wanted = positional[0].lower()
    value = next((v for k, v in params.items() if str(k).lower() == wanted), None)
    return value.strip() if isinstance(value, str) else None


def interpret(markdown: str, params: dict | None = None) -> str:
    """The Markdown with its Liquid tags and Hugo shortcodes read (see the module's docstring);
    `params` are the front matter's values, which `{{% param name %}}` prints."""
    if "{%" not in markdown and "{{" not in markdown:
        return markdown
    markdown = re.sub(r"{%-?\s*comment\s*-?%}.*?{%-?\s*endcomment\s*-?%}", "", markdown, flags=re.S)
    kept: list[str] = []  # {% raw %}...{% endraw %}: its text printed as written

    def keep(match: re.Match) -> str:
        kept.append(match.group(1))
        return f"\x00{len(kept) - 1}\x00"

    markdown = re.sub(r"{%-?\s*raw\s*-?%}(.*?){%-?\s*endraw\s*-?%}", keep, markdown, flags=re.S)
    markdown = _highlights(markdown)

    def hugo(name: str, arguments: str) -> str:
        return _param(arguments, params or {}) or "" if name == "param" else _printed(name, arguments)

    def change(text: str) -> str:
        # Hugo's first: "{{% alert %}}" holds a Liquid-looking "{% alert %}", which left "{}"
        text = _HUGO.sub(lambda m: "" if m.group(1) else hugo(m.group(2), m.group(3)), text)
        text = _LIQUID.sub(lambda m: _printed(m.group(1), m.group(2)), text)
        text = _GO.sub(lambda m: _printed(m.group(1), m.group(2) + m.group(3)), text)
        return _OUTPUT.sub("", _FILTERED.sub(lambda m: m.group(1), text))

    markdown = _outside_code(markdown, change)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], markdown)
