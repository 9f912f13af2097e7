"""Thirty-sixth red-team set (blind): a city's 秘書課・広報課・市民相談 and the small desks of 市民生活部.

``python -m corpus.redteam.set36 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 大字…番地 and …丁目 towns, area code, 市営霊園, 斎場 and 広報誌) is drawn per build.
Families follow the desk a document comes from: 表彰・叙勲 推薦 with the nominees' 履歴書 (``hyosho``), 市長への手紙
and 市民の声 with their replies (``koe``), the 広報誌 with its 写真掲載同意書 and 取材 lists (``koho``), the 法律相談・
行政相談 予約簿 (``sodan``), the 市営霊園 with its 使用者台帳 and 管理料 滞納 (``reien``), 畜犬登録 and 狂犬病予防注射
(``chiken``), the 斎場 with 火葬許可 申請 (``saijo``) and the 交通災害共済 with its 見舞金 (``kyosai``); each with its
public look-alikes (表彰者 published in role, 広報誌 pages, 相談日程, 霊園 募集案内, 注射 会場一覧, 記入例, 委託業者
with 法人番号, aggregate figures, masked tables).

The truth is the default policy's text only: 3 for a My Number, health (including injuries, dementia, a
deceased's infectious disease, allergies) or arrears about a named private person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what
a perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files
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

SEED = 3636
VARIANT = "redteam36"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, 霊園, 斎場, 広報誌, areas); an area ending in "*" takes 番地 lots,
# the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    ("山形県", "天童市", "023", "994", "市営天童霊園", "天童市斎場 やすらぎ苑", "市報てんどう",
     ["大字高擶*", "大字山口*", "大字蔵増*", "久野本", "老野森", "東本町", "北目"]),
    ("茨城県", "笠間市", "0296", "309", "市営笠間霊園", "笠間市斎場", "広報かさま",
     ["大字笠間*", "大字石井*", "大字来栖*", "旭町", "中央", "赤坂", "大字平町*"]),
    ("岐阜県", "中津川市", "0573", "508", "中津川市営 桃山霊園", "中津川市斎場 恵那峡苑", "広報なかつがわ",
     ["大字手賀野*", "大字千旦林*", "駒場", "本町", "新町", "太田町", "大字中津川*"]),
    ("鳥取県", "倉吉市", "0858", "682", "市営 打吹霊園", "倉吉市営斎場", "市報くらよし",
     ["上井町", "清谷町", "大字福庭*", "大字小鴨*", "山根", "大字上灘*", "幸町"]),
    ("愛媛県", "西条市", "0897", "793", "西条市営 石鎚霊園", "西条市斎場 ひうち苑", "広報さいじょう",
     ["大字神拝甲*", "大字明屋敷*", "大字朔日市*", "栄町", "大町", "大字樋之口*", "新田"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("四月朔日", "わたぬき"), ("百目鬼", "どうめき"), ("勘解由小路", "かでのこうじ"),
    ("五月女", "そうとめ"), ("一尺八寸", "かまつか"), ("薬袋", "みない"), ("善知鳥", "うとう"),
    ("東海林", "しょうじ"), ("左右田", "そうだ"), ("我孫子", "あびこ"), ("纐纈", "こうけつ"), ("及川", "おいかわ"),
    ("鬼頭", "きとう"), ("服部", "はっとり"), ("高橋", "たかはし"), ("渡辺", "わたなべ"), ("伊藤", "いとう"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("岡田", "おかだ"), ("長谷川", "はせがわ"),
    ("村上", "むらかみ"), ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("上田", "うえだ"),
    ("柴田", "しばた"), ("酒井", "さかい"), ("工藤", "くどう"), ("菅原", "すがわら"), ("水野", "みずの"),
    ("小山", "こやま"), ("丸山", "まるやま"), ("大野", "おおの"), ("高木", "たかぎ"), ("北村", "きたむら"),
    ("河野", "こうの"), ("松井", "まつい"), ("土屋", "つちや"), ("岩崎", "いわさき"), ("桑原", "くわばら"),
    ("三浦", "みうら"), ("尾崎", "おざき"), ("矢野", "やの"), ("曽我部", "そがべ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("十兵衛", "じゅうべえ"), ("宗右衛門", "そうえもん"), ("鷹之介", "たかのすけ"), ("一颯", "いぶき"),
    ("蒼", "あお"), ("正男", "まさお"), ("清", "きよし"), ("博", "ひろし"), ("隆", "たかし"), ("健一", "けんいち"),
    ("誠", "まこと"), ("修", "おさむ"), ("実", "みのる"), ("進", "すすむ"), ("武", "たけし"), ("達也", "たつや"),
    ("翔太", "しょうた"), ("蓮", "れん"), ("陽翔", "はると"), ("悠真", "ゆうま"), ("健太", "けんた"),
    ("哲也", "てつや"), ("昭", "あきら"), ("孝", "たかし"), ("稔", "みのる"), ("喜八", "きはち"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("ハル", "はる"), ("キヨ", "きよ"), ("乙女", "おとめ"), ("椿", "つばき"), ("心愛", "ここあ"), ("澪", "みお"),
    ("恵子", "けいこ"), ("京子", "きょうこ"), ("順子", "じゅんこ"), ("文子", "ふみこ"), ("弘子", "ひろこ"),
    ("正子", "まさこ"), ("裕子", "ゆうこ"), ("直美", "なおみ"), ("恵美", "えみ"), ("友美", "ともみ"),
    ("香織", "かおり"), ("舞", "まい"), ("結衣", "ゆい"), ("陽菜", "ひな"), ("芽依", "めい"), ("千代", "ちよ"),
    ("タマ", "たま"), ("多恵", "たえ"), ("紗希", "さき"),
]  # fmt: skip
BUILDINGS = ["コーポ城山", "メゾン若葉", "市営住宅", "ハイツ柳町", "アーバン駅南", "パレス本町"]
COMPANIES = [  # employers in a 履歴書
    ("株式会社", "北斗環境サービス"), ("株式会社", "ひかり警備"), ("株式会社", "中央ビルサービス"),
    ("有限会社", "丸井製材所"), ("株式会社", "あさひ建設工業"), ("株式会社", "東光電機製作所"),
]  # fmt: skip
# contractors by desk: (work, kind, name)
KOHO_FIRMS = [
    ("広報誌印刷（単価契約）", "株式会社", "みらい印刷"), ("広報誌 戸別配送", "株式会社", "市民タイムス社"),
    ("点字広報 作成", "社会福祉法人", "点訳の会ひかり"), ("声の広報 CD 作成", "有限会社", "スタジオ音工房"),
    ("ホームページ保守", "株式会社", "あかね企画"), ("写真撮影業務", "有限会社", "フォトスタジオ光彩"),
]  # fmt: skip
REIEN_FIRMS = [
    ("園内清掃", "株式会社", "東西清掃"), ("植栽管理", "株式会社", "グリーン緑化"),
    ("管理事務所 受付", "一般財団法人", "地域振興公社"), ("合葬墓 維持管理", "有限会社", "大樹石材店"),
]  # fmt: skip
FUNERAL_FIRMS = [
    ("株式会社", "やすらぎ葬祭"), ("株式会社", "平安セレモニー"), ("株式会社", "セレモ花園"),
    ("合同会社", "ことぶき会館"), ("有限会社", "花善葬儀社"),
]  # fmt: skip
CLINICS = [
    "みどり動物病院",
    "さくら犬猫病院",
    "ひまわりペットクリニック",
    "こばと動物医療センター",
    "丘の上どうぶつ病院",
]
SAMPLE_NAMES = ["見本 一郎", "記載 花子", "共済 太郎", "霊園 次郎", "市民 三郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
DOGS = [
    "ポチ",
    "ハナ",
    "モモ",
    "コタロウ",
    "チョコ",
    "マロン",
    "レオ",
    "ココ",
    "サクラ",
    "ソラ",
    "ムギ",
    "小太郎",
    "きなこ",
]
BREEDS = [
    "柴",
    "トイ・プードル",
    "ミニチュア・ダックスフンド",
    "雑種",
    "チワワ",
    "秋田",
    "ゴールデン・レトリーバー",
    "コーギー",
]
BANKS = ["山形銀行", "常陽銀行", "十六銀行", "鳥取銀行", "伊予銀行", "ゆうちょ銀行", "JAバンク"]


# --- helpers (adapted from set34's plumbing) ------------------------------------------------------------
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
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.area + self.lot

    @property
    def district(self) -> str:
        return self.area.removeprefix("大字")

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    reien: str
    saijo: str
    koho: str
    areas: list[str]
    used: set[str] = field(default_factory=set)
    mayor: str = ""

    @property
    def districts(self) -> list[str]:
        return [a.rstrip("*").removeprefix("大字") for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 622 + n, 1111 + 13 * n)

    def phone(self, mobile: float = 0.5) -> str:
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
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 25)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 9)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
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
        return Person(sei, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1935, 2003)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer (not drawn from the residents)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def firm(self, kind: str, name: str) -> str:
        """A company name with its 株式会社 before or after (前株・後株)."""
        return f"{kind}{name}" if kind != "株式会社" or self.rng.random() < 0.6 else f"{name}{kind}"

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def day(self, start: dt.date, span: int) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, span))


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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 SK{n % 3 + 11:02d}")
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
                c.drawString(30, y - 10, "-" * 160)
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


def line_print(
    title: str, system: str, header: str, rows: list[str], per_page: int
) -> Callable[[Path], None]:
    """A line-printer style print: each row one space-padded string in a fixed-pitch layout, ``n / N`` below."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawString(30, h - 24, f"{system}    {title}    {ymd(TODAY)}")
            c.drawString(30, h - 44, header)
            c.drawString(30, h - 54, "*" * 120)
            y = h - 68
            for row in chunk:
                c.drawString(30, y, row)
                y -= 12
            if n == len(pages):
                c.drawString(30, y - 8, f"合計件数 {len(rows)} 件")
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
        out.append(f"保存日時：{ymd(day)} 17:45")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 電話受付 転記）")
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


def _both(*posts: Callable[[Path], None]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        for p in posts:
            p(path)

    return post


def _col(n: int) -> str:
    """Excel column letters of a 1-based index: 1 → A, 27 → AA."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


# --- 表彰・叙勲 (秘書課) -------------------------------------------------------------------------------------
def hyosho(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "hyosho", []
    office = ctx.office_phone(0)
    mayor = ctx.mayor
    d = ctx.districts

    # L1: press release naming the awardees in their role (地区 only, no address, no age)
    awardees = [(ctx.person((1938, 1958)), kind, work) for kind, work in [
        ("自治功労", f"{d[0]}地区自治会連合会 会長として 12 年"), ("社会福祉功労", "民生委員・児童委員として 24 年"),
        ("教育文化功労", f"{d[1]}郷土芸能保存会 会長として 18 年"), ("産業功労", "市農業委員会 委員として 15 年"),
        ("自治功労", "市議会議員として 5 期 20 年"), ("社会福祉功労", "保護司として 21 年"),
        ("善行", f"{d[2]}川河川敷の清掃活動を 30 年継続"),
    ]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.city}表彰 受賞者の決定について（報道発表資料）",
                paragraphs=[
                    f"{ctx.city}表彰条例に基づき、市政の振興に功績のあった方々の表彰を次のとおり決定しました。",
                    f"表彰式は令和6年11月3日（日・祝）午前10時から{ctx.city}民会館 大ホールで行います。",
                    f"問い合わせ先　秘書課 秘書係　電話 {office}（内線 2113）",
                ],
                tables=[
                    [["区分", "氏名", "功績の概要"]] + [[k, f"{p.name()} 氏", w] for p, k, w in awardees]
                ],
                footer="報道発表資料（解禁：10月25日 午後2時）",
            ),
            note="awardees published by name in their public role only: no address, birth date or phone",
        )
    )

    # L1: awards per year, merged two-row header, hidden code sheet
    years = [f"{y}年度" for y in ["H30", "R1", "R2", "R3", "R4", "R5", "R6"]]
    stat: list[list[Cell]] = [["年度", "功労表彰", None, None, None, "善行表彰", "計"],
                              [None, "自治", "社会福祉", "教育文化", "産業", None, None]]  # fmt: skip
    for y in years:
        v = [r.randint(2, 14) for _ in range(5)]
        stat.append([y, *v, sum(v)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("推移", stat, title=f"{ctx.city}表彰 受賞者数の推移（区分別）"),
                    sheet(
                        "区分コード",
                        [
                            ["コード", "区分", "根拠"],
                            ["01", "自治功労", "条例第3条第1号"],
                            ["02", "社会福祉功労", "条例第3条第2号"],
                            ["03", "教育文化功労", "条例第3条第3号"],
                            ["04", "産業功労", "条例第3条第4号"],
                            ["09", "善行", "条例第4条"],
                        ],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"推移": ["B3:E3", "A3:A4", "F3:F4", "G3:G4"]}),
        )
    )

    # L1: 推薦調書 記入例 with a sample name and a sample birth date
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="叙勲候補者推薦調書（記入例）",
                paragraphs=[
                    "※ この様式は記入例です。太字部分を候補者の内容に置き換えてください。",
                    "生年月日は和暦で、年齢は推薦基準日（令和7年4月29日）現在で記入してください。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["ふりがな", "けんぽん いちろう"],
                        ["氏名", SAMPLE_NAMES[0]],
                        ["生年月日", "昭和○○年○月○日（満○○歳）"],
                        ["現住所", f"{ctx.city}○○町○丁目○番○号"],
                        ["功績調書", "○○自治会長（平成○年○月〜令和○年○月）"],
                    ]
                ],
                textboxes=["記入例：略歴は年月順に、役職名は正式名称で記入すること"],
                footer="記入例",
            ),
        )
    )

    # L1: ceremony slides, everyone in their role
    rep, _, rep_work = awardees[0]
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.city}表彰式 進行次第",
                paragraphs=[
                    "1 開式のことば（秘書課長）",
                    f"2 式辞（{ctx.city}長 {mayor}）",
                    "3 表彰状授与",
                    "4 祝辞（市議会議長）",
                    f"5 謝辞（受賞者代表 {rep.name()} 様　{rep_work.split('として')[0]}）",
                    "6 閉式のことば",
                    "受賞者は午前9時30分までに控室（2階 第1会議室）へ",
                ],
                tables=[[["区分", "人数"], ["功労表彰", str(len(awardees) - 1)], ["善行表彰", "1"]]],
                notes=["授与の順番は区分順、同区分内は五十音順。写真撮影は広報課が担当。"],
            ),
            note="受賞者代表 named in role in the 進行次第, with no personal detail",
        )
    )

    # L1: 審査会 委員 in their role, odt
    members = [("委員長", "県立大学 名誉教授"), ("委員", "市議会 議長"), ("委員", "教育長"),
               ("委員", "商工会議所 会頭"), ("委員", "社会福祉協議会 会長"), ("委員", "自治会連合会 会長")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="表彰審査会 委員名簿（令和6年度）",
                paragraphs=[
                    "任期：令和6年4月1日から令和8年3月31日まで",
                    f"事務局：秘書課（電話 {office}　FAX {ctx.office_phone(9)}）",
                ],
                tables=[[["役職", "氏名", "所属・役職"]] + [[a, ctx.staff(), b] for a, b in members]],
            ),
        )
    )

    # L2: 履歴書 of a 叙勲 nominee
    p = ctx.person((1936, 1950), "男")
    edu = p.birth.year + 18
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="履　歴　書（令和7年春の叙勲候補者）",
                tables=[
                    [
                        ["ふりがな", p.kana],
                        ["氏名", p.name()],
                        ["生年月日", f"{wareki(p.birth)}生（{p.age()}歳）"],
                        ["現住所", f"〒{p.zip} {p.address(True)}"],
                        ["電話", p.phone],
                        ["学歴", f"{wareki(dt.date(edu, 3, 31))} 県立{d[0]}高等学校 卒業"],
                    ],
                    [
                        ["期間", "職歴・公職歴"],
                        [f"昭和{edu - 1925}年4月〜平成{edu - 1988 + 38}年3月", f"{ctx.company()} 勤務"],
                        ["平成11年4月〜令和5年3月", f"{p.district}地区自治会 会長"],
                        ["平成15年12月〜", "民生委員・児童委員"],
                    ],
                ],
                paragraphs=["上記のとおり相違ありません。", "令和6年10月　日　　本人署名"],
                header="取扱注意　叙勲関係書類",
            ),
        )
    )

    # L2: spaced-digit letter to an awardee
    p = ctx.person((1940, 1960))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + spaced_digits(f"{ctx.city}秘第{r.randint(300, 480)}号"),
                    ">" + wareki(dt.date(2024, 10, 18), "spaced"),
                    spaced_digits(f"〒{p.zip}"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city}長　{mayor}",
                    "^表彰のお知らせ",
                    "",
                    "このたび、あなたの永年にわたる地域福祉へのご尽力に対し、",
                    f"{ctx.city}表彰を贈ることに決定しましたのでお知らせします。",
                    "つきましては、下記のとおり表彰式を行いますので、ご出席くださいますようご案内します。",
                    "",
                    "記",
                    "日時　" + wareki(dt.date(2024, 11, 3), "spaced") + "（日・祝）午前 10 時",
                    f"会場　{ctx.city}民会館 大ホール",
                    "同伴者　1 名まで（控室をご用意します）",
                    "",
                    spaced_digits(f"担当　秘書課 秘書係　{office}"),
                ]
            ),
        )
    )

    # L2: Teams thread: a reply gives the nominee's home phone
    p = ctx.person((1935, 1948))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 10, 8),
                    [
                        ("09:12", s1, "高齢者叙勲の内申、今日が県への締切です"),
                        ("09:14", s1, f"{p.area}の {p.name()} さん、ご本人の意向確認がまだ取れていません"),
                        (
                            "09:20",
                            s2,
                            f"自治会経由で聞きました。連絡先は {p.phone} です。日中は奥様が出られるそうです",
                        ),
                        ("09:21", s1, "ありがとうございます、午前中に電話します"),
                        ("11:02", s1, "意向確認とれました。辞退なしです。内申書類そろえます"),
                    ],
                    "秘書課 表彰・叙勲",
                )
            ),
        )
    )

    # L2: 地区推薦の候補者一覧, xls
    cands = ctx.people(r.randint(9, 13), (1936, 1955))
    rows: list[list[Cell]] = [["No", "推薦団体", "氏名", "ふりがな", "生年月日", "年齢", "住所", "在任年数"]]
    for i, c in enumerate(cands, 1):
        rows.append([i, f"{c.district}地区自治会", c.name(), c.kana, wareki(c.birth, "short"), c.age(),
                     c.address(), f"{r.randint(10, 32)}年"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[sheet("推薦一覧", rows, title="令和6年度 自治功労表彰 地区推薦者一覧", first_row=4)]
            ),
        )
    )

    # L3: 歴代 表彰者台帳, a ruled several-page print
    persons = ctx.people(r.randint(112, 128), (1925, 1960))
    kinds = ["自治功労", "社会福祉功労", "教育文化功労", "産業功労", "善行"]
    prt = [[f"H{r.randint(10000, 99999)}", x.name(), katakana(x.kana), wareki(x.birth, "slash"), x.address(),
            r.choice(kinds), wareki(dt.date(r.randint(2004, 2023), 11, 3), "short")] for x in persons]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name"], DocSpec(), post=system_print(
        "表彰者台帳（歴代）", "総合行政システム 表彰管理", [("台帳番号", 30), ("氏名", 85), ("カナ", 160),
        ("生年月日", 265), ("住所", 325), ("区分", 560), ("表彰日", 640)], prt, 30,
        "抽出条件：表彰区分＝全て　並び順：台帳番号", ruled=True)))  # fmt: skip

    # L3: a memo in prose; the illness comes paragraphs after the name
    p = ctx.person((1938, 1948), "男")
    s = ctx.staff()
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="叙勲候補者の内申取下げについて（経緯）",
                paragraphs=[
                    f"令和7年春の叙勲（地方自治功労）で内申を予定していた {p.name()} 氏について、下記のとおり報告する。",
                    "1 経緯",
                    "9月4日、県市町村課から内申様式の照会があり、9月10日に本人宛て意向確認の文書を送付した。",
                    "9月20日までに回答がなく、9月24日に自治会長を通じて確認を依頼した。",
                    "2 家族からの連絡",
                    "10月1日、長男から秘書課へ電話があった（対応：" + s + "）。",
                    "長男によれば、本人は本年7月に膵臓がんと診断され、現在は市立病院に入院し抗がん剤治療を受けている。"
                    "本人は叙勲を大変光栄に思っているが、伝達式への出席は難しく、家族としては内申を見送ってほしいとのこと。",
                    "3 対応",
                    "県に内申取下げを連絡済み（10月2日）。次回以降、容体を見て改めて相談する。",
                ],
                header="関係者限り",
            ),
            note="a nominee in private life; 膵臓がん and the hospital stay are health",
        )
    )

    # L3: 百歳 お祝い 訪問予定, far right and down, with health remarks
    old = ctx.people(r.randint(9, 12), (1924, 1925))
    for x in old:  # turning 100 in 令和6年度: born 1924/4/1–1925/3/31
        x.birth = x.birth.replace(year=1924 if x.birth.month >= 4 else 1925)
    remarks = ["施設入所中（要介護5）", "認知症のため家族同席", "入院中（誤嚥性肺炎）のため花束のみ", "自宅・お元気",
               "寝たきり（在宅酸素）", "難聴、ゆっくり大きな声で", "自宅・車いす", "透析日（火木土）を避ける"]  # fmt: skip
    rows = [["No", "氏名", "ふりがな", "生年月日", "満年齢", "住所", "訪問先", "備考（健康状態）"]]
    for i, x in enumerate(old, 1):
        rows.append([i, x.name(), x.kana, x.birth, x.age(dt.date(2025, 3, 31)), x.address(), r.choice(["自宅", "特養", "病院"]),
                     remarks[i % len(remarks)]])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "訪問予定",
                        far_right([["百歳長寿祝い 市長訪問予定（令和6年度）"], [], *rows], 27),
                        first_row=6,
                    ),
                    sheet("メモ", [["市長訪問は10月第3週に集中させる（秘書課）"]]),
                ]
            ),
        )
    )

    # L3: Outlook mail; the 税務課 reply states a candidate's unpaid 固定資産税
    cands = ctx.people(3, (1940, 1955))
    tax = ctx.staff()
    sec = ctx.staff()
    quoted = ["税務課 収納係 御中", "", "表彰候補者の市税の納付状況について照会します（表彰規程第5条）。"]
    quoted += [
        f"{i}. {c.name()}（{c.address()}、{wareki(c.birth, 'abbr')}生）" for i, c in enumerate(cands, 1)
    ]
    quoted += ["", f"秘書課 {sec}"]
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["address", "arrears", "birth_date", "name"],
            DocSpec(
                paragraphs=mail(
                    f"{tax}（税務課 収納係）",
                    f"{sec}（秘書課）",
                    "RE: 表彰候補者の市税納付状況について（回答）",
                    "2024/09/12 (木) 16:40",
                    [
                        "秘書課 " + sec + " 様",
                        "",
                        "照会のあった3名について回答します。",
                        f"1 と 3 は滞納なし。2 の {cands[1].name()} 様は固定資産税 令和5年度 第3期・第4期 計 "
                        f"{yen(r.randint(40, 90) * 1000 + 300)} 円が未納で、督促状を8月に発送済みです。",
                        "取扱いには十分ご注意ください。",
                        "",
                        f"税務課 収納係 {tax}（内線 1352）",
                    ],
                    [
                        (
                            f"{sec}（秘書課）",
                            "2024/09/10 (火) 9:05",
                            "表彰候補者の市税納付状況について（照会）",
                            quoted,
                        )
                    ],
                )
            ),
        )
    )
    return docs


# --- 市長への手紙・市民の声 (広聴) ----------------------------------------------------------------------------
def koe(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "koe", []
    office = ctx.office_phone(1)
    mayor = ctx.mayor
    topics = [
        "道路・交通",
        "公園・緑地",
        "ごみ・環境",
        "福祉・介護",
        "子育て・教育",
        "窓口サービス",
        "観光・イベント",
    ]

    # L1: published summary, every writer anonymised by age band
    pub = [["分類", "ご意見（要旨）", "回答（要旨）", "担当課"],
           ["道路・交通", "通学路の路側帯が消えかかっている（市内 40代 女性）", "11月中に引き直します", "道路維持課"],
           ["公園・緑地", "公園のトイレを洋式にしてほしい（市内 70代 男性）", "令和7年度に改修予定です", "都市計画課"],
           ["窓口サービス", "土曜開庁の案内が分かりにくい（市外 30代）", "ホームページを改善しました", "市民課"],
           ["ごみ・環境", "集積所のカラス対策をお願いしたい（市内 60代 女性）", "ネットを貸し出しています", "環境課"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和5年度「市民の声」公表（主なご意見と回答）",
                paragraphs=[
                    "令和5年度に寄せられた「市長への手紙」「市民の声」は 412 件でした。主なものを公表します。",
                    "ご意見は要旨を掲載し、個人が特定される内容は省略しています。",
                    f"広報広聴課 広聴係　電話 {office}",
                ],
                tables=[pub],
            ),
        )
    )

    # L1: 受付処理簿, no names, 12-digit 受付番号 that all fail the check digit (cp932)
    led: list[list[str]] = [["受付番号", "受付日", "経路", "分類", "申出者", "担当課", "状況"]]
    for i in range(r.randint(14, 18)):
        num = fail_check(random_my_number(r), r.randint(1, 9))
        led.append([num, ymd(ctx.day(dt.date(2024, 9, 1), 60)), r.choice(["手紙", "メール", "FAX", "意見箱"]),
                    r.choice(topics), ["Ａさん", "Ｂさん", "匿名"][i] if i < 3 else r.choice(["匿名", "市内在住", "市外在住"]),
                    r.choice(["道路維持課", "環境課", "市民課", "子育て支援課"]),
                    r.choice(["回答済", "対応中", "回答不要"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(title="市民の声 受付処理簿（令和6年9月〜10月分・庁内共有用）", tables=[led]),
            note="12-digit 受付番号 failing the check digit; writers anonymised or omitted",
        )
    )

    # L1: counts by field and channel, merged header, hidden code sheet
    rows: list[list[Cell]] = [
        ["分類", "受付経路", None, None, None, "計"],
        [None, "手紙", "メール", "FAX", "意見箱", None],
    ]
    for t in topics:
        v = [r.randint(0, 40) for _ in range(4)]
        rows.append([t, *v, sum(v)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("集計", rows, title="市民の声 分類別・経路別 受付件数（令和6年度上半期）"),
                    sheet(
                        "分類コード",
                        [["コード", "分類"]] + [[f"{i:02d}", t] for i, t in enumerate(topics, 1)],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"集計": ["B3:E3", "A3:A4", "F3:F4"]}),
        )
    )

    # L1: answering officers in their role, ods
    depts = ["道路維持課", "都市計画課", "環境課", "市民課", "子育て支援課", "長寿介護課", "観光振興課"]
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "回答担当",
                        [["課名", "職名", "氏名", "内線"]]
                        + [
                            [dp, r.choice(["課長補佐", "係長", "主査"]), ctx.staff(), str(2200 + 17 * i)]
                            for i, dp in enumerate(depts)
                        ],
                        title="市民の声 回答担当者一覧（庁内）",
                    )
                ]
            ),
        )
    )

    # L1: Teams among staff about the draft replies
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 10, 21),
                    [
                        ("10:05", s1, "今週の回答案、道路維持課分がまだです"),
                        ("10:07", s2, "午後に課長決裁回します。公表分は個人が特定されないよう要旨にします"),
                        (
                            "10:15",
                            s3,
                            "公表用の集計表、9月分まで更新しました。共有フォルダの「公表」に置いてあります",
                        ),
                        ("10:16", s1, "ありがとうございます。市長報告は木曜の庁議後で"),
                    ],
                    "広聴係",
                )
            ),
            note="staff only: no resident is named",
        )
    )

    # L2: a resident's own letter to 市長 様, signed at the end
    p = ctx.person((1950, 1985))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長　{mayor}　様",
                    "",
                    "いつも市政にご尽力いただきありがとうございます。",
                    f"{p.area}の市道沿いの街灯が、夏ごろから三本続けて消えたままになっています。",
                    "夜、子どもが塾から歩いて帰るので心配です。自治会にも相談しましたが、市の管理と聞きました。",
                    "早めの修理をお願いいたします。お返事は手紙でいただけると助かります。",
                    "",
                    "令和6年10月2日",
                    f"住所　{p.address()}",
                    f"氏名　{p.name()}",
                    f"電話　{p.phone}",
                ]
            ),
        )
    )

    # L2: spaced-digit reply letter
    p = ctx.person((1945, 1990))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + spaced_digits(f"広広第{r.randint(100, 400)}号"),
                    ">" + wareki(dt.date(2024, 10, 25), "spaced"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city}長　{mayor}",
                    "^「市長への手紙」への回答について",
                    "",
                    spaced_digits(
                        "令和6年10月2日付けでお寄せいただいたご意見について、下記のとおり回答します。"
                    ),
                    "",
                    "市道の街灯については、10 月 15 日に現地を確認し、",
                    "照明器具の交換を 11 月中に行う予定です。",
                    "ご不便をおかけし申し訳ありません。",
                    "",
                    spaced_digits(f"担当　道路維持課 維持係　{ctx.office_phone(11)}"),
                ]
            ),
        )
    )

    # L2: LINE WORKS thread: the reply gives the writer's address
    p = ctx.person((1950, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    dt.date(2024, 10, 29),
                    [
                        (
                            "09:40",
                            s1,
                            f"意見箱に入っていた {p.name()} 様の件、回答先の住所が書いてありません",
                        ),
                        ("09:52", s2, f"前回の手紙の封筒にありました。{p.address()} です"),
                        ("09:53", s1, "助かります。回答書はその住所宛てで起案します"),
                        ("13:10", s2, "起案回しました"),
                    ],
                    "広聴係",
                )
            ),
        )
    )

    # L2: a 市民の声 card, one person with phone, odt
    p = ctx.person((1960, 2000))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "phone"],
            DocSpec(
                title="市民の声カード（本庁舎 1 階 意見箱）",
                tables=[
                    [
                        ["受付日", ymd(dt.date(2024, 10, 11))],
                        ["お名前", p.name()],
                        ["電話番号", p.phone],
                        ["回答", "希望する（電話）"],
                        ["ご意見", "証明書の窓口の待ち時間が長い。番号札の表示を大きくしてほしい。"],
                    ]
                ],
                paragraphs=["※ 回答を希望されない場合、お名前・電話番号の記入は不要です。"],
            ),
        )
    )

    # L3: 受付台帳 print, more than 100 writers with address and phone (dashed)
    ps = ctx.people(r.randint(110, 124), (1940, 2004))
    prt = [[f"{2024}{i:05d}", x.name(), x.address(), x.phone, ymd(ctx.day(dt.date(2024, 4, 1), 200)),
            r.choice(topics)] for i, x in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "name", "phone"], DocSpec(), post=system_print(
        "市民の声 受付台帳（令和6年度）", "広聴管理システム Ver.3", [("受付No", 30), ("氏名", 100), ("住所", 180),
        ("電話番号", 430), ("受付日", 520), ("分類", 590)], prt, 32, "抽出：匿名を除く")))  # fmt: skip

    # L3: a resident's letter telling of his own stroke and disability
    p = ctx.person((1948, 1965), "男")
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.city}長　様",
                    "",
                    "突然のお手紙失礼いたします。市内循環バスのことでお願いがあり筆を執りました。",
                    "私は三年前に脳梗塞で倒れ、左半身に麻痺が残りました。身体障害者手帳は2級で、今も月に二度、市立病院のリハビリに通っています。",
                    "ところが10月のダイヤ改正で、自宅近くの停留所が廃止になり、杖をついて二十分歩かなければならなくなりました。",
                    "同じように困っている高齢者は多いと思います。停留所の復活をご検討ください。",
                    "",
                    "令和6年10月14日",
                    f"〒{p.zip}　{p.address()}",
                    f"{p.name()}",
                    f"（電話 {p.phone}）",
                ]
            ),
        )
    )

    # L3: 市政モニター 謝礼, 姓 and 名 split; My Numbers on a hidden sheet headed only 番号
    mons = ctx.people(r.randint(16, 20), (1955, 2003))
    vis: list[list[Cell]] = [["ID", "姓", "名", "セイ", "メイ", "住所", "謝礼額", "支払日"]]
    hid: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i, x in enumerate(mons, 1):
        vis.append([f"M{i:03d}", x.sei, x.mei, katakana(x.sei_kana), katakana(x.mei_kana), x.address(), 12000,
                    dt.date(2024, 12, 10)])  # fmt: skip
        hid.append([f"M{i:03d}", x.name(), random_my_number(r)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("謝礼", vis, title="令和6年度 市政モニター謝礼 支払一覧"),
                    sheet("番号", hid, state="hidden"),
                ]
            ),
            note="monitors' My Numbers for the 支払調書 on a hidden sheet headed only 番号",
        )
    )

    # L3: Slack copy: the reply states a writer's 国保税 arrears
    p = ctx.person((1955, 1985))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    dt.date(2024, 10, 17),
                    [
                        (
                            "13:10",
                            s1,
                            f"国保税が高すぎるという手紙、{p.name()} さんからです。保険年金課に回答案お願いできますか",
                        ),
                        (
                            "13:32",
                            s2,
                            f"{p.name()} さんは令和4年度から国保税の滞納があって、督促状を3回出しています。"
                            "分納の相談にも来られていないので、回答では納付相談の窓口を案内します",
                        ),
                        ("13:35", s1, "了解です。滞納の件は回答書には書かないでください"),
                    ],
                    "広聴-回答調整",
                )
            ),
        )
    )
    return docs


# --- 広報誌・写真掲載同意書・取材 (広報課) --------------------------------------------------------------------
def koho(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "koho", []
    office = ctx.office_phone(2)
    mayor = ctx.mayor
    d = ctx.districts

    # L1: editorial slides for next month's issue
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.koho} 令和7年1月号 編集会議",
                paragraphs=[
                    "表紙：出初式（消防本部・写真は広報課撮影）",
                    "特集：新しい市民体育館 4月オープン（2〜5ページ）",
                    f"まちの話題：{d[0]}小学校 餅つき大会、{d[1]}地区 しめ縄づくり",
                    "市長コラム（秘書課から原稿 12/10）",
                    "お知らせ：確定申告・成人式・斎場の年末年始休業",
                    "入稿：12月13日（金）　校了：12月20日（金）",
                ],
                tables=[
                    [
                        ["ページ", "内容", "担当"],
                        ["1", "表紙", "広報課"],
                        ["2-5", "特集", "スポーツ課"],
                        ["6-7", "まちの話題", "広報課"],
                        ["8-15", "お知らせ", "各課"],
                        ["16", "市長コラム", "秘書課"],
                    ]
                ],
            ),
        )
    )

    # L1: a printed page of まちの話題 (people in their role, groups)
    head = ctx.person((1950, 1965))
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.koho} 11月号　まちの話題",
                paragraphs=[
                    f"■ {d[0]}中学校 吹奏楽部が東海・中国・四国大会（支部大会）で金賞　10月1日、部員の皆さんが市長に報告しました。",
                    f"■ 県知事表彰を受賞　{d[1]}地区民生委員児童委員協議会 会長の {head.name()} さんが、永年の功績により"
                    "県知事表彰を受けました。",
                    "■ 秋の交通安全運動　9月21日、市役所前で交通安全協会の皆さんが啓発品を配りました。",
                    f"■ {ctx.reien} で秋の合同供養　9月22日、約120人が参列しました。",
                    f"掲載写真の申込み・問い合わせ：広報課 広報係　{office}",
                ],
            ),
            note="a published page: a 協議会 会長 named in role and groups of pupils, no personal detail",
        )
    )

    # L1: 印刷・配送 contractors with 法人番号 (csv)
    rows: list[list[Cell]] = [["契約名", "事業者名", "法人番号", "所在地", "契約日", "契約金額（円）"]]
    for w, kind, name in KOHO_FIRMS:
        rows.append([w, ctx.firm(kind, name), random_corporate_number(r), ctx.biz_address(), ymd(dt.date(2024, 4, 1)),
                     yen(r.randint(300, 9000) * 1000)])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("契約", rows)])))

    # L1: 写真掲載同意書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="写真・氏名掲載同意書（記入例）",
                paragraphs=[
                    f"{ctx.city}長　様",
                    "私（及び下記の子）が写った写真及び氏名を、市の広報媒体に掲載することに同意します。",
                    "☑ 広報誌　☑ 市ホームページ　□ 市公式SNS",
                ],
                tables=[
                    [
                        ["保護者氏名", SAMPLE_NAMES[1]],
                        ["お子さんの氏名", "記載 さくら（○○小学校 2年）"],
                        ["住所", f"{ctx.city}○○町○丁目○番地"],
                        ["電話", "000-0000-0000"],
                    ]
                ],
                footer="記入例　※実際の申込みには裏面の様式を使用してください",
            ),
        )
    )

    # L1: 取材 対応 (reporters in their role, bureau phones), odt
    media = ["山陽日日新聞", "県民新報", "NHK", "ケーブルテレビ", "中日報知新聞"]
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="報道機関 取材窓口一覧（記者クラブ加盟）",
                paragraphs=["市長記者会見は毎月第2火曜 午前11時。資料配付は前日17時まで。"],
                tables=[
                    [["社名", "支局・担当", "担当記者", "支局電話"]]
                    + [[m, f"{ctx.city[:-1]}支局", ctx.staff() + " 記者", ctx.tel()] for m in media]
                ],
            ),
            note="reporters named in their role next to their bureau's phone",
        )
    )

    # L2: a filled 同意書: parent, child, address, phone
    par = ctx.person((1982, 1994), "女")
    child = r.choice(MALE + FEMALE)
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="写真・氏名掲載同意書",
                paragraphs=[
                    f"{ctx.city}長　様",
                    f"撮影行事：{d[0]}小学校 餅つき大会（令和6年12月7日）",
                    "☑ 広報誌　☑ 市ホームページ　□ 市公式SNS",
                ],
                tables=[
                    [
                        ["保護者氏名", par.name()],
                        ["お子さんの氏名", f"{par.sei} {child[0]}（{d[0]}小学校 3年）"],
                        ["住所", par.address()],
                        ["電話", par.phone],
                        ["署名日", "令和6年12月7日"],
                    ]
                ],
            ),
        )
    )

    # L2: 取材協力者 list, far right and down, 姓・名・セイ・メイ split
    ps = ctx.people(r.randint(14, 18), (1932, 1998))
    rows = [["No", "姓", "名", "セイ", "メイ", "地区", "電話", "取材日", "テーマ"]]
    themes = [
        "わがまちの達人（竹細工）",
        "百歳体操の会",
        "農家民泊",
        "郷土料理",
        "子ども食堂",
        "ボランティアガイド",
    ]
    for i, x in enumerate(ps, 1):
        rows.append([i, x.sei, x.mei, katakana(x.sei_kana), katakana(x.mei_kana), x.area, x.phone,
                     ctx.day(dt.date(2024, 5, 1), 180), r.choice(themes)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "協力者",
                        far_right([["取材協力者一覧（まちの話題・わがまちの達人）"], [], [], *rows], 25),
                        first_row=6,
                    )
                ]
            ),
            post=merge_xlsx({"協力者": ["Z6:AH7"]}),
        )
    )

    # L2: Teams thread: the reply gives an interviewee's phone
    p = ctx.person((1930, 1940), "男")
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 11, 5),
                    [
                        (
                            "14:02",
                            s1,
                            f"1月号の「わがまちの達人」、{p.area}の {p.name()} さん（わら細工）でどうでしょう",
                        ),
                        ("14:05", s2, "いいですね。公民館長さんから紹介してもらいました"),
                        (
                            "14:06",
                            s2,
                            f"ご自宅の電話 {p.phone} です。耳が少し遠いのでゆっくり話してください、とのこと",
                        ),
                        ("14:10", s1, "取材は11/20午後で調整します"),
                    ],
                    "広報係 1月号",
                )
            ),
        )
    )

    # L2: spaced-digit thank-you letter
    p = ctx.person((1940, 1995))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + wareki(dt.date(2024, 11, 1), "spaced"),
                    spaced_digits(f"〒{p.zip}"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city} 広報課長",
                    "^取材ご協力のお礼",
                    "",
                    "先日はお忙しいところ、広報誌の取材にご協力いただき誠にありがとうございました。",
                    spaced_digits(f"記事は{ctx.koho} 12月号（12月1日発行）に掲載いたします。"),
                    "掲載号を 2 部同封いたしますので、ご査収ください。",
                    "",
                    spaced_digits(f"広報課 広報係　{office}"),
                ]
            ),
        )
    )

    # L3: 郵送 希望者 名簿, more than 100 with address and phone, cp932
    ps = ctx.people(r.randint(108, 122), (1930, 2000))
    rows = [["送付番号", "氏名", "郵便番号", "住所", "電話番号", "部数", "理由"]]
    for i, x in enumerate(ps, 1):
        rows.append([f"Y{i:04d}", x.name(), x.zip, x.address(), x.phone, r.choice([1, 1, 1, 2]),
                     r.choice(["自治会未加入", "自治会未加入", "配布区域外", "本人希望"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("郵送", rows)])))

    # L3: 取材メモ in prose; dialysis comes paragraphs after the name
    p = ctx.person((1945, 1960), "女")
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                title="取材メモ（1月号 まちの話題：子ども食堂）",
                paragraphs=[
                    f"取材先：{p.area}こども食堂「ひだまり」　代表 {p.name()} さん（ボランティア、本業は主婦）",
                    "日時：11月9日（土）11時〜12時30分　同行：広報係 2 名",
                    "毎月第2・第4土曜に開催。食材は地元農家とフードバンクから。参加は毎回 40 人前後。",
                    "写真：調理の様子、配膳（子どもの顔は写さない）。同意書は代表が取りまとめ済み。",
                    "記事の方向性：地域で子どもを見守る場。ボランティア募集の告知も入れる。",
                    "【記事にしないこと】ご本人は週3回の人工透析を受けており、活動は透析のない日にしていることは"
                    "載せないでほしいとの申出あり。原稿確認時にも再確認する。",
                ],
            ),
            note="a volunteer 代表 named once; her dialysis is her own health",
        )
    )

    # L3: 取材謝礼 受領書, the My Number only in the page header
    p = ctx.person((1950, 1990))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="受　領　書",
                paragraphs=[
                    f"{ctx.city}長　{mayor}　様",
                    "",
                    "金　5,000 円",
                    "",
                    f"ただし、{ctx.koho} 表紙写真モデル 謝礼として、上記の金額を受領しました。",
                    "令和6年11月22日",
                    f"住所　{p.address()}",
                    f"氏名　{p.name()}　㊞",
                ],
                header=f"番号 {grouped(mn)}",
            ),
            note="the payee's My Number only in the page header, labelled 番号",
        )
    )

    # L3: 保育園 撮影 同意 一覧 with allergy remarks, ods
    kids = ctx.people(r.randint(16, 20), (2019, 2021))
    rows = [["No", "園児氏名", "保護者電話", "掲載可否", "撮影時の配慮"]]
    care = ["", "", "卵アレルギー（試食場面は撮らない）", "", "小麦アレルギー", "", "喘息（屋外撮影は短時間で）",
            "", "乳アレルギー（エピペン所持）", ""]  # fmt: skip
    for i, k in enumerate(kids, 1):
        rows.append([i, k.name(), k.phone, r.choice(["可", "可", "顔なし可", "不可"]), care[i % len(care)]])
    docs.append(
        Doc(
            fam,
            "ods",
            3,
            ["health", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("同意一覧", rows, title=f"取材撮影 同意確認表（市立{d[2]}保育園 クリスマス会）")
                ]
            ),
            note="children's allergies and asthma count as health",
        )
    )
    return docs


# --- 法律相談・行政相談 (市民相談室) --------------------------------------------------------------------------
def sodan(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "sodan", []
    office = ctx.office_phone(3)
    fields = ["相続・遺言", "離婚・親権", "金銭貸借", "近隣トラブル", "不動産・借地", "労働", "消費者契約"]

    # L1: the consultation schedule, lawyers in their role
    sched = [["日付", "時間", "会場", "担当弁護士"]]
    for i in range(8):
        day = dt.date(2024, 10, 3) + dt.timedelta(days=14 * i)
        sched.append([f"{day.month}月{day.day}日（木）", "13:00〜16:00", r.choice(["本庁舎 相談室", "中央公民館"]),
                      f"{ctx.staff()} 弁護士（{r.choice(['ひかり', 'みなと', '中央', 'あおば'])}法律事務所）"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年度 下半期 無料法律相談 日程表",
                paragraphs=[
                    "相談は1人30分、予約制です（前週の月曜 午前8時30分から電話受付）。",
                    f"予約・問い合わせ：市民相談室　{office}",
                    "県弁護士会の協力により実施しています。",
                ],
                tables=[sched],
            ),
            note="lawyers named in their role with their firm",
        )
    )

    # L1: counts by field, merged header, hidden sheet
    rows: list[list[Cell]] = [
        ["分野", "法律相談", None, "行政相談", "計"],
        [None, "件数", "うち新規", "件数", None],
    ]
    for f in fields:
        a, b = r.randint(5, 60), r.randint(0, 8)
        rows.append([f, a, r.randint(0, a), b, a + b])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("分野別", rows, title="市民相談 分野別件数（令和5年度）"),
                    sheet(
                        "事例（匿名化）",
                        [
                            ["相談者", "年代", "分野", "概要", "結果"],
                            ["〇〇 〇〇", "70代", "相続・遺言", "遺言書の検認手続", "家庭裁判所を案内"],
                            ["〇〇 〇〇", "40代", "近隣トラブル", "騒音", "調停を助言"],
                            ["〇〇 〇〇", "30代", "消費者契約", "ネット通販の解約", "消費生活センターへ"],
                        ],
                    ),
                    sheet(
                        "作業用",
                        [["元データ", "相談管理システム 年次集計"], ["抽出日", "2024/04/05"]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"分野別": ["B3:C3", "A3:A4", "E3:E4"]}),
            note="the case table is masked (〇〇 〇〇)",
        )
    )

    # L1: 行政相談委員 (総務大臣委嘱) in their role, odt
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="行政相談委員 名簿（総務大臣委嘱）",
                paragraphs=[
                    "行政相談委員は、国の行政などへの苦情や意見を受け付け、解決のための助言や関係機関への通知を行います。",
                    "相談は無料、秘密は守られます。",
                ],
                tables=[
                    [["委員名", "担当地区", "定例相談所", "開催日"]]
                    + [
                        [ctx.staff(), f"{dd}地区", f"{dd}公民館", f"毎月第{i % 4 + 1}水曜 10時〜12時"]
                        for i, dd in enumerate(ctx.districts[:5])
                    ]
                ],
            ),
            note="行政相談委員 are published in their official role",
        )
    )

    # L1: LINE WORKS among staff about slots (cp932)
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    dt.date(2024, 11, 11),
                    [
                        ("08:35", s1, "12月の法律相談、弁護士会から派遣日の連絡ありました。12/5と12/19です"),
                        ("08:41", s2, "12/19は中央公民館の部屋を押さえます"),
                        ("08:42", s1, "予約枠は各6枠。年末なので相続の相談が増えそうです"),
                        ("09:03", s2, "ホームページの日程表、更新しておきます"),
                    ],
                    "市民相談室",
                )
            ),
            note="staff only: no resident is named",
        )
    )

    # L1: 相談カード 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="法律相談カード（記入例）",
                tables=[
                    [
                        ["ふりがな", "しみん さぶろう"],
                        ["氏名", SAMPLE_NAMES[4]],
                        ["電話", "0000-00-0000"],
                        ["相談分野", "☑ 相続・遺言　□ 離婚　□ 金銭　□ その他"],
                        ["相談内容", "父が亡くなり、兄弟で土地の分け方がまとまらない（記入例）"],
                    ]
                ],
                paragraphs=["相談内容は簡潔に記入してください。相手方の氏名は記入不要です。"],
                footer="記入例",
            ),
        )
    )

    # L2: this week's bookings, starting on row 6
    ps = ctx.people(r.randint(9, 12), (1940, 1995))
    rows = [["予約日", "時間", "氏名", "フリガナ", "電話番号", "分野", "受付者"]]
    for i, x in enumerate(ps):
        rows.append([dt.date(2024, 11, 21), f"{13 + i // 2}:{'00' if i % 2 == 0 else '30'}", x.name(),
                     katakana(x.kana), x.phone, r.choice(fields), ctx.staff().split(" ")[0]])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[sheet("11月21日", rows, title="無料法律相談 予約簿（11月21日・本庁舎）", first_row=6)]
            ),
        )
    )

    # L2: spaced-digit letter moving a booking
    p = ctx.person((1950, 1990))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + wareki(dt.date(2024, 11, 12), "spaced"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city} 市民相談室",
                    "^法律相談日の変更について（お知らせ）",
                    "",
                    "ご予約いただいていた法律相談について、担当弁護士の都合により",
                    "下記のとおり日程を変更させていただきます。",
                    "",
                    "記",
                    "変更前　" + wareki(dt.date(2024, 11, 21), "spaced") + " 午後 2 時",
                    "変更後　" + wareki(dt.date(2024, 12, 5), "spaced") + " 午後 2 時",
                    "会場　本庁舎 2 階 相談室",
                    "",
                    spaced_digits(f"ご都合が悪い場合は {office} までご連絡ください。"),
                ]
            ),
        )
    )

    # L2: relay log of phone bookings
    ps = ctx.people(3, (1945, 1990))
    s1 = ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    dt.date(2024, 11, 11),
                    [
                        (
                            "08:31",
                            s1,
                            f"{ps[0].name()} さん 法律相談予約 12/5 13:00 相続 連絡先 {ps[0].phone}",
                        ),
                        ("08:44", s1, f"{ps[1].name()} さん 行政相談の日程問い合わせ 折り返し {ps[1].phone}"),
                        (
                            "09:02",
                            s1,
                            f"{ps[2].name()} さん 12/5 13:30 近隣トラブル（騒音） 連絡先 {ps[2].phone}",
                        ),
                        ("09:15", s1, "弁護士会へ 12/5 の予約状況 FAX 済"),
                    ],
                    "市民相談室 予約電話",
                )
            ),
        )
    )

    # L2: a resident's own letter to 市民相談室 御中
    p = ctx.person((1945, 1980))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    "市民相談室 御中",
                    "",
                    "行政相談委員の相談日を教えていただきたく、お手紙を差し上げます。",
                    "国道の歩道橋が老朽化していて、手すりがぐらついています。国の管理と聞きましたが、どこに言えばよいか分かりません。",
                    "相談日が決まりましたら、下記までご連絡をお願いします。",
                    "",
                    "令和6年11月6日",
                    f"{p.address()}",
                    f"{p.name()}",
                    f"TEL {p.phone}",
                ]
            ),
        )
    )

    # L3: a line-printer 受付台帳, more than 100 consultants with phone and address
    ps = ctx.people(r.randint(106, 120), (1940, 2000))
    lines = [
        f"{i:06d}  {x.name():<10}{x.phone:<16}{x.address():<30}{r.choice(fields)}"
        for i, x in enumerate(ps, 1)
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "name", "phone"],
            DocSpec(),
            post=line_print(
                "相談受付台帳（令和6年度）",
                "SODAN-SYS",
                "受付番号  氏名       電話番号        住所                          分野",
                lines,
                34,
            ),
        )
    )

    # L3: a case record in prose; the arrears come later
    p = ctx.person((1965, 1990))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["arrears", "name", "phone"],
            DocSpec(
                title="相談記録票（法律相談）",
                paragraphs=[
                    f"相談者：{p.name()}（連絡先 {p.phone}）　相談日：令和6年10月17日　担当弁護士：{ctx.staff()}",
                    "相談分野：金銭貸借",
                    "【相談内容】",
                    "勤務先の倒産後、収入が減り生活費をカードローンで補ってきた。",
                    "現在、消費者金融3社からの借入れが合計約280万円あり、今年の春から返済が滞っている。",
                    "最近、債権者から一括返済を求める督促状が届いた。さらに家賃も4か月分（約24万円）滞納しており、"
                    "管理会社から退去を求められている。",
                    "【助言】",
                    "債務整理（任意整理・自己破産）の選択肢を説明。法テラスの利用を案内。",
                    "家賃滞納については、住居確保給付金の相談窓口（生活福祉課）を案内した。",
                ],
                header="取扱注意",
            ),
            note="the person's own loan arrears under 督促 and rent arrears count as arrears",
        )
    )

    # L3: Teams thread: the reply tells of a consultant's psychiatric treatment
    p = ctx.person((1960, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 11, 7),
                    [
                        (
                            "15:20",
                            s1,
                            f"明日の法律相談、{p.name()} さんがまた予約されています。今月3回目です",
                        ),
                        ("15:24", s2, "前回、相談中に大声を出されたので弁護士さんから配慮の依頼がありました"),
                        (
                            "15:27",
                            s2,
                            f"{p.name()} さんは統合失調症で精神科に通院中とご家族から聞いています。保健師にも共有済みです",
                        ),
                        ("15:30", s1, "了解です。相談室のドアは開けておき、私が隣室で待機します"),
                    ],
                    "市民相談室",
                )
            ),
        )
    )

    # L3: an old xls booking book, one row telling of rent arrears
    ps = ctx.people(r.randint(9, 11), (1945, 1990))
    rows = [["日付", "氏名", "電話", "分野", "相談内容（要旨）"]]
    gists = [
        ("相続・遺言", "父の相続、兄弟間の協議"),
        ("近隣トラブル", "隣家の木の越境"),
        ("離婚・親権", "離婚後の養育費"),
        ("不動産・借地", "敷金の返還"),
        ("労働", "解雇予告"),
        ("消費者契約", "訪問販売の解約"),
    ]
    for i, x in enumerate(ps):
        field_, gist = r.choice(gists)
        if i == 3:
            field_, gist = "不動産・借地", "市営住宅家賃を6か月滞納、明渡しの催告を受けた"
        rows.append([ymd(ctx.day(dt.date(2024, 6, 1), 100)), x.name(), x.phone, field_, gist])
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["arrears", "name", "phone"],
            DocSpec(sheets=[sheet("予約簿", rows, title="法律相談 予約簿（令和6年度 上半期）")]),
            note="one row's 市営住宅家賃 滞納 about a named booker",
        )
    )
    return docs


# --- 市営霊園 (市民生活課 霊園係) ---------------------------------------------------------------------------
def reien(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "reien", []
    office = ctx.office_phone(4)
    kinds = [("一般墓所 A", "4.0㎡", 480000, 4400), ("一般墓所 B", "6.0㎡", 720000, 6600),
             ("芝生墓所", "3.0㎡", 390000, 5500), ("樹木葬区画", "―", 150000, 0)]  # fmt: skip

    # L1: the call for applicants
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.reien} 使用者募集のご案内",
                paragraphs=[
                    "申込資格：市内に引き続き1年以上住所を有し、現に焼骨を所持している方（生前申込は不可）",
                    "申込期間：令和6年11月1日（金）〜11月29日（金）　公開抽選：12月12日（木）午前10時 本庁舎 大会議室",
                    "年間管理料は毎年4月に納入通知書を送付します。",
                    f"問い合わせ：市民生活課 霊園係　{office}",
                ],
                tables=[
                    [["区画種別", "面積", "使用料（円）", "年間管理料（円）", "募集数"]]
                    + [[k, a, yen(u), yen(m), str(r.randint(4, 30))] for k, a, u, m in kinds]
                ],
            ),
        )
    )

    # L1: the cemetery's water bills, 12-digit 水栓番号 and お客様番号 failing the check digit (cp932)
    rows: list[list[Cell]] = [["水栓番号", "お客様番号", "設置場所", "使用量（m3）", "請求額（円）"]]
    for i in range(r.randint(10, 13)):
        rows.append([fail_check(random_my_number(r), r.randint(1, 9)), fail_check(random_my_number(r), r.randint(1, 9)),
                     f"{r.choice('ABCDEF')}区 共用水栓{i + 1}", r.randint(3, 40), yen(r.randint(800, 9000))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("水道", rows, title=f"{ctx.reien} 上水道 使用量（令和6年9月検針）")]),
            note="12-digit 水栓番号 and お客様番号 failing the check digit; no person",
        )
    )

    # L1: maintenance contractors with 法人番号 and 代表者 in role (xls)
    rows = [["業務", "事業者", "法人番号", "代表者", "所在地", "電話"]]
    for w, kind, name in REIEN_FIRMS:
        rows.append(
            [
                w,
                ctx.firm(kind, name),
                random_corporate_number(r),
                f"代表取締役 {ctx.staff()}",
                ctx.biz_address(),
                ctx.tel(),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("委託", rows, title="霊園管理業務 委託先一覧")]),
        )
    )

    # L1: slides on the planned 合葬墓
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.reien} 合葬墓整備について（市民説明会）",
                paragraphs=[
                    "背景：承継者のいない墓所の返還が増加",
                    "返還件数：R1 21件 → R5 47件",
                    "待機者（抽選落選）：延べ 130 件",
                    "合葬墓：3,000 体収容、令和8年度供用開始予定",
                    "使用料：1 体 50,000 円（管理料なし）",
                ],
                tables=[
                    [
                        ["年度", "返還", "新規許可", "無縁改葬"],
                        ["R3", "32", "58", "2"],
                        ["R4", "41", "55", "5"],
                        ["R5", "47", "49", "4"],
                    ]
                ],
                notes=["説明会は 12/8 中央公民館、12/15 霊園管理事務所"],
            ),
        )
    )

    # L1: a several-page print of plots with no person (a look-alike of the 使用者台帳)
    plots = []
    for i in range(r.randint(120, 140)):
        k, a, _, m = r.choice(kinds)
        plots.append([f"{r.choice('ABCDEF')}-{i + 1:04d}", k, a, r.choice(["使用中", "使用中", "使用中", "空き", "返還予定"]),
                      yen(m), r.choice(["", "", "角地", "通路側"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(),
            post=system_print(
                "区画台帳（区画一覧）",
                "霊園管理システム",
                [
                    ("区画番号", 40),
                    ("種別", 130),
                    ("面積", 240),
                    ("状態", 300),
                    ("管理料", 370),
                    ("備考", 450),
                ],
                plots,
                32,
                "出力区分：区画情報のみ（使用者情報なし）",
            ),
            note="a several-page system print of plots: no person in it",
        )
    )

    # L2: 使用許可証
    p = ctx.person((1940, 1975))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name"],
            DocSpec(
                title=f"{ctx.reien} 使用許可証",
                paragraphs=[
                    f"許可番号　第 {r.randint(1000, 5000)} 号",
                    f"使用者　住所　{p.address()}",
                    f"　　　　氏名　{p.name()}",
                    f"区画　{r.choice('ABCDEF')}区 {r.randint(1, 400)} 番（一般墓所 A　4.0㎡）",
                    "許可日　令和6年10月1日",
                    f"{ctx.city}霊園条例第6条の規定により、上記のとおり使用を許可します。",
                    f"{ctx.city}長",
                ],
            ),
        )
    )

    # L2: spaced-digit letter asking an heir to take over the plot
    p = ctx.person((1955, 1985))
    lot = ctx.urban(p)
    dead = r.choice(SURNAMES)[0]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + wareki(dt.date(2024, 10, 9), "spaced"),
                    spaced_digits(f"〒{p.zip}"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city} 市民生活課 霊園係",
                    "^墓所使用権の承継手続きについて（お願い）",
                    "",
                    spaced_digits(
                        f"{ctx.reien} {r.choice('ABCDEF')}区 {r.randint(1, 400)} 番の使用者であった {dead} 家の"
                    ),
                    "使用者死亡の届出を受けましたので、承継の手続きをお願いします。",
                    "",
                    "必要書類　承継使用許可申請書、戸籍謄本、使用許可証",
                    "提出期限　" + wareki(dt.date(2024, 12, 27), "spaced"),
                    "",
                    spaced_digits(f"霊園係　{office}"),
                ]
            ),
        )
    )

    # L2: 返還 申請 一覧, hidden master sheet, merged title
    ps = ctx.people(r.randint(6, 9), (1940, 1970))
    rows = [["No", "区画", "使用者氏名", "住所", "電話", "返還理由", "受付日"]]
    for i, x in enumerate(ps, 1):
        rows.append([i, f"{r.choice('ABCDEF')}-{r.randint(1, 400):04d}", x.name(), x.address(), x.phone,
                     r.choice(["墓じまい（市外の納骨堂へ）", "承継者なし", "改葬"]), ctx.day(dt.date(2024, 4, 1), 180)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("返還", rows, title="墓所返還申請 受付一覧（令和6年度）"),
                    sheet(
                        "区画マスタ",
                        [["区画", "種別"]] + [[f"A-{i:04d}", "一般墓所 A"] for i in range(1, 30)],
                        state="hidden",
                    ),
                ]
            ),
        )
    )

    # L2: 住所変更届, odt
    p = ctx.person((1945, 1980))
    old = ctx.person((1945, 1980))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="霊園使用者 住所等変更届",
                tables=[
                    [
                        ["区画", f"{r.choice('ABCDEF')}区 {r.randint(1, 400)} 番"],
                        ["使用者氏名", p.name()],
                        ["旧住所", old.address()],
                        ["新住所", p.address()],
                        ["電話", p.phone],
                        ["届出日", "令和6年10月30日"],
                    ]
                ],
                paragraphs=[f"{ctx.city}長　様", "上記のとおり届け出ます。"],
            ),
        )
    )

    # L3: 使用者台帳, a ruled several-page print of more than 100 users
    ps = ctx.people(r.randint(112, 130), (1930, 1975))
    prt = [[f"{r.choice('ABCDEF')}-{i:04d}", x.name(), x.address(), x.phone,
            wareki(dt.date(r.randint(1975, 2023), r.randint(1, 12), 1), "short")] for i, x in enumerate(ps, 1)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "name", "phone"], DocSpec(), post=system_print(
        "墓所使用者台帳", "霊園管理システム", [("区画番号", 40), ("使用者氏名", 120), ("住所", 210), ("電話番号", 470),
        ("許可年月日", 570)], prt, 30, ruled=True)))  # fmt: skip

    # L3: 管理料 滞納者 list far right (column AC), 姓 and 名 split
    ps = ctx.people(r.randint(16, 22), (1935, 1975))
    rows = [["区画", "姓", "名", "セイ", "メイ", "住所", "滞納年度", "滞納額（円）", "督促日"]]
    for x in ps:
        years = r.randint(1, 5)
        rows.append([f"{r.choice('ABCDEF')}-{r.randint(1, 400):04d}", x.sei, x.mei, katakana(x.sei_kana),
                     katakana(x.mei_kana), x.address(), f"R{6 - years}〜R5", 4400 * years,
                     dt.date(2024, 6, 20)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "滞納",
                        far_right([["霊園管理料 滞納者一覧（令和6年9月末）"], [], *rows], 28),
                        first_row=5,
                    )
                ]
            ),
            post=merge_xlsx({"滞納": ["AC5:AK5"]}),
        )
    )

    # L3: spaced-digit 督促状 for the 管理料
    p = ctx.person((1940, 1970))
    lot = ctx.urban(p)
    owed = 4400 * r.randint(2, 4)
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "arrears", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + spaced_digits(f"市生第{r.randint(500, 900)}号"),
                    ">" + wareki(dt.date(2024, 10, 21), "spaced"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city}長",
                    "^督　促　状",
                    "",
                    spaced_digits(f"{ctx.reien}の年間管理料が、納期限を過ぎても納付されていません。"),
                    "下記の金額を指定期限までに納付してください。",
                    "",
                    f"未納額　{yen(owed)} 円（令和 4 年度〜令和 5 年度）",
                    "指定期限　" + wareki(dt.date(2024, 11, 20), "spaced"),
                    "期限までに納付がない場合、霊園条例により使用許可を取り消すことがあります。",
                    "",
                    spaced_digits(f"霊園係　{office}"),
                ]
            ),
        )
    )

    # L3: Slack copy: the reply states a user's dementia
    p = ctx.person((1932, 1945))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    dt.date(2024, 10, 3),
                    [
                        (
                            "10:12",
                            s1,
                            f"C区の {p.name()} さんの墓所、管理料の通知が3年続けて戻ってきています",
                        ),
                        (
                            "10:30",
                            s2,
                            f"{p.name()} さんはアルツハイマー型認知症で、今春から特養に入所されています。成年後見の申立て中だそうです",
                        ),
                        ("10:31", s2, "後見人が決まったら通知先を変えます"),
                        ("10:33", s1, "了解です。それまで通知は保留にします"),
                    ],
                    "霊園係",
                )
            ),
        )
    )
    return docs


# --- 畜犬登録・狂犬病予防注射 (環境衛生係) ---------------------------------------------------------------------
def chiken(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "chiken", []
    office = ctx.office_phone(5)
    d = ctx.districts
    clinics = r.sample(CLINICS, 4)

    # L1: the venues of the group vaccination, clinics with their 院長 in role
    venues = [["日", "時間", "会場", "地区"]]
    for i, dd in enumerate(d):
        day = dt.date(2025, 4, 7 + i // 2)
        venues.append(
            [
                f"{day.month}月{day.day}日",
                f"{9 + (i % 2) * 2}:00〜{10 + (i % 2) * 2}:30",
                f"{dd}公民館 駐車場",
                dd,
            ]
        )
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和7年度 狂犬病予防 集合注射 会場一覧",
                paragraphs=[
                    "注射料金 3,200 円（注射済票交付手数料 550 円を含む）。おつりのないようご用意ください。",
                    "会場に来られない方は、下記の協力動物病院でも接種できます。",
                ],
                tables=[
                    venues,
                    [["協力動物病院", "院長", "電話"]]
                    + [[c, f"獣医師 {ctx.staff()}", ctx.tel()] for c in clinics],
                ],
                footer=f"環境課 環境衛生係　{office}",
            ),
            note="venues and clinics, 院長 named in role with the clinic's phone",
        )
    )

    # L1: registrations and vaccination rate, merged header, hidden sheet
    rows: list[list[Cell]] = [
        ["年度", "登録頭数", "注射頭数", None, "注射率"],
        [None, None, "集合", "個別", None],
    ]
    for y in range(2018, 2025):
        reg = r.randint(5200, 7400)
        a, b = r.randint(1500, 2400), r.randint(1800, 2600)
        rows.append([f"{y}年度", reg, a, b, f"{(a + b) / reg:.1%}"])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("推移", rows, title="畜犬登録頭数・狂犬病予防注射 実施状況"),
                    sheet("県報告", [["報告様式", "第5号"], ["提出先", "保健所 衛生課"]], state="hidden"),
                ]
            ),
            post=merge_xlsx({"推移": ["C3:D3", "A3:A4", "B3:B4", "E3:E4"]}),
        )
    )

    # L1: 登録申請 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="犬の登録申請書（記入例）",
                tables=[
                    [
                        ["所有者氏名", SAMPLE_NAMES[0]],
                        ["住所", f"{ctx.city}○○町○丁目○番○号"],
                        ["電話", "000-000-0000"],
                        ["犬の名前", "ポチ"],
                        ["種類", "柴"],
                        ["毛色", "茶"],
                        ["性別", "オス"],
                        ["生年月日（犬）", "令和6年4月頃"],
                    ]
                ],
                paragraphs=["※ 生年月日は犬の生まれた日です。分からない場合は「頃」と記入してください。"],
                footer="記入例",
            ),
        )
    )

    # L1: clinics, odt
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="狂犬病予防注射 協力動物病院一覧",
                tables=[
                    [["病院名", "院長", "所在地", "電話", "休診日"]]
                    + [
                        [
                            c,
                            ctx.staff(),
                            ctx.biz_address(),
                            ctx.tel(),
                            r.choice(["水曜・日曜", "木曜・日曜", "日曜・祝日"]),
                        ]
                        for c in CLINICS
                    ]
                ],
            ),
        )
    )

    # L1: tags issued per venue, csv
    rows = [["会場", "実施日", "注射頭数", "新規登録", "済票交付"]]
    for dd in d:
        n = r.randint(60, 240)
        rows.append([f"{dd}公民館", "2024/04/08", n, r.randint(2, 20), n])
    docs.append(
        Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("集計", rows, title="令和6年度 集合注射 会場別実績")]))
    )

    # L2: one venue's sign-in, 姓 and 名 split
    ps = ctx.people(r.randint(24, 32), (1945, 2002))
    rows = [["受付", "姓", "名", "電話", "犬の名前", "犬種", "登録番号", "新規"]]
    for i, x in enumerate(ps, 1):
        rows.append([i, x.sei, x.mei, x.phone, r.choice(DOGS), r.choice(BREEDS), f"R{r.randint(1, 6)}-{r.randint(1, 900):04d}",
                     r.choice(["", "", "", "○"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[sheet("受付", rows, title=f"集合注射 当日受付簿（{d[0]}公民館 4月8日）", first_row=4)]
            ),
        )
    )

    # L2: spaced-digit reminder to vaccinate (not money owed)
    p = ctx.person((1950, 1995))
    lot = ctx.urban(p)
    dog = r.choice(DOGS)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + wareki(dt.date(2024, 9, 2), "spaced"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city} 環境課",
                    "^狂犬病予防注射のお知らせ（再通知）",
                    "",
                    f"登録犬「{dog}」の今年度の狂犬病予防注射が確認できていません。",
                    "狂犬病予防法により、年 1 回の注射が義務付けられています。",
                    "協力動物病院で接種し、注射済票の交付を受けてください。",
                    "既に接種済みの場合は、ご連絡ください。",
                    "",
                    spaced_digits(f"環境衛生係　{office}"),
                ]
            ),
            note="a reminder to vaccinate the dog: not money owed, not the owner's health",
        )
    )

    # L2: 注射猶予 証明 (the dog's illness), owner with address
    p = ctx.person((1950, 1990))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name"],
            DocSpec(
                title="狂犬病予防注射 猶予証明書",
                tables=[
                    [
                        ["所有者", p.name()],
                        ["住所", p.address()],
                        ["犬の名前", r.choice(DOGS)],
                        ["犬種", r.choice(BREEDS)],
                        ["登録番号", f"R2-{r.randint(1, 900):04d}"],
                        ["猶予理由", "僧帽弁閉鎖不全症（重度）、心不全の治療中"],
                        ["猶予期間", "令和6年4月1日〜令和7年3月31日"],
                    ]
                ],
                paragraphs=[
                    "上記の犬は、健康状態により狂犬病予防注射の接種を猶予することが適当と認めます。",
                    f"{clinics[0]}　獣医師 {ctx.staff()}",
                ],
            ),
            note="the illness is the dog's, not a person's health",
        )
    )

    # L2: relay log about a stray dog; the reply gives the owner's phone and address
    p = ctx.person((1955, 1995))
    s1 = ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    dt.date(2024, 10, 16),
                    [
                        (
                            "07:58",
                            "警察署 生活安全課",
                            f"{d[1]}地内で柴犬を保護、鑑札 R3-{r.randint(1, 900):04d}",
                        ),
                        ("08:20", s1, f"鑑札照会 → 所有者 {p.name()} さん、{p.address()}"),
                        ("08:25", s1, f"所有者へ連絡 {p.phone} 不在、留守電"),
                        ("09:10", s1, "所有者から折り返しあり。10時に警察署へ引取り"),
                    ],
                    "迷い犬 保護",
                )
            ),
        )
    )

    # L3: the 登録台帳 export, more than 100 owners (cp932)
    ps = ctx.people(r.randint(110, 126), (1940, 2003))
    rows = [["登録番号", "所有者氏名", "カナ", "郵便番号", "住所", "電話", "犬名", "犬種", "最終注射"]]
    for x in ps:
        rows.append([f"R{r.randint(1, 6)}-{r.randint(1, 999):04d}", x.name(), katakana(x.kana), x.zip, x.address(),
                     x.phone, r.choice(DOGS), r.choice(BREEDS), r.choice(["2024/04/08", "2024/05/20", "2023/04/10", ""])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("台帳", rows)])))

    # L3: a bite report; the victim's injury is in a text box
    owner, victim = ctx.person((1960, 1990)), ctx.person((2013, 2016))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                title="犬による咬傷事故 報告書",
                paragraphs=[
                    "発生日時：令和6年10月5日（土）午後4時頃",
                    f"発生場所：{d[2]}地内 市道上",
                    f"飼い主：{owner.name()}（{owner.address()}）",
                    f"被害者：{victim.name()}（小学生、{victim.address()}）",
                    "状況：散歩中の犬（雑種・中型）がリードを振り切り、下校中の被害者に咬みついた。",
                    "対応：10月7日に飼い主宅を訪問、係留の徹底を指導。犬は獣医師による狂犬病の検診（3回）を受けた。",
                ],
                textboxes=["被害者の受傷：右ふくらはぎ 裂傷 4針縫合、破傷風トキソイド接種（市立病院 外科）"],
            ),
            note="a child's bite wound and stitches count as health",
        )
    )

    # L3: Teams thread about a hoarder; the reply states the owner's illness
    p = ctx.person((1950, 1975))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 11, 1),
                    [
                        (
                            "10:40",
                            s1,
                            f"{p.area}の多頭飼育の苦情、また来ました。{p.name()} さん宅です。犬が20頭近くいるそうです",
                        ),
                        (
                            "10:46",
                            s2,
                            f"{p.name()} さんは統合失調症の治療中で、保健センターの保健師が月1回訪問しています",
                        ),
                        ("10:47", s2, "単独で訪問せず、保健師と同行でお願いします"),
                        ("10:50", s1, "承知しました。来週水曜で調整します"),
                    ],
                    "環境衛生係",
                )
            ),
        )
    )

    # L3: 未接種者 一覧, a dashed several-page print of more than 100 owners
    ps = ctx.people(r.randint(104, 118), (1940, 2003))
    prt = [[f"R{r.randint(1, 6)}-{r.randint(1, 999):04d}", x.name(), x.address(), x.phone, r.choice(DOGS),
            r.choice(["R5", "R4", "未接種"])] for x in ps]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "name", "phone"], DocSpec(), post=system_print(
        "狂犬病予防注射 未接種犬 所有者一覧", "畜犬管理システム", [("登録番号", 30), ("所有者", 100), ("住所", 180),
        ("電話", 450), ("犬名", 550), ("最終接種", 620)], prt, 30, "抽出条件：令和6年度 未接種")))  # fmt: skip
    return docs


# --- 斎場・火葬 (市民生活課 斎場係) ----------------------------------------------------------------------------
def saijo(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "saijo", []
    office = ctx.office_phone(6)
    funeral = [ctx.firm(k, n) for k, n in FUNERAL_FIRMS]

    # L1: fees and booking
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.saijo} 使用料のご案内",
                paragraphs=[
                    "火葬の予約は、葬儀社を通じて斎場予約システムで行ってください（友引は休場）。",
                    "死亡者又は届出人が市内に住所を有する場合は市内料金となります。",
                    f"{ctx.saijo}　{ctx.tel()}　（受付 8:30〜17:00）",
                ],
                tables=[
                    [
                        ["区分", "市内（円）", "市外（円）"],
                        ["火葬（12歳以上）", "10,000", "60,000"],
                        ["火葬（12歳未満）", "6,000", "36,000"],
                        ["死産児", "3,000", "18,000"],
                        ["待合室（2時間）", "5,000", "15,000"],
                        ["霊安室（1日）", "3,000", "9,000"],
                    ]
                ],
            ),
        )
    )

    # L1: booking system log, 12-digit 予約番号 failing the check digit, funeral companies only
    lines = ["斎場予約システム 操作ログ（令和6年10月分 抜粋）", "日時\t予約番号\t操作\t事業者\t火葬炉\t区分"]
    for _ in range(r.randint(12, 16)):
        day = ctx.day(dt.date(2024, 10, 1), 30)
        num = fail_check(random_my_number(r), r.randint(1, 9))
        lines.append(f"{ymd(day)} {r.randint(8, 16):02d}:{r.randint(0, 59):02d}\t{num}\t{r.choice(['新規', '変更', '取消'])}\t"
                     f"{r.choice(funeral)}\t{r.randint(1, 4)}号炉\t{r.choice(['市内', '市内', '市外'])}")  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=lines),
            note="12-digit 予約番号 failing the check digit; funeral companies only, no person",
        )
    )

    # L1: cremations per month, merged header, hidden sheet
    rows: list[list[Cell]] = [["月", "火葬件数", None, None, "計"], [None, "市内", "市外", "死産児", None]]
    for m in [4, 5, 6, 7, 8, 9]:
        v = [r.randint(60, 120), r.randint(3, 20), r.randint(0, 3)]
        rows.append([f"{m}月", *v, sum(v)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("月別", rows, title=f"{ctx.saijo} 月別火葬件数（令和6年度上半期）"),
                    sheet(
                        "炉別",
                        [["炉", "稼働回数"]] + [[f"{i}号炉", r.randint(80, 160)] for i in range(1, 5)],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"月別": ["B3:D3", "A3:A4", "E3:E4"]}),
        )
    )

    # L1: 指定管理者 and funeral companies with 法人番号, ods
    rows = [["区分", "事業者名", "法人番号", "所在地", "電話"]]
    for i, co in enumerate(funeral):
        rows.append(
            [
                "指定管理者" if i == 0 else "登録葬祭事業者",
                co,
                random_corporate_number(r),
                ctx.biz_address(),
                ctx.tel(),
            ]
        )
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("事業者", rows, title="斎場 指定管理者・登録葬祭事業者一覧")]),
        )
    )

    # L1: renovation slides
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.saijo} 火葬炉改修工事について",
                paragraphs=[
                    "工期：令和7年1月〜令和7年6月（炉を1基ずつ改修）",
                    "期間中は1日最大 8 件（通常 12 件）",
                    "近隣市の斎場と相互応援協定を締結済み",
                    "市民の皆さまへの周知：広報誌12月号、ホームページ",
                ],
                tables=[
                    [
                        ["年度", "火葬件数", "1日最大"],
                        ["R3", "1,102", "11"],
                        ["R4", "1,186", "12"],
                        ["R5", "1,214", "12"],
                    ]
                ],
            ),
        )
    )

    # L2: 火葬許可申請書: the 届出人 and the deceased (no cause of death)
    dead, filer = ctx.person((1928, 1945)), ctx.person((1955, 1975))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="死体火葬許可申請書",
                tables=[
                    [
                        ["死亡者の本籍", f"{ctx.pref}{ctx.city}{dead.area}"],
                        ["死亡者の住所", dead.address()],
                        ["死亡者の氏名", dead.name()],
                        ["性別", dead.sex],
                        ["生年月日", wareki(dead.birth)],
                        ["死亡年月日時", "令和6年11月2日 午前5時40分"],
                        ["死亡場所", f"{ctx.city}立総合病院"],
                        ["死因", "「一類感染症等」以外"],
                        ["火葬場所", ctx.saijo],
                    ],
                    [
                        ["申請者（届出人）住所", filer.address()],
                        ["氏名", filer.name()],
                        ["死亡者との続柄", "長男"],
                        ["電話", filer.phone],
                    ],
                ],
                paragraphs=[f"{ctx.city}長　様", "令和6年11月2日"],
            ),
            note="the deceased's and the 届出人's records; the 死因 box only says 一類感染症等 以外",
        )
    )

    # L2: today's cremation bookings: the deceased and the 喪主 with phone
    rows = [["時刻", "炉", "故人氏名", "喪主", "喪主電話", "葬儀社", "待合室"]]
    for i in range(r.randint(7, 9)):
        x, y = ctx.person((1925, 1960)), ctx.person((1950, 1985))
        rows.append([f"{10 + i // 2}:{'00' if i % 2 == 0 else '30'}", f"{i % 4 + 1}号炉", x.name(), y.name(), y.phone,
                     r.choice(funeral), r.choice(["第1", "第2", "なし"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("本日", rows, title="火葬予約表（11月14日）")]),
        )
    )

    # L2: spaced-digit letter asking the 喪主 to collect the remains
    p = ctx.person((1950, 1980))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + wareki(dt.date(2024, 10, 30), "spaced"),
                    spaced_digits(f"〒{p.zip}"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.saijo} 場長",
                    "^ご遺骨のお引取りについて（お願い）",
                    "",
                    spaced_digits("令和6年9月18日に当斎場で火葬されたご遺骨を、現在お預かりしております。"),
                    "お預かり期間は 30 日間と定められておりますので、お早めにお引取りください。",
                    "",
                    "引取期限　" + wareki(dt.date(2024, 11, 29), "spaced"),
                    spaced_digits(f"問い合わせ　斎場係　{office}"),
                ]
            ),
        )
    )

    # L2: Outlook mail from a funeral company; the quoted part gives the 喪主's phone
    p = ctx.person((1955, 1985))
    staff, co = ctx.staff(), funeral[1]
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{staff}（斎場係）",
                    f"{co} 葬祭部",
                    "RE: 11/16 火葬時刻の変更について",
                    "2024/11/13 (水) 11:20",
                    [
                        f"{co} 葬祭部 御中",
                        "",
                        "11/16 の火葬は 13:30（2号炉）に変更しました。喪主様へのご連絡をお願いします。",
                        "",
                        f"斎場係 {staff}",
                    ],
                    [
                        (
                            f"{co} 葬祭部",
                            "2024/11/13 (水) 10:02",
                            "11/16 火葬時刻の変更について",
                            [
                                "斎場係 ご担当者様",
                                "",
                                "11/16 10:30 予約分、親族の到着が遅れるため午後への変更をお願いします。",
                                f"喪主は {p.name()} 様、連絡先は {p.phone} です。",
                                "",
                                f"{co} 葬祭部",
                            ],
                        )
                    ],
                )
            ),
            note="葬儀社 staff act in role; the 喪主 is a private person",
        )
    )

    # L3: 火葬 執行台帳, a ruled several-page print of more than 100 deceased persons
    ps = ctx.people(r.randint(108, 124), (1925, 1965))
    prt = []
    for i, x in enumerate(ps, 1):
        died = ctx.day(dt.date(2024, 4, 1), 180)
        prt.append(
            [
                f"{i:05d}",
                x.name(),
                wareki(x.birth, "short"),
                x.address(),
                wareki(died, "short"),
                f"{r.choice(SURNAMES)[0]}（{r.choice(['長男', '妻', '夫', '長女', '次男'])}）",
            ]
        )
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(),
            post=system_print(
                "火葬執行台帳",
                "斎場管理システム",
                [
                    ("許可番号", 30),
                    ("死亡者氏名", 90),
                    ("生年月日", 175),
                    ("住所", 240),
                    ("死亡日", 500),
                    ("届出人", 570),
                ],
                prt,
                30,
                "期間：令和6年4月1日〜9月30日",
                ruled=True,
            ),
            note="records of more than 100 deceased persons with birth dates and addresses are counted as bulk",
        )
    )

    # L3: 葬祭費 申請 控え, the My Number only in the footer
    p = ctx.person((1950, 1980))
    dead = ctx.person((1930, 1945))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name", "phone"],
            DocSpec(
                title="国民健康保険 葬祭費支給申請書（控え）",
                tables=[
                    [
                        ["被保険者（死亡者）", dead.name()],
                        ["死亡年月日", "令和6年10月12日"],
                        ["申請者（喪主）", p.name()],
                        ["申請者住所", p.address()],
                        ["電話", p.phone],
                        ["振込先", f"{r.choice(BANKS)} 普通 {r.randint(1000000, 9999999)}"],
                    ]
                ],
                paragraphs=[
                    "葬儀を行った方（喪主）に 50,000 円を支給します。会葬礼状又は葬儀の領収書を添付してください。",
                    "斎場窓口で受付（保険年金課へ回付）",
                ],
                footer=f"{p.sei}さんの番号 {grouped(mn)}",
            ),
            note="the applicant's My Number only in the footer as 「○○さんの番号」",
        )
    )

    # L3: 火葬許可 with an infectious-disease death, odt
    dead, filer = ctx.person((1935, 1950)), ctx.person((1960, 1980))
    docs.append(
        Doc(
            fam,
            "odt",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(
                title="火葬許可 受付メモ（特例対応）",
                paragraphs=[
                    f"死亡者：{dead.name()}（{wareki(dead.birth, 'short')}生、{dead.address()}）",
                    f"届出人：{filer.name()}（長女）",
                    "死亡診断書の死因欄：新型コロナウイルス感染症（直接死因）、基礎疾患 慢性腎不全",
                    "墓地埋葬法第3条ただし書により24時間以内の火葬可。納体袋使用、最終便（15:30）で対応。",
                    "職員は手袋・マスク着用。待合室は使用しない。",
                ],
            ),
            note="the deceased's cause of death (an infectious disease) is counted as health",
        )
    )

    # L3: unpaid fees with 督促, a hidden sheet of reminders
    ps = ctx.people(r.randint(3, 5), (1950, 1985))
    rows = [["使用日", "喪主", "電話", "区分", "未納額（円）", "状況"]]
    for x in ps:
        rows.append([ctx.day(dt.date(2024, 5, 1), 120), x.name(), x.phone, "市外", yen(r.choice([60000, 75000, 15000])),
                     "督促状送付済"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["arrears", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("未納", rows, title="斎場使用料 未納一覧（令和6年10月末）"),
                    sheet(
                        "督促履歴",
                        [["喪主", "督促日", "方法"]] + [[x.name(), "2024/09/20", "督促状"] for x in ps],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    return docs


# --- 交通災害共済 (市民生活課 交通安全係) -----------------------------------------------------------------------
def kyosai(ctx: Ctx) -> list[Doc]:
    r, fam, docs = ctx.rng, "kyosai", []
    office = ctx.office_phone(7)
    grades = [("1等級", "死亡", 1000000), ("2等級", "入院 180日以上", 300000), ("3等級", "入院 90日以上", 150000),
              ("4等級", "入院 30日以上", 80000), ("5等級", "通院 15日以上", 30000), ("6等級", "通院 1日以上", 10000)]  # fmt: skip

    # L1: the guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和7年度 市民交通災害共済 加入のご案内",
                paragraphs=[
                    "会費：1人 年額 500 円（中学生以下 300 円）",
                    "共済期間：令和7年4月1日〜令和8年3月31日",
                    "加入受付：市役所 市民生活課、各支所、市内の取扱金融機関",
                    f"問い合わせ：交通安全係　{office}",
                ],
                tables=[[["等級", "状態", "見舞金（円）"]] + [[g, s, yen(a)] for g, s, a in grades]],
            ),
        )
    )

    # L1: payouts by grade, merged header, hidden sheet
    rows: list[list[Cell]] = [["等級", "件数", None, "支払額（円）"], [None, "R4", "R5", "R5"]]
    for i, (g, _, a) in enumerate(grades):
        n4, n5 = r.randint(0, 2 + 8 * i), r.randint(0, 2 + 8 * i)
        rows.append([g, n4, n5, a * n5])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("等級別", rows, title="交通災害共済 見舞金 支払実績"),
                    sheet(
                        "加入率",
                        [["年度", "加入者数", "加入率"], ["R4", 21833, "28.4%"], ["R5", 20917, "27.3%"]],
                        state="hidden",
                    ),
                ]
            ),
            post=merge_xlsx({"等級別": ["B3:C3", "A3:A4"]}),
        )
    )

    # L1: 加入申込書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="交通災害共済 加入申込書（記入例）",
                tables=[
                    [
                        ["世帯主氏名", SAMPLE_NAMES[2]],
                        ["住所", f"{ctx.city}○○町○丁目○番地"],
                        ["電話", "000-000-0000"],
                    ],
                    [
                        ["加入者氏名", "続柄", "生年月日", "会費"],
                        [SAMPLE_NAMES[2], "本人", "昭和○○年○月○日", "500"],
                        ["共済 花子", "妻", "昭和○○年○月○日", "500"],
                    ],
                ],
                footer="記入例",
            ),
        )
    )

    # L1: collecting banks with 法人番号, csv
    rows = [["取扱機関", "法人番号", "窓口", "電話"]]
    for b in ["信用金庫", "農業協同組合", "労働金庫", "信用組合"]:
        rows.append([f"{ctx.city[:-1]}{b}", random_corporate_number(r), "本店 窓口", ctx.tel()])
    rows.append(
        [
            ctx.firm("株式会社", "中央情報システム"),
            random_corporate_number(r),
            "事務受託（システム）",
            ctx.tel(),
        ]
    )
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("取扱", rows, title="交通災害共済 取扱金融機関・受託事業者")]),
        )
    )

    # L1: Teams among staff
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2025, 3, 28),
                    [
                        ("16:30", s1, "加入受付、今日で締めです。支所分の申込書は明日の便で届きます"),
                        ("16:32", s2, "金融機関分の集計表は4/5までに来る予定です"),
                        ("16:40", s1, "加入者数、昨年並みになりそうです。広報の効果ありましたね"),
                    ],
                    "交通安全係",
                )
            ),
            note="staff only: no resident is named",
        )
    )

    # L2: household applications, 姓・名・セイ・メイ split
    rows = [["受付No", "姓", "名", "セイ", "メイ", "続柄", "住所", "電話", "会費"]]
    for i in range(r.randint(8, 11)):
        x = ctx.person((1950, 1995))
        rows.append(
            [
                f"K{i + 1:04d}",
                x.sei,
                x.mei,
                katakana(x.sei_kana),
                katakana(x.mei_kana),
                "世帯主",
                x.address(),
                x.phone,
                500,
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("受付", rows, title="交通災害共済 加入申込 受付（本庁窓口 3/25）")]),
        )
    )

    # L2: spaced-digit confirmation letter
    p = ctx.person((1945, 1990))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(),
            post=letter_pdf(
                [
                    ">" + wareki(dt.date(2024, 6, 10), "spaced"),
                    spaced_digits(f"{ctx.city}{p.area}{lot}"),
                    f"{p.name()}　様",
                    "",
                    f">{ctx.city} 市民生活課",
                    "^交通災害共済 加入確認のお知らせ",
                    "",
                    "お問い合わせのあった共済の加入状況について、下記のとおりお知らせします。",
                    "",
                    spaced_digits(f"加入者証番号　KS6-{r.randint(10000, 99999)}"),
                    "共済期間　" + wareki(dt.date(2024, 4, 1), "spaced") + " から 1 年間",
                    "",
                    spaced_digits(f"交通安全係　{office}"),
                ]
            ),
        )
    )

    # L2: account change, odt
    p = ctx.person((1950, 1990))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="交通災害共済 見舞金 振込先変更届",
                tables=[
                    [
                        ["請求者氏名", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        [
                            "変更後の振込先",
                            f"{r.choice(BANKS)} {r.choice(ctx.districts)}支店 普通 {r.randint(1000000, 9999999)}",
                        ],
                        ["口座名義", katakana(p.kana)],
                    ]
                ],
                paragraphs=[f"{ctx.city}長　様", "令和6年9月3日　上記のとおり届け出ます。"],
            ),
        )
    )

    # L3: 加入者名簿 with birth dates from column Z, more than 100
    ps = ctx.people(r.randint(106, 122), (1940, 2015))
    rows = [["加入者証番号", "氏名", "ふりがな", "生年月日", "住所", "加入区分"]]
    for x in ps:
        rows.append(
            [
                f"KS6-{r.randint(10000, 99999)}",
                x.name(),
                x.kana,
                x.birth,
                x.address(),
                r.choice(["一般", "一般", "中学生以下"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("名簿", far_right(rows, 25), first_row=3)]),
        )
    )

    # L3: 見舞金 請求 memo, injury in the body, the My Number only in a text box
    p = ctx.person((1950, 1990))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "my_number", "name"],
            DocSpec(
                title="交通災害共済 見舞金請求 受付メモ",
                paragraphs=[
                    f"請求者：{p.name()}（{p.address()}）",
                    "事故日：令和6年8月22日　場所：県道交差点（自転車と乗用車）",
                    "交通事故証明書：あり",
                    "診断書：左鎖骨骨折、頸椎捻挫（入院 12 日、通院 38 日）",
                    "等級：入院日数により 5 等級相当（通院加算なし）で審査",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}"],
            ),
            note="the claimant's My Number only in a text box labelled 番号確認済",
        )
    )

    # L3: LINE WORKS thread: the reply gives a named member's fracture and hospital stay
    p = ctx.person((1935, 1960))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    dt.date(2024, 10, 22),
                    [
                        ("09:05", s1, f"見舞金の請求、{p.name()} さん（{p.area}）の分が届きました"),
                        (
                            "09:18",
                            s2,
                            "診断書を確認しました。骨盤骨折で入院 45 日、退院後も通院中です。4等級で起案します",
                        ),
                        ("09:20", s1, "了解です。口座は申込書の記載どおりでいいですね"),
                    ],
                    "交通安全係",
                )
            ),
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [hyosho, koe, koho, sodan, reien, chiken, saijo, kyosai]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, reien_, saijo_, koho_, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, reien_, saijo_, koho_, areas)
    ctx.mayor = ctx.staff()
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set36", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
