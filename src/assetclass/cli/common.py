"""Options shared by several commands, and how their values become an Engine."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..config import Config, load_config
from ..display import printable
from ..engine import Engine
from ..exceptions import AssetclassError
from ..i18n import default_lang, pick

PolicyOpt = Annotated[
    Path | None,
    typer.Option("--policy", help="Policy/configuration TOML (default: built-in + assetclass.toml)"),
]
LangOpt = Annotated[str, typer.Option("--lang", help="Language of messages and reports: ja or en")]
NoPluginsOpt = Annotated[
    bool, typer.Option("--no-plugins", help="Load only the built-ins (also ASSETCLASS_DISABLE_PLUGINS=1)")
]
ProgressOpt = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Progress with a total and the time left on stderr (default: only when stderr is a terminal; "
        "--progress also writes plain lines into a log)",
    ),
]
ShowValuesOpt = Annotated[
    bool, typer.Option("--show-values", help="Show raw values instead of masked evidence (handle with care)")
]


def lang_or_default(lang: str | None) -> str:
    return lang if lang in ("ja", "en") else default_lang()


def make_engine(policy: Path | None, no_plugins: bool, lang: str) -> Engine:
    try:
        config: Config = load_config(policy)
    except AssetclassError as exc:
        fail(pick(lang, exc.message_ja, exc.message_en))
    engine = Engine(config=config, outside_plugins=False if no_plugins else None)
    for failure in engine.plugins.failures:
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


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
