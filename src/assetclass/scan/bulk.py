"""Bulk scans: walk the paths, scan each file, feed the reporter.

(First version: serial. The bulk-scan work adds workers, limits, the results store and resume.)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..engine import Engine
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import Source
from ..pipeline import ScanOptions, limits_from_config, scan_source


@dataclass(slots=True)
class BulkOptions:
    paths: list[Path]
    format: str = "text"
    output: Path | None = None
    jobs: int = 0
    db: Path | None = None
    lang: str = "ja"
    show_values: bool = False
    policy: Path | None = None
    no_plugins: bool = False
    command: str = "scan"
    progress: bool = True


def iter_files(paths: list[Path]) -> Iterator[Path]:
    for root in paths:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for name in sorted(filenames):
                    yield Path(dirpath) / name
        else:
            yield root


def run_scan(engine: Engine, options: BulkOptions) -> int:
    reporter = engine.reporters.get(options.format)
    if reporter is None:
        sys.stderr.write(
            pick(options.lang, f"不明な出力形式: {options.format}\n", f"unknown format: {options.format}\n")
        )
        return 2
    scan_options = ScanOptions(show_values=options.show_values, limits=limits_from_config(engine))
    stream = options.output.open("w", encoding="utf-8", newline="") if options.output else sys.stdout
    violations = 0
    try:
        writer = reporter.open(
            stream,
            ReportOptions(
                lang=options.lang,
                show_values=options.show_values,
                command=options.command,
                config=engine.config,
            ),
        )
        for path in iter_files(options.paths):
            result = scan_source(Source(name=path.name, path=str(path)), engine, scan_options)
            violations += len(result.violations)
            writer.add(result)
        writer.close()
    finally:
        if options.output:
            stream.close()
    return 1 if violations else 0
