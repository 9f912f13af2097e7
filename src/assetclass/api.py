"""The typed Python API: scan paths, bytes and in-memory documents; read and stamp labels."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from .config import Config
from .engine import Engine, get_engine
from .model import Classification, DeclaredLabel, Document, FileResult, Source
from .pipeline import ScanOptions, analyse, limits_from_config, scan_source


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


__all__ = [
    "classify",
    "document_to_bytes",
    "read_labels_of",
    "scan_bytes",
    "scan_document",
    "scan_path",
]
