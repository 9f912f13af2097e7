"""What the file system says about the files and roots of a bulk scan: a file's content hash (to
reuse a stored result), its owner and last modification (who to ask), and whether a root named on
the command line can be read at all."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import stat
from pathlib import Path

from ..display import printable
from ..i18n import pick
from ..model import FileResult


def sha256_of(path: str) -> str | None:
    """The hex SHA-256 of the file's content, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


@functools.lru_cache(maxsize=1024)
def owner_name(uid: int) -> str:
    """The user name of ``uid``, or the number when the system knows no name (a share's SID map)."""
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def set_file_info(result: FileResult, mtime_ns: int, uid: int | None) -> None:
    """Record the file's owner and last modification (UTC) on its result."""
    when = dt.datetime.fromtimestamp(mtime_ns / 1e9, dt.UTC)
    result.mtime = when.isoformat(timespec="seconds").replace("+00:00", "Z")
    result.owner = owner_name(uid) if uid is not None else None


def root_problem(root: Path, lang: str) -> str | None:
    """Why a root given on the command line cannot be scanned (None: it can).

    A share that is not mounted must not look like an empty, clean share: the scan stops with
    exit 2 before anything is reported. FIFOs and devices are never opened here (the walker
    reports them as skipped).
    """
    shown = printable(os.fsdecode(root))
    try:
        st = os.stat(root)
        if stat.S_ISDIR(st.st_mode):
            with os.scandir(root) as it:
                next(it, None)
        elif stat.S_ISREG(st.st_mode):
            with open(root, "rb"):
                pass
    except FileNotFoundError:
        return pick(lang, f"指定されたパスがありません: {shown}", f"no such file or folder: {shown}")
    except PermissionError:
        return pick(lang, f"アクセス権がないため読み取れません: {shown}", f"permission denied: {shown}")
    except OSError as exc:
        return pick(
            lang, f"読み取れません: {shown} ({exc.strerror})", f"cannot read {shown} ({exc.strerror})"
        )
    return None
