"""``assetclass watch DIR``: classify (and optionally stamp) files as they arrive in a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import LangOpt, NoPluginsOpt, PolicyOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("watch")
    def watch(
        folder: Annotated[Path, typer.Argument(help="Folder to watch")],
        stamp: Annotated[bool, typer.Option("--stamp", help="Stamp the classified label on arrival")] = False,
        format: Annotated[str, typer.Option("--format", "-f")] = "jsonl",
        debounce: Annotated[float, typer.Option("--debounce", help="Seconds a file must be quiet")] = 1.0,
        max_events: Annotated[
            int | None, typer.Option("--max-events", help="Stop after this many classified files")
        ] = None,
        timeout: Annotated[
            float | None, typer.Option("--timeout", help="Stop after this many seconds")
        ] = None,
        existing: Annotated[
            bool, typer.Option("--existing", help="Also classify the files already in the folder")
        ] = False,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Watch a share folder; each new or changed file is classified once it is quiet."""
        from ..hooks.watch import WatchOptions, run_watch  # late: watchdog loads only for `watch`

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
