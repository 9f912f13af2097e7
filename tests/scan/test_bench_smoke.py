"""The benchmark runs end to end on a tiny share (the real run is `make bench`, not a test)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.slow
def test_bench_run_on_five_files(tmp_path: Path) -> None:
    from bench.run import main

    out = tmp_path / "perf.md"
    args = [
        "--files",
        "5",
        "--share",
        str(tmp_path / "share"),
        "--big-rows",
        "0",
        "--repeat",
        "1",
        "--cluster-workers",
        "0",
    ]
    assert main([*args, "--profile-files", "5", "--write", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "full scan --jobs 2" in text and "× floor" in text
    assert "re-scan of the unchanged share" in text
    assert "start-up, in one process" in text and "regular expressions" in text
    assert "| extract |" in text or "| detect |" in text
