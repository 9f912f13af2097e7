"""The second red-team set: its manifest fits corpus.eval.evaluate, and no file is rated too low."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from corpus.eval.evaluate import evaluate
from corpus.redteam.set2 import Gen, generate

from assetclass.detect.checks import is_my_number


@pytest.fixture(scope="module")
def redteam2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("redteam2")
    generate(out)
    return out


def test_helpers() -> None:
    g = Gen(random.Random(3))
    assert g.wareki_parts(g.dob(1975, 1975))[0] == "昭和"
    assert g.wareki_parts(__import__("datetime").date(1989, 1, 8)) == ("平成", 1, 1, 8)
    assert "丁目" in g.addr("kanji") and "番地" in g.addr("kanji")
    # the 記入例's number is the classic fake: it must fail the check digit
    assert not is_my_number("123456789012")


def test_manifest_has_the_evaluation_shape(redteam2: Path) -> None:
    rows = [
        json.loads(line) for line in (redteam2 / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert 50 <= len(rows) <= 80
    for row in rows:
        assert {"path", "family", "format", "level", "types"} <= row.keys()
        assert row["level"] in (1, 2, 3) and (redteam2 / row["path"]).is_file()
    assert {r["format"] for r in rows} >= {"docx", "xlsx", "pdf", "csv", "txt", "pptx", "xls", "ods", "odt"}
    assert {r["level"] for r in rows} == {1, 2, 3}
    # the set leans on over-classification traps
    assert sum(1 for r in rows if r["level"] == 1) >= 25


def test_no_file_is_rated_below_its_level(redteam2: Path) -> None:
    report = evaluate(redteam2, jobs=1, name="redteam2")
    under = [
        f"{f.path} {f.family}: {f.true_level}→{f.level}" for f in report.files if f.under or not f.classified
    ]
    assert under == []


def test_public_documents_stay_at_level_1(redteam2: Path) -> None:
    report = evaluate(redteam2, jobs=1, name="redteam2")
    over = [f"{f.path} {f.family}: {f.true_level}→{f.level}" for f in report.files if f.over]
    assert over == []
