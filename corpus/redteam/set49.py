"""Forty-ninth red-team set (blind): a city's 消防本部 (予防課・警防課・救急課) and the files its desks keep.

``python -m corpus.redteam.set49 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city with its 消防本部 is drawn per build. Families follow the desk a document comes from: 救急出動 and
搬送 records with 不搬送 (``kyukyu``), 住宅用火災警報器 visits to old residents (``jukeiki``), 防火対象物 立入検査
(``tachiiri``), 危険物 許可 and 保安講習 (``kikenbutsu``), 火災調査 with り災者 and 負傷者 (``kasai``), 救命講習 and
AED (``kyumei``) and the 消防団 OB会 (``dan_ob``); each with its public look-alikes (出動件数, 広報, AED open data with
lat/long, 講習 日程, 事業所 一覧 with 法人番号, 記入例, staff, doctors, 管理権原者 and 防火管理者 named in their role,
masked case studies).

The truth is the default policy's text only: 3 for a My Number, health (including injuries, pregnancy, symptoms and
diagnoses on a transport record) or arrears about a named private person, or records of more than 100 persons; 2
for a private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect
reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a
one-line ``note``.
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
from corpus.factory.writers import cell_text

SEED = 4949
VARIANT = "redteam49"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, areas, (lat, long)); an area ending in "*" takes 番地 lots, the
# others 丁目 lots
CITIES: list[tuple[str, str, str, str, list[str], tuple[float, float]]] = [
    ("栃木県", "佐野市", "0283", "327",
     ["大橋町*", "堀米町*", "富岡町*", "浅沼町", "高砂町", "若松町", "赤見町*"], (36.314, 139.578)),
    ("新潟県", "三条市", "0256", "955",
     ["大字荻堀*", "大字福島新田*", "大字下保内*", "東三条", "旭町", "月岡", "須頃"], (37.637, 138.962)),
    ("静岡県", "掛川市", "0537", "436",
     ["大字大池*", "大字上西郷*", "大字倉真*", "中央", "緑ケ丘", "杉谷", "駅前"], (34.769, 138.015)),
    ("鳥取県", "倉吉市", "0858", "682",
     ["大字小鴨*", "大字関金町*", "山根*", "上井", "宮川町", "福庭町", "東昭和町"], (35.430, 133.826)),
    ("愛媛県", "西条市", "0897", "793",
     ["大字氷見*", "大字飯岡*", "大字禎瑞*", "神拝", "大町", "明屋敷", "朔日市"], (33.919, 133.181)),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("四十八願", "よいなら"), ("一尺八寸", "かまつか"), ("五月女", "そうとめ"), ("鴨脚", "いちょう"),
    ("薬袋", "みない"), ("日下部", "くさかべ"), ("百目木", "どうめき"), ("纐纈", "こうけつ"), ("左右田", "そうだ"),
    ("瓜生", "うりゅう"), ("毒島", "ぶすじま"), ("小比類巻", "こひるいまき"), ("上遠野", "かとおの"),
    ("大豆生田", "おおまめうだ"), ("廿楽", "つづら"), ("鬼塚", "おにづか"), ("越智", "おち"),
    ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"),
    ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("小川", "おがわ"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("三浦", "みうら"), ("西田", "にしだ"),
    ("菅原", "すがわら"), ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("横田", "よこた"),
    ("宮田", "みやた"), ("大野", "おおの"), ("丸山", "まるやま"), ("今村", "いまむら"), ("河野", "こうの"),
    ("上田", "うえだ"), ("野村", "のむら"), ("矢野", "やの"), ("小松", "こまつ"), ("服部", "はっとり"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("喜八郎", "きはちろう"), ("豊蔵", "とよぞう"), ("鉄之助", "てつのすけ"), ("颯", "はやて"), ("蒼空", "そら"),
    ("陽向", "ひなた"), ("嘉六", "かろく"), ("清志", "きよし"), ("正人", "まさと"), ("博之", "ひろゆき"),
    ("修一", "しゅういち"), ("剛史", "たけし"), ("亮介", "りょうすけ"), ("雄大", "ゆうだい"), ("翔太", "しょうた"),
    ("達也", "たつや"), ("一馬", "かずま"), ("大和", "やまと"), ("晴翔", "はると"), ("昇平", "しょうへい"),
    ("勝利", "かつとし"), ("善治", "ぜんじ"), ("文吾", "ぶんご"), ("孝則", "たかのり"), ("重信", "しげのぶ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("ウメ", "うめ"), ("キヨ", "きよ"), ("乙女", "おとめ"), ("椿", "つばき"), ("咲良", "さくら"),
    ("琴音", "ことね"), ("恵子", "けいこ"), ("京子", "きょうこ"), ("典子", "のりこ"), ("美穂", "みほ"),
    ("香織", "かおり"), ("麻衣", "まい"), ("優奈", "ゆうな"), ("結菜", "ゆいな"), ("芽生", "めい"),
    ("千尋", "ちひろ"), ("弥生", "やよい"), ("富美子", "ふみこ"), ("八重", "やえ"), ("小百合", "さゆり"),
    ("春香", "はるか"), ("杏奈", "あんな"), ("詩織", "しおり"), ("朋美", "ともみ"), ("綾乃", "あやの"),
]  # fmt: skip
BUILDINGS = ["メゾン若葉", "市営住宅", "コーポ藤", "ハイツ清流", "グランシャトー", "パストラル壱番館"]
COMPANIES = [
    ("株式会社", "北関東ガス"), ("有限会社", "丸万石油"), ("株式会社", "ひかり防災設備"), ("株式会社", "三共消防"),
    ("合同会社", "ながれ産業"), ("株式会社", "東洋ケミカル"), ("有限会社", "峰岸燃料店"), ("株式会社", "あさひ化成"),
    ("株式会社", "中央ビル管理"), ("社会福祉法人", "やすらぎ会"), ("株式会社", "ホテル清風"),
    ("有限会社", "杉本モータース"), ("株式会社", "南海運送"), ("医療法人社団", "恵友会"), ("株式会社", "たから電機"),
    ("株式会社", "グリーン住設"), ("有限会社", "大和田工業"), ("株式会社", "セーフティ警報器販売"),
]  # fmt: skip
INSURERS = [
    "東京海上日動火災保険株式会社", "損害保険ジャパン株式会社", "三井住友海上火災保険株式会社",
    "あいおいニッセイ同和損害保険株式会社", "全国共済農業協同組合連合会", "こくみん共済coop",
    "楽天損害保険株式会社", "共栄火災海上保険株式会社",
]  # fmt: skip
HOSPITAL_KINDS = ["中央病院", "記念病院", "脳神経外科", "整形外科クリニック", "循環器内科", "総合病院"]
SAMPLE_NAMES = ["消防 太郎", "予防 花子", "救命 一郎", "危険 次郎", "記入 例子", "見本 花子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 8)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KINDS = [
    "急病",
    "一般負傷",
    "交通事故",
    "転院搬送",
    "労働災害",
    "運動競技",
    "加害",
    "自損行為",
    "火災",
    "その他",
]
DIAG = ["脳梗塞疑い", "急性心筋梗塞疑い", "熱中症", "大腿骨頸部骨折疑い", "誤嚥性肺炎", "低血糖発作", "気管支喘息発作",
        "腰椎圧迫骨折", "てんかん発作", "急性アルコール中毒", "過換気症候群", "切迫早産疑い", "頭部打撲", "アナフィラキシー",
        "尿路感染症", "心不全増悪", "吐血", "めまい症"]  # fmt: skip
GRADES = ["軽症", "軽症", "中等症", "中等症", "重症", "死亡"]


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
    def kkana(self) -> str:
        return katakana(self.kana)

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    areas: list[str]
    base: tuple[float, float]
    used: set[str] = field(default_factory=set)

    @property
    def hq(self) -> str:
        return f"{self.city}消防本部"

    @property
    def station(self) -> str:
        return f"{self.city}消防署"

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    def district_station(self) -> str:
        return f"{self.districts[-1]}分署"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n, 1190 + 7 * n)

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
        """Move ``p`` to a 丁目 area with a clean lot (3丁目12番地5), for the letters printed to PDF."""
        p.area = self.rng.choice([a for a in self.areas if not a.endswith("*")])
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p

    def person(self, born: tuple[int, int] = (1938, 2004), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1938, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """An officer (not drawn from the residents: officers may share a resident's name)."""
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

    def hospitals(self, n: int) -> list[str]:
        out = [f"{self.city[:-1]}市民病院"]
        for i in range(n - 1):
            out.append(f"{self.districts[i % len(self.districts)]}{HOSPITAL_KINDS[i % len(HOSPITAL_KINDS)]}")
        return out

    def lat_long(self) -> tuple[str, str]:
        return (
            f"{self.base[0] + self.rng.uniform(-0.04, 0.04):.6f}",
            f"{self.base[1] + self.rng.uniform(-0.04, 0.04):.6f}",
        )

    def day(self, start: dt.date = dt.date(2024, 4, 1), end: dt.date = dt.date(2024, 10, 31)) -> dt.date:
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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 YB{n % 3 + 1:02d}")
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
                c.drawString(30, y - 10, "=" * 150)
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


def _tab(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """A table for a Word, ODF or PDF document: every cell as text."""
    return [[cell_text(v) for v in row] for row in rows]


def far_right(rows: Sequence[Sequence[Cell]], skip: int) -> list[list[Cell]]:
    """Shift a table ``skip`` columns to the right (data starting in column Z and beyond)."""
    pad: list[Cell] = [None] * skip
    return [pad + list(r) for r in rows]


def _pp(p: Person) -> str:
    return f"{p.name()}（{p.kkana}）"


def _letter(
    ctx: Ctx, p: Person, number: str, sent: dt.date, sender: str, title: str, body: list[str]
) -> Callable[[Path], None]:
    """A letter to a resident at a 丁目 address, printed to PDF with its digits set apart."""
    lines = [
        f">{number}",
        f">{wareki(sent, 'spaced')}",
        f"〒{p.zip}",
        p.address(),
        f"{p.name()} 様",
        "",
        f">{sender}",
        "",
        f"^{title}",
        "",
        *body,
    ]
    return letter_pdf([spaced_digits(line) for line in lines], head=ctx.hq)


def _days_between(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def _yen_text(n: int) -> str:
    return f"{yen(n)}円"


# --- 救急課: 救急出動・搬送・不搬送 ------------------------------------------------------------------------------
def kyukyu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kyukyu"
    docs: list[Doc] = []
    chief, clerk, shirei, taicho = ctx.staff(), ctx.staff(), ctx.staff(), ctx.staff()
    hosp = ctx.hospitals(7)

    # level 1: 出動件数 by kind and month (merges, a hidden sheet of raw codes)
    months = [f"{m}月" for m in (*range(4, 13), 1, 2, 3)]
    rows: list[list[Cell]] = [["事故種別", *months, "計"]]
    for kind in KINDS:
        vals = [r.randint(3, 40) * (6 if kind == "急病" else 1) for _ in months]
        rows.append([kind, *vals, sum(vals)])
    grade_rows: list[list[Cell]] = [["年齢区分", "傷病程度", None, None, None, "計"],
                                    [None, "軽症", "中等症", "重症", "死亡", None]]  # fmt: skip
    for band in ["新生児", "乳幼児", "少年", "成人", "高齢者"]:
        vals = [r.randint(0, 900) for _ in range(4)]
        grade_rows.append([band, *vals, sum(vals)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("月別", rows, title=f"令和5年度 救急出動件数（事故種別・月別） {ctx.hq}救急課"),
        sheet("程度別", grade_rows, title="搬送人員 年齢区分・傷病程度別"),
        sheet("コード", [["コード", "事故種別"], *[[f"K{i:02d}", k] for i, k in enumerate(KINDS, 1)]], state="hidden"),
    ]), post=merge_xlsx({"程度別": ["A3:A4", "B3:E3", "F3:F4"]})))  # fmt: skip

    # level 1: 適正利用 広報 (PDF)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="救急車の適正利用にご協力ください", paragraphs=[
        f"令和5年の{ctx.city}の救急出動件数は過去最多となり、現場到着までの平均時間は9.4分に延びました。",
        "軽症と診断された方が搬送人員の約半数を占めています。急な病気やけがで迷ったときは、救急安心センター（#7119）"
        "に相談してください。",
        "意識がない、呼吸が苦しい、胸が締め付けられるように痛むといった症状があるときは、ためらわず119番通報してください。",
        "救急車を呼んだら、保険証、お薬手帳、靴を用意し、可能であれば玄関の鍵を開けておいてください。",
        f"問合せ {ctx.hq} 救急課 電話 {ctx.office_phone(3)}",
    ])))  # fmt: skip

    # level 1: daily counts printed from the 指令 system over several pages (no person)
    days = _days_between(dt.date(2024, 8, 1), dt.date(2024, 10, 31))
    drows: list[list[str]] = []
    for d in days:
        vals = [r.randint(8, 22), r.randint(1, 8), r.randint(0, 6), r.randint(0, 4), r.randint(0, 3)]
        drows.append([f"{ymd(d)}({'月火水木金土日'[d.weekday()]})", *map(str, vals), str(sum(vals)),
                      str(r.randint(0, 4)), f"{r.uniform(7.5, 11.5):.1f}"])  # fmt: skip
    cols = [("日付", 30), ("急病", 150), ("一般負傷", 210), ("交通事故", 270), ("転院搬送", 330), ("その他", 390),
            ("出動計", 450), ("不搬送", 510), ("平均現着(分)", 570)]  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="救急出動日報"), post=system_print(
        "救急出動件数 日別集計表", "消防指令システム 統計出力", cols, drows, 31,
        f"集計期間 {ymd(days[0])}～{ymd(days[-1])}  署所 全署所", ruled=True),
        note="a multi-page system print of daily counts only: no person"))  # fmt: skip

    # level 1: 救急告示 医療機関 with 院長 named in role (xls)
    hrows: list[list[Cell]] = [["医療機関名", "所在地", "電話", "院長", "診療科", "二次輪番"]]
    for h in hosp:
        hrows.append([h, ctx.biz_address(), ctx.tel(), f"院長 {ctx.staff()}", r.choice(["内科・外科", "脳神経外科",
                      "整形外科", "循環器内科・心臓血管外科", "内科・小児科"]), r.choice(["月・木", "火・金", "水・土", "日"])])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("告示医療機関", hrows, title="救急告示医療機関・輪番一覧")]),
                    note="hospital directors named in their role next to the hospital's address and phone"))  # fmt: skip

    # level 1: 事例検討会 slides with anonymised persons
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="救急隊 活動事例検討会（第3回）", paragraphs=[
        "事例1 Ａさん（80代男性）自宅内で転倒、家族が発見",
        "観察：JCS 1、左大腿部痛、外旋位。既往は家族も把握せず",
        "照会4件目で受入れ決定（現場滞在 38分）",
        "事例2 Ｂさん（30代女性）職場で気分不良、過換気の疑い",
        "課題：〇〇 〇〇 様のように独居で情報がない傷病者への対応",
        "救急医療情報キットの普及を自治会と進める",
    ], notes=[f"発表 {ctx.station} 救急隊長 {ctx.staff()}（消防司令補）"]),
        note="anonymised case study (Ａさん, Ｂさん, 〇〇 〇〇): no identifiable person"))  # fmt: skip

    # level 1: 受付 log in cp932, 12-digit 事案番号 all failing the check digit, no person
    lrows: list[list[Cell]] = [["事案番号", "覚知", "事故種別", "出動隊", "現着", "病院着", "傷病程度"]]
    for _ in range(18):
        d = ctx.day(dt.date(2024, 10, 1), dt.date(2024, 10, 31))
        t = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59))
        lrows.append([fail_check(random_my_number(r), r.randint(1, 9)), t.strftime("%Y/%m/%d %H:%M"), r.choice(KINDS),
                      f"{r.choice(ctx.districts)}救急{r.randint(1, 2)}", f"+{r.randint(5, 14)}分",
                      f"+{r.randint(25, 60)}分", r.choice(GRADES[:4])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("受付", lrows)]),
                    note="12-digit 事案番号 failing the check digit; no person named"))  # fmt: skip

    # level 2: LINE WORKS, the caller's phone and address in a reply (the patient is not named)
    caller = ctx.person((1960, 1995))
    caller.phone = ctx.phone(1.0)
    t0 = ctx.day(dt.date(2024, 10, 1))
    docs.append(Doc(F, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=chat("lineworks", t0, [
        ("21:14", f"指令課 {shirei}", "先ほどの急病事案、通報者へ折り返しが必要です。連絡先わかりますか"),
        ("21:16", f"{ctx.district_station()} 救急隊 {taicho}", f"通報者は隣家の {caller.name()} さんです"),
        ("21:17", f"{ctx.district_station()} 救急隊 {taicho}", f"携帯 {caller.phone}、住所は {caller.address()} です"),
        ("21:18", f"指令課 {shirei}", "了解、口頭指導の件で課長から一言お礼を入れます"),
        ("21:30", f"{ctx.district_station()} 救急隊 {taicho}", f"傷病者は{hosp[0]}へ収容、引継ぎ済み。帰署します"),
    ], "救急隊連絡")), note="the caller (a neighbour) is named with her phone and address; the patient is not named"))  # fmt: skip

    # level 2: Outlook mail, a resident's complaint with address and phone in the quoted part
    res = ctx.person((1950, 1990))
    docs.append(Doc(F, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=mail(
        f"{ctx.hq} 救急課 {chief}", f"広聴広報課 {clerk}", "RE: 市民の声（救急車のサイレン）",
        f"{ymd(ctx.day(dt.date(2024, 9, 1)))} 16:40",
        ["広聴広報課 ご担当者様", "", "救急課の件、承知しました。", "本日夕方、当課から直接お電話してご説明いたします。",
         "回答文案は別途お送りします。", "", f"救急課 {chief}"],
        [(f"広聴広報課 {clerk}", "同日 11:02", "市民の声（救急車のサイレン）",
          ["救急課 御中", "", "下記の声が届きました。対応をお願いします。",
           f"氏名：{res.name()}　住所：{res.address()}　電話：{res.phone}",
           "内容：深夜に救急車が自宅前の交差点でサイレンを鳴らし続けるので何とかならないか。", "回答希望：電話"])],
    )), note="a resident's own complaint with their address and phone; no health of anyone"))  # fmt: skip

    # level 2: a resident's own letter to the 救急課, signed at the end
    w = ctx.person((1945, 1970))
    docs.append(Doc(F, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.hq} 救急課 御中", "",
        "救急医療情報キット配布のお願い", "",
        f"いつもお世話になっております。私どもの{area_label(w.area)}第三町内会では、一人暮らしの高齢者が増えております。",
        "先日の防災訓練で救急医療情報キット（冷蔵庫に入れておく筒）の話を伺い、町内で配りたいと考えました。",
        "つきましては、キットの配布と、町内の集会所での説明会をお願いできないでしょうか。",
        "日程は11月か12月の土曜日を希望します。ご検討のほどよろしくお願いいたします。", "",
        f"{wareki(TODAY - dt.timedelta(days=12))}",
        f"住所 {w.address(True)}", f"氏名 {w.name()}", f"電話 {w.phone}",
    ]), note="a resident writing on her own behalf (not as a 町内会 officer in a published roster)"))  # fmt: skip

    # level 2: 感謝状 贈呈 to a bystander, spaced-digit letter PDF
    bystander = ctx.urban(ctx.person((1965, 2000)))
    ev = ctx.day(dt.date(2024, 6, 1), dt.date(2024, 9, 30))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="感謝状贈呈のご案内"), post=_letter(
        ctx, bystander, f"{ctx.city[:-1]}消救第{r.randint(100, 900)}号", TODAY - dt.timedelta(days=20),
        f"{ctx.hq} 消防長 {ctx.staff()}", "感謝状贈呈式のご案内",
        [f"{wareki(ev, 'spaced')}、{area_label(r.choice(ctx.areas))}公園において倒れた方に対し、",
         "救急隊が到着するまで胸骨圧迫とAEDによる救命処置を行っていただきました。",
         "その勇気ある行動に感謝し、下記のとおり感謝状を贈呈いたします。", "", "記",
         f"日時 {wareki(TODAY + dt.timedelta(days=14), 'spaced')} 午前 10 時", f"場所 {ctx.hq} 3 階 講堂",
         f"問合せ 救急課 {ctx.office_phone(3)}"]),
        note="the bystander is named at her address; the person she helped is not named"))  # fmt: skip

    # level 2: ご意見 受付簿 (a few callers with phones, title on row 3, data from row 5)
    rows = [["受付日", "氏名", "電話", "内容", "対応"]]
    for _ in range(r.randint(7, 10)):
        p = ctx.person((1950, 2000))
        rows.append([ctx.day(), p.name(), p.phone, r.choice(["サイレン音量", "救急車の駐車位置", "到着が遅い",
                     "隊員の対応へのお礼", "搬送先の説明"]), r.choice(["電話回答済", "文書回答", "課内共有"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("受付簿", rows, title="救急業務 ご意見受付簿（令和6年度）", first_row=5)]),
        )
    )

    # level 3: 搬送記録 print, more than 100 patients with diagnoses
    pts = ctx.people(r.randint(106, 124), (1930, 2020))
    prow: list[list[str]] = []
    for i, p in enumerate(pts):
        prow.append([f"R6{9:02d}{i + 1:04d}", p.name(), p.kkana, f"{p.age()}", p.address(), r.choice(KINDS[:6]),
                     r.choice(DIAG), r.choice(GRADES), r.choice(hosp)])  # fmt: skip
    cols = [("事案番号", 30), ("傷病者氏名", 80), ("カナ", 150), ("年齢", 240), ("住所", 265), ("種別", 445),
            ("傷病名", 490), ("程度", 590), ("搬送先", 625)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "health", "name"],
            DocSpec(title="救急搬送記録"),
            post=system_print(
                "救急搬送人員 一覧（令和6年9月分）",
                "救急業務管理システム",
                cols,
                prow,
                30,
                "抽出条件 覚知日 2024/09/01～2024/09/30  搬送区分 搬送",
                ruled=True,
            ),
        )
    )

    # level 3: 救急活動記録 in prose, the history comes late
    pt = ctx.person((1935, 1955))
    docs.append(Doc(F, "docx", 3, ["address", "health", "name"], DocSpec(title="救急活動記録（詳報）", paragraphs=[
        f"1 傷病者 {pt.name()}（{pt.age()}歳）{pt.address()}",
        f"2 覚知 {ymd(ctx.day())} 6時12分 家族からの119番通報。指令内容は「起きてこない」。",
        "3 現着時、居室内のベッド上で仰臥位。家族（長女）が付き添っていた。室内は施錠なし。",
        "4 活動 観察、酸素投与、車内収容。家族から聴取した内容を搬送先に伝達した。",
        f"5 照会 {hosp[0]}（不応需：手術中）、{hosp[1]}（応需）。",
        "6 観察結果 JCS 3、右上下肢の麻痺、構音障害。発症時刻は不明で、最終健常確認は前夜22時。",
        "7 既往歴 心房細動でワーファリン服用中、2型糖尿病。かかりつけは近医内科。",
        f"8 医師所見 脳梗塞（心原性脳塞栓症）の診断で入院。記録者 救急隊長 {ctx.staff()}",
    ])))  # fmt: skip

    # level 3: Teams, 搬送先照会 with a named patient's condition
    q = ctx.person((1938, 1960))
    docs.append(Doc(F, "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("teams", ctx.day(), [
        ("14:02", f"指令課 {shirei}", f"救急2の事案、傷病者は {q.name()} さん {q.age()}歳、照会状況どうですか"),
        ("14:05", f"救急2 {taicho}", f"{hosp[0]} 不応需。透析中の患者で、本人は慢性腎不全、週3回透析とのこと"),
        ("14:06", f"救急2 {taicho}", "胸痛と呼吸苦あり、SpO2 91%。心不全増悪の疑い"),
        ("14:09", f"指令課 {shirei}", f"{hosp[2]} に当たります"),
        ("14:12", f"指令課 {shirei}", f"{hosp[2]} 応需、循環器の先生待機とのこと"),
    ], "救急隊・指令課 照会"))))  # fmt: skip

    # level 3: 不搬送 同意書, the symptoms and history only in a text box
    n = ctx.person((1940, 1965))
    docs.append(Doc(F, "docx", 3, ["address", "birth_date", "health", "name"], DocSpec(
        title="救急搬送 辞退 確認書", paragraphs=[
            "私は、救急隊員から病院での受診の必要性について説明を受けましたが、自らの意思により搬送を辞退します。",
            "辞退後に症状が変化した場合は、ためらわず再度119番通報します。", "",
            f"辞退者 氏名 {n.name()}　生年月日 {wareki(n.birth)}", f"住所 {n.address()}",
            f"確認日時 {ymd(ctx.day())}　確認隊員 {ctx.staff()}（救急救命士）"],
        textboxes=["主訴 胸部圧迫感（約20分）。既往 狭心症、ニトログリセリン舌下にて軽快。本人強く搬送拒否"])))  # fmt: skip

    # level 3: 頻回要請者 list in cp932, conditions beside the names
    rows = [["No", "氏名", "住所", "電話", "要請回数(R6)", "背景", "対応"]]
    for i in range(r.randint(8, 12)):
        p = ctx.person((1940, 1990))
        rows.append([i + 1, p.name(), p.address(), p.phone, r.randint(6, 40), r.choice([
            "アルコール依存症", "統合失調症 通院中断", "独居 COPD 在宅酸素", "パニック障害", "認知症 独居",
            "糖尿病 低血糖反復"]), r.choice(["保健師と同行訪問", "地域包括へ連絡", "主治医と調整", "経過観察"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["address", "health", "name", "phone"],
                    DocSpec(sheets=[sheet("頻回", rows, title="頻回救急要請者 個別対応リスト（取扱注意）")])))  # fmt: skip
    return docs


# --- 予防課: 住宅用火災警報器 高齢者宅 訪問 ------------------------------------------------------------------
def jukeiki(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "jukeiki"
    docs: list[Doc] = []
    yobo = ctx.staff()

    # level 1: 設置率 by 地区 (merged header, a hidden sheet of returned questionnaires)
    rows: list[list[Cell]] = [["地区", "調査世帯", "設置", None, "条例適合", None],
                              [None, None, "世帯数", "設置率", "世帯数", "適合率"]]  # fmt: skip
    for d in ctx.districts:
        n = r.randint(80, 400)
        a, b = r.randint(n * 6 // 10, n), r.randint(n * 4 // 10, n * 6 // 10)
        rows.append([d, n, a, f"{a / n:.1%}", b, f"{b / n:.1%}"])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("設置率", rows, title=f"住宅用火災警報器 設置率調査結果（令和6年6月1日現在） {ctx.city}"),
        sheet("回収", [["地区", "配布", "回収"], *[[d, r.randint(100, 500), r.randint(50, 300)] for d in ctx.districts]],
              state="hidden"),
    ]), post=merge_xlsx({"設置率": ["A3:A4", "B3:B4", "C3:D3", "E3:F3"]})))  # fmt: skip

    # level 1: 広報 (docx)
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="住宅用火災警報器は10年で交換を", paragraphs=[
        "住宅用火災警報器の設置が義務化されてから15年以上が経ちました。電池切れや本体の劣化で、いざというときに鳴らない"
        "おそれがあります。",
        "ボタンを押すか、ひもを引いて作動を確認してください。「電池切れです」と鳴ったら、電池または本体を交換しましょう。",
        "消防職員が警報器を販売することはありません。消防署の方から来ました、という訪問販売にご注意ください。",
        f"高齢者のみの世帯には、予防課職員と民生委員が訪問し、取付けのお手伝いをしています。問合せ {ctx.hq} 予防課 "
        f"{ctx.office_phone(1)}",
    ])))  # fmt: skip

    # level 1: 訪問 実施計画 naming staff and 民生委員 in role (odt)
    plan = [["地区", "訪問予定", "予防課担当", "同行 民生委員"]]
    for d in ctx.districts:
        plan.append(
            [d, f"{r.randint(7, 12)}月", f"予防係 {ctx.staff()}", f"民生委員 {ctx.staff()}（{d}地区担当）"]
        )
    docs.append(Doc(F, "odt", 1, [], DocSpec(title="令和6年度 高齢者宅 住宅用火災警報器 訪問 実施計画", paragraphs=[
        "1 目的 高齢者のみの世帯を訪問し、住宅用火災警報器の設置・維持管理を支援する。",
        "2 対象 75歳以上のみで構成される世帯（福祉部局から地区別の件数のみ提供を受ける）",
        "3 体制 予防課職員2名と地区担当の民生委員で1班を編成する。", "4 地区別の予定は下表のとおり。"],
        tables=[plan]), note="staff and 民生委員 named only in their role; no resident"))  # fmt: skip

    # level 1: 無償設置 申請書 記入例 (PDF)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="住宅用火災警報器 無償設置 申請書（記入例）", paragraphs=[
        "※ 太枠内をご記入ください。記入例の氏名・住所は架空のものです。"],
        tables=[[["項目", "記入例"], ["申請者氏名", SAMPLE_NAMES[0]], ["フリガナ", "ショウボウ タロウ"],
                 ["生年月日", "昭和10年1月1日"], ["住所", f"{ctx.city}〇〇町1丁目1番1号"], ["電話", "0000-00-0000"],
                 ["世帯の状況", "☑ 75歳以上のみの世帯"], ["設置希望場所", "寝室・階段"]]],
        footer="記入例"), note="記入例 with the sample name 消防 太郎 and a placeholder address"))  # fmt: skip

    # level 1: 共同購入 斡旋 事業者 with 法人番号 (csv)
    rows = [["事業者名", "法人番号", "所在地", "電話", "代表者", "取扱機種"]]
    for c in ctx.companies(8):
        rows.append([c, random_corporate_number(r), ctx.biz_address(), ctx.tel(), f"代表取締役 {ctx.staff()}",
                     r.choice(["煙式（電池式）", "熱式", "無線連動型"])])  # fmt: skip
    docs.append(Doc(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("事業者", rows)]),
                    note="companies with valid 法人番号 and representatives named in role"))  # fmt: skip

    # level 1: 訪問員 研修 slides with masked residents
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="高齢者宅訪問 研修資料", paragraphs=[
        "玄関では所属と氏名を名乗り、身分証を提示する",
        "警報器の場所を一緒に確認（寝室・階段・台所）",
        "事例：〇〇 〇〇 様宅（80代、一人暮らし）寝室に未設置、その場で取付け",
        "事例：Ｃさん宅 電池切れ、交換方法を説明", "販売行為と誤解されない説明を",
        "聞き取った健康状態などは記録票に書かない（必要な場合は福祉部局へ）",
    ]), note="masked residents only (〇〇 〇〇, Ｃさん)"))  # fmt: skip

    # level 2: 訪問 予約 list in xls, 姓 and 名 split with kana
    rows = [["受付", "姓", "名", "セイ", "メイ", "住所", "電話", "訪問希望日"]]
    for i in range(r.randint(10, 14)):
        p = ctx.person((1930, 1950))
        rows.append([i + 1, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.address(), p.phone,
                     ymd(ctx.day(dt.date(2024, 11, 11), dt.date(2024, 12, 20)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("予約", rows, title=f"訪問予約受付（{r.choice(ctx.districts)}地区）")]),
        )
    )

    # level 2: LINE WORKS in cp932, a reply gives the resident's phone
    v = ctx.person((1932, 1948))
    docs.append(Doc(F, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", ctx.day(), [
        ("09:40", f"予防課 {yobo}", f"今日午後の訪問、{v.name()} さん宅が留守でした"),
        ("09:52", f"民生委員 {ctx.staff()}", f"{v.sei}さんは午前中は畑に出ていることが多いです。電話は {v.phone} です"),
        ("09:55", f"予防課 {yobo}", "ありがとうございます。夕方に電話して再訪日を決めます"),
        ("10:03", f"予防課 {ctx.staff()}", "警報器2個、車に積んであります"),
    ], "住警器訪問 第2班"))))  # fmt: skip

    # level 2: 訪問のお知らせ (spaced-digit letter)
    pa = ctx.urban(ctx.person((1932, 1948)))
    vd = TODAY + dt.timedelta(days=r.randint(5, 20))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="訪問のお知らせ"), post=_letter(
        ctx, pa, f"{ctx.city[:-1]}消予第{r.randint(100, 900)}号", TODAY, f"{ctx.hq} 予防課長 {ctx.staff()}",
        "住宅用火災警報器 点検訪問のお知らせ",
        ["下記の日程で、予防課職員がご自宅を訪問し、住宅用火災警報器の点検をさせていただきます。", "",
         f"訪問日 {wareki(vd, 'spaced')} 午後 2 時ごろ", "所要時間 約 20 分", "費用 かかりません（販売はいたしません）",
         f"ご都合が悪い場合は 予防課 {ctx.office_phone(1)} までご連絡ください。"])))  # fmt: skip

    # level 2: a resident's own letter to the mayor
    pb = ctx.person((1960, 1975))
    pb.phone = ctx.phone(1.0)
    docs.append(Doc(F, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}長 様", "", "住宅用火災警報器の取付けについてのお願い", "",
        f"私の母は{area_label(r.choice(ctx.areas))}で一人暮らしをしております。私は県外に住んでおり、すぐには行けません。",
        "実家の警報器が古くなっていると近所の方から聞きました。交換の手伝いをしていただける制度があれば教えてください。",
        "連絡は私の携帯電話にいただけると助かります。", "",
        f"{wareki(TODAY - dt.timedelta(days=9))}", f"{pb.address(True)}", f"{pb.name()}", f"携帯 {pb.phone}",
    ]), note="the writer's own address and phone; the mother is not named"))  # fmt: skip

    # level 3: 訪問実績 print, more than 100 residents (dashed)
    vs = ctx.people(r.randint(104, 122), (1928, 1949))
    vrows = [[f"{40000 + i * 7}", p.name(), f"{p.age()}", p.address(), p.phone,
              r.choice(["設置済", "一部設置", "未設置→取付", "電池交換", "不在"]), ymd(ctx.day())]
             for i, p in enumerate(vs)]  # fmt: skip
    cols = [
        ("訪問ID", 30),
        ("氏名", 85),
        ("年齢", 160),
        ("住所", 190),
        ("電話", 380),
        ("結果", 470),
        ("訪問日", 560),
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "name", "phone"],
            DocSpec(title="訪問実績"),
            post=system_print(
                "高齢者宅 住警器訪問 実績一覧",
                "予防業務支援システム",
                cols,
                vrows,
                28,
                "年度 R6  地区 全地区",
            ),
        )
    )

    # level 3: 無償給付 台帳, My Numbers on a hidden sheet headed only 番号
    gs = ctx.people(r.randint(9, 13), (1930, 1948))
    rows = [["管理番号", "姓", "名", "セイ", "メイ", "生年月日", "住所", "給付区分", "設置日"]]
    mrows: list[list[Cell]] = [["管理番号", "氏名", "番号"]]
    for i, p in enumerate(gs):
        rows.append([f"G{601 + i}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth, p.address(),
                     r.choice(["75歳以上のみ世帯", "ひとり暮らし高齢者"]), ctx.day()])  # fmt: skip
        mrows.append([f"G{601 + i}", p.name(), int(random_my_number(r))])
    docs.append(Doc(F, "xlsx", 3, ["address", "birth_date", "my_number", "name"], DocSpec(sheets=[
        sheet("台帳", rows, title="住宅用火災警報器 無償給付台帳"),
        sheet("番号", mrows, state="hidden", number_formats={2: "0"}),
    ])))  # fmt: skip

    # level 3: 訪問記録 in prose (odt), 在宅酸素 and smoking come late
    o = ctx.person((1933, 1946))
    docs.append(Doc(F, "odt", 3, ["address", "health", "name"], DocSpec(title="訪問記録（要フォロー）", paragraphs=[
        f"訪問先 {o.address()} {o.name()} 様宅", f"訪問日 {ymd(ctx.day())} 予防課 {yobo}・民生委員 同行",
        "寝室、階段、台所の三か所を確認。階段の警報器は平成20年製で、作動確認で鳴らなかったため交換した。",
        "居間に新聞紙と段ボールが積まれており、ストーブ周辺の整理をお願いした。本人は了承。",
        "家族は市外に長男がおり、月に一度来るとのこと。",
        "居間に酸素濃縮装置あり。COPDで在宅酸素療法中だが、カニューレを付けたまま喫煙することがあると本人から聞いた。"
        "火気の危険を説明し、主治医と訪問看護にも伝えることを本人に了承いただいた。",
    ])))  # fmt: skip

    # level 3: 督促 of an unpaid 自己負担金 (spaced-digit letter)
    pd = ctx.urban(ctx.person((1935, 1950)))
    docs.append(Doc(F, "pdf", 3, ["address", "arrears", "name"], DocSpec(title="督促状"), post=_letter(
        ctx, pd, f"{ctx.city[:-1]}消予第{r.randint(100, 900)}号", TODAY, f"{ctx.city}長 {ctx.staff()}",
        "督促状（住宅用火災警報器 設置費 自己負担金）",
        [f"{wareki(dt.date(2024, 7, 31), 'spaced')} を納期限とする下記の自己負担金が、まだ納付されていません。",
         "下記の期限までに納付してください。", "", "記",
         f"未納額 {_yen_text(r.choice([2400, 3600, 4800]))}", f"納付期限 {wareki(TODAY + dt.timedelta(days=15), 'spaced')}",
         f"問合せ {ctx.hq} 予防課 {ctx.office_phone(1)}"]),
        note="an unpaid 自己負担金 owed to the city, under 督促, by a named resident: arrears"))  # fmt: skip
    return docs


# --- 予防課: 防火対象物 立入検査 -------------------------------------------------------------------------------
USES = ["(1)項イ 劇場", "(3)項ロ 飲食店", "(4)項 物品販売店舗", "(5)項イ ホテル", "(5)項ロ 共同住宅", "(6)項イ 病院",
        "(6)項ロ 老人ホーム", "(12)項イ 工場", "(15)項 事務所", "(16)項イ 複合用途"]  # fmt: skip
FAULTS = ["消火器の点検未実施", "自動火災報知設備の受信機 故障表示", "避難口誘導灯の不点灯", "防火戸前の物品存置",
          "消防計画の未作成", "防火管理者の未選任", "消防用設備等点検結果の未報告", "屋内消火栓の使用障害"]  # fmt: skip


def tachiiri(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "tachiiri"
    docs: list[Doc] = []
    insp = [ctx.staff() for _ in range(4)]

    # level 1: 立入検査結果通知書 to a company (管理権原者 and 防火管理者 in role); 期限 in a text box
    comp = ctx.company()
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="立入検査結果通知書", paragraphs=[
        f"{comp}", f"代表取締役 {ctx.staff()} 様", "",
        f"{ymd(ctx.day())}に実施した立入検査の結果、下記の不備事項がありましたので通知します。",
        f"防火対象物 {r.choice(['本社ビル', '第二工場', '物流センター', '店舗'])}（{ctx.biz_address()}）",
        f"防火管理者 総務課長 {ctx.staff()}", "",
        *[f"{i}. {f}" for i, f in enumerate(r.sample(FAULTS, 3), 1)],
        "", f"{ctx.hq} 予防課 査察係 {insp[0]}（電話 {ctx.office_phone(1)}）"],
        textboxes=[f"改修（計画）報告書の提出期限 {wareki(TODAY + dt.timedelta(days=30))}"]),
        note="a company's 代表取締役 and 防火管理者 named in their role at the company's premises"))  # fmt: skip

    # level 1: 違反対象物 公表 (PDF)
    rows: list[list[Cell]] = [["名称", "所在地", "違反の内容", "公表開始日"]]
    for _ in range(r.randint(5, 8)):
        rows.append([f"{r.choice(['アベニュー', '栄', '大和', '清風', '銀河'])}{r.choice(['ビル', '会館', 'ホテル', 'センター'])}",
                     ctx.biz_address(), r.choice(["屋内消火栓設備の未設置", "自動火災報知設備の未設置",
                     "スプリンクラー設備の未設置"]), ymd(ctx.day(dt.date(2023, 4, 1)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="違反対象物の公表",
                paragraphs=[
                    "消防法令に重大な違反のある防火対象物を、利用者が判断できるよう公表しています（火災予防条例第XX条）。"
                ],
                tables=[_tab(rows)],
            ),
        )
    )

    # level 1: 検査件数 by 用途 (merges, hidden sheet)
    rows = [["用途", "対象物数", "立入検査", None, "違反", None],
            [None, None, "件数", "実施率", "件数", "是正率"]]  # fmt: skip
    for u in USES:
        n = r.randint(20, 400)
        k, v = r.randint(n // 5, n // 2), r.randint(1, n // 5)
        rows.append([u, n, k, f"{k / n:.1%}", v, f"{r.uniform(0.4, 0.95):.1%}"])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("用途別", rows, title="令和5年度 立入検査実施状況（用途別）"),
        sheet("前年", [["用途", "件数"], *[[u, r.randint(10, 200)] for u in USES]], state="hidden"),
    ]), post=merge_xlsx({"用途別": ["A3:A4", "B3:B4", "C3:D3", "E3:F3"]})))  # fmt: skip

    # level 1: 防火対象物 一覧 with 法人番号 (xls)
    rows = [["名称", "所在地", "用途", "管理権原者", "法人番号", "防火管理者", "電話"]]
    for c in ctx.companies(12):
        rows.append([f"{c} {r.choice(['本社', '工場', '店舗', '事業所'])}", ctx.biz_address(), r.choice(USES), c,
                     random_corporate_number(r), f"{r.choice(['総務部長', '工場長', '店長', '施設長'])} {ctx.staff()}",
                     ctx.tel()])  # fmt: skip
    docs.append(Doc(F, "xls", 1, ["corporate_number"], DocSpec(sheets=[sheet("対象物", rows, title="防火対象物 台帳抜粋")]),
                    note="法人 as 管理権原者 with valid 法人番号; 防火管理者 named by post at the premises"))  # fmt: skip

    # level 1: 防火管理講習 日程 (ods)
    rows = [["回", "区分", "日程", "会場", "定員", "申込期間"]]
    for i in range(1, 7):
        d = dt.date(2025, 1 + (i - 1) * 2 % 12, r.randint(5, 25))
        rows.append([i, r.choice(["甲種新規", "乙種", "甲種再講習"]), ymd(d), f"{ctx.hq} 講堂", r.choice([60, 80, 100]),
                     f"{ymd(d - dt.timedelta(days=40))}～{ymd(d - dt.timedelta(days=14))}"])  # fmt: skip
    docs.append(
        Doc(F, "ods", 1, [], DocSpec(sheets=[sheet("日程", rows, title="令和7年 防火・防災管理講習 日程")]))
    )

    # level 1: Teams among inspectors, no resident
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=chat("teams", ctx.day(), [
        ("08:31", f"予防課 {insp[0]}", "本日の立入は3件。10時 物品販売店舗、13時半 ホテル、15時 工場です"),
        ("08:33", f"予防課 {insp[1]}", "ホテルは前回の誘導灯不点灯の是正確認も併せて行います"),
        ("08:35", f"予防課 {insp[2]}", "工場は危険物の少量貯蔵もあるので危険物係に声をかけます"),
        ("08:40", f"予防課長 {insp[3]}", "了解。結果通知書の様式は新しいものを使ってください"),
    ], "査察係")), note="Teams export among inspectors: staff only, no resident"))  # fmt: skip

    # level 2: 防火管理者 選任届 with the manager's home address and birth date
    m = ctx.person((1960, 1995))
    docs.append(Doc(F, "docx", 2, ["address", "birth_date", "name"], DocSpec(title="防火管理者選任（解任）届出書", paragraphs=[
        f"{ctx.hq} 消防長 様", f"届出者 {ctx.company()} 代表取締役 {ctx.staff()}", "下記のとおり防火管理者を選任したので届け出ます。"],
        tables=[[["防火対象物の名称", f"{r.choice(['やすらぎ荘', 'ホテル清風', 'たから電機 本社'])}"],
                 ["所在地", ctx.biz_address()], ["防火管理者 氏名", m.name()], ["住所", m.address()],
                 ["生年月日", wareki(m.birth, "abbr")], ["職務上の地位", "施設長"],
                 ["講習修了", f"甲種 {ymd(ctx.day(dt.date(2019, 1, 1), dt.date(2024, 3, 31)))} {ctx.city}"]]]),
        note="the 防火管理者 acts in role, but the form gives their own home address and birth date: truth 2"))  # fmt: skip

    # level 2: 改修報告 by an individual owner of a small apartment house (odt)
    o = ctx.person((1945, 1975))
    docs.append(Doc(F, "odt", 2, ["address", "name", "phone"], DocSpec(title="改修（計画）報告書", paragraphs=[
        f"{ctx.hq} 消防長 様", f"{ymd(TODAY - dt.timedelta(days=5))}",
        f"報告者（所有者） 住所 {o.address()}　氏名 {o.name()}　電話 {o.phone}",
        f"防火対象物 {r.choice(BUILDINGS)}（共同住宅）", "指摘事項 消火器の点検未実施 → 11月中に業者へ依頼し点検します。",
        "指摘事項 避難器具前の物品存置 → 入居者に周知し撤去済みです。"]),
        note="an individual owner (管理権原者 as a private person) at his home address"))  # fmt: skip

    # level 2: Slack, the owner's phone in a reply
    pk = ctx.person((1950, 1980))
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", ctx.day(), [
        ("13:10", f"{insp[1]}", f"{r.choice(BUILDINGS)} の家主 {pk.name()} さん、是正報告がまだです"),
        ("13:22", f"{insp[0]}", f"前回はこの番号でつながりました。{pk.phone} です"),
        ("13:25", f"{insp[1]}", "夕方に電話してみます"),
    ], "査察-是正指導"))))  # fmt: skip

    # level 2: 立入検査 実施通知 to an individual 家主 (spaced-digit letter)
    h = ctx.urban(ctx.person((1945, 1975)))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="立入検査の実施について"), post=_letter(
        ctx, h, f"{ctx.city[:-1]}消予第{r.randint(100, 900)}号", TODAY, f"{ctx.hq} 消防長 {ctx.staff()}",
        "立入検査の実施について（通知）",
        ["消防法第 4 条の規定に基づき、あなたが所有する共同住宅の立入検査を下記のとおり実施します。", "", "記",
         f"日時 {wareki(TODAY + dt.timedelta(days=12), 'spaced')} 午前 10 時", "立会い 所有者又は管理者",
         f"担当 予防課 査察係 {insp[2]} 電話 {ctx.office_phone(1)}"]),
        note="an individual 家主 addressed at home"))  # fmt: skip

    # level 3: 防火管理講習 修了者 台帳, more than 100 persons, cp932
    ps = ctx.people(r.randint(104, 120), (1955, 2000))
    rows = [["修了証番号", "氏名", "フリガナ", "生年月日", "住所", "勤務先", "修了日"]]
    for i, p in enumerate(ps):
        rows.append([f"甲{2400 + i}", p.name(), p.kkana, wareki(p.birth, "short"), p.address(), ctx.company(),
                     ymd(ctx.day(dt.date(2023, 4, 1)))])  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 3, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("修了者", rows)]))
    )

    # level 3: 寮 入居者名簿 submitted at an inspection, printed (ruled), more than 100 persons
    comp = ctx.company()
    rs = ctx.people(r.randint(102, 118), (1975, 2005))
    rrows = [[f"{(i // 20) + 1}{i % 20 + 1:02d}", p.name(), p.kkana, wareki(p.birth, "slash"), p.phone]
             for i, p in enumerate(rs)]  # fmt: skip
    cols = [("部屋", 40), ("入居者氏名", 90), ("カナ", 180), ("生年月日", 300), ("緊急連絡先", 380)]
    docs.append(Doc(F, "pdf", 3, ["birth_date", "name", "phone"], DocSpec(title="入居者名簿"), post=system_print(
        f"{comp} 社員寮 入居者名簿（立入検査 提出資料）", f"{comp} 寮管理システム", cols, rrows, 30,
        "出力条件 在寮者のみ", ruled=True)))  # fmt: skip

    # level 3: 立入検査 記録 in prose; the tenant's illness comes late
    t = ctx.person((1960, 1985))
    docs.append(Doc(F, "docx", 3, ["health", "name"], DocSpec(title="立入検査記録（共同住宅 一室）", paragraphs=[
        f"1 対象 {r.choice(BUILDINGS)} 入居者 {t.name()} 方", f"2 日時 {ymd(ctx.day())} 14時00分～14時40分",
        f"3 立会 管理会社 担当者、予防課 {insp[0]}・{insp[1]}",
        "4 状況 室内及び共用廊下に大量の可燃物（段ボール、衣類）が堆積。避難器具の降下空間を塞いでいた。",
        "5 指導 共用部分の物品は管理会社が撤去。室内は本人と話し合いを継続する。",
        "6 その他 保健センターの保健師によると、本人は統合失調症で通院中だが服薬を中断しており、"
        "片付けの話になると強い不安を訴えるとのこと。次回は保健師と同行する。",
    ])))  # fmt: skip

    # level 3: Teams, the owner's 固定資産税 滞納 in a reply
    o2, zeimu = ctx.person((1945, 1970)), ctx.staff()
    docs.append(Doc(F, "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("teams", ctx.day(), [
        ("10:05", f"予防課 {insp[0]}", f"違反処理中の {o2.name()} 氏、改修資金がないと言っています"),
        ("10:20", f"税務課 {zeimu}", f"{o2.sei}さんは固定資産税が3年分滞納で、督促と差押の予告を出しています"),
        ("10:21", f"税務課 {zeimu}", "滞納額は約180万円。分納の相談には来ていません"),
        ("10:25", f"予防課長 {insp[3]}", "了解。命令の前に一度、所有者と面談します"),
    ], "違反処理 連絡（予防・税務）")),
        note="an individual owner's 固定資産税 滞納 stated by the tax desk: arrears"))  # fmt: skip
    return docs


# --- 予防課 危険物係: 許可・保安監督者・保安講習 -----------------------------------------------------------------
FACILITIES = ["給油取扱所", "屋外タンク貯蔵所", "屋内貯蔵所", "一般取扱所", "地下タンク貯蔵所", "移動タンク貯蔵所",
              "製造所", "販売取扱所"]  # fmt: skip


def kikenbutsu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kikenbutsu"
    docs: list[Doc] = []
    kakari = ctx.staff()

    # level 1: 許可施設 一覧 with 法人番号, data starting at column AB on row 7
    rows: list[list[Cell]] = [
        ["許可番号", "施設区分", "設置者", "法人番号", "所在地", "品名", "保安監督者", "許可日"]
    ]
    for c in ctx.companies(12):
        rows.append([f"危第{r.randint(100, 999)}号", r.choice(FACILITIES), c, random_corporate_number(r),
                     ctx.biz_address(), r.choice(["第4類 第1石油類", "第4類 第2石油類", "第4類 第3石油類"]),
                     f"所長 {ctx.staff()}", ctx.day(dt.date(1995, 1, 1), dt.date(2024, 3, 31))])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("許可施設", far_right(rows, 27), first_row=7)]),
        note="companies with valid 法人番号; 保安監督者 named by post; 許可日 are not birth dates"))  # fmt: skip

    # level 1: 危険物取扱者試験 日程 (PDF)
    rows = [["試験日", "種類", "会場", "受付期間"]]
    for i in range(4):
        d = dt.date(2025, 2 + 3 * i, r.randint(8, 26))
        rows.append([ymd(d), r.choice(["甲種・乙種・丙種", "乙種第4類", "乙種（全類）"]), f"{ctx.city[:-1]}市民会館",
                     f"{ymd(d - dt.timedelta(days=50))}～{ymd(d - dt.timedelta(days=35))}"])  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="令和7年度 危険物取扱者試験のご案内", paragraphs=[
        "試験は一般財団法人消防試験研究センターが実施します。願書は消防本部予防課、各消防署で配布しています。",
        f"問合せ {ctx.hq} 予防課 危険物係 {ctx.office_phone(2)}"], tables=[_tab(rows)])))  # fmt: skip

    # level 1: 設置許可申請書 記入例 (docx)
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="危険物製造所等 設置許可申請書（記入例）", paragraphs=[
        "申請者 住所 〇〇県〇〇市〇〇町1-1", f"氏名 株式会社見本石油 代表取締役 {SAMPLE_NAMES[3]}", "電話 000-000-0000",
        "設置場所 〇〇市〇〇町2-2", "製造所等の別 給油取扱所", "貯蔵所又は取扱所の区分 —",
        "危険物の類、品名、最大数量 第4類 第1石油類（ガソリン）30,000L", "※ 記入例の名称・氏名は架空のものです。"]),
        note="記入例 with a sample company and the sample name 危険 次郎"))  # fmt: skip

    # level 1: 製造所等 件数 (ods)
    rows = [["区分", "令和4年度", "令和5年度", "令和6年度"]]
    for f in FACILITIES:
        base = r.randint(3, 120)
        rows.append([f, base, base + r.randint(-3, 3), base + r.randint(-4, 2)])
    docs.append(
        Doc(
            F, "ods", 1, [], DocSpec(sheets=[sheet("件数", rows, title="危険物製造所等の施設数（各年度末）")])
        )
    )

    # level 1: 保安監督者 選任届 受理簿 in cp932, 12-digit 受付番号 failing the check digit
    rows = [["受付番号", "受理日", "事業所", "事業所所在地", "保安監督者", "免状"]]
    for c in ctx.companies(14):
        rows.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(ctx.day()), c, ctx.biz_address(),
                     f"{r.choice(['所長', '工場長', '店長', '課長'])} {ctx.staff()}", r.choice(["甲種", "乙種第4類"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("受理簿", rows)]),
                    note="12-digit 受付番号 failing the check digit; 保安監督者 named by post at the premises"))  # fmt: skip

    # level 1: 事故防止 研修 slides
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="危険物施設 事故防止研修", paragraphs=[
        "令和5年中の危険物施設の事故 全国で約600件", "流出事故の主な原因：腐食・劣化、操作確認不十分",
        "給油取扱所の静電気による火災に注意", "事例：Ｄ社 地下タンクからの漏えい（発見の遅れ）",
        "定期点検の記録は3年間保存", f"{ctx.hq} 予防課 危険物係"])))  # fmt: skip

    # level 2: 免状 書換 申請 (docx)
    a = ctx.person((1960, 2000))
    docs.append(Doc(F, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="危険物取扱者免状 書換申請書", paragraphs=[f"{ctx.pref}知事 様"],
        tables=[[["氏名", f"{a.name()}（{a.kkana}）"], ["生年月日", wareki(a.birth)], ["現住所", a.address(True)],
                 ["電話", a.phone], ["書換事由", "氏名の変更（婚姻）"], ["免状の種類", "乙種第4類"],
                 ["受付", f"{ctx.hq} 予防課 {ymd(ctx.day())}"]]])))  # fmt: skip

    # level 2: 保安講習 申込 list with 姓/名/セイ/メイ split
    rows = [["No", "姓", "名", "セイ", "メイ", "生年月日", "事業所", "免状種類"]]
    for i in range(r.randint(12, 16)):
        p = ctx.person((1965, 2002))
        rows.append([i + 1, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth, ctx.company(),
                     r.choice(["乙4", "甲種", "丙種"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["birth_date", "name"], DocSpec(sheets=[
        sheet("申込", rows, title="危険物取扱者保安講習 申込者一覧（第2回）", first_row=4)])))  # fmt: skip

    # level 2: Teams, an individual farmer's phone in a reply
    pf = ctx.person((1948, 1970), "男")
    pf.phone = ctx.phone(1.0)
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", ctx.day(), [
        ("11:02", f"危険物係 {kakari}", f"少量危険物の届出、{pf.name()} さん（農家、灯油タンク）の分がまだです"),
        ("11:10", f"{ctx.district_station()} {ctx.staff()}", f"先週現地で会いました。携帯 {pf.phone} です"),
        ("11:12", f"危険物係 {kakari}", "助かります。届出書を郵送してから電話します"),
    ], "危険物係 連絡")), note="a farmer storing 灯油 is a private person, not a licensed operator"))  # fmt: skip

    # level 2: 少量危険物 届出 受理 通知 to a farmer (spaced-digit letter)
    g = ctx.urban(ctx.person((1945, 1970), "男"))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="届出受理のお知らせ"), post=_letter(
        ctx, g, f"{ctx.city[:-1]}消予危第{r.randint(10, 99)}号", TODAY, f"{ctx.hq} 予防課長 {ctx.staff()}",
        "少量危険物貯蔵取扱届出書の受理について",
        [f"{wareki(TODAY - dt.timedelta(days=10), 'spaced')} 付けで提出のあった届出書を受理しました。", "",
         "品名 灯油（第 4 類 第 2 石油類）", "最大数量 950 リットル", "貯蔵場所 自宅敷地内 作業小屋",
         "タンク周囲の 3 メートル以内には可燃物を置かないでください。",
         f"担当 危険物係 {kakari} 電話 {ctx.office_phone(2)}"])))  # fmt: skip

    # level 3: 保安講習 受講者 print, more than 100 persons (dashed)
    ps = ctx.people(r.randint(105, 125), (1960, 2003))
    prow = [[f"H{2600 + i}", p.name(), wareki(p.birth, "short"), f"{r.choice(['乙4', '甲', '丙'])}-{r.randint(10000, 99999)}",
             ctx.company(), p.address()] for i, p in enumerate(ps)]  # fmt: skip
    cols = [
        ("受講番号", 30),
        ("氏名", 85),
        ("生年月日", 160),
        ("免状番号", 225),
        ("勤務先", 300),
        ("住所", 470),
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(title="保安講習 受講者"),
            post=system_print(
                "危険物取扱者保安講習 受講者名簿",
                "予防業務支援システム 危険物",
                cols,
                prow,
                29,
                "講習日 令和6年10月 全回",
            ),
        )
    )

    # level 3: 少量危険物 届出者 (individuals), more than 100, xls
    hs = ctx.people(r.randint(103, 115), (1940, 1985))
    rows = [["届出番号", "届出者", "住所", "電話", "品名", "数量(L)"]]
    for i, p in enumerate(hs):
        rows.append([f"少{i + 1:04d}", p.name(), p.address(), p.phone, r.choice(["灯油", "軽油", "重油"]),
                     r.choice([400, 490, 600, 950, 1900])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            3,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("届出者", rows, title="少量危険物貯蔵取扱 届出者一覧（個人）")]),
        )
    )

    # level 3: 事故報告 受付票 (ods), a worker's burns
    w = ctx.person((1970, 2000), "男")
    comp = ctx.company()
    rows = [["項目", "内容"], ["事故種別", "火災（一般取扱所）"], ["発生日時", f"{ymd(ctx.day())} 15:20"],
            ["事業所", comp], ["所在地", ctx.biz_address()], ["保安監督者", f"工場長 {ctx.staff()}"],
            ["負傷者", f"{w.name()}（{w.age()}歳、作業員）"],
            ["負傷の程度", "顔面及び両前腕 II度熱傷、救急搬送（中等症）"],
            ["原因（推定）", "洗浄作業中の静電気着火"], ["受付者", f"危険物係 {kakari}"]]  # fmt: skip
    docs.append(Doc(F, "ods", 3, ["health", "name"], DocSpec(sheets=[sheet("受付票", rows, title="危険物施設 事故報告 受付票")]),
                    note="a named worker's burns: an employee is a private person"))  # fmt: skip

    # level 3: Outlook mail in cp932, a sole proprietor's unpaid 手数料 under 督促
    s = ctx.person((1950, 1975), "男")
    docs.append(Doc(F, "txt-cp932", 3, ["arrears", "name"], DocSpec(paragraphs=mail(
        f"収納課 {ctx.staff()}", f"予防課 危険物係 {kakari}", "RE: 完成検査手数料の件",
        f"{ymd(TODAY - dt.timedelta(days=3))} 10:12",
        ["危険物係 御中", "", f"{s.name()} 様（{s.sei}石油店、個人事業）の完成検査手数料は、", "納期限を過ぎて未納のままです。",
         "10月に督促状を送付済みですが、納付も連絡もありません。", "未納額 33,000円、延滞金は別途です。"],
        [(f"予防課 {kakari}", f"{ymd(TODAY - dt.timedelta(days=4))} 16:30", "完成検査手数料の件",
          [f"{s.sei}石油店の変更許可の件で、手数料の納付状況を教えてください。"])],
    )), note="a sole proprietor's unpaid 手数料 under 督促: arrears of a named private person"))  # fmt: skip
    return docs


# --- 予防課 調査係: 火災調査・り災 ---------------------------------------------------------------------------
CAUSES = [
    "たばこ",
    "こんろ",
    "ストーブ",
    "電気機器",
    "配線器具",
    "放火（疑い含む）",
    "たき火",
    "火遊び",
    "不明・調査中",
]


def kasai(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kasai"
    docs: list[Doc] = []
    chosa = ctx.staff()
    fire = ctx.day(dt.date(2024, 9, 1), dt.date(2024, 10, 20))

    # level 1: 出火原因別 統計 (merges, hidden sheet)
    rows: list[list[Cell]] = [["出火原因", "建物火災", None, "その他の火災", "死者", "負傷者"],
                              [None, "件数", "損害額(千円)", "件数", None, None]]  # fmt: skip
    for c in CAUSES:
        rows.append(
            [c, r.randint(0, 15), r.randint(0, 90000), r.randint(0, 10), r.randint(0, 2), r.randint(0, 5)]
        )
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("原因別", rows, title=f"令和5年 火災統計（出火原因別） {ctx.hq}"),
        sheet("月別", [["月", "件数"], *[[f"{m}月", r.randint(1, 9)] for m in range(1, 13)]]),
        sheet("作業", [["区分", "備考"], ["損害額", "千円未満切捨て"], ["負傷者", "消防職団員を含む"]], state="hidden"),
    ]), post=merge_xlsx({"原因別": ["A3:A4", "B3:C3", "E3:E4", "F3:F4"]})))  # fmt: skip

    # level 1: 秋季火災予防運動 slides
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="令和6年度 秋季全国火災予防運動", paragraphs=[
        "期間 11月9日～11月15日", "統一標語「守りたい 未来があるから 火の用心」", "住宅防火 いのちを守る 10のポイント",
        "寝たばこは絶対にやめる", "ストーブの周りに燃えやすいものを置かない", "住宅用火災警報器を定期的に点検する",
    ])))  # fmt: skip

    # level 1: 火災概況 press release (anonymised)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="火災の概要について（報道発表）", paragraphs=[
        f"発生日時 {wareki(fire)} 2時40分ごろ", f"発生場所 {ctx.city}{area_label(r.choice(ctx.areas))}地内",
        "焼損程度 木造2階建て住宅1棟 全焼（延べ約120平方メートル）、隣接住宅の外壁一部焼損",
        "死傷者 負傷者1名（60代男性、軽傷）", "出火原因 調査中",
        f"{ctx.hq} 予防課 調査係 電話 {ctx.office_phone(1)}"]),
        note="press release with an anonymised injured person (60代男性): no identifiable person"))  # fmt: skip

    # level 1: り災申告書 記入例 (odt)
    docs.append(Doc(F, "odt", 1, [], DocSpec(title="り災申告書（記入例）", paragraphs=[
        f"申告者 住所 {ctx.city}〇〇町1丁目2番3号 氏名 {SAMPLE_NAMES[2]} 電話 0000-11-2222",
        "り災日時 令和〇年〇月〇日", "り災物件 木造2階建 住宅（自己所有）", "損害見積額 建物 〇〇〇万円 収容物 〇〇万円",
        "※ 記入例です。損害額は分かる範囲で記入してください。"]), note="記入例 with the sample name 救命 一郎"))  # fmt: skip

    # level 1: 損害保険 照会先 with 法人番号 (csv)
    rows = [["照会先", "法人番号", "担当部署", "所在地", "電話"]]
    for ins in INSURERS:
        rows.append(
            [ins, random_corporate_number(r), "損害サービス課", f"{ctx.pref}{ctx.biz_address()}", ctx.tel()]
        )
    docs.append(Doc(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("照会先", rows)]),
                    note="insurers with valid 法人番号 and their offices' phones"))  # fmt: skip

    # level 1: 火災事例 with masked names (xls)
    rows = [["No", "り災者", "地区", "出火原因", "焼損程度", "損害額(千円)"]]
    for i in range(12):
        rows.append([i + 1, "〇〇 〇〇", r.choice(ctx.districts), r.choice(CAUSES), r.choice(["全焼", "半焼", "部分焼", "ぼや"]),
                     r.randint(10, 30000)])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("事例", rows, title="火災事例一覧（研修用・氏名伏せ）")]),
                    note="names masked 〇〇 〇〇"))  # fmt: skip

    # level 2: り災証明 交付申請書 (docx)
    a = ctx.person((1950, 1990))
    docs.append(Doc(F, "docx", 2, ["address", "name", "phone"], DocSpec(title="り災証明書交付申請書", paragraphs=[
        f"{ctx.hq} 消防長 様", f"申請日 {ymd(fire + dt.timedelta(days=4))}"],
        tables=[[["申請者 住所", a.address()], ["氏名", a.name()], ["電話", a.phone], ["り災日時", f"{ymd(fire)} 2時40分ごろ"],
                 ["り災場所", a.address()], ["り災物件", "住宅（建物・家財）"], ["使用目的", "火災保険請求のため"],
                 ["必要部数", "2部"]]]), note="火災 dates are not birth dates"))  # fmt: skip

    # level 2: り災証明書 (spaced-digit letter)
    b = ctx.urban(ctx.person((1950, 1990)))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="り災証明書"), post=_letter(
        ctx, b, f"{ctx.city[:-1]}消予第{r.randint(100, 900)}号", fire + dt.timedelta(days=9),
        f"{ctx.hq} 消防長 {ctx.staff()}", "り 災 証 明 書",
        [f"上記の者は、{wareki(fire, 'spaced')} に発生した火災により、下記のとおりり災したことを証明します。", "",
         "記", f"り災場所 {ctx.city}{b.area}{b.lot}", "り災物件 住宅 建物 半焼、家財 一部焼損", "",
         "この証明書は、火災保険請求等のために交付するものです。"])))  # fmt: skip

    # level 2: Slack, a reply gives the り災者's phone
    pc = ctx.person((1950, 1985))
    pc.phone = ctx.phone(1.0)
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", fire + dt.timedelta(days=1), [
        ("09:12", f"{chosa}", f"昨夜の火災、り災者の {pc.name()} さんに追加で聴取したいです"),
        ("09:30", f"{ctx.staff()}", f"{pc.sei}さんは親戚の家に避難中。携帯 {pc.phone}、午後なら出られるそうです"),
        ("09:31", f"{chosa}", "了解、14時に電話します"),
    ], "調査係"))))  # fmt: skip

    # level 2: 質問調書 of the neighbour who found the fire (odt)
    n = ctx.person((1955, 1990))
    docs.append(Doc(F, "odt", 2, ["address", "birth_date", "name"], DocSpec(title="質問調書", paragraphs=[
        f"住所 {n.address()}", f"職業 {r.choice(['会社員', '自営業', '無職', 'パート'])}",
        f"氏名 {n.name()}（{wareki(n.birth)}生）",
        f"上記の者は、{wareki(fire)}に発生した火災について、任意に次のとおり供述した。",
        "一 私は、隣の家の二階の窓が赤く光っているのに気付き、外に出ました。",
        "二 焦げた臭いがして、屋根の方から煙が出ていたので、携帯電話で119番通報しました。",
        "三 隣の家の方は外に出ていて、怪我はないように見えました。",
        f"聴取者 {ctx.hq} 予防課 {chosa}"]), note="火災 date is an event; the finder's birth date is given"))  # fmt: skip

    # level 2: り災世帯 starting in column Z on row 8
    rows = [["世帯主", "住所", "電話", "被害", "見舞金"]]
    for _ in range(r.randint(5, 7)):
        p = ctx.person((1945, 1990))
        rows.append([p.name(), p.address(), p.phone, r.choice(["全焼", "半焼", "部分焼", "水損"]), "支給済"])
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("り災世帯", far_right(rows, 25), first_row=8)]),
        )
    )

    # level 3: 火災原因判定書 in prose, burns and dementia late
    o = ctx.person((1935, 1950))
    docs.append(Doc(F, "docx", 3, ["address", "health", "name"], DocSpec(title="火災原因判定書", paragraphs=[
        f"1 火災の概要 {wareki(fire)}、{o.address()} の {o.name()} 方 住宅から出火した。",
        "2 出火建物 木造平屋建 住宅 延べ 78 平方メートル、居室 1 室を焼損。",
        "3 出火箇所 居間北東隅の石油ストーブ付近。ストーブ上部に洗濯物を干していた痕跡がある。",
        "4 発見・通報 通行人が煙を発見し通報。消防隊到着時、居住者は屋外に避難していた。",
        "5 出火原因 ストーブ上の衣類への着火と判定する。",
        "6 負傷 居住者は消火しようとして両手にII度の熱傷を負い、救急搬送された。"
        "長男によると、本人は昨年アルツハイマー型認知症と診断され、ストーブの消し忘れが続いていた。",
        f"判定者 予防課 調査係長 {chosa}",
    ])))  # fmt: skip

    # level 3: 見舞金 申請 with a My Number only in the header (4-4-4, labelled 番号)
    m = ctx.person((1950, 1985))
    docs.append(Doc(F, "docx", 3, ["address", "my_number", "name", "phone"], DocSpec(
        title="火災見舞金 支給申請書", header=f"番号 {grouped(random_my_number(r))}",
        paragraphs=[f"{ctx.city}長 様", "火災によりり災したので、見舞金の支給を申請します。"],
        tables=[[["申請者 氏名", m.name()], ["住所", m.address()], ["電話", m.phone], ["り災日", ymd(fire)],
                 ["被害程度", "半焼"], ["振込先", "申請者名義の口座（別紙）"]]])))  # fmt: skip

    # level 3: relay log in cp932, the り災者's 市県民税 滞納
    t, zei = ctx.person((1950, 1980)), ctx.staff()
    docs.append(Doc(F, "txt-cp932", 3, ["arrears", "name"], DocSpec(paragraphs=chat("arrow", fire + dt.timedelta(days=6), [
        ("10:02", chosa, f"（予防課）{t.name()} さんの見舞金、税務課と調整中です"),
        ("10:15", zei, f"（税務課）{t.name()} さんは市県民税が2期分未納で、督促状を送付済みです"),
        ("10:16", zei, "見舞金と相殺はできませんが、納付相談の案内を同封してください"),
        ("10:20", chosa, "了解しました"),
    ], "見舞金 支給調整")), note="a named り災者's 市県民税 未納 under 督促: arrears"))  # fmt: skip

    # level 3: 負傷者 一覧 with injuries, contacts on a hidden sheet
    rows = [["No", "氏名", "年齢", "区分", "傷病名", "程度", "搬送先"]]
    contacts: list[list[Cell]] = [["No", "氏名", "電話"]]
    hosp = ctx.hospitals(3)
    for i in range(r.randint(4, 7)):
        p = ctx.person((1940, 2010))
        rows.append([i + 1, p.name(), p.age(), r.choice(["居住者", "近隣住民", "通行人"]),
                     r.choice(["気道熱傷", "右手II度熱傷", "一酸化炭素中毒", "避難時の右足関節捻挫"]), r.choice(GRADES[:4]),
                     r.choice(hosp)])  # fmt: skip
        contacts.append([i + 1, p.name(), p.phone])
    docs.append(Doc(F, "xlsx", 3, ["health", "name", "phone"], DocSpec(sheets=[
        sheet("負傷者", rows, title=f"火災負傷者一覧（{ymd(fire)} {area_label(r.choice(ctx.areas))}地内火災）"),
        sheet("連絡先", contacts, state="hidden"),
    ])))  # fmt: skip

    # level 3: り災者 台帳 print (ruled), more than 100 persons
    ps = ctx.people(r.randint(104, 120), (1935, 1995))
    prow = [[f"F{18 + i % 7}-{i + 1:03d}", p.name(), p.address(), p.phone, r.choice(["全焼", "半焼", "部分焼", "ぼや", "水損"]),
             ymd(ctx.day(dt.date(2018, 4, 1), dt.date(2024, 10, 31)))] for i, p in enumerate(ps)]  # fmt: skip
    cols = [("調査番号", 30), ("り災者", 95), ("住所", 175), ("電話", 370), ("焼損", 460), ("り災日", 510)]
    docs.append(Doc(F, "pdf", 3, ["address", "name", "phone"], DocSpec(title="り災者台帳"), post=system_print(
        "り災者台帳（平成30年度～令和6年度）", "火災調査システム", cols, prow, 30, "抽出 全件 並び順 調査番号",
        ruled=True)))  # fmt: skip
    return docs


# --- 救急課 救命講習・AED --------------------------------------------------------------------------------------
COURSES = [
    "普通救命講習Ⅰ",
    "普通救命講習Ⅲ（小児・乳児）",
    "上級救命講習",
    "救命入門コース",
    "応急手当普及員講習",
]


def kyumei(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kyumei"
    docs: list[Doc] = []
    tanto = ctx.staff()

    # level 1: AED open data with lat/long and facility phones; 12-digit 管理番号 fail the check digit
    rows: list[list[Cell]] = [
        ["管理番号", "施設名", "住所", "緯度", "経度", "設置場所", "利用可能時間", "電話"]
    ]
    kinds = ["公民館", "小学校", "中学校", "コミュニティセンター", "体育館", "駅", "支所", "図書館"]
    for i in range(r.randint(14, 20)):
        lat, lon = ctx.lat_long()
        rows.append([fail_check(random_my_number(r), r.randint(1, 9)), f"{ctx.districts[i % 7]}{kinds[i % 8]}",
                     ctx.biz_address(), lat, lon, r.choice(["1階 玄関ホール", "事務室前", "体育館入口", "改札横"]),
                     r.choice(["24時間", "8:30～17:15", "9:00～21:00"]), ctx.tel()])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("AED", rows)]),
                    note="AED open data; 12-digit 管理番号 failing the check digit; facilities, not persons"))  # fmt: skip

    # level 1: 講習 日程 (PDF)
    rows = [["開催日", "講習", "時間", "会場", "定員"]]
    for _ in range(8):
        rows.append([ymd(ctx.day(dt.date(2025, 1, 6), dt.date(2025, 3, 28))), r.choice(COURSES[:4]),
                     r.choice(["9:00～12:00", "13:30～16:30", "9:00～17:00"]), f"{ctx.hq} 3階 講堂", r.choice([20, 30])])  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="救命講習 日程（令和7年1月～3月）", paragraphs=[
        "受講料は無料です。申込みは電話または電子申請で受け付けます。",
        f"申込・問合せ {ctx.hq} 救急課 救急指導係 {ctx.office_phone(3)}"], tables=[_tab(rows)])))  # fmt: skip

    # level 1: 受講者数 by month and course (merges)
    rows2: list[list[Cell]] = [["講習種別", "上半期", None, None, None, None, None, "計"],
                               [None, "4月", "5月", "6月", "7月", "8月", "9月", None]]  # fmt: skip
    for c in COURSES:
        vals = [r.randint(0, 120) for _ in range(6)]
        rows2.append([c, *vals, sum(vals)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("受講者数", rows2, title="令和6年度 救命講習 受講者数（上半期）")]),
                    post=merge_xlsx({"受講者数": ["A3:A4", "B3:G3", "H3:H4"]})))  # fmt: skip

    # level 1: 修了証 記入例 (docx)
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="救命講習 修了証（見本）", paragraphs=[
        f"氏名 {SAMPLE_NAMES[5]}", "生年月日 平成〇年〇月〇日", "あなたは普通救命講習Ⅰを修了したことを証します。",
        f"{ctx.hq} 消防長", "※ 見本です。修了証は講習当日にお渡しします。"]), note="見本 with the sample name 見本 花子"))  # fmt: skip

    # level 1: 応急手当指導員 (staff by 職名) in ods
    rows = [["所属", "職名", "氏名", "資格", "連絡先"]]
    for _ in range(10):
        rows.append([r.choice([ctx.station, f"{ctx.district_station()}", f"{ctx.hq} 救急課"]),
                     r.choice(["消防司令補", "消防士長", "消防副士長"]), ctx.staff(), "応急手当指導員", ctx.office_phone(3)])  # fmt: skip
    docs.append(Doc(F, "ods", 1, [], DocSpec(sheets=[sheet("指導員", rows, title="応急手当指導員 名簿（職員）")]),
                    note="fire staff by 職名 with the office phone"))  # fmt: skip

    # level 1: 講習 slides with an anonymised case
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="普通救命講習 テキスト", paragraphs=[
        "反応を確認し、大声で助けを呼ぶ", "119番通報とAEDの手配を頼む", "普段どおりの呼吸がなければ胸骨圧迫",
        "強く（約5cm）、速く（100～120回/分）、絶え間なく", "AEDの音声メッセージに従う",
        "市内の事例：Ａさん（50代）がジョギング中に倒れ、居合わせた市民の胸骨圧迫とAEDで社会復帰",
    ]), note="anonymised Ａさん only"))  # fmt: skip

    # level 2: 受講申込書, the phone in a text box
    a = ctx.person((1970, 2004))
    docs.append(Doc(F, "docx", 2, ["address", "name", "phone"], DocSpec(title="救命講習 受講申込書", paragraphs=[
        f"講習 {r.choice(COURSES[:3])} {ymd(ctx.day(dt.date(2025, 1, 6), dt.date(2025, 3, 28)))}",
        f"氏名 {a.name()}（{a.kkana}）", f"住所 {a.address()}", "勤務先・団体 なし（個人申込）"],
        textboxes=[f"連絡先（日中） {a.phone}"])))  # fmt: skip

    # level 2: one course's roster, data from row 6, 姓/名/セイ/メイ split
    rows = [["No", "姓", "名", "セイ", "メイ", "電話", "所属"]]
    for i in range(r.randint(18, 24)):
        p = ctx.person((1965, 2006))
        rows.append([i + 1, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.phone,
                     r.choice(["個人", "自治会", "PTA", ctx.company()])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet("名簿", rows, title=f"普通救命講習Ⅰ 受講者名簿（{ymd(ctx.day())}）", first_row=6)
                ]
            ),
        )
    )

    # level 2: LINE WORKS, a reply gives an applicant's phone
    b = ctx.person((1970, 2004))
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", ctx.day(), [
        ("13:05", f"救急指導係 {tanto}", f"明日の講習、{b.name()} さんから欠席の連絡ありましたか"),
        ("13:11", f"救急課 {ctx.staff()}", f"申込書の電話は {b.phone} です。留守電でした"),
        ("13:12", f"救急指導係 {tanto}", "了解。もう一度かけて、来られなければ次回に振替えます"),
    ], "救命講習 運営"))))  # fmt: skip

    # level 2: 修了証 再交付 通知 (spaced-digit letter)
    pc = ctx.urban(ctx.person((1970, 2004)))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="修了証の再交付について"), post=_letter(
        ctx, pc, f"{ctx.city[:-1]}消救第{r.randint(100, 900)}号", TODAY, f"{ctx.hq} 救急課長 {ctx.staff()}",
        "救命講習修了証の再交付について（通知）",
        [f"{wareki(TODAY - dt.timedelta(days=8), 'spaced')} に申請のあった修了証の再交付について、下記のとおり交付します。",
         "", "記", f"講習名 普通救命講習Ⅰ（{wareki(dt.date(2022, 6, 18), 'spaced')} 修了）",
         "交付方法 同封のとおり", f"問合せ 救急課 {ctx.office_phone(3)}"])))  # fmt: skip

    # level 2: キャンセル 連絡票 (odt)
    d = ctx.person((1970, 2004))
    docs.append(Doc(F, "odt", 2, ["name", "phone"], DocSpec(title="講習キャンセル 連絡票", paragraphs=[
        f"受付 {ymd(ctx.day())} {tanto}", f"氏名 {d.name()} 様", f"連絡先 {d.phone}",
        f"講習 {r.choice(COURSES[:3])}", "理由 仕事の都合", "振替 次回（2月）を希望"])))  # fmt: skip

    # level 3: 修了者 台帳 print, more than 100 persons (dashed)
    ps = ctx.people(r.randint(104, 122), (1950, 2008))
    prow = [[f"{24}-{i + 1:04d}", p.name(), p.kkana, wareki(p.birth, "short"), p.address(), r.choice(COURSES[:3])]
            for i, p in enumerate(ps)]  # fmt: skip
    cols = [("修了番号", 30), ("氏名", 85), ("カナ", 160), ("生年月日", 260), ("住所", 320), ("講習", 520)]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(title="修了者台帳"),
            post=system_print(
                "救命講習 修了者台帳（令和6年度）", "救急業務管理システム 講習", cols, prow, 30, "区分 全講習"
            ),
        )
    )

    # level 3: 普及員 謝礼 with the My Number only in a text box
    e = ctx.person((1955, 1985))
    docs.append(Doc(F, "docx", 3, ["address", "my_number", "name"], DocSpec(title="応急手当普及員 謝礼 支払伺", paragraphs=[
        f"講習 救命入門コース（{ctx.districts[0]}自治会）の補助指導に対し、下記のとおり謝礼を支払う。",
        f"支払先 {e.name()}（応急手当普及員・個人）", f"住所 {e.address()}", "金額 3,000円（源泉徴収なし）",
        f"起案 救急課 {tanto}"], textboxes=[f"番号確認済 {grouped(random_my_number(r), '-')}"]),
        note="a volunteer instructor paid as a private person"))  # fmt: skip

    # level 3: 配慮事項 sheet starting in column AD (pregnancy, epilepsy, asthma …)
    rows = [["No", "氏名", "電話", "配慮事項"]]
    for i in range(r.randint(6, 9)):
        p = ctx.person((1960, 2006))
        rows.append([i + 1, p.name(), p.phone, r.choice(["妊娠中（22週）床での実技は控える", "てんかん（服薬中）",
                     "人工膝関節のため膝立て不可", "気管支喘息", "心臓ペースメーカー", "腰椎椎間板ヘルニア"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["health", "name", "phone"],
            DocSpec(sheets=[sheet("配慮", far_right(rows, 29), first_row=9, title=None)]),
        )
    )

    # level 3: Outlook mail, a trainee's pacemaker in the quoted part
    f = ctx.person((1950, 1985))
    docs.append(Doc(F, "txt", 3, ["health", "name"], DocSpec(paragraphs=mail(
        f"救急課 {tanto}", f"{f.name()} 様", "RE: 上級救命講習の受講について", f"{ymd(ctx.day())} 15:02",
        [f"{f.name()} 様", "", "お問合せありがとうございます。", "AEDの実技は人形で行いますので、ご自身に電気が流れることはありません。",
         "胸骨圧迫の実技がご負担であれば、見学に切り替えていただいて結構です。", "", f"{ctx.hq} 救急課 {tanto}"],
        [(f"{f.name()}", "前日 21:40", "上級救命講習の受講について",
          ["救急課 御中", "来月の上級救命講習に申し込んだ者です。",
           "私は3年前から心臓ペースメーカーを入れており、不整脈で通院しています。", "AEDの実習に参加しても大丈夫でしょうか。"])],
    ))))  # fmt: skip
    return docs


# --- 消防団 OB会 (警防課 消防団係) ----------------------------------------------------------------------------
def dan_ob(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "dan_ob"
    docs: list[Doc] = []
    kakari = ctx.staff()
    bundan = [f"第{kanji_number(i)}分団（{d}）" for i, d in enumerate(ctx.districts, 1)]

    # level 1: OB会 役員 in role with the 事務局 phone (odt)
    rows: list[list[Cell]] = [["役職", "氏名", "元の階級", "連絡先"]]
    for post in ["会長", "副会長", "副会長", "事務局長", "会計", "監事"]:
        rows.append(
            [
                post,
                ctx.staff(),
                r.choice(["元団長", "元副団長", "元分団長"]),
                f"事務局（警防課内）{ctx.office_phone(4)}",
            ]
        )
    docs.append(Doc(F, "odt", 1, [], DocSpec(title=f"{ctx.city[:-1]}市消防団OB会 役員名簿（令和6・7年度）", paragraphs=[
        "総会で承認された役員は次のとおりです。連絡は事務局までお願いします。"], tables=[_tab(rows)]),
        note="OB会 officers in role with the secretariat's phone (a published roster)"))  # fmt: skip

    # level 1: 退職報償金 件数 by years of service (merges, hidden sheet)
    rows2: list[list[Cell]] = [
        ["勤続年数", "団員", None, "幹部", None],
        [None, "件数", "金額(千円)", "件数", "金額(千円)"],
    ]
    for band in ["5～10年", "10～15年", "15～20年", "20～25年", "25～30年", "30年以上"]:
        rows2.append([band, r.randint(0, 20), r.randint(0, 9000), r.randint(0, 8), r.randint(0, 6000)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("集計", rows2, title="消防団員 退職報償金 支給状況（令和5年度）"),
        sheet("単価表", [["階級", "5年", "10年"], ["団員", 200000, 264000], ["班長", 214000, 279000]], state="hidden"),
    ]), post=merge_xlsx({"集計": ["A3:A4", "B3:C3", "D3:E3"]})))  # fmt: skip

    # level 1: 機能別団員 募集 (PDF)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="機能別消防団員（OB団員）を募集します", paragraphs=[
        "消防団を退団された方の経験を、大規模災害時の活動や火災予防の広報に生かしていただく制度です。",
        "対象 消防団を5年以上勤め、退団した65歳未満の方", "活動 大規模災害時の後方支援、予防広報、訓練指導",
        "報酬 年額 20,000円、出動1回につき 4,000円",
        f"申込・問合せ {ctx.hq} 警防課 消防団係 {ctx.office_phone(4)}"])))  # fmt: skip

    # level 1: 功労者 表彰式 案内 (docx)
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="消防団OB功労者表彰式の開催について", paragraphs=[
        "各分団長 様", "標記について、下記のとおり開催しますので、対象者への周知をお願いします。",
        f"日時 {wareki(TODAY + dt.timedelta(days=40))} 午前10時", f"会場 {ctx.city[:-1]}市文化会館 小ホール",
        "対象 勤続25年以上で退団された方（名簿は別途送付）", f"担当 警防課 消防団係 {kakari}"])))  # fmt: skip

    # level 1: OB数 by 分団 (xls)
    rows = [["分団", "OB会員数", "うち機能別団員", "平均年齢"]]
    for b in bundan:
        rows.append([b, r.randint(20, 90), r.randint(0, 9), r.randint(58, 74)])
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("分団別", rows, title="OB会員数（分団別）")])))

    # level 2: OB会 入会申込書 (docx)
    a = ctx.person((1950, 1975), "男")
    docs.append(Doc(F, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(title="消防団OB会 入会申込書", paragraphs=[
        "OB会 会長 様", "OB会の趣旨に賛同し、入会を申し込みます。"],
        tables=[[["氏名", f"{a.name()}（{a.kkana}）"], ["生年月日", wareki(a.birth, "abbr")], ["住所", a.address()],
                 ["電話", a.phone], ["在籍分団", r.choice(bundan)], ["在籍期間", "平成元年4月～令和6年3月"]]]),
        note="在籍期間 dates are not birth dates"))  # fmt: skip

    # level 2: 連絡網 of one 分団 (xls) with a hidden sheet
    rows = [["順", "氏名", "電話", "次へ"]]
    ms = ctx.people(r.randint(12, 16), (1948, 1975))
    for i, p in enumerate(ms):
        rows.append([i + 1, p.name(), p.phone, ms[i + 1].name() if i + 1 < len(ms) else "（事務局へ）"])
    docs.append(Doc(F, "xls", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("連絡網", rows, title=f"OB会 {r.choice(bundan)} 連絡網"),
        sheet("メモ", [["更新", ymd(TODAY)], ["作成", "分団OB 世話役"]], state="hidden"),
    ])))  # fmt: skip

    # level 2: relay log giving an OB's address
    o, x, y = ctx.person((1945, 1970), "男"), ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["address", "name"], DocSpec(paragraphs=chat("arrow", ctx.day(), [
        ("09:20", x, f"（消防団係）表彰状を {o.name()} さんに届けたいが、転居先が分からない"),
        ("09:41", y, f"（OB会事務局）{o.sei}さんは娘さんの所へ移って、今は {o.address()} です"),
        ("09:43", x, "ありがとうございます。郵送します"),
    ], "OB会 連絡"))))  # fmt: skip

    # level 2: 感謝状 通知 to an OB (spaced-digit letter)
    k = ctx.urban(ctx.person((1945, 1970), "男"))
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(title="感謝状の贈呈について"), post=_letter(
        ctx, k, f"{ctx.city[:-1]}消警第{r.randint(100, 900)}号", TODAY, f"{ctx.hq} 消防長 {ctx.staff()}",
        "感謝状の贈呈について",
        [f"あなたは {wareki(dt.date(1992, 4, 1), 'spaced')} から 32 年にわたり消防団員として地域の安全に尽くされました。",
         "その功績に感謝し、下記のとおり感謝状を贈呈します。", "", "記",
         f"日時 {wareki(TODAY + dt.timedelta(days=40), 'spaced')} 午前 10 時", f"会場 {ctx.city[:-1]}市文化会館",
         f"問合せ 消防団係 {ctx.office_phone(4)}"])))  # fmt: skip

    # level 3: OB 名簿, more than 100, 姓/名 split, from column AA
    ps = ctx.people(r.randint(104, 120), (1940, 1975))
    rows = [["会員番号", "姓", "名", "セイ", "メイ", "生年月日", "住所", "電話", "元分団"]]
    for i, p in enumerate(ps):
        rows.append([f"OB{i + 1:04d}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), wareki(p.birth, "short"),
                     p.address(), p.phone, r.choice(bundan)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(sheets=[sheet("会員名簿", far_right(rows, 26), first_row=4)]),
        )
    )

    # level 3: 機能別団員 報酬 slip, the My Number only in the footer as 「○○さんの番号」
    m = ctx.person((1955, 1975), "男")
    docs.append(Doc(F, "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="機能別団員 報酬 支払調書（控）", footer=f"{m.sei}さんの番号 {grouped(random_my_number(r))}",
        paragraphs=[f"支払を受ける者 {m.name()}", f"住所 {m.address()}", "区分 機能別団員 年額報酬・出動報酬",
                    "支払金額 36,000円", f"作成 警防課 消防団係 {kakari}"])))  # fmt: skip

    # level 3: OB会費 未納 (merged title)
    rows = [["会員番号", "氏名", "未納年度", "未納額", "督促"]]
    for _ in range(r.randint(5, 8)):
        p = ctx.person((1945, 1970), "男")
        rows.append([f"OB{r.randint(1, 400):04d}", p.name(), r.choice(["R4・R5", "R5", "R5・R6"]),
                     r.choice([3000, 6000, 9000]), r.choice(["1回目送付", "2回目送付", "電話督促"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["arrears", "name"], DocSpec(sheets=[sheet("未納", rows, title="OB会費 未納者一覧")]),
                    note="unpaid OB会 membership fees under 督促 about named members: arrears"))  # fmt: skip

    # level 3: 公務災害 report in prose (odt), the fracture comes late
    w = ctx.person((1955, 1970), "男")
    docs.append(Doc(F, "odt", 3, ["health", "name"], DocSpec(title="機能別団員 公務災害 発生報告", paragraphs=[
        f"1 被災者 {w.name()}（機能別団員、{r.choice(bundan)}）", f"2 発生日時 {ymd(ctx.day())} 10時30分ごろ",
        "3 場所 総合防災訓練 会場（河川敷）", "4 状況 資機材の搬出中、トラックの荷台から降りる際に足を滑らせた。",
        "5 対応 訓練を中断し、救護班が観察。本人は歩行可能と申告したが、念のため医療機関を受診させた。",
        "6 診断 第1腰椎圧迫骨折、全治8週間。コルセット装着で自宅療養。", f"報告者 消防団係 {kakari}",
    ])))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [kyukyu, jukeiki, tachiiri, kikenbutsu, kasai, kyumei, dan_ob]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, areas, base = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, areas, base)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set49", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
