"""Forty-third red-team set (blind): a city's 介護保険課 and what each of its desks publishes.

``python -m corpus.redteam.set43 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 大字…番地 and …丁目 towns and its area code) is drawn per build. Families follow the
desk a document comes from: 要介護認定 applications and surveys (``nintei``), 主治医意見書 and the 認定審査会
(``shinsakai``), 住宅改修・福祉用具 (``kaishu``), 高額介護サービス費 and 負担限度額 with savings (``kogaku``),
保険料 with its arrears, 給付制限 and 減免 (``hokenryo``), the 事業所 desk with 指定 and 実地指導 (``jigyosho``)
and the ケアマネ liaison by chat and training (``caremane``); each with its public look-alikes (事業計画
aggregates, 事業所 lists with 法人番号 and 管理者 in role, the 審査会 委員名簿, 記入例, masked cases, rosters).

The truth is the default policy's text only: 3 for a My Number, health (care levels, diagnoses, injuries,
dementia …) or arrears about a named private person, or records of more than 100 persons; 2 for a private
person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect reader
reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a
one-line ``note``.
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

SEED = 4343
VARIANT = "redteam43"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, prefecture code, areas); an area ending in "*" takes 番地 lots,
# the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("山形県", "天童市", "023", "994", "06",
     ["大字高擶*", "大字荒谷*", "老野森", "久野本", "鎌田本町", "大字山元*", "北目", "大字蔵増*"]),
    ("栃木県", "真岡市", "0285", "321", "09",
     ["荒町", "台町", "大字東郷*", "大字下籠谷*", "長田", "大字八木岡*", "並木町", "大字亀山*"]),
    ("岐阜県", "多治見市", "0572", "507", "21",
     ["虎渓町", "太平町", "笠原町*", "大畑町*", "旭ケ丘", "平和町", "光ケ丘", "大原町*"]),
    ("島根県", "出雲市", "0853", "693", "32",
     ["今市町*", "大津町*", "塩冶有原町", "渡橋町*", "駅北町", "高岡町*", "姫原", "中野町*"]),
    ("福岡県", "飯塚市", "0948", "820", "40",
     ["大字立岩*", "大字柏の森*", "新飯塚", "本町", "芳雄町", "大字鯰田*", "菰田東", "大字伊岐須*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("五月女", "そうとめ"), ("小鳥遊", "たかなし"), ("薬袋", "みない"), ("百目鬼", "どうめき"),
    ("四十物", "あいもの"), ("善知鳥", "うとう"), ("仙洞田", "せんとうだ"), ("鴇田", "ときた"),
    ("纐纈", "こうけつ"), ("蓬莱", "ほうらい"), ("勘解由小路", "かでのこうじ"), ("王生", "いくるみ"),
    ("左右田", "そうだ"), ("神房", "かんぼう"), ("苗加", "のうけ"), ("桃生", "ものう"),
    ("高橋", "たかはし"), ("田中", "たなか"), ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("山本", "やまもと"),
    ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("柴田", "しばた"), ("酒井", "さかい"),
    ("工藤", "くどう"), ("横田", "よこた"), ("宮田", "みやた"), ("中野", "なかの"), ("小野", "おの"),
    ("大西", "おおにし"), ("松井", "まつい"), ("菅原", "すがわら"), ("市川", "いちかわ"), ("高木", "たかぎ"),
    ("丸山", "まるやま"), ("河野", "こうの"), ("上田", "うえだ"), ("北村", "きたむら"), ("岩崎", "いわさき"),
    ("水野", "みずの"), ("桑原", "くわばら"), ("土屋", "つちや"), ("金子", "かねこ"), ("服部", "はっとり"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("正一", "しょういち"), ("繁", "しげる"), ("勝", "まさる"), ("清", "きよし"), ("稔", "みのる"),
    ("武", "たけし"), ("博", "ひろし"), ("隆", "たかし"), ("進", "すすむ"), ("実", "みのる"),
    ("昇", "のぼる"), ("忠雄", "ただお"), ("正男", "まさお"), ("國男", "くにお"), ("喜代治", "きよじ"),
    ("弥太郎", "やたろう"), ("寅吉", "とらきち"), ("誠", "まこと"), ("健一", "けんいち"), ("俊夫", "としお"),
    ("修", "おさむ"), ("貞夫", "さだお"), ("鉄雄", "てつお"), ("辰巳", "たつみ"), ("巌", "いわお"),
    ("善次郎", "ぜんじろう"), ("久", "ひさし"), ("浩之", "ひろゆき"), ("哲也", "てつや"), ("陽介", "ようすけ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヨ", "きよ"), ("ハル", "はる"), ("ウメ", "うめ"), ("フミ", "ふみ"), ("静子", "しずこ"),
    ("文子", "ふみこ"), ("昭子", "あきこ"), ("美代子", "みよこ"), ("栄子", "えいこ"), ("初江", "はつえ"),
    ("君江", "きみえ"), ("千代", "ちよ"), ("光子", "みつこ"), ("孝子", "たかこ"), ("恵子", "けいこ"),
    ("トシ", "とし"), ("縫", "ぬい"), ("艶子", "つやこ"), ("ミサヲ", "みさを"), ("綾乃", "あやの"),
    ("貴美子", "きみこ"), ("朋子", "ともこ"), ("雅美", "まさみ"), ("桂子", "けいこ"), ("絹代", "きぬよ"),
    ("ハツヱ", "はつえ"), ("登美", "とみ"), ("弘美", "ひろみ"), ("加代子", "かよこ"), ("直美", "なおみ"),
]  # fmt: skip
BUILDINGS = ["市営住宅", "コーポ若葉", "レジデンス駅南", "ハイツ松風", "メゾン本町", "サンライズ壱番館"]
COMPANIES = [
    ("社会福祉法人", "ゆうあい会"), ("医療法人社団", "清和会"), ("株式会社", "ケアライフみらい"),
    ("有限会社", "ほほえみ介護"), ("株式会社", "ハートフル住設"), ("合同会社", "あゆみ福祉用具"),
    ("社会福祉法人", "やまびこ福祉会"), ("株式会社", "ひだまりケアサービス"), ("医療法人", "緑風会"),
    ("特定非営利活動法人", "えがおの輪"), ("株式会社", "バリアフリー工房"), ("有限会社", "手すり屋本舗"),
    ("株式会社", "シルバーサポート東"), ("社会福祉法人", "光寿会"), ("株式会社", "あんしん住まい工業"),
    ("一般社団法人", "地域包括ケア協会"), ("株式会社", "ライフテック福祉機器"), ("医療法人", "誠仁会"),
]  # fmt: skip
SERVICES = ["訪問介護", "通所介護", "短期入所生活介護", "居宅介護支援", "福祉用具貸与", "訪問看護",
            "認知症対応型共同生活介護", "小規模多機能型居宅介護", "介護老人福祉施設", "通所リハビリテーション"]  # fmt: skip
CLINICS = ["内科クリニック", "整形外科医院", "中央病院", "脳神経外科クリニック", "診療所", "記念病院", "医院"]
CARE = ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
DISEASES = ["アルツハイマー型認知症", "脳梗塞後遺症", "パーキンソン病", "変形性膝関節症", "大腿骨頸部骨折",
            "慢性心不全", "糖尿病性腎症", "関節リウマチ", "腰部脊柱管狭窄症", "レビー小体型認知症",
            "慢性閉塞性肺疾患", "血管性認知症"]  # fmt: skip
SAMPLE_NAMES = ["介護 太郎", "保険 花子", "認定 一郎", "記入 例子", "見本 次郎"]
SAMPLE_KANA = dict(
    zip(
        SAMPLE_NAMES,
        ["カイゴ タロウ", "ホケン ハナコ", "ニンテイ イチロウ", "キニュウ レイコ", "ミホン ジロウ"],
        strict=True,
    )
)
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 8)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
BANKS = ["ゆうちょ銀行", "農業協同組合", "信用金庫", "地方銀行", "労働金庫"]


# --- helpers (adapted from set 34's plumbing) --------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和18年3月5日, short S18.3.5, abbr 昭和18.3.5, slash S18/03/05, spaced 令和 6 年 10 月 8 日."""
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
    (amounts keep their commas: 14,000円 → 14,000 円)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -,." and prev not in " -,.":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


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
    hihoban: str = ""  # 介護保険 被保険者番号 (10 digits)

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False, with_city: bool = True) -> str:
        return (self.pref if with_pref else "") + (self.city if with_city else "") + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    pcode: str
    areas: list[str]
    used: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    @property
    def full(self) -> str:
        return f"{self.pref}{self.city}"

    @property
    def office(self) -> str:
        return f"{self.city} 健康福祉部 介護保険課"

    @property
    def mayor(self) -> str:
        return f"{self.city}長"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 622 + n, 1111 + 13 * n)

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
        a, b, c = r.randint(1, 6), r.randint(1, 30), r.randint(1, 24)
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
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def hihoban(self) -> str:
        while True:
            n = f"{self.rng.randint(1, 2_000_000):010d}"
            if n not in self.ids:
                self.ids.add(n)
                return n

    def person(self, born: tuple[int, int] = (1928, 1958), sex: str = "") -> Person:
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
                      zipc, self.pref, self.hihoban())  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1928, 1958)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def family_of(self, p: Person, rel: str = "長男") -> Person:
        """A son or daughter of ``p`` with the same surname, living elsewhere in the city."""
        r = self.rng
        sex = "女" if rel in ("長女", "次女") else "男"
        for _ in range(200):
            mei, mk = r.choice(FEMALE if sex == "女" else MALE)
            if p.sei + mei not in self.used:
                break
        self.used.add(p.sei + mei)
        area = r.choice(self.areas)
        birth = dt.date(r.randint(1952, 1978), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(p.sei, mei, p.sei_kana, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area),
                      self.phone(0.9), zipc, self.pref)  # fmt: skip

    def staff(self) -> str:
        """A city officer or a professional in role (not drawn from the residents)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.7 else f"{name}{kind}"

    def companies(self, n: int) -> list[str]:
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [f"{k}{c}" if i % 4 else f"{c}{k}" for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def jigyosho_no(self) -> str:
        return f"{self.pcode}7{self.rng.randint(0, 9_999_999):07d}"

    def clinic(self) -> str:
        area = self.rng.choice(self.areas).rstrip("*").removeprefix("大字")
        return f"{area}{self.rng.choice(CLINICS)}"

    def district(self) -> str:
        return self.rng.choice(self.areas).rstrip("*").removeprefix("大字")


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
            c.drawRightString(
                w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 KH{n % 3 + 1:02d}  帳票ID KA{len(title):03d}"
            )
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
    Slack copied as ``名前  [13:10]`` then the message, or a phone log ``名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room}のトーク履歴")
        out.append(f"保存日時：{ymd(day)} 17:46")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 電話受付メモ 転記）")
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


def _fy_date(ctx: Ctx, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=ctx.rng.randint(0, days))


def _spaced(lines: list[str]) -> list[str]:
    return [spaced_digits(line) for line in lines]


# --- 要介護認定 申請・認定調査 --------------------------------------------------------------------------
def nintei(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "nintei"
    docs: list[Doc] = []
    tel = ctx.office_phone()
    # level 1: the 申請 guide (talks of 個人番号 in general)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="要介護・要支援認定の申請について",
                paragraphs=[
                    f"{ctx.city}では、介護保険のサービスを利用するために必要な要介護・要支援認定の申請を介護保険課の窓口で受け付けています。",
                    "申請できる方：65歳以上の方（第1号被保険者）、40歳から64歳までの医療保険加入者で特定疾病により介護が必要な方（第2号被保険者）。",
                    "お持ちいただくもの：介護保険被保険者証、本人確認書類、個人番号（マイナンバー）が確認できる書類、"
                    "第2号被保険者は医療保険の資格確認書類。",
                    "申請の後、認定調査員がご自宅等を訪問して心身の状況をお伺いし、主治医に意見書の作成を依頼します。"
                    "認定審査会での審査を経て、原則30日以内に結果を通知します。",
                    "ご本人やご家族のほか、地域包括支援センター、居宅介護支援事業者等が申請を代行することもできます。",
                    f"問合せ先　{ctx.office}　認定係　電話 {tel}（平日 8時30分～17時15分）",
                ],
            ),
        )
    )
    # level 1: 申請書 記入例 with sample person and a text box
    s = r.sample(SAMPLE_NAMES[:2], 2)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="介護保険 要介護認定・要支援認定 申請書（記入例）",
                header="記入例",
                paragraphs=[
                    f"{ctx.mayor} 様",
                    "次のとおり申請します。",
                    "申請区分：新規 ・ 更新 ・ 区分変更（該当に○）",
                ],
                tables=[
                    [
                        ["項目", "記入欄"],
                        ["被保険者番号", "0000000000"],
                        ["フリガナ", SAMPLE_KANA[s[0]]],
                        ["被保険者氏名", s[0]],
                        ["生年月日", "昭和○年○月○日"],
                        ["住所", f"{ctx.city}○○町1丁目1番1号"],
                        ["電話番号", "0XX-XXX-XXXX"],
                        ["主治医", "○○クリニック　○○ ○○ 医師"],
                        ["提出代行者", f"{s[1]}（続柄：長女）"],
                    ]
                ],
                textboxes=[
                    "個人番号欄は窓口で本人確認のうえ職員が確認します。記入例には記入しないでください。"
                ],
                footer="※ 記入例の氏名・住所は架空のものです。",
            ),
        )
    )
    # level 1: monthly 認定者数 by care level, quarters merged, a hidden sheet of conditions
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    head: list[Cell] = ["区分", *months, "上半期計"]
    quarter: list[Cell] = ["", "第1四半期", None, None, "第2四半期", None, None, ""]
    body: list[list[Cell]] = []
    for lv in CARE:
        vals = [r.randint(180, 1400) for _ in months]
        body.append([lv, *vals, sum(vals)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "認定者数",
                        [quarter, head, *body],
                        title=f"令和6年度 要介護（要支援）認定者数（{ctx.city}）",
                        first_row=3,
                    ),
                    sheet(
                        "抽出条件",
                        [
                            ["抽出日", ymd(TODAY)],
                            ["対象", "第1号被保険者・第2号被保険者"],
                            ["注", "月末現在"],
                        ],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"認定者数": ["B3:D3", "E3:G3"]}),
        )
    )
    # level 1: the 認定調査員 roster (staff and 委託 事業所 in role)
    roster: list[list[str]] = [["区分", "所属", "職名", "氏名", "資格", "連絡先"]]
    for _ in range(6):
        roster.append(
            [
                "直営",
                ctx.office,
                "会計年度任用職員（認定調査員）",
                ctx.staff(),
                "介護支援専門員",
                ctx.office_phone(1),
            ]
        )
    for c in ctx.companies(5):
        roster.append(
            ["委託", f"{c} 居宅介護支援事業所", "介護支援専門員", ctx.staff(), "介護支援専門員", ctx.tel()]
        )
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="令和6年度 認定調査員 名簿",
                paragraphs=["認定調査員は、職名及び所属により調査を行う。連絡は所属事業所の代表電話による。"],
                tables=[roster],
            ),
            note="surveyors are named in their role with their office's phone",
        )
    )
    # level 1: 受付 処理簿 with masked names, 12-digit 受付番号 failing the check digit (cp932)
    rows: list[list[Cell]] = [["受付番号", "受付日", "申請区分", "氏名", "地区", "年齢階級", "処理状況"]]
    for _ in range(16):
        no = fail_check(random_my_number(r), r.randint(1, 9))
        rows.append([no, ymd(_fy_date(ctx, dt.date(2024, 9, 1), 30)), r.choice(["新規", "更新", "区分変更"]),
                     "〇〇 〇〇", ctx.district(), r.choice(["65-74", "75-84", "85-"]), r.choice(["調査済", "意見書待", "審査待"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("処理簿", rows)]),
            note="names masked 〇〇 〇〇; the 12-digit 受付番号 are look-alikes failing the check digit",
        )
    )
    # level 1: Teams among staff about the survey rota
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "08:41",
                            a,
                            "おはようございます。今週の認定調査、公用車2号が車検のため水曜は1台少ないです",
                        ),
                        ("08:43", b, "水曜午後の3件は委託分に回せないか事業所に当たってみます"),
                        ("08:50", c, f"{ctx.district()}地区の2件は同じ方面なので私がまとめて回ります"),
                        ("09:02", a, "ありがとうございます。調査票の提出期限は金曜17時でお願いします"),
                        ("09:05", b, "了解です。タブレットの充電もお忘れなく"),
                    ],
                    "認定係 調査調整",
                )
            ),
            note="no resident: staff arranging the survey rota and cars",
        )
    )

    # level 2: 被保険者証 再交付申請書
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="介護保険被保険者証等 再交付申請書",
                paragraphs=[
                    f"{ctx.mayor} 様",
                    f"申請日 {wareki(TODAY)}",
                    "次のとおり被保険者証の再交付を申請します。",
                ],
                tables=[
                    [
                        ["被保険者番号", p.hihoban],
                        ["フリガナ", katakana(p.kana)],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["性別", p.sex],
                        ["住所", f"〒{p.zip} {p.address()}"],
                        ["電話番号", p.phone],
                        ["再交付の理由", r.choice(["紛失", "破損", "汚損"])],
                        ["申請者", "本人"],
                    ]
                ],
            ),
        )
    )
    # level 2: a son's own letter asking for the mail to go to his address (spaced digits)
    p = ctx.person()
    ctx.urban(p)
    son = ctx.family_of(p, "長男")
    ctx.urban(son)
    d = _fy_date(ctx, dt.date(2024, 9, 2), 25)
    lines = [
        f">{wareki(d, 'spaced')}",
        f"{ctx.city}役所 介護保険課 御中",
        "^送付先変更のお願い",
        f"父 {p.name()}（{p.address(with_city=False)}）宛ての介護保険の書類について、",
        "今後は私の住所へ送付していただきますようお願いいたします。",
        "父は一人で書類を整理することが難しくなっており、手続きは私が代わりに行っております。",
        "なお、被保険者証の原本は父の手元に保管しております。",
        "",
        "送付先",
        f"〒{son.zip}  {son.address(with_pref=True)}",
        f"{son.name()}（長男）",
        f"電話 {son.phone}",
        "",
        ">以上",
        f">{son.name()}",
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name", "phone"],
            DocSpec(),
            post=letter_pdf(_spaced(lines)),
            note="a son's own letter: father's and son's addresses; 'cannot sort papers' is no condition",
        )
    )
    # level 2: Teams: the survey date; a reply gives the daughter's mobile and the address
    p = ctx.person()
    dau = ctx.family_of(p, "長女")
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("10:12", a, f"明日10時の調査、{p.name()}さんの件で家族の立会いが必要です"),
                        ("10:14", b, "申請書の連絡先欄が空欄でした"),
                        (
                            "10:20",
                            a,
                            f"長女の{dau.name()}さんの携帯 {dau.phone} です。住所は {p.address(with_city=False)} のままで可",
                        ),
                        ("10:21", b, "ありがとうございます。到着前に電話します"),
                    ],
                    "認定係",
                )
            ),
            note="a survey appointment: no care level or condition is stated",
        )
    )
    # level 2: 送付先変更届 受付一覧 (姓・名・セイ・メイ split)
    ps = ctx.people(r.randint(18, 24))
    rows = [
        ["受付日", "被保険者番号", "姓", "名", "セイ", "メイ", "送付先住所", "送付先氏名", "続柄", "電話"]
    ]
    for q in ps:
        f = ctx.family_of(q, r.choice(["長男", "長女", "次女"]))
        rows.append([ymd(_fy_date(ctx, dt.date(2024, 4, 1), 180)), q.hihoban, q.sei, q.mei,
                     katakana(q.sei_kana), katakana(q.mei_kana), f.address(), f.name(), "子", f.phone])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("送付先変更", rows, title="送付先変更届 受付一覧（令和6年度）", first_row=4),
                ]
            ),
        )
    )
    # level 2: returned 認定結果 mail (xls): names and addresses, no result
    rows = [["被保険者番号", "氏名", "住所", "発送日", "返戻日", "返戻理由"]]
    for q in ctx.people(r.randint(9, 14)):
        sent = _fy_date(ctx, dt.date(2024, 8, 1), 40)
        rows.append([q.hihoban, q.name(), q.address(), ymd(sent), ymd(sent + dt.timedelta(days=r.randint(4, 12))),
                     r.choice(["宛所に尋ねあたりません", "転居先不明", "受取人不在・保管期間経過"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("返戻", rows, title="認定結果通知 返戻一覧")]),
            note="returned 認定結果 letters listed without the result itself: 2",
        )
    )

    # level 3: 認定申請 受付一覧 printed over several pages (more than 100, previous care level)
    ps = ctx.people(r.randint(112, 134))
    rows2 = [[q.hihoban, q.name(), katakana(q.kana), wareki(q.birth, "short"), q.address(with_city=False)[:20],
              r.choice(["新規", "更新", "更新", "区分変更"]), r.choice([*CARE, "－"]),
              ymd(_fy_date(ctx, dt.date(2024, 10, 9), 20))] for q in ps]  # fmt: skip
    cols = [("被保険者番号", 30), ("氏名", 100), ("カナ氏名", 170), ("生年月日", 270), ("住所", 330),
            ("申請区分", 560), ("前回認定", 620), ("調査予定日", 690)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["address", "birth_date", "health", "name"], DocSpec(),
                    post=system_print("要介護認定 申請受付一覧", f"{ctx.city} 介護保険システム", cols, rows2,
                                      r.randint(28, 32), "受付日：令和6年9月1日～令和6年9月30日", ruled=True)))  # fmt: skip
    # level 3: 認定調査票 特記事項, the person named once at the top, the findings paragraphs later
    p = ctx.person()
    dz = r.choice(["アルツハイマー型認知症", "レビー小体型認知症", "血管性認知症"])
    d = _fy_date(ctx, dt.date(2024, 9, 5), 20)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(
                title="認定調査票（概況調査・特記事項）",
                paragraphs=[
                    f"調査対象者：{p.name()}（{wareki(p.birth)}生、{p.age()}歳）　調査実施場所：自宅（{p.address()}）",
                    f"調査日：{wareki(d)}　調査員：{ctx.staff()}（認定調査員）　立会者：長女",
                    "Ⅰ 現在受けているサービスの状況：通所介護 週2回。",
                    "Ⅱ 家族状況及び住宅環境：長女と二人暮らし。日中は独居。玄関に段差あり。",
                    "1-1 麻痺等の有無：左下肢に軽度の筋力低下がみられる。",
                    "1-7 歩行：屋内は伝い歩き。屋外は長女の見守りのもと歩行器を使用。",
                    "2-5 排尿：夜間に失禁があり、リハビリパンツを使用している。",
                    f"3-4 短期記憶：調査員の名前を5分後に想起できなかった。主治医から{dz}と診断されている。",
                    "4-12 ひどい物忘れ：鍋を火にかけたまま外出することが月に数回ある（長女より聴取）。",
                    "5-3 日常の意思決定：日常的な内容でも判断に見守りが必要。",
                ],
            ),
        )
    )
    # level 3: 第2号 申請書 whose My Number is only in the Word header, 特定疾病 in the body
    p = ctx.person((1962, 1982))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "birth_date", "health", "my_number", "name", "phone"],
            DocSpec(
                title="介護保険 要介護認定・要支援認定 申請書",
                header=f"番号 {grouped(mn)}",
                paragraphs=[f"{ctx.mayor} 様", f"申請日 {wareki(TODAY)}", "申請区分：新規（第2号被保険者）"],
                tables=[
                    [
                        ["フリガナ", katakana(p.kana)],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["性別", p.sex],
                        ["住所", p.address()],
                        ["電話番号", p.phone],
                        ["医療保険者名", "全国健康保険協会"],
                        [
                            "特定疾病名",
                            r.choice(
                                ["脳血管疾患（脳梗塞）", "初老期における認知症", "末期がん", "関節リウマチ"]
                            ),
                        ],
                        ["主治医", f"{ctx.clinic()}　{ctx.staff()} 医師"],
                    ]
                ],
            ),
            note="the My Number is in the page header labelled only 番号",
        )
    )
    # level 3: 認定結果 一覧 for the 地域包括 (cp932, more than 100)
    ps = ctx.people(r.randint(106, 124))
    rows = [
        ["被保険者番号", "氏名", "カナ", "生年月日", "要介護度", "認定有効期間(開始)", "認定有効期間(終了)"]
    ]
    for q in ps:
        st = _fy_date(ctx, dt.date(2024, 4, 1), 150)
        rows.append([q.hihoban, q.name(), katakana(q.kana), wareki(q.birth, "slash"), r.choice(CARE), ymd(st),
                     ymd(st + dt.timedelta(days=r.choice([364, 729, 1094])))])  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 3, ["birth_date", "health", "name"], DocSpec(sheets=[sheet("結果", rows)]))
    )
    # level 3: a one-person survey contact slip with the medical detail in a text box
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "health", "name", "phone"],
            DocSpec(
                title="認定調査 訪問連絡票",
                paragraphs=[
                    f"対象者：{_pp(p)}",
                    f"訪問先：{p.address()}",
                    f"連絡先：{p.phone}",
                    f"訪問予定：{ymd(_fy_date(ctx, dt.date(2024, 10, 10), 14))} 14:00",
                    "駐車場：なし（近隣のコインパーキング利用）",
                ],
                textboxes=[
                    r.choice(
                        [
                            "在宅酸素療法中のため室内火気厳禁。難聴あり、筆談で対応すること。",
                            "人工透析（月水金 午前）の日は不在。糖尿病性網膜症で視力低下あり。",
                        ]
                    )
                ],
            ),
        )
    )
    return docs


# --- 主治医意見書・認定審査会 --------------------------------------------------------------------------------
def shinsakai(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shinsakai"
    docs: list[Doc] = []
    # level 1: the published 委員名簿 (doctors and professionals in role)
    rows: list[list[str]] = [["合議体", "職", "氏名", "職種", "所属"]]
    for g in range(1, 5):
        for k in range(5):
            job = [
                "医師",
                "医師",
                "歯科医師",
                "薬剤師",
                "介護支援専門員",
                "社会福祉士",
                "理学療法士",
                "看護師",
            ][(g + k) % 8]
            org = ctx.clinic() if job == "医師" else f"{ctx.company()}"
            rows.append([f"第{g}合議体", "長" if k == 0 else "委員", ctx.staff(), job, org])
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}介護認定審査会 委員名簿（令和6年4月1日現在）",
                paragraphs=[
                    "任期：令和6年4月1日から令和8年3月31日まで",
                    "委員は、保健・医療・福祉に関する学識経験者から市長が任命する。",
                ],
                tables=[rows],
            ),
            note="published roster: committee members in their role with their institution",
        )
    )
    # level 1: 審査会 資料 with masked cases
    cases: list[str] = []
    for i, (label, age) in enumerate(
        [("Ａさん", "80歳代・女性"), ("Ｂさん", "70歳代・男性"), ("Ｃさん", "90歳代・女性")], 1
    ):
        cases += [f"事例{i}　{label}（{age}）　申請区分：{r.choice(['更新', '区分変更'])}　一次判定：{r.choice(CARE[2:])}",
                  f"特記事項：{r.choice(DISEASES)}の診断あり。夜間の徘徊が週2回程度。入浴は一部介助。",
                  "主治医意見書：認知症高齢者の日常生活自立度 IIb、障害高齢者の日常生活自立度 A2。"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title=f"第{r.randint(40, 60)}回 {ctx.city}介護認定審査会 第2合議体 資料",
                header="審査会資料（個人が特定される情報はマスキング済）",
                paragraphs=[
                    "被保険者番号・氏名・住所は 〇〇 〇〇 等に置き換えて配付する。",
                    *cases,
                    "申請者氏名：〇〇 〇〇　住所：〇〇町〇丁目",
                ],
            ),
            note="masked cases (Ａさん, 〇〇 〇〇): the conditions belong to no identifiable person",
        )
    )
    # level 1: 開催実績 by 合議体 and month, merged, with a hidden sheet
    head: list[Cell] = ["合議体", "4月", "5月", "6月", "7月", "8月", "9月", "計"]
    body: list[list[Cell]] = []
    for g in range(1, 5):
        vals = [r.randint(60, 140) for _ in range(6)]
        body.append([f"第{g}合議体", *vals, sum(vals)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "審査件数",
                        [["", "上半期", None, None, None, None, None, ""], head, *body],
                        title="介護認定審査会 審査件数（令和6年度上半期）",
                        first_row=3,
                    ),
                    sheet("報酬単価", [["区分", "日額"], ["会長", 22000], ["委員", 19500]], state="hidden"),
                ]
            ),
            post=merge_xlsx({"審査件数": ["B3:G3", "A3:A4"]}),
        )
    )
    # level 1: 意見書 記入の手引き (slides) with a sample patient
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="主治医意見書 記入の手引き（令和6年度 医師会研修）",
                paragraphs=[
                    "意見書は認定審査会の重要な資料です",
                    "診断名は生活機能低下の直接の原因となっているものを1に記載",
                    "特記すべき事項は具体的に",
                    f"記入例：患者氏名 {SAMPLE_NAMES[2]}（記入例）",
                    "作成料：在宅・新規 5,000円（税別）",
                    f"提出先：{ctx.office} 認定係",
                ],
                notes=["記入例の氏名はすべて架空。実在の患者の情報は使用しないこと。"],
            ),
        )
    )
    # level 1: 意見書料 支払 by 医療法人 with 法人番号 (xls)
    rows2: list[list[Cell]] = [["法人番号", "法人名", "医療機関", "代表者", "件数", "支払額"]]
    for c in ctx.companies(8):
        n = r.randint(8, 90)
        rows2.append([random_corporate_number(r), c, ctx.clinic(), f"理事長 {ctx.staff()}", n, n * 5500])
    docs.append(
        Doc(
            F,
            "xls",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet("支払実績", rows2, title="主治医意見書作成料 支払実績（令和6年8月分）"),
                ]
            ),
            note="法人番号 of medical corporations; 理事長 named in role",
        )
    )
    # level 1: the clinics (院長 in role) in ods
    rows3: list[list[Cell]] = [["医療機関名", "院長", "所在地", "電話", "意見書対応"]]
    for _ in range(10):
        rows3.append(
            [
                ctx.clinic(),
                ctx.staff(),
                ctx.biz_address(),
                ctx.tel(),
                r.choice(["可", "可（往診のみ）", "要予約"]),
            ]
        )
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("医療機関", rows3)]),
            note="院長 named in role next to the clinic's address and phone",
        )
    )

    # level 2: 意見書 作成依頼書 to a clinic (no diagnosis)
    p = ctx.person()
    doc_name = ctx.staff()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="主治医意見書 作成依頼書",
                paragraphs=[
                    f"{ctx.clinic()}　{doc_name} 先生",
                    f"{wareki(TODAY)}",
                    f"{ctx.office}",
                    "下記の方から要介護認定の申請があり、先生を主治医として記載されましたので、意見書の作成をお願いします。",
                    "提出期限：依頼日から2週間以内",
                ],
                tables=[
                    [
                        ["申請者氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["申請区分", r.choice(["更新", "新規"])],
                        ["被保険者番号", p.hihoban],
                    ]
                ],
            ),
            note="asks a clinic for an opinion but states no diagnosis, care level or condition: 2",
        )
    )
    # level 2: a committee member's own 報酬 振込依頼書 with home address (odt)
    m = ctx.person((1950, 1975))
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="介護認定審査会委員 報酬等振込依頼書",
                paragraphs=[f"{ctx.mayor} 様", "報酬及び費用弁償を下記口座に振り込んでください。"],
                tables=[
                    [
                        ["氏名", m.name()],
                        ["フリガナ", katakana(m.kana)],
                        ["自宅住所", f"〒{m.zip} {m.address()}"],
                        ["自宅電話", m.phone],
                        ["金融機関", f"{ctx.city[:-1]}{r.choice(BANKS)} 本店"],
                        ["口座番号", f"普通 {r.randint(1000000, 9999999)}"],
                    ]
                ],
            ),
            note="a committee member's own home address and account: a private capacity",
        )
    )
    # level 2: 資料 送付先 (members' homes), 姓 and 名 split
    rows4: list[list[Cell]] = [["合議体", "姓", "名", "送付先（自宅）", "電話", "送付方法"]]
    for g in range(1, 4):
        for q in ctx.people(4, (1950, 1980)):
            rows4.append([f"第{g}", q.sei, q.mei, q.address(), q.phone, r.choice(["簡易書留", "特定記録"])])
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("送付先", rows4, title="審査会資料 送付先一覧（委員自宅）", first_row=3),
                ]
            ),
            note="committee members at their home addresses: a private capacity",
        )
    )
    # level 2: LINE WORKS chasing a late 意見書; the reply gives the family's phone
    p = ctx.person()
    son = ctx.family_of(p, "長男")
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("09:31", a, f"{p.name()}さんの意見書、依頼から3週間経ってもまだ届いていません"),
                        ("09:35", b, "医院に確認したら、本人がまだ受診していないそうです"),
                        (
                            "09:40",
                            a,
                            f"ご家族に受診をお願いしましょう。申請書の連絡先は長男の{son.name()}さん {son.phone}",
                        ),
                        ("09:41", b, "午後に連絡します"),
                    ],
                    "認定係 意見書",
                )
            ),
            note="chasing an opinion: no diagnosis or condition stated",
        )
    )

    # level 3: a returned 主治医意見書 on a spaced-digit canvas PDF
    p = ctx.person()
    ctx.urban(p)
    dz = [r.choice(DISEASES), r.choice(["高血圧症", "骨粗鬆症", "慢性腎臓病", "2型糖尿病"])]
    lines = [
        "^主治医意見書",
        f">記入日 {wareki(TODAY - dt.timedelta(days=r.randint(3, 12)), 'spaced')}",
        f"申請者 {p.name()}（{katakana(p.kana)}）  {wareki(p.birth)}生（{p.age()}歳） {p.sex}",
        f"住所 {p.address()}",
        f"医療機関 {ctx.clinic()}  医師氏名 {ctx.staff()}",
        "1. 傷病に関する意見",
        f"(1) 診断名  1. {dz[0]}  発症年月日 {wareki(dt.date(2021, r.randint(1, 12), 1), 'spaced')}頃",
        f"             2. {dz[1]}",
        "(2) 症状としての安定性  不安定",
        "2. 特別な医療  なし",
        "3. 心身の状態に関する意見",
        "  障害高齢者の日常生活自立度  B1    認知症高齢者の日常生活自立度  IIIa",
        "  短期記憶  問題あり   周辺症状  昼夜逆転、暴言",
        "4. 生活機能とサービスに関する意見",
        "  移動  車いすを自分で操作   栄養  良好",
        "5. 特記すべき事項",
        "  夜間の不穏が強く、家族の介護負担が大きい。短期入所の利用が望ましい。",
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(),
            post=letter_pdf(_spaced(lines)),
        )
    )
    # level 3: Slack: the reply states a named applicant's diagnosis
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    dz1 = r.choice(["統合失調症", "うつ病", "パーキンソン病", "筋萎縮性側索硬化症"])
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        (
                            "13:10",
                            a,
                            f"次回の第3合議体に{p.name()}さんの区分変更が上がっています。資料はこれで確定ですか",
                        ),
                        (
                            "13:18",
                            b,
                            f"意見書が差し替えになりました。診断名は{dz1}が1番目です。特記に服薬拒否ありと追記されています",
                        ),
                        ("13:20", a, "了解です。差し替え版で印刷します"),
                    ],
                    "認定審査会-事務局",
                )
            ),
            note="the reply states a named applicant's diagnosis",
        )
    )
    # level 3: 審査判定結果 一覧 (dashed print, more than 100)
    ps = ctx.people(r.randint(110, 128))
    rows5 = []
    for q in ps:
        one = r.choice(CARE)
        rows5.append([q.hihoban, q.name(), katakana(q.kana), wareki(q.birth, "abbr"), one,
                      r.choice([one, one, r.choice(CARE)]), r.choice(["12月", "24月", "36月", "48月"])])  # fmt: skip
    cols = [("被保険者番号", 30), ("氏名", 110), ("カナ氏名", 190), ("生年月日", 300), ("一次判定", 400),
            ("二次判定", 480), ("有効期間", 560)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["birth_date", "health", "name"], DocSpec(),
                    post=system_print("介護認定審査会 審査判定結果一覧", f"{ctx.city} 介護認定支援システム", cols,
                                      rows5, r.randint(30, 34), f"審査会開催日：{ymd(TODAY)}")))  # fmt: skip
    # level 3: one-person 意見書 抜粋 with 特別な医療 in a text box
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["birth_date", "health", "name"],
            DocSpec(
                title="主治医意見書 写し（審査会事務局 確認用）",
                paragraphs=[
                    f"申請者：{p.name()}　生年月日：{wareki(p.birth, 'abbr')}",
                    f"被保険者番号：{p.hihoban}",
                    "意見書の記載内容に不備がないか確認のこと。",
                ],
                textboxes=[
                    r.choice(
                        [
                            "特別な医療：胃ろう（令和5年造設）、褥瘡の処置（仙骨部）",
                            "特別な医療：インスリン注射、喀痰吸引。右大腿切断後。",
                        ]
                    )
                ],
            ),
        )
    )
    return docs


# --- 住宅改修・福祉用具 ----------------------------------------------------------------------------------------
def kaishu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kaishu"
    docs: list[Doc] = []
    # level 1: the guide
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="介護保険 住宅改修費・特定福祉用具購入費の支給について",
                paragraphs=[
                    "住宅改修：手すりの取付け、段差の解消、滑りの防止のための床材の変更、引き戸等への扉の取替え、洋式便器等への便器の取替え。",
                    "支給限度基準額は20万円で、その7割から9割が支給されます。工事の前に事前申請が必要です。",
                    "事前申請に必要な書類：支給申請書、住宅改修が必要な理由書、工事費見積書、改修前の写真、（賃貸の場合）所有者の承諾書。",
                    "特定福祉用具：腰掛便座、自動排泄処理装置の交換可能部品、入浴補助用具、簡易浴槽、移動用リフトのつり具の部分、排泄予測支援機器。",
                    f"問合せ先　{ctx.office}　給付係　電話 {ctx.office_phone(2)}",
                ],
            ),
        )
    )
    # level 1: 理由書 記入例 (sample person, sample condition)
    s = r.choice(SAMPLE_NAMES[3:])
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="住宅改修が必要な理由書（記入例）",
                header="記入例",
                paragraphs=[
                    f"被保険者氏名：{s}（記入例）　要介護度：要介護○",
                    "住所：○○市○○町○丁目○番○号",
                    "（例）心身の状況：右片麻痺があり、浴槽をまたぐ際にふらつきがある。",
                    "（例）改修の目的：浴室に縦手すりを設置し、立ち座りを安定させる。",
                    "作成者：○○居宅介護支援事業所　介護支援専門員 ○○ ○○",
                ],
            ),
            note="記入例: sample name and sample condition",
        )
    )
    # level 1: 受領委任払 登録事業者 with 法人番号 (csv)
    rows: list[list[Cell]] = [["登録番号", "法人番号", "事業者名", "代表者", "所在地", "電話", "登録日"]]
    for i, c in enumerate(ctx.companies(10), 1):
        rows.append([f"R{i:03d}", random_corporate_number(r), c, f"代表取締役 {ctx.staff()}", ctx.biz_address(),
                     ctx.tel(), ymd(dt.date(r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("登録事業者", rows)]),
            note="companies with 法人番号 and 代表者 in role; 登録日 are not birth dates",
        )
    )
    # level 1: 福祉用具 種目別 件数, merged, with a hidden price sheet
    items = ["腰掛便座", "入浴補助用具", "簡易浴槽", "移動用リフトつり具", "排泄予測支援機器"]
    body: list[list[Cell]] = [
        ["", "件数", None, "支給額（円）", None],
        ["種目", "R5", "R6上半期", "R5", "R6上半期"],
    ]
    for it in items:
        n1, n2 = r.randint(30, 400), r.randint(15, 220)
        body.append([it, n1, n2, n1 * r.randint(20, 40) * 1000, n2 * r.randint(20, 40) * 1000])
    price: list[list[Cell]] = [["種目", "平均単価"]]
    for it in items:
        price.append([it, r.randint(15, 60) * 1000])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("種目別", body, title="特定福祉用具購入費 種目別支給状況", first_row=3),
                    sheet(
                        "単価",
                        price,
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"種目別": ["B3:C3", "D3:E3", "A3:A4"]}),
        )
    )
    # level 1: contractors' training slides with Ｂ様邸
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="住宅改修 施工事業者向け説明会",
                paragraphs=[
                    "事前申請前の着工は支給対象外です",
                    "改修前写真は日付入りで撮影",
                    "事例：Ｂ様邸 浴室手すり設置（工事費 86,000円）",
                    "事例：Ｃ様邸 玄関スロープ（工事費 174,000円）",
                    "完了後は領収書・写真・工事内訳書を提出",
                    f"{ctx.office} 給付係",
                ],
                notes=["事例の個人宅は匿名化している。"],
            ),
            note="anonymised Ｂ様邸 and Ｃ様邸",
        )
    )
    # level 1: payment log with 12-digit 伝票番号 failing the check digit (cp932 text)
    lines = [f"{ctx.city} 財務会計システム 支出命令 処理ログ", f"処理日 {ymd(TODAY)}", ""]
    for c in ctx.companies(12):
        no = fail_check(random_my_number(r), r.randint(1, 9))
        lines.append(
            f"伝票番号 {no}  {c}  住宅改修費（受領委任）  {yen(r.randint(40, 180) * 1000)}円  処理済"
        )
    docs.append(
        Doc(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(paragraphs=lines),
            note="payments to companies; the 12-digit 伝票番号 are look-alikes failing the check digit",
        )
    )

    # level 2: a private landlord's 承諾書 (owner and tenant), no condition stated
    owner, tenant = ctx.person((1940, 1970)), ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="住宅改修の承諾書",
                paragraphs=[
                    f"{ctx.mayor} 様",
                    f"{wareki(TODAY)}",
                    f"私は、下記の住宅の所有者として、{tenant.name()} 様が同住宅について次の改修を行うことを承諾します。",
                    f"住宅の所在地：{tenant.address()}",
                    "改修の内容：玄関及び廊下への手すりの設置",
                    f"所有者 住所：{owner.address()}",
                    f"所有者 氏名：{owner.name()}　印",
                    f"電話：{owner.phone}",
                ],
            ),
            note="a private landlord consents to works; no care level or condition is stated",
        )
    )
    # level 2: 振込先口座 変更届 (odt)
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="介護保険給付 振込先口座変更届",
                paragraphs=[f"{ctx.mayor} 様", "償還払いの振込先を次のとおり変更します。"],
                tables=[
                    [
                        ["被保険者番号", p.hihoban],
                        ["氏名", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["新しい口座", f"{r.choice(BANKS)} 普通 {r.randint(1000000, 9999999)}"],
                        ["口座名義", katakana(p.kana)],
                    ]
                ],
            ),
        )
    )
    # level 2: a contractor's mail with a quoted message giving the resident's address and phone
    p = ctx.person()
    co, who = ctx.company(), ctx.staff()
    clerk = ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{who}（{co} 工事課）",
                    f"{clerk}（{ctx.office}）",
                    "RE: 完了確認の日程について",
                    f"{ymd(TODAY)} 11:20",
                    [
                        f"{clerk} 様",
                        "お世話になっております。",
                        "完了確認は来週火曜の午前でお施主様の了承をいただきました。",
                        "よろしくお願いいたします。",
                    ],
                    [
                        (
                            f"{clerk}",
                            f"{ymd(TODAY - dt.timedelta(days=2))} 16:05",
                            "完了確認の日程について",
                            [
                                f"{who} 様",
                                f"{p.name()} 様邸の手すり工事の完了確認に伺いたく、日程調整をお願いします。",
                                f"現地：{p.address()}",
                                f"ご本人連絡先：{p.phone}",
                            ],
                        )
                    ],
                )
            ),
            note="a contractor (in role) and a resident's address and phone; no condition stated",
        )
    )
    # level 2: a spaced-digit notice of the completion visit
    p = ctx.person()
    ctx.urban(p)
    d = _fy_date(ctx, dt.date(2024, 10, 15), 14)
    lines2 = [
        f">{ctx.city[:-1]}介第{r.randint(100, 999)}号",
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        f"{p.address()}",
        f"{p.name()} 様",
        f">{ctx.mayor}",
        "^住宅改修 完了確認のための訪問について",
        "先日ご提出いただいた住宅改修の完了届について、現地の確認に伺います。",
        f"日時  {wareki(d, 'spaced')} 午前 10 時頃",
        "ご都合が悪い場合は下記までご連絡ください。",
        f"担当  {ctx.office} 給付係  電話 {ctx.office_phone(2)}",
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(_spaced(lines2)),
            note="a visit notice naming the resident at home; no care level or condition stated",
        )
    )

    # level 3: 住宅改修 理由書, named once, the condition paragraphs later
    p = ctx.person()
    cm, office = ctx.staff(), f"{ctx.company()} 居宅介護支援事業所"
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="住宅改修が必要な理由書",
                paragraphs=[
                    f"被保険者：{p.name()} 様　住所：{p.address()}",
                    f"作成者：{office}　介護支援専門員 {cm}",
                    "1 利用者の身体状況",
                    "住宅は築40年の木造二階建てで、浴室は在来工法。玄関上がり框の段差は約25cm。",
                    "本人は一階の和室を寝室としており、日中はほとんど居間で過ごしている。",
                    f"令和6年{r.randint(2, 7)}月に自宅で転倒し{r.choice(['右大腿骨頸部骨折', '左大腿骨転子部骨折'])}で入院、人工骨頭置換術を受けた。"
                    f"{r.choice(CARE[2:5])}の認定を受け、現在は杖歩行。",
                    "2 改修の内容：浴室に縦手すり、トイレにL字手すり、玄関に式台と手すりを設置する。",
                ],
            ),
        )
    )
    # level 3: 住宅改修費 支給台帳 printed (ruled, more than 100)
    ps = ctx.people(r.randint(104, 122))
    works = ["手すり取付", "段差解消", "床材変更", "扉取替", "便器取替"]
    rows2 = [[q.hihoban, q.name(), q.address(with_city=False)[:18], r.choice(CARE), "・".join(r.sample(works, r.randint(1, 2))),
              yen(r.randint(20, 200) * 900)] for q in ps]  # fmt: skip
    cols = [
        ("被保険者番号", 30),
        ("氏名", 100),
        ("住所", 170),
        ("要介護度", 370),
        ("改修内容", 440),
        ("支給額", 600),
    ]
    docs.append(Doc(F, "pdf", 3, ["address", "health", "name"], DocSpec(),
                    post=system_print("住宅改修費 支給台帳", f"{ctx.city} 介護保険給付システム", cols, rows2,
                                      r.randint(30, 34), "支給決定日：令和6年4月1日～9月30日", ruled=True)))  # fmt: skip
    # level 3: 福祉用具 購入費 台帳 whose My Numbers are on a hidden sheet headed only 番号
    ps = ctx.people(r.randint(10, 14))
    vis: list[list[Cell]] = [["受付No", "姓", "名", "セイ", "メイ", "住所", "品目", "購入額"]]
    hid: list[list[Cell]] = [["受付No", "氏名", "番号"]]
    for i, q in enumerate(ps, 1):
        vis.append([i, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), r.choice(items),
                    r.randint(12, 90) * 1000])  # fmt: skip
        hid.append([i, q.name(), random_my_number(r)])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("台帳", vis, title="特定福祉用具購入費 支給台帳（令和6年9月）", first_row=3),
                    sheet("番号", hid, state="hidden"),
                ]
            ),
            note="My Numbers on a hidden sheet headed only 番号",
        )
    )
    # level 3: Teams: the reply states a named resident's fracture and admission
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "14:02",
                            a,
                            f"{p.name()}さんの住宅改修、事前申請が出ているのに着工の連絡がありません",
                        ),
                        (
                            "14:05",
                            b,
                            f"ケアマネさんから聞きました。先週{r.choice(['圧迫骨折', '大腿骨骨折', '脳梗塞の再発'])}で入院されたそうです",
                        ),
                        ("14:07", b, "退院の目途が立つまで工事は保留とのことです"),
                        ("14:08", a, "わかりました。申請は保留扱いにしておきます"),
                    ],
                    "給付係",
                )
            ),
            note="the reply states a named resident's admission and its cause",
        )
    )
    return docs


# --- 高額介護サービス費・負担限度額認定 ----------------------------------------------------------------------
def kogaku(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kogaku"
    docs: list[Doc] = []
    # level 1: the 負担限度額 guide with the savings thresholds
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="介護保険負担限度額認定（食費・居住費の軽減）のご案内",
                paragraphs=[
                    "介護保険施設や短期入所を利用する方で、世帯全員が住民税非課税の方は、申請により食費・居住費の負担が軽減されます。",
                    "預貯金等の基準：第1段階 1,000万円以下（夫婦 2,000万円以下）、第2段階 650万円以下（夫婦 1,650万円以下）、"
                    "第3段階① 550万円以下、第3段階② 500万円以下。",
                    "申請には、本人及び配偶者の通帳の写し（最終残高が確認できるもの）が必要です。",
                    "有効期間は8月1日から翌年7月31日までです。毎年申請が必要です。",
                    f"問合せ先　{ctx.office}　給付係　電話 {ctx.office_phone(2)}",
                ],
            ),
        )
    )
    # level 1: 高額 支給 aggregates (ods)
    rows: list[list[Cell]] = [["月", "支給件数", "支給額（円）", "うち世帯合算", "平均支給額"]]
    for m in range(4, 10):
        n = r.randint(900, 2400)
        amt = n * r.randint(9000, 16000)
        rows.append([f"令和6年{m}月", n, amt, r.randint(100, 400), amt // n])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("月別", rows), sheet("注記", [["集計元", "給付実績"], ["単位", "円"]])]),
        )
    )
    # level 1: 申請書 記入例 (sample name, sample account), merged title and a hidden sheet
    s = r.choice(SAMPLE_NAMES[3:])
    form: list[list[Cell]] = [["項目", "記入例"], ["被保険者氏名", f"{s}（記入例）"], ["住所", f"{ctx.city}○○町1丁目1番1号"],
                              ["振込口座", "○○銀行 ○○支店 普通 1234567"], ["預貯金額", "○○○万円"],
                              ["配偶者氏名", "記入例の場合は省略"]]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("記入例", form, title="介護保険負担限度額認定申請書 記入例"),
                    sheet(
                        "リスト",
                        [["段階"], ["第1段階"], ["第2段階"], ["第3段階①"], ["第3段階②"]],
                        state="hidden",
                    ),
                ]
            ),
            note="記入例 with a sample name and account",
        )
    )
    # level 1: 所得段階 別 上限 表 (docx)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="高額介護サービス費の負担上限額（令和6年8月～）",
                paragraphs=[
                    "1か月の利用者負担の合計が上限額を超えたときは、申請により超えた分が払い戻されます。",
                    "初回に申請すれば、2回目以降は登録口座に自動的に振り込まれます。",
                ],
                tables=[
                    [
                        ["区分", "負担の上限額（月額）"],
                        ["課税所得690万円以上", "140,100円（世帯）"],
                        ["課税所得380万円～690万円未満", "93,000円（世帯）"],
                        ["市町村民税課税～課税所得380万円未満", "44,400円（世帯）"],
                        ["世帯全員が市町村民税非課税", "24,600円（世帯）"],
                        ["生活保護受給者等", "15,000円（個人）"],
                    ]
                ],
            ),
        )
    )
    # level 1: staff mail about a form change (no resident)
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    f"{a}（{ctx.office}）",
                    f"{b}（{ctx.office}）",
                    "RE: 負担限度額 更新案内の帳票修正",
                    f"{ymd(TODAY)} 09:12",
                    [
                        f"{b} さん",
                        "修正版を共有フォルダに置きました。預貯金の基準額の欄を第3段階①②に分けています。",
                        a,
                    ],
                    [
                        (
                            b,
                            f"{ymd(TODAY - dt.timedelta(days=1))} 17:40",
                            "負担限度額 更新案内の帳票修正",
                            [
                                "来年度の更新案内、段階の表記が古いままです。",
                                "システム業者への依頼は今月末締めです。",
                            ],
                        )
                    ],
                )
            ),
            note="no resident: staff discussing a form layout",
        )
    )

    # level 2: 負担限度額 申請書 with savings (no condition)
    p = ctx.person()
    sp = ctx.person(sex="女" if p.sex == "男" else "男")
    sp.sei, sp.sei_kana, sp.area, sp.lot = p.sei, p.sei_kana, p.area, p.lot
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "income", "name"],
            DocSpec(
                title="介護保険負担限度額認定申請書",
                paragraphs=[f"{ctx.mayor} 様", f"申請日 {wareki(TODAY)}"],
                tables=[
                    [
                        ["被保険者番号", p.hihoban],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["配偶者氏名", sp.name()],
                        ["配偶者生年月日", wareki(sp.birth)],
                        ["収入等に関する申告", "年金収入等 80万円超 120万円以下"],
                        ["預貯金等（本人）", f"{yen(r.randint(50, 600) * 10000)}円"],
                        ["預貯金等（配偶者）", f"{yen(r.randint(10, 300) * 10000)}円"],
                    ]
                ],
            ),
            note="savings and income with no care level or condition: 2",
        )
    )
    # level 2: 世帯 課税状況 照会 list starting in column Z
    rows2: list[list[Cell]] = [["被保険者番号", "氏名", "住所", "世帯課税区分", "合計所得金額", "年金収入額"]]
    for q in ctx.people(r.randint(15, 20)):
        rows2.append([q.hihoban, q.name(), q.address(), r.choice(["非課税", "非課税", "課税"]),
                      r.randint(0, 180) * 1000, r.randint(40, 200) * 10000])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "income", "name"],
            DocSpec(
                sheets=[
                    sheet("照会結果", far_right(rows2, 25), first_row=7),
                ]
            ),
            note="incomes of named residents, no condition: 2",
        )
    )
    # level 2: a spaced-digit 支給決定通知書
    p = ctx.person()
    ctx.urban(p)
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        f"{p.address()}",
        f"{p.name()} 様",
        f">{ctx.mayor}",
        "^高額介護サービス費 支給決定通知書",
        "あなたから申請のあった高額介護サービス費について、次のとおり支給することに決定しました。",
        f"被保険者番号  {p.hihoban}",
        "対象サービス提供月  令和 6 年 7 月",
        f"支給額  {yen(r.randint(3, 60) * 1000)} 円",
        f"振込予定日  {wareki(TODAY + dt.timedelta(days=20), 'spaced')}",
        f"担当  {ctx.office} 給付係  電話 {ctx.office_phone(2)}",
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(_spaced(lines)),
            note="a payment notice: no care level, service or condition is stated",
        )
    )
    # level 2: 口座 登録 一覧 (xls)
    rows3: list[list[Cell]] = [["被保険者番号", "氏名", "カナ", "電話番号", "金融機関", "口座番号"]]
    for q in ctx.people(r.randint(9, 13)):
        rows3.append(
            [
                q.hihoban,
                q.name(),
                katakana(q.kana),
                q.phone,
                r.choice(BANKS),
                f"普通 {r.randint(1000000, 9999999)}",
            ]
        )
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("口座登録", rows3, title="高額介護サービス費 口座登録")]),
        )
    )

    # level 3: 高額 支給 一覧 in csv (more than 100, with incomes)
    rows4: list[list[Cell]] = [["被保険者番号", "氏名", "生年月日", "住所", "所得区分", "支給額"]]
    for q in ctx.people(r.randint(104, 120)):
        rows4.append([q.hihoban, q.name(), q.birth.strftime("%Y/%m/%d"), q.address(),
                      r.choice(["非課税", "非課税(年金80万以下)", "一般", "現役並み"]), r.randint(2, 80) * 1000])  # fmt: skip
    docs.append(
        Doc(F, "csv", 3, ["address", "birth_date", "income", "name"], DocSpec(sheets=[sheet("支給", rows4)]))
    )
    # level 3: 負担限度額 申請 whose My Number is only in the footer as ○○さんの番号
    p = ctx.person()
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "birth_date", "income", "my_number", "name"],
            DocSpec(
                title="負担限度額認定 申請受付 控え",
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
                paragraphs=[
                    f"受付日 {wareki(TODAY)}　受付者 {ctx.staff()}",
                    f"申請者 {p.name()}（{wareki(p.birth, 'short')}生）",
                    f"住所 {p.address()}",
                    f"預貯金等 合計 {yen(r.randint(80, 640) * 10000)}円（通帳写し添付）",
                    "本人確認：運転経歴証明書",
                ],
            ),
            note="the My Number is only in the footer as 「○○さんの番号」",
        )
    )
    # level 3: 負担限度額 認定台帳 printed (more than 100, savings)
    ps = ctx.people(r.randint(106, 126))
    rows5 = [[q.hihoban, q.name(), wareki(q.birth, "short"), q.address(with_city=False)[:18],
              r.choice(["第1段階", "第2段階", "第3段階①", "第3段階②"]), yen(r.randint(10, 640) * 10000)] for q in ps]  # fmt: skip
    cols = [
        ("被保険者番号", 30),
        ("氏名", 100),
        ("生年月日", 180),
        ("住所", 250),
        ("認定段階", 450),
        ("預貯金等", 530),
    ]
    docs.append(Doc(F, "pdf", 3, ["address", "birth_date", "income", "name"], DocSpec(),
                    post=system_print("介護保険負担限度額 認定台帳", f"{ctx.city} 介護保険システム", cols, rows5,
                                      r.randint(29, 33), "有効期間：令和6年8月1日～令和7年7月31日")))  # fmt: skip
    # level 3: a facility's mail quoted: a named resident's care level and tube feeding
    p = ctx.person()
    so, fac = ctx.staff(), f"特別養護老人ホーム {r.choice(['ゆうあい荘', 'やまびこの里', '光寿苑'])}"
    clerk = ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=mail(
                    f"{clerk}（{ctx.office}）",
                    f"{so}（{fac} 生活相談員）",
                    "RE: 負担限度額の申請について",
                    f"{ymd(TODAY)} 15:33",
                    [
                        f"{so} 様",
                        "申請書を受領しました。通帳写しの最終ページが不足していますので追加をお願いします。",
                        clerk,
                    ],
                    [
                        (
                            so,
                            f"{ymd(TODAY - dt.timedelta(days=3))} 10:02",
                            "負担限度額の申請について",
                            [
                                f"入所者の{p.name()}様の申請書を郵送しました。",
                                f"ご本人は{r.choice(['要介護4', '要介護5'])}で胃ろうのため、ご家族が代筆しています。",
                            ],
                        )
                    ],
                )
            ),
            note="a facility's counsellor (in role) states a named resident's care level and tube feeding",
        )
    )
    return docs


# --- 介護保険料 (普通徴収・滞納・給付制限・減免) -----------------------------------------------------------------
def hokenryo(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "hokenryo"
    docs: list[Doc] = []
    # level 1: 第9期 保険料 段階表
    base = r.randint(60, 75) * 1000
    rates = [0.285, 0.485, 0.685, 0.9, 1.0, 1.2, 1.3, 1.5, 1.7, 1.9, 2.1, 2.3, 2.4]
    table: list[list[str]] = [["段階", "対象者", "基準額に対する割合", "年額"]]
    for i, rate in enumerate(rates, 1):
        table.append(
            [
                f"第{i}段階",
                "本人・世帯の課税状況及び所得による",
                f"{rate:.3f}",
                f"{yen(int(base * rate) // 100 * 100)}円",
            ]
        )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"第9期（令和6～8年度）{ctx.city} 介護保険料",
                paragraphs=[
                    f"基準額（第5段階）年額 {yen(base)}円",
                    "保険料は原則として年金から差し引かれます（特別徴収）。",
                ],
                tables=[table],
            ),
        )
    )
    # level 1: 収納率 推移, merged, with a hidden sheet
    head: list[Cell] = ["年度", "調定額", "収納額", "収納率", "調定額", "収納額", "収納率"]
    body: list[list[Cell]] = []
    for y in range(2019, 2024):
        c1, c2 = r.randint(40, 60) * 10**8, r.randint(2, 5) * 10**7
        body.append([f"{y}年度", c1, int(c1 * 0.993), "99.3%", c2, int(c2 * 0.21), "21.0%"])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "収納率",
                        [["", "現年度分", None, None, "滞納繰越分", None, None], head, *body],
                        title="介護保険料 収納状況の推移",
                        first_row=3,
                    ),
                    sheet(
                        "内訳",
                        [
                            ["区分", "特別徴収", "普通徴収"],
                            ["人数", r.randint(20000, 40000), r.randint(2000, 5000)],
                        ],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"収納率": ["B3:D3", "E3:G3"]}),
        )
    )
    # level 1: 減免 取扱要綱 (odt)
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}介護保険料減免取扱要綱",
                paragraphs=[
                    "第1条 この要綱は、介護保険料の減免に関し必要な事項を定める。",
                    "第2条 市長は、災害により住宅等に著しい損害を受けた者に対し、保険料を減免することができる。",
                    "第3条 主たる生計維持者の収入が事業の休廃止等により前年の2分の1以下に減少した場合も同様とする。",
                    "第4条 減免を受けようとする者は、納期限の7日前までに申請書を提出しなければならない。",
                    "附則 この要綱は、令和6年4月1日から施行する。",
                ],
            ),
        )
    )
    # level 1: convenience-store receipts with 12-digit 収納番号 failing the check digit (cp932)
    lines = [
        "コンビニ収納 速報データ（介護保険料 普通徴収）",
        f"収納日 {ymd(TODAY - dt.timedelta(days=1))}",
        "",
    ]
    for _ in range(14):
        no = fail_check(random_my_number(r), r.randint(1, 9))
        lines.append(
            f"{no},{r.choice(['セブン', 'ローソン', 'ファミマ', 'ミニストップ'])},第{r.randint(1, 8)}期,{yen(r.randint(30, 140) * 100)}"
        )
    docs.append(
        Doc(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(paragraphs=lines),
            note="no names; the 12-digit 収納番号 are look-alikes failing the check digit",
        )
    )
    # level 1: the 滞納整理 policy, in general
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="介護保険料 滞納整理の方針（令和6年度）",
                paragraphs=[
                    "1 現状：普通徴収の滞納繰越分の収納率は20%前後で推移している。",
                    "2 督促・催告：納期限後20日以内に督促状を発送し、未納が続く場合は催告書を送付する。",
                    "3 給付制限：1年以上の滞納で支払方法変更（償還払い）、2年以上で給付額減額（給付率7割）となる。",
                    "4 分納相談：生活状況を聴取し、分納誓約により滞納の解消を図る。",
                    "5 差押：財産調査の結果、担税力がある者については滞納処分を行う。",
                ],
            ),
            note="talks about 滞納 and 給付制限 in general; no person",
        )
    )
    # level 1: the 保険料 briefing slides
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="介護保険料のしくみ（出前講座）",
                paragraphs=[
                    "65歳以上の方の保険料は市の介護サービス費用から算出",
                    f"基準額 年額 {yen(base)}円",
                    "年金が年18万円以上の方は特別徴収",
                    "納め忘れが続くと給付制限の対象になります",
                    "口座振替がおすすめです",
                    f"{ctx.office} 保険料係",
                ],
            ),
        )
    )

    # level 2: 減免 申請書 (income drop)
    p = ctx.person((1945, 1959))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "income", "name", "phone"],
            DocSpec(
                title="介護保険料減免申請書",
                paragraphs=[
                    f"{ctx.mayor} 様",
                    f"申請日 {wareki(TODAY)}",
                    "次のとおり介護保険料の減免を申請します。",
                ],
                tables=[
                    [
                        ["被保険者番号", p.hihoban],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["減免の理由", "営んでいた飲食店の廃業による収入の減少"],
                        ["前年の所得", f"{yen(r.randint(180, 400) * 10000)}円"],
                        ["本年の見込所得", f"{yen(r.randint(30, 90) * 10000)}円"],
                    ]
                ],
            ),
        )
    )
    # level 2: 口座振替 依頼 受付 starting in column AA, 姓・名 split
    rows: list[list[Cell]] = [["受付日", "姓", "名", "住所", "電話", "金融機関", "口座番号"]]
    for q in ctx.people(r.randint(16, 22)):
        rows.append([_fy_date(ctx, dt.date(2024, 4, 1), 180), q.sei, q.mei, q.address(), q.phone, r.choice(BANKS),
                     f"{r.randint(1000000, 9999999)}"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("口座振替", far_right(rows, 26), first_row=5, title="介護保険料 口座振替依頼 受付"),
                ]
            ),
        )
    )
    # level 2: a resident's own letter to 市長 様 about the amount, signed at the end (spaced digits)
    p = ctx.person()
    ctx.urban(p)
    lines2 = [
        f">{wareki(TODAY - dt.timedelta(days=r.randint(2, 9)), 'spaced')}",
        f"{ctx.mayor} 様",
        "^介護保険料について",
        "今年度から保険料が上がりましたが、年金は増えておらず、生活が苦しくなっています。",
        f"年額で {yen(r.randint(5, 20) * 1000)} 円も上がる理由を、分かりやすく説明していただきたいと思います。",
        "市の広報には基準額しか載っておらず、自分の段階がどうして決まったのか分かりません。",
        "お手数ですが、文書でご回答をお願いいたします。",
        "",
        f"住所 {p.address()}",
        f"氏名 {p.name()}",
        f"電話 {p.phone}",
    ]
    docs.append(Doc(F, "pdf", 2, ["address", "name", "phone"], DocSpec(), post=letter_pdf(_spaced(lines2))))
    # level 2: Slack: a 納付書 re-issue, the reply gives the address
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        (
                            "11:04",
                            a,
                            f"{p.name()}さんから納付書を失くしたので再発行してほしいと電話がありました",
                        ),
                        ("11:09", b, f"送付先は住登地の {p.address()} で良いですか"),
                        ("11:10", a, "はい、それでお願いします。第4期分です"),
                    ],
                    "保険料係",
                )
            ),
            note="a re-issue of a payment slip; nothing is owed past the deadline",
        )
    )
    # level 2: a spaced-digit letter: 特別徴収 → 普通徴収
    p = ctx.person()
    ctx.urban(p)
    lines3 = [
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        f"{p.address()}",
        f"{p.name()} 様",
        f">{ctx.mayor}",
        "^介護保険料の徴収方法の変更について（お知らせ）",
        "年金の受給状況の変更により、令和 6 年 10 月分から特別徴収（年金天引き）が停止されます。",
        "今後は同封の納付書により、金融機関またはコンビニエンスストアで納付してください。",
        f"問合せ先  {ctx.office} 保険料係  電話 {ctx.office_phone(3)}",
    ]
    docs.append(Doc(F, "pdf", 2, ["address", "name"], DocSpec(), post=letter_pdf(_spaced(lines3))))

    # level 3: 普通徴収 滞納者 一覧 (ruled print, more than 100)
    ps = ctx.people(r.randint(108, 130))
    rows2 = [[q.hihoban, q.name(), katakana(q.kana), q.address(with_city=False)[:18], q.phone,
              f"{r.randint(2, 30)}月", yen(r.randint(8, 150) * 1000)] for q in ps]  # fmt: skip
    cols = [("被保険者番号", 30), ("氏名", 100), ("カナ", 170), ("住所", 270), ("電話", 470), ("滞納月数", 570),
            ("滞納額", 640)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["address", "arrears", "name", "phone"], DocSpec(),
                    post=system_print("介護保険料 滞納者一覧", f"{ctx.city} 収納管理システム", cols, rows2,
                                      r.randint(28, 32), "抽出条件：普通徴収・滞納額 1円以上", ruled=True)))  # fmt: skip
    # level 3: a spaced-digit 給付額減額 予告 通知
    p = ctx.person()
    ctx.urban(p)
    lines4 = [
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        f"{p.address()}",
        f"{p.name()} 様",
        f">{ctx.mayor}",
        "^給付額減額等の措置に関する予告通知書",
        "あなたは、介護保険料を納期限から 2 年以上納付していない期間があるため、",
        "介護保険法第 69 条の規定により、保険給付の額が減額（給付率 7 割）となる場合があります。",
        f"未納期間  {wareki(dt.date(2021, 4, 1), 'spaced')} ～ {wareki(dt.date(2022, 3, 31), 'spaced')}",
        f"未納額  {yen(r.randint(40, 90) * 1000)} 円",
        "弁明がある場合は、この通知の到達日から 14 日以内に書面で提出してください。",
        f"担当  {ctx.office} 保険料係  電話 {ctx.office_phone(3)}",
    ]
    docs.append(Doc(F, "pdf", 3, ["address", "arrears", "name"], DocSpec(), post=letter_pdf(_spaced(lines4))))
    # level 3: 分納 相談 記録 whose My Number is only in a text box as 番号確認済
    p = ctx.person()
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "arrears", "my_number", "name"],
            DocSpec(
                title="納付相談記録",
                paragraphs=[
                    f"相談日 {wareki(TODAY)}　対応 {ctx.staff()}（保険料係）",
                    f"来庁者 {p.name()} 様（本人）",
                    f"住所 {p.address()}",
                    "相談内容：年金の一部が差し押さえられているため、一括での納付が難しいとのこと。",
                    f"滞納額 {yen(r.randint(30, 120) * 1000)}円（令和4年度～令和5年度分）。督促状・催告書は受領済。",
                    f"月 {yen(r.randint(3, 8) * 1000)}円の分納で誓約。次回納付期限は月末。",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}（通知カード）"],
            ),
            note="the My Number is only in a text box labelled 番号確認済",
        )
    )
    # level 3: a resident's own 分納誓約書 to 市長 様, signed at the end (odt)
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "odt",
            3,
            ["address", "arrears", "name", "phone"],
            DocSpec(
                title="分納誓約書",
                paragraphs=[
                    f"{ctx.mayor} 様",
                    f"私は、介護保険料の滞納額 {yen(r.randint(40, 160) * 1000)}円について、次のとおり分割して納付することを誓約します。",
                    f"毎月 {yen(r.randint(3, 10) * 1000)}円を、令和6年11月から各月末日までに納付します。",
                    "分納の履行を怠ったときは、残額を一括して納付します。",
                    f"{wareki(TODAY)}",
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"電話 {p.phone}",
                ],
            ),
        )
    )
    # level 3: Teams: the reply gives a named resident's months of arrears
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "15:20",
                            a,
                            f"給付係から照会です。{p.name()}さん、ショートステイの利用前に給付制限の有無を知りたいそうです",
                        ),
                        (
                            "15:26",
                            b,
                            f"確認しました。令和4年度分から{r.randint(13, 26)}か月分が未納で、督促も3回出ています",
                        ),
                        ("15:27", b, "支払方法変更の対象になります。差止めまではいっていません"),
                        ("15:30", a, "ありがとうございます。その旨伝えます"),
                    ],
                    "保険料係・給付係",
                )
            ),
            note="the reply states a named resident's unpaid months and reminders",
        )
    )
    return docs


# --- 事業所 指定・実地指導 --------------------------------------------------------------------------------------
def jigyosho(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "jigyosho"
    docs: list[Doc] = []
    # level 1: サービス事業所一覧 printed from the system (法人番号, 管理者 in role), several pages
    rows: list[list[str]] = []
    for _ in range(r.randint(70, 86)):
        kind, name = r.choice(COMPANIES)
        svc = r.choice(SERVICES)
        rows.append([ctx.jigyosho_no(), random_corporate_number(r), f"{kind}{name}"[:14],
                     f"{name}{svc[:4]}"[:12], svc[:8], ctx.staff(), ctx.biz_address()[len(ctx.city):][:16], ctx.tel()])  # fmt: skip
    cols = [("事業所番号", 30), ("法人番号", 95), ("法人名", 165), ("事業所名", 290), ("サービス", 390),
            ("管理者", 470), ("所在地", 540), ("電話", 700)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            ["corporate_number"],
            DocSpec(),
            post=system_print(
                "介護サービス事業所一覧（公表用）",
                f"{ctx.city} 介護保険システム",
                cols,
                rows,
                r.randint(26, 30),
                "基準日：令和6年10月1日",
            ),
            note="a published list: 管理者 named in role with the 事業所's address and phone; 法人番号 valid",
        )
    )
    # level 1: the 指定申請 guide
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="地域密着型サービス事業所 指定申請の手引き",
                paragraphs=[
                    "指定を受けようとする月の前々月末日までに、事前協議書を提出してください。",
                    "申請書類：指定申請書、付表、従業者の勤務の体制及び勤務形態一覧表、管理者の経歴書、平面図、運営規程。",
                    "管理者の経歴書には、資格及び職歴を記載してください（個人情報の取扱いに注意してください）。",
                    f"提出先：{ctx.office} 事業者指導係　電話 {ctx.office_phone(4)}",
                ],
            ),
        )
    )
    # level 1: 実地指導 結果の公表 (管理者 in role)
    tab: list[list[str]] = [["事業所名", "サービス", "管理者", "指導日", "主な指摘事項"]]
    for c in ctx.companies(6):
        tab.append([c, r.choice(SERVICES), ctx.staff(), ymd(_fy_date(ctx, dt.date(2024, 5, 1), 120)),
                    r.choice(["運営規程と重要事項説明書の不一致", "身体拘束適正化委員会の未開催", "勤務表の記載漏れ", "指摘なし"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年度 運営指導（実地指導）の実施結果",
                paragraphs=["介護保険法第23条及び第24条に基づき実施した運営指導の結果を公表します。"],
                tables=[tab],
            ),
            note="管理者 named in role; 指導日 are events",
        )
    )
    # level 1: 集団指導 slides
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="令和6年度 介護サービス事業者 集団指導",
                paragraphs=[
                    "業務継続計画（BCP）の策定は義務化されました",
                    "高齢者虐待防止措置未実施減算",
                    "事故報告は5日以内に第一報",
                    "身体拘束の三要件：切迫性・非代替性・一時性",
                    "利用者の個人情報の持出しは禁止",
                    f"{ctx.office} 事業者指導係",
                ],
            ),
        )
    )
    # level 1: 指定更新 予定 (ods) with 法人番号 and 指定日
    rows2: list[list[Cell]] = [["事業所番号", "法人番号", "法人名", "サービス", "指定日", "有効期間満了日"]]
    for _ in range(12):
        kind, name = r.choice(COMPANIES)
        d = dt.date(r.randint(2013, 2019), r.randint(1, 12), 1)
        rows2.append([ctx.jigyosho_no(), random_corporate_number(r), f"{kind}{name}", r.choice(SERVICES), d,
                      dt.date(d.year + 6, d.month, 1) - dt.timedelta(days=1)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("更新予定", rows2)]),
            note="指定日 and 満了日 are not birth dates; 法人番号 valid",
        )
    )
    # level 1: Teams with a 管理者 about the inspection date
    a, m = ctx.staff(), ctx.staff()
    co = ctx.company()
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("13:30", a, f"{co} の管理者 {m} さんと運営指導の日程を調整しました"),
                        ("13:32", ctx.staff(), "11月12日（火）13時30分からで確定ですか"),
                        ("13:35", a, "はい。事前提出資料は勤務表と研修記録、事故報告の綴りです"),
                        ("13:36", ctx.staff(), "了解です。公用車を予約します"),
                    ],
                    "事業者指導係",
                )
            ),
            note="no resident: a 管理者 named in role",
        )
    )

    # level 2: the 管理者's own 経歴書 with home address and birth date
    m2 = ctx.person((1965, 1990))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="管理者経歴書",
                paragraphs=[f"事業所名：{ctx.company()} {r.choice(SERVICES)}事業所"],
                tables=[
                    [
                        ["フリガナ", katakana(m2.kana)],
                        ["氏名", m2.name()],
                        ["生年月日", wareki(m2.birth)],
                        ["住所", m2.address()],
                        ["主な職歴", "平成22年4月 特別養護老人ホーム 介護職員／令和2年4月 生活相談員"],
                        ["資格", "介護福祉士（平成25年登録）、介護支援専門員"],
                    ]
                ],
            ),
            note="the 管理者's own 経歴書 with home address and birth date: a private capacity",
        )
    )
    # level 2: 苦情 受付 記録 (odt), a user's daughter complaining; no condition
    u = ctx.person()
    dau = ctx.family_of(u, "長女")
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="苦情・相談受付記録",
                paragraphs=[
                    f"受付日 {wareki(TODAY)}　受付者 {ctx.staff()}　方法 電話",
                    f"申出人 {dau.name()}（利用者の長女）　住所 {dau.address()}　電話 {dau.phone}",
                    f"対象事業所 {ctx.company()} 訪問介護事業所",
                    "内容：ヘルパーの訪問時刻が連絡なく遅れることが続いている。事業所に伝えても改善されない。",
                    "対応：事業所の管理者に事実確認を依頼し、結果を申出人に連絡することとした。",
                ],
            ),
        )
    )
    # level 2: Outlook: a family member's complaint quoted, with phone
    f2 = ctx.person((1955, 1975))
    clerk = ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{clerk}（{ctx.office}）",
                    f"{ctx.staff()}（{ctx.company()} 管理者）",
                    "FW: 通所介護の送迎について（ご意見）",
                    f"{ymd(TODAY)} 10:40",
                    [
                        "管理者 様",
                        "市民の方から以下のご意見がありました。事実関係をご確認のうえ、ご本人へ直接ご連絡をお願いします。",
                        clerk,
                    ],
                    [
                        (
                            f2.name(),
                            f"{ymd(TODAY - dt.timedelta(days=1))} 21:13",
                            "通所介護の送迎について",
                            [
                                "介護保険課 御中",
                                "母が利用している通所介護の送迎車が、狭い道で毎回近所の車を塞いでいます。",
                                f"{f2.name()}",
                                f"携帯 {f2.phone}",
                            ],
                        )
                    ],
                )
            ),
            note="a family member's complaint with their phone; no condition",
        )
    )
    # level 2: 登録ヘルパー 名簿 with home addresses (xls)
    rows3: list[list[Cell]] = [["No", "氏名", "住所", "電話", "資格", "雇用形態"]]
    for i, h in enumerate(ctx.people(r.randint(8, 12), (1960, 1995)), 1):
        rows3.append(
            [i, h.name(), h.address(), h.phone, r.choice(["介護福祉士", "初任者研修", "実務者研修"]), "登録"]
        )
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("ヘルパー", rows3, title="訪問介護員 名簿（運営指導 提出資料）")]),
            note="helpers at their home addresses: a private capacity",
        )
    )

    # level 3: 実地指導 記録 in prose, a user named once, the restraint and pressure sore later
    u = ctx.person()
    co, m = ctx.company(), ctx.staff()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="運営指導（実地指導）記録",
                paragraphs=[
                    f"事業所：{co} 認知症対応型共同生活介護　管理者：{m}",
                    f"指導日：{wareki(TODAY - dt.timedelta(days=r.randint(3, 10)))}　指導担当：{ctx.staff()}、{ctx.staff()}",
                    "1 人員基準：夜勤職員の配置は基準を満たしている。",
                    f"2 個別ケース確認：利用者 {u.name()} 様（{r.choice(['2', '3'])}号室）の記録を確認した。",
                    "3 運営基準：運営推進会議は2か月に1回開催されている。",
                    "4 身体拘束：上記利用者について、夜間にベッド柵4点を使用している記録があり、三要件の検討記録がない。",
                    f"5 同利用者は{r.choice(['仙骨部にⅡ度の褥瘡', '右踵部に褥瘡'])}があり、{r.choice(['アルツハイマー型認知症', 'レビー小体型認知症'])}"
                    "による夜間の不穏への対応として柵を使用していたとのこと。",
                    "6 指導事項：身体拘束適正化委員会を開催し、代替方法を検討すること。",
                ],
            ),
        )
    )
    # level 3: 事故報告書 (ods)
    u = ctx.person()
    rows4: list[list[Cell]] = [["項目", "内容"], ["事業所", f"{ctx.company()} 短期入所生活介護"],
                               ["利用者氏名", u.name()], ["生年月日", wareki(u.birth)], ["要介護度", r.choice(CARE[2:])],
                               ["事故発生日時", f"{ymd(TODAY - dt.timedelta(days=4))} 05:40"],
                               ["事故の概要", "居室からトイレへ移動中に転倒"],
                               ["受診・診断", f"{ctx.clinic()}受診、{r.choice(['右橈骨遠位端骨折', '左大腿骨頸部骨折', '頭部打撲・裂傷（3針縫合）'])}"],
                               ["家族への連絡", "当日 長男へ電話連絡済"]]  # fmt: skip
    docs.append(
        Doc(F, "ods", 3, ["birth_date", "health", "name"], DocSpec(sheets=[sheet("事故報告", rows4)]))
    )
    # level 3: 利用者一覧 from column AB, row 8 (more than 100, care levels)
    ps = ctx.people(r.randint(104, 118))
    rows5: list[list[Cell]] = [
        ["利用者ID", "姓", "名", "セイ", "メイ", "生年月日", "住所", "要介護度", "利用開始日"]
    ]
    for i, q in enumerate(ps, 1):
        rows5.append([f"U{i:04d}", q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.birth, q.address(),
                      r.choice(CARE), _fy_date(ctx, dt.date(2018, 4, 1), 2000)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(
                sheets=[
                    sheet("利用者", far_right(rows5, 27), first_row=8, number_formats={32: "ggge年m月d日"}),
                ]
            ),
            note="a 事業所's user list handed in at an inspection",
        )
    )
    # level 3: Slack: an abuse report; the reply gives the bruises and dementia
    u = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    fac = f"{ctx.company()} 特別養護老人ホーム"
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        (
                            "16:02",
                            a,
                            f"{fac}の入所者 {u.name()} さんについて、家族から虐待の疑いの通報がありました",
                        ),
                        (
                            "16:11",
                            b,
                            "面会時に両上腕に複数の内出血を見つけたそうです。ご本人は重度の認知症で説明ができない状態",
                        ),
                        ("16:13", a, "明日、事実確認のため訪問します。写真記録をお願いします"),
                    ],
                    "事業者指導-虐待対応",
                )
            ),
            note="the reply states a named resident's bruises and dementia",
        )
    )
    return docs


# --- ケアマネ 連絡・研修 ------------------------------------------------------------------------------------
def caremane(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "caremane"
    docs: list[Doc] = []
    # level 1: 法定研修 受講者 名簿 (care managers in role, office phones)
    rows: list[list[Cell]] = [["No", "登録番号", "氏名", "所属事業所", "事業所電話", "受講区分"]]
    for i in range(1, 25):
        rows.append([i, f"{ctx.pcode}{r.randint(100000, 999999)}", ctx.staff(), f"{ctx.company()} 居宅介護支援事業所",
                     ctx.tel(), r.choice(["更新研修", "主任更新研修", "専門研修Ⅱ"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("受講者", rows, title="令和6年度 介護支援専門員 法定研修 受講者名簿")]),
            note="care managers in their professional role with their offices' phones",
        )
    )
    # level 1: 地域ケア会議 事例 (masked)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="地域ケア会議（自立支援型）事例検討シート",
                paragraphs=[
                    "事例提供者：居宅介護支援事業所 介護支援専門員（匿名）",
                    "対象者：Ａさん（80歳代・男性）　要介護1　独居",
                    "病歴：脳梗塞後遺症（軽度の右麻痺）、高血圧症。",
                    "課題：買物の困難、服薬管理。長男 〇〇 〇〇 氏は県外在住。",
                    "助言：通いの場への参加、配食サービスの活用。",
                    "※ 会議資料は回収する。個人が特定される情報は記載しない。",
                ],
            ),
            note="masked case (Ａさん, 〇〇 〇〇): the conditions belong to no identifiable person",
        )
    )
    # level 1: 第9期 介護保険事業計画 projections, merged, with a hidden sheet
    head: list[Cell] = ["区分", "令和6年度", "令和7年度", "令和8年度", "令和12年度", "令和22年度"]
    body: list[list[Cell]] = []
    for label in [
        "第1号被保険者数",
        "要支援・要介護認定者数",
        "認定率(%)",
        "居宅サービス利用者数",
        "施設サービス利用者数",
    ]:
        body.append(
            [
                label,
                *[
                    r.randint(1000, 40000) if "%" not in label else round(r.uniform(15, 22), 1)
                    for _ in range(5)
                ],
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "推計",
                        [["", "第9期計画期間", None, None, "中長期", None], head, *body],
                        title=f"第9期 {ctx.city}介護保険事業計画 サービス見込量",
                        first_row=3,
                    ),
                    sheet(
                        "人口推計",
                        [["年", "65歳以上人口"], *[[y, r.randint(20000, 40000)] for y in (2025, 2030, 2040)]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"推計": ["B3:D3", "E3:F3"]}),
        )
    )
    # level 1: LINE WORKS among care managers about a meeting (no resident)
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("09:02", ctx.staff(), "来月のケアマネ連絡会、会場は福祉センター2階に変更です"),
                        ("09:05", ctx.staff(), "駐車場は何台くらい使えますか"),
                        ("09:07", ctx.staff(), "20台です。乗り合わせにご協力ください"),
                        ("09:15", ctx.staff(), "研修資料は前日までに共有フォルダに置きます"),
                    ],
                    "ケアマネ連絡会",
                )
            ),
            note="no resident: care managers arranging a meeting",
        )
    )
    # level 1: the 連絡会 notice with offices' contacts (odt)
    tab: list[list[str]] = [["事業所", "担当", "電話"]] + [
        [c, f"管理者 {ctx.staff()}", ctx.tel()] for c in ctx.companies(5)
    ]
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="令和6年度 第3回 介護支援専門員連絡会のご案内",
                paragraphs=[
                    f"日時：令和6年11月{r.randint(10, 28)}日 14時00分～16時00分",
                    "会場：総合福祉センター 2階 研修室",
                    "内容：認定申請の代行に関する留意事項、ケアプラン点検の結果について",
                    "世話人事業所は下表のとおり。",
                ],
                tables=[tab],
            ),
        )
    )

    # level 2: Teams: a care manager asks about a pending 認定; the reply gives address and phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("10:30", a, f"居宅のケアマネから、{p.name()}さんの認定結果はいつ頃かと問合せです"),
                        ("10:34", b, "来週の審査会にかかります。通知は翌週発送予定です"),
                        ("10:36", a, "ケアマネが本人の連絡先を確認したいとのことで"),
                        (
                            "10:38",
                            b,
                            f"申請書では {p.address()}、電話 {p.phone} です。本人同意はとれています",
                        ),
                    ],
                    "認定係",
                )
            ),
            note="a pending 認定 without its level or any condition: 2",
        )
    )
    # level 2: a phone relay log giving a son's phone
    p = ctx.person()
    son = ctx.family_of(p, "長男")
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    TODAY,
                    [
                        ("09:10", ctx.staff(), f"{p.name()}さんの件、担当ケアマネから折り返し希望"),
                        (
                            "09:40",
                            ctx.staff(),
                            f"長男の{son.name()}さんが窓口代行。日中の連絡先は携帯 {son.phone}",
                        ),
                        ("10:05", ctx.staff(), "ケアマネへ連絡先を伝達済"),
                    ],
                    "介護保険課 電話受付",
                )
            ),
            note="relays a son's phone; no condition",
        )
    )
    # level 2: 更新研修 受講申込書 with the care manager's own home address and birth date
    cm = ctx.person((1965, 1992))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="介護支援専門員 更新研修 受講申込書",
                tables=[
                    [
                        ["フリガナ", katakana(cm.kana)],
                        ["氏名", cm.name()],
                        ["生年月日", wareki(cm.birth)],
                        ["自宅住所", f"〒{cm.zip} {cm.address(with_pref=True)}"],
                        ["登録番号", f"{ctx.pcode}{r.randint(100000, 999999)}"],
                        ["勤務先", f"{ctx.company()} 居宅介護支援事業所"],
                    ]
                ],
                paragraphs=["受講決定通知は自宅に送付します。"],
            ),
            note="a care manager's own home address and birth date: a private capacity",
        )
    )
    # level 2: LINE WORKS (cp932): a user's new address after moving
    p = ctx.person()
    p2 = ctx.person()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("13:01", ctx.staff(), f"{p.name()}さん、娘さん宅へ転居されたそうです"),
                        (
                            "13:04",
                            ctx.staff(),
                            f"新住所は {p2.address()} とのこと。住所変更届は来週持参されます",
                        ),
                        ("13:06", ctx.staff(), "了解です。被保険者証の送付先も変更します"),
                    ],
                    "居宅連絡",
                )
            ),
            note="a move within the city; no condition",
        )
    )

    # level 3: Teams: terminal cancer and admission
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("08:55", ctx.staff(), f"{p.name()}さんの区分変更、至急で回せますか"),
                        (
                            "09:01",
                            ctx.staff(),
                            f"ケアマネによると{r.choice(['膵臓がんの末期', '肺がんの骨転移'])}で、昨日から入院中です。退院後は在宅看取りの予定",
                        ),
                        ("09:03", ctx.staff(), "了解しました。調査を今週中に入れます"),
                    ],
                    "認定係",
                )
            ),
            note="the reply states a named resident's terminal cancer",
        )
    )
    # level 3: LINE WORKS (cp932): a care manager is told of a user's unpaid premiums
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            3,
            ["arrears", "name"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        (
                            "14:20",
                            ctx.staff(),
                            f"{p.name()}さんのプランを組むのに、償還払いになるか確認したいです",
                        ),
                        (
                            "14:26",
                            ctx.staff(),
                            f"保険料が{r.randint(14, 30)}か月未納で、督促済みです。支払方法変更の予告が出ています",
                        ),
                        ("14:28", ctx.staff(), "わかりました。ご家族に分納の相談を勧めます"),
                    ],
                    "居宅連絡",
                )
            ),
            note="the reply states a named user's unpaid premiums",
        )
    )
    # level 3: Slack: the reply gives address and dementia
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["address", "health", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("11:40", ctx.staff(), f"{p.name()}さん、また包括に保護の連絡がありました"),
                        (
                            "11:46",
                            ctx.staff(),
                            f"自宅は {p.address()}。{r.choice(['前頭側頭型認知症', 'アルツハイマー型認知症'])}で、夕方に外へ出てしまうそうです",
                        ),
                        ("11:50", ctx.staff(), "見守りシールの申請を勧めます"),
                    ],
                    "包括-介護保険課",
                )
            ),
            note="the reply states a named resident's address and dementia",
        )
    )
    # level 3: relay log: discharge after aspiration pneumonia
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    TODAY,
                    [
                        (
                            "15:00",
                            ctx.staff(),
                            f"{ctx.clinic()} 地域連携室より：{p.name()}さん 退院予定の連絡",
                        ),
                        (
                            "15:05",
                            ctx.staff(),
                            "誤嚥性肺炎で入院していた。退院後は食事形態の変更が必要とのこと",
                        ),
                        ("15:20", ctx.staff(), "担当ケアマネへ伝達済。退院前カンファレンスは金曜"),
                    ],
                    "介護保険課 電話受付",
                )
            ),
            note="relays a named resident's pneumonia",
        )
    )
    # level 3: 担当 利用者 一覧 of a 居宅 (cp932, more than 100)
    rows2: list[list[Cell]] = [["利用者No", "氏名", "フリガナ", "生年月日", "電話", "要介護度", "担当CM"]]
    cms = [ctx.staff() for _ in range(5)]
    for i, q in enumerate(ctx.people(r.randint(104, 120)), 1):
        rows2.append(
            [
                f"{i:05d}",
                q.name(),
                katakana(q.kana),
                wareki(q.birth, "short"),
                q.phone,
                r.choice(CARE),
                r.choice(cms),
            ]
        )
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["birth_date", "health", "name", "phone"],
            DocSpec(sheets=[sheet("利用者", rows2)]),
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [nintei, shinsakai, kaishu, kogaku, hokenryo, jigyosho, caremane]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, pcode, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, pcode, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set43", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
