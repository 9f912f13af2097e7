"""Nineteenth red-team set (blind): a ward office's counters, a city's consultation and consumer desks,
its 広聴 and the staff's shared folders, each with its public look-alikes.

``python -m corpus.redteam.set19 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One ward of a designated city is drawn per build. Families: ``madoguchi`` (区役所 市民窓口: 証明書交付簿,
転居届 受付簿, 印鑑登録, 戸籍届出 memos), ``soudan`` (市民相談室: 相談受付票, prose 相談記録, 法律相談 予約表, DV
支援), ``shohi`` (消費生活センター: 架空請求 and 多重債務), ``kouchou`` (広聴: 市長への手紙, replies, published
summaries), ``mail`` (Outlook exports and Teams / LINE WORKS chats) and ``shared`` (handover notes, rosters,
scanned-to-text forms, lists kept far right or on hidden sheets).

Each document's true level follows the default policy's text: 3 for a My Number, health or arrears data
about an identifiable private person, or records of more than 100 persons with name plus address, birth
date or phone; 2 for a private person's name with their address, birth date or phone; 1 for the rest (staff
in extension lists, lawyers and advisers in their role, companies, 記入例 names, anonymised cases).
``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where one is
printed); doubtful files carry a one-line ``note``. ``checks`` on each document records the layout the test
verifies in the written file (pages, spaced digits, hidden sheets, merges, data far right).
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

from corpus.factory.numbers import (
    corporate_number_check_digit,
    is_valid_my_number,
    my_number_check_digit,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import _finish_zip

SEED = 1919
TODAY = dt.date(2024, 6, 17)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, ward, area code, towns); a town ending in "*" takes 番地 lots, the others 丁目 lots
WARDS: list[tuple[str, str, str, str, list[str]]] = [
    ("広島県", "広島市", "安佐南区", "082", ["祇園", "長束", "八木", "緑井", "川内"]),
    ("宮城県", "仙台市", "若林区", "022", ["荒井", "六丁の目南町*", "連坊", "南小泉", "卸町"]),
    ("岡山県", "岡山市", "北区", "086", ["野田", "奉還町", "津島東", "今", "大供"]),
    ("新潟県", "新潟市", "中央区", "025", ["白山浦", "関屋*", "女池", "米山", "紫竹山"]),
    ("熊本県", "熊本市", "東区", "096", ["健軍", "長嶺南", "尾ノ上", "月出", "東町"]),
    ("千葉県", "千葉市", "花見川区", "043", ["幕張町*", "検見川町*", "花園", "瑞穂", "作新台"]),
    ("埼玉県", "さいたま市", "浦和区", "048", ["岸町", "常盤", "高砂", "仲町", "領家"]),
    ("福岡県", "北九州市", "小倉北区", "093", ["片野", "熊本", "三萩野", "中井", "木町"]),
    ("兵庫県", "神戸市", "灘区", "078", ["六甲台町*", "篠原本町", "岩屋北町", "森後町", "水道筋"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("岩崎", "イワサキ"), ("秋山", "アキヤマ"), ("河野", "コウノ"), ("平田", "ヒラタ"), ("久保田", "クボタ"),
    ("松浦", "マツウラ"), ("野口", "ノグチ"), ("桑原", "クワハラ"), ("西村", "ニシムラ"), ("大塚", "オオツカ"),
    ("浅野", "アサノ"), ("土屋", "ツチヤ"), ("三浦", "ミウラ"), ("堀内", "ホリウチ"), ("早川", "ハヤカワ"),
    ("永井", "ナガイ"), ("川口", "カワグチ"), ("安藤", "アンドウ"), ("杉山", "スギヤマ"), ("榎本", "エノモト"),
    ("片山", "カタヤマ"), ("矢野", "ヤノ"), ("石原", "イシハラ"), ("村上", "ムラカミ"), ("福田", "フクダ"),
    ("太田", "オオタ"), ("谷口", "タニグチ"), ("北村", "キタムラ"), ("荒木", "アラキ"), ("関口", "セキグチ"),
    ("小野寺", "オノデラ"), ("千葉", "チバ"), ("佐々木", "ササキ"), ("高田", "タカダ"), ("武田", "タケダ"),
    ("上野", "ウエノ"), ("水野", "ミズノ"), ("服部", "ハットリ"), ("横山", "ヨコヤマ"), ("宮本", "ミヤモト"),
    ("内田", "ウチダ"), ("増田", "マスダ"), ("小山", "コヤマ"), ("菅原", "スガワラ"), ("桜井", "サクライ"),
    ("野村", "ノムラ"), ("松尾", "マツオ"), ("菊池", "キクチ"), ("原田", "ハラダ"), ("市川", "イチカワ"),
    ("古川", "フルカワ"), ("辻", "ツジ"), ("岸本", "キシモト"), ("沢田", "サワダ"), ("本田", "ホンダ"),
    ("吉岡", "ヨシオカ"), ("平井", "ヒライ"), ("浜田", "ハマダ"), ("大野", "オオノ"), ("柴田", "シバタ"),
    ("望月", "モチヅキ"), ("篠原", "シノハラ"), ("戸田", "トダ"), ("成田", "ナリタ"), ("今井", "イマイ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("拓也", "タクヤ"), ("浩二", "コウジ"), ("隆之", "タカユキ"), ("和夫", "カズオ"), ("修", "オサム"),
    ("博", "ヒロシ"), ("直樹", "ナオキ"), ("大輔", "ダイスケ"), ("亮", "リョウ"), ("誠", "マコト"),
    ("哲也", "テツヤ"), ("勝", "マサル"), ("茂", "シゲル"), ("秀樹", "ヒデキ"), ("康弘", "ヤスヒロ"),
    ("陽翔", "ハルト"), ("湊", "ミナト"), ("蓮", "レン"), ("颯太", "ソウタ"), ("悠真", "ユウマ"),
    ("健一", "ケンイチ"), ("達也", "タツヤ"), ("義男", "ヨシオ"), ("光男", "ミツオ"), ("俊介", "シュンスケ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("由美子", "ユミコ"), ("真由美", "マユミ"), ("幸子", "サチコ"), ("和子", "カズコ"), ("陽子", "ヨウコ"),
    ("智子", "トモコ"), ("裕子", "ユウコ"), ("明美", "アケミ"), ("久美子", "クミコ"), ("直美", "ナオミ"),
    ("恵美", "エミ"), ("美咲", "ミサキ"), ("彩", "アヤ"), ("七海", "ナナミ"), ("陽菜", "ヒナ"),
    ("凛", "リン"), ("葵", "アオイ"), ("沙織", "サオリ"), ("麻衣", "マイ"), ("典子", "ノリコ"),
    ("節子", "セツコ"), ("静江", "シズエ"), ("トシ", "トシ"), ("フミ", "フミ"), ("文子", "フミコ"),
]  # fmt: skip
BUILDINGS = [
    "ハイツ緑風",
    "コーポ若葉",
    "レジデンス桜坂",
    "メゾン清水",
    "市営住宅",
    "グランパレス",
    "サンハイム",
]
# companies that sell, lend or collect (consumer-desk cases) and lawyers' offices (in their role)
TRADERS = ["株式会社ライフサポートジャパン", "合同会社エンドレスネット", "株式会社ミライ住設", "有限会社こまち商事",
           "株式会社アーバンクレジット", "株式会社ひまわりファイナンス", "株式会社スマイル通販", "合同会社ブルーオーシャン",
           "株式会社東日本債権回収", "株式会社ゴールド買取センター"]  # fmt: skip
LAW_OFFICES = ["けやき法律事務所", "中央総合法律事務所", "みなと法律事務所", "さくら通り法律事務所"]
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KANJI = "〇一二三四五六七八九"


def fw(s: str) -> str:
    return s.translate(FW)


def kanji_num(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else KANJI[tens]}十{KANJI[ones] if ones else ''}"


def wareki(d: dt.date, style: str = "long") -> str:
    """昭和48年3月2日 (long), S48.3.2 (short), 昭48.3.2 (abbr)."""
    for era, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            if style == "abbr":
                return f"{era[0]}{y}.{d.month}.{d.day}"
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def is_my_number(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and is_valid_my_number(s)


def bad_number(rng: random.Random) -> str:
    """Twelve digits that fail the My Number check digit (receipt and register numbers)."""
    base = "".join(str(rng.randint(0, 9)) for _ in range(11))
    good = my_number_check_digit(base)
    return base + str((good + rng.randint(1, 9)) % 10)


def spaced(n: str, sep: str = " ") -> str:
    return sep.join(n[i : i + 4] for i in range(0, len(n), 4))


def corporate_check_digit(base12: str) -> int:
    return corporate_number_check_digit(base12)


@dataclass
class Person:
    sur: str
    sur_kana: str
    given: str
    given_kana: str
    sex: str
    birth: dt.date
    town: str
    lot: str
    building: str
    ward: tuple[str, str, str, str, list[str]]
    phone: str  # landline, 10 digits
    mobile: str  # 11 digits

    def name(self, sep: str = " ") -> str:
        return f"{self.sur}{sep}{self.given}"

    @property
    def kana(self) -> str:
        return f"{self.sur_kana} {self.given_kana}"

    def addr(self, pref: bool = False, city: bool = True) -> str:
        p, c, w, _, _ = self.ward
        head = (p if pref else "") + (c + w if city else "")
        return f"{head}{self.town}{self.lot}{(' ' + self.building) if self.building else ''}"

    def age(self) -> int:
        return TODAY.year - self.birth.year - ((TODAY.month, TODAY.day) < (self.birth.month, self.birth.day))

    def tel(self) -> str:
        return self.mobile if self.building or self.sex == "F" else self.phone


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None
    checks: dict[str, Any] = field(default_factory=dict)


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ward = rng.choice(WARDS)
        self.pref, self.city, self.wname, self.area, self.towns = self.ward
        self.used: set[str] = set()
        self.docs: list[Doc] = []
        self.office_tel = f"{self.area}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"

    # numbers -------------------------------------------------------------------------------------
    def landline(self) -> str:
        return f"{self.area}-{self.rng.randint(200, 899)}-{self.rng.randint(0, 9999):04d}"

    def mobile(self) -> str:
        return f"{self.rng.choice(['090', '080', '070'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 9999):04d}"

    def ext(self) -> str:
        return str(self.rng.randint(2100, 2899))

    def my_number(self) -> str:
        return random_my_number(self.rng)

    def corp(self) -> str:
        return random_corporate_number(self.rng)

    def day(self, start: dt.date = dt.date(2024, 4, 1), span: int = 75) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, span))

    # people --------------------------------------------------------------------------------------
    def person(self, min_age: int = 20, max_age: int = 88, sex: str | None = None) -> Person:
        rng = self.rng
        while True:
            s = sex or rng.choice("MF")
            sur, sk = rng.choice(SURNAMES)
            given, gk = rng.choice(MALE if s == "M" else FEMALE)
            if sur + given not in self.used:
                self.used.add(sur + given)
                break
        birth = dt.date(TODAY.year - rng.randint(min_age, max_age), rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(self.towns)
        if town.endswith("*"):
            town, lot = (
                town[:-1],
                f"{rng.randint(1, 2999)}番地" + (f"の{rng.randint(1, 9)}" if rng.random() < 0.4 else ""),
            )
        else:
            lot = f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}-{rng.randint(1, 25)}"
        building = (
            f"{rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}号" if rng.random() < 0.3 else ""
        )
        return Person(
            sur, sk, given, gk, s, birth, town, lot, building, self.ward, self.landline(), self.mobile()
        )

    def people(self, n: int, **kw: Any) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]

    def staff(self) -> str:
        sur, _ = self.rng.choice(SURNAMES)
        return sur

    def add(self, family: str, fmt: str, level: int, types: list[str], spec: DocSpec, note: str = "",
            post: Callable[[Path], None] | None = None, **checks: Any) -> None:  # fmt: skip
        self.docs.append(Doc(family, fmt, level, sorted(set(types)), spec, note, post, dict(checks)))


# --- layout helpers (post functions) -------------------------------------------------------------
_FONT = "HeiseiKakuGo-W5"


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))


def canvas_table(title: str, head: list[str], rows: list[list[str]], xs: list[float], per_page: int,
                 header: str = "", footer: str = "", landscape: bool = False) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a canvas-drawn list: columns placed by x positions (mm), page header and
    ``n / N`` footer on every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _font()
        size = land(A4) if landscape else A4
        w, h = size
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=size, invariant=1)
        chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        for n, chunk in enumerate(chunks, start=1):
            if header:
                c.setFont(_FONT, 8)
                c.drawRightString(w - 12 * mm, h - 10 * mm, header)
            c.setFont(_FONT, 13)
            c.drawString(15 * mm, h - 20 * mm, title)
            c.setFont(_FONT, 8)
            y = h - 30 * mm
            for x, text in zip(xs, head, strict=True):
                c.drawString(x * mm, y, text)
            c.line(15 * mm, y - 2, w - 12 * mm, y - 2)
            for row in chunk:
                y -= 6 * mm
                for x, text in zip(xs, row, strict=True):
                    c.drawString(x * mm, y, text)
            c.drawCentredString(w / 2, 9 * mm, f"{footer}  {n} / {len(chunks)}".strip())
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def _wrap(text: str, width: int = 44) -> list[str]:
    """Break prose after 。 or 、 so that no name or number is split over two lines."""
    pieces: list[str] = []
    cur = ""
    for ch in text:
        cur += ch
        if ch in "。、":
            pieces.append(cur)
            cur = ""
    if cur:
        pieces.append(cur)
    lines: list[str] = []
    line = ""
    for p in pieces:
        if line and len(line) + len(p) > width:
            lines.append(line)
            line = ""
        line += p
    if line:
        lines.append(line)
    return lines


def prose_pages(paragraphs: list[str], per_page: int) -> int:
    """How many pages :func:`canvas_prose` draws for these paragraphs."""
    lines = sum(len(_wrap(p)) + 1 for p in paragraphs)
    return -(-lines // per_page)


def canvas_prose(title: str, paragraphs: list[str], per_page: int, header: str = "",
                 footer: str = "") -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as canvas-drawn prose over several pages (header, ``n / N`` footer)."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _font()
        w, h = A4
        lines: list[str] = []
        for p in paragraphs:
            lines += [*_wrap(p), ""]
        chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        for n, chunk in enumerate(chunks, start=1):
            if header:
                c.setFont(_FONT, 8)
                c.drawString(15 * mm, h - 10 * mm, header)
            y = h - 22 * mm
            if n == 1:
                c.setFont(_FONT, 14)
                c.drawString(20 * mm, y, title)
                y -= 10 * mm
            c.setFont(_FONT, 10)
            for line in chunk:
                c.drawString(20 * mm, y, line)
                y -= 6.5 * mm
            c.setFont(_FONT, 8)
            c.drawCentredString(w / 2, 9 * mm, f"{footer}  {n} / {len(chunks)}".strip())
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def merge_xlsx(ranges: list[tuple[str, str]]) -> Callable[[Path], None]:
    """Merge cell ranges (sheet name, "A5:A6") in a written workbook."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for sheet, rng in ranges:
            wb[sheet].merge_cells(rng)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def merge_docx(table: int, cells: list[tuple[int, int, int, int]]) -> Callable[[Path], None]:
    """Merge (row, col) .. (row2, col2) in a Word table of a written document."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        t = d.tables[table]
        for r1, c1, r2, c2 in cells:
            t.cell(r1, c1).merge(t.cell(r2, c2))
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def chain(*posts: Callable[[Path], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        for p in posts:
            p(path)

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: Any) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)


def tel_style(g: Gen, t: str) -> str:
    """A phone number as people type it: hyphens, brackets, full width or bare digits."""
    k = g.rng.randint(0, 4)
    a, b, c = t.split("-")
    return [t, f"{a}({b}){c}", fw(t), a + b + c, t][k]


# --- family: 区役所 市民窓口 --------------------------------------------------------------------------
def madoguchi(g: Gen) -> None:
    rng, F = g.rng, "madoguchi"
    office = f"{g.city}{g.wname}役所 市民課"
    # level 1 -----------------------------------------------------------------------------------
    months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
    kinds = ["住民票の写し", "住民票記載事項証明書", "印鑑登録証明書", "戸籍全部事項証明書", "戸籍の附票", "除籍謄本",
             "身分証明書", "転入届", "転出届", "転居届"]  # fmt: skip
    rows: list[list[Cell]] = [["区分", *months, "合計"]]
    for k in kinds:
        vals = [rng.randint(80, 2600) for _ in months]
        rows.append([k, *vals, sum(vals)])
    g.add(F, "xlsx", 1, [], DocSpec(sheets=[sheet("月報", rows, first_row=3, title=f"令和5年度 {g.wname} 市民課 窓口取扱件数（月報）",
                                                   footer="市民課 庶務係")]), merged=1)  # fmt: skip
    g.add(F, "pdf", 1, [], DocSpec(
        title="転居届 記入例",
        paragraphs=["※ この記入例は見本です。太枠内を記入してください。",
                    f"届出人：区役所 太郎（見本）　新しい住所：{g.city}{g.wname}〇〇町1丁目2-3",
                    "生年月日：昭和〇〇年〇月〇日　電話番号：000-000-0000",
                    "世帯主との続柄は「世帯主」「妻」「子」のように記入します。",
                    "本人確認書類（運転免許証、マイナンバーカード等）をお持ちください。"],
        tables=[[["記入欄", "記入例"], ["氏名", "区役所 太郎"], ["フリガナ", "クヤクショ タロウ"],
                 ["新住所", f"{g.wname}〇〇町1丁目2-3"], ["異動日", "令和6年4月1日"]]],
        footer=office), note="記入例: the filler name 区役所 太郎 and placeholder address and date belong to nobody")  # fmt: skip
    g.add(F, "docx", 1, [], DocSpec(
        title="印鑑登録の手続きについて",
        paragraphs=["印鑑登録は、本市に住民登録のある15歳以上の方が1人1個できます。",
                    "登録できない印鑑：ゴム印、欠けている印鑑、8mm未満・25mm超の印鑑など。",
                    "代理人による申請の場合は、照会書兼回答書を後日ご本人が持参する必要があります。",
                    "印鑑登録証（カード）を紛失した場合は、直ちに亡失届を提出してください。",
                    f"問合せ：{office} 電話 {g.office_tel}（平日 8時30分～17時15分）"],
        header=office), note="")  # fmt: skip
    fee = [["証明書", "手数料（円）", "コンビニ交付", "備考"]] + [[k, rng.choice([200, 300, 350, 450, 750]),
           rng.choice(["可", "不可"]), ""] for k in kinds[:7]]  # fmt: skip
    g.add(F, "csv", 1, [], DocSpec(sheets=[sheet("手数料", fee)]))
    roster: list[list[Cell]] = [["係", "職名", "氏名", "内線", "窓口番号"]]
    for team in ["住民記録係", "住民記録係", "証明係", "証明係", "証明係", "戸籍係", "戸籍係", "庶務係"]:
        roster.append([team, rng.choice(["係長", "主任", "主事", "会計年度任用職員"]), g.person().name(), g.ext(),
                       f"{rng.randint(1, 12)}番"])  # fmt: skip
    g.add(F, "xlsx", 1, [], DocSpec(sheets=[sheet("配置表", roster, first_row=3, title="市民課 窓口配置表（6月）")]),
          note="staff in an extension list with their counter numbers: not private persons", merged=1)  # fmt: skip
    g.add(F, "txt-cp932", 1, [], DocSpec(
        title="【周知】休日・夜間の戸籍届出の受付について",
        paragraphs=["婚姻届、出生届、死亡届は、休日・夜間も区役所守衛室でお預かりします。",
                    "お預かりした届書は翌開庁日に審査します。不備があれば届出人に電話で連絡します。",
                    "出生届の届出期間は14日以内、死亡届は7日以内です。",
                    "※ 守衛室では証明書の交付はできません。"], footer=office))  # fmt: skip
    receipts = [["交付日", "交付番号", "証明書", "枚数", "手数料"]]
    for _ in range(30):
        receipts.append(
            [g.day().strftime("%Y/%m/%d"), bad_number(rng), rng.choice(kinds[:6]), rng.randint(1, 3), 300]
        )
    g.add(F, "xlsx", 1, [], DocSpec(sheets=[sheet("交付控", receipts)]),
          note="12-digit 交付番号 all failing the check digit; no names", failing=30)  # fmt: skip

    # level 2 -----------------------------------------------------------------------------------
    ps = g.people(28)
    rows = [["No.", "交付日", "請求者氏名", "住所", "電話番号", "証明書種別", "通数", "本人確認"]]
    for i, p in enumerate(ps, 1):
        rows.append([i, g.day(), p.name(), p.addr(city=False), tel_style(g, p.tel()), rng.choice(kinds[:6]),
                     rng.randint(1, 3), rng.choice(["免許証", "マイナカード", "保険証+年金手帳", "旅券"])])  # fmt: skip
    g.add(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("6月", rows, first_row=2,
          title="証明書交付簿（第三者・郵送請求分）")]), merged=1)  # fmt: skip
    ps = g.people(24)
    rows = [["受付日", "氏名", "フリガナ", "生年月日", "新住所", "旧住所", "異動日", "世帯数"]]
    for p in ps:
        old = g.person()
        g.used.discard(old.sur + old.given)
        rows.append([g.day(), p.name("　"), p.kana, wareki(p.birth, "short"), p.addr(city=False), old.addr(city=False),
                     g.day(), rng.randint(1, 4)])  # fmt: skip
    g.add(F, "xls", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("転居届受付簿", rows)]))
    # 印鑑登録 records, one person over two rows (name / birth on the first, address on the second)
    ps = g.people(18)
    rows = [["登録番号", "氏名", "生年月日", "登録日", "区分"], ["", "住所", "", "", ""]]
    for p in ps:
        rows.append(
            [f"{rng.randint(100000, 999999)}", p.name(), p.birth.strftime("%Y.%m.%d"), g.day(), "登録"]
        )
        rows.append(["", p.addr(), "", "", ""])
    merges = [("印鑑登録", f"A{4 + 2 * i}:A{5 + 2 * i}") for i in range(len(ps))]
    g.add(F, "xlsx", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("印鑑登録", rows, first_row=2,
          title="印鑑登録原票 補記一覧")]), post=merge_xlsx(merges), merged=len(ps) + 1)  # fmt: skip
    h, w = g.person(sex="M", min_age=24, max_age=40), g.person(sex="F", min_age=22, max_age=38)
    g.add(F, "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="戸籍届出 受付メモ（婚姻届）",
        paragraphs=[f"受付日時：令和6年{rng.randint(4, 6)}月{rng.randint(1, 28)}日 休日受付（守衛室預かり）",
                    "審査の結果、以下の点を届出人に確認する必要あり。"],
        tables=[[["", "夫になる人", "妻になる人"],
                 ["氏名", h.name(), w.name()],
                 ["生年月日", wareki(h.birth), wareki(w.birth)],
                 ["住所", h.addr(), w.addr()],
                 ["本籍", f"{rng.choice(WARDS)[0]}（筆頭者 {h.sur}）", f"{g.city}（筆頭者 {w.sur} {rng.choice(MALE)[0]}）"]]],
        comments=["証人欄の押印なし → 署名のみで受理可（R3改正）"], header="戸籍係 内部メモ"))  # fmt: skip
    ps = g.people(12)
    rows = [["届出日", "登録番号", "氏名", "住所", "連絡先", "亡失理由"]]
    for p in ps:
        rows.append([g.day(), str(rng.randint(10000, 99999)), p.name(), p.addr(city=False), p.tel(),
                     rng.choice(["財布ごと紛失", "盗難（被害届済）", "不明", "引越時に紛失"])])  # fmt: skip
    g.add(F, "ods", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("亡失届", rows)]))
    ps = g.people(40)
    prow = [
        [p.name(), p.addr(city=False), tel_style(g, p.tel()), rng.choice(kinds[:5]), str(rng.randint(1, 3))]
        for p in ps
    ]
    g.add(F, "pdf", 2, ["name", "address", "phone"], DocSpec(title="証明書交付簿"),
          post=canvas_table("証明書交付簿（窓口・5月分）", ["氏名", "住所", "電話", "種別", "通数"], prow,
                            [15, 45, 120, 160, 255], 16, header=office, footer="市民課 証明係", landscape=True),
          pages=3)  # fmt: skip

    # level 3 -----------------------------------------------------------------------------------
    ps = g.people(15)
    rows = [["受付日", "氏名", "生年月日", "新住所", "個人番号", "カード券面更新", "備考"]]
    for i, p in enumerate(ps):
        num = g.my_number()
        rows.append([g.day(), p.name(), wareki(p.birth), p.addr(city=False),
                     spaced(num) if i % 3 == 0 else num, "済", ""])  # fmt: skip
    g.add(F, "xlsx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(sheets=[sheet("転居", rows, first_row=3,
          title="転居届・個人番号カード住所変更 受付簿")]), merged=1)  # fmt: skip
    ps = g.people(130)
    rows = [["交付日", "氏名", "住所", "電話", "種別"]] + [[g.day().strftime("%Y/%m/%d"), p.name(""), p.addr(city=False),
                                                        p.tel(), rng.choice(kinds[:6])] for p in ps]  # fmt: skip
    g.add(F, "csv-cp932", 3, ["name", "address", "phone"], DocSpec(sheets=[sheet("交付簿", rows)]),
          note="130 persons with name, address and phone: bulk (more than 100 records)", bulk=130)  # fmt: skip
    p = g.person()
    num = g.my_number()
    g.add(F, "docx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(
        title="転入届 補正連絡票",
        paragraphs=[f"転入日：令和6年{rng.randint(4, 6)}月{rng.randint(1, 28)}日", f"新住所：{p.addr()}",
                    f"生年月日：{wareki(p.birth)}", "前住所地の転出証明書の記載と個人番号カードの券面が不一致。",
                    "カード継続利用の処理は保留。本人に再来庁を依頼済み。"],
        header=f"個人番号 {spaced(num)}", textboxes=[f"届出人 {p.name()}"]),
        header_number=num, textbox=p.name())  # fmt: skip
    p, agent = g.person(min_age=70), g.person(min_age=40, max_age=60)
    rows = [["項目", "内容"], ["申請者（本人）", p.name()], ["住所", p.addr()], ["生年月日", p.birth.strftime("%Y/%m/%d")],
            ["代理人", f"{agent.name()}（長女）"], ["代理人電話", agent.mobile],
            ["代理申請の理由", f"本人は{rng.choice(['脳梗塞', '大腿骨骨折', '肺炎'])}で入院中のため来庁できない（委任状あり）"],
            ["照会書送付先", "本人住所（入院先への転送は不可と説明）"]]  # fmt: skip
    g.add(F, "xlsx", 3, ["name", "address", "birth_date", "phone", "health"], DocSpec(sheets=[sheet("代理申請", rows,
          first_row=3, title="印鑑登録 代理人申請 経過記録")]), merged=1)  # fmt: skip
    ps = g.people(9)
    prow = [
        [p.name(), wareki(p.birth, "abbr") + "生", " ".join(g.my_number()), p.addr(city=False)] for p in ps
    ]
    g.add(F, "pdf", 3, ["name", "address", "birth_date", "my_number"], DocSpec(title="照会"),
          post=canvas_table("個人番号カード 交付前照会リスト", ["氏名", "生年月日", "個人番号", "住所"], prow,
                            [15, 45, 72, 140], 5, header="取扱注意", footer=office, landscape=True),
          pages=2, spaced_digits=True)  # fmt: skip


# --- family: 市民相談室 -------------------------------------------------------------------------------
def soudan(g: Gen) -> None:
    rng, F = g.rng, "soudan"
    room = f"{g.city} 市民局 市民相談室"
    cats = [
        "相続・遺言",
        "離婚・家族",
        "近隣トラブル",
        "土地・建物",
        "金銭貸借",
        "労働",
        "交通事故",
        "行政への苦情",
        "その他",
    ]
    rows: list[list[Cell]] = [["相談分類", "一般相談", "法律相談", "登記相談", "税務相談", "計"]]
    for c in cats:
        v = [rng.randint(5, 240) for _ in range(4)]
        rows.append([c, *v, sum(v)])
    g.add(
        F,
        "xlsx",
        1,
        [],
        DocSpec(sheets=[sheet("R5", rows, first_row=3, title="令和5年度 市民相談 分類別件数")]),
        merged=1,
    )
    lawyers = [f"{g.person().sur} 弁護士（{o}）" for o in LAW_OFFICES]
    g.add(F, "pdf", 1, [], DocSpec(
        title="無料法律相談のご案内",
        paragraphs=["市内在住の方を対象に、弁護士による無料法律相談（1人30分）を行います。",
                    "予約は相談日の1週間前から電話で受け付けます。",
                    f"予約専用電話：{g.office_tel}（平日9時～16時）",
                    "今月の担当：" + "、".join(lawyers),
                    "※ 相談内容の秘密は守られます。相手方がすでに相談している場合はお受けできません。"], footer=room),
          note="lawyers named in their professional role with their office: not private persons")  # fmt: skip
    g.add(F, "docx", 1, [], DocSpec(
        title="市民相談 受付票",
        paragraphs=["受付日：　　年　　月　　日　　受付者：", "※ 太枠内は相談者が記入してください。"],
        tables=[[["ふりがな", ""], ["氏名", ""], ["住所", ""], ["電話番号", ""], ["相談の内容", ""], ["相手方", ""]]],
        footer=room))  # fmt: skip
    g.add(F, "pptx", 1, [], DocSpec(
        title="市民相談室 令和5年度 実績報告",
        paragraphs=[f"相談件数 {rng.randint(3000, 5000)}件（前年度比 {rng.randint(90, 110)}%）",
                    "法律相談の予約は受付開始日の午前中に埋まる傾向", "近隣トラブル（騒音・樹木の越境）が増加",
                    "多重債務は消費生活センターと連携し、法テラスを案内"],
        tables=[[["分類", "件数"], ["相続", "612"], ["近隣", "488"], ["金銭", "301"]]], notes=["来年度は夜間相談を月2回に拡大予定"]))  # fmt: skip
    rows = [["日", "曜", "担当相談員", "内線", "法律相談担当課員"]]
    for d in range(1, 22):
        rows.append([d, "月火水木金"[d % 5], g.person().name(), g.ext(), g.staff()])
    g.add(F, "csv", 1, [], DocSpec(sheets=[sheet("当番", rows)]),
          note="consultants' duty roster with extension numbers: staff, not private persons")  # fmt: skip
    g.add(F, "txt", 1, [], DocSpec(
        title="相談事例集（職員研修用・匿名化済み）",
        paragraphs=["事例1　Aさん（70代女性）：隣家の樹木の枝が越境している。民法改正により一定の場合は自ら切除できることを説明。",
                    "事例2　Bさん（40代男性）：亡父名義の土地の相続登記をしていない。相続登記の義務化と司法書士会の相談窓口を案内。",
                    "事例3　Cさん（30代女性）：元夫が養育費を支払わない。家庭裁判所の履行勧告と法律相談を案内。",
                    "※ 事例は個人が特定されないよう内容を一部変更しています。"]))  # fmt: skip
    ps = g.people(14)
    rows = [["本日の法律相談 受付順", "時間", "氏名", "担当"]] + [[i, f"{13 + i // 2}:{'30' if i % 2 else '00'}", p.name(),
                                                          lawyers[i % 4]] for i, p in enumerate(ps)]  # fmt: skip
    g.add(F, "xlsx", 1, ["name"], DocSpec(sheets=[sheet("受付順", rows)]),
          note="names of today's visitors with time slots only: no address, birth date or phone, so 1")  # fmt: skip

    # level 2 -----------------------------------------------------------------------------------
    ps = g.people(16)
    rows = [["相談日", "時間", "氏名", "電話番号", "相談概要", "担当弁護士"]]
    for i, p in enumerate(ps):
        rows.append([g.day(), f"{13 + i % 4}:00", p.name(), tel_style(g, p.tel()),
                     rng.choice(["相続（兄弟間で遺産分割協議）", "借地の更新料", "境界確定", "離婚後の面会交流", "交通事故の示談"]),
                     lawyers[i % 4]])  # fmt: skip
    g.add(
        F,
        "xlsx",
        2,
        ["name", "phone"],
        DocSpec(sheets=[sheet("予約表", rows, first_row=2, title="法律相談 予約表（6月）")]),
        merged=1,
    )
    p, other = g.person(), g.person()
    g.add(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="市民相談 受付票",
        paragraphs=[f"受付日：令和6年{rng.randint(4, 6)}月{rng.randint(1, 28)}日　受付者：{g.staff()}"],
        tables=[[["ふりがな", p.kana], ["氏名", p.name()], ["住所", p.addr()], ["電話番号", p.tel()],
                 ["相談の内容", f"隣家（{other.sur}方）の室外機の騒音が夜間も続く。直接の申入れは避けたい。"],
                 ["対応", "公害相談窓口（環境局）を案内"]]], footer=room), post=merge_docx(0, [(5, 0, 5, 1)]))  # fmt: skip
    p = g.person()
    g.add(F, "txt", 2, ["name", "address", "phone"], DocSpec(
        title="相談記録（一般相談）",
        paragraphs=[f"相談者：{p.name()}（{p.addr(city=False)}）電話 {p.tel()}",
                    "相談者は、亡母名義の家屋に弟が無断で住み続けていると訴えた。",
                    "本人は遺産分割協議書を作成していない。同氏には家庭裁判所の調停と法律相談の予約を案内した。",
                    "相談者からの再度の連絡があれば、担当弁護士の空き枠を伝えること。"]),
          note="named once, then 相談者 / 本人 / 同氏: one person's name, address and phone")  # fmt: skip
    p = g.person()
    g.add(F, "odt", 2, ["name", "address", "phone"], DocSpec(
        title="相談受付票（境界）",
        paragraphs=[f"氏名　{p.name('　')}", f"住所　{p.addr()}", f"連絡先　{fw(p.tel())}",
                    "内容　隣地所有者がブロック塀を越境して設置した。測量図の写しを持参。", "対応　土地家屋調査士会の無料相談を案内"],
        header=room))  # fmt: skip
    ps = g.people(10)
    rows = [["予約日", "氏名／電話", "相談種別", "来所"], ["", "（住所）", "", ""]]
    for p in ps:
        rows.append([g.day(), p.name(), rng.choice(["登記", "税務", "法律"]), rng.choice(["○", "×", ""])])
        rows.append(["", f"{p.tel()}／{p.addr(city=False)}", "", ""])
    g.add(F, "xls", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("予約", rows)]),
          note="each person over two rows: name on the first, phone and address on the second")  # fmt: skip
    p = g.person()
    paras = [f"相談者 {p.name()} 様（{p.addr(city=False)}、電話 {p.tel()}）から、借地契約の更新について相談があった。",
             "相談者によれば、地主から更新料として土地価格の一割相当を求められている。契約書には更新料の定めはないという。",
             "本人は昭和の末から同地に居住しており、建物は本人名義である。"] + \
            [f"経過{i}：{t}" for i, t in enumerate(["地主側の代理人から書面が届いたとの連絡。", "法律相談（弁護士）の予約を入れた。",
                                                  "弁護士から、法定更新の考え方について説明を受けたと本人から報告。",
                                                  "地主側との話合いは本人が継続する。相談室としては終結とする。"] * 3, 1)]  # fmt: skip
    g.add(
        F,
        "pdf",
        2,
        ["name", "address", "phone"],
        DocSpec(title="相談記録"),
        post=canvas_prose("相談記録（借地）", paras, 8, header="市民相談室 相談記録", footer=room),
        pages=prose_pages(paras, 8),
    )
    # level 3 -----------------------------------------------------------------------------------
    p = g.person(sex="F", min_age=25, max_age=45)
    g.add(F, "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="DV相談 支援メモ",
        paragraphs=[f"相談者：{p.name()}（{p.age()}歳）　連絡先：{p.mobile}（本人携帯・夫は知らない番号）",
                    f"避難先：{p.addr()}（秘匿。住民票の閲覧制限＝支援措置を申出予定）",
                    "相談者は夫からの暴力で左腕を骨折し、通院中。医師の診断書あり。",
                    "本人は不眠が続き心療内科の受診を勧められている。配偶者暴力相談支援センターと連携。"],
        header="取扱注意（支援措置対象）", comments=["警察署生活安全課に相談済み（受理番号は別紙）"]))  # fmt: skip
    p = g.person()
    g.add(F, "txt-cp932", 3, ["name", "phone", "health"], DocSpec(
        title="相談記録",
        paragraphs=[f"{TODAY.year}/5/{rng.randint(1, 28)} 電話相談　{p.name()}さん　TEL {p.tel()}",
                    "職場の上司から叱責が続き休職中。本人はうつ病と診断され、月2回通院している。",
                    "相談者は傷病手当金の手続を知りたいとのこと。加入している健康保険組合への確認を案内。",
                    "同氏は再度連絡するとのこと。"]),
          note="name and phone, later 本人 / 同氏 with a diagnosis: health of a named person")  # fmt: skip
    ps = g.people(12)
    rows = [["相談日", "氏名", "電話", "相談概要"]]
    for i, p in enumerate(ps):
        topic = (f"家賃を{rng.randint(3, 8)}か月滞納し、管理会社から明渡しを求められている" if i in (2, 7)
                 else rng.choice(["遺留分", "借地の更新料", "境界確定", "離婚", "労災"]))  # fmt: skip
        rows.append([g.day(), p.name(), p.tel(), topic])
    g.add(F, "xlsx", 3, ["name", "phone", "arrears"], DocSpec(sheets=[sheet("予約表", rows)]),
          note="two named bookers' own rent arrears in the summary column")  # fmt: skip
    p = g.person()
    paras = [f"相談者：{p.name()}（{p.addr()}、{p.tel()}）",
             "相談者は、市県民税と国民健康保険税を約2年分滞納しており、先月、預金の差押予告が届いたという。",
             "同氏は自営業（内装業）で、昨年から受注が減っている。"] + \
            [f"{i}回目面談：{t}" for i, t in enumerate(["納税課と分納相談を行うよう助言。同行は不可と説明。",
                                                       "分納誓約の案（月2万円）を一緒に作成。", "本人より分納誓約が成立したと連絡。",
                                                       "督促状が別の税目で届いたとの相談。納税課に確認するよう案内。"] * 3, 1)]  # fmt: skip
    g.add(
        F,
        "pdf",
        3,
        ["name", "address", "phone", "arrears"],
        DocSpec(title="相談記録"),
        post=canvas_prose("相談記録（税の滞納）", paras, 7, header="市民相談室 相談記録", footer=room),
        pages=prose_pages(paras, 7),
    )
    p = g.person(min_age=35, max_age=60)
    g.add(F, "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="市民相談 受付票（労働）",
        tables=[[["ふりがな", p.kana, ""], ["氏名", p.name(), ""], ["住所", p.addr(), ""], ["電話番号", tel_style(g, p.phone), ""],
                 ["相談の内容", "倉庫作業中に腰を痛め、腰椎椎間板ヘルニアで3か月通院。会社が労災申請に協力しない。", ""],
                 ["対応", "労働基準監督署と法律相談を案内", ""]]], footer=room),
          post=merge_docx(0, [(r, 1, r, 2) for r in range(6)]), merged=6)  # fmt: skip


# --- family: 消費生活センター -------------------------------------------------------------------------
def shohi(g: Gen) -> None:
    rng, F = g.rng, "shohi"
    center = f"{g.city}消費生活センター"
    g.add(F, "pdf", 1, [], DocSpec(
        title="こんな請求にご注意！ 架空請求の事例",
        paragraphs=["事例1：Aさん（60代）のスマートフォンに「有料動画の未納料金があります。本日中に連絡を」とSMSが届いた。",
                    "事例2：Bさん（20代）は、身に覚えのない「訴訟最終通知」のはがきを受け取った。",
                    "未納・延滞をかたる請求は無視してください。絶対に連絡しないこと。",
                    f"困ったときは 消費者ホットライン 188（いやや）／{center} {g.office_tel}"], footer=center),
          note="a public leaflet that uses 未納 and 延滞 about anonymous example cases")  # fmt: skip
    rows: list[list[Cell]] = [["商品・役務", "件数", "うち高齢者", "既支払額（千円）"]]
    for k in [
        "架空請求",
        "インターネット通販",
        "定期購入",
        "訪問販売（住宅修理）",
        "貴金属の訪問買取",
        "多重債務",
        "賃貸住宅",
        "光回線",
    ]:
        rows.append([k, rng.randint(20, 400), rng.randint(5, 150), rng.randint(0, 9000)])
    g.add(F, "xlsx", 1, [], DocSpec(sheets=[sheet("統計", rows, first_row=3, title="商品・役務別 相談件数"),
                                            sheet("集計設定", [["年度", "R5"], ["抽出条件", "受付日 2023/04/01-2024/03/31"]],
                                                  state="hidden")]), hidden="集計設定", merged=1)  # fmt: skip
    adv = g.person().name()
    g.add(F, "docx", 1, [], DocSpec(
        title="出前講座「悪質商法に気をつけよう」のご案内",
        paragraphs=["町内会、老人クラブ、学校などに消費生活相談員が出向いて講座を行います。",
                    f"講師：消費生活相談員 {adv}", f"申込み：{center}（電話 {g.office_tel}）"]),
          note="the adviser is named in her role as lecturer")  # fmt: skip
    rows = [["事業者名", "法人番号", "所在地", "電話", "手口"]]
    for t in TRADERS[:7]:
        rows.append([t, g.corp(), f"東京都{rng.choice(['新宿区', '港区', '豊島区'])}{rng.randint(1, 5)}-{rng.randint(1, 20)}",
                     f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}", rng.choice(["架空請求", "送り付け", "強引な訪問買取"])])  # fmt: skip
    g.add(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("注意喚起", rows)]),
          note="companies with 法人番号, addresses and phones: organisations, not persons")  # fmt: skip
    g.add(F, "txt", 1, [], DocSpec(
        title="多重債務の相談窓口",
        paragraphs=["借金の返済が苦しい、督促の電話が止まらない、という方はご相談ください。",
                    f"{center}：{g.office_tel}", "法テラス：0570-078374", f"{g.pref}弁護士会 法律相談センター",
                    "債務整理（任意整理、個人再生、自己破産）のほか、税や家賃の滞納についても関係窓口と連携します。"]))  # fmt: skip
    rows = [["年度", "相談件数", "うち多重債務", "あっせん件数", "あっせん解決率"]]
    for y in range(2019, 2024):
        rows.append(
            [
                f"{y}年度",
                rng.randint(2500, 4200),
                rng.randint(60, 200),
                rng.randint(40, 150),
                f"{rng.randint(80, 95)}%",
            ]
        )
    g.add(F, "ods", 1, [], DocSpec(sheets=[sheet("年報", rows)]))
    # level 2 -----------------------------------------------------------------------------------
    ps = g.people(20, min_age=60)
    rows = [["受付番号", "受付日", "氏名", "年齢", "電話", "住所", "内容"]]
    for p in ps:
        rows.append([f"R6-{rng.randint(100, 999)}", g.day(), p.name(), p.age(), p.tel(), p.addr(city=False),
                     rng.choice(["架空請求SMS", "訴訟最終通知はがき", "サポート詐欺の画面", "当選商法"])])  # fmt: skip
    g.add(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("受付一覧", rows)]))
    p = g.person(min_age=65)
    g.add(F, "docx", 2, ["name", "phone"], DocSpec(
        title="相談カード（架空請求）",
        paragraphs=[f"相談者 {p.name()} 様（{p.age()}歳）　電話 {p.phone}",
                    f"{rng.randint(1, 28)}日、相談者宅に「{TRADERS[8]}」を名乗る者から電話。未払いの利用料があると言われた。",
                    "本人は支払っていない。支払わないよう助言し、着信拒否の方法を説明した。"]),
          note="the caller's unpaid fee is invented by the fraudster: not arrears of the person")  # fmt: skip
    ps = g.people(8)
    rows = [["相談者", "住所", "電話", "相手方事業者", "既払額", "あっせん結果"]]
    for p in ps:
        rows.append(
            [
                p.name(),
                p.addr(),
                p.tel(),
                rng.choice(TRADERS),
                f"{rng.randint(1, 60) * 10000}円",
                rng.choice(["返金", "解約", "不調"]),
            ]
        )
    g.add(F, "csv-cp932", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("あっせん", rows)]))
    p = g.person()
    g.add(F, "pdf", 2, ["name", "address", "phone"], DocSpec(
        title="消費生活相談 受付票",
        tables=[[["受付日", f"令和6年{rng.randint(4, 6)}月{rng.randint(1, 28)}日"], ["氏名", p.name()], ["住所", p.addr()],
                 ["電話", fw(p.tel())], ["契約先", TRADERS[6]], ["内容", "初回500円のはずが定期購入になっていた。解約の方法を案内。"]]],
        footer=center))  # fmt: skip
    ps = g.people(10)
    g.add(F, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("月別", [["月", "件数"], ["4月", 311], ["5月", 287]]),
        sheet("連絡先", [["氏名", "電話", "折返し"]] + [[p.name(), p.tel(), "要"] for p in ps], state="hidden")]),
        note="public monthly counts on the visible sheet, callers' phones on a hidden one", hidden="連絡先")  # fmt: skip
    p = g.person(min_age=70)
    g.add(F, "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="訪問買取 相談メモ",
        paragraphs=[f"相談者：{p.name()}（{wareki(p.birth)}生）", f"住所：{p.addr()}",
                    "貴金属の訪問買取で指輪を安値で売ってしまった。クーリング・オフ期間内のため通知書の書き方を説明。"]))  # fmt: skip
    # level 3 -----------------------------------------------------------------------------------
    p = g.person(min_age=30, max_age=60)
    g.add(F, "docx", 3, ["name", "address", "phone", "arrears"], DocSpec(
        title="多重債務 相談記録",
        paragraphs=[f"相談者：{p.name()}　住所：{p.addr()}　電話：{p.mobile}",
                    "借入先は消費者金融3社とクレジットカード1社、総額約380万円。",
                    f"うち{TRADERS[5]}は3か月延滞し、督促状が届いている。国民健康保険税も滞納あり。",
                    "相談者には法テラスの利用と債務整理を案内。本人が弁護士相談を予約した。"],
        tables=[[["借入先", "残高", "状況"], [TRADERS[4], "1,200,000", "延滞2か月"], [TRADERS[5], "900,000", "延滞3か月"],
                 ["カード会社", "700,000", "約定どおり"]]]))  # fmt: skip
    ps = g.people(11)
    rows = [["氏名", "電話", "借入件数", "総額（万円）", "延滞・督促", "案内先"]]
    for p in ps:
        rows.append([p.name(), p.tel(), rng.randint(2, 7), rng.randint(80, 900), rng.choice(["延滞あり", "督促状受領", "なし", "延滞あり"]),
                     rng.choice(["法テラス", "弁護士会", "司法書士会"])])  # fmt: skip
    g.add(
        F,
        "xlsx",
        3,
        ["name", "phone", "arrears"],
        DocSpec(sheets=[sheet("多重債務", rows, first_row=2, title="多重債務相談 一覧（R6）")]),
        merged=1,
    )
    p, son = g.person(min_age=78), g.person(min_age=40, max_age=55)
    g.add(F, "txt", 3, ["name", "address", "phone", "health"], DocSpec(
        title="相談記録（見守り）",
        paragraphs=[f"相談者：{son.name()}（長男）{son.mobile}",
                    f"契約者：{p.name()}（{p.addr()}）",
                    "契約者は認知症（要介護2）で、訪問販売で布団を3組購入していた。",
                    "本人に判断能力の低下がみられるため、地域包括支援センターと情報共有。成年後見制度を紹介した。"]))  # fmt: skip
    p = g.person()
    paras = [f"面談者：{p.name()}　生年月日：{wareki(p.birth)}　電話：{p.tel()}",
             "本人は市営住宅の家賃を5か月滞納し、住宅管理課から督促を受けている。",
             "ほかに携帯電話料金の未納、カードローンの延滞がある。"] + \
            [f"面談{i}：{t}" for i, t in enumerate(["家計表を作成。月収は約14万円。", "自己破産を視野に法テラスへ。",
                                                  "住宅管理課と家賃の分納を相談。", "法テラスの援助決定を確認。"] * 2, 1)]  # fmt: skip
    g.add(
        F,
        "pdf",
        3,
        ["name", "birth_date", "phone", "arrears"],
        DocSpec(title="面談記録"),
        post=canvas_prose("多重債務 面談記録", paras, 8, header="消費生活センター", footer=center),
        pages=prose_pages(paras, 8),
    )
    ps = g.people(120)
    rows = [["受付日", "氏名", "電話番号", "住所", "分類"]] + [[g.day(dt.date(2023, 4, 1), 360).strftime("%Y-%m-%d"), p.name(),
                                                             p.tel(), p.addr(city=False), rng.choice(["架空請求", "通販", "訪問販売"])] for p in ps]  # fmt: skip
    g.add(F, "csv", 3, ["name", "address", "phone"], DocSpec(sheets=[sheet("R5受付", rows)]),
          note="120 consulters with name, phone and address: bulk (more than 100 records)", bulk=120)  # fmt: skip
    ps = g.people(6)
    rows = [["相談者", "借入・督促の状況"], ["（電話）", ""]]
    for p in ps:
        rows += [
            [p.name(), f"{rng.choice(TRADERS[4:6])}から督促状。返済が{rng.randint(2, 6)}か月遅れている"],
            [p.tel(), ""],
        ]
    g.add(F, "xlsx", 3, ["name", "phone", "arrears"], DocSpec(sheets=[sheet("継続", rows, first_row=2, title="継続相談（多重債務）")]),
          post=merge_xlsx([("継続", f"B{4 + 2 * i}:B{5 + 2 * i}") for i in range(len(ps))]), merged=len(ps) + 1,
          note="each consulter over two rows (name, then phone); overdue loan repayments are arrears")  # fmt: skip


# --- family: 広聴 --------------------------------------------------------------------------------------
def kouchou(g: Gen) -> None:
    rng, F = g.rng, "kouchou"
    sect = f"{g.city} 市民局 広聴課"
    topics = [
        "公園の遊具が古い",
        "バス路線の減便",
        "ごみ収集日の変更",
        "区役所の待ち時間",
        "道路の街灯",
        "子育て支援の拡充",
        "図書館の開館時間",
    ]
    g.add(F, "pdf", 1, [], DocSpec(
        title="令和5年度 市長への手紙 公表（要旨）",
        paragraphs=[f"受付件数 {rng.randint(800, 1500)}件。主な意見と市の考え方を掲載します（個人が特定される情報は掲載していません）。"],
        tables=[[["分類", "意見の要旨", "市の考え方"]] + [[rng.choice(["都市整備", "市民生活", "子ども"]), t,
                  "所管課で検討します"] for t in topics]], footer=sect))  # fmt: skip
    g.add(F, "docx", 1, [], DocSpec(
        title="市長への手紙 回答（公表用）",
        paragraphs=["いただいたご意見（要旨）：区役所の窓口の待ち時間が長く、2時間待った。",
                    "回答：ご不便をおかけし申し訳ありません。4月から予約制を導入し、混雑状況をホームページで公開しています。",
                    f"担当：{g.wname}役所 市民課"]))  # fmt: skip
    rows: list[list[Cell]] = [["担当局", "手紙", "メール", "電話", "計"]]
    for k in ["市民局", "健康福祉局", "都市整備局", "環境局", "教育委員会", "区役所"]:
        v = [rng.randint(10, 300) for _ in range(3)]
        rows.append([k, *v, sum(v)])
    g.add(
        F,
        "xlsx",
        1,
        [],
        DocSpec(sheets=[sheet("局別", rows, first_row=3, title="広聴 受付件数（局別）")]),
        merged=1,
    )
    g.add(F, "txt", 1, [], DocSpec(
        title="「市長への手紙」投稿フォーム 記入例",
        paragraphs=["お名前：広聴 花子（記入例）", "ご住所：○○区○○町1-2-3", "電話番号：000-0000-0000",
                    "件名：公園のトイレについて", "本文：〇〇公園のトイレが夜間施錠されていて使えません。",
                    "※ 匿名のご意見には回答できません。"]),
          note="記入例 with a filler name and placeholders")  # fmt: skip
    g.add(F, "pptx", 1, [], DocSpec(
        title="広聴制度の概要（新任職員研修）",
        paragraphs=["市長への手紙・メール・電話で意見を受け付け", "回答期限：受付から30日以内",
                    "回答文には住所・氏名を記載するが、公表版からは削除", "個人情報は広聴システムで管理（印刷禁止）"]))  # fmt: skip
    rows = [["受付番号", "分類", "要旨", "担当課", "回答"]]
    for t in topics:
        rows.append(
            [
                f"K{rng.randint(1000, 9999)}",
                rng.choice(["要望", "提言", "苦情"]),
                t,
                rng.choice(["公園課", "交通政策課", "市民課"]),
                "済",
            ]
        )
    g.add(F, "csv", 1, [], DocSpec(sheets=[sheet("公表", rows)]))
    # level 2 -----------------------------------------------------------------------------------
    p = g.person()
    g.add(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="市長への手紙",
        paragraphs=[f"{g.city}長 様", "近所の交差点に信号機をつけてほしいです。通学路なのに車がスピードを出して危険です。",
                    "どうかよろしくお願いします。", f"{p.addr()}", f"{p.name()}", f"電話 {p.tel()}"]),
          note="the writer's own name, address and phone at the foot of the letter")  # fmt: skip
    ps = g.people(40)
    rows = [["受付番号", "受付日", "氏名", "住所", "電話", "要旨"]]
    for p in ps:
        rows.append(
            [
                f"K{rng.randint(1000, 9999)}",
                g.day(),
                p.name(),
                p.addr(city=False),
                p.tel(),
                rng.choice(topics),
            ]
        )
    g.add(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("受付簿", rows)]))
    p = g.person()
    g.add(F, "txt", 2, ["name", "address"], DocSpec(
        paragraphs=[f"〒{rng.randint(700, 999)}-{rng.randint(1000, 9999)}", p.addr(pref=True), f"{p.name()} 様", "",
                    "市長への手紙への回答", "このたびは貴重なご意見をいただきありがとうございました。",
                    f"ご指摘の{rng.choice(topics)}については、所管課で現地を確認しました。", f"{g.city}長"]))  # fmt: skip
    p = g.person()
    g.add(F, "odt", 2, ["name", "address", "phone"], DocSpec(
        title="はがき転記（市長への手紙）",
        paragraphs=[f"差出人：{p.name()}　{fw(p.addr(city=False))}　{p.tel()}",
                    "本文：区役所の駐車場が狭く、雨の日はベビーカーを降ろすのが大変です。屋根をつけてください。"]))  # fmt: skip
    ps = g.people(30)
    prow = [
        [f"K{rng.randint(1000, 9999)}", p.name(), p.addr(city=False), p.tel(), rng.choice(topics)] for p in ps
    ]
    g.add(F, "pdf", 2, ["name", "address", "phone"], DocSpec(title="受付簿"),
          post=canvas_table("市長への手紙 受付簿（5月）", ["受付番号", "氏名", "住所", "電話", "要旨"], prow,
                            [15, 40, 75, 160, 200], 16, header=sect, footer="広聴課", landscape=True), pages=2)  # fmt: skip
    # level 3 -----------------------------------------------------------------------------------
    p = g.person()
    g.add(F, "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="市長への手紙",
        paragraphs=["市長さま", f"私は{rng.choice(['パーキンソン病', '筋ジストロフィー', '多発性硬化症'])}で身体障害者手帳1級を持っています。",
                    "区役所の2階の窓口にはエレベーターから遠く、毎回とても苦労しています。", "1階に窓口を移してください。",
                    f"{p.addr()}　{p.name()}　{p.tel()}"]))  # fmt: skip
    ps = g.people(110)
    hidden = [["受付番号", "氏名", "住所", "電話"]] + [
        [f"K{rng.randint(1000, 9999)}", p.name(), p.addr(city=False), p.tel()] for p in ps
    ]
    g.add(F, "xlsx", 3, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("集計", [["分類", "件数"], ["要望", 61], ["苦情", 33], ["提言", 16]]),
        sheet("個人情報", hidden, state="hidden")]),
        note="110 writers with name, address and phone on a hidden sheet: bulk", hidden="個人情報", bulk=110)  # fmt: skip
    p = g.person()
    g.add(F, "txt", 3, ["name", "address", "phone", "arrears"], DocSpec(
        title="市長へのメール（転記）",
        paragraphs=[f"氏名：{p.name()}", f"住所：{p.addr()}", f"電話：{p.tel()}",
                    "件名：督促状について",
                    "私は固定資産税を昨年から滞納しています。分割で払うつもりなのに督促状が何度も届き、延滞金が増えていきます。",
                    "納税課の対応がきついので改善してください。"]),
          note="the writer's own tax arrears, written by the writer: arrears of a named person")  # fmt: skip
    ps = g.people(14)
    rows = [["受付日", "氏名", "住所", "電話", "要旨", "配慮事項"]]
    for i, p in enumerate(ps):
        rows.append([g.day().strftime("%Y/%m/%d"), p.name(), p.addr(city=False), p.tel(), rng.choice(topics),
                     "聴覚障害（FAXで回答）" if i in (3, 9) else ""])  # fmt: skip
    g.add(F, "xls", 3, ["name", "address", "phone", "health"], DocSpec(sheets=[sheet("受付簿", rows)]),
          note="a 配慮事項 column names two writers' hearing impairment")  # fmt: skip
    p = g.person()
    paras = [f"差出人：{p.addr()}　{p.name()}（{p.age()}歳）",
             "私は生活保護を受けながら一人で暮らしています。糖尿病の合併症で週3回人工透析に通っています。",
             "通院に使っていたバスが4月から減便され、帰りのバスまで1時間以上待たなければなりません。"] + \
            [f"（{i}）" + t for i, t in enumerate(["通院の時間帯だけでも増便してください。", "病院の前にベンチと屋根をつけてください。",
                                                  "福祉タクシー券の枚数を増やしてください。", "返事は手紙でお願いします。"] * 3, 1)]  # fmt: skip
    g.add(F, "pdf", 3, ["name", "address", "health"], DocSpec(title="手紙"),
          post=canvas_prose("市長への手紙（転記）", paras, 7, header="広聴課 受付", footer=sect), pages=prose_pages(paras, 7),
          note="welfare alone would be 2; the writer's own dialysis makes it health")  # fmt: skip
    ps = g.people(6)
    rows = [["受付", "氏名", "電話", "要旨"]] + [
        [f"{rng.randint(9, 16)}:{rng.randint(10, 59)}", p.name(), p.tel(), rng.choice(topics)] for p in ps
    ]
    g.add(F, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("電話受付", rows)]))


# --- family: mail and chat exports -------------------------------------------------------------------
def _mail(g: Gen, frm: str, to: str, subject: str, body: list[str], quoted: list[str] | None = None,
          sent: str = "") -> list[str]:  # fmt: skip
    dom = "city.example.lg.jp"
    box = g.rng.choice(["shimin", "soudan", "kocho", "shohi"])
    when = sent or f"2024年5月{g.rng.randint(1, 31)}日 {g.rng.randint(8, 17)}:{g.rng.randint(10, 59)}"
    lines = [
        f"From: {frm} <{box}-{g.rng.randint(10, 99)}@{dom}>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: {subject}",
        "",
        *body,
    ]
    if quoted:
        lines += ["", "-----Original Message-----"] + [f"> {q}" for q in quoted]
    return lines


def mail(g: Gen) -> None:
    rng, F = g.rng, "mail"
    sig = ["――――――――", f"{g.wname}役所 市民課 {g.staff()}", f"内線 {g.ext()} / 直通 {g.office_tel}"]
    g.add(F, "txt", 1, [], DocSpec(paragraphs=_mail(g, f"{g.staff()} 係長", "市民課 全員", "6月の係会議について",
          ["各位", "6月20日（木）17時30分から第3会議室で係会議を行います。", "議題：繁忙期の振り返り、窓口予約制の運用", *sig])))  # fmt: skip
    chat = [f"[2024/05/{rng.randint(1, 28)} 9:0{i}] {g.staff()}: {t}" for i, t in enumerate([
        "おはようございます。今日も発券機60番待ちです", "証明係から2名応援に出せます", "助かります！10時まで5番窓口お願いします",
        "マイナカード交付の予約枠、午後は満席です", "了解です"])]  # fmt: skip
    g.add(F, "txt", 1, [], DocSpec(title="Teams チャット エクスポート（市民課 窓口）", paragraphs=chat))
    g.add(F, "txt", 1, [], DocSpec(paragraphs=_mail(g, f"{g.staff()}", "広聴課", "RE: 市長への手紙 件数報告",
          ["お疲れさまです。5月分の件数を送ります。手紙12件、メール41件、電話7件。個人名は含めていません。", *sig],
          ["5月分の件数を今週中にお願いします。"])))  # fmt: skip
    lw = [f"{g.staff()} {rng.randint(8, 17)}:{rng.randint(10, 59)}　{t}" for t in [
        "【お知らせ】今夜22時から住基システムのメンテナンスです", "コンビニ交付も停止します", "明朝8時に再開予定", "承知しました"]]  # fmt: skip
    g.add(F, "txt-cp932", 1, [], DocSpec(title="LINE WORKS トーク履歴：市民課連絡", paragraphs=lw))
    lec = g.person()
    g.add(F, "docx", 1, [], DocSpec(
        title="メール印刷：接遇研修の講師について",
        paragraphs=_mail(g, g.staff(), "人事課 研修係", "接遇研修の講師について",
                         [f"講師は{LAW_OFFICES[1]}の{lec.name()}弁護士にお願いしました。", "テーマ：窓口での不当要求への対応", *sig])),
          note="a lawyer named in her professional role")  # fmt: skip
    g.add(F, "txt", 1, [], DocSpec(paragraphs=_mail(g, g.staff(), "市民課 証明係", "記入例の差替え",
          ["転居届の記入例の見本氏名を「区役所 太郎」から「市民 一郎」に変更しました。", "住所欄は「〇〇町1-2-3」のままです。", *sig])),
          note="記入例 filler names only")  # fmt: skip
    # level 2 -----------------------------------------------------------------------------------
    p = g.person()
    g.add(F, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=_mail(g, g.staff(), "住民記録係", "RE: 転居届の確認",
          ["了解です。本人に折り返して、方書の有無を確認します。", *sig],
          [f"本日受付の転居届（{p.name()}様）、新住所が「{p.addr(city=False)}」となっていますが、", "建物名の記載がありません。",
           f"届出人の連絡先は {p.tel()} です。"])), note="the resident's data only in the quoted message")  # fmt: skip
    p = g.person()
    chat = [f"[5/{rng.randint(1, 28)} 14:1{i}] {g.staff()}: {t}" for i, t in enumerate([
        f"さっき来た{p.sur}様（{p.name('')}さん）、折り返し希望です", f"携帯 {p.mobile}", "住民票の郵送請求の件です",
        "了解、15時以降に電話します"])]  # fmt: skip
    g.add(F, "txt", 2, ["name", "phone"], DocSpec(title="Teams チャット（証明係）", paragraphs=chat))
    p = g.person()
    g.add(F, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=_mail(g, g.staff(), "市民相談室", "法律相談 予約変更",
          [f"6/{rng.randint(1, 28)}の法律相談、{p.name()}さん（{p.tel()}）から14時→15時に変更の電話がありました。", "予約表を直しておきます。", *sig])))  # fmt: skip
    p = g.person()
    g.add(F, "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="メール印刷",
        paragraphs=_mail(g, g.staff(), "戸籍係", "FW: 出生届の記載事項",
                         ["転送します。ご確認ください。", *sig],
                         [f"届出人：{p.name()}（{wareki(p.birth)}生）", f"住所：{p.addr()}", "子の名の漢字が人名用漢字か確認中です。"])))  # fmt: skip
    p = g.person()
    lw = [f"{g.staff()} 10:{rng.randint(10, 59)}　{t}" for t in [
        f"郵送請求の{p.name()}さん、返信用封筒の住所が {fw(p.addr(pref=True))} で住民票と違います",
        "本人に確認しました。旧住所でした", "住民票上の住所に送付でOKです"]]  # fmt: skip
    g.add(F, "txt", 2, ["name", "address"], DocSpec(title="LINE WORKS トーク履歴：証明係", paragraphs=lw))
    # level 3 -----------------------------------------------------------------------------------
    p = g.person(sex="F", min_age=25, max_age=50)
    g.add(F, "txt", 3, ["name", "address", "health"], DocSpec(paragraphs=_mail(g, g.staff(), "住民記録係 各位", "【取扱注意】支援措置の申出",
          [f"{p.name()}さん（{p.addr(city=False)}）から DV 支援措置の申出がありました。", "警察の意見書に加え、本人は頭部打撲で通院しており診断書の写しが添付されています。", "住民票の写し等の交付制限をシステムに登録してください。", *sig])))  # fmt: skip
    p = g.person()
    chat = [f"[6/{rng.randint(1, 14)} 11:{10 + i}] {g.staff()}: {t}" for i, t in enumerate([
        f"消費生活センターから {p.name()} さん（{p.tel()}）の件で連絡ありました", "多重債務で、市民税も2年滞納しているそうです",
        "納税課の分納相談につなぐ方向で", "了解です"])]  # fmt: skip
    g.add(
        F, "txt", 3, ["name", "phone", "arrears"], DocSpec(title="Teams チャット（相談室）", paragraphs=chat)
    )
    p = g.person()
    num = g.my_number()
    g.add(F, "txt", 3, ["name", "birth_date", "my_number"], DocSpec(paragraphs=_mail(g, g.staff(), "市民課 住民記録係", "RE: 番号確認のお願い",
          ["確認しました。番号は一致しています。", *sig],
          [f"{p.name()}（{p.birth.strftime('%Y年%m月%d日')}生）の個人番号", f"{fw(spaced(num, '　'))}", "で相違ないか確認お願いします。"])),
          note="the My Number written in full-width digits with full-width spaces, inside the quoted message")  # fmt: skip
    p, daughter = g.person(min_age=80), g.person(min_age=45, max_age=58)
    g.add(F, "txt-cp932", 3, ["name", "address", "health"], DocSpec(paragraphs=_mail(g, g.staff(), "地域包括支援センター", "成年後見の相談",
          [f"市民相談室に{daughter.name()}さんから相談がありました。", f"お母様の{p.name()}さん（{p.addr()}）が認知症で、", "施設入所の契約ができないとのこと。成年後見（市長申立て）を検討いただけますか。", *sig])))  # fmt: skip
    p = g.person()
    g.add(F, "txt", 3, ["name", "address", "phone", "arrears"], DocSpec(paragraphs=[
        "Return-Path: <noreply@form.city.example.lg.jp>", "Content-Type: text/plain; charset=UTF-8",
        *_mail(g, "市民の声フォーム", "広聴課", "【市民の声】国保料の延滞金について",
               ["送信者：" + p.name(), "住所：" + p.addr(city=False), "電話：" + p.tel(),
                "本文：国民健康保険料を半年滞納していたら延滞金がついた。失業していたのだから免除してほしい。"])]),
          note="a web-form submission forwarded as mail: the sender's own arrears")  # fmt: skip
    p = g.person()
    lw = [f"{g.staff()} {h}　{t}" for h, t in zip(["10:02", "10:03", "10:05", "10:31"], [
        f"3番窓口で来庁者が倒れました。{p.name()}さん、{wareki(p.birth, 'abbr')}生（住民票で確認）",
        "てんかんの持病があるとご本人のカードに記載あり。救急車要請済み", "119番通報、搬送先は市民病院",
        "ご家族に連絡つきました"], strict=True)]  # fmt: skip
    g.add(
        F,
        "txt",
        3,
        ["name", "birth_date", "health"],
        DocSpec(title="LINE WORKS トーク履歴：市民課 緊急", paragraphs=lw),
    )
    p = g.person()
    g.add(F, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=_mail(g, g.staff(), "証明係", "RE: 住民票の郵送先",
          ["住民票上の住所に送付でよいとのことです。", *sig],
          [f"{p.name()} 様", f"ご住所：{p.addr(pref=True)}", f"お電話：{p.tel()}", "返信用封筒の宛先をご確認ください。"])))  # fmt: skip


# --- family: staff shared folders ------------------------------------------------------------------------
def shared(g: Gen) -> None:
    rng, F = g.rng, "shared"
    rows: list[list[Cell]] = [["課・係", "職名", "氏名", "内線", "FAX"]]
    for team in [
        "市民課 庶務係",
        "市民課 住民記録係",
        "市民課 証明係",
        "市民課 戸籍係",
        "市民相談室",
        "消費生活センター",
        "広聴課",
    ]:
        for _ in range(2):
            rows.append(
                [team, rng.choice(["課長", "係長", "主査", "主事"]), g.person().name(), g.ext(), g.office_tel]
            )
    g.add(F, "xlsx", 1, [], DocSpec(sheets=[sheet("内線", rows, first_row=3, title="内線番号表（令和6年4月1日現在）")]),
          note="staff extension list: not private persons", merged=1)  # fmt: skip
    g.add(F, "docx", 1, [], DocSpec(
        title="引継書（証明係 郵送請求担当）",
        paragraphs=["1 郵送請求の処理手順", "（1）開封後、請求書・本人確認書類の写し・定額小為替・返信用封筒の有無を確認する。",
                    "（2）第三者請求は請求理由を確認し、疎明資料がない場合は返戻する。",
                    "2 未処理分は「郵送請求_処理中」フォルダの一覧を参照のこと。", "3 小為替の受払簿は毎日締めること。"],
        header="市民課 証明係"))  # fmt: skip
    g.add(F, "txt", 1, [], DocSpec(
        title="OCR結果：住民異動届（様式）",
        paragraphs=["住 民 異 動 届", "届出日 令和 年 月 日", "届出人 氏名 __________ 電話 ( ) -", "新住所 __________",
                    "旧住所 __________", "異動者 氏名 / 生年月日 / 性別 / 続柄", "1. ______ / 明・大・昭・平・令 年 月 日 / 男・女 /",
                    "※ OCRの読取精度は約92%です。"]))  # fmt: skip
    man = [f"第{i}章 " + t for i, t in enumerate(["窓口の基本", "本人確認", "代理人・使者", "第三者請求", "職務上請求",
                                                   "DV等支援措置対象者の取扱い", "苦情・不当要求への対応"] * 2, 1)]  # fmt: skip
    paras = [m + "。該当する事務は、要領に従って処理し、判断に迷う場合は係長に相談する。" for m in man]
    g.add(F, "pdf", 1, [], DocSpec(title="窓口マニュアル"),
          post=canvas_prose("市民課 窓口事務マニュアル", paras, 12, header="市民課", footer="内部資料"), pages=prose_pages(paras, 12))  # fmt: skip
    rows = [["研修名", "所属", "氏名", "受講日"]] + [[rng.choice(["個人情報保護研修", "接遇研修"]), rng.choice(["市民課", "広聴課"]),
                                                g.person().name(), "2024/05/2" + str(rng.randint(0, 9))] for _ in range(15)]  # fmt: skip
    g.add(
        F,
        "ods",
        1,
        [],
        DocSpec(sheets=[sheet("受講者", rows)]),
        note="staff training attendance: staff names only",
    )
    rows = [["文書番号", "件名", "保存年限"]] + [
        [bad_number(rng), rng.choice(["交付簿", "受付簿", "統計"]), "5年"] for _ in range(20)
    ]
    g.add(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("文書目録", rows)]),
          note="12-digit 文書番号 all failing the check digit; no persons", failing=20)  # fmt: skip
    # level 2 -----------------------------------------------------------------------------------
    ps = g.people(4)
    g.add(F, "docx", 2, ["name", "phone", "address"], DocSpec(
        title="引継書（異動に伴う）",
        paragraphs=["未完了の案件は以下のとおり。"] + [f"・{p.name()}さん（{p.tel()}、{p.addr(city=False)}）：{t}" for p, t in zip(ps, [
            "転出証明書の再発行待ち", "郵送請求の返戻に対する再請求待ち", "印鑑登録の照会書の回答待ち", "住所の方書の確認"], strict=True)]))  # fmt: skip
    p = g.person()
    b = p.birth
    g.add(F, "txt", 2, ["name", "address", "birth_date"], DocSpec(
        title="OCR結果：転居届（スキャン 2024-05-13）",
        paragraphs=["転 居 届", f"氏 名 {' '.join(p.name(''))}", f"生年月日 {b.year} 年 {b.month} 月 {b.day} 日",
                    f"新住所 {p.addr(city=False)}", "旧住所 （判読不能）"]),
          note="OCR text with the name spaced out letter by letter")  # fmt: skip
    ps = g.people(9)
    far = [[None] * 28 + ["来庁日", "氏名", "電話", "用件"]] + [
        [None] * 28 + [g.day(), p.name(), p.tel(), rng.choice(["再来庁", "書類不足"])] for p in ps
    ]
    g.add(
        F,
        "xlsx",
        2,
        ["name", "phone"],
        DocSpec(sheets=[sheet("メモ", [["窓口メモ（右側に記録）"], *far])]),
        far_right=29,
    )
    ps = g.people(12)
    rows = [["日時", "氏名", "電話", "折返し内容", "担当"]] + [[f"5/{rng.randint(1, 28)} {rng.randint(9, 16)}時", p.name(), p.tel(),
                                                            rng.choice(["証明書の通数", "郵送料", "必要書類"]), g.staff()] for p in ps]  # fmt: skip
    g.add(F, "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("折返し", rows)]))
    ps = g.people(8)
    rows = [["氏名", "区分"], ["連絡先", ""]]
    for p in ps:
        rows += [[p.name(), rng.choice(["相談", "苦情"])], [f"{p.tel()}　{p.addr(city=False)}", ""]]
    g.add(F, "xlsx", 2, ["name", "phone", "address"], DocSpec(sheets=[sheet("連絡先", rows)]),
          post=merge_xlsx([("連絡先", f"B{3 + 2 * i}:B{4 + 2 * i}") for i in range(len(ps))]), merged=len(ps),
          note="each person over two rows: name, then phone and address")  # fmt: skip
    ps = g.people(6)
    g.add(F, "pptx", 2, ["name", "phone"], DocSpec(
        title="係内ミーティング資料（苦情対応の共有）",
        paragraphs=["今月の継続案件"],
        tables=[[["申出者", "電話", "内容"]] + [[p.name(), p.tel(), rng.choice(["待ち時間", "職員の言葉遣い", "駐車場"])] for p in ps]]))  # fmt: skip
    # level 3 -----------------------------------------------------------------------------------
    p = g.person()
    g.add(F, "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="引継書（継続案件）",
        paragraphs=[f"1 {p.name()}さん（{p.addr()}、{p.tel()}）",
                    "統合失調症で精神障害者保健福祉手帳2級。来庁時に大声になることがあるが、ゆっくり説明すれば落ち着く。",
                    "担当保健師と連携済み。証明書の請求は月1回程度。"], header="市民課 引継（取扱注意）"))  # fmt: skip
    p = g.person()
    num = g.my_number()
    g.add(F, "txt", 3, ["name", "address", "birth_date", "my_number"], DocSpec(
        title="OCR結果：住民票の写し等交付請求書（スキャン）",
        paragraphs=[f"請求者 {p.name()}", f"住所 {p.addr()}", f"生年月日 {wareki(p.birth)}",
                    f"個人番号 {' '.join(num)}", "個人番号の記載 ■あり □なし", "通数 1"]),
          note="OCR put a space between every digit of the My Number", spaced_digits=True)  # fmt: skip
    ps = g.people(150)
    far = [[None] * 30 + ["氏名", "住所", "電話", "生年月日"]] + [
        [None] * 30 + [p.name(), p.addr(city=False), p.tel(), p.birth] for p in ps
    ]
    g.add(F, "xlsx", 3, ["name", "address", "phone", "birth_date"], DocSpec(sheets=[sheet("作業用", [["作業用（削除予定）"], *far])]),
          note="150 persons in columns AE-AH: bulk", far_right=31, bulk=150)  # fmt: skip
    ps = g.people(13)
    rows = [["氏名", "住所", "電話", "注意事項"]]
    for i, p in enumerate(ps):
        rows.append(
            [
                p.name(),
                p.addr(city=False),
                p.tel(),
                "国保料 滞納（交付時に納付相談を案内）" if i in (4, 10) else "",
            ]
        )
    g.add(F, "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[sheet("要注意", rows, first_row=2,
          title="窓口 引継リスト")]), note="two named residents' arrears in the notes column", merged=1)  # fmt: skip
    ps = g.people(7)
    rows = [["氏名", "生年月日", "住所", "支援措置"]] + [[p.name(), wareki(p.birth, "short"), p.addr(city=False),
                                                     "DV（診断書あり・通院中）"] for p in ps]  # fmt: skip
    g.add(F, "ods", 3, ["name", "address", "birth_date", "health"], DocSpec(sheets=[
        sheet("案内", [["このブックは支援措置の照合用です"], ["閲覧は係長以上"]]), sheet("対象者", rows, state="hidden")]),
        hidden="対象者")  # fmt: skip


FAMILIES: list[Callable[[Gen], None]] = [madoguchi, soudan, shohi, kouchou, mail, shared]


def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    for family in FAMILIES:
        family(g)
    return g.docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), Path(out), "redteam19")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set19", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
