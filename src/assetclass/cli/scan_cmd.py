"""``assetclass scan PATH...``: bulk scan with reports and an optional SQLite results store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import tr
from .common import (
    LangOpt,
    NoPluginsOpt,
    PolicyOpt,
    ProgressOpt,
    ShowValuesOpt,
    lang_or_default,
    make_engine,
    resolver_for,
)


def register(app: typer.Typer) -> None:
    @app.command("scan", help=tr(
        "ファイルとフォルダを走査し、ファイルごとに必要な機密性・検出内容・ラベル・違反を出力します。"
        "根拠の弱い判定は要確認（\"review\": true）として一覧します（docs/reports.md）。",
        "Scan files and folders: required level, findings, labels and violations per file. "
        'Files whose level rests on weak evidence are marked "review": true and listed as a review '
        "queue in every report (docs/reports.md).",
    ))  # fmt: skip
    def scan(
        paths: Annotated[
            list[Path], typer.Argument(help=tr("走査するファイルまたはフォルダ", "Files or folders to scan"))
        ],
        format: Annotated[
            str, typer.Option("--format", "-f", help="text|json|jsonl|csv|sarif|html")
        ] = "text",
        output: Annotated[
            Path | None,
            typer.Option(
                "--output", "-o", help=tr("レポートをこのファイルに書きます", "Write the report here")
            ),
        ] = None,
        jobs: Annotated[
            int,
            typer.Option(
                "--jobs",
                "-j",
                help=tr(
                    "作業プロセス数（0: コア数、1: 1 プロセス。32 ファイル以下は同じプロセスで）",
                    "Worker processes (0: one per core; 1: one, and up to 32 files in-process)",
                ),
            ),
        ] = 0,
        cluster: Annotated[
            str | None,
            typer.Option(
                "--cluster",
                help=tr(
                    "Dask クラスタで走査します: tcp://scheduler:8786、または local:N（ローカルに N 個の"
                    "作業プロセス。pip install 'assetclass[cluster]' が必要）",
                    "Scan on a Dask cluster: tcp://scheduler:8786, or local:N for N local worker "
                    "processes (needs pip install 'assetclass[cluster]')",
                ),
            ),
        ] = None,
        route: Annotated[
            list[str] | None,
            typer.Option(
                "--route",
                help=tr(
                    "--cluster と併用: PREFIX=WORKER で PREFIX 以下のファイルを WORKER という名前の Dask "
                    "ワーカーだけに送ります（繰り返し可）",
                    "With --cluster: PREFIX=WORKER sends files below PREFIX only to the Dask worker "
                    "named WORKER (repeatable)",
                ),
            ),
        ] = None,
        db: Annotated[
            Path | None,
            typer.Option(
                "--db",
                help=tr(
                    "SQLite の結果データベース（差分走査・中断からの再開）",
                    "SQLite results store (incremental, resumable)",
                ),
            ),
        ] = None,
        include: Annotated[
            list[str] | None,
            typer.Option(
                "--include",
                help=tr(
                    "このパターンに合うファイルだけ（繰り返し可）",
                    "Only files matching this glob (repeatable)",
                ),
            ),
        ] = None,
        exclude: Annotated[
            list[str] | None,
            typer.Option(
                "--exclude",
                help=tr(
                    "このパターンに合うファイル・フォルダを除外（繰り返し可）",
                    "Skip files/folders matching this glob (repeatable)",
                ),
            ),
        ] = None,
        follow_symlinks: Annotated[
            bool | None,
            typer.Option(
                "--follow-symlinks/--no-follow-symlinks",
                help=tr(
                    "シンボリックリンクをたどる（循環はしません）", "Follow symbolic links (never loops)"
                ),
            ),
        ] = None,
        progress: ProgressOpt = None,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        show_values: ShowValuesOpt = False,
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Scan files and folders: required level, findings, labels and violations per file.

        Files whose level rests on weak evidence are marked "review": true with review_reasons
        and listed as a review queue in every report (docs/reports.md).
        """
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
                no_plugins=no_plugins,
                command="scan",
                progress=progress is not False,
                force_progress=progress is True,
                include=list(include or []),
                exclude=list(exclude or []),
                follow_symlinks=follow_symlinks,
                cluster=cluster,
                routes=list(route or []),
                resolver=resolver_for(engine, policy, None),
            ),
        )
        raise typer.Exit(code)
