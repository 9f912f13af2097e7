"""OOXML packages for label codecs: safe XML parsing, properties, and rewriting a zip in which every
member that is not edited is copied raw (same compressed bytes, CRC and sizes).

Python's zipfile has no public "copy a member raw" call; :func:`rewrite` writes each untouched
member's original local header and compressed data verbatim and registers its ZipInfo, so
ZipFile.close() writes the central directory for it. Edited members are deflated anew.
"""

from __future__ import annotations

import copy
import html
import io
import struct
import zipfile
from typing import Any

from lxml import etree

from ..config import Config
from ..exceptions import CorruptFileError, EncryptedFileError, SignedFileError, StampError
from ..formats.ooxml import NS, q
from ..formats.package import BoundedZip, limits_of
from ..formats.sniff import OLE_MAGIC
from ..model import DeclaredLabel
from .parse import Grammar

REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
CUSTOM_PART = "docProps/custom.xml"

_REL_NSMAP: Any = {None: NS["rel"]}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


def parse_xml(data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"invalid XML part: {exc}", "XML 部分が壊れています") from exc


def to_xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_SIG_ORIGIN_SUFFIX = "/package/2006/relationships/digital-signature/origin"
_SIG_CONTENT_TYPES = {
    "application/vnd.openxmlformats-package.digital-signature-origin",
    "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml",
}


class Package:
    """A read-only view of an OOXML zip (bytes in memory)."""

    def __init__(self, data: bytes, config: Config | None = None) -> None:
        if data.startswith(OLE_MAGIC):
            raise EncryptedFileError(
                "the file is encrypted (password protected)", "ファイルが暗号化（パスワード保護）されています"
            )
        self.data = data
        # the extractors' bounded reader: same size, ratio and inflate-budget checks
        self.bounded = BoundedZip(data, "OOXML", limits_of(config))
        self.zip = self.bounded.zip
        self.names = [i.filename for i in self.zip.infolist()]
        self._nameset = set(self.names)

    def has(self, name: str) -> bool:
        return name in self._nameset

    def read(self, name: str) -> bytes:
        if name not in self._nameset:
            raise KeyError(name)
        return self.bounded.read(name)

    def xml(self, name: str) -> etree._Element | None:
        return parse_xml(self.read(name)) if self.has(name) else None

    def signed(self) -> bool:
        """Signed by Office (``_xmlsignatures/``) or the System.IO.Packaging way: a digital-signature
        origin relationship in ``_rels/.rels`` (the parts may live anywhere, e.g. package/services/),
        or any part typed as an XML signature in [Content_Types].xml."""
        if any(n.startswith("_xmlsignatures/") for n in self.names):
            return True
        if any(t.lower().endswith(_SIG_ORIGIN_SUFFIX) for t, _ in self.rels("").values()):
            return True
        types = self.xml("[Content_Types].xml")
        if types is not None:
            for el in types.iter():
                if str(el.get("ContentType", "")).lower() in _SIG_CONTENT_TYPES:
                    return True
        return False

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of ``part``: id → (type, absolute target part name)."""
        folder, _, base = part.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        root = self.xml(rels_name)
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(q("rel", "Relationship")):
            if rel.get("TargetMode") == "External":
                continue
            out[rel.get("Id", "")] = (rel.get("Type", ""), resolve(folder, rel.get("Target", "")))
        return out


def rels_name(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = [p for p in folder.split("/") if p] if folder else []
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def refuse_unstampable(pkg: Package) -> None:
    if pkg.signed():
        raise SignedFileError(
            "the file is digitally signed; stamping would break the signature",
            "ファイルにデジタル署名があるため、ラベルを付けると署名が無効になります。付与しません",
        )


# --- reading properties ----------------------------------------------------------------------
def property_labels(pkg: Package, g: Grammar, config: Config) -> list[DeclaredLabel]:
    """Labels in core properties, custom properties, MSIP_Label_* and docMetadata/LabelInfo.xml."""
    out: list[DeclaredLabel] = []
    names = {str(n) for n in config.get("labels.property_names", []) or []}
    names.add(str(config.get("labels.stamp.property", "機密性")))
    core = pkg.xml("docProps/core.xml")
    if core is not None:
        wanted = set(config.get("labels.core_properties", []) or [])
        for el in core:
            local = etree.QName(el).localname
            if local in wanted and el.text:
                out.extend(g.labels(el.text, f"property {local}", strict=True, source="metadata"))
    custom = pkg.xml(CUSTOM_PART)
    msip: dict[str, dict[str, str]] = {}
    if custom is not None:
        for prop in custom.iter(q("op", "property")):
            name = prop.get("name", "")
            value = "".join(str(t) for t in prop.itertext()).strip()
            if name.startswith("MSIP_Label_"):
                guid, _, key = name[len("MSIP_Label_") :].rpartition("_")
                msip.setdefault(guid.lower(), {})[key] = value
            elif name in names:
                level = g.value_level(value)
                if level is not None:
                    out.append(DeclaredLabel(level, value, f"custom property {name}", "metadata"))
    for guid, fields in msip.items():
        if fields.get("Enabled", "true").lower() != "true":
            continue
        level = g.msip_ids.get(guid)
        if level is None and fields.get("Name"):
            level = g.msip_names.get(fields["Name"])
        if level is not None:
            text = fields.get("Name") or guid
            out.append(DeclaredLabel(level, text, f"sensitivity label MSIP_Label_{guid}", "metadata"))
    info = pkg.xml("docMetadata/LabelInfo.xml")
    if info is not None:
        for el in info.iter(q("clbl", "label")):
            guid = el.get("id", "").strip("{}").lower()
            if el.get("enabled", "1") not in ("1", "true") or el.get("removed", "0") in ("1", "true"):
                continue
            level = g.msip_ids.get(guid)
            if level is not None:
                out.append(DeclaredLabel(level, guid, "sensitivity label (LabelInfo.xml)", "metadata"))
    return out


# --- writing properties ----------------------------------------------------------------------
def custom_properties_xml(existing: bytes | None, values: dict[str, str]) -> bytes | None:
    """docProps/custom.xml with ``values`` set; None when nothing changes."""
    if existing is not None:
        root = parse_xml(existing)
    else:
        nsmap: Any = {None: NS["op"], "vt": NS["vt"]}
        root = etree.Element(q("op", "Properties"), nsmap=nsmap)
    props = {p.get("name"): p for p in root.iter(q("op", "property"))}
    changed = False
    pids = [int(p.get("pid", "1")) for p in props.values() if (p.get("pid") or "").isdigit()]
    next_pid = max([1, *pids]) + 1
    for name, value in values.items():
        prop = props.get(name)
        if prop is not None:
            children = list(prop)
            if len(children) == 1 and children[0].tag == q("vt", "lpwstr") and children[0].text == value:
                continue
            for child in children:
                prop.remove(child)
        else:
            prop = etree.SubElement(root, q("op", "property"))
            prop.set("fmtid", FMTID)
            prop.set("pid", str(next_pid))
            prop.set("name", name)
            next_pid += 1
        etree.SubElement(prop, q("vt", "lpwstr")).text = value
        changed = True
    return to_xml(root) if changed or existing is None else None


def ensure_custom_part(pkg: Package, edits: dict[str, bytes], values: dict[str, str]) -> None:
    """Set custom properties, creating docProps/custom.xml (+ relationship, content type) if missing."""
    existing = pkg.read(CUSTOM_PART) if pkg.has(CUSTOM_PART) else None
    new = custom_properties_xml(existing, values)
    if new is None:
        return
    edits[CUSTOM_PART] = new
    if existing is None:
        add_override(pkg, edits, "/" + CUSTOM_PART, CT_CUSTOM)
        add_relationship(pkg, edits, "", REL_CUSTOM, CUSTOM_PART)


def _current(pkg: Package, edits: dict[str, bytes], name: str) -> bytes | None:
    if name in edits:
        return edits[name]
    return pkg.read(name) if pkg.has(name) else None


def add_override(pkg: Package, edits: dict[str, bytes], part_name: str, content_type: str) -> None:
    data = _current(pkg, edits, "[Content_Types].xml")
    if data is None:
        raise StampError(
            "package has no [Content_Types].xml", "パッケージに [Content_Types].xml がありません"
        )
    root = parse_xml(data)
    for el in root.iter(q("ct", "Override")):
        if el.get("PartName", "").lower() == part_name.lower():
            return
    el = etree.SubElement(root, q("ct", "Override"))
    el.set("PartName", part_name)
    el.set("ContentType", content_type)
    edits["[Content_Types].xml"] = to_xml(root)


def add_relationship(
    pkg: Package, edits: dict[str, bytes], source_part: str, rel_type: str, target: str
) -> str:
    """Add a relationship from ``source_part`` ("" = the package) to absolute part ``target``; returns its id."""
    name = rels_name(source_part) if source_part else "_rels/.rels"
    data = _current(pkg, edits, name)
    root = parse_xml(data) if data is not None else etree.Element(q("rel", "Relationships"), nsmap=_REL_NSMAP)
    ids = {el.get("Id") for el in root.iter(q("rel", "Relationship"))}
    n = len(ids) + 1
    while f"rIdAc{n}" in ids:
        n += 1
    rid = f"rIdAc{n}"
    folder = source_part.rpartition("/")[0]
    el = etree.SubElement(root, q("rel", "Relationship"))
    el.set("Id", rid)
    el.set("Type", rel_type)
    el.set("Target", relative(folder, target))
    edits[name] = to_xml(root)
    return rid


def relative(folder: str, target: str) -> str:
    if not folder:
        return target
    prefix = folder + "/"
    if target.startswith(prefix):
        return target[len(prefix) :]
    depth = len(folder.split("/"))
    return "../" * depth + target


def new_part_name(pkg: Package, edits: dict[str, bytes], pattern: str) -> str:
    n = 1
    while pkg.has(pattern.format(n)) or pattern.format(n) in edits:
        n += 1
    return pattern.format(n)


# --- rewriting the zip -----------------------------------------------------------------------
def _raw_member(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """The member's local header, compressed data and data descriptor, exactly as stored."""
    start = info.header_offset
    sig, *_rest = struct.unpack("<4s26x", data[start : start + 30])
    if sig != b"PK\x03\x04":
        raise StampError("unexpected zip layout", "zip の構造が想定外です")
    name_len, extra_len = struct.unpack("<HH", data[start + 26 : start + 30])
    end = start + 30 + name_len + extra_len + info.compress_size
    if info.flag_bits & 0x08:  # data descriptor follows, with or without its signature
        end += 16 if data[end : end + 4] == b"PK\x07\x08" else 12
    return data[start:end]


def rewrite(pkg: Package, edits: dict[str, bytes]) -> bytes:
    """A new zip: edited/added members from ``edits``, every other member copied raw, order kept."""
    if any(i.file_size >= 0xFFFFFFFF or i.header_offset >= 0xFFFFFFFF for i in pkg.zip.infolist()):
        raise StampError("ZIP64 packages are not stamped", "ZIP64 形式のパッケージには付与できません")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in pkg.zip.infolist():
            if info.filename in edits:
                _write_new(zout, info.filename, edits[info.filename], info)
                continue
            raw = _raw_member(pkg.data, info)
            clone = copy.copy(info)
            clone.header_offset = zout.fp.tell()  # type: ignore[union-attr]
            zout.fp.write(raw)  # type: ignore[union-attr]
            zout.filelist.append(clone)
            zout.NameToInfo[clone.filename] = clone
            zout.start_dir = zout.fp.tell()  # type: ignore[attr-defined, union-attr]
            zout._didModify = True  # type: ignore[attr-defined]
        for name, content in edits.items():
            if not pkg.has(name):
                _write_new(zout, name, content, None)
    return out.getvalue()


def _write_new(zout: zipfile.ZipFile, name: str, content: bytes, like: zipfile.ZipInfo | None) -> None:
    info = zipfile.ZipInfo(name, date_time=like.date_time if like else (1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = like.external_attr if like else 0o600 << 16
    zout.writestr(info, content)


def xml_text(value: str) -> str:
    # html.escape without quotes is xml.sax.saxutils.escape (& < >), which would import urllib and
    # email at start-up
    return html.escape(value, quote=False)
