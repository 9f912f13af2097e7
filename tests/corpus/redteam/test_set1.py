"""The independent red-team set: its manifest fits corpus.eval.evaluate, and no file is rated too low."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus.eval.evaluate import KEEP_SECTION, evaluate, main
from corpus.factory.numbers import kanji_number, random_my_number
from corpus.redteam.set1 import generate

from assetclass.detect.checks import is_my_number


@pytest.fixture(scope="module")
def redteam(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("redteam")
    generate(out)
    return out


def test_helpers() -> None:
    import random

    rng = random.Random(1)
    assert all(is_my_number(random_my_number(rng)) for _ in range(50))
    assert [kanji_number(n) for n in (3, 10, 12, 20, 29)] == ["三", "十", "十二", "二十", "二十九"]


def test_manifest_has_the_evaluation_shape(redteam: Path) -> None:
    rows = [
        json.loads(line) for line in (redteam / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) >= 40
    for row in rows:
        assert {"path", "family", "format", "level", "types"} <= row.keys()
        assert row["level"] in (1, 2, 3) and (redteam / row["path"]).is_file()
    assert {r["format"] for r in rows} >= {"docx", "xlsx", "pdf", "csv", "txt", "pptx", "xls", "ods"}
    assert {r["level"] for r in rows} == {1, 2, 3}


def test_no_file_is_rated_below_its_level(redteam: Path) -> None:
    report = evaluate(redteam, jobs=1, name="redteam")
    under = [
        f"{f.path} {f.family}: {f.true_level}→{f.level}" for f in report.files if f.under or not f.classified
    ]
    assert under == []


def test_evaluate_command_on_the_set_keeps_the_hand_written_section(redteam: Path, tmp_path: Path) -> None:
    out = tmp_path / "accuracy.md"
    out.write_text(f"# old figures\n{KEEP_SECTION}\n\nhand-written text\n", encoding="utf-8")
    assert (
        main(["--corpus", str(redteam), "--no-held-out", "--jobs", "1", "--write", str(out), "--strict"]) == 0
    )
    text = out.read_text(encoding="utf-8")
    assert "old figures" not in text and "| 0 | 0 | 0 |" in text
    assert text.endswith(f"{KEEP_SECTION}\n\nhand-written text\n")
