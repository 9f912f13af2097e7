"""Lines, columns and table rows of a PDF page rebuilt from character boxes.

pypdfium2's ``get_text_bounded`` gives a page's text with one space wherever there is a gap, so a
list printed from a core system (columns laid out with spaces or drawn cell by cell) reads as lines
whose cells cannot be told from the spaces inside a name (``山田 太郎``). Here the characters'
boxes are grouped into lines (vertical overlap), each line into runs (horizontal gaps), and a run
of lines that share empty vertical gutters becomes a table: one row per printed line, one cell per
column between gutters. Tables that continue over the next pages (same columns; the header row
repeated or not) are joined into one :class:`Table`, so a 300-resident list is 300 rows.

The character walk costs about as much as ``get_text_bounded`` itself, so it runs only on pages
whose text looks tabular (several lines with several space-separated parts); other pages keep
pdfium's text. Everything else stays running text, with digits a producer spaced out
(``8 丁目 3 番地``, ``令和 3 年``) joined again by :func:`join_spaced_digits`.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from ..model import Region, Table
from ..normalize import join_spaced_digits

_TABULAR_LINE = re.compile(r"\S+(?:[ \u3000]+\S+){3,}")
MIN_TABULAR_LINES = 4


def looks_tabular(text: str) -> bool:
    """A cheap gate: several lines with four or more space-separated parts (a list or table)."""
    count = 0
    for line in text.splitlines():
        if _TABULAR_LINE.fullmatch(line.strip()):
            count += 1
            if count >= MIN_TABULAR_LINES:
                return True
    return False


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


#: A gap of at least this many line heights separates two runs; gutters must be this wide too.
COLUMN_GAP = 0.9
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


def _split_at_columns(line: Line, starts: list[float], header: bool = False) -> Line:
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
        columns = {_column_of(g.x0, starts) for g in out}
        if len(columns) < max(2, len(starts) // 2):
            return line
    return split


def _header_cells(line: Line, starts: list[float]) -> dict[int, str] | None:
    """The column header line above a table's first row, word by word.

    Header labels need not keep to the columns' gutters: a label wider than its values touches
    the next one (``被保険者番号氏名``), a label centred over its column starts right of it. Each
    word goes to the column its first half-em falls in; a line of long words is a title or prose."""
    words = _words(_split_at_columns(line, starts, header=True))
    if len(words) < 2:
        return None
    cells: dict[int, list[Glyph]] = {}
    for word in words:
        if sum(len(g.ch) for g in word) > MAX_HEADER_WORD:
            return None
        x = word[0].x0 + min((word[-1].x1 - word[0].x0) / 2, line.em * 0.5)
        cells.setdefault(_column_of(x, starts), []).extend(word)
    if len(cells) < 2:
        return None
    return {k: line_text(gs, line.em) for k, gs in sorted(cells.items())}


MIN_COLUMNS = 3


def _gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """Vertical strips no line covers (a title line, or one stray line in twenty, tolerated)."""
    em = median(line.em for line in lines)
    # The gutters are those of the table's body: lines with fewer parts than most (a system title
    # with its date and page number, a header whose labels are wider than their values and touch)
    # may cover a gutter; they are placed afterwards by the columns' left edges (:func:`_assign`).
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


def _runs(line: Line) -> int:
    return line.runs


def _column_of(x: float, starts: list[float]) -> int:
    return max(0, bisect.bisect_right(starts, x + 0.5) - 1)


def _assign(line: Line, starts: list[float], em: float) -> dict[int, str] | None:
    """The line's cells by column (a column begins where its leftmost value begins), or None when a
    run of the line reaches into the next column's values (a title, prose across the table).

    A run may reach into the next column where the space between two of its words lies at that
    column's left edge: a value as wide as its column touches the next one (``世帯主 米子市…``,
    ``被保険者番号 氏名``), yet the next still begins at or just right of where its column begins."""
    aligned = {
        col
        for a, b in itertools.pairwise(line.glyphs)
        if b.spaced or b.x0 - a.x1 > em * 0.1
        for col in (_column_of(b.x0, starts),)
        if a.x1 <= starts[col] + em * 0.3 and b.x0 - starts[col] <= em * ALIGN_TOLERANCE
    }
    for x0, x1 in line.word_spans():
        col = _column_of(x0, starts)
        while col + 1 < len(starts) and x1 > starts[col + 1] + 0.5:
            if col + 1 not in aligned:
                return None
            col += 1
    cells: dict[int, list[Glyph]] = {}
    for g in line.glyphs:
        cells.setdefault(_column_of(g.x0, starts), []).append(g)
    return {k: line_text(gs, line.em) for k, gs in cells.items()}


@dataclass(slots=True)
class PageTable:
    page: int
    centres: list[float]
    rows: list[list[str]]


@dataclass(slots=True)
class PageLayout:
    text: str
    tables: list[PageTable]


def _region_table(region: list[Line], page: int) -> tuple[PageTable | None, set[int]]:
    """A table of the lines of ``region`` (indices of the lines it took), or None."""
    candidates = [line for line in region if _runs(line) >= 2]
    if len(candidates) < MIN_ROWS:
        return None, set()
    gutters = _gutters(candidates)
    if len(gutters) + 1 < MIN_COLUMNS:
        return None, set()
    edges = [-1e9, *[(a + b) / 2 for a, b in gutters], 1e9]
    starts = [
        min((g.x0 for line in candidates for g in line.glyphs if lo <= g.x0 < hi), default=lo)
        for lo, hi in itertools.pairwise(edges)
    ]
    em = median(line.em for line in candidates)
    ncols = len(starts)
    rows: list[list[str]] = []
    tiers: dict[int, list[str]] = {}  # row index → its second-tier cells
    row_lines: list[int] = []  # the region line each row starts on
    taken: set[int] = set()
    for i, line in enumerate(region):
        cells = _assign(line, starts, em)
        if cells is None and (cut := _split_at_columns(line, starts)) is not line:
            cells = _assign(cut, starts, em)
        if cells is None:
            if rows and (i - 1) in taken and _second_tier(line, region, i, starts, em):
                # a record printed on two lines (2段表示): 住所 … under the name, as more cells
                tiers.setdefault(len(rows) - 1, []).extend(
                    line_text([g for g in line.glyphs if x0 <= g.x0 <= x1], line.em)
                    for x0, x1 in line.spans(line.em * COLUMN_GAP)
                )
                taken.add(i)
            continue
        if (
            rows
            and 0 not in cells
            and len(cells) <= max(1, ncols // 3)
            and len(region) > i > 0
            and (i - 1) in taken
        ):
            # a cell wrapped onto a second line (a long address): it belongs to the row above
            for k, t in cells.items():
                rows[-1][k] = f"{rows[-1][k]}{t}" if rows[-1][k] else t
        else:
            rows.append([cells.get(k, "") for k in range(ncols)])
            row_lines.append(i)
        taken.add(i)
    if len(rows) < MIN_ROWS or sum(1 for r in rows if sum(1 for c in r if c) >= 2) < MIN_ROWS:
        return None, set()
    # Lines above an untaken line near the top (a system name, a page title, extraction
    # conditions) are not the table's: it starts below them. That untaken line may be the column
    # header, whose labels did not fit the columns.
    header = None
    lead = [i for i in range(len(region)) if i not in taken and 0 < i < row_lines[min(3, len(row_lines) - 1)]]
    if lead:
        brk = max(lead)
        above = sum(1 for x in row_lines if x < brk)
        for x in range(brk):
            taken.discard(x)
        del rows[:above]
        tiers = {r - above: t for r, t in tiers.items() if r >= above}
        if rows and row_lines[above] == brk + 1:
            header = _header_cells(region[brk], starts)
    elif row_lines[0] > 0:
        brk = row_lines[0] - 1
        header = _header_cells(region[brk], starts) if brk not in taken else None
    if header is not None:
        rows.insert(0, [header.get(k, "") for k in range(ncols)])
        tiers = {r + 1: t for r, t in tiers.items()}
        taken.add(brk)
    if len(rows) < MIN_ROWS:
        return None, set()
    # a first row that fitted the columns: the header when it has no digits and the rows below do
    headed = header is not None or (
        not any(ch.isdigit() for c in rows[0] for ch in c)
        and sum(1 for r in rows[1:] if any(ch.isdigit() for c in r for ch in c)) >= 0.8 * (len(rows) - 1)
    )
    if tiers:
        _add_tiers(rows, tiers, ncols, headed)
    starts = _split_row_numbers(rows, starts, headed)
    return PageTable(page, starts, [[join_spaced_digits(c) for c in r] for r in rows]), taken


_ROW_NUMBER = re.compile(r"^([0-9]{1,4})[.)]?[ \u3000]+(?=\S)")


def _split_row_numbers(rows: list[list[str]], starts: list[float], header: bool) -> list[float]:
    """A row number printed close to the first column's values (``12 山田 太郎``: the numbers are
    right-aligned, so no gutter separates them) becomes a column of its own."""
    body = rows[1:] if header else rows
    values = [r[0] for r in body if r and r[0]]
    numbered = [m for v in values if (m := _ROW_NUMBER.match(v))]
    if len(values) < MIN_ROWS or len(numbered) < 0.9 * len(values):
        return starts
    for r in body:
        m = _ROW_NUMBER.match(r[0]) if r else None
        r[0:1] = [m.group(1), r[0][m.end() :]] if m else ["", r[0]]
    if header:
        first, _, rest = rows[0][0].partition(" ")
        rows[0][0:1] = [first, rest] if rest else ["", first]
    return [starts[0], starts[0], *starts[1:]]


def _second_tier(line: Line, region: list[Line], i: int, starts: list[float], em: float) -> bool:
    """Whether ``line`` is the second line of the record above it: indented under the row, short,
    and followed by the next row (or ending the table)."""
    row_start = region[i - 1].glyphs[0].x0
    if line.glyphs[0].x0 < row_start + em * 0.5 or sum(len(g.ch) for g in line.glyphs) > 60:
        return False
    return i + 1 >= len(region) or _assign(region[i + 1], starts, em) is not None


_LABEL_THEN_VALUE = re.compile(r"^(\S{1,6})(?:[ \u3000]+|[:：]\s*)(?=\S)")


def _add_tiers(rows: list[list[str]], tiers: dict[int, list[str]], ncols: int, header: bool) -> None:
    """Second-tier cells as columns after the table's own. A label every cell of such a column
    starts with (住所 米子市…) is its header."""
    width = max(len(t) for t in tiers.values())
    for r, row in enumerate(rows):
        row.extend([*tiers.get(r, []), *[""] * width][:width])
    for k in range(ncols, ncols + width):
        values = [(r, row[k]) for r, row in enumerate(rows) if row[k]]
        labels = [m.group(1) if (m := _LABEL_THEN_VALUE.match(v)) else None for _, v in values]
        label = labels[0] if labels else None
        if label is None or sum(1 for x in labels if x == label) < 0.8 * len(values):
            continue
        for r, v in values:
            if v.startswith(label):
                rows[r][k] = _LABEL_THEN_VALUE.sub("", v, count=1)
        if header:
            rows[0][k] = label


def page_layout(textpage: Any, page: int) -> PageLayout:
    """The page's running text and the tables found in it."""
    lines = build_lines(units(textpage))
    tables: list[PageTable] = []
    text_lines: list[str] = []
    i = 0
    while i < len(lines):
        # a region: consecutive lines with at least two runs, up to four single-run lines inside (wrapped cells)
        if _runs(lines[i]) < 2:
            text_lines.append(line_text(lines[i].glyphs, lines[i].em))
            i += 1
            continue
        j, last, loose = i, i, 0
        while j < len(lines):
            if _runs(lines[j]) >= 2:
                last, loose = j, 0
            else:
                loose += 1
                if loose > 4:
                    break
            j += 1
        # the last row's wrapped lines follow it closely; a page footer stands apart
        while (
            last + 1 < len(lines)
            and _runs(lines[last + 1]) < 2
            and lines[last].bottom - lines[last + 1].top < lines[last].em * 0.8
        ):
            last += 1
        region = lines[i : last + 1]
        table, taken = _region_table(region, page)
        if table is not None:
            tables.append(table)
        for k, line in enumerate(region):
            if k not in taken:
                text_lines.append(line_text(line.glyphs, line.em))
        i = last + 1
    return PageLayout(join_spaced_digits("\n".join(text_lines)), tables)


def _same_columns(a: PageTable, b: PageTable) -> bool:
    if len(a.centres) != len(b.centres):
        return False
    return all(abs(x - y) <= 40.0 for x, y in zip(a.centres, b.centres, strict=True)) or (
        bool(a.rows) and bool(b.rows) and a.rows[0] == b.rows[0]
    )


def join_pages(found: list[PageTable]) -> list[Table]:
    """Tables of consecutive pages with the same columns as one table; repeated header rows dropped."""
    groups: list[list[PageTable]] = []
    for t in found:
        if groups and groups[-1][-1].page == t.page - 1 and _same_columns(groups[-1][-1], t):
            groups[-1].append(t)
        else:
            groups.append([t])
    out: list[Table] = []
    per_page: dict[int, int] = {}
    for group in groups:
        first = group[0]
        header = first.rows[0]
        rows: list[list[Any]] = [list(r) for r in first.rows]
        for t in group[1:]:
            rows.extend(list(r) for r in (t.rows[1:] if t.rows and t.rows[0] == header else t.rows))
        per_page[first.page] = per_page.get(first.page, 0) + 1
        last = group[-1].page
        pages = f"page {first.page}" if last == first.page else f"pages {first.page}-{last}"
        name = f"{pages} table {per_page[first.page]}"
        out.append(Table(name=name, locator=name, rows=rows, region=Region.TABLE))
    return out
