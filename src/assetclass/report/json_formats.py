"""JSON Lines (one object per file, the public contract) and JSON (one document with a summary)."""

from __future__ import annotations

import json
from collections import Counter
from typing import IO

from ..display import is_utf8
from ..hookspecs import hookimpl
from ..interfaces import ReportOptions
from ..model import FileResult


class JsonLinesWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        # \uXXXX escapes keep every line valid JSON on a stream that cannot encode all of Unicode
        self.ascii = not is_utf8(stream)

    def add(self, result: FileResult) -> None:
        self.stream.write(json.dumps(result.to_json(), ensure_ascii=self.ascii) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonLinesReporter:
    name = "jsonl"
    extension = ".jsonl"

    def open(self, stream: IO[str], options: ReportOptions) -> JsonLinesWriter:
        return JsonLinesWriter(stream, options)


class JsonWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.files: list[dict[str, object]] = []
        self.rules: Counter[str] = Counter()  # violation code → violations (a file may have several)
        self.rule_files: Counter[str] = Counter()  # violation code → files with it
        self.reasons: Counter[str] = Counter()  # policy rule behind a level → files

    def add(self, result: FileResult) -> None:
        self.files.append(result.to_json())
        codes = [v.code for v in result.violations]
        self.rules.update(codes)
        self.rule_files.update(set(codes))
        self.reasons.update({r.rule for r in result.reasons})

    def close(self) -> None:
        levels = {str(n): 0 for n in (1, 2, 3)}
        no_level = 0
        statuses: dict[str, int] = {}
        review: list[dict[str, object]] = []  # the review queue: files whose level rests on weak evidence
        for f in self.files:
            if f.get("review"):
                reasons = f.get("review_reasons") or []
                codes = [r["code"] for r in reasons if isinstance(r, dict)]  # type: ignore[attr-defined]
                review.append({"path": f["path"], "level": f["level"], "codes": codes})
            if f["level"] is not None:
                levels[str(f["level"])] += 1
            else:
                no_level += 1
            statuses[str(f["status"])] = statuses.get(str(f["status"]), 0) + 1
        doc = {
            "tool": "assetclass",
            "command": self.options.command,
            "summary": {
                "files": len(self.files),
                "levels": levels,
                "no_level": no_level,
                "statuses": statuses,
                "rules": dict(sorted(self.rules.items())),
                "rule_files": dict(sorted(self.rule_files.items())),
                "reasons": dict(sorted(self.reasons.items())),
                "review": len(review),
            },
            "review_queue": review,
            "files": self.files,
        }
        json.dump(doc, self.stream, ensure_ascii=not is_utf8(self.stream), indent=2)
        self.stream.write("\n")


class JsonReporter:
    name = "json"
    extension = ".json"

    def open(self, stream: IO[str], options: ReportOptions) -> JsonWriter:
        return JsonWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[object]:
    return [JsonLinesReporter(), JsonReporter()]
