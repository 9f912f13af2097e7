"""Reports an officer can act on: CSV reasons, JSON per-level/per-rule counts, owner and mtime,
progress with a total on stderr for scan, check and stamp."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from assetclass.cli.main import main

SCHEMA = json.loads((resources.files("assetclass") / "data" / "result.schema.json").read_text("utf-8"))


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASSETCLASS_PLUGINS", "tests.scan.testplugins")
    root = tmp_path / "share"
    for i, marker in enumerate(["LEVEL3", "LEVEL2", "plain", "LEVEL3", "plain"]):
        folder = root / ("福祉課" if i % 2 else "総務課")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"f{i}.txt").write_text(marker, encoding="utf-8")
    (root / "broken.zip").write_bytes(b"PK\x03\x04nope")
    return root


def _scan(share: Path, tmp_path: Path, fmt: str, *extra: str) -> str:
    out = tmp_path / f"r.{fmt}"
    args = ["scan", str(share), "--jobs", "1", "--format", fmt, "--output", str(out), "--no-progress"]
    main([*args, *extra])
    return out.read_text(encoding="utf-8-sig")


def test_jsonl_owner_and_mtime(share: Path, tmp_path: Path) -> None:
    os.utime(share / "福祉課" / "f1.txt", (1767312000, 1767312000))
    records = [json.loads(x) for x in _scan(share, tmp_path, "jsonl").splitlines()]
    for record in records:
        jsonschema.validate(record, SCHEMA)
    by_name = {Path(r["path"]).name: r for r in records}
    assert by_name["f1.txt"]["mtime"] == "2026-01-02T00:00:00Z"
    if os.name != "nt":
        import pwd

        expected = pwd.getpwuid(os.stat(share / "福祉課" / "f1.txt").st_uid).pw_name
        assert by_name["f1.txt"]["owner"] == expected
    # a file that could not be read still says who to ask
    assert by_name["broken.zip"]["status"] != "ok" and by_name["broken.zip"]["mtime"]


def test_csv_message_holds_the_reasons(share: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_scan(share, tmp_path, "csv", "--lang", "en"))))
    by_name = {Path(r["path"]).name: r for r in rows}
    assert by_name["f0.txt"]["message"] == "test"  # the test policy's reason for LEVEL3
    assert by_name["f1.txt"]["level"] == "2" and by_name["f1.txt"]["message"] == "test"
    assert by_name["broken.zip"]["message"]  # the status message of a file not read
    assert all(r["message"] for r in rows if r["level"] in ("2", "3"))


def test_json_summary_per_level_and_rule(share: Path, tmp_path: Path) -> None:
    doc = json.loads(_scan(share, tmp_path, "json"))
    summary, files = doc["summary"], doc["files"]
    assert summary["levels"] == {"1": 2, "2": 1, "3": 2}
    assert sum(summary["levels"].values()) + summary["no_level"] == summary["files"] == len(files)
    codes = [v["code"] for f in files for v in f["violations"]]
    assert summary["rules"] == {c: codes.count(c) for c in sorted(set(codes))}
    assert summary["rule_files"]["AC105"] == 1  # the broken zip: not inspected
    assert summary["reasons"]["test_marker"] == 3


def _progress_lines(err: str, label: str) -> list[tuple[int, int]]:
    found = re.findall(rf"^{label} (\d+)/(\d+)", err, flags=re.M)
    return [(int(a), int(b)) for a, b in found]


def test_progress_with_total_for_scan_check_and_stamp(
    share: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["scan", str(share), "--jobs", "1", "-f", "jsonl", "-o", str(tmp_path / "a.jsonl"), "--progress"])
    err = capsys.readouterr().err
    assert _progress_lines(err, "走査中")[-1] == (6, 6)  # five files and the zip, total counted ahead
    main(["check", str(share), "-f", "jsonl", "-o", str(tmp_path / "b.jsonl"), "--progress", "--lang", "en"])
    assert _progress_lines(capsys.readouterr().err, "checking")[-1] == (6, 6)
    main(["stamp", str(share), "--dry-run", "--progress", "--lang", "en"])
    captured = capsys.readouterr()
    assert _progress_lines(captured.err, "stamping")[-1] == (6, 6)
    assert "stamping" not in captured.out  # stdout stays the list of files
    # without --progress and without a terminal: nothing on stderr
    main(["scan", str(share), "--jobs", "1", "-f", "jsonl", "-o", str(tmp_path / "c.jsonl")])
    assert "走査中" not in capsys.readouterr().err


def test_progress_eta() -> None:
    from assetclass.progress import eta_text

    assert eta_text(10, 100, 5.0) == "0:00:45"  # 90 left at 2 per second
    assert eta_text(0, 100, 5.0) == "" and eta_text(10, None, 5.0) == ""


def test_html_drilldown_masks_values_unless_asked(tmp_path: Path) -> None:
    from assetclass.testing import my_number_check_digit

    base = "40213579864"
    number = base + str(my_number_check_digit(base))
    share = tmp_path / "docs"
    share.mkdir()
    (share / "申請.txt").write_text(f"山田 太郎 様 個人番号 {number}\n", encoding="utf-8")
    masked = _scan(share, tmp_path, "html")
    drill = masked.split('<div class="drill" id="drill-0"', 1)[1].split("</div>\n", 1)[0]
    assert "my_number ×1" in drill and "判定の理由" in drill and "値は伏せ字" in drill
    assert number not in masked and number[:4] in drill  # masked evidence: the first digits only
    shown = _scan(share, tmp_path, "html", "--show-values")
    assert number in shown.split('<div class="drill" id="drill-0"', 1)[1]
