"""Render a :class:`corpus.factory.spec.DocSpec` to a real file with the real library of each format.

``write(spec, fmt, path)`` is the one entry point; ``FORMATS`` maps every format id to its file
extension. Output is deterministic: zip members get a fixed timestamp, document dates are fixed and
PDFs are written in reportlab's invariant mode, so the same spec gives the same bytes.

Where a format cannot hold a field, the field goes where a reader of that format would look
(DocSpec's docstring): PDF/text comments and notes become trailing text, a CSV holds the rows of
every sheet one after the other (a blank row between sheets), xls has no notes (xlwt cannot write
them), and so on. docs/formats.md lists what each writer places where.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from corpus.factory.spec import Cell, DocSpec, SheetSpec

#: format id → file extension
FORMATS: dict[str, str] = {
    "docx": "docx",
    "xlsx": "xlsx",
    "csv": "csv",  # UTF-8 with BOM (what Excel writes as "CSV UTF-8")
    "csv-cp932": "csv",
    "csv-eucjp": "csv",
    "tsv": "tsv",
    "txt": "txt",
    "txt-cp932": "txt",
    "pdf": "pdf",
    "pptx": "pptx",
    "xls": "xls",
    "ods": "ods",
    "odt": "odt",
}

FIXED_TIME = dt.datetime(2024, 4, 1, 9, 0, 0)
_ZIP_TIME = (2024, 4, 1, 9, 0, 0)
_W3CDTF = "2024-04-01T09:00:00Z"
_CORE_KEYS = {
    # DocSpec key → python-docx / python-pptx core property attribute
    "title": "title",
    "subject": "subject",
    "author": "author",
    "creator": "author",
    "keywords": "keywords",
    "comments": "comments",
    "description": "comments",
    "category": "category",
    "last_modified_by": "last_modified_by",
    "content_status": "content_status",
}
_XLSX_CORE_KEYS = {
    "title": "title",
    "subject": "subject",
    "author": "creator",
    "creator": "creator",
    "keywords": "keywords",
    "comments": "description",
    "description": "description",
    "category": "category",
    "last_modified_by": "lastModifiedBy",
    "content_status": "contentStatus",
}
_CJK_FONT = "HeiseiKakuGo-W5"


def write(spec: DocSpec, fmt: str, path: Path) -> Path:
    """Write ``spec`` as format ``fmt`` to ``path`` (parents created) and return ``path``."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(writer(spec, fmt))
    return path


def render(spec: DocSpec, fmt: str) -> bytes:
    """The bytes :func:`write` would write."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}")
    return writer(spec, fmt)


# --- shared helpers ------------------------------------------------------------------------------
def cell_text(value: Cell | Any) -> str:
    """How a cell value is written where only text fits (CSV, Word/PDF tables)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y/%m/%d %H:%M") if value.time() != dt.time() else value.strftime("%Y/%m/%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y/%m/%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _custom_props(spec: DocSpec) -> dict[str, str]:
    return {k.split(":", 1)[1]: v for k, v in spec.properties.items() if k.startswith("custom:")}


def _core_props(spec: DocSpec) -> dict[str, str]:
    return {k: v for k, v in spec.properties.items() if not k.startswith("custom:")}


def _sheet_grid(sheet: SheetSpec) -> list[list[Cell]]:
    """The sheet as text-only formats show it: the title row, then the rows."""
    grid: list[list[Cell]] = []
    if sheet.title:
        grid.append([sheet.title])
    grid.extend(sheet.rows)
    return grid


def _word_like_sheets(spec: DocSpec) -> Iterator[tuple[str, list[list[str]]]]:
    """Sheets rendered as (caption, text table) for formats without sheets."""
    for sheet in spec.sheets:
        rows = [[cell_text(v) for v in row] for row in sheet.rows]
        caption = f"{sheet.name}: {sheet.title}" if sheet.title else sheet.name
        yield caption, rows


_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_DATE_RE = re.compile(
    rb"(<(dcterms:created|dcterms:modified|meta:creation-date|dc:date)\b[^>]*>)[^<]*(</\2>)"
)


def _custom_xml(props: dict[str, str]) -> bytes:
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>'
    ).encode()


def _finish_zip(data: bytes, custom: dict[str, str] | None = None) -> bytes:
    """Rewrite a zip package deterministically; add OOXML custom properties when given.

    Member order and compression are kept (an ODF ``mimetype`` must stay first and stored).
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    members = {info.filename: src.read(info) for info in src.infolist()}
    infos = list(src.infolist())
    if custom:
        members["docProps/custom.xml"] = _custom_xml(custom)
        if all(i.filename != "docProps/custom.xml" for i in infos):
            infos.append(zipfile.ZipInfo("docProps/custom.xml"))
            infos[-1].compress_type = zipfile.ZIP_DEFLATED
            rels = members["_rels/.rels"].decode()
            if _CUSTOM_REL not in rels:
                rels = rels.replace(
                    "</Relationships>",
                    f'<Relationship Id="rIdCustomProps" Type="{_CUSTOM_REL}" Target="docProps/custom.xml"/>'
                    "</Relationships>",
                )
                members["_rels/.rels"] = rels.encode()
            ct = members["[Content_Types].xml"].decode()
            if "/docProps/custom.xml" not in ct:
                ct = ct.replace(
                    "</Types>",
                    f'<Override PartName="/docProps/custom.xml" ContentType="{_CUSTOM_CT}"/></Types>',
                )
                members["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(out, "w") as dst:
        for info in infos:
            blob = members[info.filename]
            if info.filename.endswith(".xml"):
                blob = _DATE_RE.sub(lambda m: m.group(1) + _W3CDTF.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# --- docx ----------------------------------------------------------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS_DECL = (
    f'xmlns:w="{_W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _textbox_run_xml(text: str, shape_id: int) -> str:
    """A run holding a text box the way Word writes it: DrawingML choice + VML fallback (same text)."""
    body = (
        f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent>'
    )
    return (
        f"<w:r {_NS_DECL}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="3200400" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="3200400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f"</wps:spPr><wps:txbx>{body}</wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape id="TextBox{shape_id}" type="#_x0000_t202" '
        f'style="width:252pt;height:36pt"><v:textbox>{body}</v:textbox></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )


def _footnotes_xml(notes: list[str]) -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{_W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>",
    ]
    for i, note in enumerate(notes, start=1):
        parts.append(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p>'
            "</w:footnote>"
        )
    parts.append("</w:footnotes>")
    return "".join(parts).encode()


def _write_docx(spec: DocSpec, fmt: str) -> bytes:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    props = document.core_properties
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.author = ""
    props.title = ""
    props.comments = ""  # python-pptx's template says "generated using python-pptx" …
    props.last_modified_by = ""  # … and names its author here
    for key, value in _core_props(spec).items():
        attr = _CORE_KEYS.get(key)
        if attr:
            setattr(props, attr, value)

    # Body content is spread over the sections so each section has some text of its own.
    body: list[tuple[str, Any]] = []
    if spec.title:
        body.append(("title", spec.title))
    body += [("para", text) for text in spec.paragraphs]
    body += [("table", [[cell_text(v) for v in r] for r in rows]) for rows in spec.tables]
    for caption, rows in _word_like_sheets(spec):
        body += [("para", caption), ("table", rows)]
    sections = max(1, spec.sections)
    per_section = max(1, -(-len(body) // sections))
    for s in range(sections):
        if s:
            document.add_section(WD_SECTION.NEW_PAGE)
        for kind, content in body[s * per_section : (s + 1) * per_section]:
            if kind == "title":
                document.add_heading(content, level=0)
            elif kind == "para":
                document.add_paragraph(content)
            else:
                _docx_table(document, content)
    if not document.paragraphs:
        document.add_paragraph("")

    for section in document.sections:
        if spec.header is not None:
            section.header.is_linked_to_previous = False
            section.header.paragraphs[0].text = spec.header
        if spec.footer is not None:
            section.footer.is_linked_to_previous = False
            section.footer.paragraphs[0].text = spec.footer
    if spec.first_page_header is not None:
        first = document.sections[0]
        first.different_first_page_header_footer = True
        first.first_page_header.is_linked_to_previous = False
        first.first_page_header.paragraphs[0].text = spec.first_page_header

    anchor = document.paragraphs[0]
    if not anchor.runs:
        anchor.add_run("")
    for text in spec.comments:
        comment = document.add_comment(anchor.runs, text=text, author="corpus", initials="C")
        comment._comment_elm.set(qn("w:date"), _W3CDTF)  # python-docx stamps the current time

    for i, text in enumerate(spec.textboxes, start=1):
        paragraph = document.add_paragraph()
        paragraph._p.append(parse_xml(_textbox_run_xml(text, 1000 + i)))

    if spec.footnotes:
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            _footnotes_xml(spec.footnotes),
            document.part.package,
        )
        document.part.relate_to(part, RT.FOOTNOTES)
        target = document.paragraphs[-1] if spec.paragraphs else document.add_paragraph("")
        for i in range(1, len(spec.footnotes) + 1):
            target._p.append(
                parse_xml(
                    f'<w:r xmlns:w="{_W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{i}"/></w:r>'
                )
            )
    for text in spec.notes:  # Word has no speaker notes: trailing paragraphs
        document.add_paragraph(text)

    buf = io.BytesIO()
    document.save(buf)
    return _finish_zip(buf.getvalue(), _custom_props(spec))


def _docx_table(document: Any, rows: list[list[str]]) -> None:
    if not rows:
        return
    ncols = max(len(r) for r in rows) or 1
    table = document.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, value in enumerate(row):
            cells[c].text = cell_text(value)


# --- xlsx ----------------------------------------------------------------------------------------
def _sheet_layout(sheet: SheetSpec) -> tuple[int, int | None]:
    """(1-based row of rows[0], 1-based title row or None): a title needs a row above the table."""
    first = sheet.first_row
    if sheet.title and first < 2:
        first = 3
    title_row = max(1, first - 2) if sheet.title else None
    return first, title_row


def _plain_sheets(spec: DocSpec) -> list[SheetSpec]:
    """A non-spreadsheet spec as one sheet: title, paragraphs, then tables under each other."""
    if spec.sheets:
        return spec.sheets
    rows: list[list[Cell]] = []
    if spec.title:
        rows.append([spec.title])
    rows.extend([p] for p in spec.paragraphs)
    for table in spec.tables:
        if rows:
            rows.append([])
        rows.extend(list(r) for r in table)
    rows.extend([t] for t in spec.textboxes + spec.footnotes + spec.notes)
    comments = {(0, 0): "\n".join(spec.comments)} if spec.comments and rows else {}
    return [SheetSpec(name="Sheet1", rows=rows, header=spec.header, footer=spec.footer, comments=comments)]


def _hf(item: Any) -> Any:
    """openpyxl's header/footer items are typed Optional but always present on a new sheet."""
    assert item is not None
    return item


def _write_xlsx(spec: DocSpec, fmt: str) -> bytes:
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    wb.remove(wb.worksheets[0])
    for sheet in _plain_sheets(spec):
        ws = wb.create_sheet(sheet.name)
        ws.sheet_state = sheet.state
        first, title_row = _sheet_layout(sheet)
        ncols = max((len(r) for r in sheet.rows), default=1) or 1
        if title_row is not None:
            ws.cell(row=title_row, column=1, value=sheet.title)
            if ncols > 1:
                ws.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=ncols)
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                cell = ws.cell(row=first + r, column=c + 1, value=value)
                fmt_code = sheet.number_formats.get(c)
                if fmt_code and not isinstance(value, str):
                    cell.number_format = fmt_code
                elif isinstance(value, dt.datetime):
                    cell.number_format = "yyyy/mm/dd hh:mm"
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy/mm/dd"
        for (r, c), text in sheet.comments.items():
            note = Comment(text, "corpus")
            ws.cell(row=first + r, column=c + 1).comment = note
        if sheet.header is not None:
            _hf(ws.oddHeader).center.text = sheet.header
        if sheet.footer is not None:
            _hf(ws.oddFooter).center.text = sheet.footer
    if all(ws.sheet_state != "visible" for ws in wb.worksheets):
        wb.worksheets[0].sheet_state = "visible"  # Excel refuses a book without a visible sheet
    for index, ws in enumerate(wb.worksheets):
        if ws.sheet_state == "visible":
            wb.active = index
            break
    # spreadsheets keep document-level header/footer on their sheets
    if spec.sheets and (spec.header is not None or spec.footer is not None):
        for ws in wb.worksheets:
            if spec.header is not None and not _hf(ws.oddHeader).center.text:
                _hf(ws.oddHeader).center.text = spec.header
            if spec.footer is not None and not _hf(ws.oddFooter).center.text:
                _hf(ws.oddFooter).center.text = spec.footer
    props = wb.properties
    props.created = FIXED_TIME
    props.creator = ""
    for key, value in _core_props(spec).items():
        attr = _XLSX_CORE_KEYS.get(key)
        if attr:
            setattr(props, attr, value)
    buf = io.BytesIO()
    wb.save(buf)
    return _finish_zip(buf.getvalue(), _custom_props(spec))


# --- csv / tsv / txt -----------------------------------------------------------------------------
_TEXT_ENCODINGS = {
    "csv": ("utf-8-sig", ","),
    "csv-cp932": ("cp932", ","),
    "csv-eucjp": ("euc_jp", ","),
    "tsv": ("utf-8", "\t"),
    "txt": ("utf-8", ""),
    "txt-cp932": ("cp932", ""),
}


def _table_rows(spec: DocSpec) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for sheet in spec.sheets:
        if rows:
            rows.append([])
        rows.extend(_sheet_grid(sheet))
    if not spec.sheets:
        for sheet in _plain_sheets(spec):
            rows.extend(sheet.rows)
    return rows


def _write_delimited(spec: DocSpec, fmt: str) -> bytes:
    encoding, delimiter = _TEXT_ENCODINGS[fmt]
    buf = io.StringIO(newline="")
    out = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in _table_rows(spec):
        out.writerow([cell_text(v) for v in row])
    # characters outside the legacy code page become "?" (as Excel does when saving as CP932)
    return buf.getvalue().encode(encoding, errors="replace")


def _write_text(spec: DocSpec, fmt: str) -> bytes:
    encoding, _ = _TEXT_ENCODINGS[fmt]
    lines: list[str] = []
    if spec.first_page_header:
        lines.append(spec.first_page_header)
    if spec.header:
        lines.append(spec.header)
    if spec.title:
        lines.append(spec.title)
    lines.extend(spec.paragraphs)
    for table in spec.tables:
        lines.extend("\t".join(cell_text(v) for v in row) for row in table)
    for caption, rows in _word_like_sheets(spec):
        lines.append(caption)
        lines.extend("\t".join(row) for row in rows)
    lines.extend(spec.textboxes + spec.comments + spec.footnotes + spec.notes)
    if spec.footer:
        lines.append(spec.footer)
    return ("\r\n".join(lines) + "\r\n").encode(encoding, errors="replace")


# --- pdf -----------------------------------------------------------------------------------------
def _write_pdf(spec: DocSpec, fmt: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    if _CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_CJK_FONT))
    base = ParagraphStyle("body", fontName=_CJK_FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    title_style = ParagraphStyle("title", parent=base, fontSize=16, leading=24, spaceAfter=8)
    cell_style = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=11)

    def para(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def table(rows: list[list[str]]) -> PdfTable | None:
        if not rows:
            return None
        ncols = max(len(r) for r in rows) or 1
        data = [[para(v, cell_style) for v in row] + [""] * (ncols - len(row)) for row in rows]
        width = (A4[0] - 40 * mm) / ncols
        t = PdfTable(data, colWidths=[width] * ncols, repeatRows=1)
        t.setStyle(
            TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        return t

    story: list[Any] = []
    if spec.title:
        story.append(para(spec.title, title_style))
    story.extend(para(p) for p in spec.paragraphs)
    for rows in spec.tables:
        t = table([[cell_text(v) for v in r] for r in rows])
        if t is not None:
            story += [Spacer(1, 4 * mm), t, Spacer(1, 4 * mm)]
    for caption, rows in _word_like_sheets(spec):
        story.append(para(caption))
        t = table(rows)
        if t is not None:
            story += [t, Spacer(1, 4 * mm)]
    # a PDF has no comments, text boxes or notes: they become page text
    story.extend(para(t) for t in spec.textboxes + spec.comments + spec.notes)
    story.extend(para(f"注{i} {t}", small) for i, t in enumerate(spec.footnotes, start=1))
    if not story:
        story.append(Spacer(1, 1))

    def decorate(first: bool) -> Callable[[Any, Any], None]:
        def draw(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(_CJK_FONT, 9)
            top = spec.first_page_header if first and spec.first_page_header is not None else spec.header
            if top:
                canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, top)
            if spec.footer:
                canvas.drawCentredString(A4[0] / 2, 10 * mm, spec.footer)
            canvas.restoreState()

        return draw

    core = _core_props(spec)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        invariant=1,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=core.get("title", ""),
        author=core.get("author", core.get("creator", "")),
        subject=core.get("subject", ""),
        keywords=core.get("keywords", ""),
        creator="corpus.writers",  # kept as it was: it is written into every PDF
    )
    doc.build(story, onFirstPage=decorate(True), onLaterPages=decorate(False))
    return buf.getvalue()


# --- pptx ----------------------------------------------------------------------------------------
def _write_pptx(spec: DocSpec, fmt: str) -> bytes:
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    width, height = int(prs.slide_width or 9144000), int(prs.slide_height or 6858000)
    title_layout, content_layout, title_only = (
        prs.slide_layouts[0],
        prs.slide_layouts[1],
        prs.slide_layouts[5],
    )
    slides: list[Any] = []

    first = prs.slides.add_slide(title_layout)
    first.shapes.title.text = spec.title
    slides.append(first)
    for start in range(0, len(spec.paragraphs), 6):
        slide = prs.slides.add_slide(content_layout)
        frame = slide.placeholders[1].text_frame
        for i, text in enumerate(spec.paragraphs[start : start + 6]):
            p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            p.text = text
        slides.append(slide)
    grids: list[tuple[str, list[list[str]]]] = [
        ("", [[cell_text(v) for v in r] for r in t]) for t in spec.tables
    ]
    grids += list(_word_like_sheets(spec))
    for caption, rows in grids:
        if not rows:
            continue
        slide = prs.slides.add_slide(title_only)
        slide.shapes.title.text = caption
        ncols = max(len(r) for r in rows) or 1
        shape = slide.shapes.add_table(
            len(rows),
            ncols,
            Emu(int(width * 0.05)),
            Emu(int(height * 0.25)),
            Emu(int(width * 0.9)),
            Emu(int(height * 0.05) * len(rows)),
        )
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                shape.table.cell(r, c).text = value
        slides.append(slide)

    def textbox(slide: Any, text: str, top: float, size: int = 12) -> None:
        box = slide.shapes.add_textbox(
            Emu(int(width * 0.05)), Emu(int(height * top)), Emu(int(width * 0.9)), Emu(int(height * 0.06))
        )
        box.text_frame.text = text
        for p in box.text_frame.paragraphs:
            for run in p.runs:
                run.font.size = Pt(size)

    for i, text in enumerate(spec.textboxes):
        textbox(slides[0], text, 0.62 + 0.07 * i)
    for i, text in enumerate(spec.comments + [f"注{n} {t}" for n, t in enumerate(spec.footnotes, 1)]):
        textbox(slides[-1], text, 0.80 - 0.07 * i, 10)
    for slide in slides:
        if spec.header:
            textbox(slide, spec.header, 0.01, 10)
        if spec.footer:
            textbox(slide, spec.footer, 0.93, 10)
    if spec.first_page_header:
        textbox(slides[0], spec.first_page_header, 0.07, 10)
    for i, text in enumerate(spec.notes):
        slide = slides[min(i, len(slides) - 1)]
        frame = slide.notes_slide.notes_text_frame
        frame.text = f"{frame.text}\n{text}" if frame.text else text

    props = prs.core_properties
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.author = ""
    props.title = ""
    props.comments = ""  # python-pptx's template says "generated using python-pptx" …
    props.last_modified_by = ""  # … and names its author here
    for key, value in _core_props(spec).items():
        attr = _CORE_KEYS.get(key)
        if attr:
            setattr(props, attr, value)
    buf = io.BytesIO()
    prs.save(buf)
    return _finish_zip(buf.getvalue(), _custom_props(spec))


# --- xls (BIFF8) ---------------------------------------------------------------------------------
def _write_xls(spec: DocSpec, fmt: str) -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    styles: dict[str, Any] = {}

    def style(code: str) -> Any:
        if code not in styles:
            styles[code] = xlwt.easyxf(num_format_str=code)
        return styles[code]

    sheets = _plain_sheets(spec)
    any_visible = any(s.state == "visible" for s in sheets)
    for index, sheet in enumerate(sheets):
        ws = wb.add_sheet(sheet.name[:31], cell_overwrite_ok=True)
        state = sheet.state if any_visible or index else "visible"
        ws.visibility = {"visible": 0, "hidden": 1, "veryHidden": 2}[state]
        first, title_row = _sheet_layout(sheet)
        ncols = max((len(r) for r in sheet.rows), default=1) or 1
        if title_row is not None:
            ws.write_merge(title_row - 1, title_row - 1, 0, max(0, ncols - 1), sheet.title)
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                code = sheet.number_formats.get(c)
                if isinstance(value, dt.datetime):
                    ws.write(first - 1 + r, c, value, style(code or "yyyy/mm/dd hh:mm"))
                elif isinstance(value, dt.date):
                    ws.write(first - 1 + r, c, value, style(code or "yyyy/mm/dd"))
                elif code and not isinstance(value, str):
                    ws.write(first - 1 + r, c, value, style(code))
                else:
                    ws.write(first - 1 + r, c, value)
        # xlwt's header_str setter is broken on Python 3 for non-ASCII text: set the field directly
        ws._Worksheet__header_str = sheet.header or spec.header or ""
        ws._Worksheet__footer_str = sheet.footer or spec.footer or ""
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- ods -----------------------------------------------------------------------------------------
def _write_ods(spec: DocSpec, fmt: str) -> bytes:
    return _ods_bytes(spec)


def _reset_odf_namespaces() -> None:
    """odfpy declares every namespace it has seen in this process (a class attribute), so output
    would depend on what was rendered before; start each document from an empty registry."""
    from odf.element import Element

    Element.namespaces.clear()


def _ods_bytes(spec: DocSpec) -> bytes:
    from odf import dc, meta
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    _reset_odf_namespaces()
    doc = OpenDocumentSpreadsheet()
    hidden = Style(name="taHidden", family="table")
    hidden.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hidden)

    def cell(value: Cell) -> Any:
        if value is None:
            return TableCell()
        if isinstance(value, bool):
            return TableCell(valuetype="boolean", booleanvalue=str(value).lower())
        if isinstance(value, (int, float)):
            c = TableCell(valuetype="float", value=str(value))
        elif isinstance(value, dt.date):  # datetime is a date
            c = TableCell(valuetype="date", datevalue=value.isoformat())
        else:
            c = TableCell(valuetype="string")
        c.addElement(P(text=cell_text(value)))
        return c

    for sheet in _plain_sheets(spec):
        # ODF has no "very hidden": both hidden states become display=false
        table = (
            Table(name=sheet.name, stylename=hidden) if sheet.state != "visible" else Table(name=sheet.name)
        )
        first, title_row = _sheet_layout(sheet)
        ncols = max((len(r) for r in sheet.rows), default=1) or 1
        grid: dict[int, list[Cell]] = {first - 1 + r: list(row) for r, row in enumerate(sheet.rows)}
        last = max(grid, default=-1)
        for r in range(last + 1):
            tr = TableRow()
            if title_row is not None and r == title_row - 1:
                head = TableCell(valuetype="string", numbercolumnsspanned=str(ncols))
                head.addElement(P(text=sheet.title or ""))
                tr.addElement(head)
                for _ in range(ncols - 1):
                    tr.addElement(CoveredTableCell())
            for c, value in enumerate(grid.get(r, [])):
                tc = cell(value)
                note = sheet.comments.get((r - first + 1, c))
                if note is not None:
                    ann = Annotation()
                    ann.addElement(P(text=note))
                    tc.addElement(ann)
                tr.addElement(tc)
            if not tr.childNodes:
                tr.addElement(TableCell())  # ODF rows need at least one cell
            table.addElement(tr)
        doc.spreadsheet.addElement(table)

    core = _core_props(spec)
    if "title" in core:
        doc.meta.addElement(dc.Title(text=core["title"]))
    if "subject" in core:
        doc.meta.addElement(dc.Subject(text=core["subject"]))
    for name, value in _custom_props(spec).items():
        doc.meta.addElement(meta.UserDefined(name=name, valuetype="string", text=value))
    buf = io.BytesIO()
    doc.write(buf)
    return _finish_zip(buf.getvalue())


# --- odt -----------------------------------------------------------------------------------------
def _write_odt(spec: DocSpec, fmt: str) -> bytes:
    return _odt_bytes(spec)


def _odt_bytes(spec: DocSpec) -> bytes:
    from odf import dc, draw, meta, style, table, text
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText

    _reset_odf_namespaces()
    doc = OpenDocumentText()
    layout = style.PageLayout(name="pm1")
    doc.automaticstyles.addElement(layout)
    master = style.MasterPage(name="Standard", pagelayoutname=layout)
    if spec.header is not None:
        head = style.Header()
        head.addElement(text.P(text=spec.header))
        master.addElement(head)
    if spec.footer is not None:
        foot = style.Footer()
        foot.addElement(text.P(text=spec.footer))
        master.addElement(foot)
    doc.masterstyles.addElement(master)

    def add_table(rows: list[list[str]]) -> None:
        if not rows:
            return
        ncols = max(len(r) for r in rows) or 1
        t = table.Table()
        t.addElement(table.TableColumn(numbercolumnsrepeated=str(ncols)))
        for row in rows:
            tr = table.TableRow()
            for value in list(row) + [""] * (ncols - len(row)):
                tc = table.TableCell(valuetype="string")
                tc.addElement(text.P(text=value))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    if spec.first_page_header is not None:  # odfpy writes ODF 1.2: no header-first, use the body
        doc.text.addElement(text.P(text=spec.first_page_header))
    if spec.title:
        doc.text.addElement(text.H(outlinelevel=1, text=spec.title))
    for i, para in enumerate(spec.paragraphs):
        p = text.P(text=para)
        if i == 0:
            for comment in spec.comments:
                ann = Annotation()
                ann.addElement(text.P(text=comment))
                p.addElement(ann)
            for n, note in enumerate(spec.footnotes, start=1):
                el = text.Note(id=f"ftn{n}", noteclass="footnote")
                el.addElement(text.NoteCitation(text=str(n)))
                body = text.NoteBody()
                body.addElement(text.P(text=note))
                el.addElement(body)
                p.addElement(el)
        doc.text.addElement(p)
    for rows in spec.tables:
        add_table([[cell_text(v) for v in r] for r in rows])
    for caption, rows in _word_like_sheets(spec):
        doc.text.addElement(text.P(text=caption))
        add_table(rows)
    for n, box_text in enumerate(spec.textboxes, start=1):
        holder = text.P()
        frame = draw.Frame(name=f"box{n}", anchortype="paragraph", width="8cm", height="1cm")
        box = draw.TextBox()
        box.addElement(text.P(text=box_text))
        frame.addElement(box)
        holder.addElement(frame)
        doc.text.addElement(holder)
    if not spec.paragraphs:  # comments/footnotes need a paragraph to sit in
        holder = text.P()
        for comment in spec.comments:
            ann = Annotation()
            ann.addElement(text.P(text=comment))
            holder.addElement(ann)
        doc.text.addElement(holder)
    for note_text in spec.notes:
        doc.text.addElement(text.P(text=note_text))
    core = _core_props(spec)
    if "title" in core:
        doc.meta.addElement(dc.Title(text=core["title"]))
    if "subject" in core:
        doc.meta.addElement(dc.Subject(text=core["subject"]))
    for name, value in _custom_props(spec).items():
        doc.meta.addElement(meta.UserDefined(name=name, valuetype="string", text=value))
    buf = io.BytesIO()
    doc.write(buf)
    return _finish_zip(buf.getvalue())


_WRITERS: dict[str, Callable[[DocSpec, str], bytes]] = {
    "docx": _write_docx,
    "xlsx": _write_xlsx,
    "csv": _write_delimited,
    "csv-cp932": _write_delimited,
    "csv-eucjp": _write_delimited,
    "tsv": _write_delimited,
    "txt": _write_text,
    "txt-cp932": _write_text,
    "pdf": _write_pdf,
    "pptx": _write_pptx,
    "xls": _write_xls,
    "ods": _write_ods,
    "odt": _write_odt,
}

__all__ = ["FIXED_TIME", "FORMATS", "cell_text", "render", "write"]
