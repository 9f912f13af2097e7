"""Fifty-fourth red-team set (blind): a city's 人権・男女共同参画 and 犯罪被害者支援 desks.

``python -m corpus.redteam.set54 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with its 大字…番地 and …丁目 towns, its area code, police station and regional bank) is drawn
per build. Families follow the desk a document comes from: 女性相談 (``josei``), DV 相談 and 一時保護 連絡
(``dv``), the 住民票 DV等支援措置 hand-offs to and from 市民課 (``shien``), 犯罪被害者 見舞金 and 転居費用 助成
(``higaisha``), 人権相談 on neighbours and discrimination (``jinken``), the パートナーシップ 宣誓 (``partner``) and
the 相談員 themselves, their shifts, pay and training (``soudanin``); each with its public look-alikes (窓口 guides,
相談件数 and 宣誓件数 aggregates, 啓発 events, 協力団体 and 協力事業者 with 法人番号, 相談員 and 人権擁護委員 named in
their role, masked case studies, 記入例).

The truth is the default policy's text only: 3 for a My Number, health (including pregnancy complications,
injuries, mental illness and allergies) or arrears about a named private person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 otherwise. DV, discrimination
and sexual orientation are no category of the policy text: such records are 2 unless something above applies.
``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where one is
printed); doubtful files carry a one-line ``note``.
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

SEED = 5454
VARIANT = "redteam54"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, bank, police station, areas); an area ending in "*" takes 番地
# lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("埼玉県", "東松山市", "0493", "355", "武蔵野銀行", "東松山警察署",
     ["箭弓町", "松葉町", "材木町", "大字松山*", "大字野本*", "大字上唐子*", "元宿"]),
    ("三重県", "亀山市", "0595", "519", "百五銀行", "亀山警察署",
     ["本町", "東御幸町", "みずほ台", "天神", "関町木崎*", "野村町*", "田村町*"]),
    ("岡山県", "総社市", "0866", "719", "中国銀行", "総社警察署",
     ["中央", "駅前", "総社", "井尻野*", "清音上中島*", "溝口*", "三輪*"]),
    ("福島県", "須賀川市", "0248", "962", "東邦銀行", "須賀川警察署",
     ["中町", "八幡町", "大町", "旭町", "大字森宿*", "大字小作田*", "大字浜尾*"]),
    ("北海道", "北見市", "0157", "090", "北洋銀行", "北見警察署",
     ["北進町", "常盤町", "山下町", "光西町", "端野町二区*", "留辺蘂町旭*", "美山町*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("小鳥遊", "たかなし"), ("四月一日", "わたぬき"), ("一尺八寸", "かまつか"), ("薬袋", "みない"),
    ("百目鬼", "どうめき"), ("五百旗頭", "いおきべ"), ("勘解由小路", "かでのこうじ"), ("纐纈", "こうけつ"),
    ("鴇田", "ときた"), ("設楽", "したら"), ("王生", "いくるみ"), ("左右田", "そうだ"), ("瓜生", "うりゅう"),
    ("轟", "とどろき"), ("仁科", "にしな"), ("榎本", "えのもと"), ("久保田", "くぼた"),
    ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"),
    ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("清水", "しみず"),
    ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"),
    ("藤田", "ふじた"), ("後藤", "ごとう"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("石井", "いしい"), ("青木", "あおき"), ("上田", "うえだ"), ("酒井", "さかい"), ("工藤", "くどう"),
    ("柴田", "しばた"), ("原", "はら"), ("竹内", "たけうち"), ("金子", "かねこ"), ("和田", "わだ"),
    ("中山", "なかやま"), ("石田", "いしだ"), ("小野", "おの"), ("田村", "たむら"), ("中野", "なかの"),
    ("菅原", "すがわら"), ("服部", "はっとり"), ("野村", "のむら"), ("松井", "まつい"), ("千田", "ちだ"),
    ("樋口", "ひぐち"), ("堀", "ほり"), ("小松", "こまつ"), ("高木", "たかぎ"), ("河野", "こうの"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("虎之助", "とらのすけ"), ("麟太郎", "りんたろう"), ("朔也", "さくや"), ("玄", "げん"), ("陽向", "ひなた"),
    ("隼人", "はやと"), ("健太", "けんた"), ("翔太", "しょうた"), ("誠", "まこと"), ("隆", "たかし"),
    ("博", "ひろし"), ("修", "おさむ"), ("進", "すすむ"), ("剛", "つよし"), ("哲也", "てつや"),
    ("智之", "ともゆき"), ("雅人", "まさと"), ("俊介", "しゅんすけ"), ("和也", "かずや"), ("亮", "りょう"),
    ("聡", "さとし"), ("大樹", "だいき"), ("蓮", "れん"), ("樹", "いつき"), ("蒼", "あおい"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("朱里", "あかり"), ("雛子", "ひなこ"), ("乃愛", "のあ"), ("心春", "こはる"), ("凪", "なぎ"),
    ("椿", "つばき"), ("結衣", "ゆい"), ("愛", "あい"), ("恵", "めぐみ"), ("舞", "まい"),
    ("麻衣", "まい"), ("香織", "かおり"), ("奈々", "なな"), ("綾", "あや"), ("理恵", "りえ"),
    ("直美", "なおみ"), ("裕子", "ゆうこ"), ("純子", "じゅんこ"), ("京子", "きょうこ"), ("陽子", "ようこ"),
    ("千夏", "ちなつ"), ("美穂", "みほ"), ("沙耶", "さや"), ("未来", "みく"), ("優奈", "ゆうな"),
    ("琴音", "ことね"), ("若菜", "わかな"), ("ハル", "はる"), ("キヨ", "きよ"), ("芙美子", "ふみこ"),
    ("八重", "やえ"), ("紗希", "さき"),
]  # fmt: skip
BUILDINGS = ["ハイツ若葉", "メゾン・ド・ソレイユ", "市営住宅", "コーポ清流", "アーバンコート", "パレス中央"]
NPOS = [
    ("特定非営利活動法人", "ウィメンズネット・あかり"), ("社会福祉法人", "やすらぎ会"),
    ("公益社団法人", "被害者支援センターみらい"), ("一般社団法人", "こどもとおとなの相談室"),
    ("特定非営利活動法人", "レインボーブリッジの会"), ("弁護士法人", "ひだまり総合法律事務所"),
    ("一般社団法人", "臨床心理支援ネットワーク"), ("特定非営利活動法人", "シングルマザーサポートみち"),
    ("社会福祉法人", "若草福祉会"), ("公益財団法人", "人権啓発推進協会"),
    ("特定非営利活動法人", "ステップハウス結"), ("一般社団法人", "多文化ともいき"),
    ("株式会社", "アイリス警備保障"), ("株式会社", "セーフティ引越センター"),
]  # fmt: skip
COMPANIES = [
    ("株式会社", "みどり不動産"), ("株式会社", "中央メディカル調剤"), ("医療法人社団", "清和会"),
    ("株式会社", "ひかり生命保険代理店"), ("株式会社", "サンライフ住宅管理"), ("株式会社", "あけぼの携帯ショップ"),
    ("医療法人", "恵愛会"), ("株式会社", "北斗ホーム"), ("合同会社", "つながり葬祭"), ("株式会社", "まるや家具"),
    ("株式会社", "ユニオン賃貸センター"), ("株式会社", "ふれあい信用保証"), ("株式会社", "青空ホテル"),
    ("有限会社", "いろどり写真館"), ("株式会社", "エムズ保険サービス"), ("医療法人", "緑風会"),
]  # fmt: skip
SAMPLE_NAMES = ["見本 花子", "記入 太郎", "宣誓 あおい", "市民 ひかり", "見本 一郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 10, 18)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
KA = "人権・男女共同参画課"
SHUSO = ["身体的暴力", "精神的暴力", "経済的暴力", "性的暴力", "離婚問題", "家族関係", "生活困窮", "職場の人間関係",
         "ストーカー", "その他"]  # fmt: skip
JINKEN_KINDS = ["近隣トラブル", "差別待遇", "名誉毀損", "ハラスメント", "インターネット", "学校いじめ", "家庭内",
                "その他"]  # fmt: skip


# --- helpers (adapted from set34's plumbing) -------------------------------------------------------------
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


def hankaku(text: str) -> str:
    """Kana as an old core system prints it (half-width): さかり → ｻｶﾘ (only what this set needs)."""
    table = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー",
                     "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ", strict=True))  # fmt: skip
    voiced = dict(zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ", strict=True))
    semi = dict(zip("パピプペポ", "ﾊﾋﾌﾍﾎ", strict=True))
    out: list[str] = []
    for ch in katakana(text):
        if ch in voiced:
            out.append(voiced[ch] + "ﾞ")
        elif ch in semi:
            out.append(semi[ch] + "ﾟ")
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


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
    police: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def yakusho(self) -> str:
        return f"{self.city}役所"

    @property
    def center(self) -> str:
        return f"{self.city}配偶者暴力相談支援センター"

    @property
    def towns(self) -> list[str]:
        return [a.rstrip("*") for a in self.areas]

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 322 + n, 1111 + 23 * n)

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
        a, b, c = r.randint(1, 7), r.randint(1, 30), r.randint(1, 24)
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
        a, b, c = self.rng.randint(1, 7), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(
        self, born: tuple[int, int] = (1950, 2003), sex: str = "", sei: tuple[str, str] | None = None
    ) -> Person:
        r = self.rng
        want = sex
        while True:
            s, sk = sei or r.choice(SURNAMES)
            sex = want or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if s + mei not in self.used:
                self.used.add(s + mei)
                break
        area = r.choice(self.areas)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{self.zip3}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(s, mei, sk, mk, sex, birth, self.city, area.rstrip("*"), self.lot(area), self.phone(),
                      zipc, self.pref)  # fmt: skip

    def woman(self, born: tuple[int, int] = (1965, 2002)) -> Person:
        return self.person(born, "女")

    def people(self, n: int, born: tuple[int, int] = (1950, 2003), sex: str = "") -> list[Person]:
        return [self.person(born, sex) for _ in range(n)]

    def child(self, parent: Person, born: tuple[int, int] = (2009, 2023)) -> Person:
        kid = self.person(born, sei=(parent.sei, parent.sei_kana))
        kid.area, kid.lot, kid.zip, kid.phone = parent.area, parent.lot, parent.zip, parent.phone
        return kid

    def staff(self) -> str:
        """An officer or counsellor (not drawn from the residents: staff may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def counsellor(self) -> str:
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(FEMALE)
        return f"{sei} {mei}"

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def date(self, start: dt.date, end: dt.date = TODAY) -> dt.date:
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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  操作者 JK{n % 3 + 1:02d}")
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
        out.append(f"■{room}（{ymd(day)} 電話 転記）")
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


def col(n: int) -> str:
    """Spreadsheet column letters of a 1-based index: 1 → A, 27 → AA."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def corp(ctx: Ctx, orgs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Organisation names (kind before or after) with their valid 法人番号."""
    return [(f"{k}{n}" if i % 4 else f"{n}{k}" if k == "株式会社" else f"{k}{n}", random_corporate_number(ctx.rng))
            for i, (k, n) in enumerate(orgs)]  # fmt: skip


def look_alikes(ctx: Ctx, n: int) -> list[str]:
    """12-digit numbers that all fail the My Number check digit."""
    return [fail_check(random_my_number(ctx.rng), ctx.rng.randint(1, 9)) for _ in range(n)]


def address_block(p: Person) -> list[str]:
    """The addressee block of a letter drawn on a canvas PDF, digits set apart."""
    return [f"〒{p.zip}", spaced_digits(p.address()), f"{p.name()} 様"]


# --- 女性相談 --------------------------------------------------------------------------------------------
def josei(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "josei"
    docs: list[Doc] = []
    desk = ctx.office_phone(3)

    # L1: the guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="女性のための相談窓口のご案内",
                paragraphs=[
                    f"{ctx.city}では、配偶者やパートナーからの暴力（DV）、家族や職場の人間関係、離婚、生活の不安など、"
                    "女性が抱えるさまざまな悩みについて、女性相談支援員が一緒に考えます。",
                    "相談は無料です。秘密は守られます。お名前を言わずに相談することもできます。",
                    f"■電話相談 {desk}（月曜日～金曜日 8時30分～17時15分、祝日・年末年始を除く）",
                    f"■面接相談 予約制（{ctx.yakusho} 本庁舎2階 相談室）。お子さん連れでも大丈夫です。",
                    "■夜間・休日は DV相談＋（プラス） 0120-279-889（24時間）、DV相談ナビ ＃8008 をご利用ください。",
                    f"■身の危険を感じたときは迷わず110番、または{ctx.police}（{ctx.tel(r.randint(20, 99))}）へ。",
                    f"必要に応じて、{ctx.pref}女性相談支援センター、法テラス、ハローワーク、{ctx.city}社会福祉協議会などの"
                    "関係機関をご紹介します。住民票の写し等の交付制限（DV等支援措置）は市民課でも受け付けています。",
                    f"問合せ先 {ctx.yakusho} {KA} 男女共同参画係 {ctx.office_phone(2)}",
                ],
            ),
        )
    )

    # L1: counts by 主訴 and month, quarters merged, a hidden sheet of counts by age group
    months = [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    quarter: list[Cell] = [""]
    for qn in range(4):
        quarter += [f"第{qn + 1}四半期", None, None]
    body: list[list[Cell]] = [[*quarter, "年度計"], ["主訴", *months, ""]]
    for s in SHUSO:
        counts = [r.randint(0, 14) for _ in months]
        body.append([s, *counts, sum(counts)])
    ages = [["年代", "電話", "面接", "メール", "同行"]] + [
        [a, r.randint(3, 60), r.randint(1, 30), r.randint(0, 12), r.randint(0, 8)]
        for a in ("10代", "20代", "30代", "40代", "50代", "60代", "70代以上", "不明")
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("件数", body, title="令和5年度 女性相談 受付件数（主訴別・月別）", first_row=3),
                    sheet("集計元", ages, state="hidden"),
                ]
            ),
            post=merge_xlsx({"件数": ["B3:D3", "E3:G3", "H3:J3", "K3:M3", "N3:N4"]}),
        )
    )

    # L1: the 運動 slides, a lecturer in role
    npo = r.choice(NPOS[:2])
    speaker = ctx.counsellor()
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="女性に対する暴力をなくす運動（11月12日～25日）",
                paragraphs=[
                    "パープルリボン・キャンペーン：市庁舎を紫色にライトアップします",
                    f"期間中、{ctx.city}図書館で啓発パネル展を開催",
                    "講演会「デートDVを知っていますか」",
                    f"講師：{npo[0]}{npo[1]} 代表理事 {speaker} 氏",
                    "会場：市民活動センター 多目的ホール（定員80名・託児あり）",
                    f"申込み：{KA} {ctx.office_phone(2)}",
                    "若年層向けリーフレットを市内の中学校・高校に配布します",
                ],
                tables=[
                    [
                        ["日程", "内容", "会場"],
                        ["11月12日", "ライトアップ点灯式", "市庁舎 正面玄関"],
                        ["11月16日", "講演会", "市民活動センター"],
                        ["11月12日～25日", "パネル展", "図書館 1階ロビー"],
                    ]
                ],
                notes=[f"点灯式は市長あいさつの後、{speaker} 代表理事より一言いただく"],
            ),
        )
    )

    # L1: a masked case study (Ａさん, 〇〇 〇〇)
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="事例検討会 資料（令和6年度 第2回 女性相談支援員連絡会）",
                paragraphs=[
                    "※ 個人が特定されないよう、氏名・地名・年齢等は加工しています。資料は会議終了後に回収します。",
                    "【相談者】Ａさん（30代・パート勤務）。夫（40代・会社員）、子2人（小学生・保育園児）と同居。",
                    "【主訴】夫からの長年の暴言と生活費を渡さない経済的暴力。最近は子の前で物を投げるようになった。",
                    "【経過】初回は電話相談。2回目に来所面接。Ａさんは不眠を訴えており、心療内科の受診を勧めた。"
                    "別居の意向が固まり、支援措置の説明と一時保護の選択肢を提示。実家（他県）への避難を選択。",
                    "【論点】①子の転校手続と居所秘匿の両立 ②保育園の転園と加害者からの問合せ対応 ③経済的自立",
                    "【関係機関】〇〇 〇〇（児童家庭支援センター）、学校教育課、市民課 住民記録係",
                ],
                tables=[
                    [
                        ["日付", "対応", "担当"],
                        ["○月○日", "電話相談（初回）", "相談員Ｂ"],
                        ["○月○日", "来所面接", "相談員Ｂ・係長"],
                        ["○月○日", "関係機関 連絡会議", "〇〇 〇〇"],
                    ]
                ],
            ),
            note="masked case study: Ａさん and 〇〇 〇〇 are not identifiable, so the insomnia is nobody's health",
        )
    )

    # L1: partner organisations with 法人番号 (shelters' addresses undisclosed), cp932
    orgs = corp(ctx, NPOS[:12])
    rows: list[list[Cell]] = [["No", "団体名", "法人番号", "所在地", "電話番号", "代表者", "連携内容"]]
    for i, (name, num) in enumerate(orgs, start=1):
        shelter = "シェルター" in name or "ステップハウス" in name or i in (2, 7)
        rows.append([i, name, num, "非公表" if shelter else ctx.biz_address(),
                     "（事務局経由）" if shelter else ctx.tel(), f"理事長 {ctx.staff()}" if i % 3 else f"代表 {ctx.staff()}",
                     r.choice(["同行支援", "一時保護委託", "法律相談", "心理ケア", "就労支援", "子ども支援"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("連携団体", rows)]),
            note="organisations and their representatives in role; 法人番号 are public",
        )
    )

    # L1: staff LINE WORKS about the 講座 (no resident)
    a, b = ctx.counsellor(), ctx.staff()
    day = dt.date(2024, 10, 7)
    lines = [("09:02", a, "16日の講演会、託児の申込が6件になりました"), ("09:10", b, "保育士さん2名で足りますか？"),
             ("09:12", a, "社協さんに1名追加をお願いします"), ("09:30", b, "了解です。会場のプロジェクターも予約済み"),
             ("10:05", a, "パネル展の搬入は11日午後でお願いします")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("lineworks", day, lines, "男女共同参画係")),
            note="no resident: staff arrange a lecture's childcare and venue",
        )
    )

    # L2: a resident's own letter to the desk, signed at the end
    p = ctx.woman((1978, 1996))
    kids = r.randint(1, 3)
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=[
                    f"{ctx.yakusho} {KA} 女性相談 御中",
                    "",
                    "突然のお手紙で失礼いたします。電話ではうまく話せそうにないので、手紙で相談させてください。",
                    f"夫とは結婚して{r.randint(8, 15)}年になります。子どもは{kids}人います。"
                    "ここ数年、夫は給料を全部自分で管理していて、私には月に2万円しか渡してくれません。"
                    "足りないと言うと「お前の使い方が悪い」と怒鳴られ、レシートを一枚ずつ確認されます。",
                    "離婚も考えていますが、私はパートで収入が少なく、子どもを育てていけるか不安です。"
                    "児童扶養手当や、市営住宅に入れるのかどうかなども教えていただきたいです。",
                    "平日の昼間なら夫はいませんので、下記の携帯電話にご連絡いただけると助かります。"
                    "自宅あての郵便は夫が開けてしまうので、郵送はしないでください。",
                    "",
                    f">{wareki(dt.date(2024, 10, r.randint(1, 15)))}",
                    f">住所 {p.address()}",
                    f">氏名 {p.name()}",
                    f">携帯 {p.phone}",
                ]
            ),
            note="marital trouble is no policy category: a name with address and phone is 2",
        )
    )

    # L2: appointment notice drawn on a canvas PDF, digits set apart, sent to her parents' home
    p = ctx.woman((1980, 1998))
    ctx.urban(p)
    when = dt.date(2024, 11, r.randint(5, 15))
    lines_ = [
        *address_block(p),
        "",
        f">男共第 {r.randint(300, 900)} 号",
        f">{wareki(dt.date(2024, 10, 21), 'spaced')}",
        f">{ctx.city}長",
        "^面接相談の日程について（お知らせ）",
        "",
        "先日はお電話をいただきありがとうございました。",
        "面接相談の日程を下記のとおり予約しましたのでお知らせします。",
        "",
        f"  日時  {wareki(when, 'spaced')}  午前 10 時 00 分 から",
        f"  場所  {ctx.yakusho} 本庁舎 2 階 相談室 2",
        "  持ち物  特にありません（お子さん連れでも大丈夫です）",
        "",
        "ご都合が悪くなった場合は、下記までご連絡ください。",
        f"  {KA} 女性相談 {spaced_digits(desk)}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="面接相談の日程について"),
            post=letter_pdf(lines_),
        )
    )

    # L2: Teams, a reply gives the caller's mobile
    p = ctx.woman()
    a, b = ctx.counsellor(), ctx.staff()
    lines = [("09:19", a, f"昨日お電話のあった {p.name()}さん、今朝もかかってきました。面接を希望されています"),
             ("09:22", b, "折り返し先は聞けていますか？"),
             ("09:24", a, f"ご本人の携帯 {p.phone} です。夫がいる時間は出られないので10時～15時にとのこと"),
             ("09:27", b, "了解しました。来週木曜の午前で面接室を押さえます"),
             ("09:28", a, "ありがとうございます。折り返しは女性相談の名前を出さずにかけます")]  # fmt: skip
    docs.append(
        Doc(
            fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", TODAY, lines, "女性相談 連絡"))
        )
    )

    # L2: the interview bookings, 姓/名/セイ/メイ split, starting on row 5
    rows = [["予約日", "時間", "姓", "名", "セイ", "メイ", "連絡先", "担当", "備考"]]
    for _ in range(r.randint(10, 14)):
        q = ctx.woman()
        rows.append([ctx.date(dt.date(2024, 11, 1), dt.date(2024, 11, 29)), r.choice(["9:30", "10:30", "13:30", "15:00"]),
                     q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.phone, ctx.counsellor().split()[0],
                     r.choice(["初回", "継続", "子連れ", "通訳要（英語）", "", "夕方以降は不可"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "11月",
                        rows,
                        title="面接相談 予約表（令和6年11月）",
                        first_row=5,
                        number_formats={0: "m/d"},
                    ),
                ]
            ),
        )
    )

    # L2: one consultation slip in odt
    p = ctx.woman((1975, 1995))
    son = ctx.child(p, (2012, 2020))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="女性相談 受付票",
                tables=[
                    [
                        ["受付日", wareki(dt.date(2024, 10, r.randint(1, 17)))],
                        ["相談方法", "電話 → 来所"],
                        ["氏名", p.name()],
                        ["ふりがな", p.kana],
                        ["生年月日", f"{wareki(p.birth)}（{p.age()}歳）"],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["同居家族", f"夫、長男（{son.mei}・{son.age()}歳）"],
                        ["主訴", "夫からの暴言、外出や交友関係を制限される"],
                        ["希望", "情報提供（離婚の手続き、住まい）"],
                        ["対応", "法テラスの案内、次回面接予約"],
                        ["担当", ctx.counsellor()],
                    ]
                ],
            ),
            note="controlling behaviour is no policy category: name, birth date, address and phone give 2",
        )
    )

    # L3: the 受付簿 printed from the 相談 system (bulk)
    n = r.randint(110, 128)
    rows_: list[list[str]] = []
    for i in range(n):
        q = ctx.woman((1950, 2005))
        rows_.append([f"JS{22 + i // 50}{i + 1:04d}", q.name(), hankaku(q.kana), wareki(q.birth, "short"),
                      q.phone, q.address()[:30], r.choice(SHUSO)])  # fmt: skip
    cols = [("受付No", 30), ("氏名", 95), ("ｶﾅ氏名", 170), ("生年月日", 265), ("電話番号", 325), ("住所", 415),
            ("主訴区分", 690)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(title="女性相談 受付簿"),
                    post=system_print("女性相談 受付簿（令和4年4月～令和6年9月）", "相談記録管理システム WSK-02",
                                      cols, rows_, 30, "抽出条件：受付日 R4.4.1～R6.9.30 ／ 相談種別 全て", ruled=True)))  # fmt: skip

    # L3: a record in prose, the diagnosis paragraphs after the name
    p = ctx.woman((1982, 1996))
    ctx.child(p, (2013, 2017))
    boy = ctx.child(p, (2018, 2021))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "income", "name"],
            DocSpec(
                paragraphs=[
                    f"女性相談 記録（継続）　受付No. JS{r.randint(240000, 249999)}",
                    f"相談者 {p.name()}（{p.age()}歳）、{p.address()}。夫（会社員）、長女（小学{r.randint(2, 5)}年）、"
                    f"長男（{boy.age()}歳・保育園）の4人世帯。",
                    f"{wareki(dt.date(2024, 9, 12))} 来所。夫の暴言が続いている。最近は子どもの前で壁を殴るようになり、"
                    "長女が夜中に泣いて起きることが増えた、とのこと。",
                    "夫は本人の携帯電話を確認し、実家への連絡も制限している。本人は別居を考えており、"
                    "転居後の住所を夫に知られたくないと話す。",
                    "住民票の写し等の交付制限（支援措置）について説明。市民課へ同行し、申出を行うこととした。"
                    "長女の転校と長男の転園は、学校教育課・こども保育課と調整する。",
                    "経済面：パート収入 月約9万円。児童扶養手当、ひとり親家庭等医療費の制度を説明した。",
                    f"（{wareki(dt.date(2024, 10, 3))} 追記）本人より電話。9月末から眠れず、心療内科を受診したところ、"
                    "うつ病と診断され、抗うつ薬と睡眠導入剤の服薬を始めたとのこと。次回面接は体調をみて調整する。",
                ]
            ),
            note="the depression comes five paragraphs after the one mention of the name",
        )
    )

    # L3: Slack copy in cp932, the reply tells of a threatened premature birth
    p = ctx.woman((1988, 2001))
    a, b = ctx.counsellor(), ctx.staff()
    lines = [("13:10", a, f"{p.name()}さん（継続）からお電話。来週の面接は体調次第とのこと"),
             ("13:14", b, "体調、何かありました？"),
             ("13:16", a, "いま妊娠22週で、切迫早産のため自宅安静を指示されているそうです。面接は電話に切り替えます"),
             ("13:20", b, "了解です。母子保健の担当にも共有しておきます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("slack", TODAY, lines, "女性相談-連絡")),
        )
    )

    # L3: continuing clients with their treatment, pasted from column AB
    rows = [["No", "姓", "名", "セイ", "メイ", "年齢", "連絡先", "通院・服薬", "次回予定"]]
    care = ["心療内科 通院中（うつ病）", "なし", "精神科 通院（PTSD）", "睡眠導入剤 服用", "なし", "妊娠16週（つわり重い）",
            "パニック障害で通院", "なし", "適応障害（休職中）"]  # fmt: skip
    for i in range(r.randint(12, 16)):
        q = ctx.woman()
        rows.append([i + 1, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana), q.age(), q.phone,
                     care[i % len(care)], ctx.date(dt.date(2024, 10, 21), dt.date(2024, 12, 20))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["health", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("継続ケース", far_right(rows, 27), first_row=8, number_formats={35: "yyyy/mm/dd"}),
                ]
            ),
        )
    )
    return docs


# --- DV 相談・一時保護 --------------------------------------------------------------------------------------
def dv(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "dv"
    docs: list[Doc] = []
    ctr = ctx.office_phone(4)

    # L1: the procedure
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="一時保護の依頼から解除までの流れ（事務手順）",
                paragraphs=[
                    "1 相談の受付：緊急性（身体的暴力の有無、子どもの安全、加害者の所在）を確認する。",
                    f"2 一時保護の依頼：{ctx.pref}女性相談支援センターへ電話連絡し、依頼書をFAXする。夜間・休日は{ctx.police}を経由する。",
                    "3 移送：原則として警察または県センターが行う。市職員は公用車で同行する場合がある。",
                    "4 子の取扱い：同伴児童の学校・保育園へは、市から個別に連絡する（加害者からの問合せには一切答えない）。",
                    "5 住民票：支援措置の申出を案内する。転居先が決まるまで住民票は異動しない場合がある。",
                    "6 解除後：転居先の福祉事務所へ引き継ぐ。引継ぎ文書は手交または簡易書留とし、電子メールは使用しない。",
                    f"緊急連絡先 {ctx.center} {ctr}（平日）／ 県センター（夜間） 0120-279-889",
                ],
            ),
        )
    )

    # L1: yearly counts by route, in xls
    years = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    routes = ["本人から", "警察から", "親族・知人", "医療機関", "学校・保育園", "他の相談機関", "その他"]
    rows: list[list[Cell]] = [["相談経路", *years]]
    rows += [[rt, *[r.randint(2, 90) for _ in years]] for rt in routes]
    rows.append(["一時保護件数", *[r.randint(1, 9) for _ in years]])
    docs.append(
        Doc(
            fam, "xls", 1, [], DocSpec(sheets=[sheet("経路別", rows, title="DV相談件数の推移（相談経路別）")])
        )
    )

    # L1: agency contacts with staff in role, in ods
    rows = [["機関", "担当", "電話", "備考"],
            [f"{ctx.pref}女性相談支援センター", f"相談課長 {ctx.staff()}", ctx.tel(r.randint(20, 99)), "一時保護の決定"],
            [f"{ctx.police} 生活安全課", f"係長 {ctx.staff()}", ctx.tel(r.randint(20, 99)), "夜間は当直"],
            [f"{ctx.pref}中央児童相談所", f"児童福祉司 {ctx.staff()}", ctx.tel(r.randint(20, 99)), "同伴児童"],
            ["法テラス", "（代表）", "0570-078374", "保護命令の申立て"],
            [f"{ctx.city}社会福祉協議会", f"地域福祉課 {ctx.staff()}", ctx.tel(r.randint(20, 99)), "生活福祉資金"],
            [f"{ctx.center}", f"所長 {ctx.staff()}", ctr, "市の窓口"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("連絡先", rows)]),
            note="staff of agencies named in their role next to the agency's phone",
        )
    )

    # L1: the 依頼書 記入例 with sample names and dates
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="一時保護依頼書（記入例）",
                paragraphs=[
                    "※ 太字の部分は記入例です。実際の依頼書は県センター所定の様式を使用してください。",
                    "被害者の氏名・生年月日は住民票の記載どおりに記入します。",
                ],
                tables=[
                    [
                        ["項目", "記入例"],
                        ["被害者氏名", SAMPLE_NAMES[0]],
                        ["生年月日", "平成2年4月1日（34歳）"],
                        ["同伴児童", f"{SAMPLE_NAMES[1]}（長男・8歳）"],
                        ["住所", f"{ctx.city}○○町1丁目1番1号"],
                        ["連絡先", "090-0000-0000"],
                        ["加害者", "夫（記入例 太郎）"],
                        ["依頼理由", "身体的暴力があり自宅に戻れない"],
                    ]
                ],
                footer="記入例",
            ),
            note="記入例: sample names, a sample birth date and a zero phone",
        )
    )

    # L1: relay log between staff about shelter vacancies (no resident)
    a, b, c = ctx.counsellor(), ctx.staff(), ctx.staff()
    lines = [("10:02", a, "県センターに空き状況を確認、本日は母子2世帯まで受入れ可"),
             ("10:15", b, "民間シェルターは今週満床とのこと"), ("10:40", c, "公用車は午後2時以降なら空いています"),
             ("11:05", a, "警察生活安全課と移送の段取りを打合せ済み")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("arrow", dt.date(2024, 10, 9), lines, "一時保護 調整")),
            note="no resident: staff relay bed vacancies and car availability",
        )
    )

    # L2: LINE WORKS, the reply gives the refuge's address
    p = ctx.woman((1985, 2000))
    host = ctx.person((1950, 1965), "女")
    a, b = ctx.counsellor(), ctx.staff()
    lines = [("08:51", a, f"{p.name()}さん（子2人）、昨夜のうちに自宅を出たと連絡ありました"),
             ("08:55", b, "今どこにいますか？"),
             ("08:57", a, f"母親の{host.mei}さん宅です。{host.address()}、電話 {host.phone}"),
             ("09:01", b, "夫が来る可能性があるので、警察に巡回を依頼します"),
             ("09:03", a, "お願いします。子どもの学校には私から連絡します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(paragraphs=chat("lineworks", TODAY, lines, "DV対応")),
            note="a refuge address without injuries: DV is no policy category, so 2",
        )
    )

    # L2: the 被害者 証明書 on a canvas PDF, digits set apart
    p = ctx.woman((1980, 1998))
    ctx.urban(p)
    lines_ = [
        f">{ctx.city}配セ第 {r.randint(10, 99)} 号",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        "^配偶者からの暴力の被害者の保護に関する証明書",
        "",
        f"  住所      {spaced_digits(p.address())}",
        f"  氏名      {p.name()}",
        f"  生年月日  {wareki(p.birth, 'spaced')}",
        "",
        "上記の者は、配偶者からの暴力の被害者として当センターに相談があり、",
        "配偶者暴力防止法に基づく保護を受けていることを証明します。",
        "（国民健康保険・年金の手続きに使用）",
        "",
        f">{ctx.center}",
        f">所長 {ctx.staff()}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "birth_date", "name"],
            DocSpec(title="証明書"),
            post=letter_pdf(lines_),
            note="a DV victim certificate without injuries: name, address and birth date give 2",
        )
    )

    # L2: the move after the shelter, children's birth dates
    p = ctx.woman((1983, 1995))
    kids = [ctx.child(p, (2011, 2021)) for _ in range(r.randint(1, 3))]
    newp = ctx.person((1983, 1995), "女")
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                paragraphs=[
                    "一時保護解除後の転居先について（連絡）",
                    f"{wareki(dt.date(2024, 10, r.randint(1, 16)))}  {KA} 女性相談",
                    f"{wareki(dt.date(2024, 9, r.randint(1, 28)))}に一時保護を解除された {p.name()} さんの転居先が決まりましたので、"
                    "関係課に連絡します。取扱いには十分注意してください。",
                    f"転居先：{newp.address()}（民間賃貸）",
                    "同伴児童：" + "、".join(f"{k.mei}（{wareki(k.birth)}生）" for k in kids),
                    "学校・保育園：学校教育課で区域外就学の手続き中。加害者からの照会には応じないこと。",
                    "住民票：転入と同時に支援措置の申出予定（市民課と調整済み）。",
                ]
            ),
            note="a move after protection with the children's birth dates; nothing sensitive under the policy text",
        )
    )

    # L2: Outlook mail with the 児童相談所, the reply gives the mother's phone
    p = ctx.woman((1984, 1996))
    kid = ctx.child(p, (2012, 2018))
    w1, w2 = ctx.staff(), ctx.counsellor()
    body = [f"{w1} 様", "", "お世話になっております。", f"{kid.mei}さんの母 {p.name()} さんの連絡先は {p.phone} です。",
            "平日の日中であれば本人がつながります。学校は引き続き転校前の学校に通っています。", "",
            f"{ctx.center} {w2}"]  # fmt: skip
    quoted = [(f"{w1}（{ctx.pref}中央児童相談所）", "2024/10/16 (水) 15:02", "同伴児童の件",
               [f"{ctx.center} {w2} 様", "", f"先日ご連絡のあった {p.sei} {kid.mei}さん（{kid.age()}歳）の件で、",
                "母親と直接お話ししたいので、連絡先を教えていただけますか。"])]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=mail(w2, w1, "RE: 同伴児童の件", "2024/10/17 (木) 9:12", body, quoted)),
        )
    )

    # L2: accompanied support for a protection order, the offender on a hidden sheet
    p = ctx.woman((1979, 1996))
    off = ctx.person((1970, 1990), "男")
    rows = [["項目", "内容"], ["氏名", p.name()], ["フリガナ", katakana(p.kana)], ["連絡先", p.phone],
            ["支援内容", "保護命令申立書の作成支援、地方裁判所への同行"], ["同行日", wareki(dt.date(2024, 11, r.randint(1, 20)))],
            ["同行者", ctx.counsellor()], ["法テラス", "民事法律扶助の申込済み"]]  # fmt: skip
    hidden = [["加害者氏名", "続柄", "住所", "勤務先"],
              [off.name(), "夫", off.address(), f"{r.choice(COMPANIES)[1]}（{ctx.city}内）"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("同行支援", rows, title="同行支援記録"),
                    sheet("加害者情報", hidden, state="hidden"),
                ]
            ),
            note="protection-order paperwork without injuries; the offender's address is on a hidden sheet",
        )
    )

    # L3: DV consultation register printed from the system (bulk)
    n = r.randint(104, 120)
    rows_: list[list[str]] = []
    for i in range(n):
        q = ctx.woman((1955, 2004))
        rows_.append([f"{7300001 + i * 3}", q.name(), katakana(q.kana), ymd(q.birth), q.phone,
                      r.choice(["身体的", "精神的", "経済的", "性的", "複合"]), r.choice(["継続", "終結", "移管"])])  # fmt: skip
    cols = [("管理番号", 30), ("氏名", 95), ("フリガナ", 170), ("生年月日", 290), ("電話番号", 360),
            ("暴力の種別", 470), ("状況", 540)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["birth_date", "name", "phone"], DocSpec(title="DV相談者台帳"),
                    post=system_print("DV相談者台帳 一覧", f"{ctx.center} 相談管理", cols, rows_, 32,
                                      "対象：全件（終結を含む）")))  # fmt: skip

    # L3: 一時保護 連絡票 in prose, injuries and pregnancy late
    p = ctx.woman((1990, 2001))
    kid = ctx.child(p, (2019, 2022))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                paragraphs=[
                    f"{ctx.pref}女性相談支援センター 御中",
                    f"一時保護連絡票（{ctx.center}）",
                    f"対象者：{p.name()}（{p.age()}歳）　住所：{p.address()}",
                    f"同伴児童：長女 {kid.mei}（{kid.age()}歳）",
                    "経緯：10月14日深夜、夫から暴行を受け、本人が子を連れて近所のコンビニエンスストアへ避難し110番通報。"
                    "警察が保護し、翌朝当センターに連絡があった。",
                    "加害者は本人の実家の場所を知っており、実家への避難は困難。本人は県外の友人宅も検討したが、経済的に難しい。",
                    "本人の状況：10月15日に市内の病院を受診。頭部打撲、左前腕骨折（全治6週間）の診断。"
                    "また妊娠12週であることが判明しており、産婦人科の継続受診が必要。",
                    f"連絡担当：{ctx.counsellor()}（{ctr}）",
                ]
            ),
            note="the fracture and the pregnancy come paragraphs after the name",
        )
    )

    # L3: Teams, the reply gives a named victim's fractured ribs
    p = ctx.woman()
    a, b = ctx.counsellor(), ctx.staff()
    lines = [("08:40", a, f"昨夜 警察から連絡のあった {p.name()}さんの件です"), ("08:42", b, "どういう状況ですか"),
             ("08:45", a, "救急搬送されて肋骨骨折、入院は3日ほどの見込みだそうです"),
             ("08:47", b, "退院後の行き先を県センターと相談しましょう"), ("08:50", a, "午後に病院へ面会に行きます")]  # fmt: skip
    docs.append(
        Doc(
            fam, "txt", 3, ["health", "name"], DocSpec(paragraphs=chat("teams", TODAY, lines, "DV対応チーム"))
        )
    )

    # L3: the clinic's reply on a canvas PDF, digits set apart
    p = ctx.woman((1975, 1999))
    ctx.urban(p)
    doc_ = ctx.staff()
    clinic = r.choice([c for c in COMPANIES if c[0].startswith("医療法人")])
    lines_ = [
        f"{ctx.center} 御中",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        "^受診状況についての照会（回答）",
        "",
        f"  患者氏名  {p.name()}（{katakana(p.kana)}）",
        f"  生年月日  {wareki(p.birth, 'spaced')}",
        f"  住所      {spaced_digits(p.address())}",
        "",
        f"  初診日    {wareki(dt.date(2024, 9, r.randint(1, 28)), 'spaced')}",
        "  傷病名    右前腕打撲、頸部挫傷、顔面擦過傷",
        "  所見      受傷から約 1 日経過。本人は「夫に殴られた」と述べている。",
        "  加療期間  約 2 週間の見込み",
        "",
        "ご照会のあった件について、本人の同意を得て上記のとおり回答します。",
        "",
        f">{clinic[0]}{clinic[1]} {r.choice(ctx.towns)}クリニック",
        f">院長 {doc_}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(title="照会回答"),
            post=letter_pdf(lines_),
        )
    )

    # L3: a shelter's resident list with care notes, UTF-8 csv
    rows = [["世帯", "氏名", "続柄", "生年月日", "配慮事項", "入所日"]]
    notes = [
        "喘息（吸入薬あり）",
        "卵アレルギー",
        "療育手帳B",
        "妊娠28週",
        "特になし",
        "不眠（服薬中）",
        "アトピー性皮膚炎",
    ]
    for h in range(r.randint(4, 6)):
        m = ctx.woman((1980, 2000))
        rows.append(
            [
                f"H{h + 1}",
                m.name(),
                "本人",
                ymd(m.birth),
                notes[(h * 3) % len(notes)],
                ymd(ctx.date(dt.date(2024, 9, 1))),
            ]
        )
        for _ in range(r.randint(1, 2)):
            k = ctx.child(m, (2010, 2023))
            rows.append([f"H{h + 1}", k.name(), "子", ymd(k.birth), r.choice(notes), ""])
    docs.append(Doc(fam, "csv", 3, ["birth_date", "health", "name"], DocSpec(sheets=[sheet("入所者", rows)])))
    return docs


# --- 住民票 DV等支援措置 の 連携 ----------------------------------------------------------------------------
def shien(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "shien"
    docs: list[Doc] = []
    shimin = ctx.office_phone(1)

    # L1: the guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="DV・ストーカー行為等の被害者の方へ（住民票の写し等の交付制限）",
                paragraphs=[
                    "DV、ストーカー行為等、児童虐待及びこれらに準ずる行為の被害者の方は、申出により、加害者からの住民票の写し、"
                    "戸籍の附票の写し等の交付請求・閲覧を制限することができます（DV等支援措置）。",
                    "申出には、警察・配偶者暴力相談支援センター等の相談機関の意見が必要です。市の相談窓口でも意見を付すことができます。",
                    "支援措置の期間は1年です。延長を希望される場合は、期間終了の1か月前から延長の申出ができます。",
                    "申出先：市民課 住民記録係（本庁舎1階 3番窓口）　相談：" + f"{KA} 女性相談",
                    f"お問い合わせ 市民課 {shimin} ／ {KA} {ctx.office_phone(2)}",
                ],
            ),
        )
    )

    # L1: counts with merges, a hidden definitions sheet
    years = ["R元", "R2", "R3", "R4", "R5"]
    rows: list[list[Cell]] = [["区分", "DV", None, "ストーカー", None, "児童虐待等", None],
                              ["年度", "新規", "延長", "新規", "延長", "新規", "延長"]]  # fmt: skip
    for y in years:
        rows.append([y, *[r.randint(0, 40) for _ in range(6)]])
    defs = [["用語", "定義"], ["新規", "当該年度に受け付けた新たな申出"], ["延長", "期間満了に伴う延長の申出"],
            ["併せて支援", "申出者と同一住所の者（件数には含めない）"]]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("申出件数", rows, title="DV等支援措置 申出件数の推移", first_row=3),
                    sheet("定義", defs, state="hidden"),
                ]
            ),
            post=merge_xlsx({"申出件数": ["B3:C3", "D3:E3", "F3:G3", "A3:A4"]}),
        )
    )

    # L1: the 申出書 記入例 with text boxes
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="住民基本台帳事務における支援措置申出書（記入例）",
                paragraphs=[
                    "申出者の欄には、支援を受けたい方の氏名・住所を住民票のとおりに記入してください。",
                    "加害者の欄は、わかる範囲で記入してください。住所が不明の場合は空欄で構いません。",
                ],
                tables=[
                    [
                        ["欄", "記入例"],
                        ["申出者 氏名", SAMPLE_NAMES[0]],
                        ["生年月日", "昭和60年1月1日"],
                        ["住所", f"{ctx.city}○○町2丁目2番2号"],
                        ["併せて支援を求める者", f"{SAMPLE_NAMES[4]}（長男）"],
                        ["加害者 氏名", SAMPLE_NAMES[1]],
                        ["加害者 住所", "不明"],
                    ]
                ],
                textboxes=["記入例：氏名はフルネームで", "ここは記入しないでください（相談機関の意見欄）"],
                footer="記入例",
            ),
            note="記入例 with sample names and a sample birth date",
        )
    )

    # L1: the 照会 処理簿 in cp932, 12-digit 照会番号 all failing the check digit
    nums = look_alikes(ctx, r.randint(14, 20))
    lines = ["照会番号\t受付日\t照会元\t種別\t結果\t処理者"]
    for num in nums:
        lines.append(f"{num}\t{ymd(ctx.date(dt.date(2024, 4, 1)))}\t{r.choice(['他市区町村 市民課', '法務局', '裁判所', '警察署', '弁護士会'])}"
                     f"\t{r.choice(['附票照会', '住民票照会', '戸籍照会'])}\t{r.choice(['回答不可（措置中）', '回答済', '該当なし'])}"
                     f"\tJK{r.randint(1, 9):02d}")  # fmt: skip
    lines.append("※ 措置対象者の氏名はシステム上で確認すること（本簿には記載しない）")
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(title="支援措置 関係照会 処理簿", paragraphs=lines),
            note="no names; every 12-digit 照会番号 is a look-alike failing the check digit",
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
                title="支援措置の誤交付を防ぐために（職員研修）",
                paragraphs=[
                    "全国で毎年、支援措置対象者の住所が加害者に知られる事案が発生しています",
                    "事例1：代理人を名乗る者からの請求に、システムの警告を見落として交付",
                    "事例2：〇〇 〇〇 様あての通知を旧住所に郵送（転送により加害者が受領）",
                    "事例3：Ａさんの子の学校に加害者が電話し、職員が転校先を回答",
                    "対策：警告画面は必ず二人で確認／電話での所在確認には一切答えない",
                    "対策：郵送物は送付先を毎回システムで確認する",
                ],
                notes=["事例はいずれも報道等から加工したもので、当市の事案ではない"],
            ),
            note="training slides: masked cases (〇〇 〇〇, Ａさん)",
        )
    )

    # L1: Teams among staff about the procedure (no resident)
    a, b, c = ctx.staff(), ctx.counsellor(), ctx.staff()
    lines2 = [("09:31", a, "支援措置の意見書、相談機関の印は課長印でいいんでしたっけ"),
              ("09:33", b, "センター長の公印です。様式は4月に改正版が出ています"), ("09:35", a, "共有フォルダの新様式を使います"),
              ("09:40", c, "延長の案内文、来月分はまとめて発送予定です")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 10, 10), lines2, "市民課・女性相談 連携")),
            note="no resident: staff discuss forms and stamps",
        )
    )

    # L2: a filled 申出書, the offender too
    p = ctx.woman((1978, 1998))
    off = ctx.person((1970, 1995), "男")
    kid = ctx.child(p, (2012, 2022))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="住民基本台帳事務における支援措置申出書",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"申出日 {wareki(dt.date(2024, 10, r.randint(1, 17)))}",
                    "下記の者について、住民基本台帳事務における支援措置を申し出ます。",
                ],
                tables=[
                    [
                        ["申出者 氏名", p.name()],
                        ["フリガナ", katakana(p.kana)],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["連絡先", p.phone],
                        ["併せて支援を求める者", f"{kid.name()}（長男 {wareki(kid.birth)}生）"],
                        ["加害者 氏名", off.name()],
                        ["加害者 住所", off.address()],
                        ["申出の区分", "DV"],
                    ]
                ],
            ),
            note="a 支援措置 申出 without health: DV is no policy category, so 2",
        )
    )

    # L2: expiry notice, digits set apart
    p = ctx.woman((1970, 1998))
    ctx.urban(p)
    end = dt.date(2024, 12, r.randint(1, 27))
    lines_ = [
        *address_block(p),
        "",
        f">市民第 {r.randint(1000, 4000)} 号",
        f">{wareki(dt.date(2024, 10, 21), 'spaced')}",
        f">{ctx.city}長",
        "^支援措置の期間終了について（お知らせ）",
        "",
        "あなたからお申出のあった住民基本台帳事務における支援措置は、",
        f"{wareki(end, 'spaced')}をもって期間が終了します。",
        "引き続き支援を希望される場合は、期間終了の日までに延長の申出をしてください。",
        "",
        f"  申出先  市民課 住民記録係 {spaced_digits(shimin)}",
        "  持ち物  本人確認書類",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="支援措置の期間終了について"),
            post=letter_pdf(lines_),
        )
    )

    # L2: Slack, the reply gives the new address
    p = ctx.woman()
    newp = ctx.person(sex="女")
    a, b = ctx.staff(), ctx.counsellor()
    lines2 = [("14:02", a, f"{p.name()}さんあての郵便が返戻されてきました"), ("14:05", b, "先月転居されています"),
              ("14:06", a, "新住所を教えてください。システム上まだ旧住所です"),
              ("14:09", b, f"{newp.address()} です。転入届は来週出すと聞いています"), ("14:10", a, "了解です。送付先だけ変更します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name"],
            DocSpec(paragraphs=chat("slack", TODAY, lines2, "支援措置-連携")),
        )
    )

    # L2: the list for 学校教育課, from column Z, the offenders on a hidden sheet
    rows = [["No", "姓", "名", "続柄", "生年月日", "学校・園", "措置期限"]]
    offs: list[list[Cell]] = [["No", "加害者氏名", "加害者住所"]]
    for i in range(r.randint(5, 7)):
        m = ctx.woman((1978, 1996))
        rows.append(
            [i + 1, m.sei, m.mei, "母", m.birth, "", dt.date(2025, r.randint(1, 12), r.randint(1, 28))]
        )
        for _ in range(r.randint(1, 2)):
            k = ctx.child(m, (2011, 2020))
            rows.append(
                [
                    i + 1,
                    k.sei,
                    k.mei,
                    "子",
                    k.birth,
                    f"{r.choice(ctx.towns)}{r.choice(['小学校', '中学校', '保育園'])}",
                    None,
                ]
            )
        o = ctx.person((1965, 1995), "男")
        offs.append([i + 1, o.name(), o.address()])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                sheets=[
                    sheet(
                        "学校連携",
                        far_right(rows, 25),
                        first_row=4,
                        title="支援措置対象児童 連携リスト（学校教育課 限り）",
                    ),
                    sheet("加害者", offs, state="hidden"),
                ]
            ),
            note="mothers and children with birth dates, offenders' addresses hidden; under 60 persons and no health",
        )
    )

    # L3: the 住基 print of persons under 支援措置 (bulk)
    n = r.randint(106, 124)
    rows_: list[list[str]] = []
    for _ in range(n):
        q = ctx.person((1950, 2022), r.choice("女女女男"))
        rows_.append([f"{r.randint(1000000000, 1999999999)}", q.name(), hankaku(q.kana), wareki(q.birth, "slash"),
                      q.address()[:28], r.choice(["DV", "DV", "ストーカー", "児童虐待", "併せて"]),
                      wareki(dt.date(2025, r.randint(1, 12), r.randint(1, 28)), "slash")])  # fmt: skip
    cols = [
        ("宛名番号", 30),
        ("氏名", 100),
        ("ｶﾅ", 170),
        ("生年月日", 265),
        ("住所", 320),
        ("区分", 600),
        ("期限", 650),
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name"], DocSpec(title="支援措置対象者一覧"),
                    post=system_print("支援措置対象者一覧表", "住民記録システム JK-A310", cols, rows_, 30,
                                      "出力条件：支援措置区分 ≠ 空白 ／ 並び順 宛名番号", ruled=True)))  # fmt: skip

    # L3: the 受付 memo whose My Number is only in the Word header
    p = ctx.woman()
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                header=f"受付 R6-{r.randint(100, 999)}　番号 {grouped(mn)}（カードにて確認）",
                paragraphs=[
                    "支援措置 申出 受付メモ（市民課 → 女性相談）",
                    f"申出者 {p.name()} さん（{p.address()}）が来庁。本人確認は顔写真付きカードで実施。",
                    "相談機関の意見欄は女性相談で記入済み。併せて支援を求める者なし。",
                    "加害者は元交際相手。住所不明のため、警察からの情報を待って追記する。",
                    f"受付者 {ctx.staff()}",
                ],
            ),
            note="the My Number sits only in the page header, labelled 番号",
        )
    )

    # L3: the 情報提供 list for the tax office in cp932 (bulk)
    rows = [["宛名番号", "氏名", "カナ", "生年月日", "性別", "住所", "措置開始日"]]
    for _ in range(r.randint(101, 115)):
        q = ctx.person((1945, 2020), r.choice("女女男"))
        rows.append([str(r.randint(2000000000, 2999999999)), q.name(), katakana(q.kana), wareki(q.birth, "abbr"),
                     q.sex, q.address(), ymd(ctx.date(dt.date(2023, 11, 1)))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["address", "birth_date", "name"],
            DocSpec(sheets=[sheet("措置対象", rows)]),
            note="more than 100 persons with birth dates and addresses for the tax office",
        )
    )

    # L3: LINE WORKS in cp932, the reply states the 国保税 arrears
    p = ctx.woman()
    a, b = ctx.counsellor(), ctx.staff()
    lines2 = [("10:02", a, f"{p.name()}さん、世帯分離後の国保の手続きで相談に来られています"),
              ("10:06", b, "確認しました。旧世帯の分で国保税が3期分未納になっています"),
              ("10:08", a, "ご本人あてに督促状が行っていますか？"),
              ("10:11", b, "督促状は旧住所に送付済みです。分納の相談は納税課で受けられます"),
              ("10:12", a, "送付先を変えてもらうよう伝えます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            3,
            ["arrears", "name"],
            DocSpec(paragraphs=chat("lineworks", TODAY, lines2, "女性相談・保険年金課")),
        )
    )
    return docs


# --- 犯罪被害者支援 (見舞金・転居費用助成) -----------------------------------------------------------------
def higaisha(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "higaisha"
    docs: list[Doc] = []
    desk = ctx.office_phone(5)

    # L1: the guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="犯罪被害者等支援のご案内（見舞金・転居費用助成）",
                paragraphs=[
                    f"{ctx.city}犯罪被害者等支援条例に基づき、犯罪により被害を受けた方やそのご家族に見舞金等を支給します。",
                    "■遺族見舞金 30万円　■重傷病見舞金 10万円（加療1か月以上かつ入院3日以上）",
                    "■転居費用助成 上限20万円（被害により従前の住居に住めなくなった場合）",
                    "申請期限は、犯罪行為による被害が発生した日から2年以内です。",
                    "必要書類：申請書、被害届の受理番号が分かるもの、診断書（重傷病の場合）、振込先口座の通帳の写し",
                    f"窓口：{ctx.yakusho} 市民生活課 犯罪被害者等総合相談窓口 {desk}",
                    "公益社団法人 被害者支援センターみらい（電話相談）とも連携しています。",
                ],
            ),
        )
    )

    # L1: payments by year with merges, a hidden sheet
    rows: list[list[Cell]] = [["年度", "遺族見舞金", None, "重傷病見舞金", None, "転居費用助成", None],
                              ["", "件数", "金額", "件数", "金額", "件数", "金額"]]  # fmt: skip
    for y in ["令和2年度", "令和3年度", "令和4年度", "令和5年度"]:
        a_, b_, c_ = r.randint(0, 2), r.randint(0, 4), r.randint(0, 3)
        rows.append([y, a_, a_ * 300000, b_, b_ * 100000, c_, c_ * r.randint(80000, 200000)])
    raw: list[list[Cell]] = [
        ["区分", "相談件数"],
        ["電話", r.randint(20, 60)],
        ["面接", r.randint(5, 20)],
        ["同行", r.randint(1, 9)],
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("支給実績", rows, title="犯罪被害者等見舞金 支給実績", first_row=3),
                    sheet("相談件数", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"支給実績": ["B3:C3", "D3:E3", "F3:G3"]}),
        )
    )

    # L1: partner organisations with 法人番号, UTF-8 csv
    orgs = corp(
        ctx,
        [NPOS[2], NPOS[5], NPOS[6], NPOS[9], NPOS[12], NPOS[13], COMPANIES[0], COMPANIES[4], COMPANIES[12]],
    )
    rows = [["団体名", "法人番号", "所在地", "電話", "代表者", "支援内容"]]
    for name, num in orgs:
        rows.append([name, num, ctx.biz_address(), ctx.tel(), f"代表取締役 {ctx.staff()}" if "株式会社" in name
                     else f"理事長 {ctx.staff()}", r.choice(["電話相談", "法律相談", "カウンセリング", "防犯設備", "転居支援", "一時宿泊"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("協力団体", rows)]),
            note="organisations with public 法人番号 and their heads in role",
        )
    )

    # L1: 申請書 記入例
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="犯罪被害者等見舞金 支給申請書（記入例）",
                tables=[
                    [
                        ["項目", "記入例"],
                        ["申請者氏名", SAMPLE_NAMES[1]],
                        ["生年月日", "昭和55年5月5日"],
                        ["住所", f"{ctx.city}○○町3丁目3番3号"],
                        ["電話", "090-0000-0000"],
                        ["被害者との続柄", "本人"],
                        ["被害の概要", "○年○月○日、路上で暴行を受け負傷した"],
                        ["振込先", f"{ctx.bank} ○○支店 普通 1234567"],
                    ]
                ],
                paragraphs=["※ 診断書は発行から3か月以内のものを添付してください。"],
                footer="記入例",
            ),
            note="記入例 with a sample name, birth date and account",
        )
    )

    # L1: 犯罪被害者週間 slides
    head = ctx.staff()
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="犯罪被害者週間（11月25日～12月1日）パネル展",
                paragraphs=[
                    "犯罪被害者等の置かれた状況や支援の必要性について理解を深めます",
                    f"会場：{ctx.yakusho} 1階 市民ホール",
                    "主催：市・被害者支援センターみらい・警察署",
                    f"講演：被害者支援センターみらい 事務局長 {head} 氏「二次被害を生まない地域へ」",
                    "相談窓口の案内カードを配布します",
                    "命の大切さを学ぶ教室（中学校）も実施",
                ],
            ),
        )
    )

    # L1: bank transfer log in cp932, 12-digit 振込受付番号 all failing the check digit
    nums = look_alikes(ctx, r.randint(12, 16))
    lines = ["振込結果照会（総合振込）", "振込受付番号\t振込指定日\t金額\t結果\t受取人（半角カナ）"]
    for num in nums:
        lines.append(f"{num}\t{ymd(ctx.date(dt.date(2024, 4, 1)))}\t{yen(r.choice([100000, 300000, 154000, 86000]))}"
                     f"\t{r.choice(['正常', '正常', '正常', '口座なし（組戻し）'])}\tｼﾐﾝｾｲｶﾂｶ ﾐﾏｲｷﾝ")  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            1,
            [],
            DocSpec(paragraphs=lines),
            note="no payee names; every 12-digit 振込受付番号 is a look-alike failing the check digit",
        )
    )

    # L2: account change, odt
    p = ctx.person((1960, 2000))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="振込先口座変更届",
                paragraphs=[f"{ctx.city}長 様", "犯罪被害者等転居費用助成金の振込先を次のとおり変更します。"],
                tables=[
                    [
                        ["届出者 氏名", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        [
                            "変更前",
                            f"{ctx.bank} {r.choice(ctx.towns)}支店 普通 {r.randint(1000000, 9999999)}",
                        ],
                        [
                            "変更後",
                            f"ゆうちょ銀行 {r.randint(100, 999)}店 普通 {r.randint(1000000, 9999999)}",
                        ],
                        ["届出日", wareki(dt.date(2024, 10, r.randint(1, 17)))],
                    ]
                ],
            ),
            note="a bank account with name, address and phone, nothing sensitive: 2",
        )
    )

    # L2: grant decision, digits set apart
    p = ctx.person((1965, 2000))
    ctx.urban(p)
    lines_ = [
        *address_block(p),
        "",
        f">市生第 {r.randint(100, 999)} 号",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        f">{ctx.city}長",
        "^犯罪被害者等転居費用助成金 交付決定通知書",
        "",
        f"{wareki(dt.date(2024, 9, r.randint(1, 28)), 'spaced')}付けで申請のあった助成金について、",
        "下記のとおり交付することに決定したので通知します。",
        "",
        f"  交付決定額  {yen(r.randint(60, 200) * 1000)} 円",
        f"  振込予定日  {wareki(dt.date(2024, 11, r.randint(1, 15)), 'spaced')}",
        f"  振込先      {ctx.bank} 普通 ****{r.randint(100, 999)}",
        "",
        f"問合せ 市民生活課 {spaced_digits(desk)}",
    ]
    docs.append(
        Doc(fam, "pdf", 2, ["address", "name"], DocSpec(title="交付決定通知書"), post=letter_pdf(lines_))
    )

    # L2: Outlook mail with the police, the quoted part gives address and phone
    p = ctx.person((1955, 1995))
    w1, w2 = ctx.staff(), ctx.staff()
    body = [f"{ctx.police} 被害者支援係 {w1} 様", "", "ご連絡ありがとうございます。", "明日午前に当課から本人へ電話し、転居費用助成の制度を説明します。",
            "", f"市民生活課 {w2}"]  # fmt: skip
    quoted = [(f"{w1}（{ctx.police}）", "2024/10/15 (火) 17:40", "被害者への制度案内のお願い",
               ["市民生活課 御中", "", "住居侵入・窃盗事件の被害者の方で、市の支援制度の案内を希望されています。",
                f"氏名 {p.name()}", f"住所 {p.address()}", f"電話 {p.phone}", "本人の同意は得ています。"])]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                paragraphs=mail(
                    w2, w1, "RE: 被害者への制度案内のお願い", "2024/10/16 (水) 8:55", body, quoted
                )
            ),
        )
    )

    # L2: accompaniment schedule, far down, 姓/名 split
    rows = [["日付", "姓", "名", "よみ", "連絡先", "同行先", "担当"]]
    for _ in range(r.randint(7, 10)):
        q = ctx.person((1950, 2004))
        rows.append([ctx.date(dt.date(2024, 10, 21), dt.date(2024, 11, 30)), q.sei, q.mei, q.kana, q.phone,
                     r.choice(["地方裁判所", "検察庁", "法テラス", "警察署", "弁護士事務所"]), ctx.staff().split()[0]])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet("同行予定", far_right(rows, 3), first_row=9, title="同行支援 予定表"),
                ]
            ),
        )
    )

    # L3: the consultation history print (bulk)
    n = r.randint(108, 125)
    rows_: list[list[str]] = []
    for i in range(n):
        q = ctx.person((1940, 2006))
        rows_.append([f"HS{i + 1:05d}", q.name(), q.phone, q.address()[:30],
                      r.choice(["暴行", "傷害", "詐欺", "住居侵入", "交通事犯", "ストーカー", "性犯罪", "その他"]),
                      wareki(ctx.date(dt.date(2018, 4, 1)), "short")])  # fmt: skip
    cols = [
        ("受付番号", 30),
        ("相談者氏名", 95),
        ("電話番号", 175),
        ("住所", 270),
        ("罪種", 560),
        ("受付日", 630),
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "name", "phone"],
            DocSpec(title="相談受付履歴"),
            post=system_print(
                "犯罪被害者等総合相談窓口 受付履歴（H30～R6）", "市民相談管理システム", cols, rows_, 31
            ),
        )
    )

    # L3: a filled 重傷病見舞金 申請書 with the injuries
    p = ctx.person((1960, 2003))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "birth_date", "health", "name", "phone"],
            DocSpec(
                title="犯罪被害者等見舞金 支給申請書",
                tables=[
                    [
                        ["申請者氏名", p.name()],
                        ["フリガナ", katakana(p.kana)],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["被害者との続柄", "本人"],
                        [
                            "被害の概要",
                            f"{wareki(dt.date(2024, 8, r.randint(1, 31)))}、駅前の路上で見知らぬ男に殴られ負傷",
                        ],
                        ["傷病の状況", "別紙診断書のとおり（右枠に転記）"],
                        [
                            "振込先",
                            f"{ctx.bank} {r.choice(ctx.towns)}支店 普通 {r.randint(1000000, 9999999)}",
                        ],
                    ]
                ],
                paragraphs=["上記のとおり重傷病見舞金の支給を申請します。"],
                textboxes=["診断書より：右頬骨骨折、右眼窩底骨折。入院14日、全治2か月"],
            ),
            note="a one-person form whose fractures are only in a text box; 殴られ負傷 alone would be vague",
        )
    )

    # L3: the 診断書 copy on a canvas PDF, digits set apart
    p = ctx.person((1950, 2003))
    ctx.urban(p)
    clinic = r.choice([c for c in COMPANIES if c[0].startswith("医療法人")])
    lines_ = [
        "^診 断 書",
        "",
        f"  氏名      {p.name()}（{'男' if p.sex == '男' else '女'}）",
        f"  生年月日  {wareki(p.birth, 'spaced')}",
        f"  住所      {spaced_digits(p.address())}",
        "",
        "  病名      左鎖骨骨折、頭部挫創",
        f"  受傷日    {wareki(dt.date(2024, 9, r.randint(1, 28)), 'spaced')}",
        "  付記      上記により入院加療 5 日を要し、退院後も約 6 週間の通院加療を要する見込みである。",
        "",
        "上記のとおり診断します。",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        f">{clinic[0]}{clinic[1]} 総合病院 整形外科",
        f">医師 {ctx.staff()}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "health", "name"],
            DocSpec(title="診断書"),
            post=letter_pdf(lines_),
        )
    )

    # L3: Teams, the reply tells of PTSD
    p = ctx.person()
    a, b = ctx.staff(), ctx.counsellor()
    lines2 = [("15:01", a, f"{p.name()}さんから、裁判の傍聴に同行してほしいと依頼がありました"),
              ("15:04", b, "体調は大丈夫そうでしたか"),
              ("15:06", a, "事件後PTSDと診断されて、今も月2回カウンセリングに通っているそうです"),
              ("15:08", b, "センターの臨床心理士さんにも同席をお願いしましょう")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("teams", TODAY, lines2, "被害者支援 窓口")),
        )
    )

    # L3: a memo whose My Number is only in a text box
    p = ctx.person((1955, 2000))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="見舞金 申請受付メモ",
                paragraphs=[
                    f"{wareki(dt.date(2024, 10, r.randint(1, 17)))} 来庁 {p.name()} さん（{p.address()}）",
                    "遺族見舞金の申請について説明。戸籍謄本と被害届受理番号の控えは後日持参。",
                    "本人確認：顔写真付きカードを提示。写しは取らず、番号のみ控えた（右枠）。",
                    f"対応 {ctx.staff()}",
                ],
                textboxes=[f"番号確認済 {grouped(mn, '-')}"],
            ),
            note="the My Number is only in a text box, labelled 番号確認済",
        )
    )
    return docs


# --- 人権相談 ---------------------------------------------------------------------------------------------
def jinken(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "jinken"
    docs: list[Doc] = []
    desk = ctx.office_phone(6)

    # L1: a statistics print of several pages (counts only)
    rows_: list[list[str]] = []
    for town in ctx.towns:
        for kind in JINKEN_KINDS:
            counts = [r.randint(0, 4) for _ in range(12)]
            rows_.append([town, kind, *[str(c) for c in counts], str(sum(counts))])
    cols = [("地区", 30), ("区分", 120)] + [
        (f"{m}月", 200 + 40 * i) for i, m in enumerate((4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3))
    ]
    cols.append(("計", 690))
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(title="人権相談 受付件数集計表"),
            post=system_print(
                "人権相談 受付件数集計表（地区別・区分別・月別）",
                "市民相談管理システム",
                cols,
                rows_,
                24,
                "集計期間：令和5年4月～令和6年3月",
            ),
            note="a level-1 system print of several pages: counts by 地区 only, no person",
        )
    )

    # L1: the 特設人権相談所 notice, 人権擁護委員 in role
    members = [ctx.staff() for _ in range(4)]
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="特設人権相談所の開設について",
                paragraphs=[
                    "12月4日から10日は人権週間です。人権擁護委員が、いじめ、差別、近隣とのトラブル、インターネット上の誹謗中傷など、"
                    "さまざまな人権問題の相談に応じます。相談は無料で、秘密は固く守られます。",
                    f"日時：令和6年12月5日（木） 10時～15時　場所：{ctx.city}市民活動センター 2階 和室",
                    "相談員：人権擁護委員 " + "、".join(members),
                    f"主催：{ctx.pref}法務局 {ctx.city}支局、{ctx.city}人権擁護委員協議会、{ctx.city}",
                    f"問合せ：{KA} 人権啓発係 {desk}　みんなの人権110番 0570-003-110",
                ],
            ),
            note="人権擁護委員 are published office holders named in their role",
        )
    )

    # L1: the published roster of 人権擁護委員, ods
    rows: list[list[Cell]] = [["氏名", "委嘱年月日", "任期満了日", "担当地区", "主な経歴"]]
    for t in ctx.towns[:6]:
        start = dt.date(r.randint(2016, 2023), r.choice([1, 4, 7, 10]), 1)
        rows.append([ctx.staff(), wareki(start), wareki(start.replace(year=start.year + 3) - dt.timedelta(days=1)), t,
                     r.choice(["元小学校長", "民生委員", "行政書士", "元市職員", "僧侶", "保護司"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("委員名簿", rows, title="人権擁護委員 名簿（公表用）")]),
            note="published roster of 人権擁護委員 in role; 委嘱 dates are not birth dates",
        )
    )

    # L1: training slides, anonymised
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="職員人権研修「身近な差別に気づく」",
                paragraphs=[
                    "部落差別の解消の推進に関する法律（平成28年）",
                    "障害者差別解消法：合理的配慮の提供が義務化（令和6年4月）",
                    "事例：Ａさんは車いす利用を理由にアパートの入居を断られた",
                    "事例：外国籍のＢさんに対する近隣の張り紙",
                    "インターネット上の書き込み：削除要請の手順",
                    "相談を受けたら：否定しない・急がない・ひとりで抱えない",
                ],
                notes=["事例はすべて架空または加工済み"],
            ),
            note="anonymised examples (Ａさん, Ｂさん) only",
        )
    )

    # L1: counts by 区分 with merges and a hidden raw sheet
    rows2: list[list[Cell]] = [
        ["区分", "令和4年度", None, "令和5年度", None],
        ["", "件数", "構成比", "件数", "構成比"],
    ]
    total4, total5 = 0, 0
    vals = []
    for k in JINKEN_KINDS:
        a_, b_ = r.randint(2, 40), r.randint(2, 40)
        vals.append((k, a_, b_))
        total4 += a_
        total5 += b_
    for k, a_, b_ in vals:
        rows2.append([k, a_, f"{a_ / total4:.1%}", b_, f"{b_ / total5:.1%}"])
    rows2.append(["合計", total4, "100.0%", total5, "100.0%"])
    raw = [["区分コード", "区分"]] + [[f"K{i:02d}", k] for i, k in enumerate(JINKEN_KINDS, start=1)]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("区分別", rows2, title="人権相談 区分別件数", first_row=3),
                    sheet("コード", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"区分別": ["B3:C3", "D3:E3", "A3:A4"]}),
        )
    )

    # L1: Teams among staff (no resident)
    a, b = ctx.staff(), ctx.staff()
    lines = [("11:02", a, "特設相談所の和室、机4台と衝立を借りました"), ("11:05", b, "チラシは各公民館に20部ずつ配布済みです"),
             ("11:06", a, "委員さんの弁当は10食で発注します"), ("11:20", b, "当日の受付は私が9時半から入ります")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 11, 20), lines, "人権啓発係")),
            note="no resident: staff prepare the 特設相談所",
        )
    )

    # L2: a resident's letter to the mayor, signed at the end
    p = ctx.person((1945, 1990))
    nb = ctx.person((1940, 1990))
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
                    "近所の住民とのトラブルについてご相談いたします。",
                    f"隣に住む{nb.sei}さんが、半年ほど前から深夜に大音量で音楽を流し、注意すると「よそ者は出ていけ」"
                    "「お前の家の出身はわかっている」などと大声で言うようになりました。",
                    "自治会長さんにも相談しましたが、当事者同士で話し合ってほしいと言われ困っています。"
                    "出身地のことまで言われ、家族も外に出るのを怖がっています。市で何とかしていただけないでしょうか。",
                    "",
                    f">{wareki(dt.date(2024, 10, r.randint(1, 17)))}",
                    f">{p.address()}",
                    f">{p.name()}",
                    f">電話 {p.phone}",
                ]
            ),
            note="a discrimination complaint signed with address and phone; discrimination is no policy category",
        )
    )

    # L2: the reply to a complainant, digits set apart
    p = ctx.person((1950, 1995))
    ctx.urban(p)
    lines_ = [
        *address_block(p),
        "",
        f">人権第 {r.randint(10, 300)} 号",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        f">{ctx.city} {KA}長",
        "^人権相談について（回答）",
        "",
        f"{wareki(dt.date(2024, 9, r.randint(1, 28)), 'spaced')}にご相談のありました件について、",
        f"{ctx.pref}法務局 {ctx.city}支局と協議のうえ、下記のとおり回答します。",
        "",
        "  1  法務局において人権侵犯事件として調査を開始しました。",
        "  2  調査の結果は、法務局から直接お知らせします。",
        "",
        f"問合せ {KA} 人権啓発係 {spaced_digits(desk)}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="人権相談について（回答）"),
            post=letter_pdf(lines_),
        )
    )

    # L2: relay log in cp932, the reply gives the caller's phone
    p = ctx.person()
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    lines = [("09:05", a, f"{p.name()}さんから、職場での差別的な発言について相談の電話"),
             ("09:12", b, "人権擁護委員の面談を希望か確認を"), ("09:20", a, f"希望あり。連絡先は {p.phone}、夕方なら可"),
             ("09:31", c, "12月5日の特設相談所に予約を入れました")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat("arrow", TODAY, lines, "人権相談 受付")),
        )
    )

    # L2: a 近隣トラブル intake slip, odt
    p, nb = ctx.person((1945, 1995)), ctx.person((1945, 1995))
    docs.append(
        Doc(
            fam,
            "odt",
            2,
            ["address", "name", "phone"],
            DocSpec(
                title="人権相談 受付票（近隣トラブル）",
                tables=[
                    [
                        ["受付日", wareki(dt.date(2024, 10, r.randint(1, 17)))],
                        ["相談者", p.name()],
                        ["住所", p.address()],
                        ["電話", p.phone],
                        ["相手方", nb.name()],
                        ["相手方住所", nb.address()],
                        ["内容", "境界の植木をめぐる口論。相手方が相談者の車に張り紙をした。"],
                        ["対応", "法務局の調停制度を案内。相手方への接触は行わない。"],
                        ["受付者", ctx.staff()],
                    ]
                ],
            ),
        )
    )

    # L2: reservations for the 特設相談所, xls
    rows = [["No", "氏名", "ふりがな", "電話番号", "時間", "区分"]]
    for i in range(r.randint(8, 12)):
        q = ctx.person()
        rows.append(
            [
                i + 1,
                q.name(),
                q.kana,
                q.phone,
                f"{10 + i // 2}:{'00' if i % 2 == 0 else '30'}",
                r.choice(JINKEN_KINDS),
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("予約", rows, title="特設人権相談所 予約者一覧")]),
        )
    )

    # L3: the consultation register print (bulk)
    n = r.randint(112, 128)
    rows_ = []
    for _ in range(n):
        q = ctx.person((1938, 2006))
        rows_.append(
            [
                f"{r.randint(100000, 999999)}",
                q.name(),
                hankaku(q.kana),
                q.address()[:30],
                q.phone,
                r.choice(JINKEN_KINDS),
            ]
        )
    cols2 = [("相談ID", 30), ("氏名", 90), ("ｶﾅ", 165), ("住所", 265), ("電話", 545), ("区分", 640)]
    docs.append(Doc(fam, "pdf", 3, ["address", "name", "phone"], DocSpec(title="人権相談 受付簿"),
                    post=system_print("人権相談 受付簿（令和元年度～令和6年度）", "市民相談管理システム", cols2, rows_, 30,
                                      "抽出：相談種別 = 人権", ruled=True)))  # fmt: skip

    # L3: a discrimination record in prose, the disability late
    p = ctx.person((1970, 2000))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "health", "name"],
            DocSpec(
                paragraphs=[
                    "人権相談 記録",
                    f"相談者 {p.name()}（{p.address()}）。{wareki(dt.date(2024, 10, r.randint(1, 16)))} 来所。",
                    "市内の飲食店で、入店を断られたとの相談。店員から「ほかのお客様の迷惑になる」と言われた。",
                    "同伴の家族によれば、以前にも同じ店で同様の対応をされたことがあるという。",
                    "本人は店に謝罪を求めたいが、直接話すのは不安とのこと。法務局への申告と、市の障害者差別解消の相談窓口を案内した。",
                    "なお、本人は統合失調症で通院しており、精神障害者保健福祉手帳2級を所持している。"
                    "入店拒否はその症状（独語）を理由とするものと考えられる。",
                    f"対応 {ctx.staff()}",
                ]
            ),
            note="the schizophrenia and 手帳 come paragraphs after the name",
        )
    )

    # L3: Slack, the reply tells of dementia and rent arrears
    p = ctx.person((1935, 1955))
    a, b = ctx.staff(), ctx.staff()
    lines = [("16:01", a, f"騒音苦情の相手方 {p.name()}さんの件、民生委員さんから情報がありました"),
             ("16:03", b, "どんな情報ですか"),
             ("16:05", a, "最近認知症の診断を受けて、夜中に大声を出すことがあるそうです。アパートの家賃も4か月滞納しているとか"),
             ("16:08", b, "地域包括支援センターにつなぎましょう")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["arrears", "health", "name"],
            DocSpec(paragraphs=chat("slack", TODAY, lines, "人権相談")),
        )
    )

    # L3: 近隣トラブル coordination with arrears, from column AA on row 10
    rows = [["No", "姓", "名", "住所", "相手方との関係", "経過", "備考"]]
    for i in range(r.randint(8, 12)):
        q = ctx.person()
        rows.append([i + 1, q.sei, q.mei, q.address(), r.choice(["隣家", "同じアパート", "向かい", "家主"]),
                     r.choice(["話合い中", "法務局へ引継ぎ", "終結", "警察に相談済"]),
                     "家賃3か月滞納で家主と対立" if i % 3 == 0 else r.choice(["", "騒音", "ゴミ出し", "ペット"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["address", "arrears", "name"],
            DocSpec(
                sheets=[
                    sheet("調整記録", far_right(rows, 26), first_row=10),
                ]
            ),
            note="a named person's rent arrears in a 備考 column",
        )
    )
    return docs


# --- パートナーシップ宣誓 ------------------------------------------------------------------------------------
def partner(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "partner"
    docs: list[Doc] = []
    desk = ctx.office_phone(2)

    # L1: the guide
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}パートナーシップ宣誓制度のご案内",
                paragraphs=[
                    "一方または双方が性的マイノリティである二人が、互いを人生のパートナーとして協力し合うことを宣誓し、"
                    "市が受領証と受領証カードを交付する制度です。",
                    "対象：成年であること、市内に住所を有すること（転入予定を含む）、配偶者がいないこと など",
                    "必要書類：住民票の写し（個人番号の記載のないもの）、独身であることを証明する書類、本人確認書類",
                    "宣誓は予約制です。個室で職員が対応し、秘密は守られます。",
                    "受領証により、市営住宅への入居申込み、市立病院での面会・手術の同意などが可能になります。",
                    f"予約・問合せ：{KA} 男女共同参画係 {desk}",
                ],
            ),
        )
    )

    # L1: counts with merges and a hidden sheet
    rows: list[list[Cell]] = [["年度", "宣誓件数", None, "返還", "累計"], ["", "新規", "転入継続", "", ""]]
    total = 0
    for y in ["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度（9月末）"]:
        a_, b_, c_ = r.randint(3, 15), r.randint(0, 3), r.randint(0, 2)
        total += a_ + b_ - c_
        rows.append([y, a_, b_, c_, total])
    raw = [["自治体間連携", "開始日"]] + [
        [f"{t}市", wareki(dt.date(2023, r.randint(1, 12), 1))] for t in ("近隣A", "近隣B", "近隣C")
    ]
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("件数", rows, title="パートナーシップ宣誓 件数の推移", first_row=3),
                    sheet("連携", raw, state="hidden"),
                ]
            ),
            post=merge_xlsx({"件数": ["B3:C3", "D3:D4", "E3:E4", "A3:A4"]}),
        )
    )

    # L1: businesses that honour the 受領証, with 法人番号, xls
    orgs = corp(ctx, COMPANIES[:14])
    rows = [["事業者名", "法人番号", "所在地", "電話番号", "対象サービス", "登録日"]]
    for name, num in orgs:
        rows.append([name, num, ctx.biz_address(), ctx.tel(), r.choice(["賃貸住宅の入居", "家族割", "面会・病状説明", "保険金受取人",
                     "家族写真プラン", "葬儀の喪主"]), wareki(dt.date(r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "xls",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("協力事業者", rows, title="パートナーシップ制度 協力事業者一覧")]),
            note="companies with public 法人番号; 登録日 are not birth dates",
        )
    )

    # L1: the 宣誓書 記入例 with text boxes
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="パートナーシップ宣誓書（記入例）",
                paragraphs=[
                    "私たちは、互いを人生のパートナーとし、日常の生活において相互に協力し合うことを宣誓します。"
                ],
                tables=[
                    [
                        ["", "宣誓者1", "宣誓者2"],
                        ["氏名", SAMPLE_NAMES[2], SAMPLE_NAMES[3]],
                        ["生年月日", "平成5年6月6日", "平成6年7月7日"],
                        ["住所", f"{ctx.city}○○町4丁目4番4号", "同左"],
                        ["通称の使用", "無", "有（通称：市民 ひかる）"],
                    ]
                ],
                textboxes=["※ 通称を使用する場合は、受領証カードにも通称が記載されます", "記入例"],
                footer="記入例",
            ),
            note="記入例 with sample names and sample birth dates",
        )
    )

    # L1: lecture slides, the lecturer in role
    npo = NPOS[4]
    lecturer = ctx.staff()
    docs.append(
        Doc(
            fam,
            "pptx",
            1,
            [],
            DocSpec(
                title="多様な性について知ろう（市民講座）",
                paragraphs=[
                    "LGBTQ+ の人は人口の約10%という調査も",
                    "カミングアウトとアウティングの違い",
                    "職場・学校でできること：相談窓口、トイレ・更衣室、通称の使用",
                    f"講師：{npo[0]}{npo[1]} 代表 {lecturer} 氏",
                    f"{ctx.city}パートナーシップ宣誓制度の紹介",
                    "質疑応答",
                ],
            ),
        )
    )

    # L1: internal list of procedures honouring the 受領証, odt
    docs.append(
        Doc(
            fam,
            "odt",
            1,
            [],
            DocSpec(
                title="パートナーシップ受領証により取扱いを変更する事務一覧",
                tables=[
                    [
                        ["所管課", "事務", "取扱い"],
                        ["住宅課", "市営住宅入居申込", "親族同様に同居可"],
                        ["市立病院", "面会・病状説明", "家族として取扱い"],
                        ["市民課", "住民票の続柄", "「縁故者」と記載可"],
                        ["消防本部", "救急搬送時の情報提供", "家族として取扱い"],
                        ["税務課", "各種証明の代理請求", "委任状不要（要受領証）"],
                    ]
                ],
                paragraphs=[
                    "受領証カードの提示を受けた場合は、上記のとおり取り扱うこと。",
                    "性的指向・性自認に関する情報は本人の同意なく他に伝えないこと。",
                ],
            ),
        )
    )

    # L2: a filled 宣誓書, two persons
    p1 = ctx.person((1975, 2002))
    p2 = ctx.person((1975, 2002), p1.sex)
    p2.area, p2.lot = p1.area, p1.lot
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name"],
            DocSpec(
                title="パートナーシップ宣誓書",
                paragraphs=[
                    "私たちは、互いを人生のパートナーとし、日常の生活において相互に協力し合うことを宣誓します。",
                    f"宣誓日 {wareki(dt.date(2024, 10, r.randint(1, 17)))}",
                ],
                tables=[
                    [
                        ["", "宣誓者1", "宣誓者2"],
                        ["氏名", p1.name(), p2.name()],
                        ["生年月日", wareki(p1.birth), wareki(p2.birth)],
                        ["住所", p1.address(), "同左"],
                    ]
                ],
            ),
            note="sexual orientation is no policy category: names with birth dates and an address give 2",
        )
    )

    # L2: a 受領証 reissue notice, digits set apart
    p = ctx.person((1975, 2002))
    ctx.urban(p)
    lines_ = [
        *address_block(p),
        "",
        f">男共第 {r.randint(10, 99)} 号",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        f">{ctx.city}長",
        "^パートナーシップ宣誓書受領証の再交付について",
        "",
        f"{wareki(dt.date(2024, 9, r.randint(1, 28)), 'spaced')}付けで申請のあった受領証カードの再交付について、",
        "準備ができましたのでお知らせします。本人確認書類をお持ちのうえ、お越しください。",
        "",
        f"  受取場所  {KA}（本庁舎 3 階）",
        f"  問合せ    {spaced_digits(desk)}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="受領証の再交付について"),
            post=letter_pdf(lines_),
        )
    )

    # L2: LINE WORKS, the reply gives the new address and phone
    p = ctx.person((1975, 2002))
    newp = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    lines = [("13:30", a, f"宣誓者の {p.name()}さんから住所変更の連絡がありました"),
             ("13:33", b, "受領証の記載事項変更届が必要ですね"),
             ("13:36", a, f"新住所は {newp.address()}、携帯は {p.phone} のままです"), ("13:40", b, "変更届を郵送します")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            2,
            ["address", "name", "phone"],
            DocSpec(paragraphs=chat("lineworks", TODAY, lines, "男女共同参画係")),
        )
    )

    # L2: bookings, ods
    rows = [["予約日", "時間", "氏名（1）", "氏名（2）", "連絡先", "備考"]]
    for _ in range(r.randint(5, 7)):
        q1 = ctx.person((1975, 2003))
        q2 = ctx.person((1975, 2003))
        rows.append([ymd(ctx.date(dt.date(2024, 11, 1), dt.date(2024, 12, 20))), r.choice(["10:00", "13:30", "15:00"]),
                     q1.name(), q2.name(), q1.phone, r.choice(["", "通称使用", "転入予定", "カード希望"])])  # fmt: skip
    docs.append(
        Doc(fam, "ods", 2, ["name", "phone"], DocSpec(sheets=[sheet("予約", rows, title="宣誓 予約一覧")]))
    )

    # L3: the register print (bulk: couples)
    pairs = r.randint(52, 60)
    rows_: list[list[str]] = []
    for i in range(pairs):
        q1 = ctx.person((1960, 2003))
        q2 = ctx.person((1960, 2003))
        q2.area, q2.lot = q1.area, q1.lot
        d = wareki(ctx.date(dt.date(2020, 4, 1)), "short")
        for j, q in enumerate((q1, q2), start=1):
            rows_.append(
                [
                    f"P{i + 1:03d}-{j}",
                    q.name(),
                    katakana(q.kana),
                    wareki(q.birth, "short"),
                    q.address()[:30],
                    d,
                ]
            )
    cols = [
        ("受領証番号", 30),
        ("氏名", 110),
        ("カナ", 190),
        ("生年月日", 310),
        ("住所", 380),
        ("宣誓日", 660),
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["address", "birth_date", "name"],
            DocSpec(title="宣誓者台帳"),
            post=system_print("パートナーシップ宣誓者台帳", "男女共同参画 管理DB", cols, rows_, 30),
        )
    )

    # L3: a consultation record, the partner's leukaemia
    p = ctx.person((1975, 2000))
    q = ctx.person((1975, 2000))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["health", "name", "phone"],
            DocSpec(
                paragraphs=[
                    "相談記録（パートナーシップ）",
                    f"相談者 {p.name()}（電話 {p.phone}）。宣誓者（受領証番号 P0{r.randint(10, 60)}）。",
                    f"パートナーの {q.name()}さんが入院中の病院で、家族ではないとして病状説明と面会を断られたとの相談。",
                    "病院は市外の民間病院で、市の受領証の取扱いを知らなかった模様。",
                    "市から病院の医療相談室に制度の説明をすることを提案し、本人の同意を得た。",
                    "なお、パートナーは急性骨髄性白血病で、近く骨髄移植を受ける予定とのこと。",
                ]
            ),
            note="the partner's leukaemia comes last, after both names",
        )
    )

    # L3: Teams, the reply tells of an adjustment disorder
    p = ctx.person((1975, 2002))
    a, b = ctx.staff(), ctx.counsellor()
    lines = [("10:10", a, f"{p.name()}さん、受領証の返還届を出したいと連絡がありました"), ("10:12", b, "何かありましたか"),
             ("10:15", a, "職場でアウティングされて適応障害と診断され、休職中だそうです。パートナーとも別れたと"),
             ("10:18", b, "人権相談と心の相談窓口も案内しましょう")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            3,
            ["health", "name"],
            DocSpec(paragraphs=chat("teams", TODAY, lines, "男女共同参画係")),
        )
    )

    # L3: a 受付 控え whose My Number is only in the footer
    p1 = ctx.person((1975, 2002))
    p2 = ctx.person((1975, 2002))
    mn = random_my_number(r)
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["address", "my_number", "name"],
            DocSpec(
                title="宣誓 受付控え",
                paragraphs=[
                    f"受付日 {wareki(dt.date(2024, 10, r.randint(1, 17)))}",
                    f"宣誓者 {p1.name()}、{p2.name()}（{p1.address()}）",
                    "住民票の写しに番号の記載があったため、本人に返却し、記載のないものを再取得してもらった。",
                    f"対応 {ctx.staff()}",
                ],
                footer=f"{p1.sei}さんの番号 {grouped(mn, '-')}（返却済）",
            ),
            note="the My Number is only in the footer as 「○○さんの番号」",
        )
    )
    return docs


# --- 相談員 (シフト・任用・報酬・研修) ------------------------------------------------------------------------
def soudanin(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "soudanin"
    docs: list[Doc] = []
    staff = [ctx.counsellor() for _ in range(6)]

    # L1: the shift table, counsellors in role
    days = [dt.date(2024, 11, d) for d in range(1, 31) if dt.date(2024, 11, d).weekday() < 5]
    rows: list[list[Cell]] = [
        ["", "令和6年11月（平日のみ）", *[None] * (len(days) - 1)],
        ["相談員", *[f"{d.day}({'月火水木金'[d.weekday()]})" for d in days]],
    ]
    for sname in staff:
        rows.append([sname, *[r.choice(["日", "日", "午前", "午後", "休", "研"]) for _ in days]])
    rows.append(["電話相談 担当", *[r.choice(staff).split()[0] for _ in days]])
    docs.append(
        Doc(
            fam,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("11月", rows, title="女性相談支援員 勤務割表（令和6年11月）", first_row=3)]
            ),
            post=merge_xlsx({"11月": [f"B3:{col(len(days) + 1)}3"]}),
            note="counsellors named in their role on a shift table",
        )
    )

    # L1: the training plan, ods
    rows = [["回", "日程", "テーマ", "講師"]]
    for i, (theme, who) in enumerate([("DV被害者支援の基礎", "県センター 相談課長"), ("トラウマインフォームドケア", "臨床心理士"),
                                  ("支援措置と住民記録", "市民課 住民記録係長"), ("外国人相談者への対応", "国際交流協会 通訳"),
                                  ("記録の書き方と個人情報", f"{KA}長")], start=1):  # fmt: skip
        rows.append([i, wareki(dt.date(2024, 5 + i, 10)), theme, f"{who} {ctx.staff()}"])
    docs.append(
        Doc(
            fam,
            "ods",
            1,
            [],
            DocSpec(sheets=[sheet("研修計画", rows, title="相談員研修計画（令和6年度）")]),
            note="lecturers named in their role",
        )
    )

    # L1: Teams, a shift swap (no resident)
    a, b, c = staff[0], staff[1], ctx.staff()
    lines = [("08:30", a, "14日の電話当番、代わっていただける方いますか"), ("08:41", b, "14日なら午後から入れます"),
             ("08:45", c, "では14日午前は係長が入ります。勤務割表を修正します"), ("08:46", a, "ありがとうございます")]  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=chat("teams", dt.date(2024, 11, 6), lines, "相談員")),
            note="no resident: counsellors swap a shift",
        )
    )

    # L1: the recruitment notice
    docs.append(
        Doc(
            fam,
            "pdf",
            1,
            [],
            DocSpec(
                title="会計年度任用職員（女性相談支援員）募集要項",
                paragraphs=[
                    "職種：女性相談支援員　募集人数：1名　任用期間：令和7年4月1日～令和8年3月31日",
                    "勤務時間：8時30分～17時15分（週4日）　報酬：月額 215,000円（経験により加算）",
                    "応募資格：社会福祉士、精神保健福祉士、公認心理師のいずれか、または相談業務の経験が2年以上ある方",
                    "申込方法：申込書（市ホームページからダウンロード）に写真を貼り、郵送または持参",
                    f"申込先：〒{ctx.zip3}-8601 {ctx.yakusho} {KA}（{ctx.office_phone(2)}）",
                ],
            ),
        )
    )

    # L1: manual extract with a masked record example
    docs.append(
        Doc(
            fam,
            "docx",
            1,
            [],
            DocSpec(
                title="相談記録作成マニュアル（抜粋）",
                paragraphs=[
                    "記録は事実と評価を分けて書く。相談者の言葉はかぎ括弧で引用する。",
                    "記録例：〇〇 〇〇 様（40代）。「夫が怖くて家に帰れない」と電話あり。声は震えていた（相談員の所見）。",
                    "住所・連絡先は相談票にのみ記載し、経過記録には書かない。",
                    "関係機関への情報提供は本人の同意を得たうえで行い、同意の有無を記録する。",
                    "メール・チャットで相談者の氏名や連絡先を送らないこと。",
                ],
            ),
            note="a masked example (〇〇 〇〇 様) only",
        )
    )

    # L1: the phone system's log, 12-digit 通話ID all failing the check digit
    nums = look_alikes(ctx, r.randint(15, 22))
    lines2 = ["着信履歴（相談専用回線）", "通話ID,着信日時,通話時間,発信者番号,応答者"]
    for num in nums:
        t = ctx.date(dt.date(2024, 10, 1))
        lines2.append(f"{num},{ymd(t)} {r.randint(8, 16):02d}:{r.randint(0, 59):02d},{r.randint(1, 58)}分,"
                      f"0{r.choice('789')}0-****-{r.randint(1000, 9999)},相談員{r.randint(1, 6)}")  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=lines2),
            note="caller numbers masked; every 12-digit 通話ID is a look-alike failing the check digit",
        )
    )

    # L2: an applicant's form at their home address
    p = ctx.woman((1965, 1995))
    docs.append(
        Doc(
            fam,
            "docx",
            2,
            ["address", "birth_date", "name", "phone"],
            DocSpec(
                title="会計年度任用職員 申込書（女性相談支援員）",
                tables=[
                    [
                        ["氏名", p.name()],
                        ["ふりがな", p.kana],
                        ["生年月日", f"{wareki(p.birth)}（{p.age()}歳）"],
                        ["現住所", f"〒{p.zip} {p.address(with_pref=True)}"],
                        ["電話", p.phone],
                        ["資格", r.choice(["社会福祉士", "精神保健福祉士", "公認心理師"])],
                        ["職歴", f"{ctx.city}社会福祉協議会 相談員（5年）"],
                    ]
                ],
                paragraphs=["志望動機：これまでの経験を生かし、困難を抱える女性の支援に携わりたい。"],
            ),
            note="an applicant at her home address is a private person",
        )
    )

    # L2: the appointment notice to the applicant's home, digits set apart
    p = ctx.woman((1965, 1995))
    ctx.urban(p)
    lines_ = [
        *address_block(p),
        "",
        f">人事第 {r.randint(100, 999)} 号",
        f">{wareki(dt.date(2024, 10, r.randint(1, 17)), 'spaced')}",
        f">{ctx.city}長",
        "^採用選考の結果について（通知）",
        "",
        "先に実施しました会計年度任用職員（女性相談支援員）の採用選考の結果、",
        "あなたを採用予定者と決定しましたので通知します。",
        "",
        f"  任用予定日  {wareki(dt.date(2025, 4, 1), 'spaced')}",
        f"  書類提出    {wareki(dt.date(2024, 11, 15), 'spaced')}まで",
        "",
        f"問合せ {KA} {spaced_digits(ctx.office_phone(2))}",
    ]
    docs.append(
        Doc(
            fam,
            "pdf",
            2,
            ["address", "name"],
            DocSpec(title="採用選考の結果について"),
            post=letter_pdf(lines_),
            note="a counsellor-to-be at her home address is a private person",
        )
    )

    # L2: the emergency contact list (home phones), 姓/名/セイ/メイ split, a hidden sheet of home addresses
    rows = [["No", "姓", "名", "セイ", "メイ", "携帯電話", "自宅電話"]]
    homes: list[list[Cell]] = [["No", "住所"]]
    for i in range(len(staff) + 2):
        q = ctx.woman((1960, 1995))
        rows.append([i + 1, q.sei, q.mei, katakana(q.sei_kana), katakana(q.mei_kana),
                     f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", ctx.tel()])  # fmt: skip
        homes.append([i + 1, q.address()])
    docs.append(
        Doc(
            fam,
            "xlsx",
            2,
            ["address", "name", "phone"],
            DocSpec(
                sheets=[
                    sheet("連絡網", rows, title="緊急連絡網（相談員）"),
                    sheet("住所", homes, state="hidden"),
                ]
            ),
            note="counsellors' private phones and home addresses are their own personal data",
        )
    )

    # L2: Slack, a call-back number
    p = ctx.person()
    a, b = staff[2], staff[3]
    lines = [("12:55", a, f"折り返し希望の {p.name()}さん、お昼に2回かかってきました"), ("12:57", b, "番号は？"),
             ("12:58", a, f"{p.phone} です。14時以降ならとのこと"), ("13:01", b, "14時に私がかけます")]  # fmt: skip
    docs.append(
        Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, lines, "相談員-連絡")))
    )

    # L3: the pay ledger whose My Numbers are on a hidden sheet headed only 番号
    rows = [["ID", "氏名", "職名", "勤務日数", "報酬額", "通勤手当"]]
    nums_: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i in range(len(staff) + 3):
        q = ctx.woman((1960, 1995))
        rows.append([f"K{i + 1:03d}", q.name(), "女性相談支援員" if i < 6 else "家庭相談員", r.randint(12, 17),
                     r.randint(150, 230) * 1000, r.randint(0, 12) * 1000])  # fmt: skip
        nums_.append([f"K{i + 1:03d}", q.name(), int(random_my_number(r))])
    docs.append(
        Doc(
            fam,
            "xlsx",
            3,
            ["income", "my_number", "name"],
            DocSpec(
                sheets=[
                    sheet("番号", nums_, state="hidden", number_formats={2: "0"}),
                    sheet("10月", rows, title="報酬支払一覧（令和6年10月）"),
                ]
            ),
            note="the My Numbers are on a hidden sheet headed only 番号",
        )
    )

    # L3: a stress-check interview record about a counsellor
    s = ctx.woman((1965, 1995))
    docs.append(
        Doc(
            fam,
            "docx",
            3,
            ["health", "name"],
            DocSpec(
                paragraphs=[
                    "ストレスチェック 面接指導 記録（産業医）",
                    f"対象者 {s.name()}（{KA} 女性相談支援員）",
                    "高ストレス者に該当。本人申出により面接指導を実施。",
                    "困難事例の担当が重なり、夜間も相談者からの電話が気になって眠れないとのこと。",
                    "就業上の措置：電話当番を当面免除し、担当件数を減らすことが望ましい。",
                    "産業医所見：抑うつ状態。心療内科への受診を勧奨し、本人は受診予定。",
                ]
            ),
            note="a counsellor's own mental health is health about a named person",
        )
    )

    # L3: LINE WORKS, the reply gives 保育料 arrears
    p = ctx.woman()
    a, b = staff[4], ctx.staff()
    lines = [("11:40", a, f"{p.name()}さん、保育園の退園を言われたと泣いて電話がありました"), ("11:44", b, "理由は聞けましたか"),
             ("11:47", a, "保育料が半年分滞納になっていて、督促も来ているそうです"), ("11:50", b, "こども保育課に分納の相談をつなぎます")]  # fmt: skip
    docs.append(
        Doc(fam, "txt", 3, ["arrears", "name"], DocSpec(paragraphs=chat("lineworks", TODAY, lines, "相談員")))
    )

    # L3: the booking system's list of users (bulk)
    n = r.randint(104, 118)
    rows_ = []
    for i in range(n):
        q = ctx.person((1950, 2005), r.choice("女女女男"))
        rows_.append([f"{5100000 + i * 7}", q.name(), q.phone, r.choice(["電話", "面接", "オンライン"]),
                      ymd(ctx.date(dt.date(2023, 4, 1))), r.choice(staff).split()[0]])  # fmt: skip
    cols = [("利用者ID", 30), ("氏名", 100), ("連絡先", 180), ("方法", 280), ("予約日", 340), ("担当", 420)]
    docs.append(
        Doc(
            fam,
            "pdf",
            3,
            ["name", "phone"],
            DocSpec(title="相談予約 利用者一覧"),
            post=system_print("相談予約システム 利用者一覧", "予約管理 YK-Web", cols, rows_, 32, ruled=True),
        )
    )

    # L3: course applicants with address and phone (bulk), UTF-8 csv
    rows = [["受付No", "氏名", "ふりがな", "住所", "電話", "託児"]]
    for i in range(r.randint(101, 112)):
        q = ctx.person((1950, 2004))
        rows.append(
            [f"{i + 1:03d}", q.name(), q.kana, q.address(), q.phone, r.choice(["", "", "1名", "2名"])]
        )
    docs.append(
        Doc(
            fam,
            "csv",
            3,
            ["address", "name", "phone"],
            DocSpec(sheets=[sheet("申込者", rows)]),
            note="more than 100 applicants to a 啓発講座 with address and phone",
        )
    )
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [josei, dv, shien, higaisha, jinken, partner, soudanin]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, bank, police, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, bank, police, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set54", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
