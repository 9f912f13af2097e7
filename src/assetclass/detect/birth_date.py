"""Birth dates: a date is a birth date by context, not by its form.

Tables: a 生年月日/誕生日/生年 column (0.95 when the implied ages are plausible); a headerless date
column of a person list whose dates span decades and imply plausible ages (0.6). Text: a valid date
with 生年月日/生まれ/生 next to it (0.9). Meeting dates, deadlines and document dates (作成日, 開催日,
期限, 令和6年度) are not reported. Every date is checked against the calendar and its era's span.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import cell_text
from . import dates, name_lines, tables, text, vocab
from .confidence import (
    MODERATE_CONTEXT,
    NAMED_CONTEXT,
    NO_EVIDENCE,
    STRONG_CONTEXT,
    VALIDATED_COLUMN,
    WEAK_CONTEXT,
)
from .findings import ColumnHits, finding

TYPE = "birth_date"
# a day written after a month: 1月1日 / .1.1 / -01-01 (令和6年度 alone does not pass)
_PREFILTER = re.compile(
    r"[0-9０-９元]\s*(?:年\s*[0-9０-９]{1,2}\s*月|[./\-．／－]\s*[0-9０-９]{1,2}\s*[./\-．／－]\s*[0-9０-９])"
)
_RANGE = re.compile(r"^\s*(?:から|～|〜|~|まで|以降|以前|以後)")
_AUDIENCE = re.compile(r"生まれ(?:の方|た方|の人|の者|の児童|の子)")
_AFTER_BIRTH = re.compile(r"^\s*[日]?\s*(?:生まれ|生\b|生[)）\s、,]|生$|出生)")


def _birth_context(s: str, start: int, end: int) -> float:
    before = s[max(0, start - 14) : start]
    after = s[end : end + 6]
    if _RANGE.match(after) or _AUDIENCE.search(s[end : end + 12]):
        return NO_EVIDENCE  # 昭和34年4月1日から…までに生まれた方: who may apply, not someone's birth date
    if _AFTER_BIRTH.match(after) or after.startswith(("生", "日生")):
        return STRONG_CONTEXT
    if any(w in before for w in vocab.BIRTH_WORDS):
        # 生年月日 / 誕生日 nearer than any other date word
        last_birth = max(before.rfind(w) for w in vocab.BIRTH_WORDS)
        last_other = max(before.rfind(w) for w in vocab.NOT_BIRTH_WORDS)
        return STRONG_CONTEXT if last_birth > last_other else NO_EVIDENCE
    return NO_EVIDENCE


def _scan(
    s: str, locator: str, record: str, context: DetectContext, today: dt.date, column: bool = False
) -> Iterator[Finding]:
    """Dates in a line; ``column`` when the line sits under a header with a birth-date column."""
    if not _PREFILTER.search(s):
        return
    for pattern, convert in (
        (dates.ERA_DATE, dates.era_to_date),
        (dates.WESTERN_DATE, dates.western_to_date),
    ):
        for m in pattern.finditer(s):
            date = convert(*m.groups())
            if date is None or not dates.plausible_birth(date, today):
                continue
            conf = _birth_context(s, m.start(), m.end()) or (NAMED_CONTEXT if column else NO_EVIDENCE)
            if conf:
                yield finding(
                    TYPE, conf, locator, m.group(0), date.isoformat(), context, record=record, keep=2
                )


def scan_text(s: str, locator: str, record: str, context: DetectContext) -> Iterator[Finding]:
    """Dates with their own birth context (生年月日 2019/12/15) in one piece of running text."""
    yield from _scan(s, locator, record, context, dt.date.today())


def scan_reply(s: str, locator: str, record: str, context: DetectContext) -> Iterator[Finding]:
    """Dates in a reply to a message that asked for a birth date (生年月日の確認を… → 昭和26年8月25日
    です): the question is the birth context."""
    yield from _scan(s, locator, record, context, dt.date.today(), column=True)


_DATE_HEADER = re.compile(r"日|年月|年度|DATE|DAY|TIME|YEAR|期間|期限", re.IGNORECASE)


def _other_date_header(header: str) -> bool:
    """A column header that names a date other than a birth date (the date of an event)."""
    return (
        bool(header)
        and _DATE_HEADER.search(header) is not None
        and not vocab.has_any(header, vocab.BIRTH_WORDS)
    )


_SERIAL = re.compile(r"^[1-9][0-9]{3,4}$")
_ERA_YEAR_MONTH = re.compile(
    r"^(明治|大正|昭和|平成|令和)[ 　]?([0-9０-９]{1,2}|元)[ 　]?年[ 　]?([0-9０-９]{1,2})[ 　]?月$"
)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _headed_cell_date(raw: object, today: dt.date) -> dt.date | None:
    """Forms only a birth header makes dates: a serial without a date format (27395, or "27395" in
    a CSV), a vendor export's US month/day/year (03/15/1975; Japanese dates put the year first) and
    an era year and month without the day (昭和39年9月)."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        return None
    text = raw.strip() if isinstance(raw, str) else (str(int(raw)) if float(raw).is_integer() else "")
    date: dt.date | None = None
    if m := _ERA_YEAR_MONTH.match(text):
        date = dates.era_to_date(m[1], m[2], m[3], "1")  # 昭和39年9月: a census form's year and month
    elif _SERIAL.match(text):
        date = dates.excel_serial_to_date(float(text))
    elif m := _US_DATE.match(text):
        try:
            date = dt.date(int(m[3]), int(m[1]), int(m[2]))
        except ValueError:
            return None
    return date if date is not None and dates.plausible_birth(date, today) else None


def _table(info: tables.TableInfo, context: DetectContext, today: dt.date) -> Iterator[Finding]:
    table = info.table
    for col in info.columns.values():
        headed = col.kind == TYPE
        # a header that names another date (開設日, 設立年月日, 指定日, openingDate) rules it out
        generic = col.field in (None, "date", "number") and not _other_date_header(col.header)
        if not headed and not (generic and info.person_rows and not info.is_facility_table):
            continue
        parsed: list[tuple[int, str, dt.date]] = []
        for r, t in col.cells:
            raw = table.rows[r][col.index] if col.index < len(table.rows[r]) else None
            date = dates.cell_date(raw, table.number_formats.get((r, col.index)))
            if date is None and headed:
                date = _headed_cell_date(raw, today)
            if date is not None:
                parsed.append((r, t, date))
        if not parsed:
            continue
        plausible = [p for p in parsed if dates.plausible_birth(p[2], today)]
        if headed:
            conf = VALIDATED_COLUMN if len(plausible) >= 0.8 * len(parsed) else MODERATE_CONTEXT
        else:
            # no birth header: a date column of a person list whose dates span decades
            if col.field == "date" or len(parsed) < 0.8 * len(col.cells) or len(parsed) < 3:
                continue
            years = [p[2].year for p in plausible]
            ages_ok = len(plausible) >= 0.9 * len(parsed)
            if not ages_ok or max(years) - min(years) < 15:
                continue
            conf = WEAK_CONTEXT
        hits = ColumnHits(info, col.index, TYPE, context, keep=2)
        for r, t, date in plausible:
            hits.add(r, t, date.isoformat(), conf)
        yield from hits.findings()


_ERA_CELL = frozenset(dates._ERA_ALIASES)


def _split_era(info: tables.TableInfo, context: DetectContext, today: dt.date) -> Iterator[Finding]:
    """A date written over four columns, 元号 | 年 | 月 | 日 (昭和 | 50 | 1 | 1), in a person list.

    A birth date when the era column or the title says so (生年月日 merged above the four), or when
    the dates are plausible birth dates spanning decades (a list of people born over 15+ years).
    """
    if not info.person_rows or info.is_facility_table or info.form:
        return
    rows = info.table.rows
    for col in info.columns.values():
        cells = col.cells
        if len(cells) < 2 or sum(1 for _, t in cells if t in _ERA_CELL) < 0.8 * len(cells):
            continue
        j = col.index
        found: list[tuple[int, str, dt.date]] = []
        for r, era in cells:
            row = rows[r]
            parts = [cell_text(v) for v in row[j + 1 : j + 4]]
            if len(parts) == 3 and all(parts) and (date := dates.era_to_date(era, *parts)) is not None:
                found.append((r, f"{era}{parts[0]}年{parts[1]}月{parts[2]}日", date))
        if len(found) < 0.8 * len(cells):
            continue
        plausible = [p for p in found if dates.plausible_birth(p[2], today)]
        headed = vocab.has_any(f"{col.header} {info.title}", vocab.BIRTH_WORDS)
        years = [p[2].year for p in plausible]
        if not headed and (
            len(plausible) < 0.9 * len(found) or len(plausible) < 3 or max(years) - min(years) < 15
        ):
            continue
        hits = ColumnHits(info, j, TYPE, context, keep=2)
        for r, t, date in plausible:
            hits.add(r, t, date.isoformat(), STRONG_CONTEXT if headed else MODERATE_CONTEXT)
        yield from hits.findings()


# a date of something a person did or was given (採用 1985/04/01, 委嘱 2019/06/01, 卒業, 死亡)
_EVENT_WORDS = (
    "採用",
    "入庁",
    "就任",
    "着任",
    "委嘱",
    "任命",
    "任期",
    "登録",
    "取得",
    "修了",
    "卒業",
    "入学",
    "死亡",
    "没",
)
#: Lines of a list, each a name and one date, that make a headerless list of persons' dates.
_DATED_LIST_MIN = 3
#: Years the dates must span: born over decades, not one event's date.
_SPAN_YEARS = 15


def _dated_list(lines: list[text.Line], context: DetectContext, today: dt.date) -> Iterator[Finding]:
    """A list in text of names each with one date and no word of an event (加入者 / 村井 聡<TAB>
    1967/08/24 / …): the dates are birth dates when they span decades and give plausible ages, as
    in a headerless date column of a person list."""
    rows: list[tuple[text.Line, str, dt.date]] = []
    for line in lines:
        s = line.text
        if line.fields or not _PREFILTER.search(s) or name_lines.leading_name(s) is None:
            continue
        found = [
            (m.group(0), d)
            for pattern, convert in (
                (dates.ERA_DATE, dates.era_to_date),
                (dates.WESTERN_DATE, dates.western_to_date),
            )
            for m in pattern.finditer(s)
            if (d := convert(*m.groups())) is not None
        ]
        if (
            len(found) == 1
            and not vocab.has_any(s, vocab.NOT_BIRTH_WORDS)
            and not vocab.has_any(s, _EVENT_WORDS)
        ):
            rows.append((line, *found[0]))
    if len(rows) < _DATED_LIST_MIN:
        return
    plausible = [r for r in rows if dates.plausible_birth(r[2], today)]
    years = [r[2].year for r in plausible]
    if len(plausible) < 0.9 * len(rows) or max(years) - min(years) < _SPAN_YEARS:
        return
    for line, t, date in plausible:
        yield finding(
            TYPE, WEAK_CONTEXT, line.locator, t, date.isoformat(), context, record=line.record, keep=2
        )


class BirthDateDetector:
    id = "birth_date"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        today = dt.date.today()
        lines = text.lines(document, context)
        for line in lines:
            yield from _scan(line.text, line.locator, line.record, context, today, TYPE in line.fields)
        yield from _dated_list(lines, context, today)
        for info in tables.analyse(document, context):
            yield from _table(info, context, today)
            yield from _split_era(info, context, today)


@hookimpl
def assetclass_register_detectors() -> list[BirthDateDetector]:
    return [BirthDateDetector()]
