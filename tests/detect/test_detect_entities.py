"""Entity typing of tables (detect.entities): organisations, places and persons in a role are not
private persons; readings take the type of the column they read; dates need birth context.

Every document is generated here: made-up names, made-up facilities, real municipalities.
"""

from __future__ import annotations

import random

import pytest

import assetclass
from assetclass.detect import entities

PERSONS = [
    "佐藤 健一", "鈴木 花子", "高橋 直美", "田中 大輔", "伊藤 美咲", "渡辺 翔", "山本 陽子", "中村 誠",
    "小林 由美", "加藤 一郎", "吉田 恵", "山口 拓真",
]  # fmt: skip
READINGS = [
    "サトウ ケンイチ", "スズキ ハナコ", "タカハシ ナオミ", "タナカ ダイスケ", "イトウ ミサキ", "ワタナベ ショウ",
    "ヤマモト ヨウコ", "ナカムラ マコト", "コバヤシ ユミ", "カトウ イチロウ", "ヨシダ メグミ", "ヤマグチ タクマ",
]  # fmt: skip
FACILITIES = [
    ("中央公民館", "チュウオウコウミンカン"), ("東部保育所", "トウブホイクショ"), ("南小学校", "ミナミショウガッコウ"),
    ("第二水防倉庫", "ダイニスイボウソウコ"), ("市民プール", "シミンプール"), ("北部集会所", "ホクブシュウカイショ"),
    ("西公園", "ニシコウエン"), ("駅前駐輪場", "エキマエチュウリンジョウ"),
]  # fmt: skip
PONDS = ["新池", "大池", "蓮池上池", "石ヶ谷下池", "皿池", "奥の池", "上池", "長池"]


def _rng() -> random.Random:
    return random.Random(20260405)


def _address(rng: random.Random, city: str = "焼津市") -> str:
    return f"静岡県{city}栄町{rng.randint(1, 6)}丁目{rng.randint(1, 20)}-{rng.randint(1, 9)}"


def _phone(rng: random.Random) -> str:
    return f"054-{rng.randint(600, 699)}-{rng.randint(1000, 9999)}"


def _csv(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(r) for r in rows).encode("utf-8-sig")


def facility_list_kana() -> bytes:
    rng = _rng()
    rows = [["NO", "名称", "名称_カナ", "住所", "電話番号", "緯度", "経度"]]
    for i, (name, kana) in enumerate(FACILITIES, 1):
        rows.append([str(i), name, kana, _address(rng), _phone(rng), "34.8679258", "138.3182393"])
    return _csv(rows)


def facility_list_english() -> bytes:
    """Open-data metadata rows, an English ``name`` and ``fullNameInKana`` next to it."""
    rng = _rng()
    rows = [["#LINK", ""], ["#license", "http://creativecommons.org/licenses/by/4.0/"]]
    rows.append(["#property", "name", "fullNameInKana", "address", "telephoneNumber"])
    for i, (name, kana) in enumerate(FACILITIES, 1):
        rows.append([str(i), name, kana, _address(rng), _phone(rng)])
    return _csv(rows)


def reservoir_list() -> bytes:
    rng = _rng()
    rows = [["#property", "latitude", "longitude", "reservoirName", "address"]]
    for i, name in enumerate(PONDS, 1):
        rows.append([str(i), f"34.{rng.randint(100000, 999999)}", f"134.{rng.randint(100000, 999999)}", name,
                     f"香川県高松市屋島東町{rng.randint(100, 999)}"])  # fmt: skip
    return _csv(rows)


def licence_register() -> bytes:
    """A public register: each business with its licence holder (a person or a company)."""
    rng = _rng()
    rows = [
        ["業務種別", "施設名称", "施設所在地", "開設者申請者名", "開設者役職名", "開設者住所", "開設確認日"]
    ]
    for i, person in enumerate(PERSONS):
        holder, title = (person, "") if i % 3 else (f"株式会社{person.split()[0]}美容", "代表取締役")
        rows.append(["美容所", f"ヘアサロン{person.split()[1]}", _address(rng), holder, title,
                     _address(rng, "藤枝市"), f"S{40 + i}.04.01"])  # fmt: skip
    return _csv(rows)


def hospital_list() -> bytes:
    """Hospitals with the head of each medical corporation and opening dates spanning decades."""
    rng = _rng()
    rows = [["name", "corporateRepresentative", "establisher", "openingDate", "address", "telephone"]]
    for i, person in enumerate(PERSONS):
        surname = person.split()[0]
        kind = ["クリニック", "内科医院", "歯科", "こどもクリニック"][i % 4]
        rows.append([f"{surname}{kind}", f"理事長　{person}", f"医療法人社団{surname}会", f"{1950 + 5 * i}/4/1",
                     _address(rng), _phone(rng)])  # fmt: skip
    return _csv(rows)


def company_registry() -> bytes:
    """Companies with their English trade names (no header: a registry extract)."""
    rng = _rng()
    rows = []
    for i, person in enumerate(PERSONS):
        word = ["TAKIGAWA", "NANKAI", "SETO", "HOKUTO"][i % 4]
        rows.append([f"{1010001000000 + i}", f"株式会社{person.split()[0]}商事", _address(rng),
                     f"{word} TRADING CO., LTD.", f"{word} CORPORATION"])  # fmt: skip
    return _csv(rows)


def resident_list() -> bytes:
    rng = _rng()
    rows = [["氏名", "フリガナ", "住所", "電話番号"]]
    for person, kana in zip(PERSONS, READINGS, strict=True):
        rows.append([person, kana, _address(rng), _phone(rng)])
    return _csv(rows)


def resident_list_coordinates() -> bytes:
    """Persons' homes with coordinates (a support list for evacuation): still persons."""
    rng = _rng()
    rows = [["name", "address", "latitude", "longitude"]]
    for person in PERSONS:
        rows.append(
            [person, _address(rng), f"34.{rng.randint(100000, 999999)}", f"138.{rng.randint(100000, 999999)}"]
        )
    return _csv(rows)


def arrears_mixed() -> bytes:
    """A 滞納者 list of persons and companies: the persons' arrears stay 機密性3."""
    rng = _rng()
    rows = [["氏名", "住所", "滞納額"]]
    for i, person in enumerate(PERSONS[:6]):
        name = person if i % 2 else f"有限会社{person.split()[0]}工務店"
        rows.append([name, _address(rng), f"{rng.randint(10, 90)}000"])
    return _csv(rows)


def holders_without_organisation() -> bytes:
    """開設者 with their own addresses and phones and no business beside them: private persons."""
    rng = _rng()
    rows = [["開設者", "住所", "電話番号"]]
    for person in PERSONS:
        rows.append([person, _address(rng), _phone(rng)])
    return _csv(rows)


def licence_ledger_with_birth_dates() -> bytes:
    """An internal licence ledger: the holders' own birth dates and addresses make them persons."""
    rng = _rng()
    rows = [["施設名称", "営業者氏名", "営業者生年月日", "営業者住所"]]
    for i, person in enumerate(PERSONS):
        rows.append(
            [f"ヘアサロン{person.split()[1]}", person, f"昭和{35 + i}年4月1日", _address(rng, "藤枝市")]
        )
    return _csv(rows)


def care_home_residents() -> bytes:
    """A facility column beside the residents' own names, birth dates and care levels."""
    rows = [["施設名", "入所者氏名", "生年月日", "要介護度"]]
    for i, person in enumerate(PERSONS):
        rows.append(["特別養護老人ホームさくら", person, f"昭和{5 + i}年4月1日", f"要介護{i % 5 + 1}"])
    return _csv(rows)


def toilet_counts() -> bytes:
    rows = [["名称", "男性トイレ数", "女性トイレ数", "男女共用トイレ数"]]
    for name, _ in FACILITIES:
        rows.append([name, "2", "1", "1"])
    return _csv(rows)


def person_opening_dates() -> bytes:
    """Persons with the date their business opened: not birth dates."""
    rng = _rng()
    rows = [["氏名", "開設日", "備考"]]
    for i, person in enumerate(PERSONS):
        rows.append([person, f"{1955 + 5 * i}/04/01", "営業中"])
    rows[1][2] = rng.choice(["営業中", "休業中"])
    return _csv(rows)


def _mobile(rng: random.Random) -> str:
    return f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def stacked_stores_and_helpers() -> bytes:
    """A list of flood-prevention stores and, under a title, the residents who hold their keys."""
    rng = _rng()
    rows = [["施設名", "所在地", "電話番号", "緯度", "経度"]]
    rows += [[f"第{i}水防倉庫", _address(rng), _phone(rng), "34.86", "138.31"] for i in range(1, 6)]
    rows += [[""], ["鍵管理協力者"], ["氏名", "住所", "携帯電話"]]
    rows += [[p, _address(rng), _mobile(rng)] for p in PERSONS[:4]]
    return _csv(rows)


def named_places() -> bytes:
    """避難場所名 / 公園名: the names of places under a …名 header, with their readings."""
    rng = _rng()
    rows = [["避難場所名", "よみがな", "所在地", "電話"]]
    for name, kana in FACILITIES:
        rows.append([name.replace("館", "").replace("所", ""), kana, _address(rng), _phone(rng)])
    return _csv(rows)


def council_roster() -> bytes:
    """A published roster of council members: seat, group, terms and birth dates."""
    rows = [["議席", "氏名", "よみがな", "会派", "当選回数", "生年月日"]]
    for i, (person, kana) in enumerate(zip(PERSONS, READINGS, strict=True), 1):
        rows.append(
            [
                str(i),
                person,
                kana,
                ["焼津未来の会", "無所属"][i % 2],
                str(i % 5 + 1),
                f"昭和{30 + i}年5月{i}日",
            ]
        )
    return _csv(rows)


def council_home_contacts() -> bytes:
    """The council office's own sheet of members' homes and families: private capacity."""
    rng = _rng()
    rows = [["氏名", "会派", "自宅住所", "自宅電話", "家族"]]
    for i, person in enumerate(PERSONS):
        rows.append([person, ["焼津未来の会", "無所属"][i % 2], _address(rng), _mobile(rng), "妻・長男"])
    return _csv(rows)


def pond_keepers() -> bytes:
    """Irrigation ponds with the farmer who keeps each one and that farmer's own phone."""
    rng = _rng()
    rows = [["ため池名", "所在地", "管理者氏名", "管理者電話"]]
    for name, person in zip(PONDS, PERSONS, strict=False):
        rows.append([name, "焼津市高崎地内", person, _mobile(rng)])
    return _csv(rows)


def survey_with_contact() -> bytes:
    """Free-text answers of a survey; one respondent wrote their name, address and phone."""
    rng = _rng()
    rows = [["No", "年代", "性別", "ご意見"]]
    for i in range(1, 12):
        rows.append([str(i), "40代", "女性", "窓口の佐藤さんの対応が丁寧でした。これからも応援しています。"])
    rows.append(["12", "60代", "男性", f"返事がほしいです。中村 誠 {_address(rng)} 電話{_phone(rng)}"])
    return _csv(rows)


def survey_without_contact() -> bytes:
    rows = [["No", "年代", "性別", "ご意見"]]
    for i in range(1, 12):
        rows.append([str(i), "40代", "女性", "窓口の佐藤さんの対応が丁寧でした。これからも応援しています。"])
    return _csv(rows)


CASES = [
    (facility_list_kana, 1),
    (facility_list_english, 1),
    (reservoir_list, 1),
    (licence_register, 1),
    (hospital_list, 1),
    (company_registry, 1),
    (toilet_counts, 1),
    (resident_list, 2),
    (resident_list_coordinates, 2),
    (holders_without_organisation, 2),
    (licence_ledger_with_birth_dates, 2),
    (care_home_residents, 3),
    (arrears_mixed, 3),
    (stacked_stores_and_helpers, 2),
    (named_places, 1),
    (council_roster, 1),
    (council_home_contacts, 2),
    (pond_keepers, 2),
    (survey_with_contact, 2),
    (survey_without_contact, 1),
]


@pytest.mark.parametrize(("make", "level"), CASES, ids=[c[0].__name__ for c in CASES])
def test_level_of_generated_tables(make: object, level: int) -> None:
    result = assetclass.scan_bytes(make(), f"{make.__name__}.csv")  # type: ignore[attr-defined, operator]
    assert result.status == "ok"
    assert result.level == level, [r.message_en for r in result.reasons]


def test_opening_dates_are_not_birth_dates_but_birth_dates_are() -> None:
    result = assetclass.scan_bytes(person_opening_dates(), "list.csv")
    assert not [f for f in result.findings if f.type == "birth_date"]
    births = person_opening_dates().decode("utf-8-sig").replace("開設日", "生年月日").encode("utf-8-sig")
    result = assetclass.scan_bytes(births, "list.csv")
    assert [f for f in result.findings if f.type == "birth_date" and f.confidence >= 0.5]


def test_toilet_counts_by_sex_are_not_gender() -> None:
    result = assetclass.scan_bytes(toilet_counts(), "toilets.csv")
    assert not [f for f in result.findings if f.type == "gender"]


def test_facility_readings_make_no_names() -> None:
    result = assetclass.scan_bytes(facility_list_kana(), "shelters.csv")
    assert not [f for f in result.findings if f.type == "name" and f.confidence >= 0.5]
    assert result.subjects == 0


@pytest.mark.parametrize(
    ("cell", "entity"),
    [
        ("佐藤 健一", entities.PERSON), ("小川", entities.PERSON), ("中島 一郎", entities.PERSON),
        ("GARCIA WEI", entities.PERSON), ("高松市立前田幼稚園", entities.ORG), ("新池", entities.ORG),
        ("小浜第二", entities.ORG), ("株式会社旅館桃山", entities.ORG), ("TAKIGAWA CORPORATION", entities.ORG),
        ("Bakery cafe Hana", entities.ORG), ("グループホーム　やすらぎ", entities.ORG),
        ("理事長　新木　一弘", entities.ROLE), ("代表取締役 鈴木 花子", entities.ROLE), ("香川県知事", entities.ORG),
    ],
)  # fmt: skip
def test_entity_of_cells(cell: str, entity: str) -> None:
    assert entities.entity_of(cell) == entity


@pytest.mark.parametrize(
    ("header", "base"),
    [
        ("名称_カナ", "名称"),
        ("fullNameInKana", "fullName"),
        ("氏名フリガナ", "氏名"),
        ("フリガナ", ""),
        ("住所", None),
    ],
)
def test_reading_base(header: str, base: str | None) -> None:
    assert entities.reading_base(header) == base


@pytest.mark.parametrize(
    ("header", "thing"),
    [
        ("避難所名", True), ("ため池名", True), ("公園名", True), ("地区名", True), ("倉庫名", True),
        ("申請者名", False), ("利用者名", False), ("児童名", False), ("代表者名", False), ("氏名", False),
        ("保護者名", False), ("名称", False),
    ],
)  # fmt: skip
def test_thing_name_headers(header: str, thing: bool) -> None:
    assert entities.thing_name_header(header) is thing


def test_stacked_tables_count_only_the_persons() -> None:
    result = assetclass.scan_bytes(stacked_stores_and_helpers(), "stores.csv")
    names = [f for f in result.findings if f.type == "name" and f.confidence >= 0.5]
    assert len(names) == 4  # the key holders, not the stores
    assert result.subjects == 4
