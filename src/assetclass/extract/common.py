"""Helpers every extractor shares: file-name extensions, the claim rule, error constructors, cells."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from ..exceptions import CorruptFileError, EncryptedFileError
from ..formats.sniff import OLE_MAGIC, sniff
from ..model import CellValue


def claim(name: str, data: bytes, formats: tuple[str, ...]) -> str | None:
    """The format id when the sniffed format (magic bytes first, extension second) is one of ours."""
    found = sniff(name, data)
    return found if found in formats else None


def empty_file() -> CorruptFileError:
    return CorruptFileError("empty file", "空のファイルです")


def not_valid(fmt: str, why_en: str, why_ja: str) -> CorruptFileError:
    return CorruptFileError(
        f"not a valid {fmt} file ({why_en})", f"{fmt} ファイルとして読み取れません（{why_ja}）"
    )


def encrypted(fmt: str) -> EncryptedFileError:
    return EncryptedFileError(
        f"the {fmt} file is password-protected (encrypted); it cannot be inspected",
        f"{fmt} ファイルはパスワードで保護（暗号化）されているため内容を確認できません",
    )


def require_cfb(data: bytes, fmt: str) -> None:
    """Legacy Office files (.doc/.xls/.ppt) are OLE2 compound files; anything else is not one."""
    if not data:
        raise empty_file()
    if not data.startswith(OLE_MAGIC[:4]):  # half the magic: a damaged header still gets "not valid"
        raise not_valid(fmt, "not an OLE2 compound file", "OLE2 複合ファイルではありません")


def legacy_office_bytes(data: bytes, fmt: str) -> bytes:
    """The bytes of a legacy .doc/.ppt after the checks every such reader needs first."""
    require_cfb(data, fmt)
    if cfb_is_encrypted(data):
        raise encrypted(fmt)
    return data


def cfb_is_encrypted(data: bytes) -> bool:
    """msoffcrypto-tool's verdict on a CFB (legacy Office or encrypted OOXML container)."""
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # unknown CFB flavours: not something msoffcrypto can judge
        return False


def row_cells(row: list[Any]) -> list[CellValue]:
    """``cell`` over a row; blank rows and the two common types (str, float) take C-speed paths."""
    if row.count("") == len(row):
        return [None] * len(row)
    return [
        (value or None)
        if value.__class__ is str
        else (int(value) if value.is_integer() and -1e16 < value < 1e16 else value)
        if value.__class__ is float
        else cell(value)
        for value in row
    ]


def cell(value: Any) -> CellValue:
    """Normalise a reader's cell: '' → None, whole-number floats → int (12-digit numbers stay exact)."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return int(value)
        return value
    if isinstance(value, (str, int, bool, dt.date, dt.time, dt.timedelta)):
        return value
    return str(value)
