"""A readable table for a terminal, in Japanese (default) or English.

Every value from a file (path, member name, message, locator) passes through ``printable``: a name
holding ESC, a newline or U+202E must not drive the terminal or forge a report line. On a stream
that cannot encode every character (a cp932 stdout) the rest is shown as backslash escapes.
"""

from __future__ import annotations

from collections import Counter
from typing import IO

from ..display import is_utf8, printable
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


class _SafeStream:
    """Writes through to ``stream``; characters its encoding lacks become backslash escapes."""

    def __init__(self, stream: IO[str]) -> None:
        self.inner = stream
        self.encoding: str | None = None if is_utf8(stream) else getattr(stream, "encoding", None)

    def write(self, text: str) -> None:
        if self.encoding is not None:
            text = text.encode(self.encoding, "backslashreplace").decode(self.encoding)
        self.inner.write(text)

    def flush(self) -> None:
        self.inner.flush()


class TextWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = _SafeStream(stream)
        self.lang = options.lang
        self.levels: Counter[int] = Counter()
        self.statuses: Counter[str] = Counter()
        self.violations = 0
        self.files = 0
        self.labelled = 0
        self.unlabelled = 0
        self.under_labelled = 0  # label lower than the required level
        self.errors: list[tuple[str, str]] = []  # (path, message) of files that could not be read
        self.review: list[tuple[str, int | None, str]] = []  # the review queue: (path, level, why)

    def add(self, result: FileResult) -> None:
        lang = self.lang
        self.files += 1
        self.statuses[str(result.status)] += 1
        if result.level is not None:
            self.levels[result.level] += 1
        self.violations += len(result.violations)
        if result.status is Status.OK:
            if result.label is None:
                self.unlabelled += 1
            else:
                self.labelled += 1
                if result.level is not None and result.label < result.level:
                    self.under_labelled += 1
        elif result.status is Status.ERROR:
            msg = (result.message if lang == "ja" else result.message_en) or ""
            self.errors.append((printable(result.path), printable(msg)))
        path = printable(result.path)
        required = level_text(result.level, lang)
        declared = (
            level_text(result.label, lang) if result.label is not None else pick(lang, "表示なし", "none")
        )
        if result.status is not Status.OK:
            status = (
                _STATUS_JA.get(str(result.status), str(result.status)) if lang == "ja" else str(result.status)
            )
            message = result.message if lang == "ja" else result.message_en
            self.stream.write(f"{path}\n  [{status}] {printable(message)}\n")
        else:
            head = pick(lang, "必要", "required")
            lab = pick(lang, "表示", "label")
            self.stream.write(f"{path}\n  {head}: {required}  {lab}: {declared}")
            if result.subjects:
                self.stream.write(pick(lang, f"  人数: {result.subjects}", f"  persons: {result.subjects}"))
            self.stream.write("\n")
            summary = result.findings_summary()
            if summary:
                found = ", ".join(f"{s['type']}×{s['count']}" for s in summary[:8])
                found = printable(found)
                self.stream.write(pick(lang, f"  検出: {found}\n", f"  found: {found}\n"))
            for reason in result.reasons[:3]:
                self.stream.write(f"  - {printable(reason.message(lang))}\n")
            for item in result.review:
                shown = printable(pick(lang, item.message_ja, item.message_en))
                self.stream.write(pick(lang, f"  要確認: {shown}\n", f"  review: {shown}\n"))
        if result.review:
            self.review.append((result.path, result.level, result.review[0].message(lang)))
        for v in result.violations:
            msg = v.message if lang == "ja" or not v.message_en else v.message_en
            self.stream.write(f"  {v.code} [{v.severity}] {printable(msg)}\n")

    def close(self) -> None:
        lang = self.lang
        w = self.stream.write
        w("\n" + pick(lang, f"== 集計 ({self.files} ファイル) ==\n", f"== summary ({self.files} files) ==\n"))
        for n in (3, 2, 1):
            w(f"  {level_text(n, lang)}: {self.levels.get(n, 0)}\n")
        w(
            pick(
                lang,
                f"  表示あり: {self.labelled}  表示なし: {self.unlabelled}  表示が必要レベルより低い: {self.under_labelled}\n",
                f"  labelled: {self.labelled}  unlabelled: {self.unlabelled}  label below required: {self.under_labelled}\n",
            )
        )
        others = ", ".join(
            f"{_STATUS_JA.get(k, k) if lang == 'ja' else k}: {v}"
            for k, v in sorted(self.statuses.items())
            if k != "ok"
        )
        if others:
            w(pick(lang, f"  読み取れなかったファイル: {others}\n", f"  not fully read: {others}\n"))
        w(pick(lang, f"  違反 {self.violations} 件\n", f"  violations: {self.violations}\n"))
        if self.errors:
            w(pick(lang, f"  エラー ({len(self.errors)} 件):\n", f"  errors ({len(self.errors)}):\n"))
            for path, msg in self.errors[:20]:
                w(f"    {path}: {msg}\n")
            if len(self.errors) > 20:
                w(
                    pick(
                        lang,
                        f"    … ほか {len(self.errors) - 20} 件\n",
                        f"    … and {len(self.errors) - 20} more\n",
                    )
                )
        if self.review:
            w(
                pick(
                    lang,
                    f"  要確認（判定の根拠が弱いファイル）: {len(self.review)} 件\n",
                    f"  review queue (levels resting on weak evidence): {len(self.review)}\n",
                )
            )
            for path, level, why in self.review[:50]:
                w(f"    [{level_text(level, lang)}] {path}: {why}\n")
            if len(self.review) > 50:
                w(
                    pick(
                        lang,
                        f"    … ほか {len(self.review) - 50} 件\n",
                        f"    … and {len(self.review) - 50} more\n",
                    )
                )
        self.stream.flush()


class TextReporter:
    name = "text"
    extension = ".txt"

    def open(self, stream: IO[str], options: ReportOptions) -> TextWriter:
        return TextWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[TextReporter]:
    return [TextReporter()]
