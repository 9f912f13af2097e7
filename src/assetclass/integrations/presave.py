"""Pre-save hooks: classify a generated document in memory before it is written, then stamp, warn or refuse.

One call before saving a python-docx ``Document``, an openpyxl ``Workbook`` or a rendered docxtpl
``DocxTemplate``::

    from assetclass.integrations.presave import safe_save
    safe_save(doc, "通知書.docx", mode="stamp")

The mode comes from the call, else ``[hooks] presave_mode`` of the configuration, else ``"warn"``;
an ``assetclass_pre_save`` plugin may override it per document. A document "needs a label" when its
required level is at least ``[hooks] min_level`` (default 2) and it declares no label or a
lower one. Messages name levels and files only, never document content.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from ..api import document_to_bytes
from ..config import Config
from ..engine import Engine
from ..exceptions import ConfigError, SaveRefusedError
from ..model import FileResult, Source, Status
from ..pipeline import ScanOptions, limits_from_config, scan_source
from ..safeio import write_atomic
from ._engine import hook_engine
from ._stamping import stamp_data

MODES: tuple[str, ...] = ("stamp", "warn", "refuse", "allow")
DEFAULT_MODE = "warn"
DEFAULT_MIN_LEVEL = 2

log = logging.getLogger(__name__)


class PreSaveWarning(UserWarning):
    """Emitted in ``warn`` mode when a generated document lacks the label its content requires."""


@dataclass(slots=True)
class PreSaveOutcome:
    """What the pre-save check decided for one document."""

    result: FileResult  # classification of the in-memory document (as it would be saved)
    mode: str  # the effective mode (after configuration and plugins)
    action: Literal["unchanged", "stamped", "warned"]  # "refuse" raises SaveRefusedError instead
    needs_label: bool
    data: bytes  # the bytes to write: stamped in "stamp" mode, else the document as it is
    name: str
    message_ja: str = ""
    message_en: str = ""

    @property
    def level(self) -> int | None:
        return self.result.level

    @property
    def label(self) -> int | None:
        return self.result.label


def _resolve_mode(mode: str | None, engine: Engine) -> str:
    chosen = mode or engine.config.get("hooks.presave_mode") or DEFAULT_MODE
    if chosen not in MODES:
        raise ConfigError(
            f"unknown pre-save mode {chosen!r} (expected one of {', '.join(MODES)})",
            f"保存前フックのモード {chosen!r} は不明です ({', '.join(MODES)} のいずれか)",
        )
    return str(chosen)


def _needs_label(result: FileResult, min_level: int) -> bool:
    if result.status != Status.OK or result.level is None:
        return False
    return result.level >= min_level and (result.label is None or result.label < result.level)


def _messages(result: FileResult, name: str) -> tuple[str, str]:
    if result.status != Status.OK:
        return (
            f"{name}: 保存前に分類できませんでした ({result.message or result.status})",
            f"{name}: could not be classified before saving ({result.message_en or result.status})",
        )
    have_ja = f"機密性{result.label}" if result.label else "ラベルなし"
    have_en = f"label {result.label}" if result.label else "no label"
    return (
        f"{name}: 内容から機密性{result.level}のラベルが必要です（現在: {have_ja}）",
        f"{name}: content requires confidentiality level {result.level} ({have_en})",
    )


def check_before_save(
    obj: Any,
    *,
    name: str | None = None,
    mode: str | None = None,
    config: Config | None = None,
    engine: Engine | None = None,
) -> PreSaveOutcome:
    """Classify the in-memory document and apply the mode; returns what to write.

    Raises :class:`SaveRefusedError` in ``refuse`` mode (or when a document that cannot be
    classified meets ``refuse``); raises StampError if stamping or its verification fails.
    """
    eng = hook_engine(config, engine)
    data, ext = document_to_bytes(obj)
    doc_name = name or f"<memory>.{ext}"
    # the same as assetclass.scan_document, keeping the bytes so they are serialised only once
    result = scan_source(Source(name=doc_name, data=data), eng, ScanOptions(limits=limits_from_config(eng)))
    effective = _resolve_mode(mode, eng)
    override = eng.hook.assetclass_pre_save(result=result, mode=effective)
    if override is not None:
        effective = _resolve_mode(str(override), eng)
    min_level = int(eng.config.get("hooks.min_level", DEFAULT_MIN_LEVEL))
    needs = _needs_label(result, min_level)
    unreadable = result.status != Status.OK
    ja, en = _messages(result, doc_name)
    outcome = PreSaveOutcome(result, effective, "unchanged", needs, data, doc_name, ja, en)
    if effective == "allow" or not (needs or unreadable):
        return outcome
    if effective == "refuse":
        raise SaveRefusedError(f"save refused: {en}", f"保存を中止しました: {ja}", result=result)
    if effective == "stamp" and needs and result.level is not None:
        outcome.data = stamp_data(data, doc_name, result.level, eng)
        outcome.action = "stamped"
        log.info("pre-save: stamped %s with level %s", doc_name, result.level)
        return outcome
    outcome.action = "warned"
    log.warning("pre-save: %s", en)
    warnings.warn(PreSaveWarning(en), stacklevel=3)
    return outcome


def safe_save(
    obj: Any,
    path: str | Path,
    *,
    mode: str | None = None,
    config: Config | None = None,
    engine: Engine | None = None,
) -> PreSaveOutcome:
    """Check ``obj`` (python-docx Document, openpyxl Workbook, rendered DocxTemplate) and save it.

    The file name counts (a label in the name is a label), so the check uses ``path``'s name.
    The file is written atomically; nothing is written when the save is refused.
    """
    target = Path(path)
    outcome = check_before_save(obj, name=target.name, mode=mode, config=config, engine=engine)
    write_atomic(target, outcome.data)
    return outcome


def _new_document(path: Path, template: str | Path | None) -> Any:
    ext = path.suffix.lower()
    if template is not None:
        from docxtpl import DocxTemplate

        return DocxTemplate(str(template))
    if ext == ".docx":
        import docx

        return docx.Document()
    if ext in (".xlsx", ".xlsm"):
        import openpyxl

        return openpyxl.Workbook()
    if ext == ".pptx":
        import pptx

        return pptx.Presentation()
    raise TypeError(f"guarded_save cannot create a document for {ext or 'a file without extension'}")


class guarded_save:  # named like a function: it is used as one, in `with`
    """``with guarded_save("名簿.xlsx", mode="stamp") as wb:`` — build the document, saved checked on exit.

    Yields ``document`` when given, else a new python-docx Document / openpyxl Workbook /
    python-pptx Presentation chosen by the extension, or a DocxTemplate of ``template``.
    Nothing is saved when the block raises. ``.outcome`` holds the decision afterwards.
    """

    def __init__(
        self,
        path: str | Path,
        document: Any = None,
        *,
        template: str | Path | None = None,
        mode: str | None = None,
        config: Config | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.path = Path(path)
        self.document = document
        self.template = template
        self.mode = mode
        self.config = config
        self.engine = engine
        self.outcome: PreSaveOutcome | None = None

    def __enter__(self) -> Any:
        if self.document is None:
            self.document = _new_document(self.path, self.template)
        return self.document

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            return
        self.outcome = safe_save(
            self.document, self.path, mode=self.mode, config=self.config, engine=self.engine
        )


__all__ = [
    "MODES",
    "PreSaveOutcome",
    "PreSaveWarning",
    "check_before_save",
    "guarded_save",
    "safe_save",
]
