"""Forty-second red-team set (blind): a city's 特別支援教育 and 学校保健 desks of the 教育委員会.

``python -m corpus.redteam.set42 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 教育委員会, its schools named after its 地区 and its 市民病院) is drawn per build, in the
autumn of 令和6年度. Families follow the desk a document comes from: 就学相談 with 発達検査 results, 医師の意見 and
保護者 面談 (``shugaku``), 個別の教育支援計画 and 個別の指導計画 (``keikaku``), 通級 and 特別支援学級 名簿
(``meibo``), 医療的ケア児 with 看護師配置 and 指示書 (``iryocare``), 学校保健: 保健室 来室記録 and 健康診断 結果
(``hoken``), 教育相談 case records on 不登校 and 家庭状況 (``soudan``) and the 特別支援教育支援員 (``shienin``); each
with its public look-alikes (the 就学相談 guide, 学級数 aggregates, 支援員 募集, 研修 rosters of teachers in their
role, 記入例 of the 就学相談票, masked case studies for a 研究会).

The truth is the default policy's text only: 3 for a My Number, health (including developmental findings,
disability, allergies and medical care) or arrears about a named private person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what
a perfect reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files
carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
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

SEED = 4242
VARIANT = "redteam42"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, city hospital, areas); an area ending in "*" takes 番地 lots,
# the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("栃木県", "佐野市", "0283", "327", "佐野市民病院",
     ["大字赤見町*", "大字犬伏下町*", "大字免鳥町*", "高砂町", "浅沼町", "大橋町", "富岡町*", "堀米町"]),
    ("岐阜県", "関市", "0575", "501", "関市立中濃病院",
     ["大字小瀬*", "大字下有知*", "東貸上", "緑ケ丘", "大字倉知*", "桜台", "平和通", "大字保明*"]),
    ("山形県", "天童市", "023", "994", "天童市民病院",
     ["大字高擶*", "大字山元*", "老野森", "鎌田", "大字荒谷*", "北目", "駅西", "大字清池*"]),
    ("愛媛県", "西条市", "0897", "793", "西条市立周桑病院",
     ["大字飯岡*", "大字氷見*", "朔日市*", "喜多川*", "栄町", "旭町", "神拝", "大字船屋*"]),
    ("島根県", "出雲市", "0853", "693", "出雲市民病院",
     ["大津町*", "大字下古志町*", "渡橋町*", "今市町*", "駅南町", "姫原", "塩冶有原町", "平田町*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("一尺八寸", "かまつか"), ("勘解由小路", "かでのこうじ"), ("薬袋", "みない"),
    ("百目鬼", "どうめき"), ("纐纈", "こうけつ"), ("四十物", "あいもの"), ("左右田", "そうだ"), ("毒島", "ぶすじま"),
    ("我孫子", "あびこ"), ("東海林", "しょうじ"), ("日月", "たちもり"), ("嘉手納", "かでな"), ("比嘉", "ひが"),
    ("鬼頭", "きとう"), ("五百旗頭", "いおきべ"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"),
    ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"),
    ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"), ("石井", "いしい"),
    ("青木", "あおき"), ("坂口", "さかぐち"), ("上田", "うえだ"), ("酒井", "さかい"), ("工藤", "くどう"),
    ("柴田", "しばた"), ("竹内", "たけうち"), ("金子", "かねこ"), ("和田", "わだ"), ("中山", "なかやま"),
    ("石田", "いしだ"), ("小川", "おがわ"), ("菅原", "すがわら"), ("河野", "こうの"), ("水野", "みずの"),
    ("野村", "のむら"), ("松井", "まつい"), ("丸山", "まるやま"), ("服部", "はっとり"), ("土屋", "つちや"),
    ("市川", "いちかわ"), ("桑原", "くわばら"), ("大野", "おおの"), ("千田", "ちだ"), ("飯塚", "いいづか"),
]  # fmt: skip
KID_M: list[tuple[str, str]] = [
    ("陽翔", "はると"), ("悠真", "ゆうま"), ("蒼", "あおい"), ("樹", "いつき"), ("律", "りつ"), ("朝陽", "あさひ"),
    ("碧", "あお"), ("蓮", "れん"), ("煌", "こう"), ("颯", "はやて"), ("奏太", "そうた"), ("暖", "だん"),
    ("蒼空", "そら"), ("叶翔", "かなと"), ("大和", "やまと"), ("晴", "はる"), ("獅童", "しどう"),
]  # fmt: skip
KID_F: list[tuple[str, str]] = [
    ("結菜", "ゆいな"), ("芽依", "めい"), ("澪", "みお"), ("杏", "あん"), ("心春", "こはる"), ("咲良", "さくら"),
    ("結衣", "ゆい"), ("葵", "あおい"), ("花音", "かのん"), ("琴葉", "ことは"), ("詩", "うた"), ("苺", "いちご"),
    ("柚", "ゆず"), ("紬希", "つむぎ"), ("乃愛", "のあ"), ("莉子", "りこ"), ("日鞠", "ひまり"),
]  # fmt: skip
ADULT_M: list[tuple[str, str]] = [
    ("健太", "けんた"), ("雅之", "まさゆき"), ("誠", "まこと"), ("剛", "つよし"), ("隆", "たかし"), ("哲也", "てつや"),
    ("修", "おさむ"), ("慎吾", "しんご"), ("貴之", "たかゆき"), ("亮", "りょう"), ("忠", "ただし"),
    ("昌平", "しょうへい"), ("稔", "みのる"), ("嘉一", "かいち"), ("弥太郎", "やたろう"), ("圭祐", "けいすけ"),
]  # fmt: skip
ADULT_F: list[tuple[str, str]] = [
    ("恵", "めぐみ"), ("香織", "かおり"), ("麻衣", "まい"), ("裕子", "ゆうこ"), ("直美", "なおみ"), ("千尋", "ちひろ"),
    ("陽子", "ようこ"), ("理恵", "りえ"), ("綾", "あや"), ("瞳", "ひとみ"), ("亜希子", "あきこ"), ("志保", "しほ"),
    ("八重", "やえ"), ("紗季", "さき"), ("絢", "じゅん"), ("都", "みやこ"),
]  # fmt: skip
BUILDINGS = ["市営住宅", "レジデンス中央", "ハイツ若葉", "コーポみずほ", "パレス駅南", "メゾン・ド・ソレイユ"]
COMPANIES = [
    ("株式会社", "ひだまり訪問看護"), ("合同会社", "ナースケアみらい"), ("株式会社", "こころ発達支援センター"),
    ("株式会社", "メディカルレンタル北陽"), ("有限会社", "青葉福祉タクシー"), ("株式会社", "エデュケア人材"),
    ("株式会社", "学研スクールサポート"), ("一般社団法人", "ことばと学びの研究所"), ("株式会社", "はぐくみ教材"),
    ("有限会社", "つばさ介護移送"), ("株式会社", "ヘルスチェック中部"), ("株式会社", "日本学校検診センター"),
    ("社会福祉法人", "若竹会"), ("株式会社", "スマイルナースステーション"), ("株式会社", "ミライ医療機器"),
    ("有限会社", "さくら薬局"), ("株式会社", "エムケア人材センター"), ("株式会社", "しおかぜ学習支援"),
]  # fmt: skip
SAMPLE_NAMES = ["教育 太郎", "支援 花子", "見本 一郎", "記入 例子", "相談 次郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 18)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
DEV = ["自閉スペクトラム症", "注意欠如・多動症(ADHD)", "限局性学習症(読字)", "知的障害(軽度)", "知的障害(中度)",
       "発達性協調運動症", "吃音", "構音障害", "場面緘黙", "両側感音難聴(中等度)", "弱視", "ダウン症候群",
       "脳性麻痺(痙直型)", "てんかん"]  # fmt: skip
KINDS = ["知的障害", "自閉症・情緒障害", "肢体不自由", "病弱・身体虚弱", "弱視", "難聴", "言語障害"]
TSUKYU = ["言語障害", "自閉症", "情緒障害", "学習障害(LD)", "注意欠陥多動性障害(ADHD)", "難聴"]
CARE = ["喀痰吸引(口腔・鼻腔)", "経管栄養(胃ろう)", "導尿", "インスリン注射", "人工呼吸器管理", "酸素療法(在宅酸素)",
        "気管切開部の管理"]  # fmt: skip
VISITS = ["頭痛", "腹痛", "擦り傷(膝)", "発熱 37.8℃", "嘔吐", "鼻出血", "捻挫(右足首)", "気分不良", "喘息発作",
          "じんましん", "打撲(額)", "生理痛"]  # fmt: skip
FINDINGS = ["むし歯(未処置2本)", "視力 B/C", "心電図 要精検", "尿蛋白(+)", "側弯 要精検", "肥満度+32%",
            "難聴疑い(左)", "アトピー性皮膚炎", "扁桃肥大", "異常なし", "異常なし", "異常なし", "異常なし"]  # fmt: skip
ALLERGENS = ["卵", "乳", "小麦", "えび・かに", "落花生", "そば", "キウイフルーツ", "くるみ"]


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 平成28年3月5日, short H28.3.5, abbr 平成28.3.5, slash H28/03/05, spaced 令和 6 年 7 月 10 日."""
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
    """The 地区 name an area is known by: 大字赤見町* → 赤見町."""
    a = area.rstrip("*")
    for prefix in ("大字", "字"):
        if a.startswith(prefix):
            return a[len(prefix) :]
    return a


def school_year(birth: dt.date, on: dt.date = TODAY) -> str:
    """The grade a child born on ``birth`` is in on ``on`` (小1 … 中3), or 年長 / 年中 before school."""
    fy = on.year if on.month >= 4 else on.year - 1
    entry = birth.year + 6 + (1 if (birth.month, birth.day) >= (4, 2) else 0)
    grade = fy - entry + 1
    if grade <= 0:
        return "年長" if grade == 0 else "年中"
    return f"小{grade}" if grade <= 6 else f"中{grade - 6}"


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

    @property
    def grade(self) -> str:
        return school_year(self.birth)


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    hospital: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def board(self) -> str:
        return f"{self.city}教育委員会"

    @property
    def districts(self) -> list[str]:
        return [area_label(a) for a in self.areas]

    def school(self, i: int | None = None, kind: str = "小学校") -> str:
        d = self.districts
        k = self.rng.randrange(len(d)) if i is None else i % len(d)
        name = d[k].removesuffix("町").removesuffix("通")
        return f"{self.city}立{name}{kind}"

    def schools(self, n: int, kind: str = "小学校") -> list[str]:
        out = [self.school(i, kind) for i in range(min(n, len(self.areas)))]
        extra = ["第一", "第二", "第三", "東", "西", "南", "北"]
        out += [f"{self.city}立{extra[i]}{kind}" for i in range(max(0, n - len(out)))]
        return out

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 640 + n, 1211 + 13 * n)

    def phone(self, mobile: float = 0.6) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2900)}番地"
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
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def mobile(self, p: Person) -> str:
        """Give ``p`` a mobile number (when a text calls it 携帯) and return it."""
        if not p.phone.startswith(("070", "080", "090")):
            p.phone = self.phone(1.0)
        return p.phone

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(
        self, born: tuple[int, int] = (1972, 1994), sex: str = "", sei: tuple[str, str] | None = None
    ) -> Person:
        r = self.rng
        want = sex
        kid = born[0] >= 2005
        tries = 0
        while True:
            s, sk = sei if sei and tries < 30 else r.choice(SURNAMES)
            sex = want or r.choice("男女")
            pool = (KID_M if sex == "男" else KID_F) if kid else (ADULT_M if sex == "男" else ADULT_F)
            mei, mk = r.choice(pool)
            if s + mei not in self.used:
                self.used.add(s + mei)
                break
            tries += 1
        area = r.choice(self.areas)
        if kid:  # a school cohort: born 2 April of the first year to 1 April after the last
            lo, hi = dt.date(born[0], 4, 2), dt.date(born[1] + 1, 4, 1)
            birth = lo + dt.timedelta(days=r.randint(0, (hi - lo).days))
        else:
            birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(s, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref)  # fmt: skip

    def child(self, born: tuple[int, int] = (2009, 2017)) -> Person:
        """A pupil of the school cohorts ``born`` (2017 is 小1 in 令和6年度, 2009 is 中3, 2018 is 年長)."""
        return self.person(born)

    def school_of(self, p: Person, short: bool = True) -> str:
        """A school of the child's kind (小学校 or 中学校)."""
        kind = "中学校" if p.grade.startswith("中") else "小学校"
        name = self.school(self.rng.randrange(4 if kind == "中学校" else len(self.areas)), kind)
        return name.replace(f"{self.city}立", "") if short else name

    def guardian(self, child: Person, sex: str = "", born: tuple[int, int] = (1976, 1993)) -> Person:
        """A parent (or grandparent) at the child's address, with the child's surname."""
        g = self.person(born, sex=sex, sei=(child.sei, child.sei_kana))
        g.area, g.lot, g.zip = child.area, child.lot, child.zip
        child.phone = g.phone
        return g

    def household(self, born: tuple[int, int] = (2009, 2017), parent: str = "") -> tuple[Person, Person]:
        c = self.child(born)
        return c, self.guardian(c, parent)

    def children(self, n: int, born: tuple[int, int] = (2009, 2017)) -> list[Person]:
        return [self.child(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer or teacher (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(ADULT_M + ADULT_F)
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
                c.drawString(30, y - 10, "-" * 160)
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
        out.append(f"保存日時：{ymd(day)} 17:48")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 電話・口頭 転記）")
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


def rep_title(company: str) -> str:
    """The title a body's representative signs with: 代表取締役, 代表社員, 理事長 or 代表理事."""
    for kind, title in (("合同会社", "代表社員"), ("社会福祉法人", "理事長"), ("一般社団法人", "代表理事")):
        if kind in company:
            return title
    return "代表取締役"


def _sid(prefix: str, n: int) -> str:
    """A pupil or case ID as the school system prints it: letters then 6 digits."""
    return f"{prefix}{n:06d}"


def _hm(rng: random.Random, lo: int = 8, hi: int = 17) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


# --- 就学相談 (学校教育課 特別支援教育係) --------------------------------------------------------------------
def shugaku(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "shugaku"
    desk = f"{ctx.board} 学校教育課 特別支援教育係"
    docs: list[Doc] = []
    chief, psych = ctx.staff(), ctx.staff()

    # level 1 --------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和7年度 就学相談のご案内",
        paragraphs=[
            "お子さんの発達や学校生活について心配なことがある保護者の方を対象に、就学相談を行っています。",
            "相談の流れ：①電話予約 → ②保護者面談（生育歴・園での様子） → ③行動観察・発達検査 → ④教育支援委員会"
            "での審議 → ⑤就学先についての説明・合意形成。医師の意見書が必要な場合は主治医にご依頼ください。",
            "受付期間：令和6年5月7日（火）から令和6年9月30日（月）まで。相談会場：総合教育センター 2階 相談室。",
            "就学先の決定にあたっては、保護者の意向を最大限尊重します。相談内容の秘密は守られます。",
            f"お問い合わせ：{desk}　電話 {ctx.office_phone(3)}（平日 8:30〜17:15）",
        ],
        tables=[[["区分", "対象", "主な内容"],
                 ["就学相談", "年長児", "面談・行動観察・発達検査"],
                 ["転学相談", "小・中学生", "在籍学級の変更について"],
                 ["通級相談", "小・中学生", "通級指導教室の利用について"]]],
    )))  # fmt: skip

    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    counts = [[r.randint(2, 19) for _ in months] for _ in range(5)]
    kinds = ["知的障害", "自閉症・情緒障害", "肢体不自由", "難聴・言語", "その他"]
    rows: list[list[Cell]] = [["相談の主訴", *months, "計"]]
    rows += [[k, *c, sum(c)] for k, c in zip(kinds, counts, strict=True)]
    rows.append(["計", *[sum(c[i] for c in counts) for i in range(len(months))], sum(map(sum, counts))])
    dest: list[list[Cell]] = [["就学先（判断）", "件数"], ["通常の学級", r.randint(20, 40)],
                              ["通常の学級＋通級", r.randint(10, 30)], ["特別支援学級", r.randint(30, 60)],
                              ["特別支援学校", r.randint(5, 15)], ["継続審議", r.randint(1, 6)]]  # fmt: skip
    raw: list[list[Cell]] = [["月", "新規", "継続", "取下げ"]]
    raw += [[m, r.randint(5, 30), r.randint(0, 9), r.randint(0, 3)] for m in months]
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("相談件数", rows, title="令和6年度 就学相談 受付件数（9月末現在）", first_row=3),
        sheet("就学先", dest, title="教育支援委員会 判断結果（人数）", first_row=3),
        sheet("集計元", raw, state="hidden"),
    ]), post=merge_xlsx({"相談件数": ["B2:G2"]})))  # fmt: skip

    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="就学相談票（記入例）",
                paragraphs=[
                    "※太枠内を保護者の方がご記入ください。以下は記入例です。",
                    f"お子さんの氏名：{SAMPLE_NAMES[0]}（きょういく たろう）　性別：男",
                    "生年月日：平成30年5月5日（記入例）",
                    f"保護者氏名：{SAMPLE_NAMES[1]}　続柄：母",
                    f"住所：{ctx.city}〇〇町1丁目2番3号　電話：0000-00-0000",
                    "在籍園：〇〇保育園　年長組",
                    "心配なこと：（例）ことばの遅れが気になる／集団での活動が苦手　など",
                    "医療機関の受診歴：（例）〇〇病院 小児科　令和5年〇月",
                    "※記入例の氏名・住所・生年月日は架空のものです。",
                ],
                footer="記入例",
            ),
            note="記入例: the child and guardian are sample names with a placeholder address",
        )
    )

    members = [("委員長", "小児科医", ctx.hospital), ("副委員長", "校長", ctx.school(0)),
               ("委員", "臨床心理士", f"{ctx.city}総合教育センター"), ("委員", "特別支援学校 教頭", f"{ctx.pref}立特別支援学校"),
               ("委員", "保健師", f"{ctx.city}健康推進課"), ("委員", "特別支援学級 担任", ctx.school(1, "中学校")),
               ("委員", "通級指導教室 担当", ctx.school(2))]  # fmt: skip
    tab = [["役職", "氏名", "職名", "所属", "所属電話"]]
    tab += [[a, ctx.staff(), b, c, ctx.office_phone(10 + i)] for i, (a, b, c) in enumerate(members)]
    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title=f"令和6年度 {ctx.city}教育支援委員会 委員名簿",
        paragraphs=[f"{ctx.city}教育支援委員会規則第3条により、次のとおり委嘱する。任期：令和6年4月1日〜令和8年3月31日"],
        tables=[tab],
        footer=f"{desk}",
    )))  # fmt: skip

    recs: list[list[Cell]] = [["受付番号", "受付日", "区分", "主訴", "面談", "検査", "委員会", "状況"]]
    for i in range(18):
        day = dt.date(2024, r.randint(5, 9), r.randint(1, 28))
        recs.append([fail_check(random_my_number(r), 1 + i % 9), ymd(day), r.choice(["就学", "転学", "通級"]),
                     r.choice(kinds), "済", r.choice(["済", "予定", "不要"]), r.choice(["10月", "11月", "未定"]),
                     r.choice(["継続", "完了", "保留"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("受付処理簿", recs)]),
            note="processing log with no names; its 12-digit 受付番号 are all failing the check digit",
        )
    )

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="就学相談のすすめ方 ― 保育所・幼稚園向け説明会",
        paragraphs=[
            "年長児の就学相談は5月から受付", "園での様子の聞き取りにご協力ください", "発達検査は総合教育センターで実施",
            "事例：Ａさん（年長・男児）", "集団の指示が通りにくい → 個別の声かけで参加できる", "Ａさんの就学先は保護者と合意のうえ決定",
            "事例の氏名・園名は仮名です", f"問い合わせ：{desk}",
        ],
        notes=["説明者：特別支援教育係 指導主事。事例は架空化済み（Ａさん）。"],
    )))  # fmt: skip

    # level 2 --------------------------------------------------------------------------------------
    kid, mom = ctx.household((2018, 2018), parent="女")
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.board} 学校教育課 御中",
                    "就学相談の日程変更のお願い",
                    f"いつもお世話になっております。10月{r.randint(21, 31)}日に予約しておりました面談ですが、"
                    "仕事の都合で伺えなくなりました。11月の平日午後で、別の日程をご調整いただけますでしょうか。",
                    f"子どもは{kid.mei}（{kid.grade}）です。園のお迎えの後であれば、夕方の時間でも構いません。",
                    "お手数をおかけしますが、よろしくお願いいたします。",
                    f"令和6年10月{r.randint(1, 15)}日",
                    f"住所　〒{mom.zip} {mom.address()}",
                    f"氏名　{mom.name()}",
                    f"電話　{mom.phone}",
                ],
            ),
            note="a guardian moves a 就学相談 appointment; no finding about the child is written: 2",
        )
    )

    kid, dad = ctx.household((2018, 2018), parent="男")
    ctx.urban(dad)
    when = dt.date(2024, 11, r.randint(5, 29))
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="面談日程のお知らせ"),
            post=letter_pdf(
                [
                    spaced_digits(f"〒{dad.zip}"),
                    spaced_digits(f"{dad.address()}"),
                    f"{dad.name()} 様",
                    "",
                    ">" + wareki(TODAY, "spaced"),
                    f">{desk}",
                    "^就学相談 面談日程のお知らせ",
                    "",
                    f"先日お申込みいただいた {kid.name()} さんの就学相談について、面談の日程を次のとおりお知らせします。",
                    "",
                    "日時　" + wareki(when, "spaced") + "　午前 10 時 00 分から",
                    "場所　総合教育センター 2 階 相談室",
                    "持ち物　母子健康手帳、園の連絡帳（お持ちの方）",
                    "",
                    "ご都合が悪い場合は、下記までご連絡ください。",
                    f"担当　指導主事 {chief}　電話 {ctx.office_phone(3)}",
                ]
            ),
            note="appointment letter to a named guardian at home; the consultation itself is not a finding: 2",
        )
    )

    kid, mom = ctx.household(parent="女")
    t0 = r.randint(9, 15)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", TODAY, [
        (f"{t0:02d}:02", chief, f"{mom.name()}さんから学校見学の件で折り返し希望の連絡がありました"),
        (f"{t0:02d}:05", psych, "番号わかりますか？受付票まだ回ってきてなくて"),
        (f"{t0:02d}:06", chief, f"携帯 {ctx.mobile(mom)} です。平日は16時以降がいいそうです"),
        (f"{t0:02d}:09", psych, "了解です、夕方かけてみます"),
        (f"{t0:02d}:31", psych, f"{mom.sei}さんと話せました。見学は{ctx.school(3)}で調整します"),
    ], "特別支援教育係"))))  # fmt: skip

    hdr: list[Cell] = ["No.", "姓", "名", "セイ", "メイ", "続柄", "電話番号", "見学希望校", "希望日", "受付"]
    tour: list[list[Cell]] = [hdr]
    for i in range(r.randint(16, 22)):
        c, g = ctx.household()
        tour.append([i + 1, g.sei, g.mei, katakana(g.sei_kana), katakana(g.mei_kana),
                     r.choice(["母", "母", "祖母"] if g.sex == "女" else ["父", "祖父"]),
                     g.phone, ctx.school(r.randrange(8)).replace(f"{ctx.city}立", ""),
                     dt.date(2024, 11, r.randint(1, 28)), r.choice(["電話", "窓口", "メール"])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("見学申込", tour, title="特別支援学級 学校見学 申込一覧（保護者）", first_row=5),
    ]), note="guardians booking a class visit with their phones; a visit request is not a disability finding: 2"))  # fmt: skip

    kid, mom = ctx.household((2018, 2018), parent="女")
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="就学相談 受付票",
        paragraphs=[f"受付日：{ymd(dt.date(2024, 6, r.randint(3, 28)))}　受付者：{psych}"],
        tables=[[["項目", "内容"],
                 ["児童氏名", kid.name()], ["ふりがな", kid.kana], ["生年月日", wareki(kid.birth)], ["性別", kid.sex],
                 ["保護者氏名", mom.name()], ["住所", mom.address()], ["電話", mom.phone],
                 ["在籍園", f"{ctx.districts[2]}保育園"], ["面談希望", "平日午前"]]],
    ), note="the reception form stops before the 主訴 section: name, address, birth date and phone only"))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    rows2: list[list[str]] = []
    for i in range(r.randint(112, 130)):
        c, g = ctx.household((2018, 2018))
        rows2.append([_sid("G", 240000 + i * 7), c.name(), katakana(c.kana), wareki(c.birth, "short"), c.sex,
                      c.address(), g.name(), g.phone])  # fmt: skip
    cols = [("児童番号", 30), ("児童氏名", 90), ("カナ", 170), ("生年月日", 270), ("性", 325), ("住所", 345),
            ("保護者", 590), ("電話", 680)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(title="就学予定者一覧"),
                    post=system_print("令和7年度 就学予定者一覧（学齢簿）", f"{ctx.city} 学齢簿管理システム", cols,
                                      rows2, 26, "条件：入学年度=令和7年度 並び順=児童番号", ruled=True)))  # fmt: skip

    kid, mom = ctx.household((2018, 2018), parent="女")
    dx = r.choice(["自閉スペクトラム症", "注意欠如・多動症", "知的能力障害（軽度）"])
    fsiq = r.randint(62, 84)
    docs.append(Doc(fam, "docx", 3, ["health", "name"], DocSpec(
        title="発達検査 結果報告（就学相談）",
        paragraphs=[
            f"対象児：{kid.name()}（{kid.grade}）　検査者：{psych}（臨床心理士）",
            f"検査日：令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日　場所：総合教育センター 相談室",
            "入室時は緊張した様子であったが、検査者の声かけで着席し、最後まで取り組むことができた。",
            "休憩をはさみ、約80分で実施した。保護者は別室で面談を受けた。",
            "行動観察：課題の切り替え場面で手をひらひらさせる動きが見られた。視線は合いにくい。",
            f"検査結果（WISC-Ⅴ）：全検査IQ {fsiq}、言語理解 {fsiq + r.randint(-8, 8)}、"
            f"視空間 {fsiq + r.randint(0, 14)}、ワーキングメモリー {fsiq - r.randint(3, 12)}、処理速度 {fsiq + r.randint(-6, 6)}。",
            f"所見：{ctx.hospital} 小児科にて{dx}の診断を受けている（令和5年）。聴覚的な短期記憶に弱さがあり、"
            "視覚的な手がかりがあると理解が進む。",
            "就学先の検討：少人数での指導が望ましい。教育支援委員会に諮る。",
        ],
    )))  # fmt: skip

    kid, mom = ctx.household((2018, 2018), parent="女")
    ctx.urban(kid)
    doctor = ctx.staff()
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "health", "name"], DocSpec(title="医師の意見書"),
                    post=letter_pdf([
        "^就学に関する医師の意見書",
        "",
        f"{ctx.board} 教育長 様",
        "",
        f"患者氏名　{kid.name()}　（{kid.sex}）",
        "生年月日　" + wareki(kid.birth, "spaced"),
        "住所　" + spaced_digits(kid.address()),
        "",
        f"診断名　{r.choice(DEV[:5])}",
        "所見　初診 " + wareki(dt.date(2022, r.randint(4, 12), r.randint(1, 28)), "spaced")
        + "。言語発達の遅れあり。感覚過敏（聴覚）が強く、",
        "　　　大きな音のする場面でパニックになることがある。服薬なし。",
        "学校生活上の配慮　静かな環境での個別指導、見通しを示す支援が望ましい。",
        "",
        ">" + wareki(dt.date(2024, 9, r.randint(2, 27)), "spaced"),
        f">{ctx.hospital} 小児科　医師 {doctor}",
    ])))  # fmt: skip

    kid, mom = ctx.household((2018, 2018), parent="女")
    med = r.choice(["インチュニブ", "コンサータ", "ストラテラ"])
    t0 = r.randint(9, 15)
    docs.append(Doc(fam, "txt-cp932", 3, ["health", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (f"{t0:02d}:10", chief, f"明日の委員会資料、{kid.name()}さんの分の医療情報まだ空欄です"),
        (f"{t0:02d}:14", psych, "お母さんから聞き取り済みです。追記お願いします"),
        (f"{t0:02d}:15", psych, f"ADHDの診断あり（{ctx.hospital}）、{med}を朝1回服用。午後に効果が切れると離席が増えるとのこと"),
        (f"{t0:02d}:17", chief, "ありがとうございます。反映します"),
    ], "就学相談チーム"))))  # fmt: skip

    kid, dad = ctx.household((2012, 2017), parent="男")
    mn = random_my_number(r)
    income = r.randint(180, 420) * 10000
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], DocSpec(
        title="特別支援教育就学奨励費 受給申請書（控）",
        paragraphs=[
            f"申請者（保護者）：{dad.name()}",
            f"住所：{dad.address()}",
            f"対象児童：{kid.name()}　{ctx.school_of(kid, short=False)} {kid.grade}",
            f"世帯の前年所得（申告額）：{yen(income)}円",
            "所得の確認について、税務担当課への照会に同意します。",
            f"申請日：令和6年{r.randint(5, 6)}月{r.randint(1, 28)}日",
        ],
        header=f"番号 {grouped(mn)}",
    ), note="the My Number sits only in the page header, labelled 番号"))  # fmt: skip
    return docs


# --- 個別の教育支援計画・個別の指導計画 (学校教育課 指導係) -----------------------------------------------------
def keikaku(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "keikaku"
    desk = f"{ctx.board} 学校教育課 指導係"
    docs: list[Doc] = []
    shido, kakari = ctx.staff(), ctx.staff()

    # level 1 --------------------------------------------------------------------------------------
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="個別の教育支援計画（様式1）記入例",
        paragraphs=[
            f"児童生徒氏名：{SAMPLE_NAMES[3]}　学年：小学校3年　（記入例）",
            "本人・保護者の願い：（例）友だちと一緒に楽しく学校生活を送りたい。",
            "支援の目標：（例）見通しをもって活動に参加できる。",
            "合理的配慮：（例）板書の写真撮影を認める／座席を前列にする。",
            "関係機関：（例）〇〇発達支援センター、〇〇クリニック",
            "※様式は校内の共有フォルダ「特別支援\\様式」に置いてあります。記入例の氏名は架空です。",
        ],
        tables=[[["欄", "記入者", "時期"], ["プロフィール", "担任", "4月"], ["支援の目標", "担任・コーディネーター", "5月"],
                 ["評価", "担任", "2月"], ["引継ぎ", "コーディネーター", "3月"]]],
        footer="様式1 記入例（令和6年度版）",
    )))  # fmt: skip

    schools = ctx.schools(9) + ctx.schools(4, "中学校")
    rows: list[list[Cell]] = [
        ["学校名", "対象児童生徒数", "支援計画 作成済", "指導計画 作成済", "作成率", "引継ぎ済"]
    ]
    for s in schools:
        n = r.randint(8, 60)
        done = r.randint(n // 2, n)
        rows.append(
            [
                s.replace(f"{ctx.city}立", ""),
                n,
                done,
                r.randint(n // 2, n),
                f"{done / n:.0%}",
                r.randint(0, done),
            ]
        )
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("作成状況", rows, title="令和6年度 個別の教育支援計画・指導計画 作成状況（7月1日現在）", first_row=4),
        sheet("入力規則", [["区分", "説明"], ["作成済", "保護者の確認まで終えたもの"], ["引継ぎ済", "進学先へ送付したもの"]],
              state="hidden"),
    ]), post=merge_xlsx({"作成状況": ["C3:D3"]})))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title=f"{ctx.city}特別支援教育研究会 実践発表「つながる支援計画」",
        paragraphs=[
            "対象：Ａさん（小学4年）　通常の学級に在籍", "困りごと：音読で行を飛ばす、板書が間に合わない",
            "手立て：リーディングスリット、タブレットでの板書撮影", "Ｂさん（中学1年）：小中の引継ぎで配慮が途切れた事例",
            "支援会議を年2回 → 3回に", "成果：Ａさんの自己評価が向上", "個人が特定されないよう一部改変しています",
            "記録用の表では氏名を 〇〇 〇〇 と表記", "発表者：〇〇小学校 特別支援教育コーディネーター",
        ],
        tables=[[["児童", "学年", "手立て", "変化"], ["〇〇 〇〇", "4", "スリット", "音読の誤り減少"],
                 ["〇〇 〇〇", "6", "タイマー", "切替えがスムーズ"]]],
    ), note="研究会 case study: Ａさん, Ｂさん and 〇〇 〇〇 are masked"))  # fmt: skip

    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=mail(
        f"{shido} <shido@kyoiku.example.lg.jp>", "市内小中学校 特別支援教育コーディネーター 各位",
        "【依頼】個別の教育支援計画 様式改訂に伴う意見照会", "2024/10/08 (火) 15:42",
        ["コーディネーターの皆様", "", "標記の件、来年度からの様式改訂案を添付します。",
         "10月25日（金）までに、学校ごとに取りまとめて返信をお願いします。", "", f"{desk} 指導主事 {shido}",
         f"内線 3412 / 直通 {ctx.office_phone(4)}"],
        [(kakari, "2024/10/08 (火) 11:02", "様式改訂の件",
          ["指導主事", "", "校長会で了承されたので、照会を出してください。", "締切は25日でお願いします。"])],
    )), note="a mail among staff about forms: no resident"))  # fmt: skip

    roster: list[list[Cell]] = [["No.", "学校名", "職名", "氏名", "学校電話", "受講区分"]]
    for i in range(r.randint(22, 30)):
        roster.append([i + 1, schools[i % len(schools)].replace(f"{ctx.city}立", ""),
                       r.choice(["教諭", "特別支援学級担任", "通級指導教室担当", "養護教諭", "教頭"]), ctx.staff(),
                       ctx.office_phone(30 + i % len(schools)), r.choice(["初任者", "2年目", "コーディネーター"])])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[
        sheet("受講者", roster, title="令和6年度 特別支援教育 基礎研修 受講者名簿"),
    ]), note="teachers named in their role with the school's phone"))  # fmt: skip

    docs.append(Doc(fam, "odt", 1, [], DocSpec(
        title="合理的配慮 実践事例集（令和6年度版・市内公開用）",
        paragraphs=[
            "事例1　Ｃさん（小2）：聴覚過敏のある児童へのイヤーマフの使用。学級全体に説明し、使いやすい雰囲気をつくった。",
            "事例2　Ｄさん（中2）：書字に困難のある生徒への、定期テストの解答欄拡大とパソコン入力の許可。",
            "事例3　Ｅさん（小5）：車いすを使用する児童の校外学習での動線確認。",
            "掲載した事例は、保護者の同意を得たうえで個人が特定されないよう加工しています。",
        ],
        tables=[[["事例", "障害の状態（概要）", "配慮の内容"], ["Ｃさん", "聴覚過敏", "イヤーマフ"],
                 ["Ｄさん", "書字障害", "解答欄拡大"], ["Ｅさん", "肢体不自由", "動線確認"]]],
    ), note="a public casebook: Ｃさん, Ｄさん, Ｅさん are anonymised"))  # fmt: skip

    # level 2 --------------------------------------------------------------------------------------
    kid, mom = ctx.household(parent="女")
    t0 = r.randint(10, 16)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        (f"{t0:02d}:20", kakari, f"{ctx.school(1)}から、{mom.name()}さんの支援会議の日程調整の依頼です"),
        (f"{t0:02d}:22", shido, "学校経由だと遅いので直接連絡していいですか？"),
        (f"{t0:02d}:25", kakari, f"どうぞ。お母さんの携帯 {ctx.mobile(mom)}、午前中はつながりにくいそうです"),
        (f"{t0:02d}:40", shido, "11/12 15:30で決まりました"),
    ], "keikaku-renraku"))))  # fmt: skip

    kid, dad = ctx.household((2012, 2012), parent="男")
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(
        title="個別の教育支援計画の引継ぎに関する同意書",
        paragraphs=[
            f"{ctx.board} 教育長 様",
            f"私は、子 {kid.name()}（{ctx.school(r.randrange(6))} 6年）の個別の教育支援計画を、"
            "進学先の中学校に引き継ぐことに同意します。",
            "引き継ぐ範囲：支援の目標、合理的配慮の内容、関係機関の連絡先",
            f"令和6年{r.randint(9, 10)}月{r.randint(1, 28)}日",
            f"保護者住所　{dad.address()}",
            f"保護者氏名　{dad.name()}",
            f"連絡先　{dad.phone}",
        ],
    ), note="a consent to hand a plan on names no diagnosis or need: 2"))  # fmt: skip

    sched: list[list[Cell]] = [["児童名", "学年", "保護者", "電話", "面談日", "時刻", "担任"]]
    for _ in range(r.randint(10, 14)):
        c, g = ctx.household()
        sched.append([c.name(), c.grade, g.name(), g.phone, dt.date(2024, 11, r.randint(5, 29)),
                      f"{r.randint(14, 17)}:{r.choice(['00', '30'])}", ctx.staff()])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("面談", far_right(sched, 27), first_row=8),
    ]), note="a meeting timetable with guardians' phones; no need or finding is listed: 2"))  # fmt: skip

    hand: list[list[Cell]] = [["氏名", "ふりがな", "生年月日", "出身校", "進学先", "保護者", "連絡先"]]
    for _ in range(r.randint(12, 17)):
        c, g = ctx.household((2012, 2012))
        hand.append([c.name(), c.kana, c.birth, ctx.school(r.randrange(8)).replace(f"{ctx.city}立", ""),
                     ctx.school(r.randrange(4), "中学校").replace(f"{ctx.city}立", ""), g.name(), g.phone])  # fmt: skip
    docs.append(Doc(fam, "xls", 2, ["birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("引継ぎ連絡先", hand, title="小中引継ぎ 連絡先一覧（令和7年度入学）"),
    ]), note="contacts for the primary-to-junior hand-over, without the plans themselves: 2"))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    rows3: list[list[str]] = []
    for i in range(r.randint(108, 124)):
        c = ctx.child()
        rows3.append([_sid("S", 110000 + i * 3), c.name(), wareki(c.birth, "slash"), c.grade, ctx.school_of(c),
                      r.choice(KINDS),
                      r.choice(DEV), r.choice(["作成済", "作成中", "未作成"])])  # fmt: skip
    cols = [("児童生徒ID", 30), ("氏名", 95), ("生年月日", 175), ("学年", 240), ("在籍校", 275), ("障害種別", 390),
            ("診断名等", 490), ("計画", 680)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["birth_date", "health", "name"], DocSpec(title="支援計画 対象者一覧"),
                    post=system_print("個別の教育支援計画 作成対象者一覧", f"{ctx.city} 校務支援システム（特別支援）",
                                      cols, rows3, 24, "抽出条件：令和6年度 在籍者 全校")))  # fmt: skip

    kid, mom = ctx.household(parent="女")
    plan: list[list[Cell]] = [
        ["項目", "内容"], ["姓", kid.sei], ["名", kid.mei], ["ふりがな", kid.kana], ["生年月日", kid.birth],
        ["学校・学年", f"{ctx.school_of(kid, short=False)} {kid.grade}"], ["保護者", mom.name()], ["住所", mom.address()],
        ["電話", mom.phone], ["診断名", r.choice(DEV)], ["診断機関", f"{ctx.hospital} 小児科"],
        ["服薬", r.choice(["なし", "エビリファイ 朝", "コンサータ 朝", "デパケン 朝夕"])],
        ["本人の願い", "友だちと遊びたい"], ["合理的配慮", "個別の指示、休憩スペースの確保"],
        ["関係機関", f"{ctx.city}こども発達支援センター"],
    ]  # fmt: skip
    memo: list[list[Cell]] = [["日付", "出席者", "内容"], [dt.date(2024, 5, r.randint(7, 30)), "母・担任・コーディネーター", "前年度の引継ぎ確認"],
            [dt.date(2024, 9, r.randint(2, 27)), "母・担任", "パニック時の対応を共有"]]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["address", "birth_date", "health", "name", "phone"], DocSpec(sheets=[
        sheet("支援計画", plan, title="個別の教育支援計画（令和6年度）"),
        sheet("会議メモ", memo, state="hidden"),
    ]), post=merge_xlsx({"支援計画": ["B16:D16"]})))  # fmt: skip

    kid, _ = ctx.household()
    drug = r.choice(["ダイアップ座薬", "ブコラム口腔用液"])
    docs.append(Doc(fam, "docx", 3, ["health", "name"], DocSpec(
        title="個別の指導計画（2学期）",
        paragraphs=[
            f"{kid.name()}　{kid.grade}　特別支援学級（{r.choice(KINDS[:2])}）",
            "長期目標：身の回りのことを自分で行う。",
            "短期目標：朝の支度を絵カードを見ながら10分以内に終える。",
            "国語：ひらがなの読み（清音）。算数：10までの数の合成・分解。",
            "自立活動：気持ちを言葉で伝える（「手伝って」カードの使用）。",
        ],
        textboxes=[f"【緊急時】てんかん発作（強直間代）が5分以上続く場合は{drug}を使用し、救急要請。主治医：{ctx.hospital}"],
    ), note="the epilepsy and its rescue medicine are only in a text box"))  # fmt: skip

    kid, mom = ctx.household(parent="女")
    docs.append(Doc(fam, "odt", 3, ["health", "name"], DocSpec(
        title="個別の指導計画 評価（1学期）",
        paragraphs=[
            f"対象：{kid.name()}（{kid.grade}）　記入：通級指導教室担当 {ctx.staff()}",
            "1学期は週1回、火曜日の3・4校時に通級した。初回は教室の入口で立ち止まることが多かったが、",
            "5月の連休明けからは自分で入室できるようになった。",
            "ゲーム形式の活動では、ルールを守って最後まで参加できた。負けると表情が硬くなるが、切り替えは早くなった。",
            "在籍学級担任からは、休み時間に友だちと過ごす様子が増えたとの報告があった。",
            "2学期も同じ時間帯で継続する。",
            f"なお、{ctx.hospital} 耳鼻咽喉科・言語外来にて吃音（連発・難発）と診断されており、月1回の言語訓練を受けている。"
            "音読の場面では、斉読から始める配慮を継続する。",
        ],
    ), note="the stuttering diagnosis comes in the last paragraph, six paragraphs after the name"))  # fmt: skip
    return docs


# --- 通級・特別支援学級 名簿 (学務課 学事係) ---------------------------------------------------------------
def meibo(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "meibo"
    desk = f"{ctx.board} 学務課 学事係"
    docs: list[Doc] = []
    gakuji, tanto = ctx.staff(), ctx.staff()
    schools = ctx.schools(8) + ctx.schools(4, "中学校")
    short = [s.replace(f"{ctx.city}立", "") for s in schools]

    # level 1 --------------------------------------------------------------------------------------
    prow: list[list[str]] = []
    for s in short:
        grades = ["1", "2", "3"] if s.endswith("中学校") else ["1", "2", "3", "4", "5", "6"]
        for grade in grades:
            n = r.randint(18, 118)
            prow.append([s, f"{grade}年", str(-(-n // 35)), str(n), str(r.randint(0, 3)), str(r.randint(0, 2)),
                         str(r.randint(0, 1))])  # fmt: skip
    cols = [("学校名", 40), ("学年", 200), ("通常学級数", 260), ("児童生徒数", 350), ("特支(知的)", 450),
            ("特支(自情)", 550), ("特支(その他)", 650)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(title="学級編制状況"),
                    post=system_print("令和6年度 学校別 学級編制状況（5月1日現在）", f"{ctx.city} 学籍管理システム",
                                      cols, prow, 14, "集計単位：学校・学年"),
                    note="a multi-page system print of class and pupil counts with no person on it"))  # fmt: skip

    srows: list[list[Cell]] = [
        ["学校名", "知的障害", "", "自閉症・情緒障害", "", "肢体不自由", "", "通級"],
        ["", "学級数", "児童生徒数", "学級数", "児童生徒数", "学級数", "児童生徒数", "教室"],
    ]
    for s in short:
        a, b = r.randint(0, 2), r.randint(0, 3)
        srows.append([s, a, a * r.randint(2, 7), b, b * r.randint(2, 7), r.randint(0, 1), r.randint(0, 3),
                      r.choice(["○", "", ""])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("設置状況", srows, title="特別支援学級・通級指導教室 設置状況（令和6年度）", first_row=3),
        sheet("前年度", [["学校名", "学級数計"]] + [[s, r.randint(0, 5)] for s in short], state="hidden"),
    ]), post=merge_xlsx({"設置状況": ["B3:C3", "D3:E3", "F3:G3", "A3:A4"]})))  # fmt: skip

    rooms: list[list[Cell]] = [["設置校", "教室名", "種別", "所在地", "電話", "担当（職名）"]]
    for i in range(6):
        rooms.append([short[i], f"{r.choice(['ことば', 'まなび', 'きこえ', 'こころ'])}の教室", r.choice(TSUKYU),
                      ctx.biz_address(), ctx.office_phone(40 + i), f"教諭 {ctx.staff()}"])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("通級指導教室", rooms, title="市内 通級指導教室 一覧")]),
                    note="schools' rooms with the school phones and teachers in their role"))  # fmt: skip

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="通級指導教室のご案内（保護者向け）",
        paragraphs=[
            "通級による指導は、通常の学級に在籍しながら、週に1〜8時間、障害の状態に応じた特別の指導を受ける制度です。",
            "対象：言語障害、自閉症、情緒障害、学習障害（LD）、注意欠陥多動性障害（ADHD）、難聴 など",
            "利用の流れ：在籍校の担任に相談 → 教育相談 → 教育支援委員会 → 通級開始（原則として学期の初め）",
            "他校の教室へ通う場合、送迎は保護者にお願いしています。",
            f"問い合わせ：{desk}（{ctx.office_phone(5)}）",
        ],
    )))  # fmt: skip

    tr: list[list[Cell]] = [["No.", "所属校", "職名", "氏名", "担当学級", "経験年数", "学校電話"]]
    for i in range(r.randint(18, 26)):
        tr.append([i + 1, short[i % len(short)], r.choice(["教諭", "講師", "主幹教諭"]), ctx.staff(),
                   r.choice(KINDS[:3]) + "学級", r.randint(1, 20), ctx.office_phone(30 + i % len(short))])  # fmt: skip
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[
        sheet("出席者", tr, title="特別支援学級担任 研修会 出席者名簿（8月7日）"),
    ]), note="a training roster of teachers in their role"))  # fmt: skip

    od: list[list[Cell]] = [["年度", "学校種", "特別支援学級数", "在籍者数", "通級利用者数"]]
    for y in range(2019, 2025):
        od.append([f"{y}", "小学校", r.randint(20, 40), r.randint(100, 240), r.randint(60, 160)])
        od.append([f"{y}", "中学校", r.randint(8, 18), r.randint(40, 110), r.randint(10, 50)])
    docs.append(Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("opendata", od)])))

    # level 2 --------------------------------------------------------------------------------------
    kid, mom = ctx.household((2018, 2018), parent="女")
    ctx.urban(mom)
    entry = dt.date(2025, 4, r.randint(7, 9))
    docs.append(Doc(fam, "pdf", 2, ["address", "birth_date", "name"], DocSpec(title="入学通知書"), post=letter_pdf([
        ">" + wareki(dt.date(2025, 1, r.randint(10, 24)), "spaced"),
        spaced_digits(f"〒{mom.zip}"),
        spaced_digits(mom.address()),
        f"{mom.name()} 様",
        f">{ctx.board}",
        "^入学通知書",
        "",
        "学校教育法施行令第5条の規定により、次のとおり通知します。",
        "",
        f"児童氏名　{kid.name()}",
        "生年月日　" + wareki(kid.birth, "spaced"),
        f"入学すべき学校　{ctx.school(r.randrange(8))}",
        "入学期日　" + wareki(entry, "spaced"),
        "",
        "入学式の日程は学校からお知らせします。",
        f"問い合わせ　{desk}　{ctx.office_phone(5)}",
    ])))  # fmt: skip

    kid, dad = ctx.household(parent="男")
    t0 = r.randint(9, 16)
    docs.append(Doc(fam, "txt", 2, ["address", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        (f"{t0:02d}:41", tanto, f"{kid.name()}さん、月末で転居と聞きました。学籍の異動どうなってますか"),
        (f"{t0:02d}:44", gakuji, "まだ届出は来てないです"),
        (f"{t0:02d}:45", tanto, f"お父さん（{dad.name()}さん）の話では新住所は {dad.address()} だそうです"),
        (f"{t0:02d}:47", gakuji, "市内転居なら学区の確認が要りますね。確認します"),
    ], "学籍異動 連絡"))))  # fmt: skip

    tin: list[list[Cell]] = [
        ["受付", "姓", "名", "セイ", "メイ", "生年月日", "学年", "転入予定日", "前住所地", "転入先校"]
    ]
    for i in range(r.randint(10, 14)):
        c = ctx.child()
        tin.append([i + 1, c.sei, c.mei, katakana(c.sei_kana), katakana(c.mei_kana), c.birth, c.grade,
                    dt.date(2024, 11, r.randint(1, 28)), r.choice(["宇都宮市", "岐阜市", "松山市", "松江市", "山形市"]),
                    ctx.school_of(c)])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["birth_date", "name"], DocSpec(sheets=[
        sheet("転入予定", tin, title="学級編制用 転入予定児童生徒（11月）"),
    ]), note="incoming pupils for class planning: names with birth dates, no need or finding"))  # fmt: skip

    kid = ctx.child((2012, 2017))
    gran = ctx.guardian(kid, "女", (1950, 1966))
    docs.append(Doc(fam, "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("13:05", f"{ctx.school(2)} 教頭", f"{kid.name()}さんの下校時のお迎え、今日はお母さんが来られないとのこと"),
        ("13:07", gakuji, "代わりはどなたですか"),
        ("13:10", f"{ctx.school(2)} 教頭", f"祖母の{gran.name()}さん。連絡先は {gran.phone}"),
        ("13:12", gakuji, "了解、学校に伝えてください"),
    ], "下校連絡")), note="a pick-up relay: a grandmother's phone, nothing about the child's needs"))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    rows3: list[list[str]] = []
    for i in range(r.randint(110, 128)):
        c, g = ctx.household()
        rows3.append([_sid("T", 520000 + i * 11), c.name(), katakana(c.kana), wareki(c.birth, "short"), c.grade,
                      ctx.school_of(c), r.choice(KINDS), g.name(), g.phone])  # fmt: skip
    cols = [("学籍番号", 30), ("氏名", 95), ("カナ", 165), ("生年月日", 260), ("学年", 315), ("在籍校", 345),
            ("学級種別", 450), ("保護者", 560), ("連絡先", 650)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["birth_date", "health", "name", "phone"], DocSpec(title="特別支援学級 在籍者名簿"),
                    post=system_print("特別支援学級 在籍者名簿（市内全校）", f"{ctx.city} 学籍管理システム", cols, rows3,
                                      25, "条件：学級区分=特別支援 並び順=学校・学年", ruled=True)))  # fmt: skip

    vis: list[list[Cell]] = [["ID", "姓", "名", "学年", "在籍校", "通級先", "曜日", "保護者連絡先"]]
    hid: list[list[Cell]] = [["ID", "検査名", "実施日", "FSIQ", "所見"]]
    for i in range(r.randint(24, 32)):
        c, g = ctx.household((2012, 2017))
        sid = f"TK{240 + i:04d}"
        vis.append([sid, c.sei, c.mei, c.grade, short[r.randrange(8)], rooms[1 + r.randrange(6)][1], r.choice("月火水木金"),
                    g.phone])  # fmt: skip
        hid.append([sid, r.choice(["WISC-Ⅴ", "田中ビネーⅤ", "K-ABCⅡ"]), dt.date(2024, r.randint(4, 9), r.randint(1, 28)),
                    r.randint(65, 110), r.choice(TSUKYU)])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["health", "name", "phone"], DocSpec(sheets=[
        sheet("通級児童", vis, title="令和6年度 通級指導教室 利用児童名簿"),
        sheet("検査", hid, state="hidden"),
    ]), note="the test results and the 障害 of each pupil are on a hidden sheet joined by ID"))  # fmt: skip

    rep: list[list[Cell]] = [
        ["学校名", "学級種別", "児童生徒氏名", "性別", "生年月日", "学年", "障害の状態", "手帳"]
    ]
    for _ in range(r.randint(104, 118)):
        c = ctx.child()
        rep.append([ctx.school_of(c), r.choice(KINDS[:3]), c.name(""), c.sex, wareki(c.birth, "short"),
                    c.grade, r.choice(DEV), r.choice(["", "療育手帳B", "療育手帳A", "身体障害者手帳2級", ""])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 3, ["birth_date", "health", "name"], DocSpec(sheets=[sheet("県報告", rep)]),
                    note="a report to the prefecture, names written without a space"))  # fmt: skip

    kid, mom = ctx.household(parent="女")
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(
        title="特別支援学級 入級決定通知書",
        paragraphs=[
            f"{mom.address()}",
            f"{mom.name()} 様",
            f"令和6年{r.randint(9, 10)}月{r.randint(1, 28)}日",
            f"{ctx.board} 教育長",
            f"令和6年度第3回教育支援委員会の審議を経て、お子様 {kid.name()} さんの学びの場を次のとおり決定しました。",
            f"学校：{ctx.school(r.randrange(8))}　学級：自閉症・情緒障害特別支援学級",
            "開始日：令和6年11月1日",
            "決定の理由：医師の診断（自閉スペクトラム症）及び行動観察の結果、少人数での指導が適当と認められるため。",
        ],
    )))  # fmt: skip

    taxi: list[list[Cell]] = [["利用者", "学年", "在籍校→通級先", "乗車地", "状態", "介助"]]
    for _ in range(r.randint(6, 9)):
        c = ctx.child((2012, 2017))
        home, room = r.sample(short[:8], 2)
        taxi.append([c.name(), c.grade, f"{home}→{room}", c.address(),
                     r.choice(["車いす使用（脳性麻痺）", "歩行器使用", "てんかん発作あり", "難聴（補聴器）"]),
                     r.choice(["要", "不要"])])  # fmt: skip
    docs.append(Doc(fam, "ods", 3, ["address", "health", "name"], DocSpec(sheets=[
        sheet("送迎", taxi, title="通級 送迎タクシー 利用者一覧（委託先提供用）"),
    ])))  # fmt: skip
    return docs


# --- 医療的ケア児 (学校教育課 医療的ケア担当) -------------------------------------------------------------------
def iryocare(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "iryocare"
    desk = f"{ctx.board} 学校教育課 医療的ケア担当"
    docs: list[Doc] = []
    coord, kacho = ctx.staff(), ctx.staff()
    schools = ctx.schools(8)
    short = [s.replace(f"{ctx.city}立", "") for s in schools]

    # level 1 --------------------------------------------------------------------------------------
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title=f"{ctx.city}立学校における医療的ケア実施ガイドライン（改訂版）",
        paragraphs=[
            "1 目的　医療的ケア児が安全に学校生活を送れるよう、実施体制と手順を定める。",
            "2 実施者　医療的ケアは、市が配置する看護師が主治医の指示書に基づき実施する。",
            "3 対象となるケア　喀痰吸引、経管栄養、導尿、インスリン注射、酸素療法の管理 など。",
            "4 手続　保護者は医療的ケア実施申請書と主治医の指示書を提出する。指示書は毎年度更新する。",
            "5 緊急時　あらかじめ定めた緊急時対応表に従い、救急要請と保護者への連絡を行う。",
            "6 個人情報　指示書・実施記録は鍵のかかる保管庫で保管し、校外への持出しを禁止する。",
        ],
        footer=desk,
    )))  # fmt: skip

    nurses: list[list[Cell]] = [["配置校", "看護師", "勤務形態", "勤務時間", "対象児数", "主なケア"]]
    for s in short[:6]:
        nurses.append([s, f"看護師 {ctx.staff()}", r.choice(["会計年度任用", "委託"]), "8:15-15:45", r.randint(1, 3),
                       r.choice(CARE)])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("配置", nurses, title="令和6年度 学校看護師 配置表", first_row=4),
        sheet("シフト原本", [["週", "月", "火", "水", "木", "金"]] + [[f"第{w}週", "○", "○", "○", "○", "○"] for w in range(1, 5)],
              state="hidden"),
    ]), post=merge_xlsx({"配置": ["A3:B3"]}), note="school nurses named in their role; 対象児数 is a count"))  # fmt: skip

    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="会計年度任用職員（学校看護師）募集",
        paragraphs=[
            "職務内容：市立小中学校に在籍する医療的ケア児への喀痰吸引、経管栄養等の医療的ケア",
            "資格：看護師免許（准看護師可）。小児の臨床経験があれば尚可。",
            "勤務：月曜〜金曜 8:15〜15:45（学校休業日を除く）　報酬：時給 1,850円〜",
            "応募方法：履歴書（写真貼付）と看護師免許の写しを郵送または持参。締切 令和6年11月15日必着。",
            f"応募先・問合せ：{desk}　電話 {ctx.office_phone(6)}",
        ],
    )))  # fmt: skip

    firms: list[list[Cell]] = [["事業者名", "法人番号", "代表者", "所在地", "電話", "契約開始日", "契約区分"]]
    for firm in ctx.companies(14):
        firms.append([firm, random_corporate_number(r), f"{rep_title(firm)} {ctx.staff()}", ctx.biz_address(), ctx.tel(),
                      ymd(dt.date(r.randint(2019, 2024), 4, 1)), r.choice(["看護師派遣", "医療機器", "移送"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("委託事業者", firms)]),
            note="contractors with their 法人番号 and representatives in role; 契約開始日 are not birth dates",
        )
    )

    rent: list[list[Cell]] = [["お客様番号", "設置校", "機器", "型番", "月額", "契約日"]]
    for i in range(14):
        rent.append([fail_check(random_my_number(r), 1 + i % 9), short[i % 8],
                     r.choice(["吸引器", "パルスオキシメーター", "酸素濃縮器", "経腸栄養ポンプ"]),
                     f"MX-{r.randint(100, 999)}", r.choice([3300, 4400, 5500, 8800]), ymd(dt.date(2024, 4, r.randint(1, 10)))])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("レンタル明細", rent, title="医療機器レンタル 契約明細")]),
                    note="rented devices by school; the 12-digit お客様番号 are all failing the check digit"))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="医療的ケア児の受入れ ― 校内研修資料",
        paragraphs=[
            "医療的ケア児支援法（令和3年）", "学校の設置者の責務", "事例：Ａさん（小2）胃ろうからの注入",
            "昼食時は看護師が注入、担任は見守り", "事例：Ｂさん（小5）自己導尿の練習", "校外学習は看護師が同行",
            "事例の児童は仮名・一部改変", f"作成：{desk}",
        ],
    ), note="training slides: Ａさん and Ｂさん are anonymised"))  # fmt: skip

    # level 2 --------------------------------------------------------------------------------------
    nurse = ctx.person((1968, 1995), sex="女")
    ctx.urban(nurse)
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="採用決定通知書"), post=letter_pdf([
        spaced_digits(f"〒{nurse.zip}"),
        spaced_digits(nurse.address()),
        f"{nurse.name()} 様",
        "",
        ">" + wareki(dt.date(2024, 11, r.randint(20, 29)), "spaced"),
        f">{ctx.board} 教育長",
        "^会計年度任用職員 採用決定通知書",
        "",
        "先に応募のありました学校看護師について、選考の結果、次のとおり採用することに決定しましたので通知します。",
        "",
        "職名　会計年度任用職員（学校看護師）",
        "任用期間　" + wareki(dt.date(2024, 12, 1), "spaced") + " から " + wareki(dt.date(2025, 3, 31), "spaced"),
        f"勤務校　{schools[r.randrange(8)]}",
        "",
        "初日は午前 8 時 15 分に学校教育課へお越しください。",
        f"担当　{coord}　{ctx.office_phone(6)}",
    ]), note="an applicant nurse at her home address is a private person"))  # fmt: skip

    cand = ctx.person((1965, 1995), sex="女")
    t0 = r.randint(9, 15)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        (f"{t0:02d}:03", kacho, "看護師の応募、もう1名ありました"),
        (f"{t0:02d}:05", coord, "面接日の連絡をしたいので連絡先ください"),
        (f"{t0:02d}:08", kacho, f"{cand.name()}さん、携帯 {ctx.mobile(cand)}。日中は病棟勤務なので18時以降で"),
        (f"{t0:02d}:10", coord, "承知しました"),
    ], "iryo-care-tanto"))))  # fmt: skip

    app = ctx.person((1966, 1994), sex="女")
    docs.append(Doc(fam, "docx", 2, ["address", "birth_date", "name", "phone"], DocSpec(
        title="履歴書（学校看護師 応募）",
        tables=[[["氏名", app.name()], ["ふりがな", app.kana], ["生年月日", f"{wareki(app.birth)}生（満{app.age()}歳）"],
                 ["現住所", f"〒{app.zip} {app.address()}"], ["電話", app.phone],
                 ["学歴・職歴", f"{ctx.pref}立看護専門学校 卒業／{ctx.hospital} 小児病棟 勤務"],
                 ["免許", "看護師免許"], ["志望動機", "子どもたちが安心して学校生活を送る手助けをしたい。"]]],
    )))  # fmt: skip

    reg: list[list[Cell]] = [["登録No.", "氏名", "住所", "電話", "勤務可能曜日", "資格"]]
    for i in range(r.randint(8, 12)):
        n = ctx.person((1960, 1996), sex="女")
        reg.append([f"N-{i + 1:03d}", n.name(), n.address(), n.phone, r.choice(["月水金", "火木", "全日", "月〜木"]),
                    r.choice(["看護師", "准看護師"])])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "name", "phone"], DocSpec(sheets=[
        sheet("代替看護師", reg, title="代替看護師 登録者一覧（急な欠勤時の連絡用）"),
        sheet("連絡順", [["順", "登録No."]] + [[i + 1, f"N-{i + 1:03d}"] for i in range(5)], state="hidden"),
    ]), note="stand-by nurses' home addresses and private phones: private persons, fewer than 100"))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    kid, _ = ctx.household((2012, 2017), parent="女")
    doctor = ctx.staff()
    docs.append(Doc(fam, "docx", 3, ["birth_date", "health", "name"], DocSpec(
        title="医療的ケア指示書（学校用）",
        tables=[[["児童氏名", kid.name()], ["生年月日", wareki(kid.birth)], ["学校", f"{schools[r.randrange(8)]} {kid.grade}"],
                 ["診断名", r.choice(["先天性食道閉鎖症術後", "脊髄性筋萎縮症", "18トリソミー", "低酸素性虚血性脳症"])],
                 ["指示内容", "胃ろうからの経管栄養（エレンタール 200mL を 12:15〜 60分で注入）"],
                 ["吸引", "口腔・鼻腔 必要時（吸引圧 20kPa 以下）"], ["中止基準", "SpO2 90% 未満が続く場合、嘔吐時"],
                 ["指示期間", "令和6年4月1日〜令和7年3月31日"]]],
        paragraphs=[f"{ctx.hospital} 小児科　医師 {doctor}　{ctx.office_phone(50)}"],
    )))  # fmt: skip

    kid, _ = ctx.household((2012, 2017))
    log: list[list[Cell]] = [["日付", "時刻", "ケア", "SpO2", "脈拍", "実施者", "備考"]]
    for d in range(1, 21):
        day = dt.date(2024, 10, d)
        if day.weekday() >= 5:
            continue
        log.append(
            [
                day,
                f"10:{r.randint(10, 50)}",
                "口腔内吸引",
                r.randint(93, 99),
                r.randint(80, 118),
                "看護師",
                "",
            ]
        )
        log.append([day, f"12:{r.randint(10, 30)}", "胃ろう注入", r.randint(94, 99), r.randint(80, 110), "看護師",
                    r.choice(["", "注入後 嘔気なし", "腹部膨満 軽度"])])  # fmt: skip
    head: list[list[Cell]] = [[f"医療的ケア実施記録（10月）　児童：{kid.name()}（{kid.grade}）"], []]
    docs.append(Doc(fam, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("10月", far_right(head + log, 25), first_row=12),
    ]), note="the care log starts in column Z on row 12"))  # fmt: skip

    kid, _ = ctx.household((2012, 2017), parent="女")
    t0 = r.randint(10, 14)
    docs.append(Doc(fam, "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        (f"{t0:02d}:12", f"{short[3]} 看護師", f"{kid.name()}さん、3時間目に発作がありました。1分30秒で止まっています"),
        (f"{t0:02d}:13", coord, "お母さんへの連絡は済んでいますか"),
        (f"{t0:02d}:15", f"{short[3]} 看護師", "済みです。てんかんの薬（イーケプラ）が先週から増量になったばかりとのこと。午後は保健室で休ませます"),
        (f"{t0:02d}:16", coord, "了解です。記録を後で共有してください"),
    ], "医療的ケア 連絡"))))  # fmt: skip

    pay = ctx.person((1965, 1992), sex="女")
    mn = random_my_number(r)
    hours = r.randint(60, 96)
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], DocSpec(
        title="報酬支払調書（学校看護師・10月分）",
        paragraphs=[
            f"支払を受ける者：{pay.name()}",
            f"住所：{pay.address()}",
            f"勤務時間：{hours}時間　時給 1,850円　支給額 {yen(hours * 1850)}円",
            f"源泉徴収税額：{yen(hours * 1850 // 10)}円",
            "振込予定日：令和6年11月15日",
        ],
        footer=f"{pay.sei}さんの番号 {grouped(mn)}",
    ), note="the My Number is only in the footer as 「○○さんの番号」"))  # fmt: skip
    return docs


# --- 学校保健 (保健給食課 学校保健係) ----------------------------------------------------------------------
def hoken(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "hoken"
    desk = f"{ctx.board} 保健給食課 学校保健係"
    docs: list[Doc] = []
    kakari, yogo = ctx.staff(), ctx.staff()
    schools = ctx.schools(8) + ctx.schools(3, "中学校")
    short = [s.replace(f"{ctx.city}立", "") for s in schools]

    # level 1 --------------------------------------------------------------------------------------
    plan = [["学校名", "内科検診", "歯科検診", "眼科検診", "耳鼻科検診", "学校医（内科）"]]
    for s in short:
        plan.append([s, ymd(dt.date(2024, r.randint(4, 6), r.randint(1, 28))), ymd(dt.date(2024, 5, r.randint(1, 28))),
                     ymd(dt.date(2024, 6, r.randint(1, 28))), ymd(dt.date(2024, 6, r.randint(1, 28))),
                     f"{ctx.staff()} 医師"])  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和6年度 定期健康診断 実施日程",
        paragraphs=["学校保健安全法第13条に基づき、次のとおり実施します。日程は学校医の都合により変更する場合があります。"],
        tables=[plan],
        footer=desk,
    ), note="school doctors in their role next to their school; dates are exam dates"))  # fmt: skip

    docs_list: list[list[Cell]] = [["区分", "医療機関名", "医師名", "所在地", "電話", "担当校"]]
    for i in range(r.randint(12, 16)):
        kind, suffix, title = r.choice([("内科", "クリニック", "院長"), ("内科", "医院", "院長"), ("歯科", "歯科医院", "院長"),
                                         ("眼科", "眼科", "院長"), ("耳鼻咽喉科", "耳鼻科医院", "院長"),
                                         ("薬剤師", "薬局", "管理薬剤師")])  # fmt: skip
        clinic = f"{r.choice(ctx.districts)}{suffix}"
        docs_list.append(
            [kind, clinic, f"{title} {ctx.staff()}", ctx.biz_address(), ctx.tel(), short[i % len(short)]]
        )
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[
        sheet("学校医", docs_list, title=f"{ctx.city}立学校 学校医・学校歯科医・学校薬剤師 名簿"),
    ]), note="doctors named in their role with their clinic's address and phone"))  # fmt: skip

    months = ["4月", "5月", "6月", "7月", "9月"]
    stat: list[list[Cell]] = [["来室理由", *months, "計"]]
    for reason in ["内科的（頭痛・腹痛等）", "外科的（けが）", "心の相談", "その他"]:
        v = [r.randint(20, 180) for _ in months]
        stat.append([reason, *v, sum(v)])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("来室統計", stat, title="保健室 来室状況（市内小学校 合計）", first_row=4),
        sheet("学校別", [["学校", "来室延べ数"]] + [[s, r.randint(300, 1500)] for s in short], state="hidden"),
    ]), post=merge_xlsx({"来室統計": ["B3:F3"]})))  # fmt: skip

    bill: list[list[Cell]] = [["受付番号", "学校名", "検査項目", "件数", "単価", "金額"]]
    for i in range(16):
        n = r.randint(40, 400)
        price = r.choice([330, 550, 880, 1210])
        bill.append([fail_check(random_my_number(r), 1 + i % 9), short[i % len(short)],
                     r.choice(["尿検査", "心電図", "結核問診", "ぎょう虫"]), n, price, yen(n * price)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("請求明細", bill)]),
            note="an invoice by school with no pupil; its 12-digit 受付番号 are all failing the check digit",
        )
    )

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="学校における食物アレルギー対応マニュアル",
        paragraphs=[
            "1 基本方針　学校生活管理指導表（アレルギー疾患用）の提出を受け、除去食又は弁当持参で対応する。",
            "2 エピペン　処方されている児童生徒については、本人が管理し、教職員は保管場所を共有する。",
            "3 緊急時　アナフィラキシーの症状（全身のじんましん、せき込み、ぐったり）があれば直ちにエピペンを使用し、救急車を要請する。",
            "4 研修　全教職員を対象に、年1回エピペン練習用トレーナーを用いた研修を行う。",
            "記入例：学校生活管理指導表の児童氏名欄は「見本 一郎」としています。",
        ],
    ), note="a manual; 見本 一郎 is a sample name"))  # fmt: skip

    firms = [["業者名", "法人番号", "業務", "契約日"]]
    for firm in ctx.companies(13):
        firms.append([firm, random_corporate_number(r), r.choice(["心電図検診", "尿検査", "眼科検診補助", "結核検診"]),
                      ymd(dt.date(2024, 4, 1))])  # fmt: skip
    docs.append(Doc(fam, "pdf", 1, ["corporate_number"], DocSpec(
        title="令和6年度 学校検診業務 委託契約一覧", tables=[firms],
    ), note="companies with their 法人番号; 契約日 are not birth dates"))  # fmt: skip

    # level 2 --------------------------------------------------------------------------------------
    kid, dad = ctx.household((2018, 2018), parent="男")
    ctx.urban(dad)
    docs.append(Doc(fam, "pdf", 2, ["address", "birth_date", "name"], DocSpec(title="就学時健康診断のお知らせ"),
                    post=letter_pdf([
        spaced_digits(f"〒{dad.zip}"),
        spaced_digits(dad.address()),
        f"{dad.name()} 様",
        "",
        ">" + wareki(dt.date(2024, 9, r.randint(2, 20)), "spaced"),
        f">{ctx.board}",
        "^令和 7 年度 就学時健康診断のお知らせ",
        "",
        "来年4月に小学校へ入学されるお子様の健康診断を、次のとおり行います。",
        "",
        f"お子様の氏名　{kid.name()}",
        "生年月日　" + wareki(kid.birth, "spaced"),
        f"会場　{schools[r.randrange(8)]} 体育館",
        "日時　" + wareki(dt.date(2024, 10, r.randint(21, 31)), "spaced") + "　受付 午後 1 時 15 分",
        "持ち物　この通知、問診票、上履き",
        "",
        f"問い合わせ　{desk}　{ctx.office_phone(7)}",
    ])))  # fmt: skip

    kid, mom = ctx.household(parent="女")
    t0 = r.randint(9, 15)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (f"{t0:02d}:30", yogo, f"歯科検診の欠席者、{short[4]}は{kid.name()}さんだけです"),
        (f"{t0:02d}:33", kakari, "保護者に追検診の日程を伝えてもらえますか"),
        (f"{t0:02d}:36", yogo, f"お母さん（{mom.name()}さん）の携帯 {ctx.mobile(mom)} に連絡します"),
    ], "学校保健")), note="an absence from a dental check is not a health finding: 2"))  # fmt: skip

    rec: list[list[Cell]] = [["受付番号", "姓", "名", "ふりがな", "性別", "生年月日", "保護者氏名", "来場"]]
    for i in range(r.randint(22, 28)):
        c, g = ctx.household((2018, 2018))
        rec.append([i + 1, c.sei, c.mei, c.kana, c.sex, c.birth, g.name(), r.choice(["○", "○", "○", "欠"])])
    docs.append(Doc(fam, "xlsx", 2, ["birth_date", "name"], DocSpec(sheets=[
        sheet("受付", rec, title=f"就学時健康診断 受付名簿（{short[0]}会場）", first_row=6),
    ]), note="a reception list before any examination: names and birth dates only"))  # fmt: skip

    pta: list[list[str]] = [["学校", "役職", "氏名", "電話", "住所"]]
    for i in range(r.randint(8, 11)):
        p = ctx.person()
        pta.append(
            [
                short[i % len(short)],
                r.choice(["保健委員長", "保健委員", "副委員長"]),
                p.name(),
                p.phone,
                p.address(),
            ]
        )
    docs.append(Doc(fam, "odt", 2, ["address", "name", "phone"], DocSpec(
        title="学校保健委員会 PTA保健委員 連絡先（委員会事務局用）",
        tables=[pta],
    ), note="PTA volunteers at their home address and phone are private persons"))  # fmt: skip

    kid, mom = ctx.household((2012, 2017), parent="女")
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(
        paragraphs=[
            f"{ctx.board} 保健給食課 御中",
            f"子の{kid.name()}（{short[r.randrange(8)]} {kid.grade}）が、6月の眼科検診の日に家族の用事で欠席しました。",
            "学校から、検診を受けていない場合は眼科で受診して結果を提出するよう言われましたが、"
            "費用は自己負担になるのでしょうか。市の方でまとめて受けられる日があれば教えてください。",
            "ご回答は、下記の電話か郵送でお願いします。",
            f"令和6年10月{r.randint(1, 17)}日",
            f"{mom.address()}",
            f"{mom.name()}",
            f"電話 {mom.phone}",
        ],
    ), note="a guardian's enquiry about a missed check; no result is stated: 2"))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    rows3: list[list[str]] = []
    school = schools[r.randrange(8)]
    pupils = sorted(ctx.children(r.randint(112, 134), (2012, 2017)), key=lambda p: (p.grade, p.kana))
    seat: Counter[str] = Counter()
    for c in pupils:
        h = 110 + (TODAY.year - c.birth.year - 6) * 6 + r.randint(-5, 5)
        seat[c.grade] += 1
        klass, no = divmod(seat[c.grade] - 1, 30)
        rows3.append([f"{c.grade}-{klass + 1}-{no + 1:02d}", c.name(), c.sex, wareki(c.birth, "slash"),
                      f"{h}.{r.randint(0, 9)}", f"{h * h * 16 // 10000 + r.randint(-3, 6)}.{r.randint(0, 9)}",
                      f"{r.choice('ABCD')}/{r.choice('ABCD')}", r.choice(FINDINGS)])  # fmt: skip
    cols = [("組番号", 30), ("氏名", 100), ("性", 180), ("生年月日", 200), ("身長", 270), ("体重", 320),
            ("視力(右/左)", 370), ("所見", 460)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["birth_date", "health", "name"], DocSpec(title="健康診断結果一覧"),
                    post=system_print(f"令和6年度 定期健康診断 結果一覧（{school.replace(ctx.city + '立', '')}）",
                                      f"{ctx.city} 校務支援システム 保健", cols, rows3, 27, "対象：全学年")))  # fmt: skip

    visit: list[list[Cell]] = [["日付", "時刻", "学年", "組", "氏名", "症状", "処置", "保護者連絡", "記録"]]
    days = [d for d in (dt.date(2024, 10, n) for n in range(1, 18)) if d.weekday() < 5 and d.day != 14]
    for _ in range(r.randint(30, 42)):
        c = ctx.child((2012, 2017))
        why = r.choice([v for v in VISITS if v != "生理痛" or (c.sex == "女" and c.grade in ("小5", "小6"))])
        visit.append([r.choice(days), _hm(r, 8, 15), c.grade, r.randint(1, 3), c.name(), why, r.choice(["休養", "冷却", "消毒・絆創膏", "早退", "経過観察"]),
                      r.choice(["", "", "済"]), yogo])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["health", "name"], DocSpec(sheets=[
        sheet("来室記録", visit, title="保健室 来室記録（10月）"),
    ])))  # fmt: skip

    al: list[list[str]] = [["学年", "氏名", "原因食物", "症状の既往", "エピペン", "対応"]]
    for _ in range(r.randint(9, 14)):
        c = ctx.child((2012, 2017))
        al.append([c.grade, c.name(), "・".join(r.sample(ALLERGENS, r.randint(1, 2))),
                   r.choice(["じんましん", "アナフィラキシー", "口腔のかゆみ", "嘔吐"]), r.choice(["有", "無", "無"]),
                   r.choice(["完全除去", "弁当持参", "一部除去"])])  # fmt: skip
    docs.append(Doc(fam, "odt", 3, ["health", "name"], DocSpec(
        title="食物アレルギー対応児童 一覧（給食室・担任配付用）", tables=[al],
    )))  # fmt: skip

    kid, mom = ctx.household((2012, 2017), parent="女")
    ctx.urban(mom)
    docs.append(Doc(fam, "pdf", 3, ["address", "health", "name"], DocSpec(title="心臓検診 精密検査"), post=letter_pdf([
        spaced_digits(f"〒{mom.zip}"),
        spaced_digits(mom.address()),
        f"{mom.name()} 様",
        "",
        ">" + wareki(dt.date(2024, 7, r.randint(1, 19)), "spaced"),
        f">{school}長",
        "^心臓検診（二次検診）結果のお知らせ",
        "",
        f"お子様 {kid.name()} さん（{kid.grade}）の心臓検診の結果、次の所見がありましたので、",
        "専門医療機関で精密検査を受けてください。",
        "",
        f"所見　{r.choice(['QT延長の疑い', 'WPW症候群の疑い', '心室性期外収縮（多発）', '完全右脚ブロック'])}",
        "心電図判定　要精密検査（管理区分 未決定）",
        f"紹介先　{ctx.hospital} 小児科（予約制）",
        "",
        "受診後、同封の「精密検査結果報告書」を学校へ提出してください。",
    ])))  # fmt: skip

    kid, mom = ctx.household((2012, 2017), parent="女")
    t0 = r.randint(12, 13)
    docs.append(Doc(fam, "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("teams", TODAY, [
        (f"{t0:02d}:41", f"{short[5]} 養護教諭", f"給食後に{kid.name()}さんが全身にじんましん、せき込みあり。エピペン使用し救急要請しました"),
        (f"{t0:02d}:42", kakari, "保護者と教育委員会への報告をお願いします"),
        (f"{t0:02d}:50", f"{short[5]} 養護教諭", f"{ctx.hospital}へ搬送、母同行。原因はおそらく小麦（除去対象だったが配膳ミスの可能性）"),
        (f"{t0:02d}:52", kakari, "事故報告書の様式を送ります"),
    ], "学校保健 緊急連絡"))))  # fmt: skip
    return docs


# --- 教育相談 (総合教育センター 教育相談室) -----------------------------------------------------------------
def soudan(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "soudan"
    desk = f"{ctx.city}総合教育センター 教育相談室"
    docs: list[Doc] = []
    ssw, sc, shunin = ctx.staff(), ctx.staff(), ctx.staff()
    schools = ctx.schools(8) + ctx.schools(4, "中学校")
    short = [s.replace(f"{ctx.city}立", "") for s in schools]

    # level 1 --------------------------------------------------------------------------------------
    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title="教育相談・教育支援センター（ふれあい教室）のご案内",
        paragraphs=[
            "学校に行きづらい、友だちとの関係に悩んでいる、子育てに不安がある――そんなときはご相談ください。",
            "相談員：臨床心理士、公認心理師、スクールソーシャルワーカー（SSW）",
            "ふれあい教室：学校に登校できない児童生徒が通う教室です。通室は在籍校の出席扱いになります。",
            f"電話相談：{ctx.office_phone(8)}（平日 9:00〜17:00）　来所相談は予約制です。",
            "相談の内容は、ご本人の同意なく学校や他の機関に伝えることはありません。",
        ],
    )))  # fmt: skip

    fut: list[list[Cell]] = [["学校名", "1年", "2年", "3年", "4年", "5年", "6年", "計"]]
    for s in short[:8]:
        v = [r.randint(0, 4) for _ in range(6)]
        fut.append([s, *v, sum(v)])
    jh: list[list[Cell]] = [["学校名", "1年", "2年", "3年", "計"]]
    for s in short[8:]:
        v = [r.randint(2, 12) for _ in range(3)]
        jh.append([s, *v, sum(v)])
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("小学校", fut, title="令和5年度 不登校児童生徒数（30日以上欠席）", first_row=4),
        sheet("中学校", jh, title="令和5年度 不登校生徒数", first_row=3),
        sheet("調査票原本", [["区分", "人数"], ["病気", r.randint(10, 30)], ["経済的理由", 0], ["不登校", r.randint(80, 160)]],
              state="hidden"),
    ]), post=merge_xlsx({"小学校": ["B3:G3"]})))  # fmt: skip

    docs.append(Doc(fam, "docx", 1, [], DocSpec(
        title=f"{ctx.city}教育相談研究会 事例検討資料（匿名化済）",
        paragraphs=[
            "事例：Ａさん（中学2年・女子）。1年生の3学期から欠席が増え、2年生の5月以降は登校していない。",
            "家族構成：母、Ａさん、弟（小学生）。母は就労しており、日中は子どもだけで過ごしている。",
            "経過：SSWが家庭訪問を重ね、ふれあい教室の見学につながった。現在は週2回通室している。",
            "考察：本人の得意な絵を通じて関係を築いたことが転機となった。",
            "※個人が特定されないよう、年齢・家族構成の一部を変更しています。記録表の氏名は 〇〇 〇〇 と表記しています。",
        ],
        tables=[[["日付", "対象", "内容"], ["5/14", "〇〇 〇〇", "初回訪問（不在）"], ["6/02", "〇〇 〇〇", "母と面談"]]],
    ), note="a masked case study (Ａさん, 〇〇 〇〇) for a study group"))  # fmt: skip

    t0 = r.randint(9, 11)
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=chat("teams", TODAY, [
        (f"{t0:02d}:05", shunin, "来週のSC派遣、第二中の分を木曜に振り替えます"),
        (f"{t0:02d}:07", sc, "了解です。木曜は午後からでいいですか"),
        (f"{t0:02d}:08", shunin, "13:30からでお願いします。校長には連絡済みです"),
        (f"{t0:02d}:12", ssw, "私も同じ日に第二中に行くので、車に同乗します"),
    ], "教育相談室 連絡")), note="staff arrange their own visits: no resident"))  # fmt: skip

    haichi: list[list[Cell]] = [["職種", "氏名", "担当校", "勤務日", "連絡先（学校）"]]
    for i in range(r.randint(9, 12)):
        haichi.append([r.choice(["スクールカウンセラー", "スクールソーシャルワーカー", "教育相談員"]), ctx.staff(),
                       short[i % len(short)], r.choice(["月", "火", "水", "木", "金"]) + "曜", ctx.office_phone(30 + i)])  # fmt: skip
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[
        sheet("配置表", haichi, title="令和6年度 SC・SSW 配置表"),
    ]), note="counsellors and social workers in their role with the school's phone"))  # fmt: skip

    docs.append(Doc(fam, "txt-cp932", 1, [], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("09:10", sc, "相談室Aの午後の予約、2件とも時間変更の申し出あり"),
        ("09:12", shunin, "Bの部屋が空いているので、そちらを使ってください"),
        ("09:20", sc, "了解。プレイルームの鍵は事務室に戻しました"),
        ("09:24", shunin, "ありがとうございます。午後の件数は朝会で共有します"),
    ], "相談室 予約")), note="a room-booking relay among staff: no resident"))  # fmt: skip

    # level 2 --------------------------------------------------------------------------------------
    kid, mom = ctx.household((2010, 2012), parent="女")
    ctx.urban(mom)
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="家庭訪問のお知らせ"), post=letter_pdf([
        spaced_digits(f"〒{mom.zip}"),
        spaced_digits(mom.address()),
        f"{mom.name()} 様",
        "",
        ">" + wareki(dt.date(2024, 10, r.randint(1, 16)), "spaced"),
        f">{desk}",
        "^家庭訪問のお知らせ",
        "",
        f"日頃より本センターの事業にご理解をいただきありがとうございます。{kid.name()} さんのご様子について、",
        "学校と相談のうえ、スクールソーシャルワーカーがご自宅にうかがいたいと考えております。",
        "",
        "日時　" + wareki(dt.date(2024, 10, r.randint(21, 31)), "spaced") + "　午後 4 時 ごろ",
        f"訪問者　SSW {ssw}",
        "",
        f"ご都合が悪い場合は {ctx.office_phone(8)} までご連絡ください。",
    ]), note="a home-visit notice about a pupil out of school; non-attendance is neither health nor arrears: 2"))  # fmt: skip

    kid, dad = ctx.household(parent="男")
    docs.append(Doc(fam, "txt", 2, ["address", "name"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("10:32", f"{short[6]} 教頭", f"{kid.name()}さん宅、先月引っ越していたようです"),
        ("10:35", ssw, "新しい住所わかりますか"),
        ("10:40", f"{short[6]} 教頭", f"父親の{dad.name()}さんから聞きました。{dad.address()} です"),
        ("10:41", ssw, "ありがとうございます。訪問先を変更します"),
    ], "学校連絡"))))  # fmt: skip

    kid, mom = ctx.household(parent="女")
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=mail(
        f"{shunin} <soudan@kyoiku.example.lg.jp>", f"{sc} <sc-{r.randint(10, 99)}@kyoiku.example.lg.jp>",
        "RE: 来所相談の申込み", "2024/10/16 (水) 09:12",
        [f"{sc}先生", "", "下記の方の初回面談をお願いできますか。来週火曜の午後を提案しています。", "", shunin],
        [(f"{mom.name()}", "2024/10/15 (火) 22:47", "来所相談の申込み",
          ["教育相談室 御中", "", f"{kid.grade}の子どものことで相談したく、申し込みます。", "平日の夕方を希望します。",
           "", mom.name(), f"{mom.address()}", f"TEL {mom.phone}"])],
    )), note="the quoted request gives the guardian's address and phone; it states no finding: 2"))  # fmt: skip

    kid, dad = ctx.household((2009, 2011), parent="男")
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(
        paragraphs=[
            f"{ctx.city}長 様",
            "学校の対応についてのお願い",
            f"私の{'息子' if kid.sex == '男' else '娘'}（{kid.name()}、{short[r.randrange(8, 12)]}）は、この春から学校に行けていません。",
            "担任の先生からは月に一度電話がありますが、プリントがまとめて届くだけで、本人はますます行きにくくなっています。",
            "市として、学校に行けない子どもが勉強を続けられる場をもっと増やしていただきたいと思います。",
            "一度、教育委員会の方とお話しする機会をいただけないでしょうか。",
            f"令和6年10月{r.randint(1, 17)}日",
            f"住所　{dad.address()}",
            f"氏名　{dad.name()}",
            f"電話　{dad.phone}",
        ],
    ), note="a father's letter to the mayor about his child's non-attendance: no health or arrears stated: 2"))  # fmt: skip

    att: list[list[Cell]] = [["No.", "氏名", "学年", "在籍校", "保護者", "連絡先", "通室曜日"]]
    for i in range(r.randint(10, 14)):
        c, g = ctx.household((2009, 2014))
        att.append(
            [
                i + 1,
                c.name(),
                c.grade,
                ctx.school_of(c),
                g.name(),
                g.phone,
                r.choice(["月水", "火木", "月〜金"]),
            ]
        )
    docs.append(Doc(fam, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("通室者", att, title="ふれあい教室 通室者 連絡先一覧", first_row=5),
    ]), note="a day-room attendance list with guardians' phones; attending it is not a health finding: 2"))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    kid, mom = ctx.household((2010, 2012), parent="女")
    arrears = r.randint(3, 7) * 4800
    docs.append(Doc(fam, "docx", 3, ["arrears", "health", "name"], DocSpec(
        title="教育相談 ケース記録",
        paragraphs=[
            f"ケース番号 R6-{r.randint(10, 99)}　対象：{kid.name()}（{kid.grade}）　担当：SSW {ssw}",
            "【主訴】朝起きられず、2学期に入ってから登校できていない。",
            "【経過】9月に学校から依頼があり、担任とともに家庭訪問を行った。本人はリビングでゲームをしていたが、"
            "こちらの問いかけには短く答えた。",
            "10月の訪問では、好きな漫画の話題で笑顔が見られた。ふれあい教室の見学を提案し、前向きな返事があった。",
            "【家庭状況】母と二人暮らし。母はパート勤務で、夜間も働いている。",
            "母によると、本人は夏休み前に小児科で起立性調節障害と診断され、昇圧剤を服用している。",
            "母自身も昨年からうつ病で心療内科に通院中とのこと。",
            f"学校からの情報では、給食費が{arrears // 4800}か月分（{yen(arrears)}円）未納となっており、督促状が送付されている。",
            "【方針】就学援助の申請を案内する。医療機関との連携について母の同意を得る。",
        ],
    ), note="the person is named once; the diagnosis, the mother's illness and the 未納 come paragraphs later"))  # fmt: skip

    kid, dad = ctx.household(parent="男")
    months = r.randint(3, 6)
    docs.append(Doc(fam, "txt-cp932", 3, ["arrears", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("16:02", ssw, f"明日訪問する{kid.name()}さんの家、学校から何か聞いていますか"),
        ("16:10", shunin, f"給食費が{months}か月未納で、父親の{dad.name()}さんに督促中とのことです"),
        ("16:11", shunin, "お金の話は学校がするので、訪問では触れないでほしいそうです"),
        ("16:12", ssw, "了解しました"),
    ], "SSW連絡"))))  # fmt: skip

    kid, mom = ctx.household(parent="女")
    mn = random_my_number(r)
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], DocSpec(
        title="就学援助費 受給申請書（SSW同行 受付分）",
        paragraphs=[
            f"申請者：{mom.name()}　（続柄：母）",
            f"住所：{mom.address()}",
            f"対象児童生徒：{kid.name()}　{ctx.school_of(kid)} {kid.grade}",
            f"世帯の収入：パート収入 月額約{r.randint(9, 16)}万円、児童扶養手当 受給中",
            "申請理由：ひとり親家庭で生活が苦しいため。",
            f"受付：令和6年10月{r.randint(1, 17)}日　SSW {ssw} 同行",
        ],
        textboxes=[f"番号確認済 {grouped(mn, '-')}（通知カードにて）"],
    ), note="the My Number is only in a text box labelled 番号確認済"))  # fmt: skip

    rows3: list[list[str]] = []
    for i in range(r.randint(104, 120)):
        c, g = ctx.household((2009, 2017))
        reason = r.choice(
            [
                "不登校",
                "不登校",
                "不登校",
                "病気（起立性調節障害）",
                "病気（喘息）",
                "病気（心身症）",
                "その他",
            ]
        )
        rows3.append([_sid("C", 300000 + i * 13), c.name(), c.grade, ctx.school_of(c),
                      str(r.randint(30, 140)), reason, g.name(), c.address()])  # fmt: skip
    cols = [("児童生徒ID", 30), ("氏名", 95), ("学年", 175), ("在籍校", 210), ("欠席日数", 320), ("理由", 370),
            ("保護者", 500), ("住所", 580)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "health", "name"], DocSpec(title="長期欠席者一覧"),
                    post=system_print("長期欠席児童生徒 一覧（令和6年9月末）", f"{ctx.city} 校務支援システム 出欠", cols,
                                      rows3, 25, "条件：年間欠席30日以上の見込み")))  # fmt: skip
    return docs


# --- 特別支援教育支援員 (学校教育課 人事・任用) ----------------------------------------------------------------
def shienin(ctx: Ctx) -> list[Doc]:
    r, fam = ctx.rng, "shienin"
    desk = f"{ctx.board} 学校教育課 特別支援教育係（支援員担当）"
    docs: list[Doc] = []
    tanto, kacho = ctx.staff(), ctx.staff()
    schools = ctx.schools(8) + ctx.schools(4, "中学校")
    short = [s.replace(f"{ctx.city}立", "") for s in schools]

    # level 1 --------------------------------------------------------------------------------------
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(
        title="令和7年度 特別支援教育支援員（会計年度任用職員）募集",
        paragraphs=[
            "職務：市立小中学校において、障害のある児童生徒の学習活動・学校生活の介助、安全確保を行います。",
            "募集人数：40名程度（登録制）　勤務：1日5時間 週5日以内　報酬：時給 1,120円",
            "応募資格：心身ともに健康で、子どもの支援に熱意のある方（教員免許・保育士資格があれば尚可）",
            "選考：書類選考および面接（令和7年2月中旬）",
            f"申込・問合せ：{desk}　電話 {ctx.office_phone(9)}",
        ],
    )))  # fmt: skip

    hai: list[list[Cell]] = [["配置校", "支援員", "勤務時間", "担当学級", "配置開始日"]]
    for i in range(r.randint(18, 26)):
        hai.append([short[i % len(short)], ctx.staff(), r.choice(["8:30-13:30", "9:00-14:00", "10:00-15:00"]),
                    r.choice(["特別支援学級", "通常の学級", "通級"]), ymd(dt.date(2024, 4, r.randint(1, 10)))])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("配置表", far_right([["令和6年度 特別支援教育支援員 配置表（10月1日現在）"], [], *hai], 26), first_row=3),
        sheet("時間数", [["配置校", "週時間"]] + [[s, r.randint(10, 50)] for s in short], state="hidden"),
    ]), post=merge_xlsx({"配置表": ["AA3:AE3"]}),
        note="support staff named in their role at their school; 配置開始日 are not birth dates"))  # fmt: skip

    firms: list[list[Cell]] = [["事業者名", "法人番号", "所在地", "電話", "登録支援員数"]]
    for firm in ctx.companies(12):
        firms.append([firm, random_corporate_number(r), ctx.biz_address(), ctx.tel(), r.randint(3, 40)])
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], DocSpec(sheets=[
        sheet("派遣事業者", firms, title="支援員 派遣・委託 事業者一覧"),
    ])))  # fmt: skip

    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=mail(
        f"{tanto} <shienin@kyoiku.example.lg.jp>", "市内小中学校 教頭 各位",
        "【周知】特別支援教育支援員 2学期研修の開催について", "2024/09/20 (金) 16:05",
        ["教頭先生各位", "", "標記研修を下記のとおり開催します。支援員への周知をお願いします。",
         "日時：10月30日（水）14:00〜16:00　会場：総合教育センター 大研修室", "講師：特別支援学校 教諭",
         "", f"{desk} {tanto}"],
        [(kacho, "2024/09/19 (木) 10:21", "研修の件", ["会場は押さえました。講師の謝金は予算内です。"])],
    )), note="a notice among staff: no resident"))  # fmt: skip

    docs.append(Doc(fam, "pptx", 1, [], DocSpec(
        title="特別支援教育支援員 研修会「支援員の役割」",
        paragraphs=[
            "支援員は担任の指示のもとで支援する", "児童の情報は校外で話さない", "事例：Ａさん（小3）教室を飛び出す場面",
            "支援員が先回りして声をかける", "事例：Ｂさん（中1）板書の代筆", "本人のできることを奪わない支援",
            "事例の児童は仮名です", "講師：特別支援学校 教諭",
        ],
    ), note="training slides: Ａさん and Ｂさん are anonymised"))  # fmt: skip

    # level 2 --------------------------------------------------------------------------------------
    hire = ctx.person((1958, 1998))
    ctx.urban(hire)
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="任用通知書"), post=letter_pdf([
        spaced_digits(f"〒{hire.zip}"),
        spaced_digits(hire.address()),
        f"{hire.name()} 様",
        "",
        ">" + wareki(dt.date(2025, 3, r.randint(3, 21)), "spaced"),
        f">{ctx.board} 教育長",
        "^任用通知書",
        "",
        "あなたを次のとおり会計年度任用職員（特別支援教育支援員）に任用します。",
        "",
        "任用期間　" + wareki(dt.date(2025, 4, 1), "spaced") + " から " + wareki(dt.date(2026, 3, 31), "spaced"),
        f"勤務校　{schools[r.randrange(len(schools))]}",
        "報酬　時給 1,120 円",
        "",
        "4 月 1 日 午前 9 時に勤務校へ出勤してください。",
    ]), note="an appointee at her or his home address is a private person"))  # fmt: skip

    cand = ctx.person((1960, 2000))
    t0 = r.randint(9, 16)
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        (f"{t0:02d}:11", kacho, f"{short[2]}の欠員、{cand.name()}さんが来週から入れるそうです"),
        (f"{t0:02d}:13", tanto, "書類を送りたいので連絡先を"),
        (f"{t0:02d}:15", kacho, f"携帯 {ctx.mobile(cand)} です"),
        (f"{t0:02d}:16", tanto, "ありがとうございます"),
    ], "支援員担当"))))  # fmt: skip

    ap: list[list[Cell]] = [
        ["受付No.", "姓", "名", "セイ", "メイ", "生年月日", "住所", "電話", "資格", "希望校"]
    ]
    for i in range(r.randint(18, 24)):
        p = ctx.person((1955, 2001))
        ap.append([i + 1, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth, p.address(), p.phone,
                   r.choice(["教員免許", "保育士", "なし", "介護福祉士"]), short[r.randrange(len(short))]])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["address", "birth_date", "name", "phone"], DocSpec(sheets=[
        sheet("応募者", ap, title="令和7年度 支援員 応募者一覧", first_row=4),
    ]), note="applicants are private persons: fewer than 100 with address, birth date and phone"))  # fmt: skip

    quit_ = ctx.person((1960, 1995))
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(
        paragraphs=[
            f"{ctx.board} 学校教育課 御中",
            "任用辞退届",
            f"令和7年度の特別支援教育支援員として任用のご内定をいただきましたが、家族の転勤により{ctx.city}を離れることとなったため、辞退いたします。",
            "ご迷惑をおかけし申し訳ございません。",
            f"令和7年3月{r.randint(1, 20)}日",
            f"住所　{quit_.address()}",
            f"氏名　{quit_.name()}",
            f"電話　{quit_.phone}",
        ],
    )))  # fmt: skip

    # level 3 --------------------------------------------------------------------------------------
    pay: list[list[Cell]] = [["職員番号", "氏名", "配置校", "勤務時間", "報酬額", "振込先"]]
    nums: list[list[Cell]] = [["職員番号", "氏名", "番号"]]
    for i in range(r.randint(14, 20)):
        p = ctx.person((1958, 1998))
        code = f"K{r.randint(10000, 99999)}"
        h = r.randint(60, 100)
        pay.append([code, p.name(), short[i % len(short)], h, h * 1120,
                    f"{r.choice(['地方銀行', '信用金庫', 'ゆうちょ'])} 普通 {r.randint(1000000, 9999999)}"])  # fmt: skip
        nums.append([code, p.name(), random_my_number(r)])
    docs.append(Doc(fam, "xlsx", 3, ["income", "my_number", "name"], DocSpec(sheets=[
        sheet("10月報酬", pay, title="特別支援教育支援員 報酬支払台帳（10月分）"),
        sheet("番号", nums, state="hidden"),
    ]), note="the My Numbers are on a hidden sheet headed only 番号"))  # fmt: skip

    rows3: list[list[str]] = []
    for i in range(r.randint(106, 122)):
        p = ctx.person((1955, 2001))
        rows3.append([f"{70000 + i * 17}", p.name(), katakana(p.kana), wareki(p.birth, "short"), p.sex, p.address(),
                      p.phone, r.choice(["支援員", "介助員", "学校看護師", "学習支援員"])])  # fmt: skip
    cols = [("職員番号", 30), ("氏名", 85), ("カナ", 160), ("生年月日", 260), ("性", 315), ("住所", 335),
            ("電話", 585), ("職種", 680)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(title="任用職員登録者一覧"),
                    post=system_print("会計年度任用職員 登録者一覧（教育委員会 学校配置分）", f"{ctx.city} 人事給与システム",
                                      cols, rows3, 24, "条件：所属=教育委員会 任用区分=会計年度", ruled=True),
                    note="staff at their home address with birth dates: personal records of more than 100"))  # fmt: skip

    sick = ctx.person((1960, 1990))
    docs.append(Doc(fam, "docx", 3, ["health", "name"], DocSpec(
        title="病気休暇 取得届",
        paragraphs=[
            f"所属：{schools[r.randrange(len(schools))]}　職：特別支援教育支援員　氏名：{sick.name()}",
            f"期間：令和6年10月{r.randint(1, 10)}日から令和6年11月{r.randint(10, 30)}日まで",
            "理由：腰椎椎間板ヘルニアの手術及び術後療養のため（診断書添付）",
            f"医療機関：{ctx.hospital} 整形外科",
            "代替の支援員の配置について、学校教育課と協議済み。",
        ],
    ), note="a staff member's own illness is health about a person in a private capacity"))  # fmt: skip

    hurt = ctx.person((1960, 1995))
    docs.append(Doc(fam, "odt", 3, ["health", "name"], DocSpec(
        title="公務災害 発生報告",
        paragraphs=[
            f"被災職員：{hurt.name()}（特別支援教育支援員・{short[r.randrange(len(short))]}）",
            f"発生日時：令和6年9月{r.randint(2, 27)}日 午前10時40分ごろ",
            "発生状況：体育館で児童の移動を介助中、足を滑らせて転倒した。",
            "当日は授業の後片付けで床が濡れていた。",
            f"傷病名：右橈骨遠位端骨折（{ctx.hospital} 整形外科にて診断）。全治6週間の見込み。",
        ],
    )))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [shugaku, keikaku, meibo, iryocare, hoken, soudan, shienin]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, hospital, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, hospital, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set42", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
