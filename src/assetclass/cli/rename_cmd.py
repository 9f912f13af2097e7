"""``assetclass rename PATH... [--apply]``: put the required label in the names of csv/txt/… files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import pick, tr
from .common import LangOpt, NoPluginsOpt, PolicyOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("rename", help=tr(
        "ファイル内にラベルを持てない形式（csv、txt など）のファイル名の先頭に【機密性N】を付けます。"
        "既定は試行のみで、--apply で変更します。同じ名前があれば変更せず、リンクはたどりません。",
        "Put 【機密性N】 before the names of files that cannot carry a label inside (csv, txt, …). "
        "A dry run unless --apply; an existing name is never replaced, links are never followed.",
    ))  # fmt: skip
    def rename(
        paths: Annotated[
            list[Path], typer.Argument(help=tr("対象のファイルまたはフォルダ", "Files or folders"))
        ],
        apply: Annotated[
            bool, typer.Option("--apply", help=tr("実際に名前を変更します", "Rename for real"))
        ] = False,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        from ..display import printable
        from ..rename import candidates, rename_file

        lang = lang_or_default(lang)
        missing = [p for p in paths if not p.exists() and not p.is_symlink()]
        for p in missing:
            typer.echo(pick(lang, f"見つかりません: {printable(p)}", f"not found: {printable(p)}"), err=True)
        if missing:
            raise typer.Exit(2)
        engine = make_engine(policy, no_plugins, lang, start=paths[0].parent if paths else None)
        texts = {
            "renamed": ("名前を変更しました", "renamed"),
            "would-rename": ("名前を変更します（試行）", "would rename (dry run)"),
            "unchanged": ("変更なし", "unchanged"),
            "skipped": ("対象外", "skipped"),
            "refused": ("変更しません", "refused"),
            "failed": ("失敗", "failed"),
        }
        bad = 0
        for root in paths:
            for path in candidates(root, engine):
                res = rename_file(engine, path, apply=apply)
                bad += not res.ok
                ja, en = texts[res.outcome]
                line = f"{printable(res.path)}: {pick(lang, ja, en)}"
                if res.new_name:
                    line += f" → {printable(res.new_name)}"
                detail = pick(lang, res.message_ja, res.message_en)
                if detail:
                    line += f" {printable(detail)}"
                typer.echo(line)
        raise typer.Exit(1 if bad else 0)
