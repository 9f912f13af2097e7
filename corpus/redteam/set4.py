"""Write the fourth red-team set (blind, municipal staff documents): ``python -m corpus.redteam.set4 OUT``.

Written without reading the detectors, the policy data or the other corpus generators' documents,
from descriptions of what municipal staff produce: core-system (住基) person lists printed to PDF
with space-aligned columns, chat exports, case notes, weak-context My Numbers in headers, footers
and text boxes (and their near misses), PDFs whose producer spaced out the digits, letters and
application forms (filled in, blank, and 記入例 samples). Every document carries the level the
default policy gives it; doubtful ones have a one-line ``note`` saying how the policy text decides.

``types`` lists the finding types a perfect reader would report about *private persons* in the
file (plus ``corporate_number`` where one is printed): staff in their official role, company
representatives and facilities are not persons under the policy, so their names and phones are
not listed. ``OUT/manifest.jsonl`` has the shape :mod:`corpus.eval.evaluate` reads, so
``python -m corpus.eval.evaluate --corpus OUT --no-held-out`` scores the set.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import corporate_number_check_digit as corporate_check_digit
from corpus.factory.numbers import my_number_check_digit
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 4404

# --- check digits (My Number Act cabinet order art. 8; corporate number: NTA) -----------------------


def is_my_number(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    return len(digits) == 12 and my_number_check_digit(digits[:11]) == int(digits[11])


def is_corporate_number(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    return len(digits) == 13 and corporate_check_digit(digits[1:]) == int(digits[0])


def grouped(number: str, sep: str = " ") -> str:
    """A 12-digit number as 4-4-4 groups."""
    return sep.join(number[i : i + 4] for i in range(0, 12, 4))


# --- pools (this module's own) ----------------------------------------------------------------------
# fmt: off
SURNAMES: list[tuple[str, str]] = [
    ("門脇", "カドワキ"), ("景山", "カゲヤマ"), ("足立", "アダチ"), ("山根", "ヤマネ"), ("小谷", "コタニ"), ("森脇", "モリワキ"),
    ("河本", "コウモト"), ("西尾", "ニシオ"), ("谷口", "タニグチ"), ("浜崎", "ハマサキ"), ("植田", "ウエダ"), ("野津", "ノツ"),
    ("石倉", "イシクラ"), ("永見", "ナガミ"), ("錦織", "ニシコリ"), ("槇原", "マキハラ"), ("三島", "ミシマ"), ("細田", "ホソダ"), ("安部", "アベ"),
    ("岸本", "キシモト"), ("妹尾", "セノオ"), ("仲田", "ナカタ"), ("湯浅", "ユアサ"), ("稲田", "イナダ"), ("松浦", "マツウラ"),
    ("吉岡", "ヨシオカ"), ("周藤", "スドウ"), ("江角", "エスミ"), ("遠藤", "エンドウ"), ("舩木", "フナキ"),
]
GIVEN: list[tuple[str, str, str]] = [
    ("和夫", "カズオ", "男"), ("節子", "セツコ", "女"), ("悠真", "ユウマ", "男"), ("結衣", "ユイ", "女"), ("弘", "ヒロシ", "男"),
    ("静香", "シズカ", "女"), ("陸", "リク", "男"), ("咲良", "サクラ", "女"), ("昭二", "ショウジ", "男"), ("文子", "フミコ", "女"),
    ("智也", "トモヤ", "男"), ("麻衣", "マイ", "女"), ("勇", "イサム", "男"), ("久美子", "クミコ", "女"), ("颯太", "ソウタ", "男"),
    ("芽依", "メイ", "女"), ("栄一", "エイイチ", "男"), ("キヨ", "キヨ", "女"), ("達也", "タツヤ", "男"), ("里美", "サトミ", "女"),
    ("湊", "ミナト", "男"), ("凛", "リン", "女"), ("博之", "ヒロユキ", "男"), ("美和", "ミワ", "女"), ("茂", "シゲル", "男"),
    ("トミ子", "トミコ", "女"), ("大和", "ヤマト", "男"), ("心春", "コハル", "女"), ("正人", "マサト", "男"), ("幸恵", "ユキエ", "女"),
    ("光男", "ミツオ", "男"), ("ハツ", "ハツ", "女"), ("蒼", "アオイ", "男"), ("陽葵", "ヒマリ", "女"), ("健太郎", "ケンタロウ", "男"),
    ("千尋", "チヒロ", "女"), ("義雄", "ヨシオ", "男"), ("房子", "フサコ", "女"), ("拓真", "タクマ", "男"), ("優奈", "ユウナ", "女"),
]
# Staff are named in their official role (chat users, 担当者): a separate pool, never residents.
STAFF: list[str] = [
    "堀江 正樹", "岡野 真由美", "片山 俊介", "秦 由佳", "日野 浩二", "宇田川 彩", "黒田 匠", "椿 加奈子",
]
CITY = "米子市"
PREF = "鳥取県"
# town → (postal code, uses 丁目)
TOWNS: dict[str, tuple[str, bool]] = {
    "皆生温泉": ("683-0001", True), "角盤町": ("683-0052", True), "西福原": ("683-0064", True),
    "東福原": ("683-0065", True), "車尾": ("683-0853", True), "両三柳": ("683-0851", False),
    "上後藤": ("683-0841", False), "彦名町": ("683-0854", False), "夜見町": ("683-0833", False),
    "淀江町西原": ("689-3401", False), "大篠津町": ("683-0101", False), "新開": ("683-0802", True),
}
OTHER_PLACES = [
    "松江市学園南", "松江市西津田", "境港市上道町", "倉吉市上井町", "安来市飯島町", "出雲市今市町",
]
COMPANIES = [
    "株式会社山陰データサービス", "有限会社皆生設備", "株式会社伯耆印刷", "弓浜リース株式会社", "株式会社大山システム", "日野川建設株式会社",
]
FACILITIES = [
    "皆生公民館", "車尾地区公民館", "彦名ふれあいセンター", "淀江支所", "福原児童館", "夜見保育園", "両三柳老人憩の家", "新開図書分館",
]
# fmt: on
ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


@dataclass
class Address:
    town: str
    chome: int
    ban: int
    go: int

    @property
    def postal(self) -> str:
        return TOWNS[self.town][0]

    def text(self, style: str = "chome", pref: bool = False) -> str:
        head = (PREF if pref else "") + CITY
        has_chome = TOWNS[self.town][1]
        if style == "hyphen":
            lot = (
                f"{self.chome}-{self.ban}-{self.go}"
                if has_chome
                else f"{self.ban * 10 + self.go}-{self.chome}"
            )
            return f"{head}{self.town}{lot}"
        if style == "spaced":  # what some PDF producers do around digits
            lot = (
                f"{self.chome} 丁目 {self.ban} 番 {self.go} 号"
                if has_chome
                else f"{self.ban * 10 + self.go} 番地 {self.chome}"
            )
            return f"{head} {self.town} {lot}"
        if style == "fullwidth":
            lot = (
                f"{self.chome}-{self.ban}-{self.go}"
                if has_chome
                else f"{self.ban * 10 + self.go}-{self.chome}"
            )
            return f"{head}{self.town}{lot.translate(ZEN)}"
        lot = (
            f"{self.chome}丁目{self.ban}番{self.go}号"
            if has_chome
            else f"{self.ban * 10 + self.go}番地{self.chome}"
        )
        return f"{head}{self.town}{lot}"


@dataclass
class Person:
    sur: str
    given: str
    sur_kana: str
    given_kana: str
    sex: str
    dob: dt.date
    addr: Address
    phone: str

    def name(self, sep: str = " ") -> str:
        return f"{self.sur}{sep}{self.given}"

    def kana(self, sep: str = " ") -> str:
        return f"{self.sur_kana}{sep}{self.given_kana}"


def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese-era date: long 昭和45年3月2日, spaced 昭和 45 年 3 月 2 日, short S45.03.02, jp 昭45.3.2."""
    eras = [
        (dt.date(2019, 5, 1), "令和", "R"),
        (dt.date(1989, 1, 8), "平成", "H"),
        (dt.date(1926, 12, 25), "昭和", "S"),
        (dt.date(1912, 7, 30), "大正", "T"),
    ]
    found = next(((start, name, letter) for start, name, letter in eras if d >= start), None)
    if found is None:
        raise ValueError("date before 大正")
    start, name, letter = found
    year = d.year - start.year + 1
    if style == "short":
        return f"{letter}{year:02d}.{d.month:02d}.{d.day:02d}"
    if style == "jp":
        return f"{name[0]}{year}.{d.month}.{d.day}"
    if style == "spaced":
        return f"{name} {year} 年 {d.month} 月 {d.day} 日"
    if style == "padded":  # core-system printouts right-align the numbers
        return f"{name}{year:>2}年{d.month:>2}月{d.day:>2}日"
    return f"{name}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def sheet(name: str, rows: Iterable[Sequence[Cell]], **kw: Any) -> SheetSpec:
    """A SheetSpec from any rows of cells (lists of str are fine)."""
    return SheetSpec(name, [list(r) for r in rows], **kw)


# --- documents ----------------------------------------------------------------------------------------
@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def raw_file(data: bytes) -> Callable[[Path], None]:
    """A ``post`` step that replaces the written file with bytes this module rendered itself."""

    def write(path: Path) -> None:
        path.write_bytes(data)

    return write


@dataclass
class Gen:
    rng: random.Random
    docs: list[Doc] = field(default_factory=list)
    _names: set[tuple[str, str]] = field(default_factory=set)  # names used in the current document

    # people and values
    def person(
        self, lo: int = 1935, hi: int = 2018, sur: tuple[str, str] | None = None, sex: str | None = None
    ) -> Person:
        """A resident whose full name is new within the current document, so that the number of
        distinct persons in a document is exactly the number of people generated for it."""
        given = [x for x in GIVEN if sex is None or x[2] == sex]
        for _ in range(10_000):
            s = sur or self.rng.choice(SURNAMES)
            g = self.rng.choice(given)
            if (s[0], g[0]) not in self._names:
                self._names.add((s[0], g[0]))
                dob = dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))
                return Person(s[0], g[0], s[1], g[1], g[2], dob, self.address(), self.phone())
        raise RuntimeError("name pool exhausted for one document")

    def address(self) -> Address:
        return Address(
            self.rng.choice(sorted(TOWNS)),
            self.rng.randint(1, 6),
            self.rng.randint(1, 28),
            self.rng.randint(1, 20),
        )

    def phone(self) -> str:
        if self.rng.random() < 0.5:
            return f"0859-{self.rng.randint(22, 39)}-{self.rng.randint(1000, 9999)}"
        return f"{self.rng.choice(['090', '080', '070'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def my_number(self) -> str:
        base = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        return base + str(my_number_check_digit(base))

    def not_my_number(self, prefix: str = "") -> str:
        """12 digits that fail the My Number check digit (order, invoice, asset numbers)."""
        while True:
            body = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(12 - len(prefix)))
            if not is_my_number(body):
                return body

    def passing_order_number(self, prefix: str) -> str:
        """An order number that passes the My Number check digit by chance (one in eleven do)."""
        base = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(11 - len(prefix)))
        return base + str(my_number_check_digit(base))

    def corporate(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_check_digit(base)) + base

    def staff(self) -> str:
        return self.rng.choice(STAFF)

    def yen(self, lo: int, hi: int, step: int = 100) -> str:
        return f"{self.rng.randrange(lo, hi, step):,}"

    def household(self, size: int) -> list[tuple[Person, str]]:
        """A household: head, spouse, children, sometimes a parent — same surname and address."""
        head = self.person(1940, 1990)
        members = [(head, "世帯主")]
        sur = (head.sur, head.sur_kana)
        roles = ["妻" if head.sex == "男" else "夫", "子", "子", "母", "子"]
        for role in roles[: size - 1]:
            lo, hi = (
                (head.dob.year - 8, head.dob.year + 6) if role in ("妻", "夫") else (head.dob.year + 20, 2023)
            )
            if role == "母":
                lo, hi = head.dob.year - 35, head.dob.year - 20
            sex = {"妻": "女", "夫": "男", "母": "女"}.get(role)
            p = self.person(max(1915, lo), min(2023, max(lo, hi)), sur=sur, sex=sex)
            p.addr = head.addr
            members.append((p, role))
        return members

    def add(
        self,
        family: str,
        fmt: str,
        level: int,
        types: Sequence[str],
        spec: DocSpec | None = None,
        note: str = "",
        data: bytes | None = None,
    ) -> None:
        self.docs.append(
            Doc(
                family,
                fmt,
                level,
                sorted(set(types)),
                spec or DocSpec(),
                note,
                raw_file(data) if data else None,
            )
        )
        self._names.clear()


# --- PDF rendering (canvas-level: printouts and plain letters) -------------------------------------------
_FONT = "HeiseiMin-W3"
_FONT_GOTHIC = "HeiseiKakuGo-W5"


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in (_FONT, _FONT_GOTHIC):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def disp_width(text: str) -> int:
    """Width in half-width cells, as a fixed-pitch line printer counts it."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def printout_pdf(
    *,
    system: str,
    title: str,
    conditions: str,
    columns: Sequence[tuple[str, int]],
    rows: Sequence[Sequence[str]],
    printed: str,
    rows_per_page: int = 38,
    positioned: bool = False,
    footer_total: str | None = None,
    landscape_page: bool = True,
    continuation: Sequence[str] | None = None,
) -> bytes:
    """A core-system list printed to PDF: repeated page header, column header, page numbers.

    ``continuation``: a second printed line per record (two-line records: the address and the
    household head under the name line, as many resident-register printouts do).

    ``positioned`` False: each row is one string whose columns are aligned with runs of spaces
    (what a line-printer style driver emits). True: each cell is drawn at its column's x position
    (no spaces between columns in the text stream).
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    _fonts()
    size = landscape(A4) if landscape_page else A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setCreator(system)
    font_size = 8.0
    # a space is 1/4 em in the CID font and a CJK glyph 1 em: one half-width cell = two spaces
    widths = [w for _, w in columns]
    pages = max(1, -(-len(rows) // rows_per_page))
    left = 12 * mm
    top = size[1] - 12 * mm
    line_h = font_size * 1.55
    cell_pt = pdfmetrics.stringWidth("0", _FONT, font_size)

    def line(y: float, cells: Sequence[str]) -> None:
        if positioned:
            x = left
            for text, w in zip(cells, widths, strict=True):
                c.drawString(x, y, text)
                x += w * cell_pt
        else:
            padded = "".join(
                t + " " * (2 * max(1, w - disp_width(t))) for t, w in zip(cells, widths, strict=True)
            )
            c.drawString(left, y, padded.rstrip())

    for page in range(pages):
        c.setFont(_FONT, font_size)
        c.drawString(left, top, f"{system}")
        c.drawRightString(size[0] - 12 * mm, top, f"作成日 {printed}    頁 {page + 1:>3} / {pages:>3}")
        c.setFont(_FONT_GOTHIC, 11)
        c.drawCentredString(size[0] / 2, top - 16, title)
        c.setFont(_FONT, font_size)
        c.drawString(left, top - 30, conditions)
        y = top - 46
        line(y, [h for h, _ in columns])
        y -= 4
        c.line(left, y, size[0] - 12 * mm, y)
        y -= line_h
        start = page * rows_per_page
        for index, row in enumerate(rows[start : start + rows_per_page], start=start):
            line(y, list(row))
            y -= line_h
            if continuation is not None:
                c.drawString(left, y, " " * (2 * widths[0]) + continuation[index])
                y -= line_h
        if page == pages - 1 and footer_total:
            y -= 4
            c.drawString(left, y, footer_total)
        c.drawCentredString(size[0] / 2, 8 * mm, f"- {page + 1} -")
        c.showPage()
    c.save()
    return buf.getvalue()


def text_pdf(
    lines: Sequence[str],
    *,
    title: str = "",
    header: str | None = None,
    footer: str | None = None,
    font_size: float = 10.5,
    author: str = "",
) -> bytes:
    """Plain page text drawn line by line (letters, memos); long lines wrap, pages break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    _fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    left, right = 22 * mm, A4[0] - 22 * mm
    top, bottom = A4[1] - 25 * mm, 22 * mm
    lead = font_size * 1.7
    wrapped: list[str] = []
    for text in lines:
        current = ""
        for ch in text:
            if pdfmetrics.stringWidth(current + ch, _FONT, font_size) > right - left:
                wrapped.append(current)
                current = ""
            current += ch
        wrapped.append(current)
    per_page = int((top - bottom) // lead)
    pages = [wrapped[i : i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    for number, page in enumerate(pages, start=1):
        c.setFont(_FONT, 9)
        if header:
            c.drawRightString(right, A4[1] - 14 * mm, header)
        if footer:
            c.drawCentredString(A4[0] / 2, 12 * mm, footer.replace("{page}", str(number)))
        c.setFont(_FONT, font_size)
        y = top
        for text in page:
            c.drawString(left, y, text)
            y -= lead
        c.showPage()
    c.save()
    return buf.getvalue()


# ====================================================================================================
# family: 住基 / core-system printouts
# ====================================================================================================
def juki_printouts(g: Gen) -> None:
    fam = "juki-print"
    printed = "令和 6年 4月 8日"

    def people(n: int) -> list[tuple[Person, str, str]]:
        """n residents in households: (person, relationship, household number)."""
        out: list[tuple[Person, str, str]] = []
        hh = g.rng.randint(100000, 400000)
        while len(out) < n:
            hh += g.rng.randint(1, 37)
            for p, role in g.household(min(n - len(out), g.rng.randint(1, 4))):
                out.append((p, role, f"{hh:08d}"))
        return out

    # 1. 住民票一覧 with 和暦 birth dates, address and 世帯主: 150 residents, spaces → 3
    rows150 = people(150)
    heads: dict[str, str] = {h: p.name("　") for p, r, h in rows150 if r == "世帯主"}
    g.add(
        fam,
        "pdf",
        3,
        ["name", "birth_date", "address", "gender", "relationship", "household_number"],
        data=printout_pdf(
            system="住民記録システム  JUK-R0120",
            title="住 民 票 一 覧 （町字別）",
            conditions="抽出条件：町字＝皆生温泉・新開・車尾   基準日：R06.04.01   在住者のみ",
            columns=[
                ("世帯番号", 10),
                ("氏名", 16),
                ("性別", 5),
                ("生年月日", 18),
                ("続柄", 7),
                ("住所", 40),
                ("世帯主", 16),
            ],
            rows=[
                [h, p.name("　"), p.sex, wareki(p.dob, "padded"), r, p.addr.text("chome"), heads[h]]
                for p, r, h in rows150
            ],
            printed=printed,
            footer_total=f"合計  {len(rows150)} 人  {len(heads)} 世帯",
        ),
        note="bulk: 150 persons in households, name + birth date + address → 3",
    )
    # 2. 世帯主 list by position (no spaces), 120 residents: name + address → 3
    rows120 = people(120)
    heads2 = {h: p.name(" ") for p, r, h in rows120 if r == "世帯主"}
    g.add(
        fam,
        "pdf",
        3,
        ["name", "address", "household_number"],
        data=printout_pdf(
            system="基幹系住民情報システム",
            title="世帯員一覧表",
            conditions=f"対象：{CITY}全域（抽出）  出力区分：世帯順",
            columns=[("世帯番号", 11), ("氏名", 18), ("カナ氏名", 22), ("住所", 44), ("世帯主氏名", 16)],
            rows=[[h, p.name(" "), p.kana(" "), p.addr.text("hyphen"), heads2[h]] for p, r, h in rows120],
            printed=printed,
            positioned=True,
            rows_per_page=34,
        ),
        note="bulk: 120 persons, name + address, columns placed by position → 3",
    )
    # 3. 敬老会 招待者名簿: 230 residents, name + short 和暦 birth date + sex (no address) → 3
    elders = [g.person(1925, 1949) for _ in range(230)]
    g.add(
        fam,
        "pdf",
        3,
        ["name", "birth_date", "gender"],
        data=printout_pdf(
            system="住民記録システム  JUK-L0450",
            title="敬老会 招待者名簿（75歳以上）",
            conditions="年齢基準日：R06.09.15   地区：全地区",
            columns=[("No", 6), ("氏名", 18), ("カナ", 22), ("性", 4), ("生年月日", 12), ("年齢", 6)],
            rows=[
                [str(i), p.name("　"), p.kana(" "), p.sex, wareki(p.dob, "short"), str(2024 - p.dob.year)]
                for i, p in enumerate(elders, start=1)
            ],
            printed=printed,
            landscape_page=False,
            rows_per_page=52,
        ),
        note="bulk: 230 persons, name + birth date (no address) → 3",
    )
    # 4. exactly 101 residents with phone: just above the threshold → 3
    rec101 = [g.person(1940, 1995) for _ in range(101)]
    g.add(
        fam,
        "pdf",
        3,
        ["name", "phone", "address"],
        data=printout_pdf(
            system="防災情報管理システム（住基連携）",
            title="戸別受信機 貸与者一覧",
            conditions="貸与状況：貸与中   並び順：地区コード",
            columns=[("No", 5), ("貸与者氏名", 16), ("電話番号", 16), ("設置場所住所", 40)],
            rows=[[str(i), p.name(" "), p.phone, p.addr.text("chome")] for i, p in enumerate(rec101, 1)],
            printed=printed,
        ),
        note="bulk: 101 persons with name + phone, more than bulk_subjects (100) → 3",
    )
    # 5. exactly 100 residents name + address: not more than 100 → 2
    rec100 = [g.person(1950, 2000) for _ in range(100)]
    g.add(
        fam,
        "pdf",
        2,
        ["name", "address"],
        data=printout_pdf(
            system="児童手当システム",
            title="児童手当 受給者一覧（現況届 未提出）",
            conditions="年度：令和6年度   抽出日：R06.07.01",
            columns=[("受給者番号", 11), ("受給者氏名", 16), ("住所", 42), ("児童数", 6)],
            rows=[
                [
                    f"J{g.rng.randint(100000, 999999)}",
                    p.name(" "),
                    p.addr.text("hyphen"),
                    str(g.rng.randint(1, 3)),
                ]
                for p in rec100
            ],
            printed=printed,
            footer_total="件数  100 件",
        ),
        note="not bulk: exactly 100 persons (name + address); the rule needs more than 100 → 2",
    )
    # 6. 国保税 滞納者一覧: 45 persons with arrears → 3
    arrears = [g.person(1945, 1995) for _ in range(45)]
    g.add(
        fam,
        "pdf",
        3,
        ["name", "address", "arrears"],
        data=printout_pdf(
            system="収納管理システム  SYU-T0310",
            title="国民健康保険税 滞納者一覧表",
            conditions="調定年度：R04〜R05   滞納額：10,000円以上",
            columns=[
                ("納義者番号", 11),
                ("氏名", 16),
                ("住所", 36),
                ("期別", 10),
                ("滞納額", 10),
                ("督促日", 12),
            ],
            rows=[
                [
                    f"{g.rng.randint(1000000, 9999999)}",
                    p.name("　"),
                    p.addr.text("chome"),
                    f"R0{g.rng.randint(4, 5)} {g.rng.randint(1, 10)}期",
                    g.yen(10000, 380000),
                    wareki(dt.date(2024, g.rng.randint(1, 3), g.rng.randint(1, 28)), "short"),
                ]
                for p in arrears
            ],
            printed=printed,
        ),
    )
    # 7. 転入者一覧 40 persons, 和暦 birth date + address → 2
    movers = [g.person(1960, 2020) for _ in range(40)]
    g.add(
        fam,
        "pdf",
        2,
        ["name", "address", "birth_date", "gender"],
        data=printout_pdf(
            system="住民記録システム  JUK-I0210",
            title="異動者一覧（転入）",
            conditions="異動日：R06.03.01〜R06.03.31   異動事由：転入",
            columns=[("氏名", 16), ("生年月日", 18), ("性別", 5), ("新住所", 38), ("従前地", 18)],
            rows=[
                [
                    p.name("　"),
                    wareki(p.dob, "padded"),
                    p.sex,
                    p.addr.text("chome"),
                    g.rng.choice(OTHER_PLACES),
                ]
                for p in movers
            ],
            printed=printed,
            footer_total="転入者数   40 人",
        ),
    )
    # 8. 12-row 住所異動届 処理リスト → 2
    few = [g.person(1950, 2005) for _ in range(12)]
    g.add(
        fam,
        "pdf",
        2,
        ["name", "address"],
        data=printout_pdf(
            system="住民記録システム",
            title="住所異動届 処理状況リスト",
            conditions="受付日：R06.04.05   窓口：本庁市民課",
            columns=[("受付番号", 10), ("届出人", 16), ("異動後住所", 40), ("処理", 8)],
            rows=[[f"{i:04d}", p.name(" "), p.addr.text("hyphen"), "済"] for i, p in enumerate(few, 1)],
            printed=printed,
            positioned=True,
        ),
    )
    # 9. 99 residents with 和暦 birth dates over 3 pages → 2
    rec99 = [g.person(1959, 1959) for _ in range(99)]  # turning 65
    g.add(
        fam,
        "pdf",
        2,
        ["name", "birth_date"],
        data=printout_pdf(
            system="介護保険システム（住基連携）",
            title="年齢到達者一覧（第1号被保険者 資格取得予定）",
            conditions="到達日：R06.05.01〜R06.07.31",
            columns=[("被保険者番号", 13), ("氏名", 16), ("生年月日", 18), ("到達日", 12)],
            rows=[
                [f"{g.rng.randint(10**9, 10**10 - 1)}", p.name("　"), wareki(p.dob, "long"), "R06.06.01"]
                for p in rec99
            ],
            printed=printed,
            landscape_page=False,
            rows_per_page=40,
        ),
        note="not bulk: 99 persons (name + birth date) across 3 pages → 2",
    )
    # 10. 町丁別人口集計 (no persons), several pages in the same layout → 1
    agg_rows: list[list[str]] = []
    for town in sorted(TOWNS):
        for chome in range(1, 9):
            m, f = g.rng.randint(80, 900), g.rng.randint(80, 900)
            agg_rows.append(
                [town, f"{chome}丁目", f"{g.rng.randint(60, 800):,}", f"{m:,}", f"{f:,}", f"{m + f:,}"]
            )
    g.add(
        fam,
        "pdf",
        1,
        [],
        data=printout_pdf(
            system="住民記録システム  JUK-S0010",
            title="町丁別 世帯数・人口集計表",
            conditions="基準日：R06.04.01   外国人住民を含む",
            columns=[("町字", 14), ("丁目", 8), ("世帯数", 10), ("男", 8), ("女", 8), ("計", 8)],
            rows=agg_rows,
            printed=printed,
            landscape_page=False,
            rows_per_page=45,
        ),
    )
    # 11. 町字コード表 (addresses without persons) → 1
    code_rows = [
        [f"{i:05d}", town, TOWNS[town][0], "丁目あり" if TOWNS[town][1] else "番地"]
        for i, town in enumerate(sorted(TOWNS), start=101)
    ]
    g.add(
        fam,
        "pdf",
        1,
        [],
        data=printout_pdf(
            system="住民記録システム  JUK-M0002",
            title="町字コード一覧",
            conditions="有効区分：有効のみ",
            columns=[("町字コード", 12), ("町字名", 16), ("郵便番号", 12), ("住居表示", 10)],
            rows=code_rows,
            printed=printed,
            landscape_page=False,
        ),
    )
    # 12. CSV export of the resident register (cp932, as the core system writes it), 150 rows → 3
    rows_csv = people(150)
    g.add(
        fam,
        "csv-cp932",
        3,
        ["name", "birth_date", "address", "gender", "relationship", "household_number"],
        DocSpec(
            sheets=[
                sheet(
                    "export",
                    [["世帯番号", "氏名", "氏名カナ", "性別", "生年月日", "続柄", "住所"]]
                    + [
                        [
                            h,
                            p.name("　"),
                            p.kana("　"),
                            "1" if p.sex == "男" else "2",
                            wareki(p.dob, "short"),
                            r,
                            p.addr.text("hyphen"),
                        ]
                        for p, r, h in rows_csv
                    ],
                )
            ]
        ),
        note="bulk: 150 persons, core-system CSV export (cp932) → 3",
    )
    # 13. 60 persons, spaced 和暦 birth dates in a printed list (two pages) → 2
    rec60 = [g.person(2012, 2012) for _ in range(60)]  # one school year
    g.add(
        fam,
        "pdf",
        2,
        ["name", "birth_date", "address"],
        data=printout_pdf(
            system="学齢簿システム",
            title="就学予定者一覧（中学校）",
            conditions="学区：弓ヶ浜中学校   入学年度：令和7年度",
            columns=[("氏名", 16), ("生年月日", 22), ("住所", 40), ("通学区", 10)],
            rows=[[p.name(" "), wareki(p.dob, "spaced"), p.addr.text("chome"), "第2区"] for p in rec60],
            printed=printed,
            rows_per_page=30,
        ),
    )


# ====================================================================================================
# family: chat / conversation logs
# ====================================================================================================
Chat = list[tuple[str, str]]  # (user, message)


def chat_times(g: Gen, n: int, start: dt.datetime) -> list[dt.datetime]:
    out, t = [], start
    for _ in range(n):
        t += dt.timedelta(minutes=g.rng.randint(0, 9), seconds=g.rng.randint(0, 59))
        out.append(t)
    return out


def chat_doc(g: Gen, style: str, chat: Chat, room: str, day: dt.datetime) -> tuple[str, DocSpec]:
    """Render a chat the way a given tool's export or a copy-paste looks; return (format, spec)."""
    times = chat_times(g, len(chat), day)
    if style == "bracket":  # Teams copy-paste into a text memo
        lines = [f"{room}  {day:%Y/%m/%d}"] + [
            f"[{t:%H:%M}] {u}: {m}" for t, (u, m) in zip(times, chat, strict=True)
        ]
        return "txt", DocSpec(paragraphs=lines)
    if style == "arrow":  # LINE WORKS talk history
        lines = [f"[LINE WORKS] {room} のトーク履歴", f"保存日時：{day:%Y/%m/%d %H:%M}", ""]
        lines += [f"{t:%H:%M} {u} → {m}" for t, (u, m) in zip(times, chat, strict=True)]
        return "txt", DocSpec(paragraphs=lines)
    if style == "teams-docx":  # Teams thread pasted into Word for the case file
        paras = []
        for t, (u, m) in zip(times, chat, strict=True):
            paras += [f"{u}  {t:%m/%d %H:%M}", m]
        return "docx", DocSpec(title=f"Teams チャット記録（{room}）", paragraphs=paras)
    if style == "csv":  # Slack / business chat export: timestamp,user,message
        rows: list[list[Cell]] = [["timestamp", "user", "message"]]
        rows += [[f"{t:%Y-%m-%d %H:%M:%S}", u, m] for t, (u, m) in zip(times, chat, strict=True)]
        return "csv", DocSpec(sheets=[sheet("export", rows)])
    if style == "xlsx":  # admin export of a talk room
        rows = [["日時", "トークルーム", "送信者", "メッセージ"]]
        rows += [[t, room, u, m] for t, (u, m) in zip(times, chat, strict=True)]
        return "xlsx", DocSpec(sheets=[sheet("トーク履歴", rows)])
    raise ValueError(style)


def chats(g: Gen) -> None:
    fam = "chat"
    day = dt.datetime(2024, 4, 8, 9, 12)

    def two() -> tuple[str, str]:
        a, b = g.rng.sample(STAFF, 2)
        return a, b

    # --- a resident named, the reply gives phone → 2
    for style in ("bracket", "csv", "teams-docx"):
        a, b = two()
        p = g.person(1940, 2000)
        chat: Chat = [
            (a, "おはようございます。今日の窓口当番よろしくお願いします"),
            (a, f"{p.name()}さんから住民票の郵送請求が来ていますが、記載に不明点があります"),
            (b, f"住基の登録だと連絡先は {p.phone} です。日中はつながりやすいみたいです"),
            (a, "ありがとうございます、確認してみます"),
        ]
        fmt, spec = chat_doc(g, style, chat, "市民課 窓口", day)
        g.add(
            fam,
            fmt,
            2,
            ["name", "phone"],
            spec,
            note="the reply's phone belongs to the resident the previous message names",
        )
    # --- address in the reply → 2
    for style in ("arrow", "xlsx"):
        a, b = two()
        p = g.person(1940, 2000)
        chat = [
            (a, f"{p.sur} {p.given}様あての通知、宛所不明で戻ってきました"),
            (b, f"転居届が出てます。新しい住所は {p.addr.text('chome')} です"),
            (a, "了解、再送します"),
        ]
        fmt, spec = chat_doc(g, style, chat, "税務課 市民税係", day)
        g.add(fam, fmt, 2, ["name", "address"], spec)
    # --- birth date in the reply → 2
    a, b = two()
    p = g.person(2015, 2022)
    chat = [
        (a, f"{p.name()}ちゃんの入園申込、生年月日の欄が空欄です"),
        (b, f"住基で確認しました。{wareki(p.dob)}生まれです"),
        (a, "助かります"),
    ]
    fmt, spec = chat_doc(g, "bracket", chat, "こども課", day)
    g.add(fam, fmt, 2, ["name", "birth_date"], spec)
    # --- arrears in the reply → 3
    for style, subject in (("csv", "保育料"), ("arrow", "市営住宅家賃"), ("teams-docx", "給食費")):
        a, b = two()
        p = g.person(1960, 1995)
        chat = [
            (a, f"{p.name()}さんが来庁されて、児童手当の口座変更をしたいそうです"),
            (
                b,
                f"その方、{subject}が{g.rng.randint(3, 9)}か月分 未納です。合計 {g.yen(40000, 300000)} 円。"
                "収納係にも声をかけてください",
            ),
            (a, "わかりました、分納の相談も案内します"),
        ]
        fmt, spec = chat_doc(g, style, chat, "子育て支援係", day)
        g.add(
            fam,
            fmt,
            3,
            ["name", "arrears"],
            spec,
            note="arrears of the resident named one message earlier → 3",
        )
    # --- health in the reply → 3
    for style in ("bracket", "xlsx"):
        a, b = two()
        p = g.person(1930, 1955)
        chat = [
            (a, f"来週の見守り訪問、{p.sur}さん（{p.addr.town}の{p.name('')}さん）も入れておきますか"),
            (b, "先月から入院中です。糖尿病が悪化して人工透析を始めたと娘さんから連絡がありました"),
            (a, "では退院後にします"),
        ]
        fmt, spec = chat_doc(g, style, chat, "地域包括支援センター連絡", day)
        g.add(fam, fmt, 3, ["name", "health"], spec)
    # --- My Number in the reply, 4-4-4 → 3
    a, b = two()
    p = g.person(1950, 2000)
    chat = [
        (a, f"{p.name()}さんの番号、申請書の記載と合ってるか見てもらえますか"),
        (b, f"{grouped(g.my_number())} で合ってます。番号確認済にしておきます"),
    ]
    fmt, spec = chat_doc(g, "arrow", chat, "マイナンバー担当", day)
    g.add(
        fam, fmt, 3, ["name", "my_number"], spec, note="a check-valid 4-4-4 number given as 「○○さんの番号」"
    )

    # --- harmless chats → 1
    a, b = two()
    chat = [
        (a, "明日の課内会議は 14:00 から第3会議室に変更です"),
        (b, "了解です。資料は 10 部印刷でいいですか"),
        (a, "12 部でお願いします。課長と係長2名が追加です"),
        (b, "承知しました"),
    ]
    fmt, spec = chat_doc(g, "bracket", chat, "総務課", day)
    g.add(fam, fmt, 1, [], spec)
    a, b = two()
    chat = [
        (a, "住基システムのメンテナンスで 4/13(土) 8:00〜17:00 は停止します"),
        (b, "窓口の案内文、掲示しておきます"),
        (a, "コンビニ交付も止まるので、ホームページにも載せてください"),
    ]
    fmt, spec = chat_doc(g, "csv", chat, "情報政策課", day)
    g.add(fam, fmt, 1, [], spec)
    a, b = two()
    chat = [
        (a, f"今月の催告書は {g.rng.randint(300, 600)} 件発送、返戻は {g.rng.randint(10, 40)} 件でした"),
        (b, f"滞納繰越分の収納率は前年同月比 +{g.rng.randint(1, 9)}.{g.rng.randint(0, 9)} ポイントです"),
        (a, "差押予告の対象は来週の滞納整理会議で決めましょう"),
    ]
    fmt, spec = chat_doc(g, "teams-docx", chat, "収納課", day)
    g.add(fam, fmt, 1, [], spec, note="arrears words, figures only, no identifiable person → 1")
    a, b = two()
    p = g.person(1940, 2000)
    chat = [
        (a, f"{p.name()}さんから電話あり、郵送した書類は届いたとのことです"),
        (b, "ありがとうございます。対応済にしておきます"),
    ]
    fmt, spec = chat_doc(g, "arrow", chat, "市民課", day)
    g.add(
        fam,
        fmt,
        1,
        ["name"],
        spec,
        note="a resident's name alone, no address/birth date/phone/health/arrears → 1",
    )
    a, b = two()
    chat = [
        (a, f"内線変更のお知らせです。{a.split()[0]}は 2315、{b.split()[0]}は 2318 になりました"),
        (b, "代表は 0859-23-5111 のままです。外線の転送設定もお願いします"),
        (a, "了解です"),
    ]
    fmt, spec = chat_doc(g, "xlsx", chat, "総務課", day)
    g.add(
        fam,
        fmt,
        1,
        [],
        spec,
        note="staff in their official role with office extensions are not private persons → 1",
    )
    a, b = two()
    company = g.rng.choice(COMPANIES)
    chat = [
        (a, f"{company}の営業担当、{g.person().sur}さんから見積もりが届きました"),
        (
            b,
            f"会社の代表番号は 0859-{g.rng.randint(22, 39)}-{g.rng.randint(1000, 9999)} です。明日折り返します",
        ),
    ]
    fmt, spec = chat_doc(g, "bracket", chat, "契約管財課", day)
    g.add(
        fam,
        fmt,
        1,
        [],
        spec,
        note="a company's representative with the company's phone: a person in a business role → 1",
    )


# ====================================================================================================
# family: case notes / 相談記録 / 訪問記録, and procedure manuals
# ====================================================================================================
def case_notes(g: Gen) -> None:
    fam = "case-notes"
    worker = g.staff

    # 1. 相談記録 (docx): intake table at the top, health much later → 3
    p = g.person(1960, 1990)
    g.add(
        fam,
        "docx",
        3,
        ["name", "address", "phone", "health", "birth_date"],
        DocSpec(
            title="生活相談記録票",
            tables=[
                [
                    ["相談日", "令和6年4月3日", "受付", worker()],
                    ["相談者", p.name(), "生年月日", wareki(p.dob)],
                    ["住所", p.addr.text("chome"), "連絡先", p.phone],
                ]
            ],
            paragraphs=[
                "【主訴】",
                "勤め先を退職してから収入がなく、家賃の支払いが難しくなってきたとのこと。",
                "【経過】",
                "昨年の秋ごろから眠れない日が続き、心療内科でうつ病と診断されて通院している。",
                "服薬は継続中。主治医からは当面の就労は控えるよう言われている。",
                "【対応】",
                "住居確保給付金の制度を説明し、申請書類一式を渡した。次回 4/17 に来所予定。",
            ],
        ),
    )
    # 2. 訪問記録 (pdf via writer): name once at the top, arrears paragraphs → 3
    p = g.person(1945, 1980)
    g.add(
        fam,
        "pdf",
        3,
        ["name", "arrears"],
        DocSpec(
            title="訪問記録",
            paragraphs=[
                f"訪問日：令和6年2月{g.rng.randint(1, 28)}日　訪問者：{'、'.join(g.rng.sample(STAFF, 2))}",
                f"訪問先：{p.name()} 方",
                "玄関先で本人と面談。前回の催告書は届いているとのこと。",
                f"介護保険料は令和4年度から{g.rng.randint(4, 9)}期分が未納で、延滞金を含めて"
                f"{g.yen(30000, 160000)}円となっている。",
                "年金の振込日に合わせて毎月5,000円ずつの分納を提案し、本人も了承。分納誓約書を郵送する。",
                "次回は3か月後に納付状況を確認する。",
            ],
        ),
    )
    # 3. 訪問記録 (txt): name with 様 at top, dementia diagnosis later → 3
    p = g.person(1928, 1945)
    g.add(
        fam,
        "txt",
        3,
        ["name", "health"],
        DocSpec(
            paragraphs=[
                f"■ 訪問記録　対象者：{p.name()} 様（{p.addr.town}）",
                f"■ 記録者：{worker()}（地域包括支援センター）",
                "",
                "長女から「最近物忘れがひどい」との相談があり自宅を訪問した。",
                "室内は片付いているが、冷蔵庫に同じ食品が複数あった。",
                "3月に市立病院の物忘れ外来を受診し、アルツハイマー型認知症と診断されている。",
                "要介護認定の申請を長女と一緒に行うこととした。",
            ]
        ),
    )
    # 4. 納税相談記録 (docx) with address, 固定資産税 arrears → 3
    p = g.person(1950, 1985)
    g.add(
        fam,
        "docx",
        3,
        ["name", "address", "arrears"],
        DocSpec(
            title="納税相談記録",
            paragraphs=[
                f"納税義務者：{p.name()}　　住所：{p.addr.text('hyphen')}",
                f"相談日時：令和6年1月{g.rng.randint(9, 31)}日 10:30〜11:10　対応：{worker()}",
                "令和3年度から令和5年度までの固定資産税（土地・家屋）が滞納となっている。",
                f"滞納額は本税 {g.yen(200000, 900000)}円、延滞金は別途計算中。",
                "事業の売上が回復するまで分納を希望。月2万円の分納誓約を受理した。",
                "不履行の場合は預金の差押を検討する旨を説明した。",
            ],
        ),
    )
    # 5. ケース記録 (docx): the name only in the page header, health in the body → 3
    p = g.person(1970, 2000)
    g.add(
        fam,
        "docx",
        3,
        ["name", "health"],
        DocSpec(
            header=f"ケース記録　{p.name()} 様　ケース番号 {g.rng.randint(1000, 9999)}",
            paragraphs=[
                "4/2 電話相談。精神障害者保健福祉手帳（2級）の更新について。",
                "統合失調症で月2回通院中、デイケアにも週3回通っている。",
                "更新用の診断書を主治医に依頼するよう伝えた。",
                "4/9 来所。診断書を受領。手帳の更新申請を受け付けた。",
            ],
            footer="担当：障がい福祉課",
        ),
    )
    # 6. 訪問記録 (pdf): 障害者手帳 → 3
    p = g.person(1955, 1995)
    g.add(
        fam,
        "pdf",
        3,
        ["name", "address", "health"],
        data=text_pdf(
            [
                "訪 問 記 録",
                "",
                f"対象者　{p.name('　')}",
                f"住　所　{p.addr.text('chome')}",
                "",
                "1 目的　補装具（車いす）の再交付に関する聞き取り",
                "2 状況　脳梗塞の後遺症で左半身にまひがあり、身体障害者手帳1級を所持。",
                "　　　　 屋内は伝い歩き、屋外は車いすを使用している。",
                "3 対応　見積書の提出を業者に依頼。判定後に決定通知を送付する。",
                "",
                f"記録者　{worker()}",
            ],
            title="訪問記録",
        ),
    )
    # 7. 住まい相談 with name, address, phone — no health or arrears → 2
    p = g.person(1975, 2000)
    g.add(
        fam,
        "docx",
        2,
        ["name", "address", "phone"],
        DocSpec(
            title="住まい相談記録",
            paragraphs=[
                f"相談者：{p.name()}（{p.addr.text('chome')}）　電話：{p.phone}",
                "子どもの進学に合わせて市営住宅への入居を希望している。",
                "募集は年2回（5月・11月）であることを説明し、募集案内を手渡した。",
                "現在の住宅は家族4人で手狭とのこと。次回募集時に申込予定。",
            ],
        ),
    )
    # 8. 相談記録 (txt): name + birth date, 児童手当 question → 2
    p = g.person(1985, 2000)
    g.add(
        fam,
        "txt",
        2,
        ["name", "birth_date"],
        DocSpec(
            paragraphs=[
                "相談記録（こども課 窓口）",
                f"相談者　{p.name()}　（{wareki(p.dob, 'jp')} 生）",
                "第2子の出生に伴う児童手当の額改定について質問あり。",
                "申請は出生日の翌日から15日以内であることを説明した。",
            ]
        ),
    )
    # --- level 1: manuals, templates, anonymised cases, statistics
    g.add(
        fam,
        "docx",
        1,
        [],
        DocSpec(
            title="市税 滞納整理事務マニュアル（令和6年度版）",
            paragraphs=[
                "第1章 督促",
                "納期限までに完納されない場合、納期限後20日以内に督促状を発送する。",
                "第2章 催告",
                "督促後も納付がない場合は、文書・電話・臨戸により催告を行う。",
                "第3章 財産調査と差押",
                "催告に応じない滞納者については、預貯金・給与・不動産等の財産調査を行い、差押を執行する。",
                "第4章 分納",
                "一括納付が困難な場合は分納誓約書を徴し、履行状況を毎月確認する。",
                "（記録は収納管理システムに入力し、紙の記録は施錠できる書庫に保管すること。）",
            ],
            footer="収納課",
        ),
        note="procedure manual: arrears vocabulary, no person → 1",
    )
    g.add(
        fam,
        "pdf",
        1,
        [],
        DocSpec(
            title="健康相談 実施要領",
            paragraphs=[
                "1 目的　市民の心身の健康に関する相談に応じ、必要な助言・指導を行う。",
                "2 対象　市内在住の方（糖尿病・高血圧などの生活習慣病、こころの健康、禁煙 等）",
                "3 日時　毎月第2水曜日 9:30〜11:30（予約制）",
                "4 場所　米子市保健センター 2階 相談室",
                "5 従事者　保健師、管理栄養士",
                "6 記録　相談票は保健センターで5年間保存する。",
            ],
        ),
    )
    g.add(
        fam,
        "docx",
        1,
        [],
        DocSpec(
            title="訪問記録（様式第3号）",
            tables=[
                [
                    ["訪問日", "", "訪問者", ""],
                    ["対象者氏名", "", "生年月日", ""],
                    ["住所", "", "電話番号", ""],
                    ["訪問目的", "", "", ""],
                    ["状況", "", "", ""],
                ]
            ],
            paragraphs=["※ 記入後は個人情報として取り扱うこと。"],
        ),
        note="blank form: headers only, no values → 1",
    )
    g.add(
        fam,
        "pdf",
        1,
        [],
        DocSpec(
            title="事例検討会 資料（匿名化済）",
            paragraphs=[
                "事例1　Aさん（70代・女性・独居）",
                "糖尿病で通院中。最近は服薬を忘れることが増え、ヘルパーから相談があった。",
                "事例2　Bさん（40代・男性）",
                "国民健康保険税の滞納があり、就労が不安定。家計改善支援につないだ。",
                "検討事項：多機関連携の進め方について",
            ],
        ),
        note="anonymised cases (Aさん, 70代): no identifiable person → 1",
    )
    g.add(
        fam,
        "xlsx",
        1,
        [],
        DocSpec(
            sheets=[
                sheet(
                    "集計",
                    [["相談区分", "4月", "5月", "6月", "計"]]
                    + [
                        [k, *(v := [g.rng.randint(0, 40) for _ in range(3)]), sum(v)]
                        for k in ("健康・医療", "介護", "障害", "税の滞納", "生活困窮", "その他")
                    ],
                    title="令和6年度 相談件数集計（第1四半期）",
                )
            ]
        ),
    )
    g.add(
        fam,
        "txt",
        1,
        [],
        DocSpec(
            paragraphs=[
                "研修メモ（滞納整理の基礎）",
                f"講師：県税務課 {worker()} 氏",
                "・滞納処分は自力執行権に基づく。督促から10日を経過した日までに完納されないときは差押えなければならない。",
                "・延滞金の計算は納期限の翌日から。",
                "・差押禁止財産（生活保護費、児童手当の受給権など）に注意。",
            ]
        ),
        note="a lecturer named in an official role; arrears in general → 1",
    )


# ====================================================================================================
# family: weak-context My Numbers, and numbers that are not My Numbers
# ====================================================================================================
def weak_my_numbers(g: Gen) -> None:
    fam = "weak-mynumber"

    # 1. docx header: 番号確認済 + 4-4-4; body names the applicant with address → 3
    p = g.person(1950, 2000)
    g.add(
        fam,
        "docx",
        3,
        ["my_number", "name", "address"],
        DocSpec(
            header=f"受付 {worker_mark(g)}　番号確認済　{grouped(g.my_number())}",
            title="児童扶養手当 認定請求書（控）",
            paragraphs=[
                f"請求者氏名　{p.name()}",
                f"住所　{p.addr.text('chome')}",
                "上記のとおり請求します。",
            ],
        ),
        note="check-valid number in 4-4-4 labelled only 番号確認済, in a header of a document naming a person",
    )
    # 2. docx footer: 「○○さんの番号」 ungrouped → 3
    p = g.person(1950, 2000)
    g.add(
        fam,
        "docx",
        3,
        ["my_number", "name"],
        DocSpec(
            title="事務連絡",
            paragraphs=[
                f"{p.name()}さんの転入手続きについて、関係課への連絡をお願いします。",
                "国保・年金・児童手当の各窓口で手続きが必要です。",
            ],
            footer=f"{p.sur}さんの番号 {g.my_number()}（通知カードで確認）",
        ),
    )
    # 3. docx text box: 番号 with hyphens, body is a letter naming the resident → 3
    p = g.person(1940, 1990)
    g.add(
        fam,
        "docx",
        3,
        ["my_number", "name", "address"],
        DocSpec(
            paragraphs=[
                f"〒{p.addr.postal}",
                p.addr.text("chome"),
                f"{p.name()} 様",
                "",
                "介護保険負担限度額認定申請書の記載内容について確認させていただきたい点がございます。",
                "お手数ですが、下記担当までご連絡ください。",
            ],
            textboxes=[f"番号 {grouped(g.my_number(), '-')}"],
        ),
    )
    # 4. docx body: unlabelled 4-4-4 on a 受付票 → 3
    p = g.person(1950, 2000)
    g.add(
        fam,
        "docx",
        3,
        ["my_number", "name", "phone"],
        DocSpec(
            title="窓口受付票",
            tables=[
                [
                    ["受付No.", f"{g.rng.randint(1, 300):03d}"],
                    ["お名前", p.name()],
                    ["電話", p.phone],
                    ["確認書類", "個人番号カード"],
                    ["", grouped(g.my_number())],
                ]
            ],
        ),
        note="an unlabelled 4-4-4 check-valid number next to 個人番号カード on a form naming a person",
    )
    # 5. pdf receipt: 本人確認 / 番号 in 4-4-4 → 3
    p = g.person(1950, 2000)
    g.add(
        fam,
        "pdf",
        3,
        ["my_number", "name", "address"],
        data=text_pdf(
            [
                "本人確認記録",
                "",
                f"届出人　{p.name('　')}",
                f"住所　　{p.addr.text('chome')}",
                "確認書類　運転免許証（写真付）",
                f"番号　　{grouped(g.my_number())}",
                "確認者　市民課",
            ],
            title="本人確認記録",
        ),
    )
    # 6. xlsx 受付簿: 番号 column with 4-4-4 strings → 3
    ppl = [g.person(1950, 2005) for _ in range(8)]
    g.add(
        fam,
        "xlsx",
        3,
        ["my_number", "name"],
        DocSpec(
            sheets=[
                sheet(
                    "4月",
                    [["受付日", "氏名", "番号", "確認"]]
                    + [
                        [dt.date(2024, 4, g.rng.randint(1, 26)), q.name(), grouped(g.my_number()), "済"]
                        for q in ppl
                    ],
                    title="番号確認 受付簿",
                )
            ]
        ),
    )
    # 7. txt memo: 「○○さんの番号は…」 → 3
    p = g.person(1960, 2000)
    g.add(
        fam,
        "txt",
        3,
        ["my_number", "name"],
        DocSpec(
            paragraphs=[
                "引継ぎメモ",
                f"・{p.name()}さん：扶養親族の追加。{p.sur}さんの番号は {g.my_number()}、カードで確認済み。",
                "・源泉徴収票の再発行依頼 2件（給与係に回付済）",
            ]
        ),
    )
    # 8. docx first-page header text + footer, number in a text box labelled 番号確認済 → 3
    p = g.person(1960, 2000)
    g.add(
        fam,
        "docx",
        3,
        ["my_number", "name", "birth_date"],
        DocSpec(
            first_page_header=f"申請者：{p.name()}",
            title="住民税 申告書 受付控",
            paragraphs=[f"生年月日　{wareki(p.dob)}", "申告内容：医療費控除あり", "受付：税務課"],
            textboxes=[f"番号確認済 {grouped(g.my_number())}"],
        ),
    )

    # --- near misses → 1
    rep = g.person(1950, 1980)
    corp = g.corporate()
    company = g.rng.choice(COMPANIES)
    g.add(
        fam,
        "docx",
        1,
        ["corporate_number"],
        DocSpec(
            title="業務委託契約書",
            paragraphs=[
                f"委託者　{CITY}長",
                f"受託者　{company}（法人番号 {corp}）",
                f"　　　　代表取締役　{rep.name()}",
                f"　　　　{CITY}角盤町2丁目{g.rng.randint(1, 40)}番地　電話 0859-{g.rng.randint(22, 39)}-{g.rng.randint(1000, 9999)}",
                "第1条　委託者は、住民情報システム保守業務を受託者に委託する。",
            ],
        ),
        note="13-digit 法人番号 and a company representative with the company's address → 1",
    )
    orders = [g.not_my_number("2024") for _ in range(10)]
    g.add(
        fam,
        "xlsx",
        1,
        [],
        DocSpec(
            sheets=[
                sheet(
                    "発注",
                    [["注文番号", "品名", "数量", "単価", "納品先"]]
                    + [
                        [
                            int(o),
                            g.rng.choice(["コピー用紙A4", "トナー", "封筒 長3", "ファイル"]),
                            g.rng.randint(1, 50),
                            g.rng.randint(100, 9000),
                            g.rng.choice(FACILITIES),
                        ]
                        for o in orders
                    ],
                    number_formats={0: "0"},
                )
            ]
        ),
        note="12-digit order numbers failing the My Number check digit → 1",
    )
    inv = g.not_my_number()
    g.add(
        fam,
        "pdf",
        1,
        ["corporate_number"],
        data=text_pdf(
            [
                "請 求 書",
                f"{CITY}長 様",
                f"請求書番号　{grouped(inv)}",
                "件名　庁内LAN機器保守（令和6年3月分）",
                "請求金額　¥198,000（税込）",
                f"振込先　山陰合同銀行 米子駅前支店 普通 {g.rng.randint(1000000, 9999999)}",
                f"口座名義　{g.rng.choice(COMPANIES)}",
                f"登録番号　T{g.corporate()}",
            ],
            title="請求書",
        ),
        note="4-4-4 invoice number failing the check digit; company bank account; T + 法人番号 → 1",
    )
    g.add(
        fam,
        "xlsx",
        1,
        [],
        DocSpec(
            sheets=[
                sheet(
                    "備品台帳",
                    [["管理番号", "品目", "設置場所", "取得年月日"]]
                    + [
                        [
                            grouped(g.not_my_number("01"), "-"),
                            g.rng.choice(["ノートPC", "複合機", "プロジェクタ", "シュレッダー"]),
                            g.rng.choice(FACILITIES),
                            dt.date(g.rng.randint(2015, 2023), g.rng.randint(1, 12), 1),
                        ]
                        for _ in range(15)
                    ],
                )
            ]
        ),
        note="4-4-4 asset numbers failing the check digit; 取得年月日 is not a birth date → 1",
    )
    lucky = g.passing_order_number("3061")
    g.add(
        fam,
        "docx",
        1,
        [],
        DocSpec(
            title="納品書",
            paragraphs=[
                f"受注番号：{lucky}",
                f"納品先：{CITY} 総務課",
                "品名：窓あき封筒（長3） 5,000枚",
                f"{g.rng.choice(COMPANIES)} 営業部",
            ],
        ),
        note="a 受注番号 that passes the check digit by chance, no person in the document → not a My Number → 1",
    )
    g.add(
        fam,
        "csv",
        1,
        ["corporate_number"],
        DocSpec(
            sheets=[
                sheet(
                    "list",
                    [["法人番号", "商号又は名称", "所在地", "電話番号", "業種"]]
                    + [
                        [
                            g.corporate(),
                            c,
                            f"{CITY}{g.rng.choice(sorted(TOWNS))}{g.rng.randint(1, 900)}番地",
                            f"0859-{g.rng.randint(22, 39)}-{g.rng.randint(1000, 9999)}",
                            g.rng.choice(["建設", "物品", "役務"]),
                        ]
                        for c in COMPANIES
                    ],
                )
            ]
        ),
        note="指名業者一覧: corporate numbers and business phones → 1",
    )
    g.add(
        fam,
        "txt",
        1,
        [],
        DocSpec(
            paragraphs=["公共施設 電話番号一覧（庁内用）"]
            + [f"{f}\t0859-{g.rng.randint(22, 39)}-{g.rng.randint(1000, 9999)}\t内線なし" for f in FACILITIES]
        ),
    )
    # --- a near-miss document that still holds a private person's data → 2
    lec = g.person(1950, 1985)
    g.add(
        fam,
        "xlsx",
        2,
        ["name", "address", "bank_account"],
        DocSpec(
            sheets=[
                sheet(
                    "支出負担行為",
                    [
                        ["伝票番号", int(g.not_my_number("6"))],
                        ["件名", "市民講座 講師謝礼"],
                        ["支払先氏名", lec.name()],
                        ["支払先住所", lec.addr.text("hyphen")],
                        ["振込口座", f"鳥取銀行 皆生支店 普通 {g.rng.randint(1000000, 9999999)}"],
                        ["金額", 15000],
                    ],
                    number_formats={1: "0"},
                )
            ]
        ),
        note="12-digit voucher number is not a My Number, but a private lecturer's home address → 2",
    )


def worker_mark(g: Gen) -> str:
    """A reception stamp text: date and the receiving staff member's surname."""
    return f"R6.4.{g.rng.randint(1, 26)} {g.staff().split()[0]}"


# ====================================================================================================
# family: PDF text with spaced-out digits; numbered name lists in memos and letters
# ====================================================================================================
def spaced_phone(phone: str) -> str:
    return phone.replace("-", " - ")


def spaced(g: Gen) -> None:
    fam = "spaced-pdf"

    # 1. memo with a numbered list 「1 氏名（住所）」 → 2
    ppl = [g.person(1924, 1924) for _ in range(6)]
    g.add(
        fam,
        "pdf",
        2,
        ["name", "address"],
        data=text_pdf(
            [
                "長寿課長 様",
                "",
                "令和 6 年度 敬老祝金 支給対象者（100 歳到達）の確認について",
                "",
                "標記について、下記のとおり対象者を確認しましたので報告します。",
                "",
                *[f"{i} {p.name()}（{p.addr.text('spaced')}）" for i, p in enumerate(ppl, 1)],
                "",
                "以上 6 名",
            ],
            title="対象者確認",
            header="令和 6 年 8 月 1 日",
        ),
        note="numbered list: each line a name with its address → 2 (6 persons)",
    )
    # 2. letter to a resident, spaced address → 2
    p = g.person(1950, 1995)
    g.add(
        fam,
        "pdf",
        2,
        ["name", "address"],
        data=text_pdf(
            [
                f"〒 {p.addr.postal}",
                p.addr.text("spaced"),
                f"{p.name('　')} 様",
                "",
                f"{CITY}長",
                "",
                "犬の登録事項変更届の受理について（通知）",
                "",
                f"令和 6 年 4 月 {g.rng.randint(1, 26)} 日付けで届出のあった登録事項の変更を受理しましたので通知します。",
            ],
            title="通知",
        ),
    )
    # 3. spaced birth date with the name → 2
    p = g.person(1940, 1990)
    g.add(
        fam,
        "pdf",
        2,
        ["name", "birth_date"],
        data=text_pdf(
            [
                "印 鑑 登 録 証 明 書 交 付 記 録",
                "",
                f"氏名　{p.name()}",
                f"生年月日　{wareki(p.dob, 'spaced')}",
                "交付枚数　2 通",
                f"交付日　令和 6 年 4 月 {g.rng.randint(1, 26)} 日",
            ],
            title="交付記録",
        ),
    )
    # 4. memo listing persons with spaced phones → 2
    ppl = [g.person(1950, 2000) for _ in range(5)]
    g.add(
        fam,
        "pdf",
        2,
        ["name", "phone"],
        data=text_pdf(
            [
                "防災訓練 協力者 連絡先（自主防災会 提出分）",
                "",
                *[f"{i} {p.name()}　{spaced_phone(p.phone)}" for i, p in enumerate(ppl, 1)],
                "",
                "※ 訓練当日の連絡用。訓練後は廃棄すること。",
            ],
            title="協力者連絡先",
        ),
    )
    # 5. 督促状 with spaced digits → 3
    p = g.person(1950, 1990)
    g.add(
        fam,
        "pdf",
        3,
        ["name", "address", "arrears"],
        data=text_pdf(
            [
                f"〒 {p.addr.postal}",
                p.addr.text("spaced", pref=True),
                f"{p.name('　')} 様",
                "",
                "督 促 状",
                "",
                "下記の市税が納期限までに納付されていません。至急納付してください。",
                f"税目　令和 5 年度 固定資産税　第 {g.rng.randint(1, 4)} 期",
                f"納期限　令和 5 年 {g.rng.randint(5, 12)} 月 {g.rng.randint(1, 28)} 日",
                f"滞納額　{g.yen(5000, 90000)} 円",
                "指定期限　令和 6 年 1 月 31 日",
            ],
            title="督促状",
        ),
    )
    # 6. 催告 memo: numbered list of residents with arrears → 3
    ppl = [g.person(1950, 1995) for _ in range(4)]
    g.add(
        fam,
        "pdf",
        3,
        ["name", "address", "arrears"],
        data=text_pdf(
            [
                "臨戸催告 予定者（令和 6 年 5 月 第 2 週）",
                "",
                *[
                    f"{i} {p.name()}（{p.addr.text('spaced')}）　水道料金 {g.rng.randint(3, 12)} か月 未納"
                    for i, p in enumerate(ppl, 1)
                ],
            ],
            title="臨戸催告予定",
        ),
    )
    # 7. spaced letter with a 病名 → 3
    p = g.person(1950, 2010)
    g.add(
        fam,
        "pdf",
        3,
        ["name", "address", "health"],
        data=text_pdf(
            [
                f"〒 {p.addr.postal}",
                p.addr.text("spaced"),
                f"{p.name('　')} 様",
                "",
                "小児慢性特定疾病 医療費助成 支給認定のお知らせ",
                "",
                "疾病名　1 型糖尿病",
                "有効期間　令和 6 年 4 月 1 日 から 令和 7 年 3 月 31 日 まで",
            ],
            title="支給認定通知",
        ),
    )
    # --- level 1
    g.add(
        fam,
        "pdf",
        1,
        [],
        data=text_pdf(
            [
                "マイナンバーカード 出張申請受付 のお知らせ",
                "",
                "日時　令和 6 年 5 月 20 日（月）午後 2 時 から 午後 4 時 まで",
                f"会場　{CITY} 角盤町 1 丁目 1 番地　市役所本庁舎 3 階 会議室",
                "持ち物　本人確認書類、通知カード（お持ちの方）",
                "問合せ　市民課 0859 - 23 - 5111",
            ],
            title="お知らせ",
        ),
    )
    g.add(
        fam,
        "pdf",
        1,
        [],
        data=text_pdf(
            ["投票所一覧（令和 6 年 7 月 執行）", ""]
            + [
                f"{i} {f}（{CITY} {g.rng.choice(sorted(TOWNS))} {g.rng.randint(1, 6)} 丁目 {g.rng.randint(1, 30)} 番）"
                for i, f in enumerate(FACILITIES, 1)
            ],
            title="投票所一覧",
        ),
        note="numbered list of facilities with addresses: places, not persons → 1",
    )
    g.add(
        fam,
        "pdf",
        1,
        [],
        data=text_pdf(
            [
                "会 議 録",
                "",
                "日時　令和 6 年 4 月 10 日 午前 10 時",
                "出席者　"
                + "、".join(
                    f"{s}（{d}）"
                    for s, d in zip(
                        STAFF[:4], ["市民課長", "税務課長", "情報政策課長", "総務課長"], strict=True
                    )
                ),
                "議題　1 窓口のキャッシュレス化　2 証明書コンビニ交付の利用状況",
                "決定事項　令和 6 年 10 月 1 日 から 試行を開始する。",
            ],
            title="会議録",
        ),
        note="staff attending in their official role → 1",
    )
    company = g.rng.choice(COMPANIES)
    g.add(
        fam,
        "pdf",
        1,
        ["corporate_number"],
        data=text_pdf(
            [
                f"〒 683 - 0{g.rng.randint(800, 899)}",
                f"{CITY} 新開 {g.rng.randint(1, 6)} 丁目 {g.rng.randint(1, 20)} 番 {g.rng.randint(1, 20)} 号",
                f"{company} 御中",
                "",
                "入札参加資格 審査結果通知書",
                f"法人番号　{g.corporate()}",
                "審査の結果、令和 6・7 年度の入札参加資格を有すると認めます。",
            ],
            title="審査結果通知書",
        ),
        note="a letter to a company: business address, 法人番号 → 1",
    )


# ====================================================================================================
# family: letters to residents, filled application forms, blank forms and 記入例 samples
# ====================================================================================================
def form_rows(fields: Sequence[tuple[str, Cell]]) -> list[list[Cell]]:
    """A spreadsheet form: label in column A, the entry in column B (blank cells where empty)."""
    return [[label, value] for label, value in fields]


def letters_forms(g: Gen) -> None:
    fam = "letters-forms"

    # 1. 宛名 letter (docx), no arrears → 2
    p = g.person(1950, 1995)
    g.add(
        fam,
        "docx",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                f"〒{p.addr.postal}",
                p.addr.text("chome", pref=True),
                f"{p.name('　')}　様",
                "",
                f"{CITY}長",
                "市県民税 特別徴収から普通徴収への切替えについて（お知らせ）",
                "勤務先からの給与支払報告により、令和6年度分から普通徴収に切り替わりました。",
                "同封の納付書により納期限までに納付してください。",
            ],
            footer="税務課 市民税係　0859-23-5111（代表）",
        ),
    )
    # 2. 催告書 (docx) → 3
    p = g.person(1950, 1995)
    g.add(
        fam,
        "docx",
        3,
        ["name", "address", "arrears"],
        DocSpec(
            paragraphs=[
                f"〒{p.addr.postal}",
                p.addr.text("fullwidth"),
                f"{p.name()} 様",
                "",
                "催 告 書",
                f"あなたの保育料は、令和5年{g.rng.randint(4, 12)}月分から納付が確認できません。",
                f"未納額 {g.yen(20000, 200000)} 円を令和6年5月31日までに納付してください。",
                "期限までに納付がない場合は、児童手当からの徴収を行うことがあります。",
            ],
        ),
    )
    # 3. filled 申請書 (xlsx form) → 2
    p = g.person(1950, 2000)
    g.add(
        fam,
        "xlsx",
        2,
        ["name", "address", "birth_date", "phone"],
        DocSpec(
            sheets=[
                sheet(
                    "申請書",
                    form_rows(
                        [
                            ("申請日", "令和6年4月10日"),
                            ("ふりがな", p.kana()),
                            ("申請者氏名", p.name()),
                            ("生年月日", wareki(p.dob)),
                            ("住所", p.addr.text("hyphen")),
                            ("電話番号", p.phone),
                            ("申請内容", "住宅用太陽光発電システム設置費補助金"),
                        ]
                    ),
                    title="米子市住宅用再生可能エネルギー設備設置費補助金交付申請書",
                )
            ]
        ),
    )
    # 4. filled 申請書 with My Number boxes, one digit per cell → 3
    p = g.person(1950, 2000)
    number = g.my_number()
    rows: list[list[Cell]] = [
        ["届出人氏名", p.name()],
        ["住所", p.addr.text("chome")],
        ["個人番号", *[int(d) for d in number]],  # one box per digit
        ["電話", p.phone],
    ]
    g.add(
        fam,
        "xlsx",
        3,
        ["name", "address", "my_number", "phone"],
        DocSpec(sheets=[sheet("届出書", rows, title="国民年金 被保険者関係届書（控）")]),
        note="a My Number written one digit per cell in the form's 12 boxes",
    )
    # 5. 障害 in a filled 申請書 (docx table) → 3
    p = g.person(1960, 2010)
    g.add(
        fam,
        "docx",
        3,
        ["name", "address", "birth_date", "health"],
        DocSpec(
            title="障害福祉サービス 支給申請書",
            tables=[
                [
                    ["申請者氏名", p.name(), "生年月日", wareki(p.dob)],
                    ["居住地", p.addr.text("chome"), "", ""],
                    ["障害の種別", "知的障害（療育手帳 B）", "", ""],
                    ["希望するサービス", "生活介護、短期入所", "", ""],
                ]
            ],
        ),
    )
    # 6. 宛名 letter (pdf, plain text) → 2
    p = g.person(1940, 1990)
    g.add(
        fam,
        "pdf",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                f"〒{p.addr.postal}　{p.addr.text('chome')}",
                f"{p.name()} 様",
                "",
                "後期高齢者医療 被保険者証の送付について",
                "新しい被保険者証をお送りします。8月1日からこの証をお使いください。",
            ],
        ),
    )
    # 7. electronic-application export: 18 applicants, name/address/phone → 2
    ppl = [g.person(1960, 2005) for _ in range(18)]
    g.add(
        fam,
        "csv",
        2,
        ["name", "address", "phone", "email"],
        DocSpec(
            sheets=[
                sheet(
                    "export",
                    [["申込番号", "申込日時", "氏名", "住所", "電話番号", "メールアドレス", "講座名"]]
                    + [
                        [
                            f"E{g.rng.randint(10**7, 10**8 - 1)}",
                            f"2024/04/{g.rng.randint(1, 20):02d} {g.rng.randint(8, 22)}:{g.rng.randint(0, 59):02d}",
                            p.name(),
                            p.addr.text("hyphen"),
                            p.phone,
                            f"{g.rng.choice(['mail', 'home', 'tk', 'yn', 'hana', 'sun'])}{g.rng.randint(10, 9999)}@example.ne.jp",
                            "親子料理教室",
                        ]
                        for p in ppl
                    ],
                )
            ]
        ),
    )
    # 8. 宛名ラベル list for a mailing: 140 persons → 3
    ppl = [g.person(1940, 2005) for _ in range(140)]
    g.add(
        fam,
        "xlsx",
        3,
        ["name", "address"],
        DocSpec(
            sheets=[
                sheet(
                    "宛名",
                    [["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
                    + [
                        [
                            q.addr.postal,
                            CITY + q.addr.town,
                            q.addr.text("hyphen").removeprefix(CITY + q.addr.town),
                            q.name(),
                            "様",
                        ]
                        for q in ppl
                    ],
                )
            ]
        ),
        note="bulk: 140 persons (mail-merge source), name + address split over two columns → 3",
    )
    # 9. 記入例 (xlsx) with sample data → 1
    g.add(
        fam,
        "xlsx",
        1,
        [],
        DocSpec(
            sheets=[
                sheet(
                    "記入例",
                    form_rows(
                        [
                            ("申請日", "令和○年○月○日"),
                            ("ふりがな", "よなご たろう"),
                            ("申請者氏名", "米子 太郎"),
                            ("生年月日", "昭和50年1月1日"),
                            ("住所", f"{CITY}加茂町1丁目1番地"),
                            ("電話番号", "0859-00-0000"),
                        ]
                    ),
                    title="【記入例】米子市住宅用再生可能エネルギー設備設置費補助金交付申請書",
                    header="記入例",
                )
            ]
        ),
        note="記入例: sample data printed on a blank form is not a person → 1",
    )
    # 10. 記入例 (pdf) with a check-valid sample My Number → 1
    g.add(
        fam,
        "pdf",
        1,
        [],
        data=text_pdf(
            [
                "【記入例】 個人番号カード交付申請書",
                "",
                "氏名　　　見本 花子（みほん はなこ）",
                "生年月日　平成元年1月8日",
                f"住所　　　{CITY}東町1丁目1番地",
                f"個人番号　{grouped('123456789018')}",
                "",
                "※ 上記は記入例です。実在の人物・番号ではありません。",
            ],
            title="記入例",
            header="見本",
        ),
        note="記入例 with a check-valid sample number (the textbook 1234 5678 9018): sample data → 1",
    )
    # 11. 記入例 (docx) → 1
    g.add(
        fam,
        "docx",
        1,
        [],
        DocSpec(
            title="住民票の写し等 交付請求書（記入例）",
            tables=[
                [
                    ["請求者氏名", "市役所 一郎"],
                    ["住所", f"{CITY}角盤町1丁目1番地"],
                    ["生年月日", "昭和60年4月1日"],
                    ["電話", "0859-XX-XXXX"],
                    ["必要な方", "本人"],
                ]
            ],
            textboxes=["記入例"],
        ),
        note="記入例 form filled with obvious sample data → 1",
    )
    # 12. blank application form → 1
    g.add(
        fam,
        "docx",
        1,
        [],
        DocSpec(
            title="市営住宅 入居申込書",
            tables=[
                [
                    ["申込者氏名", ""],
                    ["生年月日", "　　年　　月　　日"],
                    ["現住所", ""],
                    ["電話番号", ""],
                    ["世帯の収入", ""],
                    ["個人番号", "□□□□ □□□□ □□□□"],
                ]
            ],
            footer="様式第1号（第4条関係）",
        ),
    )
    # 13. letter to a company → 1
    company = g.rng.choice(COMPANIES)
    g.add(
        fam,
        "docx",
        1,
        [],
        DocSpec(
            paragraphs=[
                f"{company}",
                f"代表取締役　{g.person(1950, 1980).name()}　様",
                "",
                "庁舎清掃業務委託の契約更新について（依頼）",
                f"担当：契約管財課 {g.staff()}（内線 2231）",
            ],
        ),
        note="addressed to a company's representative in a business role → 1",
    )
    # 14. 宛名 letter (txt, cp932) with a 様 addressee and phone → 2
    p = g.person(1940, 1990)
    g.add(
        fam,
        "txt-cp932",
        2,
        ["name", "address", "phone"],
        DocSpec(
            paragraphs=[
                f"〒{p.addr.postal}",
                p.addr.text("hyphen"),
                f"{p.name()} 様（連絡先 {p.phone}）",
                "",
                "粗大ごみ 戸別収集 受付確認",
                "収集日：4月24日（水） 午前中",
                "品目：タンス 1点、自転車 1台",
            ]
        ),
    )


# ====================================================================================================
# more documents of each family, in other layouts
# ====================================================================================================
def variants(g: Gen) -> None:
    printed = "令和 6年 5月13日"
    # juki-print: 個人番号 column in a short core-system list → 3
    ppl = [g.person(1950, 2005) for _ in range(20)]
    g.add(
        "juki-print",
        "pdf",
        3,
        ["name", "my_number", "birth_date"],
        data=printout_pdf(
            system="団体内統合宛名システム",
            title="個人番号 照会結果一覧",
            conditions="照会元：国民健康保険   照会件数：20",
            columns=[("宛名番号", 11), ("氏名", 16), ("生年月日", 12), ("個人番号", 16), ("結果", 6)],
            rows=[
                [
                    f"{g.rng.randint(10**8, 10**9 - 1)}",
                    q.name("　"),
                    wareki(q.dob, "short"),
                    grouped(g.my_number()),
                    "一致",
                ]
                for q in ppl
            ],
            printed=printed,
            landscape_page=False,
        ),
    )
    # juki-print: 25 persons with phone, portrait, positioned → 2
    ppl = [g.person(1940, 2000) for _ in range(25)]
    g.add(
        "juki-print",
        "pdf",
        2,
        ["name", "phone"],
        data=printout_pdf(
            system="証明書発行システム",
            title="郵送請求 処理簿",
            conditions="受付期間：R06.05.01〜R06.05.10",
            columns=[("受付番号", 10), ("請求者", 16), ("連絡先電話", 16), ("請求種別", 12)],
            rows=[
                [f"Y{i:05d}", q.name(" "), q.phone, g.rng.choice(["住民票", "戸籍謄本", "所得証明"])]
                for i, q in enumerate(ppl, 1)
            ],
            printed=printed,
            positioned=True,
            landscape_page=False,
        ),
    )
    # juki-print: 130 staff with extensions (official role), printed from the personnel system → 1
    staff = [g.person(1965, 2000) for _ in range(130)]
    depts = ["市民課", "税務課", "収納課", "こども課", "長寿課", "障がい福祉課", "総務課", "情報政策課"]
    g.add(
        "juki-print",
        "pdf",
        1,
        [],
        data=printout_pdf(
            system="人事給与システム",
            title="職員 内線番号一覧",
            conditions="基準日：R06.04.01   所属：本庁舎",
            columns=[("所属", 14), ("職名", 8), ("氏名", 16), ("内線", 6), ("代表電話", 14)],
            rows=[
                [
                    g.rng.choice(depts),
                    g.rng.choice(["主事", "主任", "係長", "課長補佐"]),
                    q.name("　"),
                    str(g.rng.randint(2000, 2999)),
                    "0859-23-5111",
                ]
                for q in staff
            ],
            printed=printed,
        ),
        note="130 staff with office extensions and the city's main number: official role → 1",
    )
    # chat: the reply gives an address (csv export) → 2
    a, b = g.rng.sample(STAFF, 2)
    p = g.person(1950, 2000)
    fmt, spec = chat_doc(
        g,
        "csv",
        [
            (a, f"{p.name()}様の還付金の通知、どこに送ればいいですか"),
            (b, f"住所は {p.addr.text('chome')} です"),
            (a, "ありがとうございます"),
        ],
        "税務課",
        dt.datetime(2024, 5, 9, 13, 5),
    )
    g.add("chat", fmt, 2, ["name", "address"], spec)
    # chat: the reply gives a birth date and a phone (arrow) → 2
    a, b = g.rng.sample(STAFF, 2)
    p = g.person(1940, 1990)
    fmt, spec = chat_doc(
        g,
        "arrow",
        [
            (a, f"{p.sur}さん、フルネームは{p.name('')}さんで合ってますか？"),
            (b, f"はい。{wareki(p.dob, 'jp')}生、携帯は {p.phone} です"),
            (a, "了解"),
        ],
        "市民課",
        dt.datetime(2024, 5, 9, 15, 40),
    )
    g.add("chat", fmt, 2, ["name", "birth_date", "phone"], spec)
    # chat: printer trouble among staff → 1
    a, b = g.rng.sample(STAFF, 2)
    fmt, spec = chat_doc(
        g,
        "csv",
        [
            (a, "2階の複合機、また紙詰まりです"),
            (b, "保守業者に連絡しました。14時に来るそうです"),
            (a, "それまで3階のを使います"),
        ],
        "総務課",
        dt.datetime(2024, 5, 9, 10, 0),
    )
    g.add("chat", fmt, 1, [], spec)
    # case-notes: noise complaint, complainant's name and phone → 2
    p = g.person(1950, 1995)
    g.add(
        "case-notes",
        "pdf",
        2,
        ["name", "phone"],
        DocSpec(
            title="苦情・要望 受付記録",
            paragraphs=[
                f"受付日時　令和6年5月7日 16:20　受付者 {g.staff()}",
                f"申出者　{p.name()}　連絡先 {p.phone}",
                "内容　近隣の空き地で夜間に草刈り機の音がする。対応してほしい。",
                "対応　環境政策課へ回付。現地確認のうえ申出者へ電話で回答する。",
            ],
        ),
    )
    # case-notes: 相談窓口一覧 (facilities and their phones) → 1
    g.add(
        "case-notes",
        "docx",
        1,
        [],
        DocSpec(
            title="相談窓口一覧（職員用）",
            tables=[
                [["窓口", "所在地", "電話"]]
                + [
                    [
                        f,
                        f"{CITY}{g.rng.choice(sorted(TOWNS))}",
                        f"0859-{g.rng.randint(22, 39)}-{g.rng.randint(1000, 9999)}",
                    ]
                    for f in FACILITIES
                ]
            ],
        ),
    )
    # letters-forms: 分納誓約書 filled in → 3
    p = g.person(1950, 1990)
    g.add(
        "letters-forms",
        "docx",
        3,
        ["name", "address", "phone", "arrears"],
        DocSpec(
            title="分 納 誓 約 書",
            paragraphs=[
                f"{CITY}長 様",
                f"住所　{p.addr.text('chome')}",
                f"氏名　{p.name()}　　電話　{p.phone}",
                f"私は、滞納している国民健康保険税 {g.yen(50000, 400000)} 円について、下記のとおり分納することを誓約します。",
                "1 分納額　毎月 10,000 円",
                "2 納付日　毎月末日",
            ],
        ),
    )
    # letters-forms: 入所決定通知 to a guardian, naming the child → 2
    p = g.person(1980, 1995)
    child = g.person(2016, 2019, sur=(p.sur, p.sur_kana))
    g.add(
        "letters-forms",
        "docx",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                f"〒{p.addr.postal}",
                p.addr.text("chome"),
                f"{p.name()} 様",
                "",
                "放課後児童クラブ 入所決定通知書",
                f"児童名　{child.name()}",
                "入所クラブ　福原児童館 児童クラブ",
                "入所期間　令和6年4月1日〜令和7年3月31日",
            ],
        ),
    )
    # letters-forms: cover letter to another public office → 1
    g.add(
        "letters-forms",
        "docx",
        1,
        [],
        DocSpec(
            paragraphs=[
                "鳥取県西部総合事務所 県民福祉局長 様",
                f"{CITY} 長寿課長",
                "",
                "介護保険事業状況報告（令和6年3月分）の送付について",
                "標記について、別添のとおり送付します。",
                f"担当：{g.staff()}　電話 0859-23-5111（内線 2410）",
            ],
        ),
    )
    # spaced-pdf: numbered list with spaced birth dates → 2
    ppl = [g.person(1936, 1936) for _ in range(5)]
    g.add(
        "spaced-pdf",
        "pdf",
        2,
        ["name", "birth_date"],
        data=text_pdf(
            ["米寿 記念品 贈呈 対象者（令和 6 年度 第 1 回）", ""]
            + [f"{i} {q.name()}（{wareki(q.dob, 'spaced')} 生）" for i, q in enumerate(ppl, 1)],
            title="米寿対象者",
        ),
    )
    # spaced-pdf: letter sending a 住民票 with spaced address → 2
    p = g.person(1940, 2000)
    g.add(
        "spaced-pdf",
        "pdf",
        2,
        ["name", "address"],
        data=text_pdf(
            [
                f"〒 {p.addr.postal}",
                p.addr.text("spaced", pref=True),
                f"{p.name('　')} 様",
                "",
                f"令和 6 年 5 月 {g.rng.randint(1, 20)} 日 付けで ご請求のあった 住民票の写し 1 通 を 送付します。",
                "手数料の定額小為替 300 円 分 を 受領しました。",
            ],
            title="送付書",
        ),
    )
    # weak-mynumber: telephone memo with a 12-digit reception number (fails the check) → 2
    p = g.person(1950, 2000)
    g.add(
        "weak-mynumber",
        "docx",
        2,
        ["name", "phone"],
        DocSpec(
            title="電話受付メモ",
            paragraphs=[
                f"受付番号　{g.not_my_number('24')}",
                f"相談者　{p.name()} さん　折返し先 {p.phone}",
                "内容　ごみ収集カレンダーの再送付希望",
            ],
            footer=f"番号：{grouped(g.not_my_number('24'))}（受付システム）",
        ),
        note="12-digit reception numbers failing the check digit; the caller's name+phone → 2",
    )


# ====================================================================================================
# more structures: two-line printout records, split 氏/名 columns, text boxes inside page headers
# ====================================================================================================
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def rezip(data: bytes) -> bytes:
    """The same package with fixed member times (python-docx stamps the current time)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 1, 9, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info))
    return out.getvalue()


def header_textbox_docx(spec: DocSpec, box: str) -> bytes:
    """``spec`` as docx with a legacy VML text box anchored in the page header (a 受付印 box, the
    way templates converted from .doc keep it), holding ``box``."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml

    from corpus.factory.writers import render

    document = docx.Document(io.BytesIO(render(spec, "docx")))
    header = document.sections[0].header
    header.is_linked_to_previous = False
    run = parse_xml(
        f'<w:r xmlns:w="{_W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape id="HeaderBox1" type="#_x0000_t202" '
        'style="position:absolute;margin-left:330pt;margin-top:-6pt;width:160pt;height:38pt;z-index:2">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{escape(box)}</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    header.paragraphs[0]._p.append(run)
    buf = io.BytesIO()
    document.save(buf)
    return rezip(buf.getvalue())


def more_structures(g: Gen) -> None:
    printed = "令和 6年 6月 3日"
    # juki-print: two-line records (name line + address/head line), 110 persons → 3
    ppl = [g.person(1935, 2010) for _ in range(110)]
    g.add(
        "juki-print",
        "pdf",
        3,
        ["name", "birth_date", "gender", "address"],
        data=printout_pdf(
            system="住民記録システム  JUK-R0130",
            title="住民票 記載事項一覧（2段表示）",
            conditions="抽出条件：転居届 受付分   期間：R06.05.01〜R06.05.31",
            columns=[("No", 6), ("氏名", 18), ("性別", 5), ("生年月日", 18), ("異動日", 12)],
            rows=[
                [
                    f"{i:>4}",
                    q.name("　"),
                    q.sex,
                    wareki(q.dob, "padded"),
                    f"R06.05.{g.rng.randint(1, 31):02d}",
                ]
                for i, q in enumerate(ppl, 1)
            ],
            continuation=[f"住所 {q.addr.text('chome')}" for q in ppl],
            printed=printed,
            rows_per_page=18,
        ),
        note="bulk: 110 persons in two-line records (name line, then address line) → 3",
    )
    # juki-print: two-line records, 45 persons → 2
    ppl = [g.person(1935, 2010) for _ in range(45)]
    g.add(
        "juki-print",
        "pdf",
        2,
        ["name", "birth_date", "address"],
        data=printout_pdf(
            system="住民記録システム  JUK-R0130",
            title="住民票 記載事項一覧（2段表示）",
            conditions="抽出条件：転入届 受付分   期間：R06.05.01〜R06.05.31",
            columns=[("No", 6), ("氏名", 18), ("生年月日", 18), ("届出日", 12)],
            rows=[
                [f"{i:>4}", q.name("　"), wareki(q.dob, "padded"), f"R06.05.{g.rng.randint(1, 31):02d}"]
                for i, q in enumerate(ppl, 1)
            ],
            continuation=[f"住所 {q.addr.text('hyphen')}" for q in ppl],
            printed=printed,
            rows_per_page=18,
        ),
        note="not bulk: 45 persons in two-line records → 2",
    )
    # juki-print: 氏 and 名 in separate columns, drawn by position, 105 persons → 3
    ppl = [g.person(1940, 2015) for _ in range(105)]
    g.add(
        "juki-print",
        "pdf",
        3,
        ["name", "birth_date", "address"],
        data=printout_pdf(
            system="選挙管理システム",
            title="選挙人名簿 抄本（第12投票区）",
            conditions="登録基準日：R06.06.01",
            columns=[("番号", 6), ("氏", 8), ("名", 8), ("生年月日", 12), ("住所", 40)],
            rows=[
                [str(i), q.sur, q.given, wareki(q.dob, "short"), q.addr.text("chome")]
                for i, q in enumerate(ppl, 1)
            ],
            printed=printed,
            positioned=True,
        ),
        note="bulk: 105 persons, surname and given name in separate columns → 3",
    )
    # juki-print: 年齢別人口 statistics over several pages → 1
    g.add(
        "juki-print",
        "pdf",
        1,
        [],
        data=printout_pdf(
            system="住民記録システム  JUK-S0020",
            title="年齢別人口表（各歳）",
            conditions="基準日：R06.04.01",
            columns=[("年齢", 6), ("男", 8), ("女", 8), ("計", 8)],
            rows=[
                [f"{age}歳", str(m := g.rng.randint(300, 900)), str(f := g.rng.randint(300, 900)), str(m + f)]
                for age in range(0, 100)
            ],
            printed=printed,
            landscape_page=False,
            rows_per_page=45,
        ),
    )
    # weak-mynumber: 番号確認済 in a text box inside the page header → 3
    p = g.person(1950, 2000)
    g.add(
        "weak-mynumber",
        "docx",
        3,
        ["my_number", "name", "address"],
        data=header_textbox_docx(
            DocSpec(
                title="転入届 受付控",
                paragraphs=[
                    f"届出人　{p.name()}",
                    f"新住所　{p.addr.text('chome')}",
                    "従前の住所　松江市学園南",
                ],
            ),
            f"番号確認済 {grouped(g.my_number())}",
        ),
        note="check-valid 4-4-4 number labelled 番号確認済 in a text box inside the header",
    )
    # weak-mynumber: header text box with a reception number that fails the check → 2
    p = g.person(1950, 2000)
    g.add(
        "weak-mynumber",
        "docx",
        2,
        ["name", "address"],
        data=header_textbox_docx(
            DocSpec(
                title="住民票写し 交付請求書（控）",
                paragraphs=[f"請求者　{p.name()}", f"住所　{p.addr.text('hyphen')}", "請求通数　1通"],
            ),
            f"受付番号 {grouped(g.not_my_number('06'))}",
        ),
        note="a 4-4-4 reception number failing the check digit in a header text box; name + address → 2",
    )
    # letters-forms: a 受付印 text box in the header of a general notice → 1
    g.add(
        "letters-forms",
        "docx",
        1,
        [],
        data=header_textbox_docx(
            DocSpec(
                title="窓口延長のお知らせ（掲示用）",
                paragraphs=[
                    "毎週木曜日は 19 時まで市民課・税務課の窓口を延長しています。",
                    "取り扱う手続：住民票の写し、印鑑登録証明書、税証明",
                ],
            ),
            "受付 R6.6.3 市民課",
        ),
    )


# ====================================================================================================
def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    for family in (
        juki_printouts,
        chats,
        case_notes,
        weak_my_numbers,
        spaced,
        letters_forms,
        variants,
        more_structures,
    ):
        family(g)
    return g.docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam4")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set4", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
