"""Weaknesses found by the second red-team set (corpus/redteam/set2.py), as should-flag tables.

Each group pairs the payloads that were missed (or over-rated) with near misses the fix must keep
as they were.
"""

from __future__ import annotations

import pytest

from assetclass.model import CellValue, Document, Region, TextBlock

from .util import detect, level_of, of_type, sheet_doc, text_doc

SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田"]
GIVEN = ["一郎", "幸子", "美咲", "翔太", "恵美", "正雄", "由美子", "大輔", "陽菜", "律子", "拓海"]


def _people(n: int) -> list[tuple[str, str, str]]:
    """n rows of (name, address, phone); names repeat (namesakes) but addresses do not."""
    return [
        (
            f"{SURNAMES[i % 11]} {GIVEN[(i // 11) % 11]}",
            f"盛岡市本町通{i % 9 + 1}-{i % 40 + 1}-{i + 1}",
            f"019-6{i % 90 + 10}-{1000 + i}",
        )
        for i in range(n)
    ]


def _pdf(*pages: str) -> Document:
    blocks = [TextBlock(p, f"page {i}", Region.BODY) for i, p in enumerate(pages, start=1)]
    return Document(name="t.pdf", format="pdf", blocks=blocks)


# --- tables in PDF text: one record per row, across page breaks ---------------------------------
def _numbered_pages(n: int, per_page: int, title: str = "除雪協力員名簿") -> list[str]:
    rows = [f"{i + 1} {name} {addr} {tel}" for i, (name, addr, tel) in enumerate(_people(n))]
    pages = []
    for start in range(0, n, per_page):
        head = ["No 氏名 住所 電話番号"] if start == 0 else [title]  # header on page 1 only
        pages.append("\n".join(head + rows[start : start + per_page]))
    return pages


@pytest.mark.parametrize(
    ("n", "level"),
    [
        (130, 3),  # more than bulk_subjects persons over 4 pages, header only on page 1
        (60, 2),  # fewer persons: personal records, not bulk
    ],
)
def test_numbered_table_in_text_continues_over_pages(n: int, level: int) -> None:
    assert level_of(_pdf(*_numbered_pages(n, 40)))[0] == level


def test_page_whose_numbers_do_not_continue_is_not_the_table() -> None:
    pages = _numbered_pages(30, 40)
    # the next page starts a new numbered list without a header: no fields carried over to it
    pages.append("\n".join(f"{i} 議題{i} 説明資料 {i}頁" for i in range(1, 6)))
    findings = detect(_pdf(*pages), "name")
    assert not [f for f in findings if f.locator.startswith("page 2")]


@pytest.mark.parametrize(("n", "level"), [(110, 3), (40, 2)])
def test_unnumbered_rows_leading_with_a_name_are_one_record_each(n: int, level: int) -> None:
    rows = [f"{name} {addr} {tel}" for name, addr, tel in _people(n)]
    # the header repeats on every page (as reportlab's repeatRows and most exports do)
    pages = ["\n".join(["氏名 住所 電話番号", *rows[i : i + 45]]) for i in range(0, n, 45)]
    assert level_of(_pdf(*pages))[0] == level


# --- names in running text ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("[10:05] 担当: 菅野さん宅（北上市青柳町2-3-4）、今月も未納です。", 3),  # a household, not staff
        ("担当: 菅野様方の水道料金、督促状を送付済みです。", 3),
        ("担当：菅野さん（内線2153）まで、未納対策の資料を提出してください。", 1),  # staff stays staff
    ],
)
def test_household_after_a_staff_label_is_a_resident(text: str, level: int) -> None:
    assert level_of(text_doc(text))[0] == level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("所有者 菅野 キヨ（宮古市保久田1-13-24）", True),
        ("居住者：田中 一郎", True),
        ("所有者に連絡済み。", False),
        ("入居者の募集について", False),
    ],
)
def test_owner_and_occupant_labels_name_a_person(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "name"), "name", 0.5)) is flag


def test_a_labelled_line_ending_in_san_does_not_close_a_form_block() -> None:
    doc = text_doc("転入者対応事例", "転入者：佐藤 光男さん", "住所：花巻市大通り8-6-13", "手続：国保加入")
    assert level_of(doc)[0] == 2
    # a letter's addressee line still closes the address block above it (and is that record)
    letter = text_doc("〒020-0001", "盛岡市本町通1-2-3", "佐藤 光男 様", "ご案内")
    assert level_of(letter)[0] == 2


def test_slide_text_does_not_run_into_the_slide_master() -> None:
    blocks = [
        TextBlock("事例", "slide 1", Region.BODY),
        TextBlock("転入者：佐藤 光男さん", "slide 2", Region.BODY),
        TextBlock("住所：花巻市大通り8-6-13", "slide master 1", Region.BODY),
    ]
    doc = Document(name="t.pptx", format="pptx", blocks=blocks)
    assert level_of(doc)[0] == 1
    blocks[2] = TextBlock("住所：花巻市大通り8-6-13", "slide 3", Region.BODY)
    assert level_of(doc)[0] == 2


# --- organisation tables -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "level"),
    [
        (["学校名", "校長", "所在地", "電話番号"], 1),  # the head of a school at the school's address
        (["商号", "代表者", "所在地", "電話番号"], 1),
        (["自治会名", "会長氏名", "住所", "電話番号"], 2),  # a chair's own home: 氏名 + 住所 header
    ],
)
def test_organisation_lists_with_a_head_column(header: list[str], level: int) -> None:
    org = (
        "本町小学校" if header[0] == "学校名" else "株式会社三陸建設" if header[0] == "商号" else "本町自治会"
    )
    rows: list[list[CellValue]] = [list(header)]
    rows += [[f"{org}{i}", name, addr, tel] for i, (name, addr, tel) in enumerate(_people(6))]
    assert level_of(sheet_doc(rows))[0] == level


# --- addresses ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("岩手県花巻市", 1),  # a candidate list's residence at city level locates no one
        ("盛岡市", 1),
        ("盛岡市本町通1-2-3", 2),
        ("岩手県花巻市大通り三丁目五番地七", 2),
    ],
)
def test_bare_municipality_is_not_a_personal_address(value: str, level: int) -> None:
    rows: list[list[CellValue]] = [
        ["氏名", "年齢", "住所"],
        ["佐藤 光男", 54, value],
        ["鈴木 幸子", 61, value],
    ]
    assert level_of(sheet_doc(rows))[0] == level
    text = _pdf("\n".join(["氏名 年齢 党派 住所", f"佐藤 光男 54 無所属 {value}"]))
    assert level_of(text)[0] == level


# --- sample forms ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "sheet", "level"),
    [
        ("山田 太郎", "記入例", 1),  # the stock name on a sheet that says it is a sample
        ("山田 花子", "見本", 1),
        ("山田 一男", "記入例", 2),  # any other name on a sample is still someone's
        ("山田 太郎", "申請書", 2),  # and 山田 太郎 outside a sample is a person
    ],
)
def test_stock_sample_names_on_a_sample_form_are_nobody(name: str, sheet: str, level: int) -> None:
    form: list[list[CellValue]] = [["項目", "内容"], ["氏名", name], ["生年月日", "昭和60年1月1日"]]
    assert level_of(sheet_doc(form, name=sheet))[0] == level


# --- dates split over 元号 | 年 | 月 | 日 columns -------------------------------------------------
def _split_rows(header: list[str], dates: list[tuple[str, int, int, int]]) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = [list(header)]
    for i, (era, y, m, d) in enumerate(dates):
        rows.append([f"{SURNAMES[i]} {GIVEN[i]}", era, y, m, d])
    return rows


BIRTHS = [
    ("昭和", 50, 1, 1),
    ("昭和", 22, 7, 3),
    ("平成", 3, 12, 24),
    ("昭和", 61, 4, 9),
    ("平成", 15, 2, 28),
]
RECEIPTS = [("令和", 6, 4, 1), ("令和", 6, 5, 10), ("令和", 6, 6, 3), ("令和", 6, 7, 22), ("令和", 6, 8, 30)]


@pytest.mark.parametrize(
    ("header", "dates", "found"),
    [
        (["氏名", "元号", "年", "月", "日"], BIRTHS, True),  # spans decades: birth dates
        (["氏名", "生年月日", "年", "月", "日"], BIRTHS, True),
        (["氏名", "元号", "年", "月", "日"], RECEIPTS, False),  # all this year: receipt dates
        (["品名", "元号", "年", "月", "日"], BIRTHS, False),  # no person in the rows
    ],
)
def test_era_year_month_day_columns(
    header: list[str], dates: list[tuple[str, int, int, int]], found: bool
) -> None:
    rows = _split_rows(header, dates)
    if header[0] == "品名":
        for row in rows[1:]:
            row[0] = "ノートPC"
    hits = of_type(detect(sheet_doc(rows), "birth_date"), "birth_date", 0.5)
    assert bool(hits) is found


def test_municipality_column_of_a_split_address_still_counts() -> None:
    rows: list[list[CellValue]] = [
        ["氏名", "住所（市区町村）", "町名番地"],
        ["佐藤 光男", "大阪府堺市北区", "蟇沼1-8-4"],
        ["鈴木 幸子", "大阪府堺市北区", "蟇沼2-3-1"],
    ]
    assert of_type(detect(sheet_doc(rows), "address"), "address", 0.5)
    text = _pdf("氏名 住所 電話番号\n佐藤 光男 堺市北区 蟇沼1-8-4 072-123-4567")
    assert of_type(detect(text, "address"), "address", 0.5)
