"""Weaknesses found by the sixth red-team set (corpus/redteam/set6.py), as should-flag /
should-not-flag tables through the public classification: each fix is paired with the near misses
it must leave alone. Names, numbers and layouts are this file's own."""

from __future__ import annotations

import pytest

import assetclass
from assetclass.model import CellValue

from .util import bad_my_number, detect, level_of, my_number, of_type, sheet_doc, text_doc


# --- a phone number right after a person's name and honorific ----------------------------------
@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("市民の大槻 沙織様（TEL 0463-55-2190）より、街灯が切れているとの連絡。", True),
        ("自治会長の宮坂さん 電話:0955-31-7742 へ折り返すこと。", True),
        ("窓口に来られた篠塚 透 様(携帯 080-4417-2296)の件、課内で共有します。", True),
        # an office addressed with 様, and an office's own number: not a person's contact
        ("道路管理課様（TEL 0463-55-2100）へ照会済み。", False),
        ("問い合わせは市役所 市民課（電話 0955-31-7700）まで。", False),
    ],
)
def test_phone_after_honorific_is_the_persons(line: str, flagged: bool) -> None:
    found = of_type(detect(text_doc("メール転送", line), "phone"), "phone", 0.5)
    assert bool(found) is flagged


# --- 所見 in a header: a doctor's finding, or an evaluator's remarks ------------------------------
def _list(header: str, values: list[str]) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = [["職員番号", "氏名", "生年月日", header]]
    names = ["岩永 拓真", "小野寺 恵", "土肥 亮介"]
    births = ["1984-03-12", "1990-11-02", "1979-07-25"]
    for i, (n, b, v) in enumerate(zip(names, births, values, strict=True), start=1):
        rows.append([f"E{i:04d}", n, b, v])
    return rows


@pytest.mark.parametrize(
    ("header", "values", "health"),
    [
        ("健診所見", ["高血圧の疑い", "異常なし", "要精密検査"], True),
        ("医師所見", ["経過観察", "要再検査", "特記なし"], True),
        ("評価者所見", ["主体的に業務改善に取り組んだ", "後輩指導に課題", "対外調整が的確"], False),
        ("所属長所見", ["企画力が高い", "期限管理を徹底のこと", "意欲的"], False),
        ("面談所見", ["異動希望あり", "現職継続を希望", "資格取得予定"], False),
    ],
)
def test_remarks_headers_are_not_health(header: str, values: list[str], health: bool) -> None:
    level, _reasons = level_of(sheet_doc(_list(header, values), name="一覧"))
    assert level == (3 if health else 2)


# --- case records naming their parties by role (児童：…, 母：…) -----------------------------------
@pytest.mark.parametrize(
    ("lines", "level"),
    [
        (
            (
                "個別ケース検討会議 記録",
                "本児：岡部 蓮（平31.2.8生）",
                "実母：岡部 美咲　統合失調症で通院、服薬中断あり。",
            ),
            3,
        ),
        (("支援調整会議 メモ", "父：岩田 和也", "長女：岩田 結衣　知的障害（療育手帳B）。"), 3),
        # roles without a person's name, and a general paper: no one identifiable
        (("会議 記録", "父：不明", "母：うつ病で通院中とのこと。"), 1),
        (("研修資料", "児童：虐待の早期発見について", "障害のある児童への支援制度を説明した。"), 1),
    ],
)
def test_case_record_role_labels_name_a_person(lines: tuple[str, ...], level: int) -> None:
    assert level_of(text_doc(*lines, name="k.txt"))[0] == level


# --- a mail whose body is in another charset than the one it declares ----------------------------
def _mail(body: str, declared: str, actual: str) -> bytes:
    head = (
        "From: fukushi@city.example.lg.jp\r\nTo: team@city.example.lg.jp\r\nSubject: Fwd: info\r\n"
        f"Content-Type: text/plain; charset={declared}\r\n\r\n"
    )
    return head.encode("ascii") + body.encode(actual)


BODY = "長野市若里三丁目十二番五号の荻原 秀樹さん（79歳）は、認知症の症状が進み通院も途絶えています。"


@pytest.mark.parametrize(
    ("declared", "actual"),
    [("utf-8", "cp932"), ("iso-2022-jp", "cp932"), ("utf-8", "utf-8"), ("shift_jis", "cp932")],
)
def test_mail_body_is_read_whatever_charset_it_declares(declared: str, actual: str) -> None:
    result = assetclass.scan_bytes(_mail(BODY, declared, actual), "fwd.eml")
    assert result.level == 3


def test_mail_body_without_personal_data_stays_low_in_any_charset() -> None:
    body = "来週の庁内研修は会議室Bで行います。資料は共有フォルダにあります。"
    assert assetclass.scan_bytes(_mail(body, "utf-8", "cp932"), "fwd.eml").level == 1


# --- My Numbers written one digit per box -------------------------------------------------------
MN2 = my_number("40718263950")
BOXED = " ".join(MN2)


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (("届出書", "個人番", "号", "1 2 3 4 5 6 7 8 9 10 11 12", f"届出人 {BOXED}"), True),
        (("マイナンバー（1マスに1字）", f"{BOXED}"), True),
        # no My Number word in the document: 12 digits in boxes may be anything
        (("検査記録", f"測定値 {BOXED}"), False),
        # a wrong check digit, and a run longer than 12 boxes
        (("個人番号", " ".join(bad_my_number("40718263950"))), False),
        (("個人番号", f"{BOXED} 7"), False),
    ],
)
def test_boxed_my_number_in_text(lines: tuple[str, ...], found: bool) -> None:
    assert bool(of_type(detect(text_doc(*lines), "my_number"), "my_number", 0.7)) is found


def _boxed_form(label: str, digits: str) -> list[list[CellValue]]:
    return [
        ["氏名", "", "", "", "生年月日", "", "", "", "", "", ""],
        ["北条 智史", "", "", "", "昭和61年4月3日", "", "", "", "", "", ""],
        [label, *[str(i) for i in range(1, 11)]],
        ["本人 " + digits[0], digits[1], digits[2], f"{digits[3]} {digits[4]}", *digits[5:]],
    ]


@pytest.mark.parametrize(
    ("label", "digits", "level"),
    [
        ("個人番号", MN2, 3),
        ("整理番号", MN2, 2),
        ("個人番号", bad_my_number("40718263950"), 2),
    ],
)
def test_boxed_my_number_in_a_form_table(label: str, digits: str, level: int) -> None:
    assert level_of(sheet_doc(_boxed_form(label, digits), name="届"))[0] == level


# --- a My Number in 4-4-4 across three cells under a merged 個人番号 header -----------------------
@pytest.mark.parametrize(
    ("header", "valid", "level"),
    [("個人番号", True, 3), ("マイナンバー", True, 3), ("個人番号", False, 2), ("会員番号", True, 2)],
)
def test_my_number_split_over_three_cells(header: str, valid: bool, level: int) -> None:
    bases = ["30918274651", "52038417296", "61827390452"]
    rows: list[list[CellValue]] = [["氏名", header, "", "", "住所"]]
    for n, base in zip(["相馬 直樹", "久保 千尋", "宇野 雅人"], bases, strict=True):
        d = my_number(base) if valid else bad_my_number(base)
        rows.append([n, d[:4], d[4:8], d[8:], "松本市中央一丁目2番3号"])
    assert level_of(sheet_doc(rows))[0] == level
