"""Twenty-eighth red-team set (blind): a town's community-facing desks and its 選挙管理委員会.

``python -m corpus.redteam.set28 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One town is drawn per build. Families follow the desk a document comes from: 市民協働 and the 自治会
(``kyodo``), 国際交流 and the foreign residents' consultation desk (``kokusai``), sports and facility bookings
(``sports``), 生涯学習 and the 公民館 classes (``shogai``), tourism and events (``kanko``), 男女共同参画 and 人権相談
(``sankaku``) and the 選挙管理委員会 (``senkyo``); each with its public look-alikes (open-data lists of facilities,
spots and polling stations with kana readings, lat/long and phones, event announcements naming lecturers and
guests in their role, the town's published 自治会長 roster, award lists, candidate lists, statistics by age and
sex, blank forms and 記入例, staff rosters by 職名, minutes naming members in their role, press releases).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons with identifying details; 2 for a private person's name with their
address, birth date or phone; 1 otherwise, including staff, lecturers, guests, 自治会長 in the published roster,
candidates, award winners and NPO 代表者 named in their role, companies and facilities, sample names in 記入例,
masked copies and published figures. ``types`` lists what a perfect reader reports about private persons (plus
``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
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
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2828
VARIANT = "redteam28"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, 郡, town, area code, zip prefix, 大字/丁目 areas, town-hall lot); an area ending in "*" takes 番地
TOWNS: list[tuple[str, str, str, str, str, list[str], str]] = [
    ("宮城県", "亘理郡", "亘理町", "0223", "989",
     ["字下小路*", "字西郷*", "逢隈田沢*", "荒浜字中野*", "中央", "旭台", "桜小路"], "字悠里2番地"),
    ("群馬県", "吾妻郡", "中之条町", "0279", "377",
     ["大字中之条町*", "大字伊勢町*", "大字平*", "大字折田*", "駅前", "みどり台", "栄町"], "大字中之条町1090番地"),
    ("愛知県", "知多郡", "東浦町", "0562", "470",
     ["大字緒川*", "大字石浜*", "大字森岡*", "大字藤江*", "緒川新田", "生路台", "森岡台"], "大字緒川字政所21番地"),
    ("福岡県", "糟屋郡", "志免町", "092", "811",
     ["大字田富*", "大字別府*", "大字吉原*", "志免中央", "東公園台", "南里", "桜丘"], "志免中央一丁目2番3号"),
    ("高知県", "高岡郡", "四万十町", "0880", "786",
     ["大字琴平町*", "大字茂串町*", "十和川口*", "窪川中津川*", "大字本町*", "新開町", "緑ヶ丘"], "琴平町16番18号"),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("九十九", "つくも"), ("月見里", "やまなし"), ("御手洗", "みたらい"), ("栗花落", "つゆり"), ("纐纈", "こうけつ"),
    ("八月一日", "ほづみ"), ("釘宮", "くぎみや"), ("猪狩", "いがり"), ("雲母", "きら"), ("日下部", "くさかべ"),
    ("毒島", "ぶすじま"), ("漆間", "うるま"), ("相良", "さがら"), ("鮫島", "さめじま"), ("設楽", "したら"),
    ("安孫子", "あびこ"), ("宇佐美", "うさみ"), ("鶴見", "つるみ"), ("佐藤", "さとう"), ("斎藤", "さいとう"),
    ("高木", "たかぎ"), ("青木", "あおき"), ("阿部", "あべ"), ("小野", "おの"), ("原田", "はらだ"),
    ("藤田", "ふじた"), ("後藤", "ごとう"), ("岡本", "おかもと"), ("中島", "なかじま"), ("石井", "いしい"),
    ("上田", "うえだ"), ("松田", "まつだ"), ("福田", "ふくだ"), ("太田", "おおた"), ("西村", "にしむら"),
    ("三浦", "みうら"), ("藤井", "ふじい"), ("遠藤", "えんどう"), ("坂本", "さかもと"), ("竹内", "たけうち"),
    ("酒井", "さかい"), ("宮崎", "みやざき"), ("野口", "のぐち"), ("杉山", "すぎやま"), ("千葉", "ちば"),
    ("菊地", "きくち"), ("大野", "おおの"), ("平野", "ひらの"), ("市川", "いちかわ"), ("久保", "くぼ"),
    ("桑原", "くわばら"), ("荒木", "あらき"), ("大塚", "おおつか"), ("横山", "よこやま"), ("宮本", "みやもと"),
    ("内田", "うちだ"), ("菅野", "かんの"), ("桜井", "さくらい"), ("河野", "こうの"), ("星野", "ほしの"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("雷蔵", "らいぞう"), ("伊織", "いおり"), ("颯真", "そうま"), ("寅吉", "とらきち"), ("左京", "さきょう"),
    ("陽向", "ひなた"), ("浩", "ひろし"), ("隆", "たかし"), ("博之", "ひろゆき"), ("和夫", "かずお"),
    ("正雄", "まさお"), ("修", "おさむ"), ("茂", "しげる"), ("大輔", "だいすけ"), ("拓也", "たくや"),
    ("直樹", "なおき"), ("悠斗", "ゆうと"), ("陸", "りく"), ("航", "わたる"), ("秀樹", "ひでき"),
    ("達也", "たつや"), ("康弘", "やすひろ"), ("幸男", "ゆきお"), ("英二", "えいじ"), ("圭介", "けいすけ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("凛", "りん"), ("撫子", "なでしこ"), ("紬", "つむぎ"), ("琴音", "ことね"), ("千鶴", "ちづる"),
    ("トミ", "とみ"), ("ヨシ子", "よしこ"), ("澄江", "すみえ"), ("和子", "かずこ"), ("幸子", "さちこ"),
    ("由美子", "ゆみこ"), ("久美子", "くみこ"), ("真由美", "まゆみ"), ("明美", "あけみ"), ("恵", "めぐみ"),
    ("直美", "なおみ"), ("彩", "あや"), ("愛", "あい"), ("美咲", "みさき"), ("優奈", "ゆうな"),
    ("七海", "ななみ"), ("陽菜", "ひな"), ("芽衣", "めい"), ("早苗", "さなえ"), ("智子", "ともこ"),
]  # fmt: skip
# foreign residents: nationality → (family names, given names), each (romanised, katakana)
FOREIGN: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "ベトナム": (
        [("NGUYEN", "グエン"), ("TRAN", "チャン"), ("LE", "レ"), ("PHAM", "ファム"), ("HOANG", "ホアン"),
         ("VU", "ヴー"), ("DO", "ドー"), ("BUI", "ブイ")],
        [("VAN AN", "ヴァン アン"), ("THI HOA", "ティ ホア"), ("MINH DUC", "ミン ドゥック"), ("THI LAN", "ティ ラン"),
         ("VAN NAM", "ヴァン ナム"), ("THI MAI", "ティ マイ"), ("QUANG HUY", "クアン フイ"), ("THI THU", "ティ トゥ"),
         ("DUC THANH", "ドゥック タイン"), ("THI NGOC", "ティ ゴック"), ("VAN TUAN", "ヴァン トゥアン"),
         ("THI HUONG", "ティ フオン"), ("HOANG LONG", "ホアン ロン"), ("THI TRANG", "ティ チャン")],
    ),
    "フィリピン": (
        [("SANTOS", "サントス"), ("REYES", "レイエス"), ("DELA CRUZ", "デラクルス"), ("BAUTISTA", "バウティスタ"),
         ("GARCIA", "ガルシア"), ("MENDOZA", "メンドーサ"), ("VILLANUEVA", "ビジャヌエバ"), ("AQUINO", "アキノ")],
        [("MARIA CRISTINA", "マリア クリスティーナ"), ("JOSE MIGUEL", "ホセ ミゲル"), ("ANGELICA", "アンジェリカ"),
         ("RONALDO", "ロナルド"), ("JOY", "ジョイ"), ("MARK ANTHONY", "マーク アンソニー"), ("RICA MAE", "リカ メイ"),
         ("JERICHO", "ジェリコ")],
    ),
    "ブラジル": (
        [("OLIVEIRA", "オリヴェイラ"), ("SILVA", "シウバ"), ("YAMASHITA", "ヤマシタ"), ("SOUZA", "ソウザ"),
         ("FERREIRA", "フェヘイラ"), ("NAKAMURA", "ナカムラ"), ("PEREIRA", "ペレイラ")],
        [("LUCAS HENRIQUE", "ルーカス エンヒッキ"), ("ANA PAULA", "アナ パウラ"), ("MARCOS", "マルコス"),
         ("JULIANA", "ジュリアナ"), ("RAFAEL", "ハファエル"), ("FERNANDA", "フェルナンダ"), ("THIAGO", "チアゴ")],
    ),
    "ネパール": (
        [("GURUNG", "グルン"), ("SHRESTHA", "シュレスタ"), ("TAMANG", "タマン"), ("MAGAR", "マガル"), ("RAI", "ライ"),
         ("THAPA", "タパ")],
        [("BISHAL", "ビシャル"), ("SITA", "シタ"), ("RAJU", "ラジュ"), ("ANJALI", "アンジャリ"), ("PRAKASH", "プラカシュ"),
         ("SUNITA", "スニタ")],
    ),
    "インドネシア": (
        [("SETIAWAN", "セティアワン"), ("WULANDARI", "ウランダリ"), ("SAPUTRA", "サプトラ"), ("HIDAYAT", "ヒダヤット")],
        [("AGUS", "アグス"), ("DEWI", "デウィ"), ("RIZKY", "リズキ"), ("SITI", "シティ"), ("BUDI", "ブディ")],
    ),
    "ミャンマー": (
        [("AUNG", "アウン"), ("KYAW", "チョー"), ("HTET", "テッ"), ("THANT", "タン")],
        [("MIN NAING", "ミン ナイン"), ("SU MON", "スー モン"), ("ZAW WIN", "ゾー ウィン"), ("THIDA", "ティダ"),
         ("MYO HTUT", "ミョー トゥッ")],
    ),
}  # fmt: skip
FOREIGN_FEMALE = {"THI HOA", "THI LAN", "THI MAI", "THI THU", "THI NGOC", "THI HUONG", "THI TRANG", "MARIA CRISTINA",
                  "ANGELICA", "JOY", "RICA MAE", "ANA PAULA", "JULIANA", "FERNANDA", "SITA", "ANJALI", "SUNITA", "DEWI",
                  "SITI", "SU MON", "THIDA"}  # fmt: skip
BUILDINGS = ["ハイツ桜", "コーポ若葉", "レジデンス中央", "町営住宅", "メゾン旭", "グリーンコート"]
COMPANIES = [
    ("株式会社", "みやび観光バス"), ("有限会社", "ふじや商店"), ("株式会社", "東日本イベント企画"),
    ("株式会社", "しおかぜ屋"), ("合同会社", "きらりフーズ"), ("有限会社", "丸大青果"), ("株式会社", "さくら印刷"),
    ("株式会社", "やまびこ音響"), ("有限会社", "かねよ酒造"), ("株式会社", "南風スポーツ"),
]  # fmt: skip
NPOS = [
    "特定非営利活動法人 ひだまりネット", "特定非営利活動法人 まちの縁側", "一般社団法人 こども食堂ぽかぽか",
    "特定非営利活動法人 多文化共生ネット虹", "公益社団法人 町シルバー人材センター", "特定非営利活動法人 総合型スポーツクラブ風",
    "一般社団法人 観光まちづくり機構", "特定非営利活動法人 すずらん子育て応援団", "特定非営利活動法人 男女共同参画ネット結",
]  # fmt: skip
# places and facilities named like people
SPOTS = ["お松の滝", "与兵衛桜", "弥三郎岩", "おさよ地蔵", "源五郎淵", "千代姫の墓", "勘助堤", "お菊井戸"]
CLUB_GROUPS = ["ミニバレー愛好会", "ゲートボール同好会", "太極拳サークル", "卓球クラブ若葉", "少年野球 レッドイーグルス",
               "ママさんバレー", "ソフトテニス部OB会", "ノルディックウォーク倶楽部"]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 9, 12)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SAMPLE_NAMES = ["町民 太郎", "協働 花子", "見本 一郎", "記入 例子", "体育 太郎", "学習 花子", "選挙 次郎"]
DEPTS = {
    "kyodo": "まちづくり推進課 協働推進係",
    "kokusai": "企画政策課 国際交流係",
    "sports": "生涯学習課 スポーツ振興係",
    "shogai": "生涯学習課 社会教育係",
    "kanko": "商工観光課 観光振興係",
    "sankaku": "総務課 人権・男女共同参画係",
    "senkyo": "選挙管理委員会事務局",
}
ROLES = ["課長", "課長補佐", "係長", "主査", "主任", "主事", "会計年度任用職員"]


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 昭和 48 年 3 月 5 日."""
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
    town: str  # 町 (with 郡 in ``address(full=True)``)
    area: str
    lot: str
    phone: str
    zip: str
    nation: str = ""  # foreign residents: nationality; names are romanised

    def name(self, sep: str = " ") -> str:
        return f"{self.sei} {self.mei}" if self.nation else f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def full(self) -> str:
        """NGUYEN VAN AN（グエン ヴァン アン） for foreign residents, 氏名 otherwise."""
        return f"{self.name()}（{self.kana}）" if self.nation else self.name()

    def address(self, pref: str = "") -> str:
        return pref + self.town + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    gun: str
    town: str
    ac: str
    zip3: str
    areas: list[str]
    hall_lot: str
    used: set[str] = field(default_factory=set)

    @property
    def hall(self) -> str:
        return f"{self.pref}{self.gun}{self.town}{self.hall_lot}"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the town: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(32 + n if len(self.ac) == 4 else 935 + n, 2111 + 17 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def zipcode(self) -> str:
        return f"{self.zip3}-{self.rng.randint(0, 99):02d}{self.rng.randint(0, 99):02d}"

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 2400)}番地"
            return base + (f"{r.randint(1, 9)}" if r.random() < 0.35 else "")
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

    def urban(self, p: Person) -> Person:
        """Move ``p`` to a 丁目 area with a lot written 8丁目3番地12 or 8丁目3番12号."""
        p.area = self.rng.choice([a for a in self.areas if not a.endswith("*")])
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p

    def person(self, born: tuple[int, int] = (1940, 2004), sex: str = "") -> Person:
        r = self.rng
        fixed = sex
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = fixed or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        return Person(sei, mei, sk, mk, sex, birth, self.town, area.rstrip("*"), self.lot(area), self.phone(),
                      self.zipcode())  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1940, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def foreigner(
        self, nation: str | None = None, born: tuple[int, int] = (1970, 2004), sex: str = ""
    ) -> Person:
        r = self.rng
        for _ in range(10_000):
            nat = nation or r.choice(list(FOREIGN))
            fams, givens = FOREIGN[nat]
            (fam, fk), (giv, gk) = r.choice(fams), r.choice(givens)
            if sex and (giv in FOREIGN_FEMALE) != (sex == "女"):
                continue
            if fam + giv not in self.used:
                self.used.add(fam + giv)
                break
        else:
            raise RuntimeError("foreign name pool exhausted")
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        p = Person(fam, giv, fk, gk, "女" if giv in FOREIGN_FEMALE else "男", birth, self.town, area.rstrip("*"), self.lot(area),
                   self.phone(0.9), self.zipcode(), nat)  # fmt: skip
        return p

    def staff(self) -> str:
        """A town officer, lecturer or member named in a role (not reserved: may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def staff_kana(self) -> tuple[str, str]:
        (sei, sk), (mei, mk) = self.rng.choice(SURNAMES), self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}", f"{sk} {mk}"

    def facility_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.town + area.rstrip("*") + self.lot(area).split(" ")[0]

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.5 else f"{name}{kind}"

    def latlon(self) -> tuple[str, str]:
        base = {"亘理町": (38.03, 140.85), "中之条町": (36.58, 138.84), "東浦町": (35.00, 136.96),
                "志免町": (33.59, 130.48), "四万十町": (33.21, 133.13)}[self.town]  # fmt: skip
        return (
            f"{base[0] + self.rng.uniform(-0.05, 0.05):.6f}",
            f"{base[1] + self.rng.uniform(-0.05, 0.05):.6f}",
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
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
    lines: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a system list print: landscape, a banner, the print conditions and ``n / N`` at
    the foot of every page. Columns are placed by x, or (``lines``) each row is one line padded with spaces
    the way a line printer lays it out."""

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
            c.drawRightString(w - 30, h - 22, f"作成日時 {ymd(TODAY)} 08:{40 + n:02d}  ページ {n}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            if lines:
                c.drawString(30, y, "  ".join(label for label, _ in cols))
            else:
                for label, x in cols:
                    c.drawString(x, y, label)
            y -= 4
            c.drawString(30, y - 6, "=" * 140)
            y -= 18
            for row in chunk:
                if lines:
                    widths = [int(x) for _, x in cols]
                    c.drawString(30, y, "  ".join(v.ljust(wd) for v, wd in zip(row, widths, strict=False)))
                else:
                    for value, (_, x) in zip(row, cols, strict=False):
                        c.drawString(x, y, value)
                y -= 12.5
            if n == len(pages):
                c.drawString(30, y - 8, f"【合計】 {len(rows)} 件")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export): ``>`` right
    aligned, ``^`` a centred heading."""

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
    Slack (``名前  [09:19]`` over the message) or a forwarded thread ``09:19 名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{ymd(day)} 17:52")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "slack":
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    else:
        out.append(f"--- {room} ({ymd(day)}) ---")
        out += [f"{t} {who} → {msg}" for t, who, msg in lines]
    return out


def mail(frm: str, to: str, subject: str, when: str, body: list[str], quoted: list[str]) -> list[str]:
    """An Outlook message saved as text, with the earlier message quoted under ``>``."""
    head = [f"差出人: {frm}", f"送信日時: {when}", f"宛先: {to}", f"件名: {subject}", ""]
    return head + body + ["", "-----Original Message-----"] + [f"> {q}" if q else ">" for q in quoted]


def signature(ctx: Ctx, family: str, n: int = 0) -> list[str]:
    return [
        "――――――――――――――――",
        f"{ctx.town}役場 {DEPTS[family]}",
        f"{ctx.rng.choice(ROLES[2:6])} {ctx.staff()}",
        f"TEL {ctx.office_phone(n)}（内線 {ctx.rng.randint(200, 480)}）",
    ]


def D(family: str, fmt: str, level: int, types: list[str], spec: DocSpec, note: str = "",
      post: Callable[[Path], None] | None = None) -> Doc:  # fmt: skip
    return Doc(family, fmt, level, types, spec, note, post)


def far(row: list[Cell], skip: int = 26) -> list[Cell]:
    """A row whose data starts far to the right (column AA and beyond)."""
    pad: list[Cell] = [None] * skip
    return pad + row


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


AREA_KANA = {
    "下小路": "シモコウジ", "西郷": "サイゴウ", "逢隈田沢": "オオクマタザワ", "荒浜中野": "アラハマナカノ", "中央": "チュウオウ",
    "旭台": "アサヒダイ", "桜小路": "サクラコウジ", "中之条町": "ナカノジョウマチ", "伊勢町": "イセマチ", "平": "タイラ",
    "折田": "オリタ", "駅前": "エキマエ", "みどり台": "ミドリダイ", "栄町": "サカエマチ", "緒川": "オガワ", "石浜": "イシハマ",
    "森岡": "モリオカ", "藤江": "フジエ", "緒川新田": "オガワシンデン", "生路台": "イクジダイ", "森岡台": "モリオカダイ",
    "田富": "タドミ", "別府": "ベフ", "吉原": "ヨシハラ", "志免中央": "シメチュウオウ", "東公園台": "ヒガシコウエンダイ",
    "南里": "ナンリ", "桜丘": "サクラガオカ", "琴平町": "コトヒラチョウ", "茂串町": "モグシチョウ", "十和川口": "トオワカワグチ",
    "窪川中津川": "クボカワナカツガワ", "本町": "ホンマチ", "新開町": "シンカイチョウ", "緑ヶ丘": "ミドリガオカ",
}  # fmt: skip


def kana_of_area(area: str) -> str:
    return AREA_KANA[area]


def number12(rng: random.Random) -> str:
    """A 12-digit serial that is not a valid My Number."""
    return fail_check(random_my_number(rng), rng.randint(1, 9))


# --- 市民協働・自治会 ------------------------------------------------------------------------------------
def kyodo(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "kyodo"
    docs: list[Doc] = []
    dept = DEPTS[f]
    # L1: the published 自治会長 roster (会長 in their role, 集会所 addresses are facilities')
    roster: list[list[Cell]] = [["No.", "地区", "自治会名", "会長名", "ふりがな", "集会所", "集会所所在地"]]
    for i in range(1, 29):
        area = r.choice(ctx.areas).rstrip("*").replace("大字", "").replace("字", "")
        name, kana = ctx.staff_kana()
        hall = f"{area}{r.choice(['第一', '第二', '東', '西', '南', '北', '中'])}"
        roster.append([i, f"第{(i - 1) // 6 + 1}地区", f"{hall}自治会", name, kana, f"{hall}集会所",
                       ctx.facility_address()])  # fmt: skip
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "会長名簿",
                        roster,
                        title=f"令和6年度 {ctx.town}自治会長名簿（令和6年4月1日現在）",
                        footer=f"{ctx.town}ホームページ掲載用　問合せ {dept} {ctx.office_phone()}",
                    )
                ]
            ),
            note="the town's published roster: 会長 are named in their role, the addresses are the 集会所'",
        )
    )
    # L1: open-data list of registered civic groups, NPOs with 法人番号 and 代表者 in role
    groups: list[list[Cell]] = [
        ["登録番号", "団体名", "団体名カナ", "法人番号", "活動分野", "代表者", "所在地", "電話番号"]
    ]
    kana_of = {"ひだまりネット": "ヒダマリネット", "まちの縁側": "マチノエンガワ", "こども食堂ぽかぽか": "コドモショクドウポカポカ",
               "多文化共生ネット虹": "タブンカキョウセイネットニジ", "町シルバー人材センター": "マチシルバージンザイセンター",
               "総合型スポーツクラブ風": "ソウゴウガタスポーツクラブカゼ", "観光まちづくり機構": "カンコウマチヅクリキコウ",
               "すずらん子育て応援団": "スズランコソダテオウエンダン", "男女共同参画ネット結": "ダンジョキョウドウサンカクネットユイ"}  # fmt: skip
    for i, npo in enumerate(NPOS, start=1):
        short = npo.split(" ")[1]
        groups.append([f"K-{100 + i * 7:04d}", npo, kana_of[short], random_corporate_number(r),
                       r.choice(["まちづくり", "子ども・子育て", "国際交流", "保健・福祉", "スポーツ", "観光"]),
                       f"{r.choice(['理事長', '代表理事', '会長'])} {ctx.staff()}", ctx.facility_address(), ctx.tel()])  # fmt: skip
    for g in ["朗読ボランティアこだま", "花いっぱいの会", "おもちゃ病院" + ctx.town[:2], "見守り隊ふれあい"]:
        groups.append([f"K-{r.randint(200, 400):04d}", g, "", "", "まちづくり", "（非公表）", "市民活動センター気付",
                       ctx.office_phone(3)])  # fmt: skip
    docs.append(D(f, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("団体一覧", groups)])))
    # L1: minutes of the 協働のまちづくり推進委員会, members in their role
    chair, vice = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title="第2回 協働のまちづくり推進委員会 会議録",
                paragraphs=[
                    f"日時：令和6年8月{r.randint(2, 28)}日（木）午後1時30分～3時10分　場所：{ctx.town}役場 3階 第1会議室",
                    f"出席委員：委員長 {chair}（{ctx.town}自治会連合会 会長）、副委員長 {vice}（{NPOS[1]} 理事長）、"
                    f"委員 {ctx.staff()}、{ctx.staff()}、{ctx.staff()}（公募）　欠席委員：{ctx.staff()}",
                    f"事務局：まちづくり推進課長 {ctx.staff()}、協働推進係長 {ctx.staff()}、主事 {ctx.staff()}",
                    "1 報告事項　(1) 自治会加入率の推移について　事務局から資料1に基づき説明。加入率は前年度から1.8ポイント低下し、"
                    "集合住宅の多い地区で低下が目立つ。",
                    f"{chair}委員長：転入時の窓口で加入案内を手渡ししているか。　事務局：住民課の転入手続の際にチラシを配布している。",
                    f"{vice}副委員長：役員のなり手不足が深刻。班長の輪番制や、会費の口座振替を導入した自治会の例を紹介してほしい。",
                    "2 協議事項　(1) 令和7年度 協働提案事業の募集要項について　原案どおり了承。",
                    "(2) 自治会への個人情報の提供について　名簿の作成・管理の手引き（案）を示し、加入世帯の名簿は自治会の責任で"
                    "管理すること、町から住民基本台帳の情報は提供しないことを確認した。",
                    "次回は11月中旬に開催予定。",
                ],
            ),
        )
    )
    # L1: enrolment figures by 地区 and year (ods)
    rate: list[list[Cell]] = [
        ["地区", "世帯数(R4)", "加入世帯(R4)", "加入率(R4)", "世帯数(R5)", "加入世帯(R5)", "加入率(R5)"]
    ]
    for i in range(1, 6):
        a, b = r.randint(800, 2600), r.randint(800, 2600)
        ja, jb = int(a * r.uniform(0.55, 0.9)), int(b * r.uniform(0.5, 0.88))
        rate.append([f"第{i}地区", a, ja, f"{ja / a:.1%}", b, jb, f"{jb / b:.1%}"])
    docs.append(
        D(f, "ods", 1, [], DocSpec(sheets=[sheet("加入率", rate, title="自治会加入率の推移（各年4月1日）")]))
    )
    # L1: 加入届 記入例
    docs.append(
        D(
            f,
            "pdf",
            1,
            [],
            DocSpec(
                title="自治会加入届（記入例）",
                paragraphs=[
                    "※ 太枠内をご記入のうえ、班長または役場まちづくり推進課へ提出してください。",
                    "※ 記入例の氏名・住所・電話番号は架空のものです。",
                ],
                tables=[
                    [
                        ["項目", "記入欄"],
                        ["世帯主氏名", SAMPLE_NAMES[0]],
                        ["ふりがな", "ちょうみん たろう"],
                        ["住所", f"{ctx.town}大字○○ 123番地"],
                        ["電話番号", "090-0000-0000"],
                        ["世帯人数", "3人"],
                        ["加入希望日", "令和6年10月1日"],
                        ["自治会名", "○○自治会（わからない場合は空欄）"],
                    ]
                ],
                footer=f"{ctx.town} {dept}",
            ),
        )
    )
    # L1: award slides (受賞者 in their role)
    award = [["氏名", "所属・役職", "功績", "在任"]]
    for _ in range(6):
        award.append([ctx.staff(), f"{r.choice(ctx.areas).rstrip('*')}自治会 {r.choice(['会長', '副会長', '会計', '防犯部長'])}",
                      r.choice(["防犯灯の整備と見守り活動", "自主防災組織の結成", "地域清掃の継続", "子ども会との連携"]),
                      f"{r.randint(10, 26)}年"])  # fmt: skip
    docs.append(
        D(
            f,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.town}地域づくり功労者表彰",
                paragraphs=[
                    "表彰式：令和6年11月3日（日・祝）文化の日",
                    f"会場：{ctx.town}中央公民館 大ホール",
                    "受賞者は町広報紙12月号に掲載します",
                ],
                tables=[award],
                notes=["受賞者の紹介は町長が読み上げ。開会前に控室（2階和室）へ案内すること。"],
            ),
        )
    )
    # L2: a resident's request letter to the mayor, signed at the end
    p = ctx.person((1950, 1985))
    docs.append(
        D(
            f,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="防犯灯設置についての要望書",
                paragraphs=[
                    f"令和6年{r.randint(6, 8)}月{r.randint(1, 28)}日",
                    f"{ctx.town}長 様",
                    f"日頃より町政にご尽力いただきありがとうございます。{p.area}の町道（旧農協倉庫から{SPOTS[0]}方面へ向かう約300m）は"
                    "街灯が一本もなく、夜間は真っ暗です。中学生が部活動の帰りに通る道であり、先月は自転車の転倒もありました。",
                    "つきましては、防犯灯を2基以上設置していただきたく、近隣12世帯の署名を添えて要望いたします。",
                    "自治会を通じての要望が原則とのことですが、当地区は自治会が解散しており、個人として提出いたします。",
                    "",
                    f"住所　{p.address()}",
                    f"氏名　{p.name()}",
                    f"電話　{p.phone}",
                ],
            ),
        )
    )
    # L2: officers' change notice with home contacts (姓/名 split, kana, merged heading)
    rows: list[list[Cell]] = [["役職", "姓", "名", "せい", "めい", "住所", "電話番号", "任期"]]
    for role in ["会長", "副会長", "会計", "書記", "防犯部長", "監事"]:
        q = ctx.person((1945, 1980))
        rows.append([role, q.sei, q.mei, q.sei_kana, q.mei_kana, q.area + q.lot, q.phone, "R6.4.1～R8.3.31"])
    unit = f"{r.choice(ctx.areas).rstrip('*')}第二自治会"
    docs.append(
        D(
            f,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "改選届",
                        [[f"自治会名：{unit}"], [f"届出日：{ymd(TODAY)}"], [], *rows],
                        first_row=3,
                        title="自治会役員 改選届",
                    )
                ]
            ),
            post=merge_xlsx({"改選届": ["A3:D3", "A4:D4"]}),
            note="officers' home addresses and phones sent to the town, not the published roster",
        )
    )
    # L2: Teams thread: a reply gives a resident's phone
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "09:12",
                            s1,
                            f"ごみ集積所の件で{q.area}の{q.name()}さんからまた電話ありました。カラス被害がひどいとのこと",
                        ),
                        ("09:15", s2, "先週の方ですね。折り返し先は？"),
                        ("09:16", s1, f"{q.phone} です。日中は出られないので夕方5時以降希望"),
                        ("09:18", s2, "了解、班長さんと現地確認の日程を調整します"),
                        ("09:31", s1, "ネットの貸出在庫は倉庫に3枚あります"),
                    ],
                    "協働推進係",
                )
            ),
        )
    )
    # L2: a spaced-digit PDF letter to a newcomer
    q = ctx.urban(ctx.person((1975, 2000)))
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", "", f"〒{q.zip}", spaced_digits(f"{q.address()}"),
             f"{q.name()} 様", "", f">{ctx.town}長 {ctx.staff()}", "", "^自治会加入のご案内", "",
             "このたびは本町へ転入いただきありがとうございます。",
             f"お住まいの地域には「{q.area}自治会」があり、ごみ集積所の管理や防犯・防災活動を行っています。",
             "加入を希望される場合は同封の加入届を班長または役場へご提出ください。",
             f"問合せ　{dept}　{spaced_digits(ctx.office_phone())}"]  # fmt: skip
    docs.append(D(f, "pdf", 2, ["name", "address"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))
    # L2: a private person's application for the 集会所 (odt)
    q = ctx.person((1960, 1995))
    docs.append(
        D(
            f,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="地区集会所 使用許可申請書",
                paragraphs=[f"{ctx.town}長 様", "次のとおり集会所を使用したいので申請します。"],
                tables=[
                    [
                        ["申請者住所", q.address()],
                        ["申請者氏名", q.name()],
                        ["電話番号", q.phone],
                        ["使用目的", "親族の法事後の会食（20名）"],
                        ["使用日時", "令和6年10月12日 11:00～15:00"],
                        ["使用施設", f"{q.area}集会所 和室"],
                    ]
                ],
            ),
        )
    )
    # L3: 130 households printed from the resident system
    hh = ctx.people(130, (1935, 1998))
    prows = [[f"{r.randint(10_000_000, 99_999_999):09d}", p.name("　"), p.kana, p.area + p.lot.split(" ")[0],
              p.phone if r.random() < 0.7 else "", r.choice(["加入", "加入", "未加入", "不明"])] for p in hh]  # fmt: skip
    cols = [
        ("宛名番号", 30.0),
        ("世帯主氏名", 100.0),
        ("カナ", 190.0),
        ("住所", 320.0),
        ("電話", 530.0),
        ("加入", 640.0),
    ]
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(paragraphs=["世帯主一覧"]),
            post=system_print(
                "自治会加入状況確認用 世帯主一覧",
                f"{ctx.town} 住民情報システム  SJR0412",
                cols,
                prows,
                34,
                f"抽出条件：行政区 {hh[0].area} ほか  世帯主のみ",
            ),
        )
    )
    # L3: a neighbourhood consultation in prose; health paragraphs later
    q, c = ctx.person((1938, 1950)), ctx.person((1960, 1985))
    docs.append(
        D(
            f,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="地域相談記録（自治会関係）",
                paragraphs=[
                    f"受付日：{wareki(TODAY - dt.timedelta(days=5))}　受付者：協働推進係 {ctx.staff()}",
                    f"相談者：{c.name()}（{c.area}自治会 班長）　連絡先 {c.phone}",
                    f"相談の対象：{q.area}{q.lot}にお住まいの{q.name()}さん（一人暮らし）について。",
                    "自宅敷地にごみや段ボールが積み上がり、夏場の臭いで近隣から苦情が出ている。自治会の班長として何度か声をかけたが、"
                    "話がかみ合わないことが多いとのこと。",
                    "班長によると、回覧板が止まることが増え、今年度の自治会費も集金に行った際に「もう払った」と言われたという。",
                    "（以下、地域包括支援センターへの照会結果）",
                    f"センターの記録では、{q.sei}さんは昨年アルツハイマー型認知症と診断され、要介護1の認定を受けている。"
                    "糖尿病で町内の内科に月1回通院しているが、服薬管理ができていない様子。",
                    "対応：地域包括支援センターと自治会で合同訪問を行うこととし、ごみの片付けは本人の同意を得てから進める。",
                ],
            ),
        )
    )
    # L3: 自治会長 honoraria with the My Numbers on a hidden sheet headed only 番号
    heads = ctx.people(12, (1942, 1965))
    pay: list[list[Cell]] = [["No.", "自治会名", "会長氏名", "住所", "報償金額", "振込予定日"]]
    ids: list[list[Cell]] = [["No.", "氏名", "番号"]]
    for i, p in enumerate(heads, start=1):
        pay.append(
            [i, f"{p.area}自治会", p.name(), p.address(), 36000 + 600 * r.randint(0, 20), "2024/10/25"]
        )
        ids.append([i, p.name(), random_my_number(r)])
    docs.append(
        D(
            f,
            "xlsx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                sheets=[
                    sheet("報償金", pay, title="令和6年度 自治会長報償金 支払一覧"),
                    sheet("番号", ids, state="hidden"),
                ]
            ),
        )
    )
    # L3: a mail thread about a private user's unpaid hall fees (cp932)
    q = ctx.person((1955, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    body = [
        f"{s2}さん",
        "",
        f"{q.area}集会所の使用料の件、{q.name()}さんに9月4日付けで督促状を送付しました。",
        "4月～7月分の4回分、合計 8,800円が未納です。",
        f"電話（{q.phone}）は何度かけてもつながりません。",
        "",
        "次回の使用申込は受け付けない扱いでよいか、課長に確認をお願いします。",
        "",
        *signature(ctx, f),
    ]
    quoted = [
        f"{s1}さん",
        "",
        "集会所の使用料の未納一覧、個人の方が1名残っています。",
        "督促の状況を教えてください。",
    ]
    docs.append(
        D(
            f,
            "txt-cp932",
            3,
            ["name", "phone", "arrears"],
            DocSpec(
                paragraphs=mail(
                    f"{s1} <kyodo{r.randint(1, 9)}@town.example.lg.jp>",
                    f"{s2}",
                    "RE: 集会所使用料の未納について",
                    f"{ymd(TODAY)} 10:{r.randint(10, 59)}",
                    body,
                    quoted,
                )
            ),
        )
    )
    return docs


# --- 国際交流・外国人相談 --------------------------------------------------------------------------------
def kokusai(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "kokusai"
    docs: list[Doc] = []
    dept = DEPTS[f]
    # L1: foreign residents by nationality, age band and sex (merged headers)
    bands = ["0-14歳", "15-29歳", "30-44歳", "45-64歳", "65歳以上"]
    stats: list[list[Cell]] = [["国籍", *[f"{b}{s}" for b in bands for s in ("男", "女")], "計"]]
    for nat in [*FOREIGN, "中国", "韓国", "その他"]:
        vals = [r.randint(0, 60) for _ in range(10)]
        stats.append([nat, *vals, sum(vals)])
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "国籍別",
                        [["", *[b for b in bands for _ in (0, 1)], ""], *stats],
                        first_row=4,
                        title=f"{ctx.town} 外国人住民数（国籍・年齢・男女別）令和6年3月31日現在",
                    )
                ]
            ),
            post=merge_xlsx({"国籍別": ["B4:C4", "D4:E4", "F4:G4", "H4:I4", "J4:K4"]}),
        )
    )
    # L1: 賛助会員 (法人) of the 国際交流協会: 12-digit 会員番号 failing the check, valid 法人番号
    members: list[list[Cell]] = [["会員番号", "法人名", "法人番号", "所在地", "電話番号", "口数"]]
    for i in range(14):
        kind, name = COMPANIES[i % len(COMPANIES)]
        label = f"{kind}{name}" if i % 2 else f"{name}{kind}"
        members.append([number12(r), label + ("" if i < 10 else f" {ctx.town[:2]}支店"), random_corporate_number(r),
                        ctx.facility_address(), ctx.tel(), r.randint(1, 5)])  # fmt: skip
    docs.append(
        D(
            f,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("賛助会員", members)]),
            note="法人 members only; the 12-digit 会員番号 are all failing the check digit",
        )
    )
    # L1: the multilingual consultation desk guide, 相談員 named in their role
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title="外国人住民のための多言語生活相談窓口のご案内",
                paragraphs=[
                    f"場所：{ctx.town}役場 1階 {dept}内　電話 {ctx.office_phone(1)}　（相談無料・秘密厳守）",
                    f"ベトナム語：毎週火曜 9:00～16:00　相談員 {ctx.foreigner('ベトナム').name()}（{NPOS[3].split(' ')[1]} 所属）",
                    f"タガログ語・英語：毎週木曜 13:00～17:00　相談員 {ctx.staff()}",
                    f"ポルトガル語：第2・第4金曜　国際交流員 {ctx.foreigner('ブラジル').full()}",
                    "やさしい日本語でも相談できます。在留手続き、子どもの学校、病院のかかり方、税金・保険料の支払い、仕事などの相談に応じます。",
                    "※相談員は国際交流員・会計年度任用職員です。通訳が必要なときは電話通訳サービスも使えます。",
                ],
            ),
        )
    )
    # L1: festival press release naming guests in their role
    docs.append(
        D(
            f,
            "pdf",
            1,
            [],
            DocSpec(
                title="報道資料　第12回 国際交流フェスティバルを開催します",
                paragraphs=[
                    f"令和6年9月{r.randint(2, 10)}日　{ctx.town} {dept}（担当：{ctx.staff()}）電話 {ctx.office_phone(1)}",
                    "日時：令和6年10月20日（日）10:00～15:00　会場：町民体育館およびふれあい広場",
                    f"オープニング：在日ネパール大使館 一等書記官 {ctx.foreigner('ネパール').name()} 氏 挨拶",
                    f"講演「ことばの壁をこえて」　{ctx.staff()} 氏（県立大学 国際交流学部 准教授）",
                    f"ステージ：ベトナム伝統舞踊（{NPOS[3]}）、フィリピン・バンブーダンス、{ctx.town}太鼓保存会",
                    "世界の料理屋台 12店、やさしい日本語体験コーナー、多言語防災パネル展示",
                ],
            ),
        )
    )
    # L1: やさしい日本語 notice (txt)
    docs.append(
        D(
            f,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    "【やさしい にほんご】 ごみ の だしかた が かわります",
                    f"{ctx.town} の みなさん へ",
                    "10がつ 1にち から、プラスチック の ごみ は すいようび に だして ください。",
                    "ごみ は あさ 8じ まで に、きめられた ばしょ に だして ください。",
                    f"わからない ときは やくば の {dept.split(' ')[0]} に でんわ して ください。 でんわ：{ctx.office_phone(1)}",
                    "ベトナムご・タガログご・ポルトガルご の ちらし も あります。",
                ]
            ),
        )
    )
    # L1: anonymised case book on slides
    docs.append(
        D(
            f,
            "pptx",
            1,
            [],
            DocSpec(
                title="外国人住民相談 事例集（令和5年度・匿名化済み）",
                paragraphs=[
                    "事例1 Ａさん（ベトナム・20代・技能実習）：会社を辞めたいが在留資格がどうなるか不安",
                    "事例2 Ｂさん（フィリピン・40代・永住者）：国民健康保険税の通知が読めず未納になっていた → 分納相談へ同行",
                    "事例3 Ｃさん（ブラジル・30代）：子どもが学校で日本語がわからず不登校気味",
                    "事例4 Ｄさん（ネパール・30代）：妊娠がわかったが病院に行ったことがない → 母子手帳の交付へ",
                    "ポイント：本人の同意なく関係機関に情報を伝えない／通訳は家族ではなく専門の通訳者を",
                ],
                notes=[
                    "職員研修用。事例は複数の相談を組み合わせて加工しており、特定の個人を示すものではありません。"
                ],
            ),
        )
    )
    # L2: Japanese class learners, romanised names, data starting far right
    learners = [ctx.foreigner() for _ in range(16)]
    lrows: list[list[Cell]] = [far(["No.", "氏名（ローマ字・カナ）", "国籍", "住所", "電話番号", "クラス"])]
    for i, p in enumerate(learners, start=1):
        lrows.append(
            far([i, p.full(), p.nation, p.address(), p.phone, r.choice(["入門", "初級1", "初級2", "中級"])])
        )
    docs.append(
        D(
            f,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("名簿", [far(["日本語教室 学習者名簿（令和6年度 後期）"]), [], *lrows])]),
        )
    )
    # L2: LINE WORKS: interpreter scheduling; reply gives the resident's address
    q = ctx.foreigner("フィリピン")
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        (
                            "10:02",
                            s1,
                            f"明日の家庭訪問の通訳、{q.name()}さんのところでタガログ語お願いできますか",
                        ),
                        ("10:05", s2, "大丈夫です。場所を教えてください"),
                        ("10:06", s1, f"{q.address()} です。駐車場は{BUILDINGS[1]}の来客用に"),
                        ("10:07", s1, f"本人携帯 {q.phone}、日本語は少しだけ"),
                        ("10:09", s2, "了解です。14時に役場出発で"),
                    ],
                    "国際交流係",
                )
            ),
        )
    )
    # L2: a host family's registration form
    host = ctx.person((1960, 1985))
    spouse = ctx.person((1960, 1985))
    docs.append(
        D(
            f,
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="ホームステイ受入家庭 登録申込書",
                paragraphs=[
                    f"{ctx.town}国際交流協会 会長 様",
                    "ホームステイ受入家庭として登録を申し込みます。",
                ],
                tables=[
                    [
                        ["代表者氏名", host.name(), "生年月日", wareki(host.birth)],
                        ["住所", host.address(), "電話", host.phone],
                        [
                            "同居家族",
                            f"{spouse.mei}（配偶者）、長女（中学2年）",
                            "受入可能時期",
                            "夏休み・冬休み",
                        ],
                        ["ペット", "小型犬1匹", "喫煙", "なし"],
                    ]
                ],
                footer=f"{ctx.town}国際交流協会事務局（{dept}内）",
            ),
        )
    )
    # L2: a spaced-digit letter to a learner
    q = ctx.urban(ctx.foreigner("ベトナム"))
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", "", f"〒{q.zip}", spaced_digits(q.address()), f"{q.full()} 様", "",
             f">{ctx.town}国際交流協会", "", "^日本語能力試験 受験料補助 決定通知", "",
             "申請のあった受験料補助について、次のとおり決定しました。", "補助金額　6,500円（N3 受験料）",
             "令和 6 年 12 月の試験を受けたあと、受験票のコピーを提出してください。"]  # fmt: skip
    docs.append(D(f, "pdf", 2, ["name", "address"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))
    # L2: disaster-drill participants (ods)
    drill: list[list[Cell]] = [["氏名", "国籍", "電話", "避難所", "やさしい日本語"]]
    for _ in range(11):
        p = ctx.foreigner()
        drill.append(
            [
                p.full(),
                p.nation,
                p.phone,
                f"{r.choice(ctx.areas).rstrip('*')}小学校",
                r.choice(["可", "不可"]),
            ]
        )
    docs.append(
        D(
            f,
            "ods",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("参加者", drill, title="外国人住民 防災訓練 参加者")]),
        )
    )
    # L3: 108 subscribers of the multilingual disaster mail, raw export on a hidden sheet
    subs = [ctx.foreigner() for _ in range(108)]
    raw: list[list[Cell]] = [["ID", "NAME", "カナ", "国籍", "住所", "電話", "言語"]]
    for i, p in enumerate(subs, start=1):
        raw.append(
            [
                f"M{i:05d}",
                p.name(),
                p.kana,
                p.nation,
                p.address(),
                p.phone,
                r.choice(["vi", "tl", "pt", "ne", "id"]),
            ]
        )
    summary: list[list[Cell]] = [
        ["言語", "登録者数"],
        ["ベトナム語", 41],
        ["タガログ語", 22],
        ["ポルトガル語", 19],
        ["その他", 26],
    ]
    docs.append(
        D(
            f,
            "xlsx",
            3,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("集計", summary, title="多言語防災メール 登録状況"),
                    sheet("export", raw, state="hidden"),
                ]
            ),
        )
    )
    # L3: consultation in prose: named once, pregnancy complications and tax arrears later
    q = ctx.foreigner("ネパール", (1990, 2000), "女")
    docs.append(
        D(
            f,
            "docx",
            3,
            ["name", "address", "phone", "health", "arrears"],
            DocSpec(
                title="外国人生活相談 記録票",
                paragraphs=[
                    f"相談日：{wareki(TODAY - dt.timedelta(days=12))}　対応：国際交流員 {ctx.staff()}（ネパール語は電話通訳）",
                    f"相談者：{q.full()}　{q.address()}　携帯 {q.phone}",
                    "夫（技術・人文知識・国際業務）の扶養で来日して2年。日本語はあいさつ程度。近所の友人に付き添われて来庁した。",
                    "主訴：役場から届いた封筒の内容がわからない。",
                    "封筒は税務課からの国民健康保険税の督促状で、令和5年度分 4期分 計 58,200円 が未納となっていた。"
                    "夫の収入が減り、支払いを後回しにしていたとのこと。",
                    "話をするうちに、妊娠7か月であるが一度も妊婦健診を受けていないことがわかった。先週から出血があり、"
                    "お腹の張りも続いているという。",
                    "対応：保健センターの保健師に連絡し、同日中に町内の産婦人科を受診（切迫早産のおそれで安静指示）。"
                    "国保税は税務課で分納誓約の手続を案内した。",
                ],
            ),
        )
    )
    # L3: Teams: a reply gives a resident's arrears
    q = ctx.foreigner("ブラジル")
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("13:40", s1, f"{q.name()}さん、今日また窓口に来てます。住宅の件"),
                        ("13:42", s2, "町営住宅の家賃、5か月滞納で明け渡しの催告が出てる方ですよね"),
                        ("13:42", s2, "滞納額 162,500円、先月の分納約束も守れてないそうです"),
                        ("13:44", s1, "ポルトガル語の通訳入れて建設課と一緒に話を聞きます"),
                        ("13:45", s2, "お願いします"),
                    ],
                    "国際交流係",
                )
            ),
        )
    )
    # L3: a visit record with the My Number in the footer, labelled only 番号確認済
    q = ctx.foreigner("インドネシア")
    mn = random_my_number(r)
    docs.append(
        D(
            f,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="窓口同行記録（カード交付申請の支援）",
                paragraphs=[
                    f"日時：{wareki(TODAY - dt.timedelta(days=3))} 10:00～11:20　同行：{ctx.staff()}",
                    f"対象者：{q.full()}（{q.nation}）　住所：{q.address()}",
                    "住民課窓口でカードの交付申請を支援。写真は窓口の無料撮影を利用。在留カードで本人確認済み。",
                    "交付通知書が届いたら再度同行する予定。",
                ],
                footer=f"番号確認済 {grouped(mn, '-')}",
            ),
        )
    )
    # L3: 112 newcomers printed from the resident system
    newc = [ctx.foreigner() for _ in range(112)]
    prows = [[f"{i:05d}", p.name(), p.kana, p.nation, ymd(p.birth), p.area + p.lot.split(" ")[0],
              ymd(TODAY - dt.timedelta(days=r.randint(1, 180)))] for i, p in enumerate(newc, start=1)]  # fmt: skip
    cols = [("No", 30.0), ("氏名（英字）", 70.0), ("カナ", 210.0), ("国籍", 340.0), ("生年月日", 400.0),
            ("住所", 470.0), ("転入日", 690.0)]  # fmt: skip
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "address", "birth_date"],
            DocSpec(paragraphs=["転入者一覧"]),
            post=system_print(
                "外国人住民 転入者一覧（生活ガイド送付用）",
                "住民記録システム  JKR-220",
                cols,
                prows,
                30,
                "抽出条件：国籍≠日本  異動事由=転入  R6.3.1～R6.8.31",
            ),
        )
    )
    return docs


# --- スポーツ振興・施設予約 ------------------------------------------------------------------------------
def sports(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "sports"
    docs: list[Doc] = []
    dept = DEPTS[f]
    sur = r.choice(SURNAMES)
    given = r.choice(MALE)
    # L1: open-data list of sports facilities (one named after a person)
    fac: list[list[Cell]] = [
        ["施設名", "施設名カナ", "所在地", "緯度", "経度", "電話番号", "駐車台数", "開設年月日"]
    ]
    names = [("町民体育館", "チョウミンタイイクカン"), ("町営野球場", "チョウエイヤキュウジョウ"),
             (f"{sur[0]}{given[0]}記念グラウンド", katakana(f"{sur[1]}{given[1]}") + "キネングラウンド"),
             ("B&G海洋センター", "ビーアンドジーカイヨウセンター"), ("テニスコート（中央公園）", "テニスコートチュウオウコウエン"),
             ("武道館", "ブドウカン"), ("屋内ゲートボール場", "オクナイゲートボールジョウ"), ("町民プール", "チョウミンプール")]  # fmt: skip
    for nm, kn in names:
        lat, lon = ctx.latlon()
        opened = dt.date(r.randint(1972, 2015), r.randint(1, 12), r.randint(1, 28))
        fac.append([nm, kn, ctx.facility_address(), lat, lon, ctx.tel(), r.randint(20, 220), ymd(opened)])
    docs.append(
        D(
            f,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("施設", fac)]),
            note="a ground named after its donor and opening dates; no private person",
        )
    )
    # L1: published results of the town relay race (runners with their 自治会 team)
    res: list[list[Cell]] = [["順位", "チーム（自治会）", "1区", "2区", "3区", "4区", "記録"]]
    for i in range(1, 9):
        res.append([i, f"{r.choice(ctx.areas).rstrip('*')}自治会", *[ctx.staff() for _ in range(4)],
                    f"0:{40 + i}:{r.randint(0, 59):02d}"])  # fmt: skip
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("結果", res, title="第45回 町民駅伝競走大会 結果（広報掲載用）", footer="敬称略")
                ]
            ),
            note="published race results: runners named with their team only",
        )
    )
    # L1: sports 推進委員 roster by role
    rows = [["職", "氏名", "担当地区", "委嘱期間"]]
    for role in ["会長", "副会長", "委員", "委員", "委員", "委員", "委員"]:
        rows.append([role, ctx.staff(), f"第{r.randint(1, 5)}地区", "R5.4.1～R7.3.31"])
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.town}スポーツ推進委員 名簿",
                paragraphs=[f"事務局：{dept}　電話 {ctx.office_phone(2)}"],
                tables=[rows],
            ),
        )
    )
    # L1: booking ledger of groups with 12-digit 受付番号 that all fail the check (xls)
    book: list[list[Cell]] = [["受付番号", "利用日", "施設", "団体名", "人数", "使用料"]]
    for _ in range(16):
        d = TODAY + dt.timedelta(days=r.randint(1, 40))
        book.append([number12(r), ymd(d), r.choice([n for n, _ in names[:6]]), r.choice(CLUB_GROUPS),
                     r.randint(6, 40), r.choice([1100, 2200, 3300, 550])])  # fmt: skip
    docs.append(
        D(
            f,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("予約", book)]),
            note="groups' bookings; the 12-digit 受付番号 are all failing the check digit",
        )
    )
    # L1: 記入例 of the facility application
    docs.append(
        D(
            f,
            "pdf",
            1,
            [],
            DocSpec(
                title="体育施設 使用許可申請書（記入例）",
                tables=[
                    [
                        ["申請者（団体名）", CLUB_GROUPS[0]],
                        ["代表者氏名", SAMPLE_NAMES[4]],
                        ["住所", "○○町△△ 1丁目2番3号"],
                        ["電話番号", "090-0000-0000"],
                        ["使用日時", "令和6年11月3日 9:00～12:00"],
                        ["使用施設", "町民体育館 アリーナ半面"],
                        ["人数", "20人"],
                    ]
                ],
                paragraphs=[
                    "※ 団体で申請する場合は代表者の連絡先を記入してください（記入例の氏名は架空です）。"
                ],
            ),
        )
    )
    # L1: award slides
    aw = [["受賞者", "所属", "成績"]]
    for _ in range(6):
        aw.append([ctx.staff(), r.choice([f"{ctx.town}立中学校 3年", "町陸上競技協会", "少年野球 レッドイーグルス", "町卓球協会"]),
                   r.choice(["県総体 100m 優勝", "ブロック大会 第3位", "全国大会 出場", "県マスターズ 優勝"])])  # fmt: skip
    docs.append(
        D(
            f,
            "pptx",
            1,
            [],
            DocSpec(
                title="令和6年度 町スポーツ賞 表彰式",
                paragraphs=["日時：令和7年2月9日（日）14:00", "会場：町民体育館 研修室"],
                tables=[aw],
                notes=["受賞者は学校・所属団体からの推薦による。氏名は広報紙に掲載済み。"],
            ),
        )
    )
    # L2: sports-club children with birth dates and guardians' phones (姓/名 split, merged)
    kids: list[list[Cell]] = [["No.", "姓", "名", "ふりがな", "生年月日", "学年", "保護者氏名", "緊急連絡先"]]
    for i in range(1, 19):
        k = ctx.person((2012, 2017))
        g = ctx.person((1978, 1990))
        g.sei, g.sei_kana = k.sei, k.sei_kana
        kids.append([i, k.sei, k.mei, k.kana, k.birth, f"{2024 - k.birth.year - 6}年", g.name(), g.phone])
    docs.append(
        D(
            f,
            "xlsx",
            2,
            ["name", "birth_date", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "団員",
                        [[None, "氏名", None, None, None, None, "保護者", None], *kids],
                        title="スポーツ少年団 軟式野球部 団員名簿（令和6年度）",
                    )
                ]
            ),
            post=merge_xlsx({"団員": ["G3:H3", "B3:C3"]}),
        )
    )
    # L2: Slack-style thread: a reply gives a no-show's phone
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("08:55", s1, f"テニスコート2面、{q.name()}さんの予約が3回連続で無断キャンセルです"),
                        ("09:01", s2, f"登録の電話番号 {q.phone} に連絡してみます"),
                        ("09:03", s1, "次やったら予約停止の規定を説明しましょう"),
                    ],
                    "施設予約",
                )
            ),
        )
    )
    # L2: personal user registration (odt)
    q = ctx.person((1950, 2003))
    docs.append(
        D(
            f,
            "odt",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="トレーニング室 個人利用登録申請書",
                tables=[
                    [
                        ["氏名", q.name()],
                        ["ふりがな", q.kana],
                        ["生年月日", wareki(q.birth)],
                        ["住所", q.address()],
                        ["電話", q.phone],
                        ["講習受講日", "令和6年9月7日"],
                    ]
                ],
                paragraphs=["利用にあたっては施設の利用規則を守ります。"],
            ),
        )
    )
    # L2: spaced-digit letter to a registered user
    q = ctx.urban(ctx.person())
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", f"〒{q.zip}", spaced_digits(q.address()), f"{q.name()} 様", "",
             f">{ctx.town}教育委員会 生涯学習課", "^施設予約システム 利用者登録完了のお知らせ", "",
             "利用者登録が完了しました。同封の利用者カードをお持ちください。",
             f"利用者ID：{r.randint(100000, 999999)}　仮パスワードは初回ログイン時に変更してください。"]  # fmt: skip
    docs.append(D(f, "pdf", 2, ["name", "address"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))
    # L3: 125 users printed from the booking system, line-printer layout
    users = ctx.people(125, (1945, 2005))
    prows = [
        [f"U{r.randint(100000, 999999)}", p.name("　"), p.kana, p.phone, p.area + p.lot.split(" ")[0]]
        for p in users
    ]
    cols = [("利用者ID", 9.0), ("氏名", 10.0), ("カナ", 16.0), ("電話番号", 14.0), ("住所", 20.0)]
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(paragraphs=["利用者一覧"]),
            post=system_print(
                "利用者登録一覧（個人）",
                "公共施設予約システム e-Yoyaku 管理者画面 印刷",
                cols,
                prows,
                36,
                "登録区分：個人  状態：有効",
                lines=True,
            ),
        )
    )
    # L3: accident report for the sports insurance: a child's fracture
    k, g = ctx.person((2011, 2015)), ctx.person((1975, 1988))
    g.sei = k.sei
    docs.append(
        D(
            f,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="スポーツ安全保険 事故報告書",
                paragraphs=[
                    f"団体名：スポーツ少年団 軟式野球部　代表者：{ctx.staff()}（指導者）",
                    f"被保険者：{k.name()}（{k.age()}歳）　保護者：{g.name()}　住所：{g.address()}　電話：{g.phone}",
                    f"事故日時：{wareki(TODAY - dt.timedelta(days=9))} 10:40頃　場所：町営野球場",
                    "状況：守備練習中、打球を避けようとして転倒し、右手首を地面についた。",
                    "受傷内容：町内の整形外科で右橈骨遠位端骨折と診断。ギプス固定、全治6週間。週1回通院中。",
                    "既往：小児喘息（吸入薬を携帯）",
                ],
            ),
        )
    )
    # L3: an honorarium memo with the My Number in the Word header
    q = ctx.person((1960, 1985))
    mn = random_my_number(r)
    docs.append(
        D(
            f,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="審判謝礼の支払について（伺い）",
                paragraphs=[
                    "町民ソフトボール大会の審判員として、次の者に謝礼を支払ってよろしいか伺います。",
                    f"審判員：{q.name()}　住所：{q.address()}",
                    "謝礼：1日 8,000円 × 2日 ＝ 16,000円（源泉徴収後 14,366円）",
                    "支払日：令和6年10月10日",
                ],
                header=f"{q.sei}さんの番号 {grouped(mn)}",
            ),
        )
    )
    # L3: forwarded thread: a private user's unpaid fees
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt-cp932",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    TODAY,
                    [
                        (
                            "11:02",
                            s1,
                            f"プール回数券の後払い分、{q.name()}さん（個人登録）がまだ払ってません",
                        ),
                        ("11:04", s2, "4月分から3か月滞納、12,600円。督促状は8月に出しました"),
                        ("11:05", s1, "窓口に来たら分納の相談に回してください"),
                    ],
                    "スポーツ振興係 転送",
                )
            ),
        )
    )
    return docs


# --- 生涯学習・公民館講座 --------------------------------------------------------------------------------
def shogai(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "shogai"
    docs: list[Doc] = []
    dept = DEPTS[f]
    # L1: 町民大学 course guide with lecturers in their role
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title=f"令和6年度 {ctx.town}町民大学 後期講座のご案内",
                paragraphs=[
                    f"会場：{ctx.town}中央公民館（{ctx.facility_address()}）　定員：各回40名（先着）　受講料：無料",
                    f"第1回 10月5日（土）「郷土の歴史と{SPOTS[2]}の伝説」講師 {ctx.staff()} 氏（町文化財保護審議会 委員長）",
                    f"第2回 10月19日（土）「人生100年時代のお金の話」講師 {ctx.staff()} 氏（ファイナンシャルプランナー）",
                    f"第3回 11月2日（土）「認知症を知る」講師 {ctx.staff()} 氏（町地域包括支援センター 保健師）",
                    f"申込：{dept}　電話 {ctx.office_phone(2)}　FAX {ctx.tel(39 if len(ctx.ac) == 4 else 939, 5500)}",
                ],
            ),
        )
    )
    # L1: open data of 公民館 (cp932)
    kom: list[list[Cell]] = [["名称", "名称_カナ", "所在地", "緯度", "経度", "電話番号", "休館日"]]
    for area in ctx.areas[:6]:
        a = area.rstrip("*").replace("大字", "").replace("字", "")
        lat, lon = ctx.latlon()
        kom.append([f"{a}地区公民館", f"{kana_of_area(a)}チクコウミンカン", ctx.facility_address(), lat, lon, ctx.tel(),
                    "月曜・年末年始"])  # fmt: skip
    kom.append(
        [
            f"{ctx.town}中央公民館",
            "チュウオウコウミンカン",
            ctx.facility_address(),
            *ctx.latlon(),
            ctx.office_phone(4),
            "月曜",
        ]
    )
    docs.append(D(f, "csv-cp932", 1, [], DocSpec(sheets=[sheet("公民館", kom)])))
    # L1: course participants by age band and sex (ods)
    st: list[list[Cell]] = [
        ["講座区分", "10代", "20代", "30代", "40代", "50代", "60代", "70代以上", "男", "女"]
    ]
    for c in ["町民大学", "パソコン講座", "料理教室", "書道", "ヨガ", "郷土史"]:
        st.append([c, *[r.randint(0, 30) for _ in range(7)], r.randint(5, 60), r.randint(5, 80)])
    docs.append(
        D(
            f,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("受講者数", st, title="講座受講者数（年代別・男女別）令和5年度")]),
        )
    )
    # L1: 社会教育委員会議 minutes
    docs.append(
        D(
            f,
            "pdf",
            1,
            [],
            DocSpec(
                title="令和6年度 第1回 社会教育委員会議 会議録（要旨）",
                paragraphs=[
                    f"出席：議長 {ctx.staff()}（元小学校長）、副議長 {ctx.staff()}（PTA連合会）、委員 {ctx.staff()}、{ctx.staff()}",
                    f"教育委員会：教育長 {ctx.staff()}、生涯学習課長 {ctx.staff()}",
                    "議題1 公民館講座の見直しについて：受講者の高齢化が進み、若い世代向けにオンライン講座を試行する。",
                    "議題2 公民館使用料の減免基準について：社会教育関係団体の登録要件を整理する。",
                    "委員から、講座で撮影した写真を広報に載せる際は本人の同意を取るよう意見があった。",
                ],
            ),
        )
    )
    # L1: blank application and its 記入例 (xlsx)
    form: list[list[Cell]] = [["項目", "記入欄", "", "記入例"], ["講座名", "", "", "はじめてのスマホ教室"],
                              ["氏名", "", "", SAMPLE_NAMES[5]], ["ふりがな", "", "", "がくしゅう はなこ"],
                              ["住所", "", "", f"{ctx.town}○○ 1丁目2番3号"], ["電話", "", "", "090-0000-0000"],
                              ["年代", "", "", "60代"]]  # fmt: skip
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("申込書", form, title="講座受講申込書")]),
            post=merge_xlsx({"申込書": ["B3:C3", "B4:C4", "B5:C5", "B6:C6", "B7:C7"]}),
        )
    )
    # L2: PC class roll starting far down, merged title
    roll: list[list[Cell]] = [["No.", "氏名", "ふりがな", "住所", "電話", "備考"]]
    for i in range(1, 21):
        p = ctx.person((1942, 1970))
        roll.append(
            [i, p.name(), p.kana, p.address(), p.phone, r.choice(["", "", "ノートPC持参", "スマホのみ"])]
        )
    notes: list[list[Cell]] = [
        ["※ 講師配付用（受講後はシュレッダー処理）"],
        ["会場：中央公民館 研修室2"],
        [],
        [],
        [],
        [],
    ]
    docs.append(
        D(
            f,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("受講者", [*notes, *roll], first_row=3, title="はじめてのパソコン講座 受講者名簿")
                ]
            ),
        )
    )
    # L2: Teams: a reply gives a participant's address
    q = ctx.person((1940, 1960))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("15:20", s1, f"書道講座の{q.name()}さん、教材の半紙を忘れて帰られました"),
                        ("15:22", s2, "帰り道なので届けますよ。住所わかります？"),
                        ("15:23", s1, f"{q.address()} です"),
                        ("15:24", s2, "了解です"),
                    ],
                    "社会教育係",
                )
            ),
        )
    )
    # L2: a resident's letter to the department, signed at the end
    q = ctx.person((1945, 1975))
    docs.append(
        D(
            f,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.town}教育委員会 生涯学習課 御中",
                    "",
                    "公民館講座についてのお願い",
                    "いつも楽しく郷土史講座に参加しています。夜の講座が多く、車を運転しない高齢者には通えません。",
                    "土曜の午前にも同じ内容の回を設けていただけないでしょうか。同じ思いの仲間が何人もいます。",
                    "また、申込が電話のみで朝8時半から受付のため、つながるまで30分かかりました。",
                    "",
                    f"令和6年9月{r.randint(1, 11)}日",
                    f"{q.address()}",
                    f"{q.name()}",
                    f"電話 {q.phone}",
                ]
            ),
        )
    )
    # L2: circles registered with a private 代表者 and home phone (xls)
    circ: list[list[Cell]] = [["サークル名", "代表者", "代表者電話", "活動日", "会員数"]]
    for g in [
        "書道サークル墨友",
        "コーラス ひまわり",
        "囲碁クラブ",
        "手話サークル はばたき",
        "写真同好会",
        "パッチワークの会",
    ]:
        p = ctx.person((1940, 1975))
        circ.append([g, p.name(), p.phone, r.choice(["第1・3火曜", "毎週木曜", "第2土曜"]), r.randint(5, 30)])
    docs.append(
        D(
            f,
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("登録団体", circ)]),
            note="private 代表者 of informal circles with their own phones (not an organisation's number)",
        )
    )
    # L3: participants' support needs, far right on a hidden sheet
    need: list[list[Cell]] = [far(["氏名", "電話", "配慮事項"], 24)]
    for _ in range(7):
        p = ctx.person((1940, 1990))
        need.append(far([p.name(), p.phone, r.choice(["聴覚障害（要約筆記を希望）", "車いす使用・段差不可", "てんかん発作の既往あり",
                                                      "視覚障害（拡大資料）", "人工透析のため火木は欠席"])], 24))  # fmt: skip
    pub: list[list[Cell]] = [["回", "日程", "内容"], [1, "10/5", "開講式"], [2, "10/19", "実習"]]
    docs.append(
        D(
            f,
            "xlsx",
            3,
            ["name", "phone", "health"],
            DocSpec(
                sheets=[
                    sheet("日程", pub, title="ユニバーサル講座 日程"),
                    sheet("配慮", need, state="hidden"),
                ]
            ),
        )
    )
    # L3: 130 course histories from the 公民館 system
    ppl = ctx.people(130, (1940, 2000))
    prows = [[f"{r.randint(1, 99999):06d}", p.name(), p.kana, p.phone, p.area,
              r.choice(["書道", "ヨガ", "パソコン", "料理", "郷土史"])] for p in ppl]  # fmt: skip
    cols = [
        ("会員No", 30.0),
        ("氏名", 90.0),
        ("カナ", 180.0),
        ("電話", 310.0),
        ("地区", 430.0),
        ("受講講座", 560.0),
    ]
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "phone"],
            DocSpec(paragraphs=["受講履歴"]),
            post=system_print(
                "講座受講履歴一覧（令和3～5年度）",
                "公民館管理システム Ver.4.2",
                cols,
                prows,
                33,
                "出力順：カナ",
            ),
        )
    )
    # L3: lecturer's fee with the My Number in a text box labelled only 番号
    q = ctx.person((1945, 1965))
    mn = random_my_number(r)
    docs.append(
        D(
            f,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="講師謝金 支出伺",
                paragraphs=[
                    f"講座名：郷土史講座「{SPOTS[0]}と村の暮らし」",
                    f"講師：{q.name()}（郷土史研究家・個人）　住所：{q.address()}",
                    "謝金：10,000円 × 3回（源泉徴収 10.21%）",
                    "支払方法：口座振込",
                ],
                textboxes=[f"番号 {grouped(mn)}"],
            ),
        )
    )
    # L3: mail about a private user's unpaid hall fees
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            3,
            ["name", "arrears", "phone"],
            DocSpec(
                paragraphs=mail(
                    f"{s1}",
                    f"{s2}",
                    "RE: 公民館使用料",
                    f"{ymd(TODAY)} 16:05",
                    [
                        f"{s2}様",
                        "",
                        f"{q.name()}さん（個人利用・和室）の使用料、6月と7月の2回分 計3,200円が未納のままです。",
                        f"督促状を出しましたが返信がありません。携帯 {q.phone}。",
                        "次回予約は保留にしています。",
                        *signature(ctx, f, 2),
                    ],
                    ["個人利用の未納者、状況を共有してください。", f"{s2}"],
                )
            ),
        )
    )
    return docs


# --- 観光・イベント ---------------------------------------------------------------------------------------
def kanko(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "kanko"
    docs: list[Doc] = []
    dept = DEPTS[f]
    # L1: open data of tourist spots, several named like people
    kana = {"お松の滝": "オマツノタキ", "与兵衛桜": "ヨヘエザクラ", "弥三郎岩": "ヤサブロウイワ", "おさよ地蔵": "オサヨジゾウ",
            "源五郎淵": "ゲンゴロウブチ", "千代姫の墓": "チヨヒメノハカ", "勘助堤": "カンスケヅツミ", "お菊井戸": "オキクイド"}  # fmt: skip
    spots: list[list[Cell]] = [["名称", "名称_カナ", "種別", "所在地", "緯度", "経度", "電話番号", "備考"]]
    for s in SPOTS:
        spots.append([s, kana[s], r.choice(["自然", "史跡", "伝説", "桜の名所"]), ctx.facility_address(), *ctx.latlon(),
                      ctx.office_phone(5), "問合せは観光協会"])  # fmt: skip
    spots.append(
        [
            f"{ctx.town}観光物産館",
            "カンコウブッサンカン",
            "施設",
            ctx.facility_address(),
            *ctx.latlon(),
            ctx.tel(),
            "",
        ]
    )
    docs.append(D(f, "csv", 1, [], DocSpec(sheets=[sheet("観光スポット", spots)])))
    # L1: press release naming guests in their role
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title=f"第38回 {ctx.town}夏まつり 開催のお知らせ（報道資料）",
                paragraphs=[
                    f"開催日：令和6年8月{r.randint(3, 17)}日（土）　会場：{ctx.town}中央公園・駅前通り",
                    f"ゲスト：{ctx.town}ふるさと大使 歌手 {ctx.staff()} さん（午後6時～ステージ）",
                    f"司会：{ctx.staff()}（地元ケーブルテレビ アナウンサー）",
                    f"花火大会 20:00～　協賛：{ctx.company()}、{ctx.company()} ほか",
                    f"問合せ：{ctx.town}夏まつり実行委員会（{dept}内）{ctx.office_phone(5)}",
                ],
            ),
        )
    )
    # L1: monthly visitor counts with merged headers
    vis: list[list[Cell]] = [["地点", *[f"{m}月" for m in range(4, 13)], "計"]]
    for s in [*SPOTS[:5], f"{ctx.town}観光物産館", "道の駅"]:
        v = [r.randint(300, 9000) for _ in range(9)]
        vis.append([s, *v, sum(v)])
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("入込客数", vis, title="令和5年度 観光入込客数（地点別・月別）", footer="単位：人")
                ]
            ),
            post=merge_xlsx({"入込客数": ["A2:K2"]}),
        )
    )
    # L1: stallholders (companies with 法人番号, 代表者 in role)
    st: list[list[Cell]] = [["出店者", "法人番号", "代表者", "所在地", "電話", "区画"]]
    for i in range(10):
        st.append([ctx.company(), random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.facility_address(), ctx.tel(),
                   f"{'ABC'[i % 3]}-{i + 1}"])  # fmt: skip
    docs.append(
        D(
            f,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("出店者", st, title="夏まつり 出店者一覧（法人）")]),
        )
    )
    # L1: tourism association general meeting slides
    docs.append(
        D(
            f,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.town}観光協会 令和6年度 通常総会",
                paragraphs=[
                    f"会長 {ctx.staff()}（{ctx.company()} 代表）",
                    f"副会長 {ctx.staff()}（旅館 {SPOTS[1][:2]}荘 代表）",
                    f"事務局長 {ctx.staff()}",
                    "議案1 令和5年度 事業報告・決算",
                    "議案2 令和6年度 事業計画・予算",
                    "議案3 役員改選",
                ],
                tables=[
                    [
                        ["項目", "R5実績", "R6目標"],
                        ["観光入込客数", "412,000人", "450,000人"],
                        ["宿泊者数", "38,200人", "41,000人"],
                    ]
                ],
            ),
        )
    )
    # L1: staff chat about a guest performer (in role, agency phone)
    s1, s2 = ctx.staff(), ctx.staff()
    guest = ctx.staff()
    docs.append(
        D(
            f,
            "txt-cp932",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY - dt.timedelta(days=30),
                    [
                        ("16:01", s1, f"ふるさと大使の{guest}さん、当日は14時に会場入りとのことです"),
                        ("16:03", s2, f"マネージャーの連絡先は事務所代表 {ctx.tel()} で伺ってます"),
                        ("16:04", s1, "控室は公民館2階和室で。お弁当は4つ手配します"),
                        ("16:10", s2, "了解です"),
                    ],
                    "夏まつり実行委員会事務局",
                )
            ),
            note="the guest performer is named in a public role; the phone is the agency's, not the guest's",
        )
    )
    # L2: volunteer guides: schedule visible, contacts on a hidden sheet
    guides = ctx.people(12, (1945, 1975))
    sched: list[list[Cell]] = [["日付", "担当ガイド", "コース"]]
    for d in range(1, 9):
        sched.append([f"10/{d * 3}", r.choice(guides).name(), r.choice(["史跡めぐり", "桜並木", "滝コース"])])
    cont: list[list[Cell]] = [["氏名", "生年月日", "住所", "電話"]]
    cont += [[g.name(), wareki(g.birth, "short"), g.address(), g.phone] for g in guides]
    docs.append(
        D(
            f,
            "xlsx",
            2,
            ["name", "birth_date", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("当番表", sched, title="観光ボランティアガイド 当番表"),
                    sheet("連絡先", cont, state="hidden"),
                ]
            ),
        )
    )
    # L2: LINE WORKS: lost property; reply gives the visitor's phone
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("09:40", s1, "物産館で財布の落とし物、免許証が入ってました"),
                        ("09:41", s1, f"{q.name()}さん（{q.town}在住）"),
                        ("09:45", s2, f"昨日の問い合わせ票にありました。連絡先 {q.phone}"),
                        ("09:46", s1, "連絡して取りに来てもらいます"),
                    ],
                    "観光案内所",
                )
            ),
        )
    )
    # L2: spaced-digit letter to a photo-contest winner
    q = ctx.urban(ctx.person())
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", f"〒{q.zip}", spaced_digits(q.address()), f"{q.name()} 様", "",
             f">{ctx.town}観光協会 会長 {ctx.staff()}", "^フォトコンテスト 入賞のお知らせ", "",
             f"このたびは作品「{SPOTS[3]}の朝」をご応募いただきありがとうございました。",
             "厳正な審査の結果、優秀賞に決定しましたのでお知らせします。",
             "表彰式は令和 6 年 11 月 3 日 午前 10 時から観光物産館で行います。"]  # fmt: skip
    docs.append(
        D(
            f,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(lines),
            note="the winner is told privately at home (the published list of winners would be level 1)",
        )
    )
    # L2: a visitor's complaint to the mayor, signed
    q = ctx.person((1955, 1990))
    q.phone = ctx.phone(1.0)
    docs.append(
        D(
            f,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.town}長 様",
                    "",
                    "夏まつりの駐車場対応について",
                    "先日の夏まつりに家族で伺いましたが、臨時駐車場の案内がなく1時間近く周辺を回りました。誘導員の方も不在でした。",
                    "来年は案内看板を増やしていただくよう強くお願いします。",
                    "",
                    f"{ctx.pref}{ctx.gun}{q.address()}",
                    f"{q.name()}",
                    f"携帯 {q.phone}",
                ]
            ),
        )
    )
    # L3: first-aid station records
    pts = ctx.people(4)
    docs.append(
        D(
            f,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="夏まつり 救護所 対応記録",
                paragraphs=[f"救護所担当：町保健師 {ctx.staff()}、看護師 {ctx.staff()}"],
                tables=[
                    [
                        ["時刻", "氏名", "住所", "連絡先", "症状・対応"],
                        [
                            "17:20",
                            pts[0].name(),
                            pts[0].address(),
                            pts[0].phone,
                            "熱中症疑い。経口補水、30分安静後帰宅",
                        ],
                        [
                            "18:05",
                            pts[1].name(),
                            pts[1].address(),
                            pts[1].phone,
                            "転倒で左膝擦過傷。消毒・保護",
                        ],
                        [
                            "19:40",
                            pts[2].name(),
                            pts[2].address(),
                            pts[2].phone,
                            "気分不良。糖尿病治療中でインスリン使用と申告、低血糖疑いで救急搬送",
                        ],
                        [
                            "20:15",
                            pts[3].name(),
                            pts[3].address(),
                            pts[3].phone,
                            "花火の煙で喘息発作。持参の吸入薬使用",
                        ],
                    ]
                ],
            ),
        )
    )
    # L3: 140 marathon entries with birth dates
    runners = ctx.people(140, (1950, 2010))
    prows = [[f"{i:04d}", p.name(), p.kana, p.sex, ymd(p.birth), p.phone, r.choice(["10km", "5km", "3km", "ファミリー"])]
             for i, p in enumerate(runners, start=1)]  # fmt: skip
    cols = [("ナンバー", 30.0), ("氏名", 80.0), ("フリガナ", 170.0), ("性別", 300.0), ("生年月日", 340.0), ("電話", 420.0),
            ("種目", 540.0)]  # fmt: skip
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "birth_date", "phone"],
            DocSpec(paragraphs=["エントリー一覧"]),
            post=system_print(
                f"第20回 {ctx.town}ふるさとマラソン エントリーリスト",
                "RUNNET 大会管理 出力",
                cols,
                prows,
                35,
                "並び順：ナンバー",
            ),
        )
    )
    # L3: performers' fees with My Numbers on a hidden sheet headed only 番号
    perf = ctx.people(6, (1950, 1995))
    fee: list[list[Cell]] = [["No.", "出演者", "演目", "謝礼"]]
    ids: list[list[Cell]] = [["No.", "氏名", "番号"]]
    for i, p in enumerate(perf, start=1):
        fee.append([i, p.name(), r.choice(["太鼓", "民謡", "マジック", "津軽三味線"]), 20000])
        ids.append([i, p.name(), random_my_number(r)])
    docs.append(
        D(
            f,
            "xlsx",
            3,
            ["my_number", "name"],
            DocSpec(
                sheets=[sheet("謝礼", fee, title="出演謝礼 支払予定"), sheet("番号", ids, state="hidden")]
            ),
        )
    )
    # L3: Slack: a sole trader's unpaid stall fee
    q = ctx.person((1955, 1985))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt-cp932",
            3,
            ["name", "arrears", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("10:30", s1, f"露店の出店料、個人出店の{q.name()}さん（たこ焼き）だけ未納です"),
                        ("10:35", s2, f"昨年分も滞納で、督促状2回目。合計 30,000円。携帯 {q.phone}"),
                        ("10:36", s1, "来年の出店は保留にします"),
                    ],
                    "まつり事務局",
                )
            ),
            note="a sole trader's unpaid fee counts as a private person's arrears",
        )
    )
    return docs


# --- 男女共同参画・人権相談 ------------------------------------------------------------------------------
def sankaku(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "sankaku"
    docs: list[Doc] = []
    dept = DEPTS[f]
    # L1: council roster by role
    rows = [["役職", "氏名", "選出区分・所属"]]
    for role, sec in [
        ("会長", "学識経験者（県立大学 教授）"),
        ("副会長", "町人権擁護委員"),
        ("委員", "商工会女性部"),
        ("委員", "町PTA連合会"),
        ("委員", "労働組合連合会"),
        ("委員", "公募"),
        ("委員", "公募"),
    ]:
        rows.append([role, ctx.staff(), sec])
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.town}男女共同参画審議会 委員名簿（任期 令和6年7月1日～令和8年6月30日）",
                tables=[rows],
                paragraphs=[f"事務局：{dept}　電話 {ctx.office_phone(6)}"],
            ),
            note="公募 members named in the council roster only, without contact details",
        )
    )
    # L1: attitude survey by age and sex, merged heading rows
    sv: list[list[Cell]] = [
        ["設問", "男性", "", "", "女性", "", ""],
        ["", "20-39", "40-59", "60+", "20-39", "40-59", "60+"],
    ]
    for item in [
        "家事は主に妻が担っている",
        "職場で性別による差がある",
        "DVの相談窓口を知っている",
        "育児休業を取りやすい",
    ]:
        sv.append([item, *[f"{r.uniform(10, 80):.1f}%" for _ in range(6)]])
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("結果", sv, title="男女共同参画に関する町民意識調査（令和5年度）")]),
            post=merge_xlsx({"結果": ["B3:D3", "E3:G3", "A3:A4"]}),
        )
    )
    # L1: consultation days with 人権擁護委員 in their role
    docs.append(
        D(
            f,
            "pdf",
            1,
            [],
            DocSpec(
                title="特設人権相談所・女性の悩みごと相談のご案内",
                paragraphs=[
                    f"人権相談：毎月第2水曜 13:00～16:00　{ctx.town}役場 1階 相談室　相談員 人権擁護委員 {ctx.staff()}、{ctx.staff()}",
                    f"女性相談：毎週金曜 10:00～15:00（予約制）　女性相談員 {ctx.staff()}",
                    f"予約・問合せ：{dept} {ctx.office_phone(6)}",
                    "DV相談ナビ #8008（はれれば）、女性の人権ホットライン 0570-070-810",
                    "秘密は守られます。匿名でも相談できます。",
                ],
            ),
        )
    )
    # L1: training slides with masked cases
    docs.append(
        D(
            f,
            "pptx",
            1,
            [],
            DocSpec(
                title="職員研修：DV被害者への窓口対応",
                paragraphs=[
                    "事例：Ａさん（30代女性）夫からの暴言・経済的暴力。子2人。",
                    "配偶者の氏名は 〇〇 〇〇 と表記",
                    "住民票の閲覧制限（支援措置）の案内",
                    "加害者に居所を知られないための庁内連携",
                    "二次被害を防ぐ言葉がけ",
                ],
                notes=["事例は研修用に作成した架空のものです。"],
            ),
        )
    )
    # L1: monthly consultation counts (cp932)
    cnt: list[list[Cell]] = [["月", "DV", "離婚・家庭", "職場", "いじめ・差別", "インターネット", "計"]]
    for m in [4, 5, 6, 7, 8]:
        v = [r.randint(0, 12) for _ in range(5)]
        cnt.append([f"{m}月", *v, sum(v)])
    docs.append(D(f, "csv-cp932", 1, [], DocSpec(sheets=[sheet("件数", cnt)])))
    # L2: an application to sit on the council as a 公募 member
    q = ctx.person((1960, 1995))
    docs.append(
        D(
            f,
            "docx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="男女共同参画審議会 公募委員 応募用紙",
                tables=[
                    [
                        ["氏名", q.name(), "性別", q.sex],
                        ["生年月日", wareki(q.birth), "職業", r.choice(["会社員", "自営業", "パート"])],
                        ["住所", q.address(), "電話", q.phone],
                    ]
                ],
                paragraphs=[
                    "応募の動機（800字程度）",
                    "子育てをしながら働くなかで、地域の役員会が平日夜にしか開かれず、女性が参加しにくいと"
                    "感じてきました。審議会の場で、働く世代の声を届けたいと考えます。",
                ],
            ),
        )
    )
    # L2: Teams: a reply gives a caller's phone
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        (
                            "11:10",
                            s1,
                            f"来週の人権相談、{q.name()}さんから予約の電話。内容は近所とのトラブル",
                        ),
                        ("11:12", s2, "折り返し先は？"),
                        ("11:12", s1, f"{q.phone}（平日昼以外）"),
                        ("11:13", s2, "相談員の先生に伝えておきます"),
                    ],
                    "人権・男女共同参画係",
                )
            ),
        )
    )
    # L2: spaced-digit letter for a seminar
    q = ctx.urban(ctx.person((1975, 1995), "女"))
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", f"〒{q.zip}", spaced_digits(q.address()), f"{q.name()} 様", "",
             f">{ctx.town}長", "^女性のための再就職支援セミナー 受講決定通知", "",
             "お申込みいただいたセミナーの受講が決まりましたのでお知らせします。",
             "日時　令和 6 年 10 月 8 日から 全 4 回　各回 10 時～12 時", "会場　中央公民館 研修室1（託児あり）"]  # fmt: skip
    docs.append(D(f, "pdf", 2, ["name", "address"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))
    # L2: a DV intake sheet without injury or illness (odt)
    q, a = ctx.person((1980, 1995), "女"), ctx.person((1975, 1990), "男")
    a.sei = q.sei
    docs.append(
        D(
            f,
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="女性相談 受付票",
                tables=[
                    [
                        ["相談者", q.name()],
                        ["住所", q.address()],
                        ["連絡先", f"{q.phone}（本人携帯・夜間不可）"],
                        ["相手方", f"{a.name()}（夫）"],
                        ["主訴", "夫からの暴言と生活費を渡さない経済的暴力。別居を考えている"],
                        ["対応", "配偶者暴力相談支援センターの案内。住民票の支援措置を説明"],
                    ]
                ],
            ),
            note="DV with no injury, illness or debt: sensitive but not health, arrears or a My Number in the policy text",
        )
    )
    # L2: seminar childcare requests (xls)
    ch: list[list[Cell]] = [["子の氏名", "年齢", "保護者", "連絡先"]]
    for _ in range(7):
        k, g = ctx.person((2019, 2023)), ctx.person((1985, 1995))
        g.sei = k.sei
        ch.append([k.name(), f"{TODAY.year - k.birth.year}歳", g.name(), g.phone])
    docs.append(D(f, "xls", 2, ["name", "phone"], DocSpec(sheets=[sheet("託児", ch)])))
    # L3: a DV consultation in prose, injuries and psychiatric care paragraphs later
    q, a = ctx.person((1982, 1996), "女"), ctx.person((1978, 1992), "男")
    a.sei = q.sei
    docs.append(
        D(
            f,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="女性相談 経過記録（継続）",
                paragraphs=[
                    f"相談者：{q.name()}　{q.address()}　{q.phone}",
                    f"初回：{wareki(TODAY - dt.timedelta(days=60))}",
                    "夫からの暴言が続き、最近は物を投げるようになった。子どもの前でも怒鳴る。",
                    "第2回：実家に一時避難することを検討。実家は県外。",
                    "第3回：先週、夫に突き飛ばされ、左腕を打撲。整形外科を受診し全治2週間の診断。診断書は本人が保管。",
                    "夜眠れない日が続き、心療内科で不眠症と抑うつ状態と診断され、睡眠薬を服用している。",
                    f"相手方：{a.name()}（夫）　勤務先は町内の製造業",
                    "方針：配偶者暴力相談支援センターと連携し、一時保護を視野に入れる。",
                ],
            ),
        )
    )
    # L3: childcare requests with allergies and developmental notes, far right
    ca: list[list[Cell]] = [far(["子の氏名", "年齢", "保護者連絡先", "アレルギー・配慮事項"], 25)]
    for i in range(6):
        k, g = ctx.person((2019, 2023)), ctx.person((1985, 1995))
        need = [
            "卵・乳アレルギー（エピペン携帯）",
            "自閉スペクトラム症の診断あり",
            "熱性けいれんの既往",
            "小麦アレルギー",
            "なし",
        ]
        ca.append(
            far(
                [k.name(), f"{TODAY.year - k.birth.year}歳", g.phone, need[i] if i < 2 else r.choice(need)],
                25,
            )
        )
    docs.append(D(f, "xlsx", 3, ["name", "phone", "health"], DocSpec(sheets=[sheet("託児", ca)])))
    # L3: LINE WORKS: a reply gives a counselee's debts and rent arrears
    q = ctx.person((1975, 1995), "女")
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    TODAY,
                    [
                        ("14:02", s1, f"今日の相談の{q.name()}さん、別居後の生活費の件"),
                        (
                            "14:05",
                            s2,
                            "夫名義のカードローンの保証人になっていて、町営住宅の家賃も3か月滞納だそうです",
                        ),
                        ("14:06", s2, "滞納額 96,000円、督促状が届いて不安になって来られた"),
                        ("14:08", s1, "生活困窮者の自立相談につなぎましょう"),
                    ],
                    "女性相談",
                )
            ),
        )
    )
    # L3: 105 lecture applicants from the e-application system
    ap = ctx.people(105)
    prows = [
        [f"{TODAY.year}{i:05d}", p.name(), p.kana, p.phone, p.area + p.lot.split(" ")[0]]
        for i, p in enumerate(ap, start=1)
    ]
    cols = [("受付番号", 30.0), ("氏名", 110.0), ("カナ", 200.0), ("電話", 330.0), ("住所", 450.0)]
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "phone", "address"],
            DocSpec(paragraphs=["申込者"]),
            post=system_print("人権講演会 申込者一覧", "電子申請サービス 申込データ出力", cols, prows, 30),
        )
    )
    # L3: a spaced-digit certificate of DV consultation naming the injury
    q = ctx.urban(ctx.person((1980, 1995), "女"))
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", "^配偶者からの暴力の被害者の保護に関する証明書", "",
             f"住所　{spaced_digits(q.address())}", f"氏名　{q.name()}", f"生年月日　{wareki(q.birth, 'spaced')}", "",
             "上記の者は、当課に配偶者からの暴力について相談しており、",
             "令和 6 年 8 月 に 暴力による 頭部打撲・頸椎捻挫（全治 3 週間）の被害を受けたことを申し出ていることを証明します。",
             "", f">{ctx.town}長"]  # fmt: skip
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "address", "birth_date", "health"],
            DocSpec(paragraphs=lines),
            post=letter_pdf(lines),
        )
    )
    return docs


# --- 選挙管理委員会 --------------------------------------------------------------------------------------
def senkyo(ctx: Ctx) -> list[Doc]:
    r, f = ctx.rng, "senkyo"
    docs: list[Doc] = []
    dept = DEPTS[f]
    # L1: candidates as published at the 告示
    cand: list[list[Cell]] = [
        ["届出番号", "氏名", "ふりがな", "年齢", "性別", "党派", "新旧", "職業", "住所"]
    ]
    cands = []
    for i in range(1, 15):
        name, kana = ctx.staff_kana()
        cands.append(name)
        sex = "男" if name.split(" ")[1] in {m for m, _ in MALE} else "女"
        status = r.choice(["現", "現", "新", "元"])
        job = "町議会議員" if status == "現" else r.choice(["農業", "会社役員", "自営業", "団体職員", "無職"])
        cand.append([i, name, kana, r.randint(35, 78), sex, r.choice(["無所属", "無所属", "公明党", "日本共産党"]), status,
                     job, f"{ctx.town}{r.choice(ctx.areas).rstrip('*')}"])  # fmt: skip
    docs.append(
        D(
            f,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("候補者", cand, title=f"{ctx.town}議会議員一般選挙 立候補者一覧（告示日現在）")]
            ),
            note="candidates published at the 告示 are in a public role; 住所 is given to the 大字 only",
        )
    )
    # L1: polling stations as open data
    ps: list[list[Cell]] = [["投票区", "投票所", "投票所_カナ", "所在地", "緯度", "経度", "電話番号"]]
    for i, area in enumerate(ctx.areas, start=1):
        a = area.rstrip("*").replace("大字", "").replace("字", "")
        ps.append([f"第{i}投票区", f"{a}地区公民館", f"{kana_of_area(a)}チクコウミンカン", ctx.facility_address(), *ctx.latlon(),
                   ctx.tel()])  # fmt: skip
    docs.append(D(f, "csv", 1, [], DocSpec(sheets=[sheet("投票所", ps)])))
    # L1: count results
    res = [["候補者", "党派", "得票数"]] + [[c, "無所属", f"{r.randint(200, 1400)}.000"] for c in cands[:10]]
    docs.append(
        D(
            f,
            "pdf",
            1,
            [],
            DocSpec(
                title="開票結果（確定）",
                paragraphs=[
                    f"{ctx.town}選挙管理委員会　令和6年4月21日執行　{ctx.town}議会議員一般選挙",
                    "当日有権者数 12,384人　投票者数 7,102人　投票率 57.35%",
                ],
                tables=[res],
            ),
        )
    )
    # L1: turnout by age band and sex (ods)
    to: list[list[Cell]] = [["年代", "男", "女", "計"]]
    for b in ["18-19歳", "20代", "30代", "40代", "50代", "60代", "70代", "80歳以上"]:
        men, women = r.uniform(25, 80), r.uniform(25, 80)
        to.append([b, f"{men:.2f}%", f"{women:.2f}%", f"{(men + women) / 2:.2f}%"])
    docs.append(
        D(f, "ods", 1, [], DocSpec(sheets=[sheet("年代別", to, title="年代別・男女別投票率（抽出調査）")]))
    )
    # L1: returned poll cards: 12-digit 入場券番号 failing the check, no names (cp932 text)
    rows2 = ["投票所入場券 返戻記録（宛所不明ほか）", "入場券番号\t投票区\t返戻日\t理由"]
    for _ in range(14):
        rows2.append(
            f"{number12(r)}\t第{r.randint(1, 7)}投票区\t{ymd(TODAY - dt.timedelta(days=r.randint(1, 9)))}\t"
            f"{r.choice(['宛所尋ねあたらず', '転居先不明', '受取拒否'])}"
        )
    rows2.append("※ 氏名・住所は選挙人名簿システムで照会のこと（本記録には記載しない）")
    docs.append(
        D(
            f,
            "txt-cp932",
            1,
            [],
            DocSpec(paragraphs=rows2),
            note="returned cards listed by number only; the 12-digit 入場券番号 are all failing the check digit",
        )
    )
    # L1: minutes of the election board
    docs.append(
        D(
            f,
            "docx",
            1,
            [],
            DocSpec(
                title="選挙管理委員会 定例会 会議録",
                paragraphs=[
                    f"出席委員：委員長 {ctx.staff()}、委員長職務代理者 {ctx.staff()}、委員 {ctx.staff()}、{ctx.staff()}",
                    f"事務局：書記長 {ctx.staff()}、書記 {ctx.staff()}",
                    "議案第1号 選挙人名簿の定時登録について：9月2日現在の登録者数 12,291人（男 5,988人、女 6,303人）を決定。",
                    "議案第2号 投票所の統合について：第6投票区の投票所を地区公民館へ移転する案を了承。",
                    "報告 期日前投票所の増設（ショッピングセンター）の検討状況",
                ],
                footer=f"{ctx.town}{dept}",
            ),
        )
    )
    # L2: absentee ballot request from a traveller
    q = ctx.person((1950, 2000))
    docs.append(
        D(
            f,
            "docx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="不在者投票 請求書 兼 宣誓書",
                paragraphs=[
                    f"{ctx.town}選挙管理委員会委員長 様",
                    "私は、選挙の当日、下記の事由に該当する見込みです。",
                ],
                tables=[
                    [
                        ["選挙人氏名", q.name()],
                        ["生年月日", wareki(q.birth)],
                        ["住所（名簿登録地）", q.address()],
                        ["事由", "仕事で県外に長期出張中のため（滞在先：愛知県名古屋市中区の宿泊施設）"],
                        ["投票用紙の送付先", "滞在先ホテル気付"],
                    ]
                ],
            ),
        )
    )
    # L2: appointed polling-station witnesses with home contacts
    w: list[list[Cell]] = [["投票区", "区分", "氏名", "ふりがな", "住所", "電話"]]
    for i in range(1, 8):
        for kind in ("投票管理者", "投票立会人"):
            p = ctx.person((1945, 1990))
            w.append(
                [
                    f"第{i}投票区" if kind == "投票管理者" else None,
                    kind,
                    p.name(),
                    p.kana,
                    p.address(),
                    p.phone,
                ]
            )
    docs.append(
        D(
            f,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("選任", w, title="投票管理者・投票立会人 選任名簿")]),
            post=merge_xlsx({"選任": [f"A{4 + 2 * i}:A{5 + 2 * i}" for i in range(7)]}),
            note="residents appointed for the day with their home contacts (not a published list)",
        )
    )
    # L2: Slack: a reply gives an elector's birth date
    q = ctx.person()
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            2,
            ["name", "birth_date"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    TODAY,
                    [
                        ("13:15", s1, f"期日前投票所で{q.name()}さん、入場券を忘れて来られてます"),
                        (
                            "13:16",
                            s2,
                            f"名簿で確認しました。生年月日 {wareki(q.birth, 'short')} で本人確認してください",
                        ),
                        ("13:18", s1, "一致しました、宣誓書書いてもらいます"),
                    ],
                    "期日前投票所",
                )
            ),
        )
    )
    # L2: spaced-digit notice re-sending a poll card
    q = ctx.urban(ctx.person())
    lines = [f">令和 6 年 9 月 {r.randint(2, 27)} 日", f"〒{q.zip}", spaced_digits(q.address()), f"{q.name()} 様", "",
             f">{ctx.town}選挙管理委員会", "^投票所入場券の再交付について", "",
             "先日お申出のあった入場券を再交付しますので同封します。", "投票日　令和 6 年 10 月 27 日（日）7 時～19 時",
             f"投票所　{q.area}地区公民館"]  # fmt: skip
    docs.append(D(f, "pdf", 2, ["name", "address"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))
    # L3: 160 electors from the 選挙人名簿抄本, positioned columns
    el = ctx.people(160, (1940, 2006))
    prows = [[f"{i:05d}", p.name("　"), p.kana, p.sex, wareki(p.birth, "slash"), p.area + p.lot.split(" ")[0]]
             for i, p in enumerate(el, start=1)]  # fmt: skip
    cols = [
        ("連番", 30.0),
        ("氏名", 90.0),
        ("カナ", 190.0),
        ("性別", 320.0),
        ("生年月日", 360.0),
        ("住所", 440.0),
    ]
    docs.append(
        D(
            f,
            "pdf",
            3,
            ["name", "birth_date", "address"],
            DocSpec(paragraphs=["選挙人名簿抄本"]),
            post=system_print(
                f"選挙人名簿抄本（第{r.randint(1, 7)}投票区）",
                "選挙システム SKM  閲覧用",
                cols,
                prows,
                40,
                f"基準日 {ymd(TODAY)}",
            ),
        )
    )
    # L3: postal-vote certificates with disability grades and care levels
    pv: list[list[Cell]] = [["証明書番号", "氏名", "住所", "生年月日", "該当事由", "有効期限"]]
    for i in range(1, 9):
        p = ctx.person((1930, 1960))
        pv.append([f"郵-{i:03d}", p.name(), p.address(), p.birth,
                   r.choice(["身体障害者手帳 1級（両下肢）", "要介護5", "身体障害者手帳 2級（体幹）", "戦傷病者手帳 特別項症"]),
                   "R9.3.31"])  # fmt: skip
    docs.append(
        D(
            f,
            "xlsx",
            3,
            ["name", "address", "birth_date", "health"],
            DocSpec(sheets=[sheet("台帳", pv, title="郵便等投票証明書 交付台帳")]),
            post=merge_xlsx({"台帳": ["A2:C2"]}),
        )
    )
    # L3: witness pay with the My Number in a text box (hyphenated, 番号確認済)
    q = ctx.person((1950, 1985))
    mn = random_my_number(r)
    docs.append(
        D(
            f,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="投票立会人 報酬の口座振込について",
                paragraphs=[
                    f"立会人：{q.name()}　住所：{q.address()}",
                    "報酬額：10,900円（第3投票区・当日 7:00～19:00）",
                    "振込先：町内金融機関 普通預金（口座は本人確認書類で確認）",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}"],
            ),
        )
    )
    # L3: Teams: a reply gives an elector's disability and dementia
    q = ctx.person((1930, 1950))
    s1, s2 = ctx.staff(), ctx.staff()
    docs.append(
        D(
            f,
            "txt",
            3,
            ["name", "health"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    TODAY,
                    [
                        ("10:20", s1, f"代理投票の件、{q.name()}さんのご家族から問い合わせ"),
                        ("10:22", s2, "緑内障でほぼ見えない方ですね。去年も代理投票でした"),
                        ("10:23", s1, "今年は認知症の診断も出たそうで、本人の意思確認ができるか心配とのこと"),
                        ("10:25", s2, "投票所で補助者2名が意思を確認する手順を説明しておきます"),
                    ],
                    "選管事務局",
                )
            ),
        )
    )
    # L3: 115 early-voting declarations in cp932
    ev = ctx.people(115, (1940, 2006))
    evr: list[list[Cell]] = [["受付番号", "氏名", "カナ", "生年月日", "住所", "事由", "受付日時"]]
    for i, p in enumerate(ev, start=1):
        evr.append([i, p.name(), p.kana, ymd(p.birth), p.address(), r.choice(["1号（仕事）", "2号（旅行）", "5号（住所移転）"]),
                    f"{ymd(TODAY - dt.timedelta(days=r.randint(0, 11)))} {r.randint(8, 19)}:{r.randint(0, 59):02d}"])  # fmt: skip
    docs.append(
        D(f, "csv-cp932", 3, ["name", "birth_date", "address"], DocSpec(sheets=[sheet("宣誓書", evr)]))
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [kyodo, kokusai, sports, shogai, kanko, sankaku, senkyo]


def build(rng: random.Random) -> list[Doc]:
    pref, gun, town, ac, zip3, areas, hall_lot = rng.choice(TOWNS)
    ctx = Ctx(rng, pref, gun, town, ac, zip3, areas, hall_lot)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set28", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
