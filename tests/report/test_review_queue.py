"""Doubt is visible: weak evidence marks a result for review, and every report lists the queue."""

from __future__ import annotations

import csv
import io
import json
import random
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from corpus.factory.people import Population

from assetclass.cli.main import main
from assetclass.report.csv_report import COLUMNS
from assetclass.testing import my_number_check_digit

SCHEMA = json.loads((resources.files("assetclass") / "data" / "result.schema.json").read_text("utf-8"))
BASE = "40213579864"
NUMBER = BASE + str(my_number_check_digit(BASE))
GROUPED = f"{NUMBER[:4]} {NUMBER[4:8]} {NUMBER[8:]}"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    # weak: a 4-4-4 number tied to a named person only by sitting in the same letter
    (root / "weak.txt").write_text(f"山田 太郎 様\n\n面談記録\n{GROUPED}\n", encoding="utf-8")
    # strong: 個人番号 labels the number
    (root / "strong.txt").write_text(f"山田 太郎 様 個人番号 {GROUPED}\n", encoding="utf-8")
    # a candidate nobody is tied to: level 1, flagged
    (root / "candidate.txt").write_text(f"受付メモ\n{GROUPED}\n本日来庁。\n", encoding="utf-8")
    (root / "plain.txt").write_text("令和6年度の説明会は4月10日に開催します。\n", encoding="utf-8")
    return root


def _run(share: Path, tmp_path: Path, fmt: str, *extra: str) -> str:
    out = tmp_path / f"r.{fmt}"
    main(["scan", str(share), "--jobs", "1", "--format", fmt, "--output", str(out), "--no-progress", *extra])
    return out.read_text(encoding="utf-8-sig")


def test_jsonl_review_fields(share: Path, tmp_path: Path) -> None:
    records = {Path(r["path"]).name: r for r in map(json.loads, _run(share, tmp_path, "jsonl").splitlines())}
    for record in records.values():
        jsonschema.validate(record, SCHEMA)
    weak = records["weak.txt"]
    assert weak["level"] == 3 and weak["review"] is True
    assert [r["code"] for r in weak["review_reasons"]] == ["weak_my_number"]
    assert weak["review_reasons"][0]["message"] and weak["review_reasons"][0]["message_en"]
    assert records["strong.txt"]["level"] == 3 and records["strong.txt"]["review"] is False
    assert "review_reasons" not in records["strong.txt"]
    candidate = records["candidate.txt"]
    assert candidate["level"] == 1 and candidate["review_reasons"][0]["code"] == "candidate_below_floor"
    assert records["plain.txt"]["review"] is False
    text = json.dumps(list(records.values()), ensure_ascii=False)
    assert NUMBER not in text and GROUPED not in text  # no raw values in the queue either


def test_text_summary_lists_the_queue(share: Path, tmp_path: Path) -> None:
    ja = _run(share, tmp_path, "text")
    assert "要確認（判定の根拠が弱いファイル）: 2 件" in ja
    en = _run(share, tmp_path, "text", "--lang", "en")
    assert "review queue (levels resting on weak evidence): 2" in en
    queue = en.split("review queue", 1)[1]
    assert "weak.txt" in queue and "candidate.txt" in queue and "strong.txt" not in queue


def test_csv_review_columns(share: Path, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(_run(share, tmp_path, "csv"), newline="")))
    assert tuple(rows[0]) == COLUMNS and COLUMNS[-2:] == ("review", "review_reasons")
    by_name = {Path(r[0]).name: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    assert by_name["weak.txt"]["review"] == "1"
    assert by_name["weak.txt"]["review_reasons"] == "weak_my_number"
    assert by_name["strong.txt"]["review"] == ""


def test_json_and_html_queue(share: Path, tmp_path: Path) -> None:
    doc = json.loads(_run(share, tmp_path, "json"))
    assert doc["summary"]["review"] == 2
    assert {Path(str(q["path"])).name for q in doc["review_queue"]} == {"weak.txt", "candidate.txt"}
    page = _run(share, tmp_path, "html", "--lang", "en")
    section = page.split('<section id="review-queue">', 1)[1].split("</section>", 1)[0]
    assert "weak.txt" in section and "candidate.txt" in section and "strong.txt" not in section
    assert 'id="count-review">2<' in page


def test_review_can_be_switched_off(share: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[policy.review]\nenabled = false\n", encoding="utf-8")
    records = [json.loads(x) for x in _run(share, tmp_path, "jsonl", "--policy", str(policy)).splitlines()]
    assert not any(r["review"] for r in records)
    # the level itself does not depend on the review marks
    assert {Path(r["path"]).name: r["level"] for r in records}["weak.txt"] == 3


def test_near_bulk_threshold(tmp_path: Path) -> None:
    root = tmp_path / "lists"
    root.mkdir()
    for name, n in (("ninety.csv", 90), ("hundred_ten.csv", 110), ("two_hundred.csv", 200)):
        population = Population(random.Random(n))
        rows = ["氏名,住所"] + [
            f"{p.name_as('space')},{p.address()}" for p in (population.person() for _ in range(n))
        ]
        (root / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    records = {Path(r["path"]).name: r for r in map(json.loads, _run(root, tmp_path, "jsonl").splitlines())}
    assert records["ninety.csv"]["level"] == 2
    assert [r["code"] for r in records["ninety.csv"]["review_reasons"]] == ["near_bulk_threshold"]
    assert records["hundred_ten.csv"]["level"] == 3
    assert [r["code"] for r in records["hundred_ten.csv"]["review_reasons"]] == ["near_bulk_threshold"]
    assert records["two_hundred.csv"]["level"] == 3 and records["two_hundred.csv"]["review"] is False
