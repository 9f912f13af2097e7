"""Every format, written with corpus.factory.writers: the text comes back with the right region and locator."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus.factory.writers import FORMATS, render

from assetclass.model import Region

from .helpers import blocks, register_spec, texts

SPEC = register_spec()


def test_writers_are_deterministic_for_every_format() -> None:
    import time

    first = {fmt: render(SPEC, fmt) for fmt in FORMATS}
    time.sleep(1.1)  # a timestamp that leaks into the output changes within this second
    for fmt in FORMATS:
        assert render(SPEC, fmt) == first[fmt], fmt
        assert len(first[fmt]) > 50, fmt


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_spreadsheet_cells_of_every_sheet(fmt: str, extract, write_spec) -> None:
    name, data = write_spec(SPEC, fmt)
    doc = extract(name, data)
    assert doc.format == fmt
    sheets = {t.name: t for t in doc.tables}
    assert set(sheets) == {"名簿", "非表示", "完全非表示"}
    register = sheets["名簿"]
    assert register.is_sheet and not register.hidden
    # title merged in row 1, blank row 2, header row 3, data from row 4
    assert register.rows[0][0] == "世帯一覧（令和6年度）"
    header_row = register.rows.index(["氏名", "個人番号", "生年月日"])
    assert register.cell_locator(header_row, 0) == "名簿!A3"
    yamada = register.rows[header_row + 1]
    assert yamada == ["山田 太郎", 123456789018, dt.date(1975, 1, 1)]
    assert isinstance(yamada[1], int)  # not 123456789018.0
    assert register.cell_locator(header_row + 1, 1) == "名簿!B4"
    assert register.rows[header_row + 2] == [None, None, None]  # blank rows are kept
    assert sheets["非表示"].hidden and sheets["非表示"].rows == [["滞納者", "高橋 次郎"]]
    assert sheets["完全非表示"].hidden and sheets["完全非表示"].rows == [["病名", "糖尿病"]]
    names = {(b.text, b.hidden) for b in doc.blocks if b.region == Region.SHEET_NAME}
    assert names == {("名簿", False), ("非表示", True), ("完全非表示", True)}


def test_xlsx_comments_headers_and_properties(extract, write_spec) -> None:
    doc = extract(*write_spec(SPEC, "xlsx"))
    assert ("名簿!A4 (comment)", "転居予定のメモ") in blocks(doc, Region.COMMENT)
    assert ("名簿 (header)", "機密性３") in blocks(doc, Region.HEADER)
    assert ("名簿 (footer)", "市民課") in blocks(doc, Region.FOOTER)
    # document-level header goes on the sheets without their own, hidden ones flagged
    hidden_header = [b for b in doc.blocks if b.locator == "非表示 (header)"]
    assert hidden_header and hidden_header[0].text == "【機密性２】" and hidden_header[0].hidden
    assert doc.properties["title"] == "世帯一覧"
    assert doc.properties["custom:分類"] == "機密性2"
    register = next(t for t in doc.tables if t.name == "名簿")
    header_row = register.rows.index(["氏名", "個人番号", "生年月日"])
    assert register.number_formats[(header_row + 1, 1)] == "0"  # the 12-digit number column
    assert register.number_formats[(header_row + 1, 2)] == "yyyy/mm/dd"
    assert (header_row, 0) not in register.number_formats  # General is not recorded


def test_xlsx_sheet_offsets_when_data_does_not_start_at_a1(extract) -> None:
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "台帳"
    ws["C5"] = "氏名"
    ws["D5"] = "電話番号"
    ws["C6"] = "山田 花子"
    ws["D6"] = "0193-27-8411"
    ws.oddHeader.left.text = "機密性２"  # type: ignore[union-attr]
    ws.oddHeader.left.font = "ＭＳ 明朝,太字"  # type: ignore[union-attr]
    ws.oddHeader.right.text = "&P / &N"  # type: ignore[union-attr]
    ws.evenFooter.center.text = "偶数ページ フッター"  # type: ignore[union-attr]
    buf = io.BytesIO()
    wb.save(buf)
    doc = extract("台帳.xlsx", buf.getvalue())
    table = doc.tables[0]
    assert table.rows[0] == ["氏名", "電話番号"]
    assert table.cell_locator(1, 1) == "台帳!D6"
    assert table.range_locator(1, 0, 1, 1) == "台帳!C6:D6"
    headers = blocks(doc, Region.HEADER)
    assert headers == [("台帳 (header)", "機密性２ /")]  # font and page-number codes stripped
    assert ("台帳 (even page footer)", "偶数ページ フッター") in blocks(doc, Region.FOOTER)


def test_xlsx_shapes_and_threaded_comments(extract) -> None:
    """Text boxes in drawings and threaded comments (the legacy copy of a threaded one is skipped)."""
    import io
    import zipfile

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "一覧"
    ws["A1"] = "氏名"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    members = {n: src.read(n) for n in src.namelist()}
    xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    members["xl/drawings/drawing1.xml"] = (
        f'<xdr:wsDr xmlns:xdr="{xdr}" xmlns:a="{a}"><xdr:twoCellAnchor><xdr:sp><xdr:txBody>'
        "<a:p><a:r><a:t>図形の中の氏名 山田 太郎</a:t></a:r></a:p></xdr:txBody></xdr:sp>"
        "</xdr:twoCellAnchor></xdr:wsDr>"
    ).encode()
    tc = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
    members["xl/threadedComments/threadedComment1.xml"] = (
        f'<ThreadedComments xmlns="{tc}"><threadedComment ref="A1" id="{{1}}">'
        "<text>スレッド形式のコメント</text></threadedComment></ThreadedComments>"
    ).encode()
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    members["xl/comments1.xml"] = (
        f'<comments xmlns="{main}"><authors><author>a</author></authors><commentList>'
        '<comment ref="A1" authorId="0"><text><t>[Threaded comment] 旧形式の写し</t></text></comment>'
        "</commentList></comments>"
    ).encode()
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members["xl/worksheets/_rels/sheet1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/drawing" Target="../drawings/drawing1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/comments" Target="../comments1.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2017/10/relationships/'
        'threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>'
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n, blob in members.items():
            dst.writestr(n, blob)
    doc = extract("shapes.xlsx", out.getvalue())
    assert blocks(doc, Region.TEXTBOX) == [("一覧 (shape 1)", "図形の中の氏名 山田 太郎")]
    assert blocks(doc, Region.COMMENT) == [("一覧!A1 (comment)", "スレッド形式のコメント")]


def test_docx_everywhere(extract, write_spec) -> None:
    doc = extract(*write_spec(SPEC, "docx"))
    body = blocks(doc, Region.BODY)
    assert ("paragraph 1", "住民基本台帳 抽出一覧") in body
    assert ("paragraph 2", "山田太郎様の住所は岩手県釜石市只越町3-9-13です。") in body
    headers = blocks(doc, Region.HEADER)
    assert ("header (section 1)", "【機密性２】") in headers
    assert ("header (section 2)", "【機密性２】") in headers
    assert ("header (section 1, first page)", "表紙ヘッダー") in headers
    assert ("footer (section 2)", "総務課 取扱注意") in blocks(doc, Region.FOOTER)
    assert blocks(doc, Region.COMMENT) == [("comment 1", "確認者のコメント")]
    # DrawingML text box + its VML fallback: read exactly once
    assert blocks(doc, Region.TEXTBOX) == [("text box 1", "テキストボックスの氏名 田中 三郎")]
    assert not any("田中 三郎" in t for t in texts(doc, Region.BODY))
    assert blocks(doc, Region.FOOTNOTE) == [("footnote 1", "脚注：出典は住民記録システム")]
    tables = {t.locator: t.rows for t in doc.tables}
    assert tables["table 1"] == [["氏名", "住所"], ["佐藤 花子", "釜石市大町1-1"]]
    assert ["山田 太郎", "123456789018", "1975/01/01"] in tables["table 2"]
    assert doc.properties["custom:分類"] == "機密性2"
    assert doc.properties["title"] == "世帯一覧"


def test_docx_merged_and_nested_tables_and_hidden_text(extract) -> None:
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "世帯"  # gridSpan
    table.cell(0, 2).text = "備考"
    table.cell(1, 0).text = "氏名"
    table.cell(1, 1).text = "住所"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "縦結合"  # vMerge
    table.cell(2, 0).text = "山田 太郎"
    table.cell(2, 1).text = "釜石市"
    inner = table.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "内側"
    inner.cell(0, 1).text = "表"
    paragraph = document.add_paragraph()
    run = paragraph.add_run("隠し文字の氏名")
    vanish = OxmlElement("w:vanish")
    run._r.get_or_add_rPr().append(vanish)
    assert vanish.tag == qn("w:vanish")
    document.add_paragraph("見える段落")
    buf = io.BytesIO()
    document.save(buf)
    doc = extract("merged.docx", buf.getvalue())
    outer, nested = doc.tables
    assert outer.locator == "table 1" and nested.locator == "table 2"
    assert outer.rows[0] == ["世帯", None, "備考"]  # the grid keeps the span's columns
    assert outer.rows[1] == ["氏名", "住所", "縦結合"]
    assert outer.rows[2] == ["山田 太郎", "釜石市", None]  # continued vertical merge
    assert nested.rows == [["内側", "表"]]
    hidden = [b for b in doc.blocks if b.text == "隠し文字の氏名"]
    assert hidden and hidden[0].hidden
    assert [b.hidden for b in doc.blocks if b.text == "見える段落"] == [False]


def test_pptx_slides_tables_notes_and_masters(extract, write_spec) -> None:
    import io

    from pptx import Presentation

    data = render(SPEC, "pptx")
    prs = Presentation(io.BytesIO(data))
    prs.slides[1]._element.set("show", "0")  # hide slide 2
    buf = io.BytesIO()
    prs.save(buf)
    doc = extract("deck.pptx", buf.getvalue())
    slides = blocks(doc, Region.SLIDE)
    assert ("slide 1", "住民基本台帳 抽出一覧") in slides
    assert ("slide 1", "テキストボックスの氏名 田中 三郎") in slides
    slide2 = [b for b in doc.blocks if b.locator == "slide 2" and "山田太郎様" in b.text]
    assert slide2 and slide2[0].hidden and slide2[0].page == 2
    assert ("slide 1 (notes)", "発表者ノート：個人情報あり") in blocks(doc, Region.NOTES)
    table = next(t for t in doc.tables if t.rows and t.rows[0] == ["氏名", "住所"])
    assert table.locator.startswith("slide ") and table.rows[1] == ["佐藤 花子", "釜石市大町1-1"]
    assert any(loc == "slide master 1" for loc, _ in slides)
    assert doc.pages == len(prs.slides)
    assert doc.properties["custom:分類"] == "機密性2"


def test_pdf_pages_header_lines_and_metadata(extract) -> None:
    from corpus.factory.spec import DocSpec

    spec = DocSpec(
        title="滞納整理簿",
        paragraphs=[f"{i}行目：鈴木 一郎様 保育料 滞納額 12,000円" for i in range(120)],
        header="【機密性３】",
        footer="納税課",
        properties={"title": "滞納整理簿", "author": "納税課"},
    )
    doc = extract("arrears.pdf", render(spec, "pdf"))
    assert doc.pages is not None and doc.pages >= 2
    pages = blocks(doc, Region.PAGE)
    assert [loc for loc, _ in pages] == [f"page {n}" for n in range(1, doc.pages + 1)]
    page2 = pages[1][1]
    assert "【機密性３】" in page2 and "納税課" in page2 and "鈴木 一郎様" in page2
    assert doc.blocks[1].page == 2
    assert doc.properties["title"] == "滞納整理簿"
    assert not doc.uninspectable


def test_pdf_scanned_page_is_uninspectable(extract) -> None:
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (40, 40), "white")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawImage(ImageReader(image), 100, 500, 200, 200)
    c.showPage()
    c.save()
    doc = extract("scan.pdf", buf.getvalue())
    # a blank scanned page: OCR finds nothing readable, or (no Tesseract) the page is not read at all
    from assetclass.extract.ocr import OcrSettings, unavailable

    if unavailable(OcrSettings()) is None:
        assert doc.uninspectable == ["page 1: OCR found no readable text (confidence 0.00)"]
        assert [p.page for p in doc.ocr_pages] == [1]
    else:
        assert doc.uninspectable[0].startswith("page 1: no text layer (scanned image?); OCR is not available")
    assert not doc.blocks


@pytest.mark.parametrize("fmt", ["csv", "csv-cp932", "csv-eucjp", "tsv"])
def test_delimited_encodings(fmt: str, extract, write_spec) -> None:
    doc = extract(*write_spec(SPEC, fmt))
    rows = doc.tables[0].rows
    assert ["氏名", "個人番号", "生年月日"] in rows
    assert ["山田 太郎", "123456789018", "1975/01/01"] in rows
    assert ["滞納者", "高橋 次郎"] in rows  # hidden sheets are written too


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp932", b""), ("euc_jp", b""), ("utf-16-le", b"\xff\xfe")],
)
def test_text_encodings_and_paragraph_blocks(encoding: str, bom: bytes, extract) -> None:
    text = "件名：保育料の滞納について\r\n\r\n山田 太郎 様\r\n岩手県釜石市只越町3-9-13\r\n\r\nｶﾀｶﾅ以外の本文です。\r\n"
    doc = extract("letter.txt", bom + text.encode(encoding))
    assert blocks(doc) == [
        ("line 1", "件名：保育料の滞納について"),
        ("lines 3-4", "山田 太郎 様\n岩手県釜石市只越町3-9-13"),
        ("line 6", "ｶﾀｶﾅ以外の本文です。"),
    ]


def test_csv_dialect_is_sniffed(extract) -> None:
    data = "氏名;電話番号\n山田 太郎;090-1234-5678\n".encode("cp932")
    doc = extract("list.csv", data)
    assert doc.tables[0].rows == [["氏名", "電話番号"], ["山田 太郎", "090-1234-5678"]]
    assert doc.tables[0].cell_locator(1, 1) == "list.csv (row 2, col 2)"


def test_csv_sniffed_from_a_sample_keeps_doubled_quotes_further_down(extract) -> None:
    # the dialect is guessed from the first lines only; a quote written as "" far below must still
    # decode to one quote and keep the row intact (spreadsheets always double quotes this way)
    rows = [f"{i};区民{i};090-0000-{i:04d}" for i in range(3000)]  # ~80 KB: past any sniffed sample
    rows.append('3000;"団体""ひまわり""の会";"複数行の\n備考"')
    doc = extract("big.csv", ("番号;名称;電話\n" + "\n".join(rows) + "\n").encode("utf-8"))
    table = doc.tables[0].rows
    assert len(table) == 3002 and table[1] == ["0", "区民0", "090-0000-0000"]
    assert table[-1] == ["3000", '団体"ひまわり"の会', "複数行の\n備考"]


def test_ods_cell_annotations(extract, write_spec) -> None:
    doc = extract(*write_spec(SPEC, "ods"))
    assert ("名簿!A4 (comment)", "転居予定のメモ") in blocks(doc, Region.COMMENT)
    assert doc.properties["custom:分類"] == "機密性2"


def test_odt_everywhere(extract, write_spec) -> None:
    doc = extract(*write_spec(SPEC, "odt"))
    assert doc.format == "odt"
    body = texts(doc, Region.BODY)
    assert "山田太郎様の住所は岩手県釜石市只越町3-9-13です。" in body
    assert ("header (page style Standard)", "【機密性２】") in blocks(doc, Region.HEADER)
    assert ("footer (page style Standard)", "総務課 取扱注意") in blocks(doc, Region.FOOTER)
    assert blocks(doc, Region.COMMENT) == [("comment 1", "確認者のコメント")]
    assert blocks(doc, Region.FOOTNOTE) == [("footnote 1", "脚注：出典は住民記録システム")]
    assert blocks(doc, Region.TEXTBOX) == [("text box 1", "テキストボックスの氏名 田中 三郎")]
    assert doc.tables[0].rows == [["氏名", "住所"], ["佐藤 花子", "釜石市大町1-1"]]
    assert doc.properties["custom:分類"] == "機密性2"


def test_odp_slides_and_notes(extract) -> None:
    import io

    from odf import draw, presentation, style, text
    from odf.opendocument import OpenDocumentPresentation

    deck = OpenDocumentPresentation()
    layout = style.PageLayout(name="pl")
    deck.automaticstyles.addElement(layout)
    master = style.MasterPage(name="Default", pagelayoutname=layout)
    deck.masterstyles.addElement(master)
    hidden_style = style.Style(name="dpHidden", family="drawing-page")
    hidden_style.addElement(style.DrawingPageProperties(visibility="hidden"))
    deck.automaticstyles.addElement(hidden_style)
    for number, (words, note) in enumerate(
        [("表紙 機密性２", "説明メモ"), ("山田 太郎 様 滞納額", "")], start=1
    ):
        page = draw.Page(name=f"p{number}", masterpagename=master)
        if number == 2:
            page.setAttribute("stylename", hidden_style)
        frame = draw.Frame(width="20cm", height="3cm", x="1cm", y="1cm")
        box = draw.TextBox()
        box.addElement(text.P(text=words))
        frame.addElement(box)
        page.addElement(frame)
        if note:
            notes = presentation.Notes()
            nframe = draw.Frame(width="20cm", height="3cm", x="1cm", y="10cm")
            nbox = draw.TextBox()
            nbox.addElement(text.P(text=note))
            nframe.addElement(nbox)
            notes.addElement(nframe)
            page.addElement(notes)
        deck.presentation.addElement(page)
    buf = io.BytesIO()
    deck.write(buf)
    doc = extract("deck.odp", buf.getvalue())
    assert doc.format == "odp" and doc.pages == 2
    assert ("slide 1", "表紙 機密性２") in blocks(doc, Region.SLIDE)
    hidden = [b for b in doc.blocks if b.locator == "slide 2"]
    assert [(b.text, b.hidden, b.page) for b in hidden] == [("山田 太郎 様 滞納額", True, 2)]
    assert blocks(doc, Region.NOTES) == [("slide 1 (notes)", "説明メモ")]


def test_xls_headers_and_footers_from_biff_records(extract, write_spec) -> None:
    doc = extract(*write_spec(SPEC, "xls"))
    assert ("名簿 (header)", "機密性３") in blocks(doc, Region.HEADER)
    assert ("名簿 (footer)", "市民課") in blocks(doc, Region.FOOTER)
    hidden = [b for b in doc.blocks if b.locator == "完全非表示 (header)"]
    assert [(b.text, b.hidden) for b in hidden] == [("【機密性２】", True)]
