"""Table analysis shared by every detector: header row, column fields, data rows, value shares.

Computed once per document and shared through ``DetectContext.cache["tables"]``. The header row is
the row (among the first 30) whose cells name the most known fields; it need not be row 1 (titles,
blank rows) and may span two rows (世帯主 over 氏名 | 住所). A column's field comes from its header,
or, for headerless tables and unnamed columns, from the share of its values that validate
(12-digit numbers passing the My Number check, phone numbers, addresses, known surnames).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..interfaces import DetectContext
from ..model import CellValue, Document, Table
from ..normalize import cell_text, compact
from . import checks, entities, vocab

_HEADER_SCAN_ROWS = 30
_DIGIT = re.compile(r"\d")
#: A label column with at least this many filled cells, under a third of them labels, is a list's.
_FORM_LIST_CELLS = 8
_WEAK_FIELDS = frozenset({"number", "date", "other_number"})
_SURNAME_HEADERS = frozenset({"姓", "氏", "苗字", "名字"})
_HEALTH = re.compile("|".join(sorted(vocab.HEALTH_WORDS, key=len, reverse=True)))
#: A column's field is inferred from values when at least this share of its non-empty cells fits.
VALUE_SHARE = 0.8
#: Cells of unnamed columns this long are read as running text (TableInfo.free_text); longer
#: cells are documents or data dumps pasted into a cell (JSON of receipts), not a remark.
FREE_TEXT_MIN, FREE_TEXT_MAX = 12, 300


@dataclass
class Column:
    index: int
    header: str = ""
    field: str | None = None  # from the header
    inferred: str | None = None  # from the values
    # entity typing (detect.entities): "org" for organisation/facility/place names and readings of
    # them, "role" for persons named in a role (開設者, 理事長 ○○) in an organisation's record
    entity: str | None = None
    # (row index, text) of non-empty data cells
    cells: list[tuple[int, str]] = dataclasses.field(default_factory=list)

    @cached_property
    def digits(self) -> list[str | None]:
        """``checks.number_cell_digits`` of every cell, aligned with ``cells`` (computed once)."""
        return [checks.number_cell_digits(t) for _, t in self.cells]

    @property
    def kind(self) -> str | None:
        if self.entity == entities.ORG:
            return "facility"
        if self.entity == entities.ROLE:
            return "role"
        return self.field if self.field not in (None, "number", "date") else (self.inferred or self.field)


@dataclass
class TableInfo:
    table: Table
    header_rows: tuple[int, ...]
    columns: dict[int, Column]
    data_rows: list[int]
    title: str  # text of the rows above the header (sheet titles such as 施設一覧, 滞納者一覧)
    # A form (申請書: label | value pairs) is one record: columns are then keyed per label cell.
    form: bool = False
    # rows keyed to another table's person rows by a shared ID column (see _join_by_key)
    joined: dict[int, str] = dataclasses.field(default_factory=dict)
    # columns only a private person's record has (生年月日, 自宅住所, 滞納額, a sole trader's
    # account): names beside a facility are then not its heads (set by _type_entities)
    private: bool = False

    def record(self, row: int) -> str:
        if self.form:
            return f"{self.table.locator}#form"
        if self.joined and row in self.joined:
            return self.joined[row]
        return f"{self.table.locator}#row{row + self.table.row_offset + 1}"

    def columns_of(self, *kinds: str) -> list[Column]:
        return [c for c in self.columns.values() if c.kind in kinds]

    @cached_property
    def person_rows(self) -> set[int]:
        """Rows that hold a person's name (a name column with a value that looks like a name)."""
        rows: set[int] = set()
        if self.form:
            named = any(c.cells for c in self.columns_of("name", "name_kana"))
            return set(self.data_rows) if named else set()
        for col in self.columns_of("name", "name_kana"):
            kana = col.kind == "name_kana"
            for r, text in col.cells:
                # a 姓 column may hold one-character surnames (林): any kanji/kana value counts;
                # a company or a titled representative in a 氏名 column is not a private person
                named = checks.looks_like_name(text, strict=False) or (
                    col.header in _SURNAME_HEADERS and bool(text)
                )
                if named and (kana or entities.entity_of(text) == entities.PERSON):
                    rows.add(r)
        return rows

    @cached_property
    def _identity_columns(self) -> list[dict[int, str]]:
        return [dict(c.cells) for c in self.columns_of("birth_date", "address", "phone", "given_name")]

    def identity(self, row: int) -> str:
        """The row's birth date, address, phone and given name as one string: with the name it tells
        persons apart (two 佐藤 花子 with different birth dates are two persons)."""
        return "|".join(col.get(row, "") for col in self._identity_columns)

    @cached_property
    def given_names(self) -> dict[int, str]:
        """Row → given name, for tables that split names into 姓 | 名 columns."""
        cols = self.columns_of("given_name")
        return dict(cols[0].cells) if cols else {}

    @cached_property
    def is_facility_table(self) -> bool:
        """A list of facilities/offices/companies, not of persons."""
        if self.private:
            return False  # 開設者 | 自宅住所 | 生年月日 | 施設名: the holders' own ledger
        if self.columns_of("facility", "facility_address") and not any(
            c.field in ("name", "name_kana") for c in self.columns_of("name", "name_kana")
        ):
            # 学校名 | 校長 | 所在地: names under no 氏名 header are the organisation's head or contact
            return True
        return vocab.has_any(self.title, vocab.FACILITY_LIST_WORDS) and not self.person_rows

    def free_cells(self) -> Iterator[tuple[int, int, str, str | None]]:
        """Every non-empty cell of a form as (row, column, text, header field of the text).

        A form's remarks (交渉経過, 児童の健康状態) are not always label | value pairs; detectors
        read them as statements about the form's person.
        """
        for r, row in enumerate(self.table.rows):
            for c, v in enumerate(row):
                if v is not None and (t := cell_text(v)):
                    yield r, c, t, vocab.header_field(t)

    def free_text(self) -> Iterator[tuple[int, int, str]]:
        """(row, column, text) of the long cells of columns that name no field (備考, ご意見,
        相談内容): running text in a table, where a resident may write their name and contact."""
        if self.form:
            return
        for col in self.columns.values():
            if col.kind is None:
                for r, t in col.cells:
                    if FREE_TEXT_MIN <= len(t) <= FREE_TEXT_MAX:
                        yield r, col.index, t

    def row_text(self, row: int) -> str:
        cells = self.table.rows[row]
        return " ".join(cell_text(v) for v in cells if v is not None and v != "")


def _row_texts(row: Sequence[CellValue]) -> list[str]:
    return [cell_text(v) for v in row]


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
        score += 0.5 if f in _WEAK_FIELDS else 1.0
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
    health = share(lambda v: len(v) <= 80 and _HEALTH.search(v) is not None)
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


def _value_like(t: str) -> bool:
    """A filled-in form value beside its labels (申請者 | 氏名 | 山口 直美 | 続柄 | 母)."""
    if not t or vocab.header_field(t) is not None:
        return False
    return len(t) <= 2 or any(c.isdigit() for c in t) or checks.looks_like_name(t)


def _boxed_digits(texts: list[str]) -> str:
    """A number written one digit per box (個人番号 | 1 | 2 | 3 … on a form sheet): the digits of the
    run of single-digit cells right of a label, when there are at least 10 of them."""
    run: list[str] = []
    for t in texts:
        if not t and not run:
            continue
        if len(t) == 1 and t.isdigit():
            run.append(t)
        elif run:
            break
        else:
            return ""
    return "".join(run) if len(run) >= 10 else ""


def _form(table: Table) -> TableInfo | None:
    """A label | value table (an application form): labels name fields, the cell right of each
    label holds the value. Needs labels with values on at least two rows."""
    rows = table.rows
    if len(rows) > 60:
        return None
    columns: dict[int, Column] = {}
    label_rows: set[int] = set()
    labels_in: dict[int, int] = {}  # label cells per column
    data_rows: list[int] = []
    for i, row in enumerate(rows):
        texts = _row_texts(row)
        # labels are short (気管支喘息（通院中）、卵アレルギー names a field but is a value)
        labels = sum(
            1 for t in texts if t and len(t) <= 10 and vocab.header_field(t) not in (None, *_WEAK_FIELDS)
        )
        if labels >= 3 and sum(1 for t in texts if _value_like(t)) < 2:
            return None  # a list's header row (氏名 | 住所 | 生年月日), not a form's label column
        for j, t in enumerate(texts[:-1]):
            if not t:
                continue
            f = vocab.header_field(t)
            if f is None or (f in _WEAK_FIELDS and f != "number"):
                continue
            value = next((v for v in texts[j + 1 :] if v), "")
            boxed = _boxed_digits(texts[j + 1 :])
            if boxed:
                value = boxed
            if f == "number" and checks.number_cell_digits(value) is None:
                continue  # 番号 | <a number> is kept: it may be a My Number in a form
            if not value or vocab.header_field(value) not in (None, *_WEAK_FIELDS):
                continue
            k = (
                texts.index(value, j + 1)
                if not boxed
                else next(x for x in range(j + 1, len(texts)) if texts[x])
            )
            columns[i * 1000 + k] = Column(k, t, f, cells=[(i, value)])
            labels_in[j] = labels_in.get(j, 0) + 1
            label_rows.add(i)
        if any(texts):
            data_rows.append(i)
    if len(label_rows) < 2 or len(columns) < 2:
        return None
    # A form's label column holds labels. A column where a few cells happen to name a field among
    # many that do not (障がい福祉課 among 長寿課, 総務課 in a staff list's 所属 column) is a list's.
    filled: dict[int, int] = {}
    for row in rows:
        for j, v in enumerate(row):
            if v is not None and cell_text(v):
                filled[j] = filled.get(j, 0) + 1
    if any(filled.get(j, 0) >= _FORM_LIST_CELLS and n < filled.get(j, 0) / 3 for j, n in labels_in.items()):
        return None
    # a header row of a list has labels on one row only; a form has them down the rows
    return TableInfo(table, (), columns, data_rows, table.name, form=True)


def _header_row(texts: list[str]) -> frozenset[str] | None:
    """The fields a row names when it reads as a header row on its own (氏名 | 自宅住所 | 自宅電話):
    two or more short cells without digits, most of them naming a field; else None."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or _DIGIT.search("".join(filled)) or any(len(t) > 30 for t in filled):
        return None
    score, fields = _header_score(texts)
    if score < 2 or len(fields) < 0.6 * len(filled):
        return None
    return frozenset(f for f in fields.values() if f not in _WEAK_FIELDS)


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
        texts = _row_texts(row) if row else []
        fields = _header_row(texts) if any(texts) else None
        if fields is None:
            data += 1 if any(texts) else 0
            continue
        if seen and fields not in seen and data >= 1:
            start = i
            # a title row (one cell) or blank row right above belongs to the new table
            floor = starts[-1] if starts else 0
            while start - 1 > floor and sum(1 for t in _row_texts(rows[start - 1]) if t) <= 1:
                start -= 1
            starts.append(start)
        seen.add(fields)
        data = 0
    return [0, *starts]


def analyse_tables(table: Table) -> list[TableInfo]:
    """One analysis per table of ``table`` (several when tables are stacked in one grid)."""
    starts = _stack_starts(table) if len(table.rows) > 3 else [0]
    if len(starts) == 1:
        return [analyse_table(table)]
    ends = [*starts[1:], len(table.rows)]
    return [analyse_table(table, lo, hi) for lo, hi in zip(starts, ends, strict=True)]


def analyse_table(table: Table, lo: int = 0, hi: int | None = None) -> TableInfo:
    """The analysis of rows ``lo``..``hi`` of ``table`` (all rows by default); row indices stay
    those of ``table.rows``."""
    rows = table.rows
    hi = len(rows) if hi is None else hi
    if lo == 0 and hi == len(rows):
        form = _form(table)
        if form is not None:
            return form
    texts = [_row_texts(r) for r in rows[lo : min(hi, lo + _HEADER_SCAN_ROWS)]]
    best_row, best_score, best_fields = -1, 0.0, {}
    for i, row_texts in enumerate(texts):
        score, found = _header_score(row_texts)
        if score > best_score:
            best_row, best_score, best_fields = i, score, found
    ncols = max((len(r) for r in rows[lo:hi]), default=0)
    header_rows: tuple[int, ...] = ()
    fields: dict[int, str] = {}
    headers: dict[int, str] = {}
    if best_score >= 2 or (best_score >= 1 and ncols <= 3):
        header_rows = (lo + best_row,)
        fields = dict(best_fields)
        headers = {j: t for j, t in enumerate(texts[best_row]) if t}
        # a second header row under the first (世帯主 over 氏名 | 住所): merge when it names fields too
        if best_row + 1 < len(texts):
            score2, fields2 = _header_score(texts[best_row + 1])
            below = texts[best_row + 1]
            numbers = sum(1 for t in below if checks.number_cell_digits(t))
            if score2 >= 1 and numbers == 0:
                header_rows = (lo + best_row, lo + best_row + 1)
                for j, f in fields2.items():
                    if fields.get(j) in (None, *_WEAK_FIELDS) or f not in _WEAK_FIELDS:
                        fields[j] = f
                for j, t in enumerate(below):
                    if t:
                        headers[j] = f"{headers.get(j, '')}{t}"
        # or a group header above it (世帯主 | 連絡先 over 氏名 | 住所 | 電話番号)
        if len(header_rows) == 1 and best_row > 0:
            above = texts[best_row - 1]
            score0, fields0 = _header_score(above)
            if score0 >= 1 and not any(checks.number_cell_digits(t) for t in above):
                header_rows = (lo + best_row - 1, lo + best_row)
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
    for col in columns.values():
        if col.field is None or col.field in _WEAK_FIELDS:
            col.inferred = _infer(col)
    _split_names(columns)
    title_rows = rows[lo : header_rows[0]] if header_rows else rows[lo : lo + 2]
    title = " ".join(t for r in title_rows for t in _row_texts(r) if t)  # type: ignore[arg-type]
    title = f"{title} {table.name}"
    info = TableInfo(table, header_rows, columns, data_rows, title)
    _type_entities(info)
    return info


def _org_share(col: Column) -> float:
    values = [t for _, t in col.cells[:400]]
    if not values:
        return 0.0
    return sum(1 for v in values if entities.entity_of(v) == entities.ORG) / len(values)


def _known_name_share(col: Column) -> float:
    values = [t for _, t in col.cells[:400]]
    return sum(1 for v in values if checks.looks_like_name(v)) / len(values) if values else 0.0


def _type_entities(info: TableInfo) -> None:
    """Decide which name-like columns hold natural persons (see detect.entities).

    A 氏名/名前 header (any explicit Japanese person header) keeps its column a person column; its
    rows are then typed one by one (``person_rows``). Other name columns — an English ``name``, a
    column recognised from its values — are organisations when ≥ 30 % of their values are, or when
    the table is a published list of places (coordinates, open-data metadata rows). A reading
    column (名称_カナ, fullNameInKana) takes the type of the column it reads. In a table of
    organisations, role columns (開設者, 代表者) and unlabelled name columns name their heads.
    """
    cols = sorted(info.columns.values(), key=lambda c: c.index)
    headers = " ".join(c.header for c in cols if c.header)
    places = any(c.header and entities.is_coordinate_header(c.header) for c in cols) or entities.is_open_data(
        f"{info.title} {headers}"
    )
    readings: list[Column] = []
    for col in cols:
        if col.kind not in ("name", "name_kana"):
            continue
        if col.header and entities.reading_base(col.header) is not None:
            readings.append(col)
            continue
        if col.header and entities.role_header(col.header):
            col.entity = entities.ROLE  # settled below: a role only next to an organisation
            continue
        explicit = col.field == "name" and not entities.generic_name_header(col.header)
        if explicit:
            continue
        share = _org_share(col)
        generic = not col.header or entities.generic_name_header(col.header)
        # in a published list of places a generic ``name`` column names places unless its values
        # read as persons' names (a register with coordinates of each home stays a person list)
        if share >= 0.3 or (places and generic and (share >= 0.1 or _known_name_share(col) < 0.5)):
            col.entity = entities.ORG
    for col in readings:
        base = entities.reading_base(col.header) or ""
        field = vocab.header_field(base) if base else None
        if field == "name" and not entities.generic_name_header(base):
            col.field = "name_kana"  # 氏名フリガナ: a person's name read aloud
            continue
        if field not in (None, "name"):
            col.entity = entities.ORG  # 名称_カナ, 店舗名カナ: the reading of a thing's name
            continue
        if base and field is None and not base.isascii():
            col.entity = entities.ORG  # クーポン名カナ: names something, not someone
            continue
        # フリガナ / fullNameInKana: the type of the name column it reads (the nearest on its left)
        left = [c for c in cols if c.index < col.index and c.kind in ("name", "facility", "role")]
        read = left[-1] if left else None
        if read is not None and read.kind == "facility":
            col.entity = entities.ORG
        elif read is not None and read.kind == "role":
            col.entity = entities.ROLE
        elif read is None and places:
            col.entity = entities.ORG
        else:
            col.field = "name_kana"
    # an organisation beside the names makes them its heads; what only a private person's record
    # holds says they are private persons after all (an internal licence ledger with the holder's
    # 生年月日 or home address, a list of operators in arrears, sole traders' bank accounts)
    info.private = _private_record_columns(cols)
    organisation = any(c.kind in ("facility", "facility_address") for c in cols) and not info.private
    for col in cols:
        if col.entity == entities.ROLE and not organisation:
            col.entity = None  # 開設者 with no organisation beside it: a private person after all
        elif col.entity == entities.ROLE and _own_contact(col, cols):
            col.entity = None  # 管理者氏名 | 管理者電話: reachable at home, a private person
        elif organisation and col.entity is None and col.kind == "name" and col.field != "name":
            col.entity = entities.ROLE  # 学校名 | 校長 | 所在地: the unlabelled names are its heads
    if entities.official_list(f"{info.title} {headers}") and not _private_columns(cols):
        # 議員名簿 (会派 | 当選回数): elected officials, named with what their office publishes; their
        # home phone or family (議員緊急連絡先: 自宅住所 | 家族構成) is kept in a private capacity
        for col in cols:
            if col.kind in ("name", "name_kana"):
                col.entity = entities.ROLE
    if _staff_directory(info, cols):
        for col in cols:
            if col.kind in ("name", "name_kana"):
                col.entity = entities.ROLE  # 所属 | 職名 | 氏名 | 内線: staff at work


# Columns about a person that no published register of businesses or offices holds.
_PRIVATE_KINDS = ("birth_date", "arrears", "health", "my_number")


def _private_record_columns(cols: list[Column]) -> bool:
    """Columns that make the names of a table private persons even beside a facility or business
    column: a birth date, arrears, health or a My Number, a home contact or the family, or a bank
    account when the businesses are not legal persons (a sole trader's account is their own)."""
    if any(c.kind in _PRIVATE_KINDS for c in cols) or _private_columns(cols):
        return True
    if not any(c.kind == "bank_account" for c in cols):
        return False
    businesses = [t for c in cols if c.kind in ("facility", "role") for _, t in c.cells[:400]]
    return not any(entities.legal_person(t) for t in businesses)


def _private_columns(cols: list[Column]) -> bool:
    """A home contact (自宅住所, 携帯電話) or the family (家族構成, 続柄) in the table's columns."""
    return any(
        (c.kind in ("phone", "address") and vocab.has_any(c.header, entities.PRIVATE_CONTACT_WORDS))
        or c.kind == "relationship"
        or vocab.has_any(c.header, entities.FAMILY_HEADERS)
        for c in cols
    )


def _own_contact(role: Column, cols: list[Column]) -> bool:
    """Whether a phone or address column belongs to the person of ``role`` rather than to the
    organisation: its header names that role (管理者電話 beside 管理者氏名) or a home (自宅住所).

    A licence register's 開設者住所 is published with the licence and stays a role's; a phone of the
    role person is how a private resident (a pond keeper, a key holder) is reached at home."""
    word = entities.role_word(role.header)
    for col in cols:
        if col is role or not col.header:
            continue
        if col.kind == "phone" and word is not None and word in compact(col.header).upper():
            return True
        if col.kind in ("phone", "address") and vocab.has_any(col.header, entities.PRIVATE_CONTACT_WORDS):
            return True
    return False


def _staff_directory(info: TableInfo, cols: list[Column]) -> bool:
    """A list of staff at work (所属 | 職名 | 氏名 | 内線 | 代表電話). Staff's private data — a home
    address, a birth date, private (mobile) numbers of an emergency call list — keep it personal."""
    if not entities.staff_directory([c.header for c in cols], info.title):
        return False
    if any(c.kind in ("birth_date", "address", "my_number", "email", "bank_account") for c in cols):
        return False
    for col in cols:
        if col.kind != "phone" or any(
            w in compact(col.header).upper() for w in entities.OFFICE_PHONE_HEADERS
        ):
            continue
        values = [t for _, t in col.cells[:400]]
        mobile = sum(1 for t in values if re.match(r"0[789]0", t))
        if values and (mobile >= 0.3 * len(values) or len(set(values)) > 0.5 * len(values)):
            return False  # one private number per person: an emergency call list
    return True


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
