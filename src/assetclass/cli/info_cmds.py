"""``assetclass rules`` and ``assetclass plugins``: what is loaded and what it checks."""

from __future__ import annotations

import typer

from ..i18n import pick, tr
from .common import LangOpt, NoPluginsOpt, PolicyOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("rules", help=tr(
        "リンターの規則をコード・重大度とともに一覧します。", "List the linter rules with their codes and severities."
    ))  # fmt: skip
    def rules(policy: PolicyOpt = None, lang: LangOpt = "", no_plugins: NoPluginsOpt = False) -> None:
        """List the linter rules with their codes and severities."""
        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        for check in engine.rules:
            r = check.rule
            typer.echo(f"{r.code}  {r.name:<28} {r.severity:<8} {pick(lang, r.summary_ja, r.summary_en)}")

    @app.command("plugins", help=tr(
        "読み込んだプラグイン（組込み・外部）と登録内容、読み込みの失敗を一覧します。",
        "List loaded plugins (built-in and outside), what each registers, and load failures.",
    ))  # fmt: skip
    def plugins(lang: LangOpt = "", no_plugins: NoPluginsOpt = False) -> None:
        """List loaded plugins (built-in and outside), what each registers, and load failures."""
        lang = lang_or_default(lang)
        engine = make_engine(None, no_plugins, lang)
        for p in engine.plugins.loaded:
            kind = pick(lang, "組込み", "built-in") if p.builtin else pick(lang, "外部", "outside")
            typer.echo(f"{p.dist} {p.version}  {p.name:<26} {kind:<8} {p.module}")
        typer.echo(
            pick(lang, "抽出:", "extractors:") + " " + ", ".join(sorted({e.name for e in engine.extractors}))
        )
        typer.echo(pick(lang, "検出:", "detectors:") + " " + ", ".join(d.id for d in engine.detectors))
        typer.echo(
            pick(lang, "ラベル:", "label codecs:") + " " + ", ".join(c.name for c in engine.label_codecs)
        )
        typer.echo(pick(lang, "出力形式:", "reporters:") + " " + ", ".join(sorted(engine.reporters)))
        for failure in engine.check_plugins():
            typer.echo(pick(lang, f"読み込み失敗: {failure.describe()}", f"failed: {failure.describe()}"))
        if engine.plugins.failures:
            raise typer.Exit(2)
