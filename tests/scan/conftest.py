"""Helpers for the bulk-scan tests: run the CLI in-process and read its JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assetclass.cli.main import main

TEST_PLUGINS = "tests.scan.testplugins"

ScanRunner = Callable[..., tuple[int, list[dict[str, Any]]]]


@pytest.fixture
def scan_jsonl(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> ScanRunner:
    """``scan_jsonl(*paths, "--jobs", "2", ...)`` → (exit code, one dict per output line)."""
    monkeypatch.setenv("ASSETCLASS_PLUGINS", TEST_PLUGINS)
    counter = iter(range(1000))
    out_dir = tmp_path_factory.mktemp("reports")  # outside the scanned folders

    def run(*args: str | Path) -> tuple[int, list[dict[str, Any]]]:
        out = out_dir / f"out{next(counter)}.jsonl"
        code = main(["scan", *map(str, args), "--format", "jsonl", "--output", str(out), "--no-progress"])
        lines = out.read_text(encoding="utf-8").splitlines()
        return code, [json.loads(line) for line in lines]

    return run


def by_path(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(d["path"]): d for d in lines}
