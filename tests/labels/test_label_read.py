"""Reading labels through the public API, with where each was found."""

from __future__ import annotations

import io

import docx
import pikepdf

import assetclass
from assetclass.config import load_config
from assetclass.engine import Engine

from .label_docs import add_parts, docx_bytes, pdf_bytes, pptx_bytes, xlsx_bytes


def labels(data: bytes, name: str, engine: Engine | None = None) -> list[tuple[int, str, str]]:
    found = assetclass.read_labels_of(data=data, name=name, engine=engine)
    return sorted((lb.level, lb.where, lb.source) for lb in found)


def test_docx_header_footer_and_body() -> None:
    data = docx_bytes(header="【機密性２】", footer="機密性2 持出禁止", body=["機密性2", "本文"])
    found = labels(data, "a.docx")
    assert (2, "header (section 1, default)", "visible") in found
    assert (2, "footer (section 1, default)", "visible") in found
    assert (2, "paragraph 1", "visible") in found
    result = assetclass.scan_bytes(data, "a.docx")
    assert result.label == 2
    restrictions = {r for lb in result.labels for r in lb.restrictions}
    assert restrictions == {"持出禁止"}


def test_docx_first_page_header() -> None:
    d = docx.Document()
    d.add_paragraph("一")
    d.sections[0].different_first_page_header_footer = True
    d.sections[0].first_page_header.paragraphs[0].text = "機密性3"
    buf = io.BytesIO()
    d.save(buf)
    assert labels(buf.getvalue(), "x.docx") == [(3, "header (section 1, first)", "visible")]


def test_prose_deep_in_body_is_not_a_label() -> None:
    body = [
        "情報セキュリティ対策基準",
        "第1条 目的",
        "第2条 定義",
        "機密性3の情報は暗号化して保存する。",
        "機密性2",
    ]
    assert labels(docx_bytes(body=body), "policy.docx") == []


def test_docx_properties_and_sensitivity_labels() -> None:
    guid = "11111111-2222-3333-4444-555555555555"
    data = docx_bytes(
        custom={
            "機密性": "機密性3",
            f"MSIP_Label_{guid}_Enabled": "true",
            f"MSIP_Label_{guid}_Name": "Confidential",
        },
        core_title="【機密性3】会議録",
    )
    found = labels(data, "p.docx")
    assert (3, "custom property 機密性", "metadata") in found
    assert (2, f"sensitivity label MSIP_Label_{guid}", "metadata") in found
    assert (3, "property title", "metadata") in found


def test_label_info_part_mapped_by_configuration() -> None:
    guid = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
    info = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">'
        f'<clbl:label id="{{{guid}}}" enabled="1" method="Standard" siteId="{{0}}" removed="0"/>'
        "</clbl:labelList>"
    )
    data = add_parts(docx_bytes(), {"docMetadata/LabelInfo.xml": info.encode()})
    assert labels(data, "m.docx") == []  # unknown label id: not mapped
    config = load_config(search=False).with_overrides({"labels": {"msip": {"ids": {guid: 3}}}})
    engine = Engine(config=config, outside_plugins=False)
    assert labels(data, "m.docx", engine) == [(3, "sensitivity label (LabelInfo.xml)", "metadata")]


def test_xlsx_headers_cells_and_sheet_names() -> None:
    data = xlsx_bytes(header="機密性3", cell_a1="【機密性３】", sheet_name="機密性3_名簿")
    found = labels(data, "b.xlsx")
    assert (3, "header (機密性3_名簿, oddHeader)", "visible") in found
    assert (3, "機密性3_名簿!A1", "visible") in found
    assert (3, "sheet name 機密性3_名簿", "visible") in found


def test_pptx_master_and_slides() -> None:
    data = pptx_bytes(box="【機密性2】")
    assert (2, "slide 1", "visible") in labels(data, "c.pptx")


def test_pdf_top_of_page_and_metadata() -> None:
    data = pdf_bytes(top="機密性３", body="機密性1の情報とは何かを説明する本文")
    found = labels(data, "d.pdf")
    assert found == [(3, "page 1 top", "visible")]
    pdf = pikepdf.open(io.BytesIO(data))
    pdf.docinfo["/Confidentiality"] = "機密性2"
    out = io.BytesIO()
    pdf.save(out)
    assert (2, "Info Confidentiality", "metadata") in labels(out.getvalue(), "d.pdf")


def test_file_name_labels() -> None:
    assert labels(docx_bytes(), "【機密性3】議事録.docx") == [(3, "filename", "filename")]
    assert labels(b"a,b\n", "機密性2_名簿.csv") == [(2, "filename", "filename")]
    assert labels(b"a,b\n", "秘書課名簿.csv") == []


def test_legacy_marks() -> None:
    found = assetclass.read_labels_of(data=docx_bytes(header="取扱注意"), name="e.docx")
    assert [(lb.level, lb.source) for lb in found] == [(2, "legacy")]


def test_label_is_the_highest_and_conflicts_are_violations() -> None:
    result = assetclass.scan_bytes(docx_bytes(header="機密性2", footer="機密性3"), "f.docx")
    assert result.label == 3
    assert "AC104" in [v.code for v in result.violations]


def test_text_file_body_labels() -> None:
    result = assetclass.scan_bytes("【機密性2】\n会議メモ\n".encode(), "memo.txt")
    assert result.label == 2
