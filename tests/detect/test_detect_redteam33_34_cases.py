"""Weaknesses found by blind sets 33 and 34 (corpus/redteam/set33.py, set34.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def test_welfare_in_a_place_s_name_is_no_general_talk() -> None:
    record = [
        "避難所巡回記録（保健師）",
        "福田 紬さん（大町町大字大町654番地2）、夫と二人で避難中。",
        "食事は弁当中心で塩分が多い。",
        "産科で妊娠高血圧症候群と診断されており、福祉避難所（個室）への移動を調整する。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    plan = ["避難所運営計画", "福祉避難所（個室）への移動は、高血圧症など持病のある方を優先する。"]
    assert level_of(text_doc(*plan))[0] == 1


def test_an_injury_and_its_treatment_in_an_accident_report() -> None:
    form: list[list[CellValue]] = [
        ["項目", "内容"],
        ["氏名", "山口 義男"],
        ["住所", "大町町栄町５丁目１５－８"],
        ["内容", "床板の釘を踏み抜き、左足裏を負傷"],
        ["処置", "町立病院で縫合3針、全治2週間"],
    ]
    assert level_of(sheet_doc(form, name="事故報告"))[0] == 3
    # a press release's 負傷者 label, naming no one, is no one's injury
    release = [
        "建物火災の発生について",
        "負傷者　住人の80代女性が煙を吸い軽傷",
        "居住者の氏名は公表しません。",
    ]
    assert level_of(text_doc(*release))[0] == 1


def test_a_roster_reached_at_its_posts() -> None:
    rows: list[list[CellValue]] = [["職", "氏名", "担当", "連絡先（詰所）"]]
    rows += [
        ["団長", "内田 康弘", "全体統括", "0952-72-2111"],
        ["分団長", "新田 良平", "第1分団", "0952-84-7676"],
    ]
    rows += [["分団長", "坂本 康弘", "第2分団", "0952-49-6194"]]
    assert level_of(sheet_doc(rows, name="幹部名簿"))[0] == 1
    # the same members at their own mobiles are private persons
    home = [["職", "氏名", "担当", "携帯電話（自宅）"]] + [
        [*r[:3], f"090-1234-{5678 + k}"] for k, r in enumerate(rows[1:])
    ]
    assert level_of(sheet_doc(home, name="連絡網"))[0] == 2


def test_a_name_with_a_nested_bracket_of_details() -> None:
    report = [
        "公務災害 発生報告書",
        "団員 西村 智子（第5分団（栄町）、大町町大字大町宮ノ元862番地）",
        "状況：土のう運搬中に転落。",
        "町立病院で腰椎圧迫骨折と診断、2週間の入院。",
    ]
    assert level_of(text_doc(*report))[0] == 3
    letter = [
        "大町町 保健福祉課 御中",
        "母はアルツハイマー型認知症で、薬を毎日服用しています。",
        "大町町大字大町1048番地　秋山 千鶴（電話 0952-73-6185）",
    ]
    assert level_of(text_doc(*letter))[0] == 3
    # an office's contact with its phone in brackets is staff
    notice = [
        "副反応疑い報告の状況",
        "報告は 2 件でした。",
        "問い合わせ：健康推進課 予防係 上野 ミツ（電話 0223-34-2125）",
    ]
    assert level_of(text_doc(*notice))[0] == 1


def test_a_home_given_in_a_safety_check_log() -> None:
    log = [
        "(19:10)",
        "野口 ヨシノ → 福母の千葉 由美さん、娘さんから連絡つかないと電話",
        "(19:12)",
        "熊谷 凛 → 自宅は大町町大字福母272番地。民生委員さんに見に行ってもらいます",
        "(19:40)",
        "熊谷 凛 → 無事。近所の家に身を寄せていた",
    ]
    assert _memo(*log) == 2
    shelter = [
        line.replace("自宅は大町町大字福母272番地", "避難所は大町町大字福母272番地の公民館") for line in log
    ]
    assert _memo(*shelter) == 1


def test_a_foreign_resident_s_name_in_katakana_and_latin() -> None:
    chat = [
        "10:21\t十八女 凛\tホアン・ミン・アンさん（HOANG MINH AN）の転居届、世帯主欄の記入漏れです",
        "10:23\t服部 陸斗\t本人に確認します。電話番号わかりますか",
        "10:24\t十八女 凛\t届書に 0574-34-9445 とあります",
    ]
    assert _memo(*chat) == 2
    card = ["こども日本語教室 個人票", "保護者　クルニアワン・アグス（KURNIAWAN AGUS）　電話 080-6749-3256"]
    assert level_of(text_doc(*card))[0] == 2
    # a katakana word with an honorific is a role (サポーターさん), and a dotted katakana title is no one
    staff = [
        "10:21\t十八女 凛\tサポーターさんに連絡します。電話 0574-34-9445",
        "10:22\t服部 陸斗\tコミュニティ・センターの件も",
    ]
    assert _memo(*staff) == 1


def test_a_form_and_a_list_in_a_passport_s_order() -> None:
    form = [
        "日本語教室 受講申込書",
        "なまえ（Name）　LE THANH LINH",
        "カタカナ　レ・タイン・リン",
        "でんわ（Tel）　090-8154-7186",
    ]
    assert level_of(text_doc(*form))[0] == 2
    rows: list[list[CellValue]] = [["No", "Family", "Given", "カタカナ", "国籍", "電話"]]
    rows += [[1, "MAGAR", "DIPAK", "マガル・ディパク", "ネパール", "090-8154-7186"]]
    rows += [[2, "NGUYEN", "QUANG DUNG", "グエン・クアン・ズン", "ベトナム", "090-1548-9883"]]
    assert level_of(sheet_doc(rows, name="名簿"))[0] == 2
    # the same columns counting classes, not persons
    counts: list[list[CellValue]] = [["Family", "Given", "人数"], ["初級", "A", 12], ["中級", "B", 9]]
    assert level_of(sheet_doc(counts, name="集計"))[0] == 1


def test_a_printed_list_of_foreign_residents_by_their_names_in_capitals() -> None:
    family = ("NGUYEN", "PHAM", "TRAN", "SILVA", "SANTOS", "KANG", "WANG", "RAI", "AQUINO", "DANG", "HUANG")
    given = (
        "VAN AN",
        "THU MAI",
        "MARIA",
        "EUNJU",
        "ZIHAO",
        "RAM BAHADUR",
        "MARICEL",
        "THI LINH",
        "LIHUA",
        "JOAO",
    )
    kana = "グエン・ヴァン・アン"
    rows = [
        f"G{100000 + i * 37} {family[i % 11]} {given[i % 10]} {kana} ベトナム 定住者 2024/08/11 美濃加茂市島町{i % 5 + 1}丁目{i % 20 + 1}番地"
        for i in range(110)
    ]
    head = [
        "住民記録システム 在留期間満了予定者一覧",
        "管理番号 氏名（ローマ字） カタカナ 国籍 在留資格 満了日 住居地",
    ]
    assert level_of(text_doc("\n".join([*head, *rows]), name="list.pdf"))[0] == 3
    # the same print of a handful of residents is personal records, not bulk
    assert level_of(text_doc("\n".join([*head, *rows[:5]]), name="list.pdf"))[0] == 2
