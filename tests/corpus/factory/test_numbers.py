"""Numbers as officers write them: check digits, kanji numerals, random valid numbers."""

from __future__ import annotations

import random

import pytest
from corpus.factory.numbers import (
    fullwidth,
    is_valid_corporate_number,
    is_valid_my_number,
    kanji_number,
    random_corporate_number,
    random_my_number,
)


@pytest.mark.parametrize(
    ("number", "valid"),
    [("123456789018", True), ("123456789010", False), ("000000000000", True), ("12345678901", False)],
)
def test_my_number_check_digit(number: str, valid: bool) -> None:
    assert is_valid_my_number(number) is valid


def test_corporate_number_check_digit() -> None:
    # the National Tax Agency's own published corporate number
    assert is_valid_corporate_number("7000012050002")
    assert not is_valid_corporate_number("1000012050002")
    assert not is_valid_my_number("000012050002")  # its last 12 digits are not a My Number


def test_kanji_numbers() -> None:
    assert [kanji_number(n) for n in (3, 10, 13, 20, 39)] == ["三", "十", "十三", "二十", "三十九"]


def test_random_numbers_carry_valid_check_digits() -> None:
    rng = random.Random(1)
    assert all(is_valid_my_number(random_my_number(rng)) for _ in range(50))
    assert all(random_my_number(rng, "5").startswith("5") for _ in range(5))
    assert all(is_valid_corporate_number(random_corporate_number(rng)) for _ in range(50))


def test_fullwidth_digits_and_hyphen() -> None:
    assert fullwidth("0193-22-1234") == "０１９３－２２－１２３４"
