"""E-mail addresses a page hides from robots, shown again.

Cloudflare replaces each address in a page with "[email protected]" and keeps it, XOR-coded,
in a `data-cfemail` attribute (or after "/cdn-cgi/l/email-protection#" in a link): POLITICO's
"Send them our way: [email protected] and [email protected]." The first byte of the code is
the key of the others.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"^(?:[0-9a-f]{2}){2,}$", re.I)
_LINK = re.compile(r"/cdn-cgi/l/email-protection#([0-9a-f]+)$", re.I)


def decoded(code: str) -> str | None:
    """The address a Cloudflare code holds, or None when it holds none."""
    if not _CODE.match(code or ""):
        return None
    key = int(code[:2], 16)
    text = "".join(chr(int(code[i:i + 2], 16) ^ key) for i in range(2, len(code), 2))
    return text if re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", text) else None


def reveal_emails(tree) -> None:
    """Put each hidden address back in the text (and as a mailto: link's target)."""
    for element in list(tree.xpath('//*[@data-cfemail]')):
        if (address := decoded(element.get("data-cfemail", ""))) is not None:
            for child in list(element):
                element.remove(child)
            element.text = address
            del element.attrib["data-cfemail"]
    for link in tree.iter("a"):
        found = _LINK.search(link.get("href") or "")
        if found and (address := decoded(found.group(1))) is not None:
            link.set("href", f"mailto:{address}")
