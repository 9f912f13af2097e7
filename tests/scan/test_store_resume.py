"""The results store: incremental re-scans, resume after SIGKILL, diff between scans."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assetclass.cli.main import main

from .conftest import TEST_PLUGINS, ScanRunner, by_path

REPO = Path(__file__).resolve().parents[2]


def _rows(db: Path, scan_id: int | None = None) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as conn:
        if scan_id is None:
            scan_id = conn.execute("SELECT MAX(id) FROM scans").fetchone()[0]
        return conn.execute("SELECT path, reused FROM results WHERE scan_id = ?", (scan_id,)).fetchall()


def _alive_in_group(pgid: int) -> list[int]:
    """Processes of a process group that still run (zombies of a dead parent do not count)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


def test_rescan_reuses_unchanged_files(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    share = tmp_path / "share"
    share.mkdir()
    for i in range(5):
        (share / f"f{i}.txt").write_text(f"file {i}", encoding="utf-8")
    db = tmp_path / "r.db"
    _, first = scan_jsonl(share, "--jobs", "1", "--db", db)
    assert all(reused == 0 for _, reused in _rows(db))
    (share / "f0.txt").write_text("changed LEVEL3", encoding="utf-8")
    os.utime(share / "f1.txt", ns=(1, 1_000_000_000))  # same bytes, other mtime: hash says reuse
    _, second = scan_jsonl(share, "--jobs", "1", "--db", db)
    assert len(second) == 5  # every file is still reported
    reused = dict(_rows(db))
    assert reused[str(share / "f0.txt")] == 0
    assert reused[str(share / "f1.txt")] == 1
    assert sum(reused.values()) == 4
    assert by_path(second)[str(share / "f0.txt")]["level"] == 3
    assert by_path(second)[str(share / "f2.txt")] == by_path(first)[str(share / "f2.txt")]


def test_store_never_holds_raw_values(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("個人番号 123456789018 山田太郎 様\n", encoding="utf-8")
    db = tmp_path / "r.db"
    scan_jsonl(share, "--jobs", "1", "--db", db, "--show-values")
    blob = db.read_bytes() + (
        db.with_suffix(".db-wal").read_bytes() if db.with_suffix(".db-wal").exists() else b""
    )
    assert b"123456789018" not in blob


def test_diff_between_scans(
    tmp_path: Path, scan_jsonl: ScanRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "keep.txt").write_text("x", encoding="utf-8")
    (share / "gone.txt").write_text("x", encoding="utf-8")
    (share / "up.txt").write_text("x", encoding="utf-8")
    db = tmp_path / "r.db"
    scan_jsonl(share, "--jobs", "1", "--db", db)
    (share / "gone.txt").unlink()
    (share / "new.txt").write_text("x", encoding="utf-8")
    (share / "up.txt").write_text("LEVEL3", encoding="utf-8")
    scan_jsonl(share, "--jobs", "1", "--db", db)
    capsys.readouterr()
    assert main(["diff", "--db", str(db), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"] == {"new": 1, "removed": 1, "level": 1, "label": 0}
    kinds = {c["kind"]: c for c in out["changes"]}
    assert kinds["level"]["path"] == str(share / "up.txt") and kinds["level"]["after"] == 3
    assert main(["diff", "--db", str(db), "--from", "2", "--to", "2", "--lang", "en"]) == 0
    assert "new 0  removed 0" in capsys.readouterr().out
    assert main(["diff", "--db", str(db), "--to", "1"]) == 2  # nothing before scan 1


def test_sigkilled_scan_resumes_without_loss(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    names = [f"doc{i:02d}.slow" for i in range(60)]
    for name in names:
        (share / name).write_text("x", encoding="utf-8")
    db = tmp_path / "r.db"
    env = {
        **os.environ,
        "ASSETCLASS_PLUGINS": TEST_PLUGINS,
        "PYTHONPATH": str(REPO),
        "ASSETCLASS_TEST_SLOW": "0.15",
    }
    cmd = [sys.executable, "-m", "assetclass.cli.main", "scan", str(share), "--db", str(db), "--jobs", "2",
           "--format", "jsonl", "--no-progress"]  # fmt: skip
    first = subprocess.Popen([*cmd, "--output", str(tmp_path / "1.jsonl")], env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if db.exists():
                try:
                    if len(_rows(db)) >= 15:
                        break
                except sqlite3.OperationalError:
                    continue
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    # the workers, the fork server and the resource tracker leave on their own once the pipes close
    deadline = time.monotonic() + 10
    while _alive_in_group(first.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    leftover = _alive_in_group(first.pid)
    for pid in leftover:  # clean up before failing
        os.kill(pid, signal.SIGKILL)
    assert leftover == []
    done_before = len(_rows(db))
    assert 15 <= done_before < 60, "the first run should have been killed mid-way"
    second = subprocess.run([*cmd, "--output", str(tmp_path / "2.jsonl")], env=env, timeout=120, check=False)
    assert second.returncode in (0, 1)  # 1: some files have violations
    lines = [json.loads(x) for x in (tmp_path / "2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(d["path"]).name for d in lines) == names  # the second run reports every file once
    rows = _rows(db)
    assert sorted(Path(p).name for p, _ in rows) == names  # the resumed scan holds each file exactly once
    with sqlite3.connect(db) as conn:
        scans = conn.execute("SELECT id, finished, files_done FROM scans").fetchall()
    assert len(scans) == 1 and scans[0][1] is not None and scans[0][2] == 60
