"""``assetclass watch DIR``: classify (and optionally stamp) files as they arrive in a share folder.

A watchdog observer thread records events; the main thread processes a file once it has been
quiet for ``debounce`` seconds (Office writes a file in several steps). Office lock and temp files
(``~$*.docx``, ``.~lock.*#``, ``*.tmp``) and hidden files are ignored. A stamp rewrites the file and so
triggers a modify event: the hash written is remembered and that event is ignored, so a file is
stamped once, not in a loop. A file that vanishes before or while it is read is skipped. Symbolic
links are never read or written (a notice on stderr); folders below the watched one are opened
without following links. A stamp keeps owner, mode and extended attributes, refuses hard-linked and
read-only files, and is not written when the file changed since it was read. SIGINT, SIGTERM and
SIGHUP stop the watch cleanly (exit 0). ``max_events`` and ``timeout`` bound a run (tests, cron).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import signal
import stat
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from ..display import printable
from ..engine import Engine
from ..exceptions import AssetclassError
from ..i18n import pick
from ..model import FileResult, Source, Status
from ..pipeline import ScanOptions, limits_from_config, scan_source
from ..redact import safe_message
from ..safeio import Opened, check_replaceable, lstat_at, open_dir, open_tree, read_regular, stage
from ..terms import status_name
from ._stamping import stamp_data

DEFAULT_MIN_LEVEL = 2


@dataclass(slots=True)
class WatchOptions:
    folder: Path
    stamp: bool = False
    format: str = "jsonl"  # "jsonl" or "text"
    debounce: float = 1.0  # seconds a file must be quiet before it is read
    lang: str = "ja"
    recursive: bool = True
    max_events: int | None = None  # stop after this many classified files
    timeout: float | None = None  # stop after this many seconds
    existing: bool = False  # also classify the files already in the folder at start
    out: IO[str] | None = None  # default: stdout
    err: IO[str] | None = None  # default: stderr
    ready: threading.Event | None = None  # set once the observer runs (tests wait on it)
    stop: threading.Event = field(default_factory=threading.Event)  # set to stop from another thread


def ignored(path: Path) -> bool:
    """Office lock/temp files, editors' backups, hidden files and our own temporary files."""
    name = path.name
    lower = name.lower()
    return (
        name.startswith(("~$", ".", "~"))
        or lower.endswith((".tmp", ".temp", ".part", ".crdownload", "~", ".swp"))
        or lower.startswith(".~lock.")
    )


class _Handler(FileSystemEventHandler):
    def __init__(self, pending: dict[Path, float], cond: threading.Condition) -> None:
        self.pending = pending
        self.cond = cond

    def _touch(self, raw: str | bytes) -> None:
        path = Path(raw.decode() if isinstance(raw, bytes) else raw)
        if ignored(path):
            return
        with self.cond:
            self.pending[path] = time.monotonic()
            self.cond.notify()

    def on_created(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._touch(event.src_path)

    def on_modified(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._touch(event.src_path)

    def on_closed(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._touch(event.src_path)

    def on_moved(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self._touch(event.dest_path)


class Watcher:
    """The processing side: debounce, classify, stamp, report. Usable without an observer (tests)."""

    def __init__(self, engine: Engine, options: WatchOptions) -> None:
        self.engine = engine
        self.options = options
        self.out = options.out or sys.stdout
        self.err = options.err or sys.stderr
        self.scan_options = ScanOptions(limits=limits_from_config(engine))
        self.min_level = int(engine.config.get("hooks.min_level", DEFAULT_MIN_LEVEL))
        self.seen: dict[Path, str] = {}  # path → hash last classified or written by us
        self.emitted = 0

    def _notice(self, ja: str, en: str) -> None:
        self.err.write(pick(self.options.lang, ja, en) + "\n")
        self.err.flush()

    def process(self, path: Path) -> FileResult | None:
        """Classify one quiet file; None when it vanished, is unchanged, a link or our own write."""
        with contextlib.ExitStack() as stack:
            try:
                dfd = stack.enter_context(self._open_folder(path))
                st = lstat_at(dfd, path.name)
                if stat.S_ISLNK(st.st_mode):
                    self._notice(
                        f"シンボリックリンクはたどりません: {path.name}",
                        f"symbolic link, not followed: {path.name}",
                    )
                    return None
                if not stat.S_ISREG(st.st_mode):
                    return None
                opened: Opened | None = None
                if st.st_size > self.scan_options.limits.max_file_bytes:
                    data = b""  # let the pipeline report the size limit from the path
                    source = Source(name=path.name, path=str(path))
                else:
                    opened = read_regular(dfd, path.name)
                    data = opened.data
                    source = Source(name=path.name, path=str(path), data=data)
            except FileNotFoundError:
                self._notice(
                    f"消えたため読み取りませんでした: {path.name}", f"vanished before reading: {path.name}"
                )
                return None
            except (OSError, AssetclassError) as exc:
                self._notice(
                    f"読み取れません: {path.name} ({_why(exc, 'ja')})",
                    f"cannot read: {path.name} ({_why(exc, 'en')})",
                )
                return None
            digest = hashlib.sha256(data).hexdigest() if data else ""
            if digest and self.seen.get(path) == digest:
                return None  # our own stamp, or a touch that changed nothing
            result = scan_source(source, self.engine, self.scan_options)
            self.seen[path] = digest
            stamped = False
            if self.options.stamp and opened is not None and self._needs_label(result):
                stamped = self._stamp(path, dfd, opened, result)
            self._emit(result, stamped)
            return result

    def _open_folder(self, path: Path) -> contextlib.AbstractContextManager[int]:
        """The folder of ``path``, opened from the watched root without following links."""
        root = Path(self.options.folder)
        try:
            parts = path.parent.relative_to(root).parts
        except ValueError:
            return open_dir(path.parent)
        return _tree(root, parts)

    def _needs_label(self, result: FileResult) -> bool:
        return (
            result.status == Status.OK
            and result.level is not None
            and result.level >= self.min_level
            and (result.label is None or result.label < result.level)
        )

    def _stamp(self, path: Path, dfd: int, opened: Opened, result: FileResult) -> bool:
        assert result.level is not None
        try:
            check_replaceable(opened, force=False)  # hard links, read-only files
            stamped = stamp_data(opened.data, path.name, result.level, self.engine)
            self.seen[path] = hashlib.sha256(stamped).hexdigest()  # before the write: its event
            with stage(dfd, stamped, opened.meta) as staged:
                # the user may have saved again meanwhile: never overwrite a newer version
                staged.commit(path.name, expect=opened.identity)
        except (AssetclassError, OSError) as exc:
            self._notice(
                f"ラベルを付与できませんでした: {path.name} ({_why(exc, 'ja')})",
                f"could not stamp {path.name} ({_why(exc, 'en')})",
            )
            return False
        result.label = max(result.label or 0, result.level)
        return True

    def _emit(self, result: FileResult, stamped: bool) -> None:
        self.emitted += 1
        if self.options.format == "text":
            level = "-" if result.level is None else str(result.level)
            label = "-" if result.label is None else str(result.label)
            mark = pick(self.options.lang, " 付与済" if stamped else "", " stamped" if stamped else "")
            head = pick(self.options.lang, "機密性", "level ")
            tail = pick(self.options.lang, "ラベル", "label ")
            status = status_name(str(result.status), self.options.lang)
            self.out.write(f"{printable(result.path)}\t{status}\t{head}{level}\t{tail}{label}{mark}\n")
        else:
            record: dict[str, Any] = result.to_json()
            record["stamped"] = stamped
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.out.flush()


def _why(exc: BaseException, lang: str) -> str:
    if isinstance(exc, AssetclassError):
        return exc.message_ja if lang == "ja" else exc.message_en
    return safe_message(exc)


@contextlib.contextmanager
def _tree(root: Path, parts: tuple[str, ...]) -> Iterator[int]:
    with open_dir(root) as rfd, open_tree(rfd, parts) as dfd:
        yield dfd


def run_watch(engine: Engine, options: WatchOptions) -> int:
    """Watch ``options.folder`` until SIGINT/SIGTERM, ``stop``, ``max_events`` or ``timeout``. Exit code."""
    folder = Path(options.folder)
    watcher = Watcher(engine, options)
    if not folder.is_dir():
        watcher._notice(f"フォルダがありません: {folder}", f"not a folder: {folder}")
        return 2
    if options.format not in ("jsonl", "text"):
        watcher._notice(f"不明な出力形式: {options.format}", f"unknown format: {options.format}")
        return 2
    pending: dict[Path, float] = {}
    cond = threading.Condition()
    stop = options.stop

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()
        with cond:
            cond.notify()

    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)):
            previous[sig] = signal.signal(sig, _on_signal)
    observer = Observer()
    observer.schedule(_Handler(pending, cond), str(folder), recursive=options.recursive)
    observer.start()
    if options.existing:
        now = time.monotonic() - options.debounce
        with cond:
            for p in sorted(folder.rglob("*") if options.recursive else folder.iterdir()):
                if p.is_file() and not ignored(p):
                    pending.setdefault(p, now)
    if options.ready is not None:
        options.ready.set()
    deadline = None if options.timeout is None else time.monotonic() + options.timeout
    try:
        while not stop.is_set():
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            with cond:
                due = sorted(p for p, t in pending.items() if now - t >= options.debounce)
                for p in due:
                    del pending[p]
                if not due:
                    waits = [options.debounce - (now - t) for t in pending.values()]
                    if deadline is not None:
                        waits.append(deadline - now)
                    cond.wait(timeout=max(0.05, min(waits, default=0.5)))
                    continue
            for path in due:
                if stop.is_set():
                    break
                watcher.process(path)
                if options.max_events is not None and watcher.emitted >= options.max_events:
                    stop.set()
                    break
    finally:
        observer.stop()
        observer.join(timeout=5)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0


__all__ = ["WatchOptions", "Watcher", "ignored", "run_watch"]
