"""Language choice for human-facing text: Japanese by default, English with ``--lang en``.

Messages live next to the code that emits them as (ja, en) pairs; this module only picks.
"""

from __future__ import annotations

import os
import sys

LANGS = ("ja", "en")


def default_lang() -> str:
    env = os.environ.get("ASSETCLASS_LANG", "").lower()
    return env if env in LANGS else "ja"


def pick(lang: str, ja: str, en: str) -> str:
    return en if lang == "en" else ja


def help_lang(argv: list[str] | None = None) -> str:
    """The language of ``--help`` texts, fixed when the CLI is built: ``--lang`` on the command
    line, else ASSETCLASS_LANG, else Japanese."""
    args = sys.argv[1:] if argv is None else argv
    for i, arg in enumerate(args):
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGS:
            return value
    return default_lang()


def tr(ja: str, en: str) -> str:
    """A help text in the language of :func:`help_lang` (decided once, at import)."""
    return pick(_HELP_LANG, ja, en)


_HELP_LANG = help_lang()
