"""Fortieth red-team set (blind): a city's 都市整備・交通 desks.

``python -m corpus.redteam.set40 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (藤枝, 大垣, 飯塚, 古河 or 酒田, with its station, its community bus and its plate region) is drawn
per build. Families follow the desk a document comes from: 放置自転車 with 撤去, 所有者照会 through 防犯登録 and
返還 with unpaid 保管料 (``jitensha``), road-damage accidents and their 賠償 (``doro``), residents' road reports
and 工事 notices (``tsuho``), 市営駐車場・駐輪場 定期利用 with its 滞納 (``chusha``), the コミュニティバス with its
障害者割引, 敬老パス, 忘れ物 and 車内事故 (``bus``), support after 運転免許 自主返納 for older residents
(``henno``) and 屋外広告物 許可 (``kokoku``); each with its public look-alikes (路線図・時刻表, a 撤去 告示 listing
bicycles by 防犯登録番号 only, 工事 notices, contractors with 法人番号, 記入例, 乗降客数, staff in role).

The truth is the default policy's text only: 3 for a My Number, health (injuries, disability, 認知機能 findings,
illness) or arrears (滞納, 未納, 督促 of money owed) about a named private person, or records of more than 100
persons with identifying details; 2 for a private person's name with their address, birth date or phone; 1
otherwise. ``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where
one is printed); doubtful files carry a one-line ``note``.
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

SEED = 4040
VARIANT = "redteam40"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, station, community bus, plate region, areas); an area ending in
# "*" takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    ("静岡県", "藤枝市", "054", "426", "藤枝駅", "ぐるりん藤枝", "静岡",
     ["駅前", "青葉町", "田沼", "大字下藪田*", "大字時ケ谷*", "高柳", "岡部町内谷*"]),
    ("岐阜県", "大垣市", "0584", "503", "大垣駅", "みずまる号", "岐阜",
     ["郭町", "高屋町", "丸の内", "禾森町", "大字長松町*", "赤坂町*", "林町"]),
    ("福岡県", "飯塚市", "0948", "820", "新飯塚駅", "いいづかコミュニティバス", "筑豊",
     ["新飯塚", "吉原町", "柏の森", "大字鯰田*", "大字伊岐須*", "片島", "大字楽市*"]),
    ("茨城県", "古河市", "0280", "306", "古河駅", "ぐるりん号", "土浦",
     ["中央町", "東本町", "本町", "大字大堤*", "大字原*", "旭町", "大字西牛谷*"]),
    ("山形県", "酒田市", "0234", "998", "酒田駅", "るんるんバス", "庄内",
     ["中町", "本町", "緑町", "大字浜中*", "大字新堀*", "亀ケ崎", "東泉町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("一尺八寸", "かまつか"), ("百目鬼", "どうめき"), ("薬袋", "みない"),
    ("勘解由小路", "かでのこうじ"), ("五月女", "そうとめ"), ("生天目", "なまため"), ("王生", "いくるみ"),
    ("東海林", "しょうじ"), ("左右田", "そうだ"), ("鬼頭", "きとう"), ("猪狩", "いがり"), ("番場", "ばんば"),
    ("春夏秋冬", "ひととせ"), ("四十物", "あいもの"),
    ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("岡田", "おかだ"), ("長谷川", "はせがわ"),
    ("村上", "むらかみ"), ("近藤", "こんどう"), ("石井", "いしい"), ("竹内", "たけうち"), ("金子", "かねこ"),
    ("和田", "わだ"), ("中山", "なかやま"), ("石田", "いしだ"), ("上田", "うえだ"), ("森田", "もりた"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("菅原", "すがわら"), ("河野", "こうの"),
    ("北村", "きたむら"), ("阿久津", "あくつ"), ("小松", "こまつ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("健太", "けんた"), ("翔太", "しょうた"), ("蓮", "れん"), ("大和", "やまと"), ("悠真", "ゆうま"),
    ("陽翔", "はると"), ("誠", "まこと"), ("隆", "たかし"), ("博", "ひろし"), ("清", "きよし"),
    ("正雄", "まさお"), ("昭二", "しょうじ"), ("武", "たけし"), ("修", "おさむ"), ("哲也", "てつや"),
    ("剛", "つよし"), ("聡", "さとし"), ("隼人", "はやと"), ("稔", "みのる"), ("晃", "あきら"),
    ("鷹之介", "たかのすけ"), ("左近", "さこん"), ("銀次郎", "ぎんじろう"), ("朔太郎", "さくたろう"),
    ("喜八", "きはち"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("恵子", "けいこ"), ("京子", "きょうこ"), ("美智子", "みちこ"), ("典子", "のりこ"), ("裕子", "ゆうこ"),
    ("直美", "なおみ"), ("香織", "かおり"), ("結衣", "ゆい"), ("芽依", "めい"), ("葵", "あおい"),
    ("さくら", "さくら"), ("陽菜", "ひな"), ("千代", "ちよ"), ("キヨ", "きよ"), ("ハル", "はる"),
    ("琴音", "ことね"), ("詩織", "しおり"), ("奈緒", "なお"), ("雅美", "まさみ"), ("順子", "じゅんこ"),
    ("椿", "つばき"), ("菖蒲", "あやめ"), ("乙葉", "おとは"), ("ウメ", "うめ"), ("弥生", "やよい"),
]  # fmt: skip
BUILDINGS = [
    "レジデンス駅南",
    "コーポ若葉",
    "市営住宅",
    "パレス城北",
    "ハイツ清流",
    "アーバン東",
    "メゾン緑ケ丘",
]
COMPANIES = [
    ("株式会社", "東海ロードメンテ"), ("有限会社", "みずほ道路"), ("株式会社", "駅前サイクルサービス"),
    ("株式会社", "はやて交通"), ("有限会社", "あけぼのタクシー"), ("株式会社", "城北舗装"),
    ("株式会社", "アーバンパーク管理"), ("株式会社", "北辰看板工芸"), ("合同会社", "ミライ広告"),
    ("株式会社", "平和警備保障"), ("有限会社", "共栄自転車商会"), ("株式会社", "さくらバス"),
    ("株式会社", "青嵐コンサルタント"), ("有限会社", "ひかり交通"), ("株式会社", "大成サイン"),
    ("株式会社", "みどり道路標識"), ("株式会社", "丸三タクシー"), ("有限会社", "ツバメ工業"),
]  # fmt: skip
SAMPLE_NAMES = ["交通 太郎", "市民 花子", "見本 一郎", "駐輪 次郎", "返納 ハナ"]
HOSPITALS = ["市立総合病院", "中央整形外科クリニック", "さくら整形外科", "県立中央病院", "駅前脳神経外科"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
BASES = {"藤枝市": (34.867, 138.257), "大垣市": (35.359, 136.612), "飯塚市": (33.646, 130.691),
         "古河市": (36.178, 139.755), "酒田市": (38.914, 139.836)}  # fmt: skip
PLATE_KANA = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
BIKE_KINDS = ["一般車", "一般車", "軽快車", "電動アシスト", "幼児座席付", "スポーツ車", "子供車"]
COLORS = ["黒", "白", "シルバー", "赤", "青", "紺", "緑", "黄", "茶", "ピンク"]


# --- helpers (adapted from set34's plumbing) -------------------------------------------------------------
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
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目12番 → 3 丁目 12 番
    (a thousands comma stays with its digits: 19,500円 → 19,500 円)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -," and prev not in " -,":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def area_label(area: str) -> str:
    a = area.rstrip("*")
    return a[2:] if a.startswith("大字") else a


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

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.area + self.lot

    def short_address(self) -> str:
        """The address as a city's own list writes it: area and lot only."""
        return self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    station: str
    bus: str
    plate: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def short(self) -> str:
        return self.city[:-1]

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(41 + n if len(self.ac) == 4 else 643 + n, 1111 + 23 * n)

    def phone(self, mobile: float = 0.55) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2800)}番地"
            if r.random() < 0.3:
                base += f"の{r.randint(1, 9)}"
            elif r.random() < 0.15:
                base = base.translate(FW)
            return base
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 24)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1940, 2004), sex: str = "") -> Person:
        r = self.rng
        want = sex
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = want or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1940, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def companies(self, n: int) -> list[str]:
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [f"{k}{c}" if i % 3 else f"{c}{k}" for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def lat_long(self) -> tuple[str, str]:
        base = BASES[self.city]
        return (
            f"{base[0] + self.rng.uniform(-0.03, 0.03):.6f}",
            f"{base[1] + self.rng.uniform(-0.03, 0.03):.6f}",
        )

    def bike_no(self) -> str:
        """A 防犯登録番号 as the prefecture's association prints it: a letter, then six digits."""
        r = self.rng
        return f"{r.choice('ABCDEFGHJKLMNPRSTU')} {r.randint(0, 999999):06d}"

    def plate_no(self) -> str:
        r = self.rng
        return f"{self.plate} {r.randint(300, 599)} {r.choice(PLATE_KANA)} {r.randint(1, 99):>2}-{r.randint(0, 99):02d}"

    def spot(self) -> str:
        st = self.station
        return self.rng.choice([f"{st}北口 市道沿い", f"{st}南口 ロータリー脇", f"{st}東 自由通路下", "市役所前 歩道",
                                f"{self.districts[0]}商店街 アーケード", f"{self.districts[1]}公園 入口",
                                f"{st}西口 高架下", "図書館前 点字ブロック上"])  # fmt: skip

    def road(self) -> str:
        return f"市道{self.rng.choice(self.districts)}{self.rng.randint(1, 48)}号線"

    def day(self, start: dt.date, end: dt.date = TODAY) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))


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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 TK{n % 3 + 2:02d}")
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
                c.drawString(30, y - 10, "-" * 170)
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
        out.append(f"■{room}（{ymd(day)} 電話・無線 転記）")
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


def dept(unit: str) -> str:
    """The desk a document comes from, as its letterhead names it."""
    return {"jitensha": "都市整備部 交通政策課 自転車対策係", "doro": "都市整備部 道路河川課 管理係",
            "tsuho": "都市整備部 道路河川課 維持補修係", "chusha": "都市整備部 交通政策課 駐車場係",
            "bus": "都市整備部 交通政策課 公共交通係", "henno": "都市整備部 交通政策課 交通安全係",
            "kokoku": "都市整備部 都市計画課 景観係"}[unit]  # fmt: skip


CODES = {"jitensha": "交政", "doro": "道河", "tsuho": "道河", "chusha": "交政", "bus": "交政", "henno": "交政",
         "kokoku": "都計"}  # fmt: skip


def spaced_letter(
    ctx: Ctx,
    p: Person,
    title: str,
    body: list[str],
    items: list[tuple[str, str]],
    unit: str,
    sent: dt.date,
    head: str = "",
) -> Callable[[Path], None]:
    """A notice to a named resident printed to PDF, its digits set apart (「8 丁目 3 番地」「令和 6 年」)."""
    ctx.urban(p)
    lines = [
        f">{ctx.short}{CODES[unit]}第 {ctx.rng.randint(120, 980)} 号",
        f">{wareki(sent, 'spaced')}",
        f"〒 {p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長  {ctx.staff()}",
        f">（{dept(unit).split(' ')[1]}）",
        "",
        f"^{title}",
        "",
        *body,
        "",
        "^記",
        *[f"{k}　{spaced_digits(v)}" for k, v in items],
        "",
        ">以上",
        "",
        f"担当 {dept(unit)}  電話 {ctx.office_phone(2)}",
    ]
    return letter_pdf(lines, head)


def signed(p: Person, birth: bool = False, style: str = "long") -> list[str]:
    """A resident's own signature block at the end of a letter."""
    out = ["", f"住所　{p.address(with_pref=True)}", f"氏名　{p.name()}"]
    if birth:
        out.append(f"生年月日　{wareki(p.birth, style)}")
    out.append(f"電話　{p.phone}")
    return out


def doc(family: str, fmt: str, level: int, types: Sequence[str], spec: DocSpec, note: str = "",
        post: Callable[[Path], None] | None = None) -> Doc:  # fmt: skip
    return Doc(family, fmt, level, sorted(set(types)), spec, note, post)


# --- 放置自転車 (交通政策課 自転車対策係) ---------------------------------------------------------------------
def jitensha(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "jitensha"
    st, unit = ctx.station, dept("jitensha")
    yard = f"{ctx.short}市自転車保管所（{ctx.biz_address()}）"
    docs: list[Doc] = []

    # 1: the 撤去 告示, bicycles by 防犯登録番号 only
    rows: list[list[Cell]] = [["整理番号", "撤去日", "撤去場所", "車種", "色", "防犯登録番号"]]
    for i in range(r.randint(16, 18)):
        rows.append([f"R6-{r.randint(300, 399)}-{i + 1:03d}", ymd(ctx.day(dt.date(2024, 8, 1), dt.date(2024, 9, 30))),
                     ctx.spot(), r.choice(BIKE_KINDS), r.choice(COLORS),
                     ctx.bike_no() if r.random() < 0.8 else "なし"])  # fmt: skip
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}告示第{r.randint(140, 220)}号",
                paragraphs=[
                    f"{ctx.city}自転車等の放置防止に関する条例第9条の規定により撤去した自転車等を次のとおり告示する。",
                    f"{wareki(TODAY)}",
                    f"{ctx.city}長  {ctx.staff()}",
                    f"1 保管場所　{yard}",
                    "2 保管期間　告示の日から起算して2か月（期間経過後は処分します）",
                    "3 返還に必要なもの　自転車の鍵、本人確認書類、保管料 2,000円（原付は 4,000円）",
                    "防犯登録のある自転車は、警察署への照会により判明した所有者へ別途通知しています。",
                    f"問合せ　{unit}　電話 {ctx.office_phone(1)}",
                ],
                tables=[[[str(c) for c in row] for row in rows]],
                footer="告示 掲示用",
            ),
        )
    )

    # 2: 撤去・返還 figures with quarters merged, raw counts hidden
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    spots = [f"{st}北口", f"{st}南口", f"{st}東", f"{ctx.districts[0]}商店街", "市役所周辺", f"{st}西口"]
    body: list[list[Cell]] = [["区域", "第1四半期", None, None, "第2四半期", None, None, "上半期計", "返還率"],
                              [None, *months, None, None]]  # fmt: skip
    raw: list[list[Cell]] = [["区域", "月", "撤去", "返還", "処分"]]
    for s in spots:
        n = [r.randint(8, 95) for _ in months]
        body.append([s, *n, sum(n), f"{r.randint(38, 71)}%"])
        raw += [[s, m, v, r.randint(0, v), r.randint(0, v // 2)] for m, v in zip(months, n, strict=True)]
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("実績", body, title=f"放置自転車 撤去・返還実績（令和6年度上半期）{ctx.city}"),
                    sheet("集計元", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"実績": ["B3:D3", "E3:G3", "A3:A4", "H3:H4", "I3:I4"]}),
        )
    )

    # 3: 受付番号 look-alikes failing the check digit, no owner named
    look: list[list[Cell]] = [["受付番号", "撤去日", "撤去場所", "車種", "防犯登録", "状態"]]
    for _ in range(r.randint(28, 36)):
        look.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(ctx.day(dt.date(2024, 6, 1))),
                     ctx.spot(), r.choice(BIKE_KINDS), r.choice(["有", "有", "無", "抹消"]),
                     r.choice(["保管中", "返還済", "処分済", "保管中"])])  # fmt: skip
    docs.append(
        doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付", look)]),
            note="12-digit 受付番号 all failing the check digit; no owner is named",
        )
    )

    # 4: how to take a bicycle back, staff in role
    chief = ctx.staff()
    docs.append(
        doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="撤去された自転車の返還手続きについて",
                paragraphs=[
                    "駅周辺の放置禁止区域で撤去した自転車は、保管所で2か月間保管しています。",
                    f"保管所　{yard}　開所 平日 9時～17時、第2・第4土曜 9時～12時",
                    "お持ちいただくもの：自転車の鍵、運転免許証などの本人確認書類、保管料（自転車 2,000円、原付 4,000円）。",
                    "ご本人以外が引き取る場合は委任状が必要です。保管料を納めていただいた後にお渡しします。",
                    "防犯登録の名義が異なる場合（譲り受けた自転車など）は、譲渡証明書をお持ちください。",
                    f"担当：{unit} 係長 {chief}（電話 {ctx.office_phone(1)}）",
                ],
                footer=f"{ctx.city} {unit.split(' ')[1]}",
            ),
        )
    )

    # 5: council slides with an anonymised case
    firms = ctx.companies(3)
    docs.append(
        doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.short}市 放置自転車対策協議会（令和6年度第1回）",
                paragraphs=[
                    "撤去台数は前年度比 12% 減、返還率は 48% で横ばい",
                    f"{st}南口の放置が依然多い（全体の31%）",
                    "事例：Ａさん（大学生）は撤去後3か月引き取らず、処分予告で来所",
                    "事例：Ｂさんは防犯登録の名義変更をしておらず連絡が届かなかった",
                    f"撤去作業は {firms[0]} に委託（週3回）",
                    "今後：駐輪場の一時利用 100円化、啓発看板の更新",
                ],
                tables=[
                    [
                        ["年度", "撤去台数", "返還台数", "返還率"],
                        *[
                            [f"令和{y}年度", str(a), str(b), f"{round(b / a * 100)}%"]
                            for y, a, b in [(3, 1842, 861), (4, 1710, 812), (5, 1523, 731)]
                        ],
                    ]
                ],
                notes=[f"委託業者 {firms[0]} の現場責任者から、南口の夜間放置について報告あり。"],
            ),
        )
    )

    # 6: contractors with 法人番号 and their 代表者 in role
    crows: list[list[Cell]] = [["事業者名", "法人番号", "所在地", "代表者", "電話", "委託内容", "契約期間"]]
    for c in ctx.companies(r.randint(8, 10)):
        crows.append(
            [
                c,
                random_corporate_number(r),
                ctx.biz_address(),
                f"代表取締役 {ctx.staff()}",
                ctx.tel(),
                r.choice(["撤去・運搬", "保管所管理", "啓発指導員派遣", "処分（リサイクル）"]),
                "R6.4.1～R7.3.31",
            ]
        )
    docs.append(doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("委託先", crows)])))

    # 7: the police's 防犯登録 reply, owners from column AB on row 8
    owners = ctx.people(r.randint(18, 26), (1950, 2006))
    police = f"{ctx.short}警察署 生活安全課"
    rep: list[list[Cell]] = [
        ["照会番号", "防犯登録番号", "車体番号", "姓", "名", "セイ", "メイ", "住所", "電話番号", "回答"]
    ]
    for i, p in enumerate(owners, start=1):
        rep.append(
            [
                f"照R6-{i:03d}",
                ctx.bike_no(),
                f"WB{r.randint(100000, 999999)}",
                p.sei,
                p.mei,
                katakana(p.sei_kana),
                katakana(p.mei_kana),
                p.address(),
                p.phone,
                r.choice(["登録あり", "登録あり", "名義変更前"]),
            ]
        )
    docs.append(
        doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "回答",
                        far_right(rep, 27),
                        first_row=8,
                        title=f"防犯登録照会 回答一覧（{police} 回答 {ymd(TODAY - dt.timedelta(days=9))}）",
                    )
                ]
            ),
        )
    )

    # 8: notice to an owner, digits spaced
    p = ctx.person((1960, 2005))
    took = ctx.day(dt.date(2024, 9, 1), dt.date(2024, 9, 30))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="撤去自転車の引取りについて"),
            post=spaced_letter(
                ctx,
                p,
                "撤去した自転車の引取りについて（通知）",
                [
                    "あなたの所有と思われる自転車を、放置禁止区域から撤去し保管しています。",
                    "保管期間内に、下記により引き取ってください。期間を過ぎたものは処分します。",
                ],
                [
                    ("防犯登録番号", ctx.bike_no()),
                    ("撤去日", wareki(took, "spaced")),
                    ("撤去場所", ctx.spot()),
                    ("保管期限", wareki(took + dt.timedelta(days=61), "spaced")),
                    ("保管料", "2,000円（引取りの際にお納めください）"),
                ],
                F,
                TODAY - dt.timedelta(days=5),
            ),
        )
    )

    # 9: LINE WORKS of the 撤去班: the reply gives the owner's phone
    p = ctx.person((1975, 2006))
    a, b = ctx.staff(), ctx.staff()
    bike = ctx.bike_no()
    lines = [
        ("08:41", a, "本日の撤去は南口 23台、北口 11台です。積込み完了しました"),
        ("09:05", b, f"照会結果きました。{bike} は {p.name()} さん、{p.address()} です"),
        ("09:07", a, "高校生っぽいですね。保護者あてにします?"),
        ("09:12", b, f"本人名義なのでこのまま。携帯 {p.phone} も回答にありました。夕方かけてみます"),
        ("16:40", b, "つながりました。土曜に保管所へ取りに来るそうです"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(paragraphs=chat("lineworks", TODAY - dt.timedelta(days=2), lines, "撤去班（南口）")),
        )
    )

    # 10: an owner's own letter to the 課 御中, signed at the end
    p = ctx.person((1955, 1990))
    docs.append(
        doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city} {unit.split(' ')[1]} 御中",
                    "",
                    "自転車の撤去について（お願い）",
                    "",
                    f"先日、{st}南口のロータリー脇に30分ほど停めていた私の自転車が撤去されていました。",
                    "通勤で毎日使っており、駐輪場が満車で仕方なく停めたものです。満車の日が多いことも考えていただきたいと思います。",
                    "保管料をお支払いして引き取りましたが、撤去の予告の札がわかりにくかったので改善をお願いします。",
                    "また、引き取りの際の保管所の場所が駅から遠く、案内図もわかりにくいと感じました。",
                    *signed(p),
                    f"{wareki(TODAY - dt.timedelta(days=12))}",
                ]
            ),
        )
    )

    # 11: one return slip in odt
    p = ctx.person((1948, 2004))
    docs.append(
        doc(
            F,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="撤去自転車 返還受付票",
                tables=[
                    [
                        ["受付番号", f"返R6-{r.randint(1000, 1999)}"],
                        ["返還日", ymd(TODAY - dt.timedelta(days=3))],
                        ["防犯登録番号", ctx.bike_no()],
                        ["引取者 氏名", p.name()],
                        ["フリガナ", katakana(p.kana)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["本人確認", "運転免許証（確認済）"],
                        ["保管料", "2,000円 納付済（領収 No.R6-0" + str(r.randint(1000, 9999)) + "）"],
                        ["受付者", f"保管所 {ctx.staff()}"],
                    ]
                ],
            ),
        )
    )

    # 12: 115+ owners printed from the 防犯登録 照会 system, ruled
    rows12: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(112, 128)), start=1):
        rows12.append(
            [
                f"{24000 + i:06d}",
                ctx.bike_no(),
                p.name(),
                katakana(p.kana)[:12],
                p.short_address()[:26],
                p.phone,
                ymd(ctx.day(dt.date(2024, 4, 1))),
                r.choice(["通知済", "返還済", "処分予定", "宛先不明"]),
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="所有者照会結果一覧"),
            post=system_print(
                "撤去自転車 所有者照会結果一覧",
                f"{ctx.city} 自転車等管理システム Ver3.2",
                [
                    ("管理No", 30),
                    ("防犯登録", 80),
                    ("氏名", 145),
                    ("カナ", 225),
                    ("住所", 320),
                    ("電話", 590),
                    ("撤去日", 680),
                    ("状態", 745),
                ],
                rows12,
                26,
                "抽出条件：撤去日 2024/04/01～ 照会区分=防犯登録",
                ruled=True,
            ),
        )
    )

    # 13: a 督促 for an unpaid 保管料 after a return on pledge, digits spaced
    p = ctx.person((1960, 2003))
    back = ctx.day(dt.date(2024, 7, 1), dt.date(2024, 8, 20))
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="保管料の督促"),
            note="an unpaid 保管料 (a fee owed after a return on pledge) under 督促 counts as arrears",
            post=spaced_letter(
                ctx,
                p,
                "自転車保管料の納付について（督促）",
                [
                    f"{wareki(back, 'spaced')}、後日納付の誓約により自転車を返還しましたが、",
                    "納期限を過ぎても保管料が未納となっています。下記の期限までに納付してください。",
                    "期限までに納付がない場合は、地方自治法に基づき手続きを進めることがあります。",
                ],
                [
                    ("防犯登録番号", ctx.bike_no()),
                    ("未納額", "2,000円"),
                    ("当初納期限", wareki(back + dt.timedelta(days=14), "spaced")),
                    ("督促納期限", wareki(TODAY + dt.timedelta(days=15), "spaced")),
                ],
                F,
                TODAY,
            ),
        )
    )

    # 14: Teams at the 保管所: a named owner's unpaid fee, the reply gives the address
    p = ctx.person((1965, 2004))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("10:02", a, "誓約書返還の件、今月分を確認しています"),
        ("10:04", a, f"{p.name()}さん（8/9返還）、保管料 2,000円 まだ未納です。督促状出しますか"),
        ("10:11", b, f"出してください。住所は誓約書のとおり {p.address()} で変わりないです"),
        ("10:12", a, "了解です。これで2回目の督促になります"),
        ("10:30", b, "未納3件まとめて係長に回します"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            3,
            ["name", "address", "arrears"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=1), lines, "自転車保管所 連絡")),
            note="an unpaid 保管料 of a named owner counts as arrears",
        )
    )

    # 15: the 返還台帳 with a payment column: some 未納 and 分納
    rows15: list[list[Cell]] = [["返還日", "防犯登録番号", "氏名", "住所", "電話", "保管料", "納付状況"]]
    for p in ctx.people(r.randint(24, 32)):
        rows15.append(
            [
                ymd(ctx.day(dt.date(2024, 5, 1))),
                ctx.bike_no(),
                p.name(),
                p.address(),
                p.phone,
                2000,
                r.choice(["納付済", "納付済", "納付済", "未納", "未納（督促済）", "分納中"]),
            ]
        )
    rows15[3][6] = "未納（督促済）"
    docs.append(
        doc(
            F,
            "xls",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(sheets=[sheet("返還台帳", rows15, title="撤去自転車 返還台帳（誓約返還を含む）")]),
            note="storage fees marked 未納 against named owners count as arrears",
        )
    )
    return docs


# --- 道路損傷事故・賠償 (道路河川課 管理係) -------------------------------------------------------------------
DEFECTS = [
    "舗装の穴（ポットホール）",
    "グレーチングの浮き",
    "側溝蓋のがたつき",
    "路肩の陥没",
    "倒木",
    "マンホール周辺の段差",
]
DAMAGES = ["左前輪タイヤ・ホイール損傷", "右後輪タイヤバースト", "フロントバンパー擦過", "アンダーカバー破損",
           "自転車前輪リム変形", "ドアミラー破損"]  # fmt: skip


def doro(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "doro"
    unit = dept("doro")
    docs: list[Doc] = []

    # 1: the guide to claims
    docs.append(
        doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="道路の穴などによる事故の損害賠償について",
                paragraphs=[
                    "市が管理する道路の穴や段差などが原因で事故にあわれた場合、損害を賠償できることがあります。",
                    "事故にあわれたら、すぐに警察と道路河川課へ連絡してください。現場と車両の写真を残してください。",
                    "必要な書類：事故報告書、修理見積書、写真、交通事故証明書。おけがをされた場合は診断書と領収書。",
                    "賠償額は過失割合を踏まえ、市が加入する全国市有物件災害共済会の査定により決まります。",
                    "損害賠償の額を定めることは、議会の議決または専決処分の報告を経て確定します。",
                    f"問合せ：{unit}　電話 {ctx.office_phone(3)}（担当 主査 {ctx.staff()}）",
                ],
            ),
        )
    )

    # 2: accidents by year and kind, merged header and a hidden route-code sheet
    kinds = DEFECTS[:5]
    body: list[list[Cell]] = [["年度", "事故の原因", None, None, None, None, "計", "賠償額（円）"],
                              [None, *kinds, None, None]]  # fmt: skip
    for y in (2, 3, 4, 5):
        n = [r.randint(1, 14) for _ in kinds]
        body.append([f"令和{y}年度", *n, sum(n), r.randint(380, 2600) * 1000])
    codes: list[list[Cell]] = [["路線番号", "路線名", "延長(m)", "幅員(m)"]]
    codes += [
        [f"{r.randint(1000, 9999)}", ctx.road(), r.randint(120, 4800), round(r.uniform(3.5, 14.0), 1)]
        for _ in range(20)
    ]
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("事故件数", body, title="道路管理瑕疵による事故件数の推移"),
                    sheet("路線コード", codes, state="hidden"),
                ]
            ),
            post=merge_xlsx({"事故件数": ["B3:F3", "A3:A4", "G3:G4", "H3:H4"]}),
        )
    )

    # 3: the 専決処分 report to the council, the other party anonymised
    rows3 = [["番号", "専決処分日", "相手方", "損害賠償額", "事故の概要"]]
    for i in range(1, 6):
        who = r.choice(["市内在住の個人", "市外在住の個人", "市内在住の個人", ctx.company()])
        rows3.append(
            [
                f"{i}",
                wareki(ctx.day(dt.date(2024, 6, 1), dt.date(2024, 9, 20))),
                who,
                f"{yen(r.randint(12, 420) * 100)}円",
                f"{ctx.road()}の{r.choice(DEFECTS)}により、走行中の車両の{r.choice(DAMAGES)}（過失割合 市{r.choice([5, 6, 7, 8])}割）",
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="専決処分の報告について（損害賠償の額の決定）",
                paragraphs=[
                    "地方自治法第180条第1項の規定により専決処分した事項について、同条第2項の規定により報告します。",
                    f"{wareki(TODAY)}提出　{ctx.city}長 {ctx.staff()}",
                ],
                tables=[rows3],
                footer="議会提出資料",
            ),
            note="the other parties are anonymised (市内在住の個人) or companies: no private person is named",
        )
    )

    # 4: patrol and repair contractors with 法人番号
    crows: list[list[Cell]] = [["業者名", "法人番号", "所在地", "電話", "現場代理人", "業務"]]
    for c in ctx.companies(r.randint(8, 11)):
        crows.append(
            [
                c,
                random_corporate_number(r),
                ctx.biz_address(),
                ctx.tel(),
                f"現場代理人 {ctx.staff()}",
                r.choice(
                    ["道路パトロール", "舗装補修（単価契約）", "側溝清掃", "街路樹剪定", "緊急対応（夜間）"]
                ),
            ]
        )
    docs.append(doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("契約業者", crows)])))

    # 5: training slides with an anonymised case and a masked form
    docs.append(
        doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="道路管理瑕疵 事故対応研修（新任職員向け）",
                paragraphs=[
                    "事例1：Ｂさん（市外在住）の車両が夜間ポットホールに落輪、タイヤ2本損傷",
                    "過失割合の考え方：速度・視認性・注意表示",
                    "事例2：Ｃさんが自転車で側溝蓋に乗り上げ転倒、示談まで4か月",
                    "初動：現場写真、位置、穴の寸法（長さ・幅・深さ）",
                    "報告書は「相手方 〇〇 〇〇 様」の様式で作成し、個人情報は別紙管理",
                    "共済会への報告は事故後30日以内",
                ],
                tables=[
                    [
                        ["項目", "記載例"],
                        ["相手方", "〇〇 〇〇 様（個人）"],
                        ["事故場所", "市道〇〇線 〇丁目付近"],
                        ["損害", "左前輪タイヤ・ホイール"],
                    ]
                ],
            ),
        )
    )

    # 6: Teams among the patrol staff (no resident)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("08:52", a, f"パトロール出ます。{ctx.road()} から回ります"),
        ("09:40", a, f"{ctx.road()} 側溝蓋がたつき2か所、カラーコーン設置しました"),
        ("09:43", b, "了解。写真を共有フォルダに入れてください"),
        ("10:15", c, f"{ctx.road()} のポットホール（30cm×20cm 深さ5cm）は常温合材で応急済み"),
        ("10:18", b, "本復旧は業者に単価契約で依頼します"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=4), lines, "道路パトロール班")),
            note="staff only, no resident",
        )
    )

    # 7: an accident report, property damage only
    p = ctx.person((1955, 2000))
    when = ctx.day(dt.date(2024, 8, 1), dt.date(2024, 10, 1))
    docs.append(
        doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="道路損傷事故 報告書",
                tables=[
                    [
                        ["発生日時", f"{wareki(when)} 午後7時20分頃"],
                        ["発生場所", f"{ctx.road()}（{ctx.districts[2]}地内）"],
                        ["原因", r.choice(DEFECTS)],
                        ["相手方 氏名", p.name()],
                        ["相手方 住所", p.address()],
                        ["相手方 電話", p.phone],
                        ["車両", f"軽乗用車 {ctx.plate_no()}"],
                        ["損害", r.choice(DAMAGES)],
                        ["負傷", "なし（本人申告）"],
                        ["警察届出", f"{ctx.short}警察署 届出済"],
                    ]
                ],
                paragraphs=[
                    "現場確認の結果、穴の大きさは長さ40cm・幅25cm・深さ7cm。同日応急補修済み。",
                    f"報告者 {unit} {ctx.staff()}",
                ],
            ),
            note="property damage only, 負傷なし stated: name with address and phone is 2",
        )
    )

    # 8: payment notice, digits spaced
    p = ctx.person((1950, 1999))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="損害賠償金の支払について"),
            post=spaced_letter(
                ctx,
                p,
                "損害賠償金の支払について（通知）",
                [
                    f"{wareki(ctx.day(dt.date(2024, 6, 1), dt.date(2024, 7, 31)), 'spaced')}に発生した道路損傷事故について、",
                    "示談が成立しましたので、下記のとおり損害賠償金をお支払いします。",
                ],
                [
                    ("事故の場所", ctx.road()),
                    ("損害の内容", r.choice(DAMAGES)),
                    ("賠償額", f"{yen(r.randint(180, 980) * 100)}円（過失割合 市7割）"),
                    ("支払予定日", wareki(TODAY + dt.timedelta(days=10), "spaced")),
                ],
                F,
                TODAY,
            ),
        )
    )

    # 9: Outlook mail with the insurer; the quoted part gives the claimant's phone
    p = ctx.person((1960, 2001))
    me, adj = ctx.staff(), ctx.staff()
    body9 = [
        f"{unit} {me} 様",
        "",
        "いつもお世話になっております。",
        "ご送付いただいた見積書と写真で査定を進めます。",
        "過失割合は前回の協議どおり市7割で問題ございません。",
        "",
        f"全国市有物件災害共済会 事務局 {adj}",
    ]
    quoted = [
        (
            f"{me}",
            ymd(TODAY - dt.timedelta(days=6)) + " 15:20",
            "道路賠償の事故報告（物損）",
            [
                "共済会 ご担当者様",
                "",
                f"{ctx.road()}で発生した事故の報告です。",
                f"相手方は {p.name()} 様（携帯 {p.phone}）、物損のみでけがはありません。",
                "修理見積書は相手方から本日受領しました。",
                "",
                f"{ctx.city} {unit} {me}",
            ],
        )
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{adj} <jimukyoku@example.or.jp>",
                    f"{me} <doro@city.example.lg.jp>",
                    "RE: 道路賠償の事故報告（物損）",
                    ymd(TODAY - dt.timedelta(days=3)) + " 10:02",
                    body9,
                    quoted,
                )
            ),
        )
    )

    # 10: a 受付簿 of property claims, 姓 and 名 split
    rows10: list[list[Cell]] = [["受付No", "事故日", "姓", "名", "住所", "電話", "路線", "損害", "負傷"]]
    for i, p in enumerate(ctx.people(r.randint(10, 14)), start=1):
        rows10.append(
            [
                f"R6-{i:02d}",
                ctx.day(dt.date(2024, 4, 1)),
                p.sei,
                p.mei,
                p.address(),
                p.phone,
                ctx.road(),
                r.choice(DAMAGES),
                "無",
            ]
        )
    docs.append(
        doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("受付簿", rows10, title="道路事故（物損）受付簿 令和6年度", first_row=4)]),
        )
    )

    # 11: 110+ claimants over the years, dashed
    rows11: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(108, 124)), start=1):
        rows11.append(
            [
                f"J{16000 + i * 7}",
                p.name(),
                p.short_address()[:26],
                p.phone,
                ymd(ctx.day(dt.date(2016, 4, 1))),
                ctx.road()[:12],
                r.choice(DAMAGES)[:10],
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="事故相手方一覧"),
            post=system_print(
                "道路・公園 管理瑕疵事故 相手方一覧（平成28年度～令和6年度）",
                f"{ctx.city} 道路台帳管理システム 事故管理",
                [
                    ("事故番号", 30),
                    ("相手方氏名", 90),
                    ("住所", 170),
                    ("電話", 430),
                    ("事故日", 520),
                    ("路線", 580),
                    ("損害", 680),
                ],
                rows11,
                27,
            ),
        )
    )

    # 12: the case record in prose: named once, injuries paragraphs later
    p = ctx.person((1945, 1995))
    when = ctx.day(dt.date(2024, 5, 1), dt.date(2024, 7, 31))
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="事故処理経過記録",
                paragraphs=[
                    f"1 事故の概要　{wareki(when)}午前8時頃、{ctx.road()}の歩道で、{p.address()}在住の {p.name()} 氏が"
                    "自転車で走行中、舗装の段差に前輪をとられ転倒した。",
                    "2 現場の状況　段差は縦断方向に約6cm。前週のパトロールで把握していたが、補修は発注前であった。",
                    "3 対応　同日、現場にカラーコーンを設置し、翌日に補修を完了した。",
                    "4 交渉経過　相手方と3回面談。過失割合について、当方は市6割、相手方は市10割を主張している。",
                    "5 共済会との協議　共済会は判例を踏まえ市7割が相当との見解。",
                    f"6 損害の内容　同氏は事故当日 {r.choice(HOSPITALS)} を受診し、右橈骨遠位端骨折・顔面挫創（全治8週間）と"
                    "診断された（診断書写し受領）。通院は現在も週2回継続している。",
                    f"記録者 {unit} {ctx.staff()}",
                ],
            ),
        )
    )

    # 13: the claims 台帳, injuries on a hidden sheet joined by number
    people13 = ctx.people(r.randint(8, 12))
    vis: list[list[Cell]] = [["事故番号", "相手方", "住所", "電話", "事故日", "状況"]]
    hid: list[list[Cell]] = [["事故番号", "傷病名", "通院日数", "治療費(円)"]]
    for i, p in enumerate(people13, start=1):
        vis.append(
            [
                f"A{i:03d}",
                p.name(),
                p.address(),
                p.phone,
                ctx.day(dt.date(2024, 4, 1)),
                r.choice(["示談済", "交渉中", "査定中"]),
            ]
        )
        if i % 2:
            hid.append(
                [
                    f"A{i:03d}",
                    r.choice(["頸椎捻挫", "右膝打撲", "左足関節骨折", "腰椎捻挫", "右手関節捻挫"]),
                    r.randint(3, 40),
                    r.randint(8, 300) * 1000,
                ]
            )
    docs.append(
        doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(sheets=[sheet("台帳", vis, title="道路賠償 台帳"), sheet("負傷", hid, state="hidden")]),
        )
    )

    # 14: a road monitor's 謝礼 memo with the number only in a text box
    p = ctx.person((1950, 1985))
    mn = random_my_number(r)
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                title="道路モニター謝礼の支払について（伺い）",
                paragraphs=[
                    f"{ctx.city}道路モニター設置要綱に基づき、令和6年度上半期の謝礼を下記のとおり支払ってよろしいか伺います。",
                    f"モニター　{p.name()}（{p.address()}）",
                    "報告件数　17件（うち補修対応 9件）",
                    "謝礼額　12,000円（源泉徴収なし、支払調書作成対象）",
                    "支払方法　口座振込（登録口座）",
                    f"起案 {unit} {ctx.staff()}",
                ],
                textboxes=[
                    f"番号確認済 {grouped(mn, '-')}（カード表面で確認 {ymd(TODAY - dt.timedelta(days=20))}）"
                ],
            ),
        )
    )

    # 15: Slack: the other party's treatment
    p = ctx.person((1950, 1995))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("13:10", a, f"{p.name()}さん（{ctx.districts[1]}の段差で転倒された方）から電話ありました"),
        ("13:12", b, "示談の件ですか?"),
        (
            "13:15",
            a,
            "はい。頸椎捻挫で整形外科のリハビリが週2回続いていて、通院費を追加で請求したいとのことです",
        ),
        ("13:20", b, "通院の領収書と診断書をそろえてもらってください。共済会に上げます"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("slack", TODAY - dt.timedelta(days=1), lines, "道路賠償")),
        )
    )
    return docs


# --- 道路通報・工事 (道路河川課 維持補修係) -------------------------------------------------------------------
REPORTS = ["街路灯の不点灯", "道路の穴", "側溝の詰まり", "カーブミラーの破損", "倒木・枝の張出し", "ガードレールの破損",
           "歩道の段差", "道路標示の消え", "不法投棄", "路面の冠水"]  # fmt: skip


def tsuho(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "tsuho"
    unit = dept("tsuho")
    docs: list[Doc] = []

    # 1: a works notice with the contractor's site agent in role
    firm = ctx.company()
    start = TODAY + dt.timedelta(days=r.randint(7, 20))
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="道路工事のお知らせ",
                paragraphs=[
                    "地域の皆様には、ご迷惑をおかけしますが、ご理解とご協力をお願いいたします。",
                    f"工事名　{ctx.road()} 舗装補修工事（その{r.randint(1, 4)}）",
                    f"工事期間　{wareki(start)}～{wareki(start + dt.timedelta(days=r.randint(20, 60)))}（雨天順延）",
                    "作業時間　午前8時30分～午後5時（夜間は片側交互通行を解除します）",
                    f"通行止め区間　{ctx.districts[2]}交差点～{ctx.districts[3]}公民館前（約 {r.randint(120, 600)} m）",
                    "迂回路　現地の案内看板に従ってください。緊急車両・歩行者は通行できます。",
                    f"発注者　{ctx.city} {unit}　電話 {ctx.office_phone(4)}",
                    f"施工者　{firm}　現場代理人 {ctx.staff()}　電話 {ctx.tel()}",
                ],
            ),
        )
    )

    # 2: road-report open data with lat/long, no caller
    rows2: list[list[Cell]] = [["受付番号", "受付日時", "種別", "場所", "緯度", "経度", "対応状況", "完了日"]]
    for i in range(r.randint(36, 44)):
        lat, lon = ctx.lat_long()
        d = ctx.day(dt.date(2024, 4, 1), dt.date(2024, 9, 30))
        done = r.random() < 0.8
        rows2.append(
            [
                f"TS-2024-{i + 101:05d}",
                f"{ymd(d)} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}",
                r.choice(REPORTS),
                f"{r.choice(ctx.districts)}地内",
                lat,
                lon,
                "完了" if done else "対応中",
                ymd(d + dt.timedelta(days=r.randint(1, 30))) if done else "",
            ]
        )
    docs.append(doc(F, "csv", 1, [], DocSpec(sheets=[sheet("通報", rows2)])))

    # 3: reports by month and kind, merged; category codes hidden
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    body: list[list[Cell]] = [["種別", "上半期", None, None, None, None, None, "計"], [None, *months, None]]
    for k in REPORTS[:8]:
        n = [r.randint(0, 40) for _ in months]
        body.append([k, *n, sum(n)])
    codes = [["コード", "分類", "担当"]] + [
        [f"K{i:02d}", k, r.choice(["維持補修係", "管理係", "公園緑地課"])] for i, k in enumerate(REPORTS, 1)
    ]
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("月別", body, title="道路通報 受付件数（令和6年度上半期）"),
                    sheet("分類コード", codes, state="hidden"),
                ]
            ),
            post=merge_xlsx({"月別": ["B3:G3", "A3:A4", "H3:H4"]}),
        )
    )

    # 4: the published roster of road-care groups: 自治会長 in role, 集会所 phones
    rows4 = [["団体名", "代表者", "活動区間", "連絡先（集会所）", "登録日"]]
    for dist in ctx.districts:
        rows4.append(
            [
                f"{dist}自治会 道路愛護会",
                f"自治会長 {ctx.staff()}",
                f"{ctx.road()} ほか",
                ctx.tel(),
                wareki(ctx.day(dt.date(2012, 4, 1), dt.date(2023, 4, 1))),
            ]
        )
    docs.append(
        doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="道路愛護団体 一覧（公表用）",
                paragraphs=[
                    "市道の清掃・除草にご協力いただいている団体です（令和6年4月1日現在）。",
                    "登録日は団体の登録日です。",
                ],
                tables=[rows4],
            ),
        )
    )

    # 5: award slides for road-care volunteers
    docs.append(
        doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="道路ふれあい月間 感謝状贈呈",
                paragraphs=[
                    f"{ctx.districts[0]}自治会 道路愛護会（代表 自治会長 {ctx.staff()}）",
                    f"{ctx.districts[3]}老人クラブ 清掃ボランティア",
                    f"{ctx.company()}（地域貢献活動）",
                    "活動延べ人数 3,420人、清掃延長 58.2km",
                    "贈呈式 市役所 3階 大会議室",
                ],
                notes=["司会：都市整備部長あいさつの後、市長から各団体代表へ感謝状を贈呈。"],
            ),
        )
    )

    # 6: LINE WORKS among staff in cp932 (no resident)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [
        ("08:30", a, "本日の現場確認の割り振りです"),
        ("08:31", a, f"{b}さん：{ctx.districts[0]}・{ctx.districts[1]}（街路灯3件）"),
        ("08:31", a, f"{c}さん：{ctx.districts[2]}（側溝2件、倒木1件）"),
        ("08:45", b, "了解です。高所作業車は業者手配済みですか"),
        ("08:47", a, "午後から来ます"),
        ("15:20", c, "倒木は撤去完了。写真アップしました"),
    ]
    docs.append(
        doc(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(paragraphs=chat("lineworks", TODAY - dt.timedelta(days=6), lines, "維持補修係")),
            note="staff only, no resident",
        )
    )

    # 7: Teams: a caller named, the reply gives the phone to call back
    p = ctx.person((1945, 1995))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("09:19", a, f"{p.name()}さんから電話。{p.area}の公園横の街路灯が3日前から切れているそうです"),
        ("09:21", b, "灯具番号わかりますか"),
        ("09:24", a, f"わからないとのこと。現地確認後に折り返してほしいと。連絡先 {p.phone}"),
        ("11:02", b, "確認しました。球切れです。業者手配済み、折り返し連絡しました"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=3), lines, "道路通報 受付")),
        )
    )

    # 8: the night guard's relay log: a caller with address
    p = ctx.person((1950, 2000))
    g, s = ctx.staff(), ctx.staff()
    lines = [
        (
            "22:14",
            f"{g}",
            f"宿直 受電。{p.name()} 様（{p.address()}）から、自宅前の道路が冠水し車が通れないと通報",
        ),
        ("22:20", f"{s}", "当番職員に連絡、現地へ向かう"),
        ("23:05", f"{s}", "排水ます清掃で解消。通報者に説明済み"),
        ("23:10", f"{g}", "了解、日誌に記載"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(paragraphs=chat("arrow", TODAY - dt.timedelta(days=9), lines, "宿直 通報記録")),
        )
    )

    # 9: a resident's own letter to the mayor, signed at the end
    p = ctx.person((1945, 1985))
    docs.append(
        doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    "自宅前の側溝の蓋について（お願い）",
                    "",
                    "いつも市政にご尽力いただきありがとうございます。",
                    "私の家の前の側溝の蓋が割れており、夜に通る人がつまずきそうで心配です。",
                    "半年ほど前にも地区の役員さんを通じてお願いしましたが、まだ直っていません。",
                    "近くには小学校の通学路もあり、子どもたちが毎日通ります。早めの修理をお願いいたします。",
                    *signed(p),
                    f"{wareki(TODAY - dt.timedelta(days=15))}",
                ]
            ),
        )
    )

    # 10: the answer to a report, digits spaced
    p = ctx.person((1950, 2000))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="道路通報への回答"),
            post=spaced_letter(
                ctx,
                p,
                "道路に関するご要望への回答について",
                [
                    "先日お寄せいただいたご要望について、現地を確認しましたので下記のとおり回答します。",
                    "今後とも道路の維持管理にご協力をお願いいたします。",
                ],
                [
                    ("要望の内容", "カーブミラーの向きの調整"),
                    ("受付日", wareki(TODAY - dt.timedelta(days=21), "spaced")),
                    ("対応", "ミラーの角度を調整し、清掃を行いました"),
                    ("対応日", wareki(TODAY - dt.timedelta(days=4), "spaced")),
                ],
                F,
                TODAY,
            ),
        )
    )

    # 11: 104+ callers printed from the 通報 system, dashed
    rows11: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(106, 122)), start=1):
        rows11.append(
            [
                f"{2024000 + i * 3}",
                ymd(ctx.day(dt.date(2022, 4, 1))),
                p.name(),
                katakana(p.kana)[:12],
                p.short_address()[:26],
                p.phone,
                r.choice(REPORTS),
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="通報者台帳"),
            post=system_print(
                "道路通報 通報者台帳（令和4年度～）",
                f"{ctx.city} 道路維持管理システム",
                [
                    ("受付No", 30),
                    ("受付日", 85),
                    ("通報者", 140),
                    ("カナ", 215),
                    ("住所", 310),
                    ("連絡先", 575),
                    ("種別", 665),
                ],
                rows11,
                28,
                "抽出条件：通報者区分=個人",
            ),
        )
    )

    # 12: Slack: a caller's fall and fracture
    p = ctx.person((1935, 1955))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("14:02", a, f"先週 歩道の段差を通報してくれた {p.name()} さんの件"),
        (
            "14:03",
            a,
            "ご家族から電話があり、その段差でつまずいて大腿骨頸部骨折、市立総合病院に入院中とのこと",
        ),
        ("14:10", b, "段差の補修はいつでしたか"),
        ("14:12", a, "昨日です。賠償の相談になりそうなので管理係にもつなぎます"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("slack", TODAY - dt.timedelta(days=2), lines, "維持補修-通報")),
        )
    )

    # 13: 106+ callers for the GIS link, in cp932
    rows13: list[list[Cell]] = [["通報者ID", "氏名", "フリガナ", "住所", "電話番号", "通報回数"]]
    for i, p in enumerate(ctx.people(r.randint(106, 120)), start=1):
        rows13.append([f"U{i:05d}", p.name(), katakana(p.kana), p.address(), p.phone, r.randint(1, 9)])
    docs.append(
        doc(F, "csv-cp932", 3, ["name", "address", "phone"], DocSpec(sheets=[sheet("通報者", rows13)]))
    )

    # 14: a site-visit record: named once, the disability later
    p = ctx.person((1950, 1990))
    docs.append(
        doc(
            F,
            "odt",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="現地対応記録",
                paragraphs=[
                    f"通報者　{p.name()}（{p.address()}）",
                    f"内容　自宅から{ctx.station}へ向かう歩道の点字ブロックが剥がれている。",
                    "現地確認　延長約8mにわたり剥離、うち2枚が欠損。放置自転車が点字ブロック上に常時ある。",
                    "対応　点字ブロックの補修を単価契約業者に指示。放置自転車は自転車対策係に撤去を依頼した。",
                    "補足　通報者は白杖を使用しており、視覚障害（身体障害者手帳1級）のため、回答は電話で行うこと。",
                    f"記録 {unit} {ctx.staff()}",
                ],
            ),
        )
    )
    return docs


# --- 市営駐車場・駐輪場 定期利用 (交通政策課 駐車場係) ---------------------------------------------------------
def chusha(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "chusha"
    st, unit = ctx.station, dept("chusha")
    lots = [f"{st}東口市営駐車場", f"{st}西口市営駐車場", "市役所第2駐車場", f"{st}北口市営駐輪場",
            f"{ctx.districts[1]}市営駐輪場"]  # fmt: skip
    manager = ctx.companies(1)[0]
    docs: list[Doc] = []

    # 1: fees and how to apply
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="市営駐車場・駐輪場 料金と定期利用のご案内",
                paragraphs=[
                    "定期利用は毎年3月と9月に申込みを受け付け、申込多数の場合は抽選とします。",
                    "申込みは窓口または電子申請で。車両の車検証の写しが必要です。",
                    f"指定管理者　{manager}（管理事務所 電話 {ctx.tel()}）",
                    f"問合せ　{unit}　電話 {ctx.office_phone(5)}",
                ],
                tables=[
                    [
                        ["施設", "一時利用", "定期（月額）一般", "定期（月額）学生"],
                        [lots[0], "30分 100円", "6,500円", "—"],
                        [lots[1], "30分 100円", "6,000円", "—"],
                        [lots[2], "1時間 100円", "5,000円", "—"],
                        [lots[3], "1回 100円", "1,800円", "1,200円"],
                        [lots[4], "1回 100円", "1,500円", "1,000円"],
                    ]
                ],
            ),
        )
    )

    # 2: occupancy by lot and month, merged; raw hidden
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    body: list[list[Cell]] = [
        ["施設", "利用率（%）", None, None, None, None, None, "定期契約数"],
        [None, *months, None],
    ]
    raw: list[list[Cell]] = [["施設", "月", "入庫台数", "収容台数"]]
    for lot in lots:
        body.append([lot, *[r.randint(42, 98) for _ in months], r.randint(40, 320)])
        raw += [[lot, m, r.randint(800, 9000), r.randint(60, 400)] for m in months]
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("利用率", body, title="市営駐車場・駐輪場 利用状況"),
                    sheet("元データ", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"利用率": ["B3:G3", "A3:A4", "H3:H4"]}),
        )
    )

    # 3: season-ticket issue log: 12-digit 定期券番号 failing the check digit
    rows3: list[list[Cell]] = [["定期券番号", "施設", "区分", "開始日", "終了日", "金額", "発行端末"]]
    for _ in range(r.randint(30, 38)):
        s = ctx.day(dt.date(2024, 4, 1), dt.date(2024, 9, 1)).replace(day=1)
        rows3.append(
            [
                fail_check(random_my_number(r), r.randint(1, 9)),
                r.choice(lots),
                r.choice(["一般", "学生", "一般"]),
                ymd(s),
                ymd(s + dt.timedelta(days=r.choice([30, 91, 182]))),
                r.choice([1800, 6000, 6500, 18000]),
                f"KIOSK-{r.randint(1, 4)}",
            ]
        )
    docs.append(
        doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("発行", rows3)]),
            note="12-digit 定期券番号 all failing the check digit; no holder is named",
        )
    )

    # 4: the managers and contractors with 法人番号
    crows: list[list[Cell]] = [["区分", "事業者名", "法人番号", "所在地", "電話", "代表者", "期間"]]
    for c in [manager, *ctx.companies(r.randint(7, 9))]:
        crows.append(
            [
                r.choice(["指定管理者", "機器保守", "警備", "清掃"]),
                c,
                random_corporate_number(r),
                ctx.biz_address(),
                ctx.tel(),
                f"代表取締役 {ctx.staff()}",
                "R6.4.1～R9.3.31",
            ]
        )
    docs.append(doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("事業者", crows)])))

    # 5: application form 記入例 with a sample name
    docs.append(
        doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="市営駐輪場 定期利用申込書（記入例）",
                tables=[
                    [
                        ["申込者氏名", "駐輪 次郎"],
                        ["フリガナ", "チュウリン ジロウ"],
                        ["住所", f"{ctx.city}{ctx.districts[0]}1丁目2番3号"],
                        ["電話", "090-0000-0000"],
                        ["区分", "一般・学生（どちらかに○）"],
                        ["希望施設", lots[3]],
                        ["防犯登録番号", "A 000000"],
                    ]
                ],
                paragraphs=["※太枠内をご記入ください。学生の方は学生証の写しを添付してください。"],
                textboxes=["記入例", "防犯登録番号は自転車のシールに記載されています"],
            ),
            note="記入例 with a sample name and a sample address only",
        )
    )

    # 6: Teams among staff about the lottery (no resident)
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("13:30", a, f"後期の定期申込、{lots[0]} は 184件で倍率 2.3倍です"),
        ("13:32", b, "抽選は 10/1 の10時、公開でやりますか"),
        ("13:35", a, "例年どおり公開で。指定管理者にも立会いを依頼します"),
        ("13:40", b, f"{lots[3]} は定員割れなので先着順に切り替えます"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=20), lines, "駐車場係")),
            note="staff only, no resident",
        )
    )

    # 7: the applicants, 姓/名/セイ/メイ split, starting on row 6
    rows7: list[list[Cell]] = [
        ["受付番号", "姓", "名", "セイ", "メイ", "住所", "電話番号", "希望施設", "車両番号"]
    ]
    for i, p in enumerate(ctx.people(r.randint(32, 44)), start=1):
        rows7.append(
            [
                f"K{i:04d}",
                p.sei,
                p.mei,
                katakana(p.sei_kana),
                katakana(p.mei_kana),
                p.address(),
                p.phone,
                r.choice(lots[:3]),
                ctx.plate_no(),
            ]
        )
    docs.append(
        doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("申込者", rows7, title="令和6年度後期 定期利用申込者一覧（抽選前）", first_row=6)
                ]
            ),
        )
    )

    # 8: lottery result notice, digits spaced
    p = ctx.person((1960, 2002))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="定期利用 抽選結果"),
            post=spaced_letter(
                ctx,
                p,
                "市営駐車場 定期利用の抽選結果について（通知）",
                [
                    "先に申込みのありました定期利用について、抽選の結果、当選となりましたので通知します。",
                    "下記の期限までに管理事務所で利用料を納め、定期券の交付を受けてください。",
                ],
                [
                    ("施設", lots[0]),
                    ("区画", f"{r.choice('ABC')}-{r.randint(1, 80)}"),
                    ("利用期間", f"{wareki(dt.date(2024, 10, 1), 'spaced')} から 6 か月"),
                    ("手続期限", wareki(TODAY + dt.timedelta(days=10), "spaced")),
                ],
                F,
                TODAY - dt.timedelta(days=14),
            ),
        )
    )

    # 9: LINE WORKS: the attendant names a holder, the reply gives the phone
    p = ctx.person((1960, 2002))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("07:55", a, f"おはようございます。{lots[1]} 管理人です"),
        ("07:58", a, f"定期の {p.name()} さん、車を買い替えたそうで車両番号の変更をしたいとのこと"),
        ("08:20", b, "変更届を出してもらってください。こちらから連絡しますか"),
        ("08:22", a, f"お願いします。携帯 {p.phone} 、平日は18時以降がいいそうです"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("lineworks", TODAY - dt.timedelta(days=7), lines, "駐車場 管理人連絡")),
        )
    )

    # 10: a change form in odt
    p = ctx.person((1955, 2000))
    docs.append(
        doc(
            F,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="定期利用 変更届",
                tables=[
                    [
                        ["届出日", wareki(TODAY - dt.timedelta(days=5))],
                        ["施設", lots[2]],
                        ["氏名", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["変更前 車両番号", ctx.plate_no()],
                        ["変更後 車両番号", ctx.plate_no()],
                        ["理由", "車両の買替え"],
                    ]
                ],
            ),
        )
    )

    # 11: one 駐輪場's holders in xls
    rows11: list[list[Cell]] = [["No", "氏名", "ふりがな", "電話", "区分", "防犯登録番号", "期限"]]
    for i, p in enumerate(ctx.people(r.randint(28, 38), (1960, 2008)), start=1):
        rows11.append([i, p.name(), p.kana, p.phone, r.choice(["一般", "学生"]), ctx.bike_no(), "2025/03/31"])
    docs.append(doc(F, "xls", 2, ["name", "phone"], DocSpec(sheets=[sheet(lots[4][:20], rows11)])))

    # 12: 112+ holders printed from the parking system, ruled
    rows12: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(112, 128)), start=1):
        rows12.append(
            [
                f"T{31000 + i}",
                p.name(),
                katakana(p.kana)[:12],
                p.short_address()[:26],
                p.phone,
                r.choice(lots)[:12],
                ymd(dt.date(2024, r.choice([4, 10]), 1)),
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="定期利用者台帳"),
            post=system_print(
                "定期利用者台帳",
                f"{ctx.city} 駐車場管理システム PMS",
                [
                    ("契約No", 30),
                    ("氏名", 85),
                    ("カナ", 165),
                    ("住所", 260),
                    ("電話", 520),
                    ("施設", 610),
                    ("開始日", 730),
                ],
                rows12,
                26,
                "抽出条件：契約状態=有効",
                ruled=True,
            ),
        )
    )

    # 13: a 督促 for three months' fees in arrears, digits spaced
    p = ctx.person((1960, 1998))
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="定期利用料の督促"),
            post=spaced_letter(
                ctx,
                p,
                "市営駐車場 定期利用料の納付について（督促）",
                [
                    "定期利用料が、下記のとおり納期限を過ぎても納付されていません。",
                    "期限までに納付がないときは、定期利用の許可を取り消し、未納額を請求します。",
                ],
                [
                    ("施設", lots[0]),
                    ("滞納月", "令和 6 年 6 月分 ～ 8 月分（3 か月）"),
                    ("未納額", f"{yen(6500 * 3)}円"),
                    ("納期限", wareki(TODAY + dt.timedelta(days=14), "spaced")),
                ],
                F,
                TODAY,
            ),
        )
    )

    # 14: the office's relay log in cp932: a named holder three months in arrears
    p = ctx.person((1960, 1998))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        (
            "10:40",
            a,
            f"管理事務所より。定期の {p.name()}（{p.address()}）、利用料 3か月滞納、督促状にも反応なし",
        ),
        ("10:45", b, "入庫は続いていますか"),
        ("10:47", a, "毎日入庫しています。ゲートで止めてよいか確認したい"),
        ("11:05", b, "許可取消の前に催告書を1回出します。それまでは通常どおりで"),
    ]
    docs.append(
        doc(
            F,
            "txt-cp932",
            3,
            ["name", "address", "arrears"],
            DocSpec(paragraphs=chat("arrow", TODAY - dt.timedelta(days=2), lines, "駐車場 管理事務所連絡")),
        )
    )

    # 15: the attendants' 報償費 台帳 with their numbers on a hidden sheet headed 番号
    att = ctx.people(r.randint(6, 9), (1944, 1960))
    vis: list[list[Cell]] = [["管理員ID", "氏名", "住所", "担当施設", "勤務日数", "報償費"]]
    hid: list[list[Cell]] = [["管理員ID", "氏名", "番号"]]
    for i, p in enumerate(att, start=1):
        vis.append(
            [f"M{i:03d}", p.name(), p.address(), r.choice(lots), r.randint(8, 20), r.randint(40, 120) * 1000]
        )
        hid.append([f"M{i:03d}", p.name(), int(random_my_number(r))])
    docs.append(
        doc(
            F,
            "xlsx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                sheets=[
                    sheet("報償費", vis, title="駐輪場管理員 報償費支払台帳（令和6年度上半期）"),
                    sheet("番号", hid, state="hidden", number_formats={2: "0"}),
                ]
            ),
        )
    )

    # 16: the arrears list pasted from column Z
    rows16: list[list[Cell]] = [["契約No", "氏名", "住所", "電話", "施設", "滞納月数", "滞納額", "督促日"]]
    for i, p in enumerate(ctx.people(r.randint(9, 15)), start=1):
        m = r.randint(1, 6)
        rows16.append(
            [
                f"T{31500 + i}",
                p.name(),
                p.address(),
                p.phone,
                r.choice(lots),
                m,
                6000 * m,
                ymd(TODAY - dt.timedelta(days=r.randint(5, 90))),
            ]
        )
    docs.append(
        doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(sheets=[sheet("滞納", far_right(rows16, 25), first_row=3)]),
        )
    )
    return docs


# --- コミュニティバス (交通政策課 公共交通係) ---------------------------------------------------------------
LOST = ["傘（黒・長傘）", "財布（現金 約3,000円）", "スマートフォン", "帽子", "手袋（片方）", "定期入れ", "眼鏡",
        "紙袋（衣類）", "キーケース", "水筒", "折りたたみ傘", "イヤホン"]  # fmt: skip


def bus(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "bus"
    st, unit = ctx.station, dept("bus")
    d = ctx.districts
    stops = [
        st,
        "市役所",
        "市立総合病院",
        f"{d[0]}公民館",
        f"{d[1]}",
        "総合体育館",
        f"{d[2]}団地",
        "ショッピングセンター前",
        f"{d[3]}",
        "図書館",
        f"{d[4]}小学校",
        st,
    ]
    operator = ctx.companies(1)[0]
    docs: list[Doc] = []

    # 1: route and timetable
    trips = 7
    table = [["バス停", *[f"{i}便" for i in range(1, trips + 1)]]]
    for k, s in enumerate(stops):
        table.append([s, *[f"{7 + 2 * t}:{(5 + 4 * k) % 60:02d}" for t in range(trips)]])
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.bus} 中央循環線 時刻表・路線図（令和6年10月1日改正）",
                paragraphs=[
                    "運賃 大人 200円、小学生・障害のある方 100円、未就学児 無料。",
                    "回数券（11枚綴り 2,000円）は車内で販売しています。",
                    "路線図：" + " → ".join(stops),
                    f"運行 {operator}　問合せ {unit} 電話 {ctx.office_phone(6)}",
                ],
                tables=[table],
            ),
        )
    )

    # 2: boardings by stop, merged; trips hidden
    body: list[list[Cell]] = [
        ["バス停", "乗車", None, "降車", None, "計"],
        [None, "平日", "休日", "平日", "休日", None],
    ]
    per_trip: list[list[Cell]] = [["便", "乗車人員", "最大乗車"]]
    per_trip += [[f"{i}便", r.randint(40, 400), r.randint(5, 30)] for i in range(1, trips + 1)]
    for s in stops[:-1]:
        n = [r.randint(10, 900) for _ in range(4)]
        body.append([s, *n, sum(n)])
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("バス停別", body, title=f"{ctx.bus} 乗降客数調査（令和6年6月）"),
                    sheet("便別", per_trip, state="hidden"),
                ]
            ),
            post=merge_xlsx({"バス停別": ["B3:C3", "D3:E3", "A3:A4", "F3:F4"]}),
        )
    )

    # 3: lost property with 12-digit 受付番号 failing the check digit, no owner
    rows3: list[list[Cell]] = [["受付番号", "拾得日", "便", "品名", "特徴", "処理"]]
    for _ in range(r.randint(24, 32)):
        rows3.append(
            [
                fail_check(random_my_number(r), r.randint(1, 9)),
                ymd(ctx.day(dt.date(2024, 7, 1))),
                f"{r.randint(1, trips)}便",
                r.choice(LOST),
                r.choice(COLORS),
                r.choice(["保管中", "返還済", "警察へ引渡し"]),
            ]
        )
    docs.append(
        doc(
            F,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("忘れ物", rows3)]),
            note="12-digit 受付番号 all failing the check digit; no owner is named",
        )
    )

    # 4: operators with 法人番号 and their 運行管理者 in role
    crows: list[list[Cell]] = [["事業者", "法人番号", "所在地", "電話", "運行管理者", "担当路線"]]
    for c in [operator, *ctx.companies(r.randint(7, 9))]:
        crows.append(
            [
                c,
                random_corporate_number(r),
                ctx.biz_address(),
                ctx.tel(),
                f"運行管理者 {ctx.staff()}",
                r.choice(["中央循環線", "北部線", "南部線", "デマンド交通", "予備車両"]),
            ]
        )
    docs.append(doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("運行事業者", crows)])))

    # 5: slides with figures and anonymised voices
    docs.append(
        doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.bus} 利用促進計画（地域公共交通会議 資料）",
                paragraphs=[
                    "年間利用者 148,200人（前年度比 6.4%増）",
                    "1便あたり平均 11.8人、収支率 21%",
                    "利用者の声：Ａさん（70代）「病院へ行くのに欠かせない」",
                    "利用者の声：Ｂさん（高校生）「最終便をもう少し遅く」",
                    "課題：休日の利用が少ない、バス停の上屋が不足",
                    "今後：デマンド交通との乗継割引を検討",
                ],
                tables=[
                    [
                        ["年度", "利用者数", "運行経費", "運賃収入"],
                        ["令和4年度", "131,540", "42,800千円", "8,830千円"],
                        ["令和5年度", "139,280", "43,900千円", "9,210千円"],
                    ]
                ],
            ),
        )
    )

    # 6: 障害者割引 回数券 application 記入例 (sample applicant)
    docs.append(
        doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="障害者割引 回数券 交付申請書（記入例）",
                tables=[
                    [
                        ["申請者氏名", "市民 花子"],
                        ["住所", f"{ctx.city}{d[0]}1丁目1番1号"],
                        ["生年月日", "昭和30年1月1日"],
                        ["手帳の種類", "身体障害者手帳・療育手帳・精神障害者保健福祉手帳"],
                        ["手帳番号", "第000000号"],
                        ["介助者", "あり・なし"],
                    ]
                ],
                paragraphs=["※手帳の原本を窓口でご提示ください。", "※記入例の内容は見本です。"],
                textboxes=["記入例"],
            ),
            note="記入例: the applicant, birth date and 手帳 are samples",
        )
    )

    # 7: Slack: a wallet's owner named, the reply gives the phone
    p = ctx.person((1950, 2004))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("11:20", a, "中央循環線3便の車内で財布の拾得あり、運行事業者から連絡"),
        ("11:25", a, f"中の運転免許証から落とし主は {p.name()} さんと判明"),
        ("11:31", b, f"電話番号は財布の中のカードに書いてありました。{p.phone} です。連絡してみます"),
        ("11:50", b, "本人と連絡つきました。明日、市役所で受け取りです"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("slack", TODAY - dt.timedelta(days=3), lines, "公共交通係")),
        )
    )

    # 8: a receipt for lost property, address and phone in text boxes
    p = ctx.person((1950, 2004))
    docs.append(
        doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="遺失物 受領書",
                paragraphs=[
                    f"{ctx.bus} 車内で拾得された下記の物品を受領しました。",
                    f"品名　{r.choice(LOST)}",
                    f"受領日　{wareki(TODAY - dt.timedelta(days=2))}",
                    f"受領者氏名　{p.name()}",
                    f"引渡し担当　{unit} {ctx.staff()}",
                ],
                textboxes=[f"住所 {p.address()}", f"連絡先 {p.phone}"],
            ),
        )
    )

    # 9: an answer to a resident's request, digits spaced
    p = ctx.person((1945, 1990))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="ご意見への回答"),
            post=spaced_letter(
                ctx,
                p,
                f"{ctx.bus}へのご意見について（回答）",
                [
                    "先日はバス停の新設についてご意見をいただき、ありがとうございました。",
                    "地域公共交通会議で検討した結果を、下記のとおりお知らせします。",
                ],
                [
                    ("ご意見", f"{d[2]}団地の北側にバス停を新設してほしい"),
                    ("受付日", wareki(TODAY - dt.timedelta(days=40), "spaced")),
                    ("回答", "道路の幅員が狭く停車帯を確保できないため、現時点では困難です"),
                    ("今後", "デマンド交通の乗降場所の追加を検討します"),
                ],
                F,
                TODAY - dt.timedelta(days=3),
            ),
        )
    )

    # 10: 敬老パス applicants with birth dates, pasted from column AA
    rows10: list[list[Cell]] = [["申請No", "氏名", "フリガナ", "生年月日", "年齢", "住所", "申請日"]]
    for i, p in enumerate(ctx.people(r.randint(24, 34), (1935, 1958)), start=1):
        rows10.append(
            [
                f"KP{i:04d}",
                p.name(),
                katakana(p.kana),
                wareki(p.birth, r.choice(["short", "long", "slash"])),
                p.age(),
                p.address(),
                ymd(TODAY - dt.timedelta(days=r.randint(1, 30))),
            ]
        )
    docs.append(
        doc(
            F,
            "xlsx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[sheet("10月受付", far_right(rows10, 26), first_row=5)]),
        )
    )

    # 11: Outlook mail from the operator; the quoted complaint gives address and phone
    p = ctx.person((1950, 1995))
    me, op = ctx.staff(), ctx.staff()
    quoted = [
        (
            f"{me}",
            ymd(TODAY - dt.timedelta(days=5)) + " 09:12",
            "苦情の転送（中央循環線）",
            [
                f"{operator} 運行管理者 様",
                "",
                "市民の方から下記の苦情がありました。事実確認をお願いします。",
                f"申出者：{p.name()} 様　{p.address()}　電話 {p.phone}",
                "内容：10月7日の5便がバス停を通過した。手を挙げていたのに止まらなかった。",
                "",
                f"{unit} {me}",
            ],
        )
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{op} <unkou@example.co.jp>",
                    f"{me} <kotsu@city.example.lg.jp>",
                    "RE: 苦情の転送（中央循環線）",
                    ymd(TODAY - dt.timedelta(days=4)) + " 16:40",
                    [
                        f"{me} 様",
                        "",
                        "ドライブレコーダーを確認しました。運転士の確認不足です。申し訳ありません。",
                        "運転士への指導を行い、申出者の方へは弊社からもお詫びの連絡をいたします。",
                        "",
                        f"運行管理者 {op}",
                    ],
                    quoted,
                )
            ),
        )
    )

    # 12: 110+ 敬老パス holders printed, dashed
    rows12: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(110, 126), (1930, 1958)), start=1):
        rows12.append(
            [
                f"{58000 + i}",
                p.name(),
                katakana(p.kana)[:12],
                wareki(p.birth, "short"),
                str(p.age()),
                p.short_address()[:26],
                ymd(ctx.day(dt.date(2024, 4, 1))),
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "birth_date"],
            DocSpec(title="敬老パス交付台帳"),
            post=system_print(
                "高齢者バス優待乗車証（敬老パス）交付台帳",
                f"{ctx.city} 福祉交通システム",
                [
                    ("交付No", 30),
                    ("氏名", 85),
                    ("カナ", 165),
                    ("生年月日", 260),
                    ("年齢", 320),
                    ("住所", 350),
                    ("交付日", 620),
                ],
                rows12,
                27,
                "抽出条件：交付年度=令和6年度",
            ),
        )
    )

    # 13: one 障害者割引 application, the disability in a text box
    p = ctx.person((1950, 2000))
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="障害者割引 回数券 交付申請書",
                tables=[
                    [
                        ["申請者", _pp(p)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["申請日", wareki(TODAY - dt.timedelta(days=8))],
                        ["交付枚数", "2冊"],
                    ]
                ],
                paragraphs=["窓口確認欄：手帳原本 確認済", f"受付 {unit} {ctx.staff()}"],
                textboxes=[
                    "身体障害者手帳 2級（両下肢機能障害）、介助者同伴。車椅子でのノンステップ便利用希望"
                ],
            ),
        )
    )

    # 14: the driver's accident report: the driver in role, the passenger's fracture later
    p = ctx.person((1935, 1960))
    driver = ctx.staff()
    when = TODAY - dt.timedelta(days=r.randint(5, 20))
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="車内事故報告書",
                paragraphs=[
                    f"報告者　{operator} 運行管理者 {ctx.staff()}",
                    f"運転士　{driver}（乗務歴 12年）",
                    f"発生日時　{wareki(when)} 午前10時42分頃　中央循環線 4便",
                    f"発生場所　「{stops[3]}」バス停 発車直後",
                    f"負傷者　乗客 {p.name()} 様（{p.address()}）",
                    "概要　発車直後、自転車の飛び出しにより急ブレーキ。立っていた乗客1名が転倒した。",
                    "車両の速度は約15km/h。ドライブレコーダーの映像を保存済み。",
                    "対応　運転士が救急要請し、警察に届出。他の乗客は代替車両で運送した。",
                    f"負傷の程度　{r.choice(HOSPITALS)}にて右大腿骨転子部骨折と診断、入院加療（約1か月）の見込み。",
                ],
            ),
            note="the driver is named in role; the injured passenger is a private person",
        )
    )

    # 15: Teams: a passenger's seizure
    p = ctx.person((1960, 2004))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("15:02", a, "運行事業者から連絡。南部線2便の車内で乗客が倒れ、救急搬送されました"),
        ("15:05", b, "お名前わかりますか"),
        (
            "15:09",
            a,
            f"{p.name()}さん（{d[4]}在住）。ご家族に連絡がついて、てんかんの持病があり発作だったとのこと",
        ),
        ("15:15", b, "了解です。事故報告は不要、運行記録に記載だけお願いします"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=6), lines, "公共交通係")),
        )
    )
    return docs


# --- 運転免許 自主返納 支援 (交通政策課 交通安全係) -----------------------------------------------------------
def henno(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "henno"
    unit = dept("henno")
    docs: list[Doc] = []

    # 1: the scheme
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="運転免許証を自主返納された方への支援",
                paragraphs=[
                    "65歳以上で運転免許証をすべて自主返納された市民の方に、移動の支援を行います（1人1回限り）。",
                    f"支援内容　次のいずれか1つ：タクシー利用券 10,000円分 ／ {ctx.bus} 回数券 5冊 ／ ICカードチャージ 10,000円分",
                    "申請に必要なもの　運転経歴証明書または申請による取消通知書、本人確認書類、印鑑",
                    "申請期限　返納日から1年以内",
                    "代理申請　ご家族による代理申請ができます（委任状）",
                    f"申請窓口　{unit}（市役所 2階）、各支所　電話 {ctx.office_phone(7)}",
                ],
            ),
        )
    )

    # 2: surrenders by age band, merged; raw hidden
    bands = ["65～69歳", "70～74歳", "75～79歳", "80～84歳", "85歳以上"]
    body: list[list[Cell]] = [
        ["年度", "年齢階層", None, None, None, None, "計", "支援申請"],
        [None, *bands, None, None],
    ]
    raw: list[list[Cell]] = [["年度", "年齢", "男", "女"]]
    for y in (3, 4, 5):
        n = [r.randint(20, 260) for _ in bands]
        body.append([f"令和{y}年度", *n, sum(n), int(sum(n) * r.uniform(0.6, 0.9))])
        raw += [[f"R{y}", b, r.randint(5, 150), r.randint(5, 120)] for b in bands]
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("年齢別", body, title="運転免許証 自主返納者数と支援申請数"),
                    sheet("原数値", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"年齢別": ["B3:F3", "A3:A4", "G3:G4", "H3:H4"]}),
        )
    )

    # 3: partner taxi firms and shops with 法人番号
    rows3: list[list[Cell]] = [["事業者名", "法人番号", "所在地", "電話", "区分", "協力開始日"]]
    for c in ctx.companies(r.randint(9, 12)):
        rows3.append(
            [
                c,
                random_corporate_number(r),
                ctx.biz_address(),
                ctx.tel(),
                r.choice(["タクシー", "商店", "ICカード"]),
                ymd(ctx.day(dt.date(2019, 4, 1), dt.date(2024, 4, 1))),
            ]
        )
    docs.append(doc(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("協力事業者", rows3)])))

    # 4: the application 記入例 with a sample name and birth date
    docs.append(
        doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="運転免許証自主返納者支援 申請書（記入例）",
                tables=[
                    [
                        ["氏名", "返納 ハナ"],
                        ["生年月日", "昭和15年1月1日"],
                        ["住所", f"{ctx.city}{ctx.districts[1]}2丁目3番4号"],
                        ["電話", "0000-00-0000"],
                        ["返納日", "令和6年4月1日"],
                        ["希望する支援", "タクシー利用券"],
                    ]
                ],
                paragraphs=["※記入例です。運転経歴証明書の写しを添付してください。"],
                header="記入例",
            ),
            note="記入例: the name, birth date and address are samples",
        )
    )

    # 5: LINE WORKS among staff about the outreach desk (no resident)
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("09:00", a, f"来週の出張受付は {ctx.districts[0]}公民館（火）と {ctx.districts[2]}支所（木）です"),
        ("09:02", b, "申請書は各30部でいいですか"),
        ("09:03", a, "はい。タクシー券の在庫も確認お願いします"),
        ("09:10", b, "在庫 420冊あります"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("lineworks", TODAY - dt.timedelta(days=8), lines, "交通安全係")),
            note="staff only, no resident",
        )
    )

    # 6: a resident's own letter, signed with address, birth date and phone
    p = ctx.person((1936, 1952))
    docs.append(
        doc(
            F,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city} {unit.split(' ')[1]} 御中",
                    "",
                    "自主返納の支援について（お尋ね）",
                    "",
                    "今年の春に長年乗っていた車を手放し、運転免許証を返納しました。",
                    "返納のときに警察署で市の支援のことを聞いたのですが、申請を忘れておりました。",
                    "返納から1年以内なら申請できると聞きましたので、手続きの方法を教えていただけないでしょうか。",
                    "出かけるのが難しいので、書類を郵送していただけると助かります。",
                    *signed(p, birth=True),
                    f"{wareki(TODAY - dt.timedelta(days=9))}",
                ]
            ),
        )
    )

    # 7: the decision notice, digits spaced, with the birth date
    p = ctx.person((1934, 1955))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="支援決定通知"),
            post=spaced_letter(
                ctx,
                p,
                "運転免許証自主返納者支援 決定通知書",
                [
                    "申請のあった支援について、下記のとおり決定しましたので通知します。",
                    "利用券は本通知に同封しています。有効期限にご注意ください。",
                ],
                [
                    ("生年月日", wareki(p.birth, "spaced")),
                    ("返納日", wareki(TODAY - dt.timedelta(days=70), "spaced")),
                    ("支援の内容", "タクシー利用券 10,000 円分（500 円券 20 枚）"),
                    ("有効期限", wareki(TODAY + dt.timedelta(days=365), "spaced")),
                ],
                F,
                TODAY,
            ),
        )
    )

    # 8: the 受付票 in odt
    p = ctx.person((1934, 1955))
    docs.append(
        doc(
            F,
            "odt",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="自主返納者支援 受付票",
                tables=[
                    [
                        ["受付日", wareki(TODAY - dt.timedelta(days=3))],
                        ["氏名", p.name()],
                        ["フリガナ", katakana(p.kana)],
                        ["生年月日", wareki(p.birth, "abbr")],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["返納日", wareki(TODAY - dt.timedelta(days=40))],
                        ["支援", r.choice(["タクシー利用券", "バス回数券"])],
                        ["申請者", "本人"],
                        ["受付者", ctx.staff()],
                    ]
                ],
            ),
        )
    )

    # 9: Teams: a family member called, the reply gives the applicant's address
    p = ctx.person((1934, 1955))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("10:20", a, f"{p.name()}さんの息子さんから電話。支援の申請書を送ってほしいとのこと"),
        ("10:22", b, "送付先はご本人宅ですか"),
        ("10:25", a, f"はい、{p.address()} です。返納日は先月とのこと"),
        ("10:26", b, "本日発送します"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=4), lines, "交通安全係")),
        )
    )

    # 10: 110+ applicants printed with birth dates, dashed
    rows10: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(110, 126), (1928, 1958)), start=1):
        rows10.append(
            [
                f"{7100 + i}",
                p.name(),
                katakana(p.kana)[:12],
                wareki(p.birth, "short"),
                p.short_address()[:26],
                p.phone,
                ymd(ctx.day(dt.date(2023, 4, 1))),
                r.choice(["タクシー券", "回数券", "IC"]),
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "birth_date", "phone"],
            DocSpec(title="返納支援台帳"),
            post=system_print(
                "運転免許証自主返納者支援 申請者台帳",
                f"{ctx.city} 交通安全業務システム",
                [
                    ("受付No", 30),
                    ("氏名", 75),
                    ("カナ", 155),
                    ("生年月日", 250),
                    ("住所", 310),
                    ("電話", 570),
                    ("返納日", 660),
                    ("支援", 740),
                ],
                rows10,
                27,
            ),
        )
    )

    # 11: a consultation record in prose: named once, the cognitive findings later
    p = ctx.person((1932, 1948))
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="相談記録（自主返納）",
                paragraphs=[
                    f"相談者　{p.name()}（{p.address()}）の長女",
                    "相談日　" + wareki(TODAY - dt.timedelta(days=12)),
                    "相談の内容　父が車の運転をやめようとしないので、返納を勧めてほしい。",
                    "家族の話では、最近、駐車場で車をこすることが増え、帰り道がわからなくなったこともある。",
                    "本人は「まだ大丈夫」と言っており、家族の説得には応じない。",
                    "対応　返納後の支援制度と、バス・デマンド交通の使い方を説明した。",
                    "長女によれば、本人は7月の免許更新時の認知機能検査で「認知症のおそれ」（旧第1分類）と判定され、"
                    "物忘れ外来を受診、アルツハイマー型認知症の初期と診断されたとのこと。",
                    "今後　地域包括支援センターと連携し、家族同席で本人と面談する。",
                    f"記録 {unit} {ctx.staff()}",
                ],
            ),
            note="the 認知機能検査 result and the dementia diagnosis count as health",
        )
    )

    # 12: an application copy whose number is only in the header
    p = ctx.person((1934, 1955))
    mn = random_my_number(r)
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "birth_date", "my_number"],
            DocSpec(
                title="自主返納者支援 申請書（控）",
                tables=[
                    [
                        ["氏名", _pp(p)],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["返納日", wareki(TODAY - dt.timedelta(days=30))],
                        ["支援", "ICカードチャージ"],
                    ]
                ],
                paragraphs=["本人確認：運転経歴証明書により確認", f"受付 {ctx.staff()}"],
                header=f"番号 {grouped(mn)}",
            ),
        )
    )

    # 13: LINE WORKS in cp932: a daughter's word about dementia and medication
    p = ctx.person((1932, 1948))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("13:15", a, f"{p.name()}さんの件、娘さんが窓口に来られました"),
        ("13:17", a, "アルツハイマー型認知症で服薬中、主治医から運転は止めるよう言われているそうです"),
        ("13:20", b, "本人同席で返納の手続き、警察署に同行支援しますか"),
        ("13:22", a, "来週水曜で調整します"),
    ]
    docs.append(
        doc(
            F,
            "txt-cp932",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("lineworks", TODAY - dt.timedelta(days=5), lines, "返納相談")),
        )
    )

    # 14: the 台帳 with 姓/名 split, the remarks (cognitive, care) on a hidden sheet
    people14 = ctx.people(r.randint(14, 22), (1930, 1955))
    vis: list[list[Cell]] = [["ID", "姓", "名", "セイ", "メイ", "生年月日", "住所", "電話"]]
    hid: list[list[Cell]] = [["ID", "備考"]]
    for i, p in enumerate(people14, start=1):
        vis.append(
            [
                f"H{i:04d}",
                p.sei,
                p.mei,
                katakana(p.sei_kana),
                katakana(p.mei_kana),
                p.birth,
                p.address(),
                p.phone,
            ]
        )
        if i % 3 == 1:
            hid.append(
                [
                    f"H{i:04d}",
                    r.choice(
                        [
                            "認知機能検査 第1分類",
                            "要介護1（認知症）",
                            "脳梗塞後遺症・左半身まひ",
                            "視野障害（緑内障）",
                        ]
                    ),
                ]
            )
    docs.append(
        doc(
            F,
            "xlsx",
            3,
            ["name", "address", "birth_date", "phone", "health"],
            DocSpec(
                sheets=[
                    sheet("台帳", vis, title="自主返納 相談・支援台帳"),
                    sheet("備考", hid, state="hidden"),
                ]
            ),
        )
    )
    return docs


# --- 屋外広告物 許可 (都市計画課 景観係) ---------------------------------------------------------------------
SIGNS = ["壁面広告", "突出広告", "屋上広告", "野立看板", "アドバルーン", "立看板", "電柱広告", "のぼり旗"]


def kokoku(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kokoku"
    unit = dept("kokoku")
    docs: list[Doc] = []

    # 1: the permit guide
    docs.append(
        doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="屋外広告物の許可申請の手引き",
                paragraphs=[
                    "市内で看板などの屋外広告物を表示するには、原則として市長の許可が必要です（屋外広告物条例）。",
                    "許可期間は最長3年です。更新の申請は期間満了の10日前までに行ってください。",
                    "手数料は広告物の種類・面積により異なります（例：壁面広告 5㎡まで 1,800円）。",
                    "申請書には、位置図、形状・寸法図、写真、土地（建物）所有者の承諾書を添付してください。",
                    "屋外広告業を営む方は、別に屋外広告業の登録が必要です。",
                    f"窓口　{unit}　電話 {ctx.office_phone(8)}",
                ],
            ),
        )
    )

    # 2: permits by kind and year, merged; raw hidden
    body: list[list[Cell]] = [
        ["種類", "新規", None, "更新", None, "計"],
        [None, "R4", "R5", "R4", "R5", None],
    ]
    raw: list[list[Cell]] = [["年度", "種類", "件数", "面積(㎡)"]]
    for s in SIGNS:
        n = [r.randint(0, 120) for _ in range(4)]
        body.append([s, *n, sum(n)])
        raw += [[y, s, r.randint(0, 120), round(r.uniform(1, 400), 1)] for y in ("R4", "R5")]
    docs.append(
        doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("許可件数", body, title="屋外広告物 許可件数"),
                    sheet("元表", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"許可件数": ["B3:C3", "D3:E3", "A3:A4", "F3:F4"]}),
        )
    )

    # 3: the published permit list: companies with 法人番号, permit dates
    rows3: list[list[Cell]] = [
        ["許可番号", "許可を受けた者", "法人番号", "種類", "表示場所", "許可日", "満了日"]
    ]
    for c in ctx.companies(r.randint(12, 16)):
        d = ctx.day(dt.date(2022, 4, 1), dt.date(2024, 9, 30))
        rows3.append(
            [
                f"景第{r.randint(100, 999)}号",
                c,
                random_corporate_number(r),
                r.choice(SIGNS),
                f"{r.choice(ctx.districts)}地内",
                ymd(d),
                ymd(d + dt.timedelta(days=3 * 365)),
            ]
        )
    docs.append(doc(F, "csv-cp932", 1, ["corporate_number"], DocSpec(sheets=[sheet("許可一覧", rows3)])))

    # 4: application 記入例 with a sample name
    docs.append(
        doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="屋外広告物表示許可申請書（記入例）",
                tables=[
                    [
                        ["申請者", "見本 一郎（株式会社見本商事 代表取締役）"],
                        ["住所", f"{ctx.city}{ctx.districts[0]}3丁目4番5号"],
                        ["電話", "0000-00-0000"],
                        ["種類", "壁面広告"],
                        ["表示面積", "4.5㎡"],
                        ["許可期間", "3年"],
                    ]
                ],
                paragraphs=["※記入例です。法人の場合は代表者の職・氏名を記入してください。"],
                footer="記入例",
            ),
            note="記入例 with a sample applicant",
        )
    )

    # 5: enforcement slides with masked owners
    docs.append(
        doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="違反広告物の是正指導について（景観審議会 報告）",
                paragraphs=[
                    "無許可の野立看板 42件を確認、うち 28件が是正済み",
                    "電柱へのはり紙 は月2回の一斉除却で対応",
                    "事例：〇〇 〇〇 様（個人）所有の老朽看板、落下の危険があり撤去を指導",
                    "事例：Ａ社の突出広告、許可期間満了後も表示",
                    "今後：更新漏れを防ぐ通知の前倒し",
                ],
                tables=[
                    [
                        ["区分", "件数", "是正済"],
                        ["無許可", "42", "28"],
                        ["期間満了", "17", "11"],
                        ["老朽化", "9", "5"],
                    ]
                ],
            ),
        )
    )

    # 6: the landscape council roster: members in role
    rows6 = [
        ["役職", "氏名", "所属"],
        ["会長", ctx.staff(), f"{ctx.pref[:-1]}大学 工学部 教授"],
        ["副会長", ctx.staff(), f"{ctx.short}商工会議所 専務理事"],
        ["委員", ctx.staff(), "県屋外広告美術協同組合 理事"],
        ["委員", ctx.staff(), f"{ctx.districts[0]}自治会 自治会長"],
        ["委員", ctx.staff(), "公募委員"],
        ["委員", ctx.staff(), "県景観アドバイザー（建築士）"],
    ]
    docs.append(
        doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}景観審議会 委員名簿（令和6年度）",
                paragraphs=[
                    "任期：令和6年4月1日～令和8年3月31日",
                    f"事務局 {unit} 電話 {ctx.office_phone(8)}",
                ],
                tables=[rows6],
            ),
        )
    )

    # 7: a private landowner's consent for a sign on their land
    p = ctx.person((1940, 1980))
    firm = ctx.company()
    docs.append(
        doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="承諾書",
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    f"私が所有する下記の土地に、{firm} が屋外広告物（野立看板）を表示することを承諾します。",
                    f"土地の所在　{ctx.city}{r.choice(ctx.areas).rstrip('*')}{r.randint(100, 2800)}番",
                    "地目　畑　面積 420㎡",
                    "表示期間　許可の日から3年間",
                    "",
                    "土地所有者",
                    f"住所　{p.address()}",
                    f"氏名　{p.name()}",
                    f"電話　{p.phone}",
                    f"{wareki(TODAY - dt.timedelta(days=16))}",
                ],
            ),
            note="a private landowner at their home address is a private person",
        )
    )

    # 8: applicants who are sole traders, with their home addresses and mobiles
    rows8: list[list[Cell]] = [["受付No", "申請者", "屋号", "住所（自宅）", "携帯", "種類", "受付日"]]
    for i, p in enumerate(ctx.people(r.randint(10, 16), (1950, 1995)), start=1):
        rows8.append(
            [
                f"K6-{i:03d}",
                p.name(),
                f"{r.choice(['カフェ', '美容室', '整骨院', '居酒屋', '花店', '工務店'])}{r.choice(['ひだまり', 'こもれび', '和', 'さくら', 'エール'])}",
                p.address(),
                f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                r.choice(SIGNS[:3]),
                ymd(TODAY - dt.timedelta(days=r.randint(1, 90))),
            ]
        )
    docs.append(
        doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("個人申請", rows8, title="屋外広告物 許可申請受付（個人事業者分）")]),
            note="sole traders with their home address and mobile are private persons",
        )
    )

    # 9: a correction notice to an individual, digits spaced
    p = ctx.person((1945, 1990))
    docs.append(
        doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="是正指導"),
            post=spaced_letter(
                ctx,
                p,
                "屋外広告物の是正について（指導）",
                [
                    "あなたが表示している下記の屋外広告物は、許可期間が満了しています。",
                    "更新の申請を行うか、広告物を除却してください。",
                ],
                [
                    ("種類", "突出広告（店舗名）"),
                    ("許可番号", f"景第 {r.randint(100, 999)} 号"),
                    ("満了日", wareki(TODAY - dt.timedelta(days=50), "spaced")),
                    ("回答期限", wareki(TODAY + dt.timedelta(days=20), "spaced")),
                ],
                F,
                TODAY - dt.timedelta(days=1),
            ),
        )
    )

    # 10: Outlook mail: a neighbour's complaint quoted with a phone
    p = ctx.person((1950, 1995))
    me, co = ctx.staff(), ctx.staff()
    quoted = [
        (
            f"{me}",
            ymd(TODAY - dt.timedelta(days=8)) + " 14:05",
            "看板の照明について",
            [
                f"{ctx.company()} ご担当 様",
                "",
                "貴社の野立看板について、近隣の方から苦情がありました。",
                f"申出者：{p.name()} 様（電話 {p.phone}）",
                "内容：夜間の照明がまぶしく、寝室に光が入る。",
                "",
                f"{unit} {me}",
            ],
        )
    ]
    docs.append(
        doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{co} <sign@example.co.jp>",
                    f"{me} <keikan@city.example.lg.jp>",
                    "RE: 看板の照明について",
                    ymd(TODAY - dt.timedelta(days=6)) + " 11:30",
                    [
                        f"{me} 様",
                        "",
                        "照明の点灯時間を22時までに変更し、角度を下向きに調整しました。",
                        "ご確認をお願いします。",
                        "",
                        co,
                    ],
                    quoted,
                )
            ),
        )
    )

    # 11: 105+ course graduates with birth dates, ruled
    rows11: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(106, 122), (1955, 2003)), start=1):
        rows11.append(
            [
                f"{i:04d}",
                p.name(),
                katakana(p.kana)[:12],
                wareki(p.birth, "slash"),
                p.short_address()[:26],
                p.phone,
                f"第{r.randint(20, 45)}回",
            ]
        )
    docs.append(
        doc(
            F,
            "pdf",
            3,
            ["name", "address", "birth_date", "phone"],
            DocSpec(title="講習会修了者名簿"),
            post=system_print(
                "屋外広告物講習会 修了者名簿",
                f"{ctx.city} 景観行政システム",
                [
                    ("修了No", 30),
                    ("氏名", 80),
                    ("カナ", 160),
                    ("生年月日", 255),
                    ("住所", 320),
                    ("電話", 585),
                    ("講習回", 680),
                ],
                rows11,
                26,
                "抽出条件：修了区分=修了",
                ruled=True,
            ),
        )
    )

    # 12: a 督促 for an unpaid permit fee to a sole trader
    p = ctx.person((1950, 1990))
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="屋外広告物許可手数料の納付について（督促）",
                paragraphs=[
                    f"{p.address()}",
                    f"{p.name()} 様",
                    "",
                    f"{ctx.city}長 {ctx.staff()}",
                    "",
                    "さきに許可した屋外広告物の許可手数料が、納期限を過ぎても納付されていません。",
                    "下記のとおり督促しますので、期限までに納付してください。",
                    "許可番号　景第" + str(r.randint(100, 999)) + "号（壁面広告・店舗名表示）",
                    f"未納額　{yen(r.choice([1800, 3600, 5400]))}円",
                    "督促手数料　100円",
                    f"納期限　{wareki(TODAY + dt.timedelta(days=14))}",
                    f"問合せ　{unit} 電話 {ctx.office_phone(8)}",
                ],
            ),
            note="a sole trader's unpaid 許可手数料 under 督促 counts as arrears of a named private person",
        )
    )

    # 13: an outdoor-advertising business registration copy, the number only in the footer
    p = ctx.person((1955, 1990))
    mn = random_my_number(r)
    docs.append(
        doc(
            F,
            "docx",
            3,
            ["name", "address", "phone", "my_number"],
            DocSpec(
                title="屋外広告業 登録申請書（控）個人",
                tables=[
                    [
                        ["申請者（個人）", _pp(p)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["営業所", f"{p.sei}看板店（自宅兼用）"],
                        ["業務主任者", p.name()],
                        ["登録番号", f"景登第{r.randint(10, 99)}号"],
                    ]
                ],
                paragraphs=["添付：住民票の写し、講習会修了証の写し", f"受付 {ctx.staff()}"],
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
            ),
        )
    )

    # 14: Teams: a sole trader's fee in arrears
    p = ctx.person((1950, 1990))
    a, b = ctx.staff(), ctx.staff()
    lines = [
        ("16:01", a, f"{p.name()}さん（{ctx.districts[2]}の美容室）の許可手数料、2年分 延滞しています"),
        ("16:04", b, "督促は何回出しましたか"),
        ("16:06", a, "2回です。本人から分納にしたいと電話がありました"),
        ("16:10", b, "分納誓約書をとってください。更新許可は納付確認後で"),
    ]
    docs.append(
        doc(
            F,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=2), lines, "景観係")),
            note="a sole trader's overdue permit fees count as arrears of a named private person",
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [jitensha, doro, tsuho, chusha, bus, henno, kokoku]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, station, bus_name, plate, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, station, bus_name, plate, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set40", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
