"""Fifth red-team set (blind): what a city's share holds besides residents' data, and the records hidden in it.

``python -m corpus.redteam.set5 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy vocabulary or the other corpus modules' documents:
the true level of each file follows the default policy's text alone. About half of the files are public
documents that only look personal (facility and place lists with kana reading columns, licence and
permit registers naming the holder, company, council-member and staff lists, fiction, survey free text,
statistics by sex and age) and are 機密性1; the rest hide real records of private persons (user sheets
behind a facility list, resident and evacuee lists, a private applicant's file, volunteer contact lists,
a case named in minutes) and are 機密性2 or 3. Doubtful files carry a one-line ``note`` saying how the
policy decides them. Names, towns and wording are this module's own pools.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import corporate_number_check_digit as corporate_check_digit
from corpus.factory.numbers import my_number_check_digit
from corpus.factory.sets import Doc, cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import cell_text

SEED = 5150
TODAY = dt.date(2024, 4, 1)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, city reading, area code, latitude, longitude, 5-digit local-government code)
CITIES: list[tuple[str, str, str, str, float, float, str]] = [
    ("岐阜県", "大垣市", "おおがきし", "0584", 35.3594, 136.6129, "21202"),
    ("福井県", "越前市", "えちぜんし", "0778", 35.9034, 136.1687, "18209"),
    ("栃木県", "小山市", "おやまし", "0285", 36.3147, 139.8003, "09208"),
    ("山口県", "防府市", "ほうふし", "0835", 34.0516, 131.5630, "35206"),
]
TOWNS: list[tuple[str, str]] = [
    ("寿町", "ことぶきちょう"), ("本町", "ほんまち"), ("栄町", "さかえまち"), ("緑町", "みどりちょう"),
    ("旭町", "あさひまち"), ("若葉台", "わかばだい"), ("桜ケ丘", "さくらがおか"), ("川端町", "かわばたちょう"),
    ("中島町", "なかじまちょう"), ("東野町", "ひがしのちょう"), ("宮前町", "みやまえちょう"), ("八幡町", "やわたちょう"),
    ("清水町", "しみずちょう"), ("高砂町", "たかさごちょう"), ("松原町", "まつばらちょう"), ("城北町", "じょうほくちょう"),
    ("青葉町", "あおばちょう"), ("新田町", "しんでんちょう"), ("北浜町", "きたはまちょう"), ("室町", "むろまち"),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("佐々木", "ささき"), ("高木", "たかぎ"), ("村瀬", "むらせ"), ("岡本", "おかもと"), ("中西", "なかにし"),
    ("小野田", "おのだ"), ("大塚", "おおつか"), ("石原", "いしはら"), ("野口", "のぐち"), ("菅原", "すがわら"),
    ("千葉", "ちば"), ("平野", "ひらの"), ("宮崎", "みやざき"), ("堀", "ほり"), ("久保", "くぼ"),
    ("杉浦", "すぎうら"), ("松永", "まつなが"), ("横山", "よこやま"), ("桑原", "くわはら"), ("田島", "たじま"),
    ("安藤", "あんどう"), ("今井", "いまい"), ("河合", "かわい"), ("熊谷", "くまがい"), ("小川", "おがわ"),
    ("北村", "きたむら"), ("森下", "もりした"), ("西田", "にしだ"), ("浅野", "あさの"), ("荒木", "あらき"),
    ("服部", "はっとり"), ("水野", "みずの"), ("丹羽", "にわ"), ("早川", "はやかわ"), ("三浦", "みうら"),
    ("篠原", "しのはら"), ("永井", "ながい"), ("土屋", "つちや"), ("吉岡", "よしおか"), ("関", "せき"),
    ("坂口", "さかぐち"), ("青木", "あおき"), ("内藤", "ないとう"), ("古川", "ふるかわ"), ("戸田", "とだ"),
    ("桜井", "さくらい"), ("尾崎", "おざき"), ("竹内", "たけうち"), ("奥村", "おくむら"), ("辻", "つじ"),
    ("長谷川", "はせがわ"), ("白石", "しらいし"), ("望月", "もちづき"), ("片山", "かたやま"), ("柴田", "しばた"),
    ("大西", "おおにし"), ("岩崎", "いわさき"), ("上田", "うえだ"), ("野村", "のむら"), ("飯田", "いいだ"),
    ("増田", "ますだ"), ("谷口", "たにぐち"), ("川口", "かわぐち"), ("西川", "にしかわ"), ("中谷", "なかたに"),
    ("松尾", "まつお"), ("福島", "ふくしま"), ("本田", "ほんだ"), ("武田", "たけだ"), ("成田", "なりた"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("和夫", "かずお"), ("健一", "けんいち"), ("康介", "こうすけ"), ("誠", "まこと"), ("隆", "たかし"),
    ("浩二", "こうじ"), ("大輔", "だいすけ"), ("拓也", "たくや"), ("翔太", "しょうた"), ("蓮", "れん"),
    ("悠真", "ゆうま"), ("湊", "みなと"), ("勝利", "かつとし"), ("博之", "ひろゆき"), ("茂", "しげる"),
    ("正雄", "まさお"), ("秀樹", "ひでき"), ("直人", "なおと"), ("智也", "ともや"), ("陽翔", "はると"),
    ("亮", "りょう"), ("修", "おさむ"), ("達也", "たつや"), ("哲郎", "てつろう"), ("幸一", "こういち"),
    ("俊介", "しゅんすけ"), ("海斗", "かいと"), ("颯太", "そうた"), ("義男", "よしお"), ("光男", "みつお"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("和子", "かずこ"), ("洋子", "ようこ"), ("恵美", "えみ"), ("真由美", "まゆみ"), ("由美子", "ゆみこ"),
    ("久美子", "くみこ"), ("明美", "あけみ"), ("千尋", "ちひろ"), ("彩", "あや"), ("美咲", "みさき"),
    ("陽菜", "ひな"), ("結衣", "ゆい"), ("芽依", "めい"), ("紬", "つむぎ"), ("さくら", "さくら"),
    ("幸子", "さちこ"), ("節子", "せつこ"), ("文子", "ふみこ"), ("知子", "ともこ"), ("典子", "のりこ"),
    ("沙織", "さおり"), ("愛", "あい"), ("麻衣", "まい"), ("奈々", "なな"), ("葵", "あおい"),
    ("凛", "りん"), ("澄子", "すみこ"), ("静香", "しずか"), ("理恵", "りえ"), ("美穂", "みほ"),
]  # fmt: skip
BUILDINGS = [
    "コーポ白樺",
    "ハイツ若松",
    "メゾン桜",
    "グランドール東",
    "サンライズ館",
    "レジデンス栄",
    "フォレスト南",
]
KANJI_DIGITS = "〇一二三四五六七八九"

# --- check digits (DOMAIN: My Number and 法人番号) ---------------------------------------------------


def lg_code(code5: str) -> str:
    """The 6-digit 全国地方公共団体コード: 5 digits plus a mod-11 check digit (weights 6..2)."""
    r = sum(int(c) * w for c, w in zip(code5, range(6, 1, -1), strict=True)) % 11
    return code5 + str((11 - r) % 10)


# --- kana helpers ----------------------------------------------------------------------------------
def stem(town: str, reading: str) -> tuple[str, str]:
    """A town name without its 町 (寿町 → 寿) as facilities are named; short names keep it (室町)."""
    if town.endswith("町") and len(town) > 2:
        for tail in ("ちょう", "まち"):
            if reading.endswith(tail):
                return town[:-1], reading[: -len(tail)]
    return town, reading


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


_ROMA = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
        "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉ",
        [
            "a",
            "i",
            "u",
            "e",
            "o",
            "ka",
            "ki",
            "ku",
            "ke",
            "ko",
            "sa",
            "shi",
            "su",
            "se",
            "so",
            "ta",
            "chi",
            "tsu",
            "te",
            "to",
            "na",
            "ni",
            "nu",
            "ne",
            "no",
            "ha",
            "hi",
            "fu",
            "he",
            "ho",
            "ma",
            "mi",
            "mu",
            "me",
            "mo",
            "ya",
            "yu",
            "yo",
            "ra",
            "ri",
            "ru",
            "re",
            "ro",
            "wa",
            "o",
            "n",
            "ga",
            "gi",
            "gu",
            "ge",
            "go",
            "za",
            "ji",
            "zu",
            "ze",
            "zo",
            "da",
            "ji",
            "zu",
            "de",
            "do",
            "ba",
            "bi",
            "bu",
            "be",
            "bo",
            "pa",
            "pi",
            "pu",
            "pe",
            "po",
            "a",
            "i",
            "u",
            "e",
            "o",
        ],
        strict=True,
    )
)


def romaji(hira: str) -> str:
    """Kana-by-kana Hepburn (long vowels spelled out) for this module's pools; ゃゅょ, っ and ー handled."""
    out: list[str] = []
    double = False
    for c in hira:
        if c in "ゃゅょ" and out:
            prev = out.pop()
            base = {"ゃ": "a", "ゅ": "u", "ょ": "o"}[c]
            stem = prev[:-1] if prev.endswith("i") else prev
            out.append((stem if stem in ("sh", "ch", "j") else stem + "y") + base)
        elif c == "っ":
            double = True
        elif c == "ー" or c == " ":
            out.append(" " if c == " " else "")
        else:
            syl = _ROMA.get(c, c)
            if double and syl:
                syl = syl[0] + syl
                double = False
            out.append(syl)
    return "".join(out)


def en_title(hira_words: Sequence[str]) -> str:
    return " ".join(romaji(w).capitalize() for w in hira_words)


# --- people and places -----------------------------------------------------------------------------
@dataclass
class Person:
    sur: str
    given: str
    sur_kana: str
    given_kana: str
    sex: str  # 男 / 女
    birth: dt.date
    address: str = ""
    phone: str = ""

    def name(self, sep: str = " ") -> str:
        return f"{self.sur}{sep}{self.given}"

    def kana(self, kata: bool = True) -> str:
        text = f"{self.sur_kana} {self.given_kana}"
        return katakana(text) if kata else text

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


class Gen:
    """Random choices for one build; everything flows from one seeded ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.city_kana, self.area, self.lat0, self.lon0, code5 = rng.choice(CITIES)
        self.lg = lg_code(code5)
        self.used_names: set[str] = set()
        self.used_corp: set[str] = set()

    # numbers
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def my_number(self) -> str:
        base = str(self.rng.randrange(1, 10)) + self.digits(10)
        return base + str(my_number_check_digit(base))

    def corp_number(self) -> str:
        while True:
            base = self.rng.choice(["0100", "0200", "1200", "2000", "3000", "5000", "7000"]) + self.digits(8)
            num = str(corporate_check_digit(base)) + base
            if num not in self.used_corp:
                self.used_corp.add(num)
                return num

    def phone(self, mobile: bool = False) -> str:
        if mobile:
            return f"{self.rng.choice(['090', '080', '070'])}-{self.digits(4)}-{self.digits(4)}"
        return f"{self.area}-{self.rng.randrange(20, 90)}-{self.digits(4)}"

    def latlon(self) -> tuple[float, float]:
        return (
            round(self.lat0 + self.rng.uniform(-0.045, 0.045), 6),
            round(self.lon0 + self.rng.uniform(-0.055, 0.055), 6),
        )

    def date(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    # places
    def town(self) -> tuple[str, str]:
        return self.rng.choice(TOWNS)

    def lot(self) -> tuple[int, int, int]:
        return self.rng.randrange(1, 6), self.rng.randrange(1, 30), self.rng.randrange(1, 25)

    def address(self, style: int | None = None, town: str | None = None, flat: bool | None = None) -> str:
        t = town or self.town()[0]
        c, b, g = self.lot()
        style = self.rng.randrange(5) if style is None else style
        if style == 0:
            text = f"{self.city}{t}{c}丁目{b}番{g}号"
        elif style == 1:
            text = f"{t}{c}-{b}-{g}"
        elif style == 2:
            text = f"{self.pref}{self.city}{t}{KANJI_DIGITS[c]}丁目{b}番地{g}"
        elif style == 3:
            text = f"{self.city}{t}{b}番地の{g}"
        else:
            text = f"{self.pref}{self.city}{t}{c}－{b}－{g}"
        if flat if flat is not None else self.rng.random() < 0.2:
            text += f" {self.rng.choice(BUILDINGS)}{self.rng.randrange(1, 4)}0{self.rng.randrange(1, 8)}号"
        return text

    # people
    def person(self, lo: int = 20, hi: int = 85, sex: str | None = None, home: bool = True) -> Person:
        while True:
            sex_ = sex or self.rng.choice("男女")
            sur = self.rng.choice(SURNAMES)
            given = self.rng.choice(MALE if sex_ == "男" else FEMALE)
            if sur[0] + given[0] not in self.used_names:
                self.used_names.add(sur[0] + given[0])
                break
        birth = self.date(TODAY.replace(year=TODAY.year - hi), TODAY.replace(year=TODAY.year - lo))
        p = Person(sur[0], given[0], sur[1], given[1], sex_, birth)
        if home:
            p.address = self.address()
            p.phone = self.phone(mobile=self.rng.random() < 0.5)
        return p

    def people(self, n: int, lo: int = 20, hi: int = 85) -> list[Person]:
        return [self.person(lo, hi) for _ in range(n)]

    def official(self) -> str:
        """A person named only in a role (staff, licence holder, representative)."""
        return self.person(home=False).name(self.rng.choice([" ", "　", ""]))


def add_years(d: dt.date, years: int) -> dt.date:
    """``d`` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def text_table(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """Rows as the text a Word or PDF table shows."""
    return [[cell_text(v) for v in r] for r in rows]


def wareki(d: dt.date, style: int = 0) -> str:
    if d >= dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    elif d >= dt.date(1926, 12, 25):
        era, short, y = "昭和", "S", d.year - 1925
    else:
        era, short, y = "大正", "T", d.year - 1911
    if style == 0:
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{short}{y}.{d.month}.{d.day}"
    if style == 2:
        return f"{short}{y:02d}/{d.month:02d}/{d.day:02d}"
    return d.strftime("%Y/%m/%d")


# --- facility names --------------------------------------------------------------------------------
CLINIC_SUFFIX = [
    ("内科クリニック", "ないかくりにっく", "Naika Clinic"), ("整形外科", "せいけいげか", "Orthopedics"),
    ("医院", "いいん", "Clinic"), ("眼科", "がんか", "Eye Clinic"), ("皮膚科", "ひふか", "Dermatology"),
    ("小児科", "しょうにか", "Pediatrics"), ("歯科医院", "しかいいん", "Dental Clinic"),
    ("耳鼻咽喉科", "じびいんこうか", "ENT Clinic"), ("胃腸科外科", "いちょうかげか", "Gastroenterology"),
]  # fmt: skip
NURSERY = [("ひかり", "ひかり"), ("さくらんぼ", "さくらんぼ"), ("つくし", "つくし"), ("どんぐり", "どんぐり"),
           ("すみれ", "すみれ"), ("若竹", "わかたけ"), ("白ゆり", "しらゆり"), ("たんぽぽ", "たんぽぽ")]  # fmt: skip
PONDS = [("大池", "おおいけ"), ("新池", "しんいけ"), ("皿池", "さらいけ"), ("蛇池", "じゃいけ"), ("上池", "かみいけ"),
         ("五郎兵衛池", "ごろべえいけ"), ("与三郎池", "よさぶろういけ"), ("権現池", "ごんげんいけ"),
         ("長池", "ながいけ"), ("丸池", "まるいけ")]  # fmt: skip


def clinic(g: Gen) -> tuple[str, str, str]:
    """(name, reading in katakana, English name) of a clinic named after its doctor's surname."""
    sur, sur_kana = g.rng.choice(SURNAMES)
    suf, suf_kana, suf_en = g.rng.choice(CLINIC_SUFFIX)
    form = g.rng.randrange(3)
    if form == 0:
        return sur + suf, katakana(sur_kana + suf_kana), f"{romaji(sur_kana).capitalize()} {suf_en}"
    if form == 1:
        kana = sur_kana
        return f"{kana}{suf}", katakana(kana + suf_kana), f"{romaji(kana).capitalize()} {suf_en}"
    corp = g.rng.choice([("晴和会", "せいわかい"), ("恵愛会", "けいあいかい"), ("仁友会", "じんゆうかい")])
    return (
        f"医療法人社団{corp[0]} {sur}{suf}",
        katakana(f"いりょうほうじんしゃだん{corp[1]} {sur_kana}{suf_kana}"),
        f"{romaji(sur_kana).capitalize()} {suf_en}",
    )


# --- family 1: facility and place lists (level 1) --------------------------------------------------
OD_HEAD = ["全国地方公共団体コード", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英字", "所在地_連結表記",
           "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下", "緯度", "経度", "電話番号"]  # fmt: skip


def od_row(g: Gen, i: int, name: str, kana: str, en: str) -> list[Cell]:
    town = g.town()[0]
    c, b, n = g.lot()
    lat, lon = g.latlon()
    return [g.lg, f"{g.lg}{i:06d}", g.city, name, kana, en, f"{g.pref}{g.city}{town}{c}丁目{b}-{n}", g.pref,
            g.city, f"{town}{c}丁目", f"{b}-{n}", lat, lon, g.phone()]  # fmt: skip


def facility_lists(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng

    # 保育所 (recommended open-data layout) with capacity and opening date
    rows: list[list[Cell]] = [[*OD_HEAD, "定員", "対象年齢", "開設日", "法人番号", "設置者"]]
    for i in range(1, rng.randrange(14, 22)):
        nm, nk = rng.choice(NURSERY) if rng.random() < 0.5 else g.town()
        kind = rng.choice([("保育園", "ほいくえん"), ("保育所", "ほいくしょ"), ("こども園", "こどもえん")])
        if rng.random() < 0.3:
            sur = rng.choice(SURNAMES)
            nm, nk = sur[0] + "学園", sur[1] + "がくえん"
        nm, nk = stem(nm, nk)
        name, kana = nm + kind[0], katakana(nk + kind[1])
        founder = rng.choice(
            [f"社会福祉法人{rng.choice(NURSERY)[0]}会", g.city, f"学校法人{rng.choice(SURNAMES)[0]}学園"]
        )
        rows.append([*od_row(g, i, name, kana, en_title([nk, kind[1]])),
                     rng.choice([60, 90, 120, 150]), "0歳～5歳", g.date(dt.date(1965, 4, 1), dt.date(2022, 4, 1)),
                     g.corp_number() if founder != g.city else "", founder])  # fmt: skip
    docs.append(Doc("facility_list", "xlsx", 1, ["corporate_number"],
                    DocSpec(sheets=[SheetSpec("保育所一覧", rows, number_formats={len(OD_HEAD) + 2: '[$-ja-JP]ggge"年"m"月"d"日"'})]),
                    "open-data nursery list: 名称_カナ reads facility names, 開設日 is no birth date"))  # fmt: skip

    # 病院・診療所 list, CSV UTF-8 BOM, with an oncology centre and 眼科 (reading ガンカ)
    rows = [["名称", "名称_カナ", "診療科目", "所在地", "電話番号", "緯度", "経度", "病床数", "開設年月日"]]
    rows.append([f"{g.pref}立がんセンター", katakana("けんりつがんせんたー"), "腫瘍内科・外科・放射線科",
                 g.address(0), g.phone(), *g.latlon(), 320, wareki(dt.date(1982, 10, 1))])  # fmt: skip
    for _ in range(rng.randrange(18, 30)):
        name, kana, _en = clinic(g)
        rows.append([name, kana, rng.choice(["内科", "眼科", "整形外科・リハビリテーション科", "小児科", "歯科"]),
                     g.address(rng.choice([0, 1, 3])), g.phone(), *g.latlon(), rng.choice([0, 0, 0, 19]),
                     wareki(g.date(dt.date(1975, 1, 1), dt.date(2023, 3, 31)), rng.randrange(3))])  # fmt: skip
    docs.append(Doc("facility_list", "csv", 1, [], DocSpec(sheets=[SheetSpec("医療機関", rows)]),
                    "clinics named after surnames with katakana readings: places, not persons"))  # fmt: skip

    # 公園一覧 with toilet counts by sex, English camelCase columns, CP932 CSV
    rows = [["name", "nameKana", "address", "latitude", "longitude", "areaM2", "toiletMale", "toiletFemale",
             "toiletMultipurpose", "openingDate"]]  # fmt: skip
    for _ in range(rng.randrange(20, 35)):
        t, tk = g.town()
        kind = rng.choice([("公園", "こうえん"), ("児童遊園", "じどうゆうえん"), ("緑地", "りょくち")])
        if rng.random() < 0.25:
            sur = rng.choice(SURNAMES)
            t, tk, kind = sur[0], sur[1], ("記念公園", "きねんこうえん")
        lat, lon = g.latlon()
        rows.append([t + kind[0], katakana(tk + kind[1]), g.address(1, town=t if "町" in t else None, flat=False),
                     f"{lat:.6f}", f"{lon:.6f}", rng.randrange(300, 40000), rng.randrange(0, 4), rng.randrange(0, 4),
                     rng.randrange(0, 2), (g.date(dt.date(1970, 1, 1), dt.date(2020, 1, 1))).isoformat()])  # fmt: skip
    docs.append(Doc("facility_list", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("parks", rows)]),
                    "toiletMale/toiletFemale are counts, 記念公園 names are places"))  # fmt: skip

    # 指定避難所 list, PDF
    rows = [["No", "避難所名", "ふりがな", "所在地", "電話", "収容人数", "洪水", "土砂", "地震", "指定日"]]
    for i in range(1, rng.randrange(16, 24)):
        t, tk = g.town()
        kind = rng.choice(
            [
                ("小学校", "しょうがっこう"),
                ("公民館", "こうみんかん"),
                ("コミュニティセンター", "こみゅにてぃせんたー"),
            ]
        )
        ts, tks = stem(t, tk)
        rows.append([str(i), ts + kind[0], tks + kind[1], g.address(3, town=t),
                     g.phone(), str(rng.randrange(80, 900)), rng.choice("○×"), rng.choice("○×"), "○",
                     wareki(g.date(dt.date(2014, 4, 1), dt.date(2023, 3, 31)))])  # fmt: skip
    docs.append(Doc("facility_list", "pdf", 1, [],
                    DocSpec(title=f"{g.city}指定避難所一覧", paragraphs=["令和6年4月1日現在　危機管理課"], tables=[text_table(rows)]),
                    "shelter list (places), 指定日 is a designation date"))  # fmt: skip

    # 防災倉庫 — a short list (four warehouses), docx
    rows = [["倉庫名", "フリガナ", "所在地", "管理課", "内線"]]
    for _ in range(4):
        t, tk = g.town()
        rows.append([f"{t}防災備蓄倉庫", katakana(f"{tk}ぼうさいびちくそうこ"), g.address(1, town=t, flat=False),
                     "危機管理課", str(rng.randrange(2100, 2199))])  # fmt: skip
    docs.append(Doc("facility_list", "docx", 1, [], DocSpec(title="防災備蓄倉庫の所在地", tables=[text_table(rows)],
                    paragraphs=["備蓄品の点検は毎年6月に行います。"]), "four warehouses with readings"))  # fmt: skip

    # ため池 list (named ponds, some after historical persons), xlsx with a metadata title row
    rows = [
        [
            "ため池名",
            "ため池名カナ",
            "所在地",
            "緯度",
            "経度",
            "堤高(m)",
            "貯水量(千m3)",
            "防災重点",
            "管理者",
        ]
    ]
    for _ in range(rng.randrange(12, 20)):
        pn, pk = rng.choice(PONDS)
        if rng.random() < 0.3:
            sur = rng.choice(SURNAMES)
            pn, pk = sur[0] + "池", sur[1] + "いけ"
        lat, lon = g.latlon()
        rows.append([pn, katakana(pk), f"{g.city}{g.town()[0]}地内", lat, lon, round(rng.uniform(2, 14), 1),
                     rng.randrange(5, 300), rng.choice(["○", ""]), f"{g.town()[0].removesuffix('町')}水利組合"])  # fmt: skip
    docs.append(Doc("facility_list", "xlsx", 1, [],
                    DocSpec(sheets=[SheetSpec("ため池", rows, title=f"{g.city} 農業用ため池一覧（令和5年度）")]),
                    "ponds named after people and 水利組合 managers: places and organisations"))  # fmt: skip

    # AED設置場所 (CSV UTF-8 BOM, open data recommended columns, 12-digit data IDs)
    rows = [["ID", "設置場所名称", "設置場所名称_カナ", "住所", "方書", "緯度", "経度", "設置位置", "利用可能曜日",
             "開始時間", "終了時間", "電話番号", "小児対応"]]  # fmt: skip
    for i in range(1, rng.randrange(25, 40)):
        if rng.random() < 0.4:
            name, kana, _ = clinic(g)
        else:
            t, tk = g.town()
            kind = rng.choice(
                [("公民館", "こうみんかん"), ("地区センター", "ちくせんたー"), ("体育館", "たいいくかん")]
            )
            name, kana = t + kind[0], katakana(tk + kind[1])
        lat, lon = g.latlon()
        rows.append([f"{g.lg}{i:06d}", name, kana, g.address(0, flat=False), rng.choice(["", "1階", "2階"]), lat,
                     lon, rng.choice(["玄関ロビー", "事務室前", "受付横"]), "月火水木金", "08:30", "17:15", g.phone(),
                     rng.choice(["有", "無"])])  # fmt: skip
    docs.append(Doc("facility_list", "csv", 1, [], DocSpec(sheets=[SheetSpec("aed", rows)]),
                    "12-digit data IDs are facility codes (local-government code + serial), not My Numbers"))  # fmt: skip

    # 公衆トイレ (txt, tab separated, toilet counts by sex)
    lines = ["公衆トイレ一覧（観光課）", "名称\t所在地\t男(小)\t男(大)\t女\t多目的\t開錠時間"]
    for _ in range(rng.randrange(10, 16)):
        t = g.town()[0]
        lines.append(f"{t}駐車場トイレ\t{g.address(1, town=t, flat=False)}\t{rng.randrange(1, 4)}\t"
                     f"{rng.randrange(1, 3)}\t{rng.randrange(1, 5)}\t{rng.randrange(0, 2)}\t6:00～22:00")  # fmt: skip
    docs.append(Doc("facility_list", "txt", 1, [], DocSpec(paragraphs=lines), "toilet counts by sex"))

    # 子育て支援施設 with English and Japanese columns mixed, xlsx, two sheets
    sheets: list[SheetSpec] = []
    for title in ("支援センター", "児童館"):
        rows = [
            [
                "施設名",
                "fullNameInKana",
                "所在地",
                "tel",
                "openingDate",
                "対象",
                "休館日",
                "トイレ男",
                "トイレ女",
            ]
        ]
        for _ in range(rng.randrange(6, 11)):
            t, tk = g.town()
            rows.append([f"{t}{title}", katakana(tk + ("しえんせんたー" if title == "支援センター" else "じどうかん")),
                         g.address(0, town=t, flat=False), g.phone(), g.date(dt.date(1990, 4, 1), dt.date(2023, 4, 1)),
                         "0歳～就学前" if title == "支援センター" else "18歳未満", rng.choice(["日曜・祝日", "月曜"]),
                         rng.randrange(1, 3), rng.randrange(1, 4)])  # fmt: skip
        sheets.append(SheetSpec(title, rows))
    docs.append(
        Doc(
            "facility_list",
            "xlsx",
            1,
            [],
            DocSpec(sheets=sheets),
            "トイレ男/トイレ女 are counts, openingDate no birth date",
        )
    )

    # 図書館・公民館 as a docx handbook page (prose + table)
    paras = [f"{g.city}の公民館は、地域の学習と交流の拠点です。利用の申込みは各館の窓口で受け付けます。"]
    rows = [["館名", "所在地", "電話", "開館", "館長"]]
    for _ in range(rng.randrange(6, 10)):
        t = g.town()[0]
        rows.append([f"{t}公民館", g.address(0, town=t, flat=False), g.phone(), "9:00～21:00", g.official()])
    docs.append(Doc("facility_list", "docx", 1, [], DocSpec(title="公民館のご案内", paragraphs=paras, tables=[text_table(rows)]),
                    "館長 named in role next to the facility's address and phone"))  # fmt: skip

    # English tourist-spot list (camelCase), PDF
    rows = [["name", "nameKana", "nameEn", "address", "tel", "latitude", "longitude", "openingDate"]]
    for _ in range(rng.randrange(8, 14)):
        t, tk = g.town()
        spot = rng.choice(
            [
                ("城跡", "しろあと", "Castle Ruins"),
                ("資料館", "しりょうかん", "Museum"),
                ("温泉", "おんせん", "Hot Spring"),
                ("旧家住宅", "きゅうかじゅうたく", "Old Residence"),
            ]
        )
        sur = rng.choice(SURNAMES)
        if spot[0] == "旧家住宅":
            t, tk = f"旧{sur[0]}家", f"きゅう{sur[1]}け"
        rows.append([t + ("" if spot[0] == "旧家住宅" else spot[0]), katakana(tk + ("" if spot[0] == "旧家住宅" else spot[1])),
                     f"{romaji(tk).capitalize()} {spot[2]}", g.address(1, flat=False), g.phone(), *[f"{v:.5f}" for v in g.latlon()],
                     str(g.date(dt.date(1950, 1, 1), dt.date(2015, 1, 1)))])  # fmt: skip
    docs.append(Doc("facility_list", "pdf", 1, [], DocSpec(title="Sightseeing spots / 観光スポット", tables=[text_table(rows)]),
                    "旧○○家住宅 is a listed building, not a resident"))  # fmt: skip

    # 病院一覧 with 院長 and 開設者 (xlsx) — hospital directory of the health centre
    rows = [["医療機関名", "ﾌﾘｶﾞﾅ", "開設者", "管理者(院長)", "所在地", "電話番号", "診療科目", "開設許可日"]]
    for _ in range(rng.randrange(10, 18)):
        name, kana, _ = clinic(g)
        doctor = g.official()
        rows.append([name, kana, rng.choice([doctor, f"医療法人{rng.choice(NURSERY)[0]}会"]), doctor, g.address(0, flat=False),
                     g.phone(), rng.choice(["内科", "眼科", "外科", "小児科"]), g.date(dt.date(1980, 1, 1), dt.date(2023, 1, 1))])  # fmt: skip
    docs.append(Doc("facility_list", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("医療機関名簿", rows)]),
                    "doctors as 開設者/院長 next to the clinic's address and phone: role (policy)"))  # fmt: skip

    # 倉庫 in a CP932 CSV with 指定日/廃止日 (a warehouse register of the facilities department)
    rows = [["施設コード", "倉庫名称", "名称カナ", "所在地", "延床面積", "建築年月日", "指定日"]]
    for i in range(rng.randrange(5, 9)):
        sur = rng.choice(SURNAMES)
        t = g.town()[0]
        nm, nk = rng.choice([(f"{t}倉庫", ""), (f"旧{sur[0]}商店倉庫", f"きゅう{sur[1]}しょうてんそうこ")])
        rows.append([f"W{i + 1:03d}", nm, katakana(nk) if nk else "", g.address(3, town=t, flat=False),
                     rng.randrange(40, 600), wareki(g.date(dt.date(1960, 1, 1), dt.date(2005, 1, 1)), 1),
                     wareki(g.date(dt.date(2010, 1, 1), dt.date(2023, 1, 1)), 2)])  # fmt: skip
    docs.append(Doc("facility_list", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("倉庫", rows)]),
                    "旧○○商店倉庫 is a building; 建築年月日 is no birth date"))  # fmt: skip

    # 指定緊急避難場所 (UTF-8 BOM CSV, mixed Japanese/English columns, toilets by sex)
    rows = [["evacuationSiteId", "名称", "nameKana", "所在地", "latitude", "longitude", "capacity", "toiletMale",
             "toiletFemale", "指定年月日"]]  # fmt: skip
    for i in range(1, rng.randrange(15, 25)):
        t, tk = g.town()
        kind = rng.choice(
            [("グラウンド", "ぐらうんど"), ("中学校", "ちゅうがっこう"), ("運動公園", "うんどうこうえん")]
        )
        lat, lon = g.latlon()
        ts, tks = stem(t, tk)
        rows.append([f"E{i:04d}", ts + kind[0], katakana(tks + kind[1]),
                     g.address(0, town=t, flat=False), lat, lon, rng.randrange(200, 3000), rng.randrange(0, 8),
                     rng.randrange(0, 8), wareki(g.date(dt.date(2014, 1, 1), dt.date(2022, 1, 1)), 2)])  # fmt: skip
    docs.append(Doc("facility_list", "csv", 1, [], DocSpec(sheets=[SheetSpec("evacuation", rows)])))

    # 投票所一覧 (PDF)
    rows = [["投票区", "投票所", "所在地", "対象町丁目"]]
    for i in range(1, rng.randrange(12, 20)):
        t = g.town()[0]
        rows.append(
            [
                f"第{i}投票区",
                f"{t}集会所",
                g.address(3, town=t, flat=False),
                f"{t}1丁目～{rng.randrange(2, 5)}丁目",
            ]
        )
    docs.append(Doc("facility_list", "pdf", 1, [], DocSpec(title="投票所一覧", tables=[text_table(rows)])))
    return docs


# --- family 2: licence and permit registers (level 1) ----------------------------------------------
def shop_name(g: Gen, kind: str) -> tuple[str, str]:
    sur = g.rng.choice(SURNAMES)
    t = stem(*g.town())
    options = {
        "理容": [(f"理容{sur[0]}", "りよう" + sur[1]), (f"BARBER {romaji(sur[1]).upper()}", ""),
                 (f"ヘアーサロン{sur[0]}", "へあーさろん" + sur[1])],
        "美容": [(f"美容室{katakana(sur[1])}", "びようしつ" + sur[1]), (f"hair {romaji(sur[1])}", ""),
                 (f"{t[0]}美容院", t[1] + "びよういん")],
        "旅館": [(f"{sur[0]}旅館", sur[1] + "りょかん"), (f"ホテル{t[0]}", ""),
                 (f"民宿{katakana(sur[1])}", "みんしゅく" + sur[1])],
        "浴場": [(f"{t[0]}湯", t[1] + "ゆ"), (f"{sur[0]}温泉", sur[1] + "おんせん")],
        "飲食": [(f"食堂{sur[0]}", "しょくどう" + sur[1]), (f"{katakana(sur[1])}亭", sur[1] + "てい"),
                 (f"Cafe {romaji(sur[1]).capitalize()}", ""), (f"居酒屋 {t[0]}", "")],
    }  # fmt: skip
    name, kana = g.rng.choice(options[kind])
    return name, katakana(kana)


def licence_registers(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    note = "licence holder named in a public register with the business's address and phone: role (policy)"

    rows: list[list[Cell]] = [
        ["番号", "施設名称", "施設所在地", "開設者氏名", "電話番号", "確認年月日", "理容師数"]
    ]
    for i in range(1, rng.randrange(15, 26)):
        rows.append([i, shop_name(g, "理容")[0], g.address(rng.choice([0, 3])), g.official(), g.phone(),
                     g.date(dt.date(1972, 1, 1), dt.date(2023, 12, 1)), rng.randrange(1, 4)])  # fmt: skip
    docs.append(Doc("licence_register", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("理容所", rows,
                    title=f"理容所一覧（{g.city}保健所管内）")]), note))  # fmt: skip

    rows = [["施設名", "施設名フリガナ", "所在地", "開設者", "電話", "開設年月日"]]
    for _ in range(rng.randrange(20, 30)):
        name, kana = shop_name(g, "美容")
        rows.append(
            [
                name,
                kana,
                g.address(1),
                g.official(),
                g.phone(),
                wareki(g.date(dt.date(1985, 1, 1), dt.date(2023, 1, 1)), 1),
            ]
        )
    docs.append(
        Doc("licence_register", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("美容所", rows)]), note)
    )

    rows = [
        ["営業者", "施設の名称", "施設の所在地", "営業の種別", "許可年月日", "許可番号", "客室数", "電話番号"]
    ]
    for _ in range(rng.randrange(10, 16)):
        name, _ = shop_name(g, "旅館")
        holder = rng.choice([g.official(), f"株式会社{rng.choice(TOWNS)[0].removesuffix('町')}観光"])
        rows.append([holder, name, g.address(0), rng.choice(["旅館・ホテル営業", "簡易宿所営業"]),
                     wareki(g.date(dt.date(1990, 1, 1), dt.date(2023, 6, 1))), f"第{rng.randrange(1, 999)}号",
                     str(rng.randrange(3, 60)), g.phone()])  # fmt: skip
    docs.append(Doc("licence_register", "pdf", 1, [], DocSpec(title="旅館業法に基づく許可施設一覧", tables=[text_table(rows)],
                    paragraphs=["旅館業法第3条の許可を受けた施設を公表します。"]), note))  # fmt: skip

    rows = [["名称", "営業者氏名", "所在地", "電話番号", "許可年月日", "浴場の種別"]]
    for _ in range(rng.randrange(5, 9)):
        rows.append([shop_name(g, "浴場")[0], g.official(), g.address(1), g.phone(),
                     wareki(g.date(dt.date(1960, 1, 1), dt.date(2015, 1, 1)), 2), rng.choice(["一般公衆浴場", "その他の公衆浴場"])])  # fmt: skip
    docs.append(
        Doc(
            "licence_register",
            "docx",
            1,
            [],
            DocSpec(title="公衆浴場営業許可施設", tables=[text_table(rows)]),
            note,
        )
    )

    rows = [["許可番号", "営業者", "屋号", "営業所所在地", "業種", "許可年月日", "有効期限", "電話"]]
    for _ in range(rng.randrange(30, 45)):
        start = g.date(dt.date(2018, 4, 1), dt.date(2024, 3, 1))
        rows.append([f"第R{rng.randrange(1, 6)}-{rng.randrange(1, 2000):04d}号", g.official(), shop_name(g, "飲食")[0],
                     g.address(rng.choice([0, 1, 3])), rng.choice(["飲食店営業", "菓子製造業", "喫茶店営業"]),
                     start, add_years(start, 6) - dt.timedelta(days=1), g.phone()])  # fmt: skip
    docs.append(
        Doc("licence_register", "csv", 1, [], DocSpec(sheets=[SheetSpec("食品営業許可", rows)]), note)
    )

    rows = [["薬局名称", "開設者", "管理薬剤師", "所在地", "電話番号", "許可番号", "許可年月日", "営業時間"]]
    for _ in range(rng.randrange(12, 20)):
        sur = rng.choice(SURNAMES)
        name = rng.choice(
            [
                f"{sur[0]}薬局",
                f"{katakana(rng.choice(NURSERY)[1])}薬局 {g.town()[0]}店",
                f"{g.town()[0]}調剤薬局",
            ]
        )
        rows.append([name, rng.choice([g.official(), f"株式会社{sur[0]}ファーマシー"]), g.official(), g.address(0),
                     g.phone(), f"第{rng.randrange(100, 999)}号", wareki(g.date(dt.date(2000, 1, 1), dt.date(2023, 1, 1))),
                     "9:00～18:30"])  # fmt: skip
    docs.append(Doc("licence_register", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("薬局", rows)]),
                    "pharmacist (管理薬剤師) in a public register: role (policy)"))  # fmt: skip

    lines = ["指定医療機関一覧（生活保護法）", ""]
    for _ in range(rng.randrange(10, 16)):
        name, _, _ = clinic(g)
        lines.append(f"{name}　院長 {g.official()}　{g.address(0, flat=False)}　TEL {g.phone()}　"
                     f"指定年月日 {wareki(g.date(dt.date(1995, 1, 1), dt.date(2023, 1, 1)))}")  # fmt: skip
    docs.append(Doc("licence_register", "txt-cp932", 1, [], DocSpec(paragraphs=lines),
                    "院長 named in role with the clinic's address; 指定年月日 is no birth date"))  # fmt: skip

    rows = [["事業所名", "事業所番号", "サービス種別", "管理者", "所在地", "電話番号", "指定年月日", "定員"]]
    for _ in range(rng.randrange(10, 16)):
        t, _ = g.town()
        rows.append([f"デイサービス{t.removesuffix('町')}", f"21{g.digits(8)}", rng.choice(["通所介護", "訪問介護", "居宅介護支援"]),
                     g.official(), g.address(0, town=t), g.phone(), g.date(dt.date(2001, 4, 1), dt.date(2023, 4, 1)),
                     rng.choice(["", "18", "25", "30"])])  # fmt: skip
    docs.append(Doc("licence_register", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("介護事業所", rows)]),
                    "care-service providers with 管理者 in role; 10-digit provider numbers"))  # fmt: skip

    rows = [
        [
            "登録番号",
            "氏名又は名称",
            "事業所の名称",
            "事業所の所在地",
            "動物取扱責任者",
            "種別",
            "登録年月日",
            "有効期間の末日",
        ]
    ]
    for _ in range(rng.randrange(8, 14)):
        start = g.date(dt.date(2019, 4, 1), dt.date(2024, 3, 1))
        rows.append([f"第{rng.randrange(1, 999):03d}号", g.official(), f"ペットショップ{katakana(rng.choice(NURSERY)[1])}",
                     g.address(0), g.official(), rng.choice(["販売", "保管", "訓練"]), start,
                     add_years(start, 5) - dt.timedelta(days=1)])  # fmt: skip
    docs.append(Doc("licence_register", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("第一種動物取扱業者", rows)]),
                    "statutory public register of animal businesses: registrant and 責任者 in role → 1"))  # fmt: skip
    return docs


# --- family 3: organisations, council members, staff (level 1) ---------------------------------------
def org_lists(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    kinds = [
        ("建設", "けんせつ"),
        ("工業", "こうぎょう"),
        ("商事", "しょうじ"),
        ("運輸", "うんゆ"),
        ("設備", "せつび"),
        ("電気", "でんき"),
    ]

    def company() -> tuple[str, str]:
        sur = rng.choice(SURNAMES)
        k = rng.choice(kinds)
        form = rng.choice(
            [
                ("株式会社", "かぶしきがいしゃ", True),
                ("有限会社", "ゆうげんがいしゃ", True),
                ("株式会社", "かぶしきがいしゃ", False),
            ]
        )
        if form[2]:
            return f"{form[0]}{sur[0]}{k[0]}", katakana(f"{sur[1]}{k[1]}")
        return f"{sur[0]}{k[0]}{form[0]}", katakana(f"{sur[1]}{k[1]}")

    rows: list[list[Cell]] = [["法人番号", "商号又は名称", "フリガナ", "代表者役職", "代表者氏名", "本店所在地", "電話番号",
                               "設立年月日", "資本金(千円)", "登録業種"]]  # fmt: skip
    for _ in range(rng.randrange(25, 40)):
        name, kana = company()
        rows.append([g.corp_number(), name, kana, rng.choice(["代表取締役", "取締役社長"]), g.official(), g.address(0, flat=False),
                     g.phone(), g.date(dt.date(1950, 1, 1), dt.date(2020, 1, 1)), rng.randrange(3, 500) * 1000,
                     rng.choice(["土木一式", "管工事", "電気工事", "物品納入"])])  # fmt: skip
    docs.append(Doc("org_list", "xlsx", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec("入札参加資格者名簿", rows)]),
                    "13-digit corporate numbers (check digit first); 代表者 in role; 設立年月日 is no birth date"))  # fmt: skip

    rows = [["corporateNumber", "companyName", "companyNameKana", "representativeTitle", "representativeName",
             "address", "tel", "establishedDate"]]  # fmt: skip
    for _ in range(rng.randrange(15, 25)):
        name, kana = company()
        rows.append([g.corp_number(), name, kana, "代表取締役", g.official(), g.address(2, flat=False), g.phone(),
                     g.date(dt.date(1960, 1, 1), dt.date(2021, 1, 1)).isoformat()])  # fmt: skip
    docs.append(Doc("org_list", "csv", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec("companies", rows)]),
                    "English open-data columns; representativeName is a role"))  # fmt: skip

    rows = [["法人名", "代表者", "主たる事務所の所在地", "設立認証日", "活動分野", "電話"]]
    fields = ["保健・医療・福祉", "まちづくり", "子どもの健全育成", "環境の保全", "災害救援"]
    for _ in range(rng.randrange(10, 18)):
        t = g.town()[0]
        rows.append([f"特定非営利活動法人{t.removesuffix('町')}{rng.choice(['ささえ愛', 'の会', 'ネット', 'クラブ'])}",
                     f"理事長 {g.official()}", g.address(3, town=t), wareki(g.date(dt.date(1999, 1, 1), dt.date(2023, 1, 1))),
                     rng.choice(fields), g.phone()])  # fmt: skip
    docs.append(Doc("org_list", "pdf", 1, [], DocSpec(title=f"{g.city}内に事務所を置くNPO法人", tables=[text_table(rows)]),
                    "理事長 ○○ with the NPO's office: role (policy)"))  # fmt: skip

    rows = [["議席番号", "氏名", "ふりがな", "会派", "当選回数", "生年月日", "所属委員会", "役職"]]
    factions = ["市民クラブ", "新政会", "公明党市議団", "日本共産党市議団", "無所属"]
    for i in range(1, rng.randrange(22, 29)):
        p = g.person(35, 78, home=False)
        rows.append([i, p.name("　"), p.kana(False), rng.choice(factions), rng.randrange(1, 8), wareki(p.birth),
                     rng.choice(["総務委員会", "文教厚生委員会", "建設経済委員会"]), rng.choice(["", "", "副議長", "議長", "委員長"])])  # fmt: skip
    docs.append(Doc("org_list", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("議員名簿", rows, title=f"{g.city}議会議員名簿")]),
                    "council members' published list incl. 生年月日: public officials in official role → 1 (policy)"))  # fmt: skip

    rows = [["部", "課", "係", "職名", "氏名", "内線"]]
    for dept, sections in (
        ("総務部", ["総務課", "人事課"]),
        ("市民部", ["市民課", "保険年金課"]),
        ("福祉部", ["子育て支援課", "高齢福祉課"]),
    ):
        for sec in sections:
            for title in ("課長", "課長補佐", "係長", "主査", "主事"):
                rows.append(
                    [
                        dept,
                        sec,
                        rng.choice(["庶務係", "第一係", "給付係"]),
                        title,
                        g.official(),
                        str(rng.randrange(2000, 2999)),
                    ]
                )
    docs.append(Doc("org_list", "docx", 1, [], DocSpec(title="職員配置表（令和6年4月1日）", tables=[text_table(rows)]),
                    "staff in role with internal extensions only (no home data) → 1 (policy: official role)"))  # fmt: skip

    rows = [["区分", "氏名", "所属・役職", "任期"]]
    for cat, role in (
        ("学識経験者", "大学教授"),
        ("関係団体", "商工会議所副会頭"),
        ("関係団体", "医師会理事"),
        ("公募委員", "市民"),
        ("公募委員", "市民"),
    ):
        rows.append([cat, g.official(), role, "令和6年4月1日～令和8年3月31日"])
    docs.append(Doc("org_list", "pdf", 1, [], DocSpec(title="子ども・子育て会議 委員名簿", tables=[text_table(rows)]),
                    "committee roster: public members named without any address, birth date or phone → 1"))  # fmt: skip

    rows = [["施設名", "指定管理者", "代表者", "所在地", "指定期間"]]
    for _ in range(rng.randrange(6, 10)):
        t = g.town()[0]
        rows.append([f"{t}体育館", f"公益財団法人{g.city}スポーツ協会", f"理事長　{g.official()}", g.address(0, flat=False),
                     "令和3年4月1日～令和8年3月31日"])  # fmt: skip
    docs.append(
        Doc("org_list", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("指定管理者", rows)]), "理事長 in role")
    )

    lines = [f"{g.city}自治会連合会 役員名簿", ""]
    for role in ("会長", "副会長", "副会長", "会計", "書記", "監事"):
        lines.append(f"{role}\t{g.official()}\t（{g.town()[0]}自治会）")
    lines.append("連絡先：市民協働課 " + g.phone())
    docs.append(Doc("org_list", "txt", 1, [], DocSpec(paragraphs=lines),
                    "officers named with their association and the city's contact only → 1"))  # fmt: skip

    rows = [["法人番号", "法人名称", "理事長", "主たる事務所", "電話番号", "設立年月日", "実施事業"]]
    for _ in range(rng.randrange(6, 10)):
        rows.append([g.corp_number(), f"社会福祉法人{rng.choice(NURSERY)[0]}{rng.choice(['福祉会', '厚生会', '会'])}", g.official(),
                     g.address(0, flat=False), g.phone(), wareki(g.date(dt.date(1955, 1, 1), dt.date(2015, 1, 1))),
                     rng.choice(["保育所", "特別養護老人ホーム", "障害福祉サービス"])])  # fmt: skip
    docs.append(Doc("org_list", "pdf", 1, ["corporate_number"], DocSpec(title="社会福祉法人一覧（所轄庁：市）", tables=[text_table(rows)]),
                    "理事長 in role; corporate numbers"))  # fmt: skip

    rows = [["階級", "氏名", "所属", "任命年月日"]]
    for rank in ("団長", "副団長", "副団長", "分団長", "分団長", "分団長", "分団長"):
        rows.append([rank, g.official(), "本部" if rank[-2:] == "団長" and rank != "分団長" else f"第{rng.randrange(1, 9)}分団",
                     wareki(g.date(dt.date(2015, 4, 1), dt.date(2024, 4, 1)))])  # fmt: skip
    docs.append(Doc("org_list", "docx", 1, [], DocSpec(title=f"{g.city}消防団 幹部名簿", tables=[text_table(rows)]),
                    "volunteer fire-brigade officers in role, no contact data; 任命年月日 is no birth date"))  # fmt: skip
    return docs


# --- family 4: public prose (level 1) ------------------------------------------------------------------
SURVEY_FREE = [
    "子育て支援センターの職員さんがいつも親身で、これからもがんばってほしいです。",
    "転入の手続きが滞りなく終わり、とても助かりました。",
    "公園の遊具をもっとがんじょうなものにしてほしい。子どもがしゃがんで遊べる砂場もほしい。",
    "通院に使うバスの本数を増やしてほしい。",
    "がん検診の案内が届くのが遅く、予約がとりにくかった。",
    "窓口の佐藤さんの説明が丁寧でした。",
    "税金を滞納している人への対応は公平にしてほしい。",
    "マイナンバーカードの申請を手伝ってもらい、ありがたかった。",
    "夜中に工事の音ががんがん響いてうるさい。",
    "ごみの収集が年末に滞ることがあるので改善を。",
    "駅前の駐輪場がいつも満車です。",
    "図書館の開館時間を延ばしてほしい。",
    "高齢の母の通院の付き添いが大変で、移送サービスがあれば使いたい。",
    "がんばろう○○市！応援しています。",
    "玄関先でしゃがみこんでいるお年寄りを見かけたら声をかけたいと思う。",
]


def public_prose(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    hero = g.person(40, 60, sex="男", home=False)
    wife = g.person(40, 60, sex="女", home=False)
    novel = [
        f"第三章　{g.rng.choice(['潮の匂い', '冬の坂道', '遠い汽笛'])}",
        f"{hero.sur}{hero.given}が駅前の総合病院を訪ねたのは、梅雨の明けきらない火曜日だった。",
        f"待合室で名前を呼ばれると、{hero.given}は膝の上の帽子を握りしめた。医師は検査の結果を静かに告げた。胃がんです、と。",
        f"その夜、{wife.given}は台所に立ったまま長いこと黙っていた。阿佐谷北三丁目のアパートの窓から、電車の音が聞こえた。",
        f"「がんばりすぎないで」と{wife.given}が言うと、{hero.given}は笑って首を振った。通院は週に一度、と決まった。",
        "翌朝、彼は庭にしゃがみこんで、去年植えた朝顔の芽を数えた。",
    ]
    docs.append(Doc("public_prose", "docx", 1, [],
                    DocSpec(title=f"市民文芸賞 入賞作品『{rng.choice(['坂の上の灯', '夏の終わりの港'])}』（抜粋）", paragraphs=novel),
                    "fiction: a character with an illness and a street address is not a person (policy)"))  # fmt: skip

    essay = [
        f"随筆　しゃがむ庭　{g.official()}",
        "春になると、私は庭にしゃがみこんで土をいじる。がんじょうな鍬は祖父の代から使っているものだ。",
        "近所の子どもたちが「がんばれ」と声を掛け合いながら坂道を自転車で上っていく。",
        "季節の移ろいは滞りなく、今年も沈丁花が香った。",
    ]
    docs.append(
        Doc("public_prose", "txt", 1, [], DocSpec(paragraphs=essay), "がん/滞 only inside other words")
    )

    rows: list[list[Cell]] = [["回答No", "年代", "性別", "地区", "満足度", "ご意見・ご要望（自由記述）"]]
    for i in range(1, rng.randrange(40, 60)):
        rows.append([i, rng.choice(["20代", "30代", "40代", "50代", "60代", "70代以上"]), rng.choice(["男性", "女性", "回答しない"]),
                     g.town()[0], rng.randrange(1, 6), rng.choice(SURVEY_FREE)])  # fmt: skip
    docs.append(Doc("public_prose", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("自由記述", rows, title="市民満足度調査 自由記述一覧")]),
                    "anonymous answers; 性別 of respondents without names; がんばって/滞りなく"))  # fmt: skip

    summary = [
        "令和5年度 市民満足度調査 結果の概要",
        f"調査対象：市内在住の18歳以上の方3,000人（無作為抽出）　有効回答：{rng.randrange(1200, 1500)}人",
        "自由記述では「職員ががんばっている」「手続きが滞りなく進んだ」など窓口対応を評価する声が多く見られた。",
        "一方、通院や買い物の移動手段、がん検診の予約方法については改善を求める意見があった。",
    ]
    docs.append(Doc("public_prose", "pdf", 1, [], DocSpec(paragraphs=summary)))

    chair, head = g.official(), g.official()
    minutes = [
        "第2回 市税等収納対策推進会議 議事録",
        f"日時：令和5年11月{rng.randrange(1, 28)}日　午後2時～3時30分　場所：本庁舎3階会議室",
        f"出席者：委員長 {chair}（副市長）、収納課長 {head}、市民税課長、保険年金課長、子育て支援課長",
        "議題1 滞納整理の進め方について",
        "収納課長から、滞納繰越分の収納率が前年度比で1.2ポイント改善したこと、差押件数が412件であったことを報告した。",
        "委員から、保育料や市営住宅家賃の未納について、所管課と収納課の連携を強めるべきとの意見があった。",
        "議題2 督促状・催告書の様式見直し",
        "個人番号（マイナンバー）を記載しない様式に統一することを確認した。",
    ]
    docs.append(Doc("public_prose", "docx", 1, [], DocSpec(paragraphs=minutes),
                    "policy meeting on 滞納整理 in general; officials named in role"))  # fmt: skip

    report = [
        "個人情報を含む書類の誤送付について（お詫び）",
        f"令和6年{rng.randrange(1, 4)}月、{g.city}保険年金課において、国民健康保険税の納付に関する通知1通を、別の方の住所へ誤って送付する事案が発生しました。",
        "通知には、対象者1名の氏名、住所及び滞納額が記載されていましたが、マイナンバー（個人番号）は記載されていませんでした。",
        "誤送付先の方から連絡をいただき、書類は回収済みです。対象の方には訪問して経緯を説明し、謝罪いたしました。",
        "今後は封入時の複数人による確認を徹底し、再発防止に努めます。",
        f"問合せ先：{g.city}市民部保険年金課　電話 {g.phone()}",
    ]
    docs.append(Doc("public_prose", "pdf", 1, [], DocSpec(paragraphs=report),
                    "published incident report mentioning マイナンバー and 滞納 but holding none (policy example)"))  # fmt: skip

    mayor = g.official()
    release = [
        f"Press release — {g.city} launches an AED map",
        f"{g.city.removesuffix('市')} City, April 1, 2024 — Mayor {mayor} announced today that the city has published "
        "the locations of all public AEDs as open data (name, nameKana, address, latitude, longitude).",
        f'"Anyone can save a life," said Mayor {mayor}. Contact: Disaster Management Division, tel. {g.phone()}.',
    ]
    docs.append(Doc("public_prose", "docx", 1, [], DocSpec(paragraphs=release), "the mayor quoted in role"))

    member, mayor_jp = g.official(), g.official()
    qa = [
        "令和5年12月定例会 一般質問（要旨）",
        f"○{member}議員　国民健康保険税の滞納世帯が増えていると聞く。短期被保険者証の交付状況と、生活困窮者への配慮を伺う。",
        f"○市長（{mayor_jp}）　滞納世帯数は前年度より減少しております。納付相談を丁寧に行い、分納にも柔軟に応じております。",
        f"○{member}議員　がん検診の受診率向上策についても伺う。",
        "○健康福祉部長　個別通知と休日検診の拡充により、受診率の向上に取り組んでまいります。",
    ]
    docs.append(Doc("public_prose", "txt-cp932", 1, [], DocSpec(paragraphs=qa),
                    "council Q&A about 滞納 and がん検診 in general; member and mayor in role"))  # fmt: skip

    sample = [
        "【記入例】個人番号カード交付申請書",
        "氏名：番号　花子（ばんごう　はなこ）　生年月日：平成元年1月8日　住所：○○県○○市○○町1丁目2番3号",
        "個人番号：1234 5678 9018（見本）",
        "※ 上記はすべて架空の記入例です。実在の人物とは関係ありません。",
    ]
    docs.append(Doc("public_prose", "pdf", 1, [], DocSpec(paragraphs=sample),
                    "filled-in sample form (記入例, 見本) of a fictitious person → 1; the sample number is the textbook one, no person's"))  # fmt: skip

    news = [
        f"広報{g.city.removesuffix('市')} 令和6年5月号",
        "■ がん検診を受けましょう　胃がん・肺がん・大腸がん検診を6月から実施します。",
        "■ 市税の納付はお早めに　納期限を過ぎると督促手数料や延滞金がかかります。",
        "■ マイナンバーカードの休日交付窓口を開設します。",
        f"問合せ　健康推進課 {g.phone()}　収納課 {g.phone()}",
    ]
    docs.append(
        Doc(
            "public_prose",
            "txt",
            1,
            [],
            DocSpec(paragraphs=news),
            "newsletter: health and arrears vocabulary, no person",
        )
    )

    land = g.person(50, 75, sex="男", home=False)
    tenant = g.person(25, 40, home=False)
    story = [
        f"短編「{rng.choice(['雨宿り', '三月の鍵'])}」より",
        f"大家の{land.sur}は、{tenant.sur}{tenant.given}の部屋の前で足を止めた。家賃の滞納はもう三か月になる。",
        f"「{tenant.sur}さん、いるんでしょう」。返事はない。郵便受けには督促状が差し込まれたままだった。",
        f"夕方になって戻ってきた{tenant.given}は、病院の紙袋を提げていた。母の通院に付き添っていたのだという。",
    ]
    docs.append(Doc("public_prose", "txt-cp932", 1, [], DocSpec(paragraphs=story),
                    "fiction: a character's rent arrears and a hospital visit are no person's data (policy)"))  # fmt: skip

    training = [
        "職員研修　個人情報・特定個人情報の適正な取扱い",
        "1. マイナンバー（個人番号）は12桁の番号です。法人番号（13桁）は公表されており、個人情報ではありません。",
        "2. 滞納情報、病歴、障害の有無などは、特定の個人が識別できる場合、特に慎重な取扱いが必要です。",
        "3. 住所・氏名・生年月日を含む名簿を私用のUSBメモリに保存したり、自宅へメール送信したりしないこと。",
        "4. 事故が起きたら、ただちに所属長と情報政策課（内線2345）に報告してください。",
    ]
    docs.append(
        Doc(
            "public_prose",
            "docx",
            1,
            [],
            DocSpec(paragraphs=training),
            "training material about personal data in general",
        )
    )
    return docs


# --- family 5: statistics (level 1) ----------------------------------------------------------------
def statistics(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    rows: list[list[Cell]] = [["年齢", "男", "女", "計"]]
    for age in range(0, 101):
        m, f = rng.randrange(200, 900), rng.randrange(200, 950)
        rows.append(["100歳以上" if age == 100 else f"{age}歳", m, f, m + f])
    docs.append(
        Doc(
            "statistics",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("年齢別人口", rows, title=f"{g.city} 年齢別人口（令和6年3月末）")]),
        )
    )

    rows = [["町丁目", "世帯数", "男", "女", "合計"]]
    for t, _ in TOWNS:
        for c in range(1, rng.randrange(2, 5)):
            m, f = rng.randrange(100, 900), rng.randrange(100, 900)
            rows.append([f"{t}{c}丁目", rng.randrange(80, 700), m, f, m + f])
    docs.append(
        Doc(
            "statistics",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[SheetSpec("町丁目別", rows)]),
            "counts by sex per 町丁目",
        )
    )

    rows = [["月", "出生", "死亡", "転入", "転出", "世帯数"]]
    for m in range(1, 13):
        rows.append([f"令和5年{m}月", str(rng.randrange(40, 90)), str(rng.randrange(60, 130)), str(rng.randrange(150, 400)),
                     str(rng.randrange(150, 400)), f"{rng.randrange(60000, 62000):,}"])  # fmt: skip
    docs.append(Doc("statistics", "pdf", 1, [], DocSpec(title="人口動態（月別）", tables=[text_table(rows)])))

    rows = [["検診種別", "対象者数", "受診者数", "受診率(%)", "要精検者数", "がん発見数"]]
    for kind in ("胃がん", "肺がん", "大腸がん", "子宮頸がん", "乳がん"):
        n, k = rng.randrange(20000, 40000), rng.randrange(2000, 8000)
        rows.append(
            [f"{kind}検診", n, k, round(100 * k / n, 1), rng.randrange(50, 400), rng.randrange(1, 20)]
        )
    docs.append(
        Doc(
            "statistics",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("がん検診", rows)]),
            "health figures, no person",
        )
    )

    rows = [["税目", "区分", "調定額(円)", "収入額(円)", "収納率(%)", "不納欠損額(円)"]]
    for tax in ("個人市民税", "法人市民税", "固定資産税", "軽自動車税", "国民健康保険税"):
        for part in ("現年課税分", "滞納繰越分"):
            a = rng.randrange(10**8, 10**10)
            b = int(
                a * rng.uniform(0.2 if part == "滞納繰越分" else 0.95, 0.3 if part == "滞納繰越分" else 0.995)
            )
            rows.append([tax, part, a, b, round(100 * b / a, 2), rng.randrange(0, 10**7)])
    docs.append(
        Doc(
            "statistics",
            "csv",
            1,
            [],
            DocSpec(sheets=[SheetSpec("収納状況", rows)]),
            "滞納繰越分 as a statistic",
        )
    )

    rows = [["month", "issuedMyNumberCards", "population", "issueRatePercent"]]
    issued = rng.randrange(40000, 60000)
    for m in range(1, 13):
        issued += rng.randrange(500, 2000)
        rows.append([f"2023-{m:02d}", issued, 160000, round(100 * issued / 160000, 1)])
    docs.append(Doc("statistics", "csv", 1, [], DocSpec(sheets=[SheetSpec("mynumbercard", rows)])))

    rows = [["避難所名", "男", "女", "計", "うち要配慮者"]]
    for _ in range(rng.randrange(6, 12)):
        m, f = rng.randrange(0, 60), rng.randrange(0, 60)
        rows.append(
            [f"{g.town()[0].removesuffix('町')}小学校", str(m), str(f), str(m + f), str(rng.randrange(0, 6))]
        )
    docs.append(Doc("statistics", "docx", 1, [], DocSpec(title="避難所別避難者数（第3報）", tables=[text_table(rows)],
                    paragraphs=["令和5年8月15日 18:00現在"]), "evacuee counts by sex, no names"))  # fmt: skip

    rows = [["疾病分類", "件数", "医療費(千円)", "構成比(%)"]]
    for dis in (
        "新生物（がん等）",
        "循環器系の疾患",
        "内分泌、栄養及び代謝疾患",
        "筋骨格系の疾患",
        "精神及び行動の障害",
    ):
        rows.append(
            [dis, rng.randrange(1000, 30000), rng.randrange(10**5, 10**7), round(rng.uniform(3, 20), 1)]
        )
    docs.append(
        Doc(
            "statistics",
            "pdf",
            1,
            [],
            DocSpec(title="国民健康保険 疾病分類別医療費", tables=[text_table(rows)]),
        )
    )

    rows = [["町名", "0～14歳 男", "0～14歳 女", "15～64歳 男", "15～64歳 女", "65歳以上 男", "65歳以上 女"]]
    for t, _ in TOWNS:
        rows.append([t, *[rng.randrange(50, 1500) for _ in range(6)]])
    docs.append(Doc("statistics", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("年齢3区分", rows)])))

    rows = [["手帳の種類", "等級", "18歳未満", "18歳以上", "計"]]
    for kind, grades in (
        ("身体障害者手帳", ["1級", "2級", "3級", "4級"]),
        ("療育手帳", ["A", "B"]),
        ("精神障害者保健福祉手帳", ["1級", "2級", "3級"]),
    ):
        for grade in grades:
            a, b = rng.randrange(5, 80), rng.randrange(100, 1500)
            rows.append([kind, grade, a, b, a + b])
    docs.append(
        Doc(
            "statistics",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[SheetSpec("手帳所持者数", rows)]),
            "disability counts, no person",
        )
    )
    return docs


# --- hidden records (levels 2 and 3) ------------------------------------------------------------------
def person_rows(g: Gen, n: int, cols: Sequence[str], lo: int = 20, hi: int = 90) -> list[list[Cell]]:
    """Rows of ``n`` private persons; ``cols`` picks fields by key."""
    rows: list[list[Cell]] = []
    for i, p in enumerate(g.people(n, lo, hi), start=1):
        values: dict[str, Cell] = {
            "no": i, "name": p.name(g.rng.choice([" ", "　"])), "kana": p.kana(), "sex": p.sex,
            "birth": p.birth, "birth_w": wareki(p.birth, g.rng.randrange(3)), "age": p.age(), "address": p.address,
            "phone": p.phone, "mobile": g.phone(mobile=True), "town": g.town()[0],
        }  # fmt: skip
        rows.append([values[c] for c in cols])
    return rows


def facility_with_users(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng

    def facility_sheet(kind: str, reading: str, n: int) -> SheetSpec:
        rows: list[list[Cell]] = [["施設名", "名称_カナ", "所在地", "電話番号", "緯度", "経度", "開設日"]]
        for _ in range(n):
            t, tk = g.town()
            rows.append([f"{t}{kind}", katakana(tk + reading), g.address(0, town=t, flat=False), g.phone(),
                         *g.latlon(), g.date(dt.date(1980, 1, 1), dt.date(2020, 1, 1))])  # fmt: skip
        return SheetSpec("施設一覧", rows)

    users: list[list[Cell]] = [["No", "児童氏名", "フリガナ", "生年月日", "保護者氏名", "住所", "電話番号"]]
    for row in person_rows(
        g, rng.randrange(18, 30), ["no", "name", "kana", "birth", "town", "address", "phone"], 6, 11
    ):
        row[4] = g.person(30, 45, home=False).name()
        users.append(row)
    docs.append(Doc("facility_with_users", "xlsx", 2, ["name", "address", "birth_date", "phone"],
                    DocSpec(sheets=[facility_sheet("児童クラブ", "じどうくらぶ", 8), SheetSpec("利用児童", users)]),
                    "second sheet lists children with home address and birth date (< 100 persons)"))  # fmt: skip

    users = [["利用者番号", "氏名", "ふりがな", "性別", "生年月日", "住所", "緊急連絡先"]]
    users += person_rows(
        g, rng.randrange(115, 140), ["no", "name", "kana", "sex", "birth_w", "address", "mobile"], 70, 98
    )
    docs.append(Doc("facility_with_users", "xlsx", 3, ["name", "address", "birth_date", "phone", "gender"],
                    DocSpec(sheets=[facility_sheet("デイサービスセンター", "でいさーびすせんたー", 6), SheetSpec("利用者名簿", users)]),
                    "> 100 users with name + address + birth date"))  # fmt: skip

    waiting: list[list[Cell]] = [["受付番号", "児童氏名", "生年月日", "保護者", "現住所", "希望園"]]
    for row in person_rows(
        g, rng.randrange(10, 16), ["no", "name", "birth", "town", "address", "town"], 0, 3
    ):
        row[3] = g.person(25, 42, home=False).name()
        row[5] = f"{g.town()[0].removesuffix('町')}保育園"
        waiting.append(row)
    sheet = SheetSpec("入所待ち", waiting, state="hidden")
    docs.append(Doc("facility_with_users", "xlsx", 2, ["name", "address", "birth_date"],
                    DocSpec(sheets=[facility_sheet("保育園", "ほいくえん", 10), sheet]), "hidden sheet of waiting children"))  # fmt: skip

    reg: list[list[Cell]] = [["登録番号", "氏名", "住所", "電話", "生年月日"]]
    reg += person_rows(g, rng.randrange(104, 125), ["no", "name", "address", "phone", "birth"])
    docs.append(Doc("facility_with_users", "xlsx", 3, ["name", "address", "phone", "birth_date"],
                    DocSpec(sheets=[facility_sheet("図書館", "としょかん", 5), SheetSpec("個人利用登録者", reg, state="veryHidden")]),
                    "very hidden sheet: > 100 registered library users"))  # fmt: skip

    course: list[list[Cell]] = [["氏名", "住所", "電話番号", "受講日"]]
    for r in person_rows(g, rng.randrange(12, 20), ["name", "address", "phone"]):
        course.append([*r, g.date(dt.date(2023, 4, 1), dt.date(2024, 3, 1))])
    spec = DocSpec(title="AED設置場所と普通救命講習の修了者",
                   sheets=[facility_sheet("公民館", "こうみんかん", 7),
                           SheetSpec("講習修了者", course)])  # fmt: skip
    docs.append(Doc("facility_with_users", "pdf", 2, ["name", "address", "phone"], spec,
                    "facility table then a table of course participants (private persons)"))  # fmt: skip

    halls: list[list[Cell]] = [["施設名", "所在地", "電話番号"]]
    for _ in range(5):
        t = g.town()[0]
        halls.append([f"{t}集会所", g.address(0, town=t, flat=False), g.phone()])
    halls += [[], ["鍵の預かり者（地元住民）"], ["氏名", "自宅住所", "自宅電話"]]
    halls += person_rows(g, 5, ["name", "address", "phone"], 50, 85)
    docs.append(Doc("facility_with_users", "csv-cp932", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("集会所", halls)]),
                    "key holders are private residents with home address and phone"))  # fmt: skip
    return docs


def resident_lists(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    head: list[list[Cell]] = [["No", "氏名", "住所", "電話番号"]]
    docs.append(Doc("resident_list", "xlsx", 3, ["name", "address", "phone"],
                    DocSpec(sheets=[SheetSpec("名簿", head + person_rows(g, 150, ["no", "name", "address", "phone"]),
                                              title="健康づくり教室 参加申込者")])))  # fmt: skip
    rows: list[list[Cell]] = [
        ["氏名", "カナ氏名", "住所", "電話"],
        *person_rows(g, rng.randrange(125, 145), ["name", "kana", "address", "phone"]),
    ]
    docs.append(
        Doc(
            "resident_list",
            "csv-cp932",
            3,
            ["name", "address", "phone"],
            DocSpec(sheets=[SheetSpec("s", rows)]),
        )
    )
    rows = [
        ["No", "氏名", "生年月日", "住所"],
        *person_rows(g, rng.randrange(150, 170), ["no", "name", "birth_w", "address"]),
    ]
    docs.append(Doc("resident_list", "pdf", 3, ["name", "address", "birth_date"],
                    DocSpec(title="敬老祝金 対象者一覧", tables=[[[str(c) for c in r] for r in rows]]),
                    "multi-page PDF table of > 100 residents"))  # fmt: skip
    rows = [["name", "nameKana", "address", "tel", "birthDate"]]
    rows += [[r[0], r[1], r[2], r[3], r[4].isoformat() if isinstance(r[4], dt.date) else r[4]]
             for r in person_rows(g, 110, ["name", "kana", "address", "phone", "birth"])]  # fmt: skip
    docs.append(Doc("resident_list", "csv", 3, ["name", "address", "phone", "birth_date"], DocSpec(sheets=[SheetSpec("r", rows)]),
                    "English open-data-like headers, but private persons (> 100)"))  # fmt: skip
    rows = [["No", "氏名", "住所", "電話番号"], *person_rows(g, 101, ["no", "name", "address", "phone"])]
    docs.append(Doc("resident_list", "xlsx", 3, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("参加者", rows)]),
                    "101 distinct persons: just above bulk_subjects (more than 100) → 3"))  # fmt: skip
    rows = [["No", "氏名", "住所", "電話番号"], *person_rows(g, 100, ["no", "name", "address", "phone"])]
    docs.append(Doc("resident_list", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("参加者", rows)]),
                    "exactly 100 persons: not more than bulk_subjects → 2"))  # fmt: skip
    lines = ["粗大ごみ戸別収集 申込受付簿"] + [
        f"{r[0]}\t{r[1]}\t{r[2]}" for r in person_rows(g, rng.randrange(30, 50), ["name", "address", "phone"])
    ]
    docs.append(Doc("resident_list", "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=lines)))
    rows = [["氏名", "生年月日", "住所", "受診日", "検診種別", "結果"]]
    for r in person_rows(g, rng.randrange(8, 14), ["name", "birth_w", "address"], 40, 80):
        rows.append(
            [
                *r,
                wareki(g.date(dt.date(2023, 6, 1), dt.date(2023, 12, 1))),
                rng.choice(["胃がん", "大腸がん", "肺がん"]),
                "要精密検査",
            ]
        )
    docs.append(Doc("resident_list", "xlsx", 3, ["name", "address", "birth_date", "health"],
                    DocSpec(sheets=[SheetSpec("要精検者", rows)]), "screening results (health) of named residents"))  # fmt: skip
    rows = [
        ["氏名", "住所", "電話", "生年月日", "性別"],
        *person_rows(g, rng.randrange(60, 90), ["name", "address", "phone", "birth", "sex"]),
    ]
    docs.append(Doc("resident_list", "docx", 2, ["name", "address", "phone", "birth_date", "gender"],
                    DocSpec(title="防災ラジオ貸与者一覧", tables=[[[str(c) for c in r] for r in rows]])))  # fmt: skip

    lines = ["住民基本台帳 世帯員一覧（照会回答用）", "世帯主　　続柄　氏名　　　　生年月日　　　　住所"]
    for _ in range(rng.randrange(8, 14)):
        head_ = g.person(35, 80)
        for rel, member in (("世帯主", head_), ("妻" if head_.sex == "男" else "夫", g.person(30, 80, home=False)),
                            ("子", g.person(1, 20, home=False))):  # fmt: skip
            lines.append(
                f"{head_.name()}　{rel}　{head_.sur} {member.given}　{wareki(member.birth)}　{head_.address}"
            )
    docs.append(Doc("resident_list", "txt-cp932", 2, ["name", "address", "birth_date", "relationship"],
                    DocSpec(paragraphs=lines), "households with 続柄 and birth dates, fewer than 100 persons → 2"))  # fmt: skip

    rows = [["町丁目", "世帯数", "65歳以上単身世帯"]]
    for t, _ in TOWNS[:8]:
        rows.append([t, rng.randrange(100, 700), rng.randrange(5, 60)])
    alone: list[list[Cell]] = [
        ["氏名", "年齢", "住所", "電話"],
        *person_rows(g, rng.randrange(40, 70), ["name", "age", "address", "phone"], 65, 95),
    ]
    docs.append(Doc("resident_list", "xlsx", 2, ["name", "address", "phone"],
                    DocSpec(sheets=[SheetSpec("集計", rows), SheetSpec("対象者", alone)]),
                    "statistics sheet followed by the single elderly residents it counts → 2"))  # fmt: skip
    return docs


def applicant_files(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    note = "private applicant's own home address and birth date (not the business's) → 2"
    p = g.person(28, 70)
    shop = shop_name(g, "飲食")[0]
    docs.append(Doc("applicant_file", "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="営業許可申請書（飲食店営業）",
        tables=[[["申請者氏名", p.name()], ["申請者の住所", p.address], ["生年月日", wareki(p.birth)], ["電話番号", p.phone],
                 ["営業所の名称", shop], ["営業所の所在地", g.address(0)], ["業種", "飲食店営業"]]],
        paragraphs=["上記のとおり申請します。", f"{wareki(dt.date(2024, 2, rng.randrange(1, 28)))}", f"{g.city}保健所長 様"]), note))  # fmt: skip

    p = g.person(30, 75)
    docs.append(Doc("applicant_file", "pdf", 2, ["name", "address", "birth_date"], DocSpec(
        title="旅館業営業許可申請書", paragraphs=[
            f"申請者　住所 {p.address}　氏名 {p.name()}　生年月日 {wareki(p.birth, 1)}生",
            f"施設の名称　{shop_name(g, '旅館')[0]}　施設の所在地　{g.address(0)}", "営業の種別　簡易宿所営業",
            "添付書類　構造設備の概要、施設の図面、住民票の写し"]), note))  # fmt: skip

    p = g.person(25, 60)
    rows: list[list[Cell]] = [["項目", "内容"], ["開設者氏名", p.name()], ["フリガナ", p.kana()], ["開設者住所", p.address],
                              ["開設者生年月日", p.birth], ["施設の名称", shop_name(g, "理容")[0]], ["施設の所在地", g.address(1)],
                              ["確認申請日", dt.date(2024, 3, rng.randrange(1, 28))]]  # fmt: skip
    docs.append(
        Doc(
            "applicant_file",
            "xlsx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[SheetSpec("開設届", rows)]),
            note,
        )
    )

    p = g.person(30, 65)
    lines = [
        "受付メモ（美容所開設）",
        f"{wareki(dt.date(2024, 1, rng.randrange(5, 28)))} 来庁。申請者 {p.name()} さん（{wareki(p.birth)}生）。",
        f"自宅：{p.address}、携帯 {g.phone(mobile=True)}。自宅の一部を店舗に改装予定とのこと。",
        "図面の不足あり、後日持参。",
    ]
    docs.append(
        Doc(
            "applicant_file",
            "txt-cp932",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(paragraphs=lines),
            note,
        )
    )

    p = g.person(30, 60)
    career = [
        "管理薬剤師 経歴書",
        f"氏名　{p.name()}　　生年月日　{wareki(p.birth)}　　住所　{p.address}",
        f"{wareki(dt.date(p.birth.year + 23, 5, 1))} 薬剤師免許取得",
        f"現在 {g.rng.choice(SURNAMES)[0]}薬局 勤務",
    ]
    docs.append(Doc("applicant_file", "docx", 2, ["name", "address", "birth_date"], DocSpec(paragraphs=career),
                    "pharmacist's CV with home address and birth date: private data, unlike the public register → 2"))  # fmt: skip

    rows = [["受付番号", "申請者", "申請者住所", "生年月日", "屋号", "営業所所在地", "受付日"]]
    for i in range(1, rng.randrange(8, 14)):
        q = g.person(25, 70)
        rows.append(
            [
                i,
                q.name(),
                q.address,
                q.birth,
                shop_name(g, "飲食")[0],
                g.address(0),
                g.date(dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
            ]
        )
    docs.append(Doc("applicant_file", "xlsx", 2, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec("申請受付", rows)]),
                    "applications ledger: applicants' home addresses and birth dates"))  # fmt: skip

    rows = [["登録番号", "飼い主氏名", "飼い主住所", "電話番号", "犬の名前", "犬種", "登録年月日"]]
    for r in person_rows(g, rng.randrange(20, 40), ["no", "name", "address", "phone"]):
        rows.append([f"R{r[0]:04d}", r[1], r[2], r[3], rng.choice(["ポチ", "モモ", "ハナ", "コタロウ", "ソラ"]),
                     rng.choice(["柴", "トイ・プードル", "雑種"]), g.date(dt.date(2015, 1, 1), dt.date(2024, 3, 1))])  # fmt: skip
    docs.append(Doc("applicant_file", "csv", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("犬の登録", rows)]),
                    "dog owners are private persons (home address, phone); 登録年月日 is no birth date"))  # fmt: skip
    return docs


def shelter_evacuees(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng

    def shelters(n: int) -> list[list[Cell]]:
        rows: list[list[Cell]] = [["避難所名", "所在地", "電話番号", "収容人数"]]
        for _ in range(n):
            t = g.town()[0]
            rows.append(
                [
                    f"{t.removesuffix('町')}小学校体育館",
                    g.address(0, town=t, flat=False),
                    g.phone(),
                    rng.randrange(100, 500),
                ]
            )
        return rows

    ev: list[list[Cell]] = [["No", "氏名", "年齢", "性別", "住所", "入所日時"]]
    for r in person_rows(g, rng.randrange(30, 60), ["no", "name", "age", "sex", "address"]):
        ev.append([*r, dt.datetime(2023, 8, 15, rng.randrange(8, 22), rng.choice([0, 15, 30, 45]))])
    docs.append(Doc("shelter_evacuees", "xlsx", 2, ["name", "address", "gender"],
                    DocSpec(sheets=[SheetSpec("避難所一覧", shelters(6)), SheetSpec("避難者名簿", ev)])))  # fmt: skip

    ev = [["受付No", "氏名", "住所", "電話", "同行人数"]]
    ev += [
        [*r, rng.randrange(0, 4)]
        for r in person_rows(g, rng.randrange(112, 130), ["no", "name", "address", "phone"])
    ]
    docs.append(Doc("shelter_evacuees", "csv", 3, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("受付簿", ev)]),
                    "> 100 evacuees with name + home address"))  # fmt: skip

    ev = [["氏名", "住所", "年齢", "配慮事項"]]
    needs = ["人工透析（週3回）", "糖尿病・インスリン使用", "車いす使用", "認知症あり", "在宅酸素療法"]
    ev += [
        [*r, rng.choice(needs)]
        for r in person_rows(g, rng.randrange(8, 14), ["name", "address", "age"], 65, 95)
    ]
    docs.append(Doc("shelter_evacuees", "docx", 3, ["name", "address", "health"],
                    DocSpec(title="要配慮者 避難状況", tables=[[[str(c) for c in r] for r in ev]]),
                    "health needs of named evacuees → 3"))  # fmt: skip

    ev = [
        ["氏名", "被災住所", "連絡先"],
        *person_rows(g, rng.randrange(35, 55), ["name", "address", "mobile"]),
    ]
    docs.append(Doc("shelter_evacuees", "pdf", 2, ["name", "address", "phone"],
                    DocSpec(title="避難所運営状況（第5報）", paragraphs=["各避難所の開設状況は下表のとおり。"],
                            tables=[text_table(shelters(5)), text_table(ev)])))  # fmt: skip

    ev = [["No", "世帯主氏名", "住所", "世帯人数", "電話"]]
    ev += [
        [r[0], r[1], r[2], rng.randrange(1, 6), r[3]]
        for r in person_rows(g, rng.randrange(104, 120), ["no", "name", "address", "phone"])
    ]
    docs.append(
        Doc(
            "shelter_evacuees",
            "csv-cp932",
            3,
            ["name", "address", "phone"],
            DocSpec(sheets=[SheetSpec("避難世帯", ev)]),
        )
    )

    lines = [f"{g.town()[0].removesuffix('町')}公民館 避難者受付（手書き転記）"]
    for r in person_rows(g, rng.randrange(12, 20), ["name", "address", "age"]):
        lines.append(f"{r[0]}　{r[1]}　{r[2]}歳")
    docs.append(Doc("shelter_evacuees", "txt", 2, ["name", "address"], DocSpec(paragraphs=lines)))

    support: list[list[Cell]] = [["氏名", "生年月日", "住所", "電話番号", "避難支援の理由", "避難先"]]
    for r in person_rows(g, rng.randrange(15, 25), ["name", "birth", "address", "phone"], 60, 98):
        support.append(
            [
                *r,
                rng.choice(["要介護3", "身体障害者手帳1級（下肢）", "視覚障害", "難病（ALS）"]),
                f"{g.town()[0].removesuffix('町')}小学校",
            ]
        )
    docs.append(Doc("shelter_evacuees", "xlsx", 3, ["name", "address", "birth_date", "phone", "health"],
                    DocSpec(sheets=[SheetSpec("避難行動要支援者", support)]), "disability/care needs of named residents → 3"))  # fmt: skip
    return docs


def volunteer_contacts(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    rows: list[list[Cell]] = [["氏名", "ふりがな", "住所", "自宅電話", "携帯電話", "活動可能日"]]
    for r in person_rows(g, rng.randrange(20, 35), ["name", "kana", "address", "phone", "mobile"]):
        rows.append([*r, rng.choice(["土日", "平日", "いつでも"])])
    docs.append(Doc("volunteer_contacts", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("登録者", rows,
                    title="災害ボランティア登録者名簿")]), "private volunteers with home contact"))  # fmt: skip

    paras = ["見守りボランティア 連絡網", "（班長から順に電話で連絡してください）"]
    for r in person_rows(g, rng.randrange(8, 14), ["name", "phone", "town"]):
        paras.append(f"{r[0]}　TEL {r[1]}　（{r[2]}）")
    docs.append(Doc("volunteer_contacts", "docx", 2, ["name", "phone"], DocSpec(paragraphs=paras),
                    "names with home phones of private persons → 2"))  # fmt: skip

    rows = [["name", "address", "phone", "birthDate"]]
    rows += [
        [r[0], r[1], r[2], str(r[3])]
        for r in person_rows(g, rng.randrange(15, 30), ["name", "address", "mobile", "birth"], 18, 70)
    ]
    docs.append(
        Doc(
            "volunteer_contacts",
            "csv",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(sheets=[SheetSpec("v", rows)]),
        )
    )

    lines = ["読み聞かせボランティア名簿"] + [
        f"{r[0]}\t{r[1]}" for r in person_rows(g, rng.randrange(6, 12), ["name", "phone"])
    ]
    docs.append(Doc("volunteer_contacts", "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=lines)))

    rows = [
        ["地区", "氏名", "住所", "電話"],
        *person_rows(g, rng.randrange(25, 40), ["town", "name", "address", "phone"]),
    ]
    docs.append(Doc("volunteer_contacts", "pdf", 2, ["name", "address", "phone"],
                    DocSpec(title="河川清掃ボランティア 参加者", tables=[[[str(c) for c in r] for r in rows]])))  # fmt: skip

    rows = [["No", "氏名", "フリガナ", "生年月日", "住所", "加入日"]]
    for r in person_rows(g, rng.randrange(120, 140), ["no", "name", "kana", "birth", "address"], 16, 80):
        rows.append([*r, dt.date(2024, 4, 1)])
    docs.append(Doc("volunteer_contacts", "xlsx", 3, ["name", "address", "birth_date"],
                    DocSpec(sheets=[SheetSpec("保険加入者", rows, title="ボランティア活動保険 加入者一覧")]),
                    "> 100 private persons with birth date and address"))  # fmt: skip
    return docs


def hidden_in_registers(g: Gen) -> list[Doc]:
    """Lists that look like public registers but hold private persons' home data."""
    docs: list[Doc] = []
    rng = g.rng
    rows: list[list[Cell]] = [
        ["ため池名", "ため池名カナ", "所在地", "緯度", "経度", "管理者氏名", "管理者住所", "管理者電話"]
    ]
    for _ in range(rng.randrange(8, 14)):
        pn, pk = rng.choice(PONDS)
        p = g.person(50, 85)
        rows.append(
            [pn, katakana(pk), f"{g.city}{g.town()[0]}地内", *g.latlon(), p.name(), p.address, p.phone]
        )
    docs.append(Doc("hidden_in_register", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("管理者", rows)]),
                    "doubtful: pond keepers are private farmers with their own home address/phone, not an organisation's → 2"))  # fmt: skip

    rows = [["自治会名", "会長氏名", "会長住所", "会長電話", "世帯数"]]
    for _ in range(rng.randrange(15, 25)):
        t = g.town()[0]
        p = g.person(55, 85)
        rows.append([f"{t}自治会", p.name(), g.address(1, town=t), p.phone, rng.randrange(30, 400)])
    docs.append(Doc("hidden_in_register", "csv-cp932", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("会長", rows)]),
                    "doubtful: association chairs' HOME address and phone (private residents, no office) → 2"))  # fmt: skip

    rows = [["課", "職名", "氏名", "内線", "自宅住所", "携帯電話（私用）"]]
    for _ in range(rng.randrange(10, 16)):
        p = g.person(23, 60)
        rows.append(
            [
                "危機管理課",
                rng.choice(["課長", "係長", "主査", "主事"]),
                p.name(),
                str(rng.randrange(2100, 2199)),
                p.address,
                g.phone(mobile=True),
            ]
        )
    docs.append(Doc("hidden_in_register", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("緊急連絡網", rows)]),
                    "staff directory with staff's home addresses and private mobiles: private capacity → 2"))  # fmt: skip

    rows = [["番号", "施設名称", "施設所在地", "開設者氏名", "開設者住所", "開設者生年月日", "電話番号"]]
    for i in range(1, rng.randrange(10, 16)):
        p = g.person(30, 75)
        rows.append(
            [i, shop_name(g, "理容")[0], g.address(0), p.name(), p.address, wareki(p.birth, 1), g.phone()]
        )
    docs.append(Doc("hidden_in_register", "xlsx", 2, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec("台帳", rows)]),
                    "internal licence ledger adds the holder's home address and birth date → 2"))  # fmt: skip

    rows = [["議員名", "会派", "自宅住所", "自宅電話", "生年月日", "家族構成"]]
    for _ in range(rng.randrange(6, 10)):
        p = g.person(40, 75)
        rows.append(
            [
                p.name(),
                rng.choice(["新政会", "無所属"]),
                p.address,
                p.phone,
                wareki(p.birth),
                rng.choice(["妻・長男", "夫", "妻・長女・次女"]),
            ]
        )
    docs.append(Doc("hidden_in_register", "docx", 2, ["name", "address", "phone", "birth_date"],
                    DocSpec(title="議員緊急連絡先（事務局内部用）", tables=[[[str(c) for c in r] for r in rows]]),
                    "doubtful: council members, but home address and family, kept internally → 2 (private capacity)"))  # fmt: skip

    rows = [["担当地区", "氏名", "住所", "電話番号", "委嘱年月日"]]
    for _ in range(rng.randrange(15, 25)):
        t = g.town()[0]
        p = g.person(50, 78)
        rows.append([f"{t}", p.name(), g.address(0, town=t), p.phone, wareki(dt.date(2022, 12, 1))])
    docs.append(Doc("hidden_in_register", "pdf", 2, ["name", "address", "phone"], DocSpec(title="民生委員・児童委員名簿", tables=[text_table(rows)]),
                    "doubtful: commissioners in role, but the address/phone are their own homes → 2 (the higher candidate)"))  # fmt: skip
    return docs


def hidden_in_prose(g: Gen) -> list[Doc]:
    docs: list[Doc] = []
    rng = g.rng
    p = g.person(30, 80)
    rows: list[list[Cell]] = [["回答No", "年代", "性別", "地区", "ご意見・ご要望（自由記述）"]]
    for i in range(1, rng.randrange(30, 45)):
        rows.append(
            [
                i,
                rng.choice(["30代", "50代", "70代以上"]),
                rng.choice(["男性", "女性"]),
                g.town()[0],
                rng.choice(SURVEY_FREE),
            ]
        )
    rows.insert(rng.randrange(5, 20), [99, "60代", "女性", g.town()[0],
                                      f"個別に相談したいので連絡ください。{p.name()} {p.address} 電話{p.phone}"])  # fmt: skip
    docs.append(Doc("hidden_in_prose", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("自由記述", rows)]),
                    "one respondent wrote their name, address and phone into the free text → 2"))  # fmt: skip

    p = g.person(35, 70)
    debt = rng.randrange(150, 900) * 1000
    minutes = [
        "滞納整理 困難案件検討会 記録",
        "出席：収納課長、収納課係長、担当主査",
        f"案件1　{p.name()}氏（{p.address}）　固定資産税・国民健康保険税 滞納額 {debt:,}円。",
        "平成30年度から分納誓約を繰り返すも不履行。給与差押えを検討する。",
        "案件2　事業所の法人市民税について、代表者と面談予定。",
    ]
    docs.append(Doc("hidden_in_prose", "docx", 3, ["name", "address", "arrears"], DocSpec(paragraphs=minutes),
                    "arrears of a named resident in case minutes → 3"))  # fmt: skip

    p = g.person(30, 80)
    mn = g.my_number()
    report = [
        "誤送付事案 経過報告（内部用）",
        f"対象者：{p.name()}（{p.address}）",
        f"誤送付された書類：個人番号通知に関する照会文書（個人番号 {mn[:4]} {mn[4:8]} {mn[8:]} 記載）",
        "送付先の方から連絡あり、職員が回収済み。",
    ]
    docs.append(Doc("hidden_in_prose", "pdf", 3, ["name", "address", "my_number"], DocSpec(paragraphs=report),
                    "internal version of an incident report holding the person's My Number → 3"))  # fmt: skip

    p = g.person(70, 90)
    memo = [
        f"相談記録　{wareki(dt.date(2024, 2, rng.randrange(1, 28)))}",
        f"{p.name()}さん（{p.age()}歳、{p.address}）より電話。",
        "腰痛で整形外科に通院中、買い物が難しいとのこと。民生委員と連携して見守りを依頼。",
        f"連絡先 {p.phone}",
    ]
    docs.append(Doc("hidden_in_prose", "txt", 3, ["name", "address", "phone", "health"], DocSpec(paragraphs=memo),
                    "通院 of a named resident → 3 (health)"))  # fmt: skip

    p = g.person(30, 70)
    letter = [
        f"{p.address}",
        f"{p.name()} 様",
        "市税の納付について（催告）",
        f"下記の市税が納期限を過ぎても納付されていません。至急納付してください。　滞納額合計 {rng.randrange(20, 300) * 1000:,}円",
        f"{g.city}長　収納課",
    ]
    docs.append(Doc("hidden_in_prose", "docx", 3, ["name", "address", "arrears"], DocSpec(paragraphs=letter)))

    p, q = g.person(40, 80), g.person(40, 80)
    news = [
        "地区だより（回覧用）",
        "■ 清掃活動のお礼　先日の河川清掃には大勢の方にご参加いただきました。",
        f"■ 新しい班長さん　{p.name()}さん（{p.address}、電話 {p.phone}）",
        f"■ 副班長　{q.name()}さん（電話 {q.phone}）",
    ]
    docs.append(Doc("hidden_in_prose", "txt-cp932", 2, ["name", "address", "phone"], DocSpec(paragraphs=news),
                    "circular names two residents with their home address/phone → 2"))  # fmt: skip

    p = g.person(30, 80)
    complaint = [
        "苦情対応記録（公園管理）",
        f"{wareki(dt.date(2024, 3, rng.randrange(1, 28)))} 10:20 電話受付",
        f"申出者：{p.name()} 様　{p.address}　TEL {p.phone}",
        f"内容：{g.town()[0]}公園の遊具が破損しており、子どもがけがをしそうだとのこと。",
        "対応：同日 公園緑地課職員が現地確認し、使用禁止の表示をした。",
    ]
    docs.append(Doc("hidden_in_prose", "pdf", 2, ["name", "address", "phone"], DocSpec(paragraphs=complaint)))
    return docs


def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    docs: list[Doc] = []
    for family in (facility_lists, licence_registers, org_lists, public_prose, statistics, facility_with_users,
                   resident_lists, applicant_files, shelter_evacuees, volunteer_contacts, hidden_in_registers,
                   hidden_in_prose):  # fmt: skip
        docs.extend(family(g))
    rng.shuffle(docs)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam5")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set5", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
