"""``assetclass browse --db FILE``: the results store in the browser, through Datasette."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from .common import LangOpt, fail, lang_or_default


def register(app: typer.Typer) -> None:
    @app.command("browse")
    def browse(
        db: Annotated[Path, typer.Option("--db", help="SQLite results store written by scan --db")],
        port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0: a free one)")] = 8001,
        open_browser: Annotated[
            bool, typer.Option("--open", help="Open the start page in the default browser")
        ] = False,
        lang: LangOpt = "",
    ) -> None:
        """Browse the results store with Datasette (read-only, 127.0.0.1 only); Ctrl-C stops it.

        Canned queries: unlabelled_level3, per_department, changes (docs/scanning.md).
        Needs Datasette: the optional extra "datasette" of assetclass.
        """
        from ..i18n import pick
        from ..integrations.datasette import command, free_port, write_metadata

        lang = lang_or_default(lang)
        if not db.is_file():
            fail(pick(lang, f"結果データベースがありません: {db}", f"no results store at {db}"))
        if importlib.util.find_spec("datasette") is None:
            fail(
                pick(
                    lang,
                    "Datasette がインストールされていません: pip install 'assetclass[datasette]'",
                    "Datasette is not installed: pip install 'assetclass[datasette]'",
                )
            )
        chosen = port or free_port()
        with tempfile.TemporaryDirectory(prefix="assetclass-browse-") as tmp:
            meta = Path(tmp) / "metadata.json"
            write_metadata(db, meta)
            typer.echo(
                pick(
                    lang,
                    f"http://127.0.0.1:{chosen}/ で表示しています（Ctrl-C で終了）",
                    f"serving on http://127.0.0.1:{chosen}/ (Ctrl-C stops)",
                ),
                err=True,
            )
            server = subprocess.Popen(command(db, meta, chosen, open_browser))
            # SIGTERM ends this process through the finally below, so the server never outlives it
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            try:
                code = server.wait()
            except KeyboardInterrupt:
                code = 0
            finally:
                if server.poll() is None:
                    server.terminate()
                    try:
                        server.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        server.kill()
        raise typer.Exit(code)
