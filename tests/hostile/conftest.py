"""The hostile-input suite: every input is built at test time; every subprocess has a timeout.

``cli(...)`` runs ``assetclass`` in a fresh interpreter (exit codes, real stdout/stderr bytes,
real stream encodings), with ``PYTHONPATH`` holding the repository (for ``tests.scan.testplugins``)
and any folder of test-time plugin modules.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CLI_TIMEOUT = 90  # seconds; nothing here may hang CI

Cli = Callable[..., subprocess.CompletedProcess[bytes]]


def run_cli(
    *args: str | os.PathLike[str],
    env: dict[str, str] | None = None,
    plugin_dirs: tuple[Path, ...] = (),
    prefix: tuple[str, ...] = (),
    timeout: float = CLI_TIMEOUT,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSETCLASS_", "PYTHONIO"))}
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    full_env["PYTHONPATH"] = os.pathsep.join([str(REPO), *map(str, plugin_dirs), *inherited])
    full_env["ASSETCLASS_LANG"] = "ja"
    full_env.update(env or {})
    cmd = [*prefix, sys.executable, "-m", "assetclass.cli.main", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, env=full_env, timeout=timeout, cwd=cwd or REPO)


@pytest.fixture
def cli() -> Cli:
    return run_cli


def write_plugin(folder: Path, module: str, source: str) -> Path:
    """A plugin module written at test time (registered through ``ASSETCLASS_PLUGINS``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{module}.py").write_text(source, encoding="utf-8")
    return folder


def write_dist(folder: Path, dist: str, entries: dict[str, str]) -> Path:
    """A distribution's metadata with ``assetclass`` entry points, found like an installed plugin."""
    info = folder / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
    lines = "".join(f"{name} = {module}\n" for name, module in entries.items())
    (info / "entry_points.txt").write_text(f"[assetclass]\n{lines}", encoding="utf-8")
    return folder
