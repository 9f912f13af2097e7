"""Weaknesses found by blind sets 29 and 30 (corpus/redteam/set29.py, set30.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

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
