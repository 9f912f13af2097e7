"""Reading and writing files on shares that other people can write to, as root, without harm.

The one place assetclass writes files from: stamped documents, ``--backup`` copies, ``--output-dir``
copies, reports (``scan --output``) and the pre-save / watch hooks. The promises (tested in
``tests/hostile/test_hostile_stamp_*.py``, written down in docs/security.md §7):

- **No link is followed when writing.** Files are opened relative to an open folder descriptor with
  ``O_NOFOLLOW``; temporary files are created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` (a planted
  name or link makes the create fail, never writes through it); folders below a root the caller
  named are opened one component at a time with ``O_NOFOLLOW`` (:func:`open_tree`), so swapping a
  folder for a link while we work leads nowhere.
- **Nothing half-written.** Data goes to a temporary file ``.~assetclass-XXXXXXXX.tmp`` beside the
  destination, is fsynced, optionally verified, and only then renamed over the destination (or
  hard-linked to a free name, for backups, which never overwrites anything). A failure — a full
  disk included — removes the temporary file; SIGTERM and SIGHUP remove it too
  (:func:`cleanup_on_signals`). What SIGKILL leaves behind has a name :func:`is_own_temp` knows.
- **A concurrent save is never lost.** :meth:`Staged.commit` re-checks the destination's identity
  (device, inode, size, mtime_ns) right before the rename and refuses when it changed.
- **The file keeps what the file system knows about it.** Owner, group, mode and every readable
  extended attribute (Samba stores NT ACLs in ``security.NTACL`` and DOS attributes in
  ``user.DOSATTRIB``; POSIX ACLs are ``system.posix_acl_*``) are copied to the new file before it
  replaces the old one. If one cannot be kept, nothing is written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from .exceptions import FileChangedError, LimitExceededError, UnsafeFileError

TEMP_PREFIX = ".~assetclass-"
TEMP_SUFFIX = ".tmp"
_TEMP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_TEMP_RE = re.compile(r"\.~assetclass-[a-z0-9_]{8}\.tmp\Z")
# A temp file older than this belongs to no running write (the slowest stamp of a large sheet takes
# minutes); younger ones may be another process's work in progress and are left alone.
STALE_TEMP_SECONDS = 3600
_BACKUP_RE = re.compile(r"\.[A-Za-z0-9]{1,8}\.bak\d*\Z")

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DOS_READONLY = 0x1


def is_own_temp(name: str) -> bool:
    """True only for the exact temporary-file names this module creates."""
    return _TEMP_RE.match(name) is not None


def is_backup_name(name: str) -> bool:
    """``report.docx.bak``, ``report.docx.bak2``: the names ``stamp --backup`` writes."""
    return _BACKUP_RE.search(name) is not None


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
def _symlink_error() -> UnsafeFileError:
    return UnsafeFileError(
        "a symbolic link: links are never followed when writing; name the file it points to",
        "シンボリックリンクです。書き込み時にリンクはたどりません。リンク先のファイルを指定してください",
    )


def _not_regular_error() -> UnsafeFileError:
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
    fd = os.open(path, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
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
                nxt = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=fd)
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
        raise _symlink_error()
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular_error()
    if max_bytes is not None and st.st_size > max_bytes:
        raise UnsafeFileError(
            f"the file is larger than {max_bytes} bytes", f"ファイルが大きすぎます（{max_bytes} バイト超）"
        )
    fd = os.open(name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=dir_fd)
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


class Staged:
    """A temporary file being written beside its destination; ``commit`` or ``discard`` it."""

    def __init__(self, dir_fd: int) -> None:
        self.dir_fd = dir_fd
        self.fd = -1
        self.name = ""
        for _ in range(100):
            name = TEMP_PREFIX + "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(8)) + TEMP_SUFFIX
            try:
                flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
                self.fd = os.open(name, flags, 0o600, dir_fd=dir_fd)
            except FileExistsError:
                continue
            self.name = name
            break
        else:
            raise FileExistsError(errno.EEXIST, "no free temporary file name")
        with _live_lock:
            _live[id(self)] = (os.getpid(), dir_fd, name)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]

    def finish(self, meta: Meta | None) -> None:
        """Give the file its owner, extended attributes and mode, and flush it to disk."""
        if meta is not None:
            _apply_meta(self.fd, meta)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(self.fd, 0o666 & ~umask)
        os.fsync(self.fd)

    def read_back(self) -> bytes:
        """The bytes as stored (for verification from disk, not from memory)."""
        size = os.fstat(self.fd).st_size
        return os.pread(self.fd, size, 0) if size else b""

    def commit(self, name: str, *, expect: Identity | None = None) -> None:
        """Rename over ``name``. With ``expect`` the current ``name`` must still be that version;
        without it, an existing ``name`` must be a regular file (a link is refused, not replaced)."""
        try:
            st: os.stat_result | None = lstat_at(self.dir_fd, name)
        except FileNotFoundError:
            st = None
        if expect is not None:
            if st is None or Identity.of(st) != expect:
                raise changed_error()
        elif st is not None and not stat.S_ISREG(st.st_mode):
            raise _symlink_error() if stat.S_ISLNK(st.st_mode) else _not_regular_error()
        os.replace(self.name, name, src_dir_fd=self.dir_fd, dst_dir_fd=self.dir_fd)
        self._forget()
        _fsync_dir(self.dir_fd)

    def commit_new(self, name: str) -> str:
        """Link to ``name`` (``name1``, ``name2`` … when taken): never overwrites anything, not even
        through a dangling link. Returns the name used."""
        n = 0
        while True:
            candidate = name if n == 0 else f"{name}{n}"
            try:
                os.link(
                    self.name,
                    candidate,
                    src_dir_fd=self.dir_fd,
                    dst_dir_fd=self.dir_fd,
                    follow_symlinks=False,
                )
            except FileExistsError:
                n += 1
                continue
            except OSError as exc:  # no hard links on this file system: rename, after a no-follow check
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                    raise
                try:
                    lstat_at(self.dir_fd, candidate)
                    n += 1
                    continue
                except FileNotFoundError:
                    os.rename(self.name, candidate, src_dir_fd=self.dir_fd, dst_dir_fd=self.dir_fd)
                    self._forget()
                    _fsync_dir(self.dir_fd)
                    return candidate
            self.discard()
            _fsync_dir(self.dir_fd)
            return candidate

    def _forget(self) -> None:
        with _live_lock:
            _live.pop(id(self), None)
        self.name = ""

    def discard(self) -> None:
        if self.name:
            with contextlib.suppress(OSError):
                os.unlink(self.name, dir_fd=self.dir_fd)
            self._forget()

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()  # a no-op once committed
        self.close()


def _apply_meta(fd: int, meta: Meta) -> None:
    st = os.fstat(fd)
    uid = st.st_uid if meta.uid is None else meta.uid
    gid = st.st_gid if meta.gid is None else meta.gid
    if (uid, gid) != (st.st_uid, st.st_gid):
        try:
            os.fchown(fd, uid, gid)
        except OSError as exc:
            raise UnsafeFileError(
                f"cannot keep the owner and group ({uid}:{gid}) of the file; nothing was written",
                f"ファイルの所有者・グループ（{uid}:{gid}）を保てないため、書き込みません",
            ) from exc
    for key, value in meta.xattrs.items():
        with contextlib.suppress(OSError):
            if os.getxattr(fd, key) == value:
                continue  # inherited already (a default ACL, an SELinux context): nothing to set
        try:
            os.setxattr(fd, key, value)
        except OSError as exc:
            raise UnsafeFileError(
                f"cannot keep the extended attribute {key} (ACL or DOS attributes); nothing was written",
                f"拡張属性 {key}（ACL・DOS 属性）を保てないため、書き込みません",
            ) from exc
    os.fchmod(fd, meta.mode)  # last: chown clears set-id bits


def _fsync_dir(dir_fd: int) -> None:
    with contextlib.suppress(OSError):  # not every file system syncs folders
        os.fsync(dir_fd)


def stage(
    dir_fd: int, data: bytes, meta: Meta | None, verify: Callable[[bytes], object] | None = None
) -> Staged:
    """Write ``data`` to a new temporary file in ``dir_fd``, fsync it and verify what was stored.

    On any failure (ENOSPC included) the temporary file is gone and the error propagates.
    """
    staged = Staged(dir_fd)
    try:
        staged.write(data)
        staged.finish(meta)
        if verify is not None:
            verify(staged.read_back())
    except BaseException:
        staged.discard()
        staged.close()
        raise
    return staged


def write_atomic(path: Path, data: bytes, *, meta: Meta | None = None) -> None:
    """Write a whole file at ``path`` (the caller named it): temp, fsync, rename. An existing file
    keeps its owner, mode and extended attributes unless ``meta`` says otherwise; a link or other
    non-regular file at ``path`` is refused."""
    path = Path(path)
    with open_dir(path.parent if str(path.parent) else Path(".")) as dfd:
        if meta is None:
            try:
                st = lstat_at(dfd, path.name)
            except FileNotFoundError:
                st = None
            if st is not None and stat.S_ISREG(st.st_mode):
                meta = _meta_of(dfd, path.name)
        with stage(dfd, data, meta) as staged:
            staged.commit(path.name)


def rename_no_replace(dir_fd: int, name: str, new: str, *, expect: Identity | None = None) -> None:
    """Rename ``name`` to ``new`` in one folder: never over an existing ``new`` (not even a dangling
    link: FileExistsError), never a link or other non-regular ``name`` (UnsafeFileError), and
    with ``expect`` only the version that was read (FileChangedError)."""
    st = lstat_at(dir_fd, name)
    if not stat.S_ISREG(st.st_mode):
        raise _symlink_error() if stat.S_ISLNK(st.st_mode) else _not_regular_error()
    if expect is not None and Identity.of(st) != expect:
        raise changed_error()
    try:  # a hard link fails atomically when ``new`` exists; then the old name goes
        os.link(name, new, src_dir_fd=dir_fd, dst_dir_fd=dir_fd, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        try:  # no hard links on this file system (FAT, some SMB shares): check, then rename
            lstat_at(dir_fd, new)
        except FileNotFoundError:
            os.rename(name, new, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            _fsync_dir(dir_fd)
            return
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), new) from exc
    os.unlink(name, dir_fd=dir_fd)
    _fsync_dir(dir_fd)


def _meta_of(dir_fd: int, name: str) -> Meta:
    fd = os.open(name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=dir_fd)
    try:
        return Meta.of(os.fstat(fd), read_xattrs(fd))
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Any]:
    """A binary file to stream a report into; it replaces ``path`` only when the block completes.

    Ctrl-C, an error or SIGTERM/SIGHUP part-way leaves the previous report as it was.
    """
    path = Path(path)
    with open_dir(path.parent if str(path.parent) else Path(".")) as dfd, cleanup_on_signals():
        try:
            st: os.stat_result | None = lstat_at(dfd, path.name)
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):  # refused before any work is done
            raise _symlink_error() if stat.S_ISLNK(st.st_mode) else _not_regular_error()
        meta = _meta_of(dfd, path.name) if st is not None else None
        staged = Staged(dfd)
        try:
            with os.fdopen(os.dup(staged.fd), "wb") as fh:
                yield fh
                fh.flush()
            staged.finish(meta)
            staged.commit(path.name)
        finally:
            staged.discard()
            staged.close()


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


__all__ = [
    "STALE_TEMP_SECONDS",
    "TEMP_PREFIX",
    "TEMP_SUFFIX",
    "Identity",
    "Meta",
    "Opened",
    "Staged",
    "atomic_output",
    "changed_error",
    "check_replaceable",
    "cleanup_on_signals",
    "dos_readonly",
    "is_backup_name",
    "is_own_temp",
    "lstat_at",
    "open_dir",
    "open_tree",
    "read_regular",
    "read_xattrs",
    "remove_stale_temp",
    "stage",
    "write_atomic",
]


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
