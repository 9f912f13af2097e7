"""Layout-aware PDF reading: person lists printed from a core system, numbers a producer spaced out."""

from __future__ import annotations

import pytest

import assetclass
from assetclass.extract.pdf_layout import join_spaced_digits

from .conftest import Extract
from .pdf_docs import lines_pdf, people, person_list_pdf

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
    ],
)
def test_join_spaced_digits(raw: str, joined: str) -> None:
    assert join_spaced_digits(raw) == joined
