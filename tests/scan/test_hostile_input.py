"""Hostile input: every case ends as one line with a clear status, and the scan goes on."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from assetclass.engine import Engine
from assetclass.model import Limits
from assetclass.pipeline import ScanOptions
from assetclass.scan import workers
from assetclass.scan.workers import scan_file

from .conftest import ScanRunner, by_path


def _policy(tmp_path: Path, **limits: float) -> Path:
    body = "[scan.limits]\n" + "".join(f"{k} = {v}\n" for k, v in limits.items())
    path = tmp_path.parent / f"{tmp_path.name}-policy.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_size_limit(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 5000)
    (tmp_path / "small.txt").write_bytes(b"x")
    _, lines = scan_jsonl(tmp_path, "--jobs", "1", "--policy", _policy(tmp_path, max_file_bytes=1000))
    results = by_path(lines)
    assert results[str(tmp_path / "big.txt")]["status"] == "skipped"
    assert "limit" in results[str(tmp_path / "big.txt")]["message_en"]
    assert results[str(tmp_path / "small.txt")]["status"] == "ok"


def test_zip_bomb_ratio(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "bomb.zip").write_bytes(
        _zip_bytes({"zeros.txt": b"\0" * (20 * 1024 * 1024), "ok.txt": b"fine"})
    )
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    members = {m["path"].rsplit("!/", 1)[1]: m for m in lines[0]["members"]}
    assert members["zeros.txt"]["status"] == "skipped"
    assert "zip bomb" in members["zeros.txt"]["message_en"]
    assert members["ok.txt"]["status"] == "ok"


def test_zip_bomb_absolute_size(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    members = {f"m{i}.txt": os.urandom(300_000) for i in range(4)}  # incompressible: ratio ~1
    (tmp_path / "big.zip").write_bytes(_zip_bytes(members))
    policy = _policy(tmp_path, max_inflated_bytes=700_000)
    _, lines = scan_jsonl(tmp_path, "--jobs", "1", "--policy", policy)
    statuses = [m["status"] for m in lines[0]["members"]]
    assert statuses[:2] == ["unsupported", "unsupported"] or statuses[:2] == ["ok", "ok"]
    assert statuses[2:] == ["skipped", "skipped"]


def test_deeply_nested_archives(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    data = b"LEVEL3\n"
    name = "core.txt"
    for depth in range(6):
        data = _zip_bytes({name: data})
        name = f"level{depth}.zip"
    (tmp_path / "nested.zip").write_bytes(data)
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    assert len(lines) == 1
    node = lines[0]
    depth = 0
    while node.get("members"):
        node = node["members"][0]
        depth += 1
    assert node["status"] == "skipped" and "nesting" in node["message_en"]
    assert depth == 3  # max_archive_depth


def test_truncated_files(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    full = _zip_bytes({"a.txt": b"hello" * 1000})
    (tmp_path / "cut.zip").write_bytes(full[: len(full) // 2])
    (tmp_path / "fine.txt").write_text("ok", encoding="utf-8")
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    results = by_path(lines)
    assert len(lines) == 2
    assert results[str(tmp_path / "cut.zip")]["status"] == "error"
    assert results[str(tmp_path / "fine.txt")]["status"] == "ok"


def test_file_deleted_before_it_is_read(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "a.vanish").write_text("b.txt", encoding="utf-8")  # the test extractor deletes b.txt
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    results = by_path(lines)
    assert len(lines) == 2
    assert results[str(tmp_path / "b.txt")]["status"] == "error"
    assert results[str(tmp_path / "b.txt")]["message_en"] == "the file vanished during the scan"


def test_file_replaced_while_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.txt"
    target.write_text("x", encoding="utf-8")
    real_stat = os.stat

    def stat_after_replace(path: str) -> os.stat_result:
        st = real_stat(path)
        fields = list(st)
        fields[8] += 5  # mtime moved on: another program rewrote the file meanwhile
        return os.stat_result(fields, {"st_mtime_ns": st.st_mtime_ns + 5_000_000_000})

    monkeypatch.setattr(workers, "_restat", stat_after_replace)
    result = scan_file(Engine(), ScanOptions(limits=Limits()), str(target))
    assert str(result.status) == "error"
    assert result.message_en is not None and "changed or was replaced" in result.message_en


def test_hanging_worker_is_killed(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "stuck.hang").write_text("x", encoding="utf-8")
    for i in range(4):
        (tmp_path / f"f{i}.txt").write_text("x", encoding="utf-8")
    policy = _policy(tmp_path, seconds_per_file=5)
    _, lines = scan_jsonl(tmp_path, "--jobs", "2", "--policy", policy)
    results = by_path(lines)
    assert len(lines) == 5
    stuck = results[str(tmp_path / "stuck.hang")]
    assert stuck["status"] == "error" and "time limit" in stuck["message_en"]
    assert all(results[str(tmp_path / f"f{i}.txt")]["status"] == "ok" for i in range(4))


def test_hanging_file_in_process_times_out(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "stuck.hang").write_text("x", encoding="utf-8")
    (tmp_path / "z.txt").write_text("x", encoding="utf-8")
    _, lines = scan_jsonl(tmp_path, "--jobs", "1", "--policy", _policy(tmp_path, seconds_per_file=1))
    results = by_path(lines)
    assert "time limit" in results[str(tmp_path / "stuck.hang")]["message_en"]
    assert results[str(tmp_path / "z.txt")]["status"] == "ok"


def test_dying_worker_costs_one_file(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "boom.die").write_text("x", encoding="utf-8")
    (tmp_path / "boom2.die").write_text("x", encoding="utf-8")
    for i in range(5):
        (tmp_path / f"f{i}.txt").write_text("x", encoding="utf-8")
    _, lines = scan_jsonl(tmp_path, "--jobs", "2")
    results = by_path(lines)
    assert len(lines) == 7
    for name in ("boom.die", "boom2.die"):
        assert results[str(tmp_path / name)]["status"] == "error"
        assert "died" in results[str(tmp_path / name)]["message_en"]
    assert sum(1 for d in lines if d["status"] == "ok") == 5
