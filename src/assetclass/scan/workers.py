"""Scanning one file safely, and a supervised pool of worker processes.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one worker is killed (a time limit, the
kernel's OOM killer, a crash in a C library) the executor marks the whole pool broken and every
pending file fails. :class:`WorkerPool` owns its processes: each gets one file at a time over its
own pipe, so the supervisor always knows which file a worker holds. A worker past
``seconds_per_file`` is killed and that file gets an error line; a worker that dies likewise; the
slot is refilled with a fresh process and the scan goes on. Each worker builds its Engine once and
caps its address space with ``RLIMIT_AS`` so a runaway reader fails with MemoryError in that worker.

Workers come from the ``forkserver`` context: forking from a clean single-threaded server is cheap
(modules preloaded) and safe even while the parent runs a progress-bar thread.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from types import FrameType
from typing import Any

from .. import isolation
from ..config import Config, config_from_overlay
from ..engine import Engine
from ..exceptions import LimitExceededError
from ..model import FileResult, Source, Status
from ..pipeline import ScanOptions, limits_from_config, rebase, scan_source
from ..redact import safe_message
from ..safeio import read_limited
from .walk import display_path

BOOT_SECONDS = 120.0  # a worker that cannot build its Engine within this is replaced
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


def _worker_main(conn: Connection, setup: WorkerSetup, memory_bytes: int) -> None:
    """A worker: cap memory, build the Engine once, then scan one path per message until None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's business
    isolation.mark_supervised()  # a reader that dies here costs this worker, which is replaced
    # stdout belongs to the supervisor's report (JSONL on a pipe): a plugin's print() in a worker,
    # Python-level or from C, goes to stderr instead
    with contextlib.suppress(OSError):
        os.dup2(2, 1)
    sys.stdout = sys.stderr
    if memory_bytes > 0:
        with contextlib.suppress(ValueError, OSError):
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    engine = build_engine(setup)
    options = ScanOptions(show_values=setup.show_values, limits=limits_from_config(engine))
    # load every plugin now, so that the first file's time limit covers only that file
    _ = (engine.extractors, engine.detectors, engine.label_codecs, engine.rules)
    folders = FolderEngines(engine, options)
    try:
        conn.send("ready")
    except (OSError, ValueError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = scan_file(*folders.get(task.config_key, task.overlay), task.path)
        except MemoryError:
            result = error_result(
                task.path,
                "メモリ使用量の上限を超えたため中止しました",
                "stopped: the memory limit per worker was exceeded",
            )
        except Exception as exc:  # scan_file already turns bad input into statuses; this is a bug
            result = error_result(
                task.path, f"内部エラー ({safe_message(exc)})", f"internal error ({safe_message(exc)})"
            )
        try:
            conn.send((task.seq, result))
        except (OSError, ValueError):
            return


@dataclass(slots=True)
class _Slot:
    process: Any = None
    conn: Connection | None = None
    task: Task | None = None
    started: float = 0.0
    ready: bool = False  # the worker has built its Engine and waits for files


class WorkerPool:
    """``jobs`` supervised worker processes; :meth:`run` yields results in completion order."""

    def __init__(self, jobs: int, setup: WorkerSetup, seconds_per_file: float, memory_bytes: int) -> None:
        self.jobs = max(1, jobs)
        self.setup = setup
        self.seconds = seconds_per_file
        self.memory_bytes = memory_bytes
        self.ctx = multiprocessing.get_context("forkserver")
        with contextlib.suppress(ValueError):
            self.ctx.set_forkserver_preload(["assetclass.scan.workers", *builtin_plugin_modules()])
        self.slots = [_Slot() for _ in range(self.jobs)]
        self.keep_alive = False  # True: run() leaves the workers up for the next run() (Dask tasks)

    def _start(self, slot: _Slot) -> None:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(
            target=_worker_main,
            args=(child, self.setup, self.memory_bytes),
            daemon=True,
            name="assetclass-worker",
        )
        proc.start()
        child.close()
        slot.process, slot.conn, slot.task = proc, parent, None
        slot.ready, slot.started = False, time.monotonic()

    def _stop(self, slot: _Slot, kill: bool) -> None:
        proc = slot.process
        if proc is None:
            return
        if kill:
            with contextlib.suppress(Exception):
                proc.kill()
        proc.join(timeout=5)
        if slot.conn is not None:
            slot.conn.close()
        slot.process, slot.conn, slot.task, slot.ready = None, None, None, False

    def _restart(self, slot: _Slot) -> None:
        self._stop(slot, kill=True)
        self._start(slot)

    def close(self) -> None:
        for slot in self.slots:
            if slot.conn is not None and slot.process is not None and slot.process.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 5
        for slot in self.slots:
            if slot.process is not None:
                slot.process.join(timeout=max(0.0, deadline - time.monotonic()))
                self._stop(slot, kill=slot.process.is_alive())

    def _next(self, pending: Iterator[Task], backlog: deque[Task]) -> bool:
        """Pull one task into the backlog; False when there are no more."""
        task = next(pending, None)
        if task is None:
            return False
        backlog.append(task)
        return True

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, FileResult]]:
        """Scan every task; yields (task, result) in completion order, exactly once per task.

        A file's time limit starts when a ready worker receives it: a worker first builds its
        Engine (plugin imports take seconds on a loaded machine) and then says "ready".
        """
        pending = iter(tasks)
        backlog: deque[Task] = deque()
        exhausted = False
        boot_failures = 0
        try:
            while True:
                if not backlog and not exhausted:
                    exhausted = not self._next(pending, backlog)
                if backlog:
                    for slot in self.slots:  # started on first need, all at once: they boot in parallel
                        if slot.process is None:
                            self._start(slot)
                for slot in self.slots:  # one file per worker at a time: we always know who holds what
                    if not slot.ready or slot.task is not None:
                        continue
                    if not backlog and not exhausted:
                        exhausted = not self._next(pending, backlog)
                    if not backlog:
                        break
                    task = backlog.popleft()
                    assert slot.conn is not None
                    try:
                        slot.conn.send(task)
                    except (OSError, ValueError):
                        backlog.appendleft(task)
                        self._restart(slot)
                        continue
                    slot.task, slot.started = task, time.monotonic()
                busy = [s for s in self.slots if s.task is not None]
                booting = [s for s in self.slots if s.process is not None and not s.ready]
                if not busy and not backlog and exhausted:
                    return
                if boot_failures > 3 * self.jobs:  # e.g. a plugin that kills every worker on import
                    for task in [*backlog, *pending]:
                        yield (
                            task,
                            error_result(
                                task.path,
                                "作業プロセスを起動できないため読み取れませんでした",
                                "not read: the worker processes could not start",
                            ),
                        )
                    return
                now = time.monotonic()
                deadlines = [s.started + BOOT_SECONDS for s in booting]
                if self.seconds > 0:
                    deadlines += [s.started + self.seconds for s in busy]
                wait_for = max(0.0, min(deadlines) - now) if deadlines else None
                handles: list[Any] = []
                for s in busy + booting:
                    handles.extend((s.conn, s.process.sentinel))
                ready = set(wait(handles, timeout=wait_for))
                for s in booting:
                    if s.conn in ready or s.process.sentinel in ready:
                        if self._receive(s) == "ready":
                            s.ready = True
                            boot_failures = 0
                            continue
                        boot_failures += 1
                        self._restart(s)
                    elif time.monotonic() - s.started > BOOT_SECONDS:
                        boot_failures += 1
                        self._restart(s)
                for s in busy:
                    held = s.task
                    assert held is not None and s.conn is not None
                    if s.conn in ready or s.process.sentinel in ready:
                        got = self._receive(s)
                        if isinstance(got, tuple) and len(got) == 2 and isinstance(got[1], FileResult):
                            s.task = None
                            yield held, got[1]
                            continue
                        code = s.process.exitcode
                        self._restart(s)
                        yield (
                            held,
                            error_result(
                                held.path,
                                f"読み取り中に作業プロセスが異常終了しました (終了コード {code})",
                                f"the worker process died while reading this file (exit code {code})",
                            ),
                        )
                        continue
                    if self.seconds > 0 and time.monotonic() - s.started > self.seconds:
                        self._restart(s)
                        yield held, timeout_result(held.path, self.seconds)
        finally:
            if not self.keep_alive:
                self.close()

    @staticmethod
    def _receive(slot: _Slot) -> Any:
        assert slot.conn is not None
        try:
            if not slot.conn.poll():
                return None
            return slot.conn.recv()
        except (EOFError, OSError, ValueError):
            return None
