"""Header vocabulary: which field a table's header cell (or a form's label) names.

Matching is by ordered substring rules on the compacted header (full-width folded, no spaces), most
specific first, so 世帯主氏名 is a name, 法人番号 is not a My Number and 施設名 is not a person.
"""

from __future__ import annotations

import re
import unicodedata

from ..normalize import compact

# (substring, field). First match wins; order matters.
HEADER_RULES: tuple[tuple[str, str], ...] = (
    # not personal: facilities, offices, companies, staff
    ("COMPANY", "facility"),
    ("法人番号", "corporate_number"),
    ("施設名", "facility"),
    ("事業所名", "facility"),
    ("事業者名", "facility"),
    ("法人名", "facility"),
    ("会社名", "facility"),
    ("団体名", "facility"),
    ("学校名", "facility"),
    ("商号", "facility"),
    ("施設", "facility"),
    # a place's own columns (集会所 | 集会所電話, 事務所電話): the place's number, not a person's
    ("集会所", "facility"),
    ("公民館", "facility"),
    ("事務所", "facility"),
    ("店舗", "facility"),
    ("事業所", "facility"),
    # the name of a thing (名称, 店舗名), never of a person (氏名)
    ("名称", "facility"),
    ("店舗名", "facility"),
    ("店名", "facility"),
    ("屋号", "facility"),
    ("機関名", "facility"),
    ("病院名", "facility"),
    ("薬局名", "facility"),
    # a place's position: never personal, and its digits are no My Number
    ("緯度", "coordinate"),
    ("経度", "coordinate"),
    ("LATITUDE", "coordinate"),
    ("LONGITUDE", "coordinate"),
    # a land parcel (所在・地番, 所在地番): where land lies, neither a facility's nor anyone's address
    ("地番", "district"),
    ("所在地", "facility_address"),
    ("担当者", "staff"),
    # a press list (社名 | 支局 | 担当記者 | 支局電話): a paper's staff at its bureau, not private persons
    ("社名", "facility"),
    ("記者", "staff"),
    # a staff directory's columns (所属 | 職名 | 氏名 | 内線): the organisation's, never personal
    # an area someone is responsible for (担当区域 | 常盤町 3区～6区): districts, not a home address
    ("担当区域", "district"),
    ("担当地区", "district"),
    ("所属", "department"),
    ("部署", "department"),
    ("職名", "job_title"),
    ("役職", "job_title"),
    ("内線", "extension"),
    ("作成者", "staff"),
    # who did the work a log records (記録者 | 対応者 of a case log): staff, not its subject
    ("記録者", "staff"),
    ("対応者", "staff"),
    ("受付者", "staff"),
    ("入力者", "staff"),
    ("応対者", "staff"),
    ("聴取者", "staff"),
    ("確認者", "staff"),
    ("処理者", "staff"),
    ("職員", "staff"),
    # personal numbers
    ("個人番号", "my_number"),
    ("マイナンバー", "my_number"),
    ("MYNUMBER", "my_number"),
    ("MY_NUMBER", "my_number"),
    ("INDIVIDUALNUMBER", "my_number"),
    ("コジンバンゴウ", "my_number"),
    ("世帯番号", "household_number"),
    ("世帯コード", "household_number"),
    ("口座番号", "bank_account"),
    ("郵便番号", "postal_code"),
    ("〒", "postal_code"),
    # dates
    ("生年月日", "birth_date"),
    ("出生の年月", "birth_date"),  # a census form's 出生の年月 (昭和39年9月)
    ("誕生日", "birth_date"),
    ("生年", "birth_date"),
    ("DATEOFBIRTH", "birth_date"),
    ("BIRTH", "birth_date"),
    ("セイネンガッピ", "birth_date"),
    ("年齢", "age"),
    ("続き柄", "relationship"),
    ("続柄", "relationship"),  # 世帯主との続柄 is a relationship, not a householder's name
    # names
    ("フリガナ", "name_kana"),
    ("ふりがな", "name_kana"),
    ("よみがな", "name_kana"),
    ("カナ", "name_kana"),
    ("ｶﾅ", "name_kana"),
    ("氏名", "name"),
    ("名前", "name"),
    ("世帯主", "name"),
    ("申請者", "name"),
    ("申込者", "name"),
    ("申請人", "name"),
    ("申立人", "name"),
    ("届出人", "name"),
    ("相談者", "name"),
    # users and owners of a service or a registered thing (水道の使用者, 犬の所有者, 入居者)
    ("使用者", "name"),
    ("所有者", "name"),
    ("入居者", "name"),
    ("飼い主", "name"),
    # who called, who was hurt or carried (119 受信記録, 救急活動記録, 事後検証票)
    ("通報者", "name"),
    ("依頼者", "name"),
    ("傷病者", "name"),
    ("負傷者", "name"),
    ("搬送者", "name"),
    ("被災者", "name"),
    ("被害者", "name"),
    # who came to the counter (来庁者 | 桜井　美咲 様 on a 窓口対応記録)
    ("来庁者", "name"),
    ("来所者", "name"),
    ("来訪者", "name"),
    ("申出者", "name"),
    ("届出者", "name"),
    ("請求者", "name"),
    ("保護者", "name"),
    ("被保険者", "name"),
    ("受給者", "name"),
    ("納税者", "name"),
    ("納税義務者", "name"),
    ("滞納者", "name"),
    ("利用者", "name"),
    ("対象者", "name"),
    ("契約者", "name"),
    ("名義人", "name"),
    # the other parties a form names beside its applicant (請求に係る者, 死亡者, 相続人, 債務者, 保証人)
    ("に係る者", "name"),
    ("死亡者", "name"),
    ("相続人", "name"),
    ("債務者", "name"),
    ("保証人", "name"),
    ("患者", "name"),
    ("宛名", "name"),
    ("NAME", "name"),
    ("シメイ", "name"),  # 氏名 read aloud: headers of legacy exports in half-width kana
    # contact
    ("住所", "address"),
    # a tenant's dwelling in a public-housing list (団地・号室 | みずき野団地 302): where they live
    ("号室", "address"),
    ("住戸", "address"),  # 住戸 | 高瀬西住宅3号棟202号室: a tenant's dwelling
    ("居所", "address"),
    ("居住地", "address"),
    ("現住地", "address"),
    ("送付先", "address"),
    ("ADDRESS", "address"),
    ("STREET", "address"),
    ("ジュウショ", "address"),
    ("電話", "phone"),
    ("TEL", "phone"),
    ("PHONE", "phone"),
    ("MOBILE", "phone"),
    ("デンワ", "phone"),
    ("携帯", "phone"),
    ("連絡先", "phone"),
    ("FAX", "phone"),
    ("メール", "email"),
    ("MAIL", "email"),
    # attributes
    ("性別", "gender"),
    ("男女", "gender"),
    ("GENDER", "gender"),
    ("セイベツ", "gender"),
    ("続柄", "relationship"),
    ("収入", "income"),
    ("所得", "income"),
    ("年収", "income"),
    ("口座", "bank_account"),
    # arrears
    ("滞納", "arrears"),
    ("未納", "arrears"),
    ("延滞", "arrears"),
    ("督促", "arrears"),
    ("催告", "arrears"),
    ("差押", "arrears"),
    ("分納", "arrears"),
    ("収納未済", "arrears"),
    ("未済額", "arrears"),
    # health
    ("傷病", "health"),
    ("病名", "health"),
    ("体温", "health"),  # a health watch's daily readings (朝の体温 | 夕の体温)
    ("疾病", "health"),
    ("病歴", "health"),
    ("既往", "health"),
    ("診断", "health"),
    ("障害", "health"),
    ("障がい", "health"),
    ("通院", "health"),
    ("服薬", "health"),
    # a stress check's scores and verdict (ストレス反応 | 高ストレス): an examination's result
    ("ストレス", "health"),
    ("要介護", "health"),
    ("介護度", "health"),
    ("母子手帳", "other_number"),  # every pregnancy gets one: not a health record
    ("占用者", "name"),
    (
        "借受人",
        "name",
    ),  # a loan's borrower  # a road-occupation permit's holder (a person or a company: the cells decide)
    ("被虐待者", "name"),
    # a pupil's allergy sheet and a TB contact screening (原因食物 | エピペン, IGRA結果 | 胸部X線)
    ("原因食物", "health"),
    ("エピペン", "health"),
    ("IGRA", "health"),
    ("胸部X線", "health"),
    ("手帳", "health"),
    ("所見", "health"),
    ("血圧", "health"),
    ("健康状態", "health"),
    ("症状", "health"),
    ("病状", "health"),
    ("アレルギー", "health"),
    # a shot recommended or due (勧奨ワクチン, 接種予定): a reminder, not what a child had
    ("勧奨ワクチン", "service"),
    ("勧奨予防接種", "service"),
    ("接種予定", "service"),
    ("接種", "health"),  # a vaccination register: which shots a named child had, and when
    ("ワクチン", "health"),
    # plain numbers that are not personal
    ("受付番号", "other_number"),
    ("注文番号", "other_number"),
    ("管理番号", "other_number"),
    ("整理番号", "other_number"),
    ("伝票番号", "other_number"),
    ("番号", "number"),
    ("NO", "number"),
    ("日", "date"),
)

#: Fields whose presence in a table makes each row a person (a name column).
PERSON_FIELDS = frozenset({"name", "name_kana"})

_MAX_HEADER_LEN = 24
_COUNT_WORDS = ("数", "用", "トイレ", "便器", "共用")
# 所見 is a doctor's finding (健診所見, 医師所見) but also an evaluator's, teacher's or auditor's
# remarks (評価者所見, 所属長所見, 担任所見, 監査所見): those columns hold no health data.
_NON_MEDICAL_REMARKS = (
    "評価", "評定", "考課", "人事", "所属長", "上司", "課長", "係長", "部長", "指導", "面接", "面談",
    "審査", "監査", "担任", "教員", "総合", "選考", "査定", "業績", "勤務",
)  # fmt: skip


#: One-character headers that only count when they are the whole cell.
EXACT_HEADERS = {
    "性": "gender",
    "男女": "gender",
    "年齢": "age",
    "歳": "age",
    "NO": "number",
    "NO.": "number",
    "姓": "name",
    "氏": "name",
    "苗字": "name",
    "名字": "name",
    "名": "given_name",
    # a foreign resident's name in the order of a passport (Family | Given | カタカナ)
    "FAMILY": "name",
    "FAMILYNAME": "name",
    "SURNAME": "name",
    "LASTNAME": "name",
    "GIVEN": "given_name",
    "GIVENNAME": "given_name",
    "GIVENNAMES": "given_name",
    "FIRSTNAME": "given_name",
    "カタカナ": "name_kana",
    # the readings of 姓 | 名 in their own columns (セイ | メイ, カナ姓 | カナ名 of core-system exports)
    "セイ": "name_kana",
    "メイ": "name_kana",
    "なまえ": "name",
    "おなまえ": "name",
    "世帯NO": "household_number",
    "世帯NO.": "household_number",
    "DOB": "birth_date",
    "SEX": "gender",
    "ZIP": "postal_code",
}


_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]")
#: Brackets and punctuation that decorate headers: 【氏名】, ＜住所＞, 氏名※, ●生年月日, 氏名・.
_PERSON_WHO = re.compile(r"..(?:な|た|る|の)方$")
_TRADE_NAME_QUALIFIER = re.compile(r"[（(](?:屋号|商号|店名|店舗名)[）)]$")
_HEADER_DECOR = re.compile(r"[【】〔〕［］\[\]＜＞<>《》「」『』※＊*●◎○◆■・:：]")


# Whether any rule's needle occurs at all, in one regex pass (the rule loop below keeps deciding
# which rule wins; this only rejects early: 105k calls took 2.9 s in the benchmark profile).
_ANY_NEEDLE = re.compile("|".join(re.escape(needle) for needle, _ in HEADER_RULES))


_SENTENCE_VALUE = re.compile(r"[0-9０-９]{4}|(?:です|ます|でした|ました|。)$")


_PERSON_VALUE_SUFFIXES = (
    ("住所", "address"), ("所在地", "address"), ("生年月日", "birth_date"), ("電話番号", "phone"),
    ("電話", "phone"), ("連絡先", "phone"), ("携帯", "phone"), ("TEL", "phone"),
)  # fmt: skip


def header_field(value: str) -> str | None:
    """The field a header cell names, or None. Long cells are content, not headers."""
    if _HALF_WIDTH_KANA.search(value):  # legacy exports: ｼﾒｲ, ｾｲﾈﾝｶﾞｯﾋﾟ
        value = unicodedata.normalize("NFKC", value)
    text = _HEADER_DECOR.sub("", compact(value).upper())
    if not text or len(text) > _MAX_HEADER_LEN or text.isdigit():
        return None
    if text in EXACT_HEADERS:
        return EXACT_HEADERS[text]
    if "個人番号" in text and "法人番号" in text:
        return "my_number"  # 法人番号／個人番号: a sole trader writes the 12-digit one (13 is a company's)
    if _SENTENCE_VALUE.search(text):  # 連絡先は0193-22-1234です: a message holding a value
        return None
    if not _ANY_NEEDLE.search(text):  # most cells are data: skip the rule loop
        # 証明が必要な方, 医療を受けた方, 窓口に来た方: a person, named by what they do (not 使い方)
        return "name" if _PERSON_WHO.search(text) else None
    m = _TRADE_NAME_QUALIFIER.search(text)
    if m is not None and m.start() > 0 and header_field(text[: m.start()]) == "name":
        # 借受人（屋号）: a sole trader, their trade name in brackets after their own (高橋 虎之介（居酒屋
        # とし坊）); the person's column, not a shop's
        return "name"
    for needle, field in HEADER_RULES:
        if needle in text:
            if field == "number" and needle == "NO" and text not in ("NO", "NO."):
                continue
            if field == "date" and not text.endswith(("日", "日付")):
                continue
            if needle == "所見" and any(w in text for w in _NON_MEDICAL_REMARKS):
                continue
            if field == "gender" and any(w in text for w in _COUNT_WORDS):
                return None  # 男女別トイレ数, 男性用: counts and fittings by sex, not a person's sex
            if field == "name" and text.endswith(("区分", "種別", "分類")):
                return None  # 所有者区分 | 個人 / 法人: a category of the party, not a name
            if field == "name" and "氏名" not in text and "名前" not in text:
                # 所有者住所, 申請者電話: the person's address or phone, not their name (氏名／電話
                # heads a name, its phone written below it)
                return next((f for suffix, f in _PERSON_VALUE_SUFFIXES if text.endswith(suffix)), field)
            return field
    return None
