"""The real-world files of other projects (encrypted, corrupt, fuzzed, legacy): one line each, no crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
@pytest.mark.corpora
def test_corpora_scan_one_line_per_file(corpora: Path, tmp_path: Path) -> None:
    expected = sorted(os.path.join(d, f) for d, _, files in os.walk(corpora) for f in files)
    policy = tmp_path / "policy.toml"
    policy.write_text(
        "[scan]\nexclude = []\nignore_file = ''\n[scan.limits]\nseconds_per_file = 60\n", "utf-8"
    )
    out = tmp_path / "corpora.jsonl"
    cmd = [sys.executable, "-m", "assetclass.cli.main", "scan", str(corpora), "--jobs", "2", "--format", "jsonl",
           "--output", str(out), "--policy", str(policy), "--no-progress", "--lang", "en"]  # fmt: skip
    run = subprocess.run(cmd, capture_output=True, timeout=1200, check=False)
    assert run.returncode in (0, 1), run.stderr.decode("utf-8", "replace")[-2000:]
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(expected)
    assert sorted(d["path"] for d in lines) == expected
    assert {d["status"] for d in lines} <= {"ok", "error", "encrypted", "unsupported", "skipped"}
    assert all(d["status"] == "ok" or d.get("message_en") for d in lines)
