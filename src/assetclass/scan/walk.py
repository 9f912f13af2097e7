"""Walking file shares: several roots, include/exclude globs, ``.assetclassignore`` files, symlinks.

Paths are ``str`` with undecodable bytes kept as surrogates (``os.fsdecode``), so a CP932 name on a
UTF-8 system round-trips to the same bytes. :func:`display_path` turns such a path into text that is
valid UTF-8 (``\\xNN`` escapes) plus the raw bytes in hex, for reports and JSON.

Nothing here raises for a bad path: unreadable folders and files that vanish become
:class:`WalkItem` s with an ``error`` (ja, en) that the bulk scan reports as a status ``error`` line.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field

import pathspec

from ..safeio import special_file

_Spec = pathspec.GitIgnoreSpec  # gitignore semantics, incl. re-including with "!"


@dataclass(slots=True)
class WalkOptions:
    include: list[str] = field(default_factory=list)  # gitignore-style patterns; empty: everything
    exclude: list[str] = field(default_factory=list)
    ignore_file: str | None = ".assetclassignore"
    follow_symlinks: bool = False


@dataclass(slots=True)
class WalkItem:
    path: str  # os.fsdecode form (may hold surrogates)
    size: int = 0
    mtime_ns: int = 0
    uid: int | None = None  # owner (POSIX); None on Windows, where st_uid is always 0
    error: tuple[str, str] | None = None  # (ja, en) when the path could not be walked/stat'ed
    skipped: tuple[str, str] | None = None  # (ja, en) when the path is deliberately not opened
    # (ja, en) for a file that is known not to be a document (an Office lock file): a ``skipped``
    # line of format ``office-lock``, listed but no AC105 — a share in use always has some
    not_document: tuple[str, str] | None = None


def _uid(st: os.stat_result) -> int | None:
    return None if os.name == "nt" else st.st_uid


def display_path(path: str) -> tuple[str, str | None]:
    """Text for reports and the raw bytes in hex when ``path`` is not valid UTF-8."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace"), raw.hex()


def path_key(path: str) -> bytes:
    """The exact bytes of a path: the key of the results store."""
    return os.fsencode(path)


def _spec(patterns: list[str]) -> _Spec | None:
    cleaned = [p for p in patterns if p.strip()]
    return pathspec.GitIgnoreSpec.from_lines(cleaned) if cleaned else None


def _error(exc: OSError) -> tuple[str, str]:
    if isinstance(exc, PermissionError):
        return ("アクセス権がないため読み取れません", "permission denied")
    if isinstance(exc, FileNotFoundError):
        return ("走査中にファイルが見つからなくなりました", "the file vanished during the scan")
    name = type(exc).__name__
    return (f"読み取れません ({name}, errno {exc.errno})", f"cannot read ({name}, errno {exc.errno})")


#: Office writes ``~$name.docx`` (LibreOffice ``.~lock.name#``) next to an open document: the
#: owner's name, not a document. Reported as skipped, never silently left out.
OFFICE_LOCK_PREFIX = ("~$", ".~lock.")
_SKIP_LINK = (
    "シンボリックリンクのため辿りませんでした（--follow-symlinks で辿ります）",
    "symbolic link not followed (use --follow-symlinks)",
)
_SKIP_DANGLING = ("リンク先がないシンボリックリンクです", "dangling symbolic link")
_SKIP_LOCK = (
    "Office のロックファイル（文書を開いている人の名前だけ）のため読み取りませんでした",
    "Office lock file (holds only the name of who has the document open): not read",
)


class _Walker:
    def __init__(self, options: WalkOptions) -> None:
        self.options = options
        self.include = _spec(options.include)
        self.exclude = _spec(options.exclude)
        self.seen_dirs: set[tuple[int, int]] = set()

    def _ignored(self, rel: str, is_dir: bool, ignores: list[tuple[str, _Spec]]) -> bool:
        probe = rel + "/" if is_dir else rel
        if self.exclude is not None and self.exclude.match_file(probe):
            return True
        for base, spec in ignores:  # each ignore file applies below its own folder, like .gitignore
            sub = probe[len(base) :] if base else probe
            if spec.match_file(sub):
                return True
        return False

    def _load_ignore(self, folder: str, rel: str) -> tuple[str, _Spec] | None:
        if not self.options.ignore_file:
            return None
        try:
            with open(os.path.join(folder, self.options.ignore_file), encoding="utf-8") as fh:
                spec = pathspec.GitIgnoreSpec.from_lines(fh.read().splitlines())
        except (OSError, UnicodeDecodeError):
            return None
        return (rel + "/" if rel else "", spec)

    def walk_root(self, root: str) -> Iterator[WalkItem]:
        try:
            st = os.stat(root) if self.options.follow_symlinks else os.lstat(root)
        except FileNotFoundError:
            yield WalkItem(root, error=("指定されたパスが見つかりません", "the given path does not exist"))
            return
        except OSError as exc:
            yield WalkItem(root, error=_error(exc))
            return
        if stat.S_ISLNK(st.st_mode):
            # a root named explicitly is followed once (the user asked for it); below it, not
            try:
                st = os.stat(root)
            except OSError as exc:
                yield WalkItem(root, error=_error(exc))
                return
        if stat.S_ISDIR(st.st_mode):
            yield from self._walk_dir(root, "", st, [])
        elif stat.S_ISREG(st.st_mode):
            yield WalkItem(root, st.st_size, st.st_mtime_ns, _uid(st))
        else:  # a FIFO or device named on the command line: one skipped line, never "0 files"
            yield WalkItem(root, skipped=special_file(st))

    def _open_dir(
        self, folder: str, rel: str, st: os.stat_result, ignores: list[tuple[str, _Spec]]
    ) -> tuple[list[os.DirEntry[str]], list[tuple[str, _Spec]]] | WalkItem | None:
        """A folder's sorted entries and the ignore rules below it; a WalkItem on error, None when
        the folder was seen already (a symlink loop or a folder reached twice)."""
        key = (st.st_dev, st.st_ino)
        if key in self.seen_dirs:
            return None
        self.seen_dirs.add(key)
        own = self._load_ignore(folder, rel)
        if own is not None:
            ignores = [*ignores, own]
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            return WalkItem(folder, error=_error(exc))
        return entries, ignores

    def _walk_dir(
        self, folder: str, rel: str, st: os.stat_result, ignores: list[tuple[str, _Spec]]
    ) -> Iterator[WalkItem]:
        """Depth first with an explicit stack: a tree thousands of folders deep is walked whole
        (recursion ended the scan with a RecursionError at about 980 levels)."""
        opened = self._open_dir(folder, rel, st, ignores)
        if isinstance(opened, WalkItem):
            yield opened
        if not isinstance(opened, tuple):
            return
        stack: list[tuple[str, Iterator[os.DirEntry[str]], list[tuple[str, _Spec]]]] = [
            (rel, iter(opened[0]), opened[1])
        ]
        while stack:
            rel, entries, ignores = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            child_rel = f"{rel}/{entry.name}" if rel else entry.name
            try:
                is_link = entry.is_symlink()
                if is_link and not self.options.follow_symlinks:
                    # never read through a link (it may lead out of the tree): say so, once
                    wanted = self.include is None or self.include.match_file(child_rel)
                    if wanted and not self._ignored(child_rel, False, ignores):
                        yield WalkItem(entry.path, skipped=_SKIP_LINK)
                    continue
                is_dir = entry.is_dir(follow_symlinks=True)
                if self._ignored(child_rel, is_dir, ignores):
                    continue
                if is_dir:
                    child_st = entry.stat(follow_symlinks=True)
                    opened = self._open_dir(entry.path, child_rel, child_st, ignores)
                    if isinstance(opened, WalkItem):
                        yield opened
                    elif opened is not None:
                        stack.append((child_rel, iter(opened[0]), opened[1]))
                    continue
                if self.options.ignore_file and entry.name == self.options.ignore_file:
                    continue
                if self.include is not None and not self.include.match_file(child_rel):
                    continue
                if not entry.is_file(follow_symlinks=True):
                    if is_link and not os.path.exists(entry.path):
                        yield WalkItem(entry.path, skipped=_SKIP_DANGLING)
                    else:
                        yield WalkItem(entry.path, skipped=special_file(entry.stat(follow_symlinks=True)))
                    continue
                est = entry.stat(follow_symlinks=True)
            except OSError as exc:
                yield WalkItem(entry.path, error=_error(exc))
                continue
            if entry.name.startswith(OFFICE_LOCK_PREFIX):
                yield WalkItem(entry.path, est.st_size, est.st_mtime_ns, not_document=_SKIP_LOCK)
                continue
            yield WalkItem(entry.path, est.st_size, est.st_mtime_ns, _uid(est))


def walk(roots: list[str], options: WalkOptions | None = None) -> Iterator[WalkItem]:
    """Every regular file below ``roots`` in a stable order; each file once even if reached twice."""
    walker = _Walker(options or WalkOptions())
    seen_files: set[str] = set()
    for root in roots:
        for item in walker.walk_root(root):
            if item.path in seen_files:
                continue
            seen_files.add(item.path)
            yield item
