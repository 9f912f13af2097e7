"""Plain text, CSV and TSV, with the encoding detected (CP932, UTF-8 with or without BOM, EUC-JP …).

(First version: the extraction work replaces the details.)
"""

from __future__ import annotations

import csv
import io

from charset_normalizer import from_bytes

from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock

_EXT = {"txt": "txt", "text": "txt", "csv": "csv", "tsv": "tsv", "log": "txt", "md": "txt"}


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(
        data[:200_000], cp_isolation=["cp932", "euc_jp", "iso2022_jp", "utf_16", "utf_8"]
    ).best()
    encoding = best.encoding if best is not None else "cp932"
    return data.decode(encoding, errors="replace")


class TextExtractor:
    name = "text"
    formats = ("txt", "csv", "tsv")

    def accepts(self, name: str, data: bytes) -> str | None:
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        return _EXT.get(ext)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        fmt = self.accepts(source.name, b"") or "txt"
        text = decode(source.read_bytes())
        doc = Document(name=source.name, format=fmt)
        if fmt in ("csv", "tsv"):
            delimiter = "\t" if fmt == "tsv" else ","
            rows: list[list[CellValue]] = [
                list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)
            ]
            doc.tables.append(Table(name=source.name, locator=source.name, rows=rows))
        else:
            for i, para in enumerate(text.splitlines(), start=1):
                if para.strip():
                    doc.blocks.append(TextBlock(text=para, locator=f"line {i}", region=Region.BODY))
        return doc


@hookimpl
def assetclass_register_extractors() -> list[TextExtractor]:
    return [TextExtractor()]
