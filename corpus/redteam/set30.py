"""Thirtieth red-team set (blind): a town's 教育委員会 and 保育 desks — schools, school meals, scholarships, nurseries,
after-school clubs and adult education.

``python -m corpus.redteam.set30 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One town is drawn per build with its schools and nurseries. Families follow the desk a document comes
from: school entry, transfers and the 学齢簿 (``shugaku``), 就学援助 (``enjo``), bullying, non-attendance and school
accidents (``seito``), school meals with their fee arrears and allergy lists (``kyushoku``), the town's
scholarship loans and their repayment arrears (``shogaku``), nursery admission and fees (``hoiku``), the
after-school clubs (``gakudo``) and adult education — the coming-of-age ceremony and the library (``shakai``);
each with its public look-alikes (school lists with the schools' addresses and phones, 学校だより naming teachers in
role, public minutes, vacancy tables, menus with allergen tables, figures, blank forms, 記入例, guides, slides).

The truth is the default policy's text only: 3 for a My Number, health (allergies and developmental diagnoses
included) or arrears about a named private person, or records of more than 100 persons; 2 for a private person's
name with their address, birth date or phone; 1 otherwise, including teachers, principals, staff, committee
members and nursery heads named in role, companies, schools and nurseries, sample names in 記入例, masked tables
(Ａ児, 〇〇 〇〇) and published figures. ``types`` lists what a perfect reader reports about private persons (plus
``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import (
    kanji_number,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 3030
VARIANT = "redteam30"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, 郡, town, area code, postal prefix, areas, elementary schools, junior high schools);
# an area ending in "*" takes 番地 lots (大字), the others 丁目 lots
TOWNS: list[tuple[str, str, str, str, str, list[str], list[str], list[str]]] = [
    ("岩手県", "紫波郡", "紫波町", "019", "028-33",
     ["日詰", "桜町", "紫波中央駅前", "大字上平沢*", "大字星山*", "大字高水寺*", "大字犬吠森*", "大字片寄*"],
     ["日詰小学校", "古館小学校", "赤石小学校", "彦部小学校", "星山小学校"], ["紫波第一中学校", "紫波第三中学校"]),
    ("福岡県", "糟屋郡", "粕屋町", "092", "811-23",
     ["長者原東", "長者原西", "仲原", "駕与丁", "戸原東", "大字江辻*", "大字大隈*", "大字酒殿*"],
     ["仲原小学校", "大川小学校", "粕屋西小学校", "駕与丁小学校"], ["粕屋東中学校", "粕屋中学校"]),
    ("北海道", "上川郡", "東神楽町", "0166", "071-15",
     ["ひじり野北1条", "ひじり野南2条", "ひじり野南3条", "南1号*", "北2号*", "14号北*", "25号*"],
     ["東神楽小学校", "東聖小学校", "志比内小学校"], ["東神楽中学校"]),
    ("熊本県", "菊池郡", "菊陽町", "096", "869-11",
     ["光の森", "武蔵ヶ丘", "杉並台", "津久礼*", "大字原水*", "大字辛川*", "大字曲手*", "大字馬場楠*"],
     ["菊陽中部小学校", "菊陽西小学校", "武蔵ヶ丘小学校", "菊陽南小学校", "武蔵ヶ丘北小学校"],
     ["菊陽中学校", "武蔵ヶ丘中学校", "菊陽西中学校"]),
    ("静岡県", "駿東郡", "長泉町", "055", "411-09",
     ["桜堤", "駿河平", "中土狩*", "下土狩*", "竹原*", "納米里*", "南一色*", "本宿*"],
     ["長泉小学校", "長泉北小学校", "長泉南小学校", "桃沢小学校"], ["長泉中学校", "長泉北中学校"]),
]  # fmt: skip
NEIGHBOURS = {"紫波町": ["盛岡市", "矢巾町", "花巻市"], "粕屋町": ["福岡市東区", "志免町", "篠栗町"],
              "東神楽町": ["旭川市", "東川町", "美瑛町"], "菊陽町": ["熊本市北区", "合志市", "大津町"],
              "長泉町": ["沼津市", "三島市", "裾野市"]}  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("九十九", "つくも"), ("月見里", "やまなし"), ("栗花落", "つゆり"), ("御手洗", "みたらい"), ("十文字", "じゅうもんじ"),
    ("東風平", "こちんだ"), ("猪狩", "いがり"), ("雲母", "きら"), ("一戸", "いちのへ"), ("及川", "おいかわ"),
    ("小野寺", "おのでら"), ("熊谷", "くまがい"), ("千葉", "ちば"), ("菊池", "きくち"), ("阿部", "あべ"),
    ("佐藤", "さとう"), ("鈴木", "すずき"), ("髙橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"),
    ("渡邉", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"),
    ("吉田", "よしだ"), ("山口", "やまぐち"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("林", "はやし"), ("斎藤", "さいとう"), ("清水", "しみず"), ("山崎", "やまざき"), ("森", "もり"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("山下", "やました"), ("中島", "なかしま"),
    ("小川", "おがわ"), ("前田", "まえだ"), ("岡本", "おかもと"), ("藤田", "ふじた"), ("後藤", "ごとう"),
    ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"), ("坂本", "さかもと"), ("遠藤", "えんどう"),
    ("青木", "あおき"), ("藤井", "ふじい"), ("西村", "にしむら"), ("福田", "ふくだ"), ("太田", "おおた"),
    ("三浦", "みうら"), ("岡田", "おかだ"), ("松田", "まつだ"), ("中川", "なかがわ"), ("原田", "はらだ"),
    ("小野", "おの"), ("竹内", "たけうち"), ("金子", "かねこ"), ("和田", "わだ"), ("中野", "なかの"),
    ("上野", "うえの"), ("荒木", "あらき"), ("野口", "のぐち"), ("内田", "うちだ"), ("比嘉", "ひが"),
    ("宮城", "みやぎ"), ("緒方", "おがた"), ("永田", "ながた"), ("古賀", "こが"), ("堤", "つつみ"),
    ("芹沢", "せりざわ"), ("勝又", "かつまた"), ("杉山", "すぎやま"), ("鳴海", "なるみ"), ("蛯名", "えびな"),
]  # fmt: skip
BOYS: list[tuple[str, str]] = [
    ("陽翔", "はると"), ("蒼", "あおい"), ("悠真", "ゆうま"), ("樹", "いつき"), ("大翔", "ひろと"), ("颯", "はやて"),
    ("律", "りつ"), ("碧", "あお"), ("朔", "さく"), ("琥珀", "こはく"), ("凪", "なぎ"), ("結翔", "ゆいと"),
    ("奏太", "そうた"), ("湊斗", "みなと"), ("蒼空", "そら"), ("晴", "はる"), ("暖", "だん"), ("煌大", "こうだい"),
    ("伊織", "いおり"), ("岳", "がく"), ("壱成", "いっせい"), ("航希", "こうき"), ("新", "あらた"), ("旭", "あさひ"),
]  # fmt: skip
GIRLS: list[tuple[str, str]] = [
    ("陽葵", "ひまり"), ("芽依", "めい"), ("紬", "つむぎ"), ("凛", "りん"), ("結菜", "ゆいな"), ("咲希", "さき"),
    ("心春", "こはる"), ("澪", "みお"), ("詩", "うた"), ("杏奈", "あんな"), ("莉子", "りこ"), ("美月", "みづき"),
    ("乃愛", "のあ"), ("一花", "いちか"), ("絃", "いと"), ("茉白", "ましろ"), ("月", "るな"), ("琴葉", "ことは"),
    ("柚", "ゆず"), ("楓", "かえで"), ("小春", "こはる"), ("杏", "あんず"), ("彩葉", "いろは"), ("菫", "すみれ"),
]  # fmt: skip
MEN: list[tuple[str, str]] = [
    ("大輔", "だいすけ"), ("拓也", "たくや"), ("健太", "けんた"), ("直樹", "なおき"), ("和也", "かずや"), ("剛", "つよし"),
    ("慎也", "しんや"), ("亮介", "りょうすけ"), ("隆之", "たかゆき"), ("智也", "ともや"), ("洋平", "ようへい"),
    ("崇", "たかし"), ("恭平", "きょうへい"), ("鷹之", "たかゆき"), ("丈二", "じょうじ"), ("英樹", "ひでき"),
    ("勇気", "ゆうき"), ("祐介", "ゆうすけ"), ("将太", "しょうた"), ("純一", "じゅんいち"),
]  # fmt: skip
WOMEN: list[tuple[str, str]] = [
    ("恵", "めぐみ"), ("由美", "ゆみ"), ("麻衣", "まい"), ("彩", "あや"), ("愛", "あい"), ("沙織", "さおり"),
    ("智子", "ともこ"), ("真由美", "まゆみ"), ("友美", "ともみ"), ("明日香", "あすか"), ("美穂", "みほ"),
    ("千尋", "ちひろ"), ("梓", "あずさ"), ("早苗", "さなえ"), ("瞳", "ひとみ"), ("菜穂子", "なおこ"),
    ("静香", "しずか"), ("郁美", "いくみ"), ("里沙", "りさ"), ("綾乃", "あやの"),
]  # fmt: skip
ELDERS: list[tuple[str, str, str]] = [
    ("トミ", "とみ", "女"), ("ミツ", "みつ", "女"), ("フミ子", "ふみこ", "女"), ("節子", "せつこ", "女"),
    ("幸子", "さちこ", "女"), ("重雄", "しげお", "男"), ("勇", "いさむ", "男"), ("正三", "しょうぞう", "男"),
    ("利夫", "としお", "男"), ("辰男", "たつお", "男"),
]  # fmt: skip
# school-meal suppliers by what they deliver, then the other firms (school goods, buses, employers)
FOOD: list[tuple[str, str, str]] = [
    ("精米", "株式会社", "ふくや米穀"), ("パン・麺", "株式会社", "丸正製パン"), ("牛乳", "有限会社", "やまびこ乳業"),
    ("青果", "有限会社", "みどり青果"), ("精肉", "株式会社", "三友精肉"), ("水産物", "有限会社", "はまなす水産"),
    ("冷凍食品", "株式会社", "東和フードサービス"), ("調味料", "合資会社", "かねさ醤油"), ("調理業務委託", "株式会社", "北辰給食サービス"),
]  # fmt: skip
GOODS: list[tuple[str, str, str]] = [
    ("教材", "株式会社", "あおば教材"), ("体操服・上履き", "株式会社", "さくら体育用品"), ("制服", "株式会社", "大和制服"),
    ("学用品", "有限会社", "ほしの文具"), ("図書・ドリル", "株式会社", "学林堂書店"), ("制服", "株式会社", "ひまわり学生服"),
    ("通学靴", "有限会社", "まるやま靴店"), ("通学かばん", "有限会社", "かばんの大黒"),
]  # fmt: skip
COMPANIES: list[tuple[str, str]] = [(k, n) for _, k, n in FOOD + GOODS] + [
    ("株式会社", "ひばり交通"), ("合同会社", "こもれび教育研究所"), ("株式会社", "みちのく精密"), ("社会医療法人", "青葉会"),
]  # fmt: skip
NPOS: list[str] = ["特定非営利活動法人 放課後ネットワークそら", "特定非営利活動法人 子どもの居場所ひだまり",
                   "一般社団法人 あそびの森", "社会福祉法人 たんぽぽ福祉会"]  # fmt: skip
# nurseries: (運営, 名称); several named like a child (あおい, ひまり, はると)
NURSERIES: list[tuple[str, str]] = [
    ("町立", "中央保育所"), ("町立", "ひかり保育所"), ("社会福祉法人 あゆみ会", "あゆみ保育園"),
    ("社会福祉法人 清和福祉会", "のぞみ保育園"), ("学校法人 聖光学園", "認定こども園 聖光幼稚園"),
    ("社会福祉法人 めぐみ会", "めぐみこども園"), ("株式会社 キッズリンク", "キッズリンク保育園"),
    ("社会福祉法人 陽光会", "ひまり保育園"), ("社会福祉法人 若竹会", "あおい保育園"), ("社会福祉法人 青葉会", "はると保育園"),
]  # fmt: skip
BUILDINGS = ["レオパレス駅南", "メゾン・ド・ソレイユ", "町営住宅", "サンハイツ", "コーポ若葉", "グリーンヒル"]
BANKS = [
    "岩手銀行",
    "北洋銀行",
    "肥後銀行",
    "福岡銀行",
    "静岡銀行",
    "ゆうちょ銀行",
    "JAバンク",
    "東北労働金庫",
]
SAMPLE_NAMES = ["教育 太郎", "町民 花子", "見本 一郎", "保育 次郎", "記入 例子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30)), ("明治", "M", dt.date(1868, 10, 23))]  # fmt: skip
TODAY = dt.date(2024, 10, 8)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
# birth ranges: nursery, elementary, junior high, 令和7年度 new pupils, 二十歳のつどい (令和7年1月), university
NURSERY_AGE = (dt.date(2019, 4, 2), dt.date(2024, 5, 31))
ELEM = (dt.date(2012, 4, 2), dt.date(2018, 4, 1))
JHS = (dt.date(2009, 4, 2), dt.date(2012, 4, 1))
NEW_PUPILS = (dt.date(2018, 4, 2), dt.date(2019, 4, 1))
HATACHI = (dt.date(2004, 4, 2), dt.date(2005, 4, 1))
STUDENTS = (dt.date(2002, 4, 2), dt.date(2009, 4, 1))
PARENTS = (dt.date(1974, 1, 1), dt.date(1998, 12, 31))
ADULTS = (dt.date(1944, 1, 1), dt.date(2008, 12, 31))


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 平成30年5月5日, short H30.5.5, abbr 平30.5.5, slash H30/05/05, spaced 令和 6 年 …."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era[0]}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{era} {y} 年 {d.month} 月 {d.day} 日"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def look_alike(rng: random.Random, first: str | None = None) -> str:
    return fail_check(random_my_number(rng, first), rng.randint(1, 9))


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 8丁目3番地 → 8 丁目 3 番地."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -/" and prev not in " -/":
            out.append(" ")
        out.append(ch)
    return "".join(out)


_HALF = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
        "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ",
        strict=True,
    )
)


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def half_kana(hira: str) -> str:
    """ひらがな → half-width ｶﾀｶﾅ as core systems print readings (がく → ｶﾞｸ)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", katakana(hira)):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            out.append(_HALF.get(ch, ch))
    return "".join(out)


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    pref: str
    gun: str
    town: str
    area: str
    lot: str
    phone: str
    zip: str

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{katakana(self.sei_kana)} {katakana(self.mei_kana)}"

    @property
    def hkana(self) -> str:
        return f"{half_kana(self.sei_kana)} {half_kana(self.mei_kana)}"

    def address(self, full: bool = False) -> str:
        return (self.pref + self.gun if full else "") + self.town + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


def school_year(birth: dt.date, fy: int = 2024) -> int:
    """1..6 elementary, 7..9 junior high in school year ``fy`` (a child born 2 April .. 1 April)."""
    born_fy = birth.year if (birth.month, birth.day) >= (4, 2) else birth.year - 1
    return fy - born_fy - 6


def grade(birth: dt.date, fy: int = 2024) -> str:
    g = school_year(birth, fy)
    return f"小{g}" if g <= 6 else f"中{g - 6}"


def parent(p: Person) -> str:
    return "母" if p.sex == "女" else "父"


def age_class(birth: dt.date, fy: int = 2024) -> str:
    """Nursery class by age on 1 April of the year."""
    on = dt.date(fy, 4, 1)
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return f"{max(0, age)}歳児"


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    gun: str
    town: str
    ac: str
    zip3: str
    areas: list[str]
    elem: list[str]
    jhs: list[str]
    used: set[str]

    @property
    def board(self) -> str:
        return f"{self.town}教育委員会"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the town: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(72 + n if len(self.ac) == 4 else 672 + n, 2111 + 17 * n)

    def phone(self, mobile: float = 0.6) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 1999)}番地"
            return base + (f"{r.randint(1, 9)}" if r.random() < 0.3 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 6), r.randint(1, 28), r.randint(1, 22)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a 丁目・番地 lot as clerks type it (3丁目8番地12); return the lot."""
        areas = [t for t in self.areas if not t.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def _date(self, span: tuple[dt.date, dt.date]) -> dt.date:
        return span[0] + dt.timedelta(days=self.rng.randint(0, (span[1] - span[0]).days))

    def person(
        self, span: tuple[dt.date, dt.date] = PARENTS, sei: tuple[str, str] | None = None, sex: str = ""
    ) -> Person:
        r = self.rng
        birth = self._date(span)
        forced = sex
        for _ in range(2000):
            sk = sei or r.choice(SURNAMES)
            sex = forced or r.choice("男女")
            if birth.year >= 2000:
                mei, mk = r.choice(BOYS if sex == "男" else GIRLS)
            elif birth.year < 1955 and r.random() < 0.6:
                mei, mk, sex = r.choice([e for e in ELDERS if not forced or e[2] == forced])
            else:
                mei, mk = r.choice(MEN if sex == "男" else WOMEN)
            if sk[0] + mei not in self.used:
                self.used.add(sk[0] + mei)
                break
        area = r.choice(self.areas)
        zipc = f"{self.zip3}{r.randint(0, 99):02d}"
        phone = self.phone(1.0 if birth.year >= 2000 else 0.6)
        return Person(sk[0], mei, sk[1], mk, sex, birth, self.pref, self.gun, self.town, area.rstrip("*"),
                      self.lot(area), phone, zipc)  # fmt: skip

    def people(self, n: int, span: tuple[dt.date, dt.date] = PARENTS) -> list[Person]:
        return [self.person(span) for _ in range(n)]

    def guardian(self, child: Person, sex: str = "") -> Person:
        """A parent with the child's surname, address and phone (the contact number is the parent's)."""
        g = self.person(PARENTS, (child.sei, child.sei_kana), sex)
        g.area, g.lot, g.zip = child.area, child.lot, child.zip
        child.phone = g.phone
        return g

    def family(self, span: tuple[dt.date, dt.date] = ELEM) -> tuple[Person, Person]:
        child = self.person(span)
        return child, self.guardian(child)

    def staff(self) -> str:
        """A teacher or officer (not drawn from the residents: staff may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MEN + WOMEN)
        return f"{sei} {mei}"

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.town + area.rstrip("*") + self.lot(area).split(" ")[0]

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def school(self, jhs: bool = False) -> str:
        return self.rng.choice(self.jhs if jhs else self.elem)

    def school_of(self, child: Person) -> str:
        """The child's school: the same one every time the child is named."""
        schools = self.jhs if school_year(child.birth) > 6 else self.elem
        return schools[sum(map(ord, child.sei + child.mei + child.lot)) % len(schools)]


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def system_print(
    title: str,
    system: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
) -> Callable[[Path], None]:
    """Rewrite the file as a school-affairs or nursery-system list print: landscape, columns placed by x (no
    ruled table), a system banner, the print conditions and ``n / N`` at the foot of every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawString(30, h - 22, system)
            c.drawRightString(w - 30, h - 22, f"作成日 {ymd(TODAY)}  端末 KY0{n % 4 + 1}  ページ {n}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            for label, x in cols:
                c.drawString(x, y, label)
            y -= 4
            c.drawString(30, y - 6, "=" * 150)
            y -= 18
            for row in chunk:
                for value, (_, x) in zip(row, cols, strict=False):
                    c.drawString(x, y, value)
                y -= 12.5
            if n == len(pages):
                c.drawString(30, y - 8, f"【 合計 {len(rows)} 件 】")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export) whose digits
    come out set apart from the words; pages get ``n / N`` when there is more than one."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = A4
        pages = [list(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 9)
            if head:
                c.drawRightString(w - 50, h - 40, head)
            c.setFont(font, 10.5)
            y = h - 70
            for raw in chunk:
                line = spaced_digits(raw)
                if line.startswith(">"):
                    c.drawRightString(w - 60, y, line[1:])
                elif line.startswith("^"):
                    c.setFont(font, 14)
                    c.drawCentredString(w / 2, y, line[1:])
                    c.setFont(font, 10.5)
                else:
                    c.drawString(60, y, line)
                y -= 18
            if len(pages) > 1:
                c.setFont(font, 9)
                c.drawCentredString(w / 2, 30, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def pad(n: int, row: list[Cell]) -> list[Cell]:
    """A row whose data starts ``n`` columns to the right."""
    return [None] * n + row


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack (``名前  [09:19]`` then the message) or an arrow log ``09:19 名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{day.year}/{day.month:02d}/{day.day:02d} 17:32")
        out.append("")
        out.append(f"{day.year}/{day.month:02d}/{day.day:02d}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■ {room}  {day.year}年{day.month}月{day.day}日 のメッセージ")
        out += [f"{t} {who} → {msg}" for t, who, msg in lines]
    else:
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    return out


def mail(
    sender: str, to: str, subject: str, when: dt.datetime, body: list[str], quoted: list[str], q_from: str
) -> list[str]:
    """An Outlook message saved as text, with the message it answers quoted below."""
    head = [f"差出人: {sender}", f"送信日時: {when.year}年{when.month}月{when.day}日 {when:%H:%M}", f"宛先: {to}",
            f"件名: {subject}", ""]  # fmt: skip
    old = when - dt.timedelta(hours=20, minutes=13)
    q_head = ["", "-----Original Message-----", f"From: {q_from}",
              f"Sent: {old.year}/{old.month}/{old.day} {old:%H:%M}", f"Subject: {subject.removeprefix('RE: ')}", ""]  # fmt: skip
    return head + body + q_head + [f"> {line}" if line else ">" for line in quoted]


def reception_no(ctx: Ctx, year: int, n: int) -> str:
    return f"{ctx.town[:1]}教第{year}-{n:04d}号"


# --- families ------------------------------------------------------------------------------------------
def shugaku(ctx: Ctx) -> list[Doc]:
    """School entry, transfers, 指定校変更 and the 学齢簿 (学校教育課)."""
    r, docs = ctx.rng, []
    fam = "shugaku"
    board, tel = ctx.board, ctx.office_phone(3)
    schools = ctx.elem + ctx.jhs

    # 1: the published school list — schools' addresses and phones, principals in role, founding dates
    rows: list[list[Cell]] = [
        ["学校名", "所在地", "電話番号", "FAX", "校長名", "児童生徒数", "学級数", "開校年月日"]
    ]
    for s in schools:
        founded = dt.date(r.choice([1873, 1875, 1947, 1962, 1981, 2008]), r.randint(1, 12), r.randint(1, 28))
        ph = ctx.tel()
        rows.append([f"{ctx.town}立{s}", ctx.biz_address(), ph, ph[:-1] + str((int(ph[-1]) + 1) % 10),
                     ctx.staff(), r.randint(48, 720), r.randint(6, 24), wareki(founded)])  # fmt: skip
    agg: list[list[Cell]] = [
        ["区分", "学校数", "児童生徒数"],
        ["小学校", len(ctx.elem), None],
        ["中学校", len(ctx.jhs), None],
    ]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("学校一覧", rows, title=f"令和6年度 {ctx.town}立小・中学校一覧（令和6年5月1日現在）", first_row=3),
        sheet("集計用", agg, state="hidden")],
        properties={"title": "学校一覧（公表用）"}),
        note="schools, their phones and principals named in role; 開校年月日 are founding dates"))  # fmt: skip

    # 2: 就学時健康診断 notice (a birth-date range, not a person's birth date)
    tab = [["学校名", "実施日", "受付時間", "会場"]]
    for i, s in enumerate(ctx.elem):
        d = dt.date(2024, 10, 21 + i * 2)
        tab.append([s, f"{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）", "13:00～13:20", "体育館"])
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="令和7年度 就学時健康診断のお知らせ",
        paragraphs=[f"{board}では、来年4月に小学校へ入学するお子さんを対象に、学校保健安全法に基づく就学時健康診断を実施します。",
                    "対象：平成30年4月2日から平成31年4月1日までに生まれたお子さん",
                    "内容：内科・歯科検診、視力・聴力検査、知能検査（簡易）、保護者面談",
                    "持ち物：就学時健康診断票（事前に記入）、上履き（保護者・お子さん）、筆記用具",
                    "※ 指定の日に受診できない場合は、他の学校の日程で受診できます。事前にご連絡ください。",
                    f"問い合わせ先　{board} 学校教育課 学務係　電話 {tel}"],
        tables=[tab])))  # fmt: skip

    # 3: 転入学 FAQ (PDF)
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="転入・転出に伴う転校手続き よくある質問",
        paragraphs=["Q1 町外から転入します。学校の手続きはどうすればよいですか。",
                    "A1 住民異動届の後、役場本庁舎2階の学校教育課で「転入学通知書」を受け取り、前の学校から渡された在学証明書と教科書給与証明書を指定の学校へ提出してください。",
                    "Q2 住民票を移さずに町内の学校へ通うことはできますか。",
                    "A2 区域外就学の承諾が必要です。住所地の教育委員会と協議のうえ、事情によって承諾します。",
                    "Q3 町内で転居しました。学校を変わらなければなりませんか。",
                    "A3 学期の途中であれば、学年末まで現在の学校に通える場合があります（指定校変更）。申立書を提出してください。",
                    "Q4 制服や体操服はどこで購入できますか。",
                    f"A4 各学校の指定販売店でお求めください。（例：{ctx.company()}）",
                    f"問い合わせ　{board} 学校教育課　{tel}（平日 8:30～17:15）"])))  # fmt: skip

    # 4: 学年別 児童生徒数 (cp932 csv)
    srows: list[list[Cell]] = [["学校名", "学年", "男", "女", "計", "学級数", "うち特別支援学級"]]
    for s in schools:
        for yr in range(1, 4) if s in ctx.jhs else range(1, 7):
            m, f = r.randint(8, 70), r.randint(8, 70)
            srows.append([s, f"{yr}年", m, f, m + f, (m + f) // 35 + 1, r.randint(0, 2)])
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("学年別", srows)])))

    # 5: 指定校変更申立書 記入例 (odt)
    ex_birth = dt.date(2017, 6, 14)
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="指定学校変更申立書（記入例）",
        paragraphs=["【記入例】 太枠の中を保護者の方が記入してください。",
                    f"{board} 様",
                    f"申立者（保護者）住所　{ctx.town}大字○○123番地4　　氏名　{SAMPLE_NAMES[0]}　　電話　090-0000-0000",
                    f"児童生徒氏名　{SAMPLE_NAMES[0].split()[0]} 一郎（記入例）　生年月日　{wareki(ex_birth)}",
                    "指定された学校　○○小学校　　希望する学校　△△小学校",
                    "理由（該当に○）　1 学年途中の転居　2 身体的理由　3 いじめ等　4 家庭事情　5 その他（　　　）",
                    "※ 記入例の氏名・住所・生年月日は架空のものです。"],
        textboxes=["記入例"]), note="記入例 with an invented sample guardian and child"))  # fmt: skip

    # 6: 転入学通知書 as a PDF letter (digits set apart) — level 2
    child, g = ctx.family()
    ctx.urban(g)
    child.area, child.lot = g.area, g.lot
    s = ctx.school_of(child)
    start = dt.date(2024, 11, 1)
    lines = [f">{reception_no(ctx, 6, r.randint(100, 999))}", f">{wareki(TODAY)}", "",
             f"〒{g.zip}", g.address(), f"{g.name()} 様", "", f">{board}教育長",
             "^転入学通知書", "", "次のとおり転入学を通知します。",
             f"児童生徒氏名　{child.name()}（{child.kana}）", f"生年月日　{wareki(child.birth)}",
             f"住所　{child.address()}", f"学年　{grade(child.birth)[1:]}年", f"転入学する学校　{ctx.town}立{s}",
             f"転入学年月日　{wareki(start)}", "", "この通知書を転入学する学校へ提出してください。",
             f"担当　学校教育課 学務係　{tel}"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="転入学通知書"),
            post=letter_pdf(lines),
        )
    )

    # 7: a guardian's own 指定校変更 letter to the board, signed at the end — level 2
    child, g = ctx.family()
    want = r.choice(ctx.elem)
    docs.append(Doc(fam, "docx", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        f"{board} 御中", "", "指定学校の変更についてのお願い", "",
        f"いつもお世話になっております。現在{ctx.school_of(child)}の{grade(child.birth)[1:]}年に在籍している{child.mei}の保護者です。",
        "この夏に町内で転居しましたが、学年の途中でもあり、本人も友人関係を大事にしたいと申しております。",
        f"また、共働きのため放課後は{want.removesuffix('小学校')}地区の祖母宅で過ごしており、{want}への通学を希望いたします。",
        "通学は徒歩で、登下校の安全には家族で責任を持ちます。ご検討のほどよろしくお願い申し上げます。", "",
        f"{wareki(TODAY - dt.timedelta(days=9))}", f"住所　{g.address()}",
        f"保護者氏名　{g.name()}", f"児童氏名　{child.name()}", f"連絡先　{g.phone}"])))  # fmt: skip

    # 8: Teams — one message names the child, the reply gives the guardian's phone and new address — level 2
    child, g = ctx.family()
    kyoto = ctx.staff()
    clerk = ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "phone", "address"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("09:19", kyoto, f"お疲れさまです。{ctx.school_of(child)}教頭です。11月から転入予定の{child.name()}さんの件です"),
        ("09:21", kyoto, "保護者の方と連絡がとれず、入学前の面談日が決められません。役場に届いている連絡先はありますか"),
        ("09:40", clerk, f"住民異動の届出でいただいた番号です。{parent(g)}の{g.mei}さん 携帯 {g.phone}"),
        ("09:41", clerk, f"転居先は{g.address()}です。日中は勤務で夕方以降がつながりやすいとのこと"),
        ("09:43", kyoto, "ありがとうございます。夕方かけてみます"),
    ], "学務係・各校教頭"))))  # fmt: skip

    # 9: 区域外就学 承諾者一覧 — data far right (column X), 姓/名 and readings apart — level 2
    head: list[Cell] = [
        "No",
        "姓",
        "名",
        "セイ",
        "メイ",
        "生年月日",
        "学年",
        "住所（住民登録地）",
        "就学校",
        "理由",
        "承諾期間",
    ]
    rows = [pad(23, head)]
    for i in range(1, 15):
        p = ctx.person(ELEM if r.random() < 0.7 else JHS)
        p.town = r.choice(NEIGHBOURS[ctx.town])
        p.area = r.choice(["本町", "中央", "新町", "緑が丘"])
        rows.append(pad(23, [i, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth,
                             grade(p.birth), p.address(), ctx.school_of(p),
                             r.choice(["保護者の勤務地", "転居予定", "祖父母宅から通学", "学年末まで"]), "R7.3.31まで"]))  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "区域外（受入）", rows, title="令和6年度 区域外就学 承諾者一覧（受入）", first_row=4
                    )
                ]
            ),
        )
    )

    # 10: 新入学児童名簿 printed from the school-affairs system — level 3 (132 children)
    prow: list[list[str]] = []
    for _ in range(132):
        c, gg = ctx.family(NEW_PUPILS)
        prow.append([f"{r.randint(10000000, 99999999):09d}", c.name("　"), c.hkana, "男" if c.sex == "男" else "女",
                     wareki(c.birth, "slash"), gg.name("　"), c.address(), r.choice(ctx.elem)])  # fmt: skip
    cols = [("宛名番号", 30), ("児童氏名", 92), ("ｶﾅ氏名", 170), ("性", 262), ("生年月日", 282),
            ("保護者氏名", 340), ("住所", 418), ("就学予定校", 690)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="新入学児童名簿"),
                    post=system_print("令和7年度 新入学児童名簿（学齢簿）", f"{ctx.town} 学齢簿管理システム GK-200", cols, prow, 38,
                                      "抽出条件：就学予定年度=R07  学区=全て  並び順=宛名番号")))  # fmt: skip

    # 11: 教育支援委員会 (特別支援 就学相談) 審議一覧 — diagnoses and test results — level 3 (health)
    hrows: list[list[Cell]] = [
        ["No", "児童氏名", "ふりがな", "生年月日", "在籍園・学校", "相談の状況", None, "保護者の意向", "委員会の判断"],
        [None, None, None, None, None, "診断名・障害の状況", "検査結果等", None, None],
    ]  # fmt: skip
    for i in range(1, 15):
        c = ctx.person(NEW_PUPILS if i <= 9 else ELEM)
        where = r.choice([n for _, n in NURSERIES]) if i <= 9 else f"{ctx.school_of(c)} {grade(c.birth)}"
        diag = r.choice(["自閉スペクトラム症", "知的障害（軽度）", "注意欠如・多動症", "感音性難聴（両耳）", "ダウン症候群",
                         "言語発達遅滞", "脳性まひ（下肢）"])  # fmt: skip
        test = r.choice(
            [
                f"WISC-Ⅳ FSIQ {r.randint(55, 85)}",
                f"新版K式 DQ {r.randint(45, 80)}",
                "聴力 右70dB 左65dB",
                "医師意見書あり",
            ]
        )
        hrows.append([i, c.name(), f"{c.sei_kana} {c.mei_kana}", wareki(c.birth, "short"), where, diag, test,
                      r.choice(["通常の学級を希望", "特別支援学級を希望", "特別支援学校も見学済", "未定（継続相談）"]),
                      r.choice(["特別支援学級（自閉症・情緒）", "特別支援学級（知的）", "通級指導教室", "特別支援学校が適当", "通常の学級（支援員配置）"])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[
        sheet("審議一覧", hrows, title="令和6年度 第2回 教育支援委員会 審議資料（就学相談）", first_row=3)],
        header="委員会資料　会議終了後回収"),
        post=merge_xlsx({"審議一覧": ["F3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "H3:H4", "I3:I4"]})))  # fmt: skip

    # 12: 学齢簿 異動データ from the resident register link, cp932 — level 3 (118 children)
    crow: list[list[Cell]] = [
        ["宛名番号", "氏名", "カナ氏名", "性別", "生年月日", "住所", "異動事由", "異動日", "学校", "学年"]
    ]
    for _ in range(118):
        c = ctx.person(ELEM if r.random() < 0.7 else JHS)
        moved = dt.date(2024, r.randint(4, 9), r.randint(1, 28))
        crow.append([f"{r.randint(1, 99999999):08d}", c.name("　"), c.hkana, c.sex, wareki(c.birth, "short"),
                     c.address(), r.choice(["転入", "転出", "転居", "転居", "職権記載", "区域外就学"]), ymd(moved), ctx.school_of(c),
                     grade(c.birth)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[sheet("異動", crow)]),
            note="異動日 are move dates; the birth dates are the 生年月日 column",
        )
    )

    # 13: a hand-over memo to the new school; the child named once, the diagnosis paragraphs later — level 3
    child = ctx.person(ELEM)
    to_school = r.choice(
        ["盛岡市立仁王小学校", "福岡市立香椎小学校", "旭川市立新町小学校", "熊本市立託麻原小学校"]
    )
    docs.append(Doc(fam, "docx", 3, ["name", "health"], DocSpec(
        title="転学児童 引継ぎ資料",
        paragraphs=[f"{to_school} 校長 様", f"{ctx.town}立{ctx.school_of(child)} 校長 {ctx.staff()}",
                    f"対象児童　{child.name()}（第{school_year(child.birth)}学年）",
                    "1 学習の状況", "国語の読み取りに時間を要するが、算数の計算は学年相応。タブレットでの学習に意欲的。",
                    "2 生活・行動の様子", "休み時間は少人数の友人と過ごすことが多い。予定の変更が苦手で、行事前は不安が強くなる。",
                    "3 家庭との連携", "保護者は協力的で、連絡帳でのやりとりを毎日行ってきた。",
                    "4 配慮事項",
                    f"本児は小学2年時に{r.choice(['県立療育センター', 'こども発達クリニック'])}で注意欠如・多動症（ADHD）の診断を受け、現在コンサータを朝1回服薬している。",
                    "服薬のない日は離席が増えるため、座席は前方とし、指示は短く一つずつ出している。通級指導教室（情緒）を週2時間利用。",
                    "以上、よろしくお願いいたします。"],
        header="取扱注意")))  # fmt: skip
    return docs


def enjo(ctx: Ctx) -> list[Doc]:
    """就学援助 (school-expense aid for low-income households)."""
    r, docs = ctx.rng, []
    fam = "enjo"
    board, tel = ctx.board, ctx.office_phone(3)

    # 1: 募集案内 with the income thresholds (PDF)
    th = [["世帯人数", "所得基準額（目安）", "世帯の例"]]
    for n, ex in (
        (2, "親1人・子1人"),
        (3, "親1人・子2人"),
        (4, "親2人・子2人"),
        (5, "親2人・子3人"),
        (6, "親2人・子3人・祖母"),
    ):
        th.append([f"{n}人", f"{yen(1_500_000 + n * 420_000)}円", ex])
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和6年度 就学援助制度のご案内",
        paragraphs=["経済的な理由により、お子さんの就学にお困りの保護者に、学用品費・給食費などの一部を援助します。",
                    "対象：町内に住所があり、町立小・中学校に通うお子さんの保護者で、次のいずれかに当たる方",
                    "(1) 生活保護の停止・廃止を受けた方　(2) 児童扶養手当を受けている方　(3) 世帯の所得が基準額以下の方",
                    "申請：各学校または学校教育課に申請書を提出してください。年度の途中でも申請できます。",
                    f"問い合わせ　{board} 学校教育課 学務係　{tel}"],
        tables=[th])))  # fmt: skip

    # 2: 申請書 記入例 with a sample 4-4-4 number that fails the check digit (docx)
    bad = look_alike(r)
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="就学援助費受給申請書【記入例】",
        paragraphs=[f"{board} 教育長 様", "次のとおり就学援助費の受給を申請します。"],
        tables=[[["申請者（保護者）氏名", SAMPLE_NAMES[1], "電話", "0120-000-000"],
                 ["住所", f"{ctx.town}○○1丁目2番3号", "個人番号（記入例）", grouped(bad)],
                 ["児童生徒氏名", "町民 一郎", "学校・学年", "○○小学校 3年"],
                 ["申請理由", "児童扶養手当受給", "所得", "（記入不要）"]]],
        textboxes=["記入例　※ 氏名・番号は架空のものです"]),
        note="記入例 with sample names; its sample 4-4-4 number fails the check digit"))  # fmt: skip

    # 3: 認定状況 by school and year (ods)
    orows: list[list[Cell]] = [["年度", "学校名", "児童生徒数", "要保護", "準要保護", "認定率(%)"]]
    for fy in (2021, 2022, 2023):
        for s in ctx.elem + ctx.jhs:
            n = r.randint(80, 700)
            ka, kb = r.randint(0, 5), r.randint(5, 90)
            orows.append([f"令和{fy - 2018}年度", s, n, ka, kb, round(100 * (ka + kb) / n, 1)])
    docs.append(
        Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("認定状況", orows, title="就学援助 認定状況の推移")]))
    )

    # 4: 費目別 単価表 (xls)
    unit: list[list[Cell]] = [["費目", "小学校（年額）", "中学校（年額）", "支給時期", "備考"],
                              ["学用品費", 11_630, 22_730, "7月・12月・3月", "学年により異なる"],
                              ["通学用品費", 2_270, 2_270, "7月", "第2学年以上"],
                              ["校外活動費（宿泊なし）", 1_600, 2_310, "実費", "上限額"],
                              ["新入学児童生徒学用品費", 57_060, 63_000, "3月（入学前）", "入学前支給あり"],
                              ["修学旅行費", 22_690, 60_910, "実施後", "実費（上限）"],
                              ["学校給食費", "実費", "実費", "学校へ直接", ""],
                              ["医療費（学校病）", "実費", "実費", "", "むし歯・結膜炎等"]]  # fmt: skip
    docs.append(
        Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("単価表", unit, title="令和6年度 就学援助費 支給単価")]))
    )

    # 5: 学用品 取扱業者 with 法人番号 (csv utf-8)
    brows: list[list[Cell]] = [["業者名", "法人番号", "所在地", "電話番号", "代表者", "取扱品目"]]
    for item, kind, name in GOODS:
        brows.append([f"{kind}{name}", random_corporate_number(r), ctx.biz_address(), ctx.tel(),
                      f"代表取締役 {ctx.staff()}", item])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("登録業者", brows)])))

    # 6: a filled 申請書 with 所得 — level 2
    child, g = ctx.family()
    sib = ctx.person(JHS, (child.sei, child.sei_kana))
    inc = r.randint(90, 220) * 10_000
    docs.append(Doc(fam, "docx", 2, ["name", "address", "phone", "birth_date", "income"], DocSpec(
        title="就学援助費受給申請書",
        paragraphs=[f"{board} 教育長 様", f"申請日　{wareki(TODAY - dt.timedelta(days=20))}",
                    "次のとおり就学援助費の受給を申請します。なお、認定のために世帯の所得・税情報を確認することに同意します。"],
        tables=[[["申請者氏名", g.name(), "電話番号", g.phone], ["住所", g.address(), "申請理由", "児童扶養手当受給"]],
                [["世帯員氏名", "続柄", "生年月日", "学校・学年", "前年所得"],
                 [g.name(), "本人", wareki(g.birth), "", yen(inc)],
                 [child.name(), "子", wareki(child.birth), f"{ctx.school_of(child)} {grade(child.birth)}", "0"],
                 [sib.name(), "子", wareki(sib.birth), f"{ctx.school_of(sib)} {grade(sib.birth)}", "0"]]]),
        note="所得 and a 就学援助 application are not level 3 under the default policy text"))  # fmt: skip

    # 7: 認定通知書 — PDF letter, digits set apart — level 2
    child, g = ctx.family()
    ctx.urban(g)
    lines = [f">{reception_no(ctx, 6, r.randint(100, 999))}", f">{wareki(TODAY)}", "", f"〒{g.zip}", g.address(),
             f"{g.name()} 様", "", f">{board}", "^就学援助費受給資格認定通知書", "",
             f"{wareki(dt.date(2024, 9, 2))}付けで申請のあった就学援助費について、次のとおり認定したので通知します。",
             f"児童生徒氏名　{child.name()}（{ctx.school_of(child)} {grade(child.birth)[1:]}年）",
             f"認定期間　{wareki(dt.date(2024, 10, 1))}から{wareki(dt.date(2025, 3, 31))}まで",
             "支給費目　学用品費、校外活動費、学校給食費、医療費", "支給方法　指定口座への振込（学期ごと）", "",
             f"問い合わせ　学校教育課 学務係　{tel}"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="認定通知書"), post=letter_pdf(lines)))

    # 8: LINE WORKS — the school clerk asks, the reply gives the applicant's phone — level 2
    child, g = ctx.family()
    jim, kakari = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("10:02", jim, f"{ctx.school_of(child)}事務です。就学援助の申請書、{g.name()}さん（{child.mei}さんの保護者）の分に電話番号の記入がありません"),
        ("10:05", kakari, "学務係です。昨年度の申請書に書いてあった番号ならわかります"),
        ("10:06", kakari, f"{g.phone} です。念のため本人に確認してから書き足してください"),
        ("10:07", jim, "了解です。ありがとうございます"),
    ], "就学援助 事務連絡"))))  # fmt: skip

    # 9: 入学前支給 申請者一覧 — child and guardian in one row, a hidden working sheet — level 2
    rows9: list[list[Cell]] = [
        ["受付No", "保護者 姓", "保護者 名", "児童氏名", "就学予定校", "住所", "電話番号", "振込先金融機関"]
    ]
    for i in range(1, 29):
        c, gg = ctx.family(NEW_PUPILS)
        rows9.append(
            [i, gg.sei, gg.mei, c.name(), r.choice(ctx.elem), gg.address(), gg.phone, r.choice(BANKS)]
        )
    work: list[list[Cell]] = [["学校", "件数"]]
    work += [[s, r.randint(1, 9)] for s in ctx.elem]
    docs.append(Doc(fam, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("申請者一覧", rows9, title="令和7年度入学 新入学児童学用品費（入学前支給）申請者一覧", first_row=3),
        sheet("作業用", work, state="hidden")])))  # fmt: skip

    # 10: 申請者一覧 with the My Numbers on a hidden sheet headed only 番号 — level 3
    rows10: list[list[Cell]] = [["受付No", "保護者氏名", "住所", "児童氏名", "学校", "学年"]]
    hid: list[list[Cell]] = [["宛名番号", "氏名", "番号"]]
    for i in range(1, 19):
        c, gg = ctx.family()
        rows10.append([i, gg.name(), gg.address(), c.name(), ctx.school_of(c), grade(c.birth)])
        hid.append([f"{r.randint(1, 99999999):08d}", gg.name(), random_my_number(r)])
    docs.append(Doc(fam, "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[
        sheet("番号", hid, state="hidden"),
        sheet("9月受付", rows10, title="就学援助 申請受付簿（9月分）")])))  # fmt: skip

    # 11: 認定者名簿 from the school-affairs system — level 3 (115 children)
    prow: list[list[str]] = []
    for i in range(115):
        c, gg = ctx.family(ELEM if i % 3 else JHS)
        prow.append([f"{r.randint(1, 99999999):08d}", gg.name("　"), c.name("　"), ctx.school_of(c), grade(c.birth),
                     r.choice(["準要保護", "準要保護", "準要保護", "要保護"]), c.address()])  # fmt: skip
    cols = [("宛名番号", 30), ("保護者氏名", 90), ("児童生徒氏名", 170), ("学校", 250), ("学年", 350),
            ("区分", 380), ("住所", 430)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address"], DocSpec(title="就学援助認定者名簿"),
                    post=system_print("令和6年度 就学援助 認定者名簿", f"{ctx.town}教育委員会 学務システム", cols, prow, 40,
                                      "認定年度=R06  区分=要保護/準要保護  並び=学校・学年")))  # fmt: skip

    # 12: a filled application with 「番号確認済」 and the My Number in a text box — level 3
    child, g = ctx.family()
    docs.append(Doc(fam, "docx", 3, ["name", "address", "phone", "my_number"], DocSpec(
        title="就学援助費受給申請書",
        paragraphs=[f"{board} 教育長 様", "次のとおり申請します。"],
        tables=[[["申請者氏名", g.name(), "電話番号", g.phone], ["住所", g.address(), "", ""],
                 ["児童氏名", child.name(), "学校・学年", f"{ctx.school_of(child)} {grade(child.birth)}"],
                 ["申請理由", "所得基準", "受付", f"{wareki(TODAY, 'short')} 学務係"]]],
        textboxes=[f"番号確認済 {grouped(random_my_number(r), '-')}（{ctx.staff().split()[0]}）"])))  # fmt: skip

    # 13: Slack — a reply gives the mother's illness as the reason for a mid-year application — level 3
    child, g = ctx.family()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 3, ["name", "health"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("13:10", a, f"年度途中の就学援助、{g.name()}さん（{ctx.school_of(child)} {child.name()}さんの{parent(g)}）の件、事由は何で受けますか"),
        ("13:14", b, "前年所得は基準を少し超えています。ただ本人がうつ病で5月から休職中で、精神科に通院しているそうです"),
        ("13:15", b, "診断書の写しを添付してもらっています。今年の収入見込みで準要保護に当たると思います"),
        ("13:17", a, "了解。審査会資料にはその旨記載してください"),
    ], "学務係"))))  # fmt: skip
    return docs


def seito(ctx: Ctx) -> list[Doc]:
    """Bullying, non-attendance, child-protection concerns and school accidents (指導主事 desk)."""
    r, docs = ctx.rng, []
    fam = "seito"
    board, tel = ctx.board, ctx.office_phone(4)

    # 1: いじめ防止基本方針 (PDF)
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title=f"{ctx.town}いじめ防止基本方針（令和6年改定）",
        paragraphs=["第1 基本的な考え方　いじめは、いじめを受けた児童生徒の教育を受ける権利を著しく侵害し、心身の健全な成長に重大な影響を与える。",
                    "第2 町の取組　(1) いじめ問題対策連絡協議会の設置　(2) 教職員研修の実施　(3) 相談窓口の周知",
                    "第3 学校の取組　各学校はいじめ防止基本方針を定め、学校いじめ対策組織を置く。年3回のアンケート調査を行う。",
                    "第4 重大事態への対処　生命・心身・財産に重大な被害が生じた疑い、又は相当の期間（年間30日が目安）欠席を余儀なくされている疑いがあるとき。",
                    f"相談窓口　{board} 教育相談室　{tel}（平日9時～17時）"])))  # fmt: skip

    # 2: 問題行動・不登校 調査 figures under merged headings (xlsx)
    rows2: list[list[Cell]] = [
        ["区分", "小学校", None, None, "中学校", None, None],
        [None, "R4", "R5", "R6(1学期)", "R4", "R5", "R6(1学期)"],
    ]
    for item in (
        "いじめ認知件数",
        "うち解消",
        "暴力行為",
        "不登校児童生徒数",
        "うち90日以上欠席",
        "長期欠席（病気）",
    ):
        rows2.append([item] + [r.randint(0, 60) for _ in range(6)])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[sheet("調査結果", rows2, title="児童生徒の問題行動・不登校等 調査結果（町集計）",
                                                          first_row=3)]),
                    post=merge_xlsx({"調査結果": ["B3:D3", "E3:G3", "A3:A4"]})))  # fmt: skip

    # 3: 重大事態 調査報告書 公表版 — the child masked as Ａ児, members named in role
    chair = ctx.staff()
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="いじめ重大事態調査報告書（公表版・概要）",
        paragraphs=[f"{board} いじめ問題調査委員会　委員長 {chair}（弁護士）",
                    "1 事案の概要　令和5年度、町立中学校に在籍していたＡ児が、同学年のＢ児ほか数名から、SNS上での悪口や持ち物を隠される行為を継続的に受けた。",
                    "2 被害の状況　Ａ児は2学期以降欠席が続き、心療内科を受診した。欠席日数は年間64日。",
                    "3 学校の対応　担任は〇〇 〇〇教諭。訴えを受けた後の組織的対応が遅れ、学校いじめ対策組織に報告されたのは約1か月後だった。",
                    "4 再発防止への提言　(1) 情報共有の徹底　(2) SNSに関する指導　(3) 保護者との連携",
                    "※ 個人が特定されないよう、氏名・学校名・日付の一部を伏せています。"]),
        note="published anonymised report: Ａ児's health concerns no identifiable person"))  # fmt: skip

    # 4: 学校管理下の災害 件数 (cp932 csv)
    rows4: list[list[Cell]] = [
        ["負傷・疾病の種類", "体育(授業)", "休憩時間", "部活動", "学校行事", "登下校", "計"]
    ]
    for kind in ("骨折", "捻挫", "挫傷・打撲", "脱臼", "歯牙欠損", "熱中症", "挫創"):
        v = [r.randint(0, 30) for _ in range(5)]
        rows4.append([kind, *v, sum(v)])
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("災害件数", rows4)])))

    # 5: 学校だより — teachers in role, the school's address; one pupil named for a prize (a name only)
    s = r.choice(ctx.elem)
    prize = ctx.person(ELEM)
    docs.append(Doc(fam, "odt", 1, ["name"], DocSpec(
        title=f"{s}だより　第7号（令和6年10月）",
        paragraphs=[f"校長　{ctx.staff()}", "実りの秋を迎えました。運動会では、子どもたちが最後まで力いっぱい走り抜く姿に大きな拍手が送られました。",
                    f"◆ 生徒指導主事より（{ctx.staff()} 教諭）　登下校中の自転車のヘルメット着用をお願いします。",
                    f"◆ 保健室より（養護教諭 {ctx.staff()}）　インフルエンザの流行期に入ります。手洗い・換気へのご協力をお願いします。",
                    f"◆ 町読書感想文コンクールで{grade(prize.birth)[1:]}年の{prize.name()}さんが最優秀賞に選ばれました。",
                    "◆ 10月の行事　10/11 就学時健康診断（午後休校）　10/25 学習発表会　10/31 避難訓練",
                    f"{ctx.town}立{s}　{ctx.biz_address()}　電話 {ctx.tel()}"]),
        note="teachers in role; one pupil named for a prize with no address, birth date or phone"))  # fmt: skip

    # 6: いじめ相談 受付票 — guardian's phone and address, no health — level 2
    child, g = ctx.family(ELEM)
    docs.append(Doc(fam, "docx", 2, ["name", "phone", "address"], DocSpec(
        title="教育相談 受付票",
        tables=[[["受付日時", f"{wareki(TODAY)} 16:40", "受付者", f"指導主事 {ctx.staff()}"],
                 ["相談者", f"{g.name()}（{parent(g)}）", "連絡先", g.phone],
                 ["住所", g.address(), "児童生徒", f"{child.name()}（{ctx.school_of(child)} {grade(child.birth)}）"]]],
        paragraphs=["相談内容", "2学期に入ってから、同じクラスの児童数名に筆箱や上履きを隠されることが続いている。本人は「大丈夫」と言うが、朝に登校を渋る日がある。",
                    "担任には一度連絡したが、その後の対応が見えないため町に相談したい、とのこと。",
                    "対応", "学校（教頭）に事実確認を依頼。10日以内に保護者へ学校から連絡することで了承を得た。"])))  # fmt: skip

    # 7: Teams — a non-attending pupil named; the reply gives the home address and the mother's phone — level 2
    child, g = ctx.family(JHS)
    tan, shido = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("08:52", tan, f"{ctx.school_of(child)} {grade(child.birth)}担任です。{child.name()}さん、今週も月曜から欠席が続いています"),
        ("08:55", shido, "指導主事です。学校としての家庭訪問は最後いつでしたか"),
        ("08:57", tan, "9/27です。本人とは会えていません"),
        ("09:03", shido, f"今日の午後、SSWと一緒に訪問します。自宅は{g.address()}でよいですね"),
        ("09:05", tan, f"はい。{parent(g)}の携帯は {g.phone} です。日中は仕事なので16時以降が確実です"),
    ], "不登校支援ケース会議"))))  # fmt: skip

    # 8: 教育支援センター 通室生 名簿 (xls) — level 2
    rows8: list[list[Cell]] = [
        ["No", "氏名", "ふりがな", "在籍校", "学年", "生年月日", "保護者", "連絡先", "通室開始"]
    ]
    for i in range(1, 13):
        c, gg = ctx.family(JHS if r.random() < 0.7 else ELEM)
        rows8.append([i, c.name(), f"{c.sei_kana} {c.mei_kana}", ctx.school_of(c), grade(c.birth), wareki(c.birth, "short"),
                      gg.name(), gg.phone, ymd(dt.date(2024, r.randint(4, 9), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(fam, "xls", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[
        sheet("通室生", rows8, title="教育支援センター（ふれあい教室）通室生名簿")]),
        note="attending the support centre is not health under the policy text"))  # fmt: skip

    # 9: Outlook mail quoting a guardian's complaint, with the guardian's address and phone — level 2
    child, g = ctx.family(ELEM)
    kyoto, shido = ctx.staff(), ctx.staff()
    body = [f"{shido} 指導主事様", "", f"{ctx.school_of(child)}教頭の{kyoto.split()[0]}です。", "昨日お電話いただいた件、保護者からの申出の記録をお送りします。",
            "本日中に本人・関係児童から聞き取りを行い、明日報告いたします。"]  # fmt: skip
    quoted = ["【保護者申出記録】", f"申出者：{g.name()}（{child.name()}の{parent(g)}）", f"住所：{g.address()}", f"電話：{g.phone}",
              "内容：休み時間にサッカーに入れてもらえず、「来るな」と言われている。学校の見守りを強めてほしい。"]  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=mail(
        f"{kyoto}（{ctx.school_of(child)}）", f"{shido}（{board} 学校教育課）", "RE: 保護者からの申出について",
        dt.datetime(2024, 10, 8, 17, 6), body, quoted, f"{shido}"))))  # fmt: skip

    # 10: いじめ重大事態 記録 — the child named once, the diagnosis paragraphs later — level 3
    child = ctx.person(JHS)
    docs.append(Doc(fam, "docx", 3, ["name", "health"], DocSpec(
        title="いじめ重大事態 経過記録",
        paragraphs=[f"対象生徒　{ctx.school_of(child)} {grade(child.birth)} {child.name()}",
                    "4月　学級の一部生徒との間でトラブルがあり、担任が双方から聞き取り。謝罪の場を設けて一旦解消とした。",
                    "6月　グループSNSで本人を外した別グループが作られ、悪口が書き込まれていることを保護者が把握。学校に相談。",
                    "7月　学校いじめ対策組織で協議。関係生徒5名への指導と保護者連絡を実施。",
                    "9月　2学期開始後、本人は腹痛を訴えて欠席が増え、9月末までに欠席18日となった。",
                    "10月　保護者から、本人が心療内科を受診し「適応障害」と診断されたとの連絡があり、診断書（抑うつ状態、当面の休養を要する）の写しを受領。",
                    "同日、重大事態（不登校重大事態）として教育委員会へ報告。第三者委員会の設置を検討する。"],
        header="秘　関係者限り")))  # fmt: skip

    # 11: 学校事故報告書 as a PDF letter (digits set apart) — injury — level 3
    child, g = ctx.family(ELEM)
    ctx.urban(g)
    hurt = dt.date(2024, 9, r.randint(2, 27))
    lines = [f">{wareki(TODAY)}", f"{board} 教育長 様", f">{ctx.town}立{ctx.school_of(child)} 校長 {ctx.staff()}",
             "^学校事故報告書", "", f"1 児童氏名　{child.name()}（第{school_year(child.birth)}学年）",
             f"2 保護者　{g.name()}　住所 {g.address()}", f"3 発生日時　{wareki(hurt)} 10時45分頃",
             "4 場所　運動場（体育の授業中、跳び箱運動）", "5 状況　着地の際に右手をつき、右前腕の痛みを訴えた。",
             "6 負傷の程度　整形外科を受診し、右橈骨遠位端骨折と診断。ギプス固定、全治6週間。",
             "7 学校の対応　養護教諭が応急処置の後、教頭が医療機関へ搬送。保護者へ連絡。",
             "8 災害共済給付　申請予定"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "address", "health"],
            DocSpec(title="学校事故報告書"),
            post=letter_pdf(lines),
            note="a fracture diagnosed at a clinic counts as health",
        )
    )

    # 12: 虐待の疑い 記録 (odt) — the child named with birth date, injuries later — level 3
    child = ctx.person(ELEM)
    docs.append(Doc(fam, "odt", 3, ["name", "birth_date", "health"], DocSpec(
        title="要保護児童 対応記録（虐待の疑い）",
        paragraphs=[f"児童　{child.name()}（{wareki(child.birth)}生）　{ctx.school_of(child)} {grade(child.birth)}",
                    f"記録者　養護教諭 {ctx.staff()}",
                    "10月7日（月）朝の健康観察で、担任が本人の元気のなさに気づき保健室へ。",
                    "本人は「転んだ」と話すが、着替えの際、右上腕と背中に複数の打撲痕（青あざ、直径3cm程度）を確認した。",
                    "同日、管理職と協議し、町子ども家庭課及び児童相談所へ通告。翌日、児童相談所職員が学校で面談した。",
                    "小児科受診の結果、新旧の皮下出血が混在しており、医師所見は「繰り返しの外力による可能性」。",
                    "今後、要保護児童対策地域協議会の個別ケース検討会議で見守り体制を協議する。"]),
        note="injuries and a paediatrician's findings count as health"))  # fmt: skip

    # 13: 長期欠席者 一覧 with the reasons (illness) — far right from column AB — level 3
    rows13: list[list[Cell]] = [pad(27, ["学校", "学年", "姓", "名", "欠席日数", "主たる理由", "備考"])]
    for _ in range(16):
        c = ctx.person(ELEM if r.random() < 0.5 else JHS)
        why = r.choice(["病気（起立性調節障害）", "病気（気管支喘息）", "病気（1型糖尿病による入院）", "不登校（無気力・不安）",
                        "不登校（いじめを除く友人関係）", "病気（心身症）"])  # fmt: skip
        rows13.append(pad(27, [ctx.school_of(c), grade(c.birth), c.sei, c.mei, r.randint(30, 98), why,
                               r.choice(["通院中", "適応指導教室", "", "SSW対応"])]))  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["name", "health"], DocSpec(sheets=[sheet("長欠", rows13, first_row=6)])))
    return docs


def kyushoku(ctx: Ctx) -> list[Doc]:
    """School meals: menus, suppliers, fees and their arrears, the allergy lists (学校給食センター)."""
    r, docs = ctx.rng, []
    fam = "kyushoku"
    center = f"{ctx.town}学校給食センター"
    ctel = ctx.tel()

    # 1: the month's menu with its allergen table (about dishes, not persons)
    menu = [["日", "献立", "卵", "乳", "小麦", "えび", "かに", "落花生", "そば", "エネルギー(kcal)"]]
    dishes = ["麦ごはん・さばの味噌煮・ごま和え・豚汁", "コッペパン・ミートボール・コールスロー・ミネストローネ", "カレーライス・福神漬け・フルーツポンチ",
              "わかめごはん・ししゃもフライ・筑前煮・すまし汁", "ソフト麺・ミートソース・ツナサラダ・牛乳プリン", "ごはん・えびしゅうまい・春雨スープ・ナムル"]  # fmt: skip
    for day in range(1, 21):
        dish = dishes[day % len(dishes)]
        menu.append([f"10/{day + 6}", dish, r.choice(["●", ""]), "●", "●" if "パン" in dish or "麺" in dish else "",
                     "●" if "えび" in dish else "", "", "", "", str(r.randint(560, 680))])  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="10月の給食献立表（小学校）",
        paragraphs=["● は特定原材料（アレルゲン）を含む料理です。詳しい原材料は配合表をご覧ください。",
                    f"{center}　{ctel}"],
        tables=[menu]), note="allergen table of dishes, no persons"))  # fmt: skip

    # 2: 給食費 改定のお知らせ
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="学校給食費の改定について（お知らせ）",
        paragraphs=["保護者の皆様へ", "食材価格の高騰を受け、令和7年4月から学校給食費を次のとおり改定します。",
                    "小学校　月額 4,600円 → 4,900円　　中学校　月額 5,300円 → 5,700円",
                    "なお、令和6年度中は町の物価高騰対策交付金により、値上げ分を町が負担します。",
                    "口座振替日は毎月10日（休日の場合は翌営業日）です。残高不足にご注意ください。",
                    f"{ctx.board} 教育長　{ctx.staff()}"])))  # fmt: skip

    # 3: 納入業者 一覧 with 法人番号
    rows3: list[list[Cell]] = [["納入品目", "業者名", "法人番号", "所在地", "電話番号", "契約期間"]]
    for item, kind, name in FOOD:
        rows3.append(
            [
                item,
                f"{kind}{name}",
                random_corporate_number(r),
                ctx.biz_address(),
                ctx.tel(),
                "R6.4.1～R7.3.31",
            ]
        )
    docs.append(Doc(fam, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("納入業者", rows3, title=f"令和6年度 {center} 物資納入業者一覧")])))  # fmt: skip

    # 4: アレルギー対応 申請の手引き with a 記入例 (sample child, sample allergy)
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="食物アレルギー対応の申請について（手引き）",
        paragraphs=["給食で除去食・代替食の対応を希望する場合は、医師の「学校生活管理指導表」を添えて申請してください。",
                    "対応の種類：(1) 詳細な献立表の配布　(2) 除去食　(3) 代替食　(4) 弁当持参",
                    "【記入例】", f"児童氏名　{SAMPLE_NAMES[2]}（記入例）　学年　2年", "原因食物　鶏卵（加熱卵も不可）　　症状　じんましん",
                    "エピペン®の処方　なし", "※ 記入例の氏名・内容は架空のものです。", f"提出先　各学校または{center}（{ctel}）"]),
        note="記入例: a sample child's allergy, not a person's"))  # fmt: skip

    # 5: 収納状況の推移 — aggregate 未納額, no persons (ods)
    rows5: list[list[Cell]] = [["年度", "調定額(円)", "収納額(円)", "未納額(円)", "収納率(%)", "未納世帯数"]]
    for fy in range(2019, 2024):
        due = r.randint(180, 320) * 1_000_000
        unpaid = r.randint(800, 4200) * 1_000
        rows5.append([f"{wareki(dt.date(fy, 5, 1))[:4]}度", due, due - unpaid, unpaid, round(100 * (due - unpaid) / due, 2),
                      r.randint(12, 60)])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("収納状況", rows5, title="学校給食費 収納状況の推移（現年度分）")]),
                    note="aggregate 未納 figures, no person"))  # fmt: skip

    # 6: 口座振替依頼書 (filled) — level 2
    child, g = ctx.family()
    docs.append(Doc(fam, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="学校給食費 口座振替依頼書",
        tables=[[["保護者氏名", g.name(), "フリガナ", g.kana], ["住所", g.address(), "電話", g.phone],
                 ["児童生徒氏名", child.name(), "学校・学年", f"{ctx.school_of(child)} {grade(child.birth)}"],
                 ["金融機関", f"{r.choice(BANKS)} {ctx.town[:2]}支店", "口座番号", "（通帳の写しを添付）"]]],
        paragraphs=[f"{center} 所長 様", "学校給食費を上記口座から振り替えることを依頼します。", f"{wareki(TODAY)}"])))  # fmt: skip

    # 7: 長期欠食届 一覧 (cp932 csv) — guardians' phones, reasons that are not health — level 2
    rows7: list[list[Cell]] = [["学校", "学年", "児童生徒氏名", "保護者氏名", "電話番号", "欠食期間", "理由"]]
    for _ in range(20):
        c, gg = ctx.family(ELEM if r.random() < 0.6 else JHS)
        d0 = dt.date(2024, r.randint(10, 12), r.randint(1, 20))
        rows7.append([ctx.school_of(c), grade(c.birth), c.name(), gg.name(), gg.phone, f"{ymd(d0)}～{ymd(d0 + dt.timedelta(days=r.randint(5, 30)))}",
                      r.choice(["転出予定", "家族の帰省", "海外渡航", "修学旅行（別日程）"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("欠食届", rows7)])))

    # 8: LINE WORKS — a pupil moving; the reply gives the new address — level 2
    child, g = ctx.family()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("11:20", a, f"給食センターです。{ctx.school_of(child)}の{child.name()}さん、町内転居と聞きました。口座振替の書類の送付先を変えたいです"),
        ("11:31", b, f"学校です。新住所は{g.address()}です（保護者 {g.name()}さん）"),
        ("11:32", a, "ありがとうございます。書類はそちらへ郵送します"),
    ], "給食センター・学校事務"))))  # fmt: skip

    # 9: 給食試食会 参加者 (pptx) — guardians' phones — level 2
    tab = [["No", "保護者氏名", "お子さんの学年", "電話番号", "参加人数"]]
    for i in range(1, 11):
        c, gg = ctx.family()
        tab.append(
            [str(i), gg.name(), f"{ctx.school_of(c)} {grade(c.birth)}", gg.phone, str(r.randint(1, 2))]
        )
    docs.append(Doc(fam, "pptx", 2, ["name", "phone"], DocSpec(
        title="保護者給食試食会（11月）", paragraphs=["日時：11月14日（木）11:30～13:00", "会場：学校給食センター 2階 研修室",
                                             "当日の流れ：施設見学 → 試食 → 栄養教諭の講話", "参加者一覧は次のスライド（連絡用）"],
        tables=[tab], notes=["雨天時の連絡は参加者一覧の電話番号へ"])))  # fmt: skip

    # 10: 給食費 未納者 一覧 on a hidden sheet behind an aggregate — level 3
    agg: list[list[Cell]] = [["学校", "未納世帯数", "未納額(円)"]]
    hid: list[list[Cell]] = [
        ["保護者氏名", "住所", "児童生徒", "学校", "未納月", "未納額(円)", "督促回数", "備考"]
    ]
    for s in ctx.elem + ctx.jhs:
        n = r.randint(1, 4)
        total = 0
        for _ in range(n):
            c, gg = ctx.family(JHS if s in ctx.jhs else ELEM)
            months = r.randint(2, 9)
            amt = months * (5_300 if s in ctx.jhs else 4_600)
            total += amt
            hid.append([gg.name(), gg.address(), c.name(), s, f"{months}か月", amt, r.randint(1, 4),
                        r.choice(["分納誓約あり", "児童手当からの徴収を検討", "", "電話催告済"])])  # fmt: skip
        agg.append([s, n, total])
    docs.append(Doc(fam, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[
        sheet("学校別", agg, title="令和6年度 学校給食費 未納状況（9月末）"),
        sheet("R6未納", hid, state="hidden")])))  # fmt: skip

    # 11: 督促状 — PDF letter with the digits set apart — level 3
    child, g = ctx.family()
    ctx.urban(g)
    months = r.randint(3, 6)
    lines = [f">{reception_no(ctx, 6, r.randint(100, 999))}", f">{wareki(TODAY)}", "", f"〒{g.zip}", g.address(),
             f"{g.name()} 様", "", f">{center} 所長", "^学校給食費の納付について（督促）", "",
             f"{child.name()}さん（{ctx.school_of(child)} {grade(child.birth)[1:]}年）の学校給食費が、下記のとおり未納となっています。",
             f"未納月　令和6年4月分から{3 + months}月分まで（{months}か月）", f"未納額　{yen(months * 4_600)}円",
             f"納期限　{wareki(TODAY + dt.timedelta(days=14))}", "同封の納付書により、最寄りの金融機関で納付してください。",
             "納付が困難な場合は、分割納付のご相談を承ります。", f"{center}　{ctel}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="督促状"), post=letter_pdf(lines))
    )

    # 12: 食物アレルギー 対応児童 一覧 under merged headings — level 3
    rows12: list[list[Cell]] = [["学校", "学年・組", "児童生徒氏名", "原因食物", None, "対応", "エピペン", "緊急連絡先"],
                                [None, None, None, "食品", "症状", None, None, None]]  # fmt: skip
    for _ in range(22):
        c, gg = ctx.family(ELEM if r.random() < 0.7 else JHS)
        rows12.append([ctx.school_of(c), f"{grade(c.birth)}-{r.randint(1, 3)}", c.name(),
                       r.choice(["鶏卵", "乳", "小麦", "落花生", "えび・かに", "キウイ", "そば", "くるみ"]),
                       r.choice(["じんましん", "アナフィラキシー既往", "口腔内のかゆみ", "嘔吐"]),
                       r.choice(["除去食", "代替食", "弁当持参", "詳細献立"]), r.choice(["所持", "なし", "なし"]),
                       gg.phone])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["name", "health", "phone"], DocSpec(sheets=[
        sheet("対応一覧", rows12, title="令和6年度 食物アレルギー対応 児童生徒一覧（給食センター・学校保管）", first_row=3)]),
        post=merge_xlsx({"対応一覧": ["D3:E3", "A3:A4", "B3:B4", "C3:C4", "F3:F4", "G3:G4", "H3:H4"]})))  # fmt: skip

    # 13: Slack — one message names a guardian, the reply gives the arrears — level 3
    child, g = ctx.family()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("15:02", a, f"{ctx.school_of(child)}から、{g.name()}さんが修学旅行の積立と給食費の話で来庁したいと連絡がありました"),
        ("15:06", b, "給食費は4月分から入っていません。6か月で27,600円の未納、督促状は2回送付済みです"),
        ("15:07", b, "分納の相談なら、誓約書の様式を用意しておきます"),
        ("15:09", a, "了解です。来庁日時が決まったら共有します"),
    ], "給食費収納"))))  # fmt: skip
    return docs


def shogaku(ctx: Ctx) -> list[Doc]:
    """The town's scholarship loans and their repayment (奨学金)."""
    r, docs = ctx.rng, []
    fam = "shogaku"
    board, tel = ctx.board, ctx.office_phone(6)
    fund = f"{ctx.town}育英奨学金"

    # 1: 募集要項 (PDF)
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title=f"令和7年度 {fund} 奨学生募集要項",
        paragraphs=["1 対象　保護者が町内に住所を有し、高等学校・大学等に在学又は進学予定の方で、経済的理由により修学が困難な方",
                    "2 貸与月額　高校 月額15,000円以内、大学・専修学校 月額40,000円以内（無利子）",
                    "3 返還　卒業の翌年10月から、貸与期間の2倍以内の期間で月賦・半年賦により返還",
                    "4 提出書類　奨学金貸与申請書、在学（合格）証明書、世帯全員の所得証明書、連帯保証人の所得証明書",
                    "5 受付期間　令和7年1月6日（月）から2月14日（金）まで",
                    f"問い合わせ　{board} 教育総務課　{tel}"])))  # fmt: skip

    # 2: 貸与・返還 状況 (xlsx) — aggregate 滞納 only
    rows2: list[list[Cell]] = [
        [
            "年度",
            "新規採用",
            "貸与人数",
            "貸与額(千円)",
            "返還者数",
            "返還額(千円)",
            "滞納者数",
            "滞納額(千円)",
        ]
    ]
    for fy in range(2019, 2024):
        rows2.append([f"{fy}年度", r.randint(5, 20), r.randint(30, 80), r.randint(12_000, 30_000), r.randint(60, 140),
                      r.randint(8_000, 20_000), r.randint(4, 15), r.randint(1_200, 6_000)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("状況", rows2, title=f"{fund} 貸与・返還状況")]),
            note="aggregate 滞納 figures, no person",
        )
    )

    # 3: 奨学生選考委員会 委員名簿 (members in role)
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title=f"{fund} 奨学生選考委員会 委員名簿",
        tables=[[["役職", "氏名", "所属・職"], ["委員長", ctx.staff(), f"{ctx.town}教育長"], ["副委員長", ctx.staff(), f"{ctx.jhs[0]} 校長"],
                 ["委員", ctx.staff(), "町PTA連合会 会長"], ["委員", ctx.staff(), "民生委員児童委員協議会 会長"],
                 ["委員", ctx.staff(), "県立高等学校 進路指導主事"]]],
        paragraphs=["任期：令和6年4月1日から令和8年3月31日まで", f"事務局：{board} 教育総務課"])))  # fmt: skip

    # 4: 口座振替 受付状況 — 12-digit 受付番号 failing the check digit, no names (csv)
    rows4: list[list[Cell]] = [["受付番号", "受付日", "金融機関", "振替開始月", "状態"]]
    for _ in range(24):
        d = dt.date(2024, r.randint(4, 9), r.randint(1, 28))
        rows4.append(
            [
                look_alike(r, "2"),
                ymd(d),
                r.choice(BANKS),
                f"{d.month % 12 + 1}月",
                r.choice(["登録済", "登録済", "不備返却", "確認中"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("口座振替受付", rows4)]),
            note="12-digit 受付番号 failing the check digit; no names",
        )
    )

    # 5: 給付型奨学金 説明会 slides
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="給付型奨学金の創設について（町議会 文教厚生常任委員会 説明資料）",
        paragraphs=["目的：進学をあきらめない町へ", "対象：町内の高校を卒業し、大学等に進学する住民税非課税世帯等の生徒",
                    "給付額：年額 30万円（返還不要）", "財源：ふるさと応援寄附金（教育分野）", "開始：令和7年度入学者から",
                    f"担当：{board} 教育総務課長 {ctx.staff()}"],
        tables=[[["区分", "R7見込", "R8見込"], ["対象人数", "12人", "24人"], ["所要額", "3,600千円", "7,200千円"]]])))  # fmt: skip

    # 6: 貸与申請書 (filled) with the guarantor — level 2
    st = ctx.person(STUDENTS)
    gua = ctx.person(PARENTS)
    docs.append(Doc(fam, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title=f"{fund} 貸与申請書",
        paragraphs=[f"{board} 教育長 様", "奨学金の貸与を受けたいので、関係書類を添えて申請します。"],
        tables=[[["申請者氏名", st.name(), "生年月日", wareki(st.birth)], ["住所", st.address(), "電話", st.phone],
                 ["在学校", r.choice(["県立大学 看護学部", "国立大学 工学部", "専門学校 調理師科", "県立高等学校"]), "学年", "1年"],
                 ["連帯保証人", gua.name(), "続柄", "叔父" if gua.sex == "男" else "叔母"],
                 ["保証人住所", gua.address(), "保証人電話", gua.phone]]])))  # fmt: skip

    # 7: 返還猶予願 — the borrower's own letter to the board, signed (odt) — level 2
    st = ctx.person(STUDENTS)
    docs.append(Doc(fam, "odt", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        f"{board} 御中", "", "奨学金返還猶予願", "",
        "平素より大変お世話になっております。",
        f"私は{fund}の貸与を受け、本年3月に大学を卒業いたしましたが、4月から大学院修士課程に進学いたしました。",
        "つきましては、在学期間中（令和8年3月まで）の返還を猶予していただきたく、在学証明書を添えてお願い申し上げます。", "",
        wareki(TODAY), f"住所　{st.address()}", f"氏名　{st.name()}", f"電話　{st.phone}", f"奨学生番号　S{r.randint(2018, 2021)}-{r.randint(1, 80):03d}"])))  # fmt: skip

    # 8: 採用決定通知 — PDF letter, digits set apart — level 2
    st = ctx.person(STUDENTS)
    ctx.urban(st)
    lines = [f">{reception_no(ctx, 6, r.randint(100, 999))}", f">{wareki(TODAY)}", "", f"〒{st.zip}", st.address(),
             f"{st.name()} 様", "", f">{board}", "^奨学生採用決定通知書", "",
             f"{wareki(dt.date(2024, 2, 9))}付けで申請のあった{fund}について、選考の結果、次のとおり採用することに決定しました。",
             "貸与月額　40,000円", "貸与期間　令和6年4月から令和10年3月まで", "送金方法　毎月20日に指定口座へ振込",
             "同封の借用証書に連帯保証人の署名・押印をいただき、4月30日までに提出してください。", f"教育総務課　{tel}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="採用決定通知書"), post=letter_pdf(lines))
    )

    # 9: 奨学生 名簿 (ods) — level 2
    rows9: list[list[Cell]] = [["奨学生番号", "氏名", "ふりがな", "在学校", "住所", "電話", "貸与月額"]]
    for i in range(1, 19):
        p = ctx.person(STUDENTS)
        rows9.append([f"S2024-{i:03d}", p.name(), f"{p.sei_kana} {p.mei_kana}", r.choice(["県立大学", "国立大学", "私立大学", "専門学校", "県立高校"]),
                      p.address(), p.phone, r.choice([15_000, 30_000, 40_000])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("R6奨学生", rows9, title="令和6年度 奨学生名簿")]),
        )
    )

    # 10: 返還滞納者 一覧 — far right (column Z), 姓/名 apart, readings, guarantor — level 3
    head: list[Cell] = [
        "No",
        "姓",
        "名",
        "セイ",
        "メイ",
        "住所",
        "電話",
        "滞納月数",
        "滞納額",
        "連帯保証人",
        "最終接触",
    ]
    rows10 = [pad(25, head)]
    for i in range(1, 15):
        p = ctx.person((dt.date(1990, 4, 2), dt.date(2001, 4, 1)))
        m = r.randint(6, 40)
        rows10.append(pad(25, [i, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.address(), p.phone, m, m * 20_000,
                               ctx.person().name(), ymd(dt.date(2024, r.randint(1, 9), r.randint(1, 28)))]))  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[
        sheet("滞納者", rows10, title="奨学金 返還滞納者一覧（令和6年9月末）", first_row=5)])))  # fmt: skip

    # 11: 催告書 to a named borrower (docx) — level 3
    p = ctx.person((dt.date(1992, 4, 2), dt.date(2000, 4, 1)))
    due = r.randint(8, 30) * 20_000
    docs.append(Doc(fam, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="奨学金返還金の納入について（催告）",
        paragraphs=[f"{p.address()}", f"{p.name()} 様", f">{wareki(TODAY)}", f"{board}",
                    f"あなたの{fund}返還金について、再三の督促にもかかわらず、下記のとおり滞納となっています。",
                    f"滞納額　{yen(due)}円（令和3年10月分から）", f"納入期限　{wareki(TODAY + dt.timedelta(days=21))}",
                    "期限までに納入のない場合は、連帯保証人に請求するとともに、法的措置を検討します。",
                    "返還が困難な事情がある場合は、期限までに教育総務課へご相談ください。"])))  # fmt: skip

    # 12: 返還免除 申請 — the borrower's disability (PDF letter, digits set apart) — level 3
    p = ctx.person((dt.date(1990, 4, 2), dt.date(2000, 4, 1)))
    ctx.urban(p)
    lines = [f">{wareki(TODAY)}", f"{board} 教育長 様", "", "^奨学金返還免除申請書", "",
             f"住所　{p.address()}", f"氏名　{p.name()}", f"電話　{p.phone}", "",
             "私は、令和4年に統合失調症を発症し、現在も入退院を繰り返しております。",
             "精神障害者保健福祉手帳（2級）の交付を受け、就労が困難な状況が続いているため、",
             "奨学金の返還の免除を申請いたします。", "添付書類　医師の診断書、障害者手帳の写し"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(title="返還免除申請書"),
            post=letter_pdf(lines),
        )
    )

    # 13: 所得連動返還 申請 受付 — 「○○さんの番号」 and the My Number in the Word footer — level 3
    p = ctx.person((dt.date(1996, 4, 2), dt.date(2003, 4, 1)))
    docs.append(Doc(fam, "docx", 3, ["name", "address", "my_number"], DocSpec(
        title="返還方法変更（所得連動）申請 受付票",
        paragraphs=[f"受付日　{wareki(TODAY)}　受付者 {ctx.staff()}", f"申請者　{p.name()}", f"住所　{p.address()}",
                    "変更内容　定額返還 → 所得連動返還（令和7年1月分から）", "所得の確認は税務課への照会により行う（本人同意書あり）。"],
        footer=f"{p.sei}さんの番号 {grouped(random_my_number(r), '-')}")))  # fmt: skip
    return docs


def hoiku(ctx: Ctx) -> list[Doc]:
    """Nursery admission, selection points, fees and the lists (子育て支援課 保育係)."""
    r, docs = ctx.rng, []
    fam = "hoiku"
    desk = f"{ctx.town} 子育て支援課 保育係"
    tel = ctx.office_phone(8)
    names = [n for _, n in NURSERIES]

    # 1: 空き状況 under merged headings
    rows1: list[list[Cell]] = [["施設名", "0歳児", "1歳児", "2歳児", "3歳児", "4歳児", "5歳児", "備考"]]
    for n in names:
        row1: list[Cell] = [n]
        row1 += [r.choice(["0", "0", "1", "2", "3", "×", "△"]) for _ in range(6)]
        rows1.append([*row1, r.choice(["", "", "定員変更あり", "休園日 土曜"])])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[sheet("11月入所", rows1, title="保育施設の空き状況（令和6年11月入所分・10月8日現在）")],
                                               footer="×：空きなし　△：調整中")))  # fmt: skip

    # 2: 選考基準 (points) — PDF
    pts = [["保護者の状況", "内容", "基準点"], ["就労", "月160時間以上", "10"], ["就労", "月120時間以上160時間未満", "8"],
           ["就労", "月64時間以上120時間未満", "6"], ["出産", "出産前後", "8"], ["疾病・障害", "入院・常時臥床", "10"],
           ["介護", "同居親族の常時介護", "8"], ["求職", "求職活動中", "3"]]  # fmt: skip
    adj = [
        ["調整項目", "点数"],
        ["ひとり親世帯", "+5"],
        ["兄弟姉妹が在園", "+2"],
        ["育児休業からの復帰", "+2"],
        ["保育料の滞納あり", "-3"],
    ]
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和7年度 保育所等利用調整基準（選考点数表）",
        paragraphs=["父母それぞれの基準点を合計し、調整点を加減した点数の高い順に利用を調整します。同点の場合は所得の低い世帯を優先します。"],
        tables=[pts, adj]), note="a points scale naming 疾病・障害 and 滞納 as criteria, about no person"))  # fmt: skip

    # 3: 施設一覧 with 法人番号, heads in role, 認可年月日 (ods)
    rows3: list[list[Cell]] = [
        ["施設名", "設置者", "法人番号", "所在地", "電話番号", "園長", "定員", "認可年月日"]
    ]
    for owner, n in NURSERIES:
        corp = "" if owner == "町立" else random_corporate_number(r)
        rows3.append([n, owner if owner != "町立" else f"{ctx.town}", corp, ctx.biz_address(), ctx.tel(), ctx.staff(),
                      r.choice([60, 90, 120, 150]), wareki(dt.date(r.randint(1968, 2019), r.randint(1, 12), 1))])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("施設一覧", rows3, title=f"{ctx.town}内 保育施設一覧")]),
                    note="nurseries named like children (ひまり, あおい, はると) are facilities; 認可年月日 are not birth dates"))  # fmt: skip

    # 4: 保育料 表 by tax bracket (xls)
    rows4: list[list[Cell]] = [["階層", "市町村民税所得割額", "3歳未満児（標準時間）", "3歳未満児（短時間）"]]
    for i, (lo, hi) in enumerate(
        [(0, 0), (1, 48_599), (48_600, 96_999), (97_000, 168_999), (169_000, 300_999), (301_000, None)],
        start=1,
    ):
        rows4.append(
            [
                f"第{i}階層",
                f"{yen(lo)}円～{yen(hi) + '円' if hi else ''}",
                i * 6_500 - 6_500,
                max(0, i * 6_400 - 6_400),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("保育料", rows4, title="令和6年度 保育料（利用者負担額）表")]),
        )
    )

    # 5: 入所申込書 記入例 with a sample 番号 failing the check digit (docx)
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="保育所等利用申込書（記入例）",
        tables=[[["児童氏名", "保育 ひなた（記入例）", "生年月日", "令和5年6月1日"], ["番号", grouped(look_alike(r)), "希望施設", "○○保育園"],
                 ["保護者氏名", SAMPLE_NAMES[3], "勤務先", "株式会社○○ 月160時間"], ["住所", f"{ctx.town}○○町1-2-3", "電話", "000-000-0000"]]],
        paragraphs=["※ この記入例の氏名・番号・住所は架空のものです。実際の申込では個人番号カード等で本人確認を行います。"]),
        note="記入例: sample child and guardian; the sample 番号 fails the check digit"))  # fmt: skip

    # 6: 選考結果 by 受付番号 (12 digits failing the check) — published, cp932
    rows6: list[list[Cell]] = [["受付番号", "希望施設（第1）", "クラス", "結果"]]
    for _ in range(30):
        rows6.append(
            [
                look_alike(r, "7"),
                r.choice(names),
                f"{r.randint(0, 5)}歳児",
                r.choice(["内定", "内定", "保留", "保留", "内定（第2希望）"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("結果", rows6)]),
            note="published result by 12-digit 受付番号 failing the check digit; no names",
        )
    )

    # 7: 入所申込書 (filled) — level 2
    child = ctx.person(NURSERY_AGE)
    f = ctx.guardian(child, "男")
    m = ctx.guardian(child, "女")
    docs.append(Doc(fam, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="保育所等利用申込書",
        tables=[[["児童氏名", child.name(), "フリガナ", child.kana], ["生年月日", wareki(child.birth), "性別", child.sex],
                 ["住所", child.address(), "電話", m.phone], ["父 氏名", f.name(), "勤務先", f"{ctx.company()} 月170時間"],
                 ["母 氏名", m.name(), "勤務先", "育児休業中（R7.3.31まで）"],
                 ["希望施設", f"第1 {r.choice(names)}　第2 {r.choice(names)}", "希望開始月", "令和7年4月"]]],
        paragraphs=[f"{ctx.town}長 様", "上記のとおり保育所等の利用を申し込みます。"])))  # fmt: skip

    # 8: 選考 点数 一覧 with the workings on a hidden sheet — level 2
    rows8: list[list[Cell]] = [
        ["児童番号", "姓", "名", "生年月日", "クラス", "父", "母", "調整", "合計", "第1希望"]
    ]
    calc: list[list[Cell]] = [["児童番号", "父の事由", "母の事由", "調整事由"]]
    for i in range(1, 26):
        c = ctx.person((dt.date(2020, 4, 2), dt.date(2024, 5, 31)))
        fa, mo, aj = r.choice([10, 8, 6]), r.choice([10, 8, 6, 3]), r.choice([0, 0, 2, 5])
        no = f"R7-{i:04d}"
        rows8.append(
            [no, c.sei, c.mei, c.birth, age_class(c.birth, 2025), fa, mo, aj, fa + mo + aj, r.choice(names)]
        )
        calc.append(
            [
                no,
                "就労160h",
                r.choice(["就労120h", "求職", "就労160h"]),
                r.choice(["", "兄弟在園", "育休復帰"]),
            ]
        )
    docs.append(Doc(fam, "xlsx", 2, ["name", "birth_date"], DocSpec(sheets=[
        sheet("利用調整", rows8, title="令和7年4月 一次利用調整 点数一覧"), sheet("計算", calc, state="hidden")])))  # fmt: skip

    # 9: 延長保育 利用者 一覧 (cp932) — level 2
    rows9: list[list[Cell]] = [
        ["施設", "クラス", "児童氏名", "保護者氏名", "緊急連絡先", "利用時間", "お迎え予定者"]
    ]
    for _ in range(22):
        c, gg = ctx.family(NURSERY_AGE)
        rows9.append([r.choice(names), age_class(c.birth), c.name(), gg.name(), gg.phone, r.choice(["18:00～18:30", "18:00～19:00"]),
                      r.choice(["母", "父", "祖母", "祖父"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("延長保育", rows9)])))

    # 10: 内定通知 — PDF letter, digits set apart — level 2
    child, g = ctx.family(NURSERY_AGE)
    ctx.urban(g)
    lines = [f">{reception_no(ctx, 6, r.randint(100, 999))}", f">{wareki(TODAY)}", "", f"〒{g.zip}", g.address(),
             f"{g.name()} 様", "", f">{ctx.town}長", "^保育所等利用内定通知書", "", "申込みのあった保育所等の利用について、次のとおり内定しました。",
             f"児童氏名　{child.name()}", f"生年月日　{wareki(child.birth)}", f"利用施設　{r.choice(names)}",
             f"利用開始日　{wareki(dt.date(2024, 11, 1))}", "保育の必要量　標準時間", "内定後、10月18日までに施設での面接を受けてください。",
             f"{desk}　{tel}"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="内定通知書"),
            post=letter_pdf(lines),
        )
    )

    # 11: 入所申込 with 番号 in the Word header (the child's) — level 3
    child, g = ctx.family(NURSERY_AGE)
    docs.append(Doc(fam, "docx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(
        title="保育所等利用申込書（受付控）",
        tables=[[["児童氏名", child.name(), "生年月日", wareki(child.birth)], ["保護者氏名", g.name(), "住所", g.address()],
                 ["希望施設", r.choice(names), "受付", f"{wareki(TODAY, 'short')}"]]],
        paragraphs=["本人確認：運転免許証", "備考：第1希望に空きがない場合は第3希望まで可"],
        header=f"番号 {grouped(random_my_number(r))}")))  # fmt: skip

    # 12: Outlook mail about a named guardian's 保育料 arrears, with the quoted reply — level 3
    child, g = ctx.family(NURSERY_AGE)
    head_, clerk = ctx.staff(), ctx.staff()
    n = r.choice(names)
    body = [f"{n} 園長 {head_.split()[0]} 様", "", "保育係の" + clerk.split()[0] + "です。ご照会の件、回答します。",
            f"{g.name()}様の保育料は、令和6年6月分から9月分まで4か月分（計 {yen(4 * 19_500)}円）が滞納となっています。",
            "8月に催告書を送付していますが、納付も連絡もありません。", "児童手当からの特別徴収の手続を進めますので、園で保護者と話す際はご配慮ください。"]  # fmt: skip
    quoted = [f"お疲れさまです。{n}の{head_}です。", f"{child.name()}ちゃん（{age_class(child.birth)}）の保護者から、保育料の件で役場から手紙が来たと相談がありました。",
              "園として状況を把握しておきたいので、差し支えない範囲で教えてください。"]  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=mail(
        f"{clerk}（{desk}）", f"{head_}（{n}）", "RE: 保育料について（照会）", dt.datetime(2024, 10, 8, 10, 41), body, quoted, head_))))  # fmt: skip

    # 13: 在園児 名簿 printed from the nursery system — level 3 (140 children)
    prow: list[list[str]] = []
    for _ in range(140):
        c, gg = ctx.family(NURSERY_AGE)
        prow.append([f"{r.randint(1, 999999):06d}", c.name("　"), c.hkana, wareki(c.birth, "short"), age_class(c.birth),
                     r.choice(names), gg.name("　"), c.address()])  # fmt: skip
    cols = [("児童番号", 30), ("児童氏名", 80), ("ｶﾅ", 160), ("生年月日", 250), ("ｸﾗｽ", 305), ("施設", 345),
            ("保護者", 470), ("住所", 550)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="在園児名簿"),
                    post=system_print("保育所等 在園児名簿（令和6年10月1日現在）", f"{ctx.town} 子ども・子育て支援システム", cols, prow, 36,
                                      "条件：在園区分=在園  施設=全施設  出力順=施設・クラス")))  # fmt: skip

    # 14: 障害児保育 加配 児童 一覧 with the diagnoses — level 3
    rows14: list[list[Cell]] = [
        ["施設", "児童氏名", "生年月日", "クラス", "診断名・所見", "手帳", "加配職員", "療育機関"]
    ]
    for _ in range(9):
        c = ctx.person(NURSERY_AGE)
        rows14.append([r.choice(names), c.name(), c.birth, age_class(c.birth),
                       r.choice(["自閉スペクトラム症", "言語発達遅滞", "ダウン症候群", "脳性まひ（軽度）", "ADHD疑い（経過観察）"]),
                       r.choice(["療育手帳B", "なし", "身体障害者手帳3級", "なし"]), ctx.staff(), "町こども発達支援センター"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                sheets=[sheet("加配", rows14, title="令和6年度 障害児保育（加配）対象児童一覧", first_row=4)]
            ),
        )
    )
    return docs


def gakudo(ctx: Ctx) -> list[Doc]:
    """The after-school clubs (放課後児童クラブ)."""
    r, docs = ctx.rng, []
    fam = "gakudo"
    desk = f"{ctx.town} 子育て支援課 子ども育成係"
    tel = ctx.office_phone(9)
    clubs = [f"{s.removesuffix('小学校')}児童クラブ" for s in ctx.elem] + [
        "第2" + ctx.elem[0].removesuffix("小学校") + "児童クラブ"
    ]

    # 1: 利用案内 (PDF)
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和7年度 放課後児童クラブ 利用案内",
        paragraphs=["対象：保護者が就労等により昼間家庭にいない小学生", "開所時間：平日 放課後～18:30、土曜・長期休業日 7:30～18:30",
                    "利用料：月額 5,000円（8月は 8,000円）、おやつ代 月額 2,000円", "申込期間：令和6年11月1日～11月29日",
                    "利用料の減免：生活保護世帯・就学援助認定世帯は全額免除、きょうだい利用は2人目半額", f"問い合わせ　{desk}　{tel}"])))  # fmt: skip

    # 2: クラブ一覧 with the operators' 法人番号, lead staff in role (csv utf-8)
    rows2: list[list[Cell]] = [
        ["クラブ名", "所在地", "電話番号", "運営者", "法人番号", "主任支援員", "定員", "開設年月日"]
    ]
    for club in clubs:
        npo = r.choice(NPOS)
        rows2.append([club, ctx.biz_address(), ctx.tel(), npo, random_corporate_number(r), ctx.staff(), r.choice([40, 45, 60]),
                      ymd(dt.date(r.randint(1998, 2020), 4, 1))])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("クラブ一覧", rows2)])))

    # 3: Teams among staff — counts and shifts only, no children — level 1
    a, b, c3 = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("teams", TODAY, [
        ("08:31", a, "おはようございます。10月の利用児童数、各クラブ集計お願いします"),
        ("08:45", b, f"{clubs[0]}は登録58名、平均出席41名です"),
        ("08:47", c3, f"{clubs[1]}は登録44名、平均出席35名。支援員1名が11月から産休に入るので補充が必要です"),
        ("08:50", a, "了解です。補充は会計年度任用職員の名簿から当たります。秋休みの開所時間は7:30からで変わりありません"),
    ], "児童クラブ連絡")), note="a staff chat with counts and staff names only"))  # fmt: skip

    # 4: 研修 slides with an anonymised case (Ａくん)
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="放課後児童支援員 研修「配慮が必要な子どもへの関わり」",
        paragraphs=["事例：Ａくん（小2・男子）", "・おやつの時間に順番が待てず、友だちとのトラブルが多い", "・医療機関でADHDの診断を受けている（事例は一部改変）",
                    "支援のポイント：見通しを示す、短い言葉で、できたらすぐ褒める", f"講師：{ctx.town}こども発達支援センター 臨床心理士 {ctx.staff()}"],
        notes=["事例は複数のケースを組み合わせた架空のもの"]), note="anonymised case (Ａくん) on training slides"))  # fmt: skip

    # 5: 申込書 記入例 (odt)
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="放課後児童クラブ利用申込書【記入例】",
        paragraphs=[f"児童氏名　{SAMPLE_NAMES[4]}（記入例）　学年　1年　生年月日　平成30年7月7日",
                    f"保護者氏名　{SAMPLE_NAMES[1]}　住所　{ctx.town}○○2丁目3番4号　電話　090-0000-0000",
                    "就労先　○○株式会社　就労時間　9:00～17:30（月～金）", "※ 氏名・住所等は架空の記入例です。"]),
        note="記入例 with sample names and a sample birth date"))  # fmt: skip

    # 6: 利用申込書 as a form sheet with merged cells — level 2
    child, g = ctx.family(NEW_PUPILS)
    g.phone = ctx.phone(1.0)
    form: list[list[Cell]] = [["放課後児童クラブ利用申込書", None, None, None], [None, None, None, None],
                              ["児童氏名", child.name(), "ふりがな", f"{child.sei_kana} {child.mei_kana}"],
                              ["生年月日", child.birth, "入学予定校", r.choice(ctx.elem)],
                              ["保護者氏名", g.name(), "続柄", parent(g)],
                              ["住所", g.address(), None, None], ["電話（携帯）", g.phone, None, None],
                              ["勤務先", ctx.company(), "勤務時間", "8:30～17:30"], ["希望クラブ", r.choice(clubs), "利用開始", "令和7年4月1日"]]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["name", "address", "phone", "birth_date"], DocSpec(sheets=[sheet("申込書", form)]),
                    post=merge_xlsx({"申込書": ["A1:D1", "B6:D6", "B7:D7"]})))  # fmt: skip

    # 7: 緊急連絡先 名簿 — 姓/名 and readings apart, child and guardian in one row — level 2
    rows7: list[list[Cell]] = [["学年", "姓", "名", "せい", "めい", "保護者", "続柄", "携帯電話", "お迎え"]]
    for _ in range(30):
        c, gg = ctx.family(ELEM)
        gg.phone = ctx.phone(1.0)
        rows7.append([grade(c.birth), c.sei, c.mei, c.sei_kana, c.mei_kana, gg.name(), parent(gg), gg.phone,
                      r.choice(["保護者", "祖父母", "自力帰宅"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet(clubs[0][:10], rows7, title=f"{clubs[0]} 緊急連絡先一覧", first_row=3)]),
        )
    )

    # 8: Slack-style (cp932) — a pickup question; the reply gives the grandmother's phone — level 2
    child, g = ctx.family(ELEM)
    gm = ctx.person((dt.date(1950, 1, 1), dt.date(1965, 12, 31)), (child.sei, child.sei_kana), "女")
    gm.phone = ctx.tel()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("17:48", a, f"{clubs[0]}です。{child.name()}さん（{grade(child.birth)}）、お迎え予定の{parent(g)}と連絡がつきません"),
        ("17:52", b, f"登録の第2連絡先は祖母の{gm.name()}さん、{gm.phone} です"),
        ("17:58", a, "祖母と連絡がつきました。18:20に来られます"),
    ], "児童クラブ_緊急"))))  # fmt: skip

    # 9: 退所届 — a guardian's letter to the mayor, signed (docx) — level 2
    child, g = ctx.family(ELEM)
    docs.append(Doc(fam, "docx", 2, ["name", "address"], DocSpec(paragraphs=[
        f"{ctx.town}長 様", "", "放課後児童クラブ退所届", "",
        f"{r.choice(clubs)}を利用している{child.name()}（{grade(child.birth)}）について、11月末をもって退所いたします。",
        "理由：祖母と同居することになり、放課後の見守りができるようになったため。",
        "これまで大変お世話になりました。支援員の皆様によろしくお伝えください。", "",
        wareki(TODAY), f"住所　{g.address()}", f"保護者氏名　{g.name()}"])))  # fmt: skip

    # 10: 利用料 未納 一覧 (xls) — level 3
    rows10: list[list[Cell]] = [["クラブ", "児童氏名", "保護者氏名", "電話", "未納月", "未納額", "対応状況"]]
    for _ in range(11):
        c, gg = ctx.family(ELEM)
        m = r.randint(2, 7)
        rows10.append(
            [
                r.choice(clubs),
                c.name(),
                gg.name(),
                gg.phone,
                f"{m}か月",
                m * 7_000,
                r.choice(["督促済", "分納中", "電話不通", "退所済・未納"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["name", "phone", "arrears"],
            DocSpec(sheets=[sheet("未納", rows10, title="児童クラブ利用料 未納一覧（R6.9末）")]),
        )
    )

    # 11: 配慮事項 引継ぎ — the seizure plan in a text box — level 3
    child = ctx.person(ELEM)
    docs.append(Doc(fam, "docx", 3, ["name", "health"], DocSpec(
        title="支援員間 引継ぎシート", paragraphs=[f"児童：{child.name()}（{grade(child.birth)}）　{clubs[0]}",
                                            "好きな遊び：ブロック、将棋。宿題は声かけで取り組める。", "苦手なこと：大きな音、急な予定変更。"],
        textboxes=["【発作時の対応】てんかん（欠神発作・強直間代発作の既往）。抗てんかん薬（朝夕）服用中。5分以上続く場合は救急要請し、保護者へ連絡。"])))  # fmt: skip

    # 12: 利用者台帳 printed from the system — level 3 (108 children)
    prow: list[list[str]] = []
    for _ in range(108):
        c, gg = ctx.family(ELEM)
        prow.append(
            [
                f"{r.randint(1, 99999):05d}",
                c.name("　"),
                c.hkana,
                grade(c.birth),
                r.choice(clubs),
                gg.name("　"),
                gg.phone,
                c.address(),
            ]
        )
    cols = [
        ("登録No", 30),
        ("児童氏名", 75),
        ("ｶﾅ", 150),
        ("学年", 235),
        ("クラブ", 265),
        ("保護者", 375),
        ("電話", 450),
        ("住所", 540),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "phone", "address"], DocSpec(title="利用者台帳"),
                    post=system_print("放課後児童クラブ 利用者台帳", f"{ctx.town} 子ども・子育て支援システム", cols, prow, 40, "年度=R06  状態=利用中")))  # fmt: skip

    # 13: Teams — the reply gives a child's food allergy and EpiPen — level 3
    child = ctx.person(ELEM)
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 3, ["name", "health"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("14:05", a, f"明日のおやつ作り（ホットケーキ）、{child.name()}さんは参加できますか"),
        ("14:09", b, "卵と乳の除去が必要です。落花生はアナフィラキシーの既往があり、エピペンをランドセルに入れています"),
        ("14:10", b, "保護者からの学校生活管理指導表のコピーは事務室のファイルにあります"),
        ("14:12", a, "了解です。代替のおやつを用意します"),
    ], "児童クラブ支援員"))))  # fmt: skip
    return docs


def shakai(ctx: Ctx) -> list[Doc]:
    """Adult education: 二十歳のつどい, the library, public minutes (生涯学習課)."""
    r, docs = ctx.rng, []
    fam = "shakai"
    desk = f"{ctx.board} 生涯学習課"
    tel = ctx.office_phone(11)
    lib = f"{ctx.town}立図書館"
    ltel = ctx.tel()

    # 1: 教育委員会 会議録 (public) — members in role
    kyoiku = ctx.staff()
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title=f"令和6年第9回 {ctx.board}定例会 会議録",
        paragraphs=["日時　令和6年9月26日（木）午後1時30分～3時10分　場所　役場3階 第1会議室",
                    f"出席者　教育長 {kyoiku}、教育長職務代理者 {ctx.staff()}、委員 {ctx.staff()}、委員 {ctx.staff()}、委員 {ctx.staff()}",
                    f"事務局　教育次長 {ctx.staff()}、学校教育課長 {ctx.staff()}、生涯学習課長 {ctx.staff()}",
                    "議案第21号 令和7年二十歳のつどい実施要項について　原案のとおり可決",
                    "議案第22号 図書館条例施行規則の一部改正について（開館時間の延長）　原案のとおり可決",
                    "報告第8号 就学援助の認定状況について（9月末現在 認定者 214人）", "報告第9号 いじめ・不登校の状況について（非公開の取扱いとせず、件数のみ報告）",
                    f"教育長 {kyoiku}：以上で本日の定例会を閉会します。"])))  # fmt: skip

    # 2: 二十歳のつどい press release (cp932 text)
    docs.append(Doc(fam, "txt-cp932", 1, [], DocSpec(paragraphs=[
        "報道機関各位", f"{ctx.board}", "", "令和7年「二十歳のつどい」の開催について", "",
        "日時：令和7年1月12日（日）午後1時30分（受付 午後0時45分）", f"会場：{ctx.town}総合体育館 アリーナ",
        "対象：平成16年4月2日から平成17年4月1日までに生まれた方（町内の中学校卒業者を含む）", "対象者数：約 280人",
        "内容：式典、恩師からのビデオメッセージ、実行委員会企画", "", f"問い合わせ：{desk}　{tel}"]),
        note="a birth-date range for the cohort, no person"))  # fmt: skip

    # 3: 図書館 利用統計 (xlsx)
    rows3: list[list[Cell]] = [["年齢層", "登録者数", "貸出冊数", "うち児童書", "予約件数"]]
    for band in ("0～6歳", "7～12歳", "13～18歳", "19～39歳", "40～64歳", "65歳以上"):
        rows3.append(
            [
                band,
                r.randint(300, 3000),
                r.randint(5_000, 60_000),
                r.randint(0, 20_000),
                r.randint(200, 4_000),
            ]
        )
    docs.append(
        Doc(fam, "xlsx", 1, [], DocSpec(sheets=[sheet("R5", rows3, title=f"{lib} 令和5年度 利用統計")]))
    )

    # 4: 図書館カード 発行簿 — 12-digit card numbers failing the check, no names (cp932)
    rows4: list[list[Cell]] = [["図書館カード番号", "発行日", "区分", "年代", "発行場所"]]
    for _ in range(26):
        rows4.append([look_alike(r, "9"), ymd(dt.date(2024, r.randint(4, 9), r.randint(1, 28))), r.choice(["新規", "再発行", "更新"]),
                      r.choice(["10代", "20代", "30代", "40代", "60代", "70代"]), r.choice(["本館", "公民館分室", "移動図書館"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("発行簿", rows4)]),
            note="12-digit library card numbers failing the check digit; no names",
        )
    )

    # 5: 公民館 講座 案内 (pptx) — lecturers in role
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="令和6年度 後期 公民館講座のご案内",
        paragraphs=[f"スマホ教室（全4回）　講師：{ctx.town}商工会 青年部 {ctx.staff()} 氏", f"郷土の歴史講座　講師：町文化財保護審議会委員 {ctx.staff()} 氏",
                    f"親子そば打ち体験　講師：そば打ち名人 {ctx.staff()} 氏", "申込：各講座の2週間前まで", f"{desk}　{tel}"])))  # fmt: skip

    # 6: 二十歳のつどい 実行委員 名簿 — level 2
    rows6: list[list[Cell]] = [
        ["役割", "氏名", "ふりがな", "生年月日", "出身中学校", "携帯電話", "在学・勤務先"]
    ]
    for role in ["委員長", "副委員長", "副委員長"] + ["委員"] * 9:
        p = ctx.person(HATACHI)
        rows6.append([role, p.name(), f"{p.sei_kana} {p.mei_kana}", p.birth, r.choice(ctx.jhs), p.phone,
                      r.choice(["県立大学", "看護専門学校", "町内の製造業", "東京の大学", "農業"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(sheets=[sheet("実行委員", rows6, title="令和7年 二十歳のつどい 実行委員名簿")]),
        )
    )

    # 7: overdue-book reminder — PDF letter (digits set apart); books, not money — level 2
    p = ctx.person(ADULTS)
    ctx.urban(p)
    lines = [f">{wareki(TODAY)}", "", f"〒{p.zip}", p.address(), f"{p.name()} 様", "", f">{lib}", "^返却期限を過ぎた資料について", "",
             "いつも図書館をご利用いただきありがとうございます。", "次の資料の返却期限が過ぎています。お早めにご返却ください。",
             f"資料名　「{r.choice(['火山のふもとで', '家庭でできる発酵食', 'はじめての確定申告', '北の大地の鉄道'])}」ほか 2点",
             f"返却期限　{wareki(dt.date(2024, 9, 10))}", "延滞中は新たな貸出・予約ができません。", f"{lib}　{ltel}"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="督促"),
            post=letter_pdf(lines),
            note="overdue library books (延滞) are not money owed: not arrears",
        )
    )

    # 8: 図書館 利用登録申込書 (filled, odt) — level 2
    p = ctx.person(ADULTS)
    docs.append(Doc(fam, "odt", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="図書館利用登録申込書",
        tables=[[["氏名", p.name()], ["フリガナ", p.kana], ["生年月日", wareki(p.birth)], ["住所", p.address()], ["電話", p.phone],
                 ["確認書類", "運転免許証"], ["カード番号", f"{r.randint(10_000_000, 99_999_999)}"]]],
        paragraphs=[f"{lib}長 様", "図書館の利用規則を守り、利用登録を申し込みます。"])))  # fmt: skip

    # 9: arrow-style message log — a lost item at the ceremony; the reply gives the new adult's phone — level 2
    p = ctx.person(HATACHI)
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("10:12", a, f"1月のつどいの忘れ物（振袖用の髪飾り）、受付名簿で{p.name()}さんのものと分かりました"),
        ("10:15", b, f"実行委員の名簿に本人の携帯があります。{p.phone} です"),
        ("10:16", a, "連絡して取りに来てもらいます"),
    ], "生涯学習係"))))  # fmt: skip

    # 10: 二十歳のつどい 対象者 名簿 from the resident register — level 3 (130 persons)
    prow: list[list[str]] = []
    for _ in range(130):
        q = ctx.person(HATACHI)
        prow.append(
            [
                f"{r.randint(1, 99999999):08d}",
                q.name("　"),
                q.hkana,
                q.sex,
                wareki(q.birth, "slash"),
                q.address(),
                r.choice(ctx.jhs),
            ]
        )
    cols = [
        ("宛名番号", 30),
        ("氏名", 90),
        ("ｶﾅ氏名", 170),
        ("性", 260),
        ("生年月日", 280),
        ("住所", 350),
        ("出身中学校", 650),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="対象者名簿"),
                    post=system_print("令和7年 二十歳のつどい 対象者名簿（案内状発送用）", f"{ctx.town} 住民情報システム 抽出帳票", cols, prow, 42,
                                      "抽出条件：生年月日 H16.4.2～H17.4.1  住民区分=住登者")))  # fmt: skip

    # 11: 図書館 利用者データ — bulk, data far right and down — level 3 (115 users)
    rows11: list[list[Cell]] = [pad(4, ["利用者ID", "氏名", "カナ", "住所", "電話", "登録日"])]
    for _ in range(115):
        q = ctx.person(ADULTS)
        rows11.append(
            pad(
                4,
                [
                    f"U{r.randint(100000, 999999)}",
                    q.name(),
                    q.kana,
                    q.address(),
                    q.phone,
                    ymd(dt.date(r.randint(2010, 2024), r.randint(1, 12), 1)),
                ],
            )
        )
    docs.append(Doc(fam, "xlsx", 3, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("export", rows11, first_row=9), sheet("条件", [["抽出条件"], ["最終利用日 2023/04/01 以降"], ["件数 115"]], state="hidden")]),
        note="登録日 are registration dates"))  # fmt: skip

    # 12: 対面朗読・宅配 サービス 利用者 with disabilities (ods) — level 3
    rows12: list[list[Cell]] = [["氏名", "電話", "サービス", "障害等の状況", "配送曜日"]]
    for _ in range(8):
        q = ctx.person((dt.date(1940, 1, 1), dt.date(1980, 12, 31)))
        rows12.append([q.name(), q.phone, r.choice(["対面朗読", "録音図書郵送", "宅配"]),
                       r.choice(["視覚障害1級", "視覚障害2級（緑内障）", "寝たきり（要介護4）", "上肢障害（関節リウマチ）"]), r.choice(["火", "木", "金"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            3,
            ["name", "phone", "health"],
            DocSpec(sheets=[sheet("障害者サービス", rows12, title="図書館 障害者サービス 利用者一覧")]),
        )
    )

    # 13: a guardian's letter asking for support at the ceremony — the son's cerebral palsy — level 3
    p = ctx.person(HATACHI)
    g = ctx.guardian(p)
    kid = "息子" if p.sex == "男" else "娘"
    docs.append(Doc(fam, "docx", 3, ["name", "address", "phone", "health"], DocSpec(paragraphs=[
        f"{ctx.board} 御中", "", "二十歳のつどい参加にあたってのお願い", "",
        f"来年1月の二十歳のつどいに、{kid}の{p.name()}が参加を楽しみにしております。",
        f"{kid}は生まれつきの脳性まひで車いすを使用しており、長時間の座位が難しく、途中で姿勢を変える介助が必要です。",
        "つきましては、会場での車いす席（出入口に近い場所）の確保と、介助者として私の同伴をお認めいただけますようお願い申し上げます。", "",
        wareki(TODAY), f"住所　{g.address()}", f"氏名　{g.name()}", f"電話　{g.phone}"])))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [shugaku, enjo, seito, kyushoku, shogaku, hoiku, gakudo, shakai]


def build(rng: random.Random) -> list[Doc]:
    pref, gun, town, ac, zip3, areas, elem, jhs = rng.choice(TOWNS)
    ctx = Ctx(rng, pref, gun, town, ac, zip3, areas, elem, jhs, set())
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set30", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
