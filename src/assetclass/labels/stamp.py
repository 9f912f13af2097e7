"""Stamping: decide the level, let the format's codec write the mark, verify, replace atomically.

Safety rules (DESIGN.md "Labels"), each covered by tests/labels/test_stamp_*.py:
- the stamped bytes are written to a temporary file in the destination folder, re-read through the
  same scan path as ``assetclass scan`` (the label must read back as the stamped level), and only
  then moved over the destination with ``os.replace``; on any failure the original is untouched;
- a file that already carries the level is not rewritten at all (same bytes, same mtime);
- encrypted and digitally signed files are refused, and so is lowering a higher label without
  ``force``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from ..display import printable
from ..engine import Engine
from ..exceptions import AssetclassError, EncryptedFileError, StampError, UnsupportedFormatError
from ..i18n import pick
from ..interfaces import StampOptions
from ..model import FileResult, Source, Status
from ..pipeline import ScanOptions, limits_from_config, read_labels, scan_source
from ..redact import safe_message

Outcome = Literal["stamped", "unchanged", "would-stamp", "skipped", "refused", "failed"]


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


@dataclass(slots=True)
class StampResult:
    """What happened to one file. Messages hold no document content (paths and levels only)."""

    path: str
    outcome: Outcome
    level: int | None = None  # the level stamped (or that would be)
    previous: int | None = None  # the highest label before
    output: str | None = None  # where the stamped file was written
    message: str = ""
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
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


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
) -> Prepared:
    """Compute the stamped bytes of one file (in memory) and verify them. Raises AssetclassError."""
    fmt = _format_of(engine, data, name)
    if level is None:  # the classified level: a full scan
        before = _scan(engine, Source(name=name, data=data))
        if before.status is Status.ENCRYPTED:
            raise EncryptedFileError(
                "the file is encrypted; it cannot be stamped",
                "ファイルが暗号化されているため、ラベルを付与できません",
            )
        fmt = before.format or fmt
    else:
        before = read_labels_only(engine, Source(name=name, data=data), fmt)
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
def _iter(paths: list[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, path relative to the output folder) for every file under ``paths``."""
    for root in paths:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for fname in sorted(filenames):
                    full = Path(dirpath) / fname
                    yield full, full.relative_to(root)
        else:
            yield root, Path(root.name)


def _free_backup(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak{n}")
        n += 1
    return candidate


def write_atomic(
    engine: Engine, dest: Path, data: bytes, level: int, fmt: str, *, like: Path | None = None
) -> None:
    """Write ``data`` to a temp file beside ``dest``, verify it from disk, then os.replace."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".~assetclass-", suffix=".tmp", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if like is not None and like.exists():
            shutil.copymode(like, tmp)
        verify(engine, Source(name=dest.name, path=str(tmp)), level, fmt)
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


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
) -> StampResult:
    """Stamp one file; ``output`` is the destination path (None: in place). Never raises for bad input.

    ``skip_unreadable``: a file no extractor reads (an image found while walking a folder) is
    skipped instead of refused; name-only formats such as csv are still refused (they need a
    label in their name).
    """
    result = StampResult(path=str(path), outcome="failed")
    try:
        data = path.read_bytes()
        ext = path.name.rsplit(".", 1)[-1].lower() if "." in path.name else ""
        name_only = ext in (engine.config.get("labels.name_only_formats", []) or [])
        if skip_unreadable and not name_only and engine.extractor_for(path.name, data) is None:
            result.outcome = "skipped"
            result.message, result.message_en = "対象外の形式です", "not a document format"
            return result
        prepared = prepare(engine, data, path.name, level, restrictions, force)
        result.level, result.previous, result.warnings = prepared.level, prepared.previous, prepared.warnings
        dest = output or path
        if dry_run:
            result.outcome = "would-stamp" if prepared.changed else "unchanged"
        elif not prepared.changed:
            result.outcome = "unchanged"
            if output is not None:  # the output folder still gets a (byte-identical) copy
                output.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, output)
                result.output = str(output)
        else:
            if backup and output is None:
                shutil.copy2(path, _free_backup(path))
            write_atomic(engine, dest, prepared.data, prepared.level, prepared.fmt, like=path)
            result.outcome = "stamped"
            result.output = str(dest)
    except AssetclassError as exc:
        result.outcome = "refused"
        result.message, result.message_en = exc.message_ja, exc.message_en
    except OSError as exc:
        result.message = f"ファイルを読み書きできません ({safe_message(exc)})"
        result.message_en = f"cannot read or write the file ({safe_message(exc)})"
    except Exception as exc:  # a codec bug must not stop the other files
        result.message = f"ラベルの付与中にエラーが発生しました ({safe_message(exc)})"
        result.message_en = f"stamping failed ({safe_message(exc)})"
    return result


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
    detail = pick(lang, result.message, result.message_en)
    if detail:
        line += f" {printable(detail)}"
    if result.output and result.output != result.path:
        line += f" → {printable(result.output)}"
    for w_ja, w_en in result.warnings:
        line += "\n  " + pick(lang, f"注意: {w_ja}", f"note: {w_en}")
    return line


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
    explicit = {p for p in request.paths if not p.is_dir()}
    for path, rel in _iter(request.paths):
        if path.name.startswith(".~assetclass-"):
            continue  # our own temp file from an interrupted run
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
            skip_unreadable=path not in explicit,
        )
        bad += not res.ok
        out.write(describe(res, lang) + "\n")
    out.flush()
    return 1 if bad else 0
