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
    # the note heads no arrears column: no row is a person with arrears (the firm verdict is 2); the
    # word beside a list of persons is a doubt, raised to 3 for review (policy: doubt rules)
    level, rules = level_of(text_doc("\n".join(memo), name="memo.txt"))
    assert "arrears_of_person" not in rules and "personal_record" in rules
    assert (level, rules[0]) == (3, "possible_sensitive_detail")


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


# --- after blind sets 17 and 18 ---------------------------------------------------------------------
def test_a_case_record_s_subject_named_with_an_address_in_brackets() -> None:
    record = [
        "ケース記録（経過記録）",
        "根本　誠 様（甲府市国母5丁目3-9　コーポ宮前105号）",
        "R6.5.14 定期訪問。室内は片付いている。",
        "2型糖尿病による腎機能低下で、腎臓内科に週1回通院中。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    assert level_of(text_doc(record[0], record[1], "R6.5.14 定期訪問。室内は片付いている。"))[0] == 2


def test_a_subject_named_only_in_the_page_header_with_a_birth_date() -> None:
    doc = text_doc("5月20日　本児、母と来所。", "小児科で起立性調節障害と診断され、服薬している。")
    doc.blocks.append(
        TextBlock("ケース記録　根本　紬（H23.5.24生）　No.722", "header (section 1)", Region.HEADER)
    )
    assert level_of(doc)[0] == 3
    doc.blocks[-1] = TextBlock("ケース記録　様式第2号", "header (section 1)", Region.HEADER)
    assert level_of(doc)[0] == 1


def test_a_guardian_named_after_the_notes_is_no_second_subject() -> None:
    pad = "面接では家庭での様子、学校での様子、放課後の過ごし方を順に聞き取った。"
    notes = [
        "家庭児童相談 ケース記録",
        "対象児童：根本 湊（R2.7.31生）",
        pad,
        f"6月3日、母と面接。発達外来を受診し、ADHDと診断されている。{pad}",
        f"記録者：相談員　　保護者：根本裕子　{pad}",
    ]
    assert level_of(text_doc(*notes))[0] == 3
    # a second person named before the details: whose diagnosis it is, the notes do not say, so no
    # firm rule ties it to one of them (2); one of them has it: a doubt, raised to 3 for review
    notes[2] = f"同席：若松 陽（R2.9.1生）　{pad}"
    level, rules = level_of(text_doc(*notes))
    assert "health_of_person" not in rules and "personal_record" in rules
    assert (level, rules[0]) == (3, "possible_sensitive_detail")


def test_names_and_full_width_numbers_in_a_reading_list() -> None:
    rows = [f"{n}　{my_number(b).translate(str.maketrans('0123456789', '０１２３４５６７８９'))}" for n, b in (("根本　浩二", "16173611271"), ("若松　秀明", "32541281038"), ("菅原　達也", "45422118782"))]  # fmt: skip
    assert _memo("読み合わせ用（入力後シュレッダー）", *rows) == 3
    orders = [f"{n}　{bad}" for n, bad in (("根本　浩二", "161736112710"), ("若松　秀明", "325412810381"))]
    assert checks.is_my_number(orders[0][-12:]) is False
    assert _memo("注文一覧", *orders) == 1


def test_a_header_number_is_read_without_the_body_s_last_line() -> None:
    doc = text_doc("児童扶養手当 認定請求書", "次のとおり児童扶養手当の認定を請求します。")
    doc.blocks.append(TextBlock(f"個人番号 {my_number('22731252300')}", "header (section 1)", Region.HEADER))
    rows: list[list[CellValue]] = [["請求者", "根本 真由美"], ["住所", "甲府市国母5丁目3番9号"]]
    doc.tables = sheet_doc(rows).tables
    assert level_of(doc)[0] == 3


def test_a_signed_name_and_a_household_named_by_its_surname() -> None:
    assert checks.looks_like_name("根本　裕子　㊞")
    minutes = [
        "実務者会議 記録",
        "ケース：根本家（甲府市国母5丁目3番9号　パレス日向308号）",
        "構成：母、長男、長女",
    ]
    assert level_of(text_doc(*minutes))[0] == 2
    assert (
        level_of(text_doc("実務者会議 記録", "ケース：全12件（うち新規3件）", "構成：母子家庭が多い"))[0] == 1
    )


def test_a_two_column_sheet_of_items_is_a_form() -> None:
    sheet: list[list[CellValue]] = [
        ["ショートステイ 利用連絡票", None],
        [None, None],
        ["保護者氏名", "根本　和彦"],
        ["連絡先", "080-8919-0200"],
        ["利用児童1", "根本 葵（令和5年12月20日生）"],
        ["利用期間", "令和6年7月15日～7月17日"],
        ["理由", "保護者の出張"],
        ["利用施設", "児童養護施設 若葉学園"],
    ]
    assert level_of(sheet_doc(sheet, name="連絡票"))[0] == 2
    checks_: list[list[CellValue]] = [["氏名", "年齢", "体調", "持病・服薬"]]
    checks_ += [[n, "59", "不良", "喘息"] for n in ("根本 航", "若松 恵美", "菅原 トメ", "高田 健一", "市川 翼", "野口 彩", "大西 修", "小池 純")]  # fmt: skip
    assert level_of(sheet_doc(checks_, name="健康チェック"))[0] == 3  # a list, not a form


def test_readings_and_compound_headers_of_persons() -> None:
    rows: list[list[CellValue]] = [["水栓番号", "使用者カナ", "使用者名", "住所", "電話番号"]]
    rows += [[f"49553{i}", "ネモト ハルト", f"根本陽斗{i}", f"甲府市国母{i}丁目3番9号", f"055-241-339{i}"] for i in range(3)]  # fmt: skip
    assert level_of(sheet_doc(rows, name="使用者"))[0] == 2
    land: list[list[CellValue]] = [["所在", "地番", "所有者", "所有者住所"], ["大字宿野", "504", "根本久美子", "甲府市国母5丁目3番9号"]]  # fmt: skip
    assert level_of(sheet_doc(land, name="農地"))[0] == 2
    shops: list[list[CellValue]] = [["店舗名", "店舗名カナ", "所在地"], ["さくら商店", "サクラショウテン", "甲府市国母5丁目3番9号"]]  # fmt: skip
    assert level_of(sheet_doc(shops, name="店舗"))[0] == 1


def test_a_form_value_with_an_honorific_is_a_person_s_name() -> None:
    form: list[list[CellValue]] = [
        ["報告者", "根本　浩二　様"],
        ["住所", "甲府市国母5丁目3番9号"],
        ["被害内容", "ぶどう 食害"],
    ]
    assert level_of(sheet_doc(form, name="報告"))[0] == 2
    staff: list[list[CellValue]] = [
        ["報告者", "農林課 主査"],
        ["住所", "甲府市国母5丁目3番9号"],
        ["被害内容", "ぶどう 食害"],
    ]
    assert level_of(sheet_doc(staff, name="報告"))[0] == 1


def test_a_mother_and_child_handbook_number_is_not_health_data() -> None:
    form: list[list[CellValue]] = [
        ["母子手帳番号", "6282-9270-1367"],
        ["氏名", "根本 裕子"],
        ["連絡先", "088-476-9117"],
    ]
    assert level_of(sheet_doc(form, name="連絡票"))[0] == 2
    form[0] = ["障害者手帳", "身体2級"]
    assert level_of(sheet_doc(form, name="連絡票"))[0] == 3


def test_an_organisation_before_a_guardian_s_address_is_the_child_s_school() -> None:
    line = "対象：根本 悠真（中央小学校 5年）　保護者：根本秀明　甲府市国母5丁目3番9号"
    assert level_of(text_doc("活動記録", line))[0] == 2
    assert level_of(text_doc("活動記録", "会場：中央小学校　甲府市国母5丁目3番9号"))[0] == 1
