"""Weaknesses found by blind sets 27 and 28 (corpus/redteam/set27.py, set28.py) and fixed as
classes, as should-flag / should-not-flag pairs through the public classification. Names, numbers
and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc


def test_a_person_named_by_what_they_do() -> None:
    form: list[list[CellValue]] = [
        ["証明が必要な方", "忽那 雄一"],
        ["生年月日", "昭和22年6月22日"],
        ["住所", "今治市旭町2-23-12"],
        ["使いみち", "公営住宅"],
    ]
    assert level_of(sheet_doc(form, name="申請"))[0] == 2
    costs: list[list[CellValue]] = [["医療を受けた方", "病院・薬局", "内容", "支払額"]]
    costs += [
        ["雲母 奈々", "調剤薬局 さくら", "うつ病 通院", 175000],
        ["雲母 直美", "中野内科医院", "喘息 通院", 54000],
    ]
    assert level_of(sheet_doc(costs, name="明細"))[0] == 3
    # a way of doing something (使い方, 書き方) names no one
    guide: list[list[CellValue]] = [
        ["書き方", "楷書で記入"],
        ["使い方", "窓口で提示"],
        ["受付", "今治市旭町2-23-12 市役所"],
    ]
    assert level_of(sheet_doc(guide, name="案内"))[0] == 1


def test_the_districts_a_volunteer_covers_are_no_home_address() -> None:
    def roster(place_header: str, places: list[str]) -> list[list[CellValue]]:
        rows: list[list[CellValue]] = [["地区", "役職", "氏名", place_header]]
        names = ("中村 秀樹", "遠藤 浩二", "大塚 秀樹", "後藤 正男")
        return rows + [["常盤町", "民生委員・児童委員", n, p] for n, p in zip(names, places, strict=True)]

    districts = ["常盤町 3区～6区", "南宝来町 1区～4区", "大西町宮脇 3区～5区", "菊間町浜 1区～5区"]
    assert level_of(sheet_doc(roster("担当区域", districts), name="名簿"))[0] == 1
    homes = [
        "今治市常盤町3丁目1-2",
        "今治市南宝来町1丁目4-5",
        "今治市大西町宮脇3番地",
        "今治市菊間町浜12番地",
    ]
    assert level_of(sheet_doc(roster("住所", homes), name="名簿"))[0] == 2


def test_a_line_holding_a_phone_number_is_no_table_header() -> None:
    letter = [
        "今治市 税務課 市民税係 御中",
        "税理士 中野 由美子",
        "中野税理士事務所 電話 0898-43-6703",
        "下記の者の申告書を提出いたします。",
        "納税者　岡本 秀樹",
        "住所　今治市旭町 8 丁目 14 番 17 号",
    ]
    assert level_of(text_doc("\n".join(letter), name="letter.pdf"))[0] == 2
    # the agent's own office alone is no private person's record
    assert level_of(text_doc("\n".join(letter[:4]), name="letter.pdf"))[0] == 1


def test_a_councillor_asking_in_their_role() -> None:
    answer = [
        "一般質問 答弁要旨",
        "質問者\u3000後藤 義雄 議員",
        "質問\u3000国民健康保険税の滞納者に対する差押が増えているが、配慮はどうなっているか。",
    ]
    assert level_of(text_doc(*answer))[0] == 1
    consultation = [
        "納税相談記録",
        "相談者\u3000後藤 義雄 さん",
        "国民健康保険税の滞納があり、差押の予告を受けている。",
    ]
    assert level_of(text_doc(*consultation))[0] == 3


def test_a_sample_form_s_names_and_relations_are_nobody() -> None:
    def form(title: str, name: str, who: str) -> list[list[CellValue]]:
        return [
            [title, None],
            ["窓口に来た方", who],
            ["証明が必要な方", name],
            ["生年月日", "昭和55年5月5日"],
            ["住所", "今治市大西町宮脇5番地"],
        ]

    # a 記入例 whose name is an office's word (税務 良子), and 本人 as the one who came
    assert (
        level_of(sheet_doc(form("税務証明書交付申請書（記入例）", "税務 良子", "本人"), name="記入例"))[0]
        == 1
    )
    # the same form filled in by a resident
    assert level_of(sheet_doc(form("税務証明書交付申請書", "忽那 良子", "本人"), name="申請"))[0] == 2
    assert level_of(sheet_doc(form("税務証明書交付申請書", "忽那 良子", "忽那 雄一"), name="申請"))[0] == 2


_SURNAMES = ("相良", "日下部", "坂本", "岡本", "大野", "石井", "宮本", "八月一日", "御手洗", "竹内", "藤井")
_GIVEN = ("トミ", "修", "陽向", "達也", "颯真", "早苗", "雷蔵", "幸子", "拓也", "澄江")


def test_a_ruled_line_under_a_printed_list_s_header() -> None:
    rows = [
        f"U{700000 + i * 37} {_SURNAMES[i % 11]}\u3000{_GIVEN[i % 10]} かな かな 092-300-{1000 + i} 桜丘{i % 6 + 1}丁目{i % 9 + 1}番地{i % 20 + 1}"
        for i in range(110)
    ]
    head = [
        "公共施設予約システム 管理者画面 印刷",
        "利用者登録一覧（個人）",
        "利用者ID 氏名 カナ 電話番号 住所",
        "=" * 140,
    ]
    assert level_of(text_doc("\n".join([*head, *rows]), name="list.pdf"))[0] == 3
    # the header and its rule name no one when no row follows
    assert level_of(text_doc("\n".join([*head, "該当者なし"]), name="list.pdf"))[0] == 1


def test_a_sender_block_with_a_name_no_list_knows() -> None:
    letter = [
        "志免町教育委員会 生涯学習課 御中",
        "土曜の午前にも同じ内容の回を設けていただけないでしょうか。",
        "令和6年9月8日",
        "志免町桜丘3丁目4番11号",
        "月見里 紬",
        "電話 090-4888-7699",
    ]
    assert level_of(text_doc(*letter))[0] == 2
    # a word pair between a venue and the office's number is no one
    notice = ["講座のご案内", "会場 志免町桜丘3丁目4番11号", "生涯学習 講座", "電話 092-935-1001"]
    assert level_of(text_doc(*notice))[0] == 1
