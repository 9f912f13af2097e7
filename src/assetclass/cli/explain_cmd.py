"""``assetclass explain FILE``: what was found where (masked), which rule decided the level, which labels."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Annotated

import typer

from ..api import scan_path
from ..display import printable as pr
from ..i18n import pick, tr
from ..model import Status
from ..terms import localize, locator, severity_name, status_name, type_name
from .common import LangOpt, NoPluginsOpt, PolicyOpt, ShowValuesOpt, lang_or_default, make_engine
from .explain_view import group_findings


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def register(app: typer.Typer) -> None:
    @app.command("explain", help=tr(
        "1 つのファイルの機密性を説明します: 種類・列ごとの検出内容と場所、理由、OCR の信頼度、ラベル、違反。",
        "Explain the level of one file: findings per type and column with their places, reasons, "
        "OCR confidence per page, labels, violations.",
    ))  # fmt: skip
    def explain(
        file: Annotated[Path, typer.Argument(help=tr("説明するファイル", "The file to explain"))],
        policy: PolicyOpt = None,
        lang: LangOpt = "",
        show_values: ShowValuesOpt = False,
        no_plugins: NoPluginsOpt = False,
    ) -> None:
        """Explain the level of one file: findings with locators, reasons, OCR confidence per page, labels, violations."""
        lang = lang_or_default(lang)
        engine = make_engine(policy, no_plugins, lang, start=file.parent)  # the file's own configuration
        if not file.exists():
            typer.echo(pick(lang, f"ファイルがありません: {pr(file)}", f"no such file: {pr(file)}"), err=True)
            raise typer.Exit(2)
        if file.is_dir():
            typer.echo(
                pick(
                    lang,
                    f"フォルダは説明できません。ファイルを指定してください: {pr(file)}",
                    f"explain takes a file, not a folder: {pr(file)}",
                ),
                err=True,
            )
            raise typer.Exit(2)
        result = scan_path(file, engine=engine, show_values=show_values)
        echo = typer.echo

        def loc(text: str | None) -> str:
            return pr(locator(text, lang))

        def msg(ja: str | None, en: str | None) -> str:
            return pr(localize((ja if lang == "ja" else en or ja) or "", lang))

        status = status_name(str(result.status), lang)
        echo(
            f"{pr(result.path)}  [{pr(result.format or '?')}]  "
            + pick(lang, f"状態: {status}", f"status: {status}")
        )
        if result.message:
            echo("  " + msg(result.message, result.message_en))
        if result.level is not None:
            echo(pick(lang, f"必要な機密性: 機密性{result.level}", f"required level: {result.level}"))
        else:  # never silent: a file that could not be read has no asserted level
            echo(
                pick(
                    lang,
                    "必要な機密性: 判定できません（内容を確認できないため）",
                    "required level: undetermined (the content could not be inspected)",
                )
            )
        declared_ja = f"機密性{result.label}" if result.label is not None else "なし"
        declared_en = f"level {result.label}" if result.label is not None else "none"
        echo(pick(lang, f"ラベル: {declared_ja}", f"declared label: {declared_en}"))
        if result.status is Status.OK:
            echo(pick(lang, f"人数（推定）: {result.subjects}", f"persons (estimated): {result.subjects}"))
        if result.reasons:
            echo(pick(lang, "理由:", "reasons:"))
        for reason in result.reasons:
            rule = f"[{pr(reason.rule)}] " if lang == "en" else ""  # a policy rule id is English
            echo(f"  {rule}{msg(reason.message_ja, reason.message_en)}")
            for where in reason.where[:10]:
                echo(f"      @ {loc(where)}")
        for item in result.review:
            echo(pick(lang, "  要確認: ", "  review: ") + msg(item.message_ja, item.message_en))
        shown = [f.value if (show_values and f.value is not None) else f.evidence for f in result.findings]
        groups = group_findings(result.findings, shown)
        if groups:
            echo(pick(lang, "検出（種類・列ごと）:", "findings (per type and column):"))
        width = max((_width(type_name(g.type, lang)) for g in groups), default=0)
        for g in groups[:100]:
            places = [g.where] if not g.places else g.places[:3]
            more = (
                pick(lang, f" ほか {len(g.places) - 3} 箇所", f" +{len(g.places) - 3} more")
                if len(g.places) > 3
                else ""
            )
            evidence = pick(lang, "、", ", ").join(pr(e) for e in g.evidence)
            echo(
                f"  {_pad(pr(type_name(g.type, lang)), width)}  ×{g.count:<5} {g.confidence:.2f}  "
                f"{', '.join(loc(p) for p in places)}{more}  {evidence}"
            )
        if len(groups) > 100:
            echo(pick(lang, f"  … ほか {len(groups) - 100} 件", f"  … {len(groups) - 100} more"))
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
                        f"  {page.page} ページ: 信頼度 {page.confidence:.2f}、{page.chars} 文字、{page.seconds:.1f} 秒{turned}",
                        f"  page {page.page}: confidence {page.confidence:.2f}, {page.chars} chars, {page.seconds:.1f} s{turned}",
                    )
                    + (f"  ({page.note})" if page.note else "")
                )
        sources = {"visible": ("本文・ヘッダー", "visible"), "metadata": ("プロパティ", "metadata"),
                   "filename": ("ファイル名", "file name"), "legacy": ("旧来のラベル", "legacy")}  # fmt: skip
        if result.labels:
            echo(pick(lang, "ラベルの場所:", "labels:"))
        for lb in result.labels:
            kind = pick(lang, *sources.get(lb.source, (lb.source, lb.source)))
            place = kind if lb.where == "filename" else f"{loc(lb.where)}, {kind}"
            echo(f"  {pr(lb.text)}  ({place})")
        if result.uninspectable:
            echo(pick(lang, "確認できなかった部分:", "not inspectable:"))
            for part in result.uninspectable:
                echo(f"  {pr(localize(part, lang))}")
        for v in result.violations:
            echo(f"{v.code} [{severity_name(v.severity, lang)}] {msg(v.message, v.message_en)}")
        raise typer.Exit(1 if result.violations else 0)
