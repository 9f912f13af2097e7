"""Plumbing the blind red-team sets share (corpus/redteam/set25.py onwards): look-alike numbers,
4-4-4 grouping, dates and amounts as staff write them, merged cells in a written workbook, and the
CJK font for PDFs. Only mechanics: each set's documents, pools and truth stay its own."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from corpus.factory.numbers import is_valid_my_number


def fail_check(valid: str, k: int = 1) -> str:
    """A 12-digit look-alike whose last digit is not the check digit."""
    bad = valid[:11] + str((int(valid[11]) + k) % 10)
    assert not is_valid_my_number(bad)
    return bad


def grouped(number: str, sep: str = " ") -> str:
    """A 12-digit number in 4-4-4 groups."""
    return sep.join([number[0:4], number[4:8], number[8:12]])


def refinish_zip(path: Path, data: bytes) -> None:
    """Write a zip package again with the factory's fixed timestamps and order (deterministic)."""
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(data))


def merge_xlsx(ranges: dict[str, list[str]]) -> Callable[[Path], None]:
    """Merge cell ranges per sheet name in a written xlsx (kept deterministic)."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for name, rs in ranges.items():
            for r in rs:
                wb[name].merge_cells(r)
        buf = io.BytesIO()
        wb.save(buf)
        refinish_zip(path, buf.getvalue())

    return post


def pdf_font() -> str:
    """A CJK font reportlab can draw Japanese with (registered once)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    font = "HeiseiMin-W3"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    return font


def ymd(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def yen(n: int) -> str:
    return f"{n:,}"
