"""Word 97–2003 (.doc) text from the piece table, without any outside program.

The WordDocument stream's FIB points into the table stream (0Table/1Table) at the CLX, whose piece
table maps character positions to runs of CP1252 bytes or UTF-16LE in the WordDocument stream.
Text comes in this order (MS-DOC 2.4.1): main document, footnotes, headers/footers, comments,
endnotes, text boxes, header text boxes — each a count in the FIB. Field instructions (between
0x13 and 0x14) are dropped, cell marks become tabs. Anything unexpected raises, and the caller
reports the file as not read (unsupported) rather than guess.
"""

from __future__ import annotations

import io
import struct

from ..model import CellValue, Document, Region, Table, TextBlock

# FIB offsets (MS-DOC 2.5.1): FibBase 32 bytes, csw + FibRgW97 (14 u16), cslw + FibRgLw97 (22 u32),
# cbRgFcLcb, FibRgFcLcb97 (fcClx is pair 33).
_CCP = 64 + 12  # ccpText; ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx follow
_FC_CLX = 154 + 33 * 8
_STORIES = (
    (Region.BODY, "paragraph"),
    (Region.FOOTNOTE, "footnote"),
    (Region.HEADER, "header"),
    (None, "macro"),
    (Region.COMMENT, "comment"),
    (Region.ENDNOTE, "endnote"),
    (Region.TEXTBOX, "text box"),
    (Region.TEXTBOX, "header text box"),
)
_DROP = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08"), None)


class DocFormatError(ValueError):
    """The stream does not look like Word 97 text (no message text from the file)."""


def _pieces(word: bytes, table: bytes, fc_clx: int, lcb_clx: int) -> str:
    clx = table[fc_clx : fc_clx + lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers, skipped
        (size,) = struct.unpack_from("<H", clx, pos + 1)
        pos += 3 + size
    if pos >= len(clx) or clx[pos] != 0x02:
        raise DocFormatError("no piece table")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5 : pos + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0 or count * 12 + 4 != len(plc):
        raise DocFormatError("bad piece table size")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    out = io.StringIO()
    total = 0
    for i in range(count):
        (fc,) = struct.unpack_from("<I", plc, (count + 1) * 4 + i * 8 + 2)
        length = cps[i + 1] - cps[i]
        total += length
        if length < 0 or total > len(word):  # every character takes at least a byte of the stream
            raise DocFormatError("bad piece")
        if fc & 0x40000000:
            start = (fc & ~0x40000000) // 2
            out.write(word[start : start + length].decode("cp1252", errors="replace"))
        else:
            out.write(word[fc : fc + 2 * length].decode("utf-16-le", errors="replace"))
    return out.getvalue()


def _clean(text: str) -> str:
    out = []
    depth = 0
    for ch in text:
        if ch == "\x13":  # field begin: skip the instruction
            depth += 1
        elif ch == "\x14":  # field separator: the result follows
            depth = max(0, depth - 1)
        elif ch == "\x15" or depth:
            continue
        else:
            out.append(ch)
    cleaned = "".join(out).translate(_DROP)
    return cleaned.replace("\x0b", "\n").replace("\x0c", "\n")


def _body(text: str, document: Document) -> int:
    """Paragraphs end with CR; table cells end with 0x07 and rows with a second 0x07. A run of
    paragraphs holding cell marks becomes one Table (cells of several paragraphs join with a newline)."""
    paragraph = 0
    pending: list[str] = []

    def flush() -> None:
        if not pending:
            return
        joined = "\n".join(pending)
        rows: list[list[CellValue]] = []
        for row in joined.split("\x07\x07"):
            cells: list[CellValue] = [c.strip() or None for c in row.split("\x07")]
            if any(c is not None for c in cells):
                rows.append(cells)
        number = len(document.tables) + 1
        document.tables.append(Table(name=f"table {number}", locator=f"table {number}", rows=rows))
        pending.clear()

    for para in text.split("\r"):
        paragraph += 1
        if "\x07" in para:
            end = para.rfind("\x07\x07")
            tail = para[end + 2 :] if end >= 0 else ""
            if tail and "\x07" not in tail:  # the row mark is followed by the paragraph after the table
                pending.append(para[: end + 2])
                para = tail
            else:
                pending.append(para)
                continue
        flush()
        if para.strip():
            document.blocks.append(TextBlock(text=para.strip(), locator=f"paragraph {paragraph}"))
    flush()
    return paragraph


def read_doc_text(data: bytes, document: Document) -> None:
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        word = ole.openstream("WordDocument").read()
        if len(word) < _FC_CLX + 8:
            raise DocFormatError("FIB too short")
        ident, _nfib, _unused, _lid, _pn_next, flags = struct.unpack_from("<6H", word, 0)
        if ident != 0xA5EC:
            raise DocFormatError("not a Word 97 FIB")
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise DocFormatError("table stream missing")
        table = ole.openstream(table_name).read()
    fc_clx, lcb_clx = struct.unpack_from("<II", word, _FC_CLX)
    text = _pieces(word, table, fc_clx, lcb_clx)
    counts = struct.unpack_from("<8I", word, _CCP)
    pos = 0
    for (region, label), count in zip(_STORIES, counts, strict=True):
        story = text[pos : pos + count]
        pos += count
        if region is None or not story:
            continue
        cleaned = _clean(story)
        if region == Region.BODY:
            _body(cleaned, document)
        else:
            parts = [p.strip() for p in cleaned.replace("\x07", "\t").split("\r") if p.strip()]
            if parts:
                document.blocks.append(TextBlock(text="\n".join(parts), locator=label, region=region))
