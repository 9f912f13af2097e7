"""``assetclass check PATH...``: the linter. Exit 0 clean, 1 violations, 2 usage or internal error."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import LangOpt, NoPluginsOpt, PolicyOpt, ProgressOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders to check")],
        format: Annotated[str, typer.Option("--format", "-f", help="text|json|jsonl|sarif")] = "text",
        output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
        jobs: Annotated[int, typer.Option("--jobs", "-j")] = 1,
        progress: ProgressOpt = None,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Check that every file carries the label its content requires."""
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
                lang=lang,
                policy=policy,
                no_plugins=no_plugins,
                command="check",
                progress=progress is not False,
                force_progress=progress is True,
            ),
        )
        raise typer.Exit(code)
