"""``assetclass check PATH...``: the linter. Exit 0 clean, 1 violations, 2 usage or internal error.

Text output is one line per violation, ``PATH[:LOCATOR]: CODE message``, sorted by path
(report/lint.py). ``--select``/``--ignore`` choose rules as ruff does (rules/selection.py),
``--baseline`` suppresses the violations recorded by ``assetclass baseline`` (baseline.py) and
``--fix`` stamps the classified level where a file can carry it (stamping/).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..i18n import pick, tr
from .common import (
    LangOpt,
    NoPluginsOpt,
    PolicyOpt,
    ProgressOpt,
    fail,
    lang_or_default,
    make_engine,
    resolver_for,
)

SelectOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        help=tr(
            "実行する規則のコード・接頭辞・名前（例: AC101,AC10、ALL）。繰り返し可、設定の select を置き換えます",
            "Rule codes, code prefixes or names to run (e.g. AC101,AC10, ALL); repeatable; "
            "replaces the configuration's select",
        ),
    ),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        help=tr(
            "実行しない規則のコード・接頭辞・名前（設定の ignore に追加）",
            "Rule codes, prefixes or names to skip (added to the configuration's ignore)",
        ),
    ),
]


def rule_overrides(lang: str, select: list[str] | None, ignore: list[str] | None) -> dict[str, Any]:
    """The command line's rule selection as a configuration overlay (valid for every folder)."""
    from ..rules.selection import split_selectors

    rules: dict[str, Any] = {}
    if select:
        rules["select"] = split_selectors(select)
    if ignore:
        rules["extend_ignore"] = split_selectors(ignore)
    return {"rules": rules} if rules else {}


def check_selectors(engine: Any, lang: str, overrides: dict[str, Any]) -> None:
    from ..rules.selection import unknown_selectors

    rules = overrides.get("rules", {})
    known = [(r.rule.code, r.rule.name) for r in engine.rules]
    bad = unknown_selectors([*rules.get("select", []), *rules.get("extend_ignore", [])], known)
    if bad:
        shown = ", ".join(bad)
        fail(pick(lang, f"該当する規則がありません: {shown}", f"no rule matches: {shown}"))


def register(app: typer.Typer) -> None:
    @app.command("check", help=tr(
        "各ファイルが内容に必要な機密性のラベルを持っているか検査します（1 違反 1 行、パス順）。",
        "Check that every file carries the label its content requires (one line per violation, by path).",
    ))  # fmt: skip
    def check(
        paths: Annotated[
            list[Path], typer.Argument(help=tr("検査するファイルまたはフォルダ", "Files or folders to check"))
        ],
        format: Annotated[
            str, typer.Option("--format", "-f", help="text|json|jsonl|csv|sarif|html")
        ] = "text",
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help=tr("結果をこのファイルに書きます", "Write the report here")),
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
        ] = 1,
        quiet: Annotated[
            bool,
            typer.Option(
                "--quiet",
                "-q",
                help=tr(
                    "違反の行だけを出力します（問題がなければ何も出しません）",
                    "Print only violation lines (nothing when clean)",
                ),
            ),
        ] = False,
        statistics: Annotated[
            bool,
            typer.Option(
                "--statistics",
                help=tr("規則ごとの違反件数を出力します", "Print the number of violations per rule code"),
            ),
        ] = False,
        select: SelectOpt = None,
        ignore: IgnoreOpt = None,
        exit_zero: Annotated[
            bool,
            typer.Option(
                "--exit-zero",
                help=tr("違反があっても終了コード 0 で終わります", "Exit 0 even when there are violations"),
            ),
        ] = False,
        baseline: Annotated[
            Path | None,
            typer.Option(
                "--baseline",
                help=tr(
                    "assetclass baseline で記録した違反を除外し、新しい違反だけで失敗します",
                    "Suppress the violations recorded by 'assetclass baseline'; fail only on new ones",
                ),
            ),
        ] = None,
        fix: Annotated[
            bool,
            typer.Option(
                "--fix",
                help=tr(
                    "ラベルがない・低いファイルに必要な機密性のラベルを付与します（必要な機密性より低くはしません）",
                    "Stamp the required level on files whose label is missing or too low (never below it)",
                ),
            ),
        ] = False,
        progress: ProgressOpt = None,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        from ..scan.bulk import BulkOptions, run_scan

        lang = lang_or_default(lang)
        overrides = rule_overrides(lang, select, ignore)
        engine = make_engine(policy, no_plugins, lang, overrides)
        check_selectors(engine, lang, overrides)
        post = None
        if baseline is not None or fix:
            from .lint_post import make_post

            post = make_post(baseline, fix, lang)
        code = run_scan(
            engine,
            BulkOptions(
                paths=paths,
                format=format,
                output=output,
                jobs=jobs,
                lang=lang,
                no_plugins=no_plugins,
                command="check",
                progress=progress is not False,
                force_progress=progress is True,
                resolver=resolver_for(engine, policy, overrides),
                post=post,
                quiet=quiet,
                statistics=statistics,
                exit_zero=exit_zero,
            ),
        )
        sys.stdout.flush()
        raise typer.Exit(code)
