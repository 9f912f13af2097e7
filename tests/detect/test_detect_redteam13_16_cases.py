"""Weaknesses found by blind sets 11 to 16 (corpus/redteam/set11.py … set16.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.detect import checks
from assetclass.model import CellValue, Region, TextBlock

from .util import level_of, my_number, sheet_doc, text_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


# --- forms ---------------------------------------------------------------------------------------
def test_a_sheet_about_one_named_pupil_with_a_single_label() -> None:
    sheet: list[list[CellValue]] = [
        ["氏名", "根本　湊", "学年", "中学1年"],
        ["欠席日数", "5月～7月 38日", None, None],
        ["状況", "起立性調節障害と診断され、小児科に通院中。", None, None],
    ]
    assert level_of(sheet_doc(sheet, name="支援シート"))[0] == 3
    sheet[2][1] = "午後から別室登校を継続している。"
    assert level_of(sheet_doc(sheet, name="支援シート"))[0] == 1


def test_a_condition_may_name_its_own_field_but_a_description_does_not() -> None:
    form: list[list[CellValue]] = [
        ["児童氏名", "根本　湊", "生年月日", "2022/03/14"],
        ["保護者氏名", "根本　智子", "連絡先", "090-5521-3370"],
        ["健康状態・配慮事項", "卵アレルギー", None, None],
    ]
    assert level_of(sheet_doc(form, name="申込書"))[0] == 3
    training: list[list[CellValue]] = [
        ["項目", "内容"],
        ["氏名", "滞納者の氏名を確認する"],
        ["住所", "住民票で現住所を確認する"],
        ["滞納額", "本税と延滞金を分けて管理する"],
    ]
    assert level_of(sheet_doc(training, name="研修"))[0] == 1


def test_a_label_and_its_value_in_one_cell() -> None:
    log: list[list[CellValue]] = [
        ["ケース経過記録", None, None],
        ["対象者：根本 浩一", None, "甲府市国母5丁目3番9号"],
        ["日付", "種別", "内容"],
        ["2024-05-07", "訪問", "本人在宅。"],
        ["2024-06-04", "訪問", "腰痛（椎間板ヘルニア）で整形外科に通院。"],
    ]
    assert level_of(sheet_doc(log, name="記録"))[0] == 3
    guide: list[list[CellValue]] = [
        ["事業案内", None, None],
        ["対象者：市内在住の65歳以上の方", None, None],
        ["日付", "会場", "内容"],
        ["2024-05-07", "公民館", "健康体操"],
        ["2024-06-04", "公民館", "認知症予防の講話"],
    ]
    assert level_of(sheet_doc(guide, name="案内"))[0] == 1


def test_a_form_needs_a_name_under_its_name_label() -> None:
    bands: list[list[CellValue]] = [
        ["段階", "対象者", "割合", "年額"],
        ["第1段階", "生活保護受給者等", "0.285", "21,204円"],
        ["第2段階", "世帯非課税", "0.485", "36,084円"],
    ]
    notice = text_doc("保険料を滞納すると、給付が制限されることがあります。")
    notice.tables = sheet_doc(bands).tables
    assert level_of(notice)[0] == 1


# --- addresses -----------------------------------------------------------------------------------
def test_an_address_written_without_its_city() -> None:
    assert _memo("電話メモ", "根本 浩一 様", "大字送橋2460番地8", "折返し希望") == 2
    assert _memo("根本 浩一 様", "住所は 久米303番地7 グランハイツ 201 で合っています") == 2
    assert _memo("根本 浩一 様", "大字送橋地区の水路清掃は第3番の班です") == 1


def test_a_town_and_lot_in_brackets_after_a_name_with_arrears() -> None:
    assert _memo("根本　浩一（桜馬場通6丁目3番10号）、国保税の滞納38万、本日来庁") == 3
    assert _memo("国保税の滞納額は前年度比38万円の減（第3番地区を除く）") == 1


def test_a_placeholder_address_or_phone_is_a_blank_to_fill() -> None:
    sample: list[list[CellValue]] = [
        ["世帯主氏名", "住所", "電話"],
        ["市民 次郎", "○○町1丁目1-1", "000-0000-0000"],
    ]
    assert level_of(sheet_doc(sample, name="安否確認"))[0] == 1
    real: list[list[CellValue]] = [
        ["世帯主氏名", "住所", "電話"],
        ["根本 浩一", "甲府市国母5丁目3-9", "055-241-3390"],
    ]
    assert level_of(sheet_doc(real, name="安否確認"))[0] == 2


# --- conversations and mail ------------------------------------------------------------------------
def test_a_mail_thread_names_its_resident_in_the_subject_or_the_quoted_mail() -> None:
    reply = [
        "件名: Re: 根本　結衣さんの件",
        "From: 若松　智之（学校事務）",
        "",
        "給食費ですが、4月から未納が続いていて現在 18,400 円です。",
        "",
        "> 差出人: 菅原　大輔",
        "> 根本　結衣さん（2年1組）の面談の前に確認したいことがあります。",
    ]
    assert _memo(*reply) == 3
    statistics = [
        "件名: 滞納繰越の集計",
        "差出人: 若松（収納課）",
        "",
        "今月の滞納繰越の集計、課全体の数字だけでお願いします。",
        "",
        "> 差出人: 菅原",
        "> 個人名は除いてください。",
    ]
    assert _memo(*statistics) == 1


def test_an_exported_chat_of_two_messages_links_the_reply() -> None:
    chat: list[list[CellValue]] = [
        ["日時", "送信者", "メッセージ"],
        ["2024/06/05 10:01", "若松　大輔", "根本　心結ちゃんの誕生会、何月でしたっけ"],
        ["2024/06/05 10:03", "菅原　麻衣", "生年月日 2019/12/15 なので来月です"],
    ]
    assert level_of(sheet_doc(chat, name="chat"))[0] == 2
    staff: list[list[CellValue]] = [
        ["ts", "user", "text"],
        ["2024-06-04 10:00", "若松", "障害福祉課の富田さんの内線は 3421 です"],
        ["2024-06-04 10:01", "菅原", "富田さん、今日は会議で16時まで不在"],
    ]
    assert level_of(sheet_doc(staff, name="chat"))[0] == 1


def test_a_chat_reply_pointing_at_the_person_named_before() -> None:
    chat: list[list[CellValue]] = [
        ["日時", "送信者", "メッセージ"],
        ["2024/06/06 10:01", "若松", "根本 浩一さんが窓口に来てます"],
        ["2024/06/06 10:03", "菅原", "その方、国保税が34万円滞納してます"],
        ["2024/06/06 10:04", "若松", "了解です"],
    ]
    assert level_of(sheet_doc(chat, name="chat"))[0] == 3
    chat[1][2] = "窓口に3人来てます"  # nobody named before the reply
    assert level_of(sheet_doc(chat, name="chat"))[0] == 1


def test_a_speaker_s_given_name_does_not_hide_a_resident_with_the_same_one() -> None:
    log = [
        "[2024/06/06 10:02] 若松 由美",
        "根本由美さんから電話、納税通知書が届いたとのこと",
        "[2024/06/06 10:03] 菅原 久美子",
        "勤務先から給報は来てます？",
        "[2024/06/06 10:05] 若松 由美",
        "折り返し先 090-8654-8855 とのことです",
    ]
    assert _memo(*log) == 2


def test_a_report_on_one_person_naming_a_category() -> None:
    chat = [
        "[2024/06/04 9:03] 若松 さとみ",
        "根本静江さん（昭和41年9月3日生）、支援措置の申出受理",
        "[2024/06/04 9:05] 若松 さとみ",
        "PTSDで心療内科に通院中とのこと。住所は閲覧制限対象です",
        "[2024/06/04 9:07] 菅原 ミツ",
        "フラグ立てました",
    ]
    assert _memo(*chat) == 3
    assert _memo("通院中の方も対象です。お気軽にご相談ください") == 1


def test_an_office_speaker_does_not_make_the_resident_s_number_the_office_s() -> None:
    chat = [
        "[10:02] 国保 資格係A: 保険証の送付先を変えたい方がいます",
        "[10:03] 国保 資格係B: お名前は？",
        "[10:03] 国保 資格係A: 根本湊さん。折り返しは 080-6892-7031 で",
        "[10:05] 国保 資格係B: 了解",
    ]
    assert _memo(*chat) == 2
    assert _memo("国保 資格係の直通は 055-241-3390 です") == 1


def test_a_latin_name_with_its_reading_and_an_honorific() -> None:
    chat = [
        "[2024/06/03 15:31] 若松 ミツ",
        "NGUYEN VAN HAI（グエン ヴァン ハイ）さん、転居届で来庁中です",
        "[2024/06/03 15:32] 若松 ミツ",
        "新住所 甲府市国母5丁目3-9、生年月日 1959/10/02",
        "[2024/06/03 15:35] 菅原 麻衣",
        "OKです",
    ]
    assert _memo(*chat) == 2


# --- names ---------------------------------------------------------------------------------------
def test_a_party_label_with_a_pupil_s_class() -> None:
    report = [
        "いじめ事案 報告書",
        "被害児童：5年2組 根本　航",
        "同日、整形外科を受診し、左手首骨折と診断された。",
    ]
    assert level_of(text_doc(*report))[0] == 3
    report[1] = "報告者：教頭 若松　健一"
    assert level_of(text_doc(*report))[0] == 1


def test_a_case_record_titled_with_its_subject() -> None:
    assert _memo("訪問記録 根本 聡", "5/8 自宅訪問。パーキンソン病で週3回通院とのこと。") == 3
    assert _memo("訪問記録 様式第3号", "パーキンソン病の方への訪問の手順") == 1


def test_names_and_phones_separated_by_slashes() -> None:
    roster = "連絡網: 根本 颯太 070-2156-5601 / 若松 麻衣 090-2685-5927 / 菅原　大輔 090-1962-5536"
    assert level_of(text_doc(roster, name="notes.pptx"))[0] == 2
    assert _memo("日程: 5/8 / 5/22 / 6/5 いずれも 13:30 から") == 1


def test_a_name_with_a_reading_or_an_honorific_in_its_cell() -> None:
    assert checks.looks_like_name("根本 浩一 氏")
    assert checks.looks_like_name("根本 浩一（ネモト コウイチ）")
    owners: list[list[CellValue]] = [["掲示場番号", "土地所有者", "所有者住所", "電話"]]
    owners += [[f"{i}-1", f"{n} 氏", f"甲府市国母{i}丁目3-9", f"055-241-339{i}"] for i, n in enumerate(["根本 浩一", "若松 明美", "菅原 和子"], 1)]  # fmt: skip
    assert level_of(sheet_doc(owners, name="掲示場"))[0] == 2


def test_names_the_analyser_knows_beyond_the_lists() -> None:
    # surname and given name off the bundled lists, read by the morphological analyser
    assert checks.looks_like_name("宮坂 とし子")
    assert not checks.looks_like_name("人事課 村上")
    assert not checks.looks_like_name("大字 送橋")


def test_a_firm_s_staff_addressed_at_their_department() -> None:
    mail = [
        "件名：Re: 帳票改修のお見積り",
        "株式会社新星データ",
        "営業部 根本 修 様",
        "督促状のレイアウト変更のお見積りを拝受しました。",
    ]
    assert _memo(*mail) == 1
    letter = ["根本 修 様", "督促状", "あなたの市民税に未納額 42,000円 があります。"]
    assert level_of(text_doc(*letter))[0] == 3


def test_a_document_that_says_its_persons_are_made_up() -> None:
    sample = [
        "要介護認定調査票 記入例",
        "※ 記入例の氏名・住所・生年月日は架空のものです。",
        "対象者氏名 介護 良子　生年月日 昭和15年4月1日",
    ]
    assert level_of(text_doc(*sample))[0] == 1
    fraud = ["相談記録", "根本 浩一さん（昭和15年4月1日生）が架空請求の被害に遭ったとの相談"]
    assert level_of(text_doc(*fraud))[0] == 2


# --- letters -------------------------------------------------------------------------------------
def test_a_resident_s_letter_with_the_sender_block_at_the_top() -> None:
    letter = [
        "山梨県甲府市国母5丁目3番9号",
        "宮坂 とし子",
        "電話 055-241-3390",
        "甲府市長 様",
        "国民健康保険税の減免について",
        "私は昨年脳梗塞の後遺症と診断され、仕事を辞めました。",
    ]
    assert level_of(text_doc(*letter))[0] == 3
    notice = ["甲府市役所 福祉課", "電話 055-241-3390", "脳梗塞の予防についての講座を開きます。"]
    assert level_of(text_doc(*notice))[0] == 1


def test_a_resident_s_letter_signed_at_the_end() -> None:
    letter = [
        "介護保険課 ご担当者様",
        "昨年から大腸がんの治療で仕事ができず、介護保険料を4期分払えていません。",
        "督促状が届きましたが、分割にしていただけないでしょうか。",
        "根本 浩二　電話 0285-23-0686",
    ]
    assert _memo(*letter) == 3


def test_a_sender_in_a_text_box_and_a_child_s_condition_in_the_body() -> None:
    doc = text_doc("教育委員会 御中", "息子の美桜は心室中隔欠損症の経過観察のため、配慮をお願いします。")
    box = "〒400-0026 山梨県甲府市国母5丁目3番9号　根本　真由美　電話 080-3154-7112"
    doc.blocks.append(TextBlock(box, "text box 1", Region.TEXTBOX))
    assert level_of(doc)[0] == 3


def test_arrears_in_a_compound_noun_of_a_letter() -> None:
    letter = ["根本　航 様", "あなたの世帯には、国民健康保険税に未納額 100,000円 があります。"]
    assert level_of(text_doc(*letter))[0] == 3
    assert level_of(text_doc("根本　航 様", "明日はがんばりましょう。"))[0] == 1


# --- tables --------------------------------------------------------------------------------------
def test_a_facility_s_phone_column_beside_the_head_s_name() -> None:
    heads: list[list[CellValue]] = [
        ["地区", "自治会長", "集会所", "集会所電話"],
        ["上町", "根本　節子", "上町公民館", "0237-84-5297"],
        ["下町", "若松 秀樹", "下町公民館", "0237-77-3938"],
    ]
    assert level_of(sheet_doc(heads, name="会長"))[0] == 1
    members: list[list[CellValue]] = [["会員氏名", "自宅電話"], ["根本　節子", "0237-84-5297"]]
    assert level_of(sheet_doc(members, name="会員"))[0] == 2


def test_a_register_titled_as_vaccinations_but_not_a_checkup_schedule() -> None:
    shots: list[list[CellValue]] = [
        ["定期予防接種 個人台帳", None, None, None],
        ["氏名", "生年月日", "ヒブ1", "BCG"],
        ["根本 凪", "2021-01-28", "2021-05-21", "2021-08-21"],
        ["若松 芽依", "2022-04-02", "2022-06-30", "2022-10-06"],
    ]
    assert level_of(sheet_doc(shots, name="接種"))[0] == 3
    schedule: list[list[CellValue]] = [
        ["集団健診 日程変更 連絡記録", None, None, None],
        ["連絡日", "氏名", "電話", "変更後"],
        ["2024-06-11", "根本 美穂", "0285-65-9024", "2024-07-24"],
        ["2024-06-10", "若松 博之", "0285-29-9544", "2024-07-24"],
    ]
    assert level_of(sheet_doc(schedule, name="変更"))[0] == 2


def test_an_office_name_in_a_staff_list_is_not_arrears() -> None:
    staff: list[list[CellValue]] = [
        ["係", "氏名", "内線"],
        ["滞納整理係", "根本 由美", "2203"],
        ["収納係", "若松 沙織", "2202"],
    ]
    assert level_of(sheet_doc(staff, name="内線"))[0] == 1


def test_a_note_above_a_list_is_no_arrears_heading() -> None:
    memo = [
        "納付書再発行 依頼受付",
        "※ 納期限内の再発行依頼のみ。延滞分は係長へ回す。",
        "日付\t氏名\t電話番号\t依頼内容",
        "6/4\t根本奈緒さん\t0834-77-8517\t納付書再発行",
        "6/6\t若松洋子さん\t0834-89-5406\t納付書再発行",
        "6/3\t菅原達也さん\t0834-75-3221\tバーコード再発行",
    ]
    assert _memo(*memo) == 2


def test_a_mistyped_number_under_a_phone_header_is_still_a_phone() -> None:
    rows: list[list[CellValue]] = [["氏名", "電話番号"], ["根本 奈緒", "0834-776-8517"]]
    assert level_of(sheet_doc(rows, name="依頼"))[0] == 2
    assert _memo("根本 奈緒 様", "整理番号 0834-776-8517") == 1


def test_a_spaced_my_number_after_a_date_in_a_printed_row() -> None:
    number = my_number("40303826929")
    grouped = f"{number[:4]} {number[4:8]} {number[8:]}"
    printout = [
        "個人番号 付番者一覧",
        "氏名 生年月日 個人番号 住所",
        f"根本 貴之 S32/06/19 {grouped} 久米226番地9",
    ]
    assert level_of(text_doc("\n".join(printout), name="print.txt"))[0] == 3
    bad = f"{grouped[:-1]}{(int(grouped[-1]) + 1) % 10}"
    printout[2] = f"根本 貴之 S32/06/19 {bad} 久米226番地9"
    assert level_of(text_doc("\n".join(printout), name="print.txt"))[0] == 2
