"""Weaknesses found by the third red-team set (corpus/redteam/set3.py, personal data in structure),
as should-flag / should-not-flag tables: each fix is paired with the near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from assetclass.config import default_config
from assetclass.model import CellValue, Document, Table
from assetclass.policy.default_policy import classify

from .util import bad_my_number, detect, level_of, my_number, of_type, sheet_doc, text_doc

MN = my_number("12345678901")


def _docx_table(rows: list[list[CellValue]]) -> Document:
    table = Table(name="table 1", locator="table 1", rows=[list(r) for r in rows], is_sheet=False)
    return Document(name="t.docx", format="docx", tables=[table])


def _sheets(*tables: tuple[str, list[list[CellValue]]]) -> Document:
    return Document(
        name="t.xlsx",
        format="xlsx",
        tables=[Table(name=n, locator=n, rows=[list(r) for r in rows], is_sheet=True) for n, rows in tables],
    )


# --- My Number grouped oddly: only under a My Number keyword -------------------------------------
@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        (f"個人番号 {MN[:4]} {MN[4:]}", True),
        (f"マイナンバー：{MN[:6]}-{MN[6:]}", True),
        (f"受付 {MN[:4]} {MN[4:]}", False),  # odd grouping without the keyword: phone-like
        (f"個人番号 {bad_my_number('12345678901')[:4]} {bad_my_number('12345678901')[4:]}", False),
    ],
)
def test_odd_grouping_of_my_number_needs_keyword(line: str, flagged: bool) -> None:
    found = of_type(detect(text_doc(line), "my_number"), "my_number", 0.6)
    assert bool(found) is flagged


# --- one named subject, health/arrears paragraphs later ------------------------------------------
FILLER = "訪問時、居室内は整理されており、生活リズムも概ね安定している様子であった。"


HEALTH = "本人より、先月からうつ病で通院しており服薬を続けているとの申出があった。"


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (["対象者：山口 直美", *[FILLER] * 6, HEALTH], 3),
        (
            [
                "相談者　石川 和夫　様",
                *[FILLER] * 6,
                "国民健康保険税を滞納しており督促状が届いたとのこと。分納の相談に応じた。",
            ],
            3,
        ),
        # two persons named: whom the later paragraph is about is unknown
        (["対象者：山口 直美", *[FILLER] * 3, "石川 和夫様から電話があった。", *[FILLER] * 3, HEALTH], 1),
        # the name comes after the detail (a signature, a speaker): not the notes' subject
        ([HEALTH, *[FILLER] * 6, "対象者：山口 直美"], 1),
        # nobody named: a text on how to write case notes
        (["支援経過の書き方", *[FILLER] * 6, HEALTH], 1),
    ],
)
def test_sole_subject_of_case_notes(paragraphs: list[str], level: int) -> None:
    assert level_of(text_doc(*paragraphs))[0] == level


# --- names in quoted mail and English letters ----------------------------------------------------
@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("> 山口 直美です。下記に転居しました。", True),
        ("松本と申します。", True),
        ("Dear Ms. Maria Santos,", True),
        ("> 承知しました。", False),
        ("Dear Sir or Madam,", False),
    ],
)
def test_self_introductions_and_english_honorifics(line: str, flagged: bool) -> None:
    assert bool(of_type(detect(text_doc(line), "name"), "name", 0.5)) is flagged


# --- application forms: label | value pairs several per row --------------------------------------
def test_form_with_two_persons_and_pairs_on_one_row() -> None:
    rows: list[list[CellValue]] = [
        ["申請者（保護者）", "氏名", "山口 直美", "続柄", "母"],
        ["", "住所", "宮古市磯鶏3-4-5", "電話", "0193-62-1111"],
        ["対象児童", "氏名", "山口 亮", "生年月日", "平成30年4月1日"],
    ]
    doc = _docx_table(rows)
    assert of_type(detect(doc), "address", 0.5)
    assert of_type(detect(doc), "birth_date", 0.5)
    assert level_of(doc)[0] == 2


def test_form_health_remark_whose_value_names_a_field() -> None:
    rows: list[list[CellValue]] = [
        ["児童氏名", "山口 亮", "生年月日", "令和3年5月1日"],
        ["既往症・アレルギー", "気管支喘息（通院中）、卵アレルギー", "服薬", "吸入薬"],
    ]
    assert level_of(_docx_table(rows))[0] == 3


def test_list_header_is_still_a_list() -> None:
    rows: list[list[CellValue]] = [["No.", "氏名", "住所", "生年月日", "備考"]]
    names = ["山口 直美", "石川 和夫", "松本 隆", "井上 修", "木村 剛"]
    rows += [[str(i), names[i - 1], f"宮古市磯鶏3-4-{i}", "1980/1/1", ""] for i in range(1, 6)]
    doc = sheet_doc(rows)
    assert len(of_type(detect(doc), "address", 0.5)) == 5


# --- sheets joined by an ID column --------------------------------------------------------------
def _keyed(n: int) -> tuple[list[list[CellValue]], list[list[CellValue]]]:
    people: list[list[CellValue]] = [["管理番号", "氏名", "住所"]]
    names = [f"{s} {g}" for s in ("山口", "石川", "松本", "井上") for g in ("直美", "和夫", "真由美", "隆")]
    people += [[f"K{10000 + i}", names[i], f"宮古市磯鶏3-4-{i + 1}"] for i in range(n)]
    arrears: list[list[CellValue]] = [["管理番号", "滞納額"]]
    arrears += [[f"K{10000 + i}", 30000 + i] for i in range(n)]
    return people, arrears


def test_arrears_sheet_joined_by_key_concerns_the_persons() -> None:
    people, arrears = _keyed(10)
    assert level_of(_sheets(("対象者", people), ("滞納状況", arrears)))[0] == 3


def test_arrears_sheet_with_other_keys_is_not_joined() -> None:
    people, arrears = _keyed(10)
    other = [arrears[0]] + [[f"Z{20000 + i}", v] for i, (_k, v) in enumerate(arrears[1:])]
    # no firm rule joins them (2); arrears in the same file as the persons are a doubt, raised to 3
    # for review (policy: doubt rules)
    level, rules = level_of(_sheets(("対象者", people), ("滞納状況", other)))
    assert "arrears_of_person" not in rules and "personal_record" in rules
    assert (level, rules[0]) == (3, "possible_sensitive_detail")
    # arrears by key alone, without the persons' sheet: not identifiable here
    assert level_of(_sheets(("滞納状況", arrears)))[0] == 1


def test_sole_subject_rule_can_be_switched_off() -> None:
    findings = detect(text_doc("対象者：山口 直美", *[FILLER] * 6, HEALTH))
    assert classify(findings, default_config()).level == 3
    off = default_config().with_overrides({"policy": {"sole_subject_types": []}})
    assert classify(findings, off).level == 1
