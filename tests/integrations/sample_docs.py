"""Documents for the integration tests, generated with the real libraries (python-docx, openpyxl)."""

from __future__ import annotations

import io
from typing import Any

import docx
import openpyxl

MY_NUMBER = "123456789018"  # passes the check digit; not anyone's number


def docx_bytes(*paragraphs: str, header: str | None = None) -> bytes:
    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    if header is not None:
        doc.sections[0].header.paragraphs[0].text = header
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def xlsx_bytes(rows: list[list[object]], title: str = "名簿") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def secret_docx() -> Any:
    doc = docx.Document()
    doc.add_paragraph("住民税 納税通知書")
    doc.add_paragraph(f"山田 太郎 様 個人番号 {MY_NUMBER[:4]} {MY_NUMBER[4:8]} {MY_NUMBER[8:]}")
    return doc
