"""Spreadsheets read by python-calamine: legacy .xls (BIFF), .ods, and the cell grid of every format.

calamine reads every sheet, hidden and very hidden ones included; cells come back as str, float,
bool, date/datetime/time/timedelta. Whole-number floats become ``int`` here so a 12-digit number
stays ``123456789018``. ``read_grid`` is shared with the xlsx extractor, which adds what calamine
does not give (comments, headers/footers, shapes, properties).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from ..exceptions import CorruptFileError, EncryptedFileError, LimitExceededError
from ..formats.excel_header import strip_header_codes
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock
from ..redact import safe_message
from .common import cfb_is_encrypted, claim, empty_file, encrypted, not_valid, require_cfb, row_cells

#: Excel's "write-protected" workbooks are RC4-encrypted with this well-known password; they open
#: without asking, so they are read, not reported as encrypted.
_DEFAULT_XLS_PASSWORD = "VelvetSweatshop"


def read_grid(data: bytes, fmt: str, context: ExtractContext, document: Document) -> dict[str, Table]:
    """Every worksheet of a workbook as a Table (hidden ones flagged); also its SHEET_NAME block."""
    import python_calamine as pc

    try:
        workbook = pc.load_workbook(io.BytesIO(data))
    except pc.PasswordError:
        raise encrypted(fmt) from None
    except BaseException as exc:  # calamine's Rust panics arrive as pyo3 PanicException(BaseException)
        _reraise_interrupts(exc)
        raise not_valid(
            fmt, f"unreadable workbook: {safe_message(exc, 80)}", "ブックを読み取れません"
        ) from None
    tables: dict[str, Table] = {}
    cells = 0
    try:
        for meta in workbook.sheets_metadata:
            hidden = meta.visible != pc.SheetVisibleEnum.Visible
            document.blocks.append(
                TextBlock(text=meta.name, locator=meta.name, region=Region.SHEET_NAME, hidden=hidden)
            )
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue  # chart sheets and macro sheets hold no cell data
            sheet = workbook.get_sheet_by_name(meta.name)
            cells += sheet.height * sheet.width
            if cells > context.limits.max_cells:
                raise LimitExceededError(
                    f"workbook has more than {context.limits.max_cells} cells",
                    f"ブックのセル数が上限（{context.limits.max_cells}）を超えています",
                )
            rows: list[list[CellValue]] = [row_cells(row) for row in sheet.to_python()]
            start = sheet.start or (0, 0)
            tables[meta.name] = Table(
                name=meta.name,
                locator=meta.name,
                rows=rows,
                hidden=hidden,
                is_sheet=True,
                row_offset=int(start[0]),
                col_offset=int(start[1]),
            )
    except (LimitExceededError, EncryptedFileError, CorruptFileError):
        raise
    except pc.PasswordError:
        raise encrypted(fmt) from None
    except BaseException as exc:
        _reraise_interrupts(exc)
        raise not_valid(fmt, f"unreadable sheet: {safe_message(exc, 80)}", "シートを読み取れません") from None
    finally:
        workbook.close()
    document.tables.extend(tables.values())
    return tables


@dataclass
class _BiffInfo:
    dimensions: list[tuple[str, int]] = field(default_factory=list)  # (sheet, declared cells)
    inconsistent: bool = False  # a DIMENSIONS record ends before it starts
    headers: list[tuple[str, Region, str, str]] = field(default_factory=list)  # sheet, region, label, text


def _biff_records(data: bytes) -> _BiffInfo:
    """Walk the BIFF8 Workbook stream once: each sheet's DIMENSIONS (calamine sizes its grid from
    them, and a huge one aborts the process on allocation) and HEADER/FOOTER text (which calamine
    does not expose)."""
    import struct

    import olefile

    info = _BiffInfo()
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        name = "Workbook" if ole.exists("Workbook") else "Book"
        stream = ole.openstream(name).read()
    offsets: dict[int, str] = {}
    sheet: str | None = None
    pos = 0
    while pos + 4 <= len(stream):
        rtype, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + length]
        if rtype == 0x0085 and len(body) >= 8:  # BOUNDSHEET8: substream offset + name
            offset, cch, high = struct.unpack_from("<IxxBB", body, 0)
            raw = body[8 : 8 + cch * (2 if high & 1 else 1)]
            offsets[offset] = raw.decode("utf-16-le" if high & 1 else "latin-1", errors="replace")
        elif rtype == 0x0809:  # BOF: a sheet substream starts here (or the globals)
            sheet = offsets.get(pos)
        elif rtype == 0x0200 and len(body) >= 12:  # DIMENSIONS (BIFF8: 32-bit rows)
            first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", body, 0)
            if last_row < first_row or last_col < first_col:
                # calamine subtracts without checking and allocates the wrapped-around size
                info.inconsistent = True
            info.dimensions.append(
                (sheet or "?", max(0, last_row - first_row) * max(0, last_col - first_col))
            )
        elif rtype in (0x0014, 0x0015) and sheet is not None and len(body) >= 3:
            cch, high = struct.unpack_from("<HB", body, 0)
            raw = body[3 : 3 + cch * (2 if high & 1 else 1)]
            text = strip_header_codes(raw.decode("utf-16-le" if high & 1 else "latin-1", errors="replace"))
            if text:
                kind = (Region.HEADER, "header") if rtype == 0x0014 else (Region.FOOTER, "footer")
                info.headers.append((sheet, kind[0], kind[1], text))
        pos += 4 + length
    return info


def _reraise_interrupts(exc: BaseException) -> None:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)):
        raise exc


def _decrypt_default_password(data: bytes) -> bytes | None:
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=_DEFAULT_XLS_PASSWORD)
        out = io.BytesIO()
        office.decrypt(out)
        return out.getvalue()
    except Exception:
        return None


class LegacySheetExtractor:
    """Excel 97–2003 .xls and OpenDocument .ods."""

    name = "calamine-sheets"
    formats = ("xls", "ods")
    isolated = True  # native reader (calamine/PDFium) that can abort the process: see isolation.py
    preload = ("python_calamine", "olefile")  # imported once before forking, not in every child

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "xls"
        if not data:
            raise empty_file()
        document = Document(name=source.name, format=fmt)
        if fmt == "xls":
            require_cfb(data, "xls")
            if cfb_is_encrypted(data):
                decrypted = _decrypt_default_password(data)
                if decrypted is None:
                    raise encrypted("xls")
                data = decrypted
                document.warnings.append("workbook was write-protected (default password); read decrypted")
            try:
                records = _biff_records(data)
            except Exception as exc:  # olefile/struct trouble: calamine gives the verdict
                document.warnings.append(f"xls records not pre-read: {safe_message(exc, 80)}")
                records = _BiffInfo()
            if records.inconsistent:
                raise not_valid(
                    "xls", "a sheet's DIMENSIONS record is inconsistent", "シートの範囲情報が矛盾しています"
                )
            for _sheet, cells in records.dimensions:
                if cells > context.limits.max_cells:
                    raise LimitExceededError(
                        f"a worksheet declares more than {context.limits.max_cells} cells ({cells})",
                        f"ワークシートの範囲がセル数の上限（{context.limits.max_cells}）を超えています（{cells}）",
                    )
            tables = read_grid(data, fmt, context, document)
            for sheet, region, label, text in records.headers:
                table = tables.get(sheet)
                document.blocks.append(
                    TextBlock(
                        text=text,
                        locator=f"{sheet} ({label})",
                        region=region,
                        hidden=table.hidden if table is not None else False,
                    )
                )
            return document
        from .odf import check_ods_extent, check_package, odf_properties, ods_extras
        from .ooxml import SafeZip

        pkg = SafeZip(data, "ods", context.limits)
        check_package(pkg, "ods")
        pkg.verify_for_foreign_reader()
        check_ods_extent(pkg, context.limits.max_cells)
        read_grid(data, fmt, context, document)
        ods_extras(pkg, document)
        document.properties.update(odf_properties(pkg))
        return document


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [LegacySheetExtractor()]
