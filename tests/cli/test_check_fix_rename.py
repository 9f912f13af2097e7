"""`check --fix` stamps what can be stamped; `rename` puts 【機密性N】 in csv/txt names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assetclass.cli.main import main

from .lint_share import make_share


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path)


def test_fix_stamps_the_required_level(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share), "-q", "--fix"]) == 1  # csv/txt cannot be fixed by stamping
    out = capsys.readouterr()
    left = out.out.splitlines()
    assert left and all(": AC106 " in line for line in left), left
    assert "付与しました" in out.err
    assert main(["check", str(share), "-q", "--select", "AC101,AC102,AC103"]) == 0
    assert capsys.readouterr().out == ""
    # the under-labelled file now carries the required level, not the old one
    main(["explain", str(share / "a" / "under.docx")])
    assert "ラベル: 機密性3" in capsys.readouterr().out


def test_rename_is_a_dry_run_by_default(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(os.listdir(share / "a"))
    assert main(["rename", str(share)]) == 0
    out = capsys.readouterr().out
    assert "【機密性3】numbers.csv" in out and "【機密性3】chat.txt" in out
    assert sorted(os.listdir(share / "a")) == before
    assert "docx" not in out  # formats that carry a label inside are not renamed


def test_rename_apply_refuses_collisions_and_links(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = share / "a"
    (folder / "【機密性3】chat.txt").write_text("先に置かれたファイル", encoding="utf-8")
    os.symlink(folder / "numbers.csv", folder / "link.csv")
    assert main(["rename", str(share), "--apply"]) == 1  # the collision is refused
    out = capsys.readouterr().out
    assert (folder / "【機密性3】numbers.csv").is_file() and not (folder / "numbers.csv").exists()
    assert (folder / "chat.txt").is_file(), "a collision leaves the file as it was"
    assert (folder / "【機密性3】chat.txt").read_text(encoding="utf-8") == "先に置かれたファイル"
    assert (folder / "link.csv").is_symlink(), "links are never renamed"
    assert "既にある" in out
    # renamed files now pass AC106
    assert main(["check", str(folder / "【機密性3】numbers.csv"), "-q"]) == 0
    # a link named on the command line is refused, not followed
    assert main(["rename", str(folder / "link.csv"), "--apply"]) == 1
    assert (folder / "link.csv").is_symlink()
