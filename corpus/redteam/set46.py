"""Forty-sixth red-team set (blind): a city's 市営住宅 desk (住宅課) and what it publishes.

``python -m corpus.redteam.set46 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 丁目 towns, its 大字…番地 villages and its 市営住宅 団地) is drawn per build in the
autumn of 令和6年. Families follow the desk a document comes from: 入居申込 with the whole household, incomes and
the disability or care needs behind 優先入居 (``moshikomi``), the 抽選 and its results (``chusen``), 収入申告 and
家賃決定 (``shunyu``), 家賃 滞納, 明渡し請求 and 連帯保証人 (``tainou``), 修繕 requests and 苦情 (``shuzen``),
退去 and 立会い (``taikyo``) and the 見守り of elderly tenants living alone (``mimamori``); each with its public
look-alikes (団地 lists with 所在地 and 戸数, the 募集案内, 家賃算定 aggregates, 指定管理者 and 修繕業者 with
法人番号, 自治会長 in their role, 記入例, masked case studies).

The truth is the default policy's text only: 3 for a My Number, health (disability, care needs, illness) or
arrears about a named private person, or records of more than 100 persons; 2 for a private person's name with
their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect reader reports about private
persons (plus ``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 4646
VARIANT = "redteam46"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, romaji, area code, zip prefix, bank, areas); an area ending in "*" takes 番地 lots,
# the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("山形県", "米沢市", "yonezawa", "0238", "992", "山形銀行",
     ["金池", "城南", "駅前", "春日", "大字笹野*", "大字窪田町窪田*", "大字花沢*", "松が岬"]),
    ("群馬県", "桐生市", "kiryu", "0277", "376", "群馬銀行",
     ["相生町", "巴町", "錦町", "広沢町", "新里町山上*", "黒保根町水沼*", "菱町", "梅田町*"]),
    ("福井県", "越前市", "echizen", "0778", "915", "福井銀行",
     ["府中", "国府", "芝原", "高瀬", "粟田部町*", "大虫町*", "氷坂町*", "塚町*"]),
    ("愛媛県", "西条市", "saijo", "0897", "793", "伊予銀行",
     ["明屋敷", "駅前本町", "旭町", "大町*", "神拝甲*", "朔日市*", "喜多川*", "新田*"]),
    ("鹿児島県", "薩摩川内市", "satsumasendai", "0996", "895", "鹿児島銀行",
     ["平佐", "向田本町", "鳥追町", "御陣町", "天辰町*", "隈之城町*", "大小路町*", "永利町*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("四十物", "あいもの"), ("薬袋", "みない"), ("五百旗頭", "いおきべ"), ("小鳥遊", "たかなし"),
    ("勘解由小路", "かでのこうじ"), ("一尺八寸", "かまつか"), ("百目鬼", "どうめき"), ("左右田", "そうだ"),
    ("纐纈", "こうけつ"), ("廿楽", "つづら"), ("東海林", "しょうじ"), ("我妻", "わがつま"), ("鴨志田", "かもしだ"),
    ("神保", "じんぼ"), ("百瀬", "ももせ"), ("及川", "おいかわ"), ("鈴木", "すずき"), ("高橋", "たかはし"),
    ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"),
    ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("小川", "おがわ"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("上田", "うえだ"), ("青木", "あおき"), ("柴田", "しばた"),
    ("酒井", "さかい"), ("工藤", "くどう"), ("宮下", "みやした"), ("菅原", "すがわら"), ("野村", "のむら"),
    ("千田", "ちだ"), ("丹羽", "にわ"), ("樋口", "ひぐち"), ("水野", "みずの"), ("土屋", "つちや"),
    ("片山", "かたやま"), ("本田", "ほんだ"), ("河野", "こうの"), ("大野", "おおの"), ("桑原", "くわばら"),
    ("五十嵐", "いがらし"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("嘉六", "かろく"), ("伊佐雄", "いさお"), ("丈之助", "じょうのすけ"), ("竜之介", "りゅうのすけ"),
    ("陽翔", "はると"), ("蒼", "あおい"), ("樹", "いつき"), ("博之", "ひろゆき"), ("誠", "まこと"),
    ("健太", "けんた"), ("翔太", "しょうた"), ("哲也", "てつや"), ("勝利", "かつとし"), ("一男", "かずお"),
    ("孝", "たかし"), ("功", "いさお"), ("進", "すすむ"), ("守", "まもる"), ("譲", "ゆずる"), ("喜三郎", "きさぶろう"),
    ("栄作", "えいさく"), ("辰巳", "たつみ"), ("俊介", "しゅんすけ"), ("大和", "やまと"), ("昌平", "しょうへい"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヨ", "きよ"), ("ハル", "はる"), ("フサ", "ふさ"), ("乃愛", "のあ"), ("心春", "こはる"),
    ("結衣", "ゆい"), ("芽依", "めい"), ("恵子", "けいこ"), ("裕子", "ゆうこ"), ("美穂", "みほ"),
    ("直美", "なおみ"), ("聡子", "さとこ"), ("敦子", "あつこ"), ("文子", "ふみこ"), ("君江", "きみえ"),
    ("喜美子", "きみこ"), ("絹代", "きぬよ"), ("朋美", "ともみ"), ("香織", "かおり"), ("麻衣", "まい"),
    ("綾乃", "あやの"), ("翠", "みどり"), ("雛子", "ひなこ"), ("杏奈", "あんな"), ("ミネ", "みね"),
]  # fmt: skip
BUILDINGS = [
    "アパート若草",
    "コーポ緑町",
    "ハイツ松風",
    "メゾンドール",
    "レジデンス東",
    "グランシャリオ",
    "第二鶴荘",
]
COMPANIES: list[tuple[str, str]] = [
    ("株式会社", "みやび住宅サービス"), ("株式会社", "東邦ハウジング管理"), ("有限会社", "丸三設備"),
    ("株式会社", "旭日防水工業"), ("株式会社", "朝霧電気工事"), ("有限会社", "中央畳店"), ("株式会社", "ひかり塗装"),
    ("合同会社", "さくら鍵センター"), ("株式会社", "北辰ビルサービス"), ("有限会社", "若葉内装"),
    ("株式会社", "三和給排水"), ("株式会社", "やまと昇降機保守"), ("株式会社", "新栄クリーン"),
    ("有限会社", "石黒ガラス"), ("株式会社", "ミドリ消毒"), ("有限会社", "双葉建具"), ("株式会社", "はなぶさ電設"),
    ("株式会社", "玉川リフォーム"),
]  # fmt: skip
WATCH_PARTNERS: list[tuple[str, str, str]] = [
    ("株式会社", "日の出配食サービス", "配食"), ("株式会社", "みちのく新聞販売", "新聞配達"),
    ("株式会社", "北陸ガス保安", "ガス検針"), ("生活協同組合", "コープまごころ", "宅配"),
    ("株式会社", "ひまわり乳業販売", "乳製品配達"), ("株式会社", "くらしの電力サービス", "検針"),
    ("社会福祉法人", "ふれあい福祉会", "生活援助員派遣"), ("株式会社", "あおぞら薬局", "訪問服薬"),
    ("一般社団法人", "住まい見守りネット", "安否確認"), ("株式会社", "ヤマセ運輸", "宅配"),
    ("株式会社", "ことぶき郵送サービス", "郵便物"), ("株式会社", "スマイル警備保障", "緊急通報"),
]  # fmt: skip
LAW_FIRMS: list[tuple[str, str]] = [
    ("弁護士法人", "中央総合法律事務所"), ("弁護士法人", "あさひ法律事務所"), ("司法書士法人", "みらい登記事務所"),
    ("株式会社", "ジャパン債権回収"), ("弁護士法人", "城北パートナーズ"), ("司法書士法人", "ひだまり総合事務所"),
]  # fmt: skip
DANCHI_SUFFIX = ["団地", "住宅", "第一団地", "第二団地", "ハイツ", "東団地", "アパート", "南団地", "西住宅"]
STRUCTURES: list[tuple[str, int]] = [
    ("中層耐火5階", 5), ("中層耐火4階", 4), ("高層耐火8階", 8), ("中層耐火3階", 3), ("簡易耐火2階", 2),
    ("木造平屋", 1),
]  # fmt: skip
SAMPLE_NAMES = ["住宅 太郎", "住宅 花子", "市営 一郎", "見本 次郎", "記入 例子"]
MAYORS = ["真壁 昭彦", "東條 紀子", "早乙女 隆", "奥寺 雅之", "瀬戸口 和美"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 21)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
PRIORITY = ["身体障害者手帳1級", "身体障害者手帳2級", "身体障害者手帳3級", "療育手帳A", "療育手帳B1",
            "精神障害者保健福祉手帳2級", "要介護2", "要介護3", "要支援2", "難病(パーキンソン病)", "人工透析",
            "視覚障害2級", "下肢機能障害3級"]  # fmt: skip
WORK = ["会社員", "パート", "無職", "年金", "自営業", "アルバイト", "派遣社員"]


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 令和 6 年 7 月 10 日."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{era} {y} 年 {d.month} 月 {d.day} 日"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目12番 → 3 丁目 12 番."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def area_label(area: str) -> str:
    """The name an area is known by: 大字窪田町窪田* → 窪田町窪田."""
    a = area.rstrip("*")
    return a[2:] if a.startswith("大字") else a


@dataclass
class Danchi:
    """A 市営住宅 estate: its buildings stand at one lot of one area."""

    code: str
    name: str
    area: str
    lot: str
    urban: bool
    structure: str
    floors: int
    blocks: int
    built: int
    units: int

    @property
    def site(self) -> str:
        return self.area + self.lot


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    city: str
    area: str
    lot: str
    phone: str
    zip: str
    pref: str = ""
    room: str = ""  # the 団地 and room of a tenant
    danchi: Danchi | None = None

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        base = (self.pref if with_pref else "") + self.city + self.area + self.lot
        return f"{base} {self.room}" if self.room else base

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    romaji: str
    ac: str
    zip3: str
    bank: str
    areas: list[str]
    danchi: list[Danchi] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    mayor: str = ""

    @property
    def section(self) -> str:
        return f"{self.city} 建設部 住宅課"

    @property
    def domain(self) -> str:
        return f"city.{self.romaji}.lg.jp"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n, 2111 + 13 * n)

    def phone(self, mobile: float = 0.55) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def zipcode(self) -> str:
        return f"{self.zip3}-{self.rng.randint(0, 99):02d}{self.rng.randint(0, 99):02d}"

    def lot(self, area: str, urban: bool = False) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2800)}番地"
            if r.random() < 0.3:
                base += f"{r.randint(1, 9)}"
            elif r.random() < 0.15:
                base = base.translate(FW)
            return base
        a, b, c = r.randint(1, 5), r.randint(1, 26), r.randint(1, 20)
        style = r.randint(0, 1) if urban else r.randint(0, 3)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}丁目{b}番地{c}"
        elif style == 2:
            text = f"{a}-{b}-{c}"
        else:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        if r.random() < 0.25:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 3)}0{r.randint(1, 6)}"
        return text

    def person(self, born: tuple[int, int] = (1936, 2002), sex: str = "", urban: bool = False) -> Person:
        r = self.rng
        want = sex
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = want or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        pool = [a for a in self.areas if not a.endswith("*")] if urban else self.areas
        area = r.choice(pool)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        return Person(sei, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area, urban),
                      self.phone(), self.zipcode(), self.pref)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1936, 2002)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def room(self, d: Danchi) -> str:
        r = self.rng
        b, f, u = r.randint(1, d.blocks), r.randint(1, d.floors), r.randint(1, 8)
        style = r.randint(0, 2)
        if d.floors == 1:
            return f"{d.name}{b}号棟{u}号"
        if style == 0:
            return f"{d.name}{b}号棟{f}0{u}号室"
        if style == 1:
            return f"{d.name} {b}-{f}0{u}"
        return f"{d.name}{chr(ord('A') + b - 1)}棟{f}0{u}号"

    def move_in(self, p: Person, d: Danchi | None = None, urban: bool = False) -> Person:
        """Make ``p`` a tenant of ``d`` (or of a random estate; an urban one for spaced-digit letters)."""
        if d is None:
            d = self.rng.choice([x for x in self.danchi if x.urban] if urban else self.danchi)
        p.area, p.lot, p.danchi = d.area, d.lot, d
        p.room = self.room(d)
        p.zip = f"{self.zip3}-{int(d.code[1:]) * 7 % 100:02d}{int(d.code[1:]) * 13 % 100:02d}"
        return p

    def tenant(self, born: tuple[int, int] = (1936, 2000), urban: bool = False, sex: str = "") -> Person:
        return self.move_in(self.person(born, sex), urban=urban)

    def tenants(self, n: int, born: tuple[int, int] = (1936, 2000)) -> list[Person]:
        return [self.tenant(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.7 else f"{name}{kind}"

    def companies(self, n: int) -> list[str]:
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [f"{k}{c}" if i % 4 else f"{c}{k}" for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]


def make_danchi(rng: random.Random, areas: list[str]) -> list[Danchi]:
    out: list[Danchi] = []
    order = areas[:]
    rng.shuffle(order)
    for i in range(10):
        area = order[i % len(order)]
        urban = not area.endswith("*")
        label = area_label(area)
        suffix = DANCHI_SUFFIX[(i + rng.randint(0, 3)) % len(DANCHI_SUFFIX)]
        if i >= len(order):
            suffix = "第二団地" if suffix != "第二団地" else "北団地"
        if urban:
            lot = f"{rng.randint(1, 5)}丁目{rng.randint(1, 24)}番{rng.randint(1, 12)}号"
            if rng.random() < 0.4:
                lot = lot.replace("番", "番地").replace("号", "")
        else:
            lot = f"{rng.randint(100, 2600)}番地"
        structure, floors = rng.choice(STRUCTURES)
        blocks = rng.randint(1, 6) if floors > 1 else rng.randint(4, 12)
        units = blocks * (floors * rng.choice([6, 8, 10]) if floors > 1 else rng.randint(2, 4))
        out.append(Danchi(f"D{i + 1:02d}", f"{label}{suffix}", area.rstrip("*"), lot, urban, structure, floors,
                          blocks, rng.randint(1968, 2008), units))  # fmt: skip
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


def system_print(
    title: str,
    system: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
    ruled: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (no table), a system
    banner, the print conditions, a dashed or ruled line under the header and ``n / N`` on every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawString(30, h - 22, system)
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 JK{n % 3 + 1:02d}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            for label, x in cols:
                c.drawString(x, y, label)
            if ruled:
                c.setLineWidth(0.6)
                c.line(28, y - 4, w - 28, y - 4)
            else:
                c.drawString(30, y - 10, "-" * 190)
            y -= 20
            for row in chunk:
                for value, (_, x) in zip(row, cols, strict=False):
                    c.drawString(x, y, value)
                y -= 12.5
            if n == len(pages):
                c.drawString(30, y - 8, f"＊＊ 合計 {len(rows)} 件 ＊＊")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export):
    ``>`` right-aligns a line, ``^`` centres it as a heading."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = A4
        pages = [list(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 9)
            if head:
                c.drawRightString(w - 50, h - 40, head)
            c.setFont(font, 10.5)
            y = h - 70
            for line in chunk:
                if line.startswith(">"):
                    c.drawRightString(w - 60, y, line[1:])
                elif line.startswith("^"):
                    c.setFont(font, 14)
                    c.drawCentredString(w / 2, y, line[1:])
                    c.setFont(font, 10.5)
                else:
                    c.drawString(60, y, line)
                y -= 18
            if len(pages) > 1:
                c.setFont(font, 9)
                c.drawCentredString(w / 2, 30, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def sheet(name: str, rows: Sequence[Sequence[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=[list(r) for r in rows], **kw)  # type: ignore[arg-type]


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack copied as ``名前  [13:10]`` then the message, or a relay log ``名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room}のトーク履歴")
        out.append(f"保存日時：{ymd(day)} 17:48")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 電話・窓口 転記）")
        for t, who, msg in lines:
            out += [f"({t})", f"{who} → {msg}"]
    else:
        out.append(f"#{room}")
        out.append("")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    return out


def mail(
    sender: str,
    to: str,
    subject: str,
    sent: str,
    body: list[str],
    quoted: list[tuple[str, str, str, list[str]]],
) -> list[str]:
    """An Outlook message saved as text, with earlier messages quoted below (``> `` per level)."""
    out = [f"差出人: {sender}", f"送信日時: {sent}", f"宛先: {to}", f"件名: {subject}", "", *body, ""]
    depth = 1
    for who, when, subj, lines in quoted:
        q = "> " * depth
        out += [
            f"{q}-----Original Message-----",
            f"{q}From: {who}",
            f"{q}Sent: {when}",
            f"{q}Subject: {subj}",
        ]
        out += [f"{q}{line}" if line else q.rstrip() for line in lines]
        out.append("")
        depth += 1
    return out


def far_right(rows: Sequence[Sequence[Cell]], skip: int) -> list[list[Cell]]:
    """Shift a table ``skip`` columns to the right (data starting in column Z and beyond)."""
    pad: list[Cell] = [None] * skip
    return [pad + list(r) for r in rows]


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{katakana(p.kana)}）"


def _income(r: random.Random, lo: int = 0, hi: int = 3_600_000) -> int:
    return r.randint(lo // 1000, hi // 1000) * 1000


def _rent(r: random.Random) -> int:
    return r.randint(95, 560) * 100


def _notice(ctx: Ctx, p: Person, title: str, body: list[str], day: dt.date, sender: str = "") -> list[str]:
    """A notice to a named resident as a word processor lays it out, with the digits set apart."""
    return [
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        "",
        f">{wareki(day, 'spaced')}",
        f">{sender or ctx.city + '長 ' + ctx.mayor}",
        "",
        f"^{title}",
        "",
        *body,
        "",
        f">担当 {ctx.city}役所 住宅課 市営住宅係",
        f">電話 {ctx.office_phone()}（内線 {ctx.rng.randint(300, 399)}）",
    ]


def household(ctx: Ctx, head: Person, n: int) -> list[tuple[Person, str]]:
    """The head, a spouse of about the same age and children born to them, each with their 続柄."""
    out = [(head, "")]
    y = head.birth.year
    if n >= 1:
        spouse = ctx.person((y - 4, y + 4), sex="女" if head.sex == "男" else "男")
        out.append((spouse, "妻" if spouse.sex == "女" else "夫"))
    sons = daughters = 0
    for k in range(max(0, n - 1)):
        child = ctx.person((min(y + 24 + 3 * k, 2020), min(y + 26 + 3 * k, 2022)))
        if child.sex == "男":
            sons += 1
            rel = ["長男", "次男", "三男"][min(sons, 3) - 1]
        else:
            daughters += 1
            rel = ["長女", "次女", "三女"][min(daughters, 3) - 1]
        out.append((child, rel))
    for m, _ in out[1:]:
        m.sei, m.sei_kana = head.sei, head.sei_kana
        m.area, m.lot, m.room, m.danchi, m.phone = head.area, head.lot, head.room, head.danchi, head.phone
    return out


def _case_no(r: random.Random, prefix: str = "R6-") -> str:
    return f"{prefix}{r.randint(1, 999):04d}"


# --- 入居申込 (世帯全員, 所得, 優先入居) ------------------------------------------------------------------
def moshikomi(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "moshikomi"
    docs: list[Doc] = []
    open_units = r.sample(ctx.danchi, 5)
    # L1: the 募集案内
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title=f"{ctx.city}営住宅 入居者募集のご案内（令和6年度 第3回）",
        paragraphs=[
            "募集期間　令和6年11月1日（金）～11月15日（金）　午前8時30分～午後5時15分（土日祝を除く）",
            "申込資格　(1) 市内に住所又は勤務場所を有する方　(2) 現に住宅に困窮していることが明らかな方",
            "(3) 世帯の所得月額が158,000円以下の方（高齢者・障害者世帯等の裁量階層は214,000円以下）",
            "(4) 申込者及び同居親族が市税等を滞納していない方　(5) 暴力団員でない方",
            "優先入居　次の世帯は抽選で当選確率が2倍になります：高齢者世帯、障害者世帯（身体障害者手帳1～4級、"
            "療育手帳、精神障害者保健福祉手帳1・2級の方がいる世帯）、ひとり親世帯、多子世帯。",
            "必要書類　住民票の写し（世帯全員・続柄記載）、所得証明書（世帯全員）、納税証明書、"
            "該当する方は障害者手帳・介護保険被保険者証の写し。",
            f"お問い合わせ　{ctx.section} 市営住宅係　電話 {ctx.office_phone()}",
        ],
        tables=[[["団地名", "所在地", "構造", "間取り", "募集戸数", "家賃（目安）"]] + [
            [d.name, ctx.city + d.site, d.structure, r.choice(["2DK", "3DK", "2LDK", "1DK"]),
             str(r.randint(1, 4)), f"{yen(_rent(r))}～{yen(_rent(r) + 12000)}円"] for d in open_units]],
        footer=f"{ctx.city} 住宅課",
    )))  # fmt: skip
    # L1: 申込書 記入例 (sample household)
    ex_rows: list[list[Cell]] = [
        ["申込者氏名", SAMPLE_NAMES[0], None, "フリガナ", "ジュウタク タロウ"],
        ["生年月日", "昭和55年4月1日", None, "電話", "0XX-XXX-XXXX"],
        ["現住所", f"{ctx.city}○○町1丁目1番1号", None, None, None],
        ["希望団地", open_units[0].name, None, "優先区分", "ひとり親・多子 等（該当に○）"],
        [],
        ["世帯全員", "続柄", "生年月日", "職業", "所得金額（円）"],
        [SAMPLE_NAMES[0], "本人", "昭和55年4月1日", "会社員", "2,400,000"],
        [SAMPLE_NAMES[1], "妻", "昭和57年5月5日", "パート", "850,000"],
        [SAMPLE_NAMES[2], "長男", "平成22年10月10日", "学生", "0"],
        [],
        ["※ 所得金額は所得証明書の「合計所得金額」を記入してください。（記入例）", None, None, None, None],
    ]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("記入例", ex_rows, title="市営住宅入居申込書（記入例）", header="記入例"),
    ]), note="記入例 with sample names (住宅 太郎 / 住宅 花子) and sample birth dates",
        post=merge_xlsx({"記入例": ["B5:E5", "A13:E13"]})))  # fmt: skip
    # L1: applications by estate and household type (ods)
    kinds = ["一般", "高齢者", "障害者", "ひとり親", "多子"]
    agg: list[list[Cell]] = [["団地名", "募集戸数", *kinds, "計", "倍率"]]
    for d in open_units:
        counts = [r.randint(0, 14) for _ in kinds]
        n = r.randint(1, 4)
        agg.append([d.name, n, *counts, sum(counts), round(sum(counts) / n, 1)])
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[
        sheet("受付状況", agg, title=f"令和6年度第3回 申込受付状況（{ymd(TODAY)} 現在）"),
    ])))  # fmt: skip
    # L1: 優先入居 審査基準 slides with an anonymised case
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="優先入居の審査基準について（住宅審議会資料）",
        paragraphs=[
            "優先入居の対象：高齢者世帯、障害者世帯、ひとり親世帯、多子世帯、DV被害者世帯",
            "障害者世帯：手帳の等級で判定（身体1～4級、療育A・B、精神1・2級）",
            "事例1：Ａさん（70代・単身・車いす使用）→ 1階又はエレベーター付住戸を優先あっせん",
            "事例2：Ｂさん世帯（母と子3人）→ 多子世帯として抽選倍率を優遇",
            "事例3：Ｃさん（60代・要介護2）→ 介護保険証の写しで確認",
            "課題：申込書類の不備（所得証明の漏れ）が全体の2割",
        ],
        notes=["申込者の氏名は 〇〇 〇〇 と伏せて記載しています。個別の事例は公開しないこと。"],
    ), note="masked case studies (Ａさん, 〇〇 〇〇): no identifiable person"))  # fmt: skip
    # L1: 受付処理簿 in cp932, masked names, 12-digit 受付番号 failing the check digit
    rows: list[list[Cell]] = [["受付番号", "受付日", "申込者", "世帯人数", "希望団地", "区分", "書類"]]
    for _ in range(r.randint(18, 24)):
        valid = random_my_number(r)
        day = dt.date(2024, 11, r.randint(1, 15))
        rows.append([fail_check(valid, r.randint(1, 9)), ymd(day), "〇〇 〇〇", r.randint(1, 5),
                     r.choice(open_units).name, r.choice(kinds), r.choice(["完", "完", "不備"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("処理簿", rows)]),
                    note="12-digit 受付番号 all failing the check digit; applicants masked 〇〇 〇〇"))  # fmt: skip
    # L1: 住宅困窮事由 code table (xls)
    codes: list[list[Cell]] = [["コード", "住宅困窮事由", "点数", "備考"]]
    for i, (label, pts) in enumerate([
        ("住宅以外の建物に居住", 30), ("保安上危険な住宅に居住", 25), ("狭小住宅に居住（最低居住面積未満）", 20),
        ("高家賃（収入の3割超）", 15), ("立退き要求（正当な事由）", 20), ("遠距離通勤（片道2時間以上）", 5),
        ("障害者で現住宅が生活に不適", 20), ("高齢で階段の昇降が困難", 15), ("婚姻予定で住宅がない", 10),
    ], start=1):  # fmt: skip
        codes.append([f"K{i:02d}", label, pts, "証明書類の添付要" if pts >= 20 else ""])
    docs.append(
        Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("困窮事由", codes, title="住宅困窮事由 評点表")]))
    )

    # L2: one household's application (xlsx form)
    head = ctx.person((1968, 1992))
    members = household(ctx, head, r.randint(1, 3))
    form: list[list[Cell]] = [
        ["受付番号", _case_no(r), None, "受付日", ymd(dt.date(2024, 11, r.randint(1, 12)))],
        ["申込者氏名", head.name(), None, "フリガナ", katakana(head.kana)],
        ["生年月日", wareki(head.birth), None, "電話", head.phone],
        ["現住所", head.address(), None, None, None],
        ["希望団地", open_units[1].name, None, "困窮事由", "K04 高家賃"],
        [],
        ["世帯全員", "続柄", "生年月日", "職業", "所得金額（円）"],
    ]
    for i, (m, rel) in enumerate(members):
        form.append([m.name(), rel or "本人", wareki(m.birth, "short"),
                     r.choice(WORK) if m.age() >= 19 else "学生", yen(_income(r) if i < 2 else 0)])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "income", "name", "phone"], DocSpec(sheets=[
        sheet("申込書", form, title="市営住宅入居申込書"),
    ]), post=merge_xlsx({"申込書": ["B6:E6"]})))  # fmt: skip
    # L2: Teams thread, a reply gives the applicant's phone
    a = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    day = dt.date(2024, 11, 18)
    lines = [
        (
            "09:12",
            s1,
            f"{a.name()}さん（受付{_case_no(r)}）、所得証明が1人分足りません。連絡お願いできますか",
        ),
        ("09:15", s2, "申込書見ます"),
        ("09:21", s2, f"申込書の電話は {a.phone} です。昼休みなら出られるとメモあり"),
        ("09:22", s1, "ありがとうございます、12時過ぎにかけます"),
    ]
    docs.append(
        Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", day, lines, "市営住宅係")))
    )
    # L2: an applicant's own letter to the section, signed at the end
    b = ctx.person((1950, 1985))
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}役所 住宅課 御中",
        "",
        "市営住宅の申込みについてのお願い",
        f"いつもお世話になっております。11月に{open_units[2].name}の申込みをした者です。",
        "今のアパートは来年3月で取り壊しが決まっており、大家さんから退去を求められています。"
        "抽選の結果がいつ頃わかるのか、落選した場合に次の募集はいつになるのか教えていただけないでしょうか。",
        "平日は仕事で電話に出られないことが多いので、お手紙かショートメールでご連絡いただけると助かります。",
        "",
        f"令和6年11月{r.randint(18, 28)}日",
        f"住所　{b.address()}",
        f"氏名　{b.name()}",
        f"電話　{b.phone}",
    ])))  # fmt: skip
    # L2: 書類不備 notice with its digits set apart
    c = ctx.person(urban=True)
    body = [
        f"令和 6 年 11 月 {r.randint(5, 14)} 日付けで提出のあった市営住宅入居申込書について、",
        "次の書類が不足しています。令和 6 年 11 月 29 日までに住宅課窓口へ提出してください。",
        "　1　所得証明書（同居予定の方全員分）",
        "　2　納税証明書（市県民税）",
        "期限までに提出がない場合は、申込みが無効となりますのでご注意ください。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=["書類不備通知"]),
                    post=letter_pdf(_notice(ctx, c, "市営住宅入居申込書類の不備について", body,
                                            dt.date(2024, 11, 18)))))  # fmt: skip
    # L2: 同居予定者 memo (odt)
    d_ = ctx.person((1985, 1998))
    e = ctx.person((1986, 2000))
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name"], DocSpec(
        title="同居予定者の確認について（メモ）",
        paragraphs=[
            f"申込者 {d_.name()}（{wareki(d_.birth, 'abbr')}生）　現住所 {d_.address()}",
            f"同居予定者 {e.name()}（婚約者、{wareki(e.birth)}生まれ）は現在市外在住。",
            "婚姻予定での申込みのため、入居日までに婚姻届の受理証明書を提出することを説明した。",
            f"対応 {ctx.staff()}",
        ],
    )))  # fmt: skip

    # L3: applicants printed from the housing system (more than 100)
    n = r.randint(112, 128)
    apps = ctx.people(n, (1938, 2000))
    prow = [[f"{r.randint(10000, 99999):06d}", p.name(), katakana(p.kana), wareki(p.birth, "short"),
             p.address()[:30], p.phone, str(r.randint(1, 6)), r.choice(open_units).name,
             r.choice(["一般", "高齢", "ひとり親", "多子", "一般"])] for p in apps]  # fmt: skip
    cols = [("受付ID", 30), ("氏名", 80), ("カナ氏名", 150), ("生年月日", 245), ("現住所", 300), ("電話番号", 480),
            ("人数", 560), ("希望団地", 595), ("区分", 700)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(paragraphs=["申込者一覧"]),
                    post=system_print("市営住宅入居申込者一覧表（第3回募集）", "市営住宅管理システム JK-HOUSING v4.2",
                                      cols, prow, 30, "抽出条件：募集回=R6-3　並び順：受付ID", ruled=True)))  # fmt: skip
    # L3: a disabled applicant's 優先入居 form, the disability in a text box
    f_ = ctx.person((1950, 1975))
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "health", "name", "phone"], DocSpec(
        title="市営住宅 優先入居申込書（障害者世帯）",
        paragraphs=[
            f"申込者　{_pp(f_)}",
            f"生年月日　{wareki(f_.birth)}",
            f"現住所　{f_.address()}",
            f"連絡先　{f_.phone}",
            "希望する住戸　1階又はエレベーター設置棟",
            "添付書類　手帳の写し、所得証明書",
        ],
        textboxes=[f"身体障害者手帳 {r.choice(['1', '2'])}級（両下肢機能障害）。車いす使用のため段差のない住戸を希望。"],
    )))  # fmt: skip
    # L3: LINE WORKS thread, the reply gives a child's disability
    g = ctx.person((1975, 1990))
    s3, s4 = ctx.staff(), ctx.staff()
    lines = [
        ("13:02", s3, f"{g.name()}さんの優先入居の申込み、手帳の写し確認お願いします"),
        ("13:10", s4, "確認しました。次男さんが療育手帳B1、自閉スペクトラム症の診断書も付いてます"),
        ("13:11", s3, "障害者世帯で受付ですね"),
        ("13:12", s4, "はい、区分コード3で入力しておきます"),
    ]
    docs.append(Doc(fam, "txt", 3, ["health", "name"],
                    DocSpec(paragraphs=chat("lineworks", dt.date(2024, 11, 8), lines, "住宅課 申込審査")),
                    note="the child is known only through the named parent; his 療育手帳 and autism count as health"))  # fmt: skip
    # L3: the 本人確認 record with a My Number in the page header
    h_ = ctx.person((1945, 1990))
    mn = random_my_number(r)
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "my_number", "name"], DocSpec(
        title="入居申込 本人確認記録",
        paragraphs=[
            f"申込者　{h_.name()}",
            f"生年月日　{wareki(h_.birth)}",
            f"住所　{h_.address()}",
            "確認書類　カード（顔写真付き）",
            f"確認日　{ymd(dt.date(2024, 11, 6))}　確認者　{ctx.staff()}",
        ],
        header=f"番号 {grouped(mn)}",
    ), note="the My Number is only in the Word page header, labelled 番号"))  # fmt: skip
    # L3: 審査台帳 with the 優先 reasons on a hidden sheet joined by ID
    judged = ctx.people(r.randint(20, 26), (1940, 1995))
    ids = [f"S{r.randint(1000, 9999)}" for _ in judged]
    vis: list[list[Cell]] = [["受付ID", "姓", "名", "セイ", "メイ", "生年月日", "現住所", "電話", "区分"]]
    hid: list[list[Cell]] = [["受付ID", "所見"]]
    for pid, p in zip(ids, judged, strict=True):
        vis.append([pid, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth, p.address(), p.phone,
                    "優先"])  # fmt: skip
        hid.append([pid, r.choice(PRIORITY)])
    docs.append(Doc(fam, "xlsx", 3, ["address", "birth_date", "health", "name", "phone"], DocSpec(sheets=[
        sheet("審査", vis, title="優先入居 審査台帳"),
        sheet("審査メモ", hid, state="hidden"),
    ]), note="the disabilities and care levels are on a hidden sheet joined to the names by 受付ID"))  # fmt: skip
    return docs


# --- 抽選 ------------------------------------------------------------------------------------------------
def chusen(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "chusen"
    docs: list[Doc] = []
    # L1: estates and buildings printed over several pages
    rows: list[list[str]] = []
    for d in ctx.danchi:
        for b in range(1, d.blocks + 1):
            units = d.units // d.blocks
            occ = r.randint(units // 2, units)
            rows.append([d.code, d.name, f"{b}号棟", ctx.city + d.site, d.structure, f"{d.built}年度", str(units),
                         str(occ), str(units - occ)])  # fmt: skip
    while len(rows) < 34:
        d = r.choice(ctx.danchi)
        rows.append([d.code, d.name, "集会所", ctx.city + d.site, "平屋", f"{d.built}年度", "0", "0", "0"])
    cols = [("団地CD", 30), ("団地名", 80), ("棟", 180), ("所在地", 225), ("構造", 420), ("建設", 500),
            ("管理戸数", 560), ("入居", 620), ("空家", 670)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(paragraphs=["団地一覧"]),
                    post=system_print("市営住宅 団地別・棟別 管理戸数一覧", "市営住宅管理システム JK-HOUSING v4.2",
                                      cols, rows, 14, "基準日：令和6年10月1日", ruled=True),
                    note="a several-page system print of estates and buildings (所在地, 戸数): no person"))  # fmt: skip
    # L1: the public draw notice, naming a 自治会長 as witness in role
    d0 = r.choice(ctx.danchi)
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="市営住宅入居者 公開抽選会の開催について",
        paragraphs=[
            "令和6年度第3回募集の公開抽選会を次のとおり開催します。申込者の方はどなたでも見学できます。",
            "日時　令和6年12月3日（火）午前10時から",
            f"会場　{ctx.city}市民会館 第1会議室",
            f"立会人　{d0.name}自治会 会長 {ctx.staff()} 氏、{ctx.city}住宅審議会 委員",
            "抽選は受付番号で行い、結果は12月5日に市ホームページと住宅課窓口で掲示します。",
            f"問合せ　{ctx.section}　{ctx.office_phone()}",
        ],
    ), note="the 自治会長 is named only in his role as witness"))  # fmt: skip
    # L1: published results by 受付番号 only
    res: list[list[Cell]] = [["団地名", "募集戸数", "申込数", "倍率", "当選 受付番号", "補欠（順位順）"]]
    for d in r.sample(ctx.danchi, 5):
        k = r.randint(1, 3)
        m = r.randint(k + 2, k * 12)
        win = ", ".join(f"3-{r.randint(1, 180):03d}" for _ in range(k))
        sub = ", ".join(f"3-{r.randint(1, 180):03d}" for _ in range(3))
        res.append([d.name, k, m, f"{m / k:.1f}", win, sub])
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和6年度 第3回 市営住宅入居者 抽選結果",
        paragraphs=["当選者・補欠者の受付番号を掲載しています。氏名は掲載しません。",
                    "当選者には12月6日付けで通知書を発送します。"],
        tables=[[[str(v) for v in row] for row in res]],
    )))  # fmt: skip
    # L1: 倍率 history with merges and a hidden source sheet
    years = ["R2", "R3", "R4", "R5", "R6"]
    hist: list[list[Cell]] = [
        [None, "申込数", None, None, None, None, "倍率", None, None, None, None],
        ["団地名", *[f"{y} 申込" for y in years], *[f"{y} 倍率" for y in years]],
    ]
    raw: list[list[Cell]] = [["団地CD", "年度", "募集", "申込"]]
    for d in ctx.danchi[:8]:
        apps = [r.randint(0, 40) for _ in years]
        hist.append([d.name, *apps, *[round(a / r.randint(1, 5), 1) for a in apps]])
        raw += [[d.code, y, r.randint(1, 5), a] for y, a in zip(years, apps, strict=True)]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("倍率推移", hist, title="団地別 申込倍率の推移", first_row=3),
        sheet("集計元", raw, state="hidden"),
    ]), post=merge_xlsx({"倍率推移": ["B3:F3", "G3:K3"]})))  # fmt: skip
    # L1: Teams among staff preparing the draw
    s = [ctx.staff() for _ in range(3)]
    lines = [
        ("10:02", s[0], "抽選会の会場、第1会議室で押さえました。机は12台"),
        ("10:05", s[1], "抽選機は総務課から借ります。予備の玉も確認済み"),
        ("10:09", s[2], "立会人の自治会長さんへの依頼文、今日発送します"),
        ("10:11", s[0], "掲示用の結果表は受付番号のみで作成してください"),
        ("10:12", s[1], "了解です"),
    ]
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("teams", dt.date(2024, 11, 25), lines, "抽選会準備")),
                    note="no resident: staff preparing the draw"))  # fmt: skip
    # L1: the published roster of witnesses and 自治会長 (odt)
    roster = [["団地", "役職", "氏名", "連絡先（集会所）"]]
    for d in ctx.danchi[:7]:
        roster.append([d.name, "自治会長", ctx.staff(), ctx.tel()])
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="市営住宅 自治会長名簿（令和6年度・公表用）",
        paragraphs=["各団地の自治会長です。共益費・集会所の利用は各自治会長へお問い合わせください。"],
        tables=[roster],
    ), note="自治会長 in a published roster with the 集会所 phones"))  # fmt: skip

    # L2: 当選通知 with its digits set apart
    w = ctx.person(urban=True)
    dw = r.choice(ctx.danchi)
    body = [
        f"令和 6 年 12 月 3 日に行った公開抽選の結果、あなたは {dw.name} の入居予定者に当選しました。",
        "つきましては、資格審査のため次の書類を令和 6 年 12 月 20 日までに提出してください。",
        "　・住民票の写し（世帯全員）　・所得証明書　・連帯保証人の引受書",
        "資格審査の結果、入居資格がないと認められた場合は当選を取り消します。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=["当選通知"]),
                    post=letter_pdf(_notice(ctx, w, "市営住宅入居予定者 当選通知書", body,
                                            dt.date(2024, 12, 6)))))  # fmt: skip
    # L2: Slack copy, the reply gives the winner's phones
    x = ctx.person()
    s5, s6 = ctx.staff(), ctx.staff()
    lines = [
        ("15:40", s5, f"{x.name()}さん（{dw.name} 当選）に電話がつながりません。番号合ってますか"),
        ("15:44", s6, f"申込書だと携帯 {x.phone}、自宅 {ctx.tel()} です"),
        ("15:45", s5, "自宅の方にかけてみます"),
    ]
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", dt.date(2024, 12, 9), lines,
                                                                             "jutaku-chusen"))))  # fmt: skip
    # L2: 補欠 list starting in column Z on row 8, 姓 and 名 split
    subs = ctx.people(r.randint(18, 26), (1945, 1998))
    table: list[list[Cell]] = [["順位", "受付番号", "姓", "名", "セイ", "メイ", "電話", "現住所", "希望団地"]]
    for i, p in enumerate(subs, start=1):
        table.append([i, f"3-{r.randint(1, 180):03d}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana),
                      p.phone, p.address(), r.choice(ctx.danchi).name])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("補欠", far_right(table, 25), first_row=8, title="補欠登録者名簿（有効期限 令和7年11月30日）"),
    ])))  # fmt: skip
    # L2: a winner's own 辞退届 to the mayor, signed at the end
    y = ctx.person()
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}長 様",
        "",
        "市営住宅入居辞退届",
        f"先日の抽選で{r.choice(ctx.danchi).name}に当選の通知をいただきましたが、",
        "勤務先の転勤が決まり市外へ転居することになったため、入居を辞退いたします。",
        "せっかく当選させていただいたのに申し訳ありません。",
        "",
        f"令和6年12月{r.randint(10, 20)}日",
        f"住所　{y.address()}",
        f"氏名　{y.name()}　（受付番号 3-{r.randint(1, 180):03d}）",
        f"電話　{y.phone}",
    ])))  # fmt: skip

    # L3: the internal result list of every applicant (more than 100), dashed
    n = r.randint(115, 130)
    entrants = ctx.people(n, (1938, 2000))
    prow = [[f"3-{i:03d}", p.name(), katakana(p.kana), wareki(p.birth, "slash"), p.address()[:30], p.phone,
             r.choice(ctx.danchi).name, r.choice(["落選", "落選", "落選", "補欠", "当選"])]
            for i, p in enumerate(entrants, start=1)]  # fmt: skip
    cols = [("受付番号", 30), ("氏名", 85), ("カナ", 155), ("生年月日", 250), ("現住所", 310), ("電話", 490),
            ("希望団地", 575), ("結果", 690)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(paragraphs=["抽選結果"]),
                    post=system_print("公開抽選結果 一覧（内部用）", "市営住宅管理システム JK-HOUSING v4.2", cols,
                                      prow, 32, "募集回：R6-3　出力区分：全申込者")))  # fmt: skip
    # L3: the winners' 資格審査 with My Numbers on a hidden sheet headed only 番号
    wins = ctx.people(r.randint(9, 14), (1945, 1998))
    vis: list[list[Cell]] = [["受付番号", "氏名", "生年月日", "現住所", "審査結果"]]
    hid: list[list[Cell]] = [["受付番号", "氏名", "番号"]]
    for p in wins:
        no = f"3-{r.randint(1, 180):03d}"
        vis.append([no, p.name(), wareki(p.birth), p.address(), r.choice(["適", "適", "保留"])])
        hid.append([no, p.name(), random_my_number(r)])
    docs.append(Doc(fam, "xlsx", 3, ["address", "birth_date", "my_number", "name"], DocSpec(sheets=[
        sheet("番号", hid, state="hidden"),
        sheet("資格審査", vis, title="当選者 資格審査表"),
    ]), note="the My Numbers are only on a hidden sheet whose column is headed 番号"))  # fmt: skip
    # L3: 福祉枠 eligibility memo, the diagnosis comes paragraphs after the name
    z = ctx.person((1960, 1990))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="福祉枠当選者の資格確認について（復命）",
        paragraphs=[
            f"1　対象者　{z.name()}（受付番号 3-{r.randint(1, 180):03d}）　現住所 {z.address()}",
            "2　確認日時　令和6年12月11日 午後2時　住宅課窓口",
            "3　確認事項　同居親族の有無、現住居の状況、緊急連絡先",
            "4　確認結果　単身での入居を希望。現住居は家主の都合で退去予定。",
            "5　特記事項　申込時に提出された手帳の写しは精神障害者保健福祉手帳2級。"
            "統合失調症で月2回通院しており、服薬で安定しているとのこと。主治医の意見書も提出済み。",
            "6　判定　福祉枠の要件を満たす。",
        ],
    ), note="the 手帳 and 統合失調症 come paragraphs after the name"))  # fmt: skip
    # L3: winners checked against the resident register, cp932 (more than 100)
    n2 = r.randint(104, 118)
    reg: list[list[Cell]] = [["受付番号", "氏名", "カナ", "生年月日", "性別", "住所", "照会結果"]]
    for i, p in enumerate(ctx.people(n2, (1938, 2000)), start=1):
        reg.append([f"3-{i:03d}", p.name(), katakana(p.kana), ymd(p.birth), p.sex, p.address(),
                    r.choice(["一致", "一致", "一致", "住所相違"])])  # fmt: skip
    docs.append(
        Doc(fam, "csv-cp932", 3, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("照会", reg)]))
    )
    return docs


# --- 収入申告・家賃決定 ---------------------------------------------------------------------------------
def shunyu(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "shunyu"
    docs: list[Doc] = []
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="令和7年度 市営住宅 収入申告のお願い",
        paragraphs=[
            "公営住宅法第16条により、入居者の皆様には毎年収入を申告していただき、翌年度の家賃を決定します。",
            "提出期限　令和6年7月31日（水）",
            "提出書類　収入申告書（世帯全員分の所得を記入）、所得証明書又は源泉徴収票の写し",
            "申告がない場合は、近傍同種の住宅の家賃（最高額）が適用されます。",
            "家賃は、家賃算定基礎額 × 市町村立地係数 × 規模係数 × 経過年数係数 × 利便性係数 で算定します。",
            f"お問い合わせ　{ctx.section}　電話 {ctx.office_phone(1)}",
        ],
    )))  # fmt: skip
    base = [(1, "0～104,000", 34400), (2, "104,001～123,000", 39700), (3, "123,001～139,000", 45400),
            (4, "139,001～158,000", 51200), (5, "158,001～186,000", 58500), (6, "186,001～214,000", 67500),
            (7, "214,001～259,000", 79000), (8, "259,001～", 91100)]  # fmt: skip
    tab: list[list[Cell]] = [["収入分位", "政令月収（円）", "家賃算定基礎額（円）"]]
    tab += [[a, b, c] for a, b, c in base]
    coef: list[list[Cell]] = [["係数", "値"], ["市町村立地係数", 0.70], ["規模係数（65㎡）", 1.0],
                              ["経過年数係数（木造）", 0.85], ["利便性係数", 0.9]]  # fmt: skip
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("算定基礎額", tab), sheet("係数", coef)])))
    # L1: households by estate and income class, merges and a hidden sheet
    agg: list[list[Cell]] = [
        [None, "収入分位別世帯数", *[None] * 7, None, "認定", None],
        ["団地名", *[f"{i}分位" for i in range(1, 9)], "計", "収入超過", "高額所得"],
    ]
    for d in ctx.danchi:
        cnt = [r.randint(0, 30) for _ in range(8)]
        agg.append([d.name, *cnt, sum(cnt), r.randint(0, 6), r.randint(0, 2)])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("分位別", agg, title="令和7年度 家賃算定 団地別・収入分位別世帯数", first_row=3),
        sheet("算定メモ", [["項目", "値"], ["申告率", "96.2%"], ["未申告", r.randint(20, 40)]], state="hidden"),
    ]), post=merge_xlsx({"分位別": ["B3:I3", "K3:L3"]})))  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和7年度 市営住宅家賃決定通知書（見本）",
        paragraphs=[
            f"{SAMPLE_NAMES[2]} 様（見本）",
            "あなたの令和7年度の家賃を次のとおり決定しましたので通知します。",
            "団地・住戸　○○団地 1号棟101号室（見本）",
            "収入分位　1　　政令月収　0円　　家賃　月額 23,400円",
        ],
        footer="見本（記入例）",
    ), note="a sample notice with the sample name 市営 一郎"))  # fmt: skip
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="収入未申告世帯への対応（課内研修）",
        paragraphs=[
            "未申告世帯：令和6年度 38世帯（うち高齢単身 21）",
            "対応1：文書催告 → 訪問 → 近傍同種家賃の適用",
            "事例：Ｂさん（80代・単身）は書類の意味が分からず未提出 → 見守り員と同行訪問で提出",
            "事例：〇〇 〇〇 さん世帯は職権で所得を調査（公営住宅法第34条）",
        ],
        notes=["個別の氏名は伏せています（Ｂさん、〇〇 〇〇）。"],
    ), note="masked case studies (Ｂさん, 〇〇 〇〇)"))  # fmt: skip
    kanri = ctx.companies(1)[0]
    s7, s8 = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=mail(
        f"{s7}（{kanri} {ctx.city}市営住宅管理センター）", f"jutaku@{ctx.domain}",
        "RE: 収入申告書の発送スケジュール", "2024年6月3日 10:14",
        [f"{ctx.city} 住宅課 {s8.split()[0]} 様", "", "発送は6月14日、督促は8月上旬で進めます。",
         "宛名ラベルはシステムから出力したものを使います。", "", s7],
        [(f"{s8} <jutaku@{ctx.domain}>", "2024年5月31日 16:40", "収入申告書の発送スケジュール",
          ["指定管理者 ご担当者様", "", "今年度の収入申告書の発送日程をご連絡ください。", "", s8])],
    )), note="no resident: the section and its 指定管理者 discuss a mailing"))  # fmt: skip

    # L2: one household's 収入申告書
    t = ctx.tenant((1950, 1985))
    fam_members = household(ctx, t, r.randint(1, 3))
    frm: list[list[Cell]] = [
        ["管理番号", f"{t.danchi.code if t.danchi else 'D00'}-{r.randint(100, 999)}", None, "提出日",
         ymd(dt.date(2024, 7, r.randint(1, 30)))],
        ["世帯主", t.name(), None, "住戸", t.room],
        ["住所", t.address(), None, None, None],
        [],
        ["氏名", "続柄", "生年月日", "所得の種類", "所得金額"],
    ]  # fmt: skip
    for i, (m, rel) in enumerate(fam_members):
        frm.append([m.name(), rel or "世帯主", wareki(m.birth), r.choice(["給与", "年金"]) if i < 2 else "なし",
                    _income(r) if i < 2 else 0])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "income", "name"], DocSpec(sheets=[
        sheet("申告書", frm, title="令和7年度 収入申告書", number_formats={4: "#,##0"}),
    ]), post=merge_xlsx({"申告書": ["B5:E5"]})))  # fmt: skip
    # L2: mail, the quoted message gives the tenant's income and phone
    u = ctx.tenant()
    s9 = ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["address", "income", "name", "phone"], DocSpec(paragraphs=mail(
        f"{s9} <jutaku@{ctx.domain}>", f"form-reply@{ctx.domain}", "RE: 【問い合わせフォーム】家賃の再計算について",
        "2024年9月12日 11:03",
        [f"{u.name()} 様", "", "お問い合わせありがとうございます。", "収入の減少が確認できる書類（離職票又は給与明細3か月分）をご提出いただければ、",
         "家賃の再算定を行います。", "", f"{ctx.city} 住宅課 {s9}"],
        [("問い合わせフォーム <form@" + ctx.domain + ">", "2024年9月10日 21:37", "【問い合わせフォーム】家賃の再計算について",
          [f"氏名：{u.name()}", f"住所：{u.address()}", f"電話：{u.phone}",
           "内容：8月に勤め先が変わり、手取りが月17万円から12万円になりました。家賃を下げてもらえますか。"])],
    ))))  # fmt: skip
    # L2: 家賃決定通知書 with its digits set apart
    v = ctx.tenant(urban=True)
    inc = _income(r, 0, 2_400_000)
    body = [
        "令和 7 年度の家賃を次のとおり決定したので、公営住宅法施行令に基づき通知します。",
        f"　住戸　{spaced_digits(v.room)}",
        f"　認定所得（年額）　{yen(inc)} 円　収入分位　{r.randint(1, 4)}",
        f"　家賃（月額）　{yen(_rent(r))} 円（令和 7 年 4 月分から）",
        "この決定に不服がある場合は、通知を受けた日の翌日から 3 か月以内に審査請求をすることができます。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "income", "name"], DocSpec(paragraphs=["家賃決定通知"]),
                    post=letter_pdf(_notice(ctx, v, "市営住宅家賃決定通知書", body, dt.date(2024, 12, 2)))))  # fmt: skip
    # L2: 減免申請 after losing a job (odt)
    w = ctx.tenant()
    docs.append(Doc(fam, "odt", 2, ["address", "income", "name", "phone"], DocSpec(
        title="市営住宅家賃減免申請書",
        paragraphs=[
            f"{ctx.city}長 様",
            f"申請者　{w.name()}　住所　{w.address()}　電話　{w.phone}",
            "申請理由　勤務先の倒産により令和6年8月末で離職しました。現在は雇用保険を受給中です。",
            f"世帯の収入　離職前 月額 {yen(_income(r, 180_000, 260_000))} 円 → 現在 月額 {yen(_income(r, 90_000, 140_000))} 円",
            "添付書類　離職票の写し、雇用保険受給資格者証の写し",
        ],
    )))  # fmt: skip
    # L2: 収入超過者 認定 list (ods)
    over = ctx.tenants(r.randint(12, 18), (1950, 1985))
    lst: list[list[Cell]] = [["管理番号", "氏名", "住戸", "認定月額（円）", "区分", "通知日"]]
    for p in over:
        lst.append([f"{r.randint(1000, 9999)}", p.name(), p.room, _income(r, 160_000, 320_000),
                    r.choice(["収入超過", "収入超過", "高額所得"]), ymd(dt.date(2024, 12, 2))])  # fmt: skip
    docs.append(Doc(fam, "ods", 2, ["address", "income", "name"], DocSpec(sheets=[
        sheet("認定", lst, title="令和7年度 収入超過者・高額所得者 認定一覧")]),
        note="the 団地 and room number of a tenant is their home address"))  # fmt: skip

    # L3: 家賃決定 list in cp932 (more than 100)
    n = r.randint(108, 124)
    lst2: list[list[Cell]] = [
        ["管理番号", "氏名", "カナ", "生年月日", "団地", "住戸", "収入分位", "認定月額", "家賃"]
    ]
    for p in ctx.tenants(n):
        dn = p.danchi
        lst2.append([f"{dn.code if dn else ''}-{r.randint(100, 999)}", p.name(), katakana(p.kana), wareki(p.birth, "short"),
                     dn.name if dn else "", p.room, r.randint(1, 8), _income(r, 0, 300_000), _rent(r)])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 3, ["address", "birth_date", "income", "name"], DocSpec(sheets=[
        sheet("家賃決定", lst2)])))  # fmt: skip
    # L3: Teams, the reply tells of a stroke behind a 減免 request
    a = ctx.tenant()
    s10, s11 = ctx.staff(), ctx.staff()
    lines = [
        ("14:05", s10, f"{a.name()}さん（{a.room}）から家賃減免の申請が来ています"),
        (
            "14:12",
            s11,
            "奥さんが窓口に来ました。ご本人は6月に脳梗塞で倒れて入院、右半身まひで手帳を申請中だそうです",
        ),
        ("14:13", s11, "収入は傷病手当金のみ、月10万円ほど"),
        ("14:15", s10, "診断書の写しをもらって減免審査にかけましょう"),
    ]
    docs.append(Doc(fam, "txt", 3, ["address", "health", "income", "name"],
                    DocSpec(paragraphs=chat("teams", dt.date(2024, 9, 4), lines, "家賃減免"))))  # fmt: skip
    # L3: a 収入申告 受付 record with a My Number in the footer
    b = ctx.tenant()
    mn = random_my_number(r)
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], DocSpec(
        title="収入申告 受付記録（職権調査同意あり）",
        paragraphs=[
            f"申告者　{b.name()}　住戸　{b.address()}",
            f"申告所得　給与 {yen(_income(r, 800_000, 2_800_000))} 円",
            "同意書　職権調査に同意（署名あり）",
            f"受付　{ymd(dt.date(2024, 7, 22))}　{ctx.staff()}",
        ],
        footer=f"{b.sei}さんの番号 {grouped(mn, '-')}",
    ), note="the My Number is only in the Word footer as 「○○さんの番号」"))  # fmt: skip
    # L3: income 台帳 printed with a ruled line (more than 100)
    n2 = r.randint(110, 126)
    prow = []
    for p in ctx.tenants(n2):
        prow.append([f"{r.randint(100000, 999999)}", p.name(), wareki(p.birth, "short"), p.room[:24], p.phone,
                     str(r.randint(1, 5)), yen(_income(r, 0, 300_000)), str(r.randint(1, 8))])  # fmt: skip
    cols = [("管理ID", 30), ("世帯主氏名", 85), ("生年月日", 170), ("団地・住戸", 230), ("電話", 420),
            ("人数", 500), ("認定月額", 540), ("分位", 620)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "income", "name", "phone"], DocSpec(paragraphs=["台帳"]),
                    post=system_print("収入認定台帳（令和7年度）", "市営住宅管理システム JK-HOUSING v4.2", cols, prow,
                                      30, "抽出条件：全団地　認定年度=R7", ruled=True),
                    note="団地・住戸 is each tenant's home address"))  # fmt: skip
    return docs


# --- 家賃滞納・明渡し・連帯保証人 ----------------------------------------------------------------------------
def tainou(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "tainou"
    docs: list[Doc] = []
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="市営住宅使用料 滞納整理方針（令和6年度）",
        paragraphs=[
            "1　基本方針　滞納の初期段階での接触を徹底し、長期・高額化を防止する。",
            "2　督促・催告　納期限後20日以内に督促状を発送。滞納2か月で電話・訪問、3か月で連帯保証人へ通知する。",
            "3　分納　生活状況を聴取の上、分納誓約により計画的に納付させる。生活困窮の場合は福祉部門につなぐ。",
            "4　明渡し請求　滞納6か月以上かつ誠意ある対応がない者については、明渡し請求及び訴えの提起を検討する。",
            "5　連帯保証人　保証人の資力・所在を定期的に確認する。令和2年民法改正後の契約は極度額を定める。",
        ],
    ), note="a policy paper on arrears in general: no person"))  # fmt: skip
    yrs = ["R1", "R2", "R3", "R4", "R5"]
    agg: list[list[Cell]] = [[None, "収納（千円）", None, None, "滞納世帯", None, "法的措置", None],
                             ["年度", "調定額（千円）", "収入額（千円）", "滞納繰越（千円）", "滞納世帯", "うち6月以上",
                              "明渡し請求", "訴訟"]]  # fmt: skip
    for y in yrs:
        agg.append([y, r.randint(380000, 420000) // 1000, r.randint(360000, 400000) // 1000, r.randint(8000, 22000),
                    r.randint(60, 140), r.randint(8, 30), r.randint(0, 6), r.randint(0, 3)])  # fmt: skip
    raw: list[list[Cell]] = [["年度", "現年", "過年"]]
    raw += [[y, r.randint(95, 99), r.randint(10, 25)] for y in yrs]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("推移", agg, title="市営住宅使用料 収納状況の推移", first_row=3),
        sheet("元データ", raw, state="hidden"),
    ]), post=merge_xlsx({"推移": ["B3:D3", "E3:F3", "G3:H3"]})))  # fmt: skip
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="連帯保証人制度の見直しについて",
        paragraphs=[
            "現状：保証人が見つからず申込みを断念する世帯が増加（高齢単身・外国人）",
            "改正民法（令和2年4月）により極度額の定めが必要",
            "事例：Ｃさん（保証人死亡後、後任未定のまま滞納が拡大）",
            "事例：〇〇 〇〇 さん（保証人が高齢で資力なし）",
            "案：保証人を不要とし、緊急連絡先の届出に改める",
        ],
    ), note="masked cases (Ｃさん, 〇〇 〇〇): no identifiable person"))  # fmt: skip
    firms: list[list[Cell]] = [["委託先", "法人番号", "代表者", "所在地", "電話", "委託内容"]]
    for kind, nm in r.sample(LAW_FIRMS, 5):
        firms.append([f"{kind}{nm}", random_corporate_number(r), f"代表社員 {ctx.staff()}", ctx.biz_address(), ctx.tel(),
                      r.choice(["訴訟代理", "退去者債権回収", "法律相談", "明渡し強制執行"])])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("委託先", firms)]),
                    note="law firms and a servicer with 法人番号; 代表 named in role"))  # fmt: skip
    d = r.choice(ctx.danchi)
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title=f"議案第{r.randint(60, 90)}号　市営住宅の明渡し等請求に関する訴えの提起について",
        paragraphs=[
            "次のとおり訴えを提起することについて、地方自治法第96条第1項第12号の規定により議会の議決を求める。",
            f"1　相手方　市営{d.name}入居者（〇〇 〇〇）",
            "2　請求の趣旨　住宅の明渡し及び滞納家賃等の支払い",
            "3　事件の概要　相手方は長期にわたり家賃を滞納し、再三の催告に応じないため。",
            f"令和6年11月{r.randint(20, 28)}日提出　{ctx.city}長 {ctx.mayor}",
        ],
    ), note="the defendant is masked 〇〇 〇〇 in the council bill: arrears of no identifiable person"))  # fmt: skip

    # L2: 連帯保証人 変更届
    t = ctx.tenant()
    g = ctx.person((1950, 1990))
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(
        title="連帯保証人変更届",
        paragraphs=[
            f"{ctx.city}長 様",
            "連帯保証人を次のとおり変更したいので届け出ます。",
            f"入居者　{t.name()}　住戸　{t.address()}　電話　{t.phone}",
            f"新しい連帯保証人　{g.name()}（続柄：{r.choice(['弟', '妹', '長男', '叔父'])}）",
            f"住所　{g.address()}　電話　{g.phone}",
            f"勤務先　{ctx.company()}",
            "変更の理由　前保証人が高齢となり、本人から辞退の申出があったため。",
        ],
    )))  # fmt: skip
    # L2: 連帯保証人 引受書 (xls)
    h_ = ctx.person((1955, 1990))
    frm: list[list[Cell]] = [
        ["保証人氏名", h_.name(), "フリガナ", katakana(h_.kana)],
        ["生年月日", wareki(h_.birth), "電話", h_.phone],
        ["住所", h_.address(), None, None],
        ["勤務先", ctx.company(), "年収（円）", yen(_income(r, 2_000_000, 6_000_000))],
        ["入居者", ctx.tenant().name(), "極度額", "家賃の12か月分"],
    ]
    docs.append(Doc(fam, "xls", 2, ["address", "birth_date", "income", "name", "phone"], DocSpec(sheets=[
        sheet("引受書", frm, title="連帯保証人引受書")])))  # fmt: skip
    # L2: LINE WORKS, the reply gives the new guarantor's address and phone
    k = ctx.tenant()
    gk = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    lines = [
        ("11:20", s1, f"{k.name()}さんから保証人を変えたいと電話ありました"),
        ("11:24", s2, f"新しい方は{gk.name()}さん、住所は{gk.address()}、電話 {gk.phone} とのこと"),
        ("11:25", s1, "変更届を郵送します"),
    ]
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"],
                    DocSpec(paragraphs=chat("lineworks", dt.date(2024, 10, 2), lines, "住宅課 管理係"))))  # fmt: skip
    # L2: a guarantor's address check, digits set apart
    m = ctx.person(urban=True)
    body = [
        "あなたは市営住宅入居者の連帯保証人として登録されています。",
        "登録内容を確認するため、同封の確認書に現在の住所・電話番号を記入し、",
        "令和 6 年 12 月 13 日までに返送してください。",
        "登録内容に変更がない場合も返送をお願いします。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=["保証人確認"]),
                    post=letter_pdf(_notice(ctx, m, "連帯保証人の登録内容の確認について", body,
                                            dt.date(2024, 11, 22)))))  # fmt: skip

    # L3: 滞納者 list from column AA, 姓 and 名 split
    debtors = ctx.tenants(r.randint(20, 30))
    tb: list[list[Cell]] = [
        ["管理番号", "姓", "名", "セイ", "メイ", "住戸", "滞納月数", "滞納額", "連帯保証人", "最終接触"]
    ]
    for p in debtors:
        months = r.randint(2, 14)
        tb.append([f"{r.randint(1000, 9999)}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.room,
                   months, months * _rent(r), ctx.person().name(), ymd(dt.date(2024, r.randint(6, 10), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["address", "arrears", "name"], DocSpec(sheets=[
        sheet("滞納者", far_right(tb, 26), first_row=6, title="家賃滞納者一覧（令和6年10月末）",
              number_formats={33: "#,##0"}),
    ]), note="住戸 (団地 and room) is each tenant's home address; guarantors are named beside the arrears"))  # fmt: skip
    # L3: 明渡し請求 with its digits set apart
    q = ctx.tenant(urban=True)
    months = r.randint(6, 12)
    owed = months * _rent(r)
    body = [
        f"あなたは、令和 {r.randint(4, 5)} 年 {r.randint(1, 12)} 月分から {months} か月分の家賃合計 {yen(owed)} 円を滞納しています。",
        "これまで督促状及び催告書により納付を求めてきましたが、いまだに納付がありません。",
        "つきましては、公営住宅法第 32 条第 1 項及び条例第 40 条の規定により、",
        "令和 7 年 1 月 31 日までに住宅を明け渡すよう請求します。",
        "期限までに滞納額の全額を納付した場合又は分納誓約をした場合はご相談に応じます。",
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "arrears", "name"], DocSpec(paragraphs=["明渡し請求"]),
                    post=letter_pdf(_notice(ctx, q, "市営住宅明渡し請求書", body, dt.date(2024, 12, 10)))))  # fmt: skip
    # L3: Teams in cp932, the reply gives the months unpaid
    x = ctx.tenant()
    gx = ctx.person()
    s3, s4 = ctx.staff(), ctx.staff()
    lines = [
        ("09:30", s3, f"{x.name()}さん（{x.room}）、今月も入金ありません"),
        ("09:34", s4, "これで3か月未納です。保証人の" + gx.name() + "さんに督促状を出します"),
        ("09:35", s3, "本人への電話は私からもう一度します"),
    ]
    docs.append(Doc(fam, "txt-cp932", 3, ["address", "arrears", "name"],
                    DocSpec(paragraphs=chat("teams", dt.date(2024, 10, 28), lines, "収納担当"))))  # fmt: skip
    # L3: relay log of calls with a guarantor
    yt = ctx.tenant()
    gy = ctx.person()
    s5 = ctx.staff()
    lines = [
        ("10:05", f"住宅課 {s5.split()[0]}", f"{gy.name()}さん（{yt.name()}さんの保証人）へ電話、不在"),
        ("13:40", f"住宅課 {s5.split()[0]}", f"{gy.name()}さんから折り返し。{yt.name()}さんの滞納 {yen(r.randint(15, 40) * 10000)} 円について説明"),
        ("13:52", f"保証人 {gy.sei}", "本人と話して分納で払わせる。今月中に一緒に窓口へ行く"),
    ]  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["arrears", "name"],
                    DocSpec(paragraphs=chat("arrow", dt.date(2024, 11, 5), lines, "連帯保証人対応"))))  # fmt: skip
    # L3: the tenant's own signed 分納誓約書
    z = ctx.tenant()
    total = r.randint(18, 60) * 10000
    docs.append(Doc(fam, "docx", 3, ["address", "arrears", "name", "phone"], DocSpec(
        title="市営住宅使用料 分納誓約書",
        paragraphs=[
            f"{ctx.city}長 様",
            f"私は、市営住宅使用料の滞納額 {yen(total)} 円（令和5年4月分～令和6年9月分）について、",
            f"令和6年11月から毎月末日までに {yen(r.randint(1, 3) * 10000)} 円と当月分の家賃を納付することを誓約します。",
            "分納を履行しない場合は、一括納付の請求及び明渡し請求を受けても異議ありません。",
            "",
            f"令和6年10月{r.randint(1, 28)}日",
            f"住所　{z.address()}",
            f"氏名　{z.name()}　（印）",
            f"電話　{z.phone}",
        ],
    )))  # fmt: skip
    return docs


# --- 修繕・苦情 ----------------------------------------------------------------------------------------
def shuzen(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "shuzen"
    docs: list[Doc] = []
    reg: list[list[Cell]] = [["業者名", "法人番号", "代表者", "所在地", "電話", "登録工種"]]
    for c in ctx.companies(14):
        reg.append([c, random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.biz_address(), ctx.tel(),
                    r.choice(["給排水", "電気", "防水", "内装", "建具", "塗装", "昇降機", "消毒"])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("登録業者", reg, title="市営住宅 修繕登録業者名簿（令和6年度）")]),
        note="companies with 法人番号 and their 代表取締役 in role"))  # fmt: skip
    share = [["箇所", "内容", "入居者負担", "市負担"],
             ["畳", "表替え・裏返し", "○", ""], ["ふすま・障子", "張替え", "○", ""], ["給水管", "漏水（共用部）", "", "○"],
             ["換気扇", "故障（経年）", "", "○"], ["電球・蛍光灯", "交換", "○", ""], ["排水管", "詰まり（使用上）", "○", ""],
             ["外壁・屋上", "雨漏り", "", "○"], ["鍵", "紛失による交換", "○", ""]]  # fmt: skip
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="市営住宅の修繕費用の負担区分",
        paragraphs=["入居者の故意・過失による破損や、軽微な修繕は入居者の負担となります（条例第21条）。",
                    f"修繕の依頼は管理センター（{ctx.tel()}、平日9時～17時）へ。"],
        tables=[share],
    )))  # fmt: skip
    kinds = ["給排水", "電気", "建具", "内装", "外部", "その他"]
    agg: list[list[Cell]] = [["団地名", *kinds, "計"]]
    for d in ctx.danchi:
        cnt = [r.randint(0, 25) for _ in kinds]
        agg.append([d.name, *cnt, sum(cnt)])
    docs.append(
        Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("件数", agg, title="修繕受付件数（令和6年4月～9月）")]))
    )
    co = ctx.company()
    s = [
        ctx.staff(),
        ctx.staff(),
        f"{co.replace('株式会社', '').replace('有限会社', '')} {ctx.staff().split()[0]}",
    ]
    d1 = r.choice(ctx.danchi)
    lines = [
        ("08:47", s[0], f"{d1.name} 2号棟の共用給水管から漏水の通報、業者さん向かえますか"),
        ("08:55", s[2], "10時には着けます。止水栓の位置だけ教えてください"),
        ("08:58", s[1], "受水槽横のポンプ室です。鍵は管理事務所"),
        ("11:30", s[2], "仮補修完了。本修理は来週、断水のお知らせを各戸に入れます"),
    ]
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("teams", dt.date(2024, 9, 17), lines, "修繕連絡")),
                    note="no resident: staff and the contractor's staff about a shared pipe"))  # fmt: skip
    # L1: meter replacement plan: 水栓番号 and お客様番号 all failing the check digit
    rows: list[list[Cell]] = [["団地", "棟", "号室", "水栓番号", "お客様番号", "交換予定日"]]
    for _ in range(r.randint(16, 22)):
        dd = r.choice(ctx.danchi)
        rows.append([dd.name, f"{r.randint(1, dd.blocks)}号棟", f"{r.randint(1, dd.floors)}0{r.randint(1, 8)}",
                     fail_check(random_my_number(r), r.randint(1, 9)), fail_check(random_my_number(r), r.randint(1, 9)),
                     ymd(dt.date(2024, 11, r.randint(1, 29)))])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("メーター交換", rows)]),
                    note="12-digit 水栓番号 and お客様番号 all failing the check digit; rooms only, no names"))  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="修繕依頼書（記入例）",
        paragraphs=[f"依頼者　{SAMPLE_NAMES[3]}（記入例）", "住戸　○○団地 1号棟 101号室",
                    "連絡先　0XX-XXXX-XXXX", "内容　台所の排水が流れにくい（記入例）",
                    "立会い希望　平日午後"],
        footer="記入例",
    ), note="記入例 with the sample name 見本 次郎"))  # fmt: skip

    # L2: one tenant's 修繕依頼書 (xlsx)
    t = ctx.tenant()
    frm: list[list[Cell]] = [
        ["受付番号", f"S6-{r.randint(1, 999):04d}", "受付日", ymd(dt.date(2024, 9, r.randint(1, 28)))],
        ["依頼者", t.name(), "電話", t.phone],
        ["住戸", t.address(), None, None],
        ["内容", "北側和室の天井から雨漏り。バケツで受けている。", None, None],
        ["立会い", "平日 16時以降", None, None],
    ]
    docs.append(Doc(fam, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("依頼書", frm, title="修繕依頼書")]), post=merge_xlsx({"依頼書": ["B5:D5", "B6:D6"]})))  # fmt: skip
    # L2: LINE WORKS, the reply gives the tenant's phone
    u = ctx.tenant()
    s1, s2 = ctx.staff(), ctx.staff()
    lines = [
        ("16:02", s1, f"{u.name()}さん（{u.room}）から浴室換気扇の異音の連絡"),
        ("16:07", s2, f"折り返し先は {u.phone}、平日18時以降がいいそうです"),
        ("16:08", s1, "業者に伝えます"),
    ]
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"],
                    DocSpec(paragraphs=chat("lineworks", dt.date(2024, 9, 24), lines, "修繕受付"))))  # fmt: skip
    # L2: call-centre relay to a contractor
    v = ctx.tenant()
    lines = [
        ("09:10", "管理センター 受付", f"{v.room} {v.name()}様 トイレの詰まり、水があふれそう"),
        ("09:11", "管理センター 受付", f"連絡先 {v.phone}　在宅中"),
        ("09:40", "三和給排水 担当", "了解、10時半に訪問します"),
    ]
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"],
                    DocSpec(paragraphs=chat("arrow", dt.date(2024, 10, 3), lines, "緊急修繕"))))  # fmt: skip
    # L2: a tenant's own complaint letter, signed at the end
    w = ctx.tenant()
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}役所 住宅課 御中",
        "",
        "上の階の騒音について",
        "半年ほど前から、真上の部屋で夜中の1時から2時ごろまで床をたたくような音が続いています。",
        "管理センターに2回電話しましたが改善されません。直接言いに行くのは怖いので、市から注意していただけないでしょうか。",
        "",
        f"令和6年10月{r.randint(1, 20)}日",
        f"{w.address()}",
        f"{w.name()}",
        f"電話 {w.phone}",
    ])))  # fmt: skip
    # L2: the contractor's completion report (odt)
    x = ctx.tenant()
    docs.append(Doc(fam, "odt", 2, ["address", "name", "phone"], DocSpec(
        title="修繕完了報告書",
        paragraphs=[
            f"{ctx.city} 住宅課 御中",
            f"報告者　{ctx.company()}　現場担当 {ctx.staff()}",
            f"住戸　{x.address()}",
            f"入居者　{x.name()} 様（立会い連絡先 {x.phone}）",
            "内容　台所混合水栓の交換（パッキン劣化）。完了確認済み。",
        ],
    )))  # fmt: skip

    # L3: the repair book of more than 100 tenants, from column AB
    n = r.randint(106, 122)
    book: list[list[Cell]] = [
        ["受付番号", "受付日", "姓", "名", "セイ", "メイ", "団地", "住戸", "電話", "内容", "業者"]
    ]
    contents = [
        "水漏れ",
        "換気扇",
        "網戸",
        "鍵",
        "給湯器",
        "畳",
        "排水詰まり",
        "雨漏り",
        "照明",
        "インターホン",
    ]
    for i, p in enumerate(ctx.tenants(n), start=1):
        book.append([f"S6-{i:04d}", dt.date(2024, r.randint(4, 9), r.randint(1, 28)), p.sei, p.mei,
                     katakana(p.sei_kana), katakana(p.mei_kana), p.danchi.name if p.danchi else "", p.room, p.phone,
                     r.choice(contents), ctx.company()])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("受付台帳", far_right(book, 27), first_row=5, title="修繕受付台帳（令和6年度上半期）"),
    ])))  # fmt: skip
    # L3: Slack copy, the reply tells of a tenant's illness behind a noise complaint
    y = ctx.tenant()
    s3, s4 = ctx.staff(), ctx.staff()
    lines = [
        ("14:20", s3, f"{y.room}の{y.name()}さんへの騒音苦情、今月3件目です"),
        (
            "14:31",
            s4,
            "ご家族に聞いたら、統合失調症で通院が途切れて服薬もしていないそうです。保健師さんにつなぎます",
        ),
        ("14:33", s3, "お願いします。苦情の方には対応中とだけ伝えます"),
    ]
    docs.append(Doc(fam, "txt", 3, ["address", "health", "name"],
                    DocSpec(paragraphs=chat("slack", dt.date(2024, 10, 15), lines, "jutaku-kujo"))))  # fmt: skip
    # L3: a complaint record in prose, the neighbour's dementia comes late
    comp = ctx.tenant()
    nb = ctx.tenant()
    nb.area, nb.lot, nb.danchi = comp.area, comp.lot, comp.danchi
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name", "phone"], DocSpec(
        title="苦情対応記録",
        paragraphs=[
            f"受付　令和6年9月{r.randint(2, 27)}日　電話　申出人 {comp.name()}（{comp.room}、{comp.phone}）",
            "内容　隣室から焦げ臭いにおいがすることが何度かあり、火事にならないか心配とのこと。",
            "対応　同日、管理センター職員と現地確認。においは確認できず。",
            "翌日、隣室を訪問し、ガスの使用状況を確認した。コンロは安全装置付き。",
            "その後、地域包括支援センターと情報共有。",
            f"経過　隣室の{nb.name()}さんはアルツハイマー型認知症と診断されており（要介護1）、"
            "鍋を火にかけたまま忘れることがあるとのこと。ケアマネジャーと相談し、IH調理器への交換を検討する。",
        ],
    ), note="the neighbour's dementia comes last, in the record of another tenant's complaint"))  # fmt: skip
    # L3: a repair request whose dialysis schedule is in a text box
    z = ctx.tenant()
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name", "phone"], DocSpec(
        title="修繕依頼（立会い日程調整）",
        paragraphs=[
            f"依頼者　{z.name()}",
            f"住戸　{z.address()}",
            f"電話　{z.phone}",
            "内容　玄関ドアの閉まりが悪い。ドアクローザーの交換希望。",
        ],
        textboxes=["立会い注意：人工透析（月・水・金 午前）のため、立会いは火・木の午後のみ可"],
    )))  # fmt: skip
    return docs


# --- 退去・立会い --------------------------------------------------------------------------------------
def taikyo(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "taikyo"
    docs: list[Doc] = []
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="市営住宅を退去される方へ",
        paragraphs=[
            "退去する日の14日前までに「市営住宅返還届」を住宅課へ提出してください。",
            "退去の際は、職員又は管理センター職員が立会い、住戸の状況を確認します（立会い検査）。",
            "畳の表替え、ふすまの張替えは入居者の負担です。敷金は未納家賃・修繕費を差し引いて返還します。",
            "電気・ガス・水道の停止手続きはご自身で行ってください。",
            f"問合せ　{ctx.section}　{ctx.office_phone(2)}",
        ],
    )))  # fmt: skip
    price: list[list[Cell]] = [["項目", "単位", "単価（円）", "備考"],
                               ["畳表替え", "枚", 5800, "入居者負担"], ["ふすま張替え", "枚", 3200, "両面"],
                               ["障子張替え", "枚", 2500, ""], ["クロス張替え", "㎡", 1100, "故意・過失のみ"],
                               ["ハウスクリーニング", "戸", 28000, "2DK"], ["鍵交換", "個", 16500, "紛失時"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("単価", price, title="原状回復 負担単価表（令和6年度）")]),
        )
    )
    months = [f"{m}月" for m in (4, 5, 6, 7, 8, 9)]
    agg: list[list[Cell]] = [
        [None, "退去", *[None] * 5, "空家修繕", *[None] * 5],
        ["団地名", *[f"{m} 退去" for m in months], *[f"{m} 空家修繕" for m in months]],
    ]
    for d in ctx.danchi:
        agg.append([d.name, *[r.randint(0, 3) for _ in months], *[r.randint(0, 3) for _ in months]])
    cost: list[list[Cell]] = [["団地", "平均工事費"]]
    cost += [[d.name, r.randint(30, 90) * 10000] for d in ctx.danchi]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("退去状況", agg, title="退去・空家修繕の状況（令和6年度上半期）", first_row=3),
        sheet("工事費", cost, state="hidden"),
    ]), post=merge_xlsx({"退去状況": ["B3:G3", "H3:M3"]})))  # fmt: skip
    con: list[list[Cell]] = [["業者名", "法人番号", "所在地", "電話", "工種", "契約日"]]
    for c in ctx.companies(10):
        con.append([c, random_corporate_number(r), ctx.biz_address(), ctx.tel(), r.choice(["内装", "清掃", "建具", "設備"]),
                    ymd(dt.date(2024, 4, 1))])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("請負業者", con, title="空家修繕 単価契約業者")]),
                    note="contractors with 法人番号; 契約日 are not birth dates"))  # fmt: skip
    s = [ctx.staff(), ctx.staff()]
    dd = r.choice(ctx.danchi)
    lines = [
        ("08:31", s[0], f"今日の立会い、{dd.name} 3号棟205号室が10時、1号棟101号室が14時です"),
        ("08:33", s[1], "205は鍵の返却もありますね、受領書持っていきます"),
        ("16:20", s[1], "2件とも終わりました。101は畳6枚、ふすま4枚"),
        ("16:22", s[0], "お疲れさまです。精算書は明日作ります"),
    ]
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("lineworks", dt.date(2024, 10, 9), lines, "退去立会い")),
                    note="no resident: rooms only"))  # fmt: skip
    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="退去立会い検査の進め方（新任職員研修）",
        paragraphs=[
            "チェックシートの記入例（別紙）に沿って、部屋ごとに確認",
            "写真は全景・損傷箇所を撮影し、台帳に添付",
            "事例：Ｄさん宅（単身・入居20年）→ 経年劣化は市負担、タバコのヤニは入居者負担",
            "事例：〇〇 〇〇 様 → 残置物がある場合は撤去を依頼",
        ],
        notes=["チェックシート記入例：入居者氏名欄には 記入 例子 と記載。"],
    ), note="training slides with masked Ｄさん and the sample name 記入 例子"))  # fmt: skip

    # L2: 返還届 (odt)
    t = ctx.tenant()
    nxt = ctx.person()
    docs.append(Doc(fam, "odt", 2, ["address", "name", "phone"], DocSpec(
        title="市営住宅返還届",
        paragraphs=[
            f"{ctx.city}長 様",
            f"届出者　{t.name()}",
            f"住戸　{t.address()}",
            f"退去予定日　令和6年11月{r.randint(20, 30)}日",
            f"転居先　{nxt.address()}",
            f"連絡先　{t.phone}",
            "退去の理由　子との同居のため",
        ],
    )))  # fmt: skip
    # L2: mail, the quoted message gives the new address and phone
    u = ctx.tenant()
    un = ctx.person()
    s3 = ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=mail(
        f"{s3} <jutaku@{ctx.domain}>", f"form-reply@{ctx.domain}", "RE: 【問い合わせフォーム】退去の立会いについて",
        "2024年10月30日 9:12",
        [f"{u.name()} 様", "", "立会いは11月15日（金）10時で承りました。当日は鍵3本をご用意ください。", "",
         f"{ctx.city} 住宅課 {s3}"],
        [(f"問い合わせフォーム <form@{ctx.domain}>", "2024年10月29日 20:05", "【問い合わせフォーム】退去の立会いについて",
          [f"氏名：{u.name()}（{u.room}）", f"転居先：{un.address()}", f"電話：{u.phone}",
           "内容：11月中旬に退去します。立会いの日を決めたいです。"])],
    ))))  # fmt: skip
    # L2: 敷金精算 notice to the new address, digits set apart
    v = ctx.person(urban=True)
    dep = r.randint(3, 9) * 10000
    body = [
        f"令和 6 年 {r.randint(8, 9)} 月に退去された市営住宅の敷金を次のとおり精算しましたので通知します。",
        f"　敷金　{yen(dep)} 円",
        f"　原状回復費（畳表替え 6 枚）　{yen(34800)} 円",
        f"　返還額　{yen(dep - 34800 if dep > 34800 else 0)} 円",
        "返還額は、届出のあった口座へ令和 6 年 11 月 29 日に振り込みます。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=["敷金精算"]),
                    post=letter_pdf(_notice(ctx, v, "市営住宅敷金精算通知書", body, dt.date(2024, 11, 8)))))  # fmt: skip
    # L2: 敷金返還 口座 申出 (xlsx)
    w = ctx.person()
    frm: list[list[Cell]] = [
        ["申出者", w.name(), "フリガナ", katakana(w.kana)],
        ["転居先住所", w.address(), None, None],
        ["電話", w.phone, None, None],
        ["振込先", f"{ctx.bank} {r.choice(['本店', '駅前支店', '中央支店'])}", "口座番号", f"普通 {r.randint(1000000, 9999999)}"],
        ["旧住戸", ctx.room(r.choice(ctx.danchi)), None, None],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("申出書", frm, title="敷金返還口座申出書")]), post=merge_xlsx({"申出書": ["B4:D4", "B5:D5"]}),
        note="a bank account with the address and phone: level 2 when nothing else is sensitive"))  # fmt: skip

    # L3: the movers-out list with their new addresses (more than 100), dashed
    n = r.randint(110, 124)
    prow = []
    for p in ctx.tenants(n):
        dest = ctx.person()
        ctx.used.discard(dest.sei + dest.mei)
        prow.append([f"{r.randint(100000, 999999)}", p.name(), katakana(p.kana), p.room[:22], dest.address()[:28], p.phone,
                     ymd(dt.date(r.choice([2023, 2024]), r.randint(1, 12), r.randint(1, 28))),
                     r.choice(["転居", "住宅購入", "親族同居", "転勤"])])  # fmt: skip
    cols = [("管理ID", 30), ("氏名", 85), ("カナ", 150), ("旧住戸", 240), ("転居先住所", 400), ("電話", 570),
            ("退去日", 650), ("理由", 710)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "name", "phone"], DocSpec(paragraphs=["退去者一覧"]),
                    post=system_print("退去者一覧表（令和5～6年度）", "市営住宅管理システム JK-HOUSING v4.2", cols, prow, 30,
                                      "抽出条件：退去日 2023/04/01～")))  # fmt: skip
    # L3: 立会い record in prose, the unpaid rent comes later
    x = ctx.tenant()
    docs.append(Doc(fam, "docx", 3, ["address", "arrears", "name"], DocSpec(
        title="退去立会い記録",
        paragraphs=[
            f"立会日　令和6年10月{r.randint(1, 28)}日　住戸　{x.address()}",
            f"退去者　{x.name()}",
            "室内　和室畳6枚の表替え、ふすま4枚の張替えが必要。台所換気扇の油汚れ著しい。",
            "鍵　3本返却（受領書交付）。残置物なし。",
            "その他　電気・ガスの停止は手続き済みとのこと。",
            "精算　敷金から原状回復費を差し引いても、未納家賃4か月分が残る。"
            f"退去後も督促を継続し、連帯保証人にも通知する（未納額 {yen(r.randint(8, 20) * 10000)} 円）。",
        ],
    ), note="the unpaid rent of the named leaver comes in the last paragraph"))  # fmt: skip
    # L3: a lone tenant's death: cause of death and the heir's phone
    y = ctx.tenant((1935, 1955))
    heir = ctx.person((1960, 1985), sex="女")
    docs.append(Doc(fam, "pdf", 3, ["address", "health", "name", "phone"], DocSpec(
        title="単身入居者死亡に伴う住戸返還の記録",
        paragraphs=[
            f"入居者　故 {y.name()}（{y.room}）",
            f"経緯　令和6年9月{r.randint(1, 20)}日、新聞がたまっているとの通報で管理センター職員が訪問、警察立会いで入室。",
            "死因は急性心筋梗塞（警察の説明による）。死後3日程度と推定。",
            f"相続人　長女 {heir.name()}（{heir.address()}、電話 {heir.phone}）",
            "今後　相続人と残置物の撤去、住戸返還の日程を調整する。",
        ],
    ), note="the cause of death of the named tenant counts as health"))  # fmt: skip
    # L3: a deposit refund memo whose My Number is only in a text box
    z = ctx.tenant()
    mn = random_my_number(r)
    docs.append(Doc(fam, "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="敷金還付 処理メモ",
        paragraphs=[
            f"退去者　{z.name()}",
            f"旧住戸　{z.address()}",
            "還付理由　原状回復費を差し引いた残額の返還",
            f"処理日　{ymd(dt.date(2024, 11, 12))}　担当 {ctx.staff()}",
        ],
        textboxes=[f"番号確認済 {grouped(mn, '-')}"],
    ), note="the My Number is only in a text box, labelled 番号確認済"))  # fmt: skip
    return docs


# --- 高齢単身者 見守り ------------------------------------------------------------------------------------
def mimamori(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "mimamori"
    docs: list[Doc] = []
    part: list[list[Cell]] = [
        ["事業者名", "法人番号", "代表者", "所在地", "電話", "見守りの方法", "協定締結日"]
    ]
    for kind, nm, how in r.sample(WATCH_PARTNERS, 10):
        part.append([f"{kind}{nm}", random_corporate_number(r), f"代表 {ctx.staff()}", ctx.biz_address(), ctx.tel(), how,
                     ymd(dt.date(r.randint(2018, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("協定事業者", part)]),
                    note="partners with 法人番号 and their 代表 in role; 協定締結日 are not birth dates"))  # fmt: skip
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="市営住宅 高齢単身世帯 見守り訪問の手順",
        paragraphs=[
            "1　対象　65歳以上の単身世帯で、見守りを希望した方（登録制）",
            "2　頻度　生活援助員（LSA）が月1回訪問。新聞・郵便物がたまっている等の通報時は随時。",
            "3　異変時　応答がない場合は緊急連絡先に連絡し、必要に応じて警察・消防の立会いで入室する。",
            "4　記録　訪問記録は住宅課と地域包括支援センターで共有する（本人同意の範囲内）。",
        ],
    )))  # fmt: skip
    agg: list[list[Cell]] = [
        [None, None, "年齢区分", None, None, None, None],
        ["団地名", "管理戸数", "65-74歳", "75-84歳", "85歳以上", "単身計", "見守り登録"],
    ]
    for d in ctx.danchi:
        a, b, c = r.randint(2, 20), r.randint(2, 18), r.randint(0, 9)
        agg.append([d.name, d.units, a, b, c, a + b + c, r.randint(0, a + b + c)])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("単身高齢", agg, title="団地別 高齢単身世帯数（令和6年4月1日）", first_row=3),
        sheet("抽出条件", [["条件", "値"], ["基準日", "2024/04/01"], ["年齢", "65歳以上"]], state="hidden"),
    ]), post=merge_xlsx({"単身高齢": ["C3:F3"]})))  # fmt: skip
    lsa = [["団地", "担当", "所属", "連絡先"]]
    for d in ctx.danchi[:6]:
        lsa.append([d.name, f"生活援助員 {ctx.staff()}", "社会福祉法人ふれあい福祉会", ctx.tel()])
    clinics = [["協力医療機関", "院長", "所在地", "電話"]]
    for nm in ["みなみ内科クリニック", "さくら在宅診療所", "ひだまり整形外科"]:
        clinics.append([nm, f"院長 {ctx.staff()}", ctx.biz_address(), ctx.tel()])
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="見守り体制（生活援助員配置・協力医療機関）",
        paragraphs=["生活援助員と協力医療機関の一覧です。集会所の電話は日中のみ。"],
        tables=[lsa, clinics],
    ), note="生活援助員 and 院長 named in their role with their office phones"))  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="見守り事例集（令和5年度・関係機関研修用）",
        paragraphs=[
            "事例1　Ｅさん（80代女性・単身）：新聞受けに3日分の新聞。LSAが訪問し、室内で転倒しているのを発見。",
            "事例2　Ｆさん（70代男性）：家賃の支払いが遅れ始めたことから、生活の変化に気づいた。",
            "事例3　〇〇 〇〇 さん：配食事業者からの通報で安否を確認。",
            "いずれも個人が特定されないよう、年代・性別のみ記載しています。",
        ],
    ), note="anonymised case studies (Ｅさん, 〇〇 〇〇)"))  # fmt: skip
    s = [ctx.staff(), ctx.staff()]
    lines = [
        ("10:00", f"住宅課 {s[0].split()[0]}", "安否確認訓練を開始します。各団地のLSAさんは集会所に集合"),
        ("10:12", f"LSA {s[1].split()[0]}", "集会所に到着、参加者8名"),
        ("10:40", f"住宅課 {s[0].split()[0]}", "訓練終了。振り返りは来週の連絡会で"),
    ]
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("arrow", dt.date(2024, 9, 1), lines, "安否確認訓練")),
                    note="no resident: a drill among staff and LSA"))  # fmt: skip

    # L2: a resident's own registration with the emergency contact
    t = ctx.tenant((1934, 1955))
    son = ctx.person((1958, 1985), sex="男")
    son.sei, son.sei_kana = t.sei, t.sei_kana
    docs.append(Doc(fam, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="見守り訪問 登録申込書",
        paragraphs=[
            f"{ctx.city}長 様",
            "市営住宅の見守り訪問を希望しますので、申し込みます。",
            f"氏名　{t.name()}　（{wareki(t.birth)}生）",
            f"住所　{t.address()}",
            f"電話　{t.phone}",
            f"緊急連絡先　長男 {son.name()}　電話 {son.phone}",
            "訪問の際に、緊急連絡先へ連絡することに同意します。",
        ],
    )))  # fmt: skip
    # L2: Teams, the reply gives the resident's phone
    u = ctx.tenant((1934, 1955))
    s1, s2 = ctx.staff(), ctx.staff()
    lines = [
        ("11:05", s1, f"{u.name()}さん（{u.room}）の新聞受けに3日分たまっていると配達店から連絡"),
        ("11:09", s2, f"登録の電話 {u.phone} にかけたら出ました。娘さんの家に泊まっていたそうです"),
        ("11:10", s1, "よかった。記録だけ残します"),
    ]
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"],
                    DocSpec(paragraphs=chat("teams", dt.date(2024, 10, 11), lines, "見守り"))))  # fmt: skip
    # L2: the visit list with the emergency contacts on a hidden sheet
    olds = ctx.tenants(r.randint(18, 24), (1930, 1958))
    vis: list[list[Cell]] = [["No", "氏名", "ふりがな", "生年月日", "住戸", "訪問曜日"]]
    hid: list[list[Cell]] = [["No", "緊急連絡先", "続柄", "電話"]]
    for i, p in enumerate(olds, start=1):
        vis.append([i, p.name(), p.kana, p.birth, p.room, r.choice("月火水木金")])
        rel = ctx.person((1955, 1990))
        ctx.used.discard(rel.sei + rel.mei)
        kin = r.choice(["長男", "次男", "甥", "弟"] if rel.sex == "男" else ["長女", "次女", "姪", "妹"])
        hid.append([i, rel.name(), kin, rel.phone])
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("訪問対象", vis, title="見守り訪問 対象者一覧（令和6年10月）"),
        sheet("緊急連絡先", hid, state="hidden"),
    ]), note="住戸 (団地 and room) is each tenant's home address; the relatives' phones are on a hidden sheet"))  # fmt: skip
    # L2: the visit notice, digits set apart
    v = ctx.tenant((1934, 1955), urban=True)
    body = [
        "市営住宅にお住まいの 65 歳以上の単身の方を対象に、生活援助員が訪問しています。",
        f"令和 6 年 11 月 {r.randint(5, 28)} 日（午前）にお伺いします。ご都合が悪い場合はご連絡ください。",
        "訪問時は市の身分証を提示します。不審な訪問にはご注意ください。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=["訪問のお知らせ"]),
                    post=letter_pdf(_notice(ctx, v, "見守り訪問のお知らせ", body, dt.date(2024, 10, 25)))))  # fmt: skip

    # L3: the roll of elderly single tenants (more than 100), ruled
    n = r.randint(108, 126)
    prow = [[f"{r.randint(100000, 999999)}", p.name(), katakana(p.kana), wareki(p.birth, "short"), f"{p.age()}歳",
             p.room[:24], p.phone, r.choice(["登録", "登録", "未登録"])] for p in ctx.tenants(n, (1930, 1959))]  # fmt: skip
    cols = [("管理ID", 30), ("氏名", 85), ("カナ", 150), ("生年月日", 245), ("年齢", 300), ("住戸", 340),
            ("電話", 520), ("見守り", 610)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(paragraphs=["名簿"]),
                    post=system_print("高齢単身世帯名簿（65歳以上）", "市営住宅管理システム JK-HOUSING v4.2", cols, prow,
                                      30, "抽出条件：世帯人数=1 かつ 年齢>=65", ruled=True)))  # fmt: skip
    # L3: LINE WORKS in cp932, the reply gives a stroke and dementia
    w = ctx.tenant((1934, 1952))
    s3, s4 = ctx.staff(), ctx.staff()
    lines = [
        ("07:58", s3, f"{w.name()}さん、昨夜救急搬送されたと自治会長さんから連絡"),
        (
            "08:15",
            s4,
            "病院に確認しました。軽い脳梗塞で入院。以前から認知症の診断があるので退院後の生活が心配です",
        ),
        ("08:16", s3, "包括支援センターに連絡します"),
    ]
    docs.append(Doc(fam, "txt-cp932", 3, ["health", "name"],
                    DocSpec(paragraphs=chat("lineworks", dt.date(2024, 10, 17), lines, "見守りチーム"))))  # fmt: skip
    # L3: a visit record in prose, the diabetes comes late
    x = ctx.tenant((1934, 1952))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="見守り訪問記録",
        paragraphs=[
            f"訪問日　令和6年10月{r.randint(1, 28)}日　訪問者　生活援助員 {ctx.staff()}",
            f"対象者　{x.name()}　住戸　{x.address()}",
            "室内の様子　整理されている。冷蔵庫に配食の弁当が残っていた。",
            "会話　天気の話、孫の話。表情は明るい。",
            "郵便物　市からの通知が未開封のまま3通。一緒に開封した。",
            "気づき　糖尿病でインスリン自己注射をしているが、打ち忘れが増えているとのこと。"
            "訪問看護の利用について、ケアマネジャーに相談する。",
        ],
    ), note="the diabetes and insulin come in the last paragraph"))  # fmt: skip
    # L3: relay log of a welfare check, a reply gives the hospital admission
    y = ctx.tenant((1934, 1952))
    lines = [
        ("09:20", "配食 ひので", f"{y.room} {y.name()}様、応答なし。昨日の弁当も残っている"),
        ("09:35", f"住宅課 {ctx.staff().split()[0]}", "緊急連絡先の姪御さんに連絡中"),
        (
            "10:02",
            f"住宅課 {ctx.staff().split()[0]}",
            f"{y.name()}さんは一昨日から肺炎で市民病院に入院中とのこと。配食は停止",
        ),
    ]
    docs.append(Doc(fam, "txt", 3, ["address", "health", "name"],
                    DocSpec(paragraphs=chat("arrow", dt.date(2024, 11, 1), lines, "安否確認"))))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [moshikomi, chusen, shunyu, tainou, shuzen, taikyo, mimamori]


def build(rng: random.Random) -> list[Doc]:
    pref, city, romaji, ac, zip3, bank, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, romaji, ac, zip3, bank, areas)
    ctx.danchi = make_danchi(rng, areas)
    ctx.mayor = rng.choice(MAYORS)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set46", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
