"""Issue 10 item 16: no temporary copy or half-written file outlives an interrupted write.

- SIGTERM / SIGHUP / Ctrl-C during a stamp remove the temporary copy; the original is untouched.
- What SIGKILL leaves (``.~assetclass-XXXXXXXX.tmp``) is never reported as a document by ``scan``
  (a ``skipped`` line) and is removed by the next ``stamp`` of the folder once it is stale.
- ``--backup`` on a full disk never leaves a truncated backup (written via temp + fsync + link).
- Ctrl-C during ``scan --output report.html`` keeps the previous report.
- One atomic-write helper for the whole project (``assetclass.safeio``).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import assetclass
import assetclass.safeio as safeio
from assetclass.cli.main import main
from assetclass.scan import bulk

from .stamp_docs import BIN, TIMEOUT, plain_docx, run_cli, secret_docx, temps

SLOW_STAMP = """
import sys, time
from pathlib import Path
from assetclass.stamping import core as st
real = st.verify
calls = []
def slow(*args, **kwargs):
    result = real(*args, **kwargs)
    calls.append(1)
    if len(calls) == 2:  # the first checks the bytes in memory, the second the temp file on disk
        Path(sys.argv[2]).write_text("ready")
        time.sleep(60)
    return result
st.verify = slow
from assetclass.cli.main import main
sys.exit(main(["stamp", sys.argv[1], "--level", "3"]))
"""


def _interrupted_stamp(tmp_path: Path, sig: int) -> tuple[Path, bytes, int]:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "名簿.docx"
    original = secret_docx()
    path.write_bytes(original)
    ready = tmp_path / "ready"
    proc = subprocess.Popen([str(BIN / "python"), "-c", SLOW_STAMP, str(path), str(ready)])
    try:
        deadline = time.monotonic() + TIMEOUT
        while not ready.exists():
            assert proc.poll() is None, "the stamp ended before it was interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert len(temps(folder)) == 1  # the stamped copy exists while the stamp runs
        proc.send_signal(sig)
        code = proc.wait(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return path, original, code


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_signals_during_a_stamp_leave_no_temp_copy(tmp_path: Path, sig: signal.Signals) -> None:
    path, original, code = _interrupted_stamp(tmp_path, sig)
    assert code != 0
    if sig != signal.SIGINT:
        assert code == -sig  # ended by the signal, as before: only the clean-up was added
    assert temps(path.parent) == []
    assert path.read_bytes() == original


def test_what_sigkill_leaves_is_skipped_by_scan_and_removed_by_stamp(tmp_path: Path) -> None:
    path, original, _ = _interrupted_stamp(tmp_path, signal.SIGKILL)
    (left,) = temps(path.parent)  # SIGKILL cannot be caught
    assert path.read_bytes() == original
    scanned = run_cli("scan", str(path.parent), "--format", "jsonl", "--jobs", "1", "--no-progress")
    records = {Path(r["path"]).name: r for r in map(json.loads, scanned.stdout.splitlines()) if r.get("path")}
    assert records[left.name]["status"] == "skipped"  # listed, not a 機密性3 document, no AC105
    assert records[left.name]["format"] == "assetclass-temp"
    assert records[left.name]["violations"] == []
    assert records[left.name].get("level") in (None, 0)
    assert records[path.name]["level"] == 3
    # a fresh temp may belong to a running stamp: left alone; a stale one is removed
    done = run_cli("stamp", str(path.parent), "--dry-run")
    assert left.exists() and "temporary file in use" in done.stdout
    old = time.time() - safeio.STALE_TEMP_SECONDS - 60
    os.utime(left, (old, old))
    lookalike = path.parent / ".~assetclass-NOT-OURS.tmp"  # not our exact name pattern
    lookalike.write_bytes(b"someone else's")
    os.utime(lookalike, (old, old))
    done = run_cli("stamp", str(path.parent), "--dry-run")
    assert left.exists() and "would remove" in done.stdout
    done = run_cli("stamp", str(path.parent))
    assert done.returncode == 0, done.stdout + done.stderr
    assert not left.exists() and "stale temporary file" in done.stdout
    assert lookalike.read_bytes() == b"someone else's"
    assert assetclass.scan_path(path).label == 3


def _big_docx() -> bytes:
    """A docx of about 200 KB that does not compress (the disk fills on its copies)."""
    from .stamp_docs import rewrite_zip

    return rewrite_zip(plain_docx(), {"word/media/noise.bin": os.urandom(200_000)})


@pytest.fixture(params=["300k", "560k"])
def small_disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """~100 KB free after the 200 KB document (no copy fits), or ~360 KB (one copy fits)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (the injected-error test covers this)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def test_backup_on_a_full_disk_is_never_left_truncated(small_disk: Path) -> None:
    path = small_disk / "a.docx"
    original = _big_docx()
    path.write_bytes(original)
    result = assetclass.stamp_path(path, 2, backup=True)
    assert result.outcome == "failed" and "No space" in result.message_en
    assert path.read_bytes() == original
    for bak in small_disk.glob("a.docx.bak*"):
        assert bak.read_bytes() == original, "a truncated backup was left"
    assert temps(small_disk) == []


def test_backup_write_error_is_injected_when_no_small_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.docx"
    original = _big_docx()
    path.write_bytes(original)
    real_write = os.write
    written = {"n": 0}

    def filling_write(fd: int, data: bytes | memoryview) -> int:
        written["n"] += len(data)
        if written["n"] > len(original) * 1.5:  # the stamped copy fits, the backup does not
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(safeio.os, "write", filling_write)
    result = assetclass.stamp_path(path, 2, backup=True)
    monkeypatch.undo()
    assert result.outcome == "failed" and "No space" in result.message_en
    assert path.read_bytes() == original
    assert list(tmp_path.glob("a.docx.bak*")) == []
    assert temps(tmp_path) == []


def test_ctrl_c_during_scan_output_keeps_the_previous_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    for i in range(3):
        (share / f"{i}.docx").write_bytes(secret_docx())
    report = tmp_path / "report.html"
    report.write_text("<html>previous report</html>", encoding="utf-8")
    os.chmod(report, 0o640)
    calls = {"n": 0}
    real_emit = bulk.BulkScan.emit

    def interrupted(self: bulk.BulkScan, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real_emit(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk.BulkScan, "emit", interrupted)
    # the CLI turns Ctrl-C into "Aborted!" and a non-zero exit
    assert main(["scan", str(share), "-f", "html", "-o", str(report), "--jobs", "1", "--no-progress"]) != 0
    assert calls["n"] == 2
    monkeypatch.undo()
    assert report.read_text(encoding="utf-8") == "<html>previous report</html>"
    assert temps(tmp_path) == []
    # a complete run replaces it, keeping its mode
    assert main(["scan", str(share), "-f", "html", "-o", str(report), "--jobs", "1", "--no-progress"]) == 1
    assert "<html" in report.read_text(encoding="utf-8") and "previous report" not in report.read_text(
        encoding="utf-8"
    )
    assert oct(report.stat().st_mode & 0o777) == oct(0o640)


def test_one_atomic_writer_for_the_project() -> None:
    src = Path(assetclass.__file__).parent
    writers = sorted(
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if p.name != "safeio.py"
        and any(
            s in p.read_text(encoding="utf-8") for s in ("mkstemp(", "NamedTemporaryFile(", "os.replace(")
        )
    )
    assert writers == [], f"temporary files and renames belong in safeio.py: {writers}"
    assert "os.replace(" in (src / "safeio.py").read_text(encoding="utf-8")
