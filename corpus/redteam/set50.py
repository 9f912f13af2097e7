"""Fiftieth red-team set (blind): a city's 文化・生涯学習施設 (図書館, 公民館, 市民会館, 博物館) and their 指定管理者.

``python -m corpus.redteam.set50 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with 大字…番地 and …丁目 areas, its area code and its own 中央図書館, 市民会館, 博物館 and
地区公民館) is drawn per build. Families follow the desk a document comes from: 図書館 利用者登録 (``riyosha``),
貸出・予約 with overdue books and 弁償金 (``kashidashi``), 障害者サービス: 対面朗読 and 郵送貸出 (``shogai``), 公民館
講座 with 受講料 (``koza``), 施設予約 with 使用料, 減免 and 滞納 (``shisetsu``), 苦情・事故・落とし物 (``jiko``) and
ボランティア (``volunteer``); each with its public look-alikes (開館カレンダー, 蔵書 and 新着 lists with ISBN-13
and authors, 講座 案内 with 講師 in role, 施設一覧 open data, 指定管理者 モニタリング with 法人番号, 記入例, masked
case studies, 12-digit 資料番号 / カード番号 / 受付番号 failing the My Number check).

The truth is the default policy's text only: 3 for a My Number, health (including disability 手帳 grades,
allergies and injuries) or arrears of money (弁償金, 受講料, 使用料) about a named private person, or records of
more than 100 persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. An
overdue *book* (延滞資料) is not money owed: its reminder is level 2, not arrears. ``types`` lists what a
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

from corpus.factory.numbers import (
    is_valid_corporate_number,
    kanji_number,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 5050
VARIANT = "redteam50"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, museum, areas); an area ending in "*" takes 番地 lots, the others
# 丁目 lots
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("茨城県", "筑西市", "0296", "308", "筑西市郷土資料館",
     ["大字玉戸*", "大字門井*", "大字布川*", "下岡崎", "稲野辺", "一本松", "丙*"]),
    ("岐阜県", "関市", "0575", "501", "関市刃物と歴史の博物館",
     ["大字下有知*", "大字小屋名*", "大字倉知*", "東本郷通", "西本郷通", "平和通", "桜ケ丘"]),
    ("山口県", "防府市", "0835", "747", "防府市歴史民俗資料館",
     ["大字牟礼*", "大字台道*", "大字西浦*", "栄町", "警固町", "華城中央", "車塚町"]),
    ("福岡県", "飯塚市", "0948", "820", "飯塚市炭鉱歴史博物館",
     ["大字片島*", "大字伊岐須*", "大字鯰田*", "新立岩", "吉原町", "柏の森", "菰田東"]),
    ("新潟県", "燕市", "0256", "959", "燕市金属加工史料館",
     ["大字小池*", "大字吉田*", "大字杣木*", "秋葉町", "白山町", "灰方", "南"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("四十物", "あいもの"), ("百目鬼", "どうめき"), ("五月女", "そうとめ"), ("薬袋", "みない"),
    ("東海林", "しょうじ"), ("我妻", "わがつま"), ("雑賀", "さいか"), ("主税", "ちから"), ("左右田", "そうだ"),
    ("廿日出", "はつかで"), ("蓬莱", "ほうらい"), ("一尺八寸", "かまつか"), ("勘解由小路", "かでのこうじ"),
    ("百武", "ひゃくたけ"), ("纐纈", "こうけつ"), ("鬼頭", "きとう"), ("上遠野", "かとおの"),
    ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"),
    ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"),
    ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"),
    ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("岡田", "おかだ"), ("長谷川", "はせがわ"),
    ("村上", "むらかみ"), ("近藤", "こんどう"), ("石井", "いしい"), ("青木", "あおき"), ("上田", "うえだ"),
    ("酒井", "さかい"), ("工藤", "くどう"), ("柴田", "しばた"), ("谷口", "たにぐち"), ("丸山", "まるやま"),
    ("河野", "こうの"), ("北村", "きたむら"), ("堀", "ほり"), ("野村", "のむら"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("蔵之介", "くらのすけ"), ("左近", "さこん"), ("伊織", "いおり"), ("朔太郎", "さくたろう"), ("兵馬", "ひょうま"),
    ("悠真", "ゆうま"), ("蓮", "れん"), ("陽翔", "はると"), ("健一", "けんいち"), ("誠", "まこと"),
    ("隆", "たかし"), ("博", "ひろし"), ("正樹", "まさき"), ("信也", "しんや"), ("健太", "けんた"),
    ("翔太", "しょうた"), ("達也", "たつや"), ("修", "おさむ"), ("昭二", "しょうじ"), ("典之", "のりゆき"),
    ("耕平", "こうへい"), ("慎吾", "しんご"), ("忠", "ただし"), ("善次郎", "ぜんじろう"), ("一馬", "かずま"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("雅", "みやび"), ("千代", "ちよ"), ("ハル", "はる"), ("キヨ", "きよ"), ("椿", "つばき"),
    ("結衣", "ゆい"), ("芽依", "めい"), ("さくら", "さくら"), ("恵子", "けいこ"), ("京子", "きょうこ"),
    ("順子", "じゅんこ"), ("弘子", "ひろこ"), ("美香", "みか"), ("裕子", "ゆうこ"), ("直美", "なおみ"),
    ("麻衣", "まい"), ("友美", "ともみ"), ("聡子", "さとこ"), ("綾乃", "あやの"), ("桃子", "ももこ"),
    ("百合", "ゆり"), ("詩織", "しおり"), ("琴音", "ことね"), ("葵", "あおい"), ("スエ", "すえ"),
]  # fmt: skip
# pen names of (made-up) authors: public persons in their role, drawn from none of the pools above
AUTHORS = ["霧島 燈子", "青柳 透", "朝比奈 湊", "氷室 薫", "桐生 暁", "水無瀬 あかり", "鳴海 遼", "宇佐見 灯",
           "久遠 ユキ", "篠宮 悠", "真行寺 蒼", "日向 理沙", "藤堂 新", "嵯峨 千尋", "柊 まどか", "一ノ瀬 航",
           "白石 冬美", "如月 恭平", "三雲 千景", "早乙女 律"]  # fmt: skip
PUBLISHERS = [
    "青葉書房",
    "みなと出版",
    "北斗社",
    "さざなみ文庫",
    "白樺館",
    "暁出版",
    "つばさ書店",
    "ひかり社",
]
TITLE_A = ["図書館の", "夜明けの", "海辺の", "はじめての", "ていねいな", "猫と", "町工場の", "江戸の", "星を",
           "北の", "小さな", "ふるさとの", "ひとりの", "雨の日の"]  # fmt: skip
TITLE_B = ["暮らし方", "歴史", "ごはん", "物語", "手帖", "旅", "科学", "ひみつ", "庭仕事", "事件簿", "地図",
           "ことば", "数学", "音楽"]  # fmt: skip
NDC = ["000 総記", "100 哲学", "200 歴史", "300 社会科学", "400 自然科学", "500 技術", "600 産業", "700 芸術",
       "800 言語", "900 文学"]  # fmt: skip
COMPANIES = [
    ("株式会社", "ブックリンク東日本"), ("株式会社", "ライブラリーパートナーズ"), ("一般財団法人", "まちづくり文化振興財団"),
    ("株式会社", "カルチャーアーツ西日本"), ("特定非営利活動法人", "まちの本棚"), ("株式会社", "ミューズ施設管理"),
    ("株式会社", "協和ビルサービス"), ("有限会社", "こだま警備"), ("株式会社", "ときわ清掃"),
    ("株式会社", "アオイ昇降機"), ("株式会社", "さくら空調設備"), ("合同会社", "ひだまり企画"),
    ("株式会社", "東邦製本"), ("株式会社", "あかね保険サービス"), ("株式会社", "サンプラス印刷"),
]  # fmt: skip
BUILDINGS = ["コーポ松風", "メゾン若葉", "市営住宅", "ハイツ清流", "パレス駅南", "グランシャトー"]
COURSES = [("陶芸入門", "陶芸家"), ("はじめての俳句", "俳人"), ("親子そば打ち体験", "そば職人"), ("郷土の歴史講座", "学芸員"),
           ("スマホ教室", "ICT支援員"), ("ヨガで健康づくり", "ヨガインストラクター"), ("男の料理教室", "管理栄養士"),
           ("書道教室", "書家"), ("写真の撮り方", "写真家"), ("古文書を読む", "大学講師")]  # fmt: skip
CIRCLES = ["コーラス・ひばり", "太極拳同好会", "囲碁クラブ桜", "フラダンス・レア", "詩吟 清風会", "子ども将棋教室",
           "郷土史研究会", "ちぎり絵サークル", "民謡 一心会", "健康麻雀の会", "絵手紙の会", "社交ダンス愛好会"]  # fmt: skip
ROOMS = [
    "大ホール",
    "小ホール",
    "第1会議室",
    "第2会議室",
    "和室",
    "調理実習室",
    "視聴覚室",
    "工芸室",
    "展示室",
]
SAMPLE_NAMES = ["図書 太郎", "市民 花子", "公民 一郎", "見本 次郎", "記入 例子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
TECHO = ["身体障害者手帳 視覚1級", "身体障害者手帳 視覚2級", "身体障害者手帳 上肢2級", "身体障害者手帳 体幹1級",
         "療育手帳 B", "精神障害者保健福祉手帳 2級", "身体障害者手帳 視覚3級", "身体障害者手帳 聴覚2級"]  # fmt: skip


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 令和 6 年 11 月 15 日."""
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
    """The 地区 name an area is known by: 大字下有知* → 下有知."""
    a = area.rstrip("*")
    return a[2:] if a.startswith("大字") else a


def isbn13(rng: random.Random) -> str:
    """A Japanese ISBN-13 (978-4-…) with its check digit, never also a valid 法人番号."""
    while True:
        body = "9784" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
        number = body + str((10 - total % 10) % 10)
        if not is_valid_corporate_number(number):
            return number


def isbn_hyphen(number: str) -> str:
    return f"{number[:3]}-{number[3]}-{number[4:8]}-{number[8:12]}-{number[12]}"


def look_alike(rng: random.Random) -> str:
    """A 12-digit 資料番号 / 受付番号 that fails the My Number check digit."""
    return fail_check(random_my_number(rng), rng.randint(1, 9))


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

    @property
    def district(self) -> str:
        return area_label(self.area)


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    museum: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    @property
    def library(self) -> str:
        return f"{self.city}立中央図書館"

    @property
    def hall(self) -> str:
        return f"{self.city}民会館"

    def kominkan(self, i: int = 0) -> str:
        return f"{self.districts[i % len(self.districts)]}公民館"

    def facilities(self) -> list[tuple[str, str]]:
        """(name, kind) of the city's 文化・生涯学習施設."""
        out = [(self.library, "図書館"), (self.hall, "文化ホール"), (self.museum, "博物館")]
        out += [(f"{self.city}立{d}図書館", "図書館") for d in self.districts[3:5]]
        out += [(self.kominkan(i), "公民館") for i in range(len(self.districts))]
        return out

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n, 3111 + 23 * n)

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

    def person(self, born: tuple[int, int] = (1938, 2008), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1938, 2008)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city or 指定管理者 officer (not drawn from the residents: officers may share a resident's name)."""
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

    def user_id(self) -> str:
        """A library card / user number: 10 digits (never 12)."""
        return f"{self.rng.randint(20, 29)}{self.rng.randint(10000000, 99999999)}"

    def book(self) -> tuple[str, str, str, str]:
        """(ISBN-13, title, author, publisher) of a made-up book."""
        r = self.rng
        return isbn13(r), r.choice(TITLE_A) + r.choice(TITLE_B), r.choice(AUTHORS), r.choice(PUBLISHERS)


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
    """Rewrite the file as a system list print: landscape, columns placed by x (no table), a system banner,
    the print conditions, a dashed or ruled line under the header and ``n / N`` on every page."""

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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 LIB-{n % 3 + 1:02d}")
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
                c.drawString(30, y - 8, f"＊＊ 出力件数 {len(rows)} 件 ＊＊")
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
        out.append(f"■{room}（{ymd(day)} 電話・窓口 伝言メモ）")
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


def _signed(p: Person) -> list[str]:
    """A resident's signature block at the end of their own letter."""
    return [f"住所　{p.address()}", f"氏名　{p.name()}", f"電話　{p.phone}"]


def _day(ctx: Ctx, back: int = 60) -> dt.date:
    return TODAY - dt.timedelta(days=ctx.rng.randint(1, back))


# --- 図書館 利用者登録 ------------------------------------------------------------------------------------
def riyosha(ctx: Ctx) -> list[Doc]:
    r, lib = ctx.rng, ctx.library
    tel = ctx.office_phone()
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    docs.append(Doc("riyosha", "pdf", 1, [], DocSpec(
        title=f"{lib} 利用者登録（図書館カード）のご案内",
        paragraphs=[
            f"{ctx.city}内に在住・在勤・在学の方はどなたでも図書館カードを作ることができます。",
            "登録には、住所・氏名・生年月日が確認できるもの（運転免許証、マイナンバーカード、健康保険証、学生証など）を"
            "お持ちください。マイナンバーカードでご登録の場合も、個人番号を控えたり複写したりすることはありません。",
            "カードの有効期限は3年です。住所・電話番号が変わったときは、カウンターで変更の手続きをお願いします。",
            "小学生以下の方は保護者の方と一緒にお越しください。登録情報（氏名・住所・生年月日・電話番号）は"
            "図書館業務の目的以外には使用しません。",
            f"お問い合わせ：{lib} 利用サービス係　電話 {tel}",
        ],
        tables=[[["区分", "必要なもの", "貸出冊数"], ["市内在住の方", "住所が確認できるもの", "10冊"],
                 ["市内在勤・在学の方", "在勤・在学が確認できるもの", "10冊"], ["相互利用協定市町の方", "住所が確認できるもの", "5冊"]]],
    )))  # fmt: skip

    year = TODAY.year if TODAY.month >= 4 else TODAY.year - 1
    cal: list[list[Cell]] = [["月", "休館日", "特別整理期間", "備考"]]
    for m in range(4, 16):
        mm, yy = (m - 1) % 12 + 1, year + (m - 1) // 12
        mondays = [d for d in range(1, 29) if dt.date(yy, mm, d).weekday() == 0]
        cal.append([f"{yy}年{mm}月", "・".join(f"{d}日" for d in mondays), "2月第2週" if mm == 2 else "",
                    "年末年始 12/29～1/3" if mm == 12 else ""])  # fmt: skip
    docs.append(Doc("riyosha", "xlsx", 1, [], DocSpec(sheets=[
        sheet("開館カレンダー", cal, title=f"{lib} 開館カレンダー（令和{year - 2018}年度）"),
        sheet("祝日マスタ", [["日付", "名称"], [dt.date(year, 4, 29), "昭和の日"], [dt.date(year, 5, 3), "憲法記念日"],
                            [dt.date(year, 11, 3), "文化の日"]], state="hidden"),
    ], header=f"{lib} 利用サービス係"), post=merge_xlsx({"開館カレンダー": ["D2:D3"]})))  # fmt: skip

    docs.append(Doc("riyosha", "docx", 1, [], DocSpec(
        title="図書館利用者登録申込書（記入例）",
        paragraphs=["太枠の中をご記入ください。記入例を参考にしてください。", "※ 記入例の氏名・住所・電話番号は架空のものです。"],
        tables=[[["ふりがな", "としょ たろう"], ["氏名", SAMPLE_NAMES[0]], ["生年月日", "平成2年4月1日"],
                 ["住所", f"{ctx.city}〇〇町1丁目2番3号"], ["電話番号", "0000-00-0000"], ["在勤・在学先", "（市外の方のみ）"]]],
        textboxes=["記入例"], footer="記入例",
    )))  # fmt: skip

    ages = [
        "0～6歳",
        "7～12歳",
        "13～18歳",
        "19～29歳",
        "30～39歳",
        "40～49歳",
        "50～59歳",
        "60～69歳",
        "70歳以上",
    ]
    stat: list[list[Cell]] = [["地区", *ages, "計"]]
    for d in ctx.districts:
        vals = [r.randint(40, 900) for _ in ages]
        stat.append([d, *vals, sum(vals)])
    docs.append(Doc("riyosha", "ods", 1, [], DocSpec(sheets=[
        sheet("登録者数", stat, title=f"地区別・年代別 有効登録者数（{ymd(TODAY)} 現在）"),
    ])))  # fmt: skip

    card_rows: list[list[Cell]] = [["発行日", "カード番号", "種別", "地区", "年代", "受付館"]]
    for _ in range(r.randint(26, 34)):
        card_rows.append([ymd(_day(ctx, 90)), look_alike(r), r.choice(["新規", "再発行", "更新"]),
                          r.choice(ctx.districts), r.choice(ages), r.choice([lib, ctx.kominkan(1)])])  # fmt: skip
    docs.append(
        Doc(
            "riyosha",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("カード発行ログ", card_rows)]),
            note="card numbers only, no names; the 12-digit カード番号 are barcodes failing the check digit",
        )
    )

    docs.append(Doc("riyosha", "pptx", 1, [], DocSpec(
        title=f"{ctx.city}図書館協議会 資料（令和6年度第2回）",
        paragraphs=["登録率の推移：市民の 31.4% が有効登録者", "電子図書館の導入（令和7年4月予定）",
                    "利用者アンケートより：Ａさん（70代）「大活字本をもっと増やしてほしい」",
                    "Ｂさん（30代）「子ども連れでも気兼ねなく使える」", "登録手続のオンライン化を検討"],
        notes=[f"説明者：{ctx.staff()} 館長"],
    )))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1950, 1995))
    old = ctx.lot(r.choice(ctx.areas))
    docs.append(Doc("riyosha", "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{lib} 御中", "", "図書館カードの登録住所変更のお願い", "",
        "いつもお世話になっております。先月、市内で転居いたしましたので、図書館カードに登録している住所と電話番号の変更を"
        "お願いしたく、お手紙を差し上げます。平日は仕事で窓口に伺えないため、郵送でのお手続きが可能でしたら教えてください。",
        f"旧住所は{ctx.city}{r.choice(ctx.districts)}{old}です。カード番号は {ctx.user_id()} です。",
        "お手数をおかけしますが、よろしくお願いいたします。", "", ymd(_day(ctx, 20)), *_signed(p),
    ])))  # fmt: skip

    p = ctx.person((1960, 2004))
    one: list[list[Cell]] = [["受付番号", "姓", "名", "セイ", "メイ", "生年月日", "郵便番号", "住所", "電話番号", "登録館", "カード番号"],
                             [f"R6-{r.randint(1000, 4999)}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana),
                              p.birth, p.zip, p.address(), p.phone, lib, ctx.user_id()]]  # fmt: skip
    docs.append(Doc("riyosha", "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("申込", one, title="利用者登録申込（オンライン仮登録）"),
    ])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("riyosha", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("10:12", a, f"カウンターに図書館カードの忘れ物です。名義は{p.name()}さん。"),
        ("10:14", b, "利用者検索しました。登録電話は " + p.phone + " です。"),
        ("10:15", a, "ありがとうございます、連絡して取り置きします。"),
        ("10:31", a, "ご本人と連絡つきました。夕方取りに来られるそうです。"),
    ], "中央館 カウンター"))))  # fmt: skip

    p = ctx.person((1955, 2000))
    ctx.urban(p)
    expiry = TODAY + dt.timedelta(days=30)
    docs.append(Doc("riyosha", "pdf", 2, ["address", "name"], DocSpec(title="登録更新のお知らせ"), post=letter_pdf([
        f">{spaced_digits(wareki(TODAY))}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
        f">{lib}", "", "^図書館カード 登録更新のお知らせ", "",
        f"あなたの図書館カードの有効期限は {spaced_digits(wareki(expiry))} です。",
        "引き続きご利用いただくには、登録内容（住所・電話番号）の確認と更新手続きが必要です。",
        "ご来館の際に、住所が確認できるものをお持ちください。", "", f"問合せ　利用サービス係　{tel}",
    ])))  # fmt: skip

    parent = ctx.person((1980, 1992))
    kids = [ctx.person((2012, 2021)) for _ in range(2)]
    for k in kids:
        k.sei, k.sei_kana, k.area, k.lot = parent.sei, parent.sei_kana, parent.area, parent.lot
    fam = [["続柄", "氏名", "ふりがな", "生年月日", "カード番号"]]
    for rel, q in [("本人", parent), ("子", kids[0]), ("子", kids[1])]:
        fam.append([rel, q.name(), q.kana, wareki(q.birth), ctx.user_id()])
    docs.append(Doc("riyosha", "odt", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="家族登録（子ども用カード）申込書",
        paragraphs=[f"保護者住所：{parent.address()}", f"保護者電話：{parent.phone}",
                    "子どもの図書館カードを保護者の登録に紐付けます。"],
        tables=[fam],
    )))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------
    users = ctx.people(r.randint(112, 130))
    rows = [[ctx.user_id(), u.name(), katakana(u.kana), wareki(u.birth, "short"), u.address(), u.phone,
             "児童" if u.age() < 13 else r.choice(["一般", "一般", "在勤"])] for u in users]  # fmt: skip
    cols = [
        ("利用者番号", 30),
        ("氏名", 100),
        ("カナ", 175),
        ("生年月日", 270),
        ("住所", 330),
        ("電話", 560),
        ("区分", 660),
    ]
    docs.append(Doc("riyosha", "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(title="登録者一覧"),
                    post=system_print("利用者登録一覧表（有効登録者）", f"{ctx.city}図書館情報システム LiCS-3", cols, rows, 28,
                                      f"抽出条件：登録館={lib}  有効期限>={ymd(TODAY)}", ruled=True)))  # fmt: skip

    p = ctx.person((1948, 1990))
    mn = random_my_number(r)
    docs.append(Doc("riyosha", "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="利用者登録 窓口対応メモ",
        paragraphs=[f"{ymd(_day(ctx, 10))} 中央館カウンター", f"{p.name()} 様（{p.address()}）が新規登録に来館。",
                    "本人確認はマイナカードで実施。裏面を読み取り台に置いてしまい、誤って控えを取った。",
                    "控えは係長確認のうえシュレッダー処理予定。システムへの入力は住所・氏名のみ。"],
        textboxes=[f"番号確認済 {grouped(mn, '-')}"],
    ), note="the staff noted the card's number in a text box labelled only 番号確認済"))  # fmt: skip

    movers = ctx.people(r.randint(104, 118))
    mig: list[list[Cell]] = [
        ["旧利用者ID", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号", "最終利用日"]
    ]
    for u in movers:
        mig.append([ctx.user_id(), u.name("　"), katakana(u.kana), u.birth.strftime("%Y/%m/%d"), u.sex, u.zip,
                    u.address(with_pref=True), u.phone, ymd(_day(ctx, 400))])  # fmt: skip
    docs.append(Doc("riyosha", "csv-cp932", 3, ["address", "birth_date", "name", "phone"],
                    DocSpec(sheets=[sheet("移行データ", mig)])))  # fmt: skip

    p = ctx.person((1935, 1950))
    son = ctx.person((1965, 1980))
    docs.append(Doc("riyosha", "docx", 3, ["address", "health", "name"], DocSpec(
        title="利用者対応記録",
        paragraphs=[
            f"対象者：{p.name()} 様（{p.address()}）",
            "1. 経過", "10月以降、同一人による図書館カードの新規登録申込が3回あった。いずれも「カードをなくした」との申出。",
            "2. 対応", "再発行扱いとし、旧カードは停止した。貸出中資料に重複はない。",
            "3. 家族からの連絡",
            f"11月に長男の{son.sei}氏から電話があり、本人は昨年アルツハイマー型認知症と診断され、通院中であるとのこと。",
            "今後、カード再発行の際は家族に連絡してほしいとの要望あり。",
            "4. 今後の対応", "カウンター職員間で情報を共有する（本記録は係内限り）。",
        ],
    ), note="the 認知症 diagnosis comes paragraphs after the name"))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("riyosha", "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("09:41", a, f"{p.name()}さんがカード更新に来られてます。更新して大丈夫ですか？"),
        ("09:43", b, "ちょっと待ってください。紛失資料の弁償金 4,180円がまだ未納です。先月督促状を送っています。"),
        ("09:44", a, "了解です、更新前にご案内します。"),
        ("09:58", a, "本日全額納付されました。"),
    ], "中央館 カウンター係")), note="the 弁償金 paid the same day: the chat still records a named person's 未納 and 督促"))  # fmt: skip
    return docs


# --- 貸出・予約・延滞・弁償 -------------------------------------------------------------------------------
def kashidashi(ctx: Ctx) -> list[Doc]:
    r, lib = ctx.rng, ctx.library
    tel = ctx.office_phone(1)
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    books = [ctx.book() for _ in range(r.randint(130, 150))]
    rows = [[f"{r.randint(1000000000, 1999999999)}", isbn, title, author, pub, r.choice(NDC)[:3],
             ymd(_day(ctx, 30))] for isbn, title, author, pub in books]  # fmt: skip
    cols = [
        ("資料ID", 30),
        ("ISBN", 100),
        ("書名", 190),
        ("著者", 330),
        ("出版者", 420),
        ("分類", 500),
        ("受入日", 540),
    ]
    docs.append(Doc("kashidashi", "pdf", 1, [], DocSpec(title="新着資料一覧"),
                    post=system_print("新着資料一覧（一般書）", f"{ctx.city}図書館情報システム LiCS-3", cols, rows, 30,
                                      f"受入日 {ymd(TODAY - dt.timedelta(days=30))} ～ {ymd(TODAY)}"),
                    note="authors are named in their role; ISBN-13 are not 法人番号"))  # fmt: skip

    monthly: list[list[Cell]] = [["月", "一般書", "児童書", "視聴覚", "雑誌", "予約件数", "計"]]
    for m in [4, 5, 6, 7, 8, 9, 10]:
        vals = [r.randint(9000, 21000), r.randint(6000, 14000), r.randint(300, 900), r.randint(800, 2200)]
        monthly.append([f"{m}月", *vals, r.randint(2000, 4000), sum(vals)])
    raw: list[list[Cell]] = [["01", f"{m}", r.randint(10000, 40000)] for m in range(4, 11)]
    docs.append(Doc("kashidashi", "xlsx", 1, [], DocSpec(sheets=[
        sheet("貸出統計", monthly, title=f"{lib} 月別貸出冊数（令和6年度）"),
        sheet("元データ", [["館コード", "月", "件数"], *raw], state="hidden"),
    ]), post=merge_xlsx({"貸出統計": ["F3:F4"]})))  # fmt: skip

    weed: list[list[Cell]] = [["資料番号", "書名", "分類", "除籍理由", "受入年度"]]
    for _ in range(r.randint(24, 32)):
        _, title, _, _ = ctx.book()
        weed.append([look_alike(r), title, r.choice(NDC)[:3], r.choice(["汚損", "破損", "紛失（弁償済）", "不明", "複本整理"]),
                     f"H{r.randint(5, 30)}"])  # fmt: skip
    docs.append(
        Doc(
            "kashidashi",
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("除籍", weed)]),
            note="no persons; the 12-digit 資料番号 are barcodes failing the check digit",
        )
    )

    docs.append(Doc("kashidashi", "docx", 1, [], DocSpec(
        title="延滞資料の督促及び弁償の取扱いについて（事務処理要領）",
        paragraphs=[
            "1 目的　貸出期限を過ぎた資料（延滞資料）の返却督促及び紛失・汚損資料の弁償に関する事務を定める。",
            "2 督促　返却期限の翌日から7日を経過した利用者には電話又はメールで連絡し、21日を経過したときは督促状を郵送する。",
            "3 弁償　紛失・汚損の場合は、同一資料の現物又は時価相当額による弁償を求める。弁償金が未納の場合は、"
            "納期限から20日以内に督促状を発する。",
            "4 個人情報　督促の記録は個人情報であり、目的外に利用しない。滞納情報を電話口で第三者に伝えない。",
        ],
    )))  # fmt: skip

    docs.append(Doc("kashidashi", "odt", 1, [], DocSpec(
        title="リクエストカード（記入例）",
        paragraphs=[f"お名前：{SAMPLE_NAMES[1]}", "利用者番号：0000000000", "連絡先：090-0000-0000",
                    "書名：〇〇〇〇の歴史", "著者：〇〇 〇〇", "※ 上記は記入例です。実在の人物とは関係ありません。"],
    )))  # fmt: skip

    best: list[list[Cell]] = [["順位", "書名", "著者", "出版者", "ISBN", "予約件数"]]
    for i in range(1, 21):
        isbn, title, author, pub = ctx.book()
        best.append([i, title, author, pub, isbn_hyphen(isbn), r.randint(20, 180)])
    docs.append(Doc("kashidashi", "xls", 1, [], DocSpec(sheets=[sheet("予約ランキング", best,
                    title=f"予約件数ランキング（{ymd(TODAY)} 現在）")]), note="authors in their role"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1950, 1998))
    ctx.urban(p)
    due = TODAY - dt.timedelta(days=r.randint(25, 60))
    _, t1, _, _ = ctx.book()
    _, t2, _, _ = ctx.book()
    docs.append(Doc("kashidashi", "pdf", 2, ["address", "name"], DocSpec(title="返却のお願い"), post=letter_pdf([
        f">{spaced_digits(wareki(TODAY))}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
        f">{lib}長", "", "^図書館資料の返却について（お願い）", "",
        f"お借りいただいている下記の資料の返却期限（{spaced_digits(wareki(due))}）が過ぎております。",
        "ほかにもお待ちの方がいらっしゃいますので、至急ご返却くださいますようお願いいたします。",
        f"　・{t1}", f"　・{t2}", "", "行き違いにご返却済みの場合はご容赦ください。", f"問合せ　{tel}",
    ]), note="overdue books are not money owed: a return reminder is not arrears"))  # fmt: skip

    waiting = ctx.people(r.randint(18, 26))
    hold: list[list[Cell]] = [
        ["確保日", "利用者番号", "姓", "名", "電話番号", "資料名", "連絡方法", "連絡結果"]
    ]
    for u in waiting:
        _, title, _, _ = ctx.book()
        hold.append([TODAY, ctx.user_id(), u.sei, u.mei, u.phone, title, r.choice(["電話", "メール", "電話"]),
                     r.choice(["済", "不在", "留守電", ""])])  # fmt: skip
    docs.append(Doc("kashidashi", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("予約確保", hold, first_row=5, title="予約確保資料 連絡リスト"),
    ])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("kashidashi", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("13:10", a, f"{p.name()}さんから予約の順番の問い合わせがありました。折り返し希望です"),
        ("13:12", b, f"了解です。連絡先は {p.phone} で合ってますか？登録だと携帯です"),
        ("13:20", a, "合ってました。折り返し済みです"),
    ], "kashidashi-yoyaku"))))  # fmt: skip

    late = ctx.people(r.randint(10, 14))
    calls: list[list[Cell]] = [
        ["連絡日", "利用者番号", "氏名", "電話番号", "延滞資料数", "最長延滞日数", "対応"]
    ]
    for u in late:
        calls.append([ymd(_day(ctx, 14)), ctx.user_id(), u.name(), u.phone, r.randint(1, 6), r.randint(8, 90),
                      r.choice(["返却予定を確認", "留守電", "不通", "本人返却を約束"])])  # fmt: skip
    docs.append(Doc("kashidashi", "xls", 2, ["name", "phone"], DocSpec(sheets=[sheet("電話督促", calls)]),
                    note="overdue books (延滞資料) by phone: not money owed, so not arrears"))  # fmt: skip

    p = ctx.person((1960, 1995))
    staff = ctx.staff()
    docs.append(Doc("kashidashi", "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=mail(
        f"{staff} <{lib}>", "利用サービス係", "RE: 督促はがきが届いた件", f"{ymd(TODAY)} 11:05",
        ["係長", "", "下記の方、返却済みの確認が取れました。返却ポストの処理漏れでした。お詫びの電話を入れてください。", "", staff],
        [(p.name(), f"{ymd(TODAY - dt.timedelta(days=1))} 21:40", "督促はがきが届いた件",
          ["図書館御中", "返却期限を過ぎているというはがきが届きましたが、先週ポストに返却しています。", "確認してください。", "",
           p.name(), p.address(), f"TEL {p.phone}"])],
    )), note="the 督促 was for overdue books (returned), not money: not arrears"))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------
    overdue = ctx.people(r.randint(108, 124))
    rows = [[ctx.user_id(), u.name(), u.address(), u.phone, str(r.randint(1, 8)), ymd(TODAY - dt.timedelta(days=r.randint(15, 200)))]
            for u in overdue]  # fmt: skip
    cols = [
        ("利用者番号", 30),
        ("氏名", 100),
        ("住所", 180),
        ("電話番号", 420),
        ("冊数", 510),
        ("最古返却期限", 560),
    ]
    docs.append(Doc("kashidashi", "pdf", 3, ["address", "name", "phone"], DocSpec(title="延滞者一覧"),
                    post=system_print("延滞者一覧表（督促対象）", f"{ctx.city}図書館情報システム LiCS-3", cols, rows, 30,
                                      "抽出条件：延滞日数>=14"),
                    note="overdue books are not arrears; level 3 by the number of persons"))  # fmt: skip

    p = ctx.person((1955, 1995))
    ctx.urban(p)
    amount = r.choice([1870, 2420, 3300, 4950, 6160])
    docs.append(Doc("kashidashi", "pdf", 3, ["address", "arrears", "name"], DocSpec(title="督促状"), post=letter_pdf([
        f">{lib}第{r.randint(100, 999)}号", f">{spaced_digits(wareki(TODAY))}", f"〒{p.zip}", spaced_digits(p.address()),
        f"{p.name()} 様", "", f">{ctx.city}教育委員会", "", "^督　促　状", "",
        "紛失された図書館資料の弁償金について、納期限を過ぎても納付が確認できません。",
        f"弁償金 {yen(amount)} 円（未納）", f"納期限 {spaced_digits(wareki(TODAY - dt.timedelta(days=40)))}",
        f"指定期限 {spaced_digits(wareki(TODAY + dt.timedelta(days=14)))}までに納付してください。", "", f"問合せ　{tel}",
    ])))  # fmt: skip

    owed = ctx.people(r.randint(8, 12))
    ledger: list[list[Cell]] = [
        ["No", "利用者番号", "氏名", "住所", "資料名", "弁償金額", "納期限", "納付状況"]
    ]
    for i, u in enumerate(owed, start=1):
        _, title, _, _ = ctx.book()
        ledger.append([i, ctx.user_id(), u.name(), u.address(), title, r.choice([990, 1650, 2200, 3080, 5280]),
                       TODAY - dt.timedelta(days=r.randint(20, 120)), r.choice(["未納", "未納（督促済）", "一部納付", "未納"])])  # fmt: skip
    docs.append(Doc("kashidashi", "xlsx", 3, ["address", "arrears", "name"], DocSpec(sheets=[
        sheet("弁償金台帳", ledger, title="紛失・汚損資料 弁償金 収納状況"),
        sheet("マスタ", [["区分", "内容"], ["1", "現物弁償"], ["2", "金銭弁償"]], state="hidden"),
    ])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("kashidashi", "txt-cp932", 3, ["arrears", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("14:02", a, f"{p.name()}さんが貸出停止の理由を聞かれています"),
        ("14:04", b, "弁償金 2,640円が未納で、督促状も2回出しています。納付されるまで貸出停止です"),
        ("14:05", a, "承知しました。納付書の再発行を案内します"),
    ], "貸出係"))))  # fmt: skip

    holders = ctx.people(r.randint(104, 116))
    res: list[list[Cell]] = [
        ["予約番号", "利用者番号", "氏名", "カナ", "電話番号", "資料名", "予約日", "受取館"]
    ]
    for u in holders:
        _, title, _, _ = ctx.book()
        res.append([f"Y{r.randint(100000, 999999)}", ctx.user_id(), u.name(), katakana(u.kana), u.phone, title,
                    _day(ctx, 60), r.choice([lib, ctx.kominkan(2), ctx.kominkan(4)])])  # fmt: skip
    docs.append(Doc("kashidashi", "xlsx", 3, ["name", "phone"], DocSpec(sheets=[
        sheet("予約者", far_right(res, 26), first_row=4),
    ])))  # fmt: skip
    return docs


# --- 障害者サービス ----------------------------------------------------------------------------------------
def shogai(ctx: Ctx) -> list[Doc]:
    r, lib = ctx.rng, ctx.library
    tel = ctx.office_phone(2)
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    docs.append(Doc("shogai", "pdf", 1, [], DocSpec(
        title="障害者サービスのご案内",
        paragraphs=[
            f"{lib}では、図書館の資料をそのままでは利用しにくい方のために、次のサービスを行っています。",
            "対面朗読：音訳協力者が資料を読み上げます（1回2時間まで、要予約）。",
            "郵送貸出：身体障害者手帳（視覚・上肢・体幹）又は療育手帳をお持ちの方に、録音図書・点字図書を無料で郵送します。",
            "登録の際は手帳をお持ちください。手帳の等級・病名などは、サービスの提供に必要な範囲でのみ確認します。",
            f"お問い合わせ　障害者サービス担当　{tel}（FAX兼用）",
        ],
    )))  # fmt: skip

    made: list[list[Cell]] = [
        ["年度", "デイジー図書（タイトル）", "点字図書（タイトル）", "対面朗読（回）", "郵送貸出（件）"]
    ]
    for y in range(2, 7):
        made.append(
            [f"令和{y}年度", r.randint(20, 60), r.randint(3, 15), r.randint(40, 160), r.randint(300, 900)]
        )
    docs.append(
        Doc("shogai", "ods", 1, [], DocSpec(sheets=[sheet("実績", made, title="障害者サービス 実績の推移")]))
    )

    docs.append(Doc("shogai", "docx", 1, [], DocSpec(
        title="障害者サービス利用登録申請書（記入例）",
        tables=[[["氏名", "点字 花子"], ["生年月日", "昭和45年1月1日"], ["住所", f"{ctx.city}〇〇町1-2-3"],
                 ["手帳の種類・等級", "身体障害者手帳　視覚　1級"], ["希望するサービス", "郵送貸出（デイジー）"]]],
        paragraphs=["※ この記入例の内容は架空のものです。", "※ 手帳の写しの提出は不要です（窓口で確認します）。"],
        textboxes=["記入例"],
    ), note="a 記入例: the sample name, birth date and 手帳 grade belong to no one"))  # fmt: skip

    teacher = ctx.staff()
    docs.append(Doc("shogai", "pptx", 1, [], DocSpec(
        title="音訳協力者養成講座（令和6年度）",
        paragraphs=["日程：全10回（毎週木曜 10:00～12:00）", f"講師：{teacher} 氏（音訳指導者・元放送局アナウンサー）",
                    "内容：発声、読みの基本、図表の読み方、デイジー編集", f"会場：{lib} 2階 研修室",
                    f"申込み：{tel}"],
    )))  # fmt: skip

    docs.append(Doc("shogai", "odt", 1, [], DocSpec(
        title="障害者サービス 事例集（職員研修用）",
        paragraphs=["事例1　Ａさん（60代、中途失明）：録音図書の操作に慣れるまで、プレクストークの使い方を3回に分けて説明した。",
                    "事例2　Ｂさん（10代、学習障害）：マルチメディアデイジー教科書の利用を学校と連携して案内した。",
                    "事例3　Ｃさん（80代）：来館が難しくなったため、郵送貸出への切り替えを提案した。",
                    "※ 個人が特定されないよう、内容の一部を変更しています。"],
    ), note="anonymised cases (Ａさん …): no identifiable person"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------
    vols = ctx.people(r.randint(12, 18), (1945, 1985))
    vrows: list[list[Cell]] = [["No", "氏名", "ふりがな", "住所", "電話番号", "登録年度", "担当"]]
    for i, v in enumerate(vols, start=1):
        vrows.append(
            [
                i,
                v.name(),
                v.kana,
                v.address(),
                v.phone,
                f"R{r.randint(1, 6)}",
                r.choice(["音訳", "点訳", "対面朗読"]),
            ]
        )
    docs.append(Doc("shogai", "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("協力者", vrows, title="音訳・点訳協力者名簿"),
    ]), note="協力者 (volunteers) at their home address are private persons"))  # fmt: skip

    p = ctx.person((1930, 1950))
    docs.append(Doc("shogai", "odt", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="高齢者宅配サービス 利用申込書",
        paragraphs=["対象：70歳以上で、図書館への来館が難しい方"],
        tables=[[["氏名", p.name()], ["生年月日", wareki(p.birth)], ["住所", p.address()], ["電話", p.phone],
                 ["希望する資料", "時代小説（大活字本）"], ["配達希望日", "第2・第4水曜日"]]],
    ), note="eligibility is by age only; no health detail"))  # fmt: skip

    v = ctx.person((1950, 1980))
    a = ctx.staff()
    docs.append(Doc("shogai", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("10:02", a, f"明日の対面朗読、協力者の{v.name()}さんが体調不良でお休みです。代わりの方を探します"),
        ("10:05", ctx.staff(), f"{v.sei}さんの連絡先 {v.phone} に念のため明後日の予定も確認してください"),
        ("10:07", a, "承知しました"),
    ], "障害者サービス担当"))))  # fmt: skip

    v = ctx.person((1950, 1985))
    docs.append(Doc("shogai", "docx", 2, ["address", "name", "phone"], DocSpec(
        title="謝礼振込先変更届",
        paragraphs=[f"{lib}長 様", "音訳協力者謝礼の振込先を下記のとおり変更します。",
                    f"金融機関：{r.choice(['常陽銀行', '十六銀行', '山口銀行', '福岡銀行', '第四北越銀行'])} {r.choice(ctx.districts)}支店",
                    f"口座番号：普通 {r.randint(1000000, 9999999)}", f"口座名義：{katakana(v.kana)}",
                    f"届出日：{ymd(_day(ctx, 15))}", *_signed(v)],
    )))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------
    users = ctx.people(r.randint(12, 18), (1935, 1990))
    mrows: list[list[Cell]] = [["利用者番号", "姓", "名", "セイ", "メイ", "住所", "電話", "手帳", "希望媒体"]]
    for u in users:
        mrows.append([ctx.user_id(), u.sei, u.mei, katakana(u.sei_kana), katakana(u.mei_kana), u.address(), u.phone,
                      r.choice(TECHO), r.choice(["デイジー", "点字", "大活字", "デイジー"])])  # fmt: skip
    docs.append(Doc("shogai", "xlsx", 3, ["address", "health", "name", "phone"], DocSpec(sheets=[
        sheet("郵送貸出", mrows, title="郵送貸出 利用者台帳"),
    ])))  # fmt: skip

    p = ctx.person((1940, 1965))
    docs.append(Doc("shogai", "docx", 3, ["address", "health", "name"], DocSpec(
        title="対面朗読 受付記録",
        paragraphs=[
            f"申込者：{p.name()} 様　住所：{p.address()}",
            f"受付日：{ymd(_day(ctx, 20))}　受付者：{ctx.staff()}",
            "希望資料：町内会の総会資料、市の広報紙、趣味の園芸書。",
            "希望日時：毎週火曜 13時～15時。朗読は2階対面朗読室で行う。",
            "協力者への引継ぎ：図表は口頭で説明。地名は読み仮名を確認のこと。",
            "聞き取り事項：網膜色素変性症により視野が狭くなっており、昨年から文字がほとんど読めなくなったとのこと。"
            "身体障害者手帳（視覚2級）取得済み。",
        ],
    ), note="the eye disease comes paragraphs after the name"))  # fmt: skip

    v = ctx.person((1950, 1985))
    mn = random_my_number(r)
    docs.append(Doc("shogai", "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="音訳協力者 謝礼支払明細",
        paragraphs=[f"支払先：{v.name()} 様", f"住所：{v.address()}", "支払内容：デイジー図書製作（3タイトル）",
                    f"支払額：{yen(r.choice([9000, 12000, 15000]))} 円（源泉徴収なし）", f"支払日：{ymd(TODAY + dt.timedelta(days=10))}"],
        footer=f"{v.sei}さんの番号 {grouped(mn, ' ')}",
    ), note="the My Number is only in the footer, labelled 「○○さんの番号」"))  # fmt: skip

    p = ctx.person((1940, 1970))
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shogai", "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("15:21", a, f"来週の対面朗読、{p.name()}さんから時間を短くしてほしいと連絡がありました"),
        ("15:25", b, "緑内障が進んで、週3回の透析の日と重ならないようにしたいと前回おっしゃってました。水曜午前なら大丈夫なはず"),
        ("15:26", a, "水曜10時で調整します"),
    ], "shogai-service"))))  # fmt: skip
    return docs


# --- 公民館 講座 --------------------------------------------------------------------------------------------
def koza(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    hall0, hall1 = ctx.kominkan(0), ctx.kominkan(3)
    tel = ctx.office_phone(3)
    courses = r.sample(COURSES, 6)
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    lines = [
        f"{c}（講師：{ctx.staff()} 氏／{role}）　受講料 {yen(r.choice([1000, 1500, 2000, 3000]))}円"
        for c, role in courses
    ]
    docs.append(Doc("koza", "pdf", 1, [], DocSpec(
        title=f"{hall0} 後期講座のご案内",
        paragraphs=[*lines, "申込み：往復はがき又は電子申請（応募多数の場合は抽選）",
                    f"{hall0}　{ctx.biz_address()}　電話 {tel}"],
    ), note="講師 are named in their role"))  # fmt: skip

    res: list[list[Cell]] = [["講座名", "定員", "申込者", "受講者", "修了者", "実施回数"]]
    for c, _ in courses:
        cap = r.choice([15, 20, 24, 30])
        res.append(
            [c, cap, cap + r.randint(-5, 20), cap - r.randint(0, 4), cap - r.randint(2, 8), r.randint(4, 10)]
        )
    factors: list[list[Cell]] = [[c, 1.0] for c, _ in courses]
    docs.append(Doc("koza", "xlsx", 1, [], DocSpec(sheets=[
        sheet("実績", res, title=f"{hall0} 講座実施結果（前期）"),
        sheet("計算用", [["講座", "係数"], *factors], state="hidden"),
    ]), post=merge_xlsx({"実績": ["B3:C3"]})))  # fmt: skip

    docs.append(Doc("koza", "docx", 1, [], DocSpec(
        title="講座受講申込書（記入例）",
        tables=[[["講座名", courses[0][0]], ["氏名", SAMPLE_NAMES[2]], ["住所", f"{ctx.city}〇〇町2丁目3番4号"],
                 ["電話", "090-0000-0000"], ["年代", "60代"]]],
        paragraphs=["記入例の氏名・住所は架空のものです。"],
    )))  # fmt: skip

    bank: list[list[Cell]] = [["登録番号", "講師名", "分野", "所属・肩書", "連絡先（公民館経由）"]]
    for i in range(1, 15):
        c, role = r.choice(COURSES)
        bank.append([f"K{i:03d}", ctx.staff(), c, role, tel])
    docs.append(Doc("koza", "ods", 1, [], DocSpec(sheets=[sheet("講師バンク", bank, title="生涯学習 講師バンク登録者一覧（公開用）")]),
                    note="講師 published in their role, reached through the 公民館 phone"))  # fmt: skip

    docs.append(Doc("koza", "odt", 1, [], DocSpec(
        title="講座受講料の徴収事務について",
        paragraphs=["受講料は初回講座時に現金で徴収し、領収書を交付する。",
                    "欠席により未納となった受講者には、次回講座時に納付を依頼する。講座終了時に未納がある場合は、"
                    "生涯学習課へ報告し、納付書による督促を行う。",
                    "未納者の氏名を他の受講者の前で読み上げないこと。"],
    )))  # fmt: skip

    lot_rows: list[list[Cell]] = [["受付番号", "講座名", "申込方法", "抽選結果"]]
    for _ in range(r.randint(26, 34)):
        lot_rows.append([look_alike(r), r.choice(courses)[0], r.choice(["はがき", "電子申請", "窓口"]),
                         r.choice(["当選", "落選", "補欠"])])  # fmt: skip
    docs.append(Doc("koza", "csv-cp932", 1, [], DocSpec(sheets=[sheet("抽選結果", lot_rows)]),
                    note="抽選 results by 受付番号 only; the 12-digit 受付番号 are all failing the check digit"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1945, 1995))
    form: list[list[Cell]] = [["項目", "内容"], ["講座名", courses[1][0]], ["氏名", p.name()], ["ふりがな", p.kana],
                              ["生年月日", wareki(p.birth, "short")], ["住所", p.address()], ["電話", p.phone],
                              ["申込日", ymd(_day(ctx, 30))]]  # fmt: skip
    docs.append(Doc("koza", "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("申込書", form, first_row=3),
    ])))  # fmt: skip

    p = ctx.person((1950, 1995))
    ctx.urban(p)
    docs.append(Doc("koza", "pdf", 2, ["address", "name"], DocSpec(title="抽選結果通知"), post=letter_pdf([
        f">{spaced_digits(wareki(TODAY))}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
        f">{hall0}長", "", "^講座受講決定通知書", "",
        f"お申込みいただいた「{courses[2][0]}」は抽選の結果、受講が決定しました。",
        f"初回は {spaced_digits(wareki(TODAY + dt.timedelta(days=12)))} 午前10時からです。", f"受講料は初回にお持ちください。　{tel}",
    ])))  # fmt: skip

    cls = ctx.people(r.randint(16, 24))
    crow: list[list[Cell]] = [["No", "氏名", "フリガナ", "電話番号", "地区", "出欠1", "出欠2", "出欠3"]]
    for i, u in enumerate(cls, start=1):
        crow.append([i, u.name(), katakana(u.kana), u.phone, u.district, "○", r.choice(["○", "×"]), ""])
    docs.append(Doc("koza", "xls", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("受講者", crow, title=f"{courses[3][0]} 受講者名簿"),
    ])))  # fmt: skip

    p = ctx.person((1950, 1990))
    staff = ctx.staff()
    docs.append(Doc("koza", "txt", 2, ["name", "phone"], DocSpec(paragraphs=mail(
        f"{staff} <{hall1}>", "生涯学習課 講座担当", "FW: 受講取消のお願い", f"{ymd(TODAY)} 09:12",
        ["お疲れさまです。下記の方から受講取消の連絡がありました。補欠の方に繰上げの連絡をお願いします。", "", staff],
        [(p.name(), f"{ymd(TODAY - dt.timedelta(days=1))} 19:30", "受講取消のお願い",
          [f"{hall1} 御中", f"「{courses[4][0]}」に当選しましたが、都合により受講を取り消します。",
           f"{p.name()}（携帯 {p.phone}）"])],
    ))))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------
    unpaid = ctx.people(r.randint(6, 10))
    urows: list[list[Cell]] = [["講座名", "氏名", "住所", "電話", "受講料", "納付額", "未納額", "督促"]]
    for u in unpaid:
        fee = r.choice([2000, 3000, 4500])
        paid = r.choice([0, 0, 1000])
        urows.append([r.choice(courses)[0], u.name(), u.address(), u.phone, fee, paid, fee - paid,
                      r.choice(["電話済", "督促状送付", "未"])])  # fmt: skip
    docs.append(Doc("koza", "xlsx", 3, ["address", "arrears", "name", "phone"], DocSpec(sheets=[
        sheet("未納", urows, title="講座受講料 未納者一覧"),
    ])))  # fmt: skip

    all_cls = ctx.people(r.randint(106, 120))
    arows: list[list[Cell]] = [["講座", "姓", "名", "セイ", "メイ", "住所", "電話番号", "生年月日"]]
    for u in all_cls:
        arows.append([r.choice(courses)[0], u.sei, u.mei, katakana(u.sei_kana), katakana(u.mei_kana), u.address(), u.phone,
                      u.birth])  # fmt: skip
    docs.append(Doc("koza", "xlsx", 3, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("受講者一覧", far_right(arows, 27), first_row=8),
    ])))  # fmt: skip

    teacher = ctx.person((1950, 1980))
    mn = random_my_number(r)
    docs.append(Doc("koza", "docx", 3, ["address", "my_number", "name"], DocSpec(
        title="講師謝金 支払調書 作成用メモ",
        paragraphs=[f"講座：{courses[5][0]}（全8回）", f"講師：{teacher.name()} 氏", f"住所：{teacher.address()}",
                    f"謝金：1回 {yen(8000)} 円 × 8回 = {yen(64000)} 円（源泉徴収 {yen(6534)} 円）",
                    "支払調書の作成のため、番号の提供を受けた（本人確認済）。"],
        header=f"番号 {grouped(mn, ' ')}",
    ), note="a 講師 is named in role elsewhere, but a My Number is a person's: level 3"))  # fmt: skip

    p = ctx.person((1945, 1990))
    docs.append(Doc("koza", "docx", 3, ["health", "name", "phone"], DocSpec(
        title="調理実習講座（男の料理教室・親子そば打ち体験） 受講者 緊急連絡カード",
        tables=[[["氏名", p.name()], ["電話", p.phone], ["緊急連絡先", f"家族（同居） {ctx.phone()}"]]],
        paragraphs=["調理実習のある講座では、食物アレルギー等の申告をお願いしています。"],
        textboxes=["そばアレルギーあり（アナフィラキシーの既往）。エピペン持参。"],
    ), note="the allergy is only in a text box"))  # fmt: skip
    return docs


# --- 施設予約・使用料 ---------------------------------------------------------------------------------------
def shisetsu(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    hall = ctx.hall
    tel = ctx.office_phone(4)
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    base = {"筑西市": (36.31, 139.98), "関市": (35.49, 136.92), "防府市": (34.05, 131.56), "飯塚市": (33.64, 130.69),
            "燕市": (37.67, 138.88)}[ctx.city]  # fmt: skip
    od: list[list[Cell]] = [["施設名", "種別", "住所", "緯度", "経度", "電話番号", "開設年月日", "駐車場"]]
    for i, (name, kind) in enumerate(ctx.facilities()):
        od.append([name, kind, ctx.biz_address(), f"{base[0] + r.uniform(-0.04, 0.04):.6f}",
                   f"{base[1] + r.uniform(-0.04, 0.04):.6f}", ctx.office_phone(10 + i),
                   ymd(dt.date(r.randint(1968, 2015), r.randint(1, 12), r.randint(1, 28))), r.choice(["有", "無"])])  # fmt: skip
    docs.append(Doc("shisetsu", "csv", 1, [], DocSpec(sheets=[sheet("施設一覧", od)]),
                    note="open data of facilities; 開設年月日 are not birth dates"))  # fmt: skip

    fees = [["施設", "室名", "午前", "午後", "夜間", "減免"]]
    for room in r.sample(ROOMS, 6):
        fees.append([r.choice([hall, ctx.kominkan(1)]), room, yen(r.choice([600, 1200, 2400, 9800])),
                     yen(r.choice([800, 1600, 3200, 12800])), yen(r.choice([900, 1800, 3600, 15000])), "有"])  # fmt: skip
    docs.append(Doc("shisetsu", "pdf", 1, [], DocSpec(
        title="施設使用料及び減免の基準",
        paragraphs=["市内の社会教育関係団体が学習活動に使用する場合は、使用料の5割を減免します。",
                    "障害者団体、子ども会、自治会の使用は全額免除とします。",
                    "使用料を滞納している団体・個人には、新たな使用許可をしないことがあります。"],
        tables=[fees],
    )))  # fmt: skip

    mgrs = ctx.companies(5)
    mon: list[list[Cell]] = [
        ["施設", "指定管理者", "法人番号", "代表者", "指定期間", "総合評価", "利用者満足度"]
    ]
    for i, (name, _) in enumerate(ctx.facilities()[:5]):
        mon.append([name, mgrs[i], random_corporate_number(r), f"代表取締役 {ctx.staff()}", "R5.4.1～R10.3.31",
                    r.choice(["A", "B", "B", "C"]), f"{r.randint(78, 96)}%"])  # fmt: skip
    docs.append(Doc("shisetsu", "xlsx", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("評価結果", mon, title="指定管理者 モニタリング評価結果（令和5年度）"),
        sheet("評価項目", [["No", "項目", "配点"], [1, "利用者サービス", 40], [2, "施設管理", 30], [3, "収支", 30]]),
    ]), post=merge_xlsx({"評価項目": ["A5:C5"]})))  # fmt: skip

    rate: list[list[Cell]] = [["施設", "室名", "4月", "5月", "6月", "7月", "8月", "9月"]]
    for room in ROOMS[:7]:
        rate.append([hall, room, *[f"{r.randint(20, 95)}%" for _ in range(6)]])
    slots: list[list[Cell]] = [[room, r.randint(60, 90)] for room in ROOMS[:7]]
    docs.append(Doc("shisetsu", "xls", 1, [], DocSpec(sheets=[
        sheet("稼働率", rate, title=f"{hall} 室別稼働率"),
        sheet("集計元", [["室", "コマ数"], *slots], state="hidden"),
    ])))  # fmt: skip

    docs.append(Doc("shisetsu", "pptx", 1, [], DocSpec(
        title="公共施設予約システム 操作説明会",
        paragraphs=["利用者登録：団体名・代表者・連絡先を登録します", "抽選申込：毎月1日～10日", "使用料の支払い：窓口又はコンビニ",
                    f"問合せ：{hall} 管理事務所 {tel}"],
        notes=["デモ画面の団体名「〇〇サークル」、代表者「〇〇 〇〇」は架空"],
    )))  # fmt: skip

    apps = ctx.companies(4)
    sel = [["順位", "申請者", "法人番号", "所在地", "得点"]]
    for i, c in enumerate(apps, start=1):
        sel.append([str(i), c, random_corporate_number(r), ctx.biz_address(), str(r.randint(60, 92))])
    docs.append(Doc("shisetsu", "odt", 1, ["corporate_number"], DocSpec(
        title=f"{hall}指定管理者 選定結果",
        paragraphs=[f"選定委員会（委員長 {ctx.staff()} 教授）の審査の結果、次のとおり候補者を選定した。"],
        tables=[sel],
    )))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1940, 1960))
    circle = r.choice(CIRCLES)
    docs.append(Doc("shisetsu", "docx", 2, ["address", "name", "phone"], DocSpec(
        title="使用料減免申請書",
        paragraphs=[f"{ctx.city}教育委員会 様", "次のとおり施設使用料の減免を申請します。"],
        tables=[[["団体名", circle], ["申請者（代表者）", p.name()], ["住所", p.address()], ["電話", p.phone],
                 ["施設・室名", f"{hall} {r.choice(ROOMS)}"], ["減免理由", "市内在住の高齢者で構成する団体の定例活動"]]],
    ), note="a 減免 (reduction) application is not arrears; the circle's leader at home is a private person"))  # fmt: skip

    p = ctx.person((1945, 1985))
    reg: list[list[Cell]] = [["項目", "内容"], ["団体名", r.choice(CIRCLES)], ["会員数", r.randint(8, 30)],
                             ["代表者氏名", p.name()], ["フリガナ", katakana(p.kana)], ["代表者 住所", p.address()],
                             ["代表者 電話", p.phone], ["活動内容", "月2回の練習"]]  # fmt: skip
    docs.append(Doc("shisetsu", "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("団体登録", reg, title="利用団体登録申請書"),
    ]), note="a circle's leader at home address is a private person"))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shisetsu", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("16:40", a, f"和室の二重予約の件、個人利用の{p.name()}さんから苦情です"),
        ("16:42", b, f"システム上は{p.sei}さんが先です。電話 {p.phone} に謝罪と代替室の案内をお願いします"),
        ("16:45", a, "第2会議室を案内します"),
        ("17:01", a, "了承いただきました"),
    ], "市民会館 管理事務所"))))  # fmt: skip

    p = ctx.person((1950, 1995))
    ctx.urban(p)
    use = TODAY + dt.timedelta(days=r.randint(10, 40))
    docs.append(Doc("shisetsu", "pdf", 2, ["address", "name"], DocSpec(title="使用許可書"), post=letter_pdf([
        f">{spaced_digits(wareki(TODAY))}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
        f">{hall}長", "", "^施設使用許可書", "",
        f"使用日時　{spaced_digits(wareki(use))}　13 時～17 時", f"使用施設　{r.choice(ROOMS)}",
        f"使用料　{yen(r.choice([1600, 3200, 4800]))} 円（納付済）", f"問合せ　{tel}",
    ])))  # fmt: skip

    wait = ctx.people(r.randint(8, 12))
    wrows: list[list[Cell]] = [["順番", "氏名", "電話番号", "希望日", "室名"]]
    for i, u in enumerate(wait, start=1):
        wrows.append([i, u.name(), u.phone, TODAY + dt.timedelta(days=r.randint(5, 50)), r.choice(ROOMS)])
    docs.append(
        Doc("shisetsu", "ods", 2, ["name", "phone"], DocSpec(sheets=[sheet("キャンセル待ち", wrows)]))
    )

    # level 3 -------------------------------------------------------------------------------------
    debtors = ctx.people(r.randint(5, 8))
    drows: list[list[Cell]] = [["区分", "団体名", "氏名（代表者）", "住所", "滞納額", "滞納期間", "督促回数"]]
    for u in debtors:
        individual = r.random() < 0.5
        drows.append(["個人" if individual else "団体", "" if individual else r.choice(CIRCLES), u.name(), u.address(),
                      r.choice([3200, 6400, 9600, 12800, 25600]), f"{r.randint(2, 9)}か月", r.randint(1, 3)])  # fmt: skip
    docs.append(Doc("shisetsu", "xlsx", 3, ["address", "arrears", "name"], DocSpec(sheets=[
        sheet("滞納", drows, title="施設使用料 滞納状況一覧"),
        sheet("履歴", [["日付", "内容"], [_day(ctx, 90), "督促状一斉送付"]], state="hidden"),
    ])))  # fmt: skip

    p = ctx.person((1950, 1990))
    ctx.urban(p)
    owed = r.choice([4800, 9600, 14400])
    docs.append(Doc("shisetsu", "pdf", 3, ["address", "arrears", "name"], DocSpec(title="督促状"), post=letter_pdf([
        f">{spaced_digits(wareki(TODAY))}", f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様", "",
        f">{ctx.city}教育委員会", "", "^督　促　状", "",
        f"{hall} の使用料が納期限までに納付されていません。", f"未納額　{yen(owed)} 円",
        f"{spaced_digits(wareki(TODAY + dt.timedelta(days=10)))} までに納付してください。",
        "納付がない場合、今後の施設使用を許可しないことがあります。",
    ])))  # fmt: skip

    leaders = ctx.people(r.randint(104, 120), (1940, 1990))
    lrows: list[list[Cell]] = [["登録番号", "団体名", "代表者氏名", "代表者住所", "代表者電話", "登録日"]]
    for i, u in enumerate(leaders, start=1):
        lrows.append([f"D{i:04d}", f"{r.choice(CIRCLES)}{r.choice(['', '（第2）', ' OB会', ' 北'])}", u.name(), u.address(),
                      u.phone, ymd(dt.date(r.randint(2010, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc("shisetsu", "csv-cp932", 3, ["address", "name", "phone"], DocSpec(sheets=[sheet("登録団体", lrows)]),
                    note="circle leaders at home addresses, more than 100: bulk; 登録日 are not birth dates"))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("shisetsu", "txt-cp932", 3, ["arrears", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("11:20", a, f"{p.name()}さん（個人利用）から来月の調理実習室の予約申込が来ています"),
        ("11:24", b, "その方、使用料が3か月分未納で督促中です。納付確認まで受付保留でお願いします"),
        ("11:25", a, "了解しました"),
    ], "市民会館 受付"))))  # fmt: skip
    return docs


# --- 苦情・事故・落とし物 -----------------------------------------------------------------------------------
def jiko(ctx: Ctx) -> list[Doc]:
    r, lib = ctx.rng, ctx.library
    tel = ctx.office_phone(5)
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    docs.append(Doc("jiko", "pdf", 1, [], DocSpec(
        title="施設内事故の発生について（公表）",
        paragraphs=[f"{ymd(_day(ctx, 30))}、{ctx.hall}大ホール階段で、利用者（60代男性）が転倒し負傷する事故がありました。",
                    "救急搬送され、現在は回復に向かっていると聞いています。",
                    "原因は階段の段差表示の劣化と考えられ、全館で滑り止めと段差表示を改修します。",
                    f"問合せ　{ctx.hall} 管理事務所　{tel}"],
    ), note="published, with no identifiable person"))  # fmt: skip

    kinds = ["職員対応", "施設設備", "騒音", "駐車場", "資料", "予約"]
    comp: list[list[Cell]] = [["月", *kinds, "計"]]
    for m in range(4, 11):
        vals = [r.randint(0, 12) for _ in kinds]
        comp.append([f"{m}月", *vals, sum(vals)])
    docs.append(Doc("jiko", "xlsx", 1, [], DocSpec(sheets=[
        sheet("苦情件数", comp, title="苦情・要望 受付件数（分類別）"),
        sheet("分類定義", [["分類", "定義"], *[[k, "…"] for k in kinds]], state="hidden"),
    ]), post=merge_xlsx({"苦情件数": ["H3:H4"]})))  # fmt: skip

    lost: list[list[Cell]] = [["受付番号", "拾得日", "拾得場所", "物品", "特徴", "保管期限", "状態"]]
    for _ in range(r.randint(22, 30)):
        d = _day(ctx, 80)
        lost.append([look_alike(r), ymd(d), r.choice([lib, ctx.hall, ctx.museum, ctx.kominkan(2)]),
                     r.choice(["傘", "手袋", "眼鏡", "水筒", "帽子", "イヤホン", "定期入れ"]),
                     r.choice(["黒", "紺", "赤", "透明", "花柄"]), ymd(d + dt.timedelta(days=90)), r.choice(["保管中", "返還済", "警察へ"])])  # fmt: skip
    docs.append(Doc("jiko", "xlsx", 1, [], DocSpec(sheets=[sheet("拾得物", lost, title="拾得物台帳")]),
                    note="no owner named; the 12-digit 受付番号 are all failing the check digit"))  # fmt: skip

    docs.append(Doc("jiko", "odt", 1, [], DocSpec(
        title="苦情対応マニュアル（指定管理者共通）",
        paragraphs=["1 受付　苦情は要旨を記録し、申出者の氏名・連絡先は本人の同意を得て記録する。",
                    "2 報告　事故（負傷・急病を含む）は、直ちに所管課へ電話で報告し、翌日までに事故報告書を提出する。",
                    "3 個人情報　申出者の病歴・障害などの情報は、対応に必要な職員に限り共有する。"],
    )))  # fmt: skip

    contractors = ctx.companies(3)
    docs.append(Doc("jiko", "docx", 1, [], DocSpec(
        title="昇降機・空調設備 定期点検報告",
        paragraphs=[f"点検実施：{ymd(_day(ctx, 20))}", f"点検業者：{contractors[0]}（担当 {ctx.staff()} 技術主任）",
                    f"立会い：{ctx.staff()} 施設長（指定管理者）",
                    "結果：エレベーター1基のドア開閉センサーに不具合。部品交換済み。",
                    f"空調：{contractors[1]}による冷媒補充。"],
    ), note="contractors' staff and the 施設長 in their role"))  # fmt: skip

    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("jiko", "txt", 1, [], DocSpec(paragraphs=chat("teams", TODAY, [
        ("08:52", a, "博物館のエレベーター、朝から止まっています。業者に連絡済み"),
        ("08:55", b, "了解です。入口に案内を貼ります。車椅子の方は職員通路を案内で"),
        ("09:40", a, "復旧しました。センサーの誤作動とのことです"),
    ], "施設管理 連絡")), note="staff only, no resident"))  # fmt: skip

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1945, 1990))
    docs.append(Doc("jiko", "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=[
        f"{ctx.city}長 様", "", "市民会館の駐車場についての要望", "",
        f"先日、{ctx.hall}の催しに参加した際、駐車場が満車で1時間近く待たされました。",
        "大きな催しの日は臨時駐車場を用意するか、シャトルバスを出していただけないでしょうか。",
        "また、誘導の係員の方の言葉遣いも気になりました。改善をお願いします。", "", ymd(_day(ctx, 10)), *_signed(p),
    ])))  # fmt: skip

    p = ctx.person()
    docs.append(Doc("jiko", "odt", 2, ["address", "name", "phone"], DocSpec(
        title="拾得物 受領書",
        tables=[[["受付番号", f"L{r.randint(100, 999)}"], ["物品", "財布（茶色）"], ["受領者氏名", p.name()],
                 ["住所", p.address()], ["電話", p.phone], ["受領日", ymd(TODAY)], ["確認書類", "運転免許証"]]],
    )))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("jiko", "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("10:15", a, f"{p.name()}さんから、昨日ホールに日傘を忘れたと電話"),
        ("10:20", b, f"拾得物にありました。{p.name()}さんの電話 {p.phone} に折り返します"),
        ("10:32", b, "連絡済み。明日取りに来られます"),
    ], "市民会館 受付"))))  # fmt: skip

    fb = ctx.people(r.randint(4, 7))
    frows: list[list[Cell]] = [["受付日", "申出者", "電話", "内容", "対応"]]
    for u in fb:
        frows.append([ymd(_day(ctx, 40)), u.name(), u.phone, r.choice(["閲覧室の私語", "空調が寒い", "駐輪場が狭い", "職員の説明不足"]),
                      r.choice(["回答済", "検討中"])])  # fmt: skip
    docs.append(
        Doc(
            "jiko",
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("苦情記録", frows, title="苦情・要望 記録簿")]),
        )
    )

    # level 3 -------------------------------------------------------------------------------------
    p = ctx.person((1940, 1960))
    docs.append(Doc("jiko", "docx", 3, ["address", "health", "name"], DocSpec(
        title="事故報告書",
        paragraphs=[
            f"報告者：{ctx.staff()}（{ctx.hall} 管理事務所長）", f"発生日時：{ymd(_day(ctx, 14))} 14時20分頃",
            f"被災者：{p.name()} 様（{p.address()}）", "発生場所：大ホール 2階席 階段",
            "状況：公演終了後、階段を下りる途中で足を踏み外し転倒。職員が駆け付け、119番通報した。",
            "事後対応：ご家族へ連絡。施設賠償責任保険の適用について保険会社へ照会した。",
            "被災者の状況：搬送先の病院で右大腿骨頸部骨折と診断され、手術のため入院中（全治3か月の見込み）。",
        ],
    ), note="the fracture comes in the last paragraph"))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("jiko", "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("14:31", a, f"閲覧室で利用者の{p.name()}さんが倒れられました。救急車呼んでいます"),
        ("14:33", b, "付き添いのご家族の話では、てんかんの持病があって服薬中とのことです"),
        ("14:40", a, "意識は戻りました。救急隊に引き継ぎました"),
    ], "中央館 職員"))))  # fmt: skip

    p = ctx.person((1945, 1980))
    staff = ctx.staff()
    docs.append(Doc("jiko", "txt", 3, ["address", "health", "name"], DocSpec(paragraphs=mail(
        f"{staff} <{ctx.city} 生涯学習課>", f"{ctx.company()} 保険担当", "RE: 施設賠償責任保険 事故報告",
        f"{ymd(TODAY)} 15:22",
        ["いつもお世話になっております。追加の情報をお送りします。", "診断書の写しは郵送します。", "", staff],
        [(f"{ctx.staff()}（指定管理者）", f"{ymd(TODAY - dt.timedelta(days=2))} 10:02", "施設賠償責任保険 事故報告",
          ["生涯学習課 御中", f"{lib} 入口のマットでつまずき、{p.name()} 様（{p.address()}）が転倒されました。",
           "整形外科で左橈骨遠位端骨折と診断され、ギプス固定とのことです。"])],
    ))))  # fmt: skip

    ban = ctx.people(r.randint(4, 6), (1950, 1995))
    brows: list[list[Cell]] = [["氏名", "年齢", "住所", "事案", "措置", "備考"]]
    for i, u in enumerate(ban):
        brows.append([u.name(), u.age(), u.address(), r.choice(["大声", "職員への暴言", "長時間の居座り", "他の利用者への付きまとい"]),
                      r.choice(["注意", "退館指示", "1か月利用停止"]),
                      "統合失調症で通院中と家族から聴取" if i == 0 else r.choice(["", "警察へ相談済", "家族と面談"])])  # fmt: skip
    docs.append(Doc("jiko", "xlsx", 3, ["address", "health", "name"], DocSpec(sheets=[
        sheet("対応者", far_right(brows, 25), first_row=3),
    ])))  # fmt: skip
    return docs


# --- ボランティア ----------------------------------------------------------------------------------------
def volunteer(ctx: Ctx) -> list[Doc]:
    r, lib = ctx.rng, ctx.library
    tel = ctx.office_phone(6)
    docs: list[Doc] = []

    # level 1 -------------------------------------------------------------------------------------
    docs.append(Doc("volunteer", "pdf", 1, [], DocSpec(
        title="図書館・博物館ボランティア募集",
        paragraphs=["おはなし会、書架整理、博物館の展示解説をお手伝いいただける方を募集します。",
                    "対象：16歳以上の方（高校生は保護者の同意が必要）", "活動日：月2回程度、1回2時間",
                    f"申込み・問合せ：{lib} ボランティア担当 {tel}", f"{ctx.museum}　学芸係"],
    )))  # fmt: skip

    act = [["活動", "登録者数", "活動回数", "延べ人数"]]
    for name in ["おはなし会", "書架整理", "展示解説", "点訳・音訳", "花壇整備"]:
        act.append([name, str(r.randint(5, 40)), str(r.randint(10, 80)), str(r.randint(40, 400))])
    docs.append(
        Doc("volunteer", "ods", 1, [], DocSpec(sheets=[sheet("実績", act, title="ボランティア活動実績")]))
    )

    docs.append(Doc("volunteer", "docx", 1, [], DocSpec(
        title="ボランティア登録申込書（記入例）",
        tables=[[["氏名", SAMPLE_NAMES[3]], ["ふりがな", "みほん じろう"], ["生年月日", "昭和60年5月5日"],
                 ["住所", f"{ctx.city}〇〇1234番地"], ["電話", "0000-00-0000"], ["希望活動", "おはなし会"]]],
        footer="記入例", paragraphs=["この記入例の内容はすべて架空です。"],
    )))  # fmt: skip

    council = [["地区", "役職", "氏名", "連絡先"]]
    for i, d in enumerate(ctx.districts):
        council.append(
            [
                d,
                r.choice(["自治会長", "自治会連合会長", "PTA会長", "婦人会長"]),
                ctx.staff(),
                f"{ctx.kominkan(i)} {ctx.office_phone(20 + i)}",
            ]
        )
    docs.append(Doc("volunteer", "odt", 1, [], DocSpec(
        title="公民館運営審議会 委員名簿（公表用）", tables=[council],
        paragraphs=["委員の連絡先は各公民館です。"],
    ), note="自治会長 and other 委員 in a published roster, reached through the 公民館"))  # fmt: skip

    docs.append(Doc("volunteer", "pptx", 1, [], DocSpec(
        title="ボランティア研修会（個人情報の取扱い）",
        paragraphs=["活動中に知った利用者の情報は外部に話さない", "例：Ａさん（おはなし会の参加児童）の家庭の話を他の保護者にしない",
                    "貸出記録（誰が何を借りたか）は図書館の秘密", "写真撮影・SNS投稿は事前に許可を得る"],
    )))  # fmt: skip

    ins = [["保険会社", "法人番号", "保険種類", "加入人数", "保険期間"]]
    for c in ctx.companies(3):
        ins.append([c, random_corporate_number(r), r.choice(["ボランティア活動保険", "行事保険"]), str(r.randint(30, 150)),
                    "R6.4.1～R7.3.31"])  # fmt: skip
    docs.append(Doc("volunteer", "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("保険", ins)])))

    # level 2 -------------------------------------------------------------------------------------
    p = ctx.person((1950, 2005))
    vf: list[list[Cell]] = [["姓", "名", "セイ", "メイ", "生年月日", "住所", "電話番号", "希望活動", "登録日"],
                            [p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth, p.address(), p.phone,
                             "展示解説", TODAY]]  # fmt: skip
    docs.append(Doc("volunteer", "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("登録", vf, first_row=6, title="ボランティア登録申込"),
    ])))  # fmt: skip

    v = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc("volunteer", "txt", 2, ["address", "name"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("09:05", a, f"おはなし会の{v.name()}さん、大型絵本を自宅に持ち帰ったまま"),
        ("09:10", b, f"回収に伺います。{v.name()}さんのお宅は {v.address()} ですね"),
        ("11:30", b, "回収済み"),
    ], "ボランティア担当"))))  # fmt: skip

    v = ctx.person((1950, 1995))
    ctx.urban(v)
    docs.append(Doc("volunteer", "pdf", 2, ["address", "name"], DocSpec(title="活動証明書"), post=letter_pdf([
        f">{spaced_digits(wareki(TODAY))}", f"〒{v.zip}", spaced_digits(v.address()), f"{v.name()} 様", "",
        f">{lib}長", "", "^ボランティア活動証明書", "",
        f"あなたは {spaced_digits(wareki(TODAY - dt.timedelta(days=365)))} から本日まで、当館のボランティアとして",
        f"延べ {spaced_digits(str(r.randint(20, 60)))} 回活動されたことを証明します。",
    ])))  # fmt: skip

    shift = ctx.people(r.randint(14, 20), (1945, 2005))
    srows: list[list[Cell]] = [["日付", "活動", "氏名", "電話", "備考"]]
    for u in shift:
        srows.append([TODAY + dt.timedelta(days=r.randint(1, 30)), r.choice(["おはなし会", "書架整理", "展示解説"]),
                      u.name(), u.phone, r.choice(["", "遅れて参加", "初回"])])  # fmt: skip
    docs.append(Doc("volunteer", "xls", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("当番表", srows, title="ボランティア当番表（12月）"),
        sheet("コード", [["コード", "活動"], ["1", "おはなし会"], ["2", "書架整理"]], state="hidden"),
    ])))  # fmt: skip

    # level 3 -------------------------------------------------------------------------------------
    regs = ctx.people(r.randint(110, 126), (1940, 2006))
    rows = [[f"V{i:05d}", u.name(), katakana(u.kana), wareki(u.birth, "abbr"), u.address(), u.phone, r.choice(["図書", "博物館", "公民館"])]
            for i, u in enumerate(regs, start=1)]  # fmt: skip
    cols = [
        ("登録番号", 30),
        ("氏名", 90),
        ("フリガナ", 165),
        ("生年月日", 265),
        ("住所", 330),
        ("電話", 560),
        ("分野", 660),
    ]
    docs.append(Doc("volunteer", "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(title="登録者一覧"),
                    post=system_print("ボランティア登録者一覧", f"{ctx.city}生涯学習ボランティアバンク", cols, rows, 30,
                                      "抽出条件：登録状態=有効", ruled=True)))  # fmt: skip

    payees = ctx.people(r.randint(6, 10), (1945, 1995))
    pay: list[list[Cell]] = [["ID", "氏名", "住所", "活動回数", "謝礼額"]]
    num: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i, u in enumerate(payees, start=1):
        pay.append([f"V{i:03d}", u.name(), u.address(), r.randint(5, 24), r.choice([5000, 10000, 15000])])
        num.append([f"V{i:03d}", u.name(), random_my_number(r)])
    docs.append(Doc("volunteer", "xlsx", 3, ["address", "my_number", "name"], DocSpec(sheets=[
        sheet("謝礼", pay, title="展示解説ボランティア 謝礼台帳"),
        sheet("番号", num, state="hidden"),
    ]), note="the My Numbers are on a hidden sheet headed only 番号"))  # fmt: skip

    v = ctx.person((1945, 1960))
    docs.append(Doc("volunteer", "odt", 3, ["health", "name", "phone"], DocSpec(
        title="ボランティア活動中の体調不良について（報告）",
        paragraphs=[f"{ymd(_day(ctx, 10))} 午前、{ctx.museum} 展示解説中のボランティア {v.name()} さん（連絡先 {v.phone}）が"
                    "胸の痛みを訴えた。",
                    "事務室で休んでいただき、ご本人の希望でご家族が迎えに来られた。",
                    "ご本人によると狭心症の持病があり、ニトログリセリンを舌下したとのこと。翌日、かかりつけ医を受診し、異常なしとの連絡があった。"],
    )))  # fmt: skip

    mus = ctx.people(r.randint(102, 114), (1940, 2005))
    mrows: list[list[Cell]] = [
        ["登録番号", "氏名", "ふりがな", "生年月日", "郵便番号", "住所", "電話", "メール"]
    ]
    for i, u in enumerate(mus, start=1):
        mrows.append([f"M{i:04d}", u.name(), u.kana, wareki(u.birth, "slash"), u.zip, u.address(), u.phone,
                      f"user{r.randint(1000, 9999)}@example.jp"])  # fmt: skip
    docs.append(
        Doc(
            "volunteer",
            "csv",
            3,
            ["address", "birth_date", "name", "phone"],
            DocSpec(sheets=[sheet("博物館ボランティア", mrows)]),
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [riyosha, kashidashi, shogai, koza, shisetsu, jiko, volunteer]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, museum, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, museum, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set50", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
