"""Builders of small label test documents (generated here, never copied from elsewhere)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

import docx
import openpyxl
import pikepdf
import pptx
from docx.oxml.ns import qn
from openpyxl.chart import BarChart, Reference
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CJK = "HeiseiKakuGo-W5"


def docx_bytes(
    *,
    header: str | None = None,
    footer: str | None = None,
    body: Iterable[str] = ("議事録",),
    sections: int = 1,
    title_page: bool = False,
    even_odd: bool = False,
    link_second: bool = True,
    custom: dict[str, str] | None = None,
    core_title: str | None = None,
) -> bytes:
    d = docx.Document()
    for text in body:
        d.add_paragraph(text)
    for _ in range(sections - 1):
        d.add_section()
        d.add_paragraph("次の節")
    first = d.sections[0]
    if header is not None:
        first.header.paragraphs[0].text = header
    if footer is not None:
        first.footer.paragraphs[0].text = footer
    if title_page:
        first.different_first_page_header_footer = True
    if even_odd:
        d.settings.odd_and_even_pages_header_footer = True
    if sections > 1 and not link_second:
        d.sections[1].header.is_linked_to_previous = False
        d.sections[1].header.paragraphs[0].text = "第二節のヘッダー"
    if core_title is not None:
        d.core_properties.title = core_title
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    if custom:
        data = add_custom_properties(data, custom)
    return data


def add_custom_properties(data: bytes, values: dict[str, str]) -> bytes:
    """Add docProps/custom.xml by hand (the way Office writes it)."""
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{k}">'
        f"<vt:lpwstr>{v}</vt:lpwstr></property>"
        for i, (k, v) in enumerate(values.items(), start=2)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{props}</Properties>"
    )
    return add_parts(
        data,
        {"docProps/custom.xml": custom.encode()},
        overrides={
            "/docProps/custom.xml": "application/vnd.openxmlformats-officedocument.custom-properties+xml"
        },
        package_rels={
            "docProps/custom.xml": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
        },
    )


def add_parts(
    data: bytes,
    parts: dict[str, bytes],
    *,
    overrides: dict[str, str] | None = None,
    package_rels: dict[str, str] | None = None,
) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "[Content_Types].xml" and overrides:
                extra = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
                content = content.replace(b"</Types>", extra.encode() + b"</Types>")
            if info.filename == "_rels/.rels" and package_rels:
                extra = "".join(
                    f'<Relationship Id="rIdT{i}" Type="{t}" Target="{k}"/>'
                    for i, (k, t) in enumerate(package_rels.items())
                )
                content = content.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
            z.writestr(info, content)
        for name, content in parts.items():
            z.writestr(name, content)
    return out.getvalue()


def xlsx_bytes(
    *,
    header: str | None = None,
    cell_a1: str | None = None,
    sheet_name: str = "名簿",
    chart: bool = False,
    different_first: bool = False,
    second_sheet: str | None = None,
) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_name
    if cell_a1 is not None:
        ws["A1"] = cell_a1
    for i in range(2, 7):
        ws.cell(row=i, column=1, value="項目")
        ws.cell(row=i, column=2, value=i)
    if header is not None:
        ws.oddHeader.center.text = header
    if different_first:
        ws.HeaderFooter.differentFirst = True
    if chart:
        ch = BarChart()
        ch.add_data(Reference(ws, min_col=2, min_row=2, max_row=6))
        ws.add_chart(ch, "D2")
    if second_sheet:
        ws2 = wb.create_sheet(second_sheet)
        ws2["A1"] = "集計"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pptx_bytes(*, slide_text: str = "説明会", box: str | None = None) -> bytes:
    pr = pptx.Presentation()
    slide = pr.slides.add_slide(pr.slide_layouts[1])
    assert slide.shapes.title is not None
    slide.shapes.title.text = slide_text
    if box is not None:
        tb = slide.shapes.add_textbox(0, 0, 2000000, 400000)
        tb.text_frame.text = box
    buf = io.BytesIO()
    pr.save(buf)
    return buf.getvalue()


def pdf_bytes(
    *, top: str | None = None, body: str = "本文です", pages: int = 1, rotations: Iterable[int] = ()
) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont(CJK))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=True)
    for _ in range(pages):
        c.setFont(CJK, 11)
        if top is not None:
            c.drawString(72, 800, top)
        c.drawString(72, 400, body)
        c.showPage()
    c.save()
    data = buf.getvalue()
    rots = list(rotations)
    if rots:
        pdf = pikepdf.open(io.BytesIO(data))
        for page, rot in zip(pdf.pages, rots, strict=False):
            page.rotate(rot, relative=False)
        out = io.BytesIO()
        pdf.save(out)
        data = out.getvalue()
    return data


def docx_first_header_ids(data: bytes) -> list[str]:
    """headerReference types of every section, for assertions."""
    d = docx.Document(io.BytesIO(data))
    return [
        ",".join(sorted(ref.get(qn("w:type")) for ref in s._sectPr.findall(qn("w:headerReference"))))
        for s in d.sections
    ]


def members(data: bytes) -> dict[str, zipfile.ZipInfo]:
    return {i.filename: i for i in zipfile.ZipFile(io.BytesIO(data)).infolist()}
