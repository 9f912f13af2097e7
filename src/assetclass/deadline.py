"""The per-file time limit for reading that runs in this process (``explain``, ``stamp``, the mail
gate, the pre-save hook and the Python API).

Native readers already run in an isolated child with its own deadline (:mod:`assetclass.isolation`)
and bulk scans have the worker pool's; what is left is pure-Python work (a pathological regular
expression, a huge XML part parsed by our own code). SIGALRM interrupts it at the next bytecode.

The alarm is only armed where that is safe for the program that imported us: in the main thread,
when nobody else has a SIGALRM handler or a running timer (an application's own alarm wins, and we
then run without a limit), and never inside a supervised worker (the supervisor kills it).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from . import isolation
from .exceptions import ReaderCrashedError


class TimeLimitExceeded(BaseException):
    """Raised by the alarm. A BaseException, so that a reader's ``except Exception`` cannot swallow
    it and carry on without a limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def as_error(self) -> ReaderCrashedError:
        return ReaderCrashedError(
            f"stopped: the time limit of {self.seconds:g} s per file was exceeded",
            f"処理時間の上限 ({self.seconds:g} 秒) を超えたため中止しました",
        )


def _can_arm() -> bool:
    if not hasattr(signal, "SIGALRM") or isolation.supervised():
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None):
        return False  # someone else's handler (ours, one level up, or the application's)
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[bool]:
    """Raise :class:`TimeLimitExceeded` in the body after ``seconds``; yields whether it is armed
    (a nested call yields False and leaves the outer limit in charge)."""
    if seconds <= 0 or not _can_arm():
        yield False
        return

    def _alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield True
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
