"""Labels of every file: the file name (【機密性3】議事録.docx, 機密性2_名簿.xlsx), and, for formats
without a dedicated label codec (odt, xls, csv, txt, …), the label places of the extracted Document:
headers/footers, the first lines of the body, the top-left cells of sheets, sheet names, properties.

docx/xlsx/pptx/pdf have codecs that read those places from the file itself (with section and
header-type detail, and even when extraction fails), so their document text is not read twice here.
"""

from __future__ import annotations

from ..config import Config
from ..hookspecs import hookimpl
from ..interfaces import StampOptions
from ..model import DeclaredLabel, Document, Region, Source
from . import docx, pdf, pptx, xlsx
from .parse import Grammar, dedupe, grammar

OWN_CODEC = frozenset(docx.FORMATS + xlsx.FORMATS + pptx.FORMATS + pdf.FORMATS)


def filename_labels(name: str, g: Grammar) -> list[DeclaredLabel]:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return g.labels(base, "filename", source="filename")


def document_labels(document: Document, g: Grammar, config: Config) -> list[DeclaredLabel]:
    body_lines = int(config.get("labels.body_lines", 3))
    rows = int(config.get("labels.sheet_rows", 3))
    cols = int(config.get("labels.sheet_cols", 8))
    out: list[DeclaredLabel] = []
    body_seen = 0
    page_lines: dict[int | None, int] = {}
    for block in document.blocks:
        if block.region in (Region.HEADER, Region.FOOTER):
            out.extend(g.labels(block.text, block.locator))
        elif block.region is Region.SHEET_NAME:
            out.extend(g.labels(block.text, block.locator, strict=True))
        elif block.region is Region.PROPERTIES:
            out.extend(g.labels(block.text, block.locator, strict=True, source="metadata"))
        elif block.region is Region.PAGE:
            lines = [ln for ln in block.text.splitlines() if ln.strip()]
            done = page_lines.get(block.page, 0)
            for line in lines[: max(0, body_lines - done)]:
                out.extend(g.labels(line, f"{block.locator} top", strict=True))
            page_lines[block.page] = done + len(lines)
        elif block.region in (Region.BODY, Region.SLIDE) and body_seen < body_lines and block.text.strip():
            body_seen += 1
            out.extend(g.labels(block.text, block.locator, strict=True))
    for table in document.tables:
        if table.hidden:
            continue
        for r, row in enumerate(table.rows[:rows]):
            for c, cell in enumerate(row[:cols]):
                if isinstance(cell, str) and cell.strip():
                    out.extend(g.labels(cell, table.cell_locator(r, c), strict=True))
    names = {str(n) for n in config.get("labels.property_names", []) or []}
    names.add(str(config.get("labels.stamp.property", "機密性")))
    core = set(config.get("labels.core_properties", []) or [])
    for key, value in document.properties.items():
        name = key.split(":", 1)[-1]
        if name in names:
            level = g.value_level(value)
            if level is not None:
                out.append(DeclaredLabel(level, value, f"property {name}", "metadata"))
        elif name in core:
            out.extend(g.labels(value, f"property {name}", strict=True, source="metadata"))
    return out


class GenericLabels:
    name = "generic"
    formats = ("*",)

    def read(self, source: Source, document: Document | None, config: Config) -> list[DeclaredLabel]:
        g = grammar(config)
        labels = filename_labels(source.name, g)
        if document is not None and (document.format or "") not in OWN_CODEC:
            labels.extend(document_labels(document, g, config))
        return dedupe(labels)

    def can_stamp(self, fmt: str) -> bool:
        return False  # formats without a codec can only carry the label in their name (rule AC106)

    def stamp(self, source: Source, options: StampOptions) -> bytes:
        raise NotImplementedError


@hookimpl
def assetclass_register_label_codecs() -> list[GenericLabels]:
    return [GenericLabels()]
