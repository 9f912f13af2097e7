"""``assetclass diff --db FILE [--from SCAN] [--to SCAN]``: what changed between two stored scans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import tr
from .common import LangOpt, fail, lang_or_default


def register(app: typer.Typer) -> None:
    @app.command("diff", help=tr(
        "2 回の走査の間で新しく増えた・なくなったファイル、機密性やラベルが変わったファイルを表示します（省略時: 最後の 2 回）。",
        "New and removed files, and changed levels and labels, between two scans (default: the last two).",
    ))  # fmt: skip
    def diff(
        db: Annotated[
            Path,
            typer.Option(
                "--db",
                help=tr("scan --db で書いた結果データベース", "SQLite results store written by scan --db"),
            ),
        ],
        from_scan: Annotated[
            int | None,
            typer.Option(
                "--from",
                help=tr(
                    "比較元の走査番号（省略時: --to の一つ前）",
                    "Earlier scan id (default: the one before --to)",
                ),
            ),
        ] = None,
        to_scan: Annotated[
            int | None,
            typer.Option(
                "--to",
                help=tr("比較先の走査番号（省略時: 最後の走査）", "Later scan id (default: the last scan)"),
            ),
        ] = None,
        format: Annotated[str, typer.Option("--format", "-f", help="text|json")] = "text",
        lang: LangOpt = "",
    ) -> None:
        """New and removed files, and changed levels and labels, between two scans (default: the last two)."""
        from ..exceptions import AssetclassError
        from ..i18n import pick
        from ..scan.diff import DiffError, diff_scans
        from ..scan.store import ResultStore

        lang = lang_or_default(lang)
        if not db.is_file():
            fail(pick(lang, f"結果データベースがありません: {db}", f"no results store at {db}"))
        if format not in ("text", "json"):
            fail(pick(lang, f"不明な出力形式: {format}", f"unknown format: {format}"))
        try:
            store = ResultStore(db)
        except AssetclassError as exc:  # a store kept busy by a running scan
            fail(pick(lang, exc.message_ja, exc.message_en))
        try:
            result = diff_scans(store, from_scan, to_scan)
        except DiffError as exc:
            fail(pick(lang, exc.message_ja, exc.message_en))
        finally:
            store.close()
        if format == "json":
            typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        else:
            typer.echo(result.to_text(lang), nl=False)
