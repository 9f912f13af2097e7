"""Options shared by several commands, and how their values become an Engine."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..config import Config, ConfigResolver, load_config
from ..display import printable
from ..engine import Engine
from ..exceptions import AssetclassError
from ..i18n import LANGS, default_lang, pick, tr


def _check_lang(value: str) -> str:
    if value and value not in LANGS:
        raise typer.BadParameter(
            pick(
                default_lang(),
                f"{value!r} は使えません。ja または en を指定してください",
                f"{value!r} is not one of ja, en",
            )
        )
    return value


PolicyOpt = Annotated[
    Path | None,
    typer.Option(
        "--policy",
        help=tr(
            "方針・設定の TOML ファイル。全ファイルに適用します（省略時: 組込みの既定値と、各ファイルから"
            "上のフォルダへ探した最も近い assetclass.toml）",
            "Policy/configuration TOML for every file (default: built-in, plus the nearest "
            "assetclass.toml above each file)",
        ),
    ),
]
LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        callback=_check_lang,
        help=tr("メッセージとレポートの言語: ja または en", "Language of messages and reports: ja or en"),
    ),
]
NoPluginsOpt = Annotated[
    bool,
    typer.Option(
        "--no-plugins",
        help=tr(
            "組込みの機能だけを読み込みます（ASSETCLASS_DISABLE_PLUGINS=1 と同じ）",
            "Load only the built-ins (also ASSETCLASS_DISABLE_PLUGINS=1)",
        ),
    ),
]
ProgressOpt = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help=tr(
            "標準エラーに総数と残り時間つきの進捗を表示します（既定: 端末のときだけ。--progress は"
            "ログにも行で書きます）",
            "Progress with a total and the time left on stderr (default: only when stderr is a terminal; "
            "--progress also writes plain lines into a log)",
        ),
    ),
]
ShowValuesOpt = Annotated[
    bool,
    typer.Option(
        "--show-values",
        help=tr(
            "伏せ字にせず実際の値を表示します（取扱いに注意）",
            "Show raw values instead of masked evidence (handle with care)",
        ),
    ),
]


def lang_or_default(lang: str | None) -> str:
    return lang if lang in ("ja", "en") else default_lang()


def make_engine(
    policy: Path | None,
    no_plugins: bool,
    lang: str,
    overrides: dict[str, Any] | None = None,
    start: Path | None = None,
) -> Engine:
    """The run's engine: ``--policy``, else the configuration nearest to ``start`` (default the
    current directory), with the command line's ``overrides`` laid over it."""
    try:
        config: Config = load_config(policy, start=start)
    except AssetclassError as exc:
        fail(pick(lang, exc.message_ja, exc.message_en))
    if overrides:
        config = config.with_overrides(overrides)
    engine = Engine(config=config, outside_plugins=False if no_plugins else None)
    for failure in engine.check_plugins():
        named = printable(failure.describe())
        typer.echo(
            pick(
                lang,
                f"警告: プラグイン {named} を読み込めませんでした",
                f"warning: plugin {named} failed to load",
            ),
            err=True,
        )
    return engine


def resolver_for(engine: Engine, policy: Path | None, overrides: dict[str, Any] | None) -> ConfigResolver:
    """Per-file configuration discovery, off when ``--policy`` names the one file for all."""
    return ConfigResolver(engine.config, overrides, discover=policy is None)


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
