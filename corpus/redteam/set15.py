"""Fifteenth red-team set (blind): the tax, collection and resident-register side of a mid-size city.

``python -m corpus.redteam.set15 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. The families follow the desks of 市民課 (住民基本台帳 printouts, 住民票 requests, 転入・転出 registers,
印鑑登録), 税務課 (課税台帳 extracts, 納税通知 lists, published statistics), 収納課 (督促状 drafts, 分納誓約書,
滞納整理 case notes, 差押 memos, 口座振替 lists, 納税カレンダー), the staff's own working files (chat exports,
handover memos, mail drafts, 窓口対応記録), PDFs printed from the core system (fixed-width columns drawn at x
positions, several pages, page headers), forms turned into text, and 12-digit numbers that are or are not My
Numbers. Every family has its public look-alikes: statistics by district, calendars, blank forms, manuals
with invented 記入例 names.

Each document's level is what the default policy's text gives: 3 for a My Number, health or arrears data
about an identifiable person, or records of more than 100 persons with a name and an address, birth date or
phone; 2 for a private person's name with their address, birth date or phone; 1 for the rest (staff, company
representatives and council members in their role, statistics, blank forms, 記入例). ``types`` lists what a
perfect reader reports about private persons (plus ``corporate_number`` where one is printed). Doubtful files
carry a one-line ``note`` saying how the policy decides them.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import is_valid_my_number, my_number_from, random_corporate_number
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import _finish_zip

SEED = 1515

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, list[str]]] = [
    ("埼玉県", "春日部市", "048", ["粕壁東", "中央", "大沼", "豊町", "大字小渕*", "備後西", "大字増戸*"]),
    ("愛知県", "豊川市", "0533", ["諏訪", "蔵子", "八幡町*", "国府町*", "中央通", "御津町西方*", "白鳥"]),
    ("福島県", "会津若松市", "0242", ["栄町", "城東町", "一箕町大字鶴賀*", "門田町大字飯寺*", "白虎町", "扇町"]),
    ("三重県", "鈴鹿市", "059", ["神戸", "白子", "平田", "算所", "住吉", "庄野町*", "国府町*"]),
    ("長野県", "上田市", "0268", ["材木町", "常田", "大手", "上田原*", "真田町長*", "古里*", "中央北"]),
    ("山口県", "周南市", "0834", ["岐山通", "東辻町*", "久米*", "桜馬場通", "徳山*", "新地", "大字湯野*"]),
    ("茨城県", "ひたちなか市", "029", ["勝田中央", "東石川", "大字市毛*", "高場", "はしかべ", "大字足崎*"]),
    ("鳥取県", "米子市", "0859", ["加茂町", "角盤町", "東福原", "皆生温泉", "大字日下*", "両三柳*"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("相沢", "あいざわ"), ("秋葉", "あきば"), ("浅見", "あさみ"), ("荒木", "あらき"), ("飯塚", "いいづか"),
    ("石井", "いしい"), ("市川", "いちかわ"), ("岩崎", "いわさき"), ("上野", "うえの"), ("内田", "うちだ"),
    ("遠藤", "えんどう"), ("大塚", "おおつか"), ("大野", "おおの"), ("小川", "おがわ"), ("荻野", "おぎの"),
    ("片山", "かたやま"), ("金子", "かねこ"), ("川村", "かわむら"), ("北村", "きたむら"), ("久保田", "くぼた"),
    ("黒田", "くろだ"), ("小島", "こじま"), ("近藤", "こんどう"), ("斎藤", "さいとう"), ("坂口", "さかぐち"),
    ("桜井", "さくらい"), ("島田", "しまだ"), ("清水", "しみず"), ("杉山", "すぎやま"), ("関口", "せきぐち"),
    ("高木", "たかぎ"), ("竹内", "たけうち"), ("田村", "たむら"), ("千葉", "ちば"), ("塚本", "つかもと"),
    ("土屋", "つちや"), ("中島", "なかじま"), ("永井", "ながい"), ("西田", "にしだ"), ("野口", "のぐち"),
    ("橋本", "はしもと"), ("服部", "はっとり"), ("平野", "ひらの"), ("福田", "ふくだ"), ("古川", "ふるかわ"),
    ("松尾", "まつお"), ("丸岡", "まるおか"), ("水野", "みずの"), ("宮本", "みやもと"), ("村上", "むらかみ"),
    ("望月", "もちづき"), ("森下", "もりした"), ("矢野", "やの"), ("山崎", "やまざき"), ("横山", "よこやま"),
    ("吉川", "よしかわ"), ("若林", "わかばやし"), ("和田", "わだ"), ("安藤", "あんどう"), ("江口", "えぐち"),
    ("蒲生", "がもう"), ("小野寺", "おのでら"), ("勅使河原", "てしがわら"), ("三浦", "みうら"), ("熊谷", "くまがい"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("隆", "たかし"), ("修", "おさむ"), ("博之", "ひろゆき"), ("和夫", "かずお"), ("誠", "まこと"),
    ("義男", "よしお"), ("秀樹", "ひでき"), ("拓也", "たくや"), ("大輔", "だいすけ"), ("浩二", "こうじ"),
    ("勝利", "かつとし"), ("俊介", "しゅんすけ"), ("達也", "たつや"), ("光男", "みつお"), ("陽斗", "はると"),
    ("蓮", "れん"), ("湊", "みなと"), ("良平", "りょうへい"), ("貴之", "たかゆき"), ("忠", "ただし"),
    ("直樹", "なおき"), ("幸雄", "ゆきお"), ("哲也", "てつや"), ("康弘", "やすひろ"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("幸子", "さちこ"), ("洋子", "ようこ"), ("明美", "あけみ"), ("由美", "ゆみ"), ("久美子", "くみこ"),
    ("真由美", "まゆみ"), ("智子", "ともこ"), ("陽子", "ようこ"), ("文子", "ふみこ"), ("トシ", "とし"),
    ("ミツ", "みつ"), ("さとみ", "さとみ"), ("あずさ", "あずさ"), ("彩花", "あやか"), ("美咲", "みさき"),
    ("七海", "ななみ"), ("葵", "あおい"), ("麻衣", "まい"), ("奈緒", "なお"), ("絵里", "えり"),
    ("静江", "しずえ"), ("和代", "かずよ"), ("沙織", "さおり"), ("千尋", "ちひろ"),
]  # fmt: skip
# residents registered under an alphabet name, written with the katakana reading on the 住民票
FOREIGN: list[tuple[str, str]] = [
    ("PEREIRA DA COSTA JOAO", "ペレイラ ダ コスタ ジョアン"), ("TRAN VAN HUNG", "チャン ヴァン フン"),
    ("SANTOS MARIA LUISA", "サントス マリア ルイサ"), ("DELA CRUZ ANGELICA", "デラクルス アンジェリカ"),
    ("PHAM THI HOA", "ファム ティ ホア"), ("GURUNG BIKASH", "グルン ビカシュ"),
]  # fmt: skip
BUILDINGS = ["グランハイツ", "コーポ桜", "メゾン若葉", "パークサイド", "ロイヤル", "市営住宅", "レジデンス翠"]
COMPANIES = [
    ("株式会社", "丸信商事"), ("有限会社", "大栄工務店"), ("株式会社", "トーワ精機"), ("合同会社", "ミライ不動産"),
    ("株式会社", "北辰運輸"), ("医療法人社団", "青樹会"), ("株式会社", "さつき住建"), ("有限会社", "やまびこ食品"),
    ("株式会社", "新星データ"), ("社会福祉法人", "ひだまり会"), ("株式会社", "東和建機"), ("株式会社", "中部ビルサービス"),
]  # fmt: skip
BANKS = ["埼玉りそな銀行", "豊川信用金庫", "東邦銀行", "百五銀行", "八十二銀行", "山口銀行", "常陽銀行",
         "山陰合同銀行", "ゆうちょ銀行", "JAあいち", "みずほ銀行"]  # fmt: skip
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
TODAY = dt.date(2024, 6, 10)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_FONT = "HeiseiKakuGo-W5"
_MINCHO = "HeiseiMin-W3"


def kata(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def fw(text: str) -> str:
    return text.translate(FW)


def wareki(d: dt.date, form: str = "long") -> str:
    """A date the way a 和暦 form writes it: 平成元年1月8日, S48.2.3, R5.4.1, 昭和48年02月03日."""
    for era, abbr, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if form == "long":
                return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            if form == "pad":
                return f"{era}{y:02d}年{d.month:02d}月{d.day:02d}日"
            if form == "slash":
                return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
            return f"{abbr}{y}.{d.month}.{d.day}"
    raise ValueError(d)


def invalid_twelve(rng: random.Random) -> str:
    """A 12-digit number that FAILS the My Number check digit (a 宛名番号, 納付番号 …)."""
    while True:
        n = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
        if not is_valid_my_number(n):
            return n


def spaced(n: str, sep: str = " ") -> str:
    return sep.join([n[:4], n[4:8], n[8:]])


# --- people --------------------------------------------------------------------------------------
@dataclass
class Person:
    sur: str
    sur_kana: str
    given: str
    given_kana: str
    male: bool
    birth: dt.date
    town: str
    lot: tuple[int, int, int]
    building: str
    phone: str
    mobile: str
    my_number: str
    pref: str
    city: str
    foreign: str = ""  # alphabet name, when the resident is registered under one

    def name(self, style: int = 0) -> str:
        """0 姓 名 / 1 姓名 / 2 姓　名 / 3 姓 カナ名 / 4 姓 ひらがな名."""
        if self.foreign:
            return self.foreign
        given = {3: kata(self.given_kana), 4: self.given_kana}.get(style, self.given)
        return {0: " ", 1: "", 2: "\u3000"}.get(style, " ").join([self.sur, given])

    def kana(self) -> str:
        return kata(f"{self.sur_kana} {self.given_kana}")

    def addr(self, style: int = 0) -> str:
        """0 town+丁目番号 / 1 city+town hyphenated / 2 full with prefecture / 3 full-width hyphens."""
        a, b, c = self.lot
        star = self.town.endswith("*")
        town = self.town.rstrip("*")
        if star:
            lot_long, lot_short = f"{a * 100 + b}番地{c}", f"{a * 100 + b}-{c}"
        else:
            lot_long, lot_short = f"{a}丁目{b}番{c}号", f"{a}-{b}-{c}"
        bld = f" {self.building}" if self.building else ""
        if style == 0:
            return f"{town}{lot_long}{bld}"
        if style == 1:
            return f"{self.city}{town}{lot_short}{bld}"
        if style == 2:
            return f"{self.pref}{self.city}{town}{lot_long}{bld}"
        return f"{self.city}{town}{fw(lot_short)}{bld}"


class Pool:
    """The people of one build: distinct names, the build's city, its staff."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, towns = rng.choice(CITIES)
        self.towns = list(towns)
        self.seen: set[str] = set()
        self.n_foreign = 0
        self.office_tel = f"{self.area}-{rng.randint(200, 799)}-{rng.randint(1000, 9999)}"
        self.staff = [self.person() for _ in range(8)]

    def person(self, born: tuple[int, int] = (1938, 2003), foreign: bool = False) -> Person:
        rng = self.rng
        while True:
            sur, sur_kana = rng.choice(SURNAMES)
            male = rng.random() < 0.5
            given, given_kana = rng.choice(MALE if male else FEMALE)
            if sur + given not in self.seen:
                self.seen.add(sur + given)
                break
        birth = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(self.towns)
        bld = f"{rng.choice(BUILDINGS)} {rng.randint(1, 5)}0{rng.randint(1, 8)}" if rng.random() < 0.3 else ""
        alpha = ""
        if foreign:
            alpha, kana = FOREIGN[self.n_foreign % len(FOREIGN)]
            self.n_foreign += 1
            sur_kana, given_kana = kana.split(" ", 1)
        base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        return Person(
            sur, sur_kana, given, given_kana, male, birth, town,
            (rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)), bld,
            f"{self.area}-{rng.randint(700, 999)}-{rng.randint(1000, 9999)}",
            f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            my_number_from(base), self.pref, self.city, alpha,
        )  # fmt: skip

    def people(self, n: int, **kw: object) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]  # type: ignore[arg-type]

    def town_names(self) -> list[str]:
        return [t.rstrip("*") for t in self.towns]


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = field(default=None, repr=False)


# --- file post-processing (layouts DocSpec cannot express) -------------------------------------------
def xlsx_post(edit: Callable[[object], None]) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        edit(wb)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return run


def docx_post(edit: Callable[[object], None]) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        edit(d)
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return run


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in (_FONT, _MINCHO):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def report_pdf(
    system: str,
    form_id: str,
    title: str,
    columns: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    landscape: bool = False,
    footer: str = "",
) -> Callable[[Path], None]:
    """A list printed from the core system: fixed columns at x positions (mm), N pages, `n / N` headers."""

    def run(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _fonts()
        size = land(A4) if landscape else A4
        c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        c.setTitle(title)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        width, height = size
        for n, chunk in enumerate(pages, start=1):
            c.setFont(_FONT, 8)
            c.drawString(12 * mm, height - 10 * mm, f"{system}  帳票ID:{form_id}")
            c.drawRightString(
                width - 12 * mm, height - 10 * mm, f"作成日 {wareki(TODAY, 'short')}  {n} / {len(pages)} 頁"
            )
            c.setFont(_FONT, 12)
            c.drawCentredString(width / 2, height - 18 * mm, title)
            c.setFont(_FONT, 7.5)
            y = height - 28 * mm
            for label, x in columns:
                c.drawString(x * mm, y, label)
            c.line(10 * mm, y - 2, width - 10 * mm, y - 2)
            y -= 5 * mm
            for row in chunk:
                for (_, x), value in zip(columns, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 5 * mm
            if footer:
                c.drawString(12 * mm, 8 * mm, footer)
            c.showPage()
        c.save()

    return run


def form_pdf(
    lines: list[tuple[float, float, str, float]], pages: int = 1, mincho: bool = True
) -> Callable[[Path], None]:
    """A scanned-looking form redrawn on canvas: (x mm, y mm from top, text, size); page breaks at y < 0."""

    def run(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        _fonts()
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        for page in range(pages):
            for x, y, text, size in lines:
                if int(y // 1000) != page:
                    continue
                c.setFont(_MINCHO if mincho else _FONT, size)
                c.drawString(x * mm, A4[1] - (y % 1000) * mm, text)
            c.showPage()
        c.save()

    return run


# --- the documents -------------------------------------------------------------------------------
def _city(p: Pool) -> str:
    return f"{p.pref}{p.city}"


def resident_register(p: Pool) -> list[Doc]:
    rng = p.rng
    docs: list[Doc] = []
    towns = p.town_names()
    f = "resident_register"
    # --- level 1 ---
    pop = [["町丁名", "世帯数", "男", "女", "計", "前月比"]]
    for t in towns:
        m, w = rng.randint(900, 4200), rng.randint(900, 4300)
        pop.append([t, rng.randint(800, 3900), m, w, m + w, rng.randint(-12, 15)])
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        "町丁別", pop, title=f"{p.city} 町丁別人口・世帯数（令和6年5月末日現在 住民基本台帳）", first_row=3,
        footer="市民課 住民記録係 公表資料")])))  # fmt: skip
    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="住民票の写し等の交付手数料と請求に必要なもの",
        paragraphs=[
            "住民票の写し 1通300円、住民票記載事項証明書 1通300円、印鑑登録証明書 1通300円。",
            "本人・同一世帯の方以外が請求する場合は委任状が必要です。代理人の本人確認書類（運転免許証、マイナンバーカード等）をお持ちください。",
            "個人番号（マイナンバー）入りの住民票は、本人または同一世帯員のみ請求できます。代理人の場合は本人の住所あてに郵送します。",
            "コンビニ交付：マイナンバーカードで全国のコンビニエンスストアから6:30～23:00まで取得できます。",
            f"問い合わせ先 {p.city}役所 市民課 住民記録係 電話 {p.office_tel}（内線1123）",
        ], tables=[[["証明書", "手数料", "コンビニ交付"], ["住民票の写し", "300円", "200円"],
                    ["印鑑登録証明書", "300円", "200円"], ["戸籍の附票の写し", "300円", "不可"]]])))  # fmt: skip
    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="印鑑登録の手続き（市民課）",
        paragraphs=[
            "印鑑登録は、本市に住民登録のある15歳以上の方が一人一個できます。",
            "本人が来庁し、登録する印鑑と顔写真付きの本人確認書類をお持ちください。即日登録できます。",
            "本人確認書類がない場合は、照会書を住所地に郵送し、回答書をお持ちいただいた時点で登録となります。",
            "登録できない印鑑：ゴム印、欠けているもの、8mm未満または25mmを超えるもの。",
            "印鑑登録証（カード）を紛失した場合は、ただちに廃止の届出をしてください。",
        ], footer="市民課 窓口案内 No.4")))  # fmt: skip
    move = [["区分", "令和5年度", "令和4年度", "増減"], ["転入", 6120, 5987, 133], ["転出", 5874, 5931, -57],
            ["出生", 1102, 1166, -64], ["死亡", 2011, 1943, 68], ["職権記載・消除", 43, 51, -8]]  # fmt: skip
    docs.append(
        Doc(f, "csv", 1, [], DocSpec(sheets=[SheetSpec("異動", move, title="住民異動届出件数（年度別）")]))
    )
    docs.append(Doc(f, "odt", 1, [], DocSpec(
        title="窓口業務 手順書（転入届）",
        paragraphs=[
            "1. 転出証明書（またはマイナンバーカードによる特例転入）を確認する。",
            "2. 新住所・世帯主・続柄を確認し、既存世帯への転入の場合は世帯主の同意を得る。",
            "3. 住基システム「異動入力」画面で異動日を入力する。異動日は和暦（例：R6.4.1）で入力。",
            "4. 個人番号カードの継続利用処理（券面事項の変更）を行う。暗証番号は本人が入力する。",
            "5. 国保・年金・児童手当・転校の案内票を出力して関係課へ回付する。",
            "※ 記載例の氏名・住所はすべて架空のものです。",
        ])))  # fmt: skip
    # --- level 2 ---
    reqs = p.people(14)
    rows: list[list[Cell]] = [
        ["受付日", "受付番号", "請求者氏名", "住所", "生年月日", "請求の種類", "通数", "本人確認"]
    ]
    for i, q in enumerate(reqs):
        rows.append([dt.date(2024, 6, 3 + i // 4), f"R6-{1410 + i}", q.name(rng.choice([0, 1, 2])), q.addr(0),
                     wareki(q.birth, "short"), rng.choice(["住民票（世帯全員）", "住民票（本人）", "記載事項証明"]),
                     rng.randint(1, 3), rng.choice(["免許証", "マイナカード", "保険証+年金手帳"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec(
        "6月", rows, title="住民票等交付請求 受付簿（郵送分含む）", first_row=3, number_formats={0: "m/d"})])))  # fmt: skip
    inn = p.people(11)
    rows = [["異動日", "届出日", "氏名", "フリガナ", "新住所", "従前の住所", "続柄", "備考"]]
    for q in inn:
        rows.append([wareki(dt.date(2024, 5, rng.randint(1, 28)), "short"), "R6.5." + str(rng.randint(1, 31)),
                     q.name(2), q.kana(), q.addr(0), rng.choice(["東京都足立区", "さいたま市見沼区", "横浜市港北区",
                     "名古屋市中川区", "大阪府堺市北区"]) + f"{rng.randint(1, 5)}-{rng.randint(1, 20)}",
                     rng.choice(["世帯主", "妻", "子"]), rng.choice(["", "特例転入", "国外から"])])  # fmt: skip
    docs.append(Doc(f, "csv-cp932", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("転入", rows)])))
    out = p.people(9)
    rows = [["No", "氏名", "旧住所", "転出先", "転出予定日", "連絡先"]]
    for i, q in enumerate(out, 1):
        rows.append([i, q.name(0) + " 様", q.addr(1), rng.choice(["千葉県柏市", "群馬県高崎市", "福岡市博多区"]),
                     f"{rng.randint(6, 7)}月{rng.randint(1, 30)}日", q.mobile])  # fmt: skip
    docs.append(Doc(f, "xls", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec(
        "転出予定", rows, title="転出予定者（届出済・証明書交付済）")])))  # fmt: skip
    seal = p.people(7)
    table = [["登録番号", "氏名", "生年月日", "住所", "登録日", "方法"]]
    for q in seal:
        table.append([f"{rng.randint(100000, 199999)}", q.name(1), wareki(q.birth, "long"), q.addr(0),
                      wareki(dt.date(2024, 5, rng.randint(1, 31)), "short"), rng.choice(["即日", "照会書"])])  # fmt: skip
    docs.append(Doc(f, "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="印鑑登録 新規登録者一覧（5月分）", tables=[table], header="取扱注意　市民課",
        paragraphs=["照会書による登録分は回答書の受領日を登録日とした。"]),
        post=docx_post(_merge_docx_header_rows)))  # fmt: skip
    hh = p.person()
    members = [hh, *p.people(3)]
    lines = [f"世帯主　{hh.name(2)}　　住所　{hh.addr(2)}", "─" * 40]
    for i, q in enumerate(members):
        lines.append(f"{i + 1}  {q.name(2):<10} {q.kana():<18} {wareki(q.birth, 'pad')}生  "
                     f"{'男' if q.male else '女'}  {['世帯主', '妻', '子', '母'][i]}")  # fmt: skip
    docs.append(Doc(f, "txt", 2, ["name", "address", "birth_date"], DocSpec(
        title="住民記録照会（世帯）画面コピー", paragraphs=[*lines, "", "照会者 市民課 " + p.staff[0].sur]),
        note="a household's 続柄 and gender add nothing beyond name+address+birth date → 2"))  # fmt: skip
    fo = p.person(foreign=True)
    docs.append(Doc(f, "pdf", 2, ["name", "address", "birth_date"], DocSpec(
        title="住民票記載事項証明書（外国人住民）交付控",
        paragraphs=[f"氏名（通称）　{fo.foreign}", f"カタカナ表記　{fo.kana()}", f"生年月日　{fo.birth:%Y年%m月%d日}",
                    f"住所　{fo.addr(2)}", "在留資格　特定技能1号　在留期間満了日　2025年3月31日",
                    "請求者：本人　使用目的：勤務先提出"], header="控（市民課保管）")))  # fmt: skip
    # --- level 3 ---
    hh = p.person()
    fam = [hh, *p.people(2)]
    rows = [["世帯番号", "氏名", "生年月日", "続柄", "住所", "個人番号"]]
    for i, q in enumerate(fam):
        rows.append([f"{4000000 + rng.randint(1, 99999)}", q.name(0), wareki(q.birth, "slash"), ["世帯主", "妻", "子"][i],
                     q.addr(1), q.my_number])  # fmt: skip
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(sheets=[
        SheetSpec("照会結果", rows, title="住基照会（個人番号付）　情報連携確認用", first_row=3),
        SheetSpec("メモ", [["国保へ回付済", TODAY]])])))  # fmt: skip
    bulk = p.people(118)
    rows = [["宛名番号", "氏名", "カナ氏名", "性別", "生年月日", "住所", "世帯主"]]
    for q in bulk:
        rows.append([invalid_twelve(rng), q.name(rng.choice([0, 1, 2])), q.kana(), "男" if q.male else "女",
                     q.birth, q.addr(0), rng.choice(["本人", ""])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec(
        "抽出", rows, title=f"住民基本台帳 抽出（選挙人名簿照合用）{towns[0]}・{towns[1]}", first_row=3,
        number_formats={4: "ggge年m月d日"})]),
        note="118 residents with address and birth date: bulk (>100) → 3; the 宛名番号 all fail the check digit"))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "docx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(
        title="住民異動届（転入）",
        paragraphs=[f"届出日　{wareki(dt.date(2024, 6, 4), 'long')}", f"新住所　{q.addr(2)}",
                    f"氏名　{q.name(0)}　（{q.kana()}）　生年月日　{wareki(q.birth, 'long')}",
                    "従前の住所　東京都江戸川区西葛西三丁目2番7号", "個人番号（下欄に記入）"],
        tables=[[["個人番号", *list(q.my_number)]]]),
        post=docx_post(_merge_docx_first_row)))  # fmt: skip
    dep = p.people(12)
    rows = [["氏名", "住所", "転出予定日", "市税", "国保税", "確認者"]]
    detail = [["氏名", "住所", "税目", "年度", "未納額", "督促日"]]
    for i, q in enumerate(dep):
        owe = i % 3 == 0
        rows.append([q.name(0), q.addr(0), f"R6.{rng.randint(6, 7)}.{rng.randint(1, 30)}", "未納あり" if owe else "完納",
                     "完納", p.staff[i % 8].sur])  # fmt: skip
        if owe:
            detail.append([q.name(0), q.addr(0), "市県民税", "R5", rng.randint(10, 90) * 1000, "R6.2.20"])
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[
        SheetSpec("転出予定", rows, title="転出予定者 市税完納確認（収納課回答）", first_row=3),
        SheetSpec("未納明細", detail, state="veryHidden")]),
        note="未納あり against named residents with addresses (detail on a very hidden sheet) → 3"))  # fmt: skip
    return docs


def _merge_docx_header_rows(d: object) -> None:
    table = d.tables[0]  # type: ignore[attr-defined]
    new = table.add_row()
    new.cells[0].merge(new.cells[-1]).text = "以上（計） — 照会書方式の者は回答書受領後に登録証を交付"


def _merge_docx_first_row(d: object) -> None:
    """The 個人番号 box grid: a label cell over the 12 digit cells, merged across the row above them."""
    table = d.tables[0]  # type: ignore[attr-defined]
    top = table.add_row()
    top.cells[0].text = ""
    top.cells[1].merge(top.cells[12]).text = "※ 個人番号カード又は通知カードで確認"


def tax_ledger(p: Pool) -> list[Doc]:
    rng = p.rng
    f = "tax_ledger"
    towns = p.town_names()
    docs: list[Doc] = []
    # --- level 1 ---
    rows = [["地区", "納税義務者数", "所得割額（千円）", "均等割額（千円）", "1人当たり税額（円）"]]
    for t in towns:
        n = rng.randint(1800, 6500)
        rows.append([t + "地区", n, rng.randint(90000, 480000), n * 5, rng.randint(98000, 131000)])
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        "地区別", rows, title="令和6年度 個人市民税 地区別課税状況（6月当初）", first_row=4,
        footer="税務課 市民税係（統計書掲載用）")])))  # fmt: skip
    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="令和6年度 市県民税 納税通知書の見方",
        paragraphs=["①宛名番号：市の宛名管理のための番号です。お問い合わせの際にお伝えください。",
                    "②税額の計算：所得割＝（総所得金額等－所得控除額）×税率－税額控除額。均等割は市民税3,000円、県民税1,000円、森林環境税1,000円。",
                    "③特別徴収の方は、勤務先から6月～翌年5月の給与から差し引かれます。",
                    "④定額減税：本人及び同一生計配偶者・扶養親族1人につき1万円を所得割から控除します。",
                    "納期限を過ぎると督促状が送付され、延滞金がかかる場合があります。",
                    f"お問い合わせ　税務課 市民税係　{p.office_tel}"])))  # fmt: skip
    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="課税台帳 CSV 出力項目定義（システム更改用）",
        tables=[[["No", "項目名", "桁数", "備考"], ["1", "宛名番号", "12", "数字。チェックデジットなし"],
                 ["2", "氏名（漢字）", "40", "全角"], ["3", "氏名（カナ）", "40", "半角カナ"], ["4", "生年月日", "8", "西暦YYYYMMDD"],
                 ["5", "住所", "80", "方書含む"], ["6", "個人番号", "12", "番号利用事務のみ出力。通常は空欄"],
                 ["7", "所得割額", "9", ""], ["8", "均等割額", "7", ""], ["9", "障害者控除区分", "1", "0:なし 1:普通 2:特別"]]],
        paragraphs=["個人番号および控除区分は、出力権限（税務課係長以上）がある場合のみ値を出力する。"],
        header="株式会社新星データ 提案資料")))  # fmt: skip
    corp = [["法人番号", "法人名", "所在地", "代表者", "均等割区分", "申告期限"]]
    for kind, name in COMPANIES[:9]:
        corp.append([random_corporate_number(rng), f"{kind}{name}", f"{p.city}{rng.choice(towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)}",
                     "代表取締役 " + p.person().name(0), rng.choice(["1号", "3号", "5号"]), f"R6.{rng.randint(6, 9)}.30"])  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec(
        "法人", corp, title="法人市民税 申告予定法人一覧", first_row=3)]),
        note="company representatives named in role next to the company's address: not private persons → 1"))  # fmt: skip
    rate = [["課税標準額", "税率"], ["固定資産税", "1.4%"], ["都市計画税", "0.3%"], ["免税点（土地）", "30万円"],
            ["免税点（家屋）", "20万円"], ["軽自動車税（四輪自家用）", "10,800円"]]  # fmt: skip
    docs.append(
        Doc(f, "ods", 1, [], DocSpec(sheets=[SheetSpec("税率", rate, title="市税の税率一覧（令和6年度）")]))
    )
    model = [["モデル世帯", "給与収入", "所得割", "均等割", "定額減税", "年税額"],
             ["単身（30歳）", 3000000, 98500, 5000, -10000, 93500], ["夫婦（配偶者控除）", 5000000, 178000, 5000, -20000, 163000],
             ["夫婦子2人（高校生・大学生）", 7000000, 251500, 5000, -40000, 216500], ["年金単身（75歳）", 2400000, 21300, 5000, -10000, 16300]]  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        "試算", model, title="令和6年度 個人住民税 モデル世帯別税額試算（広報用）", first_row=3)])))  # fmt: skip
    # --- level 2 ---
    ledger = p.people(24)
    rows = [["宛名番号", "氏名", "住所", "所得割", "均等割", "年税額", "特徴/普徴"]]
    for q in ledger:
        s = rng.randint(0, 40) * 1000 + rng.randint(0, 9) * 100
        rows.append(
            [
                invalid_twelve(rng),
                q.name(1),
                q.addr(0),
                s,
                5000,
                s + 5000,
                rng.choice(["普徴", "特徴", "年金"]),
            ]
        )
    docs.append(Doc(f, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        "抽出", rows, title=f"課税台帳 抽出（{towns[2]}）R6当初", first_row=3, header="税務課 取扱注意")]),
        note="tax amounts (income) add nothing to name+address → 2"))  # fmt: skip
    notice = p.people(17)
    rows = [["通知書番号", "送付先氏名", "送付先住所", "電話番号", "第1期", "返戻"]]
    for i, q in enumerate(notice):
        rows.append([f"6{rng.randint(1000000, 9999999)}", q.name(2) + "　様", q.addr(1), q.phone,
                     f"{rng.randint(3, 60) * 100:,}", "宛所不明" if i % 6 == 0 else ""])  # fmt: skip
    docs.append(Doc(f, "csv", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("返戻", rows)])))
    dep = p.people(6, born=(1935, 1950)) + p.people(4, born=(2000, 2007))
    rows = [["扶養者宛名番号", "被扶養者氏名", "生年月日", "続柄", "年齢（12/31）", "区分"]]
    for q in dep:
        age = 2023 - q.birth.year
        rows.append([invalid_twelve(rng), q.name(4 if q.birth.year < 1951 else 0), wareki(q.birth, "long"),
                     ("父" if q.male else "母") if age > 60 else "子", age, "老人扶養" if age >= 70 else "特定扶養"])  # fmt: skip
    docs.append(Doc(f, "ods", 2, ["name", "birth_date"], DocSpec(sheets=[SheetSpec(
        "扶養確認", rows, title="扶養控除 重複確認リスト")])))  # fmt: skip
    owners = p.people(12)
    rows = [["納税義務者", "住所", "所在地番", "地目", "評価額", "税額"]]
    for q in owners:
        rows.append([q.name(0), q.addr(2), f"{rng.choice(towns)}{rng.randint(100, 2999)}番{rng.randint(1, 9)}",
                     rng.choice(["宅地", "畑", "雑種地"]), f"{rng.randint(200, 9000) * 1000:,}", f"{rng.randint(3, 150) * 1000:,}"])  # fmt: skip
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(
        title="固定資産税 納税義務者変更一覧（相続・売買）", sheets=[SheetSpec("変更", rows)],
        header="資産税係 内部資料")))  # fmt: skip
    ref = p.people(8)
    rows = [["氏名", "電話", "還付額", "理由", "口座", "連絡状況"]]
    for q in ref:
        rows.append([q.name(rng.choice([0, 3])) + " 様", q.mobile if rng.random() < 0.6 else q.phone,
                     f"{rng.randint(1, 90) * 100}円", rng.choice(["更正（減額）", "二重納付", "特徴→普徴切替"]),
                     rng.choice(BANKS), rng.choice(["請求書受領", "不在", "留守電"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec(
        "還付", rows, title="過誤納還付 連絡先一覧")])))  # fmt: skip
    cert = p.people(13)
    rows = [["交付日", "証明書", "対象者氏名", "生年月日", "年度", "請求者", "手数料"]]
    for q in cert:
        rows.append([dt.date(2024, 6, rng.randint(3, 7)), rng.choice(["所得証明書", "課税証明書", "非課税証明書"]),
                     q.name(rng.choice([0, 1, 2])), wareki(q.birth, "long"), "R6", rng.choice(["本人", "配偶者", "代理人"]), 300])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "birth_date"], DocSpec(sheets=[SheetSpec(
        "6月", rows, title="税証明 交付簿", first_row=4, number_formats={0: "m/d"})])))  # fmt: skip
    # --- level 3 ---
    mn = p.people(9)
    rows = [["宛名番号", "氏名", "生年月日", "個人番号", "給与支払者", "突合結果"]]
    for q in mn:
        rows.append([invalid_twelve(rng), q.name(1), q.birth.strftime("%Y%m%d"), q.my_number,
                     "".join(rng.choice(COMPANIES)), rng.choice(["一致", "一致", "氏名相違", "住所相違"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 3, ["name", "birth_date", "my_number"], DocSpec(sheets=[
        SheetSpec("集計", [["突合件数", 9], ["不一致", 2], ["作成", "市民税係"]], title="給報 個人番号突合"),
        SheetSpec("明細", rows, state="hidden")]),
        note="the 明細 with My Numbers is on a hidden sheet"))  # fmt: skip
    dis = p.people(7)
    rows = [["氏名", "住所", "障害者控除", "手帳", "等級", "確認資料"]]
    for q in dis:
        rows.append([q.name(0), q.addr(0), rng.choice(["普通", "特別"]), rng.choice(["身体", "療育", "精神"]),
                     rng.choice(["1級", "2級", "3級", "4級", "A", "B"]), "手帳写し"])  # fmt: skip
    docs.append(Doc(f, "docx", 3, ["name", "address", "health"], DocSpec(
        title="障害者控除 申告内容確認表", tables=[rows], footer="税務課 市民税係")))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "txt-cp932", 3, ["name", "address", "health"], DocSpec(
        title="医療費控除 明細書 確認メモ",
        paragraphs=[f"申告者：{q.name(2)}（{q.addr(3)}）", "領収書の合計 412,380円、保険金補填 100,000円。",
                    f"内訳：{rng.choice(['市立総合病院', '中央クリニック'])} 糖尿病性腎症で通院（週3回人工透析）、処方薬代。",
                    "通院交通費（タクシー）は症状により認める。医師の証明書写し添付あり。", "確認者 " + p.staff[1].sur])))  # fmt: skip
    bulk = p.people(152)
    rows = [["通知書番号", "氏名", "郵便番号", "住所", "方書", "年税額"]]
    for q in bulk:
        rows.append([f"6{rng.randint(1000000, 9999999)}", q.name(1), f"{rng.randint(300, 999)}-{rng.randint(1000, 9999)}",
                     q.addr(1).split(" ")[0], q.building, rng.randint(5, 400) * 100])  # fmt: skip
    docs.append(Doc(f, "csv-cp932", 3, ["name", "address"], DocSpec(sheets=[SheetSpec("発送", rows)]),
        note="152 taxpayers with their addresses (印刷委託用データ): bulk → 3"))  # fmt: skip
    return docs


def collection(p: Pool) -> list[Doc]:
    rng = p.rng
    f = "collection"
    docs: list[Doc] = []
    towns = p.town_names()
    # --- level 1 ---
    cal = [["月", "市県民税", "固定資産税", "軽自動車税", "国民健康保険税"]]
    for m, a, b, c, d in [("4月", "", "第1期 4/30", "", ""), ("5月", "", "", "全期 5/31", ""), ("6月", "第1期 7/1", "", "", ""),
                          ("7月", "", "第2期 7/31", "", "第1期 7/31"), ("8月", "第2期 9/2", "", "", "第2期 9/2"),
                          ("10月", "第3期 10/31", "", "", "第4期 10/31"), ("12月", "", "第3期 12/25", "", "第6期 12/25"),
                          ("1月", "第4期 1/31", "", "", "第7期 1/31"), ("2月", "", "第4期 2/28", "", "第8期 2/28")]:  # fmt: skip
        cal.append([m, a, b, c, d])
    docs.append(Doc(f, "pdf", 1, [], DocSpec(
        title="令和6年度 納税カレンダー", sheets=[SheetSpec("納期", cal)],
        paragraphs=["口座振替なら納め忘れがありません。お申し込みは金融機関または収納課窓口で。",
                    "納期限までに納付がない場合、督促状（手数料100円）が発送され、延滞金が加算されます。"],
        footer=f"{p.city} 収納課 {p.office_tel}")))  # fmt: skip
    rows = [["税目", "調定額（千円）", "収入済額（千円）", "収納率", "滞納繰越分収納率"]]
    for t in ["個人市民税", "法人市民税", "固定資産税", "軽自動車税", "国民健康保険税"]:
        rows.append([t, rng.randint(400000, 9000000), rng.randint(380000, 8800000), f"{rng.uniform(93, 99.6):.1f}%",
                     f"{rng.uniform(18, 41):.1f}%"])  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        "収納率", rows, title="令和5年度 市税収納状況（出納閉鎖後）", first_row=3)],
        properties={"title": "市税収納状況", "subject": "滞納整理 実績"})))  # fmt: skip
    docs.append(Doc(f, "docx", 1, [], DocSpec(
        title="督促状（文例）",
        paragraphs=["{{宛名住所}}", "{{宛名氏名}} 様", "",
                    "あなたの下記市税は、納期限までに納付されていません。",
                    "地方税法の規定により督促します。指定期限までに納付してください。",
                    "指定期限までに完納されないときは、滞納処分（財産の差押え）を受けることがあります。",
                    "税目 {{税目}}　年度 {{年度}}　期別 {{期別}}　税額 {{税額}}円　督促手数料 100円"],
        header="様式第12号（差込用テンプレート）")))  # fmt: skip
    docs.append(Doc(f, "pptx", 1, [], DocSpec(
        title="滞納整理の進め方（新任職員研修）",
        paragraphs=["督促 → 催告 → 財産調査 → 差押 → 換価・配当", "分納は原則1年以内、誓約書を徴する",
                    "生活困窮の申出：執行停止の要件（地方税法15条の7）を確認",
                    "事例中の氏名は架空（例：市税 納子）"],
        notes=["財産調査は預貯金・給与・生命保険・不動産の順に照会"])))  # fmt: skip
    docs.append(Doc(f, "txt", 1, [], DocSpec(
        title="インターネット公売のお知らせ",
        paragraphs=["市税の滞納処分により差し押さえた財産を、インターネット公売により売却します。",
                    "公売財産：軽自動車（平成29年式、走行距離約6.2万km）、腕時計 2点、土地（" + towns[1] + "地内 宅地 182.3㎡）",
                    "入札期間：令和6年7月16日～7月23日　見積価額は公売サイトに掲載します。",
                    f"問い合わせ：{p.city}収納課 滞納整理係 {p.office_tel}"])))  # fmt: skip
    # --- level 2 ---
    acc = p.people(19)
    rows = [["受付日", "納税者氏名", "住所", "金融機関", "支店", "種別", "口座番号", "対象税目"]]
    for q in acc:
        rows.append([dt.date(2024, 5, rng.randint(1, 31)), q.name(rng.choice([0, 1])), q.addr(1), rng.choice(BANKS),
                     rng.choice(["本店", "駅前支店", "中央支店"]), "普通", f"{rng.randint(1000000, 9999999)}",
                     rng.choice(["市県民税", "固定資産税", "国保税", "全税目"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        "新規", rows, title="口座振替依頼書 受付一覧（5月受付・6月振替開始）", first_row=3)]),
        post=xlsx_post(_hide_column("G"))))  # fmt: skip
    re_ = p.people(10)
    rows = [["日付", "氏名", "電話番号", "依頼内容", "送付方法"]]
    for q in re_:
        rows.append([f"6/{rng.randint(3, 7)}", q.name(1) + "さん", fw(q.phone) if rng.random() < 0.5 else q.phone,
                     rng.choice(["納付書再発行（第1期）", "コンビニ用バーコード再発行", "スマホ決済用納付書"]), "郵送"])  # fmt: skip
    docs.append(Doc(f, "txt-cp932", 2, ["name", "phone"], DocSpec(
        title="納付書再発行 依頼受付（電話）", tables=[rows],
        paragraphs=["※ 納期限内の再発行依頼のみ。延滞分は係長へ回す。"])))  # fmt: skip
    pay = p.people(8)
    rows = [["納付日", "納付者", "住所", "税目", "金額", "納付場所"]]
    for q in pay:
        rows.append([wareki(dt.date(2024, 5, rng.randint(1, 31)), "short"), q.name(0), q.addr(0), "軽自動車税",
                     "10,800", rng.choice(["コンビニ", "PayPay", "指定金融機関"])])  # fmt: skip
    docs.append(Doc(f, "ods", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        "消込", rows, title="納期内 納付消込 確認（車検用納税証明）")])))  # fmt: skip
    car = p.people(11)
    rows = [["No", "氏名", "住所", "車両番号", "交付区分"]]
    for i, q in enumerate(car, 1):
        rows.append([i, q.name(1), q.addr(1), f"{rng.randint(480, 599)} {rng.choice('あかさたなまやらわ')} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                     rng.choice(["窓口", "郵送"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec(
        "継続検査用", rows, title="軽自動車税 納税証明書（継続検査用）交付簿", first_row=3)]),
        note="a 納税証明 is proof of payment, not arrears: name+address → 2"))  # fmt: skip
    # --- level 3 ---
    q = p.person()
    docs.append(Doc(f, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="督促状",
        paragraphs=[f"〒{rng.randint(300, 999)}-{rng.randint(1000, 9999)}", q.addr(2), f"{q.name(0)}　様", "",
                    "あなたの下記市税は、納期限までに納付されていません。地方税法の規定により督促します。",
                    f"指定期限　{wareki(dt.date(2024, 6, 28), 'long')}"],
        tables=[[["年度", "税目", "期別", "納期限", "税額", "督促手数料"],
                 ["R5", "市県民税", "第4期", "R6.1.31", f"{rng.randint(50, 300) * 100:,}", "100"],
                 ["R6", "固定資産税", "第1期", "R6.4.30", f"{rng.randint(80, 500) * 100:,}", "100"]]],
        header=f"{p.city}長", textboxes=[f"宛名番号 {invalid_twelve(rng)}"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone", "birth_date", "arrears"], DocSpec(), post=form_pdf([
        (80, 20, "分 納 誓 約 書", 16), (140, 30, f"{wareki(dt.date(2024, 6, 5), 'long')}", 10), (20, 40, f"{p.city}長 様", 11),
        (20, 55, f"住所　{q.addr(2)}", 10), (20, 63, f"氏名　{q.name(2)}　㊞", 10),
        (20, 71, f"生年月日　{wareki(q.birth, 'long')}　電話　{q.mobile}", 10),
        (20, 85, "私は、下記の滞納市税について、次のとおり分割して納付することを誓約します。", 10),
        (20, 95, f"滞納額合計　{rng.randint(20, 90) * 1000 + 700:,}円（本税）　延滞金は完納後に計算", 10),
        (20, 103, "毎月末日までに 10,000円 を納付します（令和6年6月～令和7年3月）", 10),
        (20, 115, "分納の履行を怠ったときは、直ちに滞納処分を受けても異議ありません。", 10),
    ])))  # fmt: skip
    q = p.person()
    emp = "".join(rng.choice(COMPANIES))
    docs.append(Doc(f, "txt", 3, ["name", "address", "phone", "arrears"], DocSpec(
        title=f"滞納整理 経過記録（{q.name(1)}）",
        paragraphs=[f"滞納者：{q.name(1)}　{q.addr(1)}　TEL {q.mobile}",
                    "滞納額：R4市県民税 48,200、R5市県民税 96,400、R5国保税 132,100（延滞金別）",
                    "2024/04/12 催告書送付。応答なし。",
                    "2024/05/08 臨戸。不在。差置き通知。",
                    f"2024/05/20 本人来庁。勤務先 {emp}。月2万円の分納を申出。給与明細の提出を求めた。",
                    "2024/06/03 初回分納入金 20,000円確認。",
                    "次回：7月分の入金を確認、不履行時は給与差押を検討。"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "odt", 3, ["name", "address", "arrears"], DocSpec(
        title="差押執行 伺い（預金債権）",
        paragraphs=[f"滞納者　{q.name(0)}　{q.addr(2)}",
                    f"差押財産　{rng.choice(BANKS)} 普通預金（残高照会 184,562円）",
                    "滞納税額　固定資産税 R4～R5 計 211,300円、延滞金 18,400円",
                    "経過　督促後 催告3回、納付相談なし。財産調査により上記預金を把握。",
                    "上記について差押えを執行してよろしいか伺います。"],
        header="決裁　課長 ／ 係長 ／ 担当")))  # fmt: skip
    arr = p.people(23)
    rows = [["宛名番号", "氏名", "住所", "電話", "滞納額", "最終納付", "処分状況"]]
    for a in arr:
        rows.append([invalid_twelve(rng), a.name(rng.choice([0, 1, 2])), a.addr(0), a.phone, rng.randint(20, 900) * 1000,
                     wareki(dt.date(rng.randint(2021, 2024), rng.randint(1, 12), 1), "short"),
                     rng.choice(["催告中", "分納中", "預金差押", "執行停止検討", "調査中"])])  # fmt: skip
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[
        SheetSpec("集計", [["処分状況", "件数"], ["催告中", 8], ["分納中", 6], ["差押", 4]], title="滞納整理 進捗"),
        SheetSpec("滞納者一覧", rows, state="hidden", title="高額・長期滞納者（担当別）")]),
        note="the named arrears list is on a hidden sheet; the visible one holds counts only"))  # fmt: skip
    q = p.person(born=(1940, 1955))
    docs.append(Doc(f, "docx", 3, ["name", "address", "arrears", "health"], DocSpec(
        title="滞納処分の執行停止について（伺い）",
        paragraphs=[f"対象者：{q.name(3)}（{q.addr(0)}）",
                    "滞納額：国民健康保険税 R3～R5 計 356,800円",
                    "理由：本人は脳梗塞の後遺症により就労不能、要介護2。年金収入のみで生活保護基準以下。",
                    "財産調査の結果、差押可能な財産なし。地方税法第15条の7第1項第2号により執行停止とする。"],
        footer="収納課 滞納整理係")))  # fmt: skip
    toku = p.people(15)
    rows = [["督促番号", "氏名", "住所", "税目", "期別", "本税"]]
    for a in toku:
        rows.append([f"T6-{rng.randint(10000, 99999)}", a.name(1), a.addr(1), rng.choice(["軽自動車税", "市県民税"]),
                     rng.choice(["全期", "1期"]), rng.choice([10800, 7200, 3900, 12900, 26000])])  # fmt: skip
    docs.append(Doc(f, "csv-cp932", 3, ["name", "address", "arrears"], DocSpec(sheets=[SheetSpec(
        "督促", rows, title="督促状発付対象者（R6.6.20発付）")])))  # fmt: skip
    return docs


def _hide_column(letter: str) -> Callable[[object], None]:
    def edit(wb: object) -> None:
        ws = wb.worksheets[0]  # type: ignore[attr-defined]
        ws.column_dimensions[letter].hidden = True

    return edit


def chat(p: Pool) -> list[Doc]:
    f = "chat"
    s = p.staff
    docs: list[Doc] = []
    # --- level 1 ---
    docs.append(Doc(f, "txt", 1, [], DocSpec(paragraphs=[
        "[2024/06/05 8:47] " + s[0].name(0) + "（収納課）", "本日10時から基幹系のバッチ停止です。口座振替データの取込は午後に回してください。",
        "[2024/06/05 8:52] " + s[1].name(0), "了解です。コンビニ収納の速報は普通に見られますか？",
        "[2024/06/05 8:53] " + s[0].name(0) + "（収納課）", "見られます。↩ 返信: 速報は11時更新",
        "[2024/06/05 9:30] " + s[2].name(0), "督促状の発付日、6/20で確定とのこと（課長確認済）",
    ], title="Teams 収納課チャネル（コピー）")))  # fmt: skip
    docs.append(Doc(f, "docx", 1, [], DocSpec(title="LINE WORKS トーク履歴（税務課 市民税係）", paragraphs=[
        "2024/06/10(月) 08:31\t" + s[3].name(1) + "\t当初課税の問い合わせ、昨日だけで140件でした",
        "2024/06/10(月) 08:33\t" + s[4].name(1) + "\t定額減税の質問が半分くらいですね。FAQ更新しますか",
        "2024/06/10(月) 08:35\t" + s[3].name(1) + "\tお願いします。あと、" + s[5].sur + "さんの件（窓口の配置）は明日相談で",
        "2024/06/10(月) 08:40\t" + s[4].name(1) + "\t[スタンプ]",
    ])))  # fmt: skip
    docs.append(Doc(f, "txt-cp932", 1, [], DocSpec(title="Slack #shuno-kakari エクスポート", paragraphs=[
        s[6].name(0) + "  9:02", "  今月の臨戸、" + p.town_names()[0] + "方面は水曜でいいですか",
        "  └ 返信 2件", s[7].name(0) + "  9:05", "  水曜OKです。公用車予約しておきます",
        s[6].name(0) + "  9:06", "  ありがとうございます。催告書の文面は先月のままで",
    ])))  # fmt: skip
    docs.append(Doc(f, "txt", 1, [], DocSpec(title="Teams チャット（市民課 窓口）", paragraphs=[
        "[2024/06/07 13:14] " + s[2].name(0), "2番窓口のお客様、転出証明書を忘れたそうで出直しになりました",
        "[2024/06/07 13:15] " + s[1].name(0), "了解です、受付票だけ残しておいてください（氏名は書かなくていいです）",
        "[2024/06/07 13:40] " + s[2].name(0), "マイナカードの暗証番号ロック解除、午後は3件予約あり",
    ]), note="a resident mentioned without any name, address, birth date or phone → 1"))  # fmt: skip
    # --- level 2 ---
    q = p.person()
    docs.append(Doc(f, "txt", 2, ["name", "phone", "address"], DocSpec(title="Teams チャット（税務課）", paragraphs=[
        f"[2024/06/06 10:02] {s[3].name(0)}", f"{q.name(1)}さんから電話、特別徴収なのに納税通知書が届いたとのこと",
        f"[2024/06/06 10:03] {s[4].name(0)}", "勤務先から給報は来てます？",
        f"[2024/06/06 10:05] {s[3].name(0)}", f"来てないです。折り返し先 {q.mobile}、住所は {q.addr(0)} で合ってました",
        f"  ↳ {s[4].name(0)}: 会社に確認して切替えましょう",
    ])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "docx", 2, ["name", "birth_date", "address"], DocSpec(
        title="LINE WORKS トーク（市民課・支所）", paragraphs=[
            f"2024/06/04(火) 14:20\t{s[0].name(1)}\t支所から住民票の本人確認です",
            f"2024/06/04(火) 14:21\t{s[0].name(1)}\t{q.name(3)}様 {wareki(q.birth, 'short')}生 で照会お願いします",
            f"2024/06/04(火) 14:23\t{s[5].name(1)}\t該当あり。{q.addr(0)}、世帯主本人です",
            f"2024/06/04(火) 14:23\t{s[0].name(1)}\tありがとうございます！"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "txt-cp932", 2, ["name", "phone"], DocSpec(title="Slack #shimin-madoguchi", paragraphs=[
        f"{s[1].name(0)}  11:48", f"  {q.name(0)}さん（印鑑登録の照会書の件）から電話ありました",
        f"  折り返し {fw(q.mobile)} までお願いします", f"  └ {s[2].name(0)}  11:52  了解、午後に電話します",
    ])))  # fmt: skip
    fo = p.person(foreign=True)
    docs.append(Doc(f, "txt", 2, ["name", "address", "birth_date"], DocSpec(title="Teams チャット（市民課 外国人住民）", paragraphs=[
        f"[2024/06/03 15:31] {s[5].name(0)}", f"{fo.foreign}（{fo.kana()}）さん、転居届で来庁中です",
        f"[2024/06/03 15:32] {s[5].name(0)}", f"新住所 {fo.addr(1)}、生年月日 {fo.birth:%Y/%m/%d}。在留カードの住所裏書お願いできますか",
        f"[2024/06/03 15:35] {s[6].name(0)}", "OKです、3番へどうぞ"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "pptx", 2, ["name", "address", "phone"], DocSpec(
        title="窓口チャット共有（週次振り返り）",
        paragraphs=["今週のヒヤリハット：同姓同名の取り違え寸前 1件",
                    f"事例：{q.name(0)}様（{q.addr(0)}）あての納税通知書を別人に交付しかけた",
                    f"→ 本人へお詫びの連絡済（{q.phone}）", "対策：交付時に生年月日も口頭確認"])))  # fmt: skip
    # --- level 3 ---
    q = p.person()
    docs.append(Doc(f, "txt", 3, ["name", "address", "arrears"], DocSpec(title="Teams チャット（収納課 滞納整理係）", paragraphs=[
        f"[2024/06/06 16:10] {s[6].name(0)}", f"{q.name(2)}（{q.addr(0)}）、国保税の滞納38万、今日来庁されました",
        f"[2024/06/06 16:12] {s[7].name(0)}", "分納ですか？前回の誓約、3回で止まってますよね",
        f"[2024/06/06 16:14] {s[6].name(0)}", "月1.5万で再誓約。不履行なら給与差押の方向で係長了承済",
        f"  ↳ {s[7].name(0)}: 了解です。督促状の再送は不要で"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "docx", 3, ["name", "my_number"], DocSpec(title="LINE WORKS トーク（市民課 番号係）", paragraphs=[
        f"2024/06/05(水) 09:12\t{s[1].name(1)}\t{q.name(0)}さんのカード交付、番号の一致確認だけお願いします",
        f"2024/06/05(水) 09:13\t{s[1].name(1)}\t{spaced(q.my_number, '-')}",
        f"2024/06/05(水) 09:15\t{s[2].name(1)}\t一致しました。交付通知書の番号と同じです",
        f"2024/06/05(水) 09:15\t{s[1].name(1)}\t了解、このトークは後で削除します"]),
        note="a My Number with the person's name → 3 even without an address"))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "txt-cp932", 3, ["name", "phone", "health", "arrears"], DocSpec(title="Slack #nozei-soudan", paragraphs=[
        f"{s[3].name(0)}  14:02", f"  {q.name(0)}さん（{q.phone}）から相談。うつ病で通院中、休職して収入が減ったそうです",
        "  固定資産税2期分が未納。減免か徴収猶予の対象になりますか", "  └ 返信 1件",
        f"{s[4].name(0)}  14:20", "  診断書があれば徴収猶予を検討できます。申請書を郵送してください"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "txt", 3, ["name", "birth_date", "health"], DocSpec(title="Teams チャット（市民課 支援措置）", paragraphs=[
        f"[2024/06/04 9:03] {s[0].name(0)}", f"{q.name(1)}さん（{wareki(q.birth, 'long')}生）、本日付で支援措置の申出受理",
        f"[2024/06/04 9:05] {s[0].name(0)}", "相談機関の意見書あり。PTSDで心療内科に通院中とのこと。住所は閲覧制限対象です",
        f"[2024/06/04 9:07] {s[5].name(0)}", "システムの支援対象フラグ立てました"])))  # fmt: skip
    return docs


def memo(p: Pool) -> list[Doc]:
    rng = p.rng
    f = "memo"
    s = p.staff
    docs: list[Doc] = []
    # --- level 1 ---
    docs.append(Doc(f, "docx", 1, [], DocSpec(title="引継書（収納課 収納係）", paragraphs=[
        "1. 日次：指定金融機関・コンビニ・スマホ決済の消込（朝9時と15時）",
        "2. 月次：口座振替の結果データ取込（振替日の3営業日後）、不能分への納付書送付",
        "3. 督促：納期限後20日以内に発付。発付前に消込漏れがないか確認",
        "4. 注意：個人番号を含む帳票は鍵付きキャビネットに保管、不要分は溶解処理",
        f"前任：{s[6].name(0)}（内線2214）　後任：{s[7].name(0)}（内線2215）"])))  # fmt: skip
    ext = [["係", "氏名", "内線", "直通"]]
    for i, st in enumerate(s):
        ext.append([["市民税係", "資産税係", "収納係", "滞納整理係", "住民記録係"][i % 5], st.name(0), f"2{200 + i}",
                    p.office_tel if i == 0 else ""])  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("内線", ext, title="税務部 内線一覧（R6.4.1）")]),
        note="staff in an extension list → not private persons → 1"))  # fmt: skip
    kind, comp = COMPANIES[8]
    docs.append(Doc(f, "txt", 1, [], DocSpec(paragraphs=[
        "件名：Re: 課税システム 帳票改修のお見積りについて", f"{kind}{comp}", "営業部 " + p.person().name(0) + " 様", "",
        "いつもお世話になっております。", "先日ご依頼した督促状・催告書レイアウト変更の件、お見積りを拝受しました。",
        "納期を8月末とする場合の費用を再度ご提示ください。", "",
        f"{p.city} 税務部 収納課 {s[6].name(0)}", f"TEL {p.office_tel}（内線2214）"]),
        note="a vendor's sales contact named in role → 1"))  # fmt: skip
    rows = [["区分", "4月", "5月", "計"], ["納付相談", 142, 168, 310], ["分納誓約", 38, 41, 79], ["差押解除申出", 3, 5, 8],
            ["住民票等交付", 4211, 3987, 8198]]  # fmt: skip
    docs.append(Doc(f, "csv", 1, [], DocSpec(sheets=[SheetSpec("件数", rows, title="窓口対応件数（月報）")])))
    rows = [["時間帯", "月", "火", "水", "木", "金"]]
    for h in range(8, 17):
        rows.append([f"{h}:30～"] + [rng.randint(2, 45) for _ in range(5)])
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        "待ち人数", rows, title="市民課 窓口 時間帯別平均待ち人数（5月）", first_row=3)])))  # fmt: skip
    # --- level 2 ---
    q = p.person()
    docs.append(Doc(f, "docx", 2, ["name", "address", "phone"], DocSpec(
        title="窓口対応記録", tables=[[["日時", "2024/06/06 10:40"], ["来庁者", q.name(2) + " 様"],
                                  ["住所", q.addr(2)], ["連絡先", q.phone], ["内容", "納税通知書の宛名が旧姓のまま。婚姻による氏変更の反映依頼"],
                                  ["対応", "住基は変更済。課税側の宛名を修正し、再送付"], ["対応者", s[3].name(0)]]]),
        post=docx_post(_merge_table_col)))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "txt-cp932", 2, ["name", "address", "birth_date"], DocSpec(paragraphs=[
        "件名：住民票の職権消除の件（引継ぎ）", "", f"{s[2].sur}さん", "",
        f"{q.name(1)}（{wareki(q.birth, 'short')}生）、{q.addr(0)} で実態調査中です。",
        "2回訪問しましたが居住の実態がなく、郵便も戻っています。", "7月の会議で職権消除を諮る予定なので、調査票の続きをお願いします。",
        "", s[1].name(0)])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "odt", 2, ["name", "address"], DocSpec(
        title="メール下書き：住民税の申告書送付について",
        paragraphs=[f"〒{rng.randint(300, 999)}-{rng.randint(1000, 9999)}", q.addr(2), f"{q.name(0)} 殿", "",
                    "先日お問い合わせいただいた令和6年度市県民税申告書を同封します。",
                    "ご記入のうえ、同封の返信用封筒でご返送ください。", f"{p.city} 税務課 市民税係"])))  # fmt: skip
    vis = p.people(5)
    rows = [["時刻", "氏名", "電話", "用件", "対応"]]
    for v in vis:
        rows.append([f"{rng.randint(9, 16)}:{rng.randint(0, 59):02d}", v.name(rng.choice([0, 1, 3])), v.mobile,
                     rng.choice(["住民票の請求方法", "印鑑登録証の再発行", "転出届の郵送方法", "税証明の委任状"]), "説明済"])  # fmt: skip
    docs.append(Doc(f, "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec(
        "6月7日", rows, title="電話対応メモ（市民課）")])))  # fmt: skip
    # --- level 3 ---
    q = p.person()
    docs.append(Doc(f, "docx", 3, ["name", "address", "phone", "arrears", "health"], DocSpec(
        title="窓口対応記録（納付相談）", tables=[[["日時", "2024/06/07 14:05"], ["相談者", f"{q.name(0)}さん"],
                                       ["住所", q.addr(0)], ["電話", q.mobile],
                                       ["滞納", "R5 市県民税 3期・4期 未納 62,400円"],
                                       ["内容", "がんの治療で入院・通院が続き、収入が途絶えた。分納を希望"],
                                       ["対応", "月5,000円で分納誓約。医療費の領収書写しを次回持参"]]]),
        post=docx_post(_merge_table_col)))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "txt", 3, ["name", "address", "arrears"], DocSpec(paragraphs=[
        "【引継メモ】滞納整理 担当替え（" + p.town_names()[3] + "地区）", "",
        f"・{q.name(0)} 様（{q.addr(0)}）：R4から軽自動車税・市県民税を滞納、計 15万円。",
        "  前年度に給与差押の予告済。会社は退職した模様。転職先を調査中。",
        "・ほか地区の案件は一覧（共有フォルダ）参照。", "", "以上 " + s[7].name(0)])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "docx", 3, ["name", "address", "my_number"], DocSpec(
        title="メール下書き：個人番号の訂正について（国保年金課あて）",
        paragraphs=["国保年金課 ご担当者様", "",
                    f"標記の件、{q.name(0)}さん（{q.addr(0)}）の個人番号が住基と課税で相違していました。",
                    "住基側が正です。課税側は入力誤りのため本日訂正しました。", "訂正後の番号は下記のとおりです（送信前にパスワード付き添付に切替）。"],
        header=f"個人番号 {q.my_number}", footer="税務課 市民税係"),
        note="the My Number is only in the page header of the Word file"))  # fmt: skip
    return docs


def _merge_table_col(d: object) -> None:
    """A record form: the 内容 row's value spans the two right-hand columns (a third column is added)."""
    table = d.tables[0]  # type: ignore[attr-defined]
    table.add_column(table.columns[0].width or 914400)
    for row in table.rows:
        row.cells[1].merge(row.cells[2])


def core_print(p: Pool) -> list[Doc]:
    rng = p.rng
    f = "core_print"
    docs: list[Doc] = []
    sysname = f"{p.city} 基幹系システム（住記・税）"
    towns = p.town_names()
    # --- level 1 ---
    rows = []
    for t in towns:
        for c in range(1, rng.randint(6, 9)):
            h = rng.randint(80, 900)
            rows.append(
                [
                    t,
                    f"{c}丁目",
                    f"{h:>5}",
                    f"{h * 2 + rng.randint(-50, 50):>6}",
                    f"{rng.randint(10, 45)}.{rng.randint(0, 9)}%",
                ]
            )
    cols = [("町名", 14), ("丁目", 50), ("世帯数", 75), ("人口", 100), ("高齢化率", 125)]
    docs.append(
        Doc(
            f,
            "pdf",
            1,
            [],
            DocSpec(),
            post=report_pdf(sysname, "JKB0510", "町丁別 人口集計表", cols, rows, 22),
        )
    )
    rows = [[fid, name, kind] for fid, name, kind in [
        ("ZEI0101", "納税通知書（市県民税）", "圧着"), ("ZEI0120", "督促状", "圧着"), ("ZEI0130", "催告書", "封書"),
        ("ZEI0210", "口座振替不能通知", "はがき"), ("JKB0101", "住民票の写し", "A4"), ("JKB0510", "町丁別人口集計表", "A4"),
        ("JKB0620", "転入者一覧", "A4"), ("SHU0301", "滞納者一覧", "A4横"), ("SHU0410", "分納履行状況表", "A4横")]]  # fmt: skip
    docs.append(Doc(f, "pdf", 1, [], DocSpec(), post=report_pdf(
        sysname, "SYS0001", "帳票一覧（出力権限マスタ）", [("帳票ID", 15), ("帳票名", 45), ("様式", 120)], rows * 4, 20)))  # fmt: skip
    rows = []
    for t in ["市県民税", "固定資産税", "軽自動車税", "国保税"]:
        for m in range(4, 13):
            rows.append([t, f"{m}月", f"{rng.randint(10000, 900000):>10,}", f"{rng.randint(100, 9000):>8,}"])
    docs.append(Doc(f, "pdf", 1, [], DocSpec(), post=report_pdf(
        sysname, "SHU0900", "税目別 月次収納実績", [("税目", 15), ("月", 60), ("収入額(千円)", 90), ("件数", 140)], rows, 20)))  # fmt: skip
    # --- level 2 ---
    inn = p.people(46)
    rows = [[wareki(dt.date(2024, 5, rng.randint(1, 31)), "slash"), q.name(2), q.kana(), wareki(q.birth, "slash"), q.addr(0)]
            for q in inn]  # fmt: skip
    cols = [("異動日", 10), ("氏名", 32), ("カナ", 62), ("生年月日", 105), ("住所", 130)]
    docs.append(Doc(f, "pdf", 2, ["name", "address", "birth_date"], DocSpec(),
        post=report_pdf(sysname, "JKB0620", "転入者一覧（R6.5月分）", cols, rows, 18, landscape=True)))  # fmt: skip
    ac = p.people(30)
    rows = [
        [q.name(1), q.addr(1), rng.choice(BANKS), "普通", f"{rng.randint(1000000, 9999999)}", "登録"]
        for q in ac
    ]
    cols = [
        ("納税義務者", 10),
        ("住所", 50),
        ("金融機関", 130),
        ("種別", 175),
        ("口座番号", 195),
        ("状態", 235),
    ]
    docs.append(Doc(f, "pdf", 2, ["name", "address"], DocSpec(),
        post=report_pdf(sysname, "ZEI0250", "口座振替 新規登録リスト", cols, rows, 16, landscape=True)))  # fmt: skip
    iss = p.people(25)
    rows = [[f"6/{rng.randint(3, 7)}", q.name(1), wareki(q.birth, "short"), rng.choice(["住民票", "課税証明", "印鑑証明"]),
             rng.choice(["本人", "代理人", "郵送"])] for q in iss]  # fmt: skip
    cols = [("交付日", 12), ("対象者", 35), ("生年月日", 80), ("証明書", 115), ("請求", 155)]
    docs.append(Doc(f, "pdf", 2, ["name", "birth_date"], DocSpec(),
        post=report_pdf(sysname, "JKB0190", "証明書交付履歴", cols, rows, 12, footer="取扱注意（外部持出禁止）")))  # fmt: skip
    ex = p.people(33)
    rows = [["KOJIN_NO_ATENA", "SHIMEI_KANJI", "SHIMEI_KANA", "SEINENGAPPI", "JUSHO", "TEL"]]
    for q in ex:
        rows.append(
            [invalid_twelve(rng), q.name(2), q.kana(), q.birth.strftime("%Y%m%d"), q.addr(1), q.phone]
        )
    docs.append(Doc(f, "tsv", 2, ["name", "birth_date", "address", "phone"], DocSpec(sheets=[SheetSpec("EXPORT", rows)]),
        note="a core-system export of 33 residents; the 12-digit KOJIN_NO_ATENA is a 宛名番号 failing the check digit → 2"))  # fmt: skip
    # --- level 3 ---
    arr = p.people(40)
    rows = [[invalid_twelve(rng), q.name(1), q.addr(0), q.phone, f"{rng.randint(20, 900) * 1000:>9,}",
             rng.choice(["R3", "R4", "R5"])] for q in arr]  # fmt: skip
    cols = [("宛名番号", 10), ("氏名", 42), ("住所", 75), ("電話", 150), ("滞納額", 185), ("最古年度", 215)]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "phone", "arrears"], DocSpec(),
        post=report_pdf(sysname, "SHU0301", "滞納者一覧（担当地区別）", cols, rows, 14, landscape=True)))  # fmt: skip
    bulk = p.people(112)
    rows = [
        [q.name(1), q.kana(), q.birth.strftime("%Y.%m.%d"), "男" if q.male else "女", q.addr(1)] for q in bulk
    ]
    cols = [("氏名", 10), ("カナ", 40), ("生年月日", 88), ("性別", 112), ("住所", 122)]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "birth_date"], DocSpec(),
        post=report_pdf(sysname, "JKB0300", f"住民一覧（{towns[4]}）", cols, rows, 40),
        note="112 residents with birth date and address over three pages: bulk → 3"))  # fmt: skip
    mn = p.people(6)
    rows = [[q.name(2), wareki(q.birth, "slash"), spaced(q.my_number), q.addr(0)] for q in mn]
    cols = [("氏名", 10), ("生年月日", 45), ("個人番号", 75), ("住所", 115)]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "birth_date", "my_number"], DocSpec(),
        post=report_pdf(sysname, "JKB0710", "個人番号 付番・変更者一覧", cols, rows, 3)))  # fmt: skip
    dun = p.people(20)
    rows = [[f"T6-{rng.randint(10000, 99999)}", q.name(0), q.addr(1), "市県民税", "第1期", f"{rng.randint(30, 400) * 100:>8,}"]
            for q in dun]  # fmt: skip
    cols = [("督促番号", 10), ("氏名", 35), ("住所", 65), ("税目", 140), ("期別", 165), ("督促税額", 185)]
    docs.append(Doc(f, "pdf", 3, ["name", "address", "arrears"], DocSpec(),
        post=report_pdf(sysname, "ZEI0120L", "督促状 発付者リスト", cols, rows, 10, landscape=True)))  # fmt: skip
    return docs


def form(p: Pool) -> list[Doc]:
    rng = p.rng
    f = "form"
    docs: list[Doc] = []
    city = _city(p)
    # --- level 1 ---
    docs.append(Doc(f, "docx", 1, [], DocSpec(title="住民票の写し等 交付請求書", tables=[[
        ["請求者", "住所", ""], ["", "氏名", ""], ["", "生年月日", "　　年　　月　　日"], ["", "電話番号", "（　　　）　　－"],
        ["必要な方", "氏名", ""], ["", "続柄", ""], ["個人番号の記載", "□あり　□なし", ""]]],
        paragraphs=["※ 太枠内をご記入ください。本人確認書類をご提示ください。"]),
        post=docx_post(_merge_label_column)))  # fmt: skip
    docs.append(Doc(f, "pdf", 1, [], DocSpec(), post=form_pdf([
        (75, 15, "口座振替依頼書　記入例", 15), (20, 30, "【記入例】", 11),
        (20, 40, "納税者氏名　市役 太郎（しやく たろう）", 10), (20, 48, f"住所　{p.city}中央一丁目1番1号", 10),
        (20, 56, "電話番号　000-0000-0000", 10), (20, 64, "口座番号　1234567　普通", 10),
        (20, 78, "※ 上記の氏名・住所・番号は記入例で、実在しません。", 9),
        (20, 86, "※ 届出印は通帳の印鑑をご使用ください。", 9)]),
        note="invented sample name marked 記入例 → 1"))  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("誓約書", [
        ["分納誓約書"], ["", "", "令和　年　月　日"], [f"{p.city}長 様"], ["住所", ""], ["氏名", "", "㊞"],
        ["生年月日", ""], ["電話番号", ""], ["下記の滞納市税について、分割して納付することを誓約します。"],
        ["滞納額", "", "円"], ["分納額（月）", "", "円"], ["納付期間", "", "～"]], header="様式第20号")]),
        post=xlsx_post(_merge_form_cells)))  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, [], DocSpec(sheets=[SheetSpec("受付票", [
        ["納付相談 受付票（収納課）"], ["受付日", "", ""], ["相談者氏名", "", ""], ["住所", "", ""], ["電話", "", ""],
        ["滞納税目", "□市県民税 □固定資産税 □軽自動車税 □国保税", ""], ["相談内容", "", ""], ["対応区分", "□分納 □猶予 □執行停止検討", ""],
        ["担当", "", ""]])]), post=xlsx_post(_merge_form_cells)))  # fmt: skip
    docs.append(Doc(f, "odt", 1, [], DocSpec(title="印鑑登録申請書（記入例）", paragraphs=[
        "記入例", "申請者　住所　〇〇市△△町1丁目2番3号", "氏名　見本 花子　　生年月日　昭和60年1月1日",
        "登録する印鑑：（印影）", "※ 記入例の氏名・住所は架空です。実際の申請では本人が自署してください。"]),
        note="invented sample name marked 記入例 → 1"))  # fmt: skip
    docs.append(Doc(f, "txt", 1, [], DocSpec(title="転出届（郵送用）の書き方", paragraphs=[
        "1 請求者の住所・氏名・生年月日・電話番号を記入してください（日中連絡がとれる番号）。",
        "2 転出先の住所と転出予定日を記入してください。",
        "3 マイナンバーカードをお持ちの方は、マイナポータルからオンラインで転出届ができます。",
        "4 本人確認書類の写しと、返信用封筒（切手貼付・宛先記入）を同封してください。",
        f"送付先：〒000-0000 {city}役所 市民課 郵送担当"])))  # fmt: skip
    # --- level 2 ---
    q = p.person()
    docs.append(Doc(f, "txt", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="【OCR結果】住民票の写し等交付請求書（郵送）", paragraphs=[
            "請求日 令和 6 年 6 月 3 日", f"請求者 住所 {q.addr(3)}", f"氏名 {q.name(2)}",
            f"生年月日 {wareki(q.birth, 'pad')}", f"電話番号 {q.phone.replace('-', ' ')}",
            "必要な方 □本人 ☑世帯全員", "個人番号の記載 □あり ☑なし", "使用目的 年金手続き", "[認識信頼度 0.87]"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="印鑑登録申請書", tables=[[["住所", q.addr(2), ""], ["フリガナ", q.kana(), ""], ["氏名", q.name(0), ""],
                                   ["生年月日", wareki(q.birth, "long"), ""], ["電話", q.mobile, ""], ["本人確認", "運転免許証", ""]]]),
        post=docx_post(_merge_value_cells)))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("依頼書", [
        ["市税 口座振替依頼書"], ["受付日", dt.date(2024, 5, 21)], ["納税者氏名", q.name(1)], ["住所", q.addr(1)],
        ["電話番号", q.phone], ["金融機関", rng.choice(BANKS)], ["口座番号", f"{rng.randint(1000000, 9999999)}"],
        ["対象税目", "☑市県民税 ☑固定資産税 □軽自動車税"]])]), post=xlsx_post(_merge_form_cells)))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "pdf", 2, ["name", "address", "birth_date"], DocSpec(), post=form_pdf([
        (85, 15, "住 民 異 動 届", 15), (140, 25, "☑転出　□転居", 10), (20, 35, f"届出日　{wareki(dt.date(2024, 6, 2), 'short')}", 10),
        (20, 45, f"現住所　{q.addr(2)}", 10), (20, 53, "転出先　大阪府吹田市山田西二丁目8番", 10),
        (20, 61, f"氏名　{q.name(2)}　生年月日　{wareki(q.birth, 'long')}", 10), (20, 69, "異動予定日　令和6年6月30日", 10)])))  # fmt: skip
    # --- level 3 ---
    q = p.person()
    docs.append(Doc(f, "txt-cp932", 3, ["name", "address", "phone", "arrears"], DocSpec(
        title="【OCR】分納誓約書（スキャン 2024-06-05）", paragraphs=[
            f"住所 {q.addr(3)}", f"氏名 {q.name(2)}", f"電話 {fw(q.mobile)}",
            "下記の滞納市税について分割して納付することを誓約します", "滞納額 １２４，５００ 円", "分納額 月 １０，０００ 円",
            "納付期間 令和６年６月～令和７年６月", "[判読不能箇所 2]"])))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "pdf", 3, ["name", "address", "birth_date", "my_number"], DocSpec(), post=form_pdf([
        (85, 15, "住 民 異 動 届（転入）", 15), (20, 30, f"届出日　{wareki(dt.date(2024, 6, 3), 'long')}", 10),
        (20, 40, f"新住所　{q.addr(2)}", 10), (20, 48, f"氏名　{q.name(0)}　生年月日　{wareki(q.birth, 'long')}", 10),
        (20, 58, "個人番号", 10), (45, 58, " ".join(q.my_number), 12),
        (20, 70, "従前の住所　神奈川県相模原市中央区相模原六丁目", 10)]),
        note="My Number drawn one digit at a time with spaces"))  # fmt: skip
    q = p.person()
    docs.append(Doc(f, "docx", 3, ["name", "address", "health"], DocSpec(
        title="国民健康保険税 減免申請書", paragraphs=[
            f"申請者　{q.name(0)}　{q.addr(2)}", "減免理由　☑疾病による収入減少", "世帯主が令和6年2月に脳出血で入院、現在も通院リハビリ中。",
            "添付書類　診断書（市立病院 神経内科）、休業証明書"],
        textboxes=["受付印　R6.6.4　税務課"])))  # fmt: skip
    return docs


def _merge_label_column(d: object) -> None:
    table = d.tables[0]  # type: ignore[attr-defined]
    table.cell(0, 0).merge(table.cell(3, 0))
    table.cell(4, 0).merge(table.cell(5, 0))
    table.cell(6, 1).merge(table.cell(6, 2))


def _merge_value_cells(d: object) -> None:
    table = d.tables[0]  # type: ignore[attr-defined]
    for row in table.rows:
        row.cells[1].merge(row.cells[2])


def _merge_form_cells(wb: object) -> None:
    ws = wb.worksheets[0]  # type: ignore[attr-defined]
    ws.merge_cells("A1:D1")
    for r in range(2, min(ws.max_row, 11) + 1):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)


def numbers(p: Pool) -> list[Doc]:
    rng = p.rng
    f = "numbers"
    docs: list[Doc] = []
    # --- level 1 ---
    rows = [["納付番号", "税目", "期別", "金額", "収納日"]]
    for _ in range(14):
        rows.append([invalid_twelve(rng), rng.choice(["市県民税", "固定資産税", "軽自動車税"]), rng.choice(["1期", "2期", "全期"]),
                     rng.randint(3, 400) * 100, f"R6.5.{rng.randint(1, 31)}"])  # fmt: skip
    docs.append(Doc(f, "csv", 1, [], DocSpec(sheets=[SheetSpec("速報", rows)]),
        note="12-digit 納付番号, all failing the check digit, and no person → 1"))  # fmt: skip
    corp = [["法人番号", "法人名", "所在地", "設立年月日"]]
    for kind, name in COMPANIES:
        corp.append([random_corporate_number(rng), f"{kind}{name}", f"{p.city}{rng.choice(p.town_names())}",
                     wareki(dt.date(rng.randint(1960, 2015), rng.randint(1, 12), rng.randint(1, 28)), "long")])  # fmt: skip
    docs.append(Doc(f, "xlsx", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec(
        "法人", corp, title="償却資産 申告法人 番号照合表", first_row=3)]),
        note="法人番号 and 設立年月日 of companies → 1"))  # fmt: skip
    docs.append(Doc(f, "txt-cp932", 1, [], DocSpec(title="マイナンバー取扱い研修 メモ", paragraphs=[
        "個人番号は12桁、最後の1桁はチェックデジット。",
        "記入例の番号（１２３４ ５６７８ ９０１２ 等）は実在しない。見本帳票で使う。",
        "宛名番号も12桁だが個人番号とは別物。宛名番号を個人番号欄に転記する誤りに注意。",
        "照会画面を印刷したら、個人番号欄を黒塗りしてから綴る。"])))  # fmt: skip
    # --- level 2 ---
    ps = p.people(12)
    rows = [["宛名番号", "氏名", "住所", "備考"]]
    for q in ps:
        rows.append([invalid_twelve(rng), q.name(0), q.addr(1), rng.choice(["送付先変更", "方書追加", ""])])
    docs.append(Doc(f, "xlsx", 2, ["name", "address"], DocSpec(sheets=[
        SheetSpec("送付先", rows, title="送付先変更 処理済一覧", first_row=3)]),
        note="12-digit 宛名番号 next to names, all failing the check digit: name+address → 2"))  # fmt: skip
    ps = p.people(8)
    rows = [["受付番号", "氏名", "生年月日", "電話"]]
    for q in ps:
        rows.append(
            [spaced(invalid_twelve(rng)), q.name(rng.choice([0, 1])), q.birth.strftime("%Y-%m-%d"), q.phone]
        )
    docs.append(Doc(f, "xls", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[SheetSpec(
        "受付", rows, title="電子申請 受付番号控（4-4-4）")]),
        note="spaced 12-digit 受付番号 failing the check digit: name+birth date+phone → 2"))  # fmt: skip
    # --- level 3 ---
    q = p.person()
    docs.append(Doc(f, "txt-cp932", 3, ["name", "address", "my_number"], DocSpec(title="番号照会 回答メモ", paragraphs=[
        f"照会対象：{q.name(2)}　{q.addr(3)}", f"個人番号：{fw(q.my_number)}", "照会元：県税事務所（情報提供ネットワーク経由）",
        "回答日：R6.6.7"]), note="My Number in full-width digits in a cp932 text"))  # fmt: skip
    ps = p.people(4)
    rows: list[list[Cell]] = [["氏名", "生年月日", "続柄"] + [""] * 24 + ["個人番号"]]
    for q in ps:
        rows.append(
            [q.name(1), wareki(q.birth, "slash"), rng.choice(["本人", "配偶者", "子"])]
            + [None] * 24
            + [q.my_number]
        )
    docs.append(Doc(f, "xlsx", 3, ["name", "birth_date", "my_number"], DocSpec(sheets=[SheetSpec(
        "扶養", rows, title="扶養親族 個人番号 確認（給報）")]),
        note="the My Numbers sit far to the right (column AB)"))  # fmt: skip
    ps = p.people(5)
    rows = [["氏名", "住所", "個人番号"]]
    for i, q in enumerate(ps):
        num = my_number_from("0" + q.my_number[1:11]) if i < 2 else q.my_number
        rows.append([q.name(0), q.addr(0), int(num)])
    docs.append(Doc(f, "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[SheetSpec(
        "番号", rows, title="特別徴収 番号確認", first_row=3, number_formats={2: "000000000000"})]),
        note="My Numbers typed as numbers: two begin with 0, kept only by the cell format"))  # fmt: skip
    return docs


FAMILIES: list[Callable[[Pool], list[Doc]]] = [
    resident_register,
    tax_ledger,
    collection,
    chat,
    memo,
    core_print,
    form,
    numbers,
]


def build(rng: random.Random) -> list[Doc]:
    pool = Pool(rng)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs += family(pool)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), Path(out), "redteam15")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set15", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
