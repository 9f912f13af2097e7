"""My Number: check digit, written forms, and near misses (detect-secrets style tables)."""

from __future__ import annotations

import pytest

import assetclass
from assetclass.detect.checks import is_corporate_number, is_my_number, my_number_check_digit

from .util import bad_my_number, detect, my_number, of_type, sheet_doc, text_doc

VALID = my_number("12345678901")  # 123456789018, the DOMAIN.md example
VALID2 = my_number("31415926535")
CORPORATE = "7000012050002"  # a corporate number (first digit is its check digit)


@pytest.mark.parametrize(
    ("base", "check"),
    [("12345678901", 8), ("00000000001", 9), ("98765432101", 8), ("31415926535", 2)],
)
def test_check_digit_vectors(base: str, check: int) -> None:
    # computed by hand: 12345678901 → Σ Pn·Qn = 212, 212 mod 11 = 3, 11 − 3 = 8
    assert my_number_check_digit(base) == check


def test_validity() -> None:
    assert is_my_number(VALID)
    assert not is_my_number(bad_my_number("12345678901"))
    assert not is_my_number("000000000000")  # passes the formula, but a placeholder
    assert not is_my_number(VALID[:11])
    assert is_corporate_number(CORPORATE)
    assert not is_corporate_number("8000012050002")


def _fw(s: str) -> str:
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


SPACED = f"{VALID[:4]} {VALID[4:8]} {VALID[8:]}"
HYPHENED = f"{VALID[:4]}-{VALID[4:8]}-{VALID[8:]}"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (f"個人番号：{VALID}", True),
        (f"マイナンバー {SPACED}", True),
        (f"個人番号 {HYPHENED}", True),
        (f"個人番号 {_fw(VALID[:4])}　{_fw(VALID[4:8])}　{_fw(VALID[8:])}", True),  # full width
        (f"マイナンバー {VALID[:4]}ー{VALID[4:8]}ー{VALID[8:]}", True),  # katakana long mark as hyphen
        (f"個人番号 {bad_my_number('12345678901')}", False),  # check digit wrong
        (f"法人番号 {CORPORATE}", False),  # 13 digits: not 12 + 1
        (f"個人番号 {VALID}5", False),  # part of a longer run
        (f"9{VALID}", False),
        (f"カード {VALID}-1234", False),  # 16-digit card-like run
        (f"{VALID[:4]}-{VALID[4:8]}-{VALID[8:]}-1111", False),
        (f"電話 {VALID}", False),  # negative context (stays below the floor)
        (f"番号：{HYPHENED}", True),  # a form's generic 番号 label
        (f"受付番号：{HYPHENED}", False),
        (f"整理番号 {VALID}", False),
    ],
)
def test_text_table(text: str, flag: bool) -> None:
    found = of_type(detect(text_doc(text), "my_number"), "my_number", floor=0.6)
    assert bool(found) is flag


def test_lone_number_is_weak() -> None:
    found = of_type(detect(text_doc(f"受付 {VALID} 番"), "my_number"), "my_number")
    assert found and all(f.confidence < 0.5 for f in found)


def test_wrapped_pdf_digits() -> None:
    doc = text_doc(f"個人番号 {VALID[:4]}-{VALID[4:8]}-\n{VALID[8:]}")
    assert of_type(detect(doc, "my_number"), "my_number", 0.6)


def test_evidence_is_masked() -> None:
    (f,) = of_type(detect(text_doc(f"個人番号：{VALID}"), "my_number"), "my_number")
    assert VALID not in f.evidence and f.evidence.startswith(VALID[:4]) and f.value is None
    assert f.fingerprint and VALID not in f.fingerprint


def _numbers(n: int, valid: bool) -> list[str]:
    out = []
    for i in range(n):
        base = f"{(i * 7919 + 1234567) % 10**11:011d}"
        out.append(my_number(base) if valid else bad_my_number(base))
    return out


def test_column_under_header_with_title_rows() -> None:
    rows: list[list[object]] = [["住民票データ"], [], ["氏名", "個人番号"]]
    rows += [[f"佐藤 花子{chr(0x4E00 + i)}", n] for i, n in enumerate(_numbers(20, True))]
    found = of_type(detect(sheet_doc(rows), "my_number"), "my_number", 0.9)  # type: ignore[arg-type]
    assert len(found) == 20
    assert found[0].locator == "名簿!B4" and found[0].record == "名簿#row4"


def test_number_cells_with_lost_leading_zero() -> None:
    nums = [my_number(f"0{(i * 7919 + 1234567891) % 10**10:010d}") for i in range(5)]
    assert all(n[0] == "0" and n[1] != "0" for n in nums)
    rows = [["氏名", "個人番号"]] + [["佐藤 花子", int(n)] for n in nums]
    found = of_type(detect(sheet_doc(rows), "my_number"), "my_number", 0.6)
    assert len(found) == len(nums) > 0


def test_headerless_column_by_validation_share() -> None:
    rows = [["佐藤 花子", n] for n in _numbers(12, True)]
    found = of_type(detect(sheet_doc(rows), "my_number"), "my_number", 0.6)
    assert len(found) == 12


def test_order_number_column_is_not_my_number() -> None:
    # random 12-digit order numbers: about 1 in 11 pass the check digit by chance
    nums = [f"{(i * 104729 + 99991) % 10**12:012d}" for i in range(300)]
    assert 0 < sum(is_my_number(n) for n in nums) < 60
    rows = [["注文番号", "品名"]] + [[n, "コピー用紙"] for n in nums]
    assert not of_type(detect(sheet_doc(rows), "my_number"), "my_number", 0.5)
    rows = [["番号", "品名"]] + [[n, "コピー用紙"] for n in nums]
    assert not of_type(detect(sheet_doc(rows), "my_number"), "my_number", 0.5)


def test_corporate_number_column() -> None:
    rows = [["法人名", "法人番号"], ["株式会社テスト", CORPORATE]]
    found = detect(sheet_doc(rows))
    assert of_type(found, "corporate_number", 0.9)
    assert not of_type(found, "my_number")


# A sample form (記入例 / 見本) prints a made-up number: a digit run that passes the check digit.
SAMPLE_FORM = "【記載例】転入届\n氏名：{name}　生年月日：昭和60年5月5日\n個人番号：{number}\n"


@pytest.mark.parametrize(
    ("number", "level"),
    [
        (f"{VALID[:4]} {VALID[4:8]} {VALID[8:]}", 1),  # 1234 5678 9018: the textbook sample
        (my_number("11111111111"), 1),
        (my_number("98765432109"), 1),
        (VALID2, 3),  # a number of no pattern is someone's, sample or not
    ],
)
def test_sample_forms_print_placeholder_numbers(number: str, level: int) -> None:
    form = SAMPLE_FORM.format(name="見本 太郎", number=number)
    result = assetclass.scan_bytes(form.encode("utf-8"), "form.txt")
    assert result.level == level, [r.message_en for r in result.reasons]


def test_placeholder_outside_a_sample_is_still_a_my_number() -> None:
    """Only a document that says it is a sample makes a digit run a placeholder."""
    form = SAMPLE_FORM.replace("【記載例】", "").format(name="山本 陽子", number=VALID)
    assert assetclass.scan_bytes(form.encode("utf-8"), "form.txt").level == 3


# --- blind set 4 (issue 9): numbers in a form's free cells; sample forms ----------------------------
from assetclass.model import Document, Region, Table, TextBlock  # noqa: E402

from .util import level_of  # noqa: E402


def _form_doc(rows: list[list[object]], *paragraphs: str) -> Document:
    blocks = [TextBlock(p, f"paragraph {i}", Region.BODY) for i, p in enumerate(paragraphs, start=1)]
    table = Table(name="table 1", locator="table 1", rows=rows, region=Region.TABLE)  # type: ignore[arg-type]
    return Document(name="t.docx", format="docx", blocks=blocks, tables=[table])


_MN = my_number("40517720936")


@pytest.mark.parametrize(
    ("rows", "level"),
    [
        # should flag: a 4-4-4 number under 個人番号カード in a form naming a person
        (
            [
                ["氏名", "及川 みどり"],
                ["本人確認書類", "個人番号カード"],
                ["", f"{_MN[:4]} {_MN[4:8]} {_MN[8:]}"],
            ],
            3,
        ),
        ([["氏名", "及川 みどり"], ["住所", "一関市竹山町7番2号"], ["備考", "番号確認済"], ["", _MN]], 3),
        # should not flag 3: a wrong check digit; an order number; nobody named
        (
            [["氏名", "及川 みどり"], ["本人確認書類", "個人番号カード"], ["", bad_my_number("40517720936")]],
            1,
        ),
        ([["氏名", "及川 みどり"], ["注文番号", "第2便"], ["", f"注文番号 {_MN}"]], 1),
        ([["件名", "窓口混雑状況"], ["受付日", "6月3日"], ["", f"{_MN[:4]} {_MN[4:8]} {_MN[8:]}"]], 1),
    ],
)
def test_number_in_a_free_cell_of_a_form(rows: list[list[object]], level: int) -> None:
    assert level_of(_form_doc(rows))[0] == level


_SAMPLE_FORM = [["氏名", "一関 花子"], ["住所", "一関市竹山町7番2号"], ["個人番号", "1234 5678 9018"]]


@pytest.mark.parametrize(
    ("rows", "paragraphs", "level"),
    [
        # should not flag: a sample form (記入例, 見本) with its placeholder name and number
        (_SAMPLE_FORM, ["【記入例】個人番号届出書"], 1),
        ([["氏名", "見本 太郎"], ["住所", "一関市竹山町7番2号"], ["電話", "0191-00-0000"]], ["見本"], 1),
        # should flag: the same values on a form that does not say it is a sample
        (_SAMPLE_FORM, ["個人番号届出書"], 3),
        # should flag: a real person on a form that mentions the sample sheet
        ([["氏名", "及川 みどり"], ["住所", "一関市竹山町7番2号"], ["個人番号", f"{_MN[:4]} {_MN[4:8]} {_MN[8:]}"]],
         ["個人番号届出書（記入例は裏面）"], 3),
    ],
)  # fmt: skip
def test_sample_forms(rows: list[list[object]], paragraphs: list[str], level: int) -> None:
    assert level_of(_form_doc(rows, *paragraphs))[0] == level
