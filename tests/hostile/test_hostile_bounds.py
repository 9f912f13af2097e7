"""Item 9: FIFOs and devices are never opened; the memory, time and inflate limits hold in every
path; the e-mail pattern is linear."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from assetclass.detect.attributes import _EMAIL

from .build import pdf_flate_bomb, run_cli, run_py


@pytest.fixture()
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "名簿.csv"
    os.mkfifo(path)
    return path


def test_a_fifo_named_on_the_command_line_is_a_skipped_line(fifo: Path) -> None:
    proc = run_cli("check", "--format", "jsonl", str(fifo), timeout=60)
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0]["status"] == "skipped", proc.stdout
    assert "FIFO" in lines[0]["message_en"]


@pytest.mark.parametrize("command", ["explain", "stamp"])
def test_explain_and_stamp_never_block_on_a_fifo(fifo: Path, command: str) -> None:
    proc = run_cli(command, str(fifo), timeout=60)  # used to wait forever for a writer
    assert proc.returncode != 0 or b"skipped" in proc.stdout
    assert b"FIFO" in proc.stdout + proc.stderr


def test_a_device_is_never_read() -> None:
    proc = run_cli("scan", "--jobs", "1", "--format", "jsonl", "/dev/zero", timeout=60)
    line = json.loads(proc.stdout.decode().splitlines()[0])
    assert line["status"] == "skipped" and "device" in line["message_en"]


def test_a_pdf_flate_bomb_stays_within_the_memory_limit_in_process(tmp_path: Path) -> None:
    """--jobs 1: PDFium runs in the isolated child under the per-file memory limit; the
    scanning process itself never holds the inflated stream."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf_flate_bomb(512 * 1024 * 1024))
    (tmp_path / "policy.toml").write_text(
        "[scan.limits]\nmemory_bytes_per_worker = 268435456\n", encoding="utf-8"
    )
    code = (
        "import sys, assetclass\n"
        "r = assetclass.scan_path(sys.argv[1], config=assetclass.load_config(sys.argv[2]))\n"
        # VmHWM is this program's own peak: ru_maxrss would also count the test process that
        # forked it before exec (hundreds of MiB late in a full test run)
        "peak = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM'))\n"
        "print(r.status, peak)\n"
    )
    proc = run_py(code, str(bomb), str(tmp_path / "policy.toml"), timeout=120)
    assert proc.returncode == 0, proc.stderr[-400:]
    status, max_rss_kib = proc.stdout.decode().split()
    assert status in ("ok", "error")
    assert int(max_rss_kib) < 400 * 1024  # the parent never grew by the inflated 512 MiB


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        list(_EMAIL.finditer(text))
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", ["a", "a@", "a.", "-@a."])
def test_the_email_pattern_is_linear(unit: str) -> None:
    """Eight times the input may cost about eight times the time, not 64 (quadratic); the
    absolute bound only guards against a pathological regression."""
    small, large = unit * 4_000, unit * 32_000
    ratio = _seconds(large) / max(_seconds(small), 1e-6)
    assert ratio < 24
    assert _seconds(unit * 100_000) < 1.0


def test_an_isolated_reader_that_aborts_or_hangs_is_one_error() -> None:
    from assetclass import isolation
    from assetclass.exceptions import ReaderCrashedError

    with pytest.raises(ReaderCrashedError, match="stopped abnormally"):
        isolation.run(os.abort, memory_bytes=1 << 30, seconds=30)
    started = time.monotonic()
    with pytest.raises(ReaderCrashedError, match="time limit"):
        isolation.run(time.sleep, 60, memory_bytes=1 << 30, seconds=0.5)
    assert time.monotonic() - started < 30  # the child was killed, not waited for
    with pytest.raises(ReaderCrashedError, match="memory limit"):
        isolation.run(bytearray, 2 << 30, memory_bytes=256 << 20, seconds=30)


def test_pdf_labels_read_again_stay_within_the_memory_limit(tmp_path: Path) -> None:
    """When the extractor did not read every page (here: no extraction at all), the PDF label codec
    opens the file again; PDFium then runs isolated under the same limits, never in this process."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf_flate_bomb(512 * 1024 * 1024))
    (tmp_path / "policy.toml").write_text(
        "[scan.limits]\nmemory_bytes_per_worker = 268435456\n", encoding="utf-8"
    )
    code = (
        "import sys, assetclass\n"
        "from assetclass.labels.pdf import PdfLabels\n"
        "from assetclass.model import Source\n"
        "config = assetclass.load_config(sys.argv[2])\n"
        "try:\n"
        "    PdfLabels().read(Source(path=sys.argv[1], name='bomb.pdf'), None, config)\n"
        "    outcome = 'read'\n"
        "except assetclass.AssetclassError:\n"
        "    outcome = 'refused'\n"
        "peak = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM'))\n"
        "print(outcome, peak)\n"
    )
    proc = run_py(code, str(bomb), str(tmp_path / "policy.toml"), timeout=120)
    assert proc.returncode == 0, proc.stderr[-400:]
    outcome, max_rss_kib = proc.stdout.decode().split()
    assert outcome in ("read", "refused")
    assert int(max_rss_kib) < 400 * 1024  # the inflated 512 MiB never entered this process
