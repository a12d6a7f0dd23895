"""Turn front-matter (or sidecar) fields into typed model values, in one place.

Knows the keys Pandoc, Quarto, Jekyll and Hugo use: title, subtitle, author(s) or by
as a string, list or mapping, date, description / abstract / summary, tags /
keywords / categories, lang, plus briefing's own bio, source, key_points, timeline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..dates import parse_date
from ..errors import InputError
from ..model import Author, KeyPoint, TimelineEvent, web_domain
from .byline import LINK, credited_names

AUTHOR_KEYS = ("author", "authors", "by", "author_name", "byline")  # `author_name`: Nanoc's blogs
DESCRIPTION_KEYS = ("description", "abstract", "summary", "excerpt", "tldr")
KEYWORD_KEYS = ("keywords", "tags", "categories")
URL_KEYS = ("url", "canonical_url", "link")
#: The keys that date a post: Jekyll's and Zola's `date`, Hugo's `publishDate`, others'.
DATE_KEYS = ("date", "publishdate", "pubdate", "published_at")  # not Jekyll's `published: false`
#: The keys whose web address or path may hold the post's date ("/2022/04/19/imposter-syndrome").
ADDRESS_KEYS = ("path", "permalink", "url", "slug", "aliases")
_DATED_PATH = re.compile(r"(?:^|/)((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-]|$)")
#: Characters that are never text: controls (tab and line breaks aside), lone surrogates
#: (a YAML or JSON escape can make one; no file can be written with it) and non-characters.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
SHOWN_CHARS = 60


def printable(text: str) -> str:
    """A metadata string without the characters that are never text."""
    return _NOT_TEXT.sub("", text)


def shown(value: Any, limit: int = SHOWN_CHARS) -> str:
    """A user's value as an error message may quote it: text cut to `limit` characters,
    a number or date as written, any other structure by its kind only (never printed whole:
    YAML aliases make a few bytes into a structure too big to print)."""
    if isinstance(value, str):
        text = printable(value)
        return repr(text if len(text) <= limit else text[:limit] + "...")
    if value is None or isinstance(value, (bool, int, float)) or type(value).__module__ == "datetime":
        long_number = isinstance(value, int) and value.bit_length() > 4 * limit
        return "a long number" if long_number else repr(value)[:limit]
    kind = {"list": "a list", "dict": "a mapping", "tuple": "a list", "set": "a set", "bytes": "bytes"}
    return kind.get(type(value).__name__, f"a {type(value).__name__}")


def _text(value: Any, key: str, path: Path) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        try:
            return printable(str(value)).strip()
        except ValueError:  # an integer over Python's 4300 digits (YAML's 1:2:3... makes any size)
            raise InputError(f"front-matter field {key!r} is a number too long to be text", path) from None
    raise InputError(f"front-matter field {key!r} must be text, not {type(value).__name__}", path)


def _author(value: Any, path: Path) -> Author:
    if isinstance(value, dict):
        name = value.get("name") or value.get("display_name")
        if not name:
            raise InputError("an author mapping needs a 'name'", path)
        bio = value.get("bio") or value.get("description") or value.get("affiliation")
        return Author(
            name=_text(name, "author.name", path),
            bio=_text(bio, "author.bio", path) if isinstance(bio, str) else None,
            url=_text(value["url"], "author.url", path) if value.get("url") else None,
        )
    return Author(name=_text(value, "author", path))


#: Signs that an author string credits several people or dresses a name: a Markdown link,
#: an affiliation in brackets, "and", "&", a comma ("Julien Richard-Foy, Wojciech Mazur").
_CREDIT_MARKS = re.compile(r"\]\(|\(|\band\b|&|,")


def authors(value: Any, path: Path) -> tuple[Author, ...]:
    """Authors from a string, a list of strings or mappings, or one mapping. A string such
    as "[Ann Lee](url) (Acme) and Bo Wu (AWS)" gives each person named, by name only."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    found: list[Author] = []
    for item in items:
        if item in (None, ""):
            continue
        author = _author(item, path)
        names = credited_names(author.name) if _CREDIT_MARKS.search(author.name) else None
        if names and len(names) == 1:  # "Patrice Chalin (editor)": the name, with the mapping's bio and link
            found.append(Author(names[0], author.bio, author.url))
        elif names:
            found += [Author(name) for name in names]
        elif LINK.search(author.name):  # "[La comunidad de OpenTelemetry](https://...)": no person, its words
            found.append(Author(" ".join(LINK.sub(r"\1", author.name).split()), author.bio, author.url))
        else:
            found.append(author)
    return tuple(found)


#: A catalogue's "Last, First" ("Evans, Gareth", as Trove and Zotero give creators).
_SURNAME_FIRST = re.compile(r"^(?P<last>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s*"
                            r"(?P<first>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})$")


def _creators(value: Any) -> list[str]:
    """The people a catalogue's `creators` names ("Evans, Gareth" as "Gareth Evans"); an entry
    that is not a person's name so written (an office, a party) is left out."""
    items = value if isinstance(value, list) else [value]
    return [f"{m.group('first')} {m.group('last')}" for item in items
            if isinstance(item, str) and (m := _SURNAME_FIRST.match(" ".join(item.split())))]


def date_in_address(data: dict[str, Any]) -> str | None:
    """The date that a post's own address gives ("path = inside-rust/2022/04/19/..."),
    when its front matter has no date key: a real day, or None."""
    for key in ADDRESS_KEYS:
        values = data.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and (found := _DATED_PATH.search(value)):
                day = "-".join(found.groups())
                if parse_date(day) is not None:
                    return day
    return None


#: A post's date at the head of its file name, as Jekyll names posts ("2020-05-15-title.md").
FILENAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


def date_in_file_name(path: Path) -> str | None:
    """The real day a file's name starts with ("1993-01-29-press-conference.txt"), or None."""
    match = FILENAME_DATE.match(path.name)
    return match.group(1) if match and parse_date(match.group(1)) is not None else None


def date(value: Any, key: str, path: Path) -> str:
    """A publication date as ISO text."""
    parsed = parse_date(value)
    if parsed is None:
        raise InputError(f"front-matter field {key!r} is not a date: {shown(value)}", path)
    return parsed[0]


def keywords(value: Any, key: str, path: Path) -> tuple[str, ...]:
    """Keywords from a list or a comma-separated string."""
    if isinstance(value, str):
        return tuple(k.strip() for k in printable(value).split(",") if k.strip())
    if isinstance(value, list):
        return tuple(_text(k, key, path) for k in value)
    raise InputError(f"front-matter field {key!r} must be a list or text", path)


def key_points(value: Any, path: Path) -> tuple[KeyPoint, ...]:
    """Key points the author gave: a list of sentences."""
    if not isinstance(value, list):
        raise InputError("front-matter field 'key_points' must be a list of sentences", path)
    return tuple(KeyPoint(text=_text(v, "key_points", path), origin="given") for v in value)


def timeline(value: Any, path: Path) -> tuple[TimelineEvent, ...]:
    """Timeline entries the author gave: a list of {date, text} or a date -> text mapping."""
    if isinstance(value, dict):
        value = [{"date": k, "text": v} for k, v in value.items()]
    if not isinstance(value, list):
        raise InputError("front-matter field 'timeline' must be a list of {date, text}", path)
    events = []
    for entry in value:
        if not isinstance(entry, dict) or "date" not in entry:
            raise InputError(f"timeline entry {shown(entry)} needs a 'date' and a 'text'", path)
        parsed = parse_date(entry["date"])
        if parsed is None:
            raise InputError(f"timeline entry has an unreadable date: {shown(entry['date'])}", path)
        text = entry.get("text") or entry.get("event") or entry.get("title") or ""
        events.append(TimelineEvent(date=parsed[0], precision=parsed[1],
                                    text=_text(text, "timeline.text", path), origin="given"))
    return tuple(events)


def metadata_fields(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Model fields found in a front-matter mapping (only the ones present). A key written
    with capitals ("Title:", "Author:") counts as written in lower case, unless both are."""
    data = {**{k.lower(): v for k, v in data.items() if isinstance(k, str) and k.lower() not in data}, **data}
    found: dict[str, Any] = {}
    if data.get("title") is not None:
        found["title"] = _text(data["title"], "title", path)
    if data.get("subtitle") is not None:
        found["subtitle"] = _text(data["subtitle"], "subtitle", path)
    params = data["params"] if isinstance(data.get("params"), dict) else {}  # Hugo's page params
    for key in AUTHOR_KEYS:
        if value := data.get(key) or params.get(key):
            found["authors"] = authors(value, path)
            break
    else:
        if people := _creators(data.get("creators") or data.get("creator")):
            found["authors"] = tuple(Author(name) for name in people)
    if data.get("bio"):
        bio = _text(data["bio"], "bio", path)
        first = (found.get("authors") or (Author(name=""),))[0]
        found["bio"] = bio
        if first.name:
            found["authors"] = (Author(first.name, bio, first.url), *found["authors"][1:])
    date_key = next((k for k in DATE_KEYS if data.get(k) is not None), None)
    if date_key is not None:
        found["date"] = date(data[date_key], date_key, path)
    elif dated := date_in_address(data):
        found["date"] = dated
    if data.get("source"):
        found["source"] = _text(data["source"], "source", path)
        if found["source"].lower().startswith(("http://", "https://")):  # a web address as the source
            found["url"], found["source"] = found["source"], web_domain(found["source"]) or found["source"]
    for key in URL_KEYS:  # the article's web address: shown as its domain and a link
        address = _text(data[key], key, path) if data.get(key) else ""
        if address.lower().startswith(("http://", "https://")):  # Hugo's `url: /about/` is a path
            found["url"] = address
            break
    for key in DESCRIPTION_KEYS:
        if data.get(key):
            found["description"] = _text(data[key], key, path)
            break
    kws: list[str] = []
    for key in KEYWORD_KEYS:
        if data.get(key):
            kws.extend(keywords(data[key], key, path))
    if kws:
        found["keywords"] = tuple(dict.fromkeys(kws))
    for key in ("lang", "language"):
        if data.get(key):
            found["language"] = _text(data[key], key, path)
            break
    if data.get("key_points") is not None:
        found["key_points"] = key_points(data["key_points"], path)
    if data.get("timeline") is not None:
        found["timeline"] = timeline(data["timeline"], path)
    return found
