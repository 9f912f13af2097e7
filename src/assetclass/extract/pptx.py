"""PowerPoint OOXML (pptx/pptm/ppsx/potx) read with lxml, and legacy .ppt (reported, not read).

Per slide in presentation order: the text of every shape (``slide 3``; one block per shape), tables
(``slide 3 table 1``), speaker notes (``slide 3 (notes)``), comments; hidden slides are flagged.
Slide masters and layouts are read too (``slide master 1``, ``slide layout 2``): footers and
labels often live there.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..exceptions import LimitExceededError
from ..formats.ooxml import q
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock
from .common import claim, empty_file, legacy_office_bytes, not_valid
from .ooxml import SafeZip, all_text, iter_local, read_properties

FORMATS = ("pptx", "pptm", "ppsx", "ppsm", "potx")
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_AP, _AT, _ABR, _TBL = f"{{{_A}}}p", f"{{{_A}}}t", f"{{{_A}}}br", f"{{{_A}}}tbl"
_SP, _GRP, _FRAME, _TXBODY = (
    f"{{{_P_NS}}}sp",
    f"{{{_P_NS}}}grpSp",
    f"{{{_P_NS}}}graphicFrame",
    f"{{{_P_NS}}}txBody",
)
_ALT, _CHOICE, _FALLBACK = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"
# placeholders of notes pages that repeat the slide image, the number, the date
_NOTES_SKIP = {"sldImg", "sldNum", "dt", "hdr"}


def _paragraphs(el: etree._Element) -> str:
    lines = []
    for p in el.iter(_AP):
        parts = []
        for node in p.iter(_AT, _ABR):
            parts.append("\n" if node.tag == _ABR else node.text or "")
        lines.append("".join(parts))
    return "\n".join(line for line in lines if line.strip()).strip()


def _shapes(tree: etree._Element) -> list[etree._Element]:
    """Shapes and graphic frames in z-order, groups opened, one branch of each AlternateContent."""
    out: list[etree._Element] = []
    for child in tree:
        if child.tag in (_SP, _FRAME) or (
            isinstance(child.tag, str) and child.tag.endswith("}sp") and child.tag != _SP
        ):
            out.append(child)
        elif child.tag == _GRP:
            out.extend(_shapes(child))
        elif child.tag == _ALT:
            chosen = child.find(_CHOICE)
            if chosen is None:
                chosen = child.find(_FALLBACK)
            if chosen is not None:
                out.extend(_shapes(chosen))
    return out


def _placeholder_type(shape: etree._Element) -> str | None:
    for ph in shape.iter(q("p", "ph")):
        return ph.get("type") or "body"
    return None


class PptxExtractor:
    name = "pptx"
    formats = FORMATS

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "pptx"
        if not data:
            raise empty_file()
        pkg = SafeZip(data, fmt, context.limits)
        main = pkg.main_part("ppt/presentation.xml")
        if not pkg.has(main):
            raise not_valid(
                fmt, "no ppt/presentation.xml in the package", "プレゼンテーション本体がありません"
            )
        document = Document(name=source.name, format=fmt)
        pres = pkg.xml(main)
        rels = pkg.rels(main)
        slide_parts = []
        for sld in pres.iter(q("p", "sldId")):
            target = rels.get(sld.get(q("r", "id")) or "", ("", ""))[1]
            if pkg.has(target):
                slide_parts.append(target)
        if len(slide_parts) > context.limits.max_pages:
            raise LimitExceededError(
                f"presentation has more than {context.limits.max_pages} slides",
                f"スライド数が上限（{context.limits.max_pages}）を超えています",
            )
        document.pages = len(slide_parts)
        for number, part in enumerate(slide_parts, start=1):
            self._slide(pkg, part, number, document)
        masters = [t for k, t in rels.values() if k == "slideMaster" and pkg.has(t)]
        layouts_seen: list[str] = []
        for n, master in enumerate(sorted(masters), start=1):
            self._decoration(pkg.xml(master), f"slide master {n}", document)
            for kind, target in pkg.rels(master).values():
                if kind == "slideLayout" and pkg.has(target) and target not in layouts_seen:
                    layouts_seen.append(target)
        for n, layout in enumerate(layouts_seen, start=1):
            self._decoration(pkg.xml(layout), f"slide layout {n}", document)
        document.properties.update(read_properties(pkg))
        return document

    def _slide(self, pkg: SafeZip, part: str, number: int, document: Document) -> None:
        root = pkg.xml(part)
        hidden = root.get("show") in ("0", "false")
        tree = root.find(f"{{{_P_NS}}}cSld/{{{_P_NS}}}spTree")
        tables = 0
        if tree is not None:
            for shape in _shapes(tree):
                if shape.tag == _FRAME:
                    for tbl in shape.iter(_TBL):
                        tables += 1
                        rows: list[list[CellValue]] = [
                            [_paragraphs(tc) or None for tc in tr.iterchildren(f"{{{_A}}}tc")]
                            for tr in tbl.iterchildren(f"{{{_A}}}tr")
                        ]
                        loc = f"slide {number} table {tables}"
                        document.tables.append(Table(name=loc, locator=loc, rows=rows, hidden=hidden))
                    continue
                text = _paragraphs(shape)
                if text:
                    document.blocks.append(
                        TextBlock(
                            text=text,
                            locator=f"slide {number}",
                            region=Region.SLIDE,
                            page=number,
                            hidden=hidden,
                        )
                    )
        for kind, target in pkg.rels(part).values():
            if not pkg.has(target):
                continue
            if kind == "notesSlide":
                notes_root = pkg.xml(target)
                texts = []
                for shape in iter_local(notes_root, "sp"):
                    if _placeholder_type(shape) in _NOTES_SKIP:
                        continue
                    text = _paragraphs(shape)
                    if text:
                        texts.append(text)
                if texts:
                    document.blocks.append(
                        TextBlock(
                            text="\n".join(texts),
                            locator=f"slide {number} (notes)",
                            region=Region.NOTES,
                            page=number,
                            hidden=hidden,
                        )
                    )
            elif kind == "comments" or kind.endswith("Comment") or kind == "modernComment":
                for comment in iter_local(pkg.xml(target), "cm"):
                    text = " ".join(all_text(comment).split())
                    if text:
                        document.blocks.append(
                            TextBlock(
                                text=text,
                                locator=f"slide {number} (comment)",
                                region=Region.COMMENT,
                                page=number,
                                hidden=hidden,
                            )
                        )

    def _decoration(self, root: etree._Element, locator: str, document: Document) -> None:
        tree = root.find(f"{{{_P_NS}}}cSld/{{{_P_NS}}}spTree")
        if tree is None:
            return
        for shape in _shapes(tree):
            if _is_prompt_placeholder(shape):
                continue
            text = _paragraphs(shape)
            if text:
                document.blocks.append(TextBlock(text=text, locator=locator, region=Region.SLIDE))


# Footer, date and slide-number placeholders on masters/layouts show on every slide (labels live
# there); the others hold only prompts ("Click to edit Master title style") that no slide shows.
_SHOWN_PLACEHOLDERS = {"ftr", "dt", "sldNum"}


def _is_prompt_placeholder(shape: etree._Element) -> bool:
    ph = shape.find(f"{{{_P_NS}}}nvSpPr/{{{_P_NS}}}nvPr/{{{_P_NS}}}ph")
    return ph is not None and ph.get("type", "obj") not in _SHOWN_PLACEHOLDERS


class LegacyPowerPointExtractor:
    """PowerPoint 97–2003 .ppt: text from the record tree (extract/ppt.py); encrypted ones reported."""

    name = "ppt"
    formats = ("ppt",)

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = legacy_office_bytes(source.read_bytes(), "ppt")
        from .ppt import read_ppt_text

        document = Document(name=source.name, format="ppt")
        try:
            read_ppt_text(data, document)
        except Exception:  # PptFormatError, olefile/struct errors: one clear message
            raise not_valid(
                "ppt", "unreadable PowerPoint 97 records", "PowerPoint 97 のレコードを読み取れません"
            ) from None
        return document


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [PptxExtractor(), LegacyPowerPointExtractor()]
