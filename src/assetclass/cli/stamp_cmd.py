"""``assetclass stamp PATH...``: write the required (or given) label into files, safely."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Annotated, cast

import typer

from .common import LangOpt, NoPluginsOpt, PolicyOpt, ProgressOpt, fail, lang_or_default, make_engine


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
        progress: ProgressOpt = None,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Stamp the confidentiality label: visible mark plus document properties.

        Links are never followed; changed, hard-linked and signed files are refused.
        """
        try:
            from ..labels.stamp import StampRequest, stamp_paths
        except ImportError:
            fail("stamp is not available in this build")
        from ..progress import CountingStream, Progress, count_files, wanted

        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        # stamp writes one line per file on stdout: the progress counts those lines, so the stamping
        # code itself needs no hook; the total is counted in a thread meanwhile
        bar = Progress(wanted(progress), lang, ("付与中", "stamping"), count=lambda: count_files(paths))
        stream = CountingStream(sys.stdout, bar) if bar.enabled else sys.stdout
        try:
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
                cast(IO[str], stream),
            )
        finally:
            bar.stop()
        raise typer.Exit(code)
