"""Thirty-eighth red-team set (blind): a town's 農業委員会・農林課 and its 固定資産税 (土地) desks.

``python -m corpus.redteam.set38 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One town (a 町 of a 郡, with its JA, its 土地改良区 and its regional bank) is drawn per build. Families
follow the desk a document comes from: the 農地台帳 and its 耕作者 and 貸借 (``nochi``), 農地転用 and 3条許可
applications (``tenyo``), 所有者不明土地 and 相続人 tracing (``sozoku``), the 固定資産 課税台帳 and 名寄帳
(``kazei``), 納税管理人 and 固定資産税 滞納 (``tainou``), 鳥獣被害 and 狩猟 (``choju``), 中山間地域等直接支払
with its 協定 members and their accounts (``chusankan``) and 新規就農 相談 (``shinki``); each with its public
look-alikes (農業委員 named in their role, the published 貸借 公告, 地番図 and 路線価 notices, 評価 aggregates,
記入例, JA and 土地改良区 as organisations with their 法人番号, masked case studies).

The truth is the default policy's text only: 3 for a My Number, health (including injuries and illnesses that
stop a farmer working) or arrears (税, 賦課金, 返還金) about a named private person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists
what a perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful
files carry a one-line ``note``.
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

SEED = 3838
VARIANT = "redteam38"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, 郡, town, area code, zip prefix, JA, 土地改良区, bank, areas); an area ending in "*" is a 大字
# with 番地 lots, the others take 丁目 lots
TOWNS: list[tuple[str, str, str, str, str, str, str, str, list[str]]] = [
    ("岩手県", "紫波郡", "矢巾町", "019", "028", "JAいわて中央", "矢巾土地改良区", "岩手銀行",
     ["大字煙山*", "大字南矢幅*", "大字西徳田*", "大字藤沢*", "大字赤林*", "広宮沢", "又兵エ新田", "流通センター南"]),
    ("山形県", "西村山郡", "大江町", "0237", "990", "JAさがえ西村山", "大江町土地改良区", "山形銀行",
     ["大字左沢*", "大字藤田*", "大字小見*", "大字橋上*", "大字所部*", "本郷", "原町", "緑町"]),
    ("茨城県", "久慈郡", "大子町", "0295", "319", "JA常陸", "大子町土地改良区", "常陽銀行",
     ["大字大子*", "大字池田*", "大字袋田*", "大字上野宮*", "大字頃藤*", "本町", "泉", "栄町"]),
    ("岐阜県", "揖斐郡", "揖斐川町", "0585", "501", "JAいび川", "揖斐川土地改良区", "大垣共立銀行",
     ["大字三輪*", "大字上南方*", "大字極楽寺*", "大字房島*", "大字谷汲徳積*", "市場", "新町", "清水"]),
    ("愛媛県", "喜多郡", "内子町", "0893", "791", "JA愛媛たいき", "内子町土地改良区", "伊予銀行",
     ["大字内子*", "大字五十崎*", "大字小田*", "大字城廻*", "大字平岡*", "本町", "中央", "大瀬東"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("五月女", "そうとめ"), ("一寸木", "ますき"), ("薬袋", "みない"), ("四十物", "あいもの"),
    ("百目鬼", "どうめき"), ("勘解由小路", "かでのこうじ"), ("左右田", "そうだ"), ("猪狩", "いがり"), ("鹿野", "かの"),
    ("鬼頭", "きとう"), ("七五三", "しめ"), ("我妻", "わがつま"), ("及川", "おいかわ"), ("日下部", "くさかべ"),
    ("高橋", "たかはし"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("小林", "こばやし"), ("加藤", "かとう"),
    ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"), ("山崎", "やまざき"), ("清水", "しみず"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"), ("石井", "いしい"),
    ("青木", "あおき"), ("小野", "おの"), ("工藤", "くどう"), ("金子", "かねこ"), ("中川", "なかがわ"),
    ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("山下", "やました"), ("中野", "なかの"),
    ("小川", "おがわ"), ("岡田", "おかだ"), ("三浦", "みうら"), ("藤原", "ふじわら"), ("上田", "うえだ"),
    ("服部", "はっとり"), ("丸山", "まるやま"), ("菊池", "きくち"), ("高木", "たかぎ"), ("大西", "おおにし"),
    ("樋口", "ひぐち"), ("菅野", "かんの"), ("茂木", "もぎ"), ("菅原", "すがわら"), ("鈴木", "すずき"),
    ("田中", "たなか"), ("中村", "なかむら"), ("佐野", "さの"), ("水野", "みずの"), ("桑原", "くわばら"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("喜八", "きはち"), ("甚五郎", "じんごろう"), ("弥太郎", "やたろう"), ("伊織", "いおり"), ("朔太郎", "さくたろう"),
    ("蒼", "あおい"), ("勝", "まさる"), ("清", "きよし"), ("実", "みのる"), ("正雄", "まさお"),
    ("昭二", "しょうじ"), ("哲也", "てつや"), ("健一", "けんいち"), ("誠", "まこと"), ("隆", "たかし"),
    ("修", "おさむ"), ("剛", "つよし"), ("裕介", "ゆうすけ"), ("翔太", "しょうた"), ("陸", "りく"),
    ("悠真", "ゆうま"), ("蓮", "れん"), ("健太", "けんた"), ("信夫", "のぶお"), ("忠", "ただし"),
    ("一男", "かずお"), ("善治", "ぜんじ"), ("嘉市", "かいち"), ("勘助", "かんすけ"), ("耕作", "こうさく"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("ハル", "はる"), ("キヨ", "きよ"), ("ウメ", "うめ"), ("千代", "ちよ"), ("咲良", "さくら"),
    ("結衣", "ゆい"), ("芽依", "めい"), ("美代子", "みよこ"), ("恵子", "けいこ"), ("京子", "きょうこ"),
    ("順子", "じゅんこ"), ("典子", "のりこ"), ("裕子", "ゆうこ"), ("直美", "なおみ"), ("香織", "かおり"),
    ("愛", "あい"), ("舞", "まい"), ("葵", "あおい"), ("結菜", "ゆいな"), ("文子", "ふみこ"),
    ("光子", "みつこ"), ("照子", "てるこ"), ("房江", "ふさえ"), ("菫", "すみれ"), ("雛", "ひな"),
    ("タマヨ", "たまよ"), ("琴音", "ことね"), ("志乃", "しの"), ("多恵", "たえ"), ("艶子", "つやこ"),
]  # fmt: skip
BUILDINGS = ["コーポ田園", "ハイツ北上", "町営住宅", "メゾン若葉", "アーバン駅南", "エステート花園"]
KOAZA = [
    "沢口",
    "下田",
    "上ノ山",
    "宮ノ前",
    "北谷",
    "大畑",
    "清水沢",
    "堂ノ下",
    "川原田",
    "西ノ入",
    "中島",
    "柳原",
]
CHIMOKU = ["田", "田", "田", "畑", "畑", "山林", "原野", "雑種地", "宅地"]
COMPANIES = [
    ("株式会社", "北上ソーラー開発"), ("株式会社", "みちのく不動産"), ("有限会社", "大沢砕石"),
    ("株式会社", "グリーンエナジー東北"), ("合同会社", "ひなた太陽光"), ("株式会社", "山清建設"),
    ("株式会社", "あさひ住宅"), ("有限会社", "里山ファーム"), ("株式会社", "新緑ホーム"),
    ("株式会社", "中央測量コンサルタント"), ("農事組合法人", "みどりの里"), ("株式会社", "丸三運輸"),
    ("株式会社", "ワイルドライフ・マネジメント"), ("有限会社", "鹿追林業"), ("株式会社", "テラ地所"),
    ("一般社団法人", "里山保全協会"), ("株式会社", "稲穂アグリサービス"), ("有限会社", "ときわ造園"),
]  # fmt: skip
SAMPLE_NAMES = ["農地 太郎", "見本 花子", "相続 一郎", "納税 太郎", "就農 次郎", "記入 例子"]
CROPS = ["水稲", "りんご", "ぶどう", "大豆", "そば", "トマト", "きゅうり", "ねぎ", "柿", "さといも"]
ANIMALS = ["イノシシ", "ニホンジカ", "ニホンザル", "ハクビシン", "ツキノワグマ", "アライグマ", "カラス"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30)), ("明治", "M", dt.date(1868, 1, 25))]  # fmt: skip
TODAY = dt.date(2024, 11, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
ILLS = ["脳梗塞（左半身麻痺）", "腰椎椎間板ヘルニア", "心筋梗塞", "パーキンソン病", "肺がん（化学療法中）",
        "アルツハイマー型認知症", "糖尿病性網膜症", "関節リウマチ"]  # fmt: skip


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 令和 6 年 7 月 10 日."""
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
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目12番 → 3 丁目 12 番."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -," and prev not in " -,":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def area_label(area: str) -> str:
    """The 地区 name an area is known by: 大字煙山* → 煙山."""
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
    town: str
    area: str
    lot: str
    phone: str
    zip: str
    head: str = ""  # prefecture and 郡, for addresses written in full

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.head if with_pref else "") + self.town + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))

    @property
    def district(self) -> str:
        return area_label(self.area)


# other places heirs and absentee owners live (city, area, zip prefix, area code)
AWAY = [
    ("仙台市青葉区", "国分町", "980", "022"), ("さいたま市浦和区", "常盤", "330", "048"),
    ("東京都世田谷区", "経堂", "156", "03"), ("横浜市港北区", "日吉本町", "223", "045"),
    ("名古屋市千種区", "覚王山通", "464", "052"), ("大阪市北区", "天神橋", "530", "06"),
    ("札幌市中央区", "南十条西", "064", "011"), ("福岡市東区", "香椎", "813", "092"),
]  # fmt: skip


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    gun: str
    town: str
    ac: str
    zip3: str
    ja: str
    kairyo: str
    bank: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def full(self) -> str:
        return f"{self.pref}{self.gun}{self.town}"

    @property
    def yakuba(self) -> str:
        return f"{self.town}役場"

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    @property
    def rural(self) -> list[str]:
        return [a for a in self.areas if a.endswith("*")]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the town: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(62 + n if len(self.ac) == 4 else 610 + n, 3101 + 23 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            style = r.randint(0, 4)
            if style == 0:
                return f"{r.randint(1, 2900)}番地".translate(FW)
            if style == 1:
                return f"{r.randint(1, 2900)}番地{r.randint(1, 9)}"
            if style == 2:
                return f"字{r.choice(KOAZA)}{r.randint(1, 990)}番地"
            if style == 3:
                return f"第{r.randint(1, 30)}地割{r.randint(1, 200)}番地{r.randint(1, 12)}"
            return f"{r.randint(1, 2900)}"
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 24)
        style = r.randint(0, 3)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{kanji_number(b)}番{kanji_number(c)}号"
        else:
            text = f"{a}丁目{b}番地{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 3)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def away(self, p: Person) -> Person:
        """Move ``p`` out of town (an heir or an absentee owner in a city)."""
        r = self.rng
        city, area, zip3, ac = r.choice(AWAY)
        p.town, p.head, p.area = city, "", area
        p.lot = f"{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"
        p.zip = f"{zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        if not p.phone.startswith(("070", "080", "090")):
            width = 10 - len(ac) - 4
            p.phone = f"{ac}-{r.randint(2 * 10 ** (width - 1), 10**width - 1)}-{r.randint(1000, 9999)}"
        return p

    def person(
        self, born: tuple[int, int] = (1936, 2000), sex: str = "", sei: tuple[str, str] | None = None
    ) -> Person:
        r = self.rng
        want = sex
        while True:
            s, sk = sei or r.choice(SURNAMES)
            sex = want or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if s + mei not in self.used:
                self.used.add(s + mei)
                break
            if sei is not None and r.random() < 0.3:
                sei = r.choice(SURNAMES)  # the family's names are used up: an heir married out
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(s, mei, sk, mk, sex, birth, self.town, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref + self.gun)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1936, 2000)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def farmer(self, born: tuple[int, int] = (1936, 1985)) -> Person:
        """A resident of a rural 大字 (番地 lot)."""
        p = self.person(born)
        area = self.rng.choice(self.rural)
        p.area, p.lot = area.rstrip("*"), self.lot(area)
        return p

    def staff(self) -> str:
        """A town officer (not drawn from the residents: officers may share a resident's name)."""
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
        return self.town + area.rstrip("*") + self.lot(area).split(" ")[0]

    def parcel(self, area: str | None = None) -> str:
        """A land parcel's 地番 (煙山字沢口1234番1): where the land is, not where anyone lives."""
        r = self.rng
        a = area_label(area or r.choice(self.rural))
        base = f"{a}字{r.choice(KOAZA)}{r.randint(1, 2400)}番"
        return base + (f"{r.randint(1, 9)}" if r.random() < 0.5 else "")

    def account(self) -> tuple[str, str, str]:
        """(bank and branch, 種目, number)."""
        r = self.rng
        bank = self.bank if r.random() < 0.6 else self.ja
        branch = r.choice(["本店", f"{r.choice(self.districts)}支店", "役場前支店", "中央支店"])
        return f"{bank} {branch}", r.choice(["普通", "普通", "当座"]), f"{r.randint(0, 9999999):07d}"


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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 NK{n % 3 + 1:02d}")
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
                c.drawString(30, y - 10, "-" * 190)
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
        out.append(f"■{room}（{ymd(day)} 電話・窓口 メモ転記）")
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


def col(n: int) -> str:
    """1-based column number → Excel letters (27 → AA)."""
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{katakana(p.kana)}）"


def _area_m2(rng: random.Random) -> int:
    return rng.choice([rng.randint(180, 990), rng.randint(1000, 4800)])


def _staff3(ctx: Ctx) -> tuple[str, str, str]:
    """Three different officers as a chat shows them: 姓 名."""
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    while len({a, b, c}) < 3:
        b, c = ctx.staff(), ctx.staff()
    return a, b, c


# --- 農業委員会: 農地台帳・耕作者・貸借 -------------------------------------------------------------------
def nochi(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "nochi", []
    office = f"{ctx.town}農業委員会"
    tel = ctx.office_phone(3)

    # L1: the 農業委員 and 推進委員 roster, in their public role
    roles = (
        ["会長", "会長職務代理者"]
        + ["農業委員"] * r.randint(8, 11)
        + ["農地利用最適化推進委員"] * r.randint(5, 8)
    )
    roster = [["役職", "氏名", "担当地区", "区分", "任期"]]
    for i, role in enumerate(roles):
        kind = (
            r.choice(["認定農業者", "中立委員", "女性委員", "認定農業者", ""]) if "推進" not in role else ""
        )
        roster.append(
            [role, ctx.staff(), ctx.districts[i % len(ctx.districts)], kind, "令和5年7月20日～令和8年7月19日"]
        )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title=f"{office} 委員名簿（公表用）",
                paragraphs=[
                    f"{office}の農業委員及び農地利用最適化推進委員は次のとおりです。",
                    f"お問い合わせ先：{office}事務局（{ctx.yakuba} 2階）電話 {tel}",
                    "※ 委員への個別の連絡は事務局を通してください。",
                ],
                tables=[roster],
            ),
            note="農業委員 and 推進委員 named in their public role with the 事務局 phone only: no private person",
        )
    )

    # L1: the published 貸借 公告 as a word processor's PDF (parties by name and 地区, the parcel's 地番)
    when = dt.date(2024, r.randint(9, 10), r.randint(1, 28))
    notice = [f">{ctx.town}公告第 {r.randint(20, 60)} 号", f"^農用地利用集積計画の公告（令和6年第{r.randint(3, 6)}回）",
              "農業経営基盤強化促進法第19条の規定により、農業委員会の決定を経て",
              "農用地利用集積計画を定めたので、次のとおり公告する。", f">{wareki(when)}　{ctx.town}長", ""]  # fmt: skip
    for i in range(r.randint(8, 11)):
        lend, rent = ctx.farmer(), ctx.farmer((1950, 1995))
        lessee = f"{rent.name()}（{rent.district}）" if r.random() < 0.7 else ctx.company()
        start_day = dt.date(2024, r.choice([10, 11, 12]), 1)
        notice += [f"{i + 1}．貸し手 {lend.name()}（{lend.district}）　借り手 {lessee}",
                   f"　　土地 {ctx.parcel()}　{r.choice(['田', '畑'])} {yen(_area_m2(r))}㎡",
                   f"　　賃借権 {wareki(start_day)}から{r.choice([5, 10])}年間　10a当たり "
                   f"{yen(r.choice([5000, 8000, 10000, 12000]))}円"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(title="公告"), post=letter_pdf(notice, per_page=44),
                    note="published 公告: parties named with their 地区 and the parcel's 地番 (land, not a home "
                         "address); no home address, birth date or phone"))  # fmt: skip

    # L1: 遊休農地 survey results by 大字, merged two-row header, hidden code sheet
    body: list[list[Cell]] = [
        ["大字", "調査筆数", "調査面積", "遊休農地", None, "解消", "うち再生利用"],
        [None, "(筆)", "(ha)", "1号(筆)", "2号(筆)", "(筆)", "(筆)"],
    ]
    for d in ctx.districts:
        n = r.randint(300, 1800)
        body.append([d, n, round(n * r.uniform(0.08, 0.14), 1), r.randint(5, 60), r.randint(0, 25), r.randint(0, 12),
                     r.randint(0, 6)])  # fmt: skip
    codes = [["大字コード", "大字", "集計区分"]] + [[f"{i + 1:03d}", d, r.choice(["平地", "中間", "山間"])]
                                                  for i, d in enumerate(ctx.districts)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("調査結果", body, title="令和6年度 農地の利用状況調査 結果（大字別）", first_row=3),
                    sheet("集計元", codes, state="hidden"),
                ]
            ),
            post=merge_xlsx({"調査結果": ["A3:A4", "D3:E3"]}),
        )
    )

    # L1: Teams among officers planning the 農地パトロール (no resident)
    a, b, c = _staff3(ctx)
    d1, d2 = r.sample(ctx.districts, 2)
    talk = [("08:52", a, f"今日の農地パトロール、{d1}班は公用車2号で9時半出発です"),
             ("08:55", b, f"{d2}班は推進委員さん2名と現地集合にしました。地図は共有フォルダの地番図を印刷済み"),
             ("09:01", c, "タブレットの農地台帳アプリ、昨日更新したので再ログインお願いします"),
             ("09:03", a, "了解です。雨が降りそうなので長靴持参で"),
             ("15:40", b, f"{d2}地区 42筆確認完了。再生困難っぽいのが6筆、写真はフォルダへ"),
             ("15:44", c, "ありがとうございます。集計は来週の定例で")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 8, 27), talk, "農地パトロール 連絡")),
            note="officers planning the patrol: no resident",
        )
    )

    # L1: 農地台帳システム 照会ログ (12-digit 照会番号 failing the check digit, no names)
    log = [["照会番号", "照会日時", "操作者ID", "照会区分", "所在・地番", "該当件数"]]
    for _ in range(r.randint(22, 30)):
        t = dt.datetime(2024, 10, r.randint(1, 31), r.randint(8, 17), r.randint(0, 59))
        log.append([fail_check(random_my_number(r), r.randint(1, 9)), t.strftime("%Y/%m/%d %H:%M"),
                    f"NK{r.randint(101, 140)}", r.choice(["地番照会", "所有者照会", "耕作者照会", "図面出力"]),
                    ctx.parcel(), str(r.randint(0, 4))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("log", log)]),
            note="12-digit 照会番号 look-alikes failing the check digit; no person",
        )
    )

    # L2: an owner's own letter to the 農業委員会, signed at the end
    p, q = ctx.farmer((1940, 1960)), ctx.farmer((1960, 1990))
    parcel = ctx.parcel(p.area)
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{office} 御中",
                    "農地の賃貸借の合意解約について（お願い）",
                    f"いつもお世話になっております。私が所有する {parcel}（田 {yen(_area_m2(r))}㎡）は、平成29年から"
                    f"{q.name()}さんに耕作していただいておりました。",
                    "このたび長男が勤めを辞めて戻ってくることになり、来年からは家で耕作したいと考えております。"
                    f"{q.sei}さんとは話がついており、今年の稲刈りが済んだ時点で合意解約ということで了解をいただいています。",
                    "必要な書類がありましたら郵送でお送りいただけると助かります。よろしくお願いいたします。",
                    f"令和6年{r.randint(9, 10)}月{r.randint(1, 28)}日",
                    f"住所　{p.address()}",
                    f"氏名　{p.name()}",
                    f"電話　{p.phone}",
                ]
            ),
        )
    )

    # L2: one 集落's 耕作者 list, 姓 and 名 and their kana in separate columns, starting on row 5
    d = r.choice(ctx.rural)
    hdr: list[Cell] = ["No", "姓", "名", "セイ", "メイ", "住所", "電話", "経営面積(a)", "主な作物"]
    grid: list[list[Cell]] = [hdr]
    for i in range(r.randint(16, 24)):
        p = ctx.farmer()
        p.area, p.lot = d.rstrip("*"), ctx.lot(d)
        grid.append([i + 1, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.address(), p.phone,
                     r.randint(10, 450), r.choice(CROPS)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("耕作者", grid, title=f"{area_label(d)}集落 耕作者名簿（令和6年度）", first_row=5)
                ]
            ),
        )
    )

    # L2: the 利用意向調査 letter to an owner, a PDF whose digits are set apart
    p = ctx.farmer()
    ctx.urban(p)
    sent = dt.date(2024, 10, r.randint(1, 20))
    lines = [f">{wareki(sent, 'spaced')}", f"〒{p.zip}", spaced_digits(f"{p.town}{p.area}{p.lot}"), f"{p.name()} 様", "",
             f">{office}会長", "^農地の利用意向調査について", "",
             "あなたが所有する下記の農地は、利用状況調査の結果、遊休農地と判断されました。",
             "今後の利用の意向を同封の回答書によりお知らせください。", "",
             f"所在地番　{spaced_digits(ctx.parcel())}（畑 {spaced_digits(yen(_area_m2(r)))} ㎡）",
             f"回答期限　{wareki(dt.date(2024, 11, 29), 'spaced')}",
             f"問合せ先　{office}事務局 {tel}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="利用意向調査"), post=letter_pdf(lines))
    )

    # L2: LINE WORKS: one message names an owner, a reply gives the phone
    a, b, c = _staff3(ctx)
    p = ctx.farmer()
    talk = [("10:02", a, f"{p.district}の{p.name()}さん、借り手を探しているそうで窓口に来られる予定です"),
             ("10:05", b, "推進委員さんにも伝えておきます。連絡先わかりますか"),
             ("10:11", a, f"携帯 {p.phone} です。日中は畑なので夕方がいいとのこと"),
             ("10:12", c, "了解、マッチングリストに入れておきます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("lineworks", dt.date(2024, 9, 18), talk, "農地係")),
        )
    )

    # L3: the 農地台帳 printed from the 農地台帳システム (more than 100 owners with their addresses)
    rows2: list[list[str]] = []
    for _ in range(r.randint(112, 130)):
        p = ctx.farmer()
        tenant = ctx.staff() if r.random() < 0.3 else "自作"
        rows2.append([f"{r.randint(10000, 99999)}", ctx.parcel(), r.choice(CHIMOKU[:5]), yen(_area_m2(r)),
                      f"S{r.randint(100000, 999999)}", p.name(), tenant, r.choice(["所有", "所有", "共有"]),
                      p.address()])  # fmt: skip
    cols = [("筆ID", 30), ("所在・地番", 70), ("地目", 180), ("面積㎡", 210), ("所有者ID", 255), ("所有者氏名", 310),
            ("耕作者", 390), ("権利", 465), ("所有者住所", 500)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "name"],
            DocSpec(title="農地台帳"),
            post=system_print(
                "農地台帳 一覧表（所有者別）",
                f"農地台帳システム Ver.3.2  {office}",
                cols,
                rows2,
                26,
                f"抽出条件：地目=田・畑  大字=全件  基準日 {ymd(TODAY)}",
                ruled=True,
            ),
        )
    )

    # L3: a 相談記録 in prose: the owner named once, the stroke paragraphs later
    p = ctx.farmer((1938, 1955))
    son = ctx.person((1965, 1980), "男", (p.sei, p.sei_kana))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                paragraphs=[
                    "農地相談記録",
                    f"受付日　令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日　対応　事務局 {ctx.staff()}",
                    f"相談者　{p.name()}（{p.address()}）、同行 長男 {son.mei}",
                    f"相談内容　所有する田 {r.randint(3, 9)}筆（計 {r.randint(40, 120)}a）の今後の管理について。",
                    "これまで自作してきたが、今年は田植えができず、集落の担い手に作業委託をした。来年以降は貸付を希望。",
                    f"担い手候補として、地区の認定農業者と{ctx.ja}の作業受託部会を紹介した。中間管理機構の制度も説明。",
                    "長男は県外勤務で戻る予定はないとのこと。",
                    f"（補足）本人は昨年秋に{r.choice(['脳梗塞', '脳出血'])}で倒れ、右手足に麻痺が残っている。現在も週2回リハビリに"
                    "通院しており、農作業は困難とのこと。貸付の手続は長男が代理で行う予定。",
                    "次回　書類がそろい次第、長男から連絡をもらう。",
                ]
            ),
        )
    )

    # L3: Slack: the reply gives a named owner's unpaid 土地改良区 賦課金
    a, b, _ = _staff3(ctx)
    p = ctx.farmer()
    amount = r.randint(18, 60) * 1200
    talk = [("13:10", a, f"{p.name()}さん（{p.district}）の貸付希望の件、{ctx.kairyo}に水利費を確認してもらえますか"),
             ("13:42", b, f"確認しました。令和4・5年度分の賦課金が未納で、改良区から督促中だそうです（{yen(amount)}円）"),
             ("13:45", a, "精算してからでないと中間管理機構に出せないですね。本人に伝えます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("slack", dt.date(2024, 10, 7), talk, "農地係-連絡")),
            note="unpaid 土地改良区 賦課金 (水利費) under 督促 of a named owner counts as arrears",
        )
    )

    # L3: the 耕作者台帳 with birth dates (more than 100), pasted from column AB
    head: list[Cell] = ["耕作者番号", "氏名", "フリガナ", "生年月日", "住所", "経営面積(a)", "認定"]
    tbl: list[list[Cell]] = [head]
    for _ in range(r.randint(104, 118)):
        p = ctx.farmer((1935, 1995))
        tbl.append([f"K{r.randint(10000, 99999)}", p.name("　"), katakana(p.kana), wareki(p.birth, "short"), p.address(),
                    r.randint(5, 900), r.choice(["認定", "", "", "認定新規"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("台帳", far_right(tbl, 27), first_row=4)]),
        )
    )
    return docs


# --- 農業委員会: 農地転用・3条許可 -----------------------------------------------------------------------
def tenyo(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "tenyo", []
    office = f"{ctx.town}農業委員会"
    tel = ctx.office_phone(3)
    uses = ["一般住宅", "太陽光発電設備", "駐車場", "資材置場", "分家住宅", "農家住宅", "店舗", "倉庫"]

    # L1: the application guide
    deadlines = [["総会", "受付締切", "許可書交付（目安）"]]
    for m in range(4, 13):
        deadlines.append([f"{m}月{r.randint(20, 27)}日", f"{m}月{r.randint(1, 10)}日", f"{m % 12 + 1}月上旬"])
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="農地転用許可申請の手引（令和6年度版）",
                paragraphs=[
                    "農地を農地以外に転用する場合、または転用目的で権利を設定・移転する場合は、農地法第4条又は第5条の"
                    "許可が必要です。",
                    "申請書には申請者の氏名・住所、土地の所在・地番・地目・面積、転用の目的、"
                    "資金計画などを記入し、登記事項証明書、公図の写し、位置図、土地利用計画図を添付してください。",
                    "法人が申請する場合は、定款又は登記事項証明書と法人番号を記載してください。",
                    "市街化調整区域内の転用、1,000㎡を超える転用は県の審査を経ます。",
                    f"問合せ先　{office}事務局　電話 {tel}",
                ],
                tables=[deadlines],
            ),
        )
    )

    # L1: the 3条 application 記入例 (sample names, a sample birth date), a text box with the hint
    sample = r.sample(SAMPLE_NAMES[:2] + SAMPLE_NAMES[4:], 2)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="農地法第3条の規定による許可申請書（記入例）",
                header="記入例",
                paragraphs=[
                    "当事者の別　譲渡人（貸し手）／譲受人（借り手）",
                    f"譲渡人　氏名 {sample[0]}　住所 {ctx.town}大字○○123番地　年齢 68歳",
                    f"譲受人　氏名 {sample[1]}　住所 {ctx.town}○○町1丁目2番3号　生年月日 昭和50年4月1日　職業 農業",
                    "土地の表示　○○字△△100番　田　1,200㎡（登記簿と現況が異なる場合は両方記入）",
                    "権利の種類　所有権移転（売買）　対価 1,000,000円",
                    "※ 押印は不要となりました。電話番号は日中連絡のつく番号を記入してください（例 ○○○-○○○○-○○○○）。",
                ],
                textboxes=["記入例：太枠の中を記入してください。「年齢」欄は申請日現在で記入します。"],
            ),
        )
    )

    # L1: permits by use and month in xls (merged title), no person
    hdr: list[Cell] = ["用途", *[f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10)], "計"]
    tbl: list[list[Cell]] = [hdr]
    for u in uses:
        vals = [r.randint(0, 6) for _ in range(7)]
        tbl.append([u, *vals, sum(vals)])
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "件数", tbl, title="農地転用許可（届出含む）用途別件数　令和6年度上半期", first_row=3
                    ),
                    sheet(
                        "面積",
                        [
                            ["区分", "4条(㎡)", "5条(㎡)"],
                            ["許可", r.randint(3000, 9000), r.randint(9000, 40000)],
                            ["届出", r.randint(500, 3000), r.randint(2000, 9000)],
                        ],
                    ),
                ]
            ),
        )
    )

    # L1: the companies that applied, with their 法人番号 and 代表者 in role
    rows: list[list[Cell]] = [
        ["法人番号", "商号又は名称", "本店所在地", "代表者", "用途", "許可日", "面積(㎡)"]
    ]
    for name in ctx.companies(r.randint(10, 13)):
        rows.append([random_corporate_number(r), name, ctx.biz_address(), f"代表取締役 {ctx.staff()}", r.choice(uses[1:5]),
                     dt.date(2024, r.randint(4, 10), r.randint(1, 28)), r.randint(300, 9000)])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("法人", rows)])))

    # L1: the 総会 slides with the applicants masked
    masked = [["議案", "区分", "申請人", "所在・地番", "地目", "面積(㎡)", "用途"]]
    for i in range(r.randint(6, 9)):
        masked.append([f"第{i + 1}号", r.choice(["3条", "4条", "5条"]), "〇〇 〇〇", ctx.parcel(), r.choice(["田", "畑"]),
                       yen(_area_m2(r)), r.choice(uses)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{office} 令和6年第{r.randint(7, 10)}回総会 議案説明",
                paragraphs=[
                    "議案第1号～ 農地法第3条・第4条・第5条の許可申請について",
                    "現地確認：各地区担当委員",
                    "公表用資料のため申請人は伏せています",
                    "審議結果は議事録にて公表",
                ],
                tables=[masked],
            ),
            note="masked applicants (〇〇 〇〇) on published 総会 slides",
        )
    )

    # L2: a filled 3条 application in odt
    giver, taker = ctx.farmer((1938, 1958)), ctx.farmer((1970, 1995))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="農地法第3条の規定による許可申請書",
                paragraphs=[
                    f"{office}会長　様",
                    f"令和6年{r.randint(8, 10)}月{r.randint(1, 28)}日",
                    "下記農地について所有権を移転したいので、農地法第3条第1項の規定により許可を申請します。",
                ],
                tables=[
                    [
                        ["当事者", "氏名", "住所", "生年月日", "電話"],
                        ["譲渡人", giver.name(), giver.address(), wareki(giver.birth), giver.phone],
                        ["譲受人", taker.name(), taker.address(), wareki(taker.birth), taker.phone],
                    ],
                    [
                        ["所在・地番", "地目", "面積(㎡)", "対価"],
                        [
                            ctx.parcel(giver.area),
                            "田",
                            yen(_area_m2(r)),
                            f"{yen(r.randint(3, 30) * 100000)}円",
                        ],
                    ],
                ],
            ),
        )
    )

    # L2: the permit's cover letter as a PDF whose digits are set apart
    p = ctx.person((1960, 1992))
    ctx.urban(p)
    when = dt.date(2024, 10, r.randint(1, 25))
    lines = [f">{office}指令 第 {r.randint(40, 160)} 号", f">{wareki(when, 'spaced')}", f"〒 {p.zip}",
             spaced_digits(f"{p.town}{p.area}{p.lot}"), f"{p.name()} 様", "", f">{office}会長",
             "^農地法第5条の規定による許可書の交付について", "",
             f"{wareki(dt.date(2024, 8, r.randint(1, 28)), 'spaced')}付けで申請のあった農地転用について、",
             "下記のとおり許可したので許可書を交付します。",
             f"所在地番　{spaced_digits(ctx.parcel())}", f"転用目的　{r.choice(uses[:3])}",
             "工事完了後は速やかに完了報告書を提出してください。", f"問合せ　事務局 {tel}"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="許可書交付"), post=letter_pdf(lines)))

    # L2: Teams: a message names an applicant, the reply gives the phone
    a, b, c = _staff3(ctx)
    p = ctx.person((1965, 1995))
    talk = [("09:19", a, f"5条の{p.name()}さん（{p.district}）の件、補正をお願いしたいので連絡先わかる方いますか"),
             ("09:22", b, f"申請書の連絡先は {p.phone} です。代理の行政書士さんは今週不在とのこと"),
             ("09:24", a, "ありがとうございます。ご本人に直接かけます"),
             ("09:31", c, "土地利用計画図の縮尺も直してもらってください")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 9, 10), talk, "転用審査")),
        )
    )

    # L2: the month's 受付簿 in cp932 (applicants with their addresses, agents in role)
    book: list[list[Cell]] = [
        ["受付番号", "受付日", "区分", "申請人", "申請人住所", "代理人", "所在・地番", "用途"]
    ]
    for i in range(r.randint(9, 14)):
        agent = (
            f"行政書士 {ctx.staff()}（{ctx.town}{r.choice(ctx.districts)}事務所）" if r.random() < 0.5 else ""
        )
        if r.random() < 0.25:
            who, addr = ctx.company(), ctx.biz_address()
        else:
            p = ctx.person((1950, 1995))
            who, addr = p.name(), p.address()
        book.append([f"R6転-{100 + i:04d}", dt.date(2024, 10, r.randint(1, 10)), r.choice(["4条", "5条", "5条"]), who,
                     addr, agent, ctx.parcel(), r.choice(uses)])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 2, ["address", "name"], DocSpec(sheets=[sheet("受付簿", book)])))

    # L3: a 受付控え whose My Number is only in a text box, labelled 番号確認済
    p = ctx.farmer((1945, 1980))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="農地法第3条 許可申請 受付控え",
                paragraphs=[
                    f"受付日　令和6年{r.randint(7, 10)}月{r.randint(1, 28)}日",
                    f"申請者　{p.name()}",
                    f"住所　{p.address()}",
                    f"土地　{ctx.parcel()}ほか{r.randint(1, 4)}筆",
                    "添付書類　登記事項証明書、営農計画書、本人確認書類（写し）",
                    f"受付者　{ctx.staff()}",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}（通知カード）"],
            ),
        )
    )

    # L3: five years of applicants printed (more than 100), dashed line
    rows2: list[list[str]] = []
    for i in range(r.randint(104, 120)):
        p = ctx.person((1940, 1995))
        day = dt.date(r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28))
        rows2.append([f"{day.year - 2018}-{i + 1:04d}", ymd(day), r.choice(["3条", "4条", "5条"]),
                      f"{r.randint(1000000, 9999999)}", p.name(), ctx.parcel(), r.choice(["許可", "許可", "取下げ"]),
                      p.address()])  # fmt: skip
    cols = [("受付番号", 30), ("受付日", 90), ("区分", 150), ("申請人ID", 185), ("申請人氏名", 240), ("所在・地番", 320),
            ("結果", 430), ("申請人住所", 470)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "name"],
            DocSpec(title="申請履歴"),
            post=system_print(
                "農地法許可申請 履歴一覧",
                f"農地転用審査システム  {office}",
                cols,
                rows2,
                28,
                "対象期間：令和2年1月～令和6年10月  区分：全て",
            ),
        )
    )

    # L3: an Outlook mail: the 行政書士 says the seller has dementia and is in a home
    giver = ctx.farmer((1930, 1945))
    agent = ctx.staff()
    clerk = ctx.staff()
    body = [
        f"{office}事務局 {clerk} 様",
        "",
        f"いつもお世話になっております。行政書士の{agent}です。",
        f"ご照会の譲渡人 {giver.name()} 様（{giver.district}）の意思確認の件ですが、ご本人は昨年から"
        "アルツハイマー型認知症で町外の特別養護老人ホームに入所されており、ご家族が成年後見の申立てを準備中です。",
        "後見人が選任されるまで申請は保留とさせてください。",
        "",
        f"{agent}（行政書士{agent.split()[0]}事務所）",
    ]
    quoted = [
        (
            f"{clerk}",
            "2024/09/30 (月) 16:05",
            "5条申請の譲渡人の意思確認について",
            [
                f"{agent} 先生",
                "",
                f"{giver.sei}様の申請について、譲渡人ご本人の署名の経緯を確認させてください。",
                "",
                f"{office}事務局 {clerk}",
            ],
        )
    ]
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=mail(
                    f"{agent} <gyosei-{r.randint(10, 99)}@example.jp>",
                    f"{clerk}",
                    "RE: 5条申請の譲渡人の意思確認について",
                    "2024/10/02 (水) 10:14",
                    body,
                    quoted,
                )
            ),
        )
    )

    # L3: an applicants' list whose hidden sheet gives their 固定資産税 滞納 (from the 税務課 照会)
    vis: list[list[Cell]] = [["受付番号", "申請人", "住所", "区分", "所在・地番"]]
    hid: list[list[Cell]] = [["受付番号", "申請人", "固定資産税", "滞納額", "備考"]]
    for i in range(r.randint(10, 14)):
        p = ctx.person((1945, 1990))
        no = f"R6-{200 + i}"
        vis.append([no, p.name(), p.address(), r.choice(["3条", "5条"]), ctx.parcel()])
        owed = r.random() < 0.4
        hid.append([no, p.name(), "滞納あり" if owed else "完納", r.randint(2, 40) * 10000 if owed else 0,
                    "督促状送付済・分納相談中" if owed else ""])  # fmt: skip
    hid[1][2], hid[1][3], hid[1][4] = "滞納あり", r.randint(2, 40) * 10000, "差押予告済"
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                sheets=[
                    sheet("申請人", vis, title="令和6年10月受付 申請人一覧", first_row=3),
                    sheet("税照会", hid, state="hidden"),
                ]
            ),
            note="the 税務課's answer on the hidden sheet gives named applicants' 固定資産税 滞納",
        )
    )
    return docs


# --- 所有者不明土地・相続人調査 ----------------------------------------------------------------------------
def _heirs(ctx: Ctx, dead: Person, n: int) -> list[tuple[str, Person]]:
    """The heirs of ``dead``: a spouse perhaps, children (some moved away), a grandchild by representation."""
    r = ctx.rng
    out: list[tuple[str, Person]] = []
    if r.random() < 0.5:
        out.append(("妻" if dead.sex == "男" else "夫", ctx.person((dead.birth.year, dead.birth.year + 6),
                                                               "女" if dead.sex == "男" else "男",
                                                               (dead.sei, dead.sei_kana))))  # fmt: skip
    order = ["長男", "長女", "二男", "二女", "三男", "三女"]
    for i in range(n - len(out)):
        rel = order[i % len(order)] if i < 5 else "孫（代襲）"
        sex = "男" if "男" in rel else "女" if "女" in rel else ""
        kid = ctx.person((dead.birth.year + 22, dead.birth.year + 40), sex,
                         (dead.sei, dead.sei_kana) if "男" in rel or r.random() < 0.4 else None)  # fmt: skip
        if r.random() < 0.5:
            ctx.away(kid)
        out.append((rel, kid))
    return out


def sozoku(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "sozoku", []
    desk = f"{ctx.yakuba} 税務課 資産税係"
    tel = ctx.office_phone(1)

    # L1: the guide to the 相続登記 duty
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年4月1日から相続登記が義務化されました",
                paragraphs=[
                    "不動産を相続で取得したことを知った日から3年以内に相続登記をしなければなりません。正当な理由なく"
                    "怠った場合は10万円以下の過料の対象となります。",
                    "すぐに遺産分割がまとまらない場合は、法務局に「相続人申告登記」をすることで義務を果たせます。",
                    "また、登記が済むまでの間、固定資産税の納税通知書を受け取る方は「相続人代表者指定届」を"
                    "税務課へ提出してください。",
                    "所有者が亡くなったまま放置された土地は、次の相続で相続人が数十人になることもあります。",
                    f"お問い合わせ　{desk}　電話 {tel}",
                ],
            ),
        )
    )

    # L1: a 相続関係説明図 記入例 with sample names and sample dates
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="相続関係説明図（記入例）",
                header="記入例",
                paragraphs=[
                    "被相続人　相続 一郎（昭和10年1月1日生、令和5年3月3日死亡）",
                    "最後の住所　○○県○○郡○○町大字○○100番地",
                    "本籍　○○県○○郡○○町大字○○100番地",
                    "├─ 妻　見本 花子（昭和13年5月5日生）　住所 被相続人と同じ",
                    "├─ 長男　相続 太郎（昭和38年2月2日生）　住所 ○○市○○町1丁目2番3号（分割）",
                    "└─ 長女　記入 例子（昭和41年7月7日生）",
                    "※ 記入例の氏名・日付はすべて架空のものです。",
                ],
            ),
        )
    )

    # L1: 所有者不明土地 counts by 大字 and state, merged header, hidden sheet
    hdr: list[Cell] = ["大字", "課税筆数", "所有者不明の筆", None, None, "相続人代表者", "相続登記"]
    sub: list[Cell] = [None, None, "死亡者課税", "所在不明", "共有者多数", "指定済", "完了(R6)"]
    grid: list[list[Cell]] = [hdr, sub]
    for d in ctx.districts:
        grid.append([d, r.randint(800, 5000), r.randint(20, 300), r.randint(0, 40), r.randint(0, 15), r.randint(10, 200),
                     r.randint(0, 60)])  # fmt: skip
    raw = [["抽出日", ymd(TODAY)], ["抽出条件", "納税義務者死亡フラグ=1"], ["作成", "資産税係"]]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("集計", grid, title="所有者不明土地の状況（大字別）", first_row=3),
                    sheet("条件", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"集計": ["C3:E3", "A3:A4", "B3:B4"]}),
        )
    )

    # L1: training slides with an anonymised case
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="所有者不明土地対策 職員研修",
                paragraphs=[
                    "事例：Ａさん（昭和初期に死亡）名義の山林",
                    "Ａさんの子Ｂさん・Ｃさんも死亡、相続人は孫世代に",
                    "戸籍をたどると相続人は37名、うち3名は海外在住",
                    "〇〇 〇〇 さん（相続人の一人）が代表者を引き受け",
                    "ポイント：公用請求の根拠は地方税法第20条の11",
                    "ポイント：相続人申告登記の案内を同封",
                ],
                tables=[
                    [
                        ["世代", "人数", "所在判明"],
                        ["子", "5", "0（全員死亡）"],
                        ["孫", "19", "17"],
                        ["ひ孫", "13", "11"],
                    ]
                ],
            ),
            note="anonymised case study (Ａさん, 〇〇 〇〇)",
        )
    )

    # L1: a relay log among officers and the 法務局 about procedure (no resident), cp932
    a, b, _ = _staff3(ctx)
    talk = [("10:20", a, "法務局の登記官から電話。相続人申告登記の申出件数を月1回共有してほしいとのこと"),
             ("10:25", b, "了解。様式は先方のエクセルでよいか確認します"),
             ("11:02", "法務局 登記官", "様式は自由、件数と大字別の内訳だけで可"),
             ("11:05", b, "承知しました。来週から月初に送付します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(paragraphs=chat("arrow", dt.date(2024, 6, 12), talk, "法務局との連絡")),
            note="officers and the 法務局 on procedure: no resident",
        )
    )

    # L2: a 相続関係説明図 with the heirs' addresses and birth dates
    dead = ctx.farmer((1928, 1942))
    heirs = _heirs(ctx, dead, r.randint(4, 6))
    died = dt.date(r.randint(2019, 2023), r.randint(1, 12), r.randint(1, 28))
    lines2 = [
        f"被相続人　{dead.name()}（{wareki(dead.birth)}生　{wareki(died)}死亡）",
        f"最後の住所　{dead.address(True)}",
        f"本籍　{dead.head}{dead.town}{dead.area}{r.randint(1, 900)}番地",
    ]
    for i, (rel, h) in enumerate(heirs):
        mark = "└─" if i == len(heirs) - 1 else "├─"
        lines2.append(f"{mark} {rel}　{h.name()}（{wareki(h.birth, 'abbr')}生）　住所 {h.address(True)}")
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="相続関係説明図",
                paragraphs=[
                    *lines2,
                    f"作成日　令和6年{r.randint(5, 10)}月{r.randint(1, 28)}日　作成者 {heirs[-1][1].name()}",
                ],
            ),
            note="heirs with their addresses and birth dates; the deceased's death date is not health",
        )
    )

    # L2: the request to name a 相続人代表者, a PDF whose digits are set apart
    dead = ctx.farmer((1930, 1945))
    h = ctx.person((1955, 1975), sei=(dead.sei, dead.sei_kana))
    ctx.urban(h)
    when = dt.date(2024, r.randint(5, 9), r.randint(1, 28))
    lines = [f">{ctx.town}税第 {r.randint(100, 900)} 号", f">{wareki(when, 'spaced')}", f"〒{h.zip}",
             spaced_digits(f"{h.town}{h.area}{h.lot}"), f"{h.name()} 様", "", f">{ctx.town}長",
             "^相続人代表者指定届の提出について（お願い）", "",
             f"固定資産税の納税義務者であった {dead.name()} 様がお亡くなりになったことを確認しました。",
             "相続登記が完了するまでの間、納税通知書等を受け取る代表者を定め、",
             f"{wareki(dt.date(2024, 12, 27), 'spaced')}までに同封の届出書をご提出ください。",
             f"問合せ先　{desk}　{tel}"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="代表者指定"), post=letter_pdf(lines)))

    # L2: a 公用請求 to the 本籍地 for the deceased owner's 除籍
    dead = ctx.farmer((1925, 1940))
    city, area, _, _ = r.choice(AWAY)
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="戸籍謄本等の交付について（依頼）",
                paragraphs=[
                    f"{ctx.town}税第{r.randint(100, 900)}号",
                    f"令和6年{r.randint(6, 10)}月{r.randint(1, 28)}日",
                    f"{city}長　様",
                    f"{ctx.town}長",
                    "固定資産税の賦課徴収のため、地方税法第20条の11の規定により下記の者の除籍謄本等の交付を依頼します。",
                    f"本籍　{city}{area}{r.randint(1, 40)}番地",
                    f"筆頭者　{dead.name()}",
                    f"対象者　{dead.name()}（{wareki(dead.birth)}生）",
                    f"最後の住所　{dead.address()}",
                    "必要な証明　出生から死亡までの除籍・改製原戸籍謄本 各1通",
                    "手数料　公用のため免除をお願いします",
                    f"担当　{desk} {ctx.staff()}　{tel}",
                ],
            ),
            note="the deceased owner's name, birth date and last address: treated as a person's record",
        )
    )

    # L2: Slack: a letter to an heir came back, the reply gives the new address
    a, b, _ = _staff3(ctx)
    h = ctx.away(ctx.person((1950, 1975)))
    talk = [("14:03", a, f"相続人の{h.name()}さん宛の通知、あて所に尋ねあたらずで戻ってきました"),
             ("14:20", b, f"戸籍の附票で追えました。現住所は {h.town}{h.area}{h.lot} です"),
             ("14:22", a, "ありがとうございます、再送します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name"],
            DocSpec(paragraphs=chat("slack", dt.date(2024, 7, 3), talk, "資産税-相続調査")),
        )
    )

    # L3: the heirs traced for the year, printed (more than 100 heirs with birth dates and addresses)
    rows: list[list[str]] = []
    case = 0
    while len(rows) < r.randint(104, 118):
        case += 1
        dead = ctx.farmer((1910, 1945))
        for rel, h in _heirs(ctx, dead, r.randint(3, 8)):
            rows.append([f"R6-{case:03d}", dead.name(), f"{r.randint(100000, 999999)}", h.name(), rel,
                         wareki(h.birth, "short"), h.address()])  # fmt: skip
    cols = [("案件", 30), ("被相続人", 80), ("相続人ID", 160), ("相続人氏名", 210), ("続柄", 290), ("生年月日", 350),
            ("住所", 410)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(title="相続人調査"),
            post=system_print(
                "相続人調査 結果一覧",
                f"固定資産税 賦課システム  {desk}",
                cols,
                rows,
                27,
                "調査年度：令和6年度  状態：調査完了",
                ruled=True,
            ),
        )
    )

    # L3: a 相続人代表者指定届 whose My Number is only in the page header, labelled 番号
    dead = ctx.farmer((1930, 1945))
    h = ctx.person((1955, 1975), "男", sei=(dead.sei, dead.sei_kana))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name", "phone"],
            DocSpec(
                title="相続人代表者指定（変更）届",
                header=f"代表者 番号 {grouped(mn)}",
                paragraphs=[
                    f"{ctx.town}長　様",
                    f"届出日　令和6年{r.randint(6, 10)}月{r.randint(1, 28)}日",
                    f"被相続人　{dead.name()}（{dead.address()}）",
                    f"代表者　{h.name()}",
                    f"代表者の住所　{h.address()}",
                    f"電話　{h.phone}",
                    "続柄　長男",
                    "他の相続人の同意を得て、上記の者を代表者に指定します。",
                ],
            ),
        )
    )

    # L3: a 調査記録 in prose: the heir named once, the illness paragraphs later
    dead = ctx.farmer((1925, 1940))
    h = ctx.person((1950, 1970), "男", sei=(dead.sei, dead.sei_kana))
    docs.append(
        Doc(
            fam,
            "odt",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="相続人調査 経過記録",
                paragraphs=[
                    f"案件　R6-{r.randint(100, 300)}　課税地 {ctx.parcel(dead.area)} ほか山林{r.randint(2, 9)}筆",
                    f"被相続人 {dead.name()} の相続人は、戸籍の調査により子{r.randint(3, 5)}名と判明。",
                    f"代表者候補として長男 {h.name()}（{h.address()}）に文書を送付したが、回答なし。",
                    "二女から電話あり。兄は遠方の病院にいるとのこと。",
                    "所在確認のため病院名を尋ねたが、家族の事情もあり詳細は控えたいとの回答。",
                    f"（{r.randint(7, 10)}月追記）二女によると、長男は長年統合失調症で精神科病院に入院しており、本人の意思"
                    "確認は難しい。成年後見の申立てを家族で検討中。代表者は二女が引き受けることで調整。",
                ],
            ),
        )
    )

    # L3: the co-owners of a 記名共有地 (more than 100, with their registered addresses)
    share: list[list[Cell]] = [["持分番号", "共有者氏名", "登記上の住所", "持分", "生死（調査結果）", "備考"]]
    for i in range(r.randint(106, 124)):
        p = ctx.farmer((1880, 1960))
        share.append([i + 1, p.name(), p.address(), f"1/{r.choice([96, 112, 128])}",
                      r.choice(["死亡", "死亡", "生存", "不明"]), r.choice(["", "", "相続人調査中", "転出"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            3,
            ["address", "name"],
            DocSpec(sheets=[sheet("共有者", share)]),
            note="a 記名共有地's co-owners, many long dead: more than 100 named persons with addresses",
        )
    )
    return docs


# --- 税務課: 固定資産 課税台帳・名寄帳 --------------------------------------------------------------------
def kazei(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "kazei", []
    desk = f"{ctx.yakuba} 税務課 資産税係"
    tel = ctx.office_phone(1)

    # L1: the 路線価 list printed over several pages (no person)
    rows: list[list[str]] = []
    n = 0
    for d in ctx.districts:
        for _ in range(r.randint(14, 20)):
            n += 1
            price, change = r.randint(40, 480) * 100, r.uniform(-2.5, 1.5)
            west, east = r.sample(KOAZA, 2)
            rows.append([f"{n:05d}", d, f"{west}～{east}", yen(price), yen(int(round(price / (1 + change / 100), -2))),
                         f"{change:+.1f}%"])  # fmt: skip
    cols = [
        ("路線番号", 40),
        ("町名・大字", 110),
        ("区間", 220),
        ("路線価(円/㎡)", 360),
        ("前年度", 460),
        ("変動率", 560),
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(title="路線価"),
            post=system_print(
                "令和6年度 固定資産税 路線価一覧",
                f"固定資産税 評価システム  {desk}",
                cols,
                rows,
                30,
                "評価基準日：令和5年1月1日（時点修正 令和5年7月1日）",
            ),
            note="a multi-page system print of 路線価 by street: no person",
        )
    )

    # L1: the 縦覧 and 地番図 notice
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="固定資産税の縦覧・閲覧と地番参考図の公開について",
                paragraphs=[
                    "土地・家屋価格等縦覧帳簿の縦覧期間　令和7年4月1日（火）～6月2日（月）",
                    f"場所　{desk}窓口",
                    "縦覧できる方　町内に土地又は家屋を所有する納税者（代理人は委任状が必要）",
                    "地番参考図（地番図）は町のホームページで公開しています。地番図は課税事務の参考として作成したもの"
                    "で、登記所備付の地図（公図）とは異なる場合があります。",
                    "評価額に不服がある場合は、納税通知書を受け取った日の翌日から3か月以内に固定資産評価審査委員会へ"
                    "審査の申出ができます。",
                    f"問合せ　{desk}　電話 {tel}",
                ],
            ),
        )
    )

    # L1: 概要調書 by 地目 (merged header, hidden working sheet)
    hdr: list[Cell] = ["地目", "地積(㎡)", None, "評価額(千円)", None, "納税義務者数"]
    sub: list[Cell] = [None, "総数", "課税対象", "総額", "平均(円/㎡)", None]
    grid: list[list[Cell]] = [hdr, sub]
    for m in ["田", "畑", "宅地", "山林", "原野", "雑種地"]:
        area = r.randint(10**5, 10**8)
        grid.append(
            [m, area, int(area * 0.93), r.randint(10**5, 10**7), r.randint(30, 25000), r.randint(400, 9000)]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "概要調書", grid, title="令和6年度 固定資産の価格等の概要調書（土地）", first_row=3
                    ),
                    sheet("作業用", [["区分", "前年比"], ["田", "-0.8%"], ["宅地", "+0.3%"]], state="hidden"),
                ]
            ),
            post=merge_xlsx({"概要調書": ["B3:C3", "D3:E3", "A3:A4", "F3:F4"]}),
        )
    )

    # L1: the certificates counter log: 12-digit 受付番号 failing the check digit, requesters masked
    log: list[list[Cell]] = [["受付番号", "交付日", "証明種別", "請求者", "区分", "通数", "手数料"]]
    for _ in range(r.randint(24, 32)):
        log.append([fail_check(random_my_number(r), r.randint(1, 9)), dt.date(2024, 10, r.randint(1, 31)),
                    r.choice(["評価証明", "公課証明", "名寄帳写し", "課税台帳記載事項証明"]), "〇〇 〇〇",
                    r.choice(["本人", "代理人", "相続人", "法人"]), r.randint(1, 4), f"{r.choice([300, 600, 900])}"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("交付簿", log)]),
            note="12-digit 受付番号 look-alikes failing the check digit; requesters masked 〇〇 〇〇",
        )
    )

    # L1: the large corporate owners with their 法人番号
    big: list[list[Cell]] = [["法人番号", "所有者（法人）", "所在地", "筆数", "地積(㎡)", "評価額(円)"]]
    for name in [*ctx.companies(r.randint(9, 12)), f"{ctx.kairyo}", f"{ctx.ja}（{ctx.town}支所）"]:
        big.append([random_corporate_number(r), name, ctx.biz_address(), r.randint(2, 120), r.randint(800, 90000),
                    r.randint(10**6, 9 * 10**8)])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("法人所有者", big)])))

    # L2: one owner's 名寄帳 (姓/名/セイ/メイ in separate cells, then the parcels)
    p = ctx.farmer()
    head: list[list[Cell]] = [["納税義務者番号", "姓", "名", "セイ", "メイ", "住所"],
                              [f"{r.randint(1000000, 9999999)}", p.sei, p.mei, katakana(p.sei_kana),
                               katakana(p.mei_kana), p.address()], [],
                              ["所在・地番", "地目", "地積(㎡)", "評価額(円)", "課税標準額(円)", "備考"]]  # fmt: skip
    for _ in range(r.randint(5, 12)):
        ev = r.randint(20, 3000) * 1000
        head.append([ctx.parcel(p.area), r.choice(CHIMOKU), r.randint(100, 9000), ev, int(ev * 0.9),
                     r.choice(["", "", "住宅用地特例", "非課税（公衆用道路）"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("名寄帳", head, title="令和6年度 土地名寄帳", first_row=3)]),
        )
    )

    # L2: a 評価額 letter to an owner, digits set apart
    p = ctx.person((1950, 1985))
    ctx.urban(p)
    when = dt.date(2024, r.randint(5, 8), r.randint(1, 28))
    lines = [f">{wareki(when, 'spaced')}", f"〒{p.zip}", spaced_digits(f"{p.town}{p.area}{p.lot}"), f"{p.name()} 様",
             "", f">{ctx.town}長", "^土地の評価額の見直しについて（お知らせ）", "",
             f"お問い合わせのあった {spaced_digits(ctx.parcel())} の土地について現地を確認した結果、",
             "地目を「畑」から「原野」に変更し、令和 7 年度から評価額を見直すこととしました。",
             f"見直し後の評価額（見込み）　{spaced_digits(yen(r.randint(20, 300) * 1000))} 円",
             f"問合せ先　{desk}　{tel}"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="評価見直し"), post=letter_pdf(lines)))

    # L2: LINE WORKS: a 名寄帳 request by phone, the reply gives the caller's address and phone
    a, b, _ = _staff3(ctx)
    p = ctx.person((1945, 1985))
    talk = [("11:30", a, f"{p.name()}さんから名寄帳の写しを郵送してほしいと電話がありました"),
             ("11:34", b, "本人確認書類のコピーと返信用封筒が要りますね。送り先は？"),
             ("11:36", a, f"{p.address()}、電話 {p.phone} です。書類は今週中に送るそうです"),
             ("11:37", b, "了解です")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(paragraphs=chat("lineworks", dt.date(2024, 5, 22), talk, "資産税係")),
        )
    )

    # L2: an owner's own letter to the 税務課 about a forest's valuation, signed at the end
    p = ctx.away(ctx.person((1945, 1970)))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.town}役場 税務課 御中",
                    "山林の評価について（お尋ね）",
                    f"父から相続した {ctx.parcel()} の山林について、今年の納税通知書で評価額が上がっているように見えます。",
                    "現地は長く手入れをしておらず、道もなくなっていると聞いています。評価の根拠を教えていただけますか。",
                    "また、町に寄付することができるのかどうかもあわせてお教えください。",
                    f"令和6年{r.randint(5, 7)}月{r.randint(1, 28)}日",
                    f"{p.zip}　{p.address()}",
                    p.name(),
                    f"電話 {p.phone}",
                ]
            ),
        )
    )

    # L3: the land 課税台帳 printed (more than 100 taxpayers), dashed line
    rows2: list[list[str]] = []
    for _ in range(r.randint(118, 136)):
        p = ctx.farmer() if r.random() < 0.8 else ctx.away(ctx.person())
        ev = r.randint(50, 9000) * 1000
        rows2.append([f"{r.randint(1000000, 9999999)}", p.name(), str(r.randint(1, 40)), yen(ev), yen(int(ev * 0.85)),
                      yen(int(ev * 0.85 * 0.014)), p.address()])  # fmt: skip
    cols = [("義務者番号", 30), ("氏名", 95), ("筆数", 175), ("評価額", 210), ("課税標準額", 290), ("税額", 370),
            ("住所", 430)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "name"],
            DocSpec(title="課税台帳"),
            post=system_print(
                "固定資産課税台帳（土地）納税義務者一覧",
                f"税務総合システム  {desk}",
                cols,
                rows2,
                30,
                "年度：令和6年度  税目：固定資産税（土地）  並び：義務者番号順",
            ),
        )
    )

    # L3: a 減免 book whose My Numbers are on a hidden sheet headed only 番号
    vis: list[list[Cell]] = [["受付", "氏名", "住所", "所在・地番", "減免事由"]]
    hid: list[list[Cell]] = [["受付", "氏名", "番号"]]
    for i in range(r.randint(8, 12)):
        p = ctx.farmer()
        vis.append(
            [
                i + 1,
                p.name(),
                p.address(),
                ctx.parcel(p.area),
                r.choice(["災害（冠水）", "公衆用道路", "土砂流出"]),
            ]
        )
        mn = random_my_number(r)
        hid.append([i + 1, p.name(), int(mn) if i % 2 else mn])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("番号", hid, state="hidden", number_formats={2: "0"}),
                    sheet("減免申請", vis, title="令和6年度 固定資産税 減免申請受付簿", first_row=3),
                ]
            ),
        )
    )

    # L3: a 名寄 export with birth dates, more than 100 owners, in cp932
    ex: list[list[Cell]] = [
        ["義務者番号", "氏名", "カナ氏名", "生年月日", "郵便番号", "住所", "筆数", "評価額合計"]
    ]
    for _ in range(r.randint(106, 124)):
        p = ctx.farmer((1930, 1990))
        ex.append([f"{r.randint(1000000, 9999999)}", p.name(), katakana(p.kana), ymd(p.birth), p.zip, p.address(),
                   r.randint(1, 30), r.randint(10**5, 5 * 10**7)])  # fmt: skip
    docs.append(
        Doc(fam, "csv-cp932", 3, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("名寄", ex)]))
    )

    # L3: Teams: the reply gives a named owner's 固定資産税 滞納
    a, b, c = _staff3(ctx)
    p = ctx.farmer()
    talk = [("10:41", a, f"窓口に{p.name()}さん（{p.district}）が評価証明の請求に来られてます"),
             ("10:44", b, f"その方、固定資産税が令和4年度から滞納で、{yen(r.randint(20, 90) * 10000)}円残ってます。"
                          "差押予告も出しているので収納係に回してください"),
             ("10:45", c, "収納係です。こちらで納税相談します"),
             ("10:46", a, "了解です、ご案内します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 10, 16), talk, "税務課 窓口")),
        )
    )
    return docs


# --- 税務課: 納税管理人・固定資産税 滞納 -------------------------------------------------------------------
def tainou(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "tainou", []
    desk = f"{ctx.yakuba} 税務課"
    tel, tel2 = ctx.office_phone(1), ctx.office_phone(2)

    # L1: the guide to 納税管理人
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="町外・海外にお住まいの方へ　納税管理人の申告について",
                paragraphs=[
                    "町内に住所を有しない方が町内に土地・家屋を所有している場合、納税に関する一切の事項を処理するため"
                    "納税管理人を定め、申告していただく必要があります（地方税法第355条）。",
                    "納税管理人は、町内に住所を有する方が望ましいですが、町外の親族や法人でもかまいません。",
                    "申告書には、納税義務者と納税管理人の住所・氏名・電話番号を記入し、双方が署名してください。",
                    "納期限までに納付がない場合は督促状が送付され、延滞金が加算されます。",
                    f"問合せ　{desk} 資産税係 {tel}／収納係 {tel2}",
                ],
            ),
        )
    )

    # L1: the 申告書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="固定資産税 納税管理人申告書（記入例）",
                footer="記入例",
                paragraphs=[
                    "納税義務者　住所 東京都○○区○○1丁目1番1号　氏名 納税 太郎　電話 03-0000-0000",
                    f"納税管理人　住所 {ctx.town}大字○○100番地　氏名 見本 花子　電話 0000-00-0000　続柄 妹",
                    "申告の理由　町外に転出したため",
                    "※ 記入例の住所・氏名はすべて架空のものです。",
                ],
            ),
        )
    )

    # L1: collection rates by year and tax (xls)
    hdr: list[Cell] = [
        "年度",
        "固定資産税 現年",
        "固定資産税 滞繰",
        "町民税 現年",
        "町民税 滞繰",
        "国保税 現年",
    ]
    tbl: list[list[Cell]] = [hdr]
    for y in range(2015, 2024):
        tbl.append(
            [
                f"{'平成' if y < 2019 else '令和'}{y - 1988 if y < 2019 else y - 2018}年度",
                *[
                    f"{r.uniform(95.5, 99.6):.2f}%" if i % 2 == 0 else f"{r.uniform(12, 38):.2f}%"
                    for i in range(5)
                ],
            ]
        )
    docs.append(
        Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("収納率", tbl, title="町税 収納率の推移", first_row=3)]))
    )

    # L1: an Outlook mail with the prefecture's 滞納整理機構 about a training day (no resident)
    a, b = ctx.staff(), ctx.staff()
    body = [
        f"{ctx.pref}地方税滞納整理機構 {b} 様",
        "",
        "お世話になります。",
        "11月の合同研修（不動産公売の実務）は、当町から収納係2名が参加します。",
        "会場の駐車場が狭いため、乗り合わせで伺います。",
        "",
        f"{desk} 収納係 {a}",
    ]
    quoted = [
        (
            b,
            "2024/10/21 (月) 9:12",
            "合同研修のご案内",
            [
                "各市町村 税務担当 様",
                "",
                "標記研修を11月14日（木）13時30分から県庁分庁舎で開催します。",
                "参加者を10月末までにお知らせください。",
            ],
        )
    ]
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    f"{a} <shuno@town.example.jp>",
                    f"{b} <kikou@pref.example.jp>",
                    "RE: 合同研修のご案内",
                    "2024/10/22 (火) 15:30",
                    body,
                    quoted,
                )
            ),
            note="a training day arranged with the prefecture's 機構: no resident",
        )
    )

    # L1: the 滞納整理 policy paper
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.town}町税等滞納整理方針",
                paragraphs=[
                    "1 基本方針　税負担の公平性を確保するため、滞納の早期着手と適正な滞納処分を進める。",
                    "2 重点事項　(1) 現年度分の督促状発送後、速やかに催告を行う。(2) 所有者死亡により課税保留となって"
                    "いる土地は、相続人調査を行い代表者を指定する。(3) 納税管理人未申告の町外所有者へ申告を促す。",
                    "3 滞納処分　財産調査の結果、納付資力がある者には預貯金・給与等の差押えを行う。生活困窮者には"
                    "執行停止を含め適切に対応する。",
                    f"4 目標　固定資産税の滞納繰越分収納率 {r.randint(22, 30)}%以上",
                ],
            ),
        )
    )

    # L2: a filled 納税管理人申告書: the owner lives away, the 管理人 in town
    owner = ctx.away(ctx.person((1950, 1980)))
    mgr = ctx.farmer((1945, 1975))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="固定資産税 納税管理人申告書",
                paragraphs=[
                    f"{ctx.town}長 様",
                    f"令和6年{r.randint(4, 9)}月{r.randint(1, 28)}日",
                    "地方税法第355条の規定により、次のとおり納税管理人を定めたので申告します。",
                ],
                tables=[
                    [
                        ["区分", "住所", "氏名", "電話"],
                        ["納税義務者", owner.address(), owner.name(), owner.phone],
                        ["納税管理人", mgr.address(), mgr.name(), mgr.phone],
                    ]
                ],
            ),
        )
    )

    # L2: the acceptance letter to the 管理人, digits set apart
    mgr = ctx.person((1950, 1980))
    ctx.urban(mgr)
    owner = ctx.away(ctx.person((1945, 1975)))
    when = dt.date(2024, r.randint(5, 9), r.randint(1, 28))
    lines = [
        f">{wareki(when, 'spaced')}",
        f"〒{mgr.zip}",
        spaced_digits(f"{mgr.town}{mgr.area}{mgr.lot}"),
        f"{mgr.name()} 様",
        "",
        f">{ctx.town}長",
        "^納税管理人の申告の受理について",
        "",
        f"納税義務者 {owner.name()} 様の納税管理人として申告のあった件について、受理しました。",
        "令和 7 年度以降の納税通知書は、あなた様あてに送付します。",
        f"問合せ先　{desk} 資産税係　{tel}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="受理通知"), post=letter_pdf(lines)))

    # L2: a relay log: an owner living away calls with a phone number for the 送付先 (cp932)
    a, b, _ = _staff3(ctx)
    p = ctx.away(ctx.person((1950, 1980)))
    talk = [("09:40", a, f"{p.name()}さんから電話。通知書の送付先を変えたいとのこと"),
             ("09:42", b, "住所変更なら書面が要ると伝えてください"),
             ("09:50", a, f"折り返し先は {p.phone}。書面は来週送るそうです")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("arrow", dt.date(2024, 6, 4), talk, "資産税係 電話メモ")),
        )
    )

    # L2: 納税管理人 未申告 owners living away, pasted from column Z
    tb: list[list[Cell]] = [["義務者番号", "氏名", "住所", "課税地", "通知回数"]]
    for _ in range(r.randint(12, 18)):
        p = ctx.away(ctx.person((1940, 1985)))
        tb.append([f"{r.randint(1000000, 9999999)}", p.name(), p.address(), ctx.parcel(), r.randint(1, 3)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("未申告", far_right(tb, 25), first_row=6)]),
        )
    )

    # L3: a 催告書 for unpaid 固定資産税, digits set apart
    p = ctx.person((1950, 1985))
    ctx.urban(p)
    owed = r.randint(8, 60) * 10000 + r.randint(0, 9) * 100
    lines = [f">{ctx.town}税収第 {r.randint(100, 900)} 号", f">{wareki(dt.date(2024, 10, r.randint(1, 20)), 'spaced')}",
             f"〒{p.zip}", spaced_digits(f"{p.town}{p.area}{p.lot}"), f"{p.name()} 様", "", f">{ctx.town}長",
             "^町税の納付について（催告）", "",
             "あなたの固定資産税は、督促状を送付したにもかかわらず、まだ納付されていません。",
             f"滞納額　{spaced_digits(yen(owed))} 円（令和 4 年度～令和 6 年度 第 2 期、延滞金を除く）",
             f"{wareki(dt.date(2024, 11, 29), 'spaced')}までに納付がない場合は、財産の差押えを行います。",
             f"問合せ先　{desk} 収納係　{tel2}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 3, ["address", "arrears", "name"], DocSpec(title="催告書"), post=letter_pdf(lines))
    )

    # L3: the 滞納者 list printed (more than 100), ruled
    rows: list[list[str]] = []
    for _ in range(r.randint(108, 125)):
        p = ctx.farmer() if r.random() < 0.75 else ctx.away(ctx.person())
        rows.append([f"{r.randint(1000000, 9999999)}", p.name(), r.choice(["R4", "R5", "R6", "R3"]),
                     yen(r.randint(1, 90) * 1000), yen(r.randint(0, 30) * 100), r.choice(["督促", "催告", "差押予告", "分納中"]),
                     p.address()])  # fmt: skip
    cols = [("義務者番号", 30), ("氏名", 95), ("最古年度", 175), ("滞納額", 225), ("延滞金", 290), ("状況", 345),
            ("住所", 420)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "arrears", "name"],
            DocSpec(title="滞納者一覧"),
            post=system_print(
                "固定資産税 滞納者一覧",
                f"滞納管理システム  {desk} 収納係",
                cols,
                rows,
                26,
                "税目：固定資産税  滞納額：1円以上  基準日 令和6年10月31日",
                ruled=True,
            ),
        )
    )

    # L3: a 分納誓約書
    p = ctx.farmer()
    owed = r.randint(12, 80) * 10000
    plan = [["回", "納付予定日", "金額(円)"]] + [[str(i + 1), ymd(dt.date(2024 + (10 + i) // 12, (10 + i) % 12 + 1, 25)),
                                                  yen(owed // 10)] for i in range(10)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "arrears", "name", "phone"],
            DocSpec(
                title="分納誓約書",
                paragraphs=[
                    f"{ctx.town}長 様",
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"電話 {p.phone}",
                    f"私は、固定資産税の滞納額 {yen(owed)}円 について、一括で納付することが困難なため、下記のとおり分割して"
                    "納付することを誓約します。",
                    "誓約どおり納付しない場合は、滞納処分を受けても異議ありません。",
                ],
                tables=[plan],
            ),
        )
    )

    # L3: LINE WORKS: a named owner's 滞納, with his welfare and depression, to consider stopping enforcement
    a, b, _ = _staff3(ctx)
    p = ctx.farmer((1955, 1975))
    talk = [("15:02", a, f"{p.name()}さん（{p.district}）の固定資産税滞納、差押えの前に状況確認しました"),
             ("15:06", b, "どうでしたか"),
             ("15:12", a, "今年から生活保護を受けていて、うつ病で通院中。就労も難しいそうです"),
             ("15:15", b, "執行停止の検討ですね。福祉課に照会を出しておきます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "health", "name"],
            DocSpec(paragraphs=chat("lineworks", dt.date(2024, 9, 26), talk, "収納係")),
        )
    )
    return docs


# --- 農林課: 鳥獣被害・狩猟 ----------------------------------------------------------------------------------
def choju(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "choju", []
    desk = f"{ctx.yakuba} 農林課 鳥獣対策係"
    tel = ctx.office_phone(4)

    # L1: damage by animal and crop (merged header, hidden sheet of the survey's raw counts)
    crops = r.sample(CROPS, 5)
    hdr: list[Cell] = ["獣種", "被害面積(a)", "被害額(千円)", *[f"うち{c}" for c in crops]]
    grid: list[list[Cell]] = [hdr]
    for an in ANIMALS[:6]:
        grid.append([an, r.randint(5, 900), r.randint(100, 9000), *[r.randint(0, 2000) for _ in crops]])
    raw: list[list[Cell]] = [["地区", "報告件数"]]
    raw += [[d, r.randint(3, 60)] for d in ctx.districts]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("被害状況", grid, title="令和5年度 野生鳥獣による農作物被害状況", first_row=4),
                    sheet("地区別件数", raw, state="hidden"),
                ]
            ),
        )
    )

    # L1: the 狩猟免許試験 notice and the flow of a 有害捕獲 request
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="狩猟免許試験と有害鳥獣捕獲のお知らせ",
                paragraphs=[
                    f"{ctx.pref}の狩猟免許試験（わな猟・網猟・第一種銃猟）は年3回実施されます。申請には医師の診断書"
                    "（統合失調症、てんかん等に該当しない旨）が必要です。",
                    "農作物の被害でお困りの方は、役場に被害を届け出てください。実施隊が現地を確認し、必要に応じて"
                    "わなを設置します。",
                    "電気柵・ワイヤーメッシュ柵の資材費は町が2分の1を補助します。",
                    f"問合せ　{desk}　{tel}",
                ],
            ),
        )
    )

    # L1: the carcass log: 12-digit 個体識別番号 failing the check digit, hunters by member number only
    log: list[list[Cell]] = [
        ["個体識別番号", "捕獲日", "獣種", "性別", "推定体重(kg)", "捕獲方法", "従事者番号", "処理"]
    ]
    for _ in range(r.randint(24, 34)):
        log.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(dt.date(2024, r.randint(4, 10), r.randint(1, 28))),
                    r.choice(ANIMALS[:3]), r.choice(["オス", "メス"]), r.randint(8, 90), r.choice(["箱わな", "くくりわな", "銃"]),
                    f"J-{r.randint(1, 60):03d}", r.choice(["埋設", "焼却", "ジビエ処理施設"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("捕獲個体", log)]),
            note="12-digit 個体識別番号 look-alikes failing the check digit; hunters by member number only",
        )
    )

    # L1: the 実施隊 and 猟友会 officers in their role
    roles = [
        ["所属", "役職", "氏名", "連絡先"],
        ["鳥獣被害対策実施隊", "隊長", ctx.staff(), f"{desk} {tel}"],
        ["鳥獣被害対策実施隊", "副隊長", ctx.staff(), f"{desk} {tel}"],
        [f"{ctx.pref}猟友会{ctx.town}支部", "支部長", ctx.staff(), "支部事務局（役場内）"],
        [f"{ctx.pref}猟友会{ctx.town}支部", "副支部長", ctx.staff(), "支部事務局（役場内）"],
        ["事務局", "農林課長", ctx.staff(), tel],
    ]
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="鳥獣被害対策実施隊・猟友会支部 役員",
                paragraphs=["隊員への依頼は必ず事務局を通してください。"],
                tables=[roles],
            ),
            note="実施隊 and 猟友会 officers named in their role with the office's phone",
        )
    )

    # L1: the 被害防止計画 slides with the contracted companies and their 法人番号
    firms = [["法人番号", "受託者", "業務", "契約期間"]]
    for name in ctx.companies(r.randint(3, 5)):
        firms.append([random_corporate_number(r), name, r.choice(["わな見回り", "個体処理", "侵入防止柵設置"]),
                      "令和6年4月1日～令和7年3月31日"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            ["corporate_number"],
            DocSpec(
                title=f"{ctx.town}鳥獣被害防止計画（令和6～8年度）",
                paragraphs=[
                    f"被害額 令和5年度 {r.randint(800, 4000)}万円（前年比 {r.randint(-20, 15)}%）",
                    f"捕獲目標　イノシシ {r.randint(150, 400)}頭　ニホンジカ {r.randint(100, 600)}頭",
                    "侵入防止柵　延長 12km を整備",
                    "ICT わな（通知装置）を試験導入",
                ],
                tables=[firms],
            ),
        )
    )

    # L2: a farmer's 被害届
    p = ctx.farmer()
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="鳥獣被害届",
                paragraphs=[
                    f"{ctx.town}長 様",
                    f"届出日　令和6年{r.randint(6, 10)}月{r.randint(1, 28)}日",
                    f"届出者　住所 {p.address()}",
                    f"　　　　氏名 {p.name()}",
                    f"　　　　電話 {p.phone}",
                    f"被害場所　{ctx.parcel(p.area)}",
                    f"加害獣　{r.choice(ANIMALS[:4])}",
                    f"被害作物　{r.choice(CROPS)}　被害面積 約{r.randint(2, 30)}a",
                    "状況　夜間に侵入され、収穫直前の作物が食い荒らされた。柵の下を掘られている。",
                ],
            ),
        )
    )

    # L2: the hunters licensed for 有害捕獲, 姓/名 split, with a hidden code sheet
    grid2: list[list[Cell]] = [["従事者番号", "姓", "名", "生年月日", "住所", "免許種別", "免許番号"]]
    for i in range(r.randint(12, 18)):
        p = ctx.farmer((1945, 1995))
        grid2.append([f"J-{i + 1:03d}", p.sei, p.mei, p.birth, p.address(), r.choice(["わな", "第一種銃猟", "わな・第一種"]),
                      f"第{r.randint(1000, 9999)}号"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[
                    sheet("従事者", grid2, title="令和6年度 有害鳥獣捕獲 従事者名簿", first_row=3),
                    sheet(
                        "コード",
                        [["コード", "免許種別"], ["1", "わな"], ["2", "網"], ["3", "第一種銃猟"]],
                        state="hidden",
                    ),
                ]
            ),
            note="hunters at their home address with birth dates are private persons",
        )
    )

    # L2: LINE WORKS: a message names a trapper, the reply gives the phone
    a, b, _ = _staff3(ctx)
    p = ctx.farmer((1950, 1990))
    talk = [("06:58", a, f"{p.district}の箱わなにイノシシ入ってます。担当は{p.name()}さん"),
             ("07:03", b, f"{p.sei}さんの携帯 {p.phone} に連絡してください"),
             ("07:20", a, "連絡つきました。8時に止め刺しに来るそうです")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("lineworks", dt.date(2024, 8, 9), talk, "鳥獣対策")),
        )
    )

    # L2: the 従事者証 cover letter, digits set apart
    p = ctx.person((1960, 1995))
    ctx.urban(p)
    when = dt.date(2024, r.randint(4, 6), r.randint(1, 28))
    lines = [
        f">{wareki(when, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.town}{p.area}{p.lot}"),
        f"{p.name()} 様",
        "",
        f">{ctx.town}長",
        "^有害鳥獣捕獲 従事者証の交付について",
        "",
        "有害鳥獣捕獲の許可に基づき、従事者証を交付します。捕獲の際は必ず携帯してください。",
        f"有効期間　{wareki(dt.date(2024, 4, 1), 'spaced')} ～ {wareki(dt.date(2025, 3, 31), 'spaced')}",
        f"問合せ　{desk}　{tel}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="従事者証"), post=letter_pdf(lines)))

    # L3: the registered hunters printed (more than 100, with birth dates), dashed
    rows: list[list[str]] = []
    for _ in range(r.randint(106, 122)):
        p = ctx.farmer((1940, 2000))
        rows.append([f"{r.randint(10000, 99999)}", p.name(), wareki(p.birth, "slash"), r.choice(["わな", "第一種", "網", "わな・第一種"]),
                     f"{r.randint(1000, 9999)}", p.phone, p.address()])  # fmt: skip
    cols = [("登録番号", 30), ("氏名", 85), ("生年月日", 165), ("免許", 225), ("免許番号", 285), ("電話", 340),
            ("住所", 430)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(title="狩猟者"),
            post=system_print(
                f"狩猟者登録 町内在住者一覧（{ctx.pref}提供）",
                "狩猟免許管理システム",
                cols,
                rows,
                28,
                f"住所：{ctx.town}  登録年度：令和6年度",
            ),
        )
    )

    # L3: a 報奨金 slip whose My Number is only in the footer, as 「○○さんの番号」
    p = ctx.farmer((1950, 1990))
    mn = random_my_number(r)
    bank, kind, acct = ctx.account()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="有害鳥獣捕獲 報奨金 請求書",
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
                paragraphs=[
                    f"{ctx.town}長 様",
                    f"請求者 住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"捕獲実績　イノシシ {r.randint(3, 20)}頭　ニホンジカ {r.randint(0, 12)}頭",
                    f"請求額　{yen(r.randint(5, 40) * 8000)}円",
                    f"振込先　{bank} {kind} {acct}",
                ],
            ),
        )
    )

    # L3: an accident report in ods: a boar bite, stitches
    p = ctx.farmer((1950, 1990))
    rows2: list[list[Cell]] = [["項目", "内容"], ["発生日時", "2024/11/03 07:40"], ["場所", ctx.parcel(p.area)],
                               ["被災者", p.name()], ["住所", p.address()], ["年齢", p.age()],
                               ["状況", "くくりわなにかかったイノシシの止め刺しの際、ワイヤーが外れ右大腿部を咬まれた"],
                               ["傷病", "右大腿部咬創（12針縫合）、破傷風予防接種。全治3週間の診断"],
                               ["報告者", f"実施隊 副隊長 {ctx.staff()}"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            3,
            ["address", "health", "name"],
            DocSpec(sheets=[sheet("事故報告", rows2)]),
            note="an injury with its treatment counts as health",
        )
    )

    # L3: Slack: the reply gives a named hunter's illness (licence renewal)
    a, b, _ = _staff3(ctx)
    p = ctx.farmer((1945, 1980))
    talk = [("16:10", a, f"実施隊の{p.name()}さん、免許更新の書類が県から戻ってきました"),
             ("16:31", b, "診断書にてんかんの治療中と書かれていて、県が主治医に照会中だそうです。しばらく銃の出動は外して"
                          "ください"),
             ("16:33", a, "了解です。わなの見回りだけお願いします")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("slack", dt.date(2024, 9, 2), talk, "実施隊-連絡")),
        )
    )
    return docs


# --- 農林課: 中山間地域等直接支払 ------------------------------------------------------------------------------
def chusankan(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "chusankan", []
    desk = f"{ctx.yakuba} 農林課 農政係"
    tel = ctx.office_phone(4)
    pacts = [
        f"{area_label(a)}{side}集落協定"
        for a in ctx.rural
        for side in r.sample(["上", "下", "中", "東", "西"], 2)
    ]

    # L1: the 協定 list with areas and grants (merged header), no person
    hdr: list[Cell] = ["協定名", "対象農用地", None, "交付単価", "交付額(円)", "加算措置"]
    sub: list[Cell] = [None, "田(ha)", "畑(ha)", "(円/10a)", None, None]
    grid: list[list[Cell]] = [hdr, sub]
    for pact in pacts:
        ta, ha = round(r.uniform(2, 40), 2), round(r.uniform(0, 8), 2)
        grid.append([pact, ta, ha, r.choice([21000, 8000, 11500]), int((ta * 21000 + ha * 11500) * 10),
                     r.choice(["", "棚田地域振興", "集落機能強化", "スマート農業"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "協定一覧",
                        grid,
                        title="令和6年度 中山間地域等直接支払交付金 集落協定一覧",
                        first_row=3,
                    )
                ]
            ),
            post=merge_xlsx({"協定一覧": ["B3:C3", "A3:A4", "E3:E4", "F3:F4"]}),
        )
    )

    # L1: the scheme guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="中山間地域等直接支払制度の概要（第5期対策）",
                paragraphs=[
                    "傾斜地など生産条件が不利な農用地で、5年間以上農業生産活動を継続する集落等に交付金を交付します。",
                    "急傾斜の田（1/20以上）21,000円/10a、緩傾斜の田 8,000円/10a、急傾斜の畑 11,500円/10a。",
                    "協定期間中に耕作放棄等があった場合は、協定農用地全体について交付金の返還が必要となる場合があります"
                    "（病気、高齢等のやむを得ない場合は免除）。",
                    f"問合せ　{desk}　{tel}",
                ],
            ),
        )
    )

    # L1: payment results to the 協定 accounts: JA お客様番号 (12 digits) failing the check digit
    pay: list[list[Cell]] = [["お客様番号", "口座名義", "振込日", "振込額", "結果"]]
    for pact in pacts:
        pay.append([fail_check(random_my_number(r), r.randint(1, 9)), pact, "2024/10/31", r.randint(20, 900) * 1000,
                    r.choice(["正常", "正常", "正常", "名義相違"])])  # fmt: skip
    while len(pay) < 14:
        pay.append([fail_check(random_my_number(r), 3), f"{r.choice(ctx.districts)}水路保全会", "2024/10/31",
                    r.randint(10, 200) * 1000, "正常"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("振込結果", pay)]),
            note="12-digit お客様番号 look-alikes failing the check digit; accounts of 協定, not persons",
        )
    )

    # L1: 集落戦略 training slides with an anonymised member
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="集落戦略づくり 研修会",
                paragraphs=[
                    "事例：構成員Ａさん（80代）が病気で耕作できなくなったケース",
                    "集落で作業を分担し、返還を回避",
                    "〇〇 〇〇 さんの田は法人が引き受け",
                    "5年後の担い手マップを作ろう",
                ],
            ),
            note="anonymised case (Ａさん, 〇〇 〇〇)",
        )
    )

    # L1: Teams among officers on the field checks (no resident)
    a, b, c = _staff3(ctx)
    talk = [("08:30", a, f"今日の現地確認は{pacts[0]}と{pacts[1]}です"),
             ("08:33", b, "GPS カメラの充電OKです。協定図面はA3で印刷済み"),
             ("08:35", c, f"{pacts[2]}は来週に回します。代表さんの都合がつかないそうで"),
             ("16:50", a, "2協定とも管理状況良好。写真はサーバに保存しました")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 7, 23), talk, "中山間 現地確認")),
            note="officers on field checks: no resident",
        )
    )

    # L2: one 協定's members with their accounts (姓/名 split), from row 8
    pact = r.choice(pacts)
    members: list[list[Cell]] = [["No", "姓", "名", "住所", "協定農用地(a)", "金融機関", "種目", "口座番号"]]
    for i in range(r.randint(22, 32)):
        p = ctx.farmer()
        bank, kind, acct = ctx.account()
        members.append([i + 1, p.sei, p.mei, p.address(), r.randint(5, 300), bank, kind, acct])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("構成員", members, title=f"{pact} 構成員名簿・個人配分口座", first_row=8)]),
            post=merge_xlsx({"構成員": ["F7:H7"]}),
            note="members' names with home addresses and bank accounts: accounts are not sensitive under the policy text",
        )
    )

    # L2: a member's account change in odt
    p = ctx.farmer()
    bank, kind, acct = ctx.account()
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="交付金振込口座 変更届",
                paragraphs=[
                    f"{pact} 代表者 様",
                    f"令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日",
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"電話 {p.phone}",
                    "個人配分の振込口座を次のとおり変更します。",
                    f"新口座　{bank} {kind} {acct}　名義 {katakana(p.kana)}",
                ],
            ),
        )
    )

    # L2: an Outlook mail: the JA's reply gives a member's phone
    clerk, ja_man = ctx.staff(), ctx.staff()
    p = ctx.farmer()
    body = [
        f"{desk} {clerk} 様",
        "",
        f"{ctx.ja} 営農センターの{ja_man.split()[0]}です。",
        f"お尋ねの {p.name()} さんの連絡先は {p.phone} です（組合員台帳より）。",
        "よろしくお願いします。",
    ]
    quoted = [
        (
            clerk,
            "2024/09/11 (水) 13:20",
            "構成員の連絡先",
            [
                f"{ctx.ja} {ja_man} 様",
                "",
                f"{pact}の構成員 {p.sei} さんと連絡が取れず困っています。",
                "連絡先をご存じでしたら教えてください。",
            ],
        )
    ]
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{ja_man} <eino@ja.example.jp>",
                    clerk,
                    "RE: 構成員の連絡先",
                    "2024/09/11 (水) 16:02",
                    body,
                    quoted,
                )
            ),
        )
    )

    # L3: all members printed with address and account (more than 100), ruled
    rows: list[list[str]] = []
    for _ in range(r.randint(108, 126)):
        p = ctx.farmer()
        bank, kind, acct = ctx.account()
        rows.append([r.choice(pacts), f"{r.randint(1000, 9999)}", p.name(), f"{r.randint(5, 300)}", f"{bank} {kind}",
                     acct, p.address()])  # fmt: skip
    cols = [("協定", 30), ("構成員ID", 135), ("氏名", 185), ("面積(a)", 265), ("金融機関", 305), ("口座", 455),
            ("住所", 505)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "name"],
            DocSpec(title="構成員一覧"),
            post=system_print(
                "中山間地域等直接支払 構成員別配分一覧",
                f"交付金管理システム  {desk}",
                cols,
                rows,
                27,
                "年度：令和6年度  協定：全協定",
                ruled=True,
            ),
        )
    )

    # L3: a report on a member who could not farm: the illness comes late
    p = ctx.farmer((1938, 1955))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="協定農用地の管理状況に関する報告",
                paragraphs=[
                    f"{pact} 代表者から次のとおり報告があった。",
                    f"対象　構成員 {p.name()}（{p.address()}）の田 {r.randint(20, 80)}a",
                    "状況　本年度は作付けされず、草刈りのみ集落で実施。",
                    "対応　来年度から隣接の構成員が耕作を引き受ける方向で調整中。",
                    "返還の要否　やむを得ない事情に該当するか県と協議する。",
                    f"事情　本人は本年{r.randint(3, 6)}月に{r.choice(['肺がん', '脳梗塞', '心筋梗塞'])}で入院し、現在も治療中"
                    "のため農作業ができない（家族からの聞き取り）。",
                ],
            ),
        )
    )

    # L3: members with a hidden sheet of unpaid 返還金
    vis: list[list[Cell]] = [["構成員", "住所", "協定"]]
    hid: list[list[Cell]] = [["構成員", "返還額", "納付済", "未納額", "督促"]]
    for _ in range(r.randint(8, 12)):
        p = ctx.farmer()
        vis.append([p.name(), p.address(), r.choice(pacts)])
        due = r.randint(5, 60) * 1000
        paid = r.choice([due, due, 0, due // 2])
        hid.append([p.name(), due, paid, due - paid, "督促済" if due > paid else ""])
    hid[1][2], hid[1][3], hid[1][4] = 0, hid[1][1], "督促済（2回）"
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                sheets=[
                    sheet("対象者", vis, title="第4期 交付金返還 対象者", first_row=3),
                    sheet("返還状況", hid, state="hidden"),
                ]
            ),
            note="a named member's unpaid 交付金 返還金 under 督促 on the hidden sheet counts as arrears",
        )
    )

    # L3: members with birth dates (more than 100) in xls, for the 共済 enrolment
    xs: list[list[Cell]] = [["構成員ID", "氏名", "フリガナ", "生年月日", "住所", "協定"]]
    for _ in range(r.randint(112, 126)):
        p = ctx.farmer((1935, 1995))
        xs.append(
            [
                f"{r.randint(1000, 9999)}",
                p.name(),
                katakana(p.kana),
                wareki(p.birth),
                p.address(),
                r.choice(pacts),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("構成員", xs, title="共済加入者名簿（協定構成員）", first_row=3)]),
        )
    )
    return docs


# --- 農林課: 新規就農 相談 --------------------------------------------------------------------------------------
def shinki(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "shinki", []
    desk = f"{ctx.yakuba} 農林課 担い手支援係"
    tel = ctx.office_phone(5)

    # L1: the 相談会 notice
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.town}で農業を始めませんか　新規就農相談会",
                paragraphs=[
                    f"日時　令和6年12月{r.randint(1, 20)}日（土）10時～15時",
                    f"会場　{ctx.town}農村環境改善センター",
                    f"相談員　{ctx.ja} 営農指導員、{ctx.pref}農業普及指導センター、町担当",
                    "研修制度（最長2年）、経営開始資金（年間最大150万円・最長3年）、空き家・農地の情報をご紹介します。",
                    f"申込み　{desk}　電話 {tel}",
                ],
            ),
        )
    )

    # L1: new farmers by year and route (merged header)
    hdr: list[Cell] = ["年度", "新規就農者", None, None, "計"]
    sub: list[Cell] = [None, "新規参入", "Uターン", "雇用就農", None]
    grid: list[list[Cell]] = [hdr, sub]
    for y in range(2016, 2024):
        v = [r.randint(0, 6), r.randint(0, 5), r.randint(0, 4)]
        grid.append([f"{y}年度", *v, sum(v)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("推移", grid, title="新規就農者数の推移", first_row=3)]),
            post=merge_xlsx({"推移": ["B3:D3", "A3:A4", "E3:E4"]}),
        )
    )

    # L1: the 経営開始資金 application 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="経営開始資金 交付申請書（記入例）",
                header="記入例",
                paragraphs=[
                    "申請者　氏名 就農 次郎　生年月日 平成5年5月5日（31歳）",
                    f"住所　{ctx.town}大字○○1234番地",
                    "前年の所得　1,800,000円（就農前の給与所得を記入）",
                    "経営開始日　令和6年4月1日",
                    "※ 記入例の氏名・住所・金額は架空のものです。",
                ],
            ),
        )
    )

    # L1: the support bodies with their 法人番号 (xls)
    bodies: list[list[Cell]] = [["法人番号", "名称", "所在地", "窓口", "電話"]]
    for name in [ctx.ja, ctx.kairyo, f"公益財団法人{ctx.pref[:-1]}農業公社", f"{ctx.town}農業振興公社",
                 *ctx.companies(r.randint(3, 5))]:  # fmt: skip
        bodies.append([random_corporate_number(r), name, ctx.biz_address(), r.choice(["営農部", "総務課", "研修担当"]),
                       ctx.tel()])  # fmt: skip
    docs.append(Doc(fam, "xls", 1, ["corporate_number"], DocSpec(sheets=[sheet("支援機関", bodies)])))

    # L1: the anonymised casebook
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="新規就農 事例集（公表版）",
                paragraphs=[
                    "事例1　Ａさん（34歳・元会社員）：ぶどう 60a。研修2年を経て独立。",
                    "事例2　Ｂさん夫妻（Uターン）：水稲と野菜。祖父の農地を引き継ぐ。",
                    "事例3　〇〇 〇〇 さん（20代）：町内の農業法人に雇用就農。",
                    "※ 掲載にあたり氏名は伏せています。",
                ],
            ),
            note="anonymised casebook (Ａさん, Ｂさん, 〇〇 〇〇)",
        )
    )

    # L2: a one-person 相談票 with the income, the phone only in a text box
    p = ctx.person((1975, 2000))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "income", "name", "phone"],
            DocSpec(
                title="新規就農 相談票",
                paragraphs=[
                    f"相談日　令和6年{r.randint(5, 10)}月{r.randint(1, 28)}日",
                    f"氏名　{_pp(p)}",
                    f"住所　{p.address()}",
                    f"現職　{r.choice(['会社員（製造業）', '公務員', '飲食店勤務', '会社員（IT）'])}",
                    f"前年の年収　約{r.randint(280, 650)}万円",
                    f"希望作目　{r.choice(CROPS)}",
                    "自己資金　約300万円。夫婦で就農を希望。",
                ],
                textboxes=[f"連絡先 {p.phone}（平日18時以降）"],
            ),
            note="an income with a name and address: 2 (income is not sensitive under the policy text)",
        )
    )

    # L2: Slack: the reply gives an applicant's phone
    a, b, _ = _staff3(ctx)
    p = ctx.person((1980, 2000))
    talk = [("13:10", a, f"来週の面談、{p.name()}さんの時間変更の連絡をお願いできますか"),
             ("13:25", b, f"相談票の携帯は {p.phone} です。夕方なら出られるそうです"),
             ("13:26", a, "ありがとうございます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("slack", dt.date(2024, 10, 29), talk, "担い手支援")),
        )
    )

    # L2: the interview notice, digits set apart
    p = ctx.person((1980, 2000))
    ctx.urban(p)
    lines = [f">{wareki(dt.date(2024, 11, r.randint(1, 12)), 'spaced')}", f"〒{p.zip}",
             spaced_digits(f"{p.town}{p.area}{p.lot}"), f"{p.name()} 様", "", f">{ctx.town}長",
             "^就農計画の面談について（ご案内）", "", "提出いただいた青年等就農計画について、次のとおり面談を行います。",
             f"日時　{wareki(dt.date(2024, 12, r.randint(2, 20)), 'spaced')} 午後 2 時", f"場所　{ctx.yakuba} 2 階 会議室",
             f"問合せ　{desk}　{tel}"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="面談案内"), post=letter_pdf(lines)))

    # L2: the year's enquirers with incomes and phones, pasted from column AA
    tb: list[list[Cell]] = [["受付", "氏名", "年齢", "電話", "前年収入(万円)", "希望作目", "状況"]]
    for i in range(r.randint(12, 18)):
        p = ctx.person((1975, 2002))
        tb.append([i + 1, p.name(), p.age(), p.phone, r.randint(150, 700), r.choice(CROPS),
                   r.choice(["研修中", "検討中", "就農済", "辞退"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["income", "name", "phone"],
            DocSpec(sheets=[sheet("相談者", far_right(tb, 26), first_row=5)]),
        )
    )

    # L3: a 相談記録 in prose: the depression comes late
    p = ctx.person((1980, 1998))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="新規就農 相談記録（第2回）",
                paragraphs=[
                    f"相談者　{p.name()}（{p.address()}）",
                    "前回に続き、研修先の候補について説明した。",
                    f"希望はいちごの施設栽培。町内の農業法人と{ctx.ja}の研修ハウスを紹介。",
                    "資金面では経営開始資金の要件を確認。前職は退職済み。",
                    "研修開始時期は来年4月を目標とする。",
                    "（所見）前職は長時間労働でうつ病を発症し休職、その後退職したとのこと。現在も月1回心療内科に通院し"
                    "服薬中。研修先には本人の了解を得て配慮を依頼する。",
                ],
            ),
        )
    )

    # L3: Teams: the reply gives a named farmer's unpaid 経営開始資金 返還金
    a, b, c = _staff3(ctx)
    p = ctx.person((1985, 1998))
    talk = [("09:19", a, f"令和3年に就農した{p.name()}さん、離農の届が出ました"),
             ("09:25", b, f"経営開始資金の返還命令を出していますが、{yen(r.randint(40, 150) * 10000)}円が未納のままです。"
                          "先月督促状を送りました"),
             ("09:27", c, "県にも報告が要りますね。経過をまとめておきます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 11, 6), talk, "担い手支援係")),
            note="an unpaid 返還金 of a grant under 督促 counts as arrears",
        )
    )

    # L3: ten years of enquirers printed (more than 100, birth dates and phones), dashed
    rows: list[list[str]] = []
    for _ in range(r.randint(104, 118)):
        p = ctx.person((1965, 2003))
        rows.append([f"{r.randint(2014, 2024)}-{r.randint(1, 99):03d}", p.name(), ymd(p.birth), p.phone,
                     r.choice(CROPS), r.choice(["就農", "研修", "中止", "継続相談"]), p.address()])  # fmt: skip
    cols = [("受付番号", 30), ("氏名", 90), ("生年月日", 170), ("電話", 230), ("希望作目", 320), ("結果", 375),
            ("住所", 430)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(title="相談者台帳"),
            post=system_print(
                "新規就農 相談者台帳",
                f"担い手支援データベース  {desk}",
                cols,
                rows,
                28,
                "期間：平成26年度～令和6年度",
            ),
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [nochi, tenyo, sozoku, kazei, tainou, choju, chusankan, shinki]


def build(rng: random.Random) -> list[Doc]:
    pref, gun, town, ac, zip3, ja, kairyo, bank, areas = rng.choice(TOWNS)
    ctx = Ctx(rng, pref, gun, town, ac, zip3, ja, kairyo, bank, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set38", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
