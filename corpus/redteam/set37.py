"""Thirty-seventh red-team set (blind): a city's 会計課・出納室 and its 財政・債権管理 desks.

``python -m corpus.redteam.set37 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 指定金融機関, a 信用金庫 and a JA) is drawn per build. Families follow the desk a
document comes from: 債権者登録 with residents' and companies' accounts (``saikensha``), 支払データ and 口座振替
(``shiharai``), 還付金・過誤納 (``kanpu``), the 公金 未収債権 of every department (``mishu``), 債権回収 委託, 差押
and 公売 (``kaishu``), staff 旅費・給与 振込 (``kyuyo``) and 寄附金・ふるさと納税 (``kifu``); each with its public
look-alikes (決算 and 収納率 figures, 支出負担行為 lists of companies with 法人番号, 指定金融機関 notices, 記入例,
donors published by name only with consent, masked tables, staff named in their role).

The truth is the default policy's text only: 3 for a My Number, health or arrears (滞納, 未納, 督促, a 資金不足
口座振替 failure, a 差押) about a named private person, or records of more than 100 persons; 2 for a private
person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect reader
reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a
one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 3737
VARIANT = "redteam37"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, 指定金融機関, 信用金庫, JA, areas); an area ending in "*" takes
# 番地 lots, the others 丁目 lots; the first area is where the city hall stands
CITIES: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    ("新潟県", "三条市", "0256", "955", "第四北越銀行", "三条信用金庫", "JAにいがた南蒲",
     ["東三条", "旭町", "大字北入蔵*", "大字荻堀*", "月岡", "塚野目", "大字上保内*", "西本成寺"]),
    ("静岡県", "掛川市", "0537", "436", "静岡銀行", "島田掛川信用金庫", "JA掛川市",
     ["中央", "駅前", "大字下俣*", "大池*", "城西", "大字細谷*", "上張*", "長谷"]),
    ("岡山県", "総社市", "0866", "719", "中国銀行", "吉備信用金庫", "JA晴れの国岡山",
     ["中央", "駅前", "大字井尻野*", "総社", "大字久代*", "真壁*", "清音上中島*", "溝口*"]),
    ("福岡県", "筑紫野市", "092", "818", "福岡銀行", "福岡ひびき信用金庫", "JA筑紫",
     ["二日市中央", "針摺東", "大字原田*", "大字山家*", "紫", "美しが丘南", "大字永岡*", "杉塚"]),
    ("山形県", "天童市", "023", "994", "山形銀行", "山形信用金庫", "JA天童",
     ["老野森", "鎌田本町", "大字高擶*", "大字山元*", "久野本", "大字乱川*", "北目", "南町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("四十物", "あいもの"), ("百目鬼", "どうめき"), ("五月女", "そうとめ"), ("薬袋", "みない"),
    ("一寸木", "ちょっき"), ("廿日出", "はつかで"), ("勅使河原", "てしがわら"), ("蓬田", "よもぎた"), ("左右田", "そうだ"),
    ("目黒", "めぐろ"), ("鬼頭", "きとう"), ("仁平", "にへい"), ("番匠", "ばんじょう"), ("四方田", "しほうだ"),
    ("東海林", "しょうじ"), ("鷲見", "すみ"), ("扇谷", "おうぎや"),
    ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"),
    ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("遠山", "とおやま"), ("上田", "うえだ"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("横田", "よこた"), ("宮田", "みやた"),
    ("大野", "おおの"), ("丸山", "まるやま"), ("今村", "いまむら"), ("河野", "こうの"), ("高木", "たかぎ"),
    ("菅原", "すがわら"), ("須藤", "すどう"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("蔵之介", "くらのすけ"), ("左京", "さきょう"), ("喜八郎", "きはちろう"), ("弦", "げん"), ("陽翔", "はると"),
    ("蒼", "あおい"), ("樹", "いつき"), ("健太", "けんた"), ("誠", "まこと"), ("博之", "ひろゆき"),
    ("正", "ただし"), ("清", "きよし"), ("実", "みのる"), ("隆", "たかし"), ("修", "おさむ"),
    ("卓也", "たくや"), ("翔太", "しょうた"), ("慎吾", "しんご"), ("圭介", "けいすけ"), ("周平", "しゅうへい"),
    ("雅人", "まさと"), ("哲也", "てつや"), ("剛", "つよし"), ("孝之", "たかゆき"), ("泰三", "たいぞう"),
    ("進", "すすむ"), ("朔太郎", "さくたろう"), ("勘助", "かんすけ"), ("優斗", "ゆうと"), ("武志", "たけし"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヨ", "きよ"), ("ハル", "はる"), ("咲良", "さくら"), ("結衣", "ゆい"), ("芽依", "めい"),
    ("恵子", "けいこ"), ("京子", "きょうこ"), ("典子", "のりこ"), ("裕子", "ゆうこ"), ("愛", "あい"),
    ("舞", "まい"), ("千尋", "ちひろ"), ("美穂", "みほ"), ("香織", "かおり"), ("加奈子", "かなこ"),
    ("菜々子", "ななこ"), ("絹代", "きぬよ"), ("志乃", "しの"), ("瑞穂", "みずほ"), ("雫", "しずく"),
    ("百合", "ゆり"), ("琴音", "ことね"), ("弥生", "やよい"), ("フミ", "ふみ"), ("綾乃", "あやの"),
    ("紀子", "のりこ"), ("順子", "じゅんこ"), ("陽子", "ようこ"), ("小春", "こはる"), ("日向", "ひなた"),
]  # fmt: skip
OUTSIDE: list[tuple[str, str, list[str]]] = [
    ("東京都", "八王子市", ["元本郷町", "散田町", "長房町"]), ("神奈川県", "川崎市中原区", ["木月", "新丸子町", "今井南町"]),
    ("大阪府", "豊中市", ["緑丘", "上野西", "服部元町"]), ("愛知県", "岡崎市", ["康生町", "羽根町", "大樹寺"]),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"]), ("千葉県", "船橋市", ["本町", "夏見", "前原西"]),
    ("北海道", "札幌市北区", ["新琴似", "屯田", "篠路"]), ("兵庫県", "西宮市", ["甲子園口", "今津曙町", "北口町"]),
]  # fmt: skip
BUILDINGS = [
    "レジデンス本町",
    "コーポ若葉",
    "市営住宅",
    "ハイツ緑が丘",
    "メゾン・ド・エスト",
    "サンコート駅南",
]
COMPANIES = [
    ("株式会社", "北辰システム"), ("有限会社", "いずみ造園"), ("株式会社", "三協印刷"), ("株式会社", "ながれ建設"),
    ("合同会社", "ひかり食品"), ("株式会社", "弥生商事"), ("有限会社", "松葉運送"), ("株式会社", "エムケイ事務機"),
    ("株式会社", "緑水設備"), ("株式会社", "あさひ給食サービス"), ("一般財団法人", "地域振興協会"),
    ("株式会社", "山城フーズ"), ("有限会社", "かねよ酒造"), ("株式会社", "テクノ会計センター"),
    ("株式会社", "ふるさと物産"), ("株式会社", "丸三青果"), ("株式会社", "くろがね電工"), ("有限会社", "石蔵製麺"),
]  # fmt: skip
SERVICERS = [
    ("弁護士法人", "ひまわり総合法律事務所"), ("株式会社", "かがやき債権回収"), ("株式会社", "ジャパン・リカバリー・サービス"),
    ("弁護士法人", "みなと中央法律事務所"), ("株式会社", "サンセット債権管理"),
]  # fmt: skip
MAKERS = [
    ("株式会社", "山城フーズ"), ("有限会社", "かねよ酒造"), ("株式会社", "ふるさと物産"), ("株式会社", "丸三青果"),
    ("有限会社", "石蔵製麺"), ("合同会社", "ひかり食品"), ("株式会社", "みのり農園"), ("有限会社", "清流うなぎ"),
    ("株式会社", "刃物工房たけや"), ("農事組合法人", "はるかぜ"), ("株式会社", "高原ミルクファーム"), ("有限会社", "蜂蜜工房はなぶさ"),
]  # fmt: skip
MAKER_GIFT = {
    "山城フーズ": "ハンバーグ 12個", "かねよ酒造": "地酒 飲み比べ 3本", "ふるさと物産": "コシヒカリ 10kg",
    "丸三青果": "季節のフルーツ詰合せ", "石蔵製麺": "手打ちそば 6人前", "ひかり食品": "和牛すき焼き用 600g",
    "みのり農園": "いちご 4パック", "清流うなぎ": "うなぎ蒲焼 2尾", "刃物工房たけや": "包丁 三徳",
    "はるかぜ": "特別栽培米 5kg", "高原ミルクファーム": "ジェラート 12個", "蜂蜜工房はなぶさ": "地元産 はちみつ",
}  # fmt: skip
GIFTS = list(MAKER_GIFT.values())


def gift_of(maker: str) -> str:
    return next(g for k, g in MAKER_GIFT.items() if k in maker)


SAMPLE_NAMES = ["会計 太郎", "出納 花子", "債権 一郎", "口座 振子", "還付 花子", "納付 一郎", "寄附 好子", "職員 太郎",
                "差押 太郎"]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 18)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
TAX = ["市県民税（普通徴収）", "固定資産税", "軽自動車税（種別割）", "国民健康保険税"]
DEBTS = ["学校給食費", "市営住宅使用料", "保育料", "国民健康保険税", "介護保険料", "下水道使用料", "放課後児童クラブ利用料",
         "市県民税", "固定資産税", "奨学金返還金"]  # fmt: skip


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


def _hankaku_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF61, 0xFFA0):
        half = chr(code)
        full = unicodedata.normalize("NFKC", half)
        if len(full) == 1 and full not in table:
            table[full] = half
    for code in range(0x30A1, 0x30FB):
        full = chr(code)
        parts = unicodedata.normalize("NFD", full)
        if full not in table and len(parts) == 2 and parts[0] in table:
            table[full] = table[parts[0]] + ("ﾞ" if parts[1] == "\u3099" else "ﾟ")
    table["　"] = " "
    return table


_HANKAKU = _hankaku_table()


def hankaku(text: str) -> str:
    """Half-width katakana as bank data writes an account holder: たかなし きよ → ﾀｶﾅｼ ｷﾖ."""
    return "".join(_HANKAKU.get(c, c) for c in katakana(text))


def area_label(area: str) -> str:
    """The 地区 name an area is known by: 大字北入蔵* → 北入蔵."""
    a = area.rstrip("*")
    return a[2:] if a.startswith("大字") else a


def firm(kind: str, name: str, before: bool) -> str:
    """A company's name with its legal form before or after (一般財団法人 and the like always before)."""
    return f"{kind}{name}" if before or kind not in ("株式会社", "有限会社", "合同会社") else f"{name}{kind}"


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
    def half(self) -> str:
        return hankaku(self.kana)

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Account:
    bank: str
    branch: str
    kind: str
    number: str

    def line(self) -> str:
        return f"{self.bank} {self.branch} {self.kind} {self.number}"


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    bank: str
    shinkin: str
    ja: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def full(self) -> str:
        return f"{self.pref}{self.city}"

    @property
    def hall(self) -> str:
        return f"{self.full}{self.areas[0]}1丁目1番1号"

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
        return self.tel(32 + n if len(self.ac) == 4 else 320 + n, 3111 + 13 * n)

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
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 25)
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

    def urban(self, p: Person) -> Person:
        """Move ``p`` to a 丁目 area with a clean lot (3丁目12番地5), for letters whose digits are set apart."""
        p.area = self.rng.choice([a for a in self.areas if not a.endswith("*")])
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p

    def person(self, born: tuple[int, int] = (1938, 2002), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1938, 2002)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return firm(kind, name, self.rng.random() < 0.6)

    def companies(self, n: int, pool: Sequence[tuple[str, str]] = COMPANIES) -> list[str]:
        picks = self.rng.sample(list(pool), min(n, len(pool)))
        return [firm(k, c, bool(i % 3)) for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def account(self) -> Account:
        r = self.rng
        bank = r.choice([self.bank, self.bank, self.bank, self.shinkin, self.ja, "ゆうちょ銀行", "みずほ銀行",
                         "三井住友銀行"])  # fmt: skip
        if bank == "ゆうちょ銀行":
            branch = "".join(r.choice("〇一二三四五六七八九") for _ in range(2)) + "八店"
            return Account(bank, branch, "普通", f"{r.randint(1000000, 9999999)}")
        place = r.choice([*self.districts, "本店", "駅前", "市役所出張所"])
        branch = place if place.endswith(("本店", "出張所")) else f"{place}支店"
        return Account(
            bank, branch, r.choice(["普通", "普通", "普通", "当座"]), f"{r.randint(0, 9999999):07d}"
        )

    def elsewhere(self, p: Person) -> Person:
        """Move ``p`` out of the city (a donor living elsewhere), with a mobile phone."""
        r = self.rng
        p.pref, p.city, areas = r.choice(OUTSIDE)
        p.area = r.choice(areas)
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 25)
        p.lot = f"{a}丁目{b}番{c}号" if r.random() < 0.5 else f"{a}-{b}-{c}"
        p.zip = f"{r.randint(100, 699)}-{r.randint(0, 9999):04d}"
        p.phone = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return p

    def amount(self, lo: int, hi: int, step: int = 100) -> int:
        return self.rng.randint(lo // step, hi // step) * step

    def day(self, start: dt.date, end: dt.date = TODAY) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))


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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 KA{n % 3 + 1:02d}")
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


def spaced_letter(lines: Sequence[str], head: str = "") -> Callable[[Path], None]:
    """A letter whose text extracts with its digits set apart (「8 丁目 3 番地」「令和 6 年」)."""
    return letter_pdf([spaced_digits(line) for line in lines], head)


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
        out.append(f"■{room}（{ymd(day)} 電話・窓口 転記）")
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
    """Column letters of a 1-based column number: 26 → Z, 28 → AB."""
    s = ""
    while n:
        n, m = divmod(n - 1, 26)
        s = chr(65 + m) + s
    return s


def both(*posts: Callable[[Path], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        for p in posts:
            p(path)

    return post


def mobile(phone: str) -> bool:
    return phone[:3] in ("070", "080", "090")


def addressee(p: Person) -> list[str]:
    return [f"〒{p.zip}", p.address(True), f"{p.name()} 様"]


def mask_tail(number: str) -> str:
    return number[:-3] + "***"


def stay(ctx: Ctx, n: int = 0) -> str:
    """The desk's own line: the city hall's address and phone."""
    return f"{ctx.hall}  TEL {ctx.office_phone(n)}"


# --- 債権者登録 (会計課) -----------------------------------------------------------------------------------
def saikensha(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "saikensha"
    docs: list[Doc] = []
    chief = ctx.staff()
    # level 1: the registration guide (talks about personal data, holds none)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="債権者登録（口座振込）の手続きについて",
                paragraphs=[
                    f"{ctx.city}からの支払（委託料、補助金、報償費、還付金など）は、原則として口座振込により行います。"
                    "初めて支払を受ける方は、事前に債権者登録をしてください。",
                    "【個人の方】住所・氏名・電話番号・振込先口座を記入した債権者登録申請書に、通帳の写し（口座名義カナが"
                    "分かるページ）を添えて提出してください。マイナンバー（個人番号）の記入は不要です。",
                    "【法人の方】法人番号、所在地、代表者職氏名、振込先口座を記入し、代表者印を押印してください。",
                    f"指定金融機関：株式会社{ctx.bank}。収納代理金融機関：{ctx.shinkin}、{ctx.ja}、ゆうちょ銀行ほか。",
                    "登録内容（住所、口座）に変更があったときは、口座変更届を提出してください。登録された個人情報は、"
                    "支払事務以外には使用しません。",
                    f"提出・問合せ先：{ctx.city}会計課 出納係 {stay(ctx)}",
                ],
                footer=f"{ctx.city}会計課",
            ),
        )
    )
    # level 1: registrations by category under merged headers, with a hidden code sheet
    cats = ["法人", "個人事業主", "個人", "自治会・団体", "官公庁"]
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    counts = [[ctx.amount(5, 90, 1) for _ in months] for _ in cats]
    rows: list[list[Cell]] = [["区分", "上半期", None, None, None, None, None, "計"], ["", *months, ""]]
    rows += [[c, *n, sum(n)] for c, n in zip(cats, counts, strict=True)]
    rows.append(["合計", *[sum(c[i] for c in counts) for i in range(6)], sum(map(sum, counts))])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "件数",
                        rows,
                        title=f"債権者登録件数（令和6年度上半期）　{ctx.city}会計課",
                        first_row=3,
                    ),
                    sheet(
                        "コード表",
                        [["区分コード", "区分"], *[[f"0{i + 1}", c] for i, c in enumerate(cats)]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"件数": ["B3:G3", "A3:A4", "H3:H4"]}),
        )
    )
    # level 1: companies registered, with 法人番号 and the representative in role (cp932)
    corp: list[list[Cell]] = [
        ["債権者コード", "法人番号", "名称", "代表者職氏名", "所在地", "電話番号", "登録日"]
    ]
    for i, name in enumerate(ctx.companies(14)):
        corp.append([f"H{20100 + i * 7:06d}", random_corporate_number(r), name, f"代表取締役 {ctx.staff()}",
                     ctx.biz_address(), ctx.tel(), ymd(ctx.day(dt.date(2015, 4, 1)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("法人", corp)]),
            note="代表者 named in role beside the company's address; 登録日 are not birth dates",
        )
    )
    # level 1: the application form's 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="債権者登録申請書（兼 口座振込申出書）　記入例",
                paragraphs=[
                    f"{ctx.city}長 様",
                    "申請日　令和○年○月○日",
                    f"住所　〒{ctx.zip3}-0000　{ctx.city}○○町1丁目2番3号",
                    f"氏名　{SAMPLE_NAMES[0]}　（フリガナ　カイケイ タロウ）",
                    "電話番号　XXXX-XX-XXXX（日中連絡のつく番号）",
                    f"振込先　{ctx.bank} ○○支店　普通　1234567　口座名義 ｶｲｹｲ ﾀﾛｳ",
                    "※ 口座名義は通帳のとおり、カナで記入してください。",
                ],
                header="記入例",
                textboxes=[
                    "記入例：この欄は記入しないでください（会計課使用欄）",
                    "通帳の写しを添付してください",
                ],
            ),
        )
    )
    # level 1: staff chat about the master's migration (no resident)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("09:12", a, "債権者マスタの移行テスト、重複登録が 312 件出ました"),
        ("09:14", b, "法人の支店名違いがほとんどですね。個人の重複は名寄せ対象外で"),
        ("09:20", c, "来週の係内ミーティングで整理方針を決めましょう。資料は共有フォルダに置きます"),
        ("09:21", a, "了解です。旧システムの停止は 11/29 の予定です"),
        ("09:33", b, "ベンダーさんの作業日程、午後に確認します"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", TODAY, lines, "会計課 財務会計システム更新")),
            note="staff about the migration; no resident",
        )
    )
    # level 1: the master clean-up, 12-digit 債権者番号 failing the check digit, individuals masked (xls)
    clean: list[list[Cell]] = [["債権者番号", "区分", "名称", "処理", "統合先"]]
    for _ in range(14):
        kind = r.choice(["法人", "法人", "個人", "団体"])
        name = (
            "〇〇 〇〇"
            if kind == "個人"
            else (ctx.company() if kind == "法人" else f"{r.choice(ctx.districts)}自治会")
        )
        clean.append([fail_check(random_my_number(r), r.randint(1, 9)), kind, name, r.choice(["統合", "削除", "保留"]),
                      fail_check(random_my_number(r), r.randint(1, 9))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("重複整理", clean)]),
            note="12-digit 債権者番号 all failing the check digit; individuals masked 〇〇 〇〇",
        )
    )

    # level 2: a lecturer's own registration form
    p = ctx.person((1950, 1990))
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="債権者登録申請書（兼 口座振込申出書）",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"申請日 {wareki(TODAY - dt.timedelta(days=9))}",
                    "下記のとおり債権者登録を申請します。",
                    "支払内容：市民講座「家計と年金のはなし」講師謝礼",
                ],
                tables=[
                    [
                        ["住所", f"〒{p.zip} {p.address(True)}"],
                        ["フリガナ", katakana(p.kana)],
                        ["氏名", p.name("　")],
                        ["電話番号", p.phone],
                        ["金融機関", f"{acc.bank} {acc.branch}"],
                        ["預金種目", acc.kind],
                        ["口座番号", acc.number],
                        ["口座名義", p.half],
                    ]
                ],
                footer="会計課受付",
            ),
        )
    )
    # level 2: the completion notice, digits set apart
    p = ctx.urban(ctx.person())
    acc = ctx.account()
    sent = TODAY - dt.timedelta(days=r.randint(2, 12))
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="債権者登録完了のお知らせ"),
            post=spaced_letter(
                [
                    f">{wareki(sent)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}会計管理者",
                    "",
                    "^債権者登録完了のお知らせ",
                    "",
                    f"{wareki(sent - dt.timedelta(days=14))}付けで申請のありました債権者登録が完了しました。",
                    f"債権者コード K{r.randint(100000, 999999)}",
                    f"振込先 {acc.bank} {acc.branch} {acc.kind} {mask_tail(acc.number)}",
                    "今後の支払は上記口座へ振り込みます。",
                    "登録内容に変更があった場合は、口座変更届を提出してください。",
                    "",
                    f"問合せ {ctx.city}会計課 出納係 TEL {ctx.office_phone()}",
                ]
            ),
        )
    )
    # level 2: individual creditors for subsidies, 姓/名/セイ/メイ split, far right and down
    head: list[Cell] = [
        "No",
        "姓",
        "名",
        "セイ",
        "メイ",
        "住所",
        "電話番号",
        "金融機関",
        "支店",
        "口座番号",
        "補助金名",
    ]
    subs = ["住宅リフォーム補助", "合併処理浄化槽設置補助", "生垣設置補助", "太陽光発電設備補助"]
    body: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(r.randint(14, 20)), start=1):
        acc = ctx.account()
        body.append([i, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), q.phone, acc.bank,
                     acc.branch, acc.number, r.choice(subs)])  # fmt: skip
    grid: list[list[Cell]] = [
        [*([None] * 25), f"個人債権者登録一覧（補助金交付分）　令和6年{r.randint(7, 9)}月受付"],
        [],
        *far_right(body, 25),
    ]
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("登録", grid, first_row=5)]),
            post=merge_xlsx({"登録": ["Z5:AJ5"]}),
        )
    )
    # level 2: LINE WORKS: the bank queries a name; a reply gives the phone
    p = ctx.person((1970, 1995), "女")
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("10:02", a, f"{ctx.bank}から照会、{p.name()}さんの口座名義が登録と違うそうです"),
        ("10:05", b, "結婚前の姓のままみたい。通帳は旧姓です"),
        ("10:06", a, "本人に確認します。連絡先わかりますか"),
        (
            "10:09",
            b,
            f"申請書の{'携帯' if mobile(p.phone) else '自宅電話'}は {p.phone} です（日中つながるとのこと）",
        ),
        ("10:10", a, "ありがとうございます、かけてみます"),
    ]
    docs.append(
        Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, lines, "出納係")))
    )
    # level 2: an account change, in odt
    p = ctx.person()
    old, new = ctx.account(), ctx.account()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name"],
            DocSpec(
                title="口座変更届",
                paragraphs=[
                    f"{ctx.city}会計管理者 様",
                    f"届出日 {wareki(TODAY - dt.timedelta(days=3))}",
                    "登録済みの振込先口座を下記のとおり変更します。",
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"債権者コード K{r.randint(100000, 999999)}",
                    f"変更前 {old.line()}",
                    f"変更後 {new.line()}（名義 {p.half}）",
                    "変更理由 取引銀行の統合のため",
                ],
            ),
        )
    )

    # level 3: the individual creditors' master printed from the accounting system
    n = r.randint(112, 130)
    ps = ctx.people(n)
    rows_s: list[list[str]] = []
    for i, q in enumerate(ps):
        acc = ctx.account()
        rows_s.append([f"K{300001 + i * 3}", q.name(), q.half, q.address(), q.phone,
                       f"{acc.bank[:6]} {acc.branch}", f"{acc.kind} {acc.number}"])  # fmt: skip
    cols = [("債権者ｺｰﾄﾞ", 30), ("氏名", 88), ("ｶﾅ氏名", 160), ("住所", 255), ("電話番号", 480), ("金融機関 支店", 560),
            ("口座", 720)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "name", "phone"],
            DocSpec(title="債権者マスタ一覧"),
            post=system_print(
                "債権者マスタ一覧（個人）",
                f"{ctx.city} 財務会計システム  KAI0410",
                cols,
                rows_s,
                28,
                "抽出条件：債権者区分＝個人　状態＝有効　並び順＝債権者コード",
                ruled=True,
            ),
        )
    )
    # level 3: the ledger for 支払調書 with the numbers on a hidden sheet headed 番号
    ps = ctx.people(r.randint(12, 18), (1945, 1995))
    vis: list[list[Cell]] = [["ID", "氏名", "住所", "支払区分", "支払額（年計）"]]
    hid: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i, q in enumerate(ps, start=1):
        vis.append([f"S{i:03d}", q.name(), q.address(), r.choice(["講師謝礼", "原稿料", "委員報酬", "通訳謝礼"]),
                    ctx.amount(10000, 480000)])  # fmt: skip
        hid.append([f"S{i:03d}", q.name(), int(random_my_number(r))])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("支払調書", vis, title="報酬・料金等の支払調書 作成用（令和6年分）", first_row=3),
                    sheet("番号", hid, state="hidden", number_formats={2: "0"}),
                ]
            ),
        )
    )
    # level 3: a record on offsetting a payment against tax arrears, the arrears paragraphs later
    p = ctx.person((1948, 1975), "男")
    due = ctx.amount(300000, 900000)
    debt = ctx.amount(120000, 600000)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                title="支払金と市税等の相殺に関する協議記録",
                paragraphs=[
                    f"作成 {wareki(TODAY - dt.timedelta(days=6))}　会計課 {chief}",
                    f"1 対象　道路改良事業に係る用地補償金の支払先 {p.name()} 氏（{p.address()}）。",
                    f"2 経過　建設課から支出命令（補償金 {yen(due)} 円）が回付され、債権者登録を確認した。",
                    "3 法令上の整理　地方自治法施行令の規定により、歳入と歳出の相殺は原則としてできないため、"
                    "納付の申出による充当の可否を納税課と協議した。",
                    "4 関係課の意見　建設課は工期の関係から早期の支払を希望している。",
                    f"5 照会結果　納税課に照会したところ、同氏には平成30年度以降の固定資産税の滞納があり、"
                    f"滞納額は本税 {yen(debt)} 円（延滞金別）、督促状及び催告書を発付済みであるとの回答を得た。",
                    "6 今後　支払日前に本人と面談し、補償金の一部を滞納市税へ納付するよう納税課から依頼する。",
                ],
                header="庁内限り",
            ),
            note="a named creditor's 固定資産税 滞納 stated paragraphs after the name",
        )
    )
    # level 3: a bulk upload from the subsidy system, with birth dates (csv)
    n = r.randint(104, 118)
    up: list[list[Cell]] = [["債権者コード", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "郵便番号", "住所", "金融機関名", "預金種目",
                             "口座番号", "口座名義"]]  # fmt: skip
    for i, q in enumerate(ctx.people(n)):
        acc = ctx.account()
        up.append([f"K{520000 + i}", q.name(), q.half, ymd(q.birth), q.zip, q.address(), acc.bank, acc.kind,
                   acc.number, q.half])  # fmt: skip
    docs.append(Doc(F, "csv", 3, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("upload", up)])))
    return docs


# --- 支払データ・口座振替 (出納室) ---------------------------------------------------------------------------
def shiharai(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shiharai"
    docs: list[Doc] = []
    # level 1: the 指定金融機関's notice of new counter hours
    manager = ctx.staff()
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="市役所内 指定金融機関派出窓口の取扱時間の変更について",
                paragraphs=[
                    f"令和7年1月6日（月）から、{ctx.city}役所 1階の株式会社{ctx.bank} {ctx.city}役所派出所の取扱時間を、"
                    "午前9時から午後3時まで（正午から午後1時までを除く）に変更します。",
                    "市税、保険料、使用料等の納付は、コンビニエンスストア、スマートフォン決済、口座振替もご利用いただけます。",
                    "口座振替の申込みは、各金融機関の窓口又は市役所会計課で受け付けています。",
                    f"株式会社{ctx.bank} {ctx.city}役所派出所 所長 {manager}　電話 {ctx.office_phone(5)}",
                    f"{ctx.city}会計管理者　問合せ {ctx.city}会計課 {ctx.office_phone()}",
                ],
            ),
            note="the bank's 所長 named in role with the counter's phone",
        )
    )
    # level 1: 支出負担行為 of the quarter printed from the system: companies with 法人番号, no person
    firms = [(c, random_corporate_number(r)) for c in ctx.companies(16)]
    items = ["庁舎清掃業務委託", "事務用品購入", "財務会計システム保守", "公用車リース", "学校給食用食材", "道路補修工事",
             "封筒印刷", "植栽管理業務委託", "電算用紙購入", "空調設備点検"]  # fmt: skip
    rows_s: list[list[str]] = []
    for i in range(r.randint(95, 120)):
        firm, corp = r.choice(firms)
        d = ctx.day(dt.date(2024, 7, 1), dt.date(2024, 9, 30))
        rows_s.append([f"{6000 + i * 3:06d}", ymd(d), r.choice(items), firm, corp, yen(ctx.amount(8000, 9800000)),
                       r.choice(["総務課", "財政課", "建設課", "学校教育課", "会計課", "管財課"])])  # fmt: skip
    cols = [("負担行為番号", 30), ("負担行為日", 95), ("件名", 160), ("相手方", 300), ("法人番号", 450),
            ("金額（円）", 540), ("所管課", 620)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            ["corporate_number"],
            DocSpec(title="支出負担行為一覧"),
            post=system_print(
                "支出負担行為一覧表（第2四半期）",
                f"{ctx.city} 財務会計システム  SIS2210",
                cols,
                rows_s,
                30,
                "条件：負担行為日 2024/07/01～2024/09/30　相手方区分＝法人",
            ),
            note="a multi-page system print of companies with 法人番号 and contract dates; no person",
        )
    )
    # level 1: the 口座振替依頼書 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="口座振替依頼書（市税・料金用）記入例",
                paragraphs=[
                    "振替を希望する科目に〇をつけてください：市県民税（普通徴収）・固定資産税・軽自動車税・国民健康保険税",
                    f"納税義務者氏名　{SAMPLE_NAMES[3]}",
                    f"住所　{ctx.city}△△町○丁目○番○号",
                    "電話番号　○○○○-○○-○○○○",
                    f"金融機関　{ctx.shinkin}　××支店　普通　0000000　口座名義 ｺｳｻﾞ ﾌﾘｺ",
                    "お届け印：金融機関届出印を押してください。",
                ],
                header="記入例",
                textboxes=["記入例", "通帳の口座名義と同じ表記で記入してください"],
            ),
        )
    )
    # level 1: the agent's summary of direct-debit requests, 12-digit 受付番号 failing the check digit (cp932)
    summ: list[list[Cell]] = [["受付番号", "科目", "期別", "件数", "請求金額", "振替済件数", "振替不能件数"]]
    for _ in range(r.randint(12, 16)):
        k = r.randint(200, 3800)
        summ.append([fail_check(random_my_number(r), r.randint(1, 9)), r.choice([*TAX[:3], "保育料", "市営住宅使用料"]),
                     f"第{r.randint(1, 4)}期", k, yen(k * ctx.amount(3000, 30000)), k - r.randint(3, 40),
                     r.randint(3, 40)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付集計", summ)]),
            note="12-digit 受付番号 all failing the check digit; counts only, no person",
        )
    )
    # level 1: training slides with an anonymised case
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"会計事務研修　支払事務の基本（{ctx.city}会計課）",
                paragraphs=[
                    "支出負担行為 → 支出命令 → 審査 → 支払（口座振込）",
                    "債権者登録の確認：名義・口座・登録状態",
                    "事例：Ａさん（個人債権者）への二重振込",
                    "原因：紙の請求書と電子請求の重複登録",
                    "対応：Ａさんに事情を説明し、返還の手続きをお願いした",
                    "再発防止：請求書番号による重複チェック",
                    "口座振替：依頼書の受付から振替開始まで約1か月",
                    "振替不能は翌月に再振替せず、納付書を送付",
                ],
                notes=["Ａさんの事例は個人が特定されないよう加工しています"],
            ),
            note="an anonymised Ａさん; no person",
        )
    )
    # level 1: monthly transfers by account (ods)
    accts = [
        "一般会計",
        "国民健康保険特別会計",
        "介護保険特別会計",
        "後期高齢者医療特別会計",
        "下水道事業会計",
    ]
    mrows: list[list[Cell]] = [["会計", *[f"{m}月" for m in (4, 5, 6, 7, 8, 9)]]]
    mrows += [[a, *[ctx.amount(1000000, 2400000000, 1000) for _ in range(6)]] for a in accts]
    docs.append(
        Doc(F, "ods", 1, [], DocSpec(sheets=[sheet("支払額", mrows, title="会計別 月別支払額（円）")]))
    )

    # level 2: a resident's change request quoted in a forwarded mail
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    acc = ctx.account()
    quoted = [
        (
            f"{ctx.city}ホームページ問合せフォーム",
            "2024/10/15 21:14",
            "口座振替の変更について",
            [
                "固定資産税の引落口座を変更したいです。",
                f"氏名：{p.name()}",
                f"住所：{p.address()}",
                f"電話：{p.phone}",
                f"新しい口座：{acc.bank} {acc.branch}",
            ],
        ),
    ]
    body = [
        f"{a}さん",
        "",
        "フォームから口座振替の変更依頼が来ています。依頼書を郵送してください。",
        "",
        f"税務課 {b}",
    ]
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{b}（税務課）",
                    f"{a}（会計課）",
                    "FW: 口座振替の変更について",
                    "2024/10/16 (水) 9:02",
                    body,
                    quoted,
                )
            ),
        )
    )
    # level 2: the direct-debit start notice, digits set apart
    p = ctx.urban(ctx.person())
    acc = ctx.account()
    subj = r.choice(TAX[:3])
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="口座振替開始のお知らせ"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}長",
                    "",
                    "^口座振替開始のお知らせ",
                    "",
                    "お申込みいただいた口座振替の手続きが完了しましたので、お知らせします。",
                    f"科目 {subj}",
                    f"振替開始 令和6年度 第{r.randint(2, 4)}期分から",
                    f"振替口座 {acc.bank} {acc.branch} {mask_tail(acc.number)}",
                    "振替日は各納期限の日です。前日までに残高をご確認ください。",
                    "",
                    f"{ctx.city}会計課 TEL {ctx.office_phone()}",
                ]
            ),
        )
    )
    # level 2: the recipients of a reward payment (xls)
    rec: list[list[Cell]] = [["No", "氏名", "住所", "振込先", "口座番号", "謝礼額"]]
    for i, q in enumerate(ctx.people(r.randint(9, 13)), start=1):
        acc = ctx.account()
        rec.append([i, q.name(), q.address(), f"{acc.bank} {acc.branch}", acc.number, 3000 * r.randint(1, 4)])
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["address", "name"],
            DocSpec(
                sheets=[sheet("受領者", rec, title="健康づくり推進員 活動謝礼 振込先一覧（支出命令添付）")]
            ),
        )
    )
    # level 2: a filled 口座振替依頼書
    p = ctx.person()
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="口座振替依頼書（市税・料金用）",
                tables=[
                    [
                        ["振替科目", "市県民税（普通徴収）・固定資産税"],
                        ["納税義務者", p.name()],
                        ["フリガナ", katakana(p.kana)],
                        ["住所", p.address(True)],
                        ["電話番号", p.phone],
                        ["金融機関", f"{acc.bank} {acc.branch}"],
                        ["種目・口座番号", f"{acc.kind} {acc.number}"],
                        ["口座名義", p.half],
                    ]
                ],
                paragraphs=[f"受付日 {wareki(TODAY - dt.timedelta(days=r.randint(3, 20)))}　受付 {ctx.bank}"],
            ),
        )
    )

    # level 3: the registered direct-debit payers printed (dashed line)
    rows_s = []
    for i, q in enumerate(ctx.people(r.randint(116, 134))):
        acc = ctx.account()
        rows_s.append([f"{41000000 + i * 11}", q.name(), q.half, q.address(), q.phone, r.choice([*TAX, "保育料"]),
                       f"{acc.bank[:6]}"])  # fmt: skip
    cols = [("契約者番号", 30), ("氏名", 90), ("ｶﾅ", 160), ("住所", 250), ("電話番号", 470), ("科目", 545),
            ("金融機関", 680)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "name", "phone"],
            DocSpec(title="口座振替登録者一覧"),
            post=system_print(
                "口座振替登録者一覧",
                f"{ctx.city} 収納管理システム  SYN0330",
                cols,
                rows_s,
                30,
                "条件：登録状態＝有効",
            ),
        )
    )
    # level 3: failed debits for lack of funds, with a 督促 to follow (cp932)
    fail: list[list[Cell]] = [["振替日", "氏名", "住所", "科目", "期別", "金額", "不能事由", "今後の対応"]]
    for q in ctx.people(r.randint(30, 42)):
        fail.append([ymd(dt.date(2024, 9, 30)), q.name(), q.address(), r.choice([*TAX, "保育料", "市営住宅使用料"]),
                     f"第{r.randint(1, 3)}期", yen(ctx.amount(2000, 90000)), "資金不足",
                     r.choice(["督促状送付", "督促状送付", "催告書送付（2期連続不能）"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["address", "arrears", "name"],
            DocSpec(sheets=[sheet("不能明細", fail)]),
            note="a 口座振替 failing for 資金不足 with a 督促 to follow counts as arrears",
        )
    )
    # level 3: Slack: three failed debits, a reply gives the arrears and the phone
    p = ctx.person((1980, 1996))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("13:10", a, f"{p.name()}さん（{area_label(p.area)}）の保育料、口座振替が3か月連続で不能です"),
        (
            "13:16",
            b,
            f"こども課に確認しました。滞納3か月分 {yen(ctx.amount(60000, 150000))} 円、督促状も出ています",
        ),
        ("13:17", b, f"自宅 {p.phone} は留守電でした"),
        ("13:20", a, "では納付書を同封して催告を送ります"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["arrears", "name", "phone"],
            DocSpec(paragraphs=chat("slack", TODAY, lines, "出納室-口座振替")),
        )
    )
    # level 3: 立会人 reward transfers, 姓/名/セイ/メイ split, data from column AB on row 8
    head: list[Cell] = [
        "No",
        "姓",
        "名",
        "セイ",
        "メイ",
        "住所",
        "金融機関",
        "支店",
        "種目",
        "口座番号",
        "区分",
        "報酬額",
    ]
    pay: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(r.randint(106, 122), (1950, 2000)), start=1):
        acc = ctx.account()
        pay.append([i, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), acc.bank, acc.branch,
                     acc.kind, acc.number, r.choice(["投票立会人", "期日前投票立会人", "開票立会人"]),
                     r.choice([10900, 12600, 7800])])  # fmt: skip
    grid: list[list[Cell]] = [
        [*([None] * 27), "選挙立会人 報酬 振込データ（選挙管理委員会 → 会計課）"],
        [],
        *far_right(pay, 27),
    ]
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "name"],
            DocSpec(sheets=[sheet("振込", grid, first_row=6)]),
            post=merge_xlsx({"振込": ["AB6:AM6"]}),
        )
    )
    # level 3: a wrong transfer, the recipient's stroke paragraphs later
    p = ctx.person((1940, 1958), "男")
    amt = ctx.amount(40000, 300000)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="誤振込に係る返還手続の経過記録",
                paragraphs=[
                    f"{wareki(TODAY - dt.timedelta(days=20))}　会計課 出納係",
                    f"1 概要　介護保険課の支出命令において、返還対象者 {p.name()} 氏（{p.address()}）の口座へ、"
                    f"別人あての給付費 {yen(amt)} 円が誤って振り込まれた。",
                    "2 原因　債権者コードの入力誤り（同姓の別債権者を選択）。審査時にも発見できなかった。",
                    "3 対応　本来の支払先には翌営業日に正しく振込を行った。",
                    "4 返還の依頼　文書で返還を依頼するとともに、担当者が自宅を訪問した。",
                    "5 訪問結果　本人は先月脳梗塞で倒れ、現在も市内の病院に入院中で、右半身にまひが残っているとのこと。"
                    "同居の長女が通帳を管理しており、長女から返還に応じる旨の申出があった。",
                    "6 今後　長女に納付書を交付し、返還を確認後、介護保険課に報告する。",
                ],
            ),
            note="the recipient's stroke and paralysis come paragraphs after the name",
        )
    )
    return docs


# --- 還付金・過誤納 (税務課・会計課) -----------------------------------------------------------------------
def kanpu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kanpu"
    docs: list[Doc] = []
    # level 1: a warning against refund fraud
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="還付金詐欺にご注意ください",
                paragraphs=[
                    f"{ctx.city}職員を名乗り「医療費の還付金があります」「今日が期限です」と電話で伝え、ATMへ誘導する"
                    "不審な電話が市内で相次いでいます。",
                    "市が電話で還付金の受取りのためにATMの操作をお願いすることは絶対にありません。",
                    "市からの還付は「過誤納金還付通知書」を郵送し、指定の口座へ振り込みます。",
                    f"不審な電話を受けたときは、{ctx.city}消費生活センター（{ctx.office_phone(7)}）又は警察相談専用電話 "
                    "#9110 へ相談してください。",
                ],
                footer=f"{ctx.city}税務課・会計課　{ymd(TODAY)} 発表",
            ),
        )
    )
    # level 1: refunds by tax and year under merged headers, with a hidden raw sheet
    years = ["令和3年度", "令和4年度", "令和5年度"]
    rows: list[list[Cell]] = [["税目", years[0], None, years[1], None, years[2], None],
                              ["", "件数", "金額（円）", "件数", "金額（円）", "件数", "金額（円）"]]  # fmt: skip
    raw: list[list[Cell]] = [["税目", "年度", "件数", "金額"]]
    for t in TAX:
        line: list[Cell] = [t]
        for y in years:
            k, m = r.randint(80, 1400), ctx.amount(1000000, 90000000, 1000)
            line += [k, m]
            raw.append([t, y, k, m])
        rows.append(line)
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("推移", rows, title="過誤納金還付の状況", first_row=3),
                    sheet("集計元", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"推移": ["B3:C3", "D3:E3", "F3:G3", "A3:A4"]}),
        )
    )
    # level 1: the refund claim's 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="過誤納金還付請求書（口座振込依頼書）記入例",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"還付を受ける方　住所 {ctx.city}○○町3丁目4番5号　氏名 {SAMPLE_NAMES[4]}",
                    "連絡先　（日中連絡のとれる番号を記入）",
                    "還付の内容　令和○年度 固定資産税 第○期　過誤納額 ○○,○○○円",
                    f"振込先　{ctx.ja} ○○支店 普通 7654321　名義 ｶﾝﾌﾟ ﾊﾅｺ",
                ],
                header="記入例",
                textboxes=["記入例", "本人以外の口座へ振込を希望する場合は委任状が必要です"],
            ),
        )
    )
    # level 1: the refund register with 12-digit 通知番号 failing the check digit, no names (cp932)
    reg: list[list[Cell]] = [["通知番号", "税目", "年度", "期別", "還付額", "還付加算金", "決定日", "状態"]]
    for _ in range(r.randint(14, 20)):
        reg.append([fail_check(random_my_number(r), r.randint(1, 9)), r.choice(TAX), f"R{r.randint(4, 6)}",
                    f"{r.randint(1, 4)}", yen(ctx.amount(500, 160000)), yen(ctx.amount(0, 3000)),
                    ymd(ctx.day(dt.date(2024, 6, 1))), r.choice(["振込済", "振込済", "通知済", "口座確認中"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("処理簿", reg)]),
            note="12-digit 通知番号 all failing the check digit; no person named",
        )
    )
    # level 1: how the refund interest is computed (odt)
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="還付加算金の計算について",
                paragraphs=[
                    "還付加算金は、過誤納金の納付日の翌日から還付のための支出を決定した日までの期間の日数に応じ、"
                    "還付金の額に所定の割合を乗じて計算します。",
                    "計算の基礎となる還付金の額に1,000円未満の端数があるときは切り捨てます。",
                    "還付加算金の額が1,000円未満のときは加算しません。",
                ],
                tables=[
                    [
                        ["期間", "割合"],
                        ["令和3年1月1日～令和3年12月31日", "年1.0％"],
                        ["令和4年1月1日～令和4年12月31日", "年0.9％"],
                        ["令和5年1月1日～令和5年12月31日", "年0.9％"],
                        ["令和6年1月1日～令和6年12月31日", "年0.9％"],
                    ]
                ],
            ),
        )
    )
    # level 1: staff chat on the refund batch (no resident)
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("08:55", a, "今月の還付バッチ、振込データは 10/24 に指定金融機関へ送信します"),
        ("08:57", b, "了解。口座確認中の分は次回に回します"),
        ("09:03", a, "還付加算金の計算、期間の起算日だけダブルチェックお願いします"),
        ("09:04", b, "はい、午前中に見ます"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", TODAY, lines, "税務課・会計課 還付連絡")),
            note="staff about the refund batch; no resident",
        )
    )

    # level 2: the refund notice, digits set apart
    p = ctx.urban(ctx.person())
    amt = ctx.amount(1200, 98000)
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="過誤納金還付通知書"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}長",
                    "",
                    "^過誤納金還付通知書",
                    "",
                    "次のとおり過誤納金を還付しますので通知します。",
                    f"税目 {r.choice(TAX[:3])}（令和5年度）",
                    f"還付金額 {yen(amt)} 円　還付加算金 0 円",
                    f"振込予定日 {wareki(TODAY + dt.timedelta(days=10))}",
                    f"振込先 {acc.bank} {acc.branch} {mask_tail(acc.number)}",
                    "",
                    "この通知について不明な点は、税務課までお問い合わせください。",
                    f"{ctx.city}税務課 TEL {ctx.office_phone(2)}",
                ]
            ),
        )
    )
    # level 2: a former resident's own letter asking for the refund to a new account
    p = ctx.person((1955, 1990))
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}役所 税務課 御中",
                    "",
                    "先日、過誤納金還付通知書をいただきました。ありがとうございます。",
                    "通知書に記載の口座は解約してしまったため、下記の口座へ振り込んでいただけないでしょうか。",
                    f"振込先：{acc.line()}　名義 {p.half}",
                    "必要な書類があれば、下記の住所へお送りください。",
                    "",
                    wareki(TODAY - dt.timedelta(days=4)),
                    f"住所 {p.address(True)}",
                    f"氏名 {p.name()}",
                    f"電話 {p.phone}",
                ]
            ),
        )
    )
    # level 2: refunds returned undelivered or with no account (xlsx)
    und: list[list[Cell]] = [["No", "氏名", "送付先住所", "税目", "還付額", "返戻理由", "対応"]]
    for i, q in enumerate(ctx.people(r.randint(12, 18)), start=1):
        und.append([i, q.name(), q.address(), r.choice(TAX[:3]), ctx.amount(300, 60000),
                    r.choice(["宛所不明", "転居先不明", "口座解約", "受取人不在"]), r.choice(["住基確認", "再送", "電話連絡"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("未済", und, title="還付未済一覧（令和6年9月末）", first_row=3)]),
        )
    )
    # level 2: LINE WORKS: a notice came back; a reply gives the new address
    p = ctx.person()
    q = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("11:40", a, f"{p.name()}さんあての還付通知、宛所不明で戻ってきました"),
        ("11:44", b, f"住基で確認、9月に転居しています。新住所は {q.address()} です"),
        ("11:45", a, "ありがとうございます。再送します"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name"],
            DocSpec(paragraphs=chat("lineworks", TODAY, lines, "税務課 還付")),
        )
    )
    # level 2: a phone log relayed into a text file
    p = ctx.person((1945, 1970))
    a = ctx.staff()
    lines = [
        ("10:15", a, f"{p.name()}様より電話。還付通知が届いたが、本当に市からのものか確認したいとのこと"),
        ("10:17", a, "通知番号と金額を確認し、正規の通知である旨を説明。ATM操作は不要と伝えた"),
        ("10:20", a, f"折り返し先 {p.phone}（本人）。口座変更の書類を送付予定"),
    ]
    docs.append(
        Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, lines, "還付 電話記録")))
    )

    # level 3: refunds decided, printed with a ruled line
    rows_s: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(110, 128))):
        rows_s.append([f"{7300000 + i * 17}", q.name(), q.half, q.address(), r.choice(TAX), yen(ctx.amount(100, 120000)),
                       r.choice(["口座", "口座", "窓口", "口座（代理人）"])])  # fmt: skip
    cols = [
        ("宛名番号", 30),
        ("氏名", 90),
        ("ｶﾅ", 160),
        ("住所", 250),
        ("税目", 470),
        ("還付額", 600),
        ("方法", 680),
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "name"],
            DocSpec(title="還付決定一覧"),
            post=system_print(
                "過誤納金還付決定一覧表",
                f"{ctx.city} 税総合システム  ZEI5120",
                cols,
                rows_s,
                29,
                f"決定日：{ymd(TODAY - dt.timedelta(days=3))}",
                ruled=True,
            ),
        )
    )
    # level 3: a refund claim copy with the number only in the page header as 「番号 xxxx xxxx xxxx」
    p = ctx.person()
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="過誤納金還付請求書（控）",
                tables=[
                    [
                        ["住所", p.address()],
                        ["氏名", p.name()],
                        ["税目", r.choice(TAX)],
                        ["還付額", f"{yen(ctx.amount(1000, 80000))} 円"],
                        ["振込先", acc.line()],
                    ]
                ],
                paragraphs=["上記のとおり請求します。", f"受付 {wareki(TODAY)}　税務課"],
                header=f"番号 {grouped(random_my_number(r))}",
            ),
            note="the number sits only in the page header, labelled 番号",
        )
    )
    # level 3: Teams: a refund; the reply says it goes to 国保税 arrears
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    lines = [
        (
            "14:02",
            a,
            f"{p.name()}さんの市県民税の還付 {yen(ctx.amount(5000, 40000))} 円、口座振込で進めてよいですか",
        ),
        ("14:06", b, "ちょっと待ってください。国保税の滞納があるので充当になります"),
        ("14:07", b, f"滞納額は {yen(ctx.amount(80000, 400000))} 円、令和4年度分から督促済みです"),
        ("14:09", a, "了解です。充当通知で処理します"),
    ]
    docs.append(
        Doc(F, "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("teams", TODAY, lines, "還付・充当")))
    )
    # level 3: refund accounts matched with birth dates (cp932)
    mat: list[list[Cell]] = [
        ["宛名番号", "氏名", "カナ", "生年月日", "住所", "還付額", "金融機関", "口座番号", "照合結果"]
    ]
    for i, q in enumerate(ctx.people(r.randint(104, 120))):
        acc = ctx.account()
        mat.append([f"{7400000 + i * 13}", q.name(), katakana(q.kana), wareki(q.birth, "slash"), q.address(),
                    ctx.amount(100, 90000), acc.bank, acc.number, r.choice(["一致", "一致", "一致", "名義相違"])])  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 3, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("照合", mat)]))
    )
    return docs


# --- 公金 未収債権 (債権管理課) ------------------------------------------------------------------------------
def mishu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "mishu"
    docs: list[Doc] = []
    debts = DEBTS[:7]
    rates = {d: round(r.uniform(88.0, 99.6), 1) for d in debts}
    # level 1: the published state of the city's receivables (aggregate)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}の債権の状況（令和5年度決算）",
                paragraphs=[
                    "市が保有する債権（市税以外）の収納状況をお知らせします。公平な負担の観点から、滞納となった債権は"
                    "督促、催告、分納相談を行い、必要に応じて法的措置をとります。",
                    "収納率は、調定額に対する収入済額の割合です（現年度分）。",
                ],
                tables=[
                    [
                        ["債権", "調定額（千円）", "収入済額（千円）", "収納率"],
                        *[
                            [
                                d,
                                yen(k := ctx.amount(20000, 900000, 1000)),
                                yen(int(k * rates[d] / 100)),
                                f"{rates[d]}％",
                            ]
                            for d in debts
                        ],
                    ]
                ],
                footer=f"{ctx.city}財政部 債権管理課",
            ),
        )
    )
    # level 1: collection rates over the years, merged headers and a hidden raw sheet
    yrs = ["R1", "R2", "R3", "R4", "R5"]
    rows: list[list[Cell]] = [["債権", "現年度分", None, None, None, None], ["", *yrs]]
    rows += [[d, *[round(rates[d] - r.uniform(0, 2.5), 1) for _ in yrs]] for d in debts]
    raw: list[list[Cell]] = [["債権", "年度", "調定", "収入"]]
    raw += [
        [d, y, ctx.amount(10000000, 90000000, 1000), ctx.amount(9000000, 88000000, 1000)]
        for d in debts
        for y in yrs
    ]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("収納率", rows, title="債権別 収納率の推移（％）", first_row=3),
                    sheet("元データ", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"収納率": ["B3:F3", "A3:A4"]}),
        )
    )
    # level 1: training slides with an anonymised case
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="債権管理研修　滞納整理の基本",
                paragraphs=[
                    "公債権と私債権：強制徴収できるもの・できないもの",
                    "督促 → 催告 → 財産調査 → 滞納処分（公債権）",
                    "私債権は支払督促・訴訟による",
                    "事例：Ｂさん（給食費 12か月未納）",
                    "面談で生活状況を聞き取り、分納誓約へ",
                    "就学援助の申請を案内し、以後は完納",
                    "時効の管理（公債権5年、私債権は民法による）",
                ],
                notes=["Ｂさんの事例は複数の事例を組み合わせた架空のものです"],
            ),
            note="an anonymised Ｂさん whose 未納 is fictional; no person",
        )
    )
    # level 1: the 納付誓約書 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="納付誓約書（分割納付）記入例",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"住所 {ctx.city}○○町1丁目1番1号　氏名 {SAMPLE_NAMES[5]}",
                    "私は、下記の未納額について、次のとおり分割して納付することを誓約します。",
                    "債権 学校給食費　未納額 ○○,○○○円　納付方法 毎月○日までに○,○○○円",
                    "分割納付の途中で納付が滞ったときは、残額を一括で納付します。",
                ],
                header="記入例",
                textboxes=["記入例", "連帯保証人は不要です"],
            ),
            note="a 記入例 about 未納 and 分納 with a sample name",
        )
    )
    # level 1: balances by department (ods)
    bal: list[list[Cell]] = [["所管課", "債権", "件数", "未収額（円）", "うち過年度"]]
    owners = ["学校教育課", "建築住宅課", "こども課", "保険年金課", "介護保険課", "下水道課", "こども課"]
    for d, o in zip(debts, owners, strict=True):
        bal.append(
            [
                o,
                d,
                r.randint(40, 900),
                ctx.amount(1000000, 60000000, 1000),
                ctx.amount(500000, 30000000, 1000),
            ]
        )
    docs.append(
        Doc(F, "ods", 1, [], DocSpec(sheets=[sheet("残高", bal, title="未収債権残高（令和6年3月31日現在）")]))
    )
    # level 1: a masked hand-over list with 水栓番号 failing the check digit (xls)
    mask: list[list[Cell]] = [["水栓番号", "氏名", "債権", "未納月数", "未納額", "引継先"]]
    for _ in range(r.randint(12, 16)):
        mask.append([fail_check(random_my_number(r), r.randint(1, 9)), "〇〇 〇〇", "下水道使用料", r.randint(2, 14),
                     ctx.amount(3000, 90000), "債権管理課"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("引継", mask, title="引継債権（氏名マスク済・会議資料）")]),
            note="names masked 〇〇 〇〇; 12-digit 水栓番号 all failing the check digit",
        )
    )

    # level 2: a change of guarantor for a city-housing tenant (no arrears)
    t, g = ctx.person((1960, 1990)), ctx.person((1950, 1985))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="市営住宅 連帯保証人変更届",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"届出日 {wareki(TODAY - dt.timedelta(days=r.randint(3, 25)))}",
                    "市営住宅の連帯保証人を次のとおり変更したいので届け出ます。",
                ],
                tables=[
                    [
                        ["", "入居者", "新しい連帯保証人"],
                        ["氏名", t.name(), g.name()],
                        ["住所", t.address(), g.address()],
                        ["電話", t.phone, g.phone],
                        ["続柄・関係", "", "兄"],
                    ]
                ],
            ),
        )
    )
    # level 2: a payment-date change notice for nursery fees, digits set apart
    p = ctx.urban(ctx.person((1982, 1998)))
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="保育料の口座振替日の変更について"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}長",
                    "",
                    "^保育料の口座振替日の変更について",
                    "",
                    "令和6年11月分から、保育料の口座振替日を毎月末日から毎月25日に変更します。",
                    "振替口座の変更は必要ありません。前日までに残高をご確認ください。",
                    "",
                    f"{ctx.city}こども課 保育係 TEL {ctx.office_phone(3)}",
                ]
            ),
        )
    )
    # level 2: a phone relay on a rent reduction question (no arrears)
    p = ctx.person((1945, 1975))
    a = ctx.staff()
    lines = [
        (
            "15:32",
            a,
            f"{p.name()}様（市営{r.choice(ctx.districts)}団地）より電話。退職して収入が減ったので家賃の減免について知りたい",
        ),
        ("15:35", a, "減免申請書と収入証明の提出を案内。窓口に来られるとのこと"),
        ("15:36", a, f"連絡先 {p.phone}"),
    ]
    docs.append(
        Doc(
            F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, lines, "住宅係 電話記録"))
        )
    )
    # level 2: changes of the person liable for school meals, 姓/名 split
    chg: list[list[Cell]] = [["No", "保護者 姓", "名", "児童氏名", "学校", "学年", "住所", "変更理由"]]
    for i, q in enumerate(ctx.people(r.randint(6, 10), (1978, 1995)), start=1):
        kid = ctx.person((2012, 2018))
        chg.append([i, q.sei, q.mei, f"{q.sei} {kid.mei}", f"{r.choice(ctx.districts)}小学校", r.randint(1, 6), q.address(),
                    r.choice(["離婚", "転入", "世帯主変更"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("変更", chg, title="学校給食費 納入義務者変更一覧")]),
        )
    )

    # level 3: every department's unpaid receivables, printed
    rows_s: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(118, 136))):
        rows_s.append([f"D{880000 + i * 7}", q.name(), q.address(), r.choice(DEBTS), f"R{r.randint(1, 5)}",
                       yen(ctx.amount(3000, 600000)), r.choice(["督促済", "催告済", "分納中", "財産調査中"])])  # fmt: skip
    cols = [
        ("債務者番号", 30),
        ("氏名", 95),
        ("住所", 165),
        ("債権", 400),
        ("年度", 520),
        ("未収額", 560),
        ("状況", 650),
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "arrears", "name"],
            DocSpec(title="未収債権一覧"),
            post=system_print(
                "未収債権一覧表（全庁）",
                f"{ctx.city} 債権管理システム  SAI0900",
                cols,
                rows_s,
                30,
                "基準日：2024/09/30　区分：現年＋過年",
                ruled=True,
            ),
        )
    )
    # level 3: rent arrears of city housing, far right
    head: list[Cell] = ["団地", "号室", "氏名", "電話番号", "滞納月数", "滞納額", "最終納付日", "対応"]
    body: list[list[Cell]] = [head]
    for q in ctx.people(r.randint(18, 28)):
        body.append([f"{r.choice(ctx.districts)}団地", f"{r.randint(1, 4)}-{r.randint(101, 508)}", q.name(), q.phone,
                     r.randint(3, 30), ctx.amount(60000, 1300000), ymd(ctx.day(dt.date(2022, 4, 1), dt.date(2024, 8, 31))),
                     r.choice(["催告書", "明渡し請求検討", "分納誓約", "保証人へ通知"])])  # fmt: skip
    grid: list[list[Cell]] = [[*([None] * 26), "市営住宅使用料 滞納者一覧"], [], *far_right(body, 26)]
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["arrears", "name", "phone"],
            DocSpec(sheets=[sheet("滞納", grid, first_row=4)]),
            post=merge_xlsx({"滞納": ["AA4:AH4"]}),
        )
    )
    # level 3: a negotiation record in prose, the arrears paragraphs later
    p = ctx.person((1980, 1994), "女")
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                title="折衝記録",
                paragraphs=[
                    f"日時 {wareki(TODAY - dt.timedelta(days=2))} 14時00分～14時40分　場所 市役所2階 相談室",
                    f"相手方 {p.name()}（{p.address()}）　対応 債権管理課 {ctx.staff()}",
                    "本人から、昨年からパート勤務となり家計が苦しいとの話があった。",
                    "子ども2人が市内の保育園に在園している。",
                    "就学援助や児童扶養手当の制度を案内した。",
                    f"保育料は令和5年6月分から未納が続き、未納額は {yen(ctx.amount(180000, 420000))} 円。督促状と催告書を送付済み。",
                    "毎月1万円の分納を誓約し、次回面談を1か月後とした。",
                ],
            ),
            note="保育料 未納 of a named parent, stated paragraphs after the name",
        )
    )
    # level 3: LINE WORKS in cp932: a parent is named; the reply gives the unpaid meals and a phone
    p = ctx.person((1980, 1995))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("16:02", a, f"{r.choice(ctx.districts)}小の{p.name()}さんの件、学校から相談がありました"),
        ("16:05", b, f"給食費が4月から未納、{yen(ctx.amount(20000, 40000))} 円です。督促状は2回出しています"),
        ("16:06", b, f"連絡先は {p.phone}、夜なら出るそうです"),
        ("16:08", a, "了解です。来週電話してみます"),
    ]
    docs.append(
        Doc(
            F,
            "txt-cp932",
            3,
            ["arrears", "name", "phone"],
            DocSpec(paragraphs=chat("lineworks", TODAY, lines, "債権管理課")),
        )
    )
    # level 3: the 督促状 for school meals, digits set apart
    p = ctx.urban(ctx.person((1978, 1995)))
    owed = ctx.amount(8000, 60000)
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "arrears", "name"],
            DocSpec(title="督促状"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}長",
                    "",
                    "^督促状（学校給食費）",
                    "",
                    "下記の学校給食費が納期限までに納付されていません。",
                    f"未納額 {yen(owed)} 円（令和6年4月分～7月分）",
                    f"指定期限 {wareki(TODAY + dt.timedelta(days=14))} までに同封の納付書で納付してください。",
                    "期限までに納付がない場合は、法的措置をとることがあります。",
                    "",
                    f"{ctx.city}学校教育課 TEL {ctx.office_phone(4)}",
                ]
            ),
        )
    )
    return docs


# --- 債権回収 委託・差押・公売 (納税課・債権管理課) -------------------------------------------------------------
def kaishu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kaishu"
    docs: list[Doc] = []
    servicers = [f"{k}{n}" for k, n in SERVICERS]
    # level 1: the specification of the collection contract
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="市債権回収業務委託 仕様書",
                paragraphs=[
                    "1 目的　市が保有する私債権（学校給食費、市営住宅使用料、奨学金返還金等）のうち、市による催告に応じない"
                    "ものについて、文書及び電話による納付案内を委託し、収納の向上を図る。",
                    "2 委託期間　令和7年4月1日から令和8年3月31日まで",
                    "3 対象　滞納発生から1年以上経過し、所在の判明している債務者。生活困窮等の事情があるものは除く。",
                    "4 個人情報の取扱い　受託者は、委託された債務者情報を本業務以外に使用してはならず、契約終了時に返還"
                    "又は消去し、その旨を報告すること。",
                    "5 報酬　回収額に対する成功報酬とし、率は入札により決定する。",
                ],
                footer=f"{ctx.city} 債権管理課",
            ),
        )
    )
    # level 1: candidate contractors with 法人番号 and their representative in role (csv)
    cand: list[list[Cell]] = [["法人番号", "名称", "代表者", "所在地", "電話番号", "許可・登録"]]
    for s in servicers:
        lic = f"法務大臣許可 第{r.randint(60, 140)}号" if "株式会社" in s else "弁護士法人 届出"
        cand.append([random_corporate_number(r), s, f"代表 {ctx.staff()}", f"東京都千代田区神田{r.randint(1, 3)}丁目{r.randint(1, 20)}番",
                     f"03-{r.randint(3200, 6999)}-{r.randint(1000, 9999)}", lic])  # fmt: skip
    for c in ctx.companies(6):
        cand.append(
            [
                random_corporate_number(r),
                c,
                f"代表取締役 {ctx.staff()}",
                ctx.biz_address(),
                ctx.tel(),
                "入札参加資格",
            ]
        )
    docs.append(
        Doc(
            F,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("候補", cand)]),
            note="companies and law firms with 法人番号; representatives named in role",
        )
    )
    # level 1: collection results by month under merged headers, hidden raw sheet
    rows: list[list[Cell]] = [
        ["月", "文書催告", None, "電話催告", None, "回収"],
        ["", "件数", "回収額", "件数", "回収額", "合計"],
    ]
    raw: list[list[Cell]] = [["月", "区分", "件数", "額"]]
    for m in (4, 5, 6, 7, 8, 9):
        x, y = ctx.amount(200000, 1800000), ctx.amount(100000, 900000)
        kx, ky = r.randint(80, 400), r.randint(30, 200)
        rows.append([f"{m}月", kx, x, ky, y, x + y])
        raw += [[f"{m}月", "文書", kx, x], [f"{m}月", "電話", ky, y]]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("実績", rows, title="債権回収業務委託 実績（令和6年度）", first_row=3),
                    sheet("raw", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"実績": ["B3:C3", "D3:E3", "A3:A4"]}),
        )
    )
    # level 1: a seizure record's form with a sample name
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="差押調書（謄本）様式・記入例",
                paragraphs=[
                    f"滞納者　住所 {ctx.city}○○町○番地　氏名 {SAMPLE_NAMES[8]}",
                    "滞納金額　市県民税 令和○年度 第○期 ○○○,○○○円 ほか延滞金",
                    "差押財産　○○銀行○○支店 普通預金 口座番号○○○○○○○ の払戻請求権",
                    "差押年月日　令和○年○月○日",
                    "上記のとおり差し押さえたので、国税徴収法第146条の規定により調書を作成する。",
                ],
                header="様式第12号（記入例）",
                textboxes=["記入例"],
            ),
        )
    )
    # level 1: staff chat on the contract and the auction (no resident)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("10:31", a, "来年度の回収委託、入札公告は1月末でいきます"),
        ("10:35", b, "仕様書の個人情報条項、情報政策課のチェック済みです"),
        ("10:40", c, "公売の下見会は11/12です。軽自動車2台と原付1台"),
        ("10:41", a, "了解。下見会の案内はHPに載せます"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("slack", TODAY, lines, "納税課-債権回収")),
            note="staff about the contract and an auction; no resident",
        )
    )
    # level 1: the internet auction results
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city} インターネット公売の結果（令和6年度 第1回）",
                paragraphs=[
                    "出品 6件、落札 5件、落札総額 1,842,000円",
                    "軽自動車（平成28年式）見積価額 210,000円 → 落札 386,000円",
                    "山林 1,208㎡ 見積価額 320,000円 → 落札 355,000円",
                    "絵画（油彩）見積価額 80,000円 → 不落札",
                    "次回は令和7年2月に実施予定です",
                ],
                notes=["落札者の氏名は公表しません"],
            ),
        )
    )

    # level 2: a private bidder's application
    p = ctx.person((1960, 1995))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="公売参加申込書",
                paragraphs=[f"{ctx.city}長 様", "公売に参加したいので申し込みます。公売の条件を承諾します。"],
                tables=[
                    [
                        ["住所", p.address(True)],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["電話番号", p.phone],
                        ["参加する公売", "令和6年度 第2回 インターネット公売 売却区分番号 3"],
                    ]
                ],
            ),
            note="a private bidder, not a debtor: no arrears",
        )
    )
    # level 2: the decision of sale to the buyer, digits set apart
    p = ctx.urban(ctx.person((1955, 1990)))
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="売却決定通知書"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}長",
                    "",
                    "^売却決定通知書",
                    "",
                    "令和6年度 第1回 インターネット公売において、あなたを最高価申込者として売却決定しました。",
                    f"売却区分番号 2　軽自動車（平成28年式）　買受代金 {yen(ctx.amount(200000, 400000, 1000))} 円",
                    f"買受代金は {wareki(TODAY + dt.timedelta(days=7))} までに納付してください。",
                    "",
                    f"{ctx.city}納税課 TEL {ctx.office_phone(2)}",
                ]
            ),
        )
    )
    # level 2: Teams: the buyer's contact
    p = ctx.person((1960, 1995))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("11:02", a, f"落札者の{p.name()}さん、車の引取り日の調整が必要です"),
        ("11:05", b, f"申込書の連絡先は {p.phone} です"),
        ("11:06", a, "ありがとうございます。午後に連絡します"),
    ]
    docs.append(
        Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", TODAY, lines, "公売担当")))
    )
    # level 2: the bidders of the last auction (ods)
    bid: list[list[Cell]] = [["受付", "氏名", "住所", "売却区分", "入札額"]]
    for i, q in enumerate(ctx.people(r.randint(8, 14)), start=1):
        bid.append([i, q.name(), q.address(), r.randint(1, 6), ctx.amount(100000, 500000, 1000)])
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("参加者", bid, title="公売参加者一覧（第1回）")]),
            note="bidders in an auction are private persons with their addresses; no arrears",
        )
    )

    # level 3: debtors handed to the contractor, printed (dashed)
    rows_s: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(108, 126))):
        rows_s.append([f"{i + 1:04d}", q.name(), q.half, q.address(), q.phone, r.choice([*DEBTS[:3], "奨学金返還金"]),
                       yen(ctx.amount(20000, 800000))])  # fmt: skip
    cols = [
        ("連番", 30),
        ("債務者氏名", 70),
        ("ｶﾅ", 140),
        ("住所", 235),
        ("電話番号", 460),
        ("債権", 540),
        ("債権額", 680),
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "arrears", "name", "phone"],
            DocSpec(title="委託債権一覧"),
            post=system_print(
                "回収委託 対象債権一覧（引渡し分）",
                f"{ctx.city} 債権管理システム  SAI1200",
                cols,
                rows_s,
                28,
                f"委託先：{servicers[0]}　引渡日：{ymd(TODAY)}",
            ),
        )
    )
    # level 3: a seizure record of a bank deposit
    p = ctx.person((1960, 1988), "男")
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                title="差押調書（謄本）",
                paragraphs=[
                    f"滞納者　住所 {p.address()}　氏名 {p.name()}",
                    f"滞納金額　市県民税 令和4年度 第1期～第4期 {yen(ctx.amount(100000, 400000))} 円 及び延滞金",
                    f"差押財産　{acc.bank} {acc.branch} {acc.kind}預金 口座番号 {acc.number} の払戻請求権",
                    f"差押年月日　{wareki(TODAY - dt.timedelta(days=1))}",
                    "上記のとおり差し押さえたので、国税徴収法第146条の規定により調書を作成する。",
                    f"{ctx.city}徴収職員 {ctx.staff()}",
                ],
            ),
        )
    )
    # level 3: the contractor's report in a mail; the quoted debtor speaks of cancer treatment
    p = ctx.person((1965, 1985), "女")
    a, b = ctx.staff(), ctx.staff()
    quoted = [
        (
            f"{servicers[1]} 担当",
            "2024/10/11 17:20",
            "架電結果のご報告",
            [
                f"債務者 {p.name()} 様（{p.address()}）に架電しました。",
                "市営住宅使用料の未納について、本人と通話できました。",
                "本人の話では、昨年乳がんの手術を受け、現在も抗がん剤治療中で働けないとのことです。",
                "分納の相談を希望されています。",
            ],
        ),
    ]
    body = [
        f"{a}様",
        "",
        "受託者から架電結果の報告です。分納相談の日程調整をお願いします。",
        "",
        f"債権管理課 {b}",
    ]
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["address", "arrears", "health", "name"],
            DocSpec(
                paragraphs=mail(
                    f"{b}（債権管理課）",
                    f"{a}（建築住宅課）",
                    "FW: 架電結果のご報告",
                    "2024/10/15 (火) 8:47",
                    body,
                    quoted,
                )
            ),
        )
    )
    # level 3: the seizure schedule, 姓/名 split, data far right
    head: list[Cell] = ["No", "姓", "名", "住所", "税目", "滞納額", "差押対象", "予定日"]
    body2: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(r.randint(14, 22)), start=1):
        body2.append([i, q.sei, q.mei, q.address(), r.choice(TAX), ctx.amount(50000, 1200000),
                      r.choice(["預金", "給与", "生命保険", "所得税還付金", "不動産"]), ymd(ctx.day(TODAY, dt.date(2024, 12, 20)))])  # fmt: skip
    grid: list[list[Cell]] = [[*([None] * 25), "差押執行予定表（11月）"], [], *far_right(body2, 25)]
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "arrears", "name"],
            DocSpec(sheets=[sheet("予定", grid, first_row=7)]),
            post=merge_xlsx({"予定": ["Z7:AG7"]}),
        )
    )
    return docs


# --- 職員の旅費・給与 振込 (会計課・人事課) --------------------------------------------------------------------
def kyuyo(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kyuyo"
    docs: list[Doc] = []
    # level 1: the travel allowance rules
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}職員の旅費に関する支給基準（抜粋）",
                paragraphs=[
                    "旅費は、鉄道賃、車賃、日当及び宿泊料とし、最も経済的な通常の経路及び方法により計算する。",
                    "公用車を使用した場合は車賃を支給しない。",
                    "旅行命令を受けた職員は、帰庁後5日以内に精算請求を行う。",
                ],
                tables=[
                    [
                        ["区分", "日当（日額）", "宿泊料（夜額）"],
                        ["市長・副市長", "3,000円", "14,800円"],
                        ["部長級", "2,600円", "13,100円"],
                        ["課長級以下", "2,200円", "11,800円"],
                    ]
                ],
            ),
        )
    )
    # level 1: payroll totals by job class, merged headers, hidden raw sheet
    kinds = ["一般行政職", "技能労務職", "保育士", "消防職", "会計年度任用職員"]
    rows: list[list[Cell]] = [
        ["職種", "人数", "支給総額（千円）", None, None],
        ["", "", "給料", "手当", "計"],
    ]
    raw: list[list[Cell]] = [["職種", "人数", "給料", "手当"]]
    for k in kinds:
        n, x, y = r.randint(20, 480), ctx.amount(5000, 160000, 1000), ctx.amount(1000, 60000, 1000)
        rows.append([k, n, x, y, x + y])
        raw.append([k, n, x, y])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("総括", rows, title="令和6年9月支給 給与総括表", first_row=3),
                    sheet("data", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"総括": ["C3:E3", "A3:A4", "B3:B4"]}),
        )
    )
    # level 1: the salary-account form's 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="給与振込口座申出書　記入例",
                paragraphs=[
                    f"所属 ○○部○○課　職員番号 000000　氏名 {SAMPLE_NAMES[7]}",
                    f"振込先1（全額又は指定額） {ctx.bank} 本店 普通 1111111",
                    "振込先2（残額） ゆうちょ銀行 ○○八店 普通 2222222",
                    "申出日 令和○年○月○日",
                ],
                header="記入例",
                textboxes=["記入例：口座名義は本人名義に限ります"],
            ),
        )
    )
    # level 1: business trips by staff in role (odt)
    trips: list[list[str]] = [["所属・職名", "氏名", "用務", "用務地", "期間", "旅費（円）"]]
    for _ in range(r.randint(8, 12)):
        d = ctx.day(dt.date(2024, 10, 21), dt.date(2024, 11, 29))
        trips.append([f"{r.choice(['会計課', '財政課', '税務課', '債権管理課'])} {r.choice(['課長', '主査', '主任', '主事'])}",
                      ctx.staff(), r.choice(["会計事務研修", "債権管理研修会", "全国市長会 会計担当者会議", "地方財務協会 説明会"]),
                      r.choice(["東京都千代田区", "仙台市", "大阪市", "新潟市", "福岡市"]), f"{ymd(d)}～{ymd(d + dt.timedelta(days=1))}",
                      yen(ctx.amount(3000, 60000))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(title="出張命令一覧（11月分）", tables=[trips]),
            note="staff by 職名 on official trips; 出張期間 are not birth dates",
        )
    )
    # level 1: LINE WORKS among staff on the claims deadline (no resident)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("09:30", a, "10月分の旅費精算、締切は 11/5 です。各課へ周知お願いします"),
        ("09:32", b, "了解です。電子決裁のマニュアルも添付します"),
        ("09:40", c, "高速代の領収書、原本提出でよかったでしょうか"),
        ("09:42", a, "原本でお願いします。ETCは利用証明書でOKです"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("lineworks", TODAY, lines, "会計課 審査係")),
            note="staff about claims; no resident",
        )
    )

    # level 2: a staff member's commuting report with the home address
    p = ctx.person((1975, 2001))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name"],
            DocSpec(
                title="通勤届",
                tables=[
                    [
                        ["所属", "会計課"],
                        ["氏名", p.name()],
                        ["住所", p.address(True)],
                        ["通勤方法", "自動車"],
                        ["通勤距離（片道）", f"{r.randint(3, 28)}.{r.randint(0, 9)} km"],
                        ["経路", f"自宅 → 県道 → {ctx.areas[0]} → 市役所"],
                        ["届出の事由", "転居"],
                    ]
                ],
                paragraphs=[f"届出日 {wareki(TODAY - dt.timedelta(days=r.randint(2, 30)))}"],
            ),
            note="a staff member's own home address is private: level 2",
        )
    )
    # level 2: new staff and their salary accounts, 姓/名 split with birth dates
    new: list[list[Cell]] = [["職員番号", "姓", "名", "生年月日", "住所", "金融機関", "口座番号"]]
    for i, q in enumerate(ctx.people(r.randint(7, 10), (1998, 2002))):
        acc = ctx.account()
        new.append([f"{24100 + i}", q.sei, q.mei, q.birth, q.address(), acc.bank, acc.number])
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "登録",
                        new,
                        title="令和6年10月採用職員 給与振込口座登録",
                        first_row=3,
                        number_formats={3: "yyyy/mm/dd"},
                    )
                ]
            ),
        )
    )
    # level 2: a letter to a staff member's home, digits set apart
    p = ctx.urban(ctx.person((1970, 2000)))
    acc = ctx.account()
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="給与振込口座変更の確認について"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}会計課長",
                    "",
                    "^給与振込口座変更の確認について",
                    "",
                    "育児休業中の給与振込口座の変更について、次のとおり登録しましたのでお知らせします。",
                    f"変更後 {acc.bank} {acc.branch} {mask_tail(acc.number)}",
                    "令和6年11月支給分から適用します。",
                    "",
                    f"{ctx.city}会計課 TEL {ctx.office_phone()}",
                ]
            ),
        )
    )
    # level 2: Slack: a part-time staff member's transfer failed; the reply gives the phone
    p = ctx.person((1960, 1995), "女")
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("15:12", a, f"会計年度任用職員の{p.name()}さん、報酬の振込が口座相違でエラーです"),
        ("15:15", b, f"本人の{'携帯' if mobile(p.phone) else '自宅'}は {p.phone} です（勤務は水・金のみ）"),
        ("15:16", a, "連絡して口座を確認します"),
    ]
    docs.append(
        Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, lines, "給与-振込")))
    )
    # level 2: part-time staff, their accounts and monthly pay (xls)
    pt: list[list[Cell]] = [["No", "氏名", "住所", "職", "月額報酬", "振込先"]]
    for i, q in enumerate(ctx.people(r.randint(8, 12)), start=1):
        acc = ctx.account()
        pt.append([i, q.name(), q.address(), r.choice(["事務補助", "保育補助", "徴収嘱託員", "図書館司書"]),
                   ctx.amount(98000, 210000), f"{acc.bank} {acc.branch} {acc.number}"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["address", "income", "name"],
            DocSpec(sheets=[sheet("報酬", pt)]),
            note="pay with home addresses of fewer than 100 persons: level 2",
        )
    )

    # level 3: the payroll transfer list printed (ruled)
    rows_s: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(120, 140), (1964, 2002))):
        acc = ctx.account()
        rows_s.append([f"{10000 + i * 5}", q.name(), q.half, q.address(), f"{acc.bank[:6]} {acc.number}",
                       yen(ctx.amount(160000, 520000))])  # fmt: skip
    cols = [("職員番号", 30), ("氏名", 85), ("ｶﾅ", 155), ("住所", 245), ("振込先", 470), ("差引支給額", 640)]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "income", "name"],
            DocSpec(title="給与振込明細一覧"),
            post=system_print(
                "給与振込明細一覧表（令和6年10月支給）",
                f"{ctx.city} 人事給与システム  KYU3100",
                cols,
                rows_s,
                32,
                "支給日：2024/10/18　区分：正規職員",
                ruled=True,
            ),
        )
    )
    # level 3: a year-end check memo with 「○○さんの番号 …」 in the footer
    p = ctx.person((1970, 1995))
    dep = ctx.person((2008, 2015))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name"],
            DocSpec(
                title="年末調整 扶養親族の確認メモ",
                paragraphs=[
                    f"職員 {p.name()}（税務課）",
                    f"扶養親族 {p.sei} {dep.mei}（長男・{dep.age()}歳）の追加について確認した。",
                    "扶養控除等申告書の記載に漏れがあったため、本人に補記を依頼済み。",
                    f"確認者 会計課 {ctx.staff()}",
                ],
                footer=f"{p.sei}さんの番号 {grouped(random_my_number(r))}",
            ),
            note="the number sits only in the footer, as 「○○さんの番号」",
        )
    )
    # level 3: a one-person pay adjustment for sick leave, the diagnosis in a text box
    p = ctx.person((1970, 1995))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["birth_date", "health", "name"],
            DocSpec(
                title="病気休暇等に伴う給与減額調整票",
                tables=[
                    [
                        ["職員番号", f"{10000 + r.randint(1, 900) * 5}"],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        [
                            "休暇期間",
                            f"{ymd(TODAY - dt.timedelta(days=95))}～{ymd(TODAY + dt.timedelta(days=30))}",
                        ],
                        ["減額開始", "令和6年10月支給分"],
                    ]
                ],
                paragraphs=["給与条例の規定により、90日を超える病気休暇の期間について給与の半額を減額する。"],
                textboxes=[
                    f"診断書：{r.choice(['うつ病', '適応障害', '腰椎椎間板ヘルニア術後', '乳がん（化学療法中）'])}により休養を要する"
                ],
            ),
            note="the diagnosis is only in a text box",
        )
    )
    # level 3: Teams: a court order seizing a staff member's wages for a private debt
    p = ctx.person((1975, 1995), "男")
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("13:45", a, f"裁判所から債権差押命令が届きました。対象は{p.name()}さんの給与です"),
        ("13:48", b, f"消費者金融の借入の滞納で、請求債権は {yen(ctx.amount(600000, 1800000))} 円とのこと"),
        ("13:49", b, "11月支給分から手取りの4分の1を控除して供託します"),
        ("13:52", a, "人事課と本人への説明の段取りをお願いします"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("teams", TODAY, lines, "給与担当")),
            note="a court order seizing a staff member's wages for an unpaid private debt counts as arrears",
        )
    )
    return docs


# --- 寄附金・ふるさと納税 (財政課・企画課・会計課) ---------------------------------------------------------------
PREFS = ["東京都", "神奈川県", "大阪府", "愛知県", "埼玉県", "千葉県", "兵庫県", "北海道", "福岡県", "京都府"]


def kifu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kifu"
    docs: list[Doc] = []
    makers = [(c, random_corporate_number(r)) for c in ctx.companies(12, MAKERS)]
    uses = ["子育て支援", "教育・文化", "高齢者福祉", "まちづくり", "市長におまかせ"]
    # level 1: the published results (aggregate)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"ふるさと{ctx.city}応援寄附金の実績（令和5年度）",
                paragraphs=[
                    f"令和5年度は全国の皆様から {yen(r.randint(18000, 60000))} 件、総額 {yen(ctx.amount(300000000, 1900000000, 1000))} 円の"
                    "ご寄附をいただきました。心より御礼申し上げます。",
                    "いただいた寄附金は、寄附者が選んだ使途に活用しています。",
                ],
                tables=[
                    [
                        ["使途", "件数", "金額（千円）"],
                        *[
                            [u, yen(r.randint(1000, 16000)), yen(ctx.amount(20000, 400000, 1000))]
                            for u in uses
                        ],
                    ],
                    [
                        ["人気の返礼品", "提供事業者"],
                        *[[gift_of(m), m] for m, _ in makers[:5]],
                    ],
                ],
                footer=f"{ctx.city} 企画課 ふるさと納税推進室",
            ),
        )
    )
    # level 1: the gift suppliers with 法人番号 under a merged title
    sup: list[list[Cell]] = [["No", "事業者名", "法人番号", "所在地", "電話番号", "主な返礼品", "登録日"]]
    for i, (m, corp) in enumerate(makers, start=1):
        sup.append(
            [
                i,
                m,
                corp,
                ctx.biz_address(),
                ctx.tel(),
                gift_of(m),
                ymd(ctx.day(dt.date(2019, 4, 1))),
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("事業者", sup, title="返礼品提供事業者一覧", first_row=3)]),
            note="companies with 法人番号; 登録日 are not birth dates",
        )
    )
    # level 1: the one-stop application's 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="寄附金税額控除に係る申告特例申請書（ワンストップ特例）記入例",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"住所 ○○県○○市○○町1-2-3　氏名 {SAMPLE_NAMES[6]}",
                    "個人番号 XXXX XXXX XXXX（12桁を記入）",
                    "寄附年月日 令和○年○月○日　寄附金額 ○○,○○○円",
                    "□ 地方税法附則第7条第1項に規定する申告特例対象寄附者である",
                ],
                header="記入例",
                textboxes=["記入例：本人確認書類の写しを添付してください"],
            ),
            note="a 記入例 whose number field is masked XXXX",
        )
    )
    # level 1: the donors' roll published with consent, names only (odt)
    roll: list[list[str]] = [["区分", "お名前（敬称略）", "お住まいの都道府県"]]
    for q in ctx.people(r.randint(14, 20)):
        roll.append([r.choice(["100万円以上", "10万円以上", "5万円以上"]), q.name(), r.choice(PREFS)])
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="ふるさと納税 寄附者ご芳名（公表に同意された方）",
                tables=[roll],
                paragraphs=["ご芳名の公表に同意いただいた方を掲載しています（五十音順ではありません）。"],
            ),
            note="donors published with consent by name and prefecture only: no address, birth date or phone",
        )
    )
    # level 1: the promotion council's slides with suppliers' representatives in role
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="ふるさと納税推進協議会（第2回）",
                paragraphs=[
                    f"会長 {ctx.staff()}（{makers[0][0]} 代表）",
                    f"副会長 {ctx.staff()}（{ctx.city}商工会議所 専務理事）",
                    "上半期の寄附件数は前年同期比 112％",
                    "返礼品の新規登録 14品",
                    "配送遅延の苦情 8件（前年 21件）",
                ],
                notes=["協議会委員の氏名は会議録で公開済み"],
            ),
            note="council members named in role",
        )
    )
    # level 1: shipping status by supplier, 12-digit 受付番号 failing the check digit (cp932)
    ship: list[list[Cell]] = [["受付番号", "事業者", "返礼品", "発送予定", "状態"]]
    for _ in range(r.randint(14, 20)):
        ship.append([fail_check(random_my_number(r), r.randint(1, 9)), (mk := r.choice(makers)[0]), gift_of(mk),
                     ymd(ctx.day(TODAY, dt.date(2024, 12, 27))), r.choice(["発送済", "準備中", "在庫待ち"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("発送状況", ship)]),
            note="12-digit 受付番号 all failing the check digit; no donor named",
        )
    )

    # level 2: a donor's own letter to the mayor
    p = ctx.elsewhere(ctx.person((1945, 1985)))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    f"私は{ctx.city}で生まれ育ち、今は県外で暮らしております。毎年わずかながら寄附をさせていただいております。",
                    "先日届いた返礼品のお米を、離れて暮らす子どもたちにも分けたところ大変喜ばれました。",
                    "今年は子育て支援に使っていただければ幸いです。",
                    "",
                    wareki(TODAY - dt.timedelta(days=6)),
                    f"{p.address(True)}",
                    f"{p.name()}",
                    f"電話 {p.phone}",
                ]
            ),
            note="a donor outside the city, signed with home address and phone",
        )
    )
    # level 2: donations at the counter, 姓/名 split
    ctr: list[list[Cell]] = [["受付日", "姓", "名", "住所", "電話番号", "寄附額", "使途"]]
    for q in ctx.people(r.randint(8, 12)):
        ctr.append([ctx.day(dt.date(2024, 9, 1)), q.sei, q.mei, q.address(), q.phone, ctx.amount(10000, 300000, 1000),
                    r.choice(uses)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "窓口",
                        ctr,
                        title="窓口寄附 受付簿（令和6年度）",
                        first_row=3,
                        number_formats={0: "yyyy/mm/dd"},
                    )
                ]
            ),
        )
    )
    # level 2: the receipt certificate, digits set apart
    p = ctx.urban(ctx.person())
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="寄附金受領証明書"),
            post=spaced_letter(
                [
                    f">{wareki(TODAY)}",
                    *addressee(p),
                    "",
                    f">{ctx.city}長",
                    "",
                    "^寄附金受領証明書",
                    "",
                    "次のとおり寄附金を受領したことを証明します。",
                    f"寄附金額 {yen(ctx.amount(10000, 200000, 1000))} 円",
                    f"受領日 {wareki(TODAY - dt.timedelta(days=r.randint(5, 40)))}",
                    f"使途 {r.choice(uses)}",
                    "この証明書は確定申告の際に必要となりますので、大切に保管してください。",
                    "",
                    f"{ctx.city}企画課 ふるさと納税推進室 TEL {ctx.office_phone(6)}",
                ]
            ),
        )
    )
    # level 2: a gift that never arrived: the donor's quoted mail with address and phone
    p = ctx.elsewhere(ctx.person())
    a, b = ctx.staff(), ctx.staff()
    quoted = [
        (
            f"{p.name()}",
            "2024/10/14 20:31",
            "返礼品が届きません",
            [
                f"9月に寄附した{r.choice(GIFTS)}がまだ届いていません。",
                f"住所：{p.address(True)}",
                f"電話：{p.phone}",
                "確認をお願いします。",
            ],
        ),
    ]
    body = [
        f"{makers[1][0]} ご担当者様",
        "",
        "寄附者様から未着のお問合せがありました。発送状況を確認の上、ご連絡ください。",
        "",
        f"{ctx.city} ふるさと納税推進室 {a}",
    ]
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{a}（ふるさと納税推進室）",
                    f"{makers[1][0]}",
                    "FW: 返礼品が届きません",
                    "2024/10/15 (火) 10:12",
                    body,
                    quoted,
                )
            ),
        )
    )

    # level 3: the donors printed from the donation system
    rows_s: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(116, 136))):
        if r.random() < 0.8:
            ctx.elsewhere(q)
        rows_s.append([f"{24000000 + i * 9}", q.name(), q.address(True), q.phone, yen(ctx.amount(10000, 150000, 1000)),
                       r.choice(GIFTS)])  # fmt: skip
    cols = [
        ("受付番号", 30),
        ("寄附者氏名", 90),
        ("住所", 160),
        ("電話番号", 400),
        ("寄附額", 480),
        ("返礼品", 560),
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "name", "phone"],
            DocSpec(title="寄附者一覧"),
            post=system_print(
                "寄附受付一覧表（令和6年9月）",
                f"{ctx.city} ふるさと納税管理システム  FRS0120",
                cols,
                rows_s,
                30,
                "条件：受付日 2024/09/01～2024/09/30",
            ),
        )
    )
    # level 3: the shipping data for the suppliers (csv)
    sd: list[list[Cell]] = [
        ["送付先氏名", "送付先郵便番号", "送付先住所", "送付先電話番号", "返礼品", "熨斗", "配送希望日"]
    ]
    for q in ctx.people(r.randint(106, 124)):
        if r.random() < 0.85:
            ctx.elsewhere(q)
        sd.append([q.name(), q.zip, q.address(True), q.phone, r.choice(GIFTS), r.choice(["不要", "御礼"]),
                   ymd(ctx.day(TODAY, dt.date(2024, 12, 20)))])  # fmt: skip
    docs.append(Doc(F, "csv", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("発送", sd)])))
    # level 3: a one-stop application memo with 「番号確認済 xxxx-xxxx-xxxx」 in a text box
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="ワンストップ特例申請 受付メモ",
                paragraphs=[
                    f"申請者 {p.name()}　住所 {p.address()}",
                    f"寄附日 {ymd(ctx.day(dt.date(2024, 6, 1)))}",
                    "本人確認書類：運転免許証（写）",
                    "申請書の記入漏れなし。データ入力済み。",
                ],
                textboxes=[f"番号確認済 {grouped(random_my_number(r), '-')}"],
            ),
            note="the number sits only in a text box labelled 番号確認済",
        )
    )
    # level 3: allergies of donors for food gifts
    al: list[list[Cell]] = [["寄附者", "住所", "返礼品", "アレルギー・配慮事項"]]
    for q in ctx.people(r.randint(12, 18)):
        al.append([q.name(), q.address(), r.choice(GIFTS[:6]),
                   r.choice(["卵アレルギー", "小麦アレルギー（重度）", "えび・かにアレルギー", "そばアレルギー（アナフィラキシー歴あり）"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "health", "name"],
            DocSpec(
                sheets=[
                    sheet("配慮", al, title="食品返礼品 アレルギー配慮リスト（事業者提供用）", first_row=3)
                ]
            ),
            note="donors' allergies count as health",
        )
    )
    # level 3: Slack: a donor's complaint; a reply gives the donor's 市税 arrears
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("10:20", a, f"寄附者の{p.name()}様から返礼品の件で何度も電話があります"),
        (
            "10:24",
            b,
            f"その方、市内在住ですよね。納税課によると市県民税の滞納 {yen(ctx.amount(90000, 300000))} 円があるそうです",
        ),
        ("10:25", b, "寄附とは別の話なので、こちらでは触れないように"),
        ("10:27", a, "了解しました"),
    ]
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("slack", TODAY, lines, "ふるさと納税")),
            note="the reply states a named donor's 市県民税 滞納",
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [saikensha, shiharai, kanpu, mishu, kaishu, kyuyo, kifu]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, bank, shinkin, ja, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, bank, shinkin, ja, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set37", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
