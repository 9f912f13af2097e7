"""Scanning one file safely: a time limit per file (SIGALRM in-process; the pool kills a worker
past it), errors turned into result statuses, and the engine of each folder's configuration. The
supervised worker processes that run these are :mod:`.worker_pool`.
"""

from __future__ import annotations

import importlib
import os
import signal
import threading
from dataclasses import dataclass
from types import FrameType
from typing import Any

from ..config import Config, config_from_overlay
from ..engine import Engine
from ..exceptions import LimitExceededError
from ..model import FileResult, Source, Status
from ..pipeline import ScanOptions, limits_from_config, rebase, scan_source
from ..redact import safe_message
from ..safeio import read_limited
from .walk import display_path

PLUGINS_ENV = "ASSETCLASS_PLUGINS"  # extra plugin modules, comma-separated (like PYTEST_PLUGINS)


@dataclass(slots=True, frozen=True)
class WorkerSetup:
    """Everything a worker needs to build its own Engine (picklable)."""

    config: Config
    no_plugins: bool = False
    extra_plugins: tuple[str, ...] = ()
    show_values: bool = False


@dataclass(slots=True)
class Task:
    seq: int
    path: str  # os.fsdecode form
    # the file's own configuration file (a folder's assetclass.toml) and its table, None: the run's
    config_key: str | None = None
    overlay: dict[str, Any] | None = None


class FolderEngines:
    """The engine (and scan options) for each configuration file met during a run; they share the
    base engine's loaded plugins, so a folder with its own assetclass.toml costs no plugin load."""

    def __init__(self, engine: Engine, options: ScanOptions) -> None:
        self.base = (engine, options)
        self.cache: dict[str, tuple[Engine, ScanOptions]] = {}

    def get(self, key: str | None, overlay: dict[str, Any] | None) -> tuple[Engine, ScanOptions]:
        if key is None:
            return self.base
        if key not in self.cache:
            engine = self.base[0].with_config(config_from_overlay(overlay or {}, key))
            options = ScanOptions(show_values=self.base[1].show_values, limits=limits_from_config(engine))
            self.cache[key] = (engine, options)
        return self.cache[key]


def plugins_from_env() -> tuple[str, ...]:
    raw = os.environ.get(PLUGINS_ENV, "")
    return tuple(p.strip() for p in raw.split(",") if p.strip())


def builtin_plugin_modules() -> list[str]:
    """Our own plugin modules, imported once in the fork server instead of in every worker.

    Outside plugins are not preloaded: one that fails on import would take the server down.
    """
    from importlib.metadata import entry_points

    from ..plugins import ENTRY_POINT_GROUP

    return sorted(
        {ep.module for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.module.startswith("assetclass.")}
    )


def build_engine(setup: WorkerSetup) -> Engine:
    extra: list[Any] = [importlib.import_module(name) for name in setup.extra_plugins]
    return Engine(
        config=setup.config, outside_plugins=False if setup.no_plugins else None, extra_plugins=extra
    )


def error_result(path: str, ja: str, en: str, status: Status = Status.ERROR) -> FileResult:
    shown, hexed = display_path(path)
    return FileResult(path=shown, status=status, message=ja, message_en=en, path_bytes_hex=hexed)


class _FileTimeout(BaseException):
    """Raised by the in-process alarm; a BaseException so scan_source does not swallow it."""


def timeout_result(path: str, seconds: float) -> FileResult:
    return error_result(
        path,
        f"処理時間の上限 ({seconds:g} 秒) を超えたため中止しました",
        f"stopped: the time limit of {seconds:g} s per file was exceeded",
    )


def _restat(path: str) -> os.stat_result:
    """The path's state after reading (a seam for tests that simulate a concurrent rewrite)."""
    return os.stat(path)


def scan_file(engine: Engine, options: ScanOptions, path: str) -> FileResult:
    """Read one file from disk (noticing files that vanish or change meanwhile) and classify it."""
    limits = options.limits
    try:
        try:
            data, before = read_limited(path, limits.max_file_bytes)
        except LimitExceededError as exc:  # too big, or a FIFO/device: never opened for reading
            return error_result(path, exc.message_ja, exc.message_en, Status.SKIPPED)
        after = _restat(path)
    except FileNotFoundError:
        return error_result(
            path, "走査中にファイルが見つからなくなりました", "the file vanished during the scan"
        )
    except PermissionError:
        return error_result(path, "アクセス権がないため読み取れません", "permission denied")
    except OSError as exc:
        return error_result(
            path, f"読み取れません ({safe_message(exc)})", f"cannot read ({safe_message(exc)})"
        )
    if (after.st_ino, after.st_size, after.st_mtime_ns) != (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    ) or (len(data) != before.st_size):
        return error_result(
            path,
            "読み取り中にファイルが変更・置換されました (次回の走査で読み直します)",
            "the file changed or was replaced while being read (it is read again next scan)",
        )
    shown, hexed = display_path(path)
    name = shown.rsplit("/", 1)[-1]
    result = scan_source(Source(name=name, data=data, path=path), engine, options)
    if result.path != shown:
        rebase(result, shown, None)
    result.path_bytes_hex = hexed
    return result


def scan_file_with_alarm(engine: Engine, options: ScanOptions, path: str) -> FileResult:
    """In-process scan (``--jobs 1``) with the time limit enforced by SIGALRM where possible.

    Python code is interrupted at the next bytecode; a C extension stuck in one call is not —
    that case needs the worker pool (``--jobs 2`` or more).
    """
    seconds = options.limits.seconds_per_file
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        return scan_file(engine, options, path)

    def _alarm(signum: int, frame: FrameType | None) -> None:
        raise _FileTimeout

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return scan_file(engine, options, path)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _FileTimeout:
        return timeout_result(path, seconds)
    finally:
        signal.signal(signal.SIGALRM, previous)
