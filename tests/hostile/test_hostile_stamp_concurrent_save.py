"""Issue 10 item 4: a save made while a stamp runs is never overwritten by the stamped old version.

The stamp re-checks the file's identity (device, inode, size, mtime_ns) right before it renames
the stamped copy over the file, and refuses with a clear message when the file changed.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import assetclass
from assetclass import Engine
from assetclass.cli.main import main
from assetclass.integrations.watch import Watcher, WatchOptions
from assetclass.stamping import core as stamp_module

from .stamp_docs import plain_docx, secret_docx, temps


def _save_during_verify(monkeypatch: pytest.MonkeyPatch, path: Path, saved: bytes, how: str) -> None:
    """The user's save lands while the stamped copy is being verified (the slow part)."""
    real = stamp_module.verify
    state = {"done": False}

    def verify_then_save(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        if not state["done"]:
            state["done"] = True
            if how == "rename":  # Office: write a new file, rename it over the old one
                fresh = path.with_name("~save.tmp")
                fresh.write_bytes(saved)
                os.replace(fresh, path)
            else:  # an editor rewriting the same inode
                with path.open("r+b") as fh:
                    fh.write(saved)
                    fh.truncate()
        return result

    monkeypatch.setattr(stamp_module, "verify", verify_then_save)


@pytest.mark.parametrize("how", ["rename", "in-place"])
def test_stamp_refuses_when_the_file_was_saved_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    path = tmp_path / "名簿.docx"
    path.write_bytes(plain_docx())
    saved = secret_docx()  # the user's newer version
    _save_during_verify(monkeypatch, path, saved, how)
    assert main(["stamp", str(path), "--level", "3", "--backup", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "refused" in out and "changed while it was being stamped" in out
    assert path.read_bytes() == saved  # the save survived
    assert temps(tmp_path) == []
    assert not list(tmp_path.glob("*.bak*"))  # no backup of a version that was not replaced


def test_stamp_message_is_bilingual(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(plain_docx())
    _save_during_verify(monkeypatch, path, secret_docx(), "rename")
    result = assetclass.stamp_path(path, 3)
    assert result.outcome == "refused"
    assert "処理中にファイルが変更されました" in result.message_ja
    assert "changed while it was being stamped" in result.message_en


def test_watch_stamp_does_not_overwrite_a_newer_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import assetclass.integrations.watch as watch_module

    path = tmp_path / "通知.docx"
    path.write_bytes(secret_docx())
    newer = secret_docx("鈴木 花子")
    real = watch_module.stamp_data

    def stamp_then_save(data: bytes, name: str, level: int, engine: Engine) -> bytes:
        out = real(data, name, level, engine)
        with path.open("r+b") as fh:  # same size is possible: rewrite in place, mtime changes
            fh.write(newer)
            fh.truncate()
        return out

    monkeypatch.setattr(watch_module, "stamp_data", stamp_then_save)
    err = io.StringIO()
    watcher = Watcher(
        Engine(config=assetclass.load_config(search=False)),
        WatchOptions(folder=tmp_path, stamp=True, out=io.StringIO(), err=err, lang="en"),
    )
    watcher.process(path)
    assert path.read_bytes() == newer
    assert "could not stamp" in err.getvalue() and "changed" in err.getvalue()
    assert temps(tmp_path) == []
