"""Running text: honorific names, letters, facility addresses, arrears and health about persons."""

from __future__ import annotations

import pytest

from .util import detect, level_of, of_type, text_doc


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("山田 太郎 様", True),
        ("佐藤花子さんから相談がありました", True),
        ("担任の高橋先生と鈴木君が", True),
        ("申請者：伊藤　春香", True),
        ("氏　名　村上　結衣", True),
        ("市民の皆様へ", False),
        ("利用者様各位", False),
        ("申請様式は窓口で配布します", False),  # 様式 is a word
        ("氏名を記入してください", False),
        ("関係者殿", False),
    ],
)
def test_names(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "name"), "name", 0.5)) is flag


def test_staff_name_is_weak() -> None:
    found = of_type(detect(text_doc("担当：山田 太郎 様"), "name"), "name")
    assert found and all(f.confidence < 0.5 for f in found)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("住所：岩手県釜石市只越町3-9-13", True),
        ("岩手県釜石市只越町三丁目九番地十三", True),
        ("釜石市只越町３－９－１３", True),
        ("会場：釜石市民ホール（釜石市大町1-1-1）", False),
        ("釜石市役所 岩手県釜石市只越町3-9-13", False),
        ("株式会社テスト 東京都千代田区丸の内1-1-1", False),
        ("令和6年度の計画", False),
    ],
)
def test_addresses(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "address"), "address", 0.5)) is flag


def test_letter_addressee_is_one_record() -> None:
    doc = text_doc("〒026-8686", "岩手県釜石市只越町3-9-13", "山田 太郎 様", "令和6年4月1日", "釜石市長",
                   "拝啓 時下ますますご清祥のこととお喜び申し上げます。", "問い合わせ先：釜石市税務課 電話 0193-22-1886")  # fmt: skip
    level, rules = level_of(doc)
    assert level == 2 and rules[0] == "personal_record"


def test_dunning_letter_is_level_3() -> None:
    doc = text_doc(
        "山田 太郎 様", "督促状", "下記の市税が納期限を過ぎても未納となっています。", "未納額 30,000円"
    )
    level, rules = level_of(doc)
    assert level == 3 and "arrears_of_person" in rules


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (("滞納整理の方針について", "本市では滞納整理を強化し、収納率の向上を図る。"), 1),
        (("マイナンバー制度の概要", "個人番号の漏えい事案と滞納情報の取扱いについて報告する。"), 1),
        (("障害者福祉計画について", "障害者手帳の交付件数は前年比で増加した。"), 1),
        (("佐藤花子さんは保育料を4か月滞納している。",), 3),
        (("鈴木一郎さんはうつ病で通院中とのこと。",), 3),
        (("チャット", "[10:01] 木村: 金ケ崎さんまた施設使用料払ってないって…これで11か月目"), 3),
    ],
)
def test_general_talk_vs_about_a_person(paragraphs: tuple[str, ...], level: int) -> None:
    assert level_of(text_doc(*paragraphs))[0] == level


def test_medical_certificate_form_in_text() -> None:
    doc = text_doc("診断書", "氏　名　村上　結衣（女）", "生年月日(和暦)　S55.4.20", "現住所　宮城県石巻市豊町6-19-29",
                   "傷病名　うつ病", "上記のとおり診断します。", "令和7年11月15日　医療法人光風会　医師 藤原　陽一")  # fmt: skip
    level, rules = level_of(doc)
    assert level == 3 and "health_of_person" in rules


def test_table_in_pdf_text() -> None:
    lines = "\n".join(
        [
            "施設使用料 滞納者一覧",
            "名前 滞納額 備考 滞納月数",
            "長谷川 健 240000 督促済 4",
            "井上 稔 53000 催告書送付 24",
        ]
    )
    level, rules = level_of(text_doc(lines))
    assert level == 3 and "arrears_of_person" in rules


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("携帯 090-1234-5678", True),
        ("自宅電話：0193-27-8411", True),
        ("問い合わせ先：釜石市税務課 電話 0193-22-1886", False),
        ("受付番号 0193-27", False),
    ],
)
def test_phones(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "phone"), "phone", 0.5)) is flag


@pytest.mark.parametrize(
    "text",
    [
        "対象：昭和34年4月1日から昭和44年3月31日までに生まれた方",
        "二十歳を祝う会の対象は平成17年4月2日～平成18年4月1日生まれの方です。",
    ],
)
def test_eligibility_ranges_are_not_birth_dates(text: str) -> None:
    assert not of_type(detect(text_doc(text), "birth_date"), "birth_date", 0.5)


def test_facility_list_in_pdf_text() -> None:
    page = "\n".join(["避難所一覧", "施設名 所在地 電話番号 開館時間",
                      "中央公民館 岩手県釜石市只越町3丁目9番13号 0193-27-1244 8:00～21:00"])  # fmt: skip
    found = detect(text_doc(page))
    assert not of_type(found, "phone", 0.5) and not of_type(found, "address", 0.5)


def test_health_notice_is_level_1() -> None:
    doc = text_doc(
        "がん検診・健康教室のご案内", "障害のある方や通院中の方は、事前に保健センターへご相談ください。"
    )
    assert level_of(doc)[0] == 1


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "訪問記録",
                "南町在住のNGUYEN WEI氏について、長女から相談があった。",
                "本人は脳梗塞の後遺症で服薬を続けている。",
            ),
            3,
        ),
        (("SILVA WEIさんは市営住宅家賃を2か月滞納中なので要注意",), 3),
        (("申込者：KIM MINJUN　住所：福岡県北九州市小倉北区西川6丁目40番20号",), 2),
    ],
)
def test_names_in_latin_letters(paragraphs: tuple[str, ...], level: int) -> None:
    assert level_of(text_doc(*paragraphs))[0] == level


def test_list_lines_and_attendees() -> None:
    found = detect(
        text_doc("別紙　対象者一覧", "佐々木　充　230592888578", "出席者：松田　智也、菊池　拓真"), "name"
    )
    strong = {f.locator for f in of_type(found, "name", 0.5)}
    weak = [f for f in found if f.confidence < 0.5]
    assert strong == {"paragraph 2"} and len(weak) == 2  # attendees are named, but they are staff


# --- blind set 4 (issue 9): the one person a case record is about ---------------------------------
from assetclass.model import Document, Region, Table, TextBlock  # noqa: E402

_NARRATIVE = [
    "【経過】",
    "半年前から不眠が続き、心療内科で適応障害と診断され通院している。",
    "服薬は継続中とのこと。",
]


def _record(header: str | None, body: list[str], form: list[list[object]] | None = None) -> Document:
    blocks = [TextBlock(p, f"paragraph {i}", Region.BODY) for i, p in enumerate(body, start=1)]
    if header is not None:
        blocks.append(TextBlock(header, "header (section 1)", Region.HEADER))
    tables = [Table(name="table 1", locator="table 1", rows=form, region=Region.TABLE)] if form else []  # type: ignore[arg-type]
    return Document(name="t.docx", format="docx", blocks=blocks, tables=tables)


_LONG = "訪問時、居室内は整理されており、生活リズムも概ね安定している様子であった。食事は配食サービスを利用しており、買い物は週一回の移動販売で足りているとのことであった。"
_FORM = [
    ["相談者", "小野寺 健", "生年月日", "昭和52年8月3日"],
    ["住所", "一関市大手町2番16号", "電話", "0191-21-4455"],
]


@pytest.mark.parametrize(
    ("doc", "level"),
    [
        # should flag: the page header names the person, the narrative gives their health
        (_record("支援記録　小野寺 健 様　No.2231", _NARRATIVE), 3),
        # should flag: the record's only form names the person
        (_record(None, ["相談記録票", *_NARRATIVE], _FORM), 3),
        # should not flag 3: another person is named in the text, so whose health it is stays open
        (_record("支援記録　小野寺 健 様", [*_NARRATIVE, _LONG, "同日、佐々木 純子さんにも連絡した。"]), 1),
        # should not flag 3: the same header over a notice to an audience
        (_record("支援記録　小野寺 健 様", ["障害のある方は窓口へご相談ください。"]), 1),
        # should not flag: a header without a person
        (_record("支援記録　第3版", _NARRATIVE), 1),
    ],
)
def test_subject_of_a_case_record(doc: Document, level: int) -> None:
    assert level_of(doc)[0] == level


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        # should not flag: a speaker in a role, arrears in general
        (
            ["研修会記録", "講師：県土木事務所 佐々木 亮 氏", "・督促後の差押えの手順", "・延滞金の計算方法"],
            1,
        ),
        (["説明者：収納課 千葉 浩一 さん", "滞納処分の流れについて説明があった。"], 1),
        # should flag: a speaker's note about a resident
        (["発表者メモ：対象は佐藤 恵子さん。糖尿病で通院中。"], 3),
    ],
)
def test_speakers_in_a_role(paragraphs: list[str], level: int) -> None:
    assert level_of(text_doc(*paragraphs))[0] == level
