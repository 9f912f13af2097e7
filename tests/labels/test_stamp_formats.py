"""What each format's stamp writes, and that a scan reads it back."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import openpyxl
import pikepdf
import pptx
import pytest
from lxml import etree

import assetclass
from assetclass.exceptions import StampError

from .label_docs import docx_bytes, docx_first_header_ids, pdf_bytes, pptx_bytes, xlsx_bytes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _header_texts(data: bytes) -> list[list[str]]:
    d = docx.Document(io.BytesIO(data))
    out = []
    for s in d.sections:
        texts = [p.text for p in s.header.paragraphs]
        if s.different_first_page_header_footer:
            texts += ["first:" + p.text for p in s.first_page_header.paragraphs]
        if d.settings.odd_and_even_pages_header_footer:
            texts += ["even:" + p.text for p in s.even_page_header.paragraphs]
        out.append(texts)
    return out


def test_docx_keeps_header_content_and_covers_every_header_type() -> None:
    data = docx_bytes(header="総務課", title_page=True, even_odd=True)
    stamped = assetclass.stamp_bytes(data, "a.docx", 3, restrictions=["持出禁止"])
    (texts,) = _header_texts(stamped)
    assert texts[:2] == ["【機密性3】 持出禁止", "総務課"]  # prepended, existing content kept
    assert "first:【機密性3】 持出禁止" in texts
    assert "even:【機密性3】 持出禁止" in texts
    assert docx_first_header_ids(stamped) == ["default,even,first"]
    result = assetclass.scan_bytes(stamped, "a.docx")
    assert result.label == 3
    assert {r for lb in result.labels for r in lb.restrictions} == {"持出禁止"}
    props = zipfile.ZipFile(io.BytesIO(stamped)).read("docProps/custom.xml").decode()
    assert 'name="機密性"' in props and "機密性3" in props and "取扱制限" in props


def test_docx_sections_linked_and_unlinked() -> None:
    linked = assetclass.stamp_bytes(docx_bytes(sections=2), "l.docx", 2)
    assert _header_texts(linked)[0] == ["【機密性2】"]
    assert _header_texts(linked)[1] == ["【機密性2】"]  # shown through the link
    unlinked = assetclass.stamp_bytes(docx_bytes(sections=2, link_second=False), "u.docx", 2)
    texts = _header_texts(unlinked)
    assert texts[0][0] == "【機密性2】"
    assert texts[1][:2] == ["【機密性2】", "第二節のヘッダー"]


def test_docx_without_any_header_gets_header_parts() -> None:
    stamped = assetclass.stamp_bytes(docx_bytes(), "n.docx", 1)
    names = zipfile.ZipFile(io.BytesIO(stamped)).namelist()
    assert any(n.startswith("word/header") for n in names)
    ct = zipfile.ZipFile(io.BytesIO(stamped)).read("[Content_Types].xml").decode()
    assert "wordprocessingml.header+xml" in ct
    assert assetclass.scan_bytes(stamped, "n.docx").label == 1


def test_xlsx_header_in_schema_order_and_drawing_kept() -> None:
    data = xlsx_bytes(chart=True, different_first=True, second_sheet="集計")
    stamped = assetclass.stamp_bytes(data, "b.xlsx", 3)
    z = zipfile.ZipFile(io.BytesIO(stamped))
    assert any(n.startswith("xl/charts/") for n in z.namelist())
    root = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    order = [etree.QName(el).localname for el in root]
    assert order.index("headerFooter") < order.index("drawing")
    assert order.index("pageMargins") < order.index("headerFooter")
    hf = root.find(f"{S}headerFooter")
    assert hf is not None
    assert "【機密性3】" in (hf.findtext(f"{S}oddHeader") or "")
    assert "【機密性3】" in (hf.findtext(f"{S}firstHeader") or "")
    root2 = etree.fromstring(z.read("xl/worksheets/sheet2.xml"))
    assert "【機密性3】" in (root2.findtext(f"{S}headerFooter/{S}oddHeader") or "")
    wb = openpyxl.load_workbook(io.BytesIO(stamped))
    assert wb["名簿"].oddHeader.right.text == "【機密性3】"
    assert assetclass.scan_bytes(stamped, "b.xlsx").label == 3


def test_xlsx_header_limit() -> None:
    data = xlsx_bytes(header="課" * 250)
    with pytest.raises(StampError) as info:
        assetclass.stamp_bytes(data, "long.xlsx", 2)
    assert "255" in str(info.value)


def test_pptx_master_text_box() -> None:
    stamped = assetclass.stamp_bytes(pptx_bytes(), "c.pptx", 2)
    pres = pptx.Presentation(io.BytesIO(stamped))
    texts = [sh.text_frame.text for m in pres.slide_masters for sh in m.shapes if sh.has_text_frame]
    assert "【機密性2】" in texts
    assert assetclass.scan_bytes(stamped, "c.pptx").label == 2


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_pdf_mark_on_every_page_any_rotation(rotate: int) -> None:
    data = pdf_bytes(pages=3, rotations=[rotate] * 3)
    stamped = assetclass.stamp_bytes(data, "d.pdf", 3)
    labels = assetclass.read_labels_of(data=stamped, name="d.pdf")
    assert sorted(lb.where for lb in labels if lb.source == "visible") == [
        "page 1 top",
        "page 2 top",
        "page 3 top",
    ]
    pdf = pikepdf.open(io.BytesIO(stamped))
    assert str(pdf.docinfo["/Confidentiality"]) == "機密性3"
    with pdf.open_metadata() as meta:
        assert meta["pdfx:Confidentiality"] == "機密性3"
    fonts = [f for f in pdf.pages[0].Resources.Font.values() if f.get("/BaseFont") == "/HeiseiKakuGo-W5"]
    fonts = [f for f in fonts if "/ToUnicode" in f]  # ours (reportlab's own font has no ToUnicode)
    assert len(fonts) == 1
    assert fonts[0].BaseFont == "/HeiseiKakuGo-W5"
    assert fonts[0].DescendantFonts[0].Subtype == "/CIDFontType0"
    assert "/FontFile" not in fonts[0].DescendantFonts[0].FontDescriptor  # standard font, not embedded
    # original content wrapped in q/Q: the first stream is just "q"
    assert pdf.pages[0].Contents[0].read_bytes().strip() == b"q"


def test_stamp_document_docx_and_workbook() -> None:
    d = docx.Document()
    d.add_paragraph("通知")
    assert assetclass.stamp_document(d, 2) == 2
    assert d.sections[0].header.paragraphs[0].text == "【機密性2】"
    assert assetclass.scan_document(d).label == 2
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "一覧"
    assert assetclass.stamp_document(wb, 3) == 3
    assert ws.oddHeader.right.text == "【機密性3】"
    assert assetclass.scan_document(wb).label == 3
    with pytest.raises(StampError):
        assetclass.stamp_document(wb, 1)  # never lowered without force
    assert assetclass.stamp_document(wb, 1, force=True) == 1


def test_classified_level_is_the_default() -> None:
    stamped = assetclass.stamp_bytes(docx_bytes(body=["会議の日程について"]), "plain.docx")
    result = assetclass.scan_bytes(stamped, "plain.docx")
    assert result.label == result.level


def test_xlsx_with_prefixed_sheet_xml() -> None:
    """Some writers use a prefix for the spreadsheetml namespace (<x:worksheet>)."""
    data = xlsx_bytes(header="機密性1")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb"<(/?)(?!\?)([A-Za-z]+[ />])", rb"<\1x:\2", content)
                content = content.replace(b'xmlns="http://schemas', b'xmlns:x="http://schemas', 1)
            z.writestr(info, content)
    prefixed = out.getvalue()
    assert b"<x:headerFooter>" in zipfile.ZipFile(io.BytesIO(prefixed)).read("xl/worksheets/sheet1.xml")
    assert assetclass.scan_bytes(prefixed, "p.xlsx").label == 1
    stamped = assetclass.stamp_bytes(prefixed, "p.xlsx", 2)
    result = assetclass.scan_bytes(stamped, "p.xlsx")
    assert result.label == 2
    assert {lb.level for lb in result.labels} == {2}


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pptx"])
def test_restriction_added_to_an_existing_mark(fmt: str) -> None:
    builders = {"docx": docx_bytes, "xlsx": xlsx_bytes, "pptx": pptx_bytes}
    first = assetclass.stamp_bytes(builders[fmt](), f"r.{fmt}", 3)
    second = assetclass.stamp_bytes(first, f"r.{fmt}", 3, restrictions=["持出禁止"])
    assert second != first
    visible = [lb for lb in assetclass.read_labels_of(data=second, name=f"r.{fmt}") if lb.source == "visible"]
    assert visible and all(lb.restrictions == ["持出禁止"] for lb in visible)
    assert sum(lb.text == "【機密性3】" for lb in visible) == len(visible)  # no second mark added
    assert assetclass.stamp_bytes(second, f"r.{fmt}", 3, restrictions=["持出禁止"]) == second


def test_pdf_restriction_on_a_stamped_pdf_goes_to_metadata() -> None:
    first = assetclass.stamp_bytes(pdf_bytes(), "r.pdf", 3)
    second = assetclass.stamp_bytes(first, "r.pdf", 3, restrictions=["持出禁止"])
    with pikepdf.open(io.BytesIO(second)) as pdf:
        assert str(pdf.docinfo["/HandlingRestrictions"]) == "持出禁止"
    assert assetclass.stamp_bytes(second, "r.pdf", 3, restrictions=["持出禁止"]) == second
