"""``assetclass watch DIR``: classify (and optionally stamp) files as they arrive in a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import tr
from .common import LangOpt, NoPluginsOpt, PolicyOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("watch", help=tr(
        "共有フォルダを監視し、新しいファイル・変更されたファイルを書き込みが止まってから判定します。",
        "Watch a share folder; each new or changed file is classified once it is quiet.",
    ))  # fmt: skip
    def watch(
        folder: Annotated[Path, typer.Argument(help=tr("監視するフォルダ", "Folder to watch"))],
        stamp: Annotated[
            bool,
            typer.Option(
                "--stamp",
                help=tr(
                    "届いたファイルに判定した機密性のラベルを付ける", "Stamp the classified label on arrival"
                ),
            ),
        ] = False,
        format: Annotated[str, typer.Option("--format", "-f")] = "jsonl",
        debounce: Annotated[
            float,
            typer.Option(
                "--debounce",
                help=tr("ファイルの書き込みが止まってから待つ秒数", "Seconds a file must be quiet"),
            ),
        ] = 1.0,
        max_events: Annotated[
            int | None,
            typer.Option(
                "--max-events",
                help=tr("この件数を判定したら終了する", "Stop after this many classified files"),
            ),
        ] = None,
        timeout: Annotated[
            float | None,
            typer.Option("--timeout", help=tr("この秒数で終了する", "Stop after this many seconds")),
        ] = None,
        existing: Annotated[
            bool,
            typer.Option(
                "--existing",
                help=tr(
                    "既にフォルダにあるファイルも判定する", "Also classify the files already in the folder"
                ),
            ),
        ] = False,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Watch a share folder; each new or changed file is classified once it is quiet."""
        from ..integrations.watch import WatchOptions, run_watch  # late: watchdog loads only for `watch`

        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        raise typer.Exit(
            run_watch(
                engine,
                WatchOptions(
                    folder=folder,
                    stamp=stamp,
                    format=format,
                    debounce=debounce,
                    lang=lang,
                    max_events=max_events,
                    timeout=timeout,
                    existing=existing,
                ),
            )
        )
