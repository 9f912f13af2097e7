"""Twenty-seventh red-team set (blind): a city's 保険年金課 and 税務課 counters and the 市民課 窓口.

``python -m corpus.redteam.set27 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build (米沢, 伊勢, 今治, 一関 or 唐津). Families follow the desk a document comes
from: 国民健康保険 eligibility and benefits (``kokuho``), 国保税 collection and arrears (``hokenzei``), 国民年金
exemptions and payment advice (``nenkin``), 後期高齢者医療 (``koki``), 住民税 filing help and tax certificates
(``juminzei``), 固定資産税 inspection, 名寄帳 and notices (``kotei``) and the 市民課 counter (``shimin``: 住民票 and
戸籍 requests, moves, 印鑑登録, identity checks, DV 支援措置); each with its public look-alikes (rate tables,
published figures, blank forms and 記入例, staff rosters by 職名, FAQ, press releases, council answers, open data).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise, including staff, 税理士, 社労士, 弁護士, 民生委員 and council members in their role, companies and
facilities (clinics and shops named like people), sample names in 記入例, masked copies and published figures.
``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where one is
printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import io
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
from corpus.factory.redteam_kit import fail_check, grouped, pdf_font, refinish_zip, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2727
VARIANT = "redteam27"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, romaji for mail, 年金事務所, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("山形県", "米沢市", "0238", "992", "yonezawa", "米沢年金事務所",
     ["門東町", "城南", "金池", "大字簗沢*", "窪田町窪田*", "相生町", "花沢町", "春日"]),
    ("三重県", "伊勢市", "0596", "516", "ise", "伊勢年金事務所",
     ["岩渕", "宮後", "御薗町長屋*", "二見町茶屋*", "小俣町元町*", "楠部町*", "常磐", "神田久志本町*"]),
    ("愛媛県", "今治市", "0898", "794", "imabari", "今治年金事務所",
     ["常盤町", "南宝来町", "大西町宮脇*", "波方町樋口*", "菊間町浜*", "北日吉町", "別宮町", "旭町"]),
    ("岩手県", "一関市", "0191", "021", "ichinoseki", "一関年金事務所",
     ["大町", "地主町", "山目字泥田*", "千厩町千厩字北ノ沢*", "花泉町涌津字一ノ町*", "田村町", "青葉", "南新町"]),
    ("佐賀県", "唐津市", "0955", "847", "karatsu", "唐津年金事務所",
     ["南城内", "西城内", "呼子町呼子*", "浜玉町浜崎*", "鏡*", "東城内", "和多田本村", "新興町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("月見里", "やまなし"), ("九十九", "つくも"), ("八月一日", "ほづみ"), ("栗花落", "つゆり"), ("纐纈", "こうけつ"),
    ("忽那", "くつな"), ("雲母", "きら"), ("御手洗", "みたらい"), ("勘解由小路", "かでのこうじ"), ("鴨志田", "かもしだ"),
    ("及川", "おいかわ"), ("越智", "おち"), ("菅野", "かんの"), ("千葉", "ちば"), ("佐伯", "さえき"),
    ("神宮司", "じんぐうじ"), ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"),
    ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"),
    ("加藤", "かとう"), ("吉田", "よしだ"), ("山口", "やまぐち"), ("松本", "まつもと"), ("井上", "いのうえ"),
    ("木村", "きむら"), ("斎藤", "さいとう"), ("清水", "しみず"), ("山崎", "やまざき"), ("阿部", "あべ"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石井", "いしい"), ("山下", "やました"), ("小川", "おがわ"),
    ("後藤", "ごとう"), ("岡本", "おかもと"), ("藤田", "ふじた"), ("遠藤", "えんどう"), ("青木", "あおき"),
    ("坂本", "さかもと"), ("村田", "むらた"), ("太田", "おおた"), ("金子", "かねこ"), ("藤井", "ふじい"),
    ("福田", "ふくだ"), ("西村", "にしむら"), ("三浦", "みうら"), ("竹内", "たけうち"), ("中川", "なかがわ"),
    ("松田", "まつだ"), ("原田", "はらだ"), ("中野", "なかの"), ("小野", "おの"), ("田村", "たむら"),
    ("高木", "たかぎ"), ("菊地", "きくち"), ("大塚", "おおつか"), ("武田", "たけだ"), ("村井", "むらい"),
    ("新井", "あらい"), ("宮崎", "みやざき"), ("野口", "のぐち"), ("平野", "ひらの"), ("星野", "ほしの"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("惣一郎", "そういちろう"), ("銀次", "ぎんじ"), ("陽翔", "はると"), ("湊斗", "みなと"), ("與四郎", "よしろう"),
    ("勘助", "かんすけ"), ("正男", "まさお"), ("秀樹", "ひでき"), ("和夫", "かずお"), ("隆", "たかし"),
    ("浩二", "こうじ"), ("義雄", "よしお"), ("光男", "みつお"), ("大輔", "だいすけ"), ("拓也", "たくや"),
    ("悠真", "ゆうま"), ("健太", "けんた"), ("智之", "ともゆき"), ("康弘", "やすひろ"), ("雄一", "ゆういち"),
    ("修", "おさむ"), ("勝", "まさる"), ("茂", "しげる"), ("稔", "みのる"), ("恒夫", "つねお"),
    ("辰五郎", "たつごろう"), ("蒼", "あおい"), ("樹", "いつき"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("絹代", "きぬよ"), ("トメ", "とめ"), ("ミツ", "みつ"), ("紬", "つむぎ"), ("陽葵", "ひまり"), ("芽衣", "めい"),
    ("和子", "かずこ"), ("洋子", "ようこ"), ("幸子", "さちこ"), ("節子", "せつこ"), ("恵美", "えみ"),
    ("由美子", "ゆみこ"), ("直美", "なおみ"), ("明美", "あけみ"), ("真由美", "まゆみ"), ("智子", "ともこ"),
    ("久美子", "くみこ"), ("彩花", "あやか"), ("美咲", "みさき"), ("奈々", "なな"), ("千尋", "ちひろ"),
    ("里美", "さとみ"), ("登美子", "とみこ"), ("澄江", "すみえ"), ("静香", "しずか"), ("琴音", "ことね"),
]  # fmt: skip
MODERN = {"陽翔", "湊斗", "悠真", "蒼", "樹", "紬", "陽葵", "芽衣", "彩花", "琴音"}
OLD = {"トメ", "ミツ", "絹代", "與四郎", "辰五郎", "澄江", "登美子", "惣一郎", "勘助"}
BUILDINGS = ["メゾン城南", "コーポ桜木", "パークハイツ中央", "市営住宅", "グリーンヒル青葉", "サンライズ駅前"]
COMPANIES = [
    ("株式会社", "みちのく精密"), ("有限会社", "さくら運送"), ("株式会社", "東栄建設"), ("合同会社", "ひまわりケア"),
    ("株式会社", "丸正商店"), ("株式会社", "アオバ電設"), ("有限会社", "大善工務店"), ("株式会社", "いろは不動産"),
    ("株式会社", "北辰食品"), ("株式会社", "ミナトテクノ"), ("有限会社", "かねまる酒店"), ("株式会社", "ヤマセ物流"),
    ("株式会社", "しらさぎ観光"), ("有限会社", "千歳クリーニング"), ("株式会社", "大和田印刷"),
]  # fmt: skip
BANKS = ["株式会社しらかば銀行", "株式会社みどり川銀行", "株式会社東海みなみ銀行", "株式会社さつき信託銀行"]
# shops named like a person (屋号 from the owner's given name): facilities, not persons
SHOPS = ["食堂 銀次", "理容 かずお", "美容室 絹代", "スナック 陽葵", "そば処 與四郎", "居酒屋 トメさん",
         "喫茶 里美", "とんかつ 勘助", "ヘアサロン 琴音", "菓子処 辰五郎"]  # fmt: skip
CLINIC_KINDS = [("内科医院", "ナイカイイン"), ("整形外科", "セイケイゲカ"), ("眼科クリニック", "ガンカクリニック"),
                ("こどもクリニック", "コドモクリニック"), ("耳鼻咽喉科", "ジビインコウカ"), ("皮フ科", "ヒフカ"),
                ("内科・循環器科", "ナイカ・ジュンカンキカ")]  # fmt: skip
CENTRES = {"米沢市": (37.922, 140.117), "伊勢市": (34.487, 136.709), "今治市": (34.066, 132.998),
           "一関市": (38.935, 141.127), "唐津市": (33.450, 129.968)}  # fmt: skip
HOSPITALS = ["市立病院", "県立中央病院", "済生会病院", "労災病院", "医療センター"]
SAMPLE_NAMES = ["国保 太郎", "年金 花子", "市民 一郎", "見本 次郎", "税務 良子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 9, 12)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
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
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def kata(s: str) -> str:
    """Hiragana to katakana (reading columns of core systems)."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


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
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def kata(self) -> str:
        return kata(self.kana)

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.town + self.lot

    @property
    def local(self) -> str:
        return self.town + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    roma: str
    nenkin_office: str
    towns: list[str]
    used: set[str]

    @property
    def short(self) -> str:
        return self.city[:-1]

    @property
    def mail_domain(self) -> str:
        return f"city.{self.roma}.lg.jp"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n, 1111 + 17 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            base = f"{r.randint(1, 2999)}番地"
            return base + (f"{r.randint(1, 9)}" if r.random() < 0.3 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 7), r.randint(1, 28), r.randint(1, 25)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 5)}0{r.randint(1, 9)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 town with a 丁目・番 lot as clerks type it (8丁目3番地12); return the lot."""
        towns = [t for t in self.towns if not t.endswith("*")]
        p.town = self.rng.choice(towns)
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1940, 2003), sex: str | None = None) -> Person:
        r = self.rng
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        while True:
            sei, sk = r.choice(SURNAMES)
            sx = sex or r.choice("男女")
            pool = [g for g in (MALE if sx == "男" else FEMALE)
                    if not (birth.year < 1975 and g[0] in MODERN) and not (birth.year >= 1960 and g[0] in OLD)]  # fmt: skip
            mei, mk = r.choice(pool)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        town = r.choice(self.towns)
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sx, birth, self.pref, self.city, town.rstrip("*"), self.lot(town),
                      self.phone(), zipc)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1940, 2003)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def relative(self, p: Person, born: tuple[int, int], sex: str | None = None) -> Person:
        """A member of ``p``'s household: same surname and address."""
        r = self.rng
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        for _ in range(200):
            sx = sex or r.choice("男女")
            pool = [g for g in (MALE if sx == "男" else FEMALE)
                    if not (birth.year < 1975 and g[0] in MODERN) and not (birth.year >= 1960 and g[0] in OLD)]  # fmt: skip
            mei, mk = r.choice(pool)
            if p.sei + mei not in self.used:
                self.used.add(p.sei + mei)
                break
        return Person(p.sei, mei, p.sei_kana, mk, sx, birth, p.pref, p.city, p.town, p.lot, p.phone, p.zip)

    def staff(self) -> str:
        """A city officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES[16:])
        mei, _ = self.rng.choice(MALE[6:25] + FEMALE[6:24])
        return f"{sei} {mei}"

    def biz_address(self) -> str:
        town = self.rng.choice(self.towns)
        return self.city + town.rstrip("*") + self.lot(town).split(" ")[0]

    def company(self) -> str:
        return self.companies(1)[0]

    def companies(self, n: int) -> list[str]:
        """``n`` distinct companies, the kind written before or after the name."""
        return [f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"
                for kind, name in self.rng.sample(COMPANIES, n)]  # fmt: skip

    def atena(self) -> str:
        """宛名番号: 10 digits."""
        return f"00{self.rng.randint(10000000, 99999999)}"

    def hiho(self) -> str:
        """被保険者番号 (国保・後期): 8 digits."""
        return f"{self.rng.randint(0, 99999999):08d}"

    def kiso(self) -> str:
        """基礎年金番号: 4-6."""
        return f"{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 999999):06d}"

    def look_alike(self) -> str:
        """A 12-digit 受付番号/通知書番号 that fails the My Number check digit."""
        return fail_check(random_my_number(self.rng), self.rng.randint(1, 9))

    def day(self, a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=self.rng.randint(0, (b - a).days))

    def clocks(self, n: int, start: int = 9) -> list[str]:
        t = start * 60 + self.rng.randint(0, 40)
        out: list[str] = []
        for _ in range(n):
            out.append(f"{t // 60:02d}:{t % 60:02d}")
            t += self.rng.randint(1, 14)
        return out

    def bd(self, p: Person, style: str | None = None) -> str:
        s = style or self.rng.choice(["long", "short", "slash", "ymd", "abbr"])
        return ymd(p.birth) if s == "ymd" else wareki(p.birth, s)

    def clinic(self) -> str:
        return self.clinic_pair()[0]

    def clinic_pair(self) -> tuple[str, str]:
        """A clinic named after its doctor's surname, with its reading."""
        sei, kana = self.rng.choice(SURNAMES[16:])
        head = kana if self.rng.random() < 0.4 else sei
        kind, reading = self.rng.choice(CLINIC_KINDS)
        return f"{head}{kind}", kata(kana) + reading

    def hospital(self) -> str:
        return f"{self.short}{self.rng.choice(HOSPITALS)}" if self.rng.random() < 0.6 else self.clinic()


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def merge_xlsx(
    ranges: dict[str, list[str]], values: dict[str, dict[str, str]] | None = None
) -> Callable[[Path], None]:
    """Merge cell ranges per sheet name in a written xlsx, writing ``values`` into cells first
    (kept deterministic)."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for name, cells in (values or {}).items():
            for ref, value in cells.items():
                wb[name][ref] = value
        for name, rs in ranges.items():
            for r in rs:
                wb[name].merge_cells(r)
        buf = io.BytesIO()
        wb.save(buf)
        refinish_zip(path, buf.getvalue())

    return post


def system_print(
    title: str,
    system: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (no ruled table),
    a system banner, the print conditions and ``n / N`` at the foot of every page."""

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
                w - 30, h - 22, f"作成日 {TODAY.year}.{TODAY.month:02d}.{TODAY.day:02d}  端末 HK{n % 4 + 11}"
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
            y -= 4
            c.drawString(30, y - 6, "=" * 150)
            y -= 18
            for row in chunk:
                for value, (_, x) in zip(row, cols, strict=False):
                    c.drawString(x, y, value)
                y -= 13
            if n == len(pages):
                c.drawString(30, y - 8, f"【 合計 {len(rows)} 件 】")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "") -> Callable[[Path], None]:
    """Rewrite the file as a one-page portrait letter or memo drawn line by line (a word processor's PDF
    export): ``>`` right-aligns a line, ``^`` centres it as a title."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = A4
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        c.setFont(font, 9)
        if head:
            c.drawRightString(w - 50, h - 40, head)
        c.setFont(font, 10.5)
        y = h - 70
        for line in lines:
            if line.startswith(">"):
                c.drawRightString(w - 60, y, line[1:])
            elif line.startswith("^"):
                c.setFont(font, 14)
                c.drawCentredString(w / 2, y, line[1:])
                c.setFont(font, 10.5)
            else:
                c.drawString(60, y, line)
            y -= 17
        c.showPage()
        c.save()

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def far(rows: list[list[Cell]], cols: int) -> list[list[Cell]]:
    """Rows shifted right by ``cols`` empty cells (an export pasted beside a print area)."""
    pad: list[Cell] = [None] * cols
    return [pad + r for r in rows]


def col(n: int) -> str:
    """1-based column number → Excel letters."""
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack (a ``名前  [09:19]`` line above each message) or a pasted log ``09:19 名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{day.year}/{day.month:02d}/{day.day:02d} 17:32")
        out.append("")
        out.append(f"{day.year}/{day.month:02d}/{day.day:02d}({WEEK[day.weekday()]})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "slack":
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    else:
        out.append(f"--- {room} {day.month}/{day.day} ---")
        out += [f"{t} {who} → {msg}" for t, who, msg in lines]
    return out


def mail(
    sender: str, to: str, subject: str, when: dt.datetime, body: list[str], quoted: list[str], q_from: str
) -> list[str]:
    """An Outlook message saved as text, with the quoted original below the reply."""
    wd = WEEK[when.weekday()]
    out = [
        f"差出人: {sender}",
        f"送信日時: {when.year}年{when.month}月{when.day}日 {wd}曜日 {when.hour}:{when.minute:02d}",
        f"宛先: {to}",
        f"件名: RE: {subject}",
        "",
        *body,
        "",
        "-----Original Message-----",
        f"From: {q_from}",
        f"Subject: {subject}",
    ]
    out += [f"> {line}" if line else ">" for line in quoted]
    return out


def person_row_name(p: Person, fw: bool) -> str:
    return p.name("　" if fw else " ")


# --- families ------------------------------------------------------------------------------------------
def kokuho(ctx: Ctx) -> list[Doc]:
    """国民健康保険: eligibility (資格), benefits (高額療養費) and reductions (減免)."""
    r, city, F = ctx.rng, ctx.city, "kokuho"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    office = ctx.office_phone(0)

    # 1 — rate table (published)
    iryo, shien, kaigo = (
        round(r.uniform(6.5, 8.4), 2),
        round(r.uniform(2.2, 3.0), 2),
        round(r.uniform(1.9, 2.6), 2),
    )
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title=f"令和6年度 {city}国民健康保険税の税率",
        paragraphs=[
            "国民健康保険税は、医療分・後期高齢者支援金分・介護分（40歳から64歳までの方）の合計額です。",
            "税額は世帯ごとに計算し、世帯主の方に納税通知書をお送りします（7月中旬発送）。",
            "所得が一定以下の世帯は均等割・平等割が7割・5割・2割軽減されます。申請は不要です。",
            f"問合せ　{city}市民部保険年金課 国保税係　電話 {office}（内線2142）",
        ],
        tables=[[["区分", "所得割", "均等割（1人）", "平等割（1世帯）", "賦課限度額"],
                 ["医療分", f"{iryo}%", f"{yen(r.randint(24, 31) * 1000)}円", f"{yen(r.randint(19, 26) * 1000)}円", "650,000円"],
                 ["支援金分", f"{shien}%", f"{yen(r.randint(8, 12) * 1000)}円", f"{yen(r.randint(6, 9) * 1000)}円", "240,000円"],
                 ["介護分", f"{kaigo}%", f"{yen(r.randint(9, 14) * 1000)}円", f"{yen(r.randint(5, 8) * 1000)}円", "170,000円"]]],
        footer=f"{city}ホームページ 掲載用",
    )))  # fmt: skip

    # 2 — 高額療養費 limits with a 記入例 in a text box
    s_name = SAMPLE_NAMES[0]
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="高額療養費の支給申請について",
        paragraphs=[
            "同じ月に医療機関等の窓口で支払った自己負担額が限度額を超えたときは、申請により超えた額を支給します。",
            "診療月の翌月1日から2年を過ぎると時効により申請できなくなります。",
            "70歳未満の方の自己負担限度額（月額）は次のとおりです。",
            "申請に必要なもの：領収書、世帯主名義の通帳、保険証、窓口に来る方の本人確認書類",
        ],
        tables=[[["区分", "所得要件（基礎控除後の総所得金額等）", "限度額（3回目まで）", "4回目以降"],
                 ["ア", "901万円超", "252,600円＋(医療費－842,000円)×1%", "140,100円"],
                 ["イ", "600万円超～901万円以下", "167,400円＋(医療費－558,000円)×1%", "93,000円"],
                 ["ウ", "210万円超～600万円以下", "80,100円＋(医療費－267,000円)×1%", "44,400円"],
                 ["エ", "210万円以下", "57,600円", "44,400円"],
                 ["オ", "住民税非課税世帯", "35,400円", "24,600円"]]],
        textboxes=[f"【記入例】世帯主 {s_name}　{city}{ctx.towns[0].rstrip('*')}1丁目2番3号　"
                   f"生年月日 昭和50年4月1日　電話 {ctx.ac}-00-0000　診療月 令和6年5月"],
        footer=f"{city} 保険年金課 給付係",
    ), note="記入例 sample name, address and birth date in a text box: not a private person"))  # fmt: skip

    # 3 — clinics open data (named like people; 院長 in role; 法人番号)
    rows = [["医療機関名", "フリガナ", "院長", "所在地", "電話番号", "法人番号", "特定健診", "がん検診"]]
    seen: set[str] = set()
    while len(rows) < 19:
        name, reading = ctx.clinic_pair()
        if name in seen:
            continue
        seen.add(name)
        corp = r.random() < 0.55
        full = f"医療法人社団 {r.choice(['和光', '清明', '恵仁', '桜樹', '青嵐'])}会 {name}" if corp else name
        rows.append([full, reading, ctx.staff(), ctx.biz_address(), ctx.tel(),
                     random_corporate_number(r) if corp else "", r.choice(["○", "○", "－"]), r.choice(["○", "－"])])  # fmt: skip
    docs.append(Doc(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("data", rows)]),
                    note="clinics named after their doctors' surnames; 院長 named in role"))  # fmt: skip

    # 4 — 高額療養費 batch with 12-digit 受付番号 failing the check digit
    rows = [["受付番号", "診療年月", "区分", "支給額", "振込予定日", "決裁番号"]]
    for _ in range(24):
        m = r.randint(1, 6)
        rows.append([ctx.look_alike(), f"R6.{m:02d}", r.choice(["外来", "外来", "入院", "世帯合算"]),
                     r.randint(3, 180) * 1000 + r.randint(0, 999), f"2024/{m + 2:02d}/25", f"保年第{r.randint(300, 900)}号"])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("支給決定", rows, title=f"高額療養費 支給決定一覧（令和6年{TODAY.month - 1}月決裁分）", first_row=4)]),
        note="受付番号 are 12 digits failing the check digit; no person named"))  # fmt: skip

    # 5 — counter guide slides, staff by 職名
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="保険年金課 窓口のご案内",
        paragraphs=["1番窓口：国保の加入・脱退、保険証", "2番窓口：高額療養費・出産育児一時金・葬祭費",
                    "3番窓口：国保税の相談（収納係）", "4番窓口：国民年金", "5番窓口：後期高齢者医療",
                    "混雑時は番号札をお取りください（月曜・月末は混み合います）"],
        tables=[[["係", "職名", "氏名", "内線"],
                 ["資格賦課係", "係長", ctx.staff(), "2141"], ["資格賦課係", "主査", ctx.staff(), "2142"],
                 ["給付係", "係長", ctx.staff(), "2145"], ["国民年金係", "主任", ctx.staff(), "2150"],
                 ["", "課長", ctx.staff(), "2140"]]],
        notes=[f"代表電話 {office}。課長席は窓口奥。"],
    )))  # fmt: skip

    # 6 — monthly figures
    rows = [
        [
            "月",
            "取得（転入）",
            "取得（社保離脱）",
            "取得（出生）",
            "喪失（転出）",
            "喪失（社保加入）",
            "喪失（死亡）",
            "被保険者数",
        ]
    ]
    n = r.randint(14000, 26000)
    for m in (4, 5, 6, 7, 8):
        vals = [
            r.randint(20, 90),
            r.randint(60, 220),
            r.randint(2, 12),
            r.randint(20, 90),
            r.randint(80, 260),
            r.randint(15, 60),
        ]
        n += vals[0] + vals[1] + vals[2] - vals[3] - vals[4] - vals[5]
        rows.append([f"令和6年{m}月", *vals, n])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("異動件数", rows, title="国民健康保険 資格異動件数（月別）")]),
        )
    )

    # 7 — 資格取得届 with household members (L2)
    head = ctx.person((1960, 1990), "男")
    members = [head, ctx.relative(head, (1962, 1992), "女"), ctx.relative(head, (2008, 2020))]
    prev_pref = r.choice(["宮城県仙台市青葉区", "東京都練馬区", "大阪府堺市北区", "福岡県久留米市"])
    docs.append(Doc(F, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="国民健康保険 被保険者資格取得届",
        paragraphs=[f"届出日　令和6年{TODAY.month}月{r.randint(1, 11)}日", "届出事由　転入（前住所の社会保険なし）"],
        tables=[[["世帯主氏名", head.name(), "フリガナ", head.kata],
                 ["住所", f"〒{head.zip} {head.address()}", "電話", head.phone],
                 ["前住所", prev_pref + f"{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 30)}", "転入日", f"令和6年{TODAY.month - 1}月{r.randint(1, 28)}日"]],
                [["氏名", "続柄", "生年月日", "性別", "取得年月日"]]
                + [[m.name(), rel, wareki(m.birth), m.sex, f"R6.{TODAY.month - 1}.{r.randint(1, 28)}"]
                   for m, rel in zip(members, ["世帯主", "妻", "子"], strict=True)]],
        footer="保険年金課 資格賦課係 受付",
    )))  # fmt: skip

    # 8 — 資格喪失 受付簿, far right, 姓/名 split, kana, Excel dates (L2)
    ppl = ctx.people(16, (1950, 2002))
    rows = [
        ["受付日", "宛名番号", "氏名", None, "フリガナ", None, "生年月日", "喪失日", "事由", "加入先"],
        [None, None, "姓", "名", "セイ", "メイ", None, None, None, None],
    ]
    for p in ppl:
        rows.append([ctx.day(dt.date(2024, 8, 1), TODAY), ctx.atena(), p.sei, p.mei, kata(p.sei_kana), kata(p.mei_kana),
                     p.birth, ctx.day(dt.date(2024, 7, 1), dt.date(2024, 8, 31)), r.choice(["社保加入", "社保加入", "転出", "生保開始"]),
                     r.choice(["協会けんぽ", "健保組合", "共済組合", "－"])])  # fmt: skip
    start = 27
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date"], DocSpec(sheets=[
        sheet("喪失受付", far(rows, start - 1), title="国保 資格喪失届 受付簿（8月～）", first_row=3)]),
        post=merge_xlsx({"喪失受付": [f"{col(start + 2)}3:{col(start + 3)}3", f"{col(start + 4)}3:{col(start + 5)}3"]}),
        note="生保開始 is a reason for leaving 国保, not health or arrears"))  # fmt: skip

    # 9 — Teams: a returned card; reply gives the new address and phone (L2)
    p = ctx.person((1955, 1995))
    moved = ctx.person((1955, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(5)
    docs.append(Doc(F, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s1, f"保険証が宛所不明で1通戻ってきました。{p.name()}さん宛て（{p.town}）です"),
        (t[1], s2, "あ、その方けさ電話ありました"),
        (t[2], s2, f"{moved.town}{moved.lot}に引っ越したそうで、住所変更はこれから市民課に行くと"),
        (t[3], s2, f"連絡先は {p.phone} です。届出が済んだら再送でお願いします"),
        (t[4], s1, "了解です、保留箱に入れておきます"),
    ], "資格賦課係")), note="the new address is the named resident's"))  # fmt: skip

    # 10 — 減免申請 letter (非自発的失業) to the mayor, signed at the end (L2)
    p = ctx.person((1968, 1996))
    company = ctx.company()
    docs.append(Doc(F, "odt", 2, ["name", "address", "phone", "income"], DocSpec(
        title="国民健康保険税の軽減についてのお願い",
        paragraphs=[
            f"{city}長 様",
            f"私は令和6年{TODAY.month - 2}月末日をもって、勤務先の{company}を会社都合により退職しました。",
            f"離職票の離職理由コードは{r.choice(['11', '12', '21'])}で、非自発的失業者の軽減に該当すると伺いました。",
            f"昨年の給与収入は{yen(r.randint(280, 520) * 10000)}円でしたが、現在は雇用保険の基本手当のみで生活しています。",
            "つきましては、国民健康保険税の軽減を受けたく、離職票の写しを添えて申請いたします。",
            f"令和6年{TODAY.month}月{r.randint(1, 11)}日",
            f"住所　{p.address()}",
            f"氏名　{p.name()}",
            f"電話　{p.phone}",
        ],
    ), note="income and unemployment of a named resident: level 2 (not health or arrears)"))  # fmt: skip

    # 11 — resident's request letter as a PDF, digits spaced (L2)
    p = ctx.person((1950, 1985))
    ctx.urban(p)
    when = ctx.day(dt.date(2024, 8, 1), TODAY)
    dest = f"{r.choice(['東京都杉並区阿佐谷南', '神奈川県横浜市港北区日吉本町', '埼玉県川口市栄町'])}{r.randint(1, 6)}丁目{r.randint(1, 20)}番{r.randint(1, 15)}号"
    lines = [f">{wareki(when, 'spaced')}", "", f"{city}市民部 保険年金課 御中", "",
             "^保険証の送付先変更のお願い", "",
             "いつもお世話になっております。",
             "長期の単身赴任のため、今後の保険証と通知は下記の送付先へお送りください。",
             f"送付先　{spaced_digits(dest)}", "", "住民票上の住所は変わりません。",
             "", f">住所　{spaced_digits(p.address())}", f">氏名　{p.name()}",
             f">生年月日　{wareki(p.birth, 'spaced')}", f">電話　{p.phone}"]  # fmt: skip
    docs.append(Doc(F, "pdf", 2, ["name", "address", "birth_date", "phone"], DocSpec(title="送付先変更"),
                    post=letter_pdf(lines)))  # fmt: skip

    # 12 — 高額療養費 application, My Number in the Word footer labelled only 番号 (L3)
    p = ctx.person((1950, 1975))
    patient = ctx.relative(p, (1952, 1978), "女" if p.sex == "男" else "男")
    mn = random_my_number(r)
    docs.append(Doc(F, "docx", 3, ["name", "address", "phone", "health", "my_number"], DocSpec(
        title="国民健康保険 高額療養費支給申請書",
        tables=[[["世帯主", p.name(), "電話", p.phone], ["住所", p.address(), "記号番号", f"{r.randint(10, 99)}-{ctx.hiho()}"]],
                [["療養を受けた者", "診療年月", "医療機関", "入院・外来", "傷病名", "支払額"],
                 [patient.name(), "令和6年6月", ctx.hospital(), "入院", r.choice(["大腿骨頸部骨折", "急性心筋梗塞", "胆のう炎", "脳梗塞"]),
                  f"{yen(r.randint(80, 260) * 1000)}円"],
                 [patient.name(), "令和6年7月", ctx.clinic(), "外来", "術後経過観察", f"{yen(r.randint(3, 20) * 1000)}円"]]],
        paragraphs=["上記のとおり申請します。支給額は世帯主名義の口座に振り込んでください。"],
        footer=f"番号 {grouped(mn)}　（窓口確認 {ctx.staff().split()[0]}）",
    ), note="My Number in the footer labelled only 番号; 傷病名 of a named family member"))  # fmt: skip

    # 13 — consultation record in prose: named once, health paragraphs later (L3)
    p = ctx.person((1950, 1970), "男")
    docs.append(Doc(F, "docx", 3, ["name", "phone", "health"], DocSpec(
        title="相談記録（保険年金課 給付係）",
        paragraphs=[
            f"令和6年{TODAY.month}月{r.randint(2, 10)}日 10時20分、{p.name()}氏が来庁。対応 {ctx.staff()}（主査）。",
            "用件は、今年度の国保税の納税通知書の金額が昨年より高くなった理由を知りたいとのこと。",
            "昨年は給与所得のみであったが、今年は個人年金の受取が加わったため所得割が増えた旨を説明し、本人了承。",
            "限度額適用認定証についても質問があったため、制度を案内した。",
            "本人の話では、昨年秋に脳梗塞を発症し、右半身に麻痺が残っているとのこと。現在も週2回リハビリに通院しており、"
            "医療費がかさむので限度額の認定証を申請したいとのことで、同日交付した。",
            f"今後、書類の不足があれば連絡する。連絡先（本人）{p.phone}",
        ],
    ), note="the subject is named in the first paragraph, the illness four paragraphs later"))  # fmt: skip

    # 14 — 資格取得者 list printed from the core system, more than 100 persons (L3)
    ppl = ctx.people(r.randint(118, 128), (1945, 2004))
    rows2 = [[ctx.hiho(), person_row_name(p, i % 2 == 0), p.kata, p.sex, wareki(p.birth, "slash"), p.local,
              f"R06/{r.randint(6, 8):02d}/{r.randint(1, 28):02d}", r.choice(["転入", "社保離脱", "社保離脱", "出生", "生保廃止"])]
             for i, p in enumerate(ppl)]  # fmt: skip
    cols = [("被保険者番号", 30), ("氏名", 92), ("カナ氏名", 160), ("性", 258), ("生年月日", 276), ("住所", 340),
            ("取得日", 600), ("事由", 660)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="資格取得者一覧"),
                    post=system_print("国民健康保険 資格取得者一覧表", f"{city} 国保総合システム  帳票ID KKR0312", cols,
                                      rows2, 34, "抽出条件：取得日 R06/06/01～R06/08/31  並び順：被保険者番号")))  # fmt: skip

    # 15 — 世帯主変更 受付簿 with a hidden sheet headed 番号 (L3)
    ppl = ctx.people(9, (1950, 1995))
    rows = [["受付日", "宛名番号", "新世帯主", "住所", "変更理由"]]
    hidden: list[list[Cell]] = [["宛名番号", "氏名", "番号"]]
    for p in ppl:
        a = ctx.atena()
        rows.append(
            [
                ctx.day(dt.date(2024, 7, 1), TODAY),
                a,
                p.name(),
                p.address(),
                r.choice(["前世帯主死亡", "世帯分離", "世帯主変更届"]),
            ]
        )
        hidden.append([a, p.name(), int(random_my_number(r))])
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[
        sheet("受付簿", rows, title="国保 世帯主変更 受付簿"),
        sheet("番号", hidden, state="hidden", number_formats={2: "0"})]),
        note="the My Numbers are on a hidden sheet headed only 番号"))  # fmt: skip

    # 16 — LINE WORKS in cp932: reply gives a named resident's illness (L3)
    p = ctx.person((1945, 1965))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(4, 13)
    docs.append(Doc(F, "txt-cp932", 3, ["name", "health"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (t[0], s1, f"{p.name()}さんの限度額認定証、ご本人来庁の予定ありますか？"),
        (t[1], s2, "ご家族から電話がありました"),
        (t[2], s2, f"先週から{ctx.short}{r.choice(HOSPITALS)}に入院中で、肺がんの抗がん剤治療が始まったそうです。来庁はご家族になります"),
        (t[3], s1, "承知しました。委任状の様式を用意しておきます"),
    ], "給付係")), note="the illness is in a reply, the name in an earlier message"))  # fmt: skip
    return docs


def hokenzei(ctx: Ctx) -> list[Doc]:
    """国民健康保険税: collection, payment advice and arrears."""
    r, city, F = ctx.rng, ctx.city, "hokenzei"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    office = ctx.office_phone(1)

    # 1 — policy paper on 滞納整理 in general (figures only)
    rates = [round(r.uniform(93.0, 96.5), 1) for _ in range(3)]
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="令和6年度 国民健康保険税 収納対策の方針",
        paragraphs=[
            f"1 現状　現年課税分の収納率は令和3年度{rates[0]}%、4年度{rates[1]}%、5年度{rates[2]}%と推移している。",
            f"滞納繰越分の収納率は{round(r.uniform(18, 32), 1)}%にとどまり、滞納額の累計は{r.randint(3, 9)}億円を超える。",
            "2 方針　早期の納付勧奨を徹底し、督促状発送後も納付のない世帯には催告書を送付する。",
            "納付資力がありながら納付に応じない者については、財産調査のうえ差押等の滞納処分を執行する。",
            "生活困窮が認められる世帯には、分納相談や執行停止、福祉部門への引継ぎを検討する。",
            f"3 目標　現年分収納率 {round(r.uniform(95, 97), 1)}%、滞納繰越分 {round(r.uniform(25, 35), 1)}%",
        ],
        tables=[[["年度", "差押件数", "うち預金", "うち給与", "執行停止件数"]]
                + [[f"令和{y}年度", str(r.randint(150, 420)), str(r.randint(90, 300)), str(r.randint(5, 40)), str(r.randint(40, 160))]
                   for y in (3, 4, 5)]],
        footer="保険年金課 収納係",
    ), note="talks about 滞納 and 差押 in general with counts only"))  # fmt: skip

    # 2 — press release, evening consultations
    days = sorted(ctx.day(dt.date(2024, 9, 20), dt.date(2024, 11, 30)) for _ in range(4))
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="夜間・休日の納税相談窓口を開設します",
        paragraphs=[
            "国民健康保険税や市税の納付が難しい方のために、夜間・休日の納税相談窓口を開設します。",
            "日時　" + "、".join(f"{d.month}月{d.day}日（{WEEK[d.weekday()]}）" for d in days) + "　17時15分から20時まで",
            f"場所　{city}役所 本庁舎1階 保険年金課",
            "持ち物　納税通知書、収入がわかるもの（給与明細など）",
            f"問合せ　保険年金課 収納係 {office}",
            f"（令和6年{TODAY.month}月{TODAY.day}日 報道発表資料）",
        ],
    )))  # fmt: skip

    # 3 — meeting slides with masked cases, staff in role
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="収納対策会議（第2回）",
        paragraphs=[f"出席：保険年金課長 {ctx.staff()}、収納係長 {ctx.staff()}、税務課 納税係長 {ctx.staff()}",
                    "事例1：Ａさん（60代・自営）滞納額〇〇万円、分納中だが履行が途切れがち",
                    "事例2：Ｂさん（40代・給与）預金調査で残高あり → 差押を検討",
                    "事例3：Ｃさん世帯、生活保護申請中 → 執行停止を検討",
                    "次回までに各係で困難事案を3件ずつ抽出"],
        tables=[[["区分", "件数", "金額（千円）"], ["督促状", str(r.randint(4000, 9000)), str(r.randint(90000, 200000))],
                 ["催告書", str(r.randint(1500, 3000)), str(r.randint(60000, 120000))],
                 ["差押", str(r.randint(30, 90)), str(r.randint(8000, 30000))]]],
        notes=["事例は匿名化済み。個人名は出さないこと。"],
    ), note="cases masked as Ａさん/Ｂさん with 〇〇 amounts"))  # fmt: skip

    # 4 — 督促状 sending record with 12-digit 通知書番号 failing the check, in xls
    rows = [["通知書番号", "年度", "期別", "発送日", "地区", "督促金額", "返戻"]]
    for _ in range(22):
        rows.append([ctx.look_alike(), "R6", f"第{r.randint(1, 3)}期", f"2024/{r.randint(8, 9):02d}/{r.randint(1, 28):02d}",
                     r.choice(ctx.towns).rstrip("*"), r.randint(5, 90) * 100, r.choice(["", "", "", "宛所不明"])])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("発送記録", rows, title="督促状 発送記録（抜粋）")]),
                    note="通知書番号 are 12 digits failing the check digit; no name, so the amounts are no person's"))  # fmt: skip

    # 5 — council answer, member named in role
    member = ctx.staff()
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title=f"令和6年{r.choice([6, 9])}月定例会 一般質問 答弁要旨",
        paragraphs=[
            f"質問者　{member} 議員",
            "質問　国民健康保険税の滞納者に対する差押が増えているが、生活困窮者への配慮はどうなっているか。",
            f"答弁（市民部長）　令和5年度の差押件数は{r.randint(150, 400)}件であり、いずれも財産調査により納付資力が確認された方に限っている。",
            "生活困窮が疑われる方には、生活支援相談センターにつなぐなど、丁寧な納税相談を行っている。",
            "再質問　短期被保険者証の交付状況は。",
            f"答弁　令和6年6月1日現在 {r.randint(100, 400)}世帯に交付している。",
        ],
    )))  # fmt: skip

    # 6 — banks accepting direct debit, with 法人番号
    rows = [["金融機関名", "法人番号", "取扱支店", "口座振替", "窓口納付"]]
    for b in [*BANKS, f"{ctx.short}信用金庫", f"{ctx.short}市農業協同組合", f"{ctx.pref[:-1]}県信用組合"]:
        rows.append([b, random_corporate_number(r), "本支店", "○", "○"])
    rows.append(["ゆうちょ銀行", "", "全国の郵便局", "○", "○"])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("金融機関", rows, title="口座振替取扱金融機関")]),
        )
    )

    # 7 — 口座振替 受付簿 with a hidden bank-code sheet (L2)
    ppl = ctx.people(14, (1945, 1998))
    rows = [["受付日", "宛名番号", "納税義務者", "住所", "電話番号", "金融機関", "口座番号"]]
    for p in ppl:
        rows.append([ctx.day(dt.date(2024, 6, 1), TODAY), ctx.atena(), p.name(), p.address(), p.phone,
                     r.choice(BANKS).replace("株式会社", ""), f"{r.randint(1000000, 9999999)}"])  # fmt: skip
    codes: list[list[Cell]] = [["コード", "金融機関"]]
    codes.extend([f"0{r.randint(100, 999)}", b] for b in BANKS)
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("受付", rows, title="口座振替依頼書 受付簿"), sheet("コード表", codes, state="hidden")])))  # fmt: skip

    # 8 — Slack: replacement payment slip, reply gives address and phone (L2)
    p = ctx.person((1950, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(4, 10)
    docs.append(Doc(F, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        (t[0], s1, f"{p.name()}さんから、第3期の納付書をなくしたので送ってほしいと電話がありました"),
        (t[1], s2, "送付先は住基と同じでいいですか？"),
        (t[2], s1, f"はい、{p.address()} です。日中の連絡先は {p.phone}"),
        (t[3], s2, "本日発送します"),
    ], "国保税-収納係")), note="a replacement slip before the due date: no arrears"))  # fmt: skip

    # 9 — refund notice PDF with digits spaced (L2)
    p = ctx.person((1950, 1990))
    ctx.urban(p)
    when = ctx.day(dt.date(2024, 8, 1), TODAY)
    lines = [f">{ctx.short}保年第 {r.randint(100, 999)} 号", f">{wareki(when, 'spaced')}", "",
             f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "", f">{city}長",
             "^国民健康保険税 過誤納金還付通知書", "",
             "所得の更正により、国民健康保険税に過誤納金が生じましたので還付します。",
             f"還付金額　{yen(r.randint(3, 60) * 1000)} 円", "対象年度　令和 5 年度",
             "還付方法　口座振込（同封の請求書をご返送ください）", "",
             f"問合せ　保険年金課 収納係 {office}"]  # fmt: skip
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="還付通知"), post=letter_pdf(lines),
                    note="a refund of overpaid tax, not arrears"))  # fmt: skip

    # 10 — 納税管理人 申告 (taxpayer abroad, a relative as manager) (L2)
    p = ctx.person((1975, 1995))
    m = ctx.person((1945, 1970))
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="納税管理人申告書",
        paragraphs=[f"{city}長 様", "国民健康保険税の納付に関する一切の事項を処理させるため、下記の者を納税管理人と定めたので申告します。"],
        tables=[[["", "氏名", "住所", "電話"],
                 ["納税義務者", p.name(), f"{r.choice(['Melbourne VIC 3000 Australia', 'Vancouver BC Canada', 'Singapore 238801'])}（転出前 {p.address()}）", "－"],
                 ["納税管理人", m.name(), m.address(), m.phone]]],
        footer=f"令和6年{TODAY.month}月{r.randint(1, 11)}日 受付",
    )))  # fmt: skip

    # 11 — 滞納繰越者 list from the core system (L3)
    ppl = ctx.people(r.randint(104, 112), (1945, 1998))
    rows2 = []
    for p in ppl:
        tai = r.randint(3, 400) * 1000 + r.randint(0, 999)
        rows2.append([ctx.atena(), p.name("　"), p.local, f"R{r.randint(2, 5)}", yen(tai), yen(tai // r.randint(8, 20)),
                      ymd(ctx.day(dt.date(2022, 1, 1), dt.date(2024, 6, 30)))])  # fmt: skip
    cols = [
        ("宛名番号", 30),
        ("氏名", 100),
        ("住所", 180),
        ("最古年度", 460),
        ("滞納額", 520),
        ("延滞金", 590),
        ("最終納付日", 660),
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="滞納繰越者一覧"),
                    post=system_print("国民健康保険税 滞納繰越者一覧", f"{city} 収滞納管理システム  帳票ID SY0420", cols,
                                      rows2, 33, "抽出条件：滞納額 1円以上  基準日 R06/08/31")))  # fmt: skip

    # 12 — 差押予告 to a named resident (L3)
    p = ctx.person((1955, 1990))
    periods = [(f"令和{y}年度", f"第{k}期", r.randint(8, 40) * 1000) for y in (4, 5) for k in (1, 2, 3)]
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="差押予告通知書",
        paragraphs=[f"〒{p.zip}", p.address(), f"{p.name()} 様", f"{city}長",
                    "あなたの国民健康保険税は、督促及び催告にもかかわらず、下記のとおり未納となっています。",
                    f"令和6年{TODAY.month + 1}月{r.randint(1, 15)}日までに納付がない場合は、財産の差押えを執行します。"],
        tables=[[["年度", "期別", "本税", "延滞金"]] + [[y, k, yen(v), yen(v // 14)] for y, k, v in periods]
                + [["合計", "", yen(sum(v for *_, v in periods)), yen(sum(v // 14 for *_, v in periods))]]],
        footer=f"保険年金課 収納係 {office}",
    )))  # fmt: skip

    # 13 — 納税相談記録 PDF memo, digits spaced; arrears and health later (L3)
    p = ctx.person((1960, 1985), "男")
    ctx.urban(p)
    lines = [f">{wareki(ctx.day(dt.date(2024, 8, 1), TODAY), 'spaced')}", "^納税相談記録", "",
             f"相談者　{p.name()}（{spaced_digits(p.address())}）", f"対応者　収納係 {ctx.staff()}", "",
             "本日、納付書を持参して来庁。今後の支払方法について相談したいとのこと。",
             "勤務先は変わっておらず、収入は月 20 万円程度とのこと。",
             "", f"国保税は令和 4 年度第 {r.randint(1, 8)} 期から未納が続いており、滞納額は本税で {yen(r.randint(180, 600) * 1000)} 円。",
             "本人より、昨年腰椎椎間板ヘルニアの手術で 2 か月休職したため支払えなかったとの申出あり。",
             f"毎月 {r.randint(1, 3)} 万円の分納誓約を受理。次回納付確認は翌月末。", "",
             f">連絡先 {p.phone}"]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "arrears", "health", "phone"], DocSpec(title="納税相談記録"),
                    post=letter_pdf(lines)))  # fmt: skip

    # 14 — Teams: reply gives the arrears and the seizure (L3)
    p = ctx.person((1955, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(4, 15)
    docs.append(Doc(F, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s1, f"{p.name()}さん（{p.town}）から、口座が使えなくなったと窓口に来ています"),
        (t[1], s2, f"R3から未納が続いている方ですね。滞納額 {yen(r.randint(300, 900) * 1000)}円で、先月預金を差押えています"),
        (t[2], s1, "分納の相談に乗れますか？"),
        (t[3], s2, "係長に確認します。5分ください"),
    ], "収納係")), note="the arrears are in a reply to the message that names the resident"))  # fmt: skip

    # 15 — 分納誓約 管理表, far right, 姓/名 split, merged title (L3)
    ppl = ctx.people(12, (1950, 1995))
    rows = [["誓約日", "姓", "名", "電話番号", "滞納額", "月額", "履行状況"]]
    for p in ppl:
        rows.append([ctx.day(dt.date(2023, 4, 1), TODAY), p.sei, p.mei, p.phone, r.randint(50, 800) * 1000,
                     r.randint(5, 30) * 1000, r.choice(["履行中", "履行中", "不履行", "完納見込"])])  # fmt: skip
    start = 28
    docs.append(Doc(F, "xlsx", 3, ["name", "phone", "arrears"], DocSpec(sheets=[
        sheet("分納管理", far(rows, start - 1), title="分納誓約 管理表（収納係）", first_row=4, number_formats={start + 3: "#,##0"})]),
        post=merge_xlsx({"分納管理": [f"{col(start)}1:{col(start + 6)}1"]},
                        {"分納管理": {f"{col(start)}1": "収納係 作成（係長確認後に更新）"}})))  # fmt: skip
    return docs


def nenkin(ctx: Ctx) -> list[Doc]:
    """国民年金: premiums, exemptions (免除) and payment advice."""
    r, city, F = ctx.rng, ctx.city, "nenkin"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    office = ctx.office_phone(2)

    # 1 — premiums and exemption thresholds (published)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="国民年金保険料と免除制度（令和6年度）",
        paragraphs=["令和6年度の国民年金保険料は月額16,980円です。", "6か月前納・1年前納・2年前納をすると保険料が割引されます。",
                    "経済的な理由で保険料を納めることが困難な場合は、申請により全額または一部が免除になることがあります。",
                    f"申請窓口　{city}保険年金課 国民年金係（{office}）または{ctx.nenkin_office}"],
        tables=[[["世帯構成", "全額免除", "4分の3免除", "半額免除", "4分の1免除"],
                 ["4人世帯（夫婦・子2人）", "257万円", "354万円", "420万円", "486万円"],
                 ["2人世帯（夫婦のみ）", "157万円", "229万円", "304万円", "376万円"],
                 ["単身世帯", "67万円", "88万円", "128万円", "168万円"]]],
        footer="所得の目安（前年所得）",
    )))  # fmt: skip

    # 2 — exemption form 記入例 in a text box
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="国民年金保険料免除・納付猶予申請書の書き方",
        paragraphs=["①基礎年金番号：年金手帳または基礎年金番号通知書に記載の10桁の番号を記入してください。",
                    "②申請者氏名・生年月日・住所を記入してください。",
                    "③失業等による特例免除を希望する場合は、離職票または雇用保険受給資格者証の写しを添付してください。",
                    "④申請する期間（7月から翌年6月まで）を記入してください。"],
        textboxes=[f"記入例　基礎年金番号 1234-567890　氏名 {SAMPLE_NAMES[1]}　生年月日 平成2年4月1日　"
                   f"住所 {city}{ctx.towns[1].rstrip('*')}2丁目3番4号　申請期間 令和6年7月～令和7年6月"],
    ), note="記入例 with a sample name, birth date and address"))  # fmt: skip

    # 3 — pension consultation schedule: 年金事務所 staff and 社労士 in role
    rows = [["日程", "会場", "相談員", "所属", "連絡先"]]
    for _ in range(8):
        d = ctx.day(dt.date(2024, 10, 1), dt.date(2025, 3, 31))
        who = ctx.staff()
        if r.random() < 0.5:
            rows.append([f"{d.month}/{d.day}（{WEEK[d.weekday()]}）", f"{city}役所 {r.randint(2, 5)}階会議室", who,
                         ctx.nenkin_office, ctx.tel()])  # fmt: skip
        else:
            rows.append([f"{d.month}/{d.day}（{WEEK[d.weekday()]}）", f"{r.choice(ctx.towns).rstrip('*')}支所", f"社会保険労務士 {who}",
                         f"{who.split()[0]}社労士事務所（{ctx.biz_address()}）", ctx.tel()])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("日程", rows, title="出張年金相談 日程表（下期）", first_row=3)]),
                    note="社労士 and 年金事務所 staff named in their role with their office address"))  # fmt: skip

    # 4 — published figures by district in cp932
    rows = [["地区", "第1号被保険者数", "全額免除者数", "一部免除者数", "学生納付特例者数", "納付率（%）"]]
    for town in ctx.towns:
        n = r.randint(400, 3000)
        rows.append([town.rstrip("*"), n, n * r.randint(10, 20) // 100, n * r.randint(2, 6) // 100, n * r.randint(3, 9) // 100,
                     round(r.uniform(72, 86), 1)])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("統計", rows)])))

    # 5 — FAQ
    docs.append(Doc(F, "txt", 1, [], DocSpec(
        title="国民年金 よくある質問（窓口用）",
        paragraphs=["Q1 会社を辞めました。国民年金の手続きは必要ですか。",
                    "A1 20歳以上60歳未満の方は、第1号被保険者への種別変更の届出が必要です。退職日がわかる書類をお持ちください。",
                    "Q2 保険料を納め忘れていました。",
                    "A2 納付期限から2年以内であれば納めることができます。年金事務所で納付書を再発行できます。",
                    "Q3 学生ですが保険料を払うのが難しいです。",
                    "A3 学生納付特例制度があります。学生証の写しを添えて申請してください。",
                    f"Q4 電話で相談できますか。A4 ねんきんダイヤル または {ctx.nenkin_office}（{ctx.tel()}）へ。"],
    )))  # fmt: skip

    # 6 — processing book with 12-digit 受付番号 failing the check, ods
    rows = [["受付番号", "受付日", "届出種別", "処理区分", "進達日", "担当"]]
    for _ in range(20):
        rows.append([ctx.look_alike(), ymd(ctx.day(dt.date(2024, 7, 1), TODAY)),
                     r.choice(["資格取得", "種別変更", "免除申請", "学特申請", "付加年金", "住所変更"]),
                     r.choice(["進達済", "進達済", "返戻", "保留"]), ymd(ctx.day(dt.date(2024, 8, 1), TODAY)), f"係員{r.randint(1, 4)}"])  # fmt: skip
    docs.append(Doc(F, "ods", 1, [], DocSpec(sheets=[sheet("処理簿", rows, title="国民年金 届書処理簿")]),
                    note="受付番号 are 12 digits failing the check digit; no person named"))  # fmt: skip

    # 7 — 免除申請 受付簿 in xls (L2)
    ppl = ctx.people(12, (1966, 2003))
    rows = [["受付日", "基礎年金番号", "氏名", "生年月日", "住所", "申請区分", "離職日"]]
    for p in ppl:
        rows.append([ctx.day(dt.date(2024, 7, 1), TODAY), ctx.kiso(), p.name(), wareki(p.birth, r.choice(["short", "long"])),
                     p.address(), r.choice(["全額免除（失業特例）", "全額免除", "半額免除", "納付猶予"]),
                     ymd(ctx.day(dt.date(2024, 3, 1), dt.date(2024, 8, 31))) if r.random() < 0.6 else ""])  # fmt: skip
    docs.append(Doc(F, "xls", 2, ["name", "birth_date", "address"], DocSpec(sheets=[sheet("免除受付", rows, title="免除等申請 受付簿")]),
                    note="an exemption for unemployment is not arrears"))  # fmt: skip

    # 8 — 学生納付特例 application (L2)
    p = ctx.person((2002, 2004))
    docs.append(Doc(F, "docx", 2, ["name", "birth_date", "address"], DocSpec(
        title="国民年金保険料学生納付特例申請書",
        tables=[[["基礎年金番号", ctx.kiso()], ["氏名", p.name()], ["フリガナ", p.kata], ["生年月日", wareki(p.birth)],
                 ["住所", f"〒{p.zip} {p.address()}"], ["学校名", f"{r.choice(['県立', '国立大学法人 '])}{r.choice(['東北', '東海', '四国', '九州'])}{r.choice(['大学', '工業大学', '看護大学'])}"],
                 ["申請期間", "令和6年4月～令和7年3月"]]],
        paragraphs=["学生証の写しを添付します。"],
    )))  # fmt: skip

    # 9 — 社労士 as agent: 委任状 PDF with digits spaced (L2)
    p = ctx.person((1965, 1990))
    ctx.urban(p)
    agent = ctx.staff()
    lines = ["^委 任 状", "", f">{wareki(ctx.day(dt.date(2024, 8, 1), TODAY), 'spaced')}",
             f"（代理人）社会保険労務士 {agent}", f"　　{agent.split()[0]}社会保険労務士事務所 {spaced_digits(ctx.biz_address())}",
             f"　　電話 {ctx.tel()}", "",
             "私は、上記の者を代理人と定め、国民年金保険料免除申請に関する一切の権限を委任します。", "",
             f"（委任者）住所　{spaced_digits(p.address())}", f"　　　　　氏名　{p.name()}",
             f"　　　　　生年月日　{wareki(p.birth, 'spaced')}", f"　　　　　基礎年金番号　{ctx.kiso()}"]  # fmt: skip
    docs.append(Doc(F, "pdf", 2, ["name", "address", "birth_date"], DocSpec(title="委任状"), post=letter_pdf(lines),
                    note="the 社労士 is in role; the 委任者 is a private person"))  # fmt: skip

    # 10 — LINE WORKS: reply gives the phone (L2)
    p = ctx.person((1970, 2000))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(3, 11)
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (t[0], s1, f"{p.name()}さん（{ctx.kiso()}）から、免除の審査結果はいつ届くかと問い合わせがありました"),
        (t[1], s2, "年金事務所に確認して折り返します。番号教えてください"),
        (t[2], s1, f"折り返し先 {p.phone}（平日18時以降希望）"),
    ], "国民年金係")), note="10-digit 基礎年金番号 4-6 is not a My Number"))  # fmt: skip

    # 11 — 未納者 勧奨 list with a hidden source sheet (L3)
    ppl = ctx.people(15, (1966, 2003))
    rows = [["姓", "名", "セイ", "メイ", "生年月日", "住所", "未納月数", "未納額"]]
    src: list[list[Cell]] = [["基礎年金番号", "氏名", "最終納付"]]
    for p in ppl:
        months = r.randint(3, 24)
        rows.append(
            [p.sei, p.mei, kata(p.sei_kana), kata(p.mei_kana), p.birth, p.address(), months, months * 16980]
        )
        src.append([ctx.kiso(), p.name(), f"R{r.randint(3, 5)}.{r.randint(1, 12)}"])
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "address", "arrears"], DocSpec(sheets=[
        sheet("勧奨対象", rows, title="国民年金 未納者 納付勧奨対象者（戸別訪問用）", number_formats={7: "#,##0"}),
        sheet("元データ", src, state="hidden")]), post=merge_xlsx({"勧奨対象": ["A2:B2", "C2:D2"]}, {"勧奨対象": {"A2": "氏名", "C2": "フリガナ"}}),
        note="未納 of pension premiums of named residents counts as arrears"))  # fmt: skip

    # 12 — 障害基礎年金 consultation record (L3)
    p = ctx.person((1975, 2000))
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "health"], DocSpec(
        title="年金相談記録",
        paragraphs=[f"相談日　令和6年{TODAY.month}月{r.randint(1, 11)}日　相談者　{p.name()}（{wareki(p.birth)}生）、母同伴",
                    "相談内容　障害基礎年金の請求について。",
                    f"初診日は平成{r.randint(20, 30)}年頃、{ctx.hospital()}の精神科。病名は双極性障害とのこと。",
                    "その間、国民年金は学生納付特例を受けていたため、保険料納付要件は満たしていると思われる。",
                    f"診断書（精神の障害用）の様式を渡し、{ctx.nenkin_office}での請求を案内した。"],
        footer="国民年金係",
    )))  # fmt: skip

    # 13 — 第1号 資格取得者 list from the core system (L3)
    ppl = ctx.people(r.randint(106, 116), (1966, 2004))
    rows2 = [[ctx.kiso(), p.name(), p.kata, ymd(p.birth), p.local, f"R06.{r.randint(6, 8):02d}.{r.randint(1, 28):02d}",
              r.choice(["20歳到達", "退職", "退職", "転入", "配偶者退職"])] for p in ppl]  # fmt: skip
    cols = [
        ("基礎年金番号", 30),
        ("氏名", 110),
        ("カナ", 180),
        ("生年月日", 290),
        ("住所", 350),
        ("取得日", 620),
        ("事由", 690),
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="第1号被保険者 資格取得者一覧"),
                    post=system_print("国民年金 第1号被保険者 資格取得者一覧", f"{city} 国民年金システム  NP-0110", cols, rows2, 35,
                                      "対象期間：令和6年6月～8月")))  # fmt: skip

    # 14 — 付加年金 申出 with the My Number in a text box beside 番号確認済 (L3)
    p = ctx.person((1966, 1995))
    docs.append(Doc(F, "docx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(
        title="国民年金付加保険料納付申出書",
        tables=[[["氏名", p.name()], ["生年月日", wareki(p.birth)], ["住所", p.address()], ["電話", p.phone],
                 ["申出年月日", f"令和6年{TODAY.month}月{r.randint(1, 11)}日"]]],
        paragraphs=["付加保険料（月額400円）を納付することを申し出ます。"],
        textboxes=[f"番号確認済 {grouped(random_my_number(r), '-')}　身元確認：運転免許証（{ctx.staff().split()[0]}）"],
    ), note="My Number in a text box labelled 番号確認済"))  # fmt: skip
    return docs


def koki(ctx: Ctx) -> list[Doc]:
    """後期高齢者医療: premiums, cards, 葬祭費 and reduced limits."""
    r, city, F = ctx.rng, ctx.city, "koki"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    union = f"{ctx.pref}後期高齢者医療広域連合"

    # 1 — premium rates (published)
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="令和6・7年度の後期高齢者医療保険料",
        paragraphs=[f"{union}では、2年ごとに保険料率を見直しています。",
                    f"均等割額　{yen(r.randint(44, 52) * 1000 + r.randint(0, 9) * 100)}円　所得割率　{round(r.uniform(8.5, 10.5), 2)}%",
                    "賦課限度額　80万円（令和6年度は73万円の経過措置あり）",
                    "窓口負担割合は1割・2割・3割の3区分です。2割負担の方の配慮措置は令和7年9月30日で終了します。"],
        footer=f"{city}保険年金課 高齢者医療係",
    )))  # fmt: skip

    # 2 — health-check rates by district, merges, hidden calc sheet
    rows = [["地区", "対象者", "受診者", "受診率", None, None], [None, None, None, "R6", "R5", "R4"]]
    calc: list[list[Cell]] = [["地区", "係数"]]
    for town in ctx.towns:
        n = r.randint(300, 2500)
        k = r.randint(20, 45)
        rows.append(
            [town.rstrip("*"), n, n * k // 100, f"{k}%", f"{k - r.randint(0, 3)}%", f"{k - r.randint(1, 5)}%"]
        )
        calc.append([town.rstrip("*"), round(r.random(), 3)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("受診率", rows, title="長寿健診 地区別受診率", first_row=3), sheet("計算用", calc, state="hidden")]),
        post=merge_xlsx({"受診率": ["A3:A4", "B3:B4", "C3:C4", "D3:F3"]})))  # fmt: skip

    # 3 — union assembly roster (members in role)
    towns = [ctx.city, f"{ctx.pref[:-1]}市", "中央町", "北山村", "南浜市"]
    rows = [["役職", "氏名", "選出団体", "団体での役職"]]
    for i, tname in enumerate(towns):
        rows.append(
            ["議長" if i == 0 else "議員", ctx.staff(), f"{tname}議会", r.choice(["議長", "副議長", "議員"])]
        )
    docs.append(Doc(F, "odt", 1, [], DocSpec(title=f"{union}議会 議員名簿", tables=[rows])))  # type: ignore[list-item]

    # 4 — press release (txt)
    docs.append(Doc(F, "txt", 1, [], DocSpec(
        title="【報道発表】後期高齢者医療 保険証の有効期限について",
        paragraphs=["現在お持ちの保険証は、令和7年7月31日まで使用できます。",
                    "マイナ保険証をお持ちでない方には、資格確認書をお送りします。申請は不要です。",
                    f"発送時期：令和7年7月中旬　対象：約{r.randint(12, 30)}千人",
                    f"問合せ：{city}保険年金課 高齢者医療係 {ctx.office_phone(3)}"],
    )))  # fmt: skip

    # 5 — training slides, masked persons
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="窓口対応研修：後期高齢者医療の給付",
        paragraphs=["事例：Ａさん（85歳）長期入院で食事代が高い → 限度額認定で標準負担額減額",
                    "事例：Ｂさん（78歳）同居の長男が手続に来庁 → 委任状と本人確認",
                    "事例：〇〇 〇〇さん死亡 → 喪主に葬祭費（5万円）を案内",
                    "ポイント：本人以外に病名を話さない"],
        notes=["事例はすべて架空です。"],
    ), note="persons masked as Ａさん/〇〇 〇〇; invented cases"))  # fmt: skip

    # 6 — card re-issue in odt (L2)
    p = ctx.person((1930, 1949))
    docs.append(Doc(F, "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="後期高齢者医療被保険者証 再交付申請書",
        tables=[[["被保険者番号", ctx.hiho()], ["氏名", p.name()], ["生年月日", wareki(p.birth, "abbr")],
                 ["住所", p.address()], ["理由", r.choice(["紛失", "破損", "汚損"])],
                 ["窓口に来た人", f"本人（確認書類：{r.choice(['運転経歴証明書', 'マイナンバーカード', '介護保険証＋年金証書'])}）"]]],
        footer=f"{union} 様式第10号",
    )))  # fmt: skip

    # 7 — 葬祭費 application (L2)
    chief = ctx.person((1950, 1975))
    dead = ctx.relative(chief, (1930, 1945))
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="後期高齢者医療 葬祭費支給申請書",
        tables=[[["亡くなった方", dead.name(), "死亡年月日", f"令和6年{TODAY.month - 1}月{r.randint(1, 28)}日"],
                 ["申請者（喪主）", chief.name(), "続柄", r.choice(["長男", "次男"] if chief.sex == "男" else ["長女", "次女"])],
                 ["申請者住所", chief.address(), "電話", chief.phone],
                 ["振込先", r.choice(BANKS).replace("株式会社", ""), "口座名義", chief.kata]]],
        paragraphs=["会葬礼状を添えて申請します。"],
    ), note="a death date of the deceased is not a birth date nor health"))  # fmt: skip

    # 8 — Slack in cp932: returned card, reply gives the new address (L2)
    p = ctx.person((1930, 1948))
    daughter = ctx.person((1955, 1975), "女")
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(3, 14)
    docs.append(Doc(F, "txt-cp932", 2, ["name", "address", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        (t[0], s1, f"{p.name()}さん宛ての保険証が返戻されました"),
        (t[1], s2, f"娘さん宅に同居されたとのことです。{daughter.address()}（{daughter.name()}方）、電話 {daughter.phone}"),
        (t[2], s1, "住所変更を確認してから再送します"),
    ], "高齢者医療係"))))  # fmt: skip

    # 9 — those reaching 75 this month (L2)
    ppl = ctx.people(r.randint(32, 40), (1949, 1949))
    rows = [["被保険者番号", "氏名", "カナ", "生年月日", "住所", "資格取得日"]]
    for p in ppl:
        rows.append(
            [
                ctx.hiho(),
                p.name(),
                p.kata,
                ymd(p.birth),
                p.address(),
                ymd(dt.date(2024, p.birth.month, p.birth.day)),
            ]
        )
    docs.append(Doc(F, "csv", 2, ["name", "birth_date", "address"], DocSpec(sheets=[sheet("到達者", rows)])))

    # 10 — long-stay reduction list in xls (health) (L3)
    ppl = ctx.people(10, (1928, 1948))
    rows = [["申請日", "氏名", "住所", "医療機関", "入院日", "入院日数（過去12月）", "区分"]]
    for p in ppl:
        rows.append([ymd(ctx.day(dt.date(2024, 7, 1), TODAY)), p.name(), p.address(), ctx.hospital(),
                     ymd(ctx.day(dt.date(2023, 9, 1), dt.date(2024, 5, 31))), r.randint(91, 300), "区分Ⅱ 長期入院"])  # fmt: skip
    docs.append(Doc(F, "xls", 3, ["name", "address", "health"], DocSpec(sheets=[sheet("長期入院", rows, title="標準負担額減額（長期入院該当）申請一覧")]),
                    note="hospital stays of named persons are health data"))  # fmt: skip

    # 11 — 被保険者 list from the core system (L3)
    ppl = ctx.people(r.randint(126, 136), (1928, 1949))
    rows2 = [[ctx.hiho(), person_row_name(p, True), p.kata, wareki(p.birth, "short"), p.local, r.choice(["1割", "1割", "2割", "3割"])]
             for p in ppl]  # fmt: skip
    cols = [
        ("被保険者番号", 30),
        ("氏名", 95),
        ("カナ", 165),
        ("生年月日", 265),
        ("住所", 330),
        ("負担割合", 620),
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="被保険者一覧"),
                    post=system_print("後期高齢者医療 被保険者一覧（町名別）", f"{union} 標準システム / {city}", cols, rows2, 36,
                                      "町名：全地区  資格：有効")))  # fmt: skip

    # 12 — short-term card targets with premium arrears, far right (L3)
    ppl = ctx.people(11, (1930, 1949))
    rows = [["被保険者番号", "氏名", "住所", "滞納額", "滞納期間", "納付相談"]]
    for p in ppl:
        rows.append(
            [
                ctx.hiho(),
                p.name(),
                p.address(),
                r.randint(20, 180) * 1000,
                f"R{r.randint(3, 5)}.{r.randint(1, 12)}～",
                r.choice(["有", "無", "無"]),
            ]
        )
    start = 30
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[
        sheet("短期証", far(rows, start - 1), title="短期被保険者証 交付対象者（保険料滞納）", first_row=5)]),
        post=merge_xlsx({"短期証": [f"{col(start)}1:{col(start + 5)}2"]}, {"短期証": {f"{col(start)}1": "高齢者医療係"}})))  # fmt: skip

    # 13 — home visit record in prose (L3)
    p = ctx.person((1930, 1942))
    docs.append(Doc(F, "odt", 3, ["name", "address", "health"], DocSpec(
        title="訪問記録",
        paragraphs=[f"訪問日 令和6年{TODAY.month}月{r.randint(1, 11)}日　訪問先 {p.address()}　対象 {p.name()} 様",
                    "保険料の口座振替が停止しているため、手続の確認で訪問した。",
                    "玄関先で長男の妻が対応。本人は居間におられた。",
                    "同居家族の話では、本人は昨年からアルツハイマー型認知症と診断され、要介護3の認定を受けている。",
                    "書類の記入は家族が代行することとし、後日郵送する。"],
        footer=f"訪問者 高齢者医療係 {ctx.staff()}",
    )))  # fmt: skip
    return docs


def juminzei(ctx: Ctx) -> list[Doc]:
    """住民税: filing help (申告相談), special collection by employers and tax certificates."""
    r, city, F = ctx.rng, ctx.city, "juminzei"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    office = ctx.office_phone(4)

    # 1 — filing-help schedule (published)
    rows = [["期日", "会場", "対象地区"]]
    d = dt.date(2025, 2, 17)
    for town in ctx.towns:
        rows.append(
            [f"{d.month}月{d.day}日（{WEEK[d.weekday()]}）", f"{town.rstrip('*')}公民館", town.rstrip("*")]
        )
        d += dt.timedelta(days=1 if d.weekday() < 4 else 3)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="令和7年度 市県民税の申告相談日程",
        paragraphs=["受付時間　9時～11時30分、13時～15時30分", "持ち物　源泉徴収票、公的年金等の源泉徴収票、医療費控除の明細書、本人確認書類",
                    f"問合せ　税務課 市民税係 {office}"],
        tables=[rows],  # type: ignore[list-item]
    )))  # fmt: skip

    # 2 — special-collection employers: 指定番号 failing, 法人番号 valid
    rows = [["指定番号", "法人番号", "事業所名", "所在地", "受給者数"]]
    for name in ctx.companies(15):
        rows.append(
            [ctx.look_alike(), random_corporate_number(r), name, ctx.biz_address(), r.randint(3, 250)]
        )
    docs.append(Doc(F, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[sheet("義務者", rows, title="特別徴収義務者一覧", first_row=4)]),
                    note="指定番号 are 12 digits failing the check digit; 法人番号 of companies"))  # fmt: skip

    # 3 — certificate request form 記入例
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="税務証明書交付申請書（記入例）",
        tables=[[["必要な証明", "所得・課税証明書（令和6年度）　1通"], ["窓口に来た方", f"{SAMPLE_NAMES[4]}（本人）"],
                 ["証明が必要な方", SAMPLE_NAMES[4]], ["生年月日", "昭和55年5月5日"],
                 ["住所", f"{city}{ctx.towns[2].rstrip('*')}5番地"], ["使いみち", "児童手当・保育園"]]],
        paragraphs=["代理人が申請する場合は委任状が必要です。", "手数料は1通300円です。"],
    ), note="記入例: the name, birth date and address are samples"))  # fmt: skip

    # 4 — 税理士 free consultation roster in cp932
    rows = [["担当日", "税理士名", "事務所名", "事務所所在地", "電話番号"]]
    for _ in range(9):
        who = ctx.staff()
        dd = ctx.day(dt.date(2025, 2, 17), dt.date(2025, 3, 14))
        rows.append(
            [
                f"{dd.month}/{dd.day}",
                f"税理士 {who}",
                f"{who.split()[0]}税理士事務所",
                ctx.biz_address(),
                ctx.tel(),
            ]
        )
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("名簿", rows)]),
                    note="税理士 in role with their office address and phone"))  # fmt: skip

    # 5 — taxation figures
    rows = [["所得階層", "納税義務者数", "所得割額（千円）"]]
    for band in [
        "100万円以下",
        "100万円超200万円以下",
        "200万円超300万円以下",
        "300万円超400万円以下",
        "400万円超550万円以下",
        "550万円超700万円以下",
        "700万円超1000万円以下",
        "1000万円超",
    ]:
        rows.append([band, r.randint(800, 12000), r.randint(20000, 900000)])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("課税状況", rows, title="令和6年度 市町村税課税状況等の調（抜粋）")]),
        )
    )

    # 6 — staff roster by 職名 in xls
    rows = [["係", "職名", "氏名", "担当", "内線"]]
    for kakari, duty in [
        ("市民税係", "普通徴収"),
        ("市民税係", "特別徴収"),
        ("市民税係", "申告相談"),
        ("資産税係", "土地"),
        ("資産税係", "家屋"),
        ("資産税係", "償却資産"),
        ("納税係", "収納"),
        ("納税係", "滞納整理"),
    ]:
        rows.append(
            [
                kakari,
                r.choice(["主事", "主任", "主査", "係長"]),
                ctx.staff(),
                duty,
                str(r.randint(2200, 2299)),
            ]
        )
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("配置", rows, title="税務課 事務分担表")])))

    # 7 — certificate request by an agent (L2)
    p = ctx.person((1940, 1960))
    child = ctx.person((1965, 1990))
    docs.append(Doc(F, "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="所得・課税証明書 交付申請書",
        tables=[[["証明が必要な方", p.name()], ["生年月日", wareki(p.birth)], ["住所", p.address()],
                 ["窓口に来た方", f"{child.name()}（続柄：子）"], ["来た方の住所", child.address()],
                 ["使いみち", r.choice(["施設入所", "公営住宅", "年金"])]]],
        footer="税務課 市民税係",
    ), note="施設入所 as a use of the certificate is not health"))  # fmt: skip

    # 8 — filing entries: 姓/名 split, kana, data starting far down (L2)
    ppl = ctx.people(8, (1945, 1995))
    rows = [["受付", "姓", "名", "セイ", "メイ", "生年月日", "住所", "給与収入", "所得金額", "扶養人数"]]
    for i, p in enumerate(ppl, start=1):
        inc = r.randint(90, 600) * 10000
        rows.append(
            [
                i,
                p.sei,
                p.mei,
                kata(p.sei_kana),
                kata(p.mei_kana),
                p.birth,
                p.local,
                inc,
                max(0, inc - 550000),
                r.randint(0, 3),
            ]
        )
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "address", "income"], DocSpec(sheets=[
        sheet("入力", rows, title=f"申告相談 入力票（{r.choice(ctx.towns).rstrip('*')}会場）", first_row=9,
              number_formats={7: "#,##0", 8: "#,##0"})]),
        post=merge_xlsx({"入力": ["A1:D2"]}, {"入力": {"A1": "申告相談 会場入力用（税務課）"}})))  # fmt: skip

    # 9 — 税理士's letter about a client: PDF with spaced digits (L2)
    p = ctx.person((1955, 1985))
    ctx.urban(p)
    agent = ctx.staff()
    lines = [f">{wareki(ctx.day(dt.date(2024, 8, 1), TODAY), 'spaced')}", f"{city} 税務課 市民税係 御中", "",
             f">税理士 {agent}", f">{agent.split()[0]}税理士事務所 電話 {ctx.tel()}", "",
             "^住民税申告書の提出について", "",
             "下記の者の令和 6 年度 市民税・県民税申告書（修正）を提出いたします。",
             f"納税者　{p.name()}", f"住所　{spaced_digits(p.address())}",
             f"事業所得　{yen(r.randint(150, 900) * 10000)} 円（修正前 {yen(r.randint(100, 800) * 10000)} 円）",
             "修正理由　経費計上漏れ", "", "ご不明な点は当事務所までご連絡ください。"]  # fmt: skip
    docs.append(Doc(F, "pdf", 2, ["name", "address", "income"], DocSpec(title="申告書の提出について"), post=letter_pdf(lines),
                    note="the 税理士 is in role; the taxpayer is private"))  # fmt: skip

    # 10 — Teams: reply gives the birth date (L2)
    p = ctx.person((1950, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(4, 9)
    docs.append(Doc(F, "txt", 2, ["name", "birth_date"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s1, f"課税証明の郵送請求で{p.name()}さんという方、同姓同名が2件ヒットします"),
        (t[1], s2, "請求書に生年月日ありますか？"),
        (t[2], s1, f"{wareki(p.birth)}生、{p.town}の方です"),
        (t[3], s2, "それなら宛名番号末尾が若い方です"),
    ], "市民税係"))))  # fmt: skip

    # 11 — query to an employer about an employee's salary report (L2)
    p = ctx.person((1965, 2000))
    company = ctx.company()
    docs.append(Doc(F, "docx", 2, ["name", "address", "income"], DocSpec(
        title="給与支払報告書の提出について（照会）",
        paragraphs=[f"{company} 給与担当者 様", f"{city}税務課 市民税係",
                    "貴社から提出された給与支払報告書について、下記の従業員の住所が住民登録と異なっています。",
                    "1月1日現在の住所をご確認のうえ、ご回答ください。"],
        tables=[[["氏名", "報告書の住所", "支払金額"], [p.name(), p.address(), f"{yen(r.randint(200, 600) * 10000)}円"]]],
    )))  # fmt: skip

    # 12 — 申告者 list from the core system (L3)
    ppl = ctx.people(r.randint(138, 146), (1940, 2003))
    rows2 = [[ctx.atena(), person_row_name(p, False), p.local, r.choice(["給与", "年金", "営業", "農業", "不動産", "給与・年金"]),
              yen(r.randint(0, 800) * 10000 + r.randint(0, 9999))] for p in ppl]  # fmt: skip
    cols = [("宛名番号", 30), ("氏名", 100), ("住所", 175), ("所得区分", 460), ("総所得金額等", 560)]
    docs.append(Doc(F, "pdf", 3, ["name", "address", "income"], DocSpec(title="申告受付者一覧"),
                    post=system_print("市民税・県民税 申告受付者一覧", f"{city} 個人住民税システム  JZ-2210", cols, rows2, 36,
                                      "受付区分：窓口・郵送  受付期間：R06/02/16～R06/03/15")))  # fmt: skip

    # 13 — 医療費控除 明細 with diagnoses (L3)
    p = ctx.person((1955, 1985))
    fam = [p, ctx.relative(p, (1955, 1985)), ctx.relative(p, (2005, 2015))]
    rows = [["医療を受けた方", "病院・薬局", "内容", "支払額"]]
    for m in fam:
        for _ in range(r.randint(2, 3)):
            rows.append([m.name(), r.choice([ctx.hospital(), ctx.clinic(), "調剤薬局 " + r.choice(["さくら", "ひかり", "あおば"])]),
                         r.choice(["2型糖尿病 通院", "歯科 インプラント", "喘息 通院", "白内障 手術", "うつ病 通院"]),
                         r.randint(2, 180) * 1000])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "health"], DocSpec(sheets=[sheet("明細", rows,
        title=f"医療費控除の明細書　申告者 {p.name()}　{p.address()}", first_row=4, number_formats={3: "#,##0"})])))  # fmt: skip

    # 14 — 障害者控除 with the My Number in the Word header labelled only 番号 (L3)
    p = ctx.person((1950, 1980))
    dep = ctx.relative(p, (1975, 2005))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health", "my_number"], DocSpec(
        title="障害者控除の申告について",
        paragraphs=[f"申告者　{p.name()}　住所 {p.address()}",
                    f"扶養親族 {dep.name()} について、障害者控除（特別障害者）を申告します。",
                    f"{dep.name()}は療育手帳（A）と身体障害者手帳1級（体幹機能障害）を所持しています。",
                    "手帳の写しを添付します。"],
        header=f"番号 {grouped(random_my_number(r))}",
    ), note="My Number in the Word header labelled only 番号"))  # fmt: skip

    # 15 — Outlook mail: quoted original names the resident, reply gives the arrears (L3)
    p = ctx.person((1960, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    when = dt.datetime(TODAY.year, TODAY.month, TODAY.day - 1, 14, r.randint(0, 59))
    lines = mail(f"納税係 {s2} <nozei{r.randint(10, 99)}@{ctx.mail_domain}>", f"市民税係 {s1}", "申告相談で来庁された方について", when,
                 [f"{s1.split()[0]}さん", "", "お問い合わせの件、確認しました。",
                  f"令和5年度の市県民税が第2期から未納で、督促状を送付済みです（{yen(r.randint(40, 180) * 1000)}円）。",
                  "納付相談をご案内いただけると助かります。", "", s2],
                 [f"{p.name()}さん（{p.town}）が申告相談で来られています。", "税額のことで納税係に相談したいと言っています。",
                  "何か把握されていますか？"], f"市民税係 {s1}")  # fmt: skip
    docs.append(Doc(F, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=lines),
                    note="the name is in the quoted original, the arrears in the reply above it"))  # fmt: skip
    return docs


def kotei(ctx: Ctx) -> list[Doc]:
    """固定資産税: inspection (縦覧), 名寄帳, notices, depreciable assets and arrears."""
    r, city, F = ctx.rng, ctx.city, "kotei"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    office = ctx.office_phone(5)

    # 1 — inspection notice (published)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="土地・家屋価格等縦覧帳簿の縦覧について",
        paragraphs=["固定資産税の納税者は、市内の土地や家屋の価格を縦覧帳簿で確認することができます。",
                    "期間　令和7年4月1日（火）から6月2日（月）まで（土日祝日を除く）", f"場所　{city}役所 税務課 資産税係",
                    "持ち物　納税通知書、本人確認書類（代理人の場合は委任状）", f"問合せ　{office}"],
    )))  # fmt: skip

    # 2 — Teams among staff only (preparation)
    s = [ctx.staff() for _ in range(3)]
    t = ctx.clocks(5, 8)
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s[0], "縦覧の準備、帳簿の出力は来週月曜でいいですか"),
        (t[1], s[1], "はい。第2会議室を4/1から押さえています"),
        (t[2], s[2], "窓口案内の掲示は私が作ります"),
        (t[3], s[0], f"問合せ番号は {office} で統一で"),
        (t[4], s[1], "了解です"),
    ], "資産税係")), note="staff only: no resident"))  # fmt: skip

    # 3 — standard land prices (places)
    rows = [["地点番号", "所在", "地目", "価格（円/㎡）", "前年比"]]
    for i in range(1, 19):
        town = r.choice(ctx.towns).rstrip("*")
        rows.append([f"{ctx.short}-{i}", f"{town}{kanji_number(r.randint(1, 5))}丁目" if r.random() < 0.5 else f"{town}字{r.choice(['上', '下', '中'])}",
                     r.choice(["宅地", "宅地", "田", "畑"]), r.randint(8, 95) * 1000, f"{round(r.uniform(-3, 1.5), 1)}%"])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("標準宅地", rows)])))

    # 4 — depreciable-asset filers: companies with 法人番号 and shops by 屋号
    rows = [["申告者", "法人番号", "所在地", "資産の種類", "申告状況"]]
    for n in ctx.companies(9):
        rows.append(
            [
                n,
                random_corporate_number(r),
                ctx.biz_address(),
                r.choice(["構築物", "機械装置", "器具備品"]),
                r.choice(["提出済", "未提出"]),
            ]
        )
    for shop in r.sample(SHOPS, 5):
        rows.append([shop, "", ctx.biz_address(), "器具備品", r.choice(["提出済", "未提出"])])
    docs.append(Doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("申告者", rows, title="償却資産 申告状況")]),
                    note="shops named like persons (屋号) are facilities; 未提出 is not arrears"))  # fmt: skip

    # 5 — returned notices: a 2-page system print with 12-digit 通知書番号 failing the check, no names
    rows2 = [[ctx.look_alike(), r.choice(ctx.towns).rstrip("*"), r.choice(["宛所不明", "転居先不明", "受取拒否", "保管期間経過"]),
              f"R06.{r.randint(5, 6):02d}.{r.randint(1, 28):02d}", r.choice(["再送済", "公示送達予定", "調査中"])] for _ in range(48)]  # fmt: skip
    cols = [("通知書番号", 30), ("町名", 150), ("返戻理由", 280), ("返戻日", 400), ("処理状況", 500)]
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="納税通知書 返戻一覧"),
                    post=system_print("固定資産税 納税通知書 返戻一覧（名義人欄省略）", f"{city} 資産税システム  ST-0530", cols, rows2, 30),
                    note="通知書番号 are 12 digits failing the check digit; names left out of the print"))  # fmt: skip

    # 6 — company arrears with 法人番号 (not private persons)
    rows = [["法人名", "法人番号", "所在地", "滞納額", "処分状況"]]
    for n in ctx.companies(8):
        rows.append([n, random_corporate_number(r), ctx.biz_address(), f"{yen(r.randint(100, 3000) * 1000)}円",
                     r.choice(["売掛金差押", "分納中", "交付要求", "催告中"])])  # fmt: skip
    docs.append(Doc(F, "docx", 1, ["corporate_number"], DocSpec(
        title="法人の固定資産税 高額滞納案件（庁内協議資料）", tables=[rows],  # type: ignore[list-item]
        paragraphs=["代表者個人の財産には及ばないことに留意する。"]),
        note="arrears of companies, not of private persons"))  # fmt: skip

    # 7 — 名寄帳 request (L2)
    p = ctx.person((1940, 1985))
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="固定資産課税台帳（名寄帳）閲覧・交付申請書",
        tables=[[["申請者氏名", p.name()], ["住所", p.address()], ["電話", p.phone],
                 ["対象年度", "令和6年度"], ["本人確認", r.choice(["運転免許証", "マイナンバーカード", "健康保険証＋年金手帳"])],
                 ["使用目的", r.choice(["相続手続", "売買", "確定申告"])]]],
        footer="税務課 資産税係",
    )))  # fmt: skip

    # 8 — heirs' representative notice, odt (L2)
    dead = ctx.person((1930, 1945))
    heirs = [
        ctx.relative(dead, (1955, 1965), "男"),
        ctx.relative(dead, (1966, 1975), "男"),
        ctx.person((1958, 1978), "女"),
    ]
    ctx.urban(heirs[1])
    heirs[1].phone = ctx.phone()
    docs.append(Doc(F, "odt", 2, ["name", "address", "phone"], DocSpec(
        title="相続人代表者指定届",
        paragraphs=[f"死亡した納税義務者　{dead.name()}（令和6年{r.randint(1, 7)}月死亡）",
                    "上記の者の固定資産税に関する書類を受領する代表者を下記のとおり指定します。"],
        tables=[[["区分", "氏名", "続柄", "住所", "電話"]]
                + [["代表者" if i == 0 else "相続人", h.name(), rel, h.address(), h.phone]
                   for i, (h, rel) in enumerate(zip(heirs, ["長男", "次男", "長女"], strict=True))]],
    )))  # fmt: skip

    # 9 — LINE WORKS in cp932: house survey appointment, reply gives the phone (L2)
    p = ctx.person((1950, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(4, 13)
    docs.append(Doc(F, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (t[0], s1, f"新築家屋の調査、{p.name()}さん宅は来週火曜の午後で調整中です"),
        (t[1], s2, "連絡先わかりますか"),
        (t[2], s1, f"施主さんの連絡先 {p.phone} です。{r.choice(['工務店', 'ハウスメーカー'])}経由で聞きました"),
        (t[3], s2, "了解、前日に電話しておきます"),
    ], "家屋班"))))  # fmt: skip

    # 10 — one owner's 名寄帳 on a PDF, digits spaced (L2)
    p = ctx.person((1940, 1980))
    ctx.urban(p)
    lines = [
        "^名寄帳（令和 6 年度）",
        f">{wareki(ctx.day(dt.date(2024, 8, 1), TODAY), 'spaced')} 交付",
        "",
        f"納税義務者　{p.name()}",
        f"住所　{spaced_digits(p.address())}",
        "",
        "所在地番　　　　　　地目　　地積（㎡）　評価額（円）",
    ]
    for _ in range(r.randint(3, 5)):
        town = r.choice(ctx.towns).rstrip("*")
        lines.append(
            f"{town}字{r.choice(['東', '西', '中'])} {r.randint(100, 3999)} 番 {r.randint(1, 9)}　"
            f"{r.choice(['宅地', '田', '畑', '山林'])}　{r.randint(80, 3000)}　{yen(r.randint(200, 9000) * 1000)}"
        )
    lines += ["", f">{city}長"]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="名寄帳"), post=letter_pdf(lines)))

    # 11 — 納税義務者 list from the core system (L3)
    ppl = ctx.people(r.randint(128, 136), (1935, 1995))
    rows2 = [
        [ctx.atena(), p.name("　"), p.local, yen(r.randint(100, 4000) * 1000), yen(r.randint(10, 500) * 100)]
        for p in ppl
    ]
    cols = [("宛名番号", 30), ("納税義務者", 100), ("住所", 180), ("課税標準額", 470), ("税額", 560)]
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="納税義務者一覧"),
                    post=system_print("固定資産税 納税義務者一覧（個人）", f"{city} 資産税システム  ST-0101", cols, rows2, 34,
                                      "区分：個人  年度：R06")))  # fmt: skip

    # 12 — seizure record of real estate (L3)
    p = ctx.person((1950, 1985))
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="差押調書（謄本）",
        paragraphs=[f"滞納者　住所 {p.address()}　氏名 {p.name()}",
                    f"滞納税額　固定資産税 令和3年度～令和5年度 本税 {yen(r.randint(300, 2000) * 1000)}円 及び延滞金",
                    f"差押財産　土地 {r.choice(ctx.towns).rstrip('*')}字{r.choice(['上', '下'])} {r.randint(100, 999)}番 宅地",
                    "上記の財産を国税徴収法第68条の規定により差し押さえた。"],
        footer=f"{city}税務課 納税係 徴収職員 {ctx.staff()}",
    )))  # fmt: skip

    # 13 — heirs' survey memo on PDF, digits spaced; dementia later (L3)
    dead = ctx.person((1930, 1940))
    heir = ctx.relative(dead, (1930, 1942), "女" if dead.sex == "男" else "男")
    ctx.urban(heir)
    lines = [f">{wareki(ctx.day(dt.date(2024, 8, 1), TODAY), 'spaced')}", "^相続人調査メモ", "",
             f"被相続人　{dead.name()}（令和 5 年死亡）　固定資産 {r.randint(2, 6)} 筆",
             f"相続人　配偶者 {heir.name()}", f"　　　　住所 {spaced_digits(heir.address())}", "",
             "戸籍により相続人は配偶者と子 2 名と判明。子 2 名は県外在住。",
             "代表者の指定を依頼したところ、子より連絡あり。",
             "", f"配偶者は認知症が進み、現在は{r.choice(['特別養護老人ホーム', 'グループホーム'])}に入所中とのこと。",
             "成年後見の申立てを検討しているため、代表者指定は申立て後になる見込み。"]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "health"], DocSpec(title="相続人調査メモ"), post=letter_pdf(lines),
                    note="the heir's dementia is named paragraphs after the heir"))  # fmt: skip

    # 14 — summary with the arrears list on a hidden sheet (L3)
    summary: list[list[Cell]] = [["地区", "督促件数", "督促金額"]]
    for town in ctx.towns:
        summary.append([town.rstrip("*"), r.randint(20, 200), r.randint(1000, 20000) * 1000])
    ppl = ctx.people(14, (1940, 1990))
    detail: list[list[Cell]] = [["宛名番号", "氏名", "住所", "期別", "督促金額"]]
    for p in ppl:
        detail.append(
            [ctx.atena(), p.name(), p.address(), f"第{r.randint(1, 4)}期", r.randint(10, 200) * 1000]
        )
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[
        sheet("集計", summary, title="固定資産税 督促状発送 集計"), sheet("明細", detail, state="hidden")]),
        note="the visible sheet is an aggregate; the hidden sheet lists named persons' 督促"))  # fmt: skip

    # 15 — Outlook in cp932: quoted original names the owner, reply gives the arrears (L3)
    p = ctx.person((1945, 1985))
    s1, s2 = ctx.staff(), ctx.staff()
    when = dt.datetime(TODAY.year, TODAY.month, TODAY.day, 9, r.randint(0, 59))
    lines = mail(f"{s2} <nozei{r.randint(10, 99)}@{ctx.mail_domain}>", f"資産税係 {s1}", "家屋の名義変更の件", when,
                 ["お疲れさまです。", "その方は平成30年度から固定資産税を滞納していて、土地を差押え済みです。",
                  "名義変更の前に納税係へ相談するよう伝えてください。", "", f"納税係 {s2}"],
                 [f"{p.name()}さんから、{p.town}の家屋を息子名義にしたいと相談がありました。",
                  "納税係で何か把握されていますか。"], f"資産税係 {s1}")  # fmt: skip
    docs.append(Doc(F, "txt-cp932", 3, ["name", "arrears"], DocSpec(paragraphs=lines),
                    note="the name is in the quoted original, the arrears in the reply"))  # fmt: skip
    return docs


def shimin(ctx: Ctx) -> list[Doc]:
    """市民課 窓口: 住民票/戸籍 requests, moves, 印鑑登録, identity checks and DV 支援措置."""
    r, city, F = ctx.rng, ctx.city, "shimin"
    docs: list[Doc] = []
    rows: list[list[Cell]]
    office = ctx.office_phone(6)

    # 1 — fees and what to bring
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="市民課の証明書 手数料一覧",
        tables=[[["証明書", "手数料", "コンビニ交付"], ["住民票の写し", "300円", "200円"], ["戸籍全部事項証明書", "450円", "○"],
                 ["除籍・改製原戸籍", "750円", "－"], ["印鑑登録証明書", "300円", "200円"], ["戸籍の附票", "300円", "○"]]],
        paragraphs=["窓口に来る方の本人確認書類（運転免許証、マイナンバーカード等）をお持ちください。",
                    "代理人の場合は委任状が必要です。", f"問合せ　{city}市民課 {office}"],
    )))  # fmt: skip

    # 2 — 住民票 request 記入例 (PDF)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="住民票の写し等交付請求書（記入例）",
        tables=[[["窓口に来た方", SAMPLE_NAMES[2]], ["住所", f"{city}{ctx.towns[0].rstrip('*')}1丁目1番1号"],
                 ["生年月日", "昭和60年1月1日"], ["電話", f"{ctx.ac}-00-0000"], ["必要な方", "本人・世帯全員"],
                 ["使いみち", "運転免許の更新"]]],
        paragraphs=["※ この記入例の氏名・住所は架空のものです。"],
    ), note="記入例 with sample name, address, birth date and a dummy phone"))  # fmt: skip

    # 3 — convenience-store issue log with 12-digit 受付番号 failing the check (cp932)
    rows = [["受付番号", "発行日時", "証明書", "通数", "店舗"]]
    for _ in range(25):
        d = ctx.day(dt.date(2024, 8, 1), TODAY)
        rows.append([ctx.look_alike(), f"{ymd(d)} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}",
                     r.choice(["住民票の写し", "印鑑登録証明書", "戸籍全部事項証明書", "課税証明書"]), r.randint(1, 3),
                     f"{r.choice(['セブン', 'ローソン', 'ファミマ'])} {r.choice(ctx.towns).rstrip('*')}店"])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("ログ", rows)]),
                    note="受付番号 are 12 digits failing the check digit; no person"))  # fmt: skip

    # 4 — open data: branch offices
    rows = [["名称", "名称_カナ", "住所", "電話番号", "開庁時間", "緯度", "経度"]]
    lat, lon = CENTRES[city]
    for town in ctx.towns[:6]:
        tn = town.rstrip("*")
        rows.append([f"{tn}支所" if town.endswith("*") else f"{tn}出張所", "", city + tn + ctx.lot(town).split(" ")[0],
                     ctx.tel(), "8:30-17:15", round(lat + r.uniform(-0.09, 0.09), 6), round(lon + r.uniform(-0.09, 0.09), 6)])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("施設", rows)])))

    # 5 — population by town
    rows = [["町丁名", "世帯数", "男", "女", "計"]]
    for town in ctx.towns:
        m, f = r.randint(300, 4000), r.randint(300, 4000)
        rows.append([town.rstrip("*"), (m + f) * 10 // r.randint(20, 26), m, f, m + f])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("人口", rows, title=f"町丁別人口・世帯数（令和6年{TODAY.month}月末）")]),
        )
    )

    # 6 — 民生委員 public roster by district, xls
    rows = [["地区", "役職", "氏名", "担当区域"]]
    for town in ctx.towns:
        rows.append([town.rstrip("*"), r.choice(["民生委員・児童委員", "主任児童委員"]), ctx.staff(),
                     f"{town.rstrip('*')} {r.randint(1, 3)}区～{r.randint(4, 6)}区"])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("名簿", rows, title="民生委員・児童委員 名簿（市報掲載用）")]),
                    note="民生委員 named in their public role, no home address"))  # fmt: skip

    # 7 — postal request letter signed at the end (L2)
    p = ctx.person((1945, 1995))
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone", "birth_date"], DocSpec(
        paragraphs=[f"{city}役所 市民課 御中", "",
                    "住民票の写しの郵送をお願いします。",
                    "必要なもの：住民票の写し（本人のみ・本籍記載あり）1通",
                    "使いみち：パスポートの申請",
                    "定額小為替300円分と返信用封筒を同封します。", "",
                    f"令和6年{TODAY.month}月{r.randint(1, 10)}日",
                    f"住所　{p.address()}", f"氏名　{p.name()}", f"生年月日　{ctx.bd(p, 'long')}", f"日中の連絡先　{p.phone}"],
    )))  # fmt: skip

    # 8 — 転入届 list with a hidden lookup sheet, data far down (L2)
    ppl = ctx.people(10, (1950, 2004))
    rows = [["受付", "氏名", "フリガナ", "生年月日", "前住所", "新住所"]]
    for i, p in enumerate(ppl, start=1):
        prev = r.choice(
            ["仙台市", "東京都世田谷区", "名古屋市中区", "福岡市東区", "札幌市北区", "広島市安佐南区"]
        )
        rows.append(
            [
                i,
                p.name(),
                p.kata,
                p.birth,
                f"{prev}{r.randint(1, 6)}-{r.randint(1, 20)}-{r.randint(1, 30)}",
                p.local,
            ]
        )
    codes: list[list[Cell]] = [["町名コード", "町名"]]
    codes.extend([f"{i:03d}", t.rstrip("*")] for i, t in enumerate(ctx.towns, start=1))
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "address"], DocSpec(sheets=[
        sheet("転入", rows, title=f"転入届 受付一覧（{TODAY.month}/{TODAY.day}）", first_row=7), sheet("町名", codes, state="hidden")]),
        post=merge_xlsx({"転入": ["A1:C2"]}, {"転入": {"A1": "市民課 記録係"}})))  # fmt: skip

    # 9 — 印鑑登録 照会 reply, odt (L2)
    p = ctx.person((1950, 2000))
    docs.append(Doc(F, "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="印鑑登録 照会書（回答書）",
        paragraphs=[f"{p.name()} 様", "あなたから印鑑登録の申請がありましたので、本人の申請であるか確認します。",
                    "下の回答書に記入し、登録する印鑑と本人確認書類を持って、30日以内に市民課へお越しください。"],
        tables=[[["回答書", ""], ["住所", p.address()], ["氏名", p.name()], ["生年月日", wareki(p.birth)],
                 ["申請したのは", "本人に間違いありません"]]],
        footer=f"{city}市民課 {office}",
    )))  # fmt: skip

    # 10 — pasted chat log with arrows: identity check, reply gives the birth date (L2)
    p = ctx.person((1950, 2000))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(4, 9)
    docs.append(Doc(F, "txt", 2, ["name", "birth_date"], DocSpec(paragraphs=chat("arrow", TODAY, [
        (t[0], s1, f"3番窓口 {p.name()}さん、本人確認書類が保険証のみです"),
        (t[1], s2, "もう1点ありますか？"),
        (t[2], s1, f"年金手帳あり。生年月日 {ctx.bd(p, 'short')} で一致しました"),
        (t[3], s2, "OKです、交付してください"),
    ], "窓口連絡"))))  # fmt: skip

    # 11 — lawyer's 職務上請求 for a 戸籍, PDF with digits spaced (L2)
    p = ctx.person((1945, 1985))
    ctx.urban(p)
    lawyer = ctx.staff()
    lines = [f">{wareki(ctx.day(dt.date(2024, 8, 1), TODAY), 'spaced')}", "^戸籍謄本等職務上請求書", "",
             f"{city}長 様", "",
             f"請求者　弁護士 {lawyer}（{ctx.pref[:-1]}弁護士会 登録番号 {r.randint(20000, 59999)}）",
             f"事務所　{lawyer.split()[0]}法律事務所 {spaced_digits(ctx.biz_address())}　電話 {ctx.tel()}", "",
             f"本籍　{spaced_digits(p.address())}", f"筆頭者　{p.name()}",
             f"対象者　{p.name()}（{wareki(p.birth, 'spaced')} 生）",
             "請求の種別　戸籍全部事項証明書 1 通", "利用目的　遺産分割調停の申立て（相続人の確定）"]  # fmt: skip
    docs.append(Doc(F, "pdf", 2, ["name", "address", "birth_date"], DocSpec(title="職務上請求書"), post=letter_pdf(lines),
                    note="the lawyer is in role; the person whose 戸籍 is requested is private (本籍 as address)"))  # fmt: skip

    # 12 — DV 支援措置 申出 with the doctor's findings (L3)
    p = ctx.person((1975, 1998), "女")
    ab = ctx.person((1970, 1995), "男")
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="住民基本台帳事務における支援措置申出書",
        tables=[[["申出者", p.name(), "生年月日", wareki(p.birth)], ["住所", p.address(), "", ""],
                 ["加害者", ab.name(), "続柄", "元夫"]]],
        paragraphs=["申出の理由：配偶者からの暴力（DV）",
                    f"相談機関の意見：{ctx.short}警察署 生活安全課にて相談済、支援の必要性あり",
                    f"添付：{ctx.hospital()}の診断書（全身打撲、左肋骨骨折　全治4週間）、心療内科の通院記録（PTSD）"],
    ), note="DV support with the injury and PTSD from a 診断書: health of a named person"))  # fmt: skip

    # 13 — 転出者 list from the core system (L3)
    ppl = ctx.people(r.randint(122, 130), (1940, 2004))
    rows2 = [[ctx.atena(), person_row_name(p, True), p.kata, wareki(p.birth, "slash"), p.local,
              r.choice(["仙台市", "東京都", "大阪府", "福岡市", "県内"]), f"R06.{r.randint(3, 8):02d}.{r.randint(1, 28):02d}"]
             for p in ppl]  # fmt: skip
    cols = [
        ("宛名番号", 30),
        ("氏名", 100),
        ("カナ", 170),
        ("生年月日", 270),
        ("旧住所", 335),
        ("転出先", 610),
        ("異動日", 680),
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="転出者一覧"),
                    post=system_print("住民異動 転出者一覧", f"{city} 住民記録システム  JR-3020", cols, rows2, 34,
                                      "異動事由：転出  期間：R06.03.01～R06.08.31")))  # fmt: skip

    # 14 — card pick-up reservations with a hidden sheet headed 番号 (L3)
    ppl = ctx.people(12, (1940, 2004))
    rows = [["予約日時", "氏名", "フリガナ", "住所", "電話", "受取窓口"]]
    hidden: list[list[Cell]] = [["予約No", "氏名", "番号"]]
    for i, p in enumerate(ppl, start=1):
        d = ctx.day(TODAY, dt.date(2024, 10, 31))
        rows.append([f"{ymd(d)} {r.choice(['9:00', '10:30', '13:30', '15:00'])}", p.name(), p.kata, p.address(), p.phone,
                     r.choice(["本庁", "支所"])])  # fmt: skip
        hidden.append([i, p.name(), int(random_my_number(r))])
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "phone", "my_number"], DocSpec(sheets=[
        sheet("予約", rows, title="カード交付 予約一覧"), sheet("番号", hidden, state="hidden", number_formats={2: "0"})]),
        note="the My Numbers are on a hidden sheet headed only 番号"))  # fmt: skip

    # 15 — Teams: a message quotes a resident's number as 「○○さんの番号」 (L3)
    p = ctx.person((1950, 2000))
    s1, s2 = ctx.staff(), ctx.staff()
    t = ctx.clocks(3, 11)
    docs.append(Doc(F, "txt", 3, ["name", "my_number"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s1, "住基ネットの照会、お願いできますか"),
        (t[1], s1, f"{p.name()}さんの番号 {grouped(random_my_number(r))} です"),
        (t[2], s2, "照会しました。転出先の住所が確認できました"),
    ], "市民課 記録係")), note="a My Number labelled only 「○○さんの番号」 in a chat"))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [kokuho, hokenzei, nenkin, koki, juminzei, kotei, shimin]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, roma, office, towns = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, roma, office, towns, set())
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set27", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
