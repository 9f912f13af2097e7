"""PowerPoint 97–2003 (.ppt) text from the record tree of the "PowerPoint Document" stream.

Records (MS-PPT 2.3.1) are an 8-byte header (version/instance, type, length) and either atoms or
containers (version 0xF) of further records. Text lives in TextCharsAtom (UTF-16LE) and
TextBytesAtom (8-bit) records: placeholder text in the SlideListWithText container (slides counted
by their SlidePersistAtom), other shapes' text inside each SlideContainer, speaker notes inside
NotesContainers, master text inside MainMaster. Anything unexpected raises and the caller reports
the file instead of guessing.
"""

from __future__ import annotations

import io
import struct

from ..model import Document, Region, TextBlock

_TEXT_CHARS, _TEXT_BYTES = 0x0FA0, 0x0FA8
_SLIDE_LIST, _SLIDE_PERSIST = 0x0FF0, 0x03F3
_SLIDE, _NOTES, _NOTES_ATOM, _MAIN_MASTER = 0x03EE, 0x03F0, 0x03F1, 0x03F8
_MAX_DEPTH = 32


class PptFormatError(ValueError):
    """The stream is not a PowerPoint 97 record tree (no text from the file in the message)."""


def read_ppt_text(data: bytes, document: Document) -> None:
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("PowerPoint Document"):
            raise PptFormatError("no PowerPoint Document stream")
        stream = ole.openstream("PowerPoint Document").read()
    state = {"slide": 0, "slides_seen": 0}
    _walk(stream, 0, len(stream), 0, "presentation", document, state, {})
    document.pages = state["slide"] or None


def _walk(
    stream: bytes,
    start: int,
    end: int,
    depth: int,
    where: str,
    document: Document,
    state: dict[str, int],
    slide_ids: dict[int, int],
) -> None:
    if depth > _MAX_DEPTH:
        raise PptFormatError("records nested too deeply")
    pos = start
    while pos + 8 <= end:
        ver_inst, rtype, length = struct.unpack_from("<HHI", stream, pos)
        body_start, body_end = pos + 8, pos + 8 + length
        if body_end > end:  # trailing padding/garbage after the last record: stop here
            break
        if ver_inst & 0x000F == 0x000F:  # container
            inner = where
            if rtype == _SLIDE_LIST:
                inner = "slide list" if ver_inst >> 4 == 0 else "other list"
            elif rtype == _SLIDE:
                state["slides_seen"] += 1
                inner = "slide shapes"
            elif rtype == _NOTES:
                inner = "notes master"
                if body_start + 16 <= body_end:
                    _, child_type, _ = struct.unpack_from("<HHI", stream, body_start)
                    if child_type == _NOTES_ATOM:
                        (slide_id,) = struct.unpack_from("<I", stream, body_start + 8)
                        number = slide_ids.get(slide_id)
                        inner = f"notes {number}" if number else "notes master"
            elif rtype == _MAIN_MASTER:
                inner = "slide master"
            _walk(stream, body_start, body_end, depth + 1, inner, document, state, slide_ids)
        elif rtype == _SLIDE_PERSIST and where == "slide list":
            state["slide"] += 1
            if length >= 16:
                (slide_id,) = struct.unpack_from("<I", stream, body_start + 12)
                slide_ids[slide_id] = state["slide"]
        elif rtype in (_TEXT_CHARS, _TEXT_BYTES):
            raw = stream[body_start:body_end]
            text = raw.decode("utf-16-le" if rtype == _TEXT_CHARS else "latin-1", errors="replace")
            text = "\n".join(p.strip() for p in text.replace("\x0b", "\r").split("\r") if p.strip())
            if text and text != "*" and where != "notes master":  # "*" is a slide-number field
                document.blocks.append(_block(text, where, state))
        pos = body_end


def _block(text: str, where: str, state: dict[str, int]) -> TextBlock:
    if where == "slide list" and state["slide"]:
        n = state["slide"]
        return TextBlock(text=text, locator=f"slide {n}", region=Region.SLIDE, page=n)
    if where == "slide shapes":
        n = state["slides_seen"]
        return TextBlock(text=text, locator=f"slide {n}", region=Region.SLIDE, page=n)
    if where.startswith("notes "):
        n = int(where.split()[1])
        return TextBlock(text=text, locator=f"slide {n} (notes)", region=Region.NOTES, page=n)
    if where == "slide master":
        return TextBlock(text=text, locator="slide master", region=Region.SLIDE)
    return TextBlock(text=text, locator="presentation", region=Region.SLIDE)
