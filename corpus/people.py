"""Made-up residents for the evaluation corpus, the demo share and test fixtures.

Everything here is fictional and deterministic: a :class:`Population` built from a seeded
``random.Random`` always yields the same people. Values are written in the many forms officers
actually type (DOMAIN.md): 和暦 and 西暦 dates, addresses with and without prefecture, kanji
numerals, full-width digits, My Numbers with spaces or hyphens, and so on.

Two *variants* draw from disjoint name/town pools, so the held-out corpus (variant ``b``) holds
names and places the main corpus (variant ``a``) never shows: detectors that learnt the main
corpus's names by heart show up as a drop in recall on ``b``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from faker.providers.address.ja_JP import Provider as _FakerAddress
from faker.providers.person.ja_JP import Provider as _FakerPerson

# The one generator of valid My Numbers, shared with the tests and with plugin authors
from assetclass.testing import is_valid_my_number, my_number_check_digit, my_number_from  # noqa: F401

# --- name pools ------------------------------------------------------------------------------
# (kanji, katakana). Faker's ja_JP lists are short (50 surnames), so we add our own, including
# rare and long surnames (勅使河原, 小鳥遊) that a top-100 dictionary would miss.
# fmt: off
_OWN_SURNAMES_A = [
    ("佐々木", "ササキ"), ("菊池", "キクチ"), ("千葉", "チバ"), ("及川", "オイカワ"), ("藤原", "フジワラ"),
    ("小野寺", "オノデラ"), ("熊谷", "クマガイ"), ("阿部", "アベ"), ("昆", "コン"), ("八重樫", "ヤエガシ"),
    ("似内", "ニタナイ"), ("葛西", "カサイ"), ("工藤", "クドウ"), ("三浦", "ミウラ"), ("長谷川", "ハセガワ"),
    ("勅使河原", "テシガワラ"), ("東海林", "ショウジ"), ("五十嵐", "イガラシ"), ("大和田", "オオワダ"),
    ("金ケ崎", "カネガサキ"), ("宇佐美", "ウサミ"), ("比嘉", "ヒガ"), ("新垣", "アラカキ"), ("知念", "チネン"),
    ("神", "ジン"), ("一戸", "イチノヘ"), ("四十物", "アイモノ"), ("桜庭", "サクラバ"), ("畠山", "ハタケヤマ"),
    ("野田", "ノダ"), ("上野", "ウエノ"), ("瀬川", "セガワ"), ("沼崎", "ヌマザキ"), ("岩渕", "イワブチ"),
    ("鈴木", "スズキ"), ("関", "セキ"), ("丸山", "マルヤマ"), ("西條", "サイジョウ"), ("髙橋", "タカハシ"),
    ("齋藤", "サイトウ"), ("渡邉", "ワタナベ"), ("澤田", "サワダ"),
]
_OWN_SURNAMES_B = [
    ("小鳥遊", "タカナシ"), ("百目鬼", "ドウメキ"), ("鬼頭", "キトウ"), ("箕輪", "ミノワ"), ("栗林", "クリバヤシ"),
    ("袰岩", "ホロイワ"), ("漆原", "ウルシバラ"), ("舘山", "タテヤマ"), ("樋口", "ヒグチ"), ("蛯名", "エビナ"),
    ("我妻", "ワガツマ"), ("仲宗根", "ナカソネ"), ("宮城", "ミヤギ"), ("砂川", "スナガワ"), ("外山", "トヤマ"),
    ("鶴田", "ツルタ"), ("柳沢", "ヤナギサワ"), ("平良", "タイラ"), ("奥寺", "オクデラ"), ("猪股", "イノマタ"),
    ("吉丸", "ヨシマル"), ("古舘", "フルダテ"), ("大槌", "オオツチ"), ("滝沢", "タキザワ"), ("荒谷", "アラヤ"),
    ("堀合", "ホリアイ"), ("米田", "ヨネダ"), ("安倍", "アベ"), ("松尾", "マツオ"), ("野々村", "ノノムラ"),
    ("曽我部", "ソガベ"), ("長内", "オサナイ"), ("戸来", "ヘライ"), ("簗田", "ヤナダ"), ("錦織", "ニシコリ"),
    ("春日", "カスガ"), ("目時", "メトキ"), ("雫石", "シズクイシ"), ("茂木", "モテギ"), ("早坂", "ハヤサカ"),
]
_OWN_GIVEN_A = [
    ("一郎", "イチロウ", "男"), ("健太", "ケンタ", "男"), ("翔", "ショウ", "男"), ("勝", "マサル", "男"),
    ("辰雄", "タツオ", "男"), ("悠真", "ユウマ", "男"), ("湊", "ミナト", "男"), ("清", "キヨシ", "男"),
    ("幸子", "サチコ", "女"), ("和子", "カズコ", "女"), ("陽菜", "ヒナ", "女"), ("結衣", "ユイ", "女"),
    ("芽依", "メイ", "女"), ("トメ", "トメ", "女"), ("美代子", "ミヨコ", "女"), ("さくら", "サクラ", "女"),
]
_OWN_GIVEN_B = [
    ("蒼", "アオイ", "男"), ("大翔", "ヒロト", "男"), ("寅吉", "トラキチ", "男"), ("正男", "マサオ", "男"),
    ("隼人", "ハヤト", "男"), ("陸斗", "リクト", "男"), ("徳次郎", "トクジロウ", "男"), ("樹", "イツキ", "男"),
    ("凛", "リン", "女"), ("紬", "ツムギ", "女"), ("ハル", "ハル", "女"), ("絹子", "キヌコ", "女"),
    ("心春", "コハル", "女"), ("千代", "チヨ", "女"), ("澪", "ミオ", "女"), ("葵", "アオイ", "女"),
    ("颯太", "ソウタ", "男"), ("蓮", "レン", "男"), ("陽翔", "ハルト", "男"), ("悠人", "ユウト", "男"),
    ("昭二", "ショウジ", "男"), ("武", "タケシ", "男"), ("茂", "シゲル", "男"), ("義男", "ヨシオ", "男"),
    ("利夫", "トシオ", "男"), ("健一", "ケンイチ", "男"), ("誠", "マコト", "男"), ("大輔", "ダイスケ", "男"),
    ("朝陽", "アサヒ", "男"), ("律", "リツ", "男"), ("喜久雄", "キクオ", "男"), ("文吾", "ブンゴ", "男"),
    ("結菜", "ユイナ", "女"), ("杏", "アン", "女"), ("陽葵", "ヒマリ", "女"), ("咲良", "サクラ", "女"),
    ("節子", "セツコ", "女"), ("キヨ", "キヨ", "女"), ("久美子", "クミコ", "女"), ("恵子", "ケイコ", "女"),
    ("由美", "ユミ", "女"), ("真由美", "マユミ", "女"), ("愛子", "アイコ", "女"), ("瑞穂", "ミズホ", "女"),
    ("文子", "フミコ", "女"), ("栞", "シオリ", "女"), ("琴音", "コトネ", "女"), ("美咲", "ミサキ", "女"),
]
# Foreign residents (外国人住民) are registered under their alphabet name with a katakana reading;
# groups keep surnames and given names of one language together.
_Given = tuple[str, str, str]
_FOREIGN: dict[str, list[tuple[list[tuple[str, str]], list[_Given]]]] = {
    "a": [
        ([("NGUYEN", "グエン"), ("PHAM", "ファム")],
         [("VAN AN", "ヴァン　アン", "男"), ("THI HOA", "ティ　ホア", "女"), ("MINH TUAN", "ミン　トゥアン", "男")]),
        ([("SILVA", "シルバ"), ("OLIVEIRA", "オリベイラ")],
         [("MARIA", "マリア", "女"), ("JOAO", "ジョアン", "男"), ("LUCAS", "ルーカス", "男")]),
        ([("KIM", "キム"), ("CHOI", "チェ")],
         [("MINJUN", "ミンジュン", "男"), ("SEOYEON", "ソヨン", "女"), ("JIWOO", "ジウ", "女")]),
    ],
    "b": [
        ([("TRAN", "チャン"), ("LE", "レ")],
         [("DUC MINH", "ドゥック　ミン", "男"), ("THI LAN", "ティ　ラン", "女"), ("QUOC BAO", "クオック　バオ", "男")]),
        ([("SANTOS", "サントス"), ("PEREIRA", "ペレイラ")],
         [("ANA PAULA", "アナ　パウラ", "女"), ("PEDRO", "ペドロ", "男"), ("GABRIEL", "ガブリエル", "男")]),
        ([("REYES", "レイエス"), ("DELA CRUZ", "デラクルス")],
         [("MARICEL", "マリセル", "女"), ("JOSE", "ホセ", "男"), ("ROWENA", "ロウェナ", "女")]),
    ],
}
# fmt: on
FOREIGN_SHARE = 0.04


def _faker_surnames() -> list[tuple[str, str]]:
    return [(k, kana) for k, kana, _ in _FakerPerson.last_name_pairs]


def _faker_given() -> list[tuple[str, str, str]]:
    male = [(k, kana, "男") for k, kana, _ in _FakerPerson.first_name_male_pairs]
    female = [(k, kana, "女") for k, kana, _ in _FakerPerson.first_name_female_pairs]
    return male + female


# --- places ----------------------------------------------------------------------------------
# (prefecture, municipality, postal-code prefix, telephone area code): real municipalities so an
# address detector with a municipality dictionary sees realistic input; lots and people are made up.
# fmt: off
_PLACES_A = [
    ("岩手県", "釜石市", "026", "0193"), ("岩手県", "盛岡市", "020", "019"), ("岩手県", "宮古市", "027", "0193"),
    ("岩手県", "岩手郡雫石町", "020", "019"), ("宮城県", "仙台市青葉区", "980", "022"),
    ("宮城県", "石巻市", "986", "0225"), ("東京都", "世田谷区", "154", "03"), ("東京都", "八王子市", "192", "042"),
    ("神奈川県", "横浜市中区", "231", "045"), ("大阪府", "堺市北区", "591", "072"),
    ("北海道", "札幌市中央区", "060", "011"), ("福岡県", "北九州市小倉北区", "802", "093"),
    ("長野県", "北佐久郡軽井沢町", "389", "0267"), ("沖縄県", "那覇市", "900", "098"),
]
_PLACES_B = [
    ("青森県", "八戸市", "031", "0178"), ("秋田県", "横手市", "013", "0182"), ("山形県", "鶴岡市", "997", "0235"),
    ("福島県", "いわき市", "970", "0246"), ("新潟県", "上越市", "943", "025"), ("京都府", "京都市左京区", "606", "075"),
    ("兵庫県", "姫路市", "670", "079"), ("広島県", "尾道市", "722", "0848"), ("愛媛県", "今治市", "794", "0898"),
    ("鹿児島県", "大島郡与論町", "891", "0997"), ("高知県", "四万十市", "787", "0880"),
    ("熊本県", "阿蘇郡南小国町", "869", "0967"),
]
# fmt: on
_TOWN_SUFFIXES = ["町", "", "", "通り", "台", "が丘"]

_KANJI_DIGITS = "〇一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
HYPHENS = ["-", "‐", "－", "ー", "−"]

RELATIONSHIPS_HEAD = "世帯主"
RELATIONSHIPS = ["妻", "夫", "子", "長男", "長女", "次男", "二女", "父", "母", "孫", "同居人"]


def kanji_number(n: int) -> str:
    """1..99 in kanji numerals as written in addresses: 13 → 十三, 20 → 二十, 3 → 三."""
    if n < 10:
        return _KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _KANJI_DIGITS[tens]
    return f"{head}十{_KANJI_DIGITS[ones] if ones else ''}"


def fullwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


# --- check digits (DOMAIN.md) ----------------------------------------------------------------
def corporate_number_check_digit(base12: str) -> int:
    """Leading check digit of a 13-digit corporate number (法人番号) from its 12 base digits."""
    if len(base12) != 12 or not base12.isdigit():
        raise ValueError("need 12 digits")
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return 9 - total % 9


def is_valid_corporate_number(digits: str) -> bool:
    return (
        len(digits) == 13 and digits.isdigit() and corporate_number_check_digit(digits[1:]) == int(digits[0])
    )


# --- eras ------------------------------------------------------------------------------------
_ERAS = [  # (name, latin initial, first day)
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
    ("大正", "T", dt.date(1912, 7, 30)),
    ("明治", "M", dt.date(1868, 1, 25)),
]


def to_era(day: dt.date) -> tuple[str, str, int]:
    for name, initial, start in _ERAS:
        if day >= start:
            return name, initial, day.year - start.year + 1
    raise ValueError("date before Meiji")


DATE_FORMS = [
    "era_kanji",  # 昭和50年1月1日
    "era_kanji_gannen",  # 平成元年1月8日 where the year is 1, else like era_kanji
    "era_short_kanji",  # 昭50.1.1
    "era_initial_dots",  # S50.1.1
    "era_initial_slash",  # S50/01/01
    "era_fullwidth",  # 平成３１年４月３０日
    "iso_slash",  # 1975/1/1
    "iso_dash",  # 1975-01-01
    "seireki_kanji",  # 1975年1月1日
]


def format_date(day: dt.date, form: str) -> str:
    era, initial, year = to_era(day)
    y = "元" if year == 1 and form in ("era_kanji_gannen", "era_initial_dots", "era_kanji") else str(year)
    m, d = day.month, day.day
    if form in ("era_kanji", "era_kanji_gannen"):
        return f"{era}{y}年{m}月{d}日"
    if form == "era_short_kanji":
        return f"{era[0]}{year}.{m}.{d}"
    if form == "era_initial_dots":
        return f"{initial}{y}.{m}.{d}"
    if form == "era_initial_slash":
        return f"{initial}{year:02d}/{m:02d}/{d:02d}"
    if form == "era_fullwidth":
        return fullwidth(f"{era}{year}年{m}月{d}日")
    if form == "iso_slash":
        return f"{day.year}/{m}/{d}"
    if form == "iso_dash":
        return day.isoformat()
    if form == "seireki_kanji":
        return f"{day.year}年{m}月{d}日"
    raise ValueError(form)


# --- people ----------------------------------------------------------------------------------
ADDRESS_FORMS = [
    "hyphen",  # 岩手県釜石市只越町3-9-13
    "chome_ban_go",  # 岩手県釜石市只越町3丁目9番13号
    "kanji",  # 岩手県釜石市只越町三丁目九番地十三
    "no_prefecture",  # 釜石市只越町3-9-13
    "fullwidth",  # 釜石市只越町３－９－１３
    "postal",  # 〒026-0012 岩手県釜石市只越町3丁目9-13
    "odd_hyphen",  # 岩手県釜石市只越町3‐9‐13 (another dash character)
    "building",  # 岩手県釜石市只越町3-9-13 コーポ只越201
]
MY_NUMBER_FORMS = ["plain", "spaced", "hyphen", "fullwidth", "fullwidth_spaced"]
PHONE_FORMS = ["hyphen", "paren", "plain", "fullwidth"]


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    surname_kana: str
    given_kana: str
    gender: str  # 男 / 女
    birth: dt.date
    prefecture: str
    city: str
    town: str
    chome: int
    ban: int
    go: int
    postal: str  # 026-0012
    phone: str  # 0193-27-8411 (landline) or 090-1234-5678
    my_number: str  # 12 digits, valid check digit
    household: str  # 世帯番号, 9 digits
    income: int  # 収入額, yen per year
    foreign: bool = False  # a foreign resident registered under an alphabet name (外国人住民)

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}" if self.foreign else f"{self.surname}　{self.given}"

    def name_as(self, form: str) -> str:
        if self.foreign:
            return self.name
        return {
            "fw_space": f"{self.surname}　{self.given}",
            "space": f"{self.surname} {self.given}",
            "joined": f"{self.surname}{self.given}",
        }[form]

    @property
    def kana(self) -> str:
        return f"{self.surname_kana}　{self.given_kana}"

    @property
    def age(self) -> int:
        ref = dt.date(2026, 4, 1)
        return ref.year - self.birth.year - ((ref.month, ref.day) < (self.birth.month, self.birth.day))

    def address(self, form: str = "hyphen") -> str:
        c, b, g = self.chome, self.ban, self.go
        pref_city = f"{self.prefecture}{self.city}"
        if form == "hyphen":
            return f"{pref_city}{self.town}{c}-{b}-{g}"
        if form == "chome_ban_go":
            return f"{pref_city}{self.town}{c}丁目{b}番{g}号"
        if form == "kanji":
            return f"{pref_city}{self.town}{kanji_number(c)}丁目{kanji_number(b)}番地{kanji_number(g)}"
        if form == "no_prefecture":
            return f"{self.city}{self.town}{c}-{b}-{g}"
        if form == "fullwidth":
            return f"{self.city}{self.town}" + fullwidth(f"{c}-{b}-{g}")
        if form == "postal":
            return f"〒{self.postal} {pref_city}{self.town}{c}丁目{b}-{g}"
        if form == "odd_hyphen":
            h = HYPHENS[(c + b) % len(HYPHENS)]
            return f"{pref_city}{self.town}{c}{h}{b}{h}{g}"
        if form == "building":
            return f"{pref_city}{self.town}{c}-{b}-{g} コーポ{self.town[:2]}{(g % 3) + 1}0{(b % 9) + 1}"
        raise ValueError(form)

    def my_number_as(self, form: str) -> str:
        n = self.my_number
        if form == "plain":
            return n
        if form == "spaced":
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        if form == "hyphen":
            return f"{n[:4]}-{n[4:8]}-{n[8:]}"
        if form == "fullwidth":
            return fullwidth(n)
        if form == "fullwidth_spaced":
            return fullwidth(f"{n[:4]} {n[4:8]} {n[8:]}").replace(" ", "　")
        raise ValueError(form)

    def phone_as(self, form: str) -> str:
        if form == "hyphen":
            return self.phone
        if form == "paren":
            head, _, rest = self.phone.partition("-")
            return f"{head}({rest.replace('-', ')', 1)}"
        if form == "plain":
            return self.phone.replace("-", "")
        if form == "fullwidth":
            return fullwidth(self.phone)
        raise ValueError(form)

    def birth_as(self, form: str) -> str:
        return format_date(self.birth, form)


class Population:
    """A deterministic source of made-up residents; ``variant`` picks the name and place pools."""

    def __init__(self, rng: random.Random, variant: str = "a") -> None:
        self.rng = rng
        self.variant = variant
        if variant == "a":
            self.surnames = _faker_surnames() + _OWN_SURNAMES_A
            self.given = _faker_given() + _OWN_GIVEN_A
            self.places = _PLACES_A
            self.towns = list(_FakerAddress.towns[: len(_FakerAddress.towns) // 2])
        else:
            self.surnames = _OWN_SURNAMES_B
            self.given = _OWN_GIVEN_B
            self.places = _PLACES_B
            self.towns = list(_FakerAddress.towns[len(_FakerAddress.towns) // 2 :])
        # Full names already given in this population: one document never holds two people of the
        # same name, so "distinct persons" and "distinct names" agree for the bulk threshold.
        self._names: set[tuple[str, str]] = set()

    def my_number(self, leading_zero: bool | None = None) -> str:
        first = "0" if leading_zero else str(self.rng.randint(1, 9))
        if leading_zero is None:
            first = str(self.rng.randint(0, 9))
        body = first + "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        return my_number_from(body)

    def corporate_number(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_number_check_digit(base)) + base

    def birth(self, lo: int = 1925, hi: int = 2024) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        end = dt.date(hi, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(start, end))

    def person(self, *, min_birth: int = 1925, max_birth: int = 2024) -> Person:
        rng = self.rng
        foreign = rng.random() < FOREIGN_SHARE
        for attempt in range(2000):
            if attempt == 50:  # the small foreign pool is used up in this document
                foreign = False
            surnames, givens = rng.choice(_FOREIGN[self.variant]) if foreign else (self.surnames, self.given)
            surname, surname_kana = rng.choice(surnames)
            given, given_kana, gender = rng.choice(givens)
            if (surname, given) not in self._names:
                break
        self._names.add((surname, given))
        birth = self.birth(min_birth, max_birth)
        return replace(self._with(surname, surname_kana, given, given_kana, gender, birth), foreign=foreign)

    def family_member(self, head: Person, relation: str) -> Person:
        """Someone living with ``head``: same surname, address, phone and household number."""
        rng = self.rng
        candidates = self.given
        if head.foreign:  # the given names of the head's language group
            candidates = next(g for sn, g in _FOREIGN[self.variant] if head.surname in {x for x, _ in sn})
        if relation in ("妻", "母", "長女", "二女"):
            candidates = [g for g in candidates if g[2] == "女"]
        elif relation in ("夫", "父", "長男", "次男"):
            candidates = [g for g in candidates if g[2] == "男"]
        free = [g for g in candidates if (head.surname, g[0]) not in self._names]
        if not free:  # every given name of the pool is taken under this surname: any free one
            free = [g for g in self.given if (head.surname, g[0]) not in self._names] or candidates
        given, given_kana, gender = rng.choice(free)
        self._names.add((head.surname, given))
        if relation in ("子", "長男", "長女", "次男", "二女", "孫"):
            birth = self.birth(max(head.birth.year + 20, 1950), 2024)
        elif relation in ("父", "母"):
            birth = self.birth(1925, max(head.birth.year - 20, 1926))
        else:
            birth = self.birth(head.birth.year - 8, min(head.birth.year + 8, 2006))
        p = self._with(head.surname, head.surname_kana, given, given_kana, gender, birth)
        return Person(
            **{
                **p.__dict__,
                "prefecture": head.prefecture,
                "city": head.city,
                "town": head.town,
                "chome": head.chome,
                "ban": head.ban,
                "go": head.go,
                "postal": head.postal,
                "phone": head.phone,
                "household": head.household,
                "foreign": head.foreign,
            }
        )

    def _with(
        self, surname: str, surname_kana: str, given: str, given_kana: str, gender: str, birth: dt.date
    ) -> Person:
        rng = self.rng
        pref, city, postal3, area = rng.choice(self.places)
        town = rng.choice(self.towns)
        if not town.endswith("町"):
            town += rng.choice(_TOWN_SUFFIXES)
        if rng.random() < 0.5:
            # 10 digits in all: area code + exchange (6 - len(area)) + 4-digit subscriber
            tail = "".join(str(rng.randint(0, 9)) for _ in range(5 - len(area)))
            phone = f"{area}-{rng.randint(2, 9)}{tail}-{rng.randint(0, 9999):04d}"
        else:
            phone = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        return Person(
            surname=surname,
            given=given,
            surname_kana=surname_kana,
            given_kana=given_kana,
            gender=gender,
            birth=birth,
            prefecture=pref,
            city=city,
            town=town,
            chome=rng.randint(1, 9),
            ban=rng.randint(1, 40),
            go=rng.randint(1, 30),
            postal=f"{postal3}-{rng.randint(0, 9999):04d}",
            phone=phone,
            my_number=self.my_number(),
            household=f"{rng.randint(1, 99999999):09d}",
            income=rng.choice([0, 0, rng.randint(50, 900) * 10_000, rng.randint(1_000_000, 12_000_000)]),
        )

    def household(self, size: int) -> list[tuple[Person, str]]:
        """A household: its head plus ``size - 1`` members, each with their 続柄."""
        head = self.person(min_birth=1935, max_birth=1998)
        members = [(head, RELATIONSHIPS_HEAD)]
        for _ in range(size - 1):
            relation = self.rng.choice(RELATIONSHIPS)
            if relation in ("妻", "夫"):  # the spouse of the head
                relation = "妻" if head.gender == "男" else "夫"
            members.append((self.family_member(head, relation), relation))
        return members

    def staff_name(self) -> str:
        """A staff member's name (職員): no address, birth date or phone of their own."""
        surname, _ = self.rng.choice(self.surnames)
        given, _, _ = self.rng.choice(self.given)
        return f"{surname}　{given}"
