"""The grid a spreadsheet reader will allocate, read from the sheet itself before that reader runs.

python-calamine builds one dense rectangle from the nearest to the farthest cell that holds a
value; a single value at XFD1048576 makes that 17 billion cells and the process aborts. Regular
expressions over the XML cannot bound that (attribute order, quotes, spacing, character
references, ``r``-less cells placed after a far ``<row r="…">``), so this reads the XML with lxml
(``iterparse``, entities and DTDs off, each row freed once read) the way calamine places cells:

* a ``<row r="N">`` starts row N (no ``r``: the previous row + 1), at column 0;
* a ``<c r="B7">`` sits at B7 whatever its row element says; a ``<c>`` without ``r`` sits one
  column right of the previous cell, in the previous cell's row;
* only cells with a ``<v>`` or ``<is>`` child count (calamine drops empty, style-only cells).

The ``<dimension ref=…>`` element is not used: it can lie, and calamine does not size from it.
xlsb's binary records are walked the same way (BrtRowHdr rows, the column of each cell record).
"""

from __future__ import annotations

import io
import re
import struct
from operator import itemgetter

from lxml import etree

from ..exceptions import CorruptFileError, LimitExceededError

_REF = re.compile(r"\s*([A-Za-z]{0,12})\s*([0-9]{0,30})\s*$")


class Extent:
    """The bounding box of the cells that hold values (0-based, inclusive)."""

    __slots__ = ("max_col", "max_row", "min_col", "min_row")

    def __init__(self) -> None:
        self.min_row = self.min_col = 1 << 62
        self.max_row = self.max_col = -1

    def add(self, row: int, col: int) -> None:
        self.min_row = min(self.min_row, row)
        self.max_row = max(self.max_row, row)
        self.min_col = min(self.min_col, col)
        self.max_col = max(self.max_col, col)

    @property
    def rows(self) -> int:
        return self.max_row - self.min_row + 1 if self.max_row >= 0 else 0

    @property
    def cols(self) -> int:
        return self.max_col - self.min_col + 1 if self.max_col >= 0 else 0

    @property
    def cells(self) -> int:
        return self.rows * self.cols


def _col_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def _parse_ref(ref: str) -> tuple[int | None, int | None]:
    """``"B7"`` → (6, 1); a part that is missing or out of Excel's range is None."""
    m = _REF.match(ref)
    if m is None:
        return None, None
    letters, digits = m.groups()
    col = _col_index(letters) if letters else None
    row = int(digits) - 1 if digits and int(digits) > 0 else None
    return row, col


# Fast path. Every cell start tag ``<c …>`` is counted, and separately those in the plain form
# Excel and the usual libraries write: ``<c r="B7"`` first, then simple double-quoted attributes
# without ``&<>`` and without a second ``r``. When the counts agree, every cell carries a plain
# reference and their bounding box bounds the grid (empty cells included, so it can only
# over-estimate); otherwise, or when that bound is over the limit, the streaming read decides.
_CELL_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?c[\s/>]")
_CELL_PLAIN = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: (?!r=)[A-Za-z]{1,12}="[^"<>&]*")*\s*/?>')


def _fast_bound(raw: bytes) -> int | None:
    """An upper bound on the cells calamine allocates, or None when the fast path cannot tell."""
    refs = _CELL_PLAIN.findall(raw)
    if len(refs) != len(_CELL_OPEN.findall(raw)):
        return None
    if not refs:
        return 0
    cols = [_col_index(c.decode()) for c in set(map(itemgetter(0), refs))]
    rows = list(map(int, map(itemgetter(1), refs)))
    return (max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1)


def xlsx_sheet_within(raw: bytes, limit: int, part: str = "worksheet") -> Extent | None:
    """None when the sheet is certainly within ``limit`` cells, else its exact extent."""
    bound = _fast_bound(raw)
    if bound is not None and bound <= limit:
        return None
    return xlsx_sheet_extent(raw, part)


def xlsx_sheet_extent(raw: bytes, part: str = "worksheet") -> Extent:
    """The extent of one worksheet XML part, placed as calamine places cells (streaming read)."""
    head = raw[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise CorruptFileError(
            f"{part} declares a DTD/entities, which Office files never do (refused as unsafe)",
            f"{part} に DTD/エンティティ宣言があります（安全のため拒否）",
        )
    extent = Extent()
    row = -1
    col = -1
    events = etree.iterparse(
        io.BytesIO(raw),
        events=("start", "end"),
        tag=("{*}row", "{*}c"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    try:
        for event, el in events:
            local = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
            if local == "row":
                if event == "start":
                    r = el.get("r")
                    parsed = _parse_ref(r)[0] if r is not None else None
                    row = parsed if parsed is not None else row + 1
                    col = -1
                else:
                    el.clear(keep_tail=False)
                    while el.getprevious() is not None:  # the rows read so far: free them
                        del el.getparent()[0]
                continue
            if event != "end":
                continue
            ref = _local_attr(el, "r")
            if ref is not None:
                ref_row, ref_col = _parse_ref(ref)
                row = ref_row if ref_row is not None else row
                col = ref_col if ref_col is not None else col + 1
            else:
                col += 1
            if any(isinstance(ch.tag, str) and ch.tag.rsplit("}", 1)[-1] in ("v", "is") for ch in el):
                extent.add(max(row, 0), max(col, 0))
            el.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(
            f"{part} is not well-formed XML (line {exc.lineno})",
            f"{part} の XML が壊れています（{exc.lineno} 行目）",
        ) from None
    return extent


# xlsb (MS-XLSB): record types of a worksheet stream
_BRT_ROW_HDR = 0
_CELL_RECORDS = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 62})  # BrtCellBlank … BrtCellRString
_BLANK = 1


def _local_attr(el: etree._Element, local: str) -> str | None:
    """An attribute by local name, whatever its prefix (``x:r`` as well as ``r``)."""
    value = el.get(local)
    if value is not None:
        return value
    for key, val in el.attrib.items():
        if str(key).rsplit("}", 1)[-1] == local:
            return str(val)
    return None


def _varint(data: bytes, pos: int, max_bytes: int) -> tuple[int, int]:
    value = shift = 0
    for _ in range(max_bytes):
        if pos >= len(data):
            raise CorruptFileError("xlsb record header is cut short", "xlsb のレコードが途中で切れています")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return value, pos


def xlsb_sheet_extent(data: bytes) -> Extent:
    """The extent of one xlsb worksheet stream from its row headers and cell records."""
    extent = Extent()
    row = 0
    pos = 0
    end = len(data)
    while pos < end:
        rtype, pos = _varint(data, pos, 2)
        size, pos = _varint(data, pos, 4)
        body = pos
        pos += size
        if pos > end:
            break
        if rtype == _BRT_ROW_HDR and size >= 4:
            row = struct.unpack_from("<I", data, body)[0]
        elif rtype in _CELL_RECORDS and rtype != _BLANK and size >= 4:
            col = struct.unpack_from("<I", data, body)[0]
            extent.add(row, col)
    return extent


def check_extent(extent: Extent, where: str, limit: int) -> None:
    if extent.cells > limit:
        raise LimitExceededError(
            f"{where} spans more than {limit} cells ({extent.rows} rows × {extent.cols} columns)",
            f"ワークシートの範囲がセル数の上限（{limit}）を超えています（{extent.rows} 行 × {extent.cols} 列）",
        )
