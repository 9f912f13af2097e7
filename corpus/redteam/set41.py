"""Forty-first red-team set (blind): a city's 市税 desks beyond property and resident tax.

``python -m corpus.redteam.set41 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with 大字…番地 and …丁目 towns, its area code, its regional bank and 信用金庫) is drawn per
build, in 令和6年度. Families follow the desk a document comes from: 軽自動車税 with 原付 標識, 廃車 and the
身体障害者 減免 (``keiji``), 法人市民税 with its 申告書 and 均等割 (``hojin``), 市税証明 交付 by residents and by
代理人 with 委任状 (``shomei``), 過誤納 還付 and 充当 (``kanpu``), 納税相談 with 分納誓約 and 生活状況
(``sodan``), 差押, 公売 and 執行停止 (``sashiosae``) and the 収納 desk with 口座振替 and 督促 (``shuno``); each with
its public look-alikes (税率表, 減免 の案内, 法人 一覧 with 法人番号 and 代表者 in role, 記入例 of 委任状 and
申告書, 収納率 aggregates, 税務職員 研修 rosters, anonymised 事例).

The truth is the default policy's text only: 3 for a My Number, health (手帳 等級, illness) or arrears (滞納, 未納,
督促 of money owed) about a named private person, or records of more than 100 persons; 2 for a private person's
name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect reader reports about
private persons (plus ``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 4141
VARIANT = "redteam41"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, bank, 信用金庫, areas); an area ending in "*" takes 番地 lots,
# the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("栃木県", "佐野市", "0283", "327", "足利銀行", "佐野信用金庫",
     ["大字赤見町*", "大字植下町*", "高砂町", "若松町", "富岡町", "堀米町", "大字田沼町*", "浅沼町"]),
    ("岐阜県", "大垣市", "0584", "503", "大垣共立銀行", "大垣西濃信用金庫",
     ["郭町", "林町", "禾森町", "室本町", "大字横曽根*", "大字久瀬川町*", "鶴見町", "大字中川町*"]),
    ("山口県", "防府市", "0835", "747", "山口銀行", "東山口信用金庫",
     ["大字牟礼*", "大字台道*", "駅南町", "戎町", "八王子", "大字富海*", "華城中央", "大字江泊*"]),
    ("福島県", "須賀川市", "0248", "962", "東邦銀行", "須賀川信用金庫",
     ["大字森宿*", "大字小作田*", "中宿", "東町", "弘法坦", "大字仁井田*", "緑町", "古河"]),
    ("愛媛県", "新居浜市", "0897", "792", "伊予銀行", "愛媛信用金庫",
     ["中須賀町", "若水町", "泉宮町", "大字船木*", "大字大島*", "坂井町", "庄内町", "大字多喜浜*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("四十物", "あいもの"), ("百目鬼", "どうめき"), ("小鳥遊", "たかなし"), ("五月女", "そうとめ"),
    ("一尺八寸", "かまつか"), ("勘解由小路", "かでのこうじ"), ("薬袋", "みない"), ("毒島", "ぶすじま"),
    ("兎田", "うさぎだ"), ("万里小路", "までのこうじ"), ("髙橋", "たかはし"), ("東海林", "しょうじ"),
    ("鬼頭", "きとう"), ("五百旗頭", "いおきべ"), ("纐纈", "こうけつ"), ("左右田", "そうだ"),
    ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("小川", "おがわ"), ("岡田", "おかだ"),
    ("村上", "むらかみ"), ("長谷川", "はせがわ"), ("近藤", "こんどう"), ("石井", "いしい"), ("斉藤", "さいとう"),
    ("坂口", "さかぐち"), ("青木", "あおき"), ("藤原", "ふじわら"), ("三浦", "みうら"), ("西田", "にしだ"),
    ("竹内", "たけうち"), ("金子", "かねこ"), ("中野", "なかの"), ("松井", "まつい"), ("小野", "おの"),
    ("田村", "たむら"), ("河野", "こうの"), ("上田", "うえだ"), ("柴田", "しばた"), ("酒井", "さかい"),
    ("工藤", "くどう"), ("宮田", "みやた"), ("大野", "おおの"), ("菅原", "すがわら"), ("高木", "たかぎ"),
    ("今村", "いまむら"), ("水野", "みずの"), ("土屋", "つちや"), ("服部", "はっとり"), ("五十嵐", "いがらし"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("寅吉", "とらきち"), ("鶴松", "つるまつ"), ("晴臣", "はるおみ"), ("朔太郎", "さくたろう"), ("兵馬", "ひょうま"),
    ("宗一郎", "そういちろう"), ("陽翔", "はると"), ("蒼真", "そうま"), ("博", "ひろし"), ("隆", "たかし"),
    ("誠", "まこと"), ("修", "おさむ"), ("健一", "けんいち"), ("正明", "まさあき"), ("武志", "たけし"),
    ("哲也", "てつや"), ("裕之", "ひろゆき"), ("聡", "さとし"), ("俊介", "しゅんすけ"), ("健太", "けんた"),
    ("翔太", "しょうた"), ("雄大", "ゆうだい"), ("悠真", "ゆうま"), ("稔", "みのる"), ("勝利", "かつとし"),
    ("昭二", "しょうじ"), ("清志", "きよし"), ("達也", "たつや"), ("孝之", "たかゆき"), ("正樹", "まさき"),
    ("一馬", "かずま"), ("剛士", "つよし"), ("善次郎", "ぜんじろう"), ("利夫", "としお"), ("大和", "やまと"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヨ", "きよ"), ("ハル", "はる"), ("絹代", "きぬよ"), ("乃愛", "のあ"), ("結衣", "ゆい"),
    ("芽依", "めい"), ("咲良", "さくら"), ("弘子", "ひろこ"), ("恵子", "けいこ"), ("京子", "きょうこ"),
    ("美智子", "みちこ"), ("裕子", "ゆうこ"), ("直美", "なおみ"), ("陽子", "ようこ"), ("典子", "のりこ"),
    ("純子", "じゅんこ"), ("麻衣", "まい"), ("優子", "ゆうこ"), ("香織", "かおり"), ("七海", "ななみ"),
    ("美穂", "みほ"), ("千尋", "ちひろ"), ("朱里", "あかり"), ("雅代", "まさよ"), ("富士子", "ふじこ"),
    ("朋美", "ともみ"), ("小百合", "さゆり"), ("琴音", "ことね"), ("鞠子", "まりこ"), ("登美江", "とみえ"),
    ("佳奈", "かな"), ("真由美", "まゆみ"), ("文恵", "ふみえ"), ("綾乃", "あやの"), ("ミサヲ", "みさを"),
]  # fmt: skip
BUILDINGS = ["コーポ桜井", "メゾン若葉", "市営住宅", "ハイツ緑ヶ丘", "レジデンス駅南", "サニーコート"]
CO_STEMS = ["さくら", "東和", "北辰", "みどり", "大和", "丸栄", "朝日", "平和", "日進", "三光", "協和", "昭栄",
            "富士見", "清流", "若葉", "光陽", "新栄", "双葉", "明星", "大成", "旭", "共栄", "中央", "光洋",
            "瑞穂", "白鷺"]  # fmt: skip
CO_TRADES = ["工業", "商事", "運輸", "建設", "モータース", "設備", "食品", "電機", "不動産", "興業", "印刷",
             "精工", "物産", "技研", "オート", "ハウジング", "石油", "製作所", "ホンダ販売", "リサイクル"]  # fmt: skip
CO_KINDS = ["株式会社", "株式会社", "有限会社", "合同会社"]
BANKS = ["ゆうちょ銀行", "三井住友銀行", "みずほ銀行", "三菱UFJ銀行", "りそな銀行", "中央労働金庫"]
SAMPLE_NAMES = ["軽自 太郎", "見本 一郎", "証明 太郎", "代理 花子", "還付 太郎", "納税 太郎", "収納 花子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
TECHO = ["1種1級 下肢機能障害", "1種2級 両下肢機能障害", "1種2級 体幹機能障害", "1種1級 視覚障害",
         "1種3級 心臓機能障害", "1種1級 じん臓機能障害", "1種2級 上肢機能障害", "2種4級 下肢機能障害",
         "療育手帳 A", "精神障害者保健福祉手帳 1級"]  # fmt: skip
VEHICLES = [("原付一種", "ホンダ", "JF", "2,000"), ("原付二種", "ヤマハ", "SE", "2,400"), ("軽二輪", "スズキ", "NJ", "3,600"),
            ("軽四乗用", "ダイハツ", "LA", "10,800"), ("軽四貨物", "スズキ", "DA", "5,000"),
            ("軽四乗用", "ホンダ", "JH", "10,800"), ("小型特殊", "クボタ", "KB", "2,400")]  # fmt: skip
TAXES = ["市県民税", "固定資産税", "軽自動車税", "国民健康保険税"]
TAX_SHORT = ["市県民税", "固定資産税", "軽自動車税", "国保税"]


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
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目12番 → 3 丁目 12 番
    (amounts such as 65,000 stay whole)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -,." and prev not in " -,.":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def area_label(area: str) -> str:
    """The 地区 name an area is known by: 大字赤見町* → 赤見町."""
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
    shinkin: str
    areas: list[str]
    used: set[str] = field(default_factory=set)
    used_co: set[str] = field(default_factory=set)

    @property
    def hall(self) -> str:
        return f"{self.city}役所"

    @property
    def mayor(self) -> str:
        return f"{self.city}長"

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
        return self.tel(22 + n if len(self.ac) == 4 else 220 + n, 1111 + 13 * n)

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
                base += f"{r.randint(1, 9)}"
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
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1936, 2002), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1936, 2002)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        r = self.rng
        while True:
            stem, trade = r.choice(CO_STEMS), r.choice(CO_TRADES)
            if stem + trade not in self.used_co:
                self.used_co.add(stem + trade)
                break
        kind = r.choice(CO_KINDS)
        return f"{kind}{stem}{trade}" if r.random() < 0.6 else f"{stem}{trade}{kind}"

    def companies(self, n: int) -> list[str]:
        return [self.company() for _ in range(n)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def account(self) -> tuple[str, str, str]:
        """(bank, branch, 普通 account number of 7 digits)."""
        r = self.rng
        bank = r.choice([self.bank, self.bank, self.shinkin, *BANKS[:3]])
        branch = r.choice([f"{d}支店" for d in self.districts[:4]] + ["本店営業部", "駅前支店"])
        return bank, branch, f"{r.randint(1000000, 9999999)}"

    def vehicle(self) -> tuple[str, str, str, str]:
        """(車種, 車名, 車台番号, 年税額)."""
        kind, maker, prefix, tax = self.rng.choice(VEHICLES)
        return kind, maker, f"{prefix}{self.rng.randint(10, 99)}-{self.rng.randint(1000000, 9999999)}", tax

    def plate(self, kind: str) -> str:
        if kind.startswith("原付") or kind == "小型特殊":
            return f"{self.city[:-1]} {self.rng.choice('あいうえかきくけこさ')} {self.rng.randint(1, 9999)}"
        return f"{self.city[:-1]} {self.rng.randint(480, 589)} {self.rng.choice('あかさたなはまやらわ')} {self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}"


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
            c.drawRightString(w - 30, h - 22, f"作成日 {ymd(TODAY)}  出力者 ZM{n % 3 + 2:02d}")
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
                c.drawString(30, y - 8, f"【合計 {len(rows)} 件】")
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


def sheet(name: str, rows: Sequence[Sequence[Any]], **kw: object) -> SheetSpec:
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
        out.append(f"■{room}（{ymd(day)} 電話 転記）")
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


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{katakana(p.kana)}）"


def _form(pairs: Sequence[tuple[str, str]]) -> list[list[str]]:
    """A two-column form (項目 / 内容) as a Word table."""
    return [[k, v] for k, v in pairs]


def _day(ctx: Ctx, lo: int = 1, hi: int = 28, month: int = 10) -> dt.date:
    return dt.date(2024, month, ctx.rng.randint(lo, hi))


def _dept(ctx: Ctx, desk: str) -> str:
    return f"{ctx.city} 財務部 {desk}（{ctx.office_phone()}）"


def _spaced_letter(
    ctx: Ctx, p: Person, title: str, body: list[str], desk: str, head: str, extra: Sequence[str] = ()
) -> Callable[[Path], None]:
    """A notice to a named resident drawn on a canvas, with its digits set apart as a PDF print extracts."""
    issued = _day(ctx, 1, 14)
    lines = [
        f">{spaced_digits(head)}",
        f">{wareki(issued, 'spaced')}",
        f"〒 {p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        "",
        f">{ctx.mayor}  （公印省略）",
        "",
        f"^{title}",
        "",
        *[spaced_digits(line) for line in body],
        *extra,
        "",
        f"【問い合わせ先】{ctx.city} 財務部 {desk}",
        f"電話 {ctx.office_phone(1)}（直通）",
    ]
    return letter_pdf(lines)


# --- 軽自動車税 (市民税課 諸税係) --------------------------------------------------------------------------
RATES = [("原動機付自転車", "50cc以下（一種）", "2,000"), ("", "50cc超90cc以下（二種乙）", "2,000"),
         ("", "90cc超125cc以下（二種甲）", "2,400"), ("", "ミニカー", "3,700"),
         ("軽二輪", "125cc超250cc以下", "3,600"), ("二輪の小型自動車", "250cc超", "6,000"),
         ("小型特殊自動車", "農耕作業用", "2,400"), ("", "その他", "5,900"),
         ("軽四輪 乗用", "自家用", "10,800"), ("", "営業用", "6,900"),
         ("軽四輪 貨物", "自家用", "5,000"), ("", "営業用", "3,800"), ("軽三輪", "", "3,900")]  # fmt: skip


def keiji(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "市民税課 諸税係"
    # 1 — level 1: the rate table (初度検査年月 are not birth dates)
    docs.append(Doc("keiji", "pdf", 1, [], DocSpec(
        title=f"{c} 軽自動車税（種別割）の税率",
        paragraphs=[
            "軽自動車税（種別割）は、毎年4月1日現在で原動機付自転車、軽自動車、小型特殊自動車、二輪の小型自動車を"
            "所有している方に課税されます。4月2日以降に廃車した場合でも、その年度の税額は月割になりません。",
            "■ 原動機付自転車・二輪車・小型特殊自動車（年税額）",
        ],
        tables=[[["車種", "区分", "年税額（円）"], *[list(x) for x in RATES]],
                [["区分", "初度検査年月", "乗用・自家用", "貨物・自家用"],
                 ["標準税率", "平成27年4月以降", "10,800", "5,000"],
                 ["旧税率", "平成27年3月以前", "7,200", "4,000"],
                 ["重課税率（13年経過）", "平成23年3月以前", "12,900", "6,000"]]],
        footer=f"{_dept(ctx, desk)}　{c}ホームページ掲載",
    )))  # fmt: skip
    # 2 — level 1: the 減免 guide lists 手帳 等級 criteria but names no one
    docs.append(Doc("keiji", "docx", 1, [], DocSpec(
        title="身体障害者等に対する軽自動車税（種別割）の減免のご案内",
        paragraphs=[
            "身体に障害のある方、または精神に障害のある方が使用する軽自動車等で、一定の要件に該当する場合は、"
            "申請により軽自動車税（種別割）が減免されます（障害者1人につき1台。普通自動車の自動車税の減免を受けている"
            "場合は対象外です）。",
            "■ 対象となる障害の程度（身体障害者手帳）",
            "申請期限：令和6年5月31日（金）まで。期限を過ぎると当該年度の減免は受けられません。",
            "■ 申請に必要なもの：身体障害者手帳（療育手帳・精神障害者保健福祉手帳）、運転する方の運転免許証、"
            "車検証、納税通知書、申請者の個人番号カードまたは通知カード（マイナンバーの確認のため）",
            "※ 申請書に記載された個人情報は、減免の審査以外の目的には使用しません。",
            f"問い合わせ先：{_dept(ctx, desk)}",
        ],
        tables=[[["障害の区分", "本人運転", "生計同一者等運転"],
                 ["視覚障害", "1級から4級の1", "1級から4級の1"],
                 ["聴覚障害", "2級・3級", "2級・3級"],
                 ["上肢不自由", "1級・2級", "1級・2級"],
                 ["下肢不自由", "1級から6級", "1級から3級"],
                 ["体幹不自由", "1級から3級・5級", "1級から3級"],
                 ["心臓・じん臓・呼吸器機能障害", "1級・3級", "1級・3級"]]],
    )))  # fmt: skip
    # 3 — level 1: counts by 地区 and 車種 under merged headers, raw counts on a hidden sheet
    head: list[Cell] = ["地区", "原動機付自転車", None, None, "軽二輪", "軽四輪", None, "小型特殊", "合計"]
    sub: list[Cell] = [None, "一種", "二種乙", "二種甲", None, "乗用", "貨物", None, None]
    body: list[list[Cell]] = []
    for d in ctx.districts:
        nums = [r.randint(80, 900), r.randint(5, 90), r.randint(20, 300), r.randint(40, 500),
                r.randint(600, 4200), r.randint(300, 2100), r.randint(10, 260)]  # fmt: skip
        body.append([d, *nums, sum(nums)])
    docs.append(Doc("keiji", "xlsx", 1, [], DocSpec(sheets=[
        sheet("台数", [head, sub, *body], title="令和6年度 軽自動車税（種別割）課税台数（4月1日現在・地区別）",
              first_row=4, footer=desk),
        sheet("集計元", [["地区コード", "車種コード", "台数"],
                         *[[f"{i + 1:02d}", f"{k:03d}", r.randint(3, 800)] for i in range(len(ctx.districts))
                           for k in (110, 120, 130, 210, 310, 320, 410)]], state="hidden"),
    ]), post=merge_xlsx({"台数": ["B4:D4", "F4:G4", "A4:A5", "E4:E5", "H4:H5", "I4:I5"]})))  # fmt: skip
    # 4 — level 1: 標識交付申告書 記入例 with a sample owner and a sample birth date
    docs.append(Doc("keiji", "docx", 1, [], DocSpec(
        title="原動機付自転車 標識交付申告書（記入例）",
        paragraphs=["太枠内を記入してください。販売証明書または譲渡証明書を添付してください。"],
        tables=[_form([("申告年月日", "令和6年4月1日"), ("所有者 氏名", SAMPLE_NAMES[0]),
                       ("フリガナ", "ケイジ タロウ"), ("住所", f"{c}〇〇町〇丁目〇番〇号"),
                       ("生年月日", "昭和60年1月1日"), ("電話番号", "〇〇〇-〇〇〇〇-〇〇〇〇"),
                       ("車名・型式", "ホンダ・AF〇〇"), ("車台番号", "AF〇〇-〇〇〇〇〇〇〇"),
                       ("排気量", "49 cc"), ("取得年月日", "令和6年3月25日（新車）")])],
        textboxes=["記入例：車台番号は販売証明書のとおり、ハイフンも含めて記入", "記入例：代理人が申告する場合は委任状が必要です"],
        footer="記入例",
    )))  # fmt: skip
    # 5 — level 1: dealers and garages with 法人番号 and the 代表者 in role (csv)
    rows5: list[list[Cell]] = [["事業者名", "法人番号", "代表者", "所在地", "電話番号", "取扱", "登録年月日"]]
    for _ in range(14):
        rows5.append([ctx.company(), random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.biz_address(),
                      ctx.tel(), r.choice(["原付・軽二輪", "軽四輪", "軽四輪・小型特殊", "全車種"]),
                      ymd(dt.date(r.randint(2008, 2023), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(
        Doc(
            "keiji",
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("販売店", rows5)]),
            note="dealers with their 法人番号 and 代表取締役 in role; 登録年月日 are not birth dates",
        )
    )
    # 6 — level 1: press slides on the ご当地ナンバー (the mayor in role)
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    docs.append(Doc("keiji", "pptx", 1, [], DocSpec(
        title=f"{c} オリジナルナンバープレート 交付状況",
        paragraphs=["令和5年10月から原付（一種・二種）向けにご当地デザインの標識を交付",
                    f"デザインは市民投票で決定（応募 {r.randint(80, 240)} 点）",
                    f"{ctx.mayor} {ctx.staff()} が交付式で第1号を手渡し",
                    "交付手数料は無料。既存の標識からの付け替えも可能",
                    f"交付場所：{c}役所 {desk}、各支所"],
        tables=[[["月", "交付枚数", "うち付け替え"], *[[m, str(r.randint(30, 160)), str(r.randint(5, 40))] for m in months]]],
        notes=["質疑想定：盗難時の再交付は警察の受理番号を確認のうえ即日交付"],
    )))  # fmt: skip

    # 7 — level 2: a filled 標識交付申告書 (one owner, with birth date and phone)
    p = ctx.person()
    kind, maker, vin, _ = ctx.vehicle()
    got = _day(ctx, 1, 10, 9)
    docs.append(Doc("keiji", "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="原動機付自転車・小型特殊自動車 標識交付申告書",
        paragraphs=[f"受付 {ymd(got)}　{desk}"],
        tables=[_form([("申告区分", "新規（販売店購入）"), ("所有者 氏名", p.name()), ("フリガナ", katakana(p.kana)),
                       ("住所", p.address()), ("生年月日", wareki(p.birth)), ("電話番号", p.phone),
                       ("車名", maker), ("車台番号", vin), ("排気量", r.choice(["49 cc", "109 cc", "124 cc"])),
                       ("取得年月日", wareki(got)), ("交付標識番号", ctx.plate("原付"))])],
    )))  # fmt: skip
    # 8 — level 2: 廃車 (標識返納) acknowledgement on a spaced-digit canvas PDF
    p = ctx.person()
    ctx.urban(p)
    kind, maker, vin, _ = ctx.vehicle()
    gone = _day(ctx, 1, 20, 9)
    docs.append(Doc("keiji", "pdf", 2, ["address", "name"], DocSpec(title="廃車申告受付のお知らせ"), post=_spaced_letter(
        ctx, p, "軽自動車税 廃車申告 受付のお知らせ",
        [f"令和6年{gone.month}月{gone.day}日に、下記の車両の廃車申告（標識返納）を受け付けました。",
         "令和7年度以降の軽自動車税（種別割）は課税されません。", "",
         f"車種 {kind}  車名 {maker}", f"車台番号 {vin}",
         f"標識番号 {ctx.plate(kind)}"], desk, f"{c}税第{r.randint(100, 999)}号")))  # fmt: skip
    # 9 — level 2: LINE WORKS; a stolen plate, the reply gives the owner's mobile
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    day = _day(ctx, 1, 25, 9)
    docs.append(Doc("keiji", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", day, [
        ("09:12", a, f"{p.name()}さんから原付の標識盗難の電話。交番で届け済み、受理番号は控えてあるそうです"),
        ("09:14", b, "再交付は本人来庁で。今日来られるか折り返してください"),
        ("09:15", a, f"折り返し先は携帯 {p.phone} です。{p.district}の方"),
        ("09:40", a, "午後に来庁とのこと。旧標識番号で弁償金は不要の扱いでよいですね"),
        ("09:41", b, "はい、盗難は不要です"),
    ], desk))))  # fmt: skip
    # 10 — level 2: a day's 標識交付 受付簿 in xls
    rows10: list[list[Cell]] = [["受付No", "区分", "氏名", "住所", "電話番号", "車種", "標識番号"]]
    day = _day(ctx, 1, 25, 9)
    for i, q in enumerate(ctx.people(r.randint(18, 26)), start=1):
        kind = r.choice(["原付一種", "原付二種", "小型特殊"])
        rows10.append([f"{day.month:02d}{day.day:02d}-{i:03d}", r.choice(["新規", "新規", "転入", "再交付", "名義変更"]),
                       q.name(), q.address(), q.phone, kind, ctx.plate(kind)])  # fmt: skip
    docs.append(
        Doc(
            "keiji",
            "xls",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("受付簿", rows10, title=f"標識交付 受付簿 {ymd(day)}")], footer=desk),
        )
    )
    # 11 — level 2: a resident's own letter to the desk, signed at the end
    p = ctx.person(born=(1940, 1960))
    kind, maker, vin, tax = ctx.vehicle()
    docs.append(Doc("keiji", "odt", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.hall} 市民税課 軽自動車税係 御中",
        "軽自動車税の納税通知書についてのお願い",
        f"いつもお世話になっております。今年の5月に届いた納税通知書に、{maker}の{kind}（{tax}円）が載っていましたが、"
        "この車は昨年12月に知人に譲っており、名義変更も済んでいるはずです。",
        "譲った相手の方には確認をお願いしてありますが、こちらで何か手続きが足りていないのでしょうか。"
        "お手数ですが調べていただけますと助かります。",
        "平日の日中は仕事のため、夕方以降に下記へご連絡いただけましたら幸いです。",
        f"令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日",
        f"住所 {p.address()}",
        f"氏名 {p.name()}",
        f"電話 {p.phone}",
    ])))  # fmt: skip

    # 12 — level 3: the owners' list, 110+ persons on a ruled print
    owners = ctx.people(r.randint(112, 132))
    rows12: list[list[str]] = []
    for q in owners:
        kind, maker, vin, tax = ctx.vehicle()
        rows12.append([f"{r.randint(10000000, 99999999)}", q.name(), katakana(q.kana), q.address()[:26], kind,
                       ctx.plate(kind), tax])  # fmt: skip
    cols12 = [("納義ID", 30), ("氏名", 75), ("カナ氏名", 155), ("住所", 270), ("車種", 490), ("標識番号", 545),
              ("税額", 700)]  # fmt: skip
    docs.append(Doc("keiji", "pdf", 3, ["address", "name"], DocSpec(title="納税義務者一覧"), post=system_print(
        "軽自動車税 納税義務者一覧表", f"{c} 税務総合システム KJ0210", cols12, rows12, 28,
        "抽出条件：令和6年度 当初課税 / 地区 全地区 / 減免 含まない", ruled=True)))  # fmt: skip
    # 13 — level 3: one applicant's 減免申請書; the 手帳 等級 sits in a text box
    p = ctx.person(born=(1945, 1985))
    kind, maker, vin, _ = ctx.vehicle()
    techo = r.choice(TECHO[:7])
    docs.append(Doc("keiji", "docx", 3, ["address", "birth_date", "health", "name", "phone"], DocSpec(
        title="軽自動車税（種別割）減免申請書（身体障害者等）",
        paragraphs=[f"{ctx.mayor} 様", "次のとおり減免を申請します。", f"申請日 令和6年5月{r.randint(7, 30)}日"],
        tables=[_form([("申請者（障害者本人）", _pp(p)), ("住所", p.address()), ("生年月日", wareki(p.birth, "abbr")),
                       ("電話", p.phone), ("運転者", r.choice(["本人", "生計同一者（配偶者）", "常時介護者（長男）"])),
                       ("車種・車名", f"{kind}・{maker}"), ("車台番号", vin), ("使用目的", "通院・通所")])],
        textboxes=[f"手帳確認欄：身体障害者手帳 {techo}（交付 {wareki(dt.date(r.randint(2005, 2022), r.randint(1, 12), 1), 'short')}）"
                   " 原本確認済 担当印"],
    )))  # fmt: skip
    # 14 — level 3: the 減免 台帳, 姓/名/カナ split; My Numbers only on a hidden sheet headed 番号
    recs = ctx.people(r.randint(20, 28))
    ids = [f"G{r.randint(100000, 999999)}" for _ in recs]
    rows14: list[list[Cell]] = [
        ["管理番号", "姓", "名", "セイ", "メイ", "住所", "手帳種別・等級", "車種", "減免額"]
    ]
    for gid, q in zip(ids, recs, strict=True):
        kind, maker, vin, tax = ctx.vehicle()
        rows14.append([gid, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), r.choice(TECHO),
                       kind, int(tax.replace(",", ""))])  # fmt: skip
    docs.append(Doc("keiji", "xlsx", 3, ["address", "health", "my_number", "name"], DocSpec(sheets=[
        sheet("台帳", rows14, title="令和6年度 軽自動車税 減免承認台帳（身体障害者等）"),
        sheet("番号", [["管理番号", "氏名", "番号"], *[[gid, q.name(), random_my_number(r)] for gid, q in zip(ids, recs, strict=True)]],
              state="hidden"),
    ])))  # fmt: skip
    # 15 — level 3: Teams (cp932); the reply gives the owner's 軽自動車税 未納 and 督促
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    owed = r.choice([3, 4]) * int(r.choice(VEHICLES)[3].replace(",", ""))
    docs.append(Doc("keiji", "txt-cp932", 3, ["address", "arrears", "name"], DocSpec(paragraphs=chat("teams", _day(ctx), [
        ("10:02", a, f"{p.name()}さんが廃車申告で来庁中です。住所は{p.address()}"),
        ("10:04", b, "システム見ました。その方、令和3年度から5年度の軽自動車税が未納で、計 " + yen(owed) + " 円です"),
        ("10:05", b, "督促状も催告書も送付済み。廃車は受けてよいですが、未納分は納税相談へ回してください"),
        ("10:06", a, "了解です。収納課に連絡します"),
    ], "諸税係 窓口"))))  # fmt: skip
    return docs


# --- 法人市民税 (市民税課 法人係) ----------------------------------------------------------------------------
KINTO = [("50億円超", "3,000,000", "410,000"), ("10億円超 50億円以下", "1,750,000", "410,000"),
         ("1億円超 10億円以下", "400,000", "160,000"), ("1千万円超 1億円以下", "150,000", "130,000"),
         ("1千万円以下", "120,000", "50,000")]  # fmt: skip


def hojin(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "市民税課 法人係"
    # 1 — level 1: the 均等割 and 法人税割 rates
    docs.append(Doc("hojin", "pdf", 1, [], DocSpec(
        title="法人市民税の税率（令和6年度）",
        paragraphs=["法人市民税は、市内に事務所・事業所がある法人に課税される均等割と、国税の法人税額を課税標準とする"
                    "法人税割からなります。赤字の法人でも均等割は課税されます。",
                    "■ 均等割（年額・円）　資本金等の額と市内の従業者数の合計により区分します。",
                    "■ 法人税割　令和元年10月1日以後に開始する事業年度：6.0%",
                    "申告・納付期限：事業年度終了の日の翌日から2か月以内（eLTAXによる電子申告が利用できます）"],
        tables=[[["資本金等の額", "従業者数 50人超", "従業者数 50人以下"], *[list(x) for x in KINTO]]],
        footer=_dept(ctx, desk),
    )))  # fmt: skip
    # 2 — level 1: 設立・異動 届出 一覧 with 法人番号 and the 代表者 in role (ods)
    rows2: list[list[Cell]] = [
        ["受付日", "届出区分", "法人名", "法人番号", "本店所在地", "代表者", "設立年月日"]
    ]
    for _ in range(15):
        founded = dt.date(r.randint(1968, 2024), r.randint(1, 12), r.randint(1, 28))
        rows2.append([ymd(_day(ctx, 1, 28, r.randint(4, 9))), r.choice(["設立", "本店移転", "代表者変更", "商号変更", "解散"]),
                      ctx.company(), random_corporate_number(r), ctx.biz_address(),
                      f"{r.choice(['代表取締役', '代表取締役', '取締役', '代表社員'])} {ctx.staff()}", wareki(founded)])  # fmt: skip
    docs.append(Doc("hojin", "ods", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("届出一覧", rows2, title="令和6年度上半期 法人設立・異動届出 受付一覧")]),
        note="companies with 法人番号; 代表者 named in role; 設立年月日 and 受付日 are not birth dates"))  # fmt: skip
    # 3 — level 1: 申告件数・調定額 by 均等割 区分 under merges, last year on a hidden sheet
    head3: list[Cell] = ["区分", "資本金等の額", "従業者数", "申告件数", None, "調定額（千円）", None]
    sub3: list[Cell] = [None, None, None, "確定", "中間・予定", "均等割", "法人税割"]
    rows3: list[list[Cell]] = [head3, sub3]
    for i, (cap, big, small) in enumerate(KINTO, start=1):
        for j, (emp, rate) in enumerate((("50人超", big), ("50人以下", small))):
            n = r.randint(3, 60) if i < 4 else r.randint(200, 2400)
            rows3.append([f"{2 * i - 1 + j}号", cap, emp, n, r.randint(0, n // 3), n * int(rate.replace(",", "")) // 1000,
                          r.randint(500, 90000)])  # fmt: skip
    docs.append(Doc("hojin", "xlsx", 1, [], DocSpec(sheets=[
        sheet("区分別", rows3, title="法人市民税 区分別申告件数・調定額（令和5年度決算）", first_row=4),
        sheet("前年度", [["区分", "件数", "調定額"], *[[f"{k}号", r.randint(3, 2400), r.randint(500, 90000)] for k in range(1, 11)]],
              state="hidden"),
    ]), post=merge_xlsx({"区分別": ["D4:E4", "F4:G4", "A4:A5", "B4:B5", "C4:C5"]})))  # fmt: skip
    # 4 — level 1: 申告書 記入例 with a sample company and a sample 代表者
    docs.append(Doc("hojin", "docx", 1, [], DocSpec(
        title="法人市民税 確定申告書（第20号様式）記入例",
        paragraphs=["※ 記入例の法人名・代表者名は架空のものです。", "⑧欄の従業者数は事業年度末日現在の人数を記入します。"],
        tables=[_form([("法人名", "株式会社見本商事"), ("法人番号", "〇〇〇〇〇〇〇〇〇〇〇〇〇"),
                       ("代表者", f"代表取締役 {SAMPLE_NAMES[1]}"), ("本店所在地", f"{c}〇〇町〇丁目〇番〇号"),
                       ("事業年度", "令和5年4月1日から令和6年3月31日まで"), ("資本金等の額", "10,000,000円"),
                       ("市内従業者数", "12人"), ("均等割額", "50,000円"), ("法人税割額", "126,000円")])],
        textboxes=["記入例：電子申告（eLTAX）の場合は本様式の提出は不要です"],
        footer="記入例",
    )))  # fmt: skip
    # 5 — level 1: Teams among staff about the eLTAX peak (no resident)
    a, b, d = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(Doc("hojin", "txt", 1, [], DocSpec(paragraphs=chat("teams", _day(ctx, 1, 20, 5), [
        ("08:51", a, "3月決算の申告が今週ピークです。eLTAXの受付分は午前中に取り込みます"),
        ("08:53", b, "紙の申告書は窓口で受付印だけ押して、入力は午後にまとめます"),
        ("09:10", d, "システムの定期メンテが金曜18時からなので、それまでに仮計上を終わらせたいです"),
        ("09:12", a, f"了解。応援は資産税課から1名、内線 {r.randint(2100, 2199)} です"),
    ], f"{desk} 連絡")), note="no resident: staff only, about the filing peak"))  # fmt: skip
    # 6 — level 1: 受付 処理簿 in cp932; 12-digit 受付番号 all fail the check digit, 法人番号 valid
    rows6: list[list[Cell]] = [
        ["受付番号", "受付日", "法人番号", "法人名", "事業年度終了", "申告区分", "均等割", "法人税割"]
    ]
    for _ in range(24):
        rows6.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(_day(ctx, 1, 28, r.randint(5, 9))),
                      random_corporate_number(r), ctx.company(), ymd(dt.date(2024, r.choice([3, 3, 3, 6, 9]), 30)),
                      r.choice(["確定", "確定", "中間", "予定", "修正"]), r.choice(["50,000", "130,000", "120,000", "160,000"]),
                      yen(r.randint(0, 40) * 10000)])  # fmt: skip
    docs.append(
        Doc(
            "hojin",
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("処理簿", rows6)]),
            note="12-digit 受付番号 failing the check digit; 法人番号 are public",
        )
    )

    # 7 — level 2: 異動届 giving the new 代表者's home address and birth date
    p = ctx.person(born=(1955, 1985))
    co = ctx.company()
    docs.append(Doc("hojin", "docx", 2, ["address", "birth_date", "name"], DocSpec(
        title="法人等の設立・異動届出書（代表者変更）",
        paragraphs=[f"{ctx.mayor} 様", f"届出日 令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日"],
        tables=[_form([("法人名", co), ("本店所在地", ctx.biz_address()), ("異動事項", "代表者の変更"),
                       ("異動年月日", wareki(_day(ctx, 1, 28, 6))), ("旧代表者", f"代表取締役 {ctx.staff()}"),
                       ("新代表者 氏名", p.name()), ("新代表者 住所（自宅）", p.address()),
                       ("新代表者 生年月日", wareki(p.birth)), ("添付書類", "履歴事項全部証明書 写し")])],
    ), note="the new 代表者's own home address and birth date are private data, not his role"))  # fmt: skip
    # 8 — level 2: Slack; the office has closed, the reply gives the sole 代表社員's home and mobile
    p = ctx.person(born=(1960, 1990))
    co = ctx.company()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("hojin", "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=chat("slack", _day(ctx), [
        ("13:10", a, f"{co}（代表社員 {p.name()}さん）宛の申告書が宛所不明で戻りました。事務所は閉鎖したようです"),
        ("13:22", b, f"昨日電話がありました。送付先はご自宅の {p.address()}、携帯 {p.phone} でお願いしますとのこと"),
        ("13:23", a, "ありがとうございます。送付先を変更しておきます"),
    ], "hojin-kakari")), note="a one-man company's 代表社員 at his home address and mobile: a private person"))  # fmt: skip
    # 9 — level 2: spaced-digit letter to a former 代表者 at home, asking for the last 申告
    p = ctx.person(born=(1950, 1975))
    ctx.urban(p)
    co = ctx.company()
    docs.append(Doc("hojin", "pdf", 2, ["address", "name"], DocSpec(title="申告書提出のお願い"), post=_spaced_letter(
        ctx, p, "法人市民税 申告書提出のお願い（解散法人）",
        [f"{co}（令和6年3月31日 解散）の清算事業年度に係る法人市民税の申告書が、",
         "まだ提出されていません。解散前の代表者である貴殿のご自宅あてにお送りしています。",
         "令和6年11月29日までに提出してください。清算結了の登記をした場合は、その旨をお知らせください。"],
        desk, f"{c}市民第{r.randint(100, 999)}号"), note="a former 代表者 written to at his home address"))  # fmt: skip
    # 10 — level 2: 休業法人 contacts; the 代表者' home addresses and phones (xls)
    rows10: list[list[Cell]] = [
        ["整理番号", "法人名", "代表者氏名", "代表者住所（自宅）", "連絡先", "休業開始", "備考"]
    ]
    for i, q in enumerate(ctx.people(r.randint(10, 15), born=(1945, 1980)), start=1):
        rows10.append([f"K{i:04d}", ctx.company(), q.name(), q.address(), q.phone,
                       ymd(dt.date(r.randint(2016, 2023), r.randint(1, 12), 1)), r.choice(["", "均等割 免除申請済", "異動届 未提出"])])  # fmt: skip
    docs.append(Doc("hojin", "xls", 2, ["address", "name", "phone"], DocSpec(
        sheets=[sheet("休業法人", rows10, title="休業法人 代表者連絡先")], footer=desk),
        note="代表者 listed at their home addresses and phones, not the companies' offices"))  # fmt: skip

    # 11 — level 3: 110+ 均等割のみ法人 with the 代表者' home addresses and phones, on a dashed print
    reps = ctx.people(r.randint(108, 126), born=(1940, 1990))
    rows11 = [[f"{r.randint(1000000, 9999999)}", ctx.company()[:14], q.name(), q.address()[:24], q.phone,
               r.choice(["50,000", "50,000", "130,000", "120,000"])] for q in reps]  # fmt: skip
    cols11 = [
        ("法人管理No", 30),
        ("法人名", 82),
        ("代表者", 200),
        ("代表者住所", 280),
        ("代表者電話", 485),
        ("均等割", 570),
    ]
    docs.append(Doc("hojin", "pdf", 3, ["address", "name", "phone"], DocSpec(title="均等割のみ法人一覧"), post=system_print(
        "均等割のみ課税法人 代表者一覧", f"{c} 法人住民税システム HJ0520", cols11, rows11, 26,
        "抽出条件：令和5年度 法人税割 0円 / 送付先 代表者自宅"),
        note="more than 100 代表者 at their own home addresses and phones: private persons in bulk"))  # fmt: skip
    # 12 — level 3: a 代表者's letter to the mayor asking 徴収猶予; his cancer comes late
    p = ctx.person(born=(1950, 1970), sex="男")
    co = ctx.company()
    docs.append(Doc("hojin", "docx", 3, ["address", "health", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.mayor} 様",
        "法人市民税の納付についてのお願い",
        f"平素より大変お世話になっております。{co}は昭和の終わりに父が興した小さな会社で、現在は私が代表を務めております。",
        "ここ数年、主要な取引先の撤退により売上が大きく落ち込み、令和5年度分の法人市民税（均等割）をまだ納められておりません。",
        "決して納めないつもりはなく、年明けには入金の見込みがある工事代金から必ずお支払いいたします。",
        f"加えて私事で恐縮ですが、本年{r.randint(3, 7)}月に胃がんが見つかり、現在は抗がん剤治療のため週に一度通院しております。"
        "そのため会社の経理にも手が回らず、ご連絡が遅れましたことをお詫び申し上げます。",
        "つきましては、納付の時期について少しご猶予をいただけないか、ご相談させていただきたく存じます。",
        f"令和6年{r.randint(8, 10)}月{r.randint(1, 28)}日",
        f"{co} 代表取締役",
        f"{p.name()}",
        f"（自宅）{p.address()}　電話 {p.phone}",
    ]), note="the company's unpaid 均等割 is not a private person's arrears; the 代表者's cancer is health"))  # fmt: skip
    # 13 — level 3: LINE WORKS; the reply gives the 代表者's own 個人 arrears
    p = ctx.person(born=(1955, 1985))
    co = ctx.company()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("hojin", "txt", 3, ["address", "arrears", "name"], DocSpec(paragraphs=chat("lineworks", _day(ctx), [
        ("14:02", a, f"{co}、均等割が3年度分未納です。実態調査に行く予定です"),
        ("14:05", b, f"代表の{p.name()}さん本人も、市県民税と国保税が滞納になってます。{p.address()}"),
        ("14:06", b, f"個人の方は差押予告まで出ていて、滞納額は合計 {yen(r.randint(30, 90) * 10000)} 円くらい"),
        ("14:08", a, "了解です。収納課と同行にします"),
    ], "法人係"))))  # fmt: skip
    # 14 — level 3: 110+ officers switched to 特別徴収, with birth dates and pay, from column AA on row 12
    offs = ctx.people(r.randint(105, 120), born=(1950, 1998))
    rows14: list[list[Cell]] = [
        ["No", "氏名", "フリガナ", "生年月日", "住所", "勤務先", "給与支払額", "特別徴収税額（年額）"]
    ]
    for i, q in enumerate(offs, start=1):
        pay = r.randint(180, 1200) * 10000
        rows14.append([i, q.name(), katakana(q.kana), wareki(q.birth, "short"), q.address(), ctx.company(), pay,
                       int(pay * 0.06)])  # fmt: skip
    docs.append(Doc("hojin", "xlsx", 3, ["address", "birth_date", "income", "name"], DocSpec(sheets=[
        sheet("切替", far_right(rows14, 26), first_row=12, title="法人役員 特別徴収切替 対象者一覧（令和6年度）"),
    ])))  # fmt: skip
    return docs


# --- 市税証明 (市民税課 証明窓口) ----------------------------------------------------------------------------
def shomei(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "市民税課 証明担当"
    kinds = ["所得・課税証明書", "非課税証明書", "納税証明書（その1）", "納税証明書（その2）", "納税証明書（その3）",
             "軽自動車税 納税証明書（継続検査用）", "評価証明書", "営業証明書"]  # fmt: skip
    # 1 — level 1: fees and who may apply
    docs.append(Doc("shomei", "pdf", 1, [], DocSpec(
        title="市税の証明書の種類と手数料",
        paragraphs=["本人または同一世帯の親族以外の方（代理人）が申請する場合は、本人が自署した委任状が必要です。",
                    "窓口に来られる方の本人確認書類（運転免許証、個人番号カード等）をお持ちください。",
                    "郵送請求は、請求書・手数料（定額小為替）・本人確認書類の写し・返信用封筒を同封してください。",
                    "コンビニ交付は、個人番号カードをお持ちの方が午前6時30分から午後11時まで利用できます。"],
        tables=[[["証明書", "手数料（1通）", "備考"], *[[k, "無料" if "継続検査" in k else "300円", ""] for k in kinds]]],
        footer=_dept(ctx, desk),
    )))  # fmt: skip
    # 2 — level 1: 委任状 記入例 with sample 委任者 and 代理人
    docs.append(Doc("shomei", "docx", 1, [], DocSpec(
        title="委任状（記入例）",
        paragraphs=[f"{ctx.mayor} 様", "私は、次の者を代理人と定め、下記の証明書の請求及び受領に関する権限を委任します。",
                    "代理人 住所 〇〇市〇〇町〇丁目〇番〇号　氏名 " + SAMPLE_NAMES[3] + "　（委任者との関係：長女）",
                    "委任する証明書 令和6年度 所得・課税証明書 1通（使用目的：児童手当）",
                    "令和6年〇月〇日",
                    "委任者 住所 〇〇市〇〇町〇丁目〇番〇号　氏名 " + SAMPLE_NAMES[2] + "　生年月日 昭和〇〇年〇月〇日",
                    "電話 〇〇〇〇-〇〇-〇〇〇〇"],
        textboxes=["記入例：委任者本人が全て自署してください（代理人が書いた委任状は無効です）", "記入例：使用目的は具体的に"],
        footer="記入例",
    )))  # fmt: skip
    # 3 — level 1: monthly 交付件数 under a merged title, by counter on a hidden sheet
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    rows3: list[list[Cell]] = [["証明書", *months, "計"]]
    for k in kinds:
        nums = [r.randint(20, 1900) for _ in months]
        rows3.append([k, *nums, sum(nums)])
    docs.append(Doc("shomei", "xlsx", 1, [], DocSpec(sheets=[
        sheet("交付件数", rows3, title="令和6年度 市税証明 交付件数（上半期）"),
        sheet("窓口別", [["窓口", "本庁", "支所", "郵送", "コンビニ"],
                         *[[m, r.randint(300, 2000), r.randint(50, 400), r.randint(30, 200), r.randint(100, 900)] for m in months]],
              state="hidden"),
    ]), post=merge_xlsx({"交付件数": ["A1:B1"]})))  # fmt: skip
    # 4 — level 1: the 郵送請求 処理簿 in cp932, requesters masked, 受付番号 failing the check digit
    rows4: list[list[Cell]] = [
        ["受付番号", "受付日", "請求者", "証明書", "通数", "手数料", "小為替", "返送日"]
    ]
    for _ in range(22):
        got = _day(ctx, 1, 25, r.randint(8, 9))
        n = r.randint(1, 3)
        rows4.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(got), "〇〇 〇〇", r.choice(kinds[:5]), n,
                      n * 300, "有", ymd(got + dt.timedelta(days=r.randint(1, 4)))])  # fmt: skip
    docs.append(
        Doc(
            "shomei",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("郵送", rows4)]),
            note="requesters masked 〇〇 〇〇; 12-digit 受付番号 failing the check digit",
        )
    )
    # 5 — level 1: コンビニ交付 slides
    docs.append(Doc("shomei", "pptx", 1, [], DocSpec(
        title="市税証明のコンビニ交付 開始のお知らせ",
        paragraphs=["令和6年11月1日から所得・課税証明書をコンビニで取得できます",
                    "利用には個人番号カード（利用者証明用電子証明書）が必要です",
                    "手数料は窓口より100円安い200円", "利用時間 6:30 から 23:00（年末年始を除く）",
                    "対象：本年1月1日に市内に住所があった方"],
        tables=[[["チェーン", "対応店舗数（市内）"], ["セブン-イレブン", str(r.randint(18, 40))],
                 ["ローソン", str(r.randint(10, 30))], ["ファミリーマート", str(r.randint(10, 30))]]],
    )))  # fmt: skip
    # 6 — level 1: the counter rota, staff by 職名 and 内線 (odt)
    rows6 = [["曜日", "窓口A", "窓口B", "郵送処理", "内線"]]
    for wd in "月火水木金":
        rows6.append([wd, f"主事 {ctx.staff()}", f"会計年度任用職員 {ctx.staff()}", f"主査 {ctx.staff()}",
                      str(r.randint(2200, 2299))])  # fmt: skip
    docs.append(Doc("shomei", "odt", 1, [], DocSpec(
        title="証明窓口 職員配置表（10月）",
        paragraphs=["繁忙期（児童手当・奨学金の申請時期）は課長補佐が応援に入る。", f"係長 {ctx.staff()}（内線 2201）"],
        tables=[rows6],
    ), note="staff named in their role with 内線"))  # fmt: skip

    # 7 — level 2: a filled 交付申請書 by the resident
    p = ctx.person()
    docs.append(Doc("shomei", "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="市税証明 交付申請書",
        paragraphs=[f"{ctx.mayor} 様", f"申請日 令和6年{r.randint(6, 10)}月{r.randint(1, 28)}日"],
        tables=[_form([("窓口に来た方", "本人"), ("氏名", p.name()), ("フリガナ", katakana(p.kana)),
                       ("住所", p.address()), ("生年月日", wareki(p.birth)), ("電話", p.phone),
                       ("必要な証明", "所得・課税証明書 令和6年度 1通"), ("使用目的", r.choice(["児童手当", "奨学金", "公営住宅", "保育所"])),
                       ("本人確認", "運転免許証")])],
    )))  # fmt: skip
    # 8 — level 2: 所得・課税証明書 on a spaced-digit PDF (income, not arrears)
    p = ctx.person(born=(1965, 1995))
    ctx.urban(p)
    pay = r.randint(240, 680) * 10000
    docs.append(Doc("shomei", "pdf", 2, ["address", "birth_date", "income", "name"], DocSpec(title="所得・課税証明書"),
                    post=_spaced_letter(ctx, p, "令和6年度 所得・課税証明書", [
                        f"生年月日 {wareki(p.birth)}",
                        f"給与収入 {yen(pay)} 円  給与所得 {yen(int(pay * 0.7))} 円",
                        f"総所得金額 {yen(int(pay * 0.7))} 円  所得控除合計 {yen(r.randint(80, 200) * 10000)} 円",
                        f"市民税 所得割 {yen(r.randint(50, 250) * 1000)} 円  均等割 3,000 円",
                        "上記のとおり証明します。"], desk, f"証明番号 {r.randint(10000, 99999)}")))  # fmt: skip
    # 9 — level 2: 納税証明書 stating 未納税額 0 円 (no arrears)
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc("shomei", "pdf", 2, ["address", "name"], DocSpec(title="納税証明書"), post=_spaced_letter(
        ctx, p, "納税証明書（その1）",
        [f"税目 市県民税（普通徴収） 令和5年度  税額 {yen(r.randint(60, 300) * 1000)} 円",
         "納付済額 同額  未納税額 0 円",
         "税目 軽自動車税（種別割） 令和5年度  税額 10,800 円  未納税額 0 円",
         "上記のとおり相違ないことを証明します。"], desk, f"証明番号 {r.randint(10000, 99999)}"),
        note="未納税額 0 円: nothing is owed, so no arrears"))  # fmt: skip
    # 10 — level 2: Teams; an agent at the counter, the reply gives the principal's phone
    p = ctx.person(born=(1938, 1955))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shomei", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", _day(ctx), [
        ("11:31", a, f"代理人の方が{p.name()}さんの委任状を持ってきましたが、生年月日の欄が空いています"),
        ("11:33", b, f"ご本人に確認しましょう。台帳の電話は {p.phone} です"),
        ("11:40", a, "ご本人と話せました。委任に間違いなし、生年月日は本人確認済みで交付します"),
    ], "証明窓口"))))  # fmt: skip
    # 11 — level 2: the day's 代理人 申請 check sheet, 委任者 姓/名 split, starting on row 6
    rows11: list[list[Cell]] = [
        ["受付No", "委任者 姓", "委任者 名", "委任者 住所", "代理人 氏名", "関係", "委任状", "本人確認"]
    ]
    principals = ctx.people(r.randint(16, 22))
    for i, q in enumerate(principals, start=1):
        rows11.append([i, q.sei, q.mei, q.address(), f"{q.sei} {r.choice(MALE + FEMALE)[0]}",
                       r.choice(["子", "配偶者", "孫", "兄弟", "知人"]), "確認", r.choice(["免許証", "マイナカード", "保険証＋年金手帳"])])  # fmt: skip
    docs.append(
        Doc(
            "shomei",
            "xlsx",
            2,
            ["address", "name"],
            DocSpec(
                sheets=[sheet("代理申請", rows11, first_row=6, title=f"代理人申請 確認表 {ymd(_day(ctx))}")]
            ),
        )
    )
    # 12 — level 3: 交付履歴 of 110+ applicants on a dashed print
    apps = ctx.people(r.randint(110, 128))
    rows12 = [[f"{r.randint(100000, 999999)}", q.name(), katakana(q.kana), wareki(q.birth, "short"), q.address()[:24],
               r.choice(kinds[:5])[:9], r.choice(["窓口", "窓口", "郵送", "コンビニ", "代理"])] for q in apps]  # fmt: skip
    cols12 = [
        ("宛名番号", 30),
        ("氏名", 70),
        ("カナ", 150),
        ("生年月日", 255),
        ("住所", 310),
        ("証明書", 510),
        ("方法", 600),
    ]
    docs.append(Doc("shomei", "pdf", 3, ["address", "birth_date", "name"], DocSpec(title="交付履歴"), post=system_print(
        "市税証明 交付履歴一覧", f"{c} 税務総合システム SM0110", cols12, rows12, 27,
        "抽出条件：交付日 令和6年9月1日 から 令和6年9月30日")))  # fmt: skip
    # 13 — level 3: a 委任状 受付 控え whose My Number is only in the page header as 「番号 …」
    p, agent = ctx.person(), ctx.person()
    docs.append(Doc("shomei", "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="委任状 受付控え",
        paragraphs=["代理人による証明交付の受付内容を記録する。", "委任状原本は3年間保存。"],
        tables=[_form([("委任者", p.name()), ("委任者住所", p.address()), ("代理人", agent.name()),
                       ("関係", "知人"), ("交付証明", "納税証明書（その1）1通"), ("受付者", f"主事 {ctx.staff()}")])],
        header=f"受付 R6-{r.randint(1000, 9999)}　番号 {grouped(random_my_number(r))}",
    )))  # fmt: skip
    # 14 — level 3: Slack; the 納税証明 is refused because of 未納
    p = ctx.person(born=(1960, 1990))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shomei", "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("slack", _day(ctx), [
        ("15:02", a, f"{p.name()}さん、融資用に納税証明（その3）を希望されています"),
        ("15:06", b, f"その方は市県民税の令和5年度 第3期・第4期が未納（{yen(r.randint(20, 90) * 1000)}円）なので、その3は出せません"),
        ("15:07", b, "督促状も出ています。納付後なら即日発行できますと伝えてください"),
    ], "shomei-madoguchi"))))  # fmt: skip
    # 15 — level 3: a case note on an agent's request; the dementia and the care home come late
    p = ctx.person(born=(1930, 1945))
    d = ctx.person(born=(1960, 1975), sex="女")
    docs.append(Doc("shomei", "odt", 3, ["address", "health", "name"], DocSpec(paragraphs=[
        "代理申請 経過記録",
        f"令和6年{r.randint(7, 9)}月{r.randint(1, 28)}日、{p.address()}にお住まいの{p.name()}さんの非課税証明書について、"
        "長女と名乗る方が来庁した。",
        "持参された委任状は委任者欄の筆跡が代理人のものと似ており、窓口では受付を保留した。",
        "長女は、介護保険の負担限度額認定に証明書が必要だと説明した。同一世帯ではない。",
        "係長と協議し、翌日、長女から事情を改めて聴取した。",
        "本人は昨年からアルツハイマー型認知症が進み、現在は特別養護老人ホームに入所しており、自署ができない状態とのこと。"
        "成年後見の申立ては準備中。",
        f"以上から、後見開始までは施設長の証明を添えた申請として扱うこととした。（記録 主査 {ctx.staff()}）",
        f"代理人：{d.name()}",
    ]), note="the principal's dementia and care-home stay count as health"))  # fmt: skip
    return docs


# --- 還付・充当 (収納課 還付担当) ----------------------------------------------------------------------------
def kanpu(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "収納課 還付担当"
    # 1 — level 1: the guide to refunds and 充当
    docs.append(Doc("kanpu", "pdf", 1, [], DocSpec(
        title="市税の還付と充当について",
        paragraphs=["納め過ぎた市税（過誤納金）は、還付通知書でお知らせし、指定の口座へお返しします。",
                    "ほかに未納の市税がある場合は、還付金をその未納分に充てます（地方税法第17条の2による充当）。",
                    "還付金には、一定の期間に応じて還付加算金が加算されることがあります。",
                    "還付金の請求権は、請求できる日から5年で時効により消滅します。",
                    "「還付金があるのでATMで手続きを」という電話は詐欺です。市がATMの操作をお願いすることはありません。"],
        footer=_dept(ctx, desk),
    )))  # fmt: skip
    # 2 — level 1: refunds by 税目 and month under merges, raw figures hidden
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    head2: list[Cell] = ["税目", *[x for m in months for x in (m, None)]]
    sub2: list[Cell] = [None, *[x for _ in months for x in ("件数", "金額")]]
    rows2: list[list[Cell]] = [head2, sub2]
    for t in [*TAXES, "法人市民税"]:
        rows2.append([t, *[x for _ in months for x in (r.randint(5, 300), r.randint(50, 9000) * 1000)]])
    cols = "BCDEFGHIJKLM"
    docs.append(Doc("kanpu", "xlsx", 1, [], DocSpec(sheets=[
        sheet("還付実績", rows2, title="令和6年度 市税還付 実績（月別）", first_row=4),
        sheet("元データ", [["税目", "月", "件数", "金額", "充当件数"],
                           *[[t, m, r.randint(5, 300), r.randint(50, 9000) * 1000, r.randint(0, 40)] for t in TAXES for m in months]],
              state="hidden"),
    ]), post=merge_xlsx({"還付実績": [f"{cols[2 * i]}4:{cols[2 * i + 1]}4" for i in range(6)] + ["A4:A5"]})))  # fmt: skip
    # 3 — level 1: 還付請求書 記入例 with a sample name and a sample account
    docs.append(Doc("kanpu", "docx", 1, [], DocSpec(
        title="過誤納金 還付請求書 兼 口座振込依頼書（記入例）",
        paragraphs=[f"{ctx.mayor} 様", "還付通知書に記載の還付金を、下記の口座に振り込んでください。"],
        tables=[_form([("還付通知書番号", "R6-〇〇〇〇"), ("請求者 氏名", SAMPLE_NAMES[4]), ("住所", f"{c}〇〇町〇丁目〇番〇号"),
                       ("電話", "〇〇〇〇-〇〇-〇〇〇〇"), ("振込先", "〇〇銀行 〇〇支店 普通 〇〇〇〇〇〇〇"),
                       ("口座名義（カナ）", "カンプ タロウ")])],
        textboxes=["記入例：口座名義は請求者本人のものに限ります"],
        footer="記入例",
    )))  # fmt: skip
    # 4 — level 1: 法人 中間納付 refunds with 法人番号 (xls)
    rows4: list[list[Cell]] = [
        ["法人番号", "法人名", "事業年度", "中間納付額", "確定税額", "還付額", "還付加算金", "決定日"]
    ]
    for _ in range(12):
        paid = r.randint(20, 300) * 1000
        due = r.randint(0, paid // 1000) * 1000
        rows4.append([random_corporate_number(r), ctx.company(), "令和5年4月から令和6年3月", paid, due, paid - due,
                      r.choice([0, 0, 100, 300]), ymd(_day(ctx, 1, 28, r.randint(6, 9)))])  # fmt: skip
    docs.append(Doc("kanpu", "xls", 1, ["corporate_number"], DocSpec(
        sheets=[sheet("法人還付", rows4, title="法人市民税 中間納付額の還付決定一覧")], footer=desk),
        note="companies with 法人番号: no private person"))  # fmt: skip
    # 5 — level 1: Outlook mail with the bank about the transfer file (no resident)
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("kanpu", "txt", 1, [], DocSpec(paragraphs=mail(
        f"{a}（{c} 収納課）", f"{ctx.bank} 公務部 ご担当者様", "RE: 還付金 総合振込データの形式について",
        "2024/09/18 (水) 16:05",
        ["いつもお世話になっております。", "ご指摘の全銀フォーマットのヘッダーレコード、委託者コードを修正して再送しました。",
         "次回から振込指定日の3営業日前までにお送りします。"],
        [(f"{b}（{ctx.bank} 公務部）", "2024/09/18 (水) 11:20", "還付金 総合振込データの形式について",
          ["本日受領の振込データについて、ヘッダーの委託者コードが旧番号のままでした。", "お手数ですが修正のうえ再送をお願いします。"])],
    )), note="no resident: the city and its bank about a file format"))  # fmt: skip
    # 6 — level 1: 還付加算金 rates by period (ods)
    docs.append(Doc("kanpu", "ods", 1, [], DocSpec(sheets=[sheet("加算金割合", [
        ["期間", "還付加算金の割合（年）", "根拠"],
        ["令和3年1月1日から令和3年12月31日", "1.0%", "特例基準割合"],
        ["令和4年1月1日から令和4年12月31日", "0.9%", "還付加算金特例基準割合"],
        ["令和5年1月1日から令和5年12月31日", "0.9%", "還付加算金特例基準割合"],
        ["令和6年1月1日から令和6年12月31日", "0.9%", "還付加算金特例基準割合"],
    ], title="還付加算金の割合")])))  # fmt: skip

    # 7 — level 2: 還付通知書 to a named resident (spaced digits; a refund is not arrears)
    p = ctx.person()
    ctx.urban(p)
    amt = r.randint(3, 90) * 1000 + r.choice([0, 100, 500])
    docs.append(Doc("kanpu", "pdf", 2, ["address", "name"], DocSpec(title="還付通知書"), post=_spaced_letter(
        ctx, p, "市税過誤納金 還付通知書",
        [f"令和5年度 市県民税 の納め過ぎがありましたので、{yen(amt)} 円 を還付します。",
         "理由 所得更正（令和6年8月）による税額の減額",
         "同封の還付請求書に振込先口座を記入のうえ、令和6年12月27日までにご返送ください。"], desk,
        f"還付通知番号 R6-{r.randint(1000, 9999)}")))  # fmt: skip
    # 8 — level 2: a filled 還付請求書 with the bank account
    p = ctx.person()
    bank, branch, acct = ctx.account()
    docs.append(Doc("kanpu", "docx", 2, ["address", "name", "phone"], DocSpec(
        title="過誤納金 還付請求書 兼 口座振込依頼書",
        paragraphs=[f"{ctx.mayor} 様", f"請求日 令和6年{r.randint(7, 10)}月{r.randint(1, 28)}日"],
        tables=[_form([("還付通知書番号", f"R6-{r.randint(1000, 9999)}"), ("請求者 氏名", p.name()), ("住所", p.address()),
                       ("電話", p.phone), ("振込先", f"{bank} {branch} 普通 {acct}"), ("口座名義（カナ）", katakana(p.kana))])],
    ), note="a bank account is not a sensitive category: name with address and phone is level 2"))  # fmt: skip
    # 9 — level 2: relay log; the transfer failed, the reply gives the refundee's new address
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("kanpu", "txt", 2, ["address", "name"], DocSpec(paragraphs=chat("arrow", _day(ctx), [
        ("10:15", a, f"{p.name()}さんの還付金、口座解約で振込不能の返却がありました"),
        ("10:40", b, f"本人から電話あり。転居したとのことで新住所は{p.address()}。新しい請求書を送ってほしいと"),
        ("10:42", a, "請求書を再送します。還付加算金は再計算不要です"),
    ], "還付担当"))))  # fmt: skip
    # 10 — level 2: 還付 未済 list (heirs, returned mail) in ods
    rows10: list[list[Cell]] = [["通知番号", "還付先", "住所", "還付額", "状況"]]
    for q in ctx.people(r.randint(12, 18)):
        rows10.append([f"R6-{r.randint(1000, 9999)}", q.name(), q.address(), r.randint(1, 60) * 1000,
                       r.choice(["宛所不明で返戻", "死亡・相続人調査中", "請求書未提出", "口座不備"])])  # fmt: skip
    docs.append(
        Doc(
            "kanpu",
            "ods",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("未済", rows10, title="還付未済一覧")]),
        )
    )

    # 11 — level 3: 充当通知書 (spaced digits): the refund went to 未納 固定資産税 and 延滞金
    p = ctx.person()
    ctx.urban(p)
    refund = r.randint(20, 90) * 1000
    used = r.randint(10, refund // 1000) * 1000
    docs.append(Doc("kanpu", "pdf", 3, ["address", "arrears", "name"], DocSpec(title="充当通知書"), post=_spaced_letter(
        ctx, p, "市税過誤納金 充当通知書",
        [f"還付すべき過誤納金 {yen(refund)} 円 を、次の未納の市税に充当しました。",
         f"充当先 令和5年度 固定資産税 第3期 未納額 {yen(used - 800)} 円・延滞金 800 円",
         f"充当後の還付額 {yen(refund - used)} 円",
         "督促状を送付済みの未納分に充当しています（地方税法第17条の2）。"], desk,
        f"充当通知番号 R6-{r.randint(1000, 9999)}")))  # fmt: skip
    # 12 — level 3: 110+ refunds with accounts on a ruled print
    refs = ctx.people(r.randint(110, 128))
    rows12: list[list[str]] = []
    for q in refs:
        bank, branch, acct = ctx.account()
        rows12.append([f"R6-{r.randint(1000, 9999)}", q.name(), q.address()[:24], bank[:8], branch[:7], acct,
                       yen(r.randint(1, 90) * 1000)])  # fmt: skip
    cols12 = [
        ("通知番号", 30),
        ("還付先", 75),
        ("住所", 155),
        ("金融機関", 355),
        ("支店", 430),
        ("口座番号", 495),
        ("還付額", 560),
    ]
    docs.append(Doc("kanpu", "pdf", 3, ["address", "name"], DocSpec(title="還付振込明細"), post=system_print(
        "還付金 振込明細一覧", f"{c} 収納管理システム SN0330", cols12, rows12, 29,
        "振込指定日 令和6年10月25日", ruled=True)))  # fmt: skip
    # 13 — level 3: an account check memo whose My Number is only in the footer 「○○さんの番号 …」
    p = ctx.person()
    bank, branch, acct = ctx.account()
    docs.append(Doc("kanpu", "docx", 3, ["address", "my_number", "name", "phone"], DocSpec(
        title="還付口座 確認メモ",
        paragraphs=[f"還付先 {p.name()} 様（{p.address()}）", f"連絡先 {p.phone}",
                    f"請求書の口座名義が旧姓のため、{bank} {branch} に照会。口座番号 {acct} は本人名義と確認できた。",
                    "振込は次回の指定日で処理する。"],
        footer=f"{p.sei}さんの番号 {grouped(random_my_number(r), '-')}",
    )))  # fmt: skip
    # 14 — level 3: Teams; refund vs 充当, the reply gives 国保税 滞納
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("kanpu", "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("teams", _day(ctx), [
        ("16:20", a, f"{p.name()}さんから還付はいつ振り込まれるかと問い合わせです"),
        ("16:24", b, f"その方は国保税が令和4年度から滞納（約{r.randint(8, 40)}万円）なので、還付金は全額充当になります"),
        ("16:25", b, "充当通知はもう発送済み。納税相談の予約を勧めてください"),
    ], "収納課 還付"))))  # fmt: skip
    return docs


# --- 納税相談 (収納課 納税相談係) ----------------------------------------------------------------------------
def sodan(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "収納課 納税相談係"
    # 1 — level 1: the guide to 納税相談
    docs.append(Doc("sodan", "pdf", 1, [], DocSpec(
        title="市税の納付が難しいときは、お早めにご相談ください",
        paragraphs=["災害、病気、事業の休廃止などで一時に納付することが困難な場合は、徴収の猶予や換価の猶予、"
                    "分割での納付について相談できます。",
                    "相談には、収入が分かるもの（給与明細、年金通知）、支出が分かるもの（家賃、医療費の領収書）、"
                    "預金通帳をお持ちください。",
                    "納期限を過ぎると督促状が送付され、延滞金がかかります。放置すると財産の差押えを行うことがあります。",
                    f"夜間納税相談：毎月第2・第4木曜日 19時まで（{ctx.hall} 2階）"],
        footer=_dept(ctx, desk),
    )))  # fmt: skip
    # 2 — level 1: training slides with anonymised cases
    docs.append(Doc("sodan", "pptx", 1, [], DocSpec(
        title="徴収職員研修 納税相談の進め方",
        paragraphs=["事例1：Ａさん（40代・自営業）売上減少で市県民税を滞納、分納誓約後に完納",
                    "事例2：Ｂさん（70代・年金）固定資産税の滞納、生活状況を聞き取り執行停止を検討",
                    "聞き取り票の記載例：氏名 〇〇 〇〇、滞納額 〇〇〇,〇〇〇円",
                    "ポイント：収入・支出を具体的に聞く、分納は完納までの期間を示す",
                    "NG：滞納者の事情を庁外で話す、窓口で大声で金額を読み上げる"],
        notes=["講師：収納課長補佐。事例は実在の人物と関係ありません"],
    )))  # fmt: skip
    # 3 — level 1: the 研修 roster of tax staff (odt)
    rows3 = [["No", "所属", "職名", "氏名", "受講日"]]
    for i in range(1, 19):
        rows3.append([str(i), r.choice(["収納課", "市民税課", "資産税課", "保険年金課"]),
                      r.choice(["主事", "主任", "主査", "係長"]), ctx.staff(), r.choice(["10月8日", "10月9日"])])  # fmt: skip
    docs.append(Doc("sodan", "odt", 1, [], DocSpec(
        title="令和6年度 税務職員研修（徴収実務・初任者）受講者名簿",
        paragraphs=["会場：" + ctx.hall + " 5階 第2会議室", "講師：県税事務所 納税課長"],
        tables=[rows3],
    ), note="a roster of tax staff in their role"))  # fmt: skip
    # 4 — level 1: 相談件数 by content, merged title
    items = ["分割納付", "徴収猶予", "換価の猶予", "生活困窮", "その他"]
    rows4: list[list[Cell]] = [["相談内容", "4月", "5月", "6月", "7月", "8月", "9月"]]
    rows4 += [[it, *[r.randint(3, 120) for _ in range(6)]] for it in items]
    docs.append(Doc("sodan", "xlsx", 1, [], DocSpec(sheets=[
        sheet("件数", rows4, title="納税相談 件数（令和6年度上半期）"),
    ]), post=merge_xlsx({"件数": ["A1:C1"]})))  # fmt: skip
    # 5 — level 1: 分納誓約書 記入例
    docs.append(Doc("sodan", "docx", 1, [], DocSpec(
        title="分納誓約書（記入例）",
        paragraphs=[f"{ctx.mayor} 様", "私は、下記の市税について、次のとおり分割して納付することを誓約します。",
                    "誓約者 " + SAMPLE_NAMES[5] + "　住所 〇〇市〇〇町〇丁目〇番〇号",
                    "毎月末日までに 20,000円 を納付します（令和6年11月から令和7年10月まで）。",
                    "誓約を守らなかったときは、差押え等の滞納処分を受けても異議ありません。"],
        textboxes=["記入例：納付額は生活状況を踏まえて相談のうえ決めます"],
        footer="記入例",
    )))  # fmt: skip

    # 6 — level 2: a 申告相談 予約票 (filing help, nothing owed)
    p = ctx.person(born=(1938, 1958))
    docs.append(Doc("sodan", "docx", 2, ["address", "name", "phone"], DocSpec(
        title="市県民税 申告相談 予約受付票",
        tables=[_form([("氏名", p.name()), ("住所", p.address()), ("電話", p.phone),
                       ("予約日時", f"令和7年2月{r.randint(17, 28)}日 {r.randint(9, 15)}時"),
                       ("相談内容", "年金以外の収入（畑の貸付け）の申告"), ("持参物", "源泉徴収票・医療費の領収書")])],
    ), note="申告相談 is help with filing: no money owed"))  # fmt: skip
    # 7 — level 2: spaced-digit letter inviting a resident to the 申告相談 会場
    p = ctx.person(born=(1940, 1960))
    ctx.urban(p)
    docs.append(Doc("sodan", "pdf", 2, ["address", "name"], DocSpec(title="申告相談のご案内"), post=_spaced_letter(
        ctx, p, "市県民税 申告相談会場のご案内",
        [f"昨年、{p.district}会場で申告相談をされた方にお送りしています。",
         f"令和7年2月{r.randint(17, 28)}日 午前9時から、{p.district}公民館で受け付けます。",
         "源泉徴収票、各種控除の証明書をお持ちください。"], desk, ""), note="an invitation to file: no money owed"))  # fmt: skip
    # 8 — level 2: Teams; a first-instalment question (not yet due), the reply gives a phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("sodan", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", _day(ctx, 1, 20, 6), [
        ("13:01", a, f"{p.name()}さんから、初めて届いた納税通知書の払い方が分からないと電話がありました"),
        ("13:03", b, "第1期の納期限は6月末なのでまだ大丈夫。スマホ決済の案内を送りましょうか"),
        ("13:05", a, f"はい。折り返しは {p.phone} にお願いしますとのことです"),
    ], "納税相談係")), note="the first instalment is not yet due: no arrears"))  # fmt: skip
    # 9 — level 2: the day's 申告相談 bookings, 姓/名/カナ split, from row 5
    rows9: list[list[Cell]] = [["時間", "姓", "名", "セイ", "メイ", "電話", "相談内容"]]
    for i, q in enumerate(ctx.people(r.randint(14, 20), born=(1938, 1965))):
        rows9.append([f"{9 + i // 4}:{(i % 4) * 15:02d}", q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana),
                      q.phone, r.choice(["年金", "医療費控除", "不動産所得", "給与・年金"])])  # fmt: skip
    docs.append(Doc("sodan", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("予約", rows9, first_row=5, title="申告相談 予約一覧（本庁会場）")]),
        note="filing-help bookings with phones: nothing owed"))  # fmt: skip

    # 10 — level 3: a filled 分納誓約書
    p = ctx.person(born=(1960, 1990))
    owed = r.randint(20, 80) * 10000
    docs.append(Doc("sodan", "docx", 3, ["address", "arrears", "birth_date", "name", "phone"], DocSpec(
        title="分納誓約書",
        paragraphs=[f"{ctx.mayor} 様", "私は、下記の滞納市税について、次のとおり分割して納付することを誓約します。",
                    f"令和6年{r.randint(8, 10)}月{r.randint(1, 28)}日"],
        tables=[_form([("誓約者", p.name()), ("住所", p.address()), ("生年月日", wareki(p.birth)), ("電話", p.phone),
                       ("滞納額", f"{yen(owed)} 円（市県民税 令和4・5年度、延滞金別）"),
                       ("納付計画", f"毎月末日 {yen(owed // 20)} 円 × 20回")])],
    )))  # fmt: skip
    # 11 — level 3: a 相談記録 in prose; the depression comes paragraphs after the name
    p = ctx.person(born=(1965, 1990))
    docs.append(Doc("sodan", "docx", 3, ["address", "arrears", "health", "name"], DocSpec(paragraphs=[
        "納税相談記録",
        f"令和6年{r.randint(7, 9)}月{r.randint(1, 28)}日 来庁。{p.address()}の{p.name()}さん（世帯主）。",
        f"市県民税 令和5年度 第2期から第4期、固定資産税 第3期・第4期が滞納。延滞金を含め約{r.randint(15, 60)}万円。",
        "勤務先は昨年末に退職し、現在は失業給付も終了している。配偶者のパート収入（月8万円程度）のみ。",
        "家賃、光熱費の支払いは何とか続けているとのこと。預金残高は通帳で確認（数千円）。",
        "本人は昨年からうつ病で心療内科に通院しており、主治医からは就労は年明けまで控えるよう言われている。",
        "当面、月5,000円の分納で誓約を受け、年明けに生活状況を再確認する。執行停止の要否も含めて係内で検討。",
        f"対応 主事 {ctx.staff()}",
    ])))  # fmt: skip
    # 12 — level 3: LINE WORKS (cp932); the reply gives the stroke and the arrears
    p = ctx.person(born=(1940, 1960))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("sodan", "txt-cp932", 3, ["arrears", "health", "name"], DocSpec(paragraphs=chat("lineworks", _day(ctx), [
        ("09:30", a, f"{p.name()}さんの分納、先月から入金が止まっています"),
        ("09:41", b, "娘さんから電話がありました。8月に脳梗塞で倒れて入院中、右半身に麻痺が残るそうです"),
        ("09:43", b, f"滞納残はあと{yen(r.randint(10, 40) * 10000)}円。退院の目途がつくまで催告は止めます"),
        ("09:44", a, "了解です。経過に記録しておきます"),
    ], desk))))  # fmt: skip
    # 13 — level 3: 110+ persons on 分納 with their arrears, dashed print
    payers = ctx.people(r.randint(108, 124), born=(1940, 1995))
    rows13 = [[f"{r.randint(10000000, 99999999)}", q.name(), q.address()[:24], r.choice(TAX_SHORT),
               yen(r.randint(5, 120) * 10000), yen(r.randint(1, 6) * 5000), r.choice(["履行中", "履行中", "不履行", "再誓約"])]
              for q in payers]  # fmt: skip
    cols13 = [
        ("宛名番号", 30),
        ("氏名", 75),
        ("住所", 155),
        ("税目", 355),
        ("滞納残額", 420),
        ("分納額", 500),
        ("状況", 570),
    ]
    docs.append(Doc("sodan", "pdf", 3, ["address", "arrears", "name"], DocSpec(title="分納管理一覧"), post=system_print(
        "分納管理一覧表", f"{c} 滞納整理システム TN0610", cols13, rows13, 27, "抽出条件：分納誓約 有効 / 担当 全員")))  # fmt: skip
    # 14 — level 3: a 相談 受付票 whose My Number is only in a text box 「番号確認済 …」
    p = ctx.person()
    docs.append(Doc("sodan", "docx", 3, ["address", "arrears", "my_number", "name"], DocSpec(
        title="納税相談 受付票",
        paragraphs=["相談の概要を記録し、係長の確認を受けること。"],
        tables=[_form([("相談者", p.name()), ("住所", p.address()), ("相談内容", "固定資産税の分割納付"),
                       ("滞納額", f"{yen(r.randint(10, 50) * 10000)} 円"), ("本人確認", "運転免許証 提示")])],
        textboxes=[f"番号確認済 {grouped(random_my_number(r), '-')}"],
    ), note="the My Number sits only in a text box labelled 番号確認済"))  # fmt: skip
    return docs


# --- 差押・公売・執行停止 (収納課 滞納整理係) ----------------------------------------------------------------
def sashiosae(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "収納課 滞納整理係"
    # 1 — level 1: the general policy on 滞納処分 (no person)
    docs.append(Doc("sashiosae", "docx", 1, [], DocSpec(
        title="滞納処分の基本方針（令和6年度）",
        paragraphs=["1 目的　市税の公平な負担を確保するため、督促状を発してから10日を経過してもなお完納されない滞納者に対しては、"
                    "財産調査のうえ、法令に基づき差押えを行う。",
                    "2 財産調査　預貯金、給与、生命保険、不動産、自動車について、金融機関、勤務先等に照会する。",
                    "3 差押えの優先順位　換価が容易な預貯金・給与を優先する。",
                    "4 執行停止　財産がない、又は滞納処分により生活を著しく窮迫させるおそれがあるときは、執行停止を検討する。",
                    "5 公売　不動産・自動車等はインターネット公売により換価する。"],
        footer=_dept(ctx, desk),
    )))  # fmt: skip
    # 2 — level 1: 差押 counts by 財産, merged title and a hidden sheet
    kinds = ["預貯金", "給与", "生命保険", "不動産", "自動車", "国税還付金", "その他"]
    rows2: list[list[Cell]] = [["財産種別", "令和4年度", "令和5年度", "令和6年度（9月末）"]]
    rows2 += [[k, r.randint(5, 900), r.randint(5, 900), r.randint(3, 500)] for k in kinds]
    docs.append(Doc("sashiosae", "xlsx", 1, [], DocSpec(sheets=[
        sheet("差押件数", rows2, title="財産種別 差押件数の推移"),
        sheet("換価額", [["財産種別", "換価額（千円）"], *[[k, r.randint(100, 90000)] for k in kinds]], state="hidden"),
    ]), post=merge_xlsx({"差押件数": ["A1:B1"]})))  # fmt: skip
    # 3 — level 1: the internet 公売 notice (land by 地番, a car by model; no owner)
    area = r.choice([a for a in ctx.areas if a.endswith("*")])
    docs.append(Doc("sashiosae", "pdf", 1, [], DocSpec(
        title=f"{c} インターネット公売のお知らせ",
        paragraphs=["市税の滞納処分により差し押さえた財産を、インターネット公売で売却します。",
                    "参加申込期間：令和6年11月5日から11月14日まで　入札期間：11月26日から12月3日まで",
                    "公売保証金は見積価額の10%以上です。"],
        tables=[[["売却区分番号", "財産", "所在・内容", "見積価額"],
                 ["6-1", "土地（宅地）", f"{c}{area.rstrip('*')}{r.randint(100, 2800)}番 {r.randint(150, 600)}.{r.randint(10, 99)}㎡",
                  f"{yen(r.randint(200, 900) * 1000)}円"],
                 ["6-2", "軽自動車", f"スズキ ワゴンR 平成{r.randint(20, 30)}年式 走行 {r.randint(3, 12)}万km", f"{yen(r.randint(50, 300) * 1000)}円"],
                 ["6-3", "動産", "腕時計 一式（鑑定書付）", f"{yen(r.randint(30, 200) * 1000)}円"]]],
    ), note="公売 property by 地番 and model, with no owner named"))  # fmt: skip
    # 4 — level 1: banks queried for deposits, with 法人番号 (csv)
    rows4: list[list[Cell]] = [["金融機関", "法人番号", "照会先部署", "所在地", "電話", "回答方法"]]
    for b in [ctx.bank, ctx.shinkin, *BANKS, f"{area_label(ctx.areas[0])}農業協同組合"]:
        rows4.append([b, random_corporate_number(r), "事務集中センター 照会担当", ctx.biz_address(), ctx.tel(),
                      r.choice(["電子（pipitLINQ）", "郵送", "電子（pipitLINQ）"])])  # fmt: skip
    docs.append(
        Doc(
            "sashiosae",
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("照会先", rows4)]),
            note="banks with 法人番号: no private person",
        )
    )
    # 5 — level 1: relay log of a タイヤロック drill (no resident)
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("sashiosae", "txt", 1, [], DocSpec(paragraphs=chat("arrow", _day(ctx, 1, 20), [
        ("13:30", a, "公用車でタイヤロック装着の訓練を開始します"),
        ("13:45", b, "装着完了。警告ステッカーの貼付位置は運転席側の窓でよいか確認願います"),
        ("13:47", a, "運転席側で可。取外しの手順も続けてやりましょう"),
    ], "滞納整理係 研修")), note="no resident: a staff drill on a 公用車"))  # fmt: skip
    # 6 — level 1: the 執行停止 internal criteria (odt)
    docs.append(Doc("sashiosae", "odt", 1, [], DocSpec(
        title="滞納処分の執行停止に関する事務取扱要領",
        paragraphs=["第1条 この要領は、地方税法第15条の7に規定する滞納処分の執行停止の判断基準を定める。",
                    "第2条 次の各号のいずれかに該当するときは、執行停止を検討する。",
                    "（1）生活保護を受給しているとき（2）長期の入院・療養で収入の見込みがないとき"
                    "（3）法人が事業を廃止し、財産がないとき（4）滞納者の所在及び財産がともに不明なとき",
                    "第3条 執行停止は係長の審査を経て課長が決裁する。3年ごとに状況を確認する。"],
    )))  # fmt: skip

    # 7 — level 2: a 公売 buyer's 買受申込書 (the buyer owes nothing)
    p = ctx.person(born=(1955, 1990))
    docs.append(Doc("sashiosae", "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="公売財産 買受申込書",
        paragraphs=[f"{ctx.mayor} 様", "公売の条件を承認のうえ、次のとおり買受けを申し込みます。"],
        tables=[_form([("売却区分番号", "6-2"), ("申込者 氏名", p.name()), ("住所", p.address()),
                       ("生年月日", wareki(p.birth)), ("電話", p.phone), ("入札価額", f"{yen(r.randint(60, 320) * 1000)}円")])],
    ), note="the buyer at a 公売 is not a debtor: no arrears"))  # fmt: skip
    # 8 — level 2: 公売 参加申込者 (ods)
    rows8: list[list[Cell]] = [["受付", "氏名", "住所", "電話", "売却区分", "保証金"]]
    for i, q in enumerate(ctx.people(r.randint(9, 14), born=(1950, 1995)), start=1):
        rows8.append([i, q.name(), q.address(), q.phone, r.choice(["6-1", "6-2", "6-3"]), "納付済"])
    docs.append(Doc("sashiosae", "ods", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("参加者", rows8, title="インターネット公売 参加申込者一覧")]), note="公売 bidders, not debtors"))  # fmt: skip
    # 9 — level 2: Teams; the winning bidder's payment, the reply gives his phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("sashiosae", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", _day(ctx), [
        ("10:10", a, f"6-2の落札者 {p.name()}さん、代金の入金がまだ確認できません"),
        ("10:13", b, f"納付期限は明日です。念のため {p.phone} に電話しておきます"),
        ("11:02", b, "本日振込済みとのこと。明朝確認します"),
    ], "公売チーム")), note="the winning bidder is not a debtor"))  # fmt: skip
    # 10 — level 2: a spaced-digit 売却決定 notice to the buyer
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc("sashiosae", "pdf", 2, ["address", "name"], DocSpec(title="売却決定通知書"), post=_spaced_letter(
        ctx, p, "売却決定通知書",
        ["インターネット公売（売却区分番号 6-1）において、あなたを最高価申込者として売却決定しました。",
         f"買受代金 {yen(r.randint(300, 900) * 1000)} 円 を令和6年12月11日までに納付してください。"], desk,
        f"{c}収第{r.randint(100, 999)}号"), note="the buyer of a 公売 property, not a debtor"))  # fmt: skip

    # 11 — level 3: 110+ 差押 executions on a dashed print
    debtors = ctx.people(r.randint(106, 122), born=(1940, 1995))
    rows11 = [[f"{r.randint(10000000, 99999999)}", q.name(), q.address()[:24], r.choice(kinds),
               yen(r.randint(5, 200) * 10000), ymd(_day(ctx, 1, 28, r.randint(4, 9)))] for q in debtors]  # fmt: skip
    cols11 = [
        ("宛名番号", 30),
        ("滞納者氏名", 75),
        ("住所", 155),
        ("差押財産", 355),
        ("滞納額", 420),
        ("差押日", 500),
    ]
    docs.append(Doc("sashiosae", "pdf", 3, ["address", "arrears", "name"], DocSpec(title="差押執行状況"), post=system_print(
        "差押執行状況一覧", f"{c} 滞納整理システム TN0720", cols11, rows11, 26, "抽出条件：差押日 令和6年4月1日以降")))  # fmt: skip
    # 12 — level 3: 執行停止 決議書 in prose; the terminal cancer comes late
    p = ctx.person(born=(1945, 1965))
    docs.append(Doc("sashiosae", "docx", 3, ["address", "arrears", "health", "name"], DocSpec(
        title="滞納処分の執行停止 決議書",
        paragraphs=[f"滞納者 {p.name()}（{p.address()}）",
                    f"滞納税額 市県民税・固定資産税 計 {yen(r.randint(30, 150) * 10000)} 円（延滞金を含む）",
                    "財産調査の結果、預貯金はわずかで、不動産は自宅のみ（抵当権設定済み、余剰見込みなし）。",
                    "給与所得はなく、年金収入（月額約6万円）で生活している。",
                    "令和6年9月の臨戸時、同居の妹から、本人は末期の肺がんで緩和ケア病棟に入院中であり、"
                    "退院の見込みはないと聴取した。主治医の意見書の写しを受領。",
                    "以上により、地方税法第15条の7第1項第2号に該当するものとして執行停止としたい。"],
    )))  # fmt: skip
    # 13 — level 3: the 給与差押 ledger from column Z on row 9, 姓/名/カナ split
    rows13: list[list[Cell]] = [
        ["管理番号", "姓", "名", "セイ", "メイ", "住所", "勤務先", "滞納額", "毎月差押額"]
    ]
    for q in ctx.people(r.randint(20, 28), born=(1960, 1998)):
        rows13.append([f"S{r.randint(10000, 99999)}", q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(),
                       ctx.company(), r.randint(10, 120) * 10000, r.randint(1, 8) * 10000])  # fmt: skip
    docs.append(Doc("sashiosae", "xlsx", 3, ["address", "arrears", "name"], DocSpec(sheets=[
        sheet("給与差押", far_right(rows13, 25), first_row=9, title="給与差押 管理台帳")])))  # fmt: skip
    # 14 — level 3: a spaced-digit 差押通知 to a named debtor
    p = ctx.person()
    ctx.urban(p)
    bank, branch, _ = ctx.account()
    docs.append(Doc("sashiosae", "pdf", 3, ["address", "arrears", "name"], DocSpec(title="差押通知"), post=_spaced_letter(
        ctx, p, "財産差押のお知らせ",
        [f"あなたの滞納市税（令和4年度・5年度 市県民税 {yen(r.randint(20, 90) * 10000)} 円 ほか延滞金）について、",
         f"督促状を発したにもかかわらず完納されないため、令和6年{r.randint(8, 9)}月{r.randint(1, 28)}日に",
         f"次の財産を差し押さえました。 {bank} {branch} 普通預金"], desk, f"{c}収第{r.randint(100, 999)}号")))  # fmt: skip
    # 15 — level 3: Teams on the day of a 捜索; the reply gives dialysis
    p = ctx.person(born=(1950, 1975))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("sashiosae", "txt", 3, ["arrears", "health", "name"], DocSpec(paragraphs=chat("teams", _day(ctx), [
        ("08:40", a, f"本日10時、{p.name()}さん宅の捜索です。滞納額は{yen(r.randint(50, 200) * 10000)}円"),
        ("08:52", b, "昨日の電話で奥さんが言っていましたが、本人は週3回人工透析に通っていて午前は不在がちだそうです"),
        ("08:55", a, "では午後に変更します。立会人の手配も変更を"),
    ], "捜索班"))))  # fmt: skip
    return docs


# --- 収納 (収納課 収納係) -------------------------------------------------------------------------------------
def shuno(ctx: Ctx) -> list[Doc]:
    r, c = ctx.rng, ctx.city
    docs: list[Doc] = []
    desk = "収納課 収納係"
    # 1 — level 1: the monthly collection report, aggregates over several pages (no person)
    rows1: list[list[str]] = []
    for t in TAXES:
        for d in ctx.districts:
            for m in ("7月", "8月", "9月"):
                due = r.randint(2000, 90000) * 1000
                got = int(due * r.uniform(0.82, 0.995))
                rows1.append([t, d, m, yen(due), yen(got), f"{got / due * 100:.1f}%"])
    cols1 = [("税目", 40), ("地区", 160), ("月", 280), ("調定額", 350), ("収入額", 480), ("収納率", 610)]
    docs.append(Doc("shuno", "pdf", 1, [], DocSpec(title="収納状況月報"), post=system_print(
        "収納状況月報（地区別）", f"{c} 収納管理システム SN0100", cols1, rows1, 32, "現年課税分 / 令和6年9月末"),
        note="aggregate figures printed over several pages: no person"))  # fmt: skip
    # 2 — level 1: collection rates over five years, merged header, hidden raw sheet
    years = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    head2: list[Cell] = ["税目", "現年", None, "滞繰", None]
    sub2: list[Cell] = [None, "調定（千円）", "収納率", "調定（千円）", "収納率"]
    rows2: list[list[Cell]] = [head2, sub2]
    for t in TAXES:
        rows2.append([t, r.randint(200000, 9000000), f"{r.uniform(97.5, 99.6):.1f}%", r.randint(5000, 400000),
                      f"{r.uniform(18, 45):.1f}%"])  # fmt: skip
    docs.append(Doc("shuno", "xlsx", 1, [], DocSpec(sheets=[
        sheet("収納率", rows2, title="市税 収納率（令和5年度決算）", first_row=4),
        sheet("推移", [["年度", *TAXES], *[[y, *[f"{r.uniform(96, 99.6):.1f}" for _ in TAXES]] for y in years]],
              state="hidden"),
    ]), post=merge_xlsx({"収納率": ["B4:C4", "D4:E4", "A4:A5"]})))  # fmt: skip
    # 3 — level 1: 口座振替 results in cp932; the 12-digit お客様番号 all fail the check digit
    rows3: list[list[Cell]] = [
        ["お客様番号", "金融機関コード", "支店コード", "税目", "期別", "振替金額", "結果コード", "結果"]
    ]
    for _ in range(26):
        code = r.choice(["0", "0", "0", "0", "1", "2", "3"])
        rows3.append([fail_check(random_my_number(r), r.randint(1, 9)), f"{r.randint(1, 2999):04d}", f"{r.randint(1, 999):03d}",
                      r.choice(TAXES), f"第{r.randint(1, 4)}期", r.randint(20, 900) * 100, code,
                      {"0": "振替済", "1": "資金不足", "2": "取引なし", "3": "預金者都合"}[code]])  # fmt: skip
    docs.append(Doc("shuno", "csv-cp932", 1, [], DocSpec(sheets=[sheet("振替結果", rows3)]),
                    note="12-digit お客様番号 failing the check digit; no names, so the 資金不足 codes are no one's arrears"))  # fmt: skip
    # 4 — level 1: 口座振替依頼書 記入例
    docs.append(Doc("shuno", "docx", 1, [], DocSpec(
        title="市税 口座振替依頼書（記入例）",
        tables=[_form([("納税義務者 氏名", SAMPLE_NAMES[6]), ("住所", f"{c}〇〇町〇丁目〇番〇号"), ("電話", "〇〇〇〇-〇〇-〇〇〇〇"),
                       ("振替税目", "市県民税（普通徴収）・固定資産税・軽自動車税"), ("金融機関", "〇〇銀行 〇〇支店"),
                       ("口座番号", "普通 〇〇〇〇〇〇〇"), ("口座名義（カナ）", "シュウノウ ハナコ")])],
        textboxes=["記入例：金融機関届出印を押してください", "記入例：振替開始は受付から約2か月後です"],
        footer="記入例",
    )))  # fmt: skip
    # 5 — level 1: slides on ways to pay
    docs.append(Doc("shuno", "pptx", 1, [], DocSpec(
        title="市税の納付方法が広がります",
        paragraphs=["スマートフォン決済（PayPay、d払い、au PAY、楽天ペイ）", "地方税統一QRコード（eL-QR）による納付",
                    "コンビニエンスストア（納付書のバーコード）", "口座振替（申込は金融機関または市役所で）",
                    "クレジットカード納付（手数料あり）"],
        tables=[[["方法", "令和5年度 利用率"], ["口座振替", f"{r.randint(30, 45)}%"], ["コンビニ", f"{r.randint(25, 35)}%"],
                 ["スマホ決済", f"{r.randint(5, 12)}%"], ["窓口・金融機関", f"{r.randint(10, 20)}%"]]],
    )))  # fmt: skip
    # 6 — level 1: the 徴収嘱託員 and their districts, office phone only (odt)
    rows6 = [["嘱託員", "担当地区", "訪問曜日", "連絡先"]]
    for d in ctx.districts:
        rows6.append(
            [
                f"徴収嘱託員 {ctx.staff()}",
                d,
                r.choice(["月・水", "火・木", "水・金"]),
                f"収納課 {ctx.office_phone(2)}",
            ]
        )
    docs.append(Doc("shuno", "odt", 1, [], DocSpec(
        title="市税徴収嘱託員 担当地区表（令和6年度）", paragraphs=["嘱託員は身分証を携帯しています。"], tables=[rows6],
    ), note="collectors named in their role with the office's phone"))  # fmt: skip

    # 7 — level 2: Outlook; a resident asks to change the debit account, the quoted reply gives his phone
    p = ctx.person()
    a = ctx.staff()
    docs.append(Doc("shuno", "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=mail(
        f"{a}（{c} 収納課）", f"{p.name()} 様", "RE: 口座振替の口座変更について", "2024/10/08 (火) 09:12",
        [f"{p.name()} 様", "お問い合わせありがとうございます。口座振替依頼書をご自宅へお送りしました。",
         "記入・押印のうえ、変更後の金融機関の窓口へご提出ください。"],
        [(p.name(), "2024/10/07 (月) 21:40", "口座振替の口座変更について",
          ["給与の振込口座を変えたので、市税の引き落とし口座も変更したいです。", f"住所は {p.address()} です。",
           f"日中は電話に出られないことが多いので、{p.phone} に留守電を残してください。"])],
    ))))  # fmt: skip
    # 8 — level 2: new 口座振替 applications, 姓/名/カナ split, from row 6
    rows8: list[list[Cell]] = [["受付日", "姓", "名", "セイ", "メイ", "住所", "電話", "金融機関", "税目"]]
    for q in ctx.people(r.randint(22, 30)):
        bank, branch, _ = ctx.account()
        rows8.append([_day(ctx, 1, 28, 9), q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), q.phone,
                      f"{bank} {branch}", r.choice(["全税目", "市県民税", "固定資産税", "軽自動車税"])])  # fmt: skip
    docs.append(Doc("shuno", "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("新規", rows8, first_row=6, title="口座振替 新規申込 受付（9月分）", number_formats={0: "yyyy/mm/dd"})])))  # fmt: skip
    # 9 — level 2: spaced-digit notice that the direct debit starts
    p = ctx.person()
    ctx.urban(p)
    bank, branch, _ = ctx.account()
    docs.append(Doc("shuno", "pdf", 2, ["address", "name"], DocSpec(title="口座振替開始のお知らせ"), post=_spaced_letter(
        ctx, p, "市税 口座振替開始のお知らせ",
        [f"お申込みの口座振替（{bank} {branch}）の登録が完了しました。",
         "令和6年12月25日の固定資産税 第3期から振替を開始します。",
         "振替日の前日までに残高のご確認をお願いします。"], desk, f"登録番号 {r.randint(100000, 999999)}")))  # fmt: skip
    # 10 — level 2: relay log; a resident asks for a new payment slip, the relay gives address and phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shuno", "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=chat("arrow", _day(ctx), [
        ("09:05", a, f"{p.name()}さんから、軽自動車税の納付書を失くしたので再発行してほしいと電話"),
        ("09:07", a, f"送付先 {p.address()}、日中の連絡先 {p.phone}"),
        ("09:20", b, "納期限前なので再発行して本日発送します"),
    ], "収納係 電話受付")), note="a lost slip before the due date: no arrears"))  # fmt: skip
    # 11 — level 2: 納税通知書 returned undelivered (ods)
    rows11: list[list[Cell]] = [["通知書番号", "氏名", "送付先住所", "返戻理由", "調査結果"]]
    for q in ctx.people(r.randint(12, 18)):
        rows11.append([f"{r.randint(1000000, 9999999)}", q.name(), q.address(), r.choice(["あて所に尋ねあたりません", "転居先不明", "受取拒否"]),
                       r.choice(["住登地と同じ", "転出確認", "調査中", "公示送達 検討"])])  # fmt: skip
    docs.append(
        Doc(
            "shuno",
            "ods",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("返戻", rows11, title="納税通知書 返戻一覧")]),
        )
    )

    # 12 — level 3: the 督促状 mailing list, 100+ persons with amounts owed, in cp932
    rows12: list[list[Cell]] = [
        ["宛名番号", "氏名", "カナ氏名", "郵便番号", "住所", "税目", "期別", "督促税額", "督促手数料"]
    ]
    for q in ctx.people(r.randint(104, 118)):
        rows12.append([f"{r.randint(10000000, 99999999)}", q.name(), katakana(q.kana), q.zip, q.address(), r.choice(TAXES),
                       f"第{r.randint(1, 4)}期", r.randint(30, 900) * 100, 100])  # fmt: skip
    docs.append(
        Doc("shuno", "csv-cp932", 3, ["address", "arrears", "name"], DocSpec(sheets=[sheet("督促", rows12)]))
    )
    # 13 — level 3: Slack; a named resident's 督促 and arrears in the reply
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shuno", "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("slack", _day(ctx), [
        ("11:02", a, f"{p.name()}さんから、督促状が来たが払ったはずだと電話です"),
        ("11:09", b, f"確認しました。固定資産税 第2期 {yen(r.randint(20, 90) * 1000)}円は未納のままです。コンビニの領収書があれば見せてもらってください"),
        ("11:10", a, "伝えます"),
    ], "shuno"))))  # fmt: skip
    # 14 — level 3: 110+ direct-debit registrations on a ruled print
    regs = ctx.people(r.randint(112, 130))
    rows14: list[list[str]] = []
    for q in regs:
        bank, branch, acct = ctx.account()
        rows14.append(
            [f"{r.randint(100000, 999999)}", q.name(), katakana(q.kana), q.address()[:24], bank[:8], acct]
        )
    cols14 = [
        ("登録番号", 30),
        ("氏名", 70),
        ("カナ", 150),
        ("住所", 260),
        ("金融機関", 460),
        ("口座番号", 540),
    ]
    docs.append(Doc("shuno", "pdf", 3, ["address", "name"], DocSpec(title="口座振替登録者一覧"), post=system_print(
        "口座振替 登録者一覧", f"{c} 収納管理システム SN0210", cols14, rows14, 28, "登録区分：全税目", ruled=True)))  # fmt: skip
    # 15 — level 3: 100+ smartphone-payment users with birth dates, from column AA on row 12
    rows15: list[list[Cell]] = [["No", "氏名", "フリガナ", "生年月日", "電話", "決済手段", "利用回数"]]
    for i, q in enumerate(ctx.people(r.randint(104, 116)), start=1):
        rows15.append([i, q.name(), katakana(q.kana), q.birth, q.phone, r.choice(["PayPay", "d払い", "au PAY", "楽天ペイ"]),
                       r.randint(1, 8)])  # fmt: skip
    docs.append(Doc("shuno", "xlsx", 3, ["birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("利用者", far_right(rows15, 26), first_row=12, title="スマホ決済 利用者抽出（アンケート送付用）",
              number_formats={29: "yyyy/mm/dd"}),
    ])))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [keiji, hojin, shomei, kanpu, sodan, sashiosae, shuno]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, bank, shinkin, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, bank, shinkin, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set41", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
