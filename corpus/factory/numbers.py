"""Numbers as officers write them: kanji numerals, full-width digits, and My Numbers and corporate
numbers with valid check digits (DOMAIN.md). Shared by the evaluation corpus, every red-team set and
the tests: the one generator of valid numbers, independent of the detector's own checks.
"""

from __future__ import annotations

import random

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
def my_number_check_digit(first11: str) -> int:
    """Check digit of a My Number from its first 11 digits (Cabinet order, art. 8)."""
    if len(first11) != 11 or not first11.isdigit():
        raise ValueError("need 11 digits")
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def my_number_from(first11: str) -> str:
    """A valid 12-digit My Number: ``first11`` followed by its check digit. The one generator of
    valid numbers for the corpus and the tests (independent of the detector's own checks.py)."""
    return first11 + str(my_number_check_digit(first11))


def is_valid_my_number(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and my_number_check_digit(digits[:11]) == int(digits[11])


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
