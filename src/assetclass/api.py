"""The typed Python API: scan paths, bytes and in-memory documents; read and stamp labels."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .config import Config
from .engine import Engine, get_engine
from .exceptions import StampError
from .model import Classification, DeclaredLabel, Document, FileResult, Source
from .pipeline import ScanOptions, analyse, limits_from_config, scan_source
from .stamping import StampResult, prepare, stamp_file


def _engine(config: Config | None, engine: Engine | None) -> Engine:
    return engine or get_engine(config)


def scan_path(
    path: str | Path, *, config: Config | None = None, show_values: bool = False, engine: Engine | None = None
) -> FileResult:
    """Classify one file on disk: required level, findings, declared labels and violations."""
    eng = _engine(config, engine)
    p = Path(path)
    options = ScanOptions(show_values=show_values, limits=limits_from_config(eng))
    return scan_source(Source(name=p.name, path=str(p)), eng, options)


def scan_bytes(
    data: bytes,
    name: str,
    *,
    config: Config | None = None,
    show_values: bool = False,
    engine: Engine | None = None,
) -> FileResult:
    """Classify a file given as bytes; ``name`` (with its extension) stands for the file name."""
    eng = _engine(config, engine)
    options = ScanOptions(show_values=show_values, limits=limits_from_config(eng))
    return scan_source(Source(name=name, data=data), eng, options)


def document_to_bytes(obj: Any) -> tuple[bytes, str]:
    """Serialise an in-memory python-docx Document, openpyxl Workbook or python-pptx Presentation.

    Returns the bytes and the format extension. Saving to memory is what the file would hold,
    so the in-memory object is classified exactly like the saved file.
    """
    module = type(obj).__module__
    buf = io.BytesIO()
    if module.startswith("docx"):
        obj.save(buf)
        return buf.getvalue(), "docx"
    if module.startswith("openpyxl"):
        obj.save(buf)
        return buf.getvalue(), "xlsm" if getattr(obj, "vba_archive", None) else "xlsx"
    if module.startswith("pptx"):
        obj.save(buf)
        return buf.getvalue(), "pptx"
    if module.startswith("docxtpl"):  # a rendered DocxTemplate
        obj.save(buf)
        return buf.getvalue(), "docx"
    raise TypeError(f"cannot scan an object of type {type(obj).__name__}")


def scan_document(
    obj: Any,
    name: str | None = None,
    *,
    config: Config | None = None,
    show_values: bool = False,
    engine: Engine | None = None,
) -> FileResult:
    """Classify an in-memory python-docx Document, openpyxl Workbook or python-pptx Presentation."""
    data, ext = document_to_bytes(obj)
    return scan_bytes(data, name or f"<memory>.{ext}", config=config, show_values=show_values, engine=engine)


def classify(
    document: Document, *, config: Config | None = None, engine: Engine | None = None
) -> tuple[FileResult, Classification]:
    """Classify an already extracted :class:`Document` (for tools with their own readers)."""
    eng = _engine(config, engine)
    result = FileResult(path=document.name, format=document.format)
    _, classification = analyse(document, eng, ScanOptions(limits=limits_from_config(eng)), result)
    return result, classification


def read_labels_of(
    path: str | Path | None = None,
    *,
    data: bytes | None = None,
    name: str | None = None,
    config: Config | None = None,
    engine: Engine | None = None,
) -> list[DeclaredLabel]:
    """The confidentiality labels a file declares, with where each was found."""
    eng = _engine(config, engine)
    options = ScanOptions(limits=limits_from_config(eng), check_rules=False)
    if path is not None:
        p = Path(path)
        source = Source(name=p.name, path=str(p))
    elif data is not None:
        source = Source(name=name or "<bytes>", data=data)
    else:
        raise TypeError("give a path or data")
    result = scan_source(source, eng, options)
    return result.labels


def stamp_path(
    path: str | Path,
    level: int | None = None,
    *,
    output: str | Path | None = None,
    backup: bool = False,
    restrictions: Sequence[str] = (),
    force: bool = False,
    dry_run: bool = False,
    config: Config | None = None,
    engine: Engine | None = None,
) -> StampResult:
    """Stamp a file on disk (in place, or to ``output``) with ``level`` or its classified level.

    Never raises for bad input: the returned result says stamped / unchanged / refused / failed.
    """
    return stamp_file(
        _engine(config, engine),
        Path(path),
        level=level,
        output=Path(output) if output is not None else None,
        dry_run=dry_run,
        backup=backup,
        restrictions=tuple(restrictions),
        force=force,
    )


def stamp_bytes(
    data: bytes,
    name: str,
    level: int | None = None,
    *,
    restrictions: Sequence[str] = (),
    force: bool = False,
    required: int | None = None,
    config: Config | None = None,
    engine: Engine | None = None,
) -> bytes:
    """The stamped, verified bytes of a file (the same bytes when it already carries the level).

    A ``level`` below the level the content requires is refused unless ``force``; pass
    ``required`` when the file was just classified, to skip classifying it again.
    Raises StampError / SignedFileError / EncryptedFileError / UnsupportedFormatError on refusal.
    """
    eng = _engine(config, engine)
    return prepare(eng, data, name, level, tuple(restrictions), force, required=required).data


def stamp_document(
    obj: Any,
    level: int | None = None,
    *,
    restrictions: Sequence[str] = (),
    force: bool = False,
    config: Config | None = None,
    engine: Engine | None = None,
) -> int:
    """Stamp an in-memory python-docx Document or openpyxl Workbook; returns the level stamped.

    The object is changed through its own library (header paragraphs / sheet headers and custom
    properties); save it as usual afterwards. Raises StampError when it would lower a higher
    label without ``force`` or when the label does not read back.
    """
    from .labels import inmemory  # late: it loads lxml, which `import assetclass` does not need

    eng = _engine(config, engine)
    before = scan_document(obj, config=config, engine=eng)
    target = level if level is not None else before.level
    if target is None:
        raise StampError("the level could not be determined", "必要な機密性を判定できませんでした")
    if before.label is not None and before.label > target and not force:
        raise StampError(
            f"the document already carries a higher label (level {before.label} > {target})",
            f"より高いラベル（機密性{before.label}）が既に付いています",
        )
    if inmemory.is_docx_object(obj):
        inmemory.stamp_docx_object(obj, target, list(restrictions), eng.config)
    elif inmemory.is_workbook_object(obj):
        inmemory.stamp_workbook_object(obj, target, list(restrictions), eng.config)
    else:
        raise TypeError(f"cannot stamp an object of type {type(obj).__name__}")
    after = scan_document(obj, config=config, engine=eng)
    if after.label != target:
        raise StampError(
            f"the stamped document reads as label {after.label}, not {target}",
            f"付与後の文書のラベルが機密性{target}として読めません",
        )
    return target


__all__ = [
    "classify",
    "document_to_bytes",
    "read_labels_of",
    "scan_bytes",
    "scan_document",
    "scan_path",
    "stamp_bytes",
    "stamp_document",
    "stamp_path",
]
