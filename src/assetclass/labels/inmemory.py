"""Stamping in-memory python-docx Documents and openpyxl Workbooks through their own APIs.

This is the one place where writing with python-docx/openpyxl is right: the object will be saved
by its own library anyway, so nothing is lost that the save would not lose. Files on disk are
stamped by the package-level codecs instead (labels/docx.py, labels/xlsx.py).
"""

from __future__ import annotations

from typing import Any

from ..config import Config
from ..exceptions import StampError
from .ooxml import CT_CUSTOM, CUSTOM_PART, REL_CUSTOM, custom_properties_xml
from .parse import grammar, mark_text, stamp_settings


def _property_values(config: Config, level: int, restrictions: list[str]) -> dict[str, str]:
    settings = stamp_settings(config)
    values = {str(settings["property"]): str(settings["property_value"]).format(level=level)}
    if restrictions:
        values[str(settings["restriction_property"])] = " ".join(restrictions)
    return values


def stamp_docx_object(doc: Any, level: int, restrictions: list[str], config: Config) -> None:
    """Prepend the mark to the header of every section (and first/even headers where used)."""
    g = grammar(config)
    mark = mark_text(config, level, restrictions)
    even = bool(doc.settings.odd_and_even_pages_header_footer)
    for i, section in enumerate(doc.sections):
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if even:
            headers.append(section.even_page_header)
        for header in headers:
            if i > 0 and header.is_linked_to_previous:
                continue  # shows the previous section's (already stamped) header
            texts = [p.text for p in header.paragraphs]
            found = [m for t in texts for m in g.find(t)]
            if any(m.level == level for m in found) and all(m.level == level for m in found):
                continue
            for p in header.paragraphs:
                for m in g.find(p.text):
                    if m.level != level:
                        p.text = p.text.replace(m.text, mark, 1)
            if any(m.level == level for p in header.paragraphs for m in g.find(p.text)):
                continue
            paragraphs = header.paragraphs
            if paragraphs and not paragraphs[0].text:
                paragraphs[0].text = mark  # python-docx gives a new header one empty paragraph
            elif paragraphs:
                paragraphs[0].insert_paragraph_before(mark)
            else:
                header.add_paragraph(mark)
    _docx_custom_properties(doc, _property_values(config, level, restrictions))


def _docx_custom_properties(doc: Any, values: dict[str, str]) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = doc.part.package
    existing = next((p for p in package.iter_parts() if p.partname == "/" + CUSTOM_PART), None)
    if existing is not None:
        new = custom_properties_xml(existing.blob, values)
        if new is not None:
            existing._blob = new  # a generic Part keeps its bytes in _blob
        return
    blob = custom_properties_xml(None, values)
    assert blob is not None
    part = Part(PackURI("/" + CUSTOM_PART), CT_CUSTOM, blob, package)
    package.relate_to(part, REL_CUSTOM)


def stamp_workbook_object(wb: Any, level: int, restrictions: list[str], config: Config) -> None:
    """Put the mark in every worksheet's right header (first/even too where enabled)."""
    from openpyxl.packaging.custom import StringProperty

    from .xlsx import MAX_HEADER, header_plain

    g = grammar(config)
    mark = mark_text(config, level, restrictions)
    for ws in wb.worksheets:
        hf = ws.HeaderFooter
        headers = [ws.oddHeader]
        if hf.differentFirst:
            headers.append(ws.firstHeader)
        if hf.differentOddEven:
            headers.append(ws.evenHeader)
        for header in headers:
            parts = [header.left, header.center, header.right]
            found = [m for part in parts for m in g.find(header_plain(part.text or ""))]
            if any(m.level == level for m in found) and all(m.level == level for m in found):
                continue
            for part in parts:
                for m in g.find(part.text or ""):
                    if m.level != level:
                        part.text = (part.text or "").replace(m.text, mark, 1)
            if not any(m.level == level for part in parts for m in g.find(part.text or "")):
                right = header.right.text or ""
                header.right.text = mark + (" " + right if right else "")
            if sum(len(p.text or "") for p in parts) + 6 > MAX_HEADER:
                raise StampError(
                    f"the sheet header would exceed Excel's {MAX_HEADER} characters",
                    f"シートのヘッダーが Excel の上限 {MAX_HEADER} 文字を超えるため付与できません",
                )
    props = wb.custom_doc_props
    for name, value in _property_values(config, level, restrictions).items():
        current = next((p for p in props.props if p.name == name), None)
        if current is not None:
            current.value = value
        else:
            props.append(StringProperty(name=name, value=value))


def is_docx_object(obj: Any) -> bool:
    return type(obj).__module__.startswith("docx")


def is_workbook_object(obj: Any) -> bool:
    return type(obj).__module__.startswith("openpyxl")


__all__ = ["is_docx_object", "is_workbook_object", "stamp_docx_object", "stamp_workbook_object"]
