"""Entity typing: is a name cell a natural person, an organisation / facility / place, or a person
named in a role (理事長 ○○, a licence holder, the head of an office)?

Only natural persons in a private capacity make personal data. Open-data facility lists, licence
registers and company lists put a name in every row (施設名, 名称, ``name``) and the reading of that
name next to it (名称_カナ, ``fullNameInKana``); read as person names, a list of four warehouses
becomes 機密性2. The evidence used here, cheapest first:

- the cell: legal forms (株式会社, 医療法人, Inc.), facility nouns (病院, 公園, センター, 倉庫),
  place suffixes (…池, …館, …第二), a municipality in front (高松市立…), a title before a person's
  name (理事長　○○, 代表取締役 ○○);
- the column: the share of its cells that are organisations, a header naming a role (開設者,
  代表者, corporateRepresentative) or a thing (名称, 店舗名), a reading column (…カナ) takes the type of
  the column it reads;
- the table: coordinates (緯度/経度, latitude/longitude) and open-data metadata rows (#property,
  #license) mark a published list of places, whose generic ``name`` column is not a person's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import compact
from . import vocab

PERSON, ORG, ROLE = "person", "org", "role"

# Anywhere in the cell: legal forms and facility nouns that no person's name contains.
ORG_WORDS = (
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲",
    "法人", "協会", "協議会", "組合", "財団", "社団", "連合会", "委員会", "事務所", "営業所", "出張所",
    "市役所", "区役所", "役場", "庁舎", "センター", "センタ", "ステーション", "クリニック", "ホテル", "旅館",
    "学校", "大学", "高校", "幼稚園", "保育所", "保育園", "こども園", "病院", "医院", "診療所", "歯科", "薬局",
    "接骨院", "整骨院", "鍼灸", "治療院", "公民館", "図書館", "体育館", "会館", "美術館", "博物館", "資料館",
    "公園", "広場", "墓地", "霊園", "斎場", "駐車場", "駐輪場", "運動場", "競技場", "球場", "庭球場", "プール",
    "市場", "処理場", "浄水場", "倉庫", "神社", "寺院", "教会", "商店", "商会", "商事", "工業", "産業",
    "建設", "食品", "製作所", "工場", "本店", "支店", "店舗", "食堂", "レストラン", "カフェ", "喫茶", "団地",
    "住宅", "便所", "トイレ", "避難所", "集会所", "公会堂", "消防", "警察", "郵便局", "銀行", "信用金庫",
    "農協", "漁協", "生協", "グループホーム", "ショップ", "サロン", "スクール", "教室", "ハウス", "マンション",
    "プラザ", "コミュニティ", "クラブ", "スタジオ", "ストア", "マート", "ひろば",
    "地区", "自治会", "町内会", "子ども", "こども", "児童館", "老人", "福祉", "支援", "健康", "事業", "施設",
)  # fmt: skip
# At the end of the cell (not when the whole cell is a known surname: 小川, 中島, 石橋 are persons).
ORG_SUFFIXES = (
    "店", "屋", "亭", "庵", "堂", "館", "園", "院", "所", "場", "署", "局", "課", "係", "室", "部", "会", "社",
    "寺", "宮", "池", "沼", "川", "橋", "駅", "港", "城", "荘", "寮", "校", "科", "棟", "庫", "苑", "舎", "湯",
    "広場", "公園", "跡", "碑", "塚", "墳", "林", "森", "岬", "浜", "海岸", "トイレ",
)  # fmt: skip
_NUMBERED = re.compile(r"(?:第[一二三四五六七八九十0-9０-９]+|[0-9０-９]+号)$")  # 坂本第三, 3号
_LATIN_ORG = re.compile(
    r"\b(?:inc|ltd|llc|llp|corp|corporation|company|co|k\.?k|group|holdings|japan|international|"
    r"cafe|café|shop|store|hotel|inn|clinic|hospital|school|bakery|restaurant|salon|studio|office|"
    r"center|centre|park|station|club|house|factory|works|bank|church|temple|shrine|toilet|public)\b",
    re.IGNORECASE,
)
# A title in front of a person's name: the person acts for an organisation.
ROLE_TITLES = (
    "代表取締役社長", "代表取締役", "取締役", "代表理事", "理事長", "代表社員", "代表者", "代表", "院長", "園長",
    "校長", "学長", "施設長", "所長", "館長", "会長", "社長", "理事", "組合長", "支配人", "管理者", "店長",
    "市長", "町長", "村長", "区長", "知事", "議長", "委員長", "局長", "部長", "課長", "署長", "宮司", "住職",
)  # fmt: skip
# a profession written after the name (嘱託医 | 市川 心春 医師)
_PROFESSION_AFTER = re.compile(
    r"\S[ 　]+(?:医師|歯科医師|獣医師|薬剤師|保健師|看護師|弁護士|司法書士|行政書士|税理士|社会保険労務士|記者|教諭)$"
)
_ROLE_PREFIX = re.compile("^(?:" + "|".join(ROLE_TITLES) + r")[\s　:：]*(?=\S)")
# Column headers naming a role rather than a private person (開設者申請者名, corporateRepresentative).
ROLE_HEADERS = (
    "開設者", "営業者", "代表者", "理事長", "設置者", "経営者", "院長", "施設長", "園長", "校長", "責任者",
    "薬剤師", "医師", "議員", "役職", "職名", "事業主", "許可者", "管理者", "現場代理人", "監理技術者",
    "指定医", "嘱託医", "担当医", "歯科医",
    "ESTABLISHER", "REPRESENTATIVE", "OWNER", "MANAGER", "DIRECTOR", "PRESIDENT", "MEMBER",
)  # fmt: skip
# A reading or transliteration of another column (名称_カナ, fullNameInKana, 氏名フリガナ).
READING_MARKERS = (
    "フリガナ", "ふりがな", "よみがな", "ヨミガナ", "カナ", "かな", "ｶﾅ", "ヨミ", "ローマ字", "英字", "英語", "英名",
    "INKANA", "KANA", "INROMA", "ROMA", "ROMAJI", "YOMI", "READING", "INENGLISH", "ENGLISH",
)  # fmt: skip
# Headers that name a place's or organisation's position or publication, not a person's.
COORDINATE_HEADERS = ("緯度", "経度", "LATITUDE", "LONGITUDE", "座標", "LAT", "LON", "LNG", "GEO")
OPEN_DATA_MARKERS = ("#PROPERTY", "#LINK", "#LICENSE", "#ATTRIBUTION", "#LANG", "CREATIVECOMMONS", "CC BY")
_SEPARATORS = re.compile(r"[_\-・()（）\[\]【】\s]")
_ORG_WORDS = re.compile("|".join(re.escape(w) for w in ORG_WORDS))


# Legal forms: a company or corporation, whose bank account and address are not a person's.
LEGAL_FORMS = (
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲", "法人",
    "組合", "協会", "財団", "社団",
)  # fmt: skip
_LATIN_LEGAL = re.compile(r"\b(?:inc|ltd|llc|llp|corp|corporation|co|k\.?k)\b\.?", re.IGNORECASE)


def legal_person(text: str) -> bool:
    """A company or corporation (株式会社…, 医療法人…, … Inc.), not a sole trader's trade name."""
    return any(w in text for w in LEGAL_FORMS) or bool(_LATIN_LEGAL.search(text))


def _known_person(text: str) -> bool:
    """A known surname alone, or a known surname followed by a given name (小川, 中島 一郎)."""
    parts = text.split()
    first = parts[0] if parts else text
    surnames = vocab.surnames()
    if first in surnames and (len(parts) == 1 or len(parts) == 2):
        return True
    return any(
        first[:n] in surnames and first[n:] in vocab.given_names() for n in (1, 2, 3) if len(first) > n
    )


@lru_cache(maxsize=65536)
def entity_of(text: str) -> str:
    """ORG for an organisation, facility or place name; ROLE for a titled person; else PERSON.

    PERSON means only "not evidently something else": whether it is a name at all is
    ``checks.name_kind``'s question."""
    text = text.strip()
    if not text:
        return PERSON
    if _PROFESSION_AFTER.search(text):
        return ROLE  # 市川 心春 医師, 横田 誠 弁護士: a professional named with their profession
    if _ROLE_PREFIX.match(text) and len(text) > 2:
        rest = _ROLE_PREFIX.sub("", text)
        return ORG if _ORG_WORDS.search(rest) else ROLE
    if text.endswith(("）", ")")) and (head := vocab.NAME_THEN_NOTE.match(text)) is not None:
        parts = head[1].split()
        if parts[0] in vocab.surnames() or parts[1] in vocab.given_names():
            return PERSON  # 高橋 虎之介（居酒屋 とし坊）: a sole trader, their trade name in brackets
    if text[:1].isascii():
        return ORG if _LATIN_ORG.search(text) or any(c.isdigit() for c in text) or "&" in text else PERSON
    if _ORG_WORDS.search(text):
        return ORG
    if text.startswith(vocab.PREFECTURES) or vocab.starts_with_municipality(text):
        return ORG  # 高松市立…, 香川県知事
    flat = compact(text)
    if _NUMBERED.search(flat):
        return ORG
    if flat.endswith(ORG_SUFFIXES) and not _known_person(text.replace("\u3000", " ")):
        return ORG
    if text.endswith(ROLE_TITLES[:-6]) and len(flat) > 3:
        return ORG  # 香川県知事 / ○○市長 as the establisher of a hospital: an office
    return PERSON


# A staff directory (職員内線表, 職員配置表): a job-title column beside a department or an extension
# column names the organisation's staff at work, not private persons.
JOB_TITLE_HEADERS = ("職名", "役職", "職位", "職種", "JOBTITLE", "POSITION")
OFFICE_HEADERS = ("所属", "部署", "課名", "係名", "担当課", "内線", "直通", "EXTENSION", "DEPARTMENT",
                  "学校名", "所属校", "担当校", "勤務校")  # fmt: skip
# Phone headers of an office line (代表電話, 直通電話, 内線), not a private line
# (and of a post's: 連絡先（詰所）, 事務所, 本部 of a fire brigade or a group)
OFFICE_PHONE_HEADERS = (
    "代表",
    "直通",
    "内線",
    "庁舎",
    "詰所",
    "事務所",
    "本部",
    "学校",
    "EXTENSION",
    "OFFICE",
)


def staff_directory(headers: list[str], title: str) -> bool:
    """Headers of a list of an organisation's staff: a job title plus a department or an extension
    (所属 | 職名 | 氏名 | 内線), or a job title under a title naming staff (職員一覧)."""
    texts = [compact(h).upper() for h in headers if h]
    # 職 alone heads the ranks of a roster (団長, 分団長); as a part it is other words (職業)
    job = any(t == "職" or any(w in t for w in JOB_TITLE_HEADERS) for t in texts)
    office = (
        any(any(w in t for w in OFFICE_HEADERS) for t in texts)
        or "職員" in title
        # reached at a post, not at home (職 | 氏名 | 連絡先（詰所）)
        or any(
            vocab.has_any(t, vocab.PHONE_WORDS) and any(w in t for w in OFFICE_PHONE_HEADERS) for t in texts
        )
    )
    return job and office


def role_header(header: str) -> bool:
    """A header naming a person in a role (開設者, 代表者氏名, corporateRepresentative)."""
    return role_word(header) is not None


def role_word(header: str) -> str | None:
    """The role a header names (``管理者`` in 管理者氏名), or None."""
    text = compact(header).upper()
    return next((w for w in ROLE_HEADERS if w in text), None)


# Columns only a list of elected officials has: their parliamentary group, seat, district, terms.
OFFICIAL_HEADERS = ("会派", "党派", "所属政党", "議席", "選挙区", "当選回数", "当選年")
# A contact column of the person themself, not of the business they head (自宅電話, 携帯).
PRIVATE_CONTACT_WORDS = ("自宅", "携帯", "個人", "緊急連絡")
FAMILY_HEADERS = ("家族", "続柄", "世帯員")


def official_list(text: str) -> bool:
    """Headers (or a title) of a roster of elected officials (議員名簿: 会派 | 当選回数 | 選挙区).

    Their names, readings and even birth dates are published in their public office."""
    return any(w in text for w in OFFICIAL_HEADERS)


def reading_base(header: str) -> str | None:
    """For a reading column (名称_カナ, fullNameInKana, 氏名フリガナ), the header it reads with the
    marker removed (``名称``, ``FULLNAME``, ``氏名``, or ``""`` for a bare フリガナ); else None."""
    text = compact(header)
    upper = text.upper()
    for marker in READING_MARKERS:
        key = marker.upper() if marker.isascii() else marker
        i = upper.find(key) if marker.isascii() else text.find(marker)
        if i >= 0:
            rest = text[:i] + text[i + len(marker) :]
            return _SEPARATORS.sub("", rest)
    return None


def is_coordinate_header(header: str) -> bool:
    text = _SEPARATORS.sub("", compact(header).upper())
    return any(text == w or (len(w) > 3 and w in text) for w in COORDINATE_HEADERS)


def is_open_data(title: str) -> bool:
    """Open-data metadata rows above a table (#property, #license, a Creative Commons URL)."""
    text = title.upper().replace(" ", "")
    return any(m.replace(" ", "") in text for m in OPEN_DATA_MARKERS)


# 氏名, 人名: the name of a person, whatever stands before 名
_PERSON_NAME_HEADERS = ("氏名", "人名", "姓名", "本名", "名前", "芳名")


def thing_name_header(header: str) -> bool:
    """``避難所名`` / ``ため池名`` / ``公園名``: the name (名) of a facility or place, not of a person.

    The stem before 名 must itself read as an organisation or place (detect.entities.entity_of),
    so 申請者名 / 利用者名 / 児童名 / 代表者名 stay person or role headers."""
    if not header.rstrip().endswith("名"):
        return False
    text = compact(header)
    if len(text) < 3 or text.endswith(_PERSON_NAME_HEADERS):
        return False
    return entity_of(text[:-1]) == ORG


def header_field(header: str) -> str | None:
    """``vocab.header_field`` plus the names of things (``thing_name_header``) as ``facility``."""
    field = vocab.header_field(header)
    if field is None and thing_name_header(header):
        return "facility"
    return field


def generic_name_header(header: str) -> bool:
    """``name`` / ``fullName`` / ``affiliationName``: an English header that says nothing about whose."""
    text = _SEPARATORS.sub("", compact(header))
    return text.isascii() and "NAME" in text.upper()
