"""Eighth red-team set (blind): licensing, schools, personnel and correspondence of a town hall.

``python -m corpus.redteam.set8 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other corpus generators' documents, to be
scored on first contact. Families follow the desks of one town hall: licences and permits (published
registers of 飲食店・理容所・美容所・旅館業・公衆浴場・クリーニング所 naming the holder versus the
application forms and internal register with the holder's home address, birth date and mobile, and
inspection logs noting an illness), procurement (入札参加資格者名簿 with 法人番号 and 代表者 versus sole
proprietors' bank accounts and a lecturer's My Number for the 支払調書), council and committees (rosters
with 役職 versus the reward-payment list with home addresses), schools and the board of education, personnel,
correspondence (mail printouts, complaint logs, chat exports, and public or fictional prose sharing the
vocabulary), and numbers that look like My Numbers but are not.

Each document's true level follows the default policy only: 3 for a My Number, health data or arrears of
an identifiable person, or personal records of more than 100 persons; 2 for a private person's name with
their address, birth date or phone; 1 for the rest, including licence holders in a public register,
council members, company representatives and staff named in their official role, and characters of
fiction. Welfare (就学援助) alone does not raise a list above 2. ``types`` lists what a perfect reader
reports about private persons (plus ``corporate_number`` where one is printed). Doubtful files carry a
one-line ``note`` saying how the policy text decides them.
"""

from __future__ import annotations

import datetime as dt
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

SEED = 8808

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, 郡+町, area code, 大字/町名); a name ending in "*" takes 番地 lots, the others 丁目 lots
TOWNS: list[tuple[str, str, str, list[str]]] = [
    ("長野県", "上伊那郡辰野町", "0266", ["大字辰野*", "大字伊那富*", "大字平出*", "大字小野*", "中央"]),
    ("岐阜県", "加茂郡八百津町", "0574", ["八百津*", "伊岐津志*", "野上*", "和知*", "錦織*"]),
    ("山形県", "東田川郡庄内町", "0234", ["余目字町*", "狩川字笠山*", "廿六木*", "余目字梵天*", "提興屋*"]),
    ("愛媛県", "伊予郡砥部町", "089", ["宮内*", "麻生*", "高尾田*", "原町*", "大南*"]),
    ("宮崎県", "児湯郡高鍋町", "0983", ["大字南高鍋*", "大字北高鍋*", "大字上江*", "大字持田*", "大字蚊口浦*"]),
    ("福井県", "三方郡美浜町", "0770", ["郷市*", "河原市*", "佐柿*", "松原*", "早瀬*"]),
    ("岩手県", "紫波郡矢巾町", "019", ["大字南矢幅*", "大字西徳田*", "大字藤沢*", "流通センター南", "大字又兵エ新田*"]),
    ("栃木県", "芳賀郡益子町", "0285", ["大字益子*", "大字七井*", "大字塙*", "大字大沢*", "大字上大羽*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("松下", "まつした"), ("小野寺", "おのでら"), ("大槻", "おおつき"), ("熊谷", "くまがい"), ("千葉", "ちば"),
    ("菅原", "すがわら"), ("及川", "おいかわ"), ("畠山", "はたけやま"), ("三浦", "みうら"), ("高田", "たかだ"),
    ("村上", "むらかみ"), ("岩崎", "いわさき"), ("野口", "のぐち"), ("平野", "ひらの"), ("河合", "かわい"),
    ("桑原", "くわばら"), ("安藤", "あんどう"), ("杉山", "すぎやま"), ("上野", "うえの"), ("北村", "きたむら"),
    ("堀", "ほり"), ("武田", "たけだ"), ("内藤", "ないとう"), ("浅野", "あさの"), ("小池", "こいけ"),
    ("荒木", "あらき"), ("大塚", "おおつか"), ("永井", "ながい"), ("森本", "もりもと"), ("秋山", "あきやま"),
    ("早川", "はやかわ"), ("横山", "よこやま"), ("服部", "はっとり"), ("桜井", "さくらい"), ("宮下", "みやした"),
    ("関口", "せきぐち"), ("矢島", "やじま"), ("片桐", "かたぎり"), ("唐沢", "からさわ"), ("赤羽", "あかはね"),
    ("北原", "きたはら"), ("宮坂", "みやさか"), ("市川", "いちかわ"), ("土屋", "つちや"), ("鶴田", "つるた"),
    ("二階堂", "にかいどう"), ("勅使河原", "てしがわら"), ("六車", "むぐるま"), ("百々", "どど"), ("小鳥遊", "たかなし"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("拓海", "たくみ"), ("陽翔", "はると"), ("蓮", "れん"), ("湊", "みなと"), ("颯太", "そうた"),
    ("悠真", "ゆうま"), ("和夫", "かずお"), ("茂", "しげる"), ("勝", "まさる"), ("博", "ひろし"),
    ("隆", "たかし"), ("修", "おさむ"), ("浩二", "こうじ"), ("誠", "まこと"), ("直樹", "なおき"),
    ("哲也", "てつや"), ("大輔", "だいすけ"), ("良太", "りょうた"), ("亮", "りょう"), ("文雄", "ふみお"),
    ("壮真", "そうま"), ("陸", "りく"), ("英俊", "ひでとし"), ("幸雄", "ゆきお"), ("達也", "たつや"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("陽菜", "ひな"), ("結衣", "ゆい"), ("凛", "りん"), ("葵", "あおい"), ("美咲", "みさき"),
    ("芽依", "めい"), ("和子", "かずこ"), ("幸子", "さちこ"), ("節子", "せつこ"), ("洋子", "ようこ"),
    ("由美子", "ゆみこ"), ("真由美", "まゆみ"), ("直美", "なおみ"), ("智子", "ともこ"), ("裕子", "ゆうこ"),
    ("愛", "あい"), ("彩", "あや"), ("真央", "まお"), ("沙織", "さおり"), ("明美", "あけみ"),
    ("紬", "つむぎ"), ("澪", "みお"), ("千尋", "ちひろ"), ("久美子", "くみこ"), ("トシ", "とし"),
]  # fmt: skip
OLD = {"和夫", "茂", "勝", "博", "隆", "修", "浩二", "誠", "文雄", "英俊", "幸雄", "和子", "幸子", "節子", "洋子",
       "由美子", "真由美", "直美", "智子", "裕子", "明美", "久美子", "トシ", "哲也", "達也"}  # fmt: skip
YOUNG = {
    "拓海",
    "陽翔",
    "蓮",
    "湊",
    "颯太",
    "悠真",
    "壮真",
    "陸",
    "陽菜",
    "結衣",
    "凛",
    "葵",
    "芽依",
    "紬",
    "澪",
}
BUILDINGS = ["コーポ若葉", "ハイツ桜ヶ丘", "町営住宅", "メゾン清流", "アーバン辰巳", "ロイヤル柏"]
COMPANIES = [
    ("株式会社", "伊那谷建設", "かぶしきがいしゃいなだにけんせつ"), ("有限会社", "山二設備工業", "ゆうげんがいしゃやまにせつびこうぎょう"),
    ("株式会社", "峠測量設計", "かぶしきがいしゃとうげそくりょうせっけい"), ("合同会社", "ミライ電算", "ごうどうがいしゃみらいでんさん"),
    ("株式会社", "清流舗装", "かぶしきがいしゃせいりゅうほそう"), ("株式会社", "アルプス事務機", "かぶしきがいしゃあるぷすじむき"),
    ("有限会社", "丸八造園", "ゆうげんがいしゃまるはちぞうえん"), ("株式会社", "信和電気", "かぶしきがいしゃしんわでんき"),
    ("株式会社", "ふるさと給食センター", "かぶしきがいしゃふるさときゅうしょくせんたー"), ("株式会社", "中部ビル管理", "かぶしきがいしゃちゅうぶびるかんり"),
    ("有限会社", "橋本印刷所", "ゆうげんがいしゃはしもといんさつしょ"), ("株式会社", "天竜警備", "かぶしきがいしゃてんりゅうけいび"),
    ("株式会社", "北信リース", "かぶしきがいしゃほくしんりーす"), ("株式会社", "あさひ環境サービス", "かぶしきがいしゃあさひかんきょうさーびす"),
    ("協業組合", "上伊那清掃", "きょうぎょうくみあいかみいなせいそう"), ("株式会社", "カワセミ情報技研", "かぶしきがいしゃかわせみじょうほうぎけん"),
]  # fmt: skip
FOOD_SHOPS = ["食堂 まるや", "そば処 梅の木", "喫茶 こもれび", "焼肉 炎", "ラーメン一番星", "弁当の店 はなまる", "居酒屋 てっちゃん",
              "ベーカリー麦の穂", "寿司 光", "中華料理 福龍", "カフェ ソラノ", "とんかつ 勝", "お好み焼き ちどり", "キッチンカー ぽっけ",
              "和菓子 竹村堂", "スナック 夕月", "うどん 大黒", "洋食屋 グリル森", "定食 ひまわり", "移動販売 くるくる"]  # fmt: skip
SALONS = ["ヘアーサロン ミツル", "理容 かねこ", "美容室 リボン", "Hair Make Luce", "カットハウス 風", "美容室 はな",
          "バーバー 髭", "ヘアスタジオ 和", "美容室 シエスタ", "理容 ふじ"]  # fmt: skip
INNS = [
    "旅館 清流荘",
    "民宿 やまびこ",
    "ゲストハウス 辰",
    "ホテル 峠の湯",
    "簡易宿所 ほたる",
    "農家民泊 たんぼ",
]
BATHS_CLEAN = ["公衆浴場 松の湯", "町営温泉 ほたるの湯", "クリーニング 白鳥", "ホワイト急便 中央店", "ドライ ケイ",
               "取次所 さくら", "コインランドリー 泡"]  # fmt: skip
BANKS = [
    "八十二銀行",
    "長野県信用組合",
    "みなみ農業協同組合",
    "アルプス中央信用金庫",
    "ゆうちょ銀行",
    "十六銀行",
]
SCHOOLS = ["町立第一小学校", "町立東小学校", "町立中学校"]
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
TODAY = dt.date(2024, 7, 1)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- numbers ----------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    for name, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "long":
                return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            return f"{letter}{y}.{d.month}.{d.day}"
    raise ValueError(d)


def fw(s: str) -> str:
    return s.translate(FW)


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def group4(n: str, sep: str = " ") -> str:
    return sep.join(n[i : i + 4] for i in range(0, 12, 4))


@dataclass
class Person:
    surname: str
    given: str
    kana: str
    sex: str
    dob: dt.date
    address: str  # without the prefecture when the person lives in this town
    postal: str
    phone: str
    mobile: str
    my_number: str

    def name(self, sep: str = " ") -> str:
        return f"{self.surname}{sep}{self.given}"

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


@dataclass
class Gen:
    rng: random.Random
    docs: list[Doc] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    home: int = 0

    def __post_init__(self) -> None:
        self.home = self.rng.randrange(len(TOWNS))

    # -- places
    @property
    def pref(self) -> str:
        return TOWNS[self.home][0]

    @property
    def town(self) -> str:
        return TOWNS[self.home][1]

    @property
    def hall(self) -> str:
        return self.town.split("郡")[1]

    def phone(self, town: int | None = None) -> str:
        area = TOWNS[self.home if town is None else town][2]
        rng = self.rng
        mid = rng.randint(20, 89) if len(area) == 4 else rng.randint(900, 989)
        return f"{area}-{mid}-{rng.randint(1000, 9999)}"

    def mobile(self) -> str:
        rng = self.rng
        return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"

    def lot(self, area: str) -> str:
        rng = self.rng
        if area.endswith("*"):
            n = rng.randint(1, 3200)
            return rng.choice([f"{n}番地", f"{n}番地{rng.randint(1, 20)}", f"{n}-{rng.randint(1, 20)}"])
        return f"{rng.randint(1, 6)}丁目{rng.randint(1, 28)}番{rng.randint(1, 22)}号"

    def place(self, town: int | None = None, pref: bool = False) -> str:
        p, t, _a, areas = TOWNS[self.home if town is None else town]
        area = self.rng.choice(areas)
        return f"{p if pref else ''}{t}{area.rstrip('*')}{self.lot(area)}"

    # -- numbers
    def my_number(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(11))
        return base + str(my_number_check_digit(base))

    def not_my_number(self, prefix: str = "") -> str:
        """12 digits that FAIL the My Number check."""
        rng = self.rng
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(prefix)))
        good = my_number_check_digit(base)
        return base + str((good + rng.randint(1, 9)) % 10)

    def corp_number(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_check_digit(base)) + base

    def stamp12(self, day: dt.date) -> str:
        """YYYYMMDDhhmm that fails the My Number check."""
        while True:
            s = f"{day:%Y%m%d}{self.rng.randint(8, 18):02d}{self.rng.randint(0, 59):02d}"
            if not is_my_number(s):
                return s

    # -- persons
    def person(self, lo: int = 20, hi: int = 85, sex: str | None = None, away: float = 0.15) -> Person:
        rng = self.rng
        age = rng.randint(lo, hi)
        while True:
            sx = sex or rng.choice("男女")
            pool = MALE if sx == "男" else FEMALE
            if age < 30:
                pool = [g for g in pool if g[0] not in OLD]
            elif age > 55:
                pool = [g for g in pool if g[0] not in YOUNG]
            (sn, sk), (gn, gk) = rng.choice(SURNAMES), rng.choice(pool)
            if sn + gn not in self.used:
                break
        self.used.add(sn + gn)
        dob = TODAY - dt.timedelta(days=age * 365 + rng.randint(0, 364))
        town = self.home if rng.random() > away else rng.randrange(len(TOWNS))
        addr = self.place(town, pref=town != self.home)
        if rng.random() < 0.2:
            addr += f" {rng.choice(BUILDINGS)}{rng.randint(1, 3)}0{rng.randint(1, 6)}"
        postal = f"{rng.randint(380, 399)}-{rng.randint(0, 9999):04d}"
        return Person(sn, gn, katakana(f"{sk} {gk}"), sx, dob, addr, postal, self.phone(town), self.mobile(),
                      self.my_number())  # fmt: skip

    def people(self, n: int, **kw: Any) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]

    def child(self, grade: int, surname: str | None = None) -> Person:
        """A pupil of school grade 1..9 (小1..中3) on TODAY."""
        while True:
            p = self.person(lo=grade + 6, hi=grade + 6, away=0.0)
            self.used.discard(p.surname + p.given)
            if surname:
                sk = dict(SURNAMES)[surname]
                p.surname, p.kana = surname, katakana(sk) + " " + p.kana.split(" ")[1]
            if p.surname + p.given not in self.used and p.given not in OLD:
                self.used.add(p.surname + p.given)
                return p

    def add(self, family: str, fmt: str, level: int, types: Sequence[str], spec: DocSpec, note: str = "",
            post: Callable[[Path], None] | None = None) -> None:  # fmt: skip
        self.docs.append(Doc(family, fmt, level, sorted(set(types)), spec, note, post))


# --- layouts DocSpec cannot express ---------------------------------------------------------------------
_FONT = "HeiseiKakuGo-W5"


def _finish(path: Path) -> None:
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def xlsx_post(
    merges: Sequence[str] = (), hide_cols: Sequence[str] = (), widths: dict[str, float] | None = None,
    sheet: int = 0,
) -> Callable[[Path], None]:  # fmt: skip
    """Merge ranges (the cells other than the top-left must be empty) and hide columns of one sheet."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[sheet]
        for rng in merges:
            ws.merge_cells(rng)
        for col in hide_cols:
            ws.column_dimensions[col].hidden = True
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
        wb.save(path)
        _finish(path)

    return post


def docx_digit_grid(rows: Sequence[tuple[str, str, str]], caption: str) -> Callable[[Path], None]:
    """Append a Word table: label | relation | 12 cells of one digit each, the label column merged
    vertically over each person's two rows (name row, number row)."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        d.add_paragraph(caption)
        t = d.add_table(rows=1 + 2 * len(rows), cols=14)
        t.style = "Table Grid"
        head = t.rows[0].cells
        head[0].text, head[1].text = "区分", "氏名・続柄"
        merged = head[2].merge(head[13])
        merged.text = "個人番号"
        for i, (label, who, number) in enumerate(rows):
            top, bottom = t.rows[1 + 2 * i].cells, t.rows[2 + 2 * i].cells
            top[0].merge(bottom[0]).text = label
            top[1].text = who
            top[2].merge(top[13]).text = "（フリガナ・生年月日は別欄）"
            bottom[1].text = "個人番号"
            for k, digit in enumerate(number):
                bottom[2 + k].text = digit
        d.save(str(path))
        _finish(path)

    return post


def docx_header_box(header_text: str) -> Callable[[Path], None]:
    """Put a text in the first section's header inside a one-cell table (a letterhead box)."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        header = d.sections[0].header
        header.is_linked_to_previous = False
        from docx.shared import Mm

        t = header.add_table(rows=1, cols=1, width=Mm(80))
        t.rows[0].cells[0].text = header_text
        d.save(str(path))
        _finish(path)

    return post


def pdf_register(
    title: str, header: str, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]],
    per_page: int, lead: Sequence[str] = (), tail: Sequence[str] = (), landscape: bool = True,
    size: float = 7.5,
) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a register drawn on a canvas: columns placed at x positions (mm), a header
    and a "n / N" footer on every page, ``per_page`` rows a page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        if _FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
        page = land(A4) if landscape else A4
        c = canvas.Canvas(str(path), pagesize=page, invariant=1)
        c.setTitle(title)
        chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        for n, chunk in enumerate(chunks, start=1):
            c.setFont(_FONT, 8)
            c.drawString(12 * mm, page[1] - 10 * mm, header)
            y = page[1] - 20 * mm
            if n == 1:
                c.setFont(_FONT, 13)
                c.drawString(12 * mm, y, title)
                y -= 8 * mm
                c.setFont(_FONT, 9)
                for line in lead:
                    c.drawString(12 * mm, y, line)
                    y -= 5 * mm
            c.setFont(_FONT, size)
            for label, x in columns:
                c.drawString(x * mm, y, label)
            c.line(12 * mm, y - 1.5 * mm, page[0] - 12 * mm, y - 1.5 * mm)
            y -= 5.5 * mm
            for row in chunk:
                for (_, x), value in zip(columns, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 5 * mm
            if n == len(chunks):
                c.setFont(_FONT, 9)
                for line in tail:
                    y -= 2 * mm
                    c.drawString(12 * mm, y, line)
                    y -= 5 * mm
            c.setFont(_FONT, 8)
            c.drawCentredString(page[0] / 2, 8 * mm, f"- {n} / {len(chunks)} -")
            c.showPage()
        c.save()

    return post


def pdf_form(title: str, fields: Sequence[tuple[str, str]], boxes: Sequence[tuple[str, str]] = (),
             footer: str = "", spaced: Sequence[tuple[str, str]] = ()) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a one-page form: label/value pairs, digits drawn one per box (``boxes``)
    and numbers drawn with a space between digits (``spaced``)."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        if _FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(title)
        c.setFont(_FONT, 14)
        c.drawCentredString(A4[0] / 2, A4[1] - 25 * mm, title)
        y = A4[1] - 40 * mm
        for label, digits in boxes:
            c.setFont(_FONT, 9)
            c.drawString(20 * mm, y + 1.5 * mm, label)
            c.setFont(_FONT, 11)
            for k, ch in enumerate(digits):
                x = 60 * mm + k * 8 * mm
                c.rect(x, y, 8 * mm, 7 * mm)
                c.drawCentredString(x + 4 * mm, y + 2 * mm, ch)
            y -= 11 * mm
        for label, value in spaced:
            c.setFont(_FONT, 9)
            c.drawString(20 * mm, y, label)
            c.setFont(_FONT, 11)
            c.drawString(60 * mm, y, " ".join(value))
            y -= 9 * mm
        for label, value in fields:
            c.setFont(_FONT, 9)
            c.drawString(20 * mm, y, label)
            c.setFont(_FONT, 10.5)
            c.drawString(60 * mm, y, value)
            c.line(58 * mm, y - 1.5 * mm, 190 * mm, y - 1.5 * mm)
            y -= 9 * mm
        if footer:
            c.setFont(_FONT, 8)
            c.drawString(20 * mm, 15 * mm, footer)
        c.showPage()
        c.save()

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: Any) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def rand_date(rng: random.Random, lo: str, hi: str) -> dt.date:
    a, b = d(lo), d(hi)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


# --- licences and permits -------------------------------------------------------------------------------
def licence(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    holder_note = "licence holders named in a public register next to the business's address and phone are not private persons"

    def holder() -> str:
        if rng.random() < 0.4:
            kind, name, _ = rng.choice(COMPANIES)
            return f"{kind}{name} 代表取締役 {g.person().name()}" if rng.random() < 0.3 else f"{kind}{name}"
        return g.person().name()

    # 1 published 飲食店営業許可 list (xlsx, title row, header/footer)
    rows: list[list[Cell]] = [
        [
            "許可番号",
            "営業者氏名",
            "営業所の名称（屋号）",
            "営業所所在地",
            "電話番号",
            "業種",
            "許可年月日",
            "有効期限",
        ]
    ]
    for shop in rng.sample(FOOD_SHOPS, 18):
        day = rand_date(rng, "2019-04-01", "2024-05-31")
        rows.append([f"第{rng.randint(100, 999)}号", holder(), shop, g.place(), g.phone(),
                     rng.choice(["飲食店営業", "菓子製造業", "飲食店営業（自動車）", "そうざい製造業"]),
                     day, day.replace(year=day.year + 6) - dt.timedelta(days=1)])  # fmt: skip
    g.add("licence", "xlsx", 1, [], DocSpec(sheets=[sheet("許可施設", rows, title=f"{hall} 食品営業許可施設一覧（令和6年6月末現在）",
          footer="保健所 食品衛生課 公表資料", number_formats={6: "ggge年m月d日", 7: "yyyy/mm/dd"})]), holder_note)  # fmt: skip

    # 2 理容所・美容所 register drawn as a multi-page canvas PDF
    reg: list[list[str]] = []
    for _ in range(62):
        kind = rng.choice(["理容所", "美容所"])
        salon = rng.choice(SALONS) + (
            "" if rng.random() < 0.5 else f" {rng.choice(['本店', '駅前店', '2号店'])}"
        )
        reg.append([f"{kind[:2]}第{rng.randint(1, 900)}号", kind, salon, holder().split(" 代表取締役")[0], g.place(), g.phone(),
                    wareki(rand_date(rng, "1985-04-01", "2024-03-31"))])  # fmt: skip
    cols = [
        ("確認番号", 12),
        ("種別", 32),
        ("施設の名称", 46),
        ("開設者", 92),
        ("所在地", 140),
        ("電話", 205),
        ("確認年月日（開設日）", 235),
    ]
    spec = DocSpec(title="理容所・美容所一覧", paragraphs=["（描画で置き換え）"])
    g.add("licence", "pdf", 1, [], spec, holder_note + "; 開設日 is not a birth date",
          pdf_register("理容所・美容所一覧（令和6年4月1日現在）", f"{g.pref} 保健福祉事務所 生活衛生係", cols, reg, 24,
                       lead=["理容師法・美容師法に基づき構造設備の確認を受けた施設を掲載しています。"],
                       tail=["掲載内容に誤りがある場合は生活衛生係までご連絡ください。"]))  # fmt: skip

    # 3 旅館業 permits (cp932 csv)
    rows = [["施設名称", "営業者", "施設所在地", "電話番号", "営業の種別", "許可年月日", "客室数"]]
    for inn in INNS:
        rows.append([inn, holder(), g.place(), g.phone(), rng.choice(["旅館・ホテル営業", "簡易宿所営業"]),
                     rand_date(rng, "1990-01-01", "2024-03-01"), rng.randint(2, 40)])  # fmt: skip
    for i in range(8):
        rows.append([f"民泊施設{i + 1}（{rng.choice(['古民家', '一棟貸し', '農家'])}）", holder(), g.place(), g.phone(), "簡易宿所営業",
                     rand_date(rng, "2018-06-15", "2024-03-01"), rng.randint(1, 5)])  # fmt: skip
    g.add("licence", "csv-cp932", 1, [], DocSpec(sheets=[sheet("旅館業", rows)]), holder_note)

    # 4 公衆浴場・クリーニング所 (docx table, 指定日)
    rows2 = [["区分", "名称", "営業者", "所在地", "電話", "指定日・確認日"]]
    for name in BATHS_CLEAN:
        kind = "公衆浴場" if "湯" in name else "クリーニング所"
        rows2.append(
            [kind, name, holder(), g.place(), g.phone(), wareki(rand_date(rng, "1995-01-01", "2023-12-01"))]
        )
    g.add("licence", "docx", 1, [], DocSpec(title=f"{hall}内 公衆浴場・クリーニング所一覧",
          paragraphs=["町ホームページ掲載用。営業者の氏名は届出のとおり掲載しています。"], tables=[rows2],
          footer=f"{hall} 住民環境課"), holder_note)  # fmt: skip

    # 5 クリーニング師 / 取次所 指定 (xls) — 指定日 only
    rows = [["No.", "取次所名", "受託営業者", "所在地", "電話", "指定日"]]
    for i in range(12):
        rows.append([i + 1, f"{rng.choice(['ホワイト急便', 'ドライ ケイ', '白鳥'])} {rng.choice(['スーパー', 'コンビニ', '駅前'])}取次所{i + 1}",
                     holder(), g.place(), g.phone(), rand_date(rng, "2005-01-01", "2024-01-31")])  # fmt: skip
    g.add(
        "licence",
        "xls",
        1,
        [],
        DocSpec(sheets=[sheet("取次所", rows, title="クリーニング取次所一覧")]),
        "指定日 is not a birth date",
    )

    # 6 the guide to applying (mentions 生年月日 / 自宅住所 in general)
    g.add("licence", "docx", 1, [], DocSpec(title="飲食店営業許可申請の手引き", paragraphs=[
        "申請書には、営業者の住所（法人の場合は主たる事務所の所在地）、氏名、生年月日を記入してください。",
        "個人で営業する方は、自宅住所と日中連絡のつく携帯電話番号を記入してください。記入例：長野 太郎 昭和50年1月1日生。",
        "営業許可証は、施設の見やすい場所に掲示してください。許可の有効期間は原則6年です。",
        "手数料は申請時に納付してください。手数料の未納がある場合は許可証を交付できません。",
        f"問合せ先：{hall}役場 住民環境課 生活衛生係 電話 {g.phone()}（内線 215）"]))  # fmt: skip

    # 7 a filled application (docx)
    p = g.person(28, 60)
    shop = rng.choice(FOOD_SHOPS)
    g.add("licence", "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(title="営業許可申請書（新規）",
          tables=[[["申請者氏名", p.name()], ["フリガナ", p.kana], ["生年月日", wareki(p.dob) + "生"],
                   ["住所（自宅）", f"〒{p.postal} {p.address}"], ["携帯電話", p.mobile],
                   ["営業所の名称", shop], ["営業所所在地", g.place()], ["営業所電話", g.phone()],
                   ["営業の種類", "飲食店営業"], ["食品衛生責任者", f"{p.name()}（講習会修了 令和5年11月）"]]],
          paragraphs=[f"{hall}長 様", "食品衛生法第55条第1項の規定により、次のとおり申請します。", "令和6年5月20日"],
          header="受付印"))  # fmt: skip

    # 8 internal register of holders (xlsx, 30 rows; merged 業種 groups)
    rows = [["業種", "屋号", "営業者氏名", "営業者住所（自宅）", "生年月日", "携帯電話", "許可番号"]]
    kinds = ["飲食店営業"] * 12 + ["菓子製造業"] * 8 + ["そうざい製造業"] * 10
    merges: list[str] = []
    start = 4
    for i, kind in enumerate(kinds):
        q = g.person(25, 78)
        rows.append([kind if i == 0 or kinds[i - 1] != kind else None, rng.choice(FOOD_SHOPS), q.name(), q.address,
                     q.dob, q.mobile, f"第{rng.randint(100, 999)}号"])  # fmt: skip
    for a, b in ((0, 12), (12, 20), (20, 30)):
        merges.append(f"A{start + a}:A{start + b - 1}")
    g.add("licence", "xlsx", 2, ["name", "address", "birth_date", "phone"],
          DocSpec(sheets=[sheet("台帳", rows, title="営業者台帳（内部管理用）", first_row=3)]),
          post=xlsx_post(merges))  # fmt: skip

    # 9 理容所開設届 drawn as a form PDF
    p = g.person(24, 55)
    g.add("licence", "pdf", 2, ["name", "address", "birth_date", "phone"], DocSpec(title="理容所開設届", paragraphs=["x"]),
          post=pdf_form("理容所開設届", [("開設者氏名", p.name("　")), ("開設者住所", p.address), ("生年月日", wareki(p.dob)),
                                         ("連絡先（携帯）", p.mobile), ("施設の名称", rng.choice(SALONS)),
                                         ("施設の所在地", g.place()), ("開設予定日", "令和6年8月1日")],
                        footer=f"{g.pref}知事 様　　受付 {hall}役場経由"))  # fmt: skip

    # 10 旅館業 application reception book with 12-digit 受付番号 (failing) and home phones
    rows = [["受付番号", "受付日", "申請者", "申請者住所", "連絡先", "施設名", "種別"]]
    for _ in range(9):
        q = g.person(30, 75)
        rows.append([g.not_my_number("2024"), rand_date(rng, "2024-04-01", "2024-06-28"), q.name(), q.address,
                     q.mobile.replace("-", "") if rng.random() < 0.5 else q.phone, rng.choice(INNS), "簡易宿所営業"])  # fmt: skip
    g.add(
        "licence",
        "csv",
        2,
        ["name", "address", "phone"],
        DocSpec(sheets=[sheet("受付簿", rows)]),
        "the 12-digit 受付番号 all fail the check digit",
    )

    # 11 bulk: the public list on the visible sheet, the holders' home data on a hidden sheet (130 persons)
    pub = [["屋号", "所在地", "電話"]] + [[rng.choice(FOOD_SHOPS), g.place(), g.phone()] for _ in range(20)]
    priv: list[list[Cell]] = [
        ["管理番号", "営業者氏名", "フリガナ", "自宅住所", "生年月日", "電話（自宅・携帯）"]
    ]
    for i in range(130):
        q = g.person(22, 82, away=0.25)
        priv.append([f"F{i + 1:04d}", q.name(), q.kana, q.address, wareki(q.dob, "short"),
                     q.mobile if i % 3 else q.phone])  # fmt: skip
    g.add(
        "licence",
        "xlsx",
        3,
        ["name", "address", "birth_date", "phone"],
        DocSpec(
            sheets=[
                sheet("公表用", pub, title="飲食店一覧（公表用）"),
                sheet("営業者情報", priv, state="hidden"),
            ]
        ),
        "more than 100 private persons with home address, birth date and phone (on a hidden sheet)",
    )

    # 12 inspection log with a holder's illness (docx)
    p = g.person(55, 80)
    shop = rng.choice(FOOD_SHOPS)
    g.add("licence", "docx", 3, ["name", "health", "address"], DocSpec(title="監視指導記録票", paragraphs=[
        f"施設名：{shop}　営業者：{p.name()}（住所 {p.address}）",
        "監視日時：令和6年6月12日 14:00〜14:40　担当：生活衛生係 2名",
        "指摘事項：冷蔵庫内温度記録の未記入（5月下旬〜）。手洗い設備の石けん切れ。",
        "聞き取り：営業者は5月に脳梗塞で入院し、現在も週2回リハビリに通院中とのこと。調理は妻が代行している。",
        "次回：8月に再確認。営業者の体調により廃業届の可能性あり。"]))  # fmt: skip

    # 13 monitoring sheet with an illness in 備考 (xlsx)
    rows = [["監視日", "屋号", "営業者", "結果", "備考"]]
    for i in range(14):
        q = g.person(30, 80)
        note = ""
        if i == 5:
            note = "営業者本人が糖尿病で透析治療中、営業時間短縮"
        elif i == 9:
            note = "営業者 うつ病で休業中（家族談）"
        rows.append([rand_date(rng, "2024-04-01", "2024-06-30"), rng.choice(FOOD_SHOPS), q.name(),
                     rng.choice(["適", "適", "要改善"]), note])  # fmt: skip
    g.add(
        "licence",
        "xlsx",
        3,
        ["name", "health"],
        DocSpec(sheets=[sheet("監視結果", rows, title="令和6年度 飲食店監視結果")]),
        "two holders' illnesses noted against their names",
    )

    # 14 food-poisoning investigation: patients with symptoms (txt)
    lines = [
        "食中毒疑い事案 喫食者調査（内部）",
        f"施設：{rng.choice(FOOD_SHOPS)}　喫食日：令和6年6月2日",
        "",
    ]
    tbl = [["氏名", "年齢", "電話", "症状", "受診"]]
    for _ in range(7):
        q = g.person(8, 70)
        tbl.append([q.name(), str(q.age()), q.phone, rng.choice(["下痢・腹痛", "発熱38.5℃・嘔吐", "腹痛のみ"]),
                    rng.choice(["町立病院受診", "未受診", "診療所で点滴"])])  # fmt: skip
    g.add("licence", "txt", 3, ["name", "phone", "health"], DocSpec(paragraphs=lines, tables=[tbl]))

    # 15 published food-poisoning notice: shop named, no patients (pdf)
    g.add("licence", "pdf", 1, [], DocSpec(title="食中毒の発生について（公表）", paragraphs=[
        f"令和6年6月5日、{hall}内の飲食店を利用した複数の方が下痢、腹痛、発熱等の症状を呈し、医療機関を受診しました。",
        f"保健所は、{rng.choice(FOOD_SHOPS)}（営業者 {holder()}）を原因施設と断定し、3日間の営業停止を命じました。",
        "患者数 7名（うち入院 0名）。患者はいずれも快方に向かっています。",
        "原因物質：カンピロバクター・ジェジュニ。",
        "発表者：保健所 食品衛生課 電話 " + g.phone()]), "a published notice: symptoms of anonymous patients; the holder in the public register")  # fmt: skip

    # 16 the annual monitoring plan (odt)
    g.add("licence", "odt", 1, [], DocSpec(title="令和6年度 食品衛生監視指導計画", paragraphs=[
        "1 目的　食品等事業者に対する監視指導を計画的に実施し、食中毒の発生を防止する。",
        "2 重点事項　HACCPに沿った衛生管理の定着、営業者の健康管理（従事者の下痢・発熱時の就業制限）の周知。",
        "3 監視件数の目標　飲食店営業 120件、菓子製造業 30件、旅館業 10件。",
        "4 違反時の措置　営業停止、許可の取消し。手数料の滞納等は本計画の対象外とする。"]))  # fmt: skip


# --- procurement --------------------------------------------------------------------------------------
def procurement(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    rep_note = "代表者 named next to the company's address and phone is in an official role"

    def companies(n: int) -> list[list[Cell]]:
        out: list[list[Cell]] = []
        for kind, name, kana in rng.sample(COMPANIES, n):
            rep = g.person(40, 75)
            out.append([g.corp_number(), f"{kind}{name}", katakana(kana), f"代表取締役 {rep.name()}" if kind == "株式会社" else f"代表者 {rep.name()}",
                        g.place(rng.randrange(len(TOWNS)), pref=True), g.phone(), rng.choice(["土木一式", "建築一式", "物品", "役務", "測量・建設コンサルタント"])])  # fmt: skip
        return out

    # 1 入札参加資格者名簿 (xlsx, 法人番号 as text)
    rows = [
        ["法人番号", "商号又は名称", "フリガナ", "代表者", "本店所在地", "電話番号", "登録業種"],
        *companies(14),
    ]
    g.add("procurement", "xlsx", 1, ["corporate_number"], DocSpec(sheets=[sheet("名簿", rows,
          title=f"令和6・7年度 {hall}入札参加資格者名簿", footer="総務課 契約係")]), rep_note)  # fmt: skip

    # 2 the same kind of list as csv with 法人番号 in a number column
    rows = [["登録番号", "法人番号", "業者名", "代表者職氏名", "所在地", "TEL", "FAX"]]
    for i, c in enumerate(companies(12)):
        rows.append([f"R6-{i + 1:03d}", int(str(c[0])), c[1], c[3], c[4], c[5], g.phone()])
    g.add("procurement", "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("業者", rows)]), rep_note)

    # 3 published tender results (pdf)
    tbl = [["件名", "落札者", "法人番号", "落札金額（税抜）", "入札日"]]
    for _ in range(6):
        c = companies(1)[0]
        tbl.append([rng.choice(["町道改良工事", "庁舎空調設備改修", "学校給食配送業務委託", "公用車リース", "防災無線保守"]) + f" 第{rng.randint(1, 9)}工区",
                    str(c[1]), str(c[0]), f"{rng.randint(80, 9000) * 1000:,}円", wareki(rand_date(rng, "2024-04-10", "2024-06-25"))])  # fmt: skip
    g.add("procurement", "pdf", 1, ["corporate_number"], DocSpec(title="入札結果一覧（令和6年度第1四半期）", tables=[tbl],
          paragraphs=["地方自治法施行令に基づき、入札の結果を公表します。"], footer=f"{hall}役場 総務課"))  # fmt: skip

    # 4 the guide to 支払調書 (talks about My Numbers, holds none)
    g.add("procurement", "docx", 1, [], DocSpec(title="講師謝金の支払と支払調書作成の手引き", paragraphs=[
        "講師等に謝金を支払う場合、「報酬、料金、契約金及び賞金の支払調書」を作成するため、講師本人の個人番号（12桁）の提供を受けます。",
        "個人番号の確認は、マイナンバーカード又は通知カードと身元確認書類で行います。番号は「個人番号収集票」に記入し、封筒に入れて総務課へ回付してください。",
        "講師の自宅住所、生年月日は支払調書の提出に必要な範囲でのみ記録してください。",
        "記入例：個人番号 ×××× ×××× ××××（収集票にのみ記入し、コピーは取らない）"]),
          "a guide that talks about My Numbers in general")  # fmt: skip

    # 5 sole proprietors' registrations (xlsx) with home address and bank account
    rows = [["屋号", "事業主氏名", "住所", "電話", "振込先金融機関", "支店", "口座番号", "登録区分"]]
    for _ in range(11):
        q = g.person(30, 70)
        rows.append([rng.choice(["ひかり造園", "やまだ塗装", "書道教室 墨", "ピアノ教室 ドルチェ", "木工所 ひのき", "翻訳オフィス 橋", "写真工房 光"]),
                     q.name(), q.address, q.mobile, rng.choice(BANKS), rng.choice(["本店", "町内支店", "中央支店", "駅前出張所"]),
                     f"普通 {rng.randint(1000000, 9999999)}", rng.choice(["物品", "役務", "小規模修繕"])])  # fmt: skip
    g.add("procurement", "xlsx", 2, ["name", "address", "phone", "bank_account"], DocSpec(sheets=[sheet("個人事業者", rows,
          title="小規模契約希望者登録（個人事業者）")]), "a sole proprietor's home is the business address here; bank accounts do not raise the level")  # fmt: skip

    # 6 a single registration form (docx)
    q = g.person(35, 68)
    g.add("procurement", "docx", 2, ["name", "address", "phone", "birth_date", "bank_account"], DocSpec(title="債権者登録申出書",
          tables=[[["氏名", q.name()], ["フリガナ", q.kana], ["住所", f"〒{q.postal} {q.address}"], ["電話", q.phone],
                   ["生年月日", q.dob.strftime("%Y年%m月%d日")], ["振込先", f"{rng.choice(BANKS)} 普通 {rng.randint(1000000, 9999999)}"],
                   ["口座名義", q.kana]]], paragraphs=[f"{hall}会計管理者 様", "私への支払は、下記口座へ振り込んでください。"]))  # fmt: skip

    # 7 lecturers' transfer list (csv, cp932)
    rows = [["講座名", "講師氏名", "自宅住所", "電話", "謝金額", "振込口座"]]
    for _ in range(8):
        q = g.person(35, 75)
        rows.append([rng.choice(["そば打ち教室", "スマホ講座", "ヨガ", "郷土史講座", "書道"]), q.name(), q.address, q.phone,
                     f"{rng.choice([5000, 10000, 15000, 20000])}", f"{rng.choice(BANKS)} {rng.randint(1000000, 9999999)}"])  # fmt: skip
    g.add(
        "procurement",
        "csv-cp932",
        2,
        ["name", "address", "phone", "bank_account"],
        DocSpec(sheets=[sheet("講師", rows)]),
    )

    # 8 payment record with lecturers' My Numbers 4-4-4 over three cells (xlsx)
    rows = [["支払日", "講師氏名", "住所", "個人番号", None, None, "支払金額", "源泉徴収税額"]]
    for _ in range(6):
        q = g.person(35, 75)
        pay = rng.choice([10000, 20000, 30000, 50000])
        rows.append([rand_date(rng, "2024-04-10", "2024-06-28"), q.name(), q.address, q.my_number[:4], q.my_number[4:8],
                     q.my_number[8:], pay, int(pay * 0.1021)])  # fmt: skip
    g.add("procurement", "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[sheet("謝金", rows,
          title="令和6年度 講師謝金支払記録（支払調書作成用）", first_row=3)]), post=xlsx_post(["D3:F3"]))  # fmt: skip

    # 9 支払調書 drawn as a form PDF: My Number in boxes, one digit per box
    q = g.person(40, 70)
    g.add("procurement", "pdf", 3, ["name", "address", "my_number"], DocSpec(title="報酬、料金、契約金及び賞金の支払調書", paragraphs=["x"]),
          post=pdf_form("令和5年分 報酬、料金、契約金及び賞金の支払調書", [("支払を受ける者 住所", q.address), ("氏名", q.name("　")),
                        ("区分", "講演料"), ("支払金額", "60,000円"), ("源泉徴収税額", "6,126円"),
                        ("支払者", f"{hall}役場 （法人番号 {g.corp_number()}）")], boxes=[("個人番号", q.my_number)]))  # fmt: skip

    # 10 My Number collection ledger (txt-cp932), numbers hyphenated
    lines = ["個人番号収集台帳（講師・委員）", "収集日\t氏名\t個人番号\t確認書類\t収集者"]
    for _ in range(5):
        q = g.person(30, 75)
        lines.append(f"{wareki(rand_date(rng, '2024-04-01', '2024-06-30'))}\t{q.name()}\t{group4(q.my_number, '-')}\t"
                     f"{rng.choice(['個人番号カード', '通知カード＋運転免許証'])}\t総務課")  # fmt: skip
    g.add("procurement", "txt-cp932", 3, ["name", "my_number"], DocSpec(paragraphs=lines))

    # 11 指名業者選定 (docx, merged header)
    tbl = [["工事名", "指名業者", "代表者", "所在地"]]
    for c in companies(5):
        tbl.append(["町営住宅外壁改修工事", str(c[1]), str(c[3]), str(c[4])])
    g.add("procurement", "docx", 1, [], DocSpec(title="指名業者選定調書", tables=[tbl],
          paragraphs=["指名審査会において、次の業者を指名することに決定した。"]), rep_note)  # fmt: skip


# --- council and committees ------------------------------------------------------------------------------
def council(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    office = g.phone()
    members = g.people(14, lo=40, hi=78, away=0.0)
    factions = ["新政会", "町民クラブ", "公明党", "日本共産党", "無所属"]
    roles = ["議長", "副議長"] + ["議員"] * 12

    # 1 議員名簿 (xlsx): role, faction, terms; the assembly office's phone only
    rows = [["議席番号", "氏名", "ふりがな", "役職", "会派", "当選回数", "所属常任委員会"]]
    for i, (m, role) in enumerate(zip(members, roles, strict=True)):
        rows.append(
            [
                i + 1,
                m.name(),
                m.kana,
                role,
                rng.choice(factions),
                rng.randint(1, 6),
                rng.choice(["総務産業", "社会文教", "議会運営"]),
            ]
        )
    g.add("council", "xlsx", 1, [], DocSpec(sheets=[sheet("議員名簿", rows, title=f"{hall}議会議員名簿（令和6年5月1日現在）",
          footer=f"{hall}議会事務局 電話 {office}")]), "council members in their official role")  # fmt: skip

    # 2 審議会委員名簿 (docx)
    comm = g.people(10, lo=40, hi=80)
    tbl = [["区分", "氏名", "所属・役職", "備考"]]
    for i, m in enumerate(comm):
        tbl.append([rng.choice(["学識経験者", "関係団体", "公募委員"]), m.name(),
                    rng.choice(["町社会福祉協議会 会長", "商工会 副会長", "区長会 理事", "JA 支所長", "町PTA連合会 会長", "公募"]),
                    "会長" if i == 0 else ("副会長" if i == 1 else "")])  # fmt: skip
    g.add("council", "docx", 1, [], DocSpec(title=f"{hall}総合計画審議会 委員名簿", tables=[tbl],
          paragraphs=["任期：令和6年4月1日から令和8年3月31日まで（敬称略・順不同）"]), "committee members named with their role only")  # fmt: skip

    # 3 議会だより (pptx draft)
    g.add("council", "pptx", 1, [], DocSpec(title="議会だより 第182号（6月定例会）", paragraphs=[
        f"一般質問　{members[3].name()} 議員：子育て世帯の転入促進策について",
        f"一般質問　{members[5].name()} 議員：学校給食費の無償化と未納対策について",
        "町長答弁：給食費の滞納状況は改善傾向にあり、無償化は財源を含め検討する。",
        f"議長 {members[0].name()}　副議長 {members[1].name()}",
        f"お問合せ　議会事務局 {office}"]), "members and the mayor in their official role; 滞納 is talked about in general")  # fmt: skip

    # 4 委員会 attendance record (pdf)
    tbl = [["氏名", "役職", "出欠"]] + [
        [m.name(), r, rng.choice(["出席", "出席", "欠席"])] for m, r in zip(members[:8], roles, strict=False)
    ]
    g.add("council", "pdf", 1, [], DocSpec(title="総務産業常任委員会 出席状況", tables=[tbl],
          paragraphs=["令和6年6月14日（金）午前10時 第1委員会室"], footer="議会事務局"))  # fmt: skip

    # 5 reward payment list with home addresses and accounts (xlsx)
    rows = [["委員氏名", "住所", "報酬日額", "出席日数", "支給額", "振込先"]]
    for m in comm:
        rows.append(
            [
                m.name(),
                m.address,
                7800,
                rng.randint(1, 4),
                None,
                f"{rng.choice(BANKS)} 普通 {rng.randint(1000000, 9999999)}",
            ]
        )
    for r in rows[1:]:
        r[4] = int(r[2]) * int(r[3])  # type: ignore[arg-type]
    g.add("council", "xlsx", 2, ["name", "address", "bank_account"], DocSpec(sheets=[sheet("報酬", rows,
          title="総合計画審議会 委員報酬支払一覧（第1四半期）")]), "committee members' HOME addresses: private persons here")  # fmt: skip

    # 6 acceptance of appointment (docx)
    m = comm[-1]
    g.add("council", "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(title="就任承諾書", paragraphs=[
        f"{hall}長 様", "私は、総合計画審議会委員に就任することを承諾します。", "令和6年3月25日",
        f"住所　{m.address}", f"氏名　{m.name()}", f"生年月日　{wareki(m.dob)}", f"電話　{m.phone}"]))  # fmt: skip

    # 7 committee members' private contacts (csv)
    rows = [["氏名", "自宅電話", "携帯", "メール", "連絡方法"]]
    for m in comm:
        rows.append(
            [
                m.name(),
                m.phone,
                m.mobile,
                f"{m.kana.split(' ')[0]}@example.jp",
                rng.choice(["郵送", "電話", "メール"]),
            ]
        )
    g.add("council", "csv", 2, ["name", "phone", "email"], DocSpec(sheets=[sheet("連絡先", rows)]))

    # 8 committee My Number collection (xlsx, hidden sheet)
    rows = [["委員氏名", "個人番号", "確認日"]]
    for m in comm[:6]:
        rows.append([m.name(), m.my_number, wareki(rand_date(rng, "2024-04-01", "2024-05-31"))])
    pub = [["委員氏名", "区分"]] + [[m.name(), "学識経験者"] for m in comm[:6]]
    g.add("council", "xlsx", 3, ["name", "my_number"], DocSpec(sheets=[sheet("委員一覧", pub), sheet("番号", rows, state="veryHidden")]),
          "the My Numbers are on a veryHidden sheet")  # fmt: skip


# --- schools and the board of education ---------------------------------------------------------------
def school(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    school_name = g.hall + rng.choice(SCHOOLS)
    school_phone = g.phone()

    def klass(n: int, grade: int) -> list[tuple[Person, Person]]:
        out = []
        for _ in range(n):
            parent = g.person(30, 48)
            out.append((g.child(grade, parent.surname), parent))
        return out

    # 1 class list with guardians' phones (xlsx, title row, header)
    rows = [["出席番号", "児童氏名", "ふりがな", "保護者氏名", "緊急連絡先1", "緊急連絡先2（勤務先等）"]]
    for i, (c, p) in enumerate(klass(24, 3)):
        rows.append([i + 1, c.name(), c.kana, p.name(), p.mobile, p.phone if i % 2 else ""])
    g.add("school", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("3年1組", rows, title="令和6年度 3年1組 名簿",
          header=f"{school_name}　取扱注意")]))  # fmt: skip

    # 2 a class list (csv-cp932) with addresses and birth dates
    rows = [["番号", "氏名", "性別", "生年月日", "住所", "保護者", "電話"]]
    for i, (c, p) in enumerate(klass(22, 1)):
        rows.append([i + 1, c.name("　"), c.sex, c.dob, c.address, p.name(), p.phone])
    g.add(
        "school",
        "csv-cp932",
        2,
        ["name", "birth_date", "address", "phone"],
        DocSpec(sheets=[sheet("1年", rows)]),
    )

    # 3 a contact-tree (docx)
    tbl = [["順", "児童", "保護者", "電話"]]
    for i, (c, p) in enumerate(klass(12, 5)):
        tbl.append([str(i + 1), c.name(), p.name(), p.mobile])
    g.add("school", "docx", 2, ["name", "phone"], DocSpec(title="5年2組 緊急連絡網", tables=[tbl],
          paragraphs=["連絡は番号順に回してください。不在の場合は次の方へ。最後の方は担任へ連絡してください。"],
          footer="この連絡網は学級内での連絡以外に使用しないでください"))  # fmt: skip

    # 4 pupils' register with birth dates (ods)
    rows = [["学年", "組", "氏名", "生年月日", "前籍校"]]
    for c, _p in klass(18, 2):
        rows.append([2, rng.randint(1, 2), c.name(), c.dob, rng.choice(["", "", "転入（他県）"])])
    g.add("school", "ods", 2, ["name", "birth_date"], DocSpec(sheets=[sheet("在籍", rows)]))

    # 5 就学援助 list: 20 households, names and addresses (welfare alone → 2)
    rows = [["認定番号", "保護者氏名", "住所", "児童生徒氏名", "学校", "区分", "認定日"]]
    for i, (c, p) in enumerate(klass(20, rng.randint(1, 9))):
        rows.append([f"R6-{i + 1:03d}", p.name(), p.address, c.name(), rng.choice(SCHOOLS), rng.choice(["要保護", "準要保護"]),
                     rand_date(rng, "2024-04-01", "2024-06-30")])  # fmt: skip
    g.add("school", "xlsx", 2, ["name", "address"], DocSpec(sheets=[sheet("認定者", rows, title="令和6年度 就学援助認定者一覧")]),
          "welfare (就学援助) alone does not raise a list of 20 named households with addresses above 2")  # fmt: skip

    # 6 就学援助 bulk (csv): 120 households
    rows = [["世帯番号", "保護者氏名", "住所", "電話", "児童数", "区分"]]
    for _ in range(120):
        p = g.person(28, 52)
        rows.append(
            [
                f"{rng.randint(10000, 99999)}",
                p.name(),
                p.address,
                p.phone,
                rng.randint(1, 3),
                rng.choice(["準要保護", "要保護"]),
            ]
        )
    g.add("school", "csv", 3, ["name", "address", "phone"], DocSpec(sheets=[sheet("全件", rows)]),
          "bulk: more than 100 private persons with address and phone (not the welfare flag)")  # fmt: skip

    # 7 保健室 visit log (xlsx)
    rows = [["来室日時", "学年組", "氏名", "症状", "処置", "保護者連絡"]]
    for _ in range(16):
        c = g.child(rng.randint(1, 6))
        rows.append([dt.datetime(2024, 6, rng.randint(3, 28), rng.randint(8, 15), rng.choice([0, 10, 25, 40])), f"{rng.randint(1, 6)}-{rng.randint(1, 2)}",
                     c.name(), rng.choice(["頭痛", "腹痛", "すり傷（膝）", "発熱37.8℃", "気分不良", "喘息発作"]),
                     rng.choice(["休養", "早退", "消毒", "保冷"]), rng.choice(["済", "", "済（母）"])])  # fmt: skip
    g.add(
        "school", "xlsx", 3, ["name", "health"], DocSpec(sheets=[sheet("6月", rows, title="保健室来室記録")])
    )

    # 8 allergy survey of named pupils (docx)
    tbl = [["氏名", "学年", "アレルゲン", "症状の既往", "エピペン", "主治医"]]
    for _ in range(7):
        c = g.child(rng.randint(1, 6))
        tbl.append([c.name(), f"{rng.randint(1, 6)}年", rng.choice(["卵", "乳", "小麦", "えび・かに", "落花生", "そば"]),
                    rng.choice(["じんましん", "アナフィラキシー（R4）", "口腔のかゆみ"]), rng.choice(["有", "無"]),
                    f"{rng.choice(['町立病院', '県立中央病院', 'こども医療センター'])} 小児科"])  # fmt: skip
    g.add("school", "docx", 3, ["name", "health"], DocSpec(title="食物アレルギー対応児童一覧（給食用）", tables=[tbl],
          paragraphs=["除去食対象者。調理場・担任のみ閲覧。"], header=f"{school_name} 給食主任"))  # fmt: skip

    # 9 health check results with follow-up (xlsx, results on a hidden sheet)
    pub = [["項目", "受診者数", "要精検者数"], ["心電図", 96, 3], ["尿検査", 402, 5], ["視力", 402, 88]]
    rows = [["氏名", "学年", "検査", "結果", "所見", "受診勧奨"]]
    for _ in range(9):
        c = g.child(rng.randint(4, 9))
        rows.append([c.name(), rng.randint(4, 9), rng.choice(["心電図", "尿検査", "側わん"]), "要精密検査",
                     rng.choice(["QT延長の疑い", "尿蛋白(2+)", "脊柱側弯症の疑い", "WPW症候群"]), "済"])  # fmt: skip
    g.add("school", "xlsx", 3, ["name", "health"], DocSpec(sheets=[sheet("集計", pub, title="令和6年度 定期健康診断 集計"),
          sheet("要精検者", rows, state="hidden")]), "named pupils' findings on a hidden sheet")  # fmt: skip

    # 10 school-lunch fee arrears (xlsx, merged header)
    rows = [["保護者氏名", "児童氏名", "学校", "未納月", None, None, "未納額", "督促回数"]]
    for _ in range(11):
        p = g.person(30, 50)
        months = rng.sample(["4月", "5月", "6月", "7月", "9月", "10月"], 3)
        rows.append([p.name(), g.child(rng.randint(1, 9), p.surname).name(), rng.choice(SCHOOLS), *months, rng.randint(1, 9) * 4700,
                     rng.randint(1, 3)])  # fmt: skip
    g.add("school", "xlsx", 3, ["name", "arrears"], DocSpec(sheets=[sheet("未納者", rows, title="学校給食費 未納者一覧（令和6年度）",
          first_row=3)]), post=xlsx_post(["D3:F3"]))  # fmt: skip

    # 11 a reminder letter (docx) for lunch fees
    p = g.person(32, 50)
    g.add("school", "docx", 3, ["name", "address", "arrears"], DocSpec(title="学校給食費の納付について（督促）", paragraphs=[
        f"〒{p.postal}", p.address, f"{p.name()} 様", "",
        "令和6年4月分から6月分までの学校給食費 14,100円 が、納期限を過ぎても未納となっています。",
        "7月19日までに納付してください。納付が困難な場合は、教育委員会 学校教育係へご相談ください。",
        f"{hall}教育委員会"]))  # fmt: skip

    # 12 PTA newsletter naming officers (docx)
    officers = g.people(5, lo=32, hi=50)
    g.add("school", "docx", 1, [], DocSpec(title="PTAだより 第1号", paragraphs=[
        f"新年度のPTA役員が決まりました。会長 {officers[0].name()}さん、副会長 {officers[1].name()}さん・{officers[2].name()}さん、"
        f"会計 {officers[3].name()}さん、書記 {officers[4].name()}さんです。一年間よろしくお願いします。",
        "資源回収は6月22日（土）8時から。雨天決行です。",
        f"PTA会費の納入にご協力ください。問合せは学校（{school_phone}）まで。"]),
          "PTA officers named in their role; the only phone is the school's")  # fmt: skip

    # 13 school events notice (pdf)
    g.add("school", "pdf", 1, [], DocSpec(title="運動会のご案内", paragraphs=[
        f"{school_name}の運動会を下記のとおり開催します。",
        "日時：令和6年9月28日（土）8時30分開会（雨天の場合は30日に順延）",
        "持ち物：水筒、帽子、タオル。熱中症予防のため、体調のすぐれないお子さんは無理をさせないでください。",
        "駐車場は台数に限りがあります。乗り合わせてご来場ください。",
        f"連絡先：{school_name} 教頭 {g.person(45, 58).name()} {school_phone}"]), "the deputy head named with the school's phone")  # fmt: skip

    # 14 lunch newsletter (pptx)
    g.add("school", "pptx", 1, [], DocSpec(title="給食だより 7月", paragraphs=[
        "夏野菜カレー、ゴーヤチャンプルーが登場します。", "食物アレルギーのあるお子さんの除去食は、個別の面談に基づき提供しています。",
        "給食費の口座振替日は毎月10日です。残高の確認をお願いします。"]))  # fmt: skip

    # 15 就学援助 public notice (docx)
    g.add("school", "docx", 1, [], DocSpec(title="就学援助制度のお知らせ", paragraphs=[
        "経済的理由により就学が困難な児童生徒の保護者に、学用品費・給食費等を援助します。",
        "生活保護を受給している世帯、町民税が非課税の世帯、国民年金保険料の免除を受けている世帯などが対象です。",
        "申請書には、保護者の氏名・住所・電話番号、児童生徒の氏名・生年月日を記入してください。",
        f"{hall}教育委員会 学校教育係"]))  # fmt: skip

    # 16 school health plan (xls, public)
    rows = [
        ["月", "保健行事", "保健指導"],
        ["4月", "身体測定・視力検査", "生活リズム"],
        ["5月", "内科検診・歯科検診", "歯みがき"],
        ["6月", "尿検査・心電図（1年）", "梅雨の健康"],
        ["7月", "水泳前健康観察", "熱中症予防"],
        ["9月", "身体測定", "けがの防止"],
    ]
    g.add("school", "xls", 1, [], DocSpec(sheets=[sheet("年間計画", rows, title="令和6年度 学校保健計画")]))

    # 17 a pupil's support plan (odt) naming a disability
    c = g.child(rng.randint(1, 6))
    g.add("school", "odt", 3, ["name", "health"], DocSpec(title="個別の教育支援計画", paragraphs=[
        f"児童氏名：{c.name()}（{c.age()}歳）",
        "障害の状況：自閉スペクトラム症（令和3年 診断）、ADHD。服薬あり（朝）。",
        "支援の目標：見通しをもって活動に参加する。",
        "関係機関：こども発達支援センター（月1回通所）"]))  # fmt: skip

    # 18 graduation photo order list — names only, no contact (csv, public look-alike)
    rows = [["組", "氏名", "注文枚数"]] + [
        [rng.randint(1, 2), g.child(9).name(), rng.randint(0, 3)] for _ in range(20)
    ]
    g.add(
        "school",
        "csv",
        1,
        ["name"],
        DocSpec(sheets=[sheet("注文", rows)]),
        "pupils' names with nothing identifying",
    )


# --- personnel ---------------------------------------------------------------------------------------------
def personnel(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    staff = g.people(28, lo=23, hi=62, away=0.3)
    depts = ["総務課", "住民環境課", "税務課", "保健福祉課", "建設水道課", "教育委員会"]
    dept_of = {s.name(): depts[i % len(depts)] for i, s in enumerate(staff)}
    staff_note = "staff in an extension list or seating plan are in their official role"

    # 1 extension list (xlsx, merged 課 cells)
    rows = [["課", "係", "職名", "氏名", "内線"]]
    merges = []
    r0 = 4
    for k, dept in enumerate(depts):
        members = [s for s in staff if dept_of[s.name()] == dept]
        for j, s in enumerate(members):
            rows.append([dept if j == 0 else None, rng.choice(["庶務係", "管理係", "業務係"]), rng.choice(["課長", "係長", "主査", "主事"]),
                         s.name(), 200 + 10 * k + j])  # fmt: skip
        first = r0 + len(rows) - 1 - len(members)
        merges.append(f"A{first}:A{first + len(members) - 1}")
    g.add("personnel", "xlsx", 1, [], DocSpec(sheets=[sheet("内線", rows, title=f"{hall}役場 内線番号表（令和6年4月）", first_row=3)]),
          staff_note, post=xlsx_post(merges))  # fmt: skip

    # 2 seating plan (xlsx grid with merged cells)
    grid: list[list[Cell]] = [["窓口", None, None, "通路", "課長席"], [None, None, None, None, None]]
    names = [s.name() for s in staff[:12]]
    for r in range(3):
        grid.append([names[4 * r], names[4 * r + 1], None, names[4 * r + 2], names[4 * r + 3]])
    g.add("personnel", "xlsx", 1, [], DocSpec(sheets=[sheet("座席", grid, title="住民環境課 座席表")]), staff_note,
          post=xlsx_post(["A3:C4", "D3:D4", "E3:E4"]))  # fmt: skip

    # 3 published personnel changes (pdf)
    tbl = [["新所属・職", "氏名", "旧所属"]] + [
        [f"{rng.choice(depts)} {rng.choice(['課長', '係長'])}", s.name(), rng.choice(depts)]
        for s in staff[:10]
    ]
    g.add(
        "personnel",
        "pdf",
        1,
        [],
        DocSpec(title="人事異動（令和6年4月1日付）", tables=[tbl], paragraphs=["報道発表資料"]),
        staff_note,
    )

    # 4 the 扶養控除等申告書 instructions with a blank number grid (docx)
    g.add("personnel", "docx", 1, [], DocSpec(title="令和7年分 扶養控除等（異動）申告書の記入について", paragraphs=[
        "提出期限：11月29日（金）　提出先：総務課 給与係",
        "控除対象配偶者・扶養親族の個人番号（12桁）を記入してください。前年と異動がない場合は「個人番号に変更なし」と記載できます。",
        "個人番号欄：□□□□ □□□□ □□□□",
        "16歳未満の扶養親族（年少扶養親族）の氏名、続柄、生年月日も記入してください。",
        "障害者控除を受ける場合は、障害者手帳の写しを添付してください。"]), "instructions with an empty number grid")  # fmt: skip

    # 5 health-check schedule (docx)
    tbl = [
        ["日程", "対象", "会場"],
        ["7月9日", "総務課・税務課", "役場3階会議室"],
        ["7月10日", "住民環境課・保健福祉課", "保健センター"],
        ["7月11日", "建設水道課・教育委員会", "保健センター"],
    ]
    g.add("personnel", "docx", 1, [], DocSpec(title="令和6年度 職員定期健康診断のお知らせ", tables=[tbl], paragraphs=[
        "前日21時以降は絶食してください。二次検査の対象となった方は、必ず医療機関を受診してください。"]))  # fmt: skip

    # 6 emergency contacts with home addresses and mobiles (xlsx)
    rows = [["所属", "氏名", "自宅住所", "自宅電話", "携帯電話", "参集区分"]]
    for s in staff:
        rows.append(
            [
                dept_of[s.name()],
                s.name(),
                s.address,
                s.phone,
                s.mobile,
                rng.choice(["第1配備", "第2配備", "第3配備"]),
            ]
        )
    g.add("personnel", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("非常参集", rows, title="災害時職員緊急連絡先一覧",
          header="取扱注意　持出禁止")]), "staff HOME addresses and mobiles: private data")  # fmt: skip

    # 7 birthday list (csv)
    rows = [["氏名", "所属", "誕生日", "生年月日"]]
    for s in staff[:20]:
        rows.append([s.name(), dept_of[s.name()], f"{s.dob.month}月{s.dob.day}日", s.dob])
    g.add("personnel", "csv", 2, ["name", "birth_date"], DocSpec(sheets=[sheet("誕生日", rows)]))

    # 8 staff directory with home addresses (docx, header)
    tbl = [["氏名", "住所", "通勤手段"]] + [
        [s.name(), s.address, rng.choice(["自家用車", "町営バス", "徒歩", "自転車"])] for s in staff[:12]
    ]
    g.add(
        "personnel",
        "docx",
        2,
        ["name", "address"],
        DocSpec(title="職員住所録（親睦会用）", tables=[tbl], header="親睦会 幹事"),
    )

    # 9 commuting allowance application (pdf form)
    s = staff[3]
    g.add("personnel", "pdf", 2, ["name", "address", "phone"], DocSpec(title="通勤届", paragraphs=["x"]),
          post=pdf_form("通勤届", [("所属", dept_of[s.name()]), ("氏名", s.name("　")), ("住居", s.address), ("電話", s.mobile),
                                  ("通勤方法", "自家用車"), ("片道距離", "12.4km"), ("届出日", "令和6年4月8日")]))  # fmt: skip

    # 10 扶養控除等申告書 with the family's My Numbers 4-4-4 (xlsx)
    s = staff[5]
    spouse = g.person(30, 55)
    spouse.surname = s.surname
    kids = [g.child(rng.randint(1, 9), s.surname) for _ in range(2)]
    rows = [["区分", "氏名", "続柄", "生年月日", "個人番号", None, None, "住所"],
            ["本人", s.name(), "", s.dob, group4(s.my_number)[:4], s.my_number[4:8], s.my_number[8:], s.address],
            ["配偶者", spouse.name(), "妻" if s.sex == "男" else "夫", spouse.dob, spouse.my_number[:4], spouse.my_number[4:8],
             spouse.my_number[8:], "同上"]]  # fmt: skip
    for k in kids:
        rows.append(
            ["年少扶養", k.name(), "子", k.dob, k.my_number[:4], k.my_number[4:8], k.my_number[8:], "同上"]
        )
    g.add("personnel", "xlsx", 3, ["name", "birth_date", "address", "my_number"], DocSpec(sheets=[sheet("申告書", rows,
          title="令和6年分 給与所得者の扶養控除等（異動）申告書", first_row=3)]), post=xlsx_post(["E3:G3"]))  # fmt: skip

    # 11 the same form in Word: one digit per cell, names merged over two rows
    s = staff[8]
    spouse = g.person(30, 55)
    kid = g.child(rng.randint(1, 9), s.surname)
    grid_rows = [("本人", s.name(), s.my_number), ("配偶者", f"{s.surname} {spouse.given}（妻）", spouse.my_number),
                 ("扶養親族", f"{kid.name()}（子）", kid.my_number)]  # fmt: skip
    g.add("personnel", "docx", 3, ["name", "address", "my_number"], DocSpec(title="扶養控除等（異動）申告書", paragraphs=[
        f"所属：{dept_of[s.name()]}　氏名：{s.name()}　住所：{s.address}"]), post=docx_digit_grid(grid_rows, "控除対象者の個人番号"))  # fmt: skip

    # 12 sick-leave record (xlsx)
    rows = [["氏名", "所属", "期間", "日数", "事由", "診断書"]]
    for s in staff[10:16]:
        rows.append([s.name(), dept_of[s.name()], f"6/{rng.randint(1, 10)}〜6/{rng.randint(11, 28)}", rng.randint(2, 20),
                     rng.choice(["腰椎椎間板ヘルニア", "適応障害", "インフルエンザ", "胃潰瘍", "骨折（右手首）"]), "提出済"])  # fmt: skip
    g.add(
        "personnel",
        "xlsx",
        3,
        ["name", "health"],
        DocSpec(sheets=[sheet("病休", rows, title="病気休暇取得状況（令和6年6月）")]),
    )

    # 13 health-check follow-up (docx)
    tbl = [["氏名", "所属", "所見", "判定", "受診状況"]]
    for s in staff[16:22]:
        tbl.append([s.name(), dept_of[s.name()], rng.choice(["血圧高値", "HbA1c 7.2", "肝機能異常", "心電図異常"]),
                    rng.choice(["要医療", "要精検"]), rng.choice(["受診済", "未受診（勧奨2回）"])])  # fmt: skip
    g.add("personnel", "docx", 3, ["name", "health"], DocSpec(title="定期健康診断 事後措置対象者", tables=[tbl],
          header="産業医・衛生管理者限り"))  # fmt: skip

    # 14 staff My Number register on a veryHidden sheet, the visible one a staff list
    vis = [["職員番号", "氏名", "所属"]] + [
        [f"{1000 + i}", s.name(), dept_of[s.name()]] for i, s in enumerate(staff[:15])
    ]
    hid = [["職員番号", "個人番号"]] + [[f"{1000 + i}", s.my_number] for i, s in enumerate(staff[:15])]
    g.add("personnel", "xlsx", 3, ["name", "my_number"], DocSpec(sheets=[sheet("職員", vis), sheet("番号管理", hid, state="hidden")]),
          "My Numbers joined to names by 職員番号 across sheets")  # fmt: skip

    # 15 bulk staff birthday/phone list for the whole town (ods) — 104 staff
    rows = [["氏名", "所属", "生年月日", "携帯"]]
    for _ in range(104):
        s = g.person(22, 62)
        rows.append([s.name(), rng.choice(depts), s.dob, s.mobile])
    g.add("personnel", "ods", 3, ["name", "birth_date", "phone"], DocSpec(sheets=[sheet("全職員", rows)]),
          "bulk: 104 staff with birth date and private mobile")  # fmt: skip


# --- correspondence ----------------------------------------------------------------------------------------
def mail(frm: str, to: str, subject: str, when: str, body: list[str]) -> list[str]:
    return [f"差出人: {frm}", f"送信日時: {when}", f"宛先: {to}", f"件名: {subject}", "", *body]


def correspondence(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    me = g.person(25, 55)
    colleague = g.person(25, 55)
    domain = "town.example.lg.jp"

    # 1 forwarded mail with a resident's phone in the quoted part (txt)
    r = g.person(40, 85)
    g.add("correspondence", "txt", 2, ["name", "phone", "address"], DocSpec(paragraphs=mail(
        f"{colleague.name()} <k-{rng.randint(100, 999)}@{domain}>", f"{me.name()} <s-{rng.randint(100, 999)}@{domain}>",
        "FW: 道路側溝の破損について", "2024/06/18 (火) 10:42",
        ["お疲れさまです。下記、建設水道課から回ってきました。現地確認をお願いします。", "",
         "-----Original Message-----", f"From: 建設水道課 {g.person(30, 55).name()}", "Sent: Monday, June 17, 2024 4:55 PM",
         f"> {r.address} の {r.name()} 様より電話あり。", f"> 自宅前の側溝のふたが割れているとのこと。連絡先 {r.phone}（日中は {r.mobile}）",
         "> 写真は後日メールで送ってもらいます。"])), "the resident's address and phone sit in the quoted part")  # fmt: skip

    # 2 letter to a resident (docx), address block
    r = g.person(30, 80)
    g.add("correspondence", "docx", 2, ["name", "address"], DocSpec(paragraphs=[
        f"〒{r.postal}", r.address, f"{r.name()} 様", "", "ご意見へのご回答", "",
        "先日は町政へのご意見をお寄せいただき、ありがとうございました。ご指摘の防犯灯につきましては、7月中に修繕いたします。",
        f"{hall}長"], footer=f"{hall}役場 総務課 企画係 {g.phone()}"))  # fmt: skip

    # 3 mail printout as pdf with a resident's contact in a signature block (pdf)
    r = g.person(30, 70)
    g.add("correspondence", "pdf", 2, ["name", "address", "phone"], DocSpec(title="RE: 空き家バンクの登録について", paragraphs=mail(
        f"{r.name()} <owner{rng.randint(10, 99)}@example.ne.jp>", f"企画係 <kikaku@{domain}>",
        "RE: 空き家バンクの登録について", "2024年6月20日 21:13",
        ["企画係 ご担当者様", "ご連絡ありがとうございます。来週の現地確認は土曜日午前でお願いします。", "",
         "-- ", r.name(), f"〒{r.postal} {r.address}", f"TEL {r.mobile}", "",
         "> 空き家バンクへの登録申込書を受理しました。現地確認の日程をご連絡ください。"])))  # fmt: skip

    # 4 complaint log without illness (xlsx) — phones
    rows = [["受付日", "受付者", "申出者", "連絡先", "内容", "対応"]]
    for _ in range(12):
        q = g.person(25, 85)
        rows.append([rand_date(rng, "2024-04-01", "2024-06-28"), me.name(), q.name(), q.phone,
                     rng.choice(["ごみ集積所のカラス被害", "騒音（隣家の犬）", "防犯灯の球切れ", "草刈りの要望", "窓口の待ち時間"]),
                     rng.choice(["対応済", "調整中", "回答済"])])  # fmt: skip
    g.add(
        "correspondence",
        "xlsx",
        2,
        ["name", "phone"],
        DocSpec(sheets=[sheet("苦情", rows, title="苦情・要望受付簿")]),
    )

    # 5 phone-call memo (txt-cp932)
    r = g.person(60, 90)
    g.add("correspondence", "txt-cp932", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        "電話受付メモ", f"日時：6月24日 9:15　受付：{me.name()}", f"相手：{r.name()} さん（{r.address}）",
        f"電話：{r.phone}", "内容：敬老会の案内が届いていない。住所変更を6月にしたとのこと。→ 福祉係へ回付",
        "折り返し：本日中"]))  # fmt: skip

    # 6 complaint log with an illness (xlsx)
    rows = [["受付日", "申出者", "住所", "内容"]]
    for i in range(8):
        q = g.person(30, 85)
        text = rng.choice(["除雪が遅い", "側溝の詰まり", "防災無線が聞こえない"])
        if i in (2, 6):
            text = rng.choice(["隣家の野焼きの煙で喘息が悪化し通院している", "うつ病で通院中のため、窓口での長時間の待機は困難との申出",
                               "がんの治療中で、ごみ出しが困難。戸別収集を希望"])  # fmt: skip
        rows.append([rand_date(rng, "2024-04-01", "2024-06-28"), q.name(), q.address, text])
    g.add(
        "correspondence",
        "xlsx",
        3,
        ["name", "address", "health"],
        DocSpec(sheets=[sheet("苦情", rows, title="苦情処理記録簿")]),
    )

    # 7 Slack export about a named resident's arrears (txt)
    r = g.person(40, 75)
    lines = ["#税務課-収納 — Slack export 2024-06-25",
             f"[09:12] {me.surname}: {r.name()}さん（{r.address.split(' ')[0]}）の固定資産税、まだ3期分滞納のままです",
             f"[09:14] {colleague.surname}: 先週督促状出しました。電話もつながらないです",
             f"[09:15] {me.surname}: 分納の相談に来るって言ってたんですけどね… 差押えの検討リストに入れます",
             f"[09:31] {colleague.surname}: 了解です。軽自動車税も未納ありです"]  # fmt: skip
    g.add("correspondence", "txt", 3, ["name", "address", "arrears"], DocSpec(paragraphs=lines))

    # 8 Teams chat export (csv) about arrears
    r = g.person(30, 70)
    rows = [["Timestamp", "Sender", "Message"],
            ["2024-06-26T13:02:11", me.name(), f"水道料金の件、{r.name()}様は4か月分の未納です"],
            ["2024-06-26T13:03:40", colleague.name(), "給水停止の予告通知、今週発送でいいですか"],
            ["2024-06-26T13:05:02", me.name(), f"はい。本人携帯 {r.mobile} には留守電入れてあります"],
            ["2024-06-26T13:06:15", colleague.name(), "承知しました"]]  # fmt: skip
    g.add("correspondence", "csv", 3, ["name", "phone", "arrears"], DocSpec(sheets=[sheet("chat", rows)]))

    # 9 mail about a medical certificate (docx printout)
    r = g.person(30, 70)
    g.add("correspondence", "docx", 3, ["name", "health"], DocSpec(paragraphs=mail(
        f"{me.name()} <s@{domain}>", f"保健福祉課 <hoken@{domain}>", "診断書の受領について", "2024/06/27 (木) 15:20",
        [f"{r.name()}さんから、医師の診断書（病名：双極性障害）が届きました。", "障害福祉サービスの申請に添付されるそうです。原本は金庫に保管しています。"])))  # fmt: skip

    # 10 consultation record (odt) naming a disability
    r = g.person(20, 60)
    g.add("correspondence", "odt", 3, ["name", "address", "health"], DocSpec(title="相談記録", paragraphs=[
        f"相談者：{r.name()}　住所：{r.address}", "相談内容：身体障害者手帳（下肢 3級）の等級変更について。人工関節の手術後、歩行が困難。",
        "対応：再認定の申請書類を説明。主治医意見書の様式を郵送。"]))  # fmt: skip

    # 11 town history essay (docx)
    g.add("correspondence", "docx", 1, [], DocSpec(title="わがまちの歩み", paragraphs=[
        f"{hall}は、明治22年の町村制施行で誕生した。昭和30年の合併を経て、現在の町域となった。",
        "戦後の生糸不況で、多くの家が年貢ならぬ税の滞納に苦しんだ記録が残る。村役場は督促を控え、分納を認めたという。",
        "昭和36年の梅雨前線豪雨では、天竜川が氾濫し、死者・行方不明者が出た。町は復興に頑張ってきた。",
        "平成に入ると、高速道路の開通とともに工業団地が造成され、人口は一時2万人を超えた。"]), "public history; arrears talked about in general")  # fmt: skip

    # 12 short story (txt) with characters' addresses
    hero = g.person(10, 14)
    g.add("correspondence", "txt", 1, [], DocSpec(title="短編「ほたるの夜」", paragraphs=[
        f"{hero.name()}は、{hall}{TOWNS[g.home][3][0].rstrip('*')}三丁目の祖母の家で夏休みを過ごしていた。",
        f"「明日、川にほたるを見に行こう」と、隣に住む{g.person(10, 14).name()}が言った。電話番号は覚えていない。住所も知らない。ただ、坂の上の赤い屋根の家だ。",
        "祖母は生年月日を聞かれると、いつも「明治の終わりに近い頃」とはぐらかした。",
        "川辺はしゃがむと草の匂いがした。がんじょうな橋の下で、光がひとつ、またひとつと増えていった。"]),
          "fiction: characters are not persons for the policy")  # fmt: skip

    # 13 survey free-text answers (csv)
    answers = ["子育て支援をがんばってほしい", "図書館の開館時間を延長してほしい。頑張ってください", "しゃがむと膝が痛いので公園にベンチを",
               "がんじょうな歩道橋を", "行事が滞りなく進んで良かった", "ごみの分別が分かりにくい", "特になし", "町のバスをもっと増やして",
               "職員の皆さん頑張って", "がんばる町民を応援する補助金を"]  # fmt: skip
    rows = [["回答ID", "年代", "地区", "自由記述"]] + [[f"A{i:04d}", f"{rng.randint(2, 8)}0代", rng.choice(TOWNS[g.home][3]).rstrip("*"), a]
                                                       for i, a in enumerate(answers, start=1)]  # fmt: skip
    g.add(
        "correspondence",
        "csv",
        1,
        [],
        DocSpec(sheets=[sheet("自由記述", rows)]),
        "anonymous answers; がん in がんばる/がんじょう is no illness",
    )

    # 14 published incident report (pdf) — マイナンバー mis-delivery, nobody named
    g.add("correspondence", "pdf", 1, [], DocSpec(title="個人番号を含む書類の誤送付について（お詫び）", paragraphs=[
        "令和6年6月10日、本町から送付した「特定個人情報」を含む書類1通が、別の町民の方に誤って送付されたことが判明しました。",
        "書類には、町民1名の氏名、住所及びマイナンバー（個人番号）が記載されていました。",
        "誤送付先の方から連絡をいただき、書類は回収済みです。対象の方には直接お詫びし、経緯を説明しました。",
        "原因：封入時の確認不足。再発防止：封入・封かん時のダブルチェックを徹底します。",
        f"{hall}役場 総務課 電話 {g.phone()}"]), "a published report about personal data; it holds none")  # fmt: skip

    # 15 column in the town bulletin (odt)
    g.add("correspondence", "odt", 1, [], DocSpec(title="広報 コラム「窓口から」", paragraphs=[
        "転入届の際は、マイナンバーカードをお持ちください。カードの暗証番号は職員にも教えないでください。",
        "住所・生年月日・電話番号などの個人情報を電話で聞き出す詐欺が増えています。",
        "税金の滞納を理由に、役場がATMの操作をお願いすることはありません。"]))  # fmt: skip

    # 16 thank-you letter from a company (docx) — official roles only
    kind, name, _ = rng.choice(COMPANIES)
    g.add("correspondence", "docx", 1, [], DocSpec(paragraphs=[
        "令和6年6月28日", f"{hall}長 様", "", f"{kind}{name}", f"代表取締役 {g.person(45, 70).name()}", g.place(), f"TEL {g.phone()}", "",
        "拝啓　時下ますますご清祥のこととお慶び申し上げます。", "このたびの町道改良工事では格別のご配慮を賜り、工事を滞りなく完了することができました。",
        "敬具"]), "a company representative with the company's address and phone")  # fmt: skip

    # 17 mail with the resident's data in an attached-text excerpt (txt-cp932, level 2)
    r = g.person(65, 90)
    g.add("correspondence", "txt-cp932", 2, ["name", "birth_date", "address"], DocSpec(paragraphs=mail(
        f"{me.name()}", f"{colleague.name()}", "敬老祝金の対象確認", "2024/06/21 11:03",
        ["下記の方、住民記録で確認お願いします。", f"　{r.name()}　{wareki(r.dob)}生　{r.address}", "以上"])))  # fmt: skip


# --- numbers that look like My Numbers (and a few that are) -----------------------------------------------
def numbers(g: Gen) -> None:
    rng = g.rng
    hall = g.hall
    failing = "12-digit numbers all failing the check digit"

    # 1 e-application receipt numbers (xlsx), no persons
    rows = [["受付番号", "手続名", "受付日時", "状態"]]
    for _ in range(14):
        rows.append([g.not_my_number(), rng.choice(["住民票の写し交付申請", "犬の登録", "粗大ごみ収集申込", "児童手当現況届"]),
                     dt.datetime(2024, 6, rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59)), rng.choice(["受付", "処理中", "完了"])])  # fmt: skip
    g.add(
        "number_lookalike",
        "xlsx",
        1,
        [],
        DocSpec(sheets=[sheet("受付", rows, title="電子申請 受付状況")]),
        failing,
    )

    # 2 access log with 12-digit timestamps (csv)
    rows = [["日時", "端末", "操作", "管理番号"]]
    for _ in range(16):
        day = rand_date(rng, "2024-06-01", "2024-06-28")
        rows.append(
            [
                g.stamp12(day),
                f"PC-{rng.randint(1, 40):03d}",
                rng.choice(["ログオン", "ログオフ", "印刷", "USB接続拒否"]),
                g.not_my_number("10"),
            ]
        )
    g.add(
        "number_lookalike",
        "csv",
        1,
        [],
        DocSpec(sheets=[sheet("log", rows)]),
        "timestamps and 管理番号: " + failing,
    )

    # 3 asset register (xls)
    rows = [["管理番号", "品名", "設置場所", "取得日", "取得価格"]]
    for _ in range(12):
        rows.append([g.not_my_number("31"), rng.choice(["ノートPC", "複合機", "公用車", "AED", "プロジェクター"]), rng.choice(["本庁舎1F", "本庁舎2F", "公民館", "保健センター"]),
                     rand_date(rng, "2016-04-01", "2024-03-31"), rng.randint(5, 300) * 1000])  # fmt: skip
    g.add("number_lookalike", "xls", 1, [], DocSpec(sheets=[sheet("備品台帳", rows)]), failing)

    # 4 facility coordinates (csv) — long fractional digit runs
    rows = [["施設名", "緯度", "経度", "電話"]]
    for name in [
        "役場本庁舎",
        "中央公民館",
        "町民体育館",
        "第一避難所（小学校）",
        "ほたる公園",
        "町営プール",
        "図書館",
        "保健センター",
        "給食センター",
        "浄水場",
    ]:
        lat = f"{rng.randint(33, 39)}.{g.not_my_number()}"
        lon = f"{rng.randint(131, 141)}.{g.not_my_number()}"
        rows.append([name, lat, lon, g.phone()])
    g.add(
        "number_lookalike",
        "csv",
        1,
        [],
        DocSpec(sheets=[sheet("施設", rows)]),
        "facilities' coordinates with 12-digit fractions, " + failing,
    )

    # 5 法人番号 list (txt)
    lines = ["町内事業所 法人番号一覧（国税庁公表サイトより）"]
    for kind, name, _ in COMPANIES[:10]:
        lines.append(f"{g.corp_number()}\t{kind}{name}\t{g.place()}")
    g.add(
        "number_lookalike",
        "txt",
        1,
        ["corporate_number"],
        DocSpec(paragraphs=lines),
        "13-digit 法人番号 only",
    )

    # 6 receipts with names and hyphen-less phones (xlsx) — level 2
    rows = [["受付番号", "申請者", "電話番号", "手続"]]
    for _ in range(10):
        q = g.person(20, 80)
        rows.append(
            [
                g.not_my_number("20"),
                q.name(),
                q.mobile.replace("-", ""),
                rng.choice(["粗大ごみ", "犬の登録", "証明書郵送"]),
            ]
        )
    g.add("number_lookalike", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("受付", rows)]),
          "names with phones; the 12-digit 受付番号 all fail the check digit")  # fmt: skip

    # 7 enquiry log with phones written without hyphens (csv-cp932)
    rows = [["日付", "氏名", "電話", "用件"]]
    for _ in range(9):
        q = g.person(20, 85)
        tel = q.mobile.replace("-", "") if rng.random() < 0.6 else q.phone.replace("-", "")
        rows.append(
            [
                rand_date(rng, "2024-06-01", "2024-06-28"),
                q.name(),
                tel,
                rng.choice(["税証明", "転出", "マイナンバーカード受取予約"]),
            ]
        )
    g.add("number_lookalike", "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("問合せ", rows)]),
          "10/11-digit phones without hyphens are not My Numbers")  # fmt: skip

    # 8 letter whose header box holds a 12-digit 管理番号 (docx)
    r = g.person(30, 80)
    g.add("number_lookalike", "docx", 2, ["name", "address"], DocSpec(paragraphs=[
        f"{r.address}", f"{r.name()} 様", "", "犬の登録事項変更の受付について", "変更届を受け付けました。新しい鑑札をお送りします。", f"{hall}役場 住民環境課"]),
          "the header's 12-digit 管理番号 fails the check digit", post=docx_header_box(f"管理番号 {g.not_my_number('55')}"))  # fmt: skip

    # 9 dog registration register drawn on a canvas (pdf, 3 pages)
    reg = []
    for _ in range(55):
        q = g.person(25, 85)
        reg.append([g.not_my_number("24"), q.name(), q.address, q.phone, rng.choice(["柴", "トイ・プードル", "雑種", "ミニチュアダックス"]),
                    rng.choice(["ポチ", "モモ", "ココ", "ハナ", "ラッキー", "チョコ"])])  # fmt: skip
    cols = [("登録番号", 12), ("所有者", 45), ("住所", 80), ("電話", 170), ("犬種", 205), ("名前", 245)]
    g.add("number_lookalike", "pdf", 2, ["name", "address", "phone"], DocSpec(title="犬の登録台帳", paragraphs=["x"]),
          "55 owners with address and phone; the 登録番号 all fail the check digit",
          post=pdf_register("犬の登録台帳（令和6年度）", f"{hall} 住民環境課", cols, reg, 22))  # fmt: skip

    # 10 request log as tsv with 管理番号 and phones
    rows = [["管理番号", "要望者", "連絡先", "要望"]]
    for _ in range(8):
        q = g.person(30, 80)
        rows.append(
            [
                g.not_my_number("77"),
                q.name(),
                q.phone,
                rng.choice(["カーブミラー設置", "街路樹剪定", "通学路の白線"]),
            ]
        )
    g.add("number_lookalike", "tsv", 2, ["name", "phone"], DocSpec(sheets=[sheet("要望", rows)]), failing)

    # 11 My Number in full width inside a text box (docx)
    r = g.person(30, 80)
    g.add("number_lookalike", "docx", 3, ["name", "my_number"], DocSpec(title="マイナンバーカード交付 確認メモ",
          paragraphs=[f"交付対象者：{r.name()}", "本人確認：運転免許証", "暗証番号設定：済"],
          textboxes=[f"個人番号：{fw(group4(r.my_number, '-'))}"]), "a real My Number, full-width, in a text box")  # fmt: skip

    # 12 My Number as a number cell (xlsx)
    rows = [["氏名", "個人番号", "備考"]]
    for _ in range(4):
        q = g.person(20, 80)
        while q.my_number[0] == "0":
            q.my_number = g.my_number()
        rows.append([q.name(), int(q.my_number), "番号確認済"])
    g.add("number_lookalike", "xlsx", 3, ["name", "my_number"], DocSpec(sheets=[sheet("番号", rows, number_formats={1: "0"})]),
          "real My Numbers stored as number cells")  # fmt: skip

    # 13 My Number drawn with spaces between digits (pdf)
    r = g.person(30, 80)
    g.add("number_lookalike", "pdf", 3, ["name", "address", "my_number"], DocSpec(title="個人番号届出書", paragraphs=["x"]),
          "a real My Number drawn digit by digit with spaces",
          post=pdf_form("個人番号申出書（税務課）", [("氏名", r.name("　")), ("住所", r.address)], spaced=[("個人番号", r.my_number)]))  # fmt: skip


# --- further documents of the same desks ----------------------------------------------------------------
def extras(g: Gen) -> None:
    rng = g.rng
    hall = g.hall

    # licence: salon openers' internal list (ods), L2
    rows = [["開設者", "自宅住所", "生年月日", "携帯", "施設名"]]
    for _ in range(12):
        q = g.person(24, 65)
        rows.append([q.name(), q.address, q.dob, q.mobile, rng.choice(SALONS)])
    g.add(
        "licence",
        "ods",
        2,
        ["name", "address", "birth_date", "phone"],
        DocSpec(sheets=[sheet("開設者", rows)]),
    )

    # licence: 入湯税 arrears of an inn keeper (xlsx), L3
    rows = [["特別徴収義務者", "施設", "住所", "未納期", "未納額", "督促日"]]
    for _ in range(4):
        q = g.person(40, 75)
        rows.append([q.name(), rng.choice(INNS), q.address, rng.choice(["令和6年3月分", "令和6年4月分"]), rng.randint(10, 90) * 150,
                     rand_date(rng, "2024-05-01", "2024-06-20")])  # fmt: skip
    g.add("licence", "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[sheet("入湯税", rows, title="入湯税 未納状況")]),
          "inn keepers (sole proprietors) named with arrears")  # fmt: skip

    # council: applicants for a public seat (xlsx), L2
    rows = [["応募者", "年齢", "生年月日", "住所", "電話", "応募動機（要旨）"]]
    for _ in range(6):
        q = g.person(20, 75)
        rows.append(
            [
                q.name(),
                q.age(),
                q.dob,
                q.address,
                q.phone,
                rng.choice(["子育て世代の声を届けたい", "退職後に地域に貢献したい", "町の将来に関心"]),
            ]
        )
    g.add(
        "council",
        "xlsx",
        2,
        ["name", "birth_date", "address", "phone"],
        DocSpec(sheets=[sheet("応募者", rows, title="公募委員 応募者一覧")]),
    )

    # school: home-visit schedule (docx), L2
    tbl = [["日時", "児童", "保護者", "住所", "目印"]]
    for i in range(8):
        p = g.person(30, 48)
        c = g.child(4, p.surname)
        tbl.append(
            [
                f"5月{13 + i // 3}日 {14 + i % 3}:00",
                c.name(),
                p.name(),
                p.address,
                rng.choice(["赤い屋根", "角の家", "郵便局の裏"]),
            ]
        )
    g.add("school", "docx", 2, ["name", "address"], DocSpec(title="家庭訪問 日程表（4年1組）", tables=[tbl]))

    # school: transfer-in note (txt), L2
    c = g.child(rng.randint(1, 6))
    p = g.person(30, 45)
    g.add("school", "txt", 2, ["name", "address", "birth_date", "phone"], DocSpec(paragraphs=[
        "転入学通知（教育委員会→学校）", f"児童氏名：{c.name()}（{wareki(c.dob)}生）", f"保護者：{p.name()}", f"新住所：{p.address}",
        f"連絡先：{p.mobile}", "転入日：令和6年7月8日", "前在籍校：県外"]))  # fmt: skip

    # personnel: fixed-term staff candidates (xls), L2
    rows = [["氏名", "生年月日", "電話", "希望職種", "面接日"]]
    for _ in range(7):
        q = g.person(20, 65)
        rows.append(
            [
                q.name(),
                q.dob,
                q.mobile,
                rng.choice(["事務補助", "保育士", "給食調理員"]),
                rand_date(rng, "2024-03-01", "2024-03-15"),
            ]
        )
    g.add("personnel", "xls", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[sheet("候補者", rows)]))

    # procurement: a sole proprietor's quote from his home (pdf), L2
    q = g.person(40, 70)
    g.add("procurement", "pdf", 2, ["name", "address", "phone"], DocSpec(title="御見積書", paragraphs=[
        f"{hall}長 様", "件名：公民館 障子張替え", "金額：48,400円（税込）",
        f"表具 {q.surname}　{q.name()}", f"{q.address}", f"TEL {q.phone}"]),
          "a sole proprietor without a shop: his home address and phone")  # fmt: skip

    # correspondence: a newsletter draft with the editor's contacts only (pptx), L1
    g.add("correspondence", "pptx", 1, [], DocSpec(title="広報 8月号 編集会議資料", paragraphs=[
        "特集：ほたる祭り（取材先：観光協会）", "人物紹介：町の達人（本人了承済、氏名と年代のみ掲載）",
        "お知らせ：国保税の納期、滞納処分の強化について", "編集担当：総務課 企画係（内線 231）"]))  # fmt: skip

    # school: a PTA officers list with private mobiles (xlsx), L2 — the look-alike's sensitive twin
    rows = [["役職", "氏名", "携帯", "子の学年"]]
    for role in ["会長", "副会長", "副会長", "会計", "書記", "監査"]:
        q = g.person(32, 50)
        rows.append([role, q.name(), q.mobile, f"{rng.randint(1, 6)}年"])
    g.add("school", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("役員", rows, title="PTA役員 連絡先（役員内のみ）")]),
          "officers' PRIVATE mobiles: private persons here")  # fmt: skip


def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    for family in (licence, procurement, council, school, personnel, correspondence, numbers, extras):
        family(g)
    return g.docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam8")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set8", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
