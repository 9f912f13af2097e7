"""Baselines, as detect-secrets keeps them: today's accepted violations, so ``check`` fails only on new ones.

A baseline is a JSON file. Each entry names a violation by the file's path (relative to the
baseline's folder, so the file can be committed next to the documents), the rule code and a
fingerprint. The fingerprint is a SHA-256 over the rule code, the required level, the declared
label, the violation's place and the finding types of the file: no personal value goes in
(finding types are ids, places are masked locators), and the fingerprint changes when what makes
the violation changes (the content now requires 機密性3, or another label appeared), so a file
that got worse is reported again. ``audit`` records a person's decision per entry: accepted
entries are suppressed, rejected ones (a problem to fix) are not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .exceptions import ConfigError
from .model import FileResult, Violation
from .safeio import write_atomic
from .terms import os_error_text

VERSION = 1
DEFAULT_FILE = ".assetclass-baseline.json"


def fingerprint(result: FileResult, violation: Violation) -> str:
    types = sorted({f.type for f in result.findings})
    blob = json.dumps(
        [violation.code, result.level, result.label, violation.where or "", types], ensure_ascii=False
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _flatten(result: FileResult) -> list[FileResult]:
    out = [result]
    for member in result.members:
        out.extend(_flatten(member))
    return out


@dataclass(slots=True)
class Entry:
    path: str
    code: str
    fingerprint: str
    message_ja: str = ""  # the baseline file's key is ``message`` (as in the JSON report)
    message_en: str = ""
    reviewed: bool = False
    accepted: bool | None = None  # None: not reviewed; False: a reviewer said it must be fixed
    reviewed_at: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.code, self.fingerprint)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "code": self.code,
            "fingerprint": self.fingerprint,
            "message": self.message_ja,
            "message_en": self.message_en,
            "reviewed": self.reviewed,
            "accepted": self.accepted,
        }
        if self.reviewed_at:
            out["reviewed_at"] = self.reviewed_at
        return out


@dataclass(slots=True)
class Baseline:
    file: Path
    entries: list[Entry] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.file.resolve().parent

    def rel(self, path: str) -> str:
        """``path`` as the baseline writes it: relative to the baseline's folder, with ``/``."""
        rel = os.path.relpath(os.path.abspath(path), self.folder)
        return rel.replace(os.sep, "/")

    def suppressed(self) -> set[tuple[str, str, str]]:
        return {e.key for e in self.entries if e.accepted is not False}

    def filter(self, result: FileResult) -> tuple[FileResult, int]:
        """``result`` without the violations this baseline suppresses (and how many there were)."""
        keys = self.suppressed()
        dropped = 0

        def keep(item: FileResult) -> FileResult:
            nonlocal dropped
            path = self.rel(item.path)
            kept = [v for v in item.violations if (path, v.code, fingerprint(item, v)) not in keys]
            dropped += len(item.violations) - len(kept)
            members = [keep(m) for m in item.members]
            if len(kept) == len(item.violations) and all(
                a is b for a, b in zip(members, item.members, strict=True)
            ):
                return item
            return replace(item, violations=kept, members=members)

        return keep(result), dropped

    def record(self, result: FileResult) -> None:
        """Add ``result``'s violations (info-level notes too: they are reported)."""
        for item in _flatten(result):
            for v in item.violations:
                self.entries.append(
                    Entry(self.rel(item.path), v.code, fingerprint(item, v), v.message, v.message_en)
                )

    def merge_reviews(self, old: Baseline) -> None:
        """Keep the audit decisions of entries that are still there (a re-run of ``baseline``)."""
        decided = {e.key: e for e in old.entries if e.reviewed}
        for entry in self.entries:
            prev = decided.get(entry.key)
            if prev is not None:
                entry.reviewed, entry.accepted, entry.reviewed_at = True, prev.accepted, prev.reviewed_at

    def to_json(self) -> dict[str, Any]:
        entries = sorted(self.entries, key=lambda e: e.key)
        return {"version": VERSION, "entries": [e.to_json() for e in entries]}

    def save(self) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"
        write_atomic(self.file, text.encode("utf-8"))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def load(file: Path) -> Baseline:
    """Read a baseline; a missing, unreadable or malformed file is a ConfigError (exit 2)."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError("not an assetclass baseline (version 1)")
        entries = [
            Entry(
                path=str(e["path"]),
                code=str(e["code"]),
                fingerprint=str(e["fingerprint"]),
                message_ja=str(e.get("message", "")),
                message_en=str(e.get("message_en", "")),
                reviewed=bool(e.get("reviewed", False)),
                accepted=e.get("accepted"),
                reviewed_at=e.get("reviewed_at"),
            )
            for e in data.get("entries", [])
        ]
    except OSError as exc:
        ja, en = os_error_text(exc)
        raise ConfigError(
            f"cannot read the baseline {file} ({en})", f"ベースライン {file} を読み込めません: {ja}"
        ) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"cannot read the baseline {file} (not an assetclass baseline)",
            f"ベースライン {file} を読み込めません（形式が正しくありません）",
        ) from exc
    return Baseline(file, entries)
