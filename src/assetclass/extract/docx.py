"""Word OOXML documents (docx/docm/dotx/dotm) read with lxml, and legacy .doc (reported, not read).

Body in document order: paragraphs (``paragraph N``, counting every body paragraph), tables
(``table N``, nested ones numbered after their parent, merged cells kept on the grid), text boxes
(``text box N``; the VML ``mc:Fallback`` copy of a DrawingML text box is skipped). Then headers and
footers of every section and type, footnotes, endnotes, comments and the properties. python-docx
reads the same strings ~4× slower (docs/decisions/extraction.md). The text of one paragraph or
part (runs, hidden text, text boxes) is :mod:`.docx_text`.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..exceptions import LimitExceededError, UnsupportedFormatError
from ..formats.ooxml import q
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock
from .common import claim, empty_file, legacy_office_bytes, not_valid
from .docx_text import (
    ALT,
    CHOICE,
    FALLBACK,
    SDT,
    TBL,
    P,
    ParagraphText,
    W,
    collect_runs,
    paragraph_text,
    part_text,
)
from .ooxml import SafeZip, read_properties

FORMATS = ("docx", "docm", "dotx", "dotm")
_HF_TYPES = {"default": "", "first": ", first page", "even": ", even pages"}


class _Body:
    def __init__(self, document: Document, context: ExtractContext) -> None:
        self.document = document
        self.context = context
        self.paragraphs = 0
        self.tables = 0
        self.boxes = 0
        self.cells = 0
        self.section = 1
        self.section_refs: list[list[tuple[str, str, str]]] = [[]]  # per section: (kind, type, rid)

    def walk(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == P:
                self.paragraph(child)
            elif tag == TBL:
                self.table(child)
            elif tag == SDT:
                content = child.find(q("w", "sdtContent"))
                if content is not None:
                    self.walk(content)
            elif tag == f"{{{W}}}sectPr":
                self.section_properties(child)
            elif tag == ALT:
                chosen = child.find(CHOICE)
                if chosen is None:
                    chosen = child.find(FALLBACK)
                if chosen is not None:
                    self.walk(chosen)
            elif isinstance(tag, str) and tag.startswith(f"{{{W}}}") and len(child):
                self.walk(child)  # customXml, ins/del wrappers …

    def paragraph(self, p: etree._Element) -> None:
        self.paragraphs += 1
        out = paragraph_text(p)
        text = out.text.strip()
        if text:
            self.document.blocks.append(
                TextBlock(
                    text=text,
                    locator=f"paragraph {self.paragraphs}",
                    region=Region.BODY,
                    hidden=out.hidden_chars > 0 and out.visible_chars == 0,
                )
            )
        self.add_boxes(out.boxes)
        ppr = p.find(q("w", "pPr"))
        sect = ppr.find(q("w", "sectPr")) if ppr is not None else None
        if sect is not None:
            self.section_properties(sect)

    def add_boxes(self, boxes: list[str]) -> None:
        for box in boxes:
            self.boxes += 1
            if box:
                self.document.blocks.append(
                    TextBlock(text=box, locator=f"text box {self.boxes}", region=Region.TEXTBOX)
                )

    def section_properties(self, sect: etree._Element) -> None:
        refs = self.section_refs[-1]
        for ref in sect:
            local = etree.QName(ref).localname if isinstance(ref.tag, str) else ""
            if local in ("headerReference", "footerReference"):
                kind = "header" if local == "headerReference" else "footer"
                refs.append((kind, ref.get(q("w", "type")) or "default", ref.get(q("r", "id")) or ""))
        self.section_refs.append([])

    def table(self, tbl: etree._Element) -> None:
        self.tables += 1
        number = self.tables
        rows: list[list[CellValue]] = []
        vmerge_cols: set[int] = set()
        nested: list[etree._Element] = []
        for tr in tbl.iterchildren(q("w", "tr")):
            row: list[CellValue] = []
            trpr = tr.find(q("w", "trPr"))
            before = _int_val(trpr, "gridBefore") if trpr is not None else 0
            row.extend([None] * before)
            for tc in _cells(tr):
                tcpr = tc.find(q("w", "tcPr"))
                span = max(1, _int_val(tcpr, "gridSpan")) if tcpr is not None else 1
                vmerge = tcpr.find(q("w", "vMerge")) if tcpr is not None else None
                col = len(row)
                out = ParagraphText()
                for child in tc:
                    if child.tag == TBL:
                        nested.append(child)
                    elif child.tag == P:
                        para = paragraph_text(child)
                        out.parts.extend(para.parts)
                        out.boxes.extend(para.boxes)
                        out.parts.append("\n")
                    elif isinstance(child.tag, str) and child.tag != q("w", "tcPr"):
                        collect_runs(child, out)
                self.add_boxes(out.boxes)
                text = "\n".join(s.strip() for s in out.text.splitlines() if s.strip())
                continued = vmerge is not None and vmerge.get(q("w", "val")) in (None, "continue")
                if continued and col in vmerge_cols:
                    text = ""  # the merged value was given in the first row of the merge
                if vmerge is not None and not continued:
                    vmerge_cols.add(col)
                elif vmerge is None:
                    vmerge_cols.discard(col)
                row.append(text or None)
                row.extend([None] * (span - 1))
            self.cells += len(row)
            if self.cells > self.context.limits.max_cells:
                raise LimitExceededError(
                    f"document tables have more than {self.context.limits.max_cells} cells",
                    f"文書の表のセル数が上限（{self.context.limits.max_cells}）を超えています",
                )
            rows.append(row)
        self.document.tables.append(Table(name=f"table {number}", locator=f"table {number}", rows=rows))
        for inner in nested:
            self.table(inner)


def _cells(tr: etree._Element) -> list[etree._Element]:
    cells: list[etree._Element] = []
    for child in tr:
        if child.tag == q("w", "tc"):
            cells.append(child)
        elif child.tag in (SDT, q("w", "customXml")):
            content = child.find(q("w", "sdtContent")) if child.tag == SDT else child
            if content is not None:
                cells.extend(content.iterchildren(q("w", "tc")))
    return cells


def _int_val(props: etree._Element, local: str) -> int:
    el = props.find(q("w", local))
    if el is None:
        return 0
    try:
        return int(el.get(q("w", "val")) or 0)
    except ValueError:
        return 0


class DocxExtractor:
    name = "docx"
    formats = FORMATS

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "docx"
        if not data:
            raise empty_file()
        pkg = SafeZip(data, fmt, context.limits)
        main = pkg.main_part("word/document.xml")
        if not pkg.has(main):
            raise not_valid(fmt, "no word/document.xml in the package", "本文パートがありません")
        document = Document(name=source.name, format=fmt)
        body = _Body(document, context)
        root = pkg.xml(main)
        body_el = root.find(q("w", "body"))
        if body_el is not None:
            body.walk(body_el)
        rels = pkg.rels(main)
        done: set[str] = set()
        for section, refs in enumerate(body.section_refs, start=1):
            for kind, hf_type, rid in refs:
                target = rels.get(rid, ("", ""))[1]
                if not target or target in done or not pkg.has(target):
                    continue
                done.add(target)
                text = part_text(pkg.xml(target))
                if text:
                    where = f"{kind} (section {section}{_HF_TYPES.get(hf_type, '')})"
                    region = Region.HEADER if kind == "header" else Region.FOOTER
                    document.blocks.append(TextBlock(text=text, locator=where, region=region))
        for kind, target in rels.values():
            if kind in ("footnotes", "endnotes") and pkg.has(target):
                self._notes(pkg.xml(target), kind[:-1], document)
            elif kind == "comments" and pkg.has(target):
                for n, comment in enumerate(pkg.xml(target).iter(q("w", "comment")), start=1):
                    text = part_text(comment)
                    if text:
                        document.blocks.append(
                            TextBlock(text=text, locator=f"comment {n}", region=Region.COMMENT)
                        )
        document.properties.update(read_properties(pkg))
        return document

    def _notes(self, root: etree._Element, kind: str, document: Document) -> None:
        region = Region.FOOTNOTE if kind == "footnote" else Region.ENDNOTE
        for note in root.iter(q("w", kind)):
            if note.get(q("w", "type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = part_text(note)
            if text:
                document.blocks.append(
                    TextBlock(text=text, locator=f"{kind} {note.get(q('w', 'id'))}", region=region)
                )


class LegacyWordExtractor:
    """Word 97–2003 .doc: text from the piece table (extract/doc.py); encrypted ones reported."""

    name = "doc"
    formats = ("doc",)

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = legacy_office_bytes(source.read_bytes(), "doc")
        from .doc import DocFormatError, read_doc_text

        document = Document(name=source.name, format="doc")
        try:
            read_doc_text(data, document)
        except DocFormatError as exc:
            if "FIB" in str(exc):  # Word 6/95 and older keep text differently
                raise UnsupportedFormatError(
                    "Word 6/95 (or older) .doc is not supported; convert to .docx",
                    "Word 6/95 以前の .doc には対応していません。.docx に変換してください",
                ) from None
            raise not_valid(
                "doc", "unreadable Word 97 text structure", "Word 97 の本文構造を読み取れません"
            ) from None
        except Exception:  # olefile/struct errors on a damaged file: one clear message
            raise not_valid(
                "doc", "unreadable Word 97 text structure", "Word 97 の本文構造を読み取れません"
            ) from None
        return document


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    from .odf import OdfExtractor  # OpenDocument text/presentations share this entry point

    return [DocxExtractor(), LegacyWordExtractor(), OdfExtractor()]
