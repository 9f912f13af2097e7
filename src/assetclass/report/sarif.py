"""SARIF 2.1.0 output of ``scan``/``check`` (code-scanning dashboards, CI annotations).

One run; the driver lists every loaded rule; each violation is a result on the file's artifact,
with the place of the label (``where``) as a logical location. The required level and the label
of each file are artifact properties. Validated against the OASIS schema in tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePath
from typing import IO, Any
from urllib.parse import quote

from ..display import is_utf8
from ..hookspecs import hookimpl
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import FileResult, Rule
from ..version import __version__

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (SARIF consumers resolve them)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())


def _flatten(result: FileResult) -> Iterator[FileResult]:
    yield result
    for member in result.members:
        yield from _flatten(member)


class SarifWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = options.lang
        self.rules: list[Rule] = list(options.rules)
        self.index = {r.code: i for i, r in enumerate(self.rules)}
        self.artifacts: list[dict[str, Any]] = []
        self.results: list[dict[str, Any]] = []

    def add(self, result: FileResult) -> None:
        for item in _flatten(result):
            self._add_one(item)

    def _add_one(self, result: FileResult) -> None:
        uri = artifact_uri(result.path)
        art_index = len(self.artifacts)
        props: dict[str, Any] = {
            "status": str(result.status),
            "requiredLevel": result.level,
            "label": result.label,
        }
        if result.format:
            props["format"] = result.format
        self.artifacts.append({"location": {"uri": uri}, "properties": props})
        for v in result.violations:
            text = v.message if self.lang == "ja" or not v.message_en else v.message_en
            entry: dict[str, Any] = {
                "ruleId": v.code,
                "level": _LEVEL.get(v.severity, "warning"),
                "message": {"text": text},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri, "index": art_index}}}],
                "properties": {"requiredLevel": result.level, "label": result.label},
            }
            if v.code in self.index:
                entry["ruleIndex"] = self.index[v.code]
            if v.where:
                entry["locations"][0]["logicalLocations"] = [{"name": v.where}]
            self.results.append(entry)

    def close(self) -> None:
        lang = self.lang
        driver: dict[str, Any] = {
            "name": "assetclass",
            "version": __version__,
            "rules": [
                {
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": {"text": pick(lang, r.summary_ja, r.summary_en)},
                    "fullDescription": {"text": f"{r.summary_ja} / {r.summary_en}"},
                    "defaultConfiguration": {"level": _LEVEL.get(r.severity, "warning")},
                    "helpUri": f"docs/rules/{r.code}.md",
                }
                for r in self.rules
            ],
        }
        doc = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": driver},
                    "language": "ja-JP" if lang == "ja" else "en-US",
                    "artifacts": self.artifacts,
                    "results": self.results,
                    "properties": {"command": self.options.command},
                }
            ],
        }
        json.dump(doc, self.stream, ensure_ascii=not is_utf8(self.stream), indent=2)
        self.stream.write("\n")
        self.stream.flush()


class SarifReporter:
    name = "sarif"
    extension = ".sarif"

    def open(self, stream: IO[str], options: ReportOptions) -> SarifWriter:
        return SarifWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[SarifReporter]:
    return [SarifReporter()]
