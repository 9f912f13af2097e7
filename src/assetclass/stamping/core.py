"""Stamping one file: decide the level, let the format's codec write the mark, verify, replace atomically.

Safety rules (docs/stamping.md, docs/security.md §7), covered by tests/labels/test_stamp_*.py
and tests/hostile/test_hostile_stamp_*.py:
- the stamped bytes are written to a temporary file in the destination folder (``safeio.stage``),
  re-read from disk through the scan's label reader (the label must read back as the stamped
  level), and only then renamed over the destination, if the destination is still the version
  that was read (device, inode, size, mtime); on any failure the original is untouched;
- links are never followed: a link found in a folder is skipped, a link named as an argument is
  refused, folders are walked and written by descriptor with O_NOFOLLOW;
- owner, group, mode and extended attributes (NT ACLs, DOS attributes) are kept; hard-linked
  files are refused, read-only ones need ``force``;
- a file that already carries the level is not rewritten at all (same bytes, same mtime);
- encrypted and digitally signed files are refused, and so is lowering a higher label or stamping
  below the level the content requires without ``force``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..engine import Engine
from ..exceptions import (
    AssetclassError,
    EncryptedFileError,
    FileChangedError,
    StampError,
    UnsupportedFormatError,
)
from ..formats.sniff import ext_of
from ..interfaces import StampOptions
from ..model import FileResult, Source, Status
from ..pipeline import ScanOptions, limits_from_config, read_labels, scan_source
from ..redact import safe_message
from ..safeio import (
    Identity,
    Meta,
    changed_error,
    check_replaceable,
    is_backup_name,
    is_own_temp,
    lstat_at,
    open_dir,
    open_tree,
    read_regular,
    stage,
)

Outcome = Literal["stamped", "unchanged", "would-stamp", "skipped", "refused", "failed"]


@dataclass(slots=True)
class StampResult:
    """What happened to one file. Messages hold no document content (paths and levels only)."""

    path: str
    outcome: Outcome
    level: int | None = None  # the level stamped (or that would be)
    previous: int | None = None  # the highest label before
    output: str | None = None  # where the stamped file was written
    message_ja: str = ""
    message_en: str = ""
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (ja, en)

    @property
    def ok(self) -> bool:
        return self.outcome in ("stamped", "unchanged", "would-stamp", "skipped")


@dataclass(slots=True)
class Prepared:
    data: bytes  # the new bytes (== original when nothing changes)
    level: int
    previous: int | None
    changed: bool
    warnings: list[tuple[str, str]] = field(default_factory=list)
    fmt: str = ""


def _scan(engine: Engine, source: Source) -> FileResult:
    options = ScanOptions(limits=limits_from_config(engine), check_rules=False, hash_content=False)
    return scan_source(source, engine, options)


def _format_of(engine: Engine, data: bytes, name: str) -> str:
    chosen = engine.extractor_for(name, data)  # content sniffing, as the scan does
    if chosen is not None:
        return chosen[1]
    return ext_of(name)


def read_labels_only(engine: Engine, source: Source, fmt: str) -> FileResult:
    """The scan's label stage (pipeline.read_labels) without extraction and detection.

    Format codecs read the file itself, so this is the same label reading ``scan`` does, at a
    fraction of the cost of a full scan of a large sheet.
    """
    result = FileResult(path=source.path or source.name, format=fmt)
    read_labels(source, None, fmt, engine, result)
    return result


def prepare(
    engine: Engine,
    data: bytes,
    name: str,
    level: int | None = None,
    restrictions: list[str] | tuple[str, ...] = (),
    force: bool = False,
    *,
    required: int | None = None,
) -> Prepared:
    """Compute the stamped bytes of one file (in memory) and verify them. Raises AssetclassError.

    A ``level`` below the level the content requires is refused without ``force``; ``required``
    is that level when the caller has already classified the file (saves a second full scan).
    """
    fmt = _format_of(engine, data, name)
    if level is None:  # the classified level: a full scan
        before = _scan(engine, Source(name=name, data=data))
        if before.status is Status.ENCRYPTED:
            raise EncryptedFileError(
                "the file is encrypted; it cannot be stamped",
                "ファイルが暗号化されているため、ラベルを付与できません",
            )
        fmt = before.format or fmt
    elif force or required is not None or level >= _top_level(engine):  # nothing requires more
        before = read_labels_only(engine, Source(name=name, data=data), fmt)
    else:  # a given level must not be below the level the content requires: a full scan
        before = _scan(engine, Source(name=name, data=data))
        fmt = before.format or fmt
        required = before.level
    if level is not None and required is not None and level < required and not force:
        raise StampError(
            f"the content requires level {required}; stamping level {level} would under-label the file "
            "(use --force to stamp it anyway)",
            f"内容から機密性{required}が必要です。機密性{level}を付けると不足します"
            "（それでも付ける場合は --force を指定してください）",
        )
    target = level if level is not None else before.level
    if target is None:
        raise StampError(
            "the level could not be determined (give --level)",
            "必要な機密性を判定できませんでした（--level を指定してください）",
        )
    codec = engine.stamp_codec_for(fmt)
    if codec is None and fmt in (engine.config.get("labels.name_only_formats", []) or []):
        raise UnsupportedFormatError(
            f"{fmt} files cannot carry a label inside; put it in the file name (e.g. 【機密性{target}】{name})",
            f"この形式（{fmt}）はファイル内にラベルを持てません。ファイル名に付けてください（例: 【機密性{target}】{name}）",
        )
    if codec is None:
        raise UnsupportedFormatError(
            f"stamping {fmt or 'this format'} is not supported; convert it to docx/xlsx/pptx/pdf "
            f"or put the label in the file name (e.g. 【機密性{target}】{name})",
            f"この形式（{fmt or '不明'}）へのラベル付与には対応していません。docx/xlsx/pptx/pdf に変換するか、"
            f"ファイル名に付けてください（例: 【機密性{target}】{name}）",
        )
    previous = before.label
    if previous is not None and previous > target and not force:
        raise StampError(
            f"the file already carries a higher label (level {previous} > {target}); use --force to lower it",
            f"より高いラベル（機密性{previous}）が既に付いています。下げるには --force を指定してください",
        )
    new = codec.stamp(
        Source(name=name, data=data),
        StampOptions(level=target, restrictions=list(restrictions), force=force, config=engine.config),
    )
    if new == data:
        return Prepared(data, target, previous, False, _leftovers(before, target), fmt)
    after = verify(engine, Source(name=name, data=new), target, fmt)
    return Prepared(new, target, previous, True, _leftovers(after, target), fmt)


def _top_level(engine: Engine) -> int:
    levels = [int(v) for v in (engine.config.get("labels.levels", {}) or {}).values()]
    return max(levels, default=3)


def verify(engine: Engine, source: Source, level: int, fmt: str) -> FileResult:
    """Re-read the stamped file's labels: they must read as ``level``, visibly, without read errors."""
    result = read_labels_only(engine, source, fmt)
    visible = [lb for lb in result.labels if lb.level == level and lb.source in ("visible", "legacy")]
    if result.uninspectable or result.label != level or not visible:
        raise StampError(
            f"verification failed: the stamped file reads as label {result.label}, not {level}",
            f"検証に失敗しました: 付与後のファイルのラベルが機密性{level}として読めません（{result.label}）",
        )
    return result


def _leftovers(result: FileResult, level: int) -> list[tuple[str, str]]:
    """Marks of another level that stamping cannot change (file name, sheet name, cells, PDF text)."""
    return [
        (
            f"{lb.where} に別のラベル「{lb.text}」が残っています。手で直してください",
            f"another label ({lb.text}) remains in {lb.where}; fix it by hand",
        )
        for lb in result.labels
        if lb.level != level
    ]


# --- files -----------------------------------------------------------------------------------
def stamp_file(
    engine: Engine,
    path: Path,
    *,
    level: int | None = None,
    output: Path | None = None,
    dry_run: bool = False,
    backup: bool = False,
    restrictions: list[str] | tuple[str, ...] = (),
    force: bool = False,
    skip_unreadable: bool = False,
    dir_fd: int | None = None,
    out_base: Path | None = None,
) -> StampResult:
    """Stamp one file; ``output`` is the destination path (None: in place). Never raises for bad input.

    ``skip_unreadable``: a file no extractor reads (an image found while walking a folder) is
    skipped instead of refused; name-only formats such as csv are still refused (they need a
    label in their name). ``dir_fd``: the open folder holding ``path`` (a folder walk passes it, so
    nothing is looked up again through links). ``out_base``: ``output`` lies below this folder and
    the folders in between are opened without following links.
    """
    result = StampResult(path=str(path), outcome="failed")
    try:
        with contextlib.ExitStack() as stack:
            if dir_fd is None:
                dir_fd = stack.enter_context(open_dir(path.parent if str(path.parent) else Path(".")))
            _stamp_at(engine, dir_fd, path, result, level, output, dry_run, backup,
                      restrictions, force, skip_unreadable, out_base)  # fmt: skip
    except AssetclassError as exc:
        result.outcome = "refused"
        result.message_ja, result.message_en = exc.message_ja, exc.message_en
    except OSError as exc:  # a sentence, not "IsADirectoryError: [Errno 21] …"
        from ..terms import os_error_text

        ja, en = os_error_text(exc)
        result.message_ja = f"ファイルを読み書きできません: {ja}"
        result.message_en = f"cannot read or write the file: {en}"
    except Exception as exc:  # a codec bug must not stop the other files
        result.message_ja = f"ラベルの付与中にエラーが発生しました ({safe_message(exc)})"
        result.message_en = f"stamping failed ({safe_message(exc)})"
    return result


def skip(result: StampResult, ja: str, en: str) -> None:
    result.outcome = "skipped"
    result.message_ja, result.message_en = ja, en


def _stamp_at(
    engine: Engine,
    dfd: int,
    path: Path,
    result: StampResult,
    level: int | None,
    output: Path | None,
    dry_run: bool,
    backup: bool,
    restrictions: list[str] | tuple[str, ...],
    force: bool,
    skip_unreadable: bool,
    out_base: Path | None,
) -> None:
    name = path.name
    if is_own_temp(name):
        return skip(result, "assetclass の一時ファイルです", "an assetclass temporary file")
    if is_backup_name(name):  # the original as it was before a stamp: stamping it would defeat it
        return skip(result, "--backup で作ったバックアップは付与しません", "a --backup copy is never stamped")
    # a link, FIFO or device is refused here, never opened; so is a file over the scan's size limit
    opened = read_regular(dfd, name, limits_from_config(engine).max_file_bytes)
    data = opened.data
    ext = ext_of(name)
    name_only = ext in (engine.config.get("labels.name_only_formats", []) or [])
    if skip_unreadable and not name_only and engine.extractor_for(name, data) is None:
        return skip(result, "対象外の形式です", "not a document format")
    prepared = prepare(engine, data, name, level, restrictions, force)
    result.level, result.previous, result.warnings = prepared.level, prepared.previous, prepared.warnings
    if prepared.changed and output is None:
        check_replaceable(opened, force=force)  # hard links, read-only: a dry run says so too
    if dry_run:
        result.outcome = "would-stamp" if prepared.changed else "unchanged"
        return None
    if not prepared.changed:
        result.outcome = "unchanged"
        if output is not None:  # the output folder still gets a (byte-identical) copy
            _write_copy(output, out_base, data, opened.meta, None)
            result.output = str(output)
        return None

    def check(stored: bytes) -> None:
        verify(engine, Source(name=name, data=stored), prepared.level, prepared.fmt)

    if output is not None:
        _write_copy(output, out_base, prepared.data, opened.meta, check)
        result.outcome, result.output = "stamped", str(output)
        return None
    with stage(dfd, prepared.data, opened.meta, check) as staged:
        kept: tuple[str, Identity] | None = None
        if backup:
            if Identity.of(lstat_at(dfd, name)) != opened.identity:
                raise changed_error()
            with stage(dfd, data, opened.meta) as copy:
                bak = copy.commit_new(name + ".bak")
            kept = (bak, Identity.of(lstat_at(dfd, bak)))
        try:
            staged.commit(name, expect=opened.identity)
        except FileChangedError:
            if kept is not None and Identity.of(lstat_at(dfd, kept[0])) == kept[1]:
                os.unlink(kept[0], dir_fd=dfd)  # a backup of a version we did not replace
            raise
    result.outcome, result.output = "stamped", str(path)
    return None


def _write_copy(
    output: Path, out_base: Path | None, data: bytes, meta: Meta, check: Callable[[bytes], None] | None
) -> None:
    """Write ``data`` at ``output`` (an --output-dir copy): never through a link planted there."""
    with contextlib.ExitStack() as stack:
        if out_base is not None:
            rel = output.relative_to(out_base)
            root = stack.enter_context(open_dir(out_base, create=True))
            dfd = stack.enter_context(open_tree(root, rel.parent.parts, create=True))
        else:
            dfd = stack.enter_context(open_dir(output.parent, create=True))
        with stage(dfd, data, meta, check) as staged:
            staged.commit(output.name)
