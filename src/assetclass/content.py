"""The extracted content: what an extractor reads (:class:`Source`) and what it produces (a
:class:`Document` of text blocks, tables and OCR pages).

Re-exported by :mod:`assetclass.model`, the name plugins and callers import it by. Nothing here
holds a raw personal value except ``TextBlock.text`` and ``Table.rows`` (the extracted content
itself, which never leaves the process).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeAlias

#: A spreadsheet or table cell as read: text, a whole number (int), a float, a date or nothing.
#: Spreadsheet readers turn whole-number floats into ``int`` so a 12-digit number stays 12 digits.
CellValue: TypeAlias = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


class Region(StrEnum):
    """Where in a file a piece of text sits; label readers and detectors weigh regions differently."""

    BODY = "body"
    HEADER = "header"
    FOOTER = "footer"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    COMMENT = "comment"
    TEXTBOX = "textbox"
    TABLE = "table"
    SHEET_NAME = "sheet_name"
    SLIDE = "slide"
    NOTES = "notes"
    PAGE = "page"
    PROPERTIES = "properties"
    FILENAME = "filename"


@dataclass(slots=True)
class TextBlock:
    """A run of text a person reads as one unit (a paragraph, a header, a comment, a PDF page)."""

    text: str
    locator: str  # human-followable: "paragraph 12", "header (section 2)", "page 3", "名簿!B2 (comment)"
    region: Region = Region.BODY
    page: int | None = None  # 1-based page or slide number where known
    hidden: bool = False  # on a hidden sheet / hidden slide / vanished text
    # Set when the text was read by OCR from an image: that page's mean word confidence (0..1).
    # Detectors' confidences on such text are lowered and reasons say the text came from OCR.
    ocr_confidence: float | None = None


@dataclass(slots=True)
class OcrPage:
    """How one page (of an image-only PDF, a TIFF, an image file) was read by OCR."""

    page: int  # 1-based
    confidence: float  # mean word confidence 0..1 of the kept reading
    seconds: float
    rotation: int = 0  # degrees the page was turned (counter-clockwise) before it was read
    chars: int = 0  # characters read
    note: str | None = None  # English note when the reading was cut short (time limit)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "page": self.page,
            "confidence": round(self.confidence, 2),
            "seconds": round(self.seconds, 2),
            "rotation": self.rotation,
            "chars": self.chars,
        }
        if self.note:
            out["note"] = self.note
        return out


@dataclass(slots=True)
class Table:
    """A grid: a worksheet, a Word/PowerPoint table, a CSV file.

    ``rows`` keeps the original row structure (blank rows included, as empty lists or all-None rows)
    so detectors can find header rows that are not row 1 and treat each data row as one person.
    ``row_offset``/``col_offset`` map ``rows[i][j]`` to the sheet's 0-based coordinates.
    """

    name: str  # sheet name, or "table 3"
    locator: str  # "名簿" (sheet) or "table 3" / "page 2 table 1"
    rows: list[list[CellValue]]
    region: Region = Region.TABLE
    hidden: bool = False
    is_sheet: bool = False  # True: cells are addressed as Excel refs (名簿!D7)
    row_offset: int = 0
    col_offset: int = 0
    # Number formats of columns or cells where the reader knows them, keyed by (row, col) index
    # into ``rows``; used to tell a date serial or a '0'-formatted 12-digit number.
    number_formats: dict[tuple[int, int], str] = field(default_factory=dict)

    def cell_locator(self, row: int, col: int) -> str:
        """Locator of ``rows[row][col]``: ``名簿!D7`` for sheets, ``table 3 (row 4, col 2)`` otherwise."""
        if self.is_sheet:
            return f"{self.name}!{column_letter(col + self.col_offset)}{row + self.row_offset + 1}"
        return f"{self.locator} (row {row + 1}, col {col + 1})"

    def range_locator(self, row0: int, col0: int, row1: int, col1: int) -> str:
        if self.is_sheet:
            a = f"{column_letter(col0 + self.col_offset)}{row0 + self.row_offset + 1}"
            b = f"{column_letter(col1 + self.col_offset)}{row1 + self.row_offset + 1}"
            return f"{self.name}!{a}:{b}" if a != b else f"{self.name}!{a}"
        return f"{self.locator} (rows {row0 + 1}-{row1 + 1})"


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(slots=True)
class Document:
    """Everything an extractor could read from one file, in reading order."""

    name: str  # file name (or "<bytes>"), used for label-in-filename and messages
    format: str  # "xlsx", "docx", "pdf", "csv", …
    blocks: list[TextBlock] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # core/custom/Info/XMP, "custom:Name" keys
    # Parts that could not be inspected (a scanned page without text layer, an embedded object)
    # with a reason; any entry makes the file "not fully inspectable".
    uninspectable: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # non-fatal reader problems (no personal data)
    pages: int | None = None
    # Side channel for label codecs, not seen by detectors: text of each page's top and bottom
    # bands (1-based page → (top, bottom)), filled by the PDF extractor so the label codec need not
    # open the PDF a second time.
    page_bands: dict[int, tuple[str, str]] = field(default_factory=dict)
    # Pages whose text was read by OCR (image-only PDF pages, image files), in page order.
    ocr_pages: list[OcrPage] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    """What an extractor or label codec reads: a path or bytes, with the name used in messages."""

    name: str
    data: bytes | None = None
    path: str | None = None

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        with open(self.path, "rb") as fh:
            return fh.read()
