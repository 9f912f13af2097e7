"""Normalisation of candidates (assetclass.normalize)."""

from __future__ import annotations

import datetime as dt

import pytest

from assetclass import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１２３４－５６７８", "1234-5678"),
        ("０１９３ー２７ー８４１１", "0193-27-8411"),
        ("090−1234−5678", "090-1234-5678"),
        ("3‐9‐13", "3-9-13"),
        ("ＡＢＣ", "ABC"),
    ],
)
def test_digits_hyphen(raw: str, expected: str) -> None:
    assert normalize.digits_hyphen(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("只越町三丁目九番地十三", "只越町3丁目9番地13"),
        ("中央二丁目十五番二十号", "中央2丁目15番20号"),
        ("九十九里町", "九十九里町"),  # a place name, not a lot number
        ("四日市市", "四日市市"),
        ("三鷹市下連雀", "三鷹市下連雀"),
    ],
)
def test_kanji_address_numbers(raw: str, expected: str) -> None:
    assert normalize.kanji_address_numbers(raw) == expected


def test_kanji_to_int() -> None:
    assert normalize.kanji_to_int("十三") == 13
    assert normalize.kanji_to_int("二千二十四") == 2024
    assert normalize.kanji_to_int("一九七五") == 1975
    assert normalize.kanji_to_int("山") is None


def test_wrapped_digits_and_cells() -> None:
    assert normalize.join_wrapped("2658-2631-\n2819") == "2658-2631-2819"
    assert normalize.join_wrapped("合計\n2819") == "合計\n2819"
    assert normalize.join_wrapped("12345678\n9018\n次") == "123456789018\n次"  # the rest of a run
    # a row ending in a number, the next row starting with its row number: not one number
    assert normalize.join_wrapped("1 山田 2617-9358-8141\n2 佐藤") == "1 山田 2617-9358-8141\n2 佐藤"
    assert normalize.digits_only("１２３４ ５６７８") == "12345678"
    assert normalize.cell_text(123456789018.0) == "123456789018"
    assert normalize.cell_text(None) == ""
    assert normalize.cell_text(dt.datetime(1975, 1, 1)) == "1975-01-01"
    assert normalize.address("岩手県釜石市只越町三丁目九番地十三") == "岩手県釜石市只越町3丁目9番地13"
