"""Forms (申請書): a label | value grid read as one person's record instead of as a list."""

from __future__ import annotations

import re

from ..model import CellValue, Table
from ..normalize import cell_text
from . import checks, entities, vocab
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
        and vocab.header_field(filled[0]) not in (None, *WEAK_FIELDS)
        and vocab.header_field(filled[1]) is None
    )


def _labels_over_one_row(rows: list[list[CellValue]], i: int) -> bool:
    """A row of labels over a single row of values, with label | value rows after it (the name block
    of a form sheet), not a list's header over its rows."""
    if i + 2 >= len(rows):
        return False
    below = row_cell_texts(rows[i + 1])
    if sum(1 for t in below if _value_like(t)) < 2 or any(vocab.header_field(t) for t in below if t):
        return False
    after = [row_cell_texts(r) for r in rows[i + 2 : i + 5]]
    return sum(1 for texts in after if _label_value_row(texts)) >= 2


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
        if header_like and _labels_over_one_row(rows, i):
            # 姓 | 名 | セイ | メイ over 清水 | キク | シミズ | キク, then 生年月日 | … rows: a form's name block
            below = row_cell_texts(rows[i + 1])
            for j, t in enumerate(texts):
                f = vocab.header_field(t) if t else None
                if f is not None and f not in WEAK_FIELDS and j < len(below) and below[j]:
                    # (not counted as a label column: the block's labels sit over value columns)
                    columns[i * 1000 + j] = Column(j, t, f, cells=[(i + 1, below[j])])
            label_rows.add(i)
            under_labels.add(i + 1)
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
