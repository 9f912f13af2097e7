"""Bulk scans: walk the roots, reuse stored results, scan the rest (in-process or in workers), report.

Every walked file produces exactly one report line, whatever happens to it: a walk error, a reused
result from the store, a result recorded earlier in a resumed scan, or a fresh scan (which may end
in an error status, a timeout or a dead worker). Results reach the reporter in completion order.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import itertools
import os
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from ..baseline import DEFAULT_FILE as BASELINE_FILE
from ..config import is_config_file
from ..display import printable
from ..engine import Engine
from ..exceptions import AssetclassError
from ..i18n import pick
from ..interfaces import ReportOptions, ReportWriter
from ..model import OFFICE_LOCK_FORMAT, OWN_TEMP_FORMAT, FileResult, Status
from ..pipeline import ScanOptions, check_rules, limits_from_config
from ..progress import Progress, wanted
from ..redact import safe_message
from ..safeio import atomic_output, is_own_temp
from .bulk_options import BulkOptions, ScanStats, walk_options
from .file_facts import root_problem, set_file_info, sha256_of
from .store import ResultStore, StoreBusyError, config_hash, previous_scan
from .walk import WalkItem, display_path, path_key, walk
from .worker_pool import WorkerPool
from .workers import (
    FolderEngines,
    Task,
    WorkerSetup,
    error_result,
    plugins_from_env,
    scan_file_with_alarm,
)

if TYPE_CHECKING:
    from .cluster import ClusterPool, ClusterUnavailable


#: ``--jobs 1``: up to this many files to scan are read in this process, more by one worker.
IN_PROCESS_FILES = 32

_NOT_INSPECTED = (Status.ERROR, Status.SKIPPED, Status.ENCRYPTED)


class BulkScan:
    def __init__(self, engine: Engine, options: BulkOptions, writer: ReportWriter) -> None:
        self.engine = engine
        self.options = options
        self.writer = writer
        self.stats = ScanStats()
        self.limits = limits_from_config(engine)
        self.extra = tuple(dict.fromkeys([*options.extra_plugins, *plugins_from_env()]))
        self.store: ResultStore | None = None
        self.resumed = False
        roots = [os.fspath(p) for p in options.paths]
        mode = (True if options.force_progress else None) if options.progress else False
        self.progress = Progress(
            wanted(mode),
            options.lang,
            ("走査中", "scanning") if options.command == "scan" else ("確認中", "checking"),
            # the total: the same walk again in a thread; each walked item is one report line
            count=lambda: walk(roots, walk_options(engine, options)),
        )
        # seq → (key, size, mtime, uid) of queued files
        self.pending: dict[int, tuple[bytes, int, int, int | None]] = {}
        self.folders = FolderEngines(engine, ScanOptions(show_values=options.show_values, limits=self.limits))
        self.config_keys: dict[int, tuple[str | None, dict[str, Any] | None]] = {}  # seq → its config

    def emit(
        self,
        result: FileResult,
        key: bytes | None,
        size: int | None,
        mtime: int | None,
        how: str,
        record: str | None = None,
        engine: Engine | None = None,
        uid: int | None = None,
    ) -> None:
        engine = engine or self.engine
        if mtime is not None:  # who to ask about the file; from the walk's stat, no extra call
            set_file_info(result, mtime, uid)
        if result.status in _NOT_INSPECTED and not result.violations and how in ("walk", "scanned"):
            # a walk error, a dead or timed-out worker, a permission denied: produced without the
            # pipeline, so the rules never saw it; not inspected is AC105, never a silent pass
            check_rules(result, engine)
        stored = result
        if self.options.post is not None:
            result = self.options.post(result, engine)
        self.writer.add(result)
        self.stats.files += 1
        if how == "reused":
            self.stats.reused += 1
        elif how == "resumed":
            self.stats.resumed += 1
        else:
            self.stats.scanned += 1
        if str(result.status) == "error":
            self.stats.errors += 1
        # info-level notes (e.g. a legacy mark) are reported but do not fail the run
        self.stats.violations += sum(1 for v in result.violations if v.severity != "info")
        if self.store is not None and key is not None and how != "resumed":
            self.store.add(key, stored, size, mtime, reused=how == "reused", record=record)
        self.progress.advance()

    def _from_store(self, item: WalkItem, key: bytes) -> bool:
        """Report a result without scanning when the store already has it; True when done."""
        store = self.store
        assert store is not None
        if self.resumed:
            done = store.done_in_scan(key)
            if done is not None:
                self.emit(done, key, item.size, item.mtime_ns, "resumed", uid=item.uid)
                return True
        cached = store.cached(key)
        if cached is None:
            return False
        if (cached.size == item.size and cached.mtime_ns == item.mtime_ns) or (
            cached.size == item.size and cached.sha256 is not None and sha256_of(item.path) == cached.sha256
        ):
            self.emit(cached.result(), key, item.size, item.mtime_ns, "reused", cached.record, uid=item.uid)
            return True
        return False

    def tasks(self, roots: list[str]) -> Iterator[Task]:
        """Walk; report what needs no scan right away and yield the rest as tasks."""
        seq = 0
        for item in walk(roots, walk_options(self.engine, self.options)):
            key = path_key(item.path)
            if item.error is not None:
                self.emit(error_result(item.path, *item.error), key, None, None, "walk")
                continue
            if item.skipped is not None:
                self.emit(error_result(item.path, *item.skipped, Status.SKIPPED), key, None, None, "walk")
                continue
            if item.not_document is not None:
                skipped = error_result(item.path, *item.not_document, Status.SKIPPED)
                skipped.format = OFFICE_LOCK_FORMAT
                self.emit(skipped, key, None, None, "walk")
                continue
            if is_own_temp(os.path.basename(item.path)):  # a copy left by an interrupted stamp
                ja, en = (
                    "assetclass の一時ファイルです（文書ではないため走査しません）",
                    "an assetclass temporary file (not a document, not scanned)",
                )
                skipped = error_result(item.path, ja, en, Status.SKIPPED)
                skipped.format = OWN_TEMP_FORMAT
                self.emit(skipped, key, None, None, "walk")
                continue
            config_key: str | None = None
            overlay: dict[str, Any] | None = None
            if self.options.resolver is not None:
                if is_config_file(item.path) or os.path.basename(item.path) == BASELINE_FILE:
                    continue  # a folder's own settings (or baseline) are not a document
                config_key, overlay = self.options.resolver.for_folder(os.path.dirname(item.path))
            # stored results hold under the run's configuration only: a folder with its own
            # configuration is scanned again (its file may have changed since)
            if config_key is None and self.store is not None and self._from_store(item, key):
                continue
            seq += 1
            self.pending[seq] = (key, item.size, item.mtime_ns, item.uid)
            if config_key is not None:
                self.config_keys[seq] = (config_key, overlay)
            yield Task(seq, item.path, config_key, overlay)

    def run(self) -> ScanStats:
        options = self.options
        roots = [os.fspath(p) for p in options.paths]
        if options.db is not None:
            busy = float(self.engine.config.get("scan.store_busy_seconds", 30.0) or 30.0)
            self.store = ResultStore(options.db, busy_seconds=busy)
            cfg = config_hash(
                self.engine.config.data,
                {"plugins": sorted(p.name for p in self.engine.plugins.loaded), "extra": self.extra},
            )
            shown_roots = [display_path(r)[0] for r in roots]
            scan_options = {"jobs": options.jobs, "format": options.format, "include": options.include,
                            "exclude": options.exclude, "show_values": options.show_values,
                            "cluster": options.cluster}  # fmt: skip
            self.stats.scan_id, self.resumed = self.store.begin(shown_roots, scan_options, cfg)
        jobs = options.jobs if options.jobs > 0 else (os.cpu_count() or 1)
        try:
            tasks: Iterator[Task] = self.tasks(roots)
            if jobs == 1 and options.cluster is None:
                # A few files (a pre-commit hook, `check FILE`) are read here; a share goes to one
                # supervised worker: reading every spreadsheet and PDF in a forked child of this
                # process (reader isolation) costs more per file than one worker for the whole run.
                first = list(itertools.islice(tasks, IN_PROCESS_FILES + 1))
                tasks = itertools.chain(first, tasks)
                in_process = len(first) <= IN_PROCESS_FILES
            else:
                in_process = False
            if in_process:
                for module in self.extra:
                    with contextlib.suppress(ValueError):  # already registered
                        self.engine.plugins.manager.register(importlib.import_module(module))
                for task in tasks:
                    engine, scan_options_ = self.folders.get(task.config_key, task.overlay)
                    result = scan_file_with_alarm(engine, scan_options_, task.path)
                    self._done(task, result)
            else:
                setup = WorkerSetup(
                    config=self.engine.config,
                    # decided here, not in the worker: the forkserver's environment may be older
                    no_plugins=options.no_plugins or not self.engine.plugins_outside_enabled(),
                    extra_plugins=self.extra,
                    show_values=options.show_values,
                )
                pool: WorkerPool | ClusterPool
                if options.cluster is not None:
                    from .cluster import ClusterPool, parse_routes

                    pool = ClusterPool(
                        options.cluster,
                        setup,
                        self.limits.seconds_per_file,
                        self.limits.memory_bytes_per_worker,
                        parse_routes(options.routes),
                        int(self.engine.config.get("scan.cluster_batch_files", 16) or 16),
                    )
                else:
                    pool = WorkerPool(
                        jobs, setup, self.limits.seconds_per_file, self.limits.memory_bytes_per_worker
                    )
                for task, result in pool.run(tasks):
                    self._done(task, result)
            if self.store is not None:
                self.store.finish()
        finally:
            self.progress.stop()
            if self.store is not None:
                self.store.close()
        return self.stats

    def _done(self, task: Task, result: FileResult) -> None:
        key, size, mtime, uid = self.pending.pop(task.seq)
        config_key, overlay = self.config_keys.pop(task.seq, (None, None))
        engine = self.folders.get(config_key, overlay)[0]
        self.emit(result, key, size, mtime, "scanned", engine=engine, uid=uid)


def _cluster_errors() -> type[ClusterUnavailable]:
    from .cluster import ClusterUnavailable

    return ClusterUnavailable


def run_scan(engine: Engine, options: BulkOptions) -> int:
    """The ``scan`` command: returns the exit code (0 clean, 1 violations, 2 usage error, a root that
    cannot be read or a busy results store)."""
    lang = options.lang
    reporter = engine.reporters.get(options.format)
    if reporter is None:
        sys.stderr.write(
            pick(lang, f"不明な出力形式: {options.format}\n", f"unknown format: {options.format}\n")
        )
        return 2
    problems = [p for p in (root_problem(root, lang) for root in options.paths) if p is not None]
    if problems:
        for problem in problems:
            sys.stderr.write(problem + "\n")
        return 2
    try:
        with contextlib.ExitStack() as stack:
            stream: IO[str] = sys.stdout
            wrapper: io.TextIOWrapper | None = None
            if options.output:  # replaced only once the report is complete: Ctrl-C keeps the old one
                try:
                    raw = stack.enter_context(atomic_output(options.output))
                except (AssetclassError, OSError) as exc:
                    ja = exc.message_ja if isinstance(exc, AssetclassError) else safe_message(exc)
                    en = exc.message_en if isinstance(exc, AssetclassError) else safe_message(exc)
                    where = printable(options.output)
                    msg = pick(lang, f"レポートを書けません: {where}: {ja}", f"cannot write {where}: {en}")
                    sys.stderr.write(msg + "\n")
                    return 2
                wrapper = io.TextIOWrapper(raw, encoding="utf-8", newline="", errors="backslashreplace")
                stream = wrapper
            writer = reporter.open(
                stream,
                ReportOptions(
                    lang=lang,
                    show_values=options.show_values,
                    command=options.command,
                    config=engine.config,
                    quiet=options.quiet,
                    statistics=options.statistics,
                    rules=[r.rule for r in engine.rules],
                    roots=[display_path(os.fspath(r))[0] for r in options.paths],
                    # read only for a reporter that shows changes: a large store is a large dict
                    previous=previous_scan(options.db)
                    if options.db is not None and getattr(reporter, "wants_previous", False)
                    else None,
                ),
            )
            try:
                # the report owns stdout: a plugin's print() goes to stderr, so stdout stays valid JSONL
                with contextlib.redirect_stdout(sys.stderr):
                    stats = BulkScan(engine, options, writer).run()
                writer.close()
            finally:
                stream.flush()
                if wrapper is not None:
                    wrapper.detach()  # the atomic writer owns (and closes or discards) the file
    except StoreBusyError as exc:  # raised out of the atomic writer, so a half report is discarded
        sys.stderr.write(pick(lang, exc.message_ja, exc.message_en) + "\n")
        return 2
    except _cluster_errors() as exc:  # likewise: no extra installed, scheduler unreachable
        sys.stderr.write(pick(lang, exc.ja, exc.en) + "\n")
        return 2
    return 1 if stats.violations and not options.exit_zero else 0


__all__ = ["BulkOptions", "BulkScan", "ScanStats", "run_scan"]
