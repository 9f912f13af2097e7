"""The ``assetclass`` command. It only parses arguments and delegates; no logic lives here.

Exit codes: 0 clean, 1 violations found, 2 usage or internal error.
"""

from __future__ import annotations

import sys

import typer

from . import check_cmd, diff_cmd, explain_cmd, info_cmds, scan_cmd, stamp_cmd, watch_cmd

app = typer.Typer(
    name="assetclass",
    help="Find personal data in Office/PDF files, decide 機密性 3/2/1, check and stamp labels.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # tracebacks could quote document content
)

for module in (scan_cmd, check_cmd, stamp_cmd, explain_cmd, info_cmds, watch_cmd, diff_cmd):
    module.register(app)


def main(argv: list[str] | None = None) -> int:
    try:
        app(args=argv, prog_name="assetclass", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
