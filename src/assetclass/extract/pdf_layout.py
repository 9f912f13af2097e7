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

Glyphs and lines are :mod:`.pdf_lines`, gutters and a line's cells by column :mod:`.pdf_columns`,
the running-text fixes :mod:`.pdf_text`; this module finds the table regions of a page, turns
them into rows (wrapped cells, two-line records, the header line, row numbers) and joins a table's
pages.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from statistics import median
from typing import Any

from ..model import Region, Table
from ..normalize import RULED_LINE, join_spaced_digits
from .pdf_columns import MIN_COLUMNS, MIN_ROWS, assign_cells, find_gutters, header_cells, split_at_columns
from .pdf_lines import COLUMN_GAP, Line, build_lines, line_text, units


def _runs(line: Line) -> int:
    return line.runs


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
    gutters = find_gutters(candidates)
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
        cells = assign_cells(line, starts, em)
        if cells is None and (cut := split_at_columns(line, starts)) is not line:
            cells = assign_cells(cut, starts, em)
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
            # a ruled line (=====) between the column header and the rows: the header is above it
            ruled = brk > 0 and RULED_LINE.fullmatch(line_text(region[brk].glyphs, region[brk].em).strip())
            header = header_cells(region[brk - 1] if ruled else region[brk], starts)
            if header is not None and ruled:
                taken.add(brk - 1)
    elif row_lines[0] > 0:
        brk = row_lines[0] - 1
        header = header_cells(region[brk], starts) if brk not in taken else None
    if header is not None and _labels_not_in_columns(header, ncols):
        # 氏名 設置場所 人槽 in one column: a print whose values are only spaced apart, not aligned;
        # the columns found are not its columns, and its lines are read as text
        return None, set()
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


def _labels(cell: str) -> int:
    """Labels of two characters or more in a header cell (氏名 設置場所 → 2)."""
    return sum(1 for w in cell.split() if len(w) >= 2)


def _labels_not_in_columns(header: dict[int, str], ncols: int) -> bool:
    """Two or more header cells each holding several labels, and more labels than columns: the
    gutters found are not the print's columns (氏名 設置場所 人槽 | 電話 使用開始日)."""
    counts = [_labels(c) for c in header.values()]
    return sum(1 for n in counts if n >= 2) >= 2 and sum(counts) >= ncols + 2


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
    return i + 1 >= len(region) or assign_cells(region[i + 1], starts, em) is not None


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
