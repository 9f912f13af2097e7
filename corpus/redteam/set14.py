"""Fourteenth red-team set (blind): a city's board of education and children's services, with its public look-alikes.

``python -m corpus.redteam.set14 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads.

Written without reading the detectors, the policy data or the other generators' documents (the check digits
are this module's own). Families follow the desks: 保育・子育て (nursery applications, selection lists,
児童扶養手当, 保育料 arrears and reminders, the published nursery list and waiting-list statistics), schools
(class lists, health surveys, bullying and non-attendance reports, 就学援助, 給食費 and scholarship arrears,
school newsletters and published transfers), 放課後児童クラブ (registers with guardians' mobiles, fee
arrears, an injury report), staff chats, mail, a guardian's letter and memos, numbers that look like My
Numbers but are not (児童番号, 受付番号, 法人番号) and real My Numbers of guardians on 児童手当 forms.

Each document's true level follows the default policy's text only: 3 for a My Number, health or arrears data
about an identifiable person, or records of more than 100 persons; 2 for a private person's name with their
address, birth date or phone; 1 for the rest (staff and operators named in role, statistics, blank forms and
記入例). ``types`` lists what a perfect reader reports about private persons (plus ``corporate_number``).
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import corporate_number_check_digit as corporate_check_digit
from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1414
TODAY = dt.date(2024, 7, 16)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, postal prefix, towns)
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("埼玉県", "越谷市", "048", "343", ["越ヶ谷", "蒲生寿町", "大沢", "千間台東", "北越谷"]),
    ("千葉県", "柏市", "04", "277", ["豊四季台", "明原", "松葉町", "旭町", "柏の葉"]),
    ("岐阜県", "大垣市", "0584", "503", ["郭町", "林町", "禾森町", "室本町", "赤坂町"]),
    ("山口県", "下関市", "083", "750", ["竹崎町", "彦島江の浦町", "長府松小田本町", "伊倉新町", "一の宮町"]),
    ("福島県", "郡山市", "024", "963", ["桑野", "富田町", "安積町荒井", "大槻町", "香久池"]),
    ("愛媛県", "今治市", "0898", "794", ["北宝来町", "常盤町", "東鳥生町", "喜田村", "阿方"]),
]  # fmt: skip
SURNAMES = ["小野寺", "片桐", "早乙女", "野々村", "真壁", "伊集院", "河合", "浅野", "篠原", "松浦", "平野", "桑原",
            "市川", "岩崎", "竹内", "杉山", "内田", "永井", "大谷", "上田", "矢野", "森本", "秋山", "石黒",
            "関口", "菅原", "千葉", "熊谷", "松尾", "野口", "今井", "北村", "服部", "安藤", "望月", "土屋",
            "河野", "谷口", "岡本", "三浦", "原田", "中島", "小川", "高木", "宮崎", "酒井", "福田", "横山",
            "水野", "荒木", "西村", "島田", "柴田", "村上", "飯田", "大塚", "久保田", "宮本", "堀", "松田"]  # fmt: skip
BOYS = [
    "蓮",
    "湊",
    "陽翔",
    "碧",
    "蒼空",
    "悠真",
    "颯",
    "陸",
    "暖",
    "奏太",
    "律希",
    "新",
    "航",
    "岳",
    "大翔",
    "朔",
]
GIRLS = [
    "紬",
    "陽葵",
    "凛",
    "澪",
    "結月",
    "葵",
    "詩",
    "芽依",
    "花",
    "楓",
    "美桜",
    "心結",
    "柚",
    "彩葉",
    "咲",
    "杏奈",
]
ADULT_M = ["哲也", "和彦", "拓也", "大輔", "智之", "健一", "康弘", "直樹", "隆", "浩二", "聡", "裕介"]
ADULT_F = ["真由美", "沙織", "麻衣", "由紀", "恵美", "亜希子", "裕子", "智美", "愛", "奈緒", "明美", "典子"]
KANA = {"蓮": "れん", "湊": "みなと", "紬": "つむぎ", "凛": "りん", "澪": "みお", "葵": "あおい", "陸": "りく",
        "新": "あらた", "花": "はな", "咲": "さき"}  # fmt: skip
BUILDINGS = ["ルミエール", "パークハイツ", "エスポワール", "第一コーポ", "市営住宅", "サンライズ"]
NURSERIES = [("ひかり保育園", "ひかりほいくえん"), ("なかよし保育園", "なかよしほいくえん"),
             ("わかば保育所", "わかばほいくしょ"), ("すずらん保育園", "すずらんほいくえん"),
             ("こばと保育園", "こばとほいくえん"), ("市立第二保育所", "しりつだいにほいくしょ"),
             ("つくし保育園", "つくしほいくえん"), ("もみじ認定こども園", "もみじにんていこどもえん"),
             ("あおば保育園", "あおばほいくえん"), ("さくらんぼ保育園", "さくらんぼほいくえん")]  # fmt: skip
OPERATORS = ["社会福祉法人 みのり会", "社会福祉法人 あけぼの福祉会", "株式会社 キッズステップ", "学校法人 聖和学園",
             "社会福祉法人 若竹会", "NPO法人 こどもの森"]  # fmt: skip
SCHOOLS = ["第一小学校", "東小学校", "桜台小学校", "北中学校", "緑ヶ丘小学校", "中央中学校", "西小学校"]
CLUBS = ["第一児童クラブ", "ひがし学童クラブ", "さくら児童クラブ", "みどり放課後クラブ", "にし児童クラブ"]
ALLERGIES = [
    "卵アレルギー（除去食対応）",
    "小麦アレルギー",
    "乳アレルギー（エピペン処方あり）",
    "そばアレルギー",
]
CONDITIONS = ["自閉スペクトラム症の診断あり", "気管支喘息で通院中", "てんかん（服薬中）", "発達障害（療育手帳B）",
              "１型糖尿病（インスリン注射）", "心室中隔欠損症の経過観察"]  # fmt: skip
WORK = ["就労（月160時間）", "就労（月120時間）", "求職中", "就労（月64時間）", "出産", "介護", "就学"]
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- numbers ---------------------------------------------------------------------------------------
def new_my_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    return body + str(my_number_check_digit(body))


def fake_twelve(rng: random.Random, prefix: str = "") -> str:
    """A 12-digit number that fails the My Number check digit."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(11 - len(prefix)))
    good = my_number_check_digit(body)
    return body + str((good + rng.randint(1, 9)) % 10)


def corporate_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    return str(corporate_check_digit(body)) + body


def spaced(n: str, groups: tuple[int, ...] = (4, 4, 4), sep: str = " ") -> str:
    out, i = [], 0
    for g in groups:
        out.append(n[i : i + g])
        i += g
    return sep.join(out)


# --- people ----------------------------------------------------------------------------------------
@dataclass
class Family:
    surname: str
    child: str
    child_birth: dt.date
    boy: bool
    guardian: str
    guardian2: str
    guardian_birth: dt.date
    address: str
    postal: str
    mobile: str
    home: str

    @property
    def child_name(self) -> str:
        return f"{self.surname}　{self.child}"

    @property
    def guardian_name(self) -> str:
        return f"{self.surname}　{self.guardian}"


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, self.zip3, self.towns = rng.choice(CITIES)
        self.used: set[str] = set()

    def family(self, born_from: int, born_to: int) -> Family:
        rng = self.rng
        while True:
            surname = rng.choice(SURNAMES)
            boy = rng.random() < 0.5
            child = rng.choice(BOYS if boy else GIRLS)
            if f"{surname}{child}" not in self.used:
                self.used.add(f"{surname}{child}")
                break
        birth = dt.date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
        g1, g2 = rng.choice(ADULT_F), rng.choice(ADULT_M)
        if rng.random() < 0.4:
            g1, g2 = g2, g1
        town = rng.choice(self.towns)
        addr = (
            f"{self.pref}{self.city}{town}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        )
        if rng.random() < 0.4:
            addr += f" {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
        return Family(
            surname, child, birth, boy, g1, g2,
            dt.date(rng.randint(1980, 1995), rng.randint(1, 12), rng.randint(1, 28)), addr,
            f"{self.zip3}-{rng.randint(0, 9999):04d}",
            f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"{self.area}-{rng.randint(100, 999) if len(self.area) < 4 else rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        )  # fmt: skip

    def families(self, n: int, born_from: int, born_to: int) -> list[Family]:
        return [self.family(born_from, born_to) for _ in range(n)]

    def staff(self) -> str:
        return f"{self.rng.choice(SURNAMES)}　{self.rng.choice(ADULT_M + ADULT_F)}"


def wareki(d: dt.date) -> str:
    if d >= dt.date(2019, 5, 1):
        y = d.year - 2018
        return f"令和{'元' if y == 1 else y}年{d.month}月{d.day}日"
    return f"平成{d.year - 1988}年{d.month}月{d.day}日"


def age(d: dt.date) -> int:
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# --- post-processors (layouts a DocSpec cannot hold) -------------------------------------------------
_FONT = "HeiseiKakuGo-W5"


def _canvas(path: Path, landscape: bool = False) -> object:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as land
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    return canvas.Canvas(str(path), pagesize=land(A4) if landscape else A4, invariant=1)


def canvas_table(
    title: str, cols: list[tuple[float, str]], rows: list[list[str]], per_page: int = 38,
    landscape: bool = False, foot: str = "",
) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a list drawn with columns at fixed x, a header on every page and ``n / N``."""

    def post(path: Path) -> None:
        c = _canvas(path, landscape)
        w, h = c._pagesize  # type: ignore[attr-defined]
        pages = max(1, -(-len(rows) // per_page))
        for p in range(pages):
            c.setFont(_FONT, 12)  # type: ignore[attr-defined]
            c.drawString(40, h - 40, title)  # type: ignore[attr-defined]
            c.setFont(_FONT, 8)  # type: ignore[attr-defined]
            c.drawRightString(w - 40, h - 40, f"{p + 1} / {pages}")  # type: ignore[attr-defined]
            y = h - 66
            for x, label in cols:
                c.drawString(x, y, label)  # type: ignore[attr-defined]
            c.line(36, y - 4, w - 36, y - 4)  # type: ignore[attr-defined]
            for row in rows[p * per_page : (p + 1) * per_page]:
                y -= 17
                for (x, _), value in zip(cols, row, strict=False):
                    c.drawString(x, y, value)  # type: ignore[attr-defined]
            if foot:
                c.drawString(40, 28, foot)  # type: ignore[attr-defined]
            c.showPage()  # type: ignore[attr-defined]
        c.save()  # type: ignore[attr-defined]

    return post


def canvas_form(title: str, fields: list[tuple[str, str]], tail: list[str] = ()) -> Callable[[Path], None]:  # type: ignore[assignment]
    """Rewrite the file as a one-page form: labels at x=60, values at x=190, each value its own string."""

    def post(path: Path) -> None:
        c = _canvas(path)
        _, h = c._pagesize  # type: ignore[attr-defined]
        c.setFont(_FONT, 14)  # type: ignore[attr-defined]
        c.drawCentredString(297, h - 60, title)  # type: ignore[attr-defined]
        c.setFont(_FONT, 10)  # type: ignore[attr-defined]
        y = h - 110
        for label, value in fields:
            c.rect(52, y - 6, 490, 22)  # type: ignore[attr-defined]
            c.drawString(60, y, label)  # type: ignore[attr-defined]
            c.drawString(190, y, value)  # type: ignore[attr-defined]
            y -= 26
        y -= 10
        for line in tail:
            c.drawString(60, y, line)  # type: ignore[attr-defined]
            y -= 16
        c.showPage()  # type: ignore[attr-defined]
        c.save()  # type: ignore[attr-defined]

    return post


def _resave_xlsx(path: Path, edit: Callable[[object], None]) -> None:
    import openpyxl

    from corpus.factory.writers import _finish_zip

    wb = openpyxl.load_workbook(path)
    edit(wb)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_finish_zip(buf.getvalue()))


def xlsx_merge(ranges: list[str], sheet: int = 0) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        _resave_xlsx(path, lambda wb: [wb.worksheets[sheet].merge_cells(r) for r in ranges])  # type: ignore[attr-defined]

    return post


def xlsx_hide_columns(cols: list[str], sheet: int = 0) -> Callable[[Path], None]:
    def edit(wb: object) -> None:
        ws = wb.worksheets[sheet]  # type: ignore[attr-defined]
        for col in cols:
            ws.column_dimensions[col].hidden = True

    return lambda path: _resave_xlsx(path, edit)


def docx_merge(cells: list[tuple[int, int, int, int]]) -> Callable[[Path], None]:
    """Merge (table, row, first col, last col) in a written docx (the merged-away cells are blank)."""

    def post(path: Path) -> None:
        import docx

        from corpus.factory.writers import _finish_zip

        d = docx.Document(str(path))
        for t, r, c1, c2 in cells:
            row = d.tables[t].rows[r]
            row.cells[c1].merge(row.cells[c2])
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


# --- the document record -----------------------------------------------------------------------------
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
NAME_BIRTH = ["name", "birth_date"]
NAME_PHONE = ["name", "phone"]


def d(s: dt.date) -> str:
    return s.strftime("%Y/%m/%d")


# --- 保育・子育て ------------------------------------------------------------------------------------
def nursery(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    office = f"{w.city}こども未来部 保育課"

    def application(f: Family, health: str | None) -> list[list[str]]:
        rows = [
            ["受付番号", fake_twelve(rng, "2024"), "", "受付日", "2024/01/15"],
            ["児童氏名", f.child_name, "", "生年月日", d(f.child_birth)],
            ["保護者氏名（父）" if f.guardian in ADULT_M else "保護者氏名（母）", f.guardian_name, "", "生年月日", d(f.guardian_birth)],
            ["住所", f"〒{f.postal} {f.address}", "", "", ""],
            ["連絡先（携帯）", f.mobile, "", "勤務先", f"{rng.choice([*OPERATORS[2:3], '市内工場', '病院事務'])}"],
            ["就労状況", rng.choice(WORK), "", "希望園", rng.choice(NURSERIES)[0]],
        ]  # fmt: skip
        if health:
            rows.append(["健康状態・配慮事項", health, "", "", ""])
        return rows

    # 入所申込書 with health (3) and without (2)
    for fmt, health in [
        ("docx", rng.choice(ALLERGIES)),
        ("docx", rng.choice(CONDITIONS)),
        ("xlsx", rng.choice(CONDITIONS)),
    ]:
        f = w.family(2020, 2023)
        rows = application(f, health)
        spec = DocSpec(title=f"令和6年度 {w.city}保育所等入所申込書", paragraphs=["（保護者記入）"], tables=[rows],
                       footer=office)  # fmt: skip
        if fmt == "xlsx":
            spec = DocSpec(sheets=[SheetSpec("申込書", rows, title=f"令和6年度 {w.city}保育所等入所申込書")])
            post = xlsx_merge([f"B{i}:C{i}" for i in range(3, 3 + len(rows))])
        else:
            post = docx_merge([(0, r, 1, 2) for r in range(len(rows))])
        docs.append(Doc("nursery", fmt, 3, ["name", "birth_date", "address", "phone", "health"], spec,
                        "受付番号 is 12 digits failing the check digit; the child's allergy or condition is health data",
                        post))  # fmt: skip
    for fmt in ["docx", "odt", "xlsx"]:
        f = w.family(2020, 2023)
        rows = application(f, None)
        spec = DocSpec(title=f"{w.city}保育所等入所申込書（2号・3号認定）", tables=[rows], footer=office)
        post = docx_merge([(0, r, 1, 2) for r in range(len(rows))]) if fmt == "docx" else None
        if fmt == "xlsx":
            spec = DocSpec(
                sheets=[SheetSpec("申込書", rows, title=f"{w.city}保育所等入所申込書（2号・3号認定）")]
            )
            post = xlsx_merge(["B4:C4", "B5:C5", "B6:E6"])
        docs.append(Doc("nursery", fmt, 2, ["name", "birth_date", "address", "phone"], spec, "", post))
    # 記入例 with stock names (1)
    sample = [["児童氏名", "保育　太郎", "", "生年月日", "令和4年4月1日"], ["保護者氏名", "保育　花子", "", "続柄", "母"],
              ["住所", f"〒000-0000 {w.city}○○町1丁目2番3号", "", "", ""], ["連絡先", "090-0000-0000", "", "", ""],
              ["健康状態・配慮事項", "（例）卵アレルギーがある場合は医師の診断書を添付してください", "", "", ""]]  # fmt: skip
    docs.append(Doc("nursery", "docx", 1, [], DocSpec(title="入所申込書 記入例", paragraphs=["※記入例です。太枠内を記入してください。"],
                    tables=[sample], header="記入例"), "stock names and dummy numbers: no real person", docx_merge([(0, 2, 1, 4)])))  # fmt: skip

    # 選考一覧 (points, 就労状況): 40 children → 2; 120 children → 3 (bulk)
    def selection(n: int) -> list[list[Cell]]:
        out: list[list[Cell]] = [
            [
                "No",
                "児童氏名",
                "生年月日",
                "年齢",
                "第1希望",
                "基本指数",
                "調整指数",
                "合計",
                "父就労",
                "母就労",
                "結果",
            ]
        ]
        for i, f in enumerate(w.families(n, 2019, 2023), start=1):
            base = rng.randint(60, 100)
            adj = rng.choice([0, 2, 5, 10])
            out.append([i, f.child_name, f.child_birth, age(f.child_birth), rng.choice(NURSERIES)[0], base, adj, base + adj,
                        rng.choice(WORK), rng.choice(WORK), rng.choice(["内定", "保留", "内定", "辞退"])])  # fmt: skip
        return out

    docs.append(Doc("nursery", "xlsx", 2, NAME_BIRTH, DocSpec(sheets=[SheetSpec("4月一次", selection(42), title="令和6年4月 一次選考結果一覧（内部）", first_row=3)]),
                    "就労 状況 and points do not raise the level: name + birth date → 2"))  # fmt: skip
    docs.append(Doc("nursery", "csv-cp932", 2, NAME_BIRTH, DocSpec(sheets=[SheetSpec("二次", selection(25))]),
                    "就労 状況 and points do not raise the level"))  # fmt: skip
    big = selection(124)
    docs.append(Doc("nursery", "xlsx", 3, NAME_BIRTH, DocSpec(sheets=[SheetSpec("全体", big, title="令和6年4月 入所選考 全申込者一覧", first_row=3),
                    SheetSpec("集計", [["区分", "件数"], ["内定", 80], ["保留", 44]])]), "124 children with birth dates: bulk"))  # fmt: skip
    rows = [[str(r[0]), str(r[1]), d(r[2]), str(r[4]), str(r[7]), str(r[10])] for r in selection(112)[1:]]  # type: ignore[arg-type]
    cols = [(40, "No"), (70, "児童氏名"), (170, "生年月日"), (250, "第1希望園"), (380, "指数"), (430, "結果")]
    docs.append(Doc("nursery", "pdf", 3, NAME_BIRTH, DocSpec(title="選考結果一覧", paragraphs=["（canvas）"]),
                    "112 children with birth dates over three pages: bulk", canvas_table("令和6年度 保育所入所選考結果（全件）", cols, rows, 40)))  # fmt: skip

    # 児童扶養手当 受給者 (2, welfare alone does not raise)
    rows2: list[list[Cell]] = [["証書番号", "受給者氏名", "住所", "児童数", "支給区分", "月額"]]
    for f in w.families(28, 2010, 2020):
        rows2.append(
            [
                f"{rng.randint(100000, 999999)}",
                f.guardian_name,
                f.address,
                rng.randint(1, 3),
                rng.choice(["全部支給", "一部支給"]),
                rng.randint(10, 45) * 1000,
            ]
        )
    docs.append(Doc("nursery", "xlsx", 2, NAME_ADDR, DocSpec(sheets=[SheetSpec("受給者", rows2, title="児童扶養手当 受給者一覧（令和6年8月期）")]),
                    "welfare (児童扶養手当) and amounts alone do not raise: name + address → 2"))  # fmt: skip
    docs.append(Doc("nursery", "xls", 2, NAME_ADDR, DocSpec(sheets=[SheetSpec("現況届未提出", rows2[:12])]),
                    "welfare alone does not raise: name + address → 2"))  # fmt: skip

    # 保育料 滞納 (3)
    rows3: list[list[Cell]] = [
        ["世帯番号", "保護者氏名", "児童氏名", "住所", "電話", "滞納月数", "滞納額", "督促日"]
    ]
    for f in w.families(18, 2019, 2023):
        m = rng.randint(2, 9)
        rows3.append(
            [
                f"{rng.randint(10000, 99999)}",
                f.guardian_name,
                f.child_name,
                f.address,
                f.mobile,
                m,
                m * rng.randint(12, 40) * 1000,
                "2024/05/20",
            ]
        )
    docs.append(Doc("nursery", "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[
        SheetSpec("集計", [["年度", "滞納世帯数", "滞納額計"], ["R5", 18, 3480000]], title="保育料 収納状況"),
        SheetSpec("滞納者", rows3, state="hidden")]), "the named 滞納 list is on a hidden sheet"))  # fmt: skip
    docs.append(
        Doc(
            "nursery",
            "csv-cp932",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(sheets=[SheetSpec("滞納", rows3)]),
        )
    )
    f = w.family(2019, 2022)
    docs.append(Doc("nursery", "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="保育料の納付について（督促）",
        paragraphs=[f"〒{f.postal}", f.address, f"{f.guardian_name}　様", f"{w.city}長",
                    f"お子様（{f.child_name}）の保育料について、令和6年1月分から4月分まで計{rng.randint(80, 160)},000円が未納となっています。",
                    "納期限：令和6年7月31日　期限までに納付のない場合は、児童手当からの特別徴収を行うことがあります。"],
        footer=office)))  # fmt: skip

    # public look-alikes (1)
    op_rows: list[list[Cell]] = [
        [
            "施設名",
            "ふりがな",
            "設置者",
            "法人番号",
            "園長",
            "所在地",
            "電話",
            "定員",
            "開設日",
            "緯度",
            "経度",
        ]
    ]
    for (name, kana), op in zip(NURSERIES, OPERATORS * 2, strict=False):
        op_rows.append([name, kana, op, corporate_number(rng), w.staff(), f"{w.city}{rng.choice(w.towns)}{rng.randint(1, 5)}-{rng.randint(1, 20)}",
                        f"{w.area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", rng.choice([60, 90, 120]),
                        dt.date(rng.randint(1970, 2015), 4, 1), round(35 + rng.random(), 6), round(135 + rng.random(), 6)])  # fmt: skip
    docs.append(Doc("nursery", "xlsx", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec("保育所一覧", op_rows, title=f"{w.city} 保育施設一覧（令和6年4月1日現在）")]),
                    "園長 named in role with the facility's address and phone; 開設日 is not a birth date"))  # fmt: skip
    docs.append(Doc("nursery", "csv", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec("open", op_rows)]),
                    "open data: facilities, kana of facility names, lat/long"))  # fmt: skip
    wait: list[list[Cell]] = [["年齢", "申込者数", "入所者数", "待機児童数", "前年比"]]
    for a in range(6):
        wait.append(
            [
                f"{a}歳児",
                rng.randint(100, 400),
                rng.randint(80, 380),
                rng.randint(0, 25),
                rng.randint(-10, 10),
            ]
        )
    docs.append(
        Doc(
            "nursery",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("待機児童", wait, title="待機児童数の推移（4月1日現在）")]),
        )
    )
    docs.append(Doc("nursery", "pdf", 1, [], DocSpec(title=f"{w.city} 待機児童の状況", paragraphs=[
        "令和6年4月1日現在の待機児童数は前年より減少しました。", "障害のある児童やアレルギー対応が必要な児童の受け入れ枠を拡充しています。"], tables=[[[str(c) for c in r] for r in wait]])))  # fmt: skip
    docs.append(Doc("nursery", "docx", 1, [], DocSpec(title="保育料の滞納対策について（報告）", paragraphs=[
        "令和5年度末の保育料滞納世帯は18世帯、滞納額は約348万円であった。", "督促状の送付、児童手当からの特別徴収、マイナンバーを利用した所得照会により収納率が向上した。",
        "個人情報を含む滞納者一覧は保育課で厳重に管理する。"], header="保育課")))  # fmt: skip
    docs.append(Doc("nursery", "pptx", 1, [], DocSpec(title="保育所入所の手引き", paragraphs=[
        "申込には保護者のマイナンバー（個人番号）の記入が必要です", "アレルギーや障害のあるお子様は事前にご相談ください", "保育料を滞納すると督促状が送付されます"],
        notes=["説明会用。個人の事例は出さないこと。"])))  # fmt: skip
    return docs


# --- schools ---------------------------------------------------------------------------------------
def school(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    board = f"{w.city}教育委員会"
    sch = rng.choice(SCHOOLS)

    def class_list(n: int) -> list[list[Cell]]:
        rows: list[list[Cell]] = [["出席番号", "氏名", "性別", "生年月日", "保護者名", "住所", "緊急連絡先"]]
        for i, f in enumerate(w.families(n, 2015, 2016), start=1):
            rows.append(
                [
                    i,
                    f.child_name,
                    "男" if f.boy else "女",
                    f.child_birth,
                    f.guardian_name,
                    f.address,
                    f.mobile,
                ]
            )
        return rows

    cl = class_list(30)
    docs.append(Doc("school", "xlsx", 2, ["name", "birth_date", "address", "phone"],
                    DocSpec(sheets=[SheetSpec("3年2組", cl, title=f"{sch} 令和6年度 3年2組 学級名簿", header="取扱注意")])))  # fmt: skip
    docs.append(
        Doc(
            "school",
            "csv",
            2,
            ["name", "birth_date", "address", "phone"],
            DocSpec(sheets=[SheetSpec("4-1", class_list(28))]),
        )
    )
    rows = [[str(r[0]), str(r[1]), d(r[3]), str(r[4]), str(r[6])] for r in class_list(33)[1:]]  # type: ignore[arg-type]
    docs.append(Doc("school", "pdf", 2, ["name", "birth_date", "phone"], DocSpec(title="学級名簿"), "",
                    canvas_table(f"{sch} 5年1組 名簿（緊急連絡用）", [(40, "番号"), (80, "氏名"), (190, "生年月日"), (280, "保護者"), (400, "携帯")], rows, 20)))  # fmt: skip

    # 保健調査票 / 健康診断 (3)
    f = w.family(2013, 2016)
    survey = [["児童氏名", f.child_name, "生年月日", d(f.child_birth)], ["保護者", f.guardian_name, "電話", f.mobile],
              ["既往歴", "川崎病（平成30年）", "", ""], ["現在治療中の病気", rng.choice(CONDITIONS), "", ""],
              ["アレルギー", rng.choice(ALLERGIES), "", ""], ["学校への連絡事項", "体育は医師の指示に従う", "", ""]]  # fmt: skip
    docs.append(Doc("school", "docx", 3, ["name", "birth_date", "phone", "health"], DocSpec(title="保健調査票", tables=[survey], footer=sch),
                    "", docx_merge([(0, r, 1, 3) for r in range(2, 6)])))  # fmt: skip
    hk: list[list[Cell]] = [
        ["組", "番号", "氏名", "身長", "体重", "視力右", "視力左", "内科所見", "歯科", "要受診"]
    ]
    for i, f in enumerate(w.families(31, 2014, 2015), start=1):
        hk.append(["4-2", i, f.child_name, round(rng.uniform(125, 145), 1), round(rng.uniform(23, 42), 1), rng.choice(["A", "B", "C"]), rng.choice(["A", "B", "D"]),
                   rng.choice(["異常なし", "異常なし", "心雑音", "側わん症の疑い", "アトピー性皮膚炎"]), rng.choice(["0", "C1", "CO"]), rng.choice(["", "", "○"])])  # fmt: skip
    docs.append(Doc("school", "xlsx", 3, ["name", "health"], DocSpec(sheets=[SheetSpec("内科・歯科", hk, title="令和6年度 定期健康診断結果（4年2組）")]),
                    "health results of named pupils are health data about identifiable persons"))  # fmt: skip
    docs.append(Doc("school", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("日程", [["日付", "項目", "対象"], ["5/8", "内科検診", "全学年"], ["5/15", "歯科検診", "全学年"], ["6/3", "心電図", "1年・4年"]],
                    title="令和6年度 健康診断 実施日程")])))  # fmt: skip
    stat: list[list[Cell]] = [["学年", "受診者数", "むし歯あり(%)", "肥満傾向(%)", "視力1.0未満(%)"]] + [[f"{g}年", rng.randint(80, 120), rng.randint(20, 50), rng.randint(5, 12), rng.randint(20, 60)] for g in range(1, 7)]  # fmt: skip
    docs.append(Doc("school", "pdf", 1, [], DocSpec(title=f"{sch} 保健室だより 7月号", paragraphs=["健康診断の結果をお知らせします。受診勧告のあったご家庭は早めに医療機関を受診してください。"], tables=[[[str(c) for c in r] for r in stat]])))  # fmt: skip

    # いじめ・不登校 reports
    a, b = w.family(2012, 2013), w.family(2012, 2013)
    docs.append(Doc("school", "docx", 3, ["name", "health"], DocSpec(title="いじめ事案 報告書（第1報）", paragraphs=[
        f"報告者：{sch} 校長 {w.staff()}", f"被害児童：6年1組 {a.child_name}", f"関係児童：6年1組 {b.child_name}",
        "6月12日の休み時間、被害児童が関係児童に押されて転倒し、左手首を負傷した。", "同日、保護者とともに整形外科を受診し、左橈骨骨折と診断された。当面通院が必要である。"],
        header="秘　重大事態の疑い"), "a named pupil's fracture and 通院 are health data"))  # fmt: skip
    c = w.family(2010, 2011)
    docs.append(Doc("school", "docx", 3, ["name", "health"], DocSpec(title="不登校児童生徒 個別支援シート", tables=[[
        ["氏名", c.child_name, "学年", "中学2年"], ["欠席日数", "4月～6月 42日", "", ""], ["状況", "起立性調節障害と診断され、心療内科に通院中。午後の別室登校を継続。", "", ""]]],
        footer=board), "", docx_merge([(0, 1, 1, 3), (0, 2, 1, 3)])))  # fmt: skip
    c2 = w.family(2010, 2011)
    docs.append(Doc("school", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("ケース記録", [
        ["日付", "対応者", "内容"], ["5/10", "担任", f"{c2.child_name}（2年3組）欠席3日目。保護者 {c2.guardian_name} に電話 {c2.mobile}"],
        ["5/17", "SSW", "家庭訪問。本人と会えず、手紙を置く。"], ["6/1", "学年主任", "別室登校1時間。友人関係の悩みを話す。"]], title="不登校 対応記録")]),
        "不登校 itself is not health or arrears; the guardian's phone with the names → 2"))  # fmt: skip
    c3 = w.family(2011, 2012)
    docs.append(Doc("school", "docx", 1, [], DocSpec(title="いじめ対策委員会 会議録（要旨）", paragraphs=[
        f"出席：校長 {w.staff()}、教頭 {w.staff()}、生徒指導主事、養護教諭、SC", f"事案：1年B組 {c3.child_name} が SNS 上で悪口を書かれたとの訴え（継続観察）。",
        "方針：関係生徒からの聞き取り、保護者への説明、見守りの継続。"]),
        "a pupil named with class only: no address, birth date, phone, health or arrears → 1 by the policy text"))  # fmt: skip
    docs.append(Doc("school", "pdf", 1, [], DocSpec(title=f"{board} いじめ・不登校の状況（令和5年度）", paragraphs=[
        "市内小中学校におけるいじめの認知件数は412件、不登校児童生徒数は387人であった。", "重大事態は2件（うち1件は骨折等の身体被害）であり、調査委員会を設置した。",
        "個人が特定される情報は掲載していない。"])))  # fmt: skip

    # 就学援助 (2, welfare alone), 給食費 未納 (3), 奨学金 滞納 (3)
    sh: list[list[Cell]] = [["認定番号", "保護者氏名", "児童生徒名", "学校", "住所", "認定区分", "生活保護"]]
    for f in w.families(35, 2010, 2017):
        sh.append(
            [
                f"R6-{rng.randint(1000, 9999)}",
                f.guardian_name,
                f.child_name,
                rng.choice(SCHOOLS),
                f.address,
                rng.choice(["準要保護", "要保護"]),
                rng.choice(["", "受給"]),
            ]
        )
    docs.append(Doc("school", "xlsx", 2, NAME_ADDR, DocSpec(sheets=[SheetSpec("認定者", sh, title="令和6年度 就学援助 認定者一覧")]),
                    "就学援助 and 生活保護 alone do not raise: name + address → 2"))  # fmt: skip
    docs.append(
        Doc(
            "school",
            "ods",
            2,
            NAME_ADDR,
            DocSpec(sheets=[SheetSpec("新規", sh[:15])]),
            "welfare alone does not raise",
        )
    )
    docs.append(Doc("school", "docx", 1, [], DocSpec(title="就学援助制度のお知らせ", paragraphs=[
        "経済的な理由で就学にお困りの保護者に、給食費・学用品費等を援助します。", "生活保護を受給している世帯、児童扶養手当を受給している世帯などが対象です。",
        "申請書には保護者の個人番号（マイナンバー）を記入してください。"], footer=board)))  # fmt: skip
    kyu: list[list[Cell]] = [["学校", "学年組", "児童氏名", "保護者氏名", "電話", "未納月", "未納額"]]
    for f in w.families(16, 2012, 2017):
        m = rng.randint(1, 6)
        kyu.append(
            [
                sch,
                f"{rng.randint(1, 6)}-{rng.randint(1, 3)}",
                f.child_name,
                f.guardian_name,
                f.home,
                f"{m}か月",
                m * 4600,
            ]
        )
    docs.append(
        Doc(
            "school",
            "xlsx",
            3,
            ["name", "phone", "arrears"],
            DocSpec(
                sheets=[SheetSpec("未納", kyu, title="学校給食費 未納者一覧（6月末）", header="取扱注意")]
            ),
        )
    )
    docs.append(
        Doc(
            "school",
            "csv-cp932",
            3,
            ["name", "phone", "arrears"],
            DocSpec(sheets=[SheetSpec("未納", kyu[:9])]),
        )
    )
    docs.append(Doc("school", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("収納率", [["年度", "調定額", "収納額", "未納額", "収納率"], ["R3", 412000000, 409100000, 2900000, "99.3%"],
                    ["R4", 418000000, 415800000, 2200000, "99.5%"]], title="学校給食費 収納状況（公表）")])))  # fmt: skip
    sc = [["貸与番号", "氏名", "住所", "電話", "滞納額", "滞納期間"]]
    for f in w.families(45, 1996, 2003):
        sc.append(
            [
                f"S{rng.randint(10000, 99999)}",
                f"{f.surname}　{f.child}",
                f.address,
                f.mobile,
                f"{rng.randint(3, 60) * 10000:,}",
                f"{rng.randint(3, 30)}か月",
            ]
        )
    docs.append(Doc("school", "pdf", 3, ["name", "address", "phone", "arrears"], DocSpec(title="奨学金 返還滞納者"), "45 former students over two pages",
                    canvas_table(f"{board} 奨学金返還 滞納者一覧", [(40, "番号"), (90, "氏名"), (170, "住所"), (420, "電話"), (500, "滞納額"), (560, "期間")], sc[1:], 30, landscape=True)))  # fmt: skip
    docs.append(Doc("school", "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[SheetSpec("滞納", sc[:20], title="奨学金返還金 督促対象者")]), "",
                    xlsx_hide_columns(["C"])))  # fmt: skip

    # teachers in role (1)
    docs.append(Doc("school", "docx", 1, [], DocSpec(title=f"{sch}だより 4月号", paragraphs=[
        f"校長 {w.staff()}　新年度のごあいさつ", f"本年度の担任：1年1組 {w.staff()} 教諭、2年1組 {w.staff()} 教諭、養護教諭 {w.staff()}",
        f"学校の連絡先：{w.city}{w.towns[0]}1-1　電話 {w.area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"], footer=sch)))  # fmt: skip
    ido: list[list[Cell]] = [["氏名", "新所属・職", "旧所属・職"]] + [[w.staff(), f"{rng.choice(SCHOOLS)} {rng.choice(['校長', '教頭', '教諭'])}", f"{rng.choice(SCHOOLS)} 教諭"] for _ in range(25)]  # fmt: skip
    docs.append(
        Doc(
            "school",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("異動", ido, title="令和6年度 教職員人事異動（公表）")]),
            "published transfers: staff in role",
        )
    )
    docs.append(Doc("school", "pdf", 1, [], DocSpec(title="教職員人事異動"), "published transfers: staff in role",
                    canvas_table(f"{board} 教職員人事異動（4月1日付）", [(40, "氏名"), (160, "新所属"), (360, "旧所属")], [[str(c) for c in r] for r in ido[1:]], 30)))  # fmt: skip
    return docs


# --- 放課後児童クラブ -------------------------------------------------------------------------------
def afterschool(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    club = rng.choice(CLUBS)

    def roster(n: int) -> list[list[Cell]]:
        rows: list[list[Cell]] = [["No", "児童氏名", "学年", "保護者氏名", "携帯電話", "お迎え者", "曜日"]]
        for i, f in enumerate(w.families(n, 2015, 2018), start=1):
            rows.append(
                [
                    i,
                    f.child_name,
                    f"{rng.randint(1, 4)}年",
                    f.guardian_name,
                    f.mobile,
                    rng.choice(["母", "父", "祖母"]),
                    rng.choice(["月～金", "月水金", "火木"]),
                ]
            )
        return rows

    docs.append(Doc("afterschool", "xlsx", 2, NAME_PHONE, DocSpec(sheets=[SheetSpec("名簿", roster(36), title=f"{club} 利用者名簿（令和6年度）", header="持出禁止")]),
                    "", xlsx_merge(["F4:F5"])))  # fmt: skip
    docs.append(
        Doc("afterschool", "csv-cp932", 2, NAME_PHONE, DocSpec(sheets=[SheetSpec("名簿", roster(22))]))
    )
    docs.append(Doc("afterschool", "ods", 2, NAME_PHONE, DocSpec(sheets=[SheetSpec("夏休み", roster(15))])))
    r = roster(14)
    docs.append(
        Doc(
            "afterschool",
            "pptx",
            2,
            NAME_PHONE,
            DocSpec(title="夏休み 緊急連絡網", paragraphs=[f"{x[1]}（{x[3]}）{x[4]}" for x in r[1:8]]),
        )
    )
    mi: list[list[Cell]] = [["児童氏名", "保護者氏名", "携帯電話", "未納月", "未納額"]]
    for f in w.families(11, 2015, 2018):
        mi.append([f.child_name, f.guardian_name, f.mobile, "4月・5月", 10000])
    docs.append(Doc("afterschool", "xlsx", 3, ["name", "phone", "arrears"], DocSpec(sheets=[SheetSpec("利用料", [["クラブ", "利用児童数"], [club, 58]], title="月次報告"),
                    SheetSpec("未納", mi, title="利用料 未納者")])))  # fmt: skip
    f = w.family(2016, 2017)
    docs.append(Doc("afterschool", "docx", 3, ["name", "phone", "health"], DocSpec(title="事故報告書", tables=[[
        ["クラブ名", club, "", ""], ["発生日時", "令和6年6月20日 16時10分", "", ""], ["児童氏名", f.child_name, "学年", "2年"],
        ["保護者連絡先", f"{f.guardian_name} {f.mobile}", "", ""], ["事故の概要", "園庭の遊具から落下し右腕を強打。", "", ""],
        ["受診状況", "○○整形外科を受診、右前腕骨折。全治6週間、週1回通院予定。", "", ""]]], header=f"{w.city} こども支援課"), "",
        docx_merge([(0, 0, 1, 3), (0, 1, 1, 3), (0, 3, 1, 3), (0, 4, 1, 3), (0, 5, 1, 3)])))  # fmt: skip
    g = w.family(2016, 2017)
    docs.append(Doc("afterschool", "pdf", 3, ["name", "health"], DocSpec(title="事故報告"), "",
                    canvas_form("放課後児童クラブ 事故報告書", [("クラブ名", club), ("児童氏名", g.child_name), ("学年", "3年"),
                                ("負傷部位", "左足首"), ("医療機関", "市民病院 整形外科"), ("診断", "左足関節骨折（通院加療）")],
                                ["報告者：支援員 " + w.staff()])))  # fmt: skip
    docs.append(Doc("afterschool", "docx", 1, [], DocSpec(title="事故報告書（様式）", tables=[[["クラブ名", "", "", ""], ["児童氏名", "", "学年", ""],
                    ["事故の概要", "", "", ""], ["受診状況", "（骨折・通院の有無を記入）", "", ""]]]), "a blank form", docx_merge([(0, 0, 1, 3)])))  # fmt: skip
    cl_rows: list[list[Cell]] = [["クラブ名", "運営", "法人番号", "所在地", "電話", "定員", "開所時間"]]
    for cname, op in zip(CLUBS, OPERATORS, strict=False):
        cl_rows.append(
            [
                cname,
                op,
                corporate_number(rng),
                f"{w.city}{rng.choice(w.towns)}{rng.randint(1, 9)}-{rng.randint(1, 30)}",
                f"{w.area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                40,
                "放課後～19:00",
            ]
        )
    docs.append(
        Doc(
            "afterschool",
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(sheets=[SheetSpec("一覧", cl_rows, title="放課後児童クラブ一覧")]),
        )
    )
    docs.append(Doc("afterschool", "docx", 1, [], DocSpec(title="放課後児童クラブ 利用のご案内", paragraphs=[
        "利用料は月額5,000円です。未納が3か月続いた場合は退所となることがあります。", "アレルギーや持病のあるお子様は申込時にお知らせください。"])))  # fmt: skip
    docs.append(Doc("afterschool", "pdf", 1, [], DocSpec(title="放課後児童クラブ 事故発生状況（令和5年度）", tables=[[
        ["区分", "件数"], ["打撲", "21"], ["骨折", "3"], ["すり傷", "40"], ["通院を要したもの", "9"]]])))  # fmt: skip
    return docs


# --- chats, mail, letters, memos -----------------------------------------------------------------------
def texts(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    t1, t2, t3 = w.staff(), w.staff(), w.staff()
    f = w.family(2015, 2017)

    def chat(lines: list[tuple[str, str]]) -> list[str]:
        return [
            f"[2024/06/{10 + i:02d} {8 + i}:{15 + i:02d}] {who}: {msg}" for i, (who, msg) in enumerate(lines)
        ]

    docs.append(Doc("correspondence", "txt", 3, ["name", "health"], DocSpec(paragraphs=["Teams チャット エクスポート 3年担任会", *chat([(t1, f"{f.child_name}さん今日も保健室です"), (t2, "先週お母さんから連絡があって、喘息で通院してるそうです。吸入薬を預かっています"), (t1, "了解。体育は見学で")])]), "the illness is in the reply, the name in the first message: the same thread"))  # fmt: skip
    f = w.family(2015, 2017)
    docs.append(Doc("correspondence", "txt", 2, NAME_PHONE, DocSpec(paragraphs=["Teams チャット 学年連絡", *chat([(t2, f"{f.child_name}さんの保護者に遠足の件で連絡したいです"), (t3, f"お母さんの携帯は {f.mobile} です（名簿より）"), (t2, "ありがとうございます")])])))  # fmt: skip
    f = w.family(2015, 2017)
    docs.append(Doc("correspondence", "txt-cp932", 3, ["name", "arrears"], DocSpec(paragraphs=[
        f"件名: Re: {f.child_name}さんの件", f"From: {t1}（学校事務）", "", "給食費ですが、4月から未納が続いていて現在 18,400 円です。", "",
        "> 差出人: " + t2, f"> {f.child_name}さん（2年1組）の保護者面談の前に確認したいことがあります。"])))  # fmt: skip
    f = w.family(2015, 2017)
    docs.append(Doc("correspondence", "docx", 2, NAME_ADDR, DocSpec(title="メール印刷", paragraphs=[
        "件名: Re: 転入予定の児童について", f"{t3} 様", f"住所は {f.address} とのことです。", "---- 元のメッセージ ----",
        f"来月転入予定の {f.child_name} さん（新3年）の住所を教えてください。"])))  # fmt: skip
    f = w.family(2016, 2019)
    docs.append(Doc("correspondence", "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        paragraphs=[f"{w.city}教育委員会 学校教育課 御中", "", "いつもお世話になっております。",
                    f"息子の{f.child}は{rng.choice(CONDITIONS)}のため、宿泊学習への参加について配慮をお願いしたく、お手紙いたしました。",
                    "主治医の意見書を同封いたします。"],
        textboxes=[f"〒{f.postal} {f.address}　{f.guardian_name}　電話 {f.mobile}"]),
        "the guardian's address block is in a text box; the child is identified through the guardian's name"))  # fmt: skip
    f = w.family(2015, 2017)
    digits = f.mobile.replace("-", "")
    docs.append(Doc("correspondence", "txt", 2, NAME_PHONE, DocSpec(paragraphs=[
        "電話メモ 6/18 10:40 受：" + t1, f"{f.guardian_name}様（{f.child_name}さんの父）から", "折り返し希望 → " + " ".join(digits),
        "用件：クラブの迎え時間の変更"]), "a phone number written digit by digit"))  # fmt: skip
    f = w.family(2019, 2021)
    docs.append(Doc("correspondence", "csv", 3, ["name", "arrears", "phone"], DocSpec(sheets=[SheetSpec("chat", [
        ["日時", "送信者", "メッセージ"], ["2024/06/03 09:12", t1, f"{f.child_name}ちゃんのお迎えのお父さん、保育料の話をしたいそうです"],
        ["2024/06/03 09:20", t2, "滞納3か月分 87,000円 の分納相談ですね。連絡先 " + f.mobile]])])))  # fmt: skip
    # look-alikes (1)
    docs.append(Doc("correspondence", "txt", 1, [], DocSpec(paragraphs=["Teams チャット 教務", *chat([(t1, "明日の職員会議は15:30からです"), (t2, "給食費の未納対応の研修資料は共有フォルダにあります"), (t3, "了解です。マイナンバーの取扱い研修も同日ですね")])])))  # fmt: skip
    docs.append(Doc("correspondence", "txt-cp932", 1, [], DocSpec(paragraphs=[
        "件名: 個人情報の取扱いについて（通知）", f"From: {w.city}教育委員会 教育総務課", "",
        "児童生徒の病歴、保護者の連絡先、給食費の滞納状況等を含むファイルは、パスワードを付けて保存してください。", "USBメモリの使用は禁止します。"])))  # fmt: skip
    rno = fake_twelve(rng, "24")
    docs.append(Doc("correspondence", "txt", 1, [], DocSpec(paragraphs=["メモ", "児童手当 申請受付", "受付番号 " + spaced(rno), "窓口：2番　処理予定 7/1"]),
                    "the spaced 受付番号 fails the check digit; no person named"))  # fmt: skip
    docs.append(Doc("correspondence", "pdf", 1, [], DocSpec(title="記入例"), "stock names (見本)",
                    canvas_form("児童手当 認定請求書（記入例）", [("請求者氏名", "見本　太郎"), ("個人番号", "1234 5678 9012"), ("住所", f"{w.city}○○町1-2-3"),
                                ("電話", "000-0000-0000"), ("児童氏名", "見本　一郎")], ["※この用紙は記入例です。"])))  # fmt: skip
    docs.append(Doc("correspondence", "docx", 1, [], DocSpec(title="保護者会 お知らせ", paragraphs=[
        f"PTA会長 {w.staff()}", "7月の保護者会は体育館で行います。", "欠席の場合は連絡帳でお知らせください。"])))  # fmt: skip
    return docs


# --- numbers ------------------------------------------------------------------------------------------
def numbers(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    # 児童番号 look-alikes
    rows: list[list[Cell]] = [["児童番号", "クラス", "出欠"]] + [
        [fake_twelve(rng, "2024"), rng.choice(["ひよこ", "うさぎ", "きりん"]), "出"] for _ in range(24)
    ]
    docs.append(Doc("number_lookalike", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("出欠", rows, title="7月 出欠集計")], ), "12-digit 児童番号, all failing the check digit",
                    None))  # fmt: skip
    rec: list[list[Cell]] = [["受付番号", "受付日", "区分"]] + [[fake_twelve(rng, "6"), f"2024/06/{rng.randint(1, 28):02d}", rng.choice(["新規", "変更", "現況"])] for _ in range(20)]  # fmt: skip
    docs.append(
        Doc(
            "number_lookalike",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[SheetSpec("受付", rec)]),
            "12-digit 受付番号, all failing the check digit",
        )
    )
    op: list[list[Cell]] = [["法人番号", "法人名", "代表者", "所在地"]] + [
        [corporate_number(rng), o, f"理事長 {w.staff()}", f"{w.city}{rng.choice(w.towns)}"] for o in OPERATORS
    ]
    docs.append(
        Doc(
            "number_lookalike",
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(sheets=[SheetSpec("運営法人", op, title="保育施設 運営法人一覧")]),
            "法人番号 of operators; representatives in role",
        )
    )
    docs.append(
        Doc(
            "number_lookalike",
            "pdf",
            1,
            ["corporate_number"],
            DocSpec(title="委託契約一覧", tables=[[[str(c) for c in r] for r in op]]),
        )
    )
    kid: list[list[Cell]] = [["児童番号", "児童氏名", "生年月日", "クラス"]]
    for f in w.families(20, 2019, 2022):
        kid.append(
            [fake_twelve(rng, "1"), f.child_name, f.child_birth, rng.choice(["ひよこ", "うさぎ", "きりん"])]
        )
    docs.append(Doc("number_lookalike", "xlsx", 2, NAME_BIRTH, DocSpec(sheets=[SheetSpec("在園児", kid, title="在園児名簿")]),
                    "the 児童番号 fail the check digit: name + birth date → 2"))  # fmt: skip
    f = w.family(2019, 2021)
    docs.append(Doc("number_lookalike", "txt", 2, NAME_ADDR, DocSpec(paragraphs=[f"受付番号 {fake_twelve(rng, '24')}", f"申請者 {f.guardian_name}", f"住所 {f.address}", "内容 保育所入所申込（新規）"]),
                    "the 受付番号 fails the check digit; name + address → 2"))  # fmt: skip
    docs.append(Doc("number_lookalike", "docx", 1, [], DocSpec(title="システム移行メモ", paragraphs=["児童番号は12桁（年度4桁＋連番8桁）とする。", f"例：{fake_twelve(rng, '2024')}", "マイナンバーとは別に管理する。"]),
                    "a 12-digit example failing the check digit"))  # fmt: skip

    # real My Numbers (3)
    def form(f: Family, mn: str) -> DocSpec:
        return DocSpec(title="児童手当 認定請求書", tables=[[["請求者氏名", f.guardian_name, "生年月日", d(f.guardian_birth)],
                       ["個人番号", spaced(mn, sep="-"), "", ""], ["住所", f.address, "", ""], ["児童", f.child_name, "生年月日", d(f.child_birth)]]])  # fmt: skip

    f = w.family(2020, 2023)
    docs.append(Doc("number_real", "docx", 3, ["name", "birth_date", "address", "my_number"], form(f, new_my_number(rng)), "My Number 4-4-4 with hyphens",
                    docx_merge([(0, 1, 1, 3), (0, 2, 1, 3)])))  # fmt: skip
    f = w.family(2020, 2023)
    mn = new_my_number(rng)
    grid = [
        ["請求者", f.guardian_name, "", "", "", "", "", "", "", "", "", "", ""],
        ["個人番号", *list(mn)],
        ["住所", f.address] + [""] * 11,
    ]
    docs.append(Doc("number_real", "docx", 3, ["name", "address", "my_number"], DocSpec(title="児童手当 認定請求書", tables=[grid]),
                    "one digit per cell", docx_merge([(0, 0, 1, 12), (0, 2, 1, 12)])))  # fmt: skip
    f = w.family(2020, 2023)
    mn = new_my_number(rng)
    docs.append(Doc("number_real", "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[SheetSpec("請求書", [
        ["請求者氏名", f.guardian_name] + [""] * 10, ["個人番号", *list(mn[:11]), mn[11]], ["住所", f.address] + [""] * 10], title="児童手当・特例給付 認定請求書")]),
        "one digit per cell", xlsx_merge(["B3:L3", "B5:L5"])))  # fmt: skip
    f = w.family(2020, 2023)
    mn = new_my_number(rng)
    docs.append(Doc("number_real", "pdf", 3, ["name", "address", "my_number", "birth_date"], DocSpec(title="現況届"), "digits drawn spaced",
                    canvas_form("児童手当 現況届", [("受給者氏名", f.guardian_name), ("個人番号", " ".join(mn)), ("住所", f.address), ("児童", f"{f.child_name}（{d(f.child_birth)}生）")])))  # fmt: skip
    f = w.family(2020, 2023)
    docs.append(Doc("number_real", "docx", 3, ["name", "my_number", "phone"], DocSpec(title="児童手当 受給事由消滅届", paragraphs=[f"受給者 {f.guardian_name}　電話 {f.mobile}", "消滅事由：市外転出"],
                    header=f"個人番号 {new_my_number(rng)}"), "the My Number is in the page header"))  # fmt: skip
    mrows: list[list[Cell]] = [["受給者", "個人番号", "児童数"]]
    for f in w.families(8, 2015, 2022):
        mrows.append([f.guardian_name, new_my_number(rng), rng.randint(1, 3)])
    docs.append(Doc("number_real", "xlsx", 3, ["name", "my_number"], DocSpec(sheets=[SheetSpec("集計", [["月", "件数"], ["6月", 8]], title="児童手当 新規認定"),
                    SheetSpec("番号", mrows, state="veryHidden")]), "My Numbers on a very hidden sheet"))  # fmt: skip
    f = w.family(2020, 2023)
    docs.append(Doc("number_real", "txt-cp932", 3, ["name", "my_number"], DocSpec(paragraphs=["窓口メモ", f"{f.guardian_name}様 個人番号 {spaced(new_my_number(rng), sep='-').translate(FW)}", "児童手当 口座変更"]),
                    "full-width digits"))  # fmt: skip
    return docs


# --- more of each desk ----------------------------------------------------------------------------------
def more(w: World) -> list[Doc]:
    rng, docs = w.rng, []
    office = f"{w.city}こども未来部 保育課"
    f = w.family(2021, 2023)
    docs.append(Doc("nursery", "pdf", 2, ["name", "birth_date", "address", "phone"], DocSpec(title="入所申込書"), "",
                    canvas_form("保育所等入所申込書（3号認定）", [("児童氏名", f.child_name), ("生年月日", wareki(f.child_birth)), ("保護者氏名", f.guardian_name),
                                ("住所", f.address), ("携帯電話", f.mobile), ("就労状況", rng.choice(WORK))], [office])))  # fmt: skip
    ichiji: list[list[Cell]] = [["登録番号", "児童氏名", "保護者", "電話", "利用予定"]]
    for f in w.families(12, 2021, 2023):
        ichiji.append(
            [f"T{rng.randint(100, 999)}", f.child_name, f.guardian_name, f.mobile, f"7/{rng.randint(1, 31)}"]
        )
    docs.append(
        Doc(
            "nursery",
            "txt-cp932",
            2,
            NAME_PHONE,
            DocSpec(sheets=[SheetSpec("一時預かり", ichiji)], paragraphs=["一時預かり 利用登録者（7月）"]),
        )
    )
    f = w.family(2021, 2023)
    docs.append(Doc("nursery", "docx", 2, NAME_ADDR, DocSpec(title="保育所等利用調整結果通知書（内定）", paragraphs=[
        f"〒{f.postal}", f.address, f"{f.guardian_name}　様", f"お申込みのあった {f.child_name} さんの入所が内定しましたのでお知らせします。",
        f"入所予定施設：{rng.choice(NURSERIES)[0]}　入所日：令和6年8月1日"], footer=office)))  # fmt: skip
    ka: list[list[Cell]] = [["施設", "児童氏名", "生年月日", "障害の状況", "加配"]]
    for f in w.families(9, 2019, 2022):
        ka.append([rng.choice(NURSERIES)[0], f.child_name, f.child_birth, rng.choice(CONDITIONS), "1:3"])
    docs.append(
        Doc(
            "nursery",
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(sheets=[SheetSpec("加配", ka, title="障害児保育 加配対象児童一覧")]),
        )
    )
    ench = [[n, w.staff(), f"{w.area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"] for n, _ in NURSERIES]
    docs.append(Doc("nursery", "pdf", 1, [], DocSpec(title="園長会 名簿"), "園長 named in role with the nursery's phone",
                    canvas_table(f"{w.city} 保育所園長会 会員名簿", [(40, "施設"), (220, "園長"), (340, "施設電話")], ench, 30)))  # fmt: skip

    cl: list[list[Cell]] = [["番号", "氏名", "ふりがな", "生年月日", "住所"]]
    for i, f in enumerate(w.families(27, 2017, 2018), start=1):
        cl.append([i, f.child_name, KANA.get(f.child, ""), f.child_birth, f.address])
    docs.append(
        Doc(
            "school",
            "xls",
            2,
            ["name", "birth_date", "address"],
            DocSpec(sheets=[SheetSpec("1年1組", cl, title="新1年 学級編制名簿")]),
        )
    )
    f = w.family(2013, 2015)
    docs.append(Doc("school", "docx", 2, NAME_ADDR, DocSpec(title="転入学通知書", tables=[[["児童氏名", f.child_name], ["保護者", f.guardian_name],
                    ["新住所", f.address], ["転入学校", rng.choice(SCHOOLS)]]], header=f"{w.city}教育委員会 学務課")))  # fmt: skip
    ap: list[list[Cell]] = [["受付", "申請者", "住所", "電話", "進学先"]]
    for f in w.families(19, 2005, 2008):
        ap.append(
            [
                f"{rng.randint(1, 99):03d}",
                f"{f.surname}　{f.child}",
                f.address,
                f.mobile,
                rng.choice(["県立高校", "私立高校", "高専"]),
            ]
        )
    docs.append(Doc("school", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("申請者", ap, title="令和6年度 奨学金 申請者一覧")]),
                    "applicants, no arrears: name + address → 2"))  # fmt: skip
    big: list[list[str]] = []
    for f in w.families(132, 2012, 2017):
        big.append(
            [f"{rng.randint(1, 6)}-{rng.randint(1, 4)}", f.child_name, f.guardian_name, f.mobile, f.home]
        )
    docs.append(Doc("school", "pdf", 3, ["name", "phone"], DocSpec(title="緊急連絡先一覧"), "132 pupils with guardians' phones over four pages: bulk",
                    canvas_table(f"{rng.choice(SCHOOLS)} 全校 緊急連絡先一覧", [(40, "組"), (80, "児童氏名"), (190, "保護者"), (300, "携帯"), (420, "自宅")], big, 36)))  # fmt: skip
    docs.append(Doc("school", "pdf", 1, [], DocSpec(title=f"{w.city}奨学金 募集要項", paragraphs=[
        "貸与月額：高校 月額2万円、大学 月額4万円。", "返還を滞納した場合は督促を行い、連帯保証人に請求することがあります。", "申請書に個人番号を記入する必要はありません。"])))  # fmt: skip

    f = w.family(2016, 2018)
    docs.append(Doc("afterschool", "docx", 2, ["name", "birth_date", "phone"], DocSpec(title="放課後児童クラブ 入会申込書", tables=[[
        ["児童氏名", f.child_name, "生年月日", d(f.child_birth)], ["保護者氏名", f.guardian_name, "携帯", f.mobile], ["在籍校", rng.choice(SCHOOLS), "", ""]]]),
        "", docx_merge([(0, 2, 1, 3)])))  # fmt: skip
    wl: list[list[Cell]] = [["順位", "児童氏名", "学年", "保護者", "電話"]]
    for i, f in enumerate(w.families(14, 2015, 2018), start=1):
        wl.append([i, f.child_name, f"{rng.randint(1, 3)}年", f.guardian_name, f.mobile])
    docs.append(Doc("afterschool", "csv", 2, NAME_PHONE, DocSpec(sheets=[SheetSpec("待機", wl)])))
    f = w.family(2015, 2017)
    docs.append(Doc("afterschool", "odt", 3, ["name", "address", "arrears"], DocSpec(title="放課後児童クラブ利用料の納付について（督促）", paragraphs=[
        f.address, f"{f.guardian_name}　様", f"{f.child_name}さんの利用料 令和6年4月分～6月分 15,000円 が未納です。7月31日までに納付してください。"])))  # fmt: skip
    docs.append(Doc("afterschool", "pptx", 1, [], DocSpec(title="支援員研修 事故防止", paragraphs=["骨折・通院事例の共有", "個人名は伏せて報告する", "保護者の連絡先は名簿で管理"],
                    notes=["事例はすべて匿名化済み"])))  # fmt: skip

    f = w.family(2015, 2017)
    t1, t2 = w.staff(), w.staff()
    docs.append(Doc("correspondence", "txt-cp932", 2, NAME_ADDR, DocSpec(paragraphs=[
        "件名: Re: 家庭訪問の順路", f"{t1}先生", f"{f.child_name}さんのお宅は {f.address} です。", "", "> " + t2 + ": 家庭訪問の順路を作っています。"])))  # fmt: skip
    f = w.family(2019, 2021)
    docs.append(Doc("correspondence", "csv", 2, NAME_BIRTH, DocSpec(sheets=[SheetSpec("chat", [["日時", "送信者", "メッセージ"],
        ["2024/06/05 10:01", t1, f"{f.child_name}ちゃんの誕生会、何月でしたっけ"], ["2024/06/05 10:03", t2, f"生年月日 {d(f.child_birth)} なので来月です"]])])))  # fmt: skip
    f = w.family(2019, 2021)
    docs.append(Doc("number_lookalike", "pdf", 2, NAME_PHONE, DocSpec(title="連絡カード"), "the 児童番号 fails the check digit",
                    canvas_form("園児連絡カード", [("児童番号", fake_twelve(rng, "2024")), ("児童氏名", f.child_name), ("保護者", f.guardian_name), ("緊急連絡先", f.mobile)])))  # fmt: skip
    return docs


def build(rng: random.Random) -> list[Doc]:
    w = World(rng)
    return nursery(w) + school(w) + afterschool(w) + texts(w) + numbers(w) + more(w)


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam14")


def main(argv: list[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set14", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
