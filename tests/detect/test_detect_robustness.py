"""Odd cell types and shapes never crash a detector, and no raw personal value leaks into findings."""

from __future__ import annotations

import datetime as dt
import json

from assetclass import classify

from .util import detect, my_number, sheet_doc, text_doc

VALID = my_number("12345678901")


def test_odd_cells_do_not_crash() -> None:
    rows: list[list[object]] = [
        [],
        [None, None],
        ["氏名", "生年月日", "金額", "時刻", "期間", "有無"],
        ["佐藤 花子", dt.datetime(1975, 1, 1), float("nan"), dt.time(9, 30), dt.timedelta(days=3), True],
        ["x" * 5000, 27395, 1.5e300, None, "", False],
        ["鈴木 一郎", -5, 0.0, "", None],
    ]
    doc = sheet_doc(rows, formats={(3, 1): "yyyy/m/d", (4, 1): "yyyy/m/d"})  # type: ignore[arg-type]
    doc.blocks.extend(text_doc("", "   ", "\n\n", "様", "生年月日：", "〒").blocks)
    found = detect(doc)
    assert any(f.type == "birth_date" for f in found)
    _result, classification = classify(doc)
    assert classification.level in (1, 2, 3)


def test_no_raw_value_in_findings_or_reasons() -> None:
    raw = {
        VALID: "my number",
        "岩手県釜石市只越町3-9-13": "address",
        "090-1234-5678": "phone",
        "山田 太郎": "name",
        "昭和50年1月1日": "birth date",
    }
    doc = text_doc(
        f"山田 太郎 様 個人番号：{VALID}",
        "住所：岩手県釜石市只越町3-9-13",
        "携帯 090-1234-5678",
        "生年月日：昭和50年1月1日",
    )
    rows = [
        ["氏名", "住所", "電話番号", "個人番号"],
        ["山田 太郎", "岩手県釜石市只越町3-9-13", "090-1234-5678", VALID],
    ]
    doc.tables.extend(sheet_doc(rows).tables)  # type: ignore[arg-type]
    result, _classification = classify(doc)
    dumped = json.dumps(result.to_json(), ensure_ascii=False)
    for value, what in raw.items():
        assert value not in dumped, what
        assert value.replace(" ", "") not in dumped, what
    assert all(f.value is None for f in result.findings)
