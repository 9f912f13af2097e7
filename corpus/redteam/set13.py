"""Thirteenth red-team set (blind): a rural town hall's residents, tax and community desks.

``python -m corpus.redteam.set13 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads.

Written without reading the detectors, the policy data, the other generators' documents or the corpus
people/number factories (the check digits below are this module's own), to be scored on first contact.
One small town (its 大字, its area code) is drawn per build. Families follow the desks: 住民課 (住民基本台帳
printouts, 転入・転出届 with My Numbers, 印鑑登録, 住民票 交付 logs, published statistics and blank forms),
税務課 (固定資産税 納税義務者, 滞納整理票, 差押予告, 口座振替, published rates and 収納率), 産業・農業委員会
(published 農地 owner lists, the internal 農家台帳, 補助金 交付 and 返還 滞納), community (自治会長 list,
自治会 名簿, 消防団 roster and 連絡網, 防災 要支援者) and texts (staff chats, visit notes, residents' letters,
memos with digits spaced by hand, number look-alikes).

The truth follows the default policy's text only: 3 for a My Number, health or arrears data about a named
private person, or records of more than 100 persons with name plus address/birth date/phone; 2 for a
private person's name with their address, birth date or phone; 1 for everything else (people in an
official role, organisations, statistics, blank forms). Doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1313
TODAY = dt.date(2024, 6, 10)


# --- numbers (this module's own) ----------------------------------------------------------------------
def make_my_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    if body[0] == "0":
        body = str(rng.randint(1, 9)) + body[1:]
    return body + str(my_number_check_digit(body))


def make_fake_number(rng: random.Random) -> str:
    """A 12-digit number that fails the My Number check digit."""
    mn = make_my_number(rng)
    return mn[:11] + str((int(mn[11]) + rng.randint(1, 9)) % 10)


def group444(n: str, sep: str = " ") -> str:
    return sep.join([n[:4], n[4:8], n[8:]])


def spaced(s: str) -> str:
    return " ".join(ch for ch in s if ch != " ")


# --- pools (this module's own) --------------------------------------------------------------------------
# (prefecture, county, town, area code, 大字)
TOWNS: list[tuple[str, str, str, str, list[str]]] = [
    ("長野県", "北安曇郡", "白沢町", "0261", ["白沢", "中野", "大出", "細野", "柳沢", "野平", "宮本"]),
    ("岩手県", "紫波郡", "滝ノ上町", "019", ["滝ノ上", "赤沢", "片寄", "土舘", "長岡", "船久保", "星山"]),
    ("島根県", "邑智郡", "川本谷町", "0855", ["川下", "因原", "三原", "湯谷", "谷戸", "久座仁", "多田"]),
    ("宮崎県", "児湯郡", "尾鈴町", "0983", ["川南", "平田", "名貫", "通山", "塩付", "市納", "湯迫"]),
    ("山形県", "西村山郡", "寒河原町", "0237", ["左沢", "月布", "貫見", "柳井", "送橋", "大舟木", "荻野"]),
]  # fmt: skip
SURNAMES = ["横川", "丸田", "曽我", "青柳", "唐沢", "降旗", "百瀬", "等々力", "犬飼", "塩原", "小穴", "矢口",
            "滝沢", "宮坂", "胡桃沢", "征矢", "太田", "北村", "藤森", "中島", "小松", "清水", "上條", "武居",
            "赤羽", "倉科", "平林", "西沢", "原", "牛山", "両角", "伊東", "渡辺", "佐々木", "菊池", "及川",
            "高橋", "阿部", "千葉", "熊谷", "三浦", "吉田", "日高", "黒木", "甲斐", "河野", "長友", "押川"]  # fmt: skip
MALE = ["勝利", "正一", "忠雄", "茂", "昇", "和夫", "義男", "幸男", "隆", "修", "浩二", "直樹", "拓也", "亮",
        "大輔", "健一", "光男", "秀樹", "聡", "誠", "陸斗", "颯太", "蓮", "湊"]  # fmt: skip
FEMALE = ["とし子", "フミ", "トメ", "よし江", "幸子", "和子", "節子", "洋子", "由美子", "真由美", "裕子", "智子",
          "久美子", "直美", "麻衣", "彩", "愛", "美咲", "陽菜", "葵", "さつき", "みどり", "千秋", "静香"]  # fmt: skip
BANKS = [
    "八十二銀行",
    "JAみなみ",
    "岩手銀行",
    "山陰合同銀行",
    "宮崎銀行",
    "山形銀行",
    "ゆうちょ銀行",
    "東北労働金庫",
]
ILLNESS = ["糖尿病", "脳梗塞の後遺症", "認知症", "うつ病", "腰椎圧迫骨折", "慢性腎不全（人工透析）", "パーキンソン病",
           "心不全", "関節リウマチ"]  # fmt: skip
DISABILITY = ["身体障害者手帳1級（下肢）", "身体障害者手帳2級（視覚）", "療育手帳A", "精神障害者保健福祉手帳2級",
              "身体障害者手帳3級（聴覚）"]  # fmt: skip
CARE = ["要介護1", "要介護2", "要介護3", "要介護4", "要支援2"]
COMPANIES = ["株式会社北アルプス開発", "有限会社丸一建設", "合同会社グリーンファーム", "株式会社信州データサービス",
             "一般社団法人地域振興会", "株式会社みなみ測量"]  # fmt: skip
ERAS = [("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25))]


def wareki(d: dt.date) -> str:
    for era, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    oaza: str
    lot: str
    phone: str
    mobile: str

    def addr(self, w: World) -> str:
        return f"{w.pref}{w.county}{w.town}大字{self.oaza}{self.lot}"

    def short(self, w: World) -> str:
        return f"{w.town}大字{self.oaza}{self.lot}"


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.county, self.town, self.area, self.oazas = rng.choice(TOWNS)
        self.used: set[str] = set()

    def landline(self) -> str:
        r = self.rng
        local = f"{r.randint(2, 8)}{r.randint(0, 9)}" if len(self.area) == 4 else f"{r.randint(600, 699)}"
        return f"{self.area}-{local}-{r.randint(1000, 9999)}"

    def mobile(self) -> str:
        r = self.rng
        return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"

    def person(self, young: bool = False, old: bool = False) -> Person:
        r = self.rng
        while True:
            sex = r.choice("男女")
            name = f"{r.choice(SURNAMES)}{r.choice(['　', ' '])}{r.choice(MALE if sex == '男' else FEMALE)}"
            key = name.replace("　", " ")
            if key not in self.used:
                self.used.add(key)
                break
        lo, hi = (66, 97) if old else (18, 40) if young else (20, 90)
        birth = dt.date(TODAY.year - r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        n = r.randint(1, 2800)
        lot = f"{n}番地" if r.random() < 0.6 else f"{n}番地{r.randint(1, 9)}"
        return Person(name, sex, birth, r.choice(self.oazas), lot, self.landline(), self.mobile())

    def people(self, n: int, **kw: bool) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]

    def office_phone(self) -> str:
        return f"{self.area}-{'22' if len(self.area) == 4 else '672'}-{self.rng.randint(1000, 1999)}"


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


# --- post-processing (layouts DocSpec cannot express) ---------------------------------------------------
_FONT = "HeiseiKakuGo-W5"


def _finish(path: Path) -> None:
    """Rewrite a zip package saved by a library deterministically (fixed member times and dates)."""
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def _canvas() -> tuple[Any, Any, float]:
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    return canvas, mm, 0.0


def canvas_list(
    title: str, header: str, cols: list[tuple[str, float]], rows: list[list[str]], per_page: int
) -> Callable[[Path], None]:
    """A listing drawn like a host printout: columns at fixed x (mm), a page header and ``n / N``."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4

        canvas, mm, _ = _canvas()
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        pages = -(-len(rows) // per_page)
        step = 250 * mm / (per_page + 1)
        for p in range(pages):
            c.setFont(_FONT, 8)
            c.drawString(15 * mm, 290 * mm, header)
            c.drawRightString(195 * mm, 290 * mm, f"{p + 1} / {pages}")
            c.setFont(_FONT, 12)
            c.drawString(15 * mm, 282 * mm, title)
            c.setFont(_FONT, 7)
            y = 272 * mm
            for label, x in cols:
                c.drawString(x * mm, y, label)
            c.line(15 * mm, y - 1.5 * mm, 195 * mm, y - 1.5 * mm)
            for row in rows[p * per_page : (p + 1) * per_page]:
                y -= step
                for (_, x), value in zip(cols, row, strict=True):
                    c.drawString(x * mm, y, value)
            c.drawCentredString(105 * mm, 10 * mm, f"- {p + 1} -")
            c.showPage()
        c.save()

    return post


def canvas_letter(lines: list[tuple[float, float, int, str]], pages: int = 1) -> Callable[[Path], None]:
    """A letter drawn with text at given positions (x mm, y mm, size, text); repeated pages get n / N."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4

        canvas, mm, _ = _canvas()
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        for p in range(pages):
            for x, y, size, text in lines:
                c.setFont(_FONT, size)
                c.drawString(x * mm, y * mm, text)
            c.setFont(_FONT, 8)
            c.drawCentredString(105 * mm, 10 * mm, f"{p + 1} / {pages}")
            c.showPage()
        c.save()

    return post


def xlsx_merge(*ranges: tuple[str, str]) -> Callable[[Path], None]:
    """Merge cell ranges ("Sheet", "A1:C1") in a written xlsx."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for sheet, rng in ranges:
            wb[sheet].merge_cells(rng)
        wb.save(path)
        _finish(path)

    return post


def xlsx_shift_right(sheet: str, cols: int, hide_cols: str = "") -> Callable[[Path], None]:
    """Move a sheet's cells ``cols`` columns to the right (data far right); optionally hide columns."""

    def post(path: Path) -> None:
        import openpyxl
        from openpyxl.utils import get_column_letter

        wb = openpyxl.load_workbook(path)
        ws = wb[sheet]
        for rng in list(ws.merged_cells.ranges):
            ws.unmerge_cells(str(rng))
        ws.move_range(f"A1:{get_column_letter(ws.max_column)}{ws.max_row}", cols=cols)
        for letter in hide_cols.split():
            ws.column_dimensions[letter].hidden = True
        wb.save(path)
        _finish(path)

    return post


def docx_merge(table: int, row: int, c0: int, c1: int) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        t = d.tables[table]
        keep = t.cell(row, c0).text
        merged = t.cell(row, c0).merge(t.cell(row, c1))
        merged.text = keep
        d.save(str(path))
        _finish(path)

    return post


def chain(*posts: Callable[[Path], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        for p in posts:
            p(path)

    return post


# --- helpers -----------------------------------------------------------------------------------------------
def d(y: int, m: int, dd: int) -> dt.date:
    return dt.date(y, m, dd)


def sheet(name: str, rows: list[list[Cell]], **kw: Any) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)


P3 = ["name", "address", "birth_date"]


# --- 住民課 --------------------------------------------------------------------------------------------------
def resident(w: World) -> list[Doc]:
    r = w.rng
    F = "resident"
    docs: list[Doc] = []
    cols = [("住民票コード", 15), ("氏名", 42), ("性別", 72), ("生年月日", 82), ("続柄", 106), ("住所", 118)]

    def jk_rows(ppl: list[Person]) -> list[list[str]]:
        return [[f"{r.randint(10**10, 10**11 - 1)}", p.name, p.sex, wareki(p.birth), r.choice(["世帯主", "妻", "子", "母"]),
                 f"大字{p.oaza}{p.lot}"] for p in ppl]  # fmt: skip

    big = w.people(125)
    docs.append(Doc(F, "pdf", 3, P3, DocSpec(title="住民基本台帳"), "125 distinct residents with birth dates and addresses: bulk (>100)",
                    canvas_list("住民基本台帳 世帯員一覧（大字別）", f"{w.town}住民課 住基端末出力 2024/06/10 取扱注意",
                                cols, jk_rows(big), 45)))  # fmt: skip
    small = w.people(40)
    docs.append(Doc(F, "pdf", 2, P3, DocSpec(title="住民基本台帳"), "",
                    canvas_list(f"住民基本台帳 世帯員一覧（大字{small[0].oaza}）", f"{w.town}住民課 住基端末出力 2024/06/03",
                                cols, jk_rows(small), 30)))  # fmt: skip

    # 転入届 with the household's My Numbers one digit per cell after 個人番号
    head, spouse = w.person(), w.person()
    mns = [make_my_number(r), make_my_number(r)]
    rows = [["届出日", "令和6年5月20日"] + [""] * 11, ["新住所", head.addr(w)] + [""] * 11,
            ["旧住所", f"東京都杉並区高円寺南{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"] + [""] * 11]  # fmt: skip
    for p, mn in zip([head, spouse], mns, strict=True):
        rows.append(["氏名", p.name, "生年月日", wareki(p.birth)] + [""] * 9)
        rows.append(["個人番号", *list(mn)])
    docs.append(Doc(F, "docx", 3, [*P3, "my_number"],
                    DocSpec(title="住民異動届（転入）", paragraphs=[f"{w.town}長 様", "下記のとおり届け出ます。"],
                            tables=[rows], header=f"{w.town} 住民課"), "", docx_merge(0, 1, 1, 12)))  # fmt: skip

    # 転出届 xlsx: 4-4-4 over three cells after 番号, merged label cells
    p = w.person()
    mn = make_my_number(r)
    rows2: list[list[Cell]] = [["転出届", None, None, None, None], ["氏名", p.name, None, "生年月日", wareki(p.birth)],
                               ["住所", p.addr(w), None, None, None],
                               ["転出先", f"松本市中央{r.randint(1, 4)}丁目{r.randint(1, 20)}番{r.randint(1, 15)}号", None, None, None],
                               ["個人番号", mn[:4], mn[4:8], mn[8:], None], ["電話", p.mobile, None, None, None],
                               ["転出予定日", d(2024, 6, 30), None, None, None]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "birth_date", "phone", "my_number"],
                    DocSpec(sheets=[sheet("届出", rows2)]), "My Number 4-4-4 over three cells",
                    xlsx_merge(("届出", "A1:E1"), ("届出", "B3:E3"), ("届出", "B4:E4"), ("届出", "B6:E6"))))  # fmt: skip

    # 転入 batch cp932 csv with spaced numbers
    ppl = w.people(6)
    rows3: list[list[Cell]] = [["受付日", "氏名", "生年月日", "新住所", "個人番号", "備考"]]
    for q in ppl:
        rows3.append([f"2024/05/{r.randint(1, 31):02d}", q.name, q.birth.strftime("%Y/%m/%d"), q.short(w),
                      group444(make_my_number(r)), r.choice(["", "カード継続", "転入特例"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, [*P3, "my_number"], DocSpec(sheets=[sheet("転入", rows3)])))

    # 転入・転出 受付簿 without numbers (xlsx with title, odt)
    for fmt in ("xlsx", "odt"):
        ppl = w.people(22)
        rows4: list[list[Cell]] = [["受付日", "区分", "氏名", "生年月日", "異動後住所"]]
        for q in ppl:
            rows4.append(
                [
                    d(2024, 4, r.randint(1, 30)),
                    r.choice(["転入", "転出", "転居"]),
                    q.name,
                    q.birth,
                    q.short(w),
                ]
            )
        spec = DocSpec(sheets=[sheet("4月", rows4, title="令和6年4月 住民異動 受付簿", first_row=3)]) if fmt == "xlsx" else \
            DocSpec(title="住民異動 受付簿（4月）", tables=[[[str(v) if not isinstance(v, dt.date) else v.strftime("%Y/%m/%d")
                                                            for v in row] for row in rows4]], header="住民課 内部用")  # fmt: skip
        docs.append(Doc(F, fmt, 2, P3, spec))

    # 印鑑登録 台帳 extracts
    for fmt in ("xlsx", "xls"):
        ppl = w.people(30)
        rows5: list[list[Cell]] = [["登録番号", "氏名", "生年月日", "住所", "登録日", "状態"]]
        for i, q in enumerate(ppl):
            rows5.append([f"{r.randint(10, 99)}-{1000 + i * 7}", q.name, q.birth, q.addr(w), d(r.randint(1995, 2024), r.randint(1, 12), 1),
                          r.choice(["登録", "登録", "廃止"])])  # fmt: skip
        docs.append(
            Doc(
                F,
                fmt,
                2,
                P3,
                DocSpec(sheets=[sheet("印鑑登録", rows5, title="印鑑登録原票 抽出", first_row=3)]),
            )
        )
    ppl = w.people(36)
    docs.append(Doc(F, "pdf", 2, P3, DocSpec(title="印鑑登録"), "",
                    canvas_list("印鑑登録原票 抽出リスト", f"{w.town}住民課 2024/05/31", [("登録番号", 15), ("氏名", 38),
                                ("生年月日", 70), ("住所", 100)], [[f"{2000 + i}", q.name, wareki(q.birth), q.short(w)]
                                for i, q in enumerate(ppl)], 24)))  # fmt: skip

    # 住民票 交付 logs
    ppl = w.people(45)
    rows6: list[list[Cell]] = [["交付日", "請求者氏名", "請求者住所", "連絡先", "種別", "通数", "使用目的"]]
    for q in ppl:
        rows6.append([d(2024, 5, r.randint(1, 31)), q.name, q.short(w), q.phone, r.choice(["住民票", "住民票（世帯）", "記載事項証明"]),
                      r.randint(1, 3), r.choice(["年金", "自動車登録", "就職", "保険"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("5月", rows6, title="住民票等 交付簿（令和6年5月）", first_row=4)]),
        )
    )
    ppl = w.people(132)
    rows7: list[list[Cell]] = [["交付日", "請求者氏名", "連絡先", "種別", "手数料"]]
    for q in ppl:
        rows7.append(
            [
                d(2024, r.randint(1, 3), r.randint(1, 28)),
                q.name,
                q.phone if r.random() < 0.5 else q.mobile,
                "住民票",
                300,
            ]
        )
    docs.append(Doc(F, "ods", 3, ["name", "phone"], DocSpec(sheets=[sheet("1-3月", rows7)]),
                    "132 distinct requesters with phones: bulk (>100)"))  # fmt: skip
    ppl = w.people(28)
    rows8: list[list[Cell]] = [["交付日", "氏名", "住所", "電話", "種別"]]
    for q in ppl:
        rows8.append([f"2024/06/{r.randint(1, 9):02d}", q.name, q.short(w), q.phone, "住民票"])
    docs.append(Doc(F, "csv-cp932", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("交付", rows8)])))

    # hidden sheet: a count sheet visible, the names hidden
    ppl = w.people(18)
    vis = [["大字", "転入者数"]] + [[f"大字{o}", r.randint(0, 9)] for o in w.oazas]
    hid: list[list[Cell]] = [["氏名", "生年月日", "住所"]] + [[q.name, q.birth, q.short(w)] for q in ppl]
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            P3,
            DocSpec(sheets=[sheet("集計", vis), sheet("元データ", hid, state="hidden")]),
            "names sit on a hidden sheet",
        )
    )

    # public look-alikes
    stats = [["大字", "世帯数", "男", "女", "計", "前月比"]]
    for o in w.oazas:
        m, f = r.randint(80, 900), r.randint(80, 900)
        stats.append([f"大字{o}", r.randint(60, 700), m, f, m + f, r.randint(-5, 3)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("R6.6", stats, title=f"{w.town} 大字別人口・世帯数（令和6年6月1日現在）", first_row=3)])))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title=f"{w.town}の人口（大字別）", paragraphs=["住民基本台帳に基づく人口です。外国人住民を含みます。"],
                                             tables=[[[str(v) for v in row] for row in stats]], footer=f"{w.town}住民課")))  # fmt: skip
    docs.append(Doc(F, "ods", 1, [], DocSpec(sheets=[sheet("年齢別", [["年齢", "男", "女"]] + [[f"{a}～{a + 4}歳", r.randint(50, 300), r.randint(50, 300)] for a in range(0, 100, 5)])])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="住民異動届 記入例",
        paragraphs=["※ 記入例です。実際の届出には届出人ご本人の情報を記入してください。", "個人番号欄は、マイナンバーカードをお持ちの方のみ12桁を記入してください。"],
        tables=[[["届出人", "山田 太郎（記入例）"], ["新住所", f"{w.town}大字○○ 123番地"], ["生年月日", "昭和○年○月○日"],
                 ["個人番号", "□□□□ □□□□ □□□□"], ["電話", "0000-00-0000"]]]),
        "記入例 with a stock name and placeholders: no real person"))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="マイナンバーカードの交付について",
        paragraphs=["個人番号（マイナンバー）は12桁の番号で、住民票を有する全ての方に指定されます。",
                    "交付通知書が届いた方は、本人確認書類をお持ちのうえ住民課窓口へお越しください。",
                    f"お問い合わせ：{w.town}役場 住民課 住民係 電話 {w.office_phone()}（平日8:30～17:15）"])))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("月報", [["月", "転入", "転出", "出生", "死亡", "住民票交付"]] +
                    [[f"R6.{m}", r.randint(5, 40), r.randint(5, 40), r.randint(0, 8), r.randint(3, 20), r.randint(200, 500)] for m in range(1, 6)])])))  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("閲覧状況", [["申出者", "請求事由", "閲覧日", "対象"],
        *[[c, r.choice(["世論調査", "市場調査（統計）", "学術研究"]), d(2024, r.randint(1, 5), r.randint(1, 28)), f"大字{r.choice(w.oazas)} 20～69歳"] for c in COMPANIES[:4]]],
        title="住民基本台帳の一部の写しの閲覧状況（公表）")]), "public list of 申出者 organisations"))  # fmt: skip
    return docs


# --- 税務課 ----------------------------------------------------------------------------------------------------
def tax(w: World) -> list[Doc]:
    r = w.rng
    F = "tax"
    docs: list[Doc] = []
    owners = w.people(30)
    rows: list[list[Cell]] = [["納税義務者番号", "氏名", "住所", "土地評価額", "家屋評価額", "税額"]]
    for i, q in enumerate(owners):
        a, b = r.randint(200, 9000) * 1000, r.randint(0, 12000) * 1000
        rows.append([f"{30000 + i * 13}", q.name, q.addr(w), a, b, int((a + b) * 0.014)])
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[sheet("R6", rows, title="令和6年度 固定資産税 納税義務者一覧", first_row=3,
                    number_formats={3: "#,##0", 4: "#,##0", 5: "#,##0"})], header="税務課 取扱注意")))  # fmt: skip
    big = w.people(150)
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="納税義務者"), "150 owners with home addresses: bulk (>100)",
                    canvas_list("令和6年度 固定資産税 納税義務者一覧", f"{w.town}税務課 課税台帳出力", [("番号", 15), ("氏名", 32),
                                ("住所", 62), ("評価額", 150), ("税額", 175)],
                                [[f"{40000 + i}", q.name, q.short(w), f"{r.randint(100, 20000) * 1000:,}", f"{r.randint(10, 3000) * 100:,}"]
                                 for i, q in enumerate(big)], 55)))  # fmt: skip
    ppl = w.people(35)
    docs.append(Doc(F, "csv-cp932", 2, ["name", "address"], DocSpec(sheets=[sheet("課税", [["氏名", "住所", "評価額"]] +
                    [[q.name, q.short(w), r.randint(100, 9000) * 1000] for q in ppl])])))  # fmt: skip

    # 滞納整理票
    p = w.person()
    docs.append(Doc(F, "docx", 3, ["name", "address", "phone", "arrears"], DocSpec(
        title="国民健康保険税 滞納整理票",
        tables=[[["滞納者", p.name, "電話", p.mobile], ["住所", p.addr(w), "", ""]],
                [["年度", "期別", "本税", "延滞金"], *[[f"R{y}", f"{k}期", f"{r.randint(20, 60) * 1000:,}", f"{r.randint(1, 9) * 100:,}"]
                                                     for y in (4, 5) for k in (1, 2, 3)]]],
        paragraphs=["【交渉経過】", "2024/04/12 電話催告。本人「5月末に2万円払う」。", "2024/05/31 入金なし。臨宅、不在。差置き。",
                    "2024/06/07 財産調査（預金）照会予定。"], header="税務課 収納係 取扱注意"), "", docx_merge(0, 1, 1, 3)))  # fmt: skip
    p = w.person()
    rows2: list[list[Cell]] = [["住民税 滞納整理票", None, None, None], ["氏名", p.name, "生年月日", p.birth],
                               ["住所", p.short(w), None, None], ["滞納額合計", r.randint(100, 900) * 1000, "督促状発付", d(2024, 2, 20)],
                               ["経過", "分納誓約（月1万円）不履行。勤務先照会済。", None, None]]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "birth_date", "arrears"],
            DocSpec(sheets=[sheet("整理票", rows2)]),
            "",
            xlsx_merge(("整理票", "A1:D1"), ("整理票", "B3:D3"), ("整理票", "B5:D5")),
        )
    )

    # 差押予告 letters
    p = w.person()
    amt = f"{r.randint(150, 800) * 1000:,}"
    lines = [(20, 270, 10, f"〒399-{r.randint(8000, 8999)}"), (20, 263, 11, p.addr(w)), (20, 253, 14, f"{p.name} 様"),
             (130, 240, 10, f"{w.town}長"), (60, 220, 16, "差押予告通知書"),
             (20, 200, 10, "あなたの町税は、督促状を発付しましたが、下記のとおり未納となっています。"),
             (20, 192, 10, f"滞納額 合計 {amt}円（固定資産税 令和4・5年度）"),
             (20, 184, 10, "令和6年6月28日までに納付がない場合は、財産の差押えを執行します。"),
             (20, 170, 9, f"問い合わせ先 {w.town}役場 税務課 収納係 {w.office_phone()}")]  # fmt: skip
    docs.append(
        Doc(F, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="差押予告"), "", canvas_letter(lines))
    )
    for fmt in ("docx", "odt"):
        p = w.person()
        block = f"〒399-{r.randint(8000, 8999)} {p.addr(w)}　{p.name} 様"
        docs.append(Doc(F, fmt, 3, ["name", "address", "arrears"], DocSpec(
            title="差押予告通知書",
            paragraphs=["あなたの滞納している町税等について、再三の督促にもかかわらず納付がありません。",
                        f"滞納額：国民健康保険税 {r.randint(100, 600) * 1000:,}円（延滞金を含まず）",
                        "期限までに納付又は納税相談がない場合、国税徴収法に基づき差押えを行います。"],
            textboxes=[block], footer=f"{w.town}税務課"), "addressee block in a text box"))  # fmt: skip
    ppl = w.people(14)
    vis = [
        ["税目", "件数", "滞納額"],
        ["町県民税", 8, 1230000],
        ["固定資産税", 4, 880000],
        ["国保税", 2, 410000],
    ]
    hid = [["氏名", "住所", "税目", "滞納額", "最終接触"]] + [[q.name, q.short(w), r.choice(["町県民税", "固定資産税"]),
                                                             r.randint(20, 400) * 1000, d(2024, r.randint(1, 5), r.randint(1, 28))] for q in ppl]  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[sheet("集計", vis), sheet("個人別", hid, state="hidden")]),
                    "arrears per person on a hidden sheet"))  # fmt: skip
    ppl = w.people(9)
    docs.append(Doc(F, "csv-cp932", 3, ["name", "phone", "arrears"], DocSpec(sheets=[sheet("国保", [["氏名", "電話", "滞納額", "督促回数"]] +
                    [[q.name, q.phone, r.randint(10, 300) * 1000, r.randint(1, 4)] for q in ppl])])))  # fmt: skip

    # 口座振替 依頼書
    p = w.person()
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone", "bank_account"], DocSpec(
        title="町税等 口座振替依頼書",
        tables=[[["納税義務者", p.name, "電話", p.phone], ["住所", p.addr(w), "", ""],
                 ["金融機関", r.choice(BANKS), "支店", f"{r.choice(w.oazas)}支店"], ["口座", f"普通 {r.randint(1000000, 9999999)}", "名義", p.name]]],
        paragraphs=["対象税目：☑固定資産税 ☑町県民税 □軽自動車税 □国民健康保険税"])))  # fmt: skip
    p = w.person()
    rows3: list[list[Cell]] = [["口座振替依頼書", None, None, None], ["氏名", p.name, None, None], ["住所", p.addr(w), None, None],
                               ["電話", p.mobile, None, None], ["金融機関", r.choice(BANKS), "口座番号", f"{r.randint(1000000, 9999999)}"]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone", "bank_account"], DocSpec(sheets=[sheet("依頼書", rows3)]), "",
                    xlsx_merge(("依頼書", "A1:D1"), ("依頼書", "B2:D2"), ("依頼書", "B3:D3"))))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "pdf", 2, ["name", "address", "bank_account"], DocSpec(title="口座振替"), "",
                    canvas_letter([(60, 270, 14, "口座振替依頼書（町税）"), (20, 250, 10, "住所"), (45, 250, 10, p.addr(w)),
                                   (20, 240, 10, "氏名"), (45, 240, 10, p.name), (20, 230, 10, "口座"),
                                   (45, 230, 10, f"{r.choice(BANKS)} 普通 {r.randint(1000000, 9999999)}")])))  # fmt: skip

    # public look-alikes
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title=f"{w.town}の税率一覧（令和6年度）", tables=[[["税目", "税率"], ["個人町民税（所得割）", "6%"],
                    ["固定資産税", "1.4%"], ["軽自動車税（四輪乗用・自家用）", "10,800円"], ["国民健康保険税（医療分所得割）", "7.2%"]]])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="令和5年度 町税等 収納状況報告",
        paragraphs=["現年度分の収納率は98.9%、滞納繰越分は24.1%となりました。", "滞納者への督促状の発付は延べ1,204件、差押えは37件（預金31件、給与6件）を実施しました。",
                    "マイナンバーを活用した財産調査の効率化により、滞納整理の早期着手に努めます。"],
        tables=[[["税目", "調定額", "収入額", "収納率"], ["町民税", "812,332千円", "803,101千円", "98.9%"], ["固定資産税", "655,201千円", "650,010千円", "99.2%"]]]),
        "about 滞納 and マイナンバー in general; no person"))  # fmt: skip
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="便利な口座振替をご利用ください", paragraphs=["納め忘れがなく安心です", "申込みは金融機関または税務課窓口で",
                    "通帳・届出印をお持ちください", f"問い合わせ {w.office_phone()}（税務課）"], notes=["説明会用。質疑で個人の滞納の話が出たら窓口へ誘導する。"])))  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("大字別", [["大字", "筆数", "評価額合計（千円）"]] +
                    [[f"大字{o}", r.randint(300, 3000), r.randint(100000, 900000)] for o in w.oazas], title="固定資産（土地）大字別 概要調書")])))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("滞納処分", [["年度", "督促件数", "差押件数", "執行停止", "収納率"]] +
                    [[f"R{y}", r.randint(900, 1400), r.randint(20, 60), r.randint(3, 15), f"{r.randint(960, 995) / 10}%"] for y in (1, 2, 3, 4, 5)])])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="固定資産税 縦覧のお知らせ", paragraphs=[
        "期間：令和6年4月1日～5月31日", "場所：役場税務課", "縦覧できる方：町内に土地・家屋を所有する納税者", "本人確認書類をお持ちください。"],
        header=f"{w.town}税務課")))  # fmt: skip
    return docs


# --- 産業・農業委員会 ------------------------------------------------------------------------------------------
def agri(w: World) -> list[Doc]:
    r = w.rng
    F = "agri"
    docs: list[Doc] = []
    ppl = w.people(40, old=True)
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("公表", [["大字", "所有者氏名", "地目", "面積（㎡）"]] +
                    [[f"大字{q.oaza}", q.name, r.choice(["田", "畑"]), r.randint(300, 5000)] for q in ppl], title="遊休農地 所有者一覧（公表）")]),
                    "names with 大字 only, no home address, birth date or phone: 1"))  # fmt: skip
    ppl = w.people(12, old=True)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="農用地利用集積計画の公告", paragraphs=["農業経営基盤強化促進法第19条の規定により公告します。"],
                    tables=[[["貸し手", "大字", "借り手", "面積", "期間"]] + [[q.name, f"大字{q.oaza}", r.choice([*COMPANIES[2:3], "農事組合法人みなみ"]),
                                                                     f"{r.randint(10, 90) * 100}㎡", "10年"] for q in ppl]]),
                    "public notice: names with 大字 only"))  # fmt: skip
    ppl = w.people(25, old=True)
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("公表", [["所在大字", "所有者", "面積"]] + [[q.oaza, q.name, r.randint(100, 900)] for q in ppl])]),
                    "published list: names with 大字 only"))  # fmt: skip

    def farm_rows(ppl: list[Person]) -> list[list[Cell]]:
        rows: list[list[Cell]] = [["農家番号", "世帯主", "生年月日", "住所", "電話", "経営面積(a)", "主作目"]]
        for i, q in enumerate(ppl):
            rows.append(
                [
                    f"{5000 + i}",
                    q.name,
                    q.birth,
                    q.addr(w),
                    q.phone,
                    r.randint(10, 400),
                    r.choice(["水稲", "りんご", "野菜", "そば"]),
                ]
            )
        return rows

    docs.append(Doc(F, "xlsx", 2, ["name", "address", "birth_date", "phone"],
                    DocSpec(sheets=[sheet("台帳", farm_rows(w.people(40, old=True)), title="農家台帳（農業委員会 内部）", first_row=3)]),
                    "data far right", xlsx_shift_right("台帳", 28)))  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(sheets=[sheet("台帳", farm_rows(w.people(33, old=True)))]),
        )
    )
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(sheets=[sheet("台帳", farm_rows(w.people(20, old=True)))]),
        )
    )
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "birth_date", "phone"], DocSpec(sheets=[sheet("全戸", farm_rows(w.people(118, old=True)))]),
                    "118 farm households with home address, birth date and phone: bulk (>100)"))  # fmt: skip

    # 補助金 交付 (sole farmers with bank accounts)
    ppl = w.people(8)
    docs.append(Doc(F, "docx", 2, ["name", "address", "bank_account"], DocSpec(
        title="令和6年度 新規就農者支援補助金 交付決定者", paragraphs=["下記の者に交付する。振込は7月10日。"],
        tables=[[["氏名", "住所", "交付額", "振込口座"]] + [[q.name, q.short(w), f"{r.randint(50, 150) * 10000:,}円",
                                                     f"{r.choice(BANKS)} 普通 {r.randint(1000000, 9999999)}"] for q in ppl]])))  # fmt: skip
    ppl = w.people(11)
    vis = [["事業", "件数", "交付額"], ["鳥獣害防止柵", 11, 2310000]]
    hid: list[list[Cell]] = [["氏名", "住所", "電話", "口座"]] + [
        [q.name, q.short(w), q.phone, f"{r.randint(1000000, 9999999)}"] for q in ppl
    ]
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone", "bank_account"], DocSpec(sheets=[sheet("集計", vis), sheet("振込先", hid, state="hidden")]),
                    "payees on a hidden sheet"))  # fmt: skip
    ppl = w.people(10)
    docs.append(Doc(F, "xls", 2, ["name", "address", "bank_account"], DocSpec(sheets=[sheet("交付", [["氏名", "住所", "口座"]] +
                    [[q.name, q.short(w), f"普通 {r.randint(1000000, 9999999)}"] for q in ppl])])))  # fmt: skip
    # 返還 滞納
    ppl = w.people(7)
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[sheet("返還", [["氏名", "住所", "返還命令額", "納付済", "滞納額", "督促"]] +
                    [[q.name, q.short(w), (a := r.randint(30, 200) * 10000), (b := r.randint(0, 10) * 10000), a - b, "済"] for q in ppl],
                    title="補助金返還金 滞納者一覧")])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="督促状（補助金返還金）", paragraphs=[f"{p.addr(w)}", f"{p.name} 様",
                                             f"令和5年度中山間地域等直接支払交付金の返還金 {r.randint(20, 90) * 10000:,}円が納期限を過ぎても未納です。",
                                             "令和6年7月10日までに納付してください。"], footer=f"{w.town}産業振興課")))  # fmt: skip
    # public
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="補助金交付実績（令和5年度）", tables=[[["交付先", "事業", "金額"]] +
                    [[c, r.choice(["6次産業化", "施設整備", "販路開拓"]), f"{r.randint(50, 500) * 10000:,}円"] for c in COMPANIES[1:5]]]),
                    "organisations only"))  # fmt: skip
    ppl = w.people(9, old=True)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title=f"{w.town}農業委員会 委員名簿", tables=[[["役職", "氏名", "地区"]] +
                    [[["会長", "会長職務代理者"][i] if i < 2 else "委員", q.name, f"大字{q.oaza}"] for i, q in enumerate(ppl)]],
                    paragraphs=[f"事務局 {w.town}役場 産業振興課内 {w.office_phone()}"]), "members in official role"))  # fmt: skip
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="令和6年度 農業補助金のご案内", paragraphs=["鳥獣害防止柵設置補助（1/2）", "新規就農者支援（最大150万円）",
                    "申請期限 7月31日", "振込先口座の写しを添付"], notes=["補助金の返還・滞納については個別に説明しないこと。"])))  # fmt: skip
    ppl = w.people(4, old=True)
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="農業委員会 総会議事録（6月）", paragraphs=[
        "議案第1号 農地法第3条の規定による許可申請について"] + [f"番号{i + 1} 譲渡人 {q.name}（大字{q.oaza}） 田 {r.randint(5, 30) * 100}㎡ 許可相当"
                                                      for i, q in enumerate(ppl)]), "public minutes: applicants with 大字 only"))  # fmt: skip
    return docs


# --- community -------------------------------------------------------------------------------------------
def community(w: World) -> list[Doc]:
    r = w.rng
    F = "community"
    docs: list[Doc] = []
    chiefs = w.people(len(w.oazas), old=True)
    rows = [["地区", "自治会長", "集会所", "集会所電話"]] + [
        [f"大字{o}", q.name, f"{o}公民館", w.landline()] for o, q in zip(w.oazas, chiefs, strict=True)
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("会長", rows, title="令和6年度 自治会長一覧（町ホームページ掲載）")]),
                    "chiefs in role with the 集会所 phone: 1"))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="自治会長一覧", tables=[[[str(v) for v in row] for row in rows]],
                    paragraphs=["自治会へのお問い合わせは各集会所へ。"]), "published; 集会所 phones"))  # fmt: skip

    def meibo(ppl: list[Person]) -> list[list[Cell]]:
        return [["組", "氏名", "住所", "自宅電話", "役"]] + [[f"{r.randint(1, 8)}組", q.name, f"大字{q.oaza}{q.lot}", q.phone,
                                                         r.choice(["", "", "組長", "会計"])] for q in ppl]  # fmt: skip

    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("名簿", meibo(w.people(45)), title="中野区自治会 会員名簿（会員限り）", first_row=3)
                ]
            ),
        )
    )
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(title="自治会 名簿", tables=[[[str(v) for v in row] for row in meibo(w.people(20))]],
                                                                       header="取扱注意 会員外への配布禁止")))  # fmt: skip
    docs.append(
        Doc(F, "xls", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("名簿", meibo(w.people(30)))]))
    )
    docs.append(
        Doc(F, "csv", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("名簿", meibo(w.people(26)))]))
    )

    ranks = ["団長", "副団長", "分団長", "副分団長", "部長", "班長", "団員", "団員", "団員"]
    members = w.people(30, young=True)
    roster = [["分団", "階級", "氏名", "入団年"]] + [
        [f"第{i % 4 + 1}分団", ranks[min(i, 8)], q.name, 2024 - r.randint(1, 20)]
        for i, q in enumerate(members)
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("団員", roster, title=f"{w.town}消防団 団員名簿（階級別）")]),
                    "names with rank only, no contact data"))  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(title="消防団 幹部名簿", tables=[[[str(v) for v in row] for row in roster[:12]]]),
            "names with rank only",
        )
    )
    net: list[list[Cell]] = [
        ["緊急連絡網", None, None, None, None],
        ["連絡順", "分団", "氏名", "携帯電話", "次の連絡先"],
    ] + [[i + 1, f"第{i % 4 + 1}分団", q.name, q.mobile, "→次へ"] for i, q in enumerate(members[:20])]
    docs.append(Doc(F, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("連絡網", net)]), "",
                    xlsx_merge(("連絡網", "A1:E1"), ("連絡網", "E3:E6"))))  # fmt: skip
    docs.append(Doc(F, "pptx", 2, ["name", "phone"], DocSpec(title="第2分団 出動体制", paragraphs=["招集は連絡網による", "携帯番号は下のノートを参照"],
                    notes=["連絡網: " + " / ".join(f"{q.name} {q.mobile}" for q in members[20:28])]), "mobiles in the speaker notes"))  # fmt: skip
    docs.append(Doc(F, "docx", 2, ["name", "phone"], DocSpec(title="消防団 緊急連絡網（第3分団）",
                    tables=[[["順", "氏名", "携帯"]] + [[str(i + 1), q.name, q.mobile] for i, q in enumerate(members[:10])]],
                    header="団員限り")))  # fmt: skip
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="令和7年 消防出初式のご案内", paragraphs=["日時 1月12日 9:00", "会場 町民グラウンド", "分列行進・放水披露"],
                    notes=["団長あいさつ、町長祝辞の順。"])))  # fmt: skip

    def shien(ppl: list[Person]) -> list[list[Cell]]:
        return [["氏名", "生年月日", "住所", "電話", "要介護度", "障害等", "避難支援者"]] + [[q.name, q.birth, q.short(w), q.phone, r.choice(CARE),
                                                                               r.choice([*DISABILITY, "", "人工透析"]), "近所の方"] for q in ppl]  # fmt: skip

    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            [*P3, "phone", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "名簿",
                        shien(w.people(24, old=True)),
                        title="避難行動要支援者名簿（平常時提供不同意者を含む）",
                    )
                ]
            ),
        )
    )
    ppl = w.people(30, old=True)
    docs.append(Doc(F, "pdf", 3, ["name", "address", "health"], DocSpec(title="要支援者"), "",
                    canvas_list("避難行動要支援者名簿", f"{w.town}総務課 防災係 外部提供禁止", [("氏名", 15), ("住所", 45), ("要介護", 110), ("障害", 130)],
                                [[q.name, q.short(w), r.choice(CARE), r.choice(DISABILITY)] for q in ppl], 20)))  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            [*P3, "phone", "health"],
            DocSpec(sheets=[sheet("名簿", shien(w.people(15, old=True)))]),
        )
    )
    p = w.person(old=True)
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(title="個別避難計画", tables=[[["氏名", p.name], ["住所", p.addr(w)],
                    ["心身の状況", f"{r.choice(ILLNESS)}。{r.choice(CARE)}。歩行器使用。"], ["避難先", f"{p.oaza}公民館"]]], header="個人情報 取扱注意")))  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("避難所", [["施設名", "所在地", "電話", "収容人数"]] +
                    [[f"{o}公民館", f"大字{o}{r.randint(1, 900)}番地", w.landline(), r.randint(30, 200)] for o in w.oazas])]), "facilities"))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(title="避難行動要支援者名簿制度について", paragraphs=[
        "要介護3以上の方、身体障害者手帳1・2級の方、療育手帳Aの方などが名簿の対象です。",
        "名簿情報は本人の同意を得て、自治会・民生委員・消防団に提供します。病名などの情報は提供しません。"]), "describes health categories in general"))  # fmt: skip
    docs.append(Doc(F, "odt", 1, [], DocSpec(title="自治会へ加入しましょう", paragraphs=["転入された方は役場住民課で加入申込書をお受け取りください。",
                    f"問い合わせ：総務課 {w.office_phone()}"])))  # fmt: skip
    docs.append(Doc(F, "pptx", 1, [], DocSpec(title="令和6年度 総合防災訓練", paragraphs=["9月1日 8:00 一斉放送", "要支援者の避難支援訓練（各自治会）",
                    "避難所開設訓練"], notes=["要支援者の個別情報はスライドに載せない。"])))  # fmt: skip
    return docs


# --- texts and numbers ------------------------------------------------------------------------------------
def texts(w: World) -> list[Doc]:
    r = w.rng
    F = "text"
    docs: list[Doc] = []
    st = [w.person(young=True) for _ in range(4)]  # staff (no contact data of theirs)

    def who(n: str) -> str:
        return n.replace("　", " ").split(" ")[0]

    s0, s1 = who(st[0].name), who(st[1].name)

    p = w.person()
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "[LINE WORKS] 住民課グループ 2024/06/05", f"09:12 {s0}: {p.name}さんから住民票の郵送請求。連絡先わかる？",
        f"09:14 {s1}: 台帳だと {p.phone} です", f"09:15 {s0}: ありがとう、かけてみます"])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "csv", 3, ["name", "address", "arrears"], DocSpec(sheets=[sheet("chat", [["日時", "送信者", "メッセージ"],
        ["2024/06/06 10:01", who(st[2].name), f"{p.name}さんが窓口に来てます。所得証明の申請"],
        ["2024/06/06 10:03", who(st[3].name), f"その方、国保税が{r.randint(10, 40)}万円滞納してる。大字{p.oaza}{p.lot}の方ですよね"],
        ["2024/06/06 10:04", who(st[2].name), "はい。収納係に声かけます"]])]), "Teams export"))  # fmt: skip
    p = w.person(old=True)
    docs.append(Doc(F, "txt-cp932", 3, ["name", "health"], DocSpec(paragraphs=[
        "LINE WORKS トーク履歴 福祉・住民", f"06/07 13:20 {s0}：{p.name}さんの代理で娘さんが印鑑登録の相談",
        f"06/07 13:22 {s1}：ご本人は{r.choice(ILLNESS)}で入院中らしい。意思確認に注意", "06/07 13:23 " + s0 + "：了解です"])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "csv", 2, ["name", "address"], DocSpec(sheets=[sheet("chat", [["時刻", "名前", "本文"],
        ["14:02", who(st[1].name), f"{p.name}様の納税通知書が戻ってきました"], ["14:05", who(st[0].name), f"転居先は{p.addr(w)}です"],
        ["14:06", who(st[1].name), "再送します"]])])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "txt", 2, ["name", "birth_date"], DocSpec(paragraphs=[
        "Teams チャット（税務課）", f"{s0}：{p.name}さん、同姓同名が2人いる", f"{s1}：生年月日 {wareki(p.birth)} の方です", f"{s0}：特定できました"])))  # fmt: skip
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=["[LINE WORKS] 住民課 2024/06/10", f"08:40 {s0}: 今日の窓口当番は{s1}さんです",
        "08:41 " + s1 + ": 了解。10時から研修のため11時戻り", "08:45 係長: 住基システム定期停止 6/15 終日"]), "staff names only"))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("chat", [["日時", "送信者", "本文"], ["06/03 09:00", "係長", "滞納整理の研修資料を共有します"],
        ["06/03 09:05", s0, "マイナンバー利用事務の手順書も更新しました"], ["06/03 09:10", s1, "確認します"]])]), "talks about 滞納 in general"))  # fmt: skip
    docs.append(Doc(F, "txt-cp932", 1, [], DocSpec(paragraphs=["税務課 打合せメモ 6/4", "・差押予告は今月30件発送予定", "・督促状の文面改定（延滞金の表記）",
        "・個人の事案は整理票で管理すること"]), "counts only"))  # fmt: skip
    # visit notes: named once at top
    p = w.person(old=True)
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(title="訪問記録", paragraphs=[
        f"対象者：{p.name}", f"2024/05/13 自宅（大字{p.oaza}{p.lot}）訪問。不在。", f"2024/05/20 電話 {p.phone} で連絡がつく。",
        "2024/05/27 再訪。住民票の記載事項について説明。"])))  # fmt: skip
    p = w.person(old=True)
    docs.append(Doc(F, "txt", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        f"訪問記録 {p.name}", f"5/8 大字{p.oaza}の自宅。本人在宅、{r.choice(ILLNESS)}で週3回通院とのこと。", "5/22 長男同席。介護認定の申請を勧めた。",
        "6/5 電話、ケアマネ決定"])))  # fmt: skip
    p = w.person(old=True)
    docs.append(Doc(F, "pdf", 2, ["name", "phone"], DocSpec(title="訪問記録", paragraphs=[f"対象：{p.name}", f"6/3 携帯 {p.mobile} に連絡",
                                                                                    "6/6 書類受領", "6/7 処理完了"])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[sheet("記録", [["対象者", p.name], ["日付", "内容"],
        [d(2024, 4, 9), f"大字{p.oaza}{p.lot}の自宅前の水路について相談"], [d(2024, 4, 16), "現地確認"], [d(2024, 5, 7), "建設課へ引継ぎ"]])])))  # fmt: skip
    # letters from residents
    p = w.person(old=True)
    docs.append(Doc(F, "docx", 3, ["name", "address", "phone", "health"], DocSpec(paragraphs=[
        p.addr(w), p.name, f"電話 {p.phone}", f"{w.town}長 様", "国民健康保険税の減免について",
        f"私は昨年{r.choice(ILLNESS)}と診断され、仕事を辞めました。収入が大きく減ったため、減免をお願いいたします。"])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "odt", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        f"〒399-{r.randint(8000, 8999)}", p.addr(w), p.name, p.mobile, "町道の街灯について", "自宅前の街灯が切れています。修理をお願いします。"])))  # fmt: skip
    p = w.person()
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="要望書"), "",
                    canvas_letter([(120, 270, 10, "令和6年5月30日"), (20, 260, 11, f"{w.town}長 様"), (110, 248, 10, p.addr(w)),
                                   (110, 241, 11, p.name), (60, 225, 14, "集会所の駐車場について"),
                                   (20, 210, 10, "雨のたびに水たまりができます。舗装をお願いします。")])))  # fmt: skip
    p = w.person(old=True)
    docs.append(Doc(F, "txt-cp932", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        f"{w.town}大字{p.oaza}{p.lot}", p.name, "役場 福祉係 御中", f"主人が{r.choice(ILLNESS)}で寝たきりになり、私も足が悪いので、", "ごみ出しの支援をお願いできないでしょうか。"]),
        "the writer's own household illness"))  # fmt: skip
    # memos with hand-spaced digits
    p = w.person()
    lot = r.randint(1, 9)
    docs.append(Doc(F, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        "電話メモ 6/7", f"{p.name}さん", f"大字{p.oaza} {lot} 丁目 {r.randint(1, 20)} 番", f"携帯 {spaced(p.mobile.replace('-', ''))}", "折返し希望"]),
        "address and phone digits spaced by hand"))  # fmt: skip
    p = w.person()
    mn = make_my_number(r)
    docs.append(Doc(F, "txt", 3, ["name", "my_number"], DocSpec(paragraphs=["窓口メモ", f"{p.name} 様 カード申請", f"番号 {spaced(mn)}", "通知カード持参"]),
                    "My Number spaced digit by digit"))  # fmt: skip
    p = w.person()
    mn = make_my_number(r)
    docs.append(Doc(F, "docx", 3, ["name", "address", "my_number"], DocSpec(title="個人番号カード 交付予約", paragraphs=[f"申請者 {p.name}",
                    f"住所 {p.short(w)}", "交付予定 6月20日 14時"], header=f"個人番号 {group444(mn, '-')}"), "the number sits in the page header"))  # fmt: skip
    p = w.person()
    mn = make_my_number(r)
    docs.append(Doc(F, "pptx", 3, ["name", "my_number"], DocSpec(title="窓口事例研修", paragraphs=["本人確認の手順", "番号確認の手順"],
                    notes=[f"実例: {p.name}さん 番号 {mn} を確認した際の流れ（※研修後削除）"]), "a real number in the speaker notes"))  # fmt: skip
    fakes = [make_fake_number(r) for _ in range(12)]
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=["受付番号メモ", *[f"{i + 1}. {spaced(n)}" for i, n in enumerate(fakes[:4])]]),
                    "spaced 受付番号, all failing the check digit"))  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("整理番号", [["整理番号", "受付日", "種別", "件数"]] +
                    [[n, d(2024, 5, i + 1), r.choice(["住民票", "印鑑証明", "税証明"]), r.randint(1, 5)] for i, n in enumerate(fakes)],
                    number_formats={0: "@"})]), "12-digit 整理番号, all failing the check digit"))  # fmt: skip
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    "係内連絡",
                    "補助金返還金の督促状は7月発送。",
                    "滞納が続く案件は個別に協議。",
                    "以上",
                ]
            ),
            "no person",
        )
    )
    p = w.person()
    docs.append(Doc(F, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=["[LINE WORKS] 産業振興課", f"{s0}: {p.name}さんの返還金、まだ未納？",
                    f"{s1}: {r.randint(10, 50)}万円未納のまま。督促2回目です"])))  # fmt: skip
    return docs


def build(rng: random.Random) -> list[Doc]:
    w = World(rng)
    return resident(w) + tax(w) + agri(w) + community(w) + texts(w)


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam13")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set13", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
