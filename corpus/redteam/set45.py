"""Forty-fifth red-team set (blind): a city's 選挙管理委員会 and 統計担当.

``python -m corpus.redteam.set45 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with 大字…番地 and …丁目 areas, its area code and its regional bank) is drawn per build, in the
year of the 令和7年 参議院議員通常選挙 and the 令和7年国勢調査. Families follow the desk a document comes from:
選挙人名簿抄本の閲覧 by researchers, survey firms and would-be candidates (``etsuran``), 期日前投票 and its 宣誓書
(``kijitsumae``), 不在者投票 in 指定施設, at the place of stay and by post with the 身体障害者手帳 等級
(``fuzaisha``), 投票管理者・投票立会人 with their 報酬 paid into their own accounts, and the 開票 (``tachiai``),
the 在外選挙人名簿 (``zaigai``), the 統計調査員 hired from among the residents (``chosain``) and the 国勢調査・
経済センサス with their 調査票 and the 督促 of non-responders (``census``); each with its public look-alikes
(投票所 open data with lat/long, 開票結果, 候補者 named in their published role, 自治会長 rosters, 募集 leaflets,
記入例 with sample names, 統計表, companies with 法人番号, masked training cases).

The truth is the default policy's text only: 3 for a My Number, health (disability grades, dialysis, pregnancy
complications, injuries, dementia …) or arrears of money about a named private person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. A 督促 asking a
household to send in its 調査票 is not arrears. ``types`` lists what a perfect reader reports about private persons
(plus ``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import cell_text

SEED = 4545
VARIANT = "redteam45"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, bank, bank branches, (lat, long), areas); an area ending in "*"
# takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, list[str], tuple[float, float], list[str]]] = [
    ("茨城県", "筑西市", "0296", "308", "筑波銀行", ["下館", "川島", "協和"], (36.307, 139.983),
     ["大字玉戸*", "大字関本下*", "大字横島*", "大字岡芹*", "菅谷", "玉戸", "小川"]),
    ("栃木県", "真岡市", "0285", "321", "足利銀行", ["真岡", "久下田", "真岡東"], (36.440, 140.013),
     ["大字長田*", "大字亀山*", "大字西郷*", "大字東郷*", "荒町", "台町", "熊倉"]),
    ("三重県", "亀山市", "0595", "519", "百五銀行", ["亀山", "関", "井田川"], (34.855, 136.451),
     ["関町新所*", "川崎町*", "井田川町*", "本町", "野村", "みずほ台", "東御幸町*"]),
    ("岡山県", "総社市", "0866", "719", "中国銀行", ["総社", "清音", "総社東"], (34.672, 133.746),
     ["大字井手*", "大字三輪*", "大字清音上中島*", "中央", "駅前", "総社", "大字真壁*"]),
    ("福岡県", "筑紫野市", "092", "818", "筑邦銀行", ["二日市", "筑紫野", "朝倉街道"], (33.496, 130.516),
     ["大字永岡*", "大字武蔵*", "大字吉木*", "二日市中央", "針摺東", "紫", "湯町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("勘解由小路", "かでのこうじ"), ("百目鬼", "どうめき"), ("薬袋", "みない"), ("鴨脚", "いちょう"),
    ("生天目", "なまため"), ("四十物", "あいもの"), ("小此木", "おこのぎ"), ("左右田", "そうだ"),
    ("一口", "いもあらい"), ("毒島", "ぶすじま"), ("仁平", "にへい"), ("箕輪", "みのわ"), ("舘野", "たての"),
    ("日下部", "くさかべ"), ("五十嵐", "いがらし"), ("小鳥遊", "たかなし"), ("廿楽", "つづら"),
    ("鈴木", "すずき"), ("高橋", "たかはし"), ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"),
    ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("石井", "いしい"), ("青木", "あおき"), ("坂口", "さかぐち"), ("金子", "かねこ"), ("藤原", "ふじわら"),
    ("三浦", "みうら"), ("小野", "おの"), ("田村", "たむら"), ("竹内", "たけうち"), ("中野", "なかの"),
    ("和田", "わだ"), ("中山", "なかやま"), ("石田", "いしだ"), ("上田", "うえだ"), ("森田", "もりた"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("横田", "よこた"), ("宮田", "みやた"),
    ("大西", "おおにし"), ("小松", "こまつ"), ("岩崎", "いわさき"), ("桑原", "くわばら"), ("野村", "のむら"),
    ("菅原", "すがわら"), ("大野", "おおの"), ("片山", "かたやま"), ("北村", "きたむら"), ("谷口", "たにぐち"),
    ("荻野", "おぎの"), ("篠原", "しのはら"), ("小池", "こいけ"), ("飯嶋", "いいじま"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("寅吉", "とらきち"), ("左近", "さこん"), ("朔太郎", "さくたろう"), ("新之助", "しんのすけ"), ("勘助", "かんすけ"),
    ("喜八", "きはち"), ("一心", "いっしん"), ("穣", "みのる"), ("隼人", "はやと"), ("辰夫", "たつお"),
    ("博", "ひろし"), ("清", "きよし"), ("誠", "まこと"), ("健一", "けんいち"), ("孝之", "たかゆき"),
    ("義雄", "よしお"), ("昭", "あきら"), ("和也", "かずや"), ("翔太", "しょうた"), ("大和", "やまと"),
    ("悠真", "ゆうま"), ("陽翔", "はると"), ("健太", "けんた"), ("俊介", "しゅんすけ"), ("雅之", "まさゆき"),
    ("智也", "ともや"), ("文雄", "ふみお"), ("秀明", "ひであき"), ("正勝", "まさかつ"), ("泰造", "たいぞう"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("乙女", "おとめ"), ("キヨ", "きよ"), ("ハル", "はる"), ("小梅", "こうめ"), ("雫", "しずく"),
    ("柚葉", "ゆずは"), ("芽衣", "めい"), ("結衣", "ゆい"), ("美穂", "みほ"), ("恵子", "けいこ"),
    ("順子", "じゅんこ"), ("京子", "きょうこ"), ("文子", "ふみこ"), ("正子", "まさこ"), ("弘子", "ひろこ"),
    ("淑子", "よしこ"), ("綾乃", "あやの"), ("千尋", "ちひろ"), ("麻衣", "まい"), ("香織", "かおり"),
    ("奈々", "なな"), ("裕美", "ひろみ"), ("房江", "ふさえ"), ("絹代", "きぬよ"), ("咲良", "さくら"),
    ("莉子", "りこ"), ("琴音", "ことね"), ("友里", "ゆり"), ("菜摘", "なつみ"), ("タミ", "たみ"),
]  # fmt: skip
BUILDINGS = ["レジデンス駅南", "コーポ若葉", "市営住宅", "メゾン緑ヶ丘", "ハイツ清流", "サンシャイン中央"]
COMPANIES = [
    ("株式会社", "ひかり世論研究所"), ("株式会社", "日本社会調査センター"), ("株式会社", "関東選挙サービス"),
    ("有限会社", "丸正テント"), ("株式会社", "みらい印刷"), ("株式会社", "東邦コールセンター"),
    ("株式会社", "ユニオン人材派遣"), ("合同会社", "データリンク統計"), ("株式会社", "中央ロジテック"),
    ("株式会社", "さくら広告社"), ("有限会社", "平和設備"), ("株式会社", "アーバン警備"),
    ("一般財団法人", "地方行政調査会"), ("株式会社", "大和マーケティング"), ("株式会社", "北斗システム開発"),
    ("有限会社", "よつば運送"),
]  # fmt: skip
UNIVERSITIES = [
    "国立大学法人 北関東大学 社会学部",
    "学校法人 中部学院 政治経済学部",
    "公立大学法人 西日本県立大学",
]
PARTIES = ["民政党", "新進クラブ", "市民ネット", "無所属", "公正党", "未来の会"]
SAMPLE_NAMES = ["選挙 太郎", "選挙 花子", "在外 一郎", "統計 花子", "国勢 太郎", "見本 次郎"]
FACILITY_KINDS = ["病院", "特別養護老人ホーム", "介護老人保健施設", "老人ホーム", "リハビリテーション病院"]
OVERSEAS: list[tuple[str, str, str, str]] = [
    ("アメリカ合衆国", "{n} {st} Ave, San Jose, CA 951{z:02d}, U.S.A.", "+1-408-{a}-{b}", "在サンフランシスコ日本国総領事館"),
    ("ドイツ連邦共和国", "{st}strasse {n}, 402{z:02d} Duesseldorf, Germany", "+49-211-{a}-{b}", "在デュッセルドルフ日本国総領事館"),
    ("タイ王国", "{n}/{z} Soi Sukhumvit 39, Khlong Toei, Bangkok 10110, Thailand", "+66-2-{a}-{b}", "在タイ日本国大使館"),
    ("オーストラリア連邦", "{n} {st} Street, Chatswood NSW 2067, Australia", "+61-2-{a}-{b}", "在シドニー日本国総領事館"),
    ("シンガポール共和国", "{n} {st} Road #{z:02d}-05, Singapore 2481{z:02d}", "+65-{a}-{b}", "在シンガポール日本国大使館"),
    ("英国", "Flat {z}, {n} {st} Road, London W3 7QT, United Kingdom", "+44-20-{a}-{b}", "在英国日本国大使館"),
    ("カナダ", "{n} {st} Street, Vancouver, BC V6E 1{z:02d}, Canada", "+1-604-{a}-{b}", "在バンクーバー日本国総領事館"),
]  # fmt: skip
STREETS = ["Maple", "Cedar", "Willow", "Linden", "Oak", "Harbour", "Birch"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
SANIN = dt.date(2025, 7, 20)  # 参議院議員通常選挙 投票日
KOJI = dt.date(2025, 7, 3)  # 公示日
SHIGI = dt.date(2025, 4, 20)  # 市議会議員一般選挙 投票日
CENSUS = dt.date(2025, 10, 1)
TODAY = dt.date(2025, 11, 14)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SENKAN = "選挙管理委員会"


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced
    令和 7 年 7 月 20 日, ym 昭和48年3月 (a 調査票's 出生の年月)."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{era} {y} 年 {d.month} 月 {d.day} 日"
    if style == "ym":
        return f"{era}{'元' if y == 1 else y}年{d.month}月"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目12番 → 3 丁目 12 番."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def area_label(area: str) -> str:
    """The 地区 name an area is known by: 大字玉戸* → 玉戸."""
    a = area.rstrip("*")
    return a[2:] if a.startswith("大字") else a


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    city: str
    area: str
    lot: str
    phone: str
    zip: str
    pref: str = ""

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def kata(self) -> str:
        return katakana(self.kana)

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))

    @property
    def district(self) -> str:
        return area_label(self.area)


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    bank: str
    branches: list[str]
    base: tuple[float, float]
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def senkan(self) -> str:
        return f"{self.city}{SENKAN}"

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 920 + n, 1111 + 23 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2800)}番地"
            if r.random() < 0.3:
                base += f"{r.randint(1, 12)}"
            elif r.random() < 0.15:
                base = base.translate(FW)
            return base
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 24)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 9)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1932, 2006), sex: str = "") -> Person:
        r = self.rng
        want = sex
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = want or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1932, 2006)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer or someone named in a role (not drawn from the residents)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def companies(self, n: int) -> list[str]:
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [f"{k}{c}" if i % 3 else f"{c}{k}" for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def account(self) -> str:
        return f"{self.bank} {self.rng.choice(self.branches)}支店 普通 {self.rng.randint(1000000, 9999999)}"

    def lat_long(self) -> tuple[str, str]:
        lat, lon = self.base
        return f"{lat + self.rng.uniform(-0.04, 0.04):.6f}", f"{lon + self.rng.uniform(-0.04, 0.04):.6f}"

    def overseas(self) -> tuple[str, str, str, str]:
        """(country, address, phone, 在外公館) of a voter living abroad."""
        country, fmt, tel, office = self.rng.choice(OVERSEAS)
        r = self.rng
        addr = fmt.format(n=r.randint(2, 980), st=r.choice(STREETS), z=r.randint(10, 99))
        phone = tel.format(a=r.randint(200, 899), b=r.randint(1000, 9999))
        return country, addr, phone, office

    def precinct(self, n: int) -> str:
        return f"第{n}投票区"


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
    ruled: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (no table), a system
    banner, the print conditions, a dashed or ruled line under the header and ``n / N`` on every page."""

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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 SK{n % 3 + 1:02d}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            for label, x in cols:
                c.drawString(x, y, label)
            if ruled:
                c.setLineWidth(0.6)
                c.line(28, y - 4, w - 28, y - 4)
            else:
                c.drawString(30, y - 10, "-" * 170)
            y -= 20
            for row in chunk:
                for value, (_, x) in zip(row, cols, strict=False):
                    c.drawString(x, y, value)
                y -= 12.5
            if n == len(pages):
                c.drawString(30, y - 8, f"＊＊ 合計 {len(rows)} 件 ＊＊")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export):
    ``>`` right-aligns a line, ``^`` centres it as a heading."""

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
            for line in chunk:
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


def sheet(name: str, rows: Sequence[Sequence[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=[list(r) for r in rows], **kw)  # type: ignore[arg-type]


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack copied as ``名前  [13:10]`` then the message, or a relay log ``名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"会議チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room}のトーク履歴")
        out.append(f"保存日時：{ymd(day)} 17:48")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 電話・無線 転記）")
        for t, who, msg in lines:
            out += [f"({t})", f"{who} → {msg}"]
    else:
        out.append(f"#{room}")
        out.append("")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    return out


def mail(
    sender: str,
    to: str,
    subject: str,
    sent: str,
    body: list[str],
    quoted: list[tuple[str, str, str, list[str]]],
) -> list[str]:
    """An Outlook message saved as text, with earlier messages quoted below (``> `` per level)."""
    out = [f"差出人: {sender}", f"送信日時: {sent}", f"宛先: {to}", f"件名: {subject}", "", *body, ""]
    depth = 1
    for who, when, subj, lines in quoted:
        q = "> " * depth
        out += [
            f"{q}-----Original Message-----",
            f"{q}From: {who}",
            f"{q}Sent: {when}",
            f"{q}Subject: {subj}",
        ]
        out += [f"{q}{line}" if line else q.rstrip() for line in lines]
        out.append("")
        depth += 1
    return out


def far_right(rows: Sequence[Sequence[Cell]], skip: int) -> list[list[Cell]]:
    """Shift a table ``skip`` columns to the right (data starting in column Z and beyond)."""
    pad: list[Cell] = [None] * skip
    return [pad + list(r) for r in rows]


def text_doc(
    family: str, level: int, types: list[str], lines: list[str], fmt: str = "txt", note: str = ""
) -> Doc:
    return Doc(family, fmt, level, types, DocSpec(paragraphs=lines), note)


def letter_doc(family: str, level: int, types: list[str], lines: list[str], head: str, note: str = "") -> Doc:
    """A letter drawn on a canvas PDF (its digits set apart where the lines say so)."""
    spec = DocSpec(title=lines[0].lstrip(">^"), paragraphs=[x.lstrip(">^") for x in lines[1:]])
    return Doc(family, "pdf", level, types, spec, note, post=letter_pdf(lines, head))


def print_doc(
    family: str,
    level: int,
    types: list[str],
    title: str,
    system: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    conditions: str,
    ruled: bool,
    note: str = "",
) -> Doc:
    spec = DocSpec(title=title, paragraphs=[system, conditions, f"{len(rows)}件"])
    return Doc(family, "pdf", level, types, spec, note,
               post=system_print(title, system, cols, rows, 30, conditions, ruled))  # fmt: skip


def addressee(p: Person) -> list[str]:
    """The address block of a letter, digits set apart as the PDF text extracts them."""
    return [spaced_digits(f"〒{p.zip}"), spaced_digits(p.address(True)), f"{p.name()} 様", ""]


def dated(d: dt.date, number: str) -> list[str]:
    return [f">{number}", f">{wareki(d, 'spaced')}"]


def birth_of(p: Person, i: int) -> str:
    style = ("long", "short", "slash", "abbr")[i % 4]
    return wareki(p.birth, style)


def failing_numbers(ctx: Ctx, n: int, first: str) -> list[str]:
    """``n`` distinct 12-digit look-alikes (order numbers and the like) that all fail the check digit."""
    out: list[str] = []
    while len(out) < n:
        bad = fail_check(random_my_number(ctx.rng, first), ctx.rng.randint(1, 9))
        if bad not in out:
            out.append(bad)
    return out


# --- 選挙人名簿抄本の閲覧 (選挙管理委員会 名簿係) ----------------------------------------------------------
def etsuran(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "etsuran"
    docs: list[Doc] = []
    districts = ctx.districts

    # L1: the published 閲覧状況 (法第28条の4第6項) with the firms' 法人番号 and 代表者 in role
    rows: list[list[str]] = [["申出者の氏名（法人にあっては名称及び代表者の氏名）", "法人番号", "利用目的の概要",
                              "閲覧年月日", "閲覧した者の範囲"]]  # fmt: skip
    for i, comp in enumerate(ctx.companies(4)):
        d = dt.date(2025, r.randint(4, 6), r.randint(1, 28))
        rows.append([f"{comp} 代表取締役 {ctx.staff()}", random_corporate_number(r),
                     r.choice(["参議院議員通常選挙に関する有権者意識調査", "生活意識に関する世論調査",
                               "地域の交通利用に関する学術調査"]),
                     wareki(d), f"{districts[i % len(districts)]}地区 {r.randint(80, 240)}人"])  # fmt: skip
    rows.append([f"{r.choice(UNIVERSITIES)} 教授 {ctx.staff()}", "―", "投票行動に関する学術研究",
                 wareki(dt.date(2025, 5, r.randint(1, 28))), f"{districts[-1]}地区 60人"])  # fmt: skip
    rows.append([f"{r.choice(PARTIES[:3])}{ctx.pref[:-1]}県総支部連合会 代表 {ctx.staff()}", "―", "政治活動（後援会活動）",
                 wareki(dt.date(2025, 3, r.randint(1, 28))), f"{districts[1]}地区 110人"])  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, ["corporate_number"], DocSpec(
        title="選挙人名簿抄本の閲覧状況の公表",
        paragraphs=["公職選挙法第28条の4第6項の規定により、令和7年1月から6月までの閲覧の状況を公表します。",
                    f"令和7年8月1日　{ctx.senkan}"],
        tables=[rows]),
        note="firms, a university and a party are named with their 代表者 in role; 閲覧年月日 are not birth dates"))  # fmt: skip

    # L1: the guide, which lists the items a 抄本 holds but names nobody
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="選挙人名簿抄本の閲覧申出の手引き",
                paragraphs=[
                    "1 閲覧できる場合　統計調査・世論調査・学術研究その他の調査研究で公益性が高いと認められるもののうち政治・選挙に関するもの、"
                    "公職の候補者等の政治活動（選挙運動を含む）、候補者となろうとする者の政治活動に限られます。",
                    "2 閲覧できる事項　選挙人の氏名、生年月日、性別及び住所の4項目です（名簿番号・投票区を含む）。",
                    "3 申出に必要なもの　閲覧申出書、調査の概要が分かる資料（調査票の写し等）、閲覧事項取扱者の本人確認書類、"
                    "法人の場合は登記事項証明書。",
                    "4 閲覧の日時　選挙期日の公示日から選挙期日後5日間は閲覧できません。事前に予約してください。",
                    "5 転記した情報の管理　閲覧事項取扱者以外への提供は禁止され、違反した場合は30万円以下の過料に処せられることがあります。",
                    f"問合せ先　{ctx.senkan}事務局　電話 {ctx.office_phone(3)}",
                ],
            ),
        )
    )

    # L1: the 受付処理簿 in cp932, 12-digit 受付番号 failing the check, no private person named
    nums = failing_numbers(ctx, 14, "8")
    kinds = ["法人（世論調査）", "国・地方公共団体", "大学（学術研究）", "政党", "個人（政治活動）"]
    rows2: list[list[Cell]] = [
        ["受付番号", "受付日", "申出区分", "申出者", "閲覧予定地区", "閲覧件数", "処理"]
    ]
    for i, num in enumerate(nums):
        kind = kinds[i % len(kinds)]
        who = {
            0: ctx.company(),
            1: f"{ctx.pref}統計課",
            2: UNIVERSITIES[i % 3],
            3: f"{PARTIES[i % 4]}支部",
        }.get(i % len(kinds), "（個人申出のため申出書参照）")
        rows2.append([num, ymd(dt.date(2025, 1 + i % 6, 3 + i)), kind, who, districts[i % len(districts)],
                      r.randint(20, 300), "承認" if i % 7 else "不承認"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付処理簿", rows2)]),
            note="12-digit 受付番号 are look-alikes failing the check digit; no private person is named",
        )
    )

    # L1: 申出書 記入例 with sample names
    ex_rows: list[list[Cell]] = [
        ["項目", "記入内容", "説明"],
        ["申出者（個人の場合）氏名", SAMPLE_NAMES[0], "法人の場合は名称と代表者の氏名"],
        ["申出者 住所", "○○市△△町一丁目2番3号", "法人の場合は主たる事務所の所在地"],
        ["閲覧事項取扱者 氏名", SAMPLE_NAMES[5], "実際に閲覧・転記する方全員"],
        ["利用目的", "○○に関する世論調査", "調査の名称を具体的に"],
        ["閲覧の範囲", "○○地区の18歳以上の男女 100人", "抽出方法も記入"],
        ["管理の方法", "施錠できる保管庫で保管し、調査終了後にシュレッダー処理", ""],
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("記入例", ex_rows, title="閲覧申出書 記入例（調査研究用）", first_row=4)],
                footer="記入例",
            ),
            note="記入例 with sample names and a placeholder address",
            post=merge_xlsx({"記入例": ["C5:C6"]}),
        )
    )

    # L1: candidates in their published role (市議会議員一般選挙), 年齢 is not a birth date
    cand: list[list[Cell]] = [["届出番号", "氏名", "ふりがな", "年齢", "性別", "党派", "新旧", "職業"]]
    for i in range(1, 23):
        nm = ctx.staff()
        cand.append([i, nm, "（略）", r.randint(31, 78), r.choice("男女"), r.choice(PARTIES), r.choice(["現", "新", "元"]),
                     r.choice(["市議会議員", "会社役員", "農業", "団体職員", "自営業"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("候補者", cand, title=f"{ctx.city}議会議員一般選挙 候補者一覧（届出順）")]),
            note="candidates named in their published role; 年齢 is not a birth date",
        )
    )

    # L1: Teams among staff about room bookings (no resident)
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    comp = ctx.company()
    lines = [
        ("09:12", s1, f"来週の閲覧、{comp}さんの3名が火・水で予約入ってます"),
        ("09:14", s2, "第2会議室は火曜午後に議会の打合せが入ってるので、火曜は相談室でお願いします"),
        ("09:15", s1, "了解です。転記用紙は先方持参、パソコン持込は不可で伝えてあります"),
        ("09:21", s3, "公示日以降は閲覧停止なので、7/2までに終わるよう日程組んでください"),
        ("09:22", s1, f"承知しました。立会いは私と{s2.split()[0]}さんで入ります"),
    ]
    docs.append(
        text_doc(
            fam,
            1,
            [],
            chat("teams", dt.date(2025, 6, 9), lines, "名簿係"),
            note="no resident: staff and a survey firm named in role",
        )
    )

    # L2: a would-be candidate's own 閲覧申出書 (individual, home address and phone)
    p = ctx.person((1960, 1985), "男")
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(
        title="選挙人名簿抄本閲覧申出書（政治活動用）",
        paragraphs=[f"{ctx.senkan}委員長 様", "公職選挙法第28条の3第1項の規定により、次のとおり選挙人名簿の抄本の閲覧を申し出ます。",
                    f"申出日　{wareki(dt.date(2025, 5, r.randint(7, 28)))}"],
        tables=[[["申出者 氏名", p.name()], ["住所", p.address()], ["電話番号", p.phone],
                 ["区分", "公職の候補者となろうとする者"], ["利用目的", "後援会入会案内の送付"],
                 ["閲覧の範囲", f"{p.district}地区の選挙人"], ["閲覧事項取扱者", "申出者本人"]]]),
        note="a would-be candidate applies as a private individual at his home address"))  # fmt: skip

    # L2: a survey firm's transcription of 30-45 electors (under 100), 姓・名 split, hidden 抽出条件
    sample = ctx.people(r.randint(30, 45), (1940, 2006))
    tr: list[list[Cell]] = [["No", "姓", "名", "セイ", "メイ", "性別", "生年月日", "住所"]]
    for i, q in enumerate(sample, start=1):
        tr.append([i, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.sex, q.birth, q.address()])
    cond = [
        ["抽出条件"],
        ["調査名", "生活意識に関する世論調査"],
        ["抽出", "系統抽出 間隔 37"],
        ["起点", "名簿番号 0012"],
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[
                    sheet("転記", tr, title=f"閲覧転記票 {sample[0].district}地区", first_row=6),
                    sheet("抽出条件", cond, state="hidden"),
                ]
            ),
        )
    )

    # L2: a refusal letter to an individual applicant, digits set apart
    q = ctx.person((1950, 1990))
    ctx.urban(q)
    lines2 = [*dated(dt.date(2025, 6, r.randint(2, 27)), f"{ctx.city[0]}選管発第{r.randint(40, 99)}号"), "",
              *addressee(q), f">{ctx.senkan}委員長",
              "^選挙人名簿抄本閲覧申出の不承認について（通知）",
              spaced_digits(f"令和7年{r.randint(5, 6)}月{r.randint(1, 28)}日付けで申出のあった選挙人名簿抄本の閲覧については、"),
              "利用目的が公職選挙法第28条の3に定める場合に該当すると認められないため、",
              "承認しないこととしたので通知します。",
              "", "（理由）商品案内の送付を目的とする利用であるため。",
              "", "この処分に不服がある場合は、審査請求をすることができます。",
              f"担当　名簿係　電話 {ctx.office_phone(3)}"]  # fmt: skip
    docs.append(letter_doc(fam, 2, ["address", "name"], lines2, "名簿係"))

    # L2: LINE WORKS, a reply gives a graduate student's mobile
    s1, s2 = ctx.staff(), ctx.staff()
    stu = ctx.person((1996, 2002))
    lines3 = [
        ("10:02", s1, f"大学院生の{stu.name()}さんから郵送で閲覧申出書が来ています。指導教員の推薦書はあり"),
        ("10:05", s2, "研究室の電話は夏季休業で出ないですね"),
        ("10:06", s1, f"申出書の連絡先欄に {stu.phone} とありました"),
        ("10:09", s2, "そちらにかけて閲覧日を調整してください"),
    ]
    docs.append(
        text_doc(fam, 2, ["name", "phone"], chat("lineworks", dt.date(2025, 8, 20), lines3, "名簿係"))
    )

    # L2: a researcher's 誓約書 at his home address with his birth date (odt)
    res = ctx.person((1965, 1988), "男")
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name"], DocSpec(
        title="誓約書",
        paragraphs=[f"{ctx.senkan}委員長 様",
                    "私は、選挙人名簿抄本の閲覧により知り得た事項を、申出書に記載した利用目的以外に使用せず、"
                    "第三者に提供しないことを誓約します。",
                    f"住所　{res.address(True)}", f"氏名　{res.name()}", f"生年月日　{wareki(res.birth)}",
                    "所属　（個人研究のため所属なし）", f"{wareki(dt.date(2025, 9, r.randint(1, 28)))}"]),
        note="an independent researcher signs at his home address with his birth date"))  # fmt: skip

    # L3: 選挙人名簿抄本 print of one 投票区, 120-140 electors, ruled
    pre = r.randint(3, 12)
    electors = ctx.people(r.randint(120, 140), (1932, 2006))
    prow = [
        [f"{pre:02d}-{i:05d}", e.name(), e.kata, wareki(e.birth, "slash"), e.sex, e.address()]
        for i, e in enumerate(electors, start=1)
    ]
    docs.append(print_doc(fam, 3, ["address", "birth_date", "name"], f"選挙人名簿抄本（{ctx.precinct(pre)}）",
                          "選挙人名簿システム SENKYO-NET V4", [("名簿番号", 30), ("氏名", 100), ("カナ", 190),
                          ("生年月日", 300), ("性別", 370), ("住所", 400)], prow,
                          f"出力条件: 投票区={pre:02d} 基準日=令和7年6月2日 抹消者除く", True))  # fmt: skip

    # L3: a survey firm's transcription over 100 electors (utf-8 csv)
    many = ctx.people(r.randint(104, 118), (1945, 2006))
    rows4: list[list[Cell]] = [["ID", "氏名", "性別", "生年月日", "住所"]]
    for i, e in enumerate(many, start=1):
        rows4.append([f"S{i:04d}", e.name(), e.sex, wareki(e.birth, "short"), e.address()])
    docs.append(
        Doc(
            fam,
            "csv",
            3,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("転記データ", rows4)]),
            note="a survey firm's transcription kept past its use: more than 100 persons",
        )
    )

    # L3: an elector's own letter asking that her entry not be shown; PTSD comes paragraphs later
    w = ctx.person((1975, 1995), "女")
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name", "phone"], DocSpec(
        paragraphs=[f"{ctx.senkan} 御中", "", "選挙人名簿の閲覧についてのお願い",
                    "突然のお手紙を失礼いたします。私は市内に住んでおります者で、選挙人名簿の閲覧の制度について新聞で知り、ご相談したくお便りしました。",
                    "名簿の抄本は、調査会社や政治活動をする方が見ることができると聞きました。以前住んでいた町で、"
                    "私の住所を知らないはずの人から手紙が届いたことがあり、とても不安です。",
                    "そちらで閲覧を止める手続があれば教えていただけないでしょうか。警察にも一度相談しています。",
                    "正直に申しますと、その件以来、心療内科に通院しており、心的外傷後ストレス障害（PTSD）と診断されて服薬を続けています。"
                    "郵便受けを開けるのも怖い日があります。",
                    "どうかよろしくお願いいたします。",
                    "", f"{wareki(dt.date(2025, 7, r.randint(22, 31)))}",
                    f"住所　{w.address()}", f"氏名　{w.name()}", f"電話　{w.phone}"]),
        note="the elector's PTSD and treatment count as health"))  # fmt: skip

    # L3: a party's transcription pasted as fixed-width lines in cp932 (more than 100)
    party = ctx.people(r.randint(110, 125), (1940, 2006))
    lines4 = [f"{PARTIES[1]} 後援会 閲覧転記（{party[0].district}・{party[-1].district}）", "-" * 60]
    for i, e in enumerate(party, start=1):
        lines4.append(f"{i:04d} {e.name():<10}{e.sex} {e.address()}")
    lines4.append(f"以上 {len(party)} 名")
    docs.append(
        text_doc(
            fam,
            3,
            ["address", "name"],
            lines4,
            "txt-cp932",
            note="a party's transcription of more than 100 electors with their addresses",
        )
    )
    return docs


# --- 期日前投票・宣誓書 ------------------------------------------------------------------------------------
def kijitsumae(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "kijitsumae"
    docs: list[Doc] = []
    sites = [f"{ctx.city}役所 本庁舎1階ロビー", f"{ctx.districts[3]}公民館", f"{ctx.districts[4]}支所",
             "ショッピングモール2階 催事場", f"{ctx.districts[0]}コミュニティセンター"]  # fmt: skip

    # L1: 期日前投票所 open data with lat/long and the sites' phones
    od: list[list[Cell]] = [["投票所名", "所在地", "緯度", "経度", "開設期間", "投票時間", "電話番号"]]
    for i, s in enumerate(sites):
        lat, lon = ctx.lat_long()
        od.append([s, ctx.biz_address(), lat, lon, "7月4日～7月19日" if i < 3 else "7月12日～7月19日",
                   "8:30～20:00" if i < 2 else "9:30～20:00", ctx.office_phone(i) if i == 0 else ctx.tel()])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("期日前投票所", od)])))

    # L1: 宣誓書 記入例 with text boxes, a sample name and a sample birth date
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="宣誓書（期日前投票）記入例",
        paragraphs=["投票日当日に次の事由に該当すると見込まれることを宣誓します。",
                    f"氏名　{SAMPLE_NAMES[1]}", "生年月日　昭和50年1月1日", "住所　○○市○○町1丁目1番地",
                    "事由　①仕事、用務　②旅行、冠婚葬祭　③疾病、負傷、妊娠等　④交通至難の島等　⑤住所移転　⑥天災等",
                    "投票所入場券の裏面に印刷された宣誓書を記入してお持ちいただくと、受付がスムーズです。"],
        textboxes=["ここには入場券に記載の氏名を記入", "該当する事由の番号を１つ○で囲んでください"],
        footer="記入例"), note="記入例 with a sample name and a sample birth date"))  # fmt: skip

    # L1: daily voters by site with merged header and a hidden raw sheet
    days = [dt.date(2025, 7, d) for d in range(4, 20)]
    head: list[Cell] = ["月日", *sites[:3], "計"]
    tot: list[list[Cell]] = [head]
    raw: list[list[Cell]] = [["日付", "投票所コード", "男", "女"]]
    for d in days:
        vals = [r.randint(200, 900), r.randint(40, 200), r.randint(30, 150)]
        tot.append([d, *vals, sum(vals)])
        for k, v in enumerate(vals):
            m = r.randint(v // 3, v // 2)
            raw.append([d, f"K{k + 1:02d}", m, v - m])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("日別", tot, title="期日前投票者数（参議院議員通常選挙・選挙区）", first_row=4),
                    sheet("集計元", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"日別": ["B3:D3"]}),
        )
    )

    # L1: staffing table with officers and agency staff in role (xls)
    agency = ctx.company()
    st: list[list[Cell]] = [["月日", "投票所", "投票管理者", "事務従事者（職員）", "派遣スタッフ"]]
    for d in days[:10]:
        st.append([ymd(d), sites[d.day % 3], f"選管書記 {ctx.staff()}", f"{ctx.staff()}（税務課）",
                   f"{ctx.staff()}（{agency}）"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("配置表", st)]),
            note="officers and agency staff named in their role",
        )
    )

    # L1: training slides with masked cases
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="期日前投票事務 従事者研修",
                paragraphs=[
                    "宣誓書の記入がない場合は、受付で記入をお願いする",
                    "代理投票：補助者2名は職員から選ぶ（家族は不可）",
                    "事例1：〇〇 〇〇さんが入場券を忘れた → 名簿対照で本人確認",
                    "事例2：Ａさんが投票用紙を持ち帰ろうとした",
                    "二重投票の防止：名簿システムの「投票済」表示を必ず確認",
                    "投票箱の鍵は管理者と立会人が確認",
                ],
                notes=["個人が特定される話は研修で出さないこと"],
            ),
        )
    )

    # L1: Slack among staff on waiting times (no resident)
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("11:40", s1, "本庁舎、待ち20分です。記載台1台追加できますか"),
        ("11:42", s2, "倉庫に予備2台あります。いま持って行きます"),
        ("11:55", s3, f"{sites[3]}は空いてます。案内放送で分散を呼びかけましょう"),
        ("12:03", s1, "追加設置しました。待ち10分まで減りました"),
    ]
    docs.append(
        text_doc(
            fam,
            1,
            [],
            chat("slack", dt.date(2025, 7, 19), lines, "期日前投票-本部"),
            note="no resident: staff report queues",
        )
    )

    # L2: one 宣誓書 typed into a sheet (仕事)
    p = ctx.person((1960, 2000))
    one: list[list[Cell]] = [["宣誓書（期日前投票）", None], ["選挙の種類", "参議院議員通常選挙"], ["氏名", p.name()],
                             ["フリガナ", p.kata], ["生年月日", wareki(p.birth)], ["住所", p.address()],
                             ["事由", "①仕事、用務に従事"], ["投票年月日", ymd(dt.date(2025, 7, r.randint(4, 19)))],
                             ["投票所", sites[0]]]  # fmt: skip
    docs.append(
        Doc(fam, "xlsx", 2, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("宣誓書", one)]))
    )

    # L2: a re-issue notice for a lost 入場券, digits set apart
    q = ctx.person((1950, 1995))
    ctx.urban(q)
    lines2 = [*dated(dt.date(2025, 7, r.randint(5, 15)), f"受付 {r.randint(1000, 9999)}"), "", *addressee(q),
              f">{ctx.senkan}", "^投票所入場券の再交付について",
              "お申出のありました投票所入場券を再交付いたします。",
              f"投票日　{wareki(SANIN, 'spaced')}（日）　午前 7 時から午後 8 時まで",
              spaced_digits(f"投票所　{ctx.precinct(r.randint(1, 14))} {ctx.districts[2]}小学校体育館"),
              "なお、先にお送りした入場券は使用できません。見つかった場合は破棄してください。",
              f"問合せ　{ctx.senkan}事務局　{ctx.office_phone(3)}"]  # fmt: skip
    docs.append(letter_doc(fam, 2, ["address", "name"], lines2, "入場券再交付"))

    # L2: Teams, the reply gives a voter's birth date and address from the register
    s1, s2 = ctx.staff(), ctx.staff()
    voter = ctx.person((1940, 1990))
    lines3 = [
        ("14:21", s1, f"{sites[1]}です。入場券を忘れた{voter.name()}さん、名簿照会お願いします"),
        ("14:23", s2, f"ありました。{wareki(voter.birth)}生、住所は{voter.address()}です"),
        ("14:24", s1, "ご本人の申告と一致しました。宣誓書を書いてもらって受付します"),
        ("14:25", s2, "投票済チェック忘れずに"),
    ]
    docs.append(
        text_doc(
            fam,
            2,
            ["address", "birth_date", "name"],
            chat("teams", dt.date(2025, 7, 14), lines3, "期日前投票所 連絡"),
        )
    )

    # L2: 仮投票 records (ods)
    prov: list[list[Cell]] = [["受付時刻", "氏名", "生年月日", "申立て住所", "申立て内容", "措置"]]
    for _ in range(3):
        z = ctx.person((1955, 2006))
        prov.append([f"{r.randint(9, 19)}:{r.randint(0, 59):02d}", z.name(), wareki(z.birth, "short"), z.address(),
                     r.choice(["名簿に登載されているはず", "転居前の住所で投票できるはず", "投票済となっているが投票していない"]),
                     "仮投票（封筒に入れ保管）"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("仮投票", prov, title=f"仮投票記録（{sites[0]}）")]),
        )
    )

    # L3: 期日前投票 受付 log, 110-135 voters, dashed
    voters = ctx.people(r.randint(110, 135), (1935, 2006))
    rows = [[f"{i:05d}", f"{r.randint(1, 14):02d}-{r.randint(1, 9999):05d}", e.name(), e.kata,
             wareki(e.birth, "slash"), e.address(), f"{r.randint(8, 19):02d}:{r.randint(0, 59):02d}"]
            for i, e in enumerate(voters, start=1)]  # fmt: skip
    day = dt.date(2025, 7, r.randint(12, 18))
    docs.append(print_doc(fam, 3, ["address", "birth_date", "name"], "期日前投票 受付者一覧",
                          "期日前投票受付システム KJT-2", [("受付No", 30), ("名簿番号", 80), ("氏名", 140),
                          ("カナ", 220), ("生年月日", 320), ("住所", 390), ("時刻", 700)], rows,
                          f"受付日 {ymd(day)}  投票所={sites[0]}", False))  # fmt: skip

    # L3: a 宣誓書 copy whose 事由 (dialysis) is written in a text box
    dial = ctx.person((1945, 1975))
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "health", "name"], DocSpec(
        title="宣誓書（写）",
        paragraphs=["参議院議員通常選挙", f"氏名　{dial.name()}（{dial.kata}）", f"生年月日　{wareki(dial.birth)}",
                    f"住所　{dial.address()}", "事由　③（欄外記載あり）", f"受付　{sites[0]}　{ymd(dt.date(2025, 7, 8))}"],
        textboxes=["欄外：投票日は人工透析の日で、朝から夕方まで病院にいるため"]),
        note="the 事由 written in the voter's own words reveals dialysis"))  # fmt: skip

    # L3: temporary clerks' wages with My Numbers as number cells on a hidden sheet headed 番号
    clerks = ctx.people(r.randint(8, 12), (1955, 2003))
    wage: list[list[Cell]] = [["ID", "姓", "名", "住所", "日額", "日数", "支給額"]]
    nums: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i, c in enumerate(clerks, start=1):
        n = r.randint(6, 16)
        wage.append([f"R{i:03d}", c.sei, c.mei, c.address(), 9200, n, 9200 * n])
        nums.append([f"R{i:03d}", c.name(), int(random_my_number(r))])
    docs.append(Doc(fam, "xlsx", 3, ["address", "income", "my_number", "name"], DocSpec(sheets=[
        sheet("賃金台帳", wage, title="期日前投票所 臨時事務員 賃金台帳（7月分）", first_row=3),
        sheet("番号", nums, state="hidden", number_formats={2: "0"})]),
        note="My Numbers as number cells on a hidden sheet headed only 番号"))  # fmt: skip

    # L3: LINE WORKS, a voter collapses and the reply tells of his epilepsy
    s1, s2 = ctx.staff(), ctx.staff()
    e = ctx.person((1960, 1990), "男")
    lines4 = [
        ("15:31", s1, f"{sites[3]}で、記載台の前で{e.name()}さんが倒れました。意識はあります"),
        ("15:33", s2, "救急要請しましたか？"),
        (
            "15:34",
            s1,
            f"要請済みです。付き添いの奥さんの話では、{e.sei}さんはてんかんの持病があり、薬を飲み忘れたそうです",
        ),
        ("15:41", s1, "救急搬送されました。投票は済んでいません"),
        ("15:45", s2, "了解。事故報告は後で様式で"),
    ]
    docs.append(
        text_doc(fam, 3, ["health", "name"], chat("lineworks", dt.date(2025, 7, 18), lines4, "期日前投票所"))
    )
    return docs


# --- 不在者投票 (指定施設・滞在地・郵便等) -----------------------------------------------------------------
def fuzaisha(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "fuzaisha"
    docs: list[Doc] = []
    facilities = [f"{ctx.districts[i % 7]}{FACILITY_KINDS[i % len(FACILITY_KINDS)]}" for i in range(7)]
    facilities[0] = f"医療法人 {ctx.districts[0]}会 {ctx.districts[0]}中央病院"

    # L1: 指定施設 list with 院長 and 施設長 in role
    rows: list[list[str]] = [["施設名", "所在地", "電話番号", "不在者投票管理者（施設長）"]]
    for f in facilities:
        rows.append([f, ctx.biz_address(), ctx.tel(), f"{'院長' if '病院' in f else '施設長'} {ctx.staff()}"])
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="不在者投票ができる指定施設一覧",
                paragraphs=[
                    f"{ctx.pref}選挙管理委員会が指定した市内の病院・老人ホーム等です（令和7年6月1日現在）。"
                ],
                tables=[rows],
            ),
            note="院長 and 施設長 are named in their role next to the facilities' phones",
        )
    )

    # L1: the 郵便等投票 guide, which names grades in general only
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="郵便等による不在者投票のご案内",
                paragraphs=[
                    "次に該当する方は、自宅等で投票用紙に記載し、郵便等で送ることができます。",
                    "身体障害者手帳：両下肢・体幹・移動機能の障害 1級又は2級、心臓・じん臓・呼吸器・ぼうこう又は直腸・小腸の障害 1級又は3級、"
                    "免疫・肝臓の障害 1級から3級",
                    "戦傷病者手帳：両下肢・体幹の障害 特別項症から第2項症、内臓の障害 特別項症から第3項症",
                    "介護保険の被保険者証：要介護状態区分が要介護5",
                    "あらかじめ「郵便等投票証明書」の交付を受ける必要があります（有効期間7年）。",
                    f"申請・問合せ　{ctx.senkan}　電話 {ctx.office_phone(3)}",
                ],
            ),
        )
    )

    # L1: requests by facility with merges and a hidden code sheet
    fr: list[list[Cell]] = [["施設名", "請求件数", "投票者数", "うち代理投票"]]
    codes: list[list[Cell]] = [["施設コード", "施設名", "指定年月日"]]
    for i, f in enumerate(facilities, start=1):
        n = r.randint(8, 120)
        fr.append([f, n, n - r.randint(0, 5), r.randint(0, 9)])
        codes.append([f"F{i:03d}", f, dt.date(r.randint(1995, 2020), r.randint(1, 12), 1)])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("施設別", fr, title="指定施設における不在者投票の状況（参院選）", first_row=4),
        sheet("施設コード", codes, state="hidden")]), note="指定年月日 are not birth dates",
        post=merge_xlsx({"施設別": ["B3:D3"]})))  # fmt: skip

    # L1: 証明書 交付申請書 記入例 with a sample name (odt)
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="郵便等投票証明書交付申請書 記入例",
        paragraphs=[f"申請者 氏名　{SAMPLE_NAMES[5]}（自署してください）", "住所　○○市○○町○丁目○番○号",
                    "生年月日　昭和○年○月○日", "身体障害者手帳の障害名・等級　例：両下肢機能障害 1級",
                    "添付書類　身体障害者手帳又は介護保険被保険者証", "※ 記入例の氏名は架空のものです"],
        footer="記入例"), note="記入例 with a sample name; the grade is an example, not a person's"))  # fmt: skip

    # L1: facility 請求 受付簿 in cp932, 12-digit 受付番号 failing, facilities only
    nums = failing_numbers(ctx, 12, "3")
    rb: list[list[Cell]] = [["受付番号", "受付日", "請求施設", "請求件数", "投票用紙送付日"]]
    for i, num in enumerate(nums):
        rb.append([num, ymd(dt.date(2025, 7, 4 + i)), facilities[i % len(facilities)], r.randint(3, 60),
                   ymd(dt.date(2025, 7, 5 + i))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付簿", rb)]),
            note="12-digit 受付番号 are look-alikes failing the check digit; facilities only",
        )
    )

    # L1: briefing slides for facility staff
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="指定施設 不在者投票事務 説明会",
                paragraphs=[
                    "不在者投票管理者は施設長です",
                    "外部立会人：選挙管理委員会が選定した者を立ち会わせるよう努める",
                    "事例：入所者Ａさんが投票の意思を示せない場合 → 代理投票の要件を確認",
                    "事例：家族が本人に代わって記載しようとした → 不可",
                    "請求は入所者ごとに名簿で。個人情報の持出しに注意",
                    f"問合せ先　{ctx.senkan}　{ctx.office_phone(3)}",
                ],
            ),
        )
    )

    # L2: a 滞在地 request with the stay address and phone
    p = ctx.person((1965, 1998), "男")
    hotel = f"大阪府大阪市北区梅田{r.randint(1, 3)}丁目{r.randint(1, 9)}番{r.randint(1, 20)}号 ホテル梅田イースト{r.randint(3, 12)}0{r.randint(1, 9)}号室"
    docs.append(Doc(fam, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="不在者投票用紙等請求書 兼 宣誓書",
        paragraphs=[f"{ctx.senkan}委員長 様", "私は選挙の当日、次の事由に該当すると見込まれます。"],
        tables=[[["氏名", p.name()], ["生年月日", wareki(p.birth)], ["住所", p.address()],
                 ["事由", "仕事（大阪支社への長期出張）"], ["送付先（滞在先）", hotel], ["連絡先電話", p.phone]]]),
        note="a private voter's home and place of stay"))  # fmt: skip

    # L2: Outlook mail from another city's 選管; the quoted message gives the voter's address and birth date
    v = ctx.person((1950, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    body = [f"{ctx.senkan} {s1} 様", "", "大阪市北区選挙管理委員会の担当です。", "下記の方の不在者投票を本日執行しましたので、"
            "投票用封筒を送致いたします。到着をご確認ください。", "", "大阪市北区選管 " + s2]  # fmt: skip
    quoted = [(s1, "2025年7月9日 16:02", "不在者投票用紙の送付について",
               [f"{v.name()}様（{wareki(v.birth)}生、住所 {v.address()}）の投票用紙等を", "本日、滞在先あてに送付しました。",
                "投票が済みましたら送致をお願いします。"])]  # fmt: skip
    docs.append(text_doc(fam, 2, ["address", "birth_date", "name"],
                         mail(f"大阪市北区選管 {s2}", f"{s1}", "RE: 不在者投票用紙の送付について", "2025年7月15日 10:31",
                              body, quoted)))  # fmt: skip

    # L2: a sending notice to the voter, digits set apart
    q = ctx.person((1955, 1995))
    ctx.urban(q)
    lines = [*dated(dt.date(2025, 7, r.randint(5, 12)), f"不在第{r.randint(10, 99)}号"), "", *addressee(q),
             f">{ctx.senkan}委員長", "^不在者投票用紙等の送付について",
             "請求のありました投票用紙、投票用封筒及び不在者投票証明書を別送しました。",
             "滞在地の選挙管理委員会で投票してください。不在者投票証明書の封筒は開封しないでください。",
             spaced_digits(f"投票は{ctx.precinct(r.randint(1, 14))}の投票日（令和7年7月20日）までに到着するよう、お早めに。"),
             f"問合せ　{ctx.office_phone(3)}"]  # fmt: skip
    docs.append(letter_doc(fam, 2, ["address", "name"], lines, "不在者投票"))

    # L2: 指定船舶 seamen's requests (xls)
    sm: list[list[Cell]] = [["船名", "氏名", "住所", "職名", "請求日"]]
    for k in range(r.randint(2, 4)):
        z = ctx.person((1965, 2000), "男")
        sm.append([f"第{k + 3}{r.choice(['光洋', '栄福', '新生'])}丸", z.name(), z.address(), r.choice(["甲板員", "機関員", "司厨員"]),
                   ymd(dt.date(2025, 7, 3 + k))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("船員", sm, title="船員の不在者投票 請求一覧")]),
            note="seamen at their home addresses are private persons",
        )
    )

    # L3: 郵便等投票証明書 交付台帳 with grades, far right on row 6, 姓・名 split
    holders = ctx.people(r.randint(18, 26), (1930, 1990))
    grades = ["両下肢機能障害 1級", "両下肢機能障害 2級", "体幹機能障害 1級", "じん臓機能障害 1級", "心臓機能障害 1級",
              "呼吸器機能障害 3級", "移動機能障害 2級", "要介護5"]  # fmt: skip
    led: list[list[Cell]] = [
        [
            "証明書番号",
            "姓",
            "名",
            "セイ",
            "メイ",
            "生年月日",
            "住所",
            "手帳等の種別",
            "障害名・等級",
            "交付日",
        ]
    ]
    for i, h in enumerate(holders, start=1):
        g = r.choice(grades)
        led.append([f"Y{i:04d}", h.sei, h.mei, katakana(h.sei_kana), katakana(h.mei_kana), h.birth, h.address(),
                    "介護保険被保険者証" if g == "要介護5" else "身体障害者手帳", g,
                    ymd(dt.date(r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(sheets=[sheet("台帳", far_right(led, 25), first_row=6)]),
        )
    )

    # L3: a 交付通知 stating the holder's grade, digits set apart
    g1 = ctx.person((1935, 1975))
    ctx.urban(g1)
    lines2 = [*dated(dt.date(2025, 6, r.randint(2, 27)), f"郵証第{r.randint(100, 400)}号"), "", *addressee(g1),
              f">{ctx.senkan}委員長", "^郵便等投票証明書の交付について",
              "申請のありました郵便等投票証明書を交付します。",
              spaced_digits("確認した手帳　身体障害者手帳（両下肢機能障害 1級）"),
              spaced_digits(f"有効期限　令和14年{r.randint(1, 12)}月{r.randint(1, 28)}日"),
              "選挙のたびに、投票用紙等の請求が必要です。"]  # fmt: skip
    docs.append(letter_doc(fam, 3, ["address", "health", "name"], lines2, "郵便等投票"))

    # L3: a nursing home's list of residents asking to vote, with care levels (ods)
    res = ctx.people(r.randint(15, 25), (1928, 1950))
    lst: list[list[Cell]] = [["居室", "氏名", "生年月日", "要介護度", "備考"]]
    for i, z in enumerate(res):
        lst.append([f"{2 + i // 10}{i % 10 + 1:02d}", z.name(), wareki(z.birth, "abbr"), f"要介護{r.randint(1, 5)}",
                    r.choice(["", "", "認知症のため意思確認要", "代理投票希望", "右上肢まひ"])])  # fmt: skip
    docs.append(Doc(fam, "ods", 3, ["birth_date", "health", "name"], DocSpec(sheets=[
        sheet("請求者", lst, title=f"{facilities[1]} 不在者投票 請求者名簿")]),
        note="care levels and dementia of named residents count as health"))  # fmt: skip

    # L3: Teams, the reply gives the applicant's grade (not eligible)
    s1, s2 = ctx.staff(), ctx.staff()
    a = ctx.person((1940, 1970))
    lines3 = [
        ("13:05", s1, f"{a.name()}さんから郵便等投票証明書の申請が郵送で来ています"),
        ("13:12", s2, "手帳の写しを見ました。下肢機能障害3級なので対象外ですね"),
        ("13:13", s1, "ご家族に電話して、期日前投票所の送迎サービスを案内します"),
        ("13:20", s2, "お願いします。申請書は返送で"),
    ]
    docs.append(
        text_doc(fam, 3, ["health", "name"], chat("teams", dt.date(2025, 6, 12), lines3, "不在者投票"))
    )

    # L3: a 代理記載人 届出 whose My Number is only in the footer as 「○○さんの番号」
    b = ctx.person((1935, 1965))
    helper = ctx.person((1960, 1995))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "my_number", "name"], DocSpec(
        title="代理記載人となるべき者の届出書",
        paragraphs=[f"{ctx.senkan}委員長 様", "郵便等投票において自ら投票の記載をすることができないため、次の者を代理記載人として届け出ます。"],
        tables=[[["選挙人 氏名", b.name()], ["住所", b.address()], ["障害の状況", "上肢機能障害 1級（身体障害者手帳）"],
                 ["代理記載人 氏名", helper.name()], ["代理記載人 住所", helper.address()]]],
        footer=f"{b.sei}さんの番号 {grouped(random_my_number(r), ' ')}"),
        note="the footer's 12-digit number (labelled 「○○さんの番号」) is the voter's My Number"))  # fmt: skip
    return docs


# --- 投票管理者・投票立会人と開票 --------------------------------------------------------------------------
def tachiai(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "tachiai"
    docs: list[Doc] = []
    kinds = ["小学校 体育館", "公民館", "集会所", "中学校 武道場", "コミュニティセンター"]
    halls = [
        f"{ctx.districts[i % 7]}{kinds[i % len(kinds)]}".replace(" ", "") for i in range(r.randint(14, 18))
    ]

    # L1: 投票所 open data with lat/long
    od: list[list[Cell]] = [["投票区", "投票所名", "所在地", "緯度", "経度", "段差解消", "駐車場"]]
    for i, h in enumerate(halls, start=1):
        lat, lon = ctx.lat_long()
        od.append([ctx.precinct(i), h, ctx.biz_address(), lat, lon, r.choice(["スロープ", "あり", "仮設スロープ"]),
                   r.choice(["あり", "なし", "20台"])])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("投票所一覧", od)])))

    # L1: call for 立会人
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="投票立会人を募集します",
                paragraphs=[
                    "投票所で投票が公正に行われるよう立ち会っていただく方を募集します。",
                    "対象　市内の選挙人名簿に登録されている18歳以上の方（候補者の親族・選挙運動関係者を除く）",
                    "勤務　投票日当日 午前6時30分から午後8時30分頃まで（交代制あり）",
                    "報酬　日額 10,900円（交代の場合は時間割）。指定の口座に振り込みます。",
                    f"申込み　{ctx.senkan}事務局　電話 {ctx.office_phone(3)}　（先着順）",
                ],
            ),
        )
    )

    # L1: 自治会長 roster (published) to whom recommendations are asked
    ro: list[list[Cell]] = [["自治会名", "会長", "集会所", "集会所電話"]]
    for d in ctx.districts:
        for k in range(2):
            ro.append([f"{d}{'東西'[k]}自治会", ctx.staff(), f"{d}{'東西'[k]}集会所", ctx.tel()])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("依頼先", ro, title="投票立会人 推薦依頼先（自治会長一覧・公表資料より）")]
            ),
            note="自治会長 named in a published roster with the 集会所 phones",
        )
    )

    # L1: 開票結果 (市議会議員一般選挙)
    kk: list[list[Cell]] = [["順位", "候補者名", "党派", "得票数", "当落"]]
    votes = sorted((r.randint(600, 3200) for _ in range(24)), reverse=True)
    for i, v in enumerate(votes, start=1):
        kk.append([i, ctx.staff(), r.choice(PARTIES), v, "当選" if i <= 20 else ""])
    kk += [[], ["有効投票数", None, None, sum(votes)], ["無効投票数", None, None, r.randint(200, 600)],
           ["投票率", None, None, f"{r.uniform(38, 52):.2f}%"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("開票結果", kk, title=f"{ctx.city}議会議員一般選挙 開票結果（{wareki(SHIGI)}執行）")
                ]
            ),
            note="candidates named in their published role",
        )
    )

    # L1: Teams among staff about shifts and keys (no resident)
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("06:12", s1, "第5投票区、鍵の受け取り完了。投票箱の空確認は6:50から"),
        ("06:15", s2, "第9投票区、記載台のライト1台不点灯。予備と交換します"),
        ("06:31", s3, "第12投票区の交代要員、午後は市民課から2名入ります"),
        ("06:40", s1, "了解。立会人の交代は13時で各投票所にお伝え済みです"),
    ]
    docs.append(
        text_doc(fam, 1, [], chat("teams", SANIN, lines, "投票日 本部"), note="no resident: staff only")
    )

    # L1: setup contracts with 法人番号 (xls)
    ct: list[list[Cell]] = [["契約件名", "契約相手方", "法人番号", "代表者", "契約日", "契約金額（円）"]]
    for name, comp in zip(["投票所設営業務（テント・記載台）", "投票所入場券 印刷・封入", "開票所 設営・撤去", "期日前投票所 受付人材派遣",
                           "選挙公報 配布"], ctx.companies(5), strict=False):  # fmt: skip
        ct.append([name, comp, random_corporate_number(r), f"代表取締役 {ctx.staff()}",
                   ymd(dt.date(2025, r.randint(4, 6), r.randint(1, 28))), yen(r.randint(300, 9000) * 1000)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("契約", ct)]),
            note="companies with 法人番号 and their 代表者 in role; 契約日 are not birth dates",
        )
    )

    # L2: a 立会人 承諾書
    p = ctx.person((1950, 1995))
    docs.append(Doc(fam, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="投票立会人 承諾書",
        paragraphs=[f"{ctx.senkan}委員長 様", f"私は、参議院議員通常選挙（{wareki(SANIN)}執行）の{ctx.precinct(r.randint(1, 14))}の投票立会人となることを承諾します。"],
        tables=[[["住所", p.address()], ["氏名", p.name()], ["生年月日", wareki(p.birth)], ["電話", p.phone]]]),
        note="a resident acting as 立会人 signs at his own home address: a private person"))  # fmt: skip

    # L2: a 報酬 口座届 one-person sheet
    q = ctx.person((1950, 1995))
    acct: list[list[Cell]] = [["報酬振込口座届出書", None], ["氏名", q.name()], ["フリガナ", q.kata], ["住所", q.address()],
                              ["電話", q.phone], ["振込先", ctx.account()], ["口座名義（カナ）", q.kata]]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[sheet("届出", acct)])))

    # L2: 報酬 list, from column AA on row 8, 姓/名/セイ/メイ split, own accounts
    payees = ctx.people(r.randint(28, 40), (1950, 2000))
    pay: list[list[Cell]] = [["投票区", "姓", "名", "セイ", "メイ", "住所", "振込先", "報酬額"]]
    for i, z in enumerate(payees):
        amt = r.choice([10900, 10900, 5450, 8200])
        pay.append([ctx.precinct(i // 2 + 1), z.sei, z.mei, katakana(z.sei_kana), katakana(z.mei_kana), z.address(),
                    ctx.account(), amt])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "income", "name"],
            DocSpec(sheets=[sheet("報酬", far_right(pay, 26), first_row=8)]),
            note="報酬 paid to residents' own accounts: no sensitive category",
        )
    )

    # L2: 選任通知, digits set apart
    z = ctx.person((1950, 1990))
    ctx.urban(z)
    lines2 = [*dated(dt.date(2025, 6, r.randint(20, 30)), f"{ctx.city[0]}選管第{r.randint(100, 200)}号"), "", *addressee(z),
              f">{ctx.senkan}委員長", "^投票立会人の選任について（通知）",
              spaced_digits(f"参議院議員通常選挙における{ctx.precinct(r.randint(1, 14))}の投票立会人に選任しました。"),
              spaced_digits("当日は午前6時40分までに投票所へお越しください。"),
              "報酬は後日、届出の口座へお振り込みします。"]  # fmt: skip
    docs.append(letter_doc(fam, 2, ["address", "name"], lines2, "立会人"))

    # L2: relay log on polling day, the reply gives a missing 立会人's phone and address
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.person((1945, 1985), "男")
    lines3 = [
        ("06:45", s1, f"第7投票区、立会人の{t.name()}さんがまだ来られていません"),
        ("06:47", s2, f"承諾書の電話は {t.phone}、住所は{t.address()}です。電話してみてください"),
        ("06:55", s1, "つながりました。寝坊とのことで10分で到着します"),
        ("07:01", s2, "開始時は職員が仮に立ち会い、到着次第交代で"),
    ]
    docs.append(text_doc(fam, 2, ["address", "name", "phone"], chat("arrow", SANIN, lines3, "投票所 連絡")))

    # L3: recommended 立会人 candidates from the 自治会, 110-130, ruled
    cands = ctx.people(r.randint(110, 130), (1945, 2000))
    rows = [[f"{i:04d}", c.name(), c.kata, wareki(c.birth, "short"), c.address(), c.phone,
             f"{c.district}{'東西'[i % 2]}自治会"] for i, c in enumerate(cands, start=1)]  # fmt: skip
    docs.append(print_doc(fam, 3, ["address", "birth_date", "name", "phone"], "投票立会人 推薦者名簿",
                          "選挙事務支援システム", [("No", 30), ("氏名", 70), ("カナ", 150), ("生年月日", 250),
                          ("住所", 310), ("電話", 560), ("推薦団体", 660)], rows, "選挙=参議院議員通常選挙 区分=推薦", True))  # fmt: skip

    # L3: 報酬 支払調書 (控) with 「番号 xxxx xxxx xxxx」 in the header
    y = ctx.person((1950, 1990))
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], DocSpec(
        title="報酬、料金、契約金及び賞金の支払調書（控）",
        paragraphs=["令和7年分", "区分　投票立会人報酬"],
        tables=[[["支払を受ける者 住所", y.address(True)], ["氏名", y.name()], ["支払金額", "10,900円"],
                 ["源泉徴収税額", "1,112円"], ["支払者", f"{ctx.city}長"]]],
        header=f"番号 {grouped(random_my_number(r))}"),
        note="the header's 4-4-4 number labelled only 番号 is the payee's My Number"))  # fmt: skip

    # L3: Slack, the reply gives a 立会人's dementia
    s1, s2 = ctx.staff(), ctx.staff()
    u = ctx.person((1938, 1955), "男")
    lines4 = [
        ("10:12", s1, f"来月の市長選も{u.name()}さんに立会人をお願いしようと思うのですが"),
        (
            "10:20",
            s2,
            f"{u.sei}さん、奥さんから連絡があって、春に認知症の診断を受けたそうです。今回は見送りましょう",
        ),
        ("10:22", s1, "わかりました。自治会に別の方の推薦をお願いします"),
    ]
    docs.append(text_doc(fam, 3, ["health", "name"], chat("slack", dt.date(2025, 9, 3), lines4, "選挙係")))

    # L3: an incident memo (odt) naming the 立会人 once; the heart attack comes later
    m = ctx.person((1945, 1960), "男")
    docs.append(Doc(fam, "odt", 3, ["address", "health", "name"], DocSpec(
        title="投票所における事故報告",
        paragraphs=[f"1 発生日時・場所　{wareki(SANIN)} 午前10時45分頃　{ctx.precinct(r.randint(1, 14))} 投票所",
                    f"2 当事者　投票立会人 {m.name()}（{m.address()}）",
                    "3 経過　立会人席で気分が悪いと訴えがあり、投票管理者が休憩室へ案内した。",
                    "4 対応　119番通報し、午前10時58分に救急隊が到着。職員1名が病院まで同行した。",
                    "5 代替　午前11時20分から交代要員の立会人が着席し、投票事務は中断なく継続した。",
                    "6 その後　同日午後、家族から、急性心筋梗塞と診断されカテーテル治療を受けたと連絡があった。糖尿病の既往あり。",
                    "7 報酬　当日分は時間割で支払う。"]),
        note="the 立会人's heart attack, reported paragraphs after his name, counts as health"))  # fmt: skip
    return docs


# --- 在外選挙人名簿 ----------------------------------------------------------------------------------------
def zaigai(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "zaigai"
    docs: list[Doc] = []

    # L1: the guide
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="在外選挙制度のご案内",
                paragraphs=[
                    "海外にお住まいの方も、在外選挙人名簿に登録されると国政選挙で投票できます。",
                    "出国時申請：国外へ転出する際、市区町村の窓口で申請できます（転出届と同時）。",
                    "在外公館申請：住所を管轄する大使館・総領事館で申請します。",
                    "投票方法：在外公館投票、郵便等投票、日本国内における投票（一時帰国時）の3つがあります。",
                    f"最終住所地の選挙管理委員会　{ctx.senkan}　電話 {ctx.office_phone(3)}",
                ],
            ),
        )
    )

    # L1: registered voters by country with merges and a hidden 公館 code sheet
    by: list[list[Cell]] = [["国・地域", "在外公館", "登録者数", "うち令和7年新規"]]
    codes: list[list[Cell]] = [["公館コード", "在外公館"]]
    for i, (country, _, _, office) in enumerate(OVERSEAS, start=1):
        n = r.randint(8, 140)
        by.append([country, office, n, r.randint(0, n // 4)])
        codes.append([f"Z{i:03d}", office])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("国別", by, title="在外選挙人名簿 登録者数（令和7年6月2日現在）", first_row=4),
                    sheet("公館", codes, state="hidden"),
                ]
            ),
            post=merge_xlsx({"国別": ["C3:D3"]}),
        )
    )

    # L1: the 在外公館 list (ods)
    ol: list[list[Cell]] = [["在外公館", "国", "電話", "領事窓口"]]
    for country, _, tel, office in OVERSEAS:
        ol.append(
            [
                office,
                country,
                tel.format(a=r.randint(200, 899), b=r.randint(1000, 9999)),
                "平日 9:00-12:00 / 13:30-16:30",
            ]
        )
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("公館", ol)])))

    # L1: 申請書 記入例 (PDF) with a sample name and a sample overseas address
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="在外選挙人名簿登録申請書（出国時申請）記入例",
        paragraphs=["太枠内を記入してください。"],
        tables=[[["氏名", SAMPLE_NAMES[2]], ["生年月日", "平成2年4月1日"], ["国内の最終住所", "○○市○○町1丁目2番3号"],
                 ["転出予定日", "令和○年○月○日"], ["国外の住所", "123 Sample Street, Anytown, Country"],
                 ["在外公館", "在○○日本国総領事館"]]],
        footer="記入例"), note="記入例 with a sample name, a sample birth date and a placeholder address"))  # fmt: skip

    # L1: the 公館 送付 処理簿 in text, 12-digit 整理番号 failing, no names
    nums = failing_numbers(ctx, 12, "5")
    lines = ["在外公館経由 申請書送付 処理簿（令和7年度）", "整理番号\t受理日\t在外公館\t区分\t処理"]
    for i, num in enumerate(nums):
        office = OVERSEAS[i % len(OVERSEAS)][3]
        lines.append(
            f"{num}\t{ymd(dt.date(2025, 4 + i % 6, 1 + i))}\t{office}\t{r.choice(['新規', '変更', '再交付'])}\t済"
        )
    docs.append(
        text_doc(
            fam, 1, [], lines, note="12-digit 整理番号 are look-alikes failing the check digit; no names"
        )
    )

    # L2: 出国時申請 受付票 (one-person sheet)
    p = ctx.person((1975, 2003))
    country, addr, tel, office = ctx.overseas()
    one: list[list[Cell]] = [["出国時申請 受付票", None], ["氏名", p.name()], ["フリガナ", p.kata], ["生年月日", p.birth],
                             ["最終住所", p.address()], ["転出予定日", dt.date(2025, 9, r.randint(1, 28))],
                             ["転出先", f"{country} {addr}"], ["在外公館", office], ["連絡先", tel]]  # fmt: skip
    docs.append(
        Doc(
            fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[sheet("受付票", one)])
        )
    )

    # L2: Outlook mail from a 公館; the quoted message gives the applicant's birth date and last address
    q = ctx.person((1970, 2000))
    _, _, _, off2 = ctx.overseas()
    s1, s2 = ctx.staff(), ctx.staff()
    body = [f"{off2} 領事部 {s2} 様", "", "申請書を受領しました。名簿登録の上、在外選挙人証を貴館あて送付します。", "",
            f"{ctx.senkan} {s1}"]  # fmt: skip
    quoted = [(f"{off2} 領事部 {s2}", "2025年5月12日 22:14", "在外選挙人名簿登録申請書の送付",
               [f"申請者 {q.name()}（{wareki(q.birth)}生）", f"国内の最終住所 {q.address()}",
                "上記の方の申請書を外務省経由で送付いたします。"])]  # fmt: skip
    docs.append(text_doc(fam, 2, ["address", "birth_date", "name"],
                         mail(f"{ctx.senkan} {s1}", f"{off2} 領事部", "RE: 在外選挙人名簿登録申請書の送付",
                              "2025年5月20日 9:03", body, quoted)))  # fmt: skip

    # L2: a notice sent to the parents' home in the city, digits set apart
    z = ctx.person((1975, 2000))
    ctx.urban(z)
    parent = ctx.staff().split()[1]
    lines2 = [*dated(dt.date(2025, 6, r.randint(2, 27)), f"在外第{r.randint(10, 99)}号"), "",
              spaced_digits(f"〒{z.zip}"), spaced_digits(z.address(True)), f"{z.sei} {parent} 様方", f"{z.name()} 様", "",
              f">{ctx.senkan}", "^在外選挙人名簿への登録について",
              spaced_digits(f"令和7年{r.randint(3, 5)}月に出国時申請のあった在外選挙人名簿への登録が完了しました。"),
              "在外選挙人証は、転出先を管轄する在外公館を経由して交付します。",
              "投票の方法は同封の案内をご覧ください。"]  # fmt: skip
    docs.append(letter_doc(fam, 2, ["address", "name"], lines2, "在外選挙"))

    # L2: LINE WORKS in cp932, the reply gives an overseas phone and the parents' phone
    s1, s2 = ctx.staff(), ctx.staff()
    w = ctx.person((1980, 2000))
    c3, _, tel3, _ = ctx.overseas()
    lines3 = [
        ("09:40", s1, f"在外の{w.name()}さん、選挙人証の住所が古いと公館から照会です"),
        ("09:44", s2, f"申請書の連絡先は {tel3}（{c3}）、国内連絡先はご実家の {ctx.tel()} です"),
        ("09:46", s1, "ご実家に確認してみます"),
    ]
    docs.append(
        text_doc(
            fam,
            2,
            ["name", "phone"],
            chat("lineworks", dt.date(2025, 6, 25), lines3, "在外選挙"),
            "txt-cp932",
        )
    )

    # L3: 在外選挙人名簿 登録者一覧, 105-125, dashed
    regs = ctx.people(r.randint(105, 125), (1950, 2006))
    rows: list[list[str]] = []
    for i, e in enumerate(regs, start=1):
        country = OVERSEAS[i % len(OVERSEAS)][0]
        rows.append([f"Z{i:05d}", e.name(), e.kata, wareki(e.birth, "slash"), e.address(), country])
    docs.append(print_doc(fam, 3, ["address", "birth_date", "name"], "在外選挙人名簿 登録者一覧",
                          "選挙人名簿システム SENKYO-NET V4（在外）", [("登録番号", 30), ("氏名", 95), ("カナ", 180),
                          ("生年月日", 285), ("最終住所", 355), ("国・地域", 640)], rows, "区分=在外 状態=登録中", False))  # fmt: skip

    # L3: an overseas voter's letter; the threatened premature labour comes late
    v = ctx.person((1985, 2000), "女")
    c4, addr4, tel4, off4 = ctx.overseas()
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name", "phone"], DocSpec(
        paragraphs=[f"{ctx.senkan} 御中", "", "郵便等投票についてのご相談",
                    f"在外選挙人名簿に登録しております{v.name()}と申します。現在、{c4}に住んでおります。",
                    f"次の参議院議員選挙では{off4}で投票するつもりでしたが、公館までは車で2時間ほどかかります。",
                    "郵便等投票に切り替えたいのですが、今からでも間に合いますでしょうか。",
                    "実は6月から切迫早産で入院しており、医師から出産まで安静を指示されています。外出はできない状況です。",
                    "お手数ですがご教示ください。",
                    "", f"住所　{addr4}", f"国内の最終住所　{v.address()}", f"電話　{tel4}", f"氏名　{v.name()}"]),
        note="threatened premature labour (切迫早産) of a named voter counts as health"))  # fmt: skip

    # L3: 郵便等投票 請求者 104-118 with overseas addresses and birth dates (cp932)
    req = ctx.people(r.randint(104, 118), (1950, 2006))
    rr: list[list[Cell]] = [["請求番号", "氏名", "生年月日", "送付先（国外）", "国内最終住所"]]
    for i, e in enumerate(req, start=1):
        _, a2, _, _ = ctx.overseas()
        rr.append([f"P{i:04d}", e.name(), wareki(e.birth, "short"), a2, e.address()])
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("郵便投票請求", rr)]),
        )
    )

    # L3: Teams, a father's call; the reply gives the son's stroke
    s1, s2 = ctx.staff(), ctx.staff()
    son = ctx.person((1970, 1990), "男")
    lines4 = [
        ("11:03", s1, f"在外選挙人の{son.name()}さんのお父様から電話です。今回は投票できないかもしれないと"),
        ("11:05", s2, "何かありましたか"),
        (
            "11:07",
            s1,
            f"{son.sei}さん、バンコクで脳梗塞で倒れて現地の病院に入院中だそうです。郵便投票の用紙は破棄でよいかと",
        ),
        ("11:10", s2, "破棄で構いません。お大事にとお伝えください"),
    ]
    docs.append(text_doc(fam, 3, ["health", "name"], chat("teams", dt.date(2025, 7, 10), lines4, "在外選挙")))
    return docs


# --- 統計調査員 --------------------------------------------------------------------------------------------
def chosain(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "chosain"
    docs: list[Doc] = []
    stat = f"{ctx.city}総務課 統計係"

    # L1: recruiting leaflet
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="国勢調査の調査員を募集しています",
                paragraphs=[
                    "令和7年国勢調査の調査員（非常勤の国家公務員）を募集します。",
                    "仕事の内容　担当する調査区（約60世帯）の世帯に調査書類を配布し、回答のない世帯を訪問します。",
                    "期間　令和7年9月上旬から10月下旬まで",
                    "報酬　1調査区あたり約40,000円（担当世帯数により異なります）",
                    "応募資格　20歳以上で、責任をもって調査事務を遂行できる方",
                    f"申込み　{stat}　電話 {ctx.office_phone(5)}",
                ],
            ),
        )
    )

    # L1: briefing slides with masked cases
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="調査員事務打合会",
                paragraphs=[
                    "調査員証を必ず携帯すること",
                    "事例：Ａさん宅で「個人情報は答えない」と言われた → 無理に聞かず指導員へ",
                    "事例：〇〇 〇〇さん方は長期不在 → 近隣への聞き取りは必要最小限に",
                    "調査票は鍵のかかる場所で保管",
                    "インターネット回答の案内を優先",
                    "事故・けがは直ちに統計係へ",
                ],
            ),
        )
    )

    # L1: enumerators and 調査区 by district with merges
    cd: list[list[Cell]] = [["地区", "調査区数", "調査員数", "指導員数"]]
    for d in ctx.districts:
        n = r.randint(12, 60)
        cd.append([d, n, n - r.randint(0, 6), max(1, n // 12)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("配置", cd, title="令和7年国勢調査 調査員配置計画", first_row=4)]),
            post=merge_xlsx({"配置": ["B3:D3"]}),
        )
    )

    # L1: 登録申込書 記入例 with text boxes, a sample name and a sample account
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="統計調査員登録申込書 記入例",
        paragraphs=[f"氏名　{SAMPLE_NAMES[3]}", "生年月日　昭和○○年○月○日", "住所　○○市○○町○丁目○番○号",
                    "電話　○○○-○○○○-○○○○", "報酬振込口座　○○銀行 ○○支店 普通 0000000", "希望する調査　国勢調査・経済構造実態調査"],
        textboxes=["日中に連絡のつく番号を記入", "本人名義の口座に限ります"], footer="記入例"),
        note="記入例 with a sample name, placeholder phone and account"))  # fmt: skip

    # L1: contractors with 法人番号 (cp932)
    cs: list[list[Cell]] = [["委託業務", "事業者名", "法人番号", "所在地", "代表者"]]
    for task, comp in zip(["コールセンター運営", "調査書類の仕分け・配送", "調査員用品（バッグ・腕章）", "督促状の印刷・封入"],
                          ctx.companies(4), strict=False):  # fmt: skip
        cs.append([task, comp, random_corporate_number(r), ctx.biz_address(), f"代表取締役 {ctx.staff()}"])
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("委託", cs)]),
            note="companies with 法人番号 and their 代表者 in role",
        )
    )

    # L1: Slack among staff on supplies (no resident)
    s1, s2 = ctx.staff(), ctx.staff()
    lines = [
        ("09:05", s1, "調査員用品の段ボール、本日午後に42箱届きます"),
        ("09:07", s2, "会議室Bに置きましょう。地区ごとに仕分けして説明会で渡します"),
        ("09:08", s1, "腕章が5枚足りないので県に追加依頼します"),
    ]
    docs.append(
        text_doc(
            fam, 1, [], chat("slack", dt.date(2025, 8, 28), lines, "統計係"), note="no resident: staff only"
        )
    )

    # L2: a filled 登録申込書 (one-person sheet)
    p = ctx.person((1950, 1995))
    one: list[list[Cell]] = [["統計調査員登録申込書", None], ["氏名", p.name()], ["フリガナ", p.kata],
                             ["生年月日", wareki(p.birth)], ["住所", p.address()], ["電話", p.phone],
                             ["職業", r.choice(["主婦", "無職", "パート", "自営業"])], ["振込口座", ctx.account()]]  # fmt: skip
    docs.append(
        Doc(
            fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[sheet("申込書", one)])
        )
    )

    # L2: 任命 notice, digits set apart
    q = ctx.person((1950, 1990))
    ctx.urban(q)
    lines2 = [*dated(dt.date(2025, 8, r.randint(18, 29)), f"{ctx.city[0]}総統第{r.randint(50, 150)}号"), "", *addressee(q),
              f">{ctx.city}長", "^国勢調査員の任命について",
              "あなたを令和7年国勢調査の調査員に任命することとなりましたので通知します。",
              spaced_digits(f"担当調査区　{r.randint(100, 400)}番（{q.district}）"),
              spaced_digits(f"調査員事務打合会　令和7年9月{r.randint(2, 9)}日 午後2時　市役所 3 階大会議室"),
              f"問合せ　{stat}　{ctx.office_phone(5)}"]  # fmt: skip
    docs.append(letter_doc(fam, 2, ["address", "name"], lines2, "統計係"))

    # L2: 報酬 振込 list in xls, 姓/名 split
    enum = ctx.people(r.randint(28, 40), (1950, 1998))
    pl: list[list[Cell]] = [["調査区", "姓", "名", "住所", "振込先", "報酬額"]]
    for e in enum:
        pl.append([r.randint(100, 400), e.sei, e.mei, e.address(), ctx.account(), r.randint(32, 52) * 1000])
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["address", "income", "name"],
            DocSpec(sheets=[sheet("報酬振込", pl, title="国勢調査員 報酬振込一覧")]),
            note="報酬 paid to residents' own accounts: no sensitive category",
        )
    )

    # L2: Teams, the reply gives an enumerator's phone
    s1, s2 = ctx.staff(), ctx.staff()
    e = ctx.person((1950, 1990))
    lines3 = [
        ("16:02", s1, f"指導員さんから、調査員の{e.name()}さんと連絡がつかないと"),
        ("16:05", s2, f"申込書の携帯は {e.phone} です。留守電なら統計係へ折り返しを"),
        ("16:06", s1, "伝えます"),
    ]
    docs.append(text_doc(fam, 2, ["name", "phone"], chat("teams", dt.date(2025, 9, 24), lines3, "統計係")))

    # L2: a 辞退届 letter to 「市長 様」 signed with address and phone (odt)
    z = ctx.person((1950, 1985))
    docs.append(Doc(fam, "odt", 2, ["address", "name", "phone"], DocSpec(
        paragraphs=[f"{ctx.city}長 様", "", "調査員辞退のお願い",
                    "先日、国勢調査の調査員をお引き受けしましたが、仕事の都合で9月から県外への単身赴任が決まりました。",
                    "大変申し訳ありませんが、調査員を辞退させていただきたく、お願い申し上げます。",
                    "お預かりしている調査員証と書類一式は、統計係へお返しします。",
                    "", wareki(dt.date(2025, 8, r.randint(20, 31))), f"住所　{z.address()}", f"氏名　{z.name()}",
                    f"電話　{z.phone}"]),
        note="an enumerator's own letter at her or his home address; 仕事の都合 is no health detail"))  # fmt: skip

    # L3: registered enumerators 130-160 from column AB on row 8, 姓/名 split
    regs = ctx.people(r.randint(130, 160), (1945, 2000))
    rg: list[list[Cell]] = [["登録番号", "姓", "名", "生年月日", "住所", "電話", "経験回数"]]
    for i, e in enumerate(regs, start=1):
        rg.append([f"T{i:04d}", e.sei, e.mei, e.birth, e.address(), e.phone, r.randint(0, 9)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(sheets=[sheet("登録者", far_right(rg, 27), first_row=8)]),
        )
    )

    # L3: 支払調書 with 「番号確認済 xxxx-xxxx-xxxx」 in a text box
    y = ctx.person((1950, 1990))
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], DocSpec(
        title="統計調査員報酬 支払調書（控）",
        paragraphs=["令和7年分", f"支払を受ける者　{y.name()}", f"住所　{y.address()}",
                    f"支払金額　{yen(r.randint(38, 52) * 1000)}円", "区分　国勢調査員報酬"],
        textboxes=[f"番号確認済 {grouped(random_my_number(r), '-')}"]),
        note="the text box's 4-4-4 number labelled 番号確認済 is the payee's My Number"))  # fmt: skip

    # L3: 公務災害 report in prose; the injury comes paragraphs later
    j = ctx.person((1950, 1980))
    docs.append(Doc(fam, "docx", 3, ["health", "name"], DocSpec(
        title="統計調査員の公務災害について（報告）",
        paragraphs=[f"国勢調査員 {j.name()}（担当 第{r.randint(100, 400)}調査区）から、調査中の事故について申出がありました。",
                    f"事故は令和7年9月{r.randint(20, 30)}日午後、担当調査区内の世帯を訪問した際に発生しました。",
                    "訪問先の敷地内で、鎖につながれていない飼い犬が走り寄ってきたとのことです。",
                    "近隣の方が飼い主に連絡し、飼い主は同日中に謝罪に来られています。",
                    "調査書類の汚損・紛失はありませんでした。",
                    "受診の結果、右下腿部咬傷により7針縫合、破傷風トキソイドの接種を受け、全治2週間と診断されています。",
                    "統計調査員の公務災害補償の手続を進めます。"]),
        note="the enumerator's bite wound and stitches count as health"))  # fmt: skip

    # L3: 報酬 台帳 with the My Numbers on a hidden sheet headed only 番号
    led = ctx.people(r.randint(10, 16), (1950, 1995))
    vis: list[list[Cell]] = [["ID", "氏名", "住所", "報酬額", "源泉徴収税額"]]
    hid: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i, e in enumerate(led, start=1):
        amt = r.randint(38, 52) * 1000
        vis.append([f"C{i:03d}", e.name(), e.address(), amt, int(amt * 0.1021)])
        hid.append([f"C{i:03d}", e.name(), random_my_number(r)])
    docs.append(Doc(fam, "xlsx", 3, ["address", "income", "my_number", "name"], DocSpec(sheets=[
        sheet("報酬台帳", vis, title="調査員報酬 台帳（令和7年国勢調査）", first_row=3),
        sheet("番号", hid, state="hidden")]), note="My Numbers on a hidden sheet headed only 番号"))  # fmt: skip
    return docs


# --- 国勢調査・経済センサス ------------------------------------------------------------------------------
def census(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "census"
    docs: list[Doc] = []
    stat = f"{ctx.city}総務課 統計係"

    # L1: 町丁・字別 人口 printed over several pages (no person)
    rows: list[list[str]] = []
    for a in ctx.areas:
        label = a.rstrip("*")
        parts = [label] if a.endswith("*") else [f"{label}{k}丁目" for k in range(1, 6)]
        for part in parts:
            for sub in range(1, 5 if a.endswith("*") else 4):
                men, women = r.randint(80, 1400), r.randint(80, 1400)
                rows.append([f"{len(rows) + 1:04d}", f"{part}（{sub}）", f"{r.randint(60, 1200):,}", f"{men:,}", f"{women:,}",
                             f"{men + women:,}"])  # fmt: skip
    while len(rows) < 70:
        rows.append([f"{len(rows) + 1:04d}", f"{ctx.districts[len(rows) % 7]}（その他）", "0", "0", "0", "0"])
    docs.append(print_doc(fam, 1, [], "令和7年国勢調査 町丁・字別 人口及び世帯数（速報）", "統計データ集計システム",
                          [("コード", 30), ("町丁・字", 90), ("世帯数", 300), ("男", 380), ("女", 450), ("総数", 520)], rows,
                          f"{ctx.city} 全域　調査期日 令和7年10月1日", True, note="a system print of aggregate figures: no person"))  # fmt: skip

    # L1: establishments by industry (xls)
    inds = [
        "農林漁業",
        "建設業",
        "製造業",
        "卸売業，小売業",
        "宿泊業，飲食サービス業",
        "医療，福祉",
        "サービス業",
    ]
    ind: list[list[Cell]] = [["産業大分類", "事業所数", "従業者数", "前回比（％）"]]
    for name in inds:
        ind.append([name, r.randint(40, 900), r.randint(300, 9000), f"{r.uniform(-8, 6):.1f}"])
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("産業別", ind, title="経済センサス 産業大分類別 事業所数")]),
        )
    )

    # L1: companies not yet filed, with 法人番号 (督促 to file, not money)
    ec: list[list[Cell]] = [["事業所名", "法人番号", "所在地", "電話", "督促回数", "最終督促日"]]
    for comp in ctx.companies(8):
        ec.append([comp, random_corporate_number(r), ctx.biz_address(), ctx.tel(), r.randint(1, 3),
                   ymd(dt.date(2025, r.randint(6, 9), r.randint(1, 28)))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("未提出事業所", ec)]),
            note="a 督促 to companies to file the census form: no money owed and no private person",
        )
    )

    # L1: 調査票 記入例 with sample household
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="国勢調査 調査票の記入例",
        paragraphs=["世帯員の氏名、男女の別、出生の年月、世帯主との続柄などを記入します。"],
        tables=[[["氏名", "続柄", "男女", "出生の年月"], [SAMPLE_NAMES[4], "世帯主", "男", "昭和○○年○月"],
                 ["国勢 花子", "世帯主の配偶者", "女", "昭和○○年○月"]]],
        footer="記入例"), note="記入例 with sample names and placeholder birth months"))  # fmt: skip

    # L1: the call centre's log, 12-digit ログインID failing, no names (cp932)
    nums = failing_numbers(ctx, 12, "2")
    cl = ["国勢調査コールセンター 問合せ記録（抜粋・氏名削除済）", "受付日時\tログインID\t調査区\t内容\t対応"]
    for i, num in enumerate(nums):
        cl.append(f"{ymd(dt.date(2025, 9, 20 + i % 10))} {r.randint(9, 19)}:{r.randint(0, 59):02d}\t{num}\t"
                  f"{r.randint(100, 400)}\t{r.choice(['ログインできない', '回答の訂正', '書類が届かない', '調査員を名乗る者の確認'])}\t済")  # fmt: skip
    docs.append(
        text_doc(
            fam,
            1,
            [],
            cl,
            "txt-cp932",
            note="12-digit ログインID are look-alikes failing the check digit; no person is named",
        )
    )

    # L1: results slides
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"令和7年国勢調査 {ctx.city}の速報結果",
                paragraphs=[
                    f"人口 {r.randint(45, 110)},{r.randint(100, 999)}人（前回比 -{r.uniform(1, 5):.1f}％）",
                    f"世帯数 {r.randint(18, 45)},{r.randint(100, 999)}世帯",
                    "65歳以上の割合 32.4％",
                    "インターネット回答率 41.8％",
                    "確定値は令和8年に公表予定",
                ],
            ),
        )
    )

    # L2: a filled 調査票 (one household)
    head = ctx.person((1955, 1985), "男")
    wife = ctx.person((1958, 1988), "女")
    kid = ctx.person((2005, 2015))
    kid.sei, wife.sei = head.sei, head.sei
    hh: list[list[Cell]] = [["調査区", r.randint(100, 400)], ["所在地", head.address()], [],
                            ["氏名", "続柄", "男女", "出生の年月", "配偶の関係", "国籍"]]  # fmt: skip
    for who, rel in ((head, "世帯主"), (wife, "世帯主の配偶者"), (kid, "子")):
        hh.append(
            [who.name(), rel, who.sex, wareki(who.birth, "ym"), "有配偶" if rel != "子" else "未婚", "日本"]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("調査票", hh, title="国勢調査 調査票（転記）")]),
            note="the 調査票's 出生の年月 and the household's address make it level 2",
        )
    )

    # L2: a 督促 to a household to send in the form, digits set apart
    q = ctx.person((1950, 1990))
    ctx.urban(q)
    lines = [*dated(dt.date(2025, 10, r.randint(21, 31)), f"{ctx.city[0]}総統第{r.randint(200, 300)}号"), "", *addressee(q),
             f">{ctx.city}長", "^国勢調査 調査票のご提出について（督促）",
             "令和7年国勢調査の調査票のご提出が、まだ確認できておりません。",
             "国勢調査は統計法に基づく基幹統計調査で、回答の義務があります。",
             spaced_digits("令和7年11月14日までに、インターネット又は同封の封筒でご回答ください。"),
             f"問合せ　{stat}　{ctx.office_phone(5)}"]  # fmt: skip
    docs.append(
        letter_doc(
            fam,
            2,
            ["address", "name"],
            lines,
            "統計係",
            note="a 督促 asking for the census form, not for money: no arrears",
        )
    )

    # L2: Slack, the reply gives a household head's phone
    s1, s2 = ctx.staff(), ctx.staff()
    h = ctx.person((1945, 1990), "男")
    lines2 = [
        ("13:10", s1, f"第{r.randint(100, 400)}調査区の調査員から、{h.name()}さん宅が回答拒否とのこと"),
        ("13:15", s2, f"前回調査の控えに電話 {h.phone} がありました。統計係から一度電話します"),
        ("13:16", s1, "お願いします"),
    ]
    docs.append(text_doc(fam, 2, ["name", "phone"], chat("slack", dt.date(2025, 10, 16), lines2, "国勢調査")))

    # L2: an enumerator's visit record of 6-9 households (odt)
    vis = ctx.people(r.randint(6, 9), (1940, 1995))
    vr: list[list[Cell]] = [["世帯主", "所在地", "訪問日", "状況"]]
    for v in vis:
        vr.append(
            [
                v.name(),
                v.address(),
                ymd(dt.date(2025, 10, r.randint(10, 25))),
                r.choice(["不在", "不在（郵便受に案内）", "後日回答"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name"],
            DocSpec(
                title="調査員 訪問記録",
                paragraphs=["不在世帯は3回まで訪問し、以後は郵送で案内する。"],
                tables=[[[cell_text(c) for c in row] for row in vr]],
            ),
        )
    )

    # L3: non-responding households 110-135, dashed
    non = ctx.people(r.randint(110, 135), (1940, 2000))
    rows2 = [[f"{r.randint(100, 400)}", f"{i:05d}", n.name(), n.address(), n.phone, str(r.randint(1, 4))]
             for i, n in enumerate(non, start=1)]  # fmt: skip
    docs.append(print_doc(fam, 3, ["address", "name", "phone"], "国勢調査 未回答世帯一覧", "国勢調査 事務管理システム",
                          [("調査区", 30), ("整理番号", 80), ("世帯主", 140), ("所在地", 230), ("電話", 520), ("訪問回数", 630)],
                          rows2, f"抽出日 {ymd(dt.date(2025, 10, 21))}  状態=未回答", False))  # fmt: skip

    # L3: a review memo; the member's intellectual disability comes late
    k = ctx.person((1950, 1980))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title=f"調査票審査メモ（第{r.randint(100, 400)}調査区）",
        paragraphs=[f"世帯主 {k.name()}（{k.address()}）の調査票について、審査の結果を記録する。",
                    "世帯員数が前回調査から1名減となっているが、調査票の記載は3名分あった。",
                    "調査員が再訪問し、世帯主から事情を聞き取った。",
                    "転出とされた長男は実際には同居しており、世帯主の説明では記入漏れとのこと。",
                    "長男は重度の知的障害があり療育手帳Aを所持、平日は市内の生活介護事業所に通所している。",
                    "審査の結果、世帯員4名として補記した。"]),
        note="a named household's son with a severe intellectual disability: health"))  # fmt: skip

    # L3: relay log in cp932, the reply gives the household's tax and water arrears
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.person((1950, 1985), "男")
    lines3 = [
        ("10:20", s1, f"調査員から、{t.name()}さん宅で「市役所には何も出さない」と怒鳴られたと報告"),
        (
            "10:26",
            s2,
            "あの世帯は国保税を3年分滞納していて、水道料金も督促中です。役所の書類に警戒しているのかも",
        ),
        ("10:30", s1, "調査員は行かせず、郵送の督促に切り替えます"),
    ]
    docs.append(
        text_doc(
            fam,
            3,
            ["arrears", "name"],
            chat("arrow", dt.date(2025, 10, 22), lines3, "国勢調査 連絡"),
            "txt-cp932",
            note="a named household's 国保税 and 水道料金 arrears",
        )
    )

    # L3: collection status with household heads 104-120 (cp932)
    col = ctx.people(r.randint(104, 120), (1940, 2000))
    cr: list[list[Cell]] = [["調査区", "世帯主", "所在地", "電話", "回収状況"]]
    for n in col:
        cr.append(
            [
                r.randint(100, 400),
                n.name(),
                n.address(),
                n.phone,
                r.choice(["回収済", "ネット回答", "未回収", "拒否"]),
            ]
        )
    docs.append(
        Doc(fam, "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("回収状況", cr)]))
    )

    # L3: Outlook mail; the quoted reply tells of a named resident's schizophrenia
    s1, s2 = ctx.staff(), ctx.staff()
    m = ctx.person((1960, 1995))
    body = ["統計係 各位", "", "下記の件、指導員にも共有済みです。再訪問は不要とします。", "", s1]
    quoted = [(s2, "2025年10月17日 15:40", "苦情（調査員の訪問）について",
               [f"{m.name()}さん宅への訪問について、ご家族から苦情の電話がありました。",
                f"ご家族によると、{m.sei}さんは統合失調症で通院中で、知らない人の訪問で症状が悪化したとのことです。",
                "調査票は家族が代わりに郵送するそうです。"])]  # fmt: skip
    docs.append(text_doc(fam, 3, ["health", "name"], mail(f"{stat} {s1}", "統計係", "RE: 苦情（調査員の訪問）について",
                                                           "2025年10月17日 17:02", body, quoted)))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [etsuran, kijitsumae, fuzaisha, tachiai, zaigai, chosain, census]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, bank, branches, base, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, bank, branches, base, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set45", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
