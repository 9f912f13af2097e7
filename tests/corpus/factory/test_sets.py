"""The set writer every red-team set shares: files, manifest rows and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus.factory.sets import Doc, cli, write_set
from corpus.factory.spec import DocSpec, SheetSpec


def _docs() -> list[Doc]:
    return [
        Doc(
            "名簿",
            "csv",
            2,
            ["name", "phone"],
            DocSpec(sheets=[SheetSpec("s", [["氏名", "電話"]])]),
            "a note",
        ),
        Doc("お知らせ", "txt", 1, [], DocSpec(paragraphs=["休館日のお知らせ"])),
    ]


def test_write_set_writes_numbered_files_and_the_manifest(tmp_path: Path) -> None:
    rows = write_set(_docs(), tmp_path / "set", "redteamX")
    manifest = [
        json.loads(line) for line in (tmp_path / "set" / "manifest.jsonl").read_text("utf-8").splitlines()
    ]
    assert manifest == rows
    assert [r["path"] for r in rows] == ["files/001.csv", "files/002.txt"]
    assert rows[0]["note"] == "a note" and "note" not in rows[1]
    assert all(r["variant"] == "redteamX" and r["placement"] == "body" for r in rows)
    assert all((tmp_path / "set" / r["path"]).is_file() for r in rows)


def test_cli_passes_out_and_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[tuple[Path, int]] = []

    def generate(out: Path, seed: int) -> list[dict[str, object]]:
        seen.append((out, seed))
        return write_set(_docs(), out, "redteamX")

    assert (
        cli([str(tmp_path / "o"), "--seed", "7"], "python -m corpus.redteam.setX", "Doc line.", generate, 1)
        == 0
    )
    assert seen == [(tmp_path / "o", 7)]
    assert "wrote 2 files" in capsys.readouterr().out
