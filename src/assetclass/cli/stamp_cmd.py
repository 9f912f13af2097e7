"""``assetclass stamp PATH...``: write the required (or given) label into files, safely."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import LangOpt, NoPluginsOpt, PolicyOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("stamp")
    def stamp(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders to stamp")],
        level: Annotated[
            int | None, typer.Option("--level", min=1, max=3, help="Level to stamp (default: classified)")
        ] = None,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Say what would change, change nothing")
        ] = False,
        backup: Annotated[
            bool,
            typer.Option("--backup", help="Keep the original as FILE.bak (never stamped later)"),
        ] = False,
        output_dir: Annotated[
            Path | None, typer.Option("--output-dir", help="Write stamped copies here")
        ] = None,
        restriction: Annotated[
            list[str] | None, typer.Option("--restriction", help="取扱制限, e.g. 持出禁止")
        ] = None,
        force: Annotated[
            bool,
            typer.Option(
                "--force",
                help="Allow lowering a higher label, stamping below the required level, read-only files",
            ),
        ] = False,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Stamp the confidentiality label: visible mark plus document properties.

        Links are never followed; changed, hard-linked and signed files are refused.
        """
        from ..stamping import StampRequest, stamp_paths  # late: keeps `assetclass --help` fast

        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        code = stamp_paths(
            engine,
            StampRequest(
                paths=paths,
                level=level,
                dry_run=dry_run,
                backup=backup,
                output_dir=output_dir,
                restrictions=restriction or [],
                force=force,
                lang=lang,
            ),
        )
        raise typer.Exit(code)
