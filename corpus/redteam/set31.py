"""Thirty-first red-team set (blind): a city's 環境部 and 上下水道局 — waste, septic tanks, pollution complaints,
water supply and sewerage.

``python -m corpus.redteam.set31 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build. Families follow the desk a document comes from: bulky-waste requests
(``sodai``), ふれあい収集 for residents who cannot carry their waste out (``fureai``), illegal dumping and
hoarding houses (``fuho``), septic tanks and night soil (``jokaso``), noise and odour complaints (``kogai``),
water opening, closing, name changes and leak reductions (``suido``), water-bill arrears and 給水停止予告
(``ryokin``) and the sewerage 受益者負担金 and 排水設備 works (``gesui``); each with its public look-alikes
(collection calendars, published 指定業者 lists with 法人番号, rate tables, statistics, blank forms and 記入例, FAQ,
press releases, open-data CSVs of collection points with latitude and longitude).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise, including staff named by 職名, contractors' staff, 代表者 and 責任技術者 of companies,
自治会長 in a published roster, companies and facilities, sample names in 記入例, masked or anonymised copies
and published figures. ``types`` lists what a perfect reader reports about private persons (plus
``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
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

SEED = 3131
VARIANT = "redteam31"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, romaji, (lat, lon) of the city hall, towns); "*" = 番地 lots
CITIES: list[tuple[str, str, str, str, str, tuple[float, float], list[str]]] = [
    ("岩手県", "花巻市", "0198", "025", "hanamaki", (39.3886, 141.1169),
     ["大通り", "桜町", "若葉町", "材木町", "石鳥谷町好地*", "東和町土沢*", "上小舟渡*", "高木*"]),
    ("茨城県", "古河市", "0280", "306", "koga", (36.1783, 139.7553),
     ["中央町", "本町", "旭町", "東本町", "東牛谷*", "新久田*", "大堤*", "西牛谷*"]),
    ("岐阜県", "多治見市", "0572", "507", "tajimi", (35.3328, 137.1322),
     ["本町", "音羽町", "白山町", "太平町", "笠原町*", "市之倉町*", "大畑町*", "金岡町"]),
    ("山口県", "防府市", "0835", "747", "hofu", (34.0516, 131.5627),
     ["天神", "車塚町", "新田", "華浦", "大字台道*", "大字牟礼*", "大字江泊*", "栄町"]),
    ("愛媛県", "西条市", "0897", "793", "saijo", (33.9196, 133.1811),
     ["明屋敷", "神拝甲*", "大町*", "朔日市*", "丹原町池田*", "小松町新屋敷*", "栄町", "新田"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("月見里", "やまなし"), ("九十九", "つくも"), ("一尺八寸", "かまつか"), ("御手洗", "みたらい"),
    ("栗花落", "つゆり"), ("十文字", "じゅうもんじ"), ("左近充", "さこんじゅう"), ("舎人", "とねり"),
    ("八月一日", "ほずみ"), ("及川", "おいかわ"), ("照井", "てるい"), ("小野寺", "おのでら"),
    ("佐藤", "さとう"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("山口", "やまぐち"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("斎藤", "さいとう"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("阿部", "あべ"), ("池田", "いけだ"), ("橋本", "はしもと"),
    ("山下", "やました"), ("石川", "いしかわ"), ("中島", "なかじま"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("小川", "おがわ"), ("後藤", "ごとう"), ("岡本", "おかもと"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("坂本", "さかもと"), ("遠藤", "えんどう"), ("青木", "あおき"),
    ("藤井", "ふじい"), ("西村", "にしむら"), ("福田", "ふくだ"), ("太田", "おおた"), ("三浦", "みうら"),
    ("岡田", "おかだ"), ("菊池", "きくち"), ("千葉", "ちば"), ("熊谷", "くまがい"), ("河野", "こうの"),
    ("原田", "はらだ"), ("野口", "のぐち"), ("杉山", "すぎやま"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("與四郎", "よしろう"), ("嘉平", "かへい"), ("喜代治", "きよじ"), ("丈一郎", "じょういちろう"),
    ("湊斗", "みなと"), ("陽翔", "はると"), ("悠真", "ゆうま"), ("健太", "けんた"), ("浩二", "こうじ"),
    ("秀樹", "ひでき"), ("和夫", "かずお"), ("茂", "しげる"), ("正男", "まさお"), ("勇", "いさむ"),
    ("博", "ひろし"), ("隆", "たかし"), ("修", "おさむ"), ("聡", "さとし"), ("大輔", "だいすけ"),
    ("拓也", "たくや"), ("直樹", "なおき"), ("光男", "みつお"), ("義則", "よしのり"), ("幸四郎", "こうしろう"),
    ("貞夫", "さだお"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("トメ", "とめ"), ("ミツ", "みつ"), ("初枝", "はつえ"), ("絹代", "きぬよ"), ("紬", "つむぎ"),
    ("芽依", "めい"), ("和子", "かずこ"), ("幸子", "さちこ"), ("節子", "せつこ"), ("洋子", "ようこ"),
    ("久美子", "くみこ"), ("由美", "ゆみ"), ("真由美", "まゆみ"), ("明美", "あけみ"), ("智子", "ともこ"),
    ("恵", "めぐみ"), ("彩花", "あやか"), ("陽菜", "ひな"), ("結菜", "ゆいな"), ("美智子", "みちこ"),
    ("好美", "よしみ"), ("知世", "ともよ"), ("杏奈", "あんな"), ("静江", "しずえ"), ("百合子", "ゆりこ"),
]  # fmt: skip
BUILDINGS = ["メゾン桜", "ハイツあさひ", "コーポ若葉", "市営住宅", "レジデンス本町", "グリーンヒルズ"]
# companies of the trades; one is named after a family (及川管工) and one after a given name (幸四郎商店)
COMPANIES = [
    ("株式会社", "みどり環境開発"), ("有限会社", "大栄衛生"), ("株式会社", "北辰クリーン"), ("合同会社", "エコリンク"),
    ("株式会社", "三和管工"), ("有限会社", "丸共設備"), ("株式会社", "東光水道工業"), ("有限会社", "中央清掃社"),
    ("株式会社", "あおば浄化槽管理センター"), ("株式会社", "昭和リサイクル"), ("株式会社", "やまびこ解体"),
    ("有限会社", "旭住宅設備"), ("有限会社", "及川管工"), ("株式会社", "幸四郎商店"), ("株式会社", "清流テクノ"),
    ("有限会社", "平和設備工業"), ("株式会社", "日の出衛生公社"), ("株式会社", "丸八土木"), ("合同会社", "ミナト管設"),
    ("株式会社", "協和水工"), ("有限会社", "松栄工業所"), ("株式会社", "ライフライン工房"), ("株式会社", "大地メンテ"),
    ("有限会社", "伸和設備"), ("株式会社", "富士見環境"), ("株式会社", "アクアサポート"), ("有限会社", "新生配管"),
]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 9)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
ITEMS = [("家具類", "タンス（高さ180cm以上）", 1200), ("家具類", "タンス（高さ180cm未満）", 800),
         ("家具類", "食器棚", 800), ("家具類", "ソファー（2人掛け以上）", 1200), ("家具類", "学習机", 800),
         ("寝具類", "ベッド（マットレス除く）", 1200), ("寝具類", "マットレス（シングル）", 800),
         ("寝具類", "布団（1組）", 400), ("電気製品", "電子レンジ", 400), ("電気製品", "扇風機", 400),
         ("電気製品", "ストーブ（灯油は抜くこと）", 400), ("自転車等", "自転車（子供用）", 400),
         ("自転車等", "自転車（大人用）", 800), ("その他", "物干し台（1組）", 400), ("その他", "カーペット（6畳）", 400),
         ("その他", "ゴルフバッグ", 400), ("その他", "スキー板（1組）", 400), ("その他", "ベビーカー", 400),
         ("その他", "灯油タンク（空）", 400), ("その他", "石油ファンヒーター", 400)]  # fmt: skip
CONDITIONS = ["脳梗塞の後遺症による右半身麻痺", "パーキンソン病（歩行器使用）", "関節リウマチ", "慢性閉塞性肺疾患（在宅酸素）",
              "アルツハイマー型認知症", "変形性膝関節症", "人工透析（週3回）", "視覚障害（身体障害者手帳2級）",
              "下肢機能障害（身体障害者手帳1級）", "心不全（ペースメーカー）", "統合失調症（精神障害者保健福祉手帳2級）"]  # fmt: skip
CARE = ["要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
DUMPED = ["タイヤ4本", "冷蔵庫", "テレビ（ブラウン管）", "家庭ごみ（袋10袋程度）", "廃材・木くず", "布団・衣類",
          "自転車2台", "洗濯機", "エアコン室外機", "建築廃材（石膏ボード）", "ペンキ缶", "バッテリー"]  # fmt: skip
WEEK = "月火水木金土日"


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 昭和 48 年 3 月 5 日."""
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
    """Digits set apart from the words around them, as a PDF print often extracts: 8丁目3番地 → 8 丁目 3 番地."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -,:" and prev not in " -,:":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def kata(text: str) -> str:
    """Hiragana → katakana (the カナ columns of a register)."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    pref: str
    city: str
    town: str
    lot: str
    phone: str
    zip: str

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return kata(f"{self.sei_kana} {self.mei_kana}")

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.town + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    romaji: str
    center: tuple[float, float]
    towns: list[str]
    used: set[str]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 520 + n, 2111 + 17 * n)

    def phone(self, mobile: float = 0.45) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            base = f"{r.randint(1, 1999)}番地"
            return base + (f"{r.randint(1, 9)}" if r.random() < 0.3 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 6), r.randint(1, 30), r.randint(1, 25)
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
        """Move ``p`` to a 丁目 town with a 丁目・番地 lot as clerks type it (3丁目8番12号); return the lot."""
        towns = [t for t in self.towns if not t.endswith("*")]
        p.town = self.rng.choice(towns)
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1936, 2000)) -> Person:
        r = self.rng
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        town = r.choice(self.towns)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, self.pref, self.city, town.rstrip("*"), self.lot(town),
                      self.phone(), zipc)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1936, 2000)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer or a contractor's worker (not drawn from the residents)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def biz_address(self) -> str:
        town = self.rng.choice(self.towns)
        return self.city + town.rstrip("*") + self.lot(town).split(" ")[0]

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def companies(self, n: int) -> list[str]:
        picked = self.rng.sample(COMPANIES, n)
        return [f"{k}{nm}" if self.rng.random() < 0.6 else f"{nm}{k}" for k, nm in picked]

    def town(self, urban: bool = False) -> str:
        towns = [t for t in self.towns if not (urban and t.endswith("*"))]
        return self.rng.choice(towns).rstrip("*")

    def lookalike(self) -> str:
        """A 12-digit customer / reception / tap number that fails the My Number check digit."""
        return fail_check(random_my_number(self.rng), self.rng.randint(1, 9))

    @property
    def mail_domain(self) -> str:
        return f"city-{self.romaji}.example.jp"


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def _pad(text: str, width: int) -> str:
    """Pad to ``width`` half-width columns (a full-width character takes two), as a line printer does."""
    used = sum(1 if ord(ch) < 0x80 or 0xFF61 <= ord(ch) <= 0xFF9F else 2 for ch in text)
    return text + " " * max(1, width - used)


def system_print(
    title: str,
    system: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
    rule: str = "dash",
    widths: list[int] | None = None,
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (or, with ``widths``, one
    padded string per row), a system banner, the print conditions, a rule under the header (dashes, a drawn
    line or none) and ``n / N`` at the foot of every page."""

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
            c.drawRightString(
                w - 30, h - 22, f"作成日 {TODAY.year}.{TODAY.month:02d}.{TODAY.day:02d}  PAGE {n:4d}"
            )
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            if widths:
                c.drawString(
                    30, y, "".join(_pad(label, wd) for (label, _), wd in zip(cols, widths, strict=False))
                )
            else:
                for label, x in cols:
                    c.drawString(x, y, label)
            if rule == "dash":
                c.drawString(30, y - 10, "-" * 160)
                y -= 22
            elif rule == "line":
                c.setLineWidth(0.6)
                c.line(30, y - 4, w - 30, y - 4)
                y -= 16
            else:
                y -= 14
            for row in chunk:
                if widths:
                    c.drawString(30, y, "".join(_pad(v, wd) for v, wd in zip(row, widths, strict=False)))
                else:
                    for value, (_, x) in zip(row, cols, strict=False):
                        c.drawString(x, y, value)
                y -= 13
            if n == len(pages):
                c.drawString(30, y - 8, f"** 合計件数  {len(rows):,} 件 **")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export); ``>`` lines are
    right-aligned, ``^`` lines centred as a title; pages get ``n / N`` when there is more than one."""

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
    """A letter whose PDF text has its digits set apart from the words (「8 丁目 3 番地」「令和 6 年」)."""
    return letter_pdf([ln[0] + spaced_digits(ln[1:]) if ln.startswith(("^", ">")) else spaced_digits(ln) for ln in lines],
                      head)  # fmt: skip


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def chat(kind: str, d: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``, Slack ``名前  [09:19]`` then
    the message, or an arrow log ``09:19 名前 → …``."""
    out: list[str] = []
    wd = WEEK[d.weekday()]
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{d.year}/{d.month}/{d.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{d.year}/{d.month:02d}/{d.day:02d} 17:32")
        out.append("")
        out.append(f"{d.year}/{d.month:02d}/{d.day:02d}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "slack":
        out.append(f"#{room}")
        out.append(f"{d.month}月{d.day}日（{wd}）")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    else:
        out.append(f"■ {room}（{d.year}/{d.month:02d}/{d.day:02d} {wd}曜日）")
        out += [f"{t} {who} → {msg}" for t, who, msg in lines]
    return out


def outlook(
    frm: str,
    to: str,
    sent: dt.datetime,
    subject: str,
    body: list[str],
    quoted: list[tuple[str, str, str, list[str]]],
) -> list[str]:
    """An Outlook message copied as text: headers, the body, then each earlier message quoted with ``>``."""

    def stamp(t: dt.datetime) -> str:
        return f"{t.year}年{t.month}月{t.day}日 ({WEEK[t.weekday()]}) {t.hour}:{t.minute:02d}"

    out = [f"差出人: {frm}", f"送信日時: {stamp(sent)}", f"宛先: {to}", f"件名: {subject}", "", *body, ""]
    depth = 1
    for q_from, q_to, q_subject, q_body in quoted:
        prefix = ">" * depth + " "
        out += [prefix + "-----Original Message-----", prefix + f"From: {q_from}", prefix + f"To: {q_to}",
                prefix + f"Subject: {q_subject}", prefix.rstrip()]  # fmt: skip
        out += [prefix + line if line else prefix.rstrip() for line in q_body]
        out.append("")
        depth += 1
    return out


def signature(ctx: Ctx, section: str, who: str, n: int) -> list[str]:
    return ["", "──────────────", f"{ctx.city} {section}", f"  {who}", f"  TEL {ctx.office_phone(n)}（内線{2300 + n * 7}）",
            "──────────────"]  # fmt: skip


def latlon(ctx: Ctx) -> tuple[str, str]:
    lat = ctx.center[0] + ctx.rng.uniform(-0.05, 0.05)
    lon = ctx.center[1] + ctx.rng.uniform(-0.06, 0.06)
    return f"{lat:.6f}", f"{lon:.6f}"


def corp_rows(ctx: Ctx, n: int) -> list[tuple[str, str, str, str, str]]:
    """(company, 法人番号, 代表者 by role, office address, office phone) for the published trade lists."""
    out = []
    for i, company in enumerate(ctx.companies(n)):
        out.append((company, random_corporate_number(ctx.rng), f"代表取締役 {ctx.staff()}" if "株式" in company
                    else f"代表者 {ctx.staff()}", ctx.biz_address(), ctx.tel(30 + i * 3)))  # fmt: skip
    return out


# --- 粗大ごみ (sodai) ----------------------------------------------------------------------------------
def sodai(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "sodai"
    sec = "環境部 ごみ減量推進課"
    docs: list[Doc] = []

    # L1: fee table with a hidden code sheet
    rows: list[list[Cell]] = [["区分", "品目", "手数料（円）", "処理券枚数", "備考"]]
    rows += [[k, item, fee, fee // 400, "灯油・電池は抜く" if "ストーブ" in item or "ヒーター" in item else ""]
             for k, item, fee in ITEMS]  # fmt: skip
    codes: list[list[Cell]] = [["コード", "品目", "更新日"]]
    codes += [[f"S{i:03d}", item, ymd(dt.date(2024, 4, 1))] for i, (_, item, _) in enumerate(ITEMS, start=1)]
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[
        sheet("手数料", rows, title=f"令和6年度 {ctx.city}粗大ごみ品目別手数料一覧", first_row=4,
              footer=f"{ctx.city}{sec}"),
        sheet("品目コード", codes, state="hidden")])))  # fmt: skip

    # L1: collection calendar
    town = ctx.town()
    cal: list[list[str]] = [["月", "可燃ごみ", "不燃ごみ", "資源物（びん・缶）", "粗大ごみ（戸別・予約制）"]]
    for m in range(4, 13):
        y = 2024
        base = dt.date(y, m, 1)
        cal.append([f"{m}月", f"毎週{WEEK[(base.weekday() + 1) % 7]}・{WEEK[(base.weekday() + 4) % 7]}",
                    f"{r.randint(2, 14)}日", f"{r.randint(5, 12)}日・{r.randint(19, 27)}日", f"{r.randint(9, 24)}日"])  # fmt: skip
    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title=f"令和6年度 ごみ・資源物収集カレンダー（{town}地区）",
        paragraphs=["ごみは収集日の朝8時30分までに、決められた集積所に出してください。",
                    "粗大ごみは予約制です。収集日の7日前までに粗大ごみ受付センターへお申し込みください。",
                    f"粗大ごみ受付センター TEL {ctx.office_phone(5)}（平日8:30～17:00）",
                    "年末年始（12月30日～1月3日）の収集はお休みです。"],
        tables=[cal], footer=f"{ctx.city}{sec}")))  # fmt: skip

    # L1: reception log with 12-digit 受付番号 failing the check digit
    log: list[list[Cell]] = [["受付番号", "受付日時", "受付方法", "地区", "品目数", "手数料", "状態"]]
    for _ in range(36):
        how = r.choice(["電話", "WEB", "窓口", "WEB"])
        hour = r.randint(0, 23) if how == "WEB" else r.randint(8, 16)
        t = dt.datetime(2024, 9, 2, hour, r.randint(0, 59)) + dt.timedelta(days=r.randint(0, 25))
        log.append([ctx.lookalike(), t.strftime("%Y/%m/%d %H:%M"), how, ctx.town(),
                    r.randint(1, 5), yen(r.choice([400, 800, 1200, 1600, 2400])), r.choice(["収集済", "収集済", "予約中", "取消"])])  # fmt: skip
    docs.append(Doc(f, "csv-cp932", 1, [], DocSpec(sheets=[sheet("受付ログ", log)]),
                    note="受付番号 are 12-digit numbers failing the check digit; no person is named"))  # fmt: skip

    # L1: 記入例 of the request form
    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="粗大ごみ戸別収集申込書（記入例）",
        paragraphs=[f"{ctx.city}長 様", "次のとおり粗大ごみの戸別収集を申し込みます。",
                    "※ 太枠内を記入してください。手数料は処理券（1枚400円）を品目ごとに貼り付けてください。"],
        tables=[[["申込日", "令和6年10月1日"], ["氏名", "清掃 太郎"], ["フリガナ", "セイソウ タロウ"],
                 ["住所", f"{ctx.city}○○町1丁目2番3号"], ["電話番号", "0000-00-0000"],
                 ["品目", "タンス（高さ180cm以上）1点、自転車（大人用）1台"], ["手数料", "2,000円（処理券5枚）"]]],
        textboxes=["記入例", "収集日当日の朝8時30分までに、玄関先など収集車が停車できる場所に出してください。"],
        footer=f"{ctx.city}{sec}")))  # fmt: skip

    # L1: open-data CSV of collection points with latitude/longitude
    pts: list[list[Cell]] = [["集積所ID", "名称", "所在地", "緯度", "経度", "可燃ごみ", "資源物", "管理団体"]]
    for i in range(1, 61):
        tw = ctx.town(urban=True)
        la, lo = latlon(ctx)
        pts.append([f"{ctx.romaji[:2].upper()}{i:04d}", f"{tw}第{r.randint(1, 12)}集積所",
                    f"{ctx.city}{tw}{r.randint(1, 6)}丁目地内", la, lo, f"{r.choice(WEEK[:5])}・{r.choice(WEEK[:5])}",
                    f"第{r.randint(1, 4)}{r.choice(WEEK[:5])}曜", f"{tw}{r.choice(['第一', '第二', '東', '西', '南'])}自治会"])  # fmt: skip
    docs.append(Doc(f, "csv", 1, [], DocSpec(sheets=[sheet("gomi_station", pts)]),
                    note="open data: collection points are places; their 所在地 stop at the 丁目"))  # fmt: skip

    # L2: one-person reception slip
    p = ctx.person()
    items = r.sample(ITEMS, 3)
    docs.append(Doc(f, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="粗大ごみ受付票（電話受付）",
        tables=[[["受付番号", f"R6-{r.randint(10000, 99999)}"], ["受付日", wareki(day(-3))], ["氏名", p.name()],
                 ["フリガナ", p.kana], ["住所", p.address()], ["電話番号", p.phone],
                 ["収集日", f"{wareki(day(6))}（{WEEK[day(6).weekday()]}）"],
                 ["品目", "、".join(i[1] for i in items)], ["手数料", f"{yen(sum(i[2] for i in items))}円"],
                 ["受付者", ctx.staff()]]],
        comments=["玄関前に出しにくいとのこと。当日朝、作業員から電話する。"],
        footer="粗大ごみ受付センター")))  # fmt: skip

    # L2: LINE WORKS — message names a resident, a reply gives the phone and the address
    p = ctx.person()
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "phone", "address"], DocSpec(paragraphs=chat("lineworks", day(-1), [
        ("09:02", a, f"おはようございます。昨日の{p.town}方面、{p.sei}様の申込分（食器棚・布団）が出ていなかったと収集班から報告です"),
        ("09:05", b, "申込時の連絡先わかりますか？"),
        ("09:07", c, f"受付票だと {p.phone} です。住所は {p.address()}"),
        ("09:08", b, f"{p.name()}様ですね、こちらから電話して再予約案内します"),
        ("09:41", b, "連絡つきました。日付を勘違いされていたそうです。来週水曜で再予約済み"),
        ("09:42", a, "ありがとうございます！")], "粗大ごみ受付センター"))))  # fmt: skip

    # L2: Outlook — a web request forwarded with the form quoted
    p = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=outlook(
        f"{s1} <gomi-genryo@{ctx.mail_domain}>", f"{s2} <seiso-center@{ctx.mail_domain}>",
        dt.datetime(2024, 10, 7, 10, 14), "RE: 【WEB受付】粗大ごみ収集申込（要確認）",
        [f"{s2}さん", "", "下記の申込、品目が「物置」となっていますが分解されていないようです。",
         "収集可能か現地確認をお願いできますか。申込者には確認中と伝えてあります。", *signature(ctx, sec, s1, 1)],
        [("粗大ごみ受付システム <noreply@" + ctx.mail_domain + ">", f"gomi-genryo@{ctx.mail_domain}",
          "【WEB受付】粗大ごみ収集申込",
          ["粗大ごみの収集申込を受け付けました。", "", f"受付日時：{ymd(day(-2))} 22:41", f"申込者氏名：{p.name()}",
           f"フリガナ：{p.kana}", f"郵便番号：{p.zip}", f"住所：{p.address()}", f"電話番号：{p.phone}",
           "品目：物置（スチール製・幅120cm）", "希望収集日：指定なし"])]))))  # fmt: skip

    # L2: route sheet for the day, data far right, 姓・名 split with カナ, contractors' crew on a hidden sheet
    route = ctx.people(11)
    pad: list[Cell] = [None] * 26
    rows = [[*pad, "順", "姓", "名", "セイ", "メイ", "住所", "電話", "品目", "処理券"]]
    for i, q in enumerate(route, start=1):
        rows.append([*pad, i, q.sei, q.mei, kata(q.sei_kana), kata(q.mei_kana), q.address(), q.phone,
                     r.choice(ITEMS)[1], f"{r.randint(1, 4)}枚"])  # fmt: skip
    crew: list[list[Cell]] = [["班", "職名", "氏名", "会社"]]
    company = ctx.company()
    crew += [[f"{k}班", role, ctx.staff(), company] for k in (1, 2) for role in ("班長", "作業員")]
    docs.append(Doc(f, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("ルート", rows, title=f"粗大ごみ戸別収集ルート表 {ymd(day(2))}（{WEEK[day(2).weekday()]}）"),
        sheet("作業班", crew, state="hidden")]),
        post=merge_xlsx({"作業班": ["D2:D5"]})))  # fmt: skip

    # L3: core-system print of 126 requests (ID before the name)
    many = ctx.people(126)
    prows = [[f"{20240000 + r.randint(1000, 9999)}", f"R6-{40000 + i:05d}", q.name(), q.kana, q.address()[:26],
              q.phone, ymd(day(r.randint(-20, 10))), str(r.randint(1, 5))] for i, q in enumerate(many)]  # fmt: skip
    cols = [("申込者ID", 30), ("受付番号", 90), ("氏名", 150), ("カナ氏名", 230), ("住所", 330), ("電話番号", 560),
            ("収集日", 650), ("点数", 720)]  # fmt: skip
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone"], DocSpec(title="粗大ごみ受付一覧"),
                    post=system_print("粗大ごみ受付一覧表（期間指定）", f"{ctx.city} 廃棄物管理システム  GMS0410",
                                      cols, prows, 32, "条件：受付日 2024/09/01～2024/09/30  地区：全地区", "line")))  # fmt: skip

    # L3: fee waiver application with 「番号確認済」 in a text box
    p = ctx.person((1950, 1985))
    mn = random_my_number(r)
    docs.append(Doc(f, "docx", 3, ["my_number", "name", "address", "phone"], DocSpec(
        title="粗大ごみ処理手数料減免申請書",
        paragraphs=[f"{ctx.city}長 様", f"申請日 {wareki(day(-5))}",
                    "次の理由により、粗大ごみ処理手数料の減免を申請します。"],
        tables=[[["申請者氏名", p.name()], ["住所", p.address()], ["電話番号", p.phone],
                 ["減免理由", "生活保護法による保護を受けている世帯"], ["品目", "ベッド（マットレス除く）、布団（1組）"],
                 ["手数料", "1,600円"]]],
        textboxes=[f"窓口確認欄  番号確認済 {grouped(mn)}  保護受給証明 確認（{ctx.staff().split()[0]}）"],
        footer=f"{ctx.city}{sec}"),
        note="level 3 by the My Number in the text box; 生活保護 by itself is not in the policy's list"))  # fmt: skip

    # L3: Teams — a message names a resident, the reply gives her illness
    p = ctx.person((1935, 1950))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "health"], DocSpec(paragraphs=chat("teams", day(-2), [
        ("13:02", a, f"{p.town}の{p.name()}さん、来週の粗大ごみ（ベッド）を玄関まで出せないとの電話がありました"),
        ("13:04", b, "搬出支援の対象になりそうですか？"),
        ("13:06", a, f"ご本人いわく{r.choice(CONDITIONS[:6])}で、先月まで入院していたそうです。ケアマネさんも同席予定"),
        ("13:07", b, "了解です。作業員2名で室内から搬出する扱いにしましょう"),
        ("13:10", a, "ふれあい収集の案内も一緒にしておきます")], "粗大ごみ受付（係内）"))))  # fmt: skip

    # L3: month's requests in a legacy xls, 105 persons
    many = ctx.people(105)
    rows = [["No", "受付日", "氏名", "住所", "電話番号", "品目", "手数料"]]
    rows += [[i, ymd(day(-r.randint(10, 40))), q.name(), q.address(), q.phone, r.choice(ITEMS)[1], r.choice([400, 800, 1200])]
             for i, q in enumerate(many, start=1)]  # fmt: skip
    docs.append(Doc(f, "xls", 3, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("9月分", rows, title="戸別収集申込一覧（令和6年9月分）", first_row=4)])))  # fmt: skip
    return docs


# --- ふれあい収集 (fureai) ------------------------------------------------------------------------------
def fureai(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "fureai"
    sec = "環境部 清掃センター"
    docs: list[Doc] = []

    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="ふれあい収集（ごみの戸別訪問収集）のご案内",
        paragraphs=["ごみを集積所まで出すことが困難な世帯を対象に、職員が玄関先からごみを収集します。",
                    "【対象】次のいずれかに該当し、身近な人の協力が得られない一人暮らしの世帯など",
                    "・要介護2以上の認定を受けている方　・身体障害者手帳（肢体不自由1・2級、視覚障害1・2級）をお持ちの方",
                    "・精神障害者保健福祉手帳1級、療育手帳Aをお持ちの方　・その他、市長が特に必要と認める方",
                    "【声かけ】希望する方には、ごみが出ていない時に声をかけ、応答がない場合は緊急連絡先へ連絡します。",
                    f"【申込み】清掃センター（TEL {ctx.office_phone(6)}）へご相談ください。職員が訪問して調査します。"],
        footer=f"{ctx.city}{sec}")))  # fmt: skip

    rows: list[list[Cell]] = [
        ["区分", "令和3年度", None, "令和4年度", None, "令和5年度", None],
        [None, "世帯数", "収集回数", "世帯数", "収集回数", "世帯数", "収集回数"],
    ]
    for k in ("要介護認定者", "身体障害者", "精神・知的障害者", "その他（市長が認める者）"):
        rows.append([k] + [r.randint(8, 240) if j % 2 == 0 else r.randint(500, 9000) for j in range(6)])
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[
        sheet("実績", rows, title="ふれあい収集 実施状況の推移", first_row=4)]),
        post=merge_xlsx({"実績": ["B4:C4", "D4:E4", "F4:G4", "A4:A5"]})))  # fmt: skip

    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="ふれあい収集申請書（記入例）",
        tables=[[["申請者氏名", "福祉 花子"], ["生年月日", "昭和15年4月1日"], ["住所", f"{ctx.city}△△町2丁目3番4号"],
                 ["電話", "0000-11-2222"], ["該当区分", "要介護3（介護保険被保険者証の写しを添付）"],
                 ["緊急連絡先", "福祉 一郎（長男）090-0000-0000"], ["声かけ", "希望する"]]],
        textboxes=["記入例：太枠の中を記入してください"], footer=f"{ctx.city}{sec}"),
        note="the only person is the 記入例 sample 福祉 花子; her care level is part of the example"))  # fmt: skip

    comp = ctx.company()
    rows = [["曜日", "地区", "職名", "氏名", "所属"]]
    for w in WEEK[:5]:
        for role in ("班長", "収集作業員"):
            rows.append(
                [
                    w,
                    ctx.town(),
                    role,
                    ctx.staff(),
                    comp if role != "班長" or r.random() < 0.5 else "清掃センター",
                ]
            )
    rows.append(
        [
            "随時",
            "全域",
            "連携 訪問看護ステーション 管理者（看護師）",
            ctx.staff(),
            "あさがお訪問看護ステーション",
        ]
    )
    docs.append(Doc(f, "ods", 1, [], DocSpec(sheets=[sheet("配置表", rows, title="令和6年度 ふれあい収集 作業班配置表")]),
                    note="staff and contractors' workers named by 職名 only"))  # fmt: skip

    docs.append(Doc(f, "pptx", 1, [], DocSpec(
        title="ふれあい収集 事例検討会（令和6年度第1回）",
        paragraphs=["事例1：Ａさん（80代女性・要介護2・独居）", "声かけ時に応答なし → 緊急連絡先の長女に連絡し無事を確認",
                    "事例2：Ｂさん（70代男性・下肢障害）", "分別ができていない → ケアマネジャーと分別方法を共有",
                    "事例3：Ｃさん（60代・精神障害）", "収集日の変更希望が多い → 曜日固定で合意"],
        tables=[[["課題", "対応"], ["不在時の安否確認", "緊急連絡先を年1回更新"], ["分別困難", "ヘルパーと連携"]]],
        notes=["個人が特定されないよう、年代と区分のみ記載しています。"]),
        note="cases anonymised as Ａさん/Ｂさん/Ｃさん with age band only"))  # fmt: skip

    # L2: visit schedule of applicants (no condition stated)
    ps = ctx.people(6, (1930, 1955))
    visits = [["調査日時", "申請者", "住所", "電話", "担当"]]
    for i, q in enumerate(ps):
        visits.append([f"{ymd(day(i + 2))} {r.choice(['10:00', '13:30', '15:00'])}", f"{q.name()} 様", q.address(), q.phone,
                     ctx.staff()])  # fmt: skip
    docs.append(Doc(f, "odt", 2, ["name", "address", "phone"], DocSpec(
        title="ふれあい収集 訪問調査日程（10月）", paragraphs=["訪問時は身分証を提示すること。"], tables=[visits]),
        note="applicants with visit dates only; eligibility implies frailty but no condition or care level is stated"))  # fmt: skip

    # L2: change of emergency contact (birth date, daughter's phone)
    p = ctx.person((1932, 1950))
    d = ctx.person((1958, 1980))
    d.sei = p.sei
    docs.append(Doc(f, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="ふれあい収集 緊急連絡先変更届",
        paragraphs=[f"{ctx.city}長 様", f"{wareki(day(-4))}", "緊急連絡先を次のとおり変更します。"],
        tables=[[["利用者氏名", p.name()], ["生年月日", wareki(p.birth)], ["住所", p.address()], ["電話", p.phone],
                 ["新しい緊急連絡先", f"{d.name()}（長女） {d.phone}"], ["変更理由", "長男の転勤のため"]]],
        footer=f"{ctx.city}{sec}")))  # fmt: skip

    # L2: Slack — a user named, reply gives the phone
    p = ctx.person((1930, 1950))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", day(-1), [
        ("10:12", a, f"{p.town}の{p.name()}さん宅、今日ごみが出ていません。インターホン応答なし"),
        ("10:15", b, f"ご本人の携帯 {p.phone} にかけてみてください"),
        ("10:21", a, "つながりました。今日は娘さん宅に泊まっていたそうです。問題なしです"),
        ("10:22", b, "記録に残しておきます")], "ふれあい収集-声かけ"))))  # fmt: skip

    # L2: decision letter on PDF with spaced digits
    p = ctx.person((1930, 1950))
    ctx.urban(p)
    start = day(12)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="ふれあい収集決定通知書"),
                    note="a decision to start ふれあい収集; it states no condition, so 2",
                    post=spaced_letter([
                        f">{ctx.city}清指第{r.randint(100, 999)}号", f">{wareki(day(-1))}", "", f"{p.zip}",
                        f"{p.address()}", f"{p.name()} 様", "", f">{ctx.city}長", "", "^ふれあい収集の実施について（通知）",
                        "", f"{wareki(day(-20))}付けで申請のあったふれあい収集について、次のとおり実施することに",
                        "決定しましたので通知します。", "", f"1 開始日 {wareki(start)}", f"2 収集曜日 毎週{WEEK[start.weekday()]}曜日",
                        "3 収集場所 玄関前", "4 声かけ 希望あり", "", f"問合せ {sec} 電話 {ctx.office_phone(6)}"])))  # fmt: skip

    # L3: users' ledger with care levels, 姓・名 split, hidden sheet of stopped users
    ps = ctx.people(18, (1928, 1955))
    rows = [
        [
            "No",
            "姓",
            "名",
            "セイ",
            "メイ",
            "生年月日",
            "住所",
            "電話",
            "対象区分",
            "状態・配慮事項",
            "緊急連絡先",
        ]
    ]
    for i, q in enumerate(ps, start=1):
        rows.append([i, q.sei, q.mei, kata(q.sei_kana), kata(q.mei_kana), wareki(q.birth, "short"), q.address(), q.phone,
                     r.choice([*CARE[2:], "身体障害者手帳1級", "身体障害者手帳2級"]), r.choice(CONDITIONS),
                     f"{ctx.phone(0.9)}（{r.choice(['長男', '長女', '次女', '甥'])}）"])  # fmt: skip
    stopped: list[list[Cell]] = [["姓", "名", "中止日", "中止理由"]]
    for q in ctx.people(5, (1928, 1950)):
        stopped.append(
            [
                q.sei,
                q.mei,
                ymd(day(-r.randint(30, 300))),
                r.choice(["施設入所", "入院（長期）", "死亡", "転出"]),
            ]
        )
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "phone", "birth_date", "health"], DocSpec(sheets=[
        sheet("利用者", rows, title="ふれあい収集 利用者台帳", first_row=3),
        sheet("中止者", stopped, state="hidden")])))  # fmt: skip

    # L3: one-person survey sheet, the detail in a text box
    p = ctx.person((1930, 1950))
    docs.append(Doc(f, "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="ふれあい収集 訪問調査票",
        tables=[[["調査日", wareki(day(-6))], ["申請者", p.name()], ["住所", p.address()], ["電話", p.phone],
                 ["世帯状況", "独居"], ["集積所までの距離", f"約{r.randint(80, 300)}m（坂道あり）"], ["調査員", ctx.staff()]]],
        textboxes=[f"本人の状況：{r.choice(CONDITIONS)}。ごみ袋を持って階段を下りることができない。"
                   "ヘルパー訪問は週2回（月・木）で収集日と合わない。"],
        footer=f"{sec}（内部用）")))  # fmt: skip

    # L3: case record in prose, the person named once and the illness paragraphs later
    p = ctx.person((1935, 1955))
    paras = [
        f"{wareki(day(-30))} 民生委員から、{p.town}にお住まいの{p.name()}様（{p.address()}）について、"
        "ごみを出せずに困っているようだとの相談があった。",
        "同月中に担当2名で訪問。玄関先に可燃ごみの袋が7袋ほど置かれていた。本人は在宅で応答あり。",
        "室内は整頓されているが、台所に未分別の資源物が溜まっている。集積所までは約200mで坂道がある。",
        "本人の話では、一昨年の冬に自宅で倒れ、脳梗塞の後遺症で右半身に麻痺が残っている。杖歩行で、両手で袋を持てない。",
        "服薬は長女が週末に確認している。要介護認定は申請中とのこと。",
        "声かけを希望。緊急連絡先は長女。次回、地域包括支援センターの担当者と同行訪問する。",
    ]
    docs.append(Doc(f, "docx", 3, ["name", "address", "health"], DocSpec(title="相談対応記録", paragraphs=paras,
                                                                        header=f"{sec}  取扱注意")))  # fmt: skip

    # L3: Teams — reply gives home oxygen
    p = ctx.person((1935, 1952))
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "health"], DocSpec(paragraphs=chat("teams", day(-3), [
        ("08:51", a, f"今日から{p.name()}さん（{p.town}）がふれあい収集に追加です"),
        ("08:53", b, "玄関先で良いですか？"),
        ("08:55", c, "先月から在宅酸素になって、玄関先まで出るのも難しいそうです。勝手口の内側に置いてもらいます"),
        ("08:56", b, "了解。チューブがあるので室内には入らないよう作業員に伝えます")], "清掃センター 収集係"))))  # fmt: skip
    return docs


# --- 不法投棄・ごみ屋敷 (fuho) ----------------------------------------------------------------------------
def fuho(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "fuho"
    sec = "環境部 環境保全課"
    docs: list[Doc] = []

    rows: list[list[Cell]] = [["月", *[d.split("（")[0] for d in DUMPED[:6]], "計"]]
    for m in [*range(4, 13), 1, 2, 3]:
        vals = [r.randint(0, 14) for _ in range(6)]
        rows.append([f"{m}月", *vals, sum(vals)])
    docs.append(
        Doc(
            f,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("令和5年度", rows, title="不法投棄 通報・回収件数（月別・品目別）")]),
        )
    )

    # L1: published roster of 自治会長 (role only)
    rows = [["地区", "自治会名", "会長", "管理集積所数"]]
    for _ in range(24):
        tw = ctx.town()
        rows.append(
            [
                tw,
                f"{tw}{r.choice(['第一', '第二', '東部', '西部', '中央'])}自治会",
                ctx.staff(),
                r.randint(2, 9),
            ]
        )
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[
        sheet("名簿", rows, title=f"令和6年度 ごみ集積所管理 自治会一覧（{ctx.city}公表）", first_row=3)]),
        note="自治会長 in a published roster, by role, with no home address or phone"))  # fmt: skip

    chief = ctx.staff()
    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="報道発表資料　不法投棄防止合同パトロールを実施します",
        paragraphs=[f"{wareki(day(-2))}", f"{ctx.city}は、{ctx.pref}警察、地元自治会と合同で不法投棄防止パトロールを実施します。",
                    f"1 日時 {wareki(day(9))} 午前9時～正午", "2 場所 市内山間部の不法投棄多発箇所（12か所）",
                    f"3 参加者 {ctx.city}環境部長 {chief}、警察署生活安全課、自治会、不法投棄監視員 約40名",
                    "4 内容 監視カメラ設置箇所の点検、投棄物の回収、啓発看板の設置",
                    f"問合せ先 {sec} 担当 {ctx.staff()} 電話 {ctx.office_phone(3)}"])))  # fmt: skip

    rows = [["回収日", "発見場所", "緯度", "経度", "投棄物", "数量", "発見経緯", "行為者"]]
    for _ in range(28):
        la, lo = latlon(ctx)
        rows.append([ymd(day(-r.randint(1, 180))), f"{ctx.town()}地内 市道沿い", la, lo, r.choice(DUMPED), r.randint(1, 6),
                     r.choice(["パトロール", "通報（匿名）", "監視員", "道路維持課"]), r.choice(["不明", "不明", "不明", "判明（指導済）"])])  # fmt: skip
    docs.append(Doc(f, "csv-cp932", 1, [], DocSpec(sheets=[sheet("回収記録", rows)])))

    docs.append(Doc(f, "pptx", 1, [], DocSpec(
        title="いわゆる「ごみ屋敷」への対応について（職員研修）",
        paragraphs=["ごみ屋敷は「ごみ」の問題だけでなく、孤立・健康・経済の問題が背景にあることが多い",
                    "事例：Ｂさん宅（70代男性・独居）", "近隣からの苦情 → 訪問 → 福祉部局と連携 → 本人同意のもと片付け",
                    "ポイント：本人の意思を尊重し、強制的な措置は最後の手段", "関係機関：地域包括支援センター、保健所、民生委員"],
        notes=["事例は複数の案件を組み合わせて加工したものです。"]),
        note="training slides; the case is a composite Ｂさん"))  # fmt: skip

    # L2: report slip with the reporter's phone
    p = ctx.person()
    docs.append(Doc(f, "docx", 2, ["name", "phone"], DocSpec(
        title="不法投棄通報受付票",
        tables=[[["受付日時", f"{wareki(day(-1))} 16:20"], ["通報者", p.name()], ["連絡先", p.phone],
                 ["場所", f"{ctx.town()}地内 農道脇（{r.choice(['橋の下', '竹林の入口', '資材置場の裏'])}）"],
                 ["投棄物", f"{r.choice(DUMPED)}、{r.choice(DUMPED)}"], ["対応", "翌日現地確認。警察へ情報提供"],
                 ["受付者", ctx.staff()]]],
        comments=["通報者は名前を出さないでほしいとのこと"])))  # fmt: skip

    # L2: arrow chat log in cp932 — a reporter named, the reply gives his address
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt-cp932", 2, ["name", "address"], DocSpec(paragraphs=chat("arrow", day(-2), [
        ("14:03", a, f"{p.name()}さんから、また家の裏に家電が捨てられていると電話"),
        ("14:05", b, "前回と同じ場所？住所どこだっけ"),
        ("14:06", a, f"{p.address()}の裏の空き地。カメラ設置の相談もしたいって"),
        ("14:08", b, "明日午前に見に行きます"),
    ], "環境保全課 不法投棄担当"))))  # fmt: skip

    # L2: warning letter on PDF (spaced digits) to the person who dumped
    p = ctx.person((1960, 1995))
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="警告書"), post=spaced_letter([
        f">{ctx.city}環保第{r.randint(100, 999)}号", f">{wareki(day(-3))}", "", p.address(), f"{p.name()} 様", "",
        f">{ctx.city}長", "", "^警告書", "",
        f"{wareki(day(-25))}、{ctx.town()}地内の市有地において、あなたが廃棄物（{r.choice(DUMPED)}）を",
        "投棄したことが確認されました。これは廃棄物の処理及び清掃に関する法律第16条に違反する行為です。",
        f"{wareki(day(10))}までに投棄物を撤去し、その結果を報告してください。",
        "期限までに撤去されない場合は、警察への告発を含め厳正に対処します。", "", f"担当 {sec} 電話 {ctx.office_phone(3)}"])))  # fmt: skip

    # L2: Outlook — a 自治会長 writes about a neighbour's house
    p = ctx.person()
    chair, s1 = ctx.staff(), ctx.staff()
    tw = ctx.town()
    chair_mail = f"jichikai-{r.randint(10, 99)}@example.ne.jp"
    docs.append(Doc(f, "txt", 2, ["name", "address"], DocSpec(paragraphs=outlook(
        f"{s1} <kankyo-hozen@{ctx.mail_domain}>", f"{chair} <{chair_mail}>",
        dt.datetime(2024, 10, 4, 15, 2), "RE: 近隣のごみの件",
        [f"{tw}東自治会 会長 {chair} 様", "", "ご連絡ありがとうございます。来週中に職員2名で訪問し、状況を確認いたします。",
         "訪問結果は改めてご報告します。", *signature(ctx, sec, s1, 3)],
        [(f"{chair} <{chair_mail}>", f"kankyo-hozen@{ctx.mail_domain}", "近隣のごみの件",
          ["環境保全課 御中", "", f"{tw}東自治会の{chair}です。",
           f"班内の{p.name()}さん宅（{p.address()}）の庭に、ごみ袋や古タイヤが山積みになっています。",
           "夏ごろから増え続けており、カラスが散らかして近所から苦情が出ています。", "一度見に来ていただけないでしょうか。"])])),
        note="the 自治会長 writes in his role; the neighbour named with an address is a private person"))  # fmt: skip

    # L3: hoarding case record in prose: named once, illness and arrears later
    p = ctx.person((1945, 1965))
    paras = [
        f"案件番号 G{r.randint(2020, 2024)}-{r.randint(1, 40):03d}",
        f"対象：{p.address()} 居住の{p.name()}（{p.age()}歳）。近隣住民からの苦情により対応開始。",
        "第1回訪問：敷地内に可燃ごみ袋約60袋、家電、自転車等が堆積。悪臭と害虫の発生を確認。本人は不在。",
        "第2回訪問：本人と面会。片付けの意思はあるが「体がきつい」と話す。室内は足の踏み場がない状態。",
        "第3回訪問：長男（市外在住）同席。長男によると、本人はアルコール依存症で精神科に通院していたが、昨年から中断している。",
        "地域包括支援センター、保健所の精神保健福祉相談員と情報共有。次回は保健師が同行する。",
        "今後の方針：本人同意のもとで分割搬出（3回）。費用負担は長男と協議。",
    ]
    docs.append(Doc(f, "docx", 3, ["name", "address", "health"], DocSpec(
        title="ごみ屋敷 対応経過記録", paragraphs=paras, header="関係者限り", footer=f"{sec}")))  # fmt: skip

    # L3: honoraria of 不法投棄監視員 with their My Numbers on a hidden sheet headed 番号
    ps = ctx.people(9, (1945, 1975))
    rows = [["No", "氏名", "住所", "担当地区", "委嘱期間", "謝金（年額）"]]
    rows += [[i, q.name(), q.address(), q.town, "R6.4.1～R8.3.31", 24000] for i, q in enumerate(ps, start=1)]
    nums: list[list[Cell]] = [["No", "氏名", "番号"]]
    nums += [[i, q.name(), random_my_number(r)] for i, q in enumerate(ps, start=1)]
    docs.append(Doc(f, "xlsx", 3, ["my_number", "name", "address"], DocSpec(sheets=[
        sheet("謝金", rows, title="令和6年度 不法投棄監視員 謝金支払一覧", first_row=3),
        sheet("番号", nums, state="hidden")])))  # fmt: skip

    # L3: LINE WORKS — a hoarding house named, the reply gives diabetes and dementia
    p = ctx.person((1938, 1955))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "health"], DocSpec(paragraphs=chat("lineworks", day(-1), [
        ("11:20", a, f"{p.town}の{p.sei}さん宅（例のごみ屋敷）、地域包括から連絡ありました"),
        ("11:24", b, "何か分かりました？"),
        ("11:27", a, f"{p.name()}さん、糖尿病で足が悪く、軽い認知症もあるそうです。片付けは介護サービスと一緒にやる方向で"),
        ("11:28", b, "了解です。来週のケース会議に出ます")], "ごみ屋敷対応チーム"))))  # fmt: skip

    # L3: 督促 of the costs of an administrative execution, spaced digits
    p = ctx.person((1940, 1965))
    ctx.urban(p)
    cost = r.randint(180, 620) * 1000
    docs.append(Doc(f, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="督促状"), post=spaced_letter([
        f">{ctx.city}環保第{r.randint(100, 999)}号", f">{wareki(day(-2))}", "", p.address(), f"{p.name()} 様", "",
        f">{ctx.city}長", "", "^督促状", "", f"{wareki(day(-95))}に実施した行政代執行に要した費用について、",
        f"{wareki(day(-40))}を納期限として納付を命じましたが、まだ納付されていません。",
        f"未納額 {yen(cost)}円", f"指定期限 {wareki(day(15))}", "期限までに納付がない場合は、滞納処分を行うことがあります。",
        "", f"問合せ {sec} 電話 {ctx.office_phone(3)}"])))  # fmt: skip
    return docs


# --- 浄化槽・し尿 (jokaso) --------------------------------------------------------------------------------
def jokaso(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "jokaso"
    sec = "上下水道局 下水道課 浄化槽係"
    docs: list[Doc] = []

    rows: list[list[Cell]] = [
        ["登録番号", "事業者名", "法人番号", "代表者", "営業所所在地", "電話", "登録年月日"]
    ]
    for i, (co, cn, rep, addr, tel) in enumerate(corp_rows(ctx, 12), start=1):
        rows.append(
            [
                f"第{r.randint(1, 30)}-{i:03d}号",
                co,
                cn,
                rep,
                addr,
                tel,
                wareki(dt.date(r.randint(2005, 2023), r.randint(1, 12), r.randint(1, 28))),
            ]
        )
    docs.append(Doc(f, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("登録業者", rows, title=f"{ctx.pref} 浄化槽保守点検業者 登録名簿（{ctx.city}内営業所）", first_row=4)])))  # fmt: skip

    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="し尿くみ取り手数料のご案内",
        paragraphs=["し尿のくみ取りは許可業者が行います。手数料は作業後に業者へお支払いください。",
                    "人槽（世帯の人数ではなく便槽の大きさ）に応じて料金が異なります。"],
        tables=[[["区分", "基本料金", "加算（18Lごと）"], ["一般家庭（定額制）", "1人 月額 1,030円", "－"],
                 ["一般家庭（従量制）", "1回 2,200円", "330円"], ["事業所", "1回 3,300円", "440円"],
                 ["仮設トイレ", "1回 4,400円", "440円"]]],
        footer=f"{ctx.city}{sec}")))  # fmt: skip

    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="浄化槽設置整備事業補助金交付申請書（記入例）",
        tables=[[["申請者", "浄化 一郎"], ["住所", f"{ctx.city}○○町3丁目4番5号"], ["電話", "0000-22-3333"],
                 ["設置場所", "申請者住所に同じ"], ["人槽", "5人槽"], ["補助申請額", "332,000円"], ["施工業者", "○○設備株式会社"]]],
        paragraphs=["※ 住民票、建築確認通知書の写し、見積書を添付してください。"], textboxes=["記入例"])))  # fmt: skip

    rows = [["地区", "設置基数", "受検基数", "受検率"]]
    for _ in range(8):
        n = r.randint(300, 2400)
        k = r.randint(n // 3, n)
        rows.append([ctx.town(), n, k, f"{k / n:.1%}"])
    old: list[list[Cell]] = [
        ["旧地区コード", "地区", "備考"],
        ["01", "旧市街", "H30統合"],
        ["02", "北部", "H30統合"],
    ]
    docs.append(Doc(f, "xls", 1, [], DocSpec(sheets=[sheet("受検率", rows, title="浄化槽法定検査（11条検査）受検状況"),
                                                 sheet("旧集計", old, state="hidden")])))  # fmt: skip

    rows = [["地区", "収集業者", "10月", "11月", "12月"]]
    for co in ctx.companies(3):
        for _ in range(3):
            rows.append(
                [
                    ctx.town(),
                    co,
                    f"{r.randint(1, 10)}日・{r.randint(15, 28)}日",
                    f"{r.randint(1, 10)}日",
                    f"{r.randint(1, 20)}日",
                ]
            )
    docs.append(Doc(f, "csv-cp932", 1, [], DocSpec(sheets=[sheet("日程", rows)])))

    # L2: installation notice in odt
    p = ctx.person()
    docs.append(Doc(f, "odt", 2, ["name", "address", "phone"], DocSpec(
        title="浄化槽設置届出書",
        paragraphs=[f"{wareki(day(-8))}", f"{ctx.city}長 様"],
        tables=[[["設置者氏名", p.name()], ["設置者住所", p.address()], ["電話", p.phone],
                 ["設置場所", f"{ctx.city}{ctx.town()}{r.randint(1, 1800)}番地"], ["種類・人槽", "合併処理浄化槽 7人槽"],
                 ["工事業者", ctx.company()], ["着工予定日", wareki(day(20))]]])))  # fmt: skip

    # L2: Teams — a resident asks for a pump-out, the reply gives the phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", day(-1), [
        ("15:31", a, f"{p.town}の{p.name()}さんから、くみ取りが来ないと問い合わせ"),
        ("15:33", b, "業者に確認します。折り返し先は？"),
        ("15:34", a, f"{p.phone}（日中は携帯が良いそうです）"),
        ("15:50", b, "業者の予定表で漏れていました。明日午前に伺うと本人に連絡済み")], "浄化槽係"))))  # fmt: skip

    # L2: abolition notices book, far right
    ps = ctx.people(12)
    pad: list[Cell] = [None] * 27
    rows = [[*pad, "受付日", "姓", "名", "フリガナ", "設置場所", "電話", "廃止理由"]]
    for q in ps:
        rows.append([*pad, ymd(day(-r.randint(3, 160))), q.sei, q.mei, q.kana, q.address(), q.phone,
                     r.choice(["下水道接続", "建物解体", "下水道接続", "単独処理から合併処理へ入替"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("受付簿", rows, title="浄化槽使用廃止届 受付簿（令和6年度）")])))  # fmt: skip

    # L2: change of manager accepted, spaced digits
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="管理者変更届受理通知"), post=spaced_letter([
        f">{ctx.city}下第{r.randint(100, 999)}号", f">{wareki(day(-2))}", "", p.zip, p.address(), f"{p.name()} 様", "",
        f">{ctx.city}上下水道事業管理者", "", "^浄化槽管理者変更報告書の受理について", "",
        f"{wareki(day(-14))}付けで提出のあった浄化槽管理者変更報告書を受理しました。",
        "今後は保守点検・清掃及び年1回の法定検査の実施をお願いします。", "", f"問合せ {sec} 電話 {ctx.office_phone(8)}"])))  # fmt: skip

    # L3: managers' register print, 112 persons
    many = ctx.people(112)
    prows = [[f"{r.randint(100000, 999999)}", q.name(), q.address()[:24], f"{r.choice([5, 5, 7, 10])}人槽", q.phone,
              ymd(dt.date(r.randint(1995, 2023), r.randint(1, 12), r.randint(1, 28)))] for q in many]  # fmt: skip
    cols = [
        ("管理者番号", 30),
        ("氏名", 95),
        ("設置場所", 180),
        ("人槽", 420),
        ("電話", 470),
        ("使用開始日", 570),
    ]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone"], DocSpec(title="浄化槽管理者台帳"),
                    post=system_print("浄化槽管理者台帳（全件）", "浄化槽台帳システム  JKS-R220", cols, prows, 30,
                                      widths=[12, 16, 50, 8, 16, 12])))  # fmt: skip

    # L3: subsidy application with 「○○さんの番号」 in the footer
    p = ctx.person()
    mn = random_my_number(r)
    docs.append(Doc(f, "docx", 3, ["my_number", "name", "address", "phone"], DocSpec(
        title="浄化槽設置整備事業補助金交付申請書",
        paragraphs=[f"{wareki(day(-9))}", f"{ctx.city}長 様", "次のとおり補助金の交付を申請します。"],
        tables=[[["申請者", p.name()], ["住所", p.address()], ["電話", p.phone], ["人槽", "5人槽"],
                 ["補助申請額", "332,000円"], ["施工業者", ctx.company()]]],
        footer=f"受付メモ {p.sei}さんの番号 {grouped(mn, '-')}")))  # fmt: skip

    # L3: night-soil fee arrears in xls
    ps = ctx.people(15)
    rows = [["No", "氏名", "住所", "電話", "未納期間", "未納額", "督促日"]]
    for i, q in enumerate(ps, start=1):
        rows.append([i, q.name(), q.address(), q.phone, f"R{r.randint(4, 5)}.{r.randint(1, 12)}～R6.{r.randint(1, 8)}",
                     r.randint(2, 30) * 1030, ymd(day(-r.randint(5, 60)))])  # fmt: skip
    docs.append(Doc(f, "xls", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[
        sheet("未納", rows, title="し尿くみ取り手数料（定額制）未納者一覧", first_row=3)])))  # fmt: skip

    # L3: Outlook — the manager is in hospital with lung cancer
    p = ctx.person((1940, 1960))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "address", "health"], DocSpec(paragraphs=outlook(
        f"{s2} <jokaso@{ctx.mail_domain}>", f"{s1} <kankyo-hozen@{ctx.mail_domain}>", dt.datetime(2024, 10, 2, 17, 40),
        "RE: RE: 浄化槽放流水の悪臭について",
        [f"{s1}さん", "", "設置者側の事情が分かりました。", f"{p.name()}さん（{p.address()}）は、",
         "今年の春から肺がんで入院中とのことで、保守点検の契約が切れたままになっていました。",
         "ご家族（県外）と連絡がつき、業者手配をしてもらうことになりました。", *signature(ctx, sec, s2, 8)],
        [(f"{s1} <kankyo-hozen@{ctx.mail_domain}>", f"jokaso@{ctx.mail_domain}", "RE: 浄化槽放流水の悪臭について",
          ["水路への放流水が臭うと近隣から苦情です。設置者の状況を確認してもらえますか。"]),
         (f"{s2} <jokaso@{ctx.mail_domain}>", f"kankyo-hozen@{ctx.mail_domain}", "浄化槽放流水の悪臭について",
          ["台帳上の管理者は確認できました。訪問しますが不在が続いています。"])]))))  # fmt: skip
    return docs


# --- 公害苦情 (kogai) ------------------------------------------------------------------------------------
def kogai(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "kogai"
    sec = "環境部 環境保全課"
    docs: list[Doc] = []

    kinds = ["大気汚染", "水質汚濁", "騒音", "振動", "悪臭", "その他"]
    rows: list[list[Cell]] = [["発生源", *kinds, "計"]]
    for src in ("製造業", "建設業", "サービス業", "農業", "家庭生活", "不明"):
        v = [r.randint(0, 30) for _ in kinds]
        rows.append([src, *v, sum(v)])
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[
        sheet("R5", rows, title="令和5年度 公害苦情受理件数（種類別・発生源別）", first_row=4, footer="環境白書 資料編"),
        sheet("R4", [["発生源", "計"], *[[row[0], r.randint(4, 90)] for row in rows[1:]]], state="hidden")])))  # fmt: skip

    meas = ctx.staff()
    rows2: list[list[str]] = [["地点", "用途地域", "昼間 LAeq(dB)", "夜間 LAeq(dB)", "環境基準"]]
    for i in range(1, 9):
        dd, nn = r.randint(48, 68), r.randint(40, 60)
        rows2.append(
            [
                f"No.{i} {ctx.town()}",
                r.choice(["第一種住居", "近隣商業", "準工業"]),
                str(dd),
                str(nn),
                "適合" if dd < 65 else "超過",
            ]
        )
    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="令和5年度 自動車騒音常時監視結果",
        paragraphs=[f"測定期間：{wareki(dt.date(2023, 11, 6))}～{wareki(dt.date(2023, 11, 17))}",
                    f"測定実施：{ctx.company()}（環境計量士 {meas}）"], tables=[rows2], footer=f"{ctx.city}{sec}")))  # fmt: skip

    rows = [["事業者名", "法人番号", "代表者", "所在地", "指導内容", "指導年月日"]]
    for co, cn, rep, addr, _tel in corp_rows(ctx, 8):
        rows.append([co, cn, rep, addr, r.choice(["悪臭（堆肥化施設）", "騒音（夜間作業）", "悪臭（排水処理）", "振動（重機）"]),
                     wareki(day(-r.randint(30, 300)))])  # fmt: skip
    clinic = r.choice(SURNAMES)[0]
    rows.append([f"医療法人{clinic}会 {clinic}産婦人科医院", random_corporate_number(r), f"理事長 {ctx.staff()}", ctx.biz_address(),
                 "騒音（室外機）", wareki(day(-70))])  # fmt: skip
    docs.append(Doc(f, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("指導事業者", rows, title="公害防止 指導事業者一覧（公表）")]),
                    note="companies and a clinic as sources, their 代表者/理事長 named by role"))  # fmt: skip

    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="公害苦情申出書（記入例）",
        tables=[[["申出者", "環境 次郎"], ["住所", f"{ctx.city}□□町4丁目5番6号"], ["電話", "0000-33-4444"],
                 ["苦情の種類", "騒音"], ["発生源", "近くの工場（夜10時以降の機械音）"], ["希望", "測定と指導をしてほしい"]]],
        textboxes=["記入例"], footer=f"{ctx.city}{sec}")))  # fmt: skip

    docs.append(Doc(f, "odt", 1, [], DocSpec(
        title="公害苦情 対応事例集（庁内研修用・匿名化済）",
        paragraphs=["事例1 申出人：〇〇 〇〇 様（××町）", "隣家のエアコン室外機の低周波音。測定の結果、参照値以下。双方に説明。",
                    "事例2 申出人：△△ △△ 様（□□地区）", "養豚場の悪臭。臭気指数を測定し、事業者に改善指導。",
                    "事例3 申出人：匿名", "早朝の資材搬入の騒音。事業者が搬入時刻を変更。"]),
        note="complainants masked as 〇〇 〇〇 / △△ △△"))  # fmt: skip

    # L2: complaint sheet, phone in a text box
    p = ctx.person()
    docs.append(Doc(f, "docx", 2, ["name", "phone"], DocSpec(
        title="公害苦情受付記録",
        tables=[[["受付日", wareki(day(-2))], ["種類", "騒音"], ["申出者", f"{p.name()} 様"],
                 ["内容", "隣接する資材置場で早朝5時頃からフォークリフトの音がする"], ["受付者", ctx.staff()]]],
        textboxes=[f"連絡先 {p.phone}（夕方以降）"])))  # fmt: skip

    # L2: a resident's own letter to 「環境保全課 御中」, signed at the end
    p = ctx.person()
    paras = [
        f"{ctx.city}環境部環境保全課 御中",
        "",
        f"いつもお世話になっております。{ctx.town()}の工場から、夜間にコンプレッサーのような低い音が続いており、",
        "窓を閉めても響いてきます。特に午後11時から午前2時頃がひどく、家族全員が困っています。",
        "一度、夜間に音の測定をしていただけないでしょうか。日時は合わせます。",
        "よろしくお願いいたします。",
        "",
        wareki(day(-6)),
        p.address(),
        p.name(),
        f"電話 {p.phone}",
    ]
    docs.append(Doc(f, "docx", 2, ["name", "address", "phone"], DocSpec(paragraphs=paras)))

    # L2: Slack — a complainant named, the reply gives the address
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "address"], DocSpec(paragraphs=chat("slack", day(-2), [
        ("16:40", a, f"{p.name()}さんからまた悪臭の電話です。今日は風向きで特にひどいと"),
        ("16:43", b, f"臭気測定の場所、{p.address()}の庭先でいいか確認してください"),
        ("16:45", a, "了解、明日10時で調整します")], "公害苦情"))))  # fmt: skip

    # L2: measurement appointment letter on PDF, spaced digits
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="騒音測定の実施について"), post=spaced_letter([
        f">{wareki(day(-1))}", "", p.address(), f"{p.name()} 様", "", f">{ctx.city}{sec}", "", "^騒音測定の実施について", "",
        "先日ご相談いただいた騒音について、次のとおり測定を実施します。", f"日時 {wareki(day(8))} 午後10時～翌午前1時",
        "場所 お宅の敷地境界付近", "測定には職員2名が伺います。", "", f"担当 {ctx.staff()} 電話 {ctx.office_phone(3)}"])))  # fmt: skip

    # L3: a resident's letter to the mayor stating insomnia and psychiatric visits, spaced digits
    p = ctx.person((1955, 1985))
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone", "health"], DocSpec(title="市長への手紙"), post=spaced_letter([
        f"{ctx.city}長 様", "", "^工場の騒音について（お願い）", "",
        f"私は{p.town}に住んでいる者です。昨年{r.randint(4, 11)}月から、近くの工場が24時間操業を始め、",
        "夜中も機械音が止まりません。市役所にも何度か相談しましたが、基準以下だと言われました。",
        "この半年ほど眠れない日が続き、不眠症と診断されて心療内科に通院しています。睡眠薬がないと眠れません。",
        "基準以下であっても、住民の健康を守るために何とかしていただけないでしょうか。", "",
        f">{wareki(day(-12))}", f">{p.address()}", f">{p.name()}", f">電話 {p.phone}"])))  # fmt: skip

    # L3: case progress in odt, pregnancy complication paragraphs after the name
    p = ctx.person((1985, 1998))
    paras = [
        f"申出人 {p.name()}（{p.address()}）",
        f"{wareki(day(-40))} 受付。隣地の解体工事の騒音・振動。",
        f"{wareki(day(-38))} 現地確認。特定建設作業の届出あり。作業時間は届出の範囲内。",
        f"{wareki(day(-30))} 申出人から再度電話。事情を聴取。",
        "申出人は妊娠中で、切迫早産のため医師から自宅安静を指示されている。振動でお腹が張るとのこと。",
        f"{wareki(day(-29))} 施工業者に配慮を要請。重機作業を午後に集約、低振動工法へ変更することで合意。",
        f"{wareki(day(-10))} 工事完了。申出人に報告。",
    ]
    docs.append(
        Doc(f, "odt", 3, ["name", "address", "health"], DocSpec(title="苦情処理経過記録", paragraphs=paras))
    )

    # L3: LINE WORKS — the complainant's asthma
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "health"], DocSpec(paragraphs=chat("lineworks", day(-4), [
        ("09:30", a, f"野焼きの件、通報者の{p.name()}さんから追加の電話がありました"),
        ("09:32", b, "どうでした？"),
        ("09:35", a, "ご本人が喘息持ちで、煙が入ってきて昨夜発作が出て救急外来にかかったそうです"),
        ("09:36", b, "すぐ行為者に指導に行きます。農政課にも連絡入れます")], "環境保全課"))))  # fmt: skip

    # L3: five years of complainants in cp932, 104 persons
    many = ctx.people(104)
    rows = [["受付年度", "受付番号", "申出人氏名", "住所", "電話番号", "種類", "処理状況"]]
    for q in many:
        rows.append([f"R{r.randint(1, 6)}", f"K{r.randint(1000, 9999)}", q.name(), q.address(), q.phone, r.choice(kinds),
                     r.choice(["解決", "解決", "継続", "打切り"])])  # fmt: skip
    docs.append(Doc(f, "csv-cp932", 3, ["name", "address", "phone"], DocSpec(sheets=[sheet("申出人", rows)])))
    return docs


# --- 水道 開栓・閉栓・名義変更・漏水減免 (suido) ------------------------------------------------------------
def suido(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "suido"
    sec = "上下水道局 お客様サービス課"
    docs: list[Doc] = []

    rows: list[list[Cell]] = [
        ["口径", "基本料金（円）", "従量料金（1㎥あたり）", None, None],
        [None, None, "1～10㎥", "11～20㎥", "21㎥以上"],
    ]
    for d, base in (("13mm", 880), ("20mm", 1320), ("25mm", 2420), ("40mm", 6380), ("50mm", 12100)):
        rows.append([d, base, 0 if d == "13mm" else 110, 165, 220])
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[sheet("料金表", rows, title="水道料金表（1か月・税抜）", first_row=3)]),
                    post=merge_xlsx({"料金表": ["A3:A4", "B3:B4", "C3:E3"]})))  # fmt: skip

    rows = [["指定番号", "事業者名", "法人番号", "代表者", "所在地", "電話番号", "指定年月日", "主任技術者"]]
    for i, (co, cn, rep, addr, tel) in enumerate(corp_rows(ctx, 14), start=1):
        rows.append([f"{ctx.romaji[:1].upper()}-{i:03d}", co, cn, rep, addr, tel,
                     wareki(dt.date(r.randint(1998, 2023), r.randint(1, 12), r.randint(1, 28)), "slash"), ctx.staff()])  # fmt: skip
    docs.append(Doc(f, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("指定工事事業者", rows)])))

    rows3 = [["月", "開栓", "閉栓", "名義変更"]]
    rows3 += [
        [f"{m}月", str(r.randint(300, 900)), str(r.randint(280, 880)), str(r.randint(60, 200))]
        for m in range(4, 10)
    ]
    docs.append(Doc(f, "pptx", 1, [], DocSpec(
        title="お客様窓口業務 上半期実績報告", paragraphs=["3月・4月の引越しシーズンに開閉栓が集中", "WEB受付の割合：42%（前年度35%）",
                                                  "電話の平均待ち時間：2分40秒"], tables=[rows3])))  # fmt: skip

    rows = [["水栓番号", "施設名", "所在地", "口径", "メーター設置日"]]
    fac = [
        "市民体育館",
        "中央公民館",
        "第一小学校",
        "南中学校",
        "市民プール",
        "総合支所",
        "図書館",
        "斎場",
        "清掃センター",
        "浄水場管理棟",
        "北保育園",
        "市営球場",
        "勤労青少年ホーム",
        "文化会館",
        "保健センター",
    ]
    for name in fac:
        rows.append([ctx.lookalike(), name, ctx.biz_address(), r.choice(["25mm", "40mm", "50mm"]),
                     ymd(dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(f, "xls", 1, [], DocSpec(sheets=[sheet("公共施設", rows, title="公共施設 水栓一覧")]),
                    note="水栓番号 are 12-digit numbers failing the check digit; facilities only"))  # fmt: skip

    docs.append(Doc(f, "txt", 1, [], DocSpec(paragraphs=[
        "【よくある質問】漏水による水道料金の減額（漏水減免）", "",
        "Q1. 漏水減免の対象になるのはどんな場合ですか？",
        "A1. 地下や壁の中など、発見が困難な場所での漏水で、指定給水装置工事事業者が修理した場合が対象です。",
        "Q2. 蛇口やトイレの水漏れは対象になりますか？", "A2. 目に見える場所の漏水やトイレの水漏れは対象外です。",
        "Q3. いくら減額されますか？", "A3. 漏水前の平均使用水量を超えた分の2分の1を、最大2か月分減額します。",
        f"お問い合わせ：{sec} 電話 {ctx.office_phone(10)}"])))  # fmt: skip

    # L2: Outlook — a web opening request
    p = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=outlook(
        f"{s1} <okyakusama@{ctx.mail_domain}>", f"{s2} <kyusui@{ctx.mail_domain}>", dt.datetime(2024, 10, 8, 9, 5),
        "FW: 【受付】水道使用開始（開栓）申込", ["給水課 各位", "", "下記、明日午前の開栓をお願いします。メーターボックスが土に埋もれているとのことです。",
                                       *signature(ctx, sec, s1, 10)],
        [(f"水道WEB受付 <noreply@{ctx.mail_domain}>", f"okyakusama@{ctx.mail_domain}", "【受付】水道使用開始（開栓）申込",
          [f"申込者：{p.name()}（{p.kana}）", f"使用場所：{p.address()}", f"連絡先：{p.phone}",
           f"使用開始希望日：{ymd(day(1))}", "支払方法：口座振替（後日届出）"])]))))  # fmt: skip

    # L2: name change (old and new user)
    p, q = ctx.person((1930, 1955)), ctx.person((1960, 1990))
    q.sei = p.sei
    docs.append(Doc(f, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="水道使用者名義変更届",
        paragraphs=[f"{wareki(day(-3))}", f"{ctx.city}上下水道事業管理者 様"],
        tables=[[["お客様番号", f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"], ["使用場所", p.address()],
                 ["旧使用者", p.name()], ["新使用者", q.name()], ["新使用者の連絡先", q.phone], ["変更理由", "世帯主変更"],
                 ["届出人", f"{q.name()}（続柄：子）"]]])))  # fmt: skip

    # L2: leak reduction approved, spaced digits
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="漏水減免承認通知書"), post=spaced_letter([
        f">{ctx.city}上水お第{r.randint(100, 999)}号", f">{wareki(day(-2))}", "", p.address(), f"{p.name()} 様", "",
        f">{ctx.city}上下水道事業管理者", "", "^漏水による水道料金の減額について（通知）", "",
        f"{wareki(day(-21))}付けで申請のあった漏水減免について、次のとおり承認します。",
        f"対象期間 {wareki(dt.date(2024, 7, 1))}～{wareki(dt.date(2024, 8, 31))}", f"減額水量 {r.randint(20, 90)}㎥",
        f"減額金額 {yen(r.randint(3, 18) * 1000)}円", "減額分は次回の請求で調整します。", "", f"問合せ {sec} 電話 {ctx.office_phone(10)}"])))  # fmt: skip

    # L2: closing / settlement book in ods
    ps = ctx.people(8)
    rows = [["閉栓日", "氏名", "旧使用場所", "転出先住所", "連絡先", "精算方法"]]
    for q in ps:
        rows.append([ymd(day(-r.randint(1, 30))), q.name(), f"{ctx.city}{ctx.town()}{r.randint(1, 30)}-{r.randint(1, 20)}",
                     f"{r.choice(['仙台市青葉区', 'さいたま市浦和区', '名古屋市中区', '福岡市博多区'])}{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 12)}",
                     q.phone, r.choice(["現地精算", "納付書送付", "口座振替"])])  # fmt: skip
    docs.append(
        Doc(
            f,
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("閉栓", rows, title="閉栓精算受付簿")]),
        )
    )

    # L3: opening list print, 134 persons, padded rows
    many = ctx.people(134)
    prows = [[f"{r.randint(10, 99)}{r.randint(10000000, 99999999)}", q.name(), q.address()[:24], q.phone,
              ymd(day(-r.randint(1, 60))), r.choice(["13", "20"])] for q in many]  # fmt: skip
    cols = [
        ("お客様番号", 30),
        ("使用者名", 110),
        ("使用場所", 200),
        ("電話番号", 440),
        ("開栓日", 540),
        ("口径", 620),
    ]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone"], DocSpec(title="開栓者一覧"),
                    post=system_print("開栓処理一覧表", f"水道料金システム  {ctx.romaji.upper()}-WTR  帳票ID KS0312", cols,
                                      prows, 34, "抽出条件：開栓日 令和6年8月1日～令和6年9月30日", "none")))  # fmt: skip

    # L3: leak reduction application: the user was in hospital
    p = ctx.person((1935, 1960))
    docs.append(Doc(f, "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="漏水減免申請書",
        paragraphs=[f"{wareki(day(-7))}", f"{ctx.city}上下水道事業管理者 様"],
        tables=[[["申請者", p.name()], ["使用場所", p.address()], ["電話", p.phone], ["漏水箇所", "屋外埋設管（メーター二次側）"],
                 ["修理業者", ctx.company()], ["修理日", wareki(day(-15))]]],
        footnotes=["発見が遅れた理由：7月から腰椎圧迫骨折で入院しており、自宅が不在だったため。"])))  # fmt: skip

    # L3: welfare reduction with 「番号」 in the Word header
    p = ctx.person()
    mn = random_my_number(r)
    docs.append(Doc(f, "docx", 3, ["my_number", "name", "address", "health"], DocSpec(
        title="水道料金福祉減免申請書",
        paragraphs=[f"{wareki(day(-5))}", f"{ctx.city}上下水道事業管理者 様", "次のとおり基本料金の減免を申請します。"],
        tables=[[["申請者（使用者）", p.name()], ["使用場所", p.address()], ["減免区分", "重度心身障害者世帯"],
                 ["手帳の種類・等級", "身体障害者手帳 1級（心臓機能障害）"], ["添付書類", "手帳の写し"]]],
        header=f"番号 {grouped(mn)}")))  # fmt: skip

    # L3: name changes of the half year, 118 persons, 姓・名 split with カナ, hidden sheet, merged title
    many = ctx.people(118)
    rows = [["No", "お客様番号", "姓", "名", "セイ", "メイ", "使用場所", "電話", "変更日", "変更理由"]]
    for i, q in enumerate(many, start=1):
        rows.append([i, f"{r.randint(10, 99)}-{r.randint(100000, 999999)}", q.sei, q.mei, kata(q.sei_kana), kata(q.mei_kana),
                     q.address(), q.phone, ymd(day(-r.randint(1, 180))), r.choice(["相続", "世帯主変更", "売買", "賃借人変更"])])  # fmt: skip
    summary: list[list[Cell]] = [
        ["変更理由", "件数"],
        ["相続", 40],
        ["世帯主変更", 30],
        ["売買", 28],
        ["賃借人変更", 20],
    ]
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("名義変更", rows, title="名義変更処理一覧（令和6年度上期）", first_row=3),
        sheet("集計", summary, state="hidden")])))  # fmt: skip
    return docs


# --- 水道料金 滞納・給水停止 (ryokin) ----------------------------------------------------------------------
def ryokin(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "ryokin"
    sec = "上下水道局 料金課"
    docs: list[Doc] = []

    rows: list[list[Cell]] = [
        ["年度", "給水停止予告書 発送", "給水停止 執行", "執行後 納付", "収納率（現年度）"]
    ]
    for y in range(1, 6):
        sent = r.randint(1800, 3200)
        rows.append(
            [f"令和{y}年度", sent, r.randint(80, 300), r.randint(60, 280), f"{r.uniform(98.2, 99.6):.2f}%"]
        )
    docs.append(
        Doc(f, "xlsx", 1, [], DocSpec(sheets=[sheet("推移", rows, title="給水停止処分の状況", first_row=4)]))
    )

    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="水道料金 滞納整理事務マニュアル（抜粋）",
        paragraphs=["1 督促：納期限後20日以内に督促状を送付する。", "2 催告：督促後も未納の場合、催告書を送付し電話催告を行う。",
                    "3 給水停止予告：未納が3か月分以上となった場合、給水停止予告書を送付する。",
                    "4 給水停止：予告期限までに納付又は分納の相談がない場合、給水を停止する。",
                    "※ 高齢者のみの世帯、乳幼児のいる世帯、医療機器を使用している世帯は、福祉部局と協議してから執行すること。",
                    "5 分納：分納誓約書を徴し、履行状況を毎月確認する。"], header="内部資料")))  # fmt: skip

    rows = [["お客様番号", "法人名", "法人番号", "使用場所", "未納月数", "未納額（円）"]]
    for co, cn, _rep, addr, _tel in corp_rows(ctx, 12):
        rows.append([ctx.lookalike(), co, cn, addr, r.randint(1, 6), yen(r.randint(20, 900) * 100)])
    docs.append(Doc(f, "csv-cp932", 1, ["corporate_number"], DocSpec(sheets=[sheet("法人未納", rows)]),
                    note="companies' arrears, not persons'; お客様番号 are 12-digit numbers failing the check digit"))  # fmt: skip

    docs.append(Doc(f, "odt", 1, [], DocSpec(
        title="給水停止予告書（様式第12号）",
        paragraphs=["〒", "", "〇〇 〇〇 様", "", "お客様番号 ＿＿＿＿＿＿", "",
                    "下記の水道料金が納期限を過ぎても納付されていません。", "期限までに納付がない場合は、給水を停止します。",
                    "未納額 ＿＿＿＿＿＿円　　停止予定日 令和　年　月　日"], footer=f"{ctx.city}{sec}"),
        note="a blank template: 〇〇 〇〇 and empty fields"))  # fmt: skip

    comp = ctx.company()
    docs.append(Doc(f, "pptx", 1, [], DocSpec(
        title="料金徴収業務委託 実施体制", paragraphs=[f"受託者：{comp}", f"業務責任者：{ctx.staff()}（{comp}）",
                                              f"副責任者：{ctx.staff()}", f"市担当：料金課長 {ctx.staff()}、収納係長 {ctx.staff()}",
                                              "検針員 28名、徴収員 6名"],
        tables=[[["業務", "人員", "時間"], ["窓口", "4", "8:30-17:15"], ["電話", "6", "8:30-19:00"], ["訪問徴収", "6", "9:00-20:00"]]])))  # fmt: skip

    # L2: direct-debit request
    p = ctx.person()
    docs.append(Doc(f, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="口座振替依頼書 受付控",
        tables=[[["お客様番号", f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"], ["使用者", p.name()],
                 ["使用場所", p.address()], ["電話", p.phone], ["金融機関", r.choice(["ゆうちょ銀行", "JAバンク", f"{ctx.city[:2]}信用金庫", "労働金庫"])],
                 ["振替開始", f"{TODAY.month + 1}月分から"]]])))  # fmt: skip

    # L2: Slack — a meter reader's report, the reply gives the phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", day(-1), [
        ("11:02", a, f"検針員から、{p.town}の{p.name()}様宅メーターボックスの上に植木鉢が置かれて検針できないと報告"),
        ("11:05", b, f"お客様情報の電話は {p.phone} です。移動をお願いしてください"),
        ("11:30", a, "電話しました。今週中に動かしていただけるそうです")], "料金課-検針"))))  # fmt: skip

    # L2: phone memo in cp932
    p = ctx.person()
    docs.append(Doc(f, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=[
        "電話メモ", f"日時：{ymd(day(-1))} 14:25", f"相手：{p.name()} 様", f"電話：{p.phone}",
        "用件：請求書の宛名が亡くなった父の名前のままになっている。名義変更の方法を教えてほしい。",
        "対応：名義変更届を郵送。折り返し不要。", f"受：{ctx.staff()}"])))  # fmt: skip

    # L2: direct-debit start notice, spaced digits
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="口座振替開始のお知らせ"), post=spaced_letter([
        f">{wareki(day(-1))}", "", p.zip, p.address(), f"{p.name()} 様", "", f">{ctx.city}{sec}", "",
        "^口座振替開始のお知らせ", "", "お申込みいただいた口座振替の登録が完了しました。",
        f"令和 6 年 {TODAY.month + 1} 月検針分から、毎月 26 日（休日の場合は翌営業日）に振り替えます。",
        "振替日の前日までに残高をご確認ください。", "", f"問合せ {sec} 電話 {ctx.office_phone(12)}"])))  # fmt: skip

    # L3: notice of water stop with the arrears amount, spaced digits
    p = ctx.person()
    ctx.urban(p)
    owed = r.randint(4, 14) * 2860
    docs.append(Doc(f, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="給水停止予告書"), post=spaced_letter([
        f">{wareki(day(-1))}", "", p.address(), f"{p.name()} 様", "", f">{ctx.city}上下水道事業管理者", "", "^給水停止予告書", "",
        "下記の水道料金が、督促及び催告にもかかわらず納付されていません。",
        f"未納期間 令和 6 年 {r.randint(2, 5)} 月分～令和 6 年 8 月分", f"未納額 {yen(owed)}円",
        f"{wareki(day(14))}までに納付されない場合は、給水を停止します。",
        "納付が困難な場合は、必ず期限までに料金課へご相談ください。", "", f"問合せ {sec} 電話 {ctx.office_phone(12)}"])))  # fmt: skip

    # L3: arrears list print, 108 persons
    many = ctx.people(108)
    prows = [[f"{r.randint(10, 99)}{r.randint(10000000, 99999999)}", q.name(), q.address()[:22], q.phone, str(r.randint(3, 15)),
              yen(r.randint(3, 40) * 2860), ymd(day(r.randint(10, 30)))] for q in many]  # fmt: skip
    cols = [
        ("お客様番号", 30),
        ("使用者名", 110),
        ("使用場所", 195),
        ("電話番号", 420),
        ("月数", 510),
        ("未納額", 550),
        ("停止予定", 630),
    ]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone", "arrears"], DocSpec(title="給水停止予定者一覧"),
                    post=system_print("給水停止予定者一覧（滞納3か月以上）", "水道料金システム  帳票ID TN0902", cols, prows, 30,
                                      "抽出条件：未納月数>=3 かつ 分納なし", "dash")))  # fmt: skip

    # L3: Teams — a reply gives the arrears
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=chat("teams", day(-1), [
        ("10:11", a, f"{p.town}の{p.name()}さんが窓口に来ています。給水停止の予告書を持ってきました"),
        ("10:13", b, f"{p.sei}さんは3か月分 {yen(r.randint(8, 20) * 1000)}円の未納です。分納の相談なら誓約書を"),
        ("10:15", a, "今日5千円払って、残りを月1万円でと言っています"),
        ("10:16", b, "それで誓約書お願いします。停止は保留で")], "料金課 収納係"))))  # fmt: skip

    # L3: instalment pledge
    p = ctx.person()
    owed = r.randint(20, 90) * 1000
    docs.append(Doc(f, "odt", 3, ["name", "address", "phone", "arrears"], DocSpec(
        title="分納誓約書", paragraphs=[f"{ctx.city}上下水道事業管理者 様", "私は、下記の未納水道料金を次のとおり分割して納付することを誓約します。"],
        tables=[[["お客様番号", f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"], ["氏名", p.name()], ["住所", p.address()],
                 ["電話", p.phone], ["未納額", f"{yen(owed)}円"], ["分納額", "毎月 10,000円"], ["初回納付日", wareki(day(5))]]])))  # fmt: skip
    return docs


# --- 下水道 受益者負担金・排水設備 (gesui) -------------------------------------------------------------------
def gesui(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    f = "gesui"
    sec = "上下水道局 下水道課"
    docs: list[Doc] = []

    rows: list[list[Cell]] = [["指定番号", "工事店名", "法人番号", "代表者", "責任技術者", "所在地", "電話"]]
    for i, (co, cn, rep, addr, tel) in enumerate(corp_rows(ctx, 10), start=1):
        rows.append(
            [f"排-{i:03d}", co, cn, rep, f"{ctx.staff()}（登録第{r.randint(1000, 9999)}号）", addr, tel]
        )
    docs.append(Doc(f, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("指定工事店", rows, title=f"{ctx.city} 排水設備指定工事店一覧（令和6年4月1日現在）", first_row=3)])))  # fmt: skip

    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="下水道事業受益者負担金のご案内",
        paragraphs=["下水道が整備されると、土地の利便性や資産価値が向上します。その利益を受ける土地の所有者等に、",
                    "建設費の一部を負担していただくのが受益者負担金です。",
                    "負担金額 ＝ 土地の面積（㎡）× 単位負担金額（1㎡あたり 380円）", "5年（20回）に分けて納めていただきます。一括納付には報奨金があります。",
                    "農地、災害を受けた土地などは、申請により徴収猶予又は減免を受けられる場合があります。"],
        footer=f"{ctx.city}{sec}")))  # fmt: skip

    towns = [ctx.town(urban=True) for _ in range(4)]
    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title=f"{ctx.city}上下水道局告示第{r.randint(10, 60)}号",
        paragraphs=["下水道法第9条第1項の規定により、公共下水道の供用を開始するので、次のとおり公示する。",
                    f"{wareki(day(-10))}", f"{ctx.city}上下水道事業管理者", f"1 供用開始の年月日 {wareki(day(20))}",
                    "2 下水を排除すべき区域 " + "、".join(f"{t}{r.randint(1, 3)}丁目の一部" for t in towns),
                    "3 処理場 浄化センター", "4 図面の縦覧場所 上下水道局下水道課"])))  # fmt: skip

    docs.append(Doc(f, "odt", 1, [], DocSpec(
        title="排水設備計画確認申請書（記入例）",
        tables=[[["申請者", "下水 三郎"], ["住所", f"{ctx.city}◇◇町5丁目6番7号"], ["電話", "0000-44-5555"],
                 ["設置場所", "申請者住所に同じ"], ["工事店", "○○設備株式会社"], ["工事予定", "令和○年○月○日～○月○日"]]],
        paragraphs=["記入例：申請者は土地・建物の所有者です。"])))  # fmt: skip

    rows = [["町名", "処理区域内人口", "水洗化人口", "水洗化率"]]
    for t in dict.fromkeys(ctx.town() for _ in range(20)):
        pop = r.randint(400, 6000)
        flush = r.randint(pop // 2, pop)
        rows.append([t, pop, flush, f"{flush / pop * 100:.1f}"])
    docs.append(Doc(f, "csv-cp932", 1, [], DocSpec(sheets=[sheet("水洗化率", rows)])))

    # L2: filled application
    p = ctx.person()
    docs.append(Doc(f, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="排水設備計画確認申請書",
        tables=[[["申請日", wareki(day(-6))], ["申請者", p.name()], ["住所", p.address()], ["電話", p.phone],
                 ["設置場所", f"{ctx.city}{ctx.town()}{r.randint(1, 1900)}番地"], ["工事店", ctx.company()],
                 ["工事予定", f"{wareki(day(10))}～{wareki(day(17))}"]]])))  # fmt: skip

    # L2: beneficiary declarations in xls
    ps = ctx.people(8)
    rows = [["受付日", "受益者氏名", "住所", "土地の所在", "地積（㎡）", "電話"]]
    for q in ps:
        rows.append(
            [
                ymd(day(-r.randint(2, 40))),
                q.name(),
                q.address(),
                f"{ctx.town()}{r.randint(100, 2999)}番",
                r.randint(120, 900),
                q.phone,
            ]
        )
    docs.append(
        Doc(
            f,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("申告", rows, title="受益者申告書 受付一覧")]),
        )
    )

    # L2: Teams — inspection date, the reply gives the phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", day(-2), [
        ("14:20", a, f"{p.town}の{p.name()}様邸、排水設備の完了検査はいつにしますか"),
        ("14:22", b, "工事店は金曜希望です。施主さんの都合を聞いてください"),
        ("14:23", a, f"施主さんの携帯 {p.phone} にかけます")], "排水設備係"))))  # fmt: skip

    # L2: change of beneficiary after a sale, spaced digits
    p = ctx.person()
    ctx.urban(p)
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(title="受益者変更届の受理について"), post=spaced_letter([
        f">{ctx.city}下第{r.randint(100, 999)}号", f">{wareki(day(-3))}", "", p.address(), f"{p.name()} 様", "",
        f">{ctx.city}上下水道事業管理者", "", "^受益者変更届の受理について", "",
        f"{wareki(day(-30))}付けで提出のあった受益者変更届（土地売買による）を受理しました。",
        "第 3 期以降の負担金は、新しい受益者であるあなたに納付していただくことになります。", "", f"問合せ {sec} 電話 {ctx.office_phone(14)}"])))  # fmt: skip

    # L3: levy list print, 116 persons
    many = ctx.people(116)
    prows = [[f"{r.randint(2400000, 2499999)}", q.name(), q.address()[:24], f"{r.randint(100, 990)}.{r.randint(10, 99)}",
              yen(r.randint(40000, 380000))] for q in many]  # fmt: skip
    cols = [("受益者番号", 30), ("受益者氏名", 100), ("住所", 190), ("賦課面積㎡", 450), ("負担金額", 540)]
    docs.append(Doc(f, "pdf", 3, ["name", "address"], DocSpec(title="受益者負担金賦課一覧"),
                    post=system_print("受益者負担金 賦課決定一覧表", "下水道受益者負担金システム  GJF210", cols, prows, 30,
                                      f"第{r.randint(20, 40)}負担区 令和6年度賦課分", "dash", widths=[12, 16, 52, 12, 12])))  # fmt: skip

    # L3: arrears on a hidden sheet, far right
    ps = ctx.people(14)
    pad: list[Cell] = [None] * 25
    hid = [[*pad, "受益者番号", "氏名", "住所", "滞納期数", "滞納額", "最終督促日"]]
    for q in ps:
        hid.append([*pad, f"{r.randint(2400000, 2499999)}", q.name(), q.address(), r.randint(2, 12), r.randint(8, 90) * 1000,
                    ymd(day(-r.randint(5, 90)))])  # fmt: skip
    summary: list[list[Cell]] = [["負担区", "調定額", "収納額", "収納率"]]
    for k in range(1, 6):
        levy = r.randint(8, 40) * 1000000
        summary.append([f"第{k}負担区", levy, int(levy * 0.97), "97.0%"])
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[
        sheet("収納状況", summary, title="受益者負担金 収納状況"), sheet("滞納", hid, state="hidden")])))  # fmt: skip

    # L3: deferment with 「番号確認済」 in the Word header and income
    p = ctx.person((1945, 1975))
    mn = random_my_number(r)
    docs.append(Doc(f, "docx", 3, ["my_number", "name", "address", "income"], DocSpec(
        title="受益者負担金徴収猶予申請書",
        paragraphs=[f"{wareki(day(-4))}", f"{ctx.city}上下水道事業管理者 様", "次の理由により負担金の徴収猶予を申請します。"],
        tables=[[["受益者番号", f"{r.randint(2400000, 2499999)}"], ["氏名", p.name()], ["住所", p.address()],
                 ["猶予理由", "世帯の所得が基準以下のため"], ["前年所得", f"{yen(r.randint(80, 180) * 10000)}円"]]],
        header=f"番号確認済 {grouped(mn, '-')}"),
        note="level 3 by the My Number in the header; 前年所得 is income"))  # fmt: skip

    # L3: Outlook — the repayments of a connection loan are overdue
    p = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(Doc(f, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=outlook(
        f"{s1} <gesui@{ctx.mail_domain}>", f"{s2} <gesui-keiri@{ctx.mail_domain}>", dt.datetime(2024, 10, 1, 11, 48),
        "RE: 水洗便所改造資金 融資あっせん 返済状況",
        [f"{s2}さん", "", f"{p.name()}様の件、金融機関から連絡があり、返済が3回延滞しているとのことです。",
         "あっせん要綱上、市が損失補償する前に本人への督促が必要ですので、文書を準備します。", *signature(ctx, sec, s1, 14)],
        [(f"{s2} <gesui-keiri@{ctx.mail_domain}>", f"gesui@{ctx.mail_domain}", "水洗便所改造資金 融資あっせん 返済状況",
          ["今月の利子補給の対象者を確認しています。延滞者がいれば教えてください。"])]))))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [sodai, fureai, fuho, jokaso, kogai, suido, ryokin, gesui]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, romaji, center, towns = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, romaji, center, towns, set())
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set31", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
