"""The text output of ``assetclass check``: one line per violation, path first, like ruff and flake8.

    PATH[:LOCATOR]: AC101 message

Lines come out sorted by path (then by code), whatever order the workers finish in. Only the
finished lines are kept, never the results, and once more than ``SPILL_LINES`` are held they are
sorted and written to a temporary file; :meth:`LintWriter.close` merges the sorted runs. Memory
therefore stays bounded on a share with a million violations. Without ``quiet`` a summary
follows the lines; with ``statistics`` a count per rule code replaces them (``ruff --statistics``).
"""

from __future__ import annotations

import heapq
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from typing import IO

from ..display import printable
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import FileResult, Rule, Violation
from ..terms import localize, locator, severity_name
from .text import safe_stream

SPILL_LINES = 50_000


def _flatten(result: FileResult) -> Iterator[FileResult]:
    yield result
    for member in result.members:
        yield from _flatten(member)


def _sort_key(path: str) -> str:
    # folders before their siblings' names that merely share a prefix ("a/b" < "a-b"): compare by parts
    return "\x00".join(path.split("/"))


def violation_line(path: str, v: Violation, lang: str) -> str:
    """``PATH[:LOCATOR]: CODE [severity] message``; severity shown only when it is not an error."""
    where = f":{printable(locator(v.where, lang))}" if v.where else ""
    message = v.message if lang == "ja" or not v.message_en else v.message_en
    sev = "" if v.severity == "error" else f"[{severity_name(v.severity, lang)}] "
    path = path[2:] if path.startswith("./") else path  # as ruff shows files under "."
    return f"{printable(path)}{where}: {v.code} {sev}{printable(localize(message, lang))}"


def _rule_names(rules: list[Rule]) -> dict[str, tuple[str, str, str]]:
    """code → (name, summary ja, summary en) of the run's rules (ReportOptions.rules; a code alone
    when a caller gave none: a reporter never loads the rules itself)."""
    return {r.code: (r.name, r.summary_ja, r.summary_en) for r in rules}


class _SortedLines:
    """(key, line) pairs sorted at the end; spilled to temporary files beyond ``limit``."""

    def __init__(self, limit: int = SPILL_LINES) -> None:
        self.limit = limit
        self.held: list[tuple[str, str]] = []
        self.runs: list[IO[str]] = []

    def add(self, key: str, line: str) -> None:
        self.held.append((key, line))
        if len(self.held) >= self.limit:
            self._spill()

    def _spill(self) -> None:
        # 0600 and unlinked at once; kept open until close() merges it
        run = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        for pair in sorted(self.held):
            run.write(json.dumps(pair, ensure_ascii=False) + "\n")
        run.seek(0)
        self.runs.append(run)
        self.held = []

    def __iter__(self) -> Iterator[str]:
        def read(run: IO[str]) -> Iterator[tuple[str, str]]:
            for raw in run:
                key, line = json.loads(raw)
                yield key, line

        streams = [read(run) for run in self.runs] + [iter(sorted(self.held))]
        for _key, line in heapq.merge(*streams):
            yield line

    def close(self) -> None:
        for run in self.runs:
            run.close()
        self.runs = []
        self.held = []


class LintWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = safe_stream(stream)
        self.lang = options.lang
        self.quiet = options.quiet
        self.statistics = options.statistics
        self.lines = _SortedLines(int(os.environ.get("ASSETCLASS_LINT_SPILL", SPILL_LINES) or SPILL_LINES))
        self.codes: Counter[str] = Counter()
        self.names: dict[str, str] = {}
        self.files = 0
        self.failing_files = 0
        self.rules = list(options.rules)

    def add(self, result: FileResult) -> None:
        self.files += 1
        failing = False
        for item in _flatten(result):
            for v in item.violations:
                self.codes[v.code] += 1
                failing = failing or v.severity != "info"
                if not self.statistics:
                    key = f"{_sort_key(item.path)}\x01{v.code}\x01{v.where or ''}"
                    self.lines.add(key, violation_line(item.path, v, self.lang))
        self.failing_files += failing

    def close(self) -> None:
        lang, w = self.lang, self.stream.write
        try:
            if self.statistics:
                names = _rule_names(self.rules)
                for code, count in sorted(self.codes.items(), key=lambda kv: (-kv[1], kv[0])):
                    name = names.get(code)
                    w(
                        f"{count:>6}\t{code}"
                        + (f"\t{name[0]}\t{pick(lang, *name[1:])}" if name else "")
                        + "\n"
                    )
            else:
                for line in self.lines:
                    w(line + "\n")
        finally:
            self.lines.close()
        if not self.quiet:
            total = sum(self.codes.values())
            if total:
                w(
                    pick(
                        lang,
                        f"違反 {total} 件（{self.failing_files} / {self.files} ファイル）\n",
                        f"Found {total} violation{'s' if total != 1 else ''} "
                        f"in {self.failing_files} of {self.files} files.\n",
                    )
                )
            else:
                w(
                    pick(
                        lang,
                        f"違反はありません（{self.files} ファイル）\n",
                        f"All checks passed ({self.files} files).\n",
                    )
                )
        self.stream.flush()
