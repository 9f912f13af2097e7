"""CSV that opens correctly in Japanese Excel: UTF-8 with BOM, CRLF, formula-injection safe.

Excel guesses CP932 for a CSV without a BOM and garbles Japanese; with the BOM it reads UTF-8.
The BOM is written only into a UTF-8 file: on stdout it would corrupt a pipe's first column, and a
non-UTF-8 stream (cp932) cannot encode it at all.
A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab/CR, which Excel strips first) would
be run as a formula when the sheet is opened, so it gets a leading ``'`` (OWASP's advice).
"""

from __future__ import annotations

import csv
from typing import IO

from ..display import wants_bom
from ..hookspecs import hookimpl
from ..interfaces import ReportOptions
from ..model import FileResult

# Column ids stay English in every language: scripts and Excel macros address them by name.
# ``review`` (1 / empty) and ``review_reasons`` (codes) were appended last so column positions hold.
# ``message``: the status message of a file not read, otherwise the reasons for its level.
COLUMNS = (
    "path", "status", "level", "label", "violations", "finding_types", "subjects", "message",
    "review", "review_reasons",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class CsvWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.lang = options.lang
        if wants_bom(stream):
            self.stream.write("\ufeff")
        self.csv = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self.csv.writerow(COLUMNS)

    def add(self, result: FileResult) -> None:
        # the status message when there is one (why a file was not read), else the reasons for its level
        message = result.message if self.lang == "ja" else result.message_en
        if not message:
            message = " / ".join(r.message(self.lang) for r in result.reasons)
        row = (
            result.path,
            str(result.status),
            result.level,
            result.label,
            " ".join(v.code for v in result.violations),
            " ".join(f"{s['type']}:{s['count']}" for s in result.findings_summary()),
            result.subjects,
            message,
            1 if result.review else "",
            " ".join(r.code for r in result.review),
        )
        self.csv.writerow([safe_cell(v) for v in row])
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class CsvReporter:
    name = "csv"
    extension = ".csv"

    def open(self, stream: IO[str], options: ReportOptions) -> CsvWriter:
        return CsvWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[CsvReporter]:
    return [CsvReporter()]
