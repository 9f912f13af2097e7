"""Spreadsheets read by python-calamine: legacy .xls (BIFF), .ods, and the cell grid of every format.

calamine reads every sheet, hidden and very hidden ones included; cells come back as str, float,
bool, date/datetime/time/timedelta. Whole-number floats become ``int`` here so a 12-digit number
stays ``123456789018``. ``read_grid`` is shared with the xlsx extractor, which adds what calamine
does not give (comments, headers/footers, shapes, properties).
"""

from __future__ import annotations

import io
from typing import Any

from ..exceptions import CorruptFileError, EncryptedFileError, LimitExceededError
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock
from ..redact import safe_message
from .common import cfb_is_encrypted, claim, empty_file, encrypted, not_valid, row_cells

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


def _xls_headers_footers(data: bytes, document: Document, tables: dict[str, Table]) -> None:
    """HEADER/FOOTER records of each BIFF8 sheet substream (calamine does not expose them)."""
    import struct

    import olefile

    from .xlsx import strip_header_codes

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
        elif rtype in (0x0014, 0x0015) and sheet is not None and len(body) >= 3:
            cch, high = struct.unpack_from("<HB", body, 0)
            raw = body[3 : 3 + cch * (2 if high & 1 else 1)]
            text = strip_header_codes(raw.decode("utf-16-le" if high & 1 else "latin-1", errors="replace"))
            if text:
                table = tables.get(sheet)
                region, label = (Region.HEADER, "header") if rtype == 0x0014 else (Region.FOOTER, "footer")
                document.blocks.append(
                    TextBlock(
                        text=text,
                        locator=f"{sheet} ({label})",
                        region=region,
                        hidden=table.hidden if table is not None else False,
                    )
                )
        pos += 4 + length


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

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "xls"
        if not data:
            raise empty_file()
        document = Document(name=source.name, format=fmt)
        if fmt == "xls":
            if not data.startswith(b"\xd0\xcf\x11\xe0"):
                raise not_valid("xls", "not an OLE2 compound file", "OLE2 複合ファイルではありません")
            if cfb_is_encrypted(data):
                decrypted = _decrypt_default_password(data)
                if decrypted is None:
                    raise encrypted("xls")
                data = decrypted
                document.warnings.append("workbook was write-protected (default password); read decrypted")
            tables = read_grid(data, fmt, context, document)
            try:
                _xls_headers_footers(data, document, tables)
            except Exception as exc:  # an extra: the cells are already read
                document.warnings.append(f"xls header/footer not read: {safe_message(exc, 80)}")
            return document
        from .odf import check_package, odf_properties, ods_extras
        from .ooxml import SafeZip

        pkg = SafeZip(data, "ods", context.limits)
        check_package(pkg, "ods")
        pkg.verify_for_foreign_reader()
        read_grid(data, fmt, context, document)
        ods_extras(pkg, document)
        document.properties.update(odf_properties(pkg))
        return document


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [LegacySheetExtractor()]
