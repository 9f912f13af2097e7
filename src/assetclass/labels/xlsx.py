"""Excel (xlsx/xlsm) labels: read headers/footers (odd, even, first), sheet names, the top-left cells
and properties; stamp every worksheet's header by editing the package in schema order.

openpyxl's load-and-save drops drawings, charts and sensitivity-label metadata, so existing files
are edited part by part here; only the worksheets' XML, custom properties and (when created) the
relationships/content types change, and every other member is copied raw.
"""

from __future__ import annotations

import copy
import io
import re

from lxml import etree

from ..config import Config
from ..exceptions import CorruptFileError, StampError
from ..formats.ooxml import NS, q
from ..hookspecs import hookimpl
from ..interfaces import StampOptions
from ..model import DeclaredLabel, Document, Source
from . import ooxml
from .ooxml import Package
from .parse import Grammar, dedupe, grammar, mark_text, outdated, stamp_settings

FORMATS = ("xlsx", "xlsm", "xltx", "xltm")
NS_MAIN = NS["s"]
MAX_HEADER = 255  # Excel refuses longer header/footer strings
# CT_Worksheet children after headerFooter: a new headerFooter goes before the first of these.
_AFTER_HF = (
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)
_CODE = re.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|[LCRPNDTZFAGBISUHEXYO])')
_HF_TAGS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")


def header_plain(text: str) -> str:
    """Header/footer text without format codes (&L &C &R, &"font", &12, &P …); && is a literal &."""
    return _CODE.sub(" ", text.replace("&&", "\x00")).replace("\x00", "&").strip()


def worksheets(pkg: Package) -> list[tuple[str, str]]:
    """(sheet name, part name) of every worksheet in workbook order."""
    wb_part = "xl/workbook.xml"
    for _rid, (rtype, target) in pkg.rels("").items():
        if rtype.endswith("/officeDocument"):
            wb_part = target
    wb = pkg.xml(wb_part)
    if wb is None:
        raise CorruptFileError("no workbook part", "ブックの部分がありません")
    rels = pkg.rels(wb_part)
    out: list[tuple[str, str]] = []
    for sheet in wb.iter(q("s", "sheet")):
        rtype, target = rels.get(sheet.get(q("r", "id"), ""), ("", ""))
        if rtype.endswith("/worksheet") and pkg.has(target):
            out.append((sheet.get("name", ""), target))
    return out


def _shared_strings(pkg: Package, needed: set[int]) -> dict[int, str]:
    name = next((n for n in pkg.names if n.lower() == "xl/sharedstrings.xml"), None)
    out: dict[int, str] = {}
    if name is None or not needed:
        return out
    last = max(needed)
    context = etree.iterparse(
        io.BytesIO(pkg.read(name)), events=("end",), tag=q("s", "si"), resolve_entities=False, no_network=True
    )
    for i, (_ev, el) in enumerate(context):
        if i in needed:
            out[i] = "".join(t.text or "" for t in el.iter(q("s", "t")))
        el.clear()
        if i >= last:
            break
    return out


def first_cells(pkg: Package, part: str, rows: int, cols: int) -> list[tuple[str, str]]:
    """(cell ref, text) of the text cells in the top-left ``rows`` × ``cols`` of a worksheet."""
    raw: list[tuple[str, str, str]] = []  # ref, type, value
    context = etree.iterparse(
        io.BytesIO(pkg.read(part)),
        events=("end",),
        tag=q("s", "row"),
        resolve_entities=False,
        no_network=True,
    )
    for _ev, row in context:
        r = int(row.get("r", "0") or 0)
        if r > rows:
            break
        for c in row.iter(q("s", "c")):
            ref = c.get("r", "")
            col = _col_index(ref)
            if col >= cols:
                continue
            t = c.get("t", "n")
            if t == "inlineStr":
                raw.append((ref, "str", "".join(x.text or "" for x in c.iter(q("s", "t")))))
            else:
                v = c.find(q("s", "v"))
                if v is not None and v.text and t in ("s", "str"):
                    raw.append((ref, t, v.text))
        row.clear()
    needed = {int(v) for _r, t, v in raw if t == "s" and v.isdigit()}
    strings = _shared_strings(pkg, needed)
    return [(ref, strings.get(int(v), "") if t == "s" else v) for ref, t, v in raw]


def _col_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if not ch.isalpha():
            break
        n = n * 26 + (ord(ch.upper()) - 64)
    return n - 1


class XlsxLabels:
    name = "xlsx"
    formats = FORMATS

    def read(self, source: Source, document: Document | None, config: Config) -> list[DeclaredLabel]:
        try:
            return self._read(source, config)
        except etree.XMLSyntaxError as exc:  # iterparse of a broken sheet
            raise CorruptFileError(
                "a worksheet part is not valid XML", "ワークシートの XML が壊れています"
            ) from exc

    def _read(self, source: Source, config: Config) -> list[DeclaredLabel]:
        g = grammar(config)
        pkg = Package(source.read_bytes(), config)
        labels: list[DeclaredLabel] = []
        rows = int(config.get("labels.sheet_rows", 3))
        cols = int(config.get("labels.sheet_cols", 8))
        for name, part in worksheets(pkg):
            labels.extend(g.labels(name, f"sheet name {name}", strict=True))
            root_hf = _header_footer_texts(pkg, part)
            for tag, text in root_hf:
                kind = "header" if tag.endswith("Header") else "footer"
                labels.extend(g.labels(header_plain(text), f"{kind} ({name}, {tag})"))
            for ref, text in first_cells(pkg, part, rows, cols):
                labels.extend(g.labels(text, f"{name}!{ref}", strict=True))
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
        mark = mark_text(config, options.level, options.restrictions)
        edits: dict[str, bytes] = {}
        sheets = worksheets(pkg)
        if not sheets:
            raise StampError("the workbook has no worksheet", "ブックにワークシートがありません")
        for _name, part in sheets:
            new = _stamp_sheet_bytes(pkg.read(part), g, options.level, mark, tuple(options.restrictions))
            if new is not None:
                edits[part] = new
        settings = stamp_settings(config)
        values = {str(settings["property"]): str(settings["property_value"]).format(level=options.level)}
        if options.restrictions:
            values[str(settings["restriction_property"])] = " ".join(options.restrictions)
        ooxml.ensure_custom_part(pkg, edits, values)
        return ooxml.rewrite(pkg, edits) if edits else data


def _header_footer_texts(pkg: Package, part: str) -> list[tuple[str, str]]:
    """(tag, text) of the sheet's headerFooter children.

    headerFooter sits after sheetData, so it is cut out of the part's bytes and parsed alone:
    parsing a 20,000-row sheet to reach it would cost ~40× more (docs/decisions/labels.md).
    """
    data = pkg.read(part)
    pos = data.find(b"headerFooter", max(0, data.rfind(b"sheetData")))
    if pos < 0:
        return []
    start = data.rfind(b"<", 0, pos)
    prefix = data[start + 1 : pos].decode("ascii", errors="replace")
    head_end = data.find(b">", pos)
    if head_end < 0:
        return []
    if data[head_end - 1 : head_end] == b"/":
        return []  # <headerFooter/>: empty
    close = data.find(f"</{prefix}headerFooter>".encode(), head_end)
    if close < 0:
        return []
    snippet = data[start : close + len(prefix) + len("</headerFooter>")]
    ns = NS_MAIN.encode()
    decl = b"xmlns:" + prefix[:-1].encode() + b'="' + ns + b'"' if prefix else b'xmlns="' + ns + b'"'
    try:
        root = ooxml.parse_xml(b"<wrap " + decl + b">" + snippet + b"</wrap>")
    except CorruptFileError:  # e.g. a prefix declared on the root element: parse the whole part
        root = etree.Element("wrap")
        for _ev, hf in etree.iterparse(
            io.BytesIO(data),
            events=("end",),
            tag=q("s", "headerFooter"),
            resolve_entities=False,
            no_network=True,
        ):
            root.append(copy.deepcopy(hf))
    out: list[tuple[str, str]] = []
    for hf in root:
        for child in hf:
            if child.text:
                out.append((etree.QName(child).localname, child.text))
    return out


def _stamp_sheet_bytes(
    data: bytes, g: Grammar, level: int, mark: str, restrictions: tuple[str, ...] = ()
) -> bytes | None:
    """The worksheet part with its header stamped, or None when it already carries the level.

    Only what follows sheetData (page setup, headerFooter, drawing …) is parsed and rewritten;
    the rows are copied as bytes. Parsing and re-serialising a 20,000-row sheet costs ~1.7 s,
    this ~0.1 s (docs/decisions/labels.md). Falls back to the whole part for unusual layouts.
    """
    sd = data.rfind(b"sheetData")
    root_open_end = data.find(b">", data.find(b"worksheet"))
    root_close = data.rfind(b"</")
    tail_start = data.find(b">", sd) + 1 if sd >= 0 else 0
    if sd < 0 or root_open_end < 0 or root_close <= tail_start or b"worksheet" not in data[root_close:]:
        root = ooxml.parse_xml(data)
        return ooxml.to_xml(root) if _stamp_sheet(root, g, level, mark, restrictions) else None
    root_open = data.rfind(b"<", 0, root_open_end)
    wrapper = data[root_open : root_open_end + 1] + data[tail_start:root_close] + data[root_close:].strip()
    root = ooxml.parse_xml(wrapper)
    if not _stamp_sheet(root, g, level, mark, restrictions):
        return None
    serialized = etree.tostring(root, encoding="UTF-8")
    if serialized.startswith(b"<?xml"):
        serialized = serialized[serialized.index(b"?>") + 2 :].lstrip()
    inner = serialized[serialized.index(b">") + 1 : serialized.rindex(b"</")]
    return data[:tail_start] + inner + data[root_close:]


def _stamp_sheet(
    root: etree._Element, g: Grammar, level: int, mark: str, restrictions: tuple[str, ...] = ()
) -> bool:
    hf = root.find(q("s", "headerFooter"))
    changed = False
    if hf is None:
        hf = etree.Element(q("s", "headerFooter"))
        anchor = next((el for el in root if etree.QName(el).localname in _AFTER_HF), None)
        if anchor is not None:
            anchor.addprevious(hf)
        else:
            root.append(hf)
        changed = True
    wanted = ["oddHeader"]
    if hf.get("differentOddEven") in ("1", "true"):
        wanted.append("evenHeader")
    if hf.get("differentFirst") in ("1", "true"):
        wanted.append("firstHeader")
    for tag in wanted:
        el = hf.find(q("s", tag))
        old = el.text if el is not None and el.text else ""
        new = _stamp_header_text(old, g, level, mark, restrictions)
        if new == old:
            continue
        if len(new) > MAX_HEADER:
            raise StampError(
                f"the sheet header would exceed Excel's {MAX_HEADER} characters",
                f"シートのヘッダーが Excel の上限 {MAX_HEADER} 文字を超えるため付与できません",
            )
        if el is None:
            el = etree.Element(q("s", tag))
            # children of CT_HeaderFooter in schema order
            order = list(_HF_TAGS)
            later = next(
                (c for c in hf if etree.QName(c).localname in order[order.index(tag) + 1 :]),
                None,
            )
            if later is not None:
                later.addprevious(el)
            else:
                hf.append(el)
        el.text = new
        changed = True
    return changed


def _split_sections(text: str) -> dict[str, str]:
    """&L/&C/&R sections of a header string (format codes inside each kept as written)."""
    sections = {"L": "", "C": "", "R": ""}
    current = "C"  # text before any section code is centred
    i = 0
    while i < len(text):
        if text.startswith("&&", i):
            sections[current] += "&&"
            i += 2
        elif text[i] == "&" and i + 1 < len(text) and text[i + 1] in "LCR":
            current = text[i + 1]
            i += 2
        else:
            sections[current] += text[i]
            i += 1
    return sections


def _stamp_header_text(
    text: str, g: Grammar, level: int, mark: str, restrictions: tuple[str, ...] = ()
) -> str:
    marks = g.find(header_plain(text))
    if marks and not any(outdated(m, level, restrictions) for m in marks):
        return text
    for m in marks:
        if outdated(m, level, restrictions) and m.text in text:
            text = text.replace(m.text, mark.replace("&", "&&"), 1)
    if any(not outdated(m, level, restrictions) for m in g.find(header_plain(text))):
        return text
    sections = _split_sections(text)
    right = sections["R"]
    sections["R"] = mark.replace("&", "&&") + (" " + right if right else "")
    return "".join(f"&{k}{v}" for k, v in sections.items() if v)


@hookimpl
def assetclass_register_label_codecs() -> list[XlsxLabels]:
    return [XlsxLabels()]
