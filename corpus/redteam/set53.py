"""Fifty-third red-team set (blind): a city's 保険年金課, its 国民年金 and 後期高齢者医療 desks.

``python -m corpus.redteam.set53 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 年金事務所, its prefecture's 広域連合 and its regional bank) is drawn per build, in the
autumn of 令和6年. Families follow the desk a document comes from: 国民年金 資格取得・種別変更 and 付加年金
(``kokunen``), 免除・納付猶予 on 所得 or 失業 (``menjo``), 後期高齢者医療 資格 and 保険証・資格確認書 (``koki``), 保険料
with 特別徴収, 普通徴収, 滞納, 督促 and 短期証 (``hokenryo``), 高額療養費 and 葬祭費 (``kogaku``), the 人間ドック 助成
with its results (``dock``) and the 年金事務所 連絡 by chat, mail and 連絡票 (``renraku``); each with its public
look-alikes (保険料率 tables, 被保険者数 aggregates, 制度案内, 記入例, 広域連合 and 医療機関 lists with 法人番号,
staff and 院長 in their role, masked cases).

The truth is the default policy's text only: 3 for a My Number, health or arrears about a named private person,
or records of more than 100 persons; 2 for a private person's name with their address, birth date or phone; 1
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

SEED = 5353
VARIANT = "redteam53"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, 年金事務所, 広域連合, bank, areas); an area ending in "*" takes
# 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    ("山形県", "天童市", "023", "994", "山形年金事務所", "山形県後期高齢者医療広域連合", "山形銀行",
     ["老野森", "鎌田本町", "久野本", "北目", "大字高擶*", "大字荒谷*", "大字山元*"]),
    ("岐阜県", "関市", "0575", "501", "美濃加茂年金事務所", "岐阜県後期高齢者医療広域連合", "十六銀行",
     ["桜ヶ丘", "西本郷通", "平和通", "東貸上", "大字小屋名*", "大字下有知*", "大字倉知*"]),
    ("福岡県", "宗像市", "0940", "811", "福岡東年金事務所", "福岡県後期高齢者医療広域連合", "福岡銀行",
     ["自由ヶ丘", "日の里", "くりえいと", "大字田熊*", "大字赤間*", "大字池浦*", "大字光岡*"]),
    ("香川県", "丸亀市", "0877", "763", "善通寺年金事務所", "香川県後期高齢者医療広域連合", "百十四銀行",
     ["土器町東", "城東町", "富士見町", "飯山町西坂元*", "綾歌町岡田上*", "郡家町*", "川西町北*"]),
    ("北海道", "北見市", "0157", "090", "北見年金事務所", "北海道後期高齢者医療広域連合", "北洋銀行",
     ["北進町", "常盤町", "とん田東町", "大通西", "端野町二区*", "留辺蘂町旭*", "美山町*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("百目鬼", "どうめき"), ("薬袋", "みない"), ("四十物", "あいもの"), ("一尺八寸", "かまつか"),
    ("五月女", "そうとめ"), ("東海林", "しょうじ"), ("鴨脚", "いちょう"), ("勘解由小路", "かでのこうじ"),
    ("纐纈", "こうけつ"), ("王生", "いくるみ"), ("左右田", "そうだ"), ("毒島", "ぶすじま"), ("我妻", "わがつま"),
    ("髙嶋", "たかしま"), ("仁井田", "にいだ"),
    ("高橋", "たかはし"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"),
    ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("小川", "おがわ"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"),
    ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("上田", "うえだ"), ("酒井", "さかい"),
    ("工藤", "くどう"), ("柴田", "しばた"), ("竹内", "たけうち"), ("金子", "かねこ"), ("和田", "わだ"),
    ("中山", "なかやま"), ("石田", "いしだ"), ("小野", "おの"), ("田村", "たむら"), ("菅原", "すがわら"),
    ("服部", "はっとり"), ("庄司", "しょうじ"), ("大野", "おおの"), ("五十嵐", "いがらし"), ("矢野", "やの"),
    ("河合", "かわい"), ("丹羽", "にわ"), ("三宅", "みやけ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("甚五郎", "じんごろう"), ("辰之助", "たつのすけ"), ("寅吉", "とらきち"), ("晴臣", "はるおみ"), ("伊織", "いおり"),
    ("蒼", "あおい"), ("稔", "みのる"), ("健一", "けんいち"), ("隆之", "たかゆき"), ("昭夫", "あきお"),
    ("博史", "ひろし"), ("正雄", "まさお"), ("清治", "せいじ"), ("修一", "しゅういち"), ("孝雄", "たかお"),
    ("剛志", "つよし"), ("健太", "けんた"), ("翔太", "しょうた"), ("悠真", "ゆうま"), ("一郎", "いちろう"),
    ("三郎", "さぶろう"), ("弘明", "ひろあき"), ("勝利", "かつとし"), ("義雄", "よしお"), ("俊介", "しゅんすけ"),
    ("大和", "やまと"), ("陽翔", "はると"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヨ", "きよ"), ("ハル", "はる"), ("乃梨子", "のりこ"), ("雫", "しずく"), ("椿", "つばき"),
    ("澪", "みお"), ("恵子", "けいこ"), ("京子", "きょうこ"), ("悦子", "えつこ"), ("美代子", "みよこ"),
    ("文子", "ふみこ"), ("弘子", "ひろこ"), ("純子", "じゅんこ"), ("裕子", "ゆうこ"), ("直美", "なおみ"),
    ("麻衣", "まい"), ("結衣", "ゆい"), ("陽菜", "ひな"), ("芽依", "めい"), ("千尋", "ちひろ"),
    ("加奈子", "かなこ"), ("香織", "かおり"), ("美穂", "みほ"), ("信子", "のぶこ"), ("昌子", "まさこ"),
    ("玲子", "れいこ"), ("トシ子", "としこ"),
]  # fmt: skip
BUILDINGS = ["市営住宅", "コーポ若葉", "ハイツ城東", "レジデンス駅南", "メゾン春日", "アーバン北進"]
BANKS = [
    ("株式会社", "みちのく中央銀行"), ("株式会社", "東海あおば銀行"), ("株式会社", "西海銀行"), ("株式会社", "瀬戸内銀行"),
    ("信用金庫", "北央信用金庫"), ("信用金庫", "中濃信用金庫"), ("信用組合", "みなと信用組合"),
    ("農業協同組合", "あおぞら農業協同組合"), ("労働金庫", "中央労働金庫"), ("株式会社", "ゆうちょ銀行"),
    ("株式会社", "さくら信託銀行"), ("株式会社", "北星銀行"),
]  # fmt: skip
CLINICS = [
    ("医療法人社団清和会", "さくら内科クリニック"), ("医療法人敬愛会", "ひかり総合病院"), ("医療法人", "みずほ胃腸科医院"),
    ("社会医療法人財団", "緑風会病院"), ("医療法人社団", "あすなろ健診センター"), ("一般財団法人", "地域保健協会"),
    ("医療法人", "青葉整形外科"), ("医療法人社団", "まつかぜ眼科"), ("医療法人仁和会", "東山循環器内科"),
    ("公益財団法人", "県予防医学事業団"), ("医療法人", "ふじみ脳神経外科"), ("医療法人", "こまくさ泌尿器科クリニック"),
    ("医療法人社団", "つばさ乳腺クリニック"), ("医療法人", "はなみずき消化器内科"),
]  # fmt: skip
FUNERAL = [
    "株式会社やすらぎ典礼",
    "有限会社花月葬祭",
    "セレモニーホールつばき株式会社",
    "株式会社あけぼの会館",
]
KOIKI_PREFS = [
    ("北海道", "011", "札幌市中央区"), ("青森県", "017", "青森市"), ("山形県", "023", "山形市"), ("茨城県", "029", "水戸市"),
    ("岐阜県", "058", "岐阜市"), ("愛知県", "052", "名古屋市東区"), ("香川県", "087", "高松市"), ("広島県", "082", "広島市中区"),
    ("福岡県", "092", "福岡市博多区"), ("熊本県", "096", "熊本市中央区"), ("宮城県", "022", "仙台市青葉区"),
    ("長野県", "026", "長野市"),
]  # fmt: skip
SAMPLE_NAMES = ["年金 太郎", "年金 花子", "後期 一郎", "葬祭 太郎", "見本 花子", "健診 次郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 21)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
DISEASES = ["大腿骨頸部骨折", "誤嚥性肺炎", "脳梗塞", "心不全", "大腸がん", "胃がん", "慢性腎不全", "狭心症",
            "腰椎圧迫骨折", "糖尿病性腎症", "肺がん", "白内障", "変形性膝関節症", "前立腺がん"]  # fmt: skip
FINDINGS = ["便潜血陽性 要精密検査（大腸）", "LDLコレステロール高値 要医療", "胃透視 隆起性病変 要精密検査",
            "血圧高値 要治療", "HbA1c 7.8% 糖尿病 要治療", "心電図 心房細動 要精密検査", "肝機能障害 要再検査",
            "胸部X線 結節影 要精密検査", "腎機能低下 eGFR 42 要医療", "眼底 緑内障疑い 要精密検査"]  # fmt: skip


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
        return katakana(f"{self.sei_kana} {self.mei_kana}")

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.area + self.lot

    @property
    def local(self) -> str:
        """The address without the city, as a city's own lists print it."""
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
    nenkin: str
    koiki: str
    bank: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def yakusho(self) -> str:
        return f"{self.city}役所"

    @property
    def ka(self) -> str:
        return f"{self.city} 市民部 保険年金課"

    def tel(self, local: int | None = None, line: int | None = None, ac: str | None = None) -> str:
        """A fixed line: area code, local exchange and line number, 10 digits in all."""
        code = ac or self.ac
        width = 10 - len(code) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{code}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(23 + n if len(self.ac) == 4 else 623 + n, 1111 + 13 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def mobile(self) -> str:
        return self.phone(1.0)

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2800)}番地"
            if r.random() < 0.3:
                base += f"{r.randint(1, 12)}"
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

    def urban(self, p: Person) -> Person:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5), as spaced letters need."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p

    def person(self, born: tuple[int, int] = (1965, 2004), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1965, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def elder(self) -> Person:
        return self.person((1928, 1949))

    def elders(self, n: int) -> list[Person]:
        return [self.elder() for _ in range(n)]

    def staff(self) -> str:
        """A city officer (drawn apart from the residents: an officer may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def atena(self) -> str:
        """The 宛名番号 of the core system (10 digits)."""
        return f"{self.rng.randint(10**9, 10**10 - 1)}"

    def kiso(self) -> str:
        """A 基礎年金番号 as printed: 4 digits, a hyphen, 6 digits."""
        return f"{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 999999):06d}"

    def hiho(self) -> str:
        """A 後期高齢者医療 被保険者番号 (8 digits)."""
        return f"{self.rng.randint(10**7, 10**8 - 1)}"

    def account(self) -> str:
        return f"{self.bank} {self.rng.choice(['本店', '駅前支店', '中央支店', '東支店'])} 普通 {self.rng.randint(0, 9999999):07d}"

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def clinics(self, n: int) -> list[tuple[str, str]]:
        return self.rng.sample(CLINICS, min(n, len(CLINICS)))


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
            c.drawRightString(w - 30, h - 22, f"作成日 {ymd(TODAY)}  出力者 HN{n % 3 + 2:02d}")
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
        out.append(f"会議チャット: {room}")
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
        out.append(f"■{room}（{ymd(day)} 電話受付メモ 転記）")
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
    return f"{p.name()}（{p.kana}）"


def _letter_head(ctx: Ctx, p: Person, number: str, day: dt.date) -> list[str]:
    """The top of a city letter to a resident, digits set apart as the PDF extracts them."""
    return [
        f">{spaced_digits(number)}",
        f">{wareki(day, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(p.address(True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長 {ctx.staff()}",
        f">（{ctx.ka}）",
        "",
    ]


def _letter_foot(ctx: Ctx, section: str, n: int = 0) -> list[str]:
    return ["", f">問合せ先 {ctx.ka} {section}", f">電話 {ctx.office_phone(n)}（直通）"]


def _corp(rng: random.Random) -> str:
    return random_corporate_number(rng)


def _kaisetsu(corp: str, name: str) -> str:
    """The legal person that runs a clinic: 医療法人敬愛会, or 医療法人 みずほ胃腸科医院 when the kind is bare."""
    bare = ("医療法人", "医療法人社団", "一般財団法人", "公益財団法人", "社会医療法人財団")
    return f"{corp} {name}" if corp in bare else corp


def _lookalike(rng: random.Random) -> str:
    """A 12-digit number that fails the My Number check (お客様番号, 受付番号 …)."""
    return fail_check(random_my_number(rng), rng.randint(1, 9))


# --- 国民年金 資格取得・種別変更・付加年金 ---------------------------------------------------------------
def kokunen(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "kokunen"
    docs: list[Doc] = []
    desk = f"{ctx.ka} 国民年金係"
    nk_phone = ctx.tel(30 if len(ctx.ac) == 4 else 631, 4141)

    # L1: the 加入 guide (a short PDF from a word processor)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="国民年金の加入・種別変更の手続き",
                paragraphs=[
                    "20歳になったとき、会社を退職したとき、配偶者の扶養から外れたときは、14日以内に国民年金の届出が必要です。",
                    "届出には、基礎年金番号がわかるもの（基礎年金番号通知書または年金手帳）、退職日のわかる書類（離職票・"
                    "退職証明書など）、本人確認書類をお持ちください。",
                    "付加年金：定額保険料に月額400円を上乗せして納めると、老齢基礎年金に「200円×付加保険料納付月数」が"
                    "加算されます。国民年金基金に加入中の方は付加年金に加入できません。",
                    f"問合せ先：{desk}（{ctx.yakusho} 1階 12番窓口）電話 {ctx.office_phone()} ／ {ctx.nenkin} 電話 {nk_phone}",
                ],
                tables=[
                    [
                        ["届出が必要なとき", "種別", "届出先", "必要なもの"],
                        ["20歳になったとき", "第1号", "保険年金課", "本人確認書類"],
                        ["会社を退職したとき", "第2号→第1号", "保険年金課", "離職票・退職証明書"],
                        ["配偶者の扶養から外れたとき", "第3号→第1号", "保険年金課", "資格喪失証明書"],
                        ["60歳以降に任意加入するとき", "任意加入", "保険年金課", "預金通帳・届出印"],
                    ]
                ],
            ),
        )
    )

    # L1: 保険料 by year, merged header groups, a hidden calc sheet
    fees = [("令和2年度", 16540), ("令和3年度", 16610), ("令和4年度", 16590), ("令和5年度", 16520),
            ("令和6年度", 16980), ("令和7年度", 17510)]  # fmt: skip
    rows: list[list[Cell]] = [
        ["年度", "保険料（月額）", None, "前納による割引額（口座振替）", None, None],
        [None, "定額保険料", "付加保険料", "6か月前納", "1年前納", "2年前納"],
    ]
    for y, fee in fees:
        rows.append([y, fee, 400, round(fee * 0.067), round(fee * 0.243), round(fee * 0.95)])
    calc: list[list[Cell]] = [["年度", "改定率", "基準額"]]
    calc += [[y, round(fee / 17000, 3), 17000] for y, fee in fees]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "保険料",
                        rows,
                        title="国民年金保険料の推移（定額保険料・付加保険料）",
                        first_row=4,
                        number_formats={1: "#,##0", 2: "#,##0", 3: "#,##0", 4: "#,##0", 5: "#,##0"},
                    ),
                    sheet(
                        "計算",
                        calc,
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"保険料": ["A4:A5", "B4:C4", "D4:F4"]}),
        )
    )

    # L1: a 記入例 of the 関係届書 (sample person, text boxes)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="国民年金被保険者関係届書（申出書）　記入例",
                paragraphs=[
                    "※この記入例の氏名・生年月日・住所は架空のものです。実際の届出では本人の内容を記入してください。",
                    "該当する届出の種別（資格取得・種別変更・付加保険料納付申出）に○をつけてください。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["氏名", SAMPLE_NAMES[0]],
                        ["フリガナ", "ネンキン タロウ"],
                        ["生年月日", "平成12年4月1日"],
                        ["住所", f"{ctx.city}〇〇町1丁目2番3号"],
                        ["基礎年金番号", "1234-567890"],
                        ["電話番号", "0XX-XXXX-XXXX"],
                        ["資格取得年月日", "令和6年4月1日（退職日の翌日）"],
                        ["付加保険料", "納付する・納付しない"],
                    ]
                ],
                textboxes=["ここに基礎年金番号（10桁）を記入", "退職日は離職票の「離職年月日」を確認"],
            ),
            note="記入例: the sample name, birth date and address belong to no private person",
        )
    )

    # L1: 被保険者数 by year in ods, with a hidden source sheet
    base = r.randint(9800, 14500)
    rows = [["年度末", "第1号（強制）", "任意加入", "付加年金加入者", "計"]]
    for i, y in enumerate(["令和元", "令和2", "令和3", "令和4", "令和5"]):
        n1, n2, n3 = base - 230 * i, r.randint(80, 140), r.randint(900, 1300) - 20 * i
        rows.append([f"{y}年度", n1, n2, n3, n1 + n2])
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("被保険者数", rows, title=f"{ctx.city} 国民年金第1号被保険者数の推移"),
                    sheet(
                        "元データ",
                        [["出典", "国民年金事業状況（年金事務所提供）"], ["単位", "人"]],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L1: 年金事務所 and 相談センター contacts (csv)
    offices = [[ctx.nenkin, f"{ctx.pref}{ctx.biz_address()}", nk_phone, "8:30〜17:15（月曜は19:00まで）"],
               [f"街角の年金相談センター{ctx.city}", f"{ctx.pref}{ctx.biz_address()}", ctx.tel(), "予約制"],
               ["ねんきんダイヤル", "（電話のみ）", "0570-05-1165", "月〜金 8:30〜17:15"],
               [f"{ctx.city}役所 保険年金課 国民年金係", f"{ctx.pref}{ctx.biz_address()}", ctx.office_phone(), "平日"],
               [f"{ctx.city}役所 {r.choice(['北', '東', '南'])}支所 市民係", f"{ctx.pref}{ctx.biz_address()}",
                ctx.office_phone(5), "平日 届出のみ"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("窓口", [["窓口名", "所在地", "電話番号", "受付時間"], *offices])]),
        )
    )

    # L1: Teams among staff about the 付加年金 rules
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    day = TODAY - dt.timedelta(days=r.randint(3, 20))
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    day,
                    [
                        ("09:12", a, "付加年金の申出、iDeCoに加入している人は併用できましたっけ？"),
                        ("09:15", b, "iDeCoとは併用できます。国民年金基金の加入者は不可です。"),
                        (
                            "09:16",
                            a,
                            "ありがとうございます。窓口の案内チラシ、基金の記載を太字にしておきます",
                        ),
                        (
                            "09:40",
                            c,
                            "付加保険料の前納は定額保険料と一緒でないとできないので、そこも一言お願いします",
                        ),
                        ("09:41", a, "了解です。年金事務所の最新のリーフレットも確認しておきます"),
                    ],
                    "国民年金係 業務連絡",
                )
            ),
            note="no resident: staff discuss the 付加年金 rules",
        )
    )

    # L2: a 資格取得 受付票 for one person
    p = ctx.person((1975, 2003))
    quit_day = TODAY - dt.timedelta(days=r.randint(10, 60))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="国民年金 資格取得（種別変更）届 受付票",
                paragraphs=[
                    f"受付日 {wareki(TODAY - dt.timedelta(days=3))}　受付者 {ctx.staff()}",
                    "届出内容は次のとおり。",
                ],
                tables=[
                    [
                        ["氏名", _pp(p)],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["基礎年金番号", ctx.kiso()],
                        ["種別", "第2号 → 第1号"],
                        ["資格取得日", wareki(quit_day)],
                        [
                            "事由",
                            f"退職（{r.choice(['株式会社', '有限会社'])}{r.choice(['みどり精機', '北辰物流', 'いろは食品'])}）",
                        ],
                        ["付加保険料", r.choice(["申出あり", "申出なし"])],
                    ]
                ],
            ),
        )
    )

    # L2: a spaced-digit letter: 付加保険料 申出 受理
    p = ctx.urban(ctx.person((1970, 1999)))
    day = TODAY - dt.timedelta(days=r.randint(5, 25))
    lines = [
        *_letter_head(ctx, p, f"保年第{r.randint(300, 990)}号", day),
        "^付加保険料納付申出の受理について",
        "",
        f"{wareki(day - dt.timedelta(days=14), 'spaced')}付けで提出のあった付加保険料の納付申出を受理し、",
        f"{ctx.nenkin}へ進達しました。令和 {day.year - 2018} 年 {day.month} 月分から、定額保険料",
        "16,980 円に 400 円を加えた額を納めていただくことになります。",
        "納付書は年金事務所（日本年金機構）から送付されます。口座振替をご利用の方は、",
        "振替額が自動的に変更されます。",
        "なお、国民年金基金に加入された場合は付加保険料を納めることができません。",
        *_letter_foot(ctx, "国民年金係"),
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: LINE WORKS: a reply gives the resident's mobile
    p = ctx.person((1980, 2003))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        (
                            "10:02",
                            a,
                            f"{p.name()}さんの資格取得届、離職票の写しが付いていませんでした。連絡先わかりますか",
                        ),
                        ("10:05", b, f"届書の欄外に携帯 {ctx.mobile()} と書いてあります"),
                        ("10:06", a, "ありがとうございます。午後に電話してみます"),
                        ("13:31", a, "本人と話せました。明日写しを持って来庁されるそうです"),
                    ],
                    "国民年金係",
                )
            ),
        )
    )

    # L2: 任意加入 申出 受付一覧 (姓・名 and kana split, starting on row 6, hidden code sheet)
    ps = ctx.people(r.randint(14, 20), (1959, 1964))
    rows = [["受付日", "宛名番号", "姓", "名", "セイ", "メイ", "生年月日", "住所", "区分", "付加"]]
    for q in ps:
        rows.append(
            [
                TODAY - dt.timedelta(days=r.randint(1, 120)),
                ctx.atena(),
                q.sei,
                q.mei,
                katakana(q.sei_kana),
                katakana(q.mei_kana),
                wareki(q.birth, "short"),
                q.local,
                r.choice(["01", "01", "02"]),
                r.choice(["有", "無", "無"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[
                    sheet("受付一覧", rows, title="国民年金 任意加入申出 受付一覧（令和6年度）", first_row=6),
                    sheet(
                        "区分コード",
                        [["コード", "区分"], ["01", "60歳以上65歳未満"], ["02", "65歳以上70歳未満（特例）"]],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L2: a resident's own letter to the desk (odt), signed at the end
    p = ctx.person((1962, 1966))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}役所 保険年金課 御中",
                    "",
                    "付加年金についてのお尋ね",
                    "",
                    "前略　来年60歳になり、会社を退職する予定です。退職後に国民年金に任意加入して、満額に近づけたいと考えています。",
                    "任意加入の期間も付加保険料を納めることはできるのでしょうか。また、口座振替の手続きは市役所でできますか。",
                    "平日は仕事のため窓口に伺えませんので、書面か電話でお教えいただけると助かります。",
                    "草々",
                    "",
                    f"{wareki(TODAY - dt.timedelta(days=6))}",
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"電話 {p.phone}（18時以降）",
                ]
            ),
        )
    )

    # L3: more than 100 資格取得者 on a ruled print
    ps = ctx.people(r.randint(106, 124), (1964, 2004))
    prow = [[ctx.atena(), q.name(), q.kana, wareki(q.birth, "slash"), q.local,
             ymd(TODAY - dt.timedelta(days=r.randint(1, 180))),
             r.choice(["20歳到達", "厚年喪失", "厚年喪失", "3号喪失", "転入"])] for q in ps]  # fmt: skip
    cols = [("宛名番号", 30), ("氏名", 100), ("カナ氏名", 175), ("生年月日", 275), ("住所", 340), ("取得日", 610),
            ("取得事由", 680)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(paragraphs=["資格取得者一覧"]),
            post=system_print(
                "国民年金 第1号被保険者 資格取得者一覧",
                f"{ctx.city} 国民年金システム NKR0210",
                cols,
                prow,
                30,
                "抽出条件：取得日 令和6年4月1日〜 ／ 種別 1号",
                ruled=True,
            ),
        )
    )

    # L3: a 取得届 控え whose number is only in the Word header
    p = ctx.person((1970, 2000))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "birth_date", "my_number", "name"],
            DocSpec(
                title="国民年金被保険者資格取得届（控）",
                header=f"番号 {grouped(mn)}",
                paragraphs=[
                    f"受付 {wareki(TODAY - dt.timedelta(days=9))}　本人確認：運転免許証（確認者 {ctx.staff()}）",
                    "年金事務所へ進達済み。",
                ],
                tables=[
                    [
                        ["氏名", p.name()],
                        ["フリガナ", p.kana],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["資格取得年月日", wareki(TODAY - dt.timedelta(days=40))],
                        ["事由", "厚生年金保険 資格喪失（退職）"],
                    ]
                ],
            ),
        )
    )

    # L3: 付加年金 加入者 in cp932, more than 100
    ps = ctx.people(r.randint(104, 118), (1965, 2000))
    rows = [["宛名番号", "氏名", "カナ氏名", "生年月日", "電話番号", "付加開始月"]]
    rows += [
        [
            ctx.atena(),
            q.name("　"),
            q.kana,
            wareki(q.birth),
            q.phone,
            f"{r.choice(['R3', 'R4', 'R5', 'R6'])}.{r.randint(1, 12):02d}",
        ]
        for q in ps
    ]
    docs.append(
        Doc(fam, "csv-cp932", 3, ["birth_date", "name", "phone"], DocSpec(sheets=[sheet("付加", rows)]))
    )

    # L3: a 障害基礎年金 相談記録 where the illness comes paragraphs after the name
    p = ctx.person((1975, 1998))
    hosp = r.choice(CLINICS)[1]
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="年金相談記録",
                paragraphs=[
                    f"相談日：{wareki(TODAY - dt.timedelta(days=4))}　対応：{ctx.staff()}",
                    f"相談者：{p.name()} 様（本人、母親同伴）",
                    "相談内容：障害基礎年金を請求できるか知りたい。",
                    "国民年金の納付状況を確認したところ、直近1年間に未納はなく、保険料納付要件は満たしている見込み。",
                    "初診日の証明（受診状況等証明書）が必要になることを説明し、当時の医療機関に問い合わせるよう案内した。",
                    "請求は年金事務所でも受け付けていることを伝え、予約方法を説明した。",
                    f"母親の話では、本人は平成{r.randint(20, 30)}年頃から幻聴があり、{hosp}で統合失調症と診断され、"
                    "現在も月2回通院し服薬を続けている。日常生活では家族の援助が必要とのこと。",
                    "次回、診断書の様式を渡す予定。",
                ],
            ),
            note="the diagnosis comes paragraphs after the name: health",
        )
    )
    return docs


# --- 免除・納付猶予・学生納付特例（所得・失業） -------------------------------------------------------------
def menjo(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "menjo"
    docs: list[Doc] = []
    kinds = ["全額免除", "4分の3免除", "半額免除", "4分の1免除", "納付猶予", "学生納付特例"]

    # L1: the scheme on slides, with the income limits
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="国民年金保険料の免除・納付猶予制度",
                paragraphs=[
                    "所得が少なく保険料を納めることが難しいときは、申請により保険料が免除・猶予されます",
                    "審査は本人・配偶者・世帯主それぞれの前年所得で行います",
                    "失業した方は、離職票などを添えると本人の所得を除いて審査する特例があります",
                    "免除期間は年金の受給資格期間に算入されます（年金額は2分の1などで計算）",
                    "10年以内であれば後から納める（追納）ことができます",
                    f"申請窓口：{ctx.ka} 国民年金係 ／ {ctx.nenkin}",
                ],
                tables=[
                    [
                        ["扶養親族等の数", "全額免除", "4分の3免除", "半額免除", "4分の1免除"],
                        ["0人", "67万円", "88万円", "128万円", "168万円"],
                        ["1人", "102万円", "126万円", "166万円", "206万円"],
                        ["2人", "137万円", "164万円", "204万円", "244万円"],
                        ["3人", "172万円", "202万円", "242万円", "282万円"],
                    ]
                ],
                notes=["所得の目安は令和5年度以降の基準。詳しくは年金事務所へ。"],
            ),
        )
    )

    # L1: a 記入例 of the 免除申請書 (PDF)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="国民年金保険料免除・納付猶予申請書　記入例（失業による特例）",
                paragraphs=[
                    "この記入例の氏名・住所・生年月日は見本です。",
                    "失業等による特例を受ける場合は、⑦欄に「失業等による申請」と記入し、離職票等の写しを添付してください。",
                ],
                tables=[
                    [
                        ["欄", "項目", "記入例"],
                        ["①", "氏名", SAMPLE_NAMES[1]],
                        ["②", "生年月日", "昭和63年5月5日"],
                        ["③", "住所", f"{ctx.city}〇〇町2丁目3番4号"],
                        ["④", "申請期間", "令和6年7月〜令和7年6月"],
                        ["⑤", "前年所得", "1,200,000円"],
                        ["⑥", "離職年月日", "令和6年3月31日"],
                        ["⑦", "申請理由", "失業等による申請"],
                    ]
                ],
                footer="記入例",
            ),
            note="記入例: the sample applicant is no private person",
        )
    )

    # L1: 承認件数 by year (xls)
    rows: list[list[Cell]] = [["年度", *kinds, "計"]]
    for y in ["令和元", "令和2", "令和3", "令和4", "令和5"]:
        n = [r.randint(900, 1600), r.randint(60, 140), r.randint(80, 170), r.randint(40, 110), r.randint(300, 520),
             r.randint(700, 1100)]  # fmt: skip
        rows.append([f"{y}年度", *n, sum(n)])
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("承認件数", rows, title=f"{ctx.city} 国民年金保険料 免除等承認件数"),
                    sheet(
                        "注記", [["出典", "年金事務所提供資料"], ["備考", "失業特例を含む"]], state="hidden"
                    ),
                ]
            ),
        )
    )

    # L1: a 受付処理簿 in cp932, its 12-digit 受付番号 all failing the check, no names
    rows = [["受付番号", "受付日", "申請区分", "対象期間", "失業特例", "進達日", "処理状況"]]
    for _ in range(r.randint(14, 20)):
        d = TODAY - dt.timedelta(days=r.randint(5, 150))
        rows.append(
            [
                _lookalike(r),
                ymd(d),
                r.choice(kinds[:5]),
                "R6.7〜R7.6",
                r.choice(["有", "無", "無"]),
                ymd(d + dt.timedelta(days=r.randint(1, 7))),
                r.choice(["承認", "承認", "審査中", "却下"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("処理簿", rows)]),
            note="12-digit 受付番号 all failing the check digit; no names",
        )
    )

    # L1: 失業特例 guide (odt)
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="失業等による保険料免除の特例について",
                paragraphs=[
                    "退職（失業）された方は、申請により本人の前年所得を除外して免除の審査を受けられます。",
                    "添付書類：雇用保険受給資格者証の写し、雇用保険被保険者離職票の写し、または雇用保険被保険者資格喪失確認通知書。",
                    "事業を廃止した方は、廃業届の控えなど事業の廃止がわかる書類を添付してください。",
                    "対象となるのは、離職日の属する月の前月から翌々年6月までの期間です。",
                    f"受付：{ctx.ka} 国民年金係（電話 {ctx.office_phone()}）",
                ],
            ),
        )
    )

    # L1: Slack among staff about the backlog
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY - dt.timedelta(days=2),
                    [
                        ("13:10", a, "7月受付の免除申請、年金事務所への進達がまだ42件残ってます"),
                        ("13:14", b, "今週中に半分は送ります。所得照会が終わっていないものは来週回しで"),
                        (
                            "13:20",
                            c,
                            "失業特例の添付書類、ハローワークの受給資格者証のコピーで統一しましょう",
                        ),
                        ("13:22", a, "了解。チェックリストを更新して共有フォルダに置きました"),
                    ],
                    "nenkin-menjo",
                )
            ),
            note="no resident: staff count the backlog",
        )
    )

    # L2: 受付一覧 far right (column Z), merged header groups
    ps = ctx.people(r.randint(12, 16), (1970, 2002))
    head: list[Cell] = [
        "受付日",
        "氏名",
        "住所",
        "前年所得（本人）",
        "前年所得（世帯主）",
        "申請区分",
        "失業特例",
    ]
    rows = [head]
    for q in ps:
        rows.append(
            [
                ymd(TODAY - dt.timedelta(days=r.randint(1, 60))),
                q.name(),
                q.address(),
                r.choice([0, 0, r.randint(30, 200) * 10000]),
                r.randint(0, 420) * 10000,
                r.choice(kinds[:5]),
                r.choice(["○", "", ""]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "income", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "9月受付",
                        far_right([["免除申請 受付一覧（9月分）"], [], *rows], 25),
                        first_row=3,
                        number_formats={28: "#,##0", 29: "#,##0"},
                    ),
                ]
            ),
            post=merge_xlsx({"9月受付": ["Z3:AF3"]}),
            note="所得 with a name and address is level 2: income is not sensitive",
        )
    )

    # L2: a spaced-digit letter acknowledging the application, with the income used
    p = ctx.urban(ctx.person((1975, 2000)))
    day = TODAY - dt.timedelta(days=r.randint(3, 20))
    inc = r.randint(40, 160) * 10000
    lines = [
        *_letter_head(ctx, p, f"保年第{r.randint(1000, 1990)}号", day),
        "^国民年金保険料免除申請の受付について",
        "",
        f"{wareki(day - dt.timedelta(days=10), 'spaced')}に提出された免除申請書を受け付け、",
        f"{ctx.nenkin}へ送付しました。審査の結果は日本年金機構から通知されます。",
        f"審査に用いるあなたの前年所得は {yen(inc)} 円（市民税の申告による）です。",
        "申告の内容に誤りがある場合は、市民税課で修正の申告をしてください。",
        "審査の結果が届くまでの間、保険料の納付書は保管しておいてください。",
        *_letter_foot(ctx, "国民年金係", 1),
    ]
    docs.append(
        Doc(fam, "pdf", 2, ["address", "income", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines))
    )

    # L2: Teams in cp932: a reply gives a new address
    p = ctx.person((1980, 2002))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("09:19", a, f"{p.name()}さんの免除申請、離職票の住所と住基の住所が違います"),
                        ("09:24", b, f"先月転居届が出ています。新住所は {p.address()} です"),
                        ("09:25", a, "ありがとうございます。申請書の住所を職権で直して進達します"),
                        ("09:40", b, "念のため転居前の住所も備考に書いておいてください"),
                    ],
                    "免除 審査",
                )
            ),
        )
    )

    # L2: a 学生納付特例 申請 控え: the phone in a text box
    p = ctx.person((2002, 2004))
    school = r.choice(["県立保健医療大学", "中央情報専門学校", "北陵大学 経済学部", "市立看護専門学校"])
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="国民年金保険料学生納付特例申請書（控）",
                paragraphs=[
                    f"受付 {wareki(TODAY - dt.timedelta(days=11))}　学生証の写し 確認済",
                    "進達先：" + ctx.nenkin,
                ],
                tables=[
                    [
                        ["氏名", p.name()],
                        ["フリガナ", p.kana],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["学校名", school],
                        ["申請期間", "令和6年4月〜令和7年3月"],
                    ]
                ],
                textboxes=[f"本人携帯 {ctx.mobile()}（不備があれば連絡）"],
            ),
        )
    )

    # L2: Outlook: a resident's question, quoted below the answer, with their address and phone
    p = ctx.person((1975, 1998))
    st = ctx.staff()
    sent = TODAY - dt.timedelta(days=1)
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{st} <hoken-nenkin@city.example.lg.jp>",
                    f"{p.name()} <k{r.randint(1000, 9999)}@example.ne.jp>",
                    "RE: 失業した場合の国民年金について",
                    f"{ymd(TODAY)} 10:12",
                    [
                        f"{p.name()} 様",
                        "",
                        f"{ctx.ka}の{st}です。お問い合わせありがとうございます。",
                        "失業による特例免除は、離職票の写しを添えて申請いただければ、退職前の所得を除いて審査されます。",
                        "郵送でも受け付けますので、申請書を同封してお送りします。",
                    ],
                    [
                        (
                            f"{p.name()}",
                            f"{ymd(sent)} 21:47",
                            "失業した場合の国民年金について",
                            [
                                "保険年金課 ご担当者様",
                                "",
                                "8月末で会社を退職しました。次の仕事が決まるまで保険料が払えそうにありません。",
                                "免除の手続きを郵送でできないでしょうか。",
                                "",
                                p.name(),
                                p.address(),
                                f"TEL {p.phone}",
                            ],
                        )
                    ],
                )
            ),
        )
    )

    # L3: more than 100 applicants on a dashed print, with incomes
    ps = ctx.people(r.randint(108, 126), (1966, 2004))
    prow = [[f"R6-{i:05d}", q.name(), q.kana, wareki(q.birth, "short"), q.local, yen(r.randint(0, 300) * 10000),
             r.choice(kinds)] for i, q in enumerate(ps, start=r.randint(100, 900))]  # fmt: skip
    cols = [("受付番号", 30), ("氏名", 90), ("カナ氏名", 165), ("生年月日", 265), ("住所", 320), ("前年所得", 590),
            ("申請区分", 660)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "income", "name"],
            DocSpec(paragraphs=["受付一覧"]),
            post=system_print(
                "国民年金保険料 免除等申請 受付一覧",
                f"{ctx.city} 国民年金システム NKM0410",
                cols,
                prow,
                32,
                "抽出条件：受付日 令和6年7月1日〜9月30日",
            ),
        )
    )

    # L3: a 審査台帳 whose numbers are on a hidden sheet headed only 番号
    ps = ctx.people(r.randint(10, 14), (1970, 2002))
    ids = [f"M{r.randint(10000, 99999)}" for _ in ps]
    rows = [["管理番号", "氏名", "カナ", "生年月日", "住所", "前年所得", "申請区分"]]
    rows += [
        [i, q.name(), q.kana, wareki(q.birth), q.address(), r.randint(0, 250) * 10000, r.choice(kinds[:5])]
        for i, q in zip(ids, ps, strict=True)
    ]
    hidden = [["管理番号", "氏名", "番号"]] + [
        [i, q.name(), random_my_number(r)] for i, q in zip(ids, ps, strict=True)
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "income", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("番号", hidden, state="hidden"),
                    sheet("審査台帳", rows, title="免除申請 審査台帳（10月）", number_formats={5: "#,##0"}),
                ]
            ),
        )
    )

    # L3: a 相談記録 where the depression comes late
    p = ctx.person((1972, 1996))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["health", "income", "name"],
            DocSpec(
                title="免除申請 相談記録",
                paragraphs=[
                    f"{wareki(TODAY - dt.timedelta(days=8))}　来庁　対応 {ctx.staff()}",
                    f"相談者 {p.name()} 様",
                    "令和6年6月に退職し、現在は雇用保険を受給中。前年所得は約"
                    + str(r.randint(180, 320))
                    + "万円。",
                    "失業特例による全額免除を申請したいとのことで、離職票の写しを預かった。",
                    "配偶者なし。世帯主は父で、父の所得も審査対象になることを説明した。",
                    "追納の制度と、免除期間の年金額の計算について説明した。",
                    "退職の理由を尋ねたところ、職場でのハラスメントからうつ病を発症し、半年間休職したのちに退職したとのこと。"
                    "現在も心療内科に通院し服薬中。障害年金の要件についても次回説明する。",
                ],
            ),
            note="the illness comes paragraphs after the name: health",
        )
    )

    # L3: LINE WORKS: a reply gives 24 months 未納 and a 督促
    p = ctx.person((1978, 1999))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        (
                            "11:02",
                            a,
                            f"{p.name()}さんが免除の申請に来ています。過去分も免除になるか聞かれました",
                        ),
                        (
                            "11:06",
                            b,
                            "年金事務所のシステムで見ました。令和4年4月分から24か月未納で、特別催告状のあと督促状も出ています",
                        ),
                        (
                            "11:07",
                            b,
                            "2年1か月前までは遡って申請できますが、督促の分は年金事務所と相談してもらった方がいいです",
                        ),
                        ("11:09", a, "了解です。年金事務所の予約を案内します"),
                    ],
                    "免除受付",
                )
            ),
        )
    )
    return docs


# --- 後期高齢者医療 資格・保険証 ---------------------------------------------------------------------------
def koki(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "koki"
    docs: list[Doc] = []
    desk = f"{ctx.ka} 後期高齢者医療係"

    # L1: the 広域連合 with their 法人番号 (xlsx)
    rows: list[list[Cell]] = [["広域連合名", "法人番号", "所在地", "電話番号"]]
    for pref, ac, seat in KOIKI_PREFS:
        rows.append(
            [
                f"{pref}後期高齢者医療広域連合",
                _corp(r),
                f"{pref}{seat}{r.choice(['本町', '中央', '大手町'])}"
                f"{r.randint(1, 5)}丁目{r.randint(1, 20)}番{r.randint(1, 15)}号",
                ctx.tel(ac=ac),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("広域連合", rows, title="後期高齢者医療広域連合 連絡先一覧（抜粋）")]),
        )
    )

    # L1: the 保険証 / 資格確認書 guide (docx)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="後期高齢者医療被保険者証の廃止と資格確認書の送付について",
                paragraphs=[
                    "令和6年12月2日以降、被保険者証（保険証）は新たに発行されなくなります。",
                    "お手元の保険証は有効期限（令和7年7月31日）まで使えます。",
                    "マイナ保険証をお持ちでない方には、申請によらず資格確認書をお送りします。",
                    f"資格確認書は{ctx.koiki}が発行し、{ctx.city}から簡易書留でお届けします。",
                    f"問合せ：{desk} 電話 {ctx.office_phone(2)}",
                ],
            ),
        )
    )

    # L1: 被保険者数 by age band and 地区 (ods, with a hidden sheet)
    bands = ["65〜74歳（障害認定）", "75〜79歳", "80〜84歳", "85〜89歳", "90歳以上"]
    areas = [a.rstrip("*").removeprefix("大字") for a in ctx.areas]
    rows = [["地区", *bands, "計"]]
    for a in areas:
        n = [
            r.randint(5, 30),
            r.randint(300, 900),
            r.randint(250, 700),
            r.randint(150, 450),
            r.randint(60, 250),
        ]
        rows.append([a, *n, sum(n)])
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("被保険者数", rows, title="後期高齢者医療 被保険者数（令和6年9月末）"),
                    sheet("集計条件", [["基準日", "令和6年9月30日"], ["抽出", "資格有効者"]], state="hidden"),
                ]
            ),
        )
    )

    # L1: a 記入例 of the 再交付申請書 (PDF)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="後期高齢者医療 資格確認書等 再交付申請書　記入例",
                paragraphs=[
                    "※記入例の内容は架空のものです。",
                    "紛失・破損・汚損のいずれかに○をつけてください。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["被保険者番号", "12345678"],
                        ["氏名", SAMPLE_NAMES[2]],
                        ["生年月日", "昭和20年1月1日"],
                        ["住所", f"{ctx.city}〇〇町3丁目4番5号"],
                        ["再交付の理由", "紛失"],
                        ["窓口に来た人", "本人・代理人"],
                    ]
                ],
            ),
            note="記入例: the sample insured person is no private person",
        )
    )

    # L1: 説明会 venues with the 自治会長 in their role (odt)
    venues = [["地区", "会場", "日時", "自治会長", "会場電話"]]
    for i, a in enumerate(areas[:6]):
        venues.append(
            [
                a,
                f"{a}{r.choice(['公民館', '集会所', 'コミュニティセンター'])}",
                f"11月{5 + i * 2}日 {r.choice(['10:00', '13:30'])}",
                f"会長 {ctx.staff()}",
                ctx.tel(),
            ]
        )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="資格確認書に関する地区説明会の開催について（自治会長各位）",
                paragraphs=[
                    "各地区の自治会長の皆様に会場の確保をお願いしています。会場への問合せは下記の集会所へ。",
                    f"説明は{desk}の職員が行います。",
                ],
                tables=[venues],
            ),
            note="自治会長 are named in their role next to the 集会所 phone",
        )
    )

    # L1: Outlook in cp932 between the city and the 広域連合 (no resident)
    st, kst = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    f"{st} <koki@city.example.lg.jp>",
                    f"{kst} <shikaku@koiki.example.lg.jp>",
                    "RE: 資格確認書の発送日程",
                    f"{ymd(TODAY)} 15:02",
                    [
                        "お世話になっております。",
                        f"{ctx.city}の発送は11月下旬の2回に分けて行います。件数は確定後にお知らせします。",
                        "返戻分の保管期間は3か月とします。",
                    ],
                    [
                        (
                            f"{kst}（{ctx.koiki} 資格管理課）",
                            f"{ymd(TODAY - dt.timedelta(days=2))} 9:40",
                            "資格確認書の発送日程",
                            [
                                "各市町村ご担当者様",
                                "資格確認書の印刷データを11月15日に配信します。",
                                "発送予定日と件数をご回答ください。",
                                "",
                                f"{ctx.koiki} 資格管理課 {kst}",
                                f"電話 {ctx.tel(ac=next(k[1] for k in KOIKI_PREFS if k[0] == ctx.pref))}",
                            ],
                        )
                    ],
                )
            ),
            note="no resident: the city and the 広域連合 agree a mailing date",
        )
    )

    # L2: 75歳到達 予定者 (xls, hidden sheet)
    ps = [ctx.person((1949, 1950)) for _ in range(r.randint(14, 19))]
    for q in ps:  # 75 between December and February
        q.birth = r.choice(
            [dt.date(1949, 12, r.randint(1, 31)), dt.date(1950, r.randint(1, 2), r.randint(1, 28))]
        )
    rows = [["宛名番号", "氏名", "カナ", "生年月日", "75歳到達日", "住所"]]
    for q in ps:
        rows.append(
            [
                ctx.atena(),
                q.name(),
                q.kana,
                wareki(q.birth),
                wareki(q.birth.replace(year=q.birth.year + 75)),
                q.local,
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[
                    sheet("到達予定", rows, title="75歳到達予定者（令和6年12月〜令和7年2月）"),
                    sheet(
                        "抽出条件",
                        [["条件", "住基 生年月日 S24.12〜S25.2"], ["除外", "生活保護受給者"]],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L2: a spaced-digit letter sending the 資格確認書
    p = ctx.urban(ctx.elder())
    day = TODAY - dt.timedelta(days=r.randint(2, 15))
    lines = [
        *_letter_head(ctx, p, f"保年第{r.randint(2000, 2990)}号", day),
        "^後期高齢者医療 資格確認書の送付について",
        "",
        f"あなたの被保険者番号 {ctx.hiho()} の資格確認書を同封しますのでお確かめください。",
        f"有効期限は {wareki(dt.date(2025, 7, 31), 'spaced')} です。一部負担金の割合は 1 割です。",
        "医療機関を受診するときは、この資格確認書を窓口に提示してください。",
        "住所や氏名が変わったときは、14日以内に届け出てください。",
        *_letter_foot(ctx, "後期高齢者医療係", 2),
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: Teams: a returned card, the reply gives the new address
    p = ctx.elder()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("08:52", a, f"宛所不明で戻ってきた保険証、{p.name()}さんの分です"),
                        (
                            "08:58",
                            b,
                            f"娘さんの家に転居されています。新しい住所は {p.address()} で、住基も異動済みでした",
                        ),
                        ("09:01", a, "ありがとうございます。再送します"),
                    ],
                    "後期 資格",
                )
            ),
        )
    )

    # L2: a resident's own letter to the mayor, signed at the end
    p = ctx.elder()
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    "新しい保険証が届かない件について",
                    "",
                    "私は今年の夏に75歳になりましたが、国民健康保険の保険証を返したあと、後期高齢者の保険証が届くまでに"
                    "2週間以上かかりました。その間、かかりつけの医院に事情を話して受診しましたが、不安な思いをしました。",
                    "年寄りにとって保険証は大切なものです。誕生日の前に届くようにしていただけないでしょうか。",
                    "市役所の窓口の方は丁寧に説明してくださいましたので、そのことは申し添えます。",
                    "",
                    wareki(TODAY - dt.timedelta(days=12)),
                    p.address(True),
                    p.name(),
                    f"電話 {p.phone}",
                ]
            ),
        )
    )

    # L3: more than 100 on a ruled print (保険証 発送一覧)
    ps = ctx.elders(r.randint(110, 128))
    prow = [[ctx.hiho(), q.name(), q.kana, wareki(q.birth, "slash"), q.local, r.choice(["1割", "1割", "2割", "3割"]),
             r.choice(["簡易書留", "普通", "窓口交付"])] for q in ps]  # fmt: skip
    cols = [("被保険者番号", 30), ("氏名", 100), ("カナ氏名", 175), ("生年月日", 275), ("住所", 340), ("負担割合", 610),
            ("送付方法", 670)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(paragraphs=["発送一覧"]),
            post=system_print(
                "後期高齢者医療 資格確認書 発送一覧",
                f"{ctx.koiki} 標準システム（{ctx.city}）",
                cols,
                prow,
                30,
                "発送日 令和6年11月25日 ／ 地区 全域",
                ruled=True,
            ),
        )
    )

    # L3: a 台帳 from column AA, 姓・名・セイ・メイ split, more than 100
    ps = ctx.elders(r.randint(104, 116))
    rows = [["被保険者番号", "姓", "名", "セイ", "メイ", "性別", "生年月日", "住所"]]
    rows += [
        [ctx.hiho(), q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.sex, q.birth, q.local]
        for q in ps
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[sheet("台帳", far_right([["被保険者台帳（抜粋）"], [], *rows], 26), first_row=4)]
            ),
            post=merge_xlsx({"台帳": ["AA4:AH4"]}),
        )
    )

    # L3: a 再交付 控え whose number is only in a text box
    p = ctx.elder()
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "birth_date", "my_number", "name"],
            DocSpec(
                title="資格確認書 再交付申請書（控）",
                paragraphs=[
                    f"受付 {wareki(TODAY - dt.timedelta(days=5))}　窓口来庁者：本人",
                    "再交付理由：紛失",
                ],
                tables=[
                    [
                        ["被保険者番号", ctx.hiho()],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                    ]
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}"],
            ),
        )
    )

    # L3: Slack: a reply tells of dementia and a nursing home
    p = ctx.elder()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("10:10", a, f"{p.name()}さんの資格確認書、本人宛の電話がつながりません"),
                        (
                            "10:18",
                            b,
                            "地域包括に聞きました。先月から特養に入所されていて、認知症が進んで本人との会話は難しいそうです",
                        ),
                        ("10:19", b, "送付先を施設に変更する届を長男さんに出してもらう予定です"),
                        ("10:21", a, "了解です。長男さんから連絡があったら回してください"),
                    ],
                    "koki-shikaku",
                )
            ),
        )
    )

    # L3: a 障害認定 申請 (odt): 身体障害者手帳 1級
    p = ctx.person((1951, 1958))
    docs.append(
        Doc(
            fam,
            "odt",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(
                title="後期高齢者医療 障害認定申請書",
                paragraphs=[
                    "65歳以上75歳未満で一定の障害がある方は、申請により後期高齢者医療の被保険者になることができます。"
                ],
                tables=[
                    [
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        [
                            "障害の状態",
                            f"身体障害者手帳 1級（{r.choice(['心臓機能障害', 'じん臓機能障害', '下肢機能障害'])}）",
                        ],
                        ["認定希望日", wareki(TODAY + dt.timedelta(days=10))],
                    ]
                ],
            ),
        )
    )
    return docs


# --- 保険料（特別徴収・普通徴収・滞納・督促・短期証） -------------------------------------------------------
def hokenryo(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "hokenryo"
    docs: list[Doc] = []
    desk = f"{ctx.ka} 保険料係"
    kin = r.randint(47, 53) * 1000 + r.choice([0, 100, 400, 700])
    rate = f"{r.randint(9, 11)}.{r.randint(10, 99)}"

    # L1: the 保険料率 (PDF from a word processor)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6・7年度 後期高齢者医療保険料率",
                paragraphs=[
                    f"{ctx.koiki}では、2年ごとに保険料率を見直しています。令和6・7年度の保険料率は次のとおりです。",
                    "保険料＝均等割額＋所得割額（所得割額＝（総所得金額等－43万円）×所得割率）",
                    "世帯の所得が一定以下の方は、均等割額が7割・5割・2割軽減されます。",
                    f"問合せ：{desk} 電話 {ctx.office_phone(3)}",
                ],
                tables=[
                    [
                        ["区分", "令和4・5年度", "令和6・7年度"],
                        ["均等割額", f"{yen(kin - 1900)}円", f"{yen(kin)}円"],
                        ["所得割率", f"{float(rate) - 0.6:.2f}%", f"{rate}%"],
                        ["賦課限度額", "66万円", "80万円（令和6年度は73万円）"],
                    ],
                    [
                        ["軽減割合", "世帯の総所得金額等の基準"],
                        ["7割", "43万円＋10万円×（給与・年金所得者の数－1）以下"],
                        ["5割", "43万円＋29.5万円×被保険者数＋10万円×（給与・年金所得者の数－1）以下"],
                        ["2割", "43万円＋54.5万円×被保険者数＋10万円×（給与・年金所得者の数－1）以下"],
                    ],
                ],
            ),
        )
    )

    # L1: 収納率 with merged header groups and a hidden source sheet
    rows: list[list[Cell]] = [
        ["年度", "現年度分", None, None, "滞納繰越分", None],
        [None, "特別徴収", "普通徴収", "計", "調定額（千円）", "収納率"],
    ]
    for y in ["令和元", "令和2", "令和3", "令和4", "令和5"]:
        rows.append(
            [
                f"{y}年度",
                "100.00%",
                f"{r.uniform(97.5, 99.2):.2f}%",
                f"{r.uniform(99.3, 99.8):.2f}%",
                r.randint(9000, 16000),
                f"{r.uniform(28, 45):.1f}%",
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("収納率", rows, title=f"{ctx.city} 後期高齢者医療保険料 収納率の推移", first_row=4),
                    sheet(
                        "元データ",
                        [["出典", "後期高齢者医療事業状況報告"], ["単位", "千円・%"]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"収納率": ["A4:A5", "B4:D4", "E4:F4"]}),
            note="aggregate 滞納繰越 figures name nobody",
        )
    )

    # L1: the 滞納整理 方針 (names nobody)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.city} 後期高齢者医療保険料 滞納整理実施方針",
                paragraphs=[
                    "1 基本方針　負担の公平を確保するため、納期限を過ぎた保険料は早期に督促し、滞納の長期化を防ぐ。",
                    "2 督促　納期限後20日以内に督促状を発付する。催告書は年3回（7月・11月・2月）一斉に送付する。",
                    "3 納付相談　生活困窮の訴えがある場合は、分納誓約により計画的な納付を求め、必要に応じて福祉部門へつなぐ。",
                    "4 短期被保険者証　1年以上の滞納がある者のうち、納付相談に応じない者には有効期限6か月の短期証を交付する。",
                    "5 滞納処分　財産調査の結果、納付資力があるにもかかわらず納付しない者には差押えを行う。",
                    "6 目標　現年度分収納率 99.50%、滞納繰越分収納率 40.0%。",
                ],
            ),
            note="滞納・督促・差押 in general: names nobody",
        )
    )

    # L1: 口座振替 取扱金融機関 with 法人番号 (csv)
    rows = [["金融機関名", "法人番号", "本店所在地", "代表電話", "取扱開始"]]
    for kind, name in r.sample(BANKS, 10):
        full = f"{kind}{name}" if kind == "株式会社" else name
        rows.append(
            [
                full,
                _corp(r),
                f"{ctx.pref}{ctx.biz_address()}",
                ctx.tel(),
                r.choice(["平成20年4月", "平成27年10月", "令和3年4月"]),
            ]
        )
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("金融機関", rows)])))

    # L1: 納付書 再発行 控え: お客様番号 failing the check, names masked
    rows = [["お客様番号", "氏名", "年度", "期別", "金額", "再発行日", "理由"]]
    for _ in range(r.randint(13, 18)):
        rows.append(
            [
                _lookalike(r),
                "〇〇 〇〇",
                "R6",
                f"第{r.randint(1, 8)}期",
                r.randint(15, 120) * 100,
                ymd(TODAY - dt.timedelta(days=r.randint(1, 40))),
                r.choice(["紛失", "汚損", "口座振替不能", "納期限変更"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("再発行", rows, title="納付書 再発行 控え（マスキング済・研修用）")]),
            note="12-digit お客様番号 all failing the check digit; names masked 〇〇 〇〇",
        )
    )

    # L1: slides with an anonymised Ａさん
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="後期高齢者医療保険料の決まり方",
                paragraphs=[
                    "保険料は「均等割額」と「所得割額」の合計です",
                    "年金が年額18万円以上の方は、原則として年金から差し引かれます（特別徴収）",
                    "それ以外の方は、納付書または口座振替で納めます（普通徴収）",
                    "例：Ａさん（単身、年金収入のみ年額80万円）→ 均等割7割軽減",
                    "例：Ｂさん夫婦（年金収入 夫200万円・妻79万円）→ 均等割2割軽減",
                    "保険料を納めないでいると督促手数料がかかることがあります",
                ],
                tables=[
                    [
                        ["", "Ａさん", "Ｂさん（夫）"],
                        ["均等割額", f"{yen(kin * 3 // 10)}円", f"{yen(kin * 8 // 10)}円"],
                        ["所得割額", "0円", f"{yen(r.randint(20, 40) * 1000)}円"],
                    ]
                ],
            ),
            note="anonymised Ａさん and Ｂさん in a worked example",
        )
    )

    # L2: 特別徴収 開始 対象者, far right, 姓・名・セイ・メイ split
    ps = ctx.elders(r.randint(12, 18))
    rows = [["宛名番号", "姓", "名", "セイ", "メイ", "住所", "年金種別", "年金額（年額）", "仮徴収額（1期）"]]
    for q in ps:
        rows.append(
            [
                ctx.atena(),
                q.sei,
                q.mei,
                katakana(q.sei_kana),
                katakana(q.mei_kana),
                q.local,
                r.choice(["老齢基礎", "老齢厚生", "遺族厚生", "退職共済"]),
                r.randint(80, 320) * 10000,
                r.randint(30, 180) * 100,
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "income", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "特徴開始",
                        far_right([["特別徴収 開始対象者（令和6年12月・2月）"], [], *rows], 27),
                        first_row=3,
                        number_formats={34: "#,##0", 35: "#,##0"},
                    )
                ]
            ),
            post=merge_xlsx({"特徴開始": ["AB3:AJ3"]}),
            note="特別徴収 is a deduction from the pension, not arrears; the pension amount is income",
        )
    )

    # L2: a spaced-digit 保険料額 決定通知
    p = ctx.urban(ctx.elder())
    day = TODAY - dt.timedelta(days=r.randint(30, 90))
    inc = r.randint(30, 180) * 10000
    total = kin + int((inc - 430000) * float(rate) / 100) if inc > 430000 else kin * 3 // 10
    lines = [
        *_letter_head(ctx, p, f"保年第{r.randint(3000, 3990)}号", day),
        "^令和 6 年度 後期高齢者医療保険料額 決定通知書",
        "",
        f"あなたの令和 6 年度の保険料額を {yen(total)} 円に決定しましたのでお知らせします。",
        f"算定の基礎となる総所得金額等は {yen(inc)} 円です。",
        "納付方法：普通徴収（口座振替）\u3000第 1 期〜第 8 期",
        "この決定に不服があるときは、通知を受けた日の翌日から 3 か月以内に審査請求ができます。",
        *_letter_foot(ctx, "保険料係", 3),
    ]
    docs.append(
        Doc(fam, "pdf", 2, ["address", "income", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines))
    )

    # L2: LINE WORKS in cp932: a reply gives a phone
    p = ctx.elder()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("14:05", a, f"{p.name()}さんの口座振替依頼書、金融機関から印鑑相違で戻りました"),
                        ("14:09", b, f"申込書の電話欄は {p.phone} です。ご家族の方が書かれたようです"),
                        ("14:10", a, "電話して再提出をお願いします"),
                    ],
                    "保険料係",
                )
            ),
        )
    )

    # L2: 口座振替 申込 受付 (ods)
    ps = ctx.elders(r.randint(8, 12))
    rows = [["受付日", "氏名", "電話番号", "金融機関", "開始期"]]
    rows += [
        [
            ymd(TODAY - dt.timedelta(days=r.randint(1, 30))),
            q.name(),
            q.phone,
            r.choice([ctx.bank, "ゆうちょ銀行", "農業協同組合"]),
            f"第{r.randint(5, 8)}期",
        ]
        for q in ps
    ]
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("受付", rows, title="口座振替 申込受付簿（10月）")]),
        )
    )

    # L3: more than 100 in arrears on a dashed print
    ps = ctx.elders(r.randint(106, 122))
    prow = [[f"{r.randint(100000, 999999)}", q.name(), q.kana, q.local,
             f"R{r.choice([4, 5, 6])} {r.randint(1, 8)}期〜", yen(r.randint(30, 900) * 100),
             ymd(TODAY - dt.timedelta(days=r.randint(20, 300)))] for q in ps]  # fmt: skip
    cols = [("通知番号", 30), ("氏名", 90), ("カナ氏名", 165), ("住所", 265), ("滞納期別", 540), ("滞納額", 620),
            ("督促日", 690)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "arrears", "name"],
            DocSpec(paragraphs=["滞納者一覧"]),
            post=system_print(
                "後期高齢者医療保険料 滞納者一覧",
                f"{ctx.city} 収納管理システム SNK3100",
                cols,
                prow,
                33,
                "抽出条件：滞納額 1円以上 ／ 普通徴収",
            ),
        )
    )

    # L3: a spaced-digit 督促状
    p = ctx.urban(ctx.elder())
    day = TODAY - dt.timedelta(days=r.randint(3, 12))
    owed = r.randint(40, 250) * 100
    lines = [
        *_letter_head(ctx, p, f"保督第{r.randint(100, 990)}号", day),
        "^督 促 状",
        "",
        "あなたの後期高齢者医療保険料が、納期限を過ぎても納付されていません。",
        f"令和 6 年度 第 {r.randint(2, 4)} 期分 未納額 {yen(owed)} 円",
        f"指定期限 {wareki(day + dt.timedelta(days=10), 'spaced')} までに、同封の納付書で納めてください。",
        "期限までに納付がない場合は、財産の差押えなどの滞納処分を行うことがあります。",
        "すでに納付済みの場合は、行き違いですのでご容赦ください。",
        *_letter_foot(ctx, "保険料係 収納担当", 3),
    ]
    docs.append(
        Doc(fam, "pdf", 3, ["address", "arrears", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines))
    )

    # L3: 短期証 交付 対象 with merges and a hidden criteria sheet
    ps = ctx.elders(r.randint(10, 14))
    rows = [
        ["被保険者番号", "氏名", "住所", "滞納", None, "最終納付日", "納付相談"],
        [None, None, None, "期数", "滞納額", None, None],
    ]
    rows += [
        [
            ctx.hiho(),
            q.name(),
            q.local,
            r.randint(6, 16),
            r.randint(300, 1800) * 100,
            ymd(TODAY - dt.timedelta(days=r.randint(200, 700))),
            r.choice(["応答なし", "不在", "拒否"]),
        ]
        for q in ps
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "短期証",
                        rows,
                        title="短期被保険者証 交付対象者（令和6年8月更新）",
                        first_row=4,
                        number_formats={4: "#,##0"},
                    ),
                    sheet(
                        "判定基準",
                        [["基準", "1年以上の滞納かつ納付相談なし"], ["有効期間", "6か月"]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"短期証": ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5"]}),
        )
    )

    # L3: Teams: the reply gives three 期 unpaid and a 分納
    p = ctx.elder()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("15:30", a, f"窓口に{p.name()}さんが来ています。資格確認書のことで"),
                        (
                            "15:33",
                            b,
                            f"その方、保険料が令和5年度の3期分 {yen(r.randint(200, 600) * 100)}円 未納で督促中です。分納の約束も2回止まっています",
                        ),
                        ("15:34", b, "ついでに納付相談をお願いできますか"),
                        ("15:35", a, "わかりました。誓約書の様式を持っていきます"),
                    ],
                    "保険料 収納",
                )
            ),
        )
    )

    # L3: a 分納誓約書 whose number is only in the footer as 「○○さんの番号」
    p = ctx.elder()
    mn = random_my_number(r)
    owed = r.randint(500, 2400) * 100
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "arrears", "my_number", "name", "phone"],
            DocSpec(
                title="分納誓約書",
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    f"私は、後期高齢者医療保険料の滞納額 {yen(owed)} 円（令和4年度〜令和6年度分）について、"
                    f"次のとおり分割して納付することを誓約します。",
                    f"毎月 {yen(owed // 10 // 100 * 100)} 円を、毎月末日までに納付します。",
                    "この誓約を守らなかったときは、滞納処分を受けても異議ありません。",
                    "",
                    wareki(TODAY - dt.timedelta(days=2)),
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"電話 {p.phone}",
                ],
            ),
        )
    )
    return docs


# --- 高額療養費・葬祭費 -------------------------------------------------------------------------------
def kogaku(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "kogaku"
    docs: list[Doc] = []
    desk = f"{ctx.ka} 給付係"

    # L1: the 高額療養費 guide with the limits
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="後期高齢者医療 高額療養費のご案内",
                paragraphs=[
                    "1か月の医療費の自己負担額が限度額を超えたときは、申請により超えた額が高額療養費として支給されます。",
                    "初回の申請のみ必要です。2回目以降は登録された口座に自動的に振り込まれます。",
                    "入院のときは、限度額適用・標準負担額減額認定証を医療機関に提示すると、窓口の支払いが限度額までになります。",
                    f"問合せ：{desk} 電話 {ctx.office_phone(4)}",
                ],
                tables=[
                    [
                        ["所得区分", "外来（個人ごと）", "外来＋入院（世帯ごと）"],
                        ["現役並みⅢ", "252,600円＋（医療費－842,000円）×1%", "同左"],
                        ["現役並みⅡ", "167,400円＋（医療費－558,000円）×1%", "同左"],
                        ["現役並みⅠ", "80,100円＋（医療費－267,000円）×1%", "同左"],
                        ["一般Ⅱ", "6,000円＋（医療費－30,000円）×10%（上限18,000円）", "57,600円"],
                        ["一般Ⅰ", "18,000円", "57,600円"],
                        ["低所得Ⅱ", "8,000円", "24,600円"],
                        ["低所得Ⅰ", "8,000円", "15,000円"],
                    ]
                ],
            ),
        )
    )

    # L1: 医療機関 with 法人番号 and the 院長 in role (ods)
    rows: list[list[Cell]] = [["医療機関名", "開設法人", "法人番号", "院長", "所在地", "電話番号"]]
    for corp, name in ctx.clinics(11):
        rows.append(
            [name, _kaisetsu(corp, name), _corp(r), f"院長 {ctx.staff()}", ctx.biz_address(), ctx.tel()]
        )
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[sheet("医療機関", rows, title=f"{ctx.city}内 限度額認定証 取扱医療機関（主なもの）")]
            ),
            note="院長 are named in their role next to their clinic's phone",
        )
    )

    # L1: 支給件数・支給額 monthly, merged groups, hidden sheet
    rows = [
        ["月", "高額療養費", None, "葬祭費", None],
        [None, "件数", "支給額（円）", "件数", "支給額（円）"],
    ]
    for m in [4, 5, 6, 7, 8, 9]:
        n = r.randint(1800, 2600)
        f = r.randint(40, 75)
        rows.append([f"令和6年{m}月", n, n * r.randint(9000, 14000), f, f * 30000])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "月別",
                        rows,
                        title="高額療養費・葬祭費 支給状況（令和6年度上半期）",
                        first_row=4,
                        number_formats={2: "#,##0", 4: "#,##0"},
                    ),
                    sheet("広域連合報告", [["報告先", ctx.koiki], ["締切", "毎月10日"]], state="hidden"),
                ]
            ),
            post=merge_xlsx({"月別": ["A4:A5", "B4:C4", "D4:E4"]}),
        )
    )

    # L1: a 記入例 of the 葬祭費 申請書 (PDF)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="後期高齢者医療 葬祭費支給申請書　記入例",
                paragraphs=[
                    "葬祭を行った方（喪主）が申請してください。支給額は30,000円です。",
                    "※記入例の氏名等は架空のものです。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["亡くなった方", SAMPLE_NAMES[3]],
                        ["被保険者番号", "12345678"],
                        ["死亡年月日", "令和6年4月10日"],
                        ["申請者（喪主）", SAMPLE_NAMES[4]],
                        ["続柄", "長女"],
                        ["振込先", "〇〇銀行 〇〇支店 普通 1234567"],
                    ]
                ],
            ),
            note="記入例: the deceased and the 喪主 are sample names",
        )
    )

    # L1: training slides with masked cases
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="窓口研修　高額療養費の事例",
                paragraphs=[
                    "事例1：Ａさん（80代・一般Ⅰ）　入院と外来で1か月の自己負担が72,000円 → 57,600円を超える分を支給",
                    "事例2：Ｂさん（70代・低所得Ⅱ）　認定証の提示がなく窓口で限度額を超えて支払い → 申請で支給",
                    "事例3：〇〇 〇〇 様（故人）の高額療養費 → 相続人代表者からの申請が必要",
                    "申請勧奨通知は支給見込みがある月の3か月後に送付",
                ],
            ),
            note="masked cases (Ａさん, 〇〇 〇〇) are no private persons",
        )
    )

    # L1: a relay log with the 葬儀社 (no resident)
    a, b = ctx.staff(), ctx.staff()
    fu = r.choice(FUNERAL)
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    TODAY,
                    [
                        ("09:40", a, f"{fu}の担当者から：葬祭費の申請に会葬礼状の写しでよいか、とのこと"),
                        (
                            "09:44",
                            b,
                            "葬儀の領収書か会葬礼状のどちらかで可。喪主名がわかるものを、と回答してください",
                        ),
                        (
                            "10:05",
                            a,
                            f"{fu}へ回答済み。来月の説明会の資料も送ってほしいそうです（FAX {ctx.tel()}）",
                        ),
                    ],
                    "給付係",
                )
            ),
            note="no resident: the 葬儀社 asks about the rules",
        )
    )

    # L2: a 葬祭費 支給申請書 (the deceased's date of death, no cause)
    dead = ctx.elder()
    p = ctx.person((1950, 1975))
    died = TODAY - dt.timedelta(days=r.randint(15, 60))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="後期高齢者医療 葬祭費支給申請書",
                paragraphs=[f"{ctx.koiki}長 様", "次のとおり葬祭費の支給を申請します。"],
                tables=[
                    [
                        ["被保険者番号", ctx.hiho()],
                        ["亡くなった方", dead.name()],
                        ["死亡年月日", wareki(died)],
                        ["葬祭日", wareki(died + dt.timedelta(days=3))],
                        ["申請者（喪主）", p.name()],
                        ["続柄", r.choice(["長男", "長女", "妻", "夫"])],
                        ["申請者住所", p.address()],
                        ["電話", p.phone],
                        ["振込先", ctx.account()],
                    ]
                ],
            ),
            note="a date of death with no cause is not health; the 喪主's address makes it 2",
        )
    )

    # L2: a spaced-digit 支給決定通知
    p = ctx.urban(ctx.person((1950, 1975)))
    day = TODAY - dt.timedelta(days=r.randint(3, 20))
    lines = [
        *_letter_head(ctx, p, f"保年第{r.randint(4000, 4990)}号", day),
        "^後期高齢者医療 葬祭費支給決定通知書",
        "",
        f"{wareki(day - dt.timedelta(days=20), 'spaced')}に申請のあった葬祭費について、次のとおり支給を決定しました。",
        "支給額 30,000 円",
        f"振込予定日 {wareki(day + dt.timedelta(days=14), 'spaced')}",
        "振込先 申請書に記載の口座",
        *_letter_foot(ctx, "給付係", 4),
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: 葬祭費 受付簿: the 喪主 with 姓・名 split, a hidden sheet with the accounts
    ps = ctx.people(r.randint(8, 12), (1945, 1978))
    rows = [["受付日", "姓", "名", "セイ", "メイ", "住所", "電話", "故人 被保険者番号"]]
    rows += [
        [
            ymd(TODAY - dt.timedelta(days=r.randint(1, 30))),
            q.sei,
            q.mei,
            katakana(q.sei_kana),
            katakana(q.mei_kana),
            q.local,
            q.phone,
            ctx.hiho(),
        ]
        for q in ps
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("受付簿", rows, title="葬祭費 受付簿（申請者）", first_row=3),
                    sheet(
                        "振込",
                        [["故人 被保険者番号", "振込先"]] + [[row[7], ctx.account()] for row in rows[1:]],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L2: Slack: the reply gives a phone
    p = ctx.person((1950, 1975))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        (
                            "11:20",
                            a,
                            f"葬祭費の申請者 {p.name()}さん、振込口座の名義が違うので確認したいです",
                        ),
                        (
                            "11:26",
                            b,
                            f"申請書の連絡先は {p.phone} です。日中はつながりやすいと言っていました",
                        ),
                        ("11:27", a, "ありがとうございます"),
                    ],
                    "kyufu",
                )
            ),
        )
    )

    # L2: a 相続人代表者 申立書 (odt)
    p = ctx.person((1948, 1972))
    dead = ctx.elder()
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="相続人代表者 指定申立書",
                paragraphs=[
                    f"{ctx.koiki}長 様",
                    f"故 {dead.name()} に係る高額療養費の受領について、私が相続人を代表して申請・受領することを申し立てます。",
                    "他の相続人の同意を得ています。",
                ],
                tables=[
                    [
                        ["代表者氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["故人との続柄", "長男"],
                    ]
                ],
            ),
        )
    )

    # L3: a 支給台帳 whose diagnoses are on a hidden sheet joined by ID
    ps = ctx.elders(r.randint(10, 14))
    ids = [f"K{r.randint(100000, 999999)}" for _ in ps]
    hosp = [r.choice(CLINICS)[1] for _ in ps]
    rows = [["管理ID", "氏名", "住所", "診療月", "医療機関", "支給額"]]
    rows += [
        [i, q.name(), q.local, f"R6.{r.randint(4, 8)}", h, r.randint(5, 90) * 1000]
        for i, q, h in zip(ids, ps, hosp, strict=True)
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "health", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "支給台帳", rows, title="高額療養費 支給台帳（入院分）", number_formats={5: "#,##0"}
                    ),
                    sheet(
                        "傷病",
                        [["管理ID", "入院期間", "傷病名"]]
                        + [[i, f"{r.randint(5, 40)}日", r.choice(DISEASES)] for i in ids],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L3: a 特定疾病 (人工透析) record where the dialysis comes late
    p = ctx.elder()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="特定疾病療養受療証 交付申請 受付記録",
                paragraphs=[
                    f"受付 {wareki(TODAY - dt.timedelta(days=6))}　来庁者：本人の妻",
                    f"被保険者 {p.name()}（{p.address()}）",
                    "申請書と医師の意見書を受け付けた。受療証は広域連合から後日郵送される旨を説明した。",
                    "高額療養費の口座登録済みであることを確認した。",
                    f"意見書によると、慢性腎不全のため{r.choice(CLINICS)[1]}で週3回の人工透析を受けている。"
                    "自己負担限度額は月10,000円となる。",
                ],
            ),
            note="the dialysis comes paragraphs after the name: health",
        )
    )

    # L3: Teams: a reply tells of a cancer stay
    p = ctx.elder()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "13:02",
                            a,
                            f"{p.name()}さんの奥さんから、限度額認定証を急ぎで出してほしいと電話がありました",
                        ),
                        (
                            "13:06",
                            b,
                            f"肺がんで来週から{r.choice(CLINICS)[1]}に入院して抗がん剤治療だそうです。区分は低所得Ⅱです",
                        ),
                        ("13:08", a, "今日中に発行して郵送します"),
                    ],
                    "給付係",
                )
            ),
        )
    )

    # L3: more than 100 on a ruled print (支給決定一覧)
    ps = ctx.elders(r.randint(104, 120))
    prow = [[ctx.hiho(), q.name(), q.kana, wareki(q.birth, "short"), q.local, f"R6.{r.randint(5, 8)}",
             yen(r.randint(2, 80) * 1000)] for q in ps]  # fmt: skip
    cols = [("被保険者番号", 30), ("氏名", 100), ("カナ氏名", 175), ("生年月日", 270), ("住所", 330), ("診療月", 610),
            ("支給額", 670)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(paragraphs=["支給決定一覧"]),
            post=system_print(
                "高額療養費 支給決定一覧（自動償還）",
                f"{ctx.koiki} 標準システム（{ctx.city}）",
                cols,
                prow,
                30,
                "決定日 令和6年10月15日",
                ruled=True,
            ),
            note="more than 100 persons with addresses; the amounts alone are not read as health",
        )
    )
    return docs


# --- 人間ドック 助成 ------------------------------------------------------------------------------------
def dock(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "dock"
    docs: list[Doc] = []
    desk = f"{ctx.ka} 保健事業係"
    courses = ["日帰り人間ドック", "1泊人間ドック", "脳ドック", "日帰り人間ドック＋脳ドック"]

    # L1: the 助成 guide (PDF)
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年度 人間ドック・脳ドック費用助成のご案内",
                paragraphs=[
                    "国民健康保険・後期高齢者医療の加入者で、保険料（税）の滞納がない方が対象です。",
                    "助成額：人間ドック 上限20,000円、脳ドック 上限15,000円（年度内にいずれか1回）",
                    "受診前に申請し、助成決定通知書を指定医療機関に提出してください。",
                    "受診後、結果の写しを提出していただくと、特定健診を受けたものとみなされます。",
                    f"申請・問合せ：{desk} 電話 {ctx.office_phone(5)}",
                ],
            ),
        )
    )

    # L1: 指定医療機関 with 法人番号 (xls; 契約日 are not birth dates)
    rows: list[list[Cell]] = [["医療機関", "開設法人", "法人番号", "コース", "契約日", "電話番号"]]
    for corp, name in ctx.clinics(12):
        rows.append(
            [
                name,
                _kaisetsu(corp, name),
                _corp(r),
                r.choice(courses),
                wareki(dt.date(r.randint(2015, 2024), r.randint(1, 12), 1)),
                ctx.tel(),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("指定医療機関", rows, title="人間ドック 指定医療機関一覧（令和6年度）")]),
            note="契約日 are contract dates, not birth dates",
        )
    )

    # L1: 受診者数 and 有所見率 by year with merges
    rows = [["年度", "受診者数", None, "有所見率", None], [None, "国保", "後期", "要精密検査", "要医療"]]
    for y in ["令和元", "令和2", "令和3", "令和4", "令和5"]:
        rows.append(
            [
                f"{y}年度",
                r.randint(600, 1100),
                r.randint(200, 480),
                f"{r.uniform(9, 16):.1f}%",
                f"{r.uniform(18, 30):.1f}%",
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("実績", rows, title="人間ドック助成 実績の推移", first_row=4)]),
            post=merge_xlsx({"実績": ["A4:A5", "B4:C4", "D4:E4"]}),
        )
    )

    # L1: the results summary without persons (odt)
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="令和5年度 人間ドック結果の概要（保健事業評価委員会資料）",
                paragraphs=[
                    "受診者のうち要精密検査と判定された者は全体の12.4%で、その内訳は大腸（便潜血陽性）が最も多かった。",
                    "要医療の判定は血圧・脂質・血糖の順に多く、40〜50代男性で高い傾向が見られた。",
                    "個人が特定されないよう、10人未満の区分は「－」で表示している。",
                ],
                tables=[
                    [
                        ["判定", "男性", "女性", "計"],
                        ["異常なし", "8.2%", "11.5%", "9.7%"],
                        ["要精密検査", "13.1%", "11.6%", "12.4%"],
                        ["要医療", "29.4%", "21.0%", "25.6%"],
                        ["治療中", "－", "－", "18.9%"],
                    ]
                ],
            ),
        )
    )

    # L1: the 申請書 記入例 with text boxes
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="人間ドック費用助成申請書　記入例",
                paragraphs=["※記入例の内容は見本です。"],
                tables=[
                    [
                        ["申請者氏名", SAMPLE_NAMES[5]],
                        ["生年月日", "昭和45年10月10日"],
                        ["住所", f"{ctx.city}〇〇町5丁目6番7号"],
                        ["電話", "0XX-XXXX-XXXX"],
                        ["受診予定医療機関", "〇〇健診センター"],
                        ["コース", "日帰り人間ドック"],
                    ]
                ],
                textboxes=["保険証の記号・番号を記入", "受診予定日の2週間前までに申請"],
            ),
            note="記入例: a sample applicant",
        )
    )

    # L2: a filled 申請書
    p = ctx.person((1955, 1984))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="人間ドック費用助成申請書",
                paragraphs=[f"{ctx.city}長 様", "次のとおり人間ドック費用の助成を申請します。"],
                tables=[
                    [
                        ["申請者氏名", _pp(p)],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["受診予定医療機関", r.choice(CLINICS)[1]],
                        ["コース", r.choice(courses)],
                        ["受診予定日", wareki(TODAY + dt.timedelta(days=r.randint(14, 50)))],
                    ]
                ],
            ),
        )
    )

    # L2: a spaced-digit 助成決定通知
    p = ctx.urban(ctx.person((1950, 1984)))
    day = TODAY - dt.timedelta(days=r.randint(3, 20))
    lines = [
        *_letter_head(ctx, p, f"保年第{r.randint(5000, 5990)}号", day),
        "^人間ドック費用助成 決定通知書",
        "",
        "申請のあった人間ドック費用の助成について、次のとおり決定しました。",
        f"受診医療機関 {r.choice(CLINICS)[1]}",
        "助成額 20,000 円（医療機関の窓口で差し引きます）",
        f"有効期限 {wareki(dt.date(2025, 3, 31), 'spaced')}",
        "受診の際はこの通知書と保険証（資格確認書）を提出してください。",
        *_letter_foot(ctx, "保健事業係", 5),
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: 申請 受付一覧 (utf-8 csv) with phones
    ps = ctx.people(r.randint(20, 28), (1950, 1984))
    rows = [["受付日", "氏名", "電話番号", "医療機関", "コース", "決定日"]]
    rows += [
        [
            ymd(TODAY - dt.timedelta(days=r.randint(5, 90))),
            q.name(),
            q.phone,
            r.choice(CLINICS)[1],
            r.choice(courses),
            ymd(TODAY - dt.timedelta(days=r.randint(0, 4))),
        ]
        for q in ps
    ]
    docs.append(Doc(fam, "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("受付", rows)])))

    # L2: LINE WORKS: a reply gives the address
    p = ctx.person((1950, 1984))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("16:01", a, f"{p.name()}さんの助成決定通知、郵便が戻ってきました"),
                        ("16:05", b, f"9月に転居されていました。新住所は {p.address()} です"),
                        ("16:06", a, "再送します。ありがとうございます"),
                    ],
                    "保健事業係",
                )
            ),
        )
    )

    # L3: a one-person result summary with the finding in a text box
    p = ctx.person((1950, 1984))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["birth_date", "health", "name"],
            DocSpec(
                title="人間ドック結果票（写）",
                paragraphs=[
                    f"受診者 {p.name()}　生年月日 {wareki(p.birth)}",
                    f"受診日 {wareki(TODAY - dt.timedelta(days=30))}",
                    f"受診機関 {r.choice(CLINICS)[1]}",
                    "特定健診みなし：該当",
                ],
                tables=[
                    [
                        ["項目", "結果"],
                        ["身長・体重", f"{r.randint(150, 180)}cm / {r.randint(45, 90)}kg"],
                        ["血圧", f"{r.randint(130, 170)}/{r.randint(80, 105)}"],
                        ["総合判定", "D（要精密検査）"],
                    ]
                ],
                textboxes=[f"所見：{r.choice(FINDINGS)}"],
            ),
        )
    )

    # L3: more than 100 on a ruled print with phones
    ps = ctx.people(r.randint(106, 122), (1950, 1984))
    prow = [[f"D{r.randint(10000, 99999)}", q.name(), q.kana, wareki(q.birth, "abbr"), q.phone,
             r.choice(CLINICS)[1], r.choice(courses)] for q in ps]  # fmt: skip
    cols = [("申請番号", 30), ("氏名", 90), ("カナ氏名", 165), ("生年月日", 265), ("電話番号", 335),
            ("医療機関", 430), ("コース", 600)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["birth_date", "name", "phone"],
            DocSpec(paragraphs=["申請者一覧"]),
            post=system_print(
                "人間ドック費用助成 申請者一覧",
                f"{ctx.city} 健康管理システム KNK0520",
                cols,
                prow,
                30,
                "年度 令和6 ／ 状態 決定済",
                ruled=True,
            ),
        )
    )

    # L3: results with 判定 in cp932
    ps = ctx.people(r.randint(18, 24), (1950, 1984))
    rows = [["氏名", "生年月日", "受診日", "総合判定", "所見"]]
    rows += [
        [
            q.name(),
            wareki(q.birth, "short"),
            ymd(TODAY - dt.timedelta(days=r.randint(20, 120))),
            r.choice(["C", "D", "E"]),
            r.choice(FINDINGS),
        ]
        for q in ps
    ]
    docs.append(
        Doc(fam, "csv-cp932", 3, ["birth_date", "health", "name"], DocSpec(sheets=[sheet("結果", rows)]))
    )

    # L3: Slack: a reply tells of a suspected breast cancer
    p = ctx.person((1955, 1984), sex="女")
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("09:30", a, f"{p.name()}さんの結果票が届きました。保健師さんのフォロー対象ですか"),
                        (
                            "09:41",
                            b,
                            "マンモで乳がん疑い、要精密検査です。まだ二次検査を受けていないので電話で勧奨します",
                        ),
                        ("09:42", a, "お願いします。結果票はフォロー用のフォルダに入れておきます"),
                    ],
                    "kenshin-dock",
                )
            ),
        )
    )

    # L3: a 申請台帳 whose numbers are number cells on a hidden sheet headed only 番号
    ps = ctx.people(r.randint(9, 13), (1950, 1984))
    ids = [f"D{r.randint(10000, 99999)}" for _ in ps]
    rows = [["申請番号", "氏名", "生年月日", "住所", "コース"]]
    rows += [[i, q.name(), q.birth, q.address(), r.choice(courses)] for i, q in zip(ids, ps, strict=True)]
    hidden: list[list[Cell]] = [["申請番号", "氏名", "番号"]]
    hidden += [[i, q.name(), int(random_my_number(r))] for i, q in zip(ids, ps, strict=True)]
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("番号", hidden, state="hidden", number_formats={2: "0"}),
                    sheet("申請台帳", rows, title="人間ドック助成 申請台帳"),
                ]
            ),
        )
    )
    return docs


# --- 年金事務所との連絡 ---------------------------------------------------------------------------------
def renraku(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "renraku"
    docs: list[Doc] = []
    nk_phone = ctx.tel(30 if len(ctx.ac) == 4 else 631, 4141)

    # L1: the procedure
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.nenkin}との連絡・協力事務 手順書",
                paragraphs=[
                    "1 届書の進達　受け付けた届書は、週2回（火・金）年金事務所へ送付する。送付書に件数を記入する。",
                    "2 照会への回答　年金事務所からの所得・住所の照会には、照会書により文書で回答する。電話での回答はしない。",
                    "3 連絡票　窓口で判断できない相談は連絡票に記入し、年金事務所の国民年金課へFAXする。",
                    "4 個人情報　連絡票には基礎年金番号を記入し、氏名以外の個人情報は必要最小限とする。",
                    f"連絡先：{ctx.nenkin} 国民年金課 電話 {nk_phone}",
                ],
            ),
        )
    )

    # L1: Teams with the 年金事務所 staff (no resident)
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY - dt.timedelta(days=5),
                    [
                        (
                            "10:00",
                            a,
                            "年金事務所の国民年金課長さんから、来月の連携会議の日程候補が届きました",
                        ),
                        ("10:03", b, "11月14日午後で調整お願いします。議題は免除申請の進達方法の変更です"),
                        ("10:05", a, "了解です。会議室は3階の302を押さえます"),
                        ("10:20", b, "年金事務所の資料は事前にメールでもらえるよう頼んでおきます"),
                    ],
                    "年金事務所 連携",
                )
            ),
            note="no resident: staff arrange a meeting with the 年金事務所",
        )
    )

    # L1: LINE WORKS about a system outage (no resident)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY - dt.timedelta(days=1),
                    [
                        ("08:35", a, "国民年金の端末がログインできません。皆さんどうですか"),
                        ("08:37", b, "こちらも同じです。情報政策課に連絡しました"),
                        ("08:52", c, "9時半ごろ復旧見込みとのこと。窓口は紙の受付簿で対応します"),
                        ("09:33", b, "復旧しました。受付簿の分は午後に入力します"),
                    ],
                    "国民年金係",
                )
            ),
            note="no resident: a system outage",
        )
    )

    # L1: 連絡票 counts with merges and a hidden sheet
    rows: list[list[Cell]] = [
        ["月", "連絡票", None, "照会回答", None],
        [None, "送付", "回答受領", "所得照会", "住所照会"],
    ]
    for m in [4, 5, 6, 7, 8, 9]:
        rows.append([f"{m}月", r.randint(20, 60), r.randint(15, 55), r.randint(30, 120), r.randint(5, 30)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("件数", rows, title=f"{ctx.nenkin}との連絡件数（令和6年度）", first_row=4),
                    sheet(
                        "分類",
                        [["区分", "内容"], ["送付", "窓口→年金事務所"], ["照会", "年金事務所→市"]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"件数": ["A4:A5", "B4:C4", "D4:E4"]}),
        )
    )

    # L1: 連携会議 slides naming the 所長 and 課長 in role
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.nenkin}・{ctx.city} 連携会議",
                paragraphs=[
                    f"出席：{ctx.nenkin} 所長 {ctx.staff()}、国民年金課長 {ctx.staff()}",
                    f"{ctx.city}：保険年金課長 {ctx.staff()}、国民年金係長 {ctx.staff()}",
                    "議題1：免除申請書の進達を電子媒体に切り替える件",
                    "議題2：20歳到達者への加入勧奨の共同実施",
                    "議題3：年金生活者支援給付金の請求勧奨",
                ],
            ),
            note="所長 and 課長 are named in their role",
        )
    )

    # L2: a relay log: a phone
    p = ctx.person((1960, 2000))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    TODAY,
                    [
                        (
                            "10:15",
                            a,
                            f"年金事務所から：{p.name()}さんの資格取得届に記入漏れあり、本人に連絡したいので電話番号を教えてほしい",
                        ),
                        ("10:20", b, f"本人の同意を確認のうえ、届書の {p.phone} を伝えた"),
                        ("10:22", a, "年金事務所の担当は国民年金課 適用係"),
                    ],
                    "年金事務所 連絡",
                )
            ),
        )
    )

    # L2: Outlook: the quoted request gives the address and birth date
    p = ctx.person((1960, 2000))
    st, ns = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                paragraphs=mail(
                    f"{st} <kokunen@city.example.lg.jp>",
                    f"{ns} <kokunen-ka@nenkin.example.go.jp>",
                    "RE: 住所確認のお願い",
                    f"{ymd(TODAY)} 13:40",
                    [
                        "お世話になっております。",
                        "お問い合わせの方は、住民基本台帳上も下記住所で変更ありません。",
                        "以上、よろしくお願いします。",
                    ],
                    [
                        (
                            f"{ns}（{ctx.nenkin} 国民年金課）",
                            f"{ymd(TODAY - dt.timedelta(days=1))} 16:55",
                            "住所確認のお願い",
                            [
                                "保険年金課 ご担当者様",
                                "",
                                "下記の方への郵便が戻ってきました。住所の確認をお願いします。",
                                f"氏名：{p.name()}",
                                f"生年月日：{wareki(p.birth)}",
                                f"住所：{p.address()}",
                            ],
                        )
                    ],
                )
            ),
        )
    )

    # L2: a 連絡票 from column AB and row 8
    p = ctx.person((1960, 2000))
    rows = [
        ["国民年金 連絡票"],
        [],
        ["基礎年金番号", ctx.kiso()],
        ["氏名", p.name()],
        ["フリガナ", p.kana],
        ["生年月日", wareki(p.birth)],
        ["住所", p.address()],
        ["連絡事項", "資格取得日の確認をお願いします（前職の資格喪失日不明）"],
        ["記入者", f"{ctx.ka} {ctx.staff()}"],
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("連絡票", far_right(rows, 27), first_row=8)]),
            post=merge_xlsx({"連絡票": ["AB8:AD8"]}),
        )
    )

    # L2: a 照会回答書 (odt)
    p = ctx.person((1960, 2000))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name"],
            DocSpec(
                title="照会回答書",
                paragraphs=[
                    f"{ctx.nenkin}長 様",
                    f"{wareki(TODAY - dt.timedelta(days=7))}付けで照会のあった件について、次のとおり回答します。",
                ],
                tables=[[["氏名", p.name()], ["住所", p.address()], ["住民登録", "あり（異動なし）"]]],
            ),
        )
    )

    # L2: Teams in cp932: a phone
    p = ctx.person((1960, 2000))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("14:10", a, f"年金事務所が{p.name()}さんに折り返したいそうです。連絡先ありますか"),
                        ("14:12", b, f"先月の窓口受付票に {p.phone} とあります"),
                        ("14:13", a, "本人了承済みなので伝えます"),
                    ],
                    "国民年金係",
                )
            ),
        )
    )

    # L3: Teams: the reply tells of a stoma (障害年金)
    p = ctx.person((1962, 1990))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "11:40",
                            a,
                            f"年金事務所から、{p.name()}さんの障害年金の請求で初診日の確認が取れたと連絡がありました",
                        ),
                        (
                            "11:44",
                            b,
                            "直腸がんの手術で人工肛門を造設した件ですね。診断書は年金事務所に直接出すと伝えてあります",
                        ),
                        ("11:45", a, "了解です。相談記録に追記しておきます"),
                    ],
                    "年金事務所 連携",
                )
            ),
        )
    )

    # L3: 異動 一覧 for the 年金事務所, more than 100 (utf-8 csv)
    ps = ctx.people(r.randint(104, 118), (1964, 2004))
    rows = [["異動日", "異動事由", "氏名", "カナ", "生年月日", "住所", "基礎年金番号"]]
    rows += [
        [
            ymd(TODAY - dt.timedelta(days=r.randint(1, 30))),
            r.choice(["転入", "転居", "転出", "氏名変更"]),
            q.name(),
            q.kana,
            wareki(q.birth, "slash"),
            q.address(),
            ctx.kiso(),
        ]
        for q in ps
    ]
    docs.append(Doc(fam, "csv", 3, ["address", "birth_date", "name"], DocSpec(sheets=[sheet("異動", rows)])))

    # L3: a relay log: arrears
    p = ctx.person((1962, 1995))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    TODAY,
                    [
                        (
                            "15:05",
                            a,
                            f"年金事務所から：{p.name()}さんが免除を申請したいと言っているが、市の国保税も滞納していないか",
                        ),
                        (
                            "15:12",
                            b,
                            "国保税は令和5年度分 全期未納、督促済み。ただし他課の情報なので年金事務所には回答しないこと",
                        ),
                        ("15:15", a, "年金事務所には回答できない旨を伝えた"),
                    ],
                    "年金事務所 連絡",
                )
            ),
        )
    )

    # L3: 年金生活者支援給付金 対象者, more than 100, dashed print
    ps = ctx.elders(r.randint(108, 124))
    prow = [[ctx.kiso(), q.name(), q.kana, wareki(q.birth, "slash"), q.local, yen(r.randint(0, 80) * 10000),
             r.choice(["老齢", "障害", "遺族"])] for q in ps]  # fmt: skip
    cols = [("基礎年金番号", 30), ("氏名", 100), ("カナ氏名", 175), ("生年月日", 275), ("住所", 340),
            ("前年所得", 610), ("給付種別", 680)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "income", "name"],
            DocSpec(paragraphs=["対象者一覧"]),
            post=system_print(
                "年金生活者支援給付金 所得情報提供 対象者一覧",
                f"{ctx.city} 国民年金システム NKK0900",
                cols,
                prow,
                32,
                f"提供先 {ctx.nenkin} ／ 提供日 令和6年10月1日",
            ),
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [kokunen, menjo, koki, hokenryo, kogaku, dock, renraku]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, nenkin, koiki, bank, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, nenkin, koiki, bank, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set53", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
