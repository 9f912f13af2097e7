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

Opening and reading without following links is :mod:`assetclass.safeopen`, our temporary files'
names and clean-up :mod:`assetclass.tempfiles`; their names are re-exported here, so callers import
everything file-safe from this module.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .exceptions import UnsafeFileError
from .safeopen import (
    CLOEXEC,
    NOFOLLOW,
    NONBLOCK,
    Identity,
    Meta,
    NotRegularFileError,
    Opened,
    changed_error,
    check_replaceable,
    dos_readonly,
    lstat_at,
    not_regular_error,
    open_dir,
    open_tree,
    read_limited,
    read_regular,
    read_xattrs,
    special_file,
    symlink_error,
    too_big,
)
from .tempfiles import (
    STALE_TEMP_SECONDS,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    cleanup_on_signals,
    forget_live,
    is_backup_name,
    is_own_temp,
    new_temp_name,
    register_live,
    remove_stale_temp,
)


class Staged:
    """A temporary file being written beside its destination; ``commit`` or ``discard`` it."""

    def __init__(self, dir_fd: int) -> None:
        self.dir_fd = dir_fd
        self.fd = -1
        self.name = ""
        for _ in range(100):
            name = new_temp_name()
            try:
                flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC
                self.fd = os.open(name, flags, 0o600, dir_fd=dir_fd)
            except FileExistsError:
                continue
            self.name = name
            break
        else:
            raise FileExistsError(errno.EEXIST, "no free temporary file name")
        register_live(id(self), dir_fd, name)

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
            raise symlink_error() if stat.S_ISLNK(st.st_mode) else not_regular_error()
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
        forget_live(id(self))
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
        raise symlink_error() if stat.S_ISLNK(st.st_mode) else not_regular_error()
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
    fd = os.open(name, os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC, dir_fd=dir_fd)
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
            raise symlink_error() if stat.S_ISLNK(st.st_mode) else not_regular_error()
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


__all__ = [
    "STALE_TEMP_SECONDS",
    "TEMP_PREFIX",
    "TEMP_SUFFIX",
    "Identity",
    "Meta",
    "NotRegularFileError",
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
    "read_limited",
    "read_regular",
    "read_xattrs",
    "remove_stale_temp",
    "special_file",
    "stage",
    "too_big",
    "write_atomic",
]
