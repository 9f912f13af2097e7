"""``scan --cluster``: the same results as local jobs, a lost Dask worker, a killed client resumed.

One LocalCluster (2 worker processes) serves the module; the CLI reaches it by its tcp address.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assetclass.cli.main import main

from .conftest import TEST_PLUGINS, ScanRunner, by_path

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xdist_group("cluster")  # one LocalCluster at a time on a 2-core machine


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    # the workers inherit this environment: test plugins and how long a ``.slow`` file takes
    saved = {k: os.environ.get(k) for k in ("ASSETCLASS_PLUGINS", "ASSETCLASS_TEST_SLOW")}
    os.environ["ASSETCLASS_PLUGINS"] = TEST_PLUGINS
    os.environ["ASSETCLASS_TEST_SLOW"] = "0.1"
    local = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(local)
    try:
        yield client
    finally:
        client.close()
        local.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "assetclass.cli.main", "scan", *map(str, args), "--format", "jsonl",
            "--no-progress"]  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "ASSETCLASS_PLUGINS": TEST_PLUGINS, "PYTHONPATH": str(REPO)}


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_cluster_scan_matches_local_jobs(tmp_path: Path, scan_jsonl: ScanRunner, cluster: Any) -> None:
    share = tmp_path / "share"
    (share / "sub").mkdir(parents=True)
    for i in range(24):
        marker = ("LEVEL3", "LEVEL2", "plain")[i % 3]
        (share / ("sub" if i % 2 else "") / f"doc{i:02d}.txt").write_text(f"{marker} {i}", encoding="utf-8")
    (share / "crash.die").write_text("x", encoding="utf-8")  # kills its scanner process
    (share / "stuck.hang").write_text("x", encoding="utf-8")  # exceeds the time limit
    policy = tmp_path / "policy.toml"
    policy.write_text("[scan.limits]\nseconds_per_file = 3\n", encoding="utf-8")
    address = cluster.scheduler.address
    _, local = scan_jsonl(share, "--jobs", "2", "--policy", policy)
    _, remote = scan_jsonl(share, "--cluster", address, "--policy", policy)
    assert len(remote) == 26
    assert {p: (d["status"], d["level"]) for p, d in by_path(remote).items()} == {
        p: (d["status"], d["level"]) for p, d in by_path(local).items()
    }
    got = by_path(remote)
    assert got[str(share / "doc00.txt")]["level"] == 3 and got[str(share / "sub" / "doc01.txt")]["level"] == 2
    assert "time limit" in got[str(share / "stuck.hang")]["message_en"]  # the limit holds on Dask workers
    assert "died" in got[str(share / "crash.die")]["message_en"]


def test_cluster_worker_killed_mid_scan(tmp_path: Path, cluster: Any) -> None:
    share = tmp_path / "share"
    share.mkdir()
    names = [f"doc{i:02d}.slow" for i in range(48)]
    for name in names:
        (share / name).write_text("LEVEL2", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [*_cli(share, "--cluster", cluster.scheduler.address), "--output", str(out)], env=_env()
    )
    try:
        victim = None
        deadline = time.monotonic() + 60
        while victim is None and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            busy = [
                w for w, keys in cluster.processing().items() if any("assetclass-" in str(k) for k in keys)
            ]
            if busy:
                victim = cluster.run(os.getpid, workers=[busy[0]])[busy[0]]
        assert victim is not None, "the scan never reached the workers"
        os.kill(victim, signal.SIGKILL)  # the nanny starts a new worker; the batch runs again
        assert proc.wait(timeout=120) in (0, 1)
    finally:
        if proc.poll() is None:
            proc.kill()
    lines = _lines(out)
    assert sorted(Path(d["path"]).name for d in lines) == names  # every file exactly once
    assert {d["status"] for d in lines} == {"ok"} and {d["level"] for d in lines} == {2}


def test_cluster_client_killed_then_resumed(tmp_path: Path, cluster: Any) -> None:
    share = tmp_path / "share"
    share.mkdir()
    names = [f"doc{i:02d}.slow" for i in range(80)]
    for name in names:
        (share / name).write_text("x", encoding="utf-8")
    db = tmp_path / "r.db"
    policy = tmp_path / "policy.toml"  # small batches: results reach the store every few files
    policy.write_text("[scan]\ncluster_batch_files = 4\n", encoding="utf-8")
    cmd = [*_cli(share, "--cluster", cluster.scheduler.address, "--db", db, "--policy", policy)]
    first = subprocess.Popen([*cmd, "--output", str(tmp_path / "1.jsonl")], env=_env())
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.1)
            try:
                with sqlite3.connect(db) as conn:
                    if conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] >= 16:
                        break
            except sqlite3.OperationalError:
                continue
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    with sqlite3.connect(db) as conn:
        done_before = conn.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    assert 16 <= done_before < 80, "the first run should have been killed mid-way"
    second = subprocess.run(
        [*cmd, "--output", str(tmp_path / "2.jsonl")], env=_env(), timeout=120, check=False
    )
    assert second.returncode in (0, 1)
    assert sorted(Path(d["path"]).name for d in _lines(tmp_path / "2.jsonl")) == names
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path FROM results").fetchall()
        scans = conn.execute("SELECT finished, files_done FROM scans").fetchall()
    assert sorted(Path(p).name for (p,) in rows) == names  # each file exactly once in the store
    assert len(scans) == 1 and scans[0][0] is not None and scans[0][1] == 80


def test_cluster_bad_address_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert main(["scan", str(tmp_path), "--cluster", "local:none", "--no-progress", "--lang", "en"]) == 2
    assert "invalid --cluster: local:none" in capsys.readouterr().err
    assert main(["scan", str(tmp_path), "--cluster", "local:1", "--route", "nowhere", "--no-progress"]) == 2
    assert "--route の指定が正しくありません" in capsys.readouterr().err


def test_cluster_route_sends_a_share_to_its_worker(
    tmp_path: Path, scan_jsonl: ScanRunner, cluster: Any
) -> None:
    share = tmp_path / "share"
    (share / "a").mkdir(parents=True)
    (share / "b").mkdir()
    for i in range(40):
        (share / ("a" if i % 2 else "b") / f"doc{i:02d}.slow").write_text("LEVEL2", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text("[scan]\ncluster_batch_files = 5\n", encoding="utf-8")
    target = sorted(cluster.scheduler_info()["workers"])[0]  # a worker's address stands for its name
    routes = ["--route", f"{share / 'a'}={target}", "--route", f"{share / 'b'}/={target}"]
    with distributed.get_task_stream(client=cluster) as stream:
        _, lines = scan_jsonl(share, "--cluster", cluster.scheduler.address, *routes, "--policy", policy)
    assert len(lines) == 40 and {d["level"] for d in lines} == {2}
    ours = [t for t in stream.data if str(t["key"]).startswith("assetclass-")]
    # 8 batches of 5 files, all on the routed worker although the other one stood idle
    assert len(ours) == 8 and {t["worker"] for t in ours} == {target}


def test_cluster_without_the_extra_says_how_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    assert main(["scan", str(tmp_path), "--cluster", "local:1", "--no-progress", "--lang", "en"]) == 2
    assert "pip install 'assetclass[cluster]'" in capsys.readouterr().err
