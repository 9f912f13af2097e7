"""Weaknesses found by blind sets 29 and 30 (corpus/redteam/set29.py, set30.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue, Document, Region, TextBlock

from .util import level_of, sheet_doc, text_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def test_the_employee_a_personnel_record_is_about() -> None:
    record = [
        "職場復帰支援 判定会議 記録",
        "出席 産業医 野口 愛、人事課長 東風平 樹",
        "対象職員 子育て支援課 主事 西村 雫（職員番号 226606）",
        "1 主治医意見書\u3000双極性障害（II型）。令和6年1月から休職。現在は服薬中で症状は安定。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    # the same meeting about a rule, with no employee named, is no one's health
    general = [record[0], record[1], "議題 復職支援の手引きの改定", "1 主治医意見書の様式を見直す。"]
    assert level_of(text_doc(*general))[0] == 1


def test_a_stress_check_and_a_prescription_are_health_data() -> None:
    rows: list[list[CellValue]] = [["職員番号", "氏名", "所属", "ストレス反応", "判定"]]
    rows += [
        ["001462", "酒井 颯真", "教育総務課", 78, "高ストレス"],
        ["156070", "佐藤 彩", "建設課", 75, "高ストレス"],
    ]
    assert level_of(sheet_doc(rows, name="結果"))[0] == 3
    chat = [
        "[12:31] 太田 奈緒: 子育て支援課の遠藤 凛さん、面談に来なかったです",
        "[12:36] 東風平 樹: 先週からメンタルクリニックで睡眠薬を処方されているとのこと",
    ]
    assert _memo(*chat) == 3
    # the stress check's schedule names no one's result
    plan: list[list[CellValue]] = [
        ["実施項目", "期間"],
        ["ストレスチェック 受検", "7月1日～7月19日"],
        ["面接指導 申出", "8月末まで"],
    ]
    assert level_of(sheet_doc(plan, name="日程"))[0] == 1


def test_a_reminder_to_attend_a_checkup_is_no_debt() -> None:
    def reminders(title: str) -> list[list[CellValue]]:
        rows: list[list[CellValue]] = [[title, None, None, None], ["所属", "氏名", "生年月日", "督促回数"]]
        return [*rows, ["都市計画課", "佐藤 寅吉", "S43/12/17", 1], ["市民課", "内田 留美", "H10/09/26", 2]]

    assert level_of(sheet_doc(reminders("定期健康診断 未受診者 督促一覧"), name="未受診"))[0] == 2
    assert level_of(sheet_doc(reminders("互助会貸付金 返済 督促一覧"), name="督促"))[0] == 3


def test_a_screening_booked_is_not_a_condition() -> None:
    form: list[list[CellValue]] = [
        ["氏名", "阿部 寅吉"],
        ["生年月日", "昭和46年6月21日"],
        ["連絡先", "0944-22-6288"],
    ]
    booking = sheet_doc([["特定健診・がん検診 予約受付票", None], *form], name="予約")
    assert level_of(booking)[0] == 2
    result = sheet_doc([["がん検診 結果通知", None], *form, ["結果", "要精密検査（胃）"]], name="結果")
    assert level_of(result)[0] == 3


def test_office_holders_in_minutes_and_addressees() -> None:
    minutes = [
        "令和6年6月 定例会 会議録",
        "○議長（荒木 貴之君） 杉山 康弘君。",
        "○杉山 康弘君 職員の病気休職者が増えていると聞きます。対策は。",
        "○市長（東風平 雫君） 病気休職者は昨年度15人で、その半数以上が精神疾患でございます。",
    ]
    assert level_of(text_doc(*minutes))[0] == 1
    absence = [
        "欠席届",
        "大牟田市議会議長 荒木 貴之 様",
        "議員 大塚 康弘",
        "理由　入院加療のため（診断書添付）",
        "添付　診断書：病名 脳梗塞。6月5日入院、手術予定。",
    ]
    assert level_of(text_doc(*absence))[0] == 3
    # a resident's letter to the mayor names the resident, not an office holder
    letter = [
        "[10:11] 浜田 茂: 町長への手紙の望月 光男さん、折り返し希望です",
        "[10:12] 浜田 茂: 0739-58-2840 です",
    ]
    assert _memo(*letter) == 2


def test_a_slack_copy_whose_speaker_line_has_the_time_in_brackets() -> None:
    chat = [
        "#学務係",
        "藤井 丈二  [13:10]",
        "年度途中の就学援助、山崎 和也さんの件、事由は何で受けますか",
        "",
        "御手洗 直樹  [13:14]",
        "本人がうつ病で5月から休職中で、精神科に通院しているそうです",
        "",
        "藤井 丈二  [13:17]",
        "了解。審査会資料にはその旨記載してください",
    ]
    assert _memo(*chat) == 3
    # the same log about the rules, naming no one
    general = [
        line.replace("山崎 和也さんの件", "制度の件").replace(
            "本人がうつ病で5月から休職中で、精神科に通院しているそうです", "要綱を確認します"
        )
        for line in chat
    ]
    assert _memo(*general) == 1


def test_the_pupil_a_record_is_about_after_their_school_and_grade() -> None:
    record = [
        "いじめ重大事態 経過記録",
        "対象生徒　粕屋東中学校 中2 岡田 美月",
        "9月　2学期開始後、本人は腹痛を訴えて欠席が増えた。",
        "10月　保護者から、本人が心療内科を受診し「適応障害」と診断されたとの連絡があった。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    # the school and grade alone name no pupil
    anonymous = [record[0], "対象生徒　粕屋東中学校 中2 Ａさん", record[2], record[3]]
    assert level_of(text_doc(*anonymous))[0] == 1


def test_an_address_given_in_a_chat_after_its_label() -> None:
    chat = [
        "11:20\t熊谷 英樹\t粕屋西小学校の小林 樹さん、町内転居と聞きました",
        "11:31\t近藤 大輔\t新住所は粕屋町長者原西1-16-9です（保護者 小林 丈二さん）",
        "11:32\t熊谷 英樹\tありがとうございます",
    ]
    assert _memo(*chat) == 2
    # the school's own address is no one's home
    office = [chat[0], "11:31\t近藤 大輔\t学校の所在地は粕屋町長者原西1-16-9です", chat[2]]
    assert _memo(*office) == 1


def test_a_one_child_sheet_with_the_detail_in_a_text_box() -> None:
    def sheet(box: str) -> Document:
        blocks = [
            TextBlock("支援員間 引継ぎシート", "paragraph 1", Region.BODY),
            TextBlock("児童：熊谷 詩（小1）\u3000仲原児童クラブ", "paragraph 2", Region.BODY),
            TextBlock("好きな遊び：ブロック、将棋。", "paragraph 3", Region.BODY),
            TextBlock(box, "text box 1", Region.TEXTBOX),
        ]
        return Document(name="t.docx", format="docx", blocks=blocks)

    assert level_of(sheet("【発作時の対応】てんかん（既往）。抗てんかん薬（朝夕）服用中。"))[0] == 3
    assert level_of(sheet("【お迎え】17時30分まで。雨の日は室内遊び。"))[0] == 1


def test_a_school_event_named_after_a_checkup_is_no_one_s_health() -> None:
    letter = [
        "大川小学校だより 第7号",
        "◆ 町読書感想文コンクールで1年の橋本 新さんが最優秀賞に選ばれました。",
        "◆ 10月の行事　10/11 就学時健康診断（午後休校）　10/25 学習発表会",
    ]
    assert level_of(text_doc(*letter))[0] == 1
    # what the check-up found is that pupil's health
    result = ["保健室記録", "橋本 新さん：就学時健康診断で心雑音を指摘され、要精密検査。"]
    assert level_of(text_doc(*result))[0] == 3


def test_a_disability_named_by_what_it_takes() -> None:
    letter = [
        "粕屋町教育委員会 御中",
        "娘の橋本 澪が参加を楽しみにしております。",
        "娘は生まれつきの脳性まひで車いすを使用しており、介助が必要です。",
        "住所　粕屋町戸原東二丁目11番地8",
        "氏名　橋本 郁美",
        "電話　080-5610-3645",
    ]
    assert level_of(text_doc(*letter))[0] == 3
    notice = [
        "会場のご案内",
        "車いすをご使用の方は係員にお申し出ください。",
        "会場 粕屋町戸原東二丁目11番地8",
    ]
    assert level_of(text_doc(*notice))[0] == 1
