"""Weaknesses found by blind sets 7 to 12 (corpus/redteam/set7.py … set12.py),
as should-flag / should-not-flag pairs through the public classification. Names, numbers and
layouts are this file's own."""

from __future__ import annotations

import pytest

from assetclass.detect import entities, vocab
from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc


# --- names beside a business column that only a private person's record has -------------------
def _ledger(headers: list[str], rows: list[list[CellValue]]) -> list[list[CellValue]]:
    return [headers, *rows]


@pytest.mark.parametrize(
    ("headers", "rows", "level"),
    [
        # the holders' own ledger: home address, birth date and mobile beside the shop's name
        (
            ["開設者", "自宅住所", "生年月日", "携帯", "施設名"],
            [
                ["中園 美咲", "甲府市湯田2丁目4-11", "1979-04-02", "090-3321-7781", "ヘアサロン 凪"],
                ["北浦 直樹", "甲府市伊勢3丁目8-2", "1985-10-19", "080-4412-9035", "理容 きたうら"],
                ["米倉 千夏", "甲府市城東1丁目15-7", "1991-01-30", "070-2219-4460", "美容室 ルポ"],
            ],
            2,
        ),
        # operators in arrears are persons with arrears, whatever business they run
        (
            ["特別徴収義務者", "施設", "住所", "未納額", "督促日"],
            [
                ["沢井 康平", "民宿 かわせみ", "甲府市上町1234番地", "8400", "2024-05-10"],
                ["村岡 由紀", "ゲストハウス 灯", "甲府市国母5丁目3-9", "15600", "2024-05-21"],
            ],
            3,
        ),
        # a sole trader's account is their own: 屋号 | 事業主氏名 | 住所 | 電話 | 口座番号
        (
            ["屋号", "事業主氏名", "住所", "電話", "口座番号"],
            [
                ["表具 さわい", "沢井 康平", "甲府市上町1234番地", "055-241-3390", "普通 1234567"],
                ["書道教室 凛", "村岡 由紀", "甲府市国母5丁目3-9", "090-6672-1180", "普通 7654321"],
            ],
            2,
        ),
        # companies' accounts: their representatives stay in their role
        (
            ["会社名", "代表者", "所在地", "電話", "口座番号"],
            [
                ["株式会社 甲斐設備", "沢井 康平", "甲府市上町1234番地", "055-241-3390", "当座 1234567"],
                ["有限会社 峡東造園", "村岡 由紀", "甲府市国母5丁目3-9", "055-228-1180", "普通 7654321"],
            ],
            1,
        ),
        # a published licence register: holder, business, its address and phone
        (
            ["営業者", "営業所名称", "営業所所在地", "電話", "許可年月日"],
            [
                ["沢井 康平", "喫茶 さわい", "甲府市上町1234番地", "055-241-3390", "2023-04-01"],
                ["村岡 由紀", "食堂 むらおか", "甲府市国母5丁目3-9", "055-228-1180", "2022-11-15"],
            ],
            1,
        ),
    ],
)
def test_private_columns_make_a_business_column_s_names_persons(
    headers: list[str], rows: list[list[CellValue]], level: int
) -> None:
    assert level_of(sheet_doc(_ledger(headers, rows)))[0] == level


# --- surnames that begin like a city (市川, 市村) are persons -------------------------------------
def test_a_district_split_makes_no_fragment_municipalities() -> None:
    names = vocab.municipalities()
    assert "市" not in names and "山市" not in names  # from 蒲郡市 and 郡山市
    assert "当別町" in names and "郡山市" in names
    assert entities.entity_of("市川 凛") == entities.PERSON
    assert entities.entity_of("郡山市立図書館") == entities.ORG


# --- a remark about the row's person in a free-text column --------------------------------------
@pytest.mark.parametrize(
    ("remark", "level"),
    [
        ("排気ガスで持病の喘息が悪化し通院中とのこと", 3),
        ("道路の陥没について。次週に現地確認予定", 2),
        ("障害福祉サービスの案内を希望された", 2),
    ],
)
def test_a_health_remark_in_a_person_s_row(remark: str, level: int) -> None:
    rows: list[list[CellValue]] = [
        ["受付日", "氏名", "住所", "内容"],
        ["2024-05-01", "沢井 康平", "甲府市上町1234番地", remark],
        ["2024-05-02", "村岡 由紀", "甲府市国母5丁目3-9", "街灯が切れている。交換を依頼"],
    ]
    assert level_of(sheet_doc(rows, name="苦情"))[0] == level


# --- a phone after a name in a list line, with a venue further on -------------------------------
@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("1. 沢井 康平 055-241-3390 希望日 7/2 会場 保健センター", 2),
        ("1. 保健センター 055-241-3300 7/2 受付開始", 1),
    ],
)
def test_a_venue_after_a_resident_s_number_does_not_make_it_an_office_s(line: str, level: int) -> None:
    lines = [line, line.replace("1.", "2.").replace("沢井 康平", "村岡 由紀"), "以上"]
    assert level_of(text_doc("健診予約（電話受付）", *lines))[0] == level


# --- a town and a whole lot number without the city; a 住所 header over text rows --------------
@pytest.mark.parametrize(
    ("reply", "level"),
    [
        ("[10:05] 竹内: 住基上は 桜町5丁目3番9号 コーポ若草201 のままです", 2),
        ("[10:05] 竹内: 住基上は 国母地区 のままです", 1),
    ],
)
def test_a_whole_lot_number_is_an_address(reply: str, level: int) -> None:
    log = [
        "[10:01] 松本: 村岡 由紀さん宛ての通知が宛所不明で戻りました",
        reply,
        "[10:07] 松本: 了解です、実態調査に回します",
    ]
    assert level_of(text_doc(*log, name="chat.txt"))[0] == level


def test_rows_under_an_arrears_heading_are_in_arrears() -> None:
    lines = [
        "督促状発送一覧　第2期",
        "No\t氏名\t住所\t税目\t金額",
        "1\t沢井 康平\t上町3丁目4番12号\t固定資産税\t18200",
        "2\t村岡 由紀\t国母5丁目3番9号\t軽自動車税\t10800",
    ]
    assert level_of(text_doc("\n".join(lines), name="list.txt"))[0] == 3
    public = ["収納状況の推移", "年度\t収納率", "令和4年度\t97.1", "令和5年度\t97.6"]
    assert level_of(text_doc("\n".join(public), name="rate.txt"))[0] == 1


def test_a_numbered_list_under_an_arrears_heading() -> None:
    lines = [
        "高額滞納案件（継続）",
        "1 沢井 康平（甲府市上町1234番地） 固定資産税 210 万円 差押検討",
        "2 村岡 由紀（甲府市国母5丁目3番9号） 住民税 95 万円 分納中",
    ]
    assert level_of(text_doc("\n".join(lines), name="memo.txt"))[0] == 3
    public = ["来年度の重点事項", "1 口座振替の推進（全世帯に案内）", "2 コンビニ納付の拡大（10 月から）"]
    assert level_of(text_doc("\n".join(public), name="memo.txt"))[0] == 1


# --- a visitor's name line, then their own address and phone lines ------------------------------
def test_a_name_line_opens_its_own_contact_lines() -> None:
    lines = [
        "07月02日 来庁",
        "沢井 康平 様",
        "住所 甲府市上町1234番地",
        "電話 090 6672 1180",
        "住民票の郵送を希望。",
    ]
    assert level_of(text_doc("\n".join(lines), name="memo.txt"))[0] == 2
    # the sender's office below the addressee is not the addressee's contact
    letter = ["沢井 康平 様", "甲府市役所 市民課", "電話 055-237-1161", "住民票の写しをお送りします。"]
    assert level_of(text_doc("\n".join(letter), name="letter.txt"))[0] == 1


# --- spaced digits and 様宅 outside PDFs --------------------------------------------------------
def test_spaced_lot_numbers_and_a_household_are_read_in_any_text() -> None:
    doc = text_doc(
        "訪問記録", "沢井 康平 様宅（甲府市上町 3 丁目 4 番 12 号）", "生活保護の申請について説明した。"
    )
    assert level_of(doc)[0] == 2


# --- a mail signature, a name with a birth date after it, a label whose value is an address ----
def test_a_signature_name_above_its_contact_lines() -> None:
    mail = [
        "お世話になっております。",
        "よろしくお願いします。",
        "--",
        "村岡 由紀",
        "〒400-0026 甲府市国母5丁目3番9号",
    ]
    assert level_of(text_doc("\n".join(mail), name="mail.txt"))[0] == 2


def test_a_birth_date_after_a_listed_name() -> None:
    body = ["下記の方、確認をお願いします。", "　沢井 康平　昭和14年5月2日生　甲府市上町1234番地", "以上"]
    assert level_of(text_doc("\n".join(body), name="mail.txt"))[0] == 2


def test_a_name_label_followed_by_an_address_is_not_a_name() -> None:
    doc = text_doc(
        "転居届（記入例）", "申請者　山梨県甲府市丸の内1丁目1番1号", "氏名　見本 花子　昭和60年1月1日生"
    )
    assert level_of(doc)[0] == 1


# --- the sole subject's details in a case record ------------------------------------------------
def test_details_of_a_visit_log_are_its_subject_s() -> None:
    log = ["対象者 沢井 康平 昭和12年3月8日 生", "住所 甲府市上町1234番地"]
    log += [f"令和6年{m}月{d}日 訪問。認知症の進行あり。" for m, d in ((1, 5), (1, 19), (2, 2))]
    assert level_of(text_doc("\n".join(log), name="log.txt"))[0] == 3


def test_a_case_line_about_a_named_person_is_not_general_talk() -> None:
    case = text_doc(
        "相談記録", "相談者：沢井 康平　住所：甲府市上町1234番地", "相談内容：療育手帳の等級変更について。"
    )
    assert level_of(case)[0] == 3
    minutes = text_doc(
        "計画策定委員会", "委員長　沢井 康平　氏", "議題1　障害のある人の就労支援について説明があった。"
    )
    assert level_of(minutes)[0] == 1


# --- a chat reply giving the birth date a message asked for -------------------------------------
def test_a_reply_with_the_birth_date_asked_for() -> None:
    chat = [
        "広田 → 沢井 康平さんの生年月日の確認をお願いします",
        "三宅 → 昭和26年8月25日です",
        "広田 → ありがとうございます",
    ]
    assert level_of(text_doc("\n".join(chat), name="talk.txt"))[0] == 2
    other = [
        "広田 → 沢井 康平さんの来庁日の確認をお願いします",
        "三宅 → 昭和26年8月25日です",
        "広田 → ありがとうございます",
    ]
    assert level_of(text_doc("\n".join(other), name="talk.txt"))[0] == 1


# --- blind sets 9 and 10 ------------------------------------------------------------------------
def test_injuries_and_conditions_named_by_their_ending_are_health() -> None:
    for line in (
        "救急 沢井 康平さん 83歳 自宅で転倒、右大腿骨頸部骨折の疑い",
        "沢井 康平さんはパーキンソン病で通院",
    ):
        assert level_of(text_doc(line))[0] == 3, line
    for line in ("沢井 康平さんの病院への送迎", "沢井 康平さんから症状の問い合わせはなかった"):
        assert level_of(text_doc(line))[0] == 1, line


def test_the_writer_s_own_health_in_a_letter() -> None:
    letter = ["町長への手紙", "〒400-0026", "山梨県甲府市国母5丁目3番9号", "村岡 由紀"]
    letter += ["私は心不全で週に一度通院しています。福祉タクシー券を増やしてください。"]
    assert level_of(text_doc(*letter))[0] == 3
    general = ["町長への手紙", "〒400-0026", "山梨県甲府市国母5丁目3番9号", "村岡 由紀"]
    general += ["福祉タクシー券の制度について、通院する高齢者のために拡充してください。"]
    assert level_of(text_doc(*general))[0] == 2


def test_a_petitioner_named_after_the_address() -> None:
    doc = text_doc(
        "陳情書", "陳情者 山梨県甲府市国母5丁目3番9号 村岡 由紀", "私は喘息の持病があり、通院しています。"
    )
    assert level_of(doc)[0] == 3


def test_an_office_name_is_not_general_talk_about_welfare() -> None:
    chat = ["三宅  14:20", "沢井 康平さん、今日も来庁されました", "岸本  14:22"]
    chat += ["障害福祉課の担当によると、うつ病で通院中だそうです。", "三宅  14:23", "わかりました"]
    assert level_of(text_doc(*chat))[0] == 3


def test_library_overdue_is_not_money_arrears() -> None:
    rows: list[list[CellValue]] = [["利用者番号", "氏名", "電話", "資料名", "返却期限", "延滞日数"]]
    rows += [
        [f"2400{i}", n, f"055-24{i}-33{i}0", "郷土の歴史", "2024-06-18", 20 + i] for i, n in enumerate(_NAMES)
    ]
    assert level_of(sheet_doc(rows, name="延滞資料 督促対象者"))[0] == 2
    fees = [["氏名", "電話", "未納額", "督促日"]] + [
        [n, f"055-24{i}-33{i}0", 4200, "2024-06-18"] for i, n in enumerate(_NAMES)
    ]
    assert level_of(sheet_doc(fees, name="給食費"))[0] == 3  # type: ignore[arg-type]


def test_aggregate_arrears_in_minutes_names_no_one_in_arrears() -> None:
    minutes = [
        "○議長（沢井 康平君） ただいまから会議を開きます。",
        "○村岡議員 町税の滞納額の推移を伺います。",
    ]
    minutes += ["○町長 令和5年度末の滞納繰越額は約3,100万円で、前年度比12％減となりました。"]
    assert level_of(text_doc(*minutes))[0] == 1


def test_a_number_shared_by_many_rows_is_an_office_s() -> None:
    rows: list[list[CellValue]] = [["講座名", "講師", "所属", "連絡先"]]
    rows += [["ヨガ", n, "町文化協会", "055-237-1161"] for n in _NAMES]
    assert level_of(sheet_doc(rows, name="講師一覧"))[0] == 1
    own = [["講座名", "講師", "所属", "連絡先"]] + [
        ["ヨガ", n, "町文化協会", f"090-12{i}4-56{i}8"] for i, n in enumerate(_NAMES)
    ]
    assert level_of(sheet_doc(own, name="講師一覧"))[0] == 2  # type: ignore[arg-type]


def test_a_short_health_note_in_a_person_s_row() -> None:
    rows: list[list[CellValue]] = [["氏名", "電話", "健康上の配慮"]]
    rows += [[n, f"055-24{i}-33{i}0", None] for i, n in enumerate(_NAMES)]
    rows[2][2] = "てんかん発作の既往あり"
    assert level_of(sheet_doc(rows, name="受講者"))[0] == 3
    quiet = [["氏名", "電話", "健康上の配慮"]] + [
        [n, f"055-24{i}-33{i}0", "特になし"] for i, n in enumerate(_NAMES)
    ]
    assert level_of(sheet_doc(quiet, name="受講者"))[0] == 2  # type: ignore[arg-type]


def test_an_owner_s_mobile_after_the_shop_s_name() -> None:
    notes = [
        "出店者連絡先（当日用）",
        "ふれあい牧場 細川 葵 携帯 070-8412-5120",
        "酒の大黒屋 伊東 聡 携帯 080-1052-7018",
    ]
    assert level_of(text_doc("\n".join(notes), name="notes.pptx"))[0] == 2
    office = [
        "株式会社三陸システム 代表取締役 小野寺 健 電話 019-621-7509",
        "大船渡市長 戸田 公明 電話 0192-27-3111",
    ]
    assert level_of(text_doc("\n".join(office)))[0] == 1


def test_a_household_row_names_each_child_with_a_birth_date() -> None:
    rows: list[list[CellValue]] = [["受給者", "住所", "児童1", "生年月日1", "児童2", "生年月日2"]]
    for i in range(40):
        rows.append([f"{_SUR[i % 8]} {_GIV[i % 7]}", f"甲府市上町{i + 1}番地", f"{_SUR[i % 8]} {_GIV[(i + 2) % 7]}",
                     f"2015-0{i % 9 + 1}-1{i % 9}", f"{_SUR[i % 8]} {_GIV[(i + 4) % 7]}", f"2018-0{i % 9 + 1}-2{i % 9}"])  # fmt: skip
    level, _ = level_of(sheet_doc(rows, name="受給者台帳"))
    assert level == 3  # 40 households, up to 120 persons
    pets: list[list[CellValue]] = [["所有者", "住所", "電話", "犬種", "名前"]]
    pets += [
        [f"{_SUR[i % 8]} {_GIV[i % 7]}", f"甲府市上町{i + 1}番地", f"055-2{i:02d}-1111", "雑種", "モモ"]
        for i in range(60)
    ]
    assert level_of(sheet_doc(pets, name="犬の登録台帳"))[0] == 2  # 60 owners; the dogs are not persons


def test_an_example_person_of_a_training_slide() -> None:
    slide = [
        "名簿は鍵のかかる場所で保管",
        "（例）区民 花子さん（○○町）要介護3 → 支援者に連絡",
        "例示は架空の人物です",
    ]
    assert level_of(text_doc(*slide))[0] == 1


_NAMES = ["沢井 康平", "村岡 由紀", "三宅 里美", "広田 直樹", "北浦 千夏"]
_SUR = ["沢井", "村岡", "三宅", "広田", "北浦", "中園", "米倉", "岸本"]
_GIV = ["康平", "由紀", "里美", "直樹", "千夏", "美咲", "大輔"]


# --- blind sets 11 and 12 -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lines", "level"),
    [
        (["審査会資料", "審査請求人 沢井 康平（甲府市上町1234番地）", "請求人は療育手帳を所持している。"], 3),
        (["事故報告", "被害者 村岡 由紀 住所 甲府市国母5丁目3番9号", "右手首を骨折し病院へ搬送。"], 3),
        (["訪問依頼", "対象：三宅 里美（甲府市千塚2丁目8-1）", "統合失調症で通院中とのこと。"], 3),
        # staff doing the work are not parties; a label without a known name names nobody
        (["訪問記録", "訪問者：沢井 康平", "訪問先は留守。"], 1),
        (["募集案内", "対象者：65歳以上の方", "申込者 電話で受付"], 1),
    ],
)
def test_parties_of_a_case_named_by_their_role(lines: list[str], level: int) -> None:
    assert level_of(text_doc(*lines))[0] == level


def test_a_twelve_digit_number_under_a_personal_or_corporate_number_label() -> None:
    from .util import my_number

    person = text_doc(
        "支払調書", "氏名又は名称 沢井 康平", f"個人番号又は法人番号 {my_number('26197245945')}"
    )
    assert level_of(person)[0] == 3
    company = text_doc("支払調書", "氏名又は名称 株式会社甲斐設備", "個人番号又は法人番号 7010001012345")
    assert level_of(company)[0] == 1


def test_a_vaccination_register_and_checkup_results_are_health() -> None:
    rows: list[list[CellValue]] = [["氏名", "生年月日", "ワクチン名", "接種日"]]
    rows += [[n, f"2021-0{i + 1}-15", "MR", f"2024-0{i + 1}-20"] for i, n in enumerate(_NAMES)]
    assert level_of(sheet_doc(rows, name="接種記録"))[0] == 3
    checkups: list[list[CellValue]] = [["児氏名", "連絡先", "判定"]]
    checkups += [
        [n, f"070-29{i}5-19{i}8", "要精密（心雑音）" if i == 1 else "異常なし"] for i, n in enumerate(_NAMES)
    ]
    assert level_of(sheet_doc(checkups, name="健診"))[0] == 3


def test_a_sender_s_address_then_name_and_a_number_in_parentheses() -> None:
    letter = ["福祉事務所の皆様へ", "先日はありがとうございました。", "甲府市国母5丁目3番9号　村岡 由紀"]
    assert level_of(text_doc(*letter))[0] == 2
    request = ["要望書", "待ち時間が長すぎます。", "沢井 康平（連絡先 080-3038-5460）"]
    assert level_of(text_doc(*request))[0] == 2


def test_names_and_phones_enumerated_in_one_line() -> None:
    notes = "欠席連絡用 沢井 康平 055-241-3390、村岡 由紀 090-5633-7940、三宅 里美 070-2325-7009"
    assert level_of(text_doc(notes, name="notes.pptx"))[0] == 2
    assert level_of(text_doc("会場 第1会議室、第2会議室、大会議室（3月11日）"))[0] == 1


def test_health_in_brackets_after_each_name() -> None:
    notes = "（非公開）面接指導対象：沢井 康平（インフルエンザで通院中）、村岡 由紀（右足関節骨折で通院中）"
    assert level_of(text_doc(notes))[0] == 3
    notice = "面接指導の対象：長時間勤務の職員（希望者は通院中でも可）"
    assert level_of(text_doc(notice))[0] == 1


def test_a_phone_with_every_digit_spaced() -> None:
    memo = ["電話メモ", "沢井 康平 様より", "連絡先 0 8 0 5 4 5 8 4 1 6 8"]
    assert level_of(text_doc("\n".join(memo), name="memo.txt"))[0] == 2
    boxes = ["申請書", "沢井 康平 様より", "受付 1 2 3 4 5 6 7 8 9 0"]
    assert level_of(text_doc("\n".join(boxes), name="memo.txt"))[0] == 1


# --- after blind sets 13 and 14 -----------------------------------------------------------------
def test_an_addressee_block_on_one_line_is_the_letter_s_subject() -> None:
    letter = [
        "差押予告通知書",
        "あなたの滞納している町税について、納付がありません。",
        "滞納額：固定資産税 376,000円",
    ]
    box = "〒400-0026 山梨県甲府市国母5丁目3番9号　村岡　由紀 様"
    assert level_of(text_doc(*letter, box))[0] == 3
    notice = ["納税のお知らせ", "口座振替をご利用ください。", box]
    assert level_of(text_doc(*notice))[0] == 2


def test_a_lot_number_line_below_a_visitor_s_name() -> None:
    memo = ["電話メモ", "三宅　里美 様", "上町 8丁目17番", "携帯 070-6554-2840", "折返し希望"]
    assert level_of(text_doc("\n".join(memo), name="memo.txt"))[0] == 2
