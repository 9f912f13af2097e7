"""Opening files and folders on shares other people can write to, without following links.

The reading half of :mod:`assetclass.safeio` (which re-exports all of it): folders opened by
descriptor one component at a time with ``O_NOFOLLOW``, regular files read relative to them with
their stat and extended attributes, and paths read by the scan that are never a FIFO, socket or
device and never read past the size limit. The promises are listed in safeio's docstring.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import FileChangedError, LimitExceededError, UnsafeFileError

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DOS_READONLY = 0x1


@dataclass(frozen=True, slots=True)
class Identity:
    """What tells one version of a file from the next: a save replaces or rewrites it."""

    dev: int
    ino: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> Identity:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(slots=True)
class Meta:
    """Owner, group, mode and extended attributes to give a new file."""

    uid: int | None = None
    gid: int | None = None
    mode: int = 0o644
    xattrs: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def of(cls, st: os.stat_result, xattrs: dict[str, bytes] | None = None) -> Meta:
        return cls(st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode), dict(xattrs or {}))


@dataclass(slots=True)
class Opened:
    """A regular file read without following links: its bytes, its stat and its xattrs."""

    data: bytes
    stat: os.stat_result
    xattrs: dict[str, bytes]

    @property
    def identity(self) -> Identity:
        return Identity.of(self.stat)

    @property
    def meta(self) -> Meta:
        return Meta.of(self.stat, self.xattrs)


# --- messages ----------------------------------------------------------------------------------
def symlink_error() -> UnsafeFileError:
    return UnsafeFileError(
        "a symbolic link: links are never followed when writing; name the file it points to",
        "シンボリックリンクです。書き込み時にリンクはたどりません。リンク先のファイルを指定してください",
    )


def not_regular_error() -> UnsafeFileError:
    return UnsafeFileError(
        "not a regular file (folder, FIFO, device or socket); not opened",
        "通常のファイルではありません（フォルダ・FIFO・デバイス・ソケット）。開きません",
    )


def changed_error() -> FileChangedError:
    return FileChangedError(
        "the file changed while it was being stamped (saved by someone?); nothing was written, run again",
        "処理中にファイルが変更されました（誰かが保存しましたか）。書き込んでいません。もう一度実行してください",
    )


# --- folders -----------------------------------------------------------------------------------
@contextlib.contextmanager
def open_dir(path: Path, *, create: bool = False) -> Iterator[int]:
    """A descriptor of folder ``path``. The caller named it, so links *in* ``path`` are followed."""
    if create:
        os.makedirs(path, exist_ok=True)
    fd = os.open(path, os.O_RDONLY | _DIRECTORY | CLOEXEC)
    try:
        yield fd
    finally:
        os.close(fd)


@contextlib.contextmanager
def open_tree(root_fd: int, parts: tuple[str, ...], *, create: bool = False) -> Iterator[int]:
    """The folder ``parts`` below ``root_fd``, each component opened with O_NOFOLLOW.

    A component that is a symbolic link (planted by a share user) raises UnsafeFileError.
    """
    fd = os.dup(root_fd)
    try:
        for part in parts:
            if part in ("", ".", "..") or "/" in part:
                raise UnsafeFileError(f"unsafe folder name {part!r}", f"安全でないフォルダ名 {part!r}")
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o755, dir_fd=fd)
            try:
                nxt = os.open(part, os.O_RDONLY | _DIRECTORY | NOFOLLOW | CLOEXEC, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise UnsafeFileError(
                        f"a folder on the way ({part}) is a symbolic link or not a folder; not followed",
                        f"途中のフォルダ（{part}）がシンボリックリンクかフォルダでないため、たどりません",
                    ) from exc
                raise
            os.close(fd)
            fd = nxt
        yield fd
    finally:
        os.close(fd)


# --- reading -----------------------------------------------------------------------------------
def read_xattrs(fd: int) -> dict[str, bytes]:
    """Every extended attribute readable through ``fd`` (none where the platform has none)."""
    if not hasattr(os, "listxattr"):
        return {}
    try:
        names = os.listxattr(fd)
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
            return {}
        raise
    out: dict[str, bytes] = {}
    for name in names:
        with contextlib.suppress(OSError):  # vanished, or not readable by us: cannot be copied anyway
            out[name] = os.getxattr(fd, name)
    return out


def lstat_at(dir_fd: int, name: str) -> os.stat_result:
    return os.stat(name, dir_fd=dir_fd, follow_symlinks=False)


def read_regular(dir_fd: int, name: str, max_bytes: int | None = None) -> Opened:
    """Read ``name`` in ``dir_fd``; a link, FIFO, device or folder is refused and never opened."""
    st = lstat_at(dir_fd, name)
    if stat.S_ISLNK(st.st_mode):
        raise symlink_error()
    if not stat.S_ISREG(st.st_mode):
        raise not_regular_error()
    if max_bytes is not None and st.st_size > max_bytes:
        raise UnsafeFileError(
            f"the file is larger than {max_bytes} bytes", f"ファイルが大きすぎます（{max_bytes} バイト超）"
        )
    fd = os.open(name, os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC, dir_fd=dir_fd)
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode) or (before.st_dev, before.st_ino) != (st.st_dev, st.st_ino):
            raise changed_error()  # swapped between lstat and open
        chunks: list[bytes] = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        xattrs = read_xattrs(fd)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    if Identity.of(after) != Identity.of(before):
        raise changed_error()  # written to while we read it
    return Opened(b"".join(chunks), before, xattrs)


def dos_readonly(xattrs: dict[str, bytes]) -> bool:
    """Samba's DOS read-only attribute: ``user.DOSATTRIB`` starts with the attributes as "0xNN"."""
    raw = xattrs.get("user.DOSATTRIB", b"")
    m = re.match(rb"0x([0-9a-fA-F]{1,8})", raw)
    return bool(m and int(m.group(1), 16) & _DOS_READONLY)


def check_replaceable(opened: Opened, *, force: bool) -> None:
    """Refuse to replace a hard-linked file (its other names would keep the old content and the
    new file would be a different inode), and a read-only file without ``force``."""
    if opened.stat.st_nlink > 1:
        raise UnsafeFileError(
            f"the file has {opened.stat.st_nlink} hard links; replacing it would split them "
            "(stamp a copy with --output-dir)",
            f"ハードリンクが {opened.stat.st_nlink} 個あるため、置き換えるとリンクが分かれます。"
            "付与しません（--output-dir で複製に付与してください）",
        )
    if not force and (not opened.stat.st_mode & stat.S_IWUSR or dos_readonly(opened.xattrs)):
        raise UnsafeFileError(
            "the file is read-only; use --force to stamp it anyway (it stays read-only)",
            "読み取り専用のファイルです。付与するには --force を指定してください（読み取り専用のまま残ります）",
        )


# --- reading by path (scan, explain, check): never a FIFO, socket or device, never past the limit ---
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


def read_limited(path: str | os.PathLike[str], max_bytes: int) -> tuple[bytes, os.stat_result]:
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
