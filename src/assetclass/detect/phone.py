"""Phone numbers (landline 0193-27-8411, mobile 090-1234-5678), as a person's contact.

Tables: a 電話/TEL/連絡先/携帯 column or a headerless column of phone numbers in a person list (0.9);
in a facility list (施設一覧) 0.2. Text: a phone number after 電話/TEL/携帯 (0.7) or bare (0.5);
in a line about an office (市役所, 課, センター, 問い合わせ) 0.2.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import digits_only
from . import checks, tables, text, vocab
from .confidence import BARE, MODERATE_CONTEXT, NOT_PRIVATE, STRONG_CONTEXT
from .findings import ColumnHits, finding, near

TYPE = "phone"
_DIGITS = frozenset("0123456789０１２３４５６７８９-")
_PHONE = re.compile(
    r"[(（]?[0０][0-9０-９]{1,4}[)）]?[ \-‐－ー−]?[0-9０-９]{1,4}[ \-‐－ー−][0-9０-９]{3,4}(?![0-9０-９])"
    r"|[0０][5789７８９５][0０][ \-‐－ー−]?[0-9０-９]{4}[ \-‐－ー−]?[0-9０-９]{4}(?![0-9０-９])"
    r"|[0０][0-9０-９]{1,4}[(（][0-9０-９]{1,4}[)）][0-9０-９]{3,4}(?![0-9０-９])"
)
# 0 8 0 5 4 5 8 4 1 6 8: every digit spaced out (hand-typed, or a form's boxes)
_SPACED_PHONE = re.compile(
    r"(?<![0-9０-９] )(?<![0-9０-９])[0０](?:[ 　][0-9０-９]){9,10}(?![ 　]?[0-9０-９])"
)
# words of an office's own number beside an office's name (市役所, 税務課: vocab.names_an_organisation)
_OFFICE_NUMBER_WORDS = (
    "問い合わせ",
    "問合せ",
    "お問合せ",
    "代表",
    "内線",
    "FAX",
    "ファクス",
    "弊社",
    "当社",
    "貴社",
    "御社",
)
# a reception desk (受付 0XX-…), not a register of visitors or its entries (受付簿の電話, 受付番号)
_RECEPTION = re.compile(r"受付(?![簿票表記日番])")
# a number copied from a person's form or register (…の控えに, 窓口受付票に, 申請書では)
_READ_FROM_RECORD = re.compile(r"(?:票|簿|控え|台帳|申請書|申込書)(?:に|の|では)[ 　]*$")


def _names_office(s: str) -> bool:
    return (
        vocab.names_an_organisation(s) or vocab.has_any(s, _OFFICE_NUMBER_WORDS) or bool(_RECEPTION.search(s))
    )


# 佐藤 様（TEL 0258-…）: a number right after a person's name and honorific is that person's,
# even in a line that also names an office (市民の…様から, …課へ連絡).
_AFTER_HONORIFIC = re.compile(
    r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa][ 　]?(?:様|さん|氏|殿)[ 　]*[(（:：]?[ 　]*"
    r"(?:の?(?:TEL|Tel|tel|電話番号|電話|携帯|連絡先|☎|℡)(?:は|：|:)?)?[ 　:：.]*$"  # …さんの連絡先は 080-…
)


_PRIVATE_LABEL = re.compile(r"(?:携帯|自宅)[ 　:：.]*$")


def _after_person(s: str, start: int) -> bool:
    lo = max(0, start - 16)
    m = _AFTER_HONORIFIC.search(s[lo:start])
    if m is None:
        return False
    name = s[max(0, lo + m.start() - 7) : lo + m.start() + 1]  # what the honorific follows
    return not any(name.endswith(w) for w in vocab.ORGANISATION_WORDS)  # 総務課様: an office


def _valid(raw: str, headed: bool = False) -> str | None:
    d = digits_only(raw)
    if len(d) == 11 and (d[:3] in ("020", "050", "060", "070", "080", "090") or (headed and d[1] != "0")):
        return d  # under a phone header a mistyped 11-digit number is still a phone
    if len(d) == 10 and d[1] != "0":
        return d
    return None


_OFFICE_LINE_MAX = 30


def _office_line(previous: text.Line | None, line: text.Line) -> bool:
    """The line above, in the same block, names an office and nothing else (甲府市役所 市民課 over
    電話 055-…): a letter's sender block, whose number is the office's."""
    if previous is None or previous.block != line.block:
        return False
    above = previous.text.strip()
    return (
        len(above) <= _OFFICE_LINE_MAX
        and not any(c.isdigit() for c in above)
        and above.endswith(vocab.ORGANISATION_WORDS)
    )


def scan_text(
    s: str, locator: str, record: str, context: DetectContext, column: bool = False, facility: bool = False
) -> Iterator[Finding]:
    for m in itertools.chain(_PHONE.finditer(s), _SPACED_PHONE.finditer(s)):
        if m.start() and s[m.start() - 1] in _DIGITS:
            continue
        d = _valid(m.group(0), headed=column)
        if d is None:
            continue
        # an office named before the number, or right after it (0123-45-6789（代表）); not a venue
        # further on (1. 酒井 勝 0584-63-6699 希望日 6/25 会場 保健センター: the resident's number)
        # the office must be in the number's own sentence (国保 資格係A: 桑原湊さん。折り返しは 080-…)
        before = s[: m.start()]
        # the number's own sentence, or its own message (管理センター 受付 → 連絡先 0778-…: the
        # speaker is the office, the number the caller's)
        before = before[max(before.rfind("。"), before.rfind("→"), before.rfind("\t")) + 1 :]
        office = (
            facility or _names_office(before) or _names_office(s[m.end() : m.end() + 8])
        ) and not _READ_FROM_RECORD.search(before)  # 窓口受付票に 080-…: copied from the person's form
        if (
            _after_person(s, m.start())
            or _PRIVATE_LABEL.search(s[max(0, m.start() - 6) : m.start()])
            or "携帯" in s[m.end() : m.end() + 10]  # 控えに 090-… とあります。携帯です
        ):
            conf = MODERATE_CONTEXT  # 佐藤 様（TEL …）, or 携帯 070-…: a mobile or home number is a person's
        elif office:
            conf = NOT_PRIVATE
        elif column or near(s, m.start(), m.end(), vocab.PHONE_WORDS, 12):
            conf = MODERATE_CONTEXT
        else:
            conf = BARE
        yield finding(TYPE, conf, locator, m.group(0), d, context, record=record, keep=3)


def _shared_numbers(cells: list[tuple[int, str]]) -> frozenset[str]:
    """Numbers that many rows of a person list share (講師 | 所属 | 連絡先 = the hall's number): an
    office's line where the persons are reached at work, not each person's own phone."""
    counts = Counter(digits_only(t) for _, t in cells)
    rows = len(cells)
    return frozenset(d for d, n in counts.items() if n >= 3 and n * 2 >= rows)


def _table(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    persons = info.person_rows
    for col in info.columns.values():
        if col.kind != TYPE:
            continue
        hits = ColumnHits(info, col.index, TYPE, context, keep=3)
        shared = _shared_numbers(col.cells)
        for r, t in col.cells:
            if not checks.is_phone(t, headed=col.field == TYPE):
                continue
            d = digits_only(t)
            conf = (
                NOT_PRIVATE
                if info.is_facility_table or d in shared
                else STRONG_CONTEXT
                if r in persons
                else BARE
            )
            hits.add(r, t, d, conf)
        yield from hits.findings()
    # remarks and free-text answers: a phone number written into running text
    facility = info.is_facility_table
    for r, c, t in info.free_text():
        if "0" in t or "０" in t:
            yield from scan_text(t, info.table.cell_locator(r, c), info.record(r), context, False, facility)


class PhoneDetector:
    id = "phone"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        previous: text.Line | None = None
        for line in text.lines(document, context):
            if "0" in line.text or "０" in line.text:
                yield from scan_text(
                    line.text,
                    line.locator,
                    line.record,
                    context,
                    TYPE in line.fields,
                    "facility" in line.fields or _office_line(previous, line),
                )
            previous = line
        for info in tables.analyse(document, context):
            yield from _table(info, context)


@hookimpl
def assetclass_register_detectors() -> list[PhoneDetector]:
    return [PhoneDetector()]
