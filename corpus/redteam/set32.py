"""Thirty-second red-team set (blind): a town's 保健センター — maternal and child health, vaccination, adult
screening, mental-health consultation and the 食生活改善推進員.

``python -m corpus.redteam.set32 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One town is drawn per build (亘理町, 御代田町, 宇美町, 湧水町 or 倶知安町), with its 保健センター and the
hospitals and clinics around it. Families follow the desk a document comes from: 妊娠届・母子健康手帳・妊婦健診助成
(``ninshin``), 新生児訪問 and 乳幼児健診 (``nyuyoji``), 発達相談 (``hattatsu``), 予防接種 (``yobo``), がん検診
(``gan``), 特定健診・特定保健指導 (``tokutei``), 精神保健相談 (``seishin``) and the 食生活改善推進員 (``shokusei``);
each with its public look-alikes (schedules, clinic lists naming doctors in their role, statistics, 記入例, leaflets,
rosters in role, press releases, anonymised case studies).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise. ``types`` lists what a perfect reader reports about private persons (plus ``corporate_number``
where one is printed); doubtful files carry a one-line ``note``. Conventions: a pregnancy, a booking, an
invitation to a check-up every child gets, or a reminder that a shot is due is not health data by itself; a
finding, diagnosis, complication, allergy, adverse reaction or treatment is.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import (
    kanji_number,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

Rows = list[list[Any]]
SEED = 3232
VARIANT = "redteam32"


# --- pools (this module's own) -------------------------------------------------------------------------
@dataclass(frozen=True)
class Town:
    pref: str
    gun: str
    name: str
    ac: str  # area code
    zip_head: str  # first five digits of the postcode, as 989-23
    center: str  # 保健センター
    dept: str  # 担当課
    areas: tuple[str, ...]  # an area ending in "*" takes 番地 lots, the others 丁目
    near: str  # the neighbouring city where the clinics are
    hospitals: tuple[str, ...]


TOWNS: list[Town] = [
    Town("宮城県", "亘理郡", "亘理町", "0223", "989-23", "亘理町保健福祉センター", "健康推進課",
         ("字悠里*", "逢隈中泉*", "荒浜*", "旭台", "逢隈鹿島*", "吉田*", "中町東"), "岩沼市",
         ("みやぎ県南中核病院", "総合南東北病院", "宮城県立こども病院")),
    Town("長野県", "北佐久郡", "御代田町", "0267", "389-02", "御代田町保健センター", "保健福祉課",
         ("大字御代田*", "大字馬瀬口*", "大字塩野*", "大字豊昇*", "御代田北", "大字草越*", "向原"), "佐久市",
         ("佐久医療センター", "浅間総合病院", "長野県立こども病院")),
    Town("福岡県", "糟屋郡", "宇美町", "092", "811-21", "宇美町保健相談センター", "健康づくり課",
         ("宇美*", "宇美中央", "桜原", "光正寺", "障子岳", "大字井野*", "四王寺坂"), "福岡市",
         ("福岡大学病院", "福岡市立こども病院", "粕屋南病院")),
    Town("鹿児島県", "姶良郡", "湧水町", "0995", "899-66", "湧水町保健センター", "健康増進課",
         ("米永*", "川西*", "木場*", "栗野*", "北方*", "恒次*", "栗野中央"), "霧島市",
         ("霧島市立医師会医療センター", "鹿児島市立病院", "栗野病院")),
    Town("北海道", "虻田郡", "倶知安町", "0136", "044-00", "倶知安町保健福祉会館", "保健福祉課",
         ("北1条東", "南3条西", "字樺山*", "字峠下*", "北7条西", "字高砂*", "旭"), "小樽市",
         ("倶知安厚生病院", "北海道立子ども総合医療・療育センター", "小樽協会病院")),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("月見里", "やまなし"), ("九十九", "つくも"), ("栗花落", "つゆり"), ("八月一日", "ほづみ"), ("御手洗", "みたらい"),
    ("十河", "そごう"), ("纐纈", "こうけつ"), ("安孫子", "あびこ"), ("我妻", "わがつま"), ("犬養", "いぬかい"),
    ("一尺八寸", "かまつか"), ("京極", "きょうごく"), ("鴨下", "かもした"), ("二階堂", "にかいどう"),
    ("五十嵐", "いがらし"), ("百瀬", "ももせ"), ("甲斐", "かい"), ("及川", "おいかわ"), ("千葉", "ちば"),
    ("佐藤", "さとう"), ("阿部", "あべ"), ("遠藤", "えんどう"), ("斎藤", "さいとう"), ("三浦", "みうら"),
    ("菊地", "きくち"), ("大友", "おおとも"), ("熊谷", "くまがい"), ("猪股", "いのまた"), ("柳沢", "やなぎさわ"),
    ("土屋", "つちや"), ("荻原", "おぎわら"), ("依田", "よだ"), ("古田", "ふるた"), ("棚橋", "たなはし"),
    ("野々村", "ののむら"), ("末永", "すえなが"), ("原田", "はらだ"), ("花田", "はなだ"), ("有村", "ありむら"),
    ("大迫", "おおさこ"), ("久保", "くぼ"), ("宮原", "みやはら"), ("桜井", "さくらい"), ("永井", "ながい"),
    ("福田", "ふくだ"), ("藤井", "ふじい"), ("西村", "にしむら"), ("太田", "おおた"), ("岡本", "おかもと"),
    ("金子", "かねこ"), ("中島", "なかじま"), ("後藤", "ごとう"), ("宮崎", "みやざき"), ("上野", "うえの"),
    ("武田", "たけだ"), ("杉山", "すぎやま"), ("坂本", "さかもと"), ("樋口", "ひぐち"), ("森", "もり"),
]  # fmt: skip
M_MODERN: list[tuple[str, str]] = [
    ("陽翔", "はると"), ("湊斗", "みなと"), ("悠真", "ゆうま"), ("律", "りつ"), ("碧", "あお"), ("蓮", "れん"),
    ("朝陽", "あさひ"), ("樹", "いつき"), ("伊織", "いおり"), ("颯", "はやて"), ("暖", "だん"),
    ("龍之介", "りゅうのすけ"), ("拓也", "たくや"), ("大輔", "だいすけ"),
]  # fmt: skip
M_CLASSIC: list[tuple[str, str]] = [
    ("丈一郎", "じょういちろう"), ("勘太郎", "かんたろう"), ("隆", "たかし"), ("浩二", "こうじ"), ("直樹", "なおき"),
    ("博", "ひろし"), ("茂", "しげる"), ("勇", "いさむ"), ("正男", "まさお"), ("義雄", "よしお"), ("剛", "つよし"),
]  # fmt: skip
F_MODERN: list[tuple[str, str]] = [
    ("凛", "りん"), ("美咲", "みさき"), ("彩花", "あやか"), ("明日香", "あすか"), ("沙織", "さおり"),
    ("千尋", "ちひろ"), ("麻衣", "まい"), ("七海", "ななみ"), ("珠希", "たまき"), ("芽衣", "めい"),
    ("日菜子", "ひなこ"), ("琴音", "ことね"), ("菫", "すみれ"), ("栞", "しおり"), ("和佳奈", "わかな"),
    ("結愛", "ゆあ"), ("陽葵", "ひまり"), ("紬", "つむぎ"), ("澪", "みお"),
]  # fmt: skip
F_CLASSIC: list[tuple[str, str]] = [
    ("真由美", "まゆみ"), ("智子", "ともこ"), ("友美", "ともみ"), ("留美", "るみ"), ("久美子", "くみこ"),
    ("節子", "せつこ"), ("トメ", "とめ"), ("ミツ", "みつ"), ("初枝", "はつえ"), ("幸子", "さちこ"),
]  # fmt: skip
MALE = M_MODERN + M_CLASSIC
FEMALE = F_MODERN + F_CLASSIC
BUILDINGS = ["メゾン旭", "ハイツさくら", "町営住宅", "コーポ桜原", "レジデンス中央", "グリーンヒル"]
CLINICS: list[tuple[str, str]] = [
    ("医療法人社団 すこやか会", "すこやかレディースクリニック"), ("医療法人 緑風会", "みどり小児科医院"),
    ("医療法人社団 ひだまり", "ひだまりこどもクリニック"), ("医療法人 慈光会", "慈光産婦人科"),
    ("医療法人 若葉会", "わかば内科クリニック"), ("医療法人社団 清明会", "清明病院"),
    ("医療法人 ほほえみ", "ほほえみファミリークリニック"), ("医療法人 朝凪会", "あさなぎ医院"),
    ("医療法人社団 陽和会", "ようわ整形外科内科"), ("医療法人 千歳会", "ちとせ耳鼻咽喉科"),
]  # fmt: skip
# midwives' houses, some named like a person
JOSANIN = ["ちひろ助産院", "助産院 ことね", "みさき助産所", "あおば助産院", "助産院 はつえ"]
COMPANIES = ["株式会社 みちのくメディカル", "株式会社 ヘルスサポート北斗", "株式会社 さくら医薬品",
             "株式会社 いずみヘルスケア", "株式会社 はまなす食品", "合同会社 こもれび企画"]  # fmt: skip
SAMPLE_NAMES = ["母子 花子", "見本 はなこ", "記入 例子", "保健 たろう", "健康 一郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 9)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KATA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭48.3.5, slash S48/03/05, spaced 令和 6 年 9 月 2 日."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era[0]}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{era} {y} 年 {d.month} 月 {d.day} 日"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目8番地 → 3 丁目 8 番地."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def kata(text: str) -> str:
    return text.translate(KATA)


def age(born: dt.date, on: dt.date = TODAY) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def months(born: dt.date, on: dt.date = TODAY) -> str:
    m = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    return f"{m // 12}歳{m % 12}か月"


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    town: Town
    area: str
    lot: str
    phone: str
    zip: str

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return kata(f"{self.sei_kana} {self.mei_kana}")

    def address(self, form: int = 1) -> str:
        """0: 大字 and lot only; 1: town onwards; 2: with 郡; 3: with prefecture and 郡."""
        tail = self.area + self.lot
        if form == 0:
            return tail
        if form == 1:
            return self.town.name + tail
        if form == 2:
            return self.town.gun + self.town.name + tail
        return self.town.pref + self.town.gun + self.town.name + tail

    @property
    def age(self) -> int:
        return age(self.birth)


@dataclass
class Ctx:
    rng: random.Random
    town: Town
    used: set[str] = field(default_factory=set)

    @property
    def t(self) -> str:
        return self.town.name

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the town: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.town.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.town.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(32 + n if len(self.town.ac) == 4 else 932 + n, 2111 + 7 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 3999)}番地"
            return base + (f"{r.randint(1, 9)}" if r.random() < 0.3 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 7), r.randint(1, 30), r.randint(1, 25)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.15:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 3)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> None:
        """Move ``p`` to a 丁目 area with a 丁目・番地 lot as clerks type it (3丁目8番地12)."""
        p.area = self.rng.choice([a for a in self.town.areas if not a.endswith("*")])
        a, b, c = self.rng.randint(1, 7), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"

    def person(
        self, born: tuple[int, int] = (1950, 2000), sex: str | None = None, sei: str | None = None
    ) -> Person:
        r = self.rng
        for attempt in range(1000):
            s, sk = r.choice(SURNAMES) if sei is None else next(x for x in SURNAMES if x[0] == sei)
            x = sex or r.choice("男女")
            birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
            if x == "男":
                pool = M_MODERN if birth.year >= 1982 else M_CLASSIC
            else:
                pool = F_MODERN if birth.year >= 1982 else F_CLASSIC
            m, mk = r.choice(pool)
            if s + m not in self.used or attempt > 60:  # namesakes happen in a town, rarely
                self.used.add(s + m)
                break
        area = r.choice(self.town.areas)
        zipc = f"{self.town.zip_head}{r.randint(0, 99):02d}"
        return Person(s, m, sk, mk, x, birth, self.town, area.rstrip("*"), self.lot(area), self.phone(), zipc)

    def people(self, n: int, born: tuple[int, int] = (1950, 2000), sex: str | None = None) -> list[Person]:
        return [self.person(born, sex) for _ in range(n)]

    def mother(self) -> Person:
        return self.person((1986, 2002), "女")

    def child(
        self, parent: Person, born: tuple[dt.date, dt.date] = (dt.date(2019, 4, 2), dt.date(2024, 8, 30))
    ) -> Person:
        """A child of ``parent``: same surname, same home."""
        span = (born[1] - born[0]).days
        day = born[0] + dt.timedelta(days=self.rng.randint(0, span))
        c = self.person((day.year, day.year), sei=parent.sei)
        c.birth, c.area, c.lot, c.zip, c.phone = day, parent.area, parent.lot, parent.zip, parent.phone
        return c

    def staff(self, sex: str = "") -> str:
        """A town officer, a doctor or a volunteer in role (not drawn from the residents: they may share a
        resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice({"男": MALE, "女": FEMALE}.get(sex, MALE + FEMALE))
        return f"{sei} {mei}"

    def biz_address(self, near: bool = False) -> str:
        if near:
            a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 20), self.rng.randint(1, 30)
            return f"{self.town.near}中央{a}丁目{b}-{c}"
        area = self.rng.choice(self.town.areas)
        return self.t + area.rstrip("*") + self.lot(area).split(" ")[0]

    def my_number(self) -> str:
        return random_my_number(self.rng)

    def look_alike(self) -> str:
        return fail_check(random_my_number(self.rng), self.rng.randint(1, 9))

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
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
    ruled: bool = False,
    padded: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (or, ``padded``, each row
    one string padded with spaces), a system banner, the print conditions, a ruled or dashed line under the
    header and ``n / N`` at the foot of every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        widths = [max(len(c[0]), *(len(r[i]) for r in rows)) + 2 for i, c in enumerate(cols)]

        def pad(values: Sequence[str]) -> str:
            return "".join(v + " " * (wd - len(v)) for v, wd in zip(values, widths, strict=False)).rstrip()

        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawString(30, h - 22, system)
            c.drawRightString(w - 30, h - 22, f"作成日 {ymd(TODAY)} 10:4{n % 10}  頁 {n}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 7.5)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            if padded:
                c.drawString(30, y, pad([label for label, _ in cols]))
            else:
                for label, x in cols:
                    c.drawString(x, y, label)
            y -= 5
            if ruled:
                c.setLineWidth(0.6)
                c.line(30, y, w - 30, y)
            else:
                c.drawString(30, y - 5, "=" * 160)
                y -= 6
            y -= 12
            for row in chunk:
                if padded:
                    c.drawString(30, y, pad(row))
                else:
                    for value, (_, x) in zip(row, cols, strict=False):
                        c.drawString(x, y, value)
                y -= 12.5
            if n == len(pages):
                c.drawString(30, y - 8, f"【合計】 {len(rows)} 件")
            c.drawCentredString(w / 2, 16, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export): ``>`` lines
    are right-aligned, ``^`` lines are a centred heading; pages get ``n / N`` when there is more than one."""

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


def sheet(name: str, rows: Rows, **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``, Slack copied
    ``名前  [13:10]`` then the message, or a copied thread ``名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{day.year}/{day.month:02d}/{day.day:02d} 17:32")
        out.append("")
        out.append(f"{day.year}/{day.month:02d}/{day.day:02d}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "slack":
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    else:
        out.append(f"【{room}】 {day.month}/{day.day} のやりとり（コピー）")
        out += [f"{who} → {msg}" for _, who, msg in lines]
    return out


def mail(
    sender: str, to: str, subject: str, day: dt.date, body: list[str], quoted_from: str, quoted: list[str]
) -> list[str]:
    """Outlook mail saved as text, with the reply's quoted original."""
    wd = "月火水木金土日"[day.weekday()]
    return [
        f"差出人: {sender}",
        f"送信日時: {day.year}年{day.month}月{day.day}日 {wd}曜日 10:2{day.day % 10}",
        f"宛先: {to}",
        f"件名: RE: {subject}",
        "",
        *body,
        "",
        "-----Original Message-----",
        f"From: {quoted_from}",
        f"Sent: {day.year}年{day.month}月{max(1, day.day - 1)}日 16:05",
        f"Subject: {subject}",
        "",
        *[f"> {q}" for q in quoted],
    ]


def letter(
    ctx: Ctx, p: Person, title: str, body: list[str], day: dt.date, extra: Sequence[str] = ()
) -> list[str]:
    """A notice to a named resident (in a 丁目 area) as letter_pdf lines, its digits set apart."""
    ctx.urban(p)
    return [
        f">{ctx.t}発第 {ctx.rng.randint(100, 999)} 号",
        f">{wareki(day, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(p.address(2)),
        f"{p.name()} 様",
        "",
        f">{ctx.t}長　（公印省略）",
        "",
        f"^{title}",
        "",
        *body,
        *extra,
        "",
        f">問い合わせ　{ctx.town.center}（{ctx.town.dept}）",
        f">電話 {ctx.office_phone()}",
    ]


def corp(ctx: Ctx) -> str:
    return random_corporate_number(ctx.rng)


# --- families ------------------------------------------------------------------------------------------
def ninshin(ctx: Ctx) -> list[Doc]:
    """妊娠届・母子健康手帳の交付・妊婦健診の助成."""
    r, t, fam = ctx.rng, ctx.town, "ninshin"
    docs: list[Doc] = []
    # L1 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="妊娠届出書（記入例）",
                paragraphs=[
                    "【記入例】太枠内をご記入ください。",
                    f"届出日　令和6年4月1日　　{t.name}長 様",
                    f"妊婦氏名　{SAMPLE_NAMES[0]}（ぼし　はなこ）　生年月日　平成8年5月10日（28歳）",
                    f"住所　{t.name}○○1丁目2番3号　電話 000-0000-0000",
                    "妊娠週数　11週　出産予定日　令和6年11月2日　診断を受けた医療機関　○○クリニック",
                    "※ 個人番号欄は窓口で職員が確認します。本人確認書類をお持ちください。",
                    "※ 代理人が届け出る場合は委任状が必要です。",
                ],
                footer=f"{t.center} 母子保健係",
            ),
        )
    )
    # L1 委託医療機関一覧 (doctors in role, 法人番号)
    rows: Rows = [["No", "医療機関名", "開設法人", "法人番号", "院長", "所在地", "電話", "超音波"]]
    for i, (hojin, clinic) in enumerate(r.sample(CLINICS, 7), start=1):
        rows.append(
            [
                i,
                clinic,
                hojin,
                corp(ctx),
                ctx.staff(),
                ctx.biz_address(near=True),
                ctx.tel(),
                r.choice(["○", "○", "－"]),
            ]
        )
    for i, jo in enumerate(r.sample(JOSANIN, 2), start=8):
        rows.append(
            [i, jo, "（個人開設）", "", ctx.staff() + "（助産師）", ctx.biz_address(), ctx.tel(), "－"]
        )
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(
                title="妊婦健康診査 委託医療機関一覧",
                sheets=[
                    sheet("委託機関", rows, title=f"令和6年度 妊婦健康診査 委託医療機関一覧（{t.pref}内）")
                ],
            ),
            note="doctors and midwives named as 院長 with their clinic's address and phone",
        )
    )
    # L1 統計 (merged header cells, hidden raw sheet)
    bands = ["～19歳", "20～24歳", "25～29歳", "30～34歳", "35～39歳", "40歳～"]
    head: list[Cell] = ["月", *bands, "計", "11週以内", "12～19週", "20週～"]
    stat: Rows = [["", "年齢階級", *[None] * 5, "", "届出時週数", None, None], head]
    for mo in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]:
        counts = [
            r.randint(0, 3),
            r.randint(0, 5),
            r.randint(2, 9),
            r.randint(2, 10),
            r.randint(0, 6),
            r.randint(0, 2),
        ]
        early = r.randint(0, sum(counts))
        stat.append([f"{mo}月", *counts, sum(counts), early, sum(counts) - early, 0])
    raw: Rows = [["地区", "届出数"], *[[a.rstrip("*"), r.randint(3, 40)] for a in t.areas]]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                title="妊娠届出数",
                sheets=[
                    sheet("月別", stat, title="令和5年度 妊娠届出数（月別・年齢階級別・週数別）"),
                    sheet("地区別元", raw, state="hidden"),
                ],
            ),
            post=merge_xlsx({"月別": ["B3:G3", "I3:K3"]}),
        )
    )
    # L1 委託料 請求明細: 請求番号 all fail the check digit
    bill: Rows = [["請求番号", "医療機関", "受診票", "件数", "単価", "金額"]]
    for _ in range(14):
        n = r.randint(1, 14)
        count = r.randint(1, 12)
        price = r.choice([10830, 5380, 4700, 7330])
        bill.append([ctx.look_alike(), r.choice(CLINICS)[1], f"第{n}回", count, price, count * price])
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("請求", bill, title="妊婦健康診査委託料 請求明細（令和6年8月診療分）")]),
            note="12-digit 請求番号 failing the check digit; clinics only",
        )
    )
    # L1 press release
    chief = ctx.staff()
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="記者発表資料　産後ケア事業の利用対象を拡大します",
                paragraphs=[
                    f"{t.name}は、令和6年11月1日から、産後ケア事業（宿泊型・デイサービス型）の利用対象を産後1年未満の母子に拡大します。",
                    f"委託先：{JOSANIN[0]}、{CLINICS[3][1]}（{t.near}）ほか",
                    "利用料：1日あたり 3,000円（住民税非課税世帯は無料）",
                    f"問い合わせ：{t.dept} 母子保健係　係長 {chief}　保健師 {ctx.staff()}　電話 {ctx.office_phone(1)}",
                ],
            ),
        )
    )
    # L2 子育て応援ギフト 申請書 (filled)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2024, 5, 1), dt.date(2024, 8, 31)))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="出産・子育て応援ギフト（子育て応援分）申請書",
                tables=[
                    [
                        ["申請日", wareki(ctx.day(dt.date(2024, 9, 1)))],
                        ["申請者氏名", m.name()],
                        ["ふりがな", f"{m.sei_kana} {m.mei_kana}"],
                        ["住所", m.address(2)],
                        ["電話番号", m.phone],
                        ["児童氏名", c.name()],
                        ["児童の生年月日", wareki(c.birth)],
                        ["振込先", f"{t.name}農業協同組合 本所 普通 {r.randint(1000000, 9999999)}"],
                    ]
                ],
                paragraphs=[
                    "上記のとおり申請します。面談（伴走型相談支援）を受けた日："
                    + wareki(ctx.day(dt.date(2024, 8, 1)))
                ],
            ),
        )
    )
    # L2 再交付のお知らせ (spaced digits)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2022, 1, 1), dt.date(2023, 6, 30)))
    lines = letter(
        ctx,
        m,
        "母子健康手帳の再交付について",
        [
            f"{wareki(ctx.day(dt.date(2024, 8, 1), dt.date(2024, 8, 31)), 'spaced')}付けで申請のあった母子健康手帳",
            f"（{c.name()} さん　{wareki(c.birth, 'spaced')}生 分）の再交付の準備ができました。",
            "本通知と本人確認書類をお持ちのうえ、保健センター窓口でお受け取りください。",
            "受付時間　平日 8 時 30 分 ～ 17 時 15 分",
        ],
        dt.date(2024, 9, 2),
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="再交付のお知らせ", paragraphs=lines),
            post=letter_pdf(lines),
        )
    )
    # L2 Teams: 両親学級 attendee, reply gives the phone
    p = ctx.person((1984, 1998), "男")
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "teams",
        dt.date(2024, 9, 17),
        [
            ("09:12", s1, f"明日の両親学級、{p.name()}さん（ご主人の方）から欠席の連絡ありました"),
            ("09:15", s2, "了解です。次回の案内は郵送でいいですか？"),
            ("09:16", s1, f"電話で案内してほしいそうです。連絡先 {p.phone}（日中つながるのは昼休み）"),
            ("09:20", s2, "承知しました。私から昼にかけます"),
            ("09:21", s1, "よろしくお願いします🙏"),
        ],
        "母子保健係",
    )
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=lines),
            note="attendance at a parents' class with no medical detail: not health",
        )
    )
    # L2 転入妊婦 受診票差替え (xls)
    rows = [["No", "氏名", "フリガナ", "転入日", "転入前住所", "現住所", "電話", "差替え受診票", "交付日"]]
    for i in range(1, r.randint(6, 9)):
        m = ctx.mother()
        moved = ctx.day(dt.date(2024, 4, 1), dt.date(2024, 9, 30))
        first = r.randint(3, 10)
        rows.append(
            [
                i,
                m.name(),
                m.kana,
                ymd(moved),
                f"{r.choice(['仙台市青葉区', '佐久市', '福岡市東区', '霧島市', '札幌市中央区'])}{r.randint(1, 9)}-{r.randint(1, 20)}-{r.randint(1, 30)}",
                m.address(0),
                m.phone,
                f"第{first}回～第14回",
                ymd(moved + dt.timedelta(days=r.randint(0, 7))),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("R6", rows, title="転入妊婦 受診票差替え交付簿")]),
            note="a pregnancy without complication or finding is not health data in the policy text",
        )
    )
    # L3 妊娠届出書 (filled), My Number in the Word header as 番号確認済
    m = ctx.mother()
    mn = ctx.my_number()
    due = TODAY + dt.timedelta(days=r.randint(150, 220))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address", "birth_date", "phone"],
            DocSpec(
                title="妊娠届出書",
                tables=[
                    [
                        ["届出日", wareki(TODAY)],
                        ["氏名", m.name()],
                        ["フリガナ", m.kana],
                        ["生年月日", wareki(m.birth)],
                        ["住所", m.address(2)],
                        ["電話", m.phone],
                        ["妊娠週数", f"{r.randint(8, 12)}週"],
                        ["出産予定日", wareki(due)],
                        ["診断医療機関", r.choice(CLINICS)[1]],
                        ["本人確認", "運転免許証（確認者 " + ctx.staff() + "）"],
                    ]
                ],
                paragraphs=["届出者　本人", "母子健康手帳・妊婦健康診査受診票（14回分）を交付しました。"],
                header=f"番号確認済 {grouped(mn)}",
            ),
        )
    )
    # L3 ハイリスク妊婦 (data from column AB)
    risks = [
        "妊娠高血圧症候群",
        "妊娠糖尿病（インスリン導入）",
        "切迫早産で入院歴",
        "前置胎盤",
        "うつ病の既往・服薬中",
        "双胎妊娠",
        "若年妊娠・未受診期間あり",
        "重症妊娠悪阻",
    ]
    pad: list[Cell] = [None] * 27
    rows = [
        [*pad, "ハイリスク妊婦 フォロー一覧（令和6年10月 地区担当用）"],
        [],
        [*pad, "氏名", "年齢", "週数", "出産予定日", "リスク・既往", "分娩予定施設", "支援方針", "電話"],
    ]
    for risk in r.sample(risks, 7):
        m = ctx.mother()
        rows.append(
            [
                *pad,
                m.name(),
                m.age,
                f"{r.randint(16, 34)}週",
                ymd(ctx.day(TODAY, dt.date(2025, 3, 31))),
                risk,
                r.choice(t.hospitals),
                r.choice(["月1回電話", "家庭訪問", "医療機関と連携", "産後ケア案内"]),
                m.phone,
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "health", "phone"],
            DocSpec(sheets=[sheet("フォロー", rows, first_row=2)]),
            post=merge_xlsx({"フォロー": ["AB2:AI2"]}),
        )
    )
    # L3 母子健康手帳交付台帳 print, 118 persons
    rows2: list[list[str]] = []
    for i in range(118):
        m = ctx.mother()
        given = ctx.day(dt.date(2023, 4, 1), dt.date(2024, 3, 31))
        rows2.append(
            [
                f"R5-{i + 1:04d}",
                m.name("　"),
                m.kana,
                wareki(m.birth, "short"),
                str(m.age),
                m.address(0),
                ymd(given + dt.timedelta(days=r.randint(160, 230))),
                ymd(given),
            ]
        )
    cols: list[tuple[str, float]] = [("交付番号", 30), ("氏名", 85), ("カナ", 160), ("生年月日", 260), ("年齢", 315), ("住所", 345),
            ("出産予定日", 560), ("交付日", 640)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "birth_date", "address"],
            DocSpec(title="母子健康手帳交付台帳"),
            post=system_print(
                "母子健康手帳 交付台帳",
                f"{t.name} 健康管理システム  帳票ID BSH-021",
                cols,
                rows2,
                30,
                "抽出条件：交付日 2023/04/01～2024/03/31　並び順：交付番号",
            ),
        )
    )
    # L3 LINE WORKS: a reply gives a hospital stay for 切迫早産
    m = ctx.mother()
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "lineworks",
        dt.date(2024, 9, 26),
        [
            ("13:02", s1, f"{m.name()}さんの妊婦健診 償還払いの申請、まだ来てないですよね？"),
            ("13:05", s2, f"その方、切迫早産で{r.choice(t.hospitals)}に入院中とご主人から聞きました。"),
            ("13:05", s2, "申請は退院してからで大丈夫と伝えてあります"),
            ("13:07", s1, "了解です、期限の延長メモ残しておきます"),
        ],
        "母子保健係",
    )
    docs.append(Doc(fam, "txt-cp932", 3, ["name", "health"], DocSpec(paragraphs=lines)))
    return docs


def nyuyoji(ctx: Ctx) -> list[Doc]:
    """新生児訪問・乳幼児健診 and its follow-up."""
    r, t, fam = ctx.rng, ctx.town, "nyuyoji"
    docs: list[Doc] = []
    # L1 日程表 (merged, doctors in role, cohorts by birth month)
    rows: Rows = [["健診", "実施日", "受付", "対象（生まれ月）", "会場", "担当医"]]
    kinds = [("4か月児健診", 4), ("1歳6か月児健診", 18), ("3歳児健診", 36)]
    for name, mo in kinds:
        for k in range(3):
            day = dt.date(2024, 10 + k, r.randint(5, 25))
            born = day - dt.timedelta(days=30 * mo)
            era_year = wareki(born).split("年")[0]
            rows.append(
                [
                    name,
                    f"{day.month}月{day.day}日（{'月火水木金土日'[day.weekday()]}）",
                    "13:00～13:45",
                    f"{era_year}年{born.month}月生まれ",
                    t.center,
                    f"小児科 {ctx.staff()} 医師（{r.choice(CLINICS[1:3])[1]}）",
                ]
            )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("日程", rows, title="令和6年度 乳幼児健康診査 日程表（10月～12月）")]),
            post=merge_xlsx({"日程": ["A4:A6", "A7:A9", "A10:A12"]}),
        )
    )
    # L1 委託助産師名簿 (midwives in role)
    rows = [["地区", "助産師", "所属", "所在地", "電話"]]
    for a in t.areas[:5]:
        rows.append([a.rstrip("*"), ctx.staff(), r.choice(JOSANIN), ctx.biz_address(), ctx.tel()])
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="新生児訪問 委託助産師名簿（令和6年度）",
                tables=[rows],
                paragraphs=["訪問は出生連絡票の受理後、地区担当の助産師が電話で日程を調整します。"],
            ),
            note="midwives named in their role with their 助産院's address and phone",
        )
    )
    # L1 受診率 (pdf through the writer)
    rows = [["健診", "対象者数", "受診者数", "受診率", "要経過観察", "要精密"]]
    for name, _ in kinds:
        n = r.randint(60, 140)
        k = n - r.randint(0, 6)
        rows.append([name, str(n), str(k), f"{k / n:.1%}", str(r.randint(3, 20)), str(r.randint(0, 5))])
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和5年度 乳幼児健康診査 実施状況",
                tables=[rows],
                paragraphs=[
                    "受診率は前年度比 1.2 ポイント上昇しました。未受診者には電話・訪問で受診を勧奨しています。"
                ],
            ),
        )
    )
    # L1 問診票 記入例
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="1歳6か月児健康診査 問診票（記入例）",
                paragraphs=[
                    "記入例",
                    f"お子さんの名前　{SAMPLE_NAMES[3]}　　生年月日　令和5年4月1日　性別　男",
                    "保護者の名前　保健 はなこ　　電話　000-000-0000",
                    "ひとりで歩きますか　はい・いいえ",
                    "意味のある言葉を話しますか（例：ママ、ブーブー）　はい・いいえ",
                    "※ 予防接種の記録は母子健康手帳でご確認ください。",
                ],
            ),
        )
    )
    # L1 事例検討 (anonymised)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="事例検討会資料（令和6年9月）",
                paragraphs=[
                    "事例：Ａちゃん（1歳6か月・女児）　家族構成：父・母・本児",
                    "経過：1歳6か月児健診で有意語なし、指さしなし。要経過観察。",
                    "母：〇〇 〇〇（30代）。育児不安が強く、健診時に涙ぐむ場面あり。",
                    "検討事項：発達相談への繋ぎ方、保育所との連携。",
                    "※ 個人が特定される情報は削除しています。資料は会議終了後回収します。",
                ],
            ),
            note="anonymised case study: no person identifiable",
        )
    )
    # L2 3歳児健診 個別通知 (spaced digits)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2021, 5, 1), dt.date(2021, 7, 31)))
    lines = letter(
        ctx,
        m,
        "3歳児健康診査のお知らせ",
        [
            f"{c.name()} さん（{wareki(c.birth, 'spaced')}生）の 3 歳児健康診査を下記のとおり行います。",
            "日時　令和 6 年 11 月 12 日（火）受付 13 時 00 分 ～ 13 時 30 分",
            f"会場　{t.center}",
            "持ち物　母子健康手帳、問診票、尿（当日朝のもの）、視力・聴力の家庭での検査結果",
        ],
        dt.date(2024, 10, 1),
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="お知らせ", paragraphs=lines),
            post=letter_pdf(lines),
        )
    )
    # L2 Slack: 新生児訪問 日程変更, reply gives phone
    m = ctx.mother()
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "slack",
        dt.date(2024, 9, 30),
        [
            ("10:02", s1, f"{m.name()}さんの新生児訪問、来週に変えてほしいと連絡ありました"),
            ("10:06", s2, "担当助産師さんに伝えます。折り返し先わかりますか？"),
            ("10:07", s1, f"携帯 {m.phone} です。午前中がいいそうです"),
            ("10:09", s2, "👍 了解"),
        ],
        "ぼしほけん-訪問",
    )
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=lines),
            note="a newborn visit every family gets, scheduled: not health",
        )
    )

    # L2 欠席者 再通知 名簿 (姓/名 split, kana, dates as cells, hidden previous month)
    def absent(n: int) -> list[list[Cell]]:
        out: Rows = [["姓", "名", "セイ", "メイ", "生年月日", "健診", "保護者", "電話", "再通知日"]]
        for _ in range(n):
            m = ctx.mother()
            c = ctx.child(m, (dt.date(2021, 3, 1), dt.date(2024, 5, 31)))
            out.append(
                [
                    c.sei,
                    c.mei,
                    kata(c.sei_kana),
                    kata(c.mei_kana),
                    c.birth,
                    r.choice(["4か月", "1歳6か月", "3歳"]),
                    m.name(),
                    m.phone,
                    ctx.day(dt.date(2024, 9, 1)),
                ]
            )
        return out

    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(
                sheets=[
                    sheet("10月", absent(12), title="乳幼児健診 未受診者 再通知名簿"),
                    sheet("9月", absent(9), state="hidden"),
                ]
            ),
        )
    )
    # L2 Outlook: 転出先の保健センターからの住所連絡
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2023, 1, 1), dt.date(2024, 3, 31)))
    other = f"{t.near}保健センター"
    s1, s2 = ctx.staff(), ctx.staff()
    lines = mail(
        f"{s1} <{t.near}-hoken@example.lg.jp>",
        f"{t.center} 母子保健係",
        "転入児の健診案内について",
        dt.date(2024, 9, 19),
        [
            "ご担当者様",
            "",
            "お世話になっております。お問い合わせの件です。",
            f"{c.name()} ちゃん（保護者 {m.name()} 様）は",
            f"9月2日に貴町へ転出しており、新住所は {m.address(2)} と住基で確認しました。",
            "1歳6か月児健診のご案内をお願いいたします。",
            "",
            f"{other} 母子保健担当 {s1}",
        ],
        f"{s2} ({t.center})",
        ["転入された乳児の件で、転出前の住所と健診の受診状況を教えてください。", f"{t.center} {s2}"],
    )
    docs.append(Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=lines)))
    # L3 新生児訪問 記録 (prose; the finding comes paragraphs later)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2024, 7, 20), dt.date(2024, 8, 31)))
    visit = dt.date(2024, 9, 12)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="新生児訪問指導 記録票",
                paragraphs=[
                    f"訪問日：{wareki(visit)}　訪問者：助産師 {ctx.staff()}（{r.choice(JOSANIN)}）",
                    f"訪問先：{m.name()} 様宅（{m.address(1)}）　児：第1子",
                    f"児の体重 {r.randint(3900, 4600)}g（出生時 {r.randint(2700, 3300)}g）、哺乳良好、黄疸なし。臍の状態良好。",
                    "住環境：アパート2階、エアコンあり。父は平日帰宅が遅い。実家は県外。",
                    "授乳は母乳とミルクの混合。夜間は2～3時間おき。",
                    "母の様子：表情が硬く、会話中に涙ぐむ。EPDS 14点（項目10：0点）。",
                    "「眠れない」「自分はダメな母親だ」との発言あり。産後うつの疑いとして、地区担当保健師に引き継ぎ、精神科受診を勧めた。",
                    "次回：2週間後に地区担当保健師が電話、1か月後に再訪問。",
                ],
            ),
        )
    )
    # L3 要フォロー一覧 (姓/名 split, contacts on a hidden sheet)
    finds = [
        "言語発達の遅れ（有意語なし）",
        "斜視の疑い→眼科紹介",
        "体重増加不良",
        "心雑音→要精密",
        "股関節開排制限→整形外科紹介",
        "停留精巣の疑い",
        "アトピー性皮膚炎（治療中）",
        "低身長（-2.3SD）",
    ]
    vis: Rows = [["No", "姓", "名", "生年月日", "健診", "判定", "所見", "担当"]]
    con: Rows = [["No", "保護者", "電話", "住所"]]
    for i, f in enumerate(r.sample(finds, 7), start=1):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2021, 3, 1), dt.date(2024, 5, 31)))
        vis.append(
            [
                i,
                c.sei,
                c.mei,
                c.birth,
                r.choice(["4か月", "1歳6か月", "3歳"]),
                r.choice(["要経過観察", "要精密"]),
                f,
                ctx.staff(),
            ]
        )
        con.append([i, m.name(), m.phone, m.address(1)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "birth_date", "health", "phone", "address"],
            DocSpec(
                sheets=[
                    sheet("要フォロー", vis, title="乳幼児健診 要フォロー児一覧（令和6年度上半期）"),
                    sheet("連絡先", con, state="hidden"),
                ]
            ),
        )
    )
    # L3 3歳児健診 対象者 print, 124 children, ruled
    rows2: list[list[str]] = []
    for _ in range(124):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2021, 4, 1), dt.date(2022, 3, 31)))
        rows2.append(
            [
                f"{r.randint(10**9, 10**10 - 1)}",
                c.name("　"),
                wareki(c.birth, "slash"),
                "男" if c.sex == "男" else "女",
                m.name("　"),
                m.address(0),
                m.phone,
            ]
        )
    cols: list[tuple[str, float]] = [("宛名番号", 30), ("児童氏名", 95), ("生年月日", 170), ("性別", 225), ("保護者氏名", 250), ("住所", 330),
            ("電話番号", 560)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "birth_date", "address", "phone"],
            DocSpec(title="3歳児健診 対象者一覧"),
            post=system_print(
                "3歳児健康診査 対象者一覧",
                "母子保健システム  BOSHI-R 帳票 NY305",
                cols,
                rows2,
                32,
                "対象：令和3年4月2日～令和4年4月1日生　地区：全域",
                ruled=True,
            ),
        )
    )
    # L3 Teams: the reply gives an allergy
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2022, 10, 1), dt.date(2023, 4, 30)))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "teams",
        dt.date(2024, 10, 3),
        [
            ("14:31", s1, f"来週の1歳6か月健診、{c.name()}ちゃんのおやつ試食どうします？"),
            (
                "14:33",
                s2,
                "あ、その子は卵と小麦のアレルギーで除去食中です。エピペンも処方されてるって前回聞きました",
            ),
            ("14:34", s1, "じゃあ試食は外して、保護者に声かけしますね"),
            ("14:35", s2, "お願いします"),
        ],
        "乳幼児健診スタッフ",
    )
    docs.append(Doc(fam, "txt", 3, ["name", "health"], DocSpec(paragraphs=lines)))
    return docs


def hattatsu(ctx: Ctx) -> list[Doc]:
    """発達相談・親子教室."""
    r, t, fam = ctx.rng, ctx.town, "hattatsu"
    docs: list[Doc] = []
    # L1 チラシ (pdf through the writer)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="ことばと発達の相談日のご案内",
                paragraphs=[
                    "お子さんのことばや発達、育てにくさについて、専門職が個別に相談に応じます。",
                    f"相談員：臨床心理士 {ctx.staff()}　言語聴覚士 {ctx.staff()}（{t.hospitals[-1]}）",
                    "日時：毎月第2木曜日 9:30～15:00（1組50分・予約制）",
                    f"予約：{t.center} 電話 {ctx.office_phone()}　※相談は無料です。",
                ],
            ),
        )
    )
    # L1 連携会議 委員名簿 (members in role)
    rows: Rows = [
        ["所属", "職名", "氏名"],
        [t.hospitals[-1], "小児科医師", ctx.staff()],
        [f"{t.name}立中央保育所", "所長", ctx.staff()],
        [f"{t.name}教育委員会", "指導主事", ctx.staff()],
        ["児童発達支援センター すくすく", "管理者", ctx.staff()],
        [f"{t.pref}児童相談所", "児童福祉司", ctx.staff()],
        [t.dept, "保健師", ctx.staff()],
    ]
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="子どもの発達支援連携会議 委員名簿",
                tables=[rows],
                paragraphs=["任期：令和6年4月1日～令和8年3月31日"],
            ),
        )
    )
    # L1 相談件数 (ods, hidden breakdown)
    stat: Rows = [["月", "新規", "継続", "心理相談", "言語相談", "計"]]
    for mo in [4, 5, 6, 7, 8, 9]:
        a, b, x, y = r.randint(1, 6), r.randint(3, 12), r.randint(1, 8), r.randint(1, 6)
        stat.append([f"{mo}月", a, b, x, y, a + b])
    sub: Rows = [
        ["主訴", "件数"],
        ["ことばの遅れ", r.randint(5, 20)],
        ["落ち着きのなさ", r.randint(3, 12)],
        ["対人関係", r.randint(2, 9)],
        ["その他", r.randint(1, 5)],
    ]
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("件数", stat, title="発達相談 実施件数（令和6年度上半期）"),
                    sheet("主訴内訳", sub, state="hidden"),
                ]
            ),
        )
    )
    # L1 相談申込書 記入例 in a text box
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="発達相談 申込書",
                tables=[
                    [
                        ["お子さんの氏名", ""],
                        ["生年月日", "　　年　　月　　日"],
                        ["保護者氏名", ""],
                        ["電話番号", ""],
                        ["相談したいこと", ""],
                    ]
                ],
                textboxes=[
                    f"記入例　お子さん：{SAMPLE_NAMES[3]}（令和2年4月1日生）　保護者：{SAMPLE_NAMES[1]}　相談したいこと：ことばが遅い気がする"
                ],
                footer=f"{t.center}",
            ),
        )
    )
    # L1 研修スライド (anonymised case)
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="発達が気になる子への関わり方（保育士研修）",
                paragraphs=[
                    "発達の特性は一人ひとり違う",
                    "事例：Ｂくん（3歳）集団の指示が通りにくい",
                    "視覚的な手がかり（絵カード）で見通しを持たせる",
                    "保護者の気持ちに寄り添う",
                    "相談先：保健センター・児童発達支援センター",
                ],
                notes=[
                    f"講師：{t.dept} 保健師 {ctx.staff()}。事例は複数の事例を組み合わせた架空のものです。"
                ],
            ),
            note="invented, anonymised case on slides",
        )
    )
    # L2 LINE WORKS: 親子あそび教室 申込, reply gives phone
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2022, 4, 1), dt.date(2022, 12, 31)))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "lineworks",
        dt.date(2024, 10, 2),
        [
            ("09:41", s1, f"親子あそび教室、{m.name()}さん（{c.mei}ちゃん 2歳）から申込ありました"),
            ("09:43", s2, "定員まだ空いてます。確認の電話は？"),
            ("09:44", s1, f"{m.phone} で、夕方以降希望です"),
            ("09:45", s2, "了解。名簿に入れておきます"),
        ],
        "子育て支援グループ",
    )
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=lines)))
    # L2 親子教室 参加者名簿 (xls)
    rows = [["No", "児童氏名", "ふりがな", "生年月日", "保護者", "電話", "備考"]]
    for i in range(1, 11):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2021, 10, 1), dt.date(2022, 12, 31)))
        rows.append(
            [
                str(i),
                c.name(),
                f"{c.sei_kana} {c.mei_kana}",
                wareki(c.birth, "short"),
                m.name(),
                m.phone,
                r.choice(["", "", "きょうだい同伴", "送迎あり"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(sheets=[sheet("10月", rows, title="親子あそび教室 参加者名簿")]),
        )
    )
    # L2 5歳児相談 案内 (spaced digits; every five-year-old is invited)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2019, 4, 2), dt.date(2019, 9, 30)))
    lines = letter(
        ctx,
        m,
        "5歳児相談のご案内",
        [
            f"{c.name()} さんの 5 歳児相談を下記のとおりご案内します。町内の 5 歳児全員にお送りしています。",
            "日時　令和 6 年 11 月 20 日（水）受付 9 時 30 分",
            f"会場　{t.center} 2 階 多目的室",
            "内容　保健師・心理士との面談、あそびの観察、就学に向けたお話",
        ],
        dt.date(2024, 10, 4),
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="ご案内", paragraphs=lines),
            post=letter_pdf(lines),
            note="an invitation every five-year-old gets: no finding",
        )
    )
    # L2 Outlook: 保育所から 見学希望
    m = ctx.mother()
    s1, s2 = ctx.staff(), ctx.staff()
    lines = mail(
        f"{s1} <hoikusho@example.lg.jp>",
        f"{t.center} {s2}",
        "親子あそび教室の見学について",
        dt.date(2024, 9, 24),
        [
            f"{s2} 様",
            "",
            "中央保育所の" + s1 + "です。",
            f"一時保育を利用している {m.name()} 様が、親子あそび教室の見学を希望されています。",
            f"ご本人の了解を得ていますので、連絡先をお伝えします。{m.phone}（携帯）",
            "よろしくお願いいたします。",
        ],
        f"{s2}",
        ["先日お話のあった見学希望の方、連絡先をいただけますか。"],
    )
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=lines)))
    # L3 発達検査 結果 (one-person sheet, the finding in a text box)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2020, 6, 1), dt.date(2021, 6, 30)))
    dq = r.randint(58, 74)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                title="発達検査 結果票",
                tables=[
                    [
                        ["氏名", c.name()],
                        ["生年月日", wareki(c.birth)],
                        ["検査日", wareki(dt.date(2024, 9, 5))],
                        ["検査名", "新版K式発達検査2020"],
                        ["検査者", "心理士 " + ctx.staff()],
                    ]
                ],
                paragraphs=["所見は別記のとおり。保護者へは口頭で説明済み。"],
                textboxes=[
                    f"全領域DQ {dq}（姿勢・運動 {dq + 14}／認知・適応 {dq - 3}／言語・社会 {dq - 7}）。自閉スペクトラム症の疑い。"
                    f"{t.hospitals[-1]} 小児神経科へ紹介状作成。"
                ],
            ),
        )
    )
    # L3 相談記録 (odt prose)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2018, 6, 1), dt.date(2019, 6, 30)))
    docs.append(
        Doc(
            fam,
            "odt",
            3,
            ["name", "health"],
            DocSpec(
                title="発達相談 経過記録",
                paragraphs=[
                    f"対象児：{c.name()}（年長）　保護者：母",
                    "令和6年5月　初回相談。園で友達とのトラブルが多い、じっと座っていられないとの主訴。",
                    "家庭では好きな遊びに集中できる。睡眠・食事に問題なし。",
                    "令和6年6月　園訪問。一斉指示で動けず、保育士が個別に声かけしている。",
                    f"令和6年8月　{t.hospitals[-1]}受診。ADHDと診断され、服薬（メチルフェニデート）開始。",
                    "令和6年9月　服薬後、園での離席が減ったとのこと。就学相談へつなぐ。",
                ],
            ),
        )
    )
    # L3 療育紹介一覧 (cp932 csv)
    rows = [["No", "児童氏名", "生年月日", "所見", "紹介先", "紹介日"]]
    finds = [
        "言語発達遅滞",
        "ADHDの疑い",
        "自閉スペクトラム症",
        "知的発達の遅れ（DQ65）",
        "構音障害",
        "発達性協調運動障害の疑い",
    ]
    for i in range(1, 13):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2019, 4, 1), dt.date(2022, 3, 31)))
        rows.append(
            [
                str(i),
                c.name(),
                ymd(c.birth),
                r.choice(finds),
                r.choice(["児童発達支援センター すくすく", t.hospitals[-1], "言語療法教室"]),
                ymd(ctx.day()),
            ]
        )
    docs.append(
        Doc(fam, "csv-cp932", 3, ["name", "birth_date", "health"], DocSpec(sheets=[sheet("療育", rows)]))
    )
    # L3 5歳児相談 対象者 print, padded rows, 107 persons
    rows2: list[list[str]] = []
    for i in range(107):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2019, 4, 2), dt.date(2020, 4, 1)))
        rows2.append(
            [
                f"{i + 1:03d}",
                f"{r.randint(10**7, 10**8 - 1)}",
                c.name(),
                wareki(c.birth, "short"),
                m.name(),
                m.address(0),
            ]
        )
    cols: list[tuple[str, float]] = [
        ("No", 0.0),
        ("個人ID", 0.0),
        ("氏名", 0.0),
        ("生年月日", 0.0),
        ("保護者", 0.0),
        ("住所", 0.0),
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "birth_date", "address"],
            DocSpec(title="5歳児相談 対象者"),
            post=system_print(
                "5歳児相談 対象者名簿",
                "健康管理システム KENKAN 帳票 HT-51",
                cols,
                rows2,
                34,
                "生年月日 H31.4.2～R2.4.1  状態：在住",
                padded=True,
            ),
        )
    )
    return docs


def yobo(ctx: Ctx) -> list[Doc]:
    """予防接種."""
    r, t, fam = ctx.rng, ctx.town, "yobo"
    docs: list[Doc] = []
    # L1 スケジュール (merged)
    rows: Rows = [
        ["ワクチン", "回数", "標準的な接種時期", None, "備考"],
        ["", "", "開始", "間隔", ""],
    ]
    for v, times, start, gap, b in [
        ("ヒブ", "4回", "生後2か月", "27日以上", "定期"),
        ("小児用肺炎球菌", "4回", "生後2か月", "27日以上", "定期"),
        ("B型肝炎", "3回", "生後2か月", "27日以上", "定期"),
        ("ロタウイルス", "2～3回", "生後2か月", "27日以上", "経口"),
        ("五種混合", "4回", "生後2か月", "20日以上", "令和6年4月から"),
        ("BCG", "1回", "生後5か月", "－", "集団"),
        ("麻しん風しん(MR)", "2回", "1歳", "－", "第2期は年長"),
        ("水痘", "2回", "1歳", "3か月以上", "定期"),
        ("日本脳炎", "4回", "3歳", "6日以上", "定期"),
        ("HPV", "3回", "中学1年", "1か月以上", "キャッチアップあり"),
    ]:
        rows.append([v, times, start, gap, b])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("スケジュール", rows, title="予防接種スケジュール（令和6年度版）")]),
            post=merge_xlsx({"スケジュール": ["C3:D3", "A3:A4", "B3:B4", "E3:E4"]}),
        )
    )
    # L1 協力医療機関 (odt, 法人番号, doctors in role)
    rows = [["医療機関", "開設法人", "法人番号", "医師", "所在地", "電話", "予約"]]
    for hojin, clinic in r.sample(CLINICS, 6):
        rows.append(
            [
                clinic,
                hojin,
                corp(ctx),
                ctx.staff(),
                ctx.biz_address(r.random() < 0.5),
                ctx.tel(),
                r.choice(["要", "不要"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            ["corporate_number"],
            DocSpec(
                title="予防接種 協力医療機関一覧",
                tables=[rows],
                paragraphs=["接種の際は母子健康手帳と予診票をお持ちください。"],
            ),
            note="doctors named in their role with the clinic's address and phone",
        )
    )
    # L1 接種者数 (csv)
    rows = [["ワクチン", "対象者数", "接種者数", "接種率"]]
    for v in [
        "ヒブ",
        "小児用肺炎球菌",
        "B型肝炎",
        "五種混合",
        "BCG",
        "MR1期",
        "MR2期",
        "水痘",
        "日本脳炎",
        "HPV",
    ]:
        n = r.randint(60, 200)
        k = n - r.randint(0, 25)
        rows.append([v, n, k, f"{k / n:.1%}"])
    docs.append(
        Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("R5", rows, title="令和5年度 定期予防接種 実施状況")]))
    )
    # L1 ワクチン発注 受付 (xlsx, 受付番号 failing, 卸 with 法人番号)
    whole = r.choice(COMPANIES[:3])
    cn = corp(ctx)
    rows = [["受付番号", "発注日", "ワクチン", "数量", "納品先", "卸"]]
    for _ in range(12):
        rows.append(
            [
                ctx.look_alike(),
                ymd(ctx.day()),
                r.choice(["MR", "ヒブ", "BCG", "日本脳炎", "HPV"]),
                r.randint(5, 40),
                r.choice(CLINICS)[1],
                whole,
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("発注", rows, title=f"ワクチン発注受付簿　卸：{whole}（法人番号 {cn}）")]),
            note="12-digit 受付番号 failing the check digit; a wholesaler's 法人番号",
        )
    )
    # L1 副反応 press release (counts only)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="予防接種後の副反応疑い報告の状況について",
                paragraphs=[
                    f"令和5年度に{t.name}から国へ報告した副反応疑い報告は {r.randint(2, 5)} 件（うち重篤 1 件）でした。",
                    "内訳：発熱 2 件、熱性けいれん 1 件、局所の腫れ 1 件。いずれも回復しています。",
                    "報告は予防接種法第12条に基づき、医療機関から独立行政法人医薬品医療機器総合機構へ行われます。",
                    f"問い合わせ：{t.dept} 予防係 {ctx.staff()}（電話 {ctx.office_phone(2)}）",
                ],
            ),
        )
    )
    # L2 予診票 再発行 申請書 (odt)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2023, 6, 1), dt.date(2024, 3, 31)))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="予防接種予診票 再発行申請書",
                tables=[
                    [
                        ["申請日", wareki(ctx.day(dt.date(2024, 9, 1)))],
                        ["申請者（保護者）", m.name()],
                        ["住所", m.address(2)],
                        ["電話", m.phone],
                        ["お子さんの氏名", c.name()],
                        ["生年月日", wareki(c.birth)],
                        ["必要な予診票", "麻しん風しん 第1期、水痘 1回目"],
                        ["理由", "紛失"],
                    ]
                ],
            ),
        )
    )
    # L2 Teams: 予約変更, the reply gives a new address
    m = ctx.mother()
    s1, s2 = ctx.staff(), ctx.staff()
    m2 = ctx.person((1986, 2000), "女")
    lines = chat(
        "teams",
        dt.date(2024, 9, 9),
        [
            ("11:02", s1, f"BCGの集団接種、{m.name()}さんから日程変更の電話ありました"),
            ("11:04", s2, "次回10/8で入れます。通知の送り先は住基のままで大丈夫？"),
            ("11:06", s1, f"先月引っ越したそうで、{m2.address(1)} に送ってほしいとのことです"),
            ("11:07", s2, "住基の異動まだなので、送付先だけ変えておきます"),
        ],
        "予防接種",
    )
    docs.append(Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=lines)))
    # L2 未接種 勧奨 送付先 一覧 (xlsx)
    rows = [["No", "氏名", "カナ", "生年月日", "郵便番号", "住所", "勧奨ワクチン", "送付日"]]
    for i in range(1, 13):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2018, 4, 2), dt.date(2019, 4, 1)))
        rows.append([i, c.name(), c.kana, c.birth, m.zip, m.address(1), "MR2期", dt.date(2024, 10, 1)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date", "address"],
            DocSpec(sheets=[sheet("勧奨", rows, title="MR2期 未接種者 勧奨はがき送付先")]),
            note="a reminder that a shot is due names no illness or reaction: not health",
        )
    )
    # L2 勧奨通知 (spaced digits)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2011, 4, 2), dt.date(2012, 4, 1)))
    lines = letter(
        ctx,
        m,
        "日本脳炎 第2期 予防接種のおすすめ",
        [
            f"{c.name()} さん（{wareki(c.birth, 'spaced')}生）は、日本脳炎 第 2 期の予防接種の対象です。",
            "公費で接種できるのは 13 歳の誕生日の前日までです。お早めに協力医療機関で接種してください。",
            "すでに接種済みの場合は、この通知は破棄してください。",
        ],
        dt.date(2024, 9, 20),
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="おすすめ", paragraphs=lines),
            post=letter_pdf(lines),
            note="a reminder that a shot is due is not health data",
        )
    )
    # L3 副反応疑い 報告書 (docx)
    m = ctx.mother()
    c = ctx.child(m, (dt.date(2023, 1, 1), dt.date(2023, 8, 31)))
    shot = dt.date(2024, 9, r.randint(2, 20))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                title="予防接種後 副反応疑い 報告（町控）",
                tables=[
                    [
                        ["被接種者", c.name()],
                        ["生年月日", wareki(c.birth)],
                        ["保護者", m.name()],
                        ["ワクチン", "麻しん風しん混合（MR）第1期"],
                        ["接種日", wareki(shot)],
                        ["接種医療機関", r.choice(CLINICS)[1]],
                    ]
                ],
                paragraphs=[
                    f"接種後 {r.randint(6, 11)} 日目に 39.5℃ の発熱、翌日全身性の熱性けいれん（約5分）。",
                    f"{t.hospitals[-1]}に救急搬送、2泊入院。後遺症なし。",
                    "医療機関から国への報告済み。保護者へ健康被害救済制度を説明した。",
                ],
            ),
        )
    )
    # L3 接種記録 print, 113 persons
    rows2: list[list[str]] = []
    for _ in range(113):
        m = ctx.mother()
        c = ctx.child(m, (dt.date(2022, 4, 1), dt.date(2023, 3, 31)))
        rows2.append(
            [
                f"{r.randint(10**9, 10**10 - 1)}",
                c.name("　"),
                c.kana,
                ymd(c.birth),
                r.choice(["ヒブ④", "肺炎球菌④", "MR1期", "水痘①", "水痘②"]),
                ymd(ctx.day()),
                r.choice(CLINICS)[1],
            ]
        )
    cols: list[tuple[str, float]] = [("宛名番号", 30), ("氏名", 95), ("カナ氏名", 165), ("生年月日", 265), ("ワクチン", 330), ("接種日", 400),
            ("接種医療機関", 470)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "birth_date"],
            DocSpec(title="予防接種 接種記録"),
            post=system_print(
                "予防接種 接種履歴一覧（令和4年度生）",
                "予防接種台帳システム  YB-110",
                cols,
                rows2,
                30,
                "接種日 2024/04/01～  出力順：生年月日",
            ),
            note="level 3 from the bulk (113 children); a plain history of routine shots is not counted as health",
        )
    )
    # L3 帯状疱疹 助成 申請 (hidden sheet 番号)
    vis = [["受付No", "氏名", "生年月日", "住所", "接種日", "ワクチン", "助成額"]]
    hid: Rows = [["No", "氏名", "番号"]]
    for i in range(1, 16):
        p = ctx.person((1935, 1974))
        vis.append(
            [
                f"{i:03d}",
                p.name(),
                wareki(p.birth, "abbr"),
                p.address(1),
                ymd(ctx.day()),
                r.choice(["組換え", "生"]),
                r.choice(["11,000", "4,000"]),
            ]
        )
        hid.append([i, p.name(), int(ctx.my_number())])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["my_number", "name", "birth_date", "address"],
            DocSpec(
                sheets=[
                    sheet("番号", hid, state="hidden", number_formats={2: "0"}),
                    sheet("申請一覧", vis, title="帯状疱疹ワクチン 接種費用助成 申請一覧"),
                ]
            ),
        )
    )
    # L3 Slack: 蕁麻疹 and 喘息
    p = ctx.person((1960, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "slack",
        dt.date(2024, 10, 7),
        [
            (
                "15:20",
                s1,
                f"{r.choice(CLINICS)[1]}から電話。{p.name()}さん、インフル接種の30分後に全身に蕁麻疹が出たそうです",
            ),
            ("15:24", s2, "その方、喘息で吸入薬使ってる人ですよね。前回も問診で申告あった"),
            ("15:25", s1, "はい、既往歴に喘息。抗ヒスタミン薬で落ち着いたとのこと"),
            ("15:27", s2, "副反応疑い報告の対象か先生に確認お願いします"),
        ],
        "よぼう-連絡",
    )
    docs.append(Doc(fam, "txt", 3, ["name", "health"], DocSpec(paragraphs=lines)))
    return docs


def gan(ctx: Ctx) -> list[Doc]:
    """がん検診."""
    r, t, fam = ctx.rng, ctx.town, "gan"
    docs: list[Doc] = []
    found = f"公益財団法人 {t.pref}健康づくり財団"
    # L1 日程 (pdf)
    rows: Rows = [["検診", "日程", "会場", "対象", "自己負担"]]
    for k, (name, age_, fee) in enumerate(
        [
            ("胃がん（バリウム）", "40歳以上", "1,000円"),
            ("大腸がん", "40歳以上", "500円"),
            ("肺がん", "40歳以上", "300円"),
            ("乳がん（マンモ）", "40歳以上の女性", "1,500円"),
            ("子宮頸がん", "20歳以上の女性", "1,000円"),
        ]
    ):
        rows.append(
            [
                name,
                f"11月{5 + 3 * k}日・{6 + 3 * k}日",
                r.choice([t.center, f"{t.name}中央公民館"]),
                age_,
                fee,
            ]
        )
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年度 集団がん検診 日程",
                tables=[rows],
                paragraphs=[
                    f"検診機関：{found}",
                    "70歳以上の方・住民税非課税世帯の方は自己負担が免除されます。",
                ],
            ),
        )
    )
    # L1 委託契約書 (法人番号)
    cn = corp(ctx)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            ["corporate_number"],
            DocSpec(
                title="令和6年度 がん検診業務委託契約書",
                paragraphs=[
                    f"委託者 {t.name}（以下「甲」という。）と受託者 {found}（以下「乙」という。）は、次のとおり契約を締結する。",
                    "第1条 甲は、胃がん・大腸がん・肺がん・乳がん・子宮頸がん検診の実施を乙に委託する。",
                    "第2条 契約期間は令和6年4月1日から令和7年3月31日までとする。",
                    "第3条 乙は、受診者の個人情報を別記「個人情報取扱特記事項」に従い適正に取り扱う。",
                    f"甲　{t.pref}{t.gun}{t.name}　{t.name}長 {ctx.staff()}",
                    f"乙　{t.pref}{t.near}中央{r.randint(1, 5)}丁目{r.randint(1, 20)}番{r.randint(1, 20)}号　{found}　理事長 {ctx.staff()}",
                    f"（乙 法人番号 {cn}）",
                ],
            ),
        )
    )
    # L1 統計 (merged)
    rows = [["検診", "受診者数", None, "要精検者数", None, "がん発見数"], ["", "R4", "R5", "R4", "R5", "R5"]]
    for name in ["胃がん", "大腸がん", "肺がん", "乳がん", "子宮頸がん"]:
        a, b = r.randint(200, 900), r.randint(200, 900)
        rows.append([name, a, b, r.randint(5, 60), r.randint(5, 60), r.randint(0, 3)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("実績", rows, title="がん検診 受診者数・要精検者数の推移")]),
            post=merge_xlsx({"実績": ["B3:C3", "D3:E3", "A3:A4"]}),
        )
    )
    # L1 申込はがき 記入例
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="がん検診 申込はがき 記入例",
                paragraphs=[
                    "（記入例）",
                    f"氏名　{SAMPLE_NAMES[4]}　　生年月日　昭和40年1月1日　年齢　59歳",
                    f"住所　{t.name}○○町1-1　電話　0000-00-0000",
                    "希望する検診に○：　㊀胃　㊁大腸　三肺　四乳　五子宮",
                    "※ はがきは10月31日必着でお送りください。",
                ],
            ),
        )
    )
    # L1 受付一覧 (cp932, 受付番号 failing, no names)
    rows = [["受付番号", "受付日", "会場", "検診", "区分"]]
    for _ in range(15):
        rows.append(
            [
                ctx.look_alike(),
                ymd(ctx.day(dt.date(2024, 9, 1))),
                r.choice([t.center, "中央公民館"]),
                r.choice(["胃", "大腸", "肺", "乳", "子宮"]),
                r.choice(["一般", "免除"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付", rows)]),
            note="12-digit 受付番号 failing the check digit; no person",
        )
    )
    # L2 申込一覧 (姓/名 split, kana)
    rows = [
        [*[None] * 7, "希望する検診", None, None, None, None],
        ["No", "姓", "名", "セイ", "メイ", "生年月日", "電話", "胃", "大腸", "肺", "乳", "子宮"],
    ]
    for i in range(1, 21):
        p = ctx.person((1944, 1984))
        pick = [r.choice(["○", ""]) for _ in range(5)]
        if p.sex == "男":
            pick[3] = pick[4] = ""
        rows.append([i, p.sei, p.mei, kata(p.sei_kana), kata(p.mei_kana), p.birth, p.phone, *pick])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(sheets=[sheet("電話受付", rows, title="がん検診 電話申込 受付一覧（10/1～10/4）")]),
            post=merge_xlsx({"電話受付": ["H3:L3"]}),
            note="an application for screening names no result: not health",
        )
    )
    # L2 LINE WORKS: 受診券再発行, reply gives the address
    p = ctx.person((1950, 1980))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "lineworks",
        dt.date(2024, 10, 1),
        [
            ("10:15", s1, f"{p.name()}さんから、受診券が届いていないと電話がありました"),
            ("10:18", s2, "宛名シール確認しました。住所はどこになってます？"),
            ("10:19", s1, f"本人申告は {p.address(1)} です。システムと一致してます"),
            ("10:21", s2, "じゃあ郵便事故かも。再発行して送ります"),
        ],
        "成人保健係",
    )
    docs.append(Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=lines)))
    # L2 受診券 送付 (spaced digits)
    p = ctx.person((1950, 1984))
    lines = letter(
        ctx,
        p,
        "がん検診受診券の送付について",
        [
            "お申し込みいただいた検診の受診券をお送りします。当日は受診券と保険証をお持ちください。",
            "会場　" + t.center,
            "日時　令和 6 年 11 月 6 日（水）8 時 30 分 受付",
            "前日 21 時以降は飲食をしないでください。",
        ],
        dt.date(2024, 10, 15),
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="受診券送付", paragraphs=lines),
            post=letter_pdf(lines),
        )
    )
    # L2 電話メモ (cp932 text)
    p = ctx.person((1948, 1978))
    s1 = ctx.staff()
    lines = [
        "電話受付メモ",
        f"受付日時　{ymd(dt.date(2024, 10, 2))} 14:10　受付者 {s1}",
        f"相手　{p.name()} さん（本人）",
        f"連絡先　{p.phone}",
        "用件　集団検診の日程を2日目に変更したい。",
        "対応　変更済み。受診券は当日差し替え。",
    ]
    docs.append(Doc(fam, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=lines)))
    # L3 要精検者 一覧 (data far down, hidden 精検結果)
    rows = [["受診番号", "氏名", "生年月日", "検診", "判定", "所見"]]
    res: Rows = [["受診番号", "精検医療機関", "精検結果"]]
    for i in range(1, 10):
        p = ctx.person((1944, 1980))
        kind, finding, result = r.choice(
            [
                ("胃", "胃体部 隆起性病変", "早期胃がん（内視鏡切除）"),
                ("大腸", "便潜血 陽性", "大腸ポリープ切除"),
                ("肺", "右上葉 結節影", "肺腺がん疑い・経過観察"),
                ("乳", "石灰化（カテゴリー3）", "乳腺症"),
                ("子宮", "ASC-US", "HPV陽性・経過観察"),
            ]
        )
        no = f"G{i:04d}"
        rows.append([no, p.name(), wareki(p.birth, "short"), kind, "要精検", finding])
        res.append([no, r.choice(t.hospitals), result])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                sheets=[
                    sheet("要精検", rows, first_row=31, title="令和6年度 がん検診 要精密検査者一覧"),
                    sheet("精検結果", res, state="hidden"),
                ]
            ),
        )
    )
    # L3 結果通知 (spaced digits, 要精密検査)
    p = ctx.person((1955, 1980), "女")
    lines = letter(
        ctx,
        p,
        "乳がん検診 結果のお知らせ（精密検査のお願い）",
        [
            f"{wareki(dt.date(2024, 9, 10), 'spaced')}に受診された乳がん検診の結果、",
            "右乳房に石灰化（カテゴリー 3）が認められ、「要精密検査」となりました。",
            "がんと決まったわけではありませんが、必ず精密検査を受けてください。",
            f"精密検査医療機関　{t.hospitals[0]} 乳腺外科",
        ],
        dt.date(2024, 9, 27),
        ["同封の精密検査依頼書を医療機関にお渡しください。"],
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "address", "health"],
            DocSpec(title="結果", paragraphs=lines),
            post=letter_pdf(lines),
        )
    )
    # L3 受診者名簿 print, 136 persons
    rows2: list[list[str]] = []
    for i in range(136):
        p = ctx.person((1940, 1984))
        rows2.append(
            [f"{i + 1:05d}", p.name("　"), p.kana, p.sex, wareki(p.birth, "short"), f"{p.age}", p.address(0)]
        )
    cols: list[tuple[str, float]] = [
        ("受診番号", 30),
        ("氏名", 80),
        ("カナ", 150),
        ("性別", 250),
        ("生年月日", 275),
        ("年齢", 330),
        ("住所", 360),
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "birth_date", "address"],
            DocSpec(title="受診者名簿"),
            post=system_print(
                "集団がん検診 受診者名簿（11月6日 胃・大腸）",
                f"{found} 検診システム",
                cols,
                rows2,
                35,
                f"会場：{t.center}",
            ),
        )
    )
    # L3 自己負担金 未納 督促 (xls)
    rows = [["No", "氏名", "住所", "受診日", "検診", "未納額", "督促日", "備考"]]
    for i in range(1, 9):
        p = ctx.person((1944, 1980))
        rows.append(
            [
                str(i),
                p.name(),
                p.address(1),
                ymd(ctx.day(dt.date(2023, 9, 1), dt.date(2024, 2, 28))),
                r.choice(["胃", "乳", "胃・大腸"]),
                yen(r.choice([500, 1000, 1500, 2500])),
                ymd(dt.date(2024, 6, 14)),
                r.choice(["", "再督促", "電話済"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["name", "address", "arrears"],
            DocSpec(sheets=[sheet("未納", rows, title="がん検診 自己負担金 未納者一覧（督促）")]),
        )
    )
    return docs


def tokutei(ctx: Ctx) -> list[Doc]:
    """特定健診・特定保健指導 and health classes."""
    r, t, fam = ctx.rng, ctx.town, "tokutei"
    docs: list[Doc] = []
    # L1 実施率 slides
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{t.name} 国保 特定健診・特定保健指導の実施状況",
                paragraphs=[
                    f"特定健診受診率 R3 {r.randint(35, 45)}% → R5 {r.randint(45, 55)}%",
                    f"特定保健指導実施率 R5 {r.randint(40, 70)}%",
                    "メタボ該当者・予備群の割合は県平均より高い",
                    "40～50代男性の受診率が低い",
                ],
                tables=[
                    [
                        ["年度", "対象者", "受診者", "受診率"],
                        ["R4", "2,104", "961", "45.7%"],
                        ["R5", "2,056", "1,002", "48.7%"],
                    ]
                ],
                notes=[f"説明：{t.dept} {ctx.staff()}（保健師）"],
            ),
        )
    )
    # L1 教室チラシ
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="ウォーキング教室 参加者募集",
                paragraphs=[
                    "秋のウォーキングで生活習慣病を予防しましょう。",
                    "日時：11月毎週木曜日 10:00～11:30　集合：保健センター",
                    f"講師：健康運動指導士 {ctx.staff()}、管理栄養士 {ctx.staff()}",
                    f"申込：{t.center} 電話 {ctx.office_phone()}",
                ],
            ),
        )
    )
    # L1 委託機関一覧 (法人番号)
    rows: Rows = [["委託機関", "法人番号", "代表者", "所在地", "電話", "委託内容"]]
    for name in [*r.sample(COMPANIES[:4], 3), CLINICS[4][0]]:
        rows.append(
            [
                name,
                corp(ctx),
                "代表取締役 " + ctx.staff() if "株式会社" in name else "理事長 " + ctx.staff(),
                ctx.biz_address(near=True),
                ctx.tel(),
                r.choice(["ICT面談", "動機付け支援", "積極的支援"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("委託機関", rows, title="特定保健指導 委託機関一覧")]),
        )
    )
    # L1 匿名化事例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="保健指導 事例集（職員研修用）",
                paragraphs=[
                    "事例1：Ｃさん（50代男性・自営業）HbA1c 7.2%、腹囲 94cm。",
                    "初回面談で飲酒量を一緒に振り返り、週2日の休肝日を目標とした。",
                    "6か月後、体重 -3.5kg、HbA1c 6.6%。",
                    "※ 事例は本人が特定されないよう加工しています。",
                ],
            ),
            note="anonymised case study",
        )
    )
    # L1 食事記録 記入例
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="食事記録票（記入例）",
                paragraphs=[
                    f"記入例：{SAMPLE_NAMES[4]}さん（60歳）",
                    "朝　ごはん150g、みそ汁、納豆",
                    "昼　ラーメン（スープは半分残す）",
                    "夕　焼き魚、ほうれん草のおひたし、ビール350ml",
                    "ポイント：汁物は1日1杯まで",
                ],
            ),
        )
    )
    # L2 教室 申込 (ods)
    rows = [["No", "氏名", "住所", "電話", "年齢"]]
    for i in range(1, 13):
        p = ctx.person((1950, 1984))
        rows.append([i, p.name(), p.address(0), p.phone, p.age])
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("申込", rows, title="ウォーキング教室 申込者")]),
        )
    )
    # L2 Slack: 教室 日程変更, reply gives phone
    p = ctx.person((1950, 1980))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "slack",
        dt.date(2024, 10, 4),
        [
            ("16:40", s1, f"ウォーキング教室の{p.name()}さん、雨天中止の連絡先どこにすればいい？"),
            ("16:43", s2, f"申込書だと自宅 {p.phone} です"),
            ("16:44", s1, "ありがとう、連絡網に追加します"),
        ],
        "けんこうづくり",
    )
    docs.append(Doc(fam, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=lines)))
    # L2 受診券 送付 通知 (docx letter)
    p = ctx.person((1950, 1984))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="特定健康診査 受診券の送付について",
                paragraphs=[
                    f"〒{p.zip}",
                    p.address(2),
                    f"{p.name()} 様（{wareki(p.birth)}生）",
                    "",
                    f"{t.name}国民健康保険の特定健康診査の受診券をお送りします。",
                    "受診期間：令和6年6月1日～令和7年1月31日",
                    f"{t.name}長",
                ],
            ),
        )
    )
    # L2 Outlook: 住民課から 送付先変更
    p = ctx.person((1950, 1984))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = mail(
        f"{s1} <jumin@example.lg.jp>",
        f"{t.dept} {s2}",
        "受診券の送付先について",
        dt.date(2024, 9, 27),
        [
            f"{s2}さん",
            "",
            f"お問い合わせの {p.name()} さんの件、9月20日付で転居届が出ています。",
            f"新住所：{p.address(2)}",
            "受診券の再送をお願いします。",
            "",
            f"住民課 {s1}",
        ],
        f"{s2}",
        [f"{p.sei}さん宛ての受診券が返戻されました。転居されているか確認をお願いします。"],
    )
    docs.append(Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=lines)))
    # L3 保健指導 対象者 (far right, 姓/名 split)
    pad: list[Cell] = [None] * 25
    rows = [
        [*pad, "令和6年度 特定保健指導 対象者一覧（7月健診分）"],
        [],
        [*pad, "姓", "名", "生年月日", "腹囲", "BMI", "血圧", "HbA1c", "LDL", "服薬", "区分"],
    ]
    for _ in range(14):
        p = ctx.person((1950, 1984))
        rows.append(
            [
                *pad,
                p.sei,
                p.mei,
                p.birth,
                r.randint(86, 110),
                round(r.uniform(24.5, 33.0), 1),
                f"{r.randint(130, 170)}/{r.randint(82, 104)}",
                round(r.uniform(5.6, 8.4), 1),
                r.randint(120, 190),
                r.choice(["なし", "降圧剤", "なし", "糖尿病薬"]),
                r.choice(["積極的支援", "動機付け支援"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(sheets=[sheet("対象者", rows, first_row=4)]),
            post=merge_xlsx({"対象者": ["Z4:AI4"]}),
        )
    )
    # L3 面談記録 (prose)
    p = ctx.person((1955, 1980), "男")
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "health"],
            DocSpec(
                title="特定保健指導 初回面談記録",
                paragraphs=[
                    f"対象者：{p.name()}　面談日：{wareki(dt.date(2024, 8, 22))}　担当：保健師 {ctx.staff()}",
                    "仕事は運送業で夜勤あり。朝食は欠食、夕食は21時以降が多い。",
                    "家族：妻と二人暮らし。",
                    "運動習慣なし。休日は釣り。",
                    "健診結果を一緒に確認した。HbA1c 8.1%、空腹時血糖 162。2年前に糖尿病と診断され服薬していたが、自己判断で中断している。",
                    "目標：かかりつけ医を再受診する。夕食の主食を半分にする。",
                ],
            ),
        )
    )
    # L3 受診者 print, 142 persons
    rows2: list[list[str]] = []
    for _ in range(142):
        p = ctx.person((1950, 1984))
        rows2.append(
            [
                f"{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                p.name("　"),
                wareki(p.birth, "short"),
                p.sex,
                p.address(0),
                p.phone,
            ]
        )
    cols: list[tuple[str, float]] = [
        ("記号-番号", 30),
        ("氏名", 100),
        ("生年月日", 180),
        ("性", 240),
        ("住所", 265),
        ("電話", 500),
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "birth_date", "address", "phone"],
            DocSpec(title="特定健診 受診者"),
            post=system_print(
                "特定健康診査 受診者一覧（個別健診）",
                f"{t.name} 国保総合システム  TK-020",
                cols,
                rows2,
                36,
                "受診期間：2024/06/01～2024/09/30",
                ruled=True,
            ),
        )
    )
    # L3 資格確認 memo, My Number in the footer as 「○○さんの番号」
    p = ctx.person((1950, 1984))
    mn = ctx.my_number()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="資格確認 依頼メモ",
                paragraphs=[
                    f"{t.dept} → 住民課 国保係",
                    f"{p.name()} さん（{p.address(1)}）の国保資格を確認してください。",
                    "特定健診の受診券が未着との申し出あり。社保への切替の可能性。",
                    "回答：9/30 資格継続を確認。受診券再発行済。",
                ],
                footer=f"{p.name()}さんの番号 {grouped(mn, '-')}",
            ),
        )
    )
    return docs


def seishin(ctx: Ctx) -> list[Doc]:
    """精神保健相談・自殺対策."""
    r, t, fam = ctx.rng, ctx.town, "seishin"
    docs: list[Doc] = []
    # L1 チラシ
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="こころの健康相談（予約制・無料）",
                paragraphs=[
                    "眠れない、気分が落ち込む、家族のお酒のことで悩んでいる…ひとりで抱えずにご相談ください。",
                    f"相談医：精神科医 {ctx.staff()}（{t.hospitals[1]}）",
                    "日時：毎月第3火曜日 13:30～16:00",
                    f"予約：{t.center} 電話 {ctx.office_phone(3)}　秘密は守られます。",
                ],
            ),
        )
    )
    # L1 ゲートキーパー スライド
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="ゲートキーパー養成講座",
                paragraphs=[
                    "気づく・声をかける・聴く・つなぐ・見守る",
                    "事例：Ｄさん（40代）最近元気がない同僚",
                    "「眠れていますか？」と声をかける",
                    "相談窓口一覧を渡す",
                ],
                notes=["事例は架空です。"],
            ),
        )
    )
    # L1 相談件数 (hidden breakdown)
    stat: Rows = [["月", "来所", "電話", "訪問", "計"]]
    for mo in [4, 5, 6, 7, 8, 9]:
        a, b, c = r.randint(2, 10), r.randint(5, 20), r.randint(0, 6)
        stat.append([f"{mo}月", a, b, c, a + b + c])
    sub: Rows = [
        ["相談内容", "件数"],
        ["うつ・気分", r.randint(5, 20)],
        ["アルコール", r.randint(1, 8)],
        ["ひきこもり", r.randint(1, 8)],
        ["認知症", r.randint(1, 8)],
        ["その他", r.randint(1, 8)],
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("件数", stat, title="精神保健相談 件数"), sheet("内容別", sub, state="hidden")]
            ),
        )
    )
    # L1 推進会議 委員名簿
    rows: Rows = [
        ["区分", "所属", "氏名"],
        ["医療", t.hospitals[1], ctx.staff()],
        ["警察", f"{t.near}警察署 生活安全課長", ctx.staff()],
        ["民生委員", f"{t.name}民生委員児童委員協議会 会長", ctx.staff()],
        ["労働", "商工会 事務局長", ctx.staff()],
        ["行政", f"{t.dept}長", ctx.staff()],
    ]
    docs.append(Doc(fam, "odt", 1, [], DocSpec(title=f"{t.name}自殺対策推進会議 委員名簿", tables=[rows])))
    # L1 家族会 補助金 (法人番号)
    cn = corp(ctx)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            ["corporate_number"],
            DocSpec(
                title="補助金交付決定通知書",
                paragraphs=[
                    f"特定非営利活動法人 {t.name}こころの家族会　理事長 {ctx.staff()} 様（法人番号 {cn}）",
                    "令和6年度 精神保健福祉活動補助金について、次のとおり交付することに決定しました。",
                    "補助金の額　金 150,000 円",
                    "対象事業　家族教室・会報の発行",
                    f"{t.name}長",
                ],
            ),
        )
    )
    # L2 講演会 申込者 (csv)
    rows = [["No", "氏名", "地区", "電話", "参加人数"]]
    for i in range(1, 19):
        p = ctx.person((1945, 1995))
        rows.append([i, p.name(), p.address(0), p.phone, r.choice([1, 1, 2])])
    docs.append(
        Doc(
            fam,
            "csv",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("申込", rows, title="こころの健康講演会 申込者名簿")]),
        )
    )
    # L2 LINE WORKS: 講演会 駐車場, reply gives phone
    p = ctx.person((1945, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "lineworks",
        dt.date(2024, 10, 8),
        [
            ("08:52", s1, f"講演会の{p.name()}さん、車椅子で来場とのことで駐車場の相談がありました"),
            ("08:55", s2, "玄関前の1台分確保します。当日の連絡先聞いてますか？"),
            ("08:56", s1, f"{p.phone} です"),
            ("08:57", s2, "了解しました"),
        ],
        "講演会準備",
    )
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=lines),
            note="coming in a wheelchair is an access need, not a diagnosis",
        )
    )
    # L2 講演会 参加決定 通知 (docx letter)
    p = ctx.person((1945, 1995))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="こころの健康講演会 参加決定のお知らせ",
                paragraphs=[
                    p.address(2),
                    f"{p.name()} 様",
                    "",
                    "お申し込みいただいた講演会への参加が決定しましたのでお知らせします。",
                    "日時：令和6年11月16日（土）14:00～",
                    f"会場：{t.name}中央公民館 大ホール",
                    f"{t.dept}",
                ],
            ),
        )
    )
    # L2 修了証 交付台帳 (xls, birth dates)
    rows = [["修了証番号", "氏名", "生年月日", "所属（任意）", "受講日"]]
    for i in range(1, 17):
        p = ctx.person((1950, 2000))
        rows.append(
            [
                f"GK-{i:03d}",
                p.name(),
                wareki(p.birth),
                r.choice(["", "民生委員", "商工会", "", "一般"]),
                ymd(dt.date(2024, 7, 13)),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "birth_date"],
            DocSpec(sheets=[sheet("修了者", rows, title="ゲートキーパー養成講座 修了証交付台帳")]),
        )
    )
    # L3 resident's letter to 町長 様, signed at the end
    p = ctx.person((1948, 1962))
    son = ctx.person((1985, 1995), "男")
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                paragraphs=[
                    f"{t.name}長 様",
                    "",
                    "突然のお手紙失礼いたします。",
                    f"私の息子（{son.mei}、{son.age}歳）は、十年前に仕事を辞めてから自宅にひきこもっております。",
                    "数年前からうつ病と診断され、通院も途切れがちです。最近は夜中に大声を出すことがあり、家族だけではどうにもなりません。",
                    "保健センターに相談しましたが、本人が来ないと難しいと言われました。どうか訪問していただけないでしょうか。",
                    "",
                    wareki(dt.date(2024, 9, 18)),
                    f"住所　{p.address(2)}",
                    f"氏名　{p.name()}",
                    f"電話　{p.phone}",
                ]
            ),
            note="the son's depression is identifiable through his named, addressed parent",
        )
    )
    # L3 受付簿 (contacts on a hidden sheet)
    vis: Rows = [["No", "受付日", "相談者", "対象者", "主訴", "対応"]]
    con: Rows = [["No", "氏名", "電話"]]
    for i in range(1, 11):
        p = ctx.person((1950, 2000))
        vis.append(
            [
                i,
                ctx.day(),
                r.choice(["本人", "母", "妻", "子"]),
                p.name(),
                r.choice(
                    [
                        "うつ状態・不眠",
                        "アルコール依存（飲酒による暴言）",
                        "統合失調症の服薬中断",
                        "ひきこもり・昼夜逆転",
                        "希死念慮の訴え",
                        "パニック障害",
                    ]
                ),
                r.choice(["継続相談", "医療機関紹介", "訪問予定"]),
            ]
        )
        con.append([i, p.name(), p.phone])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "phone", "health"],
            DocSpec(
                sheets=[
                    sheet("受付簿", vis, title="精神保健相談 受付簿（令和6年度）"),
                    sheet("連絡先", con, state="hidden"),
                ]
            ),
        )
    )
    # L3 Teams: 自立支援医療
    p = ctx.person((1970, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "teams",
        dt.date(2024, 9, 12),
        [
            ("13:10", s1, f"{p.name()}さん、今日また来所されました。話が長くなりそう"),
            (
                "13:12",
                s2,
                f"その方、双極性障害で自立支援医療（精神通院）の更新中です。{t.hospitals[1]}に通ってます",
            ),
            ("13:13", s1, "更新書類の件かもしれないですね。確認します"),
            ("13:15", s2, "主治医の意見書はもう届いてます"),
        ],
        "精神保健",
    )
    docs.append(Doc(fam, "txt", 3, ["name", "health"], DocSpec(paragraphs=lines)))
    # L3 訪問記録, My Number in a text box as 番号確認済
    p = ctx.person((1960, 1990))
    mn = ctx.my_number()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "health"],
            DocSpec(
                title="訪問記録",
                paragraphs=[
                    f"訪問日：{wareki(dt.date(2024, 9, 3))}　訪問者：保健師 {ctx.staff()}・{ctx.staff()}",
                    f"対象者：{p.name()}",
                    "精神障害者保健福祉手帳（2級）の更新申請について、本人が外出困難なため自宅で書類を受け取った。",
                    "統合失調症で通院中。服薬は母が管理している。表情は穏やか。",
                    "申請書は本日持ち帰り、代理で提出する。",
                ],
                textboxes=[f"番号確認済　{grouped(mn)}（写し受領）"],
            ),
        )
    )
    return docs


def shokusei(ctx: Ctx) -> list[Doc]:
    """食生活改善推進員 (ヘルスメイト) and their classes."""
    r, t, fam = ctx.rng, ctx.town, "shokusei"
    docs: list[Doc] = []
    # L1 推進員 名簿 (published, in role)
    rows: Rows = [["地区", "氏名", "役職"]]
    for i, a in enumerate(t.areas):
        for k in range(2):
            rows.append(
                [
                    a.rstrip("*"),
                    ctx.staff("女"),
                    "会長" if i == k == 0 else ("副会長" if i == 1 and k == 0 else "推進員"),
                ]
            )
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{t.name}食生活改善推進協議会 会員名簿（広報掲載用）",
                tables=[rows],
                paragraphs=["地区の料理教室や健康づくりのお手伝いをしています。"],
            ),
            note="volunteers named in their role, as published: no private contact",
        )
    )
    # L1 料理教室 チラシ
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="減塩料理教室 参加者募集",
                paragraphs=[
                    "旬の野菜で減塩メニューを作りましょう。",
                    f"日時：11月21日（木）10:00～13:00　会場：{t.center} 調理実習室",
                    f"講師：{t.name}食生活改善推進協議会 会長 {ctx.staff()}",
                    "材料費：500円",
                    f"申込：電話 {ctx.office_phone(1)}",
                ],
            ),
        )
    )
    # L1 活動実績 (merged)
    rows = [["地区", "料理教室", None, "伝達講習", None], ["", "回数", "参加者", "回数", "参加者"]]
    for a in t.areas:
        rows.append([a.rstrip("*"), r.randint(1, 6), r.randint(10, 80), r.randint(1, 4), r.randint(5, 50)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("実績", rows, title="令和5年度 食生活改善推進員 活動実績")]),
            post=merge_xlsx({"実績": ["B3:C3", "D3:E3", "A3:A4"]}),
        )
    )
    # L1 光熱水費 (cp932, 水栓番号 and ガスお客様番号 failing, gas company 法人番号)
    gas = "株式会社 あさひガス"
    cn = corp(ctx)
    rows = [["施設", "種別", "番号", "使用月", "使用量", "金額", "事業者", "法人番号"]]
    for mo in [4, 5, 6, 7, 8, 9, 10]:
        rows.append(
            [
                t.center + " 調理実習室",
                "水道（水栓番号）",
                ctx.look_alike(),
                f"R6.{mo}",
                r.randint(10, 40),
                yen(r.randint(3000, 9000)),
                f"{t.name}上下水道課",
                "",
            ]
        )
        rows.append(
            [
                t.center + " 調理実習室",
                "ガス（お客様番号）",
                ctx.look_alike(),
                f"R6.{mo}",
                r.randint(20, 90),
                yen(r.randint(4000, 15000)),
                gas,
                cn,
            ]
        )
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("光熱水費", rows)]),
            note="12-digit 水栓番号 and お客様番号 failing the check digit; a gas company's 法人番号",
        )
    )
    # L1 養成講座 スライド
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="食生活改善推進員 養成講座",
                paragraphs=[
                    "1日の塩分目標 男性7.5g未満・女性6.5g未満",
                    "野菜は1日350g",
                    "主食・主菜・副菜をそろえる",
                    "推進員の活動紹介",
                ],
                notes=[f"講師：管理栄養士 {ctx.staff()}"],
            ),
        )
    )
    # L2 連絡網 (home contacts of volunteers)
    rows = [["地区", "氏名", "住所", "電話", "連絡順"]]
    for a in t.areas:
        for k in range(3):
            p = ctx.person((1940, 1975), "女")
            rows.append([a.rstrip("*"), p.name(), p.address(1), p.phone, k + 1])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("連絡網", rows, title="推進員 緊急連絡網（会員限り）")]),
            note="volunteers' home addresses and phones are private data",
        )
    )
    # L2 Slack: a volunteer's new address
    p = ctx.person((1940, 1975), "女")
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "slack",
        dt.date(2024, 9, 25),
        [
            ("11:30", s1, f"推進員の{p.name()}さん、娘さんの近くに引っ越したそうです"),
            ("11:33", s2, "会報の送り先変えないと。新しい住所わかりますか？"),
            ("11:35", s1, f"{p.address(1)} です"),
            ("11:36", s2, "ありがとうございます、名簿直します"),
        ],
        "ヘルスメイト事務局",
    )
    docs.append(Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=lines)))
    # L2 受講申込書 (odt)
    p = ctx.person((1950, 1990), "女")
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "birth_date", "address", "phone"],
            DocSpec(
                title="食生活改善推進員養成講座 受講申込書",
                tables=[
                    [
                        ["氏名", p.name()],
                        ["ふりがな", f"{p.sei_kana} {p.mei_kana}"],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address(2)],
                        ["電話", p.phone],
                        ["受講の動機", "家族の食事づくりに役立てたい"],
                    ]
                ],
            ),
        )
    )
    # L2 resident's letter to 「…課 御中」, signed at the end
    p = ctx.person((1950, 1985))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{t.name}役場 {t.dept} 御中",
                    "",
                    "いつも料理教室を楽しみにしております。",
                    "平日の教室は仕事で参加できないため、土曜日にも開いていただけないでしょうか。",
                    "同じ思いの方も多いと思います。ご検討をお願いします。",
                    "",
                    f"令和6年9月30日　{p.address(1)}",
                    f"{p.name()}（電話 {p.phone}）",
                ]
            ),
        )
    )
    # L3 謝礼 支払調書, My Number in a text box as 「○○さんの番号」
    p = ctx.person((1945, 1975), "女")
    mn = ctx.my_number()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="報償費 支払調書（推進員講師謝礼）",
                tables=[
                    [
                        ["支払を受ける者", p.name()],
                        ["住所", p.address(2)],
                        ["区分", "講師謝礼"],
                        ["支払金額", "24,000円"],
                        ["源泉徴収税額", "2,450円"],
                        ["支払日", wareki(dt.date(2024, 9, 30))],
                    ]
                ],
                textboxes=[f"{p.name()}さんの番号 {grouped(mn)}"],
            ),
        )
    )
    # L3 会費 未納 (hidden sheet holds the arrears)
    vis: Rows = [["地区", "会員数", "納入済", "未納"]]
    hid: Rows = [["氏名", "地区", "未納年度", "未納額", "督促"]]
    for a in t.areas:
        n = r.randint(5, 12)
        u = r.randint(0, 2)
        vis.append([a.rstrip("*"), n, n - u, u])
        for _ in range(u):
            p = ctx.person((1940, 1975), "女")
            hid.append(
                [
                    p.name(),
                    a.rstrip("*"),
                    r.choice(["R5", "R5・R6", "R6"]),
                    r.choice([2000, 4000]),
                    r.choice(["督促状送付", "電話督促", ""]),
                ]
            )
    if len(hid) < 4:
        for _ in range(3):
            p = ctx.person((1940, 1975), "女")
            hid.append([p.name(), t.areas[0].rstrip("*"), "R6", 2000, "督促状送付"])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "arrears"],
            DocSpec(
                sheets=[
                    sheet("集計", vis, title="協議会 年会費 納入状況"),
                    sheet("未納者", hid, state="hidden"),
                ]
            ),
        )
    )
    # L3 アレルギー 一覧 (ods)
    rows = [["氏名", "アレルギー・配慮事項", "緊急連絡先"]]
    for _ in range(9):
        p = ctx.person((1945, 1995))
        rows.append(
            [
                p.name(),
                r.choice(
                    [
                        "えび・かに",
                        "卵（加熱も不可）",
                        "そば（アナフィラキシー歴）",
                        "乳",
                        "なし",
                        "小麦",
                        "糖尿病のため糖質控えめ",
                    ]
                ),
                p.phone,
            ]
        )
    docs.append(
        Doc(
            fam,
            "ods",
            3,
            ["name", "health", "phone"],
            DocSpec(sheets=[sheet("参加者", rows, title="減塩料理教室 参加者 アレルギー確認表")]),
        )
    )
    # L3 copied thread 「名前 → …」: a volunteer in hospital
    p = ctx.person((1940, 1970), "女")
    s1, s2 = ctx.staff(), ctx.staff()
    lines = chat(
        "arrow",
        dt.date(2024, 10, 1),
        [
            ("", s1, f"明日の料理教室、{p.name()}さんお休みです"),
            ("", s2, "どうかされました？"),
            (
                "",
                s1,
                f"先週、脳梗塞で{r.choice(t.hospitals)}に入院されたそうです。右手に少し麻痺が残るかもとのこと",
            ),
            ("", s2, "そうでしたか…役割分担を組み直します"),
        ],
        "推進員 班長グループ",
    )
    docs.append(Doc(fam, "txt", 3, ["name", "health"], DocSpec(paragraphs=lines)))
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [
    ninshin,
    nyuyoji,
    hattatsu,
    yobo,
    gan,
    tokutei,
    seishin,
    shokusei,
]


def build(rng: random.Random) -> list[Doc]:
    ctx = Ctx(rng, rng.choice(TOWNS))
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set32", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
