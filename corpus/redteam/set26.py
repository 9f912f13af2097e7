"""Twenty-sixth red-team set (blind): the records, disclosure and information-security office of a city
(文書法制課 / 情報政策課).

``python -m corpus.redteam.set26 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build. Families follow the desk a document comes from: 情報公開請求 (``kokai``),
個人情報の開示・訂正・利用停止請求 (``kojin``), the 情報公開・個人情報保護審査会 (``shinsa``), 文書管理 — file standards,
disposal lists, 収受簿 and 公印 (``bunsho``), information-security incidents (``security``), access logs and the
terminal register (``tanmatsu``) and 住基ネット / 住民票の写し交付 (``juki``); each with its public look-alikes
(published statistics, 答申 with names removed, blank forms, 記入例, staff rosters, training slides with an
invented Aさん, file titles in registers).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise, including staff named in their role, companies, committee members, sample names in 記入例,
masked copies, file titles and published figures. ``types`` lists what a perfect reader reports about private
persons (plus ``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import (
    is_valid_my_number,
    kanji_number,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2626
VARIANT = "redteam26"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, short name for document numbers, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("群馬県", "桐生市", "0277", "桐", ["本町", "錦町", "末広町", "相生町", "広沢町", "境野町", "新里町新川*",
                                       "黒保根町水沼*"]),
    ("福井県", "越前市", "0778", "越", ["府中", "京町", "高瀬", "村国", "粟田部町*", "大滝町*", "家久町*"]),
    ("鹿児島県", "薩摩川内市", "0996", "薩", ["向田町", "御陵下町", "大小路町*", "平佐町*", "東郷町斧渕*",
                                            "樋脇町市比野*", "隈之城町*"]),
    ("北海道", "北見市", "0157", "北", ["北三条東", "春光町", "常盤町", "高栄東町", "端野町二区*",
                                      "留辺蘂町旭*"]),
    ("島根県", "出雲市", "0853", "出", ["今市町*", "塩冶町*", "大社町杵築南*", "斐川町直江*", "渡橋町*",
                                      "白枝町*", "天神町"]),
]  # fmt: skip
# requesters and writers who live elsewhere
OUTSIDE: list[tuple[str, str, list[str]]] = [
    ("東京都", "練馬区", ["豊玉北", "春日町", "石神井台"]),
    ("埼玉県", "所沢市", ["東町", "緑町", "小手指町"]),
    ("大阪府", "吹田市", ["千里山西", "江坂町", "豊津町"]),
    ("宮城県", "仙台市青葉区", ["国分町", "上杉", "木町通"]),
]
SURNAMES: list[tuple[str, str]] = [
    ("相馬", "そうま"), ("栗原", "くりはら"), ("鶴見", "つるみ"), ("桑原", "くわばら"), ("今泉", "いまいずみ"),
    ("堀江", "ほりえ"), ("白石", "しらいし"), ("榎本", "えのもと"), ("菊地", "きくち"), ("若林", "わかばやし"),
    ("秋山", "あきやま"), ("古川", "ふるかわ"), ("野口", "のぐち"), ("内田", "うちだ"), ("松下", "まつした"),
    ("市川", "いちかわ"), ("浅野", "あさの"), ("星野", "ほしの"), ("三浦", "みうら"), ("桜井", "さくらい"),
    ("小野寺", "おのでら"), ("佐々木", "ささき"), ("高橋", "たかはし"), ("渡部", "わたなべ"), ("菅原", "すがわら"),
    ("阿部", "あべ"), ("中島", "なかじま"), ("斎藤", "さいとう"), ("岡崎", "おかざき"), ("永井", "ながい"),
    ("柴田", "しばた"), ("平野", "ひらの"), ("岩田", "いわた"), ("大川", "おおかわ"), ("宮崎", "みやざき"),
    ("辻", "つじ"), ("関", "せき"), ("保坂", "ほさか"), ("栗城", "くりき"), ("我妻", "わがつま"),
    ("勅使河原", "てしがわら"), ("四十物", "あいもの"), ("小鳥遊", "たかなし"), ("百目鬼", "どうめき"),
    ("九十九", "つくも"), ("忽那", "くつな"), ("五百旗頭", "いおきべ"), ("東海林", "しょうじ"),
    ("生天目", "なまため"), ("釜萢", "かまやち"), ("鴨志田", "かもしだ"), ("薬師寺", "やくしじ"),
    ("御手洗", "みたらい"), ("鬼頭", "きとう"), ("錦織", "にしこり"), ("神門", "ごうど"), ("周藤", "すとう"),
    ("樋渡", "ひわたし"), ("上園", "うえぞの"), ("新納", "にいろ"), ("有働", "うどう"), ("帯刀", "たてわき"),
    ("春日", "かすが"), ("早川", "はやかわ"), ("北條", "ほうじょう"), ("能登谷", "のとや"), ("橋爪", "はしづめ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("健一", "けんいち"), ("誠", "まこと"), ("昭", "あきら"), ("進", "すすむ"), ("稔", "みのる"),
    ("忠", "ただし"), ("清", "きよし"), ("正和", "まさかず"), ("一郎", "いちろう"), ("翔", "しょう"),
    ("湊", "みなと"), ("恭平", "きょうへい"), ("信行", "のぶゆき"), ("雅史", "まさし"), ("哲也", "てつや"),
    ("慎吾", "しんご"), ("亘", "わたる"), ("一颯", "いぶき"), ("悠真", "ゆうま"), ("蒼", "あおい"),
    ("源太郎", "げんたろう"), ("久", "ひさし"), ("伸介", "しんすけ"), ("周平", "しゅうへい"), ("宗一", "そういち"),
    ("勘吉", "かんきち"), ("丈", "じょう"), ("直人", "なおと"), ("孝", "たかし"), ("篤", "あつし"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("陽菜", "ひな"), ("結衣", "ゆい"), ("紬", "つむぎ"), ("凛", "りん"), ("芽衣", "めい"),
    ("京子", "きょうこ"), ("恵子", "けいこ"), ("文子", "ふみこ"), ("弘子", "ひろこ"), ("裕子", "ゆうこ"),
    ("美奈子", "みなこ"), ("優子", "ゆうこ"), ("香織", "かおり"), ("綾乃", "あやの"), ("瑞穂", "みずほ"),
    ("千代", "ちよ"), ("ハル", "はる"), ("キヨ", "きよ"), ("琴音", "ことね"), ("希", "のぞみ"),
    ("心愛", "ここあ"), ("澪", "みお"), ("登美子", "とみこ"), ("早苗", "さなえ"), ("貴美", "きみ"),
    ("佳代", "かよ"), ("朋美", "ともみ"), ("萌", "もえ"), ("ゆかり", "ゆかり"), ("葵", "あおい"),
]  # fmt: skip
BUILDINGS = ["サンハイツ", "コーポ桜", "グランメール", "市営住宅", "パークサイド", "ロイヤルコート"]
COMPANIES: list[tuple[str, str, str]] = [
    ("株式会社", "北関東システムサービス", "システム開発"), ("株式会社", "ミライ情報センター", "電算処理"),
    ("有限会社", "早川文書保管", "文書保管"), ("株式会社", "アステル通信", "通信"),
    ("株式会社", "日本記録管理", "文書管理"), ("合同会社", "シティデータ研究所", "調査"),
    ("株式会社", "みどり印刷", "印刷"), ("株式会社", "東和セキュリティ", "情報セキュリティ"),
]  # fmt: skip
NEWSPAPERS = ["株式会社 地域日報社", "株式会社 みなと新聞社", "一般社団法人 県民放送"]
MAILDOMAINS = ["example.ne.jp", "mail.example.jp", "example.or.jp", "docomo.example.jp"]
DISABILITY = ["肢体不自由（下肢）3級", "視覚障害 2級", "内部障害（じん臓）1級", "聴覚障害 4級", "療育手帳 B",
              "精神障害者保健福祉手帳 2級", "肢体不自由（体幹）2級"]  # fmt: skip
ILLNESS = ["統合失調症", "うつ病", "糖尿病性腎症（人工透析）", "アルツハイマー型認知症", "脳梗塞後遺症",
           "双極性障害", "慢性閉塞性肺疾患"]  # fmt: skip
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 12)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SAMPLE_NAMES = ["公開 春子", "請求 一郎", "例示 次郎", "窓口 三郎"]


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, slash S48/03/05."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def failing_id(head: str, seq: int) -> str:
    """A 12-digit office number (year + code + serial) that fails the My Number check digit."""
    raw = f"{head}{seq:0{12 - len(head)}d}"
    return fail_check(raw) if is_valid_my_number(raw) else raw


def grouped(number: str, sep: str = " ") -> str:
    return sep.join([number[0:4], number[4:8], number[8:12]])


def sp(text: str) -> str:
    """Text as a justified PDF line comes out: every run of digits set apart by spaces."""
    return re.sub(r" {2,}", " ", re.sub(r"(\d+)", r" \1 ", text)).strip()


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    pref: str
    muni: str
    town: str
    lot: str
    phone: str
    local: bool = True

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref or not self.local else "") + self.muni + self.town + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    short: str
    towns: list[str]
    used: set[str] = field(default_factory=set)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return f"{self.ac}-{r.randint(21, 98)}-{r.randint(1000, 9999)}"

    def office(self, n: int = 0) -> str:
        return f"{self.ac}-22-{1111 + 37 * n:04d}"

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            base = f"{r.randint(1, 2999)}番地"
            return base + (f"{r.randint(1, 12)}" if r.random() < 0.35 else "")
        a, b, c = r.randint(1, 6), r.randint(1, 28), r.randint(1, 20)
        text = [
            f"{a}丁目{b}番{c}号",
            f"{a}-{b}-{c}",
            f"{kanji_number(a)}丁目{b}番{c}号",
            f"{a}丁目{b}-{c}".translate(FW),
        ][r.randint(0, 3)]
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 5)}0{r.randint(1, 8)}"
        return text

    def _name(self) -> tuple[str, str, str, str, str]:
        r = self.rng
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                return sei, mei, sk, mk, sex

    def person(self, born: tuple[int, int] = (1938, 2002), outside: float = 0.0) -> Person:
        r = self.rng
        sei, mei, sk, mk, sex = self._name()
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        if r.random() < outside:
            pref, muni, towns = r.choice(OUTSIDE)
            town = r.choice(towns)
            return Person(
                sei, mei, sk, mk, sex, birth, pref, muni, town, self.lot(town), self.phone(0.8), False
            )
        town = r.choice(self.towns)
        return Person(sei, mei, sk, mk, sex, birth, self.pref, self.city, town.rstrip("*"), self.lot(town),
                      self.phone())  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1938, 2002), outside: float = 0.0) -> list[Person]:
        return [self.person(born, outside) for _ in range(n)]

    def staff(self) -> str:
        sei, mei, _, _, _ = self._name()
        return f"{sei} {mei}"

    def email(self, p: Person) -> str:
        r = self.rng
        user = "".join(r.choice("abcdefghikmnorstuyz") for _ in range(r.randint(4, 8)))
        return f"{user}{r.choice(['', '.', '_'])}{r.randint(1, 99)}@{r.choice(MAILDOMAINS)}"

    def day(self, start: dt.date = dt.date(2024, 4, 1), end: dt.date = dt.date(2024, 10, 31)) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def company(self) -> tuple[str, str, str]:
        kind, name, trade = self.rng.choice(COMPANIES)
        return f"{kind}{name}", trade, random_corporate_number(self.rng)

    @property
    def bunsho(self) -> str:
        return f"{self.city} 総務部 文書法制課"

    @property
    def joho(self) -> str:
        return f"{self.city} 企画部 情報政策課"

    def docno(self, desk: str = "文法") -> str:
        return f"{self.short}{desk}第{self.rng.randint(120, 2400)}号"


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def rep_title(company: str) -> str:
    """How a company's representative is styled: 合同会社 have 代表社員, 有限会社 取締役."""
    return (
        "代表社員"
        if company.startswith("合同会社")
        else "取締役"
        if company.startswith("有限会社")
        else "代表取締役"
    )


def canvas_list(
    title: str,
    head: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    lead: Sequence[str] = (),
    tail: Sequence[str] = (),
    mono: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a landscape list printed from a core system: columns placed by x (or, with
    ``mono``, each row one line padded with spaces), a header line, ``n / N`` at the foot of every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        widths = [
            round((cols[i + 1][1] - x) / 8.5) if i + 1 < len(cols) else 0 for i, (_, x) in enumerate(cols)
        ]

        def line(values: Sequence[str]) -> str:
            return "".join(v + " " * max(1, widths[i] - len(v)) for i, v in enumerate(values)).rstrip()

        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawRightString(w - 36, h - 24, head)
            c.setFont(font, 12)
            c.drawString(40, h - 46, title)
            y = h - 66
            c.setFont(font, 8.5)
            if n == 1:
                for text in lead:
                    c.drawString(40, y, text)
                    y -= 13
            if mono:
                c.drawString(40, y, line([lbl for lbl, _ in cols]))
            else:
                for label, x in cols:
                    c.drawString(x, y, label)
            c.line(36, y - 4, w - 36, y - 4)
            y -= 15
            for row in chunk:
                if mono:
                    c.drawString(40, y, line(row))
                else:
                    for value, (_, x) in zip(row, cols, strict=False):
                        c.drawString(x, y, value)
                y -= 13.5
            if n == len(pages):
                y -= 6
                for text in tail:
                    c.drawString(40, y, text)
                    y -= 13
            c.setFont(font, 8)
            c.drawCentredString(w / 2, 20, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def canvas_letter(lines: Sequence[str], head: str = "") -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line: ``>`` right-aligns, ``^`` centres a title."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = A4
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        if head:
            c.setFont(font, 8)
            c.drawRightString(w - 40, h - 28, head)
        y = h - 64
        for text in lines:
            if y < 60:
                c.showPage()
                y = h - 64
            if text.startswith(">"):
                c.setFont(font, 10.5)
                c.drawRightString(w - 60, y, text[1:])
            elif text.startswith("^"):
                c.setFont(font, 14)
                c.drawCentredString(w / 2, y, text[1:])
                y -= 8
            else:
                c.setFont(font, 10.5)
                c.drawString(60, y, text)
            y -= 19 if text else 10
        c.showPage()
        c.save()

    return post


def sheet(name: str, rows: Sequence[Sequence[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=[list(r) for r in rows], **kw)  # type: ignore[arg-type]


# --- 情報公開請求 ---------------------------------------------------------------------------------------
SUBJECTS = [
    "令和5年度 公用車の運行記録", "市長交際費の支出に関する文書（令和5年度）", "○○小学校改築工事の設計業務委託契約書",
    "防災行政無線デジタル化事業の入札結果", "令和6年度 市議会政務活動費の収支報告書", "ごみ処理施設の排ガス測定結果",
    "保育所入所選考基準及び点数表", "市道○○線の道路改良工事に係る地元説明会記録", "職員採用試験の実施要領",
    "公共施設等総合管理計画の策定に係る会議録", "観光協会への補助金交付決定及び実績報告",
    "基幹系システム標準化に係る移行計画書", "空き家対策協議会の会議資料", "市営住宅の修繕工事に係る見積書",
]  # fmt: skip
KAS = ["総務課", "財政課", "管財課", "契約検査課", "道路維持課", "環境政策課", "保育課", "議会事務局", "情報政策課",
       "観光課", "建築住宅課", "職員課"]  # fmt: skip
DECISIONS = ["全部開示", "部分開示", "部分開示", "不開示（不存在）", "全部開示", "取下げ"]


def kokai(ctx: Ctx) -> list[Doc]:
    F = "kokai"
    r = ctx.rng
    docs: list[Doc] = []
    organs = ["市長", "教育委員会", "選挙管理委員会", "監査委員", "農業委員会", "固定資産評価審査委員会", "議会",
              "水道事業管理者"]  # fmt: skip
    stat: list[list[Cell]] = [
        ["実施機関", "請求件数", "全部開示", "部分開示", "不開示", "取下げ等", "審査請求"]
    ]
    for o in organs:
        n = r.randint(2, 160) if o == "市長" else r.randint(0, 24)
        full = r.randint(0, n // 2)
        part = r.randint(0, n - full)
        none = r.randint(0, n - full - part)
        stat.append([o, n, full, part, none, n - full - part - none, r.randint(0, 3) if n > 10 else 0])
    kinds: list[list[Cell]] = [["請求者の区分", "件数", "構成比"]]
    total = 0
    for k in ["市内在住の個人", "市外在住の個人", "法人その他の団体", "報道機関", "市議会議員"]:
        n = r.randint(3, 90)
        total += n
        kinds.append([k, n, None])
    for row in kinds[1:]:
        row[2] = f"{int(str(row[1])) * 100 / total:.1f}%"
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("実施状況", stat, title=f"令和5年度 {ctx.city}情報公開制度の運用状況（公表資料）"),
                sheet("請求者区分", kinds, title="請求者の区分別件数"),
                sheet("注記", [["※ 件数は請求書の受付件数。1件の請求で複数の実施機関にまたがる場合はそれぞれ計上。"],
                               [f"※ 問合せ先 {ctx.bunsho} 情報公開係 {ctx.office(1)}"]])],
        properties={"title": "情報公開制度運用状況"}),
        post=merge_xlsx({"注記": ["A1:G1", "A2:G2"]})))  # fmt: skip

    # a disclosed copy with the personal parts masked
    staff = ctx.staff()
    received = ctx.day()
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="市民の声 受付・対応記録票（写し）",
        header=f"部分公開（{wareki(received + dt.timedelta(days=40))}決定）{ctx.city}情報公開条例第7条第2号該当箇所を黒塗り",
        paragraphs=[
            f"受付日時：{wareki(received)} 10時20分　受付方法：電話",
            "申出者：■■ ■■ 様（■■町■丁目）",
            "連絡先：■■■-■■■■-■■■■",
            "件名：市道の側溝清掃及び街路樹の枝払いについて",
            "内容：自宅前の側溝に落ち葉が堆積し、雨天時にあふれる。■■■■■■■■■■■■■■■■。"
            "街路樹の枝が電線に接触しているので確認してほしい。",
            f"対応：道路維持課 主査 {staff} が同日現地確認。側溝清掃を委託業者へ指示済み。枝払いは電力会社へ連絡。",
            "回答：■■月■■日、申出者へ電話で結果を報告した。",
            f"決裁：道路維持課長　担当：{staff}",
        ]),
        note="a masked partial-disclosure copy: the resident's name, town and phone are ■■; only staff in role remain"))  # fmt: skip

    sample = SAMPLE_NAMES[0]
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="公文書公開請求書（記入例）",
        paragraphs=[f"{ctx.city}長 様", "※ 太枠内を記入してください。記入例の氏名・住所は架空のものです。",
                    "※ 請求日は窓口に提出する日、又は郵送の場合は投函する日を記入してください。"],
        tables=[[["請求日", "令和○年○月○日"], ["氏名又は名称", f"{sample}（記入例）"],
                 ["住所又は所在地", f"{ctx.city}○○町1丁目2番3号"], ["電話番号", "0000-00-0000"],
                 ["請求する公文書の件名又は内容", "令和5年度 ○○事業の業務委託契約書及び仕様書"],
                 ["公開の方法", "閲覧 ・ 写しの交付（郵送を希望する ・ しない）"]]],
        footer=f"{ctx.bunsho} 情報公開係 {ctx.office(1)}"),
        note="a 記入例: the requester is a sample name"))  # fmt: skip

    head = "202405"
    rows: list[list[Cell]] = [
        ["受付番号", "受付日", "請求者区分", "請求に係る公文書", "担当課", "決定日", "決定区分", "備考"]
    ]
    for i in range(16):
        d = ctx.day(dt.date(2024, 5, 1), dt.date(2024, 9, 30))
        dec = r.choice(DECISIONS)
        rows.append([failing_id(head, 300 + 11 * i + r.randint(0, 9)), ymd(d), r.choice(["個人", "個人", "法人", "報道"]),
                     r.choice(SUBJECTS), r.choice(KAS), "" if dec == "取下げ" else ymd(d + dt.timedelta(days=r.randint(8, 14))),
                     dec, "期間延長" if r.random() < 0.15 else ""])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("処理簿", rows)]),
                    note="受付番号 are 12-digit numbers failing the check digit; the dates are request and decision dates"))  # fmt: skip

    cname, _, cnum = ctx.company()
    rep = ctx.staff()
    docs.append(Doc(F, "docx", 1, ["corporate_number"], DocSpec(
        title="公文書部分公開決定通知書",
        paragraphs=[ctx.docno(), f"{wareki(ctx.day())}",
                    f"{cname}　{rep_title(cname)}　{rep}　様", f"（法人番号 {cnum}）",
                    f"{ctx.city}長",
                    "令和6年に請求のあった公文書について、下記のとおり部分公開することに決定したので通知します。",
                    f"1 公文書の件名　{r.choice(SUBJECTS)}",
                    "2 公開しない部分　入札参加者の見積単価、担当者印影",
                    "3 公開しない理由　条例第7条第3号（法人等の競争上の地位を害するおそれ）に該当",
                    "4 公開の日時・場所　別途調整のうえ、本庁舎3階 情報公開コーナー"]),
        note="a company and its representative named in role, with its 法人番号"))  # fmt: skip

    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="情報公開・個人情報保護制度 職員研修（基礎編）",
        paragraphs=[
            "不開示情報（個人に関する情報）：特定の個人を識別できる情報は原則不開示",
            "事例1：Aさん（市民）が、隣人Bさんの生活保護受給の有無を請求 → 存否応答拒否",
            "事例2：Cさんが自分の介護認定調査票を請求 → 情報公開ではなく個人情報開示請求で案内",
            "事例3：D社の入札見積書 → 法人の競争上の地位を害する部分のみ不開示",
            "黒塗りのポイント：氏名だけでなく、住所・電話・筆跡・特徴的な記述も確認",
            "決定期限：請求日の翌日から15日以内（延長は最大60日）",
            "よくある誤り：別紙・添付ファイル・PDFの注釈の黒塗り漏れ",
            "黒塗り後はPDFの文字情報が残っていないか必ず確認",
            "問合せ：文書法制課 情報公開係",
        ],
        notes=["事例の人物はすべて架空。実際の請求事案を研修資料に使わないこと。"]),
        note="training slides; Aさん/Bさん are invented"))  # fmt: skip

    p = ctx.person(outside=0.3)
    d = ctx.day(dt.date(2024, 6, 1))
    lines = [
        f">{sp(ctx.docno())}",
        f">{sp(wareki(d + dt.timedelta(days=12)))}",
        "",
        sp(p.address(with_pref=True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長",
        "",
        "^公文書公開決定通知書",
        "",
        sp(f"{wareki(d)}付けで請求のあった公文書については、次のとおり公開することに決定しましたので、"),
        f"{ctx.city}情報公開条例第11条第1項の規定により通知します。",
        "",
        f"1 公文書の件名　{r.choice(SUBJECTS)}",
        sp("2 公開の日時　令和6年" + f"{d.month + 1}月{r.randint(1, 28)}日 午前10時"),
        "3 公開の場所　本庁舎3階 情報公開コーナー",
        sp("4 写しの交付に要する費用　1枚10円（郵送の場合は郵送料を別途ご負担ください）"),
        "",
        sp(f"担当 {ctx.bunsho} 情報公開係 電話 {ctx.office(1)}"),
    ]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="公文書公開決定通知書"),
                    post=canvas_letter(lines)))  # fmt: skip

    reqs = ctx.people(14, outside=0.2)
    rows = [["受付日", "請求者氏名", "住所", "電話番号", "請求内容", "担当課", "決定日", "区分"]]
    for q in reqs:
        d = ctx.day()
        rows.append([d, q.name(), q.address(), q.phone, r.choice(SUBJECTS), r.choice(KAS),
                     d + dt.timedelta(days=r.randint(9, 15)), r.choice(DECISIONS)])  # fmt: skip
    cname2, _, _ = ctx.company()
    rows.insert(5, [ctx.day(), cname2, f"{ctx.city}本町2丁目4番8号", ctx.office(9), r.choice(SUBJECTS), "契約検査課",
                    ctx.day(), "部分開示"])  # fmt: skip
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(
        sheets=[sheet("R6受付簿", rows, title="令和6年度 公文書公開請求 受付簿", number_formats={0: "m/d", 6: "m/d"},
                      comments={(3, 3): "日中は携帯へ（本人希望）。固定電話は留守がち"})])))  # fmt: skip

    p = ctx.person()
    staff = ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(
        title="電話記録（補正の依頼）",
        paragraphs=[f"日時：{wareki(ctx.day())} 14:05", f"相手方：公文書公開請求者 {p.name()} 様（携帯 {p.phone}）",
                    f"対応者：文書法制課 {staff}",
                    "内容：請求書の「市の補助金に関する資料一式」では対象文書が特定できないため、補助金の名称と年度を確認。",
                    "→ 請求者より「令和4年度の自治会活動補助金の交付決定と実績報告」との回答。請求書の補正は窓口で当職が代筆し、",
                    "  請求者の了承を得た。決定期限は補正日から起算。",
                    "次回連絡：決定後、上記携帯へ"])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "会議チャット: 公開請求 R6-0213 対応 (Microsoft Teams エクスポート)",
        f"[09:12] {a}: 昨日の公開請求、請求者の{p.sei}さんに補正の連絡をしたいんですが、請求書の電話番号の桁が足りないです",
        f"[09:14] {b}: 受付のときのメモあります。{p.phone} です",
        f"[09:15] {a}: ありがとうございます。{p.name()}さんで合ってますよね？",
        f"[09:15] {b}: はい、{p.town}の{p.sei}さんです。夕方なら出られるそうです",
        f"[09:31] {a}: 連絡つきました。対象は令和5年度分だけでよいとのことです",
        f"[09:32] {b}: 👍"])))  # fmt: skip

    # masking missed on an attachment
    victims = ctx.people(3)
    tbl = [["整理番号", "滞納者氏名", "住所", "税目", "滞納額（円）", "差押物件"]]
    for i, v in enumerate(victims, 1):
        tbl.append([f"R5-差-{40 + i}", v.name(), v.address(), r.choice(["市県民税", "固定資産税", "国民健康保険税"]),
                    yen(r.randint(120, 2400) * 1000), r.choice(["預金債権", "給与債権", "生命保険解約返戻金"])])  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "arrears"], DocSpec(
        title="公文書（写し）　部分公開",
        header="部分公開 ※不開示部分は黒塗り",
        paragraphs=["件名：令和5年度 市税滞納処分（差押）の執行状況について（伺い）",
                    "納税課長　■■ ■■", "令和5年度における差押執行状況を別紙のとおり報告します。",
                    "差押件数 ■■件　うち預金債権 ■■件　給与債権 ■■件",
                    "別紙　差押執行一覧（令和5年10月分）"],
        tables=[tbl]),
        note="the cover page is masked but the 別紙 was left unmasked: named persons with their arrears"))  # fmt: skip

    rows = [["受付番号", "受付日", "請求者氏名", "住所", "電話番号", "請求内容", "決定"]]
    for y in range(1, 6):
        for i in range(r.randint(24, 30)):
            q = ctx.person(outside=0.15)
            d = dt.date(2018 + y, r.randint(4, 12), r.randint(1, 28))
            rows.append(
                [
                    f"R{y}-{i + 1:03d}",
                    d,
                    q.name(),
                    q.address(),
                    q.phone,
                    r.choice(SUBJECTS),
                    r.choice(DECISIONS),
                ]
            )
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "phone"], DocSpec(
        sheets=[sheet("R1-R5", rows, title="公文書公開請求 受付簿（令和元年度〜令和5年度 累積）",
                      number_formats={1: "yyyy/m/d"})])))  # fmt: skip

    p = ctx.person(born=(1950, 1985))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="公文書の写しの交付に係る費用の減免申請書",
        paragraphs=[f"{ctx.city}長 様", f"申請日　{wareki(ctx.day())}",
                    f"申請者　住所 {p.address()}", f"　　　　氏名 {p.name()}",
                    "次の理由により、公文書の写しの交付に係る費用の減免を申請します。",
                    f"減免を受けようとする理由：身体障害者手帳（{r.choice(DISABILITY[:4])}）を所持し、"
                    "就労できず収入が障害基礎年金のみであるため。",
                    "添付書類：身体障害者手帳の写し、年金額改定通知書の写し",
                    "（以下 市記入欄）減免　可 ・ 否　　確認者　文書法制課"]),
        note="the requester's own disability stated as the reason for a fee waiver"))  # fmt: skip

    paper = r.choice(NEWSPAPERS)
    rep = ctx.staff()
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title="公文書の公開の実施日時について（連絡）",
        paragraphs=[f"{paper} 報道部 記者 {rep} 様", f"{ctx.bunsho} 情報公開係",
                    f"{wareki(ctx.day())}付けで請求のありました「{r.choice(SUBJECTS)}」の公開について、"
                    "下記のとおり実施します。",
                    f"日時：{wareki(ctx.day(dt.date(2024, 11, 1), dt.date(2024, 11, 29)))} 午後2時から",
                    "場所：本庁舎3階 情報公開コーナー", "持参するもの：公開決定通知書",
                    f"連絡先：{ctx.office(1)}（内線 2315）"]),
        note="a reporter named in role at a newspaper; dates are request and viewing dates"))  # fmt: skip

    rows = [["収納日", "受付番号", "請求者氏名", "住所", "写し枚数", "金額（円）", "郵送料"]]
    for q in ctx.people(9, outside=0.3):
        n = r.randint(3, 140)
        rows.append([ctx.day(), f"R6-{r.randint(10, 260):04d}", q.name(), q.address(True), n, n * 10,
                     r.choice([0, 140, 180, 250])])  # fmt: skip
    docs.append(Doc(F, "ods", 2, ["name", "address"], DocSpec(
        sheets=[sheet("収納簿", rows, title="写しの交付手数料 収納簿（令和6年度）",
                      comments={(2, 6): "郵送料不足。差額を後日現金書留で受領"})])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    amount = r.randint(180, 980) * 1000 + r.randint(0, 9) * 100
    docs.append(Doc(F, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=[
        "#文書法制課-情報公開 (Slack エクスポート)",
        f"{a}  10:41",
        f"{p.name()}さん（R6-0188の請求者）から、納税課の自分に関する対応記録を全部出せと電話がありました。個人情報開示で案内しますか",
        f"{b}  10:44",
        f"自己情報なので開示請求ですね。納税課に聞いたら、{p.sei}さんは固定資産税 R3〜R5 で {yen(amount)}円 の滞納があって、",
        "分納誓約が守られていないので先月 預金の差押予告を出したところだそうです",
        f"{a}  10:46",
        "了解です。開示請求書を郵送します"])))  # fmt: skip
    return docs


# --- 個人情報の開示・訂正・利用停止 ------------------------------------------------------------------------
def kojin(ctx: Ctx) -> list[Doc]:
    F = "kojin"
    r = ctx.rng
    docs: list[Doc] = []
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="保有個人情報開示請求書",
        paragraphs=["様式第1号（第3条関係）", f"（宛先）{ctx.city}長", "年　　月　　日",
                    "個人情報の保護に関する法律第77条第1項の規定に基づき、下記のとおり保有個人情報の開示を請求します。"],
        tables=[[["氏名", ""], ["住所又は居所", "〒"], ["連絡先電話番号", ""],
                 ["開示を請求する保有個人情報", ""], ["開示の実施方法", "□閲覧　□写しの交付　□郵送"],
                 ["本人確認書類", "□運転免許証 □マイナンバーカード □旅券 □その他（　　）"],
                 ["代理人請求の場合", "□法定代理人　□任意代理人（委任状添付）"]]],
        footer="※ 太枠内のみ記入してください")))  # fmt: skip

    files = [
        (
            "市税滞納整理ファイル",
            "納税課",
            "市税の滞納整理",
            "氏名、住所、生年月日、税目、滞納額、差押物件",
            "約8,400人",
        ),
        (
            "国民健康保険被保険者ファイル",
            "保険年金課",
            "国保の資格管理・給付",
            "氏名、住所、生年月日、個人番号、所得",
            "約21,000人",
        ),
        (
            "身体障害者手帳交付台帳",
            "障がい福祉課",
            "手帳の交付",
            "氏名、住所、生年月日、障害名、等級",
            "約4,900人",
        ),
        (
            "住民基本台帳ファイル",
            "市民課",
            "住民の居住関係の公証",
            "氏名、住所、生年月日、性別、世帯主、個人番号",
            "約104,000人",
        ),
        (
            "要介護認定ファイル",
            "介護保険課",
            "要介護認定",
            "氏名、住所、生年月日、認定調査結果、主治医意見",
            "約7,200人",
        ),
        ("公文書公開請求者ファイル", "文書法制課", "請求の処理", "氏名、住所、電話番号、請求内容", "約600人"),
    ]
    rows: list[list[Cell]] = [
        ["個人情報ファイルの名称", "保有課", "利用目的", "記録項目", "記録範囲", "記録件数", "経常的提供先"]
    ]
    for name, ka, use, items, n in files:
        rows.append([name, ka, use, items, f"{ctx.city}の住民等", n, r.choice(["なし", "県", "国保連"])])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("ファイル簿", rows, title=f"{ctx.city} 個人情報ファイル簿（公表用）")]),
        note="a published register describing files (items and counts); it holds no records"))  # fmt: skip

    rows = [["区分", "令和3年度", "令和4年度", "令和5年度"]]
    cols_: list[list[int]] = []
    for _ in range(3):
        asked = r.randint(30, 120)
        full = r.randint(0, asked // 2)
        part = r.randint(0, asked - full)
        cols_.append(
            [asked, full, part, asked - full - part, r.randint(0, 9), r.randint(0, 4), r.randint(0, 3)]
        )
    for i, k in enumerate(
        ["開示請求", "うち全部開示", "うち部分開示", "うち不開示等", "訂正請求", "利用停止請求", "審査請求"]
    ):
        rows.append([k, *(c[i] for c in cols_)])
    docs.append(Doc(F, "ods", 1, [], DocSpec(
        sheets=[sheet("状況", rows, title="個人情報の開示請求等の処理状況")])))  # fmt: skip

    docs.append(Doc(F, "txt", 1, [], DocSpec(
        title="窓口マニュアル：開示請求時の本人確認",
        paragraphs=["1. 本人確認書類（1点でよいもの）：運転免許証、マイナンバーカード（個人番号カード）、旅券、在留カード",
                    "   ※ 通知カードは本人確認書類として使用不可。個人番号は控えない（書類の写しを取る場合は番号部分を遮蔽）",
                    "2. 2点必要なもの：健康保険の資格確認書、年金手帳、預金通帳 等から2点",
                    "3. 郵送請求：本人確認書類の写し＋住民票の写し（30日以内に作成されたもの）",
                    "4. 代理人：委任状（実印）＋印鑑登録証明書、又は法定代理人は戸籍謄本等",
                    "5. 確認した書類の種類と番号下4桁を受付簿に記録する",
                    f"問合せ：{ctx.bunsho} 個人情報保護係 {ctx.office(2)}"])))  # fmt: skip

    p = ctx.person(outside=0.2)
    docs.append(Doc(F, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="保有個人情報開示請求書",
        paragraphs=["様式第1号（第3条関係）", f"（宛先）{ctx.city}長", wareki(ctx.day())],
        tables=[[["氏名", p.name()], ["フリガナ", p.kana], ["生年月日", wareki(p.birth)],
                 ["住所又は居所", p.address(True)], ["連絡先電話番号", p.phone],
                 ["開示を請求する保有個人情報", "令和5年度に私が市民課に提出した転居届及びその処理に関する記録一式"],
                 ["開示の実施方法", "写しの交付（郵送）"], ["本人確認書類", "運転免許証"]]])))  # fmt: skip

    p = ctx.person(born=(1944, 1960))
    wrong = p.birth.replace(day=min(28, p.birth.day + 10))
    docs.append(Doc(F, "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="保有個人情報訂正請求書",
        paragraphs=[f"{ctx.city}長 様", wareki(ctx.day()),
                    f"請求者　{p.address()}　{p.name()}",
                    "次のとおり保有個人情報の訂正を請求します。",
                    "訂正を請求する保有個人情報：介護保険課が保有する私の被保険者資格情報",
                    f"訂正を求める内容：生年月日が「{wareki(wrong)}」と記録されているが、正しくは「{wareki(p.birth)}」である。",
                    "訂正の根拠：戸籍抄本（添付）"])))  # fmt: skip

    p = ctx.person()
    d = ctx.day()
    lines = [
        f">{sp(ctx.docno())}",
        f">{sp(wareki(d + dt.timedelta(days=14)))}",
        "",
        sp(p.address(True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長",
        "",
        "^保有個人情報開示決定通知書",
        "",
        sp(
            f"{wareki(d)}付けで請求のあった保有個人情報について、次のとおり開示することに決定したので通知します。"
        ),
        "",
        "1 開示する保有個人情報　市民課が保有する住民異動届（転入）及び処理記録",
        sp("2 開示の実施日時　令和6年11月28日 午前9時30分"),
        "3 開示の実施場所　本庁舎1階 市民課 相談室",
        sp(f"4 担当 {ctx.bunsho} 個人情報保護係 {ctx.office(2)}"),
    ]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="保有個人情報開示決定通知書"),
                    post=canvas_letter(lines)))  # fmt: skip

    rows = [["受付日", "請求者氏名", "生年月日", "確認書類", "番号下4桁", "確認者"]]
    for q in ctx.people(12):
        rows.append([ctx.day(), q.name(), q.birth, r.choice(["運転免許証", "マイナンバーカード", "旅券", "在留カード"]),
                     f"{r.randint(0, 9999):04d}", ctx.staff().split()[0]])  # fmt: skip
    docs.append(Doc(F, "xls", 2, ["name", "birth_date"], DocSpec(
        sheets=[sheet("本人確認", rows, title="開示請求 本人確認記録簿（令和6年度）")])))  # fmt: skip

    p = ctx.person(born=(1955, 1990))
    tbl = [["年度", "税目", "期別", "本税（円）", "延滞金（円）", "納付状況"]]
    for y in (2021, 2022, 2023):
        for ki in (1, 4, 8):
            tbl.append([f"{wareki(dt.date(y, 6, 1))[:4]}", "国民健康保険税", f"第{ki}期", yen(r.randint(18, 64) * 1000),
                        yen(r.randint(1, 90) * 100), r.choice(["未納", "未納", "一部納付"])])  # fmt: skip
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="保有個人情報の開示の実施について（国民健康保険税の納付状況）",
        paragraphs=[f"{p.address()}", f"{p.name()} 様", f"{ctx.city} 納税課",
                    "ご請求のありました保有個人情報（あなたの国民健康保険税の納付状況）を次のとおり開示します。",
                    "未納の期別については督促状を送付済みです。分納のご相談は納税課へ。"],
        tables=[tbl])))  # fmt: skip

    p = ctx.person(born=(1932, 1950))
    docs.append(Doc(F, "pdf", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="開示文書：要介護認定 認定調査票（概況調査）写し",
        header="保有個人情報 開示（写し） 介護保険課",
        paragraphs=[f"被保険者氏名：{p.name()}（{p.kana}）　生年月日：{wareki(p.birth)}（{p.age()}歳）",
                    f"現住所：{p.address()}",
                    f"調査日：{wareki(ctx.day())}　調査場所：自宅　調査員：介護保険課 認定調査員",
                    f"主訴・既往歴：{r.choice(ILLNESS[2:])}。令和5年に転倒し右大腿骨頸部骨折、手術後リハビリ中。",
                    "日常生活自立度：障害高齢者 A2　認知症高齢者 IIb",
                    "特記事項：夜間の排泄に一部介助。服薬管理は長女が実施。",
                    "一次判定結果：要介護2"])))  # fmt: skip

    p = ctx.person(born=(1960, 1995))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="保有個人情報訂正請求書",
        paragraphs=[f"{ctx.city}長 様", wareki(ctx.day()), f"請求者　住所 {p.address()}　氏名 {p.name()}",
                    "訂正を請求する保有個人情報：生活福祉課が保有する私のケース記録",
                    "訂正を求める箇所及び内容：別添のとおり", "添付：主治医の診断書"],
        textboxes=[f"訂正箇所：令和5年11月8日の記録「{ILLNESS[0]}の疑いあり、通院中断」",
                   f"→ 正しくは「適応障害により{ctx.city}内のメンタルクリニックに通院中（月2回）」"]),
        note="the requester's own diagnosis is in the text boxes"))  # fmt: skip

    p = ctx.person()
    mn = random_my_number(r)
    st = ctx.staff().split()[0]
    docs.append(Doc(F, "docx", 3, ["my_number", "name", "address"], DocSpec(
        title="保有個人情報利用停止請求書",
        header=f"受付 {ymd(ctx.day())}　番号確認済 {grouped(mn)}　（{st}）",
        paragraphs=[f"（宛先）{ctx.city}長", f"請求者 氏名 {p.name()}", f"住所 {p.address()}",
                    "利用の停止を請求する保有個人情報：市が保有する私の住民票情報のうち、転居前住所が外部に提供されていること",
                    "請求の理由：元配偶者に転居先を知られたくないため。",
                    "本人確認書類：マイナンバーカード（表・裏）"]),
        note="the My Number is in the page header, 4-4-4 and labelled only 番号確認済"))  # fmt: skip

    rows = [["受付番号", "受付日", "請求種別", "対象となる個人情報の種類", "所管課", "決定日", "決定"]]
    for i in range(18):
        d = ctx.day()
        rows.append([f"R6個-{i + 1:04d}", ymd(d), r.choice(["開示", "開示", "開示", "訂正", "利用停止"]),
                     r.choice(["住民異動届", "介護認定調査票", "課税資料", "ケース記録", "健診結果", "相談記録"]),
                     r.choice(["市民課", "介護保険課", "税務課", "生活福祉課", "健康づくり課"]),
                     ymd(d + dt.timedelta(days=r.randint(10, 30))), r.choice(["開示", "部分開示", "不開示", "訂正しない"])])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("一覧", rows)]),
                    note="no requester is named; the dates are request and decision dates"))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt-cp932", 2, ["name", "birth_date"], DocSpec(paragraphs=[
        "#個人情報保護係 (Slack エクスポート)",
        f"{a}  13:02",
        f"午後来庁予定の開示請求者 {p.name()}さん、郵送で来た請求書に生年月日が書いてないので窓口で確認お願いします",
        f"{b}  13:10",
        f"住基で確認しました。{wareki(p.birth)}生まれ、{p.age()}歳です。免許証と照合します",
        f"{a}  13:11",
        "ありがとうございます"])))  # fmt: skip

    rows = [["受付日", "氏名", "住所", "請求種別", "対象"]]
    for q in ctx.people(8):
        rows.append(
            [
                ymd(ctx.day()),
                q.name(),
                q.address(),
                r.choice(["開示", "訂正"]),
                r.choice(["住民票記載事項", "課税資料", "相談記録"]),
            ]
        )
    docs.append(Doc(F, "csv-cp932", 2, ["name", "address"], DocSpec(sheets=[sheet("受付", rows)])))
    return docs


# --- 審査会 ----------------------------------------------------------------------------------------------
def shinsa(ctx: Ctx) -> list[Doc]:
    F = "shinsa"
    r = ctx.rng
    docs: list[Doc] = []
    members = [
        (ctx.staff(), j) for j in ["弁護士", "大学教授（行政法）", "元小学校長", "司法書士", "社会福祉士"]
    ]
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title=f"{ctx.city}情報公開・個人情報保護審査会 答申第{r.randint(20, 60)}号",
        paragraphs=["第1 審査会の結論", "実施機関が行った部分開示決定は、妥当である。",
                    "第2 審査請求の経緯", "(1) 審査請求人は、令和5年8月21日、実施機関に対し、特定個人に係る苦情対応記録の開示を請求した。",
                    "(2) 実施機関は、令和5年9月4日、申出者の氏名、住所及び電話番号を不開示とする部分開示決定を行った。",
                    "(3) 審査請求人は、令和5年10月30日、当該決定の取消しを求めて審査請求を行った。",
                    "第3 審査会の判断", "不開示部分は、特定の個人を識別することができる情報であり、条例第7条第2号に該当する。",
                    "審査請求人は当該個人と面識があると主張するが、そのことをもって開示すべき理由とはならない。",
                    "第4 審査の経過", "令和6年1月16日 諮問　令和6年3月12日 審議　令和6年5月14日 答申",
                    "答申に関与した委員：" + "、".join(f"{n}（{j}）" for n, j in members[:3])]),
        note="a published 答申: the appellant is anonymised; committee members are named in role"))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title=f"第{r.randint(40, 90)}回 {ctx.city}情報公開・個人情報保護審査会 会議録（公開用）",
        paragraphs=[f"日時：{wareki(ctx.day())} 午後1時30分〜3時", "場所：本庁舎4階 第2会議室",
                    "出席委員：" + "、".join(n for n, _ in members), "事務局：文書法制課長、情報公開係長",
                    "議題1 諮問第○号（公文書部分公開決定に対する審査請求）について",
                    "（非公開審議のため概要のみ）実施機関から理由説明を聴取し、次回答申案を審議することとした。",
                    "議題2 令和5年度 制度運用状況の報告", "事務局より資料1に基づき報告。質疑なし。",
                    "次回：令和6年12月予定"]),
        note="public minutes: no appellant is named; members and staff in role"))  # fmt: skip

    rows: list[list[Cell]] = [["役職", "氏名", "職業等", "任期"]]
    for i, (n, j) in enumerate(members):
        rows.append(
            [
                "会長" if i == 0 else "会長職務代理者" if i == 1 else "委員",
                n,
                j,
                "令和5年4月1日〜令和7年3月31日",
            ]
        )
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("名簿", rows, title=f"{ctx.city}情報公開・個人情報保護審査会 委員名簿")]),
        note="committee members in role"))  # fmt: skip

    rows = [["答申番号", "諮問日", "答申日", "件名", "結論"]]
    for i in range(12):
        d = ctx.day(dt.date(2021, 4, 1), dt.date(2024, 6, 30))
        rows.append([f"答申第{30 + i}号", ymd(d), ymd(d + dt.timedelta(days=r.randint(60, 200))),
                     f"{r.choice(SUBJECTS)}の{r.choice(['部分公開', '非公開', '不存在'])}決定に対する審査請求",
                     r.choice(["妥当", "妥当", "一部取消し", "取消し"])])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("答申一覧", rows)])))

    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title="諮問書",
        paragraphs=[ctx.docno(), wareki(ctx.day()), f"{ctx.city}情報公開・個人情報保護審査会 会長 様", f"{ctx.city}長",
                    f"{ctx.city}情報公開条例第19条の規定に基づき、下記のとおり諮問します。",
                    "1 審査請求に係る処分　令和6年○月○日付け公文書部分公開決定",
                    "2 審査請求人　（個人のため記載省略。別途事務局で管理）",
                    "3 審査請求の趣旨　不開示部分の開示を求める",
                    "4 添付資料　審査請求書の写し（審査請求人の氏名等はマスキング済み）、弁明書、開示決定通知書の写し"]),
        note="the appellant is left out of the 諮問書"))  # fmt: skip

    p = ctx.person(outside=0.2)
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="審査請求書",
        paragraphs=[f"{ctx.city}長 様", wareki(ctx.day()),
                    f"審査請求人　住所 {p.address(True)}", f"　　　　　　氏名 {p.name()}　電話 {p.phone}",
                    "1 審査請求に係る処分：令和6年○月○日付けで行われた公文書部分公開決定",
                    "2 処分があったことを知った年月日：決定通知書の受領日",
                    "3 審査請求の趣旨：不開示とされた部分の開示を求める。",
                    "4 審査請求の理由：不開示とされた業者の見積単価は既に入札結果で公表されている。"])))  # fmt: skip

    p = ctx.person()
    lines = [
        f">{sp(ctx.docno())}",
        f">{sp(wareki(ctx.day()))}",
        "",
        sp(p.address(True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}情報公開・個人情報保護審査会",
        "",
        "^口頭意見陳述の実施について（通知）",
        "",
        "あなたから申立てのあった口頭意見陳述を、次のとおり実施します。",
        sp("日時 令和6年12月10日 午後2時00分から（20分程度）"),
        "場所 本庁舎4階 第2会議室",
        "当日は本通知書をお持ちください。補佐人を同伴する場合は事前にご連絡ください。",
        sp(f"事務局 {ctx.bunsho} 電話 {ctx.office(1)}"),
    ]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="口頭意見陳述の実施について"),
                    post=canvas_letter(lines)))  # fmt: skip

    p = ctx.person()
    docs.append(Doc(F, "txt-cp932", 2, ["name", "phone"], DocSpec(
        title="電話記録（審査会事務局）",
        paragraphs=[f"{wareki(ctx.day())} 15:40 受", f"審査請求人 {p.name()} 様より（折返し先 {p.phone}）",
                    "口頭意見陳述の日程について、平日午前は仕事のため午後を希望とのこと。",
                    "→ 会長と調整のうえ折り返す旨回答。", f"対応：{ctx.staff()}"])))  # fmt: skip

    p = ctx.person(born=(1960, 1990))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="審査会 会議録（非公開部分）",
        header="取扱注意 非公開審議",
        paragraphs=[f"諮問第{r.randint(20, 50)}号 審査請求人 {p.name()}（{p.address()}）",
                    f"案件：審査請求人本人に係る措置入院時の記録（{r.choice(['統合失調症', '双極性障害'])}）の部分開示決定",
                    "実施機関（障がい福祉課）説明：主治医の所見欄は、本人に開示すると治療に支障を及ぼすおそれがあるため不開示とした。",
                    "委員A：本人は退院後も通院を継続しており、病状は安定しているとの主治医意見書がある。",
                    f"委員B：{p.sei}氏の口頭意見陳述では、入院の経緯を知りたいとの強い希望があった。",
                    "結論：所見欄の一部を開示すべきとの方向で答申案を作成する。"])))  # fmt: skip

    p = ctx.person()
    amount = r.randint(300, 2600) * 1000
    docs.append(Doc(F, "odt", 3, ["name", "address", "arrears"], DocSpec(
        title="弁明書",
        paragraphs=[f"{ctx.city}情報公開・個人情報保護審査会 会長 様", f"処分庁 {ctx.city}長",
                    f"審査請求人 {p.name()}（{p.address()}）からの審査請求について、次のとおり弁明する。",
                    f"1 審査請求人は、令和2年度から令和5年度までの市県民税及び固定資産税 計{yen(amount)}円を滞納している。",
                    "2 審査請求人が開示を求める「滞納処分に係る財産調査の回答書」のうち、金融機関の担当者名及び第三者の口座情報は"
                    "条例第7条第2号に該当するため不開示とした。",
                    "3 よって、本件審査請求は棄却されるべきである。"])))  # fmt: skip

    cases = ctx.people(6, outside=0.2)
    visible: list[list[Cell]] = [["事件番号", "諮問日", "処分の内容", "担当", "進捗"]]
    contact: list[list[Cell]] = [["事件番号", "審査請求人", "住所", "電話", "備考"]]
    for i, q in enumerate(cases, 1):
        no = f"R6審-{i:02d}"
        visible.append([no, ctx.day(), r.choice(["部分公開", "不存在", "部分開示", "不開示"]), ctx.staff().split()[0],
                        r.choice(["審議中", "答申済", "口頭意見陳述待ち"])])  # fmt: skip
        contact.append([no, q.name(), q.address(True), q.phone, r.choice(["", "代理人あり", "郵送希望"])])
    docs.append(Doc(F, "xlsx", 2, ["name", "address", "phone"], DocSpec(
        sheets=[sheet("事件管理", visible, number_formats={1: "yyyy/m/d"}),
                sheet("連絡先", contact, state="hidden")]),
        note="appellants' contacts on a hidden sheet"))  # fmt: skip

    p = ctx.person(born=(1965, 1995))
    docs.append(Doc(F, "pdf", 3, ["name", "health"], DocSpec(
        title="答申（案）　※委員限り・公表前に匿名化すること",
        paragraphs=[f"審査請求人 {p.name()}", "第1 審査会の結論　実施機関の決定の一部を取り消す。",
                    f"第2 経緯　{p.sei}氏は、精神障害者保健福祉手帳（2級）の更新申請に際し提出した診断書の開示を請求した。",
                    f"診断書には「{r.choice(['うつ病', '双極性障害', '統合失調症'])}、就労困難」と記載されている。",
                    "第3 判断　本人が既に診断名を承知していることから、診断名欄を不開示とする理由はない。"]),
        note="the draft 答申 before anonymisation names the appellant and their diagnosis"))  # fmt: skip

    p = ctx.person()
    rows = [
        ["年月日", "経過", "金額（円）"],
        [wareki(dt.date(2021, 5, 31)), "令和3年度 固定資産税 第1期 納期限", None],
    ]
    total = 0
    for d, what in [
        (dt.date(2021, 7, 20), "督促状発送"),
        (dt.date(2022, 3, 1), "催告書発送"),
        (dt.date(2023, 6, 12), "財産調査（預金照会）"),
        (dt.date(2024, 2, 5), "差押予告書発送"),
    ]:
        amt = r.randint(60, 400) * 1000
        total += amt
        rows.append([wareki(d), what, yen(total)])
    rows.append([f"滞納者 {p.name()} 滞納額合計（延滞金除く）", None, yen(total)])
    docs.append(Doc(F, "xlsx", 3, ["name", "arrears"], DocSpec(
        sheets=[sheet("資料3", rows, title="資料3 処分庁提出資料：滞納整理の経過")]),
        post=merge_xlsx({"資料3": [f"A{len(rows) + 2}:B{len(rows) + 2}"]})))  # fmt: skip
    return docs


# --- 文書管理 --------------------------------------------------------------------------------------------
FILE_TITLES = [
    ("納税課", "令和5年度 滞納整理簿", "10年"), ("納税課", "令和5年度 差押調書綴", "10年"),
    ("障がい福祉課", "身体障害者手帳交付台帳（令和5年度）", "30年"), ("障がい福祉課", "精神障害者保健福祉手帳 申請書綴", "5年"),
    ("保険年金課", "国民健康保険税 減免申請書綴", "5年"), ("市民課", "住民票の写し等交付請求書綴（第三者）", "5年"),
    ("市民課", "戸籍届書 受理綴", "10年"), ("生活福祉課", "生活保護ケース記録（廃止分）", "5年"),
    ("文書法制課", "公文書公開請求書綴", "5年"), ("文書法制課", "例規審査 伺い綴", "30年"),
    ("情報政策課", "端末管理台帳", "常用"), ("情報政策課", "住基ネット アクセスログ 点検記録", "7年"),
    ("職員課", "職員健康診断結果綴", "5年"), ("契約検査課", "入札参加資格審査 申請書綴", "5年"),
]  # fmt: skip


def bunsho(ctx: Ctx) -> list[Doc]:
    F = "bunsho"
    r = ctx.rng
    docs: list[Doc] = []
    rows: list[list[Cell]] = [
        ["大分類", "中分類", "所管課", "ファイル名", "保存期間", "保存場所", "廃棄方法"]
    ]
    for ka, title, keep in FILE_TITLES:
        rows.append([r.choice(["税務", "福祉", "住民", "総務", "情報"]), r.choice(["台帳", "申請", "処分", "点検"]),
                     ka, title, keep, r.choice(["課内書庫", "地下書庫", "外部倉庫"]), r.choice(["溶解", "裁断", "移管"])])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("基準表", rows, title="令和6年度 ファイル基準表（全庁）")]),
        post=merge_xlsx({"基準表": ["A4:A6", "A8:A9"]}),
        note="file titles naming 滞納 or 手帳 are titles of files, not data about anyone"))  # fmt: skip

    rows = [["文書管理番号", "所管課", "ファイル名", "作成年度", "保存期間", "満了日", "廃棄日", "立会者"]]
    for i, (ka, title, keep) in enumerate(FILE_TITLES * 2):
        if keep == "常用":
            continue
        rows.append([failing_id("2018", 4100 + 17 * i + r.randint(0, 9)), ka, title.replace("令和5年度", "平成30年度"),
                     "平成30年度", keep, "2024/03/31", ymd(ctx.day(dt.date(2024, 6, 1), dt.date(2024, 7, 31))),
                     "文書法制課 " + ctx.staff().split()[0]])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("廃棄目録", rows)]),
                    note="文書管理番号 are 12-digit numbers failing the check digit; titles are not data"))  # fmt: skip

    rows = [["押印日", "文書番号", "件名", "発送先", "公印の種類", "使用者", "承認者"]]
    for _ in range(14):
        rows.append([ctx.day(), ctx.docno(r.choice(["文法", "情政", "市民"])),
                     r.choice(["照会について（回答）", "委託契約書", "補助金交付申請書", "調査への回答", "会議の開催について（通知）"]),
                     r.choice([f"{ctx.pref}総務課", f"{ctx.pref}市町村課", "総務省自治行政局", ctx.company()[0], "地方公共団体情報システム機構"]),
                     r.choice(["市長印", "市長職務代理者印", "契約専用印"]), ctx.staff(), "文書法制課長"])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(
        sheets=[sheet("公印使用簿", rows, title="公印使用簿（令和6年度）")]),
        note="staff in role; addressees are offices and companies"))  # fmt: skip

    cname, _trade, cnum = ctx.company()
    rep = ctx.staff()
    docs.append(Doc(F, "docx", 1, ["corporate_number"], DocSpec(
        title="文書管理システム保守業務委託契約書",
        paragraphs=[f"委託者 {ctx.city}（以下「甲」という。）と受託者 {cname}（以下「乙」という。）は、次のとおり契約を締結する。",
                    "第1条 業務名 文書管理システム保守業務", "第2条 履行期間 令和6年4月1日から令和7年3月31日まで",
                    f"第3条 契約金額 金{yen(r.randint(200, 900) * 10000)}円（うち消費税額及び地方消費税額 金{yen(r.randint(20, 80) * 10000)}円）",
                    "第4条 乙は、個人情報の取扱いについて別記「個人情報取扱特記事項」を遵守しなければならない。",
                    f"甲 {ctx.city}長", f"乙 {cname} {rep_title(cname)} {rep}", f"法人番号 {cnum}"]),
        note="a contract with a company (its 法人番号) and its representative in role"))  # fmt: skip

    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="文書管理の基礎 ― 新規採用職員研修",
        paragraphs=["公文書とは：職員が職務上作成・取得し、組織的に用いるもので、市が保有しているもの",
                    "収受：到達した文書は文書収受簿に登録し、収受印を押す",
                    "起案・決裁：電子決裁を原則とする",
                    "保存期間：ファイル基準表で定める（1年・3年・5年・10年・30年・常用）",
                    "廃棄：保存期間満了後、廃棄目録を作成して文書法制課の確認を受ける",
                    "個人情報を含む文書の廃棄は溶解処理。シュレッダー処理の場合は立会い",
                    "例：Aさんの申請書を誤ってリサイクルごみに出した → 情報セキュリティ事故として報告"]),
        note="training slides; Aさん is invented"))  # fmt: skip

    rows = [["移管番号", "旧所管課", "簿冊名", "作成年", "冊数", "利用制限"]]
    for i, t in enumerate(["昭和40年 市町村合併関係綴", "昭和52年 戦没者遺族名簿", "昭和59年 市営住宅入居者選考記録",
                           "平成元年 大雨災害 被災者台帳", "平成7年 市政モニター名簿", "平成17年 合併協議会会議録",
                           "平成23年 東日本大震災 避難者受入記録"], 1):  # fmt: skip
        rows.append([f"移-{2024}-{i:03d}", r.choice(["総務課", "社会福祉課", "建築住宅課", "防災課"]), t,
                     t[:5], r.randint(1, 12), r.choice(["一部利用制限（個人情報）", "なし", "全部利用制限"])])  # fmt: skip
    docs.append(Doc(F, "ods", 1, [], DocSpec(
        sheets=[sheet("移管リスト", rows, title="特定歴史公文書等 移管予定リスト")]),
        note="titles of files (名簿, 台帳) moved to the archives; no records"))  # fmt: skip

    senders = ctx.people(12, outside=0.25)
    rows = [["収受番号", "収受日", "差出人", "差出人住所", "件名", "配付先", "処理"]]
    for i, q in enumerate(senders, 1):
        rows.append(
            [
                i,
                ctx.day(dt.date(2024, 10, 1), dt.date(2024, 10, 31)),
                q.name(),
                q.address(True),
                r.choice(
                    [
                        "公園の遊具についての要望",
                        "ごみ集積所の移設について",
                        "市長への手紙",
                        "道路の補修依頼",
                        "騒音に関する苦情",
                        "図書館の開館時間について",
                    ]
                ),
                r.choice(KAS),
                r.choice(["回答済", "回答不要", "対応中"]),
            ]
        )
    rows.insert(
        4,
        [
            0,
            ctx.day(dt.date(2024, 10, 1), dt.date(2024, 10, 31)),
            f"{ctx.pref}総務部市町村課",
            "（県庁）",
            "調査依頼",
            "文書法制課",
            "回答済",
        ],
    )
    rows[1:] = sorted(rows[1:], key=lambda row: str(row[1]))
    for i, row in enumerate(rows[1:], 1):
        row[0] = f"R6-10-{i:03d}"
    docs.append(Doc(F, "xlsx", 2, ["name", "address"], DocSpec(
        sheets=[sheet("収受簿", rows, title="文書収受簿（市民等からの文書）令和6年10月", number_formats={1: "m/d"})]),
        post=merge_xlsx({"収受簿": ["F4:F5", "G6:G7"]})))  # fmt: skip

    rows = [["発送日", "種別", "お問合せ番号", "宛名", "送付先住所", "内容物", "担当課"]]
    for q in ctx.people(10, outside=0.2):
        rows.append([ctx.day(), r.choice(["簡易書留", "特定記録", "本人限定受取"]),
                     grouped(failing_id(str(r.randint(1000, 9999)), r.randint(0, 99999999)), "-"),
                     f"{q.name()} 様", q.address(True), r.choice(["開示決定通知書", "公開決定通知書", "諮問通知", "写し"]),
                     "文書法制課"])  # fmt: skip
    docs.append(Doc(F, "ods", 2, ["name", "address"], DocSpec(
        sheets=[sheet("発送簿", rows, title="書留郵便 発送簿")])))  # fmt: skip

    p = ctx.person()
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="要望書（収受 写し）",
        header=f"収受 {ymd(ctx.day())} 第{r.randint(100, 900)}号 文書法制課",
        paragraphs=[f"{ctx.city}長 様", f"{p.address()}", f"{p.name()}（電話 {p.phone}）",
                    "市のホームページで公開されている会議録が、何年分も更新されていません。",
                    "せめて審議会の会議録は開催後1か月以内に掲載していただくよう要望します。",
                    "回答は文書で上記住所にお願いします。"])))  # fmt: skip

    rows2 = []
    for i in range(114):
        q = ctx.person(outside=0.1)
        rows2.append([f"{i + 1:05d}", ymd(ctx.day(dt.date(2023, 4, 1), dt.date(2024, 3, 31))), q.name(),
                      q.address(True), r.choice(["市長への手紙", "要望書", "苦情", "照会", "申出書", "陳情書"]),
                      r.choice(KAS)])  # fmt: skip
    rows2.sort(key=lambda x: x[1])
    cols = [("収受番号", 40), ("収受日", 100), ("差出人", 165), ("住所", 255), ("種別", 540), ("配付先", 620)]
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="文書収受簿"),
                    post=canvas_list("文書収受簿（市民等からの文書）令和5年度", f"文書管理システム 出力 {ymd(TODAY)}",
                                     cols, rows2, 30, tail=[f"件数 {len(rows2)}件"]),
                    note="114 private senders with addresses"))  # fmt: skip

    shown: list[list[Cell]] = [["ファイル名", "所管課", "確認結果"]]
    for ka, title, _ in FILE_TITLES[:6]:
        shown.append([title, ka, "廃棄可"])
    pasted: list[list[Cell]] = [["滞納者氏名", "住所", "税目", "年度", "滞納額"]]
    for q in ctx.people(9):
        pasted.append([q.name(), q.address(), r.choice(["市県民税", "固定資産税", "軽自動車税"]), r.choice(["R1", "R2", "R3"]),
                       r.randint(20, 800) * 1000])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(
        sheets=[sheet("廃棄確認", shown, title="廃棄前確認チェックシート"),
                sheet("Sheet2", pasted, state="hidden", number_formats={4: "#,##0"})]),
        note="the visible sheet lists file titles; a hidden sheet keeps a pasted arrears list"))  # fmt: skip

    docs.append(Doc(F, "txt", 1, [], DocSpec(
        title="地下書庫 保存箱ラベル一覧（令和6年度 棚卸し）",
        paragraphs=[f"箱{i:03d}\t{ka}\t{t}\t{k}\t棚{r.choice('ABCD')}-{r.randint(1, 12)}" for i, (ka, t, k) in enumerate(FILE_TITLES, 1)]
        + ["※ 箱の中身の確認は所管課立会いのもとで行うこと"]),
        note="box labels carry file titles only"))  # fmt: skip

    lost = ctx.people(6)
    tbl = [["No", "氏名", "障害の種別・等級", "交付年月日"]]
    for i, q in enumerate(lost, 1):
        tbl.append(
            [
                str(i),
                q.name(),
                r.choice(DISABILITY),
                wareki(ctx.day(dt.date(2020, 4, 1), dt.date(2021, 3, 31))),
            ]
        )
    docs.append(Doc(F, "odt", 3, ["name", "health"], DocSpec(
        title="保存期間満了前の公文書の誤廃棄について（報告）",
        paragraphs=["障がい福祉課長 → 総務部長", "1 概要 保存期間30年の「身体障害者手帳交付台帳（令和2年度分）」の一部（6名分）を、"
                    "保存期間5年の申請書綴と誤認し溶解処理した。", "2 判明の経緯 手帳再交付申請時に台帳が見当たらず判明。",
                    "3 該当者 下表のとおり（交付記録はシステムで復元可能）", "4 再発防止 保存箱ラベルへの保存期間の明記"],
        tables=[tbl])))  # fmt: skip

    p = ctx.person(born=(1955, 1985))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="市長への手紙（収受 写し）",
        header=f"収受 第{r.randint(1000, 3000)}号",
        paragraphs=[f"{ctx.city}長 様", "突然のお手紙失礼いたします。",
                    f"私は{r.choice(['うつ病', '双極性障害', 'パニック障害'])}で三年前から通院しており、"
                    "窓口で長く待たされると具合が悪くなってしまいます。",
                    "市役所の窓口に、体調の悪い人が座って待てる場所を作っていただけないでしょうか。",
                    f"{p.address()}　{p.name()}"])))  # fmt: skip

    p = ctx.person()
    d = ctx.day()
    old = r.choice(ctx.towns)
    lines = [
        f">{sp(wareki(d))}",
        f"{ctx.bunsho} 御中",
        "",
        "^送付先変更のお願い",
        "",
        "公文書公開請求の決定通知の送付先を、次のとおり変更してください。",
        sp(f"旧住所 {ctx.city}{old}{ctx.lot(old)}".replace("*", "")),
        sp(f"新住所 {p.address()}"),
        sp(f"請求日 {wareki(d - dt.timedelta(days=9))}（受付番号 R6-{r.randint(100, 400)}）"),
        "",
        f">{p.name()}",
    ]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="送付先変更のお願い"),
                    post=canvas_letter(lines)))  # fmt: skip
    return docs


# --- 情報セキュリティ事故 --------------------------------------------------------------------------------
def security(ctx: Ctx) -> list[Doc]:
    F = "security"
    r = ctx.rng
    docs: list[Doc] = []
    stats = [(k, r.randint(0, 14), r.randint(0, 14)) for k in ["メール誤送信", "郵便物の誤送付", "FAX誤送信",
                                                                "紛失・盗難", "不正アクセス", "ウイルス感染", "誤廃棄"]]  # fmt: skip
    docs.append(Doc(F, "pptx", 1, [], DocSpec(
        title="令和5年度 情報セキュリティインシデント発生状況",
        paragraphs=[f"全体件数：{sum(a for _, a, _ in stats)}件（前年度 {sum(b for _, _, b in stats)}件）",
                    "最多は郵便物の誤送付：封入時のダブルチェック漏れ", "メール誤送信：BCCとCCの取り違え",
                    "再発防止：外部宛メールの送信保留（5分）を全庁導入"],
        tables=[[["種別", "令和5年度", "令和4年度"]] + [[k, str(a), str(b)] for k, a, b in stats]],
        footer=f"{ctx.joho} 情報セキュリティ担当")))  # fmt: skip

    rows: list[list[Cell]] = [["部名", "対象者数", "開封者数", "開封率", "報告者数", "報告率"]]
    for b in ["総務部", "企画部", "市民生活部", "健康福祉部", "建設部", "教育委員会事務局", "上下水道局"]:
        n = r.randint(40, 220)
        o = r.randint(0, n // 4)
        rep_ = r.randint(n // 3, n)
        rows.append([b, n, o, f"{o * 100 / n:.1f}%", rep_, f"{rep_ * 100 / n:.1f}%"])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("結果", rows, title="令和6年度 標的型攻撃メール訓練 結果（部別）")])))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="情報セキュリティ研修資料 ― 事例から学ぶ",
        paragraphs=["事例1：職員Aが、イベント参加者へ案内メールを送る際、宛先をBCCではなくTOに入力。参加者40名のアドレスが相互に表示された。",
                    "事例2：職員Bが、Cさん宛の通知をDさんの封筒に封入。Dさんからの電話で判明。",
                    "事例3：持ち出し禁止の会議資料を私物USBに保存し、電車内で紛失。",
                    "ポイント：送信前の宛先確認、封入時の読み合わせ、外部記録媒体は許可品のみ。",
                    "※ 事例の人物はすべて架空です。"]),
        note="training material with invented staff and residents"))  # fmt: skip

    st = ctx.staff()
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="外部記録媒体の紛失について（報告）",
        paragraphs=["報告者：企画部 情報政策課長", f"発生日：{wareki(ctx.day())}",
                    f"概要：情報政策課 主任 {st} が、庁内会議のため持ち出した許可USBメモリ（管理番号 USB-0{r.randint(10, 99)}）を紛失した。",
                    "保存内容：システム標準化 移行スケジュール（案）、会議次第。個人情報は含まれていない。",
                    "暗号化：有（パスワード保護）",
                    "対応：警察へ遺失届提出。翌日、会議室の椅子の下で発見。",
                    "再発防止：媒体の持出簿への返却時刻の記入を徹底"]),
        note="the lost medium held no personal data; staff named in role"))  # fmt: skip

    n_mail = r.randint(30, 60)
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="報道発表資料　個人情報を含むメールの誤送信について",
        paragraphs=[f"{wareki(ctx.day())}　{ctx.city}",
                    f"本市が主催する講座の参加者へ案内メールを送信した際、宛先をBCCとすべきところTOで送信したため、"
                    f"参加者{n_mail}名のメールアドレスが他の受信者に表示されました。",
                    "氏名、住所、電話番号等の流出はありません。",
                    "該当する皆様には、お詫びとメールの削除をお願いしました。現時点で二次被害の報告はありません。",
                    "再発防止策として、外部宛の一斉送信はメール配信システムを用いることとしました。",
                    f"問合せ先：{ctx.joho} {ctx.office(3)}"]),
        note="a press release giving counts only"))  # fmt: skip

    p = ctx.person()
    lines = [
        f">{sp(wareki(ctx.day()))}",
        "",
        sp(p.address(True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長",
        "",
        "^書類の誤送付についてのお詫び",
        "",
        sp(
            f"令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日に本市から発送した「保育施設利用調整結果通知」において、"
        ),
        "あなた様宛の通知を、誤って別の方の封筒に封入して送付いたしました。",
        "誤送付先の方からは書類を回収し、他に開封・複写されていないことを確認しております。",
        "このたびは多大なご迷惑をおかけし、深くお詫び申し上げます。",
        "",
        sp(f"担当 保育課 電話 {ctx.office(4)}"),
    ]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="お詫び"), post=canvas_letter(lines)))

    rows = [["No", "氏名", "メールアドレス", "電話番号", "連絡状況", "削除確認"]]
    for i, q in enumerate(ctx.people(15), 1):
        rows.append(
            [
                i,
                q.name(),
                ctx.email(q),
                q.phone,
                r.choice(["お詫び済", "お詫び済", "不在"]),
                r.choice(["済", "未"]),
            ]
        )
    docs.append(Doc(F, "xlsx", 2, ["name", "phone"], DocSpec(
        sheets=[sheet("対象者", rows, title="メール誤送信 対象者一覧（お詫び連絡用）",
                      comments={(5, 4): "3回架電して不在。手紙でお詫びを送付予定"})])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "address"], DocSpec(paragraphs=[
        "LINE WORKS トーク履歴「誤送付対応」",
        f"2024/{r.randint(6, 10)}/{r.randint(1, 28)}",
        f"{a} → 誤送付の件、戻ってきた封筒の本来の宛先は {p.name()}さんです",
        f"{b} → 住所どこでしたっけ",
        f"{a} → {p.address()} です。今日中にお詫びに伺います",
        f"{b} → 了解、課長に報告しておきます"])))  # fmt: skip

    tb = [f"{q.name()}　{q.phone}" for q in ctx.people(6)]
    docs.append(Doc(F, "docx", 2, ["name", "phone"], DocSpec(
        title="外部記録媒体の紛失について（第1報）",
        paragraphs=["報告者：市民生活部 生涯学習課", f"発生日：{wareki(ctx.day())}",
                    "概要：公民館講座の受付用に持ち出したUSBメモリを紛失。",
                    "保存内容：講座申込者名簿（氏名・電話番号）6名分。下記枠内のとおり。", "暗号化：無"],
        textboxes=["紛失媒体の内容（申込者名簿）", *tb])))  # fmt: skip

    pasted: list[list[Cell]] = [["氏名", "住所", "税目", "期別", "滞納額", "最終催告日"]]
    for q in ctx.people(12):
        pasted.append([q.name(), q.address(), r.choice(["市県民税", "固定資産税", "国民健康保険税"]),
                       f"R{r.randint(3, 5)}-{r.randint(1, 8)}", r.randint(10, 600) * 1000, ctx.day()])  # fmt: skip
    far = [[None] * 27 + row for row in pasted]
    summary: list[list[Cell]] = [["項目", "内容"], ["発生日", ctx.day()], ["概要", "外部の税理士事務所宛のメールに、滞納者一覧を誤って添付"],
                                 ["対象者数", len(pasted) - 1], ["対応", "相手方に削除を依頼し削除済の回答を受領"]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["name", "address", "arrears"], DocSpec(
        sheets=[sheet("事故報告", [*summary, [], *far], number_formats={27 + 4: "#,##0", 27 + 5: "yyyy/m/d"})]),
        note="the report keeps the mis-sent arrears list pasted far right (from column AB)"))  # fmt: skip

    rows2 = []
    for _ in range(126):
        q = ctx.person()
        rows2.append([f"{r.randint(100000, 999999):010d}", q.name(), q.address(), "市県民税 税額決定通知書"])
    cols = [("宛名番号", 40), ("氏名", 140), ("住所", 240), ("送付物", 560)]
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="誤送付 対象者一覧"),
                    post=canvas_list("封入誤り 影響範囲 対象者一覧（一括印刷分）", f"基幹系 宛名システム 抽出 {ymd(TODAY)}",
                                     cols, rows2, 32, lead=["封入封緘機の設定誤りにより、次の各人の通知書が他人の通知書と重ねて封入された可能性がある。"],
                                     tail=[f"対象 {len(rows2)}名"], mono=True),
                    note="126 residents printed from the core system, columns laid out with spaces"))  # fmt: skip

    p = ctx.person()
    amount = r.randint(90, 700) * 1000 + r.randint(1, 9) * 100
    lines = [
        f">{sp(wareki(ctx.day()))}",
        "",
        sp(p.address(True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長",
        "",
        "^督促状の誤送付についてのお詫び",
        "",
        sp(f"令和6年{r.randint(6, 9)}月{r.randint(1, 28)}日に発送したあなた様宛の国民健康保険税の督促状"),
        sp(f"（令和5年度 第3期〜第8期 滞納額 {yen(amount)}円）が、封入誤りにより別の方に送付されました。"),
        "誤送付先の方から書類を回収し、内容が外部に広まっていないことを確認しております。",
        "心よりお詫び申し上げます。",
        "",
        sp(f"担当 納税課 電話 {ctx.office(5)}"),
    ]
    docs.append(
        Doc(F, "pdf", 3, ["name", "address", "arrears"], DocSpec(title="お詫び"), post=canvas_letter(lines))
    )

    p = ctx.person()
    a, b, c = ctx.staff(), ctx.staff(), ctx.staff()
    amount = r.randint(80, 500) * 1000
    docs.append(Doc(F, "txt", 3, ["name", "arrears"], DocSpec(paragraphs=[
        "チャネル: インシデント対応 / 誤送付_R6-07 (Teams エクスポート)",
        f"[09:19] {a}: 誤送付の件、{p.name()}さん宛ての督促状が隣の方に届いていたそうです",
        f"[09:21] {b}: 督促状なら金額も見られてますね。{p.sei}さん、いくら滞納でしたか",
        f"[09:24] {c}: 国保税 R4・R5 で {yen(amount)}円 です。延滞金は別",
        f"[09:25] {a}: 課長に第一報入れます。お詫び文案は私が作ります"])))  # fmt: skip

    rows = [["No", "氏名", "住所", "手帳の種別・等級"]]
    for i, q in enumerate(ctx.people(7), 1):
        rows.append([i, q.name(), q.address(), r.choice(DISABILITY)])
    docs.append(Doc(F, "ods", 3, ["name", "address", "health"], DocSpec(
        sheets=[sheet("FAX誤送信", rows, title="FAX誤送信 送信内容（障害者手帳 更新対象者）"),
                sheet("経過", [["誤送信先", "市内の事業所（番号の押し間違い）"], ["回収", "送信先で破棄を確認"]])])))  # fmt: skip

    a, b = ctx.staff(), ctx.staff()
    ticket = failing_id("2024", r.randint(100000, 999999))
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=[
        "チャネル: 情報政策課 / セキュリティ (Teams エクスポート)",
        f"[08:47] {a}: 今朝の不審メール、総務課から2件報告ありました。件名「【重要】アカウント確認」",
        f"[08:49] {b}: 送信元ドメインをブロックします。問合せ管理番号 {ticket}",
        f"[08:52] {a}: 開封者はいないとのこと。全庁掲示板に注意喚起を出します",
        f"[09:05] {b}: 掲示しました"])))  # fmt: skip

    p = ctx.person()
    docs.append(Doc(F, "odt", 2, ["name", "address"], DocSpec(
        title="郵便物の誤送付について（経過報告）",
        paragraphs=["報告者：市民生活部 市民課長", f"発生日：{wareki(ctx.day())}",
                    f"概要：{p.name()}（{p.address()}）宛の住民票の写し（郵送請求分）を、旧住所に送付した。",
                    "原因：請求書に記載された送付先欄ではなく、住民記録上の旧住所を宛名ラベルに印字した。",
                    "対応：旧住所の現居住者から返送を受け、本人に謝罪のうえ再送付した。"])))  # fmt: skip
    return docs


# --- アクセスログ・端末管理 ---------------------------------------------------------------------------------
def tanmatsu(ctx: Ctx) -> list[Doc]:
    F = "tanmatsu"
    r = ctx.rng
    docs: list[Doc] = []
    rows: list[list[Cell]] = [
        ["端末番号", "PC名", "機種", "設置場所", "使用者職員ID", "使用者", "導入日", "リース満了"]
    ]
    for i in range(18):
        ka = r.choice([*KAS, "市民課", "納税課", "文書法制課"])
        rows.append([failing_id("3026", 7000 + 13 * i + r.randint(0, 9)), f"{ctx.short}-PC-{r.randint(1000, 9999)}",
                     r.choice(["LIFEBOOK A5", "ThinkPad L14", "VersaPro VKT", "dynabook B65"]), ka,
                     f"K{r.randint(10000, 99999)}", f"{ka} {ctx.staff()}", dt.date(2021, r.randint(1, 12), 1),
                     dt.date(2026, r.randint(1, 12), 1)])  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("台帳", rows, title="端末管理台帳（LGWAN接続系）", number_formats={6: "yyyy/mm", 7: "yyyy/mm"})]),
        note="端末番号 are 12-digit numbers failing the check digit; users are staff"))  # fmt: skip

    rows = [["日時", "職員ID", "端末名", "業務", "操作", "照会件数", "結果"]]
    t = dt.datetime(2024, 10, 1, 8, 30)
    for _ in range(40):
        t += dt.timedelta(minutes=r.randint(1, 40))
        rows.append([t.strftime("%Y/%m/%d %H:%M:%S"), f"K{r.randint(10000, 99999)}", f"{ctx.short}-PC-{r.randint(1000, 9999)}",
                     r.choice(["住民記録", "税務", "国保", "介護"]), r.choice(["照会", "照会", "更新", "帳票出力"]),
                     r.randint(1, 30), r.choice(["正常", "正常", "正常", "権限エラー"])])  # fmt: skip
    docs.append(Doc(F, "csv", 1, [], DocSpec(sheets=[sheet("log", rows)]),
                    note="an access log with staff IDs and terminals only"))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="令和6年度 上半期 アクセスログ点検結果報告",
        paragraphs=[f"{ctx.joho}", "1 点検対象 住民記録・税務・国保・介護の各システム（操作ログ 約182万件）",
                    "2 点検方法 業務時間外の照会、同一職員による同一住民への反復照会、職員本人・親族の照会を抽出",
                    "3 結果 抽出 37件。所属長による確認の結果、いずれも業務上の照会であり不適正な利用は認められなかった。",
                    "4 今後 抽出条件に「住所地が職員と同一の住民」を追加"]),
        note="an audit report with counts only"))  # fmt: skip

    rows = [["発行日", "職員ID", "氏名", "所属", "付与権限", "有効期限", "発行者"]]
    for _ in range(14):
        rows.append([ctx.day(), f"K{r.randint(10000, 99999)}", ctx.staff(), r.choice([*KAS, "市民課", "納税課"]),
                     r.choice(["住民記録 照会", "税務 照会・更新", "国保 照会", "文書管理 一般"]), dt.date(2025, 3, 31), "情報政策課"])  # fmt: skip
    docs.append(Doc(F, "xls", 1, [], DocSpec(sheets=[sheet("発行簿", rows, title="システム利用者ID 発行簿")]),
                    note="staff IDs and staff names in role"))  # fmt: skip

    rows2 = []
    for m in range(4, 10):
        for sysname in ["住民記録", "税務", "国保", "介護", "福祉", "文書管理"]:
            rows2.append([f"2024/{m:02d}", sysname, yen(r.randint(8000, 140000)), yen(r.randint(0, 900)),
                          str(r.randint(0, 12)), str(r.randint(0, 2))])  # fmt: skip
    cols = [
        ("月", 40),
        ("システム", 110),
        ("照会件数", 220),
        ("時間外照会", 320),
        ("権限エラー", 420),
        ("要確認", 520),
    ]
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="操作ログ月次統計"),
                    post=canvas_list("操作ログ 月次統計（令和6年4月〜9月）", f"運用監視システム 出力 {ymd(TODAY)}", cols, rows2, 14),
                    note="monthly log statistics on a multi-page canvas PDF"))  # fmt: skip

    left: list[list[Cell]] = [["照会日時", "職員ID", "端末", "照会件数"]]
    for _ in range(8):
        left.append([dt.datetime(2024, 9, r.randint(1, 30), r.randint(17, 22), r.randint(0, 59)), "K40217",
                     f"{ctx.short}-PC-{r.randint(1000, 9999)}", r.randint(1, 4)])  # fmt: skip
    right: list[list[Cell]] = [["照会対象者（確認用）", "生年月日", "照会回数"]]
    for q in ctx.people(8):
        right.append([q.name(), q.birth, r.randint(1, 6)])
    grid = [a + [None] * (26 - len(a)) + b for a, b in zip(left, right, strict=True)]
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date"], DocSpec(
        sheets=[sheet("抽出", grid, title="時間外照会 抽出結果（職員ID K40217）", number_formats={0: "yyyy/mm/dd hh:mm", 27: "yyyy/mm/dd"})]),
        note="the persons looked up are in a working area far right (column AA)"))  # fmt: skip

    p = ctx.person()
    tbl = [["照会日時", "照会した所属", "システム", "照会目的"]]
    for _ in range(5):
        tbl.append([f"{ymd(ctx.day())} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}", r.choice(["市民課", "税務課", "保険年金課"]),
                    r.choice(["住民記録", "税務", "国保"]), "窓口での届出処理"])  # fmt: skip
    docs.append(Doc(F, "docx", 2, ["name", "birth_date", "address"], DocSpec(
        title="保有個人情報（アクセス記録）の開示について",
        paragraphs=[f"請求者 {p.name()}（{wareki(p.birth)}生）", f"住所 {p.address()}",
                    "あなたの住民記録等に対する職員の照会記録は次のとおりです。照会した職員の氏名は不開示としました。"],
        tables=[tbl])))  # fmt: skip

    p = ctx.person(born=(1950, 1980))
    st = ctx.staff()
    amount = r.randint(100, 900) * 1000
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears", "health"], DocSpec(
        title="住民情報の不適正な閲覧に関する調査報告書",
        header="秘 人事当局限り",
        paragraphs=[f"1 対象職員 {r.choice(['税務課', '保険年金課'])} 主事 {st}",
                    f"2 閲覧された住民 {p.name()}（{p.address()}）職員の元同級生",
                    f"3 閲覧内容 国民健康保険税の滞納状況（R4・R5 計{yen(amount)}円）、特定健診の結果（HbA1c 高値、要精密検査）",
                    "4 閲覧回数 令和6年5月〜8月に計11回。いずれも業務上の必要なし。",
                    "5 処分案 戒告。本人への通知と謝罪を行う。"])))  # fmt: skip

    rows = [["宛名番号", "氏名", "生年月日", "照会日時", "照会職員ID", "業務"]]
    for _ in range(112):
        q = ctx.person()
        rows.append([f"{r.randint(1, 999999):010d}", q.name(), ymd(q.birth),
                     f"2024/09/{r.randint(1, 30):02d} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}",
                     f"K{r.randint(10000, 99999)}", r.choice(["住民記録", "税務", "国保"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["name", "birth_date"], DocSpec(sheets=[sheet("抽出", rows)]),
                    note="112 residents named with birth dates in a log extract"))  # fmt: skip

    q = ctx.person()
    mn = random_my_number(r)
    rows = [["端末番号", "PC名", "返却日", "データ消去方式", "消去確認", "確認者"]]
    for _ in range(8):
        rows.append([f"T-{r.randint(1000, 9999)}", f"{ctx.short}-PC-{r.randint(1000, 9999)}", ctx.day(),
                     "上書き3回", "済", ctx.staff().split()[0]])  # fmt: skip
    docs.append(Doc(F, "xlsx", 3, ["my_number", "name"], DocSpec(
        sheets=[sheet("消去確認", rows, title="リース返却端末 データ消去確認票",
                      comments={(3, 4): f"消去前確認でデスクトップに「転入_番号確認.xlsx」残存。{q.name()} {grouped(mn)} ほか。"
                                        "所管課（市民課）へ返却のうえ消去"})]),
        note="a cell comment keeps a resident's My Number found on a returned PC"))  # fmt: skip

    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=[
        "チャネル: 情報政策課 / 障害対応 (Teams エクスポート)",
        f"[07:58] {a}: 住民記録システムにログインできないと市民課から連絡。認証サーバ 10.20.4.11 応答なし",
        f"[08:03] {b}: 仮想基盤側で再起動します",
        f"[08:11] {b}: 復旧しました。原因は証明書の期限切れ。保守業者に報告書を依頼",
        f"[08:12] {a}: 窓口開始に間に合いました。ありがとうございます"])))  # fmt: skip

    p = ctx.person(born=(1930, 1950))
    docs.append(Doc(F, "txt-cp932", 2, ["name", "address"], DocSpec(
        title="モバイル端末 持出申請書",
        paragraphs=[f"申請日：{wareki(ctx.day())}", f"申請者：介護保険課 {ctx.staff()}", "端末：タブレット TB-07（暗号化済）",
                    "持出目的：認定調査（訪問）", f"訪問先：{p.name()} 様宅（{p.address()}）",
                    "持出時間：13:00〜16:00", "承認：介護保険課長"])))  # fmt: skip

    rows2 = []
    for _ in range(108):
        q = ctx.person()
        rows2.append([f"2024/{r.randint(4, 9):02d}/{r.randint(1, 28):02d}", f"K{r.randint(10000, 99999)}", q.name(),
                      wareki(q.birth, "short"), q.address(), r.choice(["転入届", "年金", "児童手当", "旅券"])])  # fmt: skip
    cols = [("照会日", 40), ("職員ID", 105), ("氏名", 160), ("生年月日", 250), ("住所", 320), ("事由", 640)]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="本人確認情報 照会記録"),
                    post=canvas_list("住基ネット 本人確認情報 照会記録（抽出）", f"{ctx.city} 統合端末 出力", cols, rows2, 30),
                    note="108 residents in a 住基ネット lookup record"))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "birth_date"], DocSpec(paragraphs=[
        "チャット: 市民課 ⇔ 情報政策課 (Teams エクスポート)",
        f"[14:02] {a}: ログ抽出の依頼です。照会対象は {p.name()}さん、同姓同名がいるので生年月日も送ります",
        f"[14:03] {a}: {ymd(p.birth)} 生です",
        f"[14:10] {b}: 抽出しました。対象期間の照会は4件でした"])))  # fmt: skip
    return docs


# --- 住基ネット・住民票の写し -------------------------------------------------------------------------------
def juki(ctx: Ctx) -> list[Doc]:
    F = "juki"
    r = ctx.rng
    docs: list[Doc] = []
    rows: list[list[Cell]] = [
        [
            "月",
            "住民票の写し（窓口）",
            "住民票の写し（コンビニ）",
            "記載事項証明",
            "広域交付",
            "うち第三者請求",
        ]
    ]
    for m in [4, 5, 6, 7, 8, 9]:
        rows.append(
            [
                f"令和6年{m}月",
                r.randint(1500, 4000),
                r.randint(400, 1500),
                r.randint(20, 120),
                r.randint(30, 200),
                r.randint(5, 60),
            ]
        )
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(
        sheets=[sheet("交付件数", rows, title="住民票の写し等 交付件数（月別）")])))  # fmt: skip

    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="住民票の写し等の第三者交付に係る本人通知制度のご案内",
        paragraphs=["住民票の写しや戸籍謄本等を、代理人や第三者に交付したとき、事前に登録した方にその事実をお知らせする制度です。",
                    "登録できる方：本市に住民登録又は本籍がある方", "通知する内容：交付年月日、交付した証明書の種類・通数、請求者の種別",
                    "※ 請求者の氏名は通知しません。", "登録方法：本人確認書類を持って市民課へ。郵送も可。",
                    f"問合せ：{ctx.city} 市民課 {ctx.office(6)}"]),
        note="a public guide"))  # fmt: skip

    sample = SAMPLE_NAMES[2]
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title="住民票の写し等 交付請求書（第三者請求用）記入例",
        paragraphs=["請求者 氏名：" + sample + "（記入例）", f"請求者 住所：{ctx.city}○○町1番地",
                    "必要な方 氏名：" + SAMPLE_NAMES[3], "必要な方 住所：○○町2丁目3番4号",
                    "請求者と必要な方の関係：債権者", "使用目的：貸金返還請求訴訟の提起のため（契約書の写しを添付）",
                    "※ 氏名・住所は架空の記入例です。"]),
        note="a 記入例 with sample names"))  # fmt: skip

    rows = [["職員ID", "氏名", "所属", "統合端末", "操作者証 有効期限"]]
    for _ in range(12):
        rows.append([f"J{r.randint(1000, 9999)}", ctx.staff(), r.choice(["市民課 住民記録係", "市民課 証明係", "支所 市民係"]),
                     f"統合端末{r.randint(1, 6)}号機", "2025/03/31"])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("操作者", rows)]),
                    note="住基ネット operators are staff named in role"))  # fmt: skip

    lines = [
        f">{sp(wareki(dt.date(2024, 10, 18)))}",
        f"{ctx.joho} 情報セキュリティ担当",
        "",
        "^住基ネット セキュリティ点検結果",
        "",
        sp("点検日 令和 6 年 10 月 16 日 〜 令和 6 年 10 月 17 日"),
        sp("対象 統合端末 6 台、 CS サーバ 1 台、 操作者 24 名"),
        sp("1 操作者証の管理 適 （ 有効期限切れ 0 件 ）"),
        sp("2 アクセスログの点検 適 （ 令和 6 年 4 月 〜 9 月 分 ）"),
        sp("3 端末の設置場所 適 （ 窓口から画面が見えない位置 ）"),
        sp("4 指摘事項 なし。次回 令和 7 年 4 月 予定"),
    ]
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="住基ネット セキュリティ点検結果"), post=canvas_letter(lines),
                    note="spaced-out dates and counts of terminals, with no person"))  # fmt: skip

    rows = [["交付日", "請求者種別", "対象者氏名", "生年月日", "住所", "証明書", "通数"]]
    for q in ctx.people(28):
        rows.append([ctx.day(), r.choice(["本人", "同一世帯員", "代理人", "第三者", "職務上請求（弁護士）"]), q.name(), q.birth,
                     q.address(), r.choice(["住民票の写し", "住民票記載事項証明", "除票の写し"]), r.randint(1, 3)])  # fmt: skip
    docs.append(Doc(F, "ods", 2, ["name", "birth_date", "address"], DocSpec(
        sheets=[sheet("交付簿", rows, title="住民票の写し等 交付簿（抜粋）")])))  # fmt: skip

    p = ctx.person()
    lines = [
        f">{sp(wareki(ctx.day()))}",
        "",
        sp(p.address(True)),
        f"{p.name()} 様",
        "",
        f">{ctx.city}長",
        "",
        "^住民票の写し等の交付に係る通知書",
        "",
        "本人通知制度に登録されているあなたの住民票の写し等を、次のとおり交付しました。",
        sp(f"交付年月日 令和6年{r.randint(6, 10)}月{r.randint(1, 28)}日"),
        "交付した証明書 住民票の写し（1通）",
        "請求者の種別 第三者（職務上請求）",
        "",
        sp(f"問合せ 市民課 {ctx.office(6)}"),
    ]
    docs.append(Doc(F, "pdf", 2, ["name", "address"], DocSpec(title="本人通知"), post=canvas_letter(lines)))

    rows = [["受付日", "請求者氏名", "送付先住所", "電話番号", "証明書", "定額小為替", "発送日"]]
    for q in ctx.people(11, outside=0.5):
        d = ctx.day()
        rows.append([d, q.name(), q.address(True), q.phone, r.choice(["住民票の写し", "除票の写し", "戸籍附票"]), 300,
                     d + dt.timedelta(days=r.randint(1, 3))])  # fmt: skip
    docs.append(Doc(F, "xls", 2, ["name", "address", "phone"], DocSpec(
        sheets=[sheet("郵送請求", rows, title="郵送請求 処理簿")])))  # fmt: skip

    p = ctx.person()
    a, b = ctx.staff(), ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "address"], DocSpec(paragraphs=[
        "LINE WORKS トーク履歴「市民課 証明係」",
        f"{a} → 支所から、{p.name()}さんの転居後の住所を確認したいと電話です",
        f"{b} → 本人確認はできてますか？本人からの問い合わせなら {p.address()} です",
        f"{a} → 本人です。免許証確認済みとのこと。伝えます"])))  # fmt: skip

    rows2 = []
    for _ in range(132):
        q = ctx.person()
        rows2.append([f"{r.randint(4, 9)}/{r.randint(1, 28)}", r.choice(["本人", "世帯員", "代理人", "第三者", "職務上"]),
                      q.name(), wareki(q.birth, "slash"), q.address(), r.choice(["写し", "記載事項", "除票"])])  # fmt: skip
    rows2.sort(key=lambda x: tuple(int(v) for v in x[0].split("/")))
    cols = [("交付日", 40), ("請求者", 90), ("対象者", 150), ("生年月日", 240), ("住所", 320), ("種別", 640)]
    docs.append(Doc(F, "pdf", 3, ["name", "birth_date", "address"], DocSpec(title="交付履歴"),
                    post=canvas_list("住民票の写し等 交付履歴（令和6年度上半期）", f"住民記録システム 帳票ID JR-{r.randint(100, 999)}",
                                     cols, rows2, 33, mono=True),
                    note="132 residents with birth dates printed from the core system"))  # fmt: skip

    rows = [["予約番号", "予約日", "氏名", "フリガナ", "生年月日", "番号", "受取場所"]]
    for i in range(14):
        q = ctx.person()
        rows.append([f"Y{i + 301:04d}", ymd(ctx.day()), q.name(), q.kana, ymd(q.birth), grouped(random_my_number(r)),
                     r.choice(["本庁 市民課", "北支所", "南支所"])])  # fmt: skip
    docs.append(Doc(F, "csv-cp932", 3, ["my_number", "name", "birth_date"], DocSpec(sheets=[sheet("予約", rows)]),
                    note="My Numbers 4-4-4 in a column labelled only 番号"))  # fmt: skip

    rows = [["No", "氏名", "性別", "生年月日", "住所（変更理由）", "備考"]]
    for i, q in enumerate(ctx.people(9), 1):
        rows.append([i, q.name(), q.sex, q.birth, q.address(), "支援措置（DV）申出 受理、有効期間 1年"])
    docs.append(Doc(F, "xlsx", 2, ["name", "birth_date", "address"], DocSpec(
        sheets=[sheet("支援措置", rows, title="住民基本台帳事務における支援措置 対象者一覧", number_formats={3: "yyyy/mm/dd"})]),
        note="DV support measures are sensitive but not health, arrears or My Number in the policy text: level 2"))  # fmt: skip

    p = ctx.person()
    mn = random_my_number(r)
    prev = r.choice(OUTSIDE)
    docs.append(Doc(F, "docx", 3, ["my_number", "name", "address"], DocSpec(
        title="転入届 受付メモ",
        paragraphs=[f"受付日 {wareki(ctx.day())}", f"届出人 {p.name()}", f"新住所 {p.address()}",
                    f"前住所 {prev[0]}{prev[1]}{prev[2][0]}", "転出証明書 有　カード継続利用 済"],
        textboxes=[f"{p.sei}さんの番号 {grouped(mn)}"]),
        note="the My Number is in a text box labelled only with the person's name"))  # fmt: skip

    p = ctx.person(born=(1930, 1950))
    mn = random_my_number(r)
    docs.append(Doc(F, "docx", 3, ["my_number", "name", "address"], DocSpec(
        title="住所の職権記載について（伺い）",
        footer=f"番号 {grouped(mn, '-')}",
        paragraphs=[f"{p.name()}（{p.address()}）は、現住所に居住実態がないため、実態調査を行った。",
                    "調査の結果、親族宅に身を寄せていることが判明したため、職権により住所を記載したい。",
                    f"調査者 市民課 {ctx.staff()}"]),
        note="a My Number in the footer labelled only 番号"))  # fmt: skip

    rows = [["No", "氏名", "生年月日", "旧住所", "入所施設", "入所理由"]]
    for i, q in enumerate(ctx.people(8, born=(1925, 1945)), 1):
        rows.append([i, q.name(), q.birth, q.address(), f"特別養護老人ホーム {r.choice(['さくら苑', 'ひまわり荘', '清流園'])}",
                     f"要介護{r.randint(3, 5)}（{r.choice(['アルツハイマー型認知症', '脳梗塞後遺症', 'パーキンソン病'])}）"])  # fmt: skip
    docs.append(Doc(F, "ods", 3, ["name", "birth_date", "address", "health"], DocSpec(
        sheets=[sheet("施設入所", rows, title="施設入所者 住所異動 職権記載 検討リスト")])))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [kokai, kojin, shinsa, bunsho, security, tanmatsu, juki]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, short, towns = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, short, towns)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set26", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
