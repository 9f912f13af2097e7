"""Layout-aware PDF reading: person lists printed from a core system, numbers a producer spaced out."""

from __future__ import annotations

import pytest

import assetclass
from assetclass.normalize import join_spaced_digits

from .conftest import Extract
from .pdf_docs import birth, grid_pdf, lines_pdf, people, person_list_pdf

pytest.importorskip("reportlab")


def test_person_list_over_pages_is_one_table_of_records() -> None:
    persons = people(130)
    data = person_list_pdf(persons)
    result = assetclass.scan_bytes(data, "住民一覧.pdf")
    assert result.status == "ok"
    assert result.level == 3
    # one row per resident across four pages: the repeated header and title lines are not persons
    assert result.subjects == 130
    assert any(r.rule == "bulk_personal_records" for r in result.reasons)
    # no raw values in the result without --show-values
    text = str(result.to_json())
    assert persons[0].phone not in text and persons[0].name_as("space") not in text


def test_person_list_table_structure(extract: Extract) -> None:
    persons = people(80)
    document = extract("list.pdf", person_list_pdf(persons, per_page=30))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert table.locator == "pages 1-3 table 1"
    assert table.rows[0] == ["世帯番号", "氏名", "生年月日", "住所", "電話番号", "続柄"]
    assert len(table.rows) == 81  # header once, then one row per person
    last = persons[-1]
    assert table.rows[-1][1] == last.name_as("space")
    assert table.rows[-1][4] == last.phone
    # the page title with its date and page number stays running text, digits joined
    titles = [b.text for b in document.blocks]
    assert len(titles) == 3 and titles[0].startswith("住民一覧表")
    assert "令和6年5月1日" in titles[0]


def test_short_person_list_stays_at_two() -> None:
    """Under the bulk threshold the same list is personal data, not bulk data."""
    result = assetclass.scan_bytes(person_list_pdf(people(40)), "一覧.pdf")
    assert result.level == 2
    assert result.subjects == 40


def test_letter_with_spaced_lot_numbers() -> None:
    p = people(1)[0]
    data = lines_pdf(
        [
            f"〒{p.postal}",
            f"{p.city}{p.town} {p.chome} 丁目 {p.ban} 番 {p.go} 号",
            f"{p.name_as('space')} 様",
            "",
            "令和 6 年 5 月 1 日",
            "下記のとおり通知します。",
        ]
    )
    result = assetclass.scan_bytes(data, "通知.pdf")
    assert result.level == 2
    assert {"name", "address"} <= {f.type for f in result.findings}


def test_numbered_list_with_spaced_addresses() -> None:
    persons = people(4)
    lines = ["参加者名簿（抜粋）"] + [
        f"{i} {q.name_as('space')}（{q.city}{q.town} {q.chome} 丁目 {q.ban} 番地）"
        for i, q in enumerate(persons, start=1)
    ]
    result = assetclass.scan_bytes(lines_pdf(lines), "名簿.pdf")
    assert result.level == 2


def test_prose_page_keeps_pdfium_text() -> None:
    data = lines_pdf(
        ["令和 6 年度 事業計画", "本市は 3 つの重点施策に取り組みます。", "詳細は別紙のとおりです。"]
    )
    result = assetclass.scan_bytes(data, "計画.pdf")
    assert result.level == 1
    assert not result.review


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("令和 6 年 5 月 1 日", "令和6年5月1日"),
        ("令和 元 年", "令和元年"),
        ("釜石市只越町 3 丁目 9 番 13 号", "釜石市只越町3丁目9番13号"),
        ("只越町 3-9-13", "只越町3-9-13"),
        ("8丁目20番地 5", "8丁目20番地5"),
        ("第 3 条", "第3条"),
        # a phone in the next column, a list number before a name and an age are left alone
        ("2丁目28番14号 019-508-0614", "2丁目28番14号 019-508-0614"),
        ("1 山田 太郎（釜石市）", "1 山田 太郎（釜石市）"),
        ("3番 0193-22-1234", "3番 0193-22-1234"),
        # a phone whose hyphens the producer spaced out
        ("連絡先 080 - 1234 - 5678", "連絡先 080-1234-5678"),
        ("1 - 2 丁目", "1-2丁目"),
    ],
)
def test_join_spaced_digits(raw: str, joined: str) -> None:
    assert join_spaced_digits(raw) == joined


def _lot(p: object) -> str:
    return f"{p.city}{p.town}{p.chome}丁目{p.ban}番{p.go}号"  # type: ignore[attr-defined]


def test_header_labels_wider_than_their_values(extract: Extract) -> None:
    """被保険者記号番号 is wider than the numbers under it and touches 氏名: still the header."""
    persons = people(60, seed=23)
    header = [("被保険者記号番号", 30.0), ("氏名", 94.0), ("生年月日", 170.0), ("住所", 250.0)]
    rows = [[f"{40000 + i:08d}", q.name_as("space"), birth(q), _lot(q)] for i, q in enumerate(persons)]
    data = grid_pdf(["資格喪失者一覧 ページ {page}/{pages}"], header, rows, per_page=25)
    document = extract("list.pdf", data)
    assert len(document.tables) == 1
    table = document.tables[0]
    assert table.rows[0] == ["被保険者記号番号", "氏名", "生年月日", "住所"]
    assert len(table.rows) == 61
    result = assetclass.scan_bytes(data, "喪失者一覧.pdf")
    assert result.level == 2 and result.subjects == 60


def test_value_touching_the_next_column_keeps_its_row(extract: Extract) -> None:
    """世帯主 fills its column and touches the address: the row stays a row of the table."""
    persons = people(110, seed=29)
    header = [("氏名", 30.0), ("続柄", 110.0), ("住所", 134.0), ("電話番号", 330.0)]
    rows = [
        [q.name_as("space"), "世帯主" if i % 3 == 0 else "子", _lot(q), q.phone]
        for i, q in enumerate(persons)
    ]
    data = grid_pdf(["世帯一覧（抽出）"], header, rows, per_page=40)
    document = extract("list.pdf", data)
    assert len(document.tables) == 1
    assert len(document.tables[0].rows) == 111  # the header once, every resident
    result = assetclass.scan_bytes(data, "世帯一覧.pdf")
    assert result.level == 3 and result.subjects == 110


def test_two_line_records_with_row_numbers(extract: Extract) -> None:
    """A 2段 printout: row number + name + sex + birth date, then 住所 on an indented second line;
    the row number sits close to the name (no gutter)."""
    persons = people(105, seed=31)
    header = [("No", 30.0), ("氏名", 48.0), ("性別", 130.0), ("生年月日", 160.0)]
    rows = [[str(i + 1), q.name_as("space"), q.gender, birth(q)] for i, q in enumerate(persons)]
    seconds = [f"住所 {_lot(q)}" for q in persons]
    data = grid_pdf(["転入者一覧"], header, rows, second_lines=seconds, second_x=60.0, per_page=20)
    document = extract("list.pdf", data)
    table = document.tables[0]
    assert table.rows[0][:2] == ["No", "氏名"] and table.rows[0][-1] == "住所"
    assert table.rows[1][0] == "1" and table.rows[1][1] == persons[0].name_as("space")
    assert table.rows[1][-1] == _lot(persons[0])
    result = assetclass.scan_bytes(data, "転入者一覧.pdf")
    assert result.level == 3 and result.subjects == 105


def test_a_ruled_line_between_the_header_and_the_rows(extract: Extract) -> None:
    """A core system's print: title lines, the column header, a line of ===== and the rows, each
    led by its 宛名番号; the header above the rule is the table's."""
    persons = people(110, seed=41)
    header = [("宛名番号", 30.0), ("氏名", 110.0), ("住所", 210.0), ("電話", 480.0)]
    rows = [
        [f"{20000000 + i * 7919:09d}", q.name_as("space"), _lot(q), q.phone] for i, q in enumerate(persons)
    ]
    titles = ["住民情報システム 作成日時 2024/09/12 ページ {page}", "世帯主一覧", "抽出条件：世帯主のみ"]
    data = grid_pdf(titles, header, rows, per_page=40, rule="=" * 90)
    table = extract("list.pdf", data).tables[0]
    assert table.rows[0] == ["宛名番号", "氏名", "住所", "電話"]
    assert table.rows[1][1] == persons[0].name_as("space")
    assert not any(set(c) == {"="} for r in table.rows for c in r if c)  # the rule is no row
    result = assetclass.scan_bytes(data, "世帯主一覧.pdf")
    assert result.level == 3 and result.subjects == 110
    # the same print of a few households stays a personal record, not a bulk one
    assert assetclass.scan_bytes(grid_pdf(titles, header, rows[:6], rule="=" * 90), "一覧.pdf").level == 2


def test_a_print_whose_values_are_only_spaced_apart(extract: Extract) -> None:
    """A ledger printed with one space between most values: only a few gutters line up, so several
    labels share a found column (氏名 設置場所 | 人槽 電話 使用開始日). Those are not its columns: its
    lines are read as text rows, each led by its 管理者番号."""
    persons = [q for q in people(160, seed=43) if q.name_as("space").isascii() is False][:130]
    header = [("管理者番号", 30.0), ("氏名 設置場所", 80.0), ("人槽 電話 使用開始日", 420.0)]
    rows = [
        [f"{300000 + i * 7:06d}", f"{q.name_as('space')} {_lot(q)}", f"5人槽 {q.phone} 2014/03/16"]
        for i, q in enumerate(persons)
    ]
    data = grid_pdf(["浄化槽管理者台帳（全件）"], header, rows, per_page=40, rule="-" * 100)
    assert not extract("台帳.pdf", data).tables
    result = assetclass.scan_bytes(data, "台帳.pdf")
    assert result.level == 3 and result.subjects > 100


@pytest.mark.parametrize(
    ("lines", "level"),
    [
        # should flag: a producer spaced the parts of addresses and the hyphens of phones
        (
            [
                "見守り対象者（抜粋）",
                "1 {n0}（{city} {town}{c} 丁目 {b} 番 {g} 号）",
                "2 {n1}（{city} {town}{c} 丁目 5 番）",
            ],
            2,
        ),
        (["緊急連絡先", "1 {n0}    090 - 4411 - 2733", "2 {n1}    080 - 5190 - 3828"], 2),
        (["長寿祝い 対象者", "1 {n0}（昭和 8 年 4 月 2 日 生）", "2 {n1}（昭和 9 年 1 月 30 日 生）"], 2),
        # should not flag: the same layout without persons
        (["会場一覧", "1 第一会議室（本庁舎 3 階）", "2 第二会議室（本庁舎 4 階）"], 1),
        (["問い合わせ", "市民課 0193 - 22 - 2111（代表）"], 1),
    ],
)
def test_spaced_lists_in_pdf_text(lines: list[str], level: int) -> None:
    p, q = people(2, seed=37)
    values = {"n0": p.name_as("space"), "n1": q.name_as("space"), "city": p.city, "town": p.town,
              "c": p.chome, "b": p.ban, "g": p.go}  # fmt: skip
    result = assetclass.scan_bytes(lines_pdf([line.format(**values) for line in lines]), "一覧.pdf")
    assert result.level == level
