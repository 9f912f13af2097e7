"""Forty-fourth red-team set (blind): a city's 生活福祉課 and its 生活困窮者自立支援 desks.

``python -m corpus.redteam.set44 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 大字…番地 and …丁目 towns, area code, regional bank, 信用金庫 and 農協) is drawn per
build. Families follow the desk a document comes from: 保護申請 and 決定 (``shinsei``), ケース記録 of visits,
就労指導 and 通院 (``case``), 扶養照会 to relatives (``fuyo``), 資産調査 with bank look-ups and their answers
(``shisan``), 医療扶助 with 医療券・調剤券 (``iryo``), 63条返還金・78条徴収金 and their 督促 (``henkan``), the
住居確保給付金 with incomes and rents (``jukyo``) and 家計改善支援 with debts and utility arrears (``kakei``); each
with its public look-alikes (保護率 figures, 窓口 guides, 指定医療機関 with 法人番号, the 民生委員 roster in role,
記入例, training slides with masked cases, processing logs whose 12-digit numbers fail the check digit).

The truth is the default policy's text only: 3 for a My Number, health (including 傷病者世帯, diagnoses, 通院 for
a named condition) or arrears (滞納, 未納, 督促 of money owed) about a named private person, or records of more
than 100 persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. Being on
生活保護, an income, a rent or a loan repaid on schedule is not by itself health or arrears. ``types`` lists what
a perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files
carry a one-line ``note``.
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

SEED = 4444
VARIANT = "redteam44"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, [regional bank, 信用金庫, 農協], areas); an area ending in "*"
# takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, list[str], list[str]]] = [
    ("山形県", "米沢市", "0238", "992", ["山形銀行", "米沢信用金庫", "山形おきたま農業協同組合"],
     ["中央", "駅前", "金池", "城南", "大字笹野*", "大字李山*", "大字川井*"]),
    ("群馬県", "館林市", "0276", "374", ["群馬銀行", "館林信用金庫", "邑楽館林農業協同組合"],
     ["本町", "大手町", "緑町", "朝日町", "大字羽附*", "大字大島*", "大字赤生田*"]),
    ("三重県", "伊賀市", "0595", "518", ["百五銀行", "津信用金庫", "伊賀ふるさと農業協同組合"],
     ["ゆめが丘", "緑ケ丘南町", "緑ケ丘東町", "上野丸之内*", "大字治田*", "大字比自岐*", "四十九町*"]),
    ("岡山県", "津山市", "0868", "708", ["中国銀行", "津山信用金庫", "晴れの国岡山農業協同組合"],
     ["山下*", "小田中", "北園町", "南町", "大字高野山西*", "大字横山*", "沼"]),
    ("福岡県", "飯塚市", "0948", "820", ["福岡銀行", "飯塚信用金庫", "福岡嘉穂農業協同組合"],
     ["新飯塚", "菰田西", "枝国", "横田", "吉原町*", "柏の森*", "大字川津*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("四十物", "あいもの"), ("薬袋", "みない"), ("百目鬼", "どうめき"),
    ("一尺八寸", "かまつか"), ("左衛門三郎", "さえもんさぶろう"), ("勘解由小路", "かでのこうじ"), ("忽那", "くつな"),
    ("蓼沼", "たでぬま"), ("五月女", "そうとめ"), ("纐纈", "こうけつ"), ("番匠", "ばんじょう"), ("苗加", "のうか"),
    ("鬼頭", "きとう"), ("高橋", "たかはし"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"),
    ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"),
    ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石井", "いしい"), ("前田", "まえだ"),
    ("藤田", "ふじた"), ("小川", "おがわ"), ("後藤", "ごとう"), ("岡田", "おかだ"), ("長谷川", "はせがわ"),
    ("村上", "むらかみ"), ("近藤", "こんどう"), ("石川", "いしかわ"), ("青木", "あおき"), ("上田", "うえだ"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("宮下", "みやした"), ("市川", "いちかわ"),
    ("大野", "おおの"), ("丸山", "まるやま"), ("河野", "こうの"), ("菅原", "すがわら"), ("須藤", "すどう"),
    ("水野", "みずの"), ("北村", "きたむら"), ("片山", "かたやま"), ("野村", "のむら"), ("大西", "おおにし"),
    ("樋口", "ひぐち"), ("本田", "ほんだ"), ("榎本", "えのもと"), ("黒木", "くろき"), ("桑原", "くわばら"),
    ("矢野", "やの"), ("土屋", "つちや"), ("菊池", "きくち"), ("松井", "まつい"), ("千田", "ちだ"), ("相馬", "そうま"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("龍之介", "りゅうのすけ"), ("朔太郎", "さくたろう"), ("喜八", "きはち"), ("留吉", "とめきち"), ("銀次", "ぎんじ"),
    ("宗一郎", "そういちろう"), ("辰雄", "たつお"), ("正男", "まさお"), ("健一", "けんいち"), ("博之", "ひろゆき"),
    ("哲也", "てつや"), ("雅人", "まさと"), ("翔太", "しょうた"), ("健太", "けんた"), ("大樹", "だいき"),
    ("晴人", "はると"), ("賢治", "けんじ"), ("孝之", "たかゆき"), ("勝利", "かつとし"), ("昭二", "しょうじ"),
    ("誠司", "せいじ"), ("隆史", "たかし"), ("修一", "しゅういち"), ("亮介", "りょうすけ"), ("武志", "たけし"),
    ("寛", "ひろし"), ("蒼", "あおい"), ("陸斗", "りくと"), ("弥太郎", "やたろう"), ("幸三", "こうぞう"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("ハツ", "はつ"), ("キヨ", "きよ"), ("ツル", "つる"), ("静枝", "しずえ"), ("文子", "ふみこ"),
    ("恵子", "けいこ"), ("純子", "じゅんこ"), ("美智子", "みちこ"), ("京子", "きょうこ"), ("裕子", "ゆうこ"),
    ("典子", "のりこ"), ("香織", "かおり"), ("結衣", "ゆい"), ("芽依", "めい"), ("心春", "こはる"),
    ("小百合", "さゆり"), ("千代", "ちよ"), ("富美子", "ふみこ"), ("朱里", "あかり"), ("綾乃", "あやの"),
    ("玲奈", "れいな"), ("多恵", "たえ"), ("菊江", "きくえ"), ("乃愛", "のあ"), ("絹代", "きぬよ"),
    ("雛", "ひな"), ("穂乃香", "ほのか"), ("弥生", "やよい"), ("佳代子", "かよこ"), ("ミサヲ", "みさを"),
]  # fmt: skip
BUILDINGS = [
    "コーポ若葉",
    "ハイツ清風",
    "市営住宅",
    "アパート松風荘",
    "レジデンス駅南",
    "メゾン日向",
    "第二寿荘",
]
LANDLORDS = [
    ("株式会社", "みどり住宅管理"), ("有限会社", "大和不動産"), ("株式会社", "ハウスメイトあさひ"),
    ("株式会社", "城南エステート"), ("合同会社", "ひだまり住まい"), ("株式会社", "サンコーポ管理"),
    ("有限会社", "丸福商事"), ("株式会社", "ライフエステート"), ("株式会社", "駅南ホーム"),
    ("有限会社", "松風荘管理"), ("株式会社", "ミヤビ賃貸センター"), ("株式会社", "つばさ不動産"),
]  # fmt: skip
CLINICS = [
    ("医療法人社団", "清和会", "みどりクリニック", "内科"), ("医療法人", "慈心会", "中央第一病院", "内科・外科"),
    ("社会医療法人", "恵愛会", "恵愛病院", "精神科"), ("医療法人", "晴風会", "はるかぜ整形外科", "整形外科"),
    ("医療法人社団", "博仁会", "はくじん眼科", "眼科"), ("医療法人", "桐和会", "きりわ歯科医院", "歯科"),
    ("医療法人", "松寿会", "松寿園クリニック", "内科・透析"), ("医療法人社団", "翠嵐会", "すいらん心療内科", "心療内科"),
    ("株式会社", "さくら調剤", "さくら薬局 駅前店", "調剤"), ("有限会社", "ひかり薬品", "ひかり薬局", "調剤"),
    ("医療法人", "光陽会", "光陽記念病院", "内科・リハビリ"), ("医療法人社団", "朋友会", "ともクリニック", "小児科"),
]  # fmt: skip
DISEASES = ["2型糖尿病", "高血圧症", "うつ病", "統合失調症", "慢性腎不全（人工透析）", "腰部脊柱管狭窄症",
            "アルコール依存症", "慢性閉塞性肺疾患", "C型慢性肝炎", "変形性膝関節症", "脳梗塞後遺症",
            "双極性障害", "関節リウマチ", "狭心症", "てんかん"]  # fmt: skip
HOUSEHOLD = ["高齢者世帯", "母子世帯", "障害者世帯", "傷病者世帯", "その他世帯"]
OUTSIDE = [("埼玉県", "川口市", ["本町", "栄町", "並木"]), ("東京都", "足立区", ["梅田", "西新井", "千住旭町"]),
           ("大阪府", "堺市北区", ["中百舌鳥町", "長曽根町"]), ("愛知県", "春日井市", ["鳥居松町", "高蔵寺町"]),
           ("宮城県", "仙台市若林区", ["荒井", "六丁の目中町"]), ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町"])]  # fmt: skip
SAMPLE_NAMES = ["福祉 太郎", "保護 花子", "生活 一郎", "自立 次郎", "見本 和子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 21)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- helpers (adapted from set34's plumbing) -------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, slash S48/03/05, spaced 令和 6 年 10 月 21 日."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
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
    banks: list[str]
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def office(self) -> str:
        return f"{self.city}福祉事務所"

    @property
    def center(self) -> str:
        return f"{self.city}くらし・しごと相談センター"

    @property
    def town_areas(self) -> list[str]:
        return [a.rstrip("*") for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n, 1111 + 23 * n)

    def phone(self, mobile: float = 0.6) -> str:
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
        if r.random() < 0.25:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 3)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> Person:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5), as a letter's address."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p

    def person(self, born: tuple[int, int] = (1938, 2000), sex: str = "", urban: bool = False) -> Person:
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
        p = Person(sei, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(), zipc,
                   self.pref)  # fmt: skip
        return self.urban(p) if urban else p

    def people(self, n: int, born: tuple[int, int] = (1938, 2000)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def away(self, p: Person) -> Person:
        """Move ``p`` out of the city (a relative living elsewhere), with a 丁目 lot."""
        pref, city, areas = self.rng.choice(OUTSIDE)
        p.pref, p.city, p.area = pref, city, self.rng.choice(areas)
        p.lot = f"{self.rng.randint(1, 6)}丁目{self.rng.randint(1, 28)}番{self.rng.randint(1, 20)}号"
        p.zip = f"{self.rng.randint(100, 989)}-{self.rng.randint(0, 9999):04d}"
        return p

    def staff(self) -> str:
        """An officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def sei(self) -> str:
        return self.rng.choice(SURNAMES)[0]

    def landlord(self) -> str:
        kind, name = self.rng.choice(LANDLORDS)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def case_no(self) -> str:
        return f"{self.rng.randint(1, 8)}-{self.rng.randint(1, 999):03d}"

    def account(self) -> str:
        return f"{self.rng.choice(['普通', '普通', '当座'])} {self.rng.randint(1000000, 9999999)}"


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
                w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 SF{n % 3 + 1:02d}  帳票ID LST{len(title):03d}"
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
        out.append(f"会議チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room}のトーク履歴")
        out.append(f"保存日時：{ymd(day)} 17:41")
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


def chain(*posts: Callable[[Path], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        for p in posts:
            p(path)

    return post


def pdf_doc(lines: Sequence[str], title: str) -> DocSpec:
    """The spec a canvas-drawn PDF is first written from (its ``post`` redraws it)."""
    return DocSpec(title=title, paragraphs=[line.lstrip(">^") for line in lines])


def txt(lines: list[str]) -> DocSpec:
    return DocSpec(paragraphs=lines)


def day(n: int) -> dt.date:
    """A working day about ``n`` days before TODAY (a weekend falls back to the Friday before)."""
    d = TODAY - dt.timedelta(days=n)
    return d - dt.timedelta(days=max(0, d.weekday() - 4))


def hm(rng: random.Random, lo: int = 8, hi: int = 17) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


def times(rng: random.Random, n: int, start: int = 8) -> list[str]:
    """``n`` increasing clock times from ``start`` o'clock."""
    m = start * 60 + rng.randint(0, 40)
    out: list[str] = []
    for _ in range(n):
        out.append(f"{m // 60:02d}:{m % 60:02d}")
        m += rng.randint(1, 25)
    return out


def area_cho(ctx: Ctx) -> list[str]:
    """The city's 町丁 as statistics list them: 中央1丁目 … and the 大字 as they are."""
    out: list[str] = []
    for a in ctx.areas:
        if a.endswith("*"):
            out += [a.rstrip("*") + s for s in ("", "（北部）", "（南部）")]
        else:
            out += [f"{a}{k}丁目" for k in range(1, 7)]
    return out


# --- 保護申請・決定 (生活福祉課 保護第一係) ------------------------------------------------------------------
def shinsei(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "shinsei"
    docs: list[Doc] = []
    tel = ctx.office_phone()
    # 1: the 生活保護のしおり (public)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="生活保護のしおり（令和6年度版）",
                paragraphs=[
                    "生活保護は、病気やけが、失業などで生活に困ったとき、その程度に応じて必要な保護を行い、"
                    "最低限度の生活を保障するとともに自立を助ける制度です。",
                    "■ 相談・申請の窓口　"
                    + f"{ctx.office} 生活福祉課（市役所本庁舎1階 12番窓口）　電話 {tel}",
                    "■ 受付時間　平日 8時30分〜17時15分（土日祝日・年末年始を除く）",
                    "■ 申請に必要なもの（お持ちでなくても申請はできます）：預貯金通帳、給与明細、年金証書、賃貸借契約書、"
                    "保険証券、印鑑",
                    "■ 申請から決定まで：申請日から原則14日以内（特別な理由がある場合は30日以内）に書面でお知らせします。",
                    "■ 保護の種類：生活扶助、住宅扶助、教育扶助、医療扶助、介護扶助、出産扶助、生業扶助、葬祭扶助",
                    "■ 世帯の収入が最低生活費を下回る場合、その差額が保護費として支給されます。",
                    "※ 扶養義務者からの援助は、保護に優先して活用していただくものですが、扶養照会を行うかどうかは"
                    "個別にご相談のうえ判断します。",
                    f"■ 夜間・休日の緊急連絡先　{ctx.city}役所 当直室 {ctx.office_phone(9)}",
                ],
                footer=f"{ctx.city} 健康福祉部 生活福祉課",
            ),
        )
    )
    # 2: 保護率 by 地区 and month, merged title, hidden source sheet
    months = [dt.date(2024, m, 1) for m in range(4, 10)]
    rows: list[list[Cell]] = [["地区", "区分", *[f"{m.month}月" for m in months]]]
    for a in ctx.town_areas:
        base_h, base_p = r.randint(40, 260), r.randint(3000, 14000)
        hh = [base_h + r.randint(-4, 4) for _ in months]
        rows.append([a, "被保護世帯", *hh])
        rows.append([None, "被保護人員", *[h + r.randint(5, 40) for h in hh]])
        rows.append([None, "保護率(‰)", *[round((h + 20) / base_p * 1000, 2) for h in hh]])
    raw: list[list[Cell]] = [["集計日", "地区", "世帯類型", "世帯数"]]
    raw += [[ymd(TODAY), a, k, r.randint(2, 90)] for a in ctx.town_areas for k in HOUSEHOLD]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "地区別保護率",
                        rows,
                        title=f"{ctx.city} 地区別 被保護世帯数・人員・保護率（令和6年度）",
                        first_row=4,
                    ),
                    sheet("集計元", raw, state="hidden"),
                    sheet(
                        "注記",
                        [["保護率は各月1日現在の住民基本台帳人口に対する千分率"], ["出典：福祉行政報告例"]],
                    ),
                ]
            ),
            post=merge_xlsx(
                {"地区別保護率": [f"A{5 + 3 * i}:A{7 + 3 * i}" for i in range(len(ctx.town_areas))]}
            ),
        )
    )
    # 3: 保護申請書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="生活保護申請書（記入例）",
                paragraphs=[
                    f"{ctx.city}福祉事務所長 様",
                    "下記のとおり生活保護法による保護を申請します。",
                    "※ 太枠の中を記入してください。記入例の氏名・住所・生年月日は架空のものです。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["申請者氏名", SAMPLE_NAMES[0]],
                        ["フリガナ", "フクシ タロウ"],
                        ["生年月日", "昭和○○年○月○日（記入例）"],
                        ["現住所", f"{ctx.city}○○町△丁目□番地"],
                        ["電話番号", "〇〇〇-〇〇〇〇-〇〇〇〇"],
                        ["世帯員", f"{SAMPLE_NAMES[1]}（妻）、{SAMPLE_NAMES[2]}（長男）"],
                        ["申請理由", "失業により収入がなくなり、生活費が不足するため"],
                    ]
                ],
                footer="記入例",
                textboxes=["記入例　※実際の申請書には押印は不要です"],
            ),
        )
    )
    # 4: 町丁別 被保護世帯数 printed from the system (no person)
    cho = area_cho(ctx)
    rows_s = []
    for c in cho:
        pop = r.randint(300, 4200)
        nh = r.randint(0, 60)
        rows_s.append([c, yen(pop), yen(r.randint(150, 2000)), str(nh), str(nh + r.randint(0, 25)),
                       f"{(nh + 5) / pop * 1000:.2f}"])  # fmt: skip
    cols = [
        ("町丁名", 40),
        ("人口", 220),
        ("世帯数", 290),
        ("被保護世帯", 360),
        ("被保護人員", 440),
        ("保護率‰", 520),
    ]
    docs.append(Doc(fam, "pdf", 1, [], pdf_doc(["町丁別 被保護世帯数"], "町丁別 被保護世帯数"),
                    post=system_print("町丁別 被保護世帯数・保護率", "生活保護システム 統計帳票", cols, rows_s, 12,
                                      f"基準日：{ymd(dt.date(2024, 10, 1))}　（個人情報を含まない統計帳票）", True)))  # fmt: skip
    # 5: 民生委員・児童委員 名簿 (published, in role)
    rows_m = [["地区", "担当区域", "役職", "氏名"]]
    for a in ctx.town_areas:
        for k in range(r.randint(2, 3)):
            rows_m.append(
                [a, f"{a}{k + 1}区", r.choice(["会長", "委員", "委員", "主任児童委員"]), ctx.staff()]
            )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title=f"{ctx.city} 民生委員・児童委員 名簿（令和6年12月1日現在・公表用）",
                paragraphs=[
                    "民生委員・児童委員は、厚生労働大臣から委嘱された非常勤の地方公務員です。",
                    "生活のこと、介護のこと、子育てのことなど、お気軽に地区の委員にご相談ください。",
                    f"連絡は 各地区民生委員児童委員協議会 事務局（{ctx.city}社会福祉協議会 {ctx.office_phone(5)}）まで。",
                ],
                tables=[rows_m],
            ),
            note="委員 are named in their published role with the 社協 phone only: not private persons",
        )
    )
    # 6: a resident's own letter asking for 保護 (level 2)
    p = ctx.person((1962, 1990))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}役所 生活福祉課 御中",
                    f"令和6年{TODAY.month}月{TODAY.day - 3}日",
                    "生活保護の申請について（お願い）",
                    "いつもお世話になっております。突然のお手紙で失礼いたします。",
                    "私は昨年まで市内の食品工場で契約社員として働いておりましたが、今年の夏に契約が更新されず、"
                    "その後は日雇いの仕事を探しながら貯金を取り崩して暮らしてまいりました。",
                    "しかし家賃と光熱費を払うと手元にほとんど残らず、来月からの生活の見通しが立ちません。",
                    "窓口で一度ご相談したいのですが、平日の日中は仕事探しで出ていることが多いため、"
                    "下記の電話に夕方以降ご連絡いただけると助かります。",
                    "どうぞよろしくお願いいたします。",
                    f"住所　{p.address()}",
                    f"氏名　{p.name()}",
                    f"電話　{p.phone}",
                ],
            ),
            note="asking for 生活保護 after losing a job is neither health nor arrears under the policy text: 2",
        )
    )
    # 7: 保護開始決定通知書, spaced digits
    p = ctx.person((1950, 1985), urban=True)
    start = day(r.randint(5, 12))
    amt = r.randint(95000, 138000)
    lines = [
        f">{ctx.office} 発第 {r.randint(1000, 4999)} 号",
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.office}長",
        "^保護開始決定通知書",
        f"あなたから {wareki(start - dt.timedelta(days=12), 'spaced')} に申請のあった生活保護について、",
        "次のとおり保護を開始することに決定したので通知します。",
        f"1 保護開始日　{wareki(start, 'spaced')}",
        "2 保護の種類　生活扶助・住宅扶助",
        f"3 保護の程度　月額 {yen(amt)} 円（{start.month} 月分は日割り）",
        f"4 支給方法　口座振込（{ctx.banks[0]}）　支給日 毎月 1 日",
        f"5 担当　地区担当員 {ctx.staff()}（電話 {tel} 内線 {r.randint(210, 260)}）",
        "この決定に不服がある場合は、決定があったことを知った日の翌日から起算して 3 か月以内に、",
        f"{ctx.pref}知事に対して審査請求をすることができます。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["name", "address"], pdf_doc(lines, "保護開始決定通知書"),
                    note="a 保護開始 decision with its amount is neither health nor arrears: 2",
                    post=letter_pdf(lines, "機密性2 取扱注意")))  # fmt: skip
    # 8: Teams: an applicant named, the reply gives the phone
    p = ctx.person((1955, 1995))
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    t = times(r, 5, 9)
    lines8 = chat(
        "teams",
        day(2),
        [
            (
                t[0],
                a,
                f"今朝 窓口に来られた {p.name()} さん、面接記録は入れました。申請書は来週持参とのことです",
            ),
            (t[1], b, "了解です。訪問調査の日程調整したいので連絡先わかりますか"),
            (t[2], a, f"連絡先は {p.phone} です。午前中はつながりにくいそうです"),
            (t[3], c, "係長決裁は金曜で回します"),
            (t[4], b, "ありがとうございます、午後に電話してみます"),
        ],
        "保護第一係 面接相談",
    )
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], txt(lines8)))
    # 9: today's 申請受付簿, 姓/名/セイ/メイ split, starting on row 6
    ps = ctx.people(r.randint(9, 14), (1940, 1998))
    rows9: list[list[Cell]] = [
        ["受付番号", "受付日", "姓", "名", "セイ", "メイ", "生年月日", "住所", "相談経路", "面接員"]
    ]
    for i, q in enumerate(ps, start=1):
        rows9.append([f"R6-{r.randint(300, 340)}{i:02d}", day(r.randint(0, 20)), q.sei, q.mei, katakana(q.sei_kana),
                      katakana(q.mei_kana), q.birth, q.address(),
                      r.choice(["来所", "電話", "民生委員", "病院MSW", "包括"]), ctx.sei()])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date", "address"],
            DocSpec(
                sheets=[
                    sheet("受付簿", rows9, title="生活保護 申請受付簿（令和6年10月）", first_row=6),
                    sheet(
                        "経路コード",
                        [["コード", "経路"], [1, "来所"], [2, "電話"], [3, "関係機関"]],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    # 10: 被保護者一覧 print, with 世帯類型 (障害者世帯・傷病者世帯)
    ps = ctx.people(r.randint(112, 130), (1936, 2004))
    rows10 = [[f"{r.randint(10000000, 99999999)}", q.name(), q.kata, wareki(q.birth, "short"), q.address()[:30],
               "高齢者世帯" if q.age() >= 65 else r.choice(HOUSEHOLD[1:]), f"CW{r.randint(1, 14):02d}"] for q in ps]  # fmt: skip
    cols10 = [("世帯番号", 30), ("氏名", 100), ("カナ氏名", 175), ("生年月日", 290), ("住所", 350), ("世帯類型", 610),
              ("担当", 700)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "birth_date", "address", "health"],
                    pdf_doc(["被保護者一覧"], "被保護者一覧"),
                    note="世帯類型 障害者世帯/傷病者世帯 on named rows counts as health; also more than 100 persons",
                    post=system_print("被保護世帯主一覧表", f"{ctx.city} 生活保護システム", cols10, rows10, 26,
                                      "抽出条件：保護状況=継続　並び順：地区・世帯番号", True)))  # fmt: skip
    # 11: 申請書 控え, the My Number only in the footer
    p = ctx.person((1948, 1990))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address", "birth_date"],
            DocSpec(
                title="生活保護申請書（控）",
                paragraphs=[
                    f"{ctx.city}福祉事務所長 様",
                    f"申請日　{wareki(day(4))}",
                    f"申請者　{p.name()}（{p.kata}）",
                    f"生年月日　{wareki(p.birth)}",
                    f"住所　{p.address()}",
                    "申請理由　勤務先の廃業により収入が途絶え、預貯金も残りわずかとなったため。",
                    "世帯員　申請者本人のみ（単身）",
                    "※ 資産申告書・収入申告書・同意書は別添",
                ],
                footer=f"受付 {ctx.sei()}　番号確認済 {grouped(mn)}",
            ),
            note="the number sits only in the footer as 「番号確認済 xxxx xxxx xxxx」",
        )
    )
    # 12: 要否判定 調査書, the illness in a text box
    p = ctx.person((1955, 1985))
    dz = r.choice(DISEASES)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="要否判定 調査書（新規）",
                paragraphs=[
                    f"世帯主　{p.name()}　（{p.age()}歳）",
                    f"住所　{p.address()}",
                    f"家賃　月額 {yen(r.randint(28000, 42000))} 円（住宅扶助基準内）",
                    "稼働能力　下記のとおり主治医意見により就労は困難と判断する。",
                    "資産　預貯金 残高わずか。生命保険 解約返戻金なし。自動車 保有なし。",
                    f"判定　要保護（最低生活費 {yen(r.randint(110000, 135000))} 円 ＞ 収入認定額 0 円）",
                ],
                textboxes=[f"主治医意見（{r.choice(CLINICS)[2]}）：{dz}のため通院加療中。当面就労不可。"],
            ),
            note="the diagnosis sits only in a text box",
        )
    )
    # 13: a year's 相談受付 in cp932, more than 100 persons
    ps = ctx.people(r.randint(104, 120), (1940, 2003))
    rows13: list[list[Cell]] = [["相談日", "氏名", "フリガナ", "生年月日", "住所", "電話番号", "結果"]]
    for q in ps:
        rows13.append([ymd(day(r.randint(0, 200))), q.name("　"), q.kata, ymd(q.birth), q.address(), q.phone,
                       r.choice(["申請", "助言", "他法他施策", "自立相談へつなぐ", "取下げ"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["name", "birth_date", "address", "phone"],
            DocSpec(sheets=[sheet("面接相談", rows13)]),
        )
    )
    return docs


# --- ケース記録 (訪問・就労指導・通院) ---------------------------------------------------------------------
def case(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "case"
    docs: list[Doc] = []
    # 1: training slides with masked cases
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="新任ケースワーカー研修　家庭訪問とケース記録",
                paragraphs=[
                    "訪問の目的：生活状況の把握、自立に向けた助言・指導、必要な扶助の確認",
                    "訪問格付：A（月1回）、B（2か月に1回）、C（3か月に1回）、D（6か月に1回）",
                    "記録は「いつ・どこで・誰と・何を」を事実と判断に分けて書く",
                    "事例1：Ａさん（50代・単身）就労意欲はあるが面接で不採用が続く → ハローワーク同行",
                    "事例2：Ｂさん（80代・高齢者世帯）冬季の暖房費の相談 → 冬季加算の説明",
                    "事例3：〇〇 〇〇さん（40代・母子世帯）子の高校進学 → 高等学校等就学費の案内",
                    "個人情報の扱い：ケースファイルは庁外持出禁止。訪問時はメモのみ携行し帰庁後に記録入力",
                ],
                notes=["事例はいずれも加工した架空事例です。実在の世帯とは関係ありません。"],
            ),
            note="the cases are masked (Ａさん, 〇〇 〇〇) and fictional",
        )
    )
    # 2: visits done by worker, merged cells and a hidden sheet
    cw = [f"CW{i:02d}" for i in range(1, 13)]
    rows: list[list[Cell]] = [["担当", "担当世帯数", "A", "B", "C", "D", "訪問実施", "実施率"]]
    for c in cw:
        n = r.randint(78, 112)
        done = r.randint(int(n * 0.6), n)
        rows.append([c, n, r.randint(3, 15), r.randint(15, 40), r.randint(20, 40), r.randint(5, 20), done,
                     f"{done / n:.1%}"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "訪問状況", rows, title="令和6年度 上半期 家庭訪問 実施状況（担当別）", first_row=4
                    ),
                    sheet(
                        "基準",
                        [["格付", "訪問回数(年)"], ["A", 12], ["B", 6], ["C", 4], ["D", 2]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"訪問状況": ["C3:F3"]}),
        )
    )
    # 3: Teams among staff, no resident
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    t = times(r, 5, 13)
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            txt(
                chat(
                    "teams",
                    day(1),
                    [
                        (t[0], a, "来週の訪問車、火曜の午後は2台とも予約済みです"),
                        (t[1], b, "水曜に振り替えます。公用車1号を13時から押さえました"),
                        (t[2], c, "査察指導員の同行訪問は木曜午前でお願いします"),
                        (t[3], a, "了解しました。ケース診断会議の資料は金曜までに共有フォルダへ"),
                        (t[4], b, "承知です"),
                    ],
                    "保護第二係",
                )
            ),
            note="staff arranging cars and meetings: no resident is named",
        )
    )
    # 4: ケース記録 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="ケース記録票（記入例）",
                paragraphs=[
                    f"世帯主　{SAMPLE_NAMES[3]}（記入例）　ケース番号 0-000",
                    "訪問日時　令和○年○月○日 14:00〜14:40　場所：自宅",
                    "【目的】定期訪問（格付B）。就労状況の確認。",
                    "【状況】本人在宅。室内は整頓されている。先月からスーパーの品出しのパートを週3日始めたとのこと。",
                    "【指導・助言】収入申告書を毎月提出すること、給与明細を保管することを説明した。",
                    "【所見】就労意欲は高い。次回はハローワークの求人を一緒に確認する。",
                    "※ 事実と判断を分けて記載する。主観的な表現（だらしない等）は用いない。",
                ],
                footer="記入例（研修用）",
            ),
        )
    )
    # 5: ハローワーク 連携窓口 (named in role)
    rows5: list[list[Cell]] = [["機関", "窓口", "職名", "担当者", "電話", "所在地"]]
    for i, (kind, name) in enumerate([("ハローワーク", ctx.city), ("ハローワーク", f"{ctx.city}（出張相談）"),
                                      ("地域若者サポートステーション", ctx.city), ("社会福祉協議会", ctx.city)]):  # fmt: skip
        rows5.append([f"{name}{kind}" if i != 2 else f"{kind}{name}", "生活保護受給者等就労自立促進事業",
                      r.choice(["就労支援ナビゲーター", "統括職業指導官", "相談員"]), ctx.staff(),
                      ctx.tel(), ctx.biz_address()])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("連携窓口", rows5)]),
            note="staff of partner offices named in their role with the office's phone",
        )
    )
    # 6: LINE WORKS: a new address in the reply
    p = ctx.person((1950, 1995))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 4, 10)
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "address"],
            txt(
                chat(
                    "lineworks",
                    day(3),
                    [
                        (t[0], a, f"{p.sei}{p.mei}さん転居されたんですよね？システムまだ旧住所のままです"),
                        (t[1], b, f"はい、先週転居しました。新住所は {p.address()} です"),
                        (t[2], a, "ありがとうございます。住宅扶助の変更かけます"),
                        (t[3], b, "敷金の見積書も預かってます、机に置きました"),
                    ],
                    "保護第二係",
                )
            ),
        )
    )
    # 7: 訪問予定のお知らせ, spaced digits
    p = ctx.person((1945, 1990), urban=True)
    v = TODAY + dt.timedelta(days=r.randint(5, 12))
    lines7 = [
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.office} 生活福祉課",
        f">地区担当員 {ctx.staff()}",
        "^家庭訪問のお知らせ",
        "日頃より福祉行政にご協力いただきありがとうございます。",
        "下記の日程でご自宅へ伺いますので、ご在宅くださいますようお願いします。",
        f"日時　{wareki(v, 'spaced')}　午後 {r.randint(1, 4)} 時ごろ",
        "ご用意いただくもの　収入申告書、給与明細（直近 3 か月分）、家賃の領収書",
        f"ご都合が悪い場合は {ctx.office_phone(1)} までご連絡ください。",
    ]
    docs.append(
        Doc(
            fam, "pdf", 2, ["name", "address"], pdf_doc(lines7, "家庭訪問のお知らせ"), post=letter_pdf(lines7)
        )
    )
    # 8: one worker's visit plan in xls
    ps = ctx.people(r.randint(24, 34), (1936, 1999))
    rows8: list[list[Cell]] = [["ケース番号", "世帯主", "住所", "電話", "格付", "前回訪問", "次回予定"]]
    for q in ps:
        rows8.append([ctx.case_no(), q.name(), q.address(), q.phone, r.choice("ABBCCD"), day(r.randint(20, 150)),
                      TODAY + dt.timedelta(days=r.randint(1, 40))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[sheet(f"CW{r.randint(1, 12):02d}", rows8), sheet("メモ", [["訪問順は地区ごと"]])]
            ),
        )
    )
    # 9: 27条 指導指示書
    p = ctx.person((1970, 1995))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                title="指導指示書（生活保護法第27条）",
                paragraphs=[
                    f"{p.address()}",
                    f"{p.name()} 様",
                    f"{ctx.office}長",
                    "あなたの世帯の保護の実施にあたり、生活保護法第27条第1項の規定により、下記のとおり指導・指示します。",
                    f"1 指示の内容　ハローワーク{ctx.city}に求職登録を行い、月4回以上求職活動を行うこと。",
                    "2 求職活動の状況を「求職活動状況報告書」により毎月10日までに報告すること。",
                    f"3 履行期限　{wareki(TODAY + dt.timedelta(days=30))}",
                    "正当な理由なくこの指示に従わない場合は、保護の変更、停止または廃止をすることがあります。",
                ],
            ),
            note="a 就労 instruction to a named recipient is neither health nor arrears: 2",
        )
    )
    # 10: ケース記録 in prose, the illness paragraphs after the name
    p = ctx.person((1958, 1985))
    dz = r.choice(["うつ病", "統合失調症", "双極性障害", "アルコール依存症"])
    cl = r.choice(CLINICS[:8])
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="ケース記録",
                paragraphs=[
                    f"ケース番号 {ctx.case_no()}　世帯主 {p.name()}　{p.address()}",
                    f"{wareki(day(6))} 14:10〜15:00　定期訪問（格付A）　担当 {ctx.sei()}",
                    "玄関先で声をかけると、しばらくして本人が出てくる。室内に上がって面談。",
                    "台所には食器がたまっており、ごみ袋が数袋玄関に置かれたままになっていた。"
                    "ごみの日を忘れてしまうとのこと。カレンダーに印をつけることを一緒に確認した。",
                    "就労について尋ねると、求人誌は見ているが応募には至っていないとのこと。"
                    "朝起きられない日が続き、面接の約束をしても行けなかったことがあると話す。",
                    "家計は、月の後半に食費が足りなくなる傾向。保護費支給日直後の支出を一緒に振り返った。",
                    f"通院状況：{cl[2]}（{cl[3]}）に月2回通院し、{dz}の治療を継続している。"
                    "主治医からは当面は就労より療養を優先するよう言われているとのこと。服薬は自己管理できている。",
                    "所見：就労指導は主治医意見を踏まえ一時保留とし、次回は病状調査票を主治医に依頼する。",
                ],
            ),
            note="the person is named once; the diagnosis and 通院 come six paragraphs later",
        )
    )
    # 11: Slack: the reply gives a named recipient's dialysis
    p = ctx.person((1944, 1975))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 13)
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            txt(
                chat(
                    "slack",
                    day(2),
                    [
                        (
                            t[0],
                            a,
                            f"{p.name()}さんの通院移送費、今月分の申請が出てないです。何か聞いてますか？",
                        ),
                        (
                            t[1],
                            b,
                            f"{p.sei}さん、週3回（月水金）{r.choice(CLINICS)[2]}で人工透析なのでタクシー代が大きいんです。"
                            "今週中に領収書まとめて持ってくると言ってました",
                        ),
                        (t[2], a, "了解です。医療要否意見書の期限も近いので合わせて確認します"),
                    ],
                    "保護課-二係",
                )
            ),
        )
    )
    # 12: 訪問計画一覧 printed, more than 100 persons
    ps = ctx.people(r.randint(108, 126), (1936, 2000))
    rows12 = [[ctx.case_no(), q.name(), q.kata, q.address()[:28], q.phone, r.choice("ABBCCD"),
               ymd(day(r.randint(10, 170)))] for q in ps]  # fmt: skip
    cols12 = [("ケース番号", 30), ("世帯主氏名", 95), ("カナ", 170), ("住所", 280), ("電話番号", 520), ("格付", 610),
              ("前回訪問", 660)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "phone"], pdf_doc(["訪問計画一覧"], "訪問計画一覧"),
                    post=system_print("訪問計画一覧表（地区別）", f"{ctx.city} 生活保護システム", cols12, rows12, 28,
                                      "抽出条件：担当地区=全地区　訪問予定月=令和6年11月")))  # fmt: skip
    # 13: 通院移送費 台帳 from column Z, 姓/名 split, with 傷病名
    ps = ctx.people(r.randint(14, 22), (1940, 1990))
    rows13: list[list[Cell]] = [
        ["ケース番号", "姓", "名", "住所", "医療機関", "傷病名", "通院回数", "移送費(円)"]
    ]
    for q in ps:
        rows13.append([ctx.case_no(), q.sei, q.mei, q.address(), r.choice(CLINICS)[2], r.choice(DISEASES),
                       r.randint(2, 13), r.randint(1500, 38000)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "移送費台帳",
                        far_right([["令和6年9月分 通院移送費 支給台帳"], [], *rows13], 25),
                        first_row=5,
                    ),
                ]
            ),
        )
    )
    return docs


# --- 扶養照会 ------------------------------------------------------------------------------------------
def fuyo(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "fuyo"
    docs: list[Doc] = []
    kin = {"男": ["長男", "二男", "兄", "弟", "父", "夫"], "女": ["長女", "二女", "姉", "妹", "母", "妻"]}

    def rel(q: Person) -> str:
        return r.choice(kin[q.sex])

    # 1: how 扶養照会 is run (public)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="扶養照会の取扱いについて（市民向け説明資料）",
                paragraphs=[
                    "生活保護の申請があったとき、福祉事務所は、民法上の扶養義務者（配偶者、親子、兄弟姉妹など）に対し、"
                    "援助が可能かどうかを文書でお尋ねすることがあります（扶養照会）。",
                    "次のような場合は、扶養義務の履行が期待できない者として、照会を行わないことがあります。",
                    "・扶養義務者が生活保護を受けている、社会福祉施設に入所している、長期入院している",
                    "・おおむね70歳以上の高齢者、未成年者",
                    "・概ね10年程度音信不通である等、交流が断絶している",
                    "・ＤＶや虐待があり、照会により申請者の自立を阻害するおそれがある",
                    "扶養は保護の要件ではありません。援助ができない場合でも保護が受けられなくなることはありません。",
                    f"お問い合わせ　{ctx.office} 生活福祉課　{ctx.office_phone()}",
                ],
            ),
        )
    )
    # 2: 扶養届 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="扶養届（回答書）記入例",
                paragraphs=[
                    f"{ctx.city}福祉事務所長 様",
                    f"要保護者（{SAMPLE_NAMES[0]} 様）に対する扶養について、次のとおり回答します。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["回答者氏名", SAMPLE_NAMES[4]],
                        ["要保護者との続柄", "長女"],
                        ["住所", "○○県○○市○○町1-2-3"],
                        ["電話番号", "〇〇〇-〇〇〇〇-〇〇〇〇"],
                        [
                            "援助の可否",
                            "□金銭的援助ができる（月額　　円）　☑精神的な支援ができる　□援助できない",
                        ],
                        [
                            "理由",
                            "子の教育費がかかるため金銭的援助は難しいが、月に一度は電話で様子を確認する。",
                        ],
                    ]
                ],
                footer="記入例",
            ),
        )
    )
    # 3: 照会 counts by relationship, merged cells, hidden sheet
    rows: list[list[Cell]] = [["続柄", "照会件数", "金銭援助可", "精神的支援可", "援助不可", "未回答"]]
    for k in ["配偶者", "親", "子", "兄弟姉妹", "その他"]:
        n = r.randint(20, 160)
        a_, b_ = r.randint(0, n // 10), r.randint(0, n // 3)
        rows.append([k, n, a_, b_, n - a_ - b_ - n // 5, n // 5])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("続柄別", rows, title="令和5年度 扶養照会 実施状況（続柄別）", first_row=3),
                    sheet(
                        "照会省略理由",
                        [
                            ["理由", "件数"],
                            ["DV・虐待", r.randint(3, 20)],
                            ["音信不通10年以上", r.randint(30, 90)],
                            ["70歳以上", r.randint(30, 90)],
                        ],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"続柄別": ["C2:D2"]}),
        )
    )
    # 4: Outlook among staff, no resident
    a, b = ctx.staff(), ctx.staff()
    body = ["各係長", "", "扶養照会文の様式改正案を共有フォルダに置きました。", "回答期限を「2週間」から「1か月」に改めています。",
            "ご意見は今週中にお願いします。", "", f"生活福祉課 庶務係 {a}"]  # fmt: skip
    quoted = [(b, f"{ymd(day(5))} 9:12", "扶養照会文の見直し", [
        "庶務係 さま", "", "国の通知改正を受けて、照会文の表現を柔らかくしたいとの意見が各係から出ています。",
        "様式案の作成をお願いできますでしょうか。", "", f"保護第一係長 {b}"])]  # fmt: skip
    docs.append(Doc(fam, "txt", 1, [], txt(mail(a, "保護係長各位", "RE: 扶養照会文の見直し", f"{ymd(day(1))} 16:40",
                                                body, quoted)), note="staff on a form revision: no resident is named"))  # fmt: skip
    # 5: 照会文 ひな形 (placeholders)
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="扶養義務者への照会について（ひな形）",
                paragraphs=[
                    "〒〇〇〇-〇〇〇〇",
                    "〇〇県〇〇市〇〇町〇丁目〇番〇号",
                    "〇〇 〇〇 様",
                    f"このたび、あなたの（続柄）である 〇〇 〇〇 様から、{ctx.city}福祉事務所に生活保護の申請がありました。",
                    "つきましては、同封の扶養届により、援助の可否についてご回答くださいますようお願いします。",
                    "なお、このお尋ねは強制ではなく、援助ができない場合でも差し支えありません。",
                    f"{ctx.office} 生活福祉課（{ctx.office_phone()}）",
                ],
            ),
        )
    )
    # 6: 扶養照会書 to a relative, spaced digits
    rec = ctx.person((1940, 1960))
    relv = ctx.person((1965, 1990), urban=True)
    lines6 = [
        f">{ctx.office} 第 {r.randint(100, 999)} 号",
        ">" + wareki(TODAY, "spaced"),
        f"〒{relv.zip}",
        spaced_digits(relv.address(True)),
        f"{relv.name()} 様",
        f">{ctx.office}長",
        "^扶養義務者への照会について",
        f"あなたの{'父' if rec.sex == '男' else '母'}である {rec.name()} 様から生活保護の申請がありました。",
        "つきましては、援助の可否について、同封の扶養届によりご回答をお願いします。",
        f"回答期限　{wareki(TODAY + dt.timedelta(days=30), 'spaced')}",
        "援助ができない場合は、その旨をご記入ください。保護の決定に影響するものではありません。",
        f"担当　生活福祉課 {ctx.staff()}　電話 {ctx.office_phone(1)}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            pdf_doc(lines6, "扶養義務者への照会について"),
            post=letter_pdf(lines6),
        )
    )
    # 7: a relative's own answer, with income
    relv = ctx.away(ctx.person((1960, 1988)))
    rec = ctx.person((1935, 1960))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone", "income"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長 様",
                    "扶養照会へのご回答",
                    f"先日お手紙をいただきました件について回答いたします。{rec.name()}は私の{'父' if rec.sex == '男' else '母'}にあたります。",
                    "私自身も非正規の仕事で、手取りは月に17万円ほどです。家賃と子どもの学費を払うと余裕がなく、"
                    "毎月の仕送りは難しいのが正直なところです。",
                    "ただ、年末年始には顔を見に行くつもりですし、電話での連絡は続けます。",
                    "何かあれば下記までご連絡ください。",
                    f"{wareki(day(2))}",
                    f"住所　{relv.address(True)}",
                    f"氏名　{relv.name()}",
                    f"電話　{relv.phone}",
                ],
            ),
            note="a relative's take-home pay with address and phone: income, not arrears: 2",
        )
    )
    # 8: relay log of a relative's call
    relv = ctx.person((1955, 1990))
    rec = ctx.person((1935, 1960))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 10)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], txt(chat("arrow", day(1), [
        (t[0], f"{a}（受付）", f"{rec.name()}さんの{rel(relv)} {relv.name()}さんより電話。扶養届の書き方がわからないとのこと"),
        (t[1], f"{b}（担当）", f"折り返し先 {relv.phone}（夕方以降希望）。明日17時に電話します"),
        (t[2], f"{a}（受付）", "了解。回答期限の延長も可と伝えてあります"),
    ], "保護第一係"))))  # fmt: skip
    # 9: one case's 扶養義務者 (ods)
    rec = ctx.person((1940, 1965))
    rows9: list[list[Cell]] = [["続柄", "氏名", "住所", "電話", "照会日", "回答"]]
    for _ in range(r.randint(4, 7)):
        q = ctx.person((1955, 1995))
        if r.random() < 0.6:
            ctx.away(q)
        rows9.append([rel(q), q.name(), q.address(True), q.phone, ymd(day(r.randint(5, 40))),
                      r.choice(["精神的支援可", "援助不可", "未回答", "金銭援助可（月5,000円）"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("扶養義務者", [[f"要保護者 {rec.name()}　ケース番号 {ctx.case_no()}"], [], *rows9])
                ]
            ),
        )
    )
    # 10: 扶養照会 発送一覧, more than 100 relatives
    rows10 = []
    for _ in range(r.randint(110, 128)):
        q = ctx.person((1945, 2000))
        if r.random() < 0.5:
            ctx.away(q)
        rows10.append(
            [ctx.case_no(), q.name(), rel(q), q.zip, q.address(True)[:30], ymd(day(r.randint(1, 60)))]
        )
    cols10 = [("ケース番号", 30), ("扶養義務者氏名", 100), ("続柄", 200), ("郵便番号", 250), ("送付先住所", 320),
              ("発送日", 640)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address"], pdf_doc(["扶養照会 発送一覧"], "扶養照会 発送一覧"),
                    post=system_print("扶養照会 発送一覧", f"{ctx.city} 生活保護システム", cols10, rows10, 27,
                                      "抽出条件：照会区分=書面　期間=令和6年8月〜10月", True)))  # fmt: skip
    # 11: a relative's answer: the mother's dementia and hospital stay come late
    relv = ctx.away(ctx.person((1958, 1985)))
    rec = ctx.person((1935, 1952), sex="女")
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                paragraphs=[
                    f"{ctx.office} 生活福祉課 御中",
                    f"扶養届の件（{rec.name()}）",
                    "いつも母がお世話になっております。照会をいただいた件でご連絡します。",
                    "私は県外に住んでおり、勤め先の事情で頻繁に帰省することができません。仕送りも難しい状況です。",
                    "兄とは十数年連絡を取っておらず、住所もわかりません。",
                    "お盆に帰ったとき、母は同じ話を何度も繰り返し、財布の置き場所もわからなくなっていました。",
                    f"先月、{r.choice(CLINICS)[2]}で検査を受けたところアルツハイマー型認知症と診断され、"
                    "転倒による骨折で今は入院しています。退院後の生活について相談させてください。",
                    f"住所 {relv.address(True)}",
                    f"{relv.name()}",
                ],
            ),
            note="the mother is named in the subject line; her dementia and fracture come five paragraphs later",
        )
    )
    # 12: Teams in cp932: a relative's rent arrears in the reply
    rec = ctx.person((1940, 1960))
    relv = ctx.person((1965, 1990), sex="男")
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    t = times(r, 4, 14)
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            3,
            ["name", "arrears"],
            txt(
                chat(
                    "teams",
                    day(4),
                    [
                        (
                            t[0],
                            a,
                            f"{rec.name()}さんの長男 {relv.name()}さん、扶養届が「援助可」で返ってきました",
                        ),
                        (
                            t[1],
                            b,
                            f"え、{relv.sei}さんって市営住宅の家賃を半年くらい滞納していて、住宅課から督促が出ているはずです",
                        ),
                        (t[2], c, "実際の援助は難しそうですね。ケース会議で確認しましょう"),
                        (t[3], a, "了解です"),
                    ],
                    "保護第一係",
                )
            ),
            note="another desk's knowledge of the son's 家賃 滞納 is arrears about a named person",
        )
    )
    # 13: 扶養義務者台帳 with 姓/名 split; the relatives' illnesses in 備考
    rows13: list[list[Cell]] = [["ケース番号", "姓", "名", "セイ", "メイ", "続柄", "住所", "援助", "備考"]]
    for _ in range(r.randint(16, 24)):
        q = ctx.person((1950, 1995))
        if r.random() < 0.5:
            ctx.away(q)
        note = r.choice(
            [
                "",
                "",
                f"本人{r.choice(DISEASES)}で療養中のため援助困難",
                "失業中",
                "障害年金受給中（精神2級）",
                "",
            ]
        )
        rows13.append([ctx.case_no(), q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), rel(q),
                       q.address(True), r.choice(["可", "不可", "未回答"]), note])  # fmt: skip
    rows13[2][8] = f"本人{r.choice(DISEASES)}で入院中のため援助困難"  # at least one named relative's illness
    hist = [["照会日", "ケース番号", "方法"]] + [
        [ymd(day(r.randint(1, 300))), ctx.case_no(), "書面"] for _ in range(12)
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet("台帳", rows13, title="扶養義務者台帳", first_row=3),
                    sheet("照会履歴", hist, state="hidden"),
                ]
            ),
            note="備考 gives named relatives' illnesses and a 精神 障害年金",
        )
    )
    return docs


# --- 資産調査 (金融機関への照会・回答) ----------------------------------------------------------------------
def shisan(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "shisan"
    docs: list[Doc] = []
    insurers = ["日本生命保険相互会社", "第一生命保険株式会社", "明治安田生命保険相互会社", "住友生命保険相互会社",
                "かんぽ生命保険株式会社", "全国共済農業協同組合連合会"]  # fmt: skip
    fis = [*ctx.banks, "株式会社ゆうちょ銀行", "株式会社三菱ＵＦＪ銀行", "株式会社みずほ銀行", "株式会社三井住友銀行",
           "楽天銀行株式会社", "住信ＳＢＩネット銀行株式会社", "労働金庫", *insurers]  # fmt: skip
    # 1: 照会先 with 法人番号
    rows: list[list[Cell]] = [["金融機関名", "法人番号", "照会窓口", "所在地", "電話番号", "照会方法"]]
    for f in fis:
        rows.append([f, random_corporate_number(r), r.choice(["事務センター", "照会受付係", "本店営業部"]),
                     r.choice([ctx.biz_address(), "東京都千代田区丸の内1丁目", "大阪府大阪市中央区北浜2丁目"]),
                     ctx.tel(), r.choice(["電子（pipitLINQ）", "郵送", "郵送"])])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("照会先", rows)])))
    # 2: 預貯金等照会のデジタル化 (staff guide)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="預貯金等照会業務のデジタル化について（事務連絡）",
                paragraphs=[
                    "令和6年度から、一部の金融機関に対する生活保護法第29条に基づく照会を電子的に行います。",
                    "1 対象：電子照会に参加する金融機関（別表）。未参加の金融機関は従来どおり郵送で照会する。",
                    "2 手順：照会データの作成 → 係長の承認 → 送信 → 回答の取込み → ケース記録への反映",
                    "3 回答までの期間：電子照会は概ね5営業日、郵送は概ね3〜4週間",
                    "4 留意事項：照会は要保護者の同意書を取得したうえで行う。回答データは共有フォルダに保存しない。",
                    f"問合せ　生活福祉課 庶務係　内線 {r.randint(200, 299)}",
                ],
            ),
        )
    )
    # 3: counts and days by institution, merged, hidden sheet
    rows3: list[list[Cell]] = [["金融機関", "照会件数", "回答件数", "平均回答日数", "うち電子"]]
    for f in fis[:9]:
        n = r.randint(40, 600)
        rows3.append([f, n, n - r.randint(0, 12), round(r.uniform(4, 30), 1), r.randint(0, n)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("集計", rows3, title="令和6年度上半期 金融機関別 照会・回答状況", first_row=4),
                    sheet(
                        "原票",
                        [["月", "件数"]] + [[f"{m}月", r.randint(80, 200)] for m in range(4, 10)],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"集計": ["B3:C3", "D3:E3"]}),
        )
    )
    # 4: 発送処理簿 in cp932: 12-digit 照会番号 that all fail the check digit, no name
    rows4: list[list[Cell]] = [["照会番号", "ケース番号", "照会先", "発送日", "回答日", "結果"]]
    for _ in range(r.randint(16, 24)):
        rows4.append([fail_check(random_my_number(r), r.randint(1, 9)), ctx.case_no(), r.choice(fis),
                      ymd(day(r.randint(20, 60))), ymd(day(r.randint(0, 19))), r.choice(["該当なし", "該当あり", "照会中"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("発送処理簿", rows4)]),
            note="12-digit 照会番号 failing the check digit; no names, only case numbers",
        )
    )
    # 5: training slides, masked
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="資産調査の進め方（新任研修）",
                paragraphs=[
                    "調査の根拠：生活保護法第29条（資料の提供等）",
                    "照会先：銀行・信用金庫・農協・ゆうちょ銀行・生命保険会社・証券会社",
                    "事例：Ｂさん（60代）申告にない定期預金が回答で判明 → 収入認定・63条返還の検討",
                    "事例：〇〇 〇〇さん 解約返戻金のある生命保険 → 解約指導または保有容認の判断",
                    "回答書は原本をケースファイルに綴る。コピーを作らない。",
                ],
            ),
            note="masked cases only",
        )
    )
    # 6: 照会書 to a bank
    p = ctx.person((1945, 1990))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "birth_date", "address"],
            DocSpec(
                title="預貯金等の状況について（照会）",
                paragraphs=[
                    f"{ctx.banks[0]} 事務センター 御中",
                    f"{ctx.office}長",
                    "生活保護法第29条の規定に基づき、下記の者の貴行における預貯金等の状況について照会します。",
                    "なお、本人の同意書の写しを添付します。",
                ],
                tables=[
                    [
                        ["氏名", p.name()],
                        ["フリガナ", p.kata],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["照会事項", "口座の有無、取引店、種目、口座番号、現在高（過去3か月の取引履歴）"],
                    ]
                ],
                footer=f"{ctx.office} 生活福祉課 {ctx.office_phone()}",
            ),
        )
    )
    # 7: a bank's answer, spaced digits
    p = ctx.person((1945, 1990), urban=True)
    lines7 = [
        f">{ctx.banks[1]} 業務部",
        ">" + wareki(TODAY, "spaced"),
        f"{ctx.office}長 様",
        "^預貯金等の照会について（回答）",
        f"{wareki(day(25), 'spaced')} 付けで照会のありました件について、下記のとおり回答します。",
        f"お名前　{p.name()} 様",
        f"ご住所　{spaced_digits(p.address())}",
        f"取引店　本店営業部　普通預金　口座番号 {r.randint(1000000, 9999999)}",
        f"現在高　{yen(r.randint(300, 180000))} 円（{wareki(day(10), 'spaced')} 現在）",
        "定期預金・出資金　該当なし",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            pdf_doc(lines7, "預貯金等の照会について（回答）"),
            note="a small balance is not income or arrears: 2",
            post=letter_pdf(lines7),
        )
    )
    # 8: LINE WORKS, the reply gives a birth date
    p = ctx.person((1940, 1995))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 11)
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "birth_date"],
            txt(
                chat(
                    "lineworks",
                    day(2),
                    [
                        (
                            t[0],
                            a,
                            f"{p.name()}さんの照会、生年月日が同意書で読めないので返戻されました。ケースファイル見てもらえますか",
                        ),
                        (t[1], b, f"{wareki(p.birth)}生まれです（{ymd(p.birth)}）"),
                        (t[2], a, "ありがとうございます、再照会します"),
                    ],
                    "庶務係 照会担当",
                )
            ),
        )
    )
    # 9: a batch of answers, far right (AB) and down (row 8)
    rows9: list[list[Cell]] = [["氏名", "生年月日", "金融機関", "支店", "口座", "残高(円)", "回答日"]]
    for q in ctx.people(r.randint(12, 20), (1940, 1999)):
        rows9.append([q.name(), q.birth, r.choice(fis[:7]), r.choice(["本店", "駅前支店", "中央支店", "東支店"]),
                      ctx.account(), r.randint(0, 320000), day(r.randint(0, 10))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    sheet("回答", far_right(rows9, 27), first_row=8),
                ]
            ),
            note="account balances with birth dates are level 2 when nothing else is sensitive",
        )
    )
    # 10: 照会回答 集約 print, more than 100
    rows10 = [[ctx.case_no(), q.name(), q.kata, wareki(q.birth, "slash"), r.choice(fis[:8])[:14],
               yen(r.randint(0, 450000))] for q in ctx.people(r.randint(106, 124), (1936, 2001))]  # fmt: skip
    cols10 = [
        ("ケース番号", 30),
        ("氏名", 100),
        ("カナ", 180),
        ("生年月日", 300),
        ("金融機関", 380),
        ("現在高", 560),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "birth_date"], pdf_doc(["照会回答 集約表"], "照会回答 集約表"),
                    post=system_print("預貯金等照会 回答集約表", f"{ctx.city} 生活保護システム（資産管理）", cols10, rows10,
                                      25, "抽出条件：回答日=令和6年7月1日〜9月30日")))  # fmt: skip
    # 11: 資産申告 memo, the My Number only in the header
    p = ctx.person((1950, 1990))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="資産申告 聴取メモ",
                paragraphs=[
                    f"聴取日 {wareki(day(3))}　聴取者 {ctx.sei()}",
                    f"申告者 {p.name()}　住所 {p.address()}",
                    f"預貯金：{ctx.banks[0]} 普通 1口座、ゆうちょ 通常貯金 1口座（残高は通帳で確認）",
                    "生命保険：なし（以前加入の共済は令和4年に解約済みと申告）",
                    "自動車：なし　不動産：なし　貴金属等：なし",
                    "→ 金融機関照会を実施する（同意書 受領済）",
                ],
                header=f"番号 {grouped(mn, '-')}",
            ),
            note="the number sits only in the page header, labelled 番号",
        )
    )
    # 12: Outlook: a bank's reply quoted; a card loan in arrears
    p = ctx.person((1960, 1992))
    a, b = ctx.staff(), ctx.staff()
    body = [f"{b} さん", "", f"{p.name()}さんの件、{ctx.banks[0]}から追加の回答がありました。",
            "カードローンの残高があり、3か月延滞で督促状が送られているとのことです。",
            "家計改善支援につなぐか、法テラスを案内するか、明日の係会議で相談させてください。", "", a]  # fmt: skip
    quoted = [(f"{ctx.banks[0]} 事務センター", f"{ymd(day(2))} 11:05", "照会回答の補足", [
        f"{ctx.office} 生活福祉課 御中", "", f"{p.name()}様（{p.kata}様）に係る照会について、",
        f"カードローン契約があり、残高 {yen(r.randint(300000, 900000))} 円、約定返済が 3 回分延滞しております。",
        "以上、補足いたします。"])]  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["name", "arrears"], txt(mail(a, b, "FW: 照会回答の補足", f"{ymd(day(1))} 9:20",
                                                                 body, quoted))))  # fmt: skip
    # 13: 生命保険 照会 回答 in cp932, more than 100 persons
    rows13: list[list[Cell]] = [
        ["ケース番号", "氏名", "生年月日", "住所", "保険会社", "契約の有無", "解約返戻金"]
    ]
    for q in ctx.people(r.randint(104, 118), (1936, 2001)):
        has = r.random() < 0.3
        rows13.append([ctx.case_no(), q.name(), wareki(q.birth), q.address(), r.choice(insurers),
                       "有" if has else "無", yen(r.randint(0, 400000)) if has else ""])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["name", "birth_date", "address"],
            DocSpec(sheets=[sheet("生保照会", rows13)]),
        )
    )
    return docs


# --- 医療扶助 (医療券・調剤券・指定医療機関) -------------------------------------------------------------------
def iryo(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "iryo"
    docs: list[Doc] = []
    # 1: 指定医療機関 with 法人番号, 管理者 in role
    rows: list[list[Cell]] = [
        ["指定番号", "医療機関名", "開設者", "法人番号", "管理者", "診療科", "所在地", "電話", "指定年月日"]
    ]
    for kind, corp, fac, dept in CLINICS:
        rows.append([f"{r.randint(1000000, 9999999)}", fac, f"{kind}{corp}", random_corporate_number(r),
                     f"{ctx.staff()}（{'管理薬剤師' if dept == '調剤' else '院長'}）", dept, ctx.biz_address(), ctx.tel(),
                     dt.date(r.randint(2001, 2023), r.randint(1, 12), 1)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "指定医療機関",
                        rows,
                        title=f"{ctx.city} 生活保護法 指定医療機関一覧（令和6年10月1日現在）",
                        first_row=3,
                    ),
                    sheet(
                        "凡例",
                        [["区分", "説明"], ["指定年月日", "生活保護法第49条による指定日"]],
                        state="hidden",
                    ),
                ]
            ),
            note="院長 and 管理薬剤師 are named in their role at their clinic; 指定年月日 are not birth dates",
        )
    )
    # 2: 医療扶助の手続き
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="医療機関を受診するとき（生活保護を受けている方へ）",
                paragraphs=[
                    "1 受診する前に、地区担当員に連絡し、医療券（薬局は調剤券）の発行を受けてください。",
                    "2 急病で連絡できなかったときは、受診後すみやかに福祉事務所へ連絡してください。",
                    "3 医療券は月ごとに発行します。翌月も通院する場合は、月末までにご連絡ください。",
                    "4 お薬は、原則として後発医薬品（ジェネリック医薬品）を使用します。",
                    "5 通院にタクシー等を使う必要がある場合は、事前に通院移送費の申請が必要です。",
                    f"夜間・休日の急病は {ctx.city}休日夜間急患センター（{ctx.tel()}）へ。",
                ],
            ),
        )
    )
    # 3: 医療扶助費 by month, xls
    rows3: list[list[Cell]] = [["月", "入院", "入院外", "調剤", "歯科", "訪問看護", "合計(千円)"]]
    for m in range(4, 10):
        v = [r.randint(40000, 90000), r.randint(20000, 50000), r.randint(15000, 35000), r.randint(2000, 6000),
             r.randint(500, 3000)]  # fmt: skip
        rows3.append([f"{m}月", *v, sum(v)])
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("医療扶助費", rows3, title="令和6年度 医療扶助費 月別支出状況（千円）"),
                    sheet(
                        "前年度",
                        [["月", "合計"]] + [[f"{m}月", r.randint(90000, 160000)] for m in range(4, 13)],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    # 4: レセプト点検 results in cp932: 12-digit 管理番号 all failing the check digit
    rows4: list[list[Cell]] = [["レセプト管理番号", "診療年月", "医療機関", "点検区分", "査定点数", "結果"]]
    for _ in range(r.randint(18, 26)):
        rows4.append([fail_check(random_my_number(r), r.randint(1, 9)), f"R06.{r.randint(4, 8):02d}",
                      r.choice(CLINICS)[2], r.choice(["縦覧", "突合", "重複", "頻回"]), r.randint(0, 900),
                      r.choice(["返戻", "査定", "過誤調整", "問題なし"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("点検結果", rows4)]),
            note="12-digit レセプト管理番号 failing the check digit; no patient is named",
        )
    )
    # 5: 嘱託医 協議 schedule
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="令和6年度下半期 嘱託医協議 日程表",
                paragraphs=[
                    "嘱託医協議は毎月第2・第4水曜日 14時から、福祉事務所 相談室2 で行います。",
                    "協議資料（医療要否意見書・病状調査票）は前週金曜日までに庶務係へ提出してください。",
                ],
                tables=[
                    [["日程", "嘱託医", "所属", "連絡先"]]
                    + [
                        [
                            ymd(TODAY + dt.timedelta(days=14 * i)),
                            f"{ctx.staff()} 医師",
                            r.choice(CLINICS[:8])[2],
                            ctx.tel(),
                        ]
                        for i in range(1, 9)
                    ]
                ],
            ),
            note="嘱託医 are named in their role with their clinic's phone",
        )
    )
    # 6: 医療券 mailing list (no condition)
    rows6: list[list[Cell]] = [["ケース番号", "氏名", "送付先"]]
    for q in ctx.people(r.randint(6, 10), (1940, 1995)):
        rows6.append([ctx.case_no(), f"{q.name()} 様", q.address()])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("郵送", rows6, title="医療券 郵送先（11月分）")]),
            note="a mailing list with no condition or clinic stated is not health data: 2",
        )
    )
    # 7: 健診のご案内, spaced digits
    p = ctx.person((1960, 1985), urban=True)
    lines7 = [
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.office} 生活福祉課",
        "^健康診査のご案内",
        "生活保護を受けている 40 歳以上の方を対象に、無料の健康診査を実施しています。",
        f"実施期間　{wareki(dt.date(2024, 11, 1), 'spaced')} から {wareki(dt.date(2025, 1, 31), 'spaced')} まで",
        "受診方法　同封の受診券と保護受給証明書を指定医療機関へお持ちください。",
        f"お問い合わせ　健康管理支援員 {ctx.staff()}（{ctx.office_phone(2)}）",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            pdf_doc(lines7, "健康診査のご案内"),
            post=letter_pdf(lines7),
            note="an invitation to a check-up holds no health finding: 2",
        )
    )
    # 8: Slack: 調剤券 re-issue, the reply gives the address
    p = ctx.person((1940, 1990))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 9)
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "address"],
            txt(
                chat(
                    "slack",
                    day(1),
                    [
                        (t[0], a, f"{p.name()}さんから調剤券が届いていないと電話がありました"),
                        (
                            t[1],
                            b,
                            f"転居前の住所に送っていました…。現住所 {p.address()} に今日再発行して送ります",
                        ),
                        (t[2], a, "お願いします。薬局にはFAXで先に送っておきます"),
                    ],
                    "iryo-fujo",
                )
            ),
            note="a re-issued 調剤券 names no condition: 2",
        )
    )
    # 9: 誤送付 report in odt
    p = ctx.person((1950, 1995))
    q = ctx.person((1950, 1995))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                title="医療券の誤送付について（報告）",
                paragraphs=[
                    f"{wareki(day(2))}、{p.name()}様あての医療券を、旧住所（{q.address()}）へ誤って送付した。",
                    f"現住所（{p.address()}）への住所変更がシステムに反映されていなかったことが原因である。",
                    f"旧住所の現居住者 {q.name()} 様から連絡があり、同日職員が訪問して回収した。開封はされていない。",
                    "再発防止：転居の届出を受けた日に住所変更を入力し、係内で二重確認する。",
                ],
            ),
            note="the 医療券 envelope was unopened and no condition is named: 2",
        )
    )
    # 10: 医療券 発行一覧 print with 傷病名
    rows10 = [[f"{r.randint(1000000, 9999999)}", q.name(), q.kata, wareki(q.birth, "short"), r.choice(CLINICS)[2][:12],
               r.choice(DISEASES)] for q in ctx.people(r.randint(110, 128), (1936, 2010))]  # fmt: skip
    cols10 = [
        ("受給者番号", 30),
        ("氏名", 100),
        ("カナ", 180),
        ("生年月日", 300),
        ("医療機関", 370),
        ("傷病名", 540),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "birth_date", "health"], pdf_doc(["医療券 発行一覧"], "医療券 発行一覧"),
                    post=system_print("医療券・調剤券 発行一覧表", f"{ctx.city} 生活保護システム（医療扶助）", cols10,
                                      rows10, 26, "発行年月：令和6年10月　公費負担者番号 12" + f"{r.randint(100000, 999999)}",
                                      True)))  # fmt: skip
    # 11: 調剤券 台帳, the My Numbers on a hidden sheet headed only 番号
    ps = ctx.people(r.randint(12, 18), (1940, 2000))
    rows11: list[list[Cell]] = [["受給者番号", "氏名", "生年月日", "調剤薬局", "発行日"]]
    nums: list[list[Cell]] = [["受給者番号", "氏名", "番号"]]
    for q in ps:
        rid = f"{r.randint(1000000, 9999999)}"
        rows11.append([rid, q.name(), q.birth, r.choice(CLINICS[8:10])[2], day(r.randint(0, 20))])
        nums.append([rid, q.name(), int(random_my_number(r))])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["my_number", "name", "birth_date"],
            DocSpec(
                sheets=[
                    sheet("番号", nums, state="hidden", number_formats={2: "0"}),
                    sheet("調剤券台帳", rows11, title="調剤券 発行台帳（令和6年10月）", first_row=3),
                ]
            ),
            note="the numbers are only on a hidden sheet headed 番号",
        )
    )
    # 12: 医療要否意見書 with the diagnosis in a text box
    p = ctx.person((1945, 1985))
    cl = r.choice(CLINICS[:8])
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                title="医療要否意見書（入院外）",
                paragraphs=[
                    f"{ctx.office}長 様",
                    f"患者氏名　{p.name()}　（{wareki(p.birth)}生）",
                    f"医療機関　{cl[2]}（{cl[0]}{cl[1]}）",
                    "今後の診療見込期間　6か月",
                    "就労の可否　軽労働可",
                ],
                textboxes=[
                    f"傷病名：{r.choice(DISEASES)}、{r.choice(DISEASES)}　主要症状及び今後の診療見込：内服加療を継続"
                ],
            ),
            note="the diagnoses sit only in a text box",
        )
    )
    # 13: Teams: a named recipient admitted to a psychiatric ward
    p = ctx.person((1960, 1995))
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    t = times(r, 4, 15)
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            txt(
                chat(
                    "teams",
                    day(0),
                    [
                        (t[0], a, f"{p.name()}さん、今日の訪問で不在でした。電話もつながりません"),
                        (
                            t[1],
                            b,
                            f"先ほど{r.choice(CLINICS[2:3] + CLINICS[7:8])[2]}のMSWから連絡あり、昨夜 医療保護入院になったそうです。"
                            "統合失調症の症状悪化とのこと",
                        ),
                        (t[2], c, "入院の医療券と、入院患者日用品費への変更をお願いします"),
                        (t[3], a, "了解です"),
                    ],
                    "保護第三係",
                )
            ),
        )
    )
    return docs


# --- 返還金・徴収金 (63条・78条) ------------------------------------------------------------------------
def henkan(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "henkan"
    docs: list[Doc] = []
    # 1: 63条 and 78条 explained
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="保護費の返還と徴収について",
                paragraphs=[
                    "■ 費用返還（生活保護法第63条）：急迫した事情などで資力があるにもかかわらず保護を受けたときは、"
                    "受けた保護費の範囲内で福祉事務所が定める額を返還していただきます。",
                    "■ 費用徴収（同法第78条）：不実の申請その他不正な手段により保護を受けたときは、"
                    "支弁した費用の全部または一部を徴収します。徴収額に100分の40を乗じた額以下の金額を加算することがあります。",
                    "■ 納付が困難な場合は、分割での納付についてご相談ください。保護費からの調整（78条の2）もできます。",
                    "■ 収入があったときは、必ず収入申告をしてください。申告がないと第78条の対象となることがあります。",
                    f"担当　{ctx.office} 生活福祉課 債権管理担当　{ctx.office_phone(3)}",
                ],
            ),
        )
    )
    # 2: 調定・収納 by year, merged, hidden sheet
    rows: list[list[Cell]] = [["年度", "区分", "調定額", "収納額", "収入未済額", "収納率"]]
    for y in range(2019, 2024):
        for k in ["63条", "78条"]:
            c = r.randint(8_000_000, 60_000_000)
            s = r.randint(c // 5, c // 2)
            rows.append(
                [f"{'令和' + str(y - 2018) if y > 2019 else '令和元'}年度", k, c, s, c - s, f"{s / c:.1%}"]
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
                        "調定収納",
                        rows,
                        title="生活保護法 返還金・徴収金 調定・収納状況（現年＋滞繰）",
                        first_row=4,
                    ),
                    sheet(
                        "件数",
                        [["年度", "63条件数", "78条件数"]]
                        + [[y, r.randint(60, 140), r.randint(20, 70)] for y in range(2019, 2024)],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"調定収納": [f"A{5 + 2 * i}:A{6 + 2 * i}" for i in range(5)]}),
            note="aggregate 収入未済 figures name no one",
        )
    )
    # 3: 債権管理 training slides, masked
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="生活保護費 返還金・徴収金の債権管理",
                paragraphs=[
                    "督促：納期限後20日以内に督促状を発送する（地方自治法第231条の3）",
                    "78条債権は国税滞納処分の例により処分できる（強制徴収公債権）",
                    "事例：Ｃさん 就労収入の未申告 → 78条決定 → 分納誓約 → 保護費との調整",
                    "事例：〇〇 〇〇さん 年金の遡及受給 → 63条返還 → 一括返還",
                    "時効：63条 5年（地方自治法第236条）／78条 5年",
                ],
            ),
            note="masked cases only",
        )
    )
    # 4: 分納誓約書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="分納誓約書（記入例）",
                paragraphs=[
                    f"{ctx.office}長 様",
                    "私は、生活保護法第78条に基づく徴収金 ○○○,○○○円 について、下記のとおり分割して納付することを誓約します。",
                    "1 毎月の納付額　5,000円　　2 納付日　毎月末日　　3 納付方法　納付書",
                    f"住所　{ctx.city}○○町1丁目2番3号（記入例）",
                    f"氏名　{SAMPLE_NAMES[2]}（記入例）",
                    f"連帯保証人は不要です。記入例の氏名は架空のものです（{SAMPLE_NAMES[1]}）。",
                ],
                footer="記入例",
            ),
        )
    )
    # 5: Teams, staff only
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 4, 10)
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            txt(
                chat(
                    "teams",
                    day(3),
                    [
                        (t[0], a, "督促状の一斉発送、今月は25日にします。出力は22日の夜間バッチです"),
                        (t[1], b, "封入は23日の午後、庶務係にも応援お願いしています"),
                        (t[2], a, "了解です。宛名ラベルの印刷枚数だけ先に教えてください"),
                        (t[3], b, "後で件数だけ送ります"),
                    ],
                    "債権管理担当",
                )
            ),
            note="staff on a mailing schedule: no resident is named",
        )
    )
    # 6: 63条 返還金 決定通知 (not yet due), spaced digits
    p = ctx.person((1950, 1990), urban=True)
    due = TODAY + dt.timedelta(days=30)
    lines6 = [
        f">{ctx.office} 発第 {r.randint(5000, 5999)} 号",
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.office}長",
        "^生活保護法第 63 条に基づく費用返還決定通知書",
        f"年金の遡及支給（{wareki(day(60), 'spaced')} 受給）により、次のとおり返還額を決定しました。",
        f"返還額　{yen(r.randint(80000, 600000))} 円",
        f"納期限　{wareki(due, 'spaced')}",
        "同封の納入通知書により、金融機関またはコンビニエンスストアで納付してください。",
        "一括での納付が難しい場合は、納期限までに地区担当員にご相談ください。",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            pdf_doc(lines6, "費用返還決定通知書"),
            post=letter_pdf(lines6),
            note="a 返還 decided but not yet due is money owed, not arrears: 2",
        )
    )
    # 7: a resident's own letter: change of address for the 納付書
    p = ctx.person((1955, 1992))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}役所 生活福祉課 御中",
                    "納付書の送付先変更のお願い",
                    "いつもお世話になっております。",
                    "仕事の都合で来月から隣町に引っ越すことになりました。毎月送っていただいている返還金の納付書を、"
                    "新しい住所に送っていただけますでしょうか。",
                    "これまでどおり毎月きちんと納めていきます。",
                    f"新住所　{p.address()}",
                    f"電話　{p.phone}",
                    f"{wareki(day(5))}　{p.name()}",
                ],
            ),
            note="a repayment being paid each month is not arrears: 2",
        )
    )
    # 8: relay log: a callback wanted
    p = ctx.person((1950, 1990))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 13)
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            txt(
                chat(
                    "arrow",
                    day(1),
                    [
                        (
                            t[0],
                            f"{a}（受付）",
                            f"{p.name()}さん来電。63条の決定通知の金額の内訳を説明してほしいとのこと",
                        ),
                        (t[1], f"{b}（担当）", f"折り返します。連絡先 {p.phone}、平日18時以降"),
                        (t[2], f"{a}（受付）", "お願いします"),
                    ],
                    "債権管理担当",
                )
            ),
            note="a question about a decided 返還 amount is not arrears: 2",
        )
    )
    # 9: 口座振替 依頼 受付 (ods)
    rows9: list[list[Cell]] = [["受付日", "氏名", "住所", "金融機関", "口座"]]
    for q in ctx.people(r.randint(4, 7), (1945, 1995)):
        rows9.append([ymd(day(r.randint(1, 30))), q.name(), q.address(), r.choice(ctx.banks), ctx.account()])
    docs.append(Doc(fam, "ods", 2, ["name", "address"], DocSpec(sheets=[sheet("口座振替受付", rows9)])))
    # 10: 滞納者一覧 print, more than 100
    rows10 = []
    for q in ctx.people(r.randint(104, 122), (1940, 2000)):
        owed = r.randint(20000, 1800000)
        rows10.append([f"{r.randint(100000, 999999)}", q.name(), q.address()[:28], r.choice(["63条", "78条"]), yen(owed),
                       yen(r.randint(0, owed // 2)), ymd(day(r.randint(20, 400)))])  # fmt: skip
    cols10 = [("債権番号", 30), ("債務者氏名", 90), ("住所", 180), ("区分", 420), ("滞納額", 470), ("納付済額", 550),
              ("督促日", 640)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "arrears"], pdf_doc(["滞納者一覧"], "滞納者一覧"),
                    post=system_print("返還金・徴収金 滞納者一覧", f"{ctx.city} 債権管理システム", cols10, rows10, 26,
                                      "抽出条件：収入未済額>0　基準日 令和6年9月30日")))  # fmt: skip
    # 11: 督促状 (78条 徴収金 未納), spaced digits
    p = ctx.person((1955, 1995), urban=True)
    lines11 = [
        f">{ctx.office} 第 {r.randint(100, 999)} 号",
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^督促状",
        "生活保護法第 78 条に基づく徴収金が、納期限を過ぎても納付されていません。",
        f"未納額　{yen(r.randint(30000, 500000))} 円（{wareki(day(40), 'spaced')} 納期限分）",
        f"指定期限　{wareki(TODAY + dt.timedelta(days=10), 'spaced')}",
        "指定期限までに納付がない場合は、滞納処分を行うことがあります。",
        f"納付相談　債権管理担当 {ctx.office_phone(3)}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "address", "arrears"],
            pdf_doc(lines11, "督促状"),
            post=letter_pdf(lines11),
        )
    )
    # 12: LINE WORKS: the reply gives a named debtor's 未納
    p = ctx.person((1960, 1995))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 10)
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "arrears"],
            txt(
                chat(
                    "lineworks",
                    day(2),
                    [
                        (t[0], a, f"{p.name()}さん、保護廃止になったそうですね。返還金どうなってます？"),
                        (
                            t[1],
                            b,
                            f"{p.sei}さんは分納の約束が4か月不履行で、未納が{yen(r.randint(100000, 400000))}円残ってます。"
                            "来週催告書を出します",
                        ),
                        (t[2], a, "了解です、転居先がわかったら共有します"),
                    ],
                    "債権管理担当",
                )
            ),
        )
    )
    # 13: 分納 管理表 (xls), 姓/名 split
    rows13: list[list[Cell]] = [["債権番号", "姓", "名", "区分", "調定額", "納付済", "未納額", "最終納付日"]]
    for q in ctx.people(r.randint(15, 25), (1945, 1995)):
        c = r.randint(50000, 900000)
        s = r.randint(0, c - 1)
        rows13.append([r.randint(100000, 999999), q.sei, q.mei, r.choice(["63条", "78条"]), c, s, c - s,
                       day(r.randint(30, 300))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["name", "arrears"],
            DocSpec(
                sheets=[
                    sheet("分納管理", rows13, title="分納管理表（令和6年度）"),
                    sheet("作業用", [["最終更新", ymd(TODAY)]], state="hidden"),
                ]
            ),
        )
    )
    return docs


# --- 住居確保給付金 ------------------------------------------------------------------------------------
def jukyo(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "jukyo"
    docs: list[Doc] = []
    cap = {
        1: r.choice([32000, 36000, 37000]),
        2: r.choice([39000, 43000, 44000]),
        3: r.choice([42000, 47000, 48000]),
    }
    # 1: the guide with public figures
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="住居確保給付金のご案内",
                paragraphs=[
                    "離職・廃業後2年以内の方、または休業等により収入が減少し離職等と同程度の状況にある方に、"
                    "家賃相当額（上限あり）を原則3か月間、家主等へ直接支給します。",
                    "■ 収入要件：世帯の月収が基準額＋家賃額（上限あり）以下であること",
                    "■ 資産要件：世帯の預貯金の合計が基準額の6倍（100万円を超えない額）以下であること",
                    "■ 求職活動要件：月2回以上の職業相談、月4回以上の自立相談支援機関での面談 など",
                    f"■ 相談窓口　{ctx.center}（{ctx.office_phone(6)}）",
                ],
                tables=[
                    [["世帯人数", "基準額", "家賃額上限", "収入基準額"]]
                    + [
                        [f"{n}人", yen(b_), yen(cap[n]), yen(b_ + cap[n])]
                        for n, b_ in ((1, 78000), (2, 115000), (3, 140000))
                    ]
                ],
            ),
        )
    )
    # 2: landlords for 代理納付, with 法人番号 (ods)
    rows: list[list[Cell]] = [["家主・管理会社", "法人番号", "所在地", "電話", "振込先"]]
    for kind, name in LANDLORDS:
        rows.append([f"{kind}{name}", random_corporate_number(r), ctx.biz_address(), ctx.tel(),
                     f"{r.choice(ctx.banks)} {r.choice(['本店', '駅前支店'])} {ctx.account()}"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("代理納付先", rows)]),
            note="companies with their 法人番号 and business accounts: no private person",
        )
    )
    # 3: decisions by month, merged, hidden
    rows3: list[list[Cell]] = [["月", "相談", "申請", "支給決定", "うち延長", "うち再支給", "支給額(円)"]]
    for m in range(4, 10):
        d_ = r.randint(4, 25)
        rows3.append([f"{m}月", r.randint(20, 60), d_ + r.randint(0, 6), d_, r.randint(0, d_ // 2), r.randint(0, 2),
                      d_ * r.randint(30000, 42000)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("月別", rows3, title="住居確保給付金 月別実績（令和6年度）", first_row=4),
                    sheet("国報告用", [["項目", "値"], ["報告月", "9月"]], state="hidden"),
                ]
            ),
            post=merge_xlsx({"月別": ["D3:F3"]}),
        )
    )
    # 4: 申請書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="住居確保給付金 支給申請書（記入例）",
                tables=[
                    [
                        ["申請者氏名", SAMPLE_NAMES[3]],
                        ["生年月日", "平成○年○月○日"],
                        ["住所", "○○市○○町○丁目○番○号"],
                        ["家賃額", "45,000円"],
                        ["離職日", "令和○年○月○日"],
                        ["世帯の月収", "60,000円"],
                    ]
                ],
                paragraphs=["※ 氏名等はすべて記入例です。", f"記入例の世帯員：{SAMPLE_NAMES[4]}（妻）"],
                footer="記入例",
            ),
        )
    )
    # 5: 代理納付 transfer log in cp932, 12-digit 受付番号 failing the check digit
    rows5: list[list[Cell]] = [["振込受付番号", "振込日", "振込先", "金額", "区分"]]
    for _ in range(r.randint(16, 22)):
        rows5.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(day(r.randint(0, 60))), ctx.landlord(),
                      yen(r.randint(28000, cap[3])), r.choice(["初回", "継続", "延長"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(
                title="代理納付 振込処理ログ（会計課 送付分）",
                tables=[[[str(v) for v in row] for row in rows5]],
            ),
            note="12-digit 振込受付番号 failing the check digit; only landlords' companies are named",
        )
    )
    # 6: a filled application with income and rent
    p = ctx.person((1970, 1998))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "birth_date", "income"],
            DocSpec(
                title="住居確保給付金 支給申請書",
                tables=[
                    [
                        ["申請者氏名", p.name()],
                        ["フリガナ", p.kata],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["家賃額", f"{yen(r.randint(38000, 62000))}円"],
                        ["家主", ctx.landlord()],
                        ["離職日", wareki(day(r.randint(60, 300)))],
                        ["世帯の月収", f"{yen(r.randint(0, 70000))}円（アルバイト）"],
                        ["預貯金", f"{yen(r.randint(10000, 300000))}円"],
                    ]
                ],
                paragraphs=[f"{ctx.city}長 様", "上記のとおり住居確保給付金の支給を申請します。"],
            ),
            note="income and savings with the name and address: level 2 (income is not a level-3 category)",
        )
    )
    # 7: 支給決定通知書, spaced digits
    p = ctx.person((1965, 1998), urban=True)
    lines7 = [
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^住居確保給付金支給決定通知書",
        "あなたから申請のあった住居確保給付金について、次のとおり支給することに決定しました。",
        f"支給額　月額 {yen(r.randint(30000, cap[1]))} 円",
        f"支給期間　{wareki(dt.date(2024, 11, 1), 'spaced')} から {wareki(dt.date(2025, 1, 31), 'spaced')} まで",
        f"支給方法　{ctx.landlord()} の口座へ直接振り込みます",
        f"担当　{ctx.center} 相談支援員 {ctx.staff()}",
    ]
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], pdf_doc(lines7, "支給決定通知書"), post=letter_pdf(lines7))
    )
    # 8: Teams: phone and income in the reply
    p = ctx.person((1975, 1999))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 4, 9)
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone", "income"],
            txt(
                chat(
                    "teams",
                    day(2),
                    [
                        (t[0], a, f"{p.name()}さんの延長申請、収入確認どうでした？"),
                        (
                            t[1],
                            b,
                            f"先月の給与明細で手取り {yen(r.randint(60000, 110000))} 円でした。基準内です",
                        ),
                        (t[2], a, "面談日を決めたいので連絡先ください"),
                        (t[3], b, f"{p.phone} です。夜勤明けの午前中は出られないそうです"),
                    ],
                    "自立相談 住居確保給付金",
                )
            ),
            note="a named person's take-home pay and phone: income, level 2",
        )
    )
    # 9: 求職活動 確認表 from column AA, 姓/名/セイ/メイ split
    rows9: list[list[Cell]] = [["受給者番号", "姓", "名", "セイ", "メイ", "電話", "職業相談", "面談", "応募"]]
    for q in ctx.people(r.randint(14, 22), (1970, 2000)):
        rows9.append([f"J{r.randint(1000, 9999)}", q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.phone,
                      r.randint(0, 4), r.randint(0, 5), r.randint(0, 3)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet("10月", far_right([["求職活動状況 確認表（10月）"], [], *rows9], 26), first_row=6),
                    sheet("9月", [["（前月分は確定済）"]]),
                ]
            ),
        )
    )
    # 10: 受給者一覧 print with rent and income, more than 100
    rows10 = [[f"J{r.randint(1000, 9999)}", q.name(), q.address()[:28], yen(r.randint(32000, 62000)),
               yen(r.randint(0, 120000)), r.choice(["初回", "延長", "再延長"])]
              for q in ctx.people(r.randint(106, 122), (1960, 2002))]  # fmt: skip
    cols10 = [("受給者番号", 30), ("氏名", 100), ("住所", 190), ("家賃額", 440), ("月収", 520), ("区分", 600)]
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "income"], pdf_doc(["受給者一覧"], "受給者一覧"),
                    post=system_print("住居確保給付金 受給者一覧", f"{ctx.city} 自立相談支援システム", cols10, rows10, 27,
                                      "抽出条件：支給期間に令和6年10月を含む", True)))  # fmt: skip
    # 11: 面談記録, 「○○さんの番号」 in a text box
    p = ctx.person((1970, 1999))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "phone"],
            DocSpec(
                title="面談記録（住居確保給付金）",
                paragraphs=[
                    f"面談日　{wareki(day(1))}　相談支援員 {ctx.sei()}",
                    f"相談者　{p.name()}（電話 {p.phone}）",
                    "求職活動：ハローワークで職業相談2回、介護施設に1件応募（書類選考中）。",
                    "家計：家賃は代理納付で支払済み。食費を切り詰めている。",
                    "次回面談：2週間後。面接の練習を行う。",
                ],
                textboxes=[f"{p.sei}さんの番号 {grouped(mn)}（転職先の年末調整用に確認）"],
            ),
            note="the number sits only in a text box as 「○○さんの番号」",
        )
    )
    # 12: Slack: rent arrears in the reply
    p = ctx.person((1970, 1999))
    a, b = ctx.staff(), ctx.staff()
    t = times(r, 3, 14)
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "arrears"],
            txt(
                chat(
                    "slack",
                    day(1),
                    [
                        (t[0], a, f"{p.name()}さん、住居確保給付金の初回相談に来られました"),
                        (
                            t[1],
                            b,
                            f"{p.sei}さん、管理会社から聞いた話では家賃を3か月滞納していて、督促が来ているそうです。"
                            "退去を求められる前に急ぎましょう",
                        ),
                        (t[2], a, "今日中に申請書を受け付けます"),
                    ],
                    "jiritsu-soudan",
                )
            ),
        )
    )
    # 13: applicants in ods, more than 100 persons
    rows13: list[list[Cell]] = [["受付日", "氏名", "フリガナ", "生年月日", "住所", "結果"]]
    for q in ctx.people(r.randint(104, 118), (1955, 2003)):
        rows13.append([ymd(day(r.randint(0, 500))), q.name(), q.kata, q.birth, q.address(),
                       r.choice(["支給", "支給", "不支給", "取下げ"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            3,
            ["name", "birth_date", "address"],
            DocSpec(
                sheets=[
                    sheet("申請者", rows13),
                    sheet("集計", [["支給", "不支給"], [r.randint(60, 90), r.randint(5, 20)]]),
                ]
            ),
        )
    )
    return docs


# --- 家計改善支援 ---------------------------------------------------------------------------------------
def kakei(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "kakei"
    docs: list[Doc] = []
    # 1: the service guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="家計改善支援事業のご案内",
                paragraphs=[
                    "「毎月お金が足りなくなる」「借金の返済が苦しい」「税金や公共料金の支払いが遅れがち」—— そんなお悩みを"
                    "家計相談支援員が一緒に整理し、家計の立て直しをお手伝いします。",
                    "■ 家計表の作成、支払い計画づくり、各種給付・貸付の案内、債務整理の専門機関へのつなぎ",
                    "■ 相談は無料・秘密厳守です。ご家族からのご相談もお受けします。",
                    f"■ 窓口　{ctx.center}（{ctx.office_phone(6)}）　平日 9時〜17時",
                    f"■ 委託先　社会福祉法人 {ctx.city}社会福祉協議会",
                ],
            ),
        )
    )
    # 2: consultations by theme, merged, hidden
    themes = [
        "債務（消費者金融）",
        "債務（クレジット）",
        "税・保険料の滞納",
        "公共料金の滞納",
        "家賃の滞納",
        "家計管理",
        "貸付相談",
    ]
    rows: list[list[Cell]] = [["課題", "4月", "5月", "6月", "7月", "8月", "9月", "計"]]
    for th in themes:
        v = [r.randint(0, 18) for _ in range(6)]
        rows.append([th, *v, sum(v)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("課題別", rows, title="家計改善支援 相談件数（課題別・延べ）", first_row=4),
                    sheet(
                        "入力",
                        [["月", "新規", "継続"]]
                        + [[f"{m}月", r.randint(5, 20), r.randint(10, 40)] for m in range(4, 10)],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"課題別": ["B3:D3", "E3:G3"]}),
            note="counts by theme about arrears in general: no person",
        )
    )
    # 3: training slides with a masked case of utility arrears
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="家計改善支援 事例検討（研修用）",
                paragraphs=[
                    "事例：Ｄさん（30代・ひとり親）電気料金2か月分の滞納、カードローン3社",
                    "見立て：収入は安定しているが、通信費とサブスクリプションの支出が大きい",
                    "支援：家計表の作成 → 支払い優先順位の整理 → 電力会社へ分割払いの相談に同行",
                    "結果：6か月で滞納解消。債務は法テラスで任意整理",
                    "〇〇 〇〇さんの事例は次回に扱います",
                ],
                notes=["事例は複数のケースを組み合わせて加工した架空事例です。"],
            ),
            note="the case is masked (Ｄさん) and fictional: arrears of no identifiable person",
        )
    )
    # 4: partners in odt, named in role
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="家計改善支援 連携先一覧",
                tables=[
                    [
                        ["機関", "担当", "連絡先", "備考"],
                        [
                            "法テラス（日本司法支援センター）",
                            "地方事務所 相談担当",
                            "0570-078374",
                            "債務整理・無料法律相談",
                        ],
                        [
                            f"{ctx.city}社会福祉協議会",
                            f"生活福祉資金担当 {ctx.staff()}（主任）",
                            ctx.tel(),
                            "緊急小口資金",
                        ],
                        [
                            f"{ctx.city}消費生活センター",
                            f"消費生活相談員 {ctx.staff()}",
                            ctx.tel(),
                            "多重債務相談",
                        ],
                        [f"{ctx.city}上下水道局 料金課", "料金係長", ctx.tel(), "分割納付の相談"],
                        [f"{ctx.city}役所 納税課", "納税相談担当", ctx.office_phone(4), "市税の分納相談"],
                    ]
                ],
                paragraphs=["相談者の同意を得たうえで、連絡票により情報を共有すること。"],
            ),
            note="officers named in their role with their office's phone",
        )
    )
    # 5: Outlook among staff, no resident
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 1, [], txt(mail(a, "自立相談支援 各位", "RE: 家計改善支援 従事者研修の日程", f"{ymd(day(2))} 10:02", [
        "各位", "", f"県主催の従事者研修は {ymd(TODAY + dt.timedelta(days=20))} 13:30〜、県庁講堂です。",
        "参加者は私と相談支援員の2名です。", "", a], [(b, f"{ymd(day(4))} 15:40", "家計改善支援 従事者研修の日程", [
            "日程が決まったら共有をお願いします。", "", b])])), note="staff on a training date: no resident is named"))  # fmt: skip
    # 6: one household's 家計表 with income and a loan repaid on schedule
    p = ctx.person((1975, 1998))
    inc = r.randint(120000, 210000)
    rows6: list[list[Cell]] = [
        ["相談者", p.name(), None, "電話", p.phone],
        ["住所", p.address()],
        [],
        ["収入", "金額(円)", None, "支出", "金額(円)"],
        ["給与（手取り）", inc, None, "家賃", r.randint(35000, 55000)],
        ["児童手当", r.choice([0, 10000, 15000]), None, "食費", r.randint(25000, 45000)],
        [None, None, None, "水道光熱費", r.randint(10000, 18000)],
        [None, None, None, "通信費", r.randint(8000, 16000)],
        [None, None, None, "自動車ローン（約定どおり返済）", r.randint(15000, 25000)],
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "phone", "income"],
            DocSpec(sheets=[sheet("家計表", rows6, title="家計表（月）", first_row=3)]),
            note="a loan repaid on schedule is not arrears; income with name, address and phone: 2",
        )
    )
    # 7: Outlook: the quoted request gives the phone
    p = ctx.person((1965, 1998))
    a = ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], txt(mail(a, f"{p.sei} {p.mei} <{p.sei_kana}.{r.randint(10, 99)}@example.jp>",
        "RE: 家計の相談をしたい", f"{ymd(day(1))} 9:15", [f"{p.name()} 様", "", "お問い合わせありがとうございます。",
        "ご希望の日時にお電話いたします。", "", f"{ctx.center} 家計相談支援員 {a}"],
        [(p.name(), f"{ymd(day(2))} 22:47", "家計の相談をしたい", [
            "市のホームページを見て連絡しました。", "毎月のやりくりがうまくいかず、家計の相談をしたいです。",
            f"平日の昼休みなら電話に出られます。{p.phone}", p.name()])]))))  # fmt: skip
    # 8: 面談日のお知らせ, spaced digits
    p = ctx.person((1965, 1998), urban=True)
    lines8 = [
        ">" + wareki(TODAY, "spaced"),
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.center}",
        "^面談日のお知らせ",
        "先日はご相談ありがとうございました。次回の面談日を下記のとおりご案内します。",
        f"日時　{wareki(TODAY + dt.timedelta(days=9), 'spaced')}　午前 10 時",
        "持ち物　通帳、給与明細、公共料金の領収書、家計ノート",
        f"変更の連絡先　{ctx.office_phone(6)}（家計相談支援員 {ctx.staff()}）",
    ]
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], pdf_doc(lines8, "面談日のお知らせ"), post=letter_pdf(lines8))
    )
    # 9: 相談受付票 in odt
    p = ctx.person((1960, 1998))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(
                title="相談受付票",
                tables=[
                    [
                        ["受付日", wareki(day(3))],
                        ["氏名", p.name()],
                        ["ふりがな", p.kana],
                        ["生年月日", wareki(p.birth)],
                        ["電話", p.phone],
                        ["相談経路", r.choice(["市HP", "納税課から", "社協から", "知人の紹介"])],
                        ["主訴", "貯金ができない。家計の管理のしかたを知りたい。"],
                    ]
                ],
            ),
        )
    )
    # 10: 相談記録 in prose: the arrears come paragraphs after the name
    p = ctx.person((1970, 1996))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "arrears"],
            DocSpec(
                title="支援経過記録（家計改善支援）",
                paragraphs=[
                    f"相談者：{p.name()}（初回面談 {wareki(day(14))}）",
                    "来所の経緯：社会福祉協議会の貸付窓口から紹介。緊張した様子だったが、話し始めると丁寧に状況を説明された。",
                    "世帯の状況：本人と子2人の3人世帯。本人はパート勤務で、シフトが減った月は収入が大きく落ち込む。",
                    "家計の状況：家計ノートはつけていない。通帳の入出金を一緒に確認し、固定費と変動費を整理した。",
                    "課題の整理：本人は「どこから手をつけていいかわからない」と話す。優先順位をつけることを提案した。",
                    f"支払いの状況：電気料金2か月分とガス料金3か月分を滞納しており、ガス会社から停止予告が届いている。"
                    f"また消費者金融2社から督促の電話があり、合計約{r.randint(40, 90)}万円の返済が滞っている。",
                    "今後の方針：ガス会社へ分割払いの相談に同行する。債務については法テラスの法律相談を予約する。",
                ],
            ),
            note="the person is named once; the utility and loan arrears come five paragraphs later",
        )
    )
    # 11: 支援プラン, 「番号確認済」 in a text box
    p = ctx.person((1965, 1995))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "birth_date"],
            DocSpec(
                title="家計改善支援 支援プラン",
                paragraphs=[
                    f"対象者　{p.name()}　生年月日 {wareki(p.birth)}",
                    "目標：毎月の収支を黒字にし、3か月で5万円の予備費をつくる。",
                    "本人の取組：家計ノートを毎日つける。スマートフォンの料金プランを見直す。",
                    "支援員の取組：月2回の面談。各種制度（就学援助・児童扶養手当）の申請支援。",
                    "評価時期：3か月後",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}（就学援助申請用）"],
            ),
            note="the number sits only in a text box labelled 番号確認済",
        )
    )
    # 12: Teams in cp932: water arrears and a stop notice in the reply
    p = ctx.person((1960, 1996))
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    t = times(r, 4, 11)
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            3,
            ["name", "arrears"],
            txt(
                chat(
                    "teams",
                    day(1),
                    [
                        (t[0], a, f"{p.name()}さんから今朝電話があって、来週面談したいそうです"),
                        (
                            t[1],
                            b,
                            f"{p.sei}さん、水道料金が4期分滞納で、上下水道局から停水予告が来ていると前回言ってました。急ぎですね",
                        ),
                        (t[2], c, "料金課に分納の相談ができるか先に確認しておきます"),
                        (t[3], a, "お願いします"),
                    ],
                    "家計改善支援",
                )
            ),
            note="the reply states a named person's 水道料金 滞納",
        )
    )
    # 13: 相談者 in UTF-8 csv, more than 100
    rows13: list[list[Cell]] = [["受付番号", "氏名", "ふりがな", "生年月日", "電話", "経路", "状況"]]
    for i, q in enumerate(ctx.people(r.randint(104, 120), (1950, 2003)), start=1):
        rows13.append([f"K{2022 + i % 3}-{i:04d}", q.name(), q.kana, ymd(q.birth), q.phone,
                       r.choice(["来所", "電話", "社協", "納税課", "HP"]), r.choice(["支援中", "終結", "中断"])])  # fmt: skip
    docs.append(
        Doc(fam, "csv", 3, ["name", "birth_date", "phone"], DocSpec(sheets=[sheet("相談者一覧", rows13)]))
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [shinsei, case, fuyo, shisan, iryo, henkan, jukyo, kakei]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, banks, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, banks, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set44", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
