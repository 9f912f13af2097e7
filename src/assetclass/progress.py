"""Progress on stderr for scan, check and stamp: done / total and the time left.

The total comes from a second walk of the same roots in a background thread (see
docs/decisions.md, "Progress with a total"): the scan starts at once, the bar has no total until
the count is done, then shows done/total and an ETA. The count thread only lists folders and
stats entries (system calls that release the GIL), so the scan itself is not slowed measurably.

On a terminal a rich progress bar is drawn; with ``--progress`` on a stream that is not a terminal
(a CI log) a plain line is written every few seconds instead, so logs get no control codes.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from .i18n import pick


def wanted(mode: bool | None, stream: IO[str] | None = None) -> bool:
    """``mode``: True always (--progress), False never (--no-progress), None only on a terminal."""
    if mode is not None:
        return mode
    target = stream if stream is not None else sys.stderr
    try:
        return bool(target.isatty())
    except (AttributeError, ValueError):
        return False


def eta_text(done: int, total: int | None, elapsed: float) -> str:
    """``h:mm:ss`` left at the average rate so far; "" while the total or the rate is unknown."""
    if total is None or done <= 0 or elapsed <= 0:
        return ""
    left = max(total - done, 0) * elapsed / done
    hours, rest = divmod(int(left + 0.5), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


class Progress:
    """``advance()`` once per file reported; ``stop()`` at the end. A no-op when not ``enabled``."""

    def __init__(
        self,
        enabled: bool,
        lang: str,
        what: tuple[str, str],
        count: Callable[[], Iterable[object]] | None = None,
        stream: IO[str] | None = None,
        interval: float = 2.0,
    ) -> None:
        self.enabled = enabled
        self.lang = lang
        self.label = pick(lang, *what)
        self.stream: IO[str] = stream if stream is not None else sys.stderr
        self.interval = interval
        self.done = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar: Any = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.counter: threading.Thread | None = None
        if not enabled:
            return
        if self._isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                SpinnerColumn(),
                TextColumn(self.label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn(pick(lang, "残り", "left")),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self.task = self.bar.add_task("files", total=None)
            self.bar.start()
        if count is not None:
            self.counter = threading.Thread(
                target=self._count, args=(count,), name="assetclass-count", daemon=True
            )
            self.counter.start()

    def _isatty(self) -> bool:
        try:
            return bool(self.stream.isatty())
        except (AttributeError, ValueError):
            return False

    def _count(self, count: Callable[[], Iterable[object]]) -> None:
        n = 0
        try:
            for _ in count():
                if self._stop.is_set():  # the work ended first: the total no longer matters
                    return
                n += 1
        except Exception:  # a count is a nicety: a folder failing here fails (and is reported) in the scan
            return
        with self._lock:
            self.total = n
            if self.bar is not None:
                self.bar.update(self.task, total=n)

    def advance(self) -> None:
        if not self.enabled:
            return
        with self._lock:
            self.done += 1
            if self.total is not None and self.done > self.total:  # files added during the work
                self.total = self.done
                if self.bar is not None:
                    self.bar.update(self.task, total=self.total)
            if self.bar is not None:
                self.bar.advance(self.task)
                return
            now = time.monotonic()
            if now - self.last_line >= self.interval:
                self.last_line = now
                self._line(now)

    def _line(self, now: float) -> None:
        total = "?" if self.total is None else str(self.total)
        eta = eta_text(self.done, self.total, now - self.started)
        left = f" {pick(self.lang, '残り', 'left')} {eta}" if eta else ""
        self.stream.write(f"{self.label} {self.done}/{total}{left}\n")
        self.stream.flush()

    def stop(self) -> None:
        if self.counter is not None and self.total is None:
            # the work outran the count (a small tree): a moment more gives the last line its total
            self.counter.join(timeout=1.0)
        self._stop.set()
        if self.bar is not None:
            self.bar.stop()
        elif self.enabled and self.done:
            self._line(time.monotonic())


class CountingStream:
    """Passes writes through and advances ``progress`` once per line that starts a new entry
    (lines that begin with a space continue the entry before them, e.g. stamp's notes)."""

    def __init__(self, inner: IO[str], progress: Progress) -> None:
        self.inner = inner
        self.progress = progress
        self.at_line_start = True

    def write(self, text: str) -> int:
        for ch in text:
            if self.at_line_start and not ch.isspace():
                self.progress.advance()
            self.at_line_start = ch == "\n"
        return self.inner.write(text)

    def flush(self) -> None:
        self.inner.flush()


def count_files(paths: Iterable[os.PathLike[str] | str]) -> Iterator[str]:
    """What stamp reports one line for: each file named, and each file or link below a folder."""
    for root in paths:
        if not os.path.isdir(root):
            yield os.fspath(root)
            continue
        for folder, dirnames, filenames in os.walk(root, followlinks=False):
            for name in dirnames:
                if os.path.islink(os.path.join(folder, name)):
                    yield os.path.join(folder, name)
            for name in filenames:
                yield os.path.join(folder, name)
