"""Excel OOXML workbooks (xlsx/xlsm/xltx/xltm, and xlsb's cells) and encrypted OOXML containers.

Cells of every sheet come from python-calamine (``sheets.read_grid``: 6–20× faster than openpyxl,
docs/decisions/extraction.md). What calamine does not expose is read from the package with lxml:
notes and threaded comments, each sheet's header/footer (odd/even/first), text in shapes and text
boxes, and the document properties.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..formats.excel_header import strip_header_codes
from ..formats.sniff import ZIP_EXTS, ext_of, sniff
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import Document, Region, Source, Table, TextBlock
from .common import claim, empty_file, encrypted, not_valid
from .ooxml import SafeZip, all_text, attr_local, iter_local, parse_xml, read_properties
from .sheet_extent import check_extent, xlsb_sheet_extent, xlsx_sheet_within
from .sheets import read_grid

FORMATS = ("xlsx", "xlsm", "xltx", "xltm", "xlsb")
_HF_TAGS = re.compile(
    rb"<(?:\w+:)?(oddHeader|oddFooter|evenHeader|evenFooter|firstHeader|firstFooter)>(.*?)</", re.DOTALL
)
_HF_BLOCK = re.compile(rb"<(?:\w+:)?headerFooter\b.*?</(?:\w+:)?headerFooter>", re.DOTALL)
_HF_KIND = {
    "oddHeader": (Region.HEADER, "header"),
    "oddFooter": (Region.FOOTER, "footer"),
    "evenHeader": (Region.HEADER, "even page header"),
    "evenFooter": (Region.FOOTER, "even page footer"),
    "firstHeader": (Region.HEADER, "first page header"),
    "firstFooter": (Region.FOOTER, "first page footer"),
}


class XlsxExtractor:
    name = "xlsx"
    formats = FORMATS
    isolated = True  # native reader (calamine/PDFium) that can abort the process: see isolation.py
    preload = ("python_calamine",)  # imported once before forking, not in every child

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "xlsx"
        if not data:
            raise empty_file()
        pkg = SafeZip(data, fmt, context.limits)
        if not pkg.has("[Content_Types].xml"):
            raise not_valid(fmt, "no [Content_Types].xml in the package", "[Content_Types].xml がありません")
        pkg.verify_for_foreign_reader()
        document = Document(name=source.name, format=fmt)
        raw_sheets = _sheet_parts(pkg, ".bin" if fmt == "xlsb" else ".xml")
        for part, raw in raw_sheets.items():
            _check_extent(raw, part, fmt, context)
        tables = read_grid(data, fmt, context, document)
        document.properties.update(read_properties(pkg))
        if fmt != "xlsb":
            _read_extras(pkg, document, tables, raw_sheets)
        return document


def _sheet_parts(pkg: SafeZip, suffix: str = ".xml") -> dict[str, bytes]:
    return {
        name: pkg.read(name)
        for name in pkg.names()
        if name.startswith("xl/worksheets/") and name.endswith(suffix) and "/_rels/" not in name
    }


def _check_extent(raw: bytes, part: str, fmt: str, context: ExtractContext) -> None:
    """calamine allocates the whole rectangle around the cells with values before returning it;
    a single value at XFD1048576 makes that 17 billion cells and aborts the process (a Rust
    allocation failure cannot be caught). Bound it from the sheet's own cells first."""
    limit = context.limits.max_cells
    extent = xlsb_sheet_extent(raw) if fmt == "xlsb" else xlsx_sheet_within(raw, limit, part)
    if extent is not None:
        check_extent(extent, "a worksheet", limit)


# Built-in number formats that matter for detection (dates, plain integers, text); others by id.
_BUILTIN_FORMATS = {
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    11: "0.00E+00",
    14: "yyyy/m/d",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    22: "yyyy/m/d h:mm",
    27: "[$-411]ge.m.d",
    28: '[$-411]ggge"年"m"月"d"日"',
    29: '[$-411]ggge"年"m"月"d"日"',
    30: "m/d/yy",
    31: 'yyyy"年"m"月"d"日"',
    36: "[$-411]ge.m.d",
    49: "@",
    50: "[$-411]ge.m.d",
    57: "[$-411]ge.m.d",
    58: '[$-411]ggge"年"m"月"d"日"',
}
_CELL_STYLE = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3})([0-9]+)"[^>]*?\ss="([0-9]+)"')
# Number formats are a cheap extra: read for the cells in the first MiB of each sheet's XML (the
# header and first few thousand cells), which is enough to tell a column's format.
_FORMAT_SCAN_BYTES = 1024 * 1024


def _style_formats(pkg: SafeZip) -> dict[int, str]:
    """Cell style index → number format code, for the styles whose format is not General."""
    part = "xl/styles.xml"
    if not pkg.has(part):
        return {}
    root = pkg.xml(part)
    custom = {
        int(fmt.get("numFmtId") or -1): fmt.get("formatCode") or ""
        for fmt in iter_local(root, "numFmt")
        if (fmt.get("numFmtId") or "").isdigit()
    }
    out: dict[int, str] = {}
    for xfs in iter_local(root, "cellXfs"):
        for index, xf in enumerate(x for x in xfs if isinstance(x.tag, str)):
            raw = xf.get("numFmtId") or "0"
            fmt_id = int(raw) if raw.isdigit() else 0
            if fmt_id == 0:
                continue
            out[index] = custom.get(fmt_id) or _BUILTIN_FORMATS.get(fmt_id, f"builtin:{fmt_id}")
        break
    return out


def _col_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index - 1


def _number_formats(raw: bytes, table: Table, styles: dict[int, str]) -> None:
    if not styles:
        return
    height = len(table.rows)
    for col, row, style in _CELL_STYLE.findall(raw, 0, _FORMAT_SCAN_BYTES):
        code = styles.get(int(style))
        if code is None:
            continue
        r = int(row) - 1 - table.row_offset
        c = _col_index(col) - table.col_offset
        if 0 <= r < height and 0 <= c < len(table.rows[r]) and table.rows[r][c] is not None:
            table.number_formats[(r, c)] = code


def _read_extras(
    pkg: SafeZip, document: Document, tables: dict[str, Table], raw_sheets: dict[str, bytes]
) -> None:
    """Comments, headers/footers, shapes and number formats of every worksheet."""
    wb_part = pkg.main_part("xl/workbook.xml")
    if not pkg.has(wb_part):
        return
    styles = _style_formats(pkg)
    wb_rels = pkg.rels(wb_part)
    for sheet in iter_local(pkg.xml(wb_part), "sheet"):
        name = sheet.get("name") or ""
        rid = attr_local(sheet, "id") or ""
        hidden = sheet.get("state") in ("hidden", "veryHidden")
        kind_part = wb_rels.get(rid)
        if kind_part is None or not pkg.has(kind_part[1]):
            continue
        part = kind_part[1]
        raw = raw_sheets.get(part) or pkg.read(part)
        _headers_footers(raw, name, hidden, document)
        if name in tables:
            _number_formats(raw, tables[name], styles)
        threaded_refs: set[str] = set()
        rels = sorted(pkg.rels(part).values(), key=lambda kv: kv[0] != "threadedComment")
        for kind, target in rels:
            if not pkg.has(target):
                continue
            if kind == "threadedComment":
                for c in iter_local(pkg.xml(target), "threadedComment"):
                    ref = c.get("ref") or ""
                    text = " ".join(t.text or "" for t in iter_local(c, "text")).strip()
                    if text:
                        threaded_refs.add(ref)
                        _add(document, text, f"{name}!{ref} (comment)", Region.COMMENT, hidden)
            elif kind == "comments":
                for c in iter_local(pkg.xml(target), "comment"):
                    ref = c.get("ref") or ""
                    if ref in threaded_refs:
                        continue  # Excel keeps a legacy copy of every threaded comment
                    text = "".join(t.text or "" for t in iter_local(c, "t")).strip()
                    if text:
                        _add(document, text, f"{name}!{ref} (comment)", Region.COMMENT, hidden)
            elif kind == "drawing":
                _drawing_text(pkg.xml(target), name, hidden, document)


def _add(document: Document, text: str, locator: str, region: Region, hidden: bool) -> None:
    document.blocks.append(TextBlock(text=text, locator=locator, region=region, hidden=hidden))


def _headers_footers(raw: bytes, sheet: str, hidden: bool, document: Document) -> None:
    # headerFooter follows sheetData: search only the tail instead of parsing the whole sheet
    start = raw.rfind(b"sheetData>")
    match = _HF_BLOCK.search(raw, max(0, start))
    if match is None:
        return
    seen: set[tuple[str, str]] = set()
    for tag, body in _HF_TAGS.findall(match.group(0)):
        text = all_text(parse_xml(b"<x>" + body + b"</x>", f"{sheet} header/footer"))
        clean = strip_header_codes(text)
        region, label = _HF_KIND[tag.decode()]
        if clean and (label, clean) not in seen:
            seen.add((label, clean))
            _add(document, clean, f"{sheet} ({label})", region, hidden)


def _drawing_text(root: etree._Element, sheet: str, hidden: bool, document: Document) -> None:
    for n, shape in enumerate(iter_local(root, "sp"), start=1):
        paragraphs = ["".join(t.text or "" for t in iter_local(p, "t")) for p in iter_local(shape, "p")]
        text = "\n".join(p for p in paragraphs if p.strip())
        if text:
            _add(document, text, f"{sheet} (shape {n})", Region.TEXTBOX, hidden)


class EncryptedOoxmlExtractor:
    """An OOXML file saved with a password is a CFB holding EncryptionInfo + EncryptedPackage."""

    name = "ooxml-encrypted"
    formats = ("ooxml-encrypted",)

    def accepts(self, name: str, data: bytes) -> str | None:
        if sniff(name, data) != "ooxml-encrypted":
            return None
        ext = ext_of(name)
        return ext if ext in ZIP_EXTS else "ooxml-encrypted"

    def extract(self, source: Source, context: ExtractContext) -> Document:
        fmt = self.accepts(source.name, source.read_bytes()) or "ooxml-encrypted"
        raise encrypted(fmt if fmt != "ooxml-encrypted" else "Office")


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [XlsxExtractor(), EncryptedOoxmlExtractor()]
