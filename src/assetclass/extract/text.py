"""Plain text, CSV and TSV, with the encoding detected (CP932, UTF-8 with or without BOM, EUC-JP,
ISO-2022-JP, UTF-16 with BOM) and the CSV dialect sniffed.

Decoding order (cheap and common first, measured in docs/decisions/extraction.md): BOM → strict
UTF-8 → ISO-2022-JP escape → strict CP932 vs EUC-JP (both often decode; the one with fewer
half-width katakana wins) → charset-normalizer for the rest.

Text files become one block per paragraph (lines up to a blank line) with locator ``line N`` or
``lines N-M``: a letter's addressee name and address lines stay one record.

Also registered here: the catch-all for empty files of any name (status error, "empty file").
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..exceptions import LimitExceededError
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import CellValue, Document, Region, Source, Table, TextBlock
from .common import claim, empty_file

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_SAMPLE = 200_000


def _halfwidth_kana(text: str) -> int:
    return sum(1 for ch in text if "\uff61" <= ch <= "\uff9f")


def detect_encoding(data: bytes) -> str:
    """The encoding of a Japanese text file (see the module docstring for the order)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:_SAMPLE]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and len(data) > _SAMPLE:
            return "utf-8"  # a character cut at the sample's end
    if b"\x1b$B" in sample or b"\x1b$@" in sample:
        return "iso2022_jp"
    decoded: dict[str, str] = {}
    for encoding in ("cp932", "euc_jp"):
        try:
            decoded[encoding] = sample.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= len(sample) - 2 and len(data) > _SAMPLE:
                decoded[encoding] = sample[: exc.start].decode(encoding)
    if len(decoded) == 1:
        return next(iter(decoded))
    if len(decoded) == 2:
        # EUC-JP read as CP932 turns into half-width katakana soup (and the other way round less so)
        return min(decoded, key=lambda e: (_halfwidth_kana(decoded[e]), e != "cp932"))
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp932", "euc_jp", "utf_16", "utf_8", "latin_1"]).best()
    return best.encoding if best is not None else "cp932"


def decode(data: bytes) -> str:
    encoding = detect_encoding(data)
    return data.decode(encoding, errors="replace")


SNIFF_CHARS = 8192  # csv.Sniffer is linear in its sample: 64 KiB cost ~5 ms per CSV, 8 KiB ~0.5 ms


def _dialect(text: str, fmt: str) -> type[csv.Dialect] | csv.Dialect:
    default: type[csv.Dialect] = csv.excel_tab if fmt == "tsv" else csv.excel
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # whole lines only: a cut line skews the column count
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="\t,;|" if fmt == "tsv" else ",\t;|")
    except csv.Error:
        return default
    if fmt == "csv" and sniffed.delimiter not in ",\t;":
        return default
    # The sniffer says "no doubled quotes" when its sample shows none; a "" further down would then
    # break the row. Doubled quotes are how every spreadsheet writes a quote inside a quoted field.
    sniffed.doublequote = True
    return sniffed


class TextExtractor:
    name = "text"
    formats = ("txt", "csv", "tsv")

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        data = source.read_bytes()
        fmt = self.accepts(source.name, data) or "txt"
        if not data:
            raise empty_file()
        text = decode(data)
        if text.startswith("\ufeff"):
            text = text[1:]
        doc = Document(name=source.name, format=fmt)
        if fmt in ("csv", "tsv"):
            reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text, fmt))
            rows: list[list[CellValue]] = []
            cells = 0
            try:
                for record in reader:
                    cells += len(record)
                    if cells > context.limits.max_cells:
                        raise LimitExceededError(
                            f"file has more than {context.limits.max_cells} cells",
                            f"セル数が上限（{context.limits.max_cells}）を超えています",
                        )
                    rows.append([v if v != "" else None for v in record])
            except csv.Error:
                doc.warnings.append(f"CSV parse stopped at row {len(rows) + 1} (malformed quoting)")
            doc.tables.append(Table(name=source.name, locator=source.name, rows=rows))
        else:
            start: int | None = None
            buf: list[str] = []
            for i, line in enumerate([*text.splitlines(), ""], start=1):
                if line.strip():
                    if start is None:
                        start = i
                    buf.append(line)
                    continue
                if buf and start is not None:
                    end = start + len(buf) - 1
                    locator = f"line {start}" if end == start else f"lines {start}-{end}"
                    doc.blocks.append(TextBlock(text="\n".join(buf), locator=locator, region=Region.BODY))
                buf, start = [], None
        return doc


class EmptyFileExtractor:
    """Claims an empty file of any name so it ends as "error: empty file", not "unsupported"."""

    name = "empty"
    formats = ("empty",)

    def accepts(self, name: str, data: bytes) -> str | None:
        return "empty" if not data else None

    def extract(self, source: Source, context: ExtractContext) -> Document:
        raise empty_file()


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [TextExtractor(), EmptyFileExtractor()]
