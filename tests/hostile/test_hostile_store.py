"""One results store, two scans (issue 10, item 10).

A scan must not hold a write transaction while it reads a slow file: a second scan (or ``diff``)
on the same ``--db`` gets the store within milliseconds. A store kept locked by someone else is
reported in one clear line (exit 2), not a "database is locked" traceback after 30 s.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .conftest import REPO, Cli, run_cli, write_plugin

SLOW_EXTRACTOR = """
import os
import time
from pathlib import Path

from assetclass.hookspecs import hookimpl
from assetclass.model import Document, TextBlock


class MarkThenSleep:
    name = "test-mark-then-sleep"
    formats = ("slowmark",)

    def accepts(self, name, data):
        return "slowmark" if name.endswith(".slowmark") else None

    def extract(self, source, context):
        Path(os.environ["MARKER"]).write_text("in the slow file", encoding="utf-8")
        time.sleep(float(os.environ.get("SLOW_SECONDS", "5")))
        doc = Document(name=source.name, format="slowmark")
        doc.blocks.append(TextBlock(text="hello", locator="line 1"))
        return doc


@hookimpl
def assetclass_register_extractors():
    return [MarkThenSleep()]
"""


def test_second_scan_is_not_blocked_by_a_slow_file(tmp_path: Path) -> None:
    plugins = write_plugin(tmp_path / "plugins", "mark_then_sleep", SLOW_EXTRACTOR)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for i in range(3):  # scanned (and recorded) before the slow file
        (first / f"a{i}.txt").write_text(f"hello {i}", encoding="utf-8")
    (first / "z.slowmark").write_text("x", encoding="utf-8")
    (second / "b.txt").write_text("hello", encoding="utf-8")
    db, marker = tmp_path / "results.db", tmp_path / "marker"
    env = {"ASSETCLASS_PLUGINS": "mark_then_sleep", "MARKER": str(marker), "SLOW_SECONDS": "6"}
    import os

    full_env = {**{k: v for k, v in os.environ.items() if not k.startswith("ASSETCLASS_")}, **env}
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    full_env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(plugins), *inherited])
    cmd = [sys.executable, "-m", "assetclass.cli.main", "scan", str(first), "--db", str(db), "--jobs", "1",
           "--format", "jsonl", "--no-progress"]  # fmt: skip
    with subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as slow_scan:
        try:
            deadline = time.monotonic() + 60
            while not marker.exists():
                assert time.monotonic() < deadline and slow_scan.poll() is None, (
                    "the slow file was not reached"
                )
                time.sleep(0.05)
            # the first scan is inside the slow file now: the store must be free for writing
            probe = sqlite3.connect(db, timeout=2, isolation_level=None)
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
            finally:
                probe.close()
            started = time.monotonic()
            other = run_cli("scan", second, "--db", db, "--jobs", "1", "--format", "jsonl", timeout=60)
            assert other.returncode in (0, 1) and other.stderr == b"", other.stderr.decode()
            assert time.monotonic() - started < 20
            assert slow_scan.poll() is None  # the second scan really ran while the first was busy
            out, err = slow_scan.communicate(timeout=60)
        finally:
            if slow_scan.poll() is None:
                slow_scan.kill()
    assert slow_scan.returncode in (0, 1) and b"locked" not in err, err.decode()
    assert len(out.decode().splitlines()) == 4
    with sqlite3.connect(db) as conn:  # both scans recorded, every file once
        assert conn.execute("SELECT COUNT(*) FROM scans WHERE finished IS NOT NULL").fetchone()[0] == 2
        assert conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 5


def test_busy_store_is_one_clear_line_and_exit_2(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "a.txt").write_text("hello", encoding="utf-8")
    db = tmp_path / "results.db"
    assert cli("scan", tmp_path / "share", "--db", db, "--jobs", "1").returncode in (0, 1)
    policy = tmp_path / "policy.toml"
    policy.write_text("[scan]\nstore_busy_seconds = 1.0\n", encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another process keeps the store locked
        started = time.monotonic()
        proc = cli("scan", tmp_path / "share", "--db", db, "--policy", policy, "--jobs", "1", timeout=25)
        err = proc.stderr.decode()
        assert proc.returncode == 2, err
        assert "使用中" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
        assert time.monotonic() - started < 20
        en = cli("scan", tmp_path / "share", "--db", db, "--policy", policy, "--lang", "en", timeout=25)
        assert en.returncode == 2 and "is busy" in en.stderr.decode()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
