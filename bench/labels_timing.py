"""Label read/stamp timings on generated documents (not a test): python -m bench.labels_timing"""

from __future__ import annotations

import io
import statistics
import time
import zipfile
from collections.abc import Callable

import openpyxl
from openpyxl.chart import BarChart, Reference
from tests.labels.label_docs import docx_bytes, pdf_bytes

import assetclass
from assetclass.config import load_config
from assetclass.interfaces import LabelCodec
from assetclass.labels.docx import DocxLabels
from assetclass.labels.pdf import PdfLabels
from assetclass.labels.xlsx import XlsxLabels
from assetclass.model import Source


def median_ms(fn: Callable[[], object], n: int = 5) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def big_workbook(rows: int = 20_000) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in range(rows):
        ws.append([f"氏名{r}", r, "東京都千代田区", r * 3, "備考"] * 2)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=50))
    ws.add_chart(chart, "M2")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def measure(name: str, codec: LabelCodec, data: bytes) -> None:
    cfg = load_config(search=False)
    src = Source(f"x.{name}", data=data)
    read = median_ms(lambda: codec.read(src, None, cfg))
    scan = median_ms(lambda: assetclass.scan_bytes(data, f"x.{name}"), 3)
    stamp = median_ms(lambda: assetclass.stamp_bytes(data, f"x.{name}", 3), 3)
    print(
        f"{name} ({len(data) // 1024} KiB): label read {read:.0f} ms; scan {scan:.0f} ms; stamp {stamp:.0f} ms"
    )


def main() -> None:
    xlsx = big_workbook()
    measure(
        "docx",
        DocxLabels(),
        docx_bytes(header="総務課", body=[f"第{i}項 本文です。" * 3 for i in range(3000)]),
    )
    measure("xlsx", XlsxLabels(), xlsx)
    measure("pdf", PdfLabels(), pdf_bytes(pages=100))

    def openpyxl_roundtrip() -> bytes:
        out = io.BytesIO()
        openpyxl.load_workbook(io.BytesIO(xlsx)).save(out)
        return out.getvalue()

    print(f"openpyxl load+save xlsx: {median_ms(openpyxl_roundtrip, 3):.0f} ms")
    sheet = zipfile.ZipFile(io.BytesIO(xlsx))
    print(
        f"floor (inflate the sheet part): {median_ms(lambda: sheet.read('xl/worksheets/sheet1.xml')):.0f} ms"
    )


if __name__ == "__main__":
    main()
