"""Files of earlier blind sets (corpus/redteam/set8.py … set33.py) that stayed below their level
after their round's fixes, fixed later as classes: should-flag / should-not-flag pairs through the
public classification. Names, numbers and layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import bad_my_number, level_of, my_number, sheet_doc, text_doc


def _print(*lines: str) -> int:
    return level_of(text_doc("\n".join(lines), name="print.pdf"))[0]


def test_a_number_drawn_one_digit_per_box_beside_the_row_s_date() -> None:
    number = " ".join(my_number("48611148374"))
    head = ("個人番号 照会結果（番号連携サーバ印刷）", "氏名 個人番号 照会日")
    assert _print(*head, f"楢崎 達也 {number} 2024/06/21", "取扱注意 1 / 1") == 3
    # the same boxes failing the check digit, or thirteen of them, are no My Number
    wrong = " ".join(bad_my_number("48611148374"))
    assert _print(*head, f"楢崎 達也 {wrong} 2024/06/21") < 3
    assert _print(*head, f"楢崎 達也 {number} 5 2024/06/21") < 3


def test_a_role_holder_given_with_their_own_home() -> None:
    notice = [
        "自主防災会 会長交代届",
        "新会長　箕輪 奏太",
        "自宅住所　上根町大字柿平156番地",
        "自宅電話　0869-63-3308",
    ]
    assert level_of(text_doc(*notice))[0] == 2
    # the same role at the group's own meeting place is the group's contact
    group = [
        "自主防災会 役員",
        "会長　箕輪 奏太",
        "連絡先 上根町大字柿平156番地 上根集会所",
        "電話 0869-63-3308",
    ]
    assert level_of(text_doc(*group))[0] == 1
    lecturer = [
        "講師謝金の支出について（伺い）",
        "講師 大塚 由美（元高校教諭）",
        "送付先 栃木県小山市神鳥谷2丁目8-13　電話 0834-49-3265",
    ]
    assert level_of(text_doc(*lecturer))[0] == 2
    venue = [
        "市民大学講座のご案内",
        "講師 大塚 由美（元高校教諭）",
        "会場 栃木県小山市神鳥谷2丁目8-13 市民会館　電話 0834-49-3265",
    ]
    assert level_of(text_doc(*venue))[0] == 1


def test_a_sole_trader_signing_with_the_trade_name() -> None:
    quote = [
        "御見積書",
        "益子町長 様",
        "件名：公民館 障子張替え",
        "表具 三浦 三浦 直樹",
        "芳賀郡益子町大字上大羽602番地10",
        "TEL 0285-78-3400",
    ]
    assert _print(*quote) == 2
    # a company's head or an office signs for the organisation
    company = [
        "御見積書",
        "益子町長 様",
        "代表取締役 唐沢 哲也",
        "芳賀郡益子町大字益子3013番地19",
        "TEL 0285-29-1858",
    ]
    assert _print(*company) == 1
    office = ["回答", "益子町長 様", "人事課 唐沢 哲也", "芳賀郡益子町大字益子3013番地19", "TEL 0285-29-1858"]
    assert _print(*office) == 1


def test_a_name_label_with_its_value_is_no_table_header() -> None:
    slip = [
        "口座振替依頼書（控）",
        "債権者登録番号 976479",
        "氏名 須賀 勝利（屋号 まつかぜ板金）",
        "住所 岐阜県大垣市久瀬川町3-30-19",
    ]
    assert _print(*slip) == 2
    header = ["口座振替 一覧", "氏名 屋号 住所", "須賀 勝利 まつかぜ板金 岐阜県大垣市久瀬川町3-30-19"]
    assert _print(*header) == 2  # a real header still reads the row below it


def test_a_name_before_its_own_labelled_birth_date() -> None:
    memo = [
        "本人確認メモ",
        "汲田 美津子　生年月日 1950/08/25",
        "住所 上根町大字寺尾2818番地7",
        "免許証で確認（6/20）",
    ]
    assert level_of(text_doc(*memo))[0] == 2
    # a label naming the birth date of a thing after a word pair is no person's
    plan = ["施設概要", "中央 公民館　開館日 1950/08/25", "所在地 上根町大字寺尾2818番地7"]
    assert level_of(text_doc(*plan))[0] == 1


def test_a_mail_log_is_a_list_even_when_a_column_repeats_a_label() -> None:
    rows: list[list[CellValue]] = [["受信日時", "差出人", "件名", "本文抜粋"]]
    names = (
        "片山 茂",
        "成田 義雄",
        "向井 茂",
        "宮下 フミ",
        "服部 正一",
        "熊谷 敏夫",
        "小西 静江",
        "北村 利夫",
    )
    rows += [
        [f"10/{i + 1}", "包括徳山中央", "住所確認", f"{n}様 新宿通{i + 1}丁目5番{10 + i}号"]
        for i, n in enumerate(names)
    ]
    assert level_of(sheet_doc(rows, name="メール"))[0] == 2
    # a real form's labels differ from each other
    form: list[list[CellValue]] = [
        ["氏名", "片山 茂"],
        ["住所", "周南市新宿通761番地"],
        ["電話", "0834-22-1111"],
    ]
    assert level_of(sheet_doc(form, name="届"))[0] == 2


def test_a_two_line_header_over_two_line_records() -> None:
    rows: list[list[CellValue]] = [
        ["予約日", "氏名／電話", "相談種別", "来所"],
        [None, "（住所）", None, None],
    ]
    for i, n in enumerate(("戸田 葵", "水野 典子", "北村 拓也")):
        rows += [[f"6/{i + 1}", n, "税務", None], [None, f"080-7637-579{i}／幕張町63{i}番地の7", None, None]]
    assert level_of(sheet_doc(rows, name="予約"))[0] == 2
    # a blank form's label rows are no header over records
    blank: list[list[CellValue]] = [
        ["児童氏名", None, "学年", None],
        ["事故の概要", None, None, None],
        ["受診状況", "（骨折・通院の有無を記入）", None, None],
    ]
    assert level_of(sheet_doc(blank, name="様式"))[0] == 1


def test_a_tenant_list_keyed_by_estate_and_room() -> None:
    rows: list[list[CellValue]] = [
        ["家賃減免 適用世帯一覧", None, None],
        ["団地・号室", "名義人", "世帯人数"],
    ]
    rows += [
        ["みずき野団地 302", "野口 智也", 1],
        ["旭団地 205", "石黒 亮", 4],
        ["新田団地 105", "横山 誠", 2],
    ]
    assert level_of(sheet_doc(rows, name="減免"))[0] == 2
    # the same rooms offered empty name no one
    vacant: list[list[CellValue]] = [["空き住戸一覧", None], ["団地・号室", "間取り"]]
    vacant += [["みずき野団地 302", "2DK"], ["旭団地 205", "3DK"], ["新田団地 105", "2LDK"]]
    assert level_of(sheet_doc(vacant, name="空き"))[0] == 1


def test_a_form_naming_a_second_party_gives_each_party_its_own_record() -> None:
    # a creditor's request for a debtor's 住民票: the debtor's arrears and address are theirs, not the firm's
    request = [
        "住民票の写し等の交付申出書（第三者請求）",
        "鳴門市長 様",
        "申出者　株式会社あおばクレジット 回収部　担当 鶴見 隆　088-611-2040",
        "請求に係る者　一色 真澄（鳴門市撫養町斎田3丁目14-2 コーポ桜101）",
        "利用目的",
        "当社は上記の者に対し令和5年2月1日付け契約に基づく貸付金債権を有しているが、令和6年4月以降返済が"
        "滞っており、現在の滞納額は412,000円である。",
        "督促状を送付したところ宛所不明で返戻されたため、現住所を確認する必要がある。",
        "添付書類　契約書の写し、返戻された封筒の写し",
    ]
    assert level_of(text_doc(*request))[0] == 3
    # the firm alone, asking about nobody's money: its office and phone are no private record
    own = [
        "登記事項証明書の交付申請書",
        "鳴門市長 様",
        "申出者　株式会社あおばクレジット 回収部　担当 鶴見 隆　088-611-2040",
        "請求に係る者　株式会社あおばクレジット（鳴門市撫養町斎田3丁目14-2）",
        "利用目的　当社の登記内容の確認",
    ]
    assert level_of(text_doc(*own))[0] == 1


def test_a_particle_before_an_honorific_like_word_is_no_name() -> None:
    # 夫婦の氏 (the couple's surname) on a sample marriage form is a field, not 「夫婦の」さん
    sample = [
        "婚姻届 記入例",
        "氏名　夫になる人 市民 太郎　　妻になる人 見本 花子",
        "住所　鳴門市撫養町1丁目1番1号（住民登録をしているところ）",
        "婚姻後の夫婦の氏・新しい本籍　☑夫の氏",
    ]
    assert level_of(text_doc(*sample))[0] == 1
    # a hiragana given name after its surname still is one
    memo = ["電話メモ", "一色 さくら様より", "住所　鳴門市撫養町斎田3丁目14-2"]
    assert level_of(text_doc(*memo))[0] == 2


def test_words_holding_an_office_suffix_are_no_office() -> None:
    # 関係者 holds 係, 課税 holds 課: neither makes the address after it an office's
    note = ["相談記録", "関係者　一色 真澄（鳴門市撫養町斎田3丁目14-2）", "内容　境界の件"]
    assert level_of(text_doc(*note))[0] == 2
    office = ["相談記録", "資産税係　一色 真澄（鳴門市撫養町斎田3丁目14-2 鳴門市役所）", "内容　境界の件"]
    assert level_of(text_doc(*office))[0] == 1


def test_a_list_of_names_each_with_a_date_spanning_decades() -> None:
    # an insurance enrolment list printed as name<TAB>date: dates over decades are birth dates
    enrolled = ["ボランティア活動保険 加入者", "村井 聡\t1967/08/24", "浜田 裕子\t1975/07/04", "片山 健一\t1958/09/28",
                "桜井 裕子\t1969/11/02", "宮下 由美子\t1983/03/25"]  # fmt: skip
    assert _print(*enrolled) == 2
    # the same persons with one event's dates, or with the dates they were hired, are no birth dates
    visits = ["見学会 参加者", "村井 聡\t2024/08/24", "浜田 裕子\t2024/08/24", "片山 健一\t2024/08/25"]
    assert _print(*visits) == 1
    hired = ["職員名簿", "村井 聡\t採用 1987/04/01", "浜田 裕子\t採用 1995/04/01", "片山 健一\t採用 2009/04/01",
             "桜井 裕子\t採用 2016/04/01"]  # fmt: skip
    assert _print(*hired) == 1
