"""Forty-eighth red-team set (blind): a city's 障害福祉課 and its desks.

``python -m corpus.redteam.set48 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city (with 大字…番地 and …丁目 towns and its area code) is drawn per build. Families follow the desk a
document comes from: 障害者手帳 (身体・療育・精神, 交付申請, 再認定 and 診断書; ``techo``), 障害支援区分 認定調査
(``kubun``), 自立支援医療 (更生医療・精神通院; ``iryo``), 補装具・日常生活用具 (``hosogu``), 手話通訳・要約筆記 派遣
(``shuwa``), 特別障害者手当・障害児福祉手当 with incomes (``teate``) and 相談支援 with 虐待通報 (``soudan``); each
with its public look-alikes (手帳所持者数 and other aggregates, 事業所 and 業者 lists with 法人番号 and 管理者 in role,
指定医 and 審査会 委員 in role, a published 手話通訳者 roster, 制度案内, 記入例, training slides with masked cases).

The truth is the default policy's text only: 3 for a My Number, health or disability (a 手帳 等級, 障害名, 病名, a
支援区分, 補装具 for a named impairment, receipt of a disability allowance) or arrears about a named private person,
or records of more than 100 persons; 2 for a private person's name with their address, birth date or phone; 1
otherwise. ``types`` lists what a perfect reader reports about private persons (plus ``corporate_number`` where
one is printed); doubtful files carry a one-line ``note``.
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

SEED = 4848
VARIANT = "redteam48"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, areas); an area ending in "*" takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("栃木県", "佐野市", "0283", "327",
     ["大字赤見*", "大字免鳥*", "若松町", "高砂町", "堀米町", "大字船津川*", "富士見町"]),
    ("山形県", "天童市", "023", "994",
     ["大字高擶*", "大字荒谷*", "老野森", "北目", "鎌田本町", "大字干布*", "東本町"]),
    ("三重県", "名張市", "0595", "518",
     ["桔梗が丘", "つつじが丘北", "百合が丘西", "大字夏見*", "大字安部田*", "蔵持町里*", "梅が丘南"]),
    ("鳥取県", "倉吉市", "0858", "682",
     ["大字福庭*", "上井町", "山根*", "大字和田*", "明治町", "清谷町", "関金町関金宿*"]),
    ("岐阜県", "美濃市", "0575", "501",
     ["大字曽代*", "大字極楽寺*", "泉町", "常盤町", "大字乙狩*", "広岡町", "相生町"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("四十八願", "よいなら"), ("小比類巻", "こひるいまき"), ("毒島", "ぶすじま"), ("五月女", "そうとめ"),
    ("勘解由小路", "かでのこうじ"), ("薬袋", "みない"), ("廿楽", "つづら"), ("一口", "いもあらい"),
    ("百武", "ひゃくたけ"), ("祖父江", "そぶえ"), ("纐纈", "こうけつ"), ("王生", "いくるみ"),
    ("上遠野", "かどの"), ("五百旗頭", "いおきべ"), ("左右田", "そうだ"), ("各務", "かがみ"),
    ("鬼束", "おにつか"), ("鴨志田", "かもしだ"),
    ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("清水", "しみず"), ("山崎", "やまざき"),
    ("池田", "いけだ"), ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"),
    ("後藤", "ごとう"), ("小川", "おがわ"), ("岡田", "おかだ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("石井", "いしい"), ("青木", "あおき"), ("上田", "うえだ"), ("酒井", "さかい"), ("柴田", "しばた"),
    ("菅原", "すがわら"), ("市川", "いちかわ"), ("水野", "みずの"), ("小松", "こまつ"), ("島田", "しまだ"),
    ("竹内", "たけうち"), ("大野", "おおの"), ("高田", "たかだ"), ("今村", "いまむら"), ("河野", "こうの"),
    ("小山", "こやま"), ("大西", "おおにし"), ("日下部", "くさかべ"), ("鵜飼", "うかい"), ("東條", "とうじょう"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("弥太郎", "やたろう"), ("宗一郎", "そういちろう"), ("鉄平", "てっぺい"), ("瑛太", "えいた"), ("蒼空", "そら"),
    ("正造", "しょうぞう"), ("忠雄", "ただお"), ("達也", "たつや"), ("健二", "けんじ"), ("博之", "ひろゆき"),
    ("隆", "たかし"), ("稔", "みのる"), ("誠一", "せいいち"), ("晴翔", "はると"), ("悠斗", "ゆうと"),
    ("陽太", "ようた"), ("圭介", "けいすけ"), ("文彦", "ふみひこ"), ("孝之", "たかゆき"), ("伊織", "いおり"),
    ("慎吾", "しんご"), ("善太郎", "ぜんたろう"), ("廉", "れん"), ("雅人", "まさと"), ("勘助", "かんすけ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("ハツ", "はつ"), ("キク", "きく"), ("千代子", "ちよこ"), ("綾乃", "あやの"), ("結愛", "ゆあ"),
    ("芽衣", "めい"), ("美智子", "みちこ"), ("恵美子", "えみこ"), ("典子", "のりこ"), ("順子", "じゅんこ"),
    ("裕子", "ゆうこ"), ("真由", "まゆ"), ("香織", "かおり"), ("愛梨", "あいり"), ("彩乃", "あやの"),
    ("詩織", "しおり"), ("奈々", "なな"), ("桃子", "ももこ"), ("菜摘", "なつみ"), ("小夜", "さよ"),
    ("雅代", "まさよ"), ("琴美", "ことみ"), ("登美子", "とみこ"), ("スエ", "すえ"), ("朱里", "あかり"),
]  # fmt: skip
BUILDINGS = ["パークハイツ緑町", "コーポ若葉", "市営住宅", "ドミール城山", "レジデンス本町", "ハイム清流"]
COMPANIES: list[tuple[str, str]] = [
    ("株式会社", "義肢工房アルファ"), ("有限会社", "東洋補聴器センター"), ("株式会社", "ウェルケア車椅子"),
    ("株式会社", "さくら福祉用具"), ("株式会社", "メディカルシーティング"), ("有限会社", "ほほえみリハテック"),
    ("株式会社", "オーソ技研"), ("株式会社", "ライフサポート東"), ("合同会社", "みらい福祉機器"),
    ("株式会社", "清流メディカル"), ("有限会社", "あおぞら装具"), ("株式会社", "ユニバーサルケア"),
]  # fmt: skip
HOJIN: list[tuple[str, str]] = [
    ("社会福祉法人", "ひかり会"), ("特定非営利活動法人", "ゆうあい"), ("社会福祉法人", "あすなろ福祉会"),
    ("一般社団法人", "ともに歩む会"), ("株式会社", "ケアプランひまわり"), ("社会福祉法人", "清和会"),
    ("特定非営利活動法人", "つばさ"), ("合同会社", "ここから相談室"), ("社会福祉法人", "みどりの里"),
    ("医療法人社団", "緑風会"), ("一般社団法人", "結ネット"), ("株式会社", "ステップ福祉サービス"),
]  # fmt: skip
CLINICS = ["こころの森クリニック", "市立病院", "さくら通り整形外科", "みなと眼科", "中央腎クリニック",
           "はやし耳鼻咽喉科", "県立医療センター", "あおば心療内科", "ひがし内科循環器科", "緑風会病院"]  # fmt: skip
SAMPLE_NAMES = ["福祉 太郎", "見本 花子", "記入 一郎", "障害 福子", "手帳 次郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 20)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
# (障害名, 原因, 等級) for 身体障害者手帳
SHINTAI = [
    ("右上肢機能障害", "脳梗塞", "3級"), ("両下肢機能障害", "脊髄損傷", "2級"), ("体幹機能障害", "脳性麻痺", "1級"),
    ("聴覚障害", "感音性難聴", "2級"), ("視覚障害", "網膜色素変性症", "1級"), ("視覚障害", "緑内障", "2級"),
    ("心臓機能障害", "拡張型心筋症", "1級"), ("じん臓機能障害", "糖尿病性腎症", "1級"),
    ("ぼうこう又は直腸機能障害", "直腸がん", "4級"), ("呼吸器機能障害", "COPD", "3級"),
    ("音声・言語機能障害", "喉頭がん", "3級"), ("左下肢機能障害", "変形性股関節症", "4級"),
    ("肢体不自由(全身)", "筋萎縮性側索硬化症", "1級"), ("右上下肢機能障害", "脳出血", "2級"),
]  # fmt: skip
SEISHIN = [("統合失調症", "F20"), ("うつ病", "F32"), ("双極性感情障害", "F31"), ("てんかん", "G40"),
           ("高次脳機能障害", "F07"), ("注意欠如・多動症", "F90"), ("強迫性障害", "F42"), ("アルコール依存症", "F10"),
           ("自閉スペクトラム症", "F84"), ("パニック障害", "F41")]  # fmt: skip
RYOIKU = ["A", "B1", "B2"]
HOSOGU = [("車椅子(普通型)", "両下肢機能障害"), ("電動車椅子", "体幹機能障害"), ("補聴器(重度難聴用耳かけ型)", "聴覚障害"),
          ("下肢装具(長下肢)", "左下肢機能障害"), ("大腿義足", "右下肢切断"), ("座位保持装置", "脳性麻痺"),
          ("視覚障害者安全つえ", "視覚障害"), ("義眼", "視覚障害")]  # fmt: skip
YOGU = [("ストマ用装具(消化器系)", "直腸機能障害"), ("ストマ用装具(尿路系)", "ぼうこう機能障害"), ("特殊寝台", "体幹機能障害"),
        ("入浴補助用具", "下肢機能障害"), ("盲人用時計", "視覚障害"), ("聴覚障害者用屋内信号装置", "聴覚障害"),
        ("頭部保護帽", "てんかん"), ("透析液加温器", "じん臓機能障害"), ("パルスオキシメーター", "呼吸器機能障害"),
        ("拡大読書器", "視覚障害"), ("紙おむつ", "脳性麻痺"), ("電気式たん吸引器", "筋萎縮性側索硬化症")]  # fmt: skip
KUBUN_KIND = ["身体", "知的", "精神", "身体・知的", "難病"]
PSYCH = ["こころの森クリニック", "あおば心療内科", "市立病院", "県立医療センター", "緑風会病院"]


# --- helpers (adapted from the plumbing of set 34) ------------------------------------------------------
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


def hankaku_kana(text: str) -> str:
    """A kana reading as an old core system prints it (half-width katakana)."""
    import unicodedata

    table = {unicodedata.normalize("NFKC", h): h for h in (chr(c) for c in range(0xFF66, 0xFF9E))}
    out: list[str] = []
    for ch in katakana(text):
        if ch in table:
            out.append(table[ch])
            continue
        base = unicodedata.normalize("NFD", ch)
        if len(base) == 2 and base[0] in table:
            out.append(table[base[0]] + ("ﾞ" if base[1] == "\u3099" else "ﾟ"))
        else:
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

    def local(self) -> str:
        """The address as written inside the city (no city name)."""
        return self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    areas: list[str]
    used: set[str] = field(default_factory=set)

    @property
    def full(self) -> str:
        return f"{self.pref}{self.city}"

    @property
    def office(self) -> str:
        return f"{self.city}役所"

    @property
    def office_address(self) -> str:
        area = next(a for a in self.areas if not a.endswith("*"))
        return f"〒{self.zip3}-8501 {self.city}{area}2丁目1番1号"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(22 + n if len(self.ac) == 4 else 652 + n, 1111 + 23 * n)

    @property
    def fax(self) -> str:
        return self.tel(22 if len(self.ac) == 4 else 652, 1188)

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
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area with a clean 丁目・番 lot (3丁目12番地5); return the lot."""
        areas = [a for a in self.areas if not a.endswith("*")]
        p.area = self.rng.choice(areas)
        a, b, c = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1938, 2004), sex: str = "") -> Person:
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

    def people(self, n: int, born: tuple[int, int] = (1938, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer or a professional in role (may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def surname(self) -> str:
        return self.rng.choice(SURNAMES)[0]

    def company(self, pool: list[tuple[str, str]] = COMPANIES) -> str:
        kind, name = self.rng.choice(pool)
        return f"{kind}{name}"

    def companies(self, n: int, pool: list[tuple[str, str]] = COMPANIES) -> list[str]:
        picks = self.rng.sample(pool, min(n, len(pool)))
        return [f"{k}{c}" for k, c in picks]

    def biz_address(self) -> str:
        area = self.rng.choice(self.areas)
        return self.city + area.rstrip("*") + self.lot(area).split(" ")[0]

    def districts(self) -> list[str]:
        out: list[str] = []
        for a in self.areas:
            a = a.rstrip("*")
            out.append(a[2:] if a.startswith("大字") else a)
        return out


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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  操作者 SF{n % 3 + 2:02d}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 7.5)
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
                c.drawString(30, y - 8, f"*** 合計 {len(rows)} 件 ***")
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


def _day(ctx: Ctx, lo: int = 5, hi: int = 60) -> dt.date:
    """A working day some days before TODAY (an event date, never a birth date)."""
    d = TODAY - dt.timedelta(days=ctx.rng.randint(lo, hi))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _section() -> str:
    return "障害福祉課"


# --- 障害者手帳 (身体・療育・精神) -------------------------------------------------------------------------
def techo(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "techo"
    docs: list[Doc] = []
    kakari = ctx.staff()

    # L1: the 制度案内, a plain PDF: talks about 個人番号 and 診断書 but holds no person
    guide = DocSpec(
        title="障害者手帳のご案内",
        paragraphs=[
            f"{ctx.city}では、身体障害者手帳・療育手帳・精神障害者保健福祉手帳の申請を{_section()}で受け付けています。",
            "■身体障害者手帳　身体障害者福祉法第15条の指定医が作成した診断書・意見書が必要です。障害の程度により1級から6級に区分されます。",
            "■療育手帳　児童相談所（18歳未満）又は知的障害者更生相談所（18歳以上）で判定を受けます。区分はA・B1・B2です。",
            "■精神障害者保健福祉手帳　初診日から6か月以上経過した日以後の診断書、又は障害年金の証書の写しで申請できます。有効期間は2年です。",
            "申請に必要なもの：申請書、診断書（作成日から3か月以内）、写真（縦4cm×横3cm）、個人番号カード又は通知カードと本人確認書類。",
            "代理人が申請する場合は委任状が必要です。手帳の交付までおおむね1か月から2か月かかります。",
            f"お問合せ　{ctx.office} {_section()} 手帳係　{ctx.office_address}　電話 {ctx.office_phone()}　FAX {ctx.fax}",
        ],
        footer=f"{ctx.city} {_section()}（令和6年4月改訂）",
    )
    docs.append(Doc(fam, "pdf", 1, [], guide))

    # L1: 手帳所持者数 aggregates, merged group headers and a hidden sheet of raw counts
    grades = ["1級", "2級", "3級", "4級", "5級", "6級"]
    kinds = ["視覚", "聴覚・平衡", "音声・言語", "肢体不自由", "内部"]
    rows: list[list[Cell]] = [["障害種別", *grades, "計"]]
    for k in kinds:
        nums = [r.randint(3, 420) for _ in grades]
        rows.append([k, *nums, sum(nums)])
    rows.append([])
    rows.append(["療育手帳", "A", "B1", "B2", None, None, None, "計"])
    ry = [r.randint(120, 380) for _ in range(3)]
    rows.append(["", *ry, None, None, None, sum(ry)])
    rows.append(["精神保健福祉手帳", "1級", "2級", "3級", None, None, None, "計"])
    sy = [r.randint(60, 900) for _ in range(3)]
    rows.append(["", *sy, None, None, None, sum(sy)])
    raw = [["年度", "地区", "身体", "療育", "精神"]] + [
        [y, d, r.randint(80, 900), r.randint(10, 140), r.randint(20, 260)]
        for y in ("R4", "R5") for d in ctx.districts()
    ]  # fmt: skip
    spec = DocSpec(sheets=[
        sheet("所持者数", rows, first_row=4, title=f"{ctx.city} 障害者手帳所持者数（令和6年3月31日現在）"),
        sheet("集計元", raw, state="hidden"),
    ])  # fmt: skip
    docs.append(
        Doc(fam, "xlsx", 1, [], spec, post=merge_xlsx({"所持者数": ["A11:A12", "A13:A14", "E11:G12"]}))
    )

    # L1: 交付申請書 記入例 with sample names and annotations in text boxes
    sample = SAMPLE_NAMES[0]
    spec = DocSpec(
        title="身体障害者手帳交付申請書（記入例）",
        header="記入例",
        paragraphs=[f"{ctx.city}長 様", "次のとおり身体障害者手帳の交付を申請します。"],
        tables=[
            [
                ["フリガナ", "フクシ タロウ"],
                ["氏名", sample],
                ["生年月日", "昭和40年4月1日"],
                ["住所", f"{ctx.city}〇〇町1丁目2番3号"],
                ["電話番号", "090-0000-0000"],
                ["障害名", "右上肢機能障害（記入例）"],
                ["個人番号", "（窓口で確認します）"],
            ]
        ],
        textboxes=[
            "記入例：氏名は住民票のとおり記入してください",
            "※診断書の障害名をそのまま書き写してください",
        ],
        footer=f"{ctx.city} {_section()}",
    )
    docs.append(Doc(fam, "docx", 1, [], spec, note="sample name and data in a 記入例"))

    # L1: 第15条指定医 一覧 — doctors in their role at the clinic's address and phone
    rows = [["医療機関名", "所在地", "電話番号", "指定医氏名", "診療科", "指定障害区分"]]
    areas = ["肢体不自由", "聴覚・平衡", "視覚", "心臓機能", "じん臓機能", "呼吸器機能", "音声・言語"]
    dept = {"市立病院": ("整形外科", "肢体不自由"), "さくら通り整形外科": ("整形外科", "肢体不自由"),
            "みなと眼科": ("眼科", "視覚"), "中央腎クリニック": ("内科", "じん臓機能"),
            "はやし耳鼻咽喉科": ("耳鼻咽喉科", "聴覚・平衡"), "県立医療センター": ("呼吸器内科", "呼吸器機能"),
            "ひがし内科循環器科": ("循環器内科", "心臓機能"), "緑風会病院": ("リハビリテーション科", "肢体不自由")}  # fmt: skip
    for clinic, (ka, kind) in dept.items():
        address, tel = ctx.biz_address(), ctx.tel()
        for _ in range(r.randint(1, 2)):
            rows.append(
                [clinic, address, tel, ctx.staff(), ka, kind if r.random() < 0.8 else r.choice(areas)]
            )
    spec = DocSpec(sheets=[sheet("指定医", rows, title="身体障害者福祉法第15条指定医一覧（市内）")])
    docs.append(
        Doc(fam, "ods", 1, [], spec, note="doctors named in their role at their clinic's address and phone")
    )

    # L1: training slides with masked cases
    spec = DocSpec(
        title="職員研修　手帳の再認定と等級変更",
        paragraphs=[
            "再認定とは：障害の程度が変化することが予想される場合に、一定期間後に再度診断を受けるもの",
            "事例1　Ａさん（50代・男性）心臓機能障害1級 → 再認定の診断書で3級相当",
            "事例2　Ｂさん（10代）療育手帳B1 → 18歳到達時の再判定",
            "通知文の宛名は「〇〇 〇〇 様」とし、個人が特定される記載をしないこと",
            "再認定期日の管理：台帳システムの「再認定年月」で毎月抽出",
            "よくある誤り：等級変更後の手帳の記載事項変更漏れ",
        ],
        notes=[f"講師：{_section()} 手帳係長 {kakari}"],
    )
    docs.append(Doc(fam, "pptx", 1, [], spec, note="masked cases (Ａさん, 〇〇 〇〇) and staff in role"))

    # L1: 郵送受付 処理簿, 12-digit 受付番号 that fail the check digit, no names
    rows = [["受付日", "受付番号", "手帳種別", "処理区分", "担当"]]
    for _ in range(r.randint(18, 26)):
        num = fail_check(random_my_number(r), r.randint(1, 9))
        rows.append([ymd(_day(ctx, 1, 90)), num, r.choice(["身体", "療育", "精神"]), r.choice(["新規", "再交付", "更新", "住所変更", "返還"]), ctx.surname()])  # fmt: skip
    spec = DocSpec(sheets=[sheet("処理簿", rows)])
    docs.append(
        Doc(fam, "csv-cp932", 1, [], spec, note="12-digit 受付番号 all failing the check digit; no person")
    )

    # L2: 出前講座 申込書 from a 自治会 member (a private person: own address and phone)
    req = ctx.person((1950, 1975))
    talk_day = TODAY + dt.timedelta(days=r.randint(20, 40))
    spec = DocSpec(
        title="出前講座申込書",
        paragraphs=[f"{ctx.city}長 様", "下記のとおり出前講座を申し込みます。"],
        tables=[
            [
                ["講座名", "障害者手帳と福祉サービスのあらまし"],
                ["希望日時", f"{wareki(talk_day)} 午後1時30分から"],
                ["会場", f"{ctx.districts()[1]}集会所"],
                ["参加予定人数", f"{r.randint(12, 30)}名"],
                ["申込者氏名", req.name()],
                ["住所", req.address()],
                ["電話番号", req.phone],
            ]
        ],
        footer="受付：" + _section(),
    )
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], spec,
                    note="a neighbourhood organiser asks for a talk on the scheme; no disability is attributed to anyone"))  # fmt: skip

    # L2: 実施決定通知, canvas PDF with digits set apart
    ctx.urban(req)
    lines = [
        f">{ctx.city}障第{r.randint(300, 900)}号",
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{req.zip}"),
        spaced_digits(f"{ctx.city}{req.local()}"),
        f"{req.name()} 様",
        f">{ctx.city}長",
        "^出前講座の実施について（通知）",
        "先にお申込みのありました出前講座について、下記のとおり実施することとしましたので通知します。",
        f"1 日時　{wareki(talk_day, 'spaced')} 午後 1 時 30 分から",
        "2 講座名　障害者手帳と福祉サービスのあらまし",
        f"3 講師　{_section()} 職員",
        f"担当 {_section()} 手帳係　電話 {ctx.office_phone()}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines),
                    note="the organiser of a public talk; no disability is attributed to anyone"))  # fmt: skip

    # L2: LINE WORKS — the reply gives the organiser's phone
    a, b = ctx.staff(), ctx.staff()
    lines = chat("lineworks", _day(ctx, 1, 10), [
        ("09:12", a, f"出前講座の{req.sei}さん（{req.area}の{req.name()}さん）、会場が変わるそうです"),
        ("09:15", b, f"了解です。連絡先は {req.phone} でした。私から折り返します"),
        ("09:16", a, "パンフレットは30部でお願いします"),
        ("09:40", b, "電話済み。公民館の和室に変更、プロジェクターあり"),
    ], "手帳係")  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=lines),
                    note="the organiser's phone in a reply; the talk discloses no disability"))  # fmt: skip

    # L3: 身体障害者手帳 交付台帳, several pages with a ruled line
    n = r.randint(110, 128)
    ps = ctx.people(n, (1930, 2015))
    body = []
    for _i, p in enumerate(ps):
        nm, _cause, grade = r.choice(SHINTAI)
        body.append([f"{r.randint(100000, 999999)}", p.name(), hankaku_kana(p.kana), wareki(p.birth, "slash"),
                     p.address()[:24], nm, grade, ymd(_day(ctx, 30, 3000))])  # fmt: skip
    cols = [("手帳番号", 30), ("氏名", 80), ("カナ氏名", 150), ("生年月日", 250), ("住所", 310), ("障害名", 500),
            ("等級", 640), ("交付日", 680)]  # fmt: skip
    spec = DocSpec(title="身体障害者手帳交付台帳", paragraphs=[f"{len(body)}件"])
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "health", "name"], spec,
                    post=system_print("身体障害者手帳交付台帳（交付日順）", f"{ctx.city} 障害者福祉システム", cols, body, 26,
                                      "抽出条件：交付日 R1.5.1〜R6.10.31  手帳種別=身体", ruled=True)))  # fmt: skip

    # L3: 精神 更新申請 受付控え — My Number only in the page header as 「番号 xxxx xxxx xxxx」
    p = ctx.person((1960, 1998))
    mn = random_my_number(r)
    dis, code = r.choice(SEISHIN[:6])
    spec = DocSpec(
        title="精神障害者保健福祉手帳 更新申請 受付控え",
        header=f"番号 {grouped(mn)}",
        paragraphs=[f"受付日 {wareki(_day(ctx, 1, 20))}　受付者 {ctx.surname()}"],
        tables=[
            [
                ["申請者", p.name()],
                ["フリガナ", katakana(p.kana)],
                ["生年月日", wareki(p.birth)],
                ["住所", p.address()],
                ["電話", p.phone],
                ["手帳番号", f"精{r.randint(10000, 99999)}"],
                ["現在の等級", f"{r.randint(1, 3)}級"],
                ["診断書の病名", f"{dis}（{code}）"],
                ["本人確認", "運転免許証"],
            ]
        ],
    )
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "health", "my_number", "name", "phone"], spec))

    # L3: 身体障害者診断書・意見書 copy, canvas PDF with digits set apart
    p = ctx.person((1945, 1990))
    ctx.urban(p)
    doctor = ctx.staff()
    clinic = r.choice(CLINICS)
    lines = [
        "^身体障害者診断書・意見書（肢体不自由用）",
        f"氏名　{p.name()}　（{wareki(p.birth, 'spaced')} 生）　{'男' if p.sex == '男' else '女'}",
        "住所　" + spaced_digits(f"{ctx.city}{p.local()}"),
        "①障害名　両下肢機能障害",
        f"②原因となった疾病・外傷名　脊髄損傷（胸髄 {r.randint(8, 12)} 番）　交通事故",
        f"③疾病・外傷発生年月日　{wareki(dt.date(r.randint(2015, 2022), r.randint(1, 12), r.randint(1, 28)), 'spaced')}",
        "④参考となる経過・現症　受傷後、両下肢の完全麻痺が残存。車椅子にて移動。膀胱直腸障害を伴う。",
        "⑤総合所見　両下肢の機能を全廃したもの（2 級相当）。将来再認定　不要",
        f"{wareki(_day(ctx, 5, 30), 'spaced')}",
        f"病院又は診療所の名称　{clinic}",
        f"診療担当科名　整形外科　医師氏名　{doctor}",
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "health", "name"], DocSpec(paragraphs=lines),
                    post=letter_pdf(lines, head="写")))  # fmt: skip

    # L3: Teams — a child named, the reply gives the mother's phone and the finding
    child = ctx.person((2012, 2019), "男")
    a, b = ctx.staff(), ctx.staff()
    lines = chat("teams", _day(ctx, 1, 8), [
        ("10:02", a, f"療育手帳の再判定の件、{child.name()}くん（{child.age()}歳）の児相の判定日が決まりました"),
        ("10:05", b, f"お母さんの携帯は {ctx.phone(1.0)} です。日中はこちらでつながります"),
        ("10:06", b, f"前回は自閉スペクトラム症でB1、IQ{r.randint(40, 55)}。今回A判定の可能性あり"),
        ("10:09", a, "了解です。通知は郵送で出します"),
    ], "手帳係")  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["health", "name", "phone"], DocSpec(paragraphs=lines)))

    # L3: 再認定 memo in prose — the person is named once, the detail comes paragraphs later
    p = ctx.person((1948, 1975))
    paras = [
        f"再認定に係る聞き取り記録（{wareki(_day(ctx, 3, 25))}）",
        f"対象者：{p.name()}（{p.address()}）",
        "再認定期日到来の通知に対し、本人から電話があり、来庁による面談を実施した。",
        "面談には配偶者が同席。前回交付時からの生活状況、通院状況について聴取した。",
        "本人の話では、通勤は継続しているが、勤務時間を短縮しているとのこと。",
        f"前回（{r.randint(2017, 2020)}年）の診断時は心臓機能障害3級であったが、本年から週3回の人工透析を開始しており、じん臓機能障害1級での新規申請も併せて案内した。",
        "診断書用紙（じん臓機能障害用）を交付。指定医の一覧を渡した。",
        f"記録者　{_section()} {ctx.staff()}",
    ]
    docs.append(Doc(fam, "odt", 3, ["address", "health", "name"], DocSpec(paragraphs=paras)))
    return docs


# --- 障害支援区分 認定調査 ---------------------------------------------------------------------------------
def kubun(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "kubun"
    docs: list[Doc] = []

    # L1: 制度案内
    spec = DocSpec(
        title="障害支援区分の認定について",
        paragraphs=[
            "障害福祉サービス（介護給付）を利用するには、障害支援区分の認定が必要です。",
            "認定調査員がご自宅等を訪問し、80項目の聞き取り調査と概況調査を行います。",
            "調査結果と医師意見書をもとにコンピュータによる一次判定を行い、障害支援区分認定審査会で二次判定を行います。",
            "区分は「非該当」「区分1」から「区分6」までの7段階です。認定の有効期間は原則3年です。",
            "申請には、申請書、医師意見書を作成する医療機関の情報、個人番号の分かるものが必要です。",
            f"問合せ先　{ctx.office} {_section()} 給付係　電話 {ctx.office_phone(1)}",
        ],
    )
    docs.append(Doc(fam, "pdf", 1, [], spec))

    # L1: 認定件数 by 区分 × 障害種別, merged group header and a hidden sheet of last year's counts
    head: list[Cell] = ["障害種別", "非該当", "区分1", "区分2", "区分3", "区分4", "区分5", "区分6", "計"]
    rows: list[list[Cell]] = [["", "新規", None, None, None, None, None, None, None], head]
    for k in KUBUN_KIND:
        nums = [r.randint(0, 60) for _ in range(7)]
        rows.append([k, *nums, sum(nums)])
    prev = [head] + [[k, *[r.randint(0, 55) for _ in range(7)], None] for k in KUBUN_KIND]
    spec = DocSpec(sheets=[
        sheet("令和5年度", rows, first_row=3, title=f"{ctx.city} 障害支援区分認定件数"),
        sheet("令和4年度", prev, state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], spec, post=merge_xlsx({"令和5年度": ["B3:I3"]})))

    # L1: 認定調査票（概況調査）記入例
    sample = SAMPLE_NAMES[1 + r.randrange(len(SAMPLE_NAMES) - 1)]
    spec = DocSpec(
        title="認定調査票（概況調査）記入例",
        tables=[
            [
                ["対象者氏名", sample],
                ["生年月日", "平成2年5月10日（記入例）"],
                ["現住所", f"{ctx.city}〇〇町2丁目3番4号"],
                ["調査実施場所", "自宅"],
                ["家族等の状況", "父（70代）と同居"],
                ["日中活動", "就労継続支援B型を週5日利用"],
            ]
        ],
        textboxes=[
            "記入例です。実際の対象者の情報は記入しないでください",
            "特記事項は「いつ・どこで・どのくらい」を具体的に",
        ],
        footer="認定調査員研修資料",
    )
    docs.append(Doc(fam, "docx", 1, [], spec, note="sample name and data in a 記入例"))

    # L1: 認定審査会 委員名簿 — members named in their role with their affiliation
    members = [["合議体", "役職", "氏名", "職種", "所属"]]
    for g in ("第1合議体", "第2合議体", "第3合議体"):
        for role in ("委員長", "委員", "委員", "委員", "委員"):
            job = r.choice(["医師", "医師", "精神保健福祉士", "社会福祉士", "理学療法士", "相談支援専門員"])
            where = r.choice(CLINICS) if job == "医師" else ctx.company(HOJIN)
            members.append([g, role, ctx.staff(), job, where])
    spec = DocSpec(title=f"{ctx.city}障害支援区分認定審査会 委員名簿（令和6年度）", tables=[members],
                   paragraphs=["任期：令和6年4月1日から令和8年3月31日まで"])  # fmt: skip
    docs.append(
        Doc(fam, "odt", 1, [], spec, note="審査会 members named in their role with their affiliation")
    )

    # L1: Teams — staff dispatching 調査員 of contracted offices by 地区 (no resident)
    a, b = ctx.staff(), ctx.staff()
    offices = ctx.companies(3, HOJIN)
    ds = ctx.districts()
    lines = chat("teams", _day(ctx, 1, 10), [
        ("08:51", a, f"来週の認定調査の割り振りです。{ds[0]}・{ds[1]}は{offices[0]}さん、{ds[2]}は{offices[1]}さんで"),
        ("08:55", b, f"{ds[3]}の3件は市の直営でいきます。{ctx.surname()}さんと私で回ります"),
        ("09:01", a, f"{offices[2]}さんは今月から調査員が1名増えたそうです"),
        ("09:03", b, "了解。審査会資料の締切は20日です"),
    ], "給付係")  # fmt: skip
    docs.append(
        Doc(
            fam,
            "txt",
            1,
            [],
            DocSpec(paragraphs=lines),
            note="staff and contracted offices only; no resident",
        )
    )

    # L1: 調査員研修 slides with masked cases
    spec = DocSpec(
        title="認定調査員研修　特記事項の書き方",
        paragraphs=[
            "概況調査・80項目・特記事項の関係",
            "良い例：「Ｂさんは週に3回程度、夜間に大声を出し…」→ 頻度と状況が分かる",
            "悪い例：「〇〇 〇〇 さんは問題行動あり」→ 具体性がない",
            "行動関連項目は「支援が不要」「希に支援が必要」「月に1回以上」「週に1回以上」「ほぼ毎日」",
            "医師意見書との整合性を確認する",
            "調査時の注意：本人の状態が最も悪い時を聴き取る",
        ],
    )
    docs.append(Doc(fam, "pptx", 1, [], spec, note="masked cases (Ｂさん, 〇〇 〇〇)"))

    # L2: 認定調査員（個人委託）登録申請書 — a private person at their home address
    inv = ctx.person((1965, 1990))
    spec = DocSpec(
        title="障害支援区分認定調査員 登録申請書",
        paragraphs=[f"{ctx.city}長 様", "認定調査員として登録を受けたいので、次のとおり申請します。"],
        tables=[
            [
                ["氏名", inv.name()],
                ["ふりがな", inv.kana],
                ["生年月日", wareki(inv.birth)],
                ["住所", inv.address(True)],
                ["電話", inv.phone],
                ["資格", r.choice(["介護福祉士", "社会福祉士", "看護師", "精神保健福祉士"])],
                ["研修修了", f"令和{r.randint(3, 6)}年度 認定調査員研修"],
            ]
        ],
    )
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name", "phone"], spec,
                    note="an individual investigator at her or his home address is a private person"))  # fmt: skip

    # L2: relay log — the investigator's home address for the survey papers
    a = ctx.staff()
    lines = chat("arrow", _day(ctx, 1, 10), [
        ("13:05", a, f"調査員の{inv.name()}さんから電話。調査票の送付先を自宅に変更したいとのこと"),
        ("13:07", a, f"送付先：{inv.address()}　連絡は携帯 {inv.phone} まで"),
        ("13:20", ctx.staff(), "了解、台帳を修正しました"),
    ], "給付係")  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=lines),
                    note="a contracted investigator's home address; no person surveyed is named"))  # fmt: skip

    # L2: 審査会 委員 報酬 振込先 — members' home addresses and accounts
    rows = [["委員番号", "氏名", "住所（自宅）", "金融機関", "支店", "口座番号"]]
    for i in range(r.randint(9, 13)):
        m = ctx.person((1955, 1985))
        rows.append([f"K{i + 1:02d}", m.name(), m.address(), r.choice(["足利銀行", "山形銀行", "百五銀行", "鳥取銀行", "十六銀行"]), f"{r.choice(['本店', '駅前支店', '市役所出張所'])}", f"{r.randint(1000000, 9999999)}"])  # fmt: skip
    spec = DocSpec(sheets=[sheet("振込先", rows, title="審査会委員報酬 振込先一覧")])
    docs.append(Doc(fam, "xls", 2, ["address", "name"], spec,
                    note="members' home addresses and accounts: private persons here, not their clinic in role"))  # fmt: skip

    # L2: 登録 決定通知 to the investigator, canvas PDF with digits set apart
    ctx.urban(inv)
    lines = [
        f">{ctx.city}障第{r.randint(300, 900)}号",
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{inv.zip}  {ctx.city}{inv.local()}"),
        f"{inv.name()} 様",
        f">{ctx.city}長",
        "^障害支援区分認定調査員の登録について（通知）",
        f"{wareki(_day(ctx, 10, 30), 'spaced')}付けで申請のあった認定調査員の登録について、下記のとおり決定しました。",
        f"登録番号　第 {r.randint(10, 99)} 号",
        f"登録期間　{wareki(dt.date(2024, 12, 1), 'spaced')} から 令和 9 年 11 月 30 日まで",
        f"担当　{_section()} 給付係　電話 {ctx.office_phone(1)}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L3: 認定結果一覧, a system print with a dashed line
    n = r.randint(104, 120)
    body = []
    for p in ctx.people(n, (1940, 2005)):
        body.append([f"{r.randint(1000000000, 9999999999)}", p.name(), hankaku_kana(p.kana), wareki(p.birth, "short"),
                     p.local()[:18], p.phone, r.choice(KUBUN_KIND), r.choice(["区分2", "区分3", "区分4", "区分5", "区分6", "区分1"]),
                     f"R{r.randint(6, 9)}.{r.randint(1, 12)}末"])  # fmt: skip
    cols = [("受給者証番号", 30), ("氏名", 90), ("カナ", 150), ("生年月日", 240), ("住所", 290), ("電話", 430),
            ("障害種別", 510), ("認定区分", 580), ("有効期限", 630)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "health", "name", "phone"], DocSpec(title="区分認定結果一覧"),
                    post=system_print("障害支援区分 認定結果一覧", f"{ctx.city} 障害者自立支援システム", cols, body, 30,
                                      "審査会開催日 R6.10.1〜R6.10.31")))  # fmt: skip

    # L3: 認定調査票 特記事項, My Number in the footer as 「○○さんの番号 …」
    p = ctx.person((1975, 2003))
    mn = random_my_number(r)
    spec = DocSpec(
        title="認定調査票（概況調査・特記事項）",
        tables=[
            [
                ["氏名", _pp(p)],
                ["生年月日", wareki(p.birth)],
                ["住所", p.address()],
                ["電話", p.phone],
                ["調査日", wareki(_day(ctx, 3, 20))],
                ["調査員", ctx.staff()],
            ]
        ],
        paragraphs=[
            "【行動関連項目】",
            "3-8 大声・奇声を出す：ほぼ毎日。予定の変更があると30分以上続く（母より聴取）。",
            "4-1 てんかん発作：月に2〜3回、夜間に強直間代発作あり。服薬はバルプロ酸。",
            f"主たる障害：知的障害（療育手帳{r.choice(RYOIKU)}）、自閉スペクトラム症",
        ],
        footer=f"{p.sei}さんの番号 {grouped(mn)}",
    )
    docs.append(Doc(fam, "docx", 3, ["address", "birth_date", "health", "my_number", "name", "phone"], spec))

    # L3: 調査日程, 姓/名/セイ/メイ split and far right, the diagnoses on a hidden sheet joined by ID
    rows = [["ID", "姓", "名", "セイ", "メイ", "電話", "調査日", "調査場所"]]
    hidden = [["ID", "主たる障害", "医師意見書の診断名"]]
    for i in range(r.randint(14, 22)):
        p = ctx.person((1950, 2006))
        pid = f"N{r.randint(1000, 9999)}-{i:02d}"
        rows.append([pid, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.phone, ymd(TODAY + dt.timedelta(days=r.randint(3, 30))), r.choice(["自宅", "通所先", "入所施設", "病院"])])  # fmt: skip
        hidden.append(
            [pid, r.choice(KUBUN_KIND), r.choice([s[0] for s in SEISHIN] + [s[1] for s in SHINTAI])]
        )
    spec = DocSpec(sheets=[
        sheet("日程", far_right(rows, 25), first_row=6, title="認定調査 日程表（12月分）"),
        sheet("診断名", hidden, state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 3, ["health", "name", "phone"], spec))

    # L3: 区分変更 聞き取り in prose
    p = ctx.person((1980, 2002))
    paras = [
        f"区分変更申請に係る聞き取り（{wareki(_day(ctx, 2, 15))} 来庁）",
        f"申請者：{p.name()} 様（同居の父が来庁）　連絡先 {p.phone}",
        "現在の区分で利用しているサービス：生活介護（週5日）、短期入所（月4日）。",
        "父の話では、本年夏ごろから家庭での介護負担が増えているとのこと。",
        "夜間の見守りが必要となり、父母ともに睡眠が十分とれていない。",
        "発作の頻度が増えており、主治医からは薬の調整中と説明を受けている。てんかん発作が週に3回程度、転倒して額を切ったこともある。",
        "区分変更申請書を受理。認定調査は通所先で実施予定。",
    ]
    docs.append(Doc(fam, "docx", 3, ["health", "name", "phone"], DocSpec(paragraphs=paras)))
    return docs


# --- 自立支援医療 (更生医療・精神通院) ---------------------------------------------------------------------
def iryo(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "iryo"
    docs: list[Doc] = []

    # L1: 制度案内 with the monthly caps
    spec = DocSpec(
        title="自立支援医療（更生医療・精神通院医療・育成医療）のご案内",
        paragraphs=[
            "自立支援医療は、心身の障害を除去・軽減するための医療について、医療費の自己負担額を軽減する公費負担医療制度です。",
            "更生医療：身体障害者手帳をお持ちの18歳以上の方（人工透析、心臓手術、人工関節置換術など）。",
            "精神通院医療：統合失調症、うつ病、てんかんなどの精神疾患で継続的な通院が必要な方。",
            "自己負担は原則1割。世帯の所得に応じて月額上限額が設定されます。",
            "受給者証の有効期間は1年です。更新は有効期限の3か月前から受け付けます。",
            f"窓口　{ctx.office} {_section()} 医療給付係　電話 {ctx.office_phone(2)}",
        ],
        tables=[
            [
                ["所得区分", "月額上限額"],
                ["生活保護", "0円"],
                ["低所得1", "2,500円"],
                ["低所得2", "5,000円"],
                ["中間所得1", "5,000円"],
                ["中間所得2", "10,000円"],
                ["一定所得以上", "20,000円（重度かつ継続）"],
            ]
        ],
    )
    docs.append(Doc(fam, "pdf", 1, [], spec))

    # L1: 指定自立支援医療機関 with 法人番号 and 管理者 in role (UTF-8 csv)
    rows = [["機関名", "開設者", "法人番号", "所在地", "電話番号", "管理者", "指定区分", "指定年月日"]]
    for clinic in CLINICS:
        rows.append([clinic, ctx.city if clinic == "市立病院" else ctx.pref if clinic.startswith("県立") else f"医療法人{r.choice(['仁愛会', '青葉会', '清心会', '健生会', '緑風会'])}", random_corporate_number(r), ctx.biz_address(), ctx.tel(),
                     ctx.staff(), r.choice(["精神通院", "更生医療", "精神通院・更生医療"]), ymd(dt.date(r.randint(2006, 2023), r.randint(1, 12), 1))])  # fmt: skip
    for _ in range(r.randint(4, 7)):
        rows.append([f"{r.choice(['ひまわり', 'あおい', 'みどり', 'さくら', 'つばめ'])}薬局{r.choice(ctx.districts())}店", ctx.company(HOJIN[4:5] + HOJIN[11:]),
                     random_corporate_number(r), ctx.biz_address(), ctx.tel(), ctx.staff(), "精神通院（薬局）", ymd(dt.date(r.randint(2006, 2023), r.randint(1, 12), 1))])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("機関一覧", rows)]),
                    note="管理者 named in role at the institution; 指定年月日 are not birth dates"))  # fmt: skip

    # L1: 受給者数 by 種別 and 所得区分 per month, merged, with a hidden sheet
    months = [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10)]
    counts: list[list[Cell]] = [["種別", "所得区分", *months]]
    for kind in ("更生医療", "精神通院"):
        for band in ("生活保護", "低所得", "中間所得", "一定所得以上"):
            counts.append([kind, band, *[r.randint(5, 900) for _ in months]])
    spec = DocSpec(sheets=[
        sheet("受給者数", counts, first_row=3, title="自立支援医療 受給者数（令和6年度）"),
        sheet("設定", [["区分コード", "名称"], [1, "生活保護"], [2, "低所得"], [3, "中間所得"], [4, "一定所得以上"]],
              state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], spec, post=merge_xlsx({"受給者数": ["A4:A7", "A8:A11"]})))

    # L1: 支給認定申請書 記入例
    sample = SAMPLE_NAMES[1 + r.randrange(len(SAMPLE_NAMES) - 1)]
    spec = DocSpec(
        title="自立支援医療費（精神通院）支給認定申請書　記入例",
        tables=[
            [
                ["受診者氏名", sample],
                ["生年月日", "昭和55年1月1日"],
                ["住所", f"{ctx.city}△△町3丁目4番5号"],
                ["病名", "（診断書のとおり）"],
                ["医療機関", "〇〇クリニック"],
                ["薬局", "〇〇薬局"],
            ]
        ],
        textboxes=["見本", "※ 保険証の記号・番号は窓口で確認します"],
        footer="記入例",
    )
    docs.append(Doc(fam, "docx", 1, [], spec, note="sample name in a 記入例"))

    # L1: training slides with masked cases
    spec = DocSpec(
        title="精神通院医療 更新事務の手引き",
        paragraphs=[
            "更新案内は有効期限の3か月前に送付",
            "診断書の提出は2年に1回（間の年は省略可）",
            "事例：Ｃさん（40代）医療機関の変更届が未提出のまま転院 → 遡及不可",
            "宛名ラベルの例：〇〇 〇〇 様（封筒に病名・制度名を記載しない）",
            "「重度かつ継続」の判定基準",
        ],
    )
    docs.append(Doc(fam, "pptx", 1, [], spec, note="masked case (Ｃさん, 〇〇 〇〇)"))

    # L1: 薬局別 請求件数 (xls): pharmacies and their 管理薬剤師 in role
    rows = [["薬局名", "所在地", "電話", "管理薬剤師", "4月", "5月", "6月", "7月", "8月", "9月"]]
    for i in range(r.randint(8, 12)):
        rows.append([f"{r.choice(['ひまわり', 'あおい', 'みどり', 'さくら', 'つばめ', 'なの花', 'ハロー'])}薬局 {ctx.districts()[i % 7]}店", ctx.biz_address(), ctx.tel(), ctx.staff(), *[str(r.randint(10, 300)) for _ in range(6)]])  # fmt: skip
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("薬局別", rows, title="精神通院 薬局別請求件数")]),
                    note="pharmacists named in their role at the pharmacy"))  # fmt: skip

    # L2: Outlook — a resident who received someone else's envelope writes in; the intended recipient is masked
    finder = ctx.person((1950, 1990))
    staff = ctx.staff()
    lines = mail(
        f"{staff} <shogai-fukushi@city.example.lg.jp>",
        f"{finder.name()} 様",
        "RE: 郵便物の誤配達について",
        f"{TODAY.year}/{TODAY.month}/{TODAY.day} 10:12",
        [
            f"{finder.name()} 様",
            "",
            f"{_section()}の{staff}です。",
            "ご連絡いただきありがとうございます。本日午後、職員が封筒を受け取りに伺います。",
            "他の方宛ての郵便物がお手元に届きましたこと、深くお詫び申し上げます。",
        ],
        [
            (
                f"{finder.name()}",
                f"{TODAY.year}/{TODAY.month}/{TODAY.day - 1} 19:40",
                "郵便物の誤配達について",
                [
                    "市役所の封筒で、うちとは違う名前（Ａ様）のものがポストに入っていました。",
                    "開封はしていません。",
                    f"住所は {finder.address()} です。",
                    f"日中は {finder.phone} にお願いします。",
                    f"{finder.name()}",
                ],
            )
        ],
    )
    docs.append(Doc(fam, "txt", 2, ["address", "name", "phone"], DocSpec(paragraphs=lines),
                    note="the finder of a misdelivered envelope; the intended recipient appears only as Ａ様"))  # fmt: skip

    # L2: お詫び letter to the finder, canvas PDF with digits set apart
    ctx.urban(finder)
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{finder.zip}"),
        spaced_digits(f"{ctx.city}{finder.local()}"),
        f"{finder.name()} 様",
        f">{ctx.city} {_section()}長",
        "^郵便物の誤配達についてのお詫び",
        "このたびは、本市が発送した郵便物が誤ってお宅に配達され、ご迷惑をおかけしました。",
        f"{wareki(_day(ctx, 1, 3), 'spaced')}、職員が郵便物を回収いたしました。",
        "今後は宛名の確認を徹底し、再発防止に努めます。",
        f"担当　医療給付係　電話 {ctx.office_phone(2)}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines),
                    note="letter to the finder; nothing about the intended recipient"))  # fmt: skip

    # L2: a resident's proposal to 「市長 様」, signed at the end
    w = ctx.person((1945, 1975))
    paras = [
        f"{ctx.city}長 様",
        "精神通院医療の手続きについての提案",
        "私は地域の集まりで話を聞くことのある一市民です。",
        "自立支援医療の更新手続きは本庁の窓口に限られていますが、支所でも受け付けていただけないでしょうか。",
        "特に高齢の方や車をお持ちでない方にとって、本庁まで来るのは大きな負担です。",
        "また、更新の案内の封筒に制度名が書かれていると、家族に知られたくない方もいると聞きます。",
        "ご検討をお願いいたします。",
        f"{wareki(_day(ctx, 5, 20))}",
        f"住所 {w.address()}",
        f"氏名 {w.name()}",
        f"電話 {w.phone}",
    ]
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=paras),
                    note="a resident's general proposal; no illness of the writer or of anyone named"))  # fmt: skip

    # L2: 市民意識調査 謝礼 送付先 — randomly sampled residents, not users
    rows = [["No", "氏名", "住所", "回答日", "謝礼"]]
    for i in range(r.randint(14, 20)):
        p = ctx.person()
        rows.append([str(i + 1), p.name(), p.address(), ymd(_day(ctx, 10, 40)), "図書カード500円"])
    spec = DocSpec(sheets=[sheet("送付先", rows, title="医療費助成に関する市民意識調査 謝礼送付先")])
    docs.append(Doc(fam, "ods", 2, ["address", "name"], spec,
                    note="residents sampled at random from the register for a survey; no illness"))  # fmt: skip

    # L3: 精神通院 受給者一覧, a system print with a dashed line
    n = r.randint(105, 122)
    body = []
    for p in ctx.people(n, (1945, 2006)):
        dis, code = r.choice(SEISHIN)
        body.append([f"{r.randint(10000000, 99999999)}", p.name(), wareki(p.birth, "slash"), p.address()[:20], f"{code} {dis}",
                     r.choice(PSYCH), r.choice(["R6.12.末", "R7.1.末", "R7.2.末", "R7.3.末"])])  # fmt: skip
    cols = [("受給者番号", 30), ("氏名", 90), ("生年月日", 160), ("住所", 215), ("病名", 385), ("医療機関", 520),
            ("有効期限", 640)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "health", "name"], DocSpec(title="受給者一覧"),
                    post=system_print("自立支援医療（精神通院）受給者一覧", f"{ctx.city} 公費負担医療システム", cols, body, 28,
                                      "有効期限 R6.12〜R7.3 到来分")))  # fmt: skip

    # L3: 更生医療 申請 memo, My Number only in a text box as 「○○さんの番号 …」
    p = ctx.person((1950, 1985))
    mn = random_my_number(r)
    spec = DocSpec(
        title="更生医療 申請受付メモ",
        paragraphs=[
            f"申請者 {p.name()}（{p.address()}）",
            f"受付日 {wareki(_day(ctx, 1, 10))}",
            f"医療の内容：人工透析（{r.choice(['中央腎クリニック', '市立病院'])}）週3回",
            "手帳：じん臓機能障害1級　所得区分：中間所得1",
            "添付：意見書、健康保険証の写し、課税証明",
        ],
        textboxes=[f"{p.sei}さんの番号 {grouped(mn, '-')}"],
    )
    docs.append(Doc(fam, "docx", 3, ["address", "health", "my_number", "name"], spec))

    # L3: Slack — the reply gives the address and the diagnosis
    p = ctx.person((1970, 2000))
    a, b = ctx.staff(), ctx.staff()
    dis, _ = r.choice(SEISHIN[:3])
    lines = chat("slack", _day(ctx, 1, 7), [
        ("13:10", a, f"精神通院の更新、{p.name()}さんの書類が戻ってきました（宛所不明）"),
        ("13:14", b, f"転居されてます。新住所は {p.address()} です。本人から電話ありました"),
        ("13:15", b, f"診断書の病名は{dis}のまま、医療機関も変更なしです"),
        ("13:20", a, "ありがとうございます、再送します"),
    ], "医療給付係")  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["address", "health", "name"], DocSpec(paragraphs=lines)))

    # L3: 返還金 督促, canvas PDF with digits set apart (arrears about a named person; the scheme implies the illness)
    p = ctx.person((1960, 1995))
    ctx.urban(p)
    owed = r.randint(8, 60) * 1000 + r.choice([0, 350, 720])
    lines = [
        f">{ctx.city}障第{r.randint(1000, 1999)}号",
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{p.zip}  {ctx.city}{p.local()}"),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^督促状（自立支援医療費返還金）",
        "資格喪失後に受診された精神通院医療に係る自立支援医療費の返還金が、納期限を過ぎても納付されていません。",
        f"未納額　{yen(owed)} 円",
        f"当初納期限　{wareki(_day(ctx, 40, 80), 'spaced')}",
        f"指定期限　{wareki(TODAY + dt.timedelta(days=14), 'spaced')}",
        "指定期限までに納付がない場合は、延滞金が加算されることがあります。",
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "arrears", "health", "name"], DocSpec(paragraphs=lines),
                    post=letter_pdf(lines), note="an unpaid repayment under 督促; the scheme named implies a mental illness"))  # fmt: skip

    # L3: 更生医療 給付実績 (cp932 csv) — a short list with names and the treatment
    rows = [["受給者番号", "氏名", "カナ", "医療機関", "医療の内容", "障害"]]
    treat = [("人工透析", "じん臓機能障害", "中央腎クリニック"), ("人工透析", "じん臓機能障害", "市立病院"),
             ("ペースメーカー植込み", "心臓機能障害", "ひがし内科循環器科"), ("人工関節置換術", "肢体不自由", "緑風会病院"),
             ("腎移植後の免疫抑制療法", "じん臓機能障害", "県立医療センター"), ("水晶体再建術", "視覚障害", "みなと眼科")]  # fmt: skip
    for _ in range(r.randint(16, 24)):
        p = ctx.person((1940, 1990))
        t, d, where = r.choice(treat)
        rows.append([f"{r.randint(10000000, 99999999)}", p.name(), katakana(p.kana), where, t, d])
    docs.append(Doc(fam, "csv-cp932", 3, ["health", "name"], DocSpec(sheets=[sheet("実績", rows)])))
    return docs


# --- 補装具・日常生活用具 ---------------------------------------------------------------------------------
def hosogu(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "hosogu"
    docs: list[Doc] = []

    # L1: 制度案内 with the item table
    spec = DocSpec(
        title="補装具費・日常生活用具給付のご案内",
        paragraphs=[
            "補装具（車椅子、補聴器、義肢、装具など）の購入・修理に要する費用を支給します。",
            "日常生活用具（ストマ用装具、特殊寝台、入浴補助用具など）を給付します。",
            "事前申請が必要です。購入後の申請は対象になりません。業者の見積書を添えて申請してください。",
            "自己負担は原則1割。市民税所得割額が46万円以上の方がいる世帯は対象外です。",
            f"{ctx.office} {_section()} 給付係　電話 {ctx.office_phone(1)}",
        ],
        tables=[
            [
                ["種目", "基準額（円）", "耐用年数"],
                ["ストマ用装具（消化器系）", "8,858／月", "―"],
                ["特殊寝台", "154,000", "8年"],
                ["入浴補助用具", "90,000", "8年"],
                ["盲人用時計", "13,300", "10年"],
                ["頭部保護帽", "36,750", "3年"],
            ]
        ],
    )
    docs.append(Doc(fam, "pdf", 1, [], spec))

    # L1: 登録業者 一覧 with 法人番号 and 代表者 in role
    rows = [["業者名", "法人番号", "代表者", "所在地", "電話番号", "取扱種目", "登録日"]]
    for c in ctx.companies(len(COMPANIES)):
        rows.append([c, random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.biz_address(), ctx.tel(),
                     r.choice(["車椅子・座位保持", "補聴器", "義肢・装具", "日常生活用具全般", "視覚障害者用具"]),
                     ymd(dt.date(r.randint(2008, 2024), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    spec = DocSpec(sheets=[sheet("登録業者", rows, title=f"{ctx.city} 補装具・日常生活用具 登録業者一覧")])
    docs.append(Doc(fam, "ods", 1, ["corporate_number"], spec,
                    note="代表者 in role; 登録日 are not birth dates"))  # fmt: skip

    # L1: 給付件数 by 品目, merged, hidden sheet of unit prices
    rows2: list[list[Cell]] = [["区分", "種目", "R3", "R4", "R5"]]
    for name, _ in HOSOGU:
        rows2.append(["補装具", name, r.randint(2, 90), r.randint(2, 90), r.randint(2, 90)])
    for name, _ in YOGU:
        rows2.append(["日常生活用具", name, r.randint(2, 400), r.randint(2, 400), r.randint(2, 400)])
    a1, a2 = 4, 4 + len(HOSOGU) - 1
    b1, b2 = a2 + 1, a2 + len(YOGU)
    spec = DocSpec(sheets=[
        sheet("件数", rows2, first_row=3, title="補装具・日常生活用具 給付件数"),
        sheet("単価", [["種目", "基準額"]] + [[n, r.randint(10, 400) * 1000] for n, _ in HOSOGU], state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], spec, post=merge_xlsx({"件数": [f"A{a1}:A{a2}", f"A{b1}:A{b2}"]})))

    # L1: Outlook between staff and a dealer's person in charge (no resident)
    dealer = ctx.company()
    rep = ctx.staff()
    staff = ctx.staff()
    lines = mail(
        f"{staff} <shogai-fukushi@city.example.lg.jp>",
        f"{dealer} {rep} 様",
        "RE: 見積単価の改定について",
        f"{TODAY.year}/{TODAY.month}/{TODAY.day} 15:31",
        [
            f"{dealer}",
            f"{rep} 様",
            "",
            "改定後の単価表を受領しました。12月受付分から適用します。",
            f"{_section()} {staff}",
        ],
        [
            (
                f"{rep}（{dealer}）",
                f"{TODAY.year}/{TODAY.month}/{TODAY.day - 2} 11:02",
                "見積単価の改定について",
                [
                    "いつもお世話になっております。",
                    "部材価格の上昇に伴い、車椅子の修理単価を改定させていただきたく存じます。",
                    f"弊社所在地：{ctx.biz_address()}　電話 {ctx.tel()}",
                    f"{dealer} 営業部 {rep}",
                ],
            )
        ],
    )
    docs.append(
        Doc(fam, "txt", 1, [], DocSpec(paragraphs=lines), note="a dealer's staff in role; no resident")
    )

    # L1: 業者 請求明細, 12-digit 請求番号 failing the check digit, no names
    rows = [["請求番号", "請求日", "種目", "区分", "金額", "業者コード"]]
    for _ in range(r.randint(15, 24)):
        rows.append([fail_check(random_my_number(r), r.randint(1, 9)), ymd(_day(ctx, 1, 60)),
                     r.choice([n for n, _ in HOSOGU + YOGU]), r.choice(["購入", "修理"]), yen(r.randint(3, 400) * 1000), f"G{r.randint(100, 999)}"])  # fmt: skip
    docs.append(Doc(fam, "csv", 1, [], DocSpec(sheets=[sheet("請求", rows)]),
                    note="12-digit 請求番号 all failing the check digit; no person"))  # fmt: skip

    # L1: 給付申請書 記入例
    sample = SAMPLE_NAMES[1 + r.randrange(len(SAMPLE_NAMES) - 1)]
    spec = DocSpec(
        title="日常生活用具給付申請書（記入例）",
        tables=[
            [
                ["申請者氏名", sample],
                ["住所", f"{ctx.city}〇〇町4丁目5番6号"],
                ["電話", "090-0000-0000"],
                ["種目", "入浴補助用具"],
                ["障害名", "（手帳のとおり）"],
            ]
        ],
        textboxes=["記入例", "見積書は業者に依頼してください"],
    )
    docs.append(Doc(fam, "docx", 1, [], spec, note="sample name in a 記入例"))

    # L2: LINE WORKS — the prize winner of the 福祉機器展 survey, the reply gives the phone
    win = ctx.person((1950, 1995))
    a, b = ctx.staff(), ctx.staff()
    lines = chat("lineworks", _day(ctx, 1, 10), [
        ("11:20", a, f"福祉機器展のアンケート抽選、当選は{win.name()}さんでした"),
        ("11:24", b, f"記念品の送付前に確認の電話をお願いします。{win.phone} です"),
        ("11:25", a, "了解です"),
        ("14:02", a, "連絡つきました。来週発送します"),
    ], "給付係")  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=lines),
                    note="a visitor to a public exhibition; nothing about health"))  # fmt: skip

    # L2: 当選通知, canvas PDF with digits set apart
    ctx.urban(win)
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{win.zip}"),
        spaced_digits(f"{ctx.city}{win.local()}"),
        f"{win.name()} 様",
        f">{ctx.city} {_section()}",
        "^福祉機器展アンケート 記念品の送付について",
        "先日の福祉機器展ではアンケートにご協力いただき、ありがとうございました。",
        "厳正な抽選の結果、記念品が当選しましたので、別便にてお送りします。",
        f"問合せ　電話 {ctx.office_phone(1)}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: 福祉機器展 ボランティア (xls)
    rows = [["No", "氏名", "ふりがな", "電話", "担当", "集合時間"]]
    for i in range(r.randint(10, 16)):
        p = ctx.person((1950, 2004))
        rows.append(
            [
                str(i + 1),
                p.name(),
                p.kana,
                p.phone,
                r.choice(["受付", "誘導", "試乗補助", "アンケート"]),
                "8:30",
            ]
        )
    docs.append(
        Doc(
            fam,
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("ボランティア", rows, title="福祉機器展 ボランティア名簿")]),
        )
    )

    # L2: a neighbour's complaint to 「障害福祉課 御中」, signed at the end
    nb = ctx.person((1945, 1980))
    paras = [
        f"{ctx.city}役所 {_section()} 御中",
        "補装具業者の車両について",
        f"毎週火曜日の午前中、{dealer}の配送車が自宅前の市道に長時間駐車しており、車の出入りができません。",
        "業者に直接伝えましたが改善されません。市の登録業者と聞きましたので、指導をお願いします。",
        f"{wareki(_day(ctx, 3, 20))}",
        f"{nb.address()}",
        f"{nb.name()}",
        f"（連絡先 {nb.phone}）",
    ]
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=paras)))

    # L3: 日常生活用具 給付台帳 — 姓/名/セイ/メイ split, pasted from column AA, more than 100 persons
    rows3: list[list[Cell]] = [
        ["台帳番号", "姓", "名", "セイ", "メイ", "生年月日", "住所", "電話", "種目", "障害名", "決定日"]
    ]
    for _ in range(r.randint(101, 114)):
        p = ctx.person((1935, 2015))
        item, dis = r.choice(YOGU)
        rows3.append([f"Y{r.randint(10000, 99999)}", p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth,
                      p.address(), p.phone, item, dis, ymd(_day(ctx, 10, 600))])  # fmt: skip
    spec = DocSpec(
        sheets=[sheet("台帳", far_right(rows3, 26), first_row=8, number_formats={31: "ggge年m月d日"})]
    )
    docs.append(Doc(fam, "xlsx", 3, ["address", "birth_date", "health", "name", "phone"], spec))

    # L3: 補装具費 支給決定通知書, canvas PDF with digits set apart
    p = ctx.person((1940, 1990))
    ctx.urban(p)
    item, dis = r.choice(HOSOGU)
    lines = [
        f">{ctx.city}障第{r.randint(2000, 2999)}号",
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{p.zip}  {ctx.city}{p.local()}"),
        f"{p.name()} 様",
        f">{ctx.city}長",
        "^補装具費支給決定通知書",
        f"{wareki(_day(ctx, 15, 40), 'spaced')}付けで申請のあった補装具費の支給について、下記のとおり決定しました。",
        f"種目　{item}",
        f"障害名　{dis}",
        f"支給額　{yen(r.randint(50, 380) * 1000)} 円（利用者負担額 {yen(r.randint(0, 37) * 100)} 円）",
        f"事業者　{ctx.company()}",
    ]
    docs.append(
        Doc(fam, "pdf", 3, ["address", "health", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines))
    )

    # L3: one-person 適合判定 sheet, the detail in a text box
    p = ctx.person((1945, 1975))
    spec = DocSpec(
        title="補装具 適合判定票",
        tables=[
            [
                ["氏名", _pp(p)],
                ["住所", p.address()],
                ["種目", "大腿義足（骨格構造）"],
                ["判定日", wareki(_day(ctx, 5, 30))],
            ]
        ],
        paragraphs=["判定結果：適合", f"判定医 {ctx.staff()}（{ctx.pref}身体障害者更生相談所）"],
        textboxes=[f"右大腿切断（糖尿病性壊疽のため {r.randint(2021, 2023)} 年に切断）。断端の状態良好。"],
    )
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], spec))

    # L3: a dealer's 見積書 naming the client and the hearing loss (odt)
    p = ctx.person((1938, 1970))
    spec = DocSpec(
        title="御見積書",
        paragraphs=[f"{p.name()} 様", f"ご住所 {p.address()}", f"{ctx.company()} {ctx.biz_address()}"],
        tables=[
            [
                ["品名", "数量", "金額"],
                ["補聴器（重度難聴用耳かけ型）", "2", yen(r.randint(120, 160) * 1000)],
                ["イヤモールド", "2", "18,000"],
            ]
        ],
        footnotes=[
            f"聴力レベル 右{r.randint(90, 105)}dB 左{r.randint(90, 105)}dB（感音性難聴・聴覚障害2級）"
        ],
    )
    docs.append(Doc(fam, "odt", 3, ["address", "health", "name"], spec))
    return docs


# --- 手話通訳・要約筆記 派遣 ------------------------------------------------------------------------------
def shuwa(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "shuwa"
    docs: list[Doc] = []
    assoc = f"{ctx.city}聴覚障害者協会"

    # L1: 派遣 制度案内
    spec = DocSpec(
        title="手話通訳者・要約筆記者の派遣について",
        paragraphs=[
            "聴覚障害のある方が、病院の受診、学校の行事、役所の手続きなどで意思疎通が必要なときに、手話通訳者・要約筆記者を派遣します。",
            "派遣は無料です。原則として利用日の1週間前までにお申し込みください。",
            f"申込方法：FAX {ctx.fax}、メール shuwa@city.example.lg.jp、又は窓口",
            "企業・団体が主催する行事への派遣は、主催者の負担となります。",
            f"{ctx.office} {_section()} 社会参加係　電話 {ctx.office_phone(3)}",
        ],
    )
    docs.append(Doc(fam, "pdf", 1, [], spec))

    # L1: 手話通訳者 登録名簿 as published (names in role, no addresses)
    rows = [["登録番号", "氏名", "区分", "活動地域"]]
    for i in range(r.randint(16, 24)):
        rows.append([f"第{i + 1:03d}号", ctx.staff(), r.choice(["手話通訳士", "手話通訳者", "手話通訳者", "要約筆記者"]), "、".join(r.sample(ctx.districts(), 2))])  # fmt: skip
    spec = DocSpec(title=f"{ctx.city} 登録手話通訳者・要約筆記者名簿（公表用）", tables=[rows],
                   paragraphs=["本名簿は派遣事業の透明性確保のため公表しています。"])  # fmt: skip
    docs.append(
        Doc(
            fam, "odt", 1, [], spec, note="the published roster: interpreters named in their role, no address"
        )
    )

    # L1: 派遣実績 by 場面, merged, hidden sheet
    scenes = ["医療", "教育", "行政手続", "職業", "冠婚葬祭", "その他"]
    rows2: list[list[Cell]] = [
        ["", "手話通訳", None, "要約筆記", None],
        ["場面", "件数", "時間", "件数", "時間"],
    ]
    for s in scenes:
        rows2.append([s, r.randint(5, 300), r.randint(10, 600), r.randint(0, 80), r.randint(0, 200)])
    spec = DocSpec(sheets=[
        sheet("実績", rows2, first_row=3, title="手話通訳・要約筆記 派遣実績（令和5年度）"),
        sheet("作業用", [["月", "件数"]] + [[f"{m}月", r.randint(20, 80)] for m in range(1, 13)], state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], spec, post=merge_xlsx({"実績": ["B3:C3", "D3:E3"]})))

    # L1: 派遣依頼書 記入例
    sample = SAMPLE_NAMES[1 + r.randrange(len(SAMPLE_NAMES) - 1)]
    spec = DocSpec(
        title="手話通訳者派遣依頼書（記入例）",
        tables=[
            [
                ["依頼者氏名", sample],
                ["FAX", "0000-00-0000"],
                ["日時", "令和〇年〇月〇日 10:00〜11:00"],
                ["場所", "〇〇病院 内科外来"],
                ["内容", "定期受診"],
            ]
        ],
        textboxes=["記入例：依頼者の欄には聞こえない方ご本人の氏名を書きます"],
    )
    docs.append(Doc(fam, "docx", 1, [], spec, note="sample name in a 記入例"))

    # L1: 要約筆記 研修 slides with a masked case
    spec = DocSpec(
        title="要約筆記者 現任研修",
        paragraphs=[
            "守秘義務について：派遣先で知り得た情報を口外しない",
            "事例：Ｄさん（70代、中途失聴）の通院同行で、待合室で知人に話しかけられた場面",
            "報告書の書き方：利用者名は〇〇 〇〇 と伏せて共有する",
            "パソコン要約筆記と手書き要約筆記の使い分け",
        ],
        notes=[f"講師　{assoc} {ctx.staff()}（手話通訳士）"],
    )
    docs.append(Doc(fam, "pptx", 1, [], spec, note="masked case (Ｄさん, 〇〇 〇〇); the lecturer in role"))

    # L1: 団体からの派遣依頼 (xls): organisations and their 担当 in role
    rows = [["受付日", "依頼団体", "担当者", "電話", "行事", "日時"]]
    events = [
        "市民公開講座",
        "PTA総会",
        "成人式",
        "防災訓練",
        "市議会 本会議 傍聴",
        "人権講演会",
        "商工会 総会",
    ]
    for _ in range(r.randint(8, 14)):
        rows.append([ymd(_day(ctx, 1, 60)), r.choice([f"{ctx.city}教育委員会", f"{ctx.city}社会福祉協議会", f"{ctx.districts()[0]}小学校PTA", ctx.company(HOJIN), f"{ctx.city}商工会議所"]),
                     f"{ctx.staff()}（事務局）", ctx.tel(), r.choice(events), ymd(TODAY + dt.timedelta(days=r.randint(7, 60)))])  # fmt: skip
    docs.append(Doc(fam, "xls", 1, [], DocSpec(sheets=[sheet("団体依頼", rows)]),
                    note="organisations and their 担当 in role with the organisation's phone"))  # fmt: skip

    # L2: 手話通訳者 登録申請書 (a private person at home)
    it = ctx.person((1960, 1995))
    spec = DocSpec(
        title="手話通訳者 登録申請書",
        paragraphs=[f"{ctx.city}長 様", "手話通訳者として登録したいので申請します。"],
        tables=[
            [
                ["氏名", it.name()],
                ["フリガナ", katakana(it.kana)],
                ["生年月日", wareki(it.birth)],
                ["住所", it.address()],
                ["電話", it.phone],
                ["資格", "手話通訳者全国統一試験 合格"],
                ["派遣可能日", "平日午前・土曜"],
            ]
        ],
    )
    docs.append(Doc(fam, "docx", 2, ["address", "birth_date", "name", "phone"], spec,
                    note="an interpreter applying at her or his home address is a private person"))  # fmt: skip

    # L2: 登録証 交付通知 to the interpreter, canvas PDF with digits set apart
    ctx.urban(it)
    lines = [
        f">{ctx.city}障第{r.randint(300, 900)}号",
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{it.zip}"),
        spaced_digits(f"{ctx.city}{it.local()}"),
        f"{it.name()} 様",
        f">{ctx.city}長",
        "^手話通訳者登録証の交付について",
        "手話通訳者として登録しましたので、登録証を交付します。",
        f"登録番号　第 {r.randint(30, 99)} 号　登録日　{wareki(dt.date(2024, 12, 1), 'spaced')}",
        "派遣の際は登録証を携帯してください。",
        f"担当　社会参加係　電話 {ctx.office_phone(3)}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: Slack — an interpreter named, the reply gives the mobile
    it2 = ctx.person((1960, 1995))
    a, b = ctx.staff(), ctx.staff()
    lines = chat("slack", _day(ctx, 1, 8), [
        ("08:40", a, f"明日の成人式の手話通訳、{it2.name()}さんが急きょ交代になりました"),
        ("08:43", b, f"{it2.sei}さんの携帯 {ctx.phone(1.0)} に何度かかけましたが、つながりません"),
        ("08:45", a, "協会経由で調整します"),
    ], "社会参加係")  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=lines),
                    note="an interpreter's private mobile; the event is public"))  # fmt: skip

    # L2: 手話奉仕員養成講座 受講者名簿 — 姓/名/セイ/メイ split, with a hidden attendance sheet
    rows3: list[list[Cell]] = [["No", "姓", "名", "セイ", "メイ", "町名", "電話"]]
    att: list[list[Cell]] = [["No", *[f"第{i}回" for i in range(1, 11)]]]
    for i in range(r.randint(18, 26)):
        p = ctx.person((1955, 2004))
        rows3.append([i + 1, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.area, p.phone])
        att.append([i + 1, *[r.choice(["○", "○", "○", "欠"]) for _ in range(10)]])
    spec = DocSpec(sheets=[
        sheet("受講者", rows3, first_row=3, title="手話奉仕員養成講座（入門課程）受講者名簿"),
        sheet("出欠", att, state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 2, ["name", "phone"], spec))

    # L2: 報酬 振込口座届 (xls) — interpreters at home with accounts
    rows = [["通訳者番号", "氏名", "住所", "金融機関", "口座種別", "口座番号", "名義カナ"]]
    for i in range(r.randint(7, 11)):
        p = ctx.person((1955, 1995))
        rows.append([f"T{i + 1:03d}", p.name(), p.address(), r.choice(["足利銀行", "きらやか銀行", "三十三銀行", "山陰合同銀行", "大垣共立銀行"]), "普通", f"{r.randint(1000000, 9999999)}", hankaku_kana(p.kana)])  # fmt: skip
    docs.append(Doc(fam, "xls", 2, ["address", "name"], DocSpec(sheets=[sheet("口座", rows, title="通訳者報酬 振込口座")]),
                    note="interpreters' home addresses and accounts: private persons; no income or health"))  # fmt: skip

    # L2: 要約筆記 奉仕員 連絡網 (ods)
    rows = [["班", "氏名", "電話", "備考"]]
    for i in range(r.randint(10, 15)):
        p = ctx.person((1950, 2000))
        rows.append(
            [f"{i % 3 + 1}班", p.name(), p.phone, r.choice(["", "PC要約可", "手書きのみ", "平日のみ"])]
        )
    docs.append(
        Doc(
            fam,
            "ods",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("連絡網", rows, title="要約筆記奉仕員 連絡網")]),
        )
    )

    # L2: 養成講座 申込一覧 (cp932 csv)
    rows = [["受付No", "氏名", "フリガナ", "住所", "電話", "年齢", "受講動機"]]
    for i in range(r.randint(14, 20)):
        p = ctx.person((1955, 2004))
        rows.append([str(i + 1), p.name(), katakana(p.kana), p.address(), p.phone, str(p.age()), r.choice(["職場で必要", "家族が関心", "ボランティアとして", "資格取得"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 2, ["address", "name", "phone"], DocSpec(sheets=[sheet("申込", rows)]),
                    note="learners applying for a course; an age column is not a birth date"))  # fmt: skip

    # L3: 修了者台帳, a ruled system print of more than 100 persons (bulk, nothing sensitive)
    n = r.randint(110, 124)
    body = []
    for p in ctx.people(n, (1945, 2004)):
        body.append([f"{r.randint(2008, 2024)}-{r.randint(1, 40):02d}", p.name(), hankaku_kana(p.kana), wareki(p.birth, "short"),
                     p.address()[:22], p.phone, r.choice(["入門", "基礎", "入門・基礎"])])  # fmt: skip
    cols = [
        ("修了番号", 30),
        ("氏名", 90),
        ("カナ", 160),
        ("生年月日", 260),
        ("住所", 320),
        ("電話", 520),
        ("課程", 620),
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "name", "phone"], DocSpec(title="修了者台帳"),
                    post=system_print("手話奉仕員養成講座 修了者台帳", f"{ctx.city} 福祉台帳管理", cols, body, 27,
                                      "修了年度 H20〜R6 全件", ruled=True),
                    note="more than 100 persons with birth dates, addresses and phones; no health"))  # fmt: skip

    # L3: 支払調書用 memo — an interpreter's My Number only in a text box as 「番号確認済 …」
    p = ctx.person((1960, 1990))
    mn = random_my_number(r)
    spec = DocSpec(
        title="報酬支払調書 作成メモ（令和6年分）",
        paragraphs=[
            f"通訳者 {p.name()}",
            f"住所 {p.address()}",
            f"支払金額 {yen(r.randint(90, 400) * 1000)} 円　源泉徴収税額 {yen(r.randint(9, 40) * 1000)} 円",
            "本人確認書類：運転免許証（写し保管）",
        ],
        textboxes=[f"番号確認済 {grouped(mn, '-')}"],
    )
    docs.append(Doc(fam, "docx", 3, ["address", "income", "my_number", "name"], spec,
                    note="the My Number alone makes it 3; the fee is income"))  # fmt: skip

    # L3: Teams — a deaf resident's hospital visit, the reply gives the diagnosis
    p = ctx.person((1950, 1990), "女")
    a, b = ctx.staff(), ctx.staff()
    lines = chat("teams", _day(ctx, 1, 6), [
        ("09:19", a, f"{p.name()}さんから通院の派遣依頼（FAX）。来週火曜10時、{r.choice(CLINICS)}です"),
        ("09:23", b, "前回も行った通訳者でお願いします。乳がんの術後の説明で、抗がん剤の話になるそうです"),
        ("09:24", b, f"連絡はFAXのみ、{ctx.tel()} です"),
        ("09:30", a, "手配しました"),
    ], "社会参加係")  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["health", "name", "phone"], DocSpec(paragraphs=lines)))

    # L3: 派遣報告書 — the person is named first, the medical detail comes later
    p = ctx.person((1985, 2000), "女")
    paras = [
        "手話通訳 派遣報告書",
        f"派遣日 {wareki(_day(ctx, 2, 20))}　通訳者 {ctx.staff()}",
        f"利用者 {p.name()} 様",
        f"派遣先 {r.choice(['市立病院', '県立医療センター'])} 産婦人科外来",
        "待合室で利用者と合流し、受付から会計まで通訳した。",
        "医師の説明は約20分。利用者からの質問を2点通訳した。",
        f"内容：妊娠{r.randint(24, 30)}週、妊娠糖尿病と診断。食事療法とインスリン導入の説明。次回受診は2週間後。",
        "特記事項なし。",
    ]
    docs.append(Doc(fam, "odt", 3, ["health", "name"], DocSpec(paragraphs=paras)))
    return docs


# --- 特別障害者手当・障害児福祉手当 (所得) -----------------------------------------------------------------
def teate(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "teate"
    docs: list[Doc] = []

    # L1: 制度案内 with the income limits
    spec = DocSpec(
        title="特別障害者手当・障害児福祉手当",
        paragraphs=[
            "特別障害者手当：精神又は身体に著しく重度の障害があり、日常生活において常時特別の介護を必要とする20歳以上の方。月額28,840円。",
            "障害児福祉手当：重度の障害があり、日常生活において常時の介護を必要とする20歳未満の方。月額15,690円。",
            "本人、配偶者又は扶養義務者の前年の所得が一定額以上の場合は支給されません。",
            "毎年8月に所得状況届（現況届）の提出が必要です。",
            f"{ctx.office} {_section()} 手当係　電話 {ctx.office_phone(4)}",
        ],
        tables=[
            [
                ["扶養親族等の数", "本人", "配偶者・扶養義務者"],
                ["0人", "3,604,000円", "6,287,000円"],
                ["1人", "3,984,000円", "6,536,000円"],
                ["2人", "4,364,000円", "6,749,000円"],
            ]
        ],
    )
    docs.append(Doc(fam, "pdf", 1, [], spec))

    # L1: 受給者数 推移, merged, hidden sheet
    rows: list[list[Cell]] = [
        ["年度", "特別障害者手当", None, "障害児福祉手当", None],
        ["", "受給者", "支給停止", "受給者", "支給停止"],
    ]
    for y in ("R1", "R2", "R3", "R4", "R5"):
        rows.append([y, r.randint(80, 260), r.randint(0, 20), r.randint(40, 140), r.randint(0, 12)])
    spec = DocSpec(sheets=[
        sheet("推移", rows, first_row=3, title="手当受給者数の推移"),
        sheet("支給額", [["年度", "特障", "障児"], ["R5", 27980, 15220], ["R6", 28840, 15690]], state="hidden"),
    ])  # fmt: skip
    docs.append(Doc(fam, "xlsx", 1, [], spec, post=merge_xlsx({"推移": ["B3:C3", "D3:E3", "A3:A4"]})))

    # L1: Teams among staff about the 現況届 mailing (no resident)
    a, b = ctx.staff(), ctx.staff()
    lines = chat("teams", _day(ctx, 1, 10), [
        ("15:02", a, "所得状況届の発送は7月29日で確定です。封入は28日に手当係全員で"),
        ("15:04", b, "税情報の抽出は情報政策課に依頼済みです"),
        ("15:10", a, f"未提出者への勧奨は9月第2週。文案は{ctx.surname()}係長に確認してもらいます"),
        ("15:12", b, "了解です"),
    ], "手当係")  # fmt: skip
    docs.append(Doc(fam, "txt", 1, [], DocSpec(paragraphs=lines), note="staff only; no resident"))

    # L1: 振込処理結果, 12-digit 取引番号 failing the check digit, no names
    rows = [["処理日", "取引番号", "手当種別", "件数", "金額", "結果"]]
    for _ in range(r.randint(14, 22)):
        rows.append([ymd(_day(ctx, 1, 200)), fail_check(random_my_number(r), r.randint(1, 9)), r.choice(["特障", "障児"]),
                     str(r.randint(20, 200)), yen(r.randint(500, 6000) * 1000), r.choice(["正常", "正常", "一部不能"])])  # fmt: skip
    docs.append(Doc(fam, "csv-cp932", 1, [], DocSpec(sheets=[sheet("振込結果", rows)]),
                    note="12-digit 取引番号 all failing the check digit; no person"))  # fmt: skip

    # L1: 認定請求書 記入例 with sample incomes
    sample = SAMPLE_NAMES[1 + r.randrange(len(SAMPLE_NAMES) - 1)]
    spec = DocSpec(
        title="特別障害者手当認定請求書（記入例）",
        tables=[
            [
                ["請求者氏名", sample],
                ["生年月日", "昭和30年3月3日"],
                ["住所", f"{ctx.city}〇〇町5丁目6番7号"],
                ["前年の所得", "1,200,000円（記入例）"],
                ["扶養義務者", "見本 一郎（長男）"],
            ]
        ],
        textboxes=["記入例", "扶養義務者とは、同居している直系血族及び兄弟姉妹です"],
    )
    docs.append(Doc(fam, "docx", 1, [], spec, note="sample names and incomes in a 記入例"))

    # L1: 所得制限 Q&A (odt)
    spec = DocSpec(
        title="手当の所得制限に関するよくある質問",
        paragraphs=[
            "Q 扶養義務者とは誰のことですか。A 同居している父母、子、兄弟姉妹などです。",
            "Q 所得はどの年のものを見ますか。A 1月から7月の請求は前々年、8月から12月は前年の所得です。",
            "Q 施設に入所すると。A 障害者支援施設等に入所している間は支給されません。",
            "Q 3か月以上入院すると。A 病院等に継続して3か月を超えて入院している場合は支給停止となります。",
        ],
    )
    docs.append(Doc(fam, "odt", 1, [], spec))

    # L2: a resident's letter to 「市長 様」 about the income limit in general, signed
    w = ctx.person((1950, 1980))
    paras = [
        f"{ctx.city}長 様",
        "手当の所得制限の見直しについて（要望）",
        "国の制度であることは承知していますが、市独自の上乗せや、周知の充実をお願いしたく筆をとりました。",
        "地域の集まりで、制度を知らずに請求が遅れた方の話を聞きました。広報紙での案内を年2回にしてはどうでしょうか。",
        "以上、一市民の意見としてお伝えします。",
        f"{wareki(_day(ctx, 3, 30))}",
        f"{w.address()}　{w.name()}",
        f"電話 {w.phone}",
    ]
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=paras),
                    note="a resident's general request; no allowance or disability of the writer or anyone named"))  # fmt: skip

    # L2: 所得照会 to another city's 税務課 about a named 扶養義務者 (no recipient named)
    f = ctx.person((1950, 1980))
    other = r.choice(["宇都宮市", "山形市", "津市", "鳥取市", "岐阜市"])
    spec = DocSpec(
        title="所得・課税状況について（照会）",
        paragraphs=[
            f"{other}長 様（税務担当課扱い）",
            f"{ctx.city}長",
            "手当の支給事務のため必要がありますので、下記の者の所得・課税状況について回答をお願いします。",
            f"照会対象者　{f.name()}（{katakana(f.kana)}）",
            f"生年月日　{wareki(f.birth)}",
            f"令和6年1月1日現在の住所　{other}{r.choice(['本町', '中央', '旭町'])}{r.randint(1, 5)}丁目{r.randint(1, 20)}番{r.randint(1, 15)}号",
            "照会事項　令和5年中の所得額、扶養親族の数",
            "根拠法令　特別児童扶養手当等の支給に関する法律第37条",
        ],
    )
    docs.append(Doc(fam, "odt", 2, ["address", "birth_date", "name"], spec,
                    note="the 扶養義務者's own identity for an income enquiry; no recipient or disability is named"))  # fmt: skip

    # L2: 申告のお願い to the 扶養義務者, canvas PDF with digits set apart
    ctx.urban(f)
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{f.zip}  {ctx.city}{f.local()}"),
        f"{f.name()} 様",
        f">{ctx.city} {_section()}長",
        "^市県民税の申告についてのお願い",
        "あなたの令和 5 年中の所得について、市県民税の申告が確認できません。",
        "手当の審査に必要となりますので、税務課で申告を行ってください。",
        f"申告期限　{wareki(TODAY + dt.timedelta(days=21), 'spaced')}",
        f"問合せ　手当係　電話 {ctx.office_phone(4)}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines),
                    note="asks the 扶養義務者 to file a tax return; nobody's allowance or disability is stated"))  # fmt: skip

    # L2: 会計年度任用職員 応募者一覧 (xls)
    rows = [["受付番号", "氏名", "生年月日", "住所", "電話", "職種"]]
    for i in range(r.randint(8, 12)):
        p = ctx.person((1965, 2002))
        rows.append(
            [f"{i + 1:03d}", p.name(), wareki(p.birth, "short"), p.address(), p.phone, "手当事務補助"]
        )
    docs.append(Doc(fam, "xls", 2, ["address", "birth_date", "name", "phone"],
                    DocSpec(sheets=[sheet("応募者", rows, title="会計年度任用職員（手当係）応募者一覧")])))  # fmt: skip

    # L3: 受給者 所得状況一覧, a system print with a dashed line (health, income, bulk)
    n = r.randint(102, 116)
    body = []
    for p in ctx.people(n, (1935, 2020)):
        kind = "障児" if p.birth.year > 2004 else "特障"
        nm, _, grade = r.choice(SHINTAI)
        body.append([f"{r.randint(100000, 999999)}", p.name(), wareki(p.birth, "short"), p.local()[:16], kind, f"{nm}{grade}",
                     yen(0 if kind == "障児" else r.randint(0, 300) * 10000), yen(r.randint(0, 900) * 10000)])  # fmt: skip
    cols = [("受給者番号", 30), ("氏名", 85), ("生年月日", 155), ("住所", 210), ("手当", 330), ("障害", 365),
            ("本人所得", 500), ("扶養義務者所得", 580)]  # fmt: skip
    docs.append(Doc(fam, "pdf", 3, ["address", "birth_date", "health", "income", "name"], DocSpec(title="所得状況一覧"),
                    post=system_print("特別障害者手当等 所得状況一覧", f"{ctx.city} 手当システム", cols, body, 26,
                                      "基準日 R6.8.1  支給状態=支給中")))  # fmt: skip

    # L3: 受給者台帳 — My Numbers on a hidden sheet headed only 番号
    rows2: list[list[Cell]] = [["ID", "姓", "名", "住所", "手当", "障害の状態"]]
    nums: list[list[Cell]] = [["ID", "氏名", "番号"]]
    for i in range(r.randint(12, 18)):
        p = ctx.person((1940, 2020))
        pid = f"T{i + 1:04d}"
        rows2.append([pid, p.sei, p.mei, p.address(), "障害児福祉手当" if p.birth.year > 2004 else "特別障害者手当",
                      r.choice(["重度知的障害", "体幹機能障害1級", "両上下肢機能障害", "重症心身障害", "視覚障害1級"])])  # fmt: skip
        nums.append([pid, p.name(), random_my_number(r)])
    spec = DocSpec(sheets=[sheet("台帳", rows2, title="手当受給者台帳"), sheet("番号", nums, state="hidden")])
    docs.append(Doc(fam, "xlsx", 3, ["address", "health", "my_number", "name"], spec))

    # L3: LINE WORKS in cp932 — the reply gives a recipient's 市県民税 arrears
    p = ctx.person((1950, 1980))
    a, b = ctx.staff(), ctx.staff()
    lines = chat("lineworks", _day(ctx, 1, 8), [
        ("10:02", a, f"特別障害者手当の{p.name()}さん、口座の差押えの件で電話がありました"),
        ("10:06", b, f"税務課に確認しました。市県民税が{r.randint(2, 4)}年分滞納、{yen(r.randint(20, 90) * 10000)}円で督促中とのこと"),
        ("10:07", b, "手当は差押禁止なので、振込口座の変更を案内します"),
        ("10:15", a, "了解です。本人は寝たきりなので家族が来庁予定"),
    ], "手当係")  # fmt: skip
    docs.append(Doc(fam, "txt-cp932", 3, ["arrears", "health", "name"], DocSpec(paragraphs=lines)))

    # L3: 資格喪失 (所得超過) 通知 for a child, canvas PDF with digits set apart
    child = ctx.person((2008, 2018))
    ctx.urban(child)
    parent = f"{child.sei} {r.choice(MALE + FEMALE)[0]}"
    lines = [
        f">{ctx.city}障第{r.randint(3000, 3999)}号",
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{child.zip}  {ctx.city}{child.local()}"),
        f"{child.name()} 様（保護者 {parent} 様）",
        f">{ctx.city}長",
        "^障害児福祉手当 支給停止通知書",
        "所得状況届の審査の結果、扶養義務者の所得が限度額を超えるため、下記のとおり支給を停止します。",
        f"扶養義務者の所得額　{yen(r.randint(680, 900) * 10000)} 円（限度額 6,287,000 円）",
        "停止期間　令和 6 年 8 月分から令和 7 年 7 月分まで",
        "認定の障害：重度知的障害（療育手帳 A）",
    ]
    docs.append(Doc(fam, "pdf", 3, ["address", "health", "income", "name"], DocSpec(paragraphs=lines),
                    post=letter_pdf(lines)))  # fmt: skip
    return docs


# --- 相談支援・虐待通報 -----------------------------------------------------------------------------------
def soudan(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    fam = "soudan"
    docs: list[Doc] = []

    # L1: 指定特定相談支援事業所 一覧 — 法人番号 and 管理者 in role, pasted from column AD
    rows: list[list[Cell]] = [
        ["事業所名", "法人名", "法人番号", "所在地", "電話番号", "管理者", "相談支援専門員数", "指定日"]
    ]
    for i, hojin in enumerate(ctx.companies(len(HOJIN), HOJIN)):
        rows.append([f"相談支援センター{['ひだまり', 'こもれび', 'あゆみ', 'はばたき', 'かけはし', 'そよかぜ', 'のぞみ', 'たんぽぽ', 'ふれあい', 'あかね', 'ゆい', 'すてっぷ'][i]}",
                     hojin, random_corporate_number(r), ctx.biz_address(), ctx.tel(), ctx.staff(), r.randint(1, 5),
                     dt.date(r.randint(2012, 2024), r.randint(1, 12), 1)])  # fmt: skip
    spec = DocSpec(
        sheets=[sheet("事業所", far_right(rows, 29), first_row=5, title="指定特定相談支援事業所一覧")]
    )
    docs.append(Doc(fam, "xlsx", 1, ["corporate_number"], spec,
                    note="管理者 named in role at the office; 指定日 are not birth dates"))  # fmt: skip

    # L1: 虐待防止 leaflet
    spec = DocSpec(
        title="障害者虐待に気づいたら",
        paragraphs=[
            "障害者虐待には、身体的虐待、性的虐待、心理的虐待、放棄・放置（ネグレクト）、経済的虐待があります。",
            "虐待を受けたと思われる障害者を発見した人には、市町村への通報義務があります（障害者虐待防止法第7条）。",
            "通報した人の秘密は守られます。",
            f"{ctx.city}障害者虐待防止センター（{_section()}内）　電話 {ctx.office_phone(5)}（平日 8:30〜17:15）",
            f"夜間・休日　{ctx.office}代表 {ctx.office_phone(0)}",
        ],
    )
    docs.append(Doc(fam, "pdf", 1, [], spec))

    # L1: 研修 slides with masked cases
    spec = DocSpec(
        title="障害者虐待防止研修（事業所向け）",
        paragraphs=[
            "事例1：グループホーム入居者Ａさん（知的障害）への職員の暴言",
            "事例2：〇〇 〇〇 さんの年金を家族が使い込んだ経済的虐待",
            "通報から48時間以内の安全確認",
            "コア会議の開催と虐待の有無の判断",
            "身体拘束の3要件：切迫性・非代替性・一時性",
        ],
    )
    docs.append(Doc(fam, "pptx", 1, [], spec, note="masked cases (Ａさん, 〇〇 〇〇)"))

    # L1: 相談件数 統計 (ods)
    rows2: list[list[Cell]] = [["障害種別", "福祉サービス利用", "就労", "生活", "家族関係", "権利擁護", "計"]]
    for k in ("身体", "知的", "精神", "発達", "難病", "不明"):
        nums = [r.randint(0, 400) for _ in range(5)]
        rows2.append([k, *nums, sum(nums)])
    docs.append(Doc(fam, "ods", 1, [], DocSpec(sheets=[sheet("件数", rows2, title="基幹相談支援センター 相談件数（令和5年度）"),
                                                          sheet("虐待", [["年度", "通報", "認定"], ["R4", 14, 5], ["R5", 19, 7]])])))  # fmt: skip

    # L1: 自立支援協議会 委員名簿 (odt) — members in role
    members = [["区分", "氏名", "所属・役職"]]
    for role in ("会長", "副会長", "委員", "委員", "委員", "委員", "委員", "委員"):
        members.append(
            [
                role,
                ctx.staff(),
                f"{ctx.company(HOJIN)} {r.choice(['理事長', '施設長', '相談支援専門員', '事務局長'])}",
            ]
        )
    members.append(["委員", ctx.staff(), f"{ctx.districts()[0]}地区 民生委員・児童委員協議会 会長"])
    spec = DocSpec(title=f"{ctx.city}障害者自立支援協議会 委員名簿", tables=[members])
    docs.append(Doc(fam, "odt", 1, [], spec, note="members named in their role and affiliation"))

    # L2: a neighbour's complaint about a group home, signed at the end (residents not named)
    nb = ctx.person((1945, 1975))
    gh = f"グループホーム{r.choice(['あおば', 'すずらん', 'やまびこ'])}"
    paras = [
        f"{ctx.city}役所 {_section()} 御中",
        f"{gh}についてのお願い",
        "昨年春に近所にグループホームができました。入居者の方々とは挨拶もしており、特に問題はありません。",
        "ただ、送迎の車が朝7時台に家の前で長くアイドリングしており、排気ガスが気になります。",
        "事業所に伝えていただけないでしょうか。",
        f"{wareki(_day(ctx, 3, 20))}",
        f"住所 {nb.address()}",
        f"氏名 {nb.name()}",
        f"電話 {nb.phone}",
    ]
    docs.append(Doc(fam, "docx", 2, ["address", "name", "phone"], DocSpec(paragraphs=paras),
                    note="a neighbour's own letter; no resident of the home is named"))  # fmt: skip

    # L2: Teams — the complaint, the reply gives the neighbour's phone
    a, b = ctx.staff(), ctx.staff()
    lines = chat("teams", _day(ctx, 1, 6), [
        ("11:02", a, f"{gh}の近隣の{nb.name()}さんから、送迎車のアイドリングの件で再度電話ありました"),
        ("11:05", b, f"事業所には伝え済みです。{nb.sei}さんには私から折り返します。番号は {nb.phone} ですね"),
        ("11:06", a, "はい、そうです"),
    ], "相談支援係")  # fmt: skip
    docs.append(Doc(fam, "txt", 2, ["name", "phone"], DocSpec(paragraphs=lines)))

    # L2: the reply letter to the neighbour, canvas PDF with digits set apart
    ctx.urban(nb)
    lines = [
        f">{wareki(TODAY, 'spaced')}",
        spaced_digits(f"〒{nb.zip}"),
        spaced_digits(f"{ctx.city}{nb.local()}"),
        f"{nb.name()} 様",
        f">{ctx.city} {_section()}長",
        "^ご意見への回答",
        f"{gh}の送迎車両についてのご意見をいただき、ありがとうございました。",
        "事業所に対し、エンジンを停止して待機するよう指導し、改善する旨の回答を得ました。",
        f"担当　相談支援係　電話 {ctx.office_phone(5)}",
    ]
    docs.append(Doc(fam, "pdf", 2, ["address", "name"], DocSpec(paragraphs=lines), post=letter_pdf(lines)))

    # L2: 協議会 傍聴者 受付簿 (xls)
    rows = [["No", "氏名", "住所", "電話", "受付時刻"]]
    for i in range(r.randint(6, 10)):
        p = ctx.person()
        rows.append([str(i + 1), p.name(), p.address(), p.phone, f"13:{r.randint(10, 29)}"])
    docs.append(Doc(fam, "xls", 2, ["address", "name", "phone"],
                    DocSpec(sheets=[sheet("傍聴者", rows, title=f"自立支援協議会（{wareki(_day(ctx, 5, 40))}）傍聴者受付簿")])))  # fmt: skip

    # L2: 市民後見人 養成講座 受講者 (UTF-8 csv)
    rows = [["受講番号", "氏名", "ふりがな", "住所", "電話", "職業"]]
    for i in range(r.randint(12, 18)):
        p = ctx.person((1950, 1990))
        rows.append([f"K{i + 1:02d}", p.name(), p.kana, p.address(), p.phone, r.choice(["会社員", "無職", "自営業", "パート", "元教員"])])  # fmt: skip
    docs.append(Doc(fam, "csv", 2, ["address", "name", "phone"], DocSpec(sheets=[sheet("受講者", rows)])))

    # L3: 計画相談 利用者一覧 (cp932 csv) — more than 100 persons with the disability
    rows = [["利用者ID", "氏名", "カナ", "生年月日", "電話", "障害種別", "相談支援事業所", "モニタリング"]]
    for p in ctx.people(r.randint(103, 118), (1945, 2018)):
        rows.append([f"{r.randint(100000, 999999)}", p.name(), hankaku_kana(p.kana), ymd(p.birth), p.phone,
                     r.choice(["身体", "知的", "精神", "発達", "難病", "知的・精神"]), f"相談支援センター{r.choice(['ひだまり', 'こもれび', 'あゆみ'])}",
                     r.choice(["毎月", "3か月", "6か月"])])  # fmt: skip
    docs.append(
        Doc(
            fam,
            "csv-cp932",
            3,
            ["birth_date", "health", "name", "phone"],
            DocSpec(sheets=[sheet("利用者", rows)]),
        )
    )

    # L3: ケース記録 in prose — named once, the relapse comes paragraphs later
    p = ctx.person((1975, 1998))
    paras = [
        f"相談支援 ケース記録（{wareki(_day(ctx, 1, 10))}）",
        f"対象者　{p.name()}（{p.address()}）",
        "訪問者　基幹相談支援センター 相談員、市保健師",
        "本人宅を訪問。母が応対し、本人は自室にいた。",
        "母によれば、先月から夜間に外出することが増え、昼夜逆転の生活となっている。",
        "就労継続支援B型の通所は3週間休んでいる。事業所からも連絡があった。",
        "本人と短時間面談。表情は硬く、「隣の家から監視されている」との発言があった。",
        "母の話では、本人は2か月前から服薬を中断している。統合失調症の再燃が疑われるため、主治医への受診を勧めた。",
        "次回訪問は1週間後。母には緊急時の連絡先を伝えた。",
    ]
    docs.append(Doc(fam, "docx", 3, ["address", "health", "name"], DocSpec(paragraphs=paras)))

    # L3: relay log of a 虐待通報 — the victim named, the disability and injuries follow
    v = ctx.person((1980, 2000))
    a = ctx.staff()
    lines = chat("arrow", _day(ctx, 1, 5), [
        ("16:40", a, f"近隣住民から通報。{v.address()}の{v.name()}さん（{v.age()}歳）方から、連日怒鳴り声と物音がするとのこと"),
        ("16:48", ctx.staff(), f"{v.name()}さんは療育手帳B1、知的障害で通所先は市内の生活介護。兄と二人暮らし"),
        ("17:05", a, "通所先に確認。今朝、腕にあざが複数あり、本人は「お兄ちゃんに叩かれた」と話したとのこと"),
        ("17:10", ctx.staff(), "明朝、コア会議。安全確認は通所先で実施"),
    ], "虐待防止センター")  # fmt: skip
    docs.append(Doc(fam, "txt", 3, ["address", "health", "name"], DocSpec(paragraphs=lines)))

    # L3: Outlook — a 事業所 reports a suspected abuse; the quoted message names the user with injuries
    v = ctx.person((1960, 1995))
    mgr, staff = ctx.staff(), ctx.staff()
    office = ctx.company(HOJIN)
    lines = mail(
        f"{staff} <shogai-fukushi@city.example.lg.jp>",
        f"{office} {mgr} 様",
        "RE: 利用者の受傷について（報告）",
        f"{TODAY.year}/{TODAY.month}/{TODAY.day} 09:05",
        [
            "ご報告ありがとうございます。本日、事実確認のため訪問します。",
            "記録類（支援記録、勤務表）をご用意ください。",
            f"{_section()} {staff}",
        ],
        [
            (
                f"{mgr}（{office} 管理者）",
                f"{TODAY.year}/{TODAY.month}/{TODAY.day - 1} 18:22",
                "利用者の受傷について（報告）",
                [
                    f"当事業所の利用者 {v.name()} 様（{wareki(v.birth)}生）について報告します。",
                    "本日の入浴介助の際、右上腕と背中に複数の内出血を確認しました。",
                    "ご本人は重度の知的障害があり、受傷の経緯を説明することが難しい状況です。",
                    "看護師が確認し、整形外科を受診、右上腕骨の不全骨折との診断でした。",
                ],
            )
        ],
    )
    docs.append(Doc(fam, "txt", 3, ["birth_date", "health", "name"], DocSpec(paragraphs=lines)))
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [techo, kubun, iryo, hosogu, shuwa, teate, soudan]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, areas = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, areas)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set48", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
