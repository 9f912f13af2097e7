"""Forms (申請書): a label | value grid read as one person's record instead of as a list, and a
one-person form or title above a list that makes the list that person's (健康観察票, 実施記録)."""

from __future__ import annotations

import dataclasses
import re

from ..model import CellValue, Table
from ..normalize import cell_text
from . import checks, entities, name_labels, vocab
from .name_labels import NOT_PARTIES
from .table_info import WEAK_FIELDS, Column, TableInfo, row_cell_texts

#: A label column with at least this many filled cells, under a third of them labels, is a list's.
_FORM_LIST_CELLS = 8


# 対象者：江口 英樹 様（小山市…）: the value up to an honorific or a bracket
_INLINE = re.compile(
    r"^\s*([^:：\s]{1,10})\s*[:：]\s*([^\s（(][^（(]{0,30}?)\s*(?:様|さん|殿|氏)?\s*(?:[（(].*)?$"
)
_DIGITS = re.compile(r"[0-9０-９]")
_HONOURED = re.compile(rf"^{vocab.SURNAME_CHARS}{{1,4}}[ 　]?{vocab.GIVEN_NAME_CHARS}{{1,5}}[ 　]*(?:様|殿)$")
_INLINE_FIELDS = ("name", "address", "phone", "birth_date")


def _party_label(t: str) -> bool:
    """誓約者, 借受人, 委任者: a short label naming a party of the form by what they do (not its staff:
    受付者, 担当者)."""
    return 2 <= len(t) <= 6 and t.endswith(("者", "人")) and not t.endswith(NOT_PARTIES)


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


def _named_sheet(columns: dict[int, Column], data_rows: list[int]) -> bool:
    """A sheet about one named person with a single label (氏名 | 河合 航 | 学年 | 中学2年 over
    rows of 状況 | …): the label names a private subject and its value is a full name."""
    names = [c for c in columns.values() if c.field == "name"]
    return (
        len(names) == 1
        and len(data_rows) >= 2
        and checks.looks_like_name(names[0].cells[0][1])
        and entities.entity_of(names[0].cells[0][1]) == entities.PERSON
    )


def _item_column(rows: list[list[CellValue]], j: int) -> bool:
    """A sheet's column of item names, each once, beside their values (保護者氏名 | 連絡先 | 利用児童1 |
    利用期間 | 理由 …): a form's labels even where most name no known field; a list's column repeats
    its values (総務課, 総務課, 長寿課 …)."""
    cells = [cell_text(r[j]) for r in rows if j < len(r) and r[j] is not None and cell_text(r[j])]
    narrow = all(sum(1 for v in r if v is not None and cell_text(v)) <= 3 for r in rows)  # label | value
    return (
        narrow and len(rows) <= 30 and len(set(cells)) == len(cells) and all(len(c) <= 12 for c in cells[1:])
    )


def _name_below(rows: list[list[CellValue]], i: int, j: int) -> bool:
    """A name in the cell under a name label: the label heads a column of a list."""
    if i + 1 >= len(rows) or j >= len(rows[i + 1]) or rows[i + 1][j] is None:
        return False
    below = cell_text(rows[i + 1][j])
    return vocab.header_field(below) is None and (
        checks.looks_like_name(below)
        or (len(below.split()) == 2 and checks.looks_like_name(below, strict=False))
    )


_REPEATED_LABELS = 3


def _label_value_row(texts: list[str]) -> bool:
    """生年月日 | 1963-03-01 | 性別 | 女: a label, then its value."""
    filled = [t for t in texts if t]
    return (
        len(filled) >= 2
        and len(filled[0]) <= 10
        and not _DIGITS.search(filled[0])  # 市営南小泉住宅4号棟204号室 is a value, not a label
        and vocab.header_field(filled[0]) not in (None, *WEAK_FIELDS)
        and vocab.header_field(filled[1]) is None
    )


#: Rows of values a form's block of labels may stand over (保護者 and こども under 姓 | 名 | セイ | メイ).
_BLOCK_ROWS = 3


def _value_rows_under(rows: list[list[CellValue]], i: int) -> int:
    """How many rows of values (1 to _BLOCK_ROWS) stand under a row of labels, with label | value
    rows after them: the name block of a form sheet (姓 | 名 | セイ | メイ over 清水 | キク | …), not
    a list's header over its rows. 0 when it is not such a block."""
    k = 0
    while k < _BLOCK_ROWS and i + 1 + k < len(rows):
        below = row_cell_texts(rows[i + 1 + k])
        # the first cell may name the row's party (こども | 松本 | 澪 | …)
        if sum(1 for t in below if _value_like(t)) < 2 or any(vocab.header_field(t) for t in below[1:] if t):
            break
        k += 1
    if k == 0:
        return 0
    after = [row_cell_texts(r) for r in rows[i + 1 + k : i + 4 + k]]
    return k if sum(1 for texts in after if _label_value_row(texts)) >= 2 else 0


#: Rows of labels a side-by-side form (one column per party) has at least.
_SIDE_BY_SIDE_LABELS = 2


def _side_by_side(table: Table) -> TableInfo | None:
    """A form with one column per party (　| 入居者 | 新しい連帯保証人 over 氏名 | … | …, 住所 | … | …,
    or 　| 変更前 | 変更後): the labels down the first column, the parties' values to their right."""
    rows = [row_cell_texts(r) for r in table.rows]
    top = next((i for i, r in enumerate(rows) if any(r)), None)
    if top is None or len(rows) > 30 or rows[top][0] or len(rows[top]) < 2:
        return None
    heads = [t for t in rows[top][1:] if t]
    if not heads or any(len(t) > 12 or _DIGITS.search(t) for t in heads):
        return None
    columns: dict[int, Column] = {}
    labels: list[str] = []
    for i in range(top + 1, len(rows)):
        texts = rows[i]
        if not texts or not texts[0]:
            continue
        f = vocab.header_field(texts[0])
        values = [(j, t) for j, t in enumerate(texts[1:], start=1) if t]
        if (
            f is None
            or f in WEAK_FIELDS
            or any(vocab.header_field(t) not in (None, *WEAK_FIELDS) for _, t in values)
        ):
            continue
        labels.append(texts[0])
        for j, t in values:
            columns[i * 1000 + j] = Column(j, texts[0], f, cells=[(i, t)])
    if len(set(labels)) < _SIDE_BY_SIDE_LABELS or len(set(labels)) != len(labels):
        return None
    data_rows = [i for i, r in enumerate(rows) if any(r)]
    return TableInfo(table, (), columns, data_rows, table.name, form=True)


def read_form(table: Table) -> TableInfo | None:
    """A label | value table (an application form): labels name fields, the cell right of each
    label holds the value. Needs labels with values on at least two rows."""
    rows = table.rows
    if len(rows) > 60:
        return None
    side = _side_by_side(table)
    if side is not None:
        return side
    columns: dict[int, Column] = {}
    label_rows: set[int] = set()
    labels_in: dict[int, int] = {}  # label cells per column
    label_texts: dict[int, set[str]] = {}  # their distinct texts per column
    data_rows: list[int] = []
    under_labels: set[int] = set()  # value rows read with the label row above them
    for i, row in enumerate(rows):
        if i in under_labels:
            data_rows.append(i)
            continue
        texts = row_cell_texts(row)
        # labels are short (気管支喘息（通院中）、卵アレルギー names a field but is a value)
        # (a value naming its field has digits: 要介護度 | 要介護2 is a label and its value)
        labels = sum(
            1
            for t in texts
            if t
            and len(t) <= 10
            and not _DIGITS.search(t)
            and vocab.header_field(t) not in (None, *WEAK_FIELDS)
        )
        header_like = labels >= 2 and sum(1 for t in texts if _value_like(t)) < 2
        # (a block's label row holds labels only: 新世帯主 | 岡本 敏夫 | 生年月日 | 昭和53年… is pairs)
        pure = not any(_DIGITS.search(t) or checks.looks_like_name(t) for t in texts if t)
        block = _value_rows_under(rows, i) if header_like and pure else 0
        if block:
            # 姓 | 名 | セイ | メイ over 清水 | キク | シミズ | キク, then 生年月日 | … rows: a form's name block
            for r in range(i + 1, i + 1 + block):
                below = row_cell_texts(rows[r])
                for j, t in enumerate(texts):
                    f = vocab.header_field(t) if t else None
                    if f is not None and f not in WEAK_FIELDS and j < len(below) and _value_like(below[j]):
                        # (not counted as a label column: the block's labels sit over value columns)
                        columns[r * 1000 + j] = Column(j, t, f, cells=[(r, below[j])])
                under_labels.add(r)
            label_rows.add(i)
            data_rows.append(i)
            continue
        if header_like and labels >= 3:
            return None  # a list's header row (氏名 | 住所 | 生年月日), not a form's label column
        for j, t in enumerate(texts):
            if not t:
                continue
            inline = _INLINE.match(t)
            if inline and vocab.header_field(inline[1]) in _INLINE_FIELDS:
                # 対象者：江口 英樹 — the label and its value in one cell
                f = vocab.header_field(inline[1])
                columns[i * 1000 + j] = Column(j, inline[1], f, cells=[(i, inline[2])])
                labels_in[j] = labels_in.get(j, 0) + 1
                label_texts.setdefault(j, set()).add(inline[1])
                label_rows.add(i)
                continue
            if j == len(texts) - 1:
                continue
            f = vocab.header_field(t)
            if f is None and len(t) <= 8 and _HONOURED.match(next((v for v in texts[j + 1 :] if v), "")):
                f = "name"  # 報告者 | 河野　浩二　様: the value's honorific says it is a person's name
            elif (
                f is None
                and _party_label(t)
                and checks.looks_like_name(next((v for v in texts[j + 1 :] if v), ""))
            ):
                f = "name"  # 誓約者 | 高木 佳奈: a party of the form by its role, then a known name
            if f is None or (f in WEAK_FIELDS and f != "number"):
                continue
            if f == "name" and len(t) <= 10 and _name_below(rows, i, j):
                return None  # 年組 | 氏名 | 原因食物 over 3年1組 | 見本 はなこ | 卵: a list's header row
            value = next((v for v in texts[j + 1 :] if v), "")
            boxed = _boxed_digits(texts[j + 1 :])
            if boxed:
                value = boxed
            if f == "number" and checks.number_cell_digits(value) is None:
                continue  # 番号 | <a number> is kept: it may be a My Number in a form
            # a condition may name its own field (健康状態 | 小麦アレルギー); another field's name is
            # a list header's next label (氏名 | 住所), and 氏名 | 滞納者の氏名を確認する explains one
            own = f if f == "health" else None
            if not value or vocab.header_field(value) not in (None, own, *WEAK_FIELDS):
                continue
            k = (
                texts.index(value, j + 1)
                if not boxed
                else next(x for x in range(j + 1, len(texts)) if texts[x])
            )
            columns[i * 1000 + k] = Column(k, t, f, cells=[(i, value)])
            labels_in[j] = labels_in.get(j, 0) + 1
            label_texts.setdefault(j, set()).add(t)
            label_rows.add(i)
        if any(texts):
            data_rows.append(i)
    if (len(label_rows) < 2 or len(columns) < 2) and not _named_sheet(columns, data_rows):
        return None
    # A form's label column holds labels. A column where a few cells happen to name a field among
    # many that do not (障がい福祉課 among 長寿課, 総務課 in a staff list's 所属 column) is a list's.
    filled: dict[int, int] = {}
    for row in rows:
        for j, v in enumerate(row):
            if v is not None and cell_text(v):
                filled[j] = filled.get(j, 0) + 1
    if any(
        filled.get(j, 0) >= _FORM_LIST_CELLS and n < filled.get(j, 0) / 3 and not _item_column(rows, j)
        for j, n in labels_in.items()
    ):
        return None
    # a form's labels differ from each other; one text repeated down a column (件名 | 住所確認 on
    # every row of a mail log) is a list's values that happen to name a field
    if any(labels_in[j] >= _REPEATED_LABELS and len(texts) == 1 for j, texts in label_texts.items()):
        return None
    # a header row of a list has labels on one row only; a form has them down the rows
    return TableInfo(table, (), columns, data_rows, table.name, form=True)


#: Rows above a list's header that may hold a one-person form (氏名 | … | 電話 | …, 住所 | …).
_FORM_ABOVE_MIN_ROWS = 2


def form_above(table: Table, first: TableInfo) -> list[TableInfo]:
    """A one-person form above a list without names (健康観察票: 氏名 | 住所 over 日付 | 体温 | 症状):
    the form is read on its own, and the list's rows are that person's (joined to its record)."""
    if first.form or first.person_rows:
        return []
    if not first.header_rows or first.header_rows[0] < _FORM_ABOVE_MIN_ROWS:
        subject_in_title(table, first)
        return []
    form = read_form(dataclasses.replace(table, rows=table.rows[: first.header_rows[0]]))
    if form is None or not form.person_rows:
        subject_in_title(table, first)
        return []
    form.table = table
    first.joined = {r: form.record(r) for r in first.data_rows}
    return [form]


def subject_in_title(table: Table, info: TableInfo) -> None:
    """A log titled with its one person (医療的ケア実施記録 児童：前田 律（小4）, 氏名：… over 日付 | …):
    the rows are that person's."""
    for r in range(info.header_rows[0] if info.header_rows else min(2, len(table.rows))):
        for c, v in enumerate(table.rows[r]):
            t = cell_text(v) if v is not None else ""
            parties = name_labels.party_names(t)
            name = parties[0] if parties else name_labels.labelled_name(t)
            if name is not None:
                info.set_subject(r, c, name)
                return
