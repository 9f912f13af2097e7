"""Names in running text (detect.name): lists that lead each line with a person's name and a value,
contacts written into a sentence, and the text that only looks like such a list (facilities, titled
officers, staff signatures, a story's characters).

Every payload is written here: made-up names, real municipalities, numbers of no one.
"""

from __future__ import annotations

import pytest

import assetclass

# Lists typed by staff into a text file or a Word paragraph per person: the names lead each line.
PERSON_LISTS = {
    "tab_separated_phones": "子ども会 役員連絡網\n佐藤 健一\t054-623-1180\n鈴木 花子\t090-3321-4410\n"
    "高橋 直美\t054-627-5561\n田中 大輔\t080-1198-2235\n",
    "labelled_phones": "防犯パトロール当番表\n伊藤 美咲　TEL 054-622-9031　（本町）\n"
    "渡辺 翔　携帯 090-5521-7710　（栄町）\n山本 陽子　TEL 054-628-0042　（浜当目）\n",
    "town_and_lot_with_age": "炊き出し受付（手書き転記）\n中村 誠　栄町3-12-5　48歳\n小林 由美　大島1-4-20　71歳\n"
    "加藤 一郎　焼津市中港2丁目8番3号　35歳\n吉田 恵　石津5-18-2　62歳\n",
    "numbered_with_address": "1 山口 拓真 静岡県焼津市東小川4丁目2番1号\n2 佐藤 健一 焼津市栄町1-9-3\n"
    "3 鈴木 花子 静岡県焼津市大住120番地\n",
}

# Lines that lead with something else, or name no one privately.
NOT_PERSON_LISTS = {
    "facilities": "市内の集会施設\n中央公民館\t焼津市本町2丁目16番32号\t054-626-1111\n"
    "大井川公民館\t焼津市宗高900番地\t054-662-0600\n港体育館\t焼津市中港3丁目1番1号\t054-628-2110\n",
    "clinics_named_after_doctors": "休日当番医\n高橋 内科\t焼津市本町1-2-3\t054-620-1111\n"
    "伊藤 歯科\t焼津市栄町2-3-4\t054-620-2222\n渡辺 整骨院\t焼津市中港3-4-5\t054-620-3333\n",
    "titled_officers": "町内会連合会 役員\n会長 佐藤 健一 （本町町内会）\n副会長 鈴木 花子 （栄町町内会）\n"
    "会計 高橋 直美 （浜当目町内会）\n",
    "clinics_with_directors": "休日当番医\n焼津中央内科医院　院長 田中 大輔　焼津市栄町1-2-3　TEL 054-620-1234\n"
    "みなと歯科クリニック　院長 伊藤 美咲　焼津市本町4-5-6　TEL 054-621-5678\n",
    "staff_signature": "お問い合わせ\n焼津市役所 市民課：渡辺 翔 054-626-1111（内線 321）\n",
    "prose": "本市の人口は令和6年4月1日現在で136,000人です。\n前年度と比べて約800人減少しました。\n",
    "place_list_in_text": "name nameKana address tel latitude longitude\n"
    "石津 浜公園 イシヅハマコウエン 焼津市石津港町12 054-623-0001 34.86 138.31\n"
    "大住 ふれあい広場 オオスミフレアイヒロバ 焼津市大住400 054-623-0002 34.87 138.30\n",
}


@pytest.mark.parametrize("key", sorted(PERSON_LISTS))
def test_person_lists_in_text_are_personal(key: str) -> None:
    result = assetclass.scan_bytes(PERSON_LISTS[key].encode("utf-8"), f"{key}.txt")
    assert result.status == "ok"
    assert result.level == 2, [r.message_en for r in result.reasons]
    names = [f for f in result.findings if f.type == "name" and f.confidence >= 0.5]
    assert len(names) >= 3


@pytest.mark.parametrize("key", sorted(NOT_PERSON_LISTS))
def test_lists_of_places_and_roles_are_not_personal(key: str) -> None:
    result = assetclass.scan_bytes(NOT_PERSON_LISTS[key].encode("utf-8"), f"{key}.txt")
    assert result.status == "ok"
    assert result.level == 1, [r.message_en for r in result.reasons]


def test_a_list_names_more_confidently_than_one_line() -> None:
    """Three lines of the same shape make a list of persons (0.75, no review); one line is 0.6."""
    many = assetclass.scan_bytes(PERSON_LISTS["tab_separated_phones"].encode("utf-8"), "list.txt")
    one = assetclass.scan_bytes("佐藤 健一\t054-623-1180\n".encode(), "one.txt")
    assert {f.confidence for f in many.findings if f.type == "name"} == {0.75}
    assert {f.confidence for f in one.findings if f.type == "name"} == {0.6}


CONTACT_SENTENCES = [
    ("折り返し連絡をください。小林 由美 焼津市大住120番地 電話054-662-1234", 2),
    ("説明会に参加したいです。加藤 一郎 TEL 090-8812-3345", 2),
    ("窓口の小林さんが丁寧に説明してくれました。", 1),
    ("市民課の加藤 一郎が担当します。", 1),
]


@pytest.mark.parametrize(("sentence", "level"), CONTACT_SENTENCES)
def test_contact_written_into_a_sentence(sentence: str, level: int) -> None:
    result = assetclass.scan_bytes(f"ご意見\n{sentence}\n".encode(), "opinion.txt")
    assert result.level == level, [r.message_en for r in result.reasons]


STORY = (
    "{title}\n"
    "管理人の川村は、佐々木美帆の部屋の前で立ち止まった。家賃の滞納はもう半年になる。\n"
    "「佐々木さん、開けてください」。郵便受けには督促状がはみ出していた。\n"
    "夜になって帰ってきた美帆は、病院の薬の袋を抱えていた。父の通院に付き添っていたのだ。\n"
)


@pytest.mark.parametrize(
    ("title", "level"),
    [("短編小説「四月の窓」より", 1), ("童話　月夜の手紙", 1), ("訪問記録（令和6年5月）", 3)],
)
def test_declared_fiction_names_no_one(title: str, level: int) -> None:
    """A story's characters are nobody; the same text under a case-record title is about someone."""
    result = assetclass.scan_bytes(STORY.format(title=title).encode("utf-8"), "story.txt")
    assert result.level == level, [r.message_en for r in result.reasons]
