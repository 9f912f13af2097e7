"""A readable table for a terminal, in Japanese (default) or English.

Every value from a file (path, member name, message, locator) passes through ``printable``: a name
holding ESC, a newline or U+202E must not drive the terminal or forge a report line. On a stream
that cannot encode every character (a cp932 stdout) the rest is shown as backslash escapes.
"""

from __future__ import annotations

from collections import Counter
from typing import IO, TYPE_CHECKING

from ..display import is_utf8, printable
from ..hookspecs import hookimpl
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import FileResult, Status
from ..terms import localize, severity_name, status_name, type_name

if TYPE_CHECKING:
    from .lint import LintWriter


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


def safe_stream(stream: IO[str]) -> _SafeStream:
    return _SafeStream(stream)


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
            level_text(result.label, lang) if result.label is not None else pick(lang, "ラベルなし", "none")
        )
        if result.status is not Status.OK:
            status = status_name(str(result.status), lang)
            message = result.message if lang == "ja" else result.message_en
            self.stream.write(f"{path}\n  [{status}] {printable(localize(message or '', lang))}\n")
        else:
            head = pick(lang, "必要", "required")
            lab = pick(lang, "ラベル", "label")
            self.stream.write(f"{path}\n  {head}: {required}  {lab}: {declared}")
            if result.subjects:
                self.stream.write(pick(lang, f"  人数: {result.subjects}", f"  persons: {result.subjects}"))
            self.stream.write("\n")
            summary = result.findings_summary()
            if summary:
                sep = pick(lang, "、", ", ")
                found = sep.join(f"{type_name(s['type'], lang)}×{s['count']}" for s in summary[:8])
                found = printable(found)
                self.stream.write(pick(lang, f"  検出: {found}\n", f"  found: {found}\n"))
            for reason in result.reasons[:3]:
                self.stream.write(f"  - {printable(localize(reason.message(lang), lang))}\n")
            for item in result.review:
                shown = printable(localize(pick(lang, item.message_ja, item.message_en), lang))
                self.stream.write(pick(lang, f"  要確認: {shown}\n", f"  review: {shown}\n"))
        if result.review:
            self.review.append((result.path, result.level, localize(result.review[0].message(lang), lang)))
        for v in result.violations:
            msg = v.message if lang == "ja" or not v.message_en else v.message_en
            sev = severity_name(v.severity, lang)
            self.stream.write(f"  {v.code} [{sev}] {printable(localize(msg, lang))}\n")

    def close(self) -> None:
        lang = self.lang
        w = self.stream.write
        w("\n" + pick(lang, f"== 集計 ({self.files} ファイル) ==\n", f"== summary ({self.files} files) ==\n"))
        for n in (3, 2, 1):
            w(f"  {level_text(n, lang)}: {self.levels.get(n, 0)}\n")
        w(
            pick(
                lang,
                f"  ラベルあり: {self.labelled}  ラベルなし: {self.unlabelled}  ラベルが必要な機密性より低い: {self.under_labelled}\n",
                f"  labelled: {self.labelled}  unlabelled: {self.unlabelled}  label below required: {self.under_labelled}\n",
            )
        )
        others = ", ".join(
            f"{status_name(k, lang)}: {v}" for k, v in sorted(self.statuses.items()) if k != "ok"
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

    def open(self, stream: IO[str], options: ReportOptions) -> TextWriter | LintWriter:
        if options.command == "check":  # the linter's text: one line per violation (report/lint.py)
            from .lint import LintWriter

            return LintWriter(stream, options)
        return TextWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[TextReporter]:
    return [TextReporter()]
