"""Weaknesses found by blind sets 31 and 32 (corpus/redteam/set31.py, set32.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue, Document, Region, Table, TextBlock

from .util import detect, level_of, sheet_doc, text_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def test_a_name_with_its_age_after_where_they_live() -> None:
    record = [
        "ごみ屋敷 対応経過記録",
        "対象：西条市朔日市115番地 居住の山下 聡（72歳）。近隣住民からの苦情により対応開始。",
        "第3回訪問：長男によると、本人はアルコール依存症で精神科に通院していたが、昨年から中断している。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    # the place alone, with no one named, is a site
    site = [record[0], "対象：西条市朔日市115番地 居住の世帯。近隣住民からの苦情により対応開始。"]
    assert level_of(text_doc(*site))[0] == 1


def test_an_address_followed_by_the_home_it_is() -> None:
    chat = [
        "舎人 ミツ  [16:40]",
        "渡辺 喜代治さんからまた悪臭の電話です",
        "",
        "藤井 丈一郎  [16:43]",
        "臭気測定の場所、西条市朔日市932番地4の庭先でいいか確認してください",
        "",
        "舎人 ミツ  [16:45]",
        "了解、明日10時で調整します",
    ]
    assert _memo(*chat) == 2
    venue = [line.replace("932番地4の庭先", "932番地4の公民館前") for line in chat]
    assert _memo(*venue) == 1


def test_a_pregnancy_s_complication_is_health_data() -> None:
    record = [
        "苦情処理経過記録",
        "申出人 千葉 初枝（西条市朔日市802番地）",
        "申出人は妊娠中で、切迫早産のため医師から自宅安静を指示されている。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    # a pregnancy alone is no finding
    plain = [record[0], record[1], "申出人は妊娠中で、日中の騒音が気になるとのこと。"]
    assert level_of(text_doc(*plain))[0] == 2


def _exported_chat(*messages: str) -> Document:
    """A LINE WORKS export as the text reader gives it: the header block, then the day's messages."""
    head = "[LINE WORKS] 母子保健係 のトーク履歴\n保存日時：2024/09/26 17:32"
    body = "\n".join(["2024/09/26(木)", *messages])
    blocks = [
        TextBlock(head, "lines 1-2", Region.BODY),
        TextBlock(body, f"lines 4-{4 + len(messages)}", Region.BODY),
    ]
    return Document(name="chat.txt", format="txt", blocks=blocks)


def test_a_resident_sharing_a_speaker_s_surname_is_still_named() -> None:
    chat = [
        "13:02\t後藤 芽衣\t後藤 栞さんの妊婦健診 償還払いの申請、まだ来てないですよね？",
        "13:05\t三浦 勘太郎\tその方、切迫早産で県立こども病院に入院中とご主人から聞きました。",
        "13:05\t三浦 勘太郎\t申請は退院してからで大丈夫と伝えてあります",
        "13:07\t後藤 芽衣\t了解です、期限の延長メモ残しておきます",
    ]
    assert level_of(_exported_chat(*chat))[0] == 3
    # the speaker herself, addressed by her surname alone, is staff: no reply is linked to her
    staff = [
        "13:02\t後藤 芽衣\t制度の申請、まだ来てないですよね？",
        "13:05\t三浦 勘太郎\t後藤さん、要綱どおりで大丈夫です。",
        "13:07\t後藤 芽衣\t了解です、メモ残しておきます",
    ]
    assert not [
        f for f in detect(text_doc("\n".join(staff), name="memo.txt")) if f.detector == "conversation"
    ]


def test_a_voucher_a_reminder_and_a_vaccine_are_not_conditions() -> None:
    chat = [
        "10:15\t森 澪\t宮崎 留美さんから、受診券が届いていないと電話がありました",
        "10:18\t我妻 朝陽\t住所はどこになってます？",
        "10:19\t森 澪\t本人申告は 亘理町吉田1109番地 です",
    ]
    assert _memo(*chat) == 2
    letter = [
        "古田 明日香 様",
        "日本脳炎 第2期 予防接種のおすすめ",
        "古田 湊斗 さん（平成24年1月10日生）は、日本脳炎 第 2 期の予防接種の対象です。",
    ]
    assert level_of(text_doc(*letter))[0] == 2
    rows: list[list[CellValue]] = [["氏名", "生年月日", "住所", "勧奨ワクチン"]]
    rows += [
        ["我妻 和佳奈", "2018/08/10", "亘理町逢隈鹿島1371番地1", "MR2期"],
        ["古田 湊斗", "2012/01/10", "亘理町吉田1109番地", "日本脳炎2期"],
    ]
    assert level_of(sheet_doc(rows, name="勧奨"))[0] == 2
    # what a shot did, or what a check-up found, is health data
    reaction = [
        letter[0],
        "古田 湊斗 さん（平成24年1月10日生）は、接種後に副反応（発熱・発疹）がありました。",
    ]
    assert level_of(text_doc(*reaction))[0] == 3


def test_a_given_name_the_analyser_knows_after_a_rare_surname() -> None:
    record = [
        "特定保健指導 初回面談記録",
        "対象者：八月一日 義雄　面談日：令和6年8月22日　担当：保健師 永井 直樹",
        "仕事は運送業で夜勤あり。朝食は欠食、夕食は21時以降が多い。",
        "家族：妻と二人暮らし。",
        "運動習慣なし。休日は釣り。",
        "健診結果を一緒に確認した。HbA1c 8.1%、空腹時血糖 162。2年前に糖尿病と診断され服薬していたが、自己判断で中断している。",
        "目標：かかりつけ医を再受診する。夕食の主食を半分にする。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    # a word that is no given name after the label is not a person
    general = ["特定保健指導 実施計画", "対象者：四十歳以上 国保加入者", *record[2:]]
    assert level_of(text_doc(*general))[0] == 1


def _word_form(values: list[CellValue]) -> Document:
    labels = ["お子さんの氏名", "生年月日", "保護者氏名", "電話番号", "相談したいこと"]
    rows: list[list[CellValue]] = [[label, value] for label, value in zip(labels, values, strict=True)]
    box = "記入例\u3000お子さん：保健 たろう（令和2年4月1日生）\u3000保護者：見本 はなこ"
    return Document(
        name="t.docx",
        format="docx",
        blocks=[
            TextBlock("発達相談 申込書", "paragraph 1", Region.BODY),
            TextBlock(box, "text box 1", Region.TEXTBOX),
        ],
        tables=[Table(name="table 1", locator="table 1", rows=rows)],
    )


def test_a_blank_form_s_labels_are_not_names() -> None:
    assert level_of(_word_form([None, "年\u3000\u3000月\u3000\u3000日", None, None, None]))[0] == 1
    filled: list[CellValue] = ["古田 湊斗", "令和2年4月1日", "古田 明日香", "0223-32-2111", "ことばが遅い"]
    assert level_of(_word_form(filled))[0] == 2


def test_a_list_far_below_unheaded_rows_has_its_own_header() -> None:
    rows: list[list[CellValue]] = [["項目", "予算額"], ["使用料収入", 1200000], ["雑入", 30000]]
    rows += [[None, None]] * 40
    rows += [["氏名", "未納額"], ["後藤 正樹", 10000], ["工藤 進", 9000], ["久米 健太", 9000]]
    assert level_of(sheet_doc(rows, name="使用料"))[0] == 3
    # the budget lines alone, far above nothing, name no one
    assert level_of(sheet_doc(rows[:43], name="使用料"))[0] == 1
