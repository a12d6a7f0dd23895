"""Publication dates that Arabic and Persian pages write in words.

A page from Beirut or Cairo stamps its story "الأحد، 04 آب/اغسطس 2013" and one from Tehran
"2 تير 1399 - 12:09:08", with no machine-readable date anywhere, so the briefing had none.
Arabic month names come in two sets (the Levantine "آب" and the transliterated "أغسطس",
often both); Persian pages count in the solar Hijri calendar, converted here to the
Gregorian date with the 33-year leap rule of the Iranian calendar (exact for 1178-1633).
Also the day an address gives with a section between year and month (CNN's), which the
page-wide date search missed for the dates of the stories it links to.
"""

from __future__ import annotations

import datetime as _dt
import re

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Letters written several ways: hamza forms, Arabic and Persian yeh and kaf.
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " "})

_ARABIC_MONTHS = {
    "کانون الثانی": 1, "ینایر": 1, "شباط": 2, "فبرایر": 2, "اذار": 3, "مارس": 3,
    "نیسان": 4, "ابریل": 4, "ایار": 5, "مایو": 5, "حزیران": 6, "یونیو": 6, "یونیه": 6,
    "تموز": 7, "یولیو": 7, "یولیه": 7, "اب": 8, "اغسطس": 8, "ایلول": 9, "سبتمبر": 9,
    "تشرین الاول": 10, "اکتوبر": 10, "تشرین الثانی": 11, "نوفمبر": 11, "کانون الاول": 12,
    "دیسمبر": 12,
}
_PERSIAN_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "شهریور": 6,
    "مهر": 7, "ابان": 8, "اذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}


def _names(months: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in months), key=len, reverse=True))


_ARABIC = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_names(_ARABIC_MONTHS)})"
                     rf"(?:\s*/\s*(?:{_names(_ARABIC_MONTHS)}))?\s*[,،]?\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_PERSIAN = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_names(_PERSIAN_MONTHS)})"
                      rf"\s*[,،]?\s+(?P<year>1[34]\d\d)(?!\d)")

# Years of the Iranian calendar where its 33-year leap cycle shifts (the jalaali algorithm).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
           2324, 2394, 2456, 3178)


def _nowruz(year: int) -> _dt.date:
    """The Gregorian day of 1 Farvardin of a solar Hijri year."""
    leap_j, previous, jump = -14, _BREAKS[0], 0
    for point in _BREAKS[1:]:
        jump = point - previous
        if year < point:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        previous = point
    since = year - previous
    leap_j += (since // 33) * 8 + ((since % 33) + 3) // 4
    if jump % 33 == 4 and jump - since == 4:
        leap_j += 1
    gregorian = year + 621
    leap_g = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return _dt.date(gregorian, 3, 20 + leap_j - leap_g)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """A date of the Iranian calendar as a Gregorian date: 2 Tir 1399 is 22 June 2020."""
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _nowruz(year) + _dt.timedelta(days=offset + day - 1)


def parse_local_date(text: str) -> str | None:
    """The first Arabic or Persian date written in words in `text`, as ISO, or None."""
    text = text.translate(_DIGITS).translate(_LETTERS)
    try:
        if match := _ARABIC.search(text):
            month = _ARABIC_MONTHS[" ".join(match.group("month").split())]
            return _dt.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
        if match := _PERSIAN.search(text):
            month = _PERSIAN_MONTHS[match.group("month")]
            day = int(match.group("day"))
            if day > (31 if month <= 6 else 30):
                return None
            return solar_hijri_to_gregorian(int(match.group("year")), month, day).isoformat()
    except ValueError:  # 31 شباط: not a day
        return None
    return None


_STAMP_CLASS = re.compile(r"date|time|stamp|tmstmp|publish", re.I)
_MAX_STAMP = 100  # characters: a stamp is a line, not a paragraph that mentions a date


def stamped_date(tree) -> str | None:
    """The date in an element the page marks as its date ("date-created", "cnn_strytmstmp")."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _STAMP_CLASS.search(marks):
            continue
        text = " ".join(element.text_content().split())
        if text and len(text) <= _MAX_STAMP and (date := parse_local_date(text)):
            return date
    return None


#: A day in a page's address with a section between its year and month, which htmldate
#: does not read: CNN's "/2010/POLITICS/08/13/democrats.social.security/".
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/[A-Za-z][\w-]*/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def url_date(url: str | None) -> str | None:
    """The day a page's address gives as /YEAR/SECTION/MONTH/DAY/, when it is a real day."""
    found = _URL_DAY.search(url or "")
    if not found:
        return None
    try:
        return _dt.date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:
        return None


def searched_date(tree, url: str | None) -> str | None:
    """The publication date found by htmldate (page text, URL), when no metadata states it."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate comes with trafilatura
        return None
    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is a heuristic: a failure there only means "no date"
        return None
    if found and found.endswith("-01-01"):
        return None  # a year alone ("© 2016"), which htmldate gives as 1 January: not the day
    return found or None
