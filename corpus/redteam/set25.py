"""Twenty-fifth red-team set (blind): commerce, farming and public-health licensing of a city and its 保健所.

``python -m corpus.redteam.set25 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build, with the prefectural 保健所 that serves it. Families follow the desk a
document comes from: food-business permits and 食品衛生責任者 (``shokuhin``), food-poisoning investigations
(``chudoku``), 理容・美容・クリーニング・旅館 registrations (``eisei``), hunting licences and nuisance-animal
culls (``shuryo``), the 農業委員会 and farmland conversion (``nochi``), shopping-street subsidies and small-business
loans with their arrears (``shoko``), dog registration and rabies shots (``inu``) and cemeteries and cremation
permits (``bochi``); each with its public look-alikes (published permit registers naming 営業者, statistics, blank
forms, 記入例, press releases, rosters of staff and members in their roles).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise, including staff, doctors, 営業者/代表者/理事長 named in their business role with the business's
address and phone, companies and facilities, sample names in 記入例, masked copies and published figures.
``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where one is
printed); doubtful files carry a one-line ``note``.
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
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2525
VARIANT = "redteam25"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, 保健所, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("鳥取県", "倉吉市", "0858", "倉吉保健所",
     ["上井町", "福庭町", "山根*", "大字穴窪*", "八屋*", "東巌城町", "鍛冶町"]),
    ("熊本県", "八代市", "0965", "八代保健所",
     ["松江城町", "本町", "鏡町内田*", "日奈久上西町*", "千丁町新牟田*", "萩原町", "古閑中町*"]),
    ("北海道", "北見市", "0157", "北見保健所",
     ["北斗町", "高栄東町", "端野町二区*", "留辺蘂町旭*", "常盤町", "美芳町", "西富町"]),
    ("新潟県", "上越市", "025", "上越保健所",
     ["本町", "大字高田新田*", "春日山町", "大潟区土底浜*", "大和", "下門前*", "西城町"]),
    ("静岡県", "掛川市", "0537", "中東遠保健所",
     ["中央", "大池*", "上張*", "大須賀区横須賀*", "細谷*", "弥生町", "南西郷*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("勅使河原", "てしがわら"), ("五百旗頭", "いおきべ"), ("四十物", "あいもの"), ("東海林", "しょうじ"),
    ("薬師寺", "やくしじ"), ("百目鬼", "どうめき"), ("左右田", "そうだ"), ("蓬莱", "ほうらい"),
    ("鬼頭", "きとう"), ("不破", "ふわ"), ("門脇", "かどわき"), ("生田", "いくた"), ("湊", "みなと"),
    ("坂口", "さかぐち"), ("影山", "かげやま"), ("岩佐", "いわさ"), ("谷本", "たにもと"), ("米原", "よねはら"),
    ("松浦", "まつうら"), ("緒方", "おがた"), ("坂田", "さかた"), ("吉住", "よしずみ"), ("今村", "いまむら"),
    ("堀江", "ほりえ"), ("佐々木", "ささき"), ("菅原", "すがわら"), ("工藤", "くどう"), ("高橋", "たかはし"),
    ("小林", "こばやし"), ("丸山", "まるやま"), ("石黒", "いしぐろ"), ("風間", "かざま"), ("大石", "おおいし"),
    ("鈴木", "すずき"), ("榛葉", "しんば"), ("戸塚", "とつか"), ("中山", "なかやま"), ("山本", "やまもと"),
    ("田中", "たなか"), ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("中村", "なかむら"), ("加藤", "かとう"),
    ("吉田", "よしだ"), ("山田", "やまだ"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("清水", "しみず"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"),
    ("藤原", "ふじわら"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("一二三", "ひふみ"), ("千代吉", "ちよきち"), ("虎之介", "とらのすけ"), ("宙", "そら"), ("輝星", "きら"),
    ("勝利", "かつとし"), ("政弘", "まさひろ"), ("清", "きよし"), ("実", "みのる"), ("功", "いさお"),
    ("健一", "けんいち"), ("誠", "まこと"), ("俊介", "しゅんすけ"), ("翔太", "しょうた"), ("大和", "やまと"),
    ("蓮", "れん"), ("昭", "あきら"), ("武志", "たけし"), ("哲也", "てつや"), ("信行", "のぶゆき"),
    ("賢治", "けんじ"), ("孝", "たかし"), ("雅樹", "まさき"), ("徹", "とおる"), ("亮", "りょう"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("乙女", "おとめ"), ("心愛", "ここあ"), ("杏", "あん"), ("咲良", "さくら"), ("キヨ", "きよ"),
    ("ハツエ", "はつえ"), ("文子", "ふみこ"), ("敏子", "としこ"), ("裕子", "ゆうこ"), ("美奈子", "みなこ"),
    ("弘美", "ひろみ"), ("純子", "じゅんこ"), ("陽子", "ようこ"), ("香織", "かおり"), ("舞", "まい"),
    ("結衣", "ゆい"), ("葵", "あおい"), ("紀子", "のりこ"), ("恭子", "きょうこ"), ("雅美", "まさみ"),
    ("貴子", "たかこ"), ("千秋", "ちあき"), ("瑞穂", "みずほ"), ("小百合", "さゆり"), ("芳江", "よしえ"),
]  # fmt: skip
ZIP3 = {"倉吉市": "682", "八代市": "866", "北見市": "090", "上越市": "943", "掛川市": "436"}
BUILDINGS = [
    "グランハイツ駅前",
    "コーポ緑ケ丘",
    "サンシャイン本町",
    "市営住宅",
    "ベルメゾン中央",
    "パレス若宮",
]
COMPANIES = [
    ("株式会社", "まるとみ食品"), ("有限会社", "やまなみ精肉"), ("株式会社", "ひかり給食サービス"),
    ("株式会社", "みなと観光ホテル"), ("合同会社", "つばめ商事"), ("有限会社", "清流クリーニング"),
    ("株式会社", "丸一青果"), ("株式会社", "北斗フーズ"), ("有限会社", "あさひ製菓"), ("株式会社", "大黒屋"),
]  # fmt: skip
# shops and facilities, several named like a person (屋号 from an owner's given name)
SHOPS = ["お食事処 さち子", "鮨 清次郎", "居酒屋 とし坊", "中華そば 勝男", "喫茶 ひろみ", "焼肉 大門",
         "和菓子 松風堂", "キッチン みのる", "弁当の福屋", "ベーカリー 麦の穂", "そば処 千代吉", "カフェ 杏",
         "割烹 なかむら", "やきとり 源さん", "スナック 乙女"]  # fmt: skip
SALONS = ["ヘアーサロン ひさ子", "理容 まさお", "美容室 咲良", "ヘアメイク 葵", "カットハウス てつや",
          "理容 さかぐち", "美容室 ルミエール", "ビューティーサロン 文子"]  # fmt: skip
INNS = ["旅館 勘兵衛", "湯宿 かずさ屋", "民宿 おとめ", "ホテル 城北", "ゲストハウス 灯"]
TEMPLES = [("宗教法人", "浄願寺"), ("宗教法人", "長昌寺"), ("宗教法人", "光明院"), ("宗教法人", "善福寺")]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 7, 18)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SAMPLE_NAMES = ["申請 太郎", "市民 花子", "見本 一郎", "保健 次郎", "記入 例子"]
SYMPTOMS = ["下痢", "腹痛", "嘔吐", "発熱", "悪心", "頭痛", "倦怠感"]


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
    hokenjo_short: str
    towns: list[str]
    used: set[str]

    @property
    def hokenjo(self) -> str:
        return f"{self.pref}{self.hokenjo_short}"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 520 + n, 3111 + 13 * n)

    def phone(self, mobile: float = 0.45) -> str:
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

    def person(self, born: tuple[int, int] = (1938, 2002)) -> Person:
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
        zipc = f"{ZIP3[self.city]}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, self.pref, self.city, town.rstrip("*"), self.lot(town),
                      self.phone(), zipc)  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1938, 2002)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city or 保健所 officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def biz_address(self) -> str:
        town = self.rng.choice(self.towns)
        return self.city + town.rstrip("*") + self.lot(town).split(" ")[0]

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.5 else f"{name}{kind}"


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
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (no ruled table),
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
                w - 30, h - 22, f"出力日 {TODAY.year}/{TODAY.month:02d}/{TODAY.day:02d}  ｵﾍﾟﾚｰﾀ 0{n % 3 + 1}7"
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
            c.drawString(30, y - 6, "-" * 150)
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
    """Rewrite the file as a portrait letter or memo drawn line by line (a word processor's PDF export);
    pages get ``n / N`` when there is more than one."""

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
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19 名前 …`` or Slack."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{day.year}/{day.month:02d}/{day.day:02d} 17:45")
        out.append("")
        out.append(f"{day.year}/{day.month:02d}/{day.day:02d}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    else:
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    return out


def permit_no(ctx: Ctx, year: int, n: int) -> str:
    return f"第{ctx.hokenjo_short[:2]}{year}-{n:04d}号"


# --- 保健所 衛生課: 食品営業許可・食品衛生責任者 -------------------------------------------------------------
def shokuhin(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shokuhin"
    docs: list[Doc] = []
    kinds = ["飲食店営業", "菓子製造業", "食肉販売業", "魚介類販売業", "そうざい製造業", "飲食店営業"]
    # level 1 ------------------------------------------------------------------------------------------
    reg: list[list[Cell]] = [
        ["許可番号", "業種", "施設の名称", "施設の所在地", "営業者", "許可年月日", "有効期限"]
    ]
    owners = ctx.people(14, born=(1950, 1990))  # sole traders: only their name, in their business role
    for i, shop in enumerate(SHOPS[:14]):
        start = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
        if start > TODAY:
            start = TODAY - dt.timedelta(days=r.randint(30, 300))
        who = owners[i].name() if i % 3 else ctx.company()
        kind = "菓子製造業" if shop.startswith(("和菓子", "ベーカリー")) else "飲食店営業"
        reg.append([permit_no(ctx, start.year - 2018, r.randint(1, 900)), kind, shop,
                    ctx.biz_address(), who, wareki(start), wareki(start.replace(year=start.year + 6) - dt.timedelta(days=1))])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet(
        "公表", reg, title=f"食品衛生法に基づく営業許可施設一覧（{ctx.city}・令和6年6月末現在）", first_row=3,
        footer=f"{ctx.hokenjo} 衛生環境課　食品衛生法第55条の2に基づき公表")]),
        note="published permit register: sole-trader 営業者 named in their business role with the premises, dates are 許可年月日, 1"))  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="食品衛生責任者養成講習会の開催について",
                paragraphs=[
                    f"{ctx.hokenjo}では、新たに飲食店等を開業される方を対象に、食品衛生責任者養成講習会を開催します。",
                    f"日時　令和6年9月{r.randint(3, 27)}日（9時30分～16時30分）　会場　{ctx.city}福祉会館 大会議室",
                    "受講料　10,000円（テキスト代を含む）　定員　80名（先着順）",
                    "申込方法　受講申込書に必要事項を記入し、一般社団法人食品衛生協会へ郵送又は持参してください。",
                    f"問合せ先　{ctx.hokenjo} 衛生環境課 食品衛生担当　主任 {ctx.staff()}　電話 {ctx.office_phone(1)}",
                ],
                header=f"報道提供資料　令和6年7月{r.randint(1, 15)}日",
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="営業許可申請書（記入例）",
                paragraphs=[
                    f"{ctx.hokenjo}長　様",
                    "申請者　住所　〇〇市△△町一丁目2番3号",
                    f"　　　　氏名　{SAMPLE_NAMES[0]}（法人にあっては、名称及び代表者の氏名）",
                    "　　　　生年月日　昭和〇〇年〇月〇日　　電話番号　0000-00-0000",
                    "営業施設の所在地　〇〇市△△町一丁目5番地　　施設の名称　〇〇食堂",
                    "営業の種類　飲食店営業　　食品衛生責任者　申請 太郎（調理師）",
                    "※記入例の氏名・住所は架空のものです。申請者が法人の場合は法人番号も記入してください。",
                ],
                textboxes=["記入例"],
            ),
            note="記入例 with an invented sample applicant and placeholder address, 1",
        )
    )
    stats: list[list[Cell]] = [["業種", "許可施設数", "監視件数", "違反件数", "収去検査件数"]]
    for k in [
        "飲食店営業",
        "喫茶店営業",
        "菓子製造業",
        "食肉販売業",
        "魚介類販売業",
        "そうざい製造業",
        "乳処理業",
        "そうざい製造業（複合型）",
    ]:
        stats.append([k, r.randint(20, 900), r.randint(10, 600), r.randint(0, 9), r.randint(0, 40)])
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("実績", [["令和5年度 食品衛生監視指導計画 実施結果", ctx.city], *stats])]),
        )
    )
    corp: list[list[Cell]] = [
        ["受付番号", "法人番号", "法人名", "代表者", "施設の名称", "施設の所在地", "電話", "業種"]
    ]
    for _ in range(12):
        rep = ctx.person(born=(1950, 1985))
        kind, name = r.choice(COMPANIES)
        corp.append([fail_check(random_my_number(r, "2"), r.randint(1, 9)), random_corporate_number(r), f"{kind}{name}",
                     f"代表取締役 {rep.name()}", f"{name}{r.choice(['本店', '第二工場', '駅前店', 'セントラルキッチン'])}",
                     ctx.biz_address(), ctx.tel(), r.choice(kinds)])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[sheet(
        "法人", corp, title="営業許可（法人）受付簿　令和6年度", number_formats={0: "0", 1: "0"})]),
        note="法人 営業者 with 法人番号 and 代表者 in role; the 12-digit 受付番号 are look-alikes failing the check digit, 1"))  # fmt: skip
    # level 2 ------------------------------------------------------------------------------------------
    p = ctx.person(born=(1960, 1995))
    shop = r.choice(SHOPS)
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="営業許可申請書（新規）",
                paragraphs=[
                    f"{ctx.hokenjo}長　様　　　　　　　　　　　　　　　令和6年{r.randint(4, 6)}月{r.randint(1, 28)}日",
                    "食品衛生法第55条第1項の規定により、次のとおり営業の許可を申請します。",
                ],
                tables=[
                    [
                        ["申請者の住所", f"〒{p.zip} {p.address(True)}"],
                        ["氏名（ふりがな）", f"{p.name()}（{p.kana}）"],
                        ["生年月日", wareki(p.birth)],
                        ["電話番号", p.phone],
                        ["営業施設の名称", shop],
                        ["施設の所在地", ctx.biz_address()],
                        ["営業の種類", "飲食店営業"],
                        ["食品衛生責任者", f"{p.name()}（{ctx.city}会場 養成講習会 修了）"],
                    ]
                ],
            ),
            note="a sole trader's application: home address and birth date of a private person, 2",
        )
    )
    trainees = ctx.people(32, born=(1955, 2004))
    rows: list[list[Cell]] = [
        ["No", "氏名", "ふりがな", "生年月日", "住所", "電話", "勤務先（予定）", "修了証番号"]
    ]
    for i, t in enumerate(trainees, 1):
        rows.append([i, t.name(), t.kana, t.birth, t.address(), t.phone, r.choice([*SHOPS, "（未定）"]), f"R6-{ctx.ac[-2:]}-{i:03d}"])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "address", "phone"], DocSpec(sheets=[sheet(
        "受講者", rows, title=f"食品衛生責任者養成講習会 受講者名簿（{ctx.city}会場）", number_formats={3: "ggge年m月d日"})])))  # fmt: skip
    p = ctx.person(born=(1940, 1970))
    closed = dt.date(2021, 4, 1)
    lot = ctx.urban(p)
    addr = spaced_digits(f"{ctx.city}{p.town}{lot}")
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="営業許可の失効について"),
            post=letter_pdf(
                [
                    f">{ctx.hokenjo_short[:-3]}保衛第 {r.randint(100, 999)} 号",
                    f">{wareki(TODAY, 'spaced')}",
                    f"{addr}",
                    f"{p.name()}　様",
                    f">{ctx.hokenjo}長",
                    "^営業許可の失効について（通知）",
                    f"あなたが営業していた{r.choice(SHOPS)}（飲食店営業）の営業許可は、{wareki(closed, 'spaced')}",
                    "をもって有効期間が満了し、更新の申請がなかったため失効しました。",
                    "引き続き営業される場合は、改めて営業許可の申請が必要です。",
                    f"担当　衛生環境課　{ctx.staff()}　電話 {ctx.office_phone(1)}",
                ]
            ),
            note="a letter to a former sole trader at home, digits set apart in the PDF text, 2",
        )
    )
    caller = ctx.person()
    inspector, chief = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("09:12", inspector, f"{r.choice(SHOPS)}の件、苦情の方にもう一度話を聞きたいです"),
                        ("09:14", chief, f"受付票だと {caller.name()} さんですね"),
                        ("09:15", inspector, "連絡先ありますか？"),
                        ("09:19", chief, f"{caller.phone}（日中つながりやすいとのこと）"),
                        ("09:20", inspector, "ありがとうございます、午後に電話します"),
                    ],
                    "衛生環境課 食品衛生G",
                )
            ),
            note="a Teams thread: a named complainant and, in the reply, the phone, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    ledger = ctx.people(118, born=(1940, 1995))
    lrows = [[permit_no(ctx, r.randint(1, 6), i), q.name(), q.kana, ymd(q.birth), q.address()[:26], q.phone,
              r.choice(kinds)] for i, q in enumerate(ledger, 1)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address", "phone"], DocSpec(title="営業者台帳"),
        post=system_print("営業者台帳（個人営業者）　一覧表", f"食品衛生業務システム  {ctx.hokenjo_short}",
                          [("許可番号", 30), ("氏名", 120), ("カナ", 190), ("生年月日", 290), ("住所", 350),
                           ("電話", 570), ("業種", 650)], lrows, 30,
                          "抽出条件：営業者区分=個人　許可状態=有効　並び順=許可番号")))  # fmt: skip
    adv = ctx.person(born=(1950, 1975))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="食品衛生推進員 謝礼の支払について（伺い）",
                paragraphs=[
                    "令和6年度第1回食品衛生推進員会議に出席した推進員に対し、謝礼を支払います。",
                    f"支払先　{adv.name()}（{adv.address()}）",
                    "金額　5,000円（源泉徴収税額 510円）",
                    "支払調書作成のため、本人から番号の提供を受け、番号確認済。",
                ],
                footer=f"{adv.sei}さんの番号　{grouped(mn)}",
            ),
            note="a My Number in the footer, 4-4-4 with only 「○○さんの番号」 as its label, 3",
        )
    )
    staff_rows: list[list[Cell]] = [["施設", "氏名", "検査日", "検査項目", "結果"]]
    workers = ctx.people(9, born=(1960, 2003))
    pos = r.randrange(len(workers))
    for i, w in enumerate(workers):
        res = "サルモネラ属菌 陽性（O7群）" if i == pos else "陰性"
        staff_rows.append(
            [
                SHOPS[i % len(SHOPS)],
                w.name(),
                ymd(TODAY - dt.timedelta(days=20)),
                "赤痢菌・サルモネラ・O157",
                res,
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(
                sheets=[
                    sheet("一覧", [["施設数", 9], ["陽性者", 1], ["詳細は別シートのとおり"]]),
                    sheet(
                        "従事者検便", staff_rows, state="hidden", title="調理従事者 検便結果（任意提出分）"
                    ),
                ]
            ),
            note="a named food handler's positive stool test on a hidden sheet, 3",
        )
    )
    return docs


# --- 保健所 衛生課: 食中毒調査 ---------------------------------------------------------------------------
def chudoku(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "chudoku"
    docs: list[Doc] = []
    shop = r.choice(SHOPS)
    onset = TODAY - dt.timedelta(days=r.randint(8, 15))
    kind, cname = r.choice(COMPANIES)
    n_pat = r.randint(11, 19)
    # level 1 ------------------------------------------------------------------------------------------
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="食中毒の発生について",
                paragraphs=[
                    f"{onset.month}月{onset.day}日に{ctx.city}内の飲食店で会食した{r.randint(2, 4)}グループ{n_pat + 6}名のうち{n_pat}名が、"
                    "下痢、腹痛、発熱等の症状を呈し、うち2名が医療機関を受診しました（入院者なし、全員快方に向かっています）。",
                    f"患者の便からカンピロバクター・ジェジュニが検出され、共通食が当該施設の料理に限られることから、{ctx.hokenjo}は当該施設を原因とする食中毒と断定しました。",
                    f"原因施設　屋号 {shop}　営業者 {kind}{cname}　所在地 {ctx.biz_address()}",
                    f"処分　営業停止{r.randint(2, 4)}日間（{onset.month}月{onset.day + 6 if onset.day < 20 else 25}日から）",
                    f"患者の内訳　男性{n_pat // 2}名・女性{n_pat - n_pat // 2}名（{r.randint(20, 29)}歳～{r.randint(55, 68)}歳）",
                    f"問合せ　{ctx.hokenjo} 衛生環境課長 {ctx.staff()}　電話 {ctx.office_phone(1)}",
                ],
                header="報道提供資料",
            ),
            note="a press release: symptoms of unnamed patients, the facility and its 営業者 company named, 1",
        )
    )
    yearly: list[list[Cell]] = [["年", "事件数", "患者数", "死者数", "主な病因物質"]]
    for y in range(2015, 2024):
        yearly.append([f"{y}年", r.randint(0, 6), r.randint(0, 120), 0, r.choice(["ノロウイルス", "カンピロバクター", "アニサキス", "ウェルシュ菌", "不明"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("発生状況", yearly, title=f"{ctx.hokenjo_short}管内 食中毒発生状況の推移"),
                    sheet(
                        "コード",
                        [
                            ["コード", "病因物質"],
                            [1, "サルモネラ属菌"],
                            [2, "ぶどう球菌"],
                            [3, "腸炎ビブリオ"],
                            [4, "ノロウイルス"],
                        ],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="喫食状況調査票（記入例）",
                paragraphs=[
                    f"氏名　{SAMPLE_NAMES[1]}（32歳・女）　※記入例",
                    "7月1日（夕食）　〇〇店で会食：鶏刺し、サラダ、焼き鳥　→ 7月3日朝から下痢3回、腹痛",
                    "医療機関の受診　有・無　　検便の提出　可・否",
                    "ご記入いただいた内容は、食中毒の原因究明のためにのみ使用します。",
                ],
                tables=[
                    [
                        ["日", "朝食", "昼食", "夕食"],
                        ["7/1", "", "", ""],
                        ["7/2", "", "", ""],
                        ["7/3", "", "", ""],
                    ]
                ],
            ),
            note="a blank questionnaire with an invented sample patient, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="夏季の食中毒予防 ― 飲食店営業者向け研修会",
                paragraphs=[
                    "カンピロバクター：鶏肉の加熱不足が主な原因",
                    "ノロウイルス：調理従事者の手洗い・健康管理",
                    "体調不良の従事者は調理に従事させない",
                    "記録：毎日の健康チェック表を1年間保存",
                    f"講師　{ctx.hokenjo} 食品衛生監視員 {ctx.staff()}",
                    f"相談窓口 {ctx.office_phone(1)}",
                ],
                notes=["健康チェック表の様式は保健所ホームページからダウンロードできます"],
            ),
        )
    )
    anon: list[list[Cell]] = [["患者", "年代", "性別", "居住地", "発症日", "主な症状", "入院"]]
    for i in range(n_pat):
        anon.append([f"患者{'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴ'[i]}", f"{r.randint(2, 6)}0代", r.choice("男女"), f"{ctx.city}内",
                     ymd(onset + dt.timedelta(days=r.randint(1, 3))), "・".join(r.sample(SYMPTOMS, 2)), "なし"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("公表用", anon, title="患者の発症状況（公表用・個人が特定されないよう加工）")]
            ),
            note="an anonymised patient table: symptoms with letters, decades and the city only, 1",
        )
    )
    # level 2 ------------------------------------------------------------------------------------------
    guests = ctx.people(24, born=(1960, 2000))
    g_rows: list[list[Cell]] = [["No", "氏名", "連絡先", "グループ", "備考"]]
    for i, g in enumerate(guests, 1):
        g_rows.append([i, g.name(), g.phone, f"{r.choice(['町内会', '同窓会', '職場'])}", ""])
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "予約者", g_rows, title=f"{onset.month}月{onset.day}日 会食予約者名簿（{shop} 提供）"
                    )
                ]
            ),
            note="diners' names and phones from the shop's booking list, nothing on who fell ill, 2",
        )
    )
    caller = ctx.person()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="食品苦情受付票",
                paragraphs=[
                    f"受付日時　{ymd(TODAY)} 10:40　受付者 {ctx.staff()}",
                    f"申出者　{caller.name()}　住所 {caller.address()}　電話 {caller.phone}",
                    f"内容　{ctx.city}内のスーパーで購入した弁当に金属片（約5mm）が混入していた。食べてはいない。",
                    "現品　申出者宅で保管　→ 7/19 午前に回収予定",
                    f"製造者　{ctx.company()}（{ctx.biz_address()}）",
                ],
            ),
            note="a foreign-matter complaint: the caller's address and phone, no illness, 2",
        )
    )
    diner = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("13:02", a, f"残品の回収、{diner.name()}さんのお宅に寄れますか"),
                        ("13:05", b, "住所教えてください"),
                        ("13:06", a, f"{diner.address()}　持ち帰りのオードブルの残りを冷凍してあるそうです"),
                        ("13:07", b, "了解、15時ごろ行きます"),
                    ],
                    "食中毒調査班",
                )
            ),
            note="a LINE WORKS thread: a named diner and their address, no symptoms said, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    pats = ctx.people(n_pat, born=(1950, 2003))
    hosp = [f"{ctx.city.rstrip('市')}中央病院", "いまむら内科クリニック", "なかやま医院", "受診なし"]
    p_rows: list[list[Cell]] = [
        ["No", "氏名", "性別", "年齢", "住所", "電話", "発症日時", "症状", "受診医療機関", "検便"]
    ]
    for i, q in enumerate(pats, 1):
        t = dt.datetime(
            onset.year, onset.month, onset.day, r.randint(0, 23), r.choice([0, 30])
        ) + dt.timedelta(days=r.randint(1, 3))
        p_rows.append([i, q.name(), q.sex, q.age(), q.address(), q.phone, t,
                       "・".join(r.sample(SYMPTOMS, r.randint(2, 4))) + (f"（{r.choice(['38.2', '38.9', '37.8'])}℃）" if r.random() < 0.5 else ""),
                       r.choice(hosp), r.choice(["C.jejuni 陽性", "陰性", "未提出", "C.jejuni 陽性"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(sheets=[sheet("有症者", p_rows, title=f"有症者一覧（{shop} 事案）　取扱注意")]),
        )
    )
    sick = ctx.person(born=(1940, 1960))
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "health"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("08:51", a, "おはようございます。昨日の追加の有症者の件です"),
                        ("08:53", a, f"{sick.name()}さん（{sick.age()}歳）、ご家族から連絡がありました"),
                        ("09:02", b, "状況は？"),
                        (
                            "09:04",
                            a,
                            f"{sick.city.rstrip('市')}中央病院に入院中、脱水で点滴。血便ありとのこと",
                        ),
                        ("09:05", c, "便の検体、病院から分けてもらえるか確認します"),
                    ],
                    "食中毒対策本部",
                )
            ),
            note="a Teams thread: a named patient and, in a reply, their hospital stay and symptoms, 3",
        )
    )
    pt = ctx.person(born=(1945, 1985))
    lot = ctx.urban(pt)
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "health"],
            DocSpec(title="聞き取り記録"),
            post=letter_pdf(
                [
                    "^疫学調査 聞き取り記録",
                    f">記録者 {ctx.staff()}",
                    f"対象者　{pt.name()}（{pt.age()}歳・{pt.sex}）",
                    f"住所　{spaced_digits(pt.city + pt.town + lot)}",
                    f"喫食　{wareki(onset, 'spaced')}　夕食（{shop}）",
                    f"発症　{wareki(onset + dt.timedelta(days=2), 'spaced')}　午前 4 時頃　下痢 8 回、腹痛、発熱 38.6 ℃",
                    f"受診　{wareki(onset + dt.timedelta(days=3), 'spaced')}　いまむら内科クリニック（点滴）",
                    "現在　症状軽快。家族（妻）に同様の症状なし。",
                    "検便　提出済（結果待ち）",
                ]
            ),
            note="an interview memo printed to PDF with digits set apart: a named patient's symptoms, 3",
        )
    )
    cook = ctx.person(born=(1965, 2000))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "health"],
            DocSpec(
                title="検便結果のお知らせ",
                paragraphs=[
                    f"{shop}　調理従事者　{cook.name()}　様",
                    f"{ymd(TODAY - dt.timedelta(days=4))}に採取した検体の検査結果は次のとおりです。",
                    "ノロウイルス GII：陽性　（リアルタイムPCR法）",
                    "症状が消えた後も、しばらくの間ウイルスが排出されます。陰性を確認するまで、食品に直接触れる作業は控えてください。",
                    f"{ctx.hokenjo} 検査課",
                ],
            ),
        )
    )
    q_rows: list[list[Cell]] = [
        ["調査票番号", "氏名", "年齢", "性別", "刺身盛合せ", "鶏たたき", "サラダ", "症状", "発症日時"]
    ]
    for i, q in enumerate(ctx.people(41, born=(1950, 2005)), 1):
        ill = r.random() < 0.45
        q_rows.append([f"Q{i:03d}", q.name(), q.age(), q.sex, r.choice("○×"), r.choice("○○×"), r.choice("○×"),
                       "・".join(r.sample(SYMPTOMS, 2)) if ill else "なし", ymd(onset + dt.timedelta(days=2)) + f" {r.randint(0, 23)}時" if ill else ""])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "health"],
            DocSpec(sheets=[sheet("集計", q_rows)]),
            note="a questionnaire tally in cp932: named diners with their symptoms, 3",
        )
    )
    return docs


# --- 保健所 生活衛生: 理容・美容・クリーニング・旅館 ---------------------------------------------------------
def eisei(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "eisei"
    docs: list[Doc] = []
    # level 1 ------------------------------------------------------------------------------------------
    owners = ctx.people(len(SALONS), born=(1948, 1990))
    reg: list[list[Cell]] = [["種別", "施設の名称", "所在地", "電話", "開設者", "確認年月日"]]
    for i, salon in enumerate(SALONS):
        opened = dt.date(r.randint(1978, 2023), r.randint(1, 12), r.randint(1, 28))
        reg.append(["理容所" if "理容" in salon else "美容所", salon, ctx.biz_address(),
                    ctx.tel(), owners[i].name(), opened])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet(
        "理美容所", reg, title=f"理容所・美容所一覧（{ctx.city}）", number_formats={5: "yyyy年m月d日"})]),
        note="published salon list: 開設者 in their business role, salons named like people, 確認年月日 not birth dates, 1"))  # fmt: skip
    inn_rows: list[list[Cell]] = [
        ["施設の名称", "営業の種別", "所在地", "営業者", "法人番号", "客室数", "許可年月日"]
    ]
    for inn in INNS:
        kind, name = r.choice(COMPANIES)
        inn_rows.append([inn, r.choice(["旅館・ホテル営業", "簡易宿所営業"]), ctx.biz_address(), f"{kind}{name}",
                         random_corporate_number(r), r.randint(4, 60), wareki(dt.date(r.randint(1985, 2023), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(Doc(F, "ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("旅館業", inn_rows)])))
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="クリーニング所開設届（記入例）",
                paragraphs=[
                    f"{ctx.hokenjo}長　様",
                    f"開設者　住所　{ctx.city}〇〇町1丁目1番1号　氏名　{SAMPLE_NAMES[2]}",
                    "クリーニング所の名称　〇〇クリーニング　　所在地　〇〇市△△町2-3",
                    "クリーニング師　氏名　見本 一郎　免許番号　第〇〇〇号",
                    "※開設の2週間前までに提出してください。",
                ],
                textboxes=["記入例（この氏名は架空のものです）"],
            ),
            note="記入例 with a sample name in a text box, 1",
        )
    )
    counts = [["施設種別", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]]
    for k in ["理容所", "美容所", "クリーニング所", "取次所", "旅館・ホテル", "簡易宿所", "公衆浴場"]:
        counts.append([k] + [str(r.randint(5, 240)) for _ in range(4)])
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"生活衛生関係営業施設数（{ctx.hokenjo_short}管内）",
                tables=[counts],
                paragraphs=["各年度末現在。施設数は届出・許可の件数による。"],
            ),
        )
    )
    plan: list[list[Cell]] = [["予定日", "施設名", "所在地", "担当", "職名"]]
    for i in range(14):
        plan.append([ymd(TODAY + dt.timedelta(days=2 * i + 3)), r.choice(SALONS + INNS + ["清流クリーニング 駅前取次店"]),
                     ctx.biz_address(), ctx.staff(), r.choice(["環境衛生監視員", "主任", "技師"])])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("8月", plan, title="立入検査予定表")])))
    # level 2 ------------------------------------------------------------------------------------------
    p = ctx.person(born=(1975, 2000))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="美容所開設届",
                paragraphs=[
                    f"{ctx.hokenjo}長　様",
                    "美容師法第11条第1項の規定により、次のとおり届け出ます。",
                ],
                tables=[
                    [
                        ["開設者の住所", p.address(True)],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["電話（自宅）", p.phone],
                        ["美容所の名称", f"美容室 {p.mei}"],
                        ["所在地", ctx.biz_address()],
                        ["開設予定年月日", wareki(TODAY + dt.timedelta(days=20))],
                        ["管理美容師", f"{p.name()}（美容師名簿登録番号 第{r.randint(100000, 299999)}号）"],
                    ]
                ],
            ),
            note="a sole owner's own home address and birth date on an opening notice; the salon bears the owner's given name, 2",
        )
    )
    p = ctx.person(born=(1985, 2000))
    old = r.choice(SURNAMES)[0]
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="理容師免許証書換え交付申請書",
                paragraphs=[
                    f"申請者　{p.name()}（旧姓 {old}）",
                    f"住所　{p.address(True)}",
                    f"生年月日　{wareki(p.birth)}",
                    "書換えの理由　婚姻による氏の変更",
                    f"免許登録番号　第{r.randint(10000, 99999)}号",
                    "添付書類　戸籍抄本（1通）、免許証原本",
                ],
            ),
        )
    )
    staff_rows: list[list[Cell]] = [["氏名", "ふりがな", "生年月日", "資格", "登録番号", "勤務形態"]]
    for q in ctx.people(9, born=(1970, 2003)):
        staff_rows.append([q.name(), q.kana, q.birth, r.choice(["美容師", "美容師", "管理美容師", "見習（無資格）"]),
                           r.randint(100000, 399999), r.choice(["常勤", "パート"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "従業者",
                        staff_rows,
                        title=f"従業者名簿　{r.choice([x for x in SALONS if '理容' not in x])}",
                    )
                ]
            ),
            note="a salon's employees with their birth dates, 2",
        )
    )
    caller = ctx.person()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="苦情・相談受付記録",
                paragraphs=[
                    f"受付 {ymd(TODAY)} 14:20 電話",
                    f"相談者 {caller.name()} 様（{caller.address()}）",
                    f"連絡先 {caller.phone}",
                    "内容 近所のクリーニング工場から溶剤のようなにおいがする。夕方が特にひどい。",
                    f"対応 {ctx.staff()}（環境衛生監視員）が7/22に立入予定。結果を相談者へ電話で回答する。",
                ],
            ),
            note="a resident's complaint in cp932: name, address and phone, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    guests = ctx.people(126, born=(1945, 2005))
    g_rows: list[list[Cell]] = [["宿泊日", "氏名", "住所", "電話", "職業", "人数"]]
    for q in guests:
        g_rows.append([TODAY - dt.timedelta(days=r.randint(1, 60)), q.name(), q.address(True), q.phone,
                       r.choice(["会社員", "自営業", "無職", "学生", "公務員", "パート"]), r.randint(1, 4)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "確認記録",
                        [
                            ["立入年月日", ymd(TODAY)],
                            ["施設", r.choice(INNS)],
                            ["確認事項", "宿泊者名簿の記載（写しを徴取）"],
                        ],
                    ),
                    sheet("名簿写し", g_rows, number_formats={0: "m/d"}),
                ]
            ),
            note="a copy of an inn's guest register with more than 100 guests, 3",
        )
    )
    p = ctx.person(born=(1990, 2004))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "birth_date", "health"],
            DocSpec(
                title="診断書（美容師免許申請用）",
                paragraphs=[
                    f"住所　{p.address(True)}",
                    f"氏名　{p.name()}　　生年月日　{wareki(p.birth)}",
                    "1 視覚、聴覚、音声機能若しくは言語機能又は精神の機能の障害　あり（てんかん）",
                    "　　抗てんかん薬内服により、過去2年間発作なし。美容師の業務を適正に行うに当たって支障はないと認める。",
                    "2 麻薬、大麻又はあへんの中毒者　該当しない",
                    f"{ctx.city.rstrip('市')}脳神経外科クリニック　医師 {ctx.staff()}",
                ],
            ),
            note="a licence applicant's medical certificate naming a condition under treatment, 3",
        )
    )
    t_rows: list[list[Cell]] = [["施設", "氏名", "年齢", "胸部X線", "判定", "事後措置"]]
    workers = ctx.people(12, born=(1955, 2000))
    bad = r.randrange(len(workers))
    for i, w in enumerate(workers):
        t_rows.append(["清流クリーニング 本社工場", w.name(), w.age(), "異常陰影あり" if i == bad else "所見なし",
                       "要精密検査" if i == bad else "異常なし", "呼吸器内科紹介" if i == bad else ""])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            3,
            ["name", "health"],
            DocSpec(sheets=[sheet("結果", t_rows, title="クリーニング所従事者 健康診断結果")]),
            note="named workers' chest X-ray findings, one needing follow-up, 3",
        )
    )
    return docs


# --- 市 農林課: 狩猟免許・有害鳥獣捕獲 -----------------------------------------------------------------------
ANIMALS = ["イノシシ", "ニホンジカ", "ニホンザル", "アライグマ"]
ANIMALS_HOKKAIDO = ["エゾシカ", "ヒグマ", "アライグマ", "キツネ"]


def shuryo(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shuryo"
    docs: list[Doc] = []
    animals = ANIMALS_HOKKAIDO if ctx.pref == "北海道" else ANIMALS
    club = f"{ctx.pref}猟友会{ctx.city.rstrip('市')}支部"
    # level 1 ------------------------------------------------------------------------------------------
    months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
    catch: list[list[Cell]] = [["月", *animals, "計"]]
    for mo in months:
        v = [r.randint(0, 90), r.randint(0, 60), r.randint(0, 8), r.randint(0, 15)]
        catch.append([mo, *v, sum(v)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("R5", catch, title="令和5年度 有害鳥獣捕獲実績（月別）", first_row=4)]),
            post=merge_xlsx({"R5": ["A3:C3"]}),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="狩猟免許試験・予備講習会のご案内",
                paragraphs=[
                    "わな猟・網猟・第一種銃猟・第二種銃猟の免許試験を次のとおり実施します。",
                    f"試験日　令和6年{r.randint(8, 10)}月{r.randint(1, 28)}日（日）　会場　{ctx.city}総合体育館 研修室",
                    "受験資格　試験日に20歳以上（網猟・わな猟は18歳以上）の方",
                    f"予備講習会は{club}が実施します（受講料 9,000円）。",
                    f"問合せ　{ctx.city}農林課 鳥獣対策係　{ctx.staff()}　電話 {ctx.office_phone(3)}",
                ],
            ),
        )
    )
    members = ctx.people(28, born=(1945, 1990))
    m_rows = [["班", "氏名", "役職", "所持免許"]]
    for i, q in enumerate(members):
        m_rows.append(
            [
                f"第{i // 7 + 1}班",
                q.name(),
                "班長" if i % 7 == 0 else "隊員",
                r.choice(["わな", "第一種銃猟・わな", "第一種銃猟"]),
            ]
        )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}鳥獣被害対策実施隊 隊員名簿",
                tables=[m_rows],
                paragraphs=["令和6年4月1日任命（非常勤の市職員）"],
            ),
            note="cull-team members appointed as part-time city officers, by name and post only, 1",
        )
    )
    boss = ctx.person(born=(1945, 1960))
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="有害鳥獣対策 連絡調整会議",
                paragraphs=[
                    f"出席　{club} 支部長 {boss.name()}、副支部長 {ctx.staff()}",
                    f"{club} 事務局　{ctx.biz_address()}　電話 {ctx.tel()}",
                    f"議題1　令和6年度 捕獲計画（{animals[0]} 900頭、{animals[1]} 40頭）",
                    "議題2　報奨金単価の見直し（成獣 8,000円 → 10,000円）",
                    "議題3　わなの見回り記録の提出方法",
                ],
                notes=["支部長からは、従事者の高齢化で見回りが難しい地区がある旨の発言あり"],
            ),
        ),
    )
    rep: list[list[Cell]] = [["地区", f"{animals[0]}（頭）", f"{animals[2]}（頭）", "報奨金（円）"]]
    for t in ctx.towns:
        boar, deer = r.randint(0, 120), r.randint(0, 60)
        rep.append([t.rstrip("*"), boar, deer, (boar + deer) * 8000])
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("地区別", rep)])))
    # level 2 ------------------------------------------------------------------------------------------
    p = ctx.person(born=(1950, 1985))
    helpers = ctx.people(3, born=(1950, 1990))
    docs.append(Doc(F, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="鳥獣の捕獲等許可申請書",
        paragraphs=[f"{ctx.city}長　様", f"申請者　住所 {p.address(True)}　氏名 {p.name()}",
                    f"生年月日 {wareki(p.birth)}　電話 {p.phone}",
                    f"捕獲の目的　農作物被害の防止（水稲・{r.choice(['さつまいも', 'スイートコーン', '大豆'])}）",
                    f"鳥獣の種類及び数量　{animals[0]} {r.randint(3, 10)}頭　方法　くくりわな・箱わな"],
        tables=[[["従事者氏名", "住所", "狩猟免状番号"]] +
                [[h.name(), h.address(), f"第{r.randint(1000, 9999)}号"] for h in helpers]])))  # fmt: skip
    p = ctx.person(born=(1950, 1980))
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(
                title="狩猟免許の更新について（お知らせ）",
                paragraphs=[
                    f"〒{p.zip}",
                    p.address(True),
                    f"{p.name()} 様",
                    "あなたの狩猟免許（わな猟）は令和7年9月14日で有効期間が満了します。",
                    "更新を希望される場合は、適性検査を受けた上で、期限までに更新申請を行ってください。",
                    f"{ctx.pref}自然保護課（{ctx.city}農林課経由）",
                ],
            ),
            note="a renewal reminder to a licence holder at home, 2",
        )
    )
    c_rows: list[list[Cell]] = [["従事者証番号", "氏名", "住所", "電話", "有効期間"]]
    for i, q in enumerate(ctx.people(16, born=(1945, 1990)), 1):
        c_rows.append([f"R6-{i:03d}", q.name(), q.address(), q.phone, "R6.4.1～R7.3.31"])
    docs.append(Doc(F, "ods", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("交付台帳", c_rows)])))
    caller = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        (
                            "10:02",
                            a,
                            f"{r.choice(ctx.towns).rstrip('*')}で{animals[1]}の目撃。通報者は{caller.name()}さん",
                        ),
                        ("10:04", b, "折り返し先わかる？わな設置の同意ももらいたい"),
                        ("10:05", a, f"{caller.phone} です。畑の場所は現地で教えてくれるとのこと"),
                    ],
                    "鳥獣対策",
                )
            ),
            note="a Slack-style thread: a named caller and, in the reply, the phone, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    p = ctx.person(born=(1950, 1975))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="報奨金の支払に係る個人番号の確認について",
                paragraphs=[
                    "有害鳥獣捕獲報奨金（令和6年度上半期分）の支払調書作成のため、下記の従事者の番号を確認しました。",
                    f"従事者　{p.name()}　住所　{p.address()}",
                    "確認書類　番号カード（表・裏）　確認者　農林課 鳥獣対策係",
                ],
                textboxes=[f"{p.sei}さんの番号 {grouped(mn, '-')}", "番号確認済（原本照合）"],
            ),
            note="a My Number in a Word text box, 4-4-4 with hyphens, labelled only 「○○さんの番号」, 3",
        )
    )
    p = ctx.person(born=(1945, 1970))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "health"],
            DocSpec(
                title="有害鳥獣捕獲中の事故について（報告）",
                paragraphs=[
                    f"発生日時　{ymd(TODAY - dt.timedelta(days=3))} 7時10分頃",
                    f"場所　{ctx.city}{r.choice(ctx.towns).rstrip('*')}地内の山林",
                    f"被災者　実施隊員 {p.name()}（{p.age()}歳）",
                    f"状況　くくりわなに掛かった{animals[0]}の止め刺しの際、突進を受け転倒。左大腿部裂創、左手首骨折。",
                    f"{ctx.city.rstrip('市')}中央病院に救急搬送、手術を受け、約3週間の入院見込み。",
                    f"報告者　農林課長 {ctx.staff()}",
                ],
            ),
            note="an injured cull-team member named with diagnosis and hospital stay, 3",
        )
    )
    hunters = ctx.people(112, born=(1940, 2000))
    h_rows = [[f"{i:05d}", q.name(), ymd(q.birth), q.address()[:30], r.choice(["わな", "第一種", "網", "第一種・わな"]),
               r.choice(["R6", "R5", "R4"])] for i, q in enumerate(hunters, 1)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="狩猟者登録一覧"),
        post=system_print(f"狩猟者登録者一覧（住所地：{ctx.city}）", f"鳥獣保護管理システム　{ctx.pref}",
                          [("登録番号", 30), ("氏名", 100), ("生年月日", 190), ("住所", 260), ("免許種別", 520), ("登録年度", 600)],
                          h_rows, 28, "条件：住所地コード一致　有効のみ")))  # fmt: skip
    pay: list[list[Cell]] = [["No", "氏名", "住所", "振込先", "頭数", "報奨金"]]
    nums: list[list[Cell]] = [["No", "氏名", "番号"]]
    for i, q in enumerate(ctx.people(11, born=(1945, 1985)), 1):
        k = r.randint(2, 30)
        pay.append(
            [
                i,
                q.name(),
                q.address(),
                f"{r.choice(['ゆうちょ銀行', 'JA', '信用金庫'])} 普通 ****{r.randint(100, 999)}",
                k,
                k * 8000,
            ]
        )
        nums.append([i, q.name(), random_my_number(r)])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                sheets=[
                    sheet("支払一覧", pay, title="有害鳥獣捕獲報奨金 支払一覧"),
                    sheet("番号", nums, state="hidden", number_formats={2: "0"}),
                ]
            ),
            note="payees with their My Numbers on a hidden sheet headed only 番号, 3",
        )
    )
    return docs


# --- 農業委員会: 農地転用・農地法許可 -----------------------------------------------------------------------
def chiban(ctx: Ctx) -> str:
    t = ctx.rng.choice([t for t in ctx.towns if t.endswith("*")]).rstrip("*")
    return f"{ctx.city}{t}字{ctx.rng.choice(['上ノ原', '宮ノ前', '中島', '堀田', '北沖'])}{ctx.rng.randint(1, 3999)}番{ctx.rng.randint(1, 9)}"


def nochi(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "nochi"
    docs: list[Doc] = []
    iinkai = f"{ctx.city}農業委員会"
    # level 1 ------------------------------------------------------------------------------------------
    items = []
    for i in range(1, 7):
        items.append(
            f"議案第{i}号　農地法第{r.choice([3, 4, 5])}条の規定による許可申請について　"
            f"譲渡人 {'ＡＢＣＤＥＦ'[i - 1]}（{r.choice(ctx.towns).rstrip('*')}）　譲受人 ○○ ○○　"
            f"所在 {chiban(ctx)}　地目 {r.choice('田畑')}　面積 {r.randint(200, 2500)}㎡　→ 許可相当"
        )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{iinkai} 第{r.randint(3, 9)}回総会 議事録（公表用）",
                paragraphs=[
                    f"日時　令和6年{r.randint(4, 7)}月{r.randint(5, 25)}日 午後1時30分　場所　市役所 第3会議室",
                    f"出席委員　{r.randint(15, 19)}名　事務局　事務局長 {ctx.staff()}、主査 {ctx.staff()}",
                    *items,
                    "※個人情報保護のため、申請人の氏名は記号で表示しています。",
                ],
            ),
            note="published minutes with the applicants masked as letters and 地番 of farmland, 1",
        )
    )
    conv: list[list[Cell]] = [["月", "4条 件数", "4条 面積(㎡)", "5条 件数", "5条 面積(㎡)", "主な転用目的"]]
    for mo in ["4月", "5月", "6月", "7月", "8月", "9月"]:
        conv.append([mo, r.randint(0, 8), r.randint(0, 6000), r.randint(3, 25), r.randint(1000, 30000), r.choice(["住宅", "駐車場", "太陽光発電設備", "店舗"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("上半期", conv, title="農地転用許可・届出の状況", first_row=4)]),
            post=merge_xlsx({"上半期": ["B3:C3", "D3:E3"]}),
        )
    )
    comm = [["区分", "氏名", "担当地区", "職業"]]
    for i, q in enumerate(ctx.people(19, born=(1945, 1975))):
        comm.append(["会長" if i == 0 else ("会長職務代理者" if i == 1 else "委員"), q.name(), r.choice(ctx.towns).rstrip("*"), r.choice(["農業", "農業（果樹）", "農業（畜産）"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{iinkai} 委員名簿（令和6年7月20日現在）",
                tables=[comm],
                paragraphs=["任期　令和5年7月20日から令和8年7月19日まで"],
            ),
            note="members of the 農業委員会 (特別職) by name, district and occupation only, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="農地法第3条の規定による許可申請書（記入例）",
                paragraphs=[
                    f"{iinkai}会長　様",
                    f"譲渡人　住所 {ctx.city}〇〇町123番地　氏名 {SAMPLE_NAMES[3]}　年齢 67歳　職業 農業",
                    f"譲受人　住所 {ctx.city}△△町456番地　氏名 {SAMPLE_NAMES[4]}　年齢 45歳　職業 農業",
                    "土地の所在　〇〇町字〇〇 789番　地目 田　面積 1,234㎡",
                    "権利の種類　所有権移転（売買）",
                ],
            ),
            note="記入例 with invented parties, 1",
        )
    )
    rent: list[list[Cell]] = [["地区", "田 平均額(円/10a)", "田 最高額", "田 最低額", "データ数"]]
    for t in ctx.towns:
        avg = r.randint(3000, 14000)
        rent.append(
            [
                t.rstrip("*"),
                avg,
                avg + r.randint(1000, 6000),
                max(0, avg - r.randint(1000, 5000)),
                r.randint(3, 80),
            ]
        )
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("賃借料", [["令和5年 賃借料情報（農地法第52条）"], *rent])]),
        )
    )
    # level 2 ------------------------------------------------------------------------------------------
    a, b = ctx.person(born=(1940, 1965)), ctx.person(born=(1970, 1995))
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="農地法第5条第1項の規定による許可申請書",
        paragraphs=[f"{ctx.pref}知事　様（{iinkai}経由）", "下記のとおり転用のため権利を設定（移転）したいので許可を申請します。"],
        tables=[[["当事者", "氏名", "住所", "電話"], ["譲渡人", a.name(), a.address(True), a.phone],
                 ["譲受人", b.name(), b.address(True), b.phone]],
                [["土地の所在", "地目", "面積", "転用目的"], [chiban(ctx), "畑", f"{r.randint(180, 500)}㎡", "自己用住宅の建築"]]])))  # fmt: skip
    cases: list[list[Cell]] = [
        ["番号", "条", "申請人（譲渡人）", "住所", "申請人（譲受人）", "住所", "土地", "面積"]
    ]
    for i in range(1, 9):
        x, y = ctx.person(born=(1940, 1970)), ctx.person(born=(1960, 1998))
        cases.append(
            [
                i,
                r.choice(["3条", "5条"]),
                x.name(),
                x.address(),
                y.name(),
                y.address(),
                chiban(ctx),
                r.randint(150, 3000),
            ]
        )
    pad: list[list[Cell]] = [[None] * 24 + row for row in cases]
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("議案", [["総会資料（内部用・公表不可）"], ["申請一覧は右側の表"], *pad])]),
            note="the unmasked agenda: private applicants with addresses, the table starting at column Y, 2",
        )
    )
    p = ctx.person(born=(1945, 1975))
    lot = ctx.urban(p)
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address", "phone"],
            DocSpec(title="現地調査復命書"),
            post=letter_pdf(
                [
                    "^現地調査復命書",
                    f">{wareki(TODAY, 'spaced')}",
                    f"申請人　{p.name()}",
                    f"申請人住所　{spaced_digits(p.city + p.town + lot)}",
                    f"連絡先　{p.phone}",
                    f"調査日　{wareki(TODAY - dt.timedelta(days=6), 'spaced')}　調査員 {ctx.staff()}、{ctx.staff()}",
                    f"対象地　{spaced_digits(chiban(ctx))}",
                    "現況　休耕田（雑草繁茂）。周囲は住宅地で、営農への支障は少ないと認められる。",
                    "意見　許可相当",
                ]
            ),
            note="a site-visit report printed to PDF with digits set apart: applicant's address and phone, 2",
        )
    )
    p = ctx.person(born=(1940, 1965))
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="農地の貸付けあっせん申出書",
                paragraphs=[
                    f"{iinkai}会長　様",
                    f"申出者　住所 {p.address(True)}　氏名 {p.name()}　電話 {p.phone}",
                    f"農地　{chiban(ctx)}　田 {r.randint(800, 4000)}㎡",
                    "希望　賃貸借（10年）　希望賃料 10a当たり 8,000円",
                ],
            ),
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    owners = ctx.people(143, born=(1930, 1985))
    o_rows = [[f"{i:06d}", q.name(), q.address()[:28], chiban(ctx)[len(ctx.city):][:22], f"{r.randint(100, 5000)}",
               r.choice(["遊休", "遊休", "不明"])] for i, q in enumerate(owners, 1)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="利用意向調査対象者一覧"),
        post=system_print("利用意向調査 対象者一覧", f"農地台帳システム　{iinkai}",
                          [("所有者番号", 30), ("所有者氏名", 100), ("所有者住所", 190), ("所在・地番", 430), ("面積㎡", 610), ("判定", 680)],
                          o_rows, 30, "抽出：利用状況調査 判定=1号遊休農地　令和6年度")))  # fmt: skip
    s_rows: list[list[Cell]] = [["所有者", "住所", "地番", "管理状況", "聞き取り内容"]]
    for q in ctx.people(7, born=(1930, 1960)):
        s_rows.append([q.name(), q.address(), chiban(ctx), r.choice(["草刈り未実施", "耕作放棄"]),
                       r.choice(["本人が脳梗塞で入院中、管理できない", "認知症で施設入所、長男が市外在住", "腰椎圧迫骨折で療養中", "透析通院のため耕作困難"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            3,
            ["name", "address", "health"],
            DocSpec(sheets=[sheet("聞き取り", s_rows, title="遊休農地 所有者聞き取り結果")]),
            note="farmland owners named with why they cannot farm: stroke, dementia, dialysis, 3",
        )
    )
    ar: list[list[Cell]] = [["組合員番号", "氏名", "住所", "賦課年度", "未納額", "督促"]]
    for q in ctx.people(14, born=(1935, 1975)):
        ar.append([f"K{r.randint(1000, 9999)}", q.name(), q.address(), f"R{r.randint(1, 5)}", r.randint(4000, 96000), r.choice(["督促済", "催告済", "分納中"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "提供依頼",
                        [["土地改良区から農業委員会への情報提供（農地の所有者確認）"], ["未納者は別シート"]],
                    ),
                    sheet(
                        "未納者",
                        ar,
                        state="hidden",
                        title="土地改良区 賦課金 未納者一覧",
                        number_formats={4: "#,##0"},
                    ),
                ]
            ),
            note="named farmers' unpaid land-improvement levies on a hidden sheet, 3",
        )
    )
    return docs


# --- 市 商工観光課: 商店街補助・中小企業融資 ----------------------------------------------------------------
STREETS = [
    "駅前通り商店街振興組合",
    "銀天街商店街振興組合",
    "本町一番街商店会",
    "中央通り協同組合",
    "白壁通り商店会",
]


def shoko(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shoko"
    docs: list[Doc] = []
    bank = r.choice(["第一地方銀行", "商工中金", "信用金庫", "信用組合"])
    # level 1 ------------------------------------------------------------------------------------------
    sub: list[list[Cell]] = [["団体名", "法人番号", "代表者", "事業名", "補助対象経費", "交付決定額"]]
    for st in STREETS:
        rep = ctx.person(born=(1945, 1975))
        cost = r.randint(40, 400) * 10000
        sub.append([st, random_corporate_number(r) if "組合" in st else "", f"理事長 {rep.name()}" if "組合" in st else f"会長 {rep.name()}",
                    r.choice(["アーケード照明LED化", "空き店舗活用事業", "夏まつり開催", "防犯カメラ設置", "キャッシュレス導入支援"]),
                    cost, cost // 2])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "交付決定",
                        sub,
                        title="令和6年度 商店街活性化事業補助金 交付決定一覧",
                        number_formats={4: "#,##0", 5: "#,##0"},
                    )
                ]
            ),
            note="subsidised associations with 法人番号 and their 理事長/会長 in role, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}中小企業振興資金融資制度のご案内",
                paragraphs=[
                    "対象　市内に事業所を有し、1年以上同一事業を営む中小企業者（個人事業主を含む）",
                    "融資限度額　運転資金 1,000万円　設備資金 2,000万円",
                    "利率　年1.2%（うち市が0.5%を利子補給）",
                    "保証　信用保証協会の保証付き（保証料の2分の1を市が補助）",
                    f"取扱金融機関　市内の{bank}ほか各金融機関",
                    f"問合せ　商工観光課 商工係 {ctx.staff()}　電話 {ctx.office_phone(5)}",
                ],
            ),
        )
    )
    perf = [["業種", "件数", "融資額（千円）", "平均（千円）"]]
    for k in ["製造業", "建設業", "卸売業", "小売業", "飲食サービス業", "宿泊業", "サービス業"]:
        n, amt = r.randint(2, 40), r.randint(10000, 300000)
        perf.append([k, str(n), yen(amt), yen(amt // n)])
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和5年度 制度融資あっせん実績",
                tables=[perf],
                paragraphs=["件数・金額は実行ベース。個別の融資先は公表していません。"],
            ),
        )
    )
    vac: list[list[Cell]] = [["物件No", "所在地", "面積(㎡)", "賃料(月)", "問合せ先"]]
    for i in range(1, 11):
        vac.append([f"V-{i:02d}", ctx.biz_address(), r.randint(30, 180), yen(r.randint(4, 20) * 10000),
                    f"{r.choice(['まちなか不動産', '中央ハウジング', 'みなと土地建物'])}（{ctx.tel()}）"])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("空き店舗", vac)])))
    late: list[list[Cell]] = [["融資番号", "借受人", "法人番号", "代表者", "延滞額", "延滞月数", "対応"]]
    for _ in range(12):
        kind, name = r.choice(COMPANIES)
        late.append([fail_check(random_my_number(r, "4"), r.randint(1, 9)), f"{kind}{name}", random_corporate_number(r),
                     f"代表取締役 {ctx.staff()}", r.randint(100, 3000) * 1000, r.randint(1, 9), r.choice(["条件変更協議中", "代位弁済請求予定", "分割返済中"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "法人", late, title="制度融資 延滞状況（法人分）", number_formats={0: "0", 4: "#,##0"}
                    )
                ]
            ),
            note="arrears of companies, not of private persons; 融資番号 are 12-digit look-alikes failing the check digit, 1",
        )
    )
    masked = [["No", "借受人", "所在", "延滞額（千円）", "延滞月数", "方針"]]
    for i, q in enumerate(ctx.people(6, born=(1945, 1985)), 1):
        masked.append([str(i), f"{q.sei} ●●", f"{q.city}{q.town}●●", str(r.randint(50, 900)), str(r.randint(2, 12)),
                       r.choice(["分割返済の継続", "保証協会へ代位弁済請求", "返済条件の変更"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="制度融資 延滞案件の状況（融資審査会 配布資料）",
                paragraphs=["借受人の氏名・所在は、配布用にマスキングしています。原本は商工係で保管。"],
                tables=[masked],
            ),
            note="a masked copy: surnames with the given names blacked out and towns only, 1",
        )
    )
    # level 2 ------------------------------------------------------------------------------------------
    p = ctx.person(born=(1960, 1990))
    sales = r.randint(800, 4000) * 10000
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "birth_date", "phone", "income"],
            DocSpec(
                title="中小企業振興資金 融資あっせん申込書",
                paragraphs=[f"{ctx.city}長　様", "個人事業主用"],
                tables=[
                    [
                        ["屋号", r.choice(SHOPS)],
                        ["氏名", p.name()],
                        ["生年月日", wareki(p.birth)],
                        ["自宅住所", p.address(True)],
                        ["電話", p.phone],
                        ["前年売上高", f"{yen(sales)}円"],
                        ["前年所得金額", f"{yen(sales // 7)}円"],
                        ["申込金額", "3,000,000円（運転資金）"],
                    ]
                ],
            ),
            note="a sole trader's loan application: home address, birth date, phone and income, 2",
        )
    )
    stalls = ctx.people(12, born=(1960, 2000))
    docs.append(
        Doc(
            F,
            "pptx",
            2,
            ["name", "phone"],
            DocSpec(
                title=f"{r.choice(STREETS)} 夏まつり 出店者説明会",
                paragraphs=[
                    "搬入 16:00まで　営業 17:00～21:00",
                    "火気使用の店舗は消火器を持参",
                    "ゴミは各自持ち帰り",
                ],
                tables=[
                    [["区画", "出店者", "内容", "当日連絡先"]]
                    + [
                        [
                            f"{chr(65 + i // 4)}-{i % 4 + 1}",
                            q.name(),
                            r.choice(["焼きそば", "かき氷", "手作り雑貨", "野菜"]),
                            q.phone,
                        ]
                        for i, q in enumerate(stalls)
                    ]
                ],
            ),
            note="individual stallholders with their mobile phones, 2",
        )
    )
    p, g = ctx.person(born=(1955, 1985)), ctx.person(born=(1950, 1990))
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="連帯保証人変更届",
                paragraphs=[
                    f"借受人　{p.name()}（{r.choice(SHOPS)}）",
                    f"新たな連帯保証人　住所 {g.address(True)}",
                    f"氏名 {g.name()}　生年月日 {wareki(g.birth, 'short')}　借受人との関係 {r.choice(['兄', '義父', '叔母', '知人'])}",
                    "変更理由　前連帯保証人の死亡による",
                ],
            ),
        )
    )
    owner = ctx.person(born=(1950, 1980))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("11:30", a, f"空き店舗補助の申請、{owner.name()}さん（家主）の同意書が必要です"),
                        ("11:31", b, "家主さんの住所って？"),
                        ("11:33", a, f"{owner.address()} です。店舗の2階ではなく自宅の方へ郵送で"),
                    ],
                    "商工係",
                )
            ),
            note="a Teams thread: a named landlord and, in the reply, the home address, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    debt: list[list[Cell]] = [
        ["融資番号", "借受人（屋号）", "住所", "電話", "融資残高", "延滞額", "延滞月数", "督促状況"]
    ]
    for q in ctx.people(15, born=(1945, 1985)):
        debt.append([f"R{r.randint(1, 5)}-{r.randint(100, 999)}", f"{q.name()}（{r.choice(SHOPS)}）", q.address(), q.phone,
                     r.randint(50, 900) * 10000, r.randint(5, 90) * 10000, r.randint(2, 14), r.choice(["電話督促", "督促状送付", "訪問予定", "連絡つかず"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "延滞（個人）",
                        debt,
                        title="制度融資 延滞者一覧（個人事業主）",
                        number_formats={4: "#,##0", 5: "#,##0"},
                    )
                ]
            ),
            note="sole traders' loan arrears: the borrowers are natural persons, 3",
        )
    )
    q = ctx.person(born=(1950, 1980))
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("09:19", a, f"{q.name()}さん（{r.choice(SHOPS)}）から利子補給の申請が来ています"),
                        (
                            "09:22",
                            b,
                            f"その方、{bank}から延滞の報告が上がってます。3か月分、約{r.randint(20, 60)}万円",
                        ),
                        ("09:23", a, "延滞中だと利子補給の対象外ですね。要綱確認します"),
                    ],
                    "商工係",
                )
            ),
            note="a Teams thread: a named sole trader and, in a reply, their loan arrears, 3",
        )
    )
    q = ctx.person(born=(1950, 1980))
    due = r.randint(30, 120) * 10000
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="返済についてのお願い（督促）",
                paragraphs=[
                    f"〒{q.zip}　{q.address(True)}",
                    f"{q.name()}　様",
                    f"{ctx.city}中小企業振興資金の約定返済が、令和6年{r.randint(2, 5)}月分から滞っております。",
                    f"延滞額　{yen(due)}円（元金及び利息）",
                    "つきましては、令和6年8月9日までに下記口座へご返済くださいますようお願いいたします。",
                    f"ご事情により返済が困難な場合は、{bank}融資担当又は市商工観光課へご相談ください。",
                ],
                header=f"{ctx.city}商工観光課",
            ),
        )
    )
    book: list[list[Cell]] = [["融資番号", "借受人", "生年月日", "住所", "電話", "業種", "融資額", "実行日"]]
    for q in ctx.people(108, born=(1945, 1995)):
        book.append([f"R{r.randint(1, 5)}-{r.randint(100, 999)}", q.name(), ymd(q.birth), q.address(), q.phone,
                     r.choice(["小売業", "飲食業", "建設業", "サービス業"]), r.randint(10, 200) * 10000, ymd(TODAY - dt.timedelta(days=r.randint(100, 1800)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv",
            3,
            ["name", "birth_date", "address", "phone"],
            DocSpec(sheets=[sheet("台帳", book)]),
            note="loan ledger export of more than 100 sole traders, 3",
        )
    )
    return docs


# --- 保健所・市 環境課: 犬の登録・狂犬病予防 ---------------------------------------------------------------
DOGS = [
    "ポチ",
    "モモ",
    "ココ",
    "マロン",
    "ハナ",
    "コタロウ",
    "さくら",
    "ソラ",
    "チョコ",
    "ラッキー",
    "太郎",
    "リン",
]
BREEDS = [
    "柴",
    "トイ・プードル",
    "ミニチュア・ダックスフンド",
    "チワワ",
    "雑種",
    "ラブラドール・レトリーバー",
    "ポメラニアン",
]


def inu(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "inu"
    docs: list[Doc] = []
    # level 1 ------------------------------------------------------------------------------------------
    sched = [["月日", "時間", "会場", "所在地"]]
    for i in range(10):
        sched.append([f"4月{8 + i}日", r.choice(["9:30～10:30", "13:30～14:30", "10:45～11:30"]),
                      f"{r.choice(ctx.towns).rstrip('*')}{r.choice(['公民館', '集会所', 'コミュニティセンター'])}", ctx.biz_address()])  # fmt: skip
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="令和6年度 狂犬病予防集合注射 日程表", tables=[sched],
                                             paragraphs=["注射料金 3,300円（注射済票交付手数料 550円を含む）", "登録がまだの犬は会場で登録できます（3,000円）"])))  # fmt: skip
    trend: list[list[Cell]] = [["年度", "登録頭数", "注射頭数", "注射率"]]
    for y in range(2016, 2024):
        n = r.randint(5000, 12000)
        k = int(n * r.uniform(0.6, 0.8))
        trend.append([f"{y}年度", n, k, f"{k / n:.1%}"])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("推移", trend, title="犬の登録頭数・狂犬病予防注射頭数の推移")]),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="犬の登録申請書（記入例）",
                paragraphs=[
                    f"所有者　住所 {ctx.city}〇〇町1-2-3　氏名 {SAMPLE_NAMES[1]}　電話 000-000-0000",
                    "犬の名前 ポチ　種類 柴　毛色 赤　性別 オス　生年月日 令和5年4月1日",
                    "※記入例です。生年月日は犬の生年月日を記入してください。",
                ],
            ),
            note="記入例: a sample owner, and the birth date is the dog's, 1",
        )
    )
    clinics = [["動物病院名", "院長", "所在地", "電話"]]
    for name in [
        "みどり動物病院",
        "さかぐち犬猫病院",
        "ペットクリニック城北",
        "ふわ動物病院",
        "あおば動物医療センター",
    ]:
        clinics.append([name, f"獣医師 {ctx.staff()}", ctx.biz_address(), ctx.tel()])
    docs.append(Doc(F, "odt", 1, [], DocSpec(title="狂犬病予防注射 委託動物病院一覧", tables=[clinics])))
    lost: list[list[Cell]] = [["収容日", "収容場所", "種類", "毛色", "性別", "首輪", "推定年齢"]]
    for _ in range(9):
        lost.append([ymd(TODAY - dt.timedelta(days=r.randint(0, 14))), f"{r.choice(ctx.towns).rstrip('*')}付近", r.choice(BREEDS),
                     r.choice(["白", "茶", "黒", "赤", "白茶"]), r.choice(["オス", "メス"]), r.choice(["赤", "青", "なし"]), f"{r.randint(1, 12)}歳"])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("収容", lost)])))
    # level 2 ------------------------------------------------------------------------------------------
    old, new = ctx.person(born=(1935, 1960)), ctx.person(born=(1960, 1995))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "届出",
                        [
                            ["届出日", ymd(TODAY)],
                            ["登録番号", f"{ctx.city.rstrip('市')}第{r.randint(1000, 9999)}号"],
                            ["犬の名", r.choice(DOGS)],
                            ["旧所有者", old.name()],
                            ["旧住所", old.address()],
                            ["新所有者", new.name()],
                            ["新住所", new.address()],
                            ["新電話", new.phone],
                            ["理由", "旧所有者の施設入所のため"],
                        ],
                        title="犬の所有者変更届",
                    )
                ]
            ),
            note="a change of dog owner: two named residents with addresses; 施設入所 says nothing about a condition, 2",
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="収容犬 返還受領書",
                paragraphs=[
                    f"犬の種類 {r.choice(BREEDS)}　名前 {r.choice(DOGS)}　収容日 {ymd(TODAY - dt.timedelta(days=2))}",
                    "上記の犬の返還を受けました。今後は逸走させないよう適正に飼養します。",
                    f"住所　{p.address(True)}",
                    f"氏名　{p.name()}　　電話　{p.phone}",
                    f"返還担当　{ctx.hokenjo} {ctx.staff()}",
                ],
            ),
        )
    )
    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("15:40", a, "昨日収容した柴、鑑札から飼い主わかりました"),
                        ("15:41", b, "どなた？"),
                        ("15:43", a, f"{p.name()}さん。登録の電話は {p.phone} です"),
                        ("15:44", b, "連絡してみます"),
                    ],
                    "動物愛護班",
                )
            ),
            note="a LINE WORKS thread in cp932: a named owner and the phone from the register, 2",
        )
    )
    due: list[list[Cell]] = [["登録番号", "所有者", "住所", "犬の名", "最終注射年度"]]
    for q in ctx.people(30, born=(1940, 2000)):
        due.append([f"{r.randint(1000, 9999)}", q.name(), q.address(), r.choice(DOGS), f"R{r.randint(2, 4)}"])
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("未接種", due, title="狂犬病予防注射 未接種者への督促状送付予定")]),
            note="owners reminded of a missed rabies shot: a reminder, not a debt, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    reg: list[list[Cell]] = [
        ["登録番号", "登録年月日", "所有者氏名", "所有者住所", "電話", "犬の名", "種類", "毛色"]
    ]
    for q in ctx.people(124, born=(1940, 2002)):
        reg.append([f"{r.randint(10000, 99999)}", ymd(TODAY - dt.timedelta(days=r.randint(30, 4000))), q.name(), q.address(), q.phone,
                    r.choice(DOGS), r.choice(BREEDS), r.choice(["白", "茶", "黒", "赤"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("原簿", reg)]),
            note="a dog-register export in cp932 of more than 100 owners, 3",
        )
    )
    v = ctx.person(born=(1950, 2015))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="犬による咬傷事故届",
                paragraphs=[
                    f"発生日時　{ymd(TODAY - dt.timedelta(days=1))} 17時頃",
                    f"発生場所　{ctx.city}{r.choice(ctx.towns).rstrip('*')}の市道",
                    f"被害者　{v.name()}（{v.age()}歳）　住所 {v.address()}",
                    "負傷の程度　右ふくらはぎに咬傷（4針縫合）。破傷風トキソイド接種。全治2週間の見込み。",
                    f"加害犬　{r.choice(BREEDS)}（登録番号 {r.randint(1000, 9999)}）　飼い主は{ctx.company()}の敷地で飼養",
                    "措置　飼い主に対し、24時間以内の狂犬病鑑定のため獣医師の検診を指示",
                ],
            ),
        )
    )
    inj = ctx.people(131, born=(1940, 2002))
    i_rows = [[f"{r.randint(1000, 9999)}", q.name(), q.address()[:28], r.choice(DOGS), f"R6-{i:04d}", ymd(TODAY - dt.timedelta(days=r.randint(40, 100)))]
              for i, q in enumerate(inj, 1)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="注射済票交付台帳"),
        post=system_print("狂犬病予防注射済票 交付台帳", f"畜犬管理システム　{ctx.city}",
                          [("登録番号", 30), ("所有者", 100), ("住所", 190), ("犬の名", 430), ("済票番号", 510), ("接種日", 600)],
                          i_rows, 32, "交付年度：令和6年度　会場：集合注射")))  # fmt: skip
    p = ctx.person(born=(1935, 1950))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="多頭飼育に関する現地確認記録",
                paragraphs=[
                    f"確認日 {ymd(TODAY - dt.timedelta(days=5))}　同行 地域包括支援センター 社会福祉士 {ctx.staff()}",
                    f"飼い主　{p.name()}（{p.age()}歳）　{p.address()}",
                    "犬 14頭（うち未登録 11頭）。室内の糞尿がひどく、近隣から悪臭の苦情。",
                    "本人は軽度の認知症の診断あり（要介護1）、糖尿病で通院中。会話は成り立つが、頭数を把握していない。",
                    "今後　福祉部門とケース会議を開き、不妊去勢手術と譲渡を進める。",
                ],
            ),
        )
    )
    return docs


# --- 市 市民課・環境課: 墓地・火葬 --------------------------------------------------------------------------
def bochi(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "bochi"
    docs: list[Doc] = []
    park = f"{ctx.city}営{r.choice(['東山', '城山', '桜ケ丘', '西原'])}墓地公園"
    hall = f"{ctx.city}斎場"
    # level 1 ------------------------------------------------------------------------------------------
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{park} 使用者募集のお知らせ",
                paragraphs=[
                    f"募集区画　一般墓所 {r.randint(20, 60)}区画（4㎡）・芝生墓所 {r.randint(10, 30)}区画",
                    "使用料　一般墓所 480,000円　芝生墓所 360,000円　管理料 年額 4,000円",
                    "資格　市内に1年以上住所を有し、焼骨を所持している方",
                    "申込多数の場合は公開抽選",
                    f"問合せ　環境課 墓地斎場係　電話 {ctx.office_phone(7)}",
                ],
            ),
        )
    )
    cr: list[list[Cell]] = [["月", "大人", "小人", "死産児", "市外", "計"]]
    for mo in ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]:
        v = [r.randint(60, 160), r.randint(0, 2), r.randint(0, 3), r.randint(2, 20)]
        cr.append([mo, *v, sum(v)])
    docs.append(
        Doc(F, "xlsx", 1, [], DocSpec(sheets=[sheet("R5", cr, title=f"{hall} 火葬件数（令和5年度）")]))
    )
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="火葬許可申請書",
                paragraphs=[
                    f"{ctx.city}長　様",
                    "死亡者の本籍　　　　　　　　住所",
                    "氏名　　　　　　性別　　　生年月日",
                    "死亡年月日時　　　　　死亡場所",
                    "死因　「一類感染症等」・「その他」",
                    "火葬場所　　　　　火葬予定日時",
                    "申請者　住所　　　　　氏名　　　　　死亡者との続柄",
                    f"（記入例は窓口に掲示しています。例：申請者 {SAMPLE_NAMES[2]}）",
                ],
            ),
            note="a blank form with a sample name, 1",
        )
    )
    tmp: list[list[Cell]] = [
        ["墓地の名称", "経営者", "法人番号", "代表役員", "所在地", "区画数", "経営許可年月日"]
    ]
    for kind, name in TEMPLES:
        tmp.append([f"{name}墓地", f"{kind} {name}", random_corporate_number(r), f"住職 {ctx.staff()}", ctx.biz_address(),
                    str(r.randint(40, 600)), wareki(dt.date(r.randint(1960, 2015), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("経営許可", tmp)]),
            note="cemeteries run by religious corporations: 法人番号 and 代表役員 in role, 1",
        )
    )
    # level 2 ------------------------------------------------------------------------------------------
    p = ctx.person(born=(1945, 1975))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="墓地使用許可証",
                paragraphs=[
                    f"使用者　住所 {p.address(True)}",
                    f"　　　　氏名 {p.name()}　様　　電話 {p.phone}",
                    f"墓地　{park}　{r.choice('ABCDE')}区 {r.randint(1, 30)}列 {r.randint(1, 40)}番　面積 4㎡",
                    f"使用許可年月日　{wareki(TODAY - dt.timedelta(days=10))}",
                    f"{ctx.city}長",
                ],
            ),
        )
    )
    old, new = ctx.person(born=(1930, 1950)), ctx.person(born=(1955, 1985))
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("承継", [
        ["区画", f"{r.choice('ABCDE')}-{r.randint(1, 30)}-{r.randint(1, 40)}"], ["旧使用者", old.name()], ["旧使用者住所", old.address()],
        ["承継者", new.name()], ["承継者住所", new.address(True)], ["承継者電話", new.phone], ["続柄", r.choice(["長男", "次男"] if new.sex == "男" else ["長女", "妻"])],
        ["承継理由", "旧使用者の死亡"]], title="墓地使用権承継届")])))  # fmt: skip
    p = ctx.person(born=(1950, 1980))
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="改葬許可申請書",
                paragraphs=[
                    f"申請者　{p.name()}　住所 {p.address(True)}　電話 {p.phone}",
                    f"改葬の理由　墓じまいのため（{park}から{ctx.pref}外の納骨堂へ）",
                    f"死亡者　{p.sei}家先祖代々（3柱）　埋葬年月日 不詳",
                    "墓地管理者の証明　別紙のとおり",
                ],
            ),
        )
    )
    caller = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("08:40", a, f"{park}の隣接地の草が伸びて困っていると、{caller.name()}さんから"),
                        ("08:42", b, "隣接地ってどこ？"),
                        ("08:43", a, f"ご本人の家の裏です。{caller.address()}"),
                        ("08:45", b, "今日の巡回で見てきます"),
                    ],
                    "墓地斎場係",
                )
            ),
            note="a Slack-style thread: a named caller and, in a reply, the home address, 2",
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    fee: list[list[Cell]] = [["区画", "使用者", "住所", "未納年度", "未納額", "催告回数"]]
    for q in ctx.people(21, born=(1930, 1970)):
        n = r.randint(1, 6)
        fee.append([f"{r.choice('ABCDE')}-{r.randint(1, 30)}-{r.randint(1, 40)}", q.name(), q.address(), f"R{6 - n}～R5", n * 4000, r.randint(1, 4)])  # fmt: skip
    far: list[list[Cell]] = [[None] * 26 + row for row in fee]
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    sheet("集計", [["管理料未納", f"{len(fee) - 1}件"], ["詳細は作業用シート右端"]]),
                    sheet("作業用", [["（作業用）"], *far], state="hidden"),
                ]
            ),
            note="cemetery-fee arrears of named users, on a hidden sheet far right, 3",
        )
    )
    d, s = ctx.person(born=(1930, 1955)), ctx.person(born=(1955, 1985))
    died = TODAY - dt.timedelta(days=1)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "birth_date", "phone", "health"],
            DocSpec(
                title="火葬許可申請書",
                paragraphs=[
                    f"死亡者　{d.name()}　{d.sex}　生年月日 {wareki(d.birth)}",
                    f"住所　{d.address(True)}",
                    f"死亡年月日時　{wareki(died)} 午前{r.randint(1, 11)}時{r.randint(0, 59)}分　死亡場所 {ctx.city.rstrip('市')}中央病院",
                    f"死因　{r.choice(['誤嚥性肺炎', '急性心筋梗塞', '膵臓癌', '脳出血'])}（その他）",
                    f"火葬場所　{hall}　予定 {ymd(died + dt.timedelta(days=2))} 11:00",
                    f"申請者　{s.name()}（{'甥' if s.sex == '男' else '長女'}）　住所 {s.address(True)}　電話 {s.phone}",
                ],
            ),
            note="a cremation application: the deceased's cause of death with name and birth date, and the applicant's contacts, 3",
        )
    )
    users = ctx.people(152, born=(1930, 1990))
    u_rows = [[f"{r.choice('ABCDE')}-{i // 40 + 1}-{i % 40 + 1}", q.name(), q.address()[:30], q.phone, ymd(TODAY - dt.timedelta(days=r.randint(400, 9000)))]
              for i, q in enumerate(users)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "phone"], DocSpec(title="墓地使用者台帳"),
        post=system_print(f"{park} 使用者台帳", "墓地管理システム", [("区画", 30), ("使用者", 100), ("住所", 190), ("電話", 450), ("許可日", 560)],
                          u_rows, 34, "並び順：区画")))  # fmt: skip
    d, s = ctx.person(born=(1930, 1955)), ctx.person(born=(1955, 1985))
    mn_s = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address", "phone"],
            DocSpec(
                title="国民健康保険 葬祭費支給申請書",
                paragraphs=[
                    f"被保険者（死亡者）　{d.name()}　死亡日 {ymd(TODAY - dt.timedelta(days=12))}",
                    f"申請者（喪主）　{s.name()}　住所 {s.address()}　電話 {s.phone}",
                    f"葬祭執行日　{ymd(TODAY - dt.timedelta(days=9))}　支給額 50,000円",
                    "振込先　申請者名義 普通預金",
                ],
                header=f"番号 {grouped(mn_s)}　本人確認：運転免許証",
            ),
            note="a funeral-grant form with the applicant's My Number in the Word header labelled only 番号, 3",
        )
    )
    return docs


# --- the set --------------------------------------------------------------------------------------------
FAMILIES: list[Callable[[Ctx], list[Doc]]] = [shokuhin, chudoku, eisei, shuryo, nochi, shoko, inu, bochi]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, hokenjo, towns = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, hokenjo, towns, set())
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set25", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
