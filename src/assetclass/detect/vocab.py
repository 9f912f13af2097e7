"""Vocabulary shared by the detectors: context words, name and place lists, and (from
:mod:`.headers`) the header words that name a table's fields."""

from __future__ import annotations

import re
from functools import lru_cache

# the name and place lists live in the core (masking needs them too); detectors read them here
from ..lexicon import PREFECTURES as PREFECTURES
from ..lexicon import given_names as given_names
from ..lexicon import municipalities as municipalities
from ..lexicon import surnames as surnames
from . import words
from .confidence import AUDIENCE_NOTICE, MODERATE_CONTEXT, WEAK_CANDIDATE

# the header vocabulary lives in .headers; detectors read it here
from .headers import EXACT_HEADERS as EXACT_HEADERS
from .headers import HEADER_RULES as HEADER_RULES
from .headers import PERSON_FIELDS as PERSON_FIELDS
from .headers import header_field as header_field

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
# 課 and 係 as an office's suffix, not as in 課税, 課題, 関係 or 請求に係る者
_ORGANISATION = re.compile(
    "|".join(re.escape(w) for w in ORGANISATION_WORDS if w not in ("課", "係"))
    + r"|課(?![税題す])|(?<!関)係(?![るりわ])"
)


def names_an_organisation(text: str) -> bool:
    """The text holds a word of an office, firm or facility (市役所, 株式会社, 税務課)."""
    return _ORGANISATION.search(text) is not None


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
# Duties that are not money (a dog's rabies shot, a form to hand in): 督促 and 未 of those are
# reminders, not arrears, unless money is named too
DUTY_WORDS = ("予防注射", "接種", "未提出", "提出書類", "届出", "未受診", "健診", "検診", "面談")
MONEY_WORDS = ("円", "額", "金", "税", "料")


# money named outright: an amount in yen or a charge (弁償金 2,640円, 延滞金, 使用料, 受講料)
_MONEY_OWED = re.compile(r"[0-9０-９][0-9０-９,，]*[ 　]*円|弁償|延滞金|使用料|受講料|手数料|会費|保管料")


def books_not_money(text: str) -> bool:
    """Whether ``text`` is about books to return (返却期限を過ぎた資料), not money owed for them
    (弁償金 2,640円が未納)."""
    return has_any(text, LOAN_WORDS) and _MONEY_OWED.search(text) is None


def non_money_duty(text: str) -> bool:
    """Whether ``text`` is about a duty that is not money (狂犬病予防注射 未接種者への督促)."""
    return has_any(text, DUTY_WORDS) and not has_any(text, MONEY_WORDS)


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
    # (受診 alone is a visit, booked or missed, not a finding: 受診していない, 外来受診の時に)
    "要精密", "精密検査", "要医療", "要治療", "要受診", "受診勧奨", "受診中", "降圧剤", "抗凝固薬", "心房細動", "不整脈", "心雑音",
    # medical devices and care a person depends on (disaster support lists, outage calls)
    "在宅酸素", "酸素療法", "人工呼吸器", "たん吸引", "経管栄養", "寝たきり", "ペースメーカー", "人工関節",
    "人工膝関節", "人工股関節",
    # a child's medical care at school (医療的ケア児: 口腔内吸引, 胃ろう注入)
    "医療的ケア", "胃ろう", "胃瘻", "口腔内吸引", "鼻腔吸引", "気管切開", "導尿",
    # a pupil's allergy management sheet (学校生活管理指導表)
    "アナフィラキシー", "エピペン", "食物アレルギー", "要精検",
    # mental health in a staff or resident's case (a stress check's verdict, a prescription)
    "高ストレス", "処方", "睡眠薬", "抗うつ薬", "心療内科", "メンタルクリニック", "服用",
    "産後うつ", "抑うつ", "うつ状態",
    # a disability named by what it takes (脳性まひで車いすを使用)
    "麻痺", "脳性まひ", "片まひ", "車いすを使用", "車椅子を使用", "車いす使用", "車椅子使用",
    # a pregnancy's complications (a pregnancy alone is no finding)
    "切迫早産", "切迫流産", "流産", "死産", "妊娠悪阻", "前置胎盤", "自宅安静", "絶対安静",
    # a reaction to a shot
    "副反応", "副作用",
    # an injury and its treatment in an accident report (左足裏を負傷, 縫合3針, 全治2週間)
    "を負傷", "負傷し", "縫合", "全治",
    # symptoms and infections a health centre records about a case or a contact (38.9度の発熱と咳,
    # 梅毒発生届, 結核で入院, 自宅療養中); a contact (濃厚接触者) or a check-up offered is no finding
    "発熱", "咳", "下痢", "嘔吐", "腹痛", "倦怠感", "結核", "梅毒", "HIV", "罹患", "自宅療養", "療養中",
    "入院勧告", "就業制限",
)  # fmt: skip
# Words that hold a health word without being one: a casualty as a label (傷病者は…へ収容), an
# obstruction or a fault (屋内消火栓の使用障害, 通信障害, 障害物), a consultant or a survey of a
# building or a business (中小企業診断士, 耐震診断, 経営診断)
NOT_HEALTH = re.compile(
    r"傷病者|(?:使用|通信|システム|電波|運行|設備|回線|交通|航行|避難|接続)障害|障害物"
    r"|診断士|(?:耐震|経営|建物|省エネ|簡易耐震|住宅)診断"
)
# A condition named by its ending (パーキンソン病, 熱中症, 肺炎, 心筋梗塞, 心不全, 脳出血): the word
# before must be a noun of its own (病院, 症状, 炎上 do not end a word with these)
HEALTH_CONDITION = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}(?:病(?![院棟室気])|症(?![状例])|炎(?![上天])|梗塞|不全|腫瘍|出血)"
# A test result for a pathogen (ノロウイルス GII：陽性, サルモネラ属菌 陽性, 結核菌 陰性): a person's
# examination result, whichever way it came out; 陽性者数 alone is a statistic, not a result
HEALTH_TEST_RESULT = (
    r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{0,8}(?:ウイルス|ウィルス|菌)[^。\n]{0,16}?(?:陽性|陰性)(?!者|率|数)"
)
# The writer speaking of themself or their family (私は…で通院しています, 息子が…): not general talk
FIRST_PERSON = (
    "私は", "私の", "私が", "私も", "わたしは", "わたしの", "息子が", "娘が", "妻が", "夫が", "母が", "父が",
    "息子の", "娘の", "妻の", "夫の", "母の", "父の",
)  # fmt: skip
HEALTH_GENERAL_WORDS = (
    "制度", "事業", "計画", "方針", "支援法", "推進", "啓発", "について", "件数", "施策", "総合支援", "福祉",
    "普及",  # 感染症予防普及員, 咳エチケットの普及: spreading a practice, not anyone's condition
    # a course on a disease (感染症予防 市民講座, ノロウイルスと家庭の消毒 講習) and a role named after
    # one (服薬支援協力員, 感染症予防普及員): what is taught or done, not anyone's condition
    "講座", "講演", "講習", "協力員", "支援員", "推進員", "普及員", "調査員", "相談員", "指導員",
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
PERSON_REFERENCE_WORDS = ("本人", "本児", "同児", "当該児童", "同氏", "当該者", "同人", "長女", "長男", "次男", "次女", "妻", "夫", "とのこと")  # fmt: skip
#: A sentence about a class of people (障害のある方は, 該当する方へ), not about one.
CLASS_OF_PEOPLE = ("の方", "方は", "方へ", "皆様", "皆さん")
AUDIENCE_WORDS = ("の方", "方は", "方へ", "ください", "ご案内", "対象", "皆様", "募集", "お知らせ")


_ADDRESSING_WORDS = ("ください", "ご案内", "皆様", "募集", "お知らせ", "の方は", "方へ")
# an office's name (障害福祉課, 保健センター, 地方税滞納整理機構) is where someone works, not general
# talk about welfare nor anyone's arrears
OFFICE_NAME = re.compile(
    r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,10}(?:課|係|室|センター|事務所|機構|協議会|審議会|委員会|担当)"
)  # (感染症診査協議会: a body's name)
#: Pointing at one person already named (その方、国保税が滞納してる): never an audience.
POINTING_WORDS = ("その方", "この方", "あの方", "その人", "この人")


def about_someone(text: str) -> float:
    """Confidence that a sentence with a sensitive word is about a particular person."""
    if has_any(text, POINTING_WORDS):
        return MODERATE_CONTEXT
    # 訂正させてください: the writer asking leave for themself, not a notice to an audience; 3級なので
    # 対象外: a decision on one case, not who a service is for
    text = text.replace("させてください", "").replace("させて下さい", "").replace("対象外", "")
    if has_any(text, AUDIENCE_WORDS):
        # 通院中とのこと。住所は閲覧制限対象です: a report on one person that names a category;
        # ください, 皆様, 募集 address an audience whatever else the line says
        if has_any(text, PERSON_REFERENCE_WORDS) and not has_any(text, _ADDRESSING_WORDS):
            return MODERATE_CONTEXT
        return AUDIENCE_NOTICE
    return MODERATE_CONTEXT if has_any(text, PERSON_REFERENCE_WORDS) else WEAK_CANDIDATE


def blank(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with the matches of ``pattern`` blanked out, every other position kept (a later
    search's offsets still point into the original)."""
    return pattern.sub(lambda m: "＿" * len(m.group(0)), text)


def first_word_outside_offices(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first word of ``pattern`` in ``text`` that is not part of an office's name (障害福祉課の
    富田さん, 地方税滞納整理機構 … 様: where someone works, not their condition or arrears)."""
    m = words.first_word(pattern, text)
    if m is not None and any(o.start() <= m.start() < o.end() for o in OFFICE_NAME.finditer(text)):
        m = words.first_word(pattern, blank(OFFICE_NAME, text))
    return m


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
SAMPLE_GIVEN_NAMES = ("太郎", "花子", "たろう", "はなこ", "タロウ", "ハナコ", "一郎", "次郎")


# The shape of a full name written with a space (竹内　航, 宮坂 とし子), and of a pupil's grade and
# class before it (6年1組, 中学2年): used by the name readers that look for a name in a line
SURNAME_CHARS = "[\u4e00-\u9fff々ヶ]"
GIVEN_NAME_CHARS = "[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]"
SPACED_NAME = rf"{SURNAME_CHARS}{{1,4}}[ 　]{GIVEN_NAME_CHARS}{{1,5}}"
#: The endings of an office's or a workplace's name (人事課, 予防係, 保健センター): a word so ending
#: before a name makes it the office's staff or contact, not a resident.
OFFICE_SUFFIXES = ("課", "係", "室", "部", "局", "センター", "事務所", "支所")
# a printed list's row: its identifier, a foreign resident's name in capitals (2–4 words), then the
# name's katakana reading dotted apart (G584093 RAI RAM BAHADUR ライ・ラム・バハドゥル …)
ROW_ID_THEN_LATIN_NAME = re.compile(
    r"^[ 　]*[0-9A-Za-z][0-9A-Za-z\-]{3,15}[ 　]+([A-Z][A-Z'\-]+(?:[ 　][A-Z][A-Z'\-]+){1,3})[ 　]+[\u30a1-\u30fa\u30fc]+・"
)
# a written-apart name, then one bracket of a note on it: 高橋 虎之介（居酒屋 とし坊）, 山田 太郎（長男）;
# not a sample's mark (周南 太郎（例）, 包括 花子（記入例）): that one is nobody
NAME_THEN_NOTE = re.compile(
    rf"^({SPACED_NAME})[ 　]?[（(](?![^）)]*(?:例|見本|サンプル|架空|ダミー))[^（()）]{{1,20}}[）)]$"
)
PUPIL_CLASS = "(?:小学|中学|高校)?[0-9０-９一二三四五六]年(?:[0-9０-９一二三四五六]{1,2}組|生)?"


# Headers of the speaker column of a chat or message log export (staff posting, not residents)
SPEAKER_HEADERS = frozenset(
    {"発言者", "送信者", "投稿者", "差出人", "ユーザー", "ユーザー名", "ユーザ", "表示名",
     "user", "username", "user_name", "sender", "from", "author", "display name", "speaker"}
)  # fmt: skip
# A line that opens with a short label (相談内容：…, 内容：…): the field of a case record
LABELLED_LINE = re.compile(r"^\s*[^\s:：]{1,8}\s*[:：]")
