"""Glyphs and lines of a PDF page: character (or word) boxes from pdfium, grouped into lines by
vertical overlap, and a line's text with spaces where the producer wrote or left them."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from typing import Any

#: A gap of at least this many line heights separates two runs; gutters must be this wide too.
COLUMN_GAP = 0.9


@dataclass(slots=True)
class Glyph:
    ch: str
    x0: float
    x1: float
    y0: float
    y1: float
    spaced: bool = False  # a space character came right before it in the page's text


@dataclass(slots=True)
class Line:
    glyphs: list[Glyph]
    top: float
    bottom: float
    em: float = 0.0
    cells: dict[int, str] = field(default_factory=dict)

    runs: int = 0  # parts separated by COLUMN_GAP line heights or more (set by build_lines)
    _spans: list[tuple[float, float]] | None = None

    def spans(self, gap: float) -> list[tuple[float, float]]:
        """The x-intervals the line covers, glyphs closer than ``gap`` merged."""
        out: list[tuple[float, float]] = []
        last = -1e9
        for g in self.glyphs:
            if out and g.x0 - last < gap:
                if g.x1 > last:
                    last = g.x1
                    out[-1] = (out[-1][0], last)
            else:
                last = g.x1
                out.append((g.x0, last))
        return out

    def word_spans(self) -> list[tuple[float, float]]:
        """``spans`` at 0.6 line heights (words and names stay whole), computed once."""
        if self._spans is None:
            self._spans = self.spans(self.em * 0.6)
        return self._spans


_SKIP = frozenset({0, 2, 9, 10, 13, 32, 0x3000, 0xFFFE, 0xFFFF})


_TOKEN = re.compile(r"[^\s\x00\x02\ufffe\uffff]+")


def units(textpage: Any) -> list[Glyph]:
    """The page's words with their boxes, cheaply: the page text in one call, split at whitespace
    (pdfium puts a space or line break wherever text moves), and the boxes of each word's first and
    last character only. A word never spans two columns, so columns and rows come out the same as
    from every character's box (:func:`glyphs`, the fallback), at a third of the calls."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # inserted or dropped characters: indices would not match
        return glyphs(textpage)
    rect = pdfium_c.FS_RECTF()
    ref = ctypes.byref(rect)
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    out: list[Glyph] = []
    for m in _TOKEN.finditer(text):
        first, last = m.start(), m.end() - 1
        if not get_box(raw, first, ref):
            continue
        x0, y0, y1 = rect.left, min(rect.bottom, rect.top), max(rect.bottom, rect.top)
        x1 = rect.right
        if last != first and get_box(raw, last, ref):
            x1 = rect.right
            if abs(min(rect.bottom, rect.top) - y0) > (y1 - y0) * 0.5 or x1 < x0:
                return glyphs(textpage)  # a word across lines (vertical text, odd order)
        if x1 <= x0 or y1 <= y0:
            continue
        spaced = first > 0 and text[first - 1] in " \u3000\t"
        out.append(Glyph(m.group(0), x0, x1, y0, y1, spaced))
    return out


def glyphs(textpage: Any) -> list[Glyph]:
    """Every visible character of a page with its box (spaces and generated characters dropped)."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    # one call for all characters; it matches the character indices for nearly every PDF, and where
    # it does not (inserted or dropped characters) each character is asked for on its own
    text = textpage.get_text_range(0, n)
    aligned = len(text) == n
    # loose boxes (the font's advance and ascent): tight glyph boxes leave gaps inside 生年月日
    rect = pdfium_c.FS_RECTF()
    ref = ctypes.byref(rect)
    get_unicode, get_box = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetLooseCharBox
    out: list[Glyph] = []
    pending_high = 0
    spaced = False
    for i in range(n):
        u = ord(text[i]) if aligned else get_unicode(raw, i)
        if u in _SKIP:
            spaced = spaced or u in (32, 0x3000, 9)
            continue
        if 0xD800 <= u <= 0xDBFF:  # UTF-16 high surrogate: the next unit completes the character
            pending_high = u
            continue
        if 0xDC00 <= u <= 0xDFFF:
            if not pending_high or not out:
                continue
            out[-1].ch += chr(0x10000 + ((pending_high - 0xD800) << 10) + (u - 0xDC00))
            pending_high = 0
            continue
        if not get_box(raw, i, ref):
            continue
        x0, x1, y0, y1 = rect.left, rect.right, rect.bottom, rect.top
        if y0 > y1:
            y0, y1 = y1, y0
        if x1 <= x0 or y1 <= y0:
            continue
        out.append(Glyph(chr(u), x0, x1, y0, y1, spaced))
        spaced = False
    return out


def build_lines(chars: list[Glyph]) -> list[Line]:
    """Group glyphs into lines by vertical overlap, top to bottom, each sorted left to right."""
    ordered = sorted(chars, key=lambda g: -(g.y0 + g.y1))
    lines: list[Line] = []
    for g in ordered:
        centre = (g.y0 + g.y1) / 2
        if lines:
            line = lines[-1]
            if line.bottom <= centre <= line.top:
                line.glyphs.append(g)
                continue
        lines.append(Line([g], g.y1, g.y0))
    for line in lines:
        line.glyphs.sort(key=lambda g: g.x0)
        line.em = max(g.y1 - g.y0 for g in line.glyphs)
        line.runs = len(line.spans(line.em * COLUMN_GAP))
    return lines


def line_text(glyph_list: list[Glyph], em: float) -> str:
    """The glyphs' text with a space where the producer wrote one or the gap is wide."""
    parts: list[str] = []
    last: Glyph | None = None
    for g in glyph_list:
        gap = g.x0 - last.x1 if last is not None else 0.0
        if last is not None and (gap > em * 0.3 or (g.spaced and gap > em * 0.1)):
            parts.append(" ")
        parts.append(g.ch)
        last = g
    return "".join(parts)
