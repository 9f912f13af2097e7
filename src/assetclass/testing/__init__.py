"""Test helpers for plugin authors; ``assetclass.testing.fixtures``, a pytest plugin (entry point
``pytest11``), offers them as fixtures in every pytest run once assetclass is installed
(docs/plugins.md, "Testing your plugin"):

* ``make_document(name, paragraphs=…, rows=…)`` writes a real ``.docx`` / ``.xlsx`` / ``.csv`` /
  ``.tsv`` / ``.txt`` / ``.pdf`` into ``tmp_path``, with the libraries assetclass reads them with
  (python-docx, openpyxl; reportlab for PDF, which is not a dependency of assetclass: install it
  next to your tests);
* ``scan_with_plugin(plugin, path_or_bytes, name=…)`` scans with your plugin registered next to the
  built-ins, and no other outside plugin, and returns the :class:`~assetclass.FileResult`.

And :func:`my_number`, :func:`my_number_from`, :func:`my_number_check_digit`,
:func:`is_valid_my_number`: valid (and, with a wrong last digit, invalid) My Numbers for test data.
This is assetclass's own test-side generator too (its tests and its corpus import it), written
independently of the detector's check in ``detect/checks.py`` so that one cannot hide a bug in
the other.

Only the standard library at module level: pytest imports this package in every run of every
project installed next to assetclass, and the corpus generator imports it without pytest.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..config import Config
    from ..model import FileResult

Rows = Sequence[Sequence[object]]
#: The Japanese font every PDF viewer and reader knows without embedding (a reportlab CID font).
PDF_FONT = "HeiseiKakuGo-W5"

__all__ = [
    "DocumentFactory",
    "is_valid_my_number",
    "my_number",
    "my_number_check_digit",
    "my_number_from",
    "scan_with_plugin",
    "write_document",
]


# --- My Numbers ---------------------------------------------------------------------------------
def my_number_check_digit(first11: str) -> int:
    """The check digit of a My Number from its first 11 digits (Cabinet Order art. 8).

    P(n) is the n-th digit counted from the right of the 11, Q(n) = n + 1 for n ≤ 6, else n − 5;
    r = Σ P(n)·Q(n) mod 11; the check digit is 0 when r ≤ 1, else 11 − r.
    """
    if len(first11) != 11 or not first11.isdigit():
        raise ValueError("need 11 digits")
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def my_number_from(first11: str) -> str:
    """A valid 12-digit My Number: ``first11`` followed by its check digit."""
    return first11 + str(my_number_check_digit(first11))


def is_valid_my_number(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and my_number_check_digit(digits[:11]) == int(digits[11])


def my_number(index: int = 0, *, valid: bool = True) -> str:
    """The ``index``-th of a fixed series of distinct My Numbers (valid, or failing only the check
    digit with ``valid=False``), none of them the 1234 5678 … placeholder of sample forms."""
    first11 = f"{(31_415_926_535 + index * 271_828_183) % 10**11:011d}"
    check = my_number_check_digit(first11)
    return first11 + str(check if valid else (check + 1) % 10)


# --- documents ----------------------------------------------------------------------------------
def write_document(
    path: Path,
    paragraphs: Iterable[str] = (),
    rows: Rows = (),
    *,
    sheet: str = "Sheet1",
    header: str | None = None,
) -> Path:
    """Write ``paragraphs`` (text, one per line or paragraph) and ``rows`` (a table) as the format
    of ``path``'s suffix: docx, xlsx, csv, tsv, txt or pdf.

    ``header`` is a page header (docx, pdf; the first line elsewhere) such as a label 機密性2.
    A sheet holds ``rows`` from A1 with each paragraph as a row of one cell below them; a CSV
    holds only ``rows`` after ``paragraphs`` as single-cell lines.
    """
    writers: dict[str, Callable[[list[str], list[list[object]], str, str | None], bytes]] = {
        ".docx": _docx,
        ".xlsx": _xlsx,
        ".csv": lambda p, r, _s, h: _delimited(p, r, h, ","),
        ".tsv": lambda p, r, _s, h: _delimited(p, r, h, "\t"),
        ".txt": lambda p, r, _s, h: _plain(p, r, h),
        ".pdf": _pdf,
    }
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"no writer for {path.suffix!r}: use one of {', '.join(sorted(writers))}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(writer(list(paragraphs), [list(r) for r in rows], sheet, header))
    return path


def _docx(paragraphs: list[str], rows: list[list[object]], _sheet: str, header: str | None) -> bytes:
    import docx

    document = docx.Document()
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = "" if value is None else str(value)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _xlsx(paragraphs: list[str], rows: list[list[object]], sheet: str, header: str | None) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None  # a new workbook always has its first sheet
    worksheet.title = sheet
    page_header = worksheet.oddHeader  # the printed page's header, where a label is typed
    if header is not None and page_header is not None:
        page_header.center.text = header
    for row in rows:
        worksheet.append(row)
    for text in paragraphs:
        worksheet.append([text])
    buf = io.BytesIO()
    workbook.save(buf)
    return buf.getvalue()


def _delimited(paragraphs: list[str], rows: list[list[object]], header: str | None, delimiter: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for text in [*([header] if header is not None else []), *paragraphs]:
        writer.writerow([text])
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def _plain(paragraphs: list[str], rows: list[list[object]], header: str | None) -> bytes:
    lines = [*([header] if header is not None else []), *paragraphs]
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _pdf(paragraphs: list[str], rows: list[list[object]], _sheet: str, header: str | None) -> bytes:
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
    except ImportError as exc:  # not a dependency of assetclass: only tests write PDFs
        raise RuntimeError(
            "writing a PDF test document needs reportlab, which assetclass does not install: "
            "add reportlab to your test dependencies (pip install reportlab)"
        ) from exc
    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)  # invariant: the same bytes on every run
    width, height = A4
    lines = [*paragraphs, *("   ".join("" if v is None else str(v) for v in row) for row in rows)]
    y = height - 72
    for i, line in enumerate(lines):
        if i == 0 or y < 72:
            if i:
                pdf.showPage()
            if header is not None:
                pdf.setFont(PDF_FONT, 9)
                pdf.drawString(width - 160, height - 36, header)
            y = height - 72
        pdf.setFont(PDF_FONT, 11)
        pdf.drawString(56, y, line)
        y -= 18
    if not lines and header is not None:
        pdf.setFont(PDF_FONT, 9)
        pdf.drawString(width - 160, height - 36, header)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


class DocumentFactory(Protocol):
    """What the ``make_document`` fixture is: :func:`write_document` into the test's ``tmp_path``."""

    def __call__(
        self,
        name: str,
        paragraphs: Iterable[str] = (),
        rows: Rows = (),
        *,
        sheet: str = "Sheet1",
        header: str | None = None,
    ) -> Path: ...


# --- scanning with one plugin -------------------------------------------------------------------
def scan_with_plugin(
    plugin: ModuleType | object,
    target: Path | str | bytes,
    *,
    name: str | None = None,
    config: Config | None = None,
) -> FileResult:
    """Scan a file (a path, or bytes named ``name``) with ``plugin`` registered next to the
    built-ins and no other outside plugin, as a scan of a share would see it.

    ``plugin`` is what your entry point names: your module, or an object with ``@hookimpl``
    methods. A plugin object that does not fit its Protocol fails the call with its cause.
    """
    from ..api import scan_bytes, scan_path
    from ..config import default_config
    from ..engine import Engine

    engine = Engine(config=config or default_config(), outside_plugins=False, extra_plugins=[plugin])
    problems = engine.check_plugins()
    if problems:
        raise AssertionError("; ".join(failure.describe() for failure in problems))
    if isinstance(target, bytes):
        if name is None:
            raise ValueError("scanning bytes needs a file name (name=…): it tells the format")
        return scan_bytes(target, name, engine=engine)
    return scan_path(target, engine=engine)
