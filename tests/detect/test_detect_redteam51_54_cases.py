"""Weaknesses found by blind sets 51–54 (corpus/redteam/set51.py … set54.py) and fixed as classes,
as should-flag / should-not-flag pairs through the public classification. Names, numbers and
layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc, word_doc


def _memo(*lines: str) -> int:
    return level_of(text_doc("\n".join(lines), name="memo.txt"))[0]


def test_a_number_copied_from_a_person_s_form() -> None:
    chat = [
        "[14:10] 丹羽 稔: 年金事務所が中村 昭夫さんに折り返したいそうです。連絡先ありますか",
        "[14:12] 岡田 蒼: 先月の窓口受付票に 080-3568-4857 とあります",
    ]
    assert _memo(*chat) == 2
    desk = ["[14:10] 丹羽 稔: 年金の窓口の番号は？", "[14:12] 岡田 蒼: 保険年金課窓口 0858-22-1111 です"]
    assert _memo(*desk) == 1


def test_a_mother_s_new_address_and_her_children_s_birth_dates() -> None:
    memo = [
        "一時保護解除後の転居先について（連絡）",
        "令和6年9月4日に一時保護を解除された 高橋 裕子 さんの転居先が決まりましたので、関係課に連絡します。"
        "加害者からの照会には応じないでください。",
        "転居先：亀山市田村町374番地1（民間賃貸）",
        "同伴児童：ハル（平成27年5月8日生）、心春（令和3年8月5日生）、博（平成24年4月9日生）",
    ]
    assert level_of(text_doc(*memo))[0] == 2
    places = [
        "避難所の候補について",
        "担当 高橋 裕子 さんから次の候補の連絡がありました。候補地の収容人数と備蓄の状況は別表のとおりです。",
        "亀山市田村町374番地1、亀山市本町2丁目3番4号、亀山市東町1丁目1番1号、亀山市西町5番地",
    ]
    assert level_of(text_doc(*places))[0] == 1


def test_a_business_consultant_is_no_diagnosis() -> None:
    form: list[list[CellValue]] = [
        ["氏名", "小川 麻衣"],
        ["電話", "090-6020-8601"],
        ["相談内容", "販路拡大（ネット通販を始めたい）"],
        ["相談員", "中小企業診断士 松井 昌平"],
    ]
    assert level_of(word_doc(form, "経営相談 記録"))[0] == 2
    ill: list[list[CellValue]] = [*form[:3], ["備考", "うつ病と診断され通院中のため短時間で対応"]]
    assert level_of(word_doc(ill, "経営相談 記録"))[0] == 3


def test_a_category_of_owner_is_no_name() -> None:
    shops: list[list[CellValue]] = [
        ["物件No", "所在地", "商店街", "所有者区分"],
        ["A-01", "倉吉市明治町2丁目8番7号", "本町通り商店街", "個人"],
        ["A-02", "倉吉市上井町４丁目１－１６", "ふれあい商店街", "法人"],
        ["A-03", "倉吉市東町3丁目2番1号", "本町通り商店街", "個人"],
    ]
    assert level_of(sheet_doc(shops, name="物件"))[0] == 1
    owners: list[list[CellValue]] = [[*r[:3], "所有者" if i == 0 else n] for i, (r, n) in enumerate(
        zip(shops, ["", "松井 昌平", "小川 麻衣", "岡田 蒼"], strict=True))]  # fmt: skip
    assert level_of(sheet_doc(owners, name="物件"))[0] == 2
