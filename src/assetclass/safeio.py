"""Opening a file to read it, safely: never a FIFO, socket or device, never more than the limit.

``open()`` on a FIFO blocks until a writer comes (explain and stamp hung); ``/dev/zero`` reads
forever. :func:`read_regular` opens without blocking, checks on the open descriptor that it is a
regular file (no window between a check and the open), and reads at most ``max_bytes + 1``.
"""

from __future__ import annotations

import os
import stat

from .exceptions import LimitExceededError


def special_file(st: os.stat_result) -> tuple[str, str]:
    """(ja, en) why a FIFO, socket or device is never opened."""
    mode = st.st_mode
    if stat.S_ISFIFO(mode):
        kind = ("名前付きパイプ (FIFO)", "named pipe (FIFO)")
    elif stat.S_ISSOCK(mode):
        kind = ("ソケット", "socket")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = ("デバイスファイル", "device file")
    elif stat.S_ISDIR(mode):
        kind = ("フォルダ", "folder")
    else:
        kind = ("通常のファイルではないもの", "not a regular file")
    return (f"{kind[0]}のため開きませんでした", f"{kind[1]}: not opened")


class NotRegularFileError(LimitExceededError):
    """A FIFO, socket, device or folder where a file was expected (status ``skipped``)."""


def too_big(size: int, limit: int) -> LimitExceededError:
    return LimitExceededError(
        f"not read: the file is larger than the limit ({size} > {limit} bytes)",
        f"ファイルが上限より大きいため読み取りませんでした ({size} > {limit} バイト)",
    )


def read_regular(path: str | os.PathLike[str], max_bytes: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file (at most ``max_bytes + 1``, so the caller sees "too big") and
    its state when opened. NotRegularFileError for anything else; OSError as the system says."""
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a socket cannot be open()ed at all, and a device must not be: refuse before opening
        raise NotRegularFileError(*reversed(special_file(st)))
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    )
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped for a FIFO after the check: still never read
            raise NotRegularFileError(*reversed(special_file(st)))
        if st.st_size > max_bytes:
            raise too_big(st.st_size, max_bytes)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), st
    finally:
        os.close(fd)
