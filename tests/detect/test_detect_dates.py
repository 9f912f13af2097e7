"""Era dates, calendar validity and birth-date context."""

from __future__ import annotations

import datetime as dt

import pytest

from assetclass.detect import dates

from .util import detect, of_type, sheet_doc, text_doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昭和50年1月1日", dt.date(1975, 1, 1)),
        ("昭50.1.1", dt.date(1975, 1, 1)),
        ("S50.1.1", dt.date(1975, 1, 1)),
        ("S50/01/01", dt.date(1975, 1, 1)),
        ("H元.1.8", dt.date(1989, 1, 8)),
        ("平成元年1月8日", dt.date(1989, 1, 8)),
        ("R2.1.17", dt.date(2020, 1, 17)),
        ("平成３１年４月３０日", dt.date(2019, 4, 30)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("昭和64年1月7日", dt.date(1989, 1, 7)),
        ("大正15年12月24日", dt.date(1926, 12, 24)),
        ("1975/1/1", dt.date(1975, 1, 1)),
        ("1975-01-01", dt.date(1975, 1, 1)),
        ("1975年1月1日", dt.date(1975, 1, 1)),
        ("平成31年5月1日", None),  # that day is 令和元年5月1日
        ("昭和64年1月8日", None),  # 平成 began that day
        ("令和元年4月30日", None),  # before 令和
        ("平成元年1月7日", None),
        ("昭和50年2月30日", None),  # no such day
        ("平成0年1月1日", None),
        ("2023/2/29", None),
    ],
)
def test_parse(text: str, expected: dt.date | None) -> None:
    assert dates.parse_date_text(text) == expected


def test_excel_serial_with_date_format() -> None:
    assert dates.cell_date(27395, "yyyy/m/d") == dt.date(1975, 1, 1)
    assert dates.cell_date(27395, "0") is None  # a plain number is not a date


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("生年月日：昭和50年1月1日", True),
        ("昭和50年1月1日生", True),
        ("平成元年1月8日生まれ", True),
        ("誕生日 1975/1/1", True),
        ("作成日：令和6年4月1日", False),
        ("開催日 令和6年5月10日（金）午後2時", False),
        ("提出期限は令和6年6月30日です", False),
        ("令和6年度予算について", False),
        ("平成31年5月1日生", False),  # invalid date, whatever the context
    ],
)
def test_birth_context_in_text(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "birth_date"), "birth_date", 0.5)) is flag


def test_birth_column_and_meeting_date_column() -> None:
    rows = [
        ["氏名", "生年月日(和暦)", "受付日"],
        ["佐藤 花子", "S50.1.1", dt.date(2024, 4, 1)],
        ["鈴木 一郎", "H元.1.8", dt.date(2024, 4, 2)],
        ["高橋 次郎", "昭和30年12月3日", dt.date(2024, 4, 3)],
    ]
    found = of_type(detect(sheet_doc(rows), "birth_date"), "birth_date", 0.5)
    assert {f.locator for f in found} == {"名簿!B2", "名簿!B3", "名簿!B4"}


def test_headerless_birth_column_needs_a_person_list_and_a_spread() -> None:
    people = [["佐藤 花子", dt.date(1950 + 7 * i, 1 + i, 3)] for i in range(6)]
    assert len(of_type(detect(sheet_doc(people), "birth_date"), "birth_date", 0.5)) == 6
    meetings = [["第1回会議", dt.date(2024, 1 + i, 3)] for i in range(6)]
    assert not of_type(detect(sheet_doc(meetings), "birth_date"), "birth_date", 0.5)
