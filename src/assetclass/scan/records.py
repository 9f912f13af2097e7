"""A FileResult as a JSON-able record for the results store, and back (lossless except raw values)."""

from __future__ import annotations

from typing import Any

from ..model import DeclaredLabel, FileResult, Finding, Reason, ReviewReason, Status, Violation


def to_record(result: FileResult) -> dict[str, Any]:
    """A JSON-able dict of the whole result, raw values and fingerprints dropped.

    Hand-written rather than ``dataclasses.asdict``: asdict deep-copies recursively and cost
    14 ms per file with thousands of findings in the profile; this is a plain field walk.
    """
    return {
        "path": result.path,
        "status": str(result.status),
        "format": result.format,
        "level": result.level,
        "label": result.label,
        "findings": [
            {
                "type": f.type,
                "confidence": f.confidence,
                "locator": f.locator,
                "evidence": f.evidence,
                "record": f.record,
                "count": f.count,
                "detector": f.detector,
            }
            for f in result.findings
        ],
        "subjects": result.subjects,
        "reasons": [
            {
                "rule": r.rule,
                "level": r.level,
                "message_ja": r.message_ja,
                "message_en": r.message_en,
                "types": list(r.types),
                "count": r.count,
                "where": list(r.where),
            }
            for r in result.reasons
        ],
        "violations": [
            {
                "code": v.code,
                "message": v.message,
                "severity": v.severity,
                "message_en": v.message_en,
                "where": v.where,
            }
            for v in result.violations
        ],
        "labels": [
            {
                "level": lb.level,
                "text": lb.text,
                "where": lb.where,
                "source": lb.source,
                "restrictions": lb.restrictions,
            }
            for lb in result.labels
        ],
        "message": result.message,
        "message_en": result.message_en,
        "uninspectable": list(result.uninspectable),
        "size": result.size,
        "sha256": result.sha256,
        "container": result.container,
        "members": [to_record(m) for m in result.members],
        "seconds": result.seconds,
        "path_bytes_hex": result.path_bytes_hex,
        "owner": result.owner,
        "mtime": result.mtime,
        "review": [
            {"code": r.code, "message_ja": r.message_ja, "message_en": r.message_en, "where": list(r.where)}
            for r in result.review
        ],
    }


def from_record(data: dict[str, Any]) -> FileResult:
    return FileResult(
        path=data["path"],
        status=Status(data["status"]),
        format=data.get("format"),
        level=data.get("level"),
        label=data.get("label"),
        findings=[Finding(**f) for f in data.get("findings", [])],
        subjects=data.get("subjects", 0),
        reasons=[Reason(**r) for r in data.get("reasons", [])],
        violations=[Violation(**v) for v in data.get("violations", [])],
        labels=[DeclaredLabel(**lb) for lb in data.get("labels", [])],
        message=data.get("message"),
        message_en=data.get("message_en"),
        uninspectable=list(data.get("uninspectable", [])),
        size=data.get("size"),
        sha256=data.get("sha256"),
        container=data.get("container"),
        members=[from_record(m) for m in data.get("members", [])],
        seconds=data.get("seconds"),
        path_bytes_hex=data.get("path_bytes_hex"),
        review=[ReviewReason(**r) for r in data.get("review", [])],
        owner=data.get("owner"),
        mtime=data.get("mtime"),
    )
