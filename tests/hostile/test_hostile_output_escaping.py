"""Control characters in file and member names (issue 10, item 14).

A share user can name a file ``report\\x1b]0;pwned\\x07\\u202etxt.exe\\nFAKE 機密性1.docx``: raw, the
ESC sequence drives the administrator's terminal, U+202E shows ``exe.txt`` reversed and the newline
forges a report line. The text report, ``explain`` and ``stamp`` print such names escaped
(``\\x1b``, ``\\u202e``, ``\\x0a``) through one helper, ``assetclass.display.printable``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document

from .conftest import Cli

HOSTILE = "report\x1b]0;pwned\x07\u202etxt.exe\nFAKE 機密性1\x1b[2J"
# what may appear in human-facing output: printable text, and the outputs' own line breaks
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _docx(text: str) -> bytes:
    doc = Document()
    doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _assert_clean(output: bytes) -> str:
    text = output.decode("utf-8")
    assert not RAW_CONTROL.search(text), repr(text)
    assert not any(line.startswith("FAKE") for line in text.splitlines())  # no forged line
    return text


def test_printable_escapes_every_kind() -> None:
    from assetclass.display import printable

    assert printable("a\x1b[31mb\x07\u202ec\nd\u2028e\x00") == "a\\x1b[31mb\\x07\\u202ec\\x0ad\\u2028e\\x00"
    assert printable("機密性３ Nguyễn 😀") == "機密性３ Nguyễn 😀"  # ordinary text untouched


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / f"{HOSTILE}.docx").write_bytes(_docx("会議のお知らせ"))
    with zipfile.ZipFile(folder / "bundle.zip", "w") as zf:
        zf.writestr(f"{HOSTILE}.docx", _docx("会議のお知らせ"))
        zf.writestr(f"{HOSTILE}.bin", b"\x00\x01binary")
    return folder


@pytest.mark.parametrize("command", ["scan", "check"])
def test_text_report_escapes_names(cli: Cli, share: Path, command: str) -> None:
    proc = cli(command, share, "--jobs", "1")
    assert proc.returncode in (0, 1), proc.stderr.decode()
    text = _assert_clean(proc.stdout)
    assert "report\\x1b]0;pwned\\x07\\u202etxt.exe\\x0aFAKE" in text
    _assert_clean(proc.stderr)


def test_explain_escapes_names(cli: Cli, share: Path) -> None:
    for target in (share / f"{HOSTILE}.docx", share / "bundle.zip"):
        proc = cli("explain", target)
        assert proc.returncode in (0, 1), proc.stderr.decode()
        _assert_clean(proc.stdout)
        _assert_clean(proc.stderr)
    missing = cli("explain", share / f"gone{HOSTILE}.docx")
    assert missing.returncode == 2
    _assert_clean(missing.stderr)


def test_stamp_output_escapes_names(cli: Cli, share: Path, tmp_path: Path) -> None:
    proc = cli("stamp", share / f"{HOSTILE}.docx", "--level", "2", "--dry-run")
    assert proc.returncode in (0, 1), proc.stderr.decode()
    text = _assert_clean(proc.stdout)
    assert "\\u202e" in text
    missing = cli("stamp", share / f"gone{HOSTILE}.docx", "--level", "2")
    assert missing.returncode == 2
    _assert_clean(missing.stderr)


def test_diff_escapes_names(cli: Cli, tmp_path: Path) -> None:
    share, db = tmp_path / "share", tmp_path / "results.db"
    share.mkdir()
    (share / "a.txt").write_text("hello", encoding="utf-8")
    assert cli("scan", share, "--db", db, "--jobs", "1").returncode in (0, 1)
    (share / f"{HOSTILE}.txt").write_text("hello", encoding="utf-8")
    assert cli("scan", share, "--db", db, "--jobs", "1").returncode in (0, 1)
    proc = cli("diff", "--db", db)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "\\u202e" in _assert_clean(proc.stdout)
