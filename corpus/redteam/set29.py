"""Twenty-ninth red-team set (blind): a city hall's own staff (人事課, 職員厚生) and its council (議会事務局).

``python -m corpus.redteam.set29 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build. Families follow the desk a document comes from: recruitment and the
会計年度任用職員 register (``saiyo``), pay and allowances (``kyuyo``), transfers, discipline and 分限・休職
(``jinji``), staff health checks and stress checks (``kenko``), 共済 and the 互助会 with its loans (``kosei``), the
council's members, minutes and 政務活動費 (``gikai``) and 傍聴・請願・陳情 (``seigan``); each with its public
look-alikes (published pay figures, 人事異動 press lists naming staff in role, the member roster with the council's
address, minutes naming members, 請願の要旨 without the petitioner's address, statistics, blank forms and 記入例).

Staff are private persons for their OWN personnel data (health, leave reasons, pay with home address, dependants'
birth dates, discipline, loan arrears); a staff member named in their job role (担当, 課長, an extension list, an
org chart, a published 異動 list) is not, and council members in their public role are not either.

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise. ``types`` lists what a perfect reader reports about private persons (plus
``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import (
    kanji_number,
    my_number_from,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2929
VARIANT = "redteam29"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, city-hall address, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("秋田県", "横手市", "0182", "013", "中央町8番2号",
     ["中央町", "駅前町", "前郷二番町", "安田字堰添*", "十文字町字梨木*", "平鹿町浅舞字浅舞*", "大町", "睦成字鶴谷地*"]),
    ("長野県", "飯田市", "0265", "395", "大久保町2534番地",
     ["本町", "大王路", "鼎東鼎*", "上郷黒田*", "松尾町", "座光寺*", "知久町", "東中央通り"]),
    ("福岡県", "大牟田市", "0944", "836", "有明町2丁目3番地",
     ["不知火町", "有明町", "大字草木*", "白川", "大字歴木*", "上官町", "大字三池*", "小浜町"]),
    ("山形県", "酒田市", "0234", "998", "本町二丁目2番45号",
     ["本町", "中町", "浜田", "大字宮野浦*", "亀ケ崎", "大字生石*", "若浜町", "東泉町"]),
    ("愛媛県", "宇和島市", "0895", "798", "曙町1番地",
     ["曙町", "丸之内", "寿町", "大浦*", "和霊町", "津島町岩松*", "吉田町立間*", "弁天町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("四月一日", "わたぬき"), ("東風平", "こちんだ"), ("忽那", "くつな"), ("御手洗", "みたらい"), ("毒島", "ぶすじま"),
    ("鴨志田", "かもしだ"), ("禰津", "ねづ"), ("犬養", "いぬかい"), ("砂金", "いさご"), ("汐見", "しおみ"),
    ("一尺八寸", "かまつか"), ("及川", "おいかわ"), ("小野寺", "おのでら"), ("千葉", "ちば"), ("菊地", "きくち"),
    ("熊谷", "くまがい"), ("佐藤", "さとう"), ("斎藤", "さいとう"), ("阿部", "あべ"), ("遠藤", "えんどう"),
    ("三浦", "みうら"), ("後藤", "ごとう"), ("原田", "はらだ"), ("森", "もり"), ("藤田", "ふじた"),
    ("岡本", "おかもと"), ("村田", "むらた"), ("野口", "のぐち"), ("太田", "おおた"), ("西村", "にしむら"),
    ("大野", "おおの"), ("宮崎", "みやざき"), ("内田", "うちだ"), ("桜井", "さくらい"), ("高木", "たかぎ"),
    ("横山", "よこやま"), ("杉山", "すぎやま"), ("福田", "ふくだ"), ("武田", "たけだ"), ("上野", "うえの"),
    ("平野", "ひらの"), ("荒木", "あらき"), ("大塚", "おおつか"), ("小松", "こまつ"), ("菅野", "かんの"),
    ("久保", "くぼ"), ("松田", "まつだ"), ("安藤", "あんどう"), ("千田", "ちだ"), ("金子", "かねこ"),
    ("増田", "ますだ"), ("星野", "ほしの"), ("河野", "こうの"), ("市川", "いちかわ"), ("小島", "こじま"),
    ("秋山", "あきやま"), ("本田", "ほんだ"), ("今井", "いまい"), ("浅野", "あさの"), ("酒井", "さかい"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("隆之", "たかゆき"), ("正樹", "まさき"), ("浩二", "こうじ"), ("和也", "かずや"), ("大輔", "だいすけ"),
    ("拓海", "たくみ"), ("健太", "けんた"), ("直樹", "なおき"), ("修", "おさむ"), ("茂", "しげる"),
    ("博", "ひろし"), ("淳", "じゅん"), ("剛", "つよし"), ("悟", "さとる"), ("秀樹", "ひでき"),
    ("康弘", "やすひろ"), ("慎吾", "しんご"), ("貴之", "たかゆき"), ("陽翔", "はると"), ("悠真", "ゆうま"),
    ("湊斗", "みなと"), ("颯真", "そうま"), ("丈一郎", "じょういちろう"), ("寅吉", "とらきち"),
    ("伊佐夫", "いさお"), ("蒼", "あおい"), ("朔", "さく"), ("樹", "いつき"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("由美", "ゆみ"), ("真由美", "まゆみ"), ("智子", "ともこ"), ("明美", "あけみ"), ("久美子", "くみこ"),
    ("奈緒", "なお"), ("彩", "あや"), ("愛", "あい"), ("美咲", "みさき"), ("結菜", "ゆいな"),
    ("陽菜", "ひな"), ("凛", "りん"), ("莉子", "りこ"), ("優花", "ゆうか"), ("直美", "なおみ"),
    ("恵", "めぐみ"), ("綾乃", "あやの"), ("亜希子", "あきこ"), ("早苗", "さなえ"), ("留美", "るみ"),
    ("千尋", "ちひろ"), ("朋美", "ともみ"), ("澄江", "すみえ"), ("ミツ", "みつ"), ("栞", "しおり"),
    ("琴音", "ことね"), ("雫", "しずく"), ("紬", "つむぎ"),
]  # fmt: skip
DEPTS = ["総務課", "人事課", "財政課", "企画政策課", "税務課", "収納課", "市民課", "保険年金課", "社会福祉課",
         "子育て支援課", "健康推進課", "環境保全課", "農林振興課", "商工観光課", "建設課", "都市計画課",
         "上下水道課", "会計課", "教育総務課", "生涯学習課", "危機管理課", "議会事務局"]  # fmt: skip
TITLES = ["主事", "主事", "主任", "主任", "主査", "係長", "課長補佐", "技師", "保健師", "主事補"]
BUILDINGS = ["メゾン青葉", "コーポさくら", "ハイツ城南", "アーバン駅前", "職員住宅", "レジデンス本町"]
COMPANIES = [
    ("株式会社", "東北システムサービス"), ("株式会社", "みちのく情報センター"), ("一般財団法人", "県民健康管理協会"),
    ("公益財団法人", "地域人材開発センター"), ("株式会社", "日本速記反訳社"), ("有限会社", "あおば印刷"),
    ("株式会社", "ライフサポート保険"), ("株式会社", "しらかば観光ホテル"), ("合同会社", "まちなか交通"),
    ("株式会社", "ミライ人事コンサルティング"), ("一般社団法人", "地域産業保健センター"), ("株式会社", "中央事務機"),
    ("株式会社", "北斗ネットワークス"), ("有限会社", "こもれび会館"), ("株式会社", "さくら葬祭"),
]  # fmt: skip
BANKS = ["東北銀行", "みちのく信用金庫", "ゆうちょ銀行", "中央労働金庫", "あおば農業協同組合"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 7, 18)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SAMPLE_NAMES = ["市役 太郎", "見本 花子", "記入 一郎", "市民 次郎", "例示 春子"]
ILLNESS = ["適応障害", "うつ病", "双極性障害", "自律神経失調症", "腰椎椎間板ヘルニア", "乳がん", "脳梗塞",
           "パニック障害", "バセドウ病", "潰瘍性大腸炎"]  # fmt: skip


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭48.3.5, slash S48/03/05, spaced 昭和 48 年 3 月 5 日."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era[0]}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{era} {y} 年 {d.month} 月 {d.day} 日"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 8丁目3番地 → 8 丁目 3 番地."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    pref: str
    city: str
    town: str
    lot: str
    phone: str
    zip: str
    emp_no: str = ""
    dept: str = ""
    title: str = ""

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.town + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    hall_lot: str
    towns: list[str]
    used: set[str]
    mayor: str = ""
    chair: str = ""

    @property
    def hall(self) -> str:
        return f"{self.pref}{self.city}{self.hall_lot}"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(21 + n if len(self.ac) == 4 else 521 + n, 2111 + 17 * n)

    def phone(self, mobile: float = 0.55) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            base = f"{r.randint(1, 2999)}番地"
            return base + (f"{r.randint(1, 9)}" if r.random() < 0.3 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 8), r.randint(1, 30), r.randint(1, 25)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 5)}0{r.randint(1, 9)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 town with a 丁目・番地 lot as clerks type it (8丁目3番地12); return the lot."""
        towns = [t for t in self.towns if not t.endswith("*")]
        p.town = self.rng.choice(towns)
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1945, 2004)) -> Person:
        r = self.rng
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        town = r.choice(self.towns)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, self.pref, self.city, town.rstrip("*"), self.lot(town),
                      self.phone(), zipc)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1945, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def employee(self, born: tuple[int, int] = (1962, 2003)) -> Person:
        """A member of staff as a private person (their own record): 職員番号, 所属 and 職名 set."""
        p = self.person(born)
        hired = min(2024, p.birth.year + self.rng.randint(19, 30))
        p.emp_no = f"{hired % 100:02d}{self.rng.randint(1000, 9999)}"
        p.dept = self.rng.choice(DEPTS)
        p.title = self.rng.choice(TITLES)
        return p

    def employees(self, n: int, born: tuple[int, int] = (1962, 2003)) -> list[Person]:
        return [self.employee(born) for _ in range(n)]

    def staff(self) -> str:
        """An officer named in role (not drawn from the private persons: may share a name with one)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> tuple[str, str]:
        kind, name = self.rng.choice(COMPANIES)
        full = f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"
        return full, random_corporate_number(self.rng)

    def biz_address(self) -> str:
        town = self.rng.choice(self.towns)
        return self.city + town.rstrip("*") + self.lot(town).split(" ")[0]

    def mynumber(self) -> str:
        return random_my_number(self.rng)


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
) -> Callable[[Path], None]:
    """Rewrite the file as a personnel-system list print: landscape, columns placed by x (no ruled table),
    a system banner, the print conditions and ``n / N`` at the foot of every page."""

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
            c.drawRightString(
                w - 30,
                h - 22,
                f"出力日 {TODAY.year}/{TODAY.month:02d}/{TODAY.day:02d}  出力者 JK0{n % 3 + 2}1",
            )
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            for label, x in cols:
                c.drawString(x, y, label)
            y -= 4
            c.drawString(30, y - 6, "=" * 150)
            y -= 18
            for row in chunk:
                for value, (_, x) in zip(row, cols, strict=False):
                    c.drawString(x, y, value)
                y -= 13
            if n == len(pages):
                c.drawString(30, y - 8, f"*** 合計 {len(rows)} 件 ***")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export): ``>`` right,
    ``^`` centred title; pages get ``n / N`` when there is more than one."""

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


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack (``名前  [09:19]`` then the message) or the arrow style of a pasted thread (``名前 → …``)."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{day.year}/{day.month:02d}/{day.day:02d} 17:52")
        out.append("")
        out.append(f"{day.year}/{day.month:02d}/{day.day:02d}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "slack":
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    else:  # arrow
        out.append(f"■{room}（{day.month}/{day.day} スレッド貼り付け）")
        out += [f"{who} → {msg}" for _, who, msg in lines]
    return out


def mail(
    sender: str,
    to: str,
    sent: dt.datetime,
    subject: str,
    body: list[str],
    quoted: list[list[str]] | None = None,
) -> list[str]:
    """An Outlook message saved as text, with earlier messages quoted below ``-----Original Message-----``."""
    wd = "月火水木金土日"[sent.weekday()]
    out = [
        f"差出人: {sender}",
        f"送信日時: {sent.year}年{sent.month}月{sent.day}日 {wd}曜日 {sent.hour}:{sent.minute:02d}",
        f"宛先: {to}",
        f"件名: {subject}",
        "",
        *body,
    ]
    for block in quoted or []:
        out += ["", "-----Original Message-----", *[f"> {line}" if line else ">" for line in block]]
    return out


def failing_numbers(rng: random.Random, n: int, prefix: str) -> list[str]:
    """``n`` 12-digit numbers starting with ``prefix`` that all fail the My Number check digit."""
    out: list[str] = []
    while len(out) < n:
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(prefix)))
        bad = fail_check(my_number_from(base), rng.randint(1, 9))
        if bad not in out:
            out.append(bad)
    return out


def pad(n: int, rows: list[list[Cell]]) -> list[list[Cell]]:
    """Rows shifted ``n`` columns right (data starting far right, as an export pasted beside a form)."""
    return [[None] * n + list(row) for row in rows]


# --- families ------------------------------------------------------------------------------------------
def saiyo(ctx: Ctx) -> list[Doc]:
    """Recruitment: 職員採用試験 and the 会計年度任用職員 register."""
    r, fam = ctx.rng, "saiyo"
    docs: list[Doc] = []
    tanto = ctx.staff()
    office = ctx.office_phone(1)
    # --- level 1 ---
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"令和7年度 {ctx.city}職員採用試験（上級・初級・保健師）募集要項",
                paragraphs=[
                    f"{ctx.city}では、令和7年4月1日に採用する職員を次のとおり募集します。",
                    "1 試験区分及び採用予定人員　一般行政（上級）8人程度、一般行政（初級）3人程度、土木技師 2人程度、保健師 2人程度",
                    "2 受験資格",
                    "　一般行政（上級）・土木技師：平成7年4月2日から平成15年4月1日までに生まれた人",
                    "　一般行政（初級）：平成15年4月2日から平成19年4月1日までに生まれた人",
                    "　保健師：昭和64年1月2日以降に生まれた人で、保健師の免許を有する人又は令和7年春までに取得見込みの人",
                    "　※地方公務員法第16条の欠格条項に該当する人は受験できません。",
                    f"3 第一次試験　令和6年9月22日（日）午前9時30分から　会場 {ctx.city}総合体育館",
                    "4 申込方法　市の電子申請サービスにより、令和6年8月1日（木）から8月23日（金）午後5時まで",
                    "5 合格発表　第一次試験の合格者は市ホームページに受験番号で掲載します。",
                    f"6 問合せ先　{ctx.city}総務部人事課 人事研修係（担当 {tanto}）　{ctx.hall}　電話 {office}",
                ],
                footer=f"{ctx.city}総務部人事課",
            ),
        )
    )
    stat: list[list[Cell]] = [
        ["区分", None, None, "受験状況", None, None, None],
        ["年度", "試験区分", "申込者数", "受験者数", "第一次合格者数", "最終合格者数", "競争倍率"],
    ]
    for y in range(2, 7):
        for kubun in ("一般行政（上級）", "一般行政（初級）", "土木技師", "保健師"):
            a = r.randint(12, 160)
            b = max(3, int(a * r.uniform(0.7, 0.9)))
            fin = max(1, b // r.randint(4, 12))
            stat.append([f"令和{y}年度", kubun, a, b, min(b, fin * 2), fin, round(b / fin, 1)])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "実施状況", stat, title="職員採用試験 実施状況（令和2年度～令和6年度）", first_row=4
                    ),
                    sheet(
                        "注記",
                        [["注1 競争倍率は受験者数を最終合格者数で除したもの"], ["注2 社会人経験者枠を含む"]],
                    ),
                ]
            ),
            post=merge_xlsx({"実施状況": ["A4:C4", "D4:G4"]}),
        )
    )
    nums = failing_numbers(r, 32, "2408")
    rec: list[list[Cell]] = [["受付番号", "受付日時", "試験区分", "受付状態", "受験票発行", "備考"]]
    for i, num in enumerate(nums):
        day = dt.datetime(2024, 8, 1 + i % 23, 8 + r.randint(0, 12), r.randint(0, 59))
        rec.append([num, day.strftime("%Y/%m/%d %H:%M"), r.choice(["一般行政（上級）", "一般行政（初級）", "保健師", "土木技師"]),
                    r.choice(["受付完了", "受付完了", "受付完了", "差戻し", "取下げ"]), r.choice(["済", "済", "未"]), ""])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("受付状況", rec)]),
                    note="電子申請 受付番号 only, all 12-digit and all failing the check digit; no applicant named"))  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="会計年度任用職員 登録申込書（記入例）",
                paragraphs=[
                    "太枠内を記入してください。記入例の氏名・住所・生年月日は架空のものです。",
                    f"提出先：{ctx.city}総務部人事課（{ctx.hall}）",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["ふりがな", "しやく はなこ"],
                        ["氏名", SAMPLE_NAMES[1]],
                        ["生年月日", "平成10年4月1日"],
                        ["住所", f"〒{ctx.zip3}-0000 {ctx.city}○○町1丁目2番3号"],
                        ["電話", "090-0000-0000"],
                        ["希望職種", "事務補助（一般事務）"],
                        ["勤務可能な曜日", "月・火・水・木・金（午前のみ可）"],
                    ]
                ],
            ),
            note="記入例: the name, birth date and address are samples",
        )
    )
    seniors = [f"{r.choice(DEPTS)} {r.choice(['主事', '主任', '技師', '保健師'])} {ctx.staff()}（平成{r.randint(20, 30)}年入庁）"
               for _ in range(4)]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}職員採用説明会 2024",
                paragraphs=[
                    "市役所の仕事",
                    "窓口・企画・まちづくり・福祉・保健など約60の職場",
                    "先輩職員の声",
                    *seniors,
                    "試験の日程",
                    "第一次試験 9月22日（日）／第二次試験 10月中旬",
                ],
                notes=[f"説明者：人事課 {tanto}。質疑は最後にまとめて受ける。"],
            ),
        )
    )
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}職員採用試験 よくある質問（FAQ）",
                paragraphs=[
                    "Q1 年齢要件の基準日はいつですか。",
                    "A1 令和7年4月1日現在で判断します。生年月日が受験資格の範囲内か、募集要項で確認してください。",
                    "Q2 申込後に住所や電話番号が変わった場合は？",
                    "A2 人事課へ電話で連絡してください（受付番号をお手元にご用意ください）。",
                    "Q3 既卒者でも受験できますか。",
                    "A3 受験資格の年齢の範囲内であれば受験できます。",
                    "Q4 会計年度任用職員の登録は随時ですか。",
                    f"A4 随時受け付けています。登録申込書を人事課（{office}）へ提出してください。",
                ],
            ),
        )
    )
    # --- level 2 ---
    p = ctx.person((1996, 2002))
    ctx.urban(p)
    mayor = ctx.mayor
    lines = [
        f">{ctx.city}人第{r.randint(200, 480)}号",
        f">{wareki(dt.date(2024, 10, 18), 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.city}長 {mayor}",
        "",
        "^採用内定通知書",
        "",
        f"{wareki(dt.date(2024, 9, 22), 'spaced')}に実施した{ctx.city}職員採用試験の結果、",
        "あなたを下記のとおり採用内定としましたので通知します。",
        "記",
        f"1 採用予定日　{wareki(dt.date(2025, 4, 1), 'spaced')}",
        "2 試験区分　一般行政（上級）",
        f"3 受験番号　{r.randint(1001, 1199)}",
        "4 同封の承諾書を 11 月 8 日までに返送してください。",
        "",
        f"問合せ　人事課 人事研修係　{tanto}　電話 {office}",
    ]
    docs.append(
        Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="採用内定通知書"), post=letter_pdf(lines))
    )
    q = ctx.person((1965, 1999))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="会計年度任用職員 登録申込書",
                paragraphs=[
                    f"{ctx.city}長 様",
                    "会計年度任用職員の任用を希望し、次のとおり登録を申し込みます。",
                    f"申込日　{wareki(dt.date(2024, 6, r.randint(1, 28)))}",
                ],
                tables=[
                    [
                        ["ふりがな", q.kana],
                        ["氏名", q.name()],
                        ["生年月日", wareki(q.birth)],
                        ["住所", f"〒{q.zip} {q.address()}"],
                        ["電話", q.phone],
                        ["希望職種", r.choice(["事務補助", "窓口案内", "保育補助", "図書館司書補"])],
                        ["職歴", f"{r.choice(['株式会社', '有限会社'])}で経理事務 {r.randint(3, 15)}年"],
                    ]
                ],
            ),
        )
    )
    ap = ctx.person((1997, 2002))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    dt.date(2024, 9, 30),
                    [
                        ("09:02", s1, "二次面接の日程調整、残り1人です"),
                        (
                            "09:05",
                            s1,
                            f"{ap.name('')}さん（受験番号{r.randint(1001, 1199)}）だけメールが返ってきません",
                        ),
                        ("09:11", s2, f"申込データの携帯にかけてみてください。{ap.phone} です"),
                        ("09:40", s1, "つながりました。10/3 14:00で確定、受験票は再送しました"),
                        ("09:41", s2, "了解です。面接官の割り振りは午後やります"),
                    ],
                    "jinji-saiyo",
                )
            ),
        )
    )
    appl = ctx.people(30, (1995, 2006))
    rows: list[list[Cell]] = [
        ["受験番号", "姓", "名", "セイ", "メイ", "生年月日", "性別", "試験区分", "一次得点"]
    ]
    for i, x in enumerate(appl):
        rows.append([1001 + i * r.randint(1, 4), x.sei, x.mei, x.sei_kana, x.mei_kana, x.birth, x.sex,
                     r.choice(["上級", "初級", "保健師"]), r.randint(52, 96)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "二次受験者",
                        pad(26, rows),
                        title="第二次試験 受験者一覧（面接官配付用）",
                        first_row=5,
                    ),
                ]
            ),
            note="applicants' names and birth dates, data starting in column AA",
        )
    )
    k = ctx.person((1958, 1990))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                title="会計年度任用職員の再度の任用について（通知）",
                paragraphs=[
                    f"{ctx.city}人第{r.randint(500, 900)}号",
                    wareki(dt.date(2024, 3, 8)),
                    f"〒{k.zip} {k.address()}",
                    f"{k.name()} 様",
                    f"{ctx.city}長 {mayor}",
                    f"あなたを令和6年4月1日から令和7年3月31日まで、{r.choice(DEPTS)}の事務補助として再度任用します。",
                    "勤務条件は別紙の労働条件通知書のとおりです。",
                    f"（担当 人事課 {tanto}）",
                ],
            ),
        )
    )
    # --- level 3 ---
    reg = ctx.people(r.randint(108, 126), (1950, 2004))
    prow = [[f"K{6000 + i:05d}", x.name(), x.kana, wareki(x.birth, "slash"), x.address(), x.phone,
             r.choice(["事務補助", "窓口案内", "保育補助", "調理員", "図書館"])] for i, x in enumerate(reg)]  # fmt: skip
    cols = [
        ("登録番号", 30),
        ("氏名", 82),
        ("カナ", 150),
        ("生年月日", 255),
        ("住所", 310),
        ("電話", 570),
        ("希望職種", 660),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "birth_date", "phone"], DocSpec(title="登録者名簿"),
                    post=system_print("会計年度任用職員 登録者名簿", f"{ctx.city} 人事給与システム JKR0310", cols,
                                      prow, 30, "抽出条件：登録状態＝有効　並び順：登録番号")))  # fmt: skip
    h = ctx.person((1998, 2002))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                title="健康診断書（写）",
                paragraphs=[
                    "採用予定者 提出書類（原本は人事課保管）",
                    "医療機関：" + f"{ctx.city}中央クリニック　医師 {ctx.staff()}",
                ],
                tables=[
                    [
                        ["氏名", h.name()],
                        ["生年月日", wareki(h.birth)],
                        ["既往歴", "1型糖尿病（平成26年診断、インスリン療法中）"],
                        ["自覚症状", "なし"],
                        ["血圧", f"{r.randint(108, 128)}/{r.randint(64, 82)}"],
                        ["HbA1c", f"{r.uniform(6.8, 7.9):.1f}%"],
                        ["総合所見", "就労可。低血糖時の対応について職場への周知が望ましい。"],
                    ]
                ],
            ),
        )
    )
    members = ctx.people(6, (1950, 1985))
    vis: list[list[Cell]] = [["No", "氏名", "住所", "区分", "謝金", "源泉徴収税額", "差引支給額"]]
    hid: list[list[Cell]] = [["No", "氏名", "番号"]]
    for i, x in enumerate(members, start=1):
        fee = r.choice([15000, 20000, 25000])
        tax = int(fee * 0.1021)
        vis.append([i, x.name(), x.address(), "外部面接委員", fee, tax, fee - tax])
        hid.append([i, x.name(), ctx.mynumber()])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "address", "income", "my_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "支払一覧", vis, title="令和6年度 職員採用試験 外部面接委員 謝金支払一覧", first_row=3
                    ),
                    sheet("番号", hid, state="hidden"),
                ]
            ),
            note="payees' My Numbers on a hidden sheet headed only 番号",
        )
    )
    m = ctx.person((1970, 2000))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "birth_date", "my_number"],
            DocSpec(
                title="採用時提出書類 確認票（会計年度任用職員）",
                paragraphs=[
                    f"氏名　{m.name()}　（{wareki(m.birth, 'abbr')}生）",
                    f"任用予定　令和6年{r.randint(5, 9)}月1日　{r.choice(DEPTS)}",
                    "確認者　人事課 " + tanto,
                ],
                tables=[
                    [
                        ["書類", "確認"],
                        ["履歴書", "済"],
                        ["資格証の写し", "該当なし"],
                        ["通勤届", "済"],
                        ["扶養控除等申告書", "済"],
                        ["番号確認（写しは確認後廃棄）", "済"],
                        ["口座振込申出書", "済"],
                    ]
                ],
                textboxes=[f"{m.sei}さんの番号 {grouped(ctx.mynumber(), '-')}"],
            ),
            note="My Number in a text box labelled only 「○○さんの番号」",
        )
    )
    return docs


def kyuyo(ctx: Ctx) -> list[Doc]:
    """Pay and allowances: 給与, 扶養・通勤・住居手当, 源泉徴収 and 住民税 特別徴収."""
    r, fam = ctx.rng, "kyuyo"
    docs: list[Doc] = []
    tanto = ctx.staff()
    office = ctx.office_phone(2)
    # --- level 1 ---
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}の給与・定員管理等について（令和6年度公表）",
                paragraphs=[
                    "地方公務員法第58条の3の規定に基づき、職員の給与及び定員管理の状況を公表します。",
                    "1 人件費の状況（普通会計決算）　令和5年度 歳出額に占める人件費の割合 "
                    f"{r.uniform(14, 21):.1f}%",
                    "2 職員の平均給与月額、初任給等の状況（令和6年4月1日現在）",
                ],
                tables=[
                    [
                        ["区分", "平均年齢", "平均給料月額", "平均給与月額"],
                        [
                            "一般行政職",
                            f"{r.uniform(41, 44):.1f}歳",
                            f"{r.randint(315, 335):,}00円",
                            f"{r.randint(380, 410):,}00円",
                        ],
                        [
                            "技能労務職",
                            f"{r.uniform(49, 53):.1f}歳",
                            f"{r.randint(290, 315):,}00円",
                            f"{r.randint(330, 360):,}00円",
                        ],
                    ],
                    [
                        ["部門", "令和5年", "令和6年", "増減"],
                        ["議会", "6", "6", "0"],
                        ["総務・企画", "118", "121", "3"],
                        ["税務", "41", "40", "-1"],
                        ["民生", "96", "99", "3"],
                        ["衛生", "38", "38", "0"],
                        ["土木", "52", "50", "-2"],
                    ],
                ],
                footer="総務部人事課",
            ),
        )
    )
    table: list[list[Cell]] = [["号給", "1級", "2級", "3級", "4級", "5級", "6級"]]
    for g in range(1, 41):
        table.append([g, *[150000 + lv * 38000 + g * (1300 + lv * 150) for lv in range(6)]])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "行政職給料表",
                        table,
                        title="行政職給料表（令和6年4月1日適用）",
                        first_row=3,
                        number_formats={1: "#,##0"},
                    ),
                    sheet(
                        "設定",
                        [["改定率", 0.011], ["適用日", dt.date(2024, 4, 1)], ["作成", "人事課給与係"]],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    sample = SAMPLE_NAMES[0]
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="令和7年分 給与所得者の扶養控除等（異動）申告書 記入例",
                paragraphs=[
                    "記入例の氏名、生年月日及び住所はすべて架空のものです。",
                    "個人番号欄は、所属では記入せず、本人が封筒に入れて人事課へ提出してください。",
                ],
                tables=[
                    [
                        ["区分", "氏名", "続柄", "生年月日", "住所"],
                        ["本人", sample, "", "昭和60年5月10日", f"{ctx.city}○○町1丁目2番3号"],
                        ["源泉控除対象配偶者", "市役 花子", "妻", "昭和62年8月1日", "同上"],
                        ["控除対象扶養親族", "市役 一郎", "長男", "平成22年6月15日", "同上"],
                    ]
                ],
                footer="人事課給与係",
            ),
            note="記入例: sample names and birth dates",
        )
    )
    counts: list[list[Cell]] = [["所属", "扶養手当", "通勤手当", "住居手当", "単身赴任手当"]]
    for d in DEPTS[:16]:
        counts.append([d, r.randint(0, 14), r.randint(3, 30), r.randint(0, 6), r.randint(0, 1)])
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("手当受給者数", counts, title="諸手当 受給者数（令和6年4月分）")]),
        )
    )
    con: list[list[Cell]] = [
        ["契約番号", "件名", "契約相手方", "法人番号", "所在地", "契約金額（円）", "契約日"]
    ]
    seen: set[str] = set()
    subjects = ["人事給与システム保守", "給与明細印刷封入", "年末調整支援業務", "職員研修委託", "勤怠管理システム使用料",
                "健康管理システム保守", "ストレスチェック実施", "福利厚生代行", "会議録作成", "採用試験問題作成",
                "職員被服調達", "源泉徴収票電子交付"]  # fmt: skip
    for i, subj in enumerate(subjects, start=1):
        while True:
            name, num = ctx.company()
            if name not in seen:
                seen.add(name)
                break
        con.append([f"R6-人-{i:03d}", subj, name, num, ctx.biz_address(), yen(r.randint(300, 9000) * 1000),
                    ymd(dt.date(2024, r.randint(4, 7), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("契約一覧", con)])))
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                title="通勤手当の認定事務 Q&A（所属庶務担当者向け）",
                paragraphs=[
                    "Q 住所が変わったが通勤経路は同じ場合も届出は必要か。",
                    "A 必要です。住所変更届と通勤届を同時に提出してください。",
                    "Q 自動車通勤の距離はどう測るか。",
                    "A 人事課が地図システムで最短経路を計測します。片道2キロメートル未満は支給対象外です。",
                    "Q 支給開始日は。",
                    "A 事実発生日の属する月の翌月分から支給します（事実発生日が月の初日の場合はその月から）。",
                    f"問合せ　人事課給与係 {tanto}（内線 2142／{office}）",
                ],
            ),
        )
    )
    # --- level 2 ---
    p = ctx.employee()
    ctx.urban(p)
    km = round(r.uniform(3, 24), 1)
    amount = 2000 + int(km) * 700
    lines = [
        f">{ctx.city}人第{r.randint(100, 400)}号",
        f">{wareki(dt.date(2024, 5, 17), 'spaced')}",
        f"{p.dept} {p.title}",
        f"{p.name()} 様",
        f">{ctx.city}長 {ctx.mayor}",
        "",
        "^通勤手当認定通知書",
        "",
        "あなたから届出のあった通勤の実情について、下記のとおり認定しましたので通知します。",
        "記",
        f"1 住居　{spaced_digits(p.address())}",
        f"2 勤務公署　{ctx.city}役所本庁舎",
        f"3 通勤方法　自動車（片道 {spaced_digits(str(km))} km）",
        f"4 手当月額　{yen(amount)} 円",
        f"5 支給開始　{wareki(dt.date(2024, 6, 1), 'spaced')}",
        "",
        f"担当　人事課給与係 {tanto}　内線 2142",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["name", "address", "income"],
            DocSpec(title="通勤手当認定通知書"),
            post=letter_pdf(lines),
        )
    )
    mover = ctx.employee()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 6, 3),
                    [
                        ("09:12", s1, f"{mover.dept}の{mover.name('')}さん、住所変更届もう出てますか？"),
                        ("09:15", s2, f"先週出てます。新住所は {mover.address()} です"),
                        ("09:16", s2, "通勤距離が変わるので通勤手当も再認定です"),
                        ("09:20", s1, "了解です、給与システムは今月の締めで直します"),
                    ],
                    "人事課 給与係",
                )
            ),
        )
    )
    hs = ctx.employees(14, (1985, 2002))
    rows: list[list[Cell]] = [
        ["職員番号", "姓", "名", "所属", "住居（借家）", "家賃月額", "手当月額", "認定日"]
    ]
    for x in hs:
        rent = r.randint(38, 72) * 1000
        rows.append([x.emp_no, x.sei, x.mei, x.dept, x.address(), rent, min(28000, (rent - 16000) // 2 + 11000),
                     dt.date(2024, r.randint(4, 6), 1)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "income"],
            DocSpec(
                sheets=[
                    sheet(
                        "住居手当",
                        [["認定内容", None, None, None, None, "金額", None, None], *rows],
                        title="住居手当 認定者一覧（令和6年度）",
                        first_row=4,
                        number_formats={5: "#,##0", 6: "#,##0"},
                    ),
                ]
            ),
            post=merge_xlsx({"住居手当": ["A4:E4", "F4:G4"]}),
        )
    )
    fam_rows: list[list[str]] = [
        ["職員番号", "職員氏名", "扶養親族氏名", "続柄", "生年月日", "認定日", "手当月額"]
    ]
    for x in ctx.employees(7, (1975, 1995)):
        for rel in r.sample(["妻", "夫", "長男", "長女", "二男", "二女", "母"], r.randint(1, 3)):
            born = (1950, 1960) if rel == "母" else (1976, 1996) if rel in ("妻", "夫") else (2008, 2022)
            bd = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
            mei = r.choice(MALE if rel in ("夫", "長男", "二男") else FEMALE)[0]
            fam_rows.append([x.emp_no, x.name(), f"{x.sei} {mei}", rel, wareki(bd, "short"), ymd(dt.date(2024, 4, 1)),
                             yen(6500 if rel in ("妻", "夫") else 10000)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "birth_date", "income"],
            DocSpec(
                title="扶養手当認定簿（令和6年度 新規・異動分）",
                tables=[fam_rows],
                paragraphs=["人事課給与係　（認定後、所属へ写しを送付しない）"],
            ),
        )
    )
    b = ctx.employee()
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="給与振込口座変更届",
                paragraphs=[
                    "人事課 御中",
                    "給与等の振込先口座を次のとおり変更したいので届け出ます。",
                    f"1 変更後の口座　{r.choice(BANKS)} {r.choice(['本店', '駅前支店', '中央支店'])} 普通 {r.randint(1000000, 9999999)}",
                    "2 適用月　令和6年8月支給分から",
                    "",
                    wareki(dt.date(2024, 7, r.randint(1, 12))),
                    f"所属 {b.dept}　職員番号 {b.emp_no}",
                    f"住所 {b.address()}",
                    f"電話 {b.phone}",
                    f"氏名 {b.name()}",
                ],
            ),
        )
    )
    # --- level 3 ---
    pay = ctx.employees(r.randint(112, 130))
    prow = []
    for x in pay:
        gross = r.randint(180, 520) * 1000 + r.randint(0, 999)
        prow.append(
            [x.emp_no, x.name(), x.dept, x.address(), yen(gross), yen(int(gross * r.uniform(0.74, 0.82)))]
        )
    cols = [
        ("職員番号", 30),
        ("氏名", 90),
        ("所属", 170),
        ("住所", 260),
        ("総支給額", 560),
        ("差引支給額", 650),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "income"], DocSpec(title="給与支給一覧"),
                    post=system_print("給与支給一覧表（令和6年7月支給）", f"{ctx.city} 人事給与システム KYS2210", cols,
                                      prow, 32, "支給日：2024/07/19　区分：一般職（会計年度任用職員を除く）")))  # fmt: skip
    e = ctx.employee((1978, 1992))
    spouse = r.choice(FEMALE if e.sex == "男" else MALE)[0]
    kid = r.choice(MALE + FEMALE)[0]
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "birth_date", "my_number"],
            DocSpec(
                title="令和7年分 給与所得者の扶養控除等（異動）申告書",
                paragraphs=[
                    f"給与の支払者の名称　{ctx.city}　（所轄税務署長 {ctx.city[:-1]}税務署長）",
                    f"あなたの氏名　{e.name()}（{e.kana}）",
                    f"生年月日　{wareki(e.birth)}",
                    f"住所　〒{e.zip} {e.address()}",
                    f"所属　{e.dept}　職員番号 {e.emp_no}",
                ],
                tables=[
                    [
                        ["区分", "氏名", "続柄", "生年月日", "同居"],
                        [
                            "源泉控除対象配偶者",
                            f"{e.sei} {spouse}",
                            "妻" if e.sex == "男" else "夫",
                            wareki(
                                dt.date(e.birth.year + r.randint(-3, 3), r.randint(1, 12), r.randint(1, 28))
                            ),
                            "同居",
                        ],
                        [
                            "控除対象扶養親族",
                            f"{e.sei} {kid}",
                            "子",
                            wareki(dt.date(r.randint(2005, 2008), r.randint(1, 12), 9)),
                            "同居",
                        ],
                    ]
                ],
                footer=f"番号確認済 {grouped(ctx.mynumber())}　（人事課給与係）",
            ),
            note="the employee's My Number in the Word footer labelled only 番号確認済",
        )
    )
    seized = ctx.employees(3)
    gs: list[list[Cell]] = [
        ["職員番号", "氏名", "所属", "差押債権者", "滞納税額", "差押額（月）", "差押開始", "残額"]
    ]
    for x in seized:
        debt = r.randint(30, 180) * 10000
        gs.append([x.emp_no, x.name(), x.dept, r.choice([f"{ctx.city[:-1]}税務署", f"{ctx.pref}{ctx.city[:-1]}県税事務所"]),
                   debt, r.randint(3, 6) * 10000, ymd(dt.date(2024, r.randint(1, 6), 1)), debt - r.randint(1, 20) * 10000])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["name", "arrears", "income"],
            DocSpec(
                sheets=[
                    sheet("差押", gs, title="給与差押 控除管理表（取扱注意）"),
                ]
            ),
            note="staff whose pay is seized for their own tax arrears (滞納税額)",
        )
    )
    o = ctx.employee()
    over = r.randint(8, 40) * 1000 + r.randint(0, 9) * 100
    s1 = ctx.staff()
    body = mail(f"{s1}（人事課給与係）", f"{ctx.staff()}（人事課長）", dt.datetime(2024, 7, 10, 16, 42),
                f"RE: 過払い返納金の未納について（{o.name()}）",
                ["課長", "", f"{o.dept} {o.name()}さんの通勤手当過払い分（{yen(over)}円）ですが、",
                 "納入期限の6月28日を過ぎても未納のままです。本人には2回電話しています。",
                 "7月支給の給与から控除する同意書を取るか、督促状を出すか、ご判断をお願いします。", "", s1],
                [[f"差出人: {ctx.staff()}（人事課長）", "件名: 過払い返納金の未納について", "",
                  "状況を教えてください。分割の申出はありましたか。"]])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            3,
            ["name", "arrears"],
            DocSpec(paragraphs=body),
            note="an employee's overpaid allowance not repaid by the deadline (未納)",
        )
    )
    tax = ctx.employees(r.randint(104, 118))
    trows: list[list[Cell]] = [
        ["指定番号", "職員番号", "氏名", "住所（1月1日現在）", "年税額", "6月分", "7月分以降"]
    ]
    for x in tax:
        y = r.randint(40, 420) * 1000
        trows.append(
            [f"{r.randint(1000, 9999)}", x.emp_no, x.name(), x.address(), y, y - (y // 12) * 11, y // 12]
        )
    docs.append(
        Doc(fam, "csv-cp932", 3, ["name", "address", "income"], DocSpec(sheets=[sheet("特別徴収", trows)]))
    )
    return docs


def jinji(ctx: Ctx) -> list[Doc]:
    """Transfers, discipline and 分限・休職・復職."""
    r, fam = ctx.rng, "jinji"
    docs: list[Doc] = []
    kacho = ctx.staff()
    # --- level 1 ---
    moves: list[list[str]] = [["新職", "氏名", "旧職"]]
    for _ in range(16):
        a, b = r.sample(DEPTS, 2)
        moves.append([f"{a}長" if r.random() < 0.7 else f"{a.replace('課', '部')}長", ctx.staff(), f"{b}長"])
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="令和6年4月1日付 人事異動（部長級・課長級）",
                paragraphs=[
                    f"{ctx.city}は、令和6年4月1日付で次のとおり人事異動を発令します。",
                    f"発令総数 {r.randint(180, 260)}人（うち昇任 {r.randint(30, 50)}人、新規採用 {r.randint(20, 35)}人）",
                    "報道発表資料　問合せ先 総務部人事課 " + kacho,
                ],
                tables=[moves],
            ),
            note="staff named in their new and old posts (a published 異動 list)",
        )
    )
    ext = []
    for _ in range(r.randint(146, 160)):
        d = r.choice(DEPTS)
        ext.append([d, r.choice(["庶務係", "企画係", "業務係", "管理係", "第一係"]), r.choice(TITLES[:7]), ctx.staff(),
                    str(r.randint(2100, 4899))])  # fmt: skip
    ext.sort(key=lambda row: (DEPTS.index(row[0]), row[1]))
    cols = [("所属", 30), ("係", 140), ("職名", 230), ("氏名", 300), ("内線", 420)]
    docs.append(Doc(fam, "pdf", 1, [], DocSpec(title="職員内線番号表"),
                    post=system_print("職員内線番号表（令和6年4月1日現在）", f"{ctx.city} 庁内電話帳システム", cols, ext, 34,
                                      f"代表 {ctx.office_phone()}　外線は各課直通番号を参照"),
                    note="150-odd staff named in their job role with extension numbers only: no private data"))  # fmt: skip
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city} 行政機構図（令和6年度）",
                paragraphs=[
                    f"市長 {ctx.mayor}",
                    f"副市長 {ctx.staff()}",
                    f"総務部長 {ctx.staff()}",
                    f"人事課長 {kacho}",
                    f"市民部長 {ctx.staff()}",
                    f"健康福祉部長 {ctx.staff()}",
                    f"建設部長 {ctx.staff()}",
                    f"会計管理者 {ctx.staff()}",
                    f"議会事務局長 {ctx.staff()}",
                ],
                tables=[
                    [
                        ["部", "課", "課長"],
                        *[
                            [r.choice(["総務部", "市民部", "健康福祉部", "建設部"]), d, ctx.staff()]
                            for d in DEPTS[:10]
                        ],
                    ]
                ],
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
                title="職員の懲戒処分について",
                paragraphs=[
                    f"{ctx.city}は、本日、次のとおり職員の懲戒処分を行いました。",
                    "1 被処分者　市民部 主事（20歳代・男性）",
                    "2 処分内容　減給（10分の1、3月）",
                    "3 処分理由　令和6年5月、私用車を運転中に物損事故を起こし、警察への届出を怠ったもの。",
                    "4 処分年月日　令和6年7月12日",
                    "5 監督者の処分　所属課長 文書訓告",
                    f"今後、綱紀の保持と服務規律の確保を徹底します。（問合せ 人事課長 {kacho}）",
                ],
            ),
            note="the published disciplinary notice: the employee is anonymous (職名・年代・性別 only)",
        )
    )
    st: list[list[Cell]] = [
        ["年度", "病気休職者", "うち精神疾患", "分限免職", "懲戒免職", "停職", "減給", "戒告"]
    ]
    for y in range(1, 6):
        ill = r.randint(6, 19)
        st.append([f"令和{y}年度", ill, r.randint(3, ill), r.randint(0, 1), r.randint(0, 1), r.randint(0, 2),
                   r.randint(0, 3), r.randint(0, 3)])  # fmt: skip
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("件数", st, title="分限・懲戒処分等の状況（人事行政の運営等の状況の公表）")]),
                    note="counts of illness leave and discipline per year: no person"))  # fmt: skip
    ids = failing_numbers(r, 26, "10")
    urow: list[list[Cell]] = [["利用者ID", "所属", "職名", "氏名", "権限", "有効期限"]]
    for num in ids:
        urow.append([num, r.choice(DEPTS), r.choice(TITLES), ctx.staff(), r.choice(["参照", "更新", "管理者"]),
                     dt.date(2025, 3, 31)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("利用者", urow, title="人事給与システム 利用者ID一覧"),
                    sheet(
                        "権限マスタ",
                        [
                            ["権限", "内容"],
                            ["参照", "照会のみ"],
                            ["更新", "発令・給与入力"],
                            ["管理者", "全機能"],
                        ],
                        state="hidden",
                    ),
                ]
            ),
            note="12-digit 利用者ID all failing the check digit; staff named in role beside their system accounts",
        )
    )
    # --- level 2 ---
    p = ctx.employee((1980, 1995))
    kids = [(r.choice(MALE + FEMALE)[0], dt.date(r.randint(2012, 2021), r.randint(1, 12), r.randint(1, 28)))
            for _ in range(r.randint(1, 2))]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="令和6年度 自己申告書（異動希望調書）",
                paragraphs=[
                    "人事課長 様",
                    f"所属 {p.dept}　職名 {p.title}　職員番号 {p.emp_no}　氏名 {p.name()}",
                    f"現住所 {p.address()}（通勤 自家用車 片道{r.randint(10, 50)}分）",
                    "家族の状況：" + "、".join(f"子 {p.sei} {m}（{wareki(d)}生）" for m, d in kids),
                    "異動希望：現所属に留まりたい（子の送迎のため本庁舎勤務を希望）",
                    "特記事項：令和7年度は育児短時間勤務を検討中",
                ],
            ),
        )
    )
    tel = ctx.employees(12)
    trow: list[list[Cell]] = [["順", "職名", "氏名", "自宅電話", "携帯", "次の連絡先"]]
    for i, x in enumerate(tel, start=1):
        trow.append([i, x.title, x.name(), ctx.tel(), x.phone, tel[i % len(tel)].name()])
    docs.append(Doc(fam, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[
        sheet("連絡網", [[f"{tel[0].dept} 緊急連絡網（令和6年度）"], *trow])]),
        note="staff's home and mobile phones on a section's call tree: private contact details"))  # fmt: skip
    q = ctx.employee((1985, 1998))
    old = r.choice(SURNAMES)[0]
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "birth_date"],
            DocSpec(
                title="旧姓使用申出書",
                paragraphs=[
                    "人事課長 様",
                    "婚姻により戸籍上の氏が変更となりましたが、職務上引き続き旧姓を使用したいので申し出ます。",
                    f"戸籍上の氏名　{q.name()}",
                    f"使用する旧姓　{old}",
                    f"生年月日　{wareki(q.birth)}",
                    "変更年月日　" + wareki(dt.date(2024, r.randint(4, 6), r.randint(1, 28))),
                    "使用範囲　名札、座席表、文書の起案者欄、庁内メール",
                    "",
                    f"{wareki(dt.date(2024, 7, 1))}",
                    f"{q.dept}　{old} {q.mei}（戸籍上 {q.name()}）",
                ],
            ),
        )
    )
    dp = ctx.employee((1985, 2000))
    lines = [
        f">{ctx.city}人第{r.randint(400, 700)}号",
        f">{wareki(dt.date(2024, 7, 12))}",
        f"〒{dp.zip}",
        dp.address(),
        f"{dp.dept} {dp.title}　{dp.name()} 様",
        f">任命権者 {ctx.city}長 {ctx.mayor}",
        "",
        "^処分説明書",
        "",
        "地方公務員法第29条第1項の規定により、次のとおり懲戒処分を行います。",
        "処分の内容　減給（給料月額の10分の1を3月間）",
        "処分の理由　令和6年5月18日、私用車を運転中に物損事故を起こし、",
        "　　　　　　警察への届出を怠り、公務員としての信用を失墜させた。",
        "この処分に不服があるときは、この説明書を受け取った日の翌日から起算して",
        f"3月以内に、{ctx.city}公平委員会に審査請求をすることができます。",
    ]
    docs.append(Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="処分説明書"), post=letter_pdf(lines),
                    note="a named employee's disciplinary record at home: personal, but not a level-3 category in the policy text"))  # fmt: skip
    c = ctx.employee()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    dt.date(2024, 3, 25),
                    [
                        ("18:03", s1, f"内示の件、{c.dept}の{c.name('')}さんにまだ伝わってないそうです"),
                        ("18:05", s2, "今日は休暇ですね"),
                        (
                            "18:07",
                            s1,
                            f"ご自宅に電話してもらえますか。自宅は {ctx.tel()}、携帯は {c.phone} です",
                        ),
                        ("18:20", s2, "携帯でつかまりました。明朝9時に課長から伝えます"),
                    ],
                    "人事課 異動担当",
                )
            ),
        )
    )
    # --- level 3 ---
    staff = ctx.employees(r.randint(118, 136))
    prow = [
        [x.emp_no, x.name(), x.kana, wareki(x.birth, "short"), x.dept, x.title, x.address()] for x in staff
    ]
    cols = [
        ("職員番号", 30),
        ("氏名", 85),
        ("カナ", 150),
        ("生年月日", 255),
        ("所属", 300),
        ("職名", 385),
        ("現住所", 440),
    ]
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="職員名簿"),
                    post=system_print("職員名簿（現住所・生年月日）", f"{ctx.city} 人事給与システム JKM0102", cols, prow, 30,
                                      "抽出条件：在職者（一般職）　基準日 2024/07/01")))  # fmt: skip
    k = ctx.employee((1975, 1995))
    ctx.urban(k)
    illness = r.choice(ILLNESS[:4] + ILLNESS[7:8])
    lines = [
        f">{ctx.city}人第{r.randint(700, 900)}号",
        f">{wareki(dt.date(2024, 6, 28), 'spaced')}",
        f"〒{k.zip}",
        spaced_digits(k.address()),
        f"{k.name()} 様",
        f">任命権者 {ctx.city}長 {ctx.mayor}",
        "",
        "^休職処分書",
        "",
        "地方公務員法第28条第2項第1号の規定により、あなたを休職とします。",
        f"1 休職の期間　{wareki(dt.date(2024, 7, 1), 'spaced')}から{wareki(dt.date(2024, 12, 31), 'spaced')}まで",
        f"2 休職の事由　{illness}により長期の療養を要するため（主治医の診断書による）",
        "3 休職中の給与　給料、扶養手当及び地域手当のそれぞれ 100 分の 80",
        "療養に専念し、復職の際は主治医の意見書を添えて申し出てください。",
    ]
    docs.append(
        Doc(fam, "pdf", 3, ["name", "address", "health"], DocSpec(title="休職処分書"), post=letter_pdf(lines))
    )
    v = ctx.employee()
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    dt.date(2024, 5, 20),
                    [
                        (
                            "08:47",
                            s1,
                            f"{v.dept}の{v.name('')}さん、今日からお休みですか？決裁が止まってます",
                        ),
                        ("08:52", s2, "人事からの連絡では来週から休職になるそうです"),
                        (
                            "08:53",
                            s3,
                            f"診断書は{r.choice(['うつ病', '適応障害'])}で3か月、と聞いています。本人には連絡しないように、とのことです",
                        ),
                        ("08:55", s1, "わかりました。決裁は係長に回します"),
                    ],
                    f"{v.dept} 庶務",
                )
            ),
        )
    )
    w = ctx.employee()
    docs.append(
        Doc(
            fam,
            "odt",
            3,
            ["name", "health"],
            DocSpec(
                title="職場復帰支援 判定会議 記録",
                paragraphs=[
                    f"日時 {wareki(dt.date(2024, 7, r.randint(2, 16)))} 15:00～16:10　場所 人事課会議室",
                    f"出席 産業医 {ctx.staff()}、人事課長 {kacho}、{w.dept}長 {ctx.staff()}、保健師 {ctx.staff()}",
                    f"対象職員 {w.dept} {w.title} {w.name()}（職員番号 {w.emp_no}）",
                    "1 主治医意見書　双極性障害（II型）。令和6年1月から休職。現在は炭酸リチウムを服薬中で症状は安定。",
                    "2 試し出勤の状況　6月に計10日実施。遅刻・早退なし。午後に疲労感の訴えあり。",
                    "3 産業医意見　8月1日から復職可。当面3か月は時間外勤務を禁止し、窓口業務から外す。",
                    "4 判定　復職可（8月1日付）。1か月後に再面談。",
                ],
            ),
        )
    )
    return docs


def kenko(ctx: Ctx) -> list[Doc]:
    """Staff health: 定期健康診断, 人間ドック, ストレスチェック and the occupational-health nurse."""
    r, fam = ctx.rng, "kenko"
    docs: list[Doc] = []
    nurse, doctor = ctx.staff(), ctx.staff()
    # --- level 1 ---
    rows: list[list[Cell]] = [["所属", "受検者数", "仕事の量", None, "コントロール", None, "総合健康リスク"],
                              ["", "", "R5", "R6", "R5", "R6", "R6"]]  # fmt: skip
    for d in DEPTS[:18]:
        n = r.randint(4, 40)
        if n < 10:
            rows.append([d, n, "－", "－", "－", "－", "（10人未満のため非表示）"])
        else:
            rows.append([d, n, round(r.uniform(7, 11), 1), round(r.uniform(7, 11), 1), round(r.uniform(6, 9), 1),
                         round(r.uniform(6, 9), 1), r.randint(82, 128)])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("集団分析", rows, title="令和6年度 ストレスチェック 集団分析結果（所属別）", first_row=4),
    ]), post=merge_xlsx({"集団分析": ["C4:D4", "E4:F4", "A4:A5", "B4:B5"]}),
        note="group analysis by section; sections under 10 respondents suppressed"))  # fmt: skip
    bids = [ctx.company() for _ in range(3)]
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            ["corporate_number"],
            DocSpec(
                title="令和6年度 職員定期健康診断業務委託 入札結果",
                paragraphs=[
                    f"入札日 令和6年3月{r.randint(5, 15)}日　予定価格 {yen(r.randint(9, 14) * 1000000)}円（税抜）",
                    f"落札者 {bids[0][0]}（法人番号 {bids[0][1]}）",
                    f"担当 人事課 厚生係 {nurse}",
                ],
                tables=[
                    [
                        ["入札者", "法人番号", "入札金額（円）"],
                        *[[n, c, yen(r.randint(8, 13) * 1000000)] for n, c in bids],
                    ]
                ],
            ),
        )
    )
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
                    dt.date(2024, 5, 8),
                    [
                        ("10:02", s1, "健診バスは6/11～6/14、第2駐車場で確定しました"),
                        ("10:05", s2, "受付は2階会議室で、保健師さん2名体制でお願いします"),
                        ("10:06", s3, "問診票の配布は各課庶務経由で今週中に出します"),
                        (
                            "10:10",
                            s1,
                            f"健診機関の担当は{bids[0][0]}の{ctx.staff()}さんです。内線2145に連絡が来ます",
                        ),
                    ],
                    "人事課 厚生係",
                )
            ),
            note="staff arranging the check-up days among themselves: no private person",
        )
    )
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="第2回 安全衛生委員会",
                paragraphs=[
                    f"委員長 総務部長 {ctx.staff()}／産業医 {doctor}",
                    "令和5年度 定期健康診断 有所見率 "
                    f"{r.uniform(48, 62):.1f}%（前年度比 +{r.uniform(0.5, 3):.1f}ポイント）",
                    f"長時間勤務者（月80時間超）延べ {r.randint(8, 30)}人",
                    f"ストレスチェック受検率 {r.uniform(85, 96):.1f}%",
                    f"高ストレス者の割合 {r.uniform(9, 15):.1f}%",
                ],
                notes=["個別の職員の状況は委員会資料に載せないこと（産業医から指摘）"],
            ),
        )
    )
    rate: list[list[Cell]] = [["所属", "対象者", "受診者", "受診率"]]
    for d in DEPTS:
        n = r.randint(6, 60)
        m = r.randint(int(n * 0.8), n)
        rate.append([d, n, m, round(m / n, 3)])
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("受診率", rate, title="定期健康診断 所属別受診率（令和6年度）")]),
        )
    )
    # --- level 2 ---
    dock = ctx.employees(22, (1964, 1990))
    hos = [f"{ctx.city}医師会健診センター", "県民健康管理協会 健診プラザ", f"{ctx.city}中央病院 健康管理科"]
    masters: list[list[Cell]] = [["機関", "電話"]]
    masters += [[hh, ctx.tel()] for hh in hos]
    drow: list[list[Cell]] = [
        ["職員番号", "姓", "名", "セイ", "メイ", "生年月日", "受診機関", "受診予定日", "助成額"]
    ]
    for x in dock:
        drow.append([x.emp_no, x.sei, x.mei, x.sei_kana, x.mei_kana, x.birth, r.choice(hos),
                     dt.date(2024, r.randint(8, 11), r.randint(1, 28)), 20000])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    sheet("申込", drow, title="令和6年度 人間ドック受診助成 申込者一覧", first_row=3),
                    sheet("機関マスタ", masters, state="hidden"),
                ]
            ),
            note="who applied for the dock subsidy, with birth dates: no results",
        )
    )
    late = ctx.employees(16)
    lrow: list[list[Cell]] = [["所属", "職員番号", "氏名", "生年月日", "督促回数", "最終督促日", "内線"]]
    for x in late:
        lrow.append([x.dept, x.emp_no, x.name(), wareki(x.birth, "slash"), r.randint(1, 3), ymd(dt.date(2024, 7, r.randint(1, 12))),
                     r.randint(2100, 4899)])  # fmt: skip
    docs.append(Doc(fam, "xls", 2, ["name", "birth_date"], DocSpec(sheets=[sheet("未受診", lrow, title="定期健康診断 未受診者 督促一覧")]),
                    note="督促 here is a reminder to attend the check-up, not money owed"))  # fmt: skip
    mm = ctx.employee((1960, 1990))
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=mail(
        f"{mm.name()} <{r.choice(['hana', 'yuki', 'sora', 'mk'])}{r.randint(10, 99)}@example.ne.jp>", f"人事課 厚生係 {nurse}",
        dt.datetime(2024, 6, 5, 21, 14), "健診日の変更のお願い",
        ["人事課 厚生係 ご担当様", "", f"{mm.dept}の会計年度任用職員の{mm.name()}です。",
         "6月12日の健診ですが、勤務日ではないため6月14日に変更できますでしょうか。",
         f"職場のパソコンがないので、ご連絡はこちらのメールか携帯（{mm.phone}）にお願いします。", "", mm.name()],
    ))))  # fmt: skip
    u = ctx.employee()
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(
                title="特定健診・がん検診 予約受付票",
                tables=[
                    [
                        ["受付日", ymd(dt.date(2024, 5, r.randint(7, 28)))],
                        ["氏名", u.name()],
                        ["フリガナ", u.kana],
                        ["生年月日", wareki(u.birth)],
                        ["連絡先", u.phone],
                        ["所属", u.dept],
                        ["希望日", f"6月{r.randint(11, 14)}日 午前"],
                        ["受付者", f"厚生係 {ctx.staff()}"],
                    ]
                ],
            ),
        )
    )
    # --- level 3 ---
    res = ctx.employees(r.randint(106, 122))
    prow = []
    for x in res:
        sys_bp, ldl, a1c = r.randint(102, 172), r.randint(80, 190), round(r.uniform(4.9, 8.4), 1)
        judge = (
            "要精密"
            if sys_bp > 160 or a1c > 7.5
            else "要指導"
            if sys_bp > 140 or ldl > 160 or a1c > 6.4
            else "異常なし"
        )
        prow.append(
            [
                x.emp_no,
                x.name(),
                wareki(x.birth, "short"),
                x.dept,
                f"{sys_bp}/{r.randint(60, 104)}",
                str(ldl),
                str(a1c),
                judge,
            ]
        )
    cols = [("職員番号", 30), ("氏名", 85), ("生年月日", 160), ("所属", 215), ("血圧", 310), ("LDL", 370), ("HbA1c", 420),
            ("総合判定", 480)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["name", "birth_date", "health"], DocSpec(title="健診結果一覧"),
                    post=system_print("令和6年度 定期健康診断 結果一覧", f"{ctx.city} 職員健康管理システム KNK0500", cols, prow, 30,
                                      "抽出条件：受診済　並び順：職員番号")))  # fmt: skip
    hi = ctx.employees(r.randint(14, 22))
    hrow: list[list[Cell]] = [
        ["職員番号", "氏名", "所属", "ストレス反応", "仕事の負担", "周囲の支援", "判定", "面接指導"]
    ]
    for x in hi:
        hrow.append([x.emp_no, x.name(), x.dept, r.randint(63, 90), r.randint(30, 45), r.randint(6, 14), "高ストレス",
                     r.choice(["希望", "希望しない", "未回答"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 3, ["name", "health"], DocSpec(sheets=[sheet("高ストレス者", hrow)])))
    t = ctx.employee((1970, 1996))
    diag = r.choice(["うつ病", "不安障害", "適応障害"])
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "health"],
            DocSpec(
                title="保健師面談記録",
                paragraphs=[
                    f"面談日 {wareki(dt.date(2024, 7, r.randint(1, 12)))}　場所 健康相談室",
                    f"対象 {t.dept}　{t.name()}　（長時間勤務者 面接指導後のフォロー）",
                    "4月の異動後から業務量が多く、5月は時間外が月90時間を超えた。本人は「慣れれば大丈夫」と話す。",
                    "家族構成は配偶者と子2人。週末は子の部活動の送迎があり、休めている感覚はないとのこと。",
                    "表情はやや硬いが、受け答えははっきりしている。食事は1日2回、昼は抜くことが多い。",
                    f"6月から寝つきが悪く、夜中に2、3回目が覚める。先月、近医の心療内科を受診し、{diag}と診断された。",
                    "現在、睡眠導入剤と抗うつ薬を服用中。主治医からは休職も選択肢と言われているが、本人は迷っている。",
                    f"方針：産業医面談（{doctor}医師）を7月中に設定。所属長には本人の同意を得た範囲で業務量の調整を依頼する。",
                ],
                textboxes=[f"記録者：保健師 {nurse}　（取扱注意・人事課厚生係保管）"],
            ),
            note="the person is named once at the top; the diagnosis comes paragraphs later",
        )
    )
    z = ctx.employee()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    dt.date(2024, 6, 21),
                    [
                        (
                            "12:31",
                            s1,
                            f"{z.dept}の{z.name('')}さん、ストレスチェック後の面談に来なかったです",
                        ),
                        ("12:35", s2, "本人から電話がありました。夜眠れなくて朝起きられないそうです"),
                        ("12:36", s2, "先週からメンタルクリニックで睡眠薬を処方されているとのこと"),
                        ("12:40", s1, "来週、産業医面談を入れます。所属には詳細は伏せておきます"),
                    ],
                    "厚生係（保健師）",
                )
            ),
        )
    )
    fol = ctx.employees(9)
    cnt: list[list[Cell]] = [
        ["区分", "人数"],
        ["受診者", r.randint(480, 620)],
        ["要精密", len(fol)],
        ["要指導", r.randint(120, 200)],
    ]
    frow: list[list[Cell]] = [["職員番号", "氏名", "生年月日", "所属", "所見", "精密検査"]]
    for x in fol:
        frow.append([x.emp_no, x.name(), x.birth, x.dept, r.choice(["心電図 心房細動", "胸部X線 結節影", "便潜血 陽性",
                     "HbA1c 8.2%（糖尿病疑い）", "眼底 高血圧性変化", "肝機能 AST/ALT 高値"]), r.choice(["受診済", "未受診"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "birth_date", "health"],
            DocSpec(
                sheets=[
                    sheet("集計", cnt, title="健診 事後措置 集計"),
                    sheet("要精密", frow, state="hidden"),
                ]
            ),
            note="the visible sheet holds counts; the hidden one names staff with their findings",
        )
    )
    return docs


def kosei(ctx: Ctx) -> list[Doc]:
    """Staff welfare: 共済組合 and the 職員互助会 with its loans and their arrears."""
    r, fam = ctx.rng, "kosei"
    docs: list[Doc] = []
    tanto = ctx.staff()
    office = ctx.office_phone(3)
    # --- level 1 ---
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}職員互助会 事業のご案内（令和6年度）",
                paragraphs=[
                    "1 給付事業　結婚祝金 30,000円、入学祝金 10,000円、永年勤続記念品、弔慰金",
                    "2 貸付事業　一般貸付（限度額50万円、年利1.5％、最長60回）、住宅貸付（限度額200万円）",
                    "　返済は給与からの控除により行います。休職等で控除できない月は、口座振替又は窓口で納付してください。",
                    "3 健康増進事業　人間ドック受診助成、スポーツクラブ法人会員",
                    f"問合せ　互助会事務局（人事課厚生係内）{tanto}　{office}",
                ],
            ),
        )
    )
    nums = failing_numbers(r, 28, "06")
    rec: list[list[Cell]] = [["受付番号", "受付日", "所属コード", "貸付種別", "申込額", "決定額", "状態"]]
    for num in nums:
        amt = r.randint(10, 200) * 10000
        rec.append([num, ymd(dt.date(2024, r.randint(4, 7), r.randint(1, 28))), f"{r.randint(10, 89)}0",
                    r.choice(["普通貸付", "住宅貸付", "災害貸付", "特別貸付（修学）"]), amt, amt if r.random() < 0.8 else "",
                    r.choice(["決定", "決定", "審査中", "取下げ"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("貸付受付簿", rec)]),
            note="共済 loan 受付番号, all 12-digit and all failing the check digit; no borrower named",
        )
    )
    rep: list[list[Cell]] = [["区分", "一般貸付", None, "住宅貸付", None],
                             ["", "件数", "残高（千円）", "件数", "残高（千円）"],
                             ["貸付中", r.randint(80, 140), r.randint(20000, 40000), r.randint(10, 30), r.randint(20000, 50000)],
                             ["うち返済遅延", r.randint(3, 9), r.randint(800, 2500), r.randint(0, 2), r.randint(0, 3000)],
                             ["うち休職等による猶予", r.randint(1, 4), r.randint(200, 900), 0, 0]]  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], DocSpec(sheets=[
        sheet("貸付状況", rep, title="互助会 貸付金の状況（令和6年6月末）　理事会資料3", first_row=4),
    ]), post=merge_xlsx({"貸付状況": ["B4:C4", "D4:E4", "A4:A5"]}),
        note="返済遅延 as counts and totals only: no borrower"))  # fmt: skip
    fac: list[list[Cell]] = [["契約施設", "法人番号", "所在地", "会員料金", "申込方法"]]
    for _ in range(7):
        name, num = ctx.company()
        fac.append([name, num, ctx.biz_address(), f"{r.randint(3, 9)},{r.randint(0, 9)}00円", "会員証提示"])
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("契約施設", fac, title="福利厚生 契約施設一覧")]),
        )
    )
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="職員互助会 入会申込書（記入例）",
                tables=[
                    [
                        ["項目", "記入例"],
                        ["氏名", SAMPLE_NAMES[2]],
                        ["フリガナ", "キニュウ イチロウ"],
                        ["生年月日", "平成8年7月7日"],
                        ["住所", f"{ctx.city}△△町2丁目3番4号"],
                        ["所属", "○○課"],
                        ["掛金", "給料月額の1000分の5（給与から控除）"],
                    ]
                ],
                paragraphs=["※記入例の氏名・生年月日・住所は架空です。"],
            ),
            note="記入例 with a sample name, birth date and address",
        )
    )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="職員互助会 第1回理事会 議事録",
                paragraphs=[
                    f"日時 令和6年5月{r.randint(10, 24)}日 15:30　場所 第3会議室",
                    f"出席 理事長 {ctx.staff()}（副市長）、理事 {ctx.staff()}（総務部長）、理事 {ctx.staff()}（職員代表）、"
                    f"監事 {ctx.staff()}、事務局 {tanto}",
                    "議題1 令和5年度決算　原案どおり承認",
                    "議題2 貸付金の返済遅延への対応　遅延7件について事務局から状況説明。個別の氏名は資料に載せず、"
                    "理事長と事務局で対応を協議することとした。",
                    "議題3 結婚祝金の増額　次回に継続審議",
                ],
            ),
            note="officers in role; arrears discussed as a count only",
        )
    )
    # --- level 2 ---
    p = ctx.employee((1990, 2003))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="職員互助会 入会申込書",
                paragraphs=["職員互助会長 様", "互助会に入会したいので申し込みます。"],
                tables=[
                    [
                        ["氏名", p.name()],
                        ["フリガナ", p.kana],
                        ["生年月日", wareki(p.birth)],
                        ["住所", f"〒{p.zip} {p.address()}"],
                        ["電話", p.phone],
                        ["所属", p.dept],
                        ["採用日", wareki(dt.date(2024, 4, 1))],
                    ]
                ],
            ),
        )
    )
    q = ctx.employee((1975, 1995))
    deps: list[list[str]] = [["氏名", "続柄", "生年月日", "職業", "年間収入見込"]]
    for rel in ("妻" if q.sex == "男" else "夫", "長女", "二男"):
        born = (1976, 1995) if rel in ("妻", "夫") else (2010, 2022)
        mei = r.choice(MALE if rel in ("夫", "二男") else FEMALE)[0]
        d = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        deps.append([f"{q.sei} {mei}", rel, wareki(d), "パート" if rel in ("妻", "夫") else "学生",
                     f"{r.randint(40, 120)}万円" if rel in ("妻", "夫") else "0円"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "birth_date", "income"],
            DocSpec(
                title="被扶養者申告書（共済組合）",
                paragraphs=[f"組合員 {q.name()}（{q.dept}）", "次の者を被扶養者として申告します。"],
                tables=[deps],
            ),
        )
    )
    gifts = ctx.employees(18, (1970, 2000))
    grow: list[list[Cell]] = [["給付種別", "職員番号", "氏名", "所属", "送付先住所", "金額", "支給日"]]
    for x in gifts:
        kind = r.choice(["結婚祝金", "入学祝金", "永年勤続"])
        grow.append([kind, x.emp_no, x.name(), x.dept, x.address(), {"結婚祝金": 30000, "入学祝金": 10000}.get(kind, 20000),
                     dt.date(2024, r.randint(4, 7), 20)])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "給付",
                        grow,
                        title="互助会 給付金支給一覧（令和6年4月～7月）",
                        first_row=3,
                        number_formats={5: "#,##0"},
                    ),
                ]
            ),
        )
    )
    w = ctx.employee()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    dt.date(2024, 2, 9),
                    [
                        (
                            "",
                            s1,
                            f"{w.dept}の{w.name('')}さんのお父様が亡くなられたそうです。互助会から弔電と供花を出します",
                        ),
                        ("", s2, f"通夜はご自宅でとのことです。送り先は {w.address()} です"),
                        ("", s1, "ありがとうございます。弔慰金の申請書は来週本人に渡します"),
                    ],
                    "互助会事務局",
                )
            ),
        )
    )
    # --- level 3 ---
    mem = ctx.employees(r.randint(124, 140))
    prow = [[f"G{int(x.emp_no):06d}", x.name(), x.dept, x.address(), x.phone] for x in mem]
    cols = [("会員番号", 30), ("氏名", 95), ("所属", 170), ("住所", 260), ("電話", 560)]
    docs.append(Doc(fam, "pdf", 3, ["name", "address", "phone"], DocSpec(title="互助会会員名簿"),
                    post=system_print("職員互助会 会員名簿", f"{ctx.city}職員互助会 会員管理システム", cols, prow, 34,
                                      "基準日 2024/07/01　全会員")))  # fmt: skip
    debtor = ctx.employee()
    ctx.urban(debtor)
    owed = r.randint(3, 9) * 12000
    lines = [
        f">{ctx.city}互助第{r.randint(40, 99)}号",
        f">{wareki(dt.date(2024, 7, 5), 'spaced')}",
        f"〒{debtor.zip}",
        spaced_digits(debtor.address()),
        f"{debtor.name()} 様",
        f">{ctx.city}職員互助会長 {ctx.staff()}",
        "",
        "^貸付金返済金の納付について（督促）",
        "",
        "あなたに貸し付けた一般貸付金の返済が、下記のとおり遅延しています。",
        "休職中のため給与からの控除ができない期間の返済金です。",
        f"1 遅延している返済金　{yen(owed)} 円（{spaced_digits('令和6年4月分から6月分まで')}）",
        f"2 納付期限　{wareki(dt.date(2024, 7, 31), 'spaced')}",
        "3 納付方法　同封の納付書により金融機関で納付してください。",
        "期限までに納付がない場合は、連帯保証人に請求することがあります。",
        f"互助会事務局　{tanto}　電話 {office}",
    ]
    docs.append(
        Doc(fam, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="督促"), post=letter_pdf(lines))
    )
    late = ctx.employees(r.randint(6, 9))
    lrow: list[list[Cell]] = [
        ["会員番号", "氏名", "所属", "貸付種別", "貸付残高", "遅延月数", "遅延額", "備考"]
    ]
    for x in late:
        m = r.randint(1, 6)
        lrow.append([f"G{int(x.emp_no):06d}", x.name(), x.dept, r.choice(["一般", "住宅"]), r.randint(10, 180) * 10000, m,
                     m * r.randint(8, 25) * 1000, r.choice(["休職中", "分納相談中", "連絡つかず", "退職予定"])])  # fmt: skip
    hist: list[list[Cell]] = [["会員番号", "督促日", "方法"]]
    for x in late:
        hist.append(
            [
                f"G{int(x.emp_no):06d}",
                ymd(dt.date(2024, r.randint(4, 7), r.randint(1, 28))),
                r.choice(["文書", "電話"]),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "遅延者",
                        pad(28, lrow),
                        title="貸付金 返済遅延者一覧（理事長・事務局限り）",
                        first_row=6,
                    ),
                    sheet("督促履歴", hist, state="hidden"),
                ]
            ),
            note="named borrowers with their repayment arrears, data starting in column AC",
        )
    )
    e = ctx.employee((1996, 2003))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "birth_date", "my_number"],
            DocSpec(
                title="組合員資格取得届書",
                paragraphs=[
                    f"{ctx.pref}市町村職員共済組合 理事長 様",
                    f"所属所名 {ctx.city}　所属所長 {ctx.mayor}",
                ],
                tables=[
                    [
                        ["氏名", e.name()],
                        ["フリガナ", e.kana],
                        ["生年月日", wareki(e.birth)],
                        ["性別", e.sex],
                        ["住所", f"〒{e.zip} {e.address()}"],
                        ["資格取得年月日", wareki(dt.date(2024, 4, 1))],
                        ["職名", e.title],
                    ]
                ],
                header=f"番号 {grouped(ctx.mynumber())}",
            ),
            note="the new member's My Number in the Word header labelled only 番号",
        )
    )
    return docs


def gikai(ctx: Ctx) -> list[Doc]:
    """The council: 議員名簿, 会議録, 政務活動費 and the 議会事務局's own staff."""
    r, fam = ctx.rng, "gikai"
    docs: list[Doc] = []
    kyoku = ctx.staff()
    office = ctx.office_phone(5)
    factions = ["市民クラブ", "新政会", "公明党", "日本共産党", "無所属の会"]
    council = [ctx.staff() for _ in range(22)]
    council[0] = ctx.chair
    # --- level 1 ---
    mrow: list[list[Cell]] = [["議席番号", "氏名", "会派", "当選回数", "所属常任委員会", "役職", "連絡先"]]
    for i, name in enumerate(council, start=1):
        mrow.append([i, name, r.choice(factions), r.randint(1, 7), r.choice(["総務常任委員会", "文教厚生常任委員会", "産業建設常任委員会"]),
                     "議長" if i == 1 else "副議長" if i == 2 else "", f"{ctx.city}議会事務局 {office}"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "議員名簿",
                        mrow,
                        title=f"{ctx.city}議会 議員名簿（令和6年7月1日現在）　{ctx.hall}",
                        first_row=3,
                    ),
                ]
            ),
            note="council members in their public role with the council's address and phone",
        )
    )
    speak = [
        f"○議長（{ctx.chair}君）　これより本日の会議を開きます。日程第1、一般質問を行います。{council[5]}君。",
        f"○{council[5]}君　おはようございます。会計年度任用職員の処遇改善について伺います。",
        "本市の会計年度任用職員は何人で、うち勤勉手当の支給対象は何人でしょうか。",
        f"○議長（{ctx.chair}君）　総務部長。",
        f"○総務部長（{ctx.staff()}君）　お答えします。令和6年4月1日現在、{r.randint(280, 420)}人であり、",
        "勤勉手当は週15時間30分以上勤務する職員を対象としております。",
        f"○議長（{ctx.chair}君）　{council[5]}君。",
        f"○{council[5]}君　職員の病気休職者が増えていると聞きます。メンタルヘルス対策はどうなっていますか。",
        f"○市長（{ctx.mayor}君）　病気休職者は昨年度{r.randint(8, 16)}人で、その半数以上が精神疾患でございます。",
        "産業医・保健師による面談体制を強化してまいります。",
        f"○議長（{ctx.chair}君）　以上で一般質問を終わります。本日はこれにて散会いたします。",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"令和6年6月 {ctx.city}議会定例会 会議録（第3号）",
                paragraphs=speak,
                footer=f"{ctx.city}議会",
            ),
            note="published minutes naming members, the mayor and officers in their roles; illness as a count",
        )
    )
    pay: list[list[Cell]] = [["議員・会派", "支出日", "科目", "支出先", "支出先法人番号", "金額", "内容"]]
    for _ in range(10):
        name, num = ctx.company()
        pay.append([r.choice(council[2:]), ymd(dt.date(2024, r.randint(4, 6), r.randint(1, 28))),
                    r.choice(["広報広聴費", "資料作成費", "調査研究費", "研修費"]), name, num, r.randint(5, 180) * 1000,
                    r.choice(["市政報告印刷", "視察 交通費", "研修会参加費", "資料印刷"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("政務活動費", pay)]),
            note="published 政務活動費 spending: members in role, payees are companies",
        )
    )
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="議会報告会 2024　～議会からのご報告～",
                paragraphs=[
                    f"議長 {ctx.chair}",
                    f"総務常任委員長 {council[3]}",
                    f"文教厚生常任委員長 {council[6]}",
                    "6月定例会の審議結果　議案 18件 可決、請願 2件（採択1・不採択1）",
                    "会計年度任用職員の処遇に関する意見書を可決しました",
                    f"議会事務局 {office}",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}議会だより 第{r.randint(150, 210)}号 原稿（一般質問）",
                paragraphs=[
                    f"{council[5]} 議員（{r.choice(factions)}）",
                    "問　会計年度任用職員の処遇改善は。　答（総務部長）勤勉手当の支給を開始した。",
                    f"{council[8]} 議員（{r.choice(factions)}）",
                    "問　職員採用試験の受験者が減っているが。　答（市長）オンライン面接と通年募集を導入する。",
                    f"{council[11]} 議員（{r.choice(factions)}）",
                    "問　議会のデジタル化は。　答（議長）タブレット端末を導入し、ペーパーレス化を進める。",
                ],
            ),
        )
    )
    sched = [["月日", "曜", "時刻", "会議", "内容"]]
    for i, (day, kind) in enumerate([(3, "本会議"), (10, "本会議"), (11, "本会議"), (13, "総務常任委員会"),
                                     (14, "文教厚生常任委員会"), (17, "産業建設常任委員会"), (24, "本会議")]):  # fmt: skip
        sched.append([f"6月{day}日", "月火水木金土日"[dt.date(2024, 6, day).weekday()], "10:00", kind,
                      ["開会・議案上程", "一般質問", "一般質問", "付託議案審査", "付託議案審査", "付託議案審査", "委員長報告・採決・閉会"][i]])  # fmt: skip
    docs.append(Doc(fam, "txt-cp932", 1, [], DocSpec(title=f"令和6年6月{ctx.city}議会定例会 会期日程", tables=[sched],
                                                     paragraphs=[f"傍聴のお問合せ　議会事務局 {office}"])))  # fmt: skip
    # --- level 2 ---
    homes = [(name, ctx.person((1948, 1985))) for name in council]
    hrow: list[list[Cell]] = [["議席", "氏名", "自宅住所", "自宅電話", "携帯電話", "緊急時連絡順"]]
    for i, (name, h) in enumerate(homes, start=1):
        hrow.append(
            [
                i,
                name,
                h.address(),
                ctx.tel(),
                f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                i,
            ]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("連絡網", hrow, title="議員 緊急連絡網（事務局内限り）", first_row=8),
                ]
            ),
            note="members' home addresses and private phones for emergencies: private capacity, not their public role",
        )
    )
    s = ctx.person((1955, 1990))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                title="参考人としての出席について（依頼）",
                paragraphs=[
                    f"{ctx.city}議第{r.randint(40, 99)}号",
                    wareki(dt.date(2024, 8, 2)),
                    f"〒{s.zip}",
                    s.address(),
                    f"{s.name()} 様",
                    f"{ctx.city}議会 文教厚生常任委員長 {council[6]}",
                    "本委員会で審査中の陳情について、陳情者であるあなたから意見を伺いたく、参考人として出席をお願いします。",
                    f"日時　令和6年8月{r.randint(20, 28)}日 13:30　場所　第1委員会室",
                    f"連絡先　議会事務局 {kyoku} {office}",
                ],
            ),
        )
    )
    lord = ctx.person((1940, 1970))
    member = council[r.randint(4, 20)]
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="事務所賃貸借契約書（写）　政務活動費 収支報告書 添付書類",
                paragraphs=[
                    f"貸主 {lord.name()}（住所 {lord.address()}）を甲とし、借主 {member}を乙として、次のとおり契約する。",
                    f"第1条 甲は、その所有する {ctx.biz_address()} の建物1階部分を、乙の議員活動事務所として賃貸する。",
                    f"第2条 賃料は月額{yen(r.randint(40, 90) * 1000)}円とし、毎月末日までに甲の指定する口座に振り込む。",
                    "第3条 契約期間は令和6年4月1日から令和8年3月31日までとする。",
                ],
            ),
            note="the member acts in role; the private landlord's name and home address make it 2",
        )
    )
    att = ctx.people(24, (1950, 2000))
    arow: list[list[Cell]] = [["受付", "氏名", "電話番号", "地区", "参加人数", "手話通訳"]]
    for i, x in enumerate(att, start=1):
        arow.append([i, x.name(), x.phone, x.town, r.randint(1, 3), r.choice(["不要", "不要", "要"])])
    docs.append(Doc(fam, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("申込", arow)])))
    # --- level 3 ---
    subs = ctx.people(r.randint(112, 128), (1940, 1995))
    srow: list[list[Cell]] = [["No", "氏名", "郵便番号", "住所", "部数", "登録日"]]
    for i, x in enumerate(subs, start=1):
        srow.append(
            [i, x.name(), x.zip, x.address(), 1, ymd(dt.date(r.randint(2015, 2024), r.randint(1, 12), 1))]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            3,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet("郵送先", srow, title="議会だより 郵送希望者名簿"),
                ]
            ),
            note="more than 100 residents with home addresses (mailing list)",
        )
    )
    sick = council[r.randint(4, 20)]
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "health"],
            DocSpec(
                title="欠席届",
                paragraphs=[
                    f"{ctx.city}議会議長 {ctx.chair} 様",
                    f"議員 {sick}",
                    "次のとおり会議を欠席しますので届け出ます。",
                    "欠席する会議　令和6年6月定例会（6月10日から6月24日まで）",
                    "理由　入院加療のため（診断書添付）",
                    f"添付　診断書：病名 {r.choice(['胃がん', '急性心筋梗塞', '脳梗塞'])}。6月5日入院、手術予定。約4週間の入院加療を要する。",
                ],
            ),
            note="a council member's diagnosis is health data about the person, whatever the public role",
        )
    )
    staff = ctx.employees(8)
    vrow: list[list[Cell]] = [["職員番号", "氏名", "年休", "夏季", "病休", "特休"]]
    hrow2: list[list[Cell]] = [["職員番号", "氏名", "病休期間", "傷病名", "診断書"]]
    for x in staff:
        vrow.append(
            [x.emp_no, x.name(), r.randint(2, 12), r.randint(0, 5), r.randint(0, 20), r.randint(0, 3)]
        )
    for x in r.sample(staff, 3):
        hrow2.append([x.emp_no, x.name(), f"{r.randint(4, 6)}/{r.randint(1, 20)}～{r.randint(6, 7)}/{r.randint(1, 28)}",
                      r.choice(ILLNESS), "提出済"])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(
                sheets=[
                    sheet("休暇取得", vrow, title="議会事務局 休暇取得状況（令和6年度上期）"),
                    sheet("病休", hrow2, state="hidden"),
                ]
            ),
            note="the 事務局's own staff: their sick-leave diagnoses on a hidden sheet",
        )
    )
    v = ctx.person((1950, 1990))
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "health"],
            DocSpec(
                title="総務常任委員会（秘密会）記録　取扱注意",
                paragraphs=[
                    f"委員長（{council[3]}君）　これより秘密会とします。議案第42号 損害賠償の額を定めることについて。",
                    f"総務課長（{ctx.staff()}君）　本件は、令和5年11月、市道の陥没により、{v.town}在住の{v.name()}さんが",
                    "自転車で転倒した事故です。同氏は右大腿骨頸部骨折により2か月入院し、",
                    "股関節の可動域制限で後遺障害12級の認定を受けています。賠償額は治療費を含め"
                    f"{yen(r.randint(300, 900) * 10000)}円です。",
                    f"委員（{council[9]}君）　過失割合はどう判断したのですか。",
                    "総務課長　保険会社の算定により、市9割、本人1割としました。",
                ],
                footer="非公開",
            ),
            note="closed-session minutes naming the injured resident and the injury",
        )
    )
    return docs


def seigan(ctx: Ctx) -> list[Doc]:
    """傍聴, 請願 and 陳情 at the council's desk."""
    r, fam = ctx.rng, "seigan"
    docs: list[Doc] = []
    kyoku = ctx.staff()
    office = ctx.office_phone(5)
    # --- level 1 ---
    pet = ctx.person((1950, 1985))
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            ["name"],
            DocSpec(
                title="請願文書表（令和6年6月定例会）",
                tables=[
                    [
                        ["受理番号", "件名", "請願者", "紹介議員", "要旨"],
                        [
                            "請願第3号",
                            "市職員の会計年度任用職員の待遇改善を求める請願",
                            pet.name(),
                            f"{ctx.staff()}、{ctx.staff()}",
                            "会計年度任用職員にも常勤職員と同等の休暇制度を設けること",
                        ],
                        [
                            "請願第4号",
                            "市役所駐車場の有料化撤回を求める請願",
                            f"{ctx.city}商工団体連合会 会長 {ctx.staff()}",
                            ctx.staff(),
                            "来庁者駐車場の有料化を撤回すること",
                        ],
                    ]
                ],
                paragraphs=["議会ホームページ掲載用（請願者の住所は掲載しない）"],
            ),
            note="published petition summary: the petitioner's name only, without address, so 1",
        )
    )
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}議会 傍聴のご案内",
                paragraphs=[
                    "本会議・委員会はどなたでも傍聴できます。",
                    "傍聴を希望する方は、議会棟3階の受付で傍聴券を受け取り、住所と氏名を記入してください。",
                    "傍聴席は 60 席です。先着順となります。",
                    "撮影・録音は議長の許可が必要です。",
                    f"車いす用の席、難聴の方の補聴器（ヒアリングループ）があります。　問合せ {ctx.city}議会事務局 {office}",
                ],
            ),
        )
    )
    st: list[list[Cell]] = [["年度", "本会議傍聴者", "委員会傍聴者", "請願受理", "採択", "陳情受理"]]
    for y in range(1, 7):
        st.append(
            [
                f"令和{y}年度",
                r.randint(150, 600),
                r.randint(20, 140),
                r.randint(2, 9),
                r.randint(0, 4),
                r.randint(5, 20),
            ]
        )
    docs.append(
        Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("統計", st, title="傍聴者数と請願・陳情の件数")]))
    )
    crow: list[list[Cell]] = [["受理番号", "件名", "提出者", "付託委員会", "結果"]]
    for i in range(1, 13):
        crow.append([f"陳情第{i}号", r.choice(["職員の時間外勤務縮減", "議会の夜間開催", "市職員定数の見直し", "庁舎内の禁煙徹底",
                     "議員定数の削減", "議会中継の字幕付与"]) + "を求める陳情",
                     f"{r.choice(['市民の会', '職員労働組合', '地区自治会連合会', '商店会'])} 代表 {ctx.staff()}",
                     r.choice(["総務常任委員会", "文教厚生常任委員会"]), r.choice(["採択", "不採択", "継続審査", "趣旨採択"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("陳情", crow, title="陳情 処理一覧（令和5年度～令和6年度）", first_row=3),
                ]
            ),
            note="陳情 filed by groups, their 代表 named in role",
        )
    )
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="請願書（記入例）",
                paragraphs=[
                    f"{ctx.city}議会議長 様",
                    "件名　○○を求める請願",
                    "請願の趣旨　（具体的に記入してください）",
                    f"請願者　住所 {ctx.city}○○町1丁目1番1号　氏名 {SAMPLE_NAMES[3]}　（記入例）",
                    "紹介議員　（議員1人以上の署名又は記名押印）",
                ],
            ),
            note="記入例 with a sample name",
        )
    )
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(
                title="傍聴・請願に関するよくある質問",
                paragraphs=[
                    "Q 傍聴券に書いた住所や氏名は公開されますか。",
                    "A 公開しません。受付簿は議会事務局で1年間保管した後、廃棄します。",
                    "Q 請願と陳情の違いは。",
                    "A 請願には紹介議員が必要です。陳情には不要です。",
                    "Q 請願者の住所はホームページに載りますか。",
                    "A 載りません。件名、要旨、請願者の氏名（団体名）のみ掲載します。",
                    f"問合せ　議会事務局 議事調査係 {kyoku}",
                ],
            ),
        )
    )
    # --- level 2 ---
    p = ctx.person((1950, 1990))
    ctx.urban(p)
    lines = [
        f">{ctx.city}議第{r.randint(100, 200)}号",
        f">{wareki(dt.date(2024, 6, 4), 'spaced')}",
        f"〒{p.zip}",
        spaced_digits(p.address()),
        f"{p.name()} 様",
        f">{ctx.city}議会議長 {ctx.chair}",
        "",
        "^請願書の受理について（通知）",
        "",
        f"{wareki(dt.date(2024, 5, 28), 'spaced')}付けで提出のあった請願書は、下記のとおり受理しましたので通知します。",
        "記",
        f"1 受理番号　請願第 {r.randint(3, 6)} 号",
        "2 件名　市職員の会計年度任用職員の待遇改善を求める請願",
        "3 付託委員会　総務常任委員会（6 月 13 日 審査予定）",
        f"問合せ　議会事務局 {kyoku}　電話 {office}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["name", "address"], DocSpec(title="受理通知"), post=letter_pdf(lines)))
    vis = ctx.people(38, (1945, 2004))
    vrow: list[list[Cell]] = [["傍聴券番号", "住所", "氏名", "会議", "入場時刻"]]
    for i, x in enumerate(vis, start=1):
        vrow.append(
            [i, x.address(), x.name(), "本会議（一般質問）", f"{r.randint(9, 14)}:{r.randint(0, 59):02d}"]
        )
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet("6月11日", vrow, title="傍聴人受付簿　令和6年6月11日", first_row=3),
                ]
            ),
        )
    )
    c = ctx.person((1950, 1985))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="陳情書",
                paragraphs=[
                    f"{ctx.city}議会議長 {ctx.chair} 様",
                    wareki(dt.date(2024, 5, r.randint(1, 28))),
                    "件名　市役所本庁舎の窓口開庁時間の延長を求める陳情",
                    "趣旨　共働き世帯が平日の日中に来庁することは難しく、月2回程度の夜間窓口の開設を求めます。",
                    f"陳情者　住所 {c.address()}",
                    f"　　　　氏名 {c.name()}",
                    f"　　　　電話 {c.phone}",
                ],
            ),
        )
    )
    m = ctx.person((1950, 1985))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    dt.date(2024, 6, 17),
                    [
                        ("13:02", s1, f"陳情者の{m.name('')}さんに審査結果の通知を出します"),
                        (
                            "13:05",
                            s2,
                            f"陳情書の住所は旧住所です。今は {m.address()} に転居したと電話がありました",
                        ),
                        ("13:06", s1, "新しい方に送ります"),
                    ],
                    "議会事務局 議事係",
                )
            ),
        )
    )
    intro = ctx.people(7, (1945, 1990))
    irow: list[list[Cell]] = [["受理番号", "件名", "請願者住所", "請願者氏名", "紹介議員"]]
    for i, x in enumerate(intro, start=1):
        irow.append([f"請願第{i}号", r.choice(["職員の時間外勤務の縮減", "議会のインターネット中継", "市民プールの存続"]) + "を求める請願",
                     x.address(), x.name(), ctx.staff()])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("請願", irow, title="請願受理簿（事務局用）")]),
        )
    )
    # --- level 3 ---
    sig = ctx.people(r.randint(118, 140), (1940, 2005))
    prow = [[f"{i:04d}", x.name(), x.address()] for i, x in enumerate(sig, start=1)]
    cols = [("整理番号", 40), ("氏名", 110), ("住所", 230)]
    docs.append(Doc(fam, "pdf", 3, ["name", "address"], DocSpec(title="署名簿"),
                    post=system_print("請願署名簿（入力データ）", f"{ctx.city}議会事務局 署名集計", cols, prow, 35,
                                      "請願第3号　会計年度任用職員の待遇改善を求める請願　署名者"),
                    note="more than 100 signatories with home addresses, typed in from the petition's 署名簿"))  # fmt: skip
    h = ctx.person((1955, 1980))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["name", "address", "arrears", "health"],
            DocSpec(
                title="陳情書",
                paragraphs=[
                    f"{ctx.city}議会議長 様",
                    "件名　国民健康保険税の減免基準の拡大を求める陳情",
                    "私は令和4年から人工透析を週3回受けており、仕事を辞めざるを得ませんでした。",
                    f"国民健康保険税を令和5年度分から滞納しており、現在{yen(r.randint(20, 60) * 10000)}円の督促を受けています。",
                    "病気で収入がなくなった世帯への減免基準を広げてください。",
                    f"陳情者　{h.address()}　{h.name()}",
                ],
                textboxes=[f"受付 {ymd(dt.date(2024, 5, 30))} 議会事務局"],
            ),
            note="the resident writes of their own dialysis and tax arrears",
        )
    )
    q = ctx.person((1960, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    body = mail(f"{s1}（議会事務局）", f"{s2}（議会事務局長）", dt.datetime(2024, 6, 19, 11, 3), "RE: RE: 陳情者からの電話",
                ["局長", "", "本人の了解を得て、委員長に口頭で伝えます。資料には載せません。", "", s1],
                [[f"差出人: {s2}", "件名: RE: 陳情者からの電話", "", "委員会で配慮が必要ということですか。"],
                 [f"差出人: {s1}", "件名: 陳情者からの電話", "",
                  f"陳情第7号の{q.name()}さんから電話がありました。",
                  "ご本人は統合失調症で精神障害者保健福祉手帳2級をお持ちとのことで、",
                  "委員会で意見陳述をする際は、付き添いの方の同席を希望されています。"]])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["name", "health"],
            DocSpec(paragraphs=body),
            note="the illness is in the quoted original below two replies",
        )
    )
    year = ctx.people(r.randint(104, 115), (1940, 2005))
    yrow: list[list[Cell]] = [["日付", "傍聴券番号", "住所", "氏名", "会議"]]
    for i, x in enumerate(year, start=1):
        yrow.append([ymd(dt.date(2024 if i < 60 else 2023, r.randint(1, 12), r.randint(1, 28))), i, x.address(), x.name(),
                     r.choice(["本会議", "総務常任委員会", "予算特別委員会"])])  # fmt: skip
    docs.append(Doc(fam, "xls", 3, ["name", "address"], DocSpec(sheets=[sheet("受付簿", yrow, title="傍聴人受付簿（令和5年度）")]),
                    note="a year's 傍聴 register: more than 100 residents with home addresses"))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [saiyo, kyuyo, jinji, kenko, kosei, gikai, seigan]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, hall_lot, towns = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, hall_lot, towns, set())
    ctx.mayor, ctx.chair = ctx.staff(), ctx.staff()
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set29", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
