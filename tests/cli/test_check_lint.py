"""`assetclass check` as a linter: one line per violation, path first, sorted; ruff's options."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import assetclass
from assetclass.cli.main import main

from .lint_share import make_share

LINE = re.compile(r"^\S.*: AC1\d\d\b")


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path)


def _lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_quiet_lines_match_the_acceptance_regex(
    share: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert main(["check", str(share), "--quiet", "--lang", lang]) == 1
    lines = _lines(capsys)
    assert lines, "violations expected"
    for line in lines:
        assert LINE.match(line), line
    assert not any("labelled.docx" in line for line in lines), "a clean file prints nothing"
    paths = [line.split(": AC1", 1)[0].split(":", 1)[0] for line in lines]
    assert paths == sorted(paths), "sorted by path, not by completion order"
    assert paths[0].startswith(str(share / "a")) and paths[-1].startswith(str(share / "b"))
    joined = "\n".join(lines)
    assert f"{share / 'b' / 'plain.docx'}: AC101" in joined
    assert f"{share / 'a' / 'under.docx'}:" in joined and "AC102" in joined
    assert "AC106" in joined and "chat.txt" in joined


def test_quiet_prints_nothing_for_a_clean_file(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share / "a" / "labelled.docx"), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(share / "a" / "labelled.docx")]) == 0
    assert "違反はありません" in capsys.readouterr().out


def test_sorted_by_path_with_workers(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share), "-q", "--jobs", "2"]) == 1
    paths = [line.split(": AC1", 1)[0] for line in _lines(capsys)]
    assert paths == sorted(paths)


def test_sorting_spills_to_disk_and_merges(
    share: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["check", str(share), "-q"]) == 1
    in_memory = capsys.readouterr().out
    monkeypatch.setenv("ASSETCLASS_LINT_SPILL", "2")  # a run of two lines per temporary file
    assert main(["check", str(share), "-q"]) == 1
    assert capsys.readouterr().out == in_memory


def test_statistics_counts_per_rule(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share), "--quiet"]) == 1
    lines = _lines(capsys)
    assert main(["check", str(share), "--statistics", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    for code in ("AC101", "AC102", "AC106"):
        count = sum(1 for line in lines if f": {code} " in line)
        assert re.search(rf"^\s*{count}\t{code}\t", out, re.M), (code, out)
    assert "label-missing" in out


def test_select_ignore_and_exit_zero(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share), "-q", "--select", "AC106"]) == 1
    lines = _lines(capsys)
    assert lines and all(": AC106 " in line for line in lines)
    assert main(["check", str(share), "-q", "--select", "AC10", "--ignore", "AC101,AC106"]) == 1
    lines = _lines(capsys)
    assert lines and {re.search(r": (AC1\d\d) ", line)[1] for line in lines} == {"AC102"}  # type: ignore[index]
    # the more specific selector wins, as in ruff
    assert main(["check", str(share), "-q", "--select", "AC102", "--ignore", "AC1"]) == 1
    assert all(": AC102 " in line for line in _lines(capsys))
    assert main(["check", str(share), "-q", "--select", "label-lower-than-required"]) == 1
    assert all(": AC102 " in line for line in _lines(capsys))
    assert main(["check", str(share), "-q", "--exit-zero"]) == 0
    assert _lines(capsys), "--exit-zero still reports"
    assert main(["check", str(share), "-q", "--ignore", "AC1"]) == 0
    assert main(["check", str(share), "--select", "XY9"]) == 2  # a typo is a usage error


def test_other_formats_still_work(share: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("jsonl", "json", "csv", "sarif", "html"):
        out = tmp_path / f"report.{fmt}"
        assert main(["check", str(share), "--format", fmt, "--output", str(out), "--select", "AC101"]) == 1
        assert "plain.docx" in out.read_text(encoding="utf-8")


def test_version_and_lang_validation(capsys: pytest.CaptureFixture[str], share: Path) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"assetclass {assetclass.__version__}"
    assert main(["check", str(share), "--lang", "fr"]) == 2
    assert "fr" in capsys.readouterr().err
    assert main(["scan", str(share), "--lang", "fr"]) == 2


@pytest.mark.parametrize(("lang", "expected"), [("ja", "検査します"), ("en", "Check that every file")])
def test_help_in_the_chosen_language(lang: str, expected: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "assetclass.cli.main", "check", "--help"],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "ASSETCLASS_LANG": lang, "COLUMNS": "200"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert expected in proc.stdout
    if lang == "ja":
        assert "違反の行だけを出力します" in proc.stdout
