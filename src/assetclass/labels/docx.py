"""Word (docx/docm/dotx) labels: read headers, footers, first body lines and properties; stamp the
header of every section (default, first-page and even-page where used) plus a custom property.

Reads the package itself (not the extracted Document) so labels are found even when extraction
fails, and so each mark is tied to its section and header type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..config import Config
from ..exceptions import CorruptFileError
from ..formats.ooxml import NS, q
from ..hookspecs import hookimpl
from ..interfaces import StampOptions
from ..model import DeclaredLabel, Document, Source
from . import ooxml
from .ooxml import Package
from .parse import Grammar, dedupe, grammar, mark_text, outdated, stamp_settings

FORMATS = ("docx", "docm", "dotx", "dotm")
MAIN = "word/document.xml"
REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
TYPES = ("default", "first", "even")


@dataclass(slots=True)
class Section:
    index: int  # 1-based
    sect_pr: etree._Element
    headers: dict[str, str] = field(default_factory=dict)  # type → part name
    footers: dict[str, str] = field(default_factory=dict)
    title_pg: bool = False


def main_part(pkg: Package) -> str:
    for _rid, (rtype, target) in pkg.rels("").items():
        if rtype.endswith("/officeDocument"):
            return target
    return MAIN


def sections(pkg: Package, doc: etree._Element, part: str) -> list[Section]:
    rels = pkg.rels(part)
    out: list[Section] = []
    for i, sect in enumerate(doc.iter(q("w", "sectPr")), start=1):
        s = Section(i, sect)
        for kind, store in (("headerReference", s.headers), ("footerReference", s.footers)):
            for ref in sect.findall(q("w", kind)):
                target = rels.get(ref.get(q("r", "id"), ""), ("", ""))[1]
                if target:
                    store[ref.get(q("w", "type"), "default")] = target
        tp = sect.find(q("w", "titlePg"))
        s.title_pg = tp is not None and tp.get(q("w", "val"), "1") not in ("0", "false")
        out.append(s)
    return out


def even_and_odd(pkg: Package) -> bool:
    settings = pkg.xml("word/settings.xml")
    if settings is None:
        return False
    el = settings.find(q("w", "evenAndOddHeaders"))
    return el is not None and el.get(q("w", "val"), "1") not in ("0", "false")


def paragraph_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(q("w", "t")))


def part_labels(pkg: Package, part: str, where: str, g: Grammar) -> list[DeclaredLabel]:
    root = pkg.xml(part)
    if root is None:
        return []
    out: list[DeclaredLabel] = []
    for p in root.iter(q("w", "p")):
        out.extend(g.labels(paragraph_text(p), where))
    return out


def first_lines(doc: etree._Element, count: int) -> list[tuple[int, etree._Element]]:
    body = doc.find(q("w", "body"))
    out: list[tuple[int, etree._Element]] = []
    if body is None:
        return out
    for n, p in enumerate(body.iter(q("w", "p")), start=1):
        if paragraph_text(p).strip():
            out.append((n, p))
            if len(out) >= count:
                break
    return out


class DocxLabels:
    name = "docx"
    formats = FORMATS

    def read(self, source: Source, document: Document | None, config: Config) -> list[DeclaredLabel]:
        g = grammar(config)
        pkg = Package(source.read_bytes(), config)
        part = main_part(pkg)
        doc = pkg.xml(part)
        labels: list[DeclaredLabel] = []
        if doc is not None:
            done: set[str] = set()
            for s in sections(pkg, doc, part):
                for kind, refs in (("header", s.headers), ("footer", s.footers)):
                    for htype, target in refs.items():
                        if target in done:
                            continue
                        done.add(target)
                        where = f"{kind} (section {s.index}, {htype})"
                        labels.extend(part_labels(pkg, target, where, g))
            for n, p in first_lines(doc, int(config.get("labels.body_lines", 3))):
                labels.extend(g.labels(paragraph_text(p), f"paragraph {n}", strict=True))
        labels.extend(ooxml.property_labels(pkg, g, config))
        return dedupe(labels)

    def can_stamp(self, fmt: str) -> bool:
        return fmt in FORMATS

    def stamp(self, source: Source, options: StampOptions) -> bytes:
        config = options.config or Config()
        g = grammar(config)
        data = source.read_bytes()
        pkg = Package(data, options.config)
        ooxml.refuse_unstampable(pkg)
        part = main_part(pkg)
        doc = pkg.xml(part)
        if doc is None:
            raise CorruptFileError("no main document part", "本文の部分がありません")
        level = options.level
        mark = mark_text(config, level, options.restrictions)
        edits: dict[str, bytes] = {}
        doc_changed = False
        need = {"default"}
        if even_and_odd(pkg):
            need.add("even")
        effective: dict[str, str | None] = dict.fromkeys(TYPES)
        to_stamp: list[str] = []
        for s in sections(pkg, doc, part):
            effective.update(s.headers)
            wanted = need | ({"first"} if s.title_pg else set())
            for htype in TYPES:
                if htype not in wanted:
                    continue
                target = effective[htype]
                if target is None:  # no header of this type in this or an earlier section: create one
                    target = ooxml.new_part_name(pkg, edits, "word/header{}.xml")
                    edits[target] = _new_header(mark)
                    ooxml.add_override(pkg, edits, "/" + target, CT_HEADER)
                    rid = ooxml.add_relationship(pkg, edits, part, REL_HEADER, target)
                    ref = etree.Element(q("w", "headerReference"))
                    ref.set(q("w", "type"), htype)
                    ref.set(q("r", "id"), rid)
                    s.sect_pr.insert(0, ref)
                    doc_changed = True
                    effective[htype] = target
                elif target not in to_stamp:
                    to_stamp.append(target)
        for target in to_stamp:
            if target in edits:
                continue
            root = pkg.xml(target)
            if root is None:
                continue
            if _stamp_container(root, g, level, mark, tuple(options.restrictions)):
                edits[target] = ooxml.to_xml(root)
        # a wrong mark in the first body lines would contradict the new one: rewrite it in place
        for _n, p in first_lines(doc, int(config.get("labels.body_lines", 3))):
            if any(m.level != level for m in g.find(paragraph_text(p), strict=True)) and _replace_marks(
                p, g, level, mark
            ):
                doc_changed = True
        if doc_changed:
            edits[part] = ooxml.to_xml(doc)
        settings = stamp_settings(config)
        values = {str(settings["property"]): str(settings["property_value"]).format(level=level)}
        if options.restrictions:
            values[str(settings["restriction_property"])] = " ".join(options.restrictions)
        ooxml.ensure_custom_part(pkg, edits, values)
        if not edits:
            return data
        return ooxml.rewrite(pkg, edits)


def _run_xml(mark: str) -> str:
    return (
        f'<w:p xmlns:w="{NS["w"]}"><w:pPr><w:jc w:val="right"/></w:pPr>'
        f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{ooxml.xml_text(mark)}</w:t></w:r></w:p>'
    )


def _new_header(mark: str) -> bytes:
    root = etree.fromstring(
        f'<w:hdr xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}">{_run_xml(mark)}</w:hdr>'.encode()
    )
    return ooxml.to_xml(root)


def _stamp_container(
    root: etree._Element, g: Grammar, level: int, mark: str, restrictions: tuple[str, ...]
) -> bool:
    """Make a header part carry exactly ``level``: fix outdated marks, prepend the mark if absent."""
    changed = False
    has_right = False
    for p in root.iter(q("w", "p")):
        marks = g.find(paragraph_text(p))
        if any(outdated(m, level, restrictions) for m in marks):
            changed |= _replace_marks(p, g, level, mark, restrictions)
            marks = g.find(paragraph_text(p))
        has_right |= any(not outdated(m, level, restrictions) for m in marks)
    if not has_right:
        root.insert(0, etree.fromstring(_run_xml(mark)))
        changed = True
    return changed


def _replace_marks(
    p: etree._Element, g: Grammar, level: int, mark: str, restrictions: tuple[str, ...] = ()
) -> bool:
    """Replace outdated marks in a paragraph with ``mark``; keeps the runs where possible."""
    pending = [m.text for m in g.find(paragraph_text(p)) if outdated(m, level, restrictions)]
    if not pending:
        return False
    for t in p.iter(q("w", "t")):
        text = t.text or ""
        for m in g.find(text):
            if m.text in pending:
                pending.remove(m.text)
                text = text.replace(m.text, mark, 1)
        if text != (t.text or ""):
            t.text = text
    rest = [m for m in g.find(paragraph_text(p)) if outdated(m, level, restrictions)]
    if rest:  # a mark split across runs: put the whole corrected text in the first run
        text = paragraph_text(p)
        for m in rest:
            text = text.replace(m.text, mark, 1)
        ts = list(p.iter(q("w", "t")))
        ts[0].text = text
        ts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for t in ts[1:]:
            t.text = ""
    return True


@hookimpl
def assetclass_register_label_codecs() -> list[DocxLabels]:
    return [DocxLabels()]
