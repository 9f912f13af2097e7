"""A readable table for a terminal, in Japanese (default) or English."""

from __future__ import annotations

from collections import Counter
from typing import IO

from ..hookspecs import hookimpl
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import FileResult, Status

_STATUS_JA = {
    "ok": "正常",
    "error": "エラー",
    "encrypted": "暗号化",
    "unsupported": "非対応",
    "skipped": "スキップ",
}


def level_text(level: int | None, lang: str) -> str:
    if level is None:
        return pick(lang, "―", "-")
    return pick(lang, f"機密性{level}", f"level {level}")


class TextWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.lang = options.lang
        self.levels: Counter[int] = Counter()
        self.statuses: Counter[str] = Counter()
        self.violations = 0
        self.files = 0

    def add(self, result: FileResult) -> None:
        lang = self.lang
        self.files += 1
        self.statuses[str(result.status)] += 1
        if result.level is not None:
            self.levels[result.level] += 1
        self.violations += len(result.violations)
        required = level_text(result.level, lang)
        declared = (
            level_text(result.label, lang) if result.label is not None else pick(lang, "表示なし", "none")
        )
        if result.status is not Status.OK:
            status = (
                _STATUS_JA.get(str(result.status), str(result.status)) if lang == "ja" else str(result.status)
            )
            message = result.message if lang == "ja" else result.message_en
            self.stream.write(f"{result.path}\n  [{status}] {message or ''}\n")
        else:
            head = pick(lang, "必要", "required")
            lab = pick(lang, "表示", "label")
            self.stream.write(f"{result.path}\n  {head}: {required}  {lab}: {declared}")
            if result.subjects:
                self.stream.write(pick(lang, f"  人数: {result.subjects}", f"  persons: {result.subjects}"))
            self.stream.write("\n")
            summary = result.findings_summary()
            if summary:
                found = ", ".join(f"{s['type']}×{s['count']}" for s in summary[:8])
                self.stream.write(pick(lang, f"  検出: {found}\n", f"  found: {found}\n"))
            for reason in result.reasons[:3]:
                self.stream.write(f"  - {reason.message(lang)}\n")
        for v in result.violations:
            msg = v.message if lang == "ja" or not v.message_en else v.message_en
            self.stream.write(f"  {v.code} [{v.severity}] {msg}\n")

    def close(self) -> None:
        lang = self.lang
        levels = "  ".join(f"{level_text(n, lang)}: {self.levels.get(n, 0)}" for n in (3, 2, 1))
        others = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()) if k != "ok")
        self.stream.write("\n" + pick(lang, f"合計 {self.files} ファイル  ", f"total {self.files} files  "))
        self.stream.write(levels)
        if others:
            self.stream.write(f"  ({others})")
        self.stream.write(pick(lang, f"  違反 {self.violations} 件\n", f"  violations: {self.violations}\n"))


class TextReporter:
    name = "text"
    extension = ".txt"

    def open(self, stream: IO[str], options: ReportOptions) -> TextWriter:
        return TextWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[TextReporter]:
    return [TextReporter()]
