"""OOXML namespaces, one table for the extractors and the label codecs (Clark names via :func:`q`)."""

from __future__ import annotations

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    # SpreadsheetML main: "x" in the extractors, "s" in the label codecs
    "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    # custom properties: "cust" in the extractors, "op" in the label codecs
    "cust": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "clbl": "http://schemas.microsoft.com/office/2020/mipLabelMetadata",
}


def q(prefix: str, local: str) -> str:
    """Clark notation: ``q("w", "p")`` → ``{…wordprocessingml…}p``."""
    return f"{{{NS[prefix]}}}{local}"
