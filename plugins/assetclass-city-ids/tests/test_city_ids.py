"""The city-ids plugin on real files, written and scanned with assetclass.testing (the
``make_document`` fixture comes from assetclass's pytest plugin)."""

from __future__ import annotations

import assetclass_city_ids as city_ids
import pytest

from assetclass.testing import DocumentFactory, my_number, scan_with_plugin

RESIDENTS = [city_ids.make_resident_id("123456789"), city_ids.make_resident_id("200000001")]
NAMES = ["山田 太郎", "鈴木 花子"]


def types_of(path_findings: list[str], prefix: str = "city_ids.") -> set[str]:
    return {t for t in path_findings if t.startswith(prefix)}


@pytest.mark.parametrize("name", ["宛名.xlsx", "宛名.docx", "宛名.csv"])
def test_resident_ids_in_a_table_with_names_make_level_2(make_document: DocumentFactory, name: str) -> None:
    rows = [["宛名番号", "氏名"], *zip(RESIDENTS, NAMES, strict=True)]
    result = scan_with_plugin(city_ids, make_document(name, rows=rows))
    assert types_of([f.type for f in result.findings]) == {city_ids.RESIDENT}
    assert result.level is not None and result.level >= 2
    assert "city_ids.resident_id_with_name" in [r.rule for r in result.reasons]
    assert not any(value in str(result.to_json()) for value in RESIDENTS)  # evidence is masked


@pytest.mark.parametrize("name", ["通知.docx", "通知.txt", "通知.pdf"])
def test_a_resident_id_after_its_keyword_in_running_text(make_document: DocumentFactory, name: str) -> None:
    path = make_document(name, [f"宛名番号 {RESIDENTS[0]} の方へ通知します。", "担当: 職員番号 123456"])
    found = types_of([f.type for f in scan_with_plugin(city_ids, path).findings])
    assert found == {city_ids.RESIDENT, city_ids.STAFF}


def test_my_numbers_and_wrong_check_digits_are_not_resident_ids(make_document: DocumentFactory) -> None:
    wrong = RESIDENTS[0][:-1] + str((int(RESIDENTS[0][-1]) + 1) % 10)
    rows = [["宛名番号", "氏名"], [my_number(0), NAMES[0]], [my_number(1), NAMES[1]], [wrong, "佐藤 一郎"]]
    result = scan_with_plugin(city_ids, make_document("名簿.xlsx", rows=rows))
    assert not types_of([f.type for f in result.findings])
    assert "my_number" in {f.type for f in result.findings}  # the built-ins still run


def test_without_resident_ids_the_level_is_left_alone(make_document: DocumentFactory) -> None:
    path = make_document("会議.docx", ["会議のお知らせ", "出席者: 山田 太郎"])
    assert scan_with_plugin(city_ids, path).reasons == scan_with_plugin(object(), path).reasons
