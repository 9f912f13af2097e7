"""Table analysis shared by every detector: header row, column fields, data rows, value shares.

Computed once per document and shared through ``DetectContext.cache["tables"]``. The header row is
the row (among the first 30) whose cells name the most known fields; it need not be row 1 (titles,
blank rows) and may span two rows (世帯主 over 氏名 | 住所). A column's field comes from its header,
or, for headerless tables and unnamed columns, from the share of its values that validate
(12-digit numbers passing the My Number check, phone numbers, addresses, known surnames).

What the analysis finds (:class:`TableInfo`, :class:`Column`, re-exported here) is
:mod:`.table_info`; label | value forms are read by :mod:`.table_forms`; which name columns hold
private persons, organisations or persons in a role is decided by :mod:`.table_entities`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..interfaces import DetectContext
from ..model import CellValue, Document, Table
from ..normalize import cell_text, compact
from . import checks, entities, vocab
from .table_entities import type_entities
from .table_forms import form_above, read_form
from .table_info import WEAK_FIELDS, Column, TableInfo, row_cell_texts

__all__ = ["Column", "TableInfo", "analyse", "analyse_table", "analyse_tables"]

_HEADER_SCAN_ROWS = 30
_DIGIT = re.compile(r"\d")
_HEALTH = re.compile("|".join(sorted(vocab.HEALTH_WORDS, key=len, reverse=True)))


def _health_value(v: str) -> bool:
    """A cell naming a condition (not 中小企業診断士, 使用障害: vocab.NOT_HEALTH; checked only when a
    health word is there at all, as most cells have none)."""
    return _HEALTH.search(v) is not None and _HEALTH.search(vocab.NOT_HEALTH.sub("", v)) is not None


#: A column's field is inferred from values when at least this share of its non-empty cells fits.
VALUE_SHARE = 0.8


def _header_score(texts: list[str]) -> tuple[float, dict[int, str]]:
    fields: dict[int, str] = {}
    score = 0.0
    for j, text in enumerate(texts):
        if not text:
            continue
        f = entities.header_field(text)
        if f is None:
            continue
        fields[j] = f
        score += 0.5 if f in WEAK_FIELDS else 1.0
    return score, fields


def _infer(column: Column) -> str | None:
    values = [t for _, t in column.cells]
    if len(values) < 2:
        return None
    sample = values[:400]
    n = len(sample)

    def share(pred: Callable[[str], bool]) -> float:
        return sum(1 for v in sample if pred(v)) / n

    def mn(v: str) -> bool:
        d = checks.number_cell_digits(v)
        return d is not None and checks.is_my_number(d)

    if share(mn) >= 0.9:
        return "my_number"
    if share(checks.is_phone) >= VALUE_SHARE:
        return "phone"
    if share(checks.looks_like_address) >= VALUE_SHARE:
        return "address"
    if share(checks.looks_like_name) >= 0.6:
        return "name"
    # 支援が必要な理由 / 備考 holding 身体障害者手帳1級, 要介護3, 人工透析 in most rows
    # (of two rows both, of more at least half: a two-person sheet of 病気休暇（…で入院） is one too)
    health = share(lambda v: len(v) <= 80 and _health_value(v))
    if (n >= 3 and health >= 0.5) or health == 1.0:
        return "health"
    return None


_GIVEN_NAME_CELL = re.compile(r"^[\u4e00-\u9fff\u3005\u3040-\u309f\u30a0-\u30ffー]{1,4}$")


def _split_names(columns: dict[int, Column]) -> None:
    """氏名 over two columns: the surname under the header, the given name in an unheaded column on
    its right (a header cell merged across 姓 | 名 in a sheet, a core-system printout whose given
    names start at a fixed x). Such a column is the given name of the same rows."""
    for col in list(columns.values()):
        if col.field != "name" or not col.cells:
            continue
        right = columns.get(col.index + 1)
        if right is None or right.header or right.field or not right.cells:
            continue
        surname_rows = {r for r, _ in col.cells}
        same_rows = sum(1 for r, _ in right.cells if r in surname_rows)
        given = vocab.given_names()
        values = [t for _, t in right.cells[:400]]
        shaped = sum(1 for t in values if _GIVEN_NAME_CELL.match(t))
        known = sum(1 for t in values if t in given)
        if (
            same_rows >= 0.9 * len(right.cells)
            and shaped >= 0.9 * len(values)
            and known >= 0.5 * len(values)
            and all(" " not in t and "\u3000" not in t for _, t in col.cells[:400])
        ):
            right.inferred = "given_name"


def _header_row(texts: list[str]) -> frozenset[str] | None:
    """The fields a row names when it reads as a header row on its own (氏名 | 自宅住所 | 自宅電話):
    two or more short cells without digits, most of them naming a field; else None."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or _DIGIT.search("".join(filled)) or any(len(t) > 30 for t in filled):
        return None
    score, fields = _header_score(texts)
    if score < 2 or len(fields) < 0.6 * len(filled):
        return None
    return frozenset(f for f in fields.values() if f not in WEAK_FIELDS)


#: Blank rows that set a list apart from unheaded rows above it.
_GAP = 2


def _blank_above(rows: list[list[CellValue]], i: int) -> bool:
    """Whether the _GAP rows right above row ``i`` are all empty."""
    return i >= _GAP and not any(any(row_cell_texts(rows[k])) for k in range(i - _GAP, i))


def _stack_starts(table: Table) -> list[int]:
    """Where the tables stacked in one grid begin: a sheet, CSV or PDF page often holds a list of
    facilities and, under it, a list of persons (鍵の預かり者: 氏名 | 自宅住所 | 自宅電話). A header row
    naming other fields than the header above, after that header's data rows, starts a new table
    (with the title rows right above it); a repeated header (a PDF page break) does not."""
    starts: list[int] = []
    seen: set[frozenset[str]] = set()  # header rows so far (group headers, page repeats)
    data = 0
    rows = table.rows
    for i, row in enumerate(rows):
        if any(v is not None and not isinstance(v, str) for v in row) or _DIGIT.search(
            "".join(v for v in row if v)  # type: ignore[misc]
        ):
            data += 1  # a number, a date or a digit in a cell: a data row (the common case, cheaply)
            continue
        texts = row_cell_texts(row) if row else []
        fields = _header_row(texts) if any(texts) else None
        if fields is None:
            data += 1 if any(texts) else 0
            continue
        # a header after rows that had none (a budget's 項目 | 予算額 lines, then far below 氏名 |
        # 未納額) starts a table of its own as well
        # a header after rows that had none and a gap of blank rows (a budget's 項目 | 予算額 lines,
        # then far below 氏名 | 未納額) starts a table of its own as well
        if (seen and fields not in seen and data >= 1) or (not seen and data >= 1 and _blank_above(rows, i)):
            start = i
            # a title row (one cell) or blank row right above belongs to the new table
            floor = starts[-1] if starts else 0
            while start - 1 > floor and sum(1 for t in row_cell_texts(rows[start - 1]) if t) <= 1:
                start -= 1
            starts.append(start)
        seen.add(fields)
        data = 0
    return [0, *starts]


def analyse_tables(table: Table) -> list[TableInfo]:
    """One analysis per table of ``table`` (several when tables are stacked in one grid)."""
    starts = _stack_starts(table) if len(table.rows) > 3 else [0]
    ends = [*starts[1:], len(table.rows)]
    parts = [analyse_table(table, lo, hi) for lo, hi in zip(starts, ends, strict=True)]
    return form_above(table, parts[0]) + parts


def analyse_table(table: Table, lo: int = 0, hi: int | None = None) -> TableInfo:
    """The analysis of rows ``lo``..``hi`` of ``table`` (all rows by default); row indices stay
    those of ``table.rows``."""
    rows = table.rows
    hi = len(rows) if hi is None else hi
    if lo == 0 and hi == len(rows):
        form = read_form(table)
        if form is not None:
            return form
    # the header is looked for from the first row with a value (a table may start after a long
    # run of blank rows: a list far below another)
    first = next((i for i in range(lo, hi) if any(v is not None and v != "" for v in rows[i])), lo)
    texts = [row_cell_texts(r) for r in rows[first : min(hi, first + _HEADER_SCAN_ROWS)]]
    best_row, best_score, best_fields = -1, 0.0, {}
    for i, row_texts in enumerate(texts):
        score, found = _header_score(row_texts)
        if score > best_score:
            best_row, best_score, best_fields = i, score, found
    ncols = max((len(r) for r in rows[lo:hi]), default=0)
    header_rows: tuple[int, ...] = ()
    fields: dict[int, str] = {}
    headers: dict[int, str] = {}
    if best_score >= 2 or (
        best_score >= 1
        and (ncols <= 3 or _second_header_row(texts, best_row, rows[first + best_row + 2 : hi]))
    ):
        header_rows = (first + best_row,)
        fields = dict(best_fields)
        headers = {j: t for j, t in enumerate(texts[best_row]) if t}
        # a second header row under the first (世帯主 over 氏名 | 住所): merge when it names fields too
        if best_row + 1 < len(texts):
            score2, fields2 = _header_score(texts[best_row + 1])
            below = texts[best_row + 1]
            numbers = sum(1 for t in below if checks.number_cell_digits(t))
            # (a header holds no one's name: 4条 | 金子 結菜 | 行政書士 …（…事務所） is the first record)
            if score2 >= 1 and numbers == 0 and not _holds_a_name(below):
                header_rows = (first + best_row, first + best_row + 1)
                for j, f in fields2.items():
                    if fields.get(j) in (None, *WEAK_FIELDS) or f not in WEAK_FIELDS:
                        fields[j] = f
                for j, t in enumerate(below):
                    if t:
                        headers[j] = f"{headers.get(j, '')}{t}"
        # or a group header above it (世帯主 | 連絡先 over 氏名 | 住所 | 電話番号)
        if len(header_rows) == 1 and best_row > 0:
            above = texts[best_row - 1]
            score0, fields0 = _header_score(above)
            if (
                score0 >= 1
                and not any(checks.number_cell_digits(t) for t in above)
                and not _holds_values(above)
            ):
                header_rows = (first + best_row - 1, first + best_row)
                for j, f in fields0.items():
                    fields.setdefault(j, f)
                for j, t in enumerate(above):
                    if t:
                        headers[j] = f"{t}{headers.get(j, '')}"
    start = header_rows[-1] + 1 if header_rows else lo
    header_keys = {compact(t) for t in headers.values()}
    columns = {j: Column(j, headers.get(j, ""), fields.get(j)) for j in range(ncols)}
    data_rows: list[int] = []
    for i in range(start, hi):
        cells_of_row = rows[i]
        if not cells_of_row:
            continue
        filled = [(j, t) for j, v in enumerate(cells_of_row) if v is not None and (t := cell_text(v))]
        if not filled:
            continue
        if (
            header_keys
            and compact(filled[0][1]) in header_keys
            and sum(1 for _, t in filled if compact(t) in header_keys) >= max(2, len(filled) // 2)
        ):
            continue  # a repeated header (page breaks in a PDF table)
        data_rows.append(i)
        for j, t in filled:
            col = columns.get(j)
            if col is None:
                col = columns[j] = Column(j)
            col.cells.append((i, t))
    continued = _continuation_rows(rows, data_rows)
    if continued:
        # the first header row names the record's first line; the second names what the
        # continuation lines hold, which are read as text (TableInfo.free_text)
        top = row_cell_texts(rows[header_rows[0]]) if len(header_rows) == 2 else []
        for col in columns.values():
            col.cells = [(r, t) for r, t in col.cells if r not in continued]
            if top:
                col.header = top[col.index] if col.index < len(top) else ""
                col.field = entities.header_field(col.header) if col.header else None
    for col in columns.values():
        if col.field is None or col.field in WEAK_FIELDS:
            col.inferred = _infer(col)
    _split_names(columns)
    title_rows = rows[lo : header_rows[0]] if header_rows else rows[lo : lo + 2]
    title = " ".join(t for r in title_rows for t in row_cell_texts(r) if t)  # type: ignore[arg-type]
    title = f"{title} {table.name}"
    info = TableInfo(table, header_rows, columns, data_rows, title, continued=continued)
    type_entities(info)
    return info


_VALUE_IN_CELL = re.compile(r"[=＝]|[:：][ 　]*\S")


def _holds_values(texts: list[str]) -> bool:
    """出力条件：支給区分=定例 並び順=カナ氏名 (a print's selection line cut into cells): settings
    and their values, not a header."""
    return any(_VALUE_IN_CELL.search(t) for t in texts if t)


def _holds_a_name(texts: list[str]) -> bool:
    return any(t and " " in t.replace("　", " ") and checks.looks_like_name(t) for t in texts)


def _second_header_row(texts: list[list[str]], row: int, data: list[list[CellValue]]) -> bool:
    """The row under ``row`` names a field and holds no number (氏名／電話 over （住所）), and the
    records below it are printed on two lines too: a header on two lines, weak as each line of it
    is alone (not a blank form's label rows)."""
    if row + 1 >= len(texts) or len(data) < 2 or not _continues(data[0], data[1]):
        return False
    below = texts[row + 1]
    return _header_score(below)[0] >= 1 and not any(checks.number_cell_digits(t) for t in below)


def _continuation_rows(rows: list[list[CellValue]], data_rows: list[int]) -> dict[int, int]:
    """Records printed on two lines (印鑑登録 補記一覧: 登録番号 | 氏名 | 生年月日 over | 住所; 相談者
    over its phone): every other data row, right below the one before it, fills fewer cells and
    holds digits (a phone, a lot number). Such a row → the row it continues; empty when the table
    is not laid out so throughout."""
    pairs: dict[int, int] = {}
    for a, b in zip(data_rows[::2], data_rows[1::2], strict=False):
        if b != a + 1 or not _continues(rows[a], rows[b]):
            return {}
        pairs[b] = a
    return pairs if len(pairs) >= 2 else {}


def _continues(first: list[CellValue], second: list[CellValue]) -> bool:
    above = [cell_text(v) for v in first if v is not None and cell_text(v)]
    below = [cell_text(v) for v in second if v is not None and cell_text(v)]
    return 0 < len(below) < len(above) and len(above) >= 2 and all(_DIGIT.search(t) for t in below)


_MIN_KEY_ROWS = 3


def _key_column(info: TableInfo) -> Column | None:
    """The first column of distinct ID-like values (K00123, 2024-0001): 4+ characters, not names."""
    for col in sorted(info.columns.values(), key=lambda c: c.index):
        values = [t for _, t in col.cells]
        if len(values) < _MIN_KEY_ROWS or len(set(values)) != len(values):
            continue
        if all(4 <= len(v) <= 20 and any(ch.isdigit() for ch in v) and " " not in v for v in values):
            return col
    return None


def _join_by_key(infos: list[TableInfo]) -> None:
    """Sheet 1 holds 管理番号 + 氏名 + 住所, sheet 2 管理番号 + 滞納額: a sheet without names whose
    ID column matches (≥ 80 % of its values) the ID column of a sheet with names is about those
    persons, so its rows take the named rows' records."""
    named = [
        (i, k) for i in infos if not i.form and i.columns_of("name") and (k := _key_column(i)) is not None
    ]
    if not named:
        return
    for info in infos:
        if info.form or info.columns_of("name"):
            continue
        key = _key_column(info)
        if key is None:
            continue
        for other, other_key in named:
            rows = {t: r for r, t in other_key.cells}
            hits = {r: rows[t] for r, t in key.cells if t in rows}
            if len(hits) >= 0.8 * len(key.cells):
                info.joined = {r: other.record(o) for r, o in hits.items()}
                break


def analyse(document: Document, context: DetectContext) -> list[TableInfo]:
    """Analyses of every table of ``document``, computed once per document."""
    cached = context.cache.get("tables")
    if cached is None:
        cached = [info for t in document.tables for info in analyse_tables(t)]
        if len(cached) > 1:
            _join_by_key(cached)
        context.cache["tables"] = cached
    return cached  # type: ignore[no-any-return]
