"""Configuration found as ruff finds it: the nearest assetclass.toml above each scanned file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assetclass.cli.main import main

from .lint_share import make_share


@pytest.fixture()
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no assetclass.toml above the current directory
    return make_share(tmp_path)


def _codes(capsys: pytest.CaptureFixture[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in capsys.readouterr().out.splitlines():
        path, rest = line.split(": AC", 1)
        out.setdefault(Path(path.split(":", 1)[0]).name, set()).add("AC" + rest[:3])
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_carries_its_own_settings(
    share: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    # folder b asks for labels only on confidential files (機密性2 and up)
    (share / "b" / "assetclass.toml").write_text("[rules.label_missing]\nmin_level = 2\n", encoding="utf-8")
    assert main(["check", str(share), "-q", "--jobs", jobs]) == 1
    codes = _codes(capsys)
    assert "plain.docx" not in codes  # 機密性1 in b/: no label required there
    assert codes["滞納連絡.docx"] == {"AC101"}  # 機密性3 still needs one
    assert "assetclass.toml" not in codes  # the configuration file is not a scanned row
    # the same kind of file outside b/ still needs a label: the setting is folder-local
    (share / "a" / "plain.docx").write_bytes((share / "b" / "plain.docx").read_bytes())
    assert main(["check", str(share), "-q", "--jobs", jobs]) == 1
    assert "AC101" in _codes(capsys)["plain.docx"]


def test_pyproject_tool_table_and_the_nearest_wins(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (share / "pyproject.toml").write_text('[tool.assetclass.rules]\nignore = ["AC106"]\n', encoding="utf-8")
    (share / "b" / "assetclass.toml").write_text('[rules]\nignore = ["AC101"]\n', encoding="utf-8")
    assert main(["check", str(share), "-q"]) == 1
    codes = _codes(capsys)
    assert "AC106" not in codes.get("chat.txt", set())  # a/ uses share/pyproject.toml
    assert "plain.docx" not in codes  # b/ ignores AC101 …
    assert "pyproject.toml" not in codes


def test_policy_option_overrides_discovery(
    share: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (share / "b" / "assetclass.toml").write_text('[rules]\nignore = ["AC101"]\n', encoding="utf-8")
    explicit = tmp_path / "explicit.toml"
    explicit.write_text("[rules]\nignore = []\n", encoding="utf-8")
    assert main(["check", str(share), "-q", "--policy", str(explicit)]) == 1
    assert "AC101" in _codes(capsys)["plain.docx"]


def test_command_line_selection_applies_to_folder_configurations(
    share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (share / "b" / "assetclass.toml").write_text("[rules.label_missing]\nmin_level = 2\n", encoding="utf-8")
    assert main(["check", str(share), "-q", "--select", "AC106"]) == 1
    assert {c for cs in _codes(capsys).values() for c in cs} == {"AC106"}


def test_explain_uses_the_files_configuration(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (share / "b" / "assetclass.toml").write_text("[rules.label_missing]\nmin_level = 2\n", encoding="utf-8")
    assert main(["explain", str(share / "b" / "plain.docx")]) == 0
    assert "AC101" not in capsys.readouterr().out
    assert main(["explain", str(share / "a" / "labelled.docx")]) == 0


def test_jsonl_rows_follow_the_folder_configuration(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (share / "b" / "assetclass.toml").write_text("[rules.label_missing]\nmin_level = 2\n", encoding="utf-8")
    main(["check", str(share / "b"), "--format", "jsonl"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_name = {Path(r["path"]).name: r for r in rows}
    assert set(by_name) == {"plain.docx", "滞納連絡.docx"}
    assert by_name["plain.docx"]["violations"] == []


def test_scan_uses_folder_configurations_too(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (share / "b" / "assetclass.toml").write_text("[rules.label_missing]\nmin_level = 2\n", encoding="utf-8")
    main(["scan", str(share), "--format", "jsonl", "--jobs", "1", "--no-progress"])
    rows = {
        Path(r["path"]).as_posix().split("/share/")[1]: r
        for r in map(json.loads, capsys.readouterr().out.splitlines())
    }
    assert "b/assetclass.toml" not in rows
    assert rows["b/plain.docx"]["violations"] == []
    assert [v["code"] for v in rows["a/labelled.docx"]["violations"]] == []
