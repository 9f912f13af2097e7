"""Seventeenth red-team set (blind): children, families and public assistance in a core city.

``python -m corpus.redteam.set17 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads.

Written without reading the detectors, the policy data or the other red-team sets' documents, to be scored
on first contact. The families are the desks of one core city: 子育て支援課 (``kosodate``: 児童手当 and 児童扶養手当
registers, 保育所 waiting lists, 母子手帳 交付簿, 乳幼児健診), 家庭児童相談 and the 要保護児童対策地域協議会
(``soudan``: case notes as running prose, minutes naming family members by relation), 生活福祉課 (``hogo``:
生活保護 ケース記録, 訪問計画, 医療扶助, 返還金 and 徴収金 arrears, 扶養照会 letters), 教育委員会 (``kyoiku``: 就学援助,
特別支援 placement minutes, school directories and statistics) and the My Number desk of the same offices
(``bango``: real My Numbers written the ways staff write them, and 12-digit look-alikes failing the check digit).

Truth follows the default policy's text only: 3 for a My Number, health or arrears about an identifiable
person, or records of more than 100 persons with a name and an address, birth date or phone; 2 for a private
person's name with their address, birth date or phone; 1 for the rest (statistics, leaflets, blank forms,
記入例 with invented names, directories of facilities with their heads named in role). Welfare, income and
続柄 do not raise a level; pregnancy due dates and checkup invitations are not health results.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import fullwidth, is_valid_my_number, my_number_from, random_corporate_number
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1717

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, core city, area code, towns); a town ending in "*" takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, list[str]]] = [
    ("山口県", "下関市", "083", ["上田中町", "彦島江の浦町", "長府扇町", "綾羅木本町", "伊倉町*"]),
    ("福岡県", "久留米市", "0942", ["日吉町", "東合川", "津福本町", "御井町*", "田主丸町田主丸*"]),
    ("高知県", "高知市", "088", ["はりまや町", "朝倉本町", "潮新町", "介良乙*", "春野町西分*"]),
    ("岩手県", "盛岡市", "019", ["大通", "上田", "みたけ", "津志田西", "玉山区渋民*"]),
    ("長野県", "松本市", "0263", ["城東", "蟻ケ崎", "寿北", "島内*", "波田*"]),
    ("広島県", "福山市", "084", ["霞町", "南蔵王町", "春日町", "神辺町川北*", "松永町"]),
    ("長崎県", "佐世保市", "0956", ["島瀬町*", "大塔町*", "日宇町*", "早岐", "相浦町*"]),
    ("青森県", "八戸市", "0178", ["番町*", "白銀町*", "根城", "湊高台", "是川*"]),
]  # fmt: skip
SURNAMES: list[str] = [
    "穂積", "椎名", "唐沢", "目黒", "白石", "杉浦", "久保田", "神崎", "野々村", "桐山",
    "浜田", "三浦", "秋山", "矢野", "河合", "大西", "岩崎", "松尾", "野口", "土屋",
    "深沢", "嶋田", "早瀬", "千葉", "馬場", "川端", "安藤", "平野", "成瀬", "竹内",
    "荒木", "水野", "堀内", "望月", "福田", "原口", "若林", "橘", "尾崎", "増田",
    "徳永", "江口", "宮崎", "村井", "片山", "松浦", "菅原", "小野寺", "田村", "森本",
]  # fmt: skip
# (kanji, hiragana) given names of adults and of children
ADULT_M = [("浩二", "こうじ"), ("達也", "たつや"), ("誠", "まこと"), ("直樹", "なおき"), ("和彦", "かずひこ"),
           ("隆之", "たかゆき"), ("秀明", "ひであき"), ("博", "ひろし"), ("守", "まもる")]  # fmt: skip
ADULT_F = [("由美", "ゆみ"), ("真由美", "まゆみ"), ("智子", "ともこ"), ("さおり", "さおり"), ("麻衣", "まい"),
           ("裕子", "ゆうこ"), ("明美", "あけみ"), ("久美子", "くみこ"), ("沙織", "さおり"), ("陽子", "ようこ"),
           ("愛", "あい"), ("千尋", "ちひろ")]  # fmt: skip
CHILD_M = [("蓮", "れん"), ("湊", "みなと"), ("陽翔", "はると"), ("颯太", "そうた"), ("悠真", "ゆうま"),
           ("大翔", "ひろと"), ("奏太", "かなた"), ("結翔", "ゆいと"), ("瑛太", "えいた"), ("碧", "あお")]  # fmt: skip
CHILD_F = [("陽葵", "ひまり"), ("結愛", "ゆあ"), ("芽依", "めい"), ("凛", "りん"), ("紬", "つむぎ"),
           ("澪", "みお"), ("葵", "あおい"), ("結菜", "ゆな"), ("さくら", "さくら"), ("心結", "みゆ")]  # fmt: skip
OLD = [
    ("サダ", "さだ"),
    ("トシ子", "としこ"),
    ("正男", "まさお"),
    ("勝", "まさる"),
    ("フミ", "ふみ"),
    ("繁", "しげる"),
]
BUILDINGS = ["サンハイツ", "市営住宅", "メゾン若葉", "コーポ宮前", "パレス日向", "ハイツ松風"]
NURSERIES = ["すずらん保育園", "ひかり保育所", "若竹こども園", "みなみ保育園", "あゆみ保育所", "ひまわり保育園",
             "たんぽぽ保育園", "中央保育所"]  # fmt: skip
SCHOOLS = ["第一", "中央", "東", "西", "南", "北", "旭", "桜ヶ丘", "緑", "港", "山手", "城南"]
HOSPITALS = [
    "市民病院",
    "中央クリニック",
    "こども医療センター",
    "みなと眼科",
    "森の木心療内科",
    "県立総合病院",
]
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
TODAY = dt.date(2024, 7, 1)


def wareki(d: dt.date, style: str = "kanji") -> str:
    """和暦: kanji 令和元年5月1日, short R5.4.1, abbr 令5.4.1, slash H30/7/2."""
    for era, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            if style == "abbr":
                return f"{era[0]}{y}.{d.month}.{d.day}"
            if style == "slash":
                return f"{letter}{y}/{d.month}/{d.day}"
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def bad_number(rng: random.Random) -> str:
    """12 digits that FAIL the My Number check digit."""
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return base + str((int(my_number_from(base)[-1]) + rng.randint(1, 9)) % 10)


def good_number(rng: random.Random) -> str:
    return my_number_from(str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10)))


def spaced(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


# --- people --------------------------------------------------------------------------------------
@dataclass
class Person:
    sur: str
    given: str
    kana: str
    birth: dt.date
    address: str
    phone: str
    male: bool

    def name(self, style: str = "sp") -> str:
        given = {"hira": self.kana, "kata": kata(self.kana)}.get(style, self.given)
        sep = {"sp": " ", "fw": "　", "tight": "", "hira": " ", "kata": " "}[style]
        return f"{self.sur}{sep}{given}"


@dataclass
class City:
    pref: str
    name: str
    area: str
    towns: list[str]
    rng: random.Random
    used: set[str] = field(default_factory=set)

    def phone(self, mobile: bool | None = None) -> str:
        r = self.rng
        if mobile if mobile is not None else r.random() < 0.6:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}"
        if len(self.area) == 3:
            return f"{self.area}-{r.randint(200, 989)}-{r.randint(0, 9999):04d}"
        return f"{self.area}-{r.randint(20, 98)}-{r.randint(0, 9999):04d}"

    def address(self, with_city: bool = True) -> str:
        r = self.rng
        town = r.choice(self.towns)
        if town.endswith("*"):
            lot = (
                f"{town[:-1]}{r.randint(1, 2999)}番地{r.randint(1, 9)}"
                if r.random() < 0.5
                else (f"{town[:-1]}{r.randint(1, 999)}番地")
            )
        else:
            lot = (
                f"{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 25)}号"
                if r.random() < 0.5
                else (f"{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 25)}")
            )
        if r.random() < 0.3:
            lot += f"　{r.choice(BUILDINGS)}{r.randint(1, 5)}0{r.randint(1, 8)}号"
        return f"{self.name}{lot}" if with_city else lot

    def town(self) -> str:
        return self.rng.choice(self.towns).rstrip("*")

    def person(self, kind: str = "adult", male: bool | None = None, sur: str | None = None,
               address: str | None = None, phone: str | None = None) -> Person:  # fmt: skip
        r = self.rng
        male = r.random() < 0.5 if male is None else male
        pool = {
            "adult": ADULT_M if male else ADULT_F,
            "child": CHILD_M if male else CHILD_F,
            "infant": CHILD_M if male else CHILD_F,
            "entrant": CHILD_M if male else CHILD_F,
            "old": OLD,
        }[kind]
        ages = {"adult": (24, 52), "child": (0, 14), "infant": (0, 4), "entrant": (5, 5), "old": (66, 90)}[
            kind
        ]
        while True:
            s = sur or r.choice(SURNAMES)
            g, k = r.choice(pool)
            if sur or f"{s}{g}" not in self.used:
                break
        self.used.add(f"{s}{g}")
        birth = TODAY - dt.timedelta(days=r.randint(ages[0] * 365 + 30, ages[1] * 365 + 300))
        return Person(s, g, k, birth, address or self.address(), phone or self.phone(), male)

    def family(self, n_children: int = 2) -> tuple[Person, list[Person]]:
        parent = self.person("adult", male=self.rng.random() < 0.2)
        kids = [self.person("child", sur=parent.sur, address=parent.address, phone=parent.phone)
                for _ in range(n_children)]  # fmt: skip
        return parent, kids

    def many(self, n: int, kind: str = "adult") -> list[Person]:
        """n distinct persons (every surname × given name is unique)."""
        out: list[Person] = []
        seen: set[str] = set()
        pool = (ADULT_M + ADULT_F) if kind == "adult" else (CHILD_M + CHILD_F)
        combos = [(s, g, k, (g, k) in ADULT_M + CHILD_M) for s in SURNAMES for g, k in pool]
        self.rng.shuffle(combos)
        ages = (24, 52) if kind == "adult" else (0, 14)
        for s, g, k, male in combos:
            if f"{s}{g}" in seen:
                continue
            seen.add(f"{s}{g}")
            birth = TODAY - dt.timedelta(days=self.rng.randint(ages[0] * 365 + 30, ages[1] * 365 + 300))
            out.append(Person(s, g, k, birth, self.address(), self.phone(), male))
            if len(out) == n:
                break
        return out


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


# --- layouts DocSpec cannot express --------------------------------------------------------------
def _renormalise(path: Path) -> None:
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def xlsx_edit(fn: Callable[[object], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        fn(wb)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(buf.getvalue())
        _renormalise(path)

    return post


def merge_blocks(sheet: str, col: int, blocks: list[tuple[int, int]], extra: Sequence[str] = ()) -> Callable:
    """Merge column ``col`` (1-based) over each (first row, last row) block, plus extra A1 ranges."""

    def fn(wb: object) -> None:
        ws = wb[sheet]  # type: ignore[index]
        for a, b in blocks:
            if b > a:
                ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
        for rng in extra:
            ws.merge_cells(rng)

    return xlsx_edit(fn)


def merge_columns(wb: object, sheet: str, cols: Sequence[int], blocks: list[tuple[int, int]]) -> None:
    ws = wb[sheet]  # type: ignore[index]
    for a, b in blocks:
        for col in cols:
            if b > a:
                ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)


def docx_merge(table: int, merges: list[tuple[int, int, int, int]]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        t = d.tables[table]
        for r1, c1, r2, c2 in merges:
            keep = t.cell(r1, c1).text
            merged = t.cell(r1, c1).merge(t.cell(r2, c2))
            merged.text = keep
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(buf.getvalue())
        _renormalise(path)

    return post


def canvas_pdf(title: str, cols: list[tuple[str, float]], rows: list[list[str]], per_page: int = 22,
               header: str = "", footer: str = "", lead: Sequence[str] = (), landscape: bool = False,
               tail: Sequence[str] = ()) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a canvas-drawn PDF: columns placed by x (mm), a page header, ``n / N`` footers."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        size = land(A4) if landscape else A4
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=size, invariant=1)
        c.setTitle(title)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        for n, chunk in enumerate(pages, start=1):
            y = size[1] - 14 * mm
            c.setFont(font, 8)
            if header:
                c.drawRightString(size[0] - 15 * mm, y, header)
            y -= 10 * mm
            c.setFont(font, 13)
            c.drawString(15 * mm, y, title + ("" if n == 1 else "（続き）"))
            y -= 8 * mm
            c.setFont(font, 9)
            if n == 1:
                for line in lead:
                    c.drawString(15 * mm, y, line)
                    y -= 5.5 * mm
                y -= 2 * mm
            for label, x in cols:
                c.drawString(x * mm, y, label)
            c.line(15 * mm, y - 1.5 * mm, size[0] - 15 * mm, y - 1.5 * mm)
            y -= 6.5 * mm
            for row in chunk:
                for (_, x), value in zip(cols, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 6 * mm
            if n == len(pages):
                y -= 3 * mm
                for line in tail:
                    c.drawString(15 * mm, y, line)
                    y -= 5.5 * mm
            c.setFont(font, 8)
            c.drawCentredString(size[0] / 2, 9 * mm, f"{footer}　{n} / {len(pages)}".strip("　"))
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def docx_header_number(text: str) -> Callable[[Path], None]:
    """Put ``text`` into the Word first-page header as a separate right-aligned paragraph."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        hdr = d.sections[0].header
        hdr.is_linked_to_previous = False
        hdr.add_paragraph(text)
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(buf.getvalue())
        _renormalise(path)

    return post


def zip_ok(path: Path) -> bool:
    return zipfile.is_zipfile(path)


# --- 子育て支援課 ---------------------------------------------------------------------------------
def kosodate(c: City) -> list[Doc]:
    r = c.rng
    F = "kosodate"
    docs: list[Doc] = []
    # L1 --------------------------------------------------------------------------------------
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="児童手当制度のご案内（令和6年10月分から）",
                paragraphs=[
                    f"{c.name}こども未来部 子育て支援課",
                    "令和6年10月分から児童手当の制度が変わります。所得制限が撤廃され、支給対象が高校生年代まで延長されます。",
                    "申請の際は、請求者と配偶者の個人番号（マイナンバー）の記載が必要です。番号確認書類と本人確認書類をお持ちください。",
                    "手当を受ける方が公務員の場合は勤務先から支給されます。未支払の手当がある場合や、保育料の滞納がある場合でも、"
                    "手当は原則として口座に振り込まれます（保育料への充当は申出による）。",
                    "支給月：偶数月（2月・4月・6月・8月・10月・12月）の各10日",
                    f"お問い合わせ　子育て支援課 手当係　{c.area}-{'231' if len(c.area) == 3 else '23'}-1100（直通）",
                ],
                tables=[
                    [
                        ["区分", "月額"],
                        ["3歳未満", "15,000円"],
                        ["3歳以上高校生年代まで", "10,000円"],
                        ["第3子以降", "30,000円"],
                    ]
                ],
            ),
        )
    )
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="手当額", title="児童扶養手当 手当月額表（令和6年4月～）",
        rows=[["区分", "全部支給", "一部支給（上限）", "一部支給（下限）"],
              ["児童1人目", 45500, 45490, 10740], ["児童2人目加算", 10750, 10740, 5380],
              ["児童3人目以降加算", 6450, 6440, 3230], [], ["※所得制限限度額は扶養親族等の数により異なります。"],
              ["※受給資格者本人の所得、扶養義務者の所得により判定します。現況届は毎年8月に提出してください。"]],
        footer="子育て支援課")])))  # fmt: skip
    ages = ["0歳", "1歳", "2歳", "3歳", "4・5歳"]
    towns = [t.rstrip("*") for t in c.towns]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="待機児童", title=f"{c.name} 保育所等利用待機児童数（令和6年4月1日現在）",
        rows=[["地区", *ages, "計"]] + [[t, *(n := [r.randint(0, 12) for _ in ages]), sum(n)] for t in towns]
        + [[], ["出典：保育所等利用待機児童数調査（国報告）。特定の保育所等のみ希望している者等を除く。"]],
        header="公表資料")])))  # fmt: skip
    heads = [c.person("adult") for _ in NURSERIES]
    rows = [[n, f"園長 {h.name('tight')}", c.address(), f"{c.area}-{r.randint(20, 98) if len(c.area) == 4 else r.randint(200, 989)}-{r.randint(1000, 9999)}",
             wareki(dt.date(r.randint(1965, 2015), r.randint(1, 12), r.randint(1, 28))), str(r.choice([60, 90, 120, 150]))]
            for n, h in zip(NURSERIES, heads, strict=True)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{c.name}内 認可保育所一覧（令和6年度）",
                paragraphs=[
                    "各施設の開設日・定員・所在地・電話番号を掲載しています。入所申込は子育て支援課へ。"
                ],
                tables=[[["施設名", "施設長", "所在地", "電話", "開設日", "定員"], *rows]],
                footer="子育て支援課 保育係",
            ),
            "facility heads named in role with the facility's address and phone; 開設日 is no birth date: 1",
        )
    )
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="児童手当 認定請求書【記入例】",
        paragraphs=["※この記入例の氏名・住所・番号は架空のものです。"],
        tables=[[["請求者氏名", "見本　太郎"], ["フリガナ", "ミホン　タロウ"], ["生年月日", "昭和60年4月1日"],
                 ["住所", f"{c.name}〇〇町1丁目2番3号"], ["電話", "000-000-0000"],
                 ["個人番号", "1234 5678 9012"], ["配偶者", "見本　花子"], ["児童", "見本　一郎（令和3年5月5日生）"]]],
        footer="子育て支援課"),
        "記入例 with invented names; its 12-digit sample fails the check digit: 1"))  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec(
        name="健診", title="乳幼児健康診査 受診状況（令和5年度）",
        rows=[["健診", "対象者数", "受診者数", "受診率(%)", "要精密", "発達経過観察", "むし歯有病者"]]
        + [[k, (a := r.randint(1400, 2600)), (b := a - r.randint(20, 160)), round(b * 100 / a, 1),
            r.randint(10, 80), r.randint(30, 200), r.randint(0, 90)]
           for k in ["4か月児", "10か月児", "1歳6か月児", "3歳児"]]
        + [["※要精密は心疾患・股関節・視聴覚等の精密検査紹介数。"]])])))  # fmt: skip
    docs.append(Doc(F, "ods", 1, [], DocSpec(sheets=[SheetSpec(
        name="交付数", title="母子健康手帳 交付状況（月別）",
        rows=[["月", "交付数", "うち妊娠11週以下", "うち多胎", "面談実施率"]]
        + [[f"令和5年{m}月", r.randint(150, 230), r.randint(120, 200), r.randint(0, 4), "100%"]
           for m in range(4, 13)])])))  # fmt: skip
    staff = [c.person("adult") for _ in range(3)]
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="地域子育て支援センター 7月の行事",
        paragraphs=["7/3（水）ベビーマッサージ　講師：助産師 " + staff[0].name(),
                    "7/12（金）離乳食のおはなし　管理栄養士 " + staff[1].name('tight'),
                    "7/24（水）水あそび（雨天中止）", "申込：センター窓口または電話 " + f"{c.area}-{'244' if len(c.area) == 3 else '24'}-3355",
                    "センター長　" + staff[2].name()]), "staff named in role with the centre's phone: 1"))  # fmt: skip
    # L2 --------------------------------------------------------------------------------------
    rows2: list[list[Cell]] = [
        ["受給者番号", "氏名", "続柄", "生年月日", "住所", "電話", "所得額", "支給区分"]
    ]
    blocks = []
    row_no = 4
    for i in range(9):
        p, kids = c.family(r.randint(1, 3))
        first = row_no
        rows2.append([f"J{2300 + i * 7}", p.name(r.choice(["sp", "fw", "tight"])), "受給者", wareki(p.birth, "short"),
                      p.address, p.phone, r.randint(0, 2400000), r.choice(["全部支給", "一部支給"])])  # fmt: skip
        row_no += 1
        for k in kids:
            rows2.append([None, k.name(r.choice(["sp", "hira"])), "長男" if k.male else "長女", wareki(k.birth, "short"),
                          None, None, None, None])  # fmt: skip
            row_no += 1
        blocks.append((first, row_no - 1))
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "birth_date", "phone", "income"], DocSpec(sheets=[SheetSpec(
        name="台帳", title="児童扶養手当 受給者台帳（抜粋）", rows=rows2, footer="子育て支援課 手当係")]),
        "welfare allowance and income do not raise a named list with addresses above 2",
        merge_blocks("台帳", 1, blocks)))  # fmt: skip
    wait = [c.person("infant") for _ in range(14)]
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[SheetSpec(
        name="待ち", first_row=4, title="保育所 入所待ち名簿（令和6年7月1日）",
        rows=[["No", "児童氏名", "生年月日", "保護者", "連絡先", "第1希望", "第2希望", "指数"]]
        + [[i + 1, k.name(r.choice(["hira", "sp", "kata"])), wareki(k.birth, r.choice(["short", "kanji"])),
            c.person("adult", sur=k.sur).name("tight"), k.phone, r.choice(NURSERIES), r.choice(NURSERIES),
            r.randint(60, 140)] for i, k in enumerate(wait)])])))  # fmt: skip
    moms = [c.person("adult", male=False) for _ in range(12)]
    docs.append(Doc(F, "xls", 2, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec(
        name="交付簿", title="母子健康手帳 交付簿（令和6年6月）",
        rows=[["交付番号", "交付日", "氏名", "生年月日", "住所", "出産予定日", "交付場所"]]
        + [[f"6-{i + 1:03d}", f"R6.6.{r.randint(1, 28)}", m.name(), wareki(m.birth, "short"), m.address,
            wareki(TODAY + dt.timedelta(days=r.randint(90, 230)), "short"), r.choice(["本庁", "北支所", "南支所"])]
           for i, m in enumerate(moms)])]),
        "a due date is no diagnosis, illness or treatment: name+address+birth date, 2"))  # fmt: skip
    p, (kid,) = c.family(1)
    docs.append(Doc(F, "docx", 2, ["name", "address", "birth_date"], DocSpec(
        paragraphs=[f"〒{r.randint(750, 759)}-{r.randint(1000, 9999)}", p.address, f"{kid.name('hira')} ちゃんの保護者様",
                    f"{c.name}長", "1歳6か月児健康診査のお知らせ",
                    f"お子さま（{wareki(kid.birth)}生）の健康診査を下記のとおり行います。母子健康手帳と問診票をお持ちください。",
                    "日時：令和6年8月6日（火）受付 13:00～13:45", "会場：総合保健福祉センター 2階",
                    "都合の悪い方は子育て支援課 母子保健係までご連絡ください。"]),
        "an invitation to a checkup holds no result: 2"))  # fmt: skip
    reqs = [c.person("adult") for _ in range(16)]
    docs.append(Doc(F, "csv", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec(
        name="口座変更", rows=[["受付日", "受給者氏名", "住所", "電話番号", "変更後金融機関", "処理"]]
        + [[f"2024/06/{r.randint(1, 28):02d}", q.name(r.choice(["sp", "fw"])), q.address, q.phone,
            r.choice([f"{c.pref[:-1]}銀行", "ゆうちょ銀行", "労働金庫", "信用金庫"]), r.choice(["済", "未"])] for q in reqs])])))  # fmt: skip
    members = [c.person("adult") for _ in range(10)]
    docs.append(Doc(F, "odt", 2, ["name", "address", "phone"], DocSpec(
        title="ファミリー・サポート・センター 提供会員名簿",
        paragraphs=["※会員間のマッチング用。外部への提供禁止。"],
        tables=[[["会員番号", "氏名", "住所", "携帯電話", "活動可能日"]]
                + [[f"P-{40 + i}", m.name(), m.address, c.phone(True), r.choice(["平日", "土日", "平日午後"])]
                   for i, m in enumerate(members)]])))  # fmt: skip
    p, kids = c.family(2)
    docs.append(Doc(F, "txt-cp932", 2, ["name", "birth_date", "phone"], DocSpec(
        title="一時預かり事業 利用申込（電話受付メモ）",
        paragraphs=[f"受付 R6.6.{r.randint(3, 28)} 10:40　受付者 子育て支援課 保育係",
                    f"申込者：{p.name('fw')}（母）　連絡先：{p.phone}",
                    f"利用児童：{kids[0].name('hira')}（{wareki(kids[0].birth, 'short')}生）、{kids[1].given}（{wareki(kids[1].birth, 'short')}生）",
                    "利用希望日：7月10日、11日　8:30～16:00　理由：求職活動のため",
                    "→ ひかり保育所へ空き確認のうえ折り返し連絡する。"])))  # fmt: skip
    p, (kid,) = c.family(1)
    docs.append(Doc(F, "pdf", 2, ["name", "address", "birth_date"], DocSpec(
        title="保育所等利用調整結果通知書（内定）",
        paragraphs=[p.address, f"{p.name('sp')} 様", f"{c.name}福祉事務所長",
                    "令和6年8月1日からの保育所等利用申込について、下記のとおり内定しましたので通知します。",
                    f"児童氏名：{kid.name('sp')}　生年月日：{wareki(kid.birth)}",
                    f"利用施設：{r.choice(NURSERIES)}　利用開始日：令和6年8月1日",
                    "入所前面接の日程は施設から連絡します。"], footer="子育て支援課 保育係")))  # fmt: skip
    # L3 --------------------------------------------------------------------------------------
    fams = [c.family(r.randint(1, 2)) for _ in range(8)]
    visible = [["受付番号", "受給者氏名", "住所", "児童数", "現況届", "備考"]]
    hidden = [["受付番号", "受給者氏名", "個人番号", "配偶者個人番号"]]
    for i, (p, kids) in enumerate(fams):
        visible.append([f"G-{i + 101}", p.name(), p.address, len(kids), "提出済", ""])
        hidden.append([f"G-{i + 101}", p.name(), good_number(r), good_number(r) if r.random() < 0.6 else ""])
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[
        SheetSpec(name="現況届", rows=visible, title="児童手当 現況届 受付一覧"),
        SheetSpec(name="番号", rows=hidden, state="hidden")]), "My Numbers on a hidden sheet"))  # fmt: skip
    kids = [c.person("infant") for _ in range(15)]
    findings = [
        "異常なし",
        "心雑音（要精密）",
        "言語発達遅滞の疑い（経過観察）",
        "停留精巣（要精密）",
        "異常なし",
        "アトピー性皮膚炎（治療中）",
        "斜視の疑い（眼科紹介）",
        "異常なし",
        "低体重（要フォロー）",
    ]
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "address", "health"], DocSpec(sheets=[SheetSpec(
        name="結果", title="3歳児健康診査 結果一覧（令和6年6月18日実施）",
        rows=[["No", "氏名", "生年月日", "住所", "身長", "体重", "所見", "判定"]]
        + [[i + 1, k.name(r.choice(["sp", "hira"])), wareki(k.birth, "short"), k.address, round(r.uniform(88, 102), 1),
            round(r.uniform(11, 17), 1), (f := r.choice(findings)), "要精密" if "精密" in f else "済"]
           for i, k in enumerate(kids)])])))  # fmt: skip
    apps = [c.person("infant") for _ in range(30)]
    care = [
        "",
        "",
        "",
        "医療的ケア（経管栄養）",
        "",
        "食物アレルギー（除去食）",
        "",
        "発達障害（加配希望）",
        "",
        "てんかん（服薬中）",
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "health"], DocSpec(title="保育所 利用調整 調書"),
        "a two-page canvas table with 医療的ケア and 障害 about named children",
        canvas_pdf("保育所等 利用調整 調書（8月入所分）",
                   [("No", 15), ("児童氏名", 25), ("生年月日", 62), ("希望施設", 90), ("指数", 130), ("配慮事項", 145)],
                   [[str(i + 1), k.name(), wareki(k.birth, "short"), r.choice(NURSERIES), str(r.randint(50, 150)),
                     r.choice(care)] for i, k in enumerate(apps)],
                   per_page=18, header="取扱注意　子育て支援課", footer="利用調整会議資料")))  # fmt: skip
    p = c.person("adult", male=False)
    owed = r.randint(8, 40) * 10000 + r.choice([0, 5000])
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        paragraphs=[f"{c.name}子発第{r.randint(100, 999)}号", "令和6年6月20日", p.address, f"{p.name('fw')}　様",
                    f"{c.name}長", "児童扶養手当 返還金の納付について（督促）",
                    f"児童扶養手当の過払いにより生じた返還金（{owed:,}円）について、納期限（令和6年3月31日）を過ぎても"
                    "納付が確認できません。",
                    "つきましては、令和6年7月19日までに同封の納付書により納付してください。分割納付をご希望の場合はご相談ください。",
                    "本状と行き違いで納付済みの場合はご容赦ください。"], footer="子育て支援課 手当係")))  # fmt: skip
    bulk = c.many(130)
    docs.append(Doc(F, "csv", 3, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec(
        name="受給者", rows=[["受給者番号", "氏名", "フリガナ", "住所", "電話番号", "児童数"]]
        + [[f"{10000 + i}", q.name(), kata(q.kana), q.address, q.phone, r.randint(1, 3)] for i, q in enumerate(bulk)])]),
        "bulk: 130 recipients with names and addresses"))  # fmt: skip
    m = c.person("adult", male=False)
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "health", "my_number"], DocSpec(
        title="妊娠届出時 面談記録票",
        paragraphs=[f"面談日：{wareki(TODAY - dt.timedelta(days=20))}　面談者：保健師",
                    f"妊婦氏名：{m.name('fw')}（{wareki(m.birth, 'abbr')}生）",
                    "妊娠週数：11週　初産",
                    "既往歴：うつ病（平成30年から森の木心療内科に通院、現在服薬中）。",
                    "支援方針：特定妊婦として要対協へ情報提供を検討。産後ケア事業の案内。"],
        textboxes=[f"個人番号　{spaced(good_number(r))}"])))  # fmt: skip
    return docs


# --- 家庭児童相談・要対協 ---------------------------------------------------------------------------
def soudan(c: City) -> list[Doc]:
    r = c.rng
    F = "soudan"
    docs: list[Doc] = []
    # L1
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title=f"{c.name}要保護児童対策地域協議会 代表者会議 会議録",
        paragraphs=["日時：令和6年5月28日（火）14:00～15:30　場所：市役所本館 第3会議室",
                    "出席：児童相談所、警察署、医師会、民生委員児童委員協議会、教育委員会、保健所、子育て支援課",
                    "1 令和5年度の取組状況：登録ケース数 312件（虐待 201件、要支援 84件、特定妊婦 27件）。",
                    "2 意見交換：ネグレクトケースで通院が途絶えるものが多いとの指摘があった。医療機関との情報共有の在り方を検討する。",
                    "3 その他：個別ケースの検討は実務者会議で行う。"], footer="事務局 子育て支援課")))  # fmt: skip
    kinds = [
        "身体的虐待",
        "心理的虐待",
        "ネグレクト",
        "性的虐待",
        "養護相談",
        "不登校",
        "非行",
        "障害相談",
        "育成相談",
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="件数", title="家庭児童相談室 相談受付件数（令和5年度）",
        rows=[["相談種別", "0～2歳", "3～5歳", "小学生", "中学生", "高校生等", "計"]]
        + [[k, *(n := [r.randint(0, 40) for _ in range(5)]), sum(n)] for k in kinds])])))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="11月は「オレンジリボン・児童虐待防止推進月間」です",
        paragraphs=["子どもの泣き声が続いている、けがや通院の様子が不自然――気になったらためらわず連絡してください。",
                    "児童相談所虐待対応ダイヤル 189（いちはやく）。通告者の秘密は守られます。",
                    f"{c.name}家庭児童相談室　{c.area}-{'231' if len(c.area) == 3 else '23'}-1180（平日8:30～17:15）",
                    "相談は匿名でも受け付けます。"])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="新任職員研修 事例検討資料（架空事例）",
        paragraphs=["※本事例は研修用に作成した架空のものであり、実在の人物・家庭とは関係ありません。",
                    "A子（5歳）は母と二人暮らし。保育所から「最近おむつが汚れたまま登園する」と連絡があった。",
                    "母（20代）は夜間のパート就労。祖母（母方）は市外在住で疎遠。",
                    "検討課題：①保育所との役割分担 ②母の就労支援 ③受診状況の確認方法"]),
        "an invented case for training, nobody identifiable: 1"))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="家庭児童相談 受付票（様式第1号）",
        tables=[[["受付日", "年　月　日", "受付者", ""], ["相談者氏名", "", "続柄", ""], ["住所", "", "", ""],
                 ["電話", "", "", ""], ["児童氏名", "", "生年月日", "　年　月　日"], ["相談内容", "", "", ""],
                 ["対応", "", "", ""]]]),
        "a blank form", docx_merge(0, [(2, 1, 2, 3), (3, 1, 3, 3), (5, 1, 5, 3), (6, 1, 6, 3)])))  # fmt: skip
    agencies = [
        "児童相談所",
        "警察署 生活安全課",
        "市医師会",
        "民生委員児童委員協議会",
        "教育委員会 学校教育課",
        "保健所 健康増進課",
        "子育て支援課",
    ]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="構成機関", title="要保護児童対策地域協議会 構成機関・担当者一覧",
        rows=[["機関名", "担当者", "職名", "電話", "内線"]]
        + [[a, c.person("adult").name(), r.choice(["係長", "主査", "課長補佐", "主任"]),
            f"{c.area}-{'22' if len(c.area) == 4 else '222'}-{r.randint(1000, 9999)}", str(r.randint(200, 699))]
           for a in agencies])]), "staff named in role with their agency's phone: 1"))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[SheetSpec(
        name="進行管理", rows=[["ケース番号", "年齢", "区分", "主担当機関", "前回", "今回方針"]]
        + [[f"R5-{r.randint(1, 300):03d}", f"{r.randint(0, 17)}歳", r.choice([*kinds[:4], "特定妊婦"]),
            r.choice(agencies), r.choice(["継続", "見守り", "終結"]), r.choice(["継続", "終結", "ランク変更"])]
           for _ in range(25)])]), "case numbers and ages only, no family identified: 1"))  # fmt: skip
    # L2
    p, kids = c.family(1)
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(
        title="相談記録（電話）",
        paragraphs=[f"R6.6.{r.randint(3, 27)}　相談者：{p.name('tight')}さん（母）　{p.phone}",
                    f"長男 {kids[0].given}くん（小4）が5月の連休明けから登校をしぶるようになった。朝になると泣き、"
                    "母が付き添って登校している。学校の担任とは話ができている。",
                    "家では特に変わった様子はなく、夕方は友だちと遊んでいる。母としてどう声をかけたらよいか知りたいとのこと。",
                    "→ 教育相談室の案内。2週間後に様子伺いの電話をすることで了承を得た。"])))  # fmt: skip
    visits = [c.family(1)[0] for _ in range(11)]
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="7月", title="家庭訪問予定表（7月）", first_row=4,
        rows=[["訪問日", "世帯主", "住所", "目的", "担当"]]
        + [[dt.date(2024, 7, r.randint(1, 31)), v.name(), v.address, r.choice(["定期訪問", "様子伺い", "書類受取"]),
            r.choice(["相談員A", "相談員B", "保健師"])] for v in visits])])))  # fmt: skip
    foster = [c.person("adult") for _ in range(9)]
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone", "birth_date"], DocSpec(sheets=[SheetSpec(
        name="登録者", title="養育里親 登録者名簿（市内分）",
        rows=[["登録番号", "氏名", "生年月日", "住所", "電話", "種別", "登録年月日"]]
        + [[f"里-{r.randint(10, 99)}", f.name(), wareki(f.birth, "slash"), f.address, f.phone,
            r.choice(["養育里親", "専門里親", "養子縁組里親"]), wareki(dt.date(r.randint(2010, 2023), 4, 1), "short")]
           for f in foster])])))  # fmt: skip
    p, kids = c.family(2)
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "phone"], DocSpec(
        title="子育て短期支援事業（ショートステイ）利用連絡票",
        tables=[[["保護者氏名", p.name("fw")], ["連絡先", p.phone],
                 ["利用児童1", f"{kids[0].name('sp')}（{wareki(kids[0].birth)}生）"],
                 ["利用児童2", f"{kids[1].name('hira')}（{wareki(kids[1].birth)}生）"],
                 ["利用期間", "令和6年7月15日～7月17日"], ["理由", "保護者の出張"], ["利用施設", "児童養護施設 若葉学園"]]])))  # fmt: skip
    p, kids = c.family(2)
    c.person("old", male=False, sur=p.sur, address=p.address)
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        title="要保護児童対策地域協議会 実務者会議 記録（要支援ケース）",
        paragraphs=[f"ケース：{p.sur}家（{p.address}）",
                    f"構成：母、長男（{wareki(kids[0].birth, 'short')}生）、長女、祖母（同居）",
                    "経過：母は4月から就労を再開。長男の保育所への送迎は祖母が担っている。長女は朝食をとらずに登校することがある。",
                    "方針：見守り継続。学校と保育所で欠席が3日続いた場合は子育て支援課へ連絡。次回9月に進行管理。"]),
        "family named by surname and home address, members by relation; no health or arrears: 2"))  # fmt: skip
    k = c.person("child")
    docs.append(Doc(F, "txt-cp932", 2, ["name", "birth_date", "address"], DocSpec(
        paragraphs=["件名：【連絡】夜間徘徊児童の保護について", "子育て支援課 家庭児童相談室 御中",
                    "○○警察署生活安全課です。昨夜保護した児童について情報提供します。",
                    f"氏名　{k.name('fw')}　{wareki(k.birth)}生", f"住所　{k.address}",
                    "6月14日23時ごろ駅前で保護し、同日0時30分に母へ引渡し。本人は「家に帰りたくなかった」と話している。",
                    "継続的な見守りをお願いします。"])))  # fmt: skip
    # L3
    k = c.person("child")
    p = c.person("adult", male=False, sur=k.sur, address=k.address)
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "address", "health"], DocSpec(
        title="家庭児童相談 ケース記録",
        paragraphs=[f"対象児童：{k.name('sp')}（{wareki(k.birth, 'short')}生）　住所：{k.address}",
                    "【主訴】学校での離席・他児への手が出る行動について母から相談。",
                    "6月3日、母と面接。本児は昨年度末に小児科からの紹介で こども医療センター 発達外来を受診し、"
                    "注意欠如・多動症（ADHD）と診断されている。現在月1回通院し、服薬を開始したところとのこと。",
                    "母によると、服薬開始後は朝の支度が少しスムーズになったが、夕方以降の癇癪は続いている。"
                    "父は単身赴任中で、母は一人で対応することに疲れを感じている。",
                    "学校（担任・特別支援コーディネーター）とは6月10日にケース会議を予定。本児の特性について共有し、"
                    "通級指導教室の利用について教育委員会と調整する。",
                    f"記録者：相談員　　保護者：{p.name('tight')}"])))  # fmt: skip
    k = c.person("child", male=False)
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "health"], DocSpec(
        header=f"ケース記録　{k.name('fw')}（{wareki(k.birth, 'short')}生）　No.{r.randint(100, 999)}",
        paragraphs=["5月20日　本児、母と来所。母によると、4月から朝起きられない日が増え、頭痛と腹痛を訴えて登校できない。",
                    "小児科を受診したところ起立性調節障害と診断され、朝に昇圧剤を服用している。",
                    "6月4日　学校訪問。担任によると、午後から登校できる日が週2日ほどある。保健室登校も選択肢として提示。",
                    "6月18日　母から電話。通院先で心理検査を受けることになったとのこと。結果が出たら共有してもらう。",
                    "方針：登校の形にこだわらず、本児の体調を優先。次回面接は7月上旬。"], footer="取扱注意"),
        "the child is named only in the page header"))  # fmt: skip
    p, kids = c.family(2)
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="要保護児童対策地域協議会 個別ケース検討会議 記録",
        paragraphs=[f"日時：令和6年6月25日　出席：児童相談所、{r.choice(SCHOOLS)}小学校、保健師、子育て支援課",
                    f"世帯：{p.name('sp')}（母・{TODAY.year - p.birth.year}歳）、長男（小3）、二男（4歳）　{p.address}",
                    "母は昨年秋からうつ病で精神科に通院中。服薬は不規則で、日中臥床していることが多い。",
                    "長男は給食以外の食事が十分でない様子。二男は保育所を欠席しがち。祖母（母方）は市外在住で支援は限定的。",
                    "方針：ヘルパー派遣（育児支援家庭訪問事業）を提案。母の主治医と保健師が連絡を取り、通院の継続を支える。"])))  # fmt: skip
    p = c.person("adult")
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        paragraphs=[f"{p.name('sp')} 様 世帯", f"住所：{p.address}",
                    "生活状況の聴き取り（6月12日 家庭訪問）",
                    "保育料を昨年10月分から滞納しており、現在の未納額は約18万円。学校給食費も2か月分未納と学校から連絡がある。",
                    "世帯主は5月に失職し、ハローワークで求職中。子ども2人は元気に通園・通学している。",
                    "生活福祉課の相談窓口と、保育料の分納相談を案内した。"],
        properties={"title": f"{p.name('tight')}様 聴き取り"}),
        "the subject is named once by honorific at the top"))  # fmt: skip
    k = c.person("child")
    lines = [
        f"児童：{k.name('sp')}　{wareki(k.birth)}生　住所：{k.address}",
        "経過：7月2日、保育所から右頬と上腕のあざについて通告。同日午後、市民病院小児科を受診。",
        "医師所見：上腕に新旧混在の皮下出血、頭部CTで異常なし。全治1週間の打撲と診断。",
        "児童相談所と協議のうえ同日一時保護。母には児相から説明。",
        "7月5日　児童相談所にて面接。本児は落ち着いて過ごしている。食事も摂れている。",
        "7月9日　母と面接。夜間に本児が泣きやまず手を上げたことを認める。",
        "7月16日　援助方針会議。在宅支援に向けた条件を整理（通院継続・保育所毎日登園・週1回の家庭訪問）。",
        "7月18日　保育所長と協議。登園時の視診（顔・腕・足）を毎日行い、記録を子育て支援課へ週1回送付。",
        "7月22日　保健師同行で家庭訪問。室内の安全確認。母は睡眠不足を訴え、産後からの不眠で内科を受診したという。",
        "7月25日　母が心療内科を初診。抑うつ状態との診断で、服薬開始。",
        "7月29日　児童相談所の児童福祉司と同行訪問。父（単身赴任）とも電話で面談し、週末の帰宅を約束。",
        "8月1日　一時保護解除に向けたケース会議。条件が整ったことを確認。",
        "8月5日　一時保護解除、在宅での支援開始。保育所へ毎日登園。",
        "8月19日　定期訪問。児童にあざ等なし。母の通院は継続している。",
        "9月2日　要対協実務者会議で進行管理。見守りランクをBとする。",
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address", "health"], DocSpec(title="一時保護経過記録"),
        "two canvas pages: the child is named on page 1 only",
        canvas_pdf("一時保護 経過記録", [("記録", 15)], [[ln] for ln in lines], per_page=8,
                   header="部外秘　子育て支援課・児童相談所")))  # fmt: skip
    cases = [c.family(1) for _ in range(10)]
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "health"], DocSpec(sheets=[
        SheetSpec(name="一覧", rows=[["No", "世帯", "住所", "ランク"]]
                  + [[i + 1, p.name(), p.address, r.choice("ABC")] for i, (p, _) in enumerate(cases)],
                  title="継続ケース一覧"),
        SheetSpec(name="医療", state="hidden", rows=[["No", "世帯", "対象", "病名・障害", "医療機関"]]
                  + [[i + 1, p.name(), kids[0].name("hira"),
                      r.choice(["自閉スペクトラム症", "喘息", "母：統合失調症", "知的障害（療育手帳B）", "母：アルコール依存症"]),
                      r.choice(HOSPITALS)] for i, (p, kids) in enumerate(cases)])]),
        "diagnoses on a hidden sheet"))  # fmt: skip
    p, kids = c.family(1)
    docs.append(Doc(F, "txt", 3, ["name", "phone", "health"], DocSpec(
        paragraphs=[f"■ {p.name('fw')}さん 相談メモ（{p.phone}）",
                    f"長男 {kids[0].given}（年長）は療育手帳B2を所持。児童発達支援センターに週3回通所。",
                    "母自身も持病の糖尿病で月1回通院しており、通所の送迎が負担になっている。",
                    "移動支援・送迎ありの事業所について障害福祉課と調整予定。"])))  # fmt: skip
    return docs


# --- 生活福祉課 -------------------------------------------------------------------------------------
def hogo(c: City) -> list[Doc]:
    r = c.rng
    F = "hogo"
    docs: list[Doc] = []
    towns = [t.rstrip("*") for t in c.towns]
    # L1
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="推移", title=f"{c.name} 被保護世帯数・人員・保護率の推移",
        rows=[["年度", "被保護世帯", "被保護人員", "保護率(‰)", "高齢者世帯", "母子世帯", "障害者世帯", "傷病者世帯"]]
        + [[f"令和{y}年度", (h := r.randint(3800, 4400)), int(h * 1.3), round(r.uniform(18, 22), 2),
            int(h * .55), int(h * .05), int(h * .12), int(h * .13)] for y in range(1, 6)])])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="生活保護のしおり",
        paragraphs=["生活保護は、病気やけが、失業などで生活に困っている方に、最低限度の生活を保障し、自立を助ける制度です。",
                    "医療扶助：病院に通院・入院する場合は、福祉事務所が発行する医療券を使います。",
                    "扶養照会：親族に援助が可能かを照会することがあります。",
                    "返還金：収入の申告漏れがあった場合、保護費を返還していただきます（生活保護法第63条・第78条）。"
                    "返還金を滞納すると、保護費から調整させていただくことがあります。",
                    f"相談窓口：{c.name}役所 生活福祉課（本館1階）"])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        paragraphs=["〇〇 〇〇 様", f"{c.name}福祉事務所長", "扶養義務者の扶養届について（照会）",
                    "あなたの親族である〇〇 〇〇 様から生活保護の申請がありました。",
                    "つきましては、同封の扶養届に扶養（金銭的援助・精神的支援）の可否をご記入のうえ、"
                    "令和　年　月　日までにご返送ください。",
                    "※照会内容は保護の決定以外の目的には使用しません。"], footer="様式第12号"),
        "a blank letter template with placeholders"))  # fmt: skip
    rows = [[h, c.person("adult").name(), c.address(), f"{c.area}-{r.randint(20, 98) if len(c.area) == 4 else r.randint(200, 989)}-{r.randint(1000, 9999)}",
             wareki(dt.date(r.randint(1975, 2015), r.choice([4, 10]), 1), "short")]
            for h in [*HOSPITALS, "さくら歯科医院", "あおば薬局", "整骨院ひだまり"]]  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="生活保護法 指定医療機関 一覧", paragraphs=["令和6年4月1日現在"],
        tables=[[["医療機関名", "管理者", "所在地", "電話", "指定日"], *rows]]),
        "managers named in role with their facility's address and phone; 指定日 is no birth date: 1"))  # fmt: skip
    cw = [c.person("adult") for _ in range(8)]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="担当", title="令和6年度 地区担当ケースワーカー一覧",
        rows=[["地区", "担当", "内線", "担当世帯数", "査察指導員"]]
        + [[towns[i % len(towns)] + ("（北）" if i >= len(towns) else ""), w.name(), str(3100 + i), r.randint(70, 95),
            "係長"] for i, w in enumerate(cw)])]), "staff extension list: 1"))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[SheetSpec(
        name="返還金", rows=[["年度", "63条調定額", "78条調定額", "収納額", "滞納繰越額", "収納率"]]
        + [[f"R{y}", r.randint(30, 60) * 1000000, r.randint(10, 30) * 1000000, r.randint(20, 50) * 1000000,
            r.randint(80, 120) * 1000000, f"{r.uniform(20, 40):.1f}%"] for y in range(1, 6)])])))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="令和5年度 生活保護法施行事務監査 結果（指摘事項）",
        paragraphs=["1 訪問計画に基づく訪問が実施されていないケースが見受けられる。格付けを見直し、計画的に訪問すること。",
                    "2 医療扶助の長期外来（通院6か月超）ケースについて、主治医訪問等による病状把握が不十分である。",
                    "3 78条徴収金の滞納者への納付指導が不十分である。",
                    "4 扶養照会の省略理由をケース記録に明記すること。"], footer="県健康福祉部 地域福祉課")))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="保護申請書 記入例"),
        "記入例 with invented names; the spaced 12-digit sample fails the check digit: 1",
        canvas_pdf("保護申請書（記入例）", [("項目", 15), ("記入内容", 60)],
                   [["申請者氏名", "市役所　花子"], ["生年月日", "昭和50年1月1日"], ["住所", f"{c.name}〇〇町1-2-3"],
                    ["電話", "000-0000-0000"], ["個人番号", "1 2 3 4   5 6 7 8   9 0 1 2"], ["申請理由", "失業により収入が途絶えたため"]],
                   header="記入例", lead=["※氏名等は架空のものです。"])))  # fmt: skip
    # L2
    plan = [c.person(r.choice(["adult", "old"])) for _ in range(18)]
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="訪問計画", title="令和6年度 第2四半期 訪問計画", first_row=3,
        rows=[["ケース番号", "世帯主", "住所", "世帯類型", "格付", "7月", "8月", "9月"]]
        + [[f"{r.randint(1000, 9999)}", p.name(), p.address, r.choice(["高齢", "母子", "その他"]), g := r.choice("ABC"),
            "○", "○" if g == "A" else "", "○" if g != "C" else ""] for p in plan])]),
        "a welfare visit plan with names and addresses is 2"))  # fmt: skip
    son = c.person("adult", male=True)
    mom = c.person("old", male=False, sur=son.sur)
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        paragraphs=[son.address, f"{son.name('fw')}　様", f"{c.name}福祉事務所長", "扶養についての照会",
                    f"あなたの母 {mom.name('sp')} 様（{mom.address}）から生活保護の申請があり、審査をしております。",
                    "生活保護法第4条により、扶養義務者の扶養は保護に優先して行われることとされています。",
                    "同封の扶養届に、援助の可否・方法をご記入のうえ、7月31日までにご返送ください。"],
        footer=f"担当：生活福祉課 保護第2係　{c.area}-{'231' if len(c.area) == 3 else '23'}-1250"),
        "a 扶養照会 letter: names and home addresses, welfare status alone: 2"))  # fmt: skip
    p = c.person("adult")
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(
        title="保護決定通知書",
        paragraphs=[p.address, f"{p.name()} 様", f"令和6年6月{r.randint(10, 28)}日付で申請のあった生活保護について、下記のとおり決定しました。",
                    "保護の種類：生活扶助・住宅扶助", "開始年月日：令和6年6月10日", f"保護費月額：{r.randint(90, 140) * 1000:,}円",
                    "この決定に不服がある場合は、3か月以内に県知事に審査請求をすることができます。"])))  # fmt: skip
    pairs = [(c.person("old"), c.person("adult")) for _ in range(10)]
    docs.append(Doc(F, "csv-cp932", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="代理納付", rows=[["被保護者", "物件所在地", "家主氏名", "家主住所", "家賃", "共益費"]]
        + [[a.name(), a.address, b.name(), b.address, r.randint(28, 45) * 1000, r.choice([0, 2000, 3000])] for a, b in pairs])]),
        "landlords are private persons with their home addresses; rent is no arrears: 2"))  # fmt: skip
    job = [c.person("adult") for _ in range(12)]
    docs.append(Doc(F, "ods", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[SheetSpec(
        name="就労支援", title="被保護者就労支援事業 対象者一覧",
        rows=[["氏名", "生年月日", "連絡先", "希望職種", "支援員"]]
        + [[j.name(r.choice(["sp", "fw"])), wareki(j.birth, "short"), j.phone, r.choice(["介護", "清掃", "製造", "事務"]),
            r.choice(["支援員1", "支援員2"])] for j in job])])))  # fmt: skip
    p = c.person("adult")
    docs.append(Doc(F, "txt-cp932", 2, ["name", "phone", "address"], DocSpec(
        paragraphs=["【電話記録】生活福祉課 面接相談係", f"日時：R6.7.{r.randint(1, 9)} 9:15",
                    f"相談者：{p.name('tight')}（{c.name}{c.town()}在住）TEL {p.phone}",
                    f"住所：{p.address}",
                    "内容：勤務先の閉鎖で6月末に失職。貯金が残り少なく、家賃の支払いが不安。生活保護の申請について聞きたい。",
                    "対応：来所面接を7月5日10時に予約。預金通帳、賃貸借契約書、離職票を持参するよう伝えた。"])))  # fmt: skip
    cash = [c.person(r.choice(["adult", "old"])) for _ in range(15)]
    docs.append(Doc(F, "xls", 2, ["name", "birth_date"], DocSpec(sheets=[SheetSpec(
        name="窓口払", title="保護費 窓口払 受領簿（7月分）",
        rows=[["ケース番号", "氏名", "生年月日", "支給額", "受領印", "備考"]]
        + [[f"{r.randint(1000, 9999)}", q.name(), wareki(q.birth, "kanji"), r.randint(30, 120) * 1000, "", ""] for q in cash])])))  # fmt: skip
    # L3
    p = c.person("adult", male=True)
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="ケース記録（経過記録）",
        paragraphs=[f"{p.name('fw')} 様（{p.address}）",
                    "R6.5.14 定期訪問。本人在宅。室内は片付いているが、足のむくみを訴える。",
                    "2型糖尿病による腎機能低下で、市民病院腎臓内科に週1回通院中。主治医からは年内に人工透析導入の可能性が"
                    "あると説明を受けている。",
                    "R6.6.3 主治医面談（医療扶助の要否確認）。就労は困難との意見。通院移送費（タクシー）の必要性について"
                    "次回意見書で確認する。",
                    "R6.6.20 本人来所。医療券の再発行。食事療法について保健師の訪問を希望。",
                    "方針：稼働能力活用は当面求めない。医療扶助継続、2か月に1回訪問。"], footer="生活福祉課 保護第1係")))  # fmt: skip
    med = [c.person(r.choice(["adult", "old"])) for _ in range(14)]
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[SheetSpec(
        name="要否意見書", title="医療要否意見書 審査一覧（令和6年6月）",
        rows=[["ケース番号", "氏名", "生年月日", "医療機関", "傷病名", "入外", "要否", "期間"]]
        + [[f"{r.randint(1000, 9999)}", m.name(), wareki(m.birth, "short"), r.choice(HOSPITALS),
            r.choice(["高血圧症", "統合失調症", "2型糖尿病", "腰部脊柱管狭窄症", "慢性閉塞性肺疾患", "うつ病", "C型肝炎"]),
            r.choice(["外来", "入院"]), "要", f"{r.randint(1, 6)}か月"] for m in med])])))  # fmt: skip
    rows3: list[list[Cell]] = [["債権番号", "債務者", "住所", "根拠", "調定額", "納付済", "滞納額", "督促日"]]
    blocks = []
    rown = 3
    for i in range(7):
        d = c.person("adult")
        first = rown
        for j in range(r.randint(1, 3)):
            rows3.append([f"78-{i + 10}-{j + 1}", d.name(), d.address, r.choice(["63条", "78条"]),
                          (a := r.randint(5, 60) * 10000), (b := r.randint(0, a // 20000) * 10000), a - b,
                          f"R6.{r.randint(4, 6)}.{r.randint(1, 28)}"])  # fmt: skip
            rown += 1
        blocks.append((first, rown - 1))
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[SheetSpec(
        name="滞納", title="返還金・徴収金 滞納者一覧（令和6年6月末）", rows=rows3)]),
        "debtor name and address merged over each debt's rows",
        xlsx_edit(lambda wb: merge_columns(wb, "滞納", (2, 3), blocks))))  # fmt: skip
    d = c.person("adult")
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears", "phone"], DocSpec(
        title="分割納付誓約書",
        paragraphs=[f"{c.name}福祉事務所長 様",
                    f"私は、生活保護法第78条に基づく徴収金 金{r.randint(20, 90) * 10000:,}円 のうち未納となっている金額について、"
                    "下記のとおり分割して納付することを誓約します。",
                    "毎月 10,000円　令和6年7月から完納まで（毎月末日）",
                    "なお、納付を怠った場合は、残額を一括して納付します。", "令和6年6月28日"],
        tables=[[["住所", d.address], ["氏名", d.name("fw") + "　㊞"], ["電話", d.phone]]])))  # fmt: skip
    mn = [c.person(r.choice(["adult", "old"])) for _ in range(9)]
    docs.append(Doc(F, "csv", 3, ["name", "birth_date", "my_number"], DocSpec(sheets=[SheetSpec(
        name="連携", rows=[["ケース番号", "氏名", "生年月日", "個人番号", "照会先", "結果"]]
        + [[f"{r.randint(1000, 9999)}", q.name(), q.birth.strftime("%Y%m%d"), good_number(r), r.choice(["年金機構", "他市町村"]),
            r.choice(["正常", "該当なし", "エラー"])] for q in mn])]),
        "My Numbers for 情報連携 queries"))  # fmt: skip
    psy = [c.person("adult") for _ in range(20)]
    docs.append(Doc(F, "pdf", 3, ["name", "address", "health"], DocSpec(title="訪問記録"),
        "精神科通院 cases over two canvas pages",
        canvas_pdf("精神科通院ケース 訪問状況", [("氏名", 15), ("住所", 45), ("病名", 120), ("通院先", 160)],
                   [[q.name(), q.address, r.choice(["統合失調症", "双極性障害", "うつ病", "アルコール依存症"]), r.choice(["森の木心療内科", "市民病院", "県立総合病院"])]
                    for q in psy], per_page=12, header="生活福祉課 精神保健担当", landscape=True)))  # fmt: skip
    big = c.many(120)
    pad: list[Cell] = [None] * 27
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec(
        name="名簿", rows=[[*pad, "世帯主", "生年月日", "住所", "扶助"]]
        + [[*pad, q.name(), q.birth, q.address, r.choice(["生活・住宅", "生活・住宅・医療", "生活"])] for q in big],
        number_formats={28: "ggge年m月d日"})]),
        "bulk: 120 heads of household, written from column AB"))  # fmt: skip
    return docs


# --- 教育委員会 ---------------------------------------------------------------------------------------
def kyoiku(c: City) -> list[Doc]:
    r = c.rng
    F = "kyoiku"
    docs: list[Doc] = []
    schools = [f"{c.name}立{s}小学校" for s in SCHOOLS[:8]] + [f"{c.name}立{s}中学校" for s in SCHOOLS[8:]]
    # L1
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="学校一覧", title="市立小・中学校一覧（令和6年5月1日）",
        rows=[["学校名", "校長", "所在地", "電話", "FAX", "児童生徒数"]]
        + [[s, c.person("adult").name(), c.address(),
            (ph := f"{c.area}-{r.randint(20, 98) if len(c.area) == 4 else r.randint(200, 989)}-{r.randint(1000, 9999)}"),
            ph[:-1] + str((int(ph[-1]) + 1) % 10), r.randint(120, 780)] for s in schools])]),
        "principals named in role with their school's address and phone: 1"))  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="児童数", first_row=4, title="学校別・学年別 児童生徒数",
        rows=[["学校名", "1年", "", "2年", "", "3年", "", "計"], ["", "男", "女", "男", "女", "男", "女", ""]]
        + [[s.replace(f"{c.name}立", ""), *(n := [r.randint(10, 60) for _ in range(6)]), sum(n)] for s in schools])]),
        "", merge_blocks("児童数", 1, [(4, 5)], ["B4:C4", "D4:E4", "F4:G4", "H4:H5"])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="就学援助制度のお知らせ",
        paragraphs=["経済的な理由で就学が困難な児童生徒の保護者に、学用品費・給食費・修学旅行費などを援助します。",
                    "対象：生活保護を受けている世帯、市民税が非課税の世帯、児童扶養手当を受けている世帯など。",
                    "学校給食費に未納・滞納がある場合でも申請できます（援助費を給食費に充てることがあります）。",
                    "申請書は学校または教育委員会 学務課にあります。"])))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="就学援助費 申請書（記入例）",
        tables=[[["保護者氏名", "教育　一郎"], ["住所", f"{c.name}□□町9丁目9番9号"], ["電話", "000-000-0000"],
                 ["児童氏名", "教育　さくら（3年1組）"], ["申請理由", "児童扶養手当受給"]]],
        footnotes=["記入例の氏名・住所は架空です。"]), "記入例 with invented names: 1"))  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        title=f"{c.name}教育支援委員会 委員名簿",
        tables=[[["区分", "氏名", "所属"]] + [[k, c.person("adult").name(), a] for k, a in
                 [("医師", "こども医療センター 小児科"), ("医師", "市民病院 精神科"), ("学識経験者", "県立大学 教育学部"),
                  ("教育職員", "市立第一小学校長"), ("教育職員", "県立特別支援学校 教頭"), ("児童福祉", "子育て支援課長")]]],
        paragraphs=["任期：令和6年4月1日から令和8年3月31日まで", "所掌：障害のある児童生徒の就学先についての調査・審議"]),
        "committee members named in role: 1"))  # fmt: skip
    kinds = ["知的障害", "自閉症・情緒障害", "肢体不自由", "弱視", "難聴", "言語障害"]
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec(
        name="設置", rows=[["学校名", *kinds, "通級"]]
        + [[s.replace(f"{c.name}立", ""), *[r.randint(0, 2) for _ in kinds], r.choice(["有", "無"])] for s in schools])])))  # fmt: skip
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="学校給食費の公会計化について",
        paragraphs=["令和7年度から給食費を市の歳入として管理します", "未納・滞納への対応は教育委員会が一元的に行います",
                    "令和5年度 未納率：0.8%（小学校 0.6%、中学校 1.1%）", "就学援助・児童手当からの充当を拡大"],
        notes=["説明時：個別の滞納者には触れない。件数のみ。"])))  # fmt: skip
    docs.append(Doc(F, "ods", 1, [], DocSpec(sheets=[SheetSpec(
        name="クラブ", title="放課後児童クラブ一覧",
        rows=[["クラブ名", "運営", "代表者", "電話", "定員"]]
        + [[f"{s}っ子クラブ", "運営委員会", c.person("adult").name(),
            f"{c.area}-{r.randint(20, 98) if len(c.area) == 4 else r.randint(200, 989)}-{r.randint(1000, 9999)}",
            r.choice([40, 60, 80])] for s in SCHOOLS[:8]])]), "club representatives in role with the club's phone: 1"))  # fmt: skip
    # L2
    fams = [c.family(r.randint(1, 2)) for _ in range(20)]
    rows: list[list[Cell]] = [["学校", "学年", "児童生徒氏名", "保護者氏名", "住所", "認定区分", "認定理由"]]
    for p, kids in fams:
        for k in kids:
            rows.append([r.choice(schools).replace(f"{c.name}立", ""), f"{r.randint(1, 6)}年", k.name(r.choice(["sp", "hira"])),
                         p.name(), p.address, r.choice(["要保護", "準要保護"]), r.choice(["市民税非課税", "児童扶養手当", "生活保護"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="認定者", title="令和6年度 就学援助 認定者一覧", rows=rows)]),
        "welfare status does not raise a named list with addresses above 2"))  # fmt: skip
    p, (k,) = c.family(1)
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        paragraphs=[p.address, f"{p.name('sp')}　殿", f"{c.name}教育委員会", "就学援助費 認定通知書",
                    f"令和6年度の就学援助について、児童 {k.name('hira')} さんを準要保護者として認定しましたので通知します。",
                    "支給対象：学用品費、校外活動費、学校給食費、修学旅行費", "支給方法：学期ごとに指定口座へ振込"],
        footer="学務課 就学援助係")))  # fmt: skip
    k = c.person("child")
    docs.append(Doc(F, "txt", 2, ["name", "birth_date", "address"], DocSpec(
        paragraphs=["転入学通知書（写）", f"児童氏名：{k.name('fw')}　生年月日：{k.birth.year}年{k.birth.month}月{k.birth.day}日",
                    f"新住所：{k.address}", "前在籍校：県外市立小学校", f"転入学校：{r.choice(schools)}",
                    "転入学年月日：令和6年7月1日"])))  # fmt: skip
    outs = [c.person("child") for _ in range(12)]
    docs.append(Doc(F, "xls", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="学区外", title="学区外就学 許可台帳",
        rows=[["許可番号", "児童生徒", "住所", "指定校", "就学校", "理由", "許可日"]]
        + [[f"外{r.randint(1, 90)}", o.name(), o.address, r.choice(schools)[len(c.name) + 1 :], r.choice(schools)[len(c.name) + 1 :],
            r.choice(["転居予定", "兄姉と同じ学校", "留守家庭"]), f"R6.{r.randint(3, 6)}.{r.randint(1, 28)}"] for o in outs])])))  # fmt: skip
    sch = [c.person("child") for _ in range(10)]
    docs.append(Doc(F, "pdf", 2, ["name", "address", "phone", "income"], DocSpec(
        title="奨学金 貸与申請者一覧（令和6年度）",
        tables=[[["受付", "申請者（生徒）", "住所", "電話", "世帯収入", "進学先"]]
                + [[str(i + 1), s.name(), s.address, s.phone, f"{r.randint(180, 450)}万円", r.choice(["県立高校", "私立高校", "高専"])]
                   for i, s in enumerate(sch)]]), "income does not raise the level: 2"))  # fmt: skip
    ent = [c.person("entrant") for _ in range(30)]
    docs.append(Doc(F, "csv", 2, ["name", "birth_date", "address"], DocSpec(sheets=[SheetSpec(
        name="就学時健診", rows=[["健診会場", "氏名", "ふりがな", "生年月日", "住所"]]
        + [[r.choice(schools)[len(c.name) + 1 :], e.name(), e.kana, e.birth.strftime("%Y/%m/%d"), e.address] for e in ent])]),
        "a list of children invited to the school entry checkup holds no result: 2"))  # fmt: skip
    p, (k,) = c.family(1)
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        title="スクールソーシャルワーカー 活動記録",
        paragraphs=[f"対象：{k.name('sp')}（{r.choice(schools)[len(c.name) + 1 :]} 5年）　保護者：{p.name('tight')}　{p.address}",
                    "6月7日 家庭訪問。母は夜勤のある仕事で、本児は夕方から一人で過ごすことが多い。",
                    "学習の遅れを担任が心配している。放課後児童クラブの利用を提案し、申込書を渡した。",
                    "6月21日 母と電話。クラブの利用が決まった。次回は夏休み前に学校で面談。"])))  # fmt: skip
    # L3
    k = c.person("child")
    p = c.person("adult", sur=k.sur, address=k.address)
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "health"], DocSpec(
        title="教育支援委員会 判定会議 記録（第2回）",
        paragraphs=["日時：令和6年7月9日　出席：委員6名、事務局", "事例3",
                    f"{k.name('sp')}さん（{wareki(k.birth, 'short')}生・年長）、保護者：母",
                    "医療機関の診断：自閉スペクトラム症（こども医療センター、令和4年）。WISC-Ⅴ FSIQ 62。",
                    "園での様子：集団での指示理解が難しく、加配保育士が個別に対応。偏食が強い。",
                    "保護者の意向：地元小学校の特別支援学級（自閉症・情緒障害）を希望。",
                    "判定：知的障害特別支援学級が適当。ただし保護者の意向を踏まえ、就学相談を継続する。"],
        footer=f"記録：学校教育課　保護者 {p.name('tight')}")))  # fmt: skip
    cons = [c.person("entrant") for _ in range(12)]
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[SheetSpec(
        name="就学相談", title="令和7年度就学予定 就学相談一覧",
        rows=[["No", "氏名", "生年月日", "在籍園", "診断名・障害", "医療機関", "手帳", "保護者意向"]]
        + [[i + 1, q.name(r.choice(["sp", "kata"])), wareki(q.birth, "short"), r.choice(NURSERIES),
            r.choice(["自閉スペクトラム症", "ダウン症候群", "脳性まひ", "難聴", "ADHD", "知的障害（軽度）"]), r.choice(HOSPITALS),
            r.choice(["療育B", "なし", "身体2級"]), r.choice(["通常学級", "支援学級", "支援学校"])] for i, q in enumerate(cons)])])))  # fmt: skip
    arr = [c.family(1)[0] for _ in range(13)]
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[SheetSpec(
        name="未納", title="学校給食費 滞納者一覧（督促対象）", header="取扱注意",
        rows=[["学校", "保護者", "住所", "電話", "滞納月数", "滞納額", "督促状発送"]]
        + [[r.choice(schools)[len(c.name) + 1 :], q.name(), q.address, q.phone, (m := r.randint(2, 10)), m * 4800,
            f"R6.6.{r.randint(1, 28)}"] for q in arr])])))  # fmt: skip
    p, (k,) = c.family(1)
    docs.append(Doc(F, "docx", 3, ["name", "address", "my_number"], DocSpec(
        title="就学援助費 受給申請書",
        paragraphs=["教育委員会 教育長 様", "次のとおり就学援助費の支給を申請します。", "令和6年4月10日"],
        tables=[[["保護者氏名", p.name("fw")], ["住所", p.address], ["児童", f"{k.name('sp')}（{r.choice(schools)[len(c.name) + 1 :]}）"],
                 ["申請理由", "市民税非課税"]]],
        textboxes=[f"保護者個人番号：{good_number(r)}"]), "the My Number is in a Word text box"))  # fmt: skip
    big = c.many(140, "child")
    docs.append(Doc(F, "csv-cp932", 3, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="認定", rows=[["学校", "学年", "児童生徒", "住所", "区分"]]
        + [[r.choice(schools)[len(c.name) + 1 :], r.randint(1, 6), q.name(), q.address, "準要保護"] for q in big])]),
        "bulk: 140 children with addresses"))  # fmt: skip
    ent = [c.person("entrant") for _ in range(32)]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "health"], DocSpec(title="就学時健康診断 結果"),
        "three canvas pages of checkup results",
        canvas_pdf("就学時健康診断 結果票（集計用）", [("No", 15), ("氏名", 25), ("生年月日", 65), ("視力", 95), ("聴力", 112), ("所見", 130)],
                   [[str(i + 1), e.name(), wareki(e.birth, "short"), r.choice(["A", "B", "C"]), r.choice(["異常なし", "要再検"]),
                     r.choice(["異常なし", "むし歯（要受診）", "心雑音（要精密）", "弱視の疑い", "異常なし", "言語発達の遅れ"])]
                    for i, e in enumerate(ent)], per_page=12, header=f"{r.choice(schools)}　養護教諭")))  # fmt: skip
    al = [c.person("child") for _ in range(10)]
    docs.append(Doc(F, "xlsx", 3, ["name", "phone", "health"], DocSpec(sheets=[SheetSpec(
        name="アレルギー", title="食物アレルギー・エピペン管理表", footer="保健室",
        rows=[["学年", "氏名", "原因食物", "症状歴", "エピペン", "主治医", "緊急連絡先"]]
        + [[f"{r.randint(1, 6)}年", a.name(), r.choice(["卵", "乳", "小麦", "えび・かに", "落花生"]), r.choice(["アナフィラキシー", "じんましん"]),
            r.choice(["有", "無"]), r.choice(HOSPITALS), a.phone] for a in al])])))  # fmt: skip
    return docs


# --- 番号 (My Numbers and look-alikes) -----------------------------------------------------------
def bango(c: City) -> list[Doc]:
    r = c.rng
    F = "bango"
    docs: list[Doc] = []
    # L1
    kids = [c.person("child") for _ in range(14)]
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        name="受付", title="児童手当 受付番号一覧（児童名のみ・集計用）",
        rows=[["受付番号", "児童名", "学年区分", "処理"]]
        + [[bad_number(r), k.name(), r.choice(["未就学", "小学生", "中学生"]), "済"] for k in kids])]),
        "names only; the 12-digit 受付番号 are all failing the check digit: 1"))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="園児番号"),
        "nursery roll numbers spaced 4-4-4 over two canvas pages, all failing the check digit, class names only: 1",
        canvas_pdf("保育所 園児番号 採番表（クラス別）", [("園", 15), ("クラス", 60), ("園児番号", 90), ("人数", 150)],
                   [[r.choice(NURSERIES), r.choice(["ひよこ", "うさぎ", "くま", "きりん"]), spaced(bad_number(r)), str(r.randint(6, 25))]
                    for _ in range(16)], per_page=10)))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="特定個人情報の取扱いに関する事務手順書（子育て支援課）",
        paragraphs=["1 個人番号を取得する際は、利用目的（児童手当・児童扶養手当の支給事務）を明示する。",
                    "2 個人番号が記載された書類は施錠できるキャビネットに保管し、保存期間経過後は速やかに廃棄する。",
                    "3 システムへの入力は2名で読み合わせを行う。番号は「1234 5678 9012」のように4桁ごとに区切って確認する。",
                    "4 漏えい等が発生した場合は、直ちに課長及び個人情報保護委員会へ報告する。"])))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="特定個人情報保護評価書（全項目評価）児童手当関係事務 概要",
        paragraphs=["評価実施機関：" + c.name + "長", "特定個人情報ファイル名：児童手当ファイル",
                    "対象人数：1万人以上10万人未満", "主な記録項目：識別情報（個人番号、宛名番号）、連絡先、所得、受給状況",
                    "リスク対策：アクセス権限の管理、操作ログの保存、年1回の自己点検"])))  # fmt: skip
    ops = [
        "社会福祉法人 若竹会",
        "社会福祉法人 すずらん福祉会",
        "学校法人 みなみ学園",
        "社会福祉法人 ひかり会",
        "株式会社 キッズスマイル",
        "特定非営利活動法人 あゆみ",
    ]
    docs.append(Doc(F, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec(
        name="設置者", title="保育施設 設置者一覧（法人番号付）",
        rows=[["施設", "設置者", "法人番号", "代表者", "所在地"]]
        + [[n, o, random_corporate_number(r), f"理事長 {c.person('adult').name()}", c.address()] for n, o in zip(NURSERIES, ops, strict=False)])]),
        "corporate numbers and representatives in role: 1"))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[SheetSpec(
        name="世帯", rows=[["世帯番号", "町名", "世帯人員", "児童数"]]
        + [[bad_number(r), c.town(), r.randint(2, 6), r.randint(1, 3)] for _ in range(20)])]),
        "12-digit household numbers all failing the check digit, with town names only: 1"))  # fmt: skip
    # L2
    fam = [c.family(1)[0] for _ in range(12)]
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        name="世帯", title="児童手当 受給者（宛名番号付）",
        rows=[["宛名番号", "受給者", "住所", "児童数"]] + [[bad_number(r), p.name(), p.address, r.randint(1, 3)] for p in fam])]),
        "12-digit 宛名番号 all failing the check digit next to names and addresses: 2"))  # fmt: skip
    pay = [c.person("adult") for _ in range(12)]
    docs.append(Doc(F, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec(
        name="口座", rows=[["顧客番号", "保護者氏名", "電話", "金融機関", "振替結果"]]
        + [[bad_number(r), q.name(), q.phone, r.choice([f"{c.pref[:-1]}銀行", "ゆうちょ銀行"]), r.choice(["振替済", "振替済", "残高不足"])] for q in pay])]),
        "12-digit customer numbers all failing the check digit; 残高不足 is a failed debit, not arrears: 2"))  # fmt: skip
    rec = [c.person("adult", male=False) for _ in range(11)]
    docs.append(Doc(F, "txt", 2, ["name", "birth_date"], DocSpec(
        title="児童扶養手当 現況届 受付簿（8月）",
        tables=[[["受付番号", "氏名", "生年月日", "受付日"]]
                + [[fullwidth(bad_number(r)), q.name("fw"), wareki(q.birth), f"R6.8.{r.randint(1, 30)}"] for q in rec]]),
        "full-width 12-digit 受付番号 all failing the check digit: 2"))  # fmt: skip
    m = c.person("adult", male=False)
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="里帰り出産 連絡票",
        tables=[[["母子手帳番号", spaced(bad_number(r), "-")], ["氏名", m.name("sp")], ["里帰り先住所", m.address],
                 ["連絡先", m.phone], ["里帰り期間", "令和6年8月～10月"]]]),
        "the 母子手帳番号 fails the check digit; a stay for childbirth is no diagnosis: 2"))  # fmt: skip
    cs = [c.person("adult") for _ in range(10)]
    docs.append(Doc(F, "xls", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec(
        name="連絡先", title="ケース連絡先一覧",
        rows=[["ケース番号", "世帯主", "電話"]] + [[bad_number(r), q.name(), q.phone] for q in cs])]),
        "12-digit case numbers all failing the check digit: 2"))  # fmt: skip
    # L3
    p = c.person("adult")
    n = good_number(r)
    docs.append(Doc(F, "pdf", 3, ["name", "address", "my_number"], DocSpec(title="認定請求書"),
        "the My Number is drawn 4-4-4 with spaces",
        canvas_pdf("児童手当 認定請求書（受付控）", [("項目", 15), ("内容", 55)],
                   [["請求者氏名", p.name("fw")], ["住所", p.address], ["個人番号", spaced(n, "  ")], ["児童数", "2人"]],
                   header="受付印　令和6年6月14日")))  # fmt: skip
    p = c.person("adult", male=False)
    docs.append(Doc(F, "docx", 3, ["name", "address", "my_number"], DocSpec(
        title="児童扶養手当 認定請求書",
        paragraphs=["次のとおり児童扶養手当の認定を請求します。"],
        tables=[[["請求者", p.name("sp")], ["住所", p.address], ["児童", "2人"]]]),
        "the My Number is only in the Word page header", docx_header_number(f"個人番号 {good_number(r)}")))  # fmt: skip
    ppl = [c.person("adult") for _ in range(6)]
    docs.append(Doc(F, "txt-cp932", 3, ["name", "my_number"], DocSpec(
        paragraphs=["番号確認 読み合わせ用（入力後シュレッダー）"]
        + [f"{q.name('fw')}　{fullwidth(good_number(r))}" for q in ppl])))  # fmt: skip
    p = c.person("adult")
    n = good_number(r)
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "my_number"], DocSpec(
        title="個人番号申告書（児童手当）",
        tables=[[["氏名", p.name("fw"), "", "", "", "", "", "", "", "", "", ""],
                 ["生年月日", wareki(p.birth), "", "", "", "", "", "", "", "", "", ""],
                 list(n)]]),
        "the My Number one digit per cell", docx_merge(0, [(0, 1, 0, 11), (1, 1, 1, 11)])))  # fmt: skip
    ppl = [c.person("adult") for _ in range(8)]
    pad: list[Cell] = [None] * 20
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[SheetSpec(
        name="入力", rows=[["氏名", "住所", *pad, "個人番号"]]
        + [[q.name(), q.address, *pad, spaced(good_number(r), "-")] for q in ppl])]),
        "hyphenated My Numbers far right in column W"))  # fmt: skip
    p = c.person("adult", male=False)
    docs.append(Doc(F, "pptx", 3, ["name", "my_number"], DocSpec(
        title="情報連携エラー 事例報告",
        paragraphs=["児童扶養手当の所得照会でエラーが発生した事例", f"対象者：{p.name('sp')} 様",
                    f"個人番号：{good_number(r)}", "原因：住基ネット側の異動反映前に照会したため", "対策：異動日から3日後に再照会"])))  # fmt: skip
    s = c.person("adult", male=True)
    docs.append(Doc(F, "odt", 3, ["name", "address", "my_number"], DocSpec(
        title="扶養届（回答）",
        paragraphs=["生活福祉課長 様", "扶養照会について、下記のとおり回答します。",
                    f"扶養義務者：{s.name('sp')}　住所：{s.address}", f"個人番号：{spaced(good_number(r))}",
                    "援助の可否：月額1万円程度の仕送りは可能です。"])))  # fmt: skip
    return docs


def build(rng: random.Random) -> list[Doc]:
    pref, name, area, towns = rng.choice(CITIES)
    c = City(pref, name, area, towns, rng)
    docs = kosodate(c) + soudan(c) + hogo(c) + kyoiku(c) + bango(c)
    rng.shuffle(docs)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam17")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set17", __doc__ or "", generate, SEED)


__all__ = ["build", "generate", "is_valid_my_number", "wareki"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
