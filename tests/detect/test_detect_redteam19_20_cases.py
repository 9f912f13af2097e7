"""Weaknesses found by blind sets 19 and 20 (corpus/redteam/set19.py, set20.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def test_records_printed_on_two_lines() -> None:
    register: list[list[CellValue]] = [
        ["印鑑登録 補記一覧", None, None, None],
        ["登録番号", "氏名", "生年月日", "登録日"],
        [None, "住所", None, None],
        ["100722", "根本 義男", "1977.03.06", "2024-04-28"],
        [None, "甲府市国母5丁目3番9号", None, None],
        ["941254", "若松 蓮", "1977.04.06", "2024-04-20"],
        [None, "甲府市上町1234番地", None, None],
        ["692191", "菅原 蓮", "1978.01.25", "2024-06-12"],
        [None, "甲府市伊勢3丁目8-2", None, None],
    ]
    assert level_of(sheet_doc(register, name="印鑑"))[0] == 2
    debts: list[list[CellValue]] = [
        ["相談者", "借入・督促の状況"],
        ["（電話）", None],
        ["根本 彩", "株式会社ひまわりファイナンスから督促状。返済が5か月遅れている"],
        ["070-2774-7256", None],
        ["若松 隆之", "株式会社ひまわりファイナンスから督促状。返済が6か月遅れている"],
        ["043-505-8503", None],
    ]
    assert level_of(sheet_doc(debts, name="継続"))[0] == 3
    # rows that merely leave cells empty now and then are one line each
    plain: list[list[CellValue]] = [
        ["登録番号", "氏名", "区分", "備考"],
        ["100722", "根本 義男", "登録", "2024"],
        [None, "若松 蓮", "2024", None],
        ["692191", "菅原 蓮", "登録", "2024"],
        [None, "高田 健一", "2024", None],
    ]
    assert level_of(sheet_doc(plain, name="一覧"))[0] == 1


def test_a_letter_signed_with_address_name_and_phone_on_one_line() -> None:
    letter = [
        "市長への手紙",
        "市長さま",
        "私は筋ジストロフィーで身体障害者手帳1級を持っています。",
        "2階の窓口はエレベーターから遠く、毎回とても苦労しています。",
        "甲府市国母5丁目17-17　根本 美咲　070-1243-4467",
    ]
    assert level_of(text_doc(*letter))[0] == 3
    leaflet = [
        "窓口のご案内",
        "2階の窓口はエレベーターをご利用ください。",
        "甲府市国母5丁目17-17　市民課　055-241-3390",
    ]
    assert level_of(text_doc(*leaflet))[0] == 1


def test_a_list_item_keyed_by_a_pupil_s_name() -> None:
    memo = [
        "保健室 引継ぎメモ",
        "・3年1組 根本 結衣：喘息。発作時は吸入、改善なければ母へ連絡。",
        "・プールカード未提出者は見学。",
    ]
    assert _memo(*memo) == 3
    assert _memo("保健室 引継ぎメモ", "・3年1組：喘息の児童が2名。発作時は吸入。") == 1


def test_callers_and_casualties_are_persons() -> None:
    calls = [
        "受付番号\t受信時刻\t通報者\t折返し電話\t内容",
        "1807\t8:15\t根本 達也\t070-9524-9913\t救急病院の問合せ",
        "1556\t9:27\t若松 恵\t080-7473-7964\t住警器の誤作動",
    ]
    assert _memo(*calls) == 2
    form: list[list[CellValue]] = [
        ["項目", "内容"],
        ["傷病者", "根本　聡"],
        ["生年月日", "1960-06-06"],
        ["病院診断名", "急性心筋梗塞"],
    ]
    assert level_of(sheet_doc(form, name="検証票"))[0] == 3


def test_a_pupil_s_allergy_sheet_and_list() -> None:
    sheet: list[list[CellValue]] = [
        ["名前", "根本 彩葉（女）", "生年月日", "平成29年9月14日"],
        ["病型", "即時型（アナフィラキシー既往あり）", "原因食物", "鶏卵・落花生"],
    ]
    assert level_of(sheet_doc(sheet, name="管理指導表"))[0] == 3
    pupils: list[list[CellValue]] = [["年組", "氏名", "原因食物", "エピペン", "保護者連絡先"]]
    pupils += [["3-2", n, "卵", "あり", f"080-4992-646{i}"] for i, n in enumerate(("根本 葵", "若松 律希"))]
    assert level_of(sheet_doc(pupils, name="対象児童"))[0] == 3
    menu: list[list[CellValue]] = [["日", "献立", "特定原材料"], ["7/1", "ハンバーグ", "乳・小麦"]]
    assert level_of(sheet_doc(menu, name="献立"))[0] == 1


def test_a_sample_row_and_a_list_header_are_not_a_form() -> None:
    sample: list[list[CellValue]] = [
        ["食物アレルギー調査票（記入例つき）", None, None, None],
        [None, None, None, None],
        ["年組", "氏名", "原因食物", "症状"],
        ["(記入例) 3年1組", "見本 はなこ", "卵", "じんましん"],
    ]
    assert level_of(sheet_doc(sample, name="様式"))[0] == 1
    contacts: list[list[CellValue]] = [
        ["接触者リスト（施設記入用）", None, None],
        [None, None, None],
        ["区分", "氏名", "電話"],
        ["記入例", "保健 花子", "090-0000-0000"],
    ]
    assert level_of(sheet_doc(contacts, name="入力用"))[0] == 1


def test_a_clinic_s_services_are_not_its_head_s_health() -> None:
    clinics: list[list[CellValue]] = [["医療機関名", "院長", "所在地", "電話", "実施可能ワクチン"]]
    clinics += [[f"{c}クリニック", n, f"甲府市国母{i}丁目3番9号", f"055-241-339{i}", "インフルエンザ・肺炎球菌"] for i, (c, n) in enumerate((("ひがし", "根本 友香"), ("みどり", "若松 大輔")), 1)]  # fmt: skip
    assert level_of(sheet_doc(clinics, name="協力医療機関"))[0] == 1
    shots: list[list[CellValue]] = [
        ["氏名", "住所", "接種ワクチン"],
        ["根本 友香", "甲府市国母1丁目3番9号", "インフルエンザ"],
    ]
    assert level_of(sheet_doc(shots, name="接種"))[0] == 3


def test_children_in_general_are_no_one() -> None:
    notice = "令和7年4月に小学校へ入学するお子さんを対象に、就学時健康診断を実施します。"
    assert level_of(text_doc("お知らせ", notice, "知能検査を行います。"))[0] == 1
    assert level_of(text_doc("連絡", "根本 陽太さんは喘息の発作で早退しました。"))[0] == 3


def test_a_case_said_to_be_made_up_may_hide_a_real_one_in_the_notes() -> None:
    doc = text_doc("施設内感染対策 研修会", "事例は架空です。", name="slides.pptx")
    real = "※講師控：実例は 根本 昭二さん（国母2135番地、市内の施設入所中）、肺結核で入院。"
    assert level_of(text_doc("施設内感染対策 研修会", "事例は架空です。", real, name="slides.pptx"))[0] == 3
    assert level_of(doc)[0] == 1


def test_an_outlook_reply_with_the_resident_in_the_quoted_mail() -> None:
    mail = [
        "From: 柴田 <shohi-63@city.example.lg.jp>",
        "Sent: 2024年5月9日 12:58",
        "To: 証明係",
        "Subject: RE: 住民票の郵送先",
        "",
        "住民票上の住所に送付でよいとのことです。",
        "",
        "-----Original Message-----",
        "> 根本 修 様",
        "> ご住所：山梨県甲府市国母5丁目3番9号",
        "> お電話：055-209-4284",
    ]
    assert _memo(*mail, name="mail.eml") == 2
    internal = [*mail[:8], "> 郵送先の確認をお願いします。", "> 市民課 窓口 055-209-4284"]
    assert _memo(*internal, name="mail.eml") == 1


def test_tb_contact_screening_results() -> None:
    rows: list[list[CellValue]] = [["氏名", "続柄・関係", "電話", "IGRA結果", "胸部X線"]]
    rows += [
        [n, "職場同僚", f"070-1471-803{i}", "陽性", "要精検"]
        for i, n in enumerate(("根本 達也", "若松 由美"))
    ]
    assert level_of(sheet_doc(rows, name="対象者"))[0] == 3
    plan: list[list[CellValue]] = [
        ["区分", "対象者数", "実施日"],
        ["同居家族", "4", "7/2"],
        ["職場", "11", "7/9"],
    ]
    assert level_of(sheet_doc(plan, name="計画"))[0] == 1


def test_a_valid_number_right_after_a_known_name() -> None:
    from .util import bad_my_number, my_number

    notes = f"デモ入力に使った実データ：根本 修 {my_number('21407777383')}（後で削除すること）"
    assert level_of(text_doc("給与システム 操作説明", notes, name="slides.pptx"))[0] == 3
    wrong = f"デモ入力に使った実データ：根本 修 {bad_my_number('21407777383')}（後で削除すること）"
    assert level_of(text_doc("給与システム 操作説明", wrong, name="slides.pptx"))[0] < 3


# --- after blind sets 21 and 22 ---------------------------------------------------------------------
def test_heirs_listed_with_their_relation_in_brackets() -> None:
    memo = [
        "登記名義人 根本幸三（故人）の相続人調査メモ",
        "・根本 富美（妻）甲府市国母2-26-19",
        "・若松 陸（長男）甲府市上町2-15-15",
    ]
    assert _memo(*memo) == 2
    assert _memo("相続人調査の手順", "・戸籍（除籍）を取り寄せる", "・相続人（法定）を確定する") == 1


def test_a_self_introduction_after_a_chat_speaker() -> None:
    chat = ["[9/12 19:02] 若松: 集合は8:30です", "[9/12 19:05] 菅原: 了解です。根本 陽菜です、080-7269-3597"]
    assert _memo(*chat) == 2
    assert _memo("[9/12 19:05] 菅原: 了解です。明日です、8:30集合") == 1


def test_comma_separated_rows_pasted_into_a_mail() -> None:
    mail = ["件名: 講座申込者（2名）", "本日分の申込者です。", "氏名,住所,電話"]
    mail += ["根本 幸三,甲府市国母5丁目7番3号,055-241-9532", "若松 凛,甲府市上町2丁目26番15号,055-299-2344"]
    assert _memo(*mail) == 2


def test_a_quoted_landowner_introducing_themself() -> None:
    mail = [
        "件名: FW: 立会日程",
        "地権者から返信がありました。",
        "> ---- Original Message ----",
        "> 根本 正治です。立会いは10月12日でお願いします。",
        "> 住所は甲府市国母2607-9、",
        "> 連絡は070-2453-2436まで。",
    ]
    assert _memo(*mail) == 2


def test_a_cell_comment_is_about_its_row_s_person() -> None:
    from assetclass.model import Region, TextBlock

    rows: list[list[CellValue]] = [["訪問日", "氏名", "住所", "様子"]]
    rows += [["2025-10-01", "根本 幸子", "甲府市国母5丁目1番10号", "変わりなし"], ["2025-10-02", "若松 辰雄", "甲府市上町2丁目12番15号", "変わりなし"]]  # fmt: skip
    doc = sheet_doc(rows, name="10月")
    doc.blocks.append(TextBlock("先月から透析開始。週3回通院", "10月!D2 (comment)", Region.COMMENT))
    assert level_of(doc)[0] == 3
    doc.blocks[-1] = TextBlock("次回は午後に訪問", "10月!D2 (comment)", Region.COMMENT)
    assert level_of(doc)[0] == 2


def test_a_form_whose_values_name_their_field() -> None:
    form: list[list[CellValue]] = [
        ["被虐待者", "根本 三郎", "生年月日", "昭和21年8月20日"],
        ["住所", "甲府市国母2696番地", "要介護度", "要介護2"],
    ]
    assert level_of(sheet_doc(form, name="受付票"))[0] == 3


def test_a_column_for_either_number_and_sample_stock_names() -> None:
    from .util import my_number

    rows: list[list[CellValue]] = [["屋号", "氏名", "住所", "法人番号／個人番号"]]
    rows += [["くすのき左官", "根本 直美", "甲府市国母2993-8", my_number("69330860321")]]
    assert level_of(sheet_doc(rows, name="登録"))[0] == 3
    corporate: list[list[CellValue]] = [["屋号", "代表者", "所在地", "法人番号／個人番号"]]
    corporate += [["株式会社くすのき", "根本 直美", "甲府市国母2993-8", "1234567890123"]]
    assert level_of(sheet_doc(corporate, name="登録"))[0] < 3
    sample: list[list[CellValue]] = [
        ["参加資格審査申請書 記入例", None],
        ["氏名", "契約 一郎"],
        ["生年月日", "昭和50年1月1日"],
    ]
    assert level_of(sheet_doc(sample, name="記入例"))[0] == 1


# --- after blind sets 23 and 24 ---------------------------------------------------------------------
def test_details_in_brackets_after_a_name_with_a_bullet_or_a_phone() -> None:
    assert (
        _memo("安否確認結果", "・根本 悠真（国母町大字柿平811番地1）　避難中に転倒、右大腿骨骨折で入院") == 3
    )
    assert (
        _memo("償還指導記録", "令和6年7月4日　根本 沙織（0229-79-3812）へ架電。", "延滞6か月。分納を希望。")
        == 3
    )
    assert _memo("償還指導記録", "令和6年7月4日　償還係（0229-79-3812）へ架電。", "延滞の件数を確認。") == 1


def test_health_in_brackets_after_an_honoured_name_is_theirs() -> None:
    line = "上根町大字下沢2857番地 の 根本 実花 さん（ALS、人工呼吸器使用）について、停電時の対応をお願いします。"
    assert _memo("件名: 個別避難計画について", "", line) == 3
    assert (
        _memo(
            "件名: 個別避難計画について", "", "人工呼吸器を使用している方について、停電時の対応を確認します。"
        )
        == 1
    )


def test_a_loan_s_borrowers_with_arrears() -> None:
    rows: list[list[CellValue]] = [["借受人", "貸付番号", "不能額", "累計未納"]]
    rows += [["根本 颯太", "R2-918", "15000", "120000"], ["若松 和彦", "R1-964", "15000", "75000"]]
    assert level_of(sheet_doc(rows, name="未納"))[0] == 3
    paid = [rows[0], *([r[0], r[1], r[2], "0"] for r in rows[1:])]
    assert level_of(sheet_doc(paid, name="未納"))[0] == 1
