"""PDFs laid out the way core systems and office printers lay them out, generated at test time.

A core system prints a person list cell by cell at fixed x positions (no table grid, no row
numbers), repeats the column header and a title line with the page number on every page; letters
from some producers put a space around every number (8 丁目 3 番地, 令和 6 年).
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from typing import Any

from corpus.factory.people import Person, Population

FONT = "HeiseiKakuGo-W5"


def _canvas(buf: io.BytesIO, landscape_page: bool = True) -> Any:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    size = landscape(A4) if landscape_page else A4
    return canvas.Canvas(buf, pagesize=size, invariant=1)


def people(n: int, seed: int = 11) -> list[Person]:
    population = Population(random.Random(seed))
    return [population.person(min_birth=1930, max_birth=2010) for _ in range(n)]


def birth(p: Person) -> str:
    return f"{p.birth.year}年{p.birth.month}月{p.birth.day}日"


def person_list_pdf(persons: Sequence[Person], per_page: int = 35) -> bytes:
    """住民一覧 printed from a core system: columns drawn at fixed x, header repeated per page."""
    buf = io.BytesIO()
    c = _canvas(buf)
    _, height = c._pagesize
    columns = [
        ("世帯番号", 30),
        ("氏名", 100),
        ("生年月日", 190),
        ("住所", 290),
        ("電話番号", 600),
        ("続柄", 700),
    ]
    pages = (len(persons) + per_page - 1) // per_page
    for page in range(pages):
        c.setFont(FONT, 12)
        c.drawString(30, height - 30, f"住民一覧表   出力日 令和 6 年 5 月 1 日   {page + 1} / {pages} 頁")
        c.setFont(FONT, 9)
        y = height - 56
        for title, x in columns:
            c.drawString(x, y, title)
        y -= 14
        for i in range(page * per_page, min(len(persons), (page + 1) * per_page)):
            p = persons[i]
            values = [p.household, p.name_as("space"), birth(p), p.address("chome_ban_go"), p.phone, "世帯主"]
            for (_, x), value in zip(columns, values, strict=True):
                c.drawString(x, y, value)
            y -= 13
        c.setFont(FONT, 8)
        c.drawString(380, 20, "○○市 市民課")
        c.showPage()
    c.save()
    return buf.getvalue()


def lines_pdf(lines: Sequence[str]) -> bytes:
    """One page of running text, each line drawn as given (spaces around digits kept)."""
    buf = io.BytesIO()
    c = _canvas(buf, landscape_page=False)
    _, height = c._pagesize
    c.setFont(FONT, 10.5)
    y = height - 60
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def grid_pdf(
    titles: Sequence[str],
    header: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    *,
    second_lines: Sequence[str] | None = None,
    second_x: float = 0.0,
    per_page: int = 40,
    pitch: float = 12.0,
    size: float = 8.0,
    rule: str | None = None,
) -> bytes:
    """A list printed by a fixed-x program: ``header`` is (label, x) per column, each row's cells
    are drawn at the same x as their label, every page repeats ``titles`` and the header. With
    ``second_lines``, each row has a second line (a 2段 record) drawn at ``second_x``; with ``rule``,
    a ruled line (=====) is drawn under the header. Labels and values are drawn where they are,
    touching or not, as such programs do."""
    buf = io.BytesIO()
    c = _canvas(buf)
    _, height = c._pagesize
    pages = max(1, (len(rows) + per_page - 1) // per_page)
    for page in range(pages):
        y = height - 30
        for t in titles:
            c.setFont(FONT, size)
            c.drawString(30, y, t.replace("{page}", str(page + 1)).replace("{pages}", str(pages)))
            y -= pitch * 1.4
        c.setFont(FONT, size)
        for label, x in header:
            c.drawString(x, y, label)
        y -= pitch * 1.4
        if rule is not None:
            c.drawString(30, y, rule)
            y -= pitch
        for i in range(page * per_page, min(len(rows), (page + 1) * per_page)):
            for value, (_, x) in zip(rows[i], header, strict=True):
                c.drawString(x, y, value)
            y -= pitch
            if second_lines is not None:
                c.drawString(second_x, y, second_lines[i])
                y -= pitch
        c.showPage()
    c.save()
    return buf.getvalue()
