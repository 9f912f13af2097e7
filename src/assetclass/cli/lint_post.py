"""What ``check --baseline`` and ``check --fix`` do to each result before it is reported."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..engine import Engine
from ..exceptions import AssetclassError
from ..i18n import pick
from ..model import FileResult, Status
from .common import fail

FIXABLE = frozenset({"AC101", "AC102"})  # a missing or too-low label: stamping the required level fixes both


def _fix(result: FileResult, engine: Engine, lang: str) -> FileResult:
    """Stamp the classified (required) level; on success the label violations are gone."""
    if (
        result.status is not Status.OK
        or result.level is None
        or result.path_bytes_hex is not None  # the shown path is not the file's real name
        or result.container is not None
        or not any(v.code in FIXABLE for v in result.violations)
    ):
        return result
    from ..stamping import describe, stamp_file

    # level=None: stamp re-classifies and writes that level; it never writes below it and
    # refuses (without --force) to lower a higher label
    outcome = stamp_file(engine, Path(result.path))
    sys.stderr.write(describe(outcome, lang) + "\n")
    if outcome.outcome != "stamped" or outcome.level is None:
        return result
    kept = [v for v in result.violations if v.code not in FIXABLE]
    return replace(result, violations=kept, label=max(outcome.level, result.label or 0))


def make_post(baseline: Path | None, fix: bool, lang: str) -> Callable[[FileResult, Engine], FileResult]:
    loaded = None
    if baseline is not None:
        from ..baseline import load

        try:
            loaded = load(baseline)
        except AssetclassError as exc:
            fail(pick(lang, exc.message_ja, exc.message_en))

    def post(result: FileResult, engine: Engine) -> FileResult:
        if fix:
            result = _fix(result, engine, lang)
        if loaded is not None:
            result, _ = loaded.filter(result)
        return result

    return post
