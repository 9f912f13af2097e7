"""Reader measurements behind docs/decisions/extraction.md.

    .venv/bin/python -m bench.readers_extraction [--rows 5000] [--paragraphs 2000] [--repeat 3]

Generates the inputs with corpus.factory.writers (nothing is read from outside the repo), then times, best of
``--repeat`` in-process runs: the floor (inflating every zip member / decoding the bytes), our
extractor, and the slower alternative library where one is installed. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import time
import zipfile
from collections.abc import Callable

from corpus.factory.spec import DocSpec, SheetSpec
from corpus.factory.writers import render

from assetclass.extract.docx import DocxExtractor
from assetclass.extract.pdf import PdfExtractor
from assetclass.extract.text import detect_encoding
from assetclass.extract.xlsx import XlsxExtractor
from assetclass.interfaces import ExtractContext
from assetclass.model import Source


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def inflate_all(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            zf.read(name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ctx = ExtractContext()
    rows: list[list[object]] = [
        ["氏名", "個人番号", "生年月日", "住所", "電話", "世帯番号", "続柄", "性別", "収入", "備考"]
    ]
    for i in range(args.rows):
        rows.append(
            [f"山田 太郎{i}", 123456789018 + i, dt.date(1970, 1, 1) + dt.timedelta(days=i), f"釜石市只越町{i}-1",
             "0193-27-8411", 1000 + i, "世帯主", "男", 3_000_000 + i, "備考欄のテキスト"]
        )  # fmt: skip
    xlsx = render(DocSpec(sheets=[SheetSpec(name="名簿", rows=rows)]), "xlsx")  # type: ignore[list-item]
    paragraphs = [
        f"{i}：鈴木 一郎様（昭和50年1月1日生）の保育料について、督促状を送付しました。"
        for i in range(args.paragraphs)
    ]
    docx = render(
        DocSpec(paragraphs=paragraphs, tables=[[["氏名", "住所"]] + [["山田", "釜石市"]] * 200]), "docx"
    )
    pdf = render(DocSpec(paragraphs=paragraphs[: args.paragraphs // 4]), "pdf")
    text_cp932 = ("\n".join(paragraphs) * 5).encode("cp932")
    text_utf8 = ("\n".join(paragraphs) * 5).encode("utf-8")

    out: list[tuple[str, str, float, float]] = []
    floor = best(lambda: inflate_all(xlsx), args.repeat)
    ours = best(lambda: XlsxExtractor().extract(Source(name="b.xlsx", data=xlsx), ctx), args.repeat)
    out.append((f"xlsx {args.rows}×10", "calamine + lxml extras (ours)", ours, floor))

    def openpyxl_read() -> None:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True, data_only=True)
        for ws in wb.worksheets:
            for _ in ws.iter_rows(values_only=True):
                pass
        wb.close()

    out.append((f"xlsx {args.rows}×10", "openpyxl read_only", best(openpyxl_read, args.repeat), floor))

    floor = best(lambda: inflate_all(docx), args.repeat)
    ours = best(lambda: DocxExtractor().extract(Source(name="b.docx", data=docx), ctx), args.repeat)
    out.append((f"docx {args.paragraphs} paragraphs", "lxml (ours)", ours, floor))

    def python_docx() -> None:
        import docx as pdocx

        d = pdocx.Document(io.BytesIO(docx))
        _ = [p.text for p in d.paragraphs]
        _ = [[c.text for c in r.cells] for t in d.tables for r in t.rows]

    out.append((f"docx {args.paragraphs} paragraphs", "python-docx", best(python_docx, args.repeat), floor))

    def pdf_open() -> None:
        import pypdfium2 as pdfium

        pdfium.PdfDocument(pdf).close()

    floor = best(pdf_open, args.repeat)  # opening only: there is no cheaper way to "read" a PDF's text
    pages = PdfExtractor().extract(Source(name="b.pdf", data=pdf), ctx).pages or 1
    ours = best(lambda: PdfExtractor().extract(Source(name="b.pdf", data=pdf), ctx), args.repeat)
    out.append(
        (
            f"pdf {pages} pages, non-embedded CID font",
            f"pypdfium2 (ours), {pages / ours:.0f} pages/s",
            ours,
            floor,
        )
    )

    floor = best(lambda: text_utf8.decode("utf-8"), args.repeat)
    out.append(
        (
            f"text UTF-8 {len(text_utf8) // 1024} KiB",
            "detect_encoding (ours)",
            best(lambda: detect_encoding(text_utf8), args.repeat),
            floor,
        )
    )
    floor = best(lambda: text_cp932.decode("cp932"), args.repeat)
    out.append(
        (
            f"text CP932 {len(text_cp932) // 1024} KiB",
            "detect_encoding (ours)",
            best(lambda: detect_encoding(text_cp932), args.repeat),
            floor,
        )
    )

    def normalizer() -> None:
        from charset_normalizer import from_bytes

        from_bytes(text_cp932[:200_000]).best()

    out.append(
        (
            f"text CP932 {len(text_cp932) // 1024} KiB",
            "charset-normalizer (200 KB sample)",
            best(normalizer, args.repeat),
            floor,
        )
    )

    print("| input | reader | seconds | × floor |")
    print("|---|---|---|---|")
    for what, reader, seconds, fl in out:
        print(f"| {what} | {reader} | {seconds:.4f} | {seconds / max(fl, 1e-9):.1f}× |")


if __name__ == "__main__":
    main()
