"""The ``assetclass`` command. It only parses arguments and delegates; no logic lives here.

Exit codes: 0 clean, 1 violations found (every file not inspected is an AC105 violation),
2 usage error, a missing or unreadable root, a busy results store, or an internal error. An
unexpected crash prints one redacted line (``--debug`` or ``ASSETCLASS_DEBUG=1`` adds the
traceback, which may quote document content) and is exit 2, never 1: 1 means violations.
"""

from __future__ import annotations

import io
import os
import sys
import traceback
from typing import Annotated

import typer

from ..i18n import default_lang, pick, tr
from ..redact import safe_message
from . import (
    baseline_cmd,
    browse_cmd,
    check_cmd,
    diff_cmd,
    explain_cmd,
    info_cmds,
    rename_cmd,
    scan_cmd,
    stamp_cmd,
    watch_cmd,
)

DEBUG_ENV = "ASSETCLASS_DEBUG"

app = typer.Typer(
    name="assetclass",
    help=tr(
        "Office/PDF ファイルの個人情報を検出し、機密性 3/2/1 を判定して、ラベルを検査・付与します。",
        "Find personal data in Office/PDF files, decide 機密性 3/2/1, check and stamp labels.",
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # tracebacks could quote document content
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"assetclass {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help=tr("バージョンを表示して終了します", "Print the version and exit"),
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help=tr(
                "内部エラーのときトレースバックをすべて表示します（文書の内容を含むことがあります）。"
                "ASSETCLASS_DEBUG=1 でも同じです。'--' より前ならどこにでも書けます。",
                "On an internal error print the full traceback (may quote document content); "
                "also ASSETCLASS_DEBUG=1. Accepted anywhere before '--'.",
            ),
        ),
    ] = False,
) -> None:
    """Find personal data in Office/PDF files, decide 機密性 3/2/1, check and stamp labels."""


for module in (
    scan_cmd,
    check_cmd,
    baseline_cmd,
    stamp_cmd,
    rename_cmd,
    explain_cmd,
    info_cmds,
    watch_cmd,
    diff_cmd,
    browse_cmd,
):
    module.register(app)


def _split_debug(argv: list[str]) -> tuple[list[str], bool]:
    """Remove ``--debug`` wherever it stands before ``--`` (so ``scan --debug X`` works too)."""
    end = argv.index("--") if "--" in argv else len(argv)
    head = [a for a in argv[:end] if a != "--debug"]
    return head + argv[end:], len(head) != end


def _lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return default_lang()


def _safe_streams() -> None:
    """Never die on a character the console cannot encode (cp932 stdout and "Nguyễn")."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # already closed or detached
                continue


def main(argv: list[str] | None = None) -> int:
    args, debug = _split_debug(list(sys.argv[1:] if argv is None else argv))
    debug = debug or os.environ.get(DEBUG_ENV, "").strip().lower() in {"1", "true", "yes"}
    _safe_streams()
    try:
        app(args=args, prog_name="assetclass", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    except KeyboardInterrupt:
        sys.stderr.write(pick(_lang(args), "中断しました\n", "interrupted\n"))
        return 130
    except Exception as exc:  # a bug or a broken plugin: one redacted line, exit 2 (never 1)
        if debug:
            traceback.print_exc()
        detail = safe_message(exc)
        sys.stderr.write(
            pick(
                _lang(args),
                f"assetclass: 内部エラーのため中止しました ({detail})。--debug で詳細を表示します\n",
                f"assetclass: stopped by an internal error ({detail}); --debug shows the details\n",
            )
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
