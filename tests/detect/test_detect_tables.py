"""Table analysis: header rows that are not row 1, two-row headers, forms, facility lists."""

from __future__ import annotations

import pytest

from assetclass import classify
from assetclass.config import default_config
from assetclass.detect import tables
from assetclass.detect.vocab import header_field
from assetclass.interfaces import DetectContext

from .util import bad_my_number, detect, level_of, my_number, of_type, sheet_doc


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("氏名", "name"), ("世帯主氏名", "name"), ("カナ氏名", "name_kana"), ("フリガナ", "name_kana"),
        ("住所", "address"), ("現住所", "address"), ("住所地", "address"), ("送付先", "address"),
        ("生年月日", "birth_date"), ("生年月日(和暦)", "birth_date"), ("生年月日（和暦）", "birth_date"),
        ("個人番号", "my_number"), ("マイナンバー", "my_number"), ("電話番号", "phone"), ("性別", "gender"),
        ("続柄", "relationship"), ("世帯番号", "household_number"), ("収入額", "income"), ("所得", "income"),
        ("滞納額", "arrears"), ("未納額", "arrears"), ("滞納月数", "arrears"), ("病名", "health"),
        ("障害等級", "health"), ("法人番号", "corporate_number"), ("施設名", "facility"),
        ("注文番号", "other_number"), ("品名", None), ("備考", None),
    ],
)  # fmt: skip
def test_header_vocabulary(header: str, field: str | None) -> None:
    assert header_field(header) == field


def _info(rows: list[list[object]]) -> tables.TableInfo:
    doc = sheet_doc(rows)  # type: ignore[arg-type]
    (info,) = tables.analyse(doc, DetectContext(config=default_config()))
    return info


def test_header_below_title_and_blank_rows() -> None:
    info = _info([["令和6年度 児童手当受給者一覧"], [], [None, "作成：子育て支援課"], ["氏名", "住所", "生年月日"],
                  ["佐藤 花子", "岩手県釜石市只越町3-9-13", "S50.1.1"]])  # fmt: skip
    assert info.header_rows == (3,)
    assert [info.columns[j].kind for j in range(3)] == ["name", "address", "birth_date"]
    assert info.data_rows == [4] and info.record(4) == "名簿#row5"


def test_two_row_header() -> None:
    info = _info(
        [
            ["世帯主", None, "連絡先"],
            ["氏名", "住所", "電話番号"],
            ["佐藤 花子", "釜石市只越町3-9-13", "090-1234-5678"],
        ]
    )
    assert info.header_rows == (0, 1)
    assert info.columns[1].kind == "address" and info.columns[2].kind == "phone"


def test_headerless_columns_inferred_from_values() -> None:
    rows = [
        [f"{s} 太郎", f"岩手県釜石市只越町{i}-9-13", f"090-1234-{5670 + i}"]
        for i, s in enumerate(["佐藤", "鈴木", "高橋", "田中", "伊藤"])
    ]
    info = _info(rows)  # type: ignore[arg-type]
    assert info.header_rows == ()
    assert [info.columns[j].kind for j in range(3)] == ["name", "address", "phone"]
    assert level_of(sheet_doc(rows))[0] == 2  # type: ignore[arg-type]


def test_form_table_is_one_record() -> None:
    rows = [
        ["申請書", None],
        ["氏名", "佐藤 花子"],
        ["住所", "岩手県釜石市只越町3-9-13"],
        ["電話番号", "090-1234-5678"],
    ]
    info = _info(rows)  # type: ignore[arg-type]
    assert info.form
    found = detect(sheet_doc(rows))  # type: ignore[arg-type]
    assert {f.record for f in found if f.type in ("name", "address", "phone")} == {"名簿#form"}
    assert level_of(sheet_doc(rows))[0] == 2  # type: ignore[arg-type]


def test_facility_list_is_not_personal() -> None:
    rows = [["施設一覧"], ["施設名", "所在地", "電話番号"],
            ["釜石市民体育館", "岩手県釜石市大町1-1-1", "0193-22-2111"],
            ["釜石市立図書館", "岩手県釜石市大町2-2-2", "0193-22-3333"]]  # fmt: skip
    found = detect(sheet_doc(rows))  # type: ignore[arg-type]
    assert not of_type(found, "address", 0.5) and not of_type(found, "phone", 0.5)
    assert level_of(sheet_doc(rows))[0] == 1  # type: ignore[arg-type]


_GYMS = [["施設一覧"], ["施設名", "所在地", "電話番号", "緯度", "経度"],
         ["釜石市民体育館", "岩手県釜石市大町1-1-1", "0193-22-2111", "39.27", "141.88"],
         ["釜石市立図書館", "岩手県釜石市大町2-2-2", "0193-22-3333", "39.27", "141.88"]]  # fmt: skip
_KEY_HOLDERS = [[], ["開錠当番（地域の方）"], ["氏名", "住所", "電話番号"],
                ["佐藤 花子", "岩手県釜石市甲子町10-1-5", "090-1234-5678"],
                ["鈴木 一郎", "岩手県釜石市小佐野町3-4-2", "0193-23-4567"]]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "level", "persons"),
    [
        (_GYMS + _KEY_HOLDERS, 2, {"名簿#row8", "名簿#row9"}),  # a facility list, then a person list
        ([*_KEY_HOLDERS[2:], [], *_GYMS], 2, {"名簿#row2", "名簿#row3"}),  # the other way round
        ([*_GYMS, _GYMS[1], *_GYMS[2:]], 1, set()),  # a repeated header (page break) splits nothing
    ],
)
def test_stacked_tables_are_analysed_apart(rows: list[list[str]], level: int, persons: set[str]) -> None:
    doc = sheet_doc(rows)  # type: ignore[arg-type]
    names = of_type(detect(doc, "name"), "name", 0.5)
    assert {f.record for f in names} == persons
    assert level_of(sheet_doc(rows))[0] == level  # type: ignore[arg-type]


def test_arrears_list() -> None:
    rows = [
        ["保育料滞納者一覧"],
        ["氏名", "滞納額", "滞納月数"],
        ["佐藤 花子", 120000, 4],
        ["鈴木 一郎", 0, 0],
    ]
    found = of_type(detect(sheet_doc(rows), "arrears"), "arrears", 0.5)  # type: ignore[arg-type]
    assert {f.record for f in found} == {"名簿#row3"}  # 鈴木 owes nothing
    level, rules = level_of(sheet_doc(rows))  # type: ignore[arg-type]
    assert level == 3 and "arrears_of_person" in rules


def test_bulk_register_over_threshold() -> None:
    surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田"]
    given = ["太郎", "花子", "一郎", "次郎", "陽子", "健一", "直子", "翔", "舞", "聡", "恵"]
    rows: list[list[object]] = [["氏名", "住所"]]
    rows += [
        [f"{s} {g}", f"釜石市只越町{i % 9 + 1}-{i}-1"]
        for i, (s, g) in enumerate((s, g) for s in surnames for g in given)
    ]
    level, rules = level_of(sheet_doc(rows))  # type: ignore[arg-type]
    assert len(rows) - 1 == 121 and level == 3 and "bulk_personal_records" in rules
    level, rules = level_of(sheet_doc(rows[:101]))  # type: ignore[arg-type]
    assert level == 2 and "bulk_personal_records" not in rules


def test_split_surname_and_given_name_columns() -> None:
    rows = [
        ["世帯No", "姓", "名", "続き柄", "送付先"],
        ["083705941", "林", "舞", "世帯主", "八戸市白金6-14-21"],
    ]
    found = of_type(detect(sheet_doc(rows), "name"), "name", 0.5)  # type: ignore[arg-type]
    assert len(found) == 1
    assert (
        "林" not in found[0].evidence and "舞" not in found[0].evidence
    )  # a one-kanji surname: nothing shown
    assert level_of(sheet_doc(rows))[0] == 2  # type: ignore[arg-type]


def test_kana_only_name_column_still_counts_persons() -> None:
    rows: list[list[object]] = [["フリガナ", "生年月日"]]
    rows += [
        [f"ヤマダ タロウ{chr(0x30A2 + i % 40)}", f"S{20 + i % 40}.{1 + i % 12}.{1 + i % 28}"]
        for i in range(120)
    ]
    level, rules = level_of(sheet_doc(rows))  # type: ignore[arg-type]
    assert level == 3 and "bulk_personal_records" in rules


def test_namesakes_with_different_birth_dates_are_different_persons() -> None:
    rows: list[list[object]] = [["氏名", "カナ氏名", "生年月日"]]
    rows += [["佐藤 花子", "サトウ ハナコ", f"S{20 + i % 40}.{1 + i % 12}.{1 + i // 40}"] for i in range(101)]
    _result, classification = classify(sheet_doc(rows))
    assert classification.subjects == 101 and classification.level == 3


def test_postal_code_table_has_no_names() -> None:
    rows = [["郵便番号", "都道府県", "市区町村", "町域"]] + [
        [f"154-{i:04d}", "東京都", "世田谷区", "松浦町"] for i in range(30)
    ]
    assert not of_type(detect(sheet_doc(rows), "name"), "name", 0.5)  # type: ignore[arg-type]


# --- found by blind set 4 (issue 9): split names, staff directories, lists that are not forms ---------


def _level_of_rows(rows: list[list[object]]) -> int:
    return level_of(sheet_doc(rows))[0]  # type: ignore[arg-type]


_RESIDENTS = [("菅原", "美咲", "盛岡市中ノ橋通1丁目4番22号"), ("千葉", "大輔", "花巻市東町8番3号"),
              ("村上", "由美", "北上市本通り2丁目1番9号"), ("昆野", "翔太", "遠野市中央通り5番11号")]  # fmt: skip


def test_name_split_over_two_columns_under_one_header() -> None:
    """氏名 merged across 姓 | 名 (or a printout whose given names start at a fixed x)."""
    rows: list[list[object]] = [["氏名", None, "住所"], *[[s, g, a] for s, g, a in _RESIDENTS]]
    info = _info(rows)
    assert info.columns[1].kind == "given_name"
    names = of_type(detect(sheet_doc(rows), "name"), "name", 0.5)  # type: ignore[arg-type]
    assert len(names) == len(_RESIDENTS) and all(f.confidence == 0.9 for f in names)
    # each person's key holds the given name: namesakes of one surname stay apart
    assert len({f.fingerprint for f in names}) == len(_RESIDENTS)
    assert _level_of_rows(rows) == 2


@pytest.mark.parametrize(
    ("rows", "level"),
    [
        # should not flag: staff at work (department, job title, extension, the office's number)
        ([["所属", "職名", "氏名", "内線"], *[["福祉課", "主査", f"{s} {g}", f"31{i}"] for i, (s, g, _) in enumerate(_RESIDENTS)]], 1),
        ([["部署", "役職", "氏名", "代表電話"], *[["障害福祉課", "係長", f"{s} {g}", "019-651-1111"] for s, g, _ in _RESIDENTS]], 1),
        # should flag: the same staff with their home addresses or private mobiles (an emergency call list)
        ([["所属", "職名", "氏名", "住所"], *[["福祉課", "主査", f"{s} {g}", a] for s, g, a in _RESIDENTS]], 2),
        ([["所属", "職名", "氏名", "携帯電話"], *[["福祉課", "主査", f"{s} {g}", f"090-41{i}2-77{i}8"] for i, (s, g, _) in enumerate(_RESIDENTS)]], 2),
        # should flag: a job title without a department or extension column is not a staff list
        ([["役職", "氏名", "住所"], *[["班長", f"{s} {g}", a] for s, g, a in _RESIDENTS]], 2),
    ],
)  # fmt: skip
def test_staff_directories(rows: list[list[object]], level: int) -> None:
    assert _level_of_rows(rows) == level


def test_department_names_do_not_make_a_form() -> None:
    """A list whose 所属 column sometimes names a field-like department (障害福祉課) is a list."""
    depts = [
        "障害福祉課",
        "長寿介護課",
        "税務課",
        "市民課",
        "障害福祉課",
        "子育て支援課",
        "総務課",
        "障害福祉課",
        "収納課",
    ]
    rows: list[list[object]] = [["所属", "職名", "氏名", "内線"]]
    rows += [
        [d, "主事", f"{s} {g}", f"20{i}"]
        for i, (d, (s, g, _)) in enumerate(zip(depts, _RESIDENTS * 3, strict=False))
    ]
    info = _info(rows)
    assert not info.form and info.header_rows == (0,)
    assert _level_of_rows(rows) == 1


@pytest.mark.parametrize(
    ("digits", "level"),
    [
        (list(my_number("73019264581")), 3),  # one digit per box of the form
        (list(bad_my_number("73019264581")), 2),  # a wrong check digit: not a My Number
        (list("0193221234"), 2),  # ten boxes of another number
    ],
)
def test_my_number_in_boxes(digits: list[str], level: int) -> None:
    rows: list[list[object]] = [
        ["転出届"],
        ["届出人氏名", "菅原 美咲", *[None] * 11],
        ["住所", "盛岡市中ノ橋通1丁目4番22号", *[None] * 11],
        ["個人番号", *[int(d) for d in digits]],
    ]
    assert _level_of_rows(rows) == level


def test_two_row_sheet_with_a_health_column_under_a_plain_header() -> None:
    """所属 | 氏名 | 期間 | 事由 with two employees on sick leave: 事由 names conditions in every row."""
    rows: list[list[object]] = [
        ["所属", "氏名", "期間", "事由"],
        ["土木課", "小野寺 健", "5/7-5/20", "病気休暇（肺炎で入院）"],
        ["会計課", "及川 みどり", "6/3-6/7", "病気休暇（通院治療）"],
    ]
    assert _level_of_rows(rows) == 3
    # one row of two names a condition: not a column of conditions (half of two rows is too few),
    # but a remark about that row's person all the same (detect.health reads remarks of person rows)
    assert _level_of_rows([*rows[:2], ["会計課", "及川 みどり", "6/3-6/7", "年次休暇（私用）"]]) == 3
    assert (
        _level_of_rows(
            [rows[0], ["土木課", "小野寺 健", "5/7-5/20", "年次休暇（私用）"], [*rows[2][:3], "夏季休暇"]]
        )
        == 1
    )
