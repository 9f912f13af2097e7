"""Tenth red-team set (blind): a town's outward-facing departments and what they keep inside.

``python -m corpus.redteam.set10 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other corpus generators' documents, to be
scored on first contact. One town is drawn per build; every family is one of its outward-facing desks with
the documents it publishes and the ones it keeps inside: 商工観光 (open-data lists of shops and inns with
代表者, kana readings and lat/long; sole traders' subsidy applications with home address, birth date,
mobile and bank account; a 補助金返還 reminder list), 広報・広聴 (市長への手紙 with and without an illness,
a centenarian article with and without her birth date, event reports, survey free text), 議会 (議員名簿,
資産等報告書, 請願 and 傍聴者受付簿), 消防・防災 (救急搬送記録, 火災調査, 消防団 roster, 防災無線 受信機
貸与者), 教育・文化 (library overdue lists, course rosters, 文化財 owners, 給食費 未納), 税 (課税台帳 extracts,
軽自動車税 督促, rate tables, a 記入例), staff chat exports, and numbers (12-digit look-alikes that fail the
My Number check digit versus real My Numbers in a text box, a header, 4-4-4 cells and spaced PDF text).

Each document's true level is what a municipal information-security officer assigns under the default
policy's text only: 3 for a My Number, health or arrears data about a named person, or personal records of
more than 100 persons; 2 for a private person's name with their address, birth date or phone; 1 for the
rest, including shop representatives, council members, fire-brigade officers and staff named in their
role. ``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where
one is printed). Doubtful files carry a one-line ``note`` saying how the policy text decides them.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import corporate_number_check_digit as corporate_check_digit
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1010

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, county, town, area code, 大字/地区)
TOWNS: list[tuple[str, str, str, str, list[str]]] = [
    ("長野県", "北佐久郡", "御代田町", "0267", ["大字御代田", "大字馬瀬口", "大字塩野", "大字豊昇", "大字草越"]),
    ("宮城県", "亘理郡", "山元町", "0223", ["字浅生原", "字山寺", "字高瀬", "字坂元", "つばめの杜"]),
    ("岐阜県", "加茂郡", "八百津町", "0574", ["八百津", "伊岐津志", "和知", "潮見", "久田見"]),
    ("和歌山県", "西牟婁郡", "白浜町", "0739", ["白浜", "堅田", "才野", "日置", "富田"]),
    ("三重県", "度会郡", "玉城町", "0596", ["田丸", "佐田", "原", "勝田", "下田辺"]),
    ("鳥取県", "東伯郡", "湯梨浜町", "0858", ["はわい温泉", "松崎", "久見", "田後", "長和田"]),
    ("北海道", "虻田郡", "ニセコ町", "0136", ["字本通", "字富士見", "字曽我", "字元町", "字中央通"]),
    ("大分県", "玖珠郡", "九重町", "0973", ["大字右田", "大字後野上", "大字田野", "大字町田", "大字菅原"]),
]  # fmt: skip
SURNAMES: list[str] = [
    "小山内", "及川", "熊谷", "千葉", "菅原", "畠山", "佐々木", "高橋", "伊東", "村上", "武田", "小野寺", "白石",
    "柏木", "水野", "野々村", "宮下", "竹内", "北村", "市川", "唐沢", "依田", "土屋", "荻原", "小宮山", "柳沢",
    "若林", "望月", "関口", "奥村", "杉本", "岩崎", "森下", "宇野", "堀江", "谷口", "浜田", "松尾", "古賀",
    "大塚", "三浦", "横山", "石川", "永井", "片山", "松田", "細川", "河野", "野口", "桑原", "坂口", "池田",
    "安藤", "広瀬", "西川", "福井", "黒田", "上野", "村田", "今井",
]  # fmt: skip
MALE: list[str] = ["拓也", "健一", "和夫", "茂", "隆", "浩二", "直樹", "大輔", "聡", "亮", "陽太", "蓮", "湊",
                   "悠真", "修", "博之", "秀樹", "誠", "勝利", "忠雄", "光男", "俊介", "達也", "智之", "裕介"]  # fmt: skip
FEMALE: list[str] = ["幸子", "洋子", "節子", "和子", "久美子", "由美", "真理子", "直子", "明美", "陽子", "さくら",
                     "美咲", "葵", "凛", "結衣", "千尋", "絵里", "友香", "加奈子", "トミ", "ミツ", "静江",
                     "貴子", "麻衣", "小百合"]  # fmt: skip
OLD_FEMALE = ["トミ", "ミツ", "静江", "ヨシ", "ハツ"]
BUILDINGS = ["コーポ旭", "ハイツ松風", "メゾン若葉", "グランドール", "町営住宅", "ヴィラ桜台"]
SHOP_NAMES: list[tuple[str, str, str]] = [
    # (name, kana, kind)
    ("そば処 やまびこ", "ソバドコロ ヤマビコ", "飲食店"), ("喫茶 こもれび", "キッサ コモレビ", "飲食店"),
    ("旅館 松風荘", "リョカン ショウフウソウ", "宿泊施設"), ("民宿 かわせみ", "ミンシュク カワセミ", "宿泊施設"),
    ("ペンション 木いちご", "ペンション キイチゴ", "宿泊施設"), ("はなみずき菓子店", "ハナミズキカシテン", "小売店"),
    ("酒の大黒屋", "サケノダイコクヤ", "小売店"), ("道の駅 みはらし", "ミチノエキ ミハラシ", "観光施設"),
    ("郷土資料館", "キョウドシリョウカン", "観光施設"), ("手打ちうどん 一心", "テウチウドン イッシン", "飲食店"),
    ("焼肉 たまや", "ヤキニク タマヤ", "飲食店"), ("朝市広場", "アサイチヒロバ", "観光施設"),
    ("ゲストハウス 灯", "ゲストハウス アカリ", "宿泊施設"), ("八百屋 まるきん", "ヤオヤ マルキン", "小売店"),
    ("パン工房 小麦の丘", "パンコウボウ コムギノオカ", "小売店"), ("割烹 鶴の家", "カッポウ ツルノヤ", "飲食店"),
    ("観光案内所", "カンコウアンナイショ", "観光施設"), ("寿司 魚菊", "スシ ウオギク", "飲食店"),
    ("ホテル 湖月", "ホテル コゲツ", "宿泊施設"), ("茶房 ゆずりは", "サボウ ユズリハ", "飲食店"),
    ("竹細工工房 ささ", "タケザイクコウボウ ササ", "体験施設"), ("陶芸体験 土の音", "トウゲイタイケン ツチノネ", "体験施設"),
    ("足湯 ほっと", "アシユ ホット", "観光施設"), ("理容 カトウ", "リヨウ カトウ", "小売店"),
    ("ラーメン 昇龍", "ラーメン ショウリュウ", "飲食店"), ("農家レストラン 土筆", "ノウカレストラン ツクシ", "飲食店"),
    ("つけもの工房 母さん", "ツケモノコウボウ カアサン", "小売店"), ("星見の宿 すばる", "ホシミノヤド スバル", "宿泊施設"),
    ("ふれあい牧場", "フレアイボクジョウ", "観光施設"), ("居酒屋 ひょうたん", "イザカヤ ヒョウタン", "飲食店"),
]  # fmt: skip
COMPANIES: list[tuple[str, str]] = [
    ("株式会社", "みはらし観光開発"), ("有限会社", "大黒屋酒店"), ("株式会社", "湖月"), ("合同会社", "あかり舎"),
    ("株式会社", "丸金青果"), ("有限会社", "鶴の家"), ("株式会社", "山麓建設"), ("株式会社", "清流電設"),
    ("有限会社", "ささ竹工"), ("株式会社", "星野醸造"), ("株式会社", "アルプス交通"), ("協同組合", "中央商店会"),
]  # fmt: skip
TEMPLES = ["龍雲寺", "長福寺", "光明寺", "正覚院", "八幡神社", "熊野神社", "西光寺", "大泉寺"]
BANKS = ["八十二銀行", "七十七銀行", "十六銀行", "紀陽銀行", "百五銀行", "鳥取銀行", "北洋銀行", "大分銀行",
         "ゆうちょ銀行", "○○信用金庫", "JA"]  # fmt: skip
ILLNESSES = ["糖尿病", "心不全", "脳梗塞の後遺症", "パーキンソン病", "うつ病", "関節リウマチ", "慢性腎不全",
             "てんかん", "COPD（慢性閉塞性肺疾患）", "認知症"]  # fmt: skip
INJURIES = ["右大腿骨頸部骨折の疑い", "急性心筋梗塞の疑い", "熱中症", "脳卒中の疑い", "気管支喘息発作",
            "低血糖", "頭部打撲", "誤嚥による窒息", "急性アルコール中毒", "前腕熱傷（II度）"]  # fmt: skip
ERAS = [("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25)),
        ("大正", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 7, 16)


# --- helpers ------------------------------------------------------------------------------------------
def corporate_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    return f"{corporate_check_digit(body)}{body}"


def make_my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(10))
    return body + str(my_number_check_digit(body))


def failing_twelve(prefix: str, rng: random.Random) -> str:
    """A 12-digit number starting with ``prefix`` whose last digit fails the My Number check."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(11 - len(prefix)))
    good = my_number_check_digit(body)
    return body + str((good + rng.randint(1, 9)) % 10)


def wareki(d: dt.date) -> str:
    for era, start in ERAS:
        if d >= start:
            year = d.year - start.year + 1
            return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    raise ValueError(d)


def grouped(number: str, sep: str = " ") -> str:
    return sep.join((number[:4], number[4:8], number[8:]))


def spaced(text: str) -> str:
    """Digits as a PDF printer spaced them out: every character of a number apart."""
    return " ".join(text)


@dataclass
class Town:
    pref: str
    county: str
    name: str
    area: str
    districts: list[str]

    @property
    def full(self) -> str:
        return f"{self.pref}{self.county}{self.name}"

    def office_phone(self, ext: int = 0) -> str:
        mid = "22" if len(self.area) == 4 else "222"  # the office's main line; ext picks the desk
        return f"{self.area}-{mid}-{1111 + ext:04d}"


@dataclass
class Person:
    surname: str
    given: str
    female: bool
    birth: dt.date
    district: str
    lot: str
    phone: str
    mobile: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}"

    @property
    def name_tight(self) -> str:
        return f"{self.surname}{self.given}"


class Pool:
    """Draws distinct residents of the one town of this build."""

    def __init__(self, rng: random.Random, town: Town) -> None:
        self.rng, self.town = rng, town
        self.used: set[tuple[str, str]] = set()

    def person(self, *, old: bool = False, young: bool = False) -> Person:
        rng = self.rng
        while True:
            female = rng.random() < 0.5
            given = rng.choice(FEMALE if female else MALE)
            surname = rng.choice(SURNAMES)
            if (surname, given) not in self.used:
                break
        self.used.add((surname, given))
        if old:
            birth = dt.date(rng.randint(1930, 1955), rng.randint(1, 12), rng.randint(1, 28))
        elif young:
            birth = dt.date(rng.randint(1990, 2004), rng.randint(1, 12), rng.randint(1, 28))
        else:
            birth = dt.date(rng.randint(1948, 2000), rng.randint(1, 12), rng.randint(1, 28))
        district = rng.choice(self.town.districts)
        if rng.random() < 0.6:
            lot = (
                f"{rng.randint(1, 3200)}番地{rng.randint(1, 30)}"
                if rng.random() < 0.5
                else f"{rng.randint(1, 3200)}"
            )
        else:
            lot = f"{rng.randint(1, 2400)}-{rng.randint(1, 40)}"
        if rng.random() < 0.15:
            lot += f" {rng.choice(BUILDINGS)}{rng.randint(1, 3)}0{rng.randint(1, 8)}号"
        area = self.town.area
        mid = f"{rng.randint(2, 8)}{rng.randint(0, 9)}" if len(area) == 4 else f"{rng.randint(200, 899)}"
        phone = f"{area}-{mid}-{rng.randint(0, 9999):04d}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        return Person(surname, given, female, birth, district, lot, phone, mobile)

    def people(self, n: int, **kw: bool) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]

    def addr(self, p: Person, full: bool = True) -> str:
        return (self.town.full if full else self.town.name) + p.district + p.lot

    def postcode(self) -> str:
        return f"〒{self.rng.randint(380, 999)}-{self.rng.randint(0, 9999):04d}"


@dataclass
class Doc:
    spec: DocSpec
    fmt: str
    family: str
    level: int
    types: set[str] = field(default_factory=set)
    note: str = ""
    post: Callable[[Path], None] | None = None


def age_on(birth: dt.date, day: dt.date = TODAY) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# --- post-processing: layouts DocSpec cannot express -------------------------------------------------
def _finish(path: Path) -> None:
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def xlsx_post(
    hide_cols: Sequence[str] = (),
    merges: Sequence[str] = (),
    sheet: int = 0,
    widths: dict[str, float] | None = None,
) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[sheet]
        for col in hide_cols:
            ws.column_dimensions[col].hidden = True
        for rng_ in merges:
            ws.merge_cells(rng_)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(buf.getvalue())
        _finish(path)

    return post


def canvas_pdf(
    title: str,
    columns: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    header: str,
    footer_note: str = "",
    lead: Sequence[str] = (),
    size: float = 8,
) -> Callable[[Path], None]:
    """Rewrite the file as a printout from a business system: columns at fixed x positions (mm), a page
    header with the print date on every page and ``n / N 頁`` at the foot."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        wide = max(x for _, x in columns) > 180
        size_ = landscape(A4) if wide else A4
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=size_, invariant=1)
        c.setTitle(title)
        pages = max(1, -(-len(rows) // per_page))
        for page in range(pages):
            top = size_[1] - 15 * mm
            c.setFont(font, 8)
            c.drawString(12 * mm, top, header)
            c.drawRightString(size_[0] - 12 * mm, top, f"{page + 1} / {pages} 頁")
            c.setFont(font, 13)
            c.drawCentredString(size_[0] / 2, top - 9 * mm, title)
            y = top - 17 * mm
            c.setFont(font, 8)
            if page == 0:
                for line in lead:
                    c.drawString(14 * mm, y, line)
                    y -= 5 * mm
            for label, x in columns:
                c.drawString(x * mm, y, label)
            c.line(12 * mm, y - 1.5 * mm, size_[0] - 12 * mm, y - 1.5 * mm)
            y -= 6 * mm
            c.setFont(font, size)
            for row in rows[page * per_page : (page + 1) * per_page]:
                for (_, x), value in zip(columns, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 5.2 * mm
            if footer_note:
                c.setFont(font, 7)
                c.drawString(12 * mm, 10 * mm, footer_note)
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def canvas_letters(pages: list[list[str]], header: str) -> Callable[[Path], None]:
    """Rewrite the file as letters run off one after the other, one per page (a 督促状 batch)."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        for n, lines in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawString(15 * mm, A4[1] - 12 * mm, header)
            c.drawRightString(A4[0] - 15 * mm, A4[1] - 12 * mm, f"{n} / {len(pages)}")
            y = A4[1] - 25 * mm
            for line in lines:
                c.setFont(font, 12 if line.startswith("■") else 10)
                c.drawString(20 * mm, y, line.lstrip("■"))
                y -= 7 * mm
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


# --- the desks ----------------------------------------------------------------------------------------
class Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.town = Town(*rng.choice(TOWNS))
        self.pool = Pool(rng, self.town)
        self.docs: list[Doc] = []

    # small conveniences
    def add(self, spec: DocSpec, fmt: str, family: str, level: int, types: Sequence[str] = (), note: str = "",
            post: Callable[[Path], None] | None = None) -> None:  # fmt: skip
        self.docs.append(Doc(spec, fmt, family, level, set(types), note, post))

    def office(self, dept: str, ext: int) -> list[str]:
        t = self.town
        return [f"{t.name}役場 {dept}", f"〒{389 + ext % 7}-{ext * 37 % 10000:04d} {t.full}{t.districts[0]}1番地",
                f"電話 {t.office_phone(ext)}（直通）"]  # fmt: skip

    def staff(self) -> str:
        p = self.pool.person()
        return p.name

    def latlon(self) -> tuple[float, float]:
        base = {"御代田町": (36.32, 138.51), "山元町": (37.96, 140.88), "八百津町": (35.48, 137.14),
                "白浜町": (33.67, 135.35), "玉城町": (34.49, 136.63), "湯梨浜町": (35.48, 133.87),
                "ニセコ町": (42.80, 140.69), "九重町": (33.23, 131.19)}[self.town.name]  # fmt: skip
        return round(base[0] + self.rng.uniform(-0.05, 0.05), 6), round(
            base[1] + self.rng.uniform(-0.05, 0.05), 6
        )

    def shop_phone(self) -> str:
        area = self.town.area
        mid = (
            f"{self.rng.randint(2, 8)}{self.rng.randint(0, 9)}"
            if len(area) == 4
            else f"{self.rng.randint(200, 899)}"
        )
        return f"{area}-{mid}-{self.rng.randint(0, 9999):04d}"

    def shop_addr(self) -> str:
        return f"{self.town.name}{self.rng.choice(self.town.districts)}{self.rng.randint(1, 2000)}番地{self.rng.randint(1, 9)}"

    def sole_trader(self) -> tuple[Person, str, str]:
        """(owner, shop name, kind) for a shop run by one person."""
        p = self.pool.person()
        shop, _, kind = self.rng.choice(SHOP_NAMES)
        return p, shop, kind

    def bank(self) -> str:
        return (f"{self.rng.choice(BANKS)} {self.rng.choice(['本店', '中央支店', '駅前支店', '東支店'])} 普通 "
                f"{self.rng.randint(1000000, 9999999)}")  # fmt: skip

    # ============================================================================================
    def commerce(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "commerce"
        # L1: open data list of shops, inns and tourist facilities (代表者 in role, kana of facility names)
        rows: list[list[Cell]] = [["No", "名称", "名称_カナ", "種別", "代表者", "所在地", "電話番号", "営業時間",
                                   "定休日", "緯度", "経度"]]  # fmt: skip
        for i, (name, kana, kind) in enumerate(SHOP_NAMES, start=1):
            lat, lon = self.latlon()
            rep = pool.person().name if kind != "観光施設" else f"{t.name}長"
            rows.append([i, name, kana, kind, rep, self.shop_addr(), self.shop_phone(),
                         rng.choice(["11:00-14:00 17:00-21:00", "9:00-17:00", "IN15:00/OUT10:00", "10:00-18:00"]),
                         rng.choice(["水曜日", "月曜日", "なし", "第2・第4火曜日"]), lat, lon])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("観光施設等一覧", rows)]), "csv", fam, 1,
                 note="open data: 代表者 named in the business's role next to the shop's own address and phone → 1")  # fmt: skip
        inns = [s for s in SHOP_NAMES if s[2] == "宿泊施設"]
        rows = [["施設名", "フリガナ", "営業者", "所在地", "電話", "客室数", "収容人員", "チェックイン"]]
        for name, kana, _ in inns + inns[:2]:
            rows.append([name, kana, pool.person().name if rng.random() < 0.6 else "".join(rng.choice(COMPANIES)),
                         self.shop_addr(), self.shop_phone(), rng.randint(3, 40), rng.randint(8, 120), "15:00"])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("宿泊", rows, title=f"{t.name} 宿泊施設一覧（令和6年4月1日現在）",
                                           footer=f"{t.name}役場 商工観光課")]), "xlsx", fam, 1,
                 note="published inn list: 営業者 in the licence-holder role with the inn's address → 1")  # fmt: skip
        # L1: 商店街 member list (published in the 商店街 map) with roles
        rows2 = [["役職", "店名", "代表者", "店舗所在地", "電話"]]
        for role in [
            "会長",
            "副会長",
            "副会長",
            "会計",
            "監事",
            "会員",
            "会員",
            "会員",
            "会員",
            "会員",
            "会員",
            "会員",
        ]:
            p, shop, _ = self.sole_trader()
            rows2.append([role, shop, p.name, self.shop_addr(), self.shop_phone()])
        self.add(DocSpec(title=f"{t.name}中央商店会 役員・会員名簿（商店街マップ掲載用）",
                         paragraphs=["令和6年度総会（5月20日）で選任された役員及び会員の店舗は次のとおりです。"],
                         tables=[rows2], footer="中央商店会事務局（商工会内）"), "docx", fam, 1,
                 note="shop owners in their role with the shop's address and phone → 1")  # fmt: skip
        # L1: subsidy guidelines with the whole vocabulary
        self.add(DocSpec(title=f"令和6年度 {t.name}小規模事業者販路開拓補助金 募集要項",
                         paragraphs=["1 対象者 町内に住所を有する個人事業主又は町内に本店を有する中小企業者",
                                     "2 申請書類 申請書（様式第1号）、事業計画書、住民票の写し（個人の場合。生年月日の記載のあるもの）、"
                                     "振込先口座の通帳の写し、町税の滞納がないことの証明書",
                                     "3 補助金の返還 虚偽の申請その他不正の行為により交付を受けた者には補助金の返還を求めます。"
                                     "返還金を納期限までに納付しない場合は督促を行い、延滞金を加算します。",
                                     "4 個人情報の取扱い 申請書に記載された氏名、住所、電話番号等は本事業の目的以外には使用しません。",
                                     f"問合せ 商工観光課 商工振興係 電話 {t.office_phone(31)}"]), "pdf", fam, 1)  # fmt: skip
        # L1: published grant decisions (business names only)
        rows3: list[list[Cell]] = [["交付決定日", "事業者名", "事業内容", "交付決定額（円）"]]
        for _ in range(14):
            name = "".join(rng.choice(COMPANIES)) if rng.random() < 0.4 else rng.choice(SHOP_NAMES)[0]
            rows3.append([dt.date(2024, rng.randint(5, 7), rng.randint(1, 28)), name,
                          rng.choice(["ECサイト構築", "店舗改装", "チラシ作成", "商品開発", "看板設置"]),
                          rng.randrange(100000, 500000, 1000)])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("交付決定", rows3, title="販路開拓補助金 交付決定状況（公表）")]),
                 "xlsx", fam, 1)  # fmt: skip
        # L1: the application form's 記入例 with a stock name
        self.add(DocSpec(title="様式第1号（第5条関係）補助金交付申請書【記入例】",
                         paragraphs=[f"{t.name}長 様", "申請者 住所 ○○県○○郡○○町大字○○123番地", "氏名 商工 太郎",
                                     "生年月日 昭和50年1月1日", "電話 090-0000-0000",
                                     "振込先 ○○銀行 ○○支店 普通 1234567 ショウコウ タロウ",
                                     "※記入例です。太枠内を記入してください。"],
                         header="記入例"), "docx", fam, 1,
                 note="記入例 with a stock name and placeholder address: nobody real → 1")  # fmt: skip
        # L2: one sole trader's application: home address, birth date, mobile, bank account
        p, shop, kind = self.sole_trader()
        self.add(DocSpec(title="様式第1号（第5条関係） 小規模事業者販路開拓補助金交付申請書",
                         paragraphs=[f"令和6年{rng.randint(5, 6)}月{rng.randint(1, 28)}日", f"{t.name}長 様",
                                     f"申請者 住所 {pool.addr(p)}", f"屋号 {shop}（{kind}）", f"氏名 {p.name}",
                                     f"生年月日 {wareki(p.birth)}", f"連絡先（携帯） {p.mobile}",
                                     "補助金の交付を受けたいので、関係書類を添えて申請します。"],
                         tables=[[["振込先口座", self.bank()], ["口座名義", "（本人）"],
                                  ["補助対象経費", f"{rng.randrange(200000, 900000, 1000):,}円"]]]),
                 "docx", fam, 2, ["name", "address", "birth_date", "phone", "bank_account"])  # fmt: skip
        # L2: intake list of applications, birth date and bank in hidden columns
        rows4: list[list[Cell]] = [
            ["受付No", "屋号", "申請者氏名", "自宅住所", "携帯電話", "申請額", "生年月日", "振込口座"]
        ]
        for i in range(18):
            p, shop, _ = self.sole_trader()
            rows4.append([f"R6-{i + 1:03d}", shop, p.name, pool.addr(p, False), p.mobile,
                          rng.randrange(100000, 500000, 1000), p.birth, self.bank()])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("受付簿", rows4, title="販路開拓補助金 申請受付簿（内部）")]),
                 "xlsx", fam, 2, ["name", "address", "phone", "birth_date", "bank_account"],
                 post=xlsx_post(hide_cols=["G", "H"]))  # fmt: skip
        # L2: internal member list of the 商店街 with the owners' home address and mobile
        rows5 = [["店名", "代表者", "自宅住所", "携帯（緊急連絡用）", "備考"]]
        for _ in range(15):
            p, shop, _ = self.sole_trader()
            rows5.append(
                [shop, p.name, pool.addr(p, False), p.mobile, rng.choice(["", "夜間連絡可", "店舗2階に居住"])]
            )
        self.add(DocSpec(sheets=[SheetSpec("会員", rows5, title="中央商店会 会員緊急連絡網（役員限り）")]),
                 "xlsx", fam, 2, ["name", "address", "phone"])  # fmt: skip
        # L2: tourist volunteer guides (cp932 csv from the old system)
        rows6 = [["登録番号", "氏名", "ふりがな", "住所", "電話", "対応言語"]]
        for i in range(22):
            p = pool.person(old=rng.random() < 0.6)
            rows6.append(
                [
                    f"G{i + 1:03d}",
                    p.name,
                    "",
                    pool.addr(p, False),
                    p.phone,
                    rng.choice(["日本語", "英語", "中国語"]),
                ]
            )
        self.add(
            DocSpec(sheets=[SheetSpec("ガイド", rows6)]), "csv-cp932", fam, 2, ["name", "address", "phone"]
        )
        # L2: 民泊 operators' filing list drawn as a system printout
        prow = []
        for _ in range(12):
            p = pool.person()
            prow.append([p.name, pool.addr(p, False), p.mobile, rng.choice(["家主居住型", "家主不在型"]),
                         f"R6.{rng.randint(1, 6)}.{rng.randint(1, 28)}"])  # fmt: skip
        cols = [("届出者氏名", 14), ("届出者住所", 44), ("連絡先", 118), ("区分", 148), ("受理日", 172)]
        self.add(
            DocSpec(title="住宅宿泊事業 届出者一覧", paragraphs=["x"]),
            "pdf",
            fam,
            2,
            ["name", "address", "phone"],
            post=canvas_pdf(
                "住宅宿泊事業 届出者一覧（町内）", cols, prow, 40, "商工観光課 印刷日 2024/07/16"
            ),
        )
        # L2: exhibitors of a product fair, the owners' own mobiles on a slide
        lines = ["出店者連絡先（当日用）"]
        for _ in range(8):
            p, shop, _ = self.sole_trader()
            lines.append(f"{shop} {p.name} 携帯 {p.mobile}")
        self.add(DocSpec(title="ふるさと物産展 出店者打合せ", paragraphs=["搬入 9:00 ブース割は別紙"], notes=lines),
                 "pptx", fam, 2, ["name", "phone"], note="owners' own mobiles for the day, kept in the speaker notes → 2")  # fmt: skip
        # L3: repayment reminder list (sole traders in arrears on a grant repayment)
        rows7: list[list[Cell]] = [
            ["No", "屋号", "氏名", "住所", "電話", "返還決定額", "納付済額", "未納額", "督促日", "状況"]
        ]
        for i in range(9):
            p, shop, _ = self.sole_trader()
            due = rng.randrange(100000, 400000, 1000)
            paid = rng.randrange(0, due // 2, 1000)
            rows7.append([i + 1, shop, p.name, pool.addr(p, False), p.phone, due, paid, due - paid,
                          dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)),
                          rng.choice(["分納中", "連絡つかず", "催告書送付済", "廃業・所在調査中"])])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("返還金", rows7, title="補助金返還金 未納者一覧（令和6年6月末）")]),
                 "xlsx", fam, 3, ["name", "address", "phone", "arrears"])  # fmt: skip
        # L3: repayment reminder letter, addressee block at the top, office block at the bottom
        p, shop, _ = self.sole_trader()
        self.add(DocSpec(paragraphs=[pool.postcode(), pool.addr(p), f"{shop}", f"{p.name} 様", "",
                                     "補助金返還金の納付について（督促）",
                                     f"令和5年度に交付した補助金の返還金 {rng.randrange(100000, 300000, 1000):,}円 が、"
                                     "納期限（令和6年3月31日）を過ぎても未納となっています。"
                                     "令和6年7月31日までに納付してください。", "", *self.office("商工観光課", 31)]),
                 "docx", fam, 3, ["name", "address", "arrears"])  # fmt: skip
        # L3: repayment status printout, amounts and phones drawn spaced
        prow = []
        for _ in range(10):
            p, shop, _ = self.sole_trader()
            prow.append([shop, p.name, spaced(p.phone), f"{rng.randrange(50000, 300000, 1000):,}円",
                         rng.choice(["滞納", "分納中（月1万円）", "督促済"])])  # fmt: skip
        cols = [("屋号", 14), ("氏名", 60), ("電話", 92), ("未納額", 140), ("状況", 172)]
        self.add(
            DocSpec(title="返還金収納状況", paragraphs=["x"]),
            "pdf",
            fam,
            3,
            ["name", "phone", "arrears"],
            post=canvas_pdf(
                "補助金返還金 収納状況一覧", cols, prow, 40, "財務会計システム 印刷日 2024/07/10"
            ),
        )
        # L3: premium gift-voucher purchase applications, 150 households (bulk)
        rows8 = [["申込番号", "氏名", "住所", "電話番号", "購入冊数"]]
        for i in range(150):
            p = pool.person()
            rows8.append([f"{i + 1:04d}", p.name, pool.addr(p, False), p.phone, str(rng.randint(1, 5))])
        self.add(DocSpec(sheets=[SheetSpec("申込", rows8)]), "csv-cp932", fam, 3, ["name", "address", "phone"],
                 note="150 purchasers with name, address and phone: more than 100 persons → 3")  # fmt: skip

    # ============================================================================================
    def pr(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "pr"
        # L1: survey free text without names
        answers = ["いつも広報を楽しみにしています。職員の皆さん頑張ってください。",
                   "公園のベンチが低くて、しゃがむような姿勢になり立ち上がるのが大変です。",
                   "子どもが遊ぶ遊具はもっとがんじょうなものにしてほしい。",
                   "夏祭りが滞りなく終わり、ボランティアとして参加できてよかった。",
                   "ごみ収集の日程をアプリで知らせてほしい。", "役場の窓口の待ち時間が長い。",
                   "バスの本数が減って通院が不便になった。", "特になし"]  # fmt: skip
        rows: list[list[Cell]] = [["回答No", "年代", "地区", "自由記述"]]
        for i in range(40):
            rows.append(
                [
                    i + 1,
                    rng.choice(["20代", "30代", "40代", "60代", "70代以上"]),
                    rng.choice(t.districts),
                    rng.choice(answers),
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("自由記述", rows, title="令和6年度 町民意識調査 自由記述一覧")]), "xlsx", fam, 1,
                 note="anonymous answers (通院 about the bus, no person) → 1")  # fmt: skip
        # L1: centenarian article: name, age and district only
        c = pool.person(old=True)
        c.given = rng.choice(OLD_FEMALE)
        self.add(DocSpec(title=f"広報{t.name} 8月号 「100歳おめでとうございます」",
                         paragraphs=[f"{c.district}地区の{c.surname}{c.given}さん（100）が百歳を迎え、町長がお祝いに訪れました。",
                                     f"{c.surname}さんは若い頃から畑仕事を続け、今も毎朝新聞を読むのが日課とのこと。"
                                     "長生きの秘訣は「よく笑うこと」だそうです。",
                                     "町内の100歳以上の方は今年度23人となりました。"]), "docx", fam, 1,
                 note="a named centenarian with age and district only: no address, birth date or phone → 1")  # fmt: skip
        # L1: event report naming performers and council members in role
        m1, m2, perf = pool.person(), pool.person(), pool.person()
        self.add(DocSpec(title="ふるさと夏まつり 開催報告",
                         paragraphs=[f"7月14日、{t.name}総合運動公園で第38回ふるさと夏まつりが開催されました。",
                                     f"開会式では町長のあいさつに続き、{m1.name}町議会議長、{m2.name}議員（産業建設常任委員長）が祝辞を述べました。",
                                     f"ステージでは地元出身のシンガー {perf.name}さん、{t.districts[1]}太鼓保存会が出演しました。",
                                     "来場者は約4,200人。ご協力いただいた皆様に感謝申し上げます。"]), "pptx", fam, 1)  # fmt: skip
        # L1: published summary of letters to the mayor (anonymised)
        self.add(DocSpec(title="令和5年度「町長への手紙」の状況",
                         paragraphs=["受付件数 86件（はがき41、メール38、持参7）",
                                     "主な内容 道路・交通 21件、福祉・医療 14件、教育 9件、その他 42件",
                                     "事例 （60代男性・大字地区）通院に使うバスの便を増やしてほしい → 地域公共交通会議で検討します。",
                                     "事例 （30代女性）子育て支援センターの開館時間を延ばしてほしい → 令和6年度から延長しました。",
                                     "※いただいた手紙の氏名・住所・電話番号は公表しません。"]), "pdf", fam, 1)  # fmt: skip
        # L1: editorial calendar (facility names, staff in role)
        rows = [["号", "特集", "取材先", "担当", "内線"]]
        for month in range(4, 13):
            rows.append([f"{month}月号", rng.choice(["防災特集", "子育て", "観光", "健康づくり", "議会だより"]),
                         rng.choice([s[0] for s in SHOP_NAMES]), self.staff(), str(200 + month)])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("編集", rows, title="広報紙 編集計画")]), "xlsx", fam, 1)
        # L2: letters to the mayor intake book
        rows = [["受付日", "氏名", "住所", "電話", "件名", "担当課", "回答日"]]
        for _ in range(14):
            p = pool.person()
            rows.append([dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)), p.name, pool.addr(p, False), p.phone,
                         rng.choice(["街灯の設置", "道路の補修", "図書館の開館時間", "ごみの出し方", "公園の草刈り"]),
                         rng.choice(["建設課", "教育委員会", "住民課"]), ""])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("受付簿", rows, title="町長への手紙 受付簿")]), "xlsx", fam, 2,
                 ["name", "address", "phone"])  # fmt: skip
        # L2: a letter from a resident (no health)
        p = pool.person()
        self.add(DocSpec(title="町長への手紙",
                         paragraphs=[f"住所 {pool.addr(p)}", f"氏名 {p.name}", f"電話 {p.phone}",
                                     "通学路の横断歩道の白線が消えかかっています。朝は車の通りが多く危ないので早めに直してください。",
                                     "回答は電話でお願いします。"]), "docx", fam, 2, ["name", "address", "phone"])  # fmt: skip
        # L2: centenarian article draft with birth date and address
        c = pool.person(old=True)
        c.given = rng.choice(OLD_FEMALE)
        birth = dt.date(1924, rng.randint(1, 7), rng.randint(1, 28))
        self.add(DocSpec(title="【原稿・取材メモ】100歳訪問",
                         paragraphs=[f"対象 {c.name}さん（{wareki(birth)}生まれ、100歳）",
                                     f"住所 {pool.addr(c, False)}（長男夫婦と同居）", "訪問日 8月2日 10時 町長・広報担当",
                                     "掲載は名前・年齢・地区のみ（ご家族了承済み）"]), "docx", fam, 2,
                 ["name", "birth_date", "address"])  # fmt: skip
        # L2: callback memo in plain text
        lines = ["広聴 対応メモ（7月）"]
        for _ in range(5):
            p = pool.person()
            lines.append(
                f"・{p.name}さん（{p.phone}）{rng.choice(['騒音の苦情', '空き家の草', '防犯灯'])}について折り返し希望"
            )
        self.add(DocSpec(paragraphs=lines), "txt", fam, 2, ["name", "phone"])
        rows = [["氏名", "地区", "住所", "電話", "任期"]]
        for _ in range(10):
            p = pool.person()
            rows.append([p.name, p.district, pool.addr(p, False), p.phone, "R6.4～R8.3"])
        self.add(
            DocSpec(sheets=[SheetSpec("モニター", rows, title="広報モニター名簿")]),
            "ods",
            fam,
            2,
            ["name", "address", "phone"],
        )
        # L3: a letter naming the writer's illness
        p = pool.person(old=True)
        ill = rng.choice(ILLNESSES)
        self.add(DocSpec(title="町長への手紙",
                         paragraphs=[f"〒{rng.randint(380, 999)}-{rng.randint(0, 9999):04d}", pool.addr(p), f"{p.name}",
                                     f"私は{ill}で月に二度、町外の病院に通院しています。コミュニティバスが減便になり、"
                                     "タクシー代の負担が大きくなりました。障害者手帳は持っていないので助成も受けられません。",
                                     "通院する高齢者のために便を戻してください。", f"連絡先 {p.phone}"]), "docx", fam, 3,
                 ["name", "address", "phone", "health"])  # fmt: skip
        # L3: intake book with health in the content column for some rows
        rows = [["受付日", "氏名", "住所", "電話", "内容要旨"]]
        for i in range(12):
            p = pool.person()
            text = (f"{rng.choice(ILLNESSES)}で通院中。送迎サービスを希望" if i % 4 == 1
                    else rng.choice(["公民館の予約方法", "側溝の清掃", "空き地の雑草"]))  # fmt: skip
            rows.append(
                [
                    dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)),
                    p.name,
                    pool.addr(p, False),
                    p.phone,
                    text,
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("R6", rows, title="広聴 受付記録")]), "xlsx", fam, 3,
                 ["name", "address", "phone", "health"])  # fmt: skip
        # L3: a handwritten letter typed up and printed to PDF (spaced phone, illness)
        p = pool.person()
        self.add(DocSpec(title="町長への手紙（写し）", paragraphs=[
            f"差出人 {p.name}（{pool.addr(p, False)}）", f"電話 {spaced(p.phone)}",
            "息子が精神科に通院しており、障害年金の手続きで役場に何度も足を運びました。窓口をひとつにしてください。"]),
            "pdf", fam, 3, ["name", "address", "phone", "health"])  # fmt: skip
        # L3: mailing list of the 広報紙 for 120 subscribers outside the town
        rows = [["No", "氏名", "送付先住所", "電話"]]
        for i in range(120):
            p = pool.person()
            rows.append([str(i + 1), p.name, pool.addr(p), p.phone])
        self.add(DocSpec(sheets=[SheetSpec("郵送", rows, title="広報紙 郵送希望者名簿")]), "xlsx", fam, 3,
                 ["name", "address", "phone"], note="120 persons with name, address and phone → 3 by bulk")  # fmt: skip

    # ============================================================================================
    def council(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "council"
        members = pool.people(12)
        rows = [["議席", "氏名", "会派", "役職", "常任委員会", "連絡先（議会事務局）"]]
        for i, m in enumerate(members, start=1):
            rows.append([str(i), m.name, rng.choice(["新政会", "町民クラブ", "公明党", "無所属"]),
                         {1: "議長", 2: "副議長"}.get(i, ""), rng.choice(["総務文教", "産業建設", "厚生"]), t.office_phone(90)])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("議員", rows, title=f"{t.name}議会 議員名簿")]), "xlsx", fam, 1,
                 note="council members in their role with the council office's phone → 1")  # fmt: skip
        m = members[3]
        self.add(DocSpec(title="資産等報告書（政治倫理の確立のための町議会の議員の資産等の公開に関する条例）",
                         paragraphs=[f"議員氏名 {m.name}", f"土地 {t.name}{m.district} 宅地 312㎡、田 1,540㎡",
                                     "建物 居宅 木造 128㎡", "預金 （報告対象外）", "有価証券 株式会社みはらし観光開発 200株",
                                     "自動車 1台", "本報告書は閲覧に供されます。"]), "pdf", fam, 1,
                 note="資産等報告書 is public by ordinance: a member in the official role → 1")  # fmt: skip
        rep = pool.person()
        self.add(DocSpec(title="請願文書表（令和6年6月定例会）",
                         tables=[[["受理番号", "件名", "請願者", "紹介議員", "付託委員会"],
                                  ["請願第3号", "町道大字線の歩道設置を求める請願", f"{t.districts[2]}区長 {rep.name}",
                                   members[5].name, "産業建設常任委員会"],
                                  ["請願第4号", "学校給食費の無償化を求める請願", f"{t.name}PTA連絡協議会 会長", members[6].name,
                                   "総務文教常任委員会"]]]), "odt", fam, 1,
                 note="published petition table: petitioner as 区長 / organisation, no home address → 1")  # fmt: skip
        self.add(DocSpec(title="議会を傍聴される方へ",
                         paragraphs=["傍聴席は20席です。傍聴受付簿に住所・氏名を記入してください。",
                                     "車いすの方、聴覚に障害のある方は事前に議会事務局へご連絡ください。",
                                     f"議会事務局 電話 {t.office_phone(90)}"]), "pdf", fam, 1)  # fmt: skip
        self.add(DocSpec(title="令和6年6月定例会 会議録（抜粋）",
                         paragraphs=[f"○議長（{members[0].name}君） ただいまから本日の会議を開きます。",
                                     f"○{members[4].surname}議員 町税の滞納額の推移と督促の状況を伺います。",
                                     "○町長 令和5年度末の滞納繰越額は約3,100万円で、前年度比12％減となりました。",
                                     f"○議長 以上で{members[4].surname}議員の一般質問を終わります。"]), "docx", fam, 1,
                 note="public minutes: arrears talked about in general, members in role → 1")  # fmt: skip
        # L2: a petition by a private person with home address
        p = pool.person()
        self.add(DocSpec(title="請願書",
                         paragraphs=["件名 町営住宅の家賃減免制度の周知を求める請願", f"{t.name}議会議長 {members[0].name} 様",
                                     f"請願者 住所 {pool.addr(p)}", f"氏名 {p.name}", f"電話 {p.phone}",
                                     f"紹介議員 {members[7].name}"]), "docx", fam, 2, ["name", "address", "phone"])  # fmt: skip
        rows = [["月日", "会議名", "氏名", "住所", "電話"]]
        for _ in range(16):
            p = pool.person()
            rows.append(
                [
                    f"6月{rng.randint(10, 20)}日",
                    "本会議",
                    p.name,
                    pool.addr(p, False),
                    p.phone if rng.random() < 0.5 else "",
                ]
            )
        self.add(
            DocSpec(sheets=[SheetSpec("受付簿", rows, title="傍聴者受付簿")]),
            "ods",
            fam,
            2,
            ["name", "address", "phone"],
        )
        prow = []
        for _ in range(48):
            p = pool.person()
            prow.append(
                [
                    f"6/{rng.randint(10, 20)}",
                    p.name,
                    pool.addr(p, False),
                    rng.choice(["一般", "報道", "一般"]),
                ]
            )
        self.add(DocSpec(title="傍聴者受付簿", paragraphs=["x"]), "pdf", fam, 2, ["name", "address"],
                 post=canvas_pdf("傍聴者受付簿（6月定例会）", [("日付", 14), ("氏名", 34), ("住所", 74), ("区分", 170)],
                                 prow, 25, "議会事務局"))  # fmt: skip
        rows = [["氏名", "自宅住所", "自宅電話", "携帯", "生年月日"]]
        for mem in members:
            rows.append([mem.name, pool.addr(mem, False), mem.phone, mem.mobile, mem.birth])
        self.add(DocSpec(sheets=[SheetSpec("連絡網", rows, title="議員 緊急連絡網（事務局限り）")]), "xlsx", fam, 2,
                 ["name", "address", "phone", "birth_date"],
                 note="members' own home address, birth date and mobile are private data, not the office role → 2")  # fmt: skip
        # L3: signatures of a petition (more than 100)
        rows = [["No", "氏名", "住所"]]
        for i in range(135):
            p = pool.person()
            rows.append([str(i + 1), p.name, pool.addr(p, False)])
        self.add(DocSpec(sheets=[SheetSpec("署名簿", rows, title="歩道設置を求める請願 署名簿（写）")]), "xlsx", fam, 3,
                 ["name", "address"], note="135 signatories with name and address → 3 by bulk")  # fmt: skip
        p = pool.person(old=True)
        self.add(DocSpec(title="陳情書",
                         paragraphs=[f"陳情者 {pool.addr(p)} {p.name}",
                                     f"私は{rng.choice(ILLNESSES)}のため人工透析ではないものの週に一度通院が必要で、"
                                     "町の福祉タクシー券の枚数を増やしていただくよう陳情します。"]), "docx", fam, 3,
                 ["name", "address", "health"])  # fmt: skip
        rows = [["氏名", "住所", "電話", "配慮事項"]]
        for i in range(9):
            p = pool.person()
            rows.append([p.name, pool.addr(p, False), p.phone,
                         "聴覚障害のため要約筆記希望" if i == 2 else ("車いす（脊髄損傷）" if i == 6 else "")])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("事前申込", rows, title="傍聴 事前申込（配慮を要する方）")]), "xlsx", fam, 3,
                 ["name", "address", "phone", "health"])  # fmt: skip

    # ============================================================================================
    def fire(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "fire"
        rows = [["分団", "役職", "氏名", "担当地区"]]
        for b in range(1, 6):
            for role in ["分団長", "副分団長", "部長", "班長"]:
                rows.append([f"第{b}分団", role, pool.person().name, t.districts[b - 1]])
        self.add(DocSpec(sheets=[SheetSpec("幹部", rows, title=f"{t.name}消防団 幹部名簿（令和6年4月1日）")]), "xlsx", fam, 1,
                 note="published roster: officers by role and district only → 1")  # fmt: skip
        self.add(DocSpec(title="防災行政無線 戸別受信機の無償貸与について",
                         paragraphs=["町内に住所を有する世帯に戸別受信機を無償で貸与します。",
                                     "申請書に世帯主の氏名、住所、電話番号を記入し、役場総務課へ提出してください。",
                                     "転出等の際は受信機を返却してください。"]), "pdf", fam, 1)  # fmt: skip
        self.add(DocSpec(title="令和5年 火災・救急概況",
                         tables=[[["区分", "件数"], ["火災", "7"], ["救急出動", "812"], ["うち急病", "498"],
                                  ["うち一般負傷", "121"], ["搬送人員", "768"]]],
                         paragraphs=["救急搬送された方の傷病程度は軽症が48％を占めています。"]), "pdf", fam, 1)  # fmt: skip
        rows = [["施設名", "施設名_カナ", "所在地", "電話番号", "収容人数", "緯度", "経度", "洪水", "土砂"]]
        for name in ["中央公民館", "第一小学校", "町民体育館", "ふれあいセンター", "北部集会所", "中学校"]:
            lat, lon = self.latlon()
            rows.append(
                [name, "", self.shop_addr(), self.shop_phone(), str(rng.randint(50, 600)), lat, lon, "○", "×"]
            )
        self.add(DocSpec(sheets=[SheetSpec("避難所", rows)]), "csv", fam, 1)
        self.add(DocSpec(title="消防団 詰所一覧",
                         tables=[[["分団", "詰所", "所在地", "電話", "分団長"]] +
                                 [[f"第{b}分団", f"{t.districts[b - 1]}詰所", self.shop_addr(), self.shop_phone(),
                                   pool.person().name] for b in range(1, 6)]]), "docx", fam, 1,
                 note="分団長 in role next to the 詰所 (a facility) and its phone → 1")  # fmt: skip
        # L2: fire investigation notes naming the occupant (text box holds the occupant)
        p = pool.person()
        self.add(DocSpec(title="火災調査書（原因判定）",
                         paragraphs=["出火日時 令和6年3月8日 14時20分頃", "出火建物 木造2階建 住宅 一部焼損",
                                     "出火原因 台所こんろの消し忘れ（推定）", "死傷者 なし"],
                         textboxes=[f"居住者 {p.name}（{age_on(p.birth)}歳） {pool.addr(p, False)} 電話 {p.phone}"]),
                 "docx", fam, 2, ["name", "address", "phone"])  # fmt: skip
        rows = [["受信機番号", "世帯主", "住所", "電話", "貸与日"]]
        for i in range(40):
            p = pool.person()
            rows.append(
                [
                    f"K-{i + 1:04d}",
                    p.name,
                    pool.addr(p, False),
                    p.phone,
                    dt.date(2023, rng.randint(1, 12), rng.randint(1, 28)),
                ]
            )
        self.add(
            DocSpec(sheets=[SheetSpec("貸与", rows, title="戸別受信機 貸与者一覧")]),
            "xlsx",
            fam,
            2,
            ["name", "address", "phone"],
        )
        rows = [["団員番号", "氏名", "分団", "生年月日", "住所", "携帯", "勤務先"]]
        for i in range(30):
            p = pool.person(young=rng.random() < 0.5)
            rows.append([f"{i + 1:03d}", p.name, f"第{rng.randint(1, 5)}分団", p.birth, pool.addr(p, False), p.mobile,
                         rng.choice(["自営", "役場", "農業", "会社員"])])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("団員", rows, title="消防団員名簿（内部）")]), "xlsx", fam, 2,
                 ["name", "birth_date", "address", "phone"], post=xlsx_post(hide_cols=["D", "F"]))  # fmt: skip
        rows = [["区", "氏名", "電話", "参加"]]
        for _ in range(25):
            p = pool.person()
            rows.append([rng.choice(t.districts), p.name, p.phone, "○"])
        self.add(DocSpec(sheets=[SheetSpec("訓練", rows)]), "csv-cp932", fam, 2, ["name", "phone"])
        p = pool.person()
        self.add(DocSpec(paragraphs=[pool.postcode(), pool.addr(p), f"{p.name} 様", "", "戸別受信機の返却について（お願い）",
                                     "転出の届出を受けましたので、貸与中の戸別受信機（K-0231）を役場総務課へ返却してください。", "",
                                     *self.office("総務課 防災係", 20)]), "docx", fam, 2, ["name", "address"])  # fmt: skip
        # L3: ambulance transport records drawn as a printout (3 pages)
        prow = []
        for i in range(70):
            p = pool.person()
            prow.append([f"{i + 1}", f"6/{rng.randint(1, 30)}", p.name, str(age_on(p.birth)), pool.addr(p, False),
                         rng.choice(INJURIES), rng.choice(["軽症", "中等症", "重症"])])  # fmt: skip
        cols = [
            ("No", 12),
            ("月日", 22),
            ("氏名", 38),
            ("年齢", 70),
            ("住所", 82),
            ("傷病名", 170),
            ("程度", 240),
        ]
        self.add(DocSpec(title="救急搬送記録", paragraphs=["x"]), "pdf", fam, 3, ["name", "address", "health"],
                 post=canvas_pdf("救急搬送記録一覧（令和6年6月）", cols, prow, 28, "消防本部 警防課 印刷 2024/07/02",
                                 "取扱注意 個人情報"))  # fmt: skip
        rows = [["事案番号", "覚知", "傷病者氏名", "年齢", "性別", "住所", "傷病名", "搬送先"]]
        for i in range(18):
            p = pool.person()
            rows.append([f"2024-{i + 311}", dt.datetime(2024, 5, rng.randint(1, 31), rng.randint(0, 23), rng.randint(0, 59)),
                         p.name, age_on(p.birth), "女" if p.female else "男", pool.addr(p, False), rng.choice(INJURIES),
                         rng.choice(["町立病院", "県立中央病院", "赤十字病院"])])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("5月", rows)]), "xlsx", fam, 3, ["name", "address", "health"])
        rows = [["受信機番号", "世帯主", "住所", "電話"]]
        for i in range(130):
            p = pool.person()
            rows.append([f"K-{i + 1:04d}", p.name, pool.addr(p, False), p.phone])
        pad = [None] * 30
        self.add(DocSpec(sheets=[SheetSpec("台帳", [pad + r for r in rows], first_row=4)]), "xlsx", fam, 3,
                 ["name", "address", "phone"], note="130 holders with name, address and phone, far right → 3 by bulk")  # fmt: skip
        p = pool.person(old=True)
        self.add(DocSpec(title="火災調査書（人的被害）",
                         paragraphs=[f"負傷者 {p.name}（{age_on(p.birth)}歳） {pool.addr(p, False)}",
                                     f"負傷程度 {rng.choice(['両手熱傷（II度）', '気道熱傷の疑い', '一酸化炭素中毒'])} 町立病院へ救急搬送",
                                     "既往歴 高血圧で通院中（家族聴取）"], header="火災調査 取扱注意"), "docx", fam, 3,
                 ["name", "address", "health"])  # fmt: skip

    # ============================================================================================
    def education(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "education"
        rows = [["指定番号", "名称", "種別", "所有者", "所在地", "指定日"]]
        for i in range(10):
            owner = rng.choice(TEMPLES) if rng.random() < 0.7 else "".join(rng.choice(COMPANIES))
            rows.append([f"町指定第{i + 1}号", rng.choice(["木造薬師如来坐像", "山門", "古文書", "大杉", "梵鐘", "酒蔵"]),
                         rng.choice(["有形文化財", "天然記念物", "史跡"]), owner, self.shop_addr(),
                         wareki(dt.date(rng.randint(1970, 2020), rng.randint(1, 12), rng.randint(1, 28)))])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("文化財", rows, title=f"{t.name}指定文化財一覧")]), "xlsx", fam, 1,
                 note="owners are temples and companies; 指定日 is not a birth date → 1")  # fmt: skip
        lect = pool.person()
        self.add(DocSpec(title="中央公民館 秋の講座のご案内",
                         paragraphs=[f"そば打ち入門 講師 {lect.name}氏（そば処 やまびこ 店主）", "定員 12名 受講料 1,500円",
                                     f"申込 中央公民館 電話 {t.office_phone(60)}（氏名・電話番号をお伝えください）"]),
                 "docx", fam, 1)  # fmt: skip
        self.add(DocSpec(title="図書館だより 7月号",
                         paragraphs=["返却期限を過ぎた資料（延滞資料）がある方は新たな貸出ができません。",
                                     "督促のお電話をする前に、マイページで貸出状況をご確認ください。",
                                     "6月の貸出冊数 12,480冊"]), "pdf", fam, 1)  # fmt: skip
        self.add(DocSpec(title="学校給食費の納付について（お願い）",
                         paragraphs=["給食費は口座振替で毎月27日に引き落とします。",
                                     "残高不足で未納となった場合は、翌月に再振替を行います。未納が続く場合は督促状をお送りします。",
                                     "就学援助を受けている世帯は給食費が援助の対象です。"]), "docx", fam, 1)  # fmt: skip
        rows = [["講座名", "講師", "所属", "連絡先"]]
        for _ in range(6):
            rows.append([rng.choice(["書道", "ヨガ", "郷土史", "パソコン", "陶芸"]), pool.person().name,
                         rng.choice(["町文化協会", "陶芸体験 土の音", "町史編さん室"]), t.office_phone(60)])  # fmt: skip
        self.add(
            DocSpec(sheets=[SheetSpec("講師", rows)]),
            "csv",
            fam,
            1,
            note="lecturers in role with the 公民館's phone → 1",
        )
        # L2
        rows = [["利用者番号", "氏名", "電話", "資料名", "返却期限", "延滞日数"]]
        for _ in range(20):
            p = pool.person()
            rows.append([f"{rng.randint(10000000, 99999999)}", p.name, p.phone,
                         rng.choice(["ぐりとぐら", "町史 第二巻", "はらぺこあおむし", "家庭の医学"]),
                         dt.date(2024, 6, rng.randint(1, 28)), rng.randint(8, 60)])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("延滞", rows, title="延滞資料 督促対象者リスト")]), "xlsx", fam, 2, ["name", "phone"],
                 note="延滞 of library books is not money arrears: name + phone only → 2")  # fmt: skip
        p = pool.person()
        self.add(DocSpec(paragraphs=[pool.postcode(), pool.addr(p), f"{p.name} 様", "",
                                     "返却期限を過ぎた資料のお知らせ（督促）",
                                     "下記の資料の返却期限が過ぎています。お早めにご返却ください。", "資料名 町史 第二巻",
                                     "", f"{t.name}立図書館 電話 {t.office_phone(61)}"]), "docx", fam, 2, ["name", "address"],
                 note="a book 督促 is not money arrears → 2 (name + address)")  # fmt: skip
        rows = [["No", "氏名", "住所", "電話", "年代"]]
        for i in range(16):
            p = pool.person()
            rows.append([str(i + 1), p.name, pool.addr(p, False), p.phone, f"{age_on(p.birth) // 10 * 10}代"])
        self.add(DocSpec(sheets=[SheetSpec("受講者", rows, title="そば打ち入門 受講者名簿")]), "xlsx", fam, 2,
                 ["name", "address", "phone"])  # fmt: skip
        rows = [["講座", "氏名", "電話"]]
        for _ in range(24):
            p = pool.person()
            rows.append([rng.choice(["書道", "ヨガ", "郷土史"]), p.name, p.mobile])
        self.add(DocSpec(sheets=[SheetSpec("受講", rows)]), "csv-cp932", fam, 2, ["name", "phone"])
        rows = [["サークル名", "活動日", "代表者", "代表者連絡先"]]
        for _ in range(9):
            rows.append([rng.choice(["詩吟の会", "ひまわり合唱団", "囲碁クラブ", "太極拳同好会", "郷土料理研究会"]),
                         rng.choice(["第1・3火曜", "毎週木曜", "第2土曜"]), (q := pool.person()).name, q.phone])  # fmt: skip
        self.add(DocSpec(title="公民館 登録サークル 代表者連絡先（館内用）", tables=[rows]), "odt", fam, 2, ["name", "phone"],
                 note="a circle's representative is a private person; their own home phone → 2")  # fmt: skip
        # L3
        rows = [["学校", "学年", "児童生徒氏名", "保護者氏名", "住所", "電話", "未納月", "未納額"]]
        for _ in range(14):
            g, c = pool.person(young=True), pool.person()
            rows.append([rng.choice(["第一小", "第二小", "中学校"]), f"{rng.randint(1, 6)}年", g.name, c.name,
                         pool.addr(c, False), c.phone, rng.choice(["4・5月", "5月", "4～6月"]), rng.choice([4600, 9200, 13800])])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("未納", rows, title="学校給食費 未納者一覧（令和6年6月末）")]), "xlsx", fam, 3,
                 ["name", "address", "phone", "arrears"])  # fmt: skip
        p, child = pool.person(), pool.person(young=True)
        self.add(DocSpec(paragraphs=[pool.postcode(), pool.addr(p), f"{p.name} 様", "", "学校給食費の納付について（督促）",
                                     f"{child.given}さんの学校給食費（4月分～6月分 計13,800円）が未納となっています。",
                                     "7月31日までに納付してください。", "", *self.office("教育委員会 学校教育係", 62)]),
                 "docx", fam, 3, ["name", "address", "arrears"])  # fmt: skip
        rows = [["氏名", "電話", "健康上の配慮"]]
        for i in range(12):
            p = pool.person()
            rows.append(
                [
                    p.name,
                    p.phone,
                    "てんかん発作の既往あり" if i == 4 else ("心臓ペースメーカー" if i == 9 else ""),
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("ヨガ", rows, title="ヨガ講座 受講者（健康状況）")]), "xlsx", fam, 3,
                 ["name", "phone", "health"])  # fmt: skip
        rows = [["利用者番号", "氏名", "住所", "電話番号", "登録日"]]
        for _ in range(140):
            p = pool.person()
            rows.append([str(rng.randint(10000000, 99999999)), p.name, pool.addr(p, False), p.phone,
                         dt.date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)).isoformat()])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("利用者", rows)]), "csv", fam, 3, ["name", "address", "phone"],
                 note="140 library users with name, address and phone → 3 by bulk")  # fmt: skip

    # ============================================================================================
    def tax(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "tax"
        self.add(DocSpec(title="町税の税率一覧",
                         tables=[[["税目", "税率"], ["個人町民税 所得割", "6％"], ["固定資産税", "1.4％"],
                                  ["軽自動車税（四輪乗用・自家用）", "10,800円"], ["原付（50cc以下）", "2,000円"]]]),
                 "pdf", fam, 1)  # fmt: skip
        self.add(DocSpec(title="令和5年度 町税収納状況",
                         paragraphs=["現年課税分の収納率は99.2％、滞納繰越分は24.8％でした。",
                                     "督促状の発送件数は1,240件、差押えは37件です。"],
                         tables=[[["税目", "調定額（千円）", "収納額（千円）", "収納率"],
                                  ["町民税", "812,400", "806,100", "99.2％"], ["固定資産税", "1,024,000", "1,015,300", "99.2％"]]]),
                 "pptx", fam, 1, note="a published report about 滞納 and 督促 with nobody in it → 1")  # fmt: skip
        self.add(DocSpec(title="納税通知書（見本）",
                         paragraphs=["納税義務者 住所 ○○町大字○○1番地", "氏名 納税 花子 様",
                                     "固定資産税 年税額 123,400円 第1期 30,900円", "※この通知書は記入例です。"],
                         header="見本"), "pdf", fam, 1, note="a 見本 with a stock name → 1")  # fmt: skip
        self.add(DocSpec(paragraphs=["軽自動車税 よくある質問", "Q 廃車したのに納税通知書が届きました。",
                                     "A 4月1日現在の所有者に課税されます。4月2日以降の廃車でもその年度は課税されます。",
                                     "Q 督促状が届きました。", "A 納期限までに納付がなかった場合に送付しています。"]),
                 "txt-cp932", fam, 1)  # fmt: skip
        rows = [["標準宅地番号", "所在", "地目", "価格（円/㎡）"]]
        for i in range(15):
            rows.append([f"{i + 1:03d}", f"{rng.choice(t.districts)}字{rng.choice(['前田', '下河原', '向山'])}{rng.randint(1, 900)}番",
                         "宅地", rng.randrange(5000, 60000, 100)])  # fmt: skip
        self.add(
            DocSpec(sheets=[SheetSpec("標準宅地", rows, title="固定資産税 標準宅地の価格（公表）")]),
            "xlsx",
            fam,
            1,
        )
        rows = [
            ["車種", "税率（円）"],
            ["原付 50cc以下", "2000"],
            ["二輪 125cc超250cc以下", "3600"],
            ["四輪 乗用 自家用", "10800"],
            ["四輪 貨物 自家用", "5000"],
        ]
        self.add(DocSpec(sheets=[SheetSpec("税率", rows, title="軽自動車税（種別割）税率表")]), "ods", fam, 1)
        # L2
        rows: list[list[Cell]] = [
            ["納税義務者番号", "氏名", "住所", "所在地番", "地目", "地積", "評価額", "課税標準額"]
        ]
        for _ in range(25):
            p = pool.person()
            val = rng.randrange(300000, 9000000, 100)
            rows.append([f"{rng.randint(100000, 999999)}", p.name, pool.addr(p, False),
                         f"{rng.choice(t.districts)}{rng.randint(1, 900)}番", rng.choice(["宅地", "田", "畑"]),
                         rng.randint(100, 2000), val, val // 6])  # fmt: skip
        self.add(DocSpec(sheets=[SheetSpec("台帳抜粋", rows, title="固定資産課税台帳（抜粋）")]), "xlsx", fam, 2,
                 ["name", "address"])  # fmt: skip
        prow = []
        for _ in range(50):
            p = pool.person()
            prow.append([p.name, pool.addr(p, False), f"{rng.choice(t.districts)}{rng.randint(1, 900)}番",
                         f"{rng.randrange(300000, 9000000, 100):,}"])  # fmt: skip
        self.add(DocSpec(title="課税台帳", paragraphs=["x"]), "pdf", fam, 2, ["name", "address"],
                 post=canvas_pdf("固定資産課税台帳 兼 名寄帳（抜粋）", [("所有者", 14), ("住所", 50), ("所在", 120), ("評価額", 165)],
                                 prow, 30, "税務課 資産税係 2024/04/01"))  # fmt: skip
        p = pool.person()
        self.add(DocSpec(title="令和6年度 固定資産税・都市計画税 納税通知書",
                         paragraphs=[pool.postcode(), pool.addr(p), f"{p.name} 様", "年税額 84,600円（4期）",
                                     "第1期 納期限 令和6年4月30日 21,200円", "口座振替の方は納期限の日に引き落とします。"],
                         footer=f"{t.name}役場 税務課 電話 {t.office_phone(40)}"), "pdf", fam, 2, ["name", "address"])  # fmt: skip
        rows = [["氏名", "住所", "電話", "振替口座", "税目"]]
        for _ in range(20):
            p = pool.person()
            rows.append(
                [
                    p.name,
                    pool.addr(p, False),
                    p.phone,
                    self.bank(),
                    rng.choice(["固定資産税", "軽自動車税", "町県民税"]),
                ]
            )
        self.add(
            DocSpec(sheets=[SheetSpec("口座振替", rows)]),
            "xls",
            fam,
            2,
            ["name", "address", "phone", "bank_account"],
        )
        # L3
        rows = [["納税義務者番号", "氏名", "住所", "評価額"]]
        for _ in range(120):
            p = pool.person()
            rows.append(
                [
                    f"{rng.randint(100000, 999999)}",
                    p.name,
                    pool.addr(p, False),
                    rng.randrange(300000, 9000000, 100),
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("名寄", rows, title="固定資産 課税台帳（全件）")]), "xlsx", fam, 3,
                 ["name", "address"], note="120 owners with name and address → 3 by bulk")  # fmt: skip
        p = pool.person()
        plate = f"{t.name[:2]} {rng.choice('あいうえかきくけこ')} {rng.randint(10, 99)}-{rng.randint(10, 99)}"
        self.add(DocSpec(paragraphs=[pool.postcode(), pool.addr(p), f"{p.name} 様", "", "督 促 状",
                                     f"令和6年度 軽自動車税（種別割）10,800円（標識番号 {plate}）が納期限（5月31日）までに納付されていません。",
                                     "督促手数料 100円 延滞金が加算されることがあります。", "", *self.office("税務課 収納係", 41)],
                         header="親展"), "docx", fam, 3, ["name", "address", "arrears"])  # fmt: skip
        rows = [["通知番号", "氏名", "住所", "電話", "税額", "督促日"]]
        for i in range(22):
            p = pool.person()
            rows.append(
                [
                    f"{i + 1:05d}",
                    p.name,
                    pool.addr(p, False),
                    p.phone,
                    rng.choice([2000, 3900, 7200, 10800]),
                    "2024/06/20",
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("督促", rows)]), "xls", fam, 3, ["name", "address", "phone", "arrears"],
                 note="a 督促 list: each row is a named person's unpaid tax → 3")  # fmt: skip
        pages = []
        for _ in range(4):
            p = pool.person()
            pages.append([pool.postcode(), pool.addr(p), f"■{p.name} 様", "", "■督促状（軽自動車税）",
                          f"税額 {rng.choice(['10,800', '7,200', '3,900'])}円 が未納です。", "7月10日までに納付してください。",
                          f"{t.name}長"])  # fmt: skip
        self.add(DocSpec(title="督促状", paragraphs=["x"]), "pdf", fam, 3, ["name", "address", "arrears"],
                 post=canvas_letters(pages, "督促状 一括印刷 2024/06/20"))  # fmt: skip
        rows = [["氏名", "電話", "滞納税目", "滞納額", "最終接触"]]
        for _ in range(15):
            p = pool.person()
            rows.append(
                [
                    p.name,
                    p.mobile,
                    "軽自動車税",
                    str(rng.choice([10800, 21600, 7200])),
                    f"6/{rng.randint(1, 28)} 電話催告",
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("催告", rows)]), "csv-cp932", fam, 3, ["name", "phone", "arrears"])

    # ============================================================================================
    def chat(self) -> None:
        rng, pool = self.rng, self.pool
        fam = "chat"
        a, b, c = self.staff(), self.staff(), self.staff()
        self.add(DocSpec(paragraphs=["Microsoft Teams チャット 商工観光課", f"[09:02] {a}: 夏まつりのテント、何張り要りますか",
                                     f"[09:05] {b}: 12張りです。消防団に設営お願いしてます", f"[09:06] {a}: 了解、15時に現地集合で",
                                     f"[09:30] {c}: 観光協会の会議は10時からに変更です"]), "txt", fam, 1)  # fmt: skip
        rows = [
            ["timestamp", "user", "text"],
            ["2024-07-01 10:00", a, "補助金の要綱改正、例規審査に回しました"],
            ["2024-07-01 10:04", b, "返還規定の延滞金の率は税と同じでいいですか"],
            ["2024-07-01 10:07", a, "はい、それで"],
        ]
        self.add(
            DocSpec(sheets=[SheetSpec("slack", rows)]),
            "csv",
            fam,
            1,
            note="policy talk about 延滞金, no person → 1",
        )
        self.add(DocSpec(paragraphs=["#kouhou", f"{b} 14:12 広報の校正、3ページの写真差し替えお願いします",
                                     f"{c} 14:15 了解です。100歳の方の記事は名前と地区だけにしました"]), "txt-cp932", fam, 1)  # fmt: skip
        p = pool.person()
        self.add(DocSpec(paragraphs=["Microsoft Teams チャット 広聴", f"[10:11] {a}: 町長への手紙の{p.name}さん、折り返し希望です",
                                     f"[10:12] {b}: 電話番号は？", f"[10:12] {a}: {p.phone} です。午後なら在宅とのこと"]),
                 "txt", fam, 2, ["name", "phone"])  # fmt: skip
        p = pool.person()
        rows = [
            ["timestamp", "user", "text"],
            ["2024-06-12 09:40", b, f"{p.name}さん（はなみずき菓子店）の申請書、自宅住所が抜けてます"],
            ["2024-06-12 09:45", c, f"{pool.addr(p, False)} です。住民票で確認しました"],
        ]
        self.add(DocSpec(sheets=[SheetSpec("slack", rows)]), "csv", fam, 2, ["name", "address"])
        p = pool.person()
        self.add(DocSpec(paragraphs=["#shobo-keibo", f"{a} 08:55 昨夜の火災、居住者は{p.name}さん {pool.addr(p, False)}",
                                     f"{b} 08:58 けが人なし、調査は今日の午後"]), "txt-cp932", fam, 2, ["name", "address"])  # fmt: skip
        p = pool.person(old=True)
        self.add(DocSpec(paragraphs=["Microsoft Teams チャット 警防課", f"[06:20] {a}: 救急 {p.name}さん {age_on(p.birth)}歳 "
                                     f"{pool.addr(p, False)} 自宅で転倒、{rng.choice(INJURIES)}", f"[06:22] {b}: 搬送先は町立病院で"]),
                 "txt", fam, 3, ["name", "address", "health"])  # fmt: skip
        p = pool.person()
        rows = [
            ["timestamp", "user", "text"],
            ["2024-07-03 16:00", c, f"{p.name}さん宅、給食費が3か月未納です。電話 {p.phone}"],
            ["2024-07-03 16:02", a, "学校から連絡してもらいましょう"],
        ]
        self.add(
            DocSpec(sheets=[SheetSpec("slack", rows)]), "csv-cp932", fam, 3, ["name", "phone", "arrears"]
        )
        p = pool.person()
        self.add(DocSpec(paragraphs=["Teams 収納係", f"[13:01] {b}: {p.name}さん（{pool.addr(p, False)}）軽自動車税滞納、差押予告出します",
                                     f"[13:03] {c}: 了解"]), "txt", fam, 3, ["name", "address", "arrears"])  # fmt: skip

    # ============================================================================================
    def numbers(self) -> None:
        rng, t, pool = self.rng, self.town, self.pool
        fam = "numbers"
        rows = [["受付番号", "事業者名", "受付日", "金額"]]
        for _ in range(12):
            rows.append(
                [
                    failing_twelve("2024", rng),
                    "".join(rng.choice(COMPANIES)),
                    "2024/06/03",
                    str(rng.randrange(100000, 500000, 1000)),
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("受付", rows, title="補助金 電子申請 受付一覧")]), "xlsx", fam, 1,
                 note="12-digit 受付番号, all failing the check digit; companies only → 1")  # fmt: skip
        rows = [["物件番号", "所在", "地目"]]
        for _ in range(12):
            rows.append(
                [
                    failing_twelve("0", rng),
                    f"{rng.choice(t.districts)}{rng.randint(1, 900)}番",
                    rng.choice(["宅地", "田"]),
                ]
            )
        self.add(DocSpec(sheets=[SheetSpec("物件", rows)]), "csv", fam, 1,
                 note="12-digit 物件番号 with no owner, all failing the check digit → 1")  # fmt: skip
        stamps = []
        while len(stamps) < 12:
            d = dt.datetime(2024, 6, rng.randint(1, 30), rng.randint(0, 23), rng.randint(0, 59)).strftime(
                "%Y%m%d%H%M"
            )
            if not is_my_number(d):
                stamps.append(d)
        self.add(DocSpec(title="救急出動 事案一覧（統計用）", tables=[[["事案番号", "種別", "程度"]] +
                                                                [[s, rng.choice(["急病", "一般負傷", "交通"]), "軽症"] for s in stamps]]),
                 "pdf", fam, 1, note="YYYYMMDDhhmm 事案番号, all failing the check digit; nobody named → 1")  # fmt: skip
        rows = [["受付番号", "氏名", "電話"]]
        for _ in range(10):
            p = pool.person()
            rows.append([failing_twelve("6", rng), p.name, p.mobile.replace("-", "")])
        self.add(DocSpec(sheets=[SheetSpec("申込", rows)]), "xlsx", fam, 2, ["name", "phone"],
                 note="12-digit 受付番号 all failing the check digit; name + phone → 2")  # fmt: skip
        p = pool.person()
        self.add(DocSpec(paragraphs=[f"講座申込 控 {p.name} 様 電話 {p.phone}", f"受付番号 {failing_twelve('3', rng)}",
                                     "当日は受付番号をお伝えください。"]), "docx", fam, 2, ["name", "phone"],
                 note="12-digit 受付番号 failing the check digit → 2 for name + phone")  # fmt: skip
        # real My Numbers
        rows2: list[list[Cell]] = [["氏名", "住所", "個人番号", "", "", "謝礼額"]]
        for _ in range(6):
            p = pool.person()
            n = make_my_number(rng)
            rows2.append([p.name, pool.addr(p, False), n[:4], n[4:8], n[8:], 10000])
        self.add(DocSpec(sheets=[SheetSpec("講師", [["公民館講座 講師謝礼 支払調書作成用"]]),
                                 SheetSpec("番号", rows2, state="hidden")]), "xlsx", fam, 3,
                 ["name", "address", "my_number"], post=xlsx_post(merges=["C1:E1"], sheet=1))  # fmt: skip
        p = pool.person(young=True)
        self.add(DocSpec(title="消防団員報酬 振込先・個人番号 届出",
                         paragraphs=[f"団員氏名 {p.name}", f"分団 第{rng.randint(1, 5)}分団", f"振込先 {self.bank()}"],
                         textboxes=[f"個人番号 {grouped(make_my_number(rng))}（番号確認済 総務課）"]), "docx", fam, 3,
                 ["name", "my_number", "bank_account"])  # fmt: skip
        p = pool.person()
        self.add(DocSpec(title="固定資産税 納税義務者 照会回答",
                         paragraphs=[f"照会対象者 {p.name} {pool.addr(p, False)}", "上記の者の課税状況を回答します。"],
                         header=f"番号 {make_my_number(rng)}"), "docx", fam, 3, ["name", "address", "my_number"])  # fmt: skip
        p = pool.person()
        self.add(DocSpec(title="講師 個人番号 確認記録",
                         paragraphs=[f"氏名 {p.name}", f"個人番号 {spaced(make_my_number(rng))}", "確認書類 マイナンバーカード"]),
                 "pdf", fam, 3, ["name", "my_number"])  # fmt: skip


def build(rng: random.Random) -> list[Doc]:
    b = Builder(rng)
    for desk in (b.commerce, b.pr, b.council, b.fire, b.education, b.tax, b.chat, b.numbers):
        desk()
    order = list(range(len(b.docs)))
    rng.shuffle(order)
    return [b.docs[i] for i in order]


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam10")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set10", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
