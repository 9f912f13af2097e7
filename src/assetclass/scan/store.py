"""The SQLite results store behind ``scan --db FILE``: incremental re-scans and resumable scans.

Tables:

- ``scans``: one row per scan (id, started, finished, roots, options, files_done). ``finished`` is
  NULL while a scan runs; a scan killed mid-way keeps its rows, and the next scan of the same roots
  with the same configuration continues it (same id) instead of starting over.
- ``results``: one row per file per scan (primary key scan id + the path's exact bytes), with the
  masked result. Written in WAL mode and committed in small batches (buffered in memory and
  written in one short transaction each, so no lock is held while a file is scanned), so a SIGKILL loses at most the
  last batch, which the resumed scan simply scans again: every file ends up exactly once.
- ``files``: the latest result of every path with its size, mtime and content hash; a re-scan reuses
  it when size+mtime are unchanged (without reading the file) or the content hash is unchanged.

Nothing raw is stored: findings keep type, count, confidence, locator and masked evidence only;
``Finding.value`` (``--show-values``) and keyed fingerprints are dropped before writing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..exceptions import AssetclassError
from ..model import FileResult, Status
from .records import from_record, to_record

SCHEMA = """
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    roots TEXT NOT NULL,
    options TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    files_done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS results (
    scan_id INTEGER NOT NULL REFERENCES scans(id),
    path_key BLOB NOT NULL,
    path TEXT NOT NULL,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    status TEXT NOT NULL,
    level INTEGER,
    label INTEGER,
    format TEXT,
    findings TEXT NOT NULL,
    violations TEXT NOT NULL,
    record TEXT NOT NULL,
    reused INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scan_id, path_key)
);
CREATE TABLE IF NOT EXISTS files (
    path_key BLOB PRIMARY KEY,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    config_hash TEXT NOT NULL,
    scan_id INTEGER NOT NULL,
    record TEXT NOT NULL
);
"""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def config_hash(config_data: dict[str, Any], extra: dict[str, Any]) -> str:
    """Results are reusable only under the same policy/configuration and plugins."""
    blob = json.dumps([config_data, extra], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class Cached:
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    record: str

    def result(self) -> FileResult:
        return from_record(json.loads(self.record))


@dataclass(slots=True)
class ScanRow:
    id: int
    started: str
    finished: str | None
    roots: list[str]
    files_done: int


class StoreBusyError(AssetclassError):
    """Another process holds the results store longer than the busy timeout."""


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def busy_error(path: Path, seconds: float) -> StoreBusyError:
    return StoreBusyError(
        f"the results store {path} is busy: another process kept it locked for more than {seconds:g} s",
        f"結果データベース {path} は使用中です（他のプロセスが {seconds:g} 秒を超えて使用しています）",
    )


_INSERT_RESULT = (
    "INSERT OR REPLACE INTO results (scan_id, path_key, path, size, mtime_ns, sha256, status, level,"
    " label, format, findings, violations, record, reused) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_FILE = (
    "INSERT OR REPLACE INTO files (path_key, size, mtime_ns, sha256, config_hash, scan_id, record)"
    " VALUES (?,?,?,?,?,?,?)"
)
_TOUCH_FILE = "UPDATE files SET mtime_ns = ?, scan_id = ? WHERE path_key = ?"


class ResultStore:
    """One connection, used from the supervising process only (workers never touch the db).

    Writes are buffered in memory and written in one short transaction per batch: no transaction
    stays open while a file is read or scanned, so a second scan on the same store (or ``diff``)
    waits milliseconds, not for the slowest file. A store held by another process for longer than
    ``busy_seconds`` raises :class:`StoreBusyError` (the CLI reports it and exits 2).
    """

    def __init__(
        self,
        path: Path | str,
        *,
        batch_rows: int = 100,
        batch_seconds: float = 0.5,
        busy_seconds: float = 30.0,
    ) -> None:
        self.path = Path(path)
        self.busy_seconds = busy_seconds
        # autocommit (isolation_level None): transactions are opened explicitly and kept short
        self.conn = sqlite3.connect(str(self.path), timeout=busy_seconds, isolation_level=None)
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            with self._transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
        except sqlite3.OperationalError as exc:
            self.conn.close()
            if _busy(exc):
                raise busy_error(self.path, busy_seconds) from None
            raise
        self.batch_rows = batch_rows
        self.batch_seconds = batch_seconds
        self._pending: list[tuple[str, tuple[Any, ...]]] = []
        self._rows = 0
        self._last_commit = time.monotonic()
        self.scan_id: int | None = None
        self.config_hash = ""

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction; the write lock is taken at BEGIN, so a busy store fails here."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                raise busy_error(self.path, self.busy_seconds) from None
            raise
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- scans ---
    def begin(self, roots: list[str], options: dict[str, Any], cfg_hash: str) -> tuple[int, bool]:
        """Start a scan, or continue the last one when it is unfinished with the same roots/config."""
        self.config_hash = cfg_hash
        roots_json = json.dumps(roots, ensure_ascii=False)
        with self._transaction():
            row = self.conn.execute(
                "SELECT id, finished, roots, config_hash FROM scans ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is not None and row[1] is None and row[2] == roots_json and row[3] == cfg_hash:
                self.scan_id = int(row[0])
                return self.scan_id, True
            cur = self.conn.execute(
                "INSERT INTO scans (started, roots, options, config_hash) VALUES (?, ?, ?, ?)",
                (_now(), roots_json, json.dumps(options, ensure_ascii=False, default=str), cfg_hash),
            )
        assert cur.lastrowid is not None
        self.scan_id = int(cur.lastrowid)
        return self.scan_id, False

    def finish(self) -> None:
        assert self.scan_id is not None
        self._pending.append(
            (
                "UPDATE scans SET finished = ?, files_done = (SELECT COUNT(*) FROM results WHERE scan_id = ?)"
                " WHERE id = ?",
                (_now(), self.scan_id, self.scan_id),
            )
        )
        self.commit()

    def scans(self) -> list[ScanRow]:
        rows = self.conn.execute(
            "SELECT id, started, finished, roots, files_done FROM scans ORDER BY id"
        ).fetchall()
        return [ScanRow(int(r[0]), r[1], r[2], json.loads(r[3]), int(r[4])) for r in rows]

    # --- per file ---
    def done_in_scan(self, key: bytes) -> FileResult | None:
        """The result already recorded for this path in the current (resumed) scan."""
        row = self.conn.execute(
            "SELECT record FROM results WHERE scan_id = ? AND path_key = ?", (self.scan_id, key)
        ).fetchone()
        return from_record(json.loads(row[0])) if row else None

    def cached(self, key: bytes) -> Cached | None:
        row = self.conn.execute(
            "SELECT size, mtime_ns, sha256, record FROM files WHERE path_key = ? AND config_hash = ?",
            (key, self.config_hash),
        ).fetchone()
        return Cached(row[0], row[1], row[2], row[3]) if row else None

    def add(
        self,
        key: bytes,
        result: FileResult,
        size: int | None,
        mtime_ns: int | None,
        reused: bool,
        record: str | None = None,
    ) -> None:
        """Record a file's result in the current scan (``record``: the stored JSON when reused)."""
        assert self.scan_id is not None
        if reused and self._copy_reused_row(key, size, mtime_ns):
            return
        if record is None:
            record = json.dumps(to_record(result), ensure_ascii=False)
        summary = json.dumps(
            [
                {k: v for k, v in entry.items() if k in ("type", "count", "confidence", "where", "evidence")}
                for entry in _masked_summary(result)
            ],
            ensure_ascii=False,
        )
        violations = json.dumps([v.to_json() for v in result.violations], ensure_ascii=False)
        self._pending.append(
            (
                _INSERT_RESULT,
                (
                    self.scan_id,
                    key,
                    result.path,
                    size,
                    mtime_ns,
                    result.sha256,
                    str(result.status),
                    result.level,
                    result.label,
                    result.format,
                    summary,
                    violations,
                    record,
                    int(reused),
                ),
            )
        )
        if reused:
            # the cached row stays valid; only a changed mtime (same content) needs recording
            self._pending.append((_TOUCH_FILE, (mtime_ns, self.scan_id, key)))
        elif result.status is not Status.ERROR:  # errors (timeouts, vanished files) are retried next time
            self._pending.append(
                (_INSERT_FILE, (key, size, mtime_ns, result.sha256, self.config_hash, self.scan_id, record))
            )
        self._count_uncommitted()

    def _copy_reused_row(self, key: bytes, size: int | None, mtime_ns: int | None) -> bool:
        """Re-record an unchanged file from its last stored row, as stored (no re-serialising).

        A re-scan of an unchanged share is mostly this; copying the stored columns skips rebuilding
        and re-serialising the findings summary (half of the re-scan's time in the profile).
        """
        row = self.conn.execute(
            "SELECT r.path, r.sha256, r.status, r.level, r.label, r.format, r.findings, r.violations,"
            " r.record FROM results r JOIN files f ON f.path_key = r.path_key AND f.scan_id = r.scan_id"
            " WHERE r.path_key = ? AND r.scan_id != ?",
            (key, self.scan_id),
        ).fetchone()
        if row is None:
            return False
        params = (self.scan_id, key, row[0], size, mtime_ns, *row[1:], 1)
        self._pending.append((_INSERT_RESULT, params))
        self._pending.append((_TOUCH_FILE, (mtime_ns, self.scan_id, key)))
        self._count_uncommitted()
        return True

    def _count_uncommitted(self) -> None:
        self._rows += 1
        if self._rows >= self.batch_rows or time.monotonic() - self._last_commit > self.batch_seconds:
            self.commit()

    def commit(self) -> None:
        """Write the buffered rows in one short transaction."""
        pending, self._pending = self._pending, []
        if pending or self.scan_id is not None:
            with self._transaction():
                for sql, params in pending:
                    self.conn.execute(sql, params)
                if self.scan_id is not None:
                    self.conn.execute(
                        "UPDATE scans SET files_done = (SELECT COUNT(*) FROM results WHERE scan_id = ?)"
                        " WHERE id = ?",
                        (self.scan_id, self.scan_id),
                    )
        self._rows = 0
        self._last_commit = time.monotonic()

    def close(self) -> None:
        try:
            if self._pending:
                self.commit()
        finally:
            self.conn.close()

    # --- diff ---
    def scan_rows(self, scan_id: int) -> dict[bytes, tuple[str, str, int | None, int | None]]:
        rows = self.conn.execute(
            "SELECT path_key, path, status, level, label FROM results WHERE scan_id = ?", (scan_id,)
        ).fetchall()
        return {bytes(r[0]): (r[1], r[2], r[3], r[4]) for r in rows}


def previous_scan(db: Path | str) -> dict[str, tuple[int | None, int | None]] | None:
    """(level, label) per path of the last finished scan in ``db``; None when there is none.

    Read before a new scan begins, so "the last finished scan" is the previous one (a resumed,
    unfinished scan is never its own baseline). Opened read-only: a missing store stays missing.
    """
    path = Path(db)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(
            f"file:{urllib.parse.quote(path.resolve().as_posix())}?mode=ro", uri=True, timeout=5.0
        )
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT max(id) FROM scans WHERE finished IS NOT NULL").fetchone()
        if row is None or row[0] is None:
            return None
        rows = conn.execute("SELECT path, level, label FROM results WHERE scan_id = ?", (row[0],))
        return {r[0]: (r[1], r[2]) for r in rows}
    except sqlite3.Error:  # not a results store, or an older one without these tables
        return None
    finally:
        conn.close()


def _masked_summary(result: FileResult) -> list[dict[str, Any]]:
    if all(f.value is None for f in result.findings):  # the usual case: nothing to mask, no copies
        return result.findings_summary()
    masked = dataclasses.replace(
        result, findings=[dataclasses.replace(f, value=None) for f in result.findings]
    )
    return masked.findings_summary()
