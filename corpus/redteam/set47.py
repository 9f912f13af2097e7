"""Forty-seventh red-team set (blind): a city's こども家庭課 and its 子育て給付 desks.

``python -m corpus.redteam.set47 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build (筑西市, 関市, 倉吉市, 防府市 or 天童市, each with 大字…番地 and …丁目 towns, its
area code and its regional bank), in October 2024 when the 児童手当 was extended to 高校生年代. Families follow the
desk a document comes from: 児童手当 with 認定請求, 現況, 所得 and accounts (``jidoteate``), 児童扶養手当 for ひとり親
with 養育費, 所得 and 事実婚 調査 (``fuyo``), こども医療費助成 with 受給者証 and 償還払い carrying 病名 (``iryohi``),
ひとり親家庭 自立支援 for 就労 and 資格取得 (``jiritsu``), 母子父子寡婦福祉資金 loans with 償還, 滞納 and 督促
(``kashitsuke``), 養育支援訪問 (``homon``) and 地域子育て支援 with ファミリー・サポート, 一時預かり, 委託 事業者 and
民生委員・主任児童委員 (``chiiki``); each with its public look-alikes (手当額 tables, 支給件数, 制度案内, 記入例,
委託 事業者 with 法人番号, 委員 in their role, masked case studies).

The truth is the default policy's text only: 3 for a My Number, health (including pregnancy complications,
developmental findings and allergies) or arrears about a named private person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists
what a perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful
files carry a one-line ``note``.
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

SEED = 4747
VARIANT = "redteam47"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, bank, areas); an area ending in "*" takes 番地 lots, the others 丁目
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("茨城県", "筑西市", "0296", "308", "筑波銀行",
     ["大字玉戸*", "大字小川*", "大字下川島*", "菅谷*", "みどり町", "丙", "二木成", "西谷貝*"]),
    ("岐阜県", "関市", "0575", "501", "十六銀行",
     ["大字小瀬*", "大字倉知*", "西本郷通", "東貸上", "若草通", "大字下有知*", "桜本町", "平和通"]),
    ("鳥取県", "倉吉市", "0858", "682", "鳥取銀行",
     ["大字福光*", "大字小鴨*", "上井町", "駄経寺町", "福庭町", "大字生田*", "山根", "伊木*"]),
    ("山口県", "防府市", "0835", "747", "山口銀行",
     ["大字牟礼*", "大字台道*", "駅南町", "新田", "華城中央", "大字佐野*", "松崎町", "迫戸町"]),
    ("山形県", "天童市", "023", "994", "山形銀行",
     ["老野森", "鎌田本町", "大字成生*", "大字高擶*", "南町", "久野本", "大字荒谷*", "北目"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("勘解由小路", "かでのこうじ"), ("小鳥遊", "たかなし"), ("四十物", "あいもの"), ("一尺八寸", "かまつか"),
    ("百目鬼", "どうめき"), ("毒島", "ぶすじま"), ("薬袋", "みない"), ("纐纈", "こうけつ"), ("東海林", "しょうじ"),
    ("我妻", "わがつま"), ("瓜生", "うりゅう"), ("轟", "とどろき"), ("日下部", "くさかべ"), ("五百旗頭", "いおきべ"),
    ("左右田", "そうだ"), ("仁科", "にしな"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"),
    ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"),
    ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("石井", "いしい"), ("上田", "うえだ"), ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"),
    ("水野", "みずの"), ("今村", "いまむら"), ("服部", "はっとり"), ("野村", "のむら"), ("菅原", "すがわら"),
    ("市川", "いちかわ"), ("小野", "おの"), ("高木", "たかぎ"), ("和田", "わだ"), ("中野", "なかの"),
    ("丸山", "まるやま"), ("大野", "おおの"), ("千田", "ちだ"), ("飯田", "いいだ"), ("河合", "かわい"),
    ("須藤", "すどう"), ("辻", "つじ"), ("三上", "みかみ"), ("樋口", "ひぐち"), ("関", "せき"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("蒼", "あおい"), ("律", "りつ"), ("陽翔", "はると"), ("悠真", "ゆうま"), ("蓮", "れん"), ("樹", "いつき"),
    ("大和", "やまと"), ("朔太郎", "さくたろう"), ("健太", "けんた"), ("翔太", "しょうた"), ("亮", "りょう"),
    ("誠", "まこと"), ("隆之", "たかゆき"), ("慎吾", "しんご"), ("雅人", "まさと"), ("達也", "たつや"),
    ("圭介", "けいすけ"), ("晴臣", "はるおみ"), ("碧斗", "あおと"), ("旭", "あさひ"), ("篤志", "あつし"),
    ("穣", "みのる"), ("駿", "しゅん"), ("航平", "こうへい"), ("寛人", "ひろと"), ("一颯", "いぶき"),
    ("壮真", "そうま"), ("智也", "ともや"), ("拓真", "たくま"), ("弦", "げん"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("結菜", "ゆいな"), ("芽依", "めい"), ("杏", "あん"), ("心春", "こはる"), ("澪", "みお"), ("琴音", "ことね"),
    ("真由美", "まゆみ"), ("恵", "めぐみ"), ("香織", "かおり"), ("麻衣", "まい"), ("裕子", "ゆうこ"),
    ("亜紀", "あき"), ("舞", "まい"), ("千尋", "ちひろ"), ("薫", "かおる"), ("朋美", "ともみ"), ("志保", "しほ"),
    ("彩乃", "あやの"), ("詩織", "しおり"), ("夕子", "ゆうこ"), ("弥生", "やよい"), ("楓", "かえで"),
    ("椿", "つばき"), ("燈", "あかり"), ("藍", "あい"), ("菜々子", "ななこ"), ("梢", "こずえ"), ("円香", "まどか"),
    ("亜希子", "あきこ"), ("瑞穂", "みずほ"),
]  # fmt: skip
BUILDINGS = [
    "コーポ若葉",
    "レオパレス中央",
    "市営住宅",
    "ハイツ清流",
    "アーバン駅南",
    "ルミエール",
    "県営住宅",
]
COMPANIES = [
    ("社会福祉法人", "わかば会"), ("特定非営利活動法人", "子育てネットひだまり"), ("株式会社", "キッズケアサポート"),
    ("一般社団法人", "ひとり親就労支援センター"), ("株式会社", "ベビーシッターこもれび"), ("合同会社", "ほっとファミリー"),
    ("株式会社", "ライフステップ人材"), ("社会福祉法人", "清和福祉会"), ("医療法人社団", "すこやか会"),
    ("特定非営利活動法人", "ママの手"), ("株式会社", "アスノ訪問看護"), ("有限会社", "しらかば保育サービス"),
    ("株式会社", "キャリアブリッジ"), ("一般財団法人", "こども未来財団"), ("株式会社", "ミライ学習塾"),
    ("社会福祉法人", "恵愛会"), ("株式会社", "グローアップ教育"), ("特定非営利活動法人", "ファミリーリンク"),
]  # fmt: skip
CLINICS = ["こばと小児科クリニック", "さくら耳鼻咽喉科", "ひかり眼科", "中央総合病院", "みなみ歯科医院",
           "あおぞら皮膚科", "市立病院", "たんぽぽこどもクリニック", "すずらん整形外科", "ふたば産婦人科"]  # fmt: skip
SAMPLE_NAMES = ["子育 太郎", "手当 花子", "見本 一郎", "記入 例子", "給付 次郎", "支援 みらい"]
DISEASES = ["急性気管支炎", "気管支喘息", "アトピー性皮膚炎", "急性中耳炎", "RSウイルス感染症", "インフルエンザ",
            "川崎病", "てんかん", "1型糖尿病", "ネフローゼ症候群", "骨折(左前腕)", "溶連菌感染症", "食物アレルギー",
            "突発性発疹", "手足口病", "肺炎"]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 21)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
BRANCHES = ["本店営業部", "駅前支店", "中央支店", "北支店", "南支店", "市役所出張所"]
STAFF_TITLES = ["こども家庭課長", "課長補佐", "給付係長", "主査", "主任", "主事", "母子・父子自立支援員",
                "家庭相談員", "保健師", "会計年度任用職員"]  # fmt: skip


# --- helpers (adapted from set 34's plumbing) ----------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 平成3年3月5日, short H3.3.5, abbr 平成3.3.5, slash H03/03/05, spaced 令和 6 年 10 月 1 日."""
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

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    bank: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def shiyakusho(self) -> str:
        return f"{self.city}役所"

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
        return self.tel(22 + n if len(self.ac) == 4 else 654 + n, 1111 + 23 * n)

    def phone(self, mobile: float = 0.75) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

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
        a, b, c = r.randint(1, 5), r.randint(1, 26), r.randint(1, 24)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.25:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 26), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1978, 2002), sex: str = "") -> Person:
        """A parent (or other adult resident), unique by name across the build."""
        r = self.rng
        want = sex
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = want or r.choice("女女男")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1978, 2002)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def child(
        self, parent: Person, born: tuple[int, int] = (2007, 2024), avoid: Sequence[str] = ()
    ) -> Person:
        """A child of ``parent``: same surname and address, its own given name and birth date."""
        r = self.rng
        while True:
            sex = r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if mei not in avoid and mei != parent.mei:
                break
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        return Person(parent.sei, mei, parent.sei_kana, mk, sex, birth, parent.city, parent.area, parent.lot,
                      parent.phone, parent.zip, parent.pref)  # fmt: skip

    def children(self, parent: Person, n: int, born: tuple[int, int] = (2007, 2024)) -> list[Person]:
        kids: list[Person] = []
        for _ in range(n):
            kids.append(self.child(parent, born, [k.mei for k in kids]))
        return sorted(kids, key=lambda k: k.birth)

    def staff(self) -> str:
        """A city officer (not drawn from the residents: an officer may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def titled(self) -> str:
        return f"{self.rng.choice(STAFF_TITLES)} {self.staff()}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}"

    def companies(self, n: int) -> list[str]:
        picks = self.rng.sample(COMPANIES, min(n, len(COMPANIES)))
        return [f"{k}{c}" if i % 4 else f"{c}{k}" for i, (k, c) in enumerate(picks)]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def account(self) -> tuple[str, str, str]:
        """(bank, branch, 普通 number) of a resident's account."""
        bank = (
            self.bank
            if self.rng.random() < 0.6
            else self.rng.choice(["ゆうちょ銀行", "JAバンク", "労働金庫"])
        )
        return bank, self.rng.choice(BRANCHES), f"{self.rng.randint(1000000, 9999999)}"

    def income(self, lo: int = 800_000, hi: int = 4_800_000) -> int:
        return self.rng.randrange(lo, hi, 1000)

    def day(self, start: dt.date = dt.date(2024, 4, 1), end: dt.date = TODAY) -> dt.date:
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
            c.drawRightString(w - 30, h - 22, f"作成日 {ymd(TODAY)}  端末 KD{n % 3 + 1:02d}")
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
                c.drawString(30, y - 8, f"【合計 {len(rows)} 件】")
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
        out.append(f"保存日時：{ymd(day)} 17:46")
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


def _when(d: dt.date, hm: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {hm}"


def _mail_day(d: dt.date, hm: str) -> str:
    wd = "月火水木金土日"[d.weekday()]
    return f"{d.year}年{d.month}月{d.day}日({wd}) {hm}"


def _clock(rng: random.Random, n: int, start: int = 9) -> list[str]:
    """``n`` increasing HH:MM times from ``start`` o'clock."""
    minutes = sorted(rng.sample(range(start * 60, 17 * 60 + 30), n))
    return [f"{m // 60:02d}:{m % 60:02d}" for m in minutes]


def _bank_line(acct: tuple[str, str, str]) -> str:
    return f"{acct[0]} {acct[1]} 普通 {acct[2]}"


# --- 児童手当 (こども家庭課 給付係) ------------------------------------------------------------------------
def _teate_amount(kids: Sequence[Person]) -> int:
    """Monthly 児童手当 from 令和6年10月: 15,000 under 3, 10,000 to 高校生年代, 30,000 from the third child."""
    total = 0
    for i, k in enumerate(sorted(kids, key=lambda k: k.birth)):
        age = k.age()
        if i >= 2:
            total += 30000
        else:
            total += 15000 if age < 3 else 10000
    return total


def jidoteate(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "jidoteate"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭課 給付係（{ctx.shiyakusho}本庁舎1階 8番窓口） 電話 {ctx.office_phone()}"

    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="児童手当が拡充されます（令和6年10月分から）",
        paragraphs=[
            "令和6年10月分（12月支給）から、所得制限が撤廃され、支給対象が高校生年代（18歳に達した日以後の"
            "最初の3月31日まで）に延長されます。第3子以降の手当額は月額30,000円になります。",
            "支給月は偶数月（2月・4月・6月・8月・10月・12月）の年6回で、それぞれ前月分までの2か月分を支給します。",
            "新たに対象となる方（高校生年代のみを養育している方、所得上限限度額を超えていた方）は、"
            "令和7年3月31日までに認定請求書を提出してください。期限内の請求で10月分から支給します。",
            "大学生年代（22歳年度末まで）の子を養育し、監護相当・生計費の負担をしている場合は、"
            "その子を含めて第何子かを数えます（監護相当・生計費の負担についての確認書が必要です）。",
            f"問合せ先：{office}",
        ],
        tables=[[["区分", "第1子・第2子", "第3子以降"],
                 ["3歳未満", "月額 15,000円", "月額 30,000円"],
                 ["3歳〜高校生年代", "月額 10,000円", "月額 30,000円"],
                 ["所得制限", "なし（令和6年10月分から）", "なし"]]],
        footer=f"{ctx.city} こども家庭課",
    )))  # fmt: skip

    head4: list[Cell] = ["地区", "3歳未満", None, "3歳〜高校生年代", None, "受給者数", "支給額（月額計・円）"]
    head5: list[Cell] = [None, "第1・2子", "第3子以降", "第1・2子", "第3子以降", None, None]
    body: list[list[Cell]] = []
    raw: list[list[Cell]] = [["地区コード", "地区", "世帯数", "児童数", "抽出日"]]
    for i, d in enumerate(ctx.districts):
        a, b, c, e = r.randint(40, 260), r.randint(2, 30), r.randint(150, 900), r.randint(10, 90)
        hh = int((a + b + c + e) / 1.7)
        body.append([d, a, b, c, e, hh, a * 15000 + (b + e) * 30000 + c * 10000])
        raw.append([f"{i + 1:03d}", d, hh, a + b + c + e, ymd(dt.date(2024, 10, 1))])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("支給状況", [head4, head5, *body], first_row=4, title=f"児童手当 地区別支給状況（令和6年10月分） {ctx.city}"),
        sheet("集計元", raw, state="hidden"),
    ]), post=merge_xlsx({"支給状況": ["B4:C4", "D4:E4", "A4:A5", "F4:F5", "G4:G5"]})))  # fmt: skip

    s1, s2, s3 = SAMPLE_NAMES[0], SAMPLE_NAMES[1], SAMPLE_NAMES[2]
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="【記入例】児童手当 認定請求書",
        paragraphs=[
            "この記入例を参考に、太枠内を記入してください。",
            f"請求者氏名：{s2}（テアテ ハナコ）　生年月日：平成2年4月1日　続柄：母",
            f"住所：{ctx.city}○○町1丁目2番3号　電話：090-0000-0000（日中連絡のつく番号）",
            f"配偶者：{s1}（昭和63年5月5日生）",
            f"対象児童：{s3}（令和3年7月7日生）　ほか",
            "個人番号欄：請求者・配偶者の個人番号を記入し、番号確認書類と本人確認書類を提示してください。",
            "振込先口座は請求者名義の口座に限ります（児童名義の口座は不可）。",
        ],
        tables=[[["項目", "記入のしかた"],
                 ["請求者", "児童を養育している父母のうち、生計を維持する程度の高い方"],
                 ["児童", "高校生年代までの児童を全員記入"],
                 ["大学生年代の子", "監護相当・生計費の負担がある場合は別紙確認書も記入"]]],
        textboxes=["記入例：日付は提出日を記入", "※押印は不要です"],
        footer="記入例",
    )))  # fmt: skip

    lines: list[list[Cell]] = [["受付番号", "受付日時", "手続名", "申請区分", "状態", "担当"]]
    for i in range(r.randint(18, 26)):
        base = random_my_number(r, first=str(2 + i % 7))
        num = fail_check(base, 1 + i % 9)
        when = dt.datetime(2024, 10, 1, 8, 30) + dt.timedelta(minutes=r.randint(0, 60 * 24 * 18))
        kind = r.choice(
            ["認定請求（拡充）", "額改定請求", "氏名・住所変更届", "受給事由消滅届", "口座変更届"]
        )
        lines.append([num, when.strftime("%Y/%m/%d %H:%M"), "児童手当", kind,
                      r.choice(["受理", "審査中", "補正依頼", "受理"]), f"KD{r.randint(1, 4):02d}"])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("電子申請受付", lines)]),
                    note="12-digit 受付番号 of the e-application portal, all failing the check digit; no names"))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="児童手当 制度改正 窓口説明会資料",
        paragraphs=[
            "改正の3本柱：所得制限の撤廃／高校生年代まで延長／第3子以降 30,000円",
            "多子加算のカウント：22歳年度末までの上の子を数える（監護相当・生計費の負担）",
            "事例：Ａさん世帯（大学生1人・高校生1人・中学生1人）→ 中学生は第3子として 30,000円",
            "事例：Ｂさん世帯（高校生のみ）→ 新たに認定請求が必要（公務員は勤務先）",
            "令和7年3月31日までの請求で10月分に遡及",
            "窓口での確認事項：請求者・配偶者の番号確認、口座、別居の有無",
        ],
        tables=[[["世帯", "改正前（月額）", "改正後（月額）"], ["Ａさん", "10,000円", "40,000円"],
                 ["Ｂさん", "0円", "10,000円"], ["Ｃさん", "5,000円（特例給付）", "25,000円"]]],
        notes=["Ａさん・Ｂさん・Ｃさんは説明用の架空の世帯です。"],
    )))  # fmt: skip

    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 6)
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("teams", dt.date(2024, 10, 8), [
        (t[0], s[0], "拡充分の一斉発送、今日の14時に封入業者に引き渡します"),
        (t[1], s[1], "宛名データの抽出条件は 10/1 時点の住基、公務員除外で確定でよいですか"),
        (t[2], s[0], "はい。抽出件数は昨日の打合せメモのとおりです"),
        (t[3], s[2], f"窓口用のQ&A、共有フォルダに置きました（{ctx.city}版 第2版）"),
        (t[4], s[1], "12月定例払の口座振込データ作成は 11/20 締めで進めます"),
        (t[5], s[0], "了解です。電話問合せが増えるので午後は2名体制でお願いします"),
    ], "児童手当 拡充 作業")), note="no resident: staff coordinating the mass mailing"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person(sex="女")
    sp = ctx.person(born=(1975, 2000), sex="男")
    sp.sei, sp.sei_kana = p.sei, p.sei_kana
    kids = ctx.children(p, 3, (2008, 2023))
    acct = ctx.account()
    kid_rows: list[list[Cell]] = [
        [k.name(), wareki(k.birth), "長男" if k.sex == "男" else "長女", "同居"] for k in kids
    ]
    rows: list[list[Cell]] = [
        ["児童手当 認定請求書（受付控）", None, None, None],
        ["受付日", ymd(ctx.day(dt.date(2024, 10, 1))), "受付者", ctx.staff()],
        ["請求者 氏名", p.name(), "フリガナ", katakana(p.kana)],
        ["生年月日", wareki(p.birth), "電話", p.phone],
        ["住所", f"〒{p.zip} {p.address()}", None, None],
        ["配偶者 氏名", sp.name(), "生年月日", wareki(sp.birth, "short")],
        ["児童 氏名", "生年月日", "続柄", "同居・別居"],
        *kid_rows,
        ["振込先", _bank_line(acct), "口座名義", katakana(p.kana)],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "name", "phone"],
                    DocSpec(sheets=[sheet("請求書", rows)]), post=merge_xlsx({"請求書": ["A1:D1", "B5:D5"]})))  # fmt: skip

    p = ctx.person()
    old, new = ctx.account(), ctx.account()
    sent = ctx.day(dt.date(2024, 9, 1))
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city} こども家庭課 御中",
        "",
        "児童手当の振込口座の変更について（お願い）",
        f"いつもお世話になっております。児童手当を受給している者です。これまで{old[0]}の口座で受け取って"
        f"おりましたが、給与の振込先を変えたため、{new[0]} {new[1]}の口座に変更をお願いしたく、ご連絡しました。",
        "変更の届出書は同封いたしました。通帳の写しも入れてあります。12月の支給から新しい口座にしていただけると"
        "助かります。不備がありましたら、お手数ですが下記までお電話ください。平日は18時以降ですとつながります。",
        "よろしくお願いいたします。",
        "",
        wareki(sent),
        f"住所　{p.address()}",
        f"氏名　{p.name()}",
        f"電話　{p.phone}",
    ])))  # fmt: skip

    p = ctx.person(sex=r.choice("女男"))
    ctx.urban(p)
    kids = ctx.children(p, r.randint(2, 3), (2007, 2022))
    amount = _teate_amount(kids)
    lines2 = [
        f">{ctx.city}こ家第{r.randint(300, 999)}号",
        f">{wareki(dt.date(2024, 11, 8), 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^児童手当 額改定通知書",
        "児童手当法の一部改正に伴い、あなたの児童手当の額を次のとおり改定しました。",
        f"改定後の手当月額 {yen(amount)} 円（{wareki(dt.date(2024, 10, 1), 'spaced')}分から）",
        f"支給対象児童 {len(kids)} 人",
        *[f"　{k.name()}" for k in kids],
        spaced_digits(f"初回支給日 令和6年12月{r.randint(10, 13)}日（10月分・11月分）"),
        "この処分に不服がある場合は、通知を受けた日の翌日から3か月以内に審査請求をすることができます。",
        f"問合せ {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines2), post=letter_pdf(lines2)))

    p = ctx.person()
    kid = ctx.child(p, (2007, 2008))
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 5, 13)
    docs.append(Doc(fam, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (t[0], s[0], f"高校生年代のみの世帯で未請求の{p.name()}さん、通知が宛先不明で戻ってきました"),
        (t[1], s[1], f"お子さんは{kid.mei}さん（高3）の世帯ですね"),
        (t[2], s[0], "電話番号わかりますか？"),
        (t[3], s[1], f"保育所の申込時の控えに {p.phone} とあります。携帯です"),
        (t[4], s[0], "ありがとうございます。夕方にかけてみます"),
    ], "給付係"))))  # fmt: skip

    p = ctx.person(sex="男")
    gm = ctx.person(born=(1950, 1965), sex="女")
    kid = ctx.child(p, (2009, 2016))
    kid_area = r.choice(ctx.areas)
    kid_addr = f"{ctx.city}{kid_area.rstrip('*')}{ctx.lot(kid_area)}"
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name"], DocSpec(
        title="別居監護申立書",
        paragraphs=[
            f"{ctx.city}長 様",
            "私は、下記の児童を監護し、生計を同じくしていることを申し立てます。",
            f"請求者 住所 {p.address()}　氏名 {p.name()}",
            f"児童 氏名 {kid.name()}　生年月日 {wareki(kid.birth)}",
            f"児童の住所 {kid_addr}（祖母 {gm.name()} 方）",
            "別居の理由：請求者の単身赴任（勤務先の寮に入居）のため、児童は祖母宅から通学している。",
            "仕送りの状況：毎月 60,000円を祖母名義の口座に振込。月2回程度、週末に帰宅して面会している。",
            f"申立日 {wareki(ctx.day(dt.date(2024, 10, 1)))}",
        ],
    )))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------------
    n = r.randint(115, 132)
    ppl = ctx.people(n)
    rows3: list[list[str]] = []
    for q in sorted(ppl, key=lambda q: q.sei_kana):
        nk = r.choice([1, 1, 2, 2, 2, 3, 4])
        kids_q = ctx.children(q, nk)
        rows3.append([f"{r.randint(10000000, 99999999)}", q.name("　"), katakana(q.kana), wareki(q.birth, "short"),
                      q.address()[:30], str(nk), yen(_teate_amount(kids_q))])  # fmt: skip
    cols = [("受給者番号", 30), ("氏名", 95), ("カナ氏名", 175), ("生年月日", 285), ("住所", 345), ("児童数", 640),
            ("月額", 690)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name"], DocSpec(title="受給者一覧"),
                    post=system_print("児童手当 受給者一覧表（令和6年10月分 定例）", f"{ctx.city} 子育て給付システム JT0410",
                                      cols, rows3, 28, "出力条件：支給区分=定例 並び順=カナ氏名", ruled=True)))  # fmt: skip

    ppl = ctx.people(r.randint(10, 14))
    vis: list[list[Cell]] = [["受付No", "姓", "名", "受付日", "区分", "児童数", "番号確認", "本人確認"]]
    hid: list[list[Cell]] = [["受付No", "氏名", "番号"]]
    for i, q in enumerate(ppl, start=1):
        no = f"R6-{400 + i:04d}"
        vis.append([no, q.sei, q.mei, ymd(ctx.day(dt.date(2024, 10, 1))), r.choice(["拡充", "新規", "転入"]),
                    r.randint(1, 4), "済", r.choice(["運転免許証", "パスポート", "在留カード", "保険証＋年金手帳"])])  # fmt: skip
        hid.append([no, q.name(), random_my_number(r)])
    docs.append(Doc(fam, "xlsx", 3, ["my_number", "name"], DocSpec(sheets=[
        sheet("受付簿", vis, first_row=3, title="児童手当 認定請求 受付簿（窓口）"),
        sheet("番号", hid, state="hidden"),
    ]), note="My Numbers only on a hidden sheet headed 番号, joined to the names by 受付No"))  # fmt: skip

    n = r.randint(108, 125)
    rows4: list[list[Cell]] = [
        ["宛名番号", "氏名", "氏名カナ", "生年月日", "住所", "所得額", "控除額", "照会結果"]
    ]
    for q in ctx.people(n):
        inc = ctx.income()
        rows4.append([f"{r.randint(1000000, 9999999)}", q.name(), katakana(q.kana), ymd(q.birth), q.address(),
                      inc, r.choice([0, 0, 380000, 760000]), "課税資料あり"])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 3, ["address", "birth_date", "income", "name"],
                    DocSpec(sheets=[sheet("所得照会結果", rows4)])))  # fmt: skip

    p = ctx.person(sex="女")
    kid = ctx.child(p, (2010, 2016))
    fac = f"{ctx.pref}立{r.choice(['みどり', 'ひまわり', 'あけぼの'])}療育園"
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="現況確認記録（施設入所等児童）",
        paragraphs=[
            f"受給者 {p.name()}（{p.address()}）から、児童手当の受給者変更について窓口で相談があった。",
            f"対象児童は{kid.mei}さん。令和6年8月から{fac}に入所しているとのこと。",
            "施設入所等児童については、児童手当は施設の設置者に支給されるため、保護者への支給は入所月の翌月分から"
            "停止となる旨を説明した。",
            "保護者は、入所前の8月分までの支給を確認したいとのことで、支払履歴を出力して交付した。",
            "施設側の受給者変更の手続きについては、施設の事務担当に連絡済み。",
            f"なお、{kid.mei}さんは重症心身障害（脳性まひ）と診断されており、経管栄養と夜間の吸引が必要なため、"
            "在宅での介護が難しくなったことが入所の理由と聞き取った。特別児童扶養手当（1級）を受給中。",
            f"記録者 {ctx.titled()}",
        ],
    ), note="the child's 重症心身障害 and tube feeding come paragraphs after the parent's name"))  # fmt: skip

    p = ctx.person()
    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 5)
    months = r.randint(3, 7)
    fee = r.choice([18000, 22500, 27600, 31000])
    docs.append(Doc(fam, "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("slack", TODAY, [
        (t[0], s[0], f"12月定例払で申出徴収の対象になっている {p.name()} さんの件、申出書は届いてますか？"),
        (t[1], s[1], "保育課から昨日回ってきました。本人署名あり"),
        (t[2], s[2], f"保育料の滞納が {months} か月分、{yen(fee * months)} 円です。督促状は2回送付済み"),
        (t[3], s[0], "手当から差し引ける上限を確認して、残りは分納の相談ですね"),
        (t[4], s[1], "了解です。支払調書の備考に入れておきます"),
    ], "kodomo-kyufu"))))  # fmt: skip
    return docs


# --- 児童扶養手当 (ひとり親) ---------------------------------------------------------------------------------
def fuyo(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "fuyo"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭課 ひとり親支援係 電話 {ctx.office_phone(1)}"

    # level 1 -------------------------------------------------------------------------------------------
    amounts: list[list[Cell]] = [
        ["区分", "全部支給（月額）", "一部支給（月額）"],
        ["児童1人", 45500, "45,490円〜10,740円"],
        ["児童2人目の加算", 10750, "10,740円〜5,380円"],
        ["3人目以降の加算（1人につき）", 10750, "10,740円〜5,380円"],
    ]
    limits: list[list[Cell]] = [
        [
            "扶養親族等の数",
            "全部支給の所得制限限度額",
            "一部支給の所得制限限度額",
            "孤児等の養育者・配偶者・扶養義務者",
        ]
    ]
    for k in range(6):
        limits.append([f"{k}人", 690000 + 380000 * k, 2080000 + 380000 * k, 2360000 + 380000 * k])
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[
        sheet("手当額", amounts, title="児童扶養手当の額（令和6年11月分から）", number_formats={1: "#,##0"}),
        sheet("所得制限", limits, title="所得制限限度額表", number_formats={1: "#,##0", 2: "#,##0", 3: "#,##0"}),
        sheet("改定履歴", [["改定", "内容"], ["R6.11", "第3子以降加算額を第2子と同額に"], ["R6.11", "所得限度額引上げ"]],
              state="hidden"),
    ])))  # fmt: skip

    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="児童扶養手当のご案内",
        paragraphs=[
            "児童扶養手当は、父母の離婚などにより、父又は母と生計を同じくしていない児童を養育している"
            "ひとり親家庭等の生活の安定と自立の促進のために支給される手当です。",
            "支給対象：18歳に達する日以後の最初の3月31日までの児童（一定の障害がある場合は20歳未満）。",
            "次の場合は支給されません：児童が児童福祉施設に入所しているとき、請求者が婚姻の届出をしていなくても"
            "事実上の婚姻関係（内縁関係・同居など）にあるとき、など。",
            "事実婚の確認のため、ご自宅への訪問や民生委員への照会をお願いすることがあります。",
            "養育費を受け取っている場合は、その8割を所得に算入します。",
            "毎年8月に現況届の提出が必要です。提出がないと11月分以降の手当が支給されません。",
            f"問合せ：{office}",
        ],
    )))  # fmt: skip

    years = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    trend: list[list[Cell]] = [
        ["年度", "母子世帯", "父子世帯", "その他", "受給者計", "うち全部支給", "うち一部支給"]
    ]
    for y in years:
        a, b, c = r.randint(600, 1400), r.randint(40, 110), r.randint(5, 30)
        full = int((a + b + c) * r.uniform(0.5, 0.6))
        trend.append([y, a, b, c, a + b + c, full, a + b + c - full])
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[
        sheet("受給者数推移", trend, title=f"児童扶養手当 受給者数の推移（各年度末） {ctx.city}"),
        sheet("元データ", [["抽出", "件数"], ["年度末受給者", sum(int(str(t[4])) for t in trend[1:])]], state="hidden"),
    ])))  # fmt: skip

    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="児童扶養手当 現況届 記入例",
        paragraphs=[
            f"受給者氏名 {SAMPLE_NAMES[1]}　証書番号 00000000",
            f"住所 {ctx.city}△△町一丁目1番地1　電話 090-0000-0000",
            f"対象児童 {SAMPLE_NAMES[3]}（平成22年1月1日生）",
            "養育費の状況：受け取っている → 月額・受け取った期間を記入してください。",
            "同居者の状況：住民票上別世帯であっても、同じ住居にお住まいの方はすべて記入してください。",
            "記入例の氏名・番号はすべて架空のものです。",
        ],
        tables=[[["記入欄", "記入例"], ["前年の収入", "給与 1,850,000円"], ["養育費", "月額 30,000円（12か月）"],
                 ["公的年金等", "なし"]]],
        header="記入例",
    )))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="事実婚の認定に関する研修（事例検討）",
        paragraphs=[
            "事例1：Ａさん（30代・母子）。元配偶者の車が頻繁に駐車 → 訪問調査で生活実態を確認",
            "事例2：Ｂさん（40代・父子）。住民票上は別世帯の同居人あり → 生計同一の有無を聞き取り",
            "判断の観点：同居の有無、生計費の補助、定期的な訪問、届出の意思",
            "調査は必要最小限で、本人の同意を得て行う",
            "記録は事実のみを記載し、推測を書かない",
        ],
        tables=[[["事例", "受給者", "同居者", "結論"], ["1", "〇〇 〇〇", "なし", "事実婚に該当せず"],
                 ["2", "〇〇 〇〇", "あり（生計同一）", "資格喪失"]]],
        notes=["事例の人物はすべて匿名化しています。"],
    )))  # fmt: skip

    pref_staff, city_staff = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=mail(
        f"{city_staff} <kodomo@city.example.lg.jp>", f"{pref_staff}（{ctx.pref} 子ども家庭課）",
        "RE: 児童扶養手当 制度改正に伴うシステム改修の日程", _mail_day(dt.date(2024, 9, 18), "10:42"),
        [f"{pref_staff} 様", "", f"{ctx.city} こども家庭課の{city_staff.split()[0]}です。",
         "改修日程の件、承知しました。11月分の支払は新しい限度額で算定し、1月支払から反映します。",
         "受給者への個別通知は12月下旬を予定しています。", "", f"{ctx.city} こども家庭課 {office.split('電話')[1].strip()}"],
        [(f"{pref_staff}", _mail_day(dt.date(2024, 9, 17), "16:05"), "児童扶養手当 制度改正に伴うシステム改修の日程",
          ["各市町 児童扶養手当 ご担当者 様", "", "令和6年11月分からの改正について、県の集計様式を改めました。",
           "市町ごとの改修完了予定日を9月30日までにご報告ください。",
           f"{ctx.pref} 子ども家庭課 {pref_staff}（内線 3142）"])],
    )), note="no resident: prefecture and city staff on a system change"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person(sex="女")
    kids = ctx.children(p, r.randint(1, 2), (2010, 2021))
    ex = ctx.person(born=(1970, 1995), sex="男")
    support = r.choice([20000, 30000, 40000, 50000])
    docs.append(Doc(fam, "docx", 2, ["address", "birth_date", "income", "name", "phone"], DocSpec(
        title="児童扶養手当 認定請求 面談記録",
        paragraphs=[
            f"面談日 {wareki(ctx.day(dt.date(2024, 8, 1)))}　対応 {ctx.titled()}",
            f"請求者 {p.name()}（{katakana(p.kana)}）　{wareki(p.birth)}生",
            f"住所 {p.address()}　連絡先 {p.phone}",
            f"児童 {'、'.join(k.mei for k in kids)}",
            f"離婚日 {wareki(ctx.day(dt.date(2024, 3, 1), dt.date(2024, 7, 31)))}。元夫 {ex.name()} は県外に転出。",
            f"養育費：公正証書あり。月額 {yen(support)} 円を毎月末に振込で受け取っている（8割を所得算入）。",
            f"前年の給与収入 {yen(ctx.income(1200000, 2600000))} 円。パート勤務（週4日）。",
            "同居者なし。実家は市外。次回、戸籍謄本の提出をもって受理予定。",
        ],
    )))  # fmt: skip

    p = ctx.person(sex=r.choice("女男"))
    payer = ctx.person(born=(1970, 1995), sex="男" if p.sex == "女" else "女")
    grid: list[list[Cell]] = [
        ["養育費等に関する申告書", None, None, None],
        ["申告者 姓", p.sei, "名", p.mei],
        ["セイ", katakana(p.sei_kana), "メイ", katakana(p.mei_kana)],
        ["住所", p.address(), None, None],
        ["生年月日", ymd(p.birth), "電話", p.phone],
        ["養育費を支払っている者", payer.name(), "続柄", "元配偶者"],
        ["受取期間", "令和5年1月〜令和5年12月", "受取総額", r.choice([240000, 360000, 480000])],
        ["受取方法", "口座振込", "取決め", r.choice(["調停調書", "公正証書", "口頭"])],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "income", "name", "phone"], DocSpec(sheets=[
        sheet("申告書", far_right(grid, 6), first_row=6)]), post=merge_xlsx({"申告書": ["G6:J6", "H9:J9"]})))  # fmt: skip

    p = ctx.person(sex="女")
    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 5)
    docs.append(Doc(fam, "txt", 2, ["address", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s[0], f"{p.name()}さんの件、主任児童委員さんから、男性の出入りがあると情報が来ています"),
        (t[1], s[1], "現況届では同居者なしでしたね。住所はどこでしたっけ"),
        (t[2], s[0], f"{p.address()} です。アパートの2階"),
        (t[3], s[2], "来週、訪問の日程を本人と調整します。まずは事実関係の確認だけ"),
        (t[4], s[1], "了解です。記録は事実のみでお願いします"),
    ], "扶養手当 調査")), note="a 事実婚 suspicion is no policy category: a name with an address, so 2"))  # fmt: skip

    p = ctx.person(sex="女")
    ctx.urban(p)
    lost = ctx.day(dt.date(2024, 6, 1), dt.date(2024, 9, 30))
    lines = [
        f">{ctx.city}こ家第{r.randint(1000, 1999)}号",
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^児童扶養手当 資格喪失通知書",
        "あなたの児童扶養手当の受給資格は、下記のとおり喪失しましたので通知します。",
        f"喪失事由 婚姻（届出）　喪失年月日 {wareki(lost, 'spaced')}",
        spaced_digits(f"手当証書番号 {r.randint(10000000, 99999999)}"),
        "すでに支払われた手当のうち、喪失日の属する月の翌月分以降の手当がある場合は、返還していただくことになります。",
        "手当証書は、お手数ですが返送してください。",
        f"問合せ {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    ppl = ctx.people(r.randint(14, 19))
    rows: list[list[Cell]] = [["証書番号", "氏名", "フリガナ", "電話番号", "督励1回目", "督励2回目", "備考"]]
    for q in ppl:
        rows.append([f"{r.randint(10000000, 99999999)}", q.name(), katakana(q.kana), q.phone,
                     ymd(dt.date(2024, 9, r.randint(2, 13))), r.choice(["", ymd(dt.date(2024, 10, r.randint(1, 11)))]),
                     r.choice(["不在", "留守電", "本人了承", "", "郵送希望"])])  # fmt: skip
    docs.append(Doc(fam, "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("現況届未提出者", rows)])))

    # level 3 -------------------------------------------------------------------------------------------
    n = r.randint(110, 126)
    rows3: list[list[str]] = []
    for q in sorted(ctx.people(n), key=lambda q: q.birth):
        rows3.append([f"{r.randint(10000000, 99999999)}", q.name(), katakana(q.kana), wareki(q.birth, "slash"),
                      q.address()[:28], r.choice(["全部", "一部", "一部", "停止"]), str(r.randint(1, 3))])  # fmt: skip
    cols = [("証書番号", 30), ("受給者氏名", 95), ("カナ", 175), ("生年月日", 290), ("住所", 350), ("支給区分", 650),
            ("児童", 710)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name"], DocSpec(title="受給者台帳"),
                    post=system_print("児童扶養手当 受給者台帳（一覧）", f"{ctx.city} 子育て給付システム FY0230", cols,
                                      rows3, 30, "出力条件：資格=有 並び順=生年月日")))  # fmt: skip

    p = ctx.person(sex="女")
    kid = ctx.child(p, (2012, 2020))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="事実婚の有無に関する調査記録",
        paragraphs=[
            f"調査対象 受給者 {p.name()}　住所 {p.address()}",
            f"{wareki(ctx.day(dt.date(2024, 9, 1)))} 14時、事前に了解を得て自宅を訪問。{ctx.titled()}、"
            f"{ctx.titled()}の2名で対応した。",
            f"室内の状況：生活用品は受給者と児童（{kid.mei}さん）の分のみ。男性物の衣類・靴等は確認されなかった。",
            "受給者の説明：駐車場の車は近所に住む兄のもので、仕事の送迎を頼んでいる。兄は別の住居で生活している。",
            "兄の住民票・賃貸借契約書の写しの提出を求めたところ、後日提出するとのこと。",
            "結論（暫定）：現時点で事実婚に該当する事実は認められない。",
            "その他：受給者は昨年からうつ病で心療内科に月2回通院しており、抗うつ薬を服用中。"
            "体調の波があり就労は週3日が限度とのこと。自立支援員との面談を勧めた。",
        ],
    ), note="the recipient's depression and medication come in the last paragraph"))  # fmt: skip

    n = r.randint(104, 118)
    head: list[Cell] = ["No", "姓", "名", "セイ", "メイ", "生年月日", "住所", "前年所得", "養育費8割", "判定"]
    rows4: list[list[Cell]] = [head]
    for i, q in enumerate(ctx.people(n), start=1):
        inc = ctx.income(300000, 3400000)
        rows4.append([i, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.birth, q.address(), inc,
                      r.choice([0, 0, 192000, 288000]), "全部" if inc < 1070000 else "一部"])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["address", "birth_date", "income", "name"], DocSpec(sheets=[
        sheet("所得判定", far_right([["令和6年度 所得状況（現況届）"], *rows4], 27), first_row=5),
    ]), post=merge_xlsx({"所得判定": ["AB5:AK5"]})))  # fmt: skip

    p = ctx.person(sex="女")
    ctx.urban(p)
    over = r.choice([45500, 91000, 136500, 91000 + 21500])
    lines = [
        f">{ctx.city}こ家第{r.randint(2000, 2999)}号",
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^督 促 状",
        "児童扶養手当の過払いによる返還金について、納期限を過ぎても納付が確認できません。",
        "下記の金額を指定期限までに納付してください。",
        spaced_digits(f"返還金額 {yen(over)} 円（未納額 {yen(over - 15000)} 円）"),
        f"当初納期限 {wareki(dt.date(2024, 7, 31), 'spaced')}",
        f"指定期限 {wareki(dt.date(2024, 11, 15), 'spaced')}",
        "納付が困難な場合は、分納のご相談をお受けしますので、期限までにご連絡ください。",
        f"問合せ {office}",
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "arrears", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines),
                    note="an unpaid refund of overpaid 手当 under 督促 counts as arrears"))  # fmt: skip

    p = ctx.person(sex="女")
    kids = ctx.children(p, 2, (2009, 2020))
    docs.append(Doc(fam, "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="現況届 受付控",
        paragraphs=[
            f"受給者 {p.name()}　住所 {p.address()}",
            f"児童 {kids[0].mei}・{kids[1].mei}",
            "同居者：なし　養育費：なし　公的年金：なし",
            f"受付 {wareki(dt.date(2024, 8, r.randint(5, 30)))}　{ctx.titled()}",
            "添付：賃貸借契約書の写し、給与明細（3か月分）",
        ],
        footer=f"{p.sei}さんの番号 {grouped(random_my_number(r), '-')}",
    ), note="the My Number is only in the footer, as 「○○さんの番号 xxxx-xxxx-xxxx」"))  # fmt: skip
    return docs


# --- こども医療費助成 -------------------------------------------------------------------------------------
def iryohi(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "iryohi"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭課 医療費助成担当 電話 {ctx.office_phone(2)}"
    clinics = r.sample(CLINICS, 8)

    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="こども医療費助成制度のご案内",
        paragraphs=[
            "対象：市内に住所がある 0歳から18歳に達した日以後の最初の3月31日までのお子さん",
            "助成内容：保険診療の自己負担分（入院・通院・調剤）。入院時の食事療養費は対象外です。",
            "県内の医療機関では、受給者証と健康保険証（資格確認書）を提示すれば窓口負担はありません。",
            "県外で受診したとき、受給者証を忘れたとき、治療用の眼鏡やコルセットを作ったときは、"
            "いったん自己負担分を支払い、後日「償還払い申請」をしてください（診療月の翌月から1年以内）。",
            "償還払いに必要なもの：領収書（受診者名・保険点数・診療日がわかるもの）、受給者証、振込先がわかるもの、"
            "補装具の場合は医師の意見書と保険者の支給決定通知",
            f"問合せ：{office}",
        ],
        tables=[[["区分", "県内医療機関", "県外医療機関"], ["通院", "窓口負担なし", "償還払い"],
                 ["入院", "窓口負担なし（食事代を除く）", "償還払い"], ["調剤", "窓口負担なし", "償還払い"]]],
    )))  # fmt: skip

    head: list[Cell] = ["医療機関", "診療科", "通院", None, "入院", None, "調剤"]
    head2: list[Cell] = [None, None, "件数", "助成額", "件数", "助成額", "件数"]
    body: list[list[Cell]] = []
    codes: list[list[Cell]] = [["医療機関コード", "医療機関名", "所在地"]]
    for c in clinics:
        body.append([c, r.choice(["小児科", "耳鼻科", "眼科", "内科", "皮膚科", "歯科", "整形外科"]),
                     r.randint(80, 1900), r.randint(200000, 4800000), r.randint(0, 25), r.randint(0, 2600000),
                     r.randint(50, 1500)])  # fmt: skip
        codes.append([f"{r.randint(1000000, 9999999)}", c, ctx.biz_address()])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("医療機関別", [head, head2, *body], first_row=3, title="こども医療費 医療機関別 助成実績（令和6年9月診療分）"),
        sheet("医療機関コード", codes, state="hidden"),
    ]), post=merge_xlsx({"医療機関別": ["C3:D3", "E3:F3", "A3:A4", "B3:B4"]})))  # fmt: skip

    rows: list[list[Cell]] = [
        ["明細書番号", "診療年月", "医療機関", "入外", "保険点数", "一部負担金", "助成額", "審査結果"]
    ]
    for i in range(r.randint(20, 28)):
        num = fail_check(random_my_number(r, first=str(1 + i % 9)), 1 + (i * 4) % 9)
        pts = r.randint(120, 3800)
        rows.append([num, "2024/09", r.choice(clinics), r.choice(["外来", "外来", "入院", "調剤"]), pts, pts * 3,
                     pts * 3, r.choice(["適正", "適正", "返戻", "査定"])])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("国保連 請求明細 集計", rows)]),
                    note="12-digit 明細書番号 of the claims feed, all failing the check digit; no persons"))  # fmt: skip

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="【記入例】こども医療費 償還払い申請書",
        paragraphs=[
            f"受給者（こども）氏名：{SAMPLE_NAMES[4]}　生年月日：令和2年2月2日",
            f"保護者氏名：{SAMPLE_NAMES[1]}　住所：{ctx.city}○○町2丁目3番4号　電話：080-0000-0000",
            "受診内容：県外の医療機関（帰省先）で受診　傷病名：（例）急性気管支炎",
            "診療日：令和6年8月13日　医療機関：○○小児科医院　支払額：1,230円",
            "領収書の原本を添付してください。レシートの場合は保険点数の記載が必要です。",
        ],
        textboxes=["記入例：太枠の中だけ記入してください", "この記入例の氏名・病名は架空のものです"],
        footer="記入例",
    ), note="a sample name and a sample 傷病名 in a 記入例: no real person"))  # fmt: skip

    crows: list[list[Cell]] = [["医療機関名", "診療科", "院長・医師", "所在地", "電話", "休診日"]]
    for c in clinics:
        crows.append([c, r.choice(["小児科・アレルギー科", "耳鼻咽喉科", "眼科", "内科・小児科", "産婦人科"]),
                      f"院長 {ctx.staff()}", ctx.biz_address(), ctx.tel(), r.choice(["木・日・祝", "水・日・祝", "日・祝"])])  # fmt: skip
    crows.append(
        [
            f"{ctx.city}休日急患診療所",
            "小児科・内科",
            "当番医（医師会輪番）",
            ctx.biz_address(),
            ctx.tel(),
            "平日",
        ]
    )
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("協力医療機関", crows, title="こども医療費 協力医療機関一覧")]),
                    note="院長 and 当番医 named in their role with the clinic's address and phone"))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="受給者証の更新について（保護者向け説明）",
        paragraphs=[
            "現在の受給者証の有効期限は令和7年3月31日です",
            "新しい受給者証は3月中旬に郵送します（申請は不要）",
            "高校3年生年代の方は有効期限が卒業年度末までとなります",
            "住所・氏名・保険が変わったときは14日以内に届出を",
            "県外で受診したときは償還払いで",
        ],
        textboxes=[f"{office}"],
    )))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person()
    kid = ctx.child(p, (2023, 2024))
    rows2: list[list[Cell]] = [
        ["こども医療費受給者証 交付申請書", None, None, None, None],
        ["保護者", "姓", "名", "セイ", "メイ"],
        [None, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana)],
        ["こども", kid.sei, kid.mei, katakana(kid.sei_kana), katakana(kid.mei_kana)],
        ["こどもの生年月日", wareki(kid.birth), "続柄", "子", None],
        ["住所", p.address(), None, None, None],
        ["電話", p.phone, "保険者", r.choice(["協会けんぽ", "市国民健康保険", "共済組合"]), None],
        ["申請日", ymd(ctx.day(dt.date(2024, 9, 1))), "受付", ctx.staff(), None],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[sheet("申請書", rows2)]),
                    post=merge_xlsx({"申請書": ["A1:E1", "A2:A3", "B6:E6"]})))  # fmt: skip

    p = ctx.person()
    ctx.urban(p)
    kid = ctx.child(p, (2008, 2022))
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city} こども家庭課",
        "^こども医療費受給者証の再交付について",
        f"{wareki(dt.date(2024, 10, 2), 'spaced')}に申請のあった受給者証を再交付しましたので送付します。",
        f"受給者 {kid.name()} さん",
        spaced_digits(f"受給者番号 {r.randint(10000000, 99999999)}"),
        f"有効期間 {wareki(dt.date(2025, 3, 31), 'spaced')}まで",
        "紛失した受給者証が見つかった場合は、古い受給者証を返却してください。",
        f"問合せ {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    p = ctx.person()
    new_area = r.choice(ctx.areas)
    new_addr = f"{ctx.city}{new_area.rstrip('*')}{ctx.lot(new_area)}"
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 4)
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        (t[0], s[0], f"{p.name()}さんの受給者証、転居先不明で戻ってきました。市民課で異動出てますか？"),
        (t[1], s[1], f"先週、市内転居の届出ありました。新住所は {new_addr} です"),
        (t[2], s[1], f"電話は {p.phone}（届出書の連絡先）"),
        (t[3], s[0], "ありがとうございます。再送します"),
    ], "iryohi-madoguchi"))))  # fmt: skip

    ppl = ctx.people(r.randint(9, 14))
    trows: list[list[str]] = [["受給者番号", "保護者氏名", "転出日", "転出先住所", "受給者証回収"]]
    for q in ppl:
        dest_pref = r.choice(
            ["埼玉県さいたま市大宮区", "愛知県名古屋市中村区", "大阪府堺市北区", "福岡県福岡市東区"]
        )
        trows.append([f"{r.randint(10000000, 99999999)}", q.name(), ymd(ctx.day(dt.date(2024, 8, 1))),
                      f"{dest_pref}{r.choice(['桜木町', '本町', '東町', '中央'])}{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 15)}",
                      r.choice(["済", "未", "済"])])  # fmt: skip
    docs.append(Doc(fam, "odt", 2, ["address", "name"], DocSpec(
        title="資格喪失者一覧（転出）令和6年8月〜10月", paragraphs=["受給者証未回収の方には返却依頼を送付すること。"],
        tables=[trows])))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------------
    ppl = ctx.people(r.randint(24, 34))
    vis: list[list[Cell]] = [
        [
            "受付No",
            "受給者番号",
            "児童 姓",
            "児童 名",
            "保護者",
            "診療月",
            "医療機関",
            "傷病名",
            "支払額",
            "助成額",
        ]
    ]
    pay: list[list[Cell]] = [["受付No", "保護者", "振込先"]]
    for i, q in enumerate(ppl, start=1):
        kid = ctx.child(q)
        amt = r.randint(300, 28000)
        vis.append([i, f"{r.randint(10000000, 99999999)}", kid.sei, kid.mei, q.name(), f"R6.{r.randint(5, 9)}",
                    f"{r.choice(['東京都', '大阪府', '福岡県', '北海道'])} {r.choice(CLINICS)}", r.choice(DISEASES), amt, amt])  # fmt: skip
        pay.append([i, q.name(), _bank_line(ctx.account())])
    docs.append(Doc(fam, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("償還払い", vis, title="こども医療費 償還払い 申請一覧（令和6年10月審査分）"),
        sheet("振込先", pay, state="hidden"),
    ])))  # fmt: skip

    p = ctx.person()
    kid = ctx.child(p, (2012, 2019))
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "health", "name"], DocSpec(
        title="こども医療費 償還払い申請書（補装具・県外受診）",
        paragraphs=[
            f"受給者 {kid.name()}（{wareki(kid.birth)}生）",
            f"保護者 {p.name()}　住所 {p.address()}",
            f"申請日 {wareki(ctx.day(dt.date(2024, 9, 1)))}",
            "申請内容：県外医療機関での外来受診（2回分）及び消耗品",
            "添付書類：領収書 2枚、保険者の支給決定通知書の写し",
            f"振込先：{_bank_line(ctx.account())}",
        ],
        textboxes=["傷病名：1型糖尿病（インスリンポンプ使用）　県外の大学病院で3か月ごとに定期受診"],
    ), note="the diagnosis is only in a text box of a one-person form"))  # fmt: skip

    n = r.randint(118, 134)
    rows3: list[list[str]] = []
    for q in ctx.people(n):
        kid = ctx.child(q)
        rows3.append([f"{r.randint(10000000, 99999999)}", kid.name(), wareki(kid.birth, "short"), q.name(),
                      q.address()[:28], r.choice(["国保", "協会", "組合", "共済"]), "R7.3.31"])  # fmt: skip
    cols = [("受給者番号", 30), ("受給者氏名", 95), ("生年月日", 175), ("保護者氏名", 235), ("住所", 320),
            ("保険", 640), ("有効期限", 690)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name"], DocSpec(title="受給者一覧"),
                    post=system_print("こども医療費 受給者一覧（中学生年代）", f"{ctx.city} 医療助成システム MD1120", cols,
                                      rows3, 32, "出力条件：年齢区分=中学生 資格=有", ruled=True)))  # fmt: skip

    p = ctx.person()
    kid = ctx.child(p, (2016, 2021))
    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 5)
    docs.append(Doc(fam, "txt-cp932", 3, ["health", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s[0], f"{p.name()}さんから、入院分の償還払いの件で問合せがありました"),
        (t[1], s[1], f"お子さんの{kid.mei}ちゃんですね。どこに入院したんですか"),
        (t[2], s[0], "旅行先で卵のアナフィラキシーを起こして救急搬送、そのまま2泊入院だそうです。エピペン処方あり"),
        (t[3], s[2], "県外なので償還払いで。領収書の原本をお願いしてください"),
        (t[4], s[0], "了解しました"),
    ], "医療費助成係")), note="a named child's anaphylaxis and hospital stay: health"))  # fmt: skip
    return docs


# --- ひとり親家庭 自立支援 (就労・資格取得) ---------------------------------------------------------------------
QUALIFICATIONS = ["看護師", "准看護師", "保育士", "介護福祉士", "理学療法士", "作業療法士", "歯科衛生士", "調理師",
                  "美容師", "社会福祉士", "製菓衛生師", "シスアド"]  # fmt: skip


def jiritsu(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "jiritsu"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭課 母子・父子自立支援員 電話 {ctx.office_phone(3)}"

    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="ひとり親家庭の資格取得を応援します（高等職業訓練促進給付金）",
        paragraphs=[
            "看護師・准看護師・保育士・介護福祉士など、就職に有利な資格を取るために6か月以上養成機関で修業する"
            "ひとり親の方に、修業期間中の生活費を支給します。",
            "支給額：市民税非課税世帯 月額100,000円（最終年限は140,000円）、課税世帯 月額70,500円（同110,500円）",
            "修了支援給付金：非課税世帯 50,000円、課税世帯 25,000円",
            "対象：児童扶養手当の支給を受けているか、同等の所得水準にある方",
            "事前相談が必要です。入学前に自立支援員にご相談ください。",
            f"相談窓口：{office}",
        ],
        tables=[[["区分", "月額", "最終年限"], ["非課税世帯", "100,000円", "140,000円"], ["課税世帯", "70,500円", "110,500円"]]],
    )))  # fmt: skip

    head: list[Cell] = ["資格", "令和4年度", None, "令和5年度", None, "令和6年度（9月末）", None]
    head2: list[Cell] = [None, "新規", "修了", "新規", "修了", "新規", "修了"]
    body: list[list[Cell]] = [[q, *[r.randint(0, 9) for _ in range(6)]] for q in QUALIFICATIONS[:8]]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("資格別", [head, head2, *body], first_row=4, title="高等職業訓練促進給付金 資格別 支給件数"),
        sheet("就職状況", [["年度", "修了者", "就職者", "うち常勤"], ["令和4年度", 14, 12, 9], ["令和5年度", 17, 15, 13]],
              state="hidden"),
    ]), post=merge_xlsx({"資格別": ["B4:C4", "D4:E4", "F4:G4", "A4:A5"]})))  # fmt: skip

    crow: list[list[Cell]] = [["法人番号", "事業者名", "所在地", "代表者", "電話", "協力内容", "協定締結日"]]
    for name in ctx.companies(12):
        crow.append([random_corporate_number(r), name, ctx.biz_address(), f"代表取締役 {ctx.staff()}"
                     if "株式会社" in name or "合同会社" in name or "有限会社" in name else f"理事長 {ctx.staff()}",
                     ctx.tel(), r.choice(["職場体験受入", "求人情報提供", "就労支援講座 受託", "託児付き面接会"]),
                     ymd(dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 1, ["corporate_number"], DocSpec(sheets=[sheet("協力事業者", crow)]),
                    note="companies with their 法人番号 and 代表者 in role; 協定締結日 are not birth dates"))  # fmt: skip

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="ひとり親家庭 自立支援プログラム 事例集（令和5年度）",
        paragraphs=[
            "本事例集は、個人が特定されないよう内容を一部改変し、氏名・地名等をすべて伏せています。",
            "事例1　Ａさん（30代・子2人）：介護職の短時間勤務から、介護福祉士実務者研修を経て常勤採用。",
            "事例2　Ｂさん（40代・父子）：ハローワークと連携し、託児付き職業訓練で事務職に就職。",
            "事例3　Ｃさん（20代・子1人）：高等職業訓練促進給付金で准看護師資格を取得し、市内病院に就職。",
            "共通の支援のポイント：面談を重ね、子の預け先の確保と家計の見通しを一緒に立てたこと。",
        ],
        tables=[[["事例", "支援対象者", "取得資格", "就職先"], ["1", "〇〇 〇〇", "介護福祉士", "市内の介護施設"],
                 ["2", "〇〇 〇〇", "—", "製造業 事務"], ["3", "〇〇 〇〇", "准看護師", "市内の病院"]]],
    )))  # fmt: skip

    sample = SAMPLE_NAMES[5]
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="【記入例】自立支援教育訓練給付金 事前相談票",
        paragraphs=[
            f"相談者氏名：{sample}（シエン ミライ）",
            f"住所：{ctx.city}○○町3丁目4番5号",
            "受講予定講座：医療事務（通信）　受講期間：令和6年10月〜令和7年3月",
            "受講料：78,000円（教育訓練給付の対象講座であること）",
            "記入例の内容はすべて架空です。",
        ],
        header="記入例",
    )))  # fmt: skip

    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 5)
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("lineworks", dt.date(2024, 10, 3), [
        (t[0], s[0], "ハローワークとの連携会議、来週木曜の14時で確定しました"),
        (t[1], s[1], "就職支援ナビゲーターの方も出席されますか"),
        (t[2], s[0], "はい、2名来られます。会議室は3階の301です"),
        (t[3], s[2], "資料は前回の就職件数の集計表を更新しておきます"),
        (t[4], s[1], "よろしくお願いします"),
    ], "自立支援チーム")), note="no resident: staff arranging a meeting"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person(sex=r.choice("女女男"))
    qual = r.choice(QUALIFICATIONS[:5])
    rows: list[list[Cell]] = [
        ["高等職業訓練促進給付金 支給申請書", None, None, None, None],
        ["姓", "名", "セイ", "メイ", "生年月日"],
        [p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth],
        ["住所", p.address(), None, None, None],
        ["養成機関", f"{ctx.pref}立{r.choice(['看護', '保育', '医療福祉'])}専門学校", "取得予定資格", qual, None],
        ["修業期間", "令和6年4月〜令和8年3月", "前年所得", ctx.income(400000, 2000000), None],
        ["市民税", r.choice(["非課税", "課税"]), "申請日", ymd(ctx.day(dt.date(2024, 4, 1))), None],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "income", "name"], DocSpec(sheets=[
        sheet("申請書", rows, first_row=2)]), post=merge_xlsx({"申請書": ["A2:E2", "B5:E5"]})))  # fmt: skip

    p = ctx.person(sex="女")
    docs.append(Doc(fam, "odt", 2, ["name", "phone"], DocSpec(
        title="就労支援 面談記録",
        paragraphs=[
            f"相談者 {p.name()}　連絡先 {p.phone}",
            f"面談日 {wareki(ctx.day(dt.date(2024, 9, 1)))}　担当 {ctx.titled()}",
            "現在：飲食店パート（週20時間）。子の小学校入学を機に、土日休みの事務職を希望。",
            "パソコンは基本操作のみ。MOSの講座（託児付き）を案内した。",
            "次回：ハローワーク同行（日程は本人から連絡）。",
        ],
    )))  # fmt: skip

    p = ctx.person(sex="女")
    ctx.urban(p)
    lines = [
        f">{ctx.city}こ家第{r.randint(3000, 3999)}号",
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^自立支援教育訓練給付金 支給決定通知書",
        "申請のあった給付金について、下記のとおり支給することに決定しました。",
        f"講座名 {r.choice(['医療事務講座', '登録販売者講座', '簿記2級講座', '介護職員初任者研修'])}",
        spaced_digits(f"支給額 {yen(r.choice([46800, 62400, 78000]))} 円"),
        f"支給予定日 {wareki(dt.date(2024, 11, 25), 'spaced')}",
        "指定の口座に振り込みます。",
        f"問合せ {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    p = ctx.person(sex="女")
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 4)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, [
        (t[0], s[0], f"ハローワークのナビゲーターから電話。{p.name()}さんの面接日程が決まったので連絡を取りたいと"),
        (t[1], s[1], f"本人の了解済みなので番号を伝えてよい。{p.phone}"),
        (t[2], s[0], "ナビゲーターに折り返し、番号を伝えた"),
        (t[3], s[1], "面接は10/28 10時、託児は市の一時預かりを手配"),
    ], "自立支援 連絡記録"))))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------------
    n = r.randint(106, 120)
    rows3: list[list[Cell]] = [["No", "氏名", "ﾌﾘｶﾞﾅ", "住所", "電話", "給付金", "資格", "状態"]]
    for i, q in enumerate(ctx.people(n), start=1):
        rows3.append([i, q.name(), katakana(q.kana), q.address(), q.phone,
                      r.choice(["高等職業訓練", "教育訓練", "修了支援"]), r.choice(QUALIFICATIONS),
                      r.choice(["修業中", "修了", "就職", "中退"])])  # fmt: skip
    docs.append(
        Doc(fam, "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("給付金受給者", rows3)]))
    )

    p = ctx.person(sex="女")
    kids = ctx.children(p, 2, (2012, 2020))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="母子・父子自立支援員 相談記録",
        paragraphs=[
            f"相談者 {p.name()}（{p.address()}）",
            f"相談日 {wareki(ctx.day(dt.date(2024, 9, 1)))}　対応 {ctx.titled()}",
            f"子は{kids[0].mei}さんと{kids[1].mei}さんの2人。離婚後、市内のアパートに転居して半年。",
            "就労状況：スーパーのレジ（週4日・午前のみ）。収入が足りず、フルタイムの仕事を探したい。",
            "資格取得の意向：医療事務に関心あり。通信講座と教育訓練給付金を案内した。",
            "子の預け先：下の子は放課後児童クラブ利用中。",
            "健康面：電車やバスに乗るとパニック障害の発作が出るため、心療内科で治療中（頓服あり）。"
            "通勤に車が必要で、職場は自宅から車で15分以内を希望。",
        ],
    ), note="パニック障害 and its treatment come in the last paragraph"))  # fmt: skip

    p = ctx.person(sex=r.choice("女男"))
    docs.append(Doc(fam, "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="高等職業訓練促進給付金 支給申請 受付控",
        paragraphs=[
            f"申請者 {p.name()}　住所 {p.address()}",
            f"養成機関 {ctx.pref}立看護専門学校（准看護師課程）",
            "市民税の課税状況：番号連携で確認（非課税）",
            f"受付 {wareki(ctx.day(dt.date(2024, 4, 1)))}　{ctx.titled()}",
        ],
        textboxes=[f"番号確認済 {grouped(random_my_number(r))}（通知カード＋免許証）"],
    ), note="the My Number is only in a text box, as 「番号確認済 xxxx xxxx xxxx」"))  # fmt: skip

    p = ctx.person(sex="女")
    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 5)
    months = r.randint(3, 9)
    rent = r.choice([21300, 26800, 33100])
    docs.append(Doc(fam, "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        (t[0], s[0], f"{p.name()}さん、給付金の申請に来られました。住宅課から何か聞いてますか"),
        (t[1], s[1], f"市営住宅の家賃が {months} か月分滞納になっていて、{yen(rent * months)} 円。催告書が出ています"),
        (t[2], s[2], "給付金が出れば分納できると本人は話していました"),
        (t[3], s[0], "住宅課と同席で分納の相談をする段取りにします"),
        (t[4], s[1], "了解です"),
    ], "自立支援・住宅 連携"))))  # fmt: skip
    return docs


# --- 母子父子寡婦福祉資金 貸付 -------------------------------------------------------------------------------
FUNDS = [("修学資金", "高校 月額 52,500円以内", "20年以内"), ("就学支度資金", "高校 160,000円以内", "5年以内"),
         ("技能習得資金", "月額 68,000円以内", "20年以内"), ("生活資金", "月額 108,000円以内", "8年以内"),
         ("住宅資金", "1,500,000円以内", "6年以内"), ("転宅資金", "260,000円以内", "3年以内"),
         ("就職支度資金", "100,000円以内", "6年以内"), ("事業開始資金", "3,260,000円以内", "7年以内")]  # fmt: skip


def kashitsuke(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "kashitsuke"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭課 ひとり親支援係（福祉資金） 電話 {ctx.office_phone(1)}"

    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="母子父子寡婦福祉資金貸付金のご案内",
        paragraphs=[
            "ひとり親家庭や寡婦の方の経済的自立と、お子さんの修学を支援するため、各種資金を貸し付けます。",
            "修学資金・就学支度資金は無利子です。その他の資金は、連帯保証人を立てる場合は無利子、"
            "立てない場合は年1.0％です。",
            "申請の前に、必ず窓口でご相談ください（審査に1か月程度かかります）。",
            "償還は据置期間の後、月賦・半年賦・年賦から選べます。償還が遅れると違約金がかかります。",
            f"相談窓口：{office}",
        ],
        tables=[[["資金の種類", "限度額（例）", "償還期間"], *[list(f) for f in FUNDS]]],
    )))  # fmt: skip

    years = ["令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    res: list[list[Cell]] = [["資金の種類", *years]]
    for f, _, _ in FUNDS:
        res.append([f, *[r.randint(0, 30) for _ in years]])
    rate: list[list[Cell]] = [["年度", "調定額", "収入額", "償還率(%)"]]
    for y in years:
        a = r.randint(30_000_000, 60_000_000)
        b = int(a * r.uniform(0.55, 0.8))
        rate.append([y, a, b, round(100 * b / a, 1)])
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[
        sheet("貸付件数", res, title="母子父子寡婦福祉資金 貸付件数の推移"),
        sheet("償還率", rate, title="償還金の収納状況（現年度分＋過年度分）"),
        sheet("作業用", [["メモ", "県報告様式 第5号に転記"]], state="hidden"),
    ])))  # fmt: skip

    rows: list[list[Cell]] = [["お客様番号", "契約者", "振替日", "振替金額", "結果", "結果コード"]]
    for i in range(r.randint(22, 30)):
        num = fail_check(random_my_number(r, first=str(1 + (i * 5) % 9)), 1 + (i * 2) % 9)
        ok = r.random() < 0.8
        rows.append([num, "〇〇 〇〇", "2024/10/28", r.choice([8000, 10000, 12500, 15000, 20000]),
                     "振替済" if ok else r.choice(["残高不足", "取引なし", "預金者都合"]), "0" if ok else str(r.randint(1, 4))])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("口座振替結果", rows)]),
                    note="12-digit お客様番号 of the bank's transfer result, all failing the check digit; names masked"))  # fmt: skip

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="福祉資金償還金の滞納整理に関する方針（令和6年度）",
        paragraphs=[
            "1 趣旨　償還金の滞納は、貸付原資の減少を通じて次の貸付を受ける方の機会を狭める。"
            "滞納の早期把握と、生活状況に配慮した償還指導を両立させる。",
            "2 督促　納期限後20日以内に督促状を送付する。督促後も納付がない場合は、電話・訪問による催告を行う。",
            "3 分納・猶予　災害、疾病、失業等で償還が困難な場合は、償還猶予の申請を案内する。",
            "4 連帯保証人　滞納が6か月を超え、借主との連絡が取れない場合に限り、連帯保証人へ請求する。",
            "5 実績　令和5年度末の滞納額は前年度比で減少した（件数・金額は別表のとおり）。",
        ],
        tables=[[["区分", "件数", "滞納額"], ["現年度分", str(r.randint(20, 50)), f"{yen(r.randint(2, 6) * 1000000)}円"],
                 ["過年度分", str(r.randint(60, 140)), f"{yen(r.randint(10, 40) * 1000000)}円"]]],
    ), note="a policy paper on 滞納整理 in general: counts only, no person"))  # fmt: skip

    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="【記入例】借用書（修学資金）",
        paragraphs=[
            f"借受人 {SAMPLE_NAMES[1]}　連帯借受人（修学する児童） {SAMPLE_NAMES[4]}",
            f"連帯保証人 {SAMPLE_NAMES[2]}（借受人と別世帯の方）",
            "借用金額 金 630,000円（月額 52,500円 × 12か月）",
            "償還方法 月賦 据置期間 卒業後6か月",
            "借用書の氏名欄は必ず本人が自署してください。記入例の氏名は架空です。",
        ],
        header="記入例",
    )))  # fmt: skip

    pref_staff, city_staff = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=mail(
        f"{city_staff} <kodomo@city.example.lg.jp>", f"{pref_staff}（{ctx.pref} 子ども家庭課 福祉資金担当）",
        "RE: 令和6年度上半期 償還状況の報告", _mail_day(dt.date(2024, 10, 10), "15:20"),
        [f"{pref_staff} 様", "", "上半期の償還状況を添付のとおり報告します。",
         "現年度分の償還率は前年同期を2ポイント上回りました。過年度分は横ばいです。",
         "個別案件の一覧は別途、庁内便でお送りします。", "", f"{ctx.city} こども家庭課 {city_staff}"],
        [(pref_staff, _mail_day(dt.date(2024, 10, 1), "09:02"), "令和6年度上半期 償還状況の報告",
          ["各市 福祉資金ご担当者 様", "", "上半期（9月末）の償還状況を10月11日までにご報告ください。",
           "様式は前年度と同じです。", f"{ctx.pref} 子ども家庭課 {pref_staff}"])],
    )), note="no resident: a report of figures between prefecture and city"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person(sex="女")
    kid = ctx.child(p, (2008, 2009))
    g = ctx.person(born=(1955, 1975))
    rows2: list[list[Cell]] = [
        ["母子父子寡婦福祉資金 貸付申請書", None, None, None],
        ["資金の種類", "修学資金（高校）", "申請額", "月額 52,500円"],
        ["申請者 氏名", p.name(), "生年月日", wareki(p.birth)],
        ["住所", p.address(), "電話", p.phone],
        ["修学する児童", kid.name(), "生年月日", wareki(kid.birth)],
        ["学校名", f"{ctx.pref}立{ctx.districts[0]}高等学校", "学年", "2年"],
        ["連帯保証人", g.name(), "生年月日", wareki(g.birth, "short")],
        ["保証人 住所", g.address(), "電話", g.phone],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("申請書", rows2, first_row=3)]), post=merge_xlsx({"申請書": ["A3:D3"]}),
        note="the 連帯保証人 is a private person with a home address, not a professional"))  # fmt: skip

    p = ctx.person(sex="女")
    old_g, new_g = ctx.person(born=(1950, 1970)), ctx.person(born=(1960, 1985))
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}長 様",
        "",
        "連帯保証人の変更について（お願い）",
        f"修学資金をお借りしております。連帯保証人をお願いしていた叔父の{old_g.name()}が高齢となり、"
        "保証人を続けることが難しくなりましたので、変更をお願いしたく存じます。",
        f"新しい保証人は、私の兄の{new_g.name()}です。兄の同意書と印鑑登録証明書を同封します。",
        "手続きに不足があれば、ご連絡いただけますと幸いです。",
        "",
        wareki(ctx.day(dt.date(2024, 9, 1))),
        f"住所　{p.address()}",
        f"氏名　{p.name()}",
        f"電話　{p.phone}",
    ])))  # fmt: skip

    p = ctx.person()
    ctx.urban(p)
    fund = r.choice(FUNDS[:4])
    lines = [
        f">{ctx.city}こ家第{r.randint(4000, 4999)}号",
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.pref}知事（{ctx.city}経由）",
        "^貸付決定通知書",
        f"申請のあった{fund[0]}について、次のとおり貸し付けることに決定しました。",
        spaced_digits(f"貸付金額 {yen(r.choice([315000, 630000, 160000, 260000]))} 円"),
        f"貸付期間 {wareki(dt.date(2024, 10, 1), 'spaced')}から",
        f"償還期間 {fund[2]}（据置期間 6 か月）",
        "借用書を期日までに提出してください。",
        f"問合せ {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    p = ctx.person()
    g = ctx.person(born=(1955, 1975))
    new_area = r.choice(ctx.areas)
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 4)
    docs.append(Doc(fam, "txt-cp932", 2, ["address", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (t[0], s[0], f"借主 {p.name()} さんの保証人 {g.name()} さん宛の通知が戻ってきました"),
        (t[1], s[1], "借主さんに確認したら、保証人さんは春に引っ越したそうです"),
        (t[2], s[1], f"新住所は {ctx.city}{new_area.rstrip('*')}{ctx.lot(new_area)} とのこと"),
        (t[3], s[0], "住所変更届を郵送で出してもらうよう連絡します"),
    ], "福祉資金")), note="the 保証人 is a private person: a name with a new home address"))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------------
    n = r.randint(104, 116)
    rows3: list[list[str]] = []
    for q in ctx.people(n, (1965, 2000)):
        due = r.choice([120000, 180000, 240000, 90000])
        paid = due if r.random() < 0.55 else r.randrange(0, due, 5000)
        rows3.append([f"K{r.randint(100000, 999999)}", q.name(), q.address()[:26], r.choice(FUNDS)[0], yen(due),
                      yen(paid), yen(due - paid), str(0 if due == paid else r.randint(1, 14))])  # fmt: skip
    cols = [("貸付番号", 30), ("借受人", 95), ("住所", 175), ("資金", 420), ("調定額", 490), ("収納額", 550),
            ("未納額", 610), ("滞納月数", 670)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "arrears", "name"], DocSpec(title="償還状況一覧"),
                    post=system_print("福祉資金 償還状況一覧表（令和6年9月末）", f"{ctx.pref} 福祉資金管理システム FS2040",
                                      cols, rows3, 30, f"市町={ctx.city} 区分=償還中")))  # fmt: skip

    p = ctx.person()
    ctx.urban(p)
    owed = r.choice([60000, 84000, 126000, 150000])
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city} こども家庭課",
        "^督 促 状",
        "母子父子寡婦福祉資金貸付金の償還金が、納期限を過ぎても納付されていません。",
        spaced_digits(f"未納額 {yen(owed)} 円（{owed // 12000} か月分）"),
        f"納付期限 {wareki(dt.date(2024, 11, 20), 'spaced')}",
        "期限までに納付がない場合は、連帯保証人の方に請求することがあります。",
        "病気や失業などで償還が困難な場合は、償還猶予の制度がありますのでご相談ください。",
        f"問合せ {office}",
    ]
    docs.append(
        Doc(fam, "pdf", 3, ["address", "arrears", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines))
    )

    ppl = ctx.people(r.randint(10, 15), (1965, 2000))
    neg: list[list[Cell]] = [["貸付番号", "借受人", "電話", "未納額", "催告日", "方法", "内容", "分納誓約"]]
    for q in ppl:
        neg.append([f"K{r.randint(100000, 999999)}", q.name(), q.phone, r.randrange(20000, 400000, 1000),
                    ymd(ctx.day(dt.date(2024, 7, 1))), r.choice(["電話", "訪問", "来庁"]),
                    r.choice(["11月から月5,000円で分納", "ボーナス時にまとめて支払うと", "不在", "保証人に連絡してほしくないと",
                              "転職したばかりで待ってほしい"]), r.choice(["有", "無", "有"])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["arrears", "name", "phone"], DocSpec(sheets=[
        sheet("催告記録", far_right(neg, 26), first_row=9, title=None),
        sheet("集計", [["催告件数", len(ppl)], ["分納誓約", sum(1 for x in neg[1:] if x[-1] == "有")]]),
    ])))  # fmt: skip

    p = ctx.person(sex="女", born=(1972, 1990))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="償還猶予申請に係る聴取記録",
        paragraphs=[
            f"借受人 {p.name()}（{p.address()}）",
            f"{wareki(ctx.day(dt.date(2024, 8, 1)))} 来庁。修学資金（長男分）の償還について相談。",
            "現在の償還額は月 12,000円。これまで遅れなく納付してきたが、今年の夏から勤務先を休職中。",
            "傷病手当金を受給しているが、収入は従前の3分の2程度。",
            "償還猶予の申請書を交付し、添付書類（診断書、収入の分かるもの）を説明した。",
            "休職の理由は乳がんの手術と術後の抗がん剤治療で、来年3月まで通院治療が続く見込みとのこと。",
            f"対応 {ctx.titled()}",
        ],
    ), note="the borrower's breast cancer treatment comes near the end of the record"))  # fmt: skip
    return docs


# --- 養育支援訪問 -------------------------------------------------------------------------------------------
REASONS = ["産後うつ（EPDS 13点）", "低出生体重児（1,980g）", "発達の遅れ（1歳6か月健診で要経過観察）", "若年妊娠・出産",
           "多胎児の育児負担", "精神疾患の既往（統合失調症）", "医療的ケア児（在宅酸素）", "母の知的障害（療育手帳B）",
           "早産児（在胎32週）", "ダウン症候群", "養育者の疾病（入院中）", "子の心疾患（術後）"]  # fmt: skip


def homon(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "homon"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭センター（こども家庭課内） 電話 {ctx.office_phone(4)}"

    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="養育支援訪問事業のご案内",
        paragraphs=[
            "出産後間もない時期や、子育てに不安や負担を感じているご家庭に、保健師・助産師・保育士・"
            "ヘルパーが訪問し、育児の相談や家事の援助を行います。",
            "対象：妊娠中から18歳未満のお子さんがいるご家庭で、養育の支援が特に必要と認められるご家庭",
            "内容：専門的相談支援（保健師・助産師等）、育児・家事援助（委託事業者のヘルパー）",
            "費用：無料　回数：原則として週1回、3か月まで（延長あり）",
            "妊娠・出産のことで不安なこと（体調、気持ちの落ち込み、授乳など）があれば、お気軽にご相談ください。",
            f"問合せ：{office}",
        ],
    )))  # fmt: skip

    prows: list[list[str]] = []
    for d in ctx.districts:
        for m in range(4, 10):
            a = r.randint(3, 40)
            prows.append([d, f"令和6年{m}月", str(a), str(r.randint(0, a)), str(r.randint(0, 6)), str(r.randint(0, 4)),
                          f"{r.randint(80, 99)}.{r.randint(0, 9)}%"])  # fmt: skip
    cols = [("地区", 30), ("月", 150), ("出生数", 240), ("訪問実施", 310), ("養育支援へ", 390), ("継続", 470),
            ("実施率", 540)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(title="訪問実施状況"),
                    post=system_print("乳児家庭全戸訪問・養育支援訪問 実施状況（地区別・月別）", f"{ctx.city} 母子保健システム BH0610",
                                      cols, prows, 18, "集計単位：件 個人情報を含まない集計帳票"),
                    note="a multi-page system print of counts by 地区 and month: no person"))  # fmt: skip

    crow: list[list[Cell]] = [["法人番号", "受託者", "所在地", "電話", "委託内容", "契約日", "委託単価"]]
    for name in ctx.companies(9):
        crow.append([random_corporate_number(r), name, ctx.biz_address(), ctx.tel(),
                     r.choice(["育児・家事援助", "専門的相談支援（助産師）", "産後ケア（訪問型）"]),
                     ymd(dt.date(2024, 4, 1)), f"{yen(r.choice([2800, 3300, 4500, 6000]))}円/時間"])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("委託事業者", crow, title="養育支援訪問事業 委託事業者一覧（令和6年度）")]),
        note="the contractors with their 法人番号; 契約日 are not birth dates"))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="事例検討会資料：産後の母子への支援",
        paragraphs=[
            "事例：Ａさん（20代・第1子）、出産後に気分の落ち込み。EPDS 高得点",
            "支援：保健師の訪問（週1回）＋家事援助ヘルパー（週2回）",
            "連携：産科医療機関、精神科、保育所（一時預かり）",
            "経過：3か月で訪問終了、地域の子育てひろばにつなぐ",
            "振り返り：父親への支援、実家との関係調整が課題",
        ],
        tables=[[["項目", "内容"], ["母", "〇〇 〇〇（仮名）"], ["子", "〇〇（仮名）・生後2か月"], ["家族", "夫・祖母（別居）"]]],
        notes=["個人が特定されないよう、年齢・地区・経過を改変しています。"],
    ), note="a masked case study (Ａさん, 〇〇 〇〇): no identifiable person"))  # fmt: skip

    members: list[list[str]] = [["区分", "所属・役職", "氏名", "連絡先（所属）"]]
    for role, org in [("医療", f"{ctx.city}医師会 小児科医"), ("医療", f"{ctx.city}歯科医師会 理事"),
                      ("警察", f"{ctx.city}警察署 生活安全課長"), ("教育", f"{ctx.city}立{ctx.districts[1]}小学校 校長"),
                      ("福祉", "主任児童委員（代表）"), ("福祉", f"{ctx.city}民生委員児童委員協議会 会長"),
                      ("児童相談所", f"{ctx.pref}中央児童相談所 児童福祉司"), ("保育", f"{ctx.city}保育協議会 会長"),
                      ("行政", "こども家庭課長"), ("行政", "健康づくり課長")]:  # fmt: skip
        members.append(
            [
                role,
                org,
                ctx.staff(),
                ctx.tel() if role not in ("行政", "福祉") else ctx.office_phone(r.randint(0, 6)),
            ]
        )
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="要保護児童対策地域協議会 代表者会議 委員名簿", paragraphs=["令和6年度（任期：令和6年4月1日〜令和8年3月31日）"],
        tables=[members]), note="members named in their role with their organisation's phone"))  # fmt: skip

    s = [ctx.staff() for _ in range(4)]
    t = _clock(r, 6)
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("teams", dt.date(2024, 10, 11), [
        (t[0], s[0], "来週の訪問割り振り、表を更新しました"),
        (t[1], s[1], "火曜午後は新人研修で抜けます"),
        (t[2], s[2], "では火曜午後の2件はこちらで回ります"),
        (t[3], s[3], "公用車の予約、木曜は2台とも埋まっています"),
        (t[4], s[0], "木曜は自転車で回れる地区にします"),
        (t[5], s[1], "ありがとうございます"),
    ], "訪問支援チーム")), note="no resident: staff sharing out visits"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    ppl = ctx.people(r.randint(7, 10), (1988, 2003))
    plan: list[list[Cell]] = [["訪問日", "時間", "姓", "名", "住所", "電話", "担当", "内容"]]
    for q in ppl:
        plan.append([ymd(ctx.day(dt.date(2024, 10, 22), dt.date(2024, 11, 2))), r.choice(["10:00", "13:30", "15:00"]),
                     q.sei, q.mei, q.address(), q.phone, ctx.staff(), r.choice(["家事援助", "育児援助", "沐浴の手伝い"])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("予定", far_right([["育児・家事援助 訪問予定表（委託事業者用）"], [], *plan], 28), first_row=4)])))  # fmt: skip

    p = ctx.person(sex="女", born=(1990, 2002))
    ctx.urban(p)
    visit = dt.date(2024, 11, r.randint(5, 15))
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(f"{p.city}{p.area}{p.lot}"),
        f"{p.name()} 様",
        f">{ctx.city} こども家庭センター",
        "^訪問日程のお知らせ",
        "先日はお電話でお話しいただき、ありがとうございました。下記の日程でご自宅にお伺いします。",
        f"日時 {wareki(visit, 'spaced')} 午前 10 時",
        f"訪問者 {ctx.titled()}",
        "当日のご都合が悪くなった場合は、下記までご連絡ください。",
        f"連絡先 {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    p = ctx.person(sex="女", born=(1990, 2003))
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 4)
    docs.append(Doc(fam, "txt-cp932", 2, ["address", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (t[0], s[0], f"ヘルパーさんから、{p.name()}さん宅の場所がわかりにくいと連絡がありました"),
        (t[1], s[1], f"{p.address()} です。コンビニの裏の2軒目、青い屋根"),
        (t[2], s[0], "ありがとうございます。事業者に伝えます"),
        (t[3], s[1], "駐車場はないので近くのコインパーキングで"),
    ], "訪問支援"))))  # fmt: skip

    p = ctx.person(sex="女", born=(1988, 2003))
    kid = ctx.child(p, (2024, 2024))
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="養育支援訪問事業 利用同意書",
        paragraphs=[
            f"{ctx.city}長 様",
            "私は、養育支援訪問事業の内容について説明を受け、訪問による支援を受けることに同意します。",
            "また、支援に必要な範囲で、委託事業者と情報を共有することに同意します。",
            f"氏名 {p.name()}　住所 {p.address()}　電話 {p.phone}",
            f"お子さん {kid.name()}（{wareki(kid.birth)}生）",
            f"同意日 {wareki(ctx.day(dt.date(2024, 9, 1)))}",
        ],
    )))  # fmt: skip

    p = ctx.person(sex="女", born=(1990, 2003))
    hc, me = ctx.staff(), ctx.staff()
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=mail(
        f"{me} <kodomo-center@city.example.lg.jp>", f"{hc}（健康づくり課）", "RE: 家事援助の依頼（新規）",
        _mail_day(TODAY, "11:05"),
        [f"{hc} さん", "", "ご連絡ありがとうございます。家事援助の事業者と調整し、来週から入れるようにします。",
         "初回はこちらの職員も同行します。", "", me],
        [(hc, _mail_day(TODAY, "09:40"), "家事援助の依頼（新規）",
          ["こども家庭センター ご担当様", "", f"赤ちゃん訪問でお会いした {p.name()} さんから、家事援助を使いたいと",
           "希望がありました。転入したばかりで近くに頼れる親族がいないそうです。",
           f"連絡先は {p.phone} です（本人了承済み）。", "", f"健康づくり課 {hc}"])],
    ))))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------------
    p = ctx.person(sex="女", born=(1990, 2002))
    kid = ctx.child(p, (2024, 2024))
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="養育支援訪問 記録（専門的相談支援）",
        paragraphs=[
            f"訪問先 {p.name()} 宅（{p.address()}）",
            f"訪問日 {wareki(ctx.day(dt.date(2024, 9, 1)))}　訪問者 {ctx.titled()}",
            f"児の{kid.mei}ちゃんは生後2か月。体重は順調に増加。授乳は混合で、夜間は3時間おき。",
            "室内は片付いており、ベビーベッドの周囲も安全。父は平日帰宅が遅く、沐浴は母が一人で行っている。",
            "母方祖母は県外在住。週末に電話で話す程度。",
            "次回は2週間後に再訪する旨を伝えた。",
            "母は出産後から眠れない・涙が出る状態が続いており、EPDS 14点。先週から産後うつとして精神科を受診し、"
            "服薬を開始した。主治医とは本人の同意のもとで連携する。",
        ],
    ), note="the mother's 産後うつ and psychiatric treatment come in the last paragraph"))  # fmt: skip

    ppl = ctx.people(r.randint(30, 42), (1985, 2004))
    cases: list[list[Cell]] = [["ケースNo", "姓", "名", "子の名", "地区", "支援理由", "開始日", "担当"]]
    for i, q in enumerate(ppl, start=1):
        kid = ctx.child(q, (2020, 2024))
        cases.append([f"Y6-{i:03d}", q.sei, q.mei, kid.mei, area_label(q.area), r.choice(REASONS),
                      ymd(ctx.day(dt.date(2024, 4, 1))), ctx.staff()])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("ケース一覧", cases, first_row=3, title="養育支援訪問 ケース一覧（令和6年度）"),
        sheet("終結", [["ケースNo", "終結日", "理由"], ["Y5-041", "2024/05/31", "目標達成"]], state="hidden"),
    ]), note="each case's 支援理由 is a health condition of the parent or child (産後うつ, 低出生体重児 …)"))  # fmt: skip

    p = ctx.person(sex="女", born=(1988, 2003))
    docs.append(Doc(fam, "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="訪問支援 利用申請 受付控",
        paragraphs=[
            f"申請者 {p.name()}　住所 {p.address()}",
            "申請内容：育児・家事援助（週2回・3か月）",
            f"受付 {wareki(ctx.day(dt.date(2024, 9, 1)))}　{ctx.titled()}",
            "確認書類：運転免許証",
        ],
        header=f"受付 R6-{r.randint(100, 999)}　番号 {grouped(random_my_number(r))}",
    ), note="the My Number is only in the page header, as 「番号 xxxx xxxx xxxx」"))  # fmt: skip

    n = r.randint(112, 128)
    rows: list[list[Cell]] = [["No", "母氏名", "母カナ", "児氏名", "児生年月日", "住所", "電話", "訪問予定"]]
    for i, q in enumerate(ctx.people(n, (1984, 2004)), start=1):
        kid = ctx.child(q, (2024, 2024))
        kid.birth = dt.date(2024, r.randint(6, 9), r.randint(1, 28))
        rows.append([i, q.name(), katakana(q.kana), kid.name(), ymd(kid.birth), q.address(), q.phone,
                     r.choice(["10月", "11月", "済"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(sheets=[sheet("全戸訪問対象者", rows)]),
        )
    )

    p = ctx.person(born=(1985, 2000))
    kid = ctx.child(p, (2020, 2022))
    s = [ctx.staff() for _ in range(3)]
    t = _clock(r, 4)
    docs.append(Doc(fam, "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("slack", TODAY, [
        (t[0], s[0], f"{p.name()}さんのお子さん（{kid.mei}くん）、療育センターの発達検査の結果出ましたか"),
        (t[1], s[1], "出ました。自閉スペクトラム症の疑いで、児童発達支援の利用を勧められています"),
        (t[2], s[2], "受給者証の申請は障がい福祉課ですね。訪問の時に書類を持っていきます"),
        (t[3], s[0], "お願いします"),
    ], "kodomo-center")), note="a named child's developmental finding counts as health"))  # fmt: skip
    return docs


# --- 地域子育て支援 (ファミリー・サポート、一時預かり、委託、民生委員・主任児童委員) --------------------------------------
ALLERGENS = ["卵", "乳", "小麦", "そば", "落花生", "えび", "かに", "くるみ", "キウイ", "大豆"]


def chiiki(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "chiiki"
    docs: list[Doc] = []
    office = f"{ctx.city} こども家庭課 子育て支援係 電話 {ctx.office_phone(5)}"
    famisapo = f"{ctx.city}ファミリー・サポート・センター 電話 {ctx.tel()}"

    # level 1 -------------------------------------------------------------------------------------------
    ctab: list[list[str]] = [["法人番号", "受託者", "所在地", "委託事業", "委託料（円）"]]
    for name in ctx.companies(11):
        ctab.append([random_corporate_number(r), name, ctx.biz_address(),
                     r.choice(["地域子育て支援拠点", "一時預かり", "ファミリー・サポート・センター運営", "病児保育",
                               "子育て短期支援（ショートステイ）", "利用者支援（基本型）"]),
                     yen(r.randrange(1_200_000, 18_000_000, 1000))])  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, ["corporate_number"], DocSpec(
        title="令和6年度 子育て支援事業 委託契約一覧（公表）",
        paragraphs=["地方自治法施行令第167条の2第1項第2号による随意契約の結果を公表します。",
                    f"契約日はいずれも{wareki(dt.date(2024, 4, 1))}、契約期間は令和7年3月31日までです。", f"所管：{office}"],
        tables=[ctab]), note="contractors with their 法人番号; contract dates are not birth dates"))  # fmt: skip

    roster: list[list[Cell]] = [["地区", "区分", "氏名", "担当区域"]]
    for d in ctx.districts:
        for kind in ["民生委員・児童委員", "民生委員・児童委員", "主任児童委員"]:
            roster.append([d, kind, ctx.staff(), f"{d} {r.randint(1, 5)}区〜{r.randint(6, 9)}区"])
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[
        sheet("名簿", roster, title=f"{ctx.city} 民生委員・児童委員、主任児童委員 名簿（令和6年12月改選 公表用）"),
        sheet("連絡先", [["事務局", office]], state="hidden"),
    ]), note="委員 named in their public role, with districts only"))  # fmt: skip

    stat: list[list[Cell]] = [
        ["年度", "依頼会員", "提供会員", "両方会員", "活動件数", "うち送迎", "うち預かり"]
    ]
    for y in ["令和2年度", "令和3年度", "令和4年度", "令和5年度"]:
        a = r.randint(500, 1500)
        stat.append([y, r.randint(400, 900), r.randint(100, 260), r.randint(20, 60), a, a // 2, a // 3])
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[
        sheet("会員・活動", stat, title="ファミリー・サポート・センター 会員数と活動件数"),
        sheet("内訳", [["活動内容", "件数"], ["保育所送迎", r.randint(100, 400)], ["習い事送迎", r.randint(50, 200)]],
              state="hidden"),
    ])))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title=f"{ctx.city} 子育て応援ガイド",
        paragraphs=[
            f"地域子育て支援拠点：{ctx.districts[0]}子育てひろば、{ctx.districts[2]}つどいの広場（月〜土 9時〜15時）",
            "一時預かり：生後6か月〜就学前。1時間 400円、1日 2,400円。事前登録が必要です",
            f"ファミリー・サポート：{famisapo}",
            "病児保育：市内2か所（要予約・医師連絡票が必要）",
            "困ったときは：こども家庭センターがワンストップで相談を受けます",
        ],
        textboxes=[office],
    )))  # fmt: skip

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="【記入例】一時預かり 利用登録申込書",
        paragraphs=[
            f"保護者氏名：{SAMPLE_NAMES[0]}　電話：090-0000-0000",
            f"お子さんの氏名：{SAMPLE_NAMES[4]}　生年月日：令和4年4月4日",
            "アレルギー：（例）卵・乳 → 除去食の有無も記入",
            "かかりつけ医：（例）○○小児科",
            "記入例はすべて架空の内容です。",
        ],
        textboxes=["記入例：裏面の同意事項を必ずお読みください"],
        footer="記入例",
    ), note="a 記入例 with sample names and a sample allergy"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person(born=(1955, 1985))
    rows: list[list[Cell]] = [
        ["ファミリー・サポート・センター 提供会員 登録票", None, None, None],
        ["姓", p.sei, "名", p.mei],
        ["セイ", katakana(p.sei_kana), "メイ", katakana(p.mei_kana)],
        ["生年月日", p.birth, "電話", p.phone],
        ["住所", p.address(), None, None],
        ["活動できる曜日", "月・水・金", "講習修了日", ymd(dt.date(2024, 7, r.randint(1, 28)))],
        ["保育経験", r.choice(["子育て経験あり", "元保育士", "元幼稚園教諭"]), "自家用車", r.choice(["あり", "なし"])],
    ]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[sheet("登録票", rows)]),
                    post=merge_xlsx({"登録票": ["A1:D1", "B5:D5"]}),
                    note="a 提供会員 is a private person registering at her home address"))  # fmt: skip

    p = ctx.person()
    helper = ctx.person(born=(1955, 1980))
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 4)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        (t[0], s[0], f"依頼会員の{p.name()}さん、来週から保育所のお迎えを{helper.name()}さんにお願いできそうです"),
        (t[1], s[1], "事前打合せの日程を決めたいので、依頼会員さんの連絡先ありますか"),
        (t[2], s[0], f"登録票では {p.phone} です。日中は職場なので夜がいいそうです"),
        (t[3], s[1], "了解です"),
    ], "famisapo"))))  # fmt: skip

    ppl = ctx.people(r.randint(12, 17))
    use: list[list[Cell]] = [["利用日", "児童名", "年齢", "保護者", "緊急連絡先", "利用時間", "利用料"]]
    for q in ppl:
        kid = ctx.child(q, (2019, 2023))
        use.append([ymd(ctx.day(dt.date(2024, 9, 1))), kid.name(), f"{kid.age()}歳", q.name(), q.phone,
                    r.choice(["9:00-12:00", "9:00-15:00", "13:00-16:00"]), r.choice([1200, 2400, 1200])])  # fmt: skip
    docs.append(Doc(fam, "xls", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("利用台帳", use, title=f"一時預かり 利用台帳（{ctx.districts[0]}子育てひろば）"),
        sheet("料金", [["区分", "料金"], ["1時間", 400], ["1日", 2400]], state="hidden"),
    ])))  # fmt: skip

    p = ctx.person()
    kids = ctx.children(p, 2, (2014, 2020))
    docs.append(Doc(fam, "docx", 2, ["address", "name"], DocSpec(
        title="主任児童委員 連絡票",
        paragraphs=[
            f"{ctx.city} こども家庭センター 御中",
            f"主任児童委員 {ctx.staff()}（{ctx.districts[3]}地区担当）",
            f"{p.address()} にお住まいの {p.name()} さん宅について、見守りをお願いしたくご連絡します。",
            f"お子さん（{kids[0].mei}さん、{kids[1].mei}さん）が夜遅くまで外で遊んでいる様子を、近所の方から聞きました。",
            "保護者は夜勤のある仕事をしていると聞いています。一度、様子を伺っていただけますでしょうか。",
            f"連絡日 {wareki(ctx.day(dt.date(2024, 9, 15)))}",
        ],
    ), note="the 主任児童委員 writes in role; the family is a private person with an address"))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------------
    n = r.randint(112, 126)
    rows3: list[list[str]] = []
    for i, q in enumerate(ctx.people(n, (1950, 2000)), start=1):
        rows3.append([f"F{i:05d}", r.choice(["依頼", "依頼", "提供", "両方"]), q.name(), katakana(q.kana),
                      q.address()[:26], q.phone])  # fmt: skip
    cols = [("会員番号", 30), ("区分", 90), ("氏名", 130), ("カナ", 215), ("住所", 330), ("電話", 620)]
    docs.append(Doc(fam, "pdf", 3, ["address", "name", "phone"], DocSpec(title="会員名簿"),
                    post=system_print("ファミリー・サポート・センター 会員名簿", f"{ctx.city} 子育て支援システム FS0100", cols,
                                      rows3, 30, "抽出条件：有効会員", ruled=True)))  # fmt: skip

    ppl = ctx.people(r.randint(14, 20), (1985, 2000))
    al: list[list[Cell]] = [["クラス", "児童名", "保護者", "アレルゲン", "症状", "対応", "エピペン"]]
    for q in ppl:
        kid = ctx.child(q, (2019, 2023))
        al.append([r.choice(["ひよこ", "りす", "うさぎ"]), kid.name(), q.name(), "・".join(r.sample(ALLERGENS, r.randint(1, 3))),
                   r.choice(["じんましん", "アナフィラキシー既往", "口腔のかゆみ", "喘息発作"]),
                   r.choice(["完全除去", "加熱可", "代替食"]), r.choice(["あり", "なし", "なし"])])  # fmt: skip
    docs.append(Doc(fam, "ods", 3, ["health", "name"], DocSpec(sheets=[
        sheet("アレルギー", al, title="一時預かり 食物アレルギー児一覧（保育士用）")])))  # fmt: skip

    p = ctx.person()
    kid = ctx.child(p, (2019, 2022))
    s = [ctx.staff() for _ in range(2)]
    t = _clock(r, 4)
    days = r.randint(4, 9)
    docs.append(Doc(fam, "txt-cp932", 3, ["arrears", "name"], DocSpec(paragraphs=chat("arrow", TODAY, [
        (t[0], s[0], f"ひろばから電話。{p.name()}さん（{kid.mei}ちゃん）の一時預かり利用料が未納のまま"),
        (t[1], s[1], f"{days}回分、{yen(days * 2400)}円。7月から督促状を2回送っている"),
        (t[2], s[0], "次回の予約時に窓口で相談してもらうよう、ひろばに伝えた"),
        (t[3], s[1], "分納の申出書を用意しておく"),
    ], "子育て支援係 連絡メモ")), note="an unpaid 一時預かり fee under 督促 counts as arrears"))  # fmt: skip

    p = ctx.person()
    kid = ctx.child(p, (2018, 2022))
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "health", "name"], DocSpec(
        title="一時預かり 利用登録票（個票）",
        paragraphs=[
            f"児童 {kid.name()}（{katakana(kid.kana)}）　生年月日 {wareki(kid.birth)}",
            f"保護者 {p.name()}　住所 {p.address()}",
            "登録日 " + wareki(ctx.day(dt.date(2024, 4, 1))),
            "利用予定：週1回程度（保護者の通院・リフレッシュ）",
        ],
        textboxes=["配慮事項：てんかん（抗てんかん薬 朝夕服用）。発作時はダイアップ座薬、5分以上続けば救急要請"],
    ), note="the child's epilepsy and rescue medication are only in a text box"))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [jidoteate, fuyo, iryohi, jiritsu, kashitsuke, homon, chiiki]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, bank, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, bank, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set47", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
