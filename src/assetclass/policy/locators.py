"""Where a finding sits, read back from its locator: a sheet's cell, a text table's grid cell, or a
line or paragraph of running text (PDF lines carry their page)."""

from __future__ import annotations

import re

CELL = re.compile(r"^(?P<sheet>.+)!(?P<col>[A-Z]+)(?P<row>\d+)$")
GRID = re.compile(r"^(?P<table>.+) \(row (?P<row>\d+), col (?P<col>\d+)\)$")
_LINE = re.compile(r"(?:^page (?P<page>\d+) .*)?\b(?:line|paragraph) (?P<n>\d+)$")
# a slide, or the master and layouts behind the slides (their text is the template's: a footer's
# office address is no one's near a slide's person)
_SLIDE = re.compile(r"^slide (?P<part>master |layout )?(?P<n>\d+)")


def place(locator: str) -> tuple[str, int] | None:
    """A finding's place in reading order: (container, position), or None outside the flow of text
    (a header, a text box, a slide's notes). Page 2 line 5 of a PDF is position 205."""
    if m := CELL.match(locator):
        return m["sheet"], int(m["row"])
    if m := GRID.match(locator):
        return m["table"], int(m["row"])
    if m := _LINE.search(locator):
        return "", int(m["page"] or 0) * 100 + int(m["n"])
    if m := _SLIDE.match(locator):
        return ("slide template" if m["part"] else "slides"), int(m["n"])
    return None
