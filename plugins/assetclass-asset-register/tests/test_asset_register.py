"""The asset-register reporter on results of real files, written and scanned with assetclass.testing."""

from __future__ import annotations

import csv
import io

import assetclass_asset_register as asset_register

from assetclass.plugin import ReportOptions
from assetclass.testing import DocumentFactory, my_number, scan_with_plugin


def register_rows(*results: object) -> list[dict[str, str]]:
    stream = io.StringIO()
    writer = asset_register.AssetRegisterReporter().open(stream, ReportOptions())
    for result in results:
        writer.add(result)  # type: ignore[arg-type]
    writer.close()
    return list(csv.DictReader(io.StringIO(stream.getvalue().lstrip("\ufeff"))))


def test_one_row_per_file_with_level_label_state_and_kinds(make_document: DocumentFactory) -> None:
    roster = make_document(
        "名簿.xlsx", rows=[["氏名", "個人番号"], ["山田 太郎", my_number(0)], ["鈴木 花子", my_number(1)]]
    )
    notice = make_document("お知らせ.docx", ["会議のお知らせ"], header="機密性1")
    rows = register_rows(*(scan_with_plugin(asset_register, path) for path in (roster, notice)))
    assert [r["資産名称"] for r in rows] == ["名簿.xlsx", "お知らせ.docx"]
    assert [r["管理番号"] for r in rows] == ["00001", "00002"]
    assert rows[0]["機密性"] == "機密性3" and rows[0]["個人情報の有無"] == "有"
    assert "個人番号" in rows[0]["個人情報の種類"] and rows[0]["表示の状態"] == "未表示"
    assert rows[0]["取扱制限"] == "複製禁止・持出禁止・送信禁止"
    assert rows[1]["機密性"] == "機密性1" and rows[1]["表示の状態"] == "適正"
    assert my_number(0) not in str(rows)  # counts and kinds only, never a value


def test_a_file_that_cannot_be_read_is_listed_as_such(make_document: DocumentFactory) -> None:
    broken = make_document("壊れた.docx", ["本文"])
    broken.write_bytes(broken.read_bytes()[:200])  # a cut-off zip
    [row] = register_rows(scan_with_plugin(asset_register, broken))
    assert row["表示の状態"] == "確認不可" and row["読取状態"] != "ok"
