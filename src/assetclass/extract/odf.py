"""OpenDocument text and presentations (odt, odp) with lxml, plus the parts of ods calamine skips.

odt: paragraphs and headings in order (``paragraph N``), tables (``table N``, covered cells kept as
None), text boxes (``text box N``), comments (``comment N``), foot/endnotes (``footnote 1``), the
headers/footers of every page style (``header (page style Standard)``). odp: each page's shapes
(``slide 3``, hidden pages flagged), tables, notes (``slide 3 (notes)``). ods: cell annotations
(``名簿!B2 (comment)``) and page-style headers/footers. Properties from meta.xml for all three.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..exceptions import LimitExceededError
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock, column_letter
from .common import claim, empty_file, encrypted, not_valid
from .ooxml import SafeZip, attr_local

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_MAX_REPEAT = 256  # "number-columns-repeated" of empty cells runs to 16k: never expand those


def _t(prefix: str, local: str) -> str:
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _SPAN, _S, _TAB, _BR = (
    _t("text", "p"),
    _t("text", "h"),
    _t("text", "span"),
    _t("text", "s"),
    _t("text", "tab"),
    _t("text", "line-break"),
)
_NOTE, _NOTE_CITATION, _NOTE_BODY = _t("text", "note"), _t("text", "note-citation"), _t("text", "note-body")
_ANNOTATION, _FRAME, _TEXTBOX = _t("office", "annotation"), _t("draw", "frame"), _t("draw", "text-box")
_TABLE, _ROW, _CELL, _COVERED = (
    _t("table", "table"),
    _t("table", "table-row"),
    _t("table", "table-cell"),
    _t("table", "covered-table-cell"),
)


def inline_text(el: etree._Element, out: list[str], side: list[etree._Element] | None = None) -> None:
    """Text of a paragraph; notes, annotations and frames go to ``side`` (read separately)."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if tag in (_NOTE, _ANNOTATION, _FRAME):
            if side is not None:
                side.append(child)
        elif tag == _S:
            out.append(" " * int(attr_local(child, "c") or 1))
        elif tag == _TAB:
            out.append("\t")
        elif tag == _BR:
            out.append("\n")
        elif tag == _NOTE_CITATION:
            pass
        elif isinstance(tag, str):
            inline_text(child, out, side)
        if child.tail:
            out.append(child.tail)


def block_text(el: etree._Element) -> str:
    """All paragraphs under ``el`` (a note body, an annotation, a text box, a header), one per line."""
    lines = []
    for p in el.iter(_P, _H):
        out: list[str] = []
        inline_text(p, out, [])
        lines.append("".join(out))
    return "\n".join(line for line in lines if line.strip()).strip()


def _repeat(el: etree._Element, local: str) -> int:
    try:
        return max(1, int(attr_local(el, local) or 1))
    except ValueError:
        return 1


def read_table(tbl: etree._Element, limit: int) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = []
    cells = 0
    for row in tbl.iter(_ROW):
        values: list[CellValue] = []
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            text = block_text(cell) if cell.tag == _CELL else ""
            repeat = _repeat(cell, "number-columns-repeated")
            if len(values) + repeat > limit:
                break
            values.extend([text or None] * (repeat if text or repeat <= _MAX_REPEAT else 1))
        while values and values[-1] is None:
            values.pop()
        repeat = _repeat(row, "number-rows-repeated")
        repeat = repeat if values or repeat <= _MAX_REPEAT else 1
        cells += len(values) * repeat
        if cells > limit:
            raise LimitExceededError(
                f"document tables have more than {limit} cells", f"表のセル数が上限（{limit}）を超えています"
            )
        rows.extend(list(values) for _ in range(repeat))
    while rows and not rows[-1]:
        rows.pop()
    return rows


def odf_properties(pkg: SafeZip) -> dict[str, str]:
    props: dict[str, str] = {}
    if not pkg.has("meta.xml"):
        return props
    meta = pkg.xml("meta.xml")
    names = {"title": "title", "subject": "subject", "description": "description", "keyword": "keywords"}
    names |= {"initial-creator": "author", "creator": "last_modified_by"}
    for el in meta.iter():
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        value = (el.text or "").strip()
        if value and local in names:
            props[names[local]] = value
        elif local == "user-defined":
            name = attr_local(el, "name")
            if name:
                props[f"custom:{name}"] = value
    return props


def page_styles(pkg: SafeZip, document: Document) -> None:
    """Headers and footers of every master page (page style) in styles.xml."""
    if not pkg.has("styles.xml"):
        return
    kinds = {
        "header": (Region.HEADER, "header"),
        "footer": (Region.FOOTER, "footer"),
        "header-left": (Region.HEADER, "header, left pages"),
        "footer-left": (Region.FOOTER, "footer, left pages"),
        "header-first": (Region.HEADER, "header, first page"),
        "footer-first": (Region.FOOTER, "footer, first page"),
    }
    for master in pkg.xml("styles.xml").iter(_t("style", "master-page")):
        name = attr_local(master, "display-name") or attr_local(master, "name") or "?"
        for child in master:
            if not isinstance(child.tag, str):
                continue
            kind = kinds.get(etree.QName(child).localname)
            if kind is None:
                continue
            text = block_text(child)
            if text:
                region, label = kind
                document.blocks.append(
                    TextBlock(text=text, locator=f"{label} (page style {name})", region=region)
                )


def check_package(pkg: SafeZip, fmt: str) -> None:
    manifest = pkg.read("META-INF/manifest.xml") if pkg.has("META-INF/manifest.xml") else b""
    if b"encryption-data" in manifest:
        raise encrypted(fmt)
    if not pkg.has("content.xml"):
        raise not_valid(fmt, "no content.xml in the package", "content.xml がありません")


class _Odt:
    def __init__(self, document: Document, context: ExtractContext) -> None:
        self.document = document
        self.limit = context.limits.max_cells
        self.paragraphs = self.tables = self.boxes = self.comments = self.notes = 0

    def walk(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag in (_P, _H):
                self.paragraph(child)
            elif tag == _TABLE:
                self.table(child)
            elif (isinstance(tag, str) and tag.startswith(f"{{{_NS['text']}}}")) or tag == _t(
                "table", "table-row"
            ):
                self.walk(child)  # lists, list items, sections

    def paragraph(self, p: etree._Element) -> None:
        self.paragraphs += 1
        out: list[str] = []
        side: list[etree._Element] = []
        inline_text(p, out, side)
        text = "".join(out).strip()
        if text:
            self.document.blocks.append(TextBlock(text=text, locator=f"paragraph {self.paragraphs}"))
        for el in side:
            self.side(el)

    def side(self, el: etree._Element) -> None:
        if el.tag == _NOTE:
            self.notes += 1
            body = el.find(_NOTE_BODY)
            text = block_text(body) if body is not None else ""
            endnote = attr_local(el, "note-class") == "endnote"
            if text:
                kind = "endnote" if endnote else "footnote"
                region = Region.ENDNOTE if endnote else Region.FOOTNOTE
                self.document.blocks.append(
                    TextBlock(text=text, locator=f"{kind} {self.notes}", region=region)
                )
        elif el.tag == _ANNOTATION:
            self.comments += 1
            text = block_text(el)
            if text:
                self.document.blocks.append(
                    TextBlock(text=text, locator=f"comment {self.comments}", region=Region.COMMENT)
                )
        elif el.tag == _FRAME:
            for box in el.iter(_TEXTBOX):
                self.boxes += 1
                text = block_text(box)
                if text:
                    self.document.blocks.append(
                        TextBlock(text=text, locator=f"text box {self.boxes}", region=Region.TEXTBOX)
                    )
            for tbl in el.iter(_TABLE):
                self.table(tbl)

    def table(self, tbl: etree._Element) -> None:
        self.tables += 1
        loc = f"table {self.tables}"
        self.document.tables.append(Table(name=loc, locator=loc, rows=read_table(tbl, self.limit)))


def _odp(root: etree._Element, document: Document, context: ExtractContext) -> None:
    pages = list(root.iter(_t("draw", "page")))
    if len(pages) > context.limits.max_pages:
        raise LimitExceededError(
            f"presentation has more than {context.limits.max_pages} slides",
            f"スライド数が上限（{context.limits.max_pages}）を超えています",
        )
    document.pages = len(pages)
    notes_tag = _t("presentation", "notes")
    # a hidden slide is one whose drawing-page style says presentation:visibility="hidden"
    hidden_styles = {
        attr_local(st, "name")
        for st in root.iter(_t("style", "style"))
        if any(attr_local(props, "visibility") == "hidden" for props in st)
    }
    for number, page in enumerate(pages, start=1):
        hidden = attr_local(page, "visibility") == "hidden" or attr_local(page, "style-name") in hidden_styles
        tables = 0
        for shape in page:
            if shape.tag == notes_tag or not isinstance(shape.tag, str):
                continue
            for tbl in shape.iter(_TABLE):
                tables += 1
                loc = f"slide {number} table {tables}"
                document.tables.append(
                    Table(
                        name=loc, locator=loc, rows=read_table(tbl, context.limits.max_cells), hidden=hidden
                    )
                )
            if any(True for _ in shape.iter(_TABLE)):
                continue
            text = block_text(shape)
            if text:
                document.blocks.append(
                    TextBlock(
                        text=text, locator=f"slide {number}", region=Region.SLIDE, page=number, hidden=hidden
                    )
                )
        notes = page.find(notes_tag)
        if notes is not None:
            texts = [
                block_text(frame)
                for frame in notes.iter(_FRAME)
                if attr_local(frame, "class") not in ("page", "page-number")
            ]
            text = "\n".join(t for t in texts if t)
            if text:
                document.blocks.append(
                    TextBlock(
                        text=text,
                        locator=f"slide {number} (notes)",
                        region=Region.NOTES,
                        page=number,
                        hidden=hidden,
                    )
                )


def check_ods_extent(pkg: SafeZip, limit: int) -> None:
    """Bound the grid calamine will allocate: the farthest non-empty cell of each table, with
    ``number-rows-repeated``/``number-columns-repeated`` applied (a repeated non-empty cell can
    claim 17 billion cells in a few bytes)."""
    for tbl in pkg.xml("content.xml").iter(_TABLE):
        row_index = max_row = max_col = 0
        for row in tbl.iter(_ROW):
            rows = _repeat(row, "number-rows-repeated")
            col_index = 0
            for cell in row:
                if cell.tag not in (_CELL, _COVERED):
                    continue
                cols = _repeat(cell, "number-columns-repeated")
                if len(cell) or attr_local(cell, "value-type"):
                    max_col = max(max_col, col_index + cols)
                    max_row = max(max_row, row_index + rows)
                col_index += cols
            row_index += rows
        if max_row * max_col > limit:
            raise LimitExceededError(
                f"a sheet spans more than {limit} cells ({max_row} rows × {max_col} columns)",
                f"シートの範囲がセル数の上限（{limit}）を超えています（{max_row} 行 × {max_col} 列）",
            )


def ods_extras(pkg: SafeZip, document: Document) -> None:
    """Cell annotations with their addresses, and the page styles' headers/footers."""
    content = pkg.xml("content.xml")
    for tbl in content.iter(_TABLE):
        sheet = attr_local(tbl, "name") or "?"
        row_index = 0
        for row in tbl.iter(_ROW):
            col_index = 0
            for cell in row:
                if cell.tag not in (_CELL, _COVERED):
                    continue
                for note in cell.iterchildren(_ANNOTATION):
                    text = block_text(note)
                    if text:
                        document.blocks.append(
                            TextBlock(
                                text=text,
                                locator=f"{sheet}!{column_letter(col_index)}{row_index + 1} (comment)",
                                region=Region.COMMENT,
                            )
                        )
                col_index += _repeat(cell, "number-columns-repeated")
            row_index += _repeat(row, "number-rows-repeated")
    page_styles(pkg, document)


class OdfExtractor:
    """OpenDocument text (odt) and presentation (odp)."""

    name = "odf"
    formats = ("odt", "odp")

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "odt"
        if not data:
            raise empty_file()
        pkg = SafeZip(data, fmt, context.limits)
        check_package(pkg, fmt)
        document = Document(name=source.name, format=fmt)
        root = pkg.xml("content.xml")
        if fmt == "odp":
            _odp(root, document, context)
        else:
            body = root.find(f"{_t('office', 'body')}/{_t('office', 'text')}")
            if body is not None:
                _Odt(document, context).walk(body)
        page_styles(pkg, document)
        document.properties.update(odf_properties(pkg))
        return document


def extractors() -> list[Any]:
    return [OdfExtractor()]
