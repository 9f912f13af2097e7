"""Language choice for human-facing text: Japanese by default, English with ``--lang en``.

Messages live next to the code that emits them as (ja, en) pairs; this module only picks.
"""

from __future__ import annotations

import os

LANGS = ("ja", "en")


def default_lang() -> str:
    env = os.environ.get("ASSETCLASS_LANG", "").lower()
    return env if env in LANGS else "ja"


def pick(lang: str, ja: str, en: str) -> str:
    return en if lang == "en" else ja
