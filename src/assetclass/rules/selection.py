"""Which rules run: ``select`` / ``ignore`` by code, code prefix or name, as ruff selects rules.

A selector is ``ALL``, a rule code (``AC105``), a prefix of codes (``AC1``, ``AC10``) or a rule
name (``label-higher-than-required``). A rule runs when some ``select`` entry matches it and no
``ignore`` entry matches it at least as specifically (the longer prefix wins; at equal length
ignore wins), so ``select = ["AC105"]`` with ``ignore = ["AC1"]`` still runs AC105.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..config import Config

ALL = "ALL"


def split_selectors(values: Iterable[str] | None) -> list[str]:
    """``["AC101,AC102", " AC103 "]`` → ``["AC101", "AC102", "AC103"]`` (codes upper-cased)."""
    out: list[str] = []
    for value in values or []:
        for part in str(value).split(","):
            part = part.strip()
            if part:
                out.append(part if "-" in part else part.upper())  # names keep their case
    return out


def _specificity(code: str, name: str, selectors: Iterable[str]) -> int:
    best = -1
    for sel in selectors:
        if sel == ALL:
            best = max(best, 0)
        elif sel == name:
            best = max(best, len(code) + 1)
        elif code.startswith(sel.upper()):
            best = max(best, len(sel))
    return best


def rule_enabled(code: str, name: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    chosen = _specificity(code, name, select)
    return chosen >= 0 and chosen > _specificity(code, name, ignore)


def selection(config: Config) -> tuple[list[str], list[str]]:
    """(select, ignore) of a configuration: ``rules.select`` (default ALL), and ``rules.ignore``,
    ``rules.extend_ignore`` (the command line's ``--ignore``) and ``rules.disabled`` together."""
    select = split_selectors(config.get("rules.select", None) or [ALL])
    ignore = split_selectors(
        [
            *(config.get("rules.ignore", []) or []),
            *(config.get("rules.extend_ignore", []) or []),
            *(config.get("rules.disabled", []) or []),
        ]
    )
    return select, ignore


def unknown_selectors(selectors: Iterable[str], rules: Iterable[tuple[str, str]]) -> list[str]:
    """Selectors that match no rule of ``rules`` ((code, name) pairs): a typo must not pass silently."""
    known = list(rules)
    return [
        s
        for s in selectors
        if s != ALL and not any(code.startswith(s.upper()) or s == name for code, name in known)
    ]
