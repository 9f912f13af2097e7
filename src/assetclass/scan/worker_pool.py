"""A supervised pool of worker processes, each scanning one file at a time (:mod:`.workers`).

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
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from .. import isolation
from ..model import FileResult
from ..pipeline import ScanOptions, limits_from_config
from ..redact import safe_message
from .workers import (
    FolderEngines,
    Task,
    WorkerSetup,
    build_engine,
    builtin_plugin_modules,
    error_result,
    scan_file,
    timeout_result,
)

BOOT_SECONDS = 120.0  # a worker that cannot build its Engine within this is replaced


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
            self.ctx.set_forkserver_preload(["assetclass.scan.worker_pool", *builtin_plugin_modules()])
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
