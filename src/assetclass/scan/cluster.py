"""Scanning on a Dask distributed cluster (``--cluster tcp://host:8786`` or ``--cluster local:N``).

The client walks, plans and writes; Dask workers only read and classify. Files travel to the
workers as paths in batches (one Dask task per batch, so the scheduler's per-task cost is paid
once per batch, not per file) and results stream back in completion order through
``as_completed``; the client stays the single writer of the SQLite store, so incremental scans
and resume behave exactly as with ``--jobs``.

Inside a Dask worker each thread owns a one-process :class:`~.worker_pool.WorkerPool`: every file goes
through the same supervised, memory-capped scanner process as a local ``--jobs`` scan, so the
per-file time and memory limits hold there too and a reader that crashes costs that file an
error line, not the Dask worker. When a Dask worker itself is lost, the scheduler re-runs its
batches elsewhere; since nothing is written before a batch's result reaches the client, a file
is never lost or reported twice.

Work goes to the data with routes: ``--route /srv/share-a=fs-a`` sends every file below
``/srv/share-a`` only to the Dask worker named ``fs-a`` (``dask worker ... --name fs-a``).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..model import FileResult
from .worker_pool import WorkerPool
from .workers import Task, WorkerSetup, error_result

BATCH_FILES = 16  # files per Dask task: amortises ~1-3 ms of scheduler work per task
IN_FLIGHT_PER_THREAD = 3  # batches queued per worker thread: keeps threads busy, memory bounded


class ClusterUnavailable(RuntimeError):
    """The extra is not installed or the scheduler cannot be reached (message is bilingual)."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.ja, self.en = ja, en


@dataclass(slots=True, frozen=True)
class Route:
    prefix: str  # a path prefix as the client sees it (the share's mount point)
    worker: str  # the Dask worker's name (``dask worker --name``) or address


def parse_routes(raw: Iterable[str]) -> list[Route]:
    """``PREFIX=WORKER`` pairs; the longest matching prefix wins."""
    routes: list[Route] = []
    for item in raw:
        prefix, sep, worker = item.rpartition("=")
        if not sep or not prefix or not worker:
            raise ClusterUnavailable(
                f"--route の指定が正しくありません: {item} (パス=ワーカー名)",
                f"invalid --route: {item} (PREFIX=WORKER)",
            )
        routes.append(Route(prefix.rstrip("/") or "/", worker))
    return sorted(routes, key=lambda r: len(r.prefix), reverse=True)


def route_for(routes: list[Route], path: str) -> str | None:
    for route in routes:
        if route.prefix == "/" or path == route.prefix or path.startswith(route.prefix + "/"):
            return route.worker
    return None


# --- on the Dask worker ---------------------------------------------------------------------

_local = threading.local()


def _pool_for(setup: WorkerSetup, seconds: float, memory_bytes: int) -> WorkerPool:
    """This thread's scanner process, built once and reused by every batch with the same setup."""
    key = (setup, seconds, memory_bytes)
    pool: WorkerPool | None = getattr(_local, "pool", None)
    if pool is not None and getattr(_local, "key", None) == key:
        return pool
    if pool is not None:
        pool.close()
    # Dask's nanny starts workers as daemonic processes, which multiprocessing forbids to have
    # children. Ours are safe to start anyway: each one exits as soon as its pipe to this process
    # closes, so none outlives a lost Dask worker.
    me = multiprocessing.current_process()
    if me.daemon:
        me._config["daemon"] = False  # type: ignore[attr-defined]
    pool = WorkerPool(1, setup, seconds, memory_bytes)
    pool.keep_alive = True
    _local.pool, _local.key = pool, key
    return pool


def scan_batch(
    setup: WorkerSetup,
    seconds: float,
    memory_bytes: int,
    batch: list[tuple[int, str, str | None, dict[str, Any] | None]],
) -> list[tuple[int, FileResult]]:
    """The Dask task: scan each path in this worker's supervised scanner process."""
    pool = _pool_for(setup, seconds, memory_bytes)
    try:
        return [(task.seq, result) for task, result in pool.run(Task(*item) for item in batch)]
    except BaseException:
        pool.close()  # a half-run pool may still hold a file; start clean next time
        _local.pool = None
        raise


# --- on the client --------------------------------------------------------------------------


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ClusterUnavailable(
            "--cluster には追加パッケージが必要です: pip install 'assetclass[cluster]'",
            "--cluster needs the optional extra: pip install 'assetclass[cluster]'",
        ) from exc
    return distributed


def connect(address: str) -> tuple[Any, Any]:
    """(client, cluster or None) for ``tcp://host:port`` or ``local:N``."""
    distributed = _import_distributed()
    # Dask logs every lost worker and retried task at WARNING on stderr: our report says it better
    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    try:
        if address.startswith("local:"):
            workers = int(address.removeprefix("local:") or "0")
            if workers < 1:
                raise ValueError(address)
            cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
            return distributed.Client(cluster), cluster
        return distributed.Client(address, timeout="30s"), None
    except ValueError as exc:
        raise ClusterUnavailable(
            f"--cluster の指定が正しくありません: {address} (tcp://ホスト:8786 または local:N)",
            f"invalid --cluster: {address} (tcp://host:8786 or local:N)",
        ) from exc
    except OSError as exc:  # includes timeouts reaching the scheduler
        if cluster is not None:
            cluster.close()
        raise ClusterUnavailable(
            f"Dask スケジューラに接続できません: {address}",
            f"cannot reach the Dask scheduler: {address}",
        ) from exc


class ClusterPool:
    """Same contract as :class:`~.worker_pool.WorkerPool`: :meth:`run` yields (task, result) once per task."""

    def __init__(
        self,
        address: str,
        setup: WorkerSetup,
        seconds_per_file: float,
        memory_bytes: int,
        routes: list[Route] | None = None,
        batch_files: int = BATCH_FILES,
    ) -> None:
        self.address = address
        self.setup = setup
        self.seconds = seconds_per_file
        self.memory_bytes = memory_bytes
        self.routes = routes or []
        self.batch_files = max(1, batch_files)
        self.client, self.cluster = connect(address)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()

    def _threads(self) -> int:
        with contextlib.suppress(Exception):
            return max(1, int(sum(self.client.nthreads().values())))
        return 1

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, FileResult]]:
        distributed = _import_distributed()
        prefix = f"assetclass-{uuid.uuid4().hex[:8]}"
        # the setup (a few KB) travels with every batch rather than being scattered once: scattered
        # data dies with the last worker holding it, and a routed share may have only one worker
        setup = self.setup
        futures = distributed.as_completed(with_results=False)
        held: dict[Any, list[Task]] = {}  # future → its tasks, until its result is yielded
        open_batches: dict[str | None, list[Task]] = {}
        limit = IN_FLIGHT_PER_THREAD * self._threads()
        counter = 0

        def submit(worker: str | None, batch: list[Task]) -> None:
            nonlocal counter
            counter += 1
            future = self.client.submit(
                scan_batch,
                setup,
                self.seconds,
                self.memory_bytes,
                [(t.seq, t.path, t.config_key, t.overlay) for t in batch],
                key=f"{prefix}-{counter}",
                pure=False,
                workers=[worker] if worker else None,
                allow_other_workers=False,
            )
            held[future] = batch
            futures.add(future)

        def take(future: Any) -> Iterator[tuple[Task, FileResult]]:
            batch = held.pop(future)
            try:
                results = dict(future.result())
            except Exception as exc:  # the batch failed on every retry (e.g. KilledWorker)
                name = type(exc).__name__
                results = {
                    t.seq: error_result(
                        t.path,
                        f"Dask ワーカーで処理できませんでした ({name})",
                        f"the Dask workers could not scan this file ({name})",
                    )
                    for t in batch
                }
            for task in batch:
                yield task, results[task.seq]

        try:
            for task in tasks:
                worker = route_for(self.routes, task.path)
                batch = open_batches.setdefault(worker, [])
                batch.append(task)
                if len(batch) >= self.batch_files:
                    submit(worker, open_batches.pop(worker))
                while held and futures.has_ready():
                    yield from take(next(futures))
                while len(held) >= limit:  # back-pressure: the walk never runs far ahead
                    yield from take(next(futures))
            for worker, batch in open_batches.items():
                submit(worker, batch)
            open_batches.clear()
            while held:
                yield from take(next(futures))
        finally:
            for future in held:
                future.cancel()
            self.close()
