"""Document families and the generated corpus: truth sanity and determinism."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest
from corpus.eval.context import Ctx
from corpus.eval.families import FAMILIES, check_truth
from corpus.eval.generate import generate, is_stale, plan, read_manifest
from corpus.eval.public import order_list
from corpus.factory.numbers import is_valid_my_number
from corpus.factory.people import Population
from corpus.factory.spec import DocSpec

KNOWN_TYPES = {
    "my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
    "gender", "relationship", "household_number", "income",
}  # fmt: skip


def _all_text(spec: DocSpec) -> str:
    parts = [spec.title, *spec.paragraphs, *spec.comments, *spec.textboxes, *spec.notes, spec.header or ""]
    parts += [c for t in spec.tables for r in t for c in r]
    for sheet in spec.sheets:
        parts += [str(c) for r in sheet.rows for c in r if c is not None]
        parts += list(sheet.comments.values())
    return unicodedata.normalize("NFKC", "\n".join(parts))


@pytest.mark.parametrize("fam", FAMILIES, ids=lambda f: f.name)
def test_family_truth_is_consistent(fam: object) -> None:
    from corpus.eval.families import Family

    assert isinstance(fam, Family)
    for i in range(6):
        for fmt in fam.formats:
            rng = random.Random(f"t:{fam.name}:{i}")
            spec, truth = fam.build(Ctx(rng, Population(rng, "ab"[i % 2]), "ab"[i % 2]), fmt)
            check_truth(truth)
            assert truth.types <= KNOWN_TYPES
            text = _all_text(spec)
            digits_only = re.sub(r"[\s\-]", "", text)
            for mn in truth.my_numbers:  # every My Number written validates and is really in the file
                assert is_valid_my_number(mn)
                assert mn in digits_only or mn.lstrip("0") in digits_only
            # the level follows DESIGN.md from the types present
            if truth.types & {"my_number"} or ("name" in truth.types and truth.types & {"health", "arrears"}):
                assert truth.level == 3
            elif "name" in truth.types and truth.types & {"address", "birth_date", "phone"}:
                assert truth.level in (2, 3)
            else:
                assert truth.level == 1


def test_order_numbers_sometimes_pass_the_check_digit() -> None:
    # the point of the family: random 12-digit numbers pass the My Number check ~1 time in 11
    passing = total = 0
    for i in range(20):
        rng = random.Random(i)
        spec, truth = order_list(Ctx(rng, Population(rng)), "csv")
        assert truth.level == 1
        numbers = [str(r[0]) for r in spec.sheets[0].rows if r and re.fullmatch(r"\d{12}", str(r[0]))]
        total += len(numbers)
        passing += sum(is_valid_my_number(n) for n in numbers)
    assert total > 300
    assert 0.03 < passing / total < 0.2


def test_plan_size_and_formats() -> None:
    items = plan(1, 20, "a")
    assert 300 <= len(items) <= 600
    for item in items:
        assert item.fmt in item.family.formats
    assert {i.fmt for i in items} >= {"docx", "xlsx", "pdf", "csv", "txt", "pptx", "xls", "ods"}


def test_generate_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    m1 = generate(a, seed=11, per_family=1)
    m2 = generate(b, seed=11, per_family=1)
    assert m1 == m2 == read_manifest(a)
    assert len(m1) == len(FAMILIES)
    for row in m1:
        assert (a / row["path"]).is_file()
        assert set(row) >= {"path", "family", "format", "level", "types"}
        # docx is left out: its comment dates are the writing time (corpus.factory.writers, reported)
        if row["format"] in ("csv", "txt", "xlsx", "pptx", "pdf"):
            assert (a / row["path"]).read_bytes() == (b / row["path"]).read_bytes(), row["path"]
    assert not is_stale(a, 11, 1, "a")
    assert is_stale(a, 12, 1, "a")
    m3 = generate(tmp_path / "c", seed=12, per_family=1)
    assert [r["types"] for r in m3] != [r["types"] for r in m1] or [r["format"] for r in m3] == [
        r["format"] for r in m1
    ]
    assert (a / m1[0]["path"]).read_bytes() != (tmp_path / "c" / m3[0]["path"]).read_bytes()


def test_every_family_is_documented_with_its_formats() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "evaluation.md").read_text(encoding="utf-8")
    for fam in FAMILIES:
        match = re.search(rf"^\| {fam.name} \| ([^|]+) \|", doc, re.M)
        assert match, f"{fam.name} missing from docs/evaluation.md"
        assert match.group(1).split() == list(fam.formats), fam.name


@pytest.mark.parametrize("variant", ["a", "b"])
def test_register_rows_are_distinct_people(variant: str) -> None:
    # the bulk threshold counts distinct persons: 101 rows must be 101 different names
    from corpus.eval.personal import register_extract

    for i in range(4):
        rng = random.Random(f"distinct:{i}")
        spec, truth = register_extract(
            Ctx(rng, Population(rng, variant), variant), "csv", bulk=False, persons=101
        )
        rows = spec.sheets[0].rows
        header = rows[0]
        assert truth.level == 3 and len(rows) == 102
        name_cols = [j for j, h in enumerate(header) if h in ("氏", "姓", "名")] or [
            j
            for j, h in enumerate(header)
            if ("氏" in str(h) and "カナ" not in str(h)) or h in ("名前", "お名前", "申請者")
        ]
        names = {tuple(r[j] for j in name_cols) for r in rows[1:]}
        assert len(names) == 101
