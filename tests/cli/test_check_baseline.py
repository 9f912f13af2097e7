"""`assetclass baseline` / `audit` and `check --baseline`: fail only on new violations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assetclass.cli.main import main

from ..labels.label_docs import docx_bytes
from .lint_share import ARREARS_TEXT, make_share


@pytest.fixture()
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_share(tmp_path)


def test_baseline_suppresses_todays_violations_only(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = share / ".assetclass-baseline.json"
    assert main(["baseline", str(share), "--output", str(base)]) == 0
    capsys.readouterr()
    data = json.loads(base.read_text(encoding="utf-8"))
    entries = data["entries"]
    assert {e["code"] for e in entries} >= {"AC101", "AC102", "AC106"}
    assert all(not e["path"].startswith("/") for e in entries), "paths relative to the baseline"
    text = base.read_text(encoding="utf-8")
    assert "山田" not in text and "4321098765" not in text  # no personal data in the baseline
    # nothing new: clean, and the baseline file itself is not a scanned row
    assert main(["check", str(share), "-q", "--baseline", str(base)]) == 0
    assert capsys.readouterr().out == ""
    # a new unlabelled file and a file that got worse are reported
    (share / "a" / "new.docx").write_bytes(docx_bytes(body=["お知らせ"]))
    (share / "b" / "plain.docx").write_bytes(docx_bytes(body=["連絡", ARREARS_TEXT]))
    assert main(["check", str(share), "-q", "--baseline", str(base)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert sorted(Path(line.split(": AC")[0]).name for line in lines) == ["new.docx", "plain.docx"]


def test_baseline_survives_a_move_of_the_working_directory(
    share: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = share / "baseline.json"
    assert main(["baseline", str(share), "-o", str(base)]) == 0
    monkeypatch.chdir(share / "a")
    assert main(["check", "..", "-q", "--baseline", str(base)]) == 0
    capsys.readouterr()


def test_audit_marks_reviewed_entries_and_rejected_ones_fail_again(
    share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = share / "baseline.json"
    assert main(["baseline", str(share / "b"), "-o", str(base)]) == 0
    entries = json.loads(base.read_text(encoding="utf-8"))["entries"]
    assert len(entries) == 2 and not any(e["reviewed"] for e in entries)
    # answer: accept the first, reject the second (sorted by path: plain.docx, 滞納連絡.docx)
    proc = subprocess.run(
        [sys.executable, "-m", "assetclass.cli.main", "audit", str(base), "--lang", "en"],
        input="y\nn\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "reviewed 2, unreviewed 0, must fix 1" in proc.stdout
    audited = {e["path"]: e for e in json.loads(base.read_text(encoding="utf-8"))["entries"]}
    assert audited["b/plain.docx"]["accepted"] is True and audited["b/plain.docx"]["reviewed"]
    assert audited["b/滞納連絡.docx"]["accepted"] is False
    capsys.readouterr()
    assert main(["check", str(share / "b"), "-q", "--baseline", str(base)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "滞納連絡.docx" in lines[0]
    # a new baseline run keeps the decisions
    assert main(["baseline", str(share / "b"), "-o", str(base)]) == 0
    again = {e["path"]: e for e in json.loads(base.read_text(encoding="utf-8"))["entries"]}
    assert again["b/滞納連絡.docx"]["accepted"] is False and again["b/plain.docx"]["accepted"] is True


def test_audit_accept_all_and_a_broken_baseline(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = share / "baseline.json"
    assert main(["baseline", str(share / "b"), "-o", str(base)]) == 0
    assert main(["audit", str(base), "--accept-all"]) == 0
    assert all(e["accepted"] for e in json.loads(base.read_text(encoding="utf-8"))["entries"])
    base.write_text("{not json", encoding="utf-8")
    assert main(["check", str(share), "--baseline", str(base)]) == 2
    assert main(["check", str(share), "--baseline", str(share / "missing.json")]) == 2
    assert "ベースライン" in capsys.readouterr().err
