"""Timing of the integrations, for docs/decisions/hooks.md (not a test): ``python -m bench.hooks_timing``.

Medians of repeated runs; the machine is shared, so read ratios rather than milliseconds.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import openpyxl
from tests.integrations.sample_docs import MY_NUMBER, docx_bytes

import assetclass
from assetclass.integrations.mail import check_message
from assetclass.integrations.presave import safe_save
from assetclass.integrations.watch import WatchOptions, run_watch


def median_seconds(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def a_docx(paragraphs: int) -> Any:
    doc = docx.Document()
    for i in range(paragraphs):
        doc.add_paragraph(f"第{i}条 会議のお知らせ 来週月曜日 10時から 会議室で行います。")
    doc.add_paragraph(f"山田 太郎 様 個人番号 {MY_NUMBER}")
    return doc


def a_workbook(rows: int) -> Any:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["氏名", "住所", "個人番号"])
    for i in range(rows):
        ws.append([f"山田 太郎{i}", f"東京都千代田区千代田1-{i}", MY_NUMBER])
    return wb


def presave(tmp: Path) -> None:
    for label, obj, ext in (
        ("docx 200 paragraphs", a_docx(200), "docx"),
        ("xlsx 1000 rows", a_workbook(1000), "xlsx"),
    ):
        plain = median_seconds(lambda: obj.save(str(tmp / f"p.{ext}")))  # noqa: B023 - called at once
        checked = median_seconds(lambda: safe_save(obj, tmp / f"c.{ext}", mode="allow"))  # noqa: B023
        stamped = median_seconds(lambda: safe_save(obj, tmp / f"s.{ext}", mode="stamp"))  # noqa: B023
        print(
            f"{label}: save {plain * 1000:.0f} ms; safe_save {checked * 1000:.0f} ms ({checked / plain:.1f}x);"
            f" with stamp {stamped * 1000:.0f} ms ({stamped / plain:.1f}x)"
        )


def mail() -> None:
    msg = EmailMessage()
    msg["Subject"] = "資料"
    msg.set_content("送付します")
    buf = io.BytesIO()
    a_workbook(1000).save(buf)
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="octet-stream", filename="名簿.xlsx")
    raw = msg.as_bytes()
    print(
        f"mail check, one 1000-row xlsx ({len(raw) // 1024} KiB): {median_seconds(lambda: check_message(raw)) * 1000:.0f} ms"
    )


def watch(tmp: Path, files: int = 10) -> None:
    out = io.StringIO()
    options = WatchOptions(folder=tmp, debounce=0.3, out=out, ready=threading.Event(), stamp=True)
    thread = threading.Thread(target=run_watch, args=(assetclass.get_engine(), options), daemon=True)
    thread.start()
    assert options.ready is not None and options.ready.wait(30)
    latencies = []
    for i in range(files):
        before = len(out.getvalue().splitlines())
        start = time.monotonic()
        (tmp / f"f{i}.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}"))
        while len(out.getvalue().splitlines()) == before:
            time.sleep(0.01)
        latencies.append(time.monotonic() - start)
    time.sleep(1.5)  # a stamp loop would add lines here
    lines = len(out.getvalue().splitlines())
    options.stop.set()
    thread.join(10)
    print(
        f"watch --stamp, debounce 0.3 s: write → line median {statistics.median(latencies):.2f} s,"
        f" max {max(latencies):.2f} s; {lines} lines for {files} files"
    )


def main() -> None:
    assetclass.scan_bytes(b"x", "warm.txt")  # load the plugins once
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        presave(Path(a))
        mail()
        watch(Path(b))


if __name__ == "__main__":
    main()
