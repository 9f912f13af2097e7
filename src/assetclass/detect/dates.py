"""Dates as written in Japanese documents: eras (昭和50年1月1日, S50.1.1, H元.1.8), western forms, serials.

Every parsed date is validated against the calendar and the era's own span (平成31年4月30日 exists,
平成31年5月1日 does not: that day is 令和元年5月1日).
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import CellValue
from ..normalize import to_ascii

# era: (first day, last day or None)
ERAS: dict[str, tuple[dt.date, dt.date | None]] = {
    "明治": (dt.date(1868, 10, 23), dt.date(1912, 7, 29)),
    "大正": (dt.date(1912, 7, 30), dt.date(1926, 12, 24)),
    "昭和": (dt.date(1926, 12, 25), dt.date(1989, 1, 7)),
    "平成": (dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
    "令和": (dt.date(2019, 5, 1), None),
}
_ERA_ALIASES = {
    "明治": "明治", "明": "明治", "M": "明治",
    "大正": "大正", "大": "大正", "T": "大正",
    "昭和": "昭和", "昭": "昭和", "S": "昭和",
    "平成": "平成", "平": "平成", "H": "平成",
    "令和": "令和", "令": "令和", "R": "令和",
}  # fmt: skip

_D = "[0-9０-９]"
# Era forms: 昭和50年1月1日, 昭50.1.1, S50.1.1, S50/01/01, H元.1.8, R2-1-17, 平成３１年４月３０日
ERA_DATE = re.compile(
    rf"(?<![A-Za-zＡ-Ｚａ-ｚ])(明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHRｍｔｓｈｒＭＴＳＨＲ])\s*"
    rf"({_D}{{1,2}}|元)\s*(?:年|[./\-．／－])\s*({_D}{{1,2}})\s*(?:月|[./\-．／－])\s*({_D}{{1,2}})\s*日?"
)
# Western forms: 1975/1/1, 1975-01-01, 1975年1月1日, 1975.1.1
WESTERN_DATE = re.compile(
    rf"(?<![0-9０-９])((?:1[89]|20){_D}{{2}}|(?:１[８９]|２０){_D}{{2}})\s*(?:年|[./\-．／－])\s*({_D}{{1,2}})\s*(?:月|[./\-．／－])\s*({_D}{{1,2}})(?![0-9０-９])\s*日?"
)
_ISO_CELL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?$")
_COMPACT = re.compile(r"^(1[89]\d{2}|20\d{2})(\d{2})(\d{2})$")  # 19750101 in a date column


def era_to_date(era: str, year: str, month: str, day: str) -> dt.date | None:
    """An era date as a ``date``, or None when it does not exist (outside the era or the calendar)."""
    name = _ERA_ALIASES.get(to_ascii(era).upper() if len(era) == 1 else era)
    if name is None:
        return None
    start, end = ERAS[name]
    try:
        y = 1 if year == "元" else int(to_ascii(year))
        if y < 1:
            return None
        date = dt.date(start.year + y - 1, int(to_ascii(month)), int(to_ascii(day)))
    except ValueError:
        return None
    if date < start or (end is not None and date > end):
        return None
    return date


def western_to_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(to_ascii(year)), int(to_ascii(month)), int(to_ascii(day)))
    except ValueError:
        return None


def parse_date_text(text: str) -> dt.date | None:
    """The first valid date written in ``text`` (era or western form), or None."""
    for m in ERA_DATE.finditer(text):
        date = era_to_date(*m.groups())
        if date is not None:
            return date
    for m in WESTERN_DATE.finditer(text):
        date = western_to_date(*m.groups())
        if date is not None:
            return date
    return None


def excel_serial_to_date(serial: float) -> dt.date | None:
    """Excel's 1900 date system (serial 60 is the fictitious 1900-02-29; we read dates after it)."""
    if not 61 <= serial <= 80000:
        return None
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))


def cell_date(value: CellValue, number_format: str | None = None) -> dt.date | None:
    """A date held by a cell: a date object, a serial with a date format, or date text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if number_format and any(c in number_format.lower() for c in ("y", "m/d", "d", "ge", "e")):
            return excel_serial_to_date(float(value))
        text = str(int(value)) if float(value).is_integer() else ""
        m = _COMPACT.match(text)
        if m:
            return western_to_date(*m.groups())
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text or len(text) > 40:
            return None
        m = _ISO_CELL.match(text)
        if m:
            return western_to_date(*m.groups())
        m = _COMPACT.match(text)
        if m:
            return western_to_date(*m.groups())
        return parse_date_text(text)
    return None


def age_on(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def plausible_birth(date: dt.date, today: dt.date | None = None) -> bool:
    """A date a living person could be born on: not in the future, at most ~120 years ago."""
    today = today or dt.date.today()
    return dt.date(today.year - 120, 1, 1) <= date <= today
