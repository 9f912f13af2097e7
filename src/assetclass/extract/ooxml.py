"""Safe zip and XML access for OOXML/ODF packages, and document properties.

Zip bombs: every member's declared size and compression ratio is checked against the limits before
it is inflated, and inflation is counted while it happens (zipfile also stops at the declared size
and fails the CRC when a header lies). XML: lxml with entities, DTDs and network access off; a part
that carries a DTD at all is refused (no Office part has one; entity bombs need one).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from lxml import etree

from ..exceptions import CorruptFileError
from ..formats.ooxml import q
from ..formats.package import BoundedZip


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


def parse_xml(data: bytes, part: str = "XML part") -> etree._Element:
    """Parse one package part safely; a DTD (entity declarations) or broken XML → CorruptFileError."""
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise CorruptFileError(
            f"{part} declares a DTD/entities, which Office files never do (refused as unsafe)",
            f"{part} に DTD/エンティティ宣言があります（Office ファイルにはないため安全のため拒否）",
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(
            f"{part} is not well-formed XML (line {exc.lineno})",
            f"{part} の XML が壊れています（{exc.lineno} 行目）",
        ) from None
    if getattr(root.getroottree().docinfo, "doctype", ""):
        raise CorruptFileError(
            f"{part} declares a DTD, which Office files never do (refused as unsafe)",
            f"{part} に DTD 宣言があります（安全のため拒否）",
        )
    return root


class SafeZip(BoundedZip):
    """A zip package read under the per-file limits, with XML and relationship helpers."""

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), name)

    def xml_if(self, name: str) -> etree._Element | None:
        return self.xml(name) if name in self.infos else None

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of ``part``: rId → (type suffix, resolved member name). External ones skipped."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.infos:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in self.xml(rels_name).iter(q("rel", "Relationship")):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            out[rel.get("Id") or ""] = (
                (rel.get("Type") or "").rsplit("/", 1)[-1],
                posixpath.normpath(resolved),
            )
        return out

    def main_part(self, default: str) -> str:
        for kind, target in self.rels("").values():
            if kind == "officeDocument" and target in self.infos:
                return target
        return default


def read_properties(pkg: SafeZip) -> dict[str, str]:
    """Core, extended (app) and custom properties; custom ones as ``custom:Name``."""
    props: dict[str, str] = {}
    core = pkg.xml_if("docProps/core.xml")
    if core is not None:
        for el in core:
            if not isinstance(el.tag, str):
                continue
            local = etree.QName(el).localname
            value = (el.text or "").strip()
            if value:
                props[{"creator": "author", "description": "comments"}.get(local, local)] = value
    app = pkg.xml_if("docProps/app.xml")
    if app is not None:
        for local in ("Company", "Manager", "Application", "Template", "HyperlinkBase"):
            found = app.find(q("ep", local))
            if found is not None and (found.text or "").strip():
                props[local.lower()] = (found.text or "").strip()
    custom_root = pkg.xml_if("docProps/custom.xml")
    if custom_root is not None:
        for prop in custom_root.iter(q("cust", "property")):
            name = prop.get("name")
            if not name:
                continue
            value = " ".join(str(t).strip() for t in prop.itertext() if str(t).strip())
            props[f"custom:{name}"] = value
    return props


def attr_local(el: etree._Element, local: str) -> str | None:
    """An attribute by local name whatever its namespace (``r:id`` in transitional or strict)."""
    for key, value in el.attrib.items():
        if str(key).rsplit("}", 1)[-1] == local:
            return str(value)
    return None


def all_text(el: etree._Element) -> str:
    return "".join(str(t) for t in el.itertext())


def iter_local(el: etree._Element, local: str) -> Iterator[etree._Element]:
    """Descendants with this local name in any namespace (ODF/strict-OOXML variants)."""
    for child in el.iter():
        if isinstance(child.tag, str) and etree.QName(child).localname == local:
            yield child
