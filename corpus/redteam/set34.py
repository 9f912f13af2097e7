"""Thirty-fourth red-team set (blind): a town's 防災・危機管理 after a flood.

``python -m corpus.redteam.set34 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One town (a 町 of a 郡, with its river and its bank) is drawn per build, after the 令和6年7月 flood.
Families follow the desk a document comes from: 避難行動要支援者名簿 and 個別避難計画 (``yoshien``), shelters with
their 受付名簿 and 避難者カード (``hinanjo``), 罹災証明 applications and damage surveys (``risai``), the
被災者生活再建支援金 with bank accounts and incomes (``shienkin``), the 災害ボランティアセンター (``volunteer``), the
消防団 with its member roll and call-outs (``shobodan``) and 安否確認 by chat, mail and letter (``anpi``); each with
its public look-alikes (open data of shelters with lat/long and phones, hazard and drill notices, damage
figures, 記入例, 消防団 幹部 and 自治会長 named in their role, press releases, masked case studies).

The truth is the default policy's text only: 3 for a My Number, health (including pregnancy, allergies, care
needs and injuries) or arrears about a named private person, or records of more than 100 persons; 2 for a
private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect
reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a
one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import (
    kanji_number,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import cell_text

SEED = 3434
VARIANT = "redteam34"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, 郡, town, area code, zip prefix, river, bank, areas); an area ending in "*" takes 番地 lots,
# the others 丁目 lots
TOWNS: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    ("宮城県", "伊具郡", "丸森町", "0224", "981", "阿武隈川", "七十七銀行",
     ["字町西*", "字鳥屋*", "大字舘矢間舘山*", "大字金山*", "大字大内*", "桜ケ丘", "不動"]),
    ("広島県", "安芸郡", "坂町", "082", "731", "総頭川", "広島銀行",
     ["小屋浦", "平成ヶ浜", "坂東", "北新地", "大字植田*", "横浜西", "大字森山*"]),
    ("佐賀県", "杵島郡", "大町町", "0952", "849", "六角川", "佐賀銀行",
     ["大字大町*", "大字福母*", "旭ケ丘", "大字大町宮ノ元*", "栄町", "大字福母下潟*"]),
    ("熊本県", "葦北郡", "芦北町", "0966", "869", "佐敷川", "肥後銀行",
     ["大字佐敷*", "大字芦北*", "大字田浦町*", "花岡*", "湯浦*", "佐敷中央", "白岩*"]),
    ("長野県", "上高井郡", "小布施町", "026", "381", "千曲川", "八十二銀行",
     ["大字小布施*", "大字飯田*", "大字都住*", "大字雁田*", "中央", "大字山王島*", "東町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("十八女", "さかり"), ("月見里", "やまなし"), ("九十九", "つくも"), ("八月一日", "ほずみ"),
    ("栗花落", "つゆり"), ("御手洗", "みたらい"), ("東風谷", "こちや"), ("鰐部", "わにべ"),
    ("道祖土", "さいど"), ("雲母", "きら"), ("帷子", "かたびら"), ("漆間", "うるしま"),
    ("源五郎丸", "げんごろうまる"), ("京極", "きょうごく"), ("蕨", "わらび"), ("舎利弗", "とどろき"),
    ("佐藤", "さとう"), ("斎藤", "さいとう"), ("阿部", "あべ"), ("遠藤", "えんどう"), ("菊地", "きくち"),
    ("千葉", "ちば"), ("熊谷", "くまがい"), ("大友", "おおとも"), ("武田", "たけだ"), ("新田", "にった"),
    ("岡本", "おかもと"), ("森", "もり"), ("原田", "はらだ"), ("平野", "ひらの"), ("西村", "にしむら"),
    ("野口", "のぐち"), ("荒木", "あらき"), ("太田", "おおた"), ("宮崎", "みやざき"), ("内田", "うちだ"),
    ("杉山", "すぎやま"), ("横山", "よこやま"), ("大塚", "おおつか"), ("安藤", "あんどう"), ("桜井", "さくらい"),
    ("星野", "ほしの"), ("藤井", "ふじい"), ("松田", "まつだ"), ("小島", "こじま"), ("宮本", "みやもと"),
    ("福田", "ふくだ"), ("秋山", "あきやま"), ("浅野", "あさの"), ("永井", "ながい"), ("今井", "いまい"),
    ("久保", "くぼ"), ("末永", "すえなが"), ("坂本", "さかもと"), ("江口", "えぐち"), ("古賀", "こが"),
    ("川口", "かわぐち"), ("中島", "なかしま"), ("山口", "やまぐち"), ("吉川", "よしかわ"), ("増田", "ますだ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("與一", "よいち"), ("権兵衛", "ごんべえ"), ("丈一郎", "じょういちろう"), ("颯真", "そうま"), ("湊斗", "みなと"),
    ("勇", "いさむ"), ("茂", "しげる"), ("幸雄", "ゆきお"), ("秀樹", "ひでき"), ("和夫", "かずお"),
    ("浩二", "こうじ"), ("拓海", "たくみ"), ("大輔", "だいすけ"), ("直樹", "なおき"), ("良平", "りょうへい"),
    ("源蔵", "げんぞう"), ("虎太郎", "こたろう"), ("登", "のぼる"), ("義男", "よしお"), ("敏行", "としゆき"),
    ("康弘", "やすひろ"), ("英二", "えいじ"), ("光太郎", "こうたろう"), ("悟", "さとる"), ("伸也", "しんや"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("トメ", "とめ"), ("ミツ", "みつ"), ("千鶴", "ちづる"), ("凛", "りん"), ("陽葵", "ひまり"),
    ("紬", "つむぎ"), ("和子", "かずこ"), ("洋子", "ようこ"), ("幸子", "さちこ"), ("節子", "せつこ"),
    ("久美子", "くみこ"), ("由美", "ゆみ"), ("真理子", "まりこ"), ("明美", "あけみ"), ("彩花", "あやか"),
    ("美咲", "みさき"), ("沙織", "さおり"), ("智子", "ともこ"), ("澄江", "すみえ"), ("律子", "りつこ"),
    ("ヨシノ", "よしの"), ("瑠璃", "るり"), ("早苗", "さなえ"), ("静香", "しずか"), ("郁代", "いくよ"),
]  # fmt: skip
BUILDINGS = ["コーポ川端", "メゾン桜台", "町営住宅", "ハイツ旭", "サンハイム駅前", "グリーンヒル"]
COMPANIES = [
    ("株式会社", "阿武隈建設"), ("有限会社", "清水重機"), ("株式会社", "みどり測量設計"), ("株式会社", "丸栄リース"),
    ("合同会社", "ひまわり介護サービス"), ("株式会社", "千曲電設"), ("有限会社", "やまびこ運輸"),
    ("株式会社", "サンライズ警備保障"), ("株式会社", "東和ビルメンテナンス"), ("一般社団法人", "災害復旧支援ネット"),
    ("株式会社", "あおば損害調査"), ("有限会社", "大河内産業"), ("株式会社", "ミナモ設備工業"),
    ("株式会社", "はやせ解体"), ("有限会社", "川辺造園"), ("株式会社", "北斗環境サービス"),
]  # fmt: skip
SHELTER_KINDS = [
    "小学校 体育館",
    "地区公民館",
    "中学校 体育館",
    "老人福祉センター",
    "コミュニティセンター",
    "集会所",
]
SAMPLE_NAMES = ["防災 太郎", "避難 花子", "罹災 一郎", "再建 次郎", "記入 例子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
FLOOD = dt.date(2024, 7, 10)
TODAY = dt.date(2024, 9, 12)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
DAMAGE = ["全壊", "大規模半壊", "中規模半壊", "半壊", "準半壊", "一部損壊"]
NEEDS = ["要介護3", "要介護4", "要介護5", "身体障害者手帳1級", "身体障害者手帳2級", "療育手帳A", "精神保健福祉手帳1級",
         "難病(ALS)", "人工透析", "在宅酸素療法", "視覚障害2級", "聴覚障害2級", "認知症(要介護3)"]  # fmt: skip


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
    """The 地区 name an area is known by: 大字舘矢間舘山* → 舘矢間舘山."""
    a = area.rstrip("*")
    for prefix in ("大字", "字"):
        if a.startswith(prefix):
            return a[len(prefix) :]
    return a


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    town: str
    area: str
    lot: str
    phone: str
    zip: str
    head: str = ""  # 郡 and prefecture, for addresses written in full

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.head if with_pref else "") + self.town + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))

    @property
    def district(self) -> str:
        return area_label(self.area)


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    gun: str
    town: str
    ac: str
    zip3: str
    river: str
    bank: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def full(self) -> str:
        return f"{self.pref}{self.gun}{self.town}"

    @property
    def yakuba(self) -> str:
        return f"{self.town}役場"

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the town: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(72 + n if len(self.ac) == 4 else 820 + n, 2111 + 17 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 3200)}番地"
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

    def person(self, born: tuple[int, int] = (1935, 2003), sex: str = "") -> Person:
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
        return Person(sei, mei, sk, mk, sex, birth, self.town, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref + self.gun)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1935, 2003)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A town officer (not drawn from the residents: officers may share a resident's name)."""
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
        return self.town + area.rstrip("*") + self.lot(area).split(" ")[0]

    def shelters(self, n: int) -> list[str]:
        out: list[str] = []
        for i in range(n):
            d = self.districts[i % len(self.districts)]
            out.append(f"{d}{SHELTER_KINDS[i % len(SHELTER_KINDS)]}".replace(" ", ""))
        return out

    def lat_long(self) -> tuple[str, str]:
        base = {"丸森町": (37.91, 140.76), "坂町": (34.33, 132.50), "大町町": (33.21, 130.11),
                "芦北町": (32.30, 130.50), "小布施町": (36.69, 138.31)}[self.town]  # fmt: skip
        return (
            f"{base[0] + self.rng.uniform(-0.03, 0.03):.6f}",
            f"{base[1] + self.rng.uniform(-0.03, 0.03):.6f}",
        )


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
            c.drawRightString(w - 30, h - 22, f"作成日 {ymd(TODAY)}  担当 BS{n % 4 + 1:02d}")
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
                c.drawString(30, y - 10, "=" * 150)
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
        out.append(f"保存日時：{ymd(day)} 18:02")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 無線・電話 転記）")
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


def receipt(ctx: Ctx, prefix: str, n: int) -> str:
    return f"{prefix}R6-{n:04d}"


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{katakana(p.kana)}）"


# --- 避難行動要支援者名簿・個別避難計画 (保健福祉課) --------------------------------------------------------
def yoshien(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "yoshien", []
    dept = "保健福祉課"
    # level 1 -------------------------------------------------------------------------------------
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="避難行動要支援者名簿への登録のご案内",
                paragraphs=[
                    f"{ctx.town}では、災害が起きたときに自力での避難が難しい方を「避難行動要支援者名簿」に登録し、"
                    "本人の同意を得て、自治会・民生委員・消防団などの避難支援等関係者にお渡ししています。",
                    "対象となる方：要介護3以上の方、身体障害者手帳1・2級の方、療育手帳Aの方、精神保健福祉手帳1級の方、"
                    "難病の方、その他支援が必要と町長が認める方",
                    "名簿に載る情報：氏名、生年月日、性別、住所、電話番号、避難支援等を必要とする事由",
                    "名簿情報は厳重に管理し、避難支援以外の目的には使いません。",
                    f"お問い合わせ：{ctx.yakuba} {dept} 福祉係 電話 {ctx.office_phone(1)}",
                ],
            ),
        )
    )
    rows: list[list[Cell]] = [
        ["地区", "名簿登録者", "うち同意者", "計画作成済", "作成率(%)", "未作成の主な理由"]
    ]
    for d in ctx.districts:
        n = r.randint(40, 160)
        agree = r.randint(n // 2, n)
        made = r.randint(agree // 3, agree)
        rows.append([d, n, agree, made, round(100 * made / agree, 1),
                     r.choice(["支援者不在", "本人調整中", "施設入所予定", "—"])])  # fmt: skip
    n_rows = len(rows)
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("作成状況", rows, title=f"個別避難計画 作成状況（{ymd(TODAY)}現在）", first_row=4),
                ]
            ),
            post=merge_xlsx({"作成状況": [f"A{n_rows + 5}:C{n_rows + 5}"]}),
        )
    )
    s = SAMPLE_NAMES[0]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="個別避難計画（記入例）",
                paragraphs=[
                    "※この様式は記入例です。実在の人物ではありません。",
                    f"氏名：{s}（ボウサイ タロウ）　生年月日：昭和15年4月1日",
                    f"住所：{ctx.town}○○ 123番地　電話：○○○-○○○○-○○○○",
                    "避難先：○○地区公民館　避難支援者：隣家の○○さん（電話 ○○○-○○○○）",
                    "避難時に配慮すること：歩行器を使用。停電時は…（例）",
                ],
                tables=[
                    [
                        ["項目", "記入のポイント"],
                        ["避難のタイミング", "高齢者等避難の発令で避難を開始"],
                        ["持ち出す物", "お薬手帳、常備薬、眼鏡、補聴器"],
                    ]
                ],
            ),
            note="記入例: the person is a sample",
        )
    )
    roster = [["自治会名", "会長", "集会所", "集会所 電話", "名簿提供"]]
    for d in ctx.districts:
        roster.append([f"{d}自治会", ctx.staff(), f"{d}集会所", ctx.tel(), "済"])
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="令和6年度 避難支援等関係者（自治会）一覧",
                paragraphs=[
                    f"{ctx.town}地域防災計画に基づき名簿情報を提供する自治会の会長を公表します。",
                    "会長への連絡は各集会所の電話をご利用ください。",
                ],
                tables=[roster],
            ),
            note="自治会長 named in role in a published roster with the 集会所 phones",
        )
    )
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="避難支援等関係者研修会 事例検討",
                paragraphs=[
                    "事例：Ａさん（80代・女性・一人暮らし）",
                    "日中は家族が不在、夜間の避難に課題",
                    "支援者：近所のＢさん、民生委員",
                    "令和6年7月10日 高齢者等避難の発令時に声かけ",
                    "課題：支援者が避難所にいて連絡がつかなかった",
                    "改善：複数の支援者を決めておく",
                ],
                notes=["Ａさん・Ｂさんは匿名化した架空の事例です。"],
            ),
            note="anonymised Ａさん case study",
        )
    )
    prov: list[list[Cell]] = [["提供先", "区分", "提供件数", "協定締結日", "保管方法"]]
    for org in ["各自治会", "民生委員児童委員協議会", f"{ctx.town}社会福祉協議会", f"{ctx.town}消防団",
                f"{ctx.gun}警察署", "広域消防本部"]:  # fmt: skip
        start = dt.date(r.randint(2016, 2023), r.randint(1, 12), r.randint(1, 28))
        prov.append([org, r.choice(["平常時", "災害時のみ"]), r.randint(30, 800), ymd(start), "施錠保管"])
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("提供先", prov)])))

    # level 2 -------------------------------------------------------------------------------------
    sup = ctx.person((1950, 1990))
    target = ctx.staff()
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="避難支援者 登録届",
                paragraphs=[f"{ctx.town}長 様", "私は、次のとおり避難支援者として登録します。"],
                tables=[
                    [
                        ["フリガナ", katakana(sup.kana)],
                        ["氏名", sup.name()],
                        ["生年月日", wareki(sup.birth)],
                        ["住所", sup.address()],
                        ["電話番号", sup.phone],
                        ["支援する方との関係", r.choice(["隣人", "同じ班", "知人"])],
                    ]
                ],
                footer=f"受付 {dept} {target.split()[0]}",
            ),
        )
    )
    p = ctx.person((1935, 1950))
    ctx.urban(p)
    visit = TODAY + dt.timedelta(days=r.randint(7, 20))
    lines = ["^個別避難計画作成のための訪問について", f">{wareki(TODAY, 'spaced')}", "",
             spaced_digits(f"〒{p.zip}"), spaced_digits(p.address()), f"{p.name()} 様", "",
             f">{ctx.town}長", f">（{dept} 福祉係）", "",
             "日頃より町政にご協力いただきありがとうございます。",
             "先の豪雨災害を踏まえ、避難の方法をご一緒に確認するため、次のとおり訪問いたします。",
             f"訪問日：{wareki(visit, 'spaced')} 午前 10 時ごろ",
             "訪問者：町職員 及び 担当のケアマネジャー",
             "ご都合が悪い場合は下記までご連絡ください。",
             f"連絡先：{dept} 電話 {ctx.office_phone(1)}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="訪問のお知らせ"), post=letter_pdf(lines))
    )
    q = ctx.person((1940, 1985))
    q.phone = ctx.phone(1.0)
    a, b = ctx.staff(), ctx.staff()
    talk = [("09:12", a, f"{q.district}の支援者、{q.name()}さんにお願いできそうです"),
            ("09:14", b, "連絡先わかりますか？計画に書きたいので"),
            ("09:15", a, f"携帯 {q.phone} です。日中は仕事で夕方以降がいいそうです"),
            ("09:16", b, "了解です、夕方かけてみます"),
            ("09:20", a, "よろしくお願いします")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=3), talk, "福祉係 個別避難計画")),
        )
    )
    helpers = ctx.people(12, (1950, 1995))
    d = r.choice(ctx.districts)
    rows = [["No", "氏名", "ふりがな", "住所", "電話", "支援対象（番号）"]]
    rows += [[i, h.name(), h.kana, h.address(), h.phone, f"{d}-{r.randint(1, 40):02d}"]
             for i, h in enumerate(helpers, 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("支援者", rows, title=f"{d}自治会 避難支援者一覧"),
                    sheet("メモ", [["更新", ymd(TODAY)]]),
                ]
            ),
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    regs = ctx.people(r.randint(118, 136), (1928, 1975))
    cols = [("台帳番号", 30), ("氏名", 90), ("カナ", 170), ("生年月日", 270), ("住所", 335), ("電話", 510),
            ("要件", 590), ("同意", 720)]  # fmt: skip
    prow = [[f"{r.randint(10000, 99999)}", x.name("　"), katakana(x.kana), wareki(x.birth, "short"),
             x.address(), x.phone, r.choice(NEEDS), r.choice(["有", "有", "無"])] for x in regs]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "birth_date", "phone", "health"],
                    DocSpec(title="避難行動要支援者名簿"),
                    post=system_print("避難行動要支援者名簿（全件）", f"{ctx.town} 福祉総合システム  FKS-R210",
                                      cols, prow, 30, f"抽出条件：全地区　基準日 {ymd(TODAY)}")))  # fmt: skip
    p = ctx.person((1938, 1955))
    helper = ctx.person((1955, 1990))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "phone", "birth_date", "health"],
            DocSpec(
                title="個別避難計画",
                paragraphs=[f"作成日 {wareki(TODAY)}　作成者 {dept} {ctx.staff()}"],
                tables=[
                    [
                        ["氏名", _pp(p)],
                        ["生年月日", wareki(p.birth, "abbr")],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["避難先", f"{p.district}{SHELTER_KINDS[1]}"],
                        ["避難支援者", f"{helper.name()}（{helper.phone}）"],
                    ]
                ],
                textboxes=[
                    f"配慮事項：{r.choice(['在宅酸素療法 2L/分（停電時は予備ボンベ）', '人工透析 週3回（火・木・土）', 'ALS 人工呼吸器使用'])}。"
                    "避難は車椅子、支援者2名で。"
                ],
            ),
        )
    )
    p = ctx.person((1932, 1950))
    w1 = ctx.staff()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="訪問記録（個別避難計画）",
                paragraphs=[
                    f"{wareki(TODAY - dt.timedelta(days=9))}、{p.address()}の{p.name()}さん宅を訪問した（{dept} {w1}）。",
                    "玄関先に浸水の跡があり、床下の乾燥がまだ終わっていない。家財の一部は2階に移してあった。",
                    "7月の豪雨の際は、近所の方が車で地区の集会所まで送ってくれたとのこと。",
                    "避難先は集会所を希望。地区公民館は遠く、坂道が負担になる。",
                    "本人の話では、昨年から物忘れが進み、主治医から中等度の認知症と言われている。夜間の一人での避難は困難。",
                    "長女は県外在住で、連絡は週1回程度。次回は長女同席で計画案を確認する。",
                ],
            ),
        )
    )
    payee = ctx.person((1950, 1985))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="避難支援者 謝礼支払 確認票",
                paragraphs=[
                    f"支払先：{payee.name()} 様",
                    f"住所：{payee.address()}",
                    f"支払額：{yen(r.choice([3000, 5000]))}円（令和6年7月豪雨時の避難支援）",
                    "本人確認：運転免許証",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}（{ctx.staff().split()[0]}）"],
            ),
            note="My Number only in a text box labelled 番号確認済",
        )
    )
    folk = ctx.people(34, (1930, 1970))
    vis: list[list[Cell]] = [["ID", "姓", "名", "セイ", "メイ", "地区", "住所"]]
    vis += [[f"Y{i:04d}", x.sei, x.mei, katakana(x.sei_kana), katakana(x.mei_kana), x.district, x.address()]
            for i, x in enumerate(folk, 1)]  # fmt: skip
    hid: list[list[Cell]] = [["ID", "主な病名・障害", "服薬", "医療機関"]]
    hid += [[f"Y{i:04d}", r.choice(["糖尿病", "心不全", "脳梗塞後遺症", "パーキンソン病", "統合失調症", "慢性腎不全"]),
             r.choice(["有", "無"]), f"{r.choice(ctx.districts)}クリニック"] for i in range(1, len(folk) + 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet("台帳", vis, title="要支援者台帳（同意者）"),
                    sheet("配慮", hid, state="hidden"),
                ]
            ),
            note="the diagnoses are on a hidden sheet joined by ID",
        )
    )
    return docs


# --- 避難所 (総務課 危機管理室・避難所運営) ------------------------------------------------------------------
def hinanjo(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "hinanjo", []
    shelters = ctx.shelters(12)
    # level 1 -------------------------------------------------------------------------------------
    rows: list[list[Cell]] = [["NO", "名称", "名称_カナ", "住所", "緯度", "経度", "電話番号", "想定収容人数",
                               "洪水", "土砂災害", "地震", "備考"]]  # fmt: skip
    for i, s in enumerate(shelters, 1):
        lat, lon = ctx.lat_long()
        rows.append([i, s, "", ctx.biz_address(), lat, lon, ctx.tel(), r.randint(40, 600), r.choice(["○", "×"]),
                     r.choice(["○", "×"]), "○", r.choice(["", "福祉避難所", "ペット同行可"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("shelter", rows)]),
            note="open data of facilities: lat/long and facility phones",
        )
    )
    counts = {s: r.randint(0, 90) for s in shelters[:8]}
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"避難所の開設状況について（第{r.randint(4, 9)}報）",
                paragraphs=[
                    f"{wareki(FLOOD)} 18時00分現在　{ctx.town}災害対策本部",
                    f"{ctx.river}の水位上昇に伴い、次の避難所を開設しています。",
                    f"避難者数 合計 {sum(counts.values())}人（前回比 +{r.randint(3, 40)}人）",
                    "報道機関の皆様へ：避難所内での取材はご遠慮ください。",
                    f"問合せ 総務課危機管理室 {ctx.office_phone(0)}",
                ],
                tables=[
                    [["避難所", "開設時刻", "避難者数"]]
                    + [
                        [s, f"{r.randint(13, 17)}:{r.choice(['00', '30'])}", str(n)]
                        for s, n in counts.items()
                    ]
                ],
            ),
        )
    )
    days = [FLOOD + dt.timedelta(days=i) for i in range(14)]
    trend: list[list[Cell]] = [["日付", *shelters[:6], "計"]]
    for day in days:
        vals = [r.randint(0, 80) for _ in range(6)]
        trend.append([day, *vals, sum(vals)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("推移", trend, title="避難者数の推移（各日20時）", first_row=5)]),
            post=merge_xlsx({"推移": ["A2:D2", f"A{len(trend) + 6}:H{len(trend) + 6}"]}),
        )
    )
    s = SAMPLE_NAMES[1]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="避難者カード（記入例）",
                paragraphs=["記入例：実在の方ではありません。太枠の中をご記入ください。"],
                tables=[
                    [
                        ["世帯主氏名", s, "電話", "090-XXXX-XXXX"],
                        ["住所", f"{ctx.town}○○ 1丁目2番3号", "人数", "3人"],
                        [
                            "家族",
                            "避難 太郎（夫）、避難 ゆい（長女）",
                            "配慮が必要なこと",
                            "（例）アレルギー、服薬など",
                        ],
                    ]
                ],
            ),
            note="記入例 with sample names and a masked phone",
        )
    )
    chief = ctx.staff()
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="避難所運営訓練 振り返り",
                paragraphs=[
                    f"会場：{shelters[0]}",
                    f"避難所運営委員会 委員長 {chief}（{ctx.districts[0]}自治会長）",
                    "受付：避難者カードの配布と回収に15分",
                    "要配慮者スペースの設営",
                    "段ボールベッド 20台組立",
                    "課題：受付の混雑、名簿の二重記入",
                ],
                notes=[f"講評：{ctx.town}総務課危機管理室長 {ctx.staff()}"],
            ),
            note="the committee chair is named in role",
        )
    )
    water: list[list[Cell]] = [["施設名", "水栓番号(お客様番号)", "口径", "使用水量(m3)", "料金(円)"]]
    for s in shelters:
        water.append([s, fail_check(random_my_number(r), r.randint(1, 9)), r.choice(["20", "25", "40"]),
                      r.randint(10, 300), yen(r.randint(2000, 60000))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(
                title=f"避難所施設 水道使用量（{FLOOD.month}月分）",
                tables=[[[cell_text(v) for v in row] for row in water]],
            ),
            note="12-digit 水栓番号 of facilities, all failing the check digit",
        )
    )

    # level 2 -------------------------------------------------------------------------------------
    head = ctx.person((1950, 1985))
    spouse = ctx.person((1950, 1985))
    spouse.sei, spouse.sei_kana = head.sei, head.sei_kana
    kid = ctx.person((2008, 2018))
    kid.sei, kid.sei_kana = head.sei, head.sei_kana
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="避難者カード",
                paragraphs=[
                    f"避難所名：{r.choice(shelters)}　受付 {FLOOD.month}/{FLOOD.day} {r.randint(14, 21)}:{r.randint(10, 59)}"
                ],
                tables=[
                    [
                        ["", "氏名", "ふりがな", "生年月日", "続柄"],
                        ["1", head.name(), head.kana, ymd(head.birth), "世帯主"],
                        ["2", spouse.name(), spouse.kana, ymd(spouse.birth), r.choice(["妻", "夫"])],
                        ["3", kid.name(), kid.kana, ymd(kid.birth), "子"],
                    ],
                    [
                        ["住所", head.address()],
                        ["電話", head.phone],
                        ["自宅の状況", "床上浸水"],
                        ["ペット", "犬1匹"],
                    ],
                ],
            ),
        )
    )
    folk = ctx.people(r.randint(24, 32))
    rows = [["受付No", "姓", "名", "ふりがな", "地区", "電話", "入所", "退所"]]
    for i, x in enumerate(folk, 1):
        t_in = dt.datetime(2024, 7, 10, r.randint(13, 22), r.choice([0, 15, 30, 45]))
        rows.append([i, x.sei, x.mei, x.kana, x.district, x.phone, t_in,
                     t_in + dt.timedelta(hours=r.randint(10, 70)) if r.random() < 0.7 else None])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("受付", rows, title=f"{shelters[2]} 避難者受付名簿", first_row=6)]),
            post=merge_xlsx({"受付": ["A4:C4"]}),
        )
    )
    q = ctx.person()
    q.phone = ctx.phone(1.0)
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    talk = [("21:02", a, f"{q.name()}さんの家族から問合せ。{shelters[1]}に来ていないか"),
            ("21:05", b, "受付簿にはないです"),
            ("21:06", c, f"うちに来てます。本人の携帯 {q.phone}、充電切れかけとのこと"),
            ("21:07", a, "家族に伝えます。ありがとう")]  # fmt: skip
    docs.append(
        Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", FLOOD, talk, "避難所班")))
    )
    folk = ctx.people(r.randint(26, 40))
    recv: list[list[Cell]] = [["日付", "氏名", "地区・番地", "電話", "品目", "受領印"]]
    recv += [[ymd(FLOOD + dt.timedelta(days=r.randint(1, 6))), x.name(), x.address(), x.phone,
              r.choice(["毛布", "飲料水", "非常食", "タオル", "衛生用品"]), "済"] for x in folk]  # fmt: skip
    docs.append(Doc(fam, "ods", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("受領簿", recv)])))
    p = ctx.person()
    ctx.urban(p)
    lines = ["^避難所の閉鎖及び退所手続きについて", f">{wareki(TODAY - dt.timedelta(days=20), 'spaced')}", "",
             f"{p.name()} 様", spaced_digits(f"避難元住所：{p.address()}"), "",
             f">{ctx.town}災害対策本部", "",
             f"{shelters[1]}は {wareki(TODAY - dt.timedelta(days=14), 'spaced')} をもって閉鎖します。",
             "退所の際は受付で避難者カードの返却と退所日時の記入をお願いします。",
             "応急修理制度や仮設住宅のご案内は、役場１階の相談窓口で承ります。",
             f"問合せ 総務課危機管理室 {ctx.office_phone(0)}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="閉鎖のお知らせ"), post=letter_pdf(lines))
    )

    # level 3 -------------------------------------------------------------------------------------
    folk = ctx.people(r.randint(122, 140), (1930, 2020))
    cols = [("受付番号", 30), ("氏名", 85), ("年齢", 165), ("住所", 200), ("電話", 390), ("避難所", 470),
            ("入所日時", 600), ("状況", 700)]  # fmt: skip
    prow = [[f"{i:05d}", x.name("　"), str(x.age()), x.address(), x.phone, r.choice(shelters),
             f"07/{r.randint(10, 12):02d} {r.randint(10, 23):02d}:{r.randint(0, 59):02d}",
             r.choice(["在所", "退所", "在所", "親族宅へ"])] for i, x in enumerate(folk, 1)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "phone"], DocSpec(title="避難者名簿"),
                    post=system_print("避難者受付名簿（全避難所）", f"{ctx.town} 避難所管理システム", cols, prow,
                                      32, "出力条件：全避難所・全状態", ruled=True)))  # fmt: skip
    folk = ctx.people(r.randint(30, 44), (1935, 2020))
    care: list[list[Cell]] = [["受付No", "氏名", "年齢", "避難所", "配慮事項", "対応"]]
    for i, x in enumerate(folk, 1):
        care.append([i, x.name(), x.age(), r.choice(shelters),
                     r.choice(["卵アレルギー", "そばアレルギー（アナフィラキシー歴）", f"妊娠{r.randint(20, 36)}週",
                               "高血圧 服薬中", "インスリン使用", "人工肛門", "透析 週3回", "特になし"]),
                     r.choice(["保健師確認", "個室", "別食", ""])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(sheets=[sheet("要配慮", far_right(care, 28), title="避難者 配慮事項 集約", first_row=3)]),
            note="allergies, pregnancy and medication of named evacuees count as health",
        )
    )
    q = ctx.person()
    nurse, a = ctx.staff(), ctx.staff()
    talk = [("07:40", a, f"{q.name()}さん（{q.age()}歳）朝食とれていません"),
            ("07:42", nurse, "あの方、糖尿病でインスリンですよね。自宅に置いてきたと昨夜言ってました"),
            ("07:43", a, "かかりつけに連絡しますか"),
            ("07:45", nurse, "保健センターから薬剤師さんに相談します。血糖測っておいてください")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("slack", FLOOD + dt.timedelta(days=2), talk, f"{shelters[0]}-救護")),
        )
    )
    p = ctx.person((1988, 2002), "女")
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="避難所巡回記録（保健師）",
                paragraphs=[
                    f"{wareki(FLOOD + dt.timedelta(days=3))}　{shelters[0]}　記録者 保健師 {ctx.staff()}",
                    f"{p.name()}さん（{p.address()}）、夫と二人で避難中。",
                    "避難所内は段ボールベッドを使用。夜間は体育館の照明と物音で眠れないことがある。",
                    "食事は弁当中心で塩分が多い。水分は意識してとっている。",
                    "前回の健診で血圧が高めと指摘されていた。本日の測定では150/98。",
                    "妊娠30週。産科で妊娠高血圧症候群と診断されており、福祉避難所（個室）への移動を調整する。",
                ],
            ),
            note="a pregnancy complication (妊娠高血圧症候群) is health; the person is named once, early",
        )
    )
    return docs


# --- 罹災証明 (税務課 資産税係・被害認定調査) ----------------------------------------------------------------
def risai(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "risai", []
    dept = "税務課"
    # level 1 -------------------------------------------------------------------------------------
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="罹災証明書の申請について",
                paragraphs=[
                    f"{wareki(FLOOD)}の大雨により住家に被害を受けた方は、罹災証明書を申請してください。",
                    "申請できる方：被災した住家の世帯主（代理人の場合は委任状が必要）",
                    "必要なもの：申請書、被害状況のわかる写真、本人確認書類",
                    "調査：職員が現地で被害認定調査（第1次調査）を行います。判定に不服がある場合は再調査を申請できます。",
                    f"受付：{ctx.yakuba} {dept} 資産税係（{ctx.office_phone(2)}）平日8時30分～17時15分",
                ],
            ),
        )
    )
    rows: list[list[Cell]] = [["地区", *DAMAGE, "計"]]
    for d in ctx.districts:
        vals = [r.randint(0, 25) for _ in DAMAGE]
        rows.append([d, *vals, sum(vals)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "判定結果",
                        [["", "住家被害（棟）"], *rows],
                        title=f"被害認定調査 結果集計（{ymd(TODAY)}時点）",
                    )
                ]
            ),
            post=merge_xlsx({"判定結果": ["B3:H3"]}),
        )
    )
    corp: list[list[Cell]] = [
        ["受付番号", "法人名", "法人番号", "事業所所在地", "電話", "被害区分", "受付日"]
    ]
    for name in ctx.companies(14):
        corp.append([fail_check(random_my_number(r), r.randint(1, 9)), name, random_corporate_number(r),
                     ctx.biz_address(), ctx.tel(), r.choice(["事業所浸水", "倉庫浸水", "車両被害"]),
                     ymd(FLOOD + dt.timedelta(days=r.randint(3, 40)))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("法人", corp)]),
            note="法人 被災証明 受付簿: 12-digit 受付番号 all failing the check digit, valid 法人番号",
        )
    )
    s = SAMPLE_NAMES[2]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="罹災証明書交付申請書（記入例）",
                paragraphs=[
                    "見本",
                    f"申請者氏名：{s}　生年月日：昭和50年1月1日",
                    f"被災住家の所在地：{ctx.town}○○ 1番地",
                    "被災日：令和6年7月10日　原因：大雨による浸水",
                    "被害の状況：床上 30cm 浸水（例）",
                ],
                footer="※記入例の氏名・住所は架空のものです",
            ),
            note="記入例 with a sample applicant",
        )
    )
    teams = [["班", "班長", "調査員", "応援元"]]
    for i in range(1, 7):
        teams.append([f"第{i}班", f"{dept} 主査 {ctx.staff()}", f"{ctx.staff()}、{ctx.staff()}",
                      r.choice(["県税務課", "近隣町", "—", "県建築士会"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="被害認定調査班 編成表",
                paragraphs=[f"調査期間 {ymd(FLOOD + dt.timedelta(days=4))}～", "集合：役場駐車場 8:15"],
                tables=[teams],
            ),
            note="staff and seconded officers named in role",
        )
    )
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="被害認定調査 調査員研修",
                paragraphs=[
                    "浸水深の測り方：基礎天端からの高さ",
                    "床上浸水1m以上は大規模半壊の目安",
                    "事例：Ｂ様邸（木造2階建て）浸水深1.2m",
                    "写真は外観4方向と浸水跡を必ず撮影",
                    "判定に迷うときは班長に相談",
                    "再調査は申請があった場合のみ",
                ],
            ),
            note="Ｂ様邸 is an anonymised example",
        )
    )

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1945, 1985))
    ctx.urban(p)
    lines = ["^罹災証明書", f">第 {r.randint(100, 900)} 号", "",
             spaced_digits(f"世帯主 住所 {p.address()}"), f"世帯主 氏名 {p.name()}", "",
             f"災害名 {wareki(FLOOD, 'spaced')} 大雨災害", spaced_digits(f"被災住家の所在地 {p.address()}"),
             f"被害の程度 {r.choice(DAMAGE[1:5])}", "",
             "上記のとおり相違ないことを証明します。", f">{wareki(TODAY - dt.timedelta(days=r.randint(5, 30)), 'spaced')}",
             f">{ctx.town}長　印"]  # fmt: skip
    docs.append(Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="罹災証明書"), post=letter_pdf(lines)))
    p = ctx.person((1940, 1990))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="罹災証明書交付申請書",
                paragraphs=[
                    f"{ctx.town}長 様",
                    f"申請日 {wareki(FLOOD + dt.timedelta(days=r.randint(5, 20)))}",
                ],
                tables=[
                    [
                        ["申請者 住所", p.address()],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["電話", p.phone],
                        ["被災住家", "申請者住所に同じ"],
                        ["被害の状況", "床下浸水、物置流失"],
                    ]
                ],
            ),
        )
    )
    q = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    talk = [("13:10", a, f"再調査の{q.name()}さん、どこでしたっけ"),
            ("13:12", b, f"{q.address()}です。{q.phone}に到着前に電話してほしいとのこと"),
            ("13:13", a, "了解、14時ごろ向かいます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(paragraphs=chat("slack", TODAY - dt.timedelta(days=10), talk, "被害認定調査")),
        )
    )
    folk = ctx.people(r.randint(12, 18))
    rows = [["受付", "氏名", "住所", "電話", "1次判定", "再調査日"]]
    rows += [[f"再{i:03d}", x.name(), x.address(), x.phone, r.choice(DAMAGE[3:]),
              ymd(TODAY + dt.timedelta(days=r.randint(1, 14)))] for i, x in enumerate(folk, 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("再調査", rows, title="第2次調査（再調査）依頼一覧")]),
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    folk = ctx.people(r.randint(115, 130))
    cols = [("交付番号", 30), ("世帯主氏名", 95), ("被災住家所在地", 180), ("電話番号", 380), ("判定", 460),
            ("交付日", 540), ("備考", 620)]  # fmt: skip
    prow = [[f"R6-{i:04d}", x.name("　"), x.address(), x.phone, r.choice(DAMAGE),
             ymd(FLOOD + dt.timedelta(days=r.randint(10, 60))), r.choice(["", "", "再調査", "代理申請"])]
            for i, x in enumerate(folk, 1)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "phone"], DocSpec(title="交付台帳"),
                    post=system_print("罹災証明書 交付台帳", f"被災者支援システム（{ctx.town}）", cols, prow, 28,
                                      "交付日：全期間")))  # fmt: skip
    p = ctx.person((1950, 1990))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address", "phone"],
            DocSpec(
                title="罹災証明書交付申請書（代理申請）",
                paragraphs=[
                    f"{ctx.town}長 様",
                    "被災者生活再建支援金の申請にも使うため、2通交付を希望します。",
                ],
                tables=[
                    [
                        ["申請者", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["代理人", f"{p.sei} {r.choice(MALE)[0]}（長男）"],
                    ]
                ],
                header=f"番号 {grouped(mn)}",
            ),
            note="My Number only in the page header, labelled 番号",
        )
    )
    p = ctx.person((1935, 1955))
    w = ctx.staff()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="被害認定調査 現地メモ",
                paragraphs=[
                    f"調査日 {wareki(FLOOD + dt.timedelta(days=8))}　調査員 {w}",
                    f"世帯主 {p.name()}（{p.address()}）。木造平屋、築45年。",
                    "外観：南面の外壁に浸水跡 85cm。基礎にひび割れなし。",
                    "内部：和室2間の畳、床板が浸水。台所の床下に泥が残る。",
                    "立会いは隣に住む親族。",
                    "ご本人は脳梗塞の後遺症で右半身にまひがあり、車椅子を使用。段差解消の応急修理を希望。",
                ],
            ),
        )
    )
    q = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    talk = [("10:20", a, f"{q.name()}さんから罹災証明を根拠に固定資産税の減免相談"),
            ("10:22", b, "あの方、去年度分の固定資産税が滞納になってます。督促状も出ています"),
            ("10:23", a, "減免と一緒に分納の相談に回します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            3,
            ["name", "arrears"],
            DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=2), talk, "資産税係")),
        )
    )
    return docs


def _account(ctx: Ctx, p: Person) -> tuple[str, str, str, str]:
    """(bank, branch, 種目 口座番号, 名義カナ) of a resident's bank account: 7 digits, never 12."""
    r = ctx.rng
    branch = r.choice([f"{area_label(ctx.areas[0])}支店", "本店営業部", f"{ctx.town}支店"])
    return (r.choice([ctx.bank, f"JA{ctx.pref[:-1]}", "ゆうちょ銀行"]), branch,
            f"普通 {r.randint(1000000, 9999999)}", katakana(p.kana).replace(" ", "　"))  # fmt: skip


# --- 被災者生活再建支援金 (保健福祉課 生活再建支援係) ---------------------------------------------------------
def shienkin(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "shienkin", []
    dept = "生活再建支援室"
    # level 1 -------------------------------------------------------------------------------------
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="被災者生活再建支援金のご案内",
                paragraphs=[
                    "全壊、大規模半壊、中規模半壊などの被害を受けた世帯に支援金を支給します。",
                    "基礎支援金：全壊 100万円、大規模半壊 50万円（単数世帯は4分の3の額）",
                    "加算支援金：建設・購入 200万円、補修 100万円、賃借 50万円",
                    "申請に必要なもの：罹災証明書、住民票、預金通帳の写し",
                    "所得による制限はありません。",
                    f"申請期限：基礎支援金 {wareki(FLOOD + dt.timedelta(days=395))}まで",
                    f"窓口：{ctx.yakuba} {dept}（{ctx.office_phone(3)}）",
                ],
            ),
        )
    )
    months = [dt.date(2024, m, 1) for m in (7, 8, 9)]
    agg: list[list[Cell]] = [["月", "基礎 件数", "基礎 金額(千円)", "加算 件数", "加算 金額(千円)"]]
    raw: list[list[Cell]] = [["区分", "被害", "世帯", "件数", "金額"]]
    for m in months:
        n1, n2 = r.randint(5, 60), r.randint(0, 30)
        agg.append([f"{m.month}月", n1, n1 * 750, n2, n2 * 1500])
        for dmg in DAMAGE[:3]:
            raw.append(
                [f"{m.month}月", dmg, r.choice(["複数", "単数"]), r.randint(0, 20), r.randint(0, 20) * 500]
            )
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("集計", agg, title="被災者生活再建支援金 支給状況"),
                    sheet("元データ", raw, state="hidden"),
                ]
            ),
        )
    )
    s = SAMPLE_NAMES[3]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="被災者生活再建支援金支給申請書（記入例）",
                paragraphs=[
                    "記入例（実在の人物ではありません）",
                    f"申請者：{s}　電話：0X0-XXXX-XXXX",
                    f"振込先：{ctx.bank} ○○支店　普通 1234567　名義 サイケン ジロウ",
                    "世帯の前年所得：記入不要（所得制限なし）",
                    "被害の程度：罹災証明書の写しを添付",
                ],
            ),
            note="記入例 with a sample name and account",
        )
    )
    vendors: list[list[Cell]] = [["事業者名", "法人番号", "所在地", "電話", "委託内容", "契約日"]]
    for name in ctx.companies(10):
        vendors.append([name, random_corporate_number(r), ctx.biz_address(), ctx.tel(),
                        r.choice(["申請受付補助", "データ入力", "コールセンター", "書類発送", "家屋調査補助"]),
                        ymd(FLOOD + dt.timedelta(days=r.randint(5, 30)))])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("委託先", vendors)])))
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="全員協議会 説明資料 生活再建支援",
                paragraphs=[
                    f"申請受付 {r.randint(150, 320)}件（{ymd(TODAY)}現在）",
                    f"支給決定 {r.randint(100, 150)}件",
                    "平均処理日数 18日",
                    "町独自の上乗せ：半壊世帯に10万円",
                    "補正予算 3億2千万円",
                    "課題：県外避難者への周知",
                ],
                notes=[f"説明者：{dept}長 {ctx.staff()}"],
            ),
        )
    )
    anon: list[list[Cell]] = [["No", "氏名", "地区", "被害", "世帯", "基礎", "加算"]]
    for i in range(1, r.randint(20, 30)):
        anon.append([i, "〇〇 〇〇", r.choice(ctx.districts), r.choice(DAMAGE[:3]), r.choice(["複数", "単数"]),
                     r.choice([1000000, 500000, 750000]), r.choice([0, 1000000, 2000000])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("統計用", anon, title="支給データ（匿名化・統計用）")]),
            note="names masked 〇〇 〇〇: no identifiable person",
        )
    )

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1950, 1990))
    bank, branch, acct, holder = _account(ctx, p)
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone", "birth_date", "income"],
            DocSpec(
                title="被災者生活再建支援金支給申請書",
                paragraphs=[
                    f"{ctx.town}長 様",
                    f"申請日 {wareki(TODAY - dt.timedelta(days=r.randint(5, 40)))}",
                ],
                tables=[
                    [
                        ["申請者氏名", p.name()],
                        ["フリガナ", katakana(p.kana)],
                        ["生年月日", wareki(p.birth, "short")],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["世帯人数", f"{r.randint(1, 5)}人"],
                        ["前年の世帯所得", f"{yen(r.randint(120, 780) * 10000)}円"],
                    ],
                    [["振込先金融機関", bank], ["支店", branch], ["口座", acct], ["名義", holder]],
                ],
            ),
            note="bank account and income of a named person, no health/arrears/My Number: 2 by the policy text",
        )
    )
    q = ctx.person()
    pref_staff, town_staff = ctx.staff(), ctx.staff()
    body = mail(f"{town_staff} <saiken@town.example.lg.jp>", f"{pref_staff} <bosai@pref.example.lg.jp>",
                "RE: 支援金申請の照会について", f"{TODAY.year}年{TODAY.month}月{TODAY.day - 1}日 16:42",
                [f"{pref_staff} 様", "", f"ご照会の{q.name()}様ですが、日中の連絡先は {q.phone} とのことです。",
                 "書類の不足（住民票）については本人に電話で伝えてあります。", "", f"{ctx.town} {dept} {town_staff}"],
                [(pref_staff, f"{TODAY.year}/{TODAY.month}/{TODAY.day - 2} 11:05", "支援金申請の照会について",
                  [f"{ctx.town} {dept} 御中", "", f"{q.name()}様の申請書の記載に不備があります。",
                   "ご本人に連絡をとりたいので、連絡先を教えてください。"])])  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=body)))
    p = ctx.person((1945, 1990))
    ctx.urban(p)
    amount = r.choice([1000000, 500000, 750000, 2000000])
    lines = ["^被災者生活再建支援金 支給決定通知書", f">{wareki(TODAY, 'spaced')}", "",
             spaced_digits(f"〒{p.zip}"), spaced_digits(f"{p.address()}"), f"{p.name()} 様", "",
             f">{ctx.town}長", "",
             f"{wareki(FLOOD, 'spaced')} の大雨災害に係る支援金について、次のとおり支給を決定しました。",
             f"支給額 {yen(amount)} 円（基礎支援金）", "振込予定日 決定日から概ね 2 週間後",
             "振込先は申請書に記載の口座です。"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="支給決定通知書"), post=letter_pdf(lines))
    )
    folk = ctx.people(r.randint(20, 28))
    rows: list[list[Cell]] = [
        ["受付", "姓", "名", "セイ", "メイ", "住所", "電話", "区分", "金融機関", "口座"]
    ]
    for i, x in enumerate(folk, 1):
        bank, branch, acct, _ = _account(ctx, x)
        rows.append([f"加{i:03d}", x.sei, x.mei, katakana(x.sei_kana), katakana(x.mei_kana), x.address(), x.phone,
                     r.choice(["建設・購入", "補修", "賃借"]), f"{bank} {branch}", acct])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("加算", far_right(rows, 25), first_row=9)]),
        )
    )
    p = ctx.person()
    bank, branch, acct, holder = _account(ctx, p)
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                title="振込口座変更届",
                paragraphs=[
                    f"{ctx.town}長 様",
                    "支援金の振込先口座を次のとおり変更します。",
                    f"住所 {p.address()}",
                    f"氏名 {p.name()}",
                    f"新しい振込先 {bank} {branch} {acct} {holder}",
                    "変更の理由：被災により通帳を紛失したため",
                ],
            ),
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    folk = ctx.people(r.randint(108, 124))
    cols = [("決定番号", 30), ("氏名", 90), ("住所", 170), ("被害", 360), ("基礎", 430), ("加算", 495),
            ("振込先", 560), ("口座番号", 700)]  # fmt: skip
    prow = []
    for i, x in enumerate(folk, 1):
        bank, branch, acct, _ = _account(ctx, x)
        prow.append([f"K{i:05d}", x.name("　"), x.address(), r.choice(DAMAGE[:3]), yen(r.choice([1000000, 500000])),
                     yen(r.choice([0, 1000000, 2000000])), f"{bank}{branch}", acct])  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address"], DocSpec(title="支給決定一覧"),
                    post=system_print("被災者生活再建支援金 支給決定一覧", "被災者台帳システム  SKN-040", cols, prow,
                                      30, f"決定日：{ymd(FLOOD)}～{ymd(TODAY)}", ruled=True)))  # fmt: skip
    folk = ctx.people(r.randint(26, 34))
    vis: list[list[Cell]] = [["受付番号", "氏名", "住所", "被害", "支給額"]]
    nums: list[list[Cell]] = [["受付番号", "氏名", "番号"]]
    for i, x in enumerate(folk, 1):
        vis.append([f"S{i:04d}", x.name(), x.address(), r.choice(DAMAGE[:3]), r.choice([1000000, 500000])])
        nums.append([f"S{i:04d}", x.name(), random_my_number(r)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                sheets=[sheet("台帳", vis, title="支援金 支給台帳"), sheet("番号", nums, state="hidden")]
            ),
            note="My Numbers on a hidden sheet headed only 番号",
        )
    )
    p = ctx.person((1950, 1985))
    ctx.urban(p)
    owed = r.choice([250000, 500000, 375000])
    lines = ["^支援金返還金の納付について（督促）", f">{wareki(TODAY, 'spaced')}", "",
             spaced_digits(p.address()), f"{p.name()} 様", "", f">{ctx.town}長", "",
             "先に支給した被災者生活再建支援金のうち、加算支援金（補修）について、",
             "期限までに補修が確認できなかったため返還を決定し通知しましたが、",
             f"納期限 {wareki(TODAY - dt.timedelta(days=30), 'spaced')} を過ぎても納付がありません。",
             f"未納額 {yen(owed)} 円", f"指定期限 {wareki(TODAY + dt.timedelta(days=14), 'spaced')}",
             "期限までに納付がない場合は、延滞金を加算して請求します。",
             f"問合せ {dept} {ctx.office_phone(3)}"]  # fmt: skip
    docs.append(
        Doc(fam, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="督促状"), post=letter_pdf(lines))
    )
    q = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    talk = [("15:02", a, f"{q.name()}さんの所得照会の結果きました"),
            ("15:03", a, f"前年所得 {yen(r.randint(80, 300) * 10000)}円、住民税は2年分滞納あり"),
            ("15:05", b, "支援金は所得制限ないので支給は止めません。税の方は収納係に情報共有だけ"),
            ("15:06", a, "承知しました")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "arrears", "income"],
            DocSpec(paragraphs=chat("lineworks", TODAY - dt.timedelta(days=6), talk, "生活再建支援室")),
        )
    )
    folk = ctx.people(r.randint(104, 118), (1935, 2000))
    inc: list[list[Cell]] = [["照会No", "氏名", "カナ", "生年月日", "住所", "前年所得", "課税区分"]]
    inc += [[f"{i:04d}", x.name(), katakana(x.kana), ymd(x.birth), x.address(), r.randint(0, 900) * 10000,
             r.choice(["課税", "非課税", "均等割のみ"])] for i, x in enumerate(folk, 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["name", "address", "birth_date", "income"],
            DocSpec(sheets=[sheet("所得照会", inc)]),
        )
    )
    return docs


# --- 災害ボランティアセンター (社会福祉協議会) ----------------------------------------------------------------
def volunteer(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "volunteer", []
    vc = f"{ctx.town}災害ボランティアセンター"
    vc_tel = ctx.tel()
    # level 1 -------------------------------------------------------------------------------------
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="災害ボランティア募集のお知らせ",
                paragraphs=[
                    f"{vc}では、浸水した住宅の泥出し・家財運び出しのボランティアを募集しています。",
                    "受付：9時～11時（活動は15時まで）　場所：町民体育館前駐車場",
                    "持ち物：長靴、ゴム手袋、マスク、タオル、飲み物、昼食",
                    "ボランティア活動保険に未加入の方は、お住まいの社会福祉協議会で事前に加入してください。",
                    "町外からの個人ボランティアは、当面、県内在住の方に限ります。",
                    f"問合せ {vc}（{ctx.town}社会福祉協議会内）電話 {vc_tel}",
                ],
            ),
        )
    )
    act: list[list[Cell]] = [["日付", "ボランティア数", "うち町外", "ニーズ受付", "完了", "継続"]]
    for i in range(1, 22):
        day = FLOOD + dt.timedelta(days=i + 2)
        n = r.randint(20, 260)
        act.append([day, n, r.randint(0, n), r.randint(0, 40), r.randint(0, 30), r.randint(0, 60)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("日報集計", act, title="災害VC 活動実績", first_row=4)]),
            post=merge_xlsx({"日報集計": ["B3:C3", "D3:F3"]}),
        )
    )
    s = SAMPLE_NAMES[4]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="ボランティア活動保険 加入申込書（記入例）",
                paragraphs=[
                    "記入例",
                    f"氏名：{s}（キニュウ レイコ）　年齢：35歳",
                    "住所：○○県○○市○○町1-2-3",
                    "プラン：天災タイプ（基本）　保険料 500円",
                    "※実際の申込書には黒のボールペンで記入してください",
                ],
            ),
            note="記入例 with a sample name",
        )
    )
    crew = [["担当", "職名", "氏名", "連絡先"]]
    for role in ["センター長", "総務", "ニーズ受付", "マッチング", "資材", "送り出し", "広報"]:
        crew.append([role, r.choice(["事務局長", "主任", "主事", "生活支援コーディネーター", "応援（県社協）"]),
                     ctx.staff(), vc_tel])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title=f"{vc} 運営体制",
                paragraphs=[f"設置 {wareki(FLOOD + dt.timedelta(days=2))}", "運営：町社協・県社協・NPO"],
                tables=[crew],
            ),
            note="社協 staff named in role with the centre's phone",
        )
    )
    orgs: list[list[Cell]] = [["団体名", "法人番号", "代表者", "所在地", "電話", "支援内容"]]
    for name in ctx.companies(10):
        orgs.append([name, random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.biz_address(), ctx.tel(),
                     r.choice(["重機の貸与", "高圧洗浄機", "資材提供", "送迎バス", "技術系ボランティア"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("協力団体", orgs)]),
            note="companies with 法人番号 and their representatives in role",
        )
    )
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="災害VC 活動報告会",
                paragraphs=[
                    f"延べボランティア {r.randint(3000, 6000)}人",
                    f"対応ニーズ {r.randint(200, 400)}件",
                    "事例：Ｃさん宅 床下の泥出しに3日",
                    "事例：Ｄさん宅 家財の運び出し",
                    "熱中症対策：活動は20分ごとに休憩",
                    "今後：生活支援相談員による見守りへ移行",
                ],
            ),
            note="Ｃさん・Ｄさん are anonymised",
        )
    )

    # level 2 -------------------------------------------------------------------------------------
    vols = ctx.people(r.randint(28, 38), (1955, 2005))
    reg: list[list[Cell]] = [["受付", "氏名", "フリガナ", "年齢", "住所（市町村）", "電話", "保険", "コード"]]
    reg += [[i, x.name(), katakana(x.kana), x.age(), r.choice([ctx.town, "県内他市町", "県外"]), x.phone,
             r.choice(["加入済", "当日加入"]), r.choice(["A", "B", "C"])] for i, x in enumerate(vols, 1)]  # fmt: skip
    codes: list[list[Cell]] = [["コード", "活動"], ["A", "泥出し"], ["B", "家財運び出し"], ["C", "清掃"]]
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet("受付", reg, title=f"ボランティア受付 {ymd(FLOOD + dt.timedelta(days=5))}"),
                    sheet("コード", codes, state="hidden"),
                ]
            ),
        )
    )
    p = ctx.person((1940, 1975))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="ボランティア依頼（ニーズ）受付票",
                paragraphs=[
                    f"受付日 {ymd(FLOOD + dt.timedelta(days=r.randint(3, 10)))}　受付者 {ctx.staff()}"
                ],
                tables=[
                    [
                        ["依頼者", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["依頼内容", "床下の泥出し、畳の搬出（6枚）"],
                        ["人数", f"{r.randint(3, 10)}人"],
                        ["駐車", "自宅前に1台可"],
                    ]
                ],
            ),
        )
    )
    q = ctx.person((1970, 2003))
    a, b = ctx.staff(), ctx.staff()
    talk = [("10:05", a, f"今日のリーダー、{q.name()}さん来てますか"),
            ("10:06", b, f"来てます。連絡先は {q.phone}。明日も参加可能とのこと"),
            ("10:08", a, "じゃあ明日も大内の現場でお願いします")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("arrow", FLOOD + dt.timedelta(days=6), talk, "マッチング班 連絡")),
        )
    )
    p = ctx.person((1960, 2000))
    ctx.urban(p)
    lines = ["^お礼状", f">{wareki(TODAY, 'spaced')}", "", spaced_digits(f"〒{p.zip}"),
             spaced_digits(p.address()), f"{p.name()} 様", "", f">{vc}", f">センター長 {ctx.staff()}", "",
             "このたびは猛暑の中、被災地での活動にご参加いただき、誠にありがとうございました。",
             f"{wareki(FLOOD + dt.timedelta(days=4), 'spaced')} から延べ {r.randint(5, 15)} 日間のご協力をいただきました。",
             "センターは本日をもって閉所し、今後は生活支援相談員が見守りを続けます。"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="お礼状"),
            post=letter_pdf(lines),
            note="a volunteer at their home address is a private person",
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    vols = ctx.people(r.randint(112, 130), (1950, 2005))
    big: list[list[Cell]] = [["登録番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "保険加入"]]
    big += [[f"V{i:04d}", x.name(), katakana(x.kana), wareki(x.birth, "slash"), x.address(True), x.phone,
             r.choice(["済", "当日"])] for i, x in enumerate(vols, 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["name", "address", "birth_date", "phone"],
            DocSpec(sheets=[sheet("登録者", big)]),
        )
    )
    p = ctx.person((1930, 1950))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="ニーズ票（継続案件）",
                paragraphs=[
                    f"依頼者：{p.name()}　{p.address()}　電話 {p.phone}",
                    "依頼内容：1階の家財の運び出し、床下の泥出し。",
                    "1回目の活動で家財の半分を搬出。残りは本人の意向で保留。",
                    "2回目の活動時、本人が同じ質問を何度も繰り返し、昨日の作業を覚えていない様子。",
                    "隣家の方によると、要介護2の認定を受けていて、認知症で通院しているとのこと。",
                    "地域包括支援センターにつなぎ、以後の作業はケアマネジャー同席で行う。",
                ],
            ),
        )
    )
    q = ctx.person((1965, 2000))
    a, b = ctx.staff(), ctx.staff()
    talk = [("13:40", a, f"{r.choice(ctx.districts)}の現場で{q.name()}さんが気分不良"),
            ("13:41", b, "救急要請しました。熱中症の疑い、意識はあり"),
            ("13:55", a, "町立病院に搬送。点滴中とのこと、保険の事故報告を準備します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("teams", FLOOD + dt.timedelta(days=8), talk, "災害VC 本部")),
        )
    )
    p = ctx.person((1970, 2003))
    rows: list[list[Cell]] = [["項目", "内容"], ["氏名", p.name()], ["年齢", p.age()], ["住所", p.address()],
                              ["事故日", ymd(FLOOD + dt.timedelta(days=9))], ["場所", f"{r.choice(ctx.districts)}の被災家屋"],
                              ["内容", "床板の釘を踏み抜き、左足裏を負傷"],
                              ["処置", "町立病院で縫合3針、破傷風トキソイド接種、全治2週間"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            3,
            ["name", "address", "health"],
            DocSpec(sheets=[sheet("事故報告", rows)]),
            note="an injury and its treatment count as health",
        )
    )
    return docs


# --- 消防団 (総務課 消防防災係) --------------------------------------------------------------------------
def shobodan(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "shobodan", []
    bunda = [f"第{i}分団（{d}）" for i, d in enumerate(ctx.districts[:5], 1)]
    # level 1 -------------------------------------------------------------------------------------
    ranks = [["職", "氏名", "担当", "連絡先（詰所）"], ["団長", ctx.staff(), "全体統括", ctx.office_phone(0)],
             ["副団長", ctx.staff(), "第1～3分団", ctx.office_phone(0)],
             ["副団長", ctx.staff(), "第4・5分団、女性分団", ctx.office_phone(0)]]  # fmt: skip
    ranks += [["分団長", ctx.staff(), b, ctx.tel()] for b in bunda]
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.town}消防団 幹部名簿（令和6年度）",
                paragraphs=["町ホームページ掲載用", "幹部への連絡は各分団詰所または消防防災係へ。"],
                tables=[ranks],
            ),
            note="消防団 幹部 named in role with the 詰所 phones",
        )
    )
    outs: list[list[Cell]] = [["覚知", "種別", "場所（地区）", "出動分団", "人員", "車両", "活動"]]
    for _ in range(r.randint(14, 20)):
        t = dt.datetime(2024, 7, r.randint(9, 13), r.randint(0, 23), r.randint(0, 59))
        outs.append([t, r.choice(["水防", "土砂", "救助", "警戒"]), r.choice(ctx.districts), r.choice(bunda),
                     r.randint(4, 25), r.choice(["ポンプ車", "積載車", "—"]),
                     r.choice(["土のう積み", "排水", "巡回", "住民の避難誘導"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("出動", outs, title="令和6年7月豪雨 消防団出動記録", first_row=4)]),
            post=merge_xlsx({"出動": ["A3:B3"]}),
        )
    )
    drill = TODAY + dt.timedelta(days=r.randint(20, 40))
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.town}総合防災訓練のご案内",
                paragraphs=[
                    f"日時：{wareki(drill)} 8時30分～11時30分",
                    f"会場：{ctx.shelters(1)[0]}ほか各地区",
                    "内容：避難訓練、土のう作り、初期消火、炊き出し",
                    "主催：町・町消防団・各自治会",
                    "ハザードマップ（洪水・土砂）は町ホームページで公開しています。",
                    f"問合せ 総務課消防防災係 {ctx.office_phone(0)}",
                ],
            ),
        )
    )
    radio = [f"こちらは、{ctx.town}です。", f"{ctx.river}の水位が上昇しています。",
             f"{'、'.join(ctx.districts[:3])}地区に、警戒レベル4、避難指示を発令しました。",
             "危険な場所から全員避難してください。", "避難所は、各地区の公民館と町民体育館です。",
             "消防団は、各分団詰所に参集してください。", "繰り返します。"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                title=f"防災行政無線 放送原稿（{ymd(FLOOD)} 15:20 放送）",
                paragraphs=[*radio, "担当：消防防災係"],
            ),
        )
    )
    lead = ctx.staff()
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="消防団員募集 あなたの力を地域に",
                paragraphs=[
                    f"{bunda[0]} 分団長 {lead} さん",
                    "本業は町内の自動車整備工場勤務",
                    "7月の豪雨では夜通し土のうを積みました",
                    "団員数 定員に対し8割",
                    "年額報酬 37,000円、出動報酬 1回8,000円",
                    "18歳以上の町内在住・在勤の方",
                ],
                notes=["分団長の紹介は本人の了承済み（広報用）"],
            ),
            note="a 分団長 named in role in a recruiting leaflet",
        )
    )
    stations: list[list[Cell]] = [["分団", "詰所所在地", "電話", "車両", "登録番号", "配備年度"]]
    for b in bunda:
        stations.append([b, ctx.biz_address(), ctx.tel(), r.choice(["CD-I型ポンプ車", "小型動力ポンプ積載車"]),
                         f"{ctx.pref[:2]}800 さ {r.randint(10, 99)}-{r.randint(10, 99)}", f"H{r.randint(20, 31)}"])  # fmt: skip
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("詰所", stations, title="分団詰所・車両一覧")])))

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1985, 2004))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="消防団入団届",
                paragraphs=[f"{ctx.town}消防団長 様", f"私は{ctx.town}消防団に入団したいので届け出ます。"],
                tables=[
                    [
                        ["ふりがな", p.kana],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["勤務先", ctx.company()],
                        ["希望分団", r.choice(bunda)],
                    ]
                ],
                footer=f"受付 {ymd(TODAY)}",
            ),
        )
    )
    outs2: list[list[Cell]] = [["No", "覚知", "場所", "内容"]]
    callers: list[list[Cell]] = [["No", "通報者", "電話", "住所"]]
    for i in range(1, r.randint(9, 13)):
        x = ctx.person()
        outs2.append([i, dt.datetime(2024, 7, 10, r.randint(10, 23), r.randint(0, 59)), x.district,
                      r.choice(["床下浸水", "裏山から土砂", "側溝あふれ", "車両水没"])])  # fmt: skip
        callers.append([i, x.name(), x.phone, x.address()])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone", "address"],
            DocSpec(
                sheets=[
                    sheet("出動", outs2, title="第2分団 出動記録"),
                    sheet("通報者", callers, state="hidden"),
                ]
            ),
            note="callers' names, phones and addresses on a hidden sheet",
        )
    )
    q = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    talk = [("16:31", a, f"{q.name()}さんから、裏山の斜面から水が出てると連絡"),
            ("16:32", b, "場所どこ？"),
            ("16:33", a, f"{q.address()}。家の裏手、物置の横"),
            ("16:35", b, "積載車で向かう。3名")]  # fmt: skip
    docs.append(
        Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=chat("lineworks", FLOOD, talk, bunda[1])))
    )
    p = ctx.person((1970, 1995))
    ctx.urban(p)
    lines = ["^退団承認通知書", f">{wareki(TODAY, 'spaced')}", "", spaced_digits(p.address()), f"{p.name()} 様",
             "", f">{ctx.town}消防団長", "",
             f"{wareki(TODAY - dt.timedelta(days=30), 'spaced')} 付けで提出のあった退団届を承認します。",
             f"在団 {r.randint(8, 25)} 年、長きにわたる地域防災へのご尽力に感謝申し上げます。",
             "貸与品（活動服・ヘルメット・長靴）は分団長へ返却してください。"]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="退団承認"),
            post=letter_pdf(lines),
            note="a 消防団 member at their home address is a private person, not an officer in role",
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    mem = ctx.people(r.randint(112, 128), (1960, 2005))
    cols = [("団員番号", 30), ("氏名", 85), ("分団", 165), ("階級", 265), ("生年月日", 320), ("住所", 400),
            ("電話", 600), ("入団", 690)]  # fmt: skip
    prow = [[f"{r.randint(1, 5)}{i:03d}", x.name("　"), r.choice(bunda), r.choice(["団員", "団員", "班長", "部長"]),
             ymd(x.birth), x.address(), x.phone, f"H{r.randint(15, 31)}"] for i, x in enumerate(mem, 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "address", "birth_date", "phone"],
            DocSpec(title="団員名簿"),
            post=system_print(f"{ctx.town}消防団 団員名簿", "消防団員管理システム", cols, prow, 30),
        )
    )
    p = ctx.person((1975, 2000))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="公務災害 発生報告書",
                paragraphs=[
                    f"団員 {p.name()}（{r.choice(bunda)}、{p.address()}）",
                    f"発生日時 {wareki(FLOOD)} 22時10分ごろ",
                    "場所 町道沿いの水路脇",
                    "状況：土のう運搬中、増水した水路の縁で足を滑らせ転落。",
                    "同じ班の団員が引き上げ、救急搬送した。",
                    "町立病院で腰椎圧迫骨折と診断、2週間の入院。",
                ],
            ),
        )
    )
    p = ctx.person((1965, 2000))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="消防団員 出動報酬 個人払い 支払調書用控",
                paragraphs=[
                    f"支払先 {p.name()}（{p.address()}）",
                    f"支払額 {yen(8000 * r.randint(3, 7))}円（7月豪雨 出動）",
                    f"振込先 {_account(ctx, p)[0]}",
                ],
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
            ),
            note="My Number only in the footer, labelled 「○○さんの番号」",
        )
    )
    mem = ctx.people(r.randint(26, 34), (1960, 2005))
    chk: list[list[Cell]] = [["団員番号", "氏名", "年齢", "分団", "血圧", "判定", "所見"]]
    chk += [[f"{i:03d}", x.name(), x.age(), r.choice(bunda), f"{r.randint(110, 178)}/{r.randint(68, 110)}",
             r.choice(["A", "B", "C", "要精密"]), r.choice(["", "肝機能異常", "高血圧", "心電図異常", "糖尿病疑い"])]
            for i, x in enumerate(mem, 1)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(sheets=[sheet("健診", far_right(chk, 26), title="消防団員 健康診断結果", first_row=12)]),
        )
    )
    return docs


# --- 安否確認 (災害対策本部 安否班) ------------------------------------------------------------------------
def anpi(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "anpi", []
    # level 1 -------------------------------------------------------------------------------------
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="安否確認 手順書（災害対策本部 安否班）",
                paragraphs=[
                    "1. 要支援者名簿の提供を受けた自治会・民生委員が、担当世帯に電話または訪問で確認する。",
                    "2. 確認結果は地区ごとに安否班へ報告する（無事・避難済・不明）。",
                    "3. 不明者は消防団・警察と情報を共有する。氏名の公表は家族の同意を得てから。",
                    "4. 問合せには、本人の同意がない限り所在を答えない。",
                    "5. 記録は本部終了後、総務課で保管する。",
                ],
            ),
        )
    )
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    talk = [("06:30", a, "総務課 出勤可、2名は道路冠水で遅れる"),
            ("06:34", b, "保健福祉課 全員無事。1名は自宅床下浸水のため午後から"),
            ("06:40", c, "税務課 確認中、連絡つかない1名は電話不通区域"),
            ("06:52", c, "税務課 全員無事確認"),
            ("06:55", a, "了解、本部に報告します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", FLOOD + dt.timedelta(days=1), talk, "職員安否確認")),
            note="staff reporting on their own sections in role; no resident",
        )
    )
    tally: list[list[Cell]] = [["地区", "対象世帯", "無事", "避難済", "不明", "確認率(%)"]]
    for d in ctx.districts:
        n = r.randint(20, 90)
        ok = r.randint(n // 2, n)
        ev = r.randint(0, n - ok)
        tally.append([d, n, ok, ev, n - ok - ev, round(100 * (ok + ev) / n, 1)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "集計",
                        tally,
                        title=f"要支援者 安否確認状況（{ymd(FLOOD + dt.timedelta(days=1))} 12時）",
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="安否確認訓練 結果報告",
                paragraphs=[
                    f"実施日 {wareki(TODAY - dt.timedelta(days=60))}",
                    "対象 要支援者 全地区",
                    f"確認完了まで 平均 {r.randint(40, 120)} 分",
                    "課題：固定電話のみの世帯で不通時の確認手段",
                    "改善：訪問ルートの事前作成、消防団との役割分担",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="安否情報の提供に関する取扱要領",
                paragraphs=[
                    "第1条 この要領は、災害時の安否情報の照会への回答について定める。",
                    "第2条 照会者が親族である場合は、本人の居所及び負傷の有無を回答することができる。",
                    "第3条 照会者が知人等である場合は、無事である旨のみを回答する。",
                    "第4条 配偶者からの暴力等の被害者に係る照会には回答しない。",
                ],
            ),
        )
    )

    # level 2 -------------------------------------------------------------------------------------
    q = ctx.person((1935, 1960))
    a, b = ctx.staff(), ctx.staff()
    talk = [("19:10", a, f"{q.district}の{q.name()}さん、娘さんから連絡つかないと電話"),
            ("19:12", b, f"自宅は{q.address()}。民生委員さんに見に行ってもらいます"),
            ("19:40", b, "無事。近所の家に身を寄せていた")]  # fmt: skip
    docs.append(
        Doc(fam, "txt", 2, ["name", "address"], DocSpec(paragraphs=chat("arrow", FLOOD, talk, "安否班")))
    )
    q = ctx.person((1935, 1960))
    q.phone = ctx.phone(1.0)
    a, b = ctx.staff(), ctx.staff()
    talk = [("08:15", a, f"{q.name()}さん宅、訪問したけど留守でした"),
            ("08:17", b, f"携帯 {q.phone} にかけてみてください。長男宅に避難と聞いてます"),
            ("08:25", a, "つながりました。無事です")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat("lineworks", FLOOD + dt.timedelta(days=1), talk, f"民生委員 {q.district}")
            ),
        )
    )
    kin = ctx.person((1960, 1990))
    q = ctx.person((1930, 1955), "女")
    staff = ctx.staff()
    body = mail(f"{staff} <anpi@town.example.lg.jp>", f"{kin.name()} 様", "RE: 母の安否について",
                f"{FLOOD.year}年{FLOOD.month}月{FLOOD.day + 1}日 9:03",
                [f"{kin.name()} 様", "", f"お母様の{q.name()}様は、{r.choice(ctx.shelters(4))}に避難され無事です。",
                 "ご本人にもお伝えしました。", "", f"{ctx.town}災害対策本部 安否班 {staff}"],
                [(kin.name(), f"{FLOOD.year}/{FLOOD.month}/{FLOOD.day} 23:41", "母の安否について",
                  [f"{ctx.town}役場 御中", "", f"{q.address()}に一人で住む母（{q.name()}、{q.age()}歳）と連絡がとれません。",
                   f"私の連絡先は {kin.phone} です。何かわかりましたらご連絡ください。", "", kin.name()])])  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=body)))
    w = ctx.person((1950, 1985))
    m = ctx.person((1925, 1945), "男")
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.town}長 様",
                    "",
                    f"先日の大雨のとき、{m.district}に住む叔父の{m.name()}の安否がなかなかわからず、大変心配しました。",
                    "町の電話は何度かけてもつながらず、結局、消防団の方が見に行ってくださったと後から聞きました。",
                    "一人暮らしの高齢者の安否確認の方法を、もう少し考えていただけないでしょうか。",
                    "家族からの問合せ窓口を一本化していただけると助かります。",
                    "",
                    f"{ymd(TODAY - dt.timedelta(days=r.randint(10, 30)))}",
                    f"住所 {w.address(True)}",
                    f"氏名 {w.name()}",
                    f"電話 {w.phone}",
                ],
            ),
            note="a resident's own letter to the 町長 signed with their address and phone",
        )
    )
    folk = ctx.people(r.randint(14, 22), (1930, 1960))
    rows: list[list[Cell]] = [["No", "氏名", "住所", "電話", "最終確認", "担当"]]
    rows += [[i, x.name(), x.address(), x.phone, "未", r.choice(["民生委員", "自治会", "消防団"])]
             for i, x in enumerate(folk, 1)]  # fmt: skip
    old: list[list[Cell]] = [["No", "氏名", "結果"]]
    old += [[i, "（前回分 削除済）", "済"] for i in range(1, 6)]
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("未確認", rows, title="安否 未確認者リスト"),
                    sheet("前回分", old, state="hidden"),
                ]
            ),
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    folk = ctx.people(r.randint(106, 122), (1928, 1970))
    cols = [("対象番号", 30), ("氏名", 90), ("年齢", 170), ("住所", 205), ("電話", 395), ("担当", 475),
            ("結果", 560), ("確認時刻", 630)]  # fmt: skip
    prow = [[f"A{i:04d}", x.name("　"), str(x.age()), x.address(), x.phone, r.choice(["民生委員", "自治会", "消防団"]),
             r.choice(["無事", "避難済", "無事", "不明"]), f"{r.randint(6, 20):02d}:{r.randint(0, 59):02d}"]
            for i, x in enumerate(folk, 1)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "phone"], DocSpec(title="安否確認一覧"),
                    post=system_print("安否確認 対象者一覧", f"{ctx.town} 災害対策本部 安否班", cols, prow, 34,
                                      f"確認日 {ymd(FLOOD + dt.timedelta(days=1))}", ruled=True)))  # fmt: skip
    q = ctx.person((1940, 1965))
    a, b = ctx.staff(), ctx.staff()
    talk = [("11:02", a, f"{q.name()}さんの安否、ご近所から無事と連絡"),
            ("11:04", b, "よかった。あの方、人工透析で週3回通ってますよね"),
            ("11:05", b, "透析の病院が浸水で休診らしい。保健師から別の病院を調整してもらいます"),
            ("11:06", a, "お願いします")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=chat("teams", FLOOD + dt.timedelta(days=1), talk, "安否班")),
        )
    )
    q = ctx.person((1940, 1975))
    a, b = ctx.staff(), ctx.staff()
    talk = [("14:20", a, f"町営住宅の{q.name()}さん、まだ連絡つきません"),
            ("14:22", b, "管理人さんの話だと、家賃の滞納が半年分あって督促中で、電話に出ないそうです"),
            ("14:23", a, "じゃあ訪問で確認します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(paragraphs=chat("slack", FLOOD + dt.timedelta(days=1), talk, "安否班-不明者")),
        )
    )
    w = ctx.person((1955, 1985))
    mother = ctx.person((1930, 1945), "女")
    mother.sei, mother.sei_kana = w.sei, w.sei_kana
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                paragraphs=[
                    f"{ctx.town} 保健福祉課 御中",
                    "",
                    f"{mother.district}に住む母 {mother.name()} のことでお願いがあります。",
                    "先の大雨の際、母は避難所に行くことができず、二階で一晩を過ごしました。",
                    "幸い無事でしたが、水が引くまで誰とも連絡がとれませんでした。",
                    "母はアルツハイマー型認知症で、血圧の薬と認知症の薬を毎日服用しています。",
                    "避難のときに薬を持ち出せるよう、個別避難計画を作っていただけないでしょうか。",
                    "",
                    f"{wareki(TODAY - dt.timedelta(days=r.randint(5, 25)))}",
                    f"{w.address()}　{w.name()}（電話 {w.phone}）",
                ],
            ),
            note="a resident's own letter signed at the end; the mother's dementia is health",
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [yoshien, hinanjo, risai, shienkin, volunteer, shobodan, anpi]


def build(rng: random.Random) -> list[Doc]:
    pref, gun, town, ac, zip3, river, bank, areas = rng.choice(TOWNS)
    ctx = Ctx(rng, pref, gun, town, ac, zip3, river, bank, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set34", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
