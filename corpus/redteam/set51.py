"""Fifty-first red-team set (blind): a city's 商工観光課 and its desks.

``python -m corpus.redteam.set51 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 丁目 towns, its 大字 lots, its regional bank, its sights and its festival) is drawn per
build. Families follow the desk a document comes from: the 制度融資 あっせん for 個人事業主 with their 決算, 所得,
納税証明 and 滞納 check (``yushi``), the 創業支援補助金 with 事業計画, home addresses and accounts (``sogyo``),
商店街 grants and 空き店舗 活用 (``shotengai``), 中小企業 相談 records (``sodan``), the プレミアム商品券 drawn by lot
(``shohinken``), the 観光ガイド ボランティア (``guide``) and the 観光協会 with its event 出店者 (``kyokai``); each with
its public look-alikes (融資制度 案内, 交付 一覧 of companies with 法人番号, 観光 統計, 出店者 published by trade
name, 記入例, 商工会 and 振興組合 役員 in their role, anonymised case books).

The truth is the default policy's text only: 3 for a My Number, health (including injuries and disability
certificates) or arrears about a named private person, or records of more than 100 persons with identifying
details; 2 for a private person's name with their address, birth date or phone; 1 otherwise. A 個人事業主 at their
home address is a private person; a shop published under its trade name is not. ``types`` lists what a perfect
reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a
one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 5151
VARIANT = "redteam51"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, regional bank, sights, festival, areas); an area ending in "*"
# takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, list[str], str, list[str]]] = [
    ("栃木県", "佐野市", "0283", "327", "足利銀行", ["佐野厄よけ大師", "唐沢山城跡", "天明鋳物伝承館"], "さの秋まつり",
     ["若松町", "高砂町", "本町", "富岡町", "大字赤見町*", "大字植野町*", "大字栃本町*"]),
    ("岐阜県", "高山市", "0577", "506", "十六銀行", ["古い町並", "高山陣屋", "宮川朝市"], "飛騨高山 秋の市",
     ["花川町", "本町", "天満町", "昭和町", "国府町宇津江*", "丹生川町町方*", "上岡本町"]),
    ("鳥取県", "倉吉市", "0858", "682", "鳥取銀行", ["白壁土蔵群", "打吹公園", "倉吉博物館"], "打吹まつり",
     ["明治町", "上井町", "山根", "東町", "大字福光*", "大字小鴨*", "大字耳*"]),
    ("愛媛県", "大洲市", "0893", "795", "伊予銀行", ["大洲城", "臥龍山荘", "おおず赤煉瓦館"], "大洲まつり",
     ["大洲", "東大洲", "若宮", "中村", "長浜町*", "肱川町*", "大字新谷*"]),
    ("山形県", "鶴岡市", "0235", "997", "荘内銀行", ["羽黒山", "致道博物館", "湯野浜温泉"], "鶴岡天神祭",
     ["本町", "山王町", "みどり町", "日吉町", "大字大山*", "羽黒町手向*", "大字湯野浜*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("勘解由小路", "かでのこうじ"), ("五百旗頭", "いおきべ"), ("薬袋", "みない"),
    ("百目鬼", "どうめき"), ("鴨脚", "いちょう"), ("一尺八寸", "かまつか"), ("纐纈", "こうけつ"), ("毒島", "ぶすじま"),
    ("左右田", "そうだ"), ("日月", "たちもり"), ("東海林", "しょうじ"), ("瓜生", "うりゅう"), ("髙﨑", "たかさき"),
    ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("渡辺", "わたなべ"), ("伊藤", "いとう"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("小川", "おがわ"), ("後藤", "ごとう"), ("岡田", "おかだ"),
    ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"),
    ("藤原", "ふじわら"), ("三浦", "みうら"), ("西田", "にしだ"), ("松井", "まつい"), ("菅原", "すがわら"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("上野", "うえの"), ("宮田", "みやた"),
    ("大野", "おおの"), ("高木", "たかぎ"), ("丸山", "まるやま"), ("今村", "いまむら"), ("河野", "こうの"),
    ("武藤", "むとう"), ("杉本", "すぎもと"), ("千田", "ちだ"), ("鬼頭", "きとう"), ("我孫子", "あびこ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("左近", "さこん"), ("嘉平", "かへい"), ("鉄之助", "てつのすけ"), ("蒼", "あお"), ("律", "りつ"),
    ("誠", "まこと"), ("健一", "けんいち"), ("隆", "たかし"), ("修", "おさむ"), ("博", "ひろし"),
    ("剛", "つよし"), ("達也", "たつや"), ("翔太", "しょうた"), ("健太", "けんた"), ("正人", "まさと"),
    ("昌平", "しょうへい"), ("晃", "あきら"), ("孝之", "たかゆき"), ("雅人", "まさと"), ("俊介", "しゅんすけ"),
    ("陸", "りく"), ("蓮", "れん"), ("善治郎", "ぜんじろう"), ("伊織", "いおり"), ("亘", "わたる"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヌ", "きぬ"), ("ハル", "はる"), ("雛子", "ひなこ"), ("楓", "かえで"), ("葵", "あおい"),
    ("恵子", "けいこ"), ("京子", "きょうこ"), ("順子", "じゅんこ"), ("裕子", "ゆうこ"), ("直美", "なおみ"),
    ("香織", "かおり"), ("優子", "ゆうこ"), ("麻衣", "まい"), ("結衣", "ゆい"), ("美穂", "みほ"),
    ("千尋", "ちひろ"), ("奈々", "なな"), ("加奈子", "かなこ"), ("理恵", "りえ"), ("里美", "さとみ"),
    ("史子", "ふみこ"), ("文江", "ふみえ"), ("寧々", "ねね"), ("朱里", "あかり"), ("小夜", "さよ"),
]  # fmt: skip
BUILDINGS = ["レジデンス本町", "メゾン若葉", "市営住宅", "ハイツ城北", "コーポ川端", "アーバン駅南"]
COMPANIES = [
    ("株式会社", "かねまる食品"), ("有限会社", "大黒屋酒店"), ("株式会社", "ミツワ印刷"), ("合同会社", "ことり珈琲"),
    ("株式会社", "たかせ工務店"), ("株式会社", "北辰ソフトウェア"), ("有限会社", "丸十製菓"),
    ("株式会社", "あけぼの観光バス"), ("株式会社", "ひので旅館"), ("有限会社", "松葉屋"), ("株式会社", "エヌケイテック"),
    ("株式会社", "さくら広告社"), ("株式会社", "三笠ホテル"), ("有限会社", "山水園"), ("株式会社", "みやび織物"),
    ("株式会社", "城下町ブルワリー"), ("合同会社", "くらしデザイン研究所"), ("株式会社", "やまと精機"),
]  # fmt: skip
# trade names (屋号) of sole proprietors and small shops
YAGO = [
    "カフェ こもれび", "手打ちそば 蔵", "古書 ひよこ堂", "パン工房 ミモザ", "美容室 ルーチェ", "居酒屋 かぼちゃ",
    "雑貨 ことのは", "自転車のペダル屋", "和菓子 鶴屋", "キッチンカー ソラマメ", "たこ焼き はっちゃん",
    "整体院 ととのえ", "花屋 はなもも", "珈琲焙煎所 焙", "革工房 つむぎ", "ゲストハウス 灯",
    "写真館 ひかり", "おにぎり屋 米吉", "ジェラート ポルト", "陶芸工房 土の音", "洋裁 アトリエ糸", "鍼灸院 すこやか",
]  # fmt: skip
GYOSHU = ["飲食業", "小売業", "サービス業", "製造業", "宿泊業", "建設業", "卸売業", "理美容業"]
SHOTENGAI = [
    "本町通り商店街",
    "駅前中央商店街",
    "銀座通り商店街",
    "ふれあい商店街",
    "元町商店街",
    "東口商店街",
]
SAMPLE_NAMES = ["商工 太郎", "創業 花子", "相談 一郎", "観光 案内", "出店 次郎", "商品 券子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 20)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- helpers (adapted from set 34's plumbing) ----------------------------------------------------------
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
    (hyphens and thousands separators stay with their digits)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -," and prev not in " -,":
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
    bank: str
    sights: list[str]
    festival: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def stem(self) -> str:
        return self.city[:-1]

    @property
    def kaigisho(self) -> str:
        return f"{self.stem}商工会議所"

    @property
    def kyokai(self) -> str:
        return f"{self.city}観光協会"

    @property
    def office(self) -> str:
        return f"{self.city}役所 産業振興部 商工観光課"

    @property
    def towns(self) -> list[str]:
        return [a.rstrip("*").removeprefix("大字") for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n, 1111 + 23 * n)

    def phone(self, mobile: float = 0.55) -> str:
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
        a, b, c = r.randint(1, 5), r.randint(1, 26), r.randint(1, 20)
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
        """Move ``p`` to a 丁目 town with a clean 丁目・番 lot (3丁目12番地5), as spaced-digit letters need."""
        p.area = self.rng.choice([a for a in self.areas if not a.endswith("*")])
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 26), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1940, 2002), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1940, 2002)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer or someone named in a role (not drawn from the residents)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def companies(self, n: int) -> list[tuple[str, str]]:
        """(name, 法人番号) of ``n`` different companies."""
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [
            (f"{k}{c}" if i % 3 else f"{c}{k}", random_corporate_number(self.rng))
            for i, (k, c) in enumerate(picks)
        ]

    def yago(self, n: int) -> list[str]:
        return self.rng.sample(YAGO, min(n, len(YAGO)))

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def account(self) -> str:
        branch = self.rng.choice(["本店", f"{self.towns[0]}支店", f"{self.towns[1]}支店", "駅前支店"])
        return f"{self.bank} {branch} 普通 {self.rng.randint(1000000, 9999999)}"

    def day(self, start: dt.date = dt.date(2024, 4, 1), end: dt.date = TODAY) -> dt.date:
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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  操作者 SK{n % 3 + 1:02d}")
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
                c.drawString(30, y - 10, "-" * 160)
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
        out.append(f"チャット: {room}")
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
        out.append(f"■{room}（{ymd(day)} 電話・伝言 転記）")
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


def grid(head: Sequence[Cell], body: Iterable[Sequence[Cell]]) -> list[list[Cell]]:
    """A table: the header row, then the body rows."""
    return [list(head), *(list(row) for row in body)]


def far_right(rows: Sequence[Sequence[Cell]], skip: int) -> list[list[Cell]]:
    """Shift a table ``skip`` columns to the right (data starting in column Z and beyond)."""
    pad: list[Cell] = [None] * skip
    return [pad + list(r) for r in rows]


def spaced_letter(lines: Sequence[str]) -> list[str]:
    """A letter's lines with digits set apart (the page text of a word processor's PDF)."""
    return [spaced_digits(line) for line in lines]


def when(d: dt.date, hm: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {hm}"


def _one(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{p.kata}）"


# --- 制度融資 あっせん (商工観光課 商工係) -----------------------------------------------------------------
def yushi(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.office_phone()
    boss, clerk, tax = ctx.staff(), ctx.staff(), ctx.staff()

    # L1: the scheme guide (conditions speak of 滞納 and 納税証明 in general)
    funds = [("小口資金", 2000, "1.2"), ("経営安定資金", 3000, "1.4"), ("創業資金", 1500, "1.0"),
             ("設備資金", 5000, "1.5"), ("小規模事業者 特別資金", 1000, "0.9")]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city} 中小企業 制度融資のご案内（令和6年度）",
                paragraphs=[
                    f"{ctx.city}では、市内の中小企業者・個人事業主の皆さまの資金繰りを支援するため、金融機関へのあっせんを行っています。",
                    "対象：市内に事業所を有し、同一事業を1年以上営んでいる方（創業資金を除く）。",
                    "要件：市税を滞納していないこと（申込時に納税証明書（未納税額のない証明）を添付してください）。",
                    "必要書類：申込書、直近2期分の決算書または確定申告書の写し、納税証明書、見積書（設備資金）。",
                    "利子補給：完済まで支払利息の2分の1を市が補給します。保証料は全額を市が負担します。",
                    f"お問い合わせ：{ctx.office} 商工係 電話 {tel}（平日 8:30～17:15）",
                ],
                tables=[
                    [
                        ["資金名", "融資限度額（万円）", "利率（年％）", "期間"],
                        *[[n, yen(a), rate, f"{r.choice([5, 7, 10])}年以内"] for n, a, rate in funds],
                    ]
                ],
            ),
        )
    )

    # L1: results by month and trade, merged title, a hidden sheet of raw counts
    months = [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10)]
    rows: list[list[Cell]] = [[None, "上半期", None, None, None, None, None, "下半期", None],
                              ["業種", *months, "計"]]  # fmt: skip
    for g in GYOSHU:
        counts = [r.randint(0, 9) for _ in months]
        rows.append([g, *counts, sum(counts)])
    raw = grid(
        ["金融機関", "件数", "金額（千円）"],
        (
            [b, r.randint(3, 40), r.randint(20000, 300000)]
            for b in (ctx.bank, "信用金庫", "商工中金", "信用組合")
        ),
    )
    docs.append(
        Doc(
            "yushi",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("実績", rows, title="制度融資 あっせん実績（業種別・月別）", first_row=4),
                    sheet("集計元", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"実績": ["B4:G4"]}),
        )
    )

    # L1: a 記入例 with a sample name, address and birth date
    docs.append(
        Doc(
            "yushi",
            "docx",
            1,
            [],
            DocSpec(
                title="制度融資 あっせん申込書（記入例）",
                header="記入例",
                paragraphs=[
                    "申込日　令和6年　4月　1日",
                    f"{ctx.city}長　様",
                    "申込人　氏名　商工 太郎　（フリガナ　ショウコウ タロウ）",
                    "生年月日　昭和50年1月1日",
                    f"住所　{ctx.city}○○町1丁目2番3号",
                    "電話　0000-00-0000",
                    "屋号　商工食堂　業種　飲食業　開業年月日　平成20年4月1日",
                    "申込金額　3,000,000円　資金使途　運転資金（仕入資金）",
                ],
                textboxes=["※太枠内を申込人ご本人が記入してください。記入例の氏名・住所は架空のものです。"],
            ),
            note="a 記入例: sample name, address and birth date of nobody",
        )
    )

    # L1: bank contacts, officers in their role
    banks = [(ctx.bank, f"{ctx.towns[0]}支店"), (ctx.bank, "本店営業部"), (f"{ctx.stem}信用金庫", "本店"),
             ("商工組合中央金庫", "支店"), (f"{ctx.stem}信用組合", "本店")]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "窓口",
                        [
                            ["金融機関", "店舗", "所在地", "電話", "担当"],
                            *[
                                [b, s, ctx.biz_address(), ctx.tel(), f"融資課長 {ctx.staff()}"]
                                for b, s in banks
                            ],
                        ],
                        title="制度融資 取扱金融機関 窓口一覧",
                    )
                ]
            ),
            note="bank officers named in their role beside the branch phone",
        )
    )

    # L1: interest subsidy paid to companies, 受付番号 failing the check digit, 法人番号 valid
    corp_rows: list[list[Cell]] = [
        ["受付番号", "法人名", "法人番号", "補給対象期間", "補給額（円）", "支払日"]
    ]
    for name, number in ctx.companies(14):
        corp_rows.append([fail_check(random_my_number(r), r.randint(1, 9)), name, number, "R6.4-R6.9",
                          yen(r.randint(8000, 160000)), "2024/10/31"])  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("利子補給", corp_rows)]),
            note="法人 only; the 12-digit 受付番号 are look-alikes failing the check digit",
        )
    )

    # L1: staff chat about the scheme revision
    talk = [("09:12", boss, "来年度の制度融資の要綱改正、利率の見直し案を金曜までにまとめます"),
             ("09:15", clerk, f"{ctx.bank}さんから保証料率の資料が届いています。共有フォルダに置きました"),
             ("09:21", boss, "ありがとうございます。信用保証協会との協議は12月上旬で調整を"),
             ("09:30", clerk, "承知しました。12/4 午後で先方に打診します")]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", TODAY, talk, "商工係")),
            note="no resident: staff talk about the scheme",
        )
    )

    # L2: a sole proprietor's application with 決算 and 所得
    p = ctx.person((1960, 1990))
    shop = r.choice(YAGO)
    sales = [r.randint(6, 30) * 1_000_000 + r.randint(0, 999) * 1000 for _ in range(3)]
    income = [s // r.randint(4, 9) for s in sales]
    form: list[list[Cell]] = [
        ["申込日", ymd(ctx.day())], ["屋号", shop], ["業種", r.choice(GYOSHU)], ["氏名", p.name()],
        ["フリガナ", p.kata], ["生年月日", wareki(p.birth)], ["自宅住所", p.address()],
        ["事業所所在地", "自宅に同じ（自宅兼店舗）"], ["電話", p.phone], ["開業年月日", wareki(ctx.day(dt.date(2008, 1, 1), dt.date(2019, 1, 1)))],
        ["申込金額", f"{yen(r.randint(5, 30) * 100000)}円"], ["資金使途", "運転資金"], ["返済期間", "60か月（据置6か月）"],
    ]  # fmt: skip
    kessan: list[list[Cell]] = [["区分", "令和3年分", "令和4年分", "令和5年分"], ["売上（収入）金額", *sales],
                                ["所得金額", *income], ["専従者給与", 0, 0, 1200000]]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "xlsx",
            2,
            ["address", "birth_date", "income", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("申込書", form, title="制度融資 あっせん申込書", first_row=3),
                    sheet(
                        "決算",
                        kessan,
                        title=f"{shop} 確定申告 収支内訳（申込人提出）",
                        number_formats={1: "#,##0", 2: "#,##0", 3: "#,##0"},
                    ),
                ]
            ),
        )
    )

    # L2: a 納税証明書 copy stating no unpaid tax, on a spaced-digit PDF
    p = ctx.person((1955, 1988))
    ctx.urban(p)
    issued = ctx.day(dt.date(2024, 8, 1))
    inc = r.randint(180, 620) * 10000
    lines = [
        ">" + wareki(issued), "^納税証明書（その2・所得金額用）", "",
        f"住所 {p.address()}", f"氏名 {p.name()}", "",
        "年度 令和6年度（令和5年分所得）", f"所得金額 {yen(inc)}円", f"市県民税 年税額 {yen(inc // 10)}円", "未納税額 0円",
        "", "上記のとおり相違ないことを証明します。", "",
        f">{ctx.city}長", "", "（制度融資 あっせん申込 添付書類 写し）",
    ]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "pdf",
            2,
            ["address", "income", "name"],
            DocSpec(paragraphs=lines),
            note="a 納税証明 with 未納税額 0円 states no arrears: level 2 (name, address, income)",
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L2: the あっせん書 to the bank
    p = ctx.person((1958, 1992))
    amount = r.randint(10, 30) * 100000
    docs.append(
        Doc(
            "yushi",
            "odt",
            2,
            ["address", "name"],
            DocSpec(
                title="中小企業 制度融資 あっせん書",
                paragraphs=[
                    f"{ctx.bank} {ctx.towns[0]}支店長　様",
                    f"{ctx.city}長",
                    f"{ctx.city}中小企業 制度融資要綱第6条の規定により、次の者をあっせんします。",
                    f"申込人　{p.name()}（屋号 {r.choice(YAGO)}）",
                    f"住所　{p.address(True)}",
                    f"あっせん金額　{yen(amount)}円　資金使途　設備資金　期間　7年",
                    f"担当　商工係 {clerk}　電話 {tel}",
                ],
            ),
        )
    )

    # L2: a LINE WORKS thread where the reply gives the applicant's phone
    p = ctx.person((1965, 1995))
    talk = [("10:02", clerk, f"{p.name()}さん（{r.choice(YAGO)}）の申込書、決算書が1期分しか付いていません"),
             ("10:05", boss, "ご本人に連絡して追加をお願いしてください"),
             ("10:11", clerk, f"申込書の連絡先は {p.phone} です。午後にかけます"),
             ("13:40", clerk, "連絡つきました。明日持参されるそうです")]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("lineworks", ctx.day(), talk, "商工係")),
        )
    )

    # L2: the month's 受付簿 (xls)
    rows = [["受付番号", "受付日", "氏名", "屋号", "業種", "電話", "希望額（千円）", "金融機関"]]
    for i, q in enumerate(ctx.people(r.randint(12, 16), (1950, 1995)), start=1):
        rows.append([f"R6-Y{i:03d}", ymd(ctx.day(dt.date(2024, 10, 1), dt.date(2024, 10, 31))), q.name(), r.choice(YAGO),
                     r.choice(GYOSHU), q.phone, r.randint(5, 30) * 100, r.choice([ctx.bank, f"{ctx.stem}信用金庫"])])  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("10月", rows, title="制度融資 受付簿（令和6年10月）")]),
        )
    )

    # L3: the tax desk's answer to the 滞納 check
    apps = ctx.people(4, (1950, 1990))
    table = [["氏名", "住所", "税目", "滞納額（円）", "状況"]]
    for i, q in enumerate(apps):
        if i in (1, 3):
            table.append([q.name(), q.address(), r.choice(["市県民税", "国民健康保険税", "固定資産税"]),
                          yen(r.randint(30, 600) * 1000), f"督促済（{wareki(ctx.day(), 'short')}）"])  # fmt: skip
        else:
            table.append([q.name(), q.address(), "－", "0", "滞納なし"])
    docs.append(
        Doc(
            "yushi",
            "docx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                title="市税 納付状況の照会について（回答）",
                paragraphs=[
                    "商工観光課長 様",
                    f"税務課長（担当 {tax}）",
                    f"{ymd(ctx.day())}付けで照会のあった制度融資申込人の市税の納付状況について、下記のとおり回答します。",
                    "本回答は制度融資の審査以外に使用しないでください。",
                ],
                tables=[table],
            ),
        )
    )

    # L3: the あっせん 台帳 printed from the core system, more than 100 persons
    n = r.randint(110, 125)
    prints: list[list[str]] = []
    for i, q in enumerate(ctx.people(n, (1945, 1998)), start=1):
        prints.append([f"{2024000 + i:07d}", q.name(), q.kata, r.choice(YAGO), q.address(), q.phone,
                     yen(r.randint(5, 50) * 100000), r.choice([ctx.bank, "信用金庫", "信用組合"])])  # fmt: skip
    cols = [("受付No", 30), ("氏名", 90), ("カナ", 160), ("屋号", 260), ("住所", 360), ("電話", 560),
            ("融資額", 650), ("金融機関", 720)]  # fmt: skip
    docs.append(Doc("yushi", "pdf", 3, ["address", "name", "phone"], DocSpec(paragraphs=["あっせん台帳"]),
                    post=system_print("制度融資 あっせん台帳", f"{ctx.city} 商工業振興システム  LST-Y02", cols, prints, 28,
                                      "抽出条件：あっせん日 R1.4.1～R6.10.31  並び順：受付No", ruled=True)))  # fmt: skip

    # L3: a Slack copy where the reply gives the applicant's 国保税 arrears
    p = ctx.person((1960, 1990))
    talk = [("13:10", clerk, f"{p.name()}さん（{r.choice(YAGO)}）のあっせん、税務課から回答来ましたか"),
             ("13:26", tax, f"来ています。{p.sei}さんは国民健康保険税が3期分 未納、督促状送付済みです。分納の相談中"),
             ("13:29", clerk, "了解です。要件を満たさないので、納付後の再申込をご案内します")]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("slack", ctx.day(), talk, "商工係-審査")),
        )
    )

    # L3: a 確定申告 check sheet whose My Number is only in the page header
    p = ctx.person((1955, 1990))
    docs.append(
        Doc(
            "yushi",
            "docx",
            3,
            ["address", "income", "my_number", "name"],
            DocSpec(
                title="確定申告書（写し）確認票",
                header=f"番号 {grouped(random_my_number(r))}",
                paragraphs=[
                    f"申込人　{p.name()}",
                    f"住所　{p.address()}",
                    f"屋号　{r.choice(YAGO)}",
                    f"令和5年分 所得金額　{yen(r.randint(150, 700) * 10000)}円",
                    "青色申告特別控除　650,000円",
                    f"受付印　{wareki(ctx.day(), 'abbr')}　確認者 {clerk}",
                ],
            ),
            note="the 12 digits in the header, labelled only 番号, are a valid My Number",
        )
    )

    # L3: an applicant's own letter asking to defer repayment after a stroke (spaced digits)
    p = ctx.person((1950, 1975))
    ctx.urban(p)
    sent = ctx.day(dt.date(2024, 9, 1))
    lines = [
        ">" + wareki(sent), f"{ctx.city}役所 商工観光課 御中", "", "^返済条件変更についてのお願い", "",
        f"令和4年に制度融資のあっせんを受け、{r.choice(YAGO)}を営んでいる者です。",
        f"本年{sent.month - 1}月に脳梗塞で倒れ、{ctx.city}内の病院に40日間入院しました。",
        "現在も右手に麻痺が残り、リハビリに週3回通院しているため、店を再開できておりません。",
        f"つきましては、{ctx.bank}への返済を1年間 元金据置にしていただけるよう、お口添えをお願いいたします。",
        "", f">住所 {p.address()}", f">{p.name()}", f">電話 {p.phone}",
    ]  # fmt: skip
    docs.append(
        Doc(
            "yushi",
            "pdf",
            3,
            ["address", "health", "name", "phone"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )
    return docs


# --- 創業支援補助金 (商工観光課 創業支援係) ----------------------------------------------------------------
def sogyo(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.office_phone(1)
    boss, clerk, tax = ctx.staff(), ctx.staff(), ctx.staff()

    # L1: the call for applications
    docs.append(
        Doc(
            "sogyo",
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.city} 創業支援補助金 募集要項",
                paragraphs=[
                    "1 目的　市内で新たに創業する方の初期経費の一部を補助し、地域経済の活性化を図ります。",
                    "2 対象者　特定創業支援等事業の証明を受け、令和6年4月1日以降に市内で開業した方（法人を含む）。",
                    "3 要件　市税を滞納していないこと。暴力団員等でないこと。5年以上 事業を継続する意思があること。",
                    "4 補助額　対象経費の2分の1以内、上限50万円（空き店舗を活用する場合は上限80万円）。",
                    "5 提出書類　交付申請書、事業計画書、開業届の写し、住民票、市税の完納証明書、見積書。",
                    f"6 問合せ　{ctx.office} 創業支援係 電話 {tel}",
                ],
            ),
        )
    )

    # L1: the published list of grants: companies with 法人番号, sole proprietors by trade name only
    rows: list[list[Cell]] = [
        ["No", "事業者名", "法人番号", "業種", "所在地（町名）", "開業日", "交付決定額（円）"]
    ]
    entries: list[tuple[str, str]] = [(n, c) for n, c in ctx.companies(7)] + [(y, "－") for y in ctx.yago(8)]
    r.shuffle(entries)
    for i, (name, number) in enumerate(entries, start=1):
        rows.append([i, name, number, r.choice(GYOSHU), r.choice(ctx.towns), ymd(ctx.day(dt.date(2023, 4, 1), dt.date(2024, 9, 30))),
                     yen(r.randint(10, 80) * 10000)])  # fmt: skip
    docs.append(
        Doc(
            "sogyo",
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet("公表", rows, title="令和6年度 創業支援補助金 交付決定一覧（公表用）", first_row=3),
                ]
            ),
            note="published: companies with 法人番号, sole proprietors by trade name only; 開業日 are not birth dates",
        )
    )

    # L1: a 事業計画書 記入例 with a sample account
    docs.append(
        Doc(
            "sogyo",
            "docx",
            1,
            [],
            DocSpec(
                title="創業支援補助金 事業計画書（記入例）",
                header="記入例",
                paragraphs=[
                    "申請者　創業 花子　（昭和60年5月5日生）",
                    f"住所　{ctx.city}△△町1丁目1番1号",
                    "事業名　地元野菜を使ったカフェの開業",
                    "開業予定日　令和6年10月1日",
                    "振込先　○○銀行 ○○支店 普通 1234567　口座名義 ソウギョウ ハナコ",
                    "資金計画　自己資金 2,000,000円　借入金 3,000,000円　補助金 500,000円",
                ],
                textboxes=[
                    "記入例：氏名・住所・口座は架空です。実際の申請では通帳の写しを添付してください。"
                ],
            ),
            note="a 記入例 with a sample name, birth date and account: nobody",
        )
    )

    # L1: seminar report slides naming the lecturer in role
    lecturer = ctx.staff()
    docs.append(
        Doc(
            "sogyo",
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city} 創業塾 令和6年度 実施報告",
                paragraphs=[
                    f"講師：中小企業診断士 {lecturer}（{ctx.stem}経営サポート事務所）",
                    "全5回 延べ受講者 118名",
                    f"修了者 {r.randint(20, 30)}名（うち女性 {r.randint(8, 15)}名）",
                    f"受講後1年以内の創業 {r.randint(5, 12)}件",
                    "アンケート満足度 4.6（5段階）",
                    f"共催：{ctx.kaigisho}、{ctx.bank}",
                ],
                tables=[
                    [
                        ["回", "テーマ", "受講者数"],
                        ["1", "経営", "26"],
                        ["2", "財務", "24"],
                        ["3", "人材育成", "23"],
                        ["4", "販路開拓", "23"],
                        ["5", "事業計画発表", "22"],
                    ]
                ],
            ),
            note="the lecturer is named in role; only counts of participants",
        )
    )

    # L1: the review panel in their roles
    docs.append(
        Doc(
            "sogyo",
            "odt",
            1,
            [],
            DocSpec(
                title="創業支援補助金 審査会 委員名簿",
                tables=[
                    [
                        ["区分", "氏名", "所属・役職"],
                        ["委員長", ctx.staff(), f"{ctx.pref}立大学 経済学部 教授"],
                        ["委員", ctx.staff(), f"{ctx.kaigisho} 中小企業相談所長"],
                        ["委員", ctx.staff(), f"{ctx.bank} 法人営業部 部長"],
                        ["委員", ctx.staff(), "税理士（税理士会 支部長）"],
                        ["委員", ctx.staff(), f"{ctx.city} 産業振興部長"],
                    ]
                ],
                paragraphs=[f"事務局　{ctx.office} 創業支援係　電話 {tel}"],
            ),
            note="panel members named only in their role",
        )
    )

    # L1: grants by year, with a hidden sheet of the raw figures
    years = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    rows = [["年度", "申請件数", "交付件数", "交付額（千円）", "うち空き店舗活用"]]
    raw: list[list[Cell]] = [["年度", "業種", "件数"]]
    for y in years:
        a = r.randint(15, 40)
        rows.append([y, a, a - r.randint(1, 6), r.randint(5000, 16000), r.randint(2, 9)])
        raw += [[y, g, r.randint(0, 8)] for g in GYOSHU[:4]]
    docs.append(
        Doc(
            "sogyo",
            "xls",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("推移", rows, title="創業支援補助金 交付状況の推移"),
                    sheet("元データ", raw, state="hidden"),
                ]
            ),
        )
    )

    # L2: an applicant's 事業計画書 with the account in a text box
    p = ctx.person((1975, 2000))
    docs.append(
        Doc(
            "sogyo",
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="事業計画書",
                paragraphs=[
                    f"申請者氏名　{p.name()}",
                    f"生年月日　{wareki(p.birth)}（{p.age()}歳）",
                    f"自宅住所　{p.address()}",
                    f"連絡先　{p.phone}",
                    f"屋号（予定）　{r.choice(YAGO)}",
                    f"経歴　{ctx.pref}内の飲食店で10年勤務した後、{ctx.city}にUターン。地元の食材を使った店を開きたいと考えた。",
                    "事業内容　自宅の一部を改装し、週5日営業する。客単価1,200円、1日40人を見込む。",
                    "資金計画　自己資金 1,500,000円、制度融資 2,000,000円、本補助金 500,000円。",
                ],
                textboxes=[f"振込先口座　{ctx.account()}　名義 {p.kata}"],
            ),
        )
    )

    # L2: the 受付 list from column AA on row 6, 姓/名/セイ/メイ split
    head: list[Cell] = ["受付No", "姓", "名", "セイ", "メイ", "自宅住所", "電話", "屋号（予定）", "申請額"]
    body: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(r.randint(8, 14), (1970, 2002)), start=1):
        body.append([f"S{i:03d}", q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), q.phone,
                     r.choice(YAGO), r.randint(20, 80) * 10000])  # fmt: skip
    docs.append(
        Doc(
            "sogyo",
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("受付", far_right(body, 26), first_row=6)]),
        )
    )

    # L2: an Outlook reply quoting an applicant's change of account and address
    p = ctx.person((1975, 2000))
    acct = ctx.account()
    newaddr = ctx.biz_address()
    asked = ctx.day(end=TODAY - dt.timedelta(days=1))
    body2 = [
        f"{p.name()} 様",
        "",
        "口座変更届を受け付けました。補助金は変更後の口座に振り込みます。",
        f"{ctx.office} 創業支援係 {clerk}（電話 {tel}）",
    ]
    quoted = [
        (
            p.name(),
            when(asked, "21:14"),
            "補助金の振込口座について",
            [
                "創業支援係 ご担当者様",
                "",
                f"振込口座を {acct} に変更させてください。",
                f"また、先月 {newaddr} に転居しました。",
                f"連絡先は変わらず {p.phone} です。",
                "",
                p.name(),
            ],
        )
    ]
    docs.append(
        Doc(
            "sogyo",
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{clerk}（商工観光課）",
                    p.name(),
                    "RE: 補助金の振込口座について",
                    when(asked + dt.timedelta(days=1), "09:40"),
                    body2,
                    quoted,
                )
            ),
        )
    )

    # L2: the 交付決定通知書 on a spaced-digit PDF
    p = ctx.person((1972, 2000))
    ctx.urban(p)
    d = ctx.day(dt.date(2024, 7, 1))
    lines = [">" + f"{ctx.stem}商観第{r.randint(100, 999)}号", ">" + wareki(d), f"〒{p.zip}", p.address(), f"{p.name()} 様", "",
             f">{ctx.city}長", "", "^創業支援補助金 交付決定通知書", "",
             f"{wareki(d - dt.timedelta(days=30))}付けで申請のあった補助金について、次のとおり交付を決定しました。",
             f"交付決定額 {yen(r.randint(20, 50) * 10000)}円", "補助事業の完了期限 令和7年2月28日"]  # fmt: skip
    docs.append(
        Doc(
            "sogyo",
            "pdf",
            2,
            ["address", "name"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L3: the applicants' 台帳 whose My Numbers are on a hidden sheet headed only 番号
    ps = ctx.people(r.randint(9, 13), (1970, 2000))
    main = grid(
        ["ID", "氏名", "住所", "電話", "屋号", "交付額"],
        (
            [f"K{i:03d}", q.name(), q.address(), q.phone, r.choice(YAGO), r.randint(20, 80) * 10000]
            for i, q in enumerate(ps, start=1)
        ),
    )
    nums = grid(
        ["ID", "氏名", "番号"], ([f"K{i:03d}", q.name(), random_my_number(r)] for i, q in enumerate(ps, 1))
    )
    docs.append(
        Doc(
            "sogyo",
            "xlsx",
            3,
            ["address", "my_number", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("台帳", main, title="創業支援補助金 申請者台帳"),
                    sheet("番号", nums, state="hidden"),
                ]
            ),
            note="the hidden sheet's column headed only 番号 holds valid My Numbers",
        )
    )

    # L3: a review memo naming the applicant once, the depression far below
    p = ctx.person((1975, 1998))
    docs.append(
        Doc(
            "sogyo",
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="創業支援補助金 面談記録",
                paragraphs=[
                    f"{wareki(ctx.day(), 'abbr')} 面談者：{p.name()}（申請者）、対応：{clerk}、{boss}",
                    f"事業計画について説明を受けた。{r.choice(YAGO)}として、{r.choice(ctx.towns)}の空き店舗で開業する計画である。",
                    "売上見込みはやや楽観的であり、客単価と回転率の根拠を追加で示すよう求めた。",
                    "設備の見積は2社から取得済み。内装工事は地元業者に発注予定。",
                    "審査会までに資金計画の修正版を提出することで合意した。",
                    "なお、面談の終わりに本人から、昨年からうつ病で心療内科に通院しており、服薬の調整があるため開業時期を3か月遅らせたい、との申出があった。",
                    "交付決定後の計画変更の手続を案内した。",
                ],
            ),
        )
    )

    # L3: a Teams thread in cp932 where the tax desk's reply gives 市県民税 arrears
    p = ctx.person((1970, 1998))
    talk = [("14:02", clerk, f"創業補助の申請者 {p.name()}さん、完納証明が出ないと言われたそうです"),
             ("14:09", tax, f"確認しました。{p.sei} {p.mei}さんは令和5年度 市県民税が {yen(r.randint(50, 300) * 1000)}円 滞納、督促2回です"),
             ("14:12", clerk, "承知しました。納付されるまで受付保留にします")]  # fmt: skip
    docs.append(
        Doc(
            "sogyo",
            "txt-cp932",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("teams", ctx.day(), talk, "創業支援")),
        )
    )

    # L3: 特定創業支援 participants in cp932, more than 100 with birth dates and addresses
    rows2: list[list[Cell]] = [["受講番号", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話", "修了"]]
    for i, q in enumerate(ctx.people(r.randint(105, 118), (1960, 2003)), start=1):
        rows2.append(
            [
                f"{i:04d}",
                q.name("　"),
                q.kata,
                wareki(q.birth, "slash"),
                q.address(),
                q.phone,
                r.choice(["○", "○", "×"]),
            ]
        )
    docs.append(
        Doc(
            "sogyo",
            "csv-cp932",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(sheets=[sheet("受講者", rows2)]),
        )
    )
    return docs


# --- 商店街 補助・空き店舗 活用 (商工観光課 商業振興係) ---------------------------------------------------------
def shotengai(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.office_phone(2)
    boss, clerk = ctx.staff(), ctx.staff()
    streets = r.sample(SHOTENGAI, 4)

    # L1: the grant guide
    docs.append(
        Doc(
            "shotengai",
            "pdf",
            1,
            [],
            DocSpec(
                title="空き店舗活用事業補助金のご案内",
                paragraphs=[
                    f"中心市街地の{streets[0]}・{streets[1]}などの空き店舗に出店する方に、改装費と家賃の一部を補助します。",
                    "改装費：対象経費の2分の1（上限100万円）　家賃：月額の2分の1（上限5万円、12か月まで）",
                    "要件：週4日以上営業すること。市税の滞納がないこと。補助期間内に廃業した場合は返還を求めます。",
                    f"申込先：{ctx.office} 商業振興係（電話 {tel}）",
                ],
                tables=[
                    [
                        ["区分", "補助率", "上限額"],
                        ["改装費", "1/2", "1,000,000円"],
                        ["家賃", "1/2", "50,000円/月"],
                    ]
                ],
            ),
        )
    )

    # L1: the 振興組合 officers in role
    roles = ["理事長", "副理事長", "副理事長", "専務理事", "理事", "理事", "監事"]
    rows = grid(["役職", "氏名", "店舗名"], ([ro, ctx.staff(), r.choice(YAGO)] for ro in roles))
    docs.append(
        Doc(
            "shotengai",
            "odt",
            1,
            [],
            DocSpec(
                title=f"{streets[0]}振興組合 役員名簿（令和6年度）",
                paragraphs=[
                    f"組合事務所　{ctx.biz_address()}　電話 {ctx.tel()}",
                    "任期　令和6年5月総会から2年",
                ],
                sheets=[sheet("役員", rows)],
            ),
            note="officers named in their role with their shops and the union's office phone",
        )
    )

    # L1: the vacant shops, no owner named
    rows = [["物件No", "所在地", "商店街", "面積（㎡）", "賃料（月額）", "前業種", "所有者区分"]]
    for i in range(1, r.randint(14, 20)):
        rows.append([f"A-{i:02d}", ctx.biz_address(), r.choice(streets), r.randint(20, 120), yen(r.randint(4, 18) * 10000),
                     r.choice(GYOSHU), r.choice(["個人", "法人", "個人"])])  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("物件", rows, title="空き店舗 物件情報（出店希望者向け 公開用）", first_row=3),
                    sheet(
                        "更新履歴",
                        [["更新日", "内容"], ["2024/10/01", "A-03 成約"], ["2024/11/01", "A-07 追加"]],
                        state="hidden",
                    ),
                ]
            ),
            note="shop addresses without owners are not personal data",
        )
    )

    # L1: pedestrian counts with a hidden raw sheet (xls)
    pts = [f"{s} {k}" for s in streets[:3] for k in ("東口", "中央")]
    rows = [["地点", "令和4年", "令和5年", "令和6年", "前年比"]]
    for pt in pts:
        a, b, c = (r.randint(800, 5000) for _ in range(3))
        rows.append([pt, a, b, c, f"{c / b * 100:.1f}%"])
    raw = grid(
        ["地点", "時間帯", "歩行者", "自転車"],
        ([pt, f"{h}時台", r.randint(40, 600), r.randint(5, 80)] for pt in pts for h in (10, 13, 17)),
    )
    docs.append(
        Doc(
            "shotengai",
            "xls",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("通行量", rows, title="中心市街地 歩行者通行量調査（休日）"),
                    sheet("集計", raw, state="hidden"),
                ]
            ),
        )
    )

    # L1: grants to the unions, each with its 法人番号
    rows = [["団体名", "法人番号", "事業名", "補助額（円）"]]
    for s in streets:
        rows.append([f"{s}振興組合", random_corporate_number(r), r.choice(["街路灯LED化", "イベント開催", "アーケード補修", "防犯カメラ設置"]),
                     yen(r.randint(30, 300) * 10000)])  # fmt: skip
    for name, number in ctx.companies(3):
        rows.append([name, number, "空き店舗 改装", yen(r.randint(30, 100) * 10000)])
    docs.append(Doc("shotengai", "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("交付", rows)])))

    # L1: street-light power bills whose お客様番号 fail the check digit (cp932)
    rows = [["お客様番号", "商店街", "灯数", "使用量（kWh）", "請求額（円）"]]
    for _ in range(12):
        rows.append([fail_check(random_my_number(r), r.randint(1, 9)), r.choice(streets), r.randint(10, 60),
                     r.randint(300, 2400), yen(r.randint(8000, 60000))])  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("電気料", rows)]),
            note="the 12-digit お客様番号 are look-alikes failing the check digit",
        )
    )

    # L2: private landlords of the vacant shops, data from row 7
    rows = [["物件No", "所在地", "家主氏名", "家主住所", "電話", "交渉状況"]]
    for i, q in enumerate(ctx.people(r.randint(8, 12), (1938, 1975)), start=1):
        rows.append([f"A-{i:02d}", ctx.biz_address(), q.name(), q.address(), q.phone,
                     r.choice(["貸出可", "条件付き可", "検討中", "不可"])])  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("家主", rows, title="空き店舗 家主連絡先（庁内用）", first_row=7)]),
        )
    )

    # L2: a resident's own letter to the mayor, signed at the end
    p = ctx.person((1980, 2000))
    docs.append(
        Doc(
            "shotengai",
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    f"はじめてお手紙を差し上げます。{streets[0]}の空き店舗で古道具の店を開きたいと考えております。",
                    "補助金の説明会に参加しましたが、家賃補助の12か月を過ぎた後の支援があるのか知りたく、筆をとりました。",
                    "若い人が商店街に店を出せるよう、長い目で応援していただければ幸いです。",
                    "",
                    wareki(ctx.day()),
                    p.address(),
                    p.name(),
                    f"電話 {p.phone}",
                ],
            ),
        )
    )

    # L2: a Slack copy where the reply gives a landlord's phone
    p = ctx.person((1940, 1970))
    talk = [("10:21", clerk, f"A-05 の家主の{p.name()}さん、連絡先わかりますか"),
             ("10:34", boss, f"台帳だと {p.phone} です。昼間は不在が多いので夕方がいいです"),
             ("10:36", clerk, "ありがとうございます。夕方かけてみます")]  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("slack", ctx.day(), talk, "商業振興")),
        )
    )

    # L2: a spaced-digit 交付決定 for a refit, to a person at home
    p = ctx.person((1975, 1998))
    ctx.urban(p)
    d = ctx.day(dt.date(2024, 6, 1))
    lines = [">" + wareki(d), p.address(), f"{p.name()} 様", f">{ctx.city}長", "",
             "^空き店舗活用事業補助金（改装費）交付決定通知書", "",
             f"{streets[1]}内の店舗改装に係る補助金について、{yen(r.randint(30, 100) * 10000)}円の交付を決定しました。",
             "実績報告は工事完了後30日以内に提出してください。"]  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "pdf",
            2,
            ["address", "name"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L3: more than 100 prospective tenants printed from the system (ruled)
    rows2: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(105, 120), (1955, 2002)), start=1):
        rows2.append(
            [f"T{i:05d}", q.name(), q.kata, wareki(q.birth, "short"), q.address(), q.phone, r.choice(GYOSHU)]
        )
    cols = [
        ("登録No", 30),
        ("氏名", 90),
        ("カナ", 160),
        ("生年月日", 265),
        ("住所", 330),
        ("電話", 560),
        ("希望業種", 650),
    ]
    docs.append(Doc("shotengai", "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(paragraphs=["出店希望者"]),
                    post=system_print("空き店舗 出店希望者 登録一覧", f"{ctx.city} 商業振興DB  RPT-S11", cols, rows2, 26,
                                      "抽出条件：登録状態＝有効", ruled=True)))  # fmt: skip

    # L3: a spaced-digit 督促 for a rent grant that must be repaid
    p = ctx.person((1965, 1995))
    ctx.urban(p)
    d = ctx.day(dt.date(2024, 9, 1))
    owed = r.randint(10, 60) * 10000
    lines = [">" + wareki(d), p.address(), f"{p.name()} 様", f">{ctx.city}長", "", "^督 促 状", "",
             "空き店舗活用事業補助金（家賃）について、補助期間内の廃業により返還を命じた返還金が未納となっています。",
             f"未納額 {yen(owed)}円　当初納期限 令和6年7月31日",
             f"令和6年{d.month + 1 if d.month < 12 else 12}月15日までに納付してください。期限までに納付がない場合は延滞金を加算します。"]  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "pdf",
            3,
            ["address", "arrears", "name"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
            note="an unpaid grant repayment under 督促 counts as arrears",
        )
    )

    # L3: a LINE WORKS thread where a reply gives a shopkeeper's hernia surgery
    p = ctx.person((1950, 1980))
    talk = [("09:48", clerk, f"{streets[0]}の{p.name()}さんの店、先週からずっと閉まってますね"),
             ("09:55", boss, f"{p.sei}さん、腰椎椎間板ヘルニアで入院して手術したそうです。再開は来月以降と奥さんから"),
             ("09:57", clerk, "家賃補助の営業日数要件、事情を聞いて特例で扱えるか確認します")]  # fmt: skip
    docs.append(
        Doc(
            "shotengai",
            "txt",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("lineworks", ctx.day(), talk, "商業振興係")),
        )
    )

    # L3: a tenant 台帳 whose My Number is only in the footer as 「○○さんの番号 …」
    p = ctx.person((1970, 1995))
    docs.append(
        Doc(
            "shotengai",
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="空き店舗 賃借人台帳（個票）",
                footer=f"{p.sei}さんの番号 {grouped(random_my_number(r))}",
                paragraphs=[
                    f"賃借人　{p.name()}",
                    f"住所　{p.address()}",
                    f"店舗　{r.choice(streets)} {ctx.biz_address()}",
                    f"契約期間　{wareki(ctx.day(dt.date(2023, 4, 1), dt.date(2024, 3, 31)))}から3年",
                    "家賃補助　月額 40,000円",
                ],
            ),
            note="the footer's 「…さんの番号」 is a valid My Number",
        )
    )
    return docs


# --- 中小企業 相談 (商工観光課 経営相談窓口) -------------------------------------------------------------------
def sodan(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.office_phone(3)
    adviser, adviser2, clerk = ctx.staff(), ctx.staff(), ctx.staff()
    topics = ["資金繰り", "販路拡大", "事業承継", "創業", "IT導入", "人材確保", "補助金申請"]

    # L1: the desk's guide, advisers in role
    docs.append(
        Doc(
            "sodan",
            "docx",
            1,
            [],
            DocSpec(
                title="中小企業 経営相談窓口のご案内",
                paragraphs=[
                    f"{ctx.office}では、毎週火曜・木曜に専門家による無料の経営相談を行っています（予約制）。",
                    f"相談員：中小企業診断士 {adviser}（火曜）、税理士 {adviser2}（木曜）",
                    "相談内容の秘密は厳守します。相談票は相談以外の目的には使用しません。",
                    f"予約・問合せ：電話 {tel}　会場：{ctx.city}役所 3階 相談室",
                ],
            ),
            note="advisers are named in their role with the desk's phone",
        )
    )

    # L1: monthly counts by topic, merges and a hidden sheet
    rows: list[list[Cell]] = [[None, "上半期", None, None, None, None, None, "下半期", None],
                              ["相談内容", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "計"]]  # fmt: skip
    for t in topics:
        v = [r.randint(0, 14) for _ in range(7)]
        rows.append([t, *v, sum(v)])
    docs.append(
        Doc(
            "sodan",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("月報", rows, title="経営相談 件数月報（令和6年度）", first_row=4),
                    sheet(
                        "相談員別",
                        [["相談員", "件数"], ["診断士", r.randint(40, 90)], ["税理士", r.randint(20, 60)]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"月報": ["B4:G4"]}),
        )
    )

    # L1: an anonymised case book
    docs.append(
        Doc(
            "sodan",
            "pptx",
            1,
            [],
            DocSpec(
                title="経営相談 事例集（匿名化済）",
                paragraphs=[
                    "事例1 Ａさん（飲食業・40代）：客数減少→SNS活用とテイクアウトで売上回復",
                    "事例2 Ｂ社（製造業）：事業承継→後継者育成計画を作成",
                    "事例3 〇〇 〇〇 氏（小売業）：キャッシュレス導入",
                    "事例4 Ｃさん（理美容業）：補助金を活用し設備更新",
                    "※個人が特定されないよう加工しています",
                ],
            ),
            note="anonymised persons (Ａさん, 〇〇 〇〇) only",
        )
    )

    # L1: advisers' scheduling chat
    talk = [("08:50", clerk, "来週火曜の相談枠、午前2件・午後1件で確定です"),
             ("08:58", adviser, "了解です。午後は商工会議所の巡回があるので15時までにしてください"),
             ("09:03", clerk, "承知しました。木曜は税理士の先生が1時間遅れです")]  # fmt: skip
    docs.append(
        Doc(
            "sodan",
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", TODAY, talk, "経営相談窓口")),
            note="no resident: advisers and staff only",
        )
    )

    # L1: the 相談票 記入例
    docs.append(
        Doc(
            "sodan",
            "pdf",
            1,
            [],
            DocSpec(
                title="経営相談票（記入例）",
                paragraphs=[
                    "氏名　相談 一郎　　事業所名　相談商店",
                    f"住所　{ctx.city}○○町9丁目9番9号",
                    "電話　090-0000-0000",
                    "相談内容　□資金繰り ■販路拡大 □事業承継",
                    "※記入例の氏名・住所・電話番号は架空です。",
                ],
            ),
            note="a 記入例 with a sample name, address and phone",
        )
    )

    # L2: a one-person 相談票 (odt)
    p = ctx.person((1955, 1995))
    docs.append(
        Doc(
            "sodan",
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="経営相談票",
                tables=[
                    [
                        ["相談日", wareki(ctx.day(), "abbr")],
                        ["氏名", p.name()],
                        ["フリガナ", p.kata],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["屋号", r.choice(YAGO)],
                        ["相談内容", "販路拡大（ネット通販を始めたい）"],
                        ["相談員", f"中小企業診断士 {adviser}"],
                    ]
                ],
            ),
        )
    )

    # L2: a 相談記録 naming the consultee and their phone in prose
    p = ctx.person((1960, 1995))
    docs.append(
        Doc(
            "sodan",
            "docx",
            2,
            ["name", "phone"],
            DocSpec(
                title="経営相談記録",
                paragraphs=[
                    f"相談者　{p.name()} 様（{r.choice(YAGO)}）",
                    f"相談員　{adviser}",
                    "ECサイトの開設について。商品写真の撮り方、送料設定、決済サービスの比較を説明した。",
                    f"次回は11月下旬。日程はご本人の携帯（{p.phone}）に連絡する。",
                ],
            ),
        )
    )

    # L2: a relay log in cp932 where the reply gives the consultee's address
    p = ctx.person((1950, 1990))
    talk = [("10:15", clerk, f"{p.name()}さんから電話。専門家派遣の書類を郵送してほしいとのこと"),
             ("10:20", adviser, "送付先はどこですか"),
             ("10:22", clerk, f"{p.address()} です（自宅兼事務所）")]  # fmt: skip
    docs.append(
        Doc(
            "sodan",
            "txt-cp932",
            2,
            ["address", "name"],
            DocSpec(paragraphs=chat("arrow", ctx.day(), talk, "相談窓口 伝言")),
        )
    )

    # L2: a week's bookings (xls)
    rows = [["日時", "氏名", "屋号", "電話", "相談内容", "相談員"]]
    for q in ctx.people(r.randint(10, 14), (1950, 1998)):
        rows.append([f"11/{r.randint(25, 29)} {r.choice(['10:00', '11:00', '13:30', '15:00'])}", q.name(), r.choice(YAGO),
                     q.phone, r.choice(topics), r.choice(["診断士", "税理士"])])  # fmt: skip
    docs.append(
        Doc(
            "sodan",
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("予約", rows, title="経営相談 予約表")]),
        )
    )

    # L2: a spaced-digit 専門家派遣 決定通知
    p = ctx.person((1960, 1995))
    ctx.urban(p)
    d = ctx.day(dt.date(2024, 6, 1))
    lines = [">" + wareki(d), f"〒{p.zip}", p.address(), f"{p.name()} 様", f">{ctx.city}長", "",
             "^専門家派遣 決定通知書", "", "申請のあった専門家派遣について、次のとおり決定しました。",
             f"派遣専門家 中小企業診断士 {adviser}　回数 3回", "費用 無料（市が負担します）"]  # fmt: skip
    docs.append(
        Doc(
            "sodan",
            "pdf",
            2,
            ["address", "name"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L3: a 相談記録 in prose where the adjustment disorder comes late
    p = ctx.person((1960, 1990))
    docs.append(
        Doc(
            "sodan",
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="経営相談記録（継続）",
                paragraphs=[
                    f"相談者：{p.name()}（{r.choice(YAGO)} 代表）　相談員：{adviser}　記録：{clerk}",
                    "前回からの経過：主要取引先の撤退により売上が前年比4割減。資金繰り表を一緒に作成した。",
                    "借入の返済条件について、金融機関への相談の進め方を助言した。",
                    "新規の販路として、道の駅への出品と、ふるさと納税の返礼品登録を提案した。",
                    "家族の協力は得られており、奥様が経理を担当している。",
                    "本人によると、資金繰りの悩みから不眠が続き、先月から心療内科に通院し適応障害と診断されたとのこと。無理のない計画とするよう伝えた。",
                    "次回：2週間後",
                ],
            ),
        )
    )

    # L3: a 相談記録 (odt) stating the consultee's tax arrears
    p = ctx.person((1955, 1985))
    docs.append(
        Doc(
            "sodan",
            "odt",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                title="経営相談記録",
                paragraphs=[
                    f"相談者　{p.name()}　住所 {p.address()}",
                    "相談内容　資金繰り",
                    f"固定資産税と国民健康保険税を合わせて約{r.randint(40, 120)}万円 滞納しており、督促状が届いている。",
                    "分納の相談を税務課・保険年金課でするよう案内した。制度融資は完納が要件のため、現時点では申込できない。",
                ],
            ),
        )
    )

    # L3: the consultees' 台帳 printed from the system (dashed), more than 100 persons
    rows2: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(104, 118), (1945, 2000)), start=1):
        rows2.append(
            [
                f"{i:06d}",
                q.name(),
                wareki(q.birth, "abbr"),
                q.address(),
                q.phone,
                r.choice(GYOSHU),
                r.choice(topics),
            ]
        )
    cols = [
        ("相談No", 30),
        ("氏名", 85),
        ("生年月日", 160),
        ("住所", 235),
        ("電話", 470),
        ("業種", 560),
        ("相談内容", 630),
    ]
    docs.append(Doc("sodan", "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(paragraphs=["相談者台帳"]),
                    post=system_print("経営相談 相談者台帳", f"{ctx.city} 商工業振興システム  LST-K04", cols, rows2, 30,
                                      "抽出条件：相談日 R5.4.1～R6.10.31")))  # fmt: skip

    # L3: a Teams thread where the reply gives the consultee's dialysis
    p = ctx.person((1950, 1980))
    talk = [("15:30", clerk, f"{p.name()}さんの派遣、火曜午前でどうでしょう"),
             ("15:41", adviser, f"{p.sei}さんは人工透析で月水金は午前に通院しているので、火曜か木曜の午前ならいけます"),
             ("15:44", clerk, "では火曜10時で調整します")]  # fmt: skip
    docs.append(
        Doc(
            "sodan",
            "txt",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("teams", ctx.day(), talk, "経営相談窓口")),
        )
    )
    return docs


# --- プレミアム商品券 (商工観光課 商品券事務局) --------------------------------------------------------------
def shohinken(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.office_phone(4)
    boss, clerk = ctx.staff(), ctx.staff()

    # L1: the sales guide
    docs.append(
        Doc(
            "shohinken",
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.stem}プレミアム付商品券（第3弾）販売のお知らせ",
                paragraphs=[
                    "1冊 10,000円で 13,000円分（プレミアム率30％）。1人2冊まで。",
                    "申込：往復はがき または 専用フォーム（令和6年7月1日～7月20日）。申込多数の場合は抽選。",
                    "優先枠：子育て世帯、障害者手帳をお持ちの方の世帯（各500冊）。",
                    f"使用期限：令和7年1月31日　問合せ：商品券事務局 {tel}",
                ],
            ),
        )
    )

    # L1: the shops taking the vouchers (trade names, shop phones)
    rows: list[list[Cell]] = [["店舗名", "所在地", "電話", "業種", "大型店"]]
    for y in YAGO:
        rows.append([y, ctx.biz_address(), ctx.tel(), r.choice(GYOSHU), ""])
    for name, _ in ctx.companies(8):
        rows.append([name, ctx.biz_address(), ctx.tel(), r.choice(GYOSHU), r.choice(["○", ""])])
    docs.append(
        Doc(
            "shohinken",
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("取扱店", rows)]),
            note="shops by trade name with their shop phones: no private person",
        )
    )

    # L1: sales results, merges and a hidden sheet
    rows = [[None, "冊数（冊）", None, None, None], ["区分", "発行冊数", "申込冊数", "倍率", "販売冊数"]]
    for k in ("一般", "子育て世帯", "障害者手帳所持世帯"):
        a = r.randint(500, 9000)
        b = a + r.randint(0, 5000)
        rows.append([k, a, b, f"{b / a:.2f}", a])
    docs.append(
        Doc(
            "shohinken",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("結果", rows, title="プレミアム付商品券 販売結果", first_row=4),
                    sheet(
                        "日別",
                        grid(
                            ["日付", "換金額"], ([ymd(ctx.day()), r.randint(10**5, 10**7)] for _ in range(8))
                        ),
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"結果": ["B4:C4"]}),
        )
    )

    # L1: redemption claims; the 12-digit 引換券番号 fail the check digit
    rows = [["引換券番号", "取扱店", "枚数", "金額（円）", "請求日"]]
    for _ in range(16):
        rows.append([fail_check(random_my_number(r), r.randint(1, 9)), r.choice(YAGO), r.randint(5, 300),
                     yen(r.randint(5, 300) * 1000), ymd(ctx.day(dt.date(2024, 8, 1)))])  # fmt: skip
    docs.append(
        Doc(
            "shohinken",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("換金", rows)]),
            note="shops only; the 12-digit 引換券番号 are look-alikes failing the check digit",
        )
    )

    # L1: the postcard 記入例
    docs.append(
        Doc(
            "shohinken",
            "docx",
            1,
            [],
            DocSpec(
                title="往復はがき 記入例",
                paragraphs=[
                    "往信裏面",
                    "申込者氏名　商品 券子",
                    f"住所　〒000-0000 {ctx.city}○○町1-1-1",
                    "電話　090-0000-0000",
                    "希望冊数　2冊",
                    "返信表面にも住所・氏名をご記入ください。",
                ],
                textboxes=["記入例"],
            ),
            note="a 記入例 with a sample name, address and phone",
        )
    )

    # L1: council report slides
    docs.append(
        Doc(
            "shohinken",
            "pptx",
            1,
            [],
            DocSpec(
                title="プレミアム付商品券事業 効果検証（産業建設委員会 報告）",
                paragraphs=[
                    f"発行総額 {r.randint(5, 12)}億円、換金率 98.7％",
                    "新規需要の割合 31％（利用者アンケート n=1,204）",
                    "大型店の利用 42％、中小店 58％",
                    "経済波及効果 推計 1.6倍",
                ],
            ),
        )
    )

    # L2: an Outlook reply quoting a resident's enquiry with address and phone
    p = ctx.person((1945, 1990))
    quoted = [(p.name(), when(dt.date(2024, 8, 5), "20:02"), "当選通知が届きません",
               ["商品券事務局 御中", "", "7月に申し込みましたが、当選・落選の通知が届きません。", f"住所は {p.address()} です。",
                f"日中は {p.phone} に連絡をお願いします。", p.name()])]  # fmt: skip
    reply = [
        f"{p.name()} 様",
        "",
        "お問い合わせありがとうございます。確認したところ、通知は8月2日に発送済みでした。",
        "再発行の手続をご案内しますので、窓口までお越しください。",
        f"商品券事務局 {clerk}",
    ]
    docs.append(
        Doc(
            "shohinken",
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"商品券事務局 {clerk}",
                    p.name(),
                    "RE: 当選通知が届きません",
                    when(dt.date(2024, 8, 6), "10:12"),
                    reply,
                    quoted,
                )
            ),
        )
    )

    # L2: reissue requests (ods)
    rows = [["受付日", "氏名", "住所", "理由", "処理"]]
    for q in ctx.people(r.randint(8, 12), (1940, 1995)):
        rows.append([ymd(ctx.day(dt.date(2024, 8, 1), dt.date(2024, 9, 30))), q.name(), q.address(),
                     r.choice(["未着", "紛失", "汚損"]), r.choice(["再発行済", "確認中"])])  # fmt: skip
    docs.append(
        Doc(
            "shohinken",
            "ods",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("再発行", rows, title="当選通知 再発行依頼")]),
        )
    )

    # L2: the exchange counter's list, 姓/名/セイ/メイ split with phones
    rows = [["No", "姓", "名", "セイ", "メイ", "電話", "冊数", "引換日"]]
    for i, q in enumerate(ctx.people(r.randint(30, 45), (1940, 2002)), start=1):
        rows.append([i, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.phone, r.choice([1, 2]),
                     ymd(ctx.day(dt.date(2024, 8, 10), dt.date(2024, 8, 31)))])  # fmt: skip
    docs.append(
        Doc(
            "shohinken",
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("引換", rows, title="商品券 引換窓口 受付簿（本庁舎）", first_row=3)]),
        )
    )

    # L2: a resident's complaint to the desk on a spaced-digit PDF, signed at the end
    p = ctx.person((1945, 1985))
    ctx.urban(p)
    lines = [">" + wareki(ctx.day(dt.date(2024, 8, 1))), f"{ctx.city}役所 商工観光課 御中", "", "^抽選方法についての意見", "",
             "今回の商品券は2回続けて落選しました。同じ世帯で何通も申し込んでいる家があると聞きます。",
             "抽選が公平に行われているのか、結果の件数だけでも公表してください。", "",
             f">住所 {p.address()}", f">{p.name()}", f">電話 {p.phone}"]  # fmt: skip
    docs.append(
        Doc(
            "shohinken",
            "pdf",
            2,
            ["address", "name", "phone"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L3: more than 100 applicants printed from the lottery system (ruled)
    rows2: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(120, 140), (1935, 2003)), start=1):
        rows2.append(
            [
                f"P{i:06d}",
                q.name(),
                q.kata,
                q.address(),
                q.phone,
                str(r.choice([1, 2])),
                r.choice(["当選", "当選", "落選"]),
            ]
        )
    cols = [
        ("申込No", 30),
        ("氏名", 90),
        ("カナ", 165),
        ("住所", 270),
        ("電話", 500),
        ("冊数", 590),
        ("結果", 630),
    ]
    docs.append(Doc("shohinken", "pdf", 3, ["address", "name", "phone"], DocSpec(paragraphs=["抽選申込者"]),
                    post=system_print("プレミアム付商品券 抽選申込者一覧", "商品券抽選システム  OUT-03", cols, rows2, 32,
                                      "抽出条件：受付区分＝はがき・フォーム", ruled=True)))  # fmt: skip

    # L3: winners from column Z, 姓/名/セイ/メイ split with addresses, more than 100
    head: list[Cell] = ["当選No", "姓", "名", "セイ", "メイ", "郵便番号", "住所", "冊数"]
    body: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(r.randint(105, 118), (1935, 2003)), start=1):
        body.append(
            [
                i,
                q.sei,
                q.mei,
                katakana(q.sei_kana),
                katakana(q.mei_kana),
                q.zip,
                q.address(),
                r.choice([1, 2]),
            ]
        )
    docs.append(
        Doc(
            "shohinken",
            "xlsx",
            3,
            ["address", "name"],
            DocSpec(sheets=[sheet("当選者", far_right(body, 25), first_row=5)]),
        )
    )

    # L3: the priority applicants with disability certificates (xls)
    rows = [["受付No", "氏名", "住所", "優先区分", "確認書類"]]
    certs = [
        "身体障害者手帳1級",
        "身体障害者手帳3級",
        "療育手帳B",
        "精神障害者保健福祉手帳2級",
        "身体障害者手帳4級",
    ]
    for i, q in enumerate(ctx.people(r.randint(16, 22), (1945, 2000)), start=1):
        kind = "子育て" if i % 3 == 0 else "障害"
        rows.append([f"Y{i:03d}", q.name(), q.address(), "子育て世帯" if kind == "子育て" else "障害者手帳所持世帯",
                     "児童手当受給証明" if kind == "子育て" else r.choice(certs)])  # fmt: skip
    docs.append(
        Doc(
            "shohinken",
            "xls",
            3,
            ["address", "health", "name"],
            DocSpec(sheets=[sheet("優先枠", rows)]),
            note="a disability certificate and its grade beside a name count as health",
        )
    )

    # L3: a LINE WORKS thread in cp932 where the reply gives a buyer's dementia
    p = ctx.person((1930, 1950))
    talk = [("11:05", clerk, f"当選者の{p.name()}さんの分、娘さんが代理で引換に来ています"),
             ("11:08", boss, f"{p.sei}さんは認知症で施設に入所中と聞いています。委任状があれば引換可です"),
             ("11:12", clerk, "委任状あり、娘さんの本人確認もしました")]  # fmt: skip
    docs.append(
        Doc(
            "shohinken",
            "txt-cp932",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("lineworks", ctx.day(dt.date(2024, 8, 10)), talk, "商品券事務局")),
        )
    )

    # L3: a proxy exchange record whose My Number is only in a text box as 番号確認済
    p = ctx.person((1930, 1955))
    agent = ctx.person((1960, 1985))
    docs.append(
        Doc(
            "shohinken",
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="商品券 代理引換 確認記録",
                paragraphs=[
                    f"当選者　{p.name()}　住所 {p.address()}",
                    f"代理人　{agent.name()}（長女）",
                    "委任状　有",
                    f"引換日　{ymd(ctx.day(dt.date(2024, 8, 10), dt.date(2024, 8, 31)))}　冊数 2",
                    f"対応　{clerk}",
                ],
                textboxes=[f"当選者 番号確認済 {grouped(random_my_number(r), '-')}"],
            ),
            note="the text box's 番号確認済 digits are a valid My Number",
        )
    )
    return docs


# --- 観光ガイド ボランティア (商工観光課 観光係) ------------------------------------------------------------------
def guide(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.office_phone(5)
    boss, clerk = ctx.staff(), ctx.staff()
    langs = ["日本語のみ", "英語", "中国語", "韓国語", "英語・フランス語"]

    # L1: the call for volunteer guides
    docs.append(
        Doc(
            "guide",
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city} 観光ボランティアガイド 募集",
                paragraphs=[
                    f"{ctx.sights[0]}や{ctx.sights[1]}を訪れる方に、まちの歴史と魅力を案内していただく方を募集します。",
                    "対象：市内在住・在勤の18歳以上の方。全6回の養成講座を受講できる方。",
                    "活動：土日祝日を中心に月2回程度。交通費相当の謝礼（1回1,000円）を支給します。",
                    f"申込：登録申込書を観光係へ（電話 {tel}）",
                ],
            ),
        )
    )

    # L1: monthly activity figures with merges and a hidden sheet
    rows: list[list[Cell]] = [["月", "案内件数", "案内人数", "うち外国人", "稼働ガイド数"]]
    for m in (4, 5, 6, 7, 8, 9, 10):
        rows.append([f"{m}月", r.randint(20, 90), r.randint(100, 900), r.randint(5, 200), r.randint(12, 30)])
    docs.append(
        Doc(
            "guide",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("実績", rows, title="観光ボランティアガイド 活動実績", first_row=3),
                    sheet(
                        "コース別",
                        grid(["コース", "件数"], ([s, r.randint(10, 120)] for s in ctx.sights)),
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L1: the guides' association officers in role, at the tourist office
    office = f"{ctx.city}観光案内所（{ctx.biz_address()}）"
    docs.append(
        Doc(
            "guide",
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "役員",
                        [
                            ["役職", "氏名", "連絡先"],
                            ["会長", ctx.staff(), office],
                            ["副会長", ctx.staff(), office],
                            ["事務局長", ctx.staff(), f"観光案内所 {ctx.tel()}"],
                            ["会計", ctx.staff(), "事務局に同じ"],
                        ],
                        title=f"{ctx.stem}観光ボランティアガイドの会 役員",
                    )
                ]
            ),
            note="officers named in their role at the tourist office",
        )
    )

    # L1: visitor statistics (xls), a merged title
    rows = [["観光地点", "令和3年", "令和4年", "令和5年", "前年比"]]
    for s in [*ctx.sights, f"{ctx.festival}（期間中）", "道の駅"]:
        a, b, c = (r.randint(20000, 900000) for _ in range(3))
        rows.append([s, a, b, c, f"{c / b * 100:.1f}%"])
    docs.append(
        Doc(
            "guide",
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("入込客数", rows, title=f"{ctx.city} 観光入込客数（暦年）")]),
        )
    )

    # L1: training slides with an anonymised guest
    docs.append(
        Doc(
            "guide",
            "pptx",
            1,
            [],
            DocSpec(
                title="ガイド研修 接遇とヒヤリハット",
                paragraphs=[
                    "事例：Ａさん（ガイド歴3年）が石段で観光客の転倒を防いだ",
                    "事例：外国人観光客 〇〇 〇〇 様からの苦情対応",
                    "熱中症対策：休憩は30分ごと",
                    "救急時は観光案内所に連絡",
                ],
            ),
            note="anonymised persons only",
        )
    )

    # L1: the 登録申込書 記入例
    docs.append(
        Doc(
            "guide",
            "pdf",
            1,
            [],
            DocSpec(
                title="観光ボランティアガイド 登録申込書（記入例）",
                paragraphs=[
                    "氏名　観光 案内（カンコウ アンナイ）",
                    "生年月日　昭和30年10月10日",
                    f"住所　{ctx.city}○○町1番地",
                    "電話　0000-11-2222",
                    "語学　英語（日常会話）",
                    "※記入例です。",
                ],
            ),
            note="a 記入例 with a sample name, birth date, address and phone",
        )
    )

    # L2: a one-person 登録申込書 (xlsx)
    p = ctx.person((1945, 1985))
    form: list[list[Cell]] = [["氏名", p.name()], ["フリガナ", p.kata], ["生年月日", p.birth], ["年齢", p.age()],
                              ["住所", p.address()], ["電話", p.phone], ["語学", r.choice(langs)],
                              ["活動可能日", "土・日"], ["申込日", ctx.day()]]  # fmt: skip
    docs.append(
        Doc(
            "guide",
            "xlsx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(sheets=[sheet("申込書", form, title="観光ボランティアガイド 登録申込書", first_row=3)]),
        )
    )

    # L2: the guides' phone tree (csv)
    rows = [["班", "氏名", "ふりがな", "電話", "語学"]]
    for q in ctx.people(r.randint(25, 40), (1940, 1995)):
        rows.append([r.choice(["A班", "B班", "C班"]), q.name(), q.kana, q.phone, r.choice(langs)])
    docs.append(Doc("guide", "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("連絡網", rows)])))

    # L2: a Teams thread where the reply gives a guide's phone
    p = ctx.person((1945, 1980))
    talk = [("09:19", clerk, f"明日の団体案内、{p.name()}さんにお願いしたいのですが連絡先ありますか"),
             ("09:24", boss, f"{p.sei}さんの携帯は {p.phone} です"),
             ("09:25", clerk, "ありがとうございます")]  # fmt: skip
    docs.append(
        Doc(
            "guide", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", ctx.day(), talk, "観光係"))
        )
    )

    # L2: a spaced-digit letter with a certificate of thanks, to a guide at home
    p = ctx.person((1940, 1965))
    ctx.urban(p)
    lines = [">" + wareki(ctx.day(dt.date(2024, 10, 1))), f"〒{p.zip}", p.address(), f"{p.name()} 様", f">{ctx.city}長", "",
             "^感謝状の贈呈について", "", "永年にわたり観光ボランティアガイドとしてご活躍いただき、ありがとうございます。",
             f"つきましては、{ctx.festival}の開会式において感謝状を贈呈いたします。"]  # fmt: skip
    docs.append(
        Doc(
            "guide",
            "pdf",
            2,
            ["address", "name"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L2: the volunteer insurance roll with birth dates (odt)
    table = [["No", "氏名", "生年月日", "性別"]]
    for i, q in enumerate(ctx.people(r.randint(18, 24), (1940, 1995)), start=1):
        table.append([str(i), q.name(), wareki(q.birth, "abbr"), q.sex])
    docs.append(
        Doc(
            "guide",
            "odt",
            2,
            ["birth_date", "name"],
            DocSpec(
                title="ボランティア活動保険 加入者名簿",
                paragraphs=[f"団体名 {ctx.stem}観光ボランティアガイドの会"],
                tables=[table],
            ),
        )
    )

    # L3: the register printed from the system (dashed), more than 100
    rows2: list[list[str]] = []
    for i, q in enumerate(ctx.people(r.randint(102, 115), (1940, 2000)), start=1):
        rows2.append(
            [f"G{i:04d}", q.name(), q.kata, wareki(q.birth, "slash"), q.address(), q.phone, r.choice(langs)]
        )
    cols = [
        ("登録番号", 30),
        ("氏名", 85),
        ("カナ", 155),
        ("生年月日", 255),
        ("住所", 320),
        ("電話", 545),
        ("語学", 640),
    ]
    docs.append(
        Doc(
            "guide",
            "pdf",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(paragraphs=["ガイド登録台帳"]),
            post=system_print(
                "観光ボランティアガイド 登録台帳", f"{ctx.city} ボランティア管理  V-LIST", cols, rows2, 30
            ),
        )
    )

    # L3: a one-person health declaration with the pacemaker in a text box
    p = ctx.person((1940, 1960))
    docs.append(
        Doc(
            "guide",
            "docx",
            3,
            ["birth_date", "health", "name"],
            DocSpec(
                title="ガイド活動 健康状態申告書",
                paragraphs=[
                    f"氏名　{p.name()}",
                    f"生年月日　{wareki(p.birth)}",
                    "活動希望　屋外コース（石段あり）",
                    "緊急連絡先　家族（別紙）",
                ],
                textboxes=["心臓ペースメーカー装着（令和4年）。長い石段は休みながら。服薬：ワーファリン"],
            ),
        )
    )

    # L3: an accident report in prose, the fracture late
    p = ctx.person((1940, 1960))
    docs.append(
        Doc(
            "guide",
            "odt",
            3,
            ["health", "name"],
            DocSpec(
                title="ボランティア活動中の事故報告",
                paragraphs=[
                    f"報告者：観光係 {clerk}",
                    f"発生日時：{wareki(ctx.day(), 'abbr')} 14時頃　場所：{ctx.sights[1]}",
                    f"概要：ガイドの{p.name()}さんが団体客（15名）を案内中、雨で濡れた石段で足を滑らせた。",
                    "同行のガイドが観光案内所に連絡し、救急車を要請した。団体客は別のガイドが引き継いだ。",
                    "ボランティア活動保険の事故報告を社会福祉協議会に提出した。",
                    "搬送先の病院で右大腿骨頸部骨折と診断され、手術のため約1か月入院の見込み。",
                ],
            ),
        )
    )

    # L3: a relay log where the reply gives a guide's tax arrears
    p = ctx.person((1945, 1975))
    talk = [("16:02", clerk, f"{p.name()}さんへの謝礼の振込が戻ってきました"),
             ("16:10", boss, f"会計課に確認したら、{p.sei}さんの口座は市県民税の滞納で差押えになっているそうです"),
             ("16:12", clerk, "では今回は現金でお渡しできるか確認します")]  # fmt: skip
    docs.append(
        Doc(
            "guide",
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("arrow", ctx.day(), talk, "観光係 伝言")),
        )
    )
    return docs


# --- 観光協会・イベント出店者 (観光協会事務局) ---------------------------------------------------------------
FOODS = ["焼きそば", "たこ焼き", "クレープ", "からあげ", "ケバブ", "焼き鳥", "わたあめ", "かき氷", "地ビール", "五平餅",
         "ベビーカステラ", "フランクフルト", "ポップコーン", "いか焼き", "じゃがバター", "牛串", "甘酒", "コーヒー"]  # fmt: skip
STALLS = ["屋台 とらや", "本舗 かめや", "ひまわり", "まるやま商店", "キッチン ハレ", "ぽかぽか亭", "スマイル", "食堂 あさひ", "MOGU",
          "はなまる", "ごちそう舎", "フードカー 88", "ほっこり", "かざぐるま", "一番星", "てっぱん工房"]  # fmt: skip


def kyokai(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    tel = ctx.tel(24, 5500)
    chief, clerk = ctx.staff(), ctx.staff()

    # L1: the published list of stall holders by trade name, printed over several pages
    stalls = [f"{f} {s}" for f in FOODS for s in STALLS]
    picks = r.sample(stalls, r.randint(110, 124))
    rows2 = [[f"{i:03d}", name, r.choice(["A", "B", "C", "D"]) + f"-{r.randint(1, 40):02d}", r.choice(["飲食", "飲食", "飲食", "キッチンカー"]),
              r.choice(["市内", "市内", "県内", "県外"])] for i, name in enumerate(picks, start=1)]  # fmt: skip
    cols = [("No", 30), ("出店者名（屋号）", 80), ("区画", 300), ("区分", 380), ("所在", 450)]
    docs.append(
        Doc(
            "kyokai",
            "pdf",
            1,
            [],
            DocSpec(paragraphs=["出店者一覧"]),
            post=system_print(
                f"{ctx.festival} 出店者一覧（公表用）", f"{ctx.kyokai} イベント管理", cols, rows2, 36
            ),
            note="a multi-page print of stall holders by trade name only: no private person",
        )
    )

    # L1: the association's officers in role (商工会議所 会頭 etc.)
    docs.append(
        Doc(
            "kyokai",
            "odt",
            1,
            [],
            DocSpec(
                title=f"{ctx.kyokai} 役員名簿",
                tables=[
                    [
                        ["役職", "氏名", "所属"],
                        ["会長", ctx.staff(), f"{ctx.kaigisho} 会頭"],
                        ["副会長", ctx.staff(), "旅館組合 組合長"],
                        ["副会長", ctx.staff(), f"{SHOTENGAI[0]}振興組合 理事長"],
                        ["理事", ctx.staff(), "自治会連合会 会長"],
                        ["監事", ctx.staff(), f"{ctx.bank} 支店長"],
                        ["事務局長", ctx.staff(), f"事務局（電話 {tel}）"],
                    ]
                ],
            ),
            note="officers named in their role",
        )
    )

    # L1: visitors per day with merges and a hidden sheet
    rows: list[list[Cell]] = [["日", "来場者数", "うち県外", "天候"]]
    for d in (1, 2, 3):
        rows.append([f"{d}日目", r.randint(8000, 60000), r.randint(1000, 9000), r.choice(["晴", "曇", "雨"])])
    docs.append(
        Doc(
            "kyokai",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("来場者", rows, title=f"{ctx.festival} 来場者数（推計）", first_row=3),
                    sheet(
                        "計測",
                        [
                            ["地点", "人数"],
                            ["北ゲート", r.randint(5000, 20000)],
                            ["南ゲート", r.randint(5000, 20000)],
                        ],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L1: the call for stall holders
    docs.append(
        Doc(
            "kyokai",
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.festival} 出店者募集要項",
                paragraphs=[
                    "出店料：飲食 15,000円、物販 8,000円（1区画 3m×3m）",
                    "食品を扱う場合は営業許可証の写しを提出してください。",
                    "出店者一覧は屋号で公表します。",
                    "申込書の記入例：代表者氏名 出店 次郎　屋号 次郎焼きそば　携帯電話 090-0000-0000（架空）",
                    f"申込・問合せ：{ctx.kyokai} 事務局 電話 {tel}",
                ],
            ),
            note="the call for stall holders, with one 記入例 line naming a sample person",
        )
    )

    # L1: stall fees invoiced to companies, with 法人番号 (cp932)
    rows = [["請求番号", "法人名", "法人番号", "区画数", "出店料（円）"]]
    for i, (name, number) in enumerate(ctx.companies(10), start=1):
        n = r.randint(1, 3)
        rows.append([f"K-{i:03d}", name, number, n, yen(15000 * n)])
    docs.append(Doc("kyokai", "csv-cp932", 1, ["corporate_number"], DocSpec(sheets=[sheet("請求", rows)])))

    # L1: staff Slack about the event setup
    talk = [("08:40", clerk, "テント搬入は前日15時から。設営業者さんに確認済みです"),
             ("08:52", chief, "警備計画は警察署と協議済み。雨天時の動線図を差し替えます"),
             ("09:05", clerk, "了解です。出店者説明会の資料を印刷します")]  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("slack", ctx.day(), talk, "イベント実行委員会")),
            note="no resident: staff and contractors only",
        )
    )

    # L2: a food truck owner's application (sole proprietor at home)
    p = ctx.person((1975, 2000))
    form: list[list[Cell]] = [["屋号", f"キッチンカー {r.choice(STALLS)}"], ["代表者氏名", p.name()], ["フリガナ", p.kata],
                              ["住所（自宅）", p.address()], ["携帯電話", p.phone], ["営業許可番号", f"第{r.randint(100, 999)}号"],
                              ["出店区分", "飲食"], ["取扱品目", r.choice(FOODS)]]  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("申込書", form, title="出店申込書", first_row=3)]),
            note="a sole proprietor at their home address is a private person",
        )
    )

    # L2: the stall holders' contacts with personal mobiles (xls)
    rows = [["区画", "屋号", "代表者", "携帯電話"]]
    for q in ctx.people(r.randint(20, 30), (1960, 2000)):
        q.phone = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        rows.append(
            [
                f"{r.choice('ABCD')}-{r.randint(1, 40):02d}",
                f"{r.choice(FOODS)} {r.choice(STALLS)}",
                q.name(),
                q.phone,
            ]
        )
    docs.append(
        Doc(
            "kyokai",
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("連絡先", rows, title="出店者 緊急連絡先（当日用）")]),
            note="individual stall holders' names with their own mobiles: level 2",
        )
    )

    # L2: an Outlook reply quoting a stall holder's cancellation with the home address
    p = ctx.person((1970, 2000))
    quoted = [
        (
            p.name(),
            when(dt.date(2024, 9, 20), "22:31"),
            "出店キャンセルのお願い",
            [
                "観光協会 事務局 御中",
                "",
                "家族の都合で出店を取り消させてください。",
                f"出店料の返金は {p.address()} あてに書類を送ってください。",
                p.name(),
            ],
        )
    ]
    reply = [
        f"{p.name()} 様",
        "",
        "承知しました。返金の手続書類を郵送します。",
        f"{ctx.kyokai} 事務局 {clerk}",
    ]
    docs.append(
        Doc(
            "kyokai",
            "txt",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=mail(
                    f"{ctx.kyokai} {clerk}",
                    p.name(),
                    "RE: 出店キャンセルのお願い",
                    when(dt.date(2024, 9, 21), "09:03"),
                    reply,
                    quoted,
                )
            ),
        )
    )

    # L2: a spaced-digit 出店許可 to a person at home
    p = ctx.person((1970, 2000))
    ctx.urban(p)
    lines = [">" + wareki(dt.date(2024, 9, 2)), p.address(), f"{p.name()} 様", f">{ctx.kyokai} 会長", "",
             "^出店許可通知書", "", f"{ctx.festival}への出店を許可します。区画 B-{r.randint(1, 40):02d}",
             "搬入 令和6年10月11日 15時から　出店料 15,000円"]  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "pdf",
            2,
            ["address", "name"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(spaced_letter(lines)),
        )
    )

    # L3: the first-aid post's log, from column AC
    head: list[Cell] = ["時刻", "氏名", "年齢", "連絡先", "症状", "処置"]
    body2: list[list[Cell]] = [head]
    for q in ctx.people(r.randint(8, 12), (1940, 2015)):
        body2.append([f"{r.randint(10, 20)}:{r.randint(0, 59):02d}", q.name(), q.age(), q.phone,
                      r.choice(["熱中症（めまい）", "蜂刺され", "擦過傷", "気分不良", "足首捻挫"]), r.choice(["休養", "冷却", "救急搬送", "消毒"])])  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "xlsx",
            3,
            ["health", "name", "phone"],
            DocSpec(sheets=[sheet("救護", far_right(body2, 28), first_row=4)]),
            note="visitors' symptoms at the first-aid post count as health",
        )
    )

    # L3: stall fees unpaid under 督促 (ods)
    rows = [["屋号", "代表者", "電話", "出店料", "未納額", "督促"]]
    for q in ctx.people(r.randint(5, 8), (1965, 2000)):
        rows.append([f"{r.choice(FOODS)} {r.choice(STALLS)}", q.name(), q.phone, 15000, r.choice([15000, 8000, 7000]),
                     f"{r.randint(1, 2)}回（{ymd(ctx.day(dt.date(2024, 10, 15)))}）"])  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "ods",
            3,
            ["arrears", "name", "phone"],
            DocSpec(sheets=[sheet("未納", rows, title="出店料 未納者一覧")]),
            note="individual stall holders' unpaid fees under 督促 count as arrears",
        )
    )

    # L3: individual members from column Z, 姓/名/セイ/メイ split, more than 100
    head = ["会員No", "姓", "名", "セイ", "メイ", "住所", "電話", "入会年度"]
    body3: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(r.randint(105, 125), (1940, 2000)), start=1):
        body3.append([f"M{i:04d}", q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.address(), q.phone,
                      r.choice(["R2", "R3", "R4", "R5", "R6"])])  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "xlsx",
            3,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("個人会員", far_right(body3, 25), title=None, first_row=8)]),
        )
    )

    # L3: a Teams thread where the reply gives a performer's epilepsy
    p = ctx.person((1980, 2005))
    talk = [("13:05", clerk, f"ステージ出演の{p.name()}さんから、控室を1人部屋にできないかと相談がありました"),
             ("13:12", chief, f"{p.sei}さんはてんかんの持病があって、発作時に横になれる場所が必要とのことです。救護所の隣を確保します"),
             ("13:14", clerk, "了解です")]  # fmt: skip
    docs.append(
        Doc(
            "kyokai",
            "txt",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("teams", ctx.day(), talk, "イベント実行委員会")),
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [yushi, sogyo, shotengai, sodan, shohinken, guide, kyokai]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, bank, sights, festival, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, bank, sights, festival, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set51", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
