"""How ``explain`` groups findings: one line per type and column (or range), not one per cell."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Finding

_CELL = re.compile(r"^(?P<sheet>.+)!(?P<c0>[A-Z]+)(?P<r0>\d+)(?::(?P<c1>[A-Z]+)(?P<r1>\d+))?$")
_GRID = re.compile(r"^(?P<table>.+) \(rows? (?P<r0>\d+)(?:-(?P<r1>\d+))?, col (?P<col>\d+)\)$")


@dataclass(slots=True)
class Group:
    type: str
    where: str  # a column range, a table column, or the first locator of text findings
    count: int = 0
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # text findings: their locators
    rows: tuple[int, int] | None = None  # first and last row of a column group


def _key(f: Finding) -> tuple[str, str, str, int, int] | None:
    """(type, kind, container, first row, last row) of a cell finding; None for text locators."""
    m = _CELL.match(f.locator)
    if m and m["c1"] in (None, m["c0"]):
        r0, r1 = int(m["r0"]), int(m["r1"] or m["r0"])
        return f.type, "cell", f"{m['sheet']}!{m['c0']}", r0, r1
    m = _GRID.match(f.locator)
    if m:
        r0, r1 = int(m["r0"]), int(m["r1"] or m["r0"])
        return f.type, "grid", f"{m['table']}\x00{m['col']}", r0, r1
    return None


def group_findings(findings: list[Finding], shown: list[str]) -> list[Group]:
    """Findings merged per (type, sheet column / table column), text findings per type.

    ``shown[i]`` is what to print for ``findings[i]`` (masked evidence, or the value when asked).
    """
    groups: dict[tuple[str, str], Group] = {}
    order: list[tuple[str, str]] = []
    for f, text in zip(findings, shown, strict=True):
        key = _key(f)
        gkey = (f.type, key[2]) if key else (f.type, "\x00text")
        g = groups.get(gkey)
        if g is None:
            g = groups[gkey] = Group(f.type, f.locator)
            order.append(gkey)
        g.count += f.count
        g.confidence = max(g.confidence, f.confidence)
        if text and text not in g.evidence and len(g.evidence) < 3:
            g.evidence.append(text)
        if key:
            lo, hi = key[3], key[4]
            g.rows = (min(g.rows[0], lo), max(g.rows[1], hi)) if g.rows else (lo, hi)
        elif f.locator not in g.places:
            g.places.append(f.locator)
    for gkey in order:
        g = groups[gkey]
        if g.rows is not None:
            container = gkey[1]
            if "\x00" in container:
                table, col = container.split("\x00")
                rows = f"row {g.rows[0]}" if g.rows[0] == g.rows[1] else f"rows {g.rows[0]}-{g.rows[1]}"
                g.where = f"{table} ({rows}, col {col})"
            else:
                sheet, col = container.rsplit("!", 1)
                a, b = f"{col}{g.rows[0]}", f"{col}{g.rows[1]}"
                g.where = f"{sheet}!{a}" if a == b else f"{sheet}!{a}:{b}"
    return sorted((groups[k] for k in order), key=lambda g: (-g.count, g.type, g.where))
