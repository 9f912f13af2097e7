"""The third red-team set (personal data in structure): its manifest fits corpus.eval.evaluate, and
every file is rated exactly at its level (no file under, no public document over)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from corpus.eval.evaluate import Report, evaluate
from corpus.redteam.set3 import Gen, generate

from assetclass.detect.checks import is_my_number


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    out = tmp_path_factory.mktemp("redteam3")
    generate(out)
    return out, evaluate(out, jobs=1, name="redteam3")


def test_helpers() -> None:
    g = Gen(random.Random(3))
    assert g.wareki(__import__("datetime").date(1989, 1, 8)) == "平成1年1月8日"
    assert g.paren_phone().startswith("(0193)")
    assert not is_my_number("123456789012")


def test_manifest_has_the_evaluation_shape(report: tuple[Path, Report]) -> None:
    out, _ = report
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert 40 <= len(rows) <= 60
    for row in rows:
        assert {"path", "family", "format", "level", "types"} <= row.keys()
        assert row["level"] in (1, 2, 3) and (out / row["path"]).is_file()
    assert {r["format"] for r in rows} >= {"docx", "xlsx", "pdf", "csv", "txt", "pptx"}
    assert {r["level"] for r in rows} == {1, 2, 3}


def test_no_file_is_rated_below_its_level(report: tuple[Path, Report]) -> None:
    _, result = report
    under = [
        f"{f.path} {f.family}: {f.true_level}→{f.level}" for f in result.files if f.under or not f.classified
    ]
    assert under == []


def test_public_documents_stay_at_level_1(report: tuple[Path, Report]) -> None:
    _, result = report
    over = [f"{f.path} {f.family}: {f.true_level}→{f.level}" for f in result.files if f.over]
    assert over == []
