"""Bad input ends as a clear per-file status and message through the public API, never a crash."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from corpus.factory.spec import DocSpec, SheetSpec
from corpus.factory.writers import render

import assetclass
from assetclass.formats.sniff import sniff

SPEC = DocSpec(
    title="名簿",
    paragraphs=["山田 太郎 様"],
    sheets=[SheetSpec(name="名簿", rows=[["氏名"], ["山田 太郎"]])],
)


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, replace.get(name, src.read(name)))
        for name, blob in replace.items():
            if name not in src.namelist():
                dst.writestr(name, blob)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pptx"])
def test_truncated_package(fmt: str) -> None:
    data = render(SPEC, fmt)
    result = assetclass.scan_bytes(data[: len(data) // 2], f"cut.{fmt}")
    assert result.status == "error"
    assert result.message_en == f"not a valid {fmt} file (truncated or corrupt zip package)"
    assert result.message and "壊れて" in result.message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("foo.xlsx", "not a valid xlsx file (not a zip package)"),
        ("foo.docx", "not a valid docx file (not a zip package)"),
        ("foo.pptx", "not a valid pptx file (not a zip package)"),
        ("foo.xls", "not a valid xls file (not an OLE2 compound file)"),
        ("foo.doc", "not a valid doc file (not an OLE2 compound file)"),
        ("foo.pdf", "not a valid pdf file (no %PDF header)"),
    ],
)
def test_garbage_with_an_office_extension(name: str, expected: str) -> None:
    result = assetclass.scan_bytes(b"this is not an office file at all\x00\x01" * 10, name)
    assert (result.status, result.message_en) == ("error", expected)
    assert result.format == name.rsplit(".", 1)[1]


@pytest.mark.parametrize("name", ["empty.xlsx", "empty.pdf", "empty.csv", "empty.unknownext", "noext"])
def test_empty_files(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    result = assetclass.scan_path(path)
    assert (result.status, result.message_en, result.message) == ("error", "empty file", "空のファイルです")


def test_zip_bomb_member_is_refused_before_inflating() -> None:
    bomb = b"\0" * (3 * 1024 * 1024)  # deflates ~1000:1, over the default ratio limit of 200
    data = _rezip(render(SPEC, "xlsx"), {"xl/media/padding.bin": bomb})
    result = assetclass.scan_bytes(data, "bomb.xlsx")
    assert result.status == "skipped"
    assert result.message_en is not None and result.message_en.startswith(
        "zip bomb suspected in xlsx package"
    )
    assert "compression ratio" in result.message_en


def test_total_inflated_size_limit(extract) -> None:
    from assetclass.exceptions import LimitExceededError
    from assetclass.model import Limits

    data = render(SPEC, "docx")
    with pytest.raises(
        LimitExceededError, match=r"docx package inflates to more than the limit \(\d+ > 100000"
    ):
        extract("small-limit.docx", data, limits=Limits(max_inflated_bytes=100_000))


_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("payload", [_BILLION_LAUGHS, _XXE], ids=["billion-laughs", "external-entity"])
def test_xml_entity_attacks_are_refused(payload: bytes) -> None:
    data = _rezip(render(SPEC, "docx"), {"word/document.xml": payload})
    result = assetclass.scan_bytes(data, "attack.docx")
    assert result.status == "error"
    assert result.message_en is not None and "declares a DTD/entities" in result.message_en
    assert "root:" not in str(result.to_json())


def test_entity_in_xml_is_never_expanded_even_without_the_dtd_check() -> None:
    from lxml import etree

    from assetclass.extract.ooxml import _parser

    root = etree.fromstring(_XXE, _parser())
    assert "root:" not in "".join(str(t) for t in root.itertext())
    try:  # libxml2 either refuses the amplification or leaves the entity unexpanded
        root = etree.fromstring(_BILLION_LAUGHS, _parser())
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc)
    else:
        assert len("".join(str(t) for t in root.itertext())) < 1000


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pptx"])
def test_encrypted_ooxml(fmt: str) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(render(SPEC, fmt))).encrypt("パスワード", out)
    data = out.getvalue()
    assert sniff(f"secret.{fmt}", data) == "ooxml-encrypted"
    result = assetclass.scan_bytes(data, f"secret.{fmt}")
    assert result.status == "encrypted"
    assert result.format == fmt
    assert result.message_en == f"the {fmt} file is password-protected (encrypted); it cannot be inspected"
    assert result.message and "暗号化" in result.message


def test_encrypted_pdf_and_empty_user_password(tmp_path: Path) -> None:
    import pikepdf

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(render(DocSpec(paragraphs=["山田 太郎 様 生年月日 昭和50年1月1日"]), "pdf"))
    with pikepdf.open(plain) as pdf:
        pdf.save(tmp_path / "locked.pdf", encryption=pikepdf.Encryption(owner="o", user="secret"))
        pdf.save(tmp_path / "open.pdf", encryption=pikepdf.Encryption(owner="o", user=""))
    locked = assetclass.scan_path(tmp_path / "locked.pdf")
    assert locked.status == "encrypted"
    assert locked.message_en == "the pdf file is password-protected (encrypted); it cannot be inspected"
    opened = assetclass.scan_path(tmp_path / "open.pdf")
    assert opened.status == "ok" and opened.message is None


def test_pdf_with_broken_xref_and_a_reference_loop_does_not_hang() -> None:
    # The page tree's Kids point back at the Pages node; the xref offsets are all wrong.
    body = (
        b"%PDF-1.4\n"
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj\n"
        b"4 0 obj << /Length 5 0 R >> stream\nBT ET\nendstream endobj\n"
        b"5 0 obj 5 0 R endobj\n"
        b"xref\n0 6\n0000000000 65535 f \n0000099999 00000 n \n0000099999 00000 n \n"
        b"0000099999 00000 n \n0000099999 00000 n \n0000099999 00000 n \n"
        b"trailer << /Size 6 /Root 1 0 R /Prev 17 >>\nstartxref\n9\n%%EOF\n"
    )
    result = assetclass.scan_bytes(body, "loop.pdf")
    assert result.status in ("ok", "error")
    assert result.seconds is not None and result.seconds < 10
    if result.status == "error":
        assert result.message_en


def test_xls_encrypted_with_rc4_is_reported_by_legacy_reader() -> None:
    # msoffcrypto cannot write legacy encryption; the corpora test covers real samples.
    from assetclass.extract.common import cfb_is_encrypted

    assert cfb_is_encrypted(render(SPEC, "xls")) is False


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.bin", b"%PDF-1.7\n", "pdf"),
        ("a.pdf", b"junk" * 10 + b"%PDF-1.4", "pdf"),  # header within the first KiB
        ("a.txt", b"From: a@example.jp\nTo: b@example.jp\nSubject: x\n\nbody", "eml"),
        ("a.csv", "氏名,住所\n".encode(), "csv"),
        ("a.tsv", b"a\tb\n", "tsv"),
        ("a.xlsx", b"", "xlsx"),
        ("a.unknown", b"\x00\x01", None),
        ("a.docx", b"PK\x03\x04truncated", "docx"),
        ("a.zip", b"PK\x03\x04truncated", "zip"),
    ],
)
def test_sniff_table(name: str, data: bytes, expected: str | None) -> None:
    assert sniff(name, data) == expected


@pytest.mark.parametrize(
    ("fmt", "name", "expected"),
    [
        ("xlsx", "renamed.bin", "xlsx"),
        ("docx", "renamed.xlsx", "docx"),  # magic bytes win over the extension
        ("pptx", "renamed", "pptx"),
        ("ods", "x.ods", "ods"),
        ("xls", "x.dat", "xls"),
        ("pdf", "x.xlsx", "pdf"),
    ],
)
def test_sniff_by_content(fmt: str, name: str, expected: str) -> None:
    assert sniff(name, render(SPEC, fmt)) == expected


def test_sniff_other_zip_and_macro_variants() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert sniff("archive.xlsx", out.getvalue()) == "zip"
    xlsx = render(SPEC, "xlsx")
    types = zipfile.ZipFile(io.BytesIO(xlsx)).read("[Content_Types].xml")
    macro = types.replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    assert sniff("book.xlsx", _rezip(xlsx, {"[Content_Types].xml": macro})) == "xlsm"


def test_zip_member_that_lies_about_its_size() -> None:
    """A header declaring a small size over a large deflate stream: reading stops, CRC fails."""
    import struct

    big = (
        b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
        + b" " * 3_000_000
    )
    data = bytearray(_rezip(render(SPEC, "docx"), {"word/document.xml": big}))
    name = b"word/document.xml"
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, 1000)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    result = assetclass.scan_bytes(bytes(data), "liar.docx")
    assert result.status == "error"
    assert result.message_en == "not a valid docx file (a zip member is truncated or corrupt)"


def test_page_and_cell_limits(extract) -> None:
    from assetclass.exceptions import LimitExceededError
    from assetclass.model import Limits

    pdf = render(DocSpec(paragraphs=["山田 太郎 様"] * 150), "pdf")
    with pytest.raises(LimitExceededError, match=r"PDF has more than 1 pages"):
        extract("long.pdf", pdf, limits=Limits(max_pages=1))
    with pytest.raises(LimitExceededError, match="more than 1 cells"):
        extract("big.xlsx", render(SPEC, "xlsx"), limits=Limits(max_cells=1))
    result = assetclass.scan_bytes(render(SPEC, "csv"), "rows.csv")
    assert result.status == "ok"


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pptx", "pdf", "xls", "ods", "odt"])
def test_mutated_files_never_crash(fmt: str) -> None:
    """Random byte flips and cuts (fixed seed): always a contract status, never an exception."""
    import random

    from corpus.factory.writers import FORMATS

    rng = random.Random(f"mutate-{fmt}")
    original = render(SPEC, fmt)
    seen = set()
    for _ in range(25):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        result = assetclass.scan_bytes(bytes(data), f"mutant.{FORMATS[fmt]}")
        assert result.status in ("ok", "error", "encrypted", "unsupported", "skipped")
        if result.status != "ok":
            assert result.message_en and result.message
            assert "Traceback" not in result.message_en
        seen.add(str(result.status))
    assert seen  # at least one outcome was recorded


def test_far_corner_cell_does_not_make_calamine_abort() -> None:
    """One cell at A1 and one at XFD1048576: 17 billion cells to allocate; refused beforehand
    (a Rust allocation failure would abort the whole process, not raise)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "氏名"
    ws["XFD1048576"] = "末尾"
    buf = io.BytesIO()
    wb.save(buf)
    result = assetclass.scan_bytes(buf.getvalue(), "corner.xlsx")
    assert result.status == "skipped"
    assert result.message_en == "a worksheet spans more than 5000000 cells (1048576 rows × 16384 columns)"


def test_ods_repeated_cell_bomb() -> None:
    data = render(DocSpec(sheets=[SheetSpec(name="S", rows=[["a"]])]), "ods")
    content = zipfile.ZipFile(io.BytesIO(data)).read("content.xml")
    content = content.replace(b"<table:table-row>", b'<table:table-row table:number-rows-repeated="1048576">')
    content = content.replace(
        b'<table:table-cell office:value-type="string">',
        b'<table:table-cell table:number-columns-repeated="16384" office:value-type="string">',
    )
    result = assetclass.scan_bytes(_rezip(data, {"content.xml": content}), "repeat.ods")
    assert result.status == "skipped"
    assert result.message_en == "a sheet spans more than 5000000 cells (1048576 rows × 16384 columns)"


def test_xls_with_inverted_dimensions_record() -> None:
    """calamine would subtract first from last row unchecked and allocate ~170 GB."""
    import struct

    data = bytearray(render(SPEC, "xls"))
    record = data.find(b"\x00\x02\x0e\x00")  # DIMENSIONS, 14 bytes
    assert record > 0
    struct.pack_into("<I", data, record + 4, 0x3A00)  # first row after the last row
    result = assetclass.scan_bytes(bytes(data), "inverted.xls")
    assert (result.status, result.message_en) == (
        "error",
        "not a valid xls file (a sheet's DIMENSIONS record is inconsistent)",
    )
