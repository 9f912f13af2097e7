"""Weaknesses found by blind sets 35–38 (corpus/redteam/set35.py … set38.py) and fixed as classes,
as should-flag / should-not-flag pairs through the public classification. Names, numbers and
layouts are this file's own."""

from __future__ import annotations

import datetime as dt

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc, word_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def _word_table(rows: list[list[CellValue]], *paragraphs: str) -> int:
    return level_of(word_doc(rows, *paragraphs))[0]


def test_a_form_sheet_whose_name_block_is_a_row_of_labels_over_one_row_of_values() -> None:
    change: list[list[CellValue]] = [
        ["住所・連絡先 変更届", None, None, None],
        [None, None, "受付日", dt.date(2024, 11, 5)],
        ["姓", "名", "セイ", "メイ"],
        ["真壁", "トミ", "マカベ", "トミ"],
        ["生年月日", dt.date(1958, 6, 2), "性別", "女"],
        ["新住所", "由利本荘市石脇字田尻野12番地3", None, None],
        ["電話番号", "0184-27-3310", None, None],
    ]
    assert level_of(sheet_doc(change, name="届出"))[0] == 2
    # the same block over a reception note that holds nothing of the person's
    note: list[list[CellValue]] = [
        ["見学 受付票", None, None, None],
        ["姓", "名", "セイ", "メイ"],
        ["真壁", "トミ", "マカベ", "トミ"],
        ["受付日", dt.date(2024, 11, 5), None, None],
        ["見学先", "リハビリテーション棟", None, None],
    ]
    assert level_of(sheet_doc(note, name="受付"))[0] == 1


def test_a_form_with_one_column_per_party() -> None:
    guarantor: list[list[CellValue]] = [
        ["", "入居者", "新しい連帯保証人"],
        ["氏名", "真壁 修", "赤埴 勘助"],
        ["住所", "由利本荘市石脇字田尻野12番地3", "由利本荘市西目町沼田字新道下5番地"],
        ["電話", "0184-27-3310", "090-5512-0473"],
    ]
    assert _word_table(guarantor, "市営住宅 連帯保証人変更届") == 2
    # a firm's details before and after a change, side by side, are nobody's private record
    firm: list[list[CellValue]] = [
        ["", "変更前", "変更後"],
        ["名称", "株式会社ゆり清掃", "株式会社ゆり環境サービス"],
        ["所在地", "由利本荘市石脇字田尻野12番地3", "由利本荘市西目町沼田字新道下5番地"],
        ["電話", "0184-27-3310", "0184-33-0473"],
    ]
    assert _word_table(firm, "委託業者 登録事項変更届") == 1


def test_a_name_in_the_first_row_is_a_record_not_a_second_header_row() -> None:
    rows: list[list[CellValue]] = [
        ["受付番号", "受付日", "申請人", "申請人住所", "代理人", "所在・地番", "用途"],
        ["R6-0100", "2024/10/06", "真壁 結菜", "由利本荘市石脇字田尻野520番地", "行政書士 赤埴 ウメ（石脇事務所）", "石脇字清水沢776番", "資材置場"],
        ["R6-0101", "2024/10/03", "近藤 翔太", "由利本荘市西目町1-17-17", "", "西目字中島1424番5", "農家住宅"],
        ["R6-0102", "2024/10/07", "八木橋 房江", "由利本荘市石脇字堂ノ下876番地", "", "西目字堂ノ下453番", "分家住宅"],
    ]  # fmt: skip
    assert level_of(sheet_doc(rows, name="転用申請"))[0] == 2
    # the parcels alone (所在・地番, 用途) locate land, not anyone's home
    parcels: list[list[CellValue]] = [[r[0], r[1], r[5], r[6]] for r in rows]
    assert level_of(sheet_doc(parcels, name="転用申請"))[0] == 1


def test_the_phone_taken_from_a_register_of_visitors_is_the_visitor_s() -> None:
    chat = [
        "■見学者受付（2024/11/05 電話受付 転記）",
        "(10:40)",
        "佐々木 ちひろ → 見学者の赤埴 京子様が受付に忘れ物（傘）",
        "(10:45)",
        "鈴木 裕太 → 受付簿の電話 080-6613-2207 に連絡、明日取りに来られるとのこと",
        "(10:46)",
        "佐々木 ちひろ → 総合案内で保管します",
    ]
    assert _memo(*chat) == 2
    # a reception desk's own number is the hospital's
    desk = ["落とし物のお問い合わせは 受付 0184-27-1100 まで", "保管期間は3か月です"]
    assert _memo(*desk) == 1


def test_a_person_s_contact_given_in_words_after_their_name() -> None:
    mail = [
        "差出人: 八木橋 美代子 <yagi@ja.example.jp>",
        "件名: RE: 構成員の連絡先",
        "",
        "お尋ねの 工藤 弥太郎 さんの連絡先は 080-4471-2096 です（組合員台帳より）。",
    ]
    assert _memo(*mail) == 2
    office = ["お尋ねの 土地改良区の連絡先は 0184-22-5510 です（組合員台帳より）。"]
    assert _memo(*office) == 1


def test_an_illness_reported_in_one_sentence_and_a_request_to_staff_in_the_next() -> None:
    chat = [
        "#実施隊-連絡",
        "",
        "赤埴 正雄  [16:10]",
        "実施隊の八木橋 順子さん、免許更新の書類が県から戻ってきました",
        "",
        "鈴木 清  [16:31]",
        "診断書にてんかんの治療中と書かれていて、県が主治医に照会中だそうです。しばらく出動は外してください",
    ]
    assert _memo(*chat) == 3
    # the request in the same sentence as the illness addresses an audience
    notice = ["実施隊の皆様へ", "てんかんなど持病のある方は、出動前に必ず申し出てください"]
    assert _memo(*notice) == 1


def test_the_presenter_of_a_masked_case_report_is_named_in_their_role() -> None:
    abstract = [
        "地方会 演題抄録",
        "演題：大腿骨近位部骨折における早期離床の効果",
        "演者：赤埴 葵（由利本荘市立病院 リハビリテーション科）",
        "症例：80歳代 女性（Ａさん）。自宅で転倒し受傷。",
    ]
    assert level_of(text_doc(*abstract))[0] == 1
    record = [
        "リハビリ経過記録",
        "対象者：赤埴 葵（由利本荘市石脇字田尻野12番地3）",
        "経過：大腿骨近位部骨折の術後、歩行器歩行が自立した。",
    ]
    assert level_of(text_doc(*record))[0] == 3


def test_a_medical_certificate_among_papers_to_hand_in_is_no_diagnosis() -> None:
    offer = [
        "〒015-0051",
        "秋田県由利本荘市石脇字田尻野12番地3",
        "八木橋 頼子 様",
        "採用内定通知書",
        "採用予定日 令和7年4月1日",
        "提出書類 承諾書、健康診断書、看護師免許証の写し",
    ]
    assert level_of(text_doc(*offer))[0] == 2
    certificate = [*offer[:4], "提出いただいた診断書に、うつ病により通院中と記載がありました。"]
    assert level_of(text_doc(*certificate))[0] == 3


def test_an_arrears_word_inside_an_office_s_name() -> None:
    mail = [
        "件名: RE: 合同研修のご案内",
        "秋田県地方税滞納整理機構 八木橋 艶子 様",
        "11月の合同研修は、当町から収納係2名が参加します。",
    ]
    assert _memo(*mail) == 1
    case = [
        "秋田県地方税滞納整理機構 御中",
        "移管対象：八木橋 艶子 様",
        "固定資産税 3年分 412,000円が滞納となっています。",
    ]
    assert _memo(*case) == 3


def test_an_animal_s_illness_is_not_its_owner_s_health() -> None:
    deferral: list[list[CellValue]] = [
        ["所有者", "真壁 誠"],
        ["住所", "由利本荘市石脇字田尻野255番地6"],
        ["犬の名前", "ハナ"],
        ["犬種", "柴"],
        ["猶予理由", "僧帽弁閉鎖不全症（重度）、心不全の治療中"],
    ]
    assert _word_table(deferral, "狂犬病予防注射 猶予証明書") == 2
    bite: list[list[CellValue]] = [
        ["被害者", "真壁 誠"],
        ["住所", "由利本荘市石脇字田尻野255番地6"],
        ["加害犬の犬種", "柴"],
        ["被害状況", "右手を咬まれ、市立病院で3針縫合"],
    ]
    assert _word_table(bite, "犬による咬傷事故報告書") == 3


def test_a_category_ruled_out_is_no_health_detail() -> None:
    permit: list[list[CellValue]] = [
        ["死亡者の住所", "由利本荘市石脇字田尻野2155番地10"],
        ["死亡者の氏名", "真壁 喜八"],
        ["生年月日", "昭和18年4月24日"],
        ["死因", "「一類感染症等」以外"],
    ]
    assert _word_table(permit, "死体火葬許可申請書") == 2
    named: list[list[CellValue]] = [*permit[:3], ["死因", "一類感染症（エボラ出血熱）"]]
    assert _word_table(named, "死体火葬許可申請書") == 3


def test_reporters_listed_at_their_bureaus() -> None:
    press: list[list[CellValue]] = [
        ["社名", "支局・担当", "担当記者", "支局電話"],
        ["由利日日新聞", "本荘支局", "加藤 椿 記者", "0184-75-7420"],
        ["県民新報", "本荘支局", "石井 清 記者", "0184-33-6275"],
        ["ケーブルテレビ", "本荘支局", "北村 健太 記者", "0184-72-4626"],
    ]
    assert _word_table(press, "報道機関 取材窓口一覧") == 1
    residents: list[list[CellValue]] = [
        ["地区", "氏名", "電話"],
        ["石脇", "加藤 椿", "0184-75-7420"],
        ["西目", "石井 清", "0184-33-6275"],
        ["本荘", "北村 健太", "0184-72-4626"],
    ]
    assert _word_table(residents, "広報モニター 名簿") == 2
