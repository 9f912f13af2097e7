"""The content and result model shared by every stage.

Extractors produce a :class:`Document`; detectors turn it into :class:`Finding` s; the policy turns
findings into a :class:`Classification`; label codecs report :class:`DeclaredLabel` s; rules turn all
of that into :class:`Violation` s; everything for one file ends up in a :class:`FileResult`, whose
``to_json()`` is the public JSON Lines contract of DESIGN.md.

Nothing here holds a raw personal value except ``TextBlock.text`` and ``Table.rows`` (the extracted
content itself, which never leaves the process); findings carry masked evidence only.

The extracted content (Source, Document, TextBlock, Table, OcrPage, Region, CellValue) is
:mod:`assetclass.content`, re-exported here so callers and plugins import the whole model from one
place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any, Literal

from .content import CellValue, Document, OcrPage, Region, Source, Table, TextBlock, column_letter


class Level(IntEnum):
    """Confidentiality levels of the default scheme (機密性1 lowest … 機密性3 highest)."""

    L1 = 1
    L2 = 2
    L3 = 3


#: ``format`` of a ``skipped`` result for a file that is known not to be a document: listed, never
#: silent, but no AC105 (a share in daily use always has lock files; they hold only a user name).
OFFICE_LOCK_FORMAT = "office-lock"
OWN_TEMP_FORMAT = "assetclass-temp"
NOT_DOCUMENT_FORMATS = frozenset({OFFICE_LOCK_FORMAT, OWN_TEMP_FORMAT})


class Status(StrEnum):
    OK = "ok"
    ERROR = "error"
    ENCRYPTED = "encrypted"
    UNSUPPORTED = "unsupported"
    SKIPPED = "skipped"


@dataclass(slots=True)
class Finding:
    """One detected value (or one column of values) of a finding type.

    ``record`` groups findings that belong to one person: the same table row ("名簿!row 7"), the
    same paragraph ("paragraph 12") or the same letter; the policy combines findings by record.
    ``fingerprint`` is a keyed hash of the normalised value for counting distinct values without
    keeping them; ``value`` is only filled when the user asked for values (--show-values).
    """

    type: str
    confidence: float  # 0..1
    locator: str
    evidence: str  # masked, e.g. "1234 **** ****" or "山田 **"
    record: str | None = None
    fingerprint: str | None = None
    count: int = 1  # a column-level finding may stand for many cells
    detector: str = ""
    value: str | None = None


@dataclass(slots=True)
class Reason:
    """Why a level was assigned: the rule, in both languages, with the findings it rests on."""

    rule: str  # policy rule id, e.g. "my_number", "bulk_personal_records"
    level: int
    message_ja: str
    message_en: str
    types: list[str] = field(default_factory=list)
    count: int = 0
    where: list[str] = field(default_factory=list)

    def message(self, lang: str) -> str:
        return self.message_ja if lang == "ja" else self.message_en

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level,
            "message": self.message_ja,
            "message_en": self.message_en,
            "types": self.types,
            "count": self.count,
            "where": self.where,
        }


@dataclass(slots=True)
class ReviewReason:
    """Why a person should look at a file's level: it rests on weak evidence, or a count sits near
    a threshold. The level is already the higher candidate; this says how sure it is."""

    code: str  # stable id, e.g. "weak_my_number", "weak_evidence", "near_bulk_threshold"
    message_ja: str
    message_en: str
    where: list[str] = field(default_factory=list)

    def message(self, lang: str) -> str:
        return self.message_ja if lang == "ja" else self.message_en

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message_ja,
            "message_en": self.message_en,
            "where": self.where,
        }


@dataclass(slots=True)
class Classification:
    level: int
    reasons: list[Reason]
    subjects: int
    scheme: str = "default"
    # non-empty: the level rests on weak evidence and should be checked by a person
    review: list[ReviewReason] = field(default_factory=list)


@dataclass(slots=True)
class DeclaredLabel:
    """A confidentiality mark found in or on a file."""

    level: int
    text: str  # the mark as written, e.g. "【機密性３】" (labels are not personal data)
    where: str  # "header (section 1)", "filename", "custom property Confidentiality", "page 1 top"
    source: Literal["visible", "metadata", "filename", "legacy"] = "visible"
    restrictions: list[str] = field(default_factory=list)  # 取扱制限 such as 持出禁止


@dataclass(slots=True)
class Violation:
    code: str  # stable rule code, e.g. "AC101"
    message: str  # Japanese, like the JSON key (why not message_ja yet: docs/decisions.md)
    severity: Literal["error", "warning", "info"] = "error"
    message_en: str = ""
    where: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message, "severity": self.severity}
        if self.message_en:
            out["message_en"] = self.message_en
        if self.where:
            out["where"] = self.where
        return out


@dataclass(slots=True)
class FileResult:
    """Everything assetclass says about one file. ``to_json()`` is the public JSONL contract."""

    path: str
    status: Status = Status.OK
    format: str | None = None
    level: int | None = None
    label: int | None = None
    findings: list[Finding] = field(default_factory=list)
    subjects: int = 0
    reasons: list[Reason] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    labels: list[DeclaredLabel] = field(default_factory=list)
    message: str | None = None  # status message (ja) for error/encrypted/unsupported/skipped
    message_en: str | None = None
    uninspectable: list[str] = field(default_factory=list)
    size: int | None = None
    sha256: str | None = None
    container: str | None = None  # path of the archive/mail this member came from
    members: list[FileResult] = field(default_factory=list)  # results of archive/mail members
    seconds: float | None = None
    # hex of the raw path bytes when the path is not valid UTF-8 (``path`` then shows \xNN escapes)
    path_bytes_hex: str | None = None
    review: list[ReviewReason] = field(default_factory=list)  # why the level needs a person's check
    ocr: list[OcrPage] = field(default_factory=list)  # pages read by OCR (JSON field ``ocr``)
    # Who to ask about the file: its owner (user name, or the numeric uid when the name is unknown)
    # and last modification (ISO 8601, UTC). Filled by the bulk scan from the walk's stat.
    owner: str | None = None
    mtime: str | None = None

    def findings_summary(self) -> list[dict[str, Any]]:
        """Findings aggregated per type: ``{"type", "count", "confidence", "where": [...]}``."""
        by_type: dict[str, dict[str, Any]] = {}
        for f in self.findings:
            entry = by_type.setdefault(
                f.type, {"type": f.type, "count": 0, "confidence": 0.0, "where": [], "evidence": []}
            )
            entry["count"] += f.count
            entry["confidence"] = round(max(entry["confidence"], f.confidence), 2)
            if f.locator not in entry["where"] and len(entry["where"]) < 20:
                entry["where"].append(f.locator)
            shown = f.value if f.value is not None else f.evidence
            if shown and shown not in entry["evidence"] and len(entry["evidence"]) < 5:
                entry["evidence"].append(shown)
        return sorted(by_type.values(), key=lambda e: (-e["count"], e["type"]))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "status": str(self.status),
            "level": self.level,
            "label": self.label,
            "findings": self.findings_summary(),
            "subjects": self.subjects,
            "reasons": [r.to_json() for r in self.reasons],
            "violations": [v.to_json() for v in self.violations],
            "format": self.format,
            "labels": [
                {"level": lb.level, "text": lb.text, "where": lb.where, "source": lb.source}
                for lb in self.labels
            ],
            "review": bool(self.review),
        }
        if self.review:
            out["review_reasons"] = [r.to_json() for r in self.review]
        if self.message is not None:
            out["message"] = self.message
            out["message_en"] = self.message_en
        if self.uninspectable:
            out["uninspectable"] = self.uninspectable
        if self.size is not None:
            out["size"] = self.size
        if self.sha256 is not None:
            out["sha256"] = self.sha256
        if self.owner is not None:
            out["owner"] = self.owner
        if self.mtime is not None:
            out["mtime"] = self.mtime
        if self.container is not None:
            out["container"] = self.container
        if self.path_bytes_hex is not None:
            out["path_bytes_hex"] = self.path_bytes_hex
        if self.ocr:
            out["ocr"] = [page.to_json() for page in self.ocr]
        if self.members:
            out["members"] = [m.to_json() for m in self.members]
        return out


@dataclass(slots=True, frozen=True)
class Limits:
    """Per-file limits; a file over a limit gets status "skipped"/"error" with a message, never a crash."""

    max_file_bytes: int = 512 * 1024 * 1024
    max_inflated_bytes: int = 1024 * 1024 * 1024  # total of all zip members read from one file
    max_compression_ratio: float = 200.0  # per zip member, for members over 1 MiB inflated
    max_archive_depth: int = 3
    max_cells: int = 5_000_000
    max_pages: int = 5_000
    seconds_per_file: float = 300.0
    memory_bytes_per_worker: int = 4 * 1024 * 1024 * 1024

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> Limits:
        """From the ``[scan.limits]`` table; unknown keys are ignored (validated elsewhere)."""
        return cls(**{k: v for k, v in (raw or {}).items() if k in cls.__dataclass_fields__})


@dataclass(slots=True, frozen=True)
class Rule:
    """A linter rule's metadata (the check logic lives with the rule's implementation)."""

    code: str  # "AC101"
    name: str  # "label-missing"
    severity: Literal["error", "warning", "info"]
    summary_ja: str
    summary_en: str


__all__ = [
    "NOT_DOCUMENT_FORMATS",
    "OFFICE_LOCK_FORMAT",
    "OWN_TEMP_FORMAT",
    "CellValue",
    "Classification",
    "DeclaredLabel",
    "Document",
    "FileResult",
    "Finding",
    "Level",
    "Limits",
    "OcrPage",
    "Reason",
    "Region",
    "ReviewReason",
    "Rule",
    "Source",
    "Status",
    "Table",
    "TextBlock",
    "Violation",
    "column_letter",
]
