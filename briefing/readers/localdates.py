"""Publication dates that Arabic and Persian pages write in words.

A page from Beirut or Cairo stamps its story "الأحد، 04 آب/اغسطس 2013" and one from Tehran
"2 تير 1399 - 12:09:08", with no machine-readable date anywhere, so the briefing had none.
Arabic month names come in two sets (the Levantine "آب" and the transliterated "أغسطس",
often both); Persian pages count in the solar Hijri calendar, converted here to the
Gregorian date with the 33-year leap rule of the Iranian calendar (exact for 1178-1633).
Where a page states its day otherwise: `pagedates`.
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
