"""Word OOXML documents (docx/docm/dotx/dotm) read with lxml, and legacy .doc (reported, not read).

Body in document order: paragraphs (``paragraph N``, counting every body paragraph), tables
(``table N``, nested ones numbered after their parent, merged cells kept on the grid), text boxes
(``text box N``; the VML ``mc:Fallback`` copy of a DrawingML text box is skipped). Then headers and
footers of every section and type, footnotes, endnotes, comments and the properties. python-docx
reads the same strings ~4× slower (docs/decisions/extraction.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..exceptions import LimitExceededError, UnsupportedFormatError
from ..formats.ooxml import q
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock
from .common import claim, empty_file, legacy_office_bytes, not_valid
from .ooxml import SafeZip, read_properties

FORMATS = ("docx", "docm", "dotx", "dotm")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _TBL, _SDT, _TXBX = f"{{{W}}}p", f"{{{W}}}tbl", f"{{{W}}}sdt", f"{{{W}}}txbxContent"
_T, _DEL_T = f"{{{W}}}t", f"{{{W}}}delText"
_TAB, _BR, _CR = f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr"
_NBH = f"{{{W}}}noBreakHyphen"
_RPR, _VANISH, _R = f"{{{W}}}rPr", f"{{{W}}}vanish", f"{{{W}}}r"
_ALT, _CHOICE, _FALLBACK = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"
_SKIP = {f"{{{W}}}instrText", f"{{{W}}}pPr", f"{{{W}}}tblPr", f"{{{W}}}tcPr", f"{{{W}}}trPr"}
_HF_TYPES = {"default": "", "first": ", first page", "even": ", even pages"}


@dataclass
class _Text:
    """Text of one paragraph-like unit, with the text boxes met inside it collected separately."""

    parts: list[str] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)
    visible_chars: int = 0
    hidden_chars: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _collect(el: etree._Element, out: _Text, hidden: bool = False, boxes: bool = True) -> None:
    """Walk runs in document order. Text boxes go to ``out.boxes`` (or inline when ``boxes`` is False)."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in (_T, _DEL_T):
            text = child.text or ""
            out.parts.append(text)
            if hidden:
                out.hidden_chars += len(text)
            else:
                out.visible_chars += len(text)
        elif tag == _TAB:
            out.parts.append("\t")
        elif tag in (_BR, _CR):
            out.parts.append("\n")
        elif tag == _NBH:
            out.parts.append("-")
        elif tag == _R:
            rpr = child.find(_RPR)
            run_hidden = hidden or (rpr is not None and rpr.find(_VANISH) is not None)
            _collect(child, out, run_hidden, boxes)
        elif tag == _ALT:
            # DrawingML choice and its VML fallback hold the same text box: read one of them
            chosen = child.find(_CHOICE)
            if chosen is None or not any(True for _ in chosen.iter(_TXBX)):
                chosen = child.find(_FALLBACK) if child.find(_FALLBACK) is not None else chosen
            if chosen is not None:
                _collect(chosen, out, hidden, boxes)
        elif tag == _TXBX:
            if boxes:
                inner = _Text()
                for p in child.iter(_P):
                    _collect(p, inner, hidden, boxes=False)
                    inner.parts.append("\n")
                out.boxes.append(inner.text.strip())
            else:
                for p in child.iter(_P):
                    _collect(p, out, hidden, boxes=False)
                    out.parts.append("\n")
        elif tag == _P:  # paragraphs nested in sdt/smartTag-like wrappers
            _collect(child, out, hidden, boxes)
            out.parts.append("\n")
        else:
            _collect(child, out, hidden, boxes)


_FAST_TAGS = (_R, _T, _DEL_T, _TAB, _BR, _CR, _NBH, _VANISH, _TXBX, _ALT)
_TABS = f"{{{W}}}tabs"


def _collect_fast(p: etree._Element) -> _Text | None:
    """The common paragraph (runs of text, no text boxes) in one C-level ``iter``; None → use _collect."""
    out = _Text()
    parts = out.parts
    hidden = False
    for el in p.iter(_FAST_TAGS):
        tag = el.tag
        if tag == _R:
            hidden = False  # rPr (with any vanish) follows the run start
        elif tag in (_T, _DEL_T):
            text = el.text or ""
            parts.append(text)
            if hidden:
                out.hidden_chars += len(text)
            else:
                out.visible_chars += len(text)
        elif tag == _VANISH:
            hidden = True
        elif tag == _TAB:
            parent = el.getparent()
            if parent is None or parent.tag != _TABS:  # tab stops in pPr are not text
                parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NBH:
            parts.append("-")
        else:  # a text box or alternate content: the careful walk
            return None
    return out


def _paragraph_text(p: etree._Element) -> _Text:
    out = _collect_fast(p)
    if out is None:
        out = _Text()
        _collect(p, out)
    return out


def part_text(root: etree._Element) -> str:
    """All text of a part (header, footer, note): paragraphs, tables and text boxes, one per line."""
    out = _Text()
    for p in root.iter(_P):
        if _inside_nested_p(p):
            continue
        _collect(p, out, boxes=False)
        out.parts.append("\n")
    return "\n".join(line.strip() for line in out.text.splitlines() if line.strip())


def _inside_nested_p(p: etree._Element) -> bool:
    """A paragraph inside a text box inside another paragraph is read with its outer paragraph."""
    parent = p.getparent()
    while parent is not None:
        if parent.tag == _TXBX:
            return True
        parent = parent.getparent()
    return False


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
            if tag == _P:
                self.paragraph(child)
            elif tag == _TBL:
                self.table(child)
            elif tag == _SDT:
                content = child.find(q("w", "sdtContent"))
                if content is not None:
                    self.walk(content)
            elif tag == f"{{{W}}}sectPr":
                self.section_properties(child)
            elif tag == _ALT:
                chosen = child.find(_CHOICE)
                if chosen is None:
                    chosen = child.find(_FALLBACK)
                if chosen is not None:
                    self.walk(chosen)
            elif isinstance(tag, str) and tag.startswith(f"{{{W}}}") and len(child):
                self.walk(child)  # customXml, ins/del wrappers …

    def paragraph(self, p: etree._Element) -> None:
        self.paragraphs += 1
        out = _paragraph_text(p)
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
                out = _Text()
                for child in tc:
                    if child.tag == _TBL:
                        nested.append(child)
                    elif child.tag == _P:
                        para = _paragraph_text(child)
                        out.parts.extend(para.parts)
                        out.boxes.extend(para.boxes)
                        out.parts.append("\n")
                    elif isinstance(child.tag, str) and child.tag != q("w", "tcPr"):
                        _collect(child, out)
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
        elif child.tag in (_SDT, q("w", "customXml")):
            content = child.find(q("w", "sdtContent")) if child.tag == _SDT else child
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
