"""Thirty-fifth red-team set (blind): a city's 市立病院 and its desks.

``python -m corpus.redteam.set35 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city and its 市立病院 are drawn per build. Families follow the desk a document comes from: 医事課 with
its patient lists, 未収金 and 督促, 高額療養費 and 限度額認定 (``iji``); the 地域医療連携室 with 紹介状, 退院調整 and
訪問看護 (``renkei``); 看護部 and 病院総務 with rosters, 当直表 and staff 健診 (``kango``); the 患者相談窓口 with
苦情 and 投書 (``soudan``); the 栄養科 with 食事箋, allergies and 治療食 (``eiyou``); 病院ボランティア and 見学者受付
(``volunteer``); and 診療情報管理・経営企画 with the 年報, がん登録, カルテ開示 and 学会 case reports (``joho``). Each
desk has its public look-alikes (外来担当医表 naming doctors in role, 診療実績 aggregates, 入院案内, 記入例, contract
lists with 法人番号, masked case reports).

The truth is the default policy's text only: 3 for a My Number, health (including allergies, pregnancy
complications and injuries) or arrears about a named private person, or records of more than 100 persons; 2 for a
private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect reader
reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a one-line
``note``.
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

SEED = 3535
VARIANT = "redteam35"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, hospital, areas); an area ending in "*" takes 番地 lots, the others
# 丁目 lots
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("秋田県", "大館市", "0186", "017", "大館市立総合病院",
     ["字長倉*", "字中城*", "字観音堂*", "大町", "御成町", "清水", "片山町", "字餅田*"]),
    ("兵庫県", "西脇市", "0795", "677", "西脇市立西脇病院",
     ["上野*", "野村町*", "和田町*", "緑ケ丘", "寺内", "下戸田*", "小坂町*", "郷瀬町"]),
    ("長崎県", "大村市", "0957", "856", "市立大村市民病院",
     ["古賀島町*", "久原", "西本町", "東三城町", "協和町*", "松原本町*", "桜馬場", "植松"]),
    ("岐阜県", "中津川市", "0573", "508", "市立中津川市民病院",
     ["駒場*", "苗木*", "太田町", "新町", "手賀野*", "えびす町", "大字中津川*", "昭和町"]),
    ("富山県", "砺波市", "0763", "939", "市立砺波総合病院",
     ["新富町", "中央町", "出町中央", "大字柳瀬*", "大字五郎丸*", "宮村*", "三島町", "大字太田*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("勘解由小路", "かでのこうじ"), ("一尺八寸", "かまつか"), ("百目鬼", "どうめき"),
    ("四十物", "あいもの"), ("纐纈", "こうけつ"), ("鴨脚", "いちょう"), ("王生", "いくるみ"),
    ("薬師寺", "やくしじ"), ("我孫子", "あびこ"), ("東海林", "しょうじ"), ("五月女", "そうとめ"),
    ("毒島", "ぶすじま"), ("禰津", "ねづ"), ("及川", "おいかわ"), ("嵯峨", "さが"),
    ("高橋", "たかはし"), ("田中", "たなか"), ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("山本", "やまもと"),
    ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("佐々木", "ささき"), ("山崎", "やまざき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("林", "はやし"), ("清水", "しみず"), ("山下", "やました"), ("石川", "いしかわ"), ("中川", "なかがわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("上田", "うえだ"), ("柴田", "しばた"),
    ("酒井", "さかい"), ("工藤", "くどう"), ("北村", "きたむら"), ("市川", "いちかわ"), ("小野寺", "おのでら"),
    ("畠山", "はたけやま"), ("成田", "なりた"), ("菅原", "すがわら"), ("水野", "みずの"), ("丹羽", "にわ"),
    ("堀", "ほり"), ("筒井", "つつい"), ("早川", "はやかわ"), ("浜田", "はまだ"), ("向井", "むかい"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("丑松", "うしまつ"), ("鐵之助", "てつのすけ"), ("瑛太", "えいた"), ("蒼", "あお"), ("朔太郎", "さくたろう"),
    ("清", "きよし"), ("実", "みのる"), ("正男", "まさお"), ("健一", "けんいち"), ("孝", "たかし"),
    ("隆", "たかし"), ("誠", "まこと"), ("裕太", "ゆうた"), ("翔", "しょう"), ("達也", "たつや"),
    ("博之", "ひろゆき"), ("哲也", "てつや"), ("修", "おさむ"), ("昭二", "しょうじ"), ("喜代治", "きよじ"),
    ("陽翔", "はると"), ("蓮", "れん"), ("政春", "まさはる"), ("一樹", "かずき"), ("晴臣", "はるおみ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("ハル", "はる"), ("キク", "きく"), ("小夜", "さよ"), ("結愛", "ゆあ"), ("芽依", "めい"),
    ("文子", "ふみこ"), ("恵子", "けいこ"), ("京子", "きょうこ"), ("順子", "じゅんこ"), ("美智子", "みちこ"),
    ("裕子", "ゆうこ"), ("直美", "なおみ"), ("香織", "かおり"), ("麻衣", "まい"), ("優子", "ゆうこ"),
    ("陽子", "ようこ"), ("さくら", "さくら"), ("千代", "ちよ"), ("弥生", "やよい"), ("菜々子", "ななこ"),
    ("絹代", "きぬよ"), ("楓", "かえで"), ("葵", "あおい"), ("しのぶ", "しのぶ"), ("頼子", "よりこ"),
]  # fmt: skip
BUILDINGS = ["コーポ若葉", "メゾン清水", "市営住宅", "ハイツ緑風", "パレス本町", "グランシャトー"]
COMPANIES = [
    ("株式会社", "メディカル北星"), ("株式会社", "みちのく医療器"), ("有限会社", "白樺リネン"),
    ("株式会社", "エムズ給食サービス"), ("株式会社", "三和ビルサービス"), ("株式会社", "トラスト医事"),
    ("株式会社", "ホクト臨床検査センター"), ("合同会社", "あおぞら医療廃棄物"), ("株式会社", "中央SPD"),
    ("株式会社", "フジ警備保障"), ("株式会社", "ライフメディテック"), ("有限会社", "大黒食品"),
    ("株式会社", "しんせい薬品"), ("株式会社", "ユニ電算システム"), ("一般財団法人", "地域医療振興会"),
    ("株式会社", "さくら寝具"), ("有限会社", "丸十青果"), ("株式会社", "カワセ酸素"),
    ("有限会社", "魚松水産"), ("株式会社", "北雪乳業"), ("株式会社", "ミートかねこ"), ("株式会社", "ヘルシーフーズ東日本"),
    ("株式会社", "羽州米穀"), ("株式会社", "日東メディカルシステムズ"), ("株式会社", "東光医科器械"),
]  # fmt: skip
CLINIC_KINDS = ["内科クリニック", "整形外科医院", "こどもクリニック", "内科・循環器科", "眼科", "胃腸科医院",
                "ファミリークリニック", "脳神経外科", "在宅クリニック", "耳鼻咽喉科"]  # fmt: skip
DEPTS = ["内科", "循環器内科", "消化器内科", "外科", "整形外科", "脳神経外科", "小児科", "産婦人科", "泌尿器科",
         "眼科", "耳鼻咽喉科", "皮膚科", "精神科", "腎臓内科", "呼吸器内科"]  # fmt: skip
WARDS = ["3東", "3西", "4東", "4西", "5東", "5西", "6階", "HCU"]
DIAG = ["2型糖尿病", "うっ血性心不全", "誤嚥性肺炎", "脳梗塞", "大腿骨頸部骨折", "大腸癌術後", "胃癌",
        "慢性腎不全（透析）", "COPD増悪", "急性膵炎", "胆石性胆嚢炎", "肝硬変", "統合失調症", "アルツハイマー型認知症",
        "腰部脊柱管狭窄症", "前立腺肥大症", "切迫早産", "妊娠高血圧症候群", "気管支喘息", "川崎病", "関節リウマチ",
        "パーキンソン病", "乳癌", "肺癌", "心房細動", "蜂窩織炎", "尿路感染症", "うつ病"]  # fmt: skip
ALLERGY = ["卵", "乳", "小麦", "そば", "落花生", "えび", "かに", "くるみ", "さば", "いか", "大豆", "キウイ"]
DIETS = ["常食", "全粥食", "五分粥食", "エネルギー制限食 1400kcal", "エネルギー制限食 1600kcal", "減塩食 6g",
         "腎臓病食 たんぱく40g", "肝臓病食", "脂質制限食", "潰瘍食", "嚥下調整食 コード2-1", "嚥下調整食 コード3",
         "流動食", "易消化食", "濃厚流動食（経管）"]  # fmt: skip
INCOME_CLASSES = ["ア", "イ", "ウ", "エ", "オ", "現役並みⅢ", "一般", "低所得Ⅱ", "低所得Ⅰ"]
SAMPLE_NAMES = ["病院 太郎", "見本 花子", "市民 一郎", "連携 花子", "栄養 太郎", "見学 一郎", "開示 花子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- helpers (adapted from set34's plumbing) -----------------------------------------------------------
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
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
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
    pid: str = ""  # 患者ID / 職員番号 / 登録番号

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


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    hospital: str
    areas: list[str]
    used: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    @property
    def hosp_address(self) -> str:
        area = next(a for a in self.areas if not a.endswith("*"))
        return f"{self.pref}{self.city}{area}2丁目1番1号"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        """The hospital's lines: the main number and the desks' direct lines."""
        return self.tel(42 + n if len(self.ac) == 4 else 420 + n, 3111 + 23 * n)

    def phone(self, mobile: float = 0.55) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2400)}番地"
            if r.random() < 0.35:
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
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5), for the spaced-digit letters."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p

    def new_id(self, digits: int = 8, prefix: str = "") -> str:
        while True:
            v = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(digits - len(prefix)))
            if v not in self.ids:
                self.ids.add(v)
                return v

    def person(self, born: tuple[int, int] = (1932, 2004), sex: str = "") -> Person:
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
                      zipc, self.pref, self.new_id(8, "00"))  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1932, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A member of staff (not drawn from the private persons: staff may share a patient's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def named(self, name: str) -> str:
        """A company of the pool written with its kind before or after the name, as the registers differ."""
        kind = next(k for k, c in COMPANIES if c == name)
        return f"{kind}{name}" if self.rng.random() < 0.65 else f"{name}{kind}"

    def companies(self, n: int) -> list[str]:
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [f"{k}{c}" if i % 3 else f"{c}{k}" for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def clinics(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            sei = self.rng.choice(SURNAMES)[0]
            area = self.rng.choice(self.areas).rstrip("*").removeprefix("大字").removeprefix("字")
            name = f"{self.rng.choice([sei, area])}{self.rng.choice(CLINIC_KINDS)}"
            if name not in out:
                out.append(name)
        return out

    def date(self, start: dt.date, end: dt.date = TODAY) -> dt.date:
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
            c.drawRightString(
                w - 30, h - 22, f"出力日時 {ymd(TODAY)} 08:{10 + n:02d}  端末 IJ{n % 3 + 1:03d}"
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
                c.drawString(30, y - 10, "-" * 180)
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
        out.append(f"■{room}（{ymd(day)} 電話受付 転記）")
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


def far_right(rows: Sequence[Sequence[Any]], skip: int) -> list[list[Any]]:
    """Shift a table ``skip`` columns to the right (data starting in column Z and beyond)."""
    pad: list[Cell] = [None] * skip
    return [pad + list(r) for r in rows]


def col_letter(n: int) -> str:
    """1-based column number → Excel letters (27 → AA)."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


# --- document builders -----------------------------------------------------------------------------------
def letter_doc(
    family: str, level: int, types: list[str], lines: list[str], head: str = "", note: str = ""
) -> Doc:
    spec = DocSpec(paragraphs=[ln.lstrip(">^") for ln in lines])
    return Doc(family, "pdf", level, types, spec, note, letter_pdf(lines, head))


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
    spec = DocSpec(title=title, paragraphs=[system, conditions])
    return Doc(
        family,
        "pdf",
        level,
        types,
        spec,
        note,
        system_print(title, system, cols, rows, 28, conditions, ruled),
    )


def chat_doc(
    family: str,
    level: int,
    types: list[str],
    kind: str,
    day: dt.date,
    lines: list[tuple[str, str, str]],
    room: str,
    fmt: str = "txt",
    note: str = "",
) -> Doc:
    return Doc(family, fmt, level, types, DocSpec(paragraphs=chat(kind, day, lines, room)), note)


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{p.kata}）"


def _sig(p: Person, with_birth: bool = False) -> list[str]:
    """A resident's signature at the end of their own letter."""
    out = [f"住所　〒{p.zip} {p.address()}", f"氏名　{p.name()}"]
    if with_birth:
        out.append(f"生年月日　{wareki(p.birth)}")
    out.append(f"電話　{p.phone}")
    return out


def _look_alikes(ctx: Ctx, n: int) -> list[str]:
    """12-digit numbers that fail the My Number check digit (受付番号, 伝票番号 …)."""
    return [fail_check(random_my_number(ctx.rng), ctx.rng.randint(1, 9)) for _ in range(n)]


# --- 医事課: 外来・入院, 未収金と督促, 高額療養費・限度額認定 ------------------------------------------------------
def iji(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "iji", ctx.hospital
    docs: list[Doc] = []
    main_tel, iji_tel = ctx.office_phone(0), ctx.office_phone(1)

    # L1: 入院案内 with the 所得区分 table (generic), the desk's phone
    limits = [["所得区分", "年収の目安", "自己負担限度額（月額）", "多数回"],
              ["ア", "約1,160万円～", "252,600円＋（医療費－842,000円）×1％", "140,100円"],
              ["イ", "約770万～約1,160万円", "167,400円＋（医療費－558,000円）×1％", "93,000円"],
              ["ウ", "約370万～約770万円", "80,100円＋（医療費－267,000円）×1％", "44,400円"],
              ["エ", "～約370万円", "57,600円", "44,400円"],
              ["オ", "住民税非課税", "35,400円", "24,600円"]]  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="入院のご案内",
        paragraphs=[
            f"{H}に入院される方とご家族の皆さまへ",
            "入院の手続きは、1階 医事課 入退院窓口（⑤番）で行います。受付時間は平日 8時30分から17時までです。",
            "ご持参いただくもの：診察券、健康保険証またはマイナ保険証、限度額適用認定証（お持ちの方）、"
            "入院申込書（保証人欄にご記入ください）、お薬手帳、印鑑。",
            "入院中の食事療養費は1食490円（住民税非課税の方は減額されます）です。",
            "医療費が高額になる場合は、限度額適用認定証をご提示いただくと、窓口でのお支払いが下表の限度額までとなります"
            "（70歳未満の方）。マイナ保険証をお使いの方は申請の必要はありません。",
            "お支払いは退院時に1階会計窓口または自動精算機で。クレジットカードもご利用いただけます。",
            f"所在地　{ctx.hosp_address}", f"お問い合わせ　{H} 医事課 入院係　電話 {iji_tel}（直通）／代表 {main_tel}",
        ],
        tables=[limits], footer=f"{H} 医事課　令和6年10月改訂"), note="a public guide: the 所得区分 table holds no person"))  # fmt: skip

    # L1: monthly 外来 figures by 診療科, quarters merged over the header, raw counts on a hidden sheet
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    body: list[list[Any]] = [["診療科", *months, "上半期計", "前年同期比"]]
    raw: list[list[Any]] = [["科コード", "診療科", "月", "延患者数", "新患数", "診療収入(千円)"]]
    for i, dep in enumerate(DEPTS):
        counts = [r.randint(300, 3200) for _ in months]
        body.append([dep, *counts, sum(counts), f"{r.uniform(92, 108):.1f}%"])
        for m, c in zip(months, counts, strict=True):
            raw.append([f"{i + 1:02d}", dep, m, c, r.randint(20, 260), r.randint(4000, 90000)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("外来患者数", [["", "第1四半期", None, None, "第2四半期", None, None], *body],
              title=f"令和6年度 診療科別 外来延患者数（{H}）", first_row=3),
        sheet("集計元", raw, state="hidden"),
    ]), post=merge_xlsx({"外来患者数": ["B3:D3", "E3:G3"]})))  # fmt: skip

    # L1: 未収金 policy paper for the 経営会議: figures and the 督促 procedure in general, no person
    years = [("令和元年度", 412, 18_420), ("令和2年度", 455, 20_115), ("令和3年度", 470, 21_630),
             ("令和4年度", 498, 23_908), ("令和5年度", 521, 25_277)]  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="診療費未収金の状況と回収の取組（経営会議資料）",
        paragraphs=[
            f"{H}の個人未収金は、令和5年度末で{years[-1][1]}件、{yen(years[-1][2])}千円となり、5年連続で増加している。",
            "発生原因の多くは救急外来の時間外受診時の未精算と、入院費の分割納付の中断である。",
            "回収の手順：納期限後30日で電話催告、60日で督促状（1回目）、90日で督促状（2回目）と訪問、"
            "1年を経過したものは弁護士法人への回収委託を検討する。",
            "生活困窮が原因の場合は、医療ソーシャルワーカーと連携し、高額療養費・限度額認定・生活保護等の制度につなぐ。",
            "個人が特定される未収金台帳は医事課内で管理し、本資料には掲載しない。",
        ],
        tables=[[["年度", "件数", "金額（千円）"], *[[y, str(n), yen(v)] for y, n, v in years]]],
        footer="令和6年9月 経営会議 資料3"), note="a policy paper on 未収金 and 督促 in general: no person"))  # fmt: skip

    # L1: 自動精算機 log in cp932: 12-digit 受付番号 failing the check digit, no names
    log: list[list[Any]] = [["取引日時", "受付番号", "精算機", "区分", "金額", "支払方法"]]
    for n, num in enumerate(_look_alikes(ctx, 44)):
        t = dt.datetime(2024, 10, 7, 8, 40) + dt.timedelta(minutes=7 * n + r.randint(0, 5))
        log.append([t.strftime("%Y/%m/%d %H:%M"), num, f"精算機{r.randint(1, 4)}号", r.choice(["外来", "外来", "入院", "文書料"]),
                    r.randint(3, 900) * 10, r.choice(["現金", "クレジット", "デビット", "QR"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("log", log)]),
                    note="12-digit 受付番号 all failing the check digit; no person"))  # fmt: skip

    # L1: 限度額適用認定申請書 記入例 with sample names and text boxes
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="国民健康保険 限度額適用認定申請書（記入例）",
        paragraphs=["医事課の窓口でお渡ししている申請書の記入例です。太字の部分をご記入ください。"],
        tables=[[["世帯主氏名", "病院 太郎"], ["世帯主の住所", f"{ctx.city}○○町1丁目1番1号"],
                 ["療養を受ける方", "見本 花子（続柄：妻）"], ["生年月日", "昭和○○年○月○日"],
                 ["電話番号", "○○○-○○○○-○○○○"], ["入院予定の医療機関", H]]],
        textboxes=["記入例", "← 保険証の記号・番号を書き写してください"], footer="記入例"),
        note="sample names and placeholder numbers in a 記入例"))  # fmt: skip

    # L1: 高額療養費 slides with anonymised Ａさん / Ｂさん worked examples
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="高額療養費制度と限度額適用認定証",
        paragraphs=["1か月の医療費の自己負担が限度額を超えた分が払い戻されます", "70歳未満は所得区分ア～オの5段階",
                    "例1：Ａさん（72歳・一般）医療費100万円 → 窓口負担 57,600円",
                    "例2：Ｂさん（45歳・区分ウ）80,100円＋（1,000,000－267,000）×1％＝87,430円",
                    "認定証を提示すれば窓口で限度額まで", "多数回該当：過去12か月で4回目から引下げ"],
        notes=["職員研修用。事例は架空のものです。"]), note="anonymised worked examples (Ａさん, Ｂさん)"))  # fmt: skip

    # L2: a patient's own letter to 医事課 御中 asking for receipts again (医療費控除), signed at the end
    p = ctx.person((1950, 1985))
    docs.append(Doc(F, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{H}　医事課　御中", "", "領収書の再発行のお願い",
        "いつもお世話になっております。昨年（令和5年）中に貴院でお支払いした診療費の領収書のうち、"
        "5月から8月までの分が見当たらず、確定申告（医療費控除）に使えずに困っております。",
        f"診察券の番号は {p.pid} です。領収書の再発行が難しければ、支払証明書の発行をお願いできますでしょうか。",
        "手数料がかかる場合は、窓口でお支払いしますので、ご連絡ください。平日は仕事のため、夕方以降ですと助かります。",
        f"令和6年{r.randint(2, 3)}月{r.randint(1, 28)}日", *_sig(p)]),
        note="a patient's request with no diagnosis, department or treatment: 2"))  # fmt: skip

    # L2: a refund (還付) notice drawn on a canvas PDF with its digits set apart
    p = ctx.urban(ctx.person((1940, 1990)))
    paid = dt.date(2024, 8, r.randint(1, 28))
    lines = [f">{wareki(dt.date(2024, 10, r.randint(1, 14)), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()),
             f"{p.name()} 様", "", f">{H}", ">院長　公印省略", "", "^診療費の返金について（お知らせ）", "",
             spaced_digits(f"{wareki(paid)}にお支払いいただいた診療費について、保険証の負担割合が"),
             "3 割 から 2 割 に 変更 された ため、差額 を 下記 の とおり 返金 いたします。", "",
             f"返金額　{yen(r.randint(12, 480) * 10)} 円", f"返金方法　1 階 会計 窓口（{spaced_digits('平日8時30分から17時')}）",
             "ご来院 の 際 は、この 通知 と 診察券 を お持ち ください。",
             "", f"問合せ先　医事課 会計係　電話 {iji_tel}"]  # fmt: skip
    docs.append(
        letter_doc(F, 2, ["address", "name"], lines, note="a refund of an overpayment is not arrears")
    )

    # L2: a patient's address change, one-person sheet, 姓/名/セイ/メイ split
    p = ctx.person((1945, 2000))
    old = ctx.lot(r.choice(ctx.areas))
    docs.append(Doc(F, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[sheet("届出", [
        ["患者 住所・連絡先 変更届", None, None, None],
        [None, None, "受付日", ctx.date(dt.date(2024, 9, 1))],
        ["診察券番号", p.pid, None, None],
        ["姓", "名", "セイ", "メイ"],
        [p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana)],
        ["生年月日", p.birth, "性別", p.sex],
        ["新住所", f"〒{p.zip} {p.address()}", None, None],
        ["旧住所", f"{p.city}{r.choice(ctx.areas).rstrip('*')}{old}", None, None],
        ["電話番号", p.phone, None, None],
        ["備考", "保険証の確認済み（変更なし）", None, None],
    ])]), post=merge_xlsx({"届出": ["A1:D1", "B7:D7", "B8:D8"]})))  # fmt: skip

    # L2: Teams: a message names a patient who called about a refund, the reply gives the phone
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    day = dt.date(2024, 10, 9)
    docs.append(chat_doc(F, 2, ["name", "phone"], "teams", day, [
        ("09:12", a, f"{p.name()}さんから返金の件で電話ありました。担当者から折り返し希望です"),
        ("09:14", b, "了解です。どちらにかければいいか聞いてますか？"),
        ("09:15", a, f"{p.phone} です。昼休みの12時台がいいそうです"),
        ("12:20", b, "折り返し済みです。来週の外来受診の時に窓口で受け取りとのこと"),
        ("12:21", a, "ありがとうございます！"),
    ], "医事課 会計係"))  # fmt: skip

    # L2: 限度額認定証 提示 確認簿 (ods): names, birth dates and 所得区分
    rows: list[list[Any]] = [
        ["確認日", "患者ID", "氏名", "生年月日", "保険者", "所得区分", "有効期限", "確認者"]
    ]
    for q in ctx.people(14, (1950, 2000)):
        rows.append([ymd(ctx.date(dt.date(2024, 9, 1))), q.pid, q.name(), wareki(q.birth, "short"),
                     r.choice([f"{ctx.city}国保", "協会けんぽ", "共済組合", "健保組合"]), r.choice(INCOME_CLASSES[:5]),
                     "2025/07/31", ctx.staff().split()[0]])  # fmt: skip
    docs.append(Doc(F, "ods", 2, ["birth_date", "income", "name"], DocSpec(sheets=[sheet("9月", rows)]),
                    note="所得区分 is income, not sensitive under the policy text; no diagnosis: 2"))  # fmt: skip

    # L3: 未収金 督促 一覧, a ruled core-system print of 105–125 persons
    cols = [("患者ID", 30), ("氏名", 78), ("カナ", 150), ("生年月日", 250), ("住所", 300), ("電話", 500),
            ("診療月", 580), ("未収額", 625), ("督促", 675), ("最終納付", 715)]  # fmt: skip
    rows2: list[list[str]] = []
    for q in sorted(ctx.people(r.randint(105, 125), (1935, 2003)), key=lambda x: x.pid):
        rows2.append([q.pid, q.name(), q.kata, wareki(q.birth, "short"), q.address()[:24], q.phone,
                      r.choice([f"R{r.randint(4, 5)}.{r.randint(1, 12)}", f"R6.{r.randint(1, 8)}"]), yen(r.randint(8, 900) * 100), f"{r.randint(1, 3)}回",
                      r.choice(["なし", "R6.3.12", "R5.11.30", "R6.6.4"])])  # fmt: skip
    docs.append(print_doc(F, 3, ["address", "arrears", "birth_date", "name", "phone"], "診療費 未収金 督促対象者一覧",
                          f"{H} 医事会計システム MIS-7  帳票ID IJ0412", cols, rows2,
                          "抽出条件：納期限 R6.8.31 以前  未収額 1円以上  督促状 発送済", True))  # fmt: skip

    # L3: a 督促状 on a canvas PDF with its digits set apart
    p = ctx.urban(ctx.person((1950, 1995)))
    owed = r.randint(40, 980) * 100
    lines = [f">{wareki(dt.date(2024, 10, 1), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()),
             f"{p.name()} 様", "", f">{H}", f">院長　{ctx.staff()}", "", "^督　促　状", "",
             spaced_digits("令和6年5月分の入院診療費について、納期限（令和6年6月30日）を過ぎても"),
             "お支払い が 確認 できません。下記 の 未納額 を 指定 期限 まで に お納め ください。", "",
             f"未納額　{yen(owed)} 円", f"指定期限　{wareki(dt.date(2024, 10, 31), 'spaced')}",
             "分割 での お支払い を ご希望 の 方 は、医事課 へ ご相談 ください。",
             "すでに お支払い 済み の 場合 は、行き違い ですので ご容赦 ください。",
             "", f"問合せ先　医事課 収納担当　{iji_tel}"]  # fmt: skip
    docs.append(letter_doc(F, 3, ["address", "arrears", "name"], lines, head="督促第 2 回"))

    # L3: 入院患者一覧, pasted from column Z on row 8, with 主病名
    ward = r.choice(WARDS)
    head: list[Any] = [
        "病室",
        "患者ID",
        "氏名",
        "年齢",
        "性別",
        "診療科",
        "主病名",
        "入院日",
        "主治医",
        "退院予定",
    ]
    rows3: list[list[Any]] = [head]
    for q in ctx.people(r.randint(30, 40), (1930, 2010)):
        rows3.append([f"{r.randint(3, 6)}{r.randint(1, 20):02d}", q.pid, q.name(), q.age(), q.sex, r.choice(DEPTS),
                      r.choice(DIAG), ctx.date(dt.date(2024, 8, 20)), f"{ctx.staff().split()[0]} Dr",
                      r.choice(["未定", "10月下旬", "11月上旬", "転院調整中"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet(f"{ward}病棟", [[None] * 25 + [f"{ward}病棟 入院患者一覧（{ymd(TODAY)} 0時現在）"], [],
                             *far_right(rows3, 25)], first_row=6),
    ]), post=merge_xlsx({f"{ward}病棟": ["Z6:AI6"]})))  # fmt: skip

    # L3: 限度額 applications in cp932 for the 保険年金課: 106+ persons, address, birth date, 所得区分
    rows4: list[list[Any]] = [["受付番号", "氏名", "フリガナ", "生年月日", "住所", "所得区分", "申請日"]]
    for n, q in enumerate(ctx.people(r.randint(106, 118), (1955, 2004)), start=1):
        rows4.append([f"G{n:04d}", q.name("　"), q.kata, wareki(q.birth, "abbr"), q.address(),
                      r.choice(INCOME_CLASSES[:5]), ymd(ctx.date(dt.date(2024, 4, 1)))])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["address", "birth_date", "income", "name"], DocSpec(sheets=[sheet("a", rows4)]),
                    note="more than 100 persons with address and birth date (bulk); 所得区分 is income"))  # fmt: skip

    # L3: a 代理申請 memo whose My Number is only in the page header as 「番号 xxxx xxxx xxxx」
    p = ctx.person((1945, 1980))
    mn = random_my_number(r)
    docs.append(Doc(F, "docx", 3, ["address", "birth_date", "my_number", "name"], DocSpec(
        header=f"受付 {ymd(dt.date(2024, 10, 3))}　番号 {grouped(mn)}　確認 {ctx.staff().split()[0]}",
        title="限度額適用認定証 代理申請 受付メモ",
        paragraphs=[f"申請者　{_pp(p)}", f"生年月日　{wareki(p.birth)}", f"住所　{p.address()}",
                    f"入院中のため、医事課で{ctx.city}保険年金課への代理申請を受け付けた。",
                    "本人確認書類：運転免許証（写し）、委任状あり。", "認定証は病院あて郵送を依頼済み。"]),
        note="the My Number is only in the header labelled 番号"))  # fmt: skip
    return docs


# --- 地域医療連携室: 紹介状, 退院調整, 訪問看護 -------------------------------------------------------------
def renkei(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "renkei", ctx.hospital
    docs: list[Doc] = []
    tel = ctx.office_phone(2)
    clinics = ctx.clinics(30)

    # L1: 連携医療機関 (登録医) list: clinics, 院長 in role, the clinic's address and phone
    rows: list[list[Any]] = [["登録番号", "医療機関名", "院長", "標榜科", "所在地", "電話", "FAX", "登録日"]]
    for n, c in enumerate(clinics, start=1):
        t = ctx.tel()
        rows.append([f"R-{n:03d}", c, ctx.staff(), r.choice(DEPTS),
                     ctx.biz_address(), t, t[:-4] + f"{(int(t[-4:]) + 1) % 10000:04d}",
                     ymd(ctx.date(dt.date(2012, 4, 1), dt.date(2024, 3, 31)))])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("登録医", rows)]),
                    note="clinics and their 院長 in role, with the clinics' addresses and phones"))  # fmt: skip

    # L1: 紹介率・逆紹介率 by month, merges over the header, the raw counts on a hidden sheet
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    body: list[list[Any]] = [["区分", *months]]
    for label in ("初診患者数", "紹介患者数", "逆紹介患者数", "紹介率(%)", "逆紹介率(%)"):
        body.append([label, *[r.randint(40, 95) if "率" in label else r.randint(300, 1400) for _ in months]])
    raw: list[list[Any]] = [
        ["月", "紹介元", "件数"],
        *[[m, c, r.randint(0, 30)] for m in months for c in clinics[:8]],
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("紹介率", [["", "第1四半期", None, None, "第2四半期", None, None], *body],
              title="令和6年度 紹介率・逆紹介率（地域医療支援病院 報告用）", first_row=3),
        sheet("紹介元別", raw, state="hidden"),
    ]), post=merge_xlsx({"紹介率": ["B3:D3", "E3:G3"]})))  # fmt: skip

    # L1: 訪問看護ステーション list in odt, 管理者 in role
    st = [
        f"訪問看護ステーション{n}" for n in ("あかり", "ひだまり", "すずらん", "なごみ", "つばさ", "こもれび")
    ]
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title=f"{ctx.city}内 訪問看護ステーション一覧（令和6年10月）",
        paragraphs=["退院調整の際の連絡先です。営業時間外の緊急連絡は各ステーションの24時間対応番号へ。"],
        tables=[[["事業所名", "管理者", "所在地", "電話", "24時間対応"],
                 *[[s, f"{ctx.staff()}（看護師）", ctx.biz_address(), ctx.tel(), r.choice(["あり", "なし"])] for s in st]]],
        footer=f"{H} 地域医療連携室 {tel}"), note="stations and their 管理者 in role"))  # fmt: skip

    # L1: 事例検討 slides with the patient masked
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="退院支援 事例検討会（地域連携研修）",
        paragraphs=["事例：〇〇 〇〇 さん（80代 女性、独居）", "入院の経緯：自宅で転倒、整形外科に入院",
                    "課題：退院後の生活（買い物・服薬管理）", "支援：ケアマネジャー・訪問看護と退院前カンファレンス",
                    "Ａさんの事例との比較：家族の支援の有無", "まとめ：早期のスクリーニングが鍵"],
        notes=["個人が特定されないよう、年齢・地区等は加工しています。"]),
        note="the patient is masked (〇〇 〇〇, Ａさん)"))  # fmt: skip

    # L1: 診療情報提供書 記入例 with a sample patient
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="診療情報提供書（紹介状）記入例",
        paragraphs=["登録医の先生方へ：FAX予約の際は下記の様式でお送りください。"],
        tables=[[["紹介先", f"{H} ○○科 ○○先生"], ["患者氏名", "連携 花子（記入例）"], ["生年月日", "昭和○年○月○日"],
                 ["傷病名", "（例）○○○○"], ["紹介目的", "精査・加療のお願い"], ["紹介元", "○○クリニック 院長 ○○ ○○"]]],
        textboxes=["記入例", f"予約FAX {ctx.tel()}"], footer="記入例"), note="a 記入例 with a sample name"))  # fmt: skip

    # L1: Teams among staff and clinic doctors in their role: no patient
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 1, [], "teams", dt.date(2024, 10, 2), [
        ("10:02", a, f"11/14の連携懇話会、{clinics[0]}の{c.split()[0]}院長から出席の返事がきました"),
        ("10:05", b, "ありがとうございます。会場は講堂でいいですか？"),
        ("10:06", a, "講堂で。案内状は残り12件なので今週中に出します"),
        ("10:09", b, f"{clinics[1]}は事務長さんあてでお願いします（{ctx.tel()}）"),
        ("10:10", a, "了解です"),
    ], "地域医療連携室", note="no resident or patient: staff and clinic doctors in their role"))  # fmt: skip

    # L2: 市民公開講座 申込 (starts on row 6, 姓/名/セイ/メイ split)
    rows2: list[list[Any]] = [["No", "姓", "名", "セイ", "メイ", "住所", "電話番号", "人数", "受付"]]
    for n, q in enumerate(ctx.people(r.randint(18, 24), (1940, 1995)), start=1):
        rows2.append([n, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), q.phone,
                      r.choice([1, 1, 2]), r.choice(["電話", "FAX", "窓口", "web"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("申込", [["市民公開講座「住み慣れた家で暮らすために」申込者"], [f"会場：{H} 講堂"], [], [], *rows2]),
    ]), post=merge_xlsx({"申込": ["A1:I1"]})))  # fmt: skip

    # L2: LINE WORKS: a caller signs up for the lecture, the reply gives the phone
    p = ctx.person((1945, 1990))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 2, ["name", "phone"], "lineworks", dt.date(2024, 10, 11), [
        ("13:31", a, f"公開講座の申込、電話で1件です。{p.name()}さん、2名で参加"),
        ("13:32", b, "名簿に入れます。連絡先は？"),
        ("13:33", a, f"{p.phone}（ご本人の携帯）"),
        ("13:35", b, "入れました。残席あと9です"),
    ], "連携室スタッフ"))  # fmt: skip

    # L2: 受講決定 notice with its digits set apart
    p = ctx.urban(ctx.person((1950, 1990)))
    lines = [f">{wareki(dt.date(2024, 10, 18), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
             f">{H} 地域医療連携室", "", "^市民公開講座 受講決定のお知らせ", "",
             "この たび は お申し込み いただき ありがとう ございました。下記 の とおり 受講 が 決定 しました ので お知らせ します。", "",
             f"日時　{wareki(dt.date(2024, 11, 16), 'spaced')}　午後 2 時 から", f"会場　{H} 2 階 講堂",
             "当日 は この はがき を 受付 に お出し ください。", "", f"問合せ　地域医療連携室　{tel}"]  # fmt: skip
    docs.append(letter_doc(F, 2, ["address", "name"], lines))

    # L2: 講師謝礼 支払依頼 in odt: a citizen speaker at their home address, with a bank account
    p = ctx.person((1950, 1975))
    docs.append(Doc(F, "odt", 2, ["address", "name", "phone"], DocSpec(
        title="講師謝礼 支払依頼書",
        paragraphs=["市民公開講座（11月16日）の体験談講師への謝礼について、下記のとおり支払いを依頼します。"],
        tables=[[["講師氏名", f"{p.name()}（{p.kata}）"], ["住所", f"〒{p.zip} {p.address(True)}"], ["電話", p.phone],
                 ["区分", "市民講師（在宅介護の体験談）"], ["謝礼", "10,000円（源泉徴収なし）"],
                 ["振込先", f"{r.choice(['北都銀行', '但馬銀行', '十八親和銀行', '十六銀行', '北陸銀行'])} 本店 普通 {r.randint(1000000, 9999999)}"]]],
        footer="地域医療連携室"), note="a citizen speaker paid at home is a private person"))  # fmt: skip

    # L3: 診療情報提供書 naming the patient with birth date and diagnosis
    p = ctx.person((1935, 1960))
    dx = r.sample(DIAG[:12], 2)
    docs.append(Doc(F, "docx", 3, ["address", "birth_date", "health", "name"], DocSpec(
        title="診療情報提供書",
        paragraphs=[f"{clinics[2]}　{ctx.staff().split()[0]} 先生 御侍史", f"作成日 {ymd(TODAY)}"],
        tables=[[["患者氏名", f"{p.name()} 様（{p.sex}）"], ["生年月日", f"{wareki(p.birth)}（{p.age()}歳）"],
                 ["住所", p.address()], ["傷病名", f"#1 {dx[0]}　#2 {dx[1]}"],
                 ["経過", f"{wareki(dt.date(2024, 9, 2))}入院。加療により状態安定し、10月18日退院予定。"],
                 ["処方", "アムロジピン5mg 1T 朝、ランソプラゾールOD15mg 1T 朝、酸化マグネシウム330mg 3T"],
                 ["依頼", "退院後の定期通院と血液検査をお願いいたします。"]]],
        footer=f"{H} {r.choice(DEPTS)}　{ctx.staff()}")))  # fmt: skip

    # L3: 退院調整 notes in prose: the name once, the details paragraphs later
    p = ctx.person((1930, 1950))
    docs.append(Doc(F, "odt", 3, ["health", "name"], DocSpec(
        title="退院調整記録",
        paragraphs=[
            f"対象：{p.name()} 様（{r.choice(WARDS)}病棟）。記録者：退院調整看護師 {ctx.staff()}。",
            "10月7日、長男より電話。自宅での受け入れについて妻と相談中とのこと。",
            "10月9日、担当ケアマネジャーと面談。住宅改修（手すり）と福祉用具（特殊寝台）を検討。",
            "10月10日、病棟カンファレンス。リハビリは歩行器で病棟内自立。",
            "本人の認知機能は長谷川式 14点で、アルツハイマー型認知症の診断あり。服薬は一包化と家族管理が必要。",
            "嚥下機能低下のため胃瘻造設を検討したが、家族は経口摂取の継続を希望。要介護4の区分変更申請中。",
        ]), note="the dementia and the 胃瘻 come paragraphs after the name"))  # fmt: skip

    # L3: Slack copy: one message names a discharged patient, the reply gives the wound and insulin
    p = ctx.person((1935, 1960))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 3, ["health", "name"], "slack", dt.date(2024, 10, 8), [
        ("13:10", a, f"明日退院の {p.name()} さん、初回訪問は10日でステーションあかりに依頼済みです"),
        ("13:14", b, "申し送りです。仙骨部の褥瘡 d2、ワセリン保護。インスリンはノボラピッド朝4単位、本人手技は不安定"),
        ("13:15", a, "了解。訪問看護指示書は主治医のサイン待ちです"),
    ], "renkei-houmon"))  # fmt: skip

    # L3: 紹介患者 一覧, a dashed core-system print of 104–118 persons with 傷病名
    cols = [("患者ID", 30), ("氏名", 80), ("カナ", 152), ("生年月日", 255), ("紹介元", 312), ("診療科", 452),
            ("傷病名", 520), ("紹介日", 660), ("返書", 720)]  # fmt: skip
    rows3: list[list[str]] = []
    for q in ctx.people(r.randint(104, 118), (1930, 2015)):
        rows3.append([q.pid, q.name(), q.kata, wareki(q.birth, "slash"), r.choice(clinics), r.choice(DEPTS), r.choice(DIAG),
                      ymd(ctx.date(dt.date(2024, 7, 1)))[5:], r.choice(["済", "済", "未"])])  # fmt: skip
    docs.append(print_doc(F, 3, ["birth_date", "health", "name"], "紹介患者一覧（令和6年7月～9月）",
                          f"{H} 地域連携システム RENKEI-Net  帳票 RK201", cols, rows3,
                          "抽出条件：紹介日 R6.7.1～R6.9.30  全診療科", False))  # fmt: skip

    # L3: a 要介護認定 申請代行 memo whose My Number is only in a text box as 「番号確認済 xxxx-xxxx-xxxx」
    p = ctx.person((1930, 1955))
    mn = random_my_number(r)
    docs.append(Doc(F, "docx", 3, ["my_number", "name"], DocSpec(
        title="要介護認定 申請代行 連絡票",
        paragraphs=[f"{p.name()} 様の要介護認定（新規）申請を、地域医療連携室で代行しました。",
                    f"提出先：{ctx.city} 介護保険課　提出日：{ymd(dt.date(2024, 10, 4))}",
                    "主治医意見書は病院から直接送付します。"],
        textboxes=[f"番号確認済 {grouped(mn, '-')}（カード表面・裏面）"]),
        note="the My Number is only in a text box labelled 番号確認済"))  # fmt: skip
    return docs


# --- 看護部・病院総務: 名簿, 当直表, 職員健診 ------------------------------------------------------------------
def kango(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "kango", ctx.hospital
    docs: list[Doc] = []
    soumu = ctx.office_phone(3)

    # L1: 外来担当医表 (doctors by name in their role)
    days = ["月", "火", "水", "木", "金"]
    table = [["診療科", *days]]
    for dep in DEPTS[:9]:
        table.append(
            [dep, *[r.choice([ctx.staff().split()[0], ctx.staff().split()[0], "（休診）"]) for _ in days]]
        )
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="外来担当医表（令和6年11月）",
        paragraphs=["受付時間 8:00～11:00（再来受付機は7:45から）", "※都合により変更になることがあります。"],
        tables=[table], footer=f"{H}　代表 {ctx.office_phone(0)}"), note="doctors named in their role"))  # fmt: skip

    # L1: nurse staffing by ward, merges, a hidden sheet
    rows: list[list[Any]] = [["病棟", "病床数", "看護師", "准看護師", "看護補助者", "夜勤体制", "看護配置"]]
    for w in WARDS:
        rows.append(
            [w, r.randint(30, 52), r.randint(18, 32), r.randint(0, 3), r.randint(3, 8), "3人夜勤", "7対1"]
        )
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("配置", [["", "病床", "職種別人数", None, None, "体制", None], *rows], title="看護職員配置状況（10月1日現在）", first_row=3),
        sheet("定数", [["病棟", "定数", "欠員"], *[[w, r.randint(20, 36), r.randint(0, 3)] for w in WARDS]], state="hidden"),
    ]), post=merge_xlsx({"配置": ["C3:E3", "F3:G3"]})))  # fmt: skip

    # L1: 委託業者 契約 一覧 with 法人番号 (xls), 代表者 in role, contract dates
    rows2: list[list[Any]] = [
        ["契約番号", "業務名", "受託者", "法人番号", "代表者", "契約日", "契約期間", "契約金額(円)"]
    ]
    jobs = [("病院清掃業務", "三和ビルサービス"), ("医事業務委託", "トラスト医事"), ("患者給食業務", "エムズ給食サービス"),
            ("寝具リネン賃貸借", r.choice(["白樺リネン", "さくら寝具"])), ("警備業務", "フジ警備保障"),
            ("医療ガス保守", "カワセ酸素"), ("検体検査業務", "ホクト臨床検査センター"), ("医療廃棄物処理", "あおぞら医療廃棄物"),
            ("SPD物品管理", "中央SPD"), ("電子カルテ保守", "ユニ電算システム")]  # fmt: skip
    for n, (job, co) in enumerate(((j, ctx.named(c)) for j, c in jobs), start=1):
        rows2.append([f"R6-{n:03d}", job, co, random_corporate_number(r), f"代表取締役 {ctx.staff()}", ymd(dt.date(2024, 3, r.randint(20, 29))),
                      "R6.4.1～R7.3.31", yen(r.randint(200, 9000) * 10000)])  # fmt: skip
    docs.append(Doc(F, "xls", 1, ["corporate_number"], DocSpec(sheets=[sheet("委託契約", rows2)]),
                    note="companies with 法人番号 and their 代表者 in role; 契約日 are not birth dates"))  # fmt: skip

    # L1: 当直表: doctors and nurses by 職名 with in-house PHS numbers
    rows3: list[list[Any]] = [
        ["日付", "曜", "内科系当直", "外科系当直", "小児科オンコール", "看護管理当直", "PHS"]
    ]
    for d in range(1, 31):
        day = dt.date(2024, 11, d)
        rows3.append([day, "月火水木金土日"[day.weekday()], f"{ctx.staff().split()[0]} 医師", f"{ctx.staff().split()[0]} 医師",
                      f"{ctx.staff().split()[0]} 医師", f"{ctx.staff().split()[0]} 師長", f"PHS {r.randint(7000, 7999)}"])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("11月", rows3, title="令和6年11月 当直・オンコール表")]),
                    note="staff by 職名 with in-house PHS numbers"))  # fmt: skip

    # L1: 看護実習 受入 案内, schools and 実習指導者 in role
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="令和6年度 看護学生 臨地実習の受入について",
        paragraphs=[f"{ctx.pref}立{ctx.city}看護専門学校、{ctx.pref}医療福祉大学看護学部の実習を下記のとおり受け入れます。",
                    f"実習指導者：{WARDS[0]}病棟 主任看護師 {ctx.staff()}、{WARDS[2]}病棟 副看護師長 {ctx.staff()}",
                    "実習期間：令和6年11月5日～12月13日（各クール2週間）", "更衣室は管理棟2階を使用。駐車場は利用不可。",
                    f"問合せ：看護部 教育担当　{ctx.office_phone(4)}"]),
        note="schools and staff in role"))  # fmt: skip

    # L1: 職員健診 実施要領 slides, aggregate rates only
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="令和6年度 職員健康診断 実施要領",
        paragraphs=["対象：全職員（非常勤含む） 約620名", "日程：11月11日～15日 健診センター", "項目：身体計測・血液・胸部X線・心電図",
                    "昨年度の有所見率 48.2％（脂質 21.5％、肝機能 12.0％）", "夜勤従事者は年2回", "結果は個別に封書で返却します"]),
        note="aggregate rates only"))  # fmt: skip

    # L2: one ward's 緊急連絡網, home phones and addresses, 姓/名 split, from column AB
    w = r.choice(WARDS)
    rows4: list[list[Any]] = [["順", "職名", "姓", "名", "自宅住所", "携帯電話", "次へ連絡"]]
    staff = ctx.people(r.randint(18, 24), (1965, 2002))
    for n, q in enumerate(staff, start=1):
        rows4.append([n, r.choice(["看護師", "看護師", "准看護師", "看護補助者"]), q.sei, q.mei, q.address(), q.phone,
                      staff[n].name() if n < len(staff) else "師長へ報告"])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("連絡網", far_right([[f"{w}病棟 緊急連絡網（災害時）"], [], *rows4], 27), first_row=4),
    ]), note="staff at their home address and mobile phone are private persons"))  # fmt: skip

    # L2: 採用内定通知 with its digits set apart
    p = ctx.urban(ctx.person((1998, 2003), "女"))
    lines = [f">{wareki(dt.date(2024, 10, 10), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address(True)), f"{p.name()} 様", "",
             f">{ctx.city}病院事業管理者", "", "^採用内定通知書", "",
             "先般 実施 しました 看護職員 採用 試験 の 結果、あなた を 下記 の とおり 採用 内定 と しました ので 通知 します。", "",
             f"採用予定日　{wareki(dt.date(2025, 4, 1), 'spaced')}", "職種　看護師（正規職員）",
             f"提出書類　{spaced_digits('承諾書（11月15日まで）、健康診断書、看護師免許証の写し')}",
             "", f"問合せ　{H} 総務課 人事係　{soumu}"]  # fmt: skip
    docs.append(letter_doc(F, 2, ["address", "name"], lines))

    # L2: LINE WORKS: a nurse on leave, the reply gives the home address for the papers
    p = ctx.person((1970, 1998))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 2, ["address", "name"], "lineworks", dt.date(2024, 10, 3), [
        ("16:02", a, f"{p.name()}さんの年末調整の書類、郵送でいいですか？"),
        ("16:05", b, "はい、郵送で。住所変わってます"),
        ("16:06", b, f"〒{p.zip} {p.address()} です"),
        ("16:07", a, "ありがとうございます、今日出します"),
    ], "総務課 人事係"))  # fmt: skip

    # L2: a member of staff's address change in odt, with birth date
    p = ctx.person((1968, 2000))
    docs.append(Doc(F, "odt", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="住所変更届（職員）",
        tables=[[["職員番号", p.pid[2:]], ["所属", f"{r.choice(WARDS)}病棟"], ["氏名", _pp(p)], ["生年月日", wareki(p.birth)],
                 ["新住所", f"〒{p.zip} {p.address()}"], ["電話", p.phone], ["異動日", ymd(dt.date(2024, 9, 28))],
                 ["通勤手当", "再計算（自家用車 片道 8km）"]]],
        footer="総務課 人事係 受付")))  # fmt: skip

    # L2: 採用試験 受験者 一覧 in cp932
    rows5: list[list[Any]] = [["受験番号", "氏名", "フリガナ", "生年月日", "電話", "最終学歴", "試験区分"]]
    for n, q in enumerate(ctx.people(r.randint(13, 17), (1985, 2003)), start=1):
        rows5.append([f"K{n:03d}", q.name(), q.kata, ymd(q.birth), q.phone,
                      r.choice([f"{ctx.city}看護専門学校", "県立看護大学", "医療福祉大学", "社会人経験者"]),
                      r.choice(["新卒", "既卒", "経験者"])])  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 2, ["birth_date", "name", "phone"], DocSpec(sheets=[sheet("受験者", rows5)]))
    )

    # L3: 職員名簿, a dashed core-system print of 104–120 staff at home
    cols = [("職員番号", 30), ("氏名", 85), ("カナ", 155), ("生年月日", 255), ("所属", 310), ("職名", 375),
            ("自宅住所", 440), ("電話", 650), ("採用", 735)]  # fmt: skip
    rows6: list[list[str]] = []
    for q in ctx.people(r.randint(104, 120), (1962, 2003)):
        rows6.append([q.pid[2:], q.name(), q.kata, wareki(q.birth, "abbr"), r.choice([*WARDS, "外来", "手術室", "医事課"]),
                      r.choice(["看護師", "看護師", "准看護師", "助産師", "看護補助者"]), q.address()[:26], q.phone,
                      f"H{r.randint(10, 30)}"])  # fmt: skip
    docs.append(print_doc(F, 3, ["address", "birth_date", "name", "phone"], "看護部 職員名簿（自宅住所）",
                          f"{ctx.city}病院事業 人事給与システム  帳票 JK-015", cols, rows6, "所属：看護部  在職者のみ",
                          False, note="more than 100 staff at their home address (bulk)"))  # fmt: skip

    # L3: 健診結果, from column AA on row 12, findings per member of staff
    head: list[Any] = ["職員番号", "氏名", "所属", "年齢", "判定", "所見", "事後措置"]
    finds = ["高血圧", "脂質異常症", "肝機能異常（γ-GTP 148）", "胸部X線 要精密検査", "HbA1c 7.2 糖尿病疑い", "貧血（Hb 9.8）",
             "心電図 完全右脚ブロック", "尿潜血（2+）"]  # fmt: skip
    rows7: list[list[Any]] = [head]
    for q in ctx.people(r.randint(36, 48), (1962, 2002)):
        rows7.append([q.pid[2:], q.name(), r.choice(WARDS), q.age(), r.choice(["A", "B", "C", "D", "E"]), r.choice(finds),
                      r.choice(["経過観察", "要受診", "産業医面談", "再検査"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("結果", [[None] * 26 + ["令和6年度 職員健診 結果一覧（看護部）"], *[[] for _ in range(3)], *far_right(rows7, 26)],
              first_row=8),
    ]), post=merge_xlsx({"結果": ["AA8:AG8"]})))  # fmt: skip

    # L3: 非常勤医師 謝金 memo whose My Number is only in the footer as 「○○先生の番号 xxxx xxxx xxxx」
    p = ctx.person((1960, 1985), "男")
    mn = random_my_number(r)
    docs.append(Doc(F, "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="非常勤医師 当直謝金 支払調書 作成メモ",
        paragraphs=[f"氏名　{p.name()}（{p.kata}）", f"住所　{p.address(True)}",
                    "区分　報酬・料金（医師の当直）　令和6年分", f"支払額　{yen(r.randint(80, 240) * 10000)}円　源泉徴収税額　別紙",
                    "番号の提供を受け、本人確認（免許証）を行った。"],
        footer=f"{p.sei}先生の番号 {grouped(mn)}"),
        note="a doctor paid as an individual at home; the My Number is only in the footer"))  # fmt: skip

    # L3: 休職 record in prose: the nurse named once, the diagnosis paragraphs later
    p = ctx.person((1975, 1998), "女")
    docs.append(Doc(F, "docx", 3, ["health", "name"], DocSpec(
        title="職員面談記録（看護部長室）",
        paragraphs=[f"対象職員：{p.name()}（{r.choice(WARDS)}病棟 看護師）　面談者：看護部長、副部長",
                    "9月下旬から欠勤が続いており、本人と電話で連絡を取り、10月4日に面談を実施した。",
                    "本人は夜勤の連続と新人指導の負担を訴えた。病棟の勤務表を確認し、夜勤回数の偏りがあった。",
                    "今後の勤務については、本人の希望を聞きながら師長と調整する。",
                    "本人より精神科クリニックの診断書の提出があり、病名は適応障害、3か月の休養を要するとのこと。",
                    "産業医面談を10月11日に設定。復職支援プログラムを案内した。"]),
        note="the diagnosis comes paragraphs after the name"))  # fmt: skip

    # L3: Teams: a nurse's 切迫早産 in a reply
    p = ctx.person((1988, 1998), "女")
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 3, ["health", "name"], "teams", dt.date(2024, 10, 14), [
        ("07:48", a, f"{p.name()}さん、今日の日勤お休みです"),
        ("07:52", b, "どうしました？"),
        ("07:55", a, "昨夜 切迫早産で産科に入院になったそうです。妊娠30週。しばらく出られないと"),
        ("07:56", b, "了解。今週の勤務表組み直します"),
    ], f"{r.choice(WARDS)}病棟 師長・主任"))  # fmt: skip
    return docs


# --- 患者相談窓口: 苦情と投書 ---------------------------------------------------------------------------------
def soudan(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "soudan", ctx.hospital
    docs: list[Doc] = []
    tel = ctx.office_phone(5)

    # L1: 患者の声 published with the answers, anonymised
    voices = [("60代 女性", "会計の待ち時間が長い。", "自動精算機を2台増設しました（9月）。"),
              ("40代 男性", "駐車場が満車で受診に間に合わなかった。", "職員駐車場の一部を患者用に開放しました。"),
              ("70代 男性", "看護師の説明が早口で分かりにくかった。", "病棟で接遇研修を行い、説明用の資料を作り直しました。"),
              ("30代 女性", "小児科の待合にWi-Fiがほしい。", "11月から外来全体で無料Wi-Fiを提供します。"),
              ("80代 女性", "トイレの手すりが少ない。", "2階東側トイレに手すりを設置しました。")]  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="「患者さまの声」とその回答（令和6年7月～9月）",
        paragraphs=["院内5か所の投書箱とホームページにお寄せいただいたご意見の一部と回答を掲載します。"],
        tables=[[["投稿者", "ご意見", "回答"], *[list(v) for v in voices]]], footer=f"{H} 患者相談窓口"),
        note="published answers with the writers anonymised (60代 女性)"))  # fmt: skip

    # L1: 相談件数 by month and category, merges, a hidden sheet
    cats = ["医療費・制度", "診療内容", "接遇", "施設・設備", "退院・転院", "その他"]
    rows: list[list[Any]] = [
        ["分類", "4月", "5月", "6月", "7月", "8月", "9月"],
        *[[c, *[r.randint(2, 40) for _ in range(6)]] for c in cats],
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("件数", [["", "第1四半期", None, None, "第2四半期", None, None], *rows], title="患者相談窓口 相談件数", first_row=3),
        sheet("分類コード", [["コード", "分類"], *[[f"C{i}", c] for i, c in enumerate(cats, 1)]], state="hidden"),
    ]), post=merge_xlsx({"件数": ["B3:D3", "E3:G3"]})))  # fmt: skip

    # L1: 相談窓口 案内 in odt: the social workers in their role
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title="患者相談窓口のご案内",
        paragraphs=["医療費のこと、介護保険、退院後の生活、ご意見・苦情など、どなたでもご相談いただけます。",
                    f"相談員：医療ソーシャルワーカー {ctx.staff()}、{ctx.staff()}／看護師 {ctx.staff()}",
                    f"場所：1階 総合案内の隣　受付：平日 9時～16時　電話 {tel}（直通）",
                    "相談の内容は、ご本人の同意なく他に伝えることはありません。"]),
        note="social workers named in their role"))  # fmt: skip

    # L1: 苦情対応 研修 slides: Ａさん and 〇〇 〇〇
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="苦情対応研修（新規採用職員向け）",
        paragraphs=["事例1：Ａさん（70代）「説明がなかった」と窓口で大声", "初期対応：場所を移し、まず傾聴する",
                    "事例2：〇〇 〇〇 様のご家族からの電話（面会制限について）", "記録は事実と発言を分けて書く",
                    "個人情報は研修資料に載せない", "相談窓口・医療安全管理室への報告ルート"]),
        note="masked persons (Ａさん, 〇〇 〇〇)"))  # fmt: skip

    # L1: Teams among staff about the 投書箱 collection: no patient
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 1, [], "teams", dt.date(2024, 10, 7), [
        ("08:45", a, "今週の投書箱回収は水曜でお願いします"),
        ("08:47", b, "了解です。外来5か所と病棟3か所ですね"),
        ("08:48", a, "回答の掲示は来月の委員会で承認後に"),
        ("08:50", b, "承知しました。先月分は12件でした"),
    ], "患者サービス向上委員会 事務局", note="no resident or patient: staff only"))  # fmt: skip

    # L1: 投書 受付簿 in cp932, 12-digit 受付番号 failing the check digit, anonymous writers
    rows2: list[list[Any]] = [["受付番号", "受付日", "投書箱", "分類", "記名", "回答要否", "対応課"]]
    for num in _look_alikes(ctx, 26):
        rows2.append([num, ymd(ctx.date(dt.date(2024, 7, 1))), r.choice(["外来1F", "外来2F", "会計前", "病棟3F", "web"]),
                      r.choice(cats), "無記名", r.choice(["要", "不要"]), r.choice(["医事課", "看護部", "総務課", "栄養科"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("受付簿", rows2)]),
                    note="12-digit 受付番号 all failing the check digit; the writers are anonymous"))  # fmt: skip

    # L2: a resident's letter to 「市長 様」 about the hospital's car park, signed at the end
    p = ctx.person((1945, 1975))
    docs.append(Doc(F, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}長 様", "", "市立病院の駐車場について（お願い）",
        f"私は{ctx.city}に住んで40年になります。月に一度、母の付き添いで{H}に通っておりますが、"
        "朝8時を過ぎると駐車場がいっぱいで、道路に車が並び、近所の方にも迷惑になっています。",
        "職員の方の車が患者用の区画に停まっているという話も聞きました。立体駐車場の計画があると聞きましたが、いつになるのでしょうか。",
        "市民の病院ですので、どうか早く改善していただきますようお願い申し上げます。", "",
        f"令和6年9月{r.randint(1, 28)}日", *_sig(p)]), note="a complaint about the car park: no diagnosis"))  # fmt: skip

    # L2: the answer, with its digits set apart
    p = ctx.urban(ctx.person((1950, 1985)))
    lines = [f">{wareki(dt.date(2024, 10, 9), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
             f">{H} 院長", "", "^ご意見への回答について", "",
             spaced_digits("9月20日にお寄せいただいたご意見（受付窓口の対応）について、下記のとおり回答いたします。"), "",
             "受付 の 職員 が 番号札 の 説明 を せず、長く お待たせ した こと を お詫び 申し上げます。",
             "10 月 から 受付 に 案内係 を 1 名 配置 し、番号札 の 呼出 表示 を 大きく しました。",
             "", f"担当　患者相談窓口　{tel}"]  # fmt: skip
    docs.append(
        letter_doc(F, 2, ["address", "name"], lines, note="an answer about the reception desk: no diagnosis")
    )

    # L2: Outlook mail: the complainant's web form quoted, the reply gives their phone
    p = ctx.person((1960, 1995))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=mail(
        f"{a} <soudan@hosp.{ctx.city}.lg.jp>", f"{b}", "RE: ホームページからのご意見（待ち時間）", "2024年10月10日 11:02",
        [f"{b.split()[0]}さん", "", f"{p.name()}様には、本日午後にこちらから電話します。",
         f"フォームに書かれていた番号は {p.phone} です（平日16時以降希望）。", "", a],
        [(b, "2024年10月10日 9:40", "ホームページからのご意見（待ち時間）",
          ["相談窓口 各位", "", "下記のご意見が届きました。回答をお願いします。", "", f"お名前：{p.name()}",
           "ご意見：予約していたのに2時間待たされた。予約の意味がない。折り返し電話がほしい。"])])),
        note="a complaint about waiting time: no diagnosis"))  # fmt: skip

    # L2: 苦情受付票 (xls): name, address, phone, the complaint about a member of staff's manner
    p = ctx.person((1950, 1990))
    docs.append(Doc(F, "xls", 2, ["address", "name", "phone"], DocSpec(sheets=[sheet("受付票", [
        ["苦情・相談 受付票"], [], ["受付日時", f"{ymd(dt.date(2024, 10, 1))} 14:20", "受付者", ctx.staff()],
        ["申出者", p.name(), "ふりがな", p.kana], ["住所", p.address()], ["電話", p.phone],
        ["区分", "接遇（警備員の言葉づかい）"], ["内容", "夜間の救急入口で、警備員に強い口調で「ここは入口ではない」と言われた。"],
        ["対応", "警備会社に事実確認を依頼、本人へ電話で報告予定"],
    ])]), note="a complaint about manners: no diagnosis"))  # fmt: skip

    # L3: a complaint record in prose: named once, the surgical infection paragraphs later
    p = ctx.person((1940, 1965))
    fam = ctx.person((1965, 1990))
    docs.append(Doc(F, "docx", 3, ["health", "name"], DocSpec(
        title="苦情対応記録（医療安全管理室へ回付）",
        paragraphs=[f"申出者：患者家族（長女）{fam.name()}　患者：{p.name()} 様",
                    "10月2日 15時、相談窓口に来所。説明が不十分だったとの申し出。約50分。",
                    "申出者は、手術前に説明を受けた内容と、術後の経過が違うと繰り返し述べた。",
                    "相談員は、主治医からの説明の場を設けることを提案し、申出者は了承した。",
                    "主治医の説明では、9月の腹腔鏡下胆嚢摘出術の後に創部感染（MRSA）を起こし、再手術となった経過である。",
                    "医療安全管理室で事例検討を行い、10月16日に再度説明することとした。"]),
        note="the surgical infection comes paragraphs after the name"))  # fmt: skip

    # L3: relay log (「名前 → …」) in cp932: a caller's unpaid bills come out in the reply
    p = ctx.person((1955, 1990))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 3, ["arrears", "name", "phone"], "arrow", dt.date(2024, 10, 8), [
        ("10:15", a, f"{p.name()}様（{p.phone}）より、請求書の金額がおかしいとの電話。医事課に確認中"),
        ("10:32", b, f"医事課から回答：{p.sei}様は4月からの外来診療費が未納で、計 {yen(r.randint(30, 90) * 1000)}円。督促状を2回送付済み"),
        ("10:40", a, "本人に分納の相談ができることを伝えた。明日 医事課窓口に来るとのこと"),
    ], "患者相談窓口", fmt="txt-cp932"))  # fmt: skip

    # L3: 相談記録 一覧 with 姓/名/kana split and the consultation, a hidden sheet of codes
    rows3: list[list[Any]] = [["受付日", "姓", "名", "セイ", "メイ", "年齢", "分類", "相談内容", "対応"]]
    topics = ["乳癌の再発で治療費が心配", "透析の通院手段がない", "認知症の夫の退院先", "がんの告知後の不安", "精神科受診歴を職場に知られたくない",
              "糖尿病の教育入院の費用", "脳梗塞後の復職", "難病医療費助成の申請"]  # fmt: skip
    for q in ctx.people(r.randint(22, 28), (1940, 2000)):
        rows3.append([ymd(ctx.date(dt.date(2024, 7, 1))), q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.age(),
                      r.choice(["C1", "C2", "C5"]), r.choice(topics), r.choice(["MSW面談", "制度案内", "主治医へ連絡"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("相談記録", rows3, title="患者相談 記録一覧（7月～9月）"),
        sheet("分類", [["コード", "分類"], *[[f"C{i}", c] for i, c in enumerate(cats, 1)]], state="hidden"),
    ])))  # fmt: skip

    # L3: a patient's own letter to 「患者相談窓口 御中」 about her treatment, drawn with digits set apart
    p = ctx.urban(ctx.person((1960, 1985), "女"))
    lines = [f">{wareki(dt.date(2024, 9, 30), 'spaced')}", f"{H}　患者相談窓口　御中", "", "^お願い", "",
             "私 は 昨年 から 貴院 の 外科 で 乳がん の 治療 を 受けて います。",
             "抗がん剤 の 副作用 で 手足 の しびれ が ひどく、仕事 を 続ける のが 難しく なって います。",
             "治療 を 続け ながら 働く ため の 制度 や、医療費 の 助成 に ついて 相談 したい ので、面談 の 予約 を お願い します。",
             "", f"住所　〒{p.zip} {spaced_digits(p.address())}", f"氏名　{p.name()}", f"電話　{p.phone}"]  # fmt: skip
    docs.append(letter_doc(F, 3, ["address", "health", "name", "phone"], lines))
    return docs


# --- 栄養科: 食事箋, アレルギー, 治療食 ------------------------------------------------------------------------
def eiyou(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "eiyou", ctx.hospital
    docs: list[Doc] = []
    tel = ctx.office_phone(6)

    # L1: 治療食 献立 with kcal, merged header
    rows: list[list[Any]] = [["食種", "朝", "昼", "夕", "エネルギー(kcal)", "たんぱく質(g)", "塩分(g)"]]
    menus = [
        "ごはん・みそ汁・卵焼き",
        "鮭の塩焼き・ひじき煮",
        "鶏の照り焼き・青菜のお浸し",
        "肉じゃが・酢の物",
        "白身魚の煮付け",
    ]
    for d in DIETS[:10]:
        rows.append(
            [
                d,
                r.choice(menus),
                r.choice(menus),
                r.choice(menus),
                r.randint(1200, 2000),
                r.randint(35, 80),
                round(r.uniform(5, 9), 1),
            ]
        )
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("10月第3週", [["", "献立", None, None, "栄養量", None, None], *rows], title="治療食 献立表（10月第3週）", first_row=3),
    ]), post=merge_xlsx({"10月第3週": ["B3:D3", "E3:G3"]})))  # fmt: skip

    # L1: アレルギー 対応 マニュアル (general)
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="食物アレルギー対応マニュアル（栄養科）",
        paragraphs=["特定原材料8品目（えび、かに、くるみ、小麦、そば、卵、乳、落花生）と準ずる20品目を対象とする。",
                    "入院時に看護師が聴取したアレルギー情報は、電子カルテの患者プロファイルに登録し、食事箋に反映する。",
                    "除去食は専用トレイ（黄色）と札で区別し、配膳前に調理師と看護師でダブルチェックを行う。",
                    "アナフィラキシーの既往がある患者は、病棟でエピペンの有無を確認する。",
                    f"問合せ：栄養科 {tel}"]), note="a general manual: no person"))  # fmt: skip

    # L1: 食材納入業者 with 法人番号 (ods)
    rows2: list[list[Any]] = [["業者名", "法人番号", "品目", "所在地", "電話", "契約開始日"]]
    foods = [("丸十青果", "青果"), ("ミートかねこ", "精肉"), ("魚松水産", "鮮魚"), ("大黒食品", "乾物・調味料"),
             ("北雪乳業", "牛乳・乳製品"), ("ヘルシーフーズ東日本", "冷凍食品・治療食材"), ("しんせい薬品", "濃厚流動食"),
             ("羽州米穀", "米")]  # fmt: skip
    for co, item in foods:
        rows2.append([ctx.named(co), random_corporate_number(r), item,
                      ctx.biz_address(), ctx.tel(), ymd(dt.date(2024, 4, 1))])  # fmt: skip
    docs.append(Doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("納入業者", rows2)]),
                    note="companies with 法人番号; 契約開始日 are not birth dates"))  # fmt: skip

    # L1: 食事箋 記入例 with a sample name and text boxes
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="食事箋（記入例）",
        tables=[[["患者氏名", "栄養 太郎"], ["病棟・床", "○東 ○○○号"], ["食種", "エネルギー制限食 1600kcal"], ["主食", "米飯 150g"],
                 ["アレルギー", "（例）えび・かに"], ["指示医", "○○ ○○"]]],
        textboxes=["記入例", "← 禁止食品は品目名で記入（「魚介類」のような書き方は不可）"], footer="記入例"),
        note="a 記入例 with a sample name and a sample allergy"))  # fmt: skip

    # L1: 納品 伝票 in txt: 12-digit 伝票番号 failing the check digit
    lines = ["食材 納品伝票 控え（10月第2週）", "伝票番号\t納品日\t業者\t品目\t数量\t金額"]
    cos = [ctx.named(c) for c in ("丸十青果", "ミートかねこ", "魚松水産", "北雪乳業", "羽州米穀")]
    for num in _look_alikes(ctx, 24):
        lines.append(
            f"{num}\t{ymd(ctx.date(dt.date(2024, 10, 7), dt.date(2024, 10, 12)))}\t{r.choice(cos)}\t"
            f"{r.choice(['キャベツ', '鶏もも', '真鱈', '牛乳', '絹豆腐', '米'])}\t{r.randint(2, 60)}\t{yen(r.randint(1, 90) * 1000)}"
        )
    docs.append(
        Doc(F, "txt", 1, [], DocSpec(paragraphs=lines), note="12-digit 伝票番号 all failing the check digit")
    )

    # L2: 料理教室 参加者 (starts on row 6, 姓/名/セイ/メイ split)
    rows3: list[list[Any]] = [["No", "姓", "名", "セイ", "メイ", "住所", "電話", "参加回"]]
    for n, q in enumerate(ctx.people(r.randint(16, 22), (1945, 1995)), start=1):
        rows3.append(
            [
                n,
                q.sei,
                q.mei,
                katakana(q.sei_kana),
                katakana(q.mei_kana),
                q.address(),
                q.phone,
                r.choice(["第1回", "第2回", "両方"]),
            ]
        )
    docs.append(Doc(F, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("参加者", [["減塩料理教室 参加者名簿"], ["主催：栄養科"], [], [], *rows3]),
    ]), post=merge_xlsx({"参加者": ["A1:H1"]})))  # fmt: skip

    # L2: Slack copy: a participant cancels, the reply gives the phone
    p = ctx.person((1950, 1990))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 2, ["name", "phone"], "slack", dt.date(2024, 10, 10), [
        ("15:02", a, f"料理教室 第2回、{p.name()}さんからキャンセルの電話ありました"),
        ("15:05", b, "キャンセル待ちの方に連絡します。念のため番号を"),
        ("15:06", a, f"{p.phone} です"),
    ], "eiyou-kyoushitsu"))  # fmt: skip

    # L2: 当選 notice with its digits set apart
    p = ctx.urban(ctx.person((1950, 1990)))
    lines2 = [f">{wareki(dt.date(2024, 10, 4), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
              f">{H} 栄養科", "", "^減塩料理教室 参加決定のお知らせ", "",
              "お申し込み いただいた 料理教室 の 参加 が 決まりました。", f"日時　{wareki(dt.date(2024, 11, 9), 'spaced')}　10 時 から 13 時",
              "持ち物　エプロン、三角巾、筆記用具", f"参加費　{spaced_digits('500円（材料費）')}", "", f"問合せ　栄養科　{tel}"]  # fmt: skip
    docs.append(letter_doc(F, 2, ["address", "name"], lines2))

    # L2: パート調理員 登録票 in odt
    p = ctx.person((1965, 1995), "女")
    docs.append(Doc(F, "odt", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="会計年度任用職員（調理員）登録票",
        tables=[[["氏名", _pp(p)], ["生年月日", wareki(p.birth)], ["住所", f"〒{p.zip} {p.address()}"], ["電話", p.phone],
                 ["希望勤務", "早番（6:00～10:00）週3日"], ["資格", "調理師免許"]]])))  # fmt: skip

    # L3: 食事箋 一覧, a ruled core-system print of 108–126 inpatients with 食種 and allergies
    cols = [("病棟", 30), ("床", 62), ("患者ID", 92), ("氏名", 140), ("カナ", 210), ("生年月日", 305), ("食種", 360),
            ("主食", 520), ("禁止食品・アレルギー", 580)]  # fmt: skip
    rows4: list[list[str]] = []
    for q in ctx.people(r.randint(108, 126), (1930, 2012)):
        alg = "・".join(r.sample(ALLERGY, r.randint(1, 2))) if r.random() < 0.3 else ""
        rows4.append([r.choice(WARDS), f"{r.randint(301, 620)}-{r.randint(1, 4)}", q.pid, q.name(), q.kata,
                      wareki(q.birth, "short"), r.choice(DIETS), r.choice(["米飯", "全粥", "五分粥", "パン", "なし"]), alg])  # fmt: skip
    docs.append(print_doc(F, 3, ["birth_date", "health", "name"], "食事箋一覧（10月15日 昼食）",
                          f"{H} 給食管理システム NUTRI-Pro  帳票 EY03", cols, rows4, "対象：全病棟  食事開始患者", True))  # fmt: skip

    # L3: a one-person 食事箋 with the allergy in a text box
    p = ctx.person((2012, 2019))
    docs.append(Doc(F, "docx", 3, ["birth_date", "health", "name"], DocSpec(
        title="食事箋（小児科病棟）",
        tables=[[["患者氏名", _pp(p)], ["生年月日", wareki(p.birth)], ["病棟・床", f"{WARDS[3]} {r.randint(401, 420)}"],
                 ["食種", "幼児食（学童）"], ["指示医", ctx.staff()]]],
        textboxes=[f"【禁止】{r.choice(['えび・かに', '小麦', '落花生・くるみ', '卵（加熱卵も不可）'])}　アナフィラキシー既往あり　エピペン持参"]),
        note="the allergy is only in a text box"))  # fmt: skip

    # L3: 配膳表 with names; the allergies on a hidden sheet joined by 床
    beds = [f"{r.randint(3, 6)}{r.randint(1, 20):02d}-{n % 4 + 1}" for n in range(r.randint(24, 32))]
    pts = ctx.people(len(beds), (1930, 2005))
    rows5: list[list[Any]] = [["床", "氏名", "食種", "主食", "備考"]]
    rows5 += [
        [b, q.name(), r.choice(DIETS), r.choice(["米飯", "全粥"]), "別紙参照" if i % 4 == 0 else ""]
        for i, (b, q) in enumerate(zip(beds, pts, strict=True))
    ]
    hidden: list[list[Any]] = [["床", "禁止食品", "症状"]]
    hidden += [
        [b, r.choice(ALLERGY), r.choice(["じんましん", "アナフィラキシー", "口腔アレルギー"])]
        for i, b in enumerate(beds)
        if i % 4 == 0
    ]
    docs.append(Doc(F, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("配膳表", rows5, title=f"{r.choice(WARDS)}病棟 配膳表 10/15 夕"),
        sheet("別紙", hidden, state="hidden"),
    ]), note="names and 食種 (治療食) on the visible sheet; allergies on a hidden sheet joined by 床"))  # fmt: skip

    # L3: Teams: one names the patient, the reply gives the swallowing disorder
    p = ctx.person((1930, 1950))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 3, ["health", "name"], "teams", dt.date(2024, 10, 15), [
        ("11:20", a, f"{r.choice(WARDS)}の{p.name()}さん、昼から食形態変更できますか"),
        ("11:22", b, "どう変えますか？"),
        ("11:24", a, "脳梗塞後の嚥下障害でむせ込みが続いていて、嚥下調整食コード2-1、とろみ中間で。STの評価済みです"),
        ("11:25", b, "昼から変更します"),
    ], "栄養科・病棟連絡"))  # fmt: skip

    # L3: 栄養指導 記録 in prose: the name once, the kidney disease later
    p = ctx.person((1945, 1970), "男")
    docs.append(Doc(F, "odt", 3, ["health", "name"], DocSpec(
        title="栄養食事指導記録（外来・個別）",
        paragraphs=[f"対象者：{p.name()} 様　指導日：{ymd(dt.date(2024, 10, 11))}　担当：管理栄養士 {ctx.staff()}",
                    "妻と来室。普段の食事は妻が作っている。昼は職場の近くで外食が多い。",
                    "3日分の食事記録を確認。麺類の汁を残さず飲む習慣がある。間食に菓子パン。",
                    "減塩の工夫（だし、香味野菜、汁は半分残す）を説明した。妻は熱心にメモを取っていた。",
                    "HbA1c 8.1％、eGFR 38。糖尿病性腎症3期のため、たんぱく質 50g、塩分 6g 未満を指示どおり説明。",
                    "次回は1か月後、検査結果を見て再指導。"]),
        note="the diabetic kidney disease comes paragraphs after the name"))  # fmt: skip
    return docs


# --- 病院ボランティア・見学者受付 ---------------------------------------------------------------------------
def volunteer(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "volunteer", ctx.hospital
    docs: list[Doc] = []
    tel = ctx.office_phone(7)

    # L1: the call for volunteers
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="病院ボランティア募集",
        paragraphs=["外来での受付案内、車いすの介助、図書コーナーの整理、園芸などの活動をしていただける方を募集しています。",
                    "活動日：平日 9時～12時（週1回から）　対象：18歳以上の方", "ボランティア保険の保険料は病院が負担します。",
                    f"申込・問合せ：{H} 総務課 ボランティア担当　{tel}"], footer=H), note="a public call"))  # fmt: skip

    # L1: activity figures, merges, a hidden sheet
    acts = ["外来案内", "車いす介助", "図書", "園芸", "小児病棟 読み聞かせ"]
    rows: list[list[Any]] = [
        ["活動", "4月", "5月", "6月", "7月", "8月", "9月"],
        *[[a, *[r.randint(4, 60) for _ in range(6)]] for a in acts],
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("実績", [["", "第1四半期", None, None, "第2四半期", None, None], *rows], title="ボランティア活動実績（延べ人数）", first_row=3),
        sheet("集計用", [["活動", "登録者数"], *[[a, r.randint(5, 30)] for a in acts]], state="hidden"),
    ]), post=merge_xlsx({"実績": ["B3:D3", "E3:G3"]})))  # fmt: skip

    # L1: the volunteer association's officers, published, with the office phone
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title=f"{H}ボランティアの会 役員（令和6年度）",
        tables=[[["役職", "氏名"], ["会長", ctx.staff()], ["副会長", ctx.staff()], ["会計", ctx.staff()], ["監事", ctx.staff()]]],
        paragraphs=[f"事務局：{H} 総務課内　電話 {tel}", "（役員名は病院だより10月号に掲載しました）"]),
        note="the association's officers named in a published roster, reached through the hospital"))  # fmt: skip

    # L1: 見学者 受付 集計 by group, cp932
    groups = [f"{ctx.city}立第{n}中学校" for n in range(1, 4)] + [
        f"{ctx.pref}立{ctx.city}高等学校",
        "看護専門学校",
        "民生委員協議会",
        "老人クラブ連合会",
    ]
    rows2: list[list[Any]] = [["見学日", "団体名", "人数", "引率", "見学先"]]
    for g in groups:
        rows2.append(
            [
                ymd(ctx.date(dt.date(2024, 5, 1))),
                g,
                r.randint(8, 40),
                f"{r.randint(1, 3)}名",
                r.choice(["手術室・検査室", "病棟・リハビリ", "救急外来"]),
            ]
        )
    docs.append(
        Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("見学", rows2)]), note="groups and counts only")
    )

    # L1: 見学 申込書 記入例
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="病院見学 申込書（記入例）",
        tables=[[["代表者氏名", "見学 一郎"], ["団体名", "○○中学校 2年生"], ["連絡先", "○○○○-○○-○○○○"], ["希望日", "令和○年○月○日"],
                 ["人数", "20名（引率2名）"]]],
        textboxes=["記入例"], footer="記入例"), note="a 記入例 with a sample name"))  # fmt: skip

    # L1: 見学 slides naming the 看護部長 in role
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title=f"ようこそ {H} へ（中学生職場見学）",
        paragraphs=[f"病床数 {r.randint(280, 420)}床・診療科 {len(DEPTS)}科", f"看護部長 {ctx.staff()} からのあいさつ",
                    "見学コース：救急外来 → 手術室 → 検査室 → 屋上ヘリポート", "患者さんのプライバシーのため写真撮影はできません",
                    "質問コーナー", "お疲れさまでした"]), note="staff in role"))  # fmt: skip

    # L2: a volunteer's registration, address and phone in text boxes
    p = ctx.person((1948, 1980))
    docs.append(Doc(F, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="病院ボランティア 登録申込書",
        tables=[[["氏名", _pp(p)], ["生年月日", wareki(p.birth)], ["希望活動", "外来案内、図書"], ["活動可能日", "火・木 午前"]]],
        textboxes=[f"住所 〒{p.zip} {p.address()}", f"電話 {p.phone}"])))  # fmt: skip

    # L2: one day's 見学者 受付簿, with a hidden sheet of codes
    rows3: list[list[Any]] = [["No", "氏名", "所属", "電話", "入館", "退館", "区分"]]
    for n, q in enumerate(ctx.people(r.randint(14, 20), (1955, 2002)), start=1):
        rows3.append([n, q.name(), r.choice(["一般", "医療機器メーカー見学会", "看護学生 保護者", "病院見学（就職希望）"]), q.phone,
                      f"{r.randint(9, 11)}:{r.randint(0, 5)}0", f"{r.randint(12, 15)}:{r.randint(0, 5)}0", r.choice(["V1", "V2", "V3"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("受付簿", rows3, title=f"見学者 受付簿 {ymd(dt.date(2024, 10, 10))}"),
        sheet("区分", [["コード", "区分"], ["V1", "一般"], ["V2", "業者"], ["V3", "学生"]], state="hidden"),
    ])))  # fmt: skip

    # L2: LINE WORKS: a volunteer's phone in a reply
    p = ctx.person((1948, 1975))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 2, ["name", "phone"], "lineworks", dt.date(2024, 10, 11), [
        ("09:05", a, f"ボランティアの{p.name()}さん、今日まだ来られてません"),
        ("09:07", b, "携帯にかけてみてください"),
        ("09:08", b, p.phone),
        ("09:15", a, "連絡つきました。バスが遅れているそうです"),
    ], "ボランティア担当"))  # fmt: skip

    # L2: a thank-you letter with its digits set apart
    p = ctx.urban(ctx.person((1945, 1970)))
    lines = [f">{wareki(dt.date(2024, 10, 1), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
             f">{H} 院長", "", "^感謝状の送付について", "",
             "長年 に わたり 当院 の ボランティア と して ご尽力 いただき、心 から 感謝 申し上げます。",
             f"活動 {r.randint(10, 20)} 年 の 節目 に あたり、感謝状 を お贈り します。",
             "今後 とも よろしく お願い 申し上げます。", "", f"担当　総務課　{tel}"]  # fmt: skip
    docs.append(letter_doc(F, 2, ["address", "name"], lines))

    # L2: relay log (「名前 → …」) in cp932: a visitor's phone
    p = ctx.person((1960, 2000))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 2, ["name", "phone"], "arrow", dt.date(2024, 10, 10), [
        ("10:40", a, f"見学者の{p.name()}様が受付に忘れ物（傘）"),
        ("10:45", b, f"受付簿の電話 {p.phone} に連絡、明日取りに来られるとのこと"),
        ("10:46", a, "総合案内で保管します"),
    ], "見学者受付", fmt="txt-cp932"))  # fmt: skip

    # L3: 登録者 名簿, a ruled core-system print of 102–116 volunteers with birth dates
    cols = [("登録番号", 30), ("氏名", 85), ("カナ", 155), ("生年月日", 255), ("住所", 315), ("電話", 545),
            ("活動", 625), ("登録日", 715)]  # fmt: skip
    rows4: list[list[str]] = []
    for n, q in enumerate(ctx.people(r.randint(102, 116), (1940, 2004)), start=1):
        rows4.append([f"V{n:04d}", q.name(), q.kata, wareki(q.birth, "long"), q.address()[:26], q.phone, r.choice(acts),
                      ymd(ctx.date(dt.date(2015, 4, 1)))])  # fmt: skip
    docs.append(print_doc(F, 3, ["address", "birth_date", "name", "phone"], "ボランティア登録者名簿",
                          f"{H} 総務システム  帳票 SM-V01", cols, rows4, "登録状態：有効", True,
                          note="more than 100 private persons with address, birth date and phone (bulk)"))  # fmt: skip

    # L3: 謝礼 台帳 whose My Numbers are on a hidden sheet headed only 番号
    vols = ctx.people(r.randint(6, 9), (1945, 1980))
    ids = [f"V{r.randint(1, 999):04d}" for _ in vols]
    docs.append(Doc(F, "xlsx", 3, ["address", "my_number", "name"], DocSpec(sheets=[
        sheet("謝礼", [["登録番号", "氏名", "住所", "活動日数", "謝礼額"],
                       *[[i, q.name(), q.address(), r.randint(20, 48), r.randint(20, 48) * 1000] for i, q in zip(ids, vols, strict=True)]],
              title="令和6年 ボランティア謝礼 支払台帳"),
        sheet("番号", [["登録番号", "氏名", "番号"], *[[i, q.name(), random_my_number(r)] for i, q in zip(ids, vols, strict=True)]],
              state="hidden"),
    ]), note="the My Numbers are on a hidden sheet headed only 番号"))  # fmt: skip

    # L3: an injury report in ods
    p = ctx.person((1945, 1960))
    docs.append(Doc(F, "ods", 3, ["health", "name", "phone"], DocSpec(sheets=[sheet("報告", [
        ["ボランティア活動中の事故報告"], ["報告日", ymd(dt.date(2024, 10, 8))], ["氏名", p.name()], ["電話", p.phone],
        ["発生", "10月7日 10時20分ごろ 外来棟 玄関スロープ"], ["状況", "車いすを押していて雨で足を滑らせ転倒"],
        ["負傷", "右手関節 橈骨遠位端骨折（整形外科でギプス固定、全治6週間）"], ["保険", "ボランティア保険 請求手続き中"],
    ])])))  # fmt: skip

    # L3: Teams: a volunteer's epilepsy in a reply
    p = ctx.person((1960, 2000))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 3, ["health", "name"], "teams", dt.date(2024, 10, 12), [
        ("10:31", a, f"ボランティアの{p.name()}さんが図書コーナーで倒れました。意識は戻っています"),
        ("10:33", b, "救急外来に連絡します"),
        ("10:36", a, "ご本人の話では、てんかんの持病があって、昨日薬を飲み忘れたとのことです"),
        ("10:40", b, "了解。活動の配置はしばらく見直しましょう"),
    ], "総務課 ボランティア担当"))  # fmt: skip
    return docs


# --- 診療情報管理・経営企画: 年報, がん登録, カルテ開示, 学会 -----------------------------------------------------
def joho(ctx: Ctx) -> list[Doc]:
    r, F, H = ctx.rng, "joho", ctx.hospital
    docs: list[Doc] = []
    tel = ctx.office_phone(8)

    # L1: 病院年報 (aggregates, the 院長 in role)
    beds = r.randint(280, 420)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title=f"{H} 年報（令和5年度）",
        paragraphs=[f"院長あいさつ　院長 {ctx.staff()}", "令和5年度は、地域包括ケア病棟の開設と、救急受入体制の強化に取り組みました。"],
        tables=[[["項目", "令和4年度", "令和5年度"], ["病床数", str(beds), str(beds)],
                 ["入院延患者数", yen(r.randint(80000, 120000)), yen(r.randint(80000, 120000))],
                 ["外来延患者数", yen(r.randint(150000, 260000)), yen(r.randint(150000, 260000))],
                 ["平均在院日数", f"{r.uniform(11, 15):.1f}", f"{r.uniform(11, 15):.1f}"],
                 ["手術件数", yen(r.randint(1800, 3200)), yen(r.randint(1800, 3200))],
                 ["救急車受入", yen(r.randint(1500, 3500)), yen(r.randint(1500, 3500))]]],
        footer=f"{H} 経営企画室"), note="published aggregates; the 院長 in role"))  # fmt: skip

    # L1: DPC 疾患別 件数, merges, a hidden sheet
    mdc = ["神経系", "呼吸器系", "循環器系", "消化器系", "筋骨格系", "腎・尿路系", "女性生殖器系", "新生児"]
    rows: list[list[Any]] = [["MDC", "件数", "平均在院日数", "平均年齢", "手術あり", "手術なし"]]
    rows += [
        [
            m,
            r.randint(40, 900),
            round(r.uniform(5, 25), 1),
            r.randint(0, 82),
            r.randint(10, 300),
            r.randint(10, 500),
        ]
        for m in mdc
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("MDC別", [["", "退院患者", None, None, "手術", None], *rows], title="令和5年度 病院指標（MDC別 退院患者数）", first_row=3),
        sheet("元データ", [["MDC", "件数"], *[[m, r.randint(40, 900)] for m in mdc]], state="hidden"),
    ]), post=merge_xlsx({"MDC別": ["B3:D3", "E3:F3"]})))  # fmt: skip

    # L1: 医療機器 契約 一覧 with 法人番号 (csv)
    rows2: list[list[Any]] = [["契約日", "品名", "契約相手", "法人番号", "契約方法", "金額(税込)"]]
    items = ["CT装置（80列）", "超音波診断装置", "人工呼吸器", "内視鏡システム", "生体情報モニタ", "輸液ポンプ（20台）", "透析用監視装置",
             "手術用顕微鏡", "移動型X線撮影装置", "除細動器"]  # fmt: skip
    dealers = [
        "メディカル北星",
        "みちのく医療器",
        "ライフメディテック",
        "日東メディカルシステムズ",
        "東光医科器械",
    ]
    for it in items:
        co = ctx.named(r.choice(dealers))
        rows2.append([ymd(ctx.date(dt.date(2024, 4, 1))), it, co, random_corporate_number(r), r.choice(["一般競争入札", "指名競争入札", "随意契約"]),
                      yen(r.randint(100, 30000) * 10000)])  # fmt: skip
    docs.append(Doc(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("契約", rows2)]),
                    note="companies with 法人番号; 契約日 are not birth dates"))  # fmt: skip

    # L1: a masked 学会 抄録
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="第○回 地方会 演題抄録（提出版）",
        paragraphs=["演題：高齢者の大腿骨近位部骨折における早期リハビリテーションの効果", f"演者：{ctx.staff()}（{H} リハビリテーション科）",
                    "症例：80歳代 女性（Ａさん）。自宅で転倒し受傷。術後2日目から離床を開始した。",
                    "経過：術後3週で歩行器歩行自立。自宅退院となった。",
                    "考察：早期離床により在院日数が短縮した。なお、本報告は患者の同意を得て、個人が特定されないよう配慮した。"]),
        note="a masked case report (Ａさん, 80歳代)"))  # fmt: skip

    # L1: 経営指標 slides
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="経営強化プラン 進捗（令和6年度上半期）",
        paragraphs=[f"病床利用率 {r.uniform(70, 88):.1f}％", f"経常収支比率 {r.uniform(95, 103):.1f}％", f"医業収支比率 {r.uniform(85, 96):.1f}％",
                    "紹介率・逆紹介率は目標を達成", "課題：医師の働き方改革と人件費", "下半期：地域包括ケア病棟の稼働向上"]),
        note="aggregates only"))  # fmt: skip

    # L1: カルテ開示 請求書 記入例 in odt
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title="診療情報の提供（カルテ開示）請求書　記入例",
        tables=[[["請求者氏名", "開示 花子"], ["患者との関係", "本人"], ["患者氏名", "開示 花子"], ["生年月日", "昭和○年○月○日"],
                 ["開示を求める範囲", "令和○年○月○日～○月○日の外来診療録"], ["受取方法", "窓口／郵送"]]],
        paragraphs=["記入例", f"提出先：{H} 診療情報管理室　{tel}"]), note="a 記入例 with a sample name"))  # fmt: skip

    # L2: a filled 開示請求書 (by a daughter for her late father's records? no: for herself, with no diagnosis)
    p = ctx.person((1955, 1990))
    docs.append(Doc(F, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[sheet("請求書", [
        ["診療情報の提供（カルテ開示）請求書"], [],
        ["請求日", ymd(dt.date(2024, 10, 2))], ["請求者氏名", p.name()], ["ふりがな", p.kana], ["生年月日", p.birth],
        ["住所", f"〒{p.zip} {p.address()}"], ["電話", p.phone], ["患者との関係", "本人"],
        ["開示を求める範囲", "令和5年4月～令和6年3月の外来の記録一式"], ["受取方法", "郵送"],
    ])]), post=merge_xlsx({"請求書": ["A1:D1"]}), note="a request naming the period, not a diagnosis: 2"))  # fmt: skip

    # L2: Outlook mail: the requester asks about the status, the reply gives the phone
    p = ctx.person((1955, 1990))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=mail(
        f"{a} <shinryo-joho@hosp.{ctx.city}.lg.jp>", b, "RE: 開示請求の進捗について", "2024年10月11日 16:20",
        [f"{b.split()[0]}さん", "", "複写は完了しています。ご本人に受取日を連絡してください。", f"連絡先は {p.phone} です。", "", a],
        [(b, "2024年10月11日 14:02", "開示請求の進捗について",
          ["診療情報管理室 御中", "", f"10月2日受付の {p.name()} 様の開示請求について、ご本人から進捗の問合せがありました。",
           "受取日の目安を教えてください。"])])), note="the records are not described: 2"))  # fmt: skip

    # L2: 開示決定 notice with its digits set apart
    p = ctx.urban(ctx.person((1955, 1990)))
    lines = [f">{wareki(dt.date(2024, 10, 15), 'spaced')}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
             f">{H} 院長", "", "^診療情報の提供について（通知）", "",
             spaced_digits("令和6年10月2日付けで請求のありました診療情報の提供について、下記のとおり決定しました。"), "",
             "決定　全部 提供", f"写し の 交付 費用　{spaced_digits('2,200円（白黒 210枚）')}",
             f"受取場所　1 階 医事課 文書窓口（{spaced_digits('平日9時から16時')}）", "", f"担当　診療情報管理室　{tel}"]  # fmt: skip
    docs.append(letter_doc(F, 2, ["address", "name"], lines))

    # L2: 退職者 年報 送付先 (xls): retired staff at home
    rows3: list[list[Any]] = [["氏名", "退職年度", "元所属", "郵便番号", "送付先住所"]]
    for q in ctx.people(r.randint(12, 17), (1945, 1962)):
        rows3.append(
            [
                q.name(),
                f"R{r.randint(1, 5)}",
                r.choice(["内科", "外科", "看護部", "薬剤部", "事務局"]),
                q.zip,
                q.address(True),
            ]
        )
    docs.append(Doc(F, "xls", 2, ["address", "name"], DocSpec(sheets=[sheet("送付先", rows3)]),
                    note="retired staff at their home address are private persons"))  # fmt: skip

    # L3: がん登録 一覧, a dashed core-system print of 104–120 persons with 部位 and 病期
    sites = ["胃", "大腸", "肺", "乳房", "前立腺", "肝", "膵", "子宮頸部", "膀胱", "食道"]
    cols = [("登録番号", 30), ("氏名", 85), ("カナ", 155), ("生年月日", 255), ("性", 310), ("部位", 330), ("組織型", 380),
            ("病期", 480), ("診断日", 520), ("初回治療", 590)]  # fmt: skip
    rows4: list[list[str]] = []
    for n, q in enumerate(ctx.people(r.randint(104, 120), (1935, 1990)), start=1):
        rows4.append([f"C{2023}{n:04d}", q.name(), q.kata, wareki(q.birth, "slash"), q.sex, r.choice(sites),
                      r.choice(["腺癌", "扁平上皮癌", "小細胞癌", "乳管癌"]), r.choice(["0", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"]),
                      ymd(ctx.date(dt.date(2023, 1, 1), dt.date(2023, 12, 28))), r.choice(["手術", "化学療法", "放射線", "内視鏡", "経過観察"])])  # fmt: skip
    docs.append(print_doc(F, 3, ["birth_date", "health", "name"], "院内がん登録 登録患者一覧（2023年診断症例）",
                          f"{H} 院内がん登録システム Hos-CanR  帳票 CR10", cols, rows4, "診断年：2023  全部位", False))  # fmt: skip

    # L3: an unmasked 学会 case draft: named with birth date
    p = ctx.person((1938, 1955))
    docs.append(Doc(F, "docx", 3, ["birth_date", "health", "name"], DocSpec(
        title="症例報告 下書き（匿名化前 — 共有フォルダに置かないこと）",
        paragraphs=[f"症例：{p.name()}（{wareki(p.birth)}生、{p.age()}歳、{p.sex}性）",
                    "主訴：呼吸困難。既往歴：高血圧、2型糖尿病。",
                    "現病歴：令和6年6月、労作時の息切れで受診。心エコーでEF 30％、うっ血性心不全の診断で入院。",
                    "経過：利尿剤で改善。第14病日に退院。", "（発表時は「70歳代 男性」とし、日付はすべて削除する）"]),
        note="an unmasked draft of a case report"))  # fmt: skip

    # L3: Teams in cp932: the reply gives a requester's psychiatric history
    p = ctx.person((1965, 1995))
    a, b = ctx.staff(), ctx.staff()
    docs.append(chat_doc(F, 3, ["health", "name"], "teams", dt.date(2024, 10, 9), [
        ("14:05", a, f"開示請求の{p.name()}さんの分、範囲に精神科も入りますか？"),
        ("14:08", b, "入ります。精神科に令和3年からうつ病で通院歴があって、主治医の意見を確認中です"),
        ("14:10", a, "了解。不開示部分があるか主治医の回答待ちにします"),
    ], "診療情報管理室", fmt="txt-cp932"))  # fmt: skip

    # L3: DPC 退院患者 data in cp932: 106+ persons with birth date and 主病名
    rows5: list[list[Any]] = [
        ["データ識別番号", "氏名", "生年月日", "性別", "入院日", "退院日", "主傷病名", "ICD10"]
    ]
    codes = {"2型糖尿病": "E11", "うっ血性心不全": "I50", "誤嚥性肺炎": "J69", "脳梗塞": "I63", "大腿骨頸部骨折": "S72",
             "胃癌": "C16", "肺癌": "C34", "心房細動": "I48", "蜂窩織炎": "L03", "尿路感染症": "N39"}  # fmt: skip
    for q in ctx.people(r.randint(106, 118), (1930, 2020)):
        dx = r.choice(list(codes))
        start = ctx.date(dt.date(2024, 4, 1), dt.date(2024, 8, 31))
        rows5.append([q.pid + f"{r.randint(0, 9)}", q.name(), ymd(q.birth), "1" if q.sex == "男" else "2", ymd(start),
                      ymd(start + dt.timedelta(days=r.randint(2, 30))), dx, codes[dx]])  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 3, ["birth_date", "health", "name"], DocSpec(sheets=[sheet("dpc", rows5)]))
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [iji, renkei, kango, soudan, eiyou, volunteer, joho]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, hospital, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, hospital, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set35", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
