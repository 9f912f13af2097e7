"""Weaknesses found by blind sets 25 and 26 (corpus/redteam/set25.py, set26.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc

_SURNAMES = ("根本", "若松", "菅原", "高田", "石川", "中島", "小川", "三浦", "渡部", "松井")
_GIVEN = ("義男", "蓮", "彩", "健一", "美咲", "隆之", "和彦", "陽菜", "颯太", "恵子", "真一", "直美")


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def _person(i: int) -> str:
    return f"{_SURNAMES[i % len(_SURNAMES)]} {_GIVEN[(i * 7 + i // len(_SURNAMES)) % len(_GIVEN)]}"


def test_a_core_system_print_that_leads_each_row_with_its_identifier() -> None:
    # 宛名番号 first, then the name: a printed list of 120 residents is 120 records, not one
    rows = [
        f"{100000 + i * 37:010d} {_person(i)} 甲府市国母{i % 9 + 1}丁目{i % 20 + 1}番{i % 7 + 1}号 市県民税 税額決定通知書"
        for i in range(120)
    ]
    assert _memo("宛名システム 抽出", "宛名番号 氏名 住所 送付物", *rows) == 3
    # an identifier before two words that are no person's name (rooms of a building) is no record
    rooms = [f"{2000 + i:06d} 第{i + 1} 会議室 甲府市丸の内1丁目{i % 9 + 1}番1号 予約可" for i in range(120)]
    assert _memo("会議室 一覧", "番号 名称 所在地 備考", *rooms) == 1


def test_a_sole_trader_named_with_the_trade_name_in_brackets() -> None:
    header: list[CellValue] = ["融資番号", "借受人（屋号）", "住所", "延滞額"]
    debts: list[list[CellValue]] = [header] + [
        [f"R4-{100 + i}", f"{_person(i)}（{shop}）", f"甲府市上町{i + 1}番地", f"{(i + 2) * 10000}"]
        for i, shop in enumerate(("居酒屋 とし坊", "焼肉 大門", "喫茶 ひろみ"))
    ]
    assert level_of(sheet_doc(debts, name="延滞"))[0] == 3
    # the same columns holding a sample's mark (（例）) name nobody
    sample: list[list[CellValue]] = [header, ["R4-000", "甲府 太郎（例）", "甲府市○○町1番地", "0"]]
    assert level_of(sheet_doc(sample, name="記入例"))[0] == 1
    # a trade-name column alone is the shops'
    shops: list[list[CellValue]] = [
        ["屋号", "所在地"],
        ["居酒屋 とし坊", "甲府市上町1番地"],
        ["焼肉 大門", "甲府市上町2番地"],
    ]
    assert level_of(sheet_doc(shops, name="店舗"))[0] == 1


def test_a_role_between_the_label_and_the_name() -> None:
    report = [
        "有害鳥獣捕獲中の事故について（報告）",
        "発生日時　2024/07/15 7時10分頃",
        "場所　北見市北斗町地内の山林",
        "被災者　実施隊員 左右田 文子（79歳）",
        "状況　くくりわなに掛かったシカの止め刺しの際、突進を受け転倒。左大腿部裂創、左手首骨折。",
        "北見中央病院に救急搬送、手術を受け、約3週間の入院見込み。",
        "報告者　農林課長 薬師寺 千秋",
    ]
    assert level_of(text_doc(*report))[0] == 3
    # an office before a surname is a sender's signature, not a named person
    notice = [
        "件名: 個人番号の取扱いについて",
        "差出人: 人事課 村上",
        "滞納や病気休暇の情報も同様に扱いに注意してください。",
    ]
    assert _memo(*notice) == 1


def test_a_pathogen_test_result_is_health_data() -> None:
    letter = [
        "検便結果のお知らせ",
        "和菓子 松風堂　調理従事者　加藤 千代吉　様",
        "7月14日に採取した検体の検査結果は次のとおりです。",
        "ノロウイルス GII：陽性",
    ]
    assert level_of(text_doc(*letter))[0] == 3
    rows: list[list[CellValue]] = [["施設", "氏名", "検査項目", "結果"]]
    rows += [["鮨 清次郎", _person(i), "赤痢菌・サルモネラ・O157", "陰性"] for i in range(3)]
    rows += [["喫茶 ひろみ", _person(5), "赤痢菌・サルモネラ・O157", "サルモネラ属菌 陽性（O7群）"]]
    assert level_of(sheet_doc(rows, name="検便"))[0] == 3
    # counts of positives are a statistic, and a warning names no one's result
    figures = [
        "食中毒の発生状況",
        "ノロウイルス 陽性者数 12名（前年 9名）",
        "ノロウイルスに注意しましょう。",
        "担当 加藤 千代吉",
    ]
    assert level_of(text_doc(*figures))[0] == 1


def test_a_reminder_of_a_duty_that_is_not_money_is_no_arrears() -> None:
    def owners(title: str) -> list[list[CellValue]]:
        rows: list[list[CellValue]] = [[title, None, None, None, None], [None] * 5]
        rows.append(["登録番号", "所有者", "住所", "犬の名", "最終注射年度"])
        return rows + [[str(8000 + i), _person(i), f"甲府市上町{i + 1}番地", "ポチ", "R4"] for i in range(4)]

    assert level_of(sheet_doc(owners("狂犬病予防注射 未接種者への督促状送付予定"), name="未接種"))[0] == 2
    assert level_of(sheet_doc(owners("固定資産税 督促状送付予定"), name="督促"))[0] == 3


def test_pointing_at_a_person_named_before_is_not_general_talk() -> None:
    chat = [
        "チャット: 商工係",
        "[09:19] 鬼頭 信行: 湊 雅美さん（和菓子 松風堂）から利子補給の申請が来ています",
        "[09:22] 加藤 千代吉: その方、銀行から延滞の報告が上がってます。3か月分、約51万円",
    ]
    assert _memo(*chat) == 3
    general = [
        "チャット: 商工係",
        "[09:19] 鬼頭 信行: 湊 雅美さん（和菓子 松風堂）から利子補給の申請が来ています",
        "[09:22] 加藤 千代吉: 今月の延滞の報告は全体で3件でした",
    ]
    assert _memo(*general) < 3


def test_a_resident_s_request_to_an_office_signed_at_the_end() -> None:
    letter = [
        "令和6年6月27日",
        "薩摩川内市 総務部 文書法制課 御中",
        "送付先変更のお願い",
        "決定通知の送付先を、次のとおり変更してください。",
        "旧住所 薩摩川内市大小路町50番地",
        "新住所 薩摩川内市平佐町1297番地3",
        "百目鬼 文子",
    ]
    assert level_of(text_doc("\n".join(letter), name="letter.pdf"))[0] == 2
    # the same request without any address or phone: a name alone is no personal record
    bare = [line for line in letter if "住所" not in line]
    assert level_of(text_doc("\n".join(bare), name="letter.pdf"))[0] == 1
    # a notice to a class of people, signed by its writer, is not a resident's letter
    notice = [
        "保護者各位",
        "運動会のお知らせ",
        "会場 薩摩川内市平佐町1番地 平佐小学校",
        "校長",
        "百目鬼 文子",
    ]
    assert level_of(text_doc("\n".join(notice), name="notice.pdf"))[0] == 1


def test_a_statement_whose_total_row_names_its_person() -> None:
    rows: list[list[CellValue]] = [
        ["資料3 処分庁提出資料：滞納整理の経過", None, None],
        ["年月日", "経過", "金額（円）"],
        ["令和3年5月31日", "令和3年度 固定資産税 第1期 納期限", None],
        ["令和3年7月20日", "督促状発送", "366,000"],
        ["令和4年3月1日", "催告書発送", "485,000"],
        ["令和5年6月12日", "財産調査（預金照会）", "691,000"],
        ["令和6年2月5日", "差押予告書発送", "971,000"],
    ]
    total: list[CellValue] = ["滞納者 榎本 源太郎 滞納額合計（延滞金除く）", None, "971,000"]
    assert level_of(sheet_doc([*rows, total], name="資料3"))[0] == 3
    # the same statement closed by its total alone names no one
    assert level_of(sheet_doc([*rows, ["滞納額合計（延滞金除く）", None, "971,000"]], name="資料3"))[0] == 1
    # a label naming staff (担当者) is not the person the statement is about
    assert level_of(sheet_doc([*rows, ["担当者 榎本 源太郎", None, None]], name="資料3"))[0] == 1
