"""Where the CLI's start-up goes: ``python -m bench.startup`` (prints JSON; run by bench.run).

Runs in a fresh interpreter, as the CLI does: times importing the CLI (typer, the API, the engine and
the data model), then loading every plugin through the entry points (each built-in detector compiles
its regular expressions at import), and counts how much of both is regular-expression compilation
(``re._compile`` timed around every call).
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import Any

_compile_seconds = 0.0
_compiles = 0
_original_compile = re._compile  # type: ignore[attr-defined]


def _timed_compile(pattern: Any, flags: Any) -> Any:
    global _compile_seconds, _compiles
    started = time.perf_counter()
    try:
        return _original_compile(pattern, flags)
    finally:
        _compile_seconds += time.perf_counter() - started
        _compiles += 1


def breakdown() -> dict[str, float]:
    """Seconds of each start-up step in this (fresh) process."""
    re._compile = _timed_compile  # type: ignore[attr-defined]
    started = time.perf_counter()
    from assetclass.cli import main as _cli  # noqa: F401  (typer, API, engine, model)

    imported = time.perf_counter()
    regex_import = _compile_seconds
    from assetclass.cli.common import make_engine

    engine = make_engine(None, False, "en")
    _ = engine.plugins  # entry points + every plugin module imported and registered
    loaded = time.perf_counter()
    return {
        "import_cli": imported - started,
        "load_plugins": loaded - imported,
        "regex_compile": _compile_seconds,
        "regex_compile_during_import": regex_import,
        "regex_patterns": float(_compiles),
        "modules": float(len(sys.modules)),
    }


if __name__ == "__main__":
    print(json.dumps(breakdown()))
