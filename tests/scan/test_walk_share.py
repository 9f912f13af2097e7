"""Walking: roots, globs, ignore files, symlinks, unreadable folders, non-UTF-8 names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assetclass.cli.main import main
from assetclass.scan.walk import WalkOptions, display_path, walk

from .conftest import ScanRunner, by_path


def _files(root: Path, names: list[str]) -> None:
    for name in names:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x\n", encoding="utf-8")


def test_globs_and_ignore_file(tmp_path: Path) -> None:
    _files(
        tmp_path, ["a.txt", "b.csv", "sub/c.txt", "sub/d.log", "tmp/e.txt", "sub/deep/f.txt", "~$lock.txt"]
    )
    (tmp_path / ".assetclassignore").write_text("tmp/\n*.log\n", encoding="utf-8")
    (tmp_path / "sub" / ".assetclassignore").write_text("deep/\n", encoding="utf-8")
    options = WalkOptions(exclude=["~$*"])
    found = sorted(Path(i.path).relative_to(tmp_path).as_posix() for i in walk([str(tmp_path)], options))
    assert found == ["a.txt", "b.csv", "sub/c.txt"]
    only_csv = [i.path for i in walk([str(tmp_path)], WalkOptions(include=["*.csv"]))]
    assert [Path(p).name for p in only_csv] == ["b.csv"]


def test_several_roots_each_file_once(tmp_path: Path) -> None:
    _files(tmp_path, ["a/x.txt", "b/y.txt"])
    items = list(walk([str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "a")]))
    assert sorted(Path(i.path).name for i in items) == ["x.txt", "y.txt"]


def test_symlinks_not_followed_and_never_looped(tmp_path: Path) -> None:
    _files(tmp_path, ["real/a.txt"])
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "link.txt").symlink_to(tmp_path / "real" / "a.txt")
    plain = [(Path(i.path).name, i.skipped is not None) for i in walk([str(tmp_path)])]
    assert plain == [("a.txt", False), ("link.txt", True), ("loop", True)]  # links: a skipped line
    followed = [i.path for i in walk([str(tmp_path)], WalkOptions(follow_symlinks=True))]
    assert len(followed) == 2  # a.txt and link.txt; the loop is entered once at most
    assert all(i.error is None for i in walk([str(tmp_path)], WalkOptions(follow_symlinks=True)))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_an_error_line(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    _files(tmp_path, ["ok.txt", "locked/secret.txt"])
    locked = tmp_path / "locked"
    locked.chmod(0)
    try:
        _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    finally:
        locked.chmod(0o755)
    results = by_path(lines)
    assert results[str(locked)]["status"] == "error"
    assert results[str(tmp_path / "ok.txt")]["status"] == "ok"


def test_missing_root_stops_the_scan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an unmounted share must not look like an empty, clean one (tests/hostile has the CLI variants)
    out = tmp_path / "out.jsonl"
    code = main(["scan", str(tmp_path / "nope"), "--jobs", "1", "--format", "jsonl", "-o", str(out)])
    assert code == 2 and not out.exists()
    assert "指定されたパスがありません" in capsys.readouterr().err


def test_cp932_file_name_reported_faithfully(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    raw = "住民名簿.txt".encode("cp932")
    target = os.path.join(os.fsencode(tmp_path), raw)
    with open(target, "wb") as fh:
        fh.write(b"hello\n")
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    assert len(lines) == 1
    line = lines[0]
    assert line["path_bytes_hex"] == os.fsencode(str(tmp_path)).hex() + "2f" + raw.hex()
    assert "\\x" in line["path"]  # undecodable bytes shown escaped, the JSON stays valid UTF-8
    json.dumps(line, ensure_ascii=False).encode("utf-8")
    assert line["status"] == "ok"
    assert display_path(os.fsdecode(target))[1] is not None


def test_permission_error_while_walking_is_an_error_line(
    tmp_path: Path, scan_jsonl: ScanRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _files(tmp_path, ["ok.txt", "locked/secret.txt"])
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("assetclass.scan.walk.os.scandir", scandir)
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    results = by_path(lines)
    assert results[str(tmp_path / "locked")]["status"] == "error"
    assert results[str(tmp_path / "locked")]["message_en"] == "permission denied"
    assert results[str(tmp_path / "ok.txt")]["status"] == "ok"


def test_cli_include_exclude_and_symlink_flags(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    _files(tmp_path, ["a.txt", "b.csv", "old/c.txt"])
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    _, lines = scan_jsonl(tmp_path, "--jobs", "1", "--exclude", "old/", "--include", "*.txt")
    shown = sorted((Path(d["path"]).name, d["status"]) for d in lines)
    assert shown == [("a.txt", "ok"), ("link.txt", "skipped")]  # a link is never read silently
    _, lines = scan_jsonl(tmp_path, "--jobs", "1", "--follow-symlinks")
    assert sorted(Path(d["path"]).name for d in lines) == ["a.txt", "b.csv", "c.txt", "link.txt"]
