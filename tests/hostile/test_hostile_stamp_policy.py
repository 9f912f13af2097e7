"""Issue 12 (stamping part): ``--backup`` copies are never stamped later, and ``stamp --level N``
below the level the content requires is refused without ``--force``."""

from __future__ import annotations

from pathlib import Path

import pytest

import assetclass
from assetclass.cli.main import main
from assetclass.exceptions import StampError

from .stamp_docs import plain_docx, secret_docx


def test_backups_are_never_stamped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "名簿.docx"
    original = secret_docx()
    doc.write_bytes(original)
    assert main(["stamp", str(doc), "--backup"]) == 0
    bak = tmp_path / "名簿.docx.bak"
    assert bak.read_bytes() == original
    capsys.readouterr()
    # the next stamp of the folder leaves the backup as it was (it is the original, by design)
    assert main(["stamp", str(tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert bak.read_bytes() == original
    assert "名簿.docx.bak: skipped" in out and "--backup copy" in out
    assert "名簿.docx: unchanged" in out
    (tmp_path / "名簿.docx.bak3").write_bytes(original)  # numbered backups too
    assert main(["stamp", str(tmp_path / "名簿.docx.bak3"), "--level", "3"]) == 0
    assert (tmp_path / "名簿.docx.bak3").read_bytes() == original


def test_level_below_the_required_level_is_refused_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "名簿.docx"
    original = secret_docx()  # requires 機密性3
    doc.write_bytes(original)
    assert main(["stamp", str(doc), "--level", "2", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "refused" in out and "requires level 3" in out
    assert doc.read_bytes() == original
    with pytest.raises(StampError):
        assetclass.stamp_bytes(original, "名簿.docx", 1)
    assert main(["stamp", str(doc), "--level", "2", "--force"]) == 0  # the user insists
    assert assetclass.scan_path(doc).label == 2
    # at or above the required level, no --force is needed
    other = tmp_path / "議事録.docx"
    other.write_bytes(plain_docx())
    assert main(["stamp", str(other), "--level", "3"]) == 0
    assert assetclass.scan_path(other).label == 3
