"""What table analysis finds in one table: its columns (field from the header, field inferred
from the values, entity type) and the rows, records and identities detectors read from it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..model import CellValue, Table
from ..normalize import cell_text
from . import checks, entities, vocab

#: Header fields too vague to type a column on their own (番号, 日付): the values decide.
WEAK_FIELDS = frozenset({"number", "date", "other_number"})
_SURNAME_HEADERS = frozenset({"姓", "氏", "苗字", "名字", "FAMILY", "FAMILYNAME", "SURNAME", "LASTNAME"})
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
    # rows that continue the row above them (a record printed on two lines) → that row
    continued: dict[int, int] = dataclasses.field(default_factory=dict)
    # columns only a private person's record has (生年月日, 自宅住所, 滞納額, a sole trader's
    # account): names beside a facility are then not its heads (set by table_entities)
    private: bool = False
    # the one person a log is about, named in its title (児童：前田 律 over 日付 | ケア | 備考):
    # (row, column, name); every data row is then that person's
    subject: tuple[int, int, str] | None = None

    def set_subject(self, row: int, col: int, name: str) -> None:
        """The one person the table is about, named in its title row ``row``: every data row is
        theirs (joined to the title row's record)."""
        self.subject = (row, col, name)
        self.__dict__.pop("person_rows", None)  # a cached reading from before the subject was known
        record = self.record(row)
        self.joined = {r: record for r in self.data_rows}
        self.data_rows = [r for r in self.data_rows if r != row]

    def record(self, row: int) -> str:
        if self.form:
            return f"{self.table.locator}#form"
        if row in self.continued:
            row = self.continued[row]
        if self.joined and row in self.joined:
            return self.joined[row]
        return f"{self.table.locator}#row{row + self.table.row_offset + 1}"

    def columns_of(self, *kinds: str) -> list[Column]:
        return [c for c in self.columns.values() if c.kind in kinds]

    @cached_property
    def person_rows(self) -> set[int]:
        """Rows that hold a person's name (a name column with a value that looks like a name)."""
        rows: set[int] = set()
        if self.subject is not None:
            return {self.subject[0], *self.data_rows}
        if self.form:
            # a form's person: a known name, or a surname and given name apart (割合 under 対象者
            # in a table of premium bands is no one)
            named = any(
                checks.looks_like_name(t) or (len(t.split()) == 2 and checks.looks_like_name(t, strict=False))
                for c in self.columns_of("name", "name_kana")
                for _, t in c.cells
            )
            return set(self.data_rows) if named else set()
        for col in self.columns_of("name", "name_kana"):
            kana = col.kind == "name_kana"
            for r, text in col.cells:
                # a 姓 column may hold one-character surnames (林): any kanji/kana value counts;
                # a company or a titled representative in a 氏名 column is not a private person
                named = checks.looks_like_name(text, strict=False) or (
                    col.header.replace(" ", "").upper() in _SURNAME_HEADERS and bool(text)
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

    @cached_property
    def is_message_log(self) -> bool:
        """A chat or mail log export (日時 | 投稿者 | 本文): a speaker column among the first rows. Its
        names are the staff who posted; detect.conversation links the replies to a resident."""
        heads = {cell_text(v).strip().lower() for row in self.table.rows[:3] for v in row if v is not None}
        return bool(heads & vocab.SPEAKER_HEADERS)

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
        for r in self.continued:  # the second line of a two-line record: 090-…／幕張町631番地の7
            for c, v in enumerate(self.table.rows[r]):
                if v is not None and len(t := cell_text(v)) >= 6:
                    yield r, c, t

    def row_text(self, row: int) -> str:
        cells = self.table.rows[row]
        return " ".join(cell_text(v) for v in cells if v is not None and v != "")


def row_cell_texts(row: Sequence[CellValue]) -> list[str]:
    """The cells of a row as text ("" for empty cells), aligned with the row."""
    return [cell_text(v) for v in row]
