"""``assetclass baseline PATH...`` records today's violations; ``assetclass audit FILE`` reviews them.

As with detect-secrets: a team adopting the linter on an old share records what is there today,
``check --baseline FILE`` then fails only on new violations, and ``audit`` asks a person about
each recorded one (accepted: suppressed; rejected: a problem to fix, reported again).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import pick, tr
from ..model import FileResult
from .common import LangOpt, NoPluginsOpt, PolicyOpt, fail, lang_or_default, make_engine, resolver_for

BaselineFileOpt = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        help=tr("ベースラインのファイル（既定: .assetclass-baseline.json）", "Baseline file to write"),
    ),
]


def register(app: typer.Typer) -> None:
    @app.command("baseline", help=tr(
        "今ある違反をベースラインに記録します（check --baseline で新しい違反だけを検出）。"
        "既存のベースラインの確認結果（audit）は引き継ぎます。",
        "Record today's violations in a baseline (check --baseline then fails only on new ones); "
        "audit decisions of an existing baseline are kept.",
    ))  # fmt: skip
    def baseline(
        paths: Annotated[
            list[Path], typer.Argument(help=tr("対象のファイルまたはフォルダ", "Files or folders"))
        ],
        output: BaselineFileOpt = Path(".assetclass-baseline.json"),
        jobs: Annotated[int, typer.Option("--jobs", "-j", help=tr("作業プロセス数", "Worker processes"))] = 1,
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        from ..baseline import Baseline, load
        from ..engine import Engine
        from ..exceptions import AssetclassError
        from ..scan.bulk import BulkOptions, run_scan

        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        new = Baseline(output)

        def record(result: FileResult, _engine: Engine) -> FileResult:
            new.record(result)
            return result

        code = run_scan(
            engine,
            BulkOptions(
                paths=paths, jobs=jobs, lang=lang, no_plugins=no_plugins, command="check",
                progress=False, resolver=resolver_for(engine, policy, None), post=record,
                statistics=True, exit_zero=True,
            ),
        )  # fmt: skip
        if code == 2:
            raise typer.Exit(2)
        if output.exists():
            # an unreadable old baseline is replaced: its decisions cannot be kept
            with contextlib.suppress(AssetclassError):
                new.merge_reviews(load(output))
        try:
            new.save()
        except (AssetclassError, OSError) as exc:
            detail = (
                pick(lang, exc.message_ja, exc.message_en)
                if isinstance(exc, AssetclassError)
                else exc.strerror
            )
            fail(
                pick(
                    lang,
                    f"ベースラインを書けません: {output} ({detail})",
                    f"cannot write {output} ({detail})",
                )
            )
        typer.echo(
            pick(
                lang,
                f"{len(new.entries)} 件の違反を {output} に記録しました",
                f"recorded {len(new.entries)} violations in {output}",
            ),
            err=True,
        )

    @app.command("audit", help=tr(
        "ベースラインの未確認の違反を一件ずつ確認し、受け入れる(y)か修正が必要(n)かを記録します。",
        "Review the unreviewed entries of a baseline one by one: accept (y) or must be fixed (n).",
    ))  # fmt: skip
    def audit(
        file: Annotated[Path, typer.Argument(help=tr("ベースラインのファイル", "Baseline file"))] = Path(
            ".assetclass-baseline.json"
        ),
        accept_all: Annotated[
            bool,
            typer.Option(
                "--accept-all", help=tr("未確認の違反をすべて受け入れます", "Accept every unreviewed entry")
            ),
        ] = False,
        lang: LangOpt = "",
    ) -> None:
        from ..baseline import load, now
        from ..display import printable
        from ..exceptions import AssetclassError
        from ..terms import localize

        lang = lang_or_default(lang)
        try:
            baseline = load(file)
        except AssetclassError as exc:
            fail(pick(lang, exc.message_ja, exc.message_en))
        pending = [e for e in baseline.entries if not e.reviewed]
        choices = pick(
            lang, "y=受け入れる / n=修正が必要 / s=後で / q=終了", "y=accept / n=must fix / s=skip / q=quit"
        )
        decided = 0
        for i, entry in enumerate(pending, 1):
            if accept_all:
                answer = "y"
            else:
                message = localize(
                    entry.message_ja if lang == "ja" else entry.message_en or entry.message_ja, lang
                )
                typer.echo(f"[{i}/{len(pending)}] {printable(entry.path)}: {entry.code} {printable(message)}")
                try:
                    answer = typer.prompt(choices, default="s", show_default=True).strip().lower()[:1]
                except typer.Abort:  # end of input or Ctrl-C: keep the decisions made so far
                    answer = "q"
            if answer == "q":
                break
            if answer in ("y", "n"):
                entry.reviewed, entry.accepted, entry.reviewed_at = True, answer == "y", now()
                decided += 1
        baseline.save()
        left = sum(1 for e in baseline.entries if not e.reviewed)
        rejected = sum(1 for e in baseline.entries if e.accepted is False)
        typer.echo(
            pick(
                lang,
                f"確認 {decided} 件、未確認 {left} 件、修正が必要 {rejected} 件",
                f"reviewed {decided}, unreviewed {left}, must fix {rejected}",
            )
        )
