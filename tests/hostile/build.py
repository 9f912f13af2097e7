"""Hostile inputs, built at test time from a few bytes each (nothing is copied from elsewhere)."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from corpus.factory.numbers import my_number_from

_CT_XLSX = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="xl/workbook.%s"/></Relationships>'
)
_WB = (
    b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'worksheet" Target="worksheets/sheet1.%s"/></Relationships>'
)
SHEET_HEAD = (
    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
A1 = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'


def xlsx(sheet_data: bytes, head: bytes = b"") -> bytes:
    """A one-sheet workbook whose sheet XML is ``<worksheet>{head}<sheetData>{sheet_data}…``."""
    sheet = SHEET_HEAD + head + b"<sheetData>" + sheet_data + b"</sheetData></worksheet>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT_XLSX)
        z.writestr("_rels/.rels", _RELS % b"xml")
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS % b"xml")
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return buf.getvalue()


#: Each places one value at XFD1048576 (17 billion cells for calamine) in a different spelling.
FAR_CELL_SHEETS = {
    "attribute-order": A1 + b'<row r="1048576"><c t="n" r="XFD1048576"><v>1</v></c></row>',
    "single-quotes": A1 + b"<row r='1048576'><c r='XFD1048576'><v>1</v></c></row>",
    "spacing": A1 + b'<row r="1048576"><c  r = "XFD1048576" ><v>1</v></c></row>',
    "newline-in-tag": A1 + b'<row r="1048576"><c\nr="XFD1048576"\n><v>1</v></c></row>',
    "r-less-cells": A1 + b'<row r="1048576">' + b"<c><v>1</v></c>" * 16_384 + b"</row>",
    "r-less-after-far-cell": A1 + b'<row r="1048576"><c r="XFC1048576"><v>1</v></c><c><v>2</v></c></row>',
    "prefixed": (
        b'<row r="1"><c r="A1"><v>1</v></c></row>'
        b'<row r="1048576"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'r="XFD1048576"><x:v>1</x:v></x:c></row>'
    ),
}


def _rec(rtype: int, body: bytes = b"") -> bytes:
    """One xlsb record: 1–2 byte type, 1–4 byte size (7 bits per byte)."""

    def varint(value: int, max_bytes: int) -> bytes:
        out = bytearray()
        for _ in range(max_bytes):
            byte = value & 0x7F
            value >>= 7
            out.append(byte | (0x80 if value else 0))
            if not value:
                break
        return bytes(out)

    return varint(rtype, 2) + varint(len(body), 4) + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def xlsb(cells: list[tuple[int, int, float]], dim: tuple[int, int, int, int] | None = None) -> bytes:
    """A one-sheet .xlsb with numeric cells at (row, col), 0-based; ``dim`` is BrtWsDim."""
    r0, r1, c0, c1 = dim or (0, max(r for r, _, _ in cells), 0, max(c for _, c, _ in cells))
    sheet = _rec(129) + _rec(148, struct.pack("<IIII", r0, r1, c0, c1)) + _rec(145)
    for row in sorted({r for r, _, _ in cells}):
        sheet += _rec(0, struct.pack("<IIHBBBI", row, 0, 0x12C, 0, 0, 0, 0))
        for r, c, value in cells:
            if r == row:
                sheet += _rec(5, struct.pack("<IId", c, 0, value))
    sheet += _rec(146) + _rec(130)
    workbook = (
        _rec(131)
        + _rec(143)
        + _rec(156, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("S"))
        + _rec(144)
        + _rec(132)
    )
    ct = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        b'<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        b'<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
        b"</Types>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", _RELS % b"bin")
        z.writestr("xl/workbook.bin", workbook)
        z.writestr("xl/_rels/workbook.bin.rels", _WB_RELS % b"bin")
        z.writestr("xl/worksheets/sheet1.bin", sheet)
    return buf.getvalue()


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def my_number(body11: str) -> str:
    """A valid 12-digit My Number from its first 11 digits (the corpus's generator)."""
    return my_number_from(body11)


def my_number_csv(rows: int = 3) -> bytes:
    lines = ["氏名,個人番号,住所"]
    for i in range(rows):
        lines.append(f"山田太郎{i},{my_number(f'1234567890{i % 10}')},東京都港区芝公園1-{i + 1}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def pdf_flate_bomb(inflated: int = 64 * 1024 * 1024) -> bytes:
    """A one-page PDF whose content stream inflates to ``inflated`` bytes of spaces."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(comp.compress(chunk) for _ in range(inflated >> 20)) + comp.flush()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def run_cli(*args: str, timeout: float = 120, stdin: bytes | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    """``assetclass ARGS`` in a subprocess (a crash there must not take the test run down)."""
    full_env = {**os.environ, "ASSETCLASS_LANG": "en", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assetclass.cli.main", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=cwd,
        env=full_env,
        check=False,
    )


def run_py(
    code: str, *args: str, timeout: float = 120, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """A Python snippet in a subprocess with a timeout (``env``: added to this environment)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **env} if env else None,
    )
