"""Twelfth red-team set (blind): general affairs, personnel and finance of a city hall, and its public records.

``python -m corpus.redteam.set12 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city hall is drawn per build; the families are the back-office desks and what each of them
publishes: personnel and pay (会計年度任用職員 applications, 給与支払報告書 and 源泉徴収票 with My Numbers,
扶養親族, 健康診断 事後措置, 病気休暇, 通勤手当 with home addresses, versus the extension list, the org chart
and the published 職員数・給与), disclosure and audit (情報公開請求書, 住民監査請求, versus the published
運用状況 and 審査会 答申 that write A氏 and 請求者), contracts and payments (支払調書, 口座振替依頼書, 債権管理簿
with 滞納, versus the 入札参加資格者名簿 with 法人番号 and 代表者 and the published 契約結果), documents and
general affairs (文書受付簿, 公用車 事故報告, minutes naming staff in role, a 記入例), staff chats and mail
threads where a resident named in one message gets a phone, address, birth date or arrears in a reply, and
numbers that look like My Numbers but are not (12-digit 受付番号, 職員番号 with date stamps, 法人番号, phones
without hyphens, 支店番号 + 口座番号) next to real ones written the ways people do.

Each document's true level follows the default policy's text only: 3 for a My Number, health or arrears
data about an identifiable person, or records of more than 100 persons with a name and an address, birth
date or phone; 2 for a private person's name with their address, birth date or phone; 1 for the rest,
including staff, company representatives and officials named in their role. ``types`` lists what a
perfect reader reports about private persons (plus ``corporate_number`` where one is printed). Doubtful
files carry a one-line ``note`` saying how the policy decides them.
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

from corpus.factory.numbers import corporate_number_check_digit as corporate_check_digit
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1212

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, postcode prefix, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("栃木県", "小山市", "0285", "323", ["城山町", "駅東通り", "犬塚", "大字間々田*", "神鳥谷"]),
    ("岐阜県", "大垣市", "0584", "503", ["郭町", "高屋町", "林町", "北方町", "赤坂町*"]),
    ("山口県", "周南市", "0834", "745", ["岐山通", "大字徳山*", "大字久米*", "新宿通", "遠石"]),
    ("宮城県", "石巻市", "0225", "986", ["中央", "門脇町", "蛇田*", "大街道南", "渡波*"]),
    ("福井県", "越前市", "0778", "915", ["府中", "京町", "国府", "芝原", "粟田部町*"]),
    ("愛媛県", "今治市", "0898", "794", ["北宝来町", "常盤町", "別宮町", "鳥生*", "蔵敷町*"]),
]  # fmt: skip
SURNAMES: list[str] = [
    "望月", "秋山", "平野", "杉浦", "川島", "荒木", "古川", "野口", "桑原", "細川", "横山", "石黒", "大塚", "浅野",
    "松尾", "服部", "小野寺", "片桐", "関口", "堀内", "三浦", "土屋", "河合", "水野", "白石", "市川", "長島",
    "内藤", "竹内", "岩崎", "矢野", "久保田", "松永", "福島", "千葉", "熊谷", "安藤", "原田", "村上", "中島",
    "西川", "上野", "高木", "北村", "新田", "島田", "宮本", "早川", "大野", "青木", "菅原", "遠藤",
]  # fmt: skip
MALE: list[str] = ["大輔", "拓也", "浩二", "博之", "誠", "隆", "和夫", "修", "敏夫", "直樹", "亮", "陸", "颯太",
                   "湊", "蓮", "達也", "裕太", "光男", "哲也", "俊介", "義明", "公平"]  # fmt: skip
FEMALE: list[str] = ["由美", "真由美", "明美", "幸子", "洋子", "直美", "裕子", "陽子", "美咲", "愛", "彩", "葵",
                     "陽菜", "凛", "結衣", "由紀", "智子", "典子", "久美子", "麻衣", "静香", "文子"]  # fmt: skip
BUILDINGS = ["コーポ若葉", "レジデンス城南", "ハイツみずき", "パレス栄", "ルミエール東", "市営住宅"]
CO_HEAD = ["周防", "かもめ", "ミナト", "白鷺", "ひだまり", "清流", "東和", "双葉", "北辰", "山吹", "あさぎ",
           "大和田", "新栄", "丸栄", "共立", "明和", "光洋", "日進", "太平", "千歳"]  # fmt: skip
CO_TAIL = ["建設", "電設", "測量", "システム", "設計", "印刷", "造園", "リース", "警備", "コンサルタント", "商事",
           "工業", "舗道", "設備", "環境サービス", "事務機"]  # fmt: skip
CO_FORM = ["株式会社", "株式会社", "株式会社", "有限会社", "合同会社"]
BANKS = ["栃木銀行", "大垣共立銀行", "山口銀行", "七十七銀行", "福井銀行", "伊予銀行", "ゆうちょ銀行", "足利銀行",
         "しらかし信用金庫", "みなと信用組合"]  # fmt: skip
DEPTS = ["総務課", "人事課", "財政課", "契約検査課", "会計課", "文書法制課", "情報公開室", "監査委員事務局", "税務課",
         "市民課", "子育て支援課", "道路河川課", "下水道課", "生涯学習課"]  # fmt: skip
ILLNESS = ["腰椎椎間板ヘルニア", "うつ病", "適応障害", "胃潰瘍", "右足関節骨折", "急性虫垂炎", "乳がん術後",
           "インフルエンザ", "帯状疱疹", "狭心症", "突発性難聴", "睡眠時無呼吸症候群"]  # fmt: skip
CHECKUP = ["要精密検査（胃部X線）", "要治療（血圧）", "要再検査（肝機能）", "要精密検査（便潜血）", "要医療（血糖）",
           "要経過観察（脂質）", "要精密検査（心電図）"]  # fmt: skip
TODAY = dt.date(2024, 7, 16)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]


# --- numbers ---------------------------------------------------------------------------------------
def new_my_number(rng: random.Random) -> str:
    base = "".join(str(rng.randint(0, 9)) for _ in range(11))
    if base[0] == "0":
        base = str(rng.randint(1, 9)) + base[1:]
    return base + str(my_number_check_digit(base))


def failing12(digits: str) -> str:
    """A 12-digit number made to fail the My Number check (the last digit bumped when it happens to pass)."""
    assert len(digits) == 12 and digits.isdigit()
    if is_my_number(digits):
        digits = digits[:11] + str((int(digits[11]) + 1) % 10)
    return digits


def new_corporate(rng: random.Random) -> str:
    base = "".join(str(rng.randint(0, 9)) for _ in range(12))
    return str(corporate_check_digit(base)) + base


def spaced(n: str, groups: bool = False) -> str:
    if groups:
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    return " ".join(n)


def fw(s: str) -> str:
    return s.translate(FW)


def wareki(d: dt.date, short: bool = False) -> str:
    for name, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if short:
                return f"{letter}{y}.{d.month}.{d.day}"
            return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def ymd(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# --- people ---------------------------------------------------------------------------------------
@dataclass
class Person:
    surname: str
    given: str
    sex: str
    birth: dt.date
    zip: str
    address: str
    phone: str
    my_number: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}"

    @property
    def name_fw(self) -> str:
        return f"{self.surname}　{self.given}"


@dataclass
class World:
    rng: random.Random
    pref: str
    city: str
    area: str
    zip3: str
    towns: list[str]
    used: set[str] = field(default_factory=set)
    used_co: set[str] = field(default_factory=set)

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            return (
                f"{town[:-1]}{r.randint(1, 2400)}番地{r.randint(1, 30) if r.random() < 0.6 else ''}".rstrip()
            )
        s = f"{town}{r.randint(1, 6)}丁目{r.randint(1, 25)}-{r.randint(1, 30)}"
        if r.random() < 0.25:
            s += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}号"
        return s

    def person(self, lo: int = 1950, hi: int = 2002, outside: bool = False) -> Person:
        r = self.rng
        while True:
            sex = r.choice("MF")
            given = r.choice(MALE if sex == "M" else FEMALE)
            surname = r.choice(SURNAMES)
            if surname + given not in self.used:
                self.used.add(surname + given)
                break
        birth = dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        if outside:
            pref, city, _area, zip3, towns = r.choice(CITIES)
        else:
            pref, city, zip3, towns = self.pref, self.city, self.zip3, self.towns
        addr = f"{pref}{city}{self.lot(r.choice(towns))}"
        phone = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if r.random() < 0.25:
            phone = f"{self.area}-{r.randint(20, 99)}-{r.randint(1000, 9999)}"
        return Person(
            surname, given, sex, birth, f"{zip3}-{r.randint(0, 9999):04d}", addr, phone, new_my_number(r)
        )

    def people(self, n: int, **kw: Any) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]

    def company(self) -> str:
        r = self.rng
        while True:
            name = f"{r.choice(CO_FORM)}{r.choice(CO_HEAD)}{r.choice(CO_TAIL)}"
            if name not in self.used_co:
                self.used_co.add(name)
                return name

    def office_phone(self) -> str:
        return f"{self.area}-{self.rng.randint(20, 99)}-{self.rng.randint(1000, 9999)}"

    def office_addr(self) -> str:
        return f"{self.pref}{self.city}{self.lot(self.rng.choice(self.towns))}"

    @property
    def hall(self) -> str:
        return f"{self.city}役所"


# --- documents and layouts ---------------------------------------------------------------------------
@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


_FONT = "HeiseiKakuGo-W5"


def _finish(data: bytes) -> bytes:
    from corpus.factory.writers import _finish_zip

    return _finish_zip(data)


def canvas_pdf(
    pages: list[list[tuple[float, float, str, float]]], landscape: bool = False
) -> Callable[[Path], None]:
    """A post that rewrites the file as a PDF drawn with the canvas: each page a list of (x mm, y mm from
    the top, text, font size); "{n}" and "{N}" in a text become the page number and the page count."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen.canvas import Canvas

        if _FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
        size = land(A4) if landscape else A4
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=size, invariant=1)
        c.setCreator("")
        for n, page in enumerate(pages, start=1):
            for x, y, text, fs in page:
                c.setFont(_FONT, fs)
                c.drawString(
                    x * mm, size[1] - y * mm, text.replace("{n}", str(n)).replace("{N}", str(len(pages)))
                )
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def table_pages(
    title: str,
    heads: list[str],
    xs: list[float],
    rows: list[list[str]],
    per_page: int,
    top: str,
    bottom: str = "",
    landscape: bool = False,
    fs: float = 7.5,
) -> list[list[tuple[float, float, str, float]]]:
    """Pages of a listing: a page header and title on every page, column heads at fixed x, rows, `n / N`."""
    pages = []
    height = 210 if landscape else 297
    for start in range(0, max(1, len(rows)), per_page):
        page: list[tuple[float, float, str, float]] = [(15, 10, top, 8), (15, 20, title, 12)]
        page += [(x, 30, h, 8) for x, h in zip(xs, heads, strict=True)]
        for i, row in enumerate(rows[start : start + per_page]):
            page += [(x, 36 + i * 5.2, v, fs) for x, v in zip(xs, row, strict=True)]
        if bottom:
            page.append((15, height - 16, bottom, 7))
        page.append((140 if landscape else 100, height - 10, "{n} / {N}", 8))
        pages.append(page)
    return pages


def xlsx_post(edit: Callable[[Any], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        edit(wb)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def docx_post(edit: Callable[[Any], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        edit(d)
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def merge_docx(cells: list[tuple[int, int, int, int, int]]) -> Callable[[Any], None]:
    """(table, row, first col, row2, last col) ranges merged; the text of the first cell kept."""

    def edit(d: Any) -> None:
        for t, r1, c1, r2, c2 in cells:
            table = d.tables[t]
            keep = table.cell(r1, c1).text
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            merged.text = keep

    return edit


def merge_xlsx(sheet: int, ranges: list[str]) -> Callable[[Any], None]:
    def edit(wb: Any) -> None:
        for ref in ranges:
            wb.worksheets[sheet].merge_cells(ref)

    return edit


def hide_columns(sheet: int, letters: list[str]) -> Callable[[Any], None]:
    def edit(wb: Any) -> None:
        for letter in letters:
            wb.worksheets[sheet].column_dimensions[letter].hidden = True

    return edit


def chain(*edits: Callable[[Any], None]) -> Callable[[Any], None]:
    def edit(obj: Any) -> None:
        for e in edits:
            e(obj)

    return edit


def sheet(name: str, rows: list[list[Cell]], **kw: Any) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)


# --- 人事・給与 ---------------------------------------------------------------------------------------
def hr(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    staff = w.people(40, lo=1962, hi=2001)
    depts = [r.choice(DEPTS) for _ in staff]
    ext = [str(2100 + i * 7) for i in range(len(staff))]

    # --- level 2 ---
    a = w.person(1975, 1998)
    docs.append(
        Doc(
            "hr",
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="令和6年度 会計年度任用職員 採用申込書",
                paragraphs=[
                    f"{w.city}長 様",
                    "下記のとおり会計年度任用職員に申し込みます。",
                    f"申込日 令和6年2月{r.randint(1, 28)}日",
                ],
                tables=[
                    [
                        ["ふりがな", "", "", ""],
                        ["氏名", a.name, "生年月日", wareki(a.birth)],
                        ["現住所", f"〒{a.zip} {a.address}", "", ""],
                        ["携帯電話", a.phone, "希望職種", "一般事務補助"],
                        [
                            "職歴",
                            "平成28年4月～令和5年3月 株式会社" + r.choice(CO_HEAD) + "商事 事務",
                            "",
                            "",
                        ],
                    ]
                ],
                footer="人事課 会計年度任用職員担当",
            ),
            post=docx_post(merge_docx([(0, 0, 1, 0, 3), (0, 2, 1, 2, 3), (0, 4, 1, 4, 3)])),
        )
    )
    apps = w.people(28, lo=1958, hi=2003)
    docs.append(
        Doc(
            "hr",
            "xlsx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "応募者",
                        [["受付", "氏名", "生年月日", "住所", "電話（携帯）", "希望", "面接日"]]
                        + [
                            [
                                i + 1,
                                p.name,
                                p.birth,
                                p.address,
                                p.phone,
                                r.choice(["窓口", "事務補助", "保育補助", "図書館"]),
                                dt.date(2024, 3, r.randint(4, 22)),
                            ]
                            for i, p in enumerate(apps)
                        ],
                        title="会計年度任用職員 応募者一覧（令和6年度 第1次）",
                        first_row=3,
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "hr",
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "通勤手当",
                        [["職員番号", "所属", "氏名", "住所（届出）", "通勤方法", "片道km", "月額"]]
                        + [
                            [
                                f"{r.randint(10, 99)}{r.randint(1000, 9999)}",
                                d,
                                p.name,
                                p.address,
                                r.choice(["自動車", "自転車", "電車・バス"]),
                                round(r.uniform(2, 28), 1),
                                r.choice([4200, 7100, 10000, 12900]),
                            ]
                            for p, d in zip(staff[:30], depts, strict=False)
                        ],
                        title="通勤手当 認定一覧（令和6年4月）",
                        first_row=3,
                    )
                ]
            ),
            note="staff's own home address with name: private data → 2",
        )
    )
    sub = staff[:18]
    docs.append(
        Doc(
            "hr",
            "csv-cp932",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "届",
                        [["届出日", "所属", "氏名", "新住所", "旧住所", "事由"]]
                        + [
                            [
                                ymd(dt.date(2024, r.randint(4, 6), r.randint(1, 28))),
                                r.choice(DEPTS),
                                p.name,
                                p.address,
                                w.office_addr(),
                                "転居",
                            ]
                            for p in sub
                        ],
                    )
                ]
            ),
        )
    )
    fam_rows: list[list[Cell]] = [["所属", "職員氏名", "扶養親族氏名", "続柄", "生年月日", "同居", "区分"]]
    persons_in_fam = 0
    for p in staff[:14]:
        for rel, lo, hi in [("妻", 1965, 1995), ("子", 2005, 2022), ("子", 2008, 2023)][: r.randint(1, 3)]:
            fam_rows.append(
                [
                    r.choice(DEPTS),
                    p.name,
                    f"{p.surname} {r.choice(FEMALE if rel == '妻' else MALE + FEMALE)}",
                    rel,
                    dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)),
                    "同居",
                    "一般",
                ]
            )
            persons_in_fam += 1
    docs.append(
        Doc(
            "hr",
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(sheets=[sheet("扶養", fam_rows, title="扶養親族 認定状況（令和6年度）", first_row=2)]),
            note="dependants' birth dates with names; 続柄 does not raise → 2",
        )
    )
    b = w.person(1980, 1995)
    docs.append(
        Doc(
            "hr",
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="扶養親族等申告書（写）",
                paragraphs=[
                    f"所属 {r.choice(DEPTS)}　氏名 {b.name}　生年月日 {wareki(b.birth)}",
                    f"住所 {b.address}",
                    "控除対象扶養親族",
                    f"  {b.surname} {r.choice(MALE)}（長男） 平成{r.randint(20, 30)}年{r.randint(1, 12)}月{r.randint(1, 28)}日生",
                    f"  {b.surname} {r.choice(FEMALE)}（長女） 令和{r.randint(1, 4)}年{r.randint(1, 12)}月{r.randint(1, 28)}日生",
                ],
                footer="人事課 給与係",
            ),
        )
    )

    # --- level 3 ---
    pay = w.people(24, lo=1960, hi=2000)
    rows: list[list[Cell]] = [["No", "氏名", "個人番号", "", "", "住所", "支払金額", "源泉徴収税額"]]
    for i, p in enumerate(pay, 1):
        rows.append(
            [
                i,
                p.name,
                p.my_number[:4],
                p.my_number[4:8],
                p.my_number[8:],
                p.address,
                r.randint(80, 220) * 10000,
                r.randint(0, 60) * 1000,
            ]
        )
    docs.append(
        Doc(
            "hr",
            "xlsx",
            3,
            ["name", "my_number", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "提出分", rows, title="令和5年分 給与支払報告書（個人別明細書）提出一覧", first_row=3
                    )
                ]
            ),
            post=xlsx_post(merge_xlsx(0, ["C3:E3"])),
        )
    )
    c = w.person(1970, 1990)
    docs.append(
        Doc(
            "hr",
            "docx",
            3,
            ["name", "my_number", "address", "birth_date"],
            DocSpec(
                title="令和5年分 給与所得の源泉徴収票",
                tables=[
                    [
                        ["支払を受ける者", "住所", c.address] + [""] * 10,
                        ["", "個人番号", *list(c.my_number), ""],
                        ["", "氏名", c.name] + [""] * 10,
                        ["", "生年月日", wareki(c.birth)] + [""] * 10,
                        [
                            "支払金額",
                            f"{r.randint(2, 5)},{r.randint(100, 999)},000",
                            "源泉徴収税額",
                            f"{r.randint(10, 99)},{r.randint(100, 999)}",
                        ]
                        + [""] * 9,
                    ]
                ],
                footer=f"支払者 {w.hall} 所在地 {w.office_addr()}",
            ),
            post=docx_post(
                merge_docx([(0, 0, 2, 0, 12), (0, 2, 2, 2, 12), (0, 3, 2, 3, 12), (0, 0, 0, 3, 0)])
            ),
        )
    )
    slips = w.people(6, lo=1960, hi=2000)
    pages = []
    for p in slips:
        pages.append(
            [
                (15, 10, f"{w.hall} 人事課　源泉徴収票（再発行分）", 8),
                (60, 22, "令和5年分 給与所得の源泉徴収票", 13),
                (20, 40, "住所", 9),
                (45, 40, p.address, 9),
                (20, 50, "個人番号", 9),
                (45, 50, spaced(p.my_number), 10),
                (20, 60, "氏名", 9),
                (45, 60, p.name, 10),
                (20, 70, "生年月日", 9),
                (45, 70, wareki(p.birth), 9),
                (20, 85, "支払金額", 9),
                (45, 85, f"{r.randint(150, 480)},{r.randint(100, 999)},000円", 9),
                (100, 287, "{n} / {N}", 8),
            ]
        )
    docs.append(
        Doc(
            "hr",
            "pdf",
            3,
            ["name", "my_number", "address", "birth_date"],
            DocSpec(title="源泉徴収票"),
            post=canvas_pdf(pages),
            note="six slips, one a page, My Number drawn digit by digit with spaces",
        )
    )
    chk = w.people(22, lo=1962, hi=2000)
    docs.append(
        Doc(
            "hr",
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "事後措置",
                        [["職員番号", "所属", "氏名", "年齢", "判定", "就業区分", "産業医意見", "受診確認"]]
                        + [
                            [
                                f"{r.randint(10, 99)}{r.randint(1000, 9999)}",
                                r.choice(DEPTS),
                                p.name,
                                2024 - p.birth.year,
                                r.choice(CHECKUP),
                                r.choice(["通常勤務", "就業制限（時間外禁止）", "通常勤務"]),
                                r.choice(["受診勧奨", "再検査後面談", "治療継続を確認"]),
                                r.choice(
                                    ["済", "未", "済（" + r.choice(["市民病院", "内科クリニック"]) + "）"]
                                ),
                            ]
                            for p in chk
                        ],
                        title="令和6年度 定期健康診断 事後措置対象者一覧",
                        first_row=3,
                        footer="取扱注意",
                    )
                ]
            ),
        )
    )
    sick = w.people(9, lo=1962, hi=1998)
    docs.append(
        Doc(
            "hr",
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "取得状況",
                        [["所属", "職員番号", "取得日数"]]
                        + [
                            [r.choice(DEPTS), f"{r.randint(10, 99)}{r.randint(1000, 9999)}", r.randint(3, 90)]
                            for _ in sick
                        ],
                        title="病気休暇 取得状況",
                    ),
                    sheet(
                        "個票",
                        [["氏名", "所属", "期間", "病名（診断書）", "医療機関", "復職予定"]]
                        + [
                            [
                                p.name,
                                r.choice(DEPTS),
                                f"{ymd(dt.date(2024, r.randint(1, 5), r.randint(1, 28)))}～",
                                r.choice(ILLNESS),
                                r.choice(["市民病院", "中央クリニック", "こころのクリニック"]),
                                r.choice(["未定", "7月1日", "8月1日"]),
                            ]
                            for p in sick
                        ],
                        state="hidden",
                    ),
                ]
            ),
            note="names with 病名 on a hidden sheet",
        )
    )
    d = w.person(1960, 1995)
    docs.append(
        Doc(
            "hr",
            "docx",
            3,
            ["name", "my_number", "address", "birth_date", "phone"],
            DocSpec(
                title="会計年度任用職員 採用時提出書類（個人番号届）",
                paragraphs=[
                    f"氏名 {d.name}（{wareki(d.birth)}生）",
                    f"住所 〒{d.zip} {d.address}",
                    f"連絡先 {d.phone}",
                    "源泉徴収事務のため、個人番号を届け出ます。",
                ],
                tables=[[["個人番号", *list(d.my_number)]]],
                header="人事課 取扱注意",
            ),
        )
    )
    dep = w.people(12, lo=1965, hi=1998)
    rows = [["職員氏名", "扶養親族", "続柄", "生年月日", "個人番号"]]
    for p in dep:
        rows.append([p.name, p.name, "本人", ymd(p.birth), p.my_number])
        rows.append(
            [
                p.name,
                f"{p.surname} {r.choice(FEMALE + MALE)}",
                "子",
                ymd(dt.date(r.randint(2006, 2020), r.randint(1, 12), r.randint(1, 28))),
                new_my_number(r),
            ]
        )
    docs.append(
        Doc("hr", "csv-cp932", 3, ["name", "my_number", "birth_date"], DocSpec(sheets=[sheet("扶養", rows)]))
    )
    bulk = w.people(130, lo=1960, hi=2002)
    brows = [[f"{r.randint(10, 99)}{r.randint(1000, 9999)}", p.name, p.address, p.phone] for p in bulk]
    docs.append(
        Doc(
            "hr",
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="緊急連絡網"),
            post=canvas_pdf(
                table_pages(
                    "職員 緊急連絡先一覧（自宅）",
                    ["職員番号", "氏名", "自宅住所", "電話"],
                    [15, 35, 65, 160],
                    brows,
                    45,
                    f"{w.hall} 総務部 人事課　取扱注意",
                )
            ),
            note="130 staff with home address and phone: more than 100 persons → 3",
        )
    )

    e = w.person(1970, 2000)
    docs.append(
        Doc(
            "hr",
            "xls",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "申込書",
                        [
                            ["項目", "内容"],
                            ["氏名", e.name_fw],
                            ["生年月日", wareki(e.birth)],
                            ["住所", f"〒{e.zip} {e.address}"],
                            ["電話", e.phone],
                            ["希望勤務地", r.choice(["本庁", "北支所", "図書館"])],
                            ["勤務可能日", "月・水・金"],
                        ],
                        title="会計年度任用職員 登録申込書",
                    )
                ]
            ),
        )
    )
    com = w.people(58, lo=1962, hi=2001)
    crow = [
        [
            f"{r.randint(10, 99)}{r.randint(1000, 9999)}",
            p.name,
            p.address,
            r.choice(["自動車", "自転車", "バス"]),
            f"{round(r.uniform(2, 28), 1)}km",
        ]
        for p in com
    ]
    docs.append(
        Doc(
            "hr",
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="通勤手当"),
            post=canvas_pdf(
                table_pages(
                    "通勤手当 認定者一覧（住所・経路）",
                    ["職員番号", "氏名", "住所", "方法", "距離"],
                    [15, 35, 62, 160, 180],
                    crow,
                    30,
                    f"{w.hall} 人事課 給与係",
                )
            ),
            note="58 staff home addresses over two canvas pages → 2",
        )
    )
    iv = w.people(6, lo=1975, hi=2002)
    docs.append(
        Doc(
            "hr",
            "pptx",
            2,
            ["name", "phone"],
            DocSpec(
                title="会計年度任用職員 面接日程",
                paragraphs=["3月11日 午前 第1会議室", "3月12日 午後 第2会議室", "面接官 人事課長・所属長"],
                notes=["欠席連絡用 " + "、".join(f"{p.name} {p.phone}" for p in iv)],
            ),
            note="applicants' phones in speaker notes",
        )
    )
    hn = w.people(4, lo=1962, hi=1998)
    docs.append(
        Doc(
            "hr",
            "pptx",
            3,
            ["name", "health"],
            DocSpec(
                title="衛生委員会 報告",
                paragraphs=["長時間勤務者 面接指導 4名", "ストレスチェック 受検率 91%"],
                notes=[
                    "（非公開）面接指導対象："
                    + "、".join(f"{p.name}（{r.choice(ILLNESS)}で通院中）" for p in hn)
                ],
            ),
            note="named staff with illnesses in speaker notes → 3",
        )
    )

    # --- level 1 ---
    docs.append(
        Doc(
            "hr",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "内線",
                        [["所属", "係", "職名", "氏名", "内線", "直通"]]
                        + [
                            [
                                d_,
                                r.choice(["庶務係", "企画係", "管理係"]),
                                r.choice(["課長", "係長", "主査", "主事"]),
                                p.name,
                                e,
                                w.office_phone(),
                            ]
                            for p, d_, e in zip(staff, depts, ext, strict=True)
                        ],
                        title=f"{w.hall} 内線番号表（令和6年4月1日現在）",
                        first_row=3,
                    )
                ]
            ),
            note="staff in an extension list, office numbers only → 1",
        )
    )
    heads = staff[:9]
    docs.append(
        Doc(
            "hr",
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{w.hall} 組織図（令和6年度）",
                paragraphs=[
                    f"市長 ― 副市長 ― 総務部長 {heads[0].name}",
                    f"総務課長 {heads[1].name}（内線 2101）",
                    f"人事課長 {heads[2].name}（内線 2140）",
                    f"財政課長 {heads[3].name}（内線 2180）",
                    f"契約検査課長 {heads[4].name}（内線 2210）",
                    f"会計管理者 {heads[5].name}",
                ],
                notes=["異動があれば人事課まで。所属長は4月1日発令。"],
            ),
        )
    )
    docs.append(
        Doc(
            "hr",
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{w.city}職員の給与・定員管理等の状況（令和6年公表）",
                paragraphs=[
                    "地方公務員法第58条の2及び市人事行政の運営等の状況の公表に関する条例に基づき公表します。",
                    "職員の平均給与月額、初任給、職員数の推移を掲げます。個人の給与、個人番号、住所等は含みません。",
                ],
                tables=[
                    [
                        ["区分", "職員数", "平均年齢", "平均給料月額"],
                        ["一般行政職", str(r.randint(380, 520)), "42.3歳", "318,400円"],
                        ["技能労務職", str(r.randint(20, 60)), "51.0歳", "296,100円"],
                        ["会計年度任用職員", str(r.randint(200, 320)), "-", "-"],
                    ]
                ],
                footer=f"{w.city} 総務部 人事課",
            ),
        )
    )
    docs.append(
        Doc(
            "hr",
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年度 会計年度任用職員 募集案内",
                paragraphs=[
                    "応募資格：年齢不問。採用後、源泉徴収のため個人番号（マイナンバー）の提示をお願いします。",
                    "提出書類：申込書（氏名、住所、生年月日、電話番号を記入）、資格証の写し。",
                    f"問合せ先：{w.hall} 人事課 {w.office_phone()}（内線 2140）",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            "hr",
            "docx",
            1,
            [],
            DocSpec(
                title="定期健康診断の実施について（通知）",
                paragraphs=[
                    "各所属長 様",
                    "人事課長",
                    "下記日程で定期健康診断を実施します。結果に基づき産業医による事後措置を行います。",
                    "要精密検査となった職員は、受診結果を人事課へ提出してください。病名等の情報は厳重に管理します。",
                ],
                tables=[
                    [
                        ["日程", "会場", "対象"],
                        ["7月22日", "本庁舎 3階大会議室", "総務部・財務部"],
                        ["7月23日", "保健センター", "その他の部"],
                    ]
                ],
            ),
        )
    )
    docs.append(
        Doc(
            "hr",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "集計",
                        [["年度", "病気休暇 取得者数", "延べ日数", "うち長期(30日以上)"]]
                        + [
                            [f"令和{y}年度", r.randint(30, 60), r.randint(900, 1600), r.randint(5, 14)]
                            for y in range(1, 6)
                        ],
                        title="病気休暇・病気休職の状況（衛生委員会資料）",
                        first_row=3,
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "hr",
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "基準",
                        [["片道距離", "自動車等 月額", "備考"]]
                        + [
                            [f"{k}km以上{k + 5}km未満", 2000 + k * 700, "人事院規則準拠"]
                            for k in range(2, 40, 5)
                        ],
                    )
                ]
            ),
        )
    )
    return docs


# --- 情報公開・監査 ---------------------------------------------------------------------------------------
def disclosure(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    q = w.person(1950, 1990)
    docs.append(
        Doc(
            "disclosure",
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="行政文書開示請求書",
                paragraphs=[f"令和6年{r.randint(4, 6)}月{r.randint(1, 28)}日", f"{w.city}長 様"],
                tables=[
                    [
                        ["請求者", "住所", f"〒{q.zip} {q.address}"],
                        ["", "氏名", q.name],
                        ["", "電話番号", q.phone],
                        [
                            "請求する行政文書の名称",
                            f"令和5年度 {r.choice(['道路補修', '公園管理', '庁舎清掃'])}業務の契約書及び仕様書",
                            "",
                        ],
                        ["開示の方法", "写しの交付", ""],
                    ]
                ],
            ),
            post=docx_post(merge_docx([(0, 0, 0, 2, 0), (0, 3, 1, 3, 2), (0, 4, 1, 4, 2)])),
        )
    )
    reqs = w.people(16, lo=1945, hi=1995, outside=True)
    docs.append(
        Doc(
            "disclosure",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "受付簿",
                        [["受付番号", "受付日", "請求者氏名", "住所", "電話", "請求文書", "担当課", "決定"]]
                        + [
                            [
                                f"R6-{i:03d}",
                                dt.date(2024, 4 + i // 6, 1 + i),
                                p.name,
                                p.address,
                                p.phone,
                                r.choice(["入札調書", "補助金交付決定", "会議録", "出張命令簿"]),
                                r.choice(DEPTS),
                                r.choice(["全部開示", "部分開示", "審査中"]),
                            ]
                            for i, p in enumerate(reqs, 1)
                        ],
                        title="情報公開請求 受付処理簿（令和6年度）",
                        first_row=3,
                    )
                ]
            ),
        )
    )
    auditors = w.people(4, lo=1945, hi=1985)
    docs.append(
        Doc(
            "disclosure",
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                title=f"{w.city}職員措置請求書（住民監査請求）",
                paragraphs=[
                    f"{w.city}監査委員 様",
                    "地方自治法第242条第1項の規定により、別紙事実証明書を添え、必要な措置を請求します。",
                    "請求の要旨：公用車の私的利用に係る燃料費の返還を求める。",
                ]
                + [f"請求人 住所 {p.address}　氏名 {p.name}" for p in auditors],
            ),
        )
    )
    docs.append(
        Doc(
            "disclosure",
            "pdf",
            2,
            ["name", "address"],
            DocSpec(
                title="請求人一覧（監査委員事務局 内部用）",
                tables=[
                    [["No", "氏名", "住所", "受付日"]]
                    + [[str(i), p.name, p.address, f"6月{10 + i}日"] for i, p in enumerate(auditors, 1)]
                ],
                footer="監査委員事務局",
            ),
        )
    )
    s = w.person(1950, 1985, outside=True)
    docs.append(
        Doc(
            "disclosure",
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    f"〒{s.zip}",
                    s.address,
                    f"{s.name} 様",
                    "",
                    f"{w.city}長",
                    "",
                    "行政文書部分開示決定通知書",
                    f"令和6年{r.randint(4, 6)}月{r.randint(1, 20)}日付けで請求のあった行政文書について、次のとおり部分開示することに決定しました。",
                    "不開示部分：個人の氏名、住所（条例第7条第2号該当）",
                    "",
                    f"{w.hall} 総務部 文書法制課 情報公開係",
                    f"〒{w.zip3}-8601 {w.office_addr()}",
                    f"電話 {w.office_phone()}（内線 2310）",
                ]
            ),
        )
    )
    # level 3
    m = w.person(1955, 1990)
    docs.append(
        Doc(
            "disclosure",
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="保有個人情報開示請求書（本人）",
                tables=[
                    [
                        ["請求者氏名", m.name],
                        ["住所", m.address],
                        ["電話", m.phone],
                        [
                            "請求する保有個人情報",
                            f"市民病院における令和5年の診療録（傷病名：{r.choice(ILLNESS)}）及び検査結果",
                        ],
                        ["本人確認書類", "運転免許証"],
                    ]
                ],
                paragraphs=["受付 文書法制課"],
            ),
        )
    )
    t = w.person(1950, 1985)
    docs.append(
        Doc(
            "disclosure",
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "対象文書",
                        [
                            ["文書名", "開示区分", "不開示理由"],
                            ["滞納整理票", "不開示", "第7条第2号"],
                            ["交渉経過", "不開示", "第7条第2号"],
                        ],
                        title="開示請求 対象文書の特定（内部検討）",
                    ),
                    sheet(
                        "原本",
                        [
                            ["氏名", "住所", "税目", "滞納額", "督促日", "経過"],
                            [
                                t.name,
                                t.address,
                                "固定資産税",
                                r.randint(100, 900) * 1000,
                                "令和5年6月20日",
                                "分納誓約 不履行",
                            ],
                        ],
                    ),
                ]
            ),
            note="the working file copies the arrears record of a named person → 3",
        )
    )

    rep = w.person(1945, 1985)
    docs.append(
        Doc(
            "disclosure",
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="住民監査請求の補正について",
                paragraphs=[
                    f"{w.city}監査委員 様",
                    "令和6年6月3日付け請求について、事実証明書を追加提出します。",
                ],
                textboxes=[f"請求人代表 {rep.name}\n{rep.address}\n電話 {rep.phone}"],
            ),
        )
    )
    cq = w.people(8, lo=1945, hi=1995, outside=True)
    docs.append(
        Doc(
            "disclosure",
            "csv-cp932",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "受付",
                        [["受付日", "氏名", "住所", "連絡先", "請求内容"]]
                        + [
                            [
                                f"2024/05/{i + 10:02d}",
                                p.name,
                                p.address,
                                p.phone,
                                r.choice(["会議録", "契約書", "出張命令簿"]),
                            ]
                            for i, p in enumerate(cq)
                        ],
                    )
                ]
            ),
        )
    )
    hs = w.person(1955, 1990)
    docs.append(
        Doc(
            "disclosure",
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="審査会 事務局資料（委員限り）",
                paragraphs=[
                    f"審査請求人 {hs.name}（{hs.address}）",
                    "請求人は精神障害者保健福祉手帳2級を所持しており、口頭意見陳述には支援者の同席を希望。",
                    f"通院先 {r.choice(['こころのクリニック', '市民病院 精神科'])}",
                ],
            ),
            note="the unanonymised working paper behind an 答申, with a disability → 3",
        )
    )
    blk = w.people(112, lo=1940, hi=2000, outside=True)
    brow = [[f"R5-{i:04d}", p.name, p.address, p.phone] for i, p in enumerate(blk, 1)]
    docs.append(
        Doc(
            "disclosure",
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="請求者台帳"),
            post=canvas_pdf(
                table_pages(
                    "開示請求者 台帳（令和5年度）",
                    ["受付番号", "氏名", "住所", "電話"],
                    [15, 38, 65, 165],
                    brow,
                    40,
                    "文書法制課 情報公開係　内部用",
                )
            ),
            note="112 requesters with address and phone over three pages: more than 100 persons → 3",
        )
    )
    # level 1
    docs.append(
        Doc(
            "disclosure",
            "pdf",
            1,
            [],
            DocSpec(
                title="令和5年度 情報公開制度の運用状況",
                paragraphs=[
                    f"令和5年度の行政文書開示請求は{r.randint(150, 260)}件、個人情報開示請求は{r.randint(20, 60)}件でした。",
                    "不開示理由の多くは個人に関する情報（氏名、住所、生年月日、個人番号等）で、条例第7条第2号によります。",
                    "審査請求は3件。うちA氏からの請求（滞納処分関係文書）は審査会へ諮問しました。",
                ],
                tables=[
                    [
                        ["区分", "件数", "全部開示", "部分開示", "不開示"],
                        ["行政文書", "212", "120", "80", "12"],
                        ["保有個人情報", "41", "30", "9", "2"],
                    ]
                ],
                footer=f"{w.city} 総務部 文書法制課",
            ),
        )
    )
    docs.append(
        Doc(
            "disclosure",
            "docx",
            1,
            [],
            DocSpec(
                title=f"{w.city}情報公開・個人情報保護審査会 答申第{r.randint(10, 40)}号",
                paragraphs=[
                    "第1 審査会の結論　実施機関の決定は妥当である。",
                    "第2 審査請求の経過　審査請求人（以下「請求者」という。）は、A氏に係る滞納整理の記録の開示を求めた。",
                    "第3 判断　当該記録は特定の個人を識別できる情報であり、病歴、滞納の事実を含むため不開示が相当である。",
                    f"審査会委員 会長 {w.person().name}（弁護士）、委員 {w.person().name}（大学教授）",
                ],
            ),
            note="an anonymised 答申; members named in their role → 1",
        )
    )
    docs.append(
        Doc(
            "disclosure",
            "docx",
            1,
            [],
            DocSpec(
                title="住民監査請求に係る監査結果の公表",
                paragraphs=[
                    "請求人：市民4名（氏名は省略）",
                    "請求の要旨：公用車の私的利用に係る燃料費の返還",
                    "監査の結果：請求には理由がないものと判断し、棄却する。",
                    f"代表監査委員 {w.person().name}",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            "disclosure",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "様式",
                        [
                            ["項目", "記入欄"],
                            ["請求者 住所", ""],
                            ["氏名", ""],
                            ["電話番号", ""],
                            ["請求する文書", ""],
                            ["開示方法", "閲覧／写し"],
                        ],
                        title="行政文書開示請求書（様式第1号）",
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "disclosure",
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "統計",
                        [["月", "開示請求", "個人情報開示", "審査請求"]]
                        + [
                            [f"{m_}月", r.randint(8, 30), r.randint(1, 6), r.randint(0, 1)]
                            for m_ in range(4, 13)
                        ],
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "disclosure",
            "pptx",
            1,
            [],
            DocSpec(
                title="情報公開 研修資料",
                paragraphs=[
                    "個人情報（氏名・住所・生年月日・マイナンバー）は不開示",
                    "病歴・滞納の事実は特に配慮を要する",
                    "答申例：A氏の請求について部分開示が相当",
                ],
                notes=["講師 文書法制課 情報公開係長。質疑は研修後にメールで。"],
            ),
        )
    )
    return docs


# --- 契約・支払 ---------------------------------------------------------------------------------------
def contract(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    lect = w.people(14, lo=1950, hi=1990, outside=True)
    docs.append(
        Doc(
            "contract",
            "xlsx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "講師謝金",
                        [["支払日", "講座名", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
                        + [
                            [
                                dt.date(2023, r.randint(1, 12), r.randint(1, 28)),
                                r.choice(["市民大学", "防災講演会", "職員研修", "子育て講座"]),
                                p.name,
                                p.address,
                                p.my_number,
                                30000,
                                3063,
                            ]
                            for p in lect
                        ],
                        title="令和5年分 報酬、料金、契約金及び賞金の支払調書 作成用一覧",
                        first_row=3,
                    )
                ]
            ),
            post=xlsx_post(hide_columns(0, ["E"])),
            note="My Numbers in a hidden column",
        )
    )
    sole = w.people(5, lo=1955, hi=1990)
    pages = []
    for p in sole:
        pages.append(
            [
                (15, 10, "令和5年分　報酬、料金、契約金及び賞金の支払調書", 11),
                (20, 30, "支払を受ける者", 9),
                (55, 30, "住所（居所）又は所在地", 8),
                (100, 30, p.address, 9),
                (55, 40, "氏名又は名称", 8),
                (100, 40, p.name, 10),
                (55, 50, "個人番号又は法人番号", 8),
                (100, 50, spaced(p.my_number, groups=True), 10),
                (20, 65, "区分 " + r.choice(["原稿料", "講演料", "デザイン料", "通訳料"]), 9),
                (20, 75, f"支払金額 {r.randint(10, 90)}0,000円", 9),
                (20, 95, f"支払者 {w.city}長　{w.office_addr()}", 8),
                (100, 287, "{n} / {N}", 8),
            ]
        )
    docs.append(
        Doc(
            "contract",
            "pdf",
            3,
            ["name", "address", "my_number"],
            DocSpec(title="支払調書"),
            post=canvas_pdf(pages),
        )
    )
    debt = w.people(26, lo=1945, hi=1995)
    docs.append(
        Doc(
            "contract",
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "債権管理簿",
                        [
                            [
                                "債権番号",
                                "債務者氏名",
                                "住所",
                                "電話",
                                "債権種別",
                                "調定額",
                                "収入済額",
                                "滞納額",
                                "最終督促",
                                "状況",
                            ]
                        ]
                        + [
                            [
                                f"R{r.randint(3, 5)}-{i:04d}",
                                p.name,
                                p.address,
                                p.phone,
                                r.choice(["市営住宅使用料", "奨学金返還金", "給食費", "貸付金"]),
                                (a := r.randint(5, 80) * 10000),
                                a // 3,
                                a - a // 3,
                                dt.date(2024, r.randint(1, 6), r.randint(1, 28)),
                                r.choice(["分納中", "催告中", "所在調査", "法的措置検討"]),
                            ]
                            for i, p in enumerate(debt, 1)
                        ],
                        title="私債権 管理簿（滞納分）",
                        first_row=4,
                        footer="会計課 債権管理係　持出禁止",
                    )
                ]
            ),
        )
    )
    z = w.person(1950, 1990)
    docs.append(
        Doc(
            "contract",
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="督促状",
                paragraphs=[
                    f"〒{z.zip}",
                    z.address,
                    f"{z.name} 様",
                    "",
                    f"あなたの市営住宅使用料は、納期限を過ぎても納付されていません。未納額 {r.randint(4, 30) * 10000:,}円",
                    "令和6年8月9日までに納付してください。",
                    f"{w.city}長",
                ],
                footer=f"{w.hall} 住宅課 電話 {w.office_phone()}",
            ),
        )
    )
    dl = w.people(18, lo=1945, hi=1995)
    docs.append(
        Doc(
            "contract",
            "csv-cp932",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "滞納",
                        [["氏名", "住所", "債権", "延滞月数", "未納額"]]
                        + [
                            [
                                p.name,
                                p.address,
                                r.choice(["奨学金返還金", "水道料金", "保育料"]),
                                r.randint(2, 30),
                                r.randint(1, 60) * 5000,
                            ]
                            for p in dl
                        ],
                    )
                ]
            ),
        )
    )
    u = w.person(1960, 1985)
    docs.append(
        Doc(
            "contract",
            "txt-cp932",
            3,
            ["name", "address", "my_number", "phone"],
            DocSpec(
                paragraphs=[
                    "支払調書作成依頼（個人事業主）",
                    f"屋号 {r.choice(['はるかぜ工房', 'あおい翻訳', 'やまびこ音響'])}",
                    f"氏名 {u.name}",
                    f"住所 {u.address}",
                    f"電話 {u.phone}",
                    f"個人番号 {u.my_number[:4]}-{u.my_number[4:8]}-{u.my_number[8:]}",
                    "区分 業務委託料（デザイン）",
                    "支払金額 462,000円",
                    "生涯学習課 → 会計課",
                ]
            ),
        )
    )
    # level 2
    lec2 = w.people(12, lo=1950, hi=1990, outside=True)
    docs.append(
        Doc(
            "contract",
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "支払調書",
                        [["区分", "氏名", "住所", "支払金額", "源泉徴収税額", "個人番号"]]
                        + [["講演料", p.name, p.address, 50000, 5105, "（提出時に記入）"] for p in lec2],
                        title="講師謝金 支払調書（控）",
                        first_row=2,
                    )
                ]
            ),
            note="名前 and 住所 of private lecturers, My Number column empty → 2",
        )
    )
    k = w.person(1955, 1995)
    acct = f"{r.randint(1000000, 9999999)}"
    docs.append(
        Doc(
            "contract",
            "docx",
            2,
            ["name", "address", "phone", "bank_account"],
            DocSpec(
                title="口座振替依頼書",
                tables=[
                    [
                        ["納入者", "住所", k.address],
                        ["", "氏名", k.name],
                        ["", "電話", k.phone],
                        ["金融機関", r.choice(BANKS), f"支店番号 {r.randint(100, 999)}"],
                        ["預金種目", "普通", f"口座番号 {acct}"],
                        ["振替科目", "市営住宅使用料・駐車場使用料", ""],
                    ]
                ],
                paragraphs=[
                    "上記のとおり口座振替を依頼します。",
                    f"令和6年{r.randint(4, 7)}月{r.randint(1, 28)}日",
                ],
            ),
            post=docx_post(merge_docx([(0, 0, 0, 2, 0)])),
        )
    )
    kk = w.people(20, lo=1945, hi=1995)
    docs.append(
        Doc(
            "contract",
            "xls",
            2,
            ["name", "address", "bank_account"],
            DocSpec(
                sheets=[
                    sheet(
                        "口座振替",
                        [["受付", "氏名", "住所", "金融機関", "支店", "種目", "口座番号", "科目"]]
                        + [
                            [
                                i,
                                p.name,
                                p.address,
                                r.choice(BANKS),
                                f"{r.randint(100, 999)}",
                                "普通",
                                f"{r.randint(1000000, 9999999)}",
                                "下水道使用料",
                            ]
                            for i, p in enumerate(kk, 1)
                        ],
                        title="口座振替 新規登録分",
                    )
                ]
            ),
        )
    )
    h = w.person(1950, 1985, outside=True)
    docs.append(
        Doc(
            "contract",
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="講師謝金の支出について（伺い）",
                paragraphs=[
                    "市民大学講座の講師に対し、下記のとおり謝金を支出してよろしいか伺います。",
                    f"講師 {h.name}（元高校教諭）",
                    f"送付先 {h.address}　電話 {h.phone}",
                    "金額 20,000円（源泉徴収後 17,958円）",
                ],
            ),
        )
    )
    sp = w.person(1960, 1990)
    docs.append(
        Doc(
            "contract",
            "pdf",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="物品供給 業者登録申請書（個人）",
                paragraphs=[
                    f"商号 {sp.surname}表具店（個人事業）",
                    f"代表者 {sp.name}",
                    f"所在地（自宅兼店舗） {sp.address}",
                    f"携帯 {sp.phone}",
                    "登録希望品目：表具、襖張替",
                ],
            ),
            note="a sole trader's home-and-shop address and mobile with his name: not an organisation → 2",
        )
    )

    far = w.people(15, lo=1955, hi=1995)
    frows: list[list[Cell]] = [["支払番号", "科目", "金額"] + [None] * 26 + ["氏名（控）", "住所（控）"]]
    frows += [
        [f"P{i:05d}", "委託料", r.randint(3, 90) * 10000] + [None] * 26 + [p.name, p.address]
        for i, p in enumerate(far, 1)
    ]
    docs.append(
        Doc(
            "contract",
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("支払", frows, title="個人事業主 支払一覧")]),
            note="names and home addresses far right (columns AD:AE)",
        )
    )
    kf = w.person(1950, 1995)
    docs.append(
        Doc(
            "contract",
            "pdf",
            2,
            ["name", "address", "bank_account"],
            DocSpec(title="口座振替依頼書"),
            post=canvas_pdf(
                [
                    [
                        (20, 20, "口座振替依頼書（兼 自動払込利用申込書）", 13),
                        (20, 40, "住所", 9),
                        (45, 40, kf.address, 10),
                        (20, 50, "氏名", 9),
                        (45, 50, kf.name, 11),
                        (20, 62, "金融機関", 9),
                        (45, 62, r.choice(BANKS), 10),
                        (20, 72, "支店番号", 9),
                        (45, 72, f"{r.randint(100, 999)}", 10),
                        (90, 72, "口座番号", 9),
                        (115, 72, spaced(f"{r.randint(1000000, 9999999)}"), 10),
                        (20, 90, "振替科目 下水道使用料", 9),
                        (100, 287, "{n} / {N}", 8),
                    ]
                ]
            ),
        )
    )
    dd = w.people(75, lo=1940, hi=1998)
    drow = [
        [
            f"{i:04d}",
            p.name,
            p.address,
            r.choice(["住宅使用料", "奨学金", "貸付金"]),
            f"{r.randint(2, 90) * 5000:,}",
        ]
        for i, p in enumerate(dd, 1)
    ]
    docs.append(
        Doc(
            "contract",
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="滞納一覧"),
            post=canvas_pdf(
                table_pages(
                    "滞納者一覧（催告対象）",
                    ["No", "氏名", "住所", "債権", "滞納額"],
                    [15, 28, 55, 150, 175],
                    drow,
                    28,
                    "会計課 債権管理係　持出禁止",
                )
            ),
        )
    )
    # level 1
    cos = [(w.company(), new_corporate(r)) for _ in range(30)]
    docs.append(
        Doc(
            "contract",
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "名簿",
                        [["登録番号", "商号又は名称", "法人番号", "代表者", "所在地", "電話", "業種", "等級"]]
                        + [
                            [
                                f"{i:04d}",
                                n,
                                c_,
                                f"代表取締役 {w.person().name}",
                                w.office_addr(),
                                w.office_phone(),
                                n[-4:],
                                r.choice("ABC"),
                            ]
                            for i, (n, c_) in enumerate(cos, 1)
                        ],
                        title="令和6・7年度 入札参加資格者名簿（建設工事）",
                        first_row=3,
                    )
                ]
            ),
            note="companies with 代表者 in their role, office address and phone → 1",
        )
    )
    big = [(w.company(), new_corporate(r)) for _ in range(110)]
    big_rows = [
        [f"{i:04d}", n, c_, f"{w.person().name}", w.office_addr()[len(w.pref) :], w.office_phone()]
        for i, (n, c_) in enumerate(big, 1)
    ]
    docs.append(
        Doc(
            "contract",
            "pdf",
            1,
            ["corporate_number"],
            DocSpec(title="入札参加資格者名簿"),
            post=canvas_pdf(
                table_pages(
                    "入札参加資格者名簿（物品・役務）",
                    ["番号", "商号", "法人番号", "代表者", "所在地", "電話"],
                    [12, 24, 82, 112, 140, 240],
                    big_rows,
                    30,
                    f"{w.city} 契約検査課　公表資料",
                    landscape=True,
                ),
                landscape=True,
            ),
            note="110 companies with 代表者: organisations, not private persons → 1",
        )
    )
    docs.append(
        Doc(
            "contract",
            "csv",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "契約結果",
                        [["案件名", "契約日", "契約相手方", "法人番号", "契約金額", "入札方式"]]
                        + [
                            [
                                f"{r.choice(['市道', '庁舎', '小学校'])}{r.choice(['補修', '改修', '清掃'])}業務{i}",
                                ymd(dt.date(2024, r.randint(4, 6), r.randint(1, 28))),
                                n,
                                c_,
                                r.randint(100, 9000) * 1000,
                                r.choice(["一般競争", "指名競争", "随意契約"]),
                            ]
                            for i, (n, c_) in enumerate(cos[:15], 1)
                        ],
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "contract",
            "pdf",
            1,
            [],
            DocSpec(
                title="契約結果の公表（令和6年6月分）",
                tables=[
                    [["件名", "相手方", "金額", "方式"]]
                    + [
                        [f"案件{i}", n, f"{r.randint(1, 90)},{r.randint(100, 999)},000円", "一般競争"]
                        for i, (n, _) in enumerate(cos[15:25], 1)
                    ]
                ],
            ),
        )
    )
    docs.append(
        Doc(
            "contract",
            "docx",
            1,
            [],
            DocSpec(
                title="支払調書の作成について（会計課通知）",
                paragraphs=[
                    "講師謝金等の支払調書には、支払を受ける者の個人番号（マイナンバー）を記載します。",
                    "個人番号は本人確認のうえ収集し、鍵のかかる書庫で保管してください。",
                    "記載例：氏名 市役所 太郎、個人番号 1234 5678 9012（実在しない番号）",
                ],
            ),
            note="the example number 123456789012 fails the check digit → 1",
        )
    )
    docs.append(
        Doc(
            "contract",
            "pptx",
            1,
            [],
            DocSpec(
                title="私債権の管理状況（令和5年度決算）",
                paragraphs=[
                    "滞納額 合計 48,210千円（前年度比 △6.2%）",
                    "市営住宅使用料 滞納者 132人",
                    "奨学金返還金 延滞 41人",
                    "督促・催告を強化し、分納誓約を推進",
                ],
                notes=["人数は債権管理簿から集計。個人名は出さないこと。"],
            ),
        )
    )
    docs.append(
        Doc(
            "contract",
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    "口座振替のご案内",
                    "市税・使用料は口座振替が便利です。",
                    "お申込みは口座振替依頼書に氏名・住所・口座番号を記入し、通帳の届出印を押して金融機関へ。",
                    f"問合せ {w.hall} 会計課 {w.office_phone()}",
                ]
            ),
        )
    )
    return docs


# --- 総務・文書 ---------------------------------------------------------------------------------------
def general(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    snd = w.people(25, lo=1945, hi=1995, outside=True)
    docs.append(
        Doc(
            "general",
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "受付簿",
                        [["受付番号", "受付日", "差出人", "差出人住所", "件名", "配付先"]]
                        + [
                            [
                                f"{r.randint(100, 999)}",
                                dt.date(2024, 6, r.randint(1, 28)),
                                p.name,
                                p.address,
                                r.choice(["要望書", "意見", "問合せ", "申請書在中"]),
                                r.choice(DEPTS),
                            ]
                            for p in snd
                        ],
                        title="文書収受簿（令和6年6月）",
                        first_row=3,
                    )
                ]
            ),
        )
    )
    snd2 = w.people(60, lo=1945, hi=1995, outside=True)
    rows2 = [
        [f"6-{i:04d}", f"7/{1 + i % 28}", p.name, p.address, r.choice(DEPTS)] for i, p in enumerate(snd2, 1)
    ]
    docs.append(
        Doc(
            "general",
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="文書受付簿"),
            post=canvas_pdf(
                table_pages(
                    "文書受付簿（令和6年7月）",
                    ["受付番号", "日付", "差出人", "住所", "配付先"],
                    [15, 35, 50, 80, 170],
                    rows2,
                    25,
                    f"{w.hall} 総務課 文書係",
                )
            ),
        )
    )
    v = w.person(1950, 1995)
    docs.append(
        Doc(
            "general",
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="公用車 事故報告書（物損）",
                paragraphs=[
                    f"発生日時 令和6年{r.randint(4, 6)}月{r.randint(1, 28)}日 14時20分頃",
                    f"場所 {w.city}{r.choice(w.towns).rstrip('*')}地内 市道交差点",
                    f"運転者 {r.choice(DEPTS)} 主事 {w.person().name}",
                    f"相手方 {v.name}（住所 {v.address}　電話 {v.phone}）",
                    "損害 相手方車両 左後部バンパー損傷。双方けが人なし。",
                    "示談は市の任意保険で対応予定。",
                ],
                header="総務課 管財係",
            ),
        )
    )
    lt = w.person(1950, 1995, outside=True)
    docs.append(
        Doc(
            "general",
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    f"〒{lt.zip}",
                    lt.address,
                    f"{lt.name} 様",
                    "",
                    "ご意見への回答について",
                    "先日お寄せいただいたご意見について、下記のとおり回答します。",
                    "記",
                    "庁舎駐車場の案内表示を7月中に改善します。",
                ],
                textboxes=[f"{w.hall} 総務課\n〒{w.zip3}-8601 {w.office_addr()}\n電話 {w.office_phone()}"],
            ),
        )
    )
    # level 3
    inj = w.person(1940, 2010)
    docs.append(
        Doc(
            "general",
            "docx",
            3,
            ["name", "address", "phone", "health", "birth_date"],
            DocSpec(
                title="公用車 事故報告書（人身）",
                paragraphs=[
                    f"発生日時 令和6年5月{r.randint(1, 28)}日 8時40分頃",
                    f"運転者 {r.choice(DEPTS)} 主任 {w.person().name}",
                    f"被害者 {inj.name}（{wareki(inj.birth)}生）住所 {inj.address} 電話 {inj.phone}",
                    "状況 横断歩道を自転車で横断中の被害者と接触。被害者は転倒し右手首を負傷、救急車で市民病院へ搬送。",
                    "診断 右橈骨遠位端骨折（全治6週間）",
                    "今後 保険会社と協議。見舞いは総務課長が対応。",
                ],
                header="総務課 管財係　取扱注意",
            ),
        )
    )
    acc = w.people(5, lo=1940, hi=2010)
    docs.append(
        Doc(
            "general",
            "xlsx",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "事故",
                        [["発生日", "所属", "相手方", "相手方住所", "人的被害", "処理状況"]]
                        + [
                            [
                                dt.date(2023, r.randint(4, 12), r.randint(1, 28)),
                                r.choice(DEPTS),
                                p.name,
                                p.address,
                                r.choice(
                                    [
                                        "頸椎捻挫で通院",
                                        "左膝打撲 病院へ搬送",
                                        "むち打ち症 通院中",
                                        "なし（物損）",
                                    ]
                                ),
                                r.choice(["示談済", "協議中"]),
                            ]
                            for p in acc
                        ],
                        title="公用車事故 一覧（令和5年度）",
                        first_row=3,
                    )
                ]
            ),
        )
    )
    many = w.people(150, lo=1940, hi=2000, outside=True)
    docs.append(
        Doc(
            "general",
            "xlsx",
            3,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "年間",
                        [["No", "受付日", "差出人", "住所", "件名"]]
                        + [
                            [
                                i,
                                dt.date(2023, 4 + i % 9, 1 + i % 28),
                                p.name,
                                p.address,
                                r.choice(["意見", "要望", "申請", "照会"]),
                            ]
                            for i, p in enumerate(many, 1)
                        ],
                        title="文書収受簿（令和5年度 累計）",
                        first_row=2,
                    )
                ]
            ),
            note="150 senders with addresses: more than 100 persons → 3",
        )
    )

    sn = w.people(12, lo=1945, hi=1995, outside=True)
    docs.append(
        Doc(
            "general",
            "ods",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "収受",
                        [["日付", "差出人", "住所", "種別"]]
                        + [[dt.date(2024, 7, i + 1), p.name, p.address, "書留"] for i, p in enumerate(sn)],
                        title="特殊郵便物 収受簿",
                    )
                ]
            ),
        )
    )
    lp = w.person(1945, 1995, outside=True)
    docs.append(
        Doc(
            "general",
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="通知"),
            post=canvas_pdf(
                [
                    [
                        (20, 20, f"〒{lp.zip}", 10),
                        (20, 27, lp.address, 10),
                        (25, 38, f"{lp.name}　様", 13),
                        (60, 70, "公文書の写しの交付について", 12),
                        (20, 85, "ご請求のあった文書の写しを同封します。", 10),
                        (120, 250, w.hall + " 総務課 文書係", 9),
                        (120, 256, w.office_addr(), 8),
                        (120, 262, "電話 " + w.office_phone(), 8),
                        (100, 287, "{n} / {N}", 8),
                    ]
                ]
            ),
        )
    )
    ij = w.people(3, lo=1940, hi=2010)
    docs.append(
        Doc(
            "general",
            "xls",
            3,
            ["name", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "人身",
                        [["発生日", "被害者", "年齢", "負傷", "搬送先"]]
                        + [
                            [
                                dt.date(2024, r.randint(4, 6), r.randint(1, 28)),
                                p.name,
                                2024 - p.birth.year,
                                r.choice(["頭部打撲", "右膝挫創", "頸椎捻挫"]),
                                "市民病院へ搬送",
                            ]
                            for p in ij
                        ],
                        title="公用車 人身事故 報告（保険会社提出用）",
                    )
                ]
            ),
        )
    )
    # level 1
    st = w.people(8, lo=1962, hi=1995)
    docs.append(
        Doc(
            "general",
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年度 第3回 庁議 会議録",
                paragraphs=[
                    f"日時 令和6年6月{r.randint(1, 28)}日 10時～11時30分　場所 本庁舎 4階 庁議室",
                    f"出席者 市長、副市長、総務部長 {st[0].name}、財務部長 {st[1].name}、市民部長 {st[2].name}",
                    f"事務局 総務課 {st[3].name}",
                    "議題1 公用車事故の再発防止について（総務課長 説明）",
                    f"議題2 会計年度任用職員の処遇改善（人事課長 {st[4].name} 説明）",
                    "決定事項 安全運転研修を7月に実施する。",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            "general",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "記入例",
                        [
                            ["項目", "記入例"],
                            ["氏名", "市役所 太郎"],
                            ["フリガナ", "シヤクショ タロウ"],
                            ["住所", f"{w.pref}{w.city}○○町1丁目2-3"],
                            ["生年月日", "昭和○年○月○日"],
                            ["個人番号", "1234 5678 9012"],
                            ["電話", "090-0000-0000"],
                        ],
                        title="給与支払報告書 記入例（見本）",
                    )
                ]
            ),
            note="a stock name and a dummy number that fails the check digit → 1",
        )
    )
    docs.append(
        Doc(
            "general",
            "pdf",
            1,
            [],
            DocSpec(
                title="公用車事故の発生状況（令和5年度）",
                paragraphs=[
                    "令和5年度の公用車事故は14件（人身2件、物損12件）でした。",
                    "人身事故では相手方が負傷し病院へ搬送された事案がありました。",
                ],
                tables=[
                    [["区分", "件数", "賠償額"], ["人身", "2", "1,240千円"], ["物損", "12", "2,030千円"]]
                ],
                footer=f"{w.city} 総務課",
            ),
        )
    )
    docs.append(
        Doc(
            "general",
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    f"{w.city}文書取扱規程（抜粋）",
                    "第10条 文書の収受は総務課文書係が行い、文書収受簿に記録する。",
                    "第11条 個人の住所、氏名を含む文書は、施錠できる場所に保管する。",
                    "第12条 個人番号を含む文書は特定個人情報として取り扱う。",
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "general",
            "pptx",
            1,
            [],
            DocSpec(
                title="安全運転研修（総務課）",
                paragraphs=["事故の8割は後退時", "出発前点検の徹底", "事故時は総務課管財係へ即報告"],
                notes=[f"講師 {st[5].name}（総務課 管財係長）。受講者名簿は別途回覧。"],
            ),
        )
    )
    docs.append(
        Doc(
            "general",
            "docx",
            1,
            [],
            DocSpec(
                title="公用車 事故報告書（自損）",
                paragraphs=[
                    f"運転者 {r.choice(DEPTS)} 主事 {st[6].name}",
                    "場所 本庁舎 地下駐車場",
                    "状況 後退時に柱に接触、リアバンパー破損。けが人なし。相手方なし。",
                ],
                header="総務課 管財係",
            ),
            note="staff driver in role, no private person → 1",
        )
    )
    return docs


# --- chats, mail threads, memos ---------------------------------------------------------------------
def chat(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    staff = w.people(6, lo=1965, hi=1998)
    a, b, c_ = (s.surname for s in staff[:3])

    def line(hh: int, who: str, text: str) -> str:
        return f"[2024/07/{r.randint(1, 15):02d} {hh:02d}:{r.randint(0, 59):02d}] {who}: {text}"

    p = w.person(1950, 1990)
    docs.append(
        Doc(
            "chat",
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=[
                    "会計課 チャット（エクスポート）",
                    line(9, a, f"{p.name}さんから口座振替の件で電話ありました"),
                    line(9, b, "折り返し先わかりますか？"),
                    line(9, a, f"携帯 {p.phone.replace('-', '')} とのことです"),
                    line(10, b, "了解、午後に折り返します"),
                ]
            ),
        )
    )
    q = w.person(1945, 1990)
    docs.append(
        Doc(
            "chat",
            "txt-cp932",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    "件名: RE: RE: 開示決定通知の送付先",
                    f"差出人: {b}（文書法制課）",
                    "",
                    "送付先、請求書の記載どおりでお願いします。",
                    f"  {q.address}",
                    "",
                    "> 請求者の方の送付先はどこでしょうか",
                    f"> 請求者 {q.name} 様の件です",
                    f">> {c_}",
                ]
            ),
        )
    )
    m = w.person(1950, 1990)
    docs.append(
        Doc(
            "chat",
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=[
                    "電話メモ",
                    "7/9 14:05 受",
                    f"{m.name} 様より",
                    "情報公開請求の進捗について",
                    "連絡先 " + " ".join(m.phone.replace("-", "")),
                    f"受 {a}",
                ]
            ),
            note="phone digits written with spaces",
        )
    )
    bd = w.person(1955, 2000)
    docs.append(
        Doc(
            "chat",
            "csv-cp932",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "slack",
                        [
                            ["日時", "ユーザー", "本文"],
                            ["2024/07/02 10:11", a, f"会計年度の{bd.name}さん、生年月日の記載漏れです"],
                            ["2024/07/02 10:15", b, f"本人に確認しました。{wareki(bd.birth)}生です"],
                            ["2024/07/02 10:16", a, "ありがとうございます"],
                        ],
                    )
                ]
            ),
        )
    )

    th = w.person(1950, 1990)
    docs.append(
        Doc(
            "chat",
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    "件名: 支払調書の送付先",
                    f"差出人: {c_}（会計課）",
                    "宛先: 生涯学習課",
                    "",
                    f"講師の{th.name}さんの支払調書、送付先を教えてください。",
                    "",
                    f"差出人: {b}（生涯学習課）",
                    f"> 住所は {th.address} です。",
                    "> 転居されたとのことなので旧住所には送らないでください。",
                ]
            ),
        )
    )
    # level 3
    x = w.person(1950, 1990)
    docs.append(
        Doc(
            "chat",
            "txt",
            3,
            ["name", "arrears", "address"],
            DocSpec(
                paragraphs=[
                    "債権管理 チャット",
                    line(13, a, f"{x.name}さんの件、窓口に来られてます"),
                    line(
                        13,
                        b,
                        f"市営住宅使用料を{r.randint(4, 18)}か月分滞納中の方ですね。{x.address.replace(w.pref, '')}",
                    ),
                    line(13, a, "分納の相談でした"),
                    line(14, b, "誓約書をとってください"),
                ]
            ),
        )
    )
    y = w.person(1965, 1995)
    docs.append(
        Doc(
            "chat",
            "txt-cp932",
            3,
            ["name", "my_number"],
            DocSpec(
                paragraphs=[
                    "メモ（人事課 給与係）",
                    f"{y.name}（会計年度）の個人番号",
                    spaced(y.my_number, groups=True),
                    "本人確認書類：運転免許証 確認済",
                    "→ 給与システム入力後シュレッダー",
                ]
            ),
        )
    )
    s_ = staff[4]
    docs.append(
        Doc(
            "chat",
            "txt",
            3,
            ["name", "health"],
            DocSpec(
                paragraphs=[
                    "件名: 体調不良による休暇について",
                    f"差出人: {a}",
                    "",
                    f"{s_.name}さん（{r.choice(DEPTS)}）ですが、",
                    f"本日から病気休暇に入ります。診断書では{r.choice(ILLNESS)}とのこと。",
                    "復帰は未定です。所属内でのみ共有お願いします。",
                ]
            ),
            note="a staff member's illness, named → 3",
        )
    )
    # level 1
    docs.append(
        Doc(
            "chat",
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    "総務課 チャット",
                    line(8, a, "庁議資料、10時までに共有フォルダへ"),
                    line(8, b, "了解です。内線 2101 で確認します"),
                    line(9, c_, "会議室 4階に変更です"),
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "chat",
            "txt-cp932",
            1,
            [],
            DocSpec(
                paragraphs=[
                    "件名: マイナンバーの取扱いについて（周知）",
                    f"差出人: 人事課 {a}",
                    "",
                    "支払調書・源泉徴収票で扱う個人番号は、メール本文に書かないでください。",
                    "滞納や病気休暇の情報も同様に扱いに注意してください。",
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "chat",
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    "電話メモ",
                    "受付番号 "
                    + spaced(failing12(f"2024{r.randint(1000, 9999)}{r.randint(1000, 9999)}"), groups=True),
                    "開示請求の件、担当へ回付済",
                    f"受 {a}",
                ]
            ),
            note="a 12-digit 受付番号, spaced, failing the check digit",
        )
    )
    docs.append(
        Doc(
            "chat",
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "teams",
                        [
                            ["日時", "投稿者", "本文"],
                            ["2024/07/03 16:02", a, "今月の滞納繰越の集計、課全体の数字だけでOKです"],
                            ["2024/07/03 16:05", b, "了解、個人名は除きます"],
                            ["2024/07/03 16:06", c_, "グラフは先月と同じ形式で"],
                        ],
                    )
                ]
            ),
        )
    )
    return docs


# --- numbers that look like My Numbers, and real ones -------------------------------------------------
def numbers(w: World) -> list[Doc]:
    r = w.rng
    docs: list[Doc] = []
    recv = [failing12(f"{2024}{r.randint(10, 12):02d}{r.randint(100000, 999999)}") for _ in range(15)]
    docs.append(
        Doc(
            "numbers",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "受付",
                        [["受付番号", "受付日", "種別", "担当課"]]
                        + [
                            [
                                n,
                                dt.date(2024, 6, 1 + i),
                                r.choice(["開示請求", "監査請求", "意見"]),
                                r.choice(DEPTS),
                            ]
                            for i, n in enumerate(recv)
                        ],
                        title="電子申請 受付番号一覧",
                        number_formats={0: "0"},
                    )
                ]
            ),
            note="12-digit 受付番号, all failing the check digit",
        )
    )
    stamps = [
        failing12(
            f"2024{r.randint(4, 7):02d}{r.randint(1, 28):02d}{r.randint(8, 18):02d}{r.randint(0, 59):02d}"
        )
        for _ in range(12)
    ]
    docs.append(
        Doc(
            "numbers",
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "ログ",
                        [["職員番号", "処理日時", "処理"]]
                        + [
                            [
                                f"{r.randint(10, 99)}{r.randint(1000, 9999)}",
                                s,
                                r.choice(["照会", "更新", "出力"]),
                            ]
                            for s in stamps
                        ],
                    )
                ]
            ),
            note="YYYYMMDDhhmm stamps next to 職員番号, all failing the check digit",
        )
    )
    docs.append(
        Doc(
            "numbers",
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "法人",
                        [["法人番号", "商号", "所在地"]]
                        + [[new_corporate(r), w.company(), w.office_addr()] for _ in range(14)],
                    )
                ]
            ),
        )
    )
    fac = ["本庁舎", "北支所", "南支所", "市民会館", "図書館", "保健センター", "文化ホール", "清掃センター"]
    docs.append(
        Doc(
            "numbers",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "施設",
                        [["施設名", "電話", "FAX"]]
                        + [
                            [
                                f,
                                f"{w.area}{r.randint(20, 99)}{r.randint(1000, 9999)}",
                                f"{w.area}{r.randint(20, 99)}{r.randint(1000, 9999)}",
                            ]
                            for f in fac
                        ],
                    )
                ]
            ),
            note="facility phones without hyphens (10 digits): organisations → 1",
        )
    )
    docs.append(
        Doc(
            "numbers",
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "振込先",
                        [["債権者", "金融機関", "支店番号", "口座番号"]]
                        + [
                            [
                                w.company(),
                                r.choice(BANKS),
                                f"{r.randint(100, 999)}",
                                f"{r.randint(1000000, 9999999)}",
                            ]
                            for _ in range(10)
                        ],
                    )
                ]
            ),
            note="company accounts: 支店番号 next to a 7-digit 口座番号 → 1",
        )
    )
    pg = [failing12(f"{r.randint(1, 9)}{r.randint(0, 10**11 - 1):011d}") for _ in range(12)]
    docs.append(
        Doc(
            "numbers",
            "pdf",
            1,
            [],
            DocSpec(title="受付番号"),
            post=canvas_pdf(
                table_pages(
                    "申請受付番号 控",
                    ["受付番号", "種別"],
                    [20, 90],
                    [[spaced(n, groups=True), "証明書交付"] for n in pg],
                    40,
                    "市民課",
                )
            ),
            note="spaced 12-digit numbers, all failing the check digit",
        )
    )
    # level 3: real My Numbers in odd places
    p1, p2, p3, p4, p5 = w.people(5, lo=1955, hi=2000)
    docs.append(
        Doc(
            "numbers",
            "docx",
            3,
            ["name", "my_number"],
            DocSpec(
                paragraphs=[
                    "個人番号確認記録",
                    f"氏名 {p1.name}",
                    "確認書類 個人番号カード（表裏）",
                    "確認者 人事課",
                ],
                header=f"個人番号 {p1.my_number}",
            ),
        )
    )
    docs.append(
        Doc(
            "numbers",
            "pdf",
            3,
            ["name", "my_number"],
            DocSpec(title="番号"),
            post=canvas_pdf(
                [
                    [
                        (20, 20, "個人番号 提供書（写）", 12),
                        (20, 40, f"氏名 {p2.name}", 10),
                        (20, 50, "個人番号 " + spaced(p2.my_number), 10),
                        (100, 287, "{n} / {N}", 8),
                    ]
                ]
            ),
        )
    )
    docs.append(
        Doc(
            "numbers",
            "xlsx",
            3,
            ["name", "my_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "一覧",
                        [
                            ["氏名", "所属", "提出"],
                            [p3.name, "会計年度任用職員", "済"],
                            [p4.name, "会計年度任用職員", "済"],
                        ],
                    ),
                    sheet(
                        "番号",
                        [["氏名", "個人番号"], [p3.name, p3.my_number], [p4.name, p4.my_number]],
                        state="veryHidden",
                    ),
                ]
            ),
            note="My Numbers on a very hidden sheet",
        )
    )
    docs.append(
        Doc(
            "numbers",
            "pptx",
            3,
            ["name", "my_number"],
            DocSpec(
                title="給与システム 操作説明",
                paragraphs=["個人番号の登録画面", "入力後は画面を閉じる"],
                notes=[f"デモ入力に使った実データ：{p5.name} {p5.my_number}（後で削除すること）"],
            ),
            note="a real My Number in speaker notes",
        )
    )
    p6 = w.person(1960, 1995)
    docs.append(
        Doc(
            "numbers",
            "txt",
            3,
            ["name", "my_number"],
            DocSpec(
                paragraphs=[
                    "源泉徴収票 再発行依頼",
                    f"氏名：{p6.name}",
                    f"個人番号：{fw(p6.my_number)}",
                    "令和5年分 1部",
                ]
            ),
            note="full-width digits",
        )
    )
    p7 = w.person(1960, 1995)
    docs.append(
        Doc(
            "numbers",
            "csv",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "折返し",
                        [
                            ["日付", "氏名", "電話", "用件"],
                            ["7/8", p7.name, p7.phone.replace("-", ""), "支払調書の件"],
                            [
                                "7/8",
                                "株式会社" + r.choice(CO_HEAD) + "建設",
                                f"{w.area}{r.randint(20, 99)}{r.randint(1000, 9999)}",
                                "請求書",
                            ],
                            ["7/9", "（匿名）", "", "開示請求の方法"],
                        ],
                    )
                ]
            ),
            note="a private person's phone without hyphens → 2",
        )
    )

    p8 = w.person(1950, 1995)
    docs.append(
        Doc(
            "numbers",
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="電子申請 受付確認",
                paragraphs=[
                    f"受付番号 {failing12('2024' + str(r.randint(10**7, 10**8 - 1)))}",
                    f"申請者 {p8.name}",
                    f"住所 {p8.address}",
                    "申請内容 住民票の写し 1通",
                ],
            ),
            note="a failing 12-digit 受付番号 next to a resident's name and address → 2",
        )
    )
    return docs


FAMILIES: dict[str, Callable[[World], list[Doc]]] = {
    "hr": hr, "disclosure": disclosure, "contract": contract, "general": general, "chat": chat, "numbers": numbers,
}  # fmt: skip


def build(rng: random.Random) -> list[Doc]:
    pref, city, area, zip3, towns = rng.choice(CITIES)
    world = World(rng, pref, city, area, zip3, towns)
    docs: list[Doc] = []
    for make in FAMILIES.values():
        docs += make(world)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam12")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set12", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
