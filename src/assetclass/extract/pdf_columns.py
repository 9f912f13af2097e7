"""Columns of a table region of a PDF page: gutters no line covers, the columns' left edges, and
each line's cells by column (words cut where two values were drawn edge to edge)."""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from statistics import median

from .pdf_lines import Glyph, Line, line_text

#: A strip empty in every row of the table's body is a gutter from this width on: narrower than a
#: run's gap, since fixed-pitch printouts pad a right-aligned row number with one space.
GUTTER = 0.75
MIN_ROWS = 5
#: A word pushed right by a neighbour that filled its column starts within this many line heights
#: of the column's left edge.
ALIGN_TOLERANCE = 1.0
#: Column header labels are short words (氏名, 被保険者番号); longer ones are a title or prose.
MAX_HEADER_WORD = 10


def _words(line: Line) -> list[list[Glyph]]:
    """The line's words: glyphs split where the producer wrote a space or left a gap."""
    out: list[list[Glyph]] = []
    last: Glyph | None = None
    for g in line.glyphs:
        if last is None or g.spaced or g.x0 - last.x1 > line.em * 0.3:
            out.append([g])
        else:
            out[-1].append(g)
        last = g
    return out


def _char_units(text: str) -> list[float]:
    """Advance of each character in half-em units: wide (kanji, kana) 2, others 1."""
    return [2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text]


def _split_glyph(g: Glyph, at: float, em: float) -> tuple[Glyph, Glyph] | None:
    """``g`` cut in two at a character boundary lying within a quarter em of ``at``, or None.

    pdfium glues two values drawn edge to edge (``世帯主`` filling its column, then the address) into
    one word; its characters' advances, wide or narrow, tell where the second value begins."""
    widths = _char_units(g.ch)
    unit = (g.x1 - g.x0) / sum(widths)
    x = g.x0
    for k, w in enumerate(widths[:-1], start=1):
        x += w * unit
        if abs(x - at) <= em * 0.25:
            return Glyph(g.ch[:k], g.x0, x, g.y0, g.y1, g.spaced), Glyph(g.ch[k:], x, g.x1, g.y0, g.y1, True)
        if x > at:
            break
    return None


def split_at_columns(line: Line, starts: list[float], header: bool = False) -> Line:
    """``line`` with its words cut where they cross a column's left edge at a character boundary.

    A data row is cut at one edge at most and must then fill at least half the columns (a title or
    a sentence across the table is not a row); a header line is cut at every such edge."""
    out: list[Glyph] = []
    cuts = 0
    for g in line.glyphs:
        for start in starts[1:]:
            if g.x0 < start - 0.5 and g.x1 > start + 0.5 and (parts := _split_glyph(g, start, line.em)):
                out.append(parts[0])
                g = parts[1]
                cuts += 1
        out.append(g)
    if not cuts or (not header and cuts > 1):
        return line
    split = Line(out, line.top, line.bottom, line.em)
    if not header:
        columns = {column_of(g.x0, starts) for g in out}
        if len(columns) < max(2, len(starts) // 2):
            return line
    return split


def header_cells(line: Line, starts: list[float]) -> dict[int, str] | None:
    """The column header line above a table's first row, word by word.

    Header labels need not keep to the columns' gutters: a label wider than its values touches
    the next one (``被保険者番号氏名``), a label centred over its column starts right of it. Each
    word goes to the column its first half-em falls in; a line of long words is a title or prose."""
    words = _words(split_at_columns(line, starts, header=True))
    if len(words) < 2:
        return None
    cells: dict[int, list[Glyph]] = {}
    for word in words:
        if sum(len(g.ch) for g in word) > MAX_HEADER_WORD:
            return None
        x = word[0].x0 + min((word[-1].x1 - word[0].x0) / 2, line.em * 0.5)
        cells.setdefault(column_of(x, starts), []).extend(word)
    if len(cells) < 2:
        return None
    return {k: line_text(gs, line.em) for k, gs in sorted(cells.items())}


MIN_COLUMNS = 3


def find_gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """Vertical strips no line covers (a title line, or one stray line in twenty, tolerated)."""
    em = median(line.em for line in lines)
    # The gutters are those of the table's body: lines with fewer parts than most (a system title
    # with its date and page number, a header whose labels are wider than their values and touch)
    # may cover a gutter; they are placed afterwards by the columns' left edges (:func:`assign_cells`).
    parts = sorted(len(line.word_spans()) for line in lines)
    typical = parts[len(parts) // 2]
    body = [line for line in lines if len(line.word_spans()) >= typical]
    if len(body) >= MIN_ROWS:
        lines = body
    events: list[tuple[float, int]] = []
    for line in lines:
        for x0, x1 in line.word_spans():
            events.append((x0, 1))
            events.append((x1, -1))
    events.sort()
    tolerance = max(1, len(lines) // 20)
    gutters: list[tuple[float, float]] = []
    depth = 0
    start: float | None = None
    for x, step in events:
        before = depth
        depth += step
        if before > tolerance >= depth:
            start = x
        elif before <= tolerance < depth and start is not None:
            if x - start >= em * GUTTER:
                gutters.append((start, x))
            start = None
    return gutters


def column_of(x: float, starts: list[float]) -> int:
    return max(0, bisect.bisect_right(starts, x + 0.5) - 1)


def assign_cells(line: Line, starts: list[float], em: float) -> dict[int, str] | None:
    """The line's cells by column (a column begins where its leftmost value begins), or None when a
    run of the line reaches into the next column's values (a title, prose across the table).

    A run may reach into the next column where the space between two of its words lies at that
    column's left edge: a value as wide as its column touches the next one (``世帯主 米子市…``,
    ``被保険者番号 氏名``), yet the next still begins at or just right of where its column begins."""
    aligned = {
        col
        for a, b in itertools.pairwise(line.glyphs)
        if b.spaced or b.x0 - a.x1 > em * 0.1
        for col in (column_of(b.x0, starts),)
        if a.x1 <= starts[col] + em * 0.3 and b.x0 - starts[col] <= em * ALIGN_TOLERANCE
    }
    for x0, x1 in line.word_spans():
        col = column_of(x0, starts)
        while col + 1 < len(starts) and x1 > starts[col + 1] + 0.5:
            if col + 1 not in aligned:
                return None
            col += 1
    cells: dict[int, list[Glyph]] = {}
    for g in line.glyphs:
        cells.setdefault(column_of(g.x0, starts), []).append(g)
    return {k: line_text(gs, line.em) for k, gs in cells.items()}
