"""Vocabulary shared by the detectors: header words → fields, context words, name and place lists.

Header matching is by ordered substring rules on the compacted header (full-width folded, no spaces),
most specific first, so 世帯主氏名 is a name, 法人番号 is not a My Number and 施設名 is not a person.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# the name and place lists live in the core (masking needs them too); detectors read them here
from ..lexicon import PREFECTURES as PREFECTURES
from ..lexicon import given_names as given_names
from ..lexicon import municipalities as municipalities
from ..lexicon import surnames as surnames
from ..normalize import compact
from .confidence import AUDIENCE_NOTICE, MODERATE_CONTEXT, WEAK_CANDIDATE

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
    ("所在地", "facility_address"),
    ("担当者", "staff"),
    # a staff directory's columns (所属 | 職名 | 氏名 | 内線): the organisation's, never personal
    ("所属", "department"),
    ("部署", "department"),
    ("職名", "job_title"),
    ("役職", "job_title"),
    ("内線", "extension"),
    ("作成者", "staff"),
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
    ("届出人", "name"),
    ("相談者", "name"),
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
    ("患者", "name"),
    ("宛名", "name"),
    ("NAME", "name"),
    ("シメイ", "name"),  # 氏名 read aloud: headers of legacy exports in half-width kana
    # contact
    ("住所", "address"),
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
    ("疾病", "health"),
    ("病歴", "health"),
    ("既往", "health"),
    ("診断", "health"),
    ("障害", "health"),
    ("障がい", "health"),
    ("通院", "health"),
    ("服薬", "health"),
    ("要介護", "health"),
    ("介護度", "health"),
    ("手帳", "health"),
    ("所見", "health"),
    ("血圧", "health"),
    ("健康状態", "health"),
    ("症状", "health"),
    ("病状", "health"),
    ("アレルギー", "health"),
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
    "世帯NO": "household_number",
    "世帯NO.": "household_number",
    "DOB": "birth_date",
    "SEX": "gender",
    "ZIP": "postal_code",
}


_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]")
#: Brackets and punctuation that decorate headers: 【氏名】, ＜住所＞, 氏名※, ●生年月日, 氏名・.
_HEADER_DECOR = re.compile(r"[【】〔〕［］\[\]＜＞<>《》「」『』※＊*●◎○◆■・:：]")


# Whether any rule's needle occurs at all, in one regex pass (the rule loop below keeps deciding
# which rule wins; this only rejects early: 105k calls took 2.9 s in the benchmark profile).
_ANY_NEEDLE = re.compile("|".join(re.escape(needle) for needle, _ in HEADER_RULES))


_SENTENCE_VALUE = re.compile(r"[0-9０-９]{4}|(?:です|ます|でした|ました|。)$")


def header_field(value: str) -> str | None:
    """The field a header cell names, or None. Long cells are content, not headers."""
    if _HALF_WIDTH_KANA.search(value):  # legacy exports: ｼﾒｲ, ｾｲﾈﾝｶﾞｯﾋﾟ
        value = unicodedata.normalize("NFKC", value)
    text = _HEADER_DECOR.sub("", compact(value).upper())
    if not text or len(text) > _MAX_HEADER_LEN or text.isdigit():
        return None
    if text in EXACT_HEADERS:
        return EXACT_HEADERS[text]
    if _SENTENCE_VALUE.search(text):  # 連絡先は0193-22-1234です: a message holding a value
        return None
    if not _ANY_NEEDLE.search(text):  # most cells are data: skip the rule loop
        return None
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
            return field
    return None


# --- context words in running text -------------------------------------------------------------
MY_NUMBER_WORDS = ("個人番号", "マイナンバー", "通知カード", "MyNumber", "My Number", "マイナ")
CORPORATE_WORDS = ("法人番号",)
BIRTH_WORDS = ("生年月日", "誕生日", "生まれ", "生)", "生）", "出生")
NOT_BIRTH_WORDS = (
    "作成日", "開催日", "日時", "期限", "期日", "締切", "提出", "発行", "施行", "改正", "更新", "受付",
    "申請日", "納期", "開始", "終了", "実施", "会議", "年度", "現在", "予定", "届出日", "決定", "通知日",
)  # fmt: skip
HONORIFICS = ("様", "さん", "君", "くん", "ちゃん", "氏", "殿")
STAFF_WORDS = ("担当", "作成者", "作成", "記入者", "係長", "課長", "部長", "職員", "決裁", "起案", "承認")
ORGANISATION_WORDS = (
    "市役所", "区役所", "町役場", "村役場", "役所", "役場", "庁舎", "支所", "出張所", "センター", "公民館",
    "会館", "図書館", "体育館", "病院", "診療所", "保育所", "保育園", "幼稚園", "学校", "小学校",
    "中学校", "高等学校", "大学", "株式会社", "(株)", "（株）", "有限会社", "合同会社", "財団", "社団",
    "協会", "組合", "事務所", "営業所", "本社", "支店", "工場", "施設", "ホール", "事業所", "消防署", "警察署",
    "郵便局", "公園", "駅", "市民", "県庁", "都庁", "府庁", "道庁", "本庁", "窓口", "課", "係",
)  # fmt: skip
ARREARS_WORDS = (
    "滞納", "未納", "延滞", "督促", "催告", "差押", "差し押さえ", "分納", "収納未済", "納付が確認できません",
    "未払", "滞り", "払ってない", "払っていない", "払っておらず", "支払っていない", "納めていない", "納付がない",
    "納付されていない", "払えない", "支払いが遅れ", "支払が遅れ",
    # letters say it politely: 納期限までに納付されていません
    "納付されていません", "納められていません", "納付がありません", "支払われていません",
    "お支払いが確認できません",
)  # fmt: skip
ARREARS_SUBJECTS = (
    "保育料", "施設使用料", "住民税", "市民税", "固定資産税", "国民健康保険税", "国民健康保険料", "介護保険料",
    "水道料金", "下水道使用料", "給食費", "市営住宅家賃", "家賃", "税", "料金", "使用料", "保険料",
)  # fmt: skip
# General talk about arrears (policy papers, statistics) rather than about a person.
ARREARS_GENERAL_WORDS = (
    "滞納整理", "滞納対策", "収納率", "徴収率", "方針", "計画", "件数", "総額", "全体", "取組", "取り組み",
    "推進", "強化", "削減", "縮減", "対策", "状況", "一般", "について", "事案", "傾向", "調査", "研修",
    "滞納情報", "未納情報", "対象者数", "延べ", "含まれる", "報告", "制度", "公表",
    "推移", "繰越額", "前年度", "前年比",
)  # fmt: skip
# Loans of things (a library's books): 延滞 and 督促 of a return, not money arrears
LOAN_WORDS = ("返却", "貸出", "図書", "蔵書", "延滞資料", "資料名", "書名")
HEALTH_WORDS = (
    "診断書", "病名", "傷病名", "傷病", "障害者手帳", "身体障害", "精神障害", "知的障害", "療育手帳", "障害",
    "病歴", "既往歴", "通院", "服薬", "入院", "治療", "疾患", "うつ病", "認知症", "がん", "糖尿病", "要介護",
    "診断", "精神保健", "難病", "手術",
    # certificates and conditions staff write in case notes and support lists
    "精神障害者保健福祉手帳", "身体障害者手帳", "保健福祉手帳", "透析", "脳梗塞", "高血圧",
    "アレルギー", "インスリン", "自閉", "持病",  # not 精神科: 精神科医 is a profession
    # injuries and conditions written in emergency, fire and complaint records
    "骨折", "熱傷", "火傷", "外傷", "打撲", "捻挫", "脱臼", "発作", "てんかん", "喘息", "ぜんそく",
    # checkup results and treatment in health-centre and visit records
    "要精密", "精密検査", "要医療", "要治療", "受診", "降圧剤", "抗凝固薬", "心房細動", "不整脈", "心雑音",
)  # fmt: skip
# A condition named by its ending (パーキンソン病, 熱中症, 肺炎, 心筋梗塞, 心不全, 脳出血): the word
# before must be a noun of its own (病院, 症状, 炎上 do not end a word with these)
HEALTH_CONDITION = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}(?:病(?![院棟室気])|症(?![状例])|炎(?![上天])|梗塞|不全|腫瘍|出血)"
# The writer speaking of themself or their family (私は…で通院しています, 息子が…): not general talk
FIRST_PERSON = (
    "私は", "私の", "私が", "私も", "わたしは", "わたしの", "息子が", "娘が", "妻が", "夫が", "母が", "父が",
    "息子の", "娘の", "妻の", "夫の", "母の", "父の",
)  # fmt: skip
HEALTH_GENERAL_WORDS = (
    "制度", "事業", "計画", "方針", "支援法", "推進", "啓発", "について", "件数", "施策", "総合支援", "福祉",
)  # fmt: skip
# In a letter to a person, "…について" is its subject line (手帳の更新について, 固定資産税の滞納について):
# about the addressee, not general talk.
LETTER_GENERAL_HEALTH = tuple(w for w in HEALTH_GENERAL_WORDS if w != "について")
LETTER_GENERAL_ARREARS = tuple(w for w in ARREARS_GENERAL_WORDS if w != "について")
PHONE_WORDS = ("電話", "TEL", "Tel", "tel", "携帯", "連絡先", "☎", "℡")
FACILITY_LIST_WORDS = (
    "施設一覧",
    "施設名",
    "事業所一覧",
    "所在地",
    "窓口一覧",
    "連絡先一覧",
    "問い合わせ先",
    "お問い合わせ",
)


@lru_cache(maxsize=1)
def municipality_pattern() -> re.Pattern[str]:
    names = sorted(municipalities(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


@lru_cache(maxsize=1)
def _municipality_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(n) for n in municipalities()}))


def starts_with_municipality(text: str) -> bool:
    """``bool(municipality_pattern().match(text))`` without compiling that ~2,000-name regex
    (0.47 s per process): a set lookup per possible name length."""
    names = municipalities()
    return any(text[:n] in names for n in _municipality_lengths() if n <= len(text))


# A sentence about one person (本人は…, 同氏, 長女から) vs a notice to an audience (…の方は, ください).
PERSON_REFERENCE_WORDS = ("本人", "同氏", "当該者", "同人", "長女", "長男", "次男", "次女", "妻", "夫", "とのこと")  # fmt: skip
#: A sentence about a class of people (障害のある方は, 該当する方へ), not about one.
CLASS_OF_PEOPLE = ("の方", "方は", "方へ", "皆様", "皆さん")
AUDIENCE_WORDS = ("の方", "方は", "方へ", "ください", "ご案内", "対象", "皆様", "募集", "お知らせ")


def about_someone(text: str) -> float:
    """Confidence that a sentence with a sensitive word is about a particular person."""
    if has_any(text, AUDIENCE_WORDS):
        return AUDIENCE_NOTICE
    return MODERATE_CONTEXT if has_any(text, PERSON_REFERENCE_WORDS) else WEAK_CANDIDATE


def has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


# The stock names of sample forms: placeholders, not persons, in a document that says it is a
# sample (記入例, 見本 — detect.name). Canonical form of normalize.name (no spaces).
SAMPLE_NAMES = frozenset(
    {"山田太郎", "山田花子", "山田一郎", "ヤマダタロウ", "ヤマダハナコ", "やまだたろう", "日本太郎", "日本花子",
     "ニホンタロウ", "番号太郎", "番号花子", "見本太郎", "見本花子", "行政太郎", "国保太郎", "税務太郎"}
)  # fmt: skip
# Sample forms name their applicant after the place or the form (米子 太郎, 見本 花子, 高松 はなこ):
# in a sample document a name with a stock given name is a placeholder too.
SAMPLE_GIVEN_NAMES = ("太郎", "花子", "たろう", "はなこ", "タロウ", "ハナコ")


# Headers of the speaker column of a chat or message log export (staff posting, not residents)
SPEAKER_HEADERS = frozenset(
    {"発言者", "送信者", "投稿者", "差出人", "ユーザー", "ユーザー名", "ユーザ", "表示名",
     "user", "username", "user_name", "sender", "from", "author", "display name", "speaker"}
)  # fmt: skip
# A line that opens with a short label (相談内容：…, 内容：…): the field of a case record
LABELLED_LINE = re.compile(r"^\s*[^\s:：]{1,8}\s*[:：]")
