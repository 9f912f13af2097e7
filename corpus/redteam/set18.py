"""Eighteenth red-team set (blind): water, housing, environment, farming, the council and personnel of a
town of about 40,000, each desk with its public look-alikes.

``python -m corpus.redteam.set18 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One town is drawn per build. The families are the desks: 上下水道課 (``suido``), 住宅課 (``jutaku``),
環境課 (``kankyo``), 農林課 (``norin``), 議会事務局 (``gikai``) and 人事係 (``jinji``).

Each document's true level follows the default policy's text only: 3 for a My Number, health data or arrears
about an identifiable private person, or records of more than 100 persons each with a name and an address, a
birth date or a phone; 2 for a private person's name with their address, birth date or phone; 1 for the rest,
including councillors, officials, company representatives and licence holders named in their role, invented
記入例 names, and statistics that talk about arrears in general. ``types`` lists what a perfect reader reports
about private persons (plus ``corporate_number`` where one is printed). Doubtful files carry a one-line
``note`` saying how the policy decides them. ``checks`` records the layout each file was built for, so the
tests can verify that the layout is really in the file.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import is_valid_my_number, my_number_from, random_corporate_number
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import _finish_zip

SEED = 1818
TODAY = dt.date(2024, 7, 8)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, county, town, area code, local exchange, postcode head, areas); an area ending in "*"
# takes 番地 lots, the others 丁目 lots. Area code + exchange are six digits, so numbers have ten.
TOWNS: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("栃木県", "下都賀郡", "壬生町", "0282", "82", "321-02",
     ["本丁", "中央町", "駅東町", "大字安塚*", "大字藤井*", "大字福和田*", "落合", "幸町"]),
    ("三重県", "三重郡", "菰野町", "059", "393", "510-12",
     ["大字菰野*", "大字千草*", "大字潤田*", "大字竹成*", "大字宿野*", "大字杉谷*", "音羽*", "川北*"]),
    ("北海道", "河東郡", "音更町", "0155", "42", "080-01",
     ["木野大通西", "木野西通", "大通", "東通", "新通", "字下音更*", "字十勝川温泉北*", "緑陽台仲区*"]),
    ("愛媛県", "", "伊予市", "089", "982", "799-31",
     ["米湊*", "灘町*", "湊町*", "下吾川*", "双海町上灘*", "中山町出渕*", "尾崎*", "上野*"]),
    ("茨城県", "稲敷郡", "阿見町", "029", "887", "300-03",
     ["中央", "本郷", "若栗*", "荒川本郷*", "うずら野", "大字阿見*", "よしわら", "大字吉原*"]),
    ("岡山県", "", "赤磐市", "086", "955", "709-08",
     ["下市*", "山陽", "桜が丘東", "桜が丘西", "河本*", "熊崎*", "町苅田*", "岩田*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小野寺", "オノデラ"), ("桑原", "クワハラ"), ("沼田", "ヌマタ"), ("片桐", "カタギリ"), ("大塚", "オオツカ"),
    ("石黒", "イシグロ"), ("羽田野", "ハタノ"), ("滝本", "タキモト"), ("宮下", "ミヤシタ"), ("吉岡", "ヨシオカ"),
    ("飯塚", "イイヅカ"), ("川端", "カワバタ"), ("野々村", "ノノムラ"), ("塩谷", "シオヤ"), ("向井", "ムカイ"),
    ("粕谷", "カスヤ"), ("久保田", "クボタ"), ("西森", "ニシモリ"), ("寺岡", "テラオカ"), ("平賀", "ヒラガ"),
    ("若林", "ワカバヤシ"), ("谷口", "タニグチ"), ("松浦", "マツウラ"), ("島田", "シマダ"), ("横山", "ヨコヤマ"),
    ("関口", "セキグチ"), ("落合", "オチアイ"), ("杉浦", "スギウラ"), ("荻野", "オギノ"), ("北条", "ホウジョウ"),
    ("三浦", "ミウラ"), ("浅野", "アサノ"), ("柴崎", "シバサキ"), ("高野", "タカノ"), ("本間", "ホンマ"),
    ("内藤", "ナイトウ"), ("永井", "ナガイ"), ("青柳", "アオヤギ"), ("森本", "モリモト"), ("安達", "アダチ"),
    ("矢島", "ヤジマ"), ("広瀬", "ヒロセ"), ("藤田", "フジタ"), ("秋山", "アキヤマ"), ("篠原", "シノハラ"),
    ("大西", "オオニシ"), ("小山", "コヤマ"), ("萩原", "ハギワラ"), ("岩崎", "イワサキ"), ("野口", "ノグチ"),
    ("上野", "ウエノ"), ("中島", "ナカジマ"), ("河野", "コウノ"), ("成田", "ナリタ"), ("福島", "フクシマ"),
    ("戸田", "トダ"), ("堀江", "ホリエ"), ("大橋", "オオハシ"), ("八木", "ヤギ"), ("小澤", "オザワ"),
    ("田村", "タムラ"), ("笠原", "カサハラ"), ("黒木", "クロキ"), ("菅野", "カンノ"), ("竹内", "タケウチ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("和夫", "カズオ"), ("茂", "シゲル"), ("勝利", "カツトシ"), ("博之", "ヒロユキ"), ("誠", "マコト"),
    ("隆", "タカシ"), ("幸雄", "ユキオ"), ("浩二", "コウジ"), ("達也", "タツヤ"), ("拓海", "タクミ"),
    ("陽斗", "ハルト"), ("颯太", "ソウタ"), ("大輔", "ダイスケ"), ("修", "オサム"), ("義男", "ヨシオ"),
    ("俊介", "シュンスケ"), ("貴之", "タカユキ"), ("てつお", "テツオ"), ("ケンジ", "ケンジ"), ("秀樹", "ヒデキ"),
    ("光男", "ミツオ"), ("智也", "トモヤ"), ("亮", "リョウ"), ("栄一", "エイイチ"), ("直人", "ナオト"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("幸子", "サチコ"), ("和子", "カズコ"), ("節子", "セツコ"), ("美智子", "ミチコ"), ("由美", "ユミ"),
    ("真由美", "マユミ"), ("久美子", "クミコ"), ("さくら", "サクラ"), ("みどり", "ミドリ"), ("トメ", "トメ"),
    ("ミツ", "ミツ"), ("陽菜", "ヒナ"), ("彩", "アヤ"), ("明美", "アケミ"), ("裕子", "ユウコ"),
    ("直美", "ナオミ"), ("のぞみ", "ノゾミ"), ("千尋", "チヒロ"), ("文子", "フミコ"), ("静香", "シズカ"),
    ("絵美", "エミ"), ("ヨシ子", "ヨシコ"), ("恵美", "エミ"), ("沙織", "サオリ"), ("優花", "ユウカ"),
]  # fmt: skip
BUILDINGS = ["コーポ白樺", "ハイツみずほ", "メゾンあさひ", "グランディール", "パレス桜木", "シャトー緑"]
COMPANIES: list[tuple[str, str]] = [
    ("株式会社", "田園設備工業"), ("有限会社", "清水管工"), ("株式会社", "東部水道サービス"), ("株式会社", "緑化建設"),
    ("有限会社", "山陰環境"), ("株式会社", "クリーンライフ"), ("合資会社", "丸八土木"), ("株式会社", "北辰測量設計"),
    ("株式会社", "ひばり浄化センター"), ("有限会社", "相互管材"), ("株式会社", "アクアテック"), ("株式会社", "大和リフォーム"),
    ("有限会社", "みのり農機"), ("株式会社", "さつき住宅設備"),
]  # fmt: skip
COMPANY_KANA = {
    "田園設備工業": "デンエンセツビコウギョウ", "清水管工": "シミズカンコウ", "東部水道サービス": "トウブスイドウサービス",
    "緑化建設": "リョクカケンセツ", "山陰環境": "サンインカンキョウ", "クリーンライフ": "クリーンライフ",
    "丸八土木": "マルハチドボク", "北辰測量設計": "ホクシンソクリョウセッケイ", "ひばり浄化センター": "ヒバリジョウカセンター",
    "相互管材": "ソウゴカンザイ", "アクアテック": "アクアテック", "大和リフォーム": "ヤマトリフォーム", "みのり農機": "ミノリノウキ",
    "さつき住宅設備": "サツキジュウタクセツビ",
}  # fmt: skip
DOGS = [
    "ポチ",
    "モモ",
    "ハナ",
    "コロ",
    "チョコ",
    "ソラ",
    "ココ",
    "マロン",
    "レオ",
    "さくら号",
    "リク",
    "ムギ",
]
BREEDS = [
    "柴",
    "雑種",
    "トイ・プードル",
    "ミニチュア・ダックスフンド",
    "チワワ",
    "ラブラドール・レトリーバー",
]
CROPS = ["水稲", "大豆", "小麦", "ばれいしょ", "たまねぎ", "いちご", "なし", "ぶどう", "キャベツ"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KANJI = "〇一二三四五六七八九"
FONT = "HeiseiKakuGo-W5"


def wareki(d: dt.date, style: str = "full") -> str:
    """和暦: "full" 昭和48年2月3日 (元年), "short" S48.2.3, "dot" 令和5.4.1 style "R05.04.01"."""
    for name, ab, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "short":
                return f"{ab}{y}.{d.month}.{d.day}"
            if style == "padded":
                return f"{ab}{y:02d}.{d.month:02d}.{d.day:02d}"
            return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def kanji_num(n: int) -> str:
    if n < 10:
        return KANJI[n]
    t, o = divmod(n, 10)
    return f"{'' if t == 1 else KANJI[t]}十{KANJI[o] if o else ''}"


def fail_check(number: str) -> str:
    """A 12-digit number that looks like a My Number but fails its check digit."""
    bad = number[:11] + str((int(number[11]) + 1) % 10)
    assert not is_valid_my_number(bad)
    return bad


def spaced(number: str) -> str:
    return f"{number[:4]} {number[4:8]} {number[8:]}"


# --- persons ---------------------------------------------------------------------------------------
@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    male: bool
    birth: dt.date
    area: str
    lot: str
    building: str
    phone: str
    mobile: str

    def name(self, style: int = 0) -> str:
        return [f"{self.sei} {self.mei}", f"{self.sei}{self.mei}", f"{self.sei}\u3000{self.mei}"][style % 3]

    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def addr(self, town: Town, full: bool = False) -> str:
        head = f"{town.pref}{town.county}{town.name}" if full else town.name
        return f"{head}{self.area}{self.lot}{self.building}"

    def short(self) -> str:
        return f"{self.area}{self.lot}{self.building}"


@dataclass
class Town:
    pref: str
    county: str
    name: str
    ac: str
    ex: str
    post: str
    areas: list[str]

    @property
    def office(self) -> str:
        return f"{self.ac}-{self.ex}-1111"

    @property
    def is_city(self) -> bool:
        return self.name.endswith("市")

    @property
    def kind(self) -> str:
        return "市" if self.is_city else "町"


class People:
    """Draws distinct persons (no two share surname and given name) living in the drawn town."""

    def __init__(self, rng: random.Random, town: Town) -> None:
        self.rng, self.town = rng, town
        self.used: set[tuple[str, str]] = set()

    def phone(self) -> str:
        return f"{self.town.ac}-{self.town.ex}-{self.rng.randint(1000, 9999)}"

    def mobile(self) -> str:
        return f"0{self.rng.choice('789')}0-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def one(self, born: tuple[int, int] = (1940, 1998), male: bool | None = None) -> Person:
        rng = self.rng
        while True:
            sei, sk = rng.choice(SURNAMES)
            is_male = rng.random() < 0.5 if male is None else male
            mei, mk = rng.choice(MALE if is_male else FEMALE)
            if (sei, mei) not in self.used:
                self.used.add((sei, mei))
                break
        area = rng.choice(self.town.areas)
        if area.endswith("*"):
            area, lot = (
                area[:-1],
                f"{rng.randint(1, 2999)}番地" + (f"{rng.randint(1, 9)}" if rng.random() < 0.3 else ""),
            )
        else:
            lot = f"{kanji_num(rng.randint(1, 6))}丁目{rng.randint(1, 30)}番{rng.randint(1, 25)}号"
            if rng.random() < 0.4:
                lot = f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
        building = (
            f" {rng.choice(BUILDINGS)}{rng.randint(1, 3)}0{rng.randint(1, 8)}号" if rng.random() < 0.2 else ""
        )
        birth = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        return Person(sei, mei, sk, mk, is_male, birth, area, lot, building, self.phone(), self.mobile())

    def many(self, n: int, **kw: Any) -> list[Person]:
        return [self.one(**kw) for _ in range(n)]


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


# --- layouts DocSpec cannot express ------------------------------------------------------------------
def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def canvas_pdf(
    title: str,
    head: str,
    columns: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int = 32,
    landscape: bool = False,
    intro: Sequence[str] = (),
    foot: str = "",
) -> tuple[Callable[[Path], None], int]:
    """A list drawn with reportlab's canvas: columns placed by x (mm), a header with "n / N" on every page."""
    pages = max(1, -(-len(rows) // per_page))

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _register_font()
        size = land(A4) if landscape else A4
        c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        c.setTitle(title)
        w, h = size
        for p in range(pages):
            c.setFont(FONT, 8)
            c.drawString(15 * mm, h - 10 * mm, head)
            c.drawRightString(w - 15 * mm, h - 10 * mm, f"{p + 1} / {pages}")
            y = h - 20 * mm
            if p == 0:
                c.setFont(FONT, 13)
                c.drawString(15 * mm, y, title)
                y -= 8 * mm
                c.setFont(FONT, 9)
                for line in intro:
                    c.drawString(15 * mm, y, line)
                    y -= 5 * mm
            c.setFont(FONT, 8)
            for label, x in columns:
                c.drawString(x * mm, y, label)
            c.line(15 * mm, y - 1.5 * mm, w - 15 * mm, y - 1.5 * mm)
            y -= 6 * mm
            for row in rows[p * per_page : (p + 1) * per_page]:
                for (_, x), value in zip(columns, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 5.6 * mm
            if foot:
                c.drawCentredString(w / 2, 8 * mm, foot)
            c.showPage()
        c.save()

    return post, pages


def xlsx_merge(ranges: Sequence[tuple[str, str]], hide_cols: Sequence[str] = ()) -> Callable[[Path], None]:
    """Merge ranges on sheets (sheet name, "A1:C1") and hide columns of the first sheet."""

    def post(path: Path) -> None:
        import io

        import openpyxl

        wb = openpyxl.load_workbook(path)
        for sheet, rng in ranges:
            wb[sheet].merge_cells(rng)
        for col in hide_cols:
            wb.worksheets[0].column_dimensions[col].hidden = True
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def docx_merge_first_row(table_index: int = 0, span: int = 0) -> Callable[[Path], None]:
    """Merge the first row of a Word table (a caption row across the columns), or its first ``span`` cells."""

    def post(path: Path) -> None:
        import io

        import docx

        d = docx.Document(str(path))
        row = d.tables[table_index].rows[0]
        cells = row.cells
        last = cells[(span or len(cells)) - 1]
        text = cells[0].text
        merged = cells[0].merge(last)
        merged.text = text
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


# --- helpers for table text ------------------------------------------------------------------------
def yen(n: int) -> str:
    return f"{n:,}"


def honor(rng: random.Random) -> str:
    return rng.choice(["様", "さん", "氏", "殿", ""])


# --- 上下水道課 ----------------------------------------------------------------------------------------
def suido(rng: random.Random, t: Town, pp: People) -> list[Doc]:
    F = "suido"
    docs: list[Doc] = []
    # 1: public rate table that mentions 滞納 in general
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="料金表",
                        title=f"{t.name}水道料金表（1か月・税込）",
                        first_row=3,
                        rows=[
                            ["口径", "基本料金（10㎥まで）", "11～20㎥（1㎥につき）", "21～50㎥", "51㎥以上"]
                        ]
                        + [
                            [f"{d}mm", yen(b), yen(p), yen(p + 30), yen(p + 60)]
                            for d, b, p in [
                                (13, 1320, 165),
                                (20, 1650, 165),
                                (25, 2640, 187),
                                (40, 7700, 220),
                                (50, 13200, 242),
                            ]
                        ]
                        + [
                            [],
                            ["※料金は2か月ごとに検針し、2か月分をまとめて請求します。"],
                            [
                                "※納期限を過ぎても納付がない場合は督促状を送付し、なお滞納が続くときは給水を停止することがあります。"
                            ],
                            [f"問合せ {t.name}上下水道課 料金係 {t.office}"],
                        ],
                    )
                ],
                properties={"title": "水道料金表"},
            ),
        )
    )
    # 2: 給水停止予告書 記入例 (invented name)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="給水停止予告書（記入例）",
                paragraphs=[
                    "【記入例】　※太字部分を滞納者の情報に置き換えて作成してください。",
                    "〒○○○-○○○○　○○町○丁目○番○号",
                    "水道　太郎　様",
                    "あなたの水道料金が下記のとおり未納となっています。○年○月○日までに納付がない場合は、"
                    "水道事業給水条例第○条の規定により給水を停止します。",
                    "未納額　○○，○○○円（○年○月分～○年○月分）",
                    "※個人名・金額は決裁後に差し込み印刷で出力すること。実名を本様式に保存しないこと。",
                ],
                header=f"{t.name}上下水道課 様式第12号",
            ),
            note="記入例: 水道 太郎 is an invented placeholder, no person",
        )
    )
    # 3: public annual statistics with 未納 totals
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和5年度 {t.name}水道事業 決算の概要",
                paragraphs=[
                    f"給水人口 {rng.randint(38500, 41500):,}人、給水戸数 {rng.randint(15800, 17200):,}戸、年間有収水量 "
                    f"{rng.randint(3800, 4400):,}千㎥でした。",
                    f"料金の未収金は{rng.randint(250, 400)}件 {rng.randint(9, 15)},{rng.randint(100, 999)}千円で、"
                    f"前年度より減少しました。滞納整理として給水停止を{rng.randint(10, 30)}件執行しています。",
                    "マイナンバーカードを利用した開栓・閉栓のオンライン申請を令和6年度から受け付けます。",
                ],
                tables=[
                    [
                        ["区分", "令和3年度", "令和4年度", "令和5年度"],
                        ["給水収益（千円）", "612,330", "608,114", "615,902"],
                        ["有収率（%）", "88.2", "88.9", "89.4"],
                        ["未収金件数", "402", "371", "338"],
                        ["給水停止件数", "29", "24", "18"],
                    ]
                ],
                header=f"{t.name}上下水道課",
                footer="公表資料",
            ),
        )
    )
    # 4: tender results with companies and 法人番号
    corp = [
        (random_corporate_number(rng), f"{a}{b}" if rng.random() < 0.5 else f"{b}{a}")
        for a, b in rng.sample(COMPANIES, 6)
    ]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="入札結果",
                        title="配水管布設替工事 入札結果（令和6年6月執行）",
                        rows=[["工事名", "入札参加者", "法人番号", "入札額（税抜）", "結果"]]
                        + [
                            [
                                f"{t.areas[i % len(t.areas)].rstrip('*')}地内配水管布設替工事",
                                n,
                                num,
                                yen(rng.randint(180, 260) * 100000),
                                "落札" if i == 0 else "",
                            ]
                            for i, (num, n) in enumerate(corp)
                        ],
                    )
                ]
            ),
        )
    )
    # 5: designated contractors (code reading columns, representatives in role)
    rows: list[list[Cell]] = [["指定番号", "事業者名", "フリガナ", "代表者", "所在地", "電話", "指定日"]]
    for i, (a, b) in enumerate(rng.sample(COMPANIES, 10)):
        rep = pp.one()
        rows.append(
            [
                f"第{100 + i}号",
                f"{a}{b}",
                COMPANY_KANA[b],
                rep.name(1),
                f"{t.name}{rep.short()}",
                pp.phone(),
                wareki(dt.date(rng.randint(1998, 2022), rng.randint(1, 12), 1)),
            ]
        )
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[SheetSpec(name="指定工事店", rows=rows)]),
            note="指定給水装置工事事業者: representatives named in their role at the business address; 指定日 is no birth date",
        )
    )
    # 6: meter route with no names, 12-digit 水栓番号 failing the check
    taps = [fail_check(my_number_from(str(rng.randint(10**10, 10**11 - 1)))) for _ in range(40)]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="ルート07",
                        title="検針ルート表 第7区（名前なし・順路のみ）",
                        rows=[["順路", "水栓番号", "地番", "メーター口径", "設置場所"]]
                        + [
                            [
                                i + 1,
                                n,
                                f"{rng.choice(t.areas).rstrip('*')}{rng.randint(1, 2500)}",
                                "13mm",
                                rng.choice(["玄関左", "駐車場内", "北側犬注意", "裏口"]),
                            ]
                            for i, n in enumerate(taps)
                        ],
                    )
                ]
            ),
            note="addresses of meters with no name of anybody; 12-digit 水栓番号 all failing the check digit",
            checks={"fail12": taps},
        )
    )
    # 7: 開栓申込書 filled
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="水道使用開始（開栓）申込書",
                tables=[
                    [
                        ["申込日", wareki(dt.date(2024, 4, rng.randint(1, 28)))],
                        ["使用者氏名", p.name(2)],
                        ["フリガナ", p.kana()],
                        ["使用場所", p.addr(t)],
                        ["連絡先", p.mobile],
                        ["使用開始希望日", "令和6年4月20日"],
                        ["料金の支払方法", "口座振替（依頼書は後日提出）"],
                        ["備考", "転入のため。旧住所の閉栓は前市町村で手続済。"],
                    ]
                ],
                footer=f"{t.name}上下水道課",
            ),
        )
    )
    # 8: 閉栓・精算 list
    ps = pp.many(14)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="6月閉栓",
                        title="閉栓・精算受付一覧（令和6年6月）",
                        first_row=4,
                        rows=[["受付", "使用者", "使用場所", "連絡先", "閉栓日", "精算", "転居先"]]
                        + [
                            [
                                dt.date(2024, 6, i + 1),
                                q.name(i),
                                q.short(),
                                q.mobile if i % 2 else q.phone,
                                f"R6.6.{i + 5}",
                                rng.choice(["現地精算", "納付書送付", "口座振替"]),
                                rng.choice(["宇都宮市", "県外", "町内転居", "未定"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 9: route with names in old xls; 12-digit お客様番号 failing check
    ps = pp.many(38)
    nums = [fail_check(my_number_from(str(rng.randint(10**10, 10**11 - 1)))) for _ in ps]
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="検針順路",
                        title="検針順路表 第3区 （検針員配付用）",
                        rows=[["順", "お客様番号", "使用者名", "使用場所", "前回指針", "備考"]]
                        + [
                            [
                                i + 1,
                                n,
                                q.name(1),
                                q.short(),
                                rng.randint(100, 9000),
                                rng.choice(["", "", "犬あり", "車の下"]),
                            ]
                            for i, (q, n) in enumerate(zip(ps, nums, strict=True))
                        ],
                    )
                ]
            ),
            note="38 users with their address; the 12-digit お客様番号 fail the check digit, so no My Number",
            checks={"fail12": nums},
        )
    )
    # 10: 漏水減免 in cp932
    ps = pp.many(9)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="漏水減免",
                        rows=[
                            ["受付番号", "申請者", "使用場所", "電話番号", "漏水箇所", "減免水量", "修理業者"]
                        ]
                        + [
                            [
                                f"R6-{i + 1:03d}",
                                q.name(0),
                                q.addr(t),
                                q.phone,
                                rng.choice(["宅内給水管", "トイレ", "屋外散水栓"]),
                                f"{rng.randint(10, 80)}m3",
                                f"{rng.choice(COMPANIES)[1]}",
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 11: 口座振替 依頼 txt
    ps = pp.many(6)
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="口座振替依頼書 受付分（窓口入力前メモ）",
                paragraphs=[
                    f"{q.name(2)}　{q.short()}　TEL {q.phone}　{rng.choice(['JA', '足利銀行', 'ゆうちょ'])}　開始 R6.8"
                    for q in ps
                ]
                + ["入力済みのものは消し込むこと。　担当 料金係"],
            ),
        )
    )
    # 12: arrears list with title rows and merged header
    ps = pp.many(22)
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="滞納者",
                        title="水道料金 滞納者一覧（3期以上）",
                        first_row=4,
                        rows=[
                            [
                                "No",
                                "お客様氏名",
                                "使用場所",
                                "電話",
                                "滞納期数",
                                "滞納額",
                                "最終納付日",
                                "交渉経過",
                            ]
                        ]
                        + [
                            [
                                i + 1,
                                q.name(i),
                                q.short(),
                                q.phone,
                                rng.randint(3, 9),
                                rng.randint(8, 90) * 1000,
                                wareki(dt.date(2023, rng.randint(1, 12), rng.randint(1, 28)), "short"),
                                rng.choice(
                                    ["分納誓約あり", "不在・差置き", "電話つながらず", "停止予告送付済"]
                                ),
                            ]
                            for i, q in enumerate(ps)
                        ],
                        footer="取扱注意",
                    )
                ]
            ),
            post=xlsx_merge([("滞納者", "A2:H2")]),
            checks={"merged_xlsx": True},
        )
    )
    # 13: 給水停止予告 letter
    p = pp.one()
    due = rng.randint(18, 60) * 1000
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="給水停止予告書",
                paragraphs=[
                    f"〒{t.post}{rng.randint(10, 99)}",
                    p.addr(t, full=True),
                    f"{p.name(0)}　様",
                    "",
                    f"令和6年7月1日　{t.name}上下水道事業管理者",
                    "",
                    f"あなたの水道料金は、下記のとおり未納となっております。令和6年7月19日までに納付されない場合、"
                    f"{t.name}水道事業給水条例の規定により、同月24日以降給水を停止します。",
                    f"未納額　{due:,}円（令和5年11月分～令和6年4月分　3期）",
                    "既に納付済みの場合はご容赦ください。分納のご相談は料金係まで。",
                ],
                footer=f"{t.name}上下水道課 料金係 {t.office}",
            ),
        )
    )
    # 14: negotiation record, three pages canvas
    ps = pp.many(70)
    post, pages = canvas_pdf(
        "滞納整理 交渉記録簿（令和6年度上期）",
        f"{t.name}上下水道課 料金係　取扱注意",
        [("日付", 15), ("氏名", 32), ("使用場所", 60), ("電話", 120), ("未納額", 146), ("内容", 163)],
        [
            [
                f"R6.{rng.randint(4, 6)}.{rng.randint(1, 28)}",
                q.name(rng.randint(0, 1)),
                q.short()[:22],
                q.phone,
                yen(rng.randint(10, 150) * 1000),
                rng.choice(
                    ["分納約束 月5千円", "本人不在", "停止執行", "全額納付", "家族に伝言", "来庁予定"]
                ),
            ]
            for q in ps
        ],
        per_page=28,
        landscape=False,
    )
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(title="交渉記録簿"),
            post=post,
            checks={"pages": pages},
        )
    )
    # 15: user master export, 130 persons, cp932
    ps = pp.many(130)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="使用者マスタ",
                        rows=[
                            [
                                "水栓番号",
                                "使用者カナ",
                                "使用者名",
                                "郵便番号",
                                "住所",
                                "電話番号",
                                "口径",
                                "用途",
                            ]
                        ]
                        + [
                            [
                                f"{rng.randint(1, 9)}{rng.randint(0, 99999):05d}",
                                q.kana(),
                                q.name(1),
                                t.post + str(rng.randint(10, 99)),
                                q.addr(t, full=True),
                                q.phone,
                                "13",
                                "家事用",
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
            note="130 water users each with name, address and phone: more than 100 persons",
        )
    )
    # 16: 督促状 発送リスト in old xls
    ps = pp.many(25)
    docs.append(
        Doc(
            F,
            "xls",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="督促発送",
                        title="督促状発送リスト R6年5月期",
                        rows=[["番号", "氏名", "送付先", "調定年月", "未納額", "督促手数料"]]
                        + [
                            [i + 1, q.name(2), q.addr(t), "R6.3", rng.randint(3, 20) * 1000, 100]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 17: hidden sheet behind a public summary
    ps = pp.many(16)
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="収納状況",
                        title="料金収納状況（月報）",
                        rows=[["月", "調定件数", "収納件数", "収納率"]]
                        + [[f"{m}月", 16400 + m, 16100 + m, "98.3%"] for m in (4, 5, 6)],
                    ),
                    SheetSpec(
                        name="明細",
                        state="hidden",
                        rows=[["氏名", "住所", "滞納額", "期数"]]
                        + [[q.name(0), q.short(), rng.randint(5, 60) * 1000, rng.randint(2, 8)] for q in ps],
                    ),
                ]
            ),
            note="the visible sheet is statistics; the hidden sheet lists named debtors with arrears",
            checks={"hidden_sheet": "明細"},
        )
    )
    # 19: service connection works with the private owner (施主)
    ps = pp.many(10)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="工事申込",
                        title="給水装置工事 申込受付（新設・改造）",
                        rows=[["受付番号", "施主", "工事場所", "施主連絡先", "施工業者", "種別"]]
                        + [
                            [
                                f"給{rng.randint(100, 400)}",
                                q.name(i) + " 様",
                                q.addr(t),
                                q.mobile,
                                rng.choice(COMPANIES)[1],
                                rng.choice(["新設", "改造", "撤去"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
            note="施主 are private home owners; the contractors are companies",
        )
    )
    # 20: households excluded from supply stops for medical reasons
    ps = pp.many(6, born=(1930, 1960))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="給水停止 除外世帯 確認表",
                paragraphs=[
                    "以下の世帯は、医療上の理由により滞納があっても給水停止を執行しない。福祉課と情報共有済み。"
                ],
                tables=[
                    [["氏名", "住所", "理由"]]
                    + [
                        [
                            q.name(2),
                            q.short(),
                            rng.choice(
                                [
                                    "在宅酸素療法中",
                                    "在宅人工透析",
                                    "人工呼吸器使用（ALS）",
                                    "重度の糖尿病・インスリン自己注射",
                                ]
                            ),
                        ]
                        for q in ps
                    ]
                ],
                header="上下水道課 取扱注意",
            ),
        )
    )
    # 18: pptx of the year's collection effort (public)
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="水道料金 収納率向上の取組み",
                paragraphs=[
                    "・口座振替の勧奨（加入率 72.4%）",
                    "・コンビニ収納、スマホ決済の導入",
                    "・滞納が3期を超えた世帯には給水停止予告書を送付",
                    "・個人番号（マイナンバー）は水道事業では取り扱いません",
                ],
                notes=["審議会説明用。個別の滞納者名は出さないこと。"],
            ),
        )
    )
    return docs


# --- 住宅課 -------------------------------------------------------------------------------------------
def jutaku(rng: random.Random, t: Town, pp: People) -> list[Doc]:
    F = "jutaku"
    docs: list[Doc] = []
    estates = [
        f"{k}団地"
        for k in rng.sample(["桜ヶ丘", "東原", "新田", "緑町", "旭", "城南", "みずき野", "上宿"], 5)
    ]
    # 1 public estate list
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="団地一覧",
                        title=f"{t.kind}営住宅 団地一覧",
                        rows=[["団地名", "所在地", "構造", "管理戸数", "建設年度", "家賃（月額）"]]
                        + [
                            [
                                e,
                                f"{t.name}{rng.choice(t.areas).rstrip('*')}{rng.randint(100, 999)}",
                                rng.choice(["RC4階", "簡平", "簡二"]),
                                rng.randint(12, 96),
                                f"昭和{rng.randint(45, 63)}年度",
                                f"{rng.randint(11, 20)},000～{rng.randint(25, 45)},000円",
                            ]
                            for e in estates
                        ],
                    )
                ]
            ),
        )
    )
    # 2 recruiting leaflet pdf
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {t.kind}営住宅 入居者募集のご案内",
                paragraphs=[
                    "申込資格：(1) 住宅に困窮していること (2) 収入が基準内であること (3) 市町村税を滞納していないこと "
                    "(4) 連帯保証人を1名立てられること（保証人の免除については要相談）",
                    "障害者世帯、高齢者世帯、ひとり親世帯は優遇抽選の対象です。診断書の提出は不要です（手帳の写しで可）。",
                    "申込書に個人番号を記入する必要はありません。",
                    f"問合せ {t.name}住宅課 {t.office}",
                ],
                tables=[
                    [
                        ["世帯人数", "収入基準（月額）"],
                        ["1人", "158,000円以下"],
                        ["2人以上", "158,000円以下（裁量階層214,000円）"],
                    ]
                ],
                footer="公表資料",
            ),
        )
    )
    # 3 application 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="入居申込書（記入例）",
                tables=[
                    [
                        ["申込者氏名", "住宅　花子（記入例）"],
                        ["現住所", "○○町○○1234番地"],
                        ["電話", "000-000-0000"],
                        ["生年月日", "昭和○年○月○日"],
                        ["世帯員", "住宅 一郎（夫）、住宅 みらい（長女）"],
                        ["年間所得", "○,○○○,○○○円"],
                    ]
                ],
                paragraphs=["※記入例です。太枠内を記入してください。"],
            ),
            note="記入例 with invented placeholders",
        )
    )
    # 4 rent statistics
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="収入分位",
                        title="入居世帯の収入分位別世帯数（令和6年4月1日）",
                        rows=[["収入分位", "世帯数", "構成比"]]
                        + [[f"第{i}分位", rng.randint(10, 90), f"{rng.randint(3, 30)}%"] for i in range(1, 9)]
                        + [
                            ["家賃滞納世帯", rng.randint(8, 20), "—"],
                            ["うち3か月以上", rng.randint(2, 7), "—"],
                        ],
                    )
                ]
            ),
        )
    )
    # 5 repair tender results csv with 法人番号
    corp = [(random_corporate_number(rng), f"{a}{b}") for a, b in rng.sample(COMPANIES, 5)]
    docs.append(
        Doc(
            F,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="入札",
                        rows=[["案件", "業者名", "法人番号", "金額", "結果"]]
                        + [
                            [
                                f"{estates[0]}外壁改修工事",
                                n,
                                c,
                                rng.randint(30, 60) * 100000,
                                "落札" if i == 1 else "—",
                            ]
                            for i, (c, n) in enumerate(corp)
                        ],
                    )
                ]
            ),
        )
    )
    # 6 council roster of the housing board (role)
    ms = pp.many(6)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{t.name}住宅政策審議会 委員名簿",
                tables=[
                    [["区分", "氏名", "所属・役職"]]
                    + [
                        [r, m.name(0), o]
                        for r, m, o in zip(
                            ["学識経験者", "学識経験者", "関係団体", "関係団体", "公募", "行政"],
                            ms,
                            [
                                "県立大学 准教授",
                                "一級建築士事務所協会",
                                "宅地建物取引業協会 支部長",
                                "社会福祉協議会 事務局長",
                                "公募委員",
                                f"{t.name} 副{t.kind}長",
                            ],
                            strict=True,
                        )
                    ]
                ],
            ),
            note="members named in their role with their organisation, no private data",
        )
    )
    # 7 tenant ledger extract with income (merged header)
    ps = pp.many(20, born=(1935, 1990))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="台帳",
                        title=f"入居者台帳（{estates[1]}）",
                        first_row=4,
                        rows=[["棟・号室", "名義人", "生年月日", "世帯人数", "収入月額", "入居日", "家賃"]]
                        + [
                            [
                                f"{rng.randint(1, 4)}-{rng.randint(1, 4)}0{rng.randint(1, 6)}",
                                q.name(i),
                                wareki(q.birth, "short"),
                                rng.randint(1, 5),
                                rng.randint(50, 200) * 1000,
                                wareki(dt.date(rng.randint(1995, 2023), 4, 1)),
                                rng.randint(12, 40) * 1000,
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
            post=xlsx_merge([("台帳", "A2:G2")]),
            note="income does not raise a named list with birth dates above 2",
            checks={"merged_xlsx": True},
        )
    )
    # 8 guarantors docx
    ps = pp.many(8)
    gs = pp.many(8)
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="連帯保証人一覧（令和6年度入居分）",
                tables=[
                    [
                        ["連帯保証人一覧", "", "", "", ""],
                        ["入居者", "号室", "保証人氏名", "保証人住所", "電話"],
                    ]
                    + [
                        [
                            a.name(1) + " 様",
                            f"{estates[2]} {rng.randint(1, 3)}0{rng.randint(1, 6)}",
                            b.name(0),
                            f"{rng.choice(['宇都宮市', '前橋市', '津市', '松山市', '水戸市', '岡山市'])}{b.short()}",
                            b.mobile,
                        ]
                        for a, b in zip(ps, gs, strict=True)
                    ]
                ],
            ),
            post=docx_merge_first_row(),
            checks={"merged_docx": True},
        )
    )
    # 9 applications register xls
    ps = pp.many(24)
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="受付簿",
                        title="入居申込 受付簿（7月募集）",
                        rows=[["受付", "申込者", "現住所", "電話", "世帯人数", "所得（年）", "希望団地"]]
                        + [
                            [
                                i + 1,
                                q.name(2),
                                q.addr(t),
                                q.mobile,
                                rng.randint(1, 5),
                                rng.randint(80, 300) * 10000,
                                rng.choice(estates),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
            note="income and household size stay at 2",
        )
    )
    # 10 lottery results pptx with phones (internal)
    ps = pp.many(6)
    docs.append(
        Doc(
            F,
            "pptx",
            2,
            ["name", "phone"],
            DocSpec(
                title="抽選結果（内部用）",
                paragraphs=[
                    f"{i + 1}. {q.name(0)}さん　{rng.choice(estates)}　連絡先 {q.mobile}"
                    for i, q in enumerate(ps)
                ],
                notes=["当選者へは電話連絡後に通知書を郵送。"],
            ),
        )
    )
    # 11 parking ods
    ps = pp.many(12)
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="駐車場",
                        rows=[["区画", "使用者", "住所", "車両番号", "携帯"]]
                        + [
                            [
                                f"P{i + 1}",
                                q.name(1),
                                f"{estates[3]} {rng.randint(1, 3)}-{rng.randint(1, 3)}0{rng.randint(1, 6)}",
                                f"{t.pref.rstrip('県府都道')} 500 あ {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                                q.mobile,
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 12 arrears memo
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(
                title="家賃滞納 経過メモ",
                paragraphs=[
                    f"対象：{estates[0]} {rng.randint(1, 4)}-20{rng.randint(1, 6)}　{p.name(2)}氏（TEL {p.mobile}）",
                    f"R6.4.10 家賃3か月分（{rng.randint(60, 110) * 1000:,}円）滞納。電話するも応答なし。",
                    "R6.4.22 訪問。本人在宅。勤務先の倒産で収入が途絶えたとのこと。分納を提案。",
                    "R6.5.15 分納誓約書受領（月1万円＋当月分）。連帯保証人へは現時点で連絡しない。",
                    "R6.6.30 6月分納付なし。再度督促。",
                ],
                header="住宅課 内部資料",
            ),
        )
    )
    # 12b welfare households, level 2
    ps = pp.many(20)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="減免",
                        title="家賃減免 適用世帯一覧（生活保護・住宅扶助 代理納付）",
                        rows=[["団地・号室", "名義人", "世帯人数", "区分", "適用開始"]]
                        + [
                            [
                                f"{rng.choice(estates)} {rng.randint(1, 4)}0{rng.randint(1, 6)}",
                                q.name(i),
                                rng.randint(1, 4),
                                rng.choice(["生活保護", "生活保護（代理納付）", "収入減少"]),
                                "令和元年5月1日"
                                if i == 0
                                else wareki(dt.date(rng.randint(2020, 2024), rng.randint(1, 12), 1)),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
            note="welfare status does not raise 20 named households with their addresses above 2",
        )
    )
    # 13 arrears list with hidden sheet
    ps = pp.many(18)
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="集計",
                        rows=[["団地", "滞納世帯", "滞納額"]]
                        + [[e, rng.randint(1, 6), rng.randint(1, 9) * 50000] for e in estates],
                    ),
                    SheetSpec(
                        name="個人別",
                        state="hidden",
                        rows=[["団地・号室", "名義人", "滞納月数", "滞納額", "保証人連絡"]]
                        + [
                            [
                                f"{rng.choice(estates)} {rng.randint(1, 4)}0{rng.randint(1, 6)}",
                                q.name(i),
                                rng.randint(2, 14),
                                rng.randint(4, 70) * 10000,
                                rng.choice(["済", "未", "拒否"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    ),
                ]
            ),
            checks={"hidden_sheet": "個人別"},
            note="the tenant's 団地・号室 is the home address",
        )
    )
    # 14 priority applicants with disability / illness csv
    ps = pp.many(7)
    docs.append(
        Doc(
            F,
            "csv",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="優遇",
                        rows=[["申込者", "現住所", "優遇区分", "確認書類", "備考"]]
                        + [
                            [
                                q.name(0),
                                q.addr(t),
                                rng.choice(["障害者世帯", "高齢者世帯"]),
                                rng.choice(["身体障害者手帳2級", "精神障害者保健福祉手帳2級", "療育手帳B"]),
                                rng.choice(
                                    ["車いす使用のため1階希望", "人工透析で週3回通院", "階段昇降困難"]
                                ),
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
        )
    )
    # 15 full tenant ledger 120 households, data far right
    ps = pp.many(120)
    pad: list[Cell] = [None] * 27
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="全団地",
                        rows=[["（作業列）"], [*pad, "団地・号室", "名義人", "生年月日", "電話", "住所"]]
                        + [
                            [
                                *pad,
                                f"{rng.choice(estates)} {rng.randint(1, 4)}0{rng.randint(1, 6)}",
                                q.name(i),
                                q.birth,
                                q.phone,
                                f"{t.name}{q.area}",
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
            note="120 tenants with birth dates and phones: more than 100 persons",
            checks={"far_right": True},
        )
    )
    # 16 eviction notice pdf
    p = pp.one()
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="住宅明渡請求予告書",
                paragraphs=[
                    f"{t.name}{estates[4]} {rng.randint(1, 3)}棟{rng.randint(1, 4)}0{rng.randint(1, 6)}号",
                    f"{p.name(0)} 殿",
                    f"あなたは{t.kind}営住宅の家賃を令和5年6月分から令和6年5月分まで12か月分（計{rng.randint(30, 50) * 10000:,}円）"
                    "滞納しています。令和6年8月31日までに全額を納付しない場合、条例に基づき住宅の明渡しを請求します。",
                ],
                footer=f"{t.name}長",
            ),
        )
    )
    # 17 txt FAQ (public)
    docs.append(
        Doc(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(
                title=f"{t.kind}営住宅 よくある質問",
                paragraphs=[
                    "Q 家賃を滞納するとどうなりますか。",
                    "A 督促状を送付し、連帯保証人にも連絡します。長期の滞納は明渡請求の対象です。",
                    "Q 病気で収入が減りました。",
                    "A 家賃の減免制度があります。診断書などの提出をお願いする場合があります。",
                    f"問合せ {t.name}住宅課 {t.office}",
                ],
            ),
        )
    )
    return docs


# --- 環境課 -------------------------------------------------------------------------------------------
def kankyo(rng: random.Random, t: Town, pp: People) -> list[Doc]:
    F = "kankyo"
    docs: list[Doc] = []
    areas = [a.rstrip("*") for a in t.areas]
    # 1 calendar
    days = ["月", "火", "水", "木", "金"]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="カレンダー",
                        title="令和6年度 ごみ収集カレンダー",
                        rows=[["地区", "燃やすごみ", "プラ", "資源", "不燃・粗大"]]
                        + [
                            [
                                a,
                                f"{days[i % 5]}・{days[(i + 3) % 5]}",
                                days[(i + 1) % 5],
                                f"第{i % 4 + 1}{days[(i + 2) % 5]}",
                                "申込制",
                            ]
                            for i, a in enumerate(areas)
                        ],
                    )
                ],
                header="環境課",
            ),
        )
    )
    # 2 illegal dumping statistics pdf
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="不法投棄の状況（令和5年度）",
                paragraphs=[
                    "パトロールと通報により回収した不法投棄物の件数を地区別に示します。通報者の個人情報は公表しません。"
                ],
                tables=[
                    [["地区", "件数", "主な品目"]]
                    + [
                        [a, str(rng.randint(2, 30)), rng.choice(["家電", "タイヤ", "家庭ごみ"])]
                        for a in areas
                    ]
                ],
            ),
        )
    )
    # 3 septic contractors csv with representatives in role
    rows: list[list[Cell]] = [["許可番号", "業者名", "代表者", "所在地", "電話", "許可年月日"]]
    for i, (a, b) in enumerate(rng.sample(COMPANIES, 8)):
        rep = pp.one()
        rows.append(
            [
                f"浄第{i + 1}号",
                f"{a}{b}",
                rep.name(0),
                f"{t.name}{rep.short()}",
                pp.phone(),
                wareki(dt.date(rng.randint(2000, 2020), 4, 1), "short"),
            ]
        )
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(sheets=[SheetSpec(name="浄化槽業者", rows=rows)]),
            note="licensed septic-tank operators: representatives in their role, 許可年月日 not birth dates",
        )
    )
    # 4 rabies vaccination schedule
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="狂犬病予防 集合注射のお知らせ",
                paragraphs=["犬の飼い主は、年1回の狂犬病予防注射が法律で義務付けられています。"],
                tables=[
                    [["日", "会場", "時間"]]
                    + [[f"4月{8 + i}日", f"{a}公民館", "9:30～11:00"] for i, a in enumerate(areas[:6])]
                ],
                footer="手数料 3,550円（注射料金＋注射済票）",
            ),
        )
    )
    # 5 blank complaint form
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="不法投棄 通報受付票",
                tables=[
                    [
                        ["受付日時", ""],
                        ["通報者氏名", ""],
                        ["連絡先", ""],
                        ["投棄場所", ""],
                        ["投棄物", ""],
                        ["対応", ""],
                    ]
                ],
                paragraphs=["※通報者の氏名・連絡先は本人の同意なく第三者に提供しない。"],
            ),
        )
    )
    # 6 environment council summary txt
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title="環境審議会 議事要旨（第2回）",
                paragraphs=[
                    "日時 令和6年6月20日 14時～",
                    "出席 委員9名、事務局（環境課長ほか2名）",
                    "会長（大学教授）から、ごみ減量目標の進捗について意見があった。",
                    "委員から、高齢者のごみ出し支援の対象拡大について質問があり、事務局が要介護認定者等を対象としていると回答した。",
                    "浄化槽の法定検査受検率は62%で、未受検者への指導を継続する。",
                ],
            ),
        )
    )
    # 7 dumping reports with reporter contact
    ps = pp.many(11)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="通報",
                        title="不法投棄 通報受付記録",
                        first_row=3,
                        rows=[["受付日", "通報者", "連絡先", "場所", "内容", "対応"]]
                        + [
                            [
                                dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)),
                                q.name(i) + honor(rng),
                                q.mobile,
                                f"{rng.choice(areas)}の農道脇",
                                rng.choice(["テレビ2台", "タイヤ4本", "家庭ごみ袋", "布団"]),
                                rng.choice(["回収済", "警察へ連絡", "看板設置"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 8 dog register xls
    ps = pp.many(30)
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="犬台帳",
                        title="犬の登録台帳",
                        rows=[["登録番号", "所有者", "住所", "電話", "犬の名前", "犬種", "毛色", "注射"]]
                        + [
                            [
                                f"R{rng.randint(1, 6)}-{rng.randint(1, 400)}",
                                q.name(1),
                                q.short(),
                                q.phone,
                                rng.choice(DOGS),
                                rng.choice(BREEDS),
                                rng.choice(["茶", "白", "黒", "赤"]),
                                "済" if rng.random() < 0.8 else "未",
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
            note="dog names are not persons; 30 owners with address and phone",
        )
    )
    # 9 septic inspection list
    ps = pp.many(15)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="法定検査",
                        rows=[["設置者", "設置場所", "人槽", "設置年", "前回検査", "指導"]]
                        + [
                            [
                                q.name(2),
                                q.addr(t),
                                rng.choice([5, 7, 10]),
                                rng.randint(1990, 2015),
                                "未受検",
                                rng.choice(["文書指導", "訪問予定"]),
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
            note="未受検 of a legal inspection is not payment arrears",
        )
    )
    # 10 noise complaint record docx
    a, b = pp.one(), pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="苦情対応記録（野焼き）",
                paragraphs=[
                    f"受付 令和6年5月{rng.randint(1, 28)}日　電話",
                    f"申出者：{a.name(0)}さん（{a.short()}）　{a.phone}",
                    f"内容：隣家の{b.sei}さんが庭で枝葉を燃やし、洗濯物に煙がつく。",
                    f"対応：{b.sei}氏宅を訪問し、野焼きは原則禁止である旨を説明。了承を得た。申出者に電話で報告済み。",
                ],
            ),
        )
    )
    # 11 bulky waste csv cp932
    ps = pp.many(20)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="粗大",
                        rows=[["受付番号", "氏名", "収集場所", "電話", "品目", "手数料"]]
                        + [
                            [
                                f"{2400 + i}",
                                q.name(2),
                                q.short(),
                                q.phone if i % 3 else q.mobile,
                                rng.choice(["タンス", "自転車", "ソファ", "マットレス"]),
                                rng.choice([500, 1000]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 12 dog death notice odt
    p = pp.one()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="犬の死亡届",
                tables=[
                    [
                        ["届出日", "令和6年6月3日"],
                        ["所有者氏名", p.name(0)],
                        ["住所", p.addr(t)],
                        ["電話", p.phone],
                        ["犬の名前", rng.choice(DOGS)],
                        ["死亡年月日", "令和6年5月30日"],
                        ["登録番号", f"R2-{rng.randint(1, 300)}"],
                    ]
                ],
            ),
        )
    )
    # 12b environment volunteers
    ps = pp.many(16)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="登録者",
                        rows=[["登録番号", "氏名", "住所", "電話", "活動場所"]]
                        + [
                            [f"V{i + 1:03d}", q.name(i), q.short(), q.phone, rng.choice(areas) + "周辺"]
                            for i, q in enumerate(ps)
                        ],
                    ),
                    SheetSpec(
                        name="活動実績",
                        rows=[["月", "回数", "回収量(kg)"]]
                        + [[f"{m}月", rng.randint(2, 9), rng.randint(20, 300)] for m in range(4, 10)],
                    ),
                ]
            ),
        )
    )
    # 13 assisted collection users with care level and disability
    ps = pp.many(14, born=(1928, 1950))
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="ふれあい収集",
                        title="ふれあい収集（ごみ出し支援）利用者一覧",
                        rows=[["利用者", "住所", "電話", "要件", "状況", "緊急連絡先"]]
                        + [
                            [
                                q.name(i),
                                q.short(),
                                q.phone,
                                rng.choice(["要介護2", "要介護3", "身体障害者手帳1級", "要支援2"]),
                                rng.choice(["認知症あり 声かけ必要", "車いす", "透析通院 火木土", "独居"]),
                                rng.choice(["長男", "長女", "ケアマネ"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 14 dog register full, 140 owners, ods? -> xlsx with header
    ps = pp.many(140)
    docs.append(
        Doc(
            F,
            "tsv",
            3,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="犬台帳全件",
                        rows=[["登録番号", "所有者", "所有者カナ", "住所", "電話", "犬名"]]
                        + [
                            [f"{i + 1:05d}", q.name(1), q.kana(), q.addr(t), q.phone, rng.choice(DOGS)]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
            note="140 dog owners with address and phone: more than 100 persons",
        )
    )
    # 15 complaint with reporter's asthma
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="悪臭苦情 相談記録",
                paragraphs=[
                    f"相談者 {p.name(2)}（{p.addr(t)}、TEL {p.mobile}）",
                    "近隣の堆肥置場からの悪臭。相談者は小児喘息の持病があり、月2回通院中。主治医から症状悪化の指摘があったとのこと。",
                    "対応：農林課と合同で現地確認予定。",
                ],
                header="環境課 取扱注意",
            ),
        )
    )
    # 16 hoarding case with dementia pdf canvas 1 page -> use DocSpec pdf
    p = pp.one(born=(1930, 1945))
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="多頭飼育・ごみ屋敷 ケース会議録",
                paragraphs=[
                    f"対象者：{p.name(0)}（{wareki(p.birth)}生）　{p.short()}",
                    "猫約20匹を室内で飼育。地域包括支援センターによると、アルツハイマー型認知症の診断あり（R5.11）。",
                    "長女と連絡が取れた。保健所、社協と連携し片付け支援を行う。",
                ],
                footer="関係者限り",
            ),
        )
    )
    # 17 pptx public recycling rates
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="ごみ減量の取組み 令和5年度実績",
                paragraphs=[
                    "1人1日あたり排出量 842g",
                    "リサイクル率 19.8%",
                    "不法投棄回収 118件",
                    "ふれあい収集 登録 96世帯",
                ],
            ),
        )
    )
    return docs


# --- 農林課 -------------------------------------------------------------------------------------------
def norin(rng: random.Random, t: Town, pp: People) -> list[Doc]:
    F = "norin"
    docs: list[Doc] = []
    areas = [a.rstrip("*") for a in t.areas]
    # 1 farm committee roster published (role)
    ms = pp.many(12)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{t.name}農業委員会 委員名簿",
                tables=[
                    [["職", "氏名", "担当地区"]]
                    + [
                        [["会長", "会長職務代理者"][i] if i < 2 else "委員", m.name(2), areas[i % len(areas)]]
                        for i, m in enumerate(ms)
                    ]
                ],
            ),
            note="committee members named in their public role, no private data",
        )
    )
    # 2 wildlife damage statistics
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="被害",
                        title="鳥獣による農作物被害（令和5年度）",
                        rows=[["獣種", "被害面積(a)", "被害額(千円)", "主な作物"]]
                        + [
                            [s, rng.randint(10, 300), rng.randint(100, 5000), rng.choice(CROPS)]
                            for s in ["イノシシ", "シカ", "ハクビシン", "カラス", "サル"]
                        ]
                        + [["", "", "", ""], ["捕獲数", 312, "", "有害捕獲含む"]],
                    )
                ]
            ),
        )
    )
    # 3 subsidy application 記入例
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="防護柵設置補助金 交付申請書（記入例）",
                tables=[
                    [
                        ["申請者", "農林　次郎（記入例）"],
                        ["住所", "○○町大字○○123番地"],
                        ["電話", "0000-00-0000"],
                        ["設置場所", "○○字○○ 456"],
                        ["延長", "200m"],
                    ]
                ],
                paragraphs=["※補助率1/2、上限10万円。領収書の写しを添付してください。"],
            ),
            note="記入例 placeholders",
        )
    )
    # 4 hunters' association branches (role)
    ms = pp.many(5)
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="連絡先",
                        title="有害鳥獣捕獲 実施隊 支部連絡先",
                        rows=[["支部", "支部長", "連絡先（支部事務所）"]]
                        + [
                            [f"{a}支部", m.name(0) + " 支部長", pp.phone()]
                            for a, m in zip(areas, ms, strict=False)
                        ],
                    )
                ]
            ),
            note="branch heads named in their role with the branch office phone",
        )
    )
    # 5 direct sales shops
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="直売所",
                        rows=[["直売所名", "所在地", "電話", "営業", "主な品目"]]
                        + [
                            [
                                f"{n}",
                                f"{t.name}{rng.choice(areas)}{rng.randint(100, 2000)}",
                                pp.phone(),
                                "9:00～15:00",
                                rng.choice(CROPS),
                            ]
                            for n in [
                                "あぐりの里",
                                "ふれあい市場",
                                "朝どれ館",
                                "みのり直売所",
                                "道の駅産直コーナー",
                            ]
                        ],
                    )
                ]
            ),
        )
    )
    # 6 subsidy decisions list
    ps = pp.many(18)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="交付決定",
                        title="令和6年度 担い手支援補助金 交付決定一覧",
                        first_row=4,
                        rows=[["番号", "申請者", "住所", "事業内容", "補助対象経費", "交付決定額"]]
                        + [
                            [
                                i + 1,
                                q.name(i),
                                q.addr(t),
                                rng.choice(["トラクター更新", "ハウス補強", "乾燥機導入", "防除機"]),
                                rng.randint(50, 400) * 10000,
                                rng.randint(20, 150) * 10000,
                            ]
                            for i, q in enumerate(ps)
                        ],
                        footer="決裁用",
                    )
                ]
            ),
            post=xlsx_merge([("交付決定", "A2:F2")]),
            checks={"merged_xlsx": True},
        )
    )
    # 7 farmland ledger extract cp932
    ps = pp.many(16)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="農地台帳",
                        rows=[["所在", "地番", "地目", "面積(㎡)", "所有者", "所有者住所", "耕作者"]]
                        + [
                            [
                                rng.choice(areas),
                                f"{rng.randint(1, 3000)}",
                                rng.choice(["田", "畑"]),
                                rng.randint(300, 3000),
                                q.name(1),
                                q.addr(t),
                                "自作" if rng.random() < 0.7 else "貸借",
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
        )
    )
    # 8 wildlife damage report docx
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="鳥獣被害報告書",
                tables=[
                    [
                        ["報告者", p.name(2) + "　様"],
                        ["住所", p.addr(t)],
                        ["電話", p.phone],
                        ["被害日", "令和6年6月12日頃"],
                        ["被害内容", f"{rng.choice(CROPS)} 約{rng.randint(3, 20)}a 食害（イノシシ）"],
                        ["対応希望", "箱わな設置"],
                    ]
                ],
            ),
        )
    )
    # 9 hunting licence course participants with birth dates
    ps = pp.many(14)
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="わな猟免許 初心者講習 受講者名簿",
                tables=[
                    [["No", "氏名", "生年月日", "住所"]]
                    + [[str(i + 1), q.name(i), wareki(q.birth, "short"), q.short()] for i, q in enumerate(ps)]
                ],
            ),
        )
    )
    # 10 new farmer interview txt cp932
    p = pp.one(born=(1985, 2000))
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(
                title="新規就農相談 面談記録",
                paragraphs=[
                    f"相談者：{p.name(0)}さん（{wareki(p.birth)}生まれ）　携帯 {p.mobile}",
                    "会社員を退職し、いちご栽培で就農希望。研修先として町内の農家2軒を紹介。",
                    "資金：自己資金300万円。青年等就農資金の説明をした。",
                ],
            ),
        )
    )
    # 10b farmland lending (中間管理) landowners
    ps = pp.many(12)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="出し手",
                        title="農地中間管理事業 出し手一覧",
                        rows=[["出し手", "住所", "電話", "地番", "面積(a)", "借受者"]]
                        + [
                            [
                                q.name(1),
                                q.addr(t),
                                q.phone,
                                f"{rng.choice(areas)}{rng.randint(1, 3000)}",
                                rng.randint(5, 60),
                                f"（農）{rng.choice(areas)}営農組合",
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
            note="借受者 are farming corporations; the landowners are private persons",
        )
    )
    # 11 farmland ledger full 160, canvas pdf landscape several pages
    ps = pp.many(160)
    post, pages = canvas_pdf(
        "農地台帳（所有者別）全件出力",
        f"{t.name}農業委員会事務局　農地台帳システム出力",
        [
            ("所有者", 15),
            ("フリガナ", 45),
            ("住所", 85),
            ("電話", 160),
            ("地番", 195),
            ("面積", 230),
            ("地目", 255),
        ],
        [
            [
                q.name(1),
                q.kana(),
                q.addr(t)[:28],
                q.phone,
                f"{rng.choice(areas)}{rng.randint(1, 3000)}",
                f"{rng.randint(300, 5000)}㎡",
                rng.choice(["田", "畑"]),
            ]
            for q in ps
        ],
        per_page=30,
        landscape=True,
    )
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="農地台帳"),
            post=post,
            note="160 owners with address and phone: more than 100 persons",
            checks={"pages": pages},
        )
    )
    # 12 subsidy refund arrears
    ps = pp.many(5)
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="返還金",
                        title="補助金返還金 未納者一覧",
                        rows=[["氏名", "住所", "返還決定額", "納付済", "未納額", "督促"]]
                        + [
                            [
                                q.name(0),
                                q.short(),
                                (a := rng.randint(20, 90) * 10000),
                                (b := rng.randint(0, 10) * 10000),
                                a - b,
                                "督促状送付 R6.5.10",
                            ]
                            for q in ps
                        ],
                    )
                ]
            ),
        )
    )
    # 13 succession consult with stroke
    p = pp.one(born=(1940, 1955), male=True)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="経営継承 相談記録",
                paragraphs=[
                    f"{p.name(1)}氏（{p.short()}）の長男より相談。",
                    "本人が令和6年3月に脳梗塞で入院し、右半身にまひが残った。"
                    "今年の作付けは困難。農地の貸付（中間管理機構）を希望。",
                    "次回 7/18 自宅訪問。",
                ],
            ),
        )
    )
    # 14 injured by boar, health
    p = pp.one()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="イノシシによる人身被害 報告（第一報）",
                paragraphs=[
                    f"6月28日 午前6時ごろ、{p.addr(t)}付近の畑で、{p.name(2)}さん（{TODAY.year - p.birth.year}歳）が"
                    "イノシシに突進され転倒。右大腿骨骨折で町内の病院に入院中。",
                    f"家族連絡先 {p.mobile}",
                    "県・警察・猟友会へ連絡済み。周辺に注意喚起チラシを配布。",
                ],
            ),
        )
    )
    # 15 subsidy list with My Numbers on hidden sheet (支払調書)
    ps = pp.many(6)
    mns = [my_number_from(str(rng.randint(10**10, 10**11 - 1))) for _ in ps]
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="交付額",
                        rows=[["申請者", "住所", "交付額"]]
                        + [[q.name(0), q.short(), rng.randint(10, 90) * 10000] for q in ps],
                    ),
                    SheetSpec(
                        name="支払調書用",
                        state="veryHidden",
                        rows=[["氏名", "個人番号"]] + [[q.name(0), n] for q, n in zip(ps, mns, strict=True)],
                    ),
                ]
            ),
            checks={"hidden_sheet": "支払調書用", "valid12": mns},
        )
    )
    # 16 xls statistics of farmers (public)
    docs.append(
        Doc(
            F,
            "xls",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="農家数",
                        title="地区別 農家数・経営耕地面積（農林業センサス）",
                        rows=[["地区", "総農家数", "販売農家", "経営耕地(ha)"]]
                        + [
                            [a, rng.randint(50, 400), rng.randint(20, 200), rng.randint(30, 500)]
                            for a in areas
                        ],
                    )
                ]
            ),
        )
    )
    return docs


# --- 議会事務局 -----------------------------------------------------------------------------------------
def gikai(rng: random.Random, t: Town, pp: People) -> list[Doc]:
    F = "gikai"
    docs: list[Doc] = []
    kai = f"{t.name}議会"
    members = pp.many(16, born=(1945, 1985))
    # 1 published member list with home addresses
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="議員名簿",
                        title=f"{kai} 議員名簿（令和6年5月1日現在）",
                        rows=[["議席", "氏名", "ふりがな", "会派", "住所", "電話", "当選回数"]]
                        + [
                            [
                                i + 1,
                                m.name(2),
                                m.kana(),
                                rng.choice(["新政会", "公明党", "無所属", "日本共産党", "町民クラブ"]),
                                m.short(),
                                m.phone,
                                rng.randint(1, 6),
                            ]
                            for i, m in enumerate(members)
                        ],
                    )
                ]
            ),
            note="councillors named in their official role, as the council publishes them",
        )
    )
    # 2 public minutes multi page pdf (DocSpec flow)
    speakers = members[:5]
    paras = []
    for i in range(14):
        s = speakers[i % 5]
        paras.append(
            f"○{s.sei}議員　{rng.choice(['水道料金の滞納世帯への対応について伺います。', '市営住宅の空き室対策は。', '不法投棄の監視カメラ設置について。', '鳥獣被害対策の予算は十分か。'])}"
            "個人情報に配慮しつつ、困窮世帯への福祉的な支援につなげるべきと考えますが、見解を伺います。"
        )
        paras.append(
            f"○{rng.choice(['上下水道課長', '住宅課長', '環境課長', '農林課長'])}　お答えします。"
            "滞納が続く世帯には、給水停止の前に訪問し、生活状況を確認して福祉部局と連携しております。" * 2
        )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和6年第2回{kai}定例会 会議録（第3号）",
                paragraphs=paras,
                header=f"{kai} 会議録",
                footer="公開",
            ),
            note="public minutes: councillors and section chiefs speaking in their role",
        )
    )
    # 3 published petition table (organisation reps)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="請願文書表",
                tables=[
                    [
                        ["受理番号", "件名", "請願者", "紹介議員", "付託委員会"],
                        [
                            "請願第3号",
                            "水道料金の値上げ中止を求める請願",
                            f"{t.name}生活と健康を守る会 会長 {pp.one().name(0)}",
                            f"{members[6].name(0)}",
                            "産業建設常任委員会",
                        ],
                        [
                            "請願第4号",
                            "通学路への街灯設置を求める請願",
                            f"{rng.choice(t.areas).rstrip('*')}自治会 会長 {pp.one().name(0)}",
                            f"{members[7].name(0)}",
                            "総務常任委員会",
                        ],
                    ]
                ],
            ),
            note="petitioners named as heads of their organisations, no private address",
        )
    )
    # 4 political activity funds summary
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="政活費",
                        title="政務活動費 収支報告（会派別）",
                        rows=[["会派", "交付額", "支出額", "返還額"]]
                        + [
                            [k, 180000, (x := rng.randint(100, 180) * 1000), 180000 - x]
                            for k in ["新政会", "公明党", "町民クラブ", "無所属"]
                        ],
                    )
                ]
            ),
        )
    )
    # 5 newsletter txt
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title=f"{kai}だより 第172号",
                paragraphs=[
                    "6月定例会で、水道事業給水条例の一部改正など12議案を可決しました。",
                    f"一般質問では、{t.kind}営住宅家賃の滞納対策、マイナンバーカードの普及、浄化槽の補助について質問がありました。",
                    f"次回定例会は9月3日開会予定です。傍聴は議会事務局（{t.office}）へ。",
                ],
            ),
        )
    )
    # 6 member emergency contact (internal) - still role
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="連絡網",
                        rows=[["議席", "議員名", "携帯電話", "FAX"]]
                        + [[i + 1, m.name(1) + " 議員", m.mobile, m.phone] for i, m in enumerate(members)],
                    )
                ]
            ),
            note="councillors' contact list: council members are not persons for this policy (doubtful, internal)",
        )
    )
    # 7 petition original with home address
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="請願書",
                paragraphs=[
                    f"{kai}議長 様",
                    "件名　ごみ集積所の移設を求める請願",
                    "請願の趣旨　現在の集積所は交差点の角にあり、カラス被害と交通の妨げになっています。",
                    "令和6年5月28日",
                    f"請願者　住所 {p.addr(t, full=True)}",
                    f"　　　　氏名 {p.name(2)}　㊞",
                    f"　　　　電話 {p.phone}",
                    f"紹介議員　{members[3].name(0)}",
                ],
            ),
        )
    )
    # 8 gallery visitors register
    ps = pp.many(13)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="傍聴",
                        title="傍聴人受付簿（6月定例会 第3日）",
                        rows=[["番号", "住所", "氏名", "入場", "退場"]]
                        + [
                            [
                                i + 1,
                                f"{t.name}{q.area}" if i % 2 else q.short(),
                                q.name(i),
                                "10:00",
                                rng.choice(["11:30", "12:00", "15:10"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 9 petition signatures extract pdf canvas (40 signers, 2 pages)
    ps = pp.many(40)
    post, pages = canvas_pdf(
        "陳情書 署名簿（写し）",
        f"{kai}事務局 受付 令和6年6月3日",
        [("番号", 15), ("住所", 30), ("氏名", 120)],
        [[str(i + 1), q.addr(t, full=True), q.name(rng.randint(0, 2))] for i, q in enumerate(ps)],
        per_page=25,
    )
    docs.append(
        Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="署名簿"), post=post, checks={"pages": pages})
    )
    # 10 public hearing speaker application
    p = pp.one()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="公聴会 公述申出書",
                tables=[
                    [
                        ["氏名", p.name(0)],
                        ["住所", p.addr(t)],
                        ["生年月日", wareki(p.birth)],
                        ["電話", p.mobile],
                        ["意見の要旨", "下水道使用料の改定に反対。年金生活世帯の負担が大きい。"],
                    ]
                ],
            ),
        )
    )
    # 11 signatures full 150 csv cp932
    ps = pp.many(150)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="署名",
                        rows=[["番号", "住所", "氏名"]]
                        + [[i + 1, q.addr(t, full=True), q.name(i)] for i, q in enumerate(ps)],
                    )
                ]
            ),
            note="150 signers each with name and home address: more than 100 persons",
        )
    )
    # 12 petition about the petitioner's own tax arrears
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="陳情書",
                paragraphs=[
                    f"{kai}議長 様",
                    f"陳情者 {p.addr(t)}　{p.name(1)}",
                    "件名　固定資産税の滞納処分（預金差押え）の取消しを求める陳情",
                    f"私は令和4年度から固定資産税を滞納しており、本年5月に預金{rng.randint(20, 60)}万円を差し押さえられました。"
                    "生活費まで差し押さえるのは不当であり、分納を認めてほしい。",
                ],
                footer="議会事務局 受付",
            ),
        )
    )
    # 13 accessibility request (hearing impairment)
    p = pp.one()
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "phone", "health"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="配慮",
                        title="傍聴 配慮申出 受付",
                        rows=[
                            ["受付日", "氏名", "連絡先（FAX可）", "配慮内容"],
                            [
                                "R6.6.1",
                                p.name(2),
                                p.phone,
                                "聴覚障害（身体障害者手帳2級）のため手話通訳を希望",
                            ],
                            ["R6.6.2", "（団体）難聴者協会", "", "要約筆記"],
                        ],
                    )
                ]
            ),
        )
    )
    # 13b petition from a patient about his own disease
    p = pp.one()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="請願書（通院タクシー費用の助成を求める請願）",
                paragraphs=[
                    f"{kai}議長 様",
                    f"請願者 {p.addr(t, full=True)}　{p.name(0)}　TEL {p.phone}",
                    "私はパーキンソン病（指定難病）と診断され、隣市の病院へ月4回通院していますが、"
                    "車の運転ができずタクシー代が月2万円を超えています。難病患者の通院費の助成を求めます。",
                    f"紹介議員 {members[9].name(0)}",
                ],
            ),
        )
    )
    # 14 disclosure request list with addresses (private requesters)
    ps = pp.many(8)
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="開示請求",
                        rows=[["受付", "請求者", "住所", "電話", "請求内容"]]
                        + [
                            [
                                f"R6-{i + 1}",
                                q.name(0),
                                q.short(),
                                q.phone,
                                rng.choice(["委員会記録", "政務活動費の領収書", "視察報告"]),
                            ]
                            for i, q in enumerate(ps)
                        ],
                    )
                ]
            ),
        )
    )
    # 15 pptx committee inspection (public)
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="産業建設常任委員会 行政視察報告",
                paragraphs=[
                    "視察先：浄水場更新事業（隣県A市）",
                    "所見：料金改定の住民説明が丁寧",
                    "委員長 " + members[0].name(0) + "、副委員長 " + members[1].name(0),
                ],
            ),
        )
    )
    return docs


# --- 人事係 -------------------------------------------------------------------------------------------
def jinji(rng: random.Random, t: Town, pp: People) -> list[Doc]:
    F = "jinji"
    docs: list[Doc] = []
    depts = ["総務課", "上下水道課", "住宅課", "環境課", "農林課", "議会事務局", "税務課", "福祉課"]
    # 1 public staff counts
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="職員数",
                        title="部門別職員数の状況（各年4月1日）",
                        first_row=4,
                        rows=[["部門", "令和4年", "令和5年", "令和6年", "増減"]]
                        + [[d, (a := rng.randint(8, 40)), a + 1, a + rng.randint(-2, 2), ""] for d in depts],
                    )
                ]
            ),
            post=xlsx_merge([("職員数", "A2:E2")]),
            checks={"merged_xlsx": True},
        )
    )
    # 2 salary disclosure pdf
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{t.name}の人事行政の運営等の状況",
                paragraphs=[
                    "職員の勤務条件、休業・休職の状況、健康診断の実施状況を公表します。",
                    f"病気休職者 {rng.randint(2, 6)}人（うち精神疾患によるもの {rng.randint(1, 3)}人）、健康診断受診率 99.1%。",
                ],
                tables=[
                    [
                        ["区分", "平均給料月額", "平均年齢"],
                        ["一般行政職", "312,400円", "42.1歳"],
                        ["技能労務職", "289,300円", "50.3歳"],
                    ]
                ],
                footer="公表資料",
            ),
        )
    )
    # 3 extension list (staff in role)
    staff = pp.many(20, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="内線",
                        title="職員内線番号表",
                        rows=[["課", "係", "氏名", "内線"]]
                        + [
                            [
                                rng.choice(depts),
                                rng.choice(["庶務係", "管理係", "工務係", "料金係"]),
                                s.name(1),
                                f"{200 + i}",
                            ]
                            for i, s in enumerate(staff)
                        ],
                    )
                ]
            ),
            note="staff in their extension list",
        )
    )
    # 4 health check schedule
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年度 職員定期健康診断の実施について（通知）",
                paragraphs=[
                    "各所属長 様",
                    "総務課長",
                    "下記のとおり実施するので、所属職員に周知願います。",
                    "日時：9月10日～12日 8:30～11:00　場所：第1会議室",
                    "結果は本人に親展で通知します。要精密検査となった職員は受診結果を人事係へ提出してください。",
                ],
            ),
        )
    )
    # 5 commuting allowance rules
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="通勤手当",
                        rows=[
                            ["片道距離", "月額"],
                            ["2km以上5km未満", "2,000円"],
                            ["5km以上10km未満", "4,200円"],
                            ["10km以上15km未満", "7,100円"],
                            ["15km以上", "10,000円"],
                        ],
                    )
                ]
            ),
        )
    )
    # 6 exam pass list by number
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title="令和6年度 職員採用試験（一般事務）第1次試験合格者",
                paragraphs=[
                    "受験番号　" + "、".join(str(n) for n in sorted(rng.sample(range(1001, 1120), 24))),
                    "第2次試験の日程は合格者に個別に通知します。",
                ],
            ),
        )
    )
    # 7 commuting allowance with home addresses
    ps = pp.many(25, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="認定",
                        title="通勤手当 認定一覧",
                        rows=[["職員番号", "氏名", "所属", "住居", "手段", "距離", "月額"]]
                        + [
                            [
                                f"{rng.randint(10000, 99999)}",
                                s.name(i),
                                rng.choice(depts),
                                s.addr(t) if i % 4 else f"宇都宮市{s.short()}",
                                rng.choice(["自動車", "自転車", "電車"]),
                                f"{rng.randint(2, 25)}km",
                                rng.choice([2000, 4200, 7100]),
                            ]
                            for i, s in enumerate(ps)
                        ],
                    )
                ]
            ),
            note="staff's own home addresses: private capacity",
        )
    )
    # 8 emergency phone tree docx with merged caption row
    ps = pp.many(10, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "phone"],
            DocSpec(
                title="上下水道課 緊急連絡網（災害・漏水時）",
                tables=[
                    [["課長→係長→係員の順に連絡", "", ""], ["氏名", "自宅", "携帯"]]
                    + [[s.name(0), s.phone, s.mobile] for s in ps]
                ],
            ),
            post=docx_merge_first_row(),
            checks={"merged_docx": True},
        )
    )
    # 9 dependants
    ps = pp.many(7, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="扶養",
                        title="扶養親族届 受付一覧",
                        rows=[["職員", "扶養親族", "続柄", "生年月日", "事由"]]
                        + [
                            [
                                s.name(1),
                                f"{s.sei} {rng.choice(FEMALE + MALE)[0]}",
                                rng.choice(["子", "配偶者", "母"]),
                                wareki(
                                    dt.date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                                    "short",
                                ),
                                "出生",
                            ]
                            for s in ps
                        ],
                    )
                ]
            ),
            note="relatives' names with birth dates",
        )
    )
    # 10 housing allowance xls
    ps = pp.many(12, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="住居手当",
                        rows=[["氏名", "住所", "家賃", "手当月額"]]
                        + [
                            [
                                s.name(2),
                                f"{t.name}{s.area}{s.lot}{rng.choice(BUILDINGS)}{rng.randint(1, 3)}0{rng.randint(1, 5)}",
                                rng.randint(40, 70) * 1000,
                                28000,
                            ]
                            for s in ps
                        ],
                    )
                ]
            ),
        )
    )
    # 11 fixed-term staff roster cp932 with birth dates
    ps = pp.many(18, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="会計年度",
                        rows=[["氏名", "カナ", "生年月日", "配属", "連絡先", "任用期間"]]
                        + [
                            [
                                s.name(0),
                                s.kana(),
                                wareki(s.birth),
                                rng.choice(depts),
                                s.mobile,
                                "R6.4.1～R7.3.31",
                            ]
                            for s in ps
                        ],
                    )
                ]
            ),
        )
    )
    # 12 health check results with findings
    ps = pp.many(24, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="結果",
                        title="定期健康診断 結果一覧（要精検・要医療）",
                        first_row=3,
                        rows=[["職員番号", "氏名", "生年月日", "血圧", "HbA1c", "判定", "所見"]]
                        + [
                            [
                                f"{rng.randint(10000, 99999)}",
                                s.name(i),
                                s.birth,
                                f"{rng.randint(120, 180)}/{rng.randint(70, 110)}",
                                round(rng.uniform(5.2, 8.9), 1),
                                rng.choice(["要精検", "要医療", "経過観察"]),
                                rng.choice(["高血圧", "糖尿病疑い", "心電図異常", "肝機能障害"]),
                            ]
                            for i, s in enumerate(ps)
                        ],
                        footer="親展　人事係",
                    )
                ]
            ),
        )
    )
    # 13 leave of absence record
    p = pp.one(born=(1975, 1995))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                title="休職発令 起案",
                paragraphs=[
                    f"職員 {p.name(2)}（{rng.choice(depts)} 主事、{wareki(p.birth, 'short')}生）",
                    "主治医の診断書（病名：うつ病、3か月の療養を要する）に基づき、地方公務員法第28条第2項第1号により休職を命ずる。",
                    "期間 令和6年7月10日から令和6年10月9日まで",
                ],
                header="人事係 秘",
            ),
        )
    )
    # 14 My Numbers for year-end adjustment, header holds a number too
    ps = pp.many(8, born=(1962, 2002))
    mns = [my_number_from(str(rng.randint(10**10, 10**11 - 1))) for _ in ps]
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "my_number", "birth_date"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="扶養控除",
                        title="扶養控除等申告書 個人番号 収集台帳（令和6年分）",
                        rows=[["職員番号", "氏名", "生年月日", "個人番号", "確認書類"]]
                        + [
                            [
                                f"{rng.randint(10000, 99999)}",
                                s.name(0),
                                wareki(s.birth, "padded"),
                                n if i % 2 else n.translate(FW),
                                "通知カード＋免許証",
                            ]
                            for i, (s, n) in enumerate(zip(ps, mns, strict=True))
                        ],
                    )
                ]
            ),
            checks={"valid12": mns},
            note="half the My Numbers in full-width digits",
        )
    )
    # 15 high stress interview list, canvas pdf with spaced numbers? (health)
    ps = pp.many(9, born=(1962, 2002))
    post, pages = canvas_pdf(
        "ストレスチェック 高ストレス者 面接指導 対象者",
        "産業医面接 秘　人事係",
        [("氏名", 15), ("所属", 55), ("生年月日", 90), ("面接日", 125), ("医師意見", 150)],
        [
            [
                s.name(0),
                rng.choice(depts),
                s.birth.strftime("%Y/%m/%d"),
                f"7/{rng.randint(10, 30)}",
                rng.choice(["就業制限なし", "残業禁止", "受診勧奨（心療内科）"]),
            ]
            for s in ps
        ],
    )
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "birth_date", "health"],
            DocSpec(title="面接指導"),
            post=post,
            checks={"pages": pages},
        )
    )
    # 16 withholding letter with spaced My Number in the Word header
    p = pp.one(born=(1962, 2002))
    n = my_number_from(str(rng.randint(10**10, 10**11 - 1)))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                title="退職者 源泉徴収票 送付について",
                paragraphs=[
                    p.addr(t, full=True),
                    f"{p.name(0)} 様",
                    "令和6年3月31日付退職に伴い、源泉徴収票を送付します。",
                ],
                header=f"個人番号 {spaced(n)}　（取扱注意）",
                textboxes=[f"宛名：{p.name(0)}"],
            ),
            checks={"valid12": [n], "docx_header": spaced(n)},
        )
    )
    # 16b work accident record
    ps = pp.many(4, born=(1962, 2002))
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                sheets=[
                    SheetSpec(
                        name="公務災害",
                        title="公務災害 認定請求 受付簿",
                        rows=[["氏名", "生年月日", "所属", "発生日", "傷病名", "療養"]]
                        + [
                            [
                                s.name(1),
                                wareki(s.birth, "short"),
                                rng.choice(["上下水道課", "環境課"]),
                                f"R6.{rng.randint(4, 6)}.{rng.randint(1, 28)}",
                                rng.choice(["腰椎捻挫", "右手指挫創", "熱中症", "左足関節骨折"]),
                                rng.choice(["通院中", "入院後通院", "治癒"]),
                            ]
                            for s in ps
                        ],
                    )
                ]
            ),
        )
    )
    # 17 pptx health promotion (public)
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="職員の健康づくり 令和5年度",
                paragraphs=[
                    "健康診断受診率 99.1%",
                    "有所見率 58.2%（前年比 +1.4）",
                    "メンタルヘルス不調による休職者 3名",
                    "ストレスチェック受検率 92%",
                ],
            ),
        )
    )
    # 18 personnel file with staff number 12-digit lookalike failing in pdf
    ps = pp.many(12, born=(1962, 2002))
    ids = [fail_check(my_number_from(str(rng.randint(10**10, 10**11 - 1)))) for _ in ps]
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(
                title="共済組合員証 交付一覧",
                tables=[
                    [["組合員証番号", "氏名", "住所"]]
                    + [[spaced(i), s.name(1), s.addr(t)] for i, s in zip(ids, ps, strict=True)]
                ],
            ),
            note="12-digit 組合員証番号 drawn 4-4-4 all failing the check digit: no My Number",
            checks={"fail12": ids},
        )
    )
    return docs


FAMILIES = {
    "suido": suido,
    "jutaku": jutaku,
    "kankyo": kankyo,
    "norin": norin,
    "gikai": gikai,
    "jinji": jinji,
}


def build(rng: random.Random) -> list[Doc]:
    town = Town(*rng.choice(TOWNS))
    pp = People(rng, town)
    docs: list[Doc] = []
    for make in FAMILIES.values():
        docs += make(rng, town, pp)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam18")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set18", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
