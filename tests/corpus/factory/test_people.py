"""Made-up residents: written forms and determinism."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest
from corpus.factory.numbers import is_valid_my_number
from corpus.factory.people import (
    ADDRESS_FORMS,
    DATE_FORMS,
    MY_NUMBER_FORMS,
    PHONE_FORMS,
    Population,
    format_date,
)


@pytest.mark.parametrize(
    ("day", "form", "text"),
    [
        (dt.date(1975, 1, 1), "era_kanji", "昭和50年1月1日"),
        (dt.date(1975, 1, 1), "era_initial_dots", "S50.1.1"),
        (dt.date(1975, 1, 1), "era_initial_slash", "S50/01/01"),
        (dt.date(1975, 1, 1), "era_short_kanji", "昭50.1.1"),
        (dt.date(1989, 1, 8), "era_initial_dots", "H元.1.8"),
        (dt.date(1989, 1, 7), "era_kanji", "昭和64年1月7日"),
        (dt.date(2020, 1, 17), "era_initial_dots", "R2.1.17"),
        (dt.date(2019, 4, 30), "era_fullwidth", "平成３１年４月３０日"),
        (dt.date(1975, 1, 1), "iso_slash", "1975/1/1"),
        (dt.date(1975, 1, 1), "iso_dash", "1975-01-01"),
    ],
)
def test_date_forms(day: dt.date, form: str, text: str) -> None:
    assert format_date(day, form) == text


def test_population_is_deterministic_and_values_valid() -> None:
    a = [Population(random.Random(5)).person() for _ in range(1)]
    pop1, pop2 = Population(random.Random(9)), Population(random.Random(9))
    people1 = [pop1.person() for _ in range(50)]
    people2 = [pop2.person() for _ in range(50)]
    assert people1 == people2
    assert a[0] != people1[0]
    for p in people1:
        assert is_valid_my_number(p.my_number)
        for form in MY_NUMBER_FORMS:
            digits = "".join(c for c in unicodedata.normalize("NFKC", p.my_number_as(form)) if c.isdigit())
            assert digits == p.my_number
        for form in PHONE_FORMS:
            digits = "".join(c for c in unicodedata.normalize("NFKC", p.phone_as(form)) if c.isdigit())
            assert len(digits) in (10, 11)
        assert all(p.address(f) for f in ADDRESS_FORMS)
        assert all(p.birth_as(f) for f in DATE_FORMS)
    assert len({(p.surname, p.given, p.birth) for p in people1}) == 50


def test_variants_use_disjoint_name_pools() -> None:
    a, b = Population(random.Random(1), "a"), Population(random.Random(1), "b")
    assert not {s for s, _ in a.surnames} & {s for s, _ in b.surnames}
    assert not {p[1] for p in a.places} & {p[1] for p in b.places}


def test_some_residents_are_foreign_with_alphabet_names() -> None:
    pop = Population(random.Random(2))
    people = [pop.person() for _ in range(400)]
    foreign = [p for p in people if p.foreign]
    assert 4 <= len(foreign) <= 40
    for p in foreign:
        assert p.name.isascii() and " " in p.name
        assert p.name_as("joined") == p.name  # alphabet names keep their space
    assert len({p.name for p in people}) == 400
