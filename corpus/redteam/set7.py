"""Seventh red-team set (blind): the citizen-services floor of one city, and what the same city publishes.

``python -m corpus.redteam.set7 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other corpus generators' documents, to be
scored on first contact. One city is drawn per build; every family is a desk of its 市民課 floor with the
documents it keeps and the look-alikes the city publishes with the same words: resident-register printouts
from the core system (reportlab canvas, columns at fixed x positions, a print date and page numbers on
every page) and their xlsx/csv exports, 世帯一覧 with 続柄; forms returned by residents (交付請求書, 転出届,
印鑑登録申請) with the My Number grouped 4-4-4 or written after 「番号確認済」「○○さんの番号」 in a header,
footer or text box, versus receipt numbers, 住民票コード and blank forms; 国保・介護・特定健診 records with
病名, 要介護 and 障害 versus published statistics and FAQs; the 収納課 (arrears lists, 督促状, 分納誓約書,
call logs) versus 収納率 tables and a 督促 FAQ; chat exports (Teams, LINE WORKS, Slack) where one message
names a resident and a reply gives their phone, address, illness or arrears, versus staff chats; case
notes printed to PDF with spaces around digits and numbered lists; and the city's open data (facilities
with 名称_カナ, AED, shelters, nurseries with 開設日 and 施設長, 自治会長 by role, lat/long).

Each document's true level follows the default policy's text only: 3 for a My Number, health or arrears
data about an identifiable person, or records of more than 100 persons with a name plus an address, birth
date or phone; 2 for a private person's name with their address, birth date or phone; 1 for the rest.
Welfare, 続柄 and 世帯番号 alone do not raise a level. ``types`` lists what a perfect reader reports about
private persons. Doubtful files carry a one-line ``note``; ``expect`` (not in the manifest) tells the
well-formedness test what layout a file was built with.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 7707

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, local government code, (lat, lon), towns); "*" towns take 番地 lots
CITIES: list[tuple[str, str, str, str, tuple[float, float], list[str]]] = [
    ("千葉県", "佐倉市", "043", "122122", (35.7237, 140.2239), ["王子台", "上座", "大崎台", "染井野", "臼井田*", "鏑木町*"]),
    ("岐阜県", "大垣市", "0584", "212024", (35.3594, 136.6129), ["郭町", "林町", "禾森町", "久瀬川町", "赤坂町*", "浅草*"]),
    ("山口県", "周南市", "0834", "352152", (34.0553, 131.8062), ["久米*", "徳山*", "新地", "櫛ケ浜*", "城ケ丘", "岐山通"]),
    ("福島県", "郡山市", "024", "072036", (37.4005, 140.3597), ["桑野", "堤下町*", "菜根", "安積町荒井*", "開成", "富田町*"]),
    ("長野県", "上田市", "0268", "202037", (36.4020, 138.2491), ["常田", "材木町", "大字上田原*", "中央", "大字古里*", "天神"]),
    ("愛媛県", "今治市", "0898", "382027", (34.0661, 132.9978), ["旭町", "常盤町", "別宮町", "宅間甲*", "東鳥生町", "北宝来町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("浅野", "アサノ"), ("荒木", "アラキ"), ("飯島", "イイジマ"), ("石井", "イシイ"), ("市川", "イチカワ"),
    ("岩崎", "イワサキ"), ("上野", "ウエノ"), ("内田", "ウチダ"), ("大塚", "オオツカ"), ("大野", "オオノ"),
    ("小川", "オガワ"), ("奥村", "オクムラ"), ("片山", "カタヤマ"), ("桑原", "クワハラ"), ("小島", "コジマ"),
    ("近藤", "コンドウ"), ("酒井", "サカイ"), ("坂口", "サカグチ"), ("桜井", "サクライ"), ("笹川", "ササガワ"),
    ("島田", "シマダ"), ("清水", "シミズ"), ("白石", "シライシ"), ("杉山", "スギヤマ"), ("関口", "セキグチ"),
    ("高木", "タカギ"), ("竹内", "タケウチ"), ("田村", "タムラ"), ("千葉", "チバ"), ("塚本", "ツカモト"),
    ("土屋", "ツチヤ"), ("徳永", "トクナガ"), ("富田", "トミタ"), ("中島", "ナカジマ"), ("永井", "ナガイ"),
    ("西村", "ニシムラ"), ("野口", "ノグチ"), ("橋本", "ハシモト"), ("服部", "ハットリ"), ("浜田", "ハマダ"),
    ("平野", "ヒラノ"), ("広瀬", "ヒロセ"), ("福田", "フクダ"), ("藤井", "フジイ"), ("古川", "フルカワ"),
    ("堀内", "ホリウチ"), ("松尾", "マツオ"), ("松本", "マツモト"), ("三浦", "ミウラ"), ("水野", "ミズノ"),
    ("宮崎", "ミヤザキ"), ("村上", "ムラカミ"), ("望月", "モチヅキ"), ("森田", "モリタ"), ("矢野", "ヤノ"),
    ("山口", "ヤマグチ"), ("横山", "ヨコヤマ"), ("吉川", "ヨシカワ"), ("若林", "ワカバヤシ"), ("和田", "ワダ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("誠", "マコト"), ("浩二", "コウジ"), ("隆", "タカシ"), ("修", "オサム"), ("大輔", "ダイスケ"),
    ("拓也", "タクヤ"), ("和也", "カズヤ"), ("直樹", "ナオキ"), ("博", "ヒロシ"), ("茂", "シゲル"),
    ("勝", "マサル"), ("哲也", "テツヤ"), ("陽向", "ヒナタ"), ("湊", "ミナト"), ("蓮", "レン"),
    ("颯太", "ソウタ"), ("悠真", "ユウマ"), ("陸", "リク"), ("康弘", "ヤスヒロ"), ("義男", "ヨシオ"),
    ("幸一", "コウイチ"), ("秀樹", "ヒデキ"), ("光男", "ミツオ"), ("達也", "タツヤ"), ("亮", "リョウ"),
    ("圭介", "ケイスケ"), ("智", "サトシ"), ("晃", "アキラ"), ("裕太", "ユウタ"), ("敏夫", "トシオ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("洋子", "ヨウコ"), ("幸子", "サチコ"), ("和子", "カズコ"), ("節子", "セツコ"), ("久美子", "クミコ"),
    ("真由美", "マユミ"), ("由美", "ユミ"), ("直美", "ナオミ"), ("陽子", "ヨウコ"), ("智子", "トモコ"),
    ("明美", "アケミ"), ("裕子", "ユウコ"), ("美穂", "ミホ"), ("愛", "アイ"), ("彩", "アヤ"),
    ("葵", "アオイ"), ("陽菜", "ヒナ"), ("結衣", "ユイ"), ("凛", "リン"), ("澪", "ミオ"),
    ("紬", "ツムギ"), ("美咲", "ミサキ"), ("奈々", "ナナ"), ("千尋", "チヒロ"), ("静香", "シズカ"),
    ("文子", "フミコ"), ("良子", "ヨシコ"), ("トミ", "トミ"), ("春江", "ハルエ"), ("早苗", "サナエ"),
]  # fmt: skip
BUILDINGS = [
    "コーポ桜",
    "ハイツ緑ケ丘",
    "パークサイド南",
    "レジデンス東",
    "市営住宅",
    "メゾン若葉",
    "グランドール",
]
ILLNESSES = ["糖尿病", "高血圧症", "脳梗塞後遺症", "アルツハイマー型認知症", "慢性腎不全（人工透析）", "うつ病",
             "統合失調症", "関節リウマチ", "パーキンソン病", "慢性閉塞性肺疾患", "大腿骨頸部骨折", "心不全"]  # fmt: skip
CARE_LEVELS = ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
TAXES = [
    "市県民税（普通徴収）",
    "固定資産税",
    "軽自動車税",
    "国民健康保険税",
    "介護保険料",
    "後期高齢者医療保険料",
]
STAFF_DESKS = ["市民課", "保険年金課", "介護保険課", "収納課", "健康づくり課", "情報政策課"]
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
TODAY = dt.date(2024, 6, 10)
FONT = "HeiseiKakuGo-W5"
FONT_MIN = "HeiseiMin-W3"


# --- numbers ---------------------------------------------------------------------------------------
def make_my_number(rng: random.Random) -> str:
    first = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(10))
    return first + str(my_number_check_digit(first))


def make_failing_12(rng: random.Random, prefix: str = "") -> str:
    """A 12-digit number (receipt, order, case number) whose last digit fails the My Number check."""
    first = prefix + "".join(rng.choice("0123456789") for _ in range(11 - len(prefix)))
    good = my_number_check_digit(first)
    return first + str((good + rng.randint(1, 9)) % 10)


def group4(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, 12, 4))


def wareki(d: dt.date, style: str = "long") -> str:
    for name, letter, start in ERAS:
        if d >= start:
            year = d.year - start.year + 1
            if style == "short":
                return f"{letter}{year}.{d.month}.{d.day}"
            if style == "spaced":
                return f"{name} {year} 年 {d.month} 月 {d.day} 日"
            return f"{name}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    raise ValueError(d)


# --- people ----------------------------------------------------------------------------------------
@dataclass
class Person:
    surname: str
    given: str
    kana: str
    sex: str
    birth: dt.date
    town: str
    lot: str  # 3丁目12番5号 / 1234番地2
    building: str
    phone: str
    mobile: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}"

    def address(self, city: str = "") -> str:
        return f"{city}{self.town}{self.lot}{(' ' + self.building) if self.building else ''}"

    @property
    def age(self) -> int:
        return TODAY.year - self.birth.year - ((TODAY.month, TODAY.day) < (self.birth.month, self.birth.day))


class World:
    """The city of this build and a source of residents whose names never repeat within the set."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, self.code, self.centre, towns = rng.choice(CITIES)
        self.towns = towns
        self.used: set[str] = set()

    @property
    def full_city(self) -> str:
        return self.pref + self.city

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            return f"{r.randint(1, 2999)}番地{r.choice(['', str(r.randint(1, 9))])}".rstrip()
        return f"{r.randint(1, 8)}丁目{r.randint(1, 30)}番{r.randint(1, 25)}号"

    def phone(self) -> str:
        r = self.rng
        if len(self.area) == 3:
            return f"{self.area}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}"
        return f"{self.area}-{r.randint(20, 99)}-{r.randint(0, 9999):04d}"

    def mobile(self) -> str:
        r = self.rng
        return f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}"

    def birth(self, lo: int, hi: int) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def person(
        self, surname: tuple[str, str] | None = None, sex: str | None = None, years: tuple[int, int] = (1938, 2004),
        home: Person | None = None,
    ) -> Person:  # fmt: skip
        r = self.rng
        for _ in range(500):
            sn = surname or r.choice(SURNAMES)
            sx = sex or r.choice("男女")
            gn = r.choice(MALE if sx == "男" else FEMALE)
            if f"{sn[0]}{gn[0]}" not in self.used:
                break
        else:  # pragma: no cover - the pools are large enough
            raise RuntimeError("name pool exhausted")
        self.used.add(f"{sn[0]}{gn[0]}")
        if home is not None:
            town, lot, building, phone = home.town, home.lot, home.building, home.phone
        else:
            town = r.choice(self.towns)
            lot = self.lot(town)
            town = town.rstrip("*")
            building = f"{r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}" if r.random() < 0.3 else ""
            phone = self.phone()
        return Person(sn[0], gn[0], f"{sn[1]} {gn[1]}", sx, self.birth(*years), town, lot, building, phone,
                      self.mobile())  # fmt: skip

    def household(self, size: int) -> list[tuple[Person, str]]:
        """A household: (person, 続柄) with the head first; members share the head's address and phone."""
        r = self.rng
        sn = r.choice(SURNAMES)
        head = self.person(sn, "男" if r.random() < 0.75 else "女", (1940, 1992))
        out = [(head, "世帯主")]
        if size >= 2:
            spouse_year = min(2000, head.birth.year + r.randint(-4, 4))
            out.append((self.person(sn, "女" if head.sex == "男" else "男", (spouse_year, spouse_year), head), "妻" if head.sex == "男" else "夫"))  # fmt: skip
        for _ in range(size - 2):
            y = min(2023, head.birth.year + r.randint(24, 38))
            child = self.person(sn, None, (y, y), head)
            out.append((child, "子"))
        return out

    def staff(self) -> str:
        return self.person().name

    def town_lot(self) -> tuple[str, str]:
        town = self.rng.choice(self.towns)
        return town.rstrip("*"), self.lot(town)


# --- the document record ------------------------------------------------------------------------
@dataclass
class Doc:
    spec: DocSpec
    fmt: str
    family: str
    level: int
    types: set[str]
    note: str = ""
    post: Callable[[Path], None] | None = None
    expect: dict[str, Any] = field(default_factory=dict)  # what the well-formedness test checks


# --- post-processors: layouts a DocSpec cannot express -------------------------------------------
def _finish(data: bytes) -> bytes:
    from corpus.factory.writers import _finish_zip

    return _finish_zip(data)


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in (FONT, FONT_MIN):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def listing_pdf(
    title: str, columns: Sequence[tuple[float, str]], rows: list[list[str]], printed: str, per_page: int,
    operator: str = "", footer: str = "",
) -> Callable[[Path], None]:  # fmt: skip
    """A core-system printout: landscape A4, columns at fixed x (mm), print date and 'n / N 頁' on each page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _fonts()
        width, height = landscape(A4)
        c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
        c.setTitle(title)
        c.setCreator("RK-PRINT 帳票出力")
        pages = max(1, -(-len(rows) // per_page))
        for p in range(pages):
            c.setFont(FONT, 12)
            c.drawString(15 * mm, height - 14 * mm, title)
            c.setFont(FONT, 8)
            c.drawRightString(width - 15 * mm, height - 10 * mm, f"印刷日 {printed}")
            c.drawRightString(width - 15 * mm, height - 14 * mm, f"{p + 1} / {pages} 頁")
            if operator:
                c.drawString(15 * mm, height - 19 * mm, operator)
            y = height - 27 * mm
            for x, label in columns:
                c.drawString(x * mm, y, label)
            c.line(15 * mm, y - 2 * mm, width - 15 * mm, y - 2 * mm)
            y -= 7 * mm
            for row in rows[p * per_page : (p + 1) * per_page]:
                for (x, _), value in zip(columns, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 5.2 * mm
            if footer:
                c.drawCentredString(width / 2, 8 * mm, footer)
            c.showPage()
        c.save()

    return post


def memo_pdf(
    title: str, lines: list[str], header: str = "", footer: str = "", per_page: int = 38, font: str = FONT,
) -> Callable[[Path], None]:  # fmt: skip
    """A memo printed to PDF line by line (portrait A4), header and 'n/N' footer on each page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _fonts()
        width, height = A4
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(title)
        pages = max(1, -(-len(lines) // per_page))
        for p in range(pages):
            c.setFont(font, 8)
            if header:
                c.drawString(20 * mm, height - 10 * mm, header)
            c.drawCentredString(width / 2, 10 * mm, f"{footer}  {p + 1}/{pages}".strip())
            y = height - 22 * mm
            if p == 0:
                c.setFont(font, 14)
                c.drawCentredString(width / 2, y, title)
                y -= 12 * mm
            c.setFont(font, 10.5)
            for line in lines[p * per_page : (p + 1) * per_page]:
                c.drawString(20 * mm, y, line)
                y -= 6.2 * mm
            c.showPage()
        c.save()

    return post


def form_pdf(
    title: str, fields: list[tuple[str, str]], foot: list[str], header: str = ""
) -> Callable[[Path], None]:
    """A filled form: a ruled box per field, label on the left, value placed in the box (portrait A4)."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _fonts()
        width, height = A4
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(title)
        if header:
            c.setFont(FONT_MIN, 8)
            c.drawRightString(width - 15 * mm, height - 10 * mm, header)
        c.setFont(FONT_MIN, 16)
        c.drawCentredString(width / 2, height - 25 * mm, title)
        y = height - 40 * mm
        for label, value in fields:
            c.rect(20 * mm, y - 3 * mm, 170 * mm, 10 * mm)
            c.line(55 * mm, y - 3 * mm, 55 * mm, y + 7 * mm)
            c.setFont(FONT_MIN, 9)
            c.drawString(22 * mm, y, label)
            c.setFont(FONT_MIN, 11)
            c.drawString(58 * mm, y, value)
            y -= 10 * mm
        c.setFont(FONT_MIN, 9)
        y -= 6 * mm
        for line in foot:
            c.drawString(20 * mm, y, line)
            y -= 6 * mm
        c.showPage()
        c.save()

    return post


def xlsx_merge(sheet: int, ranges: list[str], hide_sheets: Sequence[int] = ()) -> Callable[[Path], None]:
    """Merge cell ranges on one sheet (households, form blocks) and hide sheets, keeping the bytes fixed."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[sheet]
        for ref in ranges:
            ws.merge_cells(ref)
        for index in hide_sheets:
            wb.worksheets[index].sheet_state = "hidden"
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def docx_merge(table: int, spans: list[tuple[int, int, int, int]]) -> Callable[[Path], None]:
    """Merge (row0, col0, row1, col1) blocks of a Word table; the cells merged away are empty."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        t = d.tables[table]
        for r0, c0, r1, c1 in spans:
            t.cell(r0, c0).merge(t.cell(r1, c1))
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


# --- shared bits --------------------------------------------------------------------------------
def _date_jp(d: dt.date) -> str:
    return wareki(d)


def _sheet(name: str, rows: list[list[Cell]], **kw: Any) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)


PRINTED = wareki(TODAY) + " 08:47"


# === family: register (住民記録 printouts, exports, 世帯一覧; published population tables) ===========
def register(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    city = w.city

    def households(min_persons: int) -> list[tuple[str, list[tuple[Person, str]]]]:
        out: list[tuple[str, list[tuple[Person, str]]]] = []
        n = 0
        while n < min_persons:
            size = r.choice([1, 1, 2, 2, 3, 4])
            hh = w.household(size)
            out.append((f"{r.randint(100000, 999999):08d}", hh))
            n += len(hh)
        return out

    # L3: the big printout (more than 100 persons), landscape, 30 lines a page
    hhs = households(118)
    rows = [[no, p.name, p.kana, wareki(p.birth, "short"), p.sex, rel, p.address(), wareki(min(TODAY, max(p.birth, dt.date(1990, 4, 1)) + dt.timedelta(days=r.randint(0, 9000))), "short")]
            for no, hh in hhs for p, rel in hh]  # fmt: skip
    cols = [(15, "世帯番号"), (35, "氏名"), (62, "氏名（カナ）"), (100, "生年月日"), (122, "性別"), (132, "続柄"),
            (146, "住所"), (245, "住定日")]  # fmt: skip
    spec = DocSpec(title=f"住民記録一覧表（町丁別）　{city}", tables=[[[c for _, c in cols], *rows]])
    docs.append(Doc(spec, "pdf", "register", 3, {"name", "address", "birth_date"},
                    note=f"{len(rows)} residents with address and birth date: bulk, more than 100 persons",
                    post=listing_pdf(f"住民記録一覧表（町丁別）　{city}", cols, rows, PRINTED, 30, "出力者 市民課 端末RK-03"),
                    expect={"pages": -(-len(rows) // 30), "persons": len(rows), "header": "印刷日"}))  # fmt: skip

    # L3: xlsx export of 転入者 with a merged title row and a merged condition block
    hhs = households(150)
    rows2: list[list[Cell]] = [["No", "異動日", "氏名", "カナ氏名", "生年月日", "性別", "住所", "方書", "電話番号", "前住所"]]  # fmt: skip
    for i, (_, hh) in enumerate(hhs):
        moved = dt.date(2023, 4, 1) + dt.timedelta(days=r.randint(0, 360))
        prev = f"{r.choice(['東京都練馬区', '埼玉県川口市', '神奈川県相模原市', '大阪府堺市', '愛知県一宮市'])}{w.lot('x')}"
        for p, _ in hh:
            rows2.append([len(rows2), moved, p.name, p.kana, p.birth, p.sex, w.full_city + p.town + p.lot,
                          p.building, p.phone if i % 3 else "", prev])  # fmt: skip
    n2 = len(rows2) - 1
    sheet = _sheet("転入者一覧", rows2, title=f"転入者一覧（令和5年度）　{city}市民課", first_row=4,
                   number_formats={4: "ggge\"年\"m\"月\"d\"日\""})  # fmt: skip
    sheet.rows.insert(0, ["抽出条件：異動事由＝転入　期間：2023/04/01～2024/03/31", None, None, None, None, None, None,
                          None, None, None])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[sheet]), "xlsx", "register", 3, {"name", "address", "birth_date", "phone"},
                    note=f"{n2} persons in one export: bulk", post=xlsx_merge(0, ["A4:J4"]),
                    expect={"persons": n2, "merged": 2}))  # fmt: skip

    # L3: csv-cp932 export, 110+ persons, system header row above the column names
    hhs = households(108)
    rows3: list[list[Cell]] = [["住民記録システム　CSV出力", f"出力日時 {TODAY:%Y/%m/%d} 08:52", "", "", "", "", ""],
                               ["個人番号以外の項目を出力", "", "", "", "", "", ""],
                               ["宛名番号", "氏名", "氏名カナ", "生年月日", "性別", "続柄", "住所"]]  # fmt: skip
    for _no, hh in hhs:
        for p, rel in hh:
            rows3.append([f"{r.randint(1, 9999999):010d}", p.name, p.kana, f"{p.birth:%Y/%m/%d}", p.sex, rel,
                          p.address(w.full_city)])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("export", rows3)]), "csv-cp932", "register", 3,
                    {"name", "address", "birth_date"}, note=f"{len(rows3) - 3} persons: bulk; no My Number is exported",
                    expect={"persons": len(rows3) - 3}))  # fmt: skip

    # L2: a printout of about 30 (one 町丁), two pages
    hhs = households(30)
    rows4 = [
        [no, p.name, p.kana, wareki(p.birth, "short"), p.sex, rel, p.address()]
        for no, hh in hhs
        for p, rel in hh
    ]
    cols4 = [
        (15, "世帯番号"),
        (35, "氏名"),
        (62, "カナ"),
        (100, "生年月日"),
        (122, "性別"),
        (132, "続柄"),
        (146, "住所"),
    ]
    title4 = f"住民記録一覧表　{hhs[0][1][0][0].town}"
    docs.append(Doc(DocSpec(title=title4, tables=[[[c for _, c in cols4], *rows4]]), "pdf", "register", 2,
                    {"name", "address", "birth_date"},
                    post=listing_pdf(title4, cols4, rows4, PRINTED, 18, "出力者 市民課"),
                    expect={"pages": -(-len(rows4) // 18), "persons": len(rows4), "header": "印刷日"}))  # fmt: skip

    # L2: 世帯一覧 xlsx, households merged over their member rows
    hhs = households(24)
    rows5: list[list[Cell]] = [["世帯番号", "住所", "氏名", "続柄", "生年月日", "性別"]]
    merges: list[str] = []
    for no, hh in hhs:
        start = len(rows5) + 3  # rows[0] lands on row 3 under the merged title
        for k, (p, rel) in enumerate(hh):
            rows5.append(
                [no if k == 0 else None, p.address(w.city) if k == 0 else None, p.name, rel, p.birth, p.sex]
            )
        if len(hh) > 1:
            merges += [f"A{start}:A{start + len(hh) - 1}", f"B{start}:B{start + len(hh) - 1}"]
    docs.append(Doc(DocSpec(sheets=[_sheet("世帯一覧", rows5, title="世帯一覧（世帯主・世帯員）", first_row=3)]), "xlsx",
                    "register", 2, {"name", "address", "birth_date"},
                    note="続柄 and 世帯番号 do not raise the level", post=xlsx_merge(0, merges),
                    expect={"merged": len(merges) + 1}))  # fmt: skip

    # L2: 世帯一覧 csv (UTF-8), 2 title lines
    hhs = households(28)
    rows6: list[list[Cell]] = [[f"世帯一覧　{city}　{TODAY:%Y年%m月%d日}現在"], [],
                               ["世帯番号", "続柄", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話"]]  # fmt: skip
    for no, hh in hhs:
        for p, rel in hh:
            rows6.append([no, rel, p.name, p.kana, f"{p.birth:%Y-%m-%d}", p.address(), p.phone])
    docs.append(Doc(DocSpec(sheets=[_sheet("世帯", rows6)]), "csv", "register", 2,
                    {"name", "address", "birth_date", "phone"}))  # fmt: skip

    # L2: xls 転居者一覧 (20)
    ppl = [w.person() for _ in range(20)]
    rows7: list[list[Cell]] = [["異動日", "氏名", "生年月日", "新住所", "旧住所"]]
    for p in ppl:
        rows7.append([dt.date(2024, 5, r.randint(1, 31)), p.name, p.birth, p.address(), f"{w.town_lot()[0]}{w.town_lot()[1]}"])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("転居", rows7, title="転居届受付分（令和6年5月）")]), "xls", "register", 2,
                    {"name", "address", "birth_date"}))  # fmt: skip

    # L2: ods 出生届 受付 (newborns with parents' address)
    rows8: list[list[Cell]] = [["受付日", "子の氏名", "生年月日", "父母の氏名", "住所"]]
    for _ in range(12):
        hh = w.household(3)
        child = hh[2][0]
        child.birth = dt.date(2024, r.randint(3, 5), r.randint(1, 28))
        rows8.append([child.birth + dt.timedelta(days=7), child.name, child.birth, f"{hh[0][0].name}・{hh[1][0].given}",
                      child.address(w.city)])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("出生", rows8, title="出生届受付簿")]), "ods", "register", 2,
                    {"name", "address", "birth_date"}))  # fmt: skip

    # L2: a one-person 住民記録照会 screen print (住民票コード, 11 digits)
    p = w.person()
    code = "".join(r.choice("0123456789") for _ in range(11))
    lines = [f"住民票コード  {code}", f"宛名番号      {r.randint(1, 9999999):010d}", f"氏名          {p.name}（{p.kana}）",
             f"生年月日      {wareki(p.birth)}", f"性別          {p.sex}", f"住所          {p.address(w.full_city)}",
             f"住定日        {wareki(dt.date(2015, 4, 1))}", "異動履歴      転入（令和元年8月1日）", "備考          なし"]  # fmt: skip
    docs.append(Doc(DocSpec(title="住民記録照会", paragraphs=lines), "pdf", "register", 2, {"name", "address", "birth_date"},
                    note="11-digit 住民票コード is not a My Number", post=memo_pdf("住民記録照会（個人）", lines, f"印刷日 {PRINTED}  端末 RK-07", "市民課"),
                    expect={"pages": 1, "header": "印刷日"}))  # fmt: skip

    # L1: 町丁別人口・世帯数 (published)
    rows9: list[list[Cell]] = [["町丁名", "世帯数", "男", "女", "計"]]
    for town in w.towns:
        m, f = r.randint(300, 4000), r.randint(300, 4000)
        rows9.append([town.rstrip("*"), r.randint(200, 3500), m, f, m + f])
    docs.append(Doc(DocSpec(sheets=[_sheet("町丁別", rows9, title=f"町丁別人口・世帯数（住民基本台帳）{wareki(dt.date(2024, 5, 31))}現在",
                                           footer=f"{city}市民課")]), "xlsx", "register", 1, set()))  # fmt: skip

    # L1: 年齢別人口 csv-cp932
    rows10: list[list[Cell]] = [["年齢", "男", "女", "計"]]
    for age in range(0, 100):
        m, f = r.randint(200, 900), r.randint(200, 950)
        rows10.append([f"{age}歳", m, f, m + f])
    docs.append(Doc(DocSpec(sheets=[_sheet("age", [[f"{city} 年齢別人口（住民基本台帳）"], *rows10])]), "csv-cp932", "register", 1, set()))  # fmt: skip

    # L1: published statistics printed from the same core system (print header, 2 pages)
    rows11 = []
    for town in w.towns:
        for ch in range(1, 8):
            rows11.append([f"{town.rstrip('*')}{ch}丁目", str(r.randint(50, 600)), str(r.randint(80, 900)), str(r.randint(80, 900))])  # fmt: skip
    cols11 = [(20, "町丁目"), (80, "世帯数"), (110, "男"), (140, "女")]
    docs.append(Doc(DocSpec(title="町丁目別世帯数・人口", tables=[[[c for _, c in cols11], *rows11]]), "pdf", "register", 1, set(),
                    post=listing_pdf("町丁目別世帯数・人口（公表用）", cols11, rows11, PRINTED, 24),
                    expect={"pages": -(-len(rows11) // 24), "header": "印刷日"}))  # fmt: skip

    # L1: an empty export template (headers only)
    docs.append(Doc(DocSpec(sheets=[_sheet("様式", [["世帯番号", "氏名", "氏名カナ", "生年月日", "性別", "続柄", "住所", "電話番号"],
                                                   [None] * 8, [None] * 8], title="住民記録 抽出様式（空）"),
                                    _sheet("記入要領", [["項目", "説明"], ["生年月日", "西暦8桁で入力"], ["続柄", "世帯主との続柄"],
                                                       ["住所", "方書まで入力"]])]),
                    "xlsx", "register", 1, set()))  # fmt: skip

    # L1: guide to 住民票の写し (published)
    docs.append(Doc(DocSpec(title="住民票の写しの請求について",
                            paragraphs=["住民票の写しは、本人または同一世帯の方が請求できます。代理人の場合は委任状が必要です。",
                                        "マイナンバー（個人番号）や住民票コードの記載を希望する場合は、請求書の該当欄にチェックしてください。",
                                        "本人確認書類（運転免許証、マイナンバーカード等）をお持ちください。",
                                        f"手数料：1通300円　問い合わせ：{city}市民課 {w.area}-{r.randint(20, 99) if len(w.area) > 3 else r.randint(200, 999)}-1111"],
                            footer=f"{city}市民課"), "docx", "register", 1, set()))  # fmt: skip

    # L1: pptx briefing on 住民基本台帳 with counts (staff training)
    docs.append(Doc(DocSpec(title="住民基本台帳事務 研修資料", paragraphs=[
        "転入・転出・転居の届出は異動日から14日以内", "世帯主との続柄の記載方法（妻・子・子の妻）",
        "個人番号の記載は本人確認のうえ、番号確認書類で確認すること", f"令和5年度 異動件数 転入{r.randint(2000, 6000)}件 転出{r.randint(2000, 6000)}件",
        "住民票コードは11桁、個人番号は12桁"], notes=["質疑の時間をとる"]), "pptx", "register", 1, set()))  # fmt: skip
    return docs


# === family: resident_form (交付請求書, 転出届, 印鑑登録申請) ==========================================
def resident_form(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    city = w.city

    def form_table(p: Person, extra: list[list[str]]) -> list[list[str]]:
        return [["請求者", "住所", p.address(w.full_city), ""], ["", "氏名", p.name, ""],
                ["", "生年月日", wareki(p.birth), ""], ["", "電話番号", p.mobile, ""], *extra]  # fmt: skip

    # L3: 交付請求書 docx, My Number 4-4-4 in the table
    p = w.person()
    mn = make_my_number(r)
    table = form_table(p, [["個人番号", group4(mn), "（本人確認 運転免許証）", ""], ["必要なもの", "住民票の写し 1通", "使用目的：年金手続", ""]])  # fmt: skip
    docs.append(Doc(DocSpec(title="住民票の写し等交付請求書", tables=[table], paragraphs=[f"{city}長 あて", f"請求日 {wareki(TODAY)}"]),
                    "docx", "resident_form", 3, {"name", "address", "birth_date", "phone", "my_number"},
                    post=docx_merge(0, [(0, 0, 3, 0), (0, 2, 0, 3), (1, 2, 1, 3), (2, 2, 2, 3), (3, 2, 3, 3)]),
                    expect={"my_number": mn, "docx_merged": True}))  # fmt: skip

    # L3: 転出届 docx, the number written after 「番号確認済」 in the page header
    p = w.person()
    mn = make_my_number(r)
    docs.append(Doc(DocSpec(title="転出届", header=f"番号確認済 {mn}（通知カード）", tables=[[
        ["届出日", wareki(TODAY)], ["転出予定日", wareki(dt.date(2024, 6, 30))], ["新住所", "東京都八王子市元本郷町3丁目1番2号"],
        ["現住所", p.address(w.full_city)], ["氏名", p.name], ["生年月日", wareki(p.birth)], ["連絡先", p.mobile]]]),
        "docx", "resident_form", 3, {"name", "address", "birth_date", "phone", "my_number"},
        expect={"my_number": mn, "docx_header": mn}))  # fmt: skip

    # L3: 印鑑登録申請 docx, 「○○さんの番号」 in a text box
    p = w.person()
    mn = make_my_number(r)
    docs.append(Doc(DocSpec(title="印鑑登録申請書", tables=[[["住所", p.address(w.full_city)], ["氏名", p.name],
                                                          ["生年月日", wareki(p.birth)], ["電話", p.phone],
                                                          ["本人確認", "マイナンバーカード"]]],
                            textboxes=[f"{p.surname}さんの番号 {mn}　照合OK"]),
                    "docx", "resident_form", 3, {"name", "address", "birth_date", "phone", "my_number"},
                    expect={"my_number": mn, "docx_textbox": mn}))  # fmt: skip

    # L3: 転出届 PDF form, a couple, both numbers 4-4-4
    hh = w.household(2)
    m1, m2 = make_my_number(r), make_my_number(r)
    fields = [("届出日", wareki(TODAY)), ("現住所", hh[0][0].address(w.full_city)), ("新住所", "大阪府吹田市山田西2丁目8番1号"),
              ("世帯主", hh[0][0].name), ("異動者1", f"{hh[0][0].name}  {wareki(hh[0][0].birth)}  個人番号 {group4(m1)}"),
              ("異動者2", f"{hh[1][0].name}  {wareki(hh[1][0].birth)}  個人番号 {group4(m2)}"), ("電話", hh[0][0].mobile)]  # fmt: skip
    docs.append(Doc(DocSpec(title="転出届", tables=[[list(f) for f in fields]]), "pdf", "resident_form", 3,
                    {"name", "address", "birth_date", "phone", "my_number"},
                    post=form_pdf("転出届", fields, ["※個人番号は番号確認書類と照合すること", f"受付 {city}市民課"], "受付番号 " + make_failing_12(r, "2406")),
                    expect={"my_number": m1, "pages": 1}))  # fmt: skip

    # L3: the window's daily log (xlsx) with a 番号 column filled after checking
    rows: list[list[Cell]] = [["受付時刻", "届出種別", "届出人", "住所", "番号", "確認書類", "担当"]]
    staff = w.staff()
    for i in range(9):
        q = w.person()
        rows.append([f"{9 + i // 2}:{r.randint(0, 59):02d}", r.choice(["転入届", "転居届", "転出届", "世帯変更届"]), q.name,
                     q.address(), make_my_number(r) if i % 2 == 0 else "確認済（カード）", r.choice(["個人番号カード", "通知カード＋免許証"]), staff])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("6月10日", rows, title="窓口受付簿（住民異動）")]), "xlsx", "resident_form", 3,
                    {"name", "address", "my_number"}, expect={"has_valid": True}))  # fmt: skip

    # L3: a txt memo handed between desks
    p = w.person()
    mn = make_my_number(r)
    lines = [f"{p.name}様（{p.address()}）の件", f"{p.surname}さんの番号 {mn[:4]}-{mn[4:8]}-{mn[8:]}", "番号カードの暗証番号再設定は本人来庁で対応。",
             f"連絡先 {p.mobile}"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=lines), "txt-cp932", "resident_form", 3, {"name", "address", "phone", "my_number"},
                    expect={"my_number": mn}))  # fmt: skip

    # L2: 交付請求書 docx with a 12-digit 受付番号 that fails the check digit, no My Number
    p = w.person()
    rn = make_failing_12(r, "20240")
    docs.append(Doc(DocSpec(title="住民票の写し等交付請求書", header=f"受付番号 {rn}",
                            tables=[form_table(p, [["個人番号の記載", "不要", "", ""], ["通数", "2通", "", ""]])]),
                    "docx", "resident_form", 2, {"name", "address", "birth_date", "phone"},
                    note="the 12-digit receipt number fails the check digit", post=docx_merge(0, [(0, 0, 3, 0)]),
                    expect={"failing": rn, "docx_merged": True}))  # fmt: skip

    # L2: 転出届 with 住民票コード (11 digits) only
    p = w.person()
    code = "".join(r.choice("0123456789") for _ in range(11))
    docs.append(Doc(DocSpec(title="転出届", tables=[[["住民票コード", code], ["氏名", p.name], ["生年月日", wareki(p.birth)],
                                                    ["現住所", p.address(w.full_city)], ["新住所", "福岡県久留米市東町1番地"]]]),
                    "xlsx", "resident_form", 2, {"name", "address", "birth_date"},
                    note="住民票コード has 11 digits: not a My Number"))  # fmt: skip

    # L2: 印鑑登録申請 (no number)
    p = w.person()
    docs.append(Doc(DocSpec(title="印鑑登録申請書", paragraphs=[f"申請者　{p.address(w.full_city)}", f"氏名　{p.name}　{wareki(p.birth)}生",
                                                            f"電話　{p.phone}", "登録する印鑑：別紙のとおり", "保証人：なし（照会書による）"]),
                    "odt", "resident_form", 2, {"name", "address", "birth_date", "phone"}))  # fmt: skip

    # L2: PDF 交付請求 from a mail order, with a 12-digit order number (fails)
    p = w.person()
    on = make_failing_12(r, "7")
    fields = [("注文番号", on), ("請求者", p.name), ("住所", p.address(w.full_city)), ("電話", p.mobile),
              ("請求内容", "戸籍の附票の写し 1通"), ("支払", "定額小為替 300円")]  # fmt: skip
    docs.append(Doc(DocSpec(title="郵送請求受付票", tables=[[list(f) for f in fields]]), "pdf", "resident_form", 2,
                    {"name", "address", "phone"}, note="the 12-digit order number fails the check digit",
                    post=form_pdf("郵送請求受付票", fields, ["郵送請求は返信用封筒を同封してください"]), expect={"failing": on, "pages": 1}))  # fmt: skip

    # L2: 委任状 with two persons (principal and agent)
    p, q = w.person(), w.person()
    docs.append(Doc(DocSpec(title="委任状", paragraphs=[f"代理人　住所 {q.address(w.full_city)}　氏名 {q.name}",
                                                    "私は上記の者を代理人と定め、住民票の写しの請求及び受領の権限を委任します。",
                                                    f"委任者　住所 {p.address(w.full_city)}", f"氏名 {p.name}　生年月日 {wareki(p.birth)}",
                                                    f"電話 {p.phone}"]), "docx", "resident_form", 2,
                    {"name", "address", "birth_date", "phone"}))  # fmt: skip

    # L1: blank 交付請求書 with a 4-4-4 box for the number
    docs.append(Doc(DocSpec(title="住民票の写し等交付請求書", tables=[[["請求者", "住所", "", ""], ["", "氏名", "", ""],
                                                                  ["", "生年月日", "　　年　　月　　日", ""],
                                                                  ["個人番号", "□□□□ □□□□ □□□□", "", ""]]],
                            paragraphs=["※個人番号の記載を希望する場合のみ記入", f"{city}市民課"]),
                    "docx", "resident_form", 1, set(), post=docx_merge(0, [(0, 0, 2, 0)]), expect={"docx_merged": True}))  # fmt: skip

    # L1: blank 転出届 PDF
    fields = [("届出日", "令和　年　月　日"), ("現住所", ""), ("新住所", ""), ("世帯主", ""), ("異動者1", "個人番号 ____ ____ ____"),
              ("異動者2", "個人番号 ____ ____ ____"), ("電話", "")]  # fmt: skip
    docs.append(Doc(DocSpec(title="転出届（様式）", tables=[[list(f) for f in fields]]), "pdf", "resident_form", 1, set(),
                    post=form_pdf("転出届", fields, ["記入方法は裏面をご覧ください"]), expect={"pages": 1}))  # fmt: skip

    # L1: 記入例 with the city's sample person
    docs.append(Doc(DocSpec(title="印鑑登録申請書（記入例）", paragraphs=[
        f"申請者　{w.full_city}役所前1丁目1番1号", "氏名　市民 花子（しみん はなこ）　昭和50年1月1日生", "電話　000-000-0000",
        "個人番号　1234 5678 9012（記入例です）", "※記入例の氏名・番号は架空のものです"]), "docx", "resident_form", 1, set(),
        note="a sample person of a 記入例 is fictional; 123456789012 fails the check digit",
        expect={"failing": "123456789012"}))  # fmt: skip

    # L1: statistics of certificates issued, with 12-digit batch numbers
    rows2: list[list[Cell]] = [["バッチ番号", "日付", "住民票", "印鑑証明", "戸籍", "計"]]
    for d in range(1, 21):
        a, b, c = r.randint(40, 160), r.randint(20, 90), r.randint(10, 60)
        rows2.append([make_failing_12(r, "2406"), dt.date(2024, 5, d), a, b, c, a + b + c])
    docs.append(Doc(DocSpec(sheets=[_sheet("集計", rows2, title="証明書交付件数（窓口・コンビニ）")]), "xlsx", "resident_form", 1,
                    set(), note="batch numbers: 12 digits all failing the check digit", expect={"all_failing": True}))  # fmt: skip
    return docs


# === family: health (国保, 介護認定, 特定健診) =========================================================
def health(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    city = w.city

    # L3: 介護認定 審査会資料 xlsx (with 病名 and 障害 notes)
    rows: list[list[Cell]] = [["被保険者番号", "氏名", "生年月日", "住所", "申請区分", "一次判定", "主治医意見書 診断名", "障害高齢者自立度", "認知症自立度"]]  # fmt: skip
    for _ in range(14):
        p = w.person(years=(1928, 1955))
        rows.append([f"{r.randint(1, 99999999):010d}", p.name, p.birth, p.address(), r.choice(["新規", "更新", "区分変更"]),
                     r.choice(CARE_LEVELS), r.choice(ILLNESSES), r.choice(["J2", "A1", "A2", "B1", "B2", "C1"]),
                     r.choice(["自立", "Ⅰ", "Ⅱa", "Ⅱb", "Ⅲa", "Ⅳ"])])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("第12合議体", rows, title="介護認定審査会 資料（令和6年6月18日開催）", header="取扱注意")]),
                    "xlsx", "health", 3, {"name", "address", "birth_date", "health"}))  # fmt: skip

    # L3: 特定健診 結果 csv
    rows2: list[list[Cell]] = [
        ["受診券番号", "氏名", "生年月日", "性別", "HbA1c", "収縮期血圧", "判定", "既往歴", "服薬"]
    ]
    for _ in range(22):
        p = w.person(years=(1950, 1984))
        rows2.append([f"{r.randint(1, 99999999):011d}", p.name, f"{p.birth:%Y/%m/%d}", p.sex, round(r.uniform(5.0, 8.9), 1),
                      r.randint(105, 178), r.choice(["異常なし", "要指導", "要医療"]), r.choice(["なし", "高血圧症", "脂質異常症", "糖尿病", "脳梗塞"]),
                      r.choice(["あり", "なし"])])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("kekka", rows2)]), "csv", "health", 3, {"name", "birth_date", "health"},
                    note="11-digit 受診券番号 is not a My Number"))  # fmt: skip

    # L3: 高額療養費 申請 docx for one person
    p = w.person(years=(1945, 1970))
    ill = r.choice(ILLNESSES)
    docs.append(Doc(DocSpec(title="国民健康保険 高額療養費支給申請書", tables=[[["世帯主氏名", p.name], ["住所", p.address(w.full_city)],
                                                                          ["電話", p.phone], ["療養を受けた者", p.name],
                                                                          ["傷病名", ill], ["医療機関", f"{city}市民病院"],
                                                                          ["診療月", "令和6年4月"], ["自己負担額", f"{r.randint(80, 300) * 1000:,}円"]]]),
                    "xlsx", "health", 3, {"name", "address", "phone", "health"}))  # fmt: skip

    # L3: 認定調査票 PDF for one person (障害, 認知症)
    p = w.person(years=(1930, 1945))
    lines = [f"調査日 {wareki(dt.date(2024, 5, 22))}  調査員 {w.staff()}（{city}介護保険課）", f"対象者 {p.name}（{p.kana}） {wareki(p.birth)}生 {p.age}歳",
             f"住所 {p.address(w.full_city)}", f"主な疾病 {r.choice(ILLNESSES)}、{r.choice(ILLNESSES)}",
             "身体障害者手帳 2級（下肢機能障害）", "歩行：つかまれば可。夜間の徘徊が週2回程度ある。", "服薬管理：家族（長女）が実施",
             "特記事項：火の不始末あり。独居のため見守りが必要。"]  # fmt: skip
    docs.append(Doc(DocSpec(title="認定調査票（概況調査）", paragraphs=lines), "pdf", "health", 3,
                    {"name", "address", "birth_date", "health"},
                    post=memo_pdf("認定調査票（概況調査）", lines, "介護保険課　取扱注意", "認定調査票"), expect={"pages": 1}))  # fmt: skip

    # L3: 障害福祉 相談メモ txt
    p = w.person(years=(1970, 2000))
    lines = [f"{TODAY:%Y/%m/%d} 来所相談", f"相談者：{p.name}（{p.age}歳） 電話 {p.mobile}", f"内容：精神障害者保健福祉手帳の更新。{r.choice(['うつ病', '統合失調症'])}で通院中。",
             "就労継続支援B型の利用を希望。主治医意見書を依頼予定。", "対応：申請書を交付"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=lines), "txt", "health", 3, {"name", "phone", "health"}))  # fmt: skip

    # L3: 国保 傷病届 受付 (xls)
    rows3: list[list[Cell]] = [["受付日", "被保険者", "生年月日", "住所", "傷病名", "原因"]]
    for _ in range(8):
        p = w.person()
        rows3.append([dt.date(2024, r.randint(1, 5), r.randint(1, 28)), p.name, p.birth, p.address(),
                      r.choice(["右橈骨骨折", "頚椎捻挫", "腰椎圧迫骨折", "顔面挫傷"]), r.choice(["交通事故", "転倒（第三者行為）"])])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("傷病届", rows3, title="第三者行為による傷病届 受付簿")]), "xls", "health", 3,
                    {"name", "address", "birth_date", "health"}))  # fmt: skip

    # L2: 国保 加入者名簿 (no health data)
    rows4: list[list[Cell]] = [["記号番号", "氏名", "生年月日", "住所", "資格取得日"]]
    for _ in range(25):
        p = w.person()
        rows4.append([f"{r.randint(1, 999):03d}-{r.randint(1, 99999):05d}", p.name, p.birth, p.address(), dt.date(2024, 4, r.randint(1, 30))])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("取得", rows4, title="国保 資格取得者一覧（4月）")]), "xlsx", "health", 2,
                    {"name", "address", "birth_date"}, note="membership of 国保 is not health data"))  # fmt: skip

    # L2: 特定健診 受診券 送付先 (an invitation list)
    rows5: list[list[Cell]] = [["送付先氏名", "郵便番号", "送付先住所", "年齢"]]
    for _ in range(30):
        p = w.person(years=(1950, 1984))
        rows5.append(
            [p.name, f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}", p.address(w.full_city), p.age]
        )
    docs.append(Doc(DocSpec(sheets=[_sheet("送付", rows5)]), "csv-cp932", "health", 2, {"name", "address"},
                    note="an invitation sent to every insured person aged 40-74 carries no health data"))  # fmt: skip

    # L2: 健診 予約 電話受付 (name, phone, date wished)
    lines = ["特定健診 予約受付（電話）6/10"]
    for i in range(7):
        p = w.person(years=(1950, 1984))
        lines.append(
            f"{i + 1}. {p.name} {p.phone} 希望日 6/{r.randint(17, 28)} {r.choice(['午前', '午後'])} 会場 保健センター"
        )
    docs.append(Doc(DocSpec(paragraphs=lines), "txt-cp932", "health", 2, {"name", "phone"},
                    note="a booking for a checkup is not a health finding"))  # fmt: skip

    # L1: published 受診率 table
    rows6: list[list[Cell]] = [["年度", "対象者数", "受診者数", "受診率", "特定保健指導実施率"]]
    for y in range(2019, 2024):
        t, u = r.randint(18000, 25000), r.randint(6000, 11000)
        rows6.append([f"{y}年度", t, u, round(u / t, 3), round(r.uniform(0.1, 0.4), 3)])
    docs.append(Doc(DocSpec(sheets=[_sheet("受診率", rows6, title=f"{city}国民健康保険 特定健康診査 受診率の推移")]), "xlsx", "health", 1, set()))  # fmt: skip

    # L1: 介護認定 FAQ
    docs.append(Doc(DocSpec(title="要介護認定に関するよくある質問", paragraphs=[
        "Q 要介護認定の申請にマイナンバーは必要ですか。", "A 申請書に個人番号の記入欄があります。番号確認と本人確認を行います。",
        "Q 認知症や障害があると必ず要介護になりますか。", "A 病名ではなく、介護の手間で判定します。主治医意見書を参考にします。",
        "Q 要介護1と要支援2の違いは。", "A 状態の安定性や認知機能の低下の有無で判定されます。",
        f"問い合わせ {city}介護保険課"]), "docx", "health", 1, set()))  # fmt: skip

    # L1: 疾病分類別医療費 (published PDF)
    rows7 = [[d, f"{r.randint(100, 2500):,}", f"{r.uniform(1, 15):.1f}%"] for d in
             ["新生物", "循環器系の疾患", "内分泌・栄養及び代謝疾患", "精神及び行動の障害", "筋骨格系", "腎尿路生殖器系"]]  # fmt: skip
    cols7 = [(20, "疾病分類"), (110, "医療費（百万円）"), (170, "構成比")]
    docs.append(Doc(DocSpec(title="疾病分類別医療費", tables=[[[c for _, c in cols7], *rows7]]), "pdf", "health", 1, set(),
                    post=listing_pdf("国保 疾病分類別医療費（令和5年度）", cols7, rows7, PRINTED, 30), expect={"pages": 1}))  # fmt: skip

    # L1: 要介護認定者数 csv
    rows8: list[list[Cell]] = [["区分", *(f"{y}年" for y in range(2020, 2025))]]
    for lv in CARE_LEVELS:
        rows8.append([lv] + [r.randint(300, 1800) for _ in range(5)])
    docs.append(Doc(DocSpec(sheets=[_sheet("認定者数", rows8)]), "csv", "health", 1, set()))  # fmt: skip

    # L1: 集団健診 日程 (facilities)
    rows9: list[list[Cell]] = [["日程", "会場", "所在地", "電話", "受付時間"]]
    for i in range(8):
        town, lot = w.town_lot()
        rows9.append([dt.date(2024, 7, 2 + i * 3), f"{town}{r.choice(['公民館', 'コミュニティセンター', '地区市民センター'])}", f"{town}{lot}",
                      w.phone(), "8:30～10:30"])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("日程", rows9, title="令和6年度 集団健診 日程表")]), "xlsx", "health", 1, set(),
                    note="facilities' addresses and phones are not persons'"))  # fmt: skip

    # L1: 介護保険料 pptx
    docs.append(Doc(DocSpec(title=f"第9期 {city}介護保険料のご案内", paragraphs=[
        "基準額 月額6,200円", "所得段階は13段階", "保険料を滞納すると給付制限があります", "督促状の発送は納期限後20日以内"]),
        "pptx", "health", 1, set()))  # fmt: skip
    return docs


# === family: collection (収納課) =================================================================
def collection(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    city = w.city

    # L3: 滞納者一覧 xlsx, the list on a hidden sheet behind a summary
    rows: list[list[Cell]] = [["整理番号", "氏名", "住所", "電話", "税目", "滞納額", "最終納付日", "状況"]]
    for _ in range(18):
        p = w.person()
        rows.append([f"R6-{r.randint(1, 999):04d}", p.name, p.address(), p.phone, r.choice(TAXES), r.randint(12, 900) * 100,
                     dt.date(2023, r.randint(1, 12), r.randint(1, 28)), r.choice(["催告済", "分納中", "差押予告", "居所不明"])])  # fmt: skip
    summary: list[list[Cell]] = [["税目", "件数", "滞納額計"]]
    summary += [[t, r.randint(5, 80), r.randint(100, 9000) * 1000] for t in TAXES]
    docs.append(Doc(DocSpec(sheets=[_sheet("集計", summary, title="滞納状況（令和6年5月末）"), _sheet("明細", rows)]), "xlsx",
                    "collection", 3, {"name", "address", "phone", "arrears"}, post=xlsx_merge(0, [], hide_sheets=[1]),
                    expect={"hidden": 1}))  # fmt: skip

    # L3: 督促状 docx to a named person
    p = w.person()
    tax = r.choice(TAXES)
    docs.append(Doc(DocSpec(title="督　促　状", paragraphs=[
        f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d}", p.address(w.full_city), f"{p.name} 様",
        f"あなたの{tax}は、納期限までに納付されていません。", f"期別 第2期　本税 {r.randint(30, 300) * 100:,}円　督促手数料 100円",
        "指定期限 令和6年6月28日までに納付してください。", f"{city}長"], footer=f"{city}収納課"), "docx", "collection", 3,
        {"name", "address", "arrears"}))  # fmt: skip

    # L3: 分納誓約書 PDF form
    p = w.person()
    fields = [("誓約日", wareki(TODAY)), ("住所", p.address(w.full_city)), ("氏名", p.name), ("生年月日", wareki(p.birth)),
              ("電話", p.mobile), ("滞納額", f"{r.randint(100, 900) * 1000:,}円（{r.choice(TAXES)}）"),
              ("分納計画", f"毎月{r.randint(1, 5) * 10000:,}円を末日までに納付")]  # fmt: skip
    docs.append(Doc(DocSpec(title="分納誓約書", tables=[[list(f) for f in fields]]), "pdf", "collection", 3,
                    {"name", "address", "birth_date", "phone", "arrears"},
                    post=form_pdf("分納誓約書", fields, ["上記のとおり分割して納付することを誓約します。", "不履行の場合は滞納処分を受けても異議ありません。"]),
                    expect={"pages": 1}))  # fmt: skip

    # L3: 電話催告 call log csv-cp932
    rows2: list[list[Cell]] = [["日時", "対象者", "電話番号", "応答", "内容", "担当"]]
    staff = w.staff()
    for _ in range(12):
        p = w.person()
        rows2.append([f"2024/06/{r.randint(3, 7):02d} {r.randint(9, 19)}:{r.randint(0, 59):02d}", p.name, p.mobile,
                      r.choice(["本人", "家族", "不在"]), r.choice(["未納分は今月末に納付予定", "督促状届いていないとのこと", "分納相談希望", "留守電に伝言"]), staff])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("催告", [["電話催告記録（夜間催告 6月第1週）"], *rows2])]), "csv-cp932", "collection", 3,
                    {"name", "phone", "arrears"}, note="a call log of the 催告 (arrears reminder) campaign: every row is an arrears case"))  # fmt: skip

    # L3: 督促状 発送リスト txt
    lines = ["督促状発送リスト　第1期分　" + f"{TODAY:%Y/%m/%d}", "No\t氏名\t住所\t税目\t金額"]
    for i in range(15):
        p = w.person()
        lines.append(f"{i + 1}\t{p.name}\t{p.address()}\t{r.choice(TAXES)}\t{r.randint(30, 500) * 100}")
    docs.append(Doc(DocSpec(paragraphs=lines), "txt", "collection", 3, {"name", "address", "arrears"}))  # fmt: skip

    # L3: 差押予告 odt
    p = w.person()
    docs.append(Doc(DocSpec(title="差押予告通知書", paragraphs=[f"{p.address(w.full_city)}", f"{p.name} 様",
                                                            f"再三の催告にもかかわらず、下記の市税が未納となっています。滞納額合計 {r.randint(200, 900) * 1000:,}円",
                                                            "令和6年6月30日までに納付がない場合、財産の差押えを行います。"]),
                    "odt", "collection", 3, {"name", "address", "arrears"}))  # fmt: skip

    # L2: 口座振替 申込 受付 (no arrears)
    rows3: list[list[Cell]] = [["受付日", "納税義務者", "住所", "電話", "税目", "金融機関"]]
    for _ in range(16):
        p = w.person()
        rows3.append([dt.date(2024, 5, r.randint(1, 31)), p.name, p.address(), p.phone, r.choice(TAXES),
                      r.choice(["ちば興業銀行", "十六銀行", "山口銀行", "東邦銀行", "八十二銀行", "伊予銀行", "ゆうちょ銀行"])])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("口振", rows3, title="口座振替依頼書 受付一覧")]), "xlsx", "collection", 2,
                    {"name", "address", "phone"}))  # fmt: skip

    # L2: 納付書 再発行 受付 csv
    rows4: list[list[Cell]] = [["受付", "氏名", "電話", "税目", "送付先"]]
    for _ in range(10):
        p = w.person()
        rows4.append([f"6/{r.randint(3, 10)}", p.name, p.mobile, r.choice(TAXES), p.address()])
    docs.append(Doc(DocSpec(sheets=[_sheet("再発行", rows4)]), "csv", "collection", 2, {"name", "address", "phone"},
                    note="a lost payment slip re-issued before the due date is not arrears"))  # fmt: skip

    # L2: 送付先変更届 docx
    p = w.person()
    docs.append(Doc(DocSpec(title="納税通知書 送付先変更届", tables=[[["納税義務者", p.name], ["住所", p.address(w.full_city)],
                                                                 ["送付先", "東京都世田谷区太子堂4丁目1番1号"], ["電話", p.mobile],
                                                                 ["理由", "単身赴任のため"]]]),
                    "xlsx", "collection", 2, {"name", "address", "phone"}))  # fmt: skip

    # L2: 還付 通知 送付 list xls
    rows5: list[list[Cell]] = [["還付番号", "氏名", "住所", "還付額"]]
    for _ in range(12):
        p = w.person()
        rows5.append([f"K{r.randint(10000, 99999)}", p.name, p.address(w.city), r.randint(10, 300) * 100])
    docs.append(Doc(DocSpec(sheets=[_sheet("還付", rows5, title="過誤納金還付通知 送付一覧")]), "xls", "collection", 2,
                    {"name", "address"}, note="a refund is not arrears"))  # fmt: skip

    # L2: 納税相談 予約 (pdf memo)
    p = w.person()
    lines = [
        "予約日時 6月14日 10:00",
        f"氏名 {p.name}",
        f"連絡先 {p.mobile}",
        f"住所 {p.address()}",
        "相談内容 固定資産税の納付方法（口座振替への切替）",
    ]
    docs.append(Doc(DocSpec(title="納税相談予約票", paragraphs=lines), "pdf", "collection", 2, {"name", "address", "phone"},
                    post=memo_pdf("納税相談予約票", lines, f"{city}収納課"), expect={"pages": 1}))  # fmt: skip

    # L1: 収納率 table (published), a hidden working sheet of totals only
    rows6: list[list[Cell]] = [
        ["税目", "調定額（千円）", "収入額（千円）", "収納率（現年）", "収納率（滞納繰越）"]
    ]
    for t in TAXES:
        a = r.randint(100000, 9000000)
        rows6.append(
            [
                t,
                a,
                int(a * r.uniform(0.9, 0.995)),
                round(r.uniform(0.95, 0.995), 3),
                round(r.uniform(0.15, 0.35), 3),
            ]
        )
    docs.append(Doc(DocSpec(sheets=[_sheet("収納率", rows6, title=f"令和5年度 {city}市税等収納率"),
                                    _sheet("作業用", [["前年比"], [0.003], [0.001]])]), "xlsx", "collection", 1, set(),
                    post=xlsx_merge(0, [], hide_sheets=[1]), expect={"hidden": 1}))  # fmt: skip

    # L1: 督促 FAQ
    docs.append(Doc(DocSpec(title="督促状が届いたら（よくある質問）", paragraphs=[
        "Q 督促状が届きました。どうすればよいですか。", "A 同封の納付書で指定期限までに納付してください。",
        "Q 滞納するとどうなりますか。", "A 延滞金が加算され、財産の差押えを行う場合があります。",
        "Q 分納はできますか。", "A 収納課で納税相談を受け付けています。分納誓約書の提出をお願いしています。"], footer=f"{city}収納課"),
        "docx", "collection", 1, set()))  # fmt: skip

    # L1: 滞納処分 件数 pdf
    rows7 = [[y, str(r.randint(200, 900)), str(r.randint(50, 400)), str(r.randint(5, 40))] for y in ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]]  # fmt: skip
    cols7 = [(20, "年度"), (70, "差押件数"), (120, "換価件数"), (170, "執行停止")]
    docs.append(Doc(DocSpec(title="滞納処分の状況", tables=[[[c for _, c in cols7], *rows7]]), "pdf", "collection", 1, set(),
                    post=listing_pdf("滞納処分の状況（公表資料）", cols7, rows7, PRINTED, 30), expect={"pages": 1}))  # fmt: skip

    # L1: blank 分納誓約書
    docs.append(Doc(DocSpec(title="分納誓約書", tables=[[["住所", ""], ["氏名", ""], ["生年月日", ""], ["電話", ""], ["滞納額", "　　　　円"],
                                                      ["分納計画", "毎月　　　円"]]], paragraphs=["上記のとおり分割して納付することを誓約します。"]),
                    "xlsx", "collection", 1, set()))  # fmt: skip

    # L1: コンビニ納付 案内 txt
    docs.append(Doc(DocSpec(paragraphs=["市税のコンビニ納付について", "バーコード付き納付書で全国のコンビニエンスストアで納付できます。",
                                        "納期限を過ぎた納付書、金額が30万円を超える納付書は取り扱えません。", "督促状に同封の納付書も指定期限まで使用できます。",
                                        f"{city}収納課 納税係"]), "txt", "collection", 1, set()))  # fmt: skip
    return docs


# === family: chat (Teams, LINE WORKS, Slack exports) =============================================
def chat(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    a, b, c = w.staff(), w.staff(), w.staff()

    def t(h: int) -> str:
        return f"{h}:{r.randint(0, 59):02d}"

    # L3: Teams txt, reply gives illness
    p = w.person()
    lines = [f"[09:19] {a}: {p.name}さんの件、窓口で何かありましたか？", f"[09:21] {b}: 先週来られました。{r.choice(['人工透析', '抗がん剤治療', '精神科'])}で通院中とのことで、介護保険の申請も検討中です",
             f"[09:22] {a}: 了解です。{p.surname}さんの住所は{p.address()}で合ってますか", f"[09:24] {b}: 合ってます", f"[09:30] {c}: 会議室おさえました"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=["チャット履歴 市民課グループ", *lines]), "txt", "chat", 3, {"name", "address", "health"}))  # fmt: skip

    # L3: LINE WORKS csv, reply gives arrears
    p = w.person()
    rows: list[list[Cell]] = [["日時", "送信者", "メッセージ"],
                              [f"2024/06/05 {t(10)}", a, f"{p.name}さん（{p.address()}）から電話ありました。折り返し希望です"],
                              [f"2024/06/05 {t(10)}", b, f"その方、国保税が3期分未納で督促中です。滞納額{r.randint(50, 300) * 1000:,}円"],
                              [f"2024/06/05 {t(11)}", a, "承知しました。収納課に回します"]]  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("talk", rows)]), "csv", "chat", 3, {"name", "address", "arrears"}))  # fmt: skip

    # L3: Slack docx, My Number in a reply
    p = w.person()
    mn = make_my_number(r)
    paras = ["#shimin-madoguchi  2024-06-07", f"{a}  10:02", f"{p.name}さんの番号、番号確認できましたか？", f"{b}  10:05",
             f"はい、{group4(mn, '-')} です。カードと一致", f"{a}  10:06", "ありがとうございます"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=paras), "docx", "chat", 3, {"name", "my_number"}, expect={"my_number": mn}))  # fmt: skip

    # L3: Teams txt (cp932), 要介護 and 障害
    p = w.person(years=(1930, 1950))
    lines = [f"{a} → {b}: {p.name}さん（{wareki(p.birth)}生）の認定結果出ました？", f"{b} → {a}: 要介護3です。身体障害者手帳1級もお持ちです",
             f"{a} → {b}: ありがとうございます、ケアマネさんに連絡します"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=["Teams チャット 介護保険課", *lines]), "txt-cp932", "chat", 3, {"name", "birth_date", "health"}))  # fmt: skip

    # L2: Teams txt, reply gives phone
    p = w.person()
    lines = [
        f"[13:02] {a}: {p.name}さんの連絡先わかりますか",
        f"[13:04] {b}: 届出書では {p.mobile} です",
        f"[13:05] {a}: 助かります",
    ]
    docs.append(Doc(DocSpec(paragraphs=lines), "txt", "chat", 2, {"name", "phone"}))  # fmt: skip

    # L2: Slack csv, reply gives address
    p = w.person()
    rows2: list[list[Cell]] = [["ts", "user", "text"], ["1717990800", a, f"{p.name}さんの転居先って登録済み？"],
                               ["1717990920", b, f"登録済み。{p.address(w.full_city)}です"], ["1717991000", a, "ok"]]  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("slack", rows2)]), "csv", "chat", 2, {"name", "address"}))  # fmt: skip

    # L2: LINE WORKS txt cp932 with arrow lines, birth date
    p = w.person()
    lines = [
        f"{a} → {p.name}さんの生年月日確認お願いします",
        f"{b} → {wareki(p.birth)}です",
        f"{a} → ありがとうございます",
    ]
    docs.append(Doc(DocSpec(paragraphs=["LINE WORKS トーク履歴", *lines]), "txt-cp932", "chat", 2, {"name", "birth_date"}))  # fmt: skip

    # L2: Teams docx, address and phone in the reply
    p = w.person()
    paras = ["会議チャット：窓口応援", f"{a} 15:40 {p.name}さんの書類、郵送先はどこでしたっけ",
             f"{b} 15:41 {p.address(w.full_city)}、電話は{p.phone}です", f"{a} 15:42 了解、今日発送します"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=paras), "docx", "chat", 2, {"name", "address", "phone"}))  # fmt: skip

    # L2: LINE WORKS csv, a lost-and-found call
    p = w.person()
    rows3: list[list[Cell]] = [["日時", "送信者", "メッセージ"], [f"2024/06/10 {t(14)}", a, f"窓口に忘れ物。{p.name}さんの保険証です"],
                               [f"2024/06/10 {t(14)}", b, f"連絡先 {p.phone} に電話してみます"]]  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("talk", rows3)]), "csv-cp932", "chat", 2, {"name", "phone"}))  # fmt: skip

    # L1: staff chat about schedules
    lines = [f"[08:45] {a}: 今日の窓口当番、午後は{b}さんお願いします", f"[08:47] {b}: 了解です", f"[08:50] {c}: 13時から住基システムのメンテで端末2台止まります",
             f"[08:51] {a}: 番号カード交付は予約分のみにします", f"[09:10] {c}: 内線{r.randint(2000, 2999)}までどうぞ"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=lines), "txt", "chat", 1, set()))  # fmt: skip

    # L1: Slack csv about the system
    rows4: list[list[Cell]] = [["ts", "user", "text"], ["1717977600", a, "コンビニ交付サービスが6/15 2:00-6:00停止します"],
                               ["1717977700", b, "ホームページのお知らせ更新しました"], ["1717977800", c, "督促状の一括印刷は6/20の夜間バッチ"],
                               ["1717977900", a, "滞納整理システムのパスワード更新もお忘れなく"]]  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("slack", rows4)]), "csv", "chat", 1, set(),
                    note="督促 and 滞納 are mentioned about batches and systems, not about a person"))  # fmt: skip

    # L1: Teams docx about the counter crowd
    docs.append(Doc(DocSpec(paragraphs=["チャット：繁忙期対策", f"{a} 3月末の窓口待ち時間は最大95分でした",
                                        f"{b} 番号札システムの増設を要求します", f"{c} マイナンバーカードの交付予約枠を増やしましょう",
                                        f"{a} 応援職員は保険年金課から2名"]), "docx", "chat", 1, set()))  # fmt: skip

    # L1: LINE WORKS txt cp932: a general question about 滞納 and 病気
    lines = [f"{a} → 病気で収入が減った人の減免ってどの様式でしたっけ", f"{b} → 様式第5号です。診断書の写しを添付してもらいます",
             f"{a} → 滞納がある人も申請できますか", f"{b} → できます。収納課と相談してください"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=["LINE WORKS トーク履歴", *lines]), "txt-cp932", "chat", 1, set(),
                    note="talks about illness and arrears in general, of nobody"))  # fmt: skip

    # L1: pptx summary of chat tool rules
    docs.append(Doc(DocSpec(title="チャットツール利用ルール", paragraphs=[
        "個人番号・病名・滞納情報をチャットに書かない", "住民の氏名はイニシャル等で", "画面共有時は通知をオフに", "ログは1年保存"]),
        "pptx", "chat", 1, set()))  # fmt: skip
    return docs


# === family: case_notes (memos printed to PDF with spaces around digits) ==========================
def spaced(s: str) -> str:
    """The producer's habit: a space on each side of every run of digits (「8 丁目 3 番地」)."""
    out = ""
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else ""
        if ch.isdigit() and prev and not prev.isdigit() and prev != " ":
            out += " "
        if prev.isdigit() and not ch.isdigit() and ch not in " -":
            out += " "
        out += ch
    return out


def case_notes(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    city = w.city

    def phone_sp(m: str) -> str:
        return m.replace("-", " ")

    # L3: 相談記録 with illness
    p = w.person(years=(1955, 1985))
    lines = [spaced(f"記録日 {wareki(TODAY)}"), f"相談者 {p.name}（{p.age} 歳）", spaced(f"住所 {p.address(w.city)}"),
             f"電話 {phone_sp(p.mobile)}", spaced(f"相談内容 令和5年10月頃から{r.choice(['うつ病', 'パニック障害', 'アルコール依存症'])}で通院している。"),
             "仕事を休職中で、国保税の支払いが難しいとのこと。", "対応 減免の要件を説明。診断書の写しを次回持参。"]  # fmt: skip
    lines = [spaced(x) for x in lines]
    docs.append(Doc(DocSpec(title="相談記録票", paragraphs=lines), "pdf", "case_notes", 3, {"name", "address", "phone", "health"},
                    post=memo_pdf("相談記録票", lines, "保険年金課　相談記録", "取扱注意"), expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L3: numbered list of arrears cases
    lines = [spaced(f"収納対策会議メモ {wareki(TODAY)}"), "高額滞納案件（継続）"]
    for i in range(1, 9):
        p = w.person()
        lines.append(spaced(f"{i} {p.name}（{w.city}{p.town}{p.lot}） 固定資産税 {r.randint(50, 400)} 万円 {r.choice(['差押検討', '分納中', '所在調査'])}"))  # fmt: skip
    docs.append(Doc(DocSpec(title="収納対策会議メモ", paragraphs=lines), "pdf", "case_notes", 3, {"name", "address", "arrears"},
                    post=memo_pdf("収納対策会議メモ", lines, "収納課", "内部資料"), expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L3: a memo with a spaced My Number
    p = w.person()
    mn = make_my_number(r)
    lines = [spaced(f"{p.name} 様 番号確認メモ"), spaced(f"住所 {p.address()}"), f"番号 {group4(mn)}", spaced("確認書類 通知カード（令和2年発行）"),
             "記載事項変更のため本人に連絡済"]  # fmt: skip
    docs.append(Doc(DocSpec(title="番号確認メモ", paragraphs=lines), "pdf", "case_notes", 3, {"name", "address", "my_number"},
                    post=memo_pdf("番号確認メモ", lines, "市民課"), expect={"my_number": mn, "spaced": True, "pages": 1}))  # fmt: skip

    # L3: a two-page case file of an elderly person (health), spaced dates
    p = w.person(years=(1932, 1945))
    lines = [
        spaced(f"対象者 {p.name} {wareki(p.birth)} 生"),
        spaced(f"住所 {p.address(w.city)}"),
        f"電話 {phone_sp(p.phone)}",
    ]
    for k in range(50):
        d = dt.date(2024, 1, 5) + dt.timedelta(days=k * 3)
        lines.append(
            spaced(
                f"{wareki(d)} 訪問。{r.choice(['血圧 150 / 90', '服薬確認', '転倒歴あり', '認知症の進行あり', '食事量低下'])}。"
            )
        )
    docs.append(Doc(DocSpec(title="地域包括 支援経過記録", paragraphs=lines), "pdf", "case_notes", 3,
                    {"name", "address", "birth_date", "phone", "health"},
                    post=memo_pdf("支援経過記録", lines, "地域包括支援センター", "支援経過記録"), expect={"pages": 2, "spaced": True}))  # fmt: skip

    # L2: memo with spaced address and phone
    p = w.person()
    lines = [spaced(f"{TODAY:%m}月{TODAY.day}日 来庁"), f"{p.name} 様", spaced(f"住所 {p.address(w.city)}"), f"電話 {phone_sp(p.mobile)}",
             "住民票の写しを郵送してほしいとのこと。", "返信用封筒を案内した。"]  # fmt: skip
    lines = [spaced(x) for x in lines]
    docs.append(Doc(DocSpec(title="窓口対応メモ", paragraphs=lines), "pdf", "case_notes", 2, {"name", "address", "phone"},
                    post=memo_pdf("窓口対応メモ", lines, "市民課"), expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L2: numbered list of 7 persons with addresses
    lines = ["自治会加入の問い合わせがあった方"]
    for i in range(1, 8):
        p = w.person()
        lines.append(spaced(f"{i} {p.name}（{w.city}{p.town}{p.lot}）"))
    docs.append(Doc(DocSpec(title="問い合わせ一覧", paragraphs=lines), "pdf", "case_notes", 2, {"name", "address"},
                    post=memo_pdf("問い合わせ一覧", lines, "市民協働課"), expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L2: docx memo with a spaced birth date
    p = w.person()
    docs.append(Doc(DocSpec(title="電話記録", paragraphs=[f"受付 {spaced(wareki(TODAY))}", f"{p.name} さん（{wareki(p.birth, 'spaced')} 生）",
                                                        f"電話 {phone_sp(p.mobile)}", "戸籍の附票の取り方について質問。"]),
                    "docx", "case_notes", 2, {"name", "birth_date", "phone"}, expect={"spaced": True}))  # fmt: skip

    # L2: odt 訪問記録 (welfare, no health, no arrears)
    p = w.person()
    docs.append(Doc(DocSpec(title="訪問記録", paragraphs=[spaced(f"訪問日 {wareki(dt.date(2024, 6, 3))}"), f"{p.name} 様宅（{spaced(p.address(w.city))}）",
                                                        "生活保護の申請について説明した。", "次回は6月下旬。"]),
                    "odt", "case_notes", 2, {"name", "address"}, note="welfare alone does not raise the level (policy text)"))  # fmt: skip

    # L2: a 3-page PDF of 28 resident inquiries, numbered, spaced
    lines = []
    for i in range(1, 29):
        p = w.person()
        lines.append(
            spaced(
                f"{i} {p.name}（{p.town}{p.lot}） {phone_sp(p.phone)} {r.choice(['転入手続の予約', '証明書の郵送', '印鑑登録の確認'])}"
            )
        )
    docs.append(Doc(DocSpec(title="予約受付一覧", paragraphs=lines), "pdf", "case_notes", 2, {"name", "address", "phone"},
                    post=memo_pdf("予約受付一覧", lines, f"{city}市民課", per_page=12), expect={"pages": 3, "spaced": True}))  # fmt: skip

    # L1: system meeting memo with spaced dates, staff only
    lines = [spaced(f"日時 {wareki(dt.date(2024, 4, 1), 'spaced')} 10 時"), spaced("場所 本庁舎 3 階 第 2 会議室"),
             spaced("議題 1 標準準拠システムへの移行"), spaced("議題 2 令和 7 年 1 月 本稼働"), spaced("内線 2345 情報政策課まで")]  # fmt: skip
    docs.append(Doc(DocSpec(title="会議メモ", paragraphs=lines), "pdf", "case_notes", 1, set(),
                    post=memo_pdf("会議メモ", lines, "情報政策課"), expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L1: numbered list of facilities
    lines = ["避難所開設訓練 会場"]
    for i in range(1, 7):
        town, lot = w.town_lot()
        lines.append(
            spaced(
                f"{i} {town}{r.choice(['小学校', '中学校', '公民館'])}（{w.city}{town}{lot}） 電話 {w.phone().replace('-', ' ')}"
            )
        )
    docs.append(Doc(DocSpec(title="訓練会場一覧", paragraphs=lines), "pdf", "case_notes", 1, set(),
                    note="facilities' addresses and phones are not persons'", post=memo_pdf("訓練会場一覧", lines, "危機管理課"),
                    expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L1: anonymised case for training
    docs.append(Doc(DocSpec(title="事例検討（匿名化済）", paragraphs=[
        spaced("A さん（70 代 女性）は令和 5 年から認知症の症状があり、介護保険料の滞納が 6 期分ある。"),
        "家族は市外在住。成年後見制度の利用を検討。", "論点：滞納処分と生活維持の両立"]), "pdf", "case_notes", 1, set(),
        note="an anonymised case (Aさん) identifies nobody", post=memo_pdf("事例検討（匿名化済）", [
            spaced("A さん（70 代 女性）は令和 5 年から認知症の症状があり、"), spaced("介護保険料の滞納が 6 期分ある。"),
            "家族は市外在住。成年後見制度の利用を検討。", "論点：滞納処分と生活維持の両立"], "研修資料"),
        expect={"spaced": True, "pages": 1}))  # fmt: skip

    # L1: docx memo of the counter's figures
    docs.append(Doc(DocSpec(title="窓口件数メモ", paragraphs=[spaced("6 月 10 日 来庁者 412 人"), spaced("番号カード交付 58 件"),
                                                           spaced("平均待ち時間 23 分")]), "xlsx", "case_notes", 1, set()))  # fmt: skip
    return docs


# === family: open_data (the city's published datasets) =========================================
def open_data(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    lat0, lon0 = w.centre

    def ll() -> tuple[float, float]:
        return round(lat0 + r.uniform(-0.05, 0.05), 6), round(lon0 + r.uniform(-0.05, 0.05), 6)

    def town_addr() -> str:
        town, lot = w.town_lot()
        return f"{w.full_city}{town}{lot}"

    # 公共施設一覧 xlsx with 名称_カナ
    facilities = [("中央図書館", "チュウオウトショカン"), ("市民体育館", "シミンタイイクカン"), ("文化会館", "ブンカカイカン"),
                  ("総合福祉センター", "ソウゴウフクシセンター"), ("保健センター", "ホケンセンター"), ("郷土資料館", "キョウドシリョウカン"),
                  ("市民プール", "シミンプール"), ("青少年センター", "セイショウネンセンター"), ("男女共同参画センター", "ダンジョキョウドウサンカクセンター"),
                  ("市民病院", "シミンビョウイン")]  # fmt: skip
    rows: list[list[Cell]] = [["市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ", "所在地_連結表記", "緯度", "経度", "電話番号", "URL"]]  # fmt: skip
    for i, (n, k) in enumerate(facilities, 1):
        la, lo = ll()
        rows.append([w.code, i, w.pref, w.city, f"{w.city}立{n}", f"{k}", town_addr(), la, lo, w.phone(), ""])
    docs.append(Doc(DocSpec(sheets=[_sheet("公共施設一覧", rows)]), "xlsx", "open_data", 1, set()))

    # AED csv
    rows2: list[list[Cell]] = [
        ["市区町村コード", "NO", "名称", "名称_カナ", "住所", "緯度", "経度", "設置位置", "利用可能時間"]
    ]
    for i in range(1, 31):
        town, lot = w.town_lot()
        la, lo = ll()
        rows2.append([w.code, i, f"{town}{r.choice(['公民館', '小学校', '集会所', '駅'])}", "", f"{w.full_city}{town}{lot}", la, lo,
                      r.choice(["1階玄関", "職員室前", "事務室"]), "8:30-17:15"])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("aed", rows2)]), "csv", "open_data", 1, set()))

    # 指定避難所 csv-cp932 with phones
    rows3: list[list[Cell]] = [
        [
            "NO",
            "名称",
            "名称_カナ",
            "住所",
            "電話番号",
            "収容人数",
            "洪水",
            "土砂災害",
            "地震",
            "緯度",
            "経度",
        ]
    ]
    for i in range(1, 26):
        town, lot = w.town_lot()
        la, lo = ll()
        rows3.append([i, f"{town}小学校", "", f"{town}{lot}", w.phone(), r.randint(100, 900), r.choice(["○", "×"]),
                      r.choice(["○", "×"]), "○", la, lo])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("指定避難所", rows3)]), "csv-cp932", "open_data", 1, set()))

    # 保育所一覧 xlsx with 開設日 and 施設長
    rows4: list[list[Cell]] = [
        ["名称", "名称_カナ", "所在地", "電話番号", "定員", "開設日", "施設長", "緯度", "経度"]
    ]
    for n, k in [("さくら保育園", "サクラホイクエン"), ("ひまわり保育園", "ヒマワリホイクエン"), ("こばと保育所", "コバトホイクショ"),
                 ("わかば保育園", "ワカバホイクエン"), ("みどり保育所", "ミドリホイクショ"), ("たんぽぽ保育園", "タンポポホイクエン")]:  # fmt: skip
        la, lo = ll()
        rows4.append([n, k, town_addr(), w.phone(), r.randint(60, 150), dt.date(r.randint(1965, 2015), r.randint(1, 12), 1),
                      w.staff(), la, lo])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("保育所", rows4, title="保育所一覧", number_formats={5: "yyyy/mm/dd"})]), "xlsx", "open_data", 1,
                    set(), note="施設長 named in role at the nursery's address; 開設日 is not a birth date"))  # fmt: skip

    # 自治会長 連絡先 (published, roles)
    rows5: list[list[Cell]] = [["自治会名", "会長", "集会所", "集会所所在地", "連絡先"]]
    for town in w.towns:
        t = town.rstrip("*")
        rows5.append([f"{t}自治会", w.staff(), f"{t}集会所", town_addr(), f"{w.city}市民協働課 {w.phone()}"])
    docs.append(Doc(DocSpec(sheets=[_sheet("自治会", rows5, title="自治会一覧（市ホームページ掲載）")]), "xlsx", "open_data", 1, set(),
                    note="会長 named in the role next to the hall's address and the city's phone"))  # fmt: skip

    # 医療機関一覧 csv
    rows6: list[list[Cell]] = [["名称", "名称_カナ", "診療科目", "住所", "電話番号", "緯度", "経度"]]
    for _ in range(12):
        sn = r.choice(SURNAMES)
        la, lo = ll()
        rows6.append([f"{sn[0]}{r.choice(['内科クリニック', '整形外科', '眼科医院', '小児科'])}", f"{sn[1]}", r.choice(["内科", "整形外科", "眼科", "小児科"]),
                      town_addr(), w.phone(), la, lo])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("医療機関", rows6)]), "csv", "open_data", 1, set(),
                    note="clinics named after a family name are organisations"))  # fmt: skip

    # 公衆トイレ ods
    rows7: list[list[Cell]] = [["名称", "住所", "多目的トイレ", "緯度", "経度"]]
    for _ in range(10):
        town, lot = w.town_lot()
        la, lo = ll()
        rows7.append([f"{town}公園トイレ", f"{town}{lot}", r.choice(["有", "無"]), la, lo])
    docs.append(Doc(DocSpec(sheets=[_sheet("toilet", rows7)]), "ods", "open_data", 1, set()))

    # 文化財一覧 odt
    docs.append(Doc(DocSpec(title="指定文化財一覧", tables=[[["名称", "種別", "所在地", "指定日"]] + [
        [f"{w.town_lot()[0]}{r.choice(['八幡神社本殿', '石造地蔵菩薩', '古墳', '大イチョウ'])}", r.choice(["市指定", "県指定"]), town_addr(),
         wareki(dt.date(r.randint(1960, 2010), r.randint(1, 12), r.randint(1, 28)))] for _ in range(8)]]),
        "odt", "open_data", 1, set(), note="指定日 is not a birth date"))  # fmt: skip

    # 人口 by 町丁 xls (same tables as the register's)
    rows8: list[list[Cell]] = [["集計年月日", "町丁コード", "町丁名", "世帯数", "男", "女"]]
    for i, town in enumerate(w.towns):
        rows8.append([dt.date(2024, 5, 31), f"{w.code}{i + 1:03d}", town.rstrip("*"), r.randint(300, 3000), r.randint(400, 4000), r.randint(400, 4000)])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("人口", rows8)]), "xls", "open_data", 1, set()))

    # 審議会 委員名簿 (published, roles)
    rows9: list[list[str]] = [["区分", "氏名", "所属・役職"]]
    for role in ["学識経験者", "医師会", "社会福祉協議会", "自治会連合会", "公募市民", "商工会議所"]:
        rows9.append([role, w.staff(), f"{role} {r.choice(['会長', '理事', '委員', '副会長'])}"])
    docs.append(Doc(DocSpec(title=f"{w.city}国民健康保険運営協議会 委員名簿", tables=[rows9], footer="令和6年4月1日現在"), "docx",
                    "open_data", 1, set(), note="council members named in their role with no private contact data"))  # fmt: skip

    # 避難所 pdf listing
    rows10 = []
    for i in range(40):
        town, lot = w.town_lot()
        la, lo = ll()
        rows10.append(
            [
                str(i + 1),
                f"{town}{r.choice(['小学校', '中学校', '公民館', '体育館'])}",
                f"{town}{lot}",
                w.phone(),
                f"{la}",
                f"{lo}",
            ]
        )
    cols10 = [(15, "NO"), (28, "名称"), (80, "所在地"), (150, "電話番号"), (190, "緯度"), (225, "経度")]
    docs.append(Doc(DocSpec(title="指定避難所一覧", tables=[[[c for _, c in cols10], *rows10]]), "pdf", "open_data", 1, set(),
                    post=listing_pdf("指定避難所一覧（公開用）", cols10, rows10, PRINTED, 25, footer=f"{w.city}危機管理課"),
                    expect={"pages": 2, "header": "印刷日"}))  # fmt: skip
    return docs


# === a second pass over the desks: more of what each keeps ==========================================
def more(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []

    # register L2: foreign residents whose period of stay ends soon (nationality does not raise the level)
    rows: list[list[Cell]] = [["氏名（カナ）", "氏名", "生年月日", "国籍・地域", "在留期間満了日", "住所"]]
    for _ in range(10):
        p = w.person()
        rows.append([p.kana, p.name, p.birth, r.choice(["ベトナム", "フィリピン", "ブラジル", "中国", "ネパール"]),
                     dt.date(2024, r.randint(7, 12), r.randint(1, 28)), p.address()])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("在留", rows, title="在留期間満了予定者（外国人住民）")]), "xlsx", "register", 2,
                    {"name", "address", "birth_date"}))  # fmt: skip

    # resident_form L3: 転入届 docx with the number in the page footer
    hh = w.household(3)
    mn = make_my_number(r)
    head = hh[0][0]
    docs.append(Doc(DocSpec(title="転入届", footer=f"{hh[1][0].given}さんの番号 {mn}（カードで確認）",
                            tables=[[["氏名", "続柄", "生年月日"]] + [[q.name, rel, wareki(q.birth)] for q, rel in hh]],
                            paragraphs=[f"新住所 {head.address(w.full_city)}", "前住所 埼玉県所沢市並木6丁目1番地", f"電話 {head.mobile}"]),
                    "docx", "resident_form", 3, {"name", "address", "birth_date", "phone", "my_number"},
                    expect={"my_number": mn, "docx_footer": mn}))  # fmt: skip

    # resident_form L2: 印鑑登録廃止 受付 csv
    rows2: list[list[Cell]] = [["受付日", "登録番号", "氏名", "住所", "理由"]]
    for _ in range(9):
        p = w.person()
        rows2.append([f"2024/05/{r.randint(1, 31):02d}", f"{r.randint(1, 99999):06d}", p.name, p.address(), r.choice(["紛失", "印鑑変更", "本人申出"])])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("廃止", rows2)]), "csv-cp932", "resident_form", 2, {"name", "address"}))  # fmt: skip

    # health L2: 住所地特例 届 (care insurance membership moving to a facility)
    p = w.person(years=(1930, 1948))
    docs.append(Doc(DocSpec(title="介護保険 住所地特例適用届", tables=[[["被保険者氏名", p.name], ["生年月日", wareki(p.birth)],
                                                                  ["従前の住所", p.address(w.full_city)], ["入所施設", "特別養護老人ホーム 青葉の里"],
                                                                  ["届出人", f"{w.person(p_surname(p)).name}（長男）"]]]),
                    "xlsx", "health", 2, {"name", "address", "birth_date"},
                    note="moving into a care home is not a 要介護 level or a 病名; the policy names health data only"))  # fmt: skip

    # collection L2: 納税管理人 申告書
    p, q = w.person(), w.person()
    docs.append(Doc(DocSpec(title="納税管理人申告書", paragraphs=[f"納税義務者 {p.name}　住所 {p.address(w.full_city)}",
                                                              "転出先 シンガポール（海外赴任）", f"納税管理人 {q.name}　住所 {q.address(w.full_city)}　電話 {q.phone}",
                                                              "関係 義兄"]), "docx", "collection", 2, {"name", "address", "phone"}))  # fmt: skip

    # collection L3: 滞納者 訪問記録 ods
    rows3: list[list[Cell]] = [["訪問日", "氏名", "住所", "滞納額", "結果"]]
    for _ in range(7):
        p = w.person()
        rows3.append([dt.date(2024, 6, r.randint(1, 9)), p.name, p.address(), r.randint(50, 900) * 1000, r.choice(["不在・差置", "面談・分納約束", "居住実態なし"])])  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[_sheet("臨戸", rows3, title="臨戸訪問記録（滞納整理）")]), "ods", "collection", 3,
                    {"name", "address", "arrears"}))  # fmt: skip

    # chat L2: Teams meeting chat, reply gives address
    a, b = w.staff(), w.staff()
    p = w.person()
    lines = [f"[16:02] {a}: {p.name}さんへの返送、宛所に尋ねあたりません で戻ってきました", f"[16:05] {b}: 住基上は {p.address()} のままです",
             f"[16:06] {a}: 実態調査に回します"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=["会議チャット 市民課・税務課", *lines]), "txt", "chat", 2, {"name", "address"}))  # fmt: skip

    # case_notes L2: a spaced memo as txt (copied out of the PDF)
    p = w.person()
    lines = [spaced(f"{p.name} 様 {wareki(p.birth, 'spaced')} 生"), spaced(f"{p.town}{p.lot}"), f"自宅 {p.phone.replace('-', ' ')}",
             "転居届の記載誤りの訂正。本人了承済。"]  # fmt: skip
    docs.append(Doc(DocSpec(paragraphs=lines), "txt", "case_notes", 2, {"name", "address", "birth_date", "phone"},
                    expect={"spaced": True}))  # fmt: skip
    return docs


def p_surname(p: Person) -> tuple[str, str]:
    return next(s for s in SURNAMES if s[0] == p.surname)


FAMILIES: list[Callable[[World], list[Doc]]] = [
    register,
    resident_form,
    health,
    collection,
    chat,
    case_notes,
    open_data,
    more,
]


def build(rng: random.Random) -> list[Doc]:
    """All documents of the set, drawn from one city and one stream of names."""
    w = World(rng)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(w))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam7")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set7", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
