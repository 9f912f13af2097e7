"""``assetclass stamp PATH...``: write the required (or given) label into files, safely."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Annotated, cast

import typer

from ..i18n import tr
from .common import LangOpt, NoPluginsOpt, PolicyOpt, ProgressOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("stamp", help=tr(
        "機密性のラベルを付けます（見える表示と文書プロパティ）。リンクはたどらず、変更中・ハードリンク・"
        "電子署名付きのファイルは変更しません。",
        "Stamp the confidentiality label: visible mark plus document properties. Links are never "
        "followed; changed, hard-linked and signed files are refused.",
    ))  # fmt: skip
    def stamp(
        paths: Annotated[
            list[Path],
            typer.Argument(help=tr("ラベルを付けるファイルまたはフォルダ", "Files or folders to stamp")),
        ],
        level: Annotated[
            int | None,
            typer.Option(
                "--level",
                min=1,
                max=3,
                help=tr("付ける機密性（省略時: 判定した機密性）", "Level to stamp (default: classified)"),
            ),
        ] = None,
        dry_run: Annotated[
            bool,
            typer.Option(
                "--dry-run",
                help=tr("何が変わるかを表示するだけで変更しない", "Say what would change, change nothing"),
            ),
        ] = False,
        backup: Annotated[
            bool,
            typer.Option(
                "--backup",
                help=tr(
                    "元のファイルを FILE.bak として残す（後でラベルを付けることはありません）",
                    "Keep the original as FILE.bak (never stamped later)",
                ),
            ),
        ] = False,
        output_dir: Annotated[
            Path | None,
            typer.Option(
                "--output-dir",
                help=tr("ラベルを付けたコピーをこのフォルダに書く", "Write stamped copies here"),
            ),
        ] = None,
        restriction: Annotated[
            list[str] | None,
            typer.Option("--restriction", help=tr("取扱制限（例: 持出禁止）", "取扱制限, e.g. 持出禁止")),
        ] = None,
        force: Annotated[
            bool,
            typer.Option(
                "--force",
                help=tr(
                    "高いラベルを下げる、必要な機密性より低く付ける、読み取り専用ファイルを変更する、を許可する",
                    "Allow lowering a higher label, stamping below the required level, read-only files",
                ),
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
        from ..progress import CountingStream, Progress, count_files, wanted
        from ..stamping import StampRequest, stamp_paths  # late: keeps `assetclass --help` fast

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
