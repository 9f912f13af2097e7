"""``assetclass explain FILE``: what was found where (masked), which rule decided the level, which labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..api import scan_path
from ..display import printable as pr
from ..i18n import pick
from .common import LangOpt, NoPluginsOpt, PolicyOpt, ShowValuesOpt, lang_or_default, make_engine


def register(app: typer.Typer) -> None:
    @app.command("explain")
    def explain(
        file: Annotated[Path, typer.Argument(help="The file to explain")],
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        show_values: ShowValuesOpt = False,
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Explain the level of one file: findings with locators, reasons, OCR confidence per page, labels, violations."""
        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang)
        if not file.exists():
            typer.echo(pick(lang, f"ファイルがありません: {pr(file)}", f"no such file: {pr(file)}"), err=True)
            raise typer.Exit(2)
        result = scan_path(file, engine=engine, show_values=show_values)
        echo = typer.echo
        echo(f"{pr(result.path)}  [{pr(result.format or '?')}]  status={result.status}")
        if result.message:
            echo("  " + pr(result.message if lang == "ja" else result.message_en or ""))
        if result.level is not None:
            echo(pick(lang, f"必要な機密性: 機密性{result.level}", f"required level: {result.level}"))
        declared_ja = f"機密性{result.label}" if result.label is not None else "なし"
        declared_en = f"level {result.label}" if result.label is not None else "none"
        echo(pick(lang, f"表示されている機密性: {declared_ja}", f"declared label: {declared_en}"))
        echo(pick(lang, f"人数（推定）: {result.subjects}", f"persons (estimated): {result.subjects}"))
        echo(pick(lang, "理由:", "reasons:"))
        for reason in result.reasons:
            echo(f"  [{pr(reason.rule)}] {pr(reason.message(lang))}")
            for where in reason.where[:10]:
                echo(f"      @ {pr(where)}")
        echo(pick(lang, "検出:", "findings:"))
        for f in result.findings[:200]:
            shown = f.value if (show_values and f.value is not None) else f.evidence
            echo(f"  {pr(f.type):<18} {f.confidence:.2f}  {pr(f.locator)}  {pr(shown)}")
        if len(result.findings) > 200:
            echo(
                pick(
                    lang,
                    f"  … ほか {len(result.findings) - 200} 件",
                    f"  … {len(result.findings) - 200} more",
                )
            )
        if result.ocr:
            echo(
                pick(
                    lang, "OCR（スキャン画像から読み取ったページ）:", "OCR (pages read from scanned images):"
                )
            )
            for page in result.ocr:
                turned = (
                    pick(lang, f"、{page.rotation}° 回転", f", turned {page.rotation}°")
                    if page.rotation
                    else ""
                )
                echo(
                    pick(
                        lang,
                        f"  page {page.page}: 信頼度 {page.confidence:.2f}、{page.chars} 文字、{page.seconds:.1f} 秒{turned}",
                        f"  page {page.page}: confidence {page.confidence:.2f}, {page.chars} chars, {page.seconds:.1f} s{turned}",
                    )
                    + (f"  ({page.note})" if page.note else "")
                )
        echo(pick(lang, "ラベル:", "labels:"))
        for lb in result.labels:
            echo(f"  {pr(lb.text)}  ({pr(lb.where)}, {lb.source})")
        if result.uninspectable:
            echo(pick(lang, "検査できなかった部分:", "not inspectable:"))
            for item in result.uninspectable:
                echo(f"  {pr(item)}")
        for v in result.violations:
            echo(f"{v.code} [{v.severity}] {pr(v.message if lang == 'ja' else (v.message_en or v.message))}")
        raise typer.Exit(1 if result.violations else 0)
