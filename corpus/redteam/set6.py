"""Sixth red-team set (blind): the offices of a city hall, each with its public look-alikes.

``python -m corpus.redteam.set6 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other corpus generators' documents, to be
scored on first contact. Families follow the desks a document comes from: schools and nurseries (class
lists with guardians' phones, allergy and health notes, event notices), the tax office (assessment
notices, payment plans and reminders, published rate tables), minutes (public council records naming
members, internal case conferences about a named resident), personnel (extension lists, evaluations,
sick leave), procurement (company registers with 法人番号, sole proprietors' bank accounts), forms
returned by residents (住民票 requests, 転入届 with the My Number in a box grid of merged cells), mail
printouts with a resident's data in a forwarded message, spreadsheets with the data on a hidden sheet or
far right, and numbers that look like My Numbers but are not (and real ones written the ways people do).

Each document's true level is what a municipal information-security officer assigns under the default
policy: 3 for a My Number, health, welfare or arrears data about a named person, or personal records of
more than 100 persons; 2 for a private person's name with their address, birth date or phone; 1 for the
rest, including staff and company representatives named in their official role. ``types`` lists what a
perfect reader reports about private persons (plus ``corporate_number`` where one is printed). Doubtful
files carry a one-line ``note`` saying how the policy text decides them.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assetclass.testing import my_number_check_digit
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 6606

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, towns); a town ending in "*" takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, list[str]]] = [
    ("群馬県", "太田市", "0276", ["東本町", "浜町", "飯田町", "新井町", "大字細谷*"]),
    ("静岡県", "磐田市", "0538", ["中泉*", "見付*", "今之浦", "豊田町*", "国府台*"]),
    ("沖縄県", "うるま市", "098", ["字安慶名*", "字具志川*", "字平良川*", "みどり町", "字赤道*"]),
    ("北海道", "旭川市", "0166", ["末広", "東光", "神楽岡", "永山", "春光"]),
    ("熊本県", "八代市", "0965", ["松江城町*", "本町", "古閑中町*", "鏡町内田*", "大村町*"]),
    ("新潟県", "長岡市", "0258", ["大手通", "殿町", "東坂之上町", "川崎", "大字宮内*"]),
    ("香川県", "丸亀市", "0877", ["大手町", "富屋町*", "中府町", "土器町東", "飯山町西坂元*"]),
    ("青森県", "弘前市", "0172", ["大字元寺町*", "大字富田*", "城東", "大字北川端町*", "大字石渡*"]),
    ("滋賀県", "彦根市", "0749", ["旭町*", "本町", "古沢町*", "松原町*", "南川瀬町*"]),
    ("鹿児島県", "霧島市", "0995", ["国分中央", "隼人町見次*", "溝辺町麓*", "牧園町宿窪田*", "国分府中*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("五十嵐", "いがらし"), ("東海林", "しょうじ"), ("長谷部", "はせべ"), ("御手洗", "みたらい"), ("一ノ瀬", "いちのせ"),
    ("鬼塚", "おにづか"), ("百瀬", "ももせ"), ("猪狩", "いがり"), ("我妻", "わがつま"), ("日下部", "くさかべ"),
    ("四方田", "よもだ"), ("比嘉", "ひが"), ("金城", "きんじょう"), ("知念", "ちねん"), ("阿部", "あべ"),
    ("工藤", "くどう"), ("佐藤", "さとう"), ("鈴木", "すずき"), ("渡邉", "わたなべ"), ("齋藤", "さいとう"),
    ("髙橋", "たかはし"), ("伊藤", "いとう"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"),
    ("加藤", "かとう"), ("吉田", "よしだ"), ("佐野", "さの"), ("新井", "あらい"), ("星野", "ほしの"),
    ("栗原", "くりはら"), ("茂木", "もてぎ"), ("須藤", "すどう"), ("樋口", "ひぐち"), ("大久保", "おおくぼ"),
    ("宇佐美", "うさみ"), ("蛭田", "ひるた"), ("生田目", "なまため"), ("鈴村", "すずむら"), ("芹沢", "せりざわ"),
    ("根本", "ねもと"), ("玉城", "たまき"), ("宮城", "みやぎ"), ("大城", "おおしろ"), ("前田", "まえだ"),
    ("藤原", "ふじわら"), ("岡田", "おかだ"), ("後藤", "ごとう"), ("長尾", "ながお"), ("菊地", "きくち"),
    ("小松", "こまつ"), ("梅津", "うめつ"), ("坂本", "さかもと"), ("寺島", "てらしま"), ("堤", "つつみ"),
    ("柳田", "やなぎだ"), ("宍戸", "ししど"), ("氏家", "うじいえ"), ("木下", "きのした"), ("相馬", "そうま"),
    ("丸山", "まるやま"), ("久米", "くめ"), ("能登", "のと"), ("瀬戸口", "せとぐち"), ("肝付", "きもつき"),
    ("有村", "ありむら"), ("米倉", "よねくら"), ("今村", "いまむら"), ("田中", "たなか"), ("仲宗根", "なかそね"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("翔", "しょう"), ("大和", "やまと"), ("悠人", "ゆうと"), ("樹", "いつき"), ("健太", "けんた"),
    ("剛", "つよし"), ("昭夫", "あきお"), ("清", "きよし"), ("武", "たけし"), ("一郎", "いちろう"),
    ("雄大", "ゆうだい"), ("晴", "はる"), ("朝陽", "あさひ"), ("蒼", "あおい"), ("律", "りつ"),
    ("慎吾", "しんご"), ("正樹", "まさき"), ("賢治", "けんじ"), ("信也", "しんや"), ("稔", "みのる"),
    ("勇気", "ゆうき"), ("琉生", "りゅうせい"), ("孝", "たかし"), ("徹", "とおる"), ("進", "すすむ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("花子", "はなこ"), ("美和", "みわ"), ("里奈", "りな"), ("莉子", "りこ"), ("杏", "あん"),
    ("咲良", "さくら"), ("心春", "こはる"), ("琴音", "ことね"), ("瑞穂", "みずほ"), ("恵子", "けいこ"),
    ("京子", "きょうこ"), ("弘美", "ひろみ"), ("千代", "ちよ"), ("ハル", "はる"), ("キヨ", "きよ"),
    ("優子", "ゆうこ"), ("舞", "まい"), ("綾乃", "あやの"), ("朋美", "ともみ"), ("香織", "かおり"),
    ("結菜", "ゆいな"), ("日葵", "ひまり"), ("芽衣", "めい"), ("紗希", "さき"), ("佳代子", "かよこ"),
]  # fmt: skip
# residents registered under an alphabet name (or a Chinese/Korean name) with a katakana reading
FOREIGN: list[tuple[str, str, str]] = [
    ("SILVA", "ANA PAULA", "シルバ アナ パウラ"), ("NGUYEN", "THI LAN", "グエン ティ ラン"),
    ("SANTOS", "RICARDO", "サントス リカルド"), ("金", "民俊", "キム ミンジュン"), ("王", "麗", "ワン リー"),
    ("REYES", "MARIA", "レイエス マリア"), ("OLIVEIRA", "LUCAS", "オリベイラ ルーカス"),
]  # fmt: skip
BUILDINGS = ["ハイツ青葉", "コーポ朝日", "メゾン・ド・リバー", "サンシャイン第2", "グリーンヒル", "県営住宅"]
COMPANIES = [
    ("株式会社", "北斗建設"), ("有限会社", "丸三設備"), ("株式会社", "みどり造園"), ("合同会社", "ネクストリンク"),
    ("株式会社", "東洋事務機"), ("株式会社", "三和電工"), ("有限会社", "くすのき印刷"), ("株式会社", "アオバ測量"),
    ("株式会社", "中央給食サービス"), ("協同組合", "市内清掃事業"), ("株式会社", "ひかり情報システム"),
    ("有限会社", "大和舗道"), ("株式会社", "さくら警備保障"), ("株式会社", "南国リース"),
]  # fmt: skip
SHOPS = ["ひまわり塗装", "山の上造園", "あおぞら書道教室", "はなみずき翻訳", "ことり音楽教室", "木工房くるみ",
         "ながお写真事務所", "さつき庭園", "ゆい手話通訳", "つばさ運送"]  # fmt: skip
BANKS = ["群馬銀行", "静岡銀行", "琉球銀行", "北洋銀行", "肥後銀行", "第四北越銀行", "百十四銀行", "青森銀行",
         "滋賀銀行", "鹿児島銀行", "ゆうちょ銀行", "しののめ信用金庫"]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
# given names that date a person: few children are called 昭夫 or キヨ, few pensioners 陽翔 or 莉子
OLD_NAMES = {"昭夫", "清", "武", "一郎", "稔", "孝", "徹", "進", "剛", "正樹", "賢治", "千代", "ハル", "キヨ", "恵子",
             "京子", "弘美", "佳代子", "優子", "香織", "朋美", "花子"}  # fmt: skip
YOUNG_NAMES = {"翔", "大和", "悠人", "樹", "雄大", "晴", "朝陽", "蒼", "律", "勇気", "琉生", "莉子", "杏", "咲良", "心春",
               "琴音", "結菜", "日葵", "芽衣", "紗希", "舞", "綾乃", "里奈"}  # fmt: skip
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KANJI_DIGITS = "〇一二三四五六七八九"
TODAY = dt.date(2024, 6, 10)


# --- numbers (DOMAIN: My Number and 法人番号) ---------------------------------------------------------
def is_my_number(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and my_number_check_digit(s[:11]) == int(s[11])


def corporate_check_digit(base12: str) -> int:
    """The FIRST digit of a 法人番号 from its 12 base digits (weights 1, 2 alternating from the right)."""
    total = sum(int(p) * (1 if n % 2 else 2) for n, p in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def wareki(d: dt.date, style: str = "long") -> str:
    """A date in the Japanese era, in the forms staff type: long 昭和47年11月30日, short S47.11.30,
    abbr 昭47.11.30, slash S47/11/30; year 1 is 元 in the long form."""
    for name, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "long":
                return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            if style == "abbr":
                return f"{name[0]}{y}.{d.month}.{d.day}"
            return f"{letter}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(d)


def kanji_number(n: int) -> str:
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + (KANJI_DIGITS[ones] if ones else "")


def fw(s: str) -> str:
    return s.translate(FW)


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


@dataclass
class Person:
    surname: str
    given: str
    kana: str  # katakana, "セイ メイ"
    sex: str
    dob: dt.date
    pref: str
    city: str
    town: str
    lot: str
    building: str
    postal: str
    phone: str
    mobile: str
    my_number: str

    def name(self, sep: str = " ") -> str:
        return f"{self.surname}{sep}{self.given}"

    def address(self, pref: bool = True) -> str:
        text = f"{self.city}{self.town}{self.lot}" + (f" {self.building}" if self.building else "")
        return f"{self.pref}{text}" if pref else text

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
    city_index: int = 0
    docs: list[Doc] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    # -- places
    def city(self) -> tuple[str, str, str, list[str]]:
        return CITIES[self.city_index % len(CITIES)]

    def next_city(self) -> None:
        self.city_index = self.rng.randrange(len(CITIES))

    def office_phone(self) -> str:
        area = self.city()[2]
        return f"{area}-{self.rng.randint(20, 99) if len(area) == 4 else self.rng.randint(900, 999)}-{self.rng.randint(1000, 9999)}"

    def place_address(self) -> str:
        """An office's or company's address: no building flat number."""
        pref, city, _, towns = self.city()
        town = self.rng.choice(towns)
        return f"{pref}{city}{town.rstrip('*')}{self.lot(town)}"

    def lot(self, town: str) -> str:
        rng = self.rng
        if town.endswith("*"):
            n = rng.randint(1, 2800)
            return rng.choice([f"{n}番地", f"{n}番地{rng.randint(1, 30)}", f"{n}-{rng.randint(1, 30)}"])
        a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
        return rng.choice([f"{a}丁目{b}番{c}号", f"{a}-{b}-{c}", f"{a}－{b}－{c}",
                           f"{kanji_number(a)}丁目{kanji_number(b)}番{kanji_number(c)}号"])  # fmt: skip

    # -- persons
    def person(self, lo: int = 1, hi: int = 95, foreign: float = 0.05, sex: str | None = None) -> Person:
        rng = self.rng
        pref, city, _area, towns = self.city()
        age = rng.randint(lo, hi)
        while True:
            sx = sex or rng.choice("男女")
            if rng.random() < foreign:
                surname, given, kana = rng.choice(FOREIGN)
            else:
                (surname, sk), (given, gk) = rng.choice(SURNAMES), self.given(sx, age)
                kana = katakana(f"{sk} {gk}")
            if f"{surname}{given}" not in self.used:
                break
        self.used.add(f"{surname}{given}")
        dob = TODAY - dt.timedelta(days=age * 365 + rng.randint(0, 364))
        town = rng.choice(towns)
        lot = self.lot(town)
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        return Person(surname, given, kana, sx, dob, pref, city, town.rstrip("*"), lot,
                      rng.choice(BUILDINGS) + f" {rng.randint(1, 5)}0{rng.randint(1, 8)}" if rng.random() < 0.25 else "",
                      f"{rng.randint(300, 999)}-{rng.randint(0, 9999):04d}", self.office_phone(), mobile,
                      self.my_number())  # fmt: skip

    def given(self, sex: str, age: int) -> tuple[str, str]:
        pool = MALE if sex == "男" else FEMALE
        if age < 25:
            pool = [g for g in pool if g[0] not in OLD_NAMES]
        elif age > 55:
            pool = [g for g in pool if g[0] not in YOUNG_NAMES]
        return self.rng.choice(pool)

    def relative(self, p: Person, sex: str | None = None, age: int = 40) -> str:
        """A family member's name: the same surname and a given name of the same naming tradition."""
        rng = self.rng
        while True:
            if p.surname.isascii():
                given = rng.choice(["JOAO", "CARLA", "PEDRO", "LUCIA", "VAN HUNG", "THI MAI"])
            elif p.surname in ("金", "王"):
                given = rng.choice(["美英", "成浩", "秀珍", "志明"])
            else:
                given = self.given(sex or rng.choice("男女"), age)[0]
            if f"{p.surname}{given}" not in self.used:
                self.used.add(f"{p.surname}{given}")
                return f"{p.surname} {given}"

    def people(self, n: int, lo: int = 1, hi: int = 95) -> list[Person]:
        return [self.person(lo, hi) for _ in range(n)]

    def fresh(self) -> None:
        """Names are unique per document, not across the set."""
        self.used.clear()
        self.next_city()

    # -- numbers
    def my_number(self) -> str:
        base = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        return base + str(my_number_check_digit(base))

    def not_my_number(self) -> str:
        """A 12-digit number that fails the check digit (a management number, not a My Number)."""
        valid = self.my_number()
        wrong = (int(valid[11]) + self.rng.randint(1, 9)) % 10
        return valid[:11] + str(wrong)

    def corporate_number(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_check_digit(base)) + base

    def account(self) -> str:
        return f"{self.rng.randint(1000000, 9999999)}"

    def add(self, family: str, fmt: str, level: int, types: list[str], spec: DocSpec, note: str = "",
            post: Callable[[Path], None] | None = None) -> None:  # fmt: skip
        self.docs.append(Doc(family, fmt, level, sorted(set(types)), spec, note, post))


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name, rows, **kw)  # type: ignore[arg-type]


def spaced(n: str, sep: str = " ") -> str:
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


# --- post steps: what the DocSpec writers cannot express (merged cells) ----------------------------
def _normalise(data: bytes) -> bytes:
    from corpus.factory import writers

    return writers._finish_zip(data)  # deterministic timestamps, as every other file of the set


def merge_docx(merges: list[tuple[int, int, int, int, int]]) -> Callable[[Path], None]:
    """Merge cells of Word tables: (table, row1, col1, row2, col2); merged-away cells must be empty."""

    def run(path: Path) -> None:
        import docx

        document = docx.Document(str(path))
        for t, r1, c1, r2, c2 in merges:
            table = document.tables[t]
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            for paragraph in merged.paragraphs[1:]:
                if not paragraph.text:  # the empty paragraphs of the absorbed cells
                    paragraph._p.getparent().remove(paragraph._p)
        buf = io.BytesIO()
        document.save(buf)
        path.write_bytes(_normalise(buf.getvalue()))

    return run


def merge_xlsx(merges: list[tuple[int, str]]) -> Callable[[Path], None]:
    """Merge ranges of a workbook: (sheet index, "A1:C1")."""

    def run(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for index, ref in merges:
            wb.worksheets[index].merge_cells(ref)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_normalise(buf.getvalue()))

    return run


def hide_columns(letters: list[str]) -> Callable[[Path], None]:
    """Hide columns of the first sheet, as staff do before printing."""

    def run(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for letter in letters:
            wb.worksheets[0].column_dimensions[letter].hidden = True
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_normalise(buf.getvalue()))

    return run


# === families ======================================================================================
def school(g: Gen) -> None:
    rng = g.rng
    # class list with guardians' phones
    for fmt in ("xlsx", "csv-cp932"):
        g.fresh()
        kids = g.people(31, 9, 9)
        rows: list[list[Cell]] = [["出席番号", "児童氏名", "ふりがな", "保護者氏名", "緊急連絡先", "備考"]]
        for i, k in enumerate(kids, 1):
            guardian = g.person(32, 48)
            rows.append([i, k.name(), k.kana, g.relative(k), guardian.mobile,
                         rng.choice(["", "", "兄 5年2組", "学童利用", ""])])  # fmt: skip
        g.add("school", fmt, 2, ["name", "phone"], DocSpec(sheets=[sheet("4年1組", rows, title="令和6年度 4年1組 名簿（担任用）")]),
              note="31 children with their guardians' mobile phones: name + phone, under 100 persons → 2")  # fmt: skip
    # class list with allergy notes
    g.fresh()
    kids = g.people(27, 6, 6)
    allergies = [
        "",
        "",
        "",
        "卵（除去食）",
        "乳・乳製品（除去食）",
        "そば（エピペン所持）",
        "えび・かに",
        "小麦（代替食）",
    ]
    rows = [["番号", "氏名", "性別", "保護者連絡先", "食物アレルギー", "その他健康上の配慮"]]
    for i, k in enumerate(kids, 1):
        rows.append([str(i), k.name("　"), k.sex, k.mobile, rng.choice(allergies),
                     rng.choice(["", "", "", "気管支喘息（吸入薬を保健室で預かり）", "てんかん（服薬中）", "心臓疾患のため運動制限"])])  # fmt: skip
    g.add("school", "docx", 3, ["name", "phone", "health", "gender"],
          DocSpec(title="1年2組 食物アレルギー・健康調査一覧（養護教諭・担任用）", tables=[rows]),
          note="children's allergies, asthma, epilepsy by name: health data → 3")  # fmt: skip
    # health survey summary with birth dates
    g.fresh()
    kids = g.people(18, 12, 12)
    rows = [["学年組", "氏名", "生年月日", "既往歴", "通院状況", "学校生活管理指導表"]]
    for k in kids:
        rows.append(["6-3", k.name(), wareki(k.dob, rng.choice(["long", "short"])),
                     rng.choice(["なし", "川崎病（3歳）", "ネフローゼ症候群", "なし", "アトピー性皮膚炎"]),
                     rng.choice(["なし", "なし", "小児科 月1回", "皮膚科 通院中"]), rng.choice(["有", "無", "無"])])  # fmt: skip
    g.add(
        "school",
        "xlsx",
        3,
        ["name", "birth_date", "health"],
        DocSpec(sheets=[sheet("保健調査", rows, title="保健調査票 集約（6年3組）", header="取扱注意")]),
    )
    # support note about one child (prose)
    g.fresh()
    k, mother = g.person(8, 8), g.person(35, 40, sex="女")
    g.add("school", "docx", 3, ["name", "health"], DocSpec(
        title="個別の教育支援計画 引継ぎメモ",
        paragraphs=[
            f"対象児童：3年1組 {k.name()}（{k.kana}）",
            "医療機関で自閉スペクトラム症（ASD）及びADHDの診断を受けている。服薬（コンサータ）あり、朝1回。",
            "大きな音が苦手で、避難訓練の際はイヤーマフを使用する。パニック時はクールダウン室へ誘導。",
            f"保護者（母 {mother.given}さん）とは毎週金曜に連絡帳でやりとり。通級指導教室は火曜2校時。",
        ]), note="one named child's diagnosis and medication → 3")  # fmt: skip
    # bulk emergency contact network of a whole school
    g.fresh()
    kids = g.people(132, 6, 11)
    rows = [["学年", "組", "児童名", "保護者名", "電話1", "電話2"]]
    for i, k in enumerate(kids):
        rows.append([i % 6 + 1, i % 3 + 1, k.name(), g.relative(k), k.mobile,
                     k.phone if rng.random() < 0.5 else ""])  # fmt: skip
    g.add("school", "xlsx", 3, ["name", "phone"], DocSpec(sheets=[sheet("連絡網", rows, title="緊急連絡網（全校）")]),
          note="132 children with guardians' phones: more than 100 persons → 3 (bulk)")  # fmt: skip
    # nursery enrolment list with birth dates
    g.fresh()
    kids = g.people(22, 0, 5)
    rows = [["クラス", "園児氏名", "フリガナ", "生年月日", "入園日"]]
    for k in kids:
        rows.append([rng.choice(["ひよこ", "りす", "うさぎ", "きりん"]), k.name(), k.kana, k.dob,
                     dt.date(2024, 4, 1) if rng.random() < 0.6 else dt.date(2023, 4, 1)])  # fmt: skip
    g.add("school", "xlsx", 2, ["name", "birth_date"], DocSpec(sheets=[sheet("在園児", rows)]))
    # school lunch fee arrears (csv)
    g.fresh()
    kids = g.people(14, 7, 14)
    rows = [["学校名", "学年", "児童生徒氏名", "保護者氏名", "未納月", "未納額", "督促状況"]]
    for k in kids:
        school_name = rng.choice(["第一小", "南中", "東小"])
        rows.append([school_name, rng.randint(1, 3 if school_name.endswith("中") else 6), k.name(), g.relative(k),
                     f"{rng.randint(1, 5)}か月", rng.randint(4, 25) * 1000, rng.choice(["督促1回", "電話催告済", "未"])])  # fmt: skip
    g.add("school", "csv", 3, ["name", "arrears"], DocSpec(sheets=[sheet("給食費", rows)]),
          note="school lunch fees unpaid by named families → 3 (arrears)")  # fmt: skip
    # school attendance support (welfare)
    g.fresh()
    fams = g.people(9, 30, 50)
    rows = [["受付番号", "保護者氏名", "住所", "区分", "認定理由"]]
    for p in fams:
        rows.append([f"R6-{rng.randint(100, 999)}", p.name(), p.address(False), rng.choice(["要保護", "準要保護"]),
                     rng.choice(["生活保護受給", "児童扶養手当受給", "市民税非課税", "生活保護受給"])])  # fmt: skip
    g.add("school", "pdf", 3, ["name", "address"], DocSpec(title="就学援助 認定者一覧", sheets=[sheet("認定者", rows)]),
          note="named households on 生活保護 / 就学援助 (welfare) → 3 per the municipal rule for welfare data")  # fmt: skip
    # --- public look-alikes
    g.fresh()
    head = g.person(50, 60)
    g.add("school", "pdf", 1, [], DocSpec(
        title="令和6年度 運動会のお知らせ",
        paragraphs=[
            "保護者の皆様　初夏の候、皆様にはますますご清祥のこととお喜び申し上げます。",
            "日時：令和6年5月25日（土）8:30開会（雨天時は27日（月）に順延）　会場：本校校庭",
            "駐車場はございません。徒歩でお越しください。児童の写真のSNS掲載はお控えください。",
            f"{g.city()[1]}立東小学校　校長 {head.name()}　電話 {g.office_phone()}",
        ]), note="the head teacher in office with the school's phone is not a private person → 1")  # fmt: skip
    g.add("school", "docx", 1, [], DocSpec(
        title="給食だより 6月号",
        paragraphs=[
            "6月は食育月間です。よく噛んで食べることを心がけましょう。",
            "食物アレルギーのあるお子さんには、医師の診断（学校生活管理指導表）に基づき除去食・代替食を提供しています。",
            "卵・乳・小麦・えび・かに・そば・落花生の7品目は献立表に表示しています。",
            "給食費の口座振替日は毎月10日です。残高のご確認をお願いします。",
        ]), note="allergy and fee words about nobody in particular → 1")  # fmt: skip
    g.add("school", "pptx", 1, [], DocSpec(
        title="教職員研修：アナフィラキシー対応",
        paragraphs=["症状の確認（皮膚・呼吸器・消化器）", "エピペンの使用手順：太ももの前外側に垂直に",
                    "119番通報と保護者への連絡", "事後の記録と報告（様式第3号）"],
        notes=["研修資料のため個人情報は含みません。実際の児童の情報は保健室の管理指導表で確認すること。"]))  # fmt: skip
    g.fresh()
    winners = g.people(6, 10, 12)
    g.add("school", "txt", 1, ["name"], DocSpec(
        title="学年だより 第4号（5年）",
        paragraphs=["書写コンクールの結果をお知らせします。"]
        + [f"　特選　5年{i % 3 + 1}組 {w.name()}さん" for i, w in enumerate(winners)]
        + ["校外学習（6月14日）の持ち物：弁当、水筒、雨具、しおり。"]),
        note="children named with a class and an award only: no address, birth date or phone → 1")  # fmt: skip
    g.add("school", "pdf", 1, [], DocSpec(
        title="保育所 入所申込のご案内（令和7年4月入所）",
        paragraphs=["申込期間：令和6年10月1日から10月31日まで", "提出書類：支給認定申請書、就労証明書、"
                    "（該当者）診断書・障害者手帳の写し", "保育料は世帯の市町村民税所得割額により決定します。",
                    "お問い合わせ：こども未来課 保育係"]))  # fmt: skip


def tax(g: Gen) -> None:
    rng = g.rng
    # individual assessment notice
    g.fresh()
    p = g.person(30, 70)
    income = rng.randint(180, 900) * 10000
    g.add("tax", "docx", 2, ["name", "address", "income"], DocSpec(
        title="令和6年度 市民税・県民税 税額決定・納税通知書",
        paragraphs=[f"〒{p.postal}", p.address(), f"{p.name()} 様", "通知書番号 6-" + str(rng.randint(100000, 999999))],
        tables=[[["区分", "金額"], ["総所得金額", f"{income:,}"], ["所得控除額", f"{rng.randint(40, 200) * 10000:,}"],
                 ["市民税", f"{income // 25:,}"], ["県民税", f"{income // 40:,}"], ["年税額", f"{income // 25 + income // 40:,}"]]],
        footer=f"{g.city()[1]}長"), note="a taxpayer's name, address and income; no arrears → 2 (tax amounts are not a level-3 category of the policy)")  # fmt: skip
    # special collection notice to an employer with employees' My Numbers
    g.fresh()
    staff = g.people(12, 22, 64)
    rows = [["受給者番号", "個人番号", "氏名", "住所", "特別徴収税額（年額）", "6月分"]]
    for i, s in enumerate(staff, 1):
        yearly = rng.randint(30, 400) * 1000
        rows.append([i, s.my_number, s.name(), s.address(False), yearly, yearly - yearly // 12 * 11])
    g.add(
        "tax",
        "xlsx",
        3,
        ["my_number", "name", "address"],
        DocSpec(
            sheets=[
                sheet(
                    "特徴税額",
                    rows,
                    title="特別徴収税額の決定通知書（特別徴収義務者用）",
                    number_formats={4: "#,##0"},
                )
            ]
        ),
    )
    # payment plan pledges
    for fmt in ("docx", "pdf"):
        g.fresh()
        p = g.person(35, 75)
        owed = rng.randint(20, 180) * 10000
        g.add("tax", fmt, 3, ["name", "address", "phone", "arrears"], DocSpec(
            title="分納誓約書",
            paragraphs=[f"{g.city()[1]}長 様", "私は、下記の滞納市税について、次のとおり分割して納付することを誓約します。"],
            tables=[[["住所", p.address(), ""], ["氏名", p.name(), ""], ["電話", p.phone, ""],
                     ["税目", "滞納額", "延滞金"], ["固定資産税（令和4・5年度）", f"{owed:,}円", "別途"],
                     ["納付計画", f"令和6年7月から毎月末日 {owed // 12 // 1000 * 1000:,}円", "12回"]]]),
            note="a named resident's tax arrears and plan → 3")  # fmt: skip
    # payment plan list
    g.fresh()
    ps = g.people(23, 25, 85)
    rows = [["整理番号", "氏名", "税目", "滞納額", "分納月額", "初回納付日", "担当"]]
    for p in ps:
        owed = rng.randint(5, 300) * 1000
        rows.append([f"{rng.randint(100000, 999999)}", p.name(), rng.choice(["国保税", "住民税", "固定資産税", "軽自動車税"]),
                     owed, max(1000, owed // rng.randint(3, 24) // 1000 * 1000), dt.date(2024, rng.randint(5, 8), rng.randint(1, 28)),
                     rng.choice(["徴収1係", "徴収2係"])])  # fmt: skip
    g.add(
        "tax",
        "xlsx",
        3,
        ["name", "arrears"],
        DocSpec(sheets=[sheet("分納一覧", rows, number_formats={3: "#,##0", 4: "#,##0"})]),
    )
    # reminder letter
    g.fresh()
    p = g.person(40, 80)
    g.add("tax", "pdf", 3, ["name", "address", "arrears"], DocSpec(
        title="督促状",
        paragraphs=[f"〒{p.postal}　{p.address()}", f"{p.name()} 様",
                    "下記の市税が納期限までに納付されていないので、地方税法の規定により督促します。",
                    f"税目 国民健康保険税　年度 令和5年度　期別 第4期　本税 {rng.randint(8, 60) * 1000:,}円",
                    "指定期限：令和6年6月30日　この期限までに完納されない場合は、財産の差押えを行うことがあります。"]))  # fmt: skip
    # dunning call log in chat (cp932)
    g.fresh()
    a, b = g.people(2, 30, 70)
    g.add("tax", "txt-cp932", 3, ["name", "phone", "arrears"], DocSpec(paragraphs=[
        "【徴収係 連絡メモ】6/10",
        f"・{a.name('')}様（{a.mobile}）軽自動車税2年分未納、来週中に窓口で分納相談とのこと",
        f"・{b.surname}さん 固定資産税 差押予告送付済、本人から電話あり。給料日の25日に一部納付予定",
        "・口座振替不能分の再振替は7/1",
    ]), note="named residents' unpaid taxes in a desk memo → 3")  # fmt: skip
    # tax reduction for disability
    g.fresh()
    p = g.person(20, 80)
    g.add("tax", "docx", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="軽自動車税（種別割）減免申請書（身体障害者等）",
        tables=[[["申請者住所", p.address()], ["氏名", p.name()], ["生年月日", wareki(p.dob)],
                 ["障害者手帳", f"身体障害者手帳 {rng.randint(1, 3)}級（下肢機能障害）"],
                 ["車両番号", f"{g.city()[1][:2]} 580 あ {rng.randint(10, 99)}-{rng.randint(10, 99)}"]]]))  # fmt: skip
    # account transfer applications (bank accounts, no arrears)
    g.fresh()
    ps = g.people(16, 25, 80)
    rows = [["受付日", "納税義務者", "住所", "金融機関", "口座番号", "税目"]]
    for p in ps:
        rows.append([dt.date(2024, 5, rng.randint(1, 31)), p.name(), p.address(), rng.choice(BANKS), g.account(),
                     rng.choice(["全税目", "固定資産税", "市県民税"])])  # fmt: skip
    g.add("tax", "csv", 2, ["name", "address", "bank_account"], DocSpec(sheets=[sheet("口座振替", rows)]))
    # --- public look-alikes
    g.add("tax", "pdf", 1, [], DocSpec(
        title="令和6年度 国民健康保険税 税率表",
        tables=[[["区分", "所得割", "均等割（1人）", "平等割（1世帯）", "賦課限度額"],
                 ["医療分", "7.20%", "28,800円", "21,600円", "650,000円"],
                 ["後期高齢者支援金分", "2.60%", "9,600円", "7,200円", "240,000円"],
                 ["介護納付金分", "2.20%", "11,400円", "6,000円", "170,000円"]]],
        paragraphs=["納期限までに納付されない場合は延滞金が加算されます。", "所得の申告がない世帯は軽減判定ができません。"]))  # fmt: skip
    g.add("tax", "csv-cp932", 1, [], DocSpec(sheets=[sheet("税率", [
        ["税目", "区分", "税率", "備考"], ["個人市民税", "所得割", "6%", "標準税率"], ["個人市民税", "均等割", "3,000円", "森林環境税 1,000円別途"],
        ["固定資産税", "-", "1.4%", "免税点 土地30万円"], ["都市計画税", "-", "0.3%", "市街化区域"],
        ["軽自動車税", "四輪乗用（自家用）", "10,800円", "重課 12,900円"], ["入湯税", "1人1日", "150円", ""]])]))  # fmt: skip
    g.add("tax", "docx", 1, [], DocSpec(
        title="よくある質問：市税を納期限までに納められないとき",
        paragraphs=["Q. 納期限を過ぎるとどうなりますか。", "A. 督促状が送付され、延滞金がかかります。滞納が続くと、"
                    "法律に基づき財産（給与・預金等）の差押えを行います。",
                    "Q. 一度に納められません。", "A. 納税相談により分納（分割納付）できる場合があります。"
                    "収入や生活の状況がわかるものをお持ちください。",
                    "お問い合わせ　収納課 納税相談係 " + g.office_phone()]))  # fmt: skip
    towns = g.city()[3]
    g.add("tax", "xlsx", 1, [], DocSpec(sheets=[sheet("路線価", [["路線番号", "町名", "路線価（円/㎡）", "前年比"]] + [
        [f"{rng.randint(1000, 9999)}", t.rstrip("*"), rng.randint(18, 160) * 1000, f"{rng.uniform(-2, 3):+.1f}%"]
        for t in towns * 3], title="固定資産税路線価（令和6年度）")]))  # fmt: skip
    g.add("tax", "pptx", 1, [], DocSpec(
        title="令和5年度 市税収納状況の報告",
        paragraphs=["現年度分収納率 99.1%（前年比 +0.2）", "滞納繰越分収納率 31.4%", "差押件数 412件（預金 318件、給与 61件）",
                    "コンビニ・スマホ決済の利用 全体の27%"], notes=["数値は速報値。個人が特定される情報は載せないこと。"]))  # fmt: skip


def minutes(g: Gen) -> None:
    rng = g.rng
    # public council minutes naming members
    g.fresh()
    members = g.people(5, 45, 75)
    mayor = g.person(55, 70)
    g.add("minutes", "pdf", 1, [], DocSpec(
        title="令和6年第2回定例会 会議録（第3号）",
        paragraphs=["出席議員（22名）", "　" + "　".join(f"{i + 3}番 {m.name()}" for i, m in enumerate(members)),
                    "説明のため出席した者　市長 " + mayor.name() + "　総務部長 ほか",
                    f"○議長（{members[0].name('')}君）　日程第1、一般質問を行います。{members[1].surname}議員。",
                    f"○{members[1].surname}議員　高齢者の見守り事業について伺います。独居高齢者の把握件数をお示しください。",
                    f"○市長（{mayor.name('')}君）　お答えします。民生委員の協力により、約3,200世帯を把握しております。"]),
          note="council members and the mayor in their official role → 1")  # fmt: skip
    g.fresh()
    members = g.people(7, 40, 75)
    g.add("minutes", "docx", 1, [], DocSpec(
        title="文教厚生常任委員会 記録",
        paragraphs=["日時 令和6年6月12日 午前10時開会", "場所 第1委員会室"],
        tables=[[["職", "氏名", "会派"]] + [[("委員長" if i == 0 else "副委員長" if i == 1 else "委員"), m.name(),
                                          rng.choice(["市民クラブ", "新政会", "公明党", "日本共産党", "無所属"])] for i, m in enumerate(members)]]))  # fmt: skip
    g.fresh()
    members = g.people(6, 40, 70)
    g.add("minutes", "txt", 1, [], DocSpec(
        title="第3回 地域福祉計画策定委員会 議事要旨",
        paragraphs=["出席委員：" + "、".join(f"{m.name()}委員（{org}）" for m, org in zip(members, ["社会福祉協議会", "民生委員児童委員協議会",
                    "市医師会", "老人クラブ連合会", "公募", "NPO法人ささえあい"], strict=True)),
                    "議題1　計画骨子案について　事務局から説明。",
                    "委員：ひきこもりや8050問題など、複合的な課題を抱える世帯への支援体制を明記すべき。",
                    "事務局：重層的支援体制整備事業の中で位置付ける。"]),
        note="committee members named with their organisation; policy talk only → 1")  # fmt: skip
    g.add("minutes", "docx", 1, [], DocSpec(
        title="事例検討会 記録（研修用・匿名化済み）",
        paragraphs=["事例：Aさん（80代女性、独居）。軽度の認知症があり、金銭管理に課題。",
                    "長男（50代）は県外在住で、月1回の電話連絡のみ。",
                    "検討：日常生活自立支援事業の利用、地域の見守り体制、成年後見制度の検討について意見交換した。"]),
        note="anonymised case (Aさん, 80代): nobody identifiable → 1")  # fmt: skip
    # internal case conferences about a named resident
    g.fresh()
    p = g.person(75, 90)
    son = g.person(45, 60, sex="男")
    g.add("minutes", "docx", 3, ["name", "address", "health"], DocSpec(
        title="地域ケア個別会議 記録",
        paragraphs=[f"対象者：{p.name()} 様（{p.age()}歳）　{p.address(False)}",
                    "出席：地域包括支援センター、居宅介護支援事業所、民生委員、長寿福祉課",
                    "現状：アルツハイマー型認知症（要介護2）。服薬管理ができず、糖尿病の内服が不規則。",
                    f"長男 {son.given}氏は市外在住で、週末のみ訪問。",
                    "方針：訪問看護を週2回導入、配食サービスで安否確認。次回会議 7月8日。"],
        header="関係者限り"))  # fmt: skip
    g.fresh()
    child, mother = g.person(4, 10), g.person(25, 40, sex="女")
    g.add("minutes", "txt", 3, ["name", "birth_date", "health"], DocSpec(paragraphs=[
        "要保護児童対策地域協議会　個別ケース検討会議　記録",
        f"児童：{child.name()}（{wareki(child.dob, 'abbr')}生）",
        f"母：{mother.name()}　うつ病で精神科通院中、服薬不安定。",
        "経過：保育所から、児童の腕にあざがあるとの連絡（5/28）。家庭訪問では母の疲弊が目立つ。",
        "役割分担：保健師が週1回訪問、保育所は登園状況を毎日確認し欠席時は家庭児童相談室へ連絡。",
    ]), note="a named child and mother, mental illness and suspected abuse → 3")  # fmt: skip
    g.fresh()
    p = g.person(40, 65)
    g.add("minutes", "pdf", 3, ["name", "address"], DocSpec(
        title="ケース診断会議録（生活保護）",
        tables=[[["ケース番号", f"{rng.randint(1000, 9999)}", "担当CW", "保護第2係"], ["世帯主", p.name(), "住所", p.address(False)],
                 ["議題", "保護変更（就労収入認定）", "", ""]]],
        paragraphs=[f"世帯主は令和6年5月から市内の物流倉庫でパート就労。就労収入月額約{rng.randint(6, 11)}万円を認定する。",
                    "就労自立給付金の説明を行う。医療扶助は継続。"]),
        note="a named recipient of public assistance (welfare) → 3")  # fmt: skip
    g.fresh()
    p = g.person(30, 55)
    g.add("minutes", "pptx", 3, ["name", "phone", "health", "arrears"], DocSpec(
        title="支援調整会議 資料（庁内限り）",
        paragraphs=[f"相談者：{p.name()}さん　連絡先 {p.mobile}", "主訴：家賃3か月滞納、退去を求められている",
                    "統合失調症で通院中、障害年金申請中", "支援案：住居確保給付金、自立相談支援機関の家計改善支援"],
        notes=[f"{p.surname}さんの同意書あり（情報共有について）。"]))  # fmt: skip


def hr(g: Gen) -> None:
    rng = g.rng
    depts = [
        "総務課",
        "財政課",
        "市民課",
        "税務課",
        "収納課",
        "福祉課",
        "長寿福祉課",
        "こども未来課",
        "建設課",
        "上下水道課",
    ]
    titles = ["課長", "課長補佐", "係長", "主査", "主任", "主事", "技師", "会計年度任用職員"]
    # extension list
    for fmt in ("xlsx", "pdf"):
        g.fresh()
        staff = g.people(36, 23, 60)
        rows = [["所属", "職名", "氏名", "内線", "直通"]]
        for i, s in enumerate(staff):
            d = depts[i % len(depts)]
            rows.append([d, rng.choice(titles), s.name(), str(rng.randint(2100, 2899)),
                         f"{g.city()[2]}-{rng.randint(20, 99)}-{2000 + i}" if i % 4 == 0 else ""])  # fmt: skip
        g.add("hr", fmt, 1, [], DocSpec(sheets=[sheet("内線表", rows, title="職員内線番号表（令和6年4月1日現在）")]),
              note="staff in their official role with office extensions and direct lines → 1 under the default policy")  # fmt: skip
    # staff emergency contact with home addresses and mobiles
    g.fresh()
    staff = g.people(14, 23, 60)
    rows = [["所属", "氏名", "自宅住所", "携帯電話", "参集区分"]]
    for s in staff:
        rows.append(
            ["福祉課", s.name(), s.address(False), s.mobile, rng.choice(["第1配備", "第2配備", "第3配備"])]
        )
    g.add("hr", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("非常参集", rows, title="災害時 職員非常参集連絡表")]),
          note="staff's home addresses and private mobiles: private data → 2")  # fmt: skip
    # personnel evaluation
    for fmt in ("xlsx", "csv"):
        g.fresh()
        staff = g.people(19, 24, 59)
        rows = [["職員番号", "氏名", "生年月日", "所属", "能力評価", "業績評価", "総合", "評価者所見"]]
        for s in staff:
            rows.append([f"{rng.randint(10000, 99999)}", s.name(), s.dob if fmt == "xlsx" else wareki(s.dob, "slash"),
                         rng.choice(depts), rng.choice("SABBC"), rng.choice("SABBC"), rng.choice("ABBC"),
                         rng.choice(["指導力に課題", "期待以上", "", "業務改善に積極的", "遅刻が多い"])])  # fmt: skip
        g.add("hr", fmt, 2, ["name", "birth_date"], DocSpec(sheets=[sheet("人事評価", rows, title="令和5年度 人事評価結果一覧")]),
              note="staff evaluations with birth dates: name + birth date → 2 (evaluations are not a level-3 category)")  # fmt: skip
    # sick leave
    g.fresh()
    s = g.person(28, 58)
    g.add("hr", "docx", 3, ["name", "birth_date", "health"], DocSpec(
        title="病気休暇承認申請書",
        tables=[[["所属", "上下水道課"], ["氏名", s.name()], ["生年月日", wareki(s.dob)],
                 ["期間", "令和6年6月3日 から 令和6年7月2日 まで（30日）"], ["傷病名", "適応障害（診断書添付）"],
                 ["療養先", "自宅療養（○○メンタルクリニック 通院）"]]]))  # fmt: skip
    g.fresh()
    staff = g.people(6, 25, 60)
    rows = [["職員番号", "氏名", "所属", "休職開始", "傷病名", "復職見込"]]
    for s in staff:
        rows.append([f"{rng.randint(10000, 99999)}", s.name(), rng.choice(depts), dt.date(2024, rng.randint(1, 5), 1).isoformat(),
                     rng.choice(["うつ病", "腰椎椎間板ヘルニア", "乳がん術後療養", "双極性障害", "脳梗塞後遺症"]), rng.choice(["未定", "7月", "9月"])])  # fmt: skip
    g.add("hr", "csv-cp932", 3, ["name", "health"], DocSpec(sheets=[sheet("休職者", rows)]))
    g.fresh()
    staff = g.people(9, 25, 60)
    rows = [["氏名", "年齢", "血圧", "HbA1c", "判定", "所見"]]
    for s in staff:
        rows.append([s.name(), str(s.age()), f"{rng.randint(110, 170)}/{rng.randint(65, 105)}", f"{rng.uniform(5.0, 8.2):.1f}",
                     rng.choice(["A", "B", "C", "D"]), rng.choice(["異常なし", "高血圧 要治療", "糖尿病 要精密検査", "脂質異常症 経過観察"])])  # fmt: skip
    g.add(
        "hr",
        "pdf",
        3,
        ["name", "health"],
        DocSpec(title="定期健康診断 要再検査者一覧（衛生管理者用）", sheets=[sheet("結果", rows)]),
    )
    # dependants with My Numbers
    g.fresh()
    emp = g.person(30, 55)
    deps = [(g.person(28, 55), "配偶者"), (g.person(3, 15), "子"), (g.person(1, 12), "子")]
    rows = [
        ["続柄", "氏名", "生年月日", "個人番号", "所得見積額"],
        ["本人", emp.name(), emp.dob, spaced(emp.my_number), ""],
    ]
    rows += [[rel, g.relative(emp, d.sex, d.age()), d.dob, spaced(d.my_number), 0] for d, rel in deps]
    g.add(
        "hr",
        "xlsx",
        3,
        ["my_number", "name", "birth_date", "relationship"],
        DocSpec(sheets=[sheet("扶養控除", rows, title="給与所得者の扶養控除等（異動）申告書 入力シート")]),
    )
    # --- public / non-personal look-alikes
    g.fresh()
    staff = g.people(12, 30, 60)
    g.add("hr", "docx", 1, [], DocSpec(
        title="人事異動（令和6年4月1日付）",
        tables=[[["新所属・職", "氏名", "旧所属・職"]] + [[f"{rng.choice(depts)}長", s.name(), f"{rng.choice(depts)}課長補佐"] for s in staff]],
        paragraphs=["部長級・課長級の異動を発表します（報道発表資料）。"]), note="published personnel changes, official role only → 1")  # fmt: skip
    g.fresh()
    staff = g.people(15, 23, 60)
    rows = [["所属", "氏名", "4月", "5月", "6月", "計"]]
    for s in staff:
        m = [rng.randint(0, 45) for _ in range(3)]
        rows.append([rng.choice(depts), s.name(), *m, sum(m)])
    g.add("hr", "csv", 1, [], DocSpec(sheets=[sheet("時間外", rows)]),
          note="staff names with overtime hours only: no address, birth date or phone → 1 under the default policy")  # fmt: skip
    g.fresh()
    staff = g.people(10, 23, 40)
    g.add("hr", "txt", 1, [], DocSpec(
        title="新規採用職員研修 受講者名簿",
        paragraphs=[f"{i:>2}  {rng.choice(depts):<8} {s.name()}" for i, s in enumerate(staff, 1)] + ["会場：本庁舎5階 大会議室"]))  # fmt: skip


def procurement(g: Gen) -> None:
    rng = g.rng
    # registers of companies (public)
    for fmt in ("xlsx", "csv-cp932"):
        g.fresh()
        rows = [
            ["登録番号", "商号又は名称", "法人番号", "代表者職氏名", "本店所在地", "電話番号", "登録業種"]
        ]
        for i, (kind, nm) in enumerate(rng.sample(COMPANIES, 12)):
            rep = g.person(40, 75)
            rows.append([f"R6-{i + 1:04d}", f"{kind}{nm}", g.corporate_number(), f"代表取締役 {rep.name()}",
                         g.place_address(), g.office_phone(), rng.choice(["土木一式", "建築一式", "物品（事務用品）", "役務（清掃）", "測量"])])  # fmt: skip
        g.add("procurement", fmt, 1, ["corporate_number"], DocSpec(sheets=[sheet("名簿", rows, title="競争入札参加資格者名簿")]),
              note="companies with 法人番号, representatives in their role, head-office addresses → 1")  # fmt: skip
    g.fresh()
    rows = [["契約件名", "契約相手方", "法人番号", "契約金額（税込）", "契約日", "契約方法"]]
    for kind, nm in rng.sample(COMPANIES, 8):
        rows.append([rng.choice(["庁舎清掃業務委託", "道路補修工事", "学校給食調理業務委託", "基幹系システム保守", "公園樹木剪定"]),
                     f"{kind}{nm}", g.corporate_number(), f"{rng.randint(100, 90000) * 1000:,}円",
                     wareki(dt.date(2024, rng.randint(4, 6), rng.randint(1, 28))), rng.choice(["一般競争入札", "指名競争入札", "随意契約"])])  # fmt: skip
    g.add(
        "procurement",
        "pdf",
        1,
        ["corporate_number"],
        DocSpec(title="契約締結状況の公表（令和6年度第1四半期）", sheets=[sheet("契約", rows)]),
    )
    g.fresh()
    g.add("procurement", "txt", 1, [], DocSpec(
        title="入札結果",
        paragraphs=["件名：市道123号線舗装補修工事", "予定価格 24,530,000円　最低制限価格 21,340,000円"]
        + [f"{kind}{nm}　{rng.randint(21400, 24500) * 1000:,}円" for kind, nm in rng.sample(COMPANIES, 5)]
        + ["落札者は上記の最低価格者とする。"]))  # fmt: skip
    g.add("procurement", "docx", 1, ["corporate_number"], DocSpec(
        title="指名業者選定調書",
        tables=[[["業者名", "法人番号", "所在地区分", "前年度実績"]] + [[f"{k}{n}", g.corporate_number(), rng.choice(["市内", "準市内"]),
                                                                  f"{rng.randint(0, 6)}件"] for k, n in rng.sample(COMPANIES, 6)]]))  # fmt: skip
    # sole proprietors' bank accounts (private persons)
    g.fresh()
    rows = [
        ["債権者コード", "屋号", "氏名", "住所", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）"]
    ]
    for shop in rng.sample(SHOPS, 9):
        p = g.person(30, 70)
        rows.append([f"{rng.randint(100000, 999999)}", shop, p.name(), p.address(), rng.choice(BANKS),
                     rng.choice(["本店", "駅前支店", "南支店"]), "普通", g.account(), p.kana])  # fmt: skip
    g.add("procurement", "xlsx", 2, ["name", "address", "bank_account"], DocSpec(sheets=[sheet("債権者", rows)]),
          note="sole proprietors: the owner's own name, home address and account → 2")  # fmt: skip
    g.fresh()
    p = g.person(30, 70)
    shop = rng.choice(SHOPS)
    g.add("procurement", "docx", 2, ["name", "address", "phone", "bank_account"], DocSpec(
        title="債権者登録申請書（個人事業者）",
        tables=[[["屋号", shop], ["氏名", p.name()], ["住所", f"〒{p.postal} {p.address()}"], ["電話", p.mobile],
                 ["振込先", f"{rng.choice(BANKS)} 普通 {g.account()}"], ["口座名義", p.kana]]]))  # fmt: skip
    # lecturers' fees with My Numbers for the payment record
    g.fresh()
    ps = g.people(7, 35, 75)
    rows = [["講師氏名", "住所", "個人番号", "謝金額", "源泉徴収額"]]
    for p in ps:
        fee = rng.choice([10000, 20000, 30000, 50000])
        rows.append([p.name(), p.address(), p.my_number, fee, int(fee * 0.1021)])
    g.add("procurement", "csv-cp932", 3, ["my_number", "name", "address"], DocSpec(sheets=[sheet("謝金", rows)]),
          note="lecturers' My Numbers for the 支払調書 → 3")  # fmt: skip
    g.fresh()
    ps = g.people(11, 35, 75)
    rows = [["氏名", "住所", "講座名", "謝金", "振込先"]]
    for p in ps:
        rows.append([p.name(), p.address(), rng.choice(["郷土史講座", "ヨガ教室", "パソコン入門", "料理教室"]), 10000,
                     f"{rng.choice(BANKS)} {g.account()}"])  # fmt: skip
    g.add(
        "procurement",
        "pdf",
        2,
        ["name", "address", "bank_account"],
        DocSpec(title="公民館講座 講師謝金 支払明細", sheets=[sheet("明細", rows)]),
    )


def resident_forms(g: Gen) -> None:
    rng = g.rng
    # 住民票の写し等交付請求書 (filled, merged cells)
    for fmt in ("docx", "pdf"):
        g.fresh()
        p = g.person(20, 85)
        rows = [
            ["住民票の写し等交付請求書", "", "", ""],
            ["請求者", "住所", p.address(), ""],
            ["", "氏名", p.name(), "窓口に来た人"],
            ["", "生年月日", wareki(p.dob), ""],
            ["", "電話番号", p.mobile, ""],
            ["必要なもの", "住民票の写し（世帯全員）", "1通", "本籍・続柄 記載あり"],
            ["使いみち", rng.choice(["運転免許更新", "年金手続", "勤務先提出", "自動車登録"]), "", ""],
        ]
        post = merge_docx([(0, 0, 0, 0, 3), (0, 1, 0, 4, 0)]) if fmt == "docx" else None
        g.add(
            "resident_form",
            fmt,
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(tables=[rows]),
            post=post,
        )
    # 転入届 with My Numbers in a box grid (one digit per cell)
    for fmt in ("docx", "xlsx", "pdf"):
        g.fresh()
        head = g.person(30, 60, sex="男")
        members = [head, g.person(28, 60, sex="女"), g.person(1, 14)]
        for m in members[1:]:  # one household: the head's surname and address
            m.surname, m.pref, m.city, m.town, m.lot, m.building = (
                head.surname,
                head.pref,
                head.city,
                head.town,
                head.lot,
                head.building,
            )
        before = rng.choice([c for c in CITIES if c[1] != head.city])
        moved_from = (
            f"{before[0]}{before[1]}{rng.choice(before[3]).rstrip('*')}{g.lot(rng.choice(before[3]))}"
        )
        moved_on = wareki(TODAY - dt.timedelta(days=rng.randint(1, 13)))
        relations = ["世帯主", "妻", "子"]
        types = ["my_number", "name", "address", "birth_date", "relationship"]
        note = "My Numbers one digit per cell in the box grid of a moving-in form → 3"
        if fmt == "pdf":  # a printed form: the personal fields as label|value, the numbers in a 12-box grid
            g.add("resident_form", fmt, 3, types, DocSpec(title="転入届", tables=[
                [["新住所", head.address()], ["前住所", moved_from], ["転入日", moved_on]],
                [["氏名", "生年月日", "続柄"]] + [[m.name(), wareki(m.dob), rel] for m, rel in zip(members, relations, strict=True)],
                [["個人番号", *[str(i) for i in range(1, 13)]]] + [[rel, *list(m.my_number)] for m, rel in zip(members, relations, strict=True)],
            ]), note=note)  # fmt: skip
            continue
        grid: list[list[Cell]] = [["転入届", *[""] * 13],
                                  ["新住所", "", head.address(), *[""] * 11],
                                  ["前住所", "", moved_from, *[""] * 11],
                                  ["転入日", "", moved_on, *[""] * 11]]  # fmt: skip
        for m, rel in zip(members, relations, strict=True):
            grid.append(["氏名", "", m.name(), *[""] * 11])
            grid.append(["生年月日", "", wareki(m.dob), rel, *[""] * 10])
            grid.append(["個人番号", "", *list(m.my_number)])
        wide = [r for r in range(1, len(grid)) if grid[r][0] not in ("個人番号", "生年月日")]
        if fmt == "docx":
            post = merge_docx(
                [(0, 0, 0, 0, 13)]
                + [(0, r, 0, r, 1) for r in range(1, len(grid))]
                + [(0, r, 2, r, 13) for r in wide]
            )
            g.add(
                "resident_form",
                fmt,
                3,
                types,
                DocSpec(tables=[[[str(c) for c in r] for r in grid]]),
                note=note,
                post=post,
            )
        else:
            post = merge_xlsx(
                [(0, "A1:N1")]
                + [(0, f"A{r + 1}:B{r + 1}") for r in range(1, len(grid))]
                + [(0, f"C{r + 1}:N{r + 1}") for r in wide]
            )
            g.add(
                "resident_form", fmt, 3, types, DocSpec(sheets=[sheet("転入届", grid)]), note=note, post=post
            )
    # blank forms (public look-alikes)
    blank: list[list[Cell]] = [["転入届", *[""] * 13], ["新住所", "", *[""] * 12], ["氏名", "", *[""] * 12],
                               ["生年月日", "", "明・大・昭・平・令　　年　　月　　日", *[""] * 11], ["個人番号", "", *[""] * 12],
                               ["※個人番号カード・通知カードをお持ちの方は、番号を記入してください。", *[""] * 13]]  # fmt: skip
    g.add("resident_form", "docx", 1, [], DocSpec(tables=[[[str(c) for c in r] for r in blank]]),
          post=merge_docx([(0, 0, 0, 0, 13), (0, 5, 0, 5, 13), (0, 3, 2, 3, 13)]), note="blank form with an empty 個人番号 box grid → 1")  # fmt: skip
    g.add(
        "resident_form",
        "xlsx",
        1,
        [],
        DocSpec(sheets=[sheet("様式", blank)]),
        post=merge_xlsx([(0, "A1:N1"), (0, "A6:N6")]),
    )
    g.add("resident_form", "pdf", 1, [], DocSpec(
        title="住民票の写し等交付請求書（記入のしかた）",
        paragraphs=["1 請求者欄には窓口に来た方の住所・氏名・生年月日・電話番号を記入してください。",
                    "2 代理人が請求する場合は委任状が必要です。", "3 マイナンバー（個人番号）の記載を希望する場合は「個人番号」に○をつけてください。",
                    "4 本人確認書類（運転免許証、個人番号カード等）をご提示ください。"]))  # fmt: skip
    # seal registration (xlsx with merged cells)
    g.fresh()
    p = g.person(20, 80)
    rows = [["印鑑登録申請書", "", "", ""], ["住所", p.address(), "", ""], ["氏名", p.name(), "フリガナ", p.kana],
            ["生年月日", wareki(p.dob, "short"), "性別", p.sex], ["電話", p.phone, "", ""]]  # fmt: skip
    g.add("resident_form", "xlsx", 2, ["name", "address", "birth_date", "phone", "gender"], DocSpec(sheets=[sheet("申請", rows)]),
          post=merge_xlsx([(0, "A1:D1"), (0, "B2:D2"), (0, "B5:D5")]))  # fmt: skip
    # individual number card application with hyphenated My Number
    g.fresh()
    p = g.person(15, 90)
    g.add("resident_form", "docx", 3, ["my_number", "name", "address", "birth_date"], DocSpec(
        title="個人番号カード交付申請書兼電子証明書発行申請書",
        tables=[[["個人番号", spaced(p.my_number, "-")], ["氏名", p.name()], ["住所", p.address()], ["生年月日", wareki(p.dob)]]]))  # fmt: skip
    # change of address with household (cp932 text, no My Number)
    g.fresh()
    head = g.person(30, 70)
    kids = [g.person(1, 20) for _ in range(2)]
    g.add("resident_form", "txt-cp932", 2, ["name", "address", "birth_date", "relationship"], DocSpec(paragraphs=[
        "転居届（窓口受付控）",
        f"新住所：{head.address()}",
        f"世帯主：{head.name()}　{wareki(head.dob)}生",
    ] + [f"　子　：{g.relative(head, k.sex, k.age())}　{wareki(k.dob)}生" for k in kids] + ["異動日：令和6年6月1日　届出人：世帯主"]))  # fmt: skip
    # whole household moving in, full-width My Numbers (pdf)
    g.fresh()
    a, b = g.person(30, 60), g.person(30, 60)
    g.add("resident_form", "pdf", 3, ["my_number", "name", "birth_date"], DocSpec(
        title="転入届（世帯全員）受付控",
        tables=[[["氏名", "生年月日", "個人番号"], [a.name(), wareki(a.dob), fw(spaced(a.my_number))],
                 [b.name(), wareki(b.dob), fw(spaced(b.my_number))]]]))  # fmt: skip


def email(g: Gen) -> None:
    rng = g.rng

    def headers(subject: str, fwd: bool = True) -> list[str]:
        return [f"From: {rng.choice(['shimin', 'fukushi', 'zeimu', 'kosodate'])}@city.example.lg.jp",
                "To: kakari-list@city.example.lg.jp", f"Date: Mon, 10 Jun 2024 09:4{rng.randint(0, 9)} +0900",
                f"Subject: {'Fwd: ' if fwd else ''}{subject}", "Content-Type: text/plain; charset=utf-8", ""]  # fmt: skip

    g.fresh()
    p = g.person(25, 80)
    g.add("email", "txt", 2, ["name", "address", "phone", "email"], DocSpec(paragraphs=[*headers("道路の陥没について"), "担当課で対応をお願いします。", "", "---------- Forwarded message ---------", f"差出人: {p.name()} <{rng.choice(['taro', 'hana', 'k.oka', 'mm2024'])}{rng.randint(10, 99)}@example.ne.jp>", f"> 自宅前（{p.address()}）の市道が陥没しています。", f"> 連絡先は {p.mobile} です。", f"> {p.name()}"]))  # fmt: skip
    g.fresh()
    p = g.person(60, 85)
    g.add("email", "txt-cp932", 3, ["name", "address", "health"], DocSpec(paragraphs=[*headers("情報提供（民生委員より）"), "長寿福祉課\u3000各位", "下記、民生委員さんからの連絡を転送します。訪問の調整をお願いします。", "", "-----Original Message-----", f"{p.address(False)}の{p.name()}さん（{p.age()}歳）ですが、", "最近物忘れがひどく、ガスの消し忘れが続いています。糖尿病でインスリン注射をしているのに", "打ち忘れがあるようです。一人暮らしなので心配です。"]), note="forwarded note on a named resident's health → 3")  # fmt: skip
    g.fresh()
    g.add("email", "txt", 1, [], DocSpec(paragraphs=[*headers("【周知】庁内LAN停止のお知らせ", fwd=False), "各課 庶務担当者様", "6月15日（土）8:00〜17:00 に庁内LANを停止します。", "", "━━━━━━━━━━━━━━", f"{g.city()[1]} 総務部 情報政策課", f"〒{rng.randint(300, 999)}-{rng.randint(0, 9999):04d} {g.city()[0]}{g.city()[1]}本町1-1", f"TEL {g.office_phone()}（内線 2415）", "━━━━━━━━━━━━━━"]), note="only the office's signature block → 1")  # fmt: skip
    g.fresh()
    p = g.person(30, 70)
    g.add("email", "docx", 2, ["name", "phone"], DocSpec(
        title="メール印刷：ごみ収集に関する苦情",
        paragraphs=[*headers("ごみ収集について"), f"市民の{p.name()}様（TEL {p.phone}）から、", "「資源ごみが3週続けて回収されていない」との苦情。折り返し連絡が必要です。"]))  # fmt: skip
    g.fresh()
    ps = g.people(5, 25, 70)
    g.add("email", "pdf", 3, ["name", "arrears"], DocSpec(
        title="RE: 市営住宅家賃 滞納者の件",
        paragraphs=[*headers("市営住宅家賃 滞納者の件"), "お疲れ様です。6月末時点の長期滞納者です。連帯保証人への通知をお願いします。"],
        tables=[[["団地", "氏名", "滞納月数", "滞納額"]] + [[rng.choice(["緑ヶ丘団地", "桜台団地"]), p.name(), f"{rng.randint(3, 14)}か月",
                                                       f"{rng.randint(9, 80) * 1000:,}円"] for p in ps]]))  # fmt: skip
    g.fresh()
    g.add("email", "txt", 1, [], DocSpec(paragraphs=[*headers("健康まつり ボランティア募集", fwd=False), "各位", "10月5日の健康まつりで、血圧測定コーナーの補助ボランティアを募集します。", "糖尿病予防・がん検診の啓発ブースも出展します。参加希望は健康推進課まで。"]))  # fmt: skip
    g.fresh()
    p = g.person(20, 70)
    g.add("email", "txt", 3, ["my_number", "name", "birth_date"], DocSpec(paragraphs=[*headers("番号確認のお願い"), "市民課\u3000ご担当者様", "転出証明書の個人番号の記載に誤りがないか確認をお願いします。", f"> 氏名：{p.name()}\u3000生年月日：{wareki(p.dob, 'slash')}", f"> 個人番号：{fw(p.my_number)}"]),
        note="full-width My Number quoted in a mail → 3")  # fmt: skip


def sheets(g: Gen) -> None:
    rng = g.rng
    towns = [t.rstrip("*") for t in g.city()[3]]
    summary: list[list[Cell]] = [["地区", "対象者数", "訪問済"]] + [
        [t, rng.randint(5, 40), rng.randint(0, 5)] for t in towns
    ]
    # hidden sheet with resident rows
    g.fresh()
    ps = g.people(24, 65, 95)
    rows: list[list[Cell]] = [["氏名", "住所", "生年月日", "訪問日"]] + [
        [p.name(), p.address(False), p.dob, None] for p in ps
    ]
    g.add("hidden_sheet", "xlsx", 2, ["name", "address", "birth_date"],
          DocSpec(sheets=[sheet("集計", summary), sheet("元データ", rows, state="hidden")]),
          note="a summary sheet, and the persons behind it on a hidden sheet → 2")  # fmt: skip
    g.fresh()
    ps = g.people(8, 20, 80)
    rows = [["宛名番号", "氏名", "個人番号"]] + [
        [f"{rng.randint(10**9, 10**10 - 1)}", p.name(), p.my_number] for p in ps
    ]
    g.add("hidden_sheet", "xlsx", 3, ["my_number", "name"], DocSpec(
        sheets=[sheet("申請件数", summary), sheet("照合用", rows, state="veryHidden")]))  # fmt: skip
    # data far right and far down on the one visible sheet
    g.fresh()
    ps = g.people(10, 20, 80)
    far: list[list[Cell]] = [["月", "件数"], ["4月", 31], ["5月", 28], ["6月", 35]] + [[] for _ in range(3)]
    far += [[None] * 28 + ["（作業用）氏名", "電話", "用件"]] + [
        [None] * 28 + [p.name(), p.phone, rng.choice(["転入", "証明", "印鑑"])] for p in ps
    ]
    g.add("hidden_sheet", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("窓口件数", far)]),
          note="names and phones from column AC: out of sight, still in the file → 2")  # fmt: skip
    g.fresh()
    ps = g.people(6, 25, 80)
    far = [["項目", "予算額"], ["使用料収入", 1200000], ["雑入", 30000]] + [[] for _ in range(147)]
    far += [[None] * 40 + ["氏名", "施設", "未納額", "督促日"]] + [[None] * 40 + [p.name(), "市民会館", rng.randint(3, 30) * 1000,
                                                                     dt.date(2024, 5, rng.randint(1, 28))] for p in ps]  # fmt: skip
    g.add("hidden_sheet", "xlsx", 3, ["name", "arrears"], DocSpec(sheets=[sheet("使用料", far)]),
          note="unpaid facility fees by name, far right from row 151 → 3")  # fmt: skip
    g.fresh()
    ps = g.people(126, 18, 90)
    rows = [["No", "氏名", "住所", "電話"]] + [
        [i, p.name(), p.address(), p.phone] for i, p in enumerate(ps, 1)
    ]
    g.add("hidden_sheet", "xlsx", 3, ["name", "address", "phone"],
          DocSpec(sheets=[sheet("グラフ", summary), sheet("作業用", rows)]), note="126 persons on the second sheet: bulk → 3")  # fmt: skip
    # look-alikes: hidden sheets with codes and counts only
    codes: list[list[Cell]] = [
        ["コード", "区分"],
        ["01", "転入"],
        ["02", "転出"],
        ["03", "転居"],
        ["04", "出生"],
        ["05", "死亡"],
    ]
    g.add("hidden_sheet", "xlsx", 1, [], DocSpec(sheets=[sheet("入力", [["日付", "区分コード", "件数"]] +
          [[dt.date(2024, 6, d), f"0{rng.randint(1, 5)}", rng.randint(1, 20)] for d in range(1, 15)]), sheet("リスト", codes, state="hidden")]))  # fmt: skip
    g.add(
        "hidden_sheet",
        "xlsx",
        1,
        [],
        DocSpec(
            sheets=[sheet("表紙", [["地区別 高齢者世帯数"]]), sheet("地区別", summary, state="veryHidden")]
        ),
    )


def numbers(g: Gen) -> None:
    rng = g.rng
    # --- look-alikes: 12-digit numbers that are not My Numbers
    g.fresh()
    rows: list[list[Cell]] = [["受付番号", "受付日", "件名", "処理状況"]]
    for _ in range(25):
        rows.append([g.not_my_number(), dt.date(2024, 6, rng.randint(1, 10)),
                     rng.choice(["道路占用許可", "屋外広告物", "開発行為事前協議", "公共施設使用"]), rng.choice(["完了", "審査中"])])  # fmt: skip
    g.add("number_lookalike", "xlsx", 1, [], DocSpec(sheets=[sheet("受付簿", rows)]), note="12-digit receipt numbers, all failing the check digit → 1")  # fmt: skip
    g.fresh()
    rows = [["管理番号", "施設名", "点検日", "結果"]]
    for _ in range(33):  # plain random: about one in eleven passes the check digit by chance
        rows.append(["".join(str(rng.randint(0, 9)) for _ in range(12)), rng.choice(["第二浄水場", "東部ポンプ場", "市民体育館", "中央図書館"]),
                     wareki(dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)), "slash"), "異常なし"])  # fmt: skip
    g.add("number_lookalike", "csv", 1, [], DocSpec(sheets=[sheet("点検", rows)]),
          note="random 12-digit asset numbers of facilities (a few pass the check digit by chance) → 1")  # fmt: skip
    g.add("number_lookalike", "txt", 1, [], DocSpec(paragraphs=["# batch log"] + [
        f"20240610{rng.randint(0, 23):02d}{rng.randint(0, 59):02d} job=JUKI-EXPORT{rng.randint(1, 9)} status=OK records={rng.randint(100, 9000)}"
        for _ in range(14)]), note="12-digit timestamps in a batch log → 1")  # fmt: skip
    g.fresh()
    rows = [["施設名", "電話番号", "FAX", "口座（公金）"]]
    for fac in ["市民会館", "中央公民館", "総合体育館", "郷土資料館", "こども館"]:
        rows.append(
            [
                fac,
                g.office_phone(),
                g.office_phone(),
                f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            ]
        )
    g.add(
        "number_lookalike", "pdf", 1, [], DocSpec(title="公共施設 連絡先一覧", sheets=[sheet("施設", rows)])
    )
    g.add("number_lookalike", "docx", 1, [], DocSpec(
        title="公文書の番号付けについて（通知）",
        paragraphs=[f"文書番号は「{g.city()[1][:2]}総第{g.not_my_number()}号」のように、年度・課コード・連番を連結した12桁とする。",
                    f"例：{g.not_my_number()}（令和6年度、総務課、第123号）", "個人番号（マイナンバー）を文書番号に用いてはならない。"]))  # fmt: skip
    g.add("number_lookalike", "pptx", 1, [], DocSpec(
        title="備品管理システム 操作説明",
        paragraphs=["備品番号は12桁（例：" + g.not_my_number() + "）", "バーコードを読み取ると登録画面が開く",
                    "廃棄時は備品番号と写真を添付"], notes=["マイナンバーとは無関係の番号です。"]))  # fmt: skip
    # management numbers next to real personal data → 2, not 3
    g.fresh()
    ps = g.people(17, 20, 90)
    rows = [["宛名番号", "氏名", "住所", "生年月日"]] + [
        [g.not_my_number(), p.name(), p.address(), wareki(p.dob, "short")] for p in ps
    ]
    g.add("number_lookalike", "xlsx", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("宛名", rows)]),
          note="12-digit 宛名番号 failing the check digit: persons but no My Number → 2")  # fmt: skip
    g.fresh()
    ps = g.people(12, 20, 90)
    rows = [["お客様番号", "使用者名", "電話", "検針日"]] + [
        [g.not_my_number(), p.name(), p.phone, f"6/{rng.randint(1, 28)}"] for p in ps
    ]
    g.add("number_lookalike", "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("検針", rows)]))
    # --- real My Numbers in the forms people write them
    g.fresh()
    ps = g.people(9, 20, 80)
    rows = [["氏名", "番号1", "番号2", "番号3", "備考"]] + [
        [p.name(), p.my_number[:4], p.my_number[4:8], p.my_number[8:], ""] for p in ps
    ]
    rows[0] = ["氏名", "個人番号", "", "", "備考"]
    g.add("number_real", "xlsx", 3, ["my_number", "name"], DocSpec(sheets=[sheet("番号", rows)]),
          post=merge_xlsx([(0, "B1:D1")]), note="My Numbers split 4-4-4 over three cells under a merged 個人番号 header → 3")  # fmt: skip
    g.fresh()
    ps = g.people(11, 20, 80)
    rows = [["氏名", "マイナンバー", "電話"]] + [[p.name(), spaced(p.my_number, "-"), p.mobile] for p in ps]
    g.add("number_real", "csv", 3, ["my_number", "name", "phone"], DocSpec(sheets=[sheet("s", rows)]))
    g.fresh()
    p = g.person(30, 70)
    g.add("number_real", "docx", 3, ["my_number", "name"], DocSpec(paragraphs=[
        "窓口対応記録", f"{p.name()}様より児童手当の現況届を受理。", f"本人のマイナンバー　{fw(p.my_number)}　は個人番号カードで確認済み。"]))  # fmt: skip
    g.fresh()
    ps = g.people(10, 20, 80)
    base = "0" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    ps[0].my_number = base + str(my_number_check_digit(base))  # a number cell drops this leading zero
    rows = [["氏名", "個人番号", "生年月日"]] + [[p.name(), int(p.my_number), p.dob] for p in ps]
    g.add("number_real", "xlsx", 3, ["my_number", "name", "birth_date"], DocSpec(sheets=[sheet("名簿", rows, number_formats={1: "0"})]),
          note="My Numbers as number cells; one lost its leading zero (11 digits) → 3")  # fmt: skip
    g.fresh()
    p = g.person(20, 70)
    g.add("number_real", "pdf", 3, ["my_number", "name", "address"], DocSpec(
        title="本人確認記録票",
        paragraphs=[f"氏名 {p.name()}　住所 {p.address()}", "個人番号 " + " ".join(p.my_number), "確認書類：個人番号カード（表・裏）"]))  # fmt: skip
    g.fresh()
    p = g.person(20, 70)
    g.add("number_real", "txt", 3, ["my_number", "name"], DocSpec(paragraphs=[
        "[10:12] 窓口A: 今の方の番号、システムに入れてもらえますか",
        f"[10:13] 窓口A: {p.name('')}さん 番号は {spaced(p.my_number, '-')} です",
        "[10:15] 市民課B: 入力しました。通知カードは回収済みです"]), note="My Number in a chat with 番号 and 通知カード context → 3")  # fmt: skip
    g.fresh()
    p = g.person(20, 70)
    g.add("number_real", "pptx", 3, ["my_number", "name"], DocSpec(
        title="事務処理ミスの報告（庁内）",
        paragraphs=["発生日 令和6年6月3日", "内容：転出証明書に別人の個人番号を記載して交付", "対応：本人へ謝罪、回収済み"],
        notes=[f"誤記載された番号：{spaced(p.my_number)}（{p.name()}様の個人番号）"]))  # fmt: skip


def more(g: Gen) -> None:
    """A second document per desk: pick-up lists, ledgers, visitors, mail subjects, hidden columns."""
    rng = g.rng
    g.fresh()
    kids = g.people(12, 6, 9)
    rows: list[list[Cell]] = [["児童名", "お迎えの方", "続柄", "連絡先"]]
    for k in kids:
        adult = g.person(30, 75)  # a parent or a grandparent
        rows.append(
            [
                k.name(),
                g.relative(k, adult.sex, adult.age()),
                ("祖" if adult.age() > 55 else "") + ("父" if adult.sex == "男" else "母"),
                adult.mobile,
            ]
        )
    g.add(
        "school",
        "docx",
        2,
        ["name", "phone", "relationship"],
        DocSpec(title="放課後児童クラブ お迎え者登録一覧", tables=[rows]),
    )
    g.fresh()
    officers = g.people(6, 30, 50)
    g.add("school", "pptx", 2, ["name", "phone"], DocSpec(
        title="令和6年度 PTA役員会",
        paragraphs=["年間行事の確認", "ベルマーク集計は9月", "会費の引落しは5月"],
        tables=[[["役職", "氏名", "自宅電話"]] + [[r, o.name(), o.phone] for r, o in zip(
            ["会長", "副会長", "副会長", "書記", "会計", "会計監査"], officers, strict=True)]]),
        note="PTA officers are parents (private persons) with their home phones → 2")  # fmt: skip
    g.fresh()
    owners = g.people(38, 35, 95)
    rows = [["所有者氏名", "所有者住所", "所在地番", "地目", "地積（㎡）", "評価額"]]
    for o in owners:
        rows.append([o.name(), o.address(), f"{rng.choice(g.city()[3]).rstrip('*')}{rng.randint(1, 3000)}番{rng.randint(1, 9)}",
                     rng.choice(["宅地", "田", "畑", "山林"]), rng.randint(80, 3000), rng.randint(30, 3000) * 1000])  # fmt: skip
    g.add("tax", "csv", 2, ["name", "address"], DocSpec(sheets=[sheet("課税台帳", rows)]),
          note="fixed-asset owners' names and home addresses (38 persons) → 2")  # fmt: skip
    g.fresh()
    visitors = g.people(9, 20, 80)
    rows = [["受付番号", "氏名", "住所", "傍聴日"]] + [
        [i, v.name(), v.address(False), "6月12日"] for i, v in enumerate(visitors, 1)
    ]
    g.add("minutes", "xlsx", 2, ["name", "address"], DocSpec(sheets=[sheet("傍聴者受付簿", rows, title="本会議 傍聴者受付簿")]),
          note="the meeting is public, its visitors' names and addresses are not → 2")  # fmt: skip
    g.add("email", "txt", 1, [], DocSpec(paragraphs=[
        "From: shuno@city.example.lg.jp", "To: kanri@city.example.lg.jp", "Subject: 【取扱注意】滞納者一覧（個人番号付き）の送付について", "",
        "添付ファイル：滞納者一覧_個人番号付.xlsx（パスワードは別送）", "",
        "ファイルはパスワード付きで送付しました。受信後は共有フォルダの所定の場所に保存し、メールは削除してください。"]),
        note="the subject and the attachment's name promise data the text does not hold → 1")  # fmt: skip
    g.fresh()
    staff = g.people(10, 25, 60)
    g.add("hr", "pptx", 1, [], DocSpec(
        title="市民課 座席表（令和6年4月）",
        tables=[[["島", "席1", "席2", "席3", "内線"]] + [[f"{i + 1}島", staff[2 * i].name(), staff[2 * i + 1].name(), "", str(2300 + i)]
                                                   for i in range(5)]]), note="staff seating and extensions → 1")  # fmt: skip
    g.fresh()
    rows = [["会社名", "担当部署", "担当者", "電話", "メール"]]
    for kind, nm in rng.sample(COMPANIES, 8):
        rows.append([f"{kind}{nm}", rng.choice(["営業部", "公共営業課", "業務部"]), g.person(25, 60).name(), g.office_phone(),
                     f"sales{rng.randint(1, 99)}@{rng.choice(['hokuto', 'sanwa', 'aoba', 'hikari'])}.co.jp"])  # fmt: skip
    g.add("procurement", "xlsx", 1, [], DocSpec(sheets=[sheet("業者連絡先", rows)]),
          note="company staff with company phones and mail addresses (official role) → 1")  # fmt: skip
    g.fresh()
    a, b = g.person(60, 90), g.person(30, 60)
    g.add("resident_form", "docx", 2, ["name", "address", "phone"], DocSpec(
        title="委任状",
        paragraphs=["私は、下記の者を代理人と定め、住民票の写しの請求及び受領に関する権限を委任します。", "令和6年6月10日"],
        tables=[[["", "住所", "氏名", "電話"], ["代理人", b.address(), b.name(), b.mobile], ["委任者", a.address(), a.name(), a.phone]]]))  # fmt: skip
    g.fresh()
    ps = g.people(14, 20, 64)
    rows = [["住民票コード", "基礎年金番号", "氏名", "生年月日"]]
    for p in ps:
        rows.append(["".join(str(rng.randint(0, 9)) for _ in range(11)), f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
                     p.name(), wareki(p.dob)])  # fmt: skip
    g.add("number_lookalike", "xlsx", 2, ["name", "birth_date"], DocSpec(sheets=[sheet("照会", rows)]),
          note="11-digit 住民票コード and pension numbers are not My Numbers: name + birth date → 2")  # fmt: skip
    g.fresh()
    ps = g.people(15, 20, 80)
    rows = [["氏名", "携帯番号", "登録日"]] + [
        [p.name(), p.mobile.replace("-", ""), dt.date(2024, 5, rng.randint(1, 31))] for p in ps
    ]
    g.add("number_lookalike", "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("防災メール", rows)]),
          note="11-digit mobile numbers without hyphens (not My Numbers that lost a zero) → 2")  # fmt: skip
    g.fresh()
    p = g.person(25, 80)
    rows = [
        ["受付日", "届出種別", "届出人", "処理"],
        [dt.date(2024, 6, 3), "児童手当 現況届", p.name(), "済"],
        [dt.date(2024, 6, 4), "児童手当 額改定", "", "審査中"],
    ]
    g.add("number_real", "xlsx", 3, ["my_number", "name"], DocSpec(sheets=[sheet("受付", rows, comments={(1, 2): f"個人番号 {p.my_number} 確認済"})]),
          note="a My Number only in a cell note on the person's row → 3")  # fmt: skip
    g.fresh()
    ps = g.people(13, 20, 85)
    rows = [["氏名", "区分", "担当", "生年月日", "電話"]] + [
        [p.name(), rng.choice(["相談", "申請"]), "福祉課", p.dob, p.phone] for p in ps
    ]
    g.add("hidden_sheet", "xlsx", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[sheet("相談受付", rows)]),
          post=hide_columns(["D", "E"]), note="birth dates and phones in hidden columns D:E → 2")  # fmt: skip


def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    for family in (school, tax, minutes, hr, procurement, resident_forms, email, sheets, numbers, more):
        g.fresh()
        family(g)
    docs = list(g.docs)
    rng.shuffle(docs)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam6")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set6", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
