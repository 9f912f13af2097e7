"""Fifty-second red-team set (blind): a city's 学校給食センター and its 給食費 desk.

``python -m corpus.redteam.set52 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with 大字…番地 and …丁目 areas, its area code and its bank) is drawn per build. Families follow
the desk a document comes from: 給食費 収納 with 口座振替 不能, 滞納 and 督促 (``kyushokuhi``), the 就学援助 link with
the 学校教育課 (``shugaku``), 食物アレルギー 対応 with 除去食 申請 and 医師の指示書 (``allergy``), the 調理員 who are
会計年度任用職員 with their 検便 and 健康チェック (``chorin``), 配送 and 異物混入 (``haiso``), 食材 納入業者 and local
farmers (``nonyu``) and the 試食会 (``shishoku``); each with its public look-alikes (献立表 with allergen tables,
収納率 aggregates, 納入業者 with 法人番号, 栄養士 and 院長 in their role, 記入例, masked incident reports).

The truth is the default policy's text only: 3 for a My Number, health (allergies, 検便 results, illness,
injuries, developmental findings) or arrears about a named private person, or records of more than 100 persons;
2 for a private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a
perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files
carry a one-line ``note``.
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

SEED = 5252
VARIANT = "redteam52"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, bank, areas); an area ending in "*" takes 番地 lots, the others 丁目
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("栃木県", "佐野市", "0283", "327", "足利銀行",
     ["大字赤見町*", "大字田沼町*", "高砂町", "堀米町", "植下町", "大字船津川町*", "浅沼町"]),
    ("静岡県", "掛川市", "0537", "436", "静岡銀行",
     ["中央", "駅前", "大字細谷*", "大字下俣*", "上張", "大字大渕*", "杉谷"]),
    ("岡山県", "総社市", "0866", "719", "中国銀行",
     ["中央", "駅前", "大字井尻野*", "大字清音上中島*", "総社", "大字三輪*", "溝口*"]),
    ("福島県", "須賀川市", "0248", "962", "東邦銀行",
     ["大字浜尾*", "森宿*", "中宿", "八幡町", "大町", "大字狸森*", "南町"]),
    ("三重県", "亀山市", "0595", "519", "百五銀行",
     ["本町", "東御幸町", "関町新所*", "井田川町*", "野村", "大字布気町*", "みずほ台"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("一尺八寸", "かまつか"), ("五月女", "そうとめ"), ("四十物", "あいもの"),
    ("百目鬼", "どうめき"), ("毒島", "ぶすじま"), ("温水", "ぬくみず"), ("饗庭", "あいば"), ("薬袋", "みない"),
    ("左右田", "そうだ"), ("廿日出", "はつかで"), ("鬼頭", "きとう"), ("勘解由小路", "かでのこうじ"), ("王子田", "おうじた"),
    ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("山田", "やまだ"), ("佐々木", "ささき"), ("山崎", "やまざき"), ("松本", "まつもと"), ("井上", "いのうえ"),
    ("木村", "きむら"), ("清水", "しみず"), ("山下", "やました"), ("石川", "いしかわ"), ("中川", "なかがわ"),
    ("小野", "おの"), ("後藤", "ごとう"), ("青木", "あおき"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("石井", "いしい"), ("長谷川", "はせがわ"), ("前田", "まえだ"), ("藤田", "ふじた"), ("小川", "おがわ"),
    ("岡田", "おかだ"), ("金子", "かねこ"), ("和田", "わだ"), ("上野", "うえの"), ("市川", "いちかわ"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("高木", "たかぎ"), ("関口", "せきぐち"),
    ("菅原", "すがわら"), ("樋口", "ひぐち"), ("篠原", "しのはら"), ("大野", "おおの"), ("丸山", "まるやま"),
    ("須藤", "すどう"), ("河合", "かわい"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("大翔", "ひろと"), ("蓮", "れん"), ("悠真", "ゆうま"), ("陽翔", "はると"), ("湊", "みなと"), ("樹", "いつき"),
    ("朝陽", "あさひ"), ("隼人", "はやと"), ("健太", "けんた"), ("誠", "まこと"), ("聡", "さとし"), ("修", "おさむ"),
    ("隆之", "たかゆき"), ("雅人", "まさと"), ("宗一郎", "そういちろう"), ("嘉六", "かろく"), ("篤", "あつし"),
    ("圭佑", "けいすけ"), ("航平", "こうへい"), ("正和", "まさかず"), ("智也", "ともや"), ("俊介", "しゅんすけ"),
    ("春樹", "はるき"), ("颯", "はやて"), ("庄吉", "しょうきち"), ("八雲", "やくも"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("結衣", "ゆい"), ("葵", "あおい"), ("芽依", "めい"), ("心春", "こはる"), ("咲良", "さくら"), ("莉子", "りこ"),
    ("美桜", "みお"), ("結菜", "ゆいな"), ("杏", "あん"), ("楓", "かえで"), ("詩織", "しおり"), ("恵", "めぐみ"),
    ("真由美", "まゆみ"), ("香織", "かおり"), ("麻衣", "まい"), ("裕子", "ゆうこ"), ("典子", "のりこ"),
    ("奈緒", "なお"), ("千尋", "ちひろ"), ("菜々子", "ななこ"), ("乃愛", "のあ"), ("琴音", "ことね"), ("椿", "つばき"),
    ("朱里", "あかり"), ("梢", "こずえ"), ("きぬ", "きぬ"),
]  # fmt: skip
BUILDINGS = ["アーバンハイツ", "ルミエール南", "市営住宅", "コーポみどり", "パレス駅前", "エステート本町"]
COMPANIES: list[tuple[str, str]] = [
    ("株式会社", "北関東食品"), ("有限会社", "みのり青果"), ("株式会社", "ヤマサ乳業"), ("株式会社", "丸八製パン"),
    ("合同会社", "やさい畑ネット"), ("株式会社", "東海給食物流"), ("有限会社", "大黒屋豆腐店"), ("株式会社", "マルミツ水産"),
    ("株式会社", "さくら米穀"), ("株式会社", "フジミ調味料"), ("株式会社", "セントラル配送サービス"),
    ("有限会社", "かねいち鶏卵"), ("株式会社", "グリーンキッチン"), ("株式会社", "日東衛生検査センター"),
    ("株式会社", "あさひ厨房設備"), ("有限会社", "はなぶさ精肉"), ("株式会社", "みずほ冷凍食品"), ("株式会社", "常盤麺業"),
]  # fmt: skip
CLINICS = ["こどもクリニック", "小児科医院", "アレルギー科クリニック", "内科小児科", "ファミリークリニック"]
SAMPLE_NAMES = ["給食 太郎", "見本 花子", "記入 一郎", "試食 花子", "見本 食品"]
ALLERGENS = ["卵", "乳", "小麦", "えび", "かに", "そば", "落花生", "くるみ"]
MENUS = ["ごはん・牛乳・さばの味噌煮・小松菜のおひたし・豚汁", "コッペパン・牛乳・ハンバーグ・コーンスープ・フルーツポンチ",
         "カレーライス・牛乳・海藻サラダ・ヨーグルト", "ソフト麺・牛乳・ミートソース・ごぼうサラダ・りんご",
         "ごはん・牛乳・鶏のから揚げ・切干大根の煮物・すまし汁", "わかめごはん・牛乳・えびシューマイ・中華スープ・杏仁豆腐",
         "ごはん・牛乳・肉じゃが・ほうれん草のごま和え・みかん", "米粉パン・牛乳・クリームシチュー・ツナサラダ"]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 20)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
LUNCH = {"小": 4700, "中": 5500}  # 月額 給食費


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 平成29年5月3日, short H29.5.3, slash H29/05/03, spaced 令和 6 年 11 月 20 日."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
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
    """The 地区 name an area is known by: 大字赤見町* → 赤見町."""
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

    def grade(self) -> str:
        """School year on TODAY (April cut-off): 小1..小6, 中1..中3."""
        start = self.birth.year + (7 if (self.birth.month, self.birth.day) >= (4, 2) else 6)
        n = TODAY.year - start + (1 if TODAY.month >= 4 else 0)
        n = min(9, max(1, n))
        return f"小{n}" if n <= 6 else f"中{n - 6}"


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
    def center(self) -> str:
        return f"{self.city}学校給食センター"

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    def schools(self, kind: str = "小") -> list[str]:
        return [f"{d}{'小学校' if kind == '小' else '中学校'}" for d in self.districts]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(24 + n, 3101 + 11 * n)

    def phone(self, mobile: float = 0.6) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2800)}番地"
            if r.random() < 0.3:
                base += f"{r.randint(1, 9)}"
            elif r.random() < 0.15:
                base = base.translate(FW)
            return base
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 6), r.randint(1, 28), r.randint(1, 22)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 3)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1972, 1996), sex: str = "", sei: str = "") -> Person:
        r = self.rng
        want, want_sei = sex, sei
        while True:
            if want_sei:
                sei, sk = next(s for s in SURNAMES if s[0] == want_sei)
            else:
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

    def people(self, n: int, born: tuple[int, int] = (1972, 1996)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def household(self, born: tuple[int, int] = (2010, 2017)) -> tuple[Person, Person]:
        """A guardian and a school child of the same surname at the same address."""
        g = self.person()
        c = self.person(born, sei=g.sei)
        c.area, c.lot, c.zip, c.phone = g.area, g.lot, g.zip, g.phone
        return g, c

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

    def account(self) -> str:
        return f"{self.bank} {self.rng.choice(self.districts)}支店 普通 {self.rng.randint(1000000, 9999999)}"


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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 KY{n % 3 + 1:02d}")
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


def letter_pdf(lines: Sequence[str], head: str = "") -> Callable[[Path], None]:
    """Rewrite the file as a one-page portrait letter drawn line by line (a word processor's PDF export):
    ``>`` right-aligns a line, ``^`` centres it as a heading."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = A4
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        c.setFont(font, 9)
        if head:
            c.drawRightString(w - 50, h - 40, head)
        c.setFont(font, 10.5)
        y = h - 70
        for line in lines:
            if line.startswith(">"):
                c.drawRightString(w - 60, y, line[1:])
            elif line.startswith("^"):
                c.setFont(font, 14)
                c.drawCentredString(w / 2, y, line[1:])
                c.setFont(font, 10.5)
            else:
                c.drawString(60, y, line)
            y -= 18
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
        out.append(f"保存日時：{ymd(day)} 17:45")
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


def text_doc(
    family: str, level: int, types: list[str], lines: list[str], note: str = "", fmt: str = "txt"
) -> Doc:
    return Doc(family, fmt, level, types, DocSpec(paragraphs=lines), note)


def letter_doc(
    family: str, level: int, types: list[str], lines: list[str], head: str = "", note: str = ""
) -> Doc:
    return Doc(family, "pdf", level, types, DocSpec(paragraphs=[ln.lstrip(">^") for ln in lines]), note,
               letter_pdf(lines, head))  # fmt: skip


def print_doc(family: str, level: int, types: list[str], title: str, system: str,
              cols: Sequence[tuple[str, float]], rows: list[list[str]], per_page: int, conditions: str = "",
              ruled: bool = False, note: str = "") -> Doc:  # fmt: skip
    return Doc(family, "pdf", level, types, DocSpec(title=title), note,
               system_print(title, system, cols, rows, per_page, conditions, ruled))  # fmt: skip


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{katakana(p.kana)}）"


def _d(d: dt.date) -> str:
    return f"{d.month}月{d.day}日"


# --- 給食費 収納・口座振替・滞納 (学校給食センター 給食費担当) ---------------------------------------------------
def kyushokuhi(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kyushokuhi"
    docs: list[Doc] = []
    tel = ctx.office_phone()
    chief, clerk, clerk2 = ctx.staff(), ctx.staff(), ctx.staff()
    schools = ctx.schools("小") + ctx.schools("中")[:3]

    # L1: the 給食費 guide (PDF)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年度 学校給食費のお知らせ",
                paragraphs=[
                    f"{ctx.city}教育委員会 {ctx.center}",
                    f"学校給食費は月額 小学校 {yen(LUNCH['小'])}円、中学校 {yen(LUNCH['中'])}円です（4月・3月は日割り）。",
                    f"毎月10日（休日の場合は翌営業日）に、ご登録の口座から振り替えます。{ctx.bank}ほか市内の金融機関がご利用になれます。",
                    "残高不足等で振替ができなかった場合は、翌月に2か月分を振り替えます。納付書での納付をご希望の方はご相談ください。",
                    "就学援助を受けている世帯は、給食費の全額が援助の対象となります。学校教育課へお問い合わせください。",
                    f"問合せ先：{ctx.center} 給食費担当 電話 {tel}（平日 8:30〜17:15）",
                ],
                tables=[
                    [
                        ["区分", "月額", "年額（11か月）"],
                        ["小学校", yen(LUNCH["小"]), yen(LUNCH["小"] * 11)],
                        ["中学校", yen(LUNCH["中"]), yen(LUNCH["中"] * 11)],
                    ]
                ],
            ),
        )
    )

    # L1: 収納率 by school, merged heads, hidden raw sheet
    rows: list[list[Cell]] = [
        ["学校名", "調定額", "収納額", "収納率", "過年度 調定額", "過年度 収納額", "過年度 収納率"]
    ]
    raw: list[list[Cell]] = [["学校コード", "学校名", "対象人数", "振替件数", "納付書件数", "不能件数"]]
    for i, s in enumerate(schools):
        n = r.randint(180, 640)
        due = n * (LUNCH["中"] if "中" in s else LUNCH["小"]) * 11
        got = int(due * r.uniform(0.985, 0.999))
        past, past_got = r.randint(80, 600) * 1000, 0
        past_got = int(past * r.uniform(0.2, 0.6))
        rows.append([s, due, got, f"{got / due:.1%}", past, past_got, f"{past_got / past:.1%}"])
        raw.append([f"S{i + 1:03d}", s, n, int(n * 0.92), int(n * 0.06), r.randint(1, 9)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "収納率",
                        [["", "現年度分", "", "", "過年度分", "", ""], *rows],
                        title=f"令和5年度 学校給食費 収納状況（{ctx.center}）",
                        first_row=3,
                    ),
                    sheet("元データ", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"収納率": ["B3:D3", "E3:G3"]}),
        )
    )

    # L1: 口座振替 登録 処理 log in cp932: 12-digit お客様番号 that fail the check digit, no names
    log: list[list[Cell]] = [["お客様番号", "受付日", "金融機関", "処理区分", "処理結果"]]
    for _ in range(r.randint(16, 22)):
        d = TODAY - dt.timedelta(days=r.randint(3, 90))
        log.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(d), r.choice([ctx.bank, "ゆうちょ銀行", "JAバンク"]),
                    r.choice(["新規", "変更", "解約"]), r.choice(["登録済", "登録済", "依頼書返戻(印相違)"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("log", log)]),
            "12-digit お客様番号 failing the check digit; no names, no amounts owed",
        )
    )

    # L1: 滞納整理 in general (policy memo)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="学校給食費の未納対策について（事務手順）",
                paragraphs=[
                    f"{ctx.center} 給食費担当",
                    "1 目的　公会計化後の学校給食費について、負担の公平性を確保するため、未納の早期把握と納付相談の手順を定める。",
                    "2 口座振替不能の把握　振替結果データを受領後、3営業日以内に不能者へ再振替の案内を送付する。",
                    "3 督促　納期限後20日以内に督促状を発送する。督促状の文例は別紙1のとおり。",
                    "4 納付相談・分納　生活状況を聴き取り、必要に応じて就学援助制度の案内を行う。分納誓約書は別紙2による。",
                    "5 児童手当からの徴収　保護者の申出がある場合に限り、児童手当からの納付を受け付ける。",
                    "6 個人情報の取扱い　未納者一覧は機密性3として扱い、学校への提供は校長あての親展文書による。",
                    f"担当：給食費担当主査 {chief}（内線 {r.randint(300, 399)}）",
                ],
            ),
        )
    )

    # L1: staff Teams about the 振替 schedule (no resident)
    lines = [("08:52", chief, "11月分の口座振替データ、金融機関への送付期限は今週金曜です。"),
             ("08:55", clerk, "了解です。新規登録の18件は昨日までに入力済みです。"),
             ("09:03", clerk2, "ゆうちょ分の依頼書がまだ3件センター止まりです。午後に発送します。"),
             ("09:10", chief, "収納率の速報は12月の定例会で報告するので、学校別の表を更新しておいてください。"),
             ("09:12", clerk, "承知しました。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            1,
            [],
            chat("teams", TODAY - dt.timedelta(days=6), lines, "給食費担当"),
            "staff only, no resident named",
        )
    )

    # L1: 公会計化 slides
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="学校給食費の公会計化について（保護者説明会）",
                paragraphs=[
                    "令和5年度から給食費は市の歳入になりました",
                    "学校での集金はなくなり、口座振替に一本化",
                    "令和5年度の収納率（現年度分）は99.3%",
                    f"問合せ：{ctx.center} 給食費担当 {tel}",
                    "就学援助の対象世帯は給食費の負担がありません",
                    "振替日は毎月10日",
                ],
                notes=[f"説明者：{ctx.center} 所長 {ctx.staff()}"],
            ),
        )
    )

    # L2: 口座振替依頼書 (one household, xlsx)
    g, c = ctx.household()
    acct = ctx.account()
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "依頼書",
                        [
                            ["学校給食費 口座振替依頼書（兼 自動払込利用申込書）"],
                            [],
                            ["受付日", ymd(TODAY - dt.timedelta(days=12))],
                            ["保護者氏名", g.name()],
                            ["フリガナ", katakana(g.kana)],
                            ["住所", f"〒{g.zip} {g.address()}"],
                            ["電話番号", g.phone],
                            ["児童生徒氏名", c.name()],
                            ["学校・学年", f"{r.choice(ctx.schools())} {c.grade()}"],
                            ["振替口座", acct],
                            ["口座名義", katakana(g.kana)],
                        ],
                    )
                ]
            ),
            "a bank account with name and address; nothing owed",
        )
    )

    # L2: 過誤納 還付 notice, spaced digits
    g, c = ctx.household()
    ctx.urban(g)
    amount = LUNCH["小"] * r.randint(1, 2)
    docs.append(
        letter_doc(
            F,
            2,
            ["address", "name"],
            [
                f">{spaced_digits(wareki(TODAY, 'spaced'))}",
                f"〒{g.zip}",
                spaced_digits(g.address()),
                f"{g.name()} 様",
                "",
                f">{ctx.city}教育委員会 {ctx.center}所長",
                "^学校給食費 過誤納金還付通知書",
                "",
                f"お子様（{c.mei} さん）の転校に伴い、学校給食費に過誤納金が生じましたので、下記のとおり還付します。",
                f"還付金額 {yen(amount)} 円",
                f"還付予定日 {spaced_digits(wareki(TODAY + dt.timedelta(days=14), 'spaced'))}",
                "還付先 ご登録の振替口座",
                "",
                f"問合せ 給食費担当 電話 {tel}",
            ],
        )
    )

    # L2: LINE WORKS, a reply gives a guardian's new address
    g, c = ctx.household()
    lines = [("10:02", clerk, f"{c.grade()}の{c.name()}さん、通知が宛所不明で戻ってきました。転居されてますか？"),
             ("10:15", f"{r.choice(ctx.schools())} 事務 {ctx.staff()}", f"はい、先月転居の届けがありました。保護者は{g.name()}さんで、新住所は{g.address()}です。"),
             ("10:16", clerk, "ありがとうございます。システムの送付先を変更します。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            2,
            ["address", "name"],
            chat("lineworks", TODAY - dt.timedelta(days=3), lines, "給食費・学校事務連絡"),
        )
    )

    # L2: a guardian's own letter to the center asking to change the account
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.center} 御中",
                    "",
                    "給食費の引落口座の変更のお願い",
                    "",
                    f"いつもお世話になっております。{r.choice(ctx.schools())}に通う{c.mei}の保護者です。",
                    "このたび給料の振込先が変わりましたので、給食費の引落口座を変更したいと考えています。",
                    "必要な書類を送っていただけますでしょうか。平日の日中は仕事のため、夕方以降にお電話いただけると助かります。",
                    "",
                    f"{ymd(TODAY - dt.timedelta(days=9))}",
                    f"住所 {g.address(True)}",
                    f"氏名 {g.name()}",
                    f"電話 {g.phone}",
                ]
            ),
        )
    )

    # L2: 住所変更届 received (odt)
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="学校給食費 送付先変更届",
                paragraphs=[f"受付 {ymd(TODAY - dt.timedelta(days=20))}　受付者 {clerk}"],
                tables=[
                    [
                        ["項目", "内容"],
                        ["保護者氏名", g.name()],
                        ["新住所", g.address()],
                        ["旧住所", ctx.city + r.choice(ctx.districts) + "2丁目5番8号"],
                        ["連絡先", g.phone],
                        ["児童生徒", f"{c.name()}（{c.grade()}）"],
                    ]
                ],
            ),
        )
    )

    # L3: 未納者一覧, a ruled system print of more than 100 households
    rows3: list[list[str]] = []
    for i in range(r.randint(104, 118)):
        g, c = ctx.household((2009, 2017))
        months = r.randint(1, 14)
        rows3.append([f"{300120 + i * 7}", g.name(), katakana(g.kana), c.name(), c.grade(), g.address()[:26],
                      g.phone, f"{months}", yen(months * LUNCH['中' if c.grade().startswith('中') else '小'])])  # fmt: skip
    cols = [("世帯ID", 30), ("保護者氏名", 80), ("カナ", 160), ("児童生徒", 250), ("学年", 320), ("住所", 350),
            ("電話番号", 560), ("未納月数", 650), ("未納額", 700)]  # fmt: skip
    docs.append(
        print_doc(
            F,
            3,
            ["address", "arrears", "name", "phone"],
            "学校給食費 未納者一覧表",
            "学校給食費管理システム Ver.3.2",
            cols,
            rows3,
            28,
            "抽出条件：令和6年10月末現在 未納額 > 0",
            True,
        )
    )

    # L3: 督促状, spaced digits
    g, c = ctx.household()
    ctx.urban(g)
    m = r.randint(2, 5)
    docs.append(
        letter_doc(
            F,
            3,
            ["address", "arrears", "name"],
            [
                f">{spaced_digits(wareki(TODAY, 'spaced'))}",
                f"〒{g.zip}",
                spaced_digits(g.address()),
                f"{g.name()} 様",
                "",
                f">{ctx.city}長",
                "^学校給食費 督促状",
                "",
                f"児童生徒 {c.name()} さんの学校給食費が、納期限を過ぎても納付されていません。",
                f"未納月 令和 6 年 {10 - m} 月分 から 令和 6 年 9 月分 （{m} か月）",
                f"未納額 {yen(m * LUNCH['小'])} 円",
                f"指定期限 {spaced_digits(wareki(TODAY + dt.timedelta(days=15), 'spaced'))} までに同封の納付書で納付してください。",
                "納付が困難な場合は、お早めに給食費担当までご相談ください。",
                f"電話 {tel}",
            ],
            "親展",
        )
    )

    # L3: Outlook mail, the reply states a named family's arrears
    g, c = ctx.household()
    school = r.choice(ctx.schools())
    vp = ctx.staff()
    docs.append(
        text_doc(
            F,
            3,
            ["arrears", "name"],
            mail(
                f"{clerk} <kyushoku@city.example.lg.jp>",
                f"{vp} <{school}>",
                "RE: 給食費の件（ご相談）",
                f"{ymd(TODAY - dt.timedelta(days=2))} 16:40",
                [
                    f"{school} 教頭 {vp} 様",
                    "",
                    "お問い合わせの件、確認しました。",
                    f"{c.grade()}の{c.name()}さんの世帯（保護者 {g.name()} 様）は、6月分から未納が続いており、現在5か月分 "
                    f"{yen(LUNCH['小'] * 5)}円が未納です。督促状は9月に送付済みですが、ご連絡はいただけていません。",
                    "就学援助の対象になる可能性がありますので、学校からも申請をお勧めいただけると助かります。",
                    "",
                    clerk,
                ],
                [
                    (
                        f"{vp}",
                        f"{ymd(TODAY - dt.timedelta(days=3))} 11:02",
                        "給食費の件（ご相談）",
                        [
                            f"{c.grade()}の{c.name()}さんの家庭のことで、給食費の状況を教えていただけますか。",
                            "担任が保護者と面談する予定です。",
                        ],
                    )
                ],
            ),
        )
    )

    # L3: 振替不能者 list, far right, 姓/名 split
    rows5: list[list[Cell]] = [["世帯ID", "姓", "名", "セイ", "メイ", "学校", "不能理由", "不能月", "未納額"]]
    for i in range(r.randint(14, 22)):
        g, c = ctx.household()
        rows5.append([f"K{5100 + i}", g.sei, g.mei, katakana(g.sei_kana), katakana(g.mei_kana), r.choice(ctx.schools()),
                      r.choice(["残高不足", "残高不足", "口座解約", "取引停止"]), "10月", LUNCH["小"] * r.randint(1, 3)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["arrears", "name"],
            DocSpec(
                sheets=[
                    sheet("10月不能", far_right(rows5, 27), first_row=4),
                ]
            ),
            "振替不能 with an amount still owed (未納額) per named guardian counts as arrears",
        )
    )

    # L3: 分納誓約書 (odt)
    g, c = ctx.household()
    owed = LUNCH["中"] * r.randint(6, 12)
    docs.append(
        Doc(
            F,
            "odt",
            3,
            ["address", "arrears", "name", "phone"],
            DocSpec(
                title="学校給食費 分納誓約書",
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    f"私は、学校給食費の滞納額 {yen(owed)} 円について、下記のとおり分割して納付することを誓約します。",
                    f"毎月 {yen(owed // 6)} 円 × 6回（令和6年12月から）",
                    "",
                    f"住所 {g.address()}",
                    f"氏名 {g.name()}",
                    f"電話 {g.phone}",
                    f"児童生徒 {c.name()}（{c.grade()}）",
                ],
            ),
        )
    )
    return docs


# --- 就学援助 連携 (学校教育課 ↔ 給食センター) -----------------------------------------------------------------
def shugaku(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shugaku"
    docs: list[Doc] = []
    tel = ctx.office_phone(3)
    kakari, clerk = ctx.staff(), ctx.staff()

    # L1: the 就学援助 guide with the income table
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和7年度 就学援助制度のご案内",
                paragraphs=[
                    "経済的な理由により就学が困難な児童生徒の保護者に、学用品費・給食費等を援助します。",
                    "認定された場合、学校給食費は全額を市が学校給食センターへ直接支払います（保護者の負担はありません）。",
                    "申請は随時受け付けます。認定は申請月の翌月分からとなります。",
                    f"問合せ：{ctx.city}教育委員会 学校教育課 就学援助係 {tel}",
                ],
                tables=[
                    [
                        ["世帯人数", "所得基準額（目安）"],
                        ["2人", "2,010,000円"],
                        ["3人", "2,520,000円"],
                        ["4人", "3,030,000円"],
                        ["5人", "3,450,000円"],
                        ["6人", "3,880,000円"],
                    ]
                ],
            ),
        )
    )

    # L1: 認定状況 by school (ods)
    rows: list[list[Cell]] = [["学校名", "児童生徒数", "要保護", "準要保護", "認定率"]]
    for s in ctx.schools() + ctx.schools("中")[:3]:
        n, a, b = r.randint(180, 620), r.randint(0, 6), r.randint(12, 70)
        rows.append([s, n, a, b, f"{(a + b) / n:.1%}"])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("認定状況", rows, title="令和6年度 就学援助 認定状況（10月1日現在）")]),
        )
    )

    # L1: 申請書 記入例 with text boxes
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="就学援助費 受給申請書（記入例）",
                paragraphs=[
                    "申請者（保護者）氏名　給食 太郎",
                    f"住所　{ctx.city}中央1丁目1番1号",
                    "電話　0000-00-0000",
                    "児童生徒氏名　給食 はなこ（○○小学校 3年）",
                    "世帯員　給食 太郎（父）、見本 花子（母）、給食 はなこ（長女）",
                    "申請理由　□生活保護の停止・廃止　■児童扶養手当の受給　□市民税の非課税",
                ],
                textboxes=[
                    "記入例　太枠内を記入してください",
                    "同意欄の署名は必ず保護者ご本人が記入してください",
                ],
                footer="記入例",
            ),
        )
    )

    # L1: procedure between the desks (odt), staff in role
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="就学援助認定者の給食費取扱い事務手順",
                paragraphs=[
                    "1 学校教育課は、毎月25日までに当月認定者・取消者のデータを給食センターへ提供する。",
                    "2 給食センターは、認定者の口座振替を翌月分から停止し、公費負担に切り替える。",
                    "3 認定前の未納分は援助の対象外とし、別途納付相談を行う。",
                    "4 データの受け渡しは庁内ファイルサーバの所定フォルダ（パスワード付）により行う。",
                    f"担当：学校教育課 就学援助係長 {kakari}、{ctx.center} 給食費担当 {clerk}",
                ],
            ),
        )
    )

    # L1: Slack among staff (no resident)
    lines = [("13:10", clerk, "10月認定分のデータ、フォルダに上がっていました。件数は新規12、取消2で合っていますか？"),
             ("13:14", kakari, "合っています。取消の2件は転出です。"),
             ("13:20", clerk, "ありがとうございます。振替停止の処理を明日までに済ませます。"),
             ("13:21", kakari, "よろしくお願いします。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            1,
            [],
            chat("slack", TODAY - dt.timedelta(days=26), lines, "就学援助-給食連携"),
            "staff only, no resident named",
        )
    )

    # L2: 認定通知 (docx)
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=[
                    f"〒{g.zip}",
                    g.address(True),
                    f"{g.name()} 様",
                    "",
                    f"{ctx.city}教育委員会",
                    "就学援助費 認定通知書",
                    "",
                    "申請のあった就学援助について、下記のとおり認定しましたので通知します。",
                    f"児童生徒氏名　{c.name()}（{r.choice(ctx.schools())} {c.grade()}）",
                    "認定区分　準要保護",
                    "認定期間　令和6年11月1日から令和7年3月31日まで",
                    "援助内容　学用品費、校外活動費、学校給食費（全額）",
                ]
            ),
        )
    )

    # L2: filled 申請書 with household, birth dates and income
    g, c = ctx.household()
    sp = ctx.person(sei=g.sei, sex="男" if g.sex == "女" else "女")
    inc = r.randint(120, 260) * 10000
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "birth_date", "income", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "申請書",
                        [
                            ["就学援助費 受給申請書"],
                            ["申請日", ymd(TODAY - dt.timedelta(days=15))],
                            ["申請者氏名", g.name(), "フリガナ", katakana(g.kana)],
                            ["住所", g.address()],
                            ["電話", g.phone],
                            [],
                            ["世帯員氏名", "続柄", "生年月日", "職業", "前年所得"],
                            [g.name(), "本人", wareki(g.birth), "パート", inc],
                            [sp.name(), "配偶者", wareki(sp.birth), "会社員", r.randint(80, 200) * 10000],
                            [
                                c.name(),
                                "長" + ("男" if c.sex == "男" else "女"),
                                wareki(c.birth),
                                c.grade(),
                                0,
                            ],
                        ],
                        number_formats={4: "#,##0"},
                    )
                ]
            ),
            "incomes and birth dates of a household, nothing sensitive: 2",
        )
    )

    # L2: Teams, a school asks, the reply gives a phone
    g, c = ctx.household()
    school = r.choice(ctx.schools())
    lines = [("09:19", f"{school} 事務 {ctx.staff()}", f"{c.grade()}の{c.name()}さんの保護者から、就学援助の申請書を出したと聞きました。届いていますか？"),
             ("09:31", kakari, f"届いています。書類が1点足りないので、保護者の{g.name()}さんに連絡したいのですが、学校で把握している電話番号はありますか。"),
             ("09:40", f"{school} 事務 {ctx.staff()}", f"緊急連絡先は {g.phone} です（保護者の携帯）。"),
             ("09:41", kakari, "ありがとうございます。")]  # fmt: skip
    docs.append(
        text_doc(
            F, 2, ["name", "phone"], chat("teams", TODAY - dt.timedelta(days=8), lines, "就学援助 学校連絡")
        )
    )

    # L2: 転入 households taken over (xls)
    rows2: list[list[Cell]] = [["No", "保護者氏名", "児童生徒", "学年", "転入日", "住所", "前住所地の認定"]]
    for i in range(r.randint(6, 9)):
        g, c = ctx.household()
        rows2.append([i + 1, g.name(), c.name(), c.grade(), ymd(TODAY - dt.timedelta(days=r.randint(10, 200))),
                      g.address(), r.choice(["準要保護", "要保護", "なし"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["address", "name"],
            DocSpec(sheets=[sheet("転入者", rows2, title="転入世帯 就学援助 引継ぎ一覧")]),
        )
    )

    # L3: 認定者一覧, a dashed system print of more than 100
    rows3: list[list[str]] = []
    for i in range(r.randint(106, 124)):
        g, c = ctx.household((2009, 2017))
        rows3.append([f"{81000 + i * 3}", g.name(), c.name(), c.grade(), g.address()[:24], g.phone,
                      r.choice(["準要保護", "準要保護", "要保護"]), yen(r.randint(90, 300) * 10000)])  # fmt: skip
    cols = [("受給者番号", 30), ("保護者氏名", 90), ("児童生徒", 170), ("学年", 250), ("住所", 285),
            ("電話", 500), ("区分", 590), ("世帯所得", 650)]  # fmt: skip
    docs.append(
        print_doc(
            F,
            3,
            ["address", "income", "name", "phone"],
            "就学援助 認定者一覧（給食費 公費負担分）",
            "学齢簿・就学援助システム",
            cols,
            rows3,
            27,
            "認定年度：令和6年度　並び順：受給者番号",
        )
    )

    # L3: 申請 控え with a My Number in the page header
    g, c = ctx.household()
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "birth_date", "my_number", "name"],
            DocSpec(
                title="就学援助 申請受付 控え",
                paragraphs=[
                    f"受付日 {ymd(TODAY - dt.timedelta(days=4))}　受付者 {kakari}",
                    f"申請者 {g.name()}（{katakana(g.kana)}）",
                    f"生年月日 {wareki(g.birth)}",
                    f"住所 {g.address()}",
                    f"児童生徒 {c.name()}（{c.grade()}）",
                    "添付書類 ■所得証明　■児童扶養手当証書の写し",
                    "所得の確認は税務システムで行う（同意書あり）。",
                ],
                header=f"番号 {grouped(mn)}",
            ),
        )
    )

    # L3: cp932 data link of more than 100 recipients with addresses and phones
    rows4: list[list[Cell]] = [
        ["受給者番号", "保護者氏名", "カナ", "住所", "電話番号", "児童生徒氏名", "学校", "学年", "認定開始"]
    ]
    for i in range(r.randint(104, 116)):
        g, c = ctx.household((2009, 2017))
        rows4.append([f"{81000 + i * 3}", g.name(), katakana(g.kana), g.address(), g.phone, c.name(),
                      r.choice(ctx.schools() + ctx.schools("中")), c.grade(), f"2024/{r.randint(4, 11):02d}"])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("data", rows4)])))

    # L3: 相談記録 in prose, the health detail paragraphs later
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="就学援助 相談記録",
                paragraphs=[
                    f"相談日 {ymd(TODAY - dt.timedelta(days=11))}　対応 {kakari}",
                    f"来庁者 {g.name()}（{c.name()}の保護者）",
                    "家計が厳しく、今後の給食費等の支払いに不安があるとして、本人から来庁相談があった。",
                    "本年春に離職し、現在は求職中。児童扶養手当を受給している。",
                    "就学援助の制度を説明し、申請書を手渡した。所得証明は本人が市民課で取得する。",
                    "相談の中で、本人はうつ病で通院中であり、服薬のため就労時間を増やせないとの話があった。",
                    "また、子は発達検査で注意欠如・多動症（ADHD）の疑いを指摘されており、学校と支援会議を予定している。",
                    "次回：申請書提出時に同席。",
                ],
            ),
            "the guardian's depression and the child's developmental finding are health data",
        )
    )
    return docs


# --- 食物アレルギー 対応 (栄養教諭・学校栄養職員) ----------------------------------------------------------------
def allergy(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "allergy"
    docs: list[Doc] = []
    tel = ctx.office_phone(1)
    eiyo, eiyo2, head_cook = ctx.staff(), ctx.staff(), ctx.staff()

    # L1: 献立表 with its allergen table, merged title, hidden 配合 sheet
    menu: list[list[Cell]] = [
        ["", "", "", "特定原材料等（●＝使用）", *[""] * (len(ALLERGENS) - 1), ""],
        ["日", "曜", "献立", *ALLERGENS, "エネルギー(kcal)"],
    ]
    mix: list[list[Cell]] = [["日", "食品名", "1人分(g)"]]
    day = dt.date(2024, 12, 2)
    while day.month == 12 and day.day <= 20:
        if day.weekday() < 5:
            m = r.choice(MENUS)
            marks: list[Cell] = ["●" if (a in ("乳", "小麦") or r.random() < 0.2) else "" for a in ALLERGENS]
            menu.append([day.day, "月火水木金土日"[day.weekday()], m, *marks, r.randint(600, 690)])
            for food in m.split("・")[:3]:
                mix.append([day.day, food, r.randint(20, 220)])
        day += dt.timedelta(days=1)
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "12月献立",
                        menu,
                        title=f"令和6年12月 学校給食献立表（{ctx.center}）",
                        first_row=3,
                        footer="●は特定原材料等を含むもの。詳細は給食センターへお問い合わせください。",
                    ),
                    sheet("配合", mix, state="hidden"),
                ]
            ),
            post=merge_xlsx({"12月献立": ["D3:K3", "A3:C3"]}),
        )
    )

    # L1: 除去食 申請書 and 医師の指示書 記入例 (text boxes)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="学校給食 食物アレルギー対応申請書（記入例）",
                paragraphs=[
                    "児童生徒氏名　給食 はなこ　（○○小学校 2年1組）",
                    "生年月日　平成○年○月○日",
                    "保護者氏名　給食 太郎",
                    "原因食物　卵（鶏卵・うずら卵）",
                    "希望する対応　除去食",
                    "学校生活管理指導表（医師の記入）　医療機関名 見本こどもクリニック　医師名 記入 一郎",
                    "※ 医師の指示書（学校生活管理指導表）の写しを添付してください。",
                ],
                textboxes=["記入例", "この欄は医師が記入します"],
                footer="記入例（見本）",
            ),
        )
    )

    # L1: counts by allergen (PDF)
    counts = [[a, str(r.randint(3, 45)), str(r.randint(1, 12))] for a in ALLERGENS]
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年度 食物アレルギー対応状況（集計）",
                paragraphs=[
                    f"{ctx.center}で除去食・代替食を提供している児童生徒の数を原因食物別に集計した（重複あり）。",
                    f"対応者総数 {r.randint(90, 160)} 人（全体の約 {r.uniform(1.5, 3.0):.1f}%）。個人が特定される内訳は公表しない。",
                ],
                tables=[[["原因食物", "除去食", "代替食"], *counts]],
            ),
        )
    )

    # L1: training slides with an anonymised case
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="食物アレルギー対応研修（調理員・配送員向け）",
                paragraphs=[
                    "ヒヤリハット事例：Ａさん（小3）の除去食トレーに通常食の汁が混入しかけた",
                    "原因：配缶時の声出し確認の省略",
                    "対策：除去食は専用の色付き容器・専用台車で配送",
                    "エピペンは本人・学校が管理（給食センターは保管しない）",
                    "対応表は朝礼で班長が読み上げる",
                    f"講師：栄養教諭 {eiyo}",
                ],
            ),
        )
    )

    # L1: clinics with their 院長 in role (ods)
    rows: list[list[Cell]] = [["医療機関名", "院長", "所在地", "電話", "アレルギー外来"]]
    for i in range(5):
        rows.append(
            [
                f"{ctx.districts[i]}{CLINICS[i]}",
                ctx.staff(),
                ctx.biz_address(),
                ctx.tel(),
                r.choice(["火・木", "月・水・金", "予約制"]),
            ]
        )
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "協力医療機関",
                        rows,
                        title="食物アレルギー 学校生活管理指導表 記入協力医療機関（医師会提供）",
                    )
                ]
            ),
        )
    )

    # L1: 栄養士 and the schools they cover (docx)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年度 栄養教諭・学校栄養職員 担当校一覧",
                tables=[
                    [
                        ["職名", "氏名", "担当校"],
                        ["栄養教諭", eiyo, "・".join(ctx.schools()[:3])],
                        ["学校栄養職員", eiyo2, "・".join(ctx.schools()[3:])],
                        ["栄養教諭（中学校）", ctx.staff(), "・".join(ctx.schools("中")[:3])],
                    ]
                ],
                paragraphs=[f"アレルギー対応の相談窓口は担当の栄養教諭です（{ctx.center} {tel}）。"],
            ),
        )
    )

    # L2: 転入生 給食開始 連絡票 (アレルギー 無)
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "連絡票",
                        [
                            ["転入生 給食開始連絡票"],
                            ["学校", r.choice(ctx.schools())],
                            ["児童生徒", _pp(c)],
                            ["学年", c.grade()],
                            ["保護者", g.name()],
                            ["住所", g.address()],
                            ["電話", g.phone],
                            ["給食開始日", ymd(TODAY + dt.timedelta(days=5))],
                            ["食物アレルギー", "無"],
                        ],
                    )
                ]
            ),
            "食物アレルギー 無 states no condition: not a health finding",
        )
    )

    # L2: Slack, a reply gives a phone (no condition)
    g, c = ctx.household()
    lines = [("14:05", eiyo, f"来年度の献立説明会のアンケートで{g.name()}さんから質問が来ています。折り返したいので連絡先わかりますか？"),
             ("14:12", eiyo2, f"{g.name()}さん（{c.name()}さんの保護者）の携帯は {g.phone} です。申込書に書いてありました。"),
             ("14:13", eiyo, "助かります、夕方に電話します。")]  # fmt: skip
    docs.append(
        text_doc(F, 2, ["name", "phone"], chat("slack", TODAY - dt.timedelta(days=5), lines, "栄養士-連絡"))
    )

    # L2: an enquiry record (odt)
    g, _c = ctx.household()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="献立に関する問い合わせ対応記録",
                paragraphs=[
                    f"受付 {ymd(TODAY - dt.timedelta(days=14))} 電話　対応 {eiyo}",
                    f"問合せ者 {g.name()}（{g.address()}、{g.phone}）",
                    "内容　給食に使用している米と野菜の産地を知りたい。",
                    "対応　産地表示の掲載ページを案内し、月ごとの使用食材産地一覧を郵送することとした。",
                ],
            ),
        )
    )

    # L2: 面談 notice with spaced digits (no condition)
    g, c = ctx.household()
    ctx.urban(g)
    meet = TODAY + dt.timedelta(days=10)
    docs.append(
        letter_doc(
            F,
            2,
            ["address", "name"],
            [
                f">{spaced_digits(wareki(TODAY, 'spaced'))}",
                f"〒{g.zip}",
                spaced_digits(g.address()),
                f"{g.name()} 様",
                "",
                f">{ctx.center} 栄養教諭 {eiyo}",
                "^中学校給食 説明会のご案内",
                "",
                f"{c.mei} さんの中学校進学に伴い、給食の献立と提供方法について説明会を行います。",
                f"日時 {spaced_digits(wareki(meet, 'spaced'))} 午後 4 時",
                f"場所 {ctx.center} 2 階 会議室",
                f"ご都合が悪い場合は {tel} までご連絡ください。",
            ],
        )
    )

    # L3: 除去食 申請書 with the 医師の指示書
    g, c = ctx.household()
    food = r.choice(["卵", "乳", "落花生", "えび・かに"])
    clinic = f"{r.choice(ctx.districts)}{r.choice(CLINICS)}"
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["birth_date", "health", "name"],
            DocSpec(
                title="学校給食 食物アレルギー対応申請書",
                paragraphs=[
                    f"児童生徒氏名 {c.name()}（{r.choice(ctx.schools())} {c.grade()}）",
                    f"生年月日 {wareki(c.birth)}",
                    f"保護者氏名 {g.name()}",
                    f"原因食物 {food}",
                    "希望する対応 除去食（調味料・エキスも除去）",
                    "【医師の指示書】",
                    f"診断名 食物アレルギー（{food}）、アナフィラキシーの既往あり",
                    "緊急時処方 エピペン0.15mg 携帯",
                    f"医療機関 {clinic}　医師 {ctx.staff()}",
                ],
            ),
        )
    )

    # L3: 個別対応表, 姓/名 split, hidden 緊急連絡先 sheet
    rows2: list[list[Cell]] = [["No", "学校", "学年", "姓", "名", "原因食物", "対応", "症状歴", "エピペン"]]
    contacts: list[list[Cell]] = [["No", "保護者", "電話"]]
    for i in range(r.randint(24, 32)):
        g, c = ctx.household()
        rows2.append([i + 1, r.choice(ctx.schools()), c.grade(), c.sei, c.mei, "・".join(r.sample(ALLERGENS, r.randint(1, 2))),
                      r.choice(["除去食", "代替食", "弁当持参"]), r.choice(["じんましん", "アナフィラキシー", "口腔アレルギー", "嘔吐"]),
                      r.choice(["有", "無", "無"])])  # fmt: skip
        contacts.append([i + 1, g.name(), g.phone])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["health", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "対応表",
                        rows2,
                        title="令和6年度 食物アレルギー個別対応表（調理場掲示用）",
                        first_row=4,
                    ),
                    sheet("緊急連絡先", contacts, state="hidden"),
                ]
            ),
        )
    )

    # L3: Teams, the reply gives a named child's allergy
    g, c = ctx.household()
    lines = [("07:58", head_cook, f"明日のシチュー、{r.choice(ctx.schools())}の{c.name()}さんは除去でしたっけ？"),
             ("08:03", eiyo, f"{c.name()}さんは乳アレルギーで、牛乳・乳製品は全除去です。去年じんましんと呼吸困難で救急搬送されています。"),
             ("08:04", head_cook, "了解、専用鍋で豆乳シチューにします。"),
             ("08:06", eiyo, "配缶の声出し確認もお願いします。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            3,
            ["health", "name"],
            chat("teams", TODAY - dt.timedelta(days=1), lines, "調理場-アレルギー対応"),
        )
    )

    # L3: a case record in prose, the anaphylaxis paragraphs later (odt)
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "odt",
            3,
            ["health", "name"],
            DocSpec(
                title="個別対応 経過記録",
                paragraphs=[
                    f"対象 {c.name()}（{c.grade()}）　保護者 {g.name()}",
                    "",
                    "4月　保護者から中学校進学に伴う面談の申出。小学校からの引継ぎ資料を確認した。",
                    "5月　学校生活管理指導表の提出あり。除去品目の見直しについて主治医の意見を待つ。",
                    "6月　献立の詳細配合表を毎月送付することで合意。",
                    "9月　校外学習の弁当について担任と調整。",
                    "10月　自宅でくるみを含む菓子を誤食し、アナフィラキシーショックで救急搬送、2日間入院したと保護者から連絡。",
                    "以後、くるみ・カシューナッツを完全除去とし、エピペンを2本携帯する。",
                ],
            ),
        )
    )

    # L3: a one-person sheet, the detail in a text box
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="除去食 個人カード（配缶・配送用）",
                paragraphs=[
                    f"学校 {r.choice(ctx.schools())}",
                    f"学年・組 {c.grade()}－{r.randint(1, 3)}組",
                    f"氏名 {c.name()}",
                    "容器色 黄",
                    "配送便 2便",
                ],
                textboxes=["そば：重度（アナフィラキシー既往）　同一調理場での調理も不可"],
            ),
        )
    )
    return docs


# --- 調理員 (会計年度任用職員: 任用, 検便, 健康チェック) -----------------------------------------------------------
def chorin(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "chorin"
    docs: list[Doc] = []
    tel = ctx.office_phone(2)
    boss, leader, jinji = ctx.staff(), ctx.staff(), ctx.staff()

    # L1: recruitment notice (PDF)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="会計年度任用職員（学校給食調理員）募集",
                paragraphs=[
                    f"勤務場所 {ctx.center}",
                    "勤務時間 8:00〜15:30（休憩45分）月〜金（学校給食実施日）",
                    "報酬 時給 1,080円〜（調理師免許所持者 1,130円）、期末・勤勉手当あり",
                    "応募資格 健康で調理業務に従事できる方。採用後、毎月2回の検便検査を受けていただきます。",
                    f"申込・問合せ {ctx.center} 総務係 {tel}（担当 {boss}）",
                ],
            ),
        )
    )

    # L1: 検便 counts per month, merged, hidden raw sheet
    rows: list[list[Cell]] = [
        ["", "調理員", "", "配送員", ""],
        ["月", "実施人数", "要再検査", "実施人数", "要再検査"],
    ]
    raw: list[list[Cell]] = [["月", "検査機関", "検体数", "請求額"]]
    for m in (4, 5, 6, 7, 9, 10, 11):
        n1, n2 = r.randint(38, 46), r.randint(8, 12)
        rows.append([f"{m}月", n1 * 2, 0, n2 * 2, 0])
        raw.append([f"{m}月", "株式会社日東衛生検査センター", (n1 + n2) * 2, (n1 + n2) * 2 * 660])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("検便実施状況", rows, title="令和6年度 腸内細菌検査 実施状況", first_row=3),
                    sheet("請求", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"検便実施状況": ["B3:C3", "D3:E3"]}),
        )
    )

    # L1: hygiene training slides
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="衛生管理研修 ― 大量調理施設衛生管理マニュアルの要点",
                paragraphs=[
                    "下痢・嘔吐・発熱がある場合は出勤前に班長へ連絡し、調理に従事しない",
                    "ノロウイルス対策：10月〜3月は検便にノロウイルス検査を追加",
                    "手指に傷がある場合は手袋着用・配缶作業に限定",
                    "健康チェック表は毎朝記入、所長が確認",
                    "検便結果は個人情報：掲示しない",
                ],
                notes=[f"講師：{ctx.city}保健所 食品衛生監視員（職名のみ）、進行 総務係長 {boss}"],
            ),
        )
    )

    # L1: crew roster by role (docx): staff names, no identifiers
    crew = [ctx.staff() for _ in range(9)]
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年度 調理班 編成表",
                tables=[
                    [
                        ["班", "班長", "班員"],
                        ["煮炊き", leader, "、".join(crew[:3])],
                        ["揚物・焼物", crew[3], "、".join(crew[4:6])],
                        ["和え物・除去食", crew[6], "、".join(crew[7:9])],
                    ]
                ],
                paragraphs=["除去食は専用室で担当者のみが調理する。", f"統括 調理主任 {leader}"],
            ),
            "cooks named only by their post in a work roster, nothing identifying",
        )
    )

    # L1: LINE WORKS among cooks (no resident)
    lines = [("06:48", leader, "おはようございます。今日の揚物は2釜で回します。"),
             ("06:52", crew[3], "了解です。油の温度記録は私がつけます。"),
             ("07:05", crew[6], "除去食3食、10時半に仕上げます。"),
             ("07:06", leader, "よろしく。検収は8時から。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            1,
            [],
            chat("lineworks", TODAY - dt.timedelta(days=2), lines, "調理班"),
            "staff only, no resident named",
        )
    )

    # L2: 任用 申込書 (one person, birth date)
    p = ctx.person((1960, 1990))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "申込書",
                        [
                            ["会計年度任用職員 任用申込書（学校給食調理員）"],
                            ["氏名", p.name(), "フリガナ", katakana(p.kana)],
                            ["生年月日", p.birth, "年齢", p.age()],
                            ["住所", f"〒{p.zip} {p.address()}"],
                            ["電話", p.phone],
                            ["資格", r.choice(["調理師免許", "栄養士免許", "なし"])],
                            ["希望勤務", "週5日"],
                        ],
                        number_formats={1: "ggge年m月d日"},
                    )
                ]
            ),
        )
    )

    # L2: 緊急連絡先 of the crew (ods)
    rows2: list[list[Cell]] = [["氏名", "住所", "携帯電話", "緊急連絡先（続柄）"]]
    for p in ctx.people(r.randint(10, 14), (1960, 1995)):
        rows2.append(
            [
                p.name(),
                p.address(),
                p.phone,
                f"{ctx.phone(0.9)}（{r.choice(['夫', '妻', '長男', '長女', '母'])}）",
            ]
        )
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("緊急連絡先", rows2, title="調理員 緊急連絡網")]),
        )
    )

    # L2: 通勤届 (docx)
    p = ctx.person((1965, 1992))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name"],
            DocSpec(
                title="通勤届",
                paragraphs=[
                    f"所属 {ctx.center}　職 会計年度任用職員（調理員）",
                    f"氏名 {p.name()}",
                    f"住所 {p.address(True)}",
                    f"通勤方法 自家用車　片道 {r.randint(2, 18)}.{r.randint(0, 9)}km",
                    f"届出日 {ymd(TODAY - dt.timedelta(days=40))}",
                ],
            ),
        )
    )

    # L2: Outlook mail, the reply gives a new cook's address and phone
    p = ctx.person((1970, 1995))
    docs.append(
        text_doc(
            F,
            2,
            ["address", "name", "phone"],
            mail(
                f"{boss} <kyushoku-somu@city.example.lg.jp>",
                f"{jinji} <jinji@city.example.lg.jp>",
                "RE: 12月任用者の情報",
                f"{ymd(TODAY - dt.timedelta(days=1))} 10:12",
                [
                    f"{jinji} 様",
                    "",
                    "12月1日付任用予定者の情報です。",
                    f"氏名 {p.name()}（{katakana(p.kana)}）",
                    f"住所 {p.address()}",
                    f"電話 {p.phone}",
                    "",
                    "よろしくお願いします。",
                    boss,
                ],
                [
                    (
                        jinji,
                        f"{ymd(TODAY - dt.timedelta(days=2))} 15:30",
                        "12月任用者の情報",
                        ["任用通知書の作成に必要ですので、氏名・住所・電話番号をお送りください。"],
                    )
                ],
            ),
        )
    )

    # L3: 検便 results, far right and down
    rows3: list[list[Cell]] = [
        ["職員番号", "氏名", "採便日", "サルモネラ", "赤痢菌", "O157", "ノロウイルス", "判定"]
    ]
    sick = r.randint(1, 8)
    for i, p in enumerate(ctx.people(r.randint(22, 28), (1960, 1995))):
        noro = "陽性" if i == sick else "陰性"
        rows3.append([f"C{2200 + i}", p.name(), ymd(TODAY - dt.timedelta(days=6)), "陰性", "陰性", "陰性", noro,
                      "要再検査・調理従事停止" if noro == "陽性" else "異常なし"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["health", "name"],
            DocSpec(
                sheets=[
                    sheet("11月第2回", far_right(rows3, 26), first_row=10),
                ]
            ),
            "a named cook's 検便 result (ノロウイルス 陽性) is health data",
        )
    )

    # L3: daily health check (xls)
    rows4: list[list[Cell]] = [["氏名", "体温", "下痢", "嘔吐", "発熱", "手指の傷", "備考"]]
    ill = r.randint(1, 6)
    for i, p in enumerate(ctx.people(r.randint(14, 18), (1960, 1995))):
        rows4.append([p.name(), f"{r.uniform(35.8, 36.8):.1f}" if i != ill else "37.9", "有" if i == ill else "無",
                      "無", "有" if i == ill else "無", "無", "受診のため欠勤・胃腸炎の診断" if i == ill else ""])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            3,
            ["health", "name"],
            DocSpec(sheets=[sheet("健康チェック", rows4, title=f"調理従事者 健康チェック表 {ymd(TODAY)}")]),
        )
    )

    # L3: 報酬 slip with 「○○さんの番号」 in the footer
    p = ctx.person((1965, 1990))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="会計年度任用職員 報酬支払明細（11月分）",
                paragraphs=[
                    f"所属 {ctx.center}",
                    f"氏名 {p.name()}",
                    f"住所 {p.address()}",
                    f"勤務時間 {r.randint(96, 130)} 時間",
                    f"報酬額 {yen(r.randint(110, 150) * 1000)} 円",
                    "源泉徴収税額は年末調整で精算します。",
                ],
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
            ),
        )
    )

    # L3: 任用手続き checklist with 番号確認済 in a text box
    p = ctx.person((1965, 1995))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="任用手続き チェックリスト",
                paragraphs=[
                    f"任用予定者 {p.name()}",
                    f"住所 {p.address()}",
                    "□ 任用通知書 交付済",
                    "□ 誓約書 受領",
                    "□ 口座振込依頼書 受領",
                    "□ 検便（採用前）結果 受領",
                    f"確認者 {boss}",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}（本人確認書類 写し）"],
            ),
        )
    )

    # L3: Teams, the reply gives a named cook's illness
    p = ctx.person((1965, 1995))
    lines = [("06:40", leader, f"{p.name()}さんから今朝休むと連絡ありました。"),
             ("06:44", boss, "理由は聞いていますか？"),
             ("06:47", leader, "昨夜から下痢と嘔吐で、今朝受診したら感染性胃腸炎と言われたそうです。検便の再検査も必要ですね。"),
             ("06:49", boss, "保健所への報告を確認します。本人には症状が治まってから48時間は出勤しないよう伝えてください。")]  # fmt: skip
    docs.append(
        text_doc(F, 3, ["health", "name"], chat("teams", TODAY - dt.timedelta(days=4), lines, "調理場 連絡"))
    )
    return docs


# --- 配送・異物混入 -------------------------------------------------------------------------------------------
def haiso(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "haiso"
    docs: list[Doc] = []
    tel = ctx.office_phone(1)
    boss, kakari = ctx.staff(), ctx.staff()
    carrier = ctx.company()
    schools = ctx.schools() + ctx.schools("中")[:3]

    # L1: delivery timetable starting in column Z, merged heads
    rows: list[list[Cell]] = [["", "1便", "", "2便", ""], ["学校名", "到着", "コンテナ", "到着", "コンテナ"]]
    for s in schools:
        rows.append(
            [s, f"11:{r.randint(0, 25):02d}", r.randint(4, 9), f"11:{r.randint(30, 55):02d}", r.randint(2, 6)]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("配送時刻", far_right(rows, 25), first_row=2)]),
            post=merge_xlsx({"配送時刻": ["AA2:AB2", "AC2:AD2"]}),
        )
    )

    # L1: a masked incident report (PDF)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="学校給食における異物混入事案について（報告）",
                paragraphs=[
                    f"発生日 {ymd(TODAY - dt.timedelta(days=12))}　発生場所 〇〇小学校 5年〇組",
                    "概要 児童（Ａさん）が配膳された八宝菜の中に長さ約1cmの金属片を発見し、担任に申し出た。喫食はしていない。",
                    "原因 調理場の野菜スライサーの刃の一部が欠損していたもの。",
                    "対応 当該献立の提供を全校で中止し、保護者あて文書を配布した。健康被害の報告はない。",
                    "再発防止策 作業前後の器具点検表に刃の欠損確認を追加し、金属探知機を導入する。",
                    f"報告者 {ctx.center} 所長 {boss}",
                ],
            ),
            "the child is anonymised (Ａさん, 〇〇小学校) and there was no injury",
        )
    )

    # L1: press release (docx)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="記者発表資料　学校給食への異物混入について",
                paragraphs=[
                    f"{ctx.city}教育委員会 {ctx.center}",
                    f"令和6年度の異物混入報告件数は {r.randint(6, 14)} 件（うち健康被害 0 件）です。",
                    "内訳 毛髪 4件、ビニール片 3件、金属片 1件、虫 2件、その他 2件",
                    f"問合せ {ctx.center} 所長 {boss}　電話 {tel}",
                ],
            ),
        )
    )

    # L1: delivery contracts with 法人番号 (UTF-8 csv)
    rows2: list[list[Cell]] = [["契約名", "受託者", "法人番号", "代表者", "所在地", "契約期間", "契約金額"]]
    for co in ctx.companies(6):
        rows2.append([r.choice(["給食配送業務委託", "食器洗浄業務委託", "配送車両賃貸借"]), co, random_corporate_number(r),
                      f"代表取締役 {ctx.staff()}", ctx.biz_address(), "2024/04/01〜2027/03/31", yen(r.randint(5, 60) * 1000000)])  # fmt: skip
    docs.append(Doc(F, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("contracts", rows2)])))

    # L1: vehicle log (ods), drivers of the contractor in role
    rows3: list[list[Cell]] = [["日付", "車両", "運転手（受託者）", "出発", "帰着", "走行km", "点検"]]
    drivers = [ctx.staff() for _ in range(4)]
    for d in range(8):
        day = TODAY - dt.timedelta(days=d)
        if day.weekday() < 5:
            for i, drv in enumerate(drivers):
                rows3.append([day, f"{i + 1}号車", drv, "10:40", "14:25", r.randint(28, 60), "異常なし"])
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("運行日誌", rows3, title=f"配送車 運行日誌（受託者 {carrier}）")]),
        )
    )

    # L1: relay log among staff (no resident)
    lines = [("11:05", f"{carrier} 配車係", "2号車、国道の工事渋滞で10分遅れます。"),
             ("11:07", kakari, f"{schools[1]}に連絡します。"),
             ("11:09", kakari, f"{schools[1]} 教頭先生了解。配膳開始を10分遅らせるとのこと。"),
             ("11:31", f"{carrier} 配車係", "2号車、到着しました。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            1,
            [],
            chat("arrow", TODAY - dt.timedelta(days=9), lines, "配送連絡"),
            "staff only, no resident named",
        )
    )

    # L2: a guardian's own letter to the mayor (no injury)
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長 様",
                    "",
                    "給食に異物が入っていた件について",
                    "",
                    f"先日、{r.choice(ctx.schools())}に通う子どもの給食のパンにビニールの切れ端が入っていたと聞きました。",
                    "幸い食べる前に気付いたそうですが、学校からの説明はプリント1枚だけで、原因も書かれていませんでした。",
                    "子どもが安心して食べられるよう、原因と対策をきちんと説明していただきたいと思います。",
                    "",
                    f"{ymd(TODAY - dt.timedelta(days=6))}",
                    f"{g.address(True)}",
                    f"{g.name()}",
                    f"連絡先 {g.phone}",
                ]
            ),
        )
    )

    # L2: reply letter with spaced digits
    g, c = ctx.household()
    ctx.urban(g)
    docs.append(
        letter_doc(
            F,
            2,
            ["address", "name"],
            [
                f">{spaced_digits(wareki(TODAY, 'spaced'))}",
                f"〒{g.zip}",
                spaced_digits(g.address()),
                f"{g.name()} 様",
                "",
                f">{ctx.city}教育委員会 {ctx.center}所長",
                "^給食への異物混入について（回答）",
                "",
                f"{spaced_digits(wareki(TODAY - dt.timedelta(days=10), 'spaced'))} にいただいたお問い合わせについて回答します。",
                "当該のビニール片は、納入された食パンの包装材の一部であることが判明しました。",
                "納入業者に対し、包装工程の改善を指示し、センターでも検収時の目視確認を強化しました。",
                f"ご心配をおかけしましたことをお詫び申し上げます。 問合せ {tel}",
            ],
        )
    )

    # L2: Slack, the reply gives a guardian's phone
    g, c = ctx.household()
    lines = [("12:41", f"{r.choice(schools)} 教頭", f"{c.grade()}の{c.name()}さんの汁物に髪の毛が入っていたと保護者から電話がありました。"),
             ("12:50", kakari, "申し訳ありません。センターから直接お詫びの連絡をしたいので、保護者の方の連絡先を教えてください。"),
             ("12:55", f"{r.choice(schools)} 教頭", f"保護者の{g.name()}さん、{g.phone}です。夕方6時以降なら出られるそうです。")]  # fmt: skip
    docs.append(
        text_doc(
            F, 2, ["name", "phone"], chat("slack", TODAY - dt.timedelta(days=7), lines, "異物混入-学校連絡")
        )
    )

    # L2: contact log, the contacts on a hidden sheet (visible sheet masked)
    rows4: list[list[Cell]] = [["No", "受付日", "学校", "内容", "対応"]]
    hidden: list[list[Cell]] = [["No", "申出者", "電話", "住所"]]
    for i in range(r.randint(5, 8)):
        g, _ = ctx.household()
        rows4.append(
            [
                i + 1,
                ymd(TODAY - dt.timedelta(days=r.randint(3, 120))),
                "〇〇小学校",
                r.choice(["毛髪", "ビニール片", "虫", "硬い異物"]),
                "電話で説明・謝罪",
            ]
        )
        hidden.append([i + 1, g.name(), g.phone, g.address()])
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("対応記録", rows4, title="異物混入 保護者対応記録"),
                    sheet("申出者", hidden, state="hidden"),
                ]
            ),
        )
    )

    # L3: an incident report in prose, the injury paragraphs later
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="事故報告書（給食）",
                paragraphs=[
                    f"児童氏名 {c.name()}（{r.choice(ctx.schools())} {c.grade()}）　保護者 {g.name()}",
                    f"発生日時 {ymd(TODAY - dt.timedelta(days=3))} 12時35分ごろ",
                    "給食の鶏肉の唐揚げを喫食中、硬い異物を噛んだと本人が担任に申し出た。",
                    "異物は長さ約8mmの骨片と見られ、現物は学校で保管している。",
                    "養護教諭が口腔内を確認したところ、出血が見られた。",
                    "保護者に連絡し、同日午後に歯科医院を受診。口腔内裂傷（右頬粘膜）と診断され、2針縫合した。",
                    "歯の損傷はなかった。治療費は日本スポーツ振興センターの災害共済給付の対象として手続きする。",
                ],
            ),
        )
    )

    # L3: Teams, the reply gives a named child's symptoms
    g, c = ctx.household()
    lines = [("15:02", f"{r.choice(schools)} 養護教諭", f"{c.grade()}の{c.name()}さん、給食後に嘔吐して早退しました。"),
             ("15:10", kakari, "同じ献立で他に体調不良の子はいますか？"),
             ("15:15", f"{r.choice(schools)} 養護教諭", f"今のところ{c.name()}さんだけです。保護者の話では夕方小児科を受診し、ウイルス性胃腸炎の疑いと言われたそうです。"),
             ("15:16", kakari, "了解しました。保存食の確認をしておきます。")]  # fmt: skip
    docs.append(
        text_doc(
            F, 3, ["health", "name"], chat("teams", TODAY - dt.timedelta(days=2), lines, "給食 健康被害連絡")
        )
    )

    # L3: a delivery accident with the driver's injury (odt)
    driver = ctx.person((1960, 1990))
    docs.append(
        Doc(
            F,
            "odt",
            3,
            ["health", "name"],
            DocSpec(
                title="配送業務中の事故について（受託者報告）",
                paragraphs=[
                    f"受託者 {carrier}",
                    f"発生日 {ymd(TODAY - dt.timedelta(days=15))} 10時55分",
                    f"運転手 {driver.name()}（{driver.age()}歳）",
                    "場所 市道 交差点（学校まで約300m）",
                    "状況 一時停止中に後方から追突された。給食コンテナに破損なし、当該便は15分遅れで配送した。",
                    "運転手は翌日、整形外科で頸椎捻挫と診断され、2週間の通院加療を要する。代替の運転手を配置した。",
                ],
            ),
            "the contractor's driver is named with his injury: health about an identifiable person",
        )
    )

    # L3: a guardian's letter with spaced digits, the child's symptoms
    g, c = ctx.household()
    ctx.urban(g)
    docs.append(
        letter_doc(
            F,
            3,
            ["address", "health", "name"],
            [
                f">{spaced_digits(wareki(TODAY - dt.timedelta(days=4), 'spaced'))}",
                f"{ctx.center} 御中",
                "",
                "^給食の異物について",
                "",
                f"{c.grade()} の {c.name()} の保護者です。給食のスープに入っていた硬いものを噛んで、歯が欠けました。",
                "その後、歯科で治療を受け、奥歯の破折と診断されました。まだ痛みがあり、通院が続いています。",
                "原因と今後の補償について、ご説明をお願いします。",
                "",
                f">住所 {spaced_digits(g.address())}",
                f">{g.name()}",
            ],
        )
    )
    return docs


# --- 食材 納入業者・地場産 生産者 ------------------------------------------------------------------------------
def nonyu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "nonyu"
    docs: list[Doc] = []
    tel = ctx.office_phone(4)
    kakari, eiyo = ctx.staff(), ctx.staff()
    companies = ctx.companies(16)

    # L1: suppliers with 法人番号, 代表者 in role
    rows: list[list[Cell]] = [["登録番号", "業者名", "法人番号", "代表者", "所在地", "電話", "取扱品目"]]
    for i, c in enumerate(companies):
        rows.append([f"N-{i + 1:03d}", c, random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.biz_address(), ctx.tel(),
                     r.choice(["青果", "精肉", "鮮魚", "パン・麺", "牛乳", "調味料", "冷凍食品", "米穀", "豆腐・練製品"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet("登録業者", rows, title="令和6年度 学校給食用物資 納入登録業者一覧", first_row=3)
                ]
            ),
        )
    )

    # L1: bid results (PDF) with 法人番号
    bids = [
        [c, random_corporate_number(r), yen(r.randint(180, 420) * 10), r.choice(["落札", "", ""])]
        for c in companies[:8]
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            ["corporate_number"],
            DocSpec(
                title="学校給食用物資（冷凍食品）見積合わせ結果",
                paragraphs=[
                    f"実施日 {ymd(TODAY - dt.timedelta(days=30))}　品目 冷凍ハンバーグ 60g（単価・税抜）",
                    f"{ctx.center} 物資係 {kakari}",
                ],
                tables=[[["業者名", "法人番号", "単価（円）", "結果"], *bids]],
            ),
        )
    )

    # L1: 伝票 processing record in cp932, 12-digit 伝票番号 failing the check digit
    log: list[list[Cell]] = [["伝票番号", "納品日", "業者", "品目", "金額", "検収"]]
    for _ in range(r.randint(18, 26)):
        log.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(TODAY - dt.timedelta(days=r.randint(1, 30))),
                    r.choice(companies), r.choice(["玉ねぎ", "にんじん", "豚肉", "牛乳", "食パン", "さば"]), yen(r.randint(3, 90) * 1000), "済"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("denpyo", log)]),
            "12-digit 伝票番号 failing the check digit; companies only",
        )
    )

    # L1: registration form 記入例 (docx)
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="学校給食用物資 納入業者登録申請書（記入例）",
                paragraphs=[
                    "商号又は名称　株式会社見本食品",
                    "代表者　代表取締役 見本 太郎",
                    f"所在地　{ctx.city}中央1丁目1番1号",
                    "法人番号　（13桁を記入）",
                    "取扱品目　冷凍食品・加工品",
                    "衛生管理　HACCPに沿った衛生管理を実施",
                ],
                footer="記入例",
            ),
        )
    )

    # L1: local produce share (ods)
    rows2: list[list[Cell]] = [["月", "使用量(kg)", "うち市内産(kg)", "市内産率"]]
    for m in (4, 5, 6, 7, 9, 10):
        a = r.randint(9000, 14000)
        b = int(a * r.uniform(0.25, 0.45))
        rows2.append([f"{m}月", a, b, f"{b / a:.1%}"])
    docs.append(
        Doc(
            F, "ods", 1, [], DocSpec(sheets=[sheet("地場産", rows2, title="地場産物 使用状況（重量ベース）")])
        )
    )

    # L1: 検収 record (xls), staff in role
    rows3: list[list[Cell]] = [["時刻", "業者", "品目", "品温(℃)", "鮮度", "包装", "検収者"]]
    for _ in range(12):
        rows3.append([f"{r.randint(7, 8)}:{r.randint(0, 59):02d}", r.choice(companies), r.choice(["豚ひき肉", "キャベツ", "牛乳", "木綿豆腐", "鶏卵"]),
                      f"{r.uniform(2, 9):.1f}", "良", "良", f"栄養教諭 {eiyo}"])  # fmt: skip
    docs.append(
        Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("検収", rows3, title=f"検収記録簿 {ymd(TODAY)}")]))
    )

    # L1: Teams with a supplier's staff in role (no resident)
    lines = [("07:20", f"{companies[0]} 営業 {ctx.staff()}", "本日のキャベツ、産地が変更になります（群馬県産→愛知県産）。"),
             ("07:24", kakari, "了解しました。産地表示を差し替えます。"),
             ("07:40", f"{companies[0]} 営業 {ctx.staff()}", "7時50分着の予定です。"),
             ("07:41", eiyo, "検収台でお待ちしています。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            1,
            [],
            chat("teams", TODAY - dt.timedelta(days=3), lines, "物資納入連絡"),
            "supplier staff in role, no resident named",
        )
    )

    # L2: a farmer's own registration (docx)
    fm = ctx.person((1950, 1985))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="地場産物 供給者登録申込書",
                paragraphs=[
                    f"{ctx.center}所長 様",
                    "",
                    "学校給食に地場産の野菜を供給したいので、下記のとおり申し込みます。",
                    f"氏名 {fm.name()}（個人）",
                    f"住所 {fm.address(True)}",
                    f"電話 {fm.phone}",
                    f"生産品目 {r.choice(['たまねぎ・じゃがいも', 'ほうれん草・小松菜', 'にんじん・大根'])}",
                    f"作付面積 {r.randint(10, 80)}a",
                ],
            ),
            "a farmer selling as an individual (no 法人) is a private person at home",
        )
    )

    # L2: farmers' contact list, 姓/名 split
    rows4: list[list[Cell]] = [["生産者ID", "姓", "名", "セイ", "メイ", "地区", "電話", "品目"]]
    for i, p in enumerate(ctx.people(r.randint(12, 18), (1945, 1985))):
        rows4.append([f"F{700 + i}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), area_label(p.area), p.phone,
                      r.choice(["米", "ねぎ", "トマト", "きゅうり", "白菜"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("生産者", rows4, first_row=5)])))

    # L2: LINE WORKS, the reply gives a farmer's phone
    fm = ctx.person((1950, 1985))
    lines = [("09:10", kakari, f"{fm.name()}さんの白菜、来週の納品数を確認したいのですが番号わかる人いますか"),
             ("09:18", eiyo, f"{fm.name()}さんの携帯は {fm.phone} です。午前中は畑なので昼過ぎがいいです。"),
             ("09:19", kakari, "ありがとうございます。")]  # fmt: skip
    docs.append(
        text_doc(F, 2, ["name", "phone"], chat("lineworks", TODAY - dt.timedelta(days=10), lines, "物資係"))
    )

    # L2: registration notice with spaced digits
    fm = ctx.person((1950, 1985))
    ctx.urban(fm)
    docs.append(
        letter_doc(
            F,
            2,
            ["address", "name"],
            [
                f">{spaced_digits(wareki(TODAY, 'spaced'))}",
                f"〒{fm.zip}",
                spaced_digits(fm.address()),
                f"{fm.name()} 様",
                "",
                f">{ctx.center}所長",
                "^地場産物供給者 登録通知書",
                "",
                "申込みのあった地場産物の供給について、下記のとおり登録しました。",
                f"登録番号 F{r.randint(700, 799)}　登録期間 令和 7 年 3 月 31 日まで",
                f"納品方法は別紙のとおりです。 問合せ 物資係 {tel}",
            ],
        )
    )

    # L3: 出荷者 roster print of more than 100, ruled
    rows5: list[list[str]] = []
    for i, p in enumerate(ctx.people(r.randint(104, 120), (1940, 1990))):
        rows5.append(
            [
                f"{40100 + i}",
                p.name(),
                katakana(p.kana),
                p.address()[:26],
                p.phone,
                r.choice(["米", "野菜", "果樹", "畜産"]),
            ]
        )
    cols = [("出荷者番号", 30), ("氏名", 95), ("カナ", 175), ("住所", 290), ("電話", 520), ("部会", 620)]
    docs.append(
        print_doc(
            F,
            3,
            ["address", "name", "phone"],
            "学校給食 地場産物 出荷者名簿（JA連携）",
            "物資管理システム",
            cols,
            rows5,
            30,
            "抽出：登録中の出荷者 全件",
            True,
        )
    )

    # L3: 報償 支払調書 with the My Numbers on a hidden sheet headed 番号
    rows6: list[list[Cell]] = [["ID", "氏名", "住所", "支払金額", "源泉徴収税額"]]
    nums: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i, p in enumerate(ctx.people(r.randint(8, 12), (1945, 1985))):
        pay = r.randint(30, 400) * 1000
        rows6.append([f"F{800 + i}", p.name(), p.address(), pay, int(pay * 0.1021)])
        nums.append([f"F{800 + i}", p.name(), random_my_number(r)])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "支払調書",
                        rows6,
                        title="令和6年分 報酬・料金等の支払調書（地場産物 講師謝礼）",
                        number_formats={3: "#,##0", 4: "#,##0"},
                    ),
                    sheet("番号", nums, state="hidden"),
                ]
            ),
        )
    )

    # L3: Outlook mail, a reply gives a named farmer's hospital stay
    fm = ctx.person((1945, 1975))
    docs.append(
        text_doc(
            F,
            3,
            ["health", "name"],
            mail(
                f"{kakari} <kyushoku-busshi@city.example.lg.jp>",
                f"{eiyo} <kyushoku@city.example.lg.jp>",
                "RE: 12月のねぎの納品",
                f"{ymd(TODAY - dt.timedelta(days=1))} 13:22",
                [
                    f"{eiyo} さん",
                    "",
                    f"{fm.name()}さんの奥さんから電話がありました。",
                    f"{fm.name()}さんは先週、脳梗塞で入院し、",
                    "しばらくリハビリが必要とのことで、12月の納品はできないそうです。",
                    "代わりの生産者を部会に相談します。",
                    kakari,
                ],
                [
                    (
                        eiyo,
                        f"{ymd(TODAY - dt.timedelta(days=2))} 09:00",
                        "12月のねぎの納品",
                        [f"{fm.name()}さんの12月分のねぎ、予定どおりで大丈夫か確認をお願いします。"],
                    )
                ],
            ),
        )
    )

    # L3: farmers with addresses and phones, more than 100 (ods)
    rows7: list[list[Cell]] = [["No", "氏名", "ふりがな", "住所", "電話", "作物"]]
    for i, p in enumerate(ctx.people(r.randint(102, 112), (1940, 1990))):
        rows7.append(
            [
                i + 1,
                p.name(),
                p.kana,
                p.address(),
                p.phone,
                r.choice(["米", "じゃがいも", "たまねぎ", "小松菜"]),
            ]
        )
    docs.append(
        Doc(
            F,
            "ods",
            3,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("出荷者", rows7, title="地場産物 出荷者連絡先一覧")]),
        )
    )
    return docs


# --- 試食会 (保護者向け 給食試食会) ------------------------------------------------------------------------------
def shishoku(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shishoku"
    docs: list[Doc] = []
    tel = ctx.office_phone(5)
    eiyo, clerk, boss = ctx.staff(), ctx.staff(), ctx.staff()
    event = dt.date(2025, 1, 23)

    # L1: the invitation (PDF)
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="親子給食試食会のご案内",
                paragraphs=[
                    f"日時 {wareki(event)}（木）10時〜12時30分",
                    f"会場 {ctx.center} 見学通路・会議室",
                    "内容 調理場見学、栄養教諭の講話、給食の試食（1食 300円）",
                    "定員 40組（応募多数の場合は抽選）",
                    "申込 市ホームページの電子申請フォーム、または電話で",
                    f"問合せ {ctx.center} {tel}",
                ],
            ),
        )
    )

    # L1: the web form log in cp932: 12-digit 受付番号 failing the check digit, no names
    log: list[list[Cell]] = [["受付番号", "受付日時", "学校", "参加人数", "状態"]]
    for _ in range(r.randint(20, 28)):
        log.append([fail_check(random_my_number(r), r.randint(1, 9)),
                    f"{ymd(TODAY - dt.timedelta(days=r.randint(1, 20)))} {r.randint(8, 22)}:{r.randint(0, 59):02d}",
                    r.choice(ctx.schools()), r.randint(1, 3), r.choice(["受付", "受付", "取消"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付ログ", log)]),
            "12-digit 受付番号 failing the check digit; no names",
        )
    )

    # L1: survey results with merges, comments masked
    rows: list[list[Cell]] = [["", "満足", "", "不満", ""], ["設問", "とても", "やや", "やや", "とても"]]
    for q in ("味付け", "量", "調理場見学", "講話", "全体"):
        rows.append([q, r.randint(10, 25), r.randint(5, 15), r.randint(0, 4), r.randint(0, 2)])
    rows += [
        [],
        ["自由記述（抜粋）"],
        ["〇〇 〇〇 様：子どもが毎日楽しみにしている理由がわかりました。"],
        ["Ｂさん：減塩の工夫を家庭でも取り入れたい。"],
    ]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("アンケート", rows, title="令和5年度 試食会アンケート集計", first_row=3)]),
            post=merge_xlsx({"アンケート": ["B3:C3", "D3:E3"]}),
        )
    )

    # L1: the application form 記入例 (odt)
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="給食試食会 参加申込書（記入例）",
                paragraphs=[
                    "保護者氏名　試食 花子",
                    "お子様　試食 はると（○○小学校 1年）",
                    "参加人数　2人（保護者1・子1）",
                    "電話番号　0000-00-0000",
                    "食物アレルギー　ある場合はその内容をご記入ください（例：卵）",
                ],
                footer="記入例",
            ),
        )
    )

    # L1: slides of the day with the 栄養教諭 in role
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="ようこそ学校給食センターへ",
                paragraphs=[
                    f"1日約 {r.randint(5, 9)},{r.randint(100, 999)} 食を調理しています",
                    "だしは昆布とかつお節から毎朝とっています",
                    "地場産物の使用率は約35%",
                    f"講話：栄養教諭 {eiyo}「成長期の食事」",
                    "試食の後にアンケートをお願いします",
                ],
            ),
        )
    )

    # L2: applicants, 姓/名 split, from row 6
    rows2: list[list[Cell]] = [["No", "姓", "名", "せい", "めい", "学校", "人数", "電話", "抽選"]]
    for i in range(r.randint(24, 30)):
        g, _ = ctx.household()
        rows2.append([i + 1, g.sei, g.mei, g.sei_kana, g.mei_kana, r.choice(ctx.schools()), r.randint(1, 3), g.phone,
                      r.choice(["当選", "当選", "落選"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("申込者", rows2, first_row=6)])))

    # L2: LINE WORKS, a reply gives an applicant's phone
    g, _ = ctx.household()
    lines = [("16:20", clerk, f"試食会の{g.name()}さん、抽選結果の通知が戻ってきました。"),
             ("16:31", boss, f"申込フォームの電話は {g.phone} になっています。電話で伝えてください。"),
             ("16:32", clerk, "わかりました。")]  # fmt: skip
    docs.append(
        text_doc(
            F,
            2,
            ["name", "phone"],
            chat("lineworks", TODAY - dt.timedelta(days=2), lines, "試食会担当"),
            fmt="txt-cp932",
        )
    )

    # L2: Outlook mail, the quoted application gives an address and phone
    g, c = ctx.household()
    docs.append(
        text_doc(
            F,
            2,
            ["address", "name", "phone"],
            mail(
                f"{clerk} <kyushoku@city.example.lg.jp>",
                f"{g.name()} 様",
                "RE: 試食会の申込み",
                f"{ymd(TODAY - dt.timedelta(days=4))} 09:05",
                [
                    f"{g.name()} 様",
                    "",
                    "お申込みありがとうございます。受付いたしました。抽選結果は12月中旬にお知らせします。",
                    "",
                    f"{ctx.center} {clerk}",
                ],
                [
                    (
                        g.name(),
                        f"{ymd(TODAY - dt.timedelta(days=5))} 21:48",
                        "試食会の申込み",
                        [
                            "試食会に申し込みたいです。",
                            f"{c.name()}（{c.grade()}）と2人で参加希望です。",
                            f"住所 {g.address()}",
                            f"電話 {g.phone}",
                        ],
                    )
                ],
            ),
        )
    )

    # L2: 参加決定通知 with spaced digits
    g, _ = ctx.household()
    ctx.urban(g)
    docs.append(
        letter_doc(
            F,
            2,
            ["address", "name"],
            [
                f">{spaced_digits(wareki(TODAY, 'spaced'))}",
                f"〒{g.zip}",
                spaced_digits(g.address()),
                f"{g.name()} 様",
                "",
                f">{ctx.center}所長",
                "^給食試食会 参加決定のお知らせ",
                "",
                "お申込みいただいた給食試食会について、抽選の結果、参加が決定しましたのでお知らせします。",
                f"日時 {spaced_digits(wareki(event, 'spaced'))} 午前 10 時",
                "持ち物 上履き、試食代 300 円",
                f"欠席の場合は {tel} までご連絡ください。",
            ],
        )
    )

    # L2: a filled application (odt)
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="給食試食会 参加申込書",
                tables=[
                    [
                        ["保護者氏名", g.name()],
                        ["住所", g.address()],
                        ["電話", g.phone],
                        ["お子様", f"{c.name()}（{r.choice(ctx.schools())} {c.grade()}）"],
                        ["参加人数", "2人"],
                        ["食物アレルギー", "なし"],
                    ]
                ],
            ),
            "食物アレルギー なし states no condition",
        )
    )

    # L3: more than 100 applicants in cp932
    rows3: list[list[Cell]] = [["受付No", "保護者氏名", "住所", "電話番号", "学校", "人数"]]
    for i in range(r.randint(104, 118)):
        g, _ = ctx.household()
        rows3.append([i + 1, g.name(), g.address(), g.phone, r.choice(ctx.schools()), r.randint(1, 3)])
    docs.append(
        Doc(F, "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("applicants", rows3)]))
    )

    # L3: an application whose allergy is in a text box
    g, c = ctx.household()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["health", "name", "phone"],
            DocSpec(
                title="給食試食会 参加申込書",
                paragraphs=[
                    f"保護者氏名 {g.name()}",
                    f"お子様 {c.name()}（{c.grade()}）",
                    f"電話 {g.phone}",
                    "参加人数 2人",
                ],
                textboxes=[
                    f"{c.mei}は卵と乳のアレルギーがあり、エピペンを持っています。試食は除去食でお願いします。"
                ],
            ),
        )
    )

    # L3: relay log, a reply gives an applicant's arrears
    g, c = ctx.household()
    lines = [("10:12", clerk, f"試食会の当選者に{g.name()}さんがいます。試食代の現金徴収で大丈夫ですか？"),
             ("10:20", boss, f"{g.name()}さんは給食費が7月から滞納になっていて、督促中です。当日、納付相談の案内も渡してください。"),
             ("10:21", clerk, "承知しました。")]  # fmt: skip
    docs.append(
        text_doc(F, 3, ["arrears", "name"], chat("arrow", TODAY - dt.timedelta(days=1), lines, "試食会 受付"))
    )

    # L3: applicants over several years, a dashed print of more than 100
    rows4: list[list[str]] = []
    for i in range(r.randint(108, 124)):
        g, c = ctx.household()
        rows4.append(
            [
                f"{2400 + i}",
                g.name(),
                katakana(g.kana),
                g.address()[:26],
                g.phone,
                c.name(),
                f"R{r.randint(4, 6)}",
            ]
        )
    cols = [
        ("申込ID", 30),
        ("保護者氏名", 85),
        ("カナ", 165),
        ("住所", 265),
        ("電話", 490),
        ("児童", 585),
        ("年度", 670),
    ]
    docs.append(
        print_doc(
            F,
            3,
            ["address", "name", "phone"],
            "給食試食会 申込者一覧（令和4〜6年度）",
            "電子申請システム 帳票出力",
            cols,
            rows4,
            29,
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [kyushokuhi, shugaku, allergy, chorin, haiso, nonyu, shishoku]


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
    return cli(argv, "python -m corpus.redteam.set52", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
