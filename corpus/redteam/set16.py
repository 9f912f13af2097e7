"""Sixteenth red-team set (blind): care, health insurance, elections and disaster response of a prefecture-capital city.

``python -m corpus.redteam.set16 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other generators' documents, to be scored on first
contact. One city is drawn per build; the families are five desks of its city hall: 介護保険課 (``kaigo``),
国民健康保険課 (``kokuho``), 選挙管理委員会 (``senkyo``), 危機管理課 (``bousai``) and 障害福祉課 (``shogai``). Each desk
has its confidential documents and the public or harmless look-alikes that share their vocabulary (statistics,
blank forms and 記入例 with invented names, published facility, candidate and committee lists).

The truth is the default policy's text: 3 for a My Number, health/disability or arrears data about a named
private person, or records of more than 100 persons with name plus address, birth date or phone; 2 for a private
person's name with their address, birth date or phone; 1 for everything else, including people named in their
official role (candidates, committee members, facility managers) and invented names in 記入例. ``types`` lists
what a perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful
files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1616
TODAY = dt.date(2024, 9, 2)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, capital city, area code, towns); a town starting with 大字 takes 番地 lots, others 丁目
CITIES: list[tuple[str, str, str, list[str]]] = [
    ("岩手県", "盛岡市", "019", ["中央通", "大通", "本町通", "菜園", "上田", "青山", "月が丘", "大字東中野"]),
    ("山形県", "山形市", "023", ["香澄町", "七日町", "旅篭町", "小白川町", "桜田西", "飯田西", "城西町", "大字漆山"]),
    ("福井県", "福井市", "0776", ["大手", "順化", "宝永", "文京", "日之出", "花堂南", "問屋町", "大字開発"]),
    ("鳥取県", "鳥取市", "0857", ["東町", "栄町", "末広温泉町", "湖山町東", "吉方温泉", "富安", "西町", "大字津ノ井"]),
    ("徳島県", "徳島市", "088", ["幸町", "新蔵町", "南末広町", "八万町", "北田宮", "昭和町", "沖浜", "国府町府中"]),
    ("大分県", "大分市", "097", ["荷揚町", "府内町", "大手町", "金池町", "明野北", "敷戸台", "萩原", "大字古国府"]),
    ("宮崎県", "宮崎市", "0985", ["橘通東", "橘通西", "大淀", "花ケ島町", "吉村町", "大塚台", "清武町今泉", "佐土原町下田島"]),
    ("長野県", "長野市", "026", ["大字鶴賀", "大字南長野", "若里", "篠ノ井布施高田", "松代町松代", "吉田", "三輪", "柳原"]),
]  # fmt: skip
SURNAMES: list[str] = [
    "千葉", "及川", "菅原", "小野寺", "昆", "畠山", "熊谷", "佐々木", "村上", "藤村", "三浦", "浅沼", "沼田", "大槻",
    "八重樫", "漆原", "岩渕", "瀬川", "立花", "堀内", "西條", "安達", "織田", "片桐", "桑原", "小山内", "笹木", "四戸",
    "高田", "舘山", "田頭", "中嶋", "野村", "橋爪", "早坂", "平賀", "福士", "古舘", "北條", "松尾", "水野", "三上",
    "宮本", "村井", "森川", "山内", "横澤", "米田", "若松", "和田", "荒木", "石亀", "今野", "遠藤", "大沢", "岡本",
    "角田", "神山", "川村", "菊池",
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("浩二", "こうじ"), ("和夫", "かずお"), ("茂", "しげる"), ("勝", "まさる"), ("博", "ひろし"), ("誠", "まこと"),
    ("陽翔", "はると"), ("蓮", "れん"), ("湊", "みなと"), ("大輔", "だいすけ"), ("拓海", "たくみ"), ("哲也", "てつや"),
    ("光男", "みつお"), ("敏夫", "としお"), ("義男", "よしお"), ("健一", "けんいち"), ("秀樹", "ひでき"), ("亮", "りょう"),
    ("航", "わたる"), ("修", "おさむ"), ("達也", "たつや"), ("直樹", "なおき"), ("幸一", "こういち"), ("泰三", "たいぞう"),
    ("文雄", "ふみお"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("和子", "かずこ"), ("幸子", "さちこ"), ("節子", "せつこ"), ("洋子", "ようこ"), ("久美子", "くみこ"), ("陽菜", "ひな"),
    ("凛", "りん"), ("葵", "あおい"), ("真由美", "まゆみ"), ("典子", "のりこ"), ("恵美", "えみ"), ("友香", "ともか"),
    ("愛", "あい"), ("彩花", "あやか"), ("明美", "あけみ"), ("トメ", "とめ"), ("フミ", "ふみ"), ("ミツ", "みつ"),
    ("すみれ", "すみれ"), ("ちひろ", "ちひろ"), ("美咲", "みさき"), ("加奈子", "かなこ"), ("直美", "なおみ"),
    ("静香", "しずか"), ("貴子", "たかこ"),
]  # fmt: skip
# invented names of 記入例 and 見本 (never drawn for a resident)
SAMPLE_NAMES = ["見本 太郎", "記入 花子", "市民 一郎", "防災 次郎", "介護 良子", "福祉 三郎"]
BUILDINGS = ["コーポ桜", "ハイツ若葉", "メゾン川端", "グランドール", "市営住宅", "サンハイム"]
CORPS = [
    "社会福祉法人 みずほ会", "社会福祉法人 白樺福祉会", "医療法人 清和会", "株式会社 ケアステーションあおば",
    "有限会社 ほほえみ介護", "特定非営利活動法人 ひだまり", "社会福祉法人 緑風会", "株式会社 はなみずきケア",
    "医療法人社団 若葉会", "合同会社 ともに", "社会福祉法人 つくし会", "株式会社 まごころサービス",
]  # fmt: skip
FACILITY_KANA = {"さくら苑": "さくらえん", "ひまわりの家": "ひまわりのいえ", "あじさい荘": "あじさいそう", "けやきの里": "けやきのさと",
                 "あかつき園": "あかつきえん"}  # fmt: skip
SERVICE_KANA = {"デイサービス": "でいさーびす", "居宅介護支援事業所": "きょたくかいごしえんじぎょうしょ",
                "ヘルパーステーション": "へるぱーすてーしょん", "ショートステイ": "しょーとすてい", "作業所": "さぎょうしょ",
                "ワークセンター": "わーくせんたー", "生活介護事業所": "せいかつかいごじぎょうしょ", "グループホーム": "ぐるーぷほーむ"}  # fmt: skip
FACILITY_WORDS = ["さくら苑", "ひまわりの家", "あじさい荘", "すずらん", "けやきの里", "あかつき園", "こもれび",
                  "やまびこ", "せせらぎ", "つばさ", "わかば", "なごみ"]  # fmt: skip
PARTIES = [
    "無所属",
    "自由民主党",
    "立憲民主党",
    "公明党",
    "日本共産党",
    "日本維新の会",
    "国民民主党",
    "社会民主党",
]
JOBS = ["会社役員", "農業", "市議会議員", "自営業", "元会社員", "行政書士", "団体職員", "無職"]
DISEASES = ["脳梗塞後遺症", "アルツハイマー型認知症", "糖尿病", "慢性心不全", "パーキンソン病", "変形性膝関節症",
            "慢性腎不全（人工透析）", "関節リウマチ", "COPD（在宅酸素）", "骨粗鬆症・圧迫骨折"]  # fmt: skip
DISABILITIES = [("肢体不自由", "下肢機能障害"), ("視覚障害", "両眼視力障害"), ("聴覚障害", "両耳聴力障害"),
                ("内部障害", "じん臓機能障害"), ("内部障害", "心臓機能障害"), ("肢体不自由", "体幹機能障害")]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- numbers (own check digits) ------------------------------------------------------------------
def my_number_check_digit(base11: str) -> int:
    """個人番号 check digit: weights 2..7, 2..6 for the 11 digits from the right; 11 - Σ mod 11, 0 when ≥ 10."""
    digits = [int(c) for c in reversed(base11)]
    total = sum(d * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(digits, start=1))
    check = 11 - total % 11
    return 0 if check >= 10 else check


def is_my_number(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and my_number_check_digit(digits[:11]) == int(digits[11])


def corporate_check_digit(base12: str) -> int:
    """法人番号 leading check digit: weights 1,2,1,2,… from the right; 9 - Σ mod 9."""
    total = sum(int(d) * (2 if n % 2 == 0 else 1) for n, d in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def my_number(rng: random.Random) -> str:
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return base + str(my_number_check_digit(base))


def not_my_number(rng: random.Random) -> str:
    """12 digits that fail the check digit (a 受付番号, a 被保険者記号番号 …)."""
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return base + str((my_number_check_digit(base) + 1 + rng.randint(0, 8)) % 10)


def corporate_number(rng: random.Random) -> str:
    base = "".join(str(rng.randint(0, 9)) for _ in range(12))
    return str(corporate_check_digit(base)) + base


def spaced(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


def wareki(d: dt.date, style: str = "full") -> str:
    """和暦: full 昭和48年2月3日 (元年), short S48.2.3, abbr 昭48.2.3, slash S48/02/03."""
    for era, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "full":
                return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            if style == "abbr":
                return f"{era[0]}{y}.{d.month}.{d.day}"
            return f"{letter}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(d)


def kata(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


# --- people --------------------------------------------------------------------------------------
@dataclass
class Person:
    sur: str
    given: str
    kana: str  # katakana reading, spaced
    male: bool
    birth: dt.date
    town: str
    lot: str
    phone: str
    mobile: str
    mn: str

    def name(self, style: int = 0) -> str:
        """0: 千葉 和夫, 1: 千葉和夫, 2: 千葉　和夫 (full-width space), 3: given in katakana."""
        given = self.given if style != 3 else kata(self.kana.split(" ")[1])
        return [f"{self.sur} {given}", f"{self.sur}{given}", f"{self.sur}　{given}", f"{self.sur} {given}"][
            style
        ]

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


class World:
    """One build: the city and the people drawn for it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, self.towns = rng.choice(CITIES)
        self.used: set[tuple[str, str]] = set()

    def addr(self, p: Person, full: bool = True, fw: bool = False) -> str:
        text = f"{self.pref}{self.city}{p.town}{p.lot}" if full else f"{p.town}{p.lot}"
        return text.translate(FW) if fw else text

    def person(self, lo: int = 1935, hi: int = 2004) -> Person:
        rng = self.rng
        while True:
            male = rng.random() < 0.5
            sur = rng.choice(SURNAMES)
            given, kana = rng.choice(MALE if male else FEMALE)
            if (sur, given) not in self.used:
                self.used.add((sur, given))
                break
        birth = dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(self.towns)
        if town.startswith("大字"):
            lot = f"{rng.randint(1, 2400)}番地{rng.choice(['', str(rng.randint(1, 9))])}".rstrip()
        elif rng.random() < 0.5:
            lot = f"{rng.randint(1, 6)}丁目{rng.randint(1, 25)}番{rng.randint(1, 30)}号"
        else:
            lot = f"{rng.randint(1, 6)}-{rng.randint(1, 25)}-{rng.randint(1, 30)}"
        if rng.random() < 0.2:
            lot += f" {rng.choice(BUILDINGS)}{rng.randint(1, 4)}0{rng.randint(1, 8)}号"
        ex = 6 - len(self.area)
        phone = f"{self.area}-{rng.randint(10 ** (ex - 1) * 2, 10**ex - 1)}-{rng.randint(0, 9999):04d}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        sur_kana = self._sur_kana(sur)
        return Person(
            sur, given, f"{sur_kana} {kata(kana)}", male, birth, town, lot, phone, mobile, my_number(rng)
        )

    def people(self, n: int, lo: int = 1935, hi: int = 2004) -> list[Person]:
        return [self.person(lo, hi) for _ in range(n)]

    @staticmethod
    def _sur_kana(sur: str) -> str:
        return SUR_KANA.get(sur, "")

    def office_phone(self, ext: int) -> str:
        ex = 6 - len(self.area)
        return f"{self.area}-{'6' * ex}-{ext:04d}"

    def facility_phone(self) -> str:
        ex = 6 - len(self.area)
        rng = self.rng
        return f"{self.area}-{rng.randint(10 ** (ex - 1) * 2, 10**ex - 1)}-{rng.randint(0, 9999):04d}"

    def facility_addr(self) -> str:
        rng = self.rng
        return f"{self.city}{rng.choice(self.towns)}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"


SUR_KANA = {
    "千葉": "チバ", "及川": "オイカワ", "菅原": "スガワラ", "小野寺": "オノデラ", "昆": "コン", "畠山": "ハタケヤマ",
    "熊谷": "クマガイ", "佐々木": "ササキ", "村上": "ムラカミ", "藤村": "フジムラ", "三浦": "ミウラ", "浅沼": "アサヌマ",
    "沼田": "ヌマタ", "大槻": "オオツキ", "八重樫": "ヤエガシ", "漆原": "ウルシハラ", "岩渕": "イワブチ", "瀬川": "セガワ",
    "立花": "タチバナ", "堀内": "ホリウチ", "西條": "サイジョウ", "安達": "アダチ", "織田": "オダ", "片桐": "カタギリ",
    "桑原": "クワハラ", "小山内": "オサナイ", "笹木": "ササキ", "四戸": "シノヘ", "高田": "タカダ", "舘山": "タテヤマ",
    "田頭": "タガシラ", "中嶋": "ナカジマ", "野村": "ノムラ", "橋爪": "ハシヅメ", "早坂": "ハヤサカ", "平賀": "ヒラガ",
    "福士": "フクシ", "古舘": "フルダテ", "北條": "ホウジョウ", "松尾": "マツオ", "水野": "ミズノ", "三上": "ミカミ",
    "宮本": "ミヤモト", "村井": "ムライ", "森川": "モリカワ", "山内": "ヤマウチ", "横澤": "ヨコサワ", "米田": "ヨネダ",
    "若松": "ワカマツ", "和田": "ワダ", "荒木": "アラキ", "石亀": "イシガメ", "今野": "コンノ", "遠藤": "エンドウ",
    "大沢": "オオサワ", "岡本": "オカモト", "角田": "ツノダ", "神山": "カミヤマ", "川村": "カワムラ", "菊池": "キクチ",
}  # fmt: skip


# --- documents -----------------------------------------------------------------------------------
@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


NAME_ADDR = ["name", "address"]
NAME_ADDR_BIRTH = ["name", "address", "birth_date"]
NAME_ADDR_PHONE = ["name", "address", "phone"]
NAME_ALL = ["name", "address", "birth_date", "phone"]


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


# --- post-processing: layouts a DocSpec cannot express --------------------------------------------
_FONT = "HeiseiKakuGo-W5"


def canvas_pdf(
    title: str,
    head: list[str],
    xs: list[float],
    rows: list[list[str]],
    per_page: int,
    top_note: str = "",
    bottom_note: str = "",
    landscape: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a canvas-drawn table: columns placed by x, per_page rows a page, `n / N` headers."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        if _FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
        size = land(A4) if landscape else A4
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=size, invariant=1)
        pages = max(1, -(-len(rows) // per_page))
        w, h = size
        for p in range(pages):
            c.setFont(_FONT, 8)
            c.drawRightString(w - 30, h - 24, f"{p + 1} / {pages}")
            if top_note:
                c.drawString(30, h - 24, top_note)
            c.setFont(_FONT, 12)
            c.drawString(30, h - 46, title)
            c.setFont(_FONT, 7.5)
            y = h - 70
            for x, text in zip(xs, head, strict=True):
                c.drawString(x, y, text)
            c.line(28, y - 3, w - 28, y - 3)
            for row in rows[p * per_page : (p + 1) * per_page]:
                y -= 13
                for x, text in zip(xs, row, strict=True):
                    c.drawString(x, y, text)
            if bottom_note:
                c.drawString(30, 22, bottom_note)
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def xlsx_merge(sheet_name: str, ranges: list[str]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        from corpus.factory.writers import _finish_zip

        wb = openpyxl.load_workbook(path)
        ws = wb[sheet_name]
        for r in ranges:
            ws.merge_cells(r)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def docx_merge_rows(spans: list[tuple[int, int, int, int]]) -> Callable[[Path], None]:
    """Merge cells (table, row, first col, last col) of a written docx: form labels across columns."""

    def post(path: Path) -> None:
        import docx

        from corpus.factory.writers import _finish_zip

        d = docx.Document(str(path))
        for t, r, a, b in spans:
            row = d.tables[t].rows[r]
            keep = row.cells[a].text
            merged = row.cells[a].merge(row.cells[b])
            merged.text = keep
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def chain(*posts: Callable[[Path], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        for p in posts:
            p(path)

    return post


# --- families ------------------------------------------------------------------------------------
def kaigo(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    city = w.city
    # L1: the published 事業所一覧 with managers, 指定日, 法人番号 and kana of facility names
    rows: list[list[Cell]] = [["事業所番号", "事業所名", "ジギョウショメイ", "サービス種別", "所在地", "電話番号",
                               "法人名", "法人番号", "管理者", "指定年月日"]]  # fmt: skip
    for _ in range(24):
        word, svc = (
            rng.choice(FACILITY_WORDS),
            rng.choice(["デイサービス", "居宅介護支援事業所", "ヘルパーステーション", "ショートステイ"]),
        )
        fac, reading = word + svc, kata(FACILITY_KANA.get(word, word) + SERVICE_KANA[svc])
        mgr = w.person(1960, 1990)
        rows.append([f"03{rng.randint(10000000, 99999999)}", fac, reading, rng.choice(["通所介護", "居宅介護支援", "訪問介護",
                     "短期入所生活介護"]), w.facility_addr(), w.facility_phone(), rng.choice(CORPS), corporate_number(rng),
                     mgr.name(1), dt.date(rng.randint(2001, 2023), rng.randint(1, 12), 1)])  # fmt: skip
    docs.append(
        Doc(
            "kaigo",
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "事業所一覧",
                        rows,
                        title=f"{city} 介護保険サービス事業所一覧（令和6年8月1日現在）",
                        first_row=3,
                    )
                ]
            ),
            "facility list: managers named in role next to the facility's address; 指定年月日 is no birth date",
        )
    )
    # L1: 要介護認定者数 statistics with a two-row header and merged cells
    head1 = ["区分", "第1号被保険者", "", "", "第2号被保険者", "合計"]
    head2 = ["", "65～74歳", "75歳以上", "計", "40～64歳", ""]
    stat = [head1, head2]
    for lv in ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]:
        a, b, c2 = rng.randint(80, 400), rng.randint(400, 2200), rng.randint(10, 60)
        stat.append([lv, a, b, a + b, c2, a + b + c2])
    docs.append(Doc("kaigo", "xlsx", 1, [], DocSpec(sheets=[sheet("認定者数", stat, title="要介護（要支援）認定者数（令和6年3月末）"),
        sheet("注記", [["出典：介護保険事業状況報告（月報）"], ["認知症高齢者の日常生活自立度Ⅱ以上の者の割合は 58.2％"]])]),
        post=xlsx_merge("認定者数", ["A3:A4", "B3:D3", "F3:F4"])))  # fmt: skip
    # L1: 認定調査票 記入例 (invented name)
    docs.append(Doc("kaigo", "docx", 1, [], DocSpec(
        title="要介護認定調査票（概況調査）記入例",
        paragraphs=["※ 記入例の氏名・住所・生年月日は架空のものです。",
                    "特記事項の書き方：「○月○日に転倒し、以後歩行器を使用」など具体的に記載すること。"],
        tables=[[["対象者氏名", "介護 良子（カイゴ ヨシコ）", "性別", "女"],
                 ["生年月日", "昭和15年4月1日", "年齢", "84歳"],
                 ["現住所", f"{city}○○町1丁目2番3号", "電話", "000-000-0000"],
                 ["主訴・既往歴", "（例）脳梗塞後遺症、高血圧症", "", ""]]],
        header="介護保険課 認定係"),
        "記入例 with an invented person (介護 良子, 000 phone); a blank form is public",
        post=docx_merge_rows([(0, 3, 1, 3)])))  # fmt: skip
    # L1: 保険料 段階表 leaflet (mentions 滞納 generally)
    docs.append(Doc("kaigo", "pdf", 1, [], DocSpec(
        title=f"{city}の介護保険料（令和6～8年度）",
        paragraphs=["第1号被保険者の保険料は所得段階に応じて決まります。",
                    "保険料を滞納すると、滞納期間に応じて給付の償還払い化や給付額の減額などの措置がとられます。",
                    "納付が困難な方は、お早めに介護保険課へご相談ください（電話 " + w.office_phone(2231) + "）。"],
        tables=[[["段階", "対象者", "割合", "年額"]] + [[f"第{i}段階", d, f"{r:.3f}", f"{int(74400 * r):,}円"] for i, (d, r) in
                 enumerate([("生活保護受給者等", 0.285), ("世帯非課税・年金80万円超120万円以下", 0.485),
                            ("世帯非課税・120万円超", 0.685), ("本人非課税・80万円以下", 0.9), ("基準額", 1.0),
                            ("本人課税・120万円未満", 1.2)], start=1)]],
        footer="介護保険課")))  # fmt: skip
    # L1: 事業計画 策定委員会 委員名簿 (roles)
    mem = [["区分", "氏名", "所属・役職"]]
    for kind, org in [("学識経験者", "県立大学 社会福祉学部 教授"), ("保健医療関係者", f"{city}医師会 理事"),
                      ("福祉関係者", f"{city}社会福祉協議会 常務理事"), ("介護サービス事業者", "居宅介護支援事業所連絡会 会長"),
                      ("被保険者代表", "公募委員"), ("被保険者代表", "老人クラブ連合会 副会長")]:  # fmt: skip
        mem.append([kind, w.person(1950, 1980).name(0), org])
    docs.append(Doc("kaigo", "odt", 1, [], DocSpec(title="介護保険事業計画策定委員会 委員名簿", tables=[mem],
        paragraphs=["任期：令和5年7月1日から令和7年6月30日まで（敬称略）"]),
        "committee roster: members named in their role, no private address or phone"))  # fmt: skip
    # L1: ケアプラン 記入例 (架空事例)
    docs.append(Doc("kaigo", "pptx", 1, [], DocSpec(
        title="ケアプラン作成研修 事例検討", paragraphs=[
            "事例：Aさん（80代女性、独居）", "主な疾病：変形性膝関節症（架空事例）", "課題：買物・掃除が困難",
            "長期目標：自宅で安全に生活を続ける", "短期目標：週2回の通所で下肢筋力を維持する"],
        notes=["事例は研修用に作成したもので、実在の人物とは関係ありません。"]),
        "training case 'Aさん' with no name, address or birth date: nobody is identifiable"))  # fmt: skip
    # L1: 介護予防教室 参加者数 csv
    rows = [["教室名", "会場", "開催回数", "延べ参加者数"]]
    for fac in rng.sample(FACILITY_WORDS, 6):
        rows.append(
            [f"いきいき体操（{fac}）", f"{fac}地区公民館", rng.randint(10, 24), rng.randint(150, 600)]
        )
    docs.append(Doc("kaigo", "csv", 1, [], DocSpec(sheets=[sheet("実績", rows)])))
    # L2: 負担割合証 返戻（宛所不明）一覧
    ps = w.people(14, 1935, 1958)
    rows = [["No", "被保険者番号", "氏名", "生年月日", "送付先住所", "負担割合", "返戻理由"]]
    for i, p in enumerate(ps, 1):
        rows.append([i, f"{rng.randint(0, 9999999999):010d}", p.name(rng.choice([0, 1, 2])), wareki(p.birth, "short"),
                     w.addr(p), rng.choice(["1割", "2割", "3割"]), rng.choice(["あて所に尋ねあたりません", "転居先不明", "受取拒否"])])  # fmt: skip
    docs.append(Doc("kaigo", "xlsx", 2, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("返戻", rows, title="負担割合証 返戻者一覧（R6.8）")]),
        "負担割合 reflects income, which does not raise the level"))  # fmt: skip
    # L2: 住所地特例 届出 受付 csv cp932
    ps = w.people(9, 1930, 1955)
    rows = [["受付日", "被保険者氏名", "フリガナ", "生年月日", "旧住所", "施設名", "施設所在地"]]
    for p in ps:
        rows.append([f"R6.{rng.randint(4, 8)}.{rng.randint(1, 28)}", p.name(1), p.kana, p.birth.strftime("%Y/%m/%d"),
                     w.addr(p), f"{rng.choice(FACILITY_WORDS)}（住宅型有料老人ホーム）", f"{w.pref}{rng.choice(['花巻市', '一関市', '酒田市', '敦賀市'])}本町1-1"])  # fmt: skip
    docs.append(Doc("kaigo", "csv-cp932", 2, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("住所地特例", rows)])))
    # L2: 口座振替 受付のお知らせ (letter)
    p = w.person(1940, 1958)
    docs.append(Doc("kaigo", "docx", 2, NAME_ADDR, DocSpec(
        paragraphs=[f"〒0{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", w.addr(p), f"{p.name(2)}　様", "",
                    "介護保険料口座振替開始のお知らせ", "このたびは口座振替のお申し込みをいただきありがとうございます。",
                    "令和6年10月期分から口座振替を開始します。", f"{city}介護保険課 資格保険料係"],
        header=f"令和6年9月2日 {city}長")))  # fmt: skip
    # L2: 介護保険 被保険者証 再交付 申請 受付簿 (xls)
    ps = w.people(11, 1932, 1958)
    rows = [["受付No", "氏名", "生年月日", "住所", "電話", "理由"]]
    for i, p in enumerate(ps, 1):
        rows.append(
            [
                f"再-{i:03d}",
                p.name(0),
                wareki(p.birth, "full"),
                w.addr(p, full=False),
                p.phone,
                rng.choice(["紛失", "破損", "汚損"]),
            ]
        )
    docs.append(
        Doc(
            "kaigo",
            "xls",
            2,
            NAME_ALL,
            DocSpec(sheets=[sheet("受付簿", rows, title="被保険者証再交付申請受付簿")]),
        )
    )
    # L3: 認定調査票 (filled) with 既往歴 and 特記事項
    p = w.person(1930, 1945)
    dz = rng.sample(DISEASES, 2)
    docs.append(Doc("kaigo", "docx", 3, [*NAME_ADDR_BIRTH, "health"], DocSpec(
        title="認定調査票（概況調査）",
        tables=[[["調査実施日", "令和6年8月21日", "調査場所", "自宅"],
                 ["対象者氏名", f"{p.name(0)}（{p.kana}）", "性別", "男" if p.male else "女"],
                 ["生年月日", wareki(p.birth, "full"), "年齢", f"{p.age()}歳"],
                 ["現住所", w.addr(p), "", ""],
                 ["既往歴", f"{dz[0]}、{dz[1]}", "", ""]]],
        paragraphs=["特記事項",
                    f"1-7 歩行：{dz[0]}のため杖歩行。屋内でも伝い歩き。月2回 {city}内の病院へ通院（長男が送迎）。",
                    "3-8 徘徊：夜間に外へ出ようとすることが週1～2回ある（家族談）。"],
        header="介護保険課 認定調査員 記入用"),
        post=docx_merge_rows([(0, 3, 1, 3), (0, 4, 1, 3)])))  # fmt: skip
    # L3: 主治医意見書 summary with two-row header (xlsx, summary sheet public + detail)
    ps = w.people(18, 1928, 1950)
    det = [
        ["申請番号", "被保険者", "", "主治医意見書", "", "", "審査会"],
        ["", "氏名", "生年月日", "診断名", "認知症自立度", "医療機関", "予定日"],
    ]
    for i, p in enumerate(ps, 1):
        det.append([f"A{i:04d}", p.name(rng.choice([0, 1, 3])), wareki(p.birth, "abbr"), rng.choice(DISEASES),
                    rng.choice(["自立", "Ⅰ", "Ⅱa", "Ⅱb", "Ⅲa"]), f"{rng.choice(['中央', '東', '駅前'])}クリニック", "R6.9.12"])  # fmt: skip
    summ = [["合議体", "件数"], ["第1合議体", 9], ["第2合議体", 9]]
    docs.append(Doc("kaigo", "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[
        sheet("集計", summ, title="認定審査会 付議件数"), sheet("意見書要約", det, header="取扱注意")]),
        post=xlsx_merge("意見書要約", ["A1:A2", "B1:C1", "D1:F1", "G1:G2"])))  # fmt: skip
    # L3: ケアプラン 第1表/第2表
    p = w.person(1932, 1948)
    dz = rng.choice(DISEASES)
    docs.append(Doc("kaigo", "docx", 3, [*NAME_ADDR_BIRTH, "health"], DocSpec(
        title="居宅サービス計画書（1）",
        paragraphs=[f"利用者名　{p.name(1)}　殿　　生年月日 {wareki(p.birth, 'full')}　住所 {w.addr(p)}",
                    "要介護状態区分：要介護2　認定の有効期間：令和6年4月1日～令和7年3月31日",
                    f"総合的な援助の方針：{dz}による体調の変化に注意し、かかりつけ医と連携して通院を継続します。",
                    "生活援助中心型の算定理由：家族が障害、疾病等のため"],
        tables=[[["生活全般の解決すべき課題", "長期目標", "サービス内容", "頻度"],
                 ["服薬管理ができない", "薬を飲み忘れない", "訪問看護による服薬確認", "週1回"],
                 ["入浴が一人でできない", "清潔を保つ", "通所介護での入浴介助", "週2回"]]],
        footer=f"居宅介護支援事業所 {rng.choice(FACILITY_WORDS)}　担当 介護支援専門員")))  # fmt: skip
    # L3: 保険料 滞納者一覧 (hidden sheet holds the list; visible sheet is a count)
    ps = w.people(22, 1935, 1958)
    rows = [["通知書番号", "氏名", "住所", "滞納額", "最古納期", "督促回数", "給付制限"]]
    for p in ps:
        rows.append([f"{rng.randint(100000, 999999)}", p.name(rng.choice([0, 2])), w.addr(p, full=False),
                     rng.randint(12000, 180000), f"R{rng.randint(3, 5)}.{rng.randint(4, 12)}", rng.randint(1, 6),
                     rng.choice(["なし", "償還払い予告", "償還払い"])])  # fmt: skip
    docs.append(Doc("kaigo", "xlsx", 3, [*NAME_ADDR, "arrears"], DocSpec(sheets=[
        sheet("件数", [["区分", "人数", "滞納額計"], ["普通徴収", 22, "（別シート）"]], title="介護保険料 滞納状況"),
        sheet("明細", rows, state="hidden")])))  # fmt: skip
    # L3: 要介護認定結果一覧 multi-page canvas PDF
    ps = w.people(64, 1925, 1950)
    rows2 = [[f"{i:03d}", p.name(rng.choice([0, 1])), wareki(p.birth, "short"), w.addr(p, full=False)[:22],
              rng.choice(["要介護1", "要介護2", "要介護3", "要支援2"]), rng.choice(DISEASES)] for i, p in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc("kaigo", "pdf", 3, [*NAME_ADDR_BIRTH, "health"], DocSpec(title="認定結果一覧"),
        post=canvas_pdf("要介護認定結果一覧（令和6年8月審査分）", ["No", "氏名", "生年月日", "住所", "判定", "主な疾病"],
                        [30, 60, 140, 200, 360, 420], rows2, 40, top_note="介護保険課 認定係 内部資料")))  # fmt: skip
    # L3: 認定審査会 電話メモ (txt cp932)
    p = w.person(1930, 1945)
    docs.append(Doc("kaigo", "txt-cp932", 3, ["name", "phone", "health"], DocSpec(paragraphs=[
        "【電話メモ】 R6.8.27 14:10 受",
        f"相手：{p.name(1)}様の長女（{p.mobile.translate(FW)}）",
        "内容：母が先週から入院（肺炎）。認定調査の日程を退院後に変更してほしい。",
        "対応：調査員に連絡し、退院日が決まり次第再調整と回答。", "受付者：認定係 ○○"])))  # fmt: skip
    return docs


def kokuho(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    city = w.city
    # L1: 国保税率表 pdf
    docs.append(Doc("kokuho", "pdf", 1, [], DocSpec(
        title=f"令和6年度 {city}国民健康保険税の税率",
        tables=[[["区分", "所得割", "均等割", "平等割", "限度額"], ["医療分", "7.20%", "25,800円", "21,600円", "650,000円"],
                 ["後期高齢者支援金分", "2.50%", "9,600円", "7,800円", "240,000円"], ["介護分", "2.30%", "11,400円", "7,200円", "170,000円"]]],
        paragraphs=["納期限までに納付がない場合、督促状を送付し延滞金が加算されます。",
                    "滞納が続くと、有効期間の短い保険証（短期証）の交付や、差押えなどの滞納処分を行うことがあります。"],
        footer="国民健康保険課 国保税係")))  # fmt: skip
    # L1: 国保事業状況 statistics (several sheets)
    docs.append(Doc("kokuho", "xlsx", 1, [], DocSpec(sheets=[
        sheet("加入状況", [["年度", "世帯数", "被保険者数", "加入率"]] + [[f"R{y}", 21000 - y * 300, 33000 - y * 520, f"{20.1 - y * 0.4:.1f}%"] for y in range(1, 6)]),
        sheet("滞納状況", [["年度", "滞納世帯数", "短期証交付", "資格証明書交付", "差押件数"]] + [[f"R{y}", 2100 - y * 80, 610 - y * 30, 40 - y * 3, 120 + y * 4] for y in range(1, 6)]),
        sheet("医療費", [["年度", "一人当たり医療費", "高額療養費支給件数"]] + [[f"R{y}", 389000 + y * 6100, 9800 + y * 120] for y in range(1, 6)])])))  # fmt: skip
    # L1: 高額療養費 支給申請書 blank with 記入例
    docs.append(Doc("kokuho", "docx", 1, [], DocSpec(
        title="国民健康保険 高額療養費支給申請書（記入例）",
        tables=[[["世帯主氏名", "市民 一郎", "電話", "０００－０００－００００"], ["住所", f"{city}○○町一丁目1番1号", "", ""],
                 ["療養を受けた者", "市民 花子", "続柄", "妻"], ["医療機関名", "○○病院", "診療年月", "令和○年○月"]]],
        paragraphs=["※ 記入例です。太枠内を記入してください。領収書の添付は不要です。", "個人番号欄には世帯主と対象者の個人番号を記入してください。"]),
        "記入例 with invented names and 000 phone; the 個人番号 field is empty",
        post=docx_merge_rows([(0, 1, 1, 3)])))  # fmt: skip
    # L1: 短期証の説明 (public FAQ, txt)
    docs.append(Doc("kokuho", "txt", 1, [], DocSpec(title="よくある質問：短期被保険者証について", paragraphs=[
        "Q 短期証とは何ですか。", "A 国保税に滞納がある世帯に交付する、有効期間が短い保険証です。",
        "Q マイナンバーカードを保険証として使えますか。", "A 利用登録をすれば使えます。マイナンバー（個人番号）は窓口でも確認します。",
        f"問い合わせ先 {city}国民健康保険課 {w.office_phone(2311)}"])))  # fmt: skip
    # L1: 国保運営協議会 委員名簿
    mem = [["区分", "氏名", "所属"]]
    for kind, org in [
        ("被保険者代表", "公募"),
        ("被保険者代表", "商工会議所"),
        ("保険医代表", f"{city}医師会"),
        ("保険薬剤師代表", f"{w.pref}薬剤師会"),
        ("公益代表", "市議会議員"),
        ("被用者保険等代表", "協会けんぽ支部"),
    ]:
        mem.append([kind, w.person(1948, 1980).name(2), org])
    docs.append(Doc("kokuho", "pdf", 1, [], DocSpec(title=f"{city}国民健康保険運営協議会委員名簿", tables=[mem],
        paragraphs=["（令和6年4月1日現在・敬称略）"]), "council roster: members in their role"))  # fmt: skip
    # L1: 特定健診 受診率 statistics csv cp932
    rows = [["年齢階級", "対象者数", "受診者数", "受診率", "メタボ該当者"]]
    for a in ["40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74"]:
        n = rng.randint(900, 4000)
        k = int(n * rng.uniform(0.2, 0.5))
        rows.append([a, n, k, f"{k / n * 100:.1f}%", int(k * 0.17)])
    docs.append(Doc("kokuho", "csv-cp932", 1, [], DocSpec(sheets=[sheet("受診率", rows)])))
    # L2: 資格取得 届出 受付一覧 xlsx
    ps = w.people(16, 1950, 2002)
    rows = [["受付日", "世帯番号", "氏名", "カナ", "生年月日", "性別", "住所", "取得事由"]]
    for p in ps:
        rows.append([dt.date(2024, rng.randint(4, 8), rng.randint(1, 28)), f"{rng.randint(10000000, 99999999)}", p.name(0), p.kana,
                     p.birth, "男" if p.male else "女", w.addr(p), rng.choice(["社保離脱", "転入", "生保廃止", "出生"])])  # fmt: skip
    docs.append(
        Doc(
            "kokuho",
            "xlsx",
            2,
            NAME_ADDR_BIRTH,
            DocSpec(sheets=[sheet("取得", rows, title="国保資格取得 受付一覧 R6年度")]),
        )
    )
    # L2: 資格喪失 csv cp932
    ps = w.people(20, 1950, 2000)
    rows = [["記号番号", "氏名", "生年月日", "電話番号", "喪失日", "喪失事由"]]
    for p in ps:
        rows.append([f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}", p.name(1), wareki(p.birth, "slash"),
                     p.mobile, f"R6.{rng.randint(4, 8)}.{rng.randint(1, 28)}", rng.choice(["社保加入", "転出", "後期高齢"])])  # fmt: skip
    docs.append(
        Doc("kokuho", "csv-cp932", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[sheet("喪失", rows)]))
    )
    # L2: 保険証 返戻 ods
    ps = w.people(8, 1950, 2000)
    rows = [["氏名", "住所", "返戻日", "再送付"]] + [
        [p.name(2) + " 様", w.addr(p, fw=True), "2024/08/19", "窓口保管"] for p in ps
    ]
    docs.append(Doc("kokuho", "ods", 2, NAME_ADDR, DocSpec(sheets=[sheet("返戻", rows)])))
    # L2: 世帯主変更届 docx
    p, q = w.person(1950, 1970), w.person(1975, 1995)
    docs.append(Doc("kokuho", "docx", 2, [*NAME_ADDR_PHONE, "birth_date"], DocSpec(
        title="国民健康保険 世帯主変更届",
        tables=[[["新世帯主", q.name(0), "生年月日", wareki(q.birth, "full")], ["旧世帯主", p.name(0), "変更理由", "死亡"],
                 ["住所", w.addr(q), "", ""], ["電話", q.mobile, "届出日", "令和6年8月5日"]]]),
        "a household change form: no health or arrears, name + address + birth date is 2",
        post=docx_merge_rows([(0, 2, 1, 3)])))  # fmt: skip
    # L2: 窓口 chat (Teams) — resident's phone in a reply
    p = w.person(1960, 1990)
    docs.append(Doc("kokuho", "txt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "[10:02] 国保 資格係A: 午前中に来られた方、保険証の送付先を変えたいそうです",
        "[10:03] 国保 資格係B: お名前は？", f"[10:03] 国保 資格係A: {p.name(1)}さん。折り返しは {p.mobile} で",
        "[10:05] 国保 資格係B: 了解、住所変更の届出が先なので市民課に案内します"])))  # fmt: skip
    # L3: 国保税 滞納者一覧 (summary public sheet + detail)
    ps = w.people(30, 1950, 1995)
    rows = [["世帯番号", "世帯主", "住所", "電話", "滞納額（本税）", "延滞金", "最終納付日", "短期証"]]
    for p in ps:
        rows.append([f"{rng.randint(10000000, 99999999)}", p.name(0), w.addr(p, full=False), p.phone, rng.randint(30000, 900000),
                     rng.randint(0, 80000), f"H{rng.randint(28, 31)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}", rng.choice(["交付", "未更新", ""])])  # fmt: skip
    docs.append(Doc("kokuho", "xlsx", 3, [*NAME_ADDR_PHONE, "arrears"], DocSpec(sheets=[
        sheet("概要", [["区分", "世帯数"], ["滞納世帯", 30], ["うち短期証", 11]], title="国保税 滞納整理対象（8月）"),
        sheet("対象者", rows, header="部外秘")])))  # fmt: skip
    # L3: 短期証 交付通知 (letter with arrears)
    p = w.person(1955, 1985)
    docs.append(Doc("kokuho", "docx", 3, [*NAME_ADDR, "arrears"], DocSpec(
        paragraphs=[w.addr(p), f"{p.name(2)} 様", "", "国民健康保険短期被保険者証の交付について（通知）",
                    f"あなたの世帯には、令和{rng.randint(3, 5)}年度分の国民健康保険税に未納額 {rng.randint(80, 400) * 1000:,}円 があるため、"
                    "有効期間を令和6年11月30日までとする被保険者証を交付します。",
                    "納付についてご相談がある場合は、国保税係までお越しください。"],
        header=f"{city}国保第{rng.randint(100, 999)}号")))  # fmt: skip
    # L3: 高額療養費 申請書 (filled) with My Number in a header and 入院
    p = w.person(1948, 1970)
    docs.append(Doc("kokuho", "docx", 3, [*NAME_ADDR_PHONE, "my_number", "health"], DocSpec(
        title="国民健康保険 高額療養費支給申請書",
        tables=[[["世帯主氏名", p.name(0), "電話", p.phone], ["住所", w.addr(p), "", ""],
                 ["療養を受けた者", p.name(0), "続柄", "本人"], ["医療機関名", f"{w.city.replace('市', '')}赤十字病院", "診療年月", "令和6年6月"],
                 ["入院・外来", "入院（大腸がん手術）", "自己負担額", "412,560円"]]],
        header=f"世帯主個人番号 {spaced(p.mn)}"),
        "the My Number sits only in the page header", post=docx_merge_rows([(0, 1, 1, 3)])))  # fmt: skip
    # L3: 滞納 交渉記録 txt cp932
    p = w.person(1958, 1980)
    docs.append(Doc("kokuho", "txt-cp932", 3, [*NAME_ADDR_PHONE, "arrears"], DocSpec(paragraphs=[
        "＝＝ 納付相談記録 ＝＝", f"日時：R6.7.{rng.randint(1, 28)}　来庁", f"相談者：{p.name(2)}（世帯主）　{w.addr(p, full=False)}",
        f"連絡先：{p.phone.translate(FW)}", "内容：H30年度からの国保税滞納 本税 586,300円。",
        "　　　月額1万円の分納誓約。給与差押えは当面見合わせ。次回 9/10 来庁予定。", "担当：収納係"])))  # fmt: skip
    # L3: 国保 資格者 list 130 persons (bulk, csv)
    ps = w.people(130, 1950, 2005)
    rows = [["記号番号", "氏名", "フリガナ", "生年月日", "住所"]]
    for p in ps:
        rows.append(
            [
                f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}",
                p.name(1),
                p.kana,
                p.birth.strftime("%Y%m%d"),
                w.addr(p, full=False),
            ]
        )
    docs.append(Doc("kokuho", "csv", 3, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("資格", rows)]),
        "bulk: 130 insured persons, each with name, address and birth date"))  # fmt: skip
    # L3: 特定健診 結果 要指導者 xlsx with data far right
    ps = w.people(12, 1952, 1984)
    rows = [["（作業欄）"] + [None] * 26 + ["氏名", "生年月日", "HbA1c", "血圧", "判定"]]
    for p in ps:
        rows.append(
            [None] * 27
            + [
                p.name(0),
                wareki(p.birth, "abbr"),
                f"{rng.uniform(6.5, 9.8):.1f}",
                f"{rng.randint(140, 185)}/{rng.randint(85, 110)}",
                "要受診",
            ]
        )
    docs.append(Doc("kokuho", "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[
        sheet("受診勧奨", rows, title="特定健診 受診勧奨対象者（糖尿病重症化予防）")]),
        "the list starts in column AB, past the visible area"))  # fmt: skip
    return docs


def senkyo(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    city = w.city
    # L1: 候補者一覧 (public)
    cands = w.people(14, 1950, 1990)
    rows = [["届出番号", "氏名", "ふりがな", "年齢", "党派", "職業", "新旧"]]
    for i, p in enumerate(cands, 1):
        rows.append(
            [
                i,
                p.name(2),
                p.kana,
                p.age(dt.date(2024, 7, 7)),
                rng.choice(PARTIES),
                rng.choice(JOBS),
                rng.choice(["現", "新", "元"]),
            ]
        )
    docs.append(Doc("senkyo", "pdf", 1, [], DocSpec(title=f"{city}議会議員一般選挙 候補者一覧", tables=[rows],
        paragraphs=["告示日：令和6年6月30日　投票日：令和6年7月7日"], footer=f"{city}選挙管理委員会"),
        "published candidate list: persons in a public role, ages but no birth date or address"))  # fmt: skip
    # L1: 開票結果 xlsx
    rows = [["得票順", "候補者氏名", "党派", "得票数", "当落"]]
    votes = sorted((rng.randint(900, 4800) for _ in cands), reverse=True)
    for i, (p, v) in enumerate(zip(cands, votes, strict=True), 1):
        rows.append([i, p.name(0), rng.choice(PARTIES), v, "当選" if i <= 10 else ""])
    docs.append(Doc("senkyo", "xlsx", 1, [], DocSpec(sheets=[sheet("開票結果", rows, title="開票結果（確定）"),
        sheet("投票率", [["区分", "当日有権者数", "投票者数", "投票率"], ["男", 98012, 44120, "45.02%"], ["女", 110433, 51877, "46.98%"]])])))  # fmt: skip
    # L1: 投票所一覧 csv
    rows = [["投票区", "投票所", "トウヒョウショ", "所在地", "電話番号"]]
    for i in range(1, 21):
        fac = f"{rng.choice(w.towns).replace('大字', '')}{rng.choice(['公民館', '小学校体育館', '地区集会所', 'コミュニティセンター'])}"
        rows.append([f"第{i}投票区", fac, "", w.facility_addr(), w.facility_phone()])
    docs.append(Doc("senkyo", "csv", 1, [], DocSpec(sheets=[sheet("投票所", rows)])))
    # L1: 期日前投票所 設置日程 docx
    docs.append(Doc("senkyo", "docx", 1, [], DocSpec(title="期日前投票所の設置について",
        tables=[[["投票所", "期間", "時間"], ["市役所本庁舎1階", "7月1日～7月6日", "8:30～20:00"],
                 ["ショッピングセンター", "7月3日～7月6日", "10:00～19:00"], ["県立大学", "7月4日", "10:00～16:00"]]],
        paragraphs=["入場券裏面の宣誓書に記入してお持ちください。", "従事者は1投票所あたり管理者1名・立会人2名・事務従事者4名を配置します。"])))  # fmt: skip
    # L1: 選挙管理委員 名簿 (roles, with the commission's address)
    rows = [["役職", "氏名", "連絡先"]]
    for role in ["委員長", "委員長職務代理者", "委員", "委員"]:
        rows.append(
            [role, w.person(1945, 1970).name(0) + " 氏", f"{city}選挙管理委員会事務局 {w.office_phone(3601)}"]
        )
    docs.append(Doc("senkyo", "xlsx", 1, [], DocSpec(sheets=[sheet("委員", rows, title="選挙管理委員会 委員名簿")]),
        "commissioners in their role next to the office's phone"))  # fmt: skip
    # L1: 投票率 年代別 pptx
    docs.append(Doc("senkyo", "pptx", 1, [], DocSpec(title="若年層の投票率向上に向けて",
        paragraphs=["18・19歳の投票率は 34.8%", "20代は 28.1%、70代は 68.4%", "出前授業を市内高校12校で実施"],
        tables=[[["年代", "投票率"], ["18-19", "34.8%"], ["20-29", "28.1%"], ["70-79", "68.4%"]]])))  # fmt: skip
    # L1: 投票管理者 選任通知 記入例
    docs.append(Doc("senkyo", "txt", 1, [], DocSpec(paragraphs=[
        "【様式例】投票管理者選任通知書", "住所　○○市○○町１丁目１番１号", "氏名　見本 太郎　様",
        "あなたを第○投票区の投票管理者に選任します。", "※ 差し込み印刷用のひな形。実データは別ファイル。"]),
        "template with an invented name"))  # fmt: skip
    # L2: 投票管理者・立会人 名簿 with merged two-row header
    ps = w.people(24, 1945, 1985)
    rows = [
        ["投票区", "投票管理者", "", "", "投票立会人", "", ""],
        ["", "氏名", "住所", "電話", "氏名", "住所", "電話"],
    ]
    for i in range(12):
        a, b = ps[2 * i], ps[2 * i + 1]
        rows.append(
            [
                f"第{i + 1}",
                a.name(1),
                w.addr(a, full=False),
                a.phone,
                b.name(1),
                w.addr(b, full=False),
                b.mobile,
            ]
        )
    docs.append(Doc("senkyo", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("名簿", rows, first_row=3, title="投票管理者・投票立会人 名簿")]),
        "managers and witnesses are residents appointed for one day: their home address and phone are private",
        post=xlsx_merge("名簿", ["A3:A4", "B3:D3", "E3:G3"])))  # fmt: skip
    # L2: 期日前投票 従事者（アルバイト）シフト with mobile
    ps = w.people(15, 1965, 2004)
    rows = [["氏名", "携帯電話", "7/1", "7/2", "7/3", "7/4", "7/5", "7/6"]]
    for p in ps:
        rows.append(
            [
                p.name(3),
                p.mobile.replace("-", " "),
                *(rng.choice(["○", "", "午前", "午後"]) for _ in range(6)),
            ]
        )
    docs.append(Doc("senkyo", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("シフト", rows, title="期日前投票所 従事者シフト表"),
        sheet("連絡網", [["班", "班長"], ["A班", ps[0].name(3)], ["B班", ps[1].name(3)]])])))  # fmt: skip
    # L2: 選挙人名簿 抄本 閲覧 申出書 (individual requester)
    p = w.person(1960, 1995)
    docs.append(Doc("senkyo", "odt", 2, [*NAME_ADDR_BIRTH, "phone"], DocSpec(title="選挙人名簿抄本の閲覧申出書",
        paragraphs=[f"申出者氏名　{p.name(2)}", f"住所　{w.addr(p)}", f"生年月日　{wareki(p.birth, 'full')}", f"電話　{p.phone}",
                    "閲覧の目的：政治活動（後援会活動の案内）", "閲覧する範囲：第3投票区"])))  # fmt: skip
    # L2: 不在者投票 請求書 受付 (滞在先で投票; no health)
    ps = w.people(10, 1960, 2003)
    rows = [["受付日", "氏名", "生年月日", "住所", "滞在先", "送付方法"]]
    for p in ps:
        rows.append([f"7月{rng.randint(1, 5)}日", p.name(0), wareki(p.birth, "short"), w.addr(p, full=False),
                     rng.choice(["東京都新宿区", "仙台市青葉区", "大阪府吹田市", "札幌市北区"]), "郵送"])  # fmt: skip
    docs.append(Doc("senkyo", "xls", 2, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("請求受付", rows)]),
        "voting away from home (出張・就学): no hospital or care facility, so no health"))  # fmt: skip
    # L3: 選挙人名簿 抄本 (bulk, multi-page canvas PDF)
    ps = w.people(150, 1935, 2005)
    rows2 = [[f"{i:04d}", p.name(0), "男" if p.male else "女", p.birth.strftime("%Y.%m.%d"), w.addr(p, full=False)]
             for i, p in enumerate(sorted(ps, key=lambda q: q.kana), 1)]  # fmt: skip
    docs.append(Doc("senkyo", "pdf", 3, NAME_ADDR_BIRTH, DocSpec(title="選挙人名簿抄本"),
        "bulk: 150 electors with name, address and birth date",
        post=canvas_pdf(f"選挙人名簿抄本　第3投票区（{w.towns[2]}）", ["番号", "氏名", "性別", "生年月日", "住所"],
                        [30, 70, 160, 190, 260], rows2, 50, top_note=f"{city}選挙管理委員会", bottom_note="閲覧用・複写禁止")))  # fmt: skip
    # L3: 郵便等投票 証明書 交付台帳 (障害)
    ps = w.people(9, 1935, 1975)
    rows = [["証明書番号", "氏名", "住所", "生年月日", "手帳種別", "障害名・等級", "有効期限"]]
    for i, p in enumerate(ps, 1):
        _kind, detail = rng.choice(DISABILITIES)
        rows.append(
            [
                f"郵-{i:03d}",
                p.name(0),
                w.addr(p),
                wareki(p.birth, "full"),
                "身体障害者手帳",
                f"{detail} {rng.choice(['1級', '2級'])}",
                "R9.3.31",
            ]
        )
    docs.append(Doc("senkyo", "xlsx", 3, [*NAME_ADDR_BIRTH, "health"], DocSpec(sheets=[sheet("交付台帳", rows, title="郵便等投票証明書 交付台帳")])))  # fmt: skip
    # L3: 投票管理者 報酬 支払 with My Number on a veryHidden sheet
    ps = w.people(12, 1950, 1985)
    vis = [["投票区", "氏名", "報酬額"]] + [[f"第{i + 1}", p.name(0), 12600] for i, p in enumerate(ps)]
    hid = [["氏名", "住所", "個人番号"]] + [[p.name(0), w.addr(p), p.mn] for p in ps]
    docs.append(Doc("senkyo", "xlsx", 3, [*NAME_ADDR, "my_number"], DocSpec(sheets=[
        sheet("報酬", vis, title="投票管理者等 報酬支払一覧"), sheet("支払調書用", hid, state="veryHidden")]),
        "the My Numbers for the 支払調書 are on a very hidden sheet"))  # fmt: skip
    # L3: 代理投票 記録 (認知症 / 視覚障害) docx
    p = w.person(1930, 1945)
    docs.append(Doc("senkyo", "docx", 3, ["name", "birth_date", "health"], DocSpec(title="代理投票・点字投票 記録票",
        tables=[[["投票区", "第7投票区", "", ""], ["選挙人氏名", p.name(1), "生年月日", wareki(p.birth, "full")],
                 ["理由", "視覚障害（身体障害者手帳1級）のため代理投票を申請", "", ""],
                 ["補助者", "事務従事者2名", "立会", "投票立会人"]]]),
        post=docx_merge_rows([(0, 0, 1, 3), (0, 2, 1, 3)])))  # fmt: skip
    return docs


def bousai(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    city = w.city
    # L1: 指定避難所一覧 (public)
    rows = [["番号", "施設名", "シセツメイ", "所在地", "電話", "収容人数", "洪水", "土砂", "地震", "開設日"]]
    for i in range(1, 25):
        fac = (
            f"{rng.choice(w.towns).replace('大字', '')}{rng.choice(['小学校', '中学校', '公民館', '体育館'])}"
        )
        rows.append([i, fac, "", w.facility_addr(), w.facility_phone(), rng.randint(80, 600), *(rng.choice(["○", "×"]) for _ in range(3)),
                     f"R{rng.randint(1, 5)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}"])  # fmt: skip
    docs.append(Doc("bousai", "xlsx", 1, [], DocSpec(sheets=[sheet("避難所", rows, title=f"{city} 指定避難所一覧")]),
        "facility list; 開設日 is no birth date"))  # fmt: skip
    # L1: 浸水想定 hazard table (cp932 csv)
    rows = [["町丁名", "想定最大浸水深", "浸水継続時間", "家屋倒壊等氾濫想定区域", "土砂災害警戒区域"]]
    for t in w.towns:
        for c in range(1, 4):
            rows.append([f"{t}{c}丁目" if not t.startswith("大字") else f"{t}（{c}）", rng.choice(["0.5m未満", "0.5～3.0m", "3.0～5.0m"]),
                         rng.choice(["12時間未満", "1日～3日"]), rng.choice(["該当", "非該当"]), rng.choice(["該当", "非該当"])])  # fmt: skip
    docs.append(Doc("bousai", "csv-cp932", 1, [], DocSpec(sheets=[sheet("浸水想定", rows)])))
    # L1: 避難行動要支援者 制度の説明 (pdf)
    docs.append(Doc("bousai", "pdf", 1, [], DocSpec(title="避難行動要支援者名簿への登録について",
        paragraphs=["要介護3以上の方、身体障害者手帳1・2級の方、療育手帳Aの方、精神障害者保健福祉手帳1級の方などが対象です。",
                    "名簿には氏名、生年月日、住所、電話番号、避難支援等を必要とする事由（病名・障害の状況など）を記載します。",
                    "平常時の名簿提供には本人の同意が必要です。マイナンバーは記載しません。",
                    f"問い合わせ {city}危機管理課 {w.office_phone(2711)}"], footer="危機管理課")))  # fmt: skip
    # L1: 防災訓練 実施報告 docx
    docs.append(Doc("bousai", "docx", 1, [], DocSpec(title="令和6年度 総合防災訓練 実施報告",
        paragraphs=["日時：令和6年8月25日（日）8:30～12:00", "参加機関：消防本部、警察署、自衛隊、自主防災組織 42団体",
                    "参加者数：1,284名（うち要配慮者の避難支援訓練 36名）", "課題：安否確認シートの回収に時間を要した。"],
        tables=[[["訓練項目", "参加", "所要時間"], ["避難所開設", "12地区", "45分"], ["安否確認", "18地区", "70分"]]])))  # fmt: skip
    # L1: 安否確認シート blank with 記入例
    docs.append(Doc("bousai", "xlsx", 1, [], DocSpec(sheets=[sheet("記入例", [
        ["世帯主氏名", "住所", "電話", "人数", "安否", "支援の要否"],
        ["防災 次郎", "○○町1丁目1-1", "000-0000-0000", 3, "無事", "不要"], [None, None, None, None, None, None]],
        title="安否確認シート（記入例）", footer="自主防災組織 配布用")]), "記入例 with an invented household"))  # fmt: skip
    # L1: 災害対策本部 chat (staff only, places)
    docs.append(Doc("bousai", "txt", 1, [], DocSpec(paragraphs=[
        "[06:12] 危機管理課 当直: 大雨警報発表。災害警戒本部設置",
        f"[06:40] 道路管理課: {w.towns[3]}のアンダーパス冠水、通行止め",
        f"[07:05] 危機管理課 課長: {w.towns[1]}公民館、{w.towns[5]}小学校を自主避難所として開設",
        "[07:30] 福祉班: 要支援者名簿の対象地区を抽出済み、安否確認は民生委員に依頼",
        "[08:15] 避難所班: 公民館 避難者 4世帯7名、体育館 0名"]),
        "staff and places only; counts of evacuees are not persons"))  # fmt: skip
    # L1: 備蓄品 一覧 ods
    docs.append(Doc("bousai", "ods", 1, [], DocSpec(sheets=[sheet("備蓄", [["品目", "数量", "保管場所"], ["アルファ米", 12000, "防災倉庫"],
        ["飲料水2L", 8000, "防災倉庫"], ["簡易トイレ", 3000, "各避難所"], ["段ボールベッド", 400, "市民体育館"]])])))  # fmt: skip
    # L2: 避難者名簿 (shelter) xlsx
    ps = w.people(26, 1940, 2015)
    rows = [["受付", "氏名", "年齢", "住所", "連絡先", "入所日", "退所日"]]
    for i, p in enumerate(ps, 1):
        rows.append([i, p.name(rng.choice([0, 1, 3])), p.age(), w.addr(p, full=False), p.mobile, "8/29", ""])
    docs.append(Doc("bousai", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("避難者", rows, title=f"避難者名簿（{w.towns[1]}公民館）")])))  # fmt: skip
    # L2: 安否確認 results (pptx report to 本部 listing households)
    ps = w.people(6, 1935, 1960)
    docs.append(Doc("bousai", "pptx", 2, NAME_ADDR_PHONE, DocSpec(title="安否確認 結果報告（第2報）",
        tables=[[["世帯主", "住所", "電話", "結果"]] + [[p.name(2), w.addr(p, full=False), p.phone, rng.choice(["無事", "不在", "親族宅へ避難"])] for p in ps]],
        notes=["不在世帯は夕方再訪問"])))  # fmt: skip
    # L2: 電話メモ (被害 report)
    p = w.person(1950, 1985)
    docs.append(Doc("bousai", "txt-cp932", 2, NAME_ADDR_PHONE, DocSpec(paragraphs=[
        "■電話受付メモ　8/29 22:40", f"通報者：{p.name(1)}さん", f"場所：{w.addr(p, full=False, fw=True)}（自宅）",
        f"電話：{p.phone}", "内容：裏の斜面から水が出ている。床下浸水。", "→ 土木班へ連絡済み"])))  # fmt: skip
    # L2: 罹災証明 申請 受付 csv cp932
    ps = w.people(22, 1945, 1995)
    rows = [["受付番号", "申請者", "被災住家の所在地", "連絡先", "被害の程度（申告）"]]
    for i, p in enumerate(ps, 1):
        rows.append(
            [
                f"R6-{i:04d}",
                p.name(0),
                w.addr(p, full=False),
                rng.choice([p.phone, p.mobile]),
                rng.choice(["床下浸水", "床上浸水", "一部損壊"]),
            ]
        )
    docs.append(Doc("bousai", "csv-cp932", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("罹災証明", rows)])))  # fmt: skip
    # L3: 避難行動要支援者名簿 (summary public, detail with health)
    ps = w.people(35, 1925, 1965)
    det = [["No", "氏名", "フリガナ", "生年月日", "住所", "電話", "要件", "支援が必要な事由", "避難支援者"]]
    for i, p in enumerate(ps, 1):
        det.append([i, p.name(0), p.kana, wareki(p.birth, rng.choice(["full", "short"])), w.addr(p, full=False), p.phone,
                    rng.choice(["要介護3", "身体1級", "療育A", "独居高齢"]), rng.choice([*DISEASES, "全盲", "車いす使用", "重度難聴"]),
                    rng.choice(["長男（市外）", "民生委員", "隣人", "なし"])])  # fmt: skip
    summ = [["地区", "登録者数", "同意者数"]] + [
        [t, rng.randint(20, 120), rng.randint(10, 80)] for t in w.towns
    ]
    docs.append(Doc("bousai", "xlsx", 3, [*NAME_ALL, "health"], DocSpec(sheets=[
        sheet("地区別集計", summ, title="避難行動要支援者 登録状況"), sheet("名簿", det, header="取扱注意　平常時提供不可")])))  # fmt: skip
    # L3: 要支援者名簿 (bulk 120, multi-page canvas PDF, landscape)
    ps = w.people(120, 1925, 1970)
    rows2 = [[f"{i:03d}", p.name(1), wareki(p.birth, "short"), w.addr(p, full=False), p.phone,
              rng.choice(["要介護4", "身体1級 下肢", "在宅酸素", "人工透析", "認知症", "精神1級"])] for i, p in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc("bousai", "pdf", 3, [*NAME_ALL, "health"], DocSpec(title="要支援者名簿"),
        post=canvas_pdf(f"避難行動要支援者名簿（{w.towns[0]}地区 自主防災会提供用）", ["No", "氏名", "生年月日", "住所", "電話", "要件"],
                        [30, 70, 170, 240, 470, 570], rows2, 30, top_note="取扱注意", landscape=True)))  # fmt: skip
    # L3: 災害 chat where a named resident needs dialysis
    p = w.person(1940, 1960)
    docs.append(Doc("bousai", "txt", 3, [*NAME_ADDR, "health"], DocSpec(paragraphs=[
        "[14:02] 福祉班 小林: 安否確認で1件要対応です", f"[14:03] 福祉班 小林: {p.name(0)}さん（{w.addr(p, full=False)}）",
        "[14:03] 福祉班 小林: 人工透析を週3回受けていて、明日が透析日。道路寸断で病院に行けない",
        "[14:06] 本部 危機管理課: 消防に搬送依頼します。透析先の病院名わかりますか", "[14:08] 福祉班 小林: 県立中央病院とのこと"])))  # fmt: skip
    # L3: 避難所 健康チェック表 (docx, 服薬)
    ps = w.people(7, 1935, 1990)
    tab = [["氏名", "年齢", "体調", "持病・服薬", "対応"]] + [[p.name(rng.choice([0, 1])), f"{p.age()}", rng.choice(["良", "不良"]),
           rng.choice(["高血圧（降圧剤）", "糖尿病（インスリン）", "喘息", "なし", "てんかん（服薬中）"]), rng.choice(["保健師巡回", "経過観察"])] for p in ps]  # fmt: skip
    docs.append(Doc("bousai", "docx", 3, ["name", "health"], DocSpec(title="避難所 健康チェック表",
        paragraphs=[f"避難所：{w.towns[5].replace('大字', '')}小学校体育館　8月30日 午前"], tables=[tab]),
        "names with 持病・服薬 of evacuees: health about identifiable persons is 3 even without an address"))  # fmt: skip
    # L3: 在宅酸素 電話メモ (docx with the address in a text box)
    p = w.person(1930, 1955)
    docs.append(Doc("bousai", "docx", 3, [*NAME_ADDR_PHONE, "health"], DocSpec(title="停電時 電話対応メモ",
        paragraphs=["受付：8月29日 19:20", f"相手：{p.name(2)}様 ご本人", "在宅酸素療法中。停電で酸素濃縮装置が止まり、ボンベ残量2時間。",
                    "→ 業者と消防へ連絡。"], textboxes=[f"{w.addr(p)}　TEL {p.phone}"])))  # fmt: skip
    return docs


def shogai(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    city = w.city
    # L1: 障害福祉サービス 事業所 directory
    rows = [
        [
            "事業所名",
            "じぎょうしょめい",
            "サービス",
            "所在地",
            "電話",
            "FAX",
            "法人名",
            "法人番号",
            "管理者",
            "サービス管理責任者",
        ]
    ]
    for _ in range(18):
        word, svc = (
            rng.choice(FACILITY_WORDS),
            rng.choice(["作業所", "ワークセンター", "生活介護事業所", "グループホーム"]),
        )
        ph = w.facility_phone()
        rows.append([word + svc, FACILITY_KANA.get(word, word) + SERVICE_KANA[svc], rng.choice(["就労継続支援B型", "生活介護", "共同生活援助", "就労移行支援"]), w.facility_addr(), ph,
                     ph[:-1] + str((int(ph[-1]) + 1) % 10), rng.choice(CORPS), corporate_number(rng), w.person(1960, 1990).name(0),
                     w.person(1965, 1995).name(0)])  # fmt: skip
    docs.append(Doc("shogai", "xlsx", 1, ["corporate_number"], DocSpec(sheets=[sheet("一覧", rows, title="障害福祉サービス事業所一覧")]),
        "managers named in role next to the facility's address and phone"))  # fmt: skip
    # L1: 手帳 交付数 statistics with two-row merged header (xls)
    rows = [
        ["年度", "身体障害者手帳", "", "療育手帳", "", "精神保健福祉手帳"],
        ["", "1・2級", "3～6級", "A", "B", "1～3級"],
    ]
    for y in range(1, 6):
        rows.append([f"R{y}", 4200 + y * 10, 5100 - y * 20, 900 + y * 8, 1300 + y * 30, 2100 + y * 90])
    docs.append(
        Doc("shogai", "xls", 1, [], DocSpec(sheets=[sheet("手帳", rows, title="障害者手帳所持者数の推移")]))
    )
    # L1: 手帳 申請書 記入例
    docs.append(Doc("shogai", "docx", 1, [], DocSpec(title="身体障害者手帳交付申請書（記入例）",
        tables=[[["氏名", "福祉 三郎", "生年月日", "昭和○年○月○日"], ["住所", f"{city}○○町1-2-3", "", ""],
                 ["障害名", "（例）右上肢機能障害", "", ""], ["個人番号", "□□□□ □□□□ □□□□", "", ""]]],
        paragraphs=["※ 指定医の診断書・意見書を添付してください。記入例の氏名は架空です。"]),
        "記入例: invented name, placeholder boxes instead of a number", post=docx_merge_rows([(0, 1, 1, 3), (0, 2, 1, 3)])))  # fmt: skip
    # L1: 障害者計画 推進協議会 委員名簿 pdf
    rows = [["氏名", "所属"]] + [[w.person(1950, 1985).name(0), org] for org in
            ["県立大学 准教授", "身体障害者福祉協会 会長", "手をつなぐ育成会 会長", "精神保健福祉士協会", "相談支援事業所 ひだまり 所長", "ハローワーク 所長"]]  # fmt: skip
    docs.append(Doc("shogai", "pdf", 1, [], DocSpec(title="障害者計画推進協議会 委員名簿", tables=[rows],
        paragraphs=["（敬称略・順不同）"]), "members named with their organisation only"))  # fmt: skip
    # L1: 相談支援事業所 csv (cp932)
    rows = [["事業所名", "住所", "電話", "相談支援専門員数"]] + [[f"相談支援センター{f}", w.facility_addr(), w.facility_phone(), rng.randint(1, 6)]
                                                          for f in rng.sample(FACILITY_WORDS, 8)]  # fmt: skip
    docs.append(Doc("shogai", "csv-cp932", 1, [], DocSpec(sheets=[sheet("相談支援", rows)])))
    # L1: 手話言語条例 (txt)
    docs.append(Doc("shogai", "txt", 1, [], DocSpec(title=f"{city}手話言語条例の概要", paragraphs=[
        "手話は言語であるとの認識に基づき、手話の普及及び手話を使用しやすい環境の整備を図ります。",
        "聴覚障害のある方への意思疎通支援として、手話通訳者の派遣を無料で行います。",
        f"派遣依頼 {city}障害福祉課 FAX {w.office_phone(2800)}"])))  # fmt: skip
    # L2: 手話通訳者 登録者名簿 (private interpreters at home)
    ps = w.people(14, 1955, 1995)
    rows = [["登録番号", "氏名", "住所", "電話", "携帯", "資格"]]
    for i, p in enumerate(ps, 1):
        rows.append(
            [
                f"手-{i:02d}",
                p.name(0),
                w.addr(p, full=False),
                p.phone,
                p.mobile,
                rng.choice(["手話通訳士", "県登録手話通訳者", "要約筆記者"]),
            ]
        )
    docs.append(Doc("shogai", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("登録者", rows, title="手話通訳者・要約筆記者 登録名簿")]),
        "registered interpreters are private persons at their home address and phone; no disability of theirs is recorded"))  # fmt: skip
    # L2: サポーター養成講座 申込 csv
    ps = w.people(18, 1950, 2005)
    rows = [["申込日", "氏名", "ふりがな", "電話番号", "住所（町名まで）", "受講回"]]
    for p in ps:
        rows.append(
            [
                f"2024/7/{rng.randint(1, 31)}",
                p.name(1),
                p.kana,
                p.mobile,
                p.town,
                rng.choice(["第1回", "第2回"]),
            ]
        )
    docs.append(Doc("shogai", "csv", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("申込", rows)]),
        "citizens applying for a course: name + phone is 2"))  # fmt: skip
    # L2: 移動支援 ヘルパー (従業者) list in odt
    ps = w.people(8, 1960, 1998)
    docs.append(Doc("shogai", "odt", 2, ["name", "birth_date", "phone"], DocSpec(title="移動支援従業者 登録一覧",
        tables=[[["氏名", "生年月日", "連絡先", "修了研修"]] + [[p.name(0), p.birth.strftime("%Y年%m月%d日"), p.mobile, "同行援護従業者養成研修"] for p in ps]])))  # fmt: skip
    # L2: 補装具 業者 への 支払 — no; 家族会 連絡網
    ps = w.people(12, 1950, 1980)
    docs.append(Doc("shogai", "pptx", 2, ["name", "phone"], DocSpec(title="ボランティア連絡網（朗読・点訳グループ）",
        tables=[[["氏名", "電話"]] + [[p.name(rng.choice([0, 3])) + "さん", p.phone] for p in ps]]),
        "volunteers of a reading group: no disability recorded about them"))  # fmt: skip
    # L3: 身体障害者手帳 交付台帳 with two-row merged header and hidden sheet of My Numbers
    ps = w.people(28, 1930, 2000)
    rows = [
        ["手帳番号", "交付者", "", "", "障害", "", "交付日"],
        ["", "氏名", "生年月日", "住所", "種別", "障害名・等級", ""],
    ]
    for p in ps:
        kind, detail = rng.choice(DISABILITIES)
        rows.append([f"第{rng.randint(10000, 99999)}号", p.name(rng.choice([0, 1, 2])), wareki(p.birth, rng.choice(["full", "abbr"])),
                     w.addr(p, full=False), kind, f"{detail} {rng.randint(1, 6)}級", f"R{rng.randint(1, 6)}.{rng.randint(1, 12)}.1"])  # fmt: skip
    mns = [["氏名", "個人番号"]] + [[p.name(0), p.mn] for p in ps[:10]]
    docs.append(Doc("shogai", "xlsx", 3, [*NAME_ADDR_BIRTH, "health", "my_number"], DocSpec(sheets=[
        sheet("台帳", rows, title="身体障害者手帳 交付台帳", first_row=3), sheet("番号", mns, state="hidden")]),
        post=xlsx_merge("台帳", ["A3:A4", "B3:D3", "E3:F3", "G3:G4"])))  # fmt: skip
    # L3: サービス 利用者一覧 (cp932 csv)
    ps = w.people(25, 1950, 2005)
    rows = [["受給者証番号", "氏名", "住所", "電話", "障害支援区分", "障害種別", "サービス", "事業所"]]
    for p in ps:
        rows.append([f"{rng.randint(1000000000, 9999999999)}", p.name(0), w.addr(p, full=False), p.phone, f"区分{rng.randint(2, 6)}",
                     rng.choice(["知的", "身体", "精神", "難病"]), rng.choice(["生活介護", "就労継続支援B型", "居宅介護"]), rng.choice(FACILITY_WORDS)])  # fmt: skip
    docs.append(
        Doc("shogai", "csv-cp932", 3, [*NAME_ADDR_PHONE, "health"], DocSpec(sheets=[sheet("利用者", rows)]))
    )
    # L3: 療育手帳 判定 ケース記録 docx
    p = w.person(2010, 2018)
    docs.append(Doc("shogai", "docx", 3, [*NAME_ADDR_BIRTH, "health"], DocSpec(title="ケース記録（療育手帳 再判定）",
        paragraphs=[f"対象児：{p.name(2)}（{p.kana}）　{wareki(p.birth, 'full')}生", f"住所：{w.addr(p)}",
                    "R6.8.20 児童相談所にて再判定。知能検査 IQ 42、判定 A（重度）。自閉スペクトラム症の診断あり（〇〇医療センター）。",
                    "母より：放課後等デイサービスの利用日数を増やしたい。"], footer="障害福祉課 相談係")))  # fmt: skip
    # L3: 自立支援医療（精神通院）更新 一覧 multi-page canvas pdf with spaced My Numbers
    ps = w.people(45, 1950, 2000)
    rows2 = [[p.name(0), wareki(p.birth, "short"), spaced(p.mn), rng.choice(["F20 統合失調症", "F32 うつ病", "F31 双極性障害", "G40 てんかん"]),
              f"{rng.choice(['駅前', 'こころの', '中央'])}クリニック"] for p in ps]  # fmt: skip
    docs.append(Doc("shogai", "pdf", 3, ["name", "birth_date", "my_number", "health"], DocSpec(title="自立支援医療"),
        "My Numbers drawn 4-4-4 with spaces",
        post=canvas_pdf("自立支援医療（精神通院医療）更新対象者一覧", ["氏名", "生年月日", "個人番号", "病名", "指定医療機関"],
                        [30, 110, 170, 260, 380], rows2, 20, top_note="障害福祉課 内部用")))  # fmt: skip
    # L3: 特別障害者手当 申請 (docx header with 個人番号, full-width)
    p = w.person(1940, 1990)
    docs.append(Doc("shogai", "docx", 3, [*NAME_ADDR_BIRTH, "my_number", "health"], DocSpec(title="特別障害者手当 認定請求書（控）",
        paragraphs=[f"請求者 {p.name(1)} 殿", f"住所 {w.addr(p)}", f"生年月日 {wareki(p.birth, 'full')}",
                    "障害の状態：体幹機能障害により座位保持不能（身体障害者手帳1級）、常時介護を要する。"],
        header=f"個人番号：{p.mn.translate(FW)}")))  # fmt: skip
    return docs


# --- numbers that look like My Numbers, in this desk's documents -----------------------------------
def numbers(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    # L1: 被保険者番号 / 受付番号 12 digits all failing the check
    rows = [["受付番号", "受付日", "区分", "処理状況"]] + [
        [not_my_number(rng), f"R6.8.{rng.randint(1, 28)}", rng.choice(["新規", "更新", "区分変更"]), "完了"]
        for _ in range(14)
    ]
    docs.append(
        Doc(
            "kaigo",
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("受付", rows)]),
            "12-digit 受付番号 all failing the check digit",
        )
    )
    rows = [["照会番号", "照会先", "回答"]] + [
        [spaced(not_my_number(rng)), rng.choice(["年金機構", "他市町村", "協会けんぽ"]), "済"]
        for _ in range(12)
    ]
    docs.append(Doc("kokuho", "txt", 1, [], DocSpec(title="情報連携 照会番号控", tables=[rows]), "spaced 照会番号, all failing the check digit"))  # fmt: skip
    # L2: same kind of numbers next to names and phones
    ps = w.people(10, 1950, 1990)
    rows = [["受付番号", "氏名", "電話"]] + [[not_my_number(rng), p.name(0), p.phone] for p in ps]
    docs.append(Doc("senkyo", "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("問合せ", rows)]),
        "12-digit 受付番号 all failing the check digit; name + phone is 2"))  # fmt: skip
    return docs


def more(w: World) -> list[Doc]:
    """Second documents of each desk: registers of private helpers, letters, refunds, bulk lists."""
    rng, docs = w.rng, []
    city = w.city
    # kaigo L2: 介護相談員 (volunteers) at their home address
    ps = w.people(10, 1948, 1970)
    rows = [["氏名", "自宅住所", "自宅電話", "担当施設"]] + [
        [p.name(0), w.addr(p, full=False), p.phone, rng.choice(FACILITY_WORDS)] for p in ps
    ]
    docs.append(Doc("kaigo", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("相談員", rows, title="介護相談員 名簿（派遣先別）")]),
        "介護相談員 are citizen volunteers listed at their own home address and phone, not at an office"))  # fmt: skip
    # kaigo L2: 65歳到達 資格取得 list (20)
    ps = w.people(20, 1959, 1959)
    rows = [["被保険者番号", "氏名", "カナ氏名", "生年月日", "住所", "保険証発送日"]]
    for p in ps:
        rows.append(
            [
                f"{rng.randint(0, 9999999999):010d}",
                p.name(1),
                p.kana,
                wareki(p.birth, "full"),
                w.addr(p, full=False),
                "R6.8.30",
            ]
        )
    docs.append(Doc("kaigo", "xlsx", 2, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("65歳到達", rows)], footer="介護保険課 資格係")))  # fmt: skip
    # kaigo L3: bulk 112 first-insured persons (65歳到達 annual list) in xlsx
    ps = w.people(112, 1958, 1959)
    rows = [["No", "氏名", "生年月日", "住所", "電話"]] + [
        [i, p.name(rng.choice([0, 1])), p.birth, w.addr(p, full=False), p.phone] for i, p in enumerate(ps, 1)
    ]
    docs.append(Doc("kaigo", "xlsx", 3, NAME_ALL, DocSpec(sheets=[sheet("到達者", rows, title="令和6年度 第1号被保険者 資格取得予定者")]),
        "bulk: 112 persons with name, birth date, address and phone"))  # fmt: skip
    # kokuho L2: 加入勧奨 letter
    p = w.person(1970, 2000)
    docs.append(Doc("kokuho", "odt", 2, NAME_ADDR, DocSpec(paragraphs=[w.addr(p), f"{p.name(0)} 様", "",
        "国民健康保険の加入手続きについて（ご案内）", "会社の健康保険をやめた日から14日以内に国保の加入手続きが必要です。",
        "お手続きの際はマイナンバーカード又は通知カードをお持ちください。", f"{city}国民健康保険課 資格係"])))  # fmt: skip
    # kokuho L2: 国保税 還付 (overpayment refund) list
    ps = w.people(13, 1950, 1990)
    rows = [["通知番号", "納税義務者", "住所", "還付額", "還付理由"]] + [[f"K{rng.randint(1000, 9999)}", p.name(2), w.addr(p, fw=True), rng.randint(800, 42000),
            rng.choice(["二重納付", "資格喪失による減額", "所得更正"])] for p in ps]  # fmt: skip
    docs.append(Doc("kokuho", "xlsx", 2, NAME_ADDR, DocSpec(sheets=[sheet("還付", rows, title="国保税 過誤納還付 一覧")]),
        "a refund (還付) is no arrears"))  # fmt: skip
    # kokuho L2: 口座振替 受付 (tsv-like cp932 txt)
    ps = w.people(9, 1950, 1995)
    docs.append(Doc("kokuho", "txt-cp932", 2, NAME_ADDR_PHONE, DocSpec(title="口座振替依頼書 受付分（8月）",
        tables=[[["氏名", "住所", "電話", "金融機関"]] + [[p.name(1), w.addr(p, full=False), p.phone, rng.choice(["みちのく銀行", "地方銀行本店", "ゆうちょ銀行"])] for p in ps]])))  # fmt: skip
    # kokuho L3: 高額療養費 受付 list with 入院
    ps = w.people(16, 1945, 1985)
    rows = [["受付日", "世帯主", "住所", "療養者", "診療月", "医療機関", "入院/外来", "支給見込額"]]
    for p in ps:
        rows.append([f"R6.8.{rng.randint(1, 28)}", p.name(0), w.addr(p, full=False), "本人", f"R6.{rng.randint(4, 6)}",
                     f"{rng.choice(['県立中央', '市民', '赤十字'])}病院", rng.choice(["入院", "外来"]), rng.randint(20000, 300000)])  # fmt: skip
    docs.append(Doc("kokuho", "xls", 3, [*NAME_ADDR, "health"], DocSpec(sheets=[sheet("受付", rows, title="高額療養費 申請受付簿")]),
        "hospital treatment (入院 at a named hospital) of a named person is medical data"))  # fmt: skip
    # kokuho L1: データヘルス計画 excerpt
    docs.append(Doc("kokuho", "pdf", 1, [], DocSpec(title="第3期データヘルス計画（概要版）",
        tables=[[["疾病分類", "医療費割合", "順位"], ["新生物", "16.2%", "1"], ["循環器系", "13.8%", "2"], ["精神及び行動の障害", "9.1%", "3"], ["腎不全", "6.4%", "4"]]],
        paragraphs=["人工透析患者数は 212人（R5）。糖尿病性腎症重症化予防に取り組みます。"])))  # fmt: skip
    # senkyo L2: 期日前投票 宣誓書
    p = w.person(1950, 2005)
    docs.append(Doc("senkyo", "docx", 2, NAME_ADDR_BIRTH, DocSpec(title="宣誓書（期日前投票）",
        paragraphs=["私は、選挙の当日、下記の事由に該当すると見込まれます。", "事由：仕事・旅行等", f"住所　{w.addr(p)}",
                    f"氏名　{p.name(2)}", f"生年月日　{wareki(p.birth, rng.choice(['full', 'short']))}", "令和6年7月3日"])))  # fmt: skip
    # senkyo L2: 在外選挙人名簿 登録 申請 list
    ps = w.people(7, 1960, 2004)
    rows = [["氏名", "生年月日", "最終住所", "国外住所", "申請日"]] + [
        [
            p.name(0),
            p.birth,
            w.addr(p, full=False),
            rng.choice(["Toronto, Canada", "Hamburg, Germany", "Sydney, Australia"]),
            "2024/05/10",
        ]
        for p in ps
    ]
    docs.append(Doc("senkyo", "ods", 2, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("在外", rows)])))
    # senkyo L2: ポスター掲示場 設置 土地所有者 承諾
    ps = w.people(11, 1940, 1975)
    rows = [["掲示場番号", "設置場所", "土地所有者", "所有者住所", "電話"]] + [[f"{i}-{rng.randint(1, 9)}", f"{p.town}地内 ○○商店前", p.name(0) + " 氏", w.addr(p), p.phone]
            for i, p in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc("senkyo", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("掲示場", rows, title="ポスター掲示場 土地所有者一覧")]),
        "landowners consenting privately, at their home address"))  # fmt: skip
    # senkyo L1: 開票事務 従事者 配置表 (staff with extensions)
    rows = [["係", "氏名", "所属", "内線"]] + [
        [
            rng.choice(["開披", "点検", "集計", "受付"]),
            w.person(1965, 2000).name(1),
            rng.choice(["総務課", "税務課", "市民課", "福祉課"]),
            f"{rng.randint(2000, 2999)}",
        ]
        for _ in range(20)
    ]
    docs.append(Doc("senkyo", "xlsx", 1, [], DocSpec(sheets=[sheet("配置", rows, title="開票事務 従事者配置表")]), "city staff with their section and extension"))  # fmt: skip
    # senkyo L3: 開票所 アルバイト 登録 (bulk 108 with phone)
    ps = w.people(108, 1960, 2005)
    rows = [["登録番号", "氏名", "ふりがな", "電話", "希望"]] + [
        [f"A{i:03d}", p.name(0), p.kana, p.mobile, rng.choice(["当日", "期日前", "どちらでも"])]
        for i, p in enumerate(ps, 1)
    ]
    docs.append(Doc("senkyo", "csv", 3, ["name", "phone"], DocSpec(sheets=[sheet("登録", rows)]),
        "bulk: 108 students and residents with their mobile numbers"))  # fmt: skip
    # bousai L2: 自主防災組織 会長 名簿 (home address)
    ps = w.people(12, 1945, 1970)
    rows = [["組織名", "会長", "連絡先住所", "電話"]] + [
        [f"{p.town.replace('大字', '')}自主防災会", p.name(0), w.addr(p, full=False), p.phone] for p in ps
    ]
    docs.append(Doc("bousai", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("会長", rows, title="自主防災組織 会長連絡先")]),
        "doubtful: leaders of a voluntary group, but the contact is their own home address and phone, so private data: 2"))  # fmt: skip
    # bousai L2: 防災メール 登録 csv
    ps = w.people(16, 1950, 2005)
    rows = [["登録日", "氏名", "メールアドレス", "電話", "受信地区"]] + [
        [
            f"2024/0{rng.randint(4, 8)}/{rng.randint(10, 28)}",
            p.name(1),
            f"user{rng.randint(100, 999)}@example.jp",
            p.mobile,
            p.town,
        ]
        for p in ps
    ]
    docs.append(Doc("bousai", "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("登録", rows)])))  # fmt: skip
    # bousai L2: 物資 受領 記録 docx
    ps = w.people(8, 1945, 1995)
    docs.append(Doc("bousai", "docx", 2, NAME_ADDR, DocSpec(title="支援物資 受領簿",
        tables=[[["受領日", "氏名", "住所", "品目", "受領印"]] + [["8/31", p.name(rng.choice([0, 3])), w.addr(p, full=False), rng.choice(["水・食料", "毛布", "衛生用品"]), "㊞"] for p in ps]])))  # fmt: skip
    # bousai L2: 災害ボランティア 登録 ods
    ps = w.people(14, 1975, 2005)
    rows = [["氏名", "生年月日", "携帯", "活動可能日"]] + [
        [p.name(0), wareki(p.birth, "short"), p.mobile, "土日"] for p in ps
    ]
    docs.append(Doc("bousai", "ods", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[sheet("ボランティア", rows)])))  # fmt: skip
    # bousai L1: 災害協定 締結事業者 (corporate numbers)
    rows = [["協定名", "事業者", "法人番号", "代表者", "締結日"]] + [[rng.choice(["物資供給", "応急復旧", "福祉避難所"]), c, corporate_number(rng), "代表取締役 " + w.person(1950, 1975).name(0), f"H{rng.randint(20, 30)}.4.1"]
            for c in rng.sample(CORPS, 8)]  # fmt: skip
    docs.append(Doc("bousai", "xlsx", 1, ["corporate_number"], DocSpec(sheets=[sheet("協定", rows, title="災害時応援協定 一覧")]),
        "representatives named in role; 締結日 is no birth date"))  # fmt: skip
    # bousai L3: 災害見舞金 with My Number one digit per cell
    ps = w.people(5, 1945, 1985)
    rows = [["氏名", "住所", "被害", "見舞金"] + ["個人番号"] + [""] * 11]
    for p in ps:
        rows.append(
            [
                p.name(0),
                w.addr(p, full=False),
                rng.choice(["全壊", "半壊", "床上浸水"]),
                rng.choice([30000, 50000, 100000]),
                *list(p.mn),
            ]
        )
    docs.append(Doc("bousai", "xlsx", 3, [*NAME_ADDR, "my_number"], DocSpec(sheets=[sheet("支給", rows, title="災害見舞金 支給決定（支払調書用）")]),
        "My Numbers written one digit per cell"))  # fmt: skip
    # shogai L2: ポスターコンクール 応募者
    ps = w.people(16, 2008, 2016)
    rows = [["作品番号", "氏名", "学校・学年", "住所", "保護者電話"]] + [[i, p.name(rng.choice([0, 3])), f"{rng.choice(w.towns).replace('大字', '')}小 {rng.randint(1, 6)}年", w.addr(p, full=False), p.phone]
            for i, p in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc("shogai", "xlsx", 2, NAME_ADDR_PHONE, DocSpec(sheets=[sheet("応募", rows, title="障害者週間 ポスターコンクール 応募者")])))  # fmt: skip
    # shogai L2: 福祉有償運送 運転者
    ps = w.people(9, 1950, 1975)
    rows = [["運転者氏名", "生年月日", "住所", "免許種別", "講習修了日"]] + [
        [p.name(2), wareki(p.birth, "full"), w.addr(p, full=False), "普通二種", "R5.11.3"] for p in ps
    ]
    docs.append(Doc("shogai", "csv-cp932", 2, NAME_ADDR_BIRTH, DocSpec(sheets=[sheet("運転者", rows)]),
        "drivers' own data; 講習修了日 is no birth date"))  # fmt: skip
    # shogai L3: 福祉タクシー券 交付一覧
    ps = w.people(15, 1935, 1990)
    rows = [["氏名", "住所", "電話", "手帳", "等級", "交付枚数"]] + [
        [
            p.name(0),
            w.addr(p, full=False),
            p.phone,
            rng.choice(["身体", "療育", "精神"]),
            rng.choice(["1級", "2級", "A"]),
            24,
        ]
        for p in ps
    ]
    docs.append(Doc("shogai", "xlsx", 3, [*NAME_ADDR_PHONE, "health"], DocSpec(sheets=[sheet("交付", rows, title="福祉タクシー利用券 交付一覧")]),
        "手帳 and 等級 of named persons is disability data"))  # fmt: skip
    return docs


FAMILIES = ("kaigo", "kokuho", "senkyo", "bousai", "shogai")


def build(rng: random.Random) -> list[Doc]:
    w = World(rng)
    docs: list[Doc] = []
    for fam in (kaigo, kokuho, senkyo, bousai, shogai, more, numbers):
        docs += fam(w)
    order = list(range(len(docs)))
    rng.shuffle(order)
    return [docs[i] for i in order]


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam16")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set16", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
