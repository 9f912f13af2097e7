"""Weaknesses found by the independent red-team set (corpus/redteam/set1.py), as should-flag tables.

Each group pairs the payloads that were missed with near misses the fix must keep unflagged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assetclass.detect.vocab import header_field, surnames
from assetclass.model import CellValue
from assetclass.normalize import join_wrapped

from .util import detect, level_of, my_number, of_type, sheet_doc, text_doc


# --- header vocabulary and normalisation --------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "field"),
    [
        # legacy exports in half-width kana
        ("ｼﾒｲ", "name"), ("ｶﾅｼﾒｲ", "name_kana"), ("ｾｲﾈﾝｶﾞｯﾋﾟ", "birth_date"), ("ｼﾞｭｳｼｮ", "address"),
        ("ﾃﾞﾝﾜ", "phone"), ("ﾏｲﾅﾝﾊﾞｰ", "my_number"),
        # vendor exports in English
        ("Date of Birth", "birth_date"), ("DOB", "birth_date"), ("Birthday", "birth_date"),
        ("Phone Number", "phone"), ("Individual Number", "my_number"), ("Gender", "gender"),
        ("Company Name", "facility"),
        # decorated and spaced headers
        ("【氏名】", "name"), ("氏名※", "name"), ("＜住所＞", "address"), ("氏\n名", "name"),
        ("生 年 月 日", "birth_date"), ("滞納\n金額", "arrears"),
        # health columns of check-up results and support lists
        ("所見", "health"), ("血圧", "health"), ("児童の健康状態", "health"),
        # near misses
        ("品名", None), ("備考", None), ("支援が必要な理由", None), ("会場", None), ("Street No", "address"),
    ],
)  # fmt: skip
def test_header_vocabulary_redteam(header: str, field: str | None) -> None:
    assert header_field(header) == field


# --- names -------------------------------------------------------------------------------------
def test_old_kanji_forms_are_known_surnames() -> None:
    known = surnames()
    assert {"髙橋", "齋藤", "渡邊", "濵田"} <= known
    assert "会議" not in known


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("・濵田様から電話、水道料金について。", True),  # bullet before a surname alone
        ("髙橋様から電話がありました", True),
        ("差出人: 齋藤 健 <kujo@example.jp>", True),
        ("送信者：渡邊 澄江", True),
        ("・申請様式は窓口で配布", False),
        ("差出人: 市民課", False),
    ],
)
def test_names_redteam(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "name"), "name", 0.5)) is flag


# --- health --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lines", "flag"),
    [
        # 保健福祉手帳 holds 福祉, which alone marks general talk
        (["母親（佐藤 花子さん）は精神障害者保健福祉手帳2級所持。"], True),
        # a form printed as text: the 既往歴 line is about the person the record names
        (["被保険者氏名　山田 太郎", "主訴：物忘れが多く服薬管理ができない。"], True),
        (["対象者：山田 太郎氏（84歳）", "状況：アルツハイマー型認知症が進行。"], True),
        (["委員長　山田 太郎　氏", "障害のある人の就労支援について説明があった。"], False),
        (["山田 太郎 様", "障害のある方は窓口にご相談ください。"], False),
        (["障害福祉計画の推進について"], False),
        (["講演会のご案内", "講師　鈴木 一郎 氏（盛岡中央病院 精神科医）"], False),  # a profession
    ],
)
def test_health_in_text_redteam(lines: list[str], flag: bool) -> None:
    assert bool(of_type(detect(text_doc("\n".join(lines)), "health"), "health", 0.5)) is flag


def test_letter_subject_about_the_addressee_is_health() -> None:
    doc = text_doc(
        "〒022-0001",
        "岩手県大船渡市盛町1-2-3",
        "山田 太郎 様",
        "精神障害者保健福祉手帳の更新について（お知らせ）",
    )
    assert level_of(doc)[0] == 3


def test_facility_list_in_text_is_not_health() -> None:
    doc = text_doc("事業所名 所在地 電話番号\nひまわり障害者支援センター 大船渡市盛町1-2-3 0192-27-1234")
    assert not of_type(detect(doc, "health"), "health", 0.5)


def _support_list(reasons: list[str]) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = [["氏名", "住所", "支援が必要な理由"]]
    names = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 幸子"]
    return rows + [
        [n, f"大船渡市盛町{i + 1}-2-3", r] for i, (n, r) in enumerate(zip(names, reasons, strict=True))
    ]


@pytest.mark.parametrize(
    ("reasons", "flag"),
    [
        (["身体障害者手帳1級", "要介護3", "人工透析", "認知症・独居"], True),
        (["高齢独居", "日中独居", "転居予定", "要介護3"], False),  # one in four: not a health column
    ],
)
def test_health_column_by_values(reasons: list[str], flag: bool) -> None:
    doc = sheet_doc(_support_list(reasons))
    assert bool(of_type(detect(doc, "health"), "health", 0.5)) is flag
    assert level_of(doc)[0] == (3 if flag else 2)


def test_health_remark_in_a_form_table() -> None:
    form: list[list[CellValue]] = [
        ["児童氏名", "山田 花子", "生年月日", "令和3年4月5日"],
        ["保護者連絡先", "090-1234-5678", "", ""],
        ["児童の様子", "有（自閉スペクトラム症　療育手帳B）", "", ""],
    ]
    assert level_of(sheet_doc(form))[0] == 3
    form[2][1] = "特になし"
    assert level_of(sheet_doc(form))[0] == 2


# --- arrears -------------------------------------------------------------------------------------
def test_spaced_title_and_polite_wording_make_a_dunning_letter() -> None:
    doc = text_doc("岩手県大船渡市盛町1-2-3", "山田 太郎　様", "督　促　状",
                   "あなたの固定資産税（第3期）が納期限までに納付されていません。")  # fmt: skip
    assert level_of(doc)[0] == 3


def test_general_notice_with_polite_wording_is_not_arrears() -> None:
    doc = text_doc(
        "市税の納付について（お知らせ）", "納期限までに納付されていません場合は、督促状が送付されます。"
    )
    assert level_of(doc)[0] == 1


@pytest.mark.parametrize(("unpaid", "level"), [(21400, 3), (0, 2)])
def test_arrears_column_inside_a_form(unpaid: int, level: int) -> None:
    form: list[list[CellValue]] = [
        ["納税義務者", "山田 太郎", "", "通知書番号", "2024-00318"],
        ["住所", "大船渡市盛町1-2-3", "", "電話", "0192-27-1234"],
        ["年度", "期別", "税額", "納付額", "未納額"],
        ["R5", "3期", 21400, 21400 - unpaid, unpaid],
    ]
    assert level_of(sheet_doc(form))[0] == level


# --- birth dates ------------------------------------------------------------------------------
def _serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


@pytest.mark.parametrize(
    ("header", "values", "flag"),
    [
        ("生年月日", [_serial(dt.date(1975, 1, 1)), _serial(dt.date(1982, 6, 30)), _serial(dt.date(1950, 3, 3))], True),
        ("生年月日", ["27395", "30132", "18325"], True),  # serials as text in a CSV
        ("DOB", ["03/15/1975", "12/01/1990", "07/04/1960"], True),  # vendor export, month first
        ("生年", [1975, 1982, 1950], False),  # years, not serials (they would be 1905 dates)
        ("受付日", [_serial(dt.date(1975, 1, 1)), _serial(dt.date(1982, 6, 30)), _serial(dt.date(1950, 3, 3))], False),
    ],
)  # fmt: skip
def test_birth_dates_without_a_date_format(header: str, values: list[CellValue], flag: bool) -> None:
    rows: list[list[CellValue]] = [["氏名", header]]
    rows += [[n, v] for n, v in zip(["山田 太郎", "佐藤 花子", "鈴木 一郎"], values, strict=True)]
    assert bool(of_type(detect(sheet_doc(rows), "birth_date"), "birth_date", 0.5)) is flag


# --- numbers wrapped in narrow PDF cells ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("1 山田 太郎 大船渡市盛町1-2-3\n090-2874-\n1887\n3", "090-2874-1887\n3"),  # next cell kept apart
        ("渡邊 拓海 1261-2908-0\n977\n", "1261-2908-0977\n"),  # broken inside a group
        ("123456789\n012\n", "123456789012\n"),
        ("1 山田 3\n2 佐藤", "1 山田 3\n2 佐藤"),
    ],
)
def test_join_wrapped_redteam(text: str, joined: str) -> None:
    assert joined in join_wrapped(text)


def test_wrapped_my_numbers_in_pdf_text_are_found() -> None:
    numbers = [my_number(f"{40879606251 + i * 7919}") for i in range(4)]
    names = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 幸子"]
    body = "氏名 マイナンバー\n" + "\n".join(
        f"{name} {n[:4]}-{n[4:8]}-{n[8]}\n{n[9:]}" for name, n in zip(names, numbers, strict=True)
    )
    assert of_type(detect(text_doc(body), "my_number"), "my_number", 0.6)


def test_a_notice_to_everyone_does_not_make_a_person_record() -> None:
    doc = text_doc("市民の皆様へ\n障害者手帳の交付を受けている場合の手続き")
    assert not of_type(detect(doc, "health"), "health", 0.5)
