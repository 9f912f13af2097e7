"""A format-independent description of a document, rendered to real files by corpus.factory.writers.

Test fixtures, the labelled evaluation corpus, the demo share and the benchmark share are all
described as DocSpecs and written with real libraries (python-docx, openpyxl, reportlab, …).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Cell = str | int | float | dt.date | dt.datetime | None


@dataclass
class SheetSpec:
    name: str
    rows: list[list[Cell]]
    state: Literal["visible", "hidden", "veryHidden"] = "visible"
    header: str | None = None  # page header text (center)
    footer: str | None = None
    first_row: int = 1  # 1-based row where rows[0] is written (title rows above a header row)
    title: str | None = None  # merged title row written above first_row when given
    comments: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) in rows → note
    number_formats: dict[int, str] = field(default_factory=dict)  # column index → format ("0", "yyyy/mm/dd")


@dataclass
class DocSpec:
    """One document. Word-like formats use paragraphs/tables; spreadsheets use sheets.

    Writers place every field where that format keeps it; a field a format cannot hold is put in
    the nearest place a reader would look (e.g. a PDF has no comments: they become page text).
    """

    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    sheets: list[SheetSpec] = field(default_factory=list)
    header: str | None = None
    footer: str | None = None
    first_page_header: str | None = None
    comments: list[str] = field(default_factory=list)
    textboxes: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # pptx speaker notes
    properties: dict[str, str] = field(default_factory=dict)  # core "title"/"subject"/…; "custom:Name"
    sections: int = 1  # docx: number of sections (each gets the header)
