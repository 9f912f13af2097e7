"""CSV for Japanese Excel, the text summary, and JSON reports of a bulk scan."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from assetclass.cli.main import main
from assetclass.report.csv_report import COLUMNS, safe_cell


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASSETCLASS_PLUGINS", "tests.scan.testplugins")
    root = tmp_path / "share"
    (root / "課").mkdir(parents=True)
    (root / "課" / "名簿.txt").write_text("LEVEL3\n", encoding="utf-8")
    (root / "=cmd.txt").write_text("LEVEL2\n", encoding="utf-8")
    (root / "plain.txt").write_text("nothing\n", encoding="utf-8")
    (root / "broken.zip").write_bytes(b"PK\x03\x04broken")
    return root


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+81", "'+81"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("a=b", "a=b"),
        (None, ""),
    ],
)
def test_formula_injection_guard(value: str | None, expected: str) -> None:
    assert safe_cell(value) == expected


def test_csv_opens_in_japanese_excel(share: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    main(["scan", str(share), "--jobs", "1", "--format", "csv", "--output", str(out), "--no-progress"])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 5
    by_name = {Path(r[0].lstrip("'")).name: r for r in rows[1:]}
    assert by_name["名簿.txt"][2] == "3"
    assert by_name["broken.zip"][1] == "error" and by_name["broken.zip"][7]
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_text_summary(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["scan", str(share), "--jobs", "1", "--lang", "en", "--no-progress"])
    out = capsys.readouterr().out
    assert "== summary (4 files) ==" in out
    assert "level 3: 1" in out and "level 2: 1" in out
    assert "unlabelled: 3" in out
    assert "errors (1):" in out and "broken.zip" in out


def test_json_summary_matches_jsonl(share: Path, tmp_path: Path) -> None:
    main(["scan", str(share), "--jobs", "2", "--format", "json", "--output", str(tmp_path / "r.json")])
    main(["scan", str(share), "--jobs", "2", "--format", "jsonl", "--output", str(tmp_path / "r.jsonl")])
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert doc["summary"]["files"] == len(lines) == 4
    assert doc["summary"]["levels"]["3"] == sum(1 for d in lines if d["level"] == 3)
