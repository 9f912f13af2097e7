"""assetclass's own temporary files: their names, the ones being written (removed when SIGTERM or
SIGHUP ends the process) and left-overs of a killed run (removed once they are old enough).

:class:`assetclass.safeio.Staged` creates them; :mod:`assetclass.safeio` re-exports these names.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import stat
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any

from .safeopen import lstat_at

TEMP_PREFIX = ".~assetclass-"
TEMP_SUFFIX = ".tmp"
_TEMP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_TEMP_RE = re.compile(r"\.~assetclass-[a-z0-9_]{8}\.tmp\Z")
# A temp file older than this belongs to no running write (the slowest stamp of a large sheet takes
# minutes); younger ones may be another process's work in progress and are left alone.
STALE_TEMP_SECONDS = 3600
_BACKUP_RE = re.compile(r"\.[A-Za-z0-9]{1,8}\.bak\d*\Z")


def is_own_temp(name: str) -> bool:
    """True only for the exact temporary-file names this module creates."""
    return _TEMP_RE.match(name) is not None


def is_backup_name(name: str) -> bool:
    """``report.docx.bak``, ``report.docx.bak2``: the names ``stamp --backup`` writes."""
    return _BACKUP_RE.search(name) is not None


# --- temporary files and signals -----------------------------------------------------------------
# id → (pid, dir_fd, temp name) of the temp files being written. The pid guards a forked child,
# which inherits this table and the handler but must never remove its parent's files.
_live: dict[int, tuple[int, int, str]] = {}
_live_lock = threading.Lock()


def _remove_live() -> None:
    with _live_lock:
        items = list(_live.values())
    me = os.getpid()
    for pid, dir_fd, name in items:
        if pid == me:
            with contextlib.suppress(OSError):
                os.unlink(name, dir_fd=dir_fd)


@contextlib.contextmanager
def cleanup_on_signals(signums: tuple[int, ...] | None = None) -> Iterator[None]:
    """While active, SIGTERM and SIGHUP remove the temporary files being written, then end the
    process by the same signal (its default action). Ctrl-C raises KeyboardInterrupt, whose
    unwinding removes them too. Handlers someone else installed are left alone."""
    wanted = signums if signums is not None else _default_signals()
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():

        def _handler(signum: int, frame: FrameType | None) -> None:
            _remove_live()
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

        for signum in wanted:
            if signal.getsignal(signum) in (signal.SIG_DFL, None):
                previous[signum] = signal.signal(signum, _handler)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _default_signals() -> tuple[int, ...]:
    names = ("SIGTERM", "SIGHUP")
    return tuple(int(getattr(signal, n)) for n in names if hasattr(signal, n))


def new_temp_name() -> str:
    """A fresh random name of the shape :func:`is_own_temp` knows (``.~assetclass-XXXXXXXX.tmp``)."""
    return TEMP_PREFIX + "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(8)) + TEMP_SUFFIX


def register_live(key: int, dir_fd: int, name: str) -> None:
    """Note a temp file being written, so a SIGTERM or SIGHUP removes it (see :func:`cleanup_on_signals`)."""
    with _live_lock:
        _live[key] = (os.getpid(), dir_fd, name)


def forget_live(key: int) -> None:
    """The temp file noted under ``key`` was renamed or removed: nothing left to clean up."""
    with _live_lock:
        _live.pop(key, None)


def remove_stale_temp(dir_fd: int, name: str, *, now: float, dry_run: bool = False) -> bool | None:
    """Remove our own left-over temp file ``name`` if it is old enough: True removed (or would be),
    False too young (another run may be writing it), None not ours (not a regular file by our name)."""
    if not is_own_temp(name):
        return None
    try:
        st = lstat_at(dir_fd, name)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    if now - st.st_mtime < STALE_TEMP_SECONDS:
        return False
    if not dry_run:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name, dir_fd=dir_fd)
    return True
