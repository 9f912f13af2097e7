"""Twenty-fourth red-team set (blind): a prefecture's branch offices and the towns they serve.

``python -m corpus.redteam.set24 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One region is drawn per build: a 県税事務所, a 保健福祉事務所 and a 土木事務所 of one prefecture and three
municipalities. Families follow the desk a document comes from: car-tax arrears and 催告 (``kenzei``), intractable
disease subsidies and psychiatric 措置入院 (``nanbyo``), physical-disability certificates (``shogai``), 母子父子寡婦
loans and their repayment (``boshi``), river occupation permits to private persons (``kasen``) and the mails and
minutes exchanged with the towns (``renraku``); each with its public look-alikes (statistics, designated-hospital
and designated-doctor registers, blank forms, 記入例, press releases).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about a named private
person, or records of more than 100 persons; 2 for a private person's name with their address, birth date or
phone; 1 otherwise, including staff, doctors and 理事長 named in their role, companies and facilities, sample
names in 記入例 and published figures. ``types`` lists what a perfect reader reports about private persons (plus
``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import (
    is_valid_my_number,
    kanji_number,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2424
VARIANT = "redteam24"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, region, [(municipality, area code, towns)]); a town ending in "*" takes 番地 lots
REGIONS: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    ("山口県", "周南", [("周南市", "0834", ["岐山通", "桜馬場通", "大字久米*", "遠石", "大字須々万本郷*"]),
                       ("下松市", "0833", ["東豊井*", "大字末武上*", "中央町", "潮音町"]),
                       ("光市", "0833", ["島田", "虹ケ浜", "大字室積*", "浅江"])]),
    ("岐阜県", "中濃", [("関市", "0575", ["若草通", "東貸上*", "西本郷通", "小瀬*"]),
                       ("美濃市", "0575", ["泉町*", "常盤町*", "松森*", "俵町*"]),
                       ("郡上市", "0575", ["八幡町島谷*", "大和町剣*", "白鳥町白鳥*", "美並町上田*"])]),
    ("宮城県", "北部", [("大崎市", "0229", ["古川駅前大通", "古川七日町*", "岩出山字城下*", "鳴子温泉字湯元*"]),
                       ("加美町", "0229", ["字西田*", "字赤塚*", "宮崎字町*"]),
                       ("涌谷町", "0229", ["字新町裏*", "字八方谷*", "字渋江*"])]),
    ("愛媛県", "南予", [("宇和島市", "0895", ["丸之内", "錦町*", "寿町", "津島町岩松*"]),
                       ("鬼北町", "0895", ["大字近永*", "大字清水*", "大字下鍵山*"]),
                       ("愛南町", "0895", ["城辺甲*", "御荘平城*", "一本松*"])]),
    ("長野県", "佐久", [("佐久市", "0267", ["中込*", "岩村田*", "猿久保*", "野沢*"]),
                       ("小諸市", "0267", ["相生町", "与良町", "大字御影新田*"]),
                       ("御代田町", "0267", ["大字御代田*", "大字馬瀬口*", "大字塩野*"])]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("河野", "こうの"), ("弘中", "ひろなか"), ("末永", "すえなが"), ("藤井", "ふじい"), ("原田", "はらだ"),
    ("兼重", "かねしげ"), ("国弘", "くにひろ"), ("重岡", "しげおか"), ("福田", "ふくだ"), ("松岡", "まつおか"),
    ("長屋", "ながや"), ("後藤", "ごとう"), ("纐纈", "こうけつ"), ("日比野", "ひびの"), ("可児", "かに"),
    ("水野", "みずの"), ("桂川", "かつらがわ"), ("各務", "かがみ"), ("千葉", "ちば"), ("及川", "おいかわ"),
    ("狩野", "かのう"), ("遊佐", "ゆさ"), ("庄司", "しょうじ"), ("早坂", "はやさか"), ("二宮", "にのみや"),
    ("清家", "せいけ"), ("兵頭", "ひょうどう"), ("宇都宮", "うつのみや"), ("赤松", "あかまつ"), ("土居", "どい"),
    ("依田", "よだ"), ("小須田", "こすだ"), ("土屋", "つちや"), ("井出", "いで"), ("荻原", "おぎわら"),
    ("掛川", "かけがわ"), ("柳沢", "やなぎさわ"), ("篠原", "しのはら"), ("大井", "おおい"), ("竹花", "たけはな"),
    ("岩崎", "いわさき"), ("西村", "にしむら"), ("大塚", "おおつか"), ("久保田", "くぼた"), ("野村", "のむら"),
    ("安藤", "あんどう"), ("石丸", "いしまる"), ("上野", "うえの"), ("梶原", "かじわら"), ("森下", "もりした"),
    ("村井", "むらい"), ("宮下", "みやした"), ("杉浦", "すぎうら"), ("矢野", "やの"), ("浜田", "はまだ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("正人", "まさと"), ("和彦", "かずひこ"), ("博之", "ひろゆき"), ("敏夫", "としお"), ("幸雄", "ゆきお"),
    ("秀樹", "ひでき"), ("達也", "たつや"), ("直樹", "なおき"), ("隆", "たかし"), ("修", "おさむ"),
    ("茂", "しげる"), ("勝", "まさる"), ("大輔", "だいすけ"), ("拓海", "たくみ"), ("颯太", "そうた"),
    ("陽介", "ようすけ"), ("良太", "りょうた"), ("義男", "よしお"), ("光男", "みつお"), ("友和", "ともかず"),
    ("康弘", "やすひろ"), ("浩二", "こうじ"), ("啓介", "けいすけ"), ("貴之", "たかゆき"), ("悟", "さとる"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("和子", "かずこ"), ("洋子", "ようこ"), ("幸子", "さちこ"), ("由美", "ゆみ"), ("真由美", "まゆみ"),
    ("智子", "ともこ"), ("久美子", "くみこ"), ("明美", "あけみ"), ("直美", "なおみ"), ("恵美", "えみ"),
    ("沙織", "さおり"), ("美咲", "みさき"), ("彩", "あや"), ("愛", "あい"), ("千尋", "ちひろ"),
    ("美穂", "みほ"), ("絵里", "えり"), ("静香", "しずか"), ("トミ", "とみ"), ("ミツ", "みつ"),
    ("節子", "せつこ"), ("典子", "のりこ"), ("麻衣", "まい"), ("春香", "はるか"), ("夏美", "なつみ"),
]  # fmt: skip
BUILDINGS = ["メゾン若葉", "コーポ城山", "ハイツ清流", "県営住宅", "レジデンス駅南", "アーバン壱番館"]
COMPANIES = [
    ("株式会社", "清流建設"), ("有限会社", "谷口砂利"), ("株式会社", "中央電設"), ("合同会社", "みなも企画"),
    ("株式会社", "山脇土木"), ("有限会社", "川辺運輸"), ("株式会社", "県南ガス"), ("株式会社", "あかね通信"),
]  # fmt: skip
HOSPITALS = ["{m}中央病院", "医療法人社団 緑陽会 {m}記念病院", "{m}協立病院", "独立行政法人 {m}医療センター",
             "医療法人 和光会 さくら台クリニック", "{m}こころの医療センター", "社会医療法人 清風会 みどり病院"]  # fmt: skip
DISEASES = ["パーキンソン病", "潰瘍性大腸炎", "クローン病", "全身性エリテマトーデス", "筋萎縮性側索硬化症",
            "重症筋無力症", "多発性硬化症", "後縦靱帯骨化症", "特発性拡張型心筋症", "脊髄小脳変性症"]  # fmt: skip
DISABILITIES = [("肢体不自由（下肢）", "3級"), ("心臓機能障害", "1級"), ("じん臓機能障害", "1級"),
                ("聴覚障害", "4級"), ("視覚障害", "2級"), ("肢体不自由（上肢）", "5級"),
                ("ぼうこう又は直腸機能障害", "4級"), ("音声・言語機能障害", "3級")]  # fmt: skip
PSY = ["統合失調症", "双極性感情障害", "妄想性障害", "アルコール依存症", "うつ病"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 7, 16)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SAMPLE_NAMES = ["県税 太郎", "見本 花子", "福祉 一子", "河川 次郎", "記入 例子"]


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭48.3.5, slash S48/03/05."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era[0]}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def fail_check(valid: str, k: int = 1) -> str:
    """A 12-digit look-alike whose last digit is not the check digit."""
    bad = valid[:11] + str((int(valid[11]) + k) % 10)
    assert not is_valid_my_number(bad)
    return bad


def spaced(number: str, sep: str = " ") -> str:
    return sep.join([number[0:4], number[4:8], number[8:12]])


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

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.muni + self.town + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    region: str
    munis: list[tuple[str, str, list[str]]]
    used: set[str]

    @property
    def zeimu(self) -> str:
        return f"{self.pref}{self.region}県税事務所"

    @property
    def hoken(self) -> str:
        return f"{self.pref}{self.region}保健福祉事務所"

    @property
    def doboku(self) -> str:
        return f"{self.pref}{self.region}土木事務所"

    def office_phone(self, n: int = 0) -> str:
        ac = self.munis[0][1]
        return f"{ac}-{22 + n}-{3100 + 17 * n:04d}"

    def phone(self, ac: str) -> str:
        if self.rng.random() < 0.45:
            return f"0{self.rng.choice('789')}0-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        return f"{ac}-{self.rng.randint(21, 98)}-{self.rng.randint(1000, 9999)}"

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            base = f"{r.randint(1, 2999)}番地"
            return base + (f"{r.randint(1, 12)}" if r.random() < 0.4 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 6), r.randint(1, 28), r.randint(1, 20)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}-{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def person(self, born: tuple[int, int] = (1935, 2000), muni: int | None = None) -> Person:
        r = self.rng
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        m, ac, towns = self.munis[muni if muni is not None else r.randrange(len(self.munis))]
        town = r.choice(towns)
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        return Person(
            sei, mei, sk, mk, sex, birth, self.pref, m, town.rstrip("*"), self.lot(town), self.phone(ac)
        )

    def people(self, n: int, **kw: object) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]  # type: ignore[arg-type]

    def staff(self) -> str:
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def _refinish(path: Path, data: bytes) -> None:
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(data))


def merge_xlsx(ranges: dict[str, list[str]]) -> Callable[[Path], None]:
    """Merge cell ranges per sheet name in a written xlsx (kept deterministic)."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for sheet, rs in ranges.items():
            for r in rs:
                wb[sheet].merge_cells(r)
        buf = io.BytesIO()
        wb.save(buf)
        _refinish(path, buf.getvalue())

    return post


def canvas_pdf(
    title: str,
    head: str,
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    lead: Sequence[str] = (),
    tail: Sequence[str] = (),
    digit_cols: Sequence[int] = (),
) -> Callable[[Path], None]:
    """Rewrite the file as a landscape canvas PDF: columns placed by x, a page header, ``n / N`` footers.

    Columns in ``digit_cols`` are drawn one digit at a time with a gap (a box-grid print)."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawRightString(w - 36, h - 24, head)
            c.setFont(font, 13)
            c.drawString(40, h - 48, title if n == 1 else f"{title}（続き）")
            y = h - 70
            c.setFont(font, 9)
            if n == 1:
                for line in lead:
                    c.drawString(40, y, line)
                    y -= 14
            for label, x in cols:
                c.drawString(x, y, label)
            c.line(36, y - 4, w - 36, y - 4)
            y -= 17
            for row in chunk:
                for i, (value, (_, x)) in enumerate(zip(row, cols, strict=False)):
                    if i in digit_cols:
                        for k, ch in enumerate(value):
                            c.drawString(x + k * 9, y, ch)
                    else:
                        c.drawString(x, y, value)
                y -= 15
            if n == len(pages):
                y -= 6
                for line in tail:
                    c.drawString(40, y, line)
                    y -= 14
            c.setFont(font, 8)
            c.drawCentredString(w / 2, 22, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def ymd(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def yen(n: int) -> str:
    return f"{n:,}"


def plate(ctx: Ctx) -> str:
    r = ctx.rng
    area = {"山口県": "山口", "岐阜県": "岐阜", "宮城県": "宮城", "愛媛県": "愛媛", "長野県": "長野"}[
        ctx.pref
    ]
    return f"{area} {r.choice([300, 330, 500, 580, 530])} {r.choice('あいうえかきさすせたなはまやらわ')} {r.randint(1, 99):02d}-{r.randint(10, 99)}"


# --- 県税事務所: 自動車税 -------------------------------------------------------------------------------
def kenzei(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kenzei"
    docs: list[Doc] = []
    munis = [m for m, _, _ in ctx.munis]
    # level 1 ------------------------------------------------------------------------------------------
    stats = [["市町名", "調定件数", "納期内納付件数", "納期内納付率", "滞納繰越件数", "滞納繰越額（千円）"]]
    for m in munis:
        n = r.randint(18000, 90000)
        k = int(n * r.uniform(0.86, 0.93))
        stats.append([m, n, k, f"{k / n:.1%}", r.randint(300, 2200), r.randint(9000, 60000)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "R5実績",
                        stats,
                        title=f"令和5年度 自動車税種別割 納期内納付状況（{ctx.region}県税事務所管内）",
                        first_row=4,
                        footer="出典：県税務課 税務統計",
                    ),
                    sheet(
                        "注記",
                        [
                            ["※滞納繰越は前年度以前の未納分（個人・法人の合計）"],
                            ["※個人番号・氏名を含む資料ではありません"],
                        ],
                    ),
                ]
            ),
            post=merge_xlsx({"R5実績": ["A2:F2"]}),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="報道発表資料　自動車税種別割の滞納整理を強化します",
                paragraphs=[
                    f"{ctx.zeimu}では、納期限（5月31日）を過ぎても納付のない方に対し、6月下旬から督促状を送付します。",
                    "督促状の送付後も納付がない場合は、財産（預貯金・給与・自動車等）の差押えを行います。",
                    "マイナンバー（個人番号）を記載した書類を求める電話・メールは県税事務所からは行いません。ご注意ください。",
                    f"問合せ先　{ctx.zeimu} 収納課　電話 {ctx.office_phone(0)}（担当：{ctx.staff()}）",
                ],
                header=f"{TODAY.year}年6月3日　{ctx.pref}総務部税務課",
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="催告書（記入例）",
                paragraphs=[
                    "【記入例】",
                    f"納税者　住所　{ctx.pref}{munis[0]}〇〇町1丁目2番3号",
                    f"　　　　氏名　{SAMPLE_NAMES[0]}　様",
                    "あなたの自動車税種別割は、下記のとおり未納となっています。至急納付してください。",
                    "※上記の住所・氏名は記入例です。実在の人物とは関係ありません。",
                ],
                tables=[
                    [["税目", "年度", "本税", "延滞金"], ["自動車税種別割", "令和5", "34,500", "（計算中）"]]
                ],
                textboxes=["見本"],
            ),
            note="a 記入例 with an invented sample name and a placeholder address: no person, 1",
        )
    )
    months = [f"{m}月" for m in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]]
    trows = [
        [mu, mo, str(r.randint(10, 90)), str(r.randint(0, 12)), yen(r.randint(800, 9000))]
        for mu in munis
        for mo in months
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(title="滞納整理実績"),
            post=canvas_pdf(
                "令和5年度 滞納整理実績（月別・市町別）",
                ctx.zeimu,
                [("市町", 40), ("月", 160), ("催告件数", 230), ("差押件数", 320), ("収納額（千円）", 410)],
                trows,
                14,
                lead=["公表用資料　個人を特定する情報は含みません"],
            ),
        )
    )
    cars = [
        [
            f"第{i}号",
            r.choice(["トヨタ", "ホンダ", "スズキ", "ダイハツ", "マツダ"]),
            r.choice(["プリウス", "フィット", "ワゴンR", "タント", "デミオ", "アクア"]),
            f"平成{r.randint(20, 30)}年",
            yen(r.randint(5, 60) * 10000),
            "県税事務所駐車場",
        ]
        for i in range(1, 9)
    ]
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "公売",
                        [
                            ["売却区分番号", "メーカー", "車名", "初度登録", "見積価額（円）", "保管場所"],
                            *cars,
                        ],
                    )
                ]
            ),
            note="a public auction list of seized cars (no owners named): 1",
        )
    )
    bad = [fail_check(random_my_number(r), k) for k in range(1, 10)] + [
        fail_check(random_my_number(r), 3) for _ in range(3)
    ]
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "納付書",
                        [
                            ["納付書番号", "年度", "車両番号", "税額", "納付日"],
                            *[
                                [
                                    b,
                                    "R6",
                                    plate(ctx),
                                    r.choice(["25000", "30500", "36000", "10800"]),
                                    f"2024/05/{r.randint(1, 31):02d}",
                                ]
                                for b in bad
                            ],
                        ],
                    )
                ]
            ),
            note="12-digit 納付書番号 all failing the check digit, cars only, no owner: 1",
        )
    )
    # level 2 ------------------------------------------------------------------------------------------
    ps = ctx.people(9, born=(1950, 2002))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "住所変更",
                        [
                            ["受付日", "車両番号", "納税義務者氏名", "旧住所", "新住所", "受付窓口"],
                            *[
                                [
                                    dt.date(2024, 4, r.randint(1, 28)),
                                    plate(ctx),
                                    p.name(),
                                    f"{p.muni}{r.choice(ctx.munis)[2][0].rstrip('*')}",
                                    p.address(),
                                    r.choice(["窓口", "郵送", "電子申請"]),
                                ]
                                for p in ps
                            ],
                        ],
                        title="自動車税 住所変更届 受付簿",
                        number_formats={0: "yyyy/mm/dd"},
                    )
                ]
            ),
        )
    )
    ps = ctx.people(7)
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["name", "address"],
            DocSpec(
                title="納税証明書（継続検査用）交付記録　令和6年7月分",
                paragraphs=["交付日\t車両番号\t氏名\t住所"],
                tables=[[[f"7/{r.randint(1, 15)}", plate(ctx), p.name("　"), p.address(True)] for p in ps]],
                footer=f"{ctx.zeimu} 課税課",
            ),
        )
    )
    ps = ctx.people(12)
    docs.append(
        Doc(
            F,
            "csv",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "口座",
                        [
                            ["申込番号", "氏名", "フリガナ", "電話番号", "金融機関", "口座種別", "受付日"],
                            *[
                                [
                                    f"K{240100 + i}",
                                    p.name(""),
                                    p.kana,
                                    p.phone,
                                    r.choice(
                                        ["山口銀行", "十六銀行", "七十七銀行", "伊予銀行", "八十二銀行"]
                                    ),
                                    "普通",
                                    f"2024/0{r.randint(3, 6)}/{r.randint(10, 28)}",
                                ]
                                for i, p in enumerate(ps)
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="送達先の確認について（照会）",
                paragraphs=[
                    f"{p.muni}長　様",
                    f"{ctx.zeimu}長",
                    "自動車税種別割の納税通知書が宛所不明で返戻されました。下記の方の現住所を御教示ください。",
                    f"氏名　{p.name()}（{p.kana}）",
                    f"返戻時の住所　{p.address(True)}",
                    "照会根拠　地方税法第20条の11",
                ],
                header="県税第 1142 号",
                footer=f"担当 {ctx.staff()} {ctx.office_phone(1)}",
            ),
            note="an address enquiry for a returned tax notice, no arrears: name + address, 2",
        )
    )
    ps = ctx.people(6)
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "名義変更",
                        [
                            ["番号", "新所有者", "生年月日", "住所", "車名"],
                            *[
                                [
                                    i + 1,
                                    p.name(),
                                    wareki(p.birth, "short"),
                                    p.address(),
                                    r.choice(["N-BOX", "ヤリス", "ハスラー"]),
                                ]
                                for i, p in enumerate(ps)
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    # level 3 ------------------------------------------------------------------------------------------
    ps = ctx.people(15)
    rows3: list[list[Cell]] = [["整理番号", "氏名", "住所", "電話", "滞納年度", "滞納本税", "延滞金", "状況"]]
    for i, p in enumerate(ps):
        rows3.append(
            [
                f"24-{300 + i}",
                p.name(),
                p.address(),
                p.phone,
                r.choice(["R3-R5", "R4", "R4-R5", "R5"]),
                r.randint(3, 12) * 10800,
                r.randint(5, 90) * 100,
                r.choice(["催告中", "分納誓約", "差押予告", "臨戸済"]),
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(
                sheets=[
                    sheet("集計", [["区分", "件数"], ["催告中", 6], ["分納誓約", 4], ["差押予告", 5]]),
                    sheet("個人明細", rows3, state="hidden"),
                ]
            ),
            note="the named arrears list is on a hidden sheet behind a count summary: 3",
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="催　告　書",
                paragraphs=[
                    f"{p.address(True)}",
                    f"{p.name()}　様",
                    f"{ctx.zeimu}長",
                    "あなたの自動車税種別割は、督促状を送付したにもかかわらず、まだ納付されていません。",
                    "令和6年8月9日までに納付がない場合は、滞納処分（財産の差押え）を行います。",
                ],
                tables=[
                    [
                        ["年度", "車両番号", "本税", "督促手数料", "延滞金"],
                        ["令和5年度", plate(ctx), "36,000", "100", "1,800"],
                    ]
                ],
                textboxes=[f"滞納額合計 37,900円（{p.name('')} 様分）"],
            ),
        )
    )
    ps = ctx.people(20)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "address", "arrears", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "滞納",
                        [
                            ["納税者番号", "氏名", "生年月日", "住所", "滞納税額", "最終催告日"],
                            *[
                                [
                                    f"{r.randint(1000000, 9999999)}",
                                    p.name("　"),
                                    ymd(p.birth),
                                    p.address(True),
                                    r.randint(2, 9) * 10800,
                                    f"2024/06/{r.randint(10, 28)}",
                                ]
                                for p in ps
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    ps = ctx.people(8)
    rows4: list[list[Cell]] = [
        ["照会番号", "氏名", "住所", "照会事項"] + [None] * 20 + ["個人番号", "回答（所得）"]
    ]
    for i, p in enumerate(ps):
        rows4.append(
            [f"照{i + 1:03d}", p.name(), p.address(), "給与支払者・所得額"]
            + [None] * 20
            + [random_my_number(r), yen(r.randint(150, 600) * 10000)]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "my_number", "income"],
            DocSpec(
                sheets=[
                    sheet(
                        "照会回答", rows4, title=f"滞納処分のための調査（回答）{munis[0]} 税務課", first_row=3
                    )
                ]
            ),
            note="a town's answer to a tax enquiry with the My Numbers in column Y, far right: 3",
        )
    )
    ps = ctx.people(48)
    prow = [
        [p.name(), p.address(), plate(ctx), yen(r.randint(1, 6) * 10800), r.choice(["R4", "R5", "R4・R5"])]
        for p in ps
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="滞納者明細"),
            post=canvas_pdf(
                "自動車税種別割 滞納者明細表（令和6年6月末）",
                f"{ctx.zeimu} 収納課　取扱注意",
                [("氏名", 40), ("住所", 150), ("車両番号", 430), ("滞納額", 560), ("年度", 650)],
                prow,
                16,
            ),
        )
    )
    p = ctx.person(born=(1960, 1995))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "birth_date", "arrears"],
            DocSpec(
                title="差押調書（謄本）",
                paragraphs=[
                    f"滞納者　住所 {p.address(True)}",
                    f"　　　　氏名 {p.name()}（{wareki(p.birth)}生）",
                    "滞納金額　自動車税種別割 令和4年度・令和5年度 計72,600円 及び延滞金",
                    f"差押財産　給料債権（第三債務者 {r.choice(COMPANIES)[1]}）",
                    f"差押年月日　令和6年7月{r.randint(1, 12)}日",
                ],
                footer=f"徴税吏員 {ctx.staff()}",
            ),
        )
    )
    return docs


# --- 保健福祉事務所: 難病・精神 --------------------------------------------------------------------------
def nanbyo(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "nanbyo"
    docs: list[Doc] = []
    munis = [m for m, _, _ in ctx.munis]
    # level 1
    hosp = [["医療機関名", "所在地", "電話番号", "開設者", "指定年月日"]]
    for i, h in enumerate(HOSPITALS):
        m, ac, towns = ctx.munis[i % 3]
        hosp.append(
            [
                h.format(m=m),
                f"{m}{towns[0].rstrip('*')}{r.randint(1, 5)}-{r.randint(1, 20)}",
                f"{ac}-{r.randint(21, 98)}-{r.randint(1000, 9999)}",
                f"理事長 {ctx.staff()}",
                wareki(dt.date(r.randint(2015, 2023), r.randint(1, 12), 1)),
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "指定医療機関",
                        hosp,
                        title=f"指定医療機関（難病）一覧　{ctx.region}圏域",
                        number_formats={},
                    )
                ]
            ),
            note="a public register of designated hospitals with 理事長 and 指定年月日: no private person, 1",
        )
    )
    counts = [["疾病名", *munis, "計"]]
    for d in DISEASES:
        v = [r.randint(3, 160) for _ in munis]
        counts.append([d, *v, sum(v)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("疾病別", counts, title="特定医療費（指定難病）受給者証所持者数（令和6年3月末）"),
                    sheet(
                        "年次推移",
                        [["年度", "所持者数"], *[[f"R{y}", r.randint(1800, 2400)] for y in range(1, 6)]],
                    ),
                ]
            ),
        )
    )
    srows = [
        [f"R{y}", m, str(r.randint(0, 9)), str(r.randint(0, 4)), str(r.randint(2, 30))]
        for y in range(1, 6)
        for m in munis
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(title="措置入院統計"),
            post=canvas_pdf(
                "精神保健福祉法に基づく通報・措置入院件数の推移",
                f"{ctx.hoken} 公表資料",
                [("年度", 40), ("市町", 120), ("措置入院", 260), ("緊急措置入院", 360), ("通報件数", 480)],
                srows,
                9,
                tail=["※個別の事案に関する情報は掲載していません。"],
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="特定医療費（指定難病）支給認定申請書　記入例",
                tables=[
                    [
                        ["項目", "記入内容"],
                        ["受診者氏名", SAMPLE_NAMES[2]],
                        ["生年月日", "昭和50年1月1日"],
                        ["住所", f"{munis[1]}〇〇町1番地"],
                        ["病名", "（臨床調査個人票のとおり）"],
                        ["個人番号", "＊＊＊＊ ＊＊＊＊ ＊＊＊＊"],
                    ]
                ],
                paragraphs=["※記入例の氏名・住所は架空のものです。"],
            ),
            note="a 記入例 with an invented sample name and masked number: no person, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="こころの健康相談（精神保健福祉相談）の日程について",
                paragraphs=[
                    f"{ctx.hoken}では、精神科医師による相談日を設けています。統合失調症・うつ病・依存症などでお悩みの方やご家族の方はご相談ください。",
                    f"相談日　毎月第2木曜日 13:30～16:00　担当医 {ctx.staff()}（{HOSPITALS[5].format(m=munis[0])}）",
                    f"予約・問合せ　{ctx.hoken} 健康増進課 {ctx.office_phone(2)}",
                ],
            ),
            note="a public notice naming the consulting doctor in role at the office phone: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "指定難病",
                        [
                            ["告示番号", "病名", "受給者数（県）"],
                            *[[i + 1, d, r.randint(10, 900)] for i, d in enumerate(DISEASES)],
                        ],
                    )
                ]
            ),
        )
    )
    # level 2
    ps = ctx.people(14)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "推進員",
                        [
                            ["地区", "氏名", "ふりがな", "住所", "電話", "委嘱期間"],
                            *[
                                [p.muni, p.name(), p.kana, p.address(), p.phone, "R6.4.1～R8.3.31"]
                                for p in ps
                            ],
                        ],
                        title="健康づくり推進員名簿（委嘱者）",
                        header="取扱注意",
                    )
                ]
            ),
            note="volunteers listed at their own home and phone are private persons: 2",
        )
    )
    ps = ctx.people(11)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "研修",
                        [
                            ["No", "氏名", "所属地区", "連絡先", "出欠"],
                            *[
                                [i + 1, p.name(""), p.muni, p.phone, r.choice(["出", "欠"])]
                                for i, p in enumerate(ps)
                            ],
                        ],
                        title="食生活改善推進員 研修会 出欠表",
                    )
                ]
            ),
        )
    )
    ps = ctx.people(5)
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="移送ボランティア協力者登録",
                paragraphs=[
                    "保健福祉事務所の健診会場への送迎に協力いただける方を登録しました（車両保険加入確認済）。"
                ],
                tables=[
                    [
                        ["氏名", "住所", "携帯電話", "車種"],
                        *[[p.name(), p.address(), p.phone, r.choice(["軽", "普通", "ワゴン"])] for p in ps],
                    ]
                ],
            ),
        )
    )
    # level 3
    ps = ctx.people(16)
    rows: list[list[Cell]] = [
        ["受付日", "受診者氏名", "生年月日", "住所", "疾病名", "重症度", "指定医療機関"]
    ]
    for p in ps:
        rows.append(
            [
                dt.date(2024, r.randint(4, 6), r.randint(1, 28)),
                p.name(),
                p.birth,
                p.address(),
                r.choice(DISEASES),
                r.choice(["該当", "軽症高額"]),
                HOSPITALS[r.randrange(3)].format(m=p.muni),
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "birth_date", "address", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "受付",
                        rows,
                        title="特定医療費（指定難病）新規申請 受付一覧",
                        first_row=4,
                        number_formats={0: "m/d", 2: "yyyy/m/d"},
                    )
                ]
            ),
            post=merge_xlsx({"受付": ["A2:G2"]}),
        )
    )
    p, fam = ctx.person(born=(1970, 2000)), ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "birth_date", "health"],
            DocSpec(
                title="措置入院決定のお知らせ",
                paragraphs=[
                    f"{fam.address(True)}",
                    f"{fam.name()}　様（保護者）",
                    f"{ctx.pref}知事",
                    f"精神保健及び精神障害者福祉に関する法律第29条第1項の規定により、{p.name()}（{wareki(p.birth)}生）を"
                    f"下記の病院に入院させることを決定したので通知します。",
                    f"入院先　{HOSPITALS[5].format(m=p.muni)}",
                    f"診断名　{r.choice(PSY)}",
                    "入院年月日　令和6年7月3日",
                ],
                textboxes=["この決定に不服がある場合は、審査請求をすることができます。"],
            ),
        )
    )
    p = ctx.person(born=(1975, 2003))
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "address", "health", "birth_date"],
            DocSpec(
                title="23条通報受理記録",
                paragraphs=[
                    f"受理日時：2024/06/{r.randint(10, 28)} 22:40　通報者：{munis[0]}警察署 生活安全課",
                    f"対象者：{p.name('')}（{p.age()}歳・{p.sex}）　{wareki(p.birth, 'abbr')}生",
                    f"住所：{p.address()}",
                    "状況：自宅で大声をあげ家族に刃物を向けた。幻聴の訴えあり。通院歴あり（中断中）。",
                    f"対応：指定医2名による診察の結果、要措置。{HOSPITALS[5].format(m=p.muni)}へ移送。",
                ],
                footer=f"記録者 {ctx.staff()}",
            ),
        )
    )
    ps = ctx.people(10)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "address", "birth_date", "health", "my_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "更新",
                        [
                            ["受給者番号", "氏名", "生年月日", "個人番号", "住所", "疾病名"],
                            *[
                                [
                                    f"{r.randint(10000000, 99999999)}",
                                    p.name("　"),
                                    wareki(p.birth, "slash"),
                                    random_my_number(r),
                                    p.address(),
                                    r.choice(DISEASES),
                                ]
                                for p in ps
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    ps = ctx.people(40)
    prow = [
        [f"{r.randint(1000000, 9999999)}", p.name(), wareki(p.birth, "short"), r.choice(DISEASES), p.muni]
        for p in ps
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "birth_date", "health"],
            DocSpec(title="受給者一覧"),
            post=canvas_pdf(
                "指定難病 受給者一覧（市町送付用）",
                f"{ctx.hoken} 保健課　取扱注意",
                [("受給者番号", 40), ("氏名", 140), ("生年月日", 250), ("疾病名", 340), ("市町", 560)],
                prow,
                15,
            ),
        )
    )
    p = ctx.person(born=(1940, 1965))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "phone", "health"],
            DocSpec(
                title="保健師 家庭訪問記録",
                paragraphs=[
                    f"訪問日 令和6年6月{r.randint(3, 28)}日　訪問者 {ctx.staff()}",
                    f"対象 {p.name()} 様",
                    f"主病名 {r.choice(DISEASES)}。歩行時のふらつきが増え、転倒が2回あった。嚥下はやや低下。",
                    "介護保険申請について長男と相談することとした。",
                ],
                textboxes=[f"緊急連絡先 {p.phone}（本人）"],
            ),
        )
    )
    p = ctx.person(born=(1955, 1985))
    docs.append(
        Doc(
            F,
            "pptx",
            3,
            ["name", "health", "address"],
            DocSpec(
                title="難病患者支援 事例検討会",
                paragraphs=[
                    f"事例：{p.name()} さん（{p.age()}歳・{p.muni}{p.town}在住）",
                    f"病名：{DISEASES[4]}（発症 平成30年）",
                    "課題：人工呼吸器装着に向けた意思決定支援、レスパイト入院先の確保",
                ],
                notes=[f"住所 {p.address()}。本人同意の上で関係機関に共有。"],
            ),
        )
    )
    return docs


# --- 身体障害者手帳 ---------------------------------------------------------------------------------------
def shogai(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "shogai"
    docs: list[Doc] = []
    munis = [m for m, _, _ in ctx.munis]
    kinds = sorted({k for k, _ in DISABILITIES})
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "交付件数",
                        [["障害種別", *munis], *[[k] + [r.randint(2, 80) for _ in munis] for k in kinds]],
                        title="身体障害者手帳 新規交付件数（令和5年度）",
                    ),
                    sheet(
                        "等級別", [["等級", "件数"], *[[f"{g}級", r.randint(20, 300)] for g in range(1, 7)]]
                    ),
                ]
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "指定医",
                        [
                            ["医師氏名", "医療機関", "所在地", "電話", "障害区分", "指定日"],
                            *[
                                [
                                    ctx.staff(),
                                    HOSPITALS[i % 4].format(m=munis[i % 3]),
                                    f"{munis[i % 3]}{ctx.munis[i % 3][2][1].rstrip('*')}{r.randint(1, 900)}",
                                    f"{ctx.munis[i % 3][1]}-{r.randint(21, 98)}-{r.randint(1000, 9999)}",
                                    r.choice(kinds),
                                    f"H{r.randint(20, 31)}.4.1",
                                ]
                                for i in range(12)
                            ],
                        ],
                        title="身体障害者福祉法第15条指定医師名簿（公表）",
                    )
                ]
            ),
            note="doctors in a public register at their hospitals' address and phone, 指定日 not a birth date: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="身体障害者手帳の申請について",
                paragraphs=[
                    "申請には、指定医が作成した診断書・意見書（交付日から1年以内）、写真、個人番号カードが必要です。",
                    f"申請窓口はお住まいの市町の障害福祉担当課です。進達後、{ctx.hoken}で審査し交付します。",
                    "等級の判定には1か月程度かかります。",
                ],
                footer=f"{ctx.hoken} 福祉課 {ctx.office_phone(3)}",
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
                title="身体障害者診断書・意見書（肢体不自由用）",
                tables=[
                    [
                        ["氏名", "", "生年月日", "　年　月　日"],
                        ["住所", "", "", ""],
                        ["障害名", "", "原因となった疾病", ""],
                        ["総合所見", "", "", ""],
                    ]
                ],
                paragraphs=["（様式第2号）", "医師氏名　　　　　　　　　印"],
            ),
            note="a blank form: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "窓口",
                        [
                            ["市町", "担当課", "電話", "FAX"],
                            *[
                                [
                                    m,
                                    "福祉課 障害福祉係",
                                    f"{ac}-{r.randint(21, 98)}-{r.randint(1000, 9999)}",
                                    f"{ac}-{r.randint(21, 98)}-{r.randint(1000, 9999)}",
                                ]
                                for m, ac, _ in ctx.munis
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="新任職員研修　身体障害者手帳の事務",
                paragraphs=[
                    "事例：Aさん（70代）脳梗塞後の右片麻痺で申請。再認定の要否を確認。",
                    "ポイント：診断書の日付、写真、マイナンバーの確認",
                    "※事例は架空のものです",
                ],
                notes=["Aさんの事例は研修用の創作"],
            ),
            note="an invented case (Aさん) in training slides: 1",
        )
    )
    # level 2
    ps = ctx.people(13)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "受講者",
                        [
                            ["番号", "氏名", "住所", "電話", "受講区分"],
                            *[
                                [i + 1, p.name(), p.address(), p.phone, r.choice(["入門", "基礎"])]
                                for i, p in enumerate(ps)
                            ],
                        ],
                        title="手話奉仕員養成講座 受講者名簿",
                    )
                ]
            ),
        )
    )
    ps = ctx.people(9)
    docs.append(
        Doc(
            F,
            "csv",
            2,
            ["name", "phone", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "ボランティア",
                        [
                            ["氏名", "生年月日", "連絡先", "担当競技"],
                            *[
                                [
                                    p.name(""),
                                    ymd(p.birth),
                                    p.phone,
                                    r.choice(["陸上", "水泳", "卓球", "受付"]),
                                ]
                                for p in ps
                            ],
                        ],
                        title="障害者スポーツ大会 ボランティア登録",
                    )
                ]
            ),
            note="the volunteers, not athletes; nothing about a disability: 2",
        )
    )
    ps = ctx.people(6)
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="点訳講習会 受講申込者",
                tables=[
                    [
                        ["氏名", "住所", "申込日"],
                        *[[p.name(), p.address(True), f"6月{r.randint(1, 28)}日"] for p in ps],
                    ]
                ],
            ),
        )
    )
    # level 3
    sheets = []
    for m, _, _ in ctx.munis:
        ps = ctx.people(6, muni=munis.index(m))
        sheets.append(
            sheet(
                m,
                [
                    ["交付日", "手帳番号", "氏名", "生年月日", "住所", "障害名", "等級"],
                    *[
                        [
                            dt.date(2024, 6, r.randint(1, 28)),
                            f"{r.randint(100000, 999999)}",
                            p.name(),
                            wareki(p.birth),
                            p.address(),
                            *list(r.choice(DISABILITIES)),
                        ]
                        for p in ps
                    ],
                ],
                title=f"身体障害者手帳 交付名簿（{m}分）",
            )
        )
    docs.append(Doc(F, "xlsx", 3, ["name", "birth_date", "address", "health"], DocSpec(sheets=sheets)))
    ps = ctx.people(5)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "health", "address"],
            DocSpec(
                title="身体障害者手帳交付申請書の進達について",
                paragraphs=[
                    f"{ctx.hoken}長　様",
                    f"{munis[1]}長",
                    "下記のとおり申請がありましたので進達します。",
                ],
                tables=[
                    [
                        ["申請者", "住所", "障害名（診断書）", "申請区分"],
                        *[
                            [
                                p.name(),
                                p.address(),
                                r.choice(DISABILITIES)[0],
                                r.choice(["新規", "再交付", "等級変更"]),
                            ]
                            for p in ps
                        ],
                    ]
                ],
                header=f"{munis[1]}福祉第 {r.randint(200, 900)} 号",
            ),
        )
    )
    ps = ctx.people(8)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "my_number", "health", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "連携",
                        [
                            ["手帳番号", "氏名カナ", "氏名", "生年月日", "個人番号", "障害種別", "等級"],
                            *[
                                [
                                    f"{r.randint(100000, 999999)}",
                                    p.kana,
                                    p.name(),
                                    ymd(p.birth),
                                    spaced(random_my_number(r), "-"),
                                    *list(r.choice(DISABILITIES)),
                                ]
                                for p in ps
                            ],
                        ],
                    )
                ]
            ),
            note="My Numbers written 4-4-4 with hyphens: 3",
        )
    )
    ps = ctx.people(24)
    prow = [
        [
            p.name(),
            wareki(p.birth, "short"),
            p.muni,
            *r.choice(DISABILITIES),
            r.choice(["適", "保留", "再認定要"]),
        ]
        for p in ps
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "birth_date", "health"],
            DocSpec(title="判定結果"),
            post=canvas_pdf(
                "身体障害者手帳 審査判定結果一覧",
                f"{ctx.hoken} 福祉課",
                [
                    ("氏名", 40),
                    ("生年月日", 150),
                    ("市町", 240),
                    ("障害名", 330),
                    ("等級", 560),
                    ("判定", 620),
                ],
                prow,
                14,
            ),
        )
    )
    ps = ctx.people(7)
    docs.append(
        Doc(
            F,
            "xls",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "再認定",
                        [
                            ["氏名", "住所", "障害名", "等級", "再認定期日"],
                            *[[p.name(), p.address(), *r.choice(DISABILITIES), "2024/09/30"] for p in ps],
                        ],
                        title="再認定対象者（令和6年9月期限）",
                    )
                ]
            ),
        )
    )
    p = ctx.person(born=(1930, 1950))
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "health", "address"],
            DocSpec(
                title="件名：手帳返還の件（死亡）",
                paragraphs=[
                    f"{ctx.hoken} 福祉課 御中",
                    f"{p.muni} 福祉課の{ctx.staff()}です。",
                    f"{p.name()}さん（{p.address()}）が6/30に亡くなられたため、身体障害者手帳（{DISABILITIES[1][0]} 1級）を返還します。",
                    "原本は本日郵送しました。",
                ],
            ),
        )
    )
    return docs


# --- 母子父子寡婦福祉資金 -------------------------------------------------------------------------------
def boshi(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "boshi"
    docs: list[Doc] = []
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="母子父子寡婦福祉資金貸付金のご案内",
                paragraphs=[
                    "修学資金・就学支度資金などを無利子又は低利で貸し付けます。",
                    "償還が滞った場合は、違約金（延滞元利金額に年3%）が発生します。滞納が続くと連帯保証人に請求します。",
                    f"相談：{ctx.hoken} 子ども家庭課 {ctx.office_phone(4)}",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "実績",
                        [
                            ["年度", "貸付件数", "貸付額（千円）", "償還率（現年）", "滞納額（千円）"],
                            *[
                                [
                                    f"R{y}",
                                    r.randint(40, 90),
                                    r.randint(20000, 60000),
                                    f"{r.uniform(0.8, 0.95):.1%}",
                                    r.randint(3000, 20000),
                                ]
                                for y in range(1, 6)
                            ],
                        ],
                        title="母子父子寡婦福祉資金 貸付・償還実績",
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="貸付申請書 記入例（修学資金）",
                paragraphs=[
                    f"申請者　{SAMPLE_NAMES[1]}（記入例）",
                    "児童　見本 一郎",
                    "連帯保証人　見本 二郎",
                    "住所　〇〇市〇〇町1-1",
                    "※架空の記入例です",
                ],
            ),
            note="a 記入例 with invented names: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "支援員",
                        [
                            ["配置先", "職名", "氏名", "電話"],
                            *[
                                [
                                    f"{m} 子育て支援課",
                                    "母子・父子自立支援員",
                                    ctx.staff(),
                                    f"{ac}-{r.randint(21, 98)}-{r.randint(1000, 9999)}",
                                ]
                                for m, ac, _ in ctx.munis
                            ],
                        ],
                    )
                ]
            ),
            note="staff in their role at their office phone: 1",
        )
    )
    trows = [
        [f"R{y}", k, str(r.randint(5, 60)), yen(r.randint(2000, 40000)), f"{r.uniform(0.7, 0.98):.1%}"]
        for y in range(1, 6)
        for k in ["事業開始", "修学", "就学支度", "生活", "転宅", "技能習得"]
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(title="償還統計"),
            post=canvas_pdf(
                "資金種類別 償還状況の推移",
                f"{ctx.hoken} 公表",
                [("年度", 40), ("資金", 120), ("件数", 260), ("償還額（千円）", 340), ("償還率", 480)],
                trows,
                12,
            ),
        )
    )
    # level 2
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="連帯保証人 住所変更届",
                paragraphs=[
                    f"{ctx.hoken}長 様",
                    f"連帯保証人 {p.name()}",
                    f"新住所 {p.address(True)}",
                    f"電話 {p.phone}",
                    "借受人との続柄：兄",
                ],
            ),
        )
    )
    ps = ctx.people(10, born=(1975, 1998))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "決定",
                        [
                            ["決定番号", "借受人", "住所", "資金種類", "貸付額"],
                            *[
                                [
                                    f"6-{i + 1:03d}",
                                    p.name(),
                                    p.address(),
                                    r.choice(["修学資金", "就学支度資金"]),
                                    r.randint(5, 50) * 10000,
                                ]
                                for i, p in enumerate(ps)
                            ],
                        ],
                        title="貸付決定通知書 送付リスト",
                    )
                ]
            ),
            note="a loan decision list of single parents: welfare context does not raise, 2",
        )
    )
    ps = ctx.people(8)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "説明会",
                        [
                            ["氏名", "電話", "希望日"],
                            *[[p.name(), p.phone, f"7/{r.randint(20, 31)}"] for p in ps],
                        ],
                        title="ひとり親家庭 就業支援説明会 参加申込",
                    )
                ]
            ),
        )
    )
    ps = ctx.people(9)
    docs.append(
        Doc(
            F,
            "ods",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "完済",
                        [
                            ["借受人", "住所", "完済日"],
                            *[
                                [p.name(), p.address(), f"R6.{r.randint(4, 6)}.{r.randint(1, 28)}"]
                                for p in ps
                            ],
                        ],
                        title="償還完了者（完済）",
                    )
                ]
            ),
            note="repaid in full, no arrears: name + address only, 2",
        )
    )
    # level 3
    ps = ctx.people(12)
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(
                sheets=[
                    sheet("概要", [["延滞者数", 12], ["延滞元金計", "別シート参照"]]),
                    sheet(
                        "延滞者",
                        [
                            ["貸付番号", "借受人", "住所", "電話", "延滞月数", "延滞元金", "違約金"],
                            *[
                                [
                                    f"H{r.randint(25, 31)}-{r.randint(10, 99)}",
                                    p.name(),
                                    p.address(),
                                    p.phone,
                                    r.randint(3, 40),
                                    r.randint(5, 80) * 3000,
                                    r.randint(1, 30) * 100,
                                ]
                                for p in ps
                            ],
                        ],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    p = ctx.person(born=(1978, 1995))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="督　促　状",
                paragraphs=[
                    p.address(True),
                    f"{p.name()} 様",
                    "あなたの母子福祉資金（修学資金）の償還金が下記のとおり未納です。",
                    "令和6年8月末日までに納付してください。",
                ],
                tables=[[["償還期日", "未納額"], ["R6.4.25", "15,000"], ["R6.5.25", "15,000"]]],
                textboxes=[f"貸付番号 H30-{r.randint(10, 99)}　{p.name('')} 様　未納計 30,000円"],
            ),
        )
    )
    p = ctx.person(born=(1975, 1995))
    docs.append(
        Doc(
            F,
            "txt-cp932",
            3,
            ["name", "phone", "arrears"],
            DocSpec(
                title="償還指導記録",
                paragraphs=[
                    f"令和6年7月{r.randint(1, 12)}日　{p.name()}（{p.phone}）へ架電。",
                    "延滞6か月。パート収入減のため月5,000円の分納を希望。",
                    "次回 8/5 来所予定。",
                ],
                footer=f"記録：{ctx.staff()}",
            ),
        )
    )
    g, b = ctx.person(), ctx.person(born=(1980, 1995))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="連帯保証人への償還請求について",
                paragraphs=[
                    g.address(True),
                    f"{g.name()} 様（連帯保証人）",
                    f"借受人 {b.name()} 様の償還金が延滞しており、再三の督促にも応じていただけません。",
                    "つきましては、連帯保証人として延滞額 186,000円を納付くださるようお願いします。",
                ],
            ),
        )
    )
    ps = ctx.people(14)
    docs.append(
        Doc(
            F,
            "csv",
            3,
            ["name", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "振替不能",
                        [
                            ["借受人", "貸付番号", "不能額", "理由", "累計未納"],
                            *[
                                [
                                    p.name(),
                                    f"R{r.randint(1, 4)}-{r.randint(100, 999)}",
                                    15000,
                                    r.choice(["残高不足", "口座解約"]),
                                    r.randint(1, 9) * 15000,
                                ]
                                for p in ps
                            ],
                        ],
                    )
                ]
            ),
            note="names with their unpaid instalments: arrears of identifiable persons, 3",
        )
    )
    ps = ctx.people(50, born=(1970, 1998))
    prow = [
        [
            p.name(),
            p.address(),
            r.choice(["修学", "就学支度", "生活"]),
            yen(r.randint(3, 60) * 5000),
            f"{r.randint(2, 30)}か月",
        ]
        for p in ps
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="延滞明細"),
            post=canvas_pdf(
                "母子父子寡婦福祉資金 延滞明細（市町別）",
                f"{ctx.hoken} 子ども家庭課　取扱注意",
                [("借受人", 40), ("住所", 150), ("資金", 440), ("延滞額", 540), ("延滞期間", 640)],
                prow,
                13,
            ),
        )
    )
    ps = ctx.people(6, born=(1978, 1998))
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "birth_date", "my_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "申請",
                        [
                            ["申請者", "生年月日", "住所", "個人番号", "資金"],
                            *[
                                [p.name(), p.birth, p.address(), int(random_my_number(r)), "修学資金"]
                                for p in ps
                            ],
                        ],
                        number_formats={1: "ggge年m月d日", 3: "000000000000"},
                    )
                ]
            ),
            note="My Numbers stored as numbers with a 12-digit format: 3",
        )
    )
    return docs


RIVERS = ["錦川", "島田川", "長良川", "板取川", "江合川", "鳴瀬川", "須賀川", "広見川", "千曲川", "湯川"]


# --- 土木事務所: 河川占用 -------------------------------------------------------------------------------
def kasen(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "kasen"
    docs: list[Doc] = []
    munis = [m for m, _, _ in ctx.munis]
    orgs = [
        [
            f"{c[0]}{c[1]}",
            random_corporate_number(r),
            r.choice(RIVERS),
            r.choice(["電柱", "水道管", "橋梁", "看板"]),
        ]
        for c in COMPANIES[:6]
    ]
    orgs += [[f"{m}", "", r.choice(RIVERS), "公園"] for m in munis] + [
        [f"{munis[0]}土地改良区", "", r.choice(RIVERS), "取水施設"]
    ]
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "許可一覧",
                        [["占用者", "法人番号", "河川名", "占用物件"], *orgs],
                        title="河川占用許可一覧（公表）",
                    )
                ]
            ),
            note="companies with 法人番号, towns and a land improvement district: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "単価",
                        [
                            ["占用物件", "単位", "甲地", "乙地", "丙地"],
                            *[
                                [k, "1㎡・年", r.randint(50, 900), r.randint(30, 600), r.randint(10, 300)]
                                for k in ["耕作地", "採草地", "駐車場", "通路", "電柱"]
                            ],
                        ],
                        title="河川占用料 単価表",
                    )
                ]
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="河川工事のお知らせ",
                paragraphs=[
                    f"{r.choice(RIVERS)} 護岸改修工事を下記のとおり実施します。",
                    f"施工業者 {COMPANIES[4][0]}{COMPANIES[4][1]}　現場代理人 {ctx.staff()}",
                    f"連絡先 {ctx.munis[0][1]}-{r.randint(21, 98)}-{r.randint(1000, 9999)}（同社）",
                    f"発注者 {ctx.doboku} 河川砂防課",
                ],
            ),
            note="the site agent named with his company's phone: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="河川占用許可申請書 記入例",
                paragraphs=[
                    f"申請者 住所 {munis[2]}〇〇1番地　氏名 {SAMPLE_NAMES[3]}",
                    "占用の目的　耕作（野菜）",
                    "占用面積　120㎡",
                    "※記入例",
                ],
            ),
            note="a 記入例 with an invented name and a placeholder address: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "巡視",
                        [
                            ["巡視日", "河川", "位置", "状況", "対応"],
                            *[
                                [
                                    f"2024/06/{r.randint(1, 28):02d}",
                                    r.choice(RIVERS),
                                    f"{r.randint(1, 30)}.{r.randint(0, 9)}k",
                                    r.choice(["不法投棄（家電）", "無許可の耕作跡", "倒木"]),
                                    r.choice(["回収", "看板設置", "経過観察"]),
                                ]
                                for _ in range(10)
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    trows = [
        [f"R{y}", m, str(r.randint(10, 80)), str(r.randint(2, 30)), yen(r.randint(300, 5000))]
        for y in range(1, 6)
        for m in munis
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(title="占用統計"),
            post=canvas_pdf(
                "河川占用許可件数（市町別）",
                ctx.doboku,
                [("年度", 40), ("市町", 120), ("許可件数", 260), ("うち個人", 360), ("占用料（千円）", 460)],
                trows,
                8,
            ),
        )
    )
    # level 2
    ps = ctx.people(12, born=(1935, 1970))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "台帳",
                        [
                            ["許可番号", "占用者", "住所", "電話", "河川", "目的", "面積㎡", "許可期間"],
                            *[
                                [
                                    f"{ctx.region}土河第{r.randint(100, 999)}号",
                                    p.name(),
                                    p.address(),
                                    p.phone,
                                    r.choice(RIVERS),
                                    "耕作",
                                    r.randint(50, 600),
                                    "R6.4.1～R11.3.31",
                                ]
                                for p in ps
                            ],
                        ],
                        title="河川占用許可台帳（個人）",
                        first_row=4,
                    )
                ]
            ),
            post=merge_xlsx({"台帳": ["A2:H2"]}),
            note="private farmers holding occupation permits at their home: 2",
        )
    )
    p = ctx.person(born=(1940, 1965))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="河川占用許可書",
                paragraphs=[
                    f"{p.address(True)}",
                    f"{p.name()} 様",
                    f"{ctx.pref}知事",
                    f"令和6年4月{r.randint(1, 20)}日付けで申請のあった河川占用について、河川法第24条により許可します。",
                    f"河川名 {r.choice(RIVERS)}　目的 耕作　面積 {r.randint(50, 400)}㎡",
                ],
                header=f"{ctx.region}土河第 {r.randint(100, 999)} 号",
            ),
        )
    )
    ps = ctx.people(10)
    docs.append(
        Doc(
            F,
            "csv-cp932",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "送付先",
                        [
                            ["占用者", "送付先住所", "占用料", "納期限"],
                            *[
                                [p.name(""), p.address(True), r.randint(2, 40) * 100, "2024/07/31"]
                                for p in ps
                            ],
                        ],
                    )
                ]
            ),
            note="occupation fee notices to be sent, not yet due: no arrears, 2",
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="境界立会記録",
                paragraphs=[
                    f"日時 令和6年6月{r.randint(3, 28)}日 10:00",
                    f"場所 {r.choice(RIVERS)} 右岸 {p.muni}{p.town}地先",
                    f"立会人 {p.name()}（隣接地所有者） {p.address()}　TEL {p.phone}",
                    f"県 {ctx.staff()}、{ctx.staff()}",
                    "結果 杭位置について合意",
                ],
            ),
        )
    )
    ps = ctx.people(8)
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "更新受付",
                        [
                            ["受付日", "申請者", "生年月日", "住所", "河川"],
                            *[
                                [
                                    dt.date(2024, 3, r.randint(1, 28)),
                                    p.name(),
                                    ymd(p.birth),
                                    p.address(),
                                    r.choice(RIVERS),
                                ]
                                for p in ps
                            ],
                        ],
                        number_formats={0: "yyyy/mm/dd"},
                    )
                ]
            ),
        )
    )
    # level 3
    ps = ctx.people(9)
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    sheet(
                        "未納",
                        [
                            ["占用者", "住所", "未納年度", "未納額", "督促日"],
                            *[
                                [
                                    p.name(),
                                    p.address(),
                                    r.choice(["R4", "R5", "R4・R5"]),
                                    r.randint(2, 40) * 100,
                                    "R6.5.20",
                                ]
                                for p in ps
                            ],
                        ],
                        title="河川占用料 未納者一覧",
                    )
                ]
            ),
        )
    )
    p = ctx.person(born=(1940, 1960))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="督促状（河川占用料）",
                paragraphs=[
                    p.address(True),
                    f"{p.name()} 様",
                    "令和5年度河川占用料 4,800円が納期限を過ぎても納付されていません。",
                    "指定期限までに納付してください。",
                ],
                footer=f"{ctx.doboku} 管理課",
            ),
        )
    )
    ps = ctx.people(112)
    prow = [
        [f"{i + 1}", p.name(), p.address(), r.choice(RIVERS), f"{r.randint(30, 600)}"]
        for i, p in enumerate(ps)
    ]
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address"],
            DocSpec(title="占用者台帳"),
            post=canvas_pdf(
                "河川占用者台帳（個人・耕作）",
                f"{ctx.doboku}",
                [("No", 40), ("氏名", 80), ("住所", 200), ("河川", 500), ("面積㎡", 600)],
                prow,
                28,
            ),
            note="112 private occupants with their home addresses: more than 100 persons, 3",
        )
    )
    ps = ctx.people(104)
    docs.append(
        Doc(
            F,
            "ods",
            3,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "清掃",
                        [
                            ["氏名", "住所", "電話", "集合場所"],
                            *[[p.name(), p.address(), p.phone, r.choice(RIVERS) + "河川敷"] for p in ps],
                        ],
                        title="河川一斉清掃 参加者名簿",
                    )
                ]
            ),
            note="104 named residents with address and phone: more than 100 persons, 3",
        )
    )
    return docs


# --- 連絡・会議 ----------------------------------------------------------------------------------------
def renraku(ctx: Ctx) -> list[Doc]:
    r, F = ctx.rng, "renraku"
    docs: list[Doc] = []
    munis = [m for m, _, _ in ctx.munis]
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title=f"{ctx.region}地域 県・市町 連絡調整会議 次第",
                paragraphs=[
                    "日時 令和6年7月25日 14:00　場所 県合同庁舎 3階大会議室",
                    "1 自動車税の滞納整理の連携について",
                    "2 難病患者の災害時支援について",
                    "3 マイナンバー情報連携の運用について",
                ],
                tables=[
                    [
                        ["所属", "職名", "氏名"],
                        *[[f"{m} 福祉課", "課長", ctx.staff()] for m in munis],
                        [ctx.hoken, "次長", ctx.staff()],
                    ]
                ],
            ),
            note="attendees named by office and title: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title="件名：会議室の予約について",
                paragraphs=[
                    "各位",
                    "7/25の連絡調整会議は3階大会議室を確保しました。",
                    "--",
                    f"{ctx.hoken} 総務企画課 {ctx.staff()}",
                    f"TEL {ctx.office_phone(5)}（内線 215）",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="連絡調整会議 議事概要（公開）",
                paragraphs=[
                    "県税事務所から、自動車税の滞納件数が前年度比で減少したこと、差押え件数の推移について報告があった。",
                    "市町から、マイナンバーを利用した所得照会の回答期限について質問があり、2週間を目安とすることを確認した。",
                    "個別の事案については非公開の部会で扱う。",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="個人情報の取扱い研修",
                paragraphs=[
                    "病歴・障害・滞納情報は要配慮又は機密性の高い情報です",
                    "例：Bさん（架空）の手帳交付情報をメールで誤送信した事例",
                    "メール添付はパスワード付きで",
                ],
            ),
            note="training slides with an invented case: 1",
        )
    )
    bad = [fail_check(random_my_number(r), k % 9 + 1) for k in range(12)]
    docs.append(
        Doc(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(
                title="件名：電子申請の受付番号一覧",
                paragraphs=[
                    "お疲れ様です。先週分の受付番号（12桁）を送ります。内容は電子申請システムで確認してください。",
                    *bad,
                    f"{ctx.staff()}（{munis[0]} 情報政策課）",
                ],
            ),
            note="12-digit 受付番号 all failing the check digit, no names: 1",
        )
    )
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "内線",
                        [
                            ["課", "係", "氏名", "内線"],
                            *[
                                [
                                    r.choice(["福祉課", "保健課", "子ども家庭課", "収納課"]),
                                    r.choice(["庶務", "給付", "審査"]),
                                    ctx.staff(),
                                    str(r.randint(200, 499)),
                                ]
                                for _ in range(14)
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    # level 2
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                title="件名：FW: 住民の方からの問い合わせ",
                paragraphs=[
                    f"{ctx.zeimu} 課税課 御中",
                    f"{p.muni}の{ctx.staff()}です。町の窓口に下記の問い合わせがありました。折り返しをお願いします。",
                    f"> {p.name()}様 {p.phone}",
                    "> 軽自動車から普通車に替えたが納税通知の宛先がわからない",
                    "よろしくお願いします。",
                ],
            ),
        )
    )
    ps = ctx.people(3)
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="河川改修 地元説明会 記録",
                paragraphs=[
                    f"出席住民 {len(ps)}名（自治会長ほか）",
                    *[f"{p.name()}（{p.address()}）：工事車両の通行時間を配慮してほしい。" for p in ps[:2]],
                    f"{ps[2].name()}（{ps[2].address()}）：自宅前の護岸のひび割れを見てほしい。",
                ],
            ),
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["name", "address"],
            DocSpec(
                title="件名：転居の連絡",
                paragraphs=[
                    f"{ctx.doboku} 管理課 {ctx.staff()}様",
                    f"河川占用許可を受けている{p.name()}さんが転居されました。",
                    f"新住所：{p.address(True)}",
                    "許可書の住所変更手続きの様式を送ってください。",
                ],
            ),
        )
    )
    ps = ctx.people(8)
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "返戻",
                        [
                            ["返戻日", "宛名", "住所", "判明した電話", "処理"],
                            *[
                                [
                                    f"6/{r.randint(1, 28)}",
                                    p.name(),
                                    p.address(),
                                    p.phone,
                                    r.choice(["再送", "公示送達検討", "転送"]),
                                ]
                                for p in ps
                            ],
                        ],
                        title="郵便返戻 連絡票（県→市町）",
                    )
                ]
            ),
        )
    )
    # level 3
    p = ctx.person(born=(1970, 2000))
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="件名：【至急】措置入院者の退院後支援について",
                paragraphs=[
                    f"{p.muni} 福祉課 御中",
                    f"{p.address()}の{p.name()}さん（{r.choice(PSY)}）が{HOSPITALS[5].format(m=p.muni)}を8月上旬に退院予定です。",
                    "退院後支援計画の会議に町の担当者の出席をお願いします。",
                    f"{ctx.hoken} 保健課 {ctx.staff()}",
                ],
            ),
        )
    )
    p = ctx.person(born=(1945, 1975))
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "health", "arrears", "phone"],
            DocSpec(
                title="個別ケース会議 記録（非公開）",
                paragraphs=[
                    f"対象 {p.name()} 様（{p.phone}）",
                    f"難病（{r.choice(DISEASES)}）の進行で就労不能。自動車税・住民税とも滞納。",
                    "県税事務所は執行停止を検討、町は生活保護相談へつなぐ。",
                ],
            ),
        )
    )
    p = ctx.person()
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "my_number", "birth_date"],
            DocSpec(
                title="件名：個人番号の確認",
                paragraphs=[
                    f"{p.name()}（{wareki(p.birth)}生）の個人番号は {spaced(mn)} で相違ありません。",
                    f"{p.muni} 市民課 {ctx.staff()}",
                ],
            ),
            note="a My Number written 4 4 4 in a mail: 3",
        )
    )
    p = ctx.person(born=(1950, 1980))
    docs.append(
        Doc(
            F,
            "pptx",
            3,
            ["name", "health", "address"],
            DocSpec(
                title="災害時個別避難計画 検討",
                paragraphs=[
                    f"{p.name()}さん（{p.address()}）",
                    f"{DISEASES[4]}・人工呼吸器使用",
                    "停電時のバッテリー確保が課題",
                ],
            ),
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            3,
            ["name", "arrears", "phone"],
            DocSpec(
                title="チャット履歴（庁内）",
                paragraphs=[
                    f"[10:02] {ctx.staff()}：{p.name()}さん（{p.phone}）、自動車税がR4から未納です",
                    f"[10:05] {ctx.staff()}：町の国保税も滞納あり。分納の相談を一緒にできますか",
                ],
            ),
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "my_number", "address"],
            DocSpec(
                title="個人番号の提供について",
                paragraphs=[
                    f"{p.name()} 様（{p.address()}）の情報照会に係る個人番号を提供します。",
                    "取扱いに注意してください。",
                ],
                header=f"個人番号 {random_my_number(r)}",
            ),
            note="the My Number is only in the Word header: 3",
        )
    )
    return docs


# --- more level-2 documents of the same desks -----------------------------------------------------------
def more_private(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    docs: list[Doc] = []
    ps = ctx.people(7)
    docs.append(
        Doc(
            "nanbyo",
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "申込",
                        [
                            ["No", "氏名", "電話", "参加人数"],
                            *[[i + 1, p.name(), p.phone, r.randint(1, 3)] for i, p in enumerate(ps)],
                        ],
                        title="保健福祉事務所 健康まつり 体験コーナー申込",
                    ),
                    sheet("会場", [["会場", "県合同庁舎 1階ホール"]]),
                ]
            ),
        )
    )
    ps = ctx.people(5, born=(1950, 1990))
    docs.append(
        Doc(
            "nanbyo",
            "txt-cp932",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="献血推進協力員 委嘱予定者",
                paragraphs=[*[f"{p.name('　')}　{wareki(p.birth)}生　{p.address()}" for p in ps]],
                footer=f"{ctx.hoken} 薬務係",
            ),
        )
    )
    ps = ctx.people(6)
    docs.append(
        Doc(
            "shogai",
            "odt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="要約筆記者 登録名簿",
                tables=[[["氏名", "住所", "電話"], *[[p.name(), p.address(), p.phone] for p in ps]]],
            ),
            note="interpreters registered at their own homes, nothing on a disability: 2",
        )
    )
    p = ctx.person()
    docs.append(
        Doc(
            "shogai",
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="福祉タクシー協力ドライバー申出書",
                paragraphs=[
                    f"氏名 {p.name()}",
                    f"住所 {p.address(True)}",
                    f"連絡先 {p.phone}",
                    "協力可能な曜日 火・木",
                ],
                textboxes=[f"受付 {ctx.hoken} 福祉課"],
            ),
        )
    )
    ps = ctx.people(7, born=(1975, 1998))
    docs.append(
        Doc(
            "boshi",
            "xls",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "講座",
                        [
                            ["氏名", "住所", "受講講座"],
                            *[
                                [p.name(), p.address(), r.choice(["医療事務", "簿記3級", "介護職員初任者"])]
                                for p in ps
                            ],
                        ],
                        title="ひとり親 資格取得講座 受講者",
                    )
                ]
            ),
        )
    )
    ps = ctx.people(6, born=(1960, 1990))
    docs.append(
        Doc(
            "kenzei",
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="公売 買受人一覧"),
            post=canvas_pdf(
                "公売 買受人一覧（令和6年6月期）",
                f"{ctx.zeimu} 内部",
                [("売却区分", 40), ("買受人", 140), ("住所", 260)],
                [[f"第{i + 1}号", p.name(), p.address(True)] for i, p in enumerate(ps)],
                20,
            ),
            note="the buyers at a public auction at their homes, not the delinquent owners: 2",
        )
    )
    ps = ctx.people(5)
    docs.append(
        Doc(
            "kasen",
            "csv",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "苦情",
                        [
                            ["受付日", "氏名", "電話", "内容"],
                            *[
                                [
                                    f"2024/06/{r.randint(1, 28):02d}",
                                    p.name(),
                                    p.phone,
                                    r.choice(["河川敷の草刈り", "堤防道路の穴", "護岸の崩れ"]),
                                ]
                                for p in ps
                            ],
                        ],
                    )
                ]
            ),
        )
    )
    ps = ctx.people(4)
    docs.append(
        Doc(
            "renraku",
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="自治会要望 受付記録",
                paragraphs=[
                    *[
                        f"{p.name()}（{p.address()}、{p.phone}）：{r.choice(['街灯の増設', 'カーブミラー', '側溝の蓋'])}"
                        for p in ps
                    ]
                ],
                header="土木事務所・町 共有",
            ),
            note="residents writing as themselves with home and phone: 2",
        )
    )
    ps = ctx.people(9)
    docs.append(
        Doc(
            "renraku",
            "csv-cp932",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "宛名",
                        [
                            ["宛名", "住所", "区分"],
                            *[[p.name() + " 様", p.address(True), "説明会案内"] for p in ps],
                        ],
                    )
                ]
            ),
        )
    )
    return docs


# --- the set --------------------------------------------------------------------------------------------
def build(rng: random.Random) -> list[Doc]:
    pref, region, munis = rng.choice(REGIONS)
    ctx = Ctx(rng, pref, region, munis, set())
    docs: list[Doc] = []
    for family in (kenzei, nanbyo, shogai, boshi, kasen, renraku, more_private):
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set24", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
