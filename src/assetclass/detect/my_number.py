"""My Number (個人番号): 12 digits whose last digit is a check digit.

Evidence, strongest first: a 個人番号/マイナンバー column whose values pass the check digit; a
headerless column where ≥ 90 % pass (random 12-digit numbers pass 1 time in 11); a valid number
with a keyword near it in text; a lone valid 12-digit number (weak, 0.3). Never part of a 13-digit
corporate number, a 16-digit card number, any longer digit run or the decimals of a coordinate.

Weak context still counts for 機密性3 (at a confidence under 0.8, so the file is marked for review)
when the number is tied to a person: labelled 番号確認 / 番号確認済 / ○○さんの番号, in the same
record as a named person, or written in 4-4-4 groups (the way My Numbers are printed) anywhere in a
document that names a person (a header, a footer, a text box). Order, invoice, phone, account and
corporate-number contexts keep such numbers out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import CellValue, Document, Finding
from ..normalize import SEP, cell_text, compact, digits_only
from . import checks, letters, name, tables, text, vocab
from .confidence import (
    BARE,
    DISMISSED,
    GENERIC_CONTEXT,
    MODERATE_CONTEXT,
    NAMED_CONTEXT,
    RECORD_CONTEXT,
    REPORTED_ONLY,
    STRONG_CONTEXT,
    VALIDATED_COLUMN,
    WEAK_CONTEXT,
)
from .findings import ColumnHits, finding, near

TYPE = "my_number"
# A digit run with single separators between digits; the run is then judged as a whole.
_RUN = re.compile(rf"[0-9０-９](?:[0-9０-９]|{SEP}(?=[0-9０-９])){{10,}}")
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_HYPHENISH = re.compile(r"[\-‐‑‒–—―−－ｰー]")
NEGATIVE_WORDS = (
    "法人番号", "電話", "TEL", "FAX", "口座", "注文", "受付番号", "会員番号", "証券", "管理番号", "伝票",
    "整理番号", "カード番号", "クレジット", "JAN", "ISBN", "保険証番号", "被保険者番号", "記号番号",
    "請求", "発注", "受注", "納品", "契約番号", "顧客番号", "お客様番号", "品番", "型番", "製造番号",
    "シリアル", "登録番号", "申込番号", "問合せ番号", "お問い合わせ番号", "追跡番号", "緯度", "経度",
)  # fmt: skip
_NEGATIVE_BUT_CARD = tuple(w for w in NEGATIVE_WORDS if w != "カード番号")
_NEGATIVE_BUT_CORPORATE = tuple(w for w in NEGATIVE_WORDS if w != "法人番号")
STRONG = VALIDATED_COLUMN
KEYWORD = STRONG_CONTEXT
LEADING_ZERO_LOST = MODERATE_CONTEXT
LONE = REPORTED_ONLY
GENERIC_LABEL = GENERIC_CONTEXT
#: Tied to a person by weak context only: counts for the level, and the file is marked for review.
TIED = MODERATE_CONTEXT
GROUPED_IN_NAMED_DOCUMENT = GENERIC_CONTEXT
_NUMBER_LABEL = re.compile(r"(?:^|[\s　])番号\s*[:：]?\s*$")
# 番号確認（済）, ○○さんの番号, 本人の番号: the My Number check of a case file, in a clerk's shorthand
_TIED_WORDS = ("番号確認", "番号カード", "番号の確認")
_PERSON_NUMBER = re.compile(r"(?:さん|様|氏|君|ちゃん|本人|世帯主)の(?:個人)?番号")
# 35.681236789012 (a coordinate's decimals), 1.234567890123E+11: never a My Number
# A comma is no decimal mark here: Japanese text writes decimals with a point, and a comma before
# a number is a field separator (CSV lines pasted into a mail or a .txt file).
_DECIMAL_POINT = (".", "．")
_BOXED = re.compile(r"(?<![0-9０-９])[0-9０-９](?:[ 　][0-9０-９]){11}(?![0-9０-９])")
_GROUPED = re.compile(r"^[0-9０-９]{4}([ \u3000\-‐－−])[0-9０-９]{4}\1[0-9０-９]{4}$")


def _one_digit_per_box(run: str) -> str | None:
    """Twelve single digits in a row, alone or beside longer groups (4 8 6 1 1 1 4 8 3 7 4 4 2024):
    one digit per box of a printed form. Not eleven or thirteen of them."""
    if _BOXED.fullmatch(run):
        return digits_only(run)
    singles: list[str] = []
    for group in [*run.split(), ""]:  # "" closes the last stretch
        if len(group) == 1:
            singles.append(group)
            continue
        if len(singles) == 12:
            return "".join(singles)
        singles = []
    return None


def candidate_digits(run: str) -> str | None:
    """The 12 digits a run stands for, or None (longer/shorter runs, 4-4-4-4 cards, 13 digits)."""
    digits = digits_only(run)
    if len(digits) == 12:
        groups = [g for g in re.split(SEP, run) if g]
        # 1234 5678 9018, 1234-5678-9018, 123456789018; not 12-345-6789-018 (phone-like/odd groupings)
        if len(groups) in (1, 3) and (len(groups) == 1 or all(len(g) == 4 for g in groups)):
            return digits
        return None
    if len(digits) > 12 and not _HYPHENISH.search(run):
        # space-separated groups: a 12-digit group standing alone among them (番号 2024 123456789018)
        groups = run.split()
        for g in groups:
            d = digits_only(g)
            if len(d) == 12 and len(g) == len(d):
                return d
        # three groups of four after a shorter one (S32/06/19 4030 3826 9299: a date's last digits
        # ran into the number in a printed row)
        for k in range(len(groups) - 2):
            if (
                all(len(g) == 4 and g.isdigit() for g in groups[k : k + 3])
                and (k + 3 == len(groups) or len(groups[k + 3]) != 4)
                and (k == 0 or len(groups[k - 1]) != 4)
            ):
                return "".join(groups[k : k + 3])
    return None


def scan_text(
    s: str,
    locator: str,
    record: str,
    context: DetectContext,
    prev: str = "",
    column: bool = False,
    *,
    named_document: bool = False,
    named_record: bool = False,
    boxed: bool = False,
) -> Iterator[Finding]:
    """Valid 12-digit numbers in ``s``. ``named_document``: the document names a person somewhere;
    ``named_record``: the record of ``s`` names one (weak context then ties the number to them);
    ``boxed``: the document mentions My Numbers, so 12 single digits in a row are one."""
    if not _HAS_DIGIT.search(s):
        return
    for m in _RUN.finditer(s):
        if m.start() > 1 and s[m.start() - 1] in _DECIMAL_POINT and _HAS_DIGIT.match(s, m.start() - 2):
            continue  # the decimals of a coordinate or a float
        if s[m.end() : m.end() + 1] in _DECIMAL_POINT and _HAS_DIGIT.match(s, m.end() + 1):
            continue
        window = prev[-30:] + " " + s if prev else s
        offset = len(window) - len(s)
        start, end = m.start() + offset, m.end() + offset
        digits = candidate_digits(m.group(0))
        if digits is None and boxed and (digits := _one_digit_per_box(m.group(0))) is not None:
            # one digit per box (a form's 12 boxes printed as text: 1 8 7 5 …, maybe with the row's
            # date after them): the form's label is often wrapped apart from the row (個人番\n号), so
            # the keyword anywhere in it counts
            if checks.is_my_number(digits) and not near(window, start, end, NEGATIVE_WORDS, 16):
                yield finding(TYPE, KEYWORD if near(window, start, end, vocab.MY_NUMBER_WORDS, 30) else TIED,
                              locator, m.group(0), digits, context, record=record, detector=TYPE)  # fmt: skip
            continue
        if digits is None:
            # Odd groupings (1234 56789012) count only under a My Number keyword: phones and
            # account numbers are grouped oddly too.
            digits = digits_only(m.group(0))
            if len(digits) != 12 or not near(window, start, end, vocab.MY_NUMBER_WORDS, 30):
                continue
        if not checks.is_my_number(digits):
            continue
        if _sample(context, digits):
            conf = DISMISSED
        elif (
            near(window, start, end, NEGATIVE_WORDS, 16)
            and near(window, start, end, vocab.MY_NUMBER_WORDS, 30)
            and not near(window, start, end, _NEGATIVE_BUT_CORPORATE, 16)
        ):
            conf = KEYWORD  # 個人番号又は法人番号 2619 7245 9451: twelve digits are the person's (法人番号 has 13)
        elif near(window, start, end, NEGATIVE_WORDS, 16):
            # カード番号 2340-8792-0292 in a record of a 個人番号カード交付 naming its holder: the
            # card shows the My Number, 4-4-4: likely one (counted, and the file marked for review)
            card = (
                boxed
                and (named_document or named_record)
                and len(m.group(0)) == 14
                and not near(window, start, end, _NEGATIVE_BUT_CARD, 16)
            )
            conf = GENERIC_LABEL if card else DISMISSED
        elif column or near(window, start, end, vocab.MY_NUMBER_WORDS, 30):
            conf = KEYWORD
        elif (
            near(window, start, end, _TIED_WORDS, 20)
            or _PERSON_NUMBER.search(window[max(0, start - 16) : start])
            or _after_a_name(s[: m.start()])
        ):
            conf = TIED  # 番号確認済 1234…, 田中さんの番号 1234…, 実データ：島田 修 2140…
        elif _NUMBER_LABEL.search(s[max(0, m.start() - 8) : m.start()]):
            conf = GENERIC_LABEL  # 番号：1234 5678 9018 on a form: likely, not certain
        elif len(m.group(0)) == 14:  # 4-4-4 with separators: the way My Numbers are written
            conf = GROUPED_IN_NAMED_DOCUMENT if (named_document or named_record) else LONE + 0.1
        elif named_record:
            conf = GENERIC_LABEL  # a bare valid 12-digit number in a named person's record
        else:
            conf = LONE
        yield finding(TYPE, conf, locator, m.group(0), digits, context, record=record, detector=TYPE)


_NAME_BEFORE = re.compile(rf"({vocab.SPACED_NAME})[ 　]*$")


def _after_a_name(before: str) -> bool:
    """A known surname and given name right before the number (若林　浩二　1617…)."""
    m = _NAME_BEFORE.search(before[-16:])
    return m is not None and checks.looks_like_name(m[1])


def _sample(context: DetectContext, digits: str) -> bool:
    """A made-up number (1234 5678 9018) in a document that says it is a sample (記入例, 見本)."""
    return bool(context.cache.get("example_document")) and checks.is_placeholder_number(digits)


def _form_cells(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    """Numbers in a form's cells outside its label | value pairs (確認書類 | 個人番号カード over a
    cell holding 9067 8284 8592): read with the cells above and left of them as context."""
    rows = info.table.rows
    covered = {(r, c.index) for c in info.columns.values() for r, _ in c.cells}
    named = bool(info.person_rows)
    for r, c, t, _ in info.free_cells():
        if (r, c) in covered or len(t) < 12 or not _HAS_DIGIT.search(t):
            continue
        above = " ".join(cell_text(v) for v in rows[r - 1]) if r > 0 else ""
        left = " ".join(cell_text(v) for v in rows[r][:c])
        yield from scan_text(t, info.table.cell_locator(r, c), info.record(r), context, f"{above} {left}",
                             named_document=named, named_record=named)  # fmt: skip


def _boxed_rows(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    """A form's My Number boxes read as a table: one digit per cell, 12 in a row."""
    table = info.table
    for r, row in enumerate(table.rows):
        # a reader may merge neighbouring boxes (世帯主 1 | 8 | 7 0 | …): the row's text decides
        line = " ".join(t for t in (cell_text(v).strip() for v in row) if t)
        if len(digits_only(line)) < 12:
            continue
        for m in _BOXED.finditer(line):
            digits = digits_only(m.group(0))
            if checks.is_my_number(digits) and not _sample(context, digits):
                yield finding(TYPE, TIED, table.cell_locator(r, 0), m.group(0), digits, context,
                              record=info.record(r), detector=TYPE)  # fmt: skip


def _split_across(row: list[CellValue], index: int) -> str | None:
    """The My Number a row writes as 4-4-4 in three neighbouring cells, starting at ``index``."""
    parts = [digits_only(cell_text(v)) for v in row[index : index + 3]]
    if len(parts) == 3 and all(
        len(p) == 4 and len(cell_text(v).strip()) == 4 for p, v in zip(parts, row[index:], strict=False)
    ):
        joined = "".join(parts)
        return joined if checks.is_my_number(joined) else None
    return None


def _table_findings(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    table = info.table
    if info.form:
        yield from _form_cells(info, context)
    for col in info.columns.values():
        numeric = [(r, t, d) for (r, t), d in zip(col.cells, col.digits, strict=True)]
        if col.kind == TYPE:
            headed = col.field == TYPE
            ok = [d is not None and checks.is_my_number(d) for _, _, d in numeric]
            share = sum(ok) / max(1, sum(1 for _, _, d in numeric if d))
            # inferred from ≥ 90 % valid values: strong once there are a few of them
            base = NAMED_CONTEXT if len(numeric) >= 5 else WEAK_CONTEXT
            if headed:
                base = STRONG if share >= 0.5 else RECORD_CONTEXT
            hits = ColumnHits(info, col.index, TYPE, context)
            for (r, t, d), valid in zip(numeric, ok, strict=True):
                if d is None:
                    # free text inside the cell (個人番号：1234 5678 9018 ※確認済)
                    yield from scan_text(
                        t, table.cell_locator(r, col.index), info.record(r), context, col.header
                    )
                    continue
                if valid:
                    conf = base
                elif headed and len(d) == 11 and checks.is_my_number("0" + d):
                    conf = LEADING_ZERO_LOST  # a number cell lost its leading zero
                    d = "0" + d
                elif headed and len(d) == 4 and (split := _split_across(table.rows[r], col.index)):
                    conf, d = base, split  # 個人番号 merged over three cells of 4 digits each
                else:
                    continue
                hits.add(r, t, d, DISMISSED if _sample(context, d) else conf)
            yield from hits.findings()
            continue
        twelve = [(r, t, d) for r, t, d in numeric if d is not None and len(d) == 12]
        if len(twelve) >= 5:
            passing = sum(1 for _, _, d in twelve if checks.is_my_number(d))
            if passing / len(twelve) < 0.5:
                continue  # order numbers and the like: about 1 in 11 pass by chance
        negative = col.field in ("other_number", "corporate_number", "phone", "bank_account", "postal_code")
        hits = ColumnHits(info, col.index, TYPE, context)
        for r, t, d in numeric:
            if d is None:
                if len(t) >= 12 and _HAS_DIGIT.search(t):
                    yield from scan_text(
                        t,
                        table.cell_locator(r, col.index),
                        info.record(r),
                        context,
                        col.header,
                        named_record=r in info.person_rows,
                    )
                continue
            if len(d) != 12 or not checks.is_my_number(d) or negative:
                continue
            conf = LONE
            if r in info.person_rows:
                # a person's row or form under a generic 番号/No header: likely, not certain
                conf = GENERIC_LABEL if col.field == "number" else LONE + 0.2
                if _GROUPED.match(t.strip()):  # 1234 5678 9018 beside a person's name
                    conf = max(conf, GROUPED_IN_NAMED_DOCUMENT)
            hits.add(r, t, d, DISMISSED if _sample(context, d) else conf)
        yield from hits.findings()


def _column_share(found: list[Finding], candidates: int) -> Iterator[Finding]:
    """Valid numbers of one table in text (a PDF page): ≥ 90 % of its 12-digit candidates pass the
    check digit, so they are a My Number column (order numbers pass 1 time in 11)."""
    if len(found) >= 3 and len(found) >= 0.9 * candidates:
        for f in found:
            f.confidence = max(f.confidence, NAMED_CONTEXT)
    yield from found


class MyNumberDetector:
    id = "my_number"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        infos = tables.analyse(document, context)
        all_lines = text.lines(document, context)
        if not any(_RUN.search(line.text) for line in all_lines) and not infos:
            return
        named = text.person_records(document, context)
        addressee = letters.addressee_record(document, context)
        named_document = bool(named) or addressee is not None or any(i.person_rows for i in infos)
        if not named_document:
            # a name without an honorific (山田 太郎　1234 5678 9018 in a header): ask the name reader,
            # only here, where a candidate number exists and no cheaper signal named anyone
            named_document = any(
                f.confidence >= BARE
                for line in all_lines
                for f in name.scan_text(line.text, line.locator, line.record, context)
            )
        # the keyword wrapped or spaced inside a form (個人番\n号, マ イ ナ ン バ ー) still counts
        # (a label cell 個人番 above 号, with the box numbers 1 2 3 … beside it: digits dropped)
        texts = ["".join(line.text for line in all_lines)] + [
            "".join(cell_text(v) for v in col)
            for info in infos
            for col in zip(*info.table.rows, strict=False)
        ]
        boxed = any(vocab.has_any(_HAS_DIGIT.sub("", compact(t)), vocab.MY_NUMBER_WORDS) for t in texts)
        prev = ""
        region = None
        by_section: dict[str, list[Finding]] = {}
        candidates: dict[str, int] = {}
        for line in all_lines:
            if line.fields and _HAS_DIGIT.search(line.text):
                n = sum(1 for m in _RUN.finditer(line.text) if candidate_digits(m.group(0)))
                key = line.section or line.record
                candidates[key] = candidates.get(key, 0) + n
            hits = scan_text(
                line.text,
                line.locator,
                line.record,
                context,
                prev if line.region == region else "",  # the body's last line is not a header's context
                TYPE in line.fields,
                named_document=named_document,
                named_record=line.record in named or line.record == addressee,
                boxed=boxed,
            )
            for f in hits:
                if line.fields and f.confidence < STRONG:
                    by_section.setdefault(line.section or line.record, []).append(f)
                else:
                    yield f
            prev, region = line.text, line.region
        for record, found in by_section.items():
            yield from _column_share(found, candidates.get(record, 0))
        for info in infos:
            yield from _table_findings(info, context)
            if boxed:
                yield from _boxed_rows(info, context)


@hookimpl
def assetclass_register_detectors() -> list[MyNumberDetector]:
    return [MyNumberDetector()]
