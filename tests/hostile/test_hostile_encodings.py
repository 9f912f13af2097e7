"""Output encodings (issue 10, item 11).

A redirected stdout on Japanese Windows is cp932: "Nguyễn" is not in it, nor is the CSV BOM.
Every reporter must finish and stay parseable on such a stream.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .conftest import Cli

NAME = "Nguyễn Văn 山田.txt"
CP932 = {"PYTHONIOENCODING": "cp932"}


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / NAME).write_text("会議のお知らせ", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["text", "jsonl", "json", "csv", "sarif", "html"])
def test_every_format_survives_a_cp932_stdout(cli: Cli, share: Path, fmt: str) -> None:
    proc = cli("scan", share, "--format", fmt, "--jobs", "1", "--no-progress", env=CP932)
    err = proc.stderr.decode("cp932", "replace")
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err and "UnicodeEncodeError" not in err
    out = proc.stdout.decode("cp932")  # what was written is valid cp932
    if fmt == "jsonl":
        (line,) = [json.loads(x) for x in out.splitlines()]
        assert line["path"] == str(share / NAME)  # escaped on the wire, exact once parsed
    elif fmt == "json":
        assert json.loads(out)["files"][0]["path"] == str(share / NAME)
    elif fmt == "sarif":
        doc = json.loads(out)  # artifact URIs are percent-encoded
        assert "Nguy%E1%BB%85n" in json.dumps(doc) or NAME in json.dumps(doc, ensure_ascii=False)
    elif fmt == "csv":
        assert not out.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(out, newline="")))
        assert rows[0][0] == "path" and len(rows) == 2
    elif fmt == "html":
        assert "Nguy&#7877;n" in out and "</html>" in out
    else:
        assert "Nguy\\u1ec5n" in out and "山田" in out


def test_csv_bom_only_in_a_utf8_file(cli: Cli, share: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    proc = cli("scan", share, "--format", "csv", "-o", report, "--jobs", "1", env=CP932)
    assert proc.returncode in (0, 1), proc.stderr.decode("cp932", "replace")
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and NAME in raw.decode("utf-8-sig")
    piped = cli("scan", share, "--format", "csv", "--jobs", "1", env={"PYTHONIOENCODING": "utf-8"})
    assert not piped.stdout.startswith(b"\xef\xbb\xbf") and NAME.encode() in piped.stdout


def test_explain_and_errors_survive_a_cp932_stdout(cli: Cli, share: Path) -> None:
    proc = cli("explain", share / NAME, env=CP932)
    assert proc.returncode in (0, 1), proc.stderr.decode("cp932", "replace")
    assert "Nguy\\u1ec5n" in proc.stdout.decode("cp932")
    missing = cli("scan", share / "Phạm.txt", env=CP932)
    assert missing.returncode == 2 and b"Traceback" not in missing.stderr
