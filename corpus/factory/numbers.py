"""Numbers as officers write them: kanji numerals, full-width digits, and My Numbers and corporate
numbers with valid check digits (DOMAIN.md). Shared by the evaluation corpus, every red-team set and
the tests; the My Number generator itself is ``assetclass.testing``'s (independent of the detector's checks).
"""

from __future__ import annotations

import random

# The one generator of valid My Numbers, shared with the tests and with plugin authors
from assetclass.testing import is_valid_my_number, my_number_check_digit, my_number_from

__all__ = [
    "corporate_number_check_digit", "fullwidth", "is_valid_corporate_number", "is_valid_my_number", "kanji_number",
    "my_number_check_digit", "my_number_from", "random_corporate_number", "random_my_number",
]  # fmt: skip

_KANJI_DIGITS = "〇一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def kanji_number(n: int) -> str:
    """1..99 in kanji numerals as written in addresses: 13 → 十三, 20 → 二十, 3 → 三."""
    if n < 10:
        return _KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _KANJI_DIGITS[tens]
    return f"{head}十{_KANJI_DIGITS[ones] if ones else ''}"


def fullwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


# --- check digits (DOMAIN.md) ----------------------------------------------------------------
def corporate_number_check_digit(base12: str) -> int:
    """Leading check digit of a 13-digit corporate number (法人番号) from its 12 base digits."""
    if len(base12) != 12 or not base12.isdigit():
        raise ValueError("need 12 digits")
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return 9 - total % 9


def is_valid_corporate_number(digits: str) -> bool:
    return (
        len(digits) == 13 and digits.isdigit() and corporate_number_check_digit(digits[1:]) == int(digits[0])
    )


def random_my_number(rng: random.Random, first: str | None = None) -> str:
    """A random 12-digit My Number (check digit valid), optionally with a given first digit."""
    base = (first or str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return my_number_from(base)


def random_corporate_number(rng: random.Random) -> str:
    """A random 13-digit corporate number (法人番号) with its leading check digit."""
    base = "".join(str(rng.randint(0, 9)) for _ in range(12))
    return str(corporate_number_check_digit(base)) + base
