"""The ``assetclass stamp`` command: files and folders named on the command line, walked by
descriptor (links are reported, never followed), one line per file in the chosen language."""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..display import printable
from ..engine import Engine
from ..i18n import pick
from ..safeio import cleanup_on_signals, is_own_temp, lstat_at, remove_stale_temp
from .core import StampResult, skip, stamp_file


@dataclass(slots=True)
class StampRequest:
    paths: list[Path]
    level: int | None = None  # None: the classified level
    dry_run: bool = False
    backup: bool = False
    output_dir: Path | None = None  # None: replace in place
    restrictions: list[str] = field(default_factory=list)
    force: bool = False  # allow lowering a higher label
    lang: str = "ja"


def _walk(root: Path) -> Iterator[tuple[Path, Path, int, os.stat_result | None]]:
    """(file, path relative to ``root``, its folder's descriptor, lstat) below ``root``.

    ``os.fwalk`` with follow_symlinks=False: folders are opened by descriptor, so a share user
    swapping a folder for a link while we work does not lead us out of the tree. Links to folders
    are reported (lstat is a link) instead of being entered.
    """
    for dirpath, dirnames, filenames, dfd in os.fwalk(root, follow_symlinks=False):
        for d in sorted(dirnames):
            try:
                st = lstat_at(dfd, d)
            except OSError:
                continue
            if stat.S_ISLNK(st.st_mode):
                dirnames.remove(d)
                yield Path(dirpath) / d, Path(dirpath, d).relative_to(root), dfd, st
        dirnames.sort()
        for fname in sorted(filenames):
            try:
                fst: os.stat_result | None = lstat_at(dfd, fname)
            except OSError:
                fst = None
            yield Path(dirpath) / fname, Path(dirpath, fname).relative_to(root), dfd, fst


def _walked(result: StampResult, st: os.stat_result | None, dfd: int, name: str, dry_run: bool) -> bool:
    """Decide for a file found while walking before it is opened; True when ``result`` is final."""
    if is_own_temp(name):
        removed = remove_stale_temp(dfd, name, now=time.time(), dry_run=dry_run)
        if removed:
            skip(
                result,
                "中断された処理の古い一時ファイル" + ("（削除します）" if dry_run else "を削除しました"),
                "stale temporary file of an interrupted run " + ("(would remove)" if dry_run else "removed"),
            )
        else:
            skip(result, "処理中の一時ファイルです（残します）", "a temporary file in use (left alone)")
        return True
    if st is None:
        skip(result, "走査中にファイルが見つからなくなりました", "the file vanished during the walk")
        return True
    if stat.S_ISLNK(st.st_mode):
        skip(result, "シンボリックリンクはたどりません", "symbolic link, not followed")
        return True
    if not stat.S_ISREG(st.st_mode):
        skip(result, "通常のファイルではありません（開きません）", "not a regular file (not opened)")
        return True
    return False


def stamp_paths(engine: Engine, request: StampRequest, stream: IO[str] | None = None) -> int:
    """The ``assetclass stamp`` command: 0 all stamped or already correct, 1 some refused/failed, 2 usage."""
    out = stream or sys.stdout
    lang = request.lang
    missing = [p for p in request.paths if not p.exists()]
    if missing or not request.paths:
        for p in missing:
            sys.stderr.write(pick(lang, f"見つかりません: {printable(p)}\n", f"not found: {printable(p)}\n"))
        return 2
    if request.level is not None and request.level not in engine.config.get("labels.levels", {}).values():
        sys.stderr.write(pick(lang, f"不明な機密性: {request.level}\n", f"unknown level: {request.level}\n"))
        return 2
    bad = 0

    def run(path: Path, rel: Path, dfd: int | None, walked: bool) -> None:
        nonlocal bad
        output = request.output_dir / rel if request.output_dir is not None else None
        res = stamp_file(
            engine,
            path,
            level=request.level,
            output=output,
            dry_run=request.dry_run,
            backup=request.backup,
            restrictions=request.restrictions,
            force=request.force,
            skip_unreadable=walked,
            dir_fd=dfd,
            out_base=request.output_dir,
        )
        bad += not res.ok
        out.write(describe(res, lang) + "\n")

    with cleanup_on_signals():
        for root in request.paths:
            if not root.is_dir():  # a file named explicitly (a link is refused by stamp_file)
                run(root, Path(root.name), None, False)
                continue
            # a folder named explicitly is entered even through a link (the user asked for it)
            top = Path(os.path.realpath(root)) if root.is_symlink() else root
            for path, rel, dfd, st in _walk(top):
                res = StampResult(path=str(path), outcome="failed")
                if _walked(res, st, dfd, path.name, request.dry_run):
                    out.write(describe(res, lang) + "\n")
                    continue
                run(path, rel, dfd, True)
    out.flush()
    return 1 if bad else 0


def describe(result: StampResult, lang: str) -> str:
    level = f"機密性{result.level}" if result.level is not None else "-"
    texts = {
        "stamped": ("付与しました", "stamped"),
        "unchanged": ("変更なし（既に付与済み）", "unchanged (already labelled)"),
        "would-stamp": ("付与します（試行）", "would stamp (dry run)"),
        "skipped": ("対象外", "skipped"),
        "refused": ("付与しません", "refused"),
        "failed": ("失敗", "failed"),
    }
    ja, en = texts[result.outcome]
    line = f"{printable(result.path)}: {pick(lang, ja, en)} [{level}]"
    detail = pick(lang, result.message_ja, result.message_en)
    if detail:
        line += f" {printable(detail)}"
    if result.output and result.output != result.path:
        line += f" → {printable(result.output)}"
    for w_ja, w_en in result.warnings:
        line += "\n  " + pick(lang, f"注意: {w_ja}", f"note: {w_en}")
    return line
