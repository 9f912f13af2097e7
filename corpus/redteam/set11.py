"""Eleventh red-team set (blind): a city's health centre and welfare office, and what they publish.

``python -m corpus.redteam.set11 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other generators' documents, to be scored on
first contact. One city is drawn per build; the families are its desks and the texts around them: the
保健センター (乳幼児健診 results, 予防接種 registers, 母子健康手帳 交付台帳, 精神保健相談 records, 健康教室
bookings, versus published schedules, clinic lists and 受診率 statistics), the 福祉事務所 (生活保護 case
records, 扶助費 支給台帳, 返還金 未納 lists, 民生委員 memos, versus the 相談窓口 list and the welfare plan),
介護保険 (要介護認定 results, care managers' fax sheets, 保険料 滞納, versus the open-data 事業所一覧), visit
notes where the person is named once at the top, staff mails and chats where one message names a resident
and another gives the details, residents' letters, and forms with a My Number (and look-alikes failing the
check digit).

Each document's level is what the default policy's text gives: 3 for a My Number, health or arrears data
about an identifiable person, or more than 100 persons' records; 2 for a private person's name with their
address, birth date or phone; 1 for the rest (staff, doctors and 管理者 named in their role, facilities,
statistics, anonymised cases). ``types`` lists what a perfect reader reports about private persons (plus
``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
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
from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 1111
TODAY = dt.date(2024, 7, 8)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, postal prefix, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("岩手県", "花巻市", "0198", "025", ["大通り", "御田屋町*", "東町*", "若葉町", "石鳥谷町好地*", "桜町"]),
    ("栃木県", "小山市", "0285", "323", ["城山町", "駅東通り", "大字粟宮*", "神鳥谷", "大字間々田*", "犬塚"]),
    ("福井県", "越前市", "0778", "915", ["府中", "京町", "広瀬町*", "高瀬", "村国", "中央"]),
    ("愛媛県", "今治市", "0898", "794", ["常盤町", "北宝来町", "郷本町", "片原町", "大字阿方*", "東門町"]),
    ("長野県", "上田市", "0268", "386", ["材木町", "常田", "大字秋和*", "中央", "大字上田原*", "天神"]),
    ("宮崎県", "都城市", "0986", "885", ["姫城町*", "松元町*", "早鈴町*", "大王町*", "上町*", "蔵原町*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("浅野", "アサノ"), ("荒木", "アラキ"), ("飯島", "イイジマ"), ("石川", "イシカワ"), ("市川", "イチカワ"),
    ("岩崎", "イワサキ"), ("上野", "ウエノ"), ("内田", "ウチダ"), ("江口", "エグチ"), ("大塚", "オオツカ"),
    ("大野", "オオノ"), ("小川", "オガワ"), ("奥村", "オクムラ"), ("片山", "カタヤマ"), ("川村", "カワムラ"),
    ("菅野", "カンノ"), ("北村", "キタムラ"), ("久保", "クボ"), ("熊谷", "クマガイ"), ("黒田", "クロダ"),
    ("小池", "コイケ"), ("小島", "コジマ"), ("近藤", "コンドウ"), ("桜井", "サクライ"), ("篠原", "シノハラ"),
    ("島田", "シマダ"), ("白石", "シライシ"), ("杉本", "スギモト"), ("関口", "セキグチ"), ("高木", "タカギ"),
    ("竹内", "タケウチ"), ("田村", "タムラ"), ("千葉", "チバ"), ("土屋", "ツチヤ"), ("徳永", "トクナガ"),
    ("永井", "ナガイ"), ("中西", "ナカニシ"), ("西田", "ニシダ"), ("野村", "ノムラ"), ("萩原", "ハギワラ"),
    ("浜田", "ハマダ"), ("平野", "ヒラノ"), ("広瀬", "ヒロセ"), ("福田", "フクダ"), ("堀", "ホリ"),
    ("松尾", "マツオ"), ("丸田", "マルタ"), ("三浦", "ミウラ"), ("宮本", "ミヤモト"), ("村上", "ムラカミ"),
    ("望月", "モチヅキ"), ("森田", "モリタ"), ("安田", "ヤスダ"), ("矢野", "ヤノ"), ("山崎", "ヤマザキ"),
    ("横山", "ヨコヤマ"), ("吉川", "ヨシカワ"), ("若林", "ワカバヤシ"), ("和田", "ワダ"), ("菅原", "スガワラ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("浩二", "コウジ"), ("隆", "タカシ"), ("誠", "マコト"), ("和也", "カズヤ"), ("修", "オサム"),
    ("英樹", "ヒデキ"), ("直樹", "ナオキ"), ("大輔", "ダイスケ"), ("拓也", "タクヤ"), ("俊介", "シュンスケ"),
    ("哲也", "テツヤ"), ("博之", "ヒロユキ"), ("聡", "サトシ"), ("健一", "ケンイチ"), ("雅人", "マサト"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("洋子", "ヨウコ"), ("由美", "ユミ"), ("直美", "ナオミ"), ("真由美", "マユミ"), ("久美子", "クミコ"),
    ("明美", "アケミ"), ("智子", "トモコ"), ("美穂", "ミホ"), ("沙織", "サオリ"), ("愛", "アイ"),
    ("麻衣", "マイ"), ("彩", "アヤ"), ("千尋", "チヒロ"), ("友香", "ユカ"), ("遥", "ハルカ"),
]  # fmt: skip
OLD_MALE: list[tuple[str, str]] = [
    ("秀夫", "ヒデオ"), ("勝", "マサル"), ("茂", "シゲル"), ("弘", "ヒロシ"), ("義男", "ヨシオ"),
    ("幸雄", "ユキオ"), ("正夫", "マサオ"), ("三郎", "サブロウ"), ("忠", "タダシ"), ("実", "ミノル"),
]  # fmt: skip
OLD_FEMALE: list[tuple[str, str]] = [
    ("幸子", "サチコ"), ("和子", "カズコ"), ("節子", "セツコ"), ("文子", "フミコ"), ("トシ", "トシ"),
    ("静江", "シズエ"), ("春江", "ハルエ"), ("玉枝", "タマエ"), ("ミツ", "ミツ"), ("貞子", "サダコ"),
]  # fmt: skip
CHILD_MALE: list[tuple[str, str]] = [
    ("蓮", "レン"), ("湊", "ミナト"), ("陽翔", "ハルト"), ("碧", "アオ"), ("颯太", "ソウタ"),
    ("悠真", "ユウマ"), ("結翔", "ユイト"), ("陸", "リク"), ("凪", "ナギ"), ("大翔", "ヒロト"),
]  # fmt: skip
CHILD_FEMALE: list[tuple[str, str]] = [
    ("陽葵", "ヒマリ"), ("凛", "リン"), ("紬", "ツムギ"), ("結愛", "ユア"), ("芽依", "メイ"),
    ("澪", "ミオ"), ("葵", "アオイ"), ("詩", "ウタ"), ("心結", "ミユ"), ("花", "ハナ"),
]  # fmt: skip
BUILDINGS = ["コーポ若葉", "ハイツ平和", "グランメゾン駅前", "市営住宅", "アーバンコート", "レジデンス桜"]
CLINICS = ["こばと小児科", "みなみクリニック", "ひかり内科医院", "あおば小児科医院", "すずらんこどもクリニック",
           "中央病院", "さくら耳鼻咽喉科", "やまびこ内科"]  # fmt: skip
PROVIDERS = [
    ("社会福祉法人", "やすらぎ会", "特別養護老人ホーム やすらぎの里", "トクベツヨウゴロウジンホーム ヤスラギノサト"),
    ("株式会社", "ケアパートナーズ", "デイサービス ひだまり", "デイサービス ヒダマリ"),
    ("医療法人", "清心会", "介護老人保健施設 せいしん", "カイゴロウジンホケンシセツ セイシン"),
    ("有限会社", "たんぽぽ", "訪問介護 たんぽぽ", "ホウモンカイゴ タンポポ"),
    ("社会福祉法人", "市社会福祉協議会", "居宅介護支援事業所 ふくし", "キョタクカイゴシエンジギョウショ フクシ"),
    ("合同会社", "みのり", "グループホーム みのり", "グループホーム ミノリ"),
    ("株式会社", "ライフサポート東", "小規模多機能 あずま", "ショウキボタキノウ アズマ"),
    ("NPO法人", "ささえあい", "訪問看護ステーション ささえ", "ホウモンカンゴステーション ササエ"),
]  # fmt: skip
STAFF = ["保健師 大久保", "保健師 寺田", "CW 水野", "CW 早川", "主査 樋口", "係長 中島", "管理栄養士 本田"]
FONT = "HeiseiKakuGo-W5"


# --- check digits (own implementation of the published rules) -------------------------------------
def wareki(d: dt.date, short: bool = False) -> str:
    for era, letter, start in (("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)),
                               ("昭和", "S", dt.date(1926, 12, 25))):  # fmt: skip
        if d >= start:
            y = d.year - start.year + 1
            if short:
                return f"{letter}{y}.{d.month}.{d.day}"
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    return d.isoformat()


def spaced(s: str) -> str:
    """Digits as a fax form or OCR shows them: one space between every character."""
    return " ".join(s.replace(" ", ""))


# --- people and places -----------------------------------------------------------------------------
@dataclass
class Person:
    surname: str
    given: str
    kana: str
    sex: str
    birth: dt.date
    town: str
    lot: str
    postal: str
    phone: str
    mobile: str

    def name(self, sep: str = " ") -> str:
        return f"{self.surname}{sep}{self.given}"

    def address(self, city: str, pref: str = "") -> str:
        return f"{pref}{city}{self.town}{self.lot}"

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = field(default=None)


class City:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, self.zip3, self.towns = rng.choice(CITIES)
        self.used: set[str] = set()

    def person(self, kind: str = "adult", surname: tuple[str, str] | None = None) -> Person:
        rng = self.rng
        for _ in range(1000):
            sex = rng.choice("男女")
            if kind == "child":
                pool = CHILD_MALE if sex == "男" else CHILD_FEMALE
                birth = dt.date(2020, 4, 1) + dt.timedelta(days=rng.randrange(1200))
            elif kind == "elder":
                pool = OLD_MALE if sex == "男" else OLD_FEMALE
                birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(9000))
            elif kind == "mother":
                sex, pool = "女", FEMALE
                birth = dt.date(1986, 1, 1) + dt.timedelta(days=rng.randrange(4700))
            else:
                pool = MALE if sex == "男" else FEMALE
                birth = dt.date(1958, 1, 1) + dt.timedelta(days=rng.randrange(13000))
            sur = surname or rng.choice(SURNAMES)
            giv = rng.choice(pool)
            if sur[0] + giv[0] in self.used:
                continue
            self.used.add(sur[0] + giv[0])
            town = rng.choice(self.towns)
            if town.endswith("*"):
                town, lot = (
                    town[:-1],
                    f"{rng.randint(10, 2999)}番地{rng.choice(['', str(rng.randint(1, 9))])}",
                )
            else:
                lot = f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 25)}号"
                if rng.random() < 0.25:
                    lot = f"{lot.replace('丁目', '-').replace('番', '-').rstrip('号')} {rng.choice(BUILDINGS)}{rng.randint(1, 4)}0{rng.randint(1, 8)}"  # fmt: skip
            return Person(
                sur[0], giv[0], f"{sur[1]} {giv[1]}", sex, birth, town, lot,
                f"{self.zip3}-{rng.randint(0, 9999):04d}",
                f"{self.area}-{rng.randint(20, 99)}-{rng.randint(0, 9999):04d}",
                f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}",
            )  # fmt: skip
        raise RuntimeError("name pool exhausted")

    def people(self, n: int, kind: str = "adult") -> list[Person]:
        return [self.person(kind) for _ in range(n)]

    def addr(self, p: Person, pref: bool = False) -> str:
        return p.address(self.city, self.pref if pref else "")

    def my_number(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(11))
        return base + str(my_number_check_digit(base))

    def not_my_number(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(11))
        good = my_number_check_digit(base)
        return base + str((good + self.rng.randint(1, 9)) % 10)

    def corporate(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_check_digit(base)) + base

    def insured_no(self) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(10))

    def day(self, start: dt.date = dt.date(2024, 4, 1), span: int = 90) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange(span))


# --- layouts DocSpec cannot express: post-processing functions -----------------------------------
def _finish(data: bytes) -> bytes:
    from corpus.factory.writers import _finish_zip

    return _finish_zip(data)


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def canvas_list_pdf(
    title: str,
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    corner: str,
    spaced_cols: Sequence[int] = (),
    foot_note: str = "",
) -> Callable[[Path], None]:
    """Rewrite the file as a list drawn column by column at fixed x positions, header on every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        _font()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        w, h = A4
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        for n, chunk in enumerate(pages, start=1):
            c.setFont(FONT, 12)
            c.drawString(36, h - 46, title)
            c.setFont(FONT, 7.5)
            c.drawRightString(w - 30, h - 46, corner)
            y = h - 72
            for text, x in cols:
                c.drawString(x, y, text)
            c.line(30, y - 4, w - 30, y - 4)
            y -= 15
            for row in chunk:
                for i, ((_, x), v) in enumerate(zip(cols, row, strict=False)):
                    c.drawString(x, y, spaced(v) if i in spaced_cols else v)
                y -= 14.5
            if foot_note:
                c.drawString(36, 44, foot_note)
            c.drawCentredString(w / 2, 28, f"{n} / {len(pages)}")
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def canvas_form_pdf(pages: list[list[tuple[float, float, str, float]]]) -> Callable[[Path], None]:
    """Rewrite the file as a drawn form: (x, y from top, text, font size) items per page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        _font()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        for items in pages:
            for x, y, text, size in items:
                c.setFont(FONT, size)
                if text == "---":
                    c.line(x, A4[1] - y, A4[0] - x, A4[1] - y)
                else:
                    c.drawString(x, A4[1] - y, text)
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def xlsx_edit(
    merges: dict[str, list[str]] | None = None,
    hide_cols: dict[str, list[str]] | None = None,
) -> Callable[[Path], None]:
    """Merge cell ranges and hide columns in a written workbook (then normalise the package)."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for sheet, ranges in (merges or {}).items():
            for rng_ in ranges:
                wb[sheet].merge_cells(rng_)
        for sheet, letters in (hide_cols or {}).items():
            for letter in letters:
                wb[sheet].column_dimensions[letter].hidden = True
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def docx_digit_grid(rows: list[tuple[str, str]], caption: str) -> Callable[[Path], None]:
    """Append a Word table with a merged label cell and one digit per cell (12 digits, or 12 empty boxes)."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        d.add_paragraph(caption)
        t = d.add_table(rows=len(rows), cols=14)
        t.style = "Table Grid"
        for r, (label, digits) in enumerate(rows):
            head = t.cell(r, 0).merge(t.cell(r, 1))
            head.text = label
            for i in range(12):
                t.cell(r, 2 + i).text = digits[i] if digits else ""
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def docx_merge_form(merges: list[tuple[int, int, int, int, int]]) -> Callable[[Path], None]:
    """Merge cells of Word tables: (table, row, col, row2, col2)."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        for t, r1, c1, r2, c2 in merges:
            table = d.tables[t]
            keep = table.cell(r1, c1).text
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            merged.text = keep
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def ds(d: dt.date) -> str:
    return d.strftime("%Y/%m/%d")


# --- 保健センター --------------------------------------------------------------------------------
FINDINGS = ["異常なし"] * 6 + ["言語発達の遅れ（有意語なし）", "アトピー性皮膚炎", "低体重（-2SD）", "斜視の疑い",
            "運動発達の遅れ", "心雑音", "鉄欠乏性貧血の疑い", "発達の遅れ（要経過観察）", "滲出性中耳炎"]  # fmt: skip
VACCINES = ["ヒブ1", "ヒブ2", "ヒブ3", "肺炎球菌1", "肺炎球菌2", "肺炎球菌3", "B型肝炎1", "B型肝炎2", "四種混合1",
            "BCG", "MR1期"]  # fmt: skip


def health_centre(c: City) -> list[Doc]:
    rng, city = c.rng, c.city
    F = "health_centre"
    docs: list[Doc] = []

    # level 3 — results, registers, ledgers, consultation records
    kids = c.people(28, "child")
    rows: list[list[Cell]] = [
        ["No", "受診日", "氏名", "フリガナ", "性別", "生年月日", "保護者氏名", "判定", "所見", "事後措置"]
    ]
    for i, k in enumerate(kids, 1):
        f = rng.choice(FINDINGS)
        judge = "異常なし" if f == "異常なし" else rng.choice(["要経過観察", "要精密", "要指導"])
        rows.append([i, dt.date(2024, 6, rng.choice([5, 12, 19])), k.name(), k.kana, k.sex, k.birth,
                     f"{k.surname} {rng.choice(FEMALE)[0]}", judge, "" if f == "異常なし" else f,
                     "" if f == "異常なし" else rng.choice(["2か月後電話", "発達相談へ", "医療機関受診勧奨", "次回健診で確認"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "health", "gender"], DocSpec(
        sheets=[SheetSpec("6月", rows, title=f"1歳6か月児健康診査 結果一覧（令和6年6月実施分）{city}保健センター",
                          footer="取扱注意 個人情報")])))  # fmt: skip

    kids = c.people(112, "child")
    prow = [[str(i), k.name(), k.sex, ds(k.birth), rng.choice(FINDINGS), rng.choice(["A", "B", "C", "A", "A"])]
            for i, k in enumerate(kids, 1)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "health", "gender"], DocSpec(title="3歳児健診 結果"),
                    post=canvas_list_pdf("3歳児健康診査 結果一覧（令和6年度 第1四半期）",
                                         [("No", 36), ("氏名", 62), ("性別", 150), ("生年月日", 180), ("所見", 250),
                                          ("区分", 470)], prow, 40, f"{city}保健センター 母子保健係"),
                    note="more than 100 children with findings: health and bulk both give 3"))  # fmt: skip

    kids = c.people(24, "child")
    # group captions in the row under the title, merged over their columns (F3:H3, I3:K3)
    rows = [
        [None] * 5 + ["ヒブ", None, None, "小児用肺炎球菌"],
        ["宛名番号", "氏名", "フリガナ", "生年月日", "住所", *VACCINES],
    ]
    for k in kids:
        shots: list[Cell] = []
        d = k.birth + dt.timedelta(days=60)
        for _ in VACCINES:
            d += dt.timedelta(days=rng.randint(25, 70))
            shots.append(d if d < TODAY else None)
        rows.append([f"{rng.randint(10**7, 10**8 - 1)}", k.name(), k.kana, k.birth, c.addr(k), *shots])
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "address", "health"], DocSpec(
        sheets=[SheetSpec("接種台帳", rows, title="定期予防接種 個人台帳（令和3年度出生）", first_row=3)]),
        note="vaccination history is medical data about the named child",
        post=xlsx_edit(merges={"接種台帳": ["F3:H3", "I3:K3"]})))  # fmt: skip

    kids = c.people(30, "child")
    rows = [
        [
            "宛名番号",
            "氏名カナ",
            "氏名",
            "生年月日",
            "住所",
            "ワクチン名",
            "回数",
            "接種日",
            "実施医療機関",
            "ロット番号",
        ]
    ]
    for k in kids:
        v = rng.choice(["ヒブ", "小児用肺炎球菌", "四種混合", "MR", "水痘", "日本脳炎"])
        rows.append([f"{rng.randint(10**7, 10**8 - 1)}", k.kana, k.name(), ds(k.birth), c.addr(k), v,
                     str(rng.randint(1, 3)), ds(c.day()), rng.choice(CLINICS), f"{rng.choice('ABKX')}{rng.randint(100, 999)}"])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["name", "birth_date", "address", "health"],
                    DocSpec(sheets=[SheetSpec("export", rows)]), note="vaccination history (health) of named children"))  # fmt: skip

    moms = c.people(22, "mother")
    rows = [
        [
            "交付番号",
            "交付日",
            "妊婦氏名",
            "生年月日",
            "住所",
            "電話",
            "妊娠週数",
            "分娩予定日",
            "初経",
            "面談者",
            "備考",
        ]
    ]
    notes = [
        "",
        "",
        "",
        "つわり強い",
        "前回切迫早産",
        "精神科通院中（要フォロー）",
        "",
        "妊娠高血圧の既往",
        "若年妊娠",
        "",
    ]
    for i, m in enumerate(moms, 1):
        wk = rng.randint(7, 20)
        issued = c.day()
        rows.append([f"R6-{i:03d}", issued, m.name(), m.birth, c.addr(m), m.mobile, f"{wk}週",
                     issued + dt.timedelta(weeks=40 - wk), rng.choice(["初", "経"]), rng.choice(STAFF[:2]),
                     rng.choice(notes)])  # fmt: skip
    hi = [["妊婦氏名", "支援理由", "次回連絡"]] + [[m.name(), rng.choice(["精神疾患の既往", "経済的困窮", "多胎"]), "7月"] for m in moms[:4]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "address", "phone", "health"], DocSpec(
        sheets=[SheetSpec("交付台帳", rows, title="母子健康手帳 交付台帳 令和6年度"),
                SheetSpec("要支援妊婦", hi, state="hidden")])))  # fmt: skip

    p = c.person()
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "address", "phone", "health"], DocSpec(
        title="精神保健福祉相談 記録票", header="取扱注意",
        paragraphs=[f"相談日：{wareki(c.day())}　対応：{STAFF[0]}", "相談経路：本人来所"],
        tables=[[["氏名", p.name(), "生年月日", wareki(p.birth)], ["住所", c.addr(p), "電話", p.phone],
                 ["主訴", "眠れない。夜になると隣から悪口が聞こえる。", "", ""],
                 ["既往・通院", "平成28年に統合失調症と診断。市内のメンタルクリニックに通院していたが昨年秋から中断。", "", ""],
                 ["対応", "嘱託医相談を予約。服薬再開について主治医へ連絡することに本人同意。", "", ""]]]),
        post=docx_merge_form([(0, 2, 1, 2, 3), (0, 3, 1, 3, 3), (0, 4, 1, 4, 3)])))  # fmt: skip

    lines = [
        f"{city}保健センター 精神保健相談 受付簿（令和6年度）",
        "受付日\t相談者\t続柄\t対象者\t年齢\t連絡先\t相談内容",
    ]
    for _ in range(14):
        t = c.person()
        who = rng.choice(["本人", "母", "妻", "長女"])
        lines.append(f"{ds(c.day())}\t{t.name() if who == '本人' else t.surname + ' ' + rng.choice(FEMALE)[0]}\t{who}\t"
                     f"{t.name()}\t{t.age()}\t{t.phone}\t{rng.choice(['飲酒量が増え仕事を休みがち（アルコール依存の疑い）', 'うつ状態、食事がとれない', 'ひきこもり3年', '服薬中断、不眠', 'パニック発作'])}")  # fmt: skip
    docs.append(
        Doc(F, "txt-cp932", 3, ["name", "phone", "health", "relationship"], DocSpec(paragraphs=lines))
    )

    kids = c.people(12, "child")
    rows = [["児氏名", "保護者", "連絡先", "健診", "判定", "精密検査先", "結果"]]
    for k in kids:
        rows.append([k.name(), f"{k.surname} {rng.choice(FEMALE)[0]}", k.mobile, rng.choice(["4か月児", "1歳6か月児"]),
                     rng.choice(["要精密（股関節開排制限）", "要精密（心雑音）", "要精密（停留精巣）", "要精密（斜視）"]),
                     rng.choice(CLINICS), rng.choice(["未受診", "異常なし", "経過観察", "治療開始"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "phone", "health"], DocSpec(
        sheets=[SheetSpec("精検", rows, title="乳幼児健診 要精密検査者 受診確認リスト")])))  # fmt: skip

    kids = c.people(130, "child")
    far = [[None] * 28 + ["児氏名", "生年月日", "保護者", "郵便番号", "住所"]]
    far += [[None] * 28 + [k.name(), k.birth, f"{k.surname} {rng.choice(FEMALE)[0]}", k.postal, c.addr(k)] for k in kids]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "birth_date", "address"],
            DocSpec(sheets=[SheetSpec("発送", far)]),
            note="130 children with birth date and address: bulk (more than 100)",
        )
    )

    # level 2 — bookings and mailing lists without findings
    ps = c.people(18)
    rows = [["受付No", "氏名", "電話番号", "年代", "参加回"]] + [
        [i, p.name(), p.phone, f"{p.age() // 10 * 10}代", rng.choice(["全3回", "第1回のみ"])] for i, p in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "phone"], DocSpec(
        sheets=[SheetSpec("申込", rows, title="減塩料理教室 申込者一覧（7月23日 保健センター調理室）")])))  # fmt: skip

    ps = c.people(16)
    rows = [["予約日時", "教室名", "氏名", "電話"]] + [
        [f"2024/07/{rng.randint(1, 31):02d} {rng.randint(9, 16)}:00", rng.choice(["ウォーキング教室", "骨密度測定会", "禁煙相談"]),
         p.name(), p.mobile] for p in ps]  # fmt: skip
    docs.append(Doc(F, "csv", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("予約", rows)])))

    kids = c.people(35, "child")
    rows = [["児氏名", "生年月日", "保護者氏名", "住所", "健診日"]] + [
        [k.name(), k.birth, f"{k.surname} {rng.choice(MALE + FEMALE)[0]}", c.addr(k), dt.date(2024, 8, 7)] for k in kids]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "address"], DocSpec(
        sheets=[SheetSpec("8月", rows, title="1歳6か月児健診 案内発送リスト（8月実施分）")])))  # fmt: skip

    moms = c.people(10, "mother")
    tbl = [["氏名", "お子さんの名前", "月齢", "電話番号"]] + [
        [m.name(), rng.choice(CHILD_MALE + CHILD_FEMALE)[0], f"{rng.randint(5, 8)}か月", m.mobile] for m in moms]  # fmt: skip
    docs.append(Doc(F, "docx", 2, ["name", "phone"], DocSpec(
        title="離乳食教室（中期）参加者名簿", paragraphs=["日時：令和6年7月18日(木) 10:00〜11:30", "持ち物：母子健康手帳、エプロン"],
        tables=[tbl])))  # fmt: skip

    ps = c.people(62)
    prow = [[str(i), p.name(), p.town, p.phone, rng.choice(["〇", ""])] for i, p in enumerate(ps, 1)]
    docs.append(Doc(F, "pdf", 2, ["name", "phone"], DocSpec(title="健康教室 受付名簿"),
                    post=canvas_list_pdf("健康づくり教室 受付名簿（令和6年度前期）",
                                         [("No", 40), ("氏名", 70), ("地区", 170), ("電話番号", 260), ("出欠", 380)],
                                         prow, 40, f"{city}保健センター")))  # fmt: skip

    ps = c.people(9)
    rows = [["連絡日", "氏名", "電話", "当初日程", "変更後", "対応者"]] + [
        [c.day(), p.name(), p.phone, dt.date(2024, 7, 10), dt.date(2024, 7, 24), rng.choice(STAFF[:2])] for p in ps]  # fmt: skip
    docs.append(Doc(F, "xls", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("変更連絡", rows, title="集団健診 日程変更 連絡記録")])))  # fmt: skip

    p = c.person()
    docs.append(Doc(F, "odt", 2, ["name", "address"], DocSpec(
        paragraphs=[f"〒{p.postal}", c.addr(p, True), f"{p.name()} 様", "", "健康教室 参加決定のお知らせ",
                    "先日はお申込みいただきありがとうございました。抽選の結果、下記のとおり参加が決定しましたのでお知らせします。",
                    "教室名：はじめてのヨガ教室　会場：保健センター多目的室", f"{city}保健センター 健康づくり係"])))  # fmt: skip

    ps = c.people(14, "mother")
    rows = [["氏名", "出産予定月", "電話", "参加回"]] + [
        [p.name(), f"{rng.randint(8, 12)}月", p.mobile, "1・2"] for p in ps
    ]
    docs.append(Doc(F, "ods", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("両親学級", rows, title="両親学級 申込者")]),
                    note="出産予定月 alone is not treated as health data; name with phone gives 2"))  # fmt: skip

    ps = c.people(12)
    docs.append(Doc(F, "pptx", 2, ["name", "phone"], DocSpec(
        title="健康づくり推進員 研修会", paragraphs=["令和6年度の活動計画", "地区ごとのウォーキングマップ作成", "健診受診の声かけ"],
        notes=["連絡先（配布しない）：" + "、".join(f"{p.name()} {p.mobile}" for p in ps[:6]),
               "、".join(f"{p.name()} {p.mobile}" for p in ps[6:])])))  # fmt: skip

    ps = c.people(11)
    rows = [["予約番号", "氏名", "生年月日", "電話", "健診種別", "予約日"]] + [
        [f"K{i:04d}", p.name(), p.birth, p.phone, rng.choice(["特定健診", "がん検診（胃）", "骨粗しょう症検診"]),
         c.day(dt.date(2024, 9, 1), 30)] for i, p in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[
        SheetSpec("案内", [["集団健診 予約状況"], ["予約者は「予約者」シート参照"]]), SheetSpec("予約者", rows)]),
        note="a booking (not a result) for a screening: no health data, name with birth date and phone → 2"))  # fmt: skip

    # level 1 — what the centre publishes
    months = [[f"{m}月", f"{m}/{rng.randint(3, 9)}", f"{m}/{rng.randint(10, 16)}", f"{m}/{rng.randint(17, 24)}",
               f"令和{5 if m >= 4 else 6}年{(m + 7) % 12 + 1}月生まれ"] for m in (4, 5, 6, 7, 8, 9)]  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title=f"令和6年度 乳幼児健康診査 日程表（{city}）",
        paragraphs=["会場：保健センター　受付 13:00〜13:45", "対象の方には個別に通知します。母子健康手帳をお持ちください。"],
        tables=[[["月", "4か月児", "1歳6か月児", "3歳児", "4か月児の対象"], *months]]),
        note="「令和5年11月生まれ」 describes a cohort, not a person's birth date"))  # fmt: skip

    rows = [["ワクチン", "標準的な接種時期", "回数", "接種間隔", "費用"],
        ["ヒブ", "生後2か月〜7か月", 4, "27日以上", "無料"], ["小児用肺炎球菌", "生後2か月〜7か月", 4, "27日以上", "無料"],
        ["B型肝炎", "生後2か月〜9か月", 3, "27日以上", "無料"], ["BCG", "生後5か月〜8か月", 1, "-", "無料"],
        ["MR", "1歳〜2歳未満", 1, "-", "無料"], ["水痘", "1歳〜1歳3か月", 2, "3か月以上", "無料"]]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("スケジュール", rows, title="予防接種スケジュール（標準）")]),
        )
    )

    rows = [["医療機関名", "医師名", "所在地", "電話番号", "実施する接種"]]
    for cl in CLINICS[:7]:
        d = c.person()
        rows.append([cl, f"院長 {d.name()}", f"{city}{d.town}{d.lot}", d.phone, rng.choice(["全種類", "BCG以外", "ヒブ・肺炎球菌・四種混合"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("協力医療機関", rows, title=f"{city} 予防接種 協力医療機関一覧")]),
                    note="doctors named in their role next to the clinic's address and phone are not private persons"))  # fmt: skip

    rows = [["地区", "対象者数", "受診者数", "受診率"]] + [
        [t.rstrip("*"), n := rng.randint(80, 400), m := int(n * rng.uniform(0.85, 0.99)), round(m / n, 3)] for t in c.towns]  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("受診率", rows, title="3歳児健診 地区別受診率（令和5年度）",
                                                             number_formats={3: "0.0%"})])))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="健康教室のご案内", paragraphs=[
            "生活習慣病予防のための教室を開催します。糖尿病や高血圧が気になる方、特定健診で指導が必要とされた方もどうぞ。",
            f"講師：管理栄養士 本田、保健師 寺田　申込：{city}保健センター（{c.area}-22-1180）",
            "※ 持病で通院中の方は主治医にご相談のうえお申し込みください。"])))  # fmt: skip

    docs.append(Doc(F, "odt", 1, [], DocSpec(paragraphs=[
        "母子健康手帳の交付について", "妊娠がわかったら、妊娠届出書を保健センターに提出してください。",
        "必要なもの：マイナンバーカード（または通知カードと本人確認書類）、医療機関の受診結果",
        "保健師が面談を行い、妊娠週数や体調についてお伺いします。"])))  # fmt: skip

    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=[
        "【こころの健康相談】令和6年度 日程", "毎月第2火曜日 13:30〜16:00（予約制）",
        "相談医：精神科医（嘱託医 永井医師）", "うつ病、統合失調症、アルコール依存症、ひきこもりなど、ご本人・ご家族からの相談に応じます。",
        f"予約・問合せ：{city}保健センター 精神保健係 {c.area}-22-1182"])))  # fmt: skip

    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="令和5年度 母子保健事業 実績報告",
        paragraphs=["4か月児健診 受診率 97.2%", "1歳6か月児健診 受診率 95.8%", "3歳児健診 受診率 94.1%",
                    "要精密者の受診確認率 88%", "未受診者への電話・訪問による把握率 100%"])))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="予防接種予診票 記入例", header="見本",
        tables=[[["受ける人の氏名", "保健 太郎"], ["生年月日", "令和〇年〇月〇日生"], ["住所", f"{city}〇〇町1丁目1番1号"],
                 ["保護者氏名", "保健 花子"], ["今日、体に具合の悪いところがありますか", "いいえ"]]]),
        note="a filled-in sample with placeholder name and 〇 dates: no real person"))  # fmt: skip

    rows = [["施設名", "施設名カナ", "所在地", "緯度", "経度", "電話番号"],
        ["保健センター", "ホケンセンター", f"{city}{c.towns[0].rstrip('*')}1-1-1", 36.3, 139.8, f"{c.area}-22-1180"],
        ["北部地区センター", "ホクブチクセンター", f"{city}{c.towns[2].rstrip('*')}2-4", 36.35, 139.81, f"{c.area}-24-0051"],
        ["南公民館", "ミナミコウミンカン", f"{city}{c.towns[4].rstrip('*')}805", 36.27, 139.79, f"{c.area}-27-3302"]]  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[SheetSpec("会場", rows)])))

    rows = [["月", "教室", "対象", "定員"]] + [[f"{m}月", t, "市民", 20] for m, t in
                                                zip(range(4, 13), ["ヨガ", "減塩", "骨密度", "禁煙", "ウォーキング", "歯周病", "減塩", "ヨガ", "糖尿病予防"], strict=False)]  # fmt: skip
    docs.append(
        Doc(F, "xls", 1, [], DocSpec(sheets=[SheetSpec("年間計画", rows, title="健康教室 年間計画")]))
    )
    return docs


# --- 福祉事務所 ----------------------------------------------------------------------------------
def welfare(c: City) -> list[Doc]:
    rng, city = c.rng, c.city
    F = "welfare"
    docs: list[Doc] = []

    p = c.person()
    son = c.person(surname=(p.surname, ""))
    docs.append(Doc(F, "docx", 3, ["name", "address", "birth_date", "health", "relationship"], DocSpec(
        title="ケース記録（生活保護）", header="取扱注意　ケース番号 " + f"{rng.randint(1000, 9999)}",
        tables=[[["世帯主", p.name(), "生年月日", wareki(p.birth)], ["住所", c.addr(p), "世帯員", f"長男 {son.name()}"],
                 ["保護開始", "令和4年10月1日", "担当", STAFF[2]]]],
        paragraphs=["【病状】2型糖尿病により人工透析（週3回、市立病院 腎臓内科）。視力低下あり。",
                    f"{wareki(dt.date(2024, 6, 14))} 訪問。本人在宅。透析後の疲労が強く家事は長男が担う。",
                    "通院移送費の申請について説明。次回訪問 9月予定。"])))  # fmt: skip

    ps = c.people(120)
    rows = [
        ["受給者", None, None, None, "扶助額（円）"],
        ["No", "ケース番号", "氏名", "住所", "生活扶助", "住宅扶助", "合計"],
    ]
    for i, q in enumerate(ps, 1):
        a, b = rng.randint(60, 120) * 1000, rng.randint(25, 40) * 1000
        rows.append([i, f"{rng.randint(1000, 9999)}", q.name(), c.addr(q), a, b, a + b])
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "income"], DocSpec(
        sheets=[SheetSpec("7月支給", rows, title="扶助費 支給台帳（令和6年7月定例支給）", first_row=3)]),
        note="120 recipients with addresses: bulk gives 3 (welfare alone would not)",
        post=xlsx_edit(merges={"7月支給": ["A3:D3", "E3:G3"]})))  # fmt: skip

    ps = c.people(15)
    rows = [["債権番号", "氏名", "住所", "返還決定額", "納付済額", "未納額", "最終督促日"]]
    for q in ps:
        a = rng.randint(5, 90) * 10000
        paid = rng.randint(0, a // 20000) * 10000
        rows.append([f"63-{rng.randint(100, 999)}", q.name(), c.addr(q), a, paid, a - paid, c.day()])
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(
        sheets=[SheetSpec("未納", rows, title="生活保護法第63条・78条 返還金 未納者一覧")])))  # fmt: skip

    q = c.person()
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        paragraphs=[f"〒{q.postal}", c.addr(q, True), f"{q.name()} 様", "", f"{city}福祉事務所長",
                    "返還金の納付について（督促）",
                    f"令和5年度に決定した返還金のうち、{rng.randint(3, 30) * 10000:,}円が納期限を過ぎても未納となっています。",
                    "令和6年7月31日までに納付してください。分割納付のご相談は生活福祉課へ。"],
        footer="生活福祉課 保護係")))  # fmt: skip

    q = c.person("elder")
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="民生委員 相談・支援メモ",
        paragraphs=[f"対象者：{q.name()}（{q.age()}歳）　{c.addr(q)}", "記入：民生委員（第3地区）",
                    "7/2 訪問。同じ話を何度も繰り返し、鍋を焦がした跡あり。認知症の疑い。",
                    "血圧の薬を飲み忘れている様子。かかりつけ医は駅前の内科。",
                    "地域包括支援センターにつないだ。長女（県外）へ連絡予定。"])))  # fmt: skip

    ps = c.people(18)
    rows = [["氏名", "通院先", "診療科・傷病", "通院回数/月", "交通手段", "移送費"]] + [
        [q.name(), rng.choice(CLINICS), rng.choice(["整形外科（腰椎すべり症）", "精神科（うつ病）", "内科（C型肝炎）", "眼科（緑内障）"]),
         rng.randint(1, 8), rng.choice(["バス", "タクシー", "JR"]), rng.randint(1, 20) * 480] for q in ps]  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["name", "health"], DocSpec(sheets=[SheetSpec("移送費", rows, title="医療扶助 通院移送費 支給一覧")]),
                    note="name with diagnosis and clinic: health about an identifiable person"))  # fmt: skip

    # level 2
    ps = c.people(25)
    rows = [["ケース番号", "世帯主氏名", "住所", "世帯人員", "保護開始日", "世帯類型", "担当CW"]] + [
        [f"{rng.randint(1000, 9999)}", q.name(), c.addr(q), rng.randint(1, 4), c.day(dt.date(2015, 1, 1), 3000),
         rng.choice(["高齢者", "母子", "その他"]), rng.choice(STAFF[2:4])] for q in ps]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("一覧", rows, title="担当ケース一覧")]),
                    note="a welfare list of 25 named households with addresses: welfare does not raise it, 2"))  # fmt: skip

    ps = c.people(40)
    rows = [
        [None, None, None, "扶助の種類"],
        ["No", "氏名", "住所", "生活扶助", "住宅扶助", "教育扶助", "計"],
    ]
    for i, q in enumerate(ps, 1):
        a, b, e = rng.randint(60, 120) * 1000, rng.randint(25, 40) * 1000, rng.choice([0, 0, 3500])
        rows.append([i, q.name(), c.addr(q), a, b, e, a + b + e])
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "income"], DocSpec(
        sheets=[SheetSpec("支給", rows, title="扶助費 支給台帳（随時支給分）", header="生活福祉課", first_row=2)]),
        note="welfare amounts for 40 persons do not raise name+address above 2",
        post=xlsx_edit(merges={"支給": ["D2:F2"]})))  # fmt: skip

    ps = c.people(30)
    rows = [["氏名", "カナ", "住所", "金融機関", "支店", "口座番号", "振込額"]] + [
        [q.name(), q.kana, c.addr(q), rng.choice(["花巻信用金庫", "ゆうちょ銀行", "地元銀行"]), "本店",
         f"{rng.randint(0, 9999999):07d}", rng.randint(80, 160) * 1000] for q in ps]  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 2, ["name", "address", "bank_account", "income"], DocSpec(sheets=[SheetSpec("振込", rows)]),
                    note="bank accounts and amounts of 30 recipients: no health, no arrears, 30 persons → 2"))  # fmt: skip

    q = c.person("elder")
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        title="民生委員 相談メモ",
        paragraphs=[f"対象者：{q.name()}　{c.addr(q)}（一人暮らし）", "7/5 本人より電話。台所の電球が切れて替えられない。",
                    "ごみ出しの日がわからなくなったとのこと。ごみカレンダーを届けた。", "次回：月1回の見守り訪問で確認。"])))  # fmt: skip

    kids = c.people(20, "child")
    rows = [["児童氏名", "学校", "学年", "保護者", "住所", "認定区分"]] + [
        [k.name(), f"{c.towns[i % 3].rstrip('*')}小学校", rng.randint(1, 6), f"{k.surname} {rng.choice(MALE + FEMALE)[0]}",
         c.addr(k), rng.choice(["要保護", "準要保護"])] for i, k in enumerate(kids)]  # fmt: skip
    docs.append(Doc(F, "xls", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("認定者", rows, title="就学援助 認定者一覧")]),
                    note="就学援助 does not raise a name+address list above 2"))  # fmt: skip

    ps = c.people(70)
    prow = [[str(i), f"{rng.randint(1000, 9999)}", q.name(), c.addr(q), f"{rng.randint(90, 180) * 1000:,}"] for i, q in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc(F, "pdf", 2, ["name", "address", "income"], DocSpec(title="支給台帳"),
                    post=canvas_list_pdf("扶助費 支給台帳（令和6年6月）", [("No", 36), ("ケース", 62), ("氏名", 110),
                                         ("住所", 200), ("支給額", 470)], prow, 38, f"{city}福祉事務所 生活福祉課"),
                    note="70 recipients with addresses: below the bulk threshold, 2"))  # fmt: skip

    ps = c.people(16, "elder")
    rows = [["氏名", "住所", "電話", "世帯", "担当民生委員"]] + [
        [q.name(), c.addr(q), q.phone, rng.choice(["独居", "高齢夫婦"]), f"第{rng.randint(1, 6)}地区"] for q in ps]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("見守り", rows, title="見守り対象世帯 名簿（民生委員用）")])))  # fmt: skip

    q = c.person()
    docs.append(Doc(F, "odt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "面接予約票", f"氏名：{q.name()}　電話：{q.mobile}", "予約日時：7月16日(火) 10:00　生活福祉課 相談室2",
        "相談内容：仕事を失い家賃が払えるか不安（本人談、詳細は面接時）", "受付：CW 早川"]),
        note="a worry about future rent is not arrears; name with phone gives 2"))  # fmt: skip

    # level 1
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="福祉の相談窓口一覧", tables=[[["窓口", "内容", "電話"], ["生活福祉課 保護係", "生活保護の相談・申請", f"{c.area}-22-2210"],
                                          ["障がい福祉課", "障害者手帳、自立支援医療", f"{c.area}-22-2230"],
                                          ["地域包括支援センター", "高齢者の総合相談", f"{c.area}-25-1010"],
                                          ["子ども家庭相談室", "児童虐待・DV", f"{c.area}-22-2250"]]])))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title=f"第4期 {city}地域福祉計画（抜粋）",
        paragraphs=["1 現状と課題", f"本市の被保護世帯数は令和5年度末で{rng.randint(600, 900)}世帯、保護率は{rng.uniform(6, 11):.1f}‰である。",
                    "通院が困難な高齢者や、家賃・公共料金の滞納をきっかけに困窮が明らかになる世帯が増えている。",
                    "個人番号（マイナンバー）を活用した情報連携により、申請手続きの負担軽減を図る。",
                    "2 施策の方向", "民生委員・児童委員と関係機関の連携による早期発見を進める。"])))  # fmt: skip
    rows = [["地区", "被保護世帯", "被保護人員", "保護率(‰)"]] + [[t.rstrip("*"), rng.randint(40, 200), rng.randint(50, 260),
                                                              round(rng.uniform(4, 14), 1)] for t in c.towns]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("統計", rows, title="地区別 被保護世帯数（令和6年3月末）")]),
        )
    )
    members = c.people(8)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="民生委員・児童委員 名簿（令和6年4月1日現在）",
        tables=[[["地区", "氏名", "担当区域"]] + [[f"第{i}地区", m.name(), m.town] for i, m in enumerate(members, 1)]]),
        note="commissioners published with name and district only: named in an official role, no home data"))  # fmt: skip
    docs.append(Doc(F, "odt", 1, [], DocSpec(paragraphs=[
        "生活保護のしおり", "生活保護は、病気やけが、失業などで生活に困ったときに、最低限度の生活を保障する制度です。",
        "医療扶助：病院での治療費は原則として福祉事務所が医療機関に直接支払います。",
        "収入の申告を怠ると、返還金が生じることがあります。返還金を滞納すると督促状が送られます。"])))  # fmt: skip
    rows = [["扶助の種類", "令和5年度決算", "令和6年度予算"]] + [[k, rng.randint(100, 900) * 1000000, rng.randint(100, 900) * 1000000]
                                                          for k in ["生活扶助", "住宅扶助", "医療扶助", "介護扶助", "教育扶助"]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("予算", rows, title="扶助費 予算・決算", number_formats={1: "#,##0", 2: "#,##0"})])))  # fmt: skip
    return docs


# --- 介護保険 ------------------------------------------------------------------------------------
LEVELS = ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]


def care_insurance(c: City) -> list[Doc]:
    rng, city = c.rng, c.city
    F = "care_insurance"
    docs: list[Doc] = []

    ps = c.people(30, "elder")
    rows = [
        ["被保険者番号", "氏名", "生年月日", "住所", "申請区分", "認定結果", "有効期間開始", "有効期間終了"]
    ]
    for q in ps:
        s = c.day()
        rows.append([c.insured_no(), q.name(), q.birth, c.addr(q), rng.choice(["新規", "更新", "区分変更"]),
                     rng.choice(LEVELS), s, s + dt.timedelta(days=364)])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "address", "health"], DocSpec(
        sheets=[SheetSpec("認定結果", rows, title="要介護認定 審査判定結果一覧（第12合議体 7月2日）")]),
        note="要介護度 of a named person is health data"))  # fmt: skip

    q = c.person("elder")
    ins = c.insured_no()
    fax = [(40, 50, "FAX送信票（居宅介護支援 → 介護保険課）", 14), (40, 75, f"送信日 2024/07/0{rng.randint(1, 9)}  枚数 1/1", 9),
           (40, 100, "---", 9), (40, 125, "被保険者番号", 10), (150, 125, spaced(ins), 10),
           (40, 148, "氏名", 10), (150, 148, q.name(), 10), (40, 171, "生年月日", 10), (150, 171, spaced(q.birth.strftime("%Y/%m/%d")), 10),
           (40, 194, "住所", 10), (150, 194, c.addr(q), 10), (40, 217, "電話", 10), (150, 217, spaced(q.phone), 10),
           (40, 245, "連絡事項", 10), (60, 268, "6/28 脳梗塞で市立病院に入院。右片麻痺あり、リハビリ中。", 10),
           (60, 290, "退院後の生活に向け区分変更申請を予定しています。主治医：脳神経外科。", 10),
           (40, 330, "居宅介護支援事業所 ふくし　担当ケアマネジャー 村井", 9), (40, 350, "---", 9)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address", "phone", "health"], DocSpec(title="FAX"),
                    post=canvas_form_pdf([fax]), note="fax sheet with spaced digits; stroke and paralysis of the named person"))  # fmt: skip

    ps = c.people(20)
    rows = [["被保険者番号", "氏名", "住所", "電話", "滞納期別", "滞納額", "督促状発送日", "給付制限"]] + [
        [c.insured_no(), q.name(), c.addr(q), q.phone, f"令和5年度 {rng.randint(1, 9)}期〜", rng.randint(5, 80) * 1000,
         c.day(dt.date(2024, 2, 1)), rng.choice(["", "予告済", "償還払い化"])] for q in ps]  # fmt: skip
    hist = [["被保険者番号", "督促日", "催告", "備考"]] + [
        [r[0], ds(c.day()), "電話", "分納相談"] for r in rows[1:8]
    ]
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(
        sheets=[SheetSpec("集計", [["介護保険料 滞納状況"], ["件数", 20], ["詳細は別シート"]]),
                SheetSpec("滞納者", rows, title="介護保険料 滞納者一覧（普通徴収）"),
                SheetSpec("督促履歴", hist, state="hidden")])))  # fmt: skip

    ps = c.people(24)
    rows = [["通知書番号", "氏名", "住所", "年度", "期別", "滞納額", "延滞金"]] + [
        [f"{rng.randint(10**6, 10**7 - 1)}", q.name(), c.addr(q), "R5", f"{rng.randint(1, 9)}", rng.randint(2, 30) * 1000,
         rng.randint(0, 9) * 100] for q in ps]  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 3, ["name", "address", "arrears"], DocSpec(sheets=[SheetSpec("抽出", rows)]))
    )

    q = c.person("elder")
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        paragraphs=[f"〒{q.postal}", c.addr(q, True), f"{q.name()} 様", "要介護認定結果通知書",
                    f"あなたの要介護状態区分は「{rng.choice(LEVELS[2:])}」と認定されました。",
                    "認定の有効期間：令和6年8月1日から令和7年7月31日まで",
                    "審査会の意見：認知症の進行がみられるため、サービスの適切な利用に努めること。"],
        footer=f"{city}長")))  # fmt: skip

    q = c.person("elder")
    docs.append(Doc(F, "odt", 3, ["name", "birth_date", "health"], DocSpec(
        paragraphs=["認定調査票（概況調査）", f"対象者：{q.name()}　生年月日：{wareki(q.birth)}",
                    "調査日：令和6年6月20日　調査員：認定調査員 松本", "現在受けているサービス：通所介護 週2回",
                    "特記事項：変形性膝関節症により立ち上がりに介助を要する。夜間トイレ3回、失禁あり。"])))  # fmt: skip

    # level 2
    q = c.person("elder")
    fax = [(40, 50, "FAX 連絡票", 14), (40, 80, "介護保険課 資格係 御中", 10), (40, 100, "---", 9),
           (40, 125, "件名：住所変更の連絡", 10), (40, 150, "氏名", 10), (150, 150, q.name(), 10),
           (40, 173, "新住所", 10), (150, 173, c.addr(q), 10), (40, 196, "電話", 10), (150, 196, spaced(q.phone), 10),
           (40, 225, "ご家族から転居の連絡がありましたのでお知らせします。被保険者証の送付先変更をお願いします。", 9),
           (40, 260, "居宅介護支援事業所 ふくし　担当 村井", 9)]  # fmt: skip
    docs.append(
        Doc(F, "pdf", 2, ["name", "address", "phone"], DocSpec(title="FAX"), post=canvas_form_pdf([fax]))
    )

    ps = c.people(14, "elder")
    rows = [["受付日", "氏名", "生年月日", "住所", "再交付理由"]] + [
        [c.day(), q.name(), q.birth, c.addr(q), rng.choice(["紛失", "汚損", "住所変更"])] for q in ps]  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "address"], DocSpec(sheets=[SheetSpec("受付簿", rows, title="被保険者証 再交付 受付簿")])))  # fmt: skip

    ps = c.people(15, "elder")
    rows = [["氏名", "電話", "地区", "送迎"]] + [
        [q.name(), q.phone, q.town, rng.choice(["要", "不要"])] for q in ps
    ]
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["name", "phone"],
            DocSpec(sheets=[SheetSpec("参加者", rows, title="いきいき体操教室 参加者名簿")]),
        )
    )

    ps = c.people(12, "elder")
    lines = ["負担限度額認定 申請受付簿", "受付日\t氏名\t生年月日\t住所"] + [
        f"{ds(c.day())}\t{q.name()}\t{wareki(q.birth)}\t{c.addr(q)}" for q in ps]  # fmt: skip
    docs.append(Doc(F, "txt-cp932", 2, ["name", "birth_date", "address"], DocSpec(paragraphs=lines)))

    ps = c.people(64, "elder")
    prow = sorted(
        [ds(c.day(dt.date(2024, 7, 1), 31)), q.name(), c.addr(q), q.phone, rng.choice(["新規", "更新"])]
        for q in ps
    )
    docs.append(Doc(F, "pdf", 2, ["name", "address", "phone"], DocSpec(title="調査日程"),
                    post=canvas_list_pdf("認定調査 訪問日程表（7月）", [("調査日", 36), ("氏名", 100), ("住所", 185),
                                         ("電話", 410), ("区分", 500)], prow, 36, "介護保険課 認定係", spaced_cols=[3]),
                    note="visit schedule without 要介護度: name, address, phone → 2"))  # fmt: skip

    q = c.person("elder")
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="被保険者証 送付先変更届（受付控）", tables=[[["被保険者氏名", q.name()], ["住所", c.addr(q)], ["電話", q.phone],
                                                    ["送付先", "長女方（県外）"], ["受付", "介護保険課 資格係"]]]),
        note="a change of mailing address: name, address, phone → 2"))  # fmt: skip

    # level 1
    rows = [
        [
            "事業所番号",
            "事業所名",
            "事業所名カナ",
            "法人種別",
            "法人名",
            "法人番号",
            "管理者",
            "所在地",
            "電話",
            "緯度",
            "経度",
        ]
    ]
    for kind, corp, name, kana in PROVIDERS:
        m = c.person()
        rows.append([f"03{rng.randint(10**7, 10**8 - 1)}", name, kana, kind, corp, c.corporate(), m.name(),
                     f"{city}{m.town}{m.lot}", f"{c.area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}",
                     round(36 + rng.random(), 6), round(139 + rng.random(), 6)])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec("事業所", rows, title="介護サービス事業所一覧")]),
                    note="管理者 named in role at the facility's address and phone; kana column is the facility's"))  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[SheetSpec("open", [r[:5] + r[6:] for r in rows])]),
                    note="open data: facilities with 管理者 in role, lat/long"))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="令和6〜8年度 介護保険料 段階表", tables=[[["段階", "対象者", "年額"]] + [
            [f"第{i}段階", t, f"{rng.randint(20, 120) * 1000:,}円"] for i, t in enumerate(
                ["生活保護受給者等", "世帯非課税 年金80万円以下", "世帯非課税 120万円超", "本人非課税", "本人課税 120万円未満"], 1)]],
        paragraphs=["保険料を滞納すると、給付の償還払い化や給付額の減額などの措置がとられます。"])))  # fmt: skip
    rows = [["区分", *LEVELS]] + [[t.rstrip("*")] + [rng.randint(10, 200) for _ in LEVELS] for t in c.towns]
    docs.append(
        Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("認定者数", rows, title="地区別 要介護認定者数")]))
    )
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="第9期 介護保険事業計画（概要）",
        paragraphs=["認知症の方が住み慣れた地域で暮らせるよう、認知症初期集中支援チームを設置します。",
                    "保険料の滞納者には、納付相談を丁寧に行い、給付制限に至らないよう努めます。",
                    "要介護認定者数は令和8年度に約6,200人と見込まれます。"])))  # fmt: skip
    blank = [(40, 50, "FAX 連絡票（居宅介護支援事業所 → 介護保険課）", 14), (40, 100, "---", 9),
             (40, 125, "被保険者番号 □□□□□□□□□□", 10), (40, 150, "氏名", 10), (40, 173, "生年月日", 10),
             (40, 196, "連絡事項", 10), (40, 300, "※ 個人情報を含むため、送信前に番号を必ず確認してください。", 9)]  # fmt: skip
    docs.append(
        Doc(F, "pdf", 1, [], DocSpec(title="FAX様式"), post=canvas_form_pdf([blank]), note="a blank fax form")
    )
    return docs


# --- visit notes ---------------------------------------------------------------------------------
def visit_notes(c: City) -> list[Doc]:
    rng, city = c.rng, c.city
    F = "visit_notes"
    docs: list[Doc] = []

    q = c.person("elder")
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="訪問記録", paragraphs=[f"対象者：{q.name()}　　住所：{c.addr(q)}", "担当：保健師 大久保", "",
                                     "5/14　初回訪問。独居。室内は整頓されている。",
                                     "5/28　血圧168/95。降圧剤を2週間飲んでいないとのこと。受診を勧める。",
                                     "6/11　ひかり内科医院を受診。心房細動の指摘あり、抗凝固薬開始。",
                                     "7/2　　息切れが続く。次回、娘さん同席で面談。"])))  # fmt: skip

    m = c.person("mother")
    kid = c.person("child", surname=(m.surname, ""))
    docs.append(Doc(F, "txt-cp932", 3, ["name", "phone", "health", "birth_date"], DocSpec(paragraphs=[
        "新生児訪問 記録", f"対象児：{kid.name()}（{ds(kid.birth)}生）　母：{m.name()}　連絡先 {m.mobile}",
        "6/3  体重4,120g、哺乳良好。", "6/3  母 EPDS 12点。涙ぐむ場面あり。産後うつの可能性。",
        "6/17 電話。眠れていない。精神科受診を勧め、本人了承。", "6/24 受診済。服薬開始。次回訪問 7/8。"])))  # fmt: skip

    q = c.person()
    rows = [["日付", "種別", "内容", "対応者"],
        [dt.date(2024, 4, 9), "訪問", "本人在宅。部屋にごみが多い。", STAFF[2]],
        [dt.date(2024, 5, 7), "電話", "就労先が決まったと報告あり。", STAFF[2]],
        [dt.date(2024, 6, 4), "訪問", "腰痛（椎間板ヘルニア）で整形外科通院、就労は休止。", STAFF[2]],
        [dt.date(2024, 7, 2), "来所", "診断書を持参。就労可否は主治医と相談中。", STAFF[2]]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "health"], DocSpec(sheets=[SheetSpec(
        "記録", [[f"対象者：{q.name()}", None, c.addr(q)], [], *rows], title="ケース経過記録")]),
        note="named once at the top; the health lines come later in the sheet"))  # fmt: skip

    q = c.person("elder")
    docs.append(Doc(F, "odt", 3, ["name", "phone", "health"], DocSpec(paragraphs=[
        "地域包括支援センター 対応記録", f"対象者 {q.name()} 様（連絡先 {q.phone}）", "",
        "6/20 長男より相談。最近転倒が多い。", "6/27 自宅訪問。パーキンソン病で通院中、薬の管理ができていない。",
        "7/3 ケアマネと同行。要介護認定の申請を代行。"])))  # fmt: skip

    ps = c.people(8)
    rows = [["訪問日", "時間", "氏名", "住所", "目的"]] + [
        [dt.date(2024, 7, 9 + i), f"{rng.randint(9, 15)}:00", q.name(), c.addr(q), rng.choice(["定期訪問", "書類受取", "家賃確認"])]
        for i, q in enumerate(ps)]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(sheets=[SheetSpec("予定", rows, title="7月 訪問予定表（CW水野）")]),
        )
    )

    q = c.person()
    docs.append(Doc(F, "txt", 2, ["name", "address"], DocSpec(paragraphs=[
        f"対象者：{q.name()}", f"住所：{c.addr(q)}", "7/1 訪問。アパート2階。家賃は大家に直接支払い済みと確認。",
        "7/1 エアコン故障、大家へ修理依頼中。", "次回 8月上旬"])))  # fmt: skip

    q = c.person()
    docs.append(Doc(F, "odt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "電話連絡メモ", f"相手：{q.name()} 様　折返し先 {q.mobile}", "7/4 健康教室の申込書の書き方について問い合わせ。後日郵送。"])))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="新任保健師研修 事例検討資料", paragraphs=[
            "事例：A氏 70代 男性 独居", "経過：高血圧で通院していたが中断。訪問時、血圧180/100。",
            "支援：受診勧奨、家族との連絡調整。", "考察：服薬中断の背景に経済的困窮があった。",
            "※ 事例は個人が特定できないよう加工しています。"])))  # fmt: skip
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=[
        "家庭訪問の手順（保健センター）", "1 訪問前に対象者台帳で既往歴・通院先を確認する。",
        "2 訪問記録は当日中にシステムに入力する。", "3 記録票の対象者欄に氏名を記入し、病状は日付ごとに記載する。",
        "4 紙の記録は施錠できる書庫に保管する。"])))  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="生活保護ケースワーク事例集（令和5年度）", paragraphs=[
            "事例1 Bさん（50代・女性）うつ病で離職。医療扶助により通院を継続し、就労支援につながった。",
            "事例2 Cさん（80代・男性）家賃滞納から相談に至った。年金と保護の併給。",
            f"{city}福祉事務所 生活福祉課 編"])))  # fmt: skip
    return docs


# --- mails and chats -----------------------------------------------------------------------------
def messages(c: City) -> list[Doc]:
    rng, _city = c.rng, c.city
    F = "messages"
    docs: list[Doc] = []

    q = c.person()
    docs.append(Doc(F, "txt", 3, ["name", "health"], DocSpec(paragraphs=[
        "[Teams] 母子保健係", "[2024/07/03 09:12] 寺田: 昨日の電話、" + q.name() + "さんの件わかる人いますか",
        "[2024/07/03 09:15] 大久保: はい、私が受けました", "[2024/07/03 09:16] 大久保: 先月から乳がんの治療中で、抗がん剤の副作用がきついそうです",
        "[2024/07/03 09:20] 寺田: ありがとう。訪問は延期しますね"]),
        note="the name and the illness are in different messages of one thread"))  # fmt: skip

    q = c.person()
    rows = [["日時", "送信者", "メッセージ"], ["2024/06/27 10:02", "早川", f"{q.name()}さん、窓口に来られました"],
            ["2024/06/27 10:04", "樋口", "返還金の件？"],
            ["2024/06/27 10:05", "早川", f"はい。未納{rng.randint(10, 40)}万円あって分納の相談です"],
            ["2024/06/27 10:07", "樋口", "分納誓約書の様式送ります"]]  # fmt: skip
    docs.append(Doc(F, "csv", 3, ["name", "arrears"], DocSpec(sheets=[SheetSpec("LINE WORKS", rows)])))

    q = c.person("elder")
    rows = [["ts", "user", "text"], ["2024-07-01 13:40", "mizuno", f"{q.name()}さんの認定調査、日程決まりました"],
            ["2024-07-01 13:42", "honda", "生年月日いくつでしたっけ"], ["2024-07-01 13:43", "mizuno", f"{wareki(q.birth)}です"],
            ["2024-07-01 13:45", "mizuno", "アルツハイマー型認知症の診断あり、主治医意見書は依頼済み"]]  # fmt: skip
    docs.append(
        Doc(F, "csv-cp932", 3, ["name", "birth_date", "health"], DocSpec(sheets=[SheetSpec("slack", rows)]))
    )

    q = c.person()
    docs.append(Doc(F, "txt", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        "From: 生活福祉課 早川", "To: 保健センター 寺田", "Subject: Fw: 訪問依頼", "",
        "寺田さん", "下記の方の訪問をお願いできますか。", "", "-----Original Message-----",
        f"対象：{q.name()}（{c.addr(q)}）", "統合失調症で市内の病院に通院中、最近服薬が途切れがちとのことです。", "早川"])))  # fmt: skip

    q = c.person()
    docs.append(Doc(F, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=[
        "[Teams] 健康づくり係", f"[07/05 14:01] 本田: 減塩教室のキャンセル、{q.name()}さんから", "[07/05 14:02] 中島: 連絡先は？",
        f"[07/05 14:02] 本田: {q.phone} です。繰上げの方に連絡します"])))  # fmt: skip

    q = c.person()
    rows = [["ts", "user", "text"], ["2024-06-18 09:00", "hayakawa", f"{q.name()}さんから転居の連絡"],
            ["2024-06-18 09:03", "mizuno", "新住所教えてください"], ["2024-06-18 09:04", "hayakawa", c.addr(q)]]  # fmt: skip
    docs.append(Doc(F, "csv", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("slack", rows)])))

    q = c.person("child")
    docs.append(Doc(F, "txt", 2, ["name", "birth_date"], DocSpec(paragraphs=[
        "件名：健診対象の確認", "", f"{q.name()}ちゃんは今月の1歳6か月児健診の対象ですか？", "",
        f"→ 生年月日 {ds(q.birth)} なので、来月の対象です。案内は来月発送します。", "寺田"])))  # fmt: skip

    q = c.person()
    rows = [["日時", "送信者", "メッセージ"], ["2024/07/08 08:50", "水野", f"今日の面談、{q.name()}さん来られません"],
            ["2024/07/08 08:52", "早川", "携帯にかけてみて"], ["2024/07/08 08:53", "水野", f"{q.mobile} 出ませんでした"]]  # fmt: skip
    docs.append(Doc(F, "csv", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("LINE WORKS", rows)])))

    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=[
        "[Teams] 母子保健係", "[07/02 09:00] 寺田: 8月の3歳児健診、医師の都合で7日→21日に変更です",
        "[07/02 09:03] 大久保: 了解です。案内の差し替え準備します", "[07/02 09:05] 中島: 会場予約も変更済み"])))  # fmt: skip
    rows = [["ts", "user", "text"], ["2024-06-20 10:00", "higuchi", "返還金の滞納整理、今年度の方針を共有します"],
            ["2024-06-20 10:01", "higuchi", "督促は年2回、分納は最長36回まで"],
            ["2024-06-20 10:05", "hayakawa", "マイナンバーでの照会は税務課経由ですね"]]  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[SheetSpec("slack", rows)]),
                    note="talks about 滞納 and マイナンバー in general: nobody's data"))  # fmt: skip
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=[
        "件名：【周知】7月の係会議", "各位", "7月12日(金) 15:00〜 第2会議室",
        "連絡先：保健センター 中島（内線 2231）、寺田（内線 2234）", "議題：健診未受診者対応、個人情報の取扱い研修"])))  # fmt: skip
    rows = [["日時", "送信者", "メッセージ"], ["2024/07/01 16:10", "早川", "Aさんの件、病院から連絡ありました"],
            ["2024/07/01 16:12", "樋口", "ケース記録に書いておいてください。チャットには詳細書かないで"]]  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("LINE WORKS", rows)]),
                    note="「Aさん」 with no name, address or details: not identifiable"))  # fmt: skip
    return docs


# --- letters from residents ------------------------------------------------------------------------
def letters(c: City) -> list[Doc]:
    _rng, city = c.rng, c.city
    F = "letters"
    docs: list[Doc] = []
    q = c.person()
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        f"{city}保健センター 御中", "", "私は3年前からうつ病で心療内科に通っています。",
        "こころの相談の予約が電話でしかできず、人と話すのがつらい私には大きな負担です。メールでも予約できるようにしてください。",
        "", f"{c.addr(q, True)}", q.name()]), note="the writer's own illness in first person, with name and address"))  # fmt: skip
    q = c.person()
    docs.append(Doc(F, "txt-cp932", 3, ["name", "phone", "health", "arrears"], DocSpec(paragraphs=[
        "介護保険課 ご担当者様", "昨年から大腸がんの治療で仕事ができず、介護保険料を4期分払えていません。",
        "督促状が届きましたが、分割にしていただけないでしょうか。", f"{q.name()}　電話 {q.phone}"])))  # fmt: skip
    q = c.person()
    docs.append(Doc(F, "pdf", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        f"{city}長 様", "保健センター前の歩道が暗く、夜の健康教室の帰りが怖いです。街灯を増やしてください。",
        f"住所 {c.addr(q)}", f"氏名 {q.name()}", f"電話 {q.phone}"])))  # fmt: skip
    q = c.person()
    docs.append(Doc(F, "txt", 2, ["name", "address"], DocSpec(paragraphs=[
        "福祉事務所の皆様へ", "先日は親身に相談にのっていただきありがとうございました。おかげで新しい仕事が見つかりました。",
        f"{c.addr(q)}　{q.name()}"])))  # fmt: skip
    q = c.person()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=[
                    "要望書",
                    "乳幼児健診の待ち時間が長すぎます。順番を予約制にしてください。",
                    f"{q.name()}（連絡先 {q.mobile}）",
                ]
            ),
        )
    )
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="市民の声と市の回答（令和6年度 第1四半期）", tables=[[["分類", "内容（要旨）", "回答"],
            ["保健", "心療内科に通院中で電話予約が負担。メール予約を。", "令和7年度から電子申請で予約できるよう準備します。"],
            ["福祉", "保険料を滞納してしまった。分割できないか。", "納付相談に応じています。介護保険課へご相談ください。"],
            ["保健", "健診の待ち時間が長い。", "受付時間を分散します。"]]]),
        note="published summaries without names: health and arrears are nobody's"))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(paragraphs=[
        "〇〇 〇〇 様", "このたびは貴重なご意見をいただきありがとうございました。", "いただいたご意見は関係課で検討し、",
        "（回答文）", f"{city}長"], header="回答文ひな形"), note="a template with placeholders"))  # fmt: skip
    return docs


# --- forms with a My Number ----------------------------------------------------------------------
def my_number_forms(c: City) -> list[Doc]:
    rng, city = c.rng, c.city
    F = "my_number"
    docs: list[Doc] = []

    head = c.person()
    wife = c.person("mother", surname=(head.surname, ""))
    kid = c.person("child", surname=(head.surname, ""))
    grid = [("世帯主", c.my_number()), ("配偶者", c.my_number()), ("子", c.my_number())]
    docs.append(Doc(F, "docx", 3, ["name", "address", "birth_date", "my_number", "relationship"], DocSpec(
        title="生活保護申請書（世帯員の個人番号）",
        tables=[[["世帯主氏名", head.name(), "生年月日", wareki(head.birth)], ["住所", c.addr(head, True), "", ""],
                 ["配偶者", wife.name(), "子", kid.name()]]]),
        post=docx_digit_grid(grid, "個人番号（1マスに1桁）")))  # fmt: skip

    q = c.person()
    n = c.my_number()
    docs.append(Doc(F, "docx", 3, ["name", "address", "my_number"], DocSpec(
        title="介護保険 負担限度額認定申請書", paragraphs=[f"申請者氏名：{q.name()}", f"住所：{c.addr(q)}"],
        textboxes=[f"個人番号 {n[:4]} {n[4:8]} {n[8:]}"])))  # fmt: skip

    ps = c.people(6)
    vis = [["受付日", "氏名", "住所", "申請"]] + [[c.day(), p.name(), c.addr(p), "妊娠届"] for p in ps]
    hid = [["氏名", "個人番号"]] + [[p.name(), c.my_number()] for p in ps]
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "my_number"], DocSpec(
        sheets=[SheetSpec("受付", vis, title="妊娠届出 受付"), SheetSpec("番号", hid, state="hidden")])))  # fmt: skip

    q = c.person()
    n = c.my_number()
    form = [(40, 50, "自立支援医療（精神通院）支給認定申請書", 14), (40, 90, "氏名", 10), (140, 90, q.name(), 10),
            (40, 115, "個人番号", 10), (140, 115, spaced(n), 10), (40, 140, "住所", 10), (140, 140, c.addr(q), 10),
            (40, 165, "病名", 10), (140, 165, "双極性感情障害", 10), (40, 190, "医療機関", 10), (140, 190, f"{city}こころのクリニック", 10)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "my_number", "health"], DocSpec(title="申請書"), post=canvas_form_pdf([form])))  # fmt: skip

    q = c.person()
    n = c.my_number()
    docs.append(Doc(F, "docx", 3, ["name", "birth_date", "my_number"], DocSpec(
        header=f"個人番号：{n}", paragraphs=["児童手当 現況届（控）", f"受給者：{q.name()}　生年月日：{ds(q.birth)}", "提出日：令和6年6月28日"])))  # fmt: skip

    q = c.person()
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        title="妊娠届出書（控）", tables=[[["氏名", q.name()], ["住所", c.addr(q)], ["個人番号", "＊＊＊＊ ＊＊＊＊ ＊＊＊＊（確認済・控には記載しない）"]]]),
        note="the My Number is masked on the copy"))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="妊娠届出書（様式）", tables=[[["氏名", ""], ["住所", ""], ["生年月日", ""]]]),
        post=docx_digit_grid([("個人番号", "")], "個人番号（1マスに1桁）"), note="a blank form with empty digit boxes"))  # fmt: skip

    rows = [["受付番号", "受付日", "種別", "処理状況"]] + [[c.not_my_number(), c.day(), rng.choice(["健診予約", "教室申込", "相談"]), "完了"]
                                                      for _ in range(14)]  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("受付", rows, title="電子申請 受付番号一覧")],),
                    note="12-digit 受付番号, all failing the check digit; no persons"))  # fmt: skip

    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="個人番号の記入例", paragraphs=["個人番号欄には12桁の番号を左詰めで記入してください。", "記入例：1234 5678 9012",
                                       "※ 記入例の番号は架空のものです（検査用数字が一致しません）。"]),
        note="sample number 123456789012 fails the check digit"))  # fmt: skip
    docs.append(Doc(F, "txt-cp932", 1, [], DocSpec(paragraphs=[
        "特定個人情報の取扱いについて（職員向け）", "1 個人番号は申請書の原本でのみ確認し、控えには記載しない。",
        "2 番号を含む書類をFAXで送信しない。", "3 生活保護・介護保険・母子保健の各事務で利用できる。"])))  # fmt: skip
    return docs


def build(rng: random.Random) -> list[Doc]:
    c = City(rng)
    return (health_centre(c) + welfare(c) + care_insurance(c) + visit_notes(c) + messages(c) + letters(c)
            + my_number_forms(c))  # fmt: skip


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam11")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set11", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
