"""``assetclass scan PATH...``: bulk scan with reports and an optional SQLite results store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import LangOpt, NoPluginsOpt, PolicyOpt, ShowValuesOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("scan")
    def scan(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders to scan")],
        format: Annotated[
            str, typer.Option("--format", "-f", help="text|json|jsonl|csv|sarif|html")
        ] = "text",
        output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here")] = None,
        jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: one per core)")] = 0,
        db: Annotated[
            Path | None, typer.Option("--db", help="SQLite results store (incremental, resumable)")
        ] = None,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        show_values: ShowValuesOpt = False,
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Scan files and folders: required level, findings, labels and violations per file."""
        from ..scan.bulk import BulkOptions, run_scan

        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        code = run_scan(
            engine,
            BulkOptions(
                paths=paths,
                format=format,
                output=output,
                jobs=jobs,
                db=db,
                lang=lang,
                show_values=show_values,
                policy=policy,
                no_plugins=no_plugins,
                command="scan",
            ),
        )
        raise typer.Exit(code)
