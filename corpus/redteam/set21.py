"""Twenty-first red-team set (blind): elderly welfare and community support in a city of about 150,000.

``python -m corpus.redteam.set21 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads.

Written without reading the detectors, the policy data or the other generators' documents. The families follow
the desks of 高齢福祉課, the 地域包括支援センター, the 民生委員 and the 社会福祉協議会 liaison: ``sodan`` (総合相談
records in prose, 虐待通報, 成年後見 申立 memos), ``mimamori`` (見守り visit logs, 緊急通報装置 registers),
``haishoku`` (配食サービス users and delivery notes), ``minsei`` (担当世帯 lists, 活動記録, 委員名簿), ``shakyo``
(生活福祉資金 貸付 and 償還 arrears, volunteers) and ``renraku`` (chat and mail exports between the centre and the
city, letters to families). Each family has public look-alikes: leaflets, district statistics, recruitment
notices, blank forms, 記入例, facility directories.

Truth is the default policy's text only: 3 for a My Number, health or arrears about an identifiable person, or
more than 100 persons with name plus address/birth date/phone; 2 for a private person's name with their address,
birth date or phone; 1 for the rest (facilities, staff and 委員 in their role, invented 記入例 names).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import is_valid_my_number, my_number_from
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2121

# (prefecture, city, area code, exchange prefixes, towns, districts)
CITIES: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    ("山口県", "周南市", "0834", ["21", "22", "28", "62", "63"], ["平和通", "糀町", "新宿通", "大字久米", "櫛ケ浜", "徳山"],
     ["徳山中央", "徳山東", "新南陽", "熊毛", "鹿野"]),
    ("岐阜県", "大垣市", "0584", ["73", "74", "78", "81", "89"], ["郭町", "林町", "禾森町", "赤坂町", "静里町", "本今"],
     ["中部", "東部", "西部", "南部", "北部"]),
    ("佐賀県", "唐津市", "0955", ["72", "73", "74", "75", "77"], ["京町", "大名小路", "和多田本村", "浜玉町浜崎", "鏡",
     "相知町相知"], ["中央", "東部", "西部", "浜玉", "北波多"]),
]  # fmt: skip
SURNAMES = ["桑原", "向井", "杉浦", "野口", "堀内", "三宅", "宮下", "河合", "西岡", "北村", "平野", "上田", "浜田", "松尾",
            "大塚", "小西", "安藤", "望月", "内藤", "横山", "秋山", "熊谷", "千葉", "岩崎", "川村", "村井", "中島", "片山",
            "荒木", "松井", "市川", "土屋", "服部", "石原", "須田", "桜井", "岩田", "増田", "小野寺", "成田", "古川",
            "白石", "水野", "谷口", "大野", "菅原", "今井", "高野", "尾崎", "永井"]  # fmt: skip
OLD_MALE = [
    "勝男",
    "正一",
    "茂",
    "繁",
    "辰雄",
    "義雄",
    "敏夫",
    "幸雄",
    "利夫",
    "久雄",
    "忠",
    "実",
    "三郎",
    "政治",
    "寛",
]
OLD_FEMALE = ["トメ", "ミツ", "フミ", "静江", "節子", "和子", "幸子", "久子", "敏子", "静子", "光子", "文子", "ヨシ子",
              "美代子", "貞子"]  # fmt: skip
YOUNG = ["浩", "誠", "聡", "直樹", "裕子", "真由美", "由美子", "智子", "健一", "明美"]
STAFF = ["吉岡", "新田", "梶原", "森本", "奥村", "宇野"]
FACILITIES = ["特別養護老人ホーム 松風園", "グループホーム ひだまり", "デイサービス 寿の家", "小規模多機能 かがやき",
              "介護老人保健施設 みどりの丘", "ケアハウス 白鷺荘", "サービス付き高齢者向け住宅 ゆうあい",
              "訪問介護ステーション すずらん"]  # fmt: skip
DISEASES = ["アルツハイマー型認知症", "脳梗塞後遺症", "糖尿病", "心不全", "慢性腎不全（人工透析）", "パーキンソン病",
            "COPD（在宅酸素）", "高血圧症", "骨粗しょう症（腰椎圧迫骨折）"]  # fmt: skip
TODAY = dt.date(2025, 10, 15)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


@dataclass
class D:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


# --- people --------------------------------------------------------------------------------------
@dataclass
class P:
    sei: str
    mei: str
    birth: dt.date
    addr: str  # town part, without the city
    phone: str
    mobile: str
    male: bool

    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, self.exch, self.towns, self.districts = rng.choice(CITIES)
        combos = [(s, m, True) for s in SURNAMES for m in OLD_MALE] + [
            (s, m, False) for s in SURNAMES for m in OLD_FEMALE
        ]
        rng.shuffle(combos)
        self._pool = combos
        self._used = 0

    def person(self, old: bool = True) -> P:
        rng = self.rng
        sei, mei, male = self._pool[self._used]
        self._used += 1
        if not old:
            mei = rng.choice(YOUNG)
        year = rng.randint(1930, 1950) if old else rng.randint(1958, 1975)
        birth = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(self.towns)
        addr = f"{town}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        if rng.random() < 0.3:
            addr = f"{town}{rng.randint(100, 3999)}番地"
        phone = f"{self.area}-{rng.choice(self.exch)}-{rng.randint(1000, 9999)}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        return P(sei, mei, birth, addr, phone, mobile, male)

    def people(self, n: int, old: bool = True) -> list[P]:
        return [self.person(old) for _ in range(n)]

    def facility_phone(self) -> str:
        return f"{self.area}-{self.rng.choice(self.exch)}-{self.rng.randint(1000, 9999)}"

    def my_number(self) -> str:
        return my_number_from("".join(str(self.rng.randint(0, 9)) for _ in range(11)))

    def bad_number(self) -> str:
        """12 digits that fail the My Number check digit."""
        while True:
            n = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
            if n[0] != "0" and not is_valid_my_number(n):
                return n


def wareki(d: dt.date, style: str = "long") -> str:
    if d >= dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    return f"{era}{y}年{d.month}月{d.day}日"


def age(d: dt.date) -> int:
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def spaced(digits: str) -> str:
    return " ".join(digits)


# --- post-processors -----------------------------------------------------------------------------
def canvas_pdf(
    title: str,
    header: str,
    cols: list[tuple[str, int]],
    rows: list[list[str]],
    per_page: int,
    tail: list[str] | None = None,
) -> Callable[[Path], None]:
    """Rewrite the file as a reportlab canvas: columns placed by x, a page header and ``n / N`` footers."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
        w, h = landscape(A4)
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        for n, chunk in enumerate(pages, 1):
            c.setFont("HeiseiKakuGo-W5", 8)
            c.drawString(40, h - 25, header)
            c.setFont("HeiseiKakuGo-W5", 13)
            c.drawString(40, h - 50, title)
            c.setFont("HeiseiKakuGo-W5", 8)
            y = h - 75
            for label, x in cols:
                c.drawString(x, y, label)
            for row in chunk:
                y -= 15
                for (_, x), value in zip(cols, row, strict=False):
                    c.drawString(x, y, value)
            if n == len(pages):
                for line in tail or []:
                    y -= 18
                    c.drawString(40, y, line)
            c.drawString(w / 2 - 10, 20, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def xlsx_merge(sheet_index: int, ranges: list[str]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        from corpus.factory.writers import _finish_zip

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[sheet_index]
        for r in ranges:
            ws.merge_cells(r)
        import io

        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def docx_merge(table_index: int, row: int, c0: int, c1: int) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import io

        import docx

        from corpus.factory.writers import _finish_zip

        d = docx.Document(str(path))
        t = d.tables[table_index]
        a, b = t.cell(row, c0), t.cell(row, c1)
        keep = a.text
        merged = a.merge(b)
        merged.text = keep
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish_zip(buf.getvalue()))

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


# --- families ------------------------------------------------------------------------------------
def fam_sodan(w: World) -> list[D]:
    rng, city = w.rng, w.city
    out: list[D] = []
    # 1: public leaflet about 総合相談 that mentions 認知症, 虐待, 成年後見
    out.append(
        D(
            "sodan",
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{city}地域包括支援センターのご案内",
                paragraphs=[
                    "高齢者の総合相談窓口です。介護、認知症、病気、お金の管理、虐待など、どんなことでもご相談ください。",
                    "成年後見制度の利用や、消費者被害の相談にも応じます。相談は無料、秘密は守ります。",
                    *[
                        f"{d}地域包括支援センター　電話 {w.facility_phone()}（平日8:30～17:15）"
                        for d in w.districts
                    ],
                ],
                footer=f"{city}健康福祉部高齢福祉課",
            ),
        )
    )
    # 1: blank 総合相談受付票
    out.append(
        D(
            "sodan",
            "docx",
            1,
            [],
            DocSpec(
                title="総合相談受付票",
                paragraphs=[
                    "受付日：　　年　　月　　日　受付者：",
                    "相談経路：□本人 □家族 □民生委員 □ケアマネ □その他（　　）",
                ],
                tables=[
                    [
                        ["氏名", "", "生年月日", "明・大・昭　　年　　月　　日"],
                        ["住所", f"{city}", "電話", ""],
                        ["相談内容", "", "", ""],
                        ["既往歴・通院先", "", "", ""],
                        ["対応", "", "", ""],
                    ]
                ],
                footer="様式第1号",
            ),
        )
    )
    # 1: 記入例 with invented name
    out.append(
        D(
            "sodan",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "記入例",
                        [
                            ["項目", "記入例"],
                            ["氏名", "包括 花子（記入例）"],
                            ["生年月日", "昭和15年4月1日"],
                            ["住所", f"{city}○○町1丁目2番3号"],
                            ["電話", "0000-00-0000"],
                            ["相談内容", "物忘れが増え、通院の薬を飲み忘れる（例）"],
                        ],
                        title="成年後見制度利用支援 相談票 記入例",
                        first_row=3,
                    )
                ]
            ),
            note="記入例: an invented example person with placeholder address and phone is not a person",
        )
    )
    # 1: statistics of 相談 by district with merged header
    rows: list[list[Cell]] = [["圏域", "総合相談", None, "うち虐待", None, "うち成年後見", None]]
    rows.append([None, "令和5年度", "令和6年度", "令和5年度", "令和6年度", "令和5年度", "令和6年度"])
    for d in w.districts:
        rows.append([d, *[rng.randint(10, 900) for _ in range(6)]])
    out.append(
        D(
            "sodan",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[sheet("圏域別", rows, title="地域包括支援センター相談件数（圏域別）", first_row=3)]
            ),
            post=xlsx_merge(0, ["B3:C3", "D3:E3", "F3:G3", "A3:A4"]),
        )
    )
    # 1: 虐待防止 研修 slides
    out.append(
        D(
            "sodan",
            "pptx",
            1,
            [],
            DocSpec(
                title="高齢者虐待防止研修（ケアマネジャー向け）",
                paragraphs=[
                    "虐待の種類：身体的・心理的・性的・経済的・介護放棄",
                    "通報は市高齢福祉課または地域包括支援センターへ",
                    "事例：Aさん（80代女性）長男と二人暮らし。年金を長男が管理…（架空事例）",
                    "通報者の秘密は守られます",
                ],
                notes=["事例は研修用に作成した架空のものです"],
            ),
            note="an invented case 'Aさん' with no name, address or phone is not a person",
        )
    )
    # 1: 成年後見 市長申立 件数 txt
    out.append(
        D(
            "sodan",
            "txt",
            1,
            [],
            DocSpec(
                title="成年後見制度 市長申立の状況（公表資料）",
                paragraphs=[
                    f"{city}における市長申立件数は令和4年度{rng.randint(3, 9)}件、令和5年度{rng.randint(5, 12)}件でした。",
                    "申立の主な理由は認知症による判断能力の低下で、身寄りのない方が多くを占めます。",
                    "報酬助成は生活保護受給者等を対象としています。",
                ],
            ),
        )
    )
    # 2: 相談 intake list (names, phones) without health
    ppl = w.people(12)
    rows = [["受付日", "相談者", "続柄", "対象者", "住所", "連絡先", "主訴"]]
    for i, p in enumerate(ppl):
        rows.append(
            [
                dt.date(2025, 9, 1 + i),
                f"{p.sei} {rng.choice(YOUNG)}",
                rng.choice(["長男", "長女", "次男の妻"]),
                p.name,
                f"{city}{p.addr}",
                p.phone,
                rng.choice(
                    [
                        "介護保険の申請方法",
                        "住み替えの相談",
                        "配食の案内希望",
                        "見守りサービスについて",
                        "運転免許返納後の移動手段",
                    ]
                ),
            ]
        )
    out.append(
        D(
            "sodan",
            "xlsx",
            2,
            ["name", "address", "phone", "relationship"],
            DocSpec(sheets=[sheet("9月", rows, title="総合相談 受付簿（令和7年9月）", first_row=2)]),
        )
    )
    # 2: 相談記録 prose docx: address change, no health
    p = w.person()
    son = f"{p.sei} {rng.choice(YOUNG)}"
    out.append(
        D(
            "sodan",
            "docx",
            2,
            ["name", "address", "phone", "relationship"],
            DocSpec(
                title="総合相談記録",
                paragraphs=[
                    f"令和7年9月12日（金）来所。相談者は長男の{son}氏（携帯 {p.mobile}）。",
                    f"対象者：{p.name}（{age(p.birth)}歳）、{city}{p.addr}に独居。",
                    "本人は現在の住まいの階段が負担になってきたとのこと。市営住宅の1階への住み替えを希望。",
                    "住宅課の募集時期と申込方法を説明。次回の募集案内を郵送することとした。",
                ],
                footer="担当：社会福祉士 " + rng.choice(STAFF),
            ),
        )
    )
    # 2: 相談 chat-like txt cp932, only address
    p = w.person()
    out.append(
        D(
            "sodan",
            "txt-cp932",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="相談メモ",
                paragraphs=[
                    f"{p.name}さん　{wareki(p.birth)}生　{city}{p.addr}",
                    "敬老会の案内が届かないとの問合せ。転居届が出ていたため、新住所で再送手配。",
                    "対応者：" + rng.choice(STAFF),
                ],
            ),
        )
    )
    # 2: 家族介護教室 参加者 ods
    rows = [["No", "氏名", "住所", "電話"]] + [
        [i + 1, p.name, p.addr, p.phone] for i, p in enumerate(w.people(18, old=False))
    ]
    out.append(
        D(
            "sodan",
            "ods",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("参加者", rows, title="家族介護教室 参加者名簿")]),
            note="attending a family-carer class is not health; name with address and phone is 2",
        )
    )
    # 3: 総合相談記録 prose with diagnosis, referred to by relation later
    p = w.person()
    wife = f"{p.sei} {rng.choice(OLD_FEMALE)}"
    out.append(
        D(
            "sodan",
            "docx",
            3,
            ["name", "address", "health", "relationship"],
            DocSpec(
                title="総合相談記録（継続）",
                paragraphs=[
                    f"対象者：{p.name}（{wareki(p.birth)}生）{city}{p.addr}　妻：{wife}と二人暮らし。",
                    f"令和7年10月2日 妻より電話。本人は昨年{rng.choice(DISEASES[:3])}と診断され、{rng.choice(['市民病院', '中央クリニック'])}に月1回通院中。",
                    "最近夜間に外へ出ようとすることがあり、妻が眠れていない。長男の嫁が週末に手伝いに来ている。",
                    "本人は介護保険の申請に消極的。次回訪問で主治医意見書の依頼について説明する。",
                ],
                header="取扱注意",
            ),
        )
    )
    # 3: 虐待通報 受付記録 with injuries
    p = w.person()
    out.append(
        D(
            "sodan",
            "docx",
            3,
            ["name", "address", "birth_date", "health", "relationship"],
            DocSpec(
                title="高齢者虐待 通報受付票",
                tables=[
                    [
                        ["受付日時", "令和7年8月21日 14時05分", "通報者", "担当ケアマネジャー"],
                        ["被虐待者", p.name, "生年月日", wareki(p.birth)],
                        ["住所", f"{city}{p.addr}", "要介護度", "要介護2"],
                        [
                            "状況",
                            "デイサービス入浴時に両上腕に複数のあざを確認。本人は「息子に掴まれた」と話す。",
                            "",
                            "",
                        ],
                        ["虐待者", "同居の次男（50代・無職）", "種別", "身体的虐待・経済的虐待の疑い"],
                    ]
                ],
                header=f"{city}高齢福祉課　受付番号 R7-虐-0{rng.randint(10, 99)}",
            ),
            post=docx_merge(0, 3, 1, 3),
        )
    )
    # 3: 成年後見 申立 memo pdf canvas with My Number spaced
    p = w.person()
    mn = w.my_number()
    out.append(
        D(
            "sodan",
            "pdf",
            3,
            ["name", "address", "birth_date", "health", "my_number"],
            DocSpec(title="x"),
            post=canvas_pdf(
                "市長申立 検討メモ",
                f"{city}高齢福祉課 内部資料",
                [("項目", 40), ("内容", 160)],
                [
                    ["本人氏名", p.name],
                    ["生年月日", wareki(p.birth)],
                    ["住所", f"{city}{p.addr}"],
                    ["個人番号", spaced(mn)],
                    ["診断", "血管性認知症（長谷川式 9点）"],
                    ["親族", "姉（県外・高齢で協力困難）"],
                    ["申立類型", "後見"],
                    ["備考", "年金の管理ができず、通帳を紛失している"],
                ],
                per_page=6,
            ),
        )
    )
    # 3: 虐待 対応ケース一覧 hidden sheet
    ppl = w.people(8)
    rows = [["No", "被虐待者", "年齢", "住所", "種別", "状況"]] + [
        [
            i + 1,
            p.name,
            age(p.birth),
            p.addr,
            rng.choice(["身体的", "心理的", "放棄・放任", "経済的"]),
            rng.choice(["認知症あり、分離保護", "骨折で入院中", "褥瘡あり訪問看護導入", "見守り継続"]),
        ]
        for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "sodan",
            "xlsx",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "集計",
                        [["種別", "件数"], ["身体的", 3], ["心理的", 2], ["放棄・放任", 2], ["経済的", 1]],
                        title="虐待対応件数",
                    ),
                    sheet("ケース", rows, state="hidden"),
                ]
            ),
        )
    )
    # 3: 相談 export cp932 csv with 病名
    ppl = w.people(15)
    rows = [["受付番号", "氏名", "生年月日", "電話", "相談内容"]] + [
        [
            f"S{2025}{i:04d}",
            p.name,
            p.birth.strftime("%Y/%m/%d"),
            p.phone,
            f"{rng.choice(DISEASES)}で通院、介護申請の相談",
        ]
        for i, p in enumerate(ppl, 1)
    ]
    out.append(
        D(
            "sodan",
            "csv-cp932",
            3,
            ["name", "birth_date", "phone", "health"],
            DocSpec(sheets=[sheet("export", rows)]),
        )
    )
    return out


def fam_mimamori(w: World) -> list[D]:
    rng, city = w.rng, w.city
    out: list[D] = []
    # 1: 見守り協定 事業者一覧 (companies)
    rows = [["事業者名", "所在地", "電話", "協定締結日"]] + [
        [
            n,
            f"{city}{rng.choice(w.towns)}{rng.randint(1, 3)}丁目{rng.randint(1, 20)}番",
            w.facility_phone(),
            dt.date(2019 + rng.randint(0, 5), rng.randint(1, 12), 1),
        ]
        for n in [
            "周辺新聞販売店会",
            "やまびこ生協",
            "中央郵便局",
            "ひまわり乳業 宅配センター",
            "みなと電力 営業所",
            "市ガス協同組合",
        ]
    ]
    out.append(
        D(
            "mimamori",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("協定事業者", rows, title="高齢者見守りネットワーク協定事業者一覧")]),
            note="協定締結日 is not a birth date; companies are not persons",
        )
    )
    # 1: 緊急通報装置 leaflet docx
    out.append(
        D(
            "mimamori",
            "docx",
            1,
            [],
            DocSpec(
                title="緊急通報装置の貸与について",
                paragraphs=[
                    "65歳以上のひとり暮らしで、心臓病・脳血管疾患などの持病がある方に、緊急通報装置を貸与します。",
                    "ボタンを押すと受信センターにつながり、必要に応じて救急車を要請します。",
                    "協力員2名（近所の方）の登録が必要です。",
                    f"問合せ：{city}高齢福祉課 在宅福祉係 {w.facility_phone()}",
                ],
            ),
        )
    )
    # 1: statistics csv
    rows = [["地区", "ひとり暮らし高齢者数", "見守り登録者数", "緊急通報装置設置数"]] + [
        [d, rng.randint(300, 2000), rng.randint(50, 400), rng.randint(10, 120)] for d in w.districts
    ]
    out.append(D("mimamori", "csv", 1, [], DocSpec(sheets=[sheet("統計", rows)])))
    # 1: blank 訪問記録 form (pdf)
    out.append(
        D(
            "mimamori",
            "pdf",
            1,
            [],
            DocSpec(
                title="見守り訪問記録票（様式）",
                tables=[
                    [
                        ["訪問日", "訪問者", "対象者氏名", "様子", "特記事項"],
                        ["", "", "", "□変わりなし □要連絡", ""],
                        ["", "", "", "□変わりなし □要連絡", ""],
                    ]
                ],
                paragraphs=[
                    "※体調の変化や郵便物のたまりなどに気づいたら地域包括支援センターへ連絡してください。"
                ],
            ),
        )
    )
    # 1: 見守り研修 pptx
    out.append(
        D(
            "mimamori",
            "pptx",
            1,
            [],
            DocSpec(
                title="ゆるやかな見守りのポイント",
                paragraphs=[
                    "新聞がたまっている",
                    "夜になっても電気がつかない",
                    "同じ服を何日も着ている",
                    "気になったら包括へ連絡",
                ],
            ),
        )
    )
    # 1: 協力員 role list: 民生委員 official with office phone - skip; odt guide
    out.append(
        D(
            "mimamori",
            "odt",
            1,
            [],
            DocSpec(
                title="見守り訪問員 活動の手引き",
                paragraphs=[
                    "訪問は月2回を目安にします。",
                    "訪問先の個人情報（住所・電話・病歴）は外に持ち出さないでください。",
                    "記録票は毎月末に地域包括支援センターへ提出してください。",
                ],
            ),
        )
    )
    # 2: 見守り訪問 log xlsx with notes
    ppl = w.people(20)
    rows = [["訪問日", "対象者", "住所", "電話", "訪問員", "様子"]]
    for i, p in enumerate(ppl):
        rows.append(
            [
                dt.date(2025, 9, 2 + i),
                p.name,
                p.addr,
                p.phone,
                rng.choice(STAFF),
                rng.choice(
                    ["変わりなし", "庭の手入れをしていた", "留守（不在票投函）", "孫が来ていた", "郵便物なし"]
                ),
            ]
        )
    out.append(
        D(
            "mimamori",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("9月", rows, title="見守り訪問記録", first_row=2)]),
        )
    )
    # 2: 緊急通報 協力員 list (private neighbours with phones)
    ppl = w.people(10)
    rows = [["利用者", "協力員1", "協力員1電話", "協力員2", "協力員2電話"]] + [
        [p.name, q.name, q.phone, r.name, r.mobile]
        for p, q, r in zip(ppl, w.people(10), w.people(10), strict=True)
    ]
    out.append(
        D(
            "mimamori",
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("協力員", rows, title="緊急通報装置 協力員名簿")]),
        )
    )
    # 2: 安否確認 mail txt
    p = w.person()
    out.append(
        D(
            "mimamori",
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="件名：安否確認のお願い",
                paragraphs=[
                    "高齢福祉課 " + rng.choice(STAFF) + " 様",
                    "新聞販売店より連絡がありました。",
                    f"{city}{p.addr} の {p.name} さん宅、新聞が3日分たまっているとのことです。",
                    f"自宅電話（{p.phone}）は応答なし。訪問をお願いします。",
                    "—地域包括支援センター " + w.districts[0],
                ],
            ),
        )
    )
    # 2: far-right data
    ppl = w.people(30)
    rows = [["No"] + [None] * 25 + ["氏名", "住所", "電話"]] + [
        [i + 1] + [None] * 25 + [p.name, p.addr, p.phone] for i, p in enumerate(ppl)
    ]
    out.append(D("mimamori", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("一覧", rows)])))
    # 3: 緊急通報装置 台帳 with 持病, multi-page canvas, mobile spaced
    ppl = w.people(40)
    body = [
        [p.name, p.addr, spaced(p.phone.replace("-", "")), rng.choice(DISEASES), wareki(p.birth, "short")]
        for p in ppl
    ]
    out.append(
        D(
            "mimamori",
            "pdf",
            3,
            ["name", "address", "phone", "health", "birth_date"],
            DocSpec(title="x"),
            post=canvas_pdf(
                "緊急通報装置 設置者台帳",
                f"{city}高齢福祉課 取扱注意",
                [("氏名", 40), ("住所", 130), ("電話", 300), ("持病", 460), ("生年月日", 640)],
                body,
                15,
            ),
        )
    )
    # 3: 緊急通報 台帳 xlsx with 主治医/病名 on a hidden sheet
    ppl = w.people(25)
    out.append(
        D(
            "mimamori",
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "設置者",
                        [["No", "氏名", "住所", "電話"]]
                        + [[i + 1, p.name, p.addr, p.phone] for i, p in enumerate(ppl)],
                    ),
                    sheet(
                        "医療情報",
                        [["No", "氏名", "かかりつけ医", "病名", "服薬"]]
                        + [
                            [
                                i + 1,
                                p.name,
                                rng.choice(["市民病院", "中央クリニック", "みなと内科"]),
                                rng.choice(DISEASES),
                                rng.choice(["あり", "インスリン", "ワーファリン"]),
                            ]
                            for i, p in enumerate(ppl)
                        ],
                        state="hidden",
                    ),
                ]
            ),
        )
    )
    # 3: 見守り log with health notes cp932 csv
    ppl = w.people(14)
    rows = [["訪問日", "氏名", "電話", "メモ"]] + [
        [
            f"2025/09/{i + 1:02d}",
            p.name,
            p.phone,
            rng.choice(
                [
                    "足のむくみ強く通院を勧めた",
                    "物忘れが進行、認知症の疑い",
                    "透析の日で不在",
                    "転倒して腰を痛めていた",
                ]
            ),
        ]
        for i, p in enumerate(ppl)
    ]
    out.append(
        D("mimamori", "csv-cp932", 3, ["name", "phone", "health"], DocSpec(sheets=[sheet("log", rows)]))
    )
    # 3: bulk 独居高齢者名簿 > 100 (no health)
    ppl = w.people(130)
    rows = [["No", "氏名", "生年月日", "住所", "電話"]] + [
        [i + 1, p.name, p.birth, p.addr, p.phone] for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "mimamori",
            "xlsx",
            3,
            ["name", "birth_date", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(f"{w.districts[0]}", rows[:66], title="ひとり暮らし高齢者名簿"),
                    sheet(f"{w.districts[1]}", [rows[0], *rows[66:]]),
                ]
            ),
            note="130 distinct persons with address over two sheets: more than 100 persons is 3",
        )
    )
    return out


def fam_haishoku(w: World) -> list[D]:
    rng, city = w.rng, w.city
    out: list[D] = []
    # 1: 配食 事業者 list
    rows = [["事業者", "所在地", "電話", "代表者", "指定日"]] + [
        [
            n,
            f"{city}{rng.choice(w.towns)}{rng.randint(100, 999)}番地",
            w.facility_phone(),
            f"代表取締役 {rng.choice(SURNAMES)} {rng.choice(YOUNG)}",
            wareki(dt.date(2020, rng.randint(1, 12), 1)),
        ]
        for n in [
            "株式会社まごころ弁当",
            "有限会社ふれあい食堂",
            "NPO法人 たすけあい周南",
            "株式会社ヘルシーデリ",
        ]
    ]
    out.append(
        D(
            "haishoku",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("事業者", rows, title="配食サービス 委託事業者一覧")]),
            note="代表者 named with the company's address and phone is an official role; 指定日 is not a birth date",
        )
    )
    # 1: menu leaflet pdf
    out.append(
        D(
            "haishoku",
            "pdf",
            1,
            [],
            DocSpec(
                title="配食サービス 10月の献立",
                paragraphs=[
                    "1日 さばの味噌煮、2日 鶏の照り焼き、3日 肉じゃが",
                    "糖尿病食・減塩食・きざみ食にも対応しています（医師の指示書が必要です）。",
                    "1食 400円（市が一部助成）",
                ],
            ),
        )
    )
    # 1: blank 申請書 docx
    out.append(
        D(
            "haishoku",
            "docx",
            1,
            [],
            DocSpec(
                title="配食サービス利用申請書",
                tables=[
                    [
                        ["申請者氏名", "", "生年月日", "　　年　　月　　日"],
                        ["住所", "", "電話", ""],
                        ["食事制限", "□なし □あり（病名　　　）", "", ""],
                    ]
                ],
            ),
        )
    )
    # 1: 利用実績 stats ods
    rows = [["月", "利用者数", "配食数"]] + [
        [f"{m}月", rng.randint(180, 260), rng.randint(3000, 5000)] for m in range(4, 10)
    ]
    out.append(
        D("haishoku", "ods", 1, [], DocSpec(sheets=[sheet("実績", rows, title="配食サービス利用実績")]))
    )
    # 1: 記入例 xlsx
    out.append(
        D(
            "haishoku",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "記入例",
                        [
                            ["氏名", "生年月日", "住所", "電話", "配達時の注意"],
                            [
                                "周南 太郎（例）",
                                "昭和20年1月1日",
                                f"{city}○○町1-1",
                                "0000-00-0000",
                                "インターホンを鳴らして手渡し",
                            ],
                        ],
                        title="配達カード 記入例",
                    )
                ]
            ),
        )
    )
    # 2: 配達 route sheet
    ppl = w.people(22)
    rows = [["順", "氏名", "住所", "電話", "配達メモ"]] + [
        [
            i + 1,
            p.name,
            p.addr,
            p.phone,
            rng.choice(["玄関前の箱へ", "鍵は隣の方が預かり", "犬に注意", "手渡し必須", "勝手口から"]),
        ]
        for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "haishoku",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[sheet("Aルート", rows, title=f"配食 配達表 {w.districts[0]}ルート", first_row=2)]
            ),
        )
    )
    # 2: 利用者 cp932 csv
    ppl = w.people(30)
    rows = [["利用者番号", "氏名", "フリガナ", "住所", "電話", "曜日"]] + [
        [f"H{i:04d}", p.name, "", p.addr, p.phone, rng.choice(["月水金", "火木", "月～金"])]
        for i, p in enumerate(ppl, 1)
    ]
    out.append(
        D("haishoku", "csv-cp932", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("利用者", rows)]))
    )
    # 2: 変更届 docx letter
    p = w.person()
    out.append(
        D(
            "haishoku",
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="配食サービス 変更連絡",
                paragraphs=[
                    "株式会社まごころ弁当 御中",
                    f"利用者 {p.name} 様（{city}{p.addr}、電話 {p.phone}）について、",
                    "11月から配達曜日を月・木に変更します。",
                    "高齢福祉課 在宅福祉係",
                ],
            ),
        )
    )
    # 2: tsv? use xls: 利用者 with birth dates
    ppl = w.people(16)
    rows = [["氏名", "生年月日", "配達先"]] + [[p.name, wareki(p.birth), p.addr] for p in ppl]
    out.append(
        D("haishoku", "xls", 2, ["name", "birth_date", "address"], DocSpec(sheets=[sheet("利用者", rows)]))
    )
    # 3: 利用者 with 食事制限 病名
    ppl = w.people(24)
    rows = [["氏名", "住所", "電話", "食形態", "理由"]] + [
        [p.name, p.addr, p.phone, rng.choice(["減塩食", "糖尿病食", "腎臓病食"]), rng.choice(DISEASES)]
        for p in ppl
    ]
    out.append(
        D(
            "haishoku",
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(sheets=[sheet("利用者", rows, title="配食利用者一覧（食事制限）")]),
        )
    )
    # 3: multi-page canvas delivery list with allergy/dysphagia + my number? no: 3 pages
    ppl = w.people(45)
    body = [
        [
            p.name,
            p.addr,
            p.phone,
            rng.choice(["嚥下障害・ムース食", "透析中・カリウム制限", "認知症・手渡し必須", "特になし"]),
        ]
        for p in ppl
    ]
    out.append(
        D(
            "haishoku",
            "pdf",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(title="x"),
            post=canvas_pdf(
                "配食サービス 配達リスト（注意事項付）",
                f"{city} 社会福祉協議会 配食係",
                [("氏名", 40), ("住所", 140), ("電話", 330), ("注意事項", 450)],
                body,
                16,
            ),
        )
    )
    # 3: 利用料 滞納 list
    ppl = w.people(9)
    rows = [["氏名", "住所", "未納月", "未納額", "督促"]] + [
        [
            p.name,
            p.addr,
            f"{rng.randint(3, 6)}月～{rng.randint(7, 9)}月",
            rng.randint(4, 30) * 400,
            "督促状送付済",
        ]
        for p in ppl
    ]
    out.append(
        D(
            "haishoku",
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(sheets=[sheet("未納", rows, title="配食利用料 未納者一覧")]),
        )
    )
    # 3: bulk >100 利用者 over 2 sheets
    ppl = w.people(112)
    head = ["No", "氏名", "住所", "電話"]
    rows = [[i + 1, p.name, p.addr, p.phone] for i, p in enumerate(ppl)]
    out.append(
        D(
            "haishoku",
            "ods",
            3,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("前期", [head, *rows[:60]]), sheet("後期", [head, *rows[60:]])]),
            note="112 distinct users with address and phone: more than 100 persons is 3",
        )
    )
    return out


def fam_minsei(w: World) -> list[D]:
    rng, city = w.rng, w.city
    out: list[D] = []
    # 1: 委員名簿 as published (area, no private data)
    rows = [["地区", "担当区域", "氏名"]] + [
        [
            d,
            f"{rng.choice(w.towns)}{rng.randint(1, 5)}丁目",
            f"{rng.choice(SURNAMES)} {rng.choice(OLD_MALE + OLD_FEMALE)}",
        ]
        for d in w.districts
        for _ in range(3)
    ]
    out.append(
        D(
            "minsei",
            "pdf",
            1,
            [],
            DocSpec(title="民生委員・児童委員名簿（公表用）", sheets=[sheet("名簿", rows)]),
            note="民生委員 in the published roster with their area only: official role, level 1",
        )
    )
    # 1: recruitment notice docx
    out.append(
        D(
            "minsei",
            "docx",
            1,
            [],
            DocSpec(
                title="民生委員・児童委員を募集しています",
                paragraphs=[
                    "民生委員は、地域の高齢者や子育て家庭の相談に応じるボランティアです。",
                    "任期は3年、交通費相当の活動費が支給されます。",
                    "委員には守秘義務があり、知り得た個人情報（病歴や滞納などを含む）を漏らしてはいけません。",
                    f"問合せ：{city}地域福祉課 {w.facility_phone()}",
                ],
            ),
        )
    )
    # 1: 活動統計 xlsx merged
    rows = [["地区", "相談件数", None, "訪問回数", None], [None, "高齢者", "子ども", "高齢者", "子ども"]] + [
        [d, rng.randint(50, 300), rng.randint(5, 60), rng.randint(200, 900), rng.randint(10, 100)]
        for d in w.districts
    ]
    out.append(
        D(
            "minsei",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("統計", rows, title="民生委員活動状況", first_row=2)]),
            post=xlsx_merge(0, ["B2:C2", "D2:E2", "A2:A3"]),
        )
    )
    # 1: 定例会 次第 txt cp932 with 会長 names
    out.append(
        D(
            "minsei",
            "txt-cp932",
            1,
            [],
            DocSpec(
                title="民生委員児童委員協議会 10月定例会 次第",
                paragraphs=[
                    f"会長 {rng.choice(SURNAMES)} {rng.choice(OLD_MALE)}",
                    "1 開会",
                    "2 高齢福祉課より：敬老祝金の対象者確認について",
                    "3 地域包括支援センターより：見守り対象者の更新",
                    "4 その他",
                    "次回 11月12日 10時 福祉会館",
                ],
            ),
        )
    )
    # 1: 活動記録 blank
    out.append(
        D(
            "minsei",
            "odt",
            1,
            [],
            DocSpec(
                title="民生委員 活動記録（様式）",
                paragraphs=[
                    "日付　　　相手方　　　内容　　　つなぎ先",
                    "※相手方は個人名ではなくイニシャル等で記入してください。",
                ],
            ),
        )
    )
    # 2: 担当世帯 list
    ppl = w.people(25)
    rows = [["世帯主", "住所", "電話", "世帯構成", "備考"]] + [
        [
            p.name,
            p.addr,
            p.phone,
            rng.choice(["独居", "高齢夫婦", "高齢者と子"]),
            rng.choice(["", "日中不在", "敬老会参加"]),
        ]
        for p in ppl
    ]
    out.append(
        D(
            "minsei",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("担当世帯", rows, title="担当世帯一覧", first_row=3)]),
            note="世帯構成 and 独居 do not raise the level",
        )
    )
    # 2: 活動記録 docx prose (no health)
    p = w.person()
    out.append(
        D(
            "minsei",
            "docx",
            2,
            ["name", "address", "relationship"],
            DocSpec(
                title="活動記録（令和7年9月）",
                paragraphs=[
                    f"9/5 {city}{p.addr} {p.name}さん宅訪問。敬老祝金の案内を手渡し。",
                    "本人は元気そうで、畑の話をされた。長女が来月から同居予定とのこと。",
                    "9/18 同宅再訪、不在。",
                ],
            ),
        )
    )
    # 2: 推薦 委員候補者 list with home address and birth date
    ppl = w.people(8, old=False)
    rows = [["候補者", "生年月日", "自宅住所", "電話", "職業"]] + [
        [p.name, p.birth, p.addr, p.mobile, rng.choice(["自営業", "元教員", "主婦", "会社員"])] for p in ppl
    ]
    out.append(
        D(
            "minsei",
            "xlsx",
            2,
            ["name", "birth_date", "address", "phone"],
            DocSpec(sheets=[sheet("推薦", rows, title="民生委員 一斉改選 候補者推薦一覧")]),
            note="candidates' own birth dates and home addresses are private data, not an official role",
        )
    )
    # 2: 敬老祝金 対象者 pptx? use csv utf-8
    ppl = w.people(28)
    rows = [["対象者", "生年月日", "住所"]] + [[p.name, p.birth.strftime("%Y-%m-%d"), p.addr] for p in ppl]
    out.append(
        D("minsei", "csv", 2, ["name", "birth_date", "address"], DocSpec(sheets=[sheet("対象者", rows)]))
    )
    # 3: 担当世帯 with 病歴
    ppl = w.people(18)
    rows = [["氏名", "住所", "電話", "状況"]] + [
        [
            p.name,
            p.addr,
            p.phone,
            rng.choice(["脳梗塞後、右半身まひ", "認知症で長男が介護", "心臓病で通院", "身体障害者手帳2級"]),
        ]
        for p in ppl
    ]
    out.append(
        D(
            "minsei",
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                sheets=[
                    sheet("一覧", [["地区", "世帯数"], [w.districts[0], 18]]),
                    sheet("要援護者", rows, state="hidden"),
                ]
            ),
        )
    )
    # 3: 活動記録 with 滞納 mention
    p = w.person()
    out.append(
        D(
            "minsei",
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="民生委員 相談記録",
                paragraphs=[
                    f"相談者：{p.name}（{city}{p.addr}）",
                    "本人より、介護保険料と市営住宅の家賃を3か月滞納しており督促状が届いたと相談。",
                    "対象者は年金のみの収入。社協の生活福祉資金について説明し、包括へつないだ。",
                ],
                header="民生委員 " + rng.choice(SURNAMES),
            ),
        )
    )
    # 3: 世帯票 with my number in header
    p = w.person()
    mn = w.my_number()
    out.append(
        D(
            "minsei",
            "docx",
            3,
            ["name", "address", "my_number", "birth_date"],
            DocSpec(
                title="福祉世帯票",
                header=f"個人番号 {mn}",
                tables=[[["氏名", p.name], ["生年月日", wareki(p.birth)], ["住所", f"{city}{p.addr}"]]],
            ),
        )
    )
    return out


def fam_shakyo(w: World) -> list[D]:
    rng, city = w.rng, w.city
    out: list[D] = []
    # 1: 生活福祉資金 leaflet
    out.append(
        D(
            "shakyo",
            "pdf",
            1,
            [],
            DocSpec(
                title="生活福祉資金貸付制度のご案内",
                paragraphs=[
                    "低所得世帯・障害者世帯・高齢者世帯に、必要な資金を低利で貸し付けます。",
                    "償還が滞納した場合は延滞利子がかかります。",
                    "民生委員が相談・償還の支援を行います。",
                    f"{city}社会福祉協議会 {w.facility_phone()}",
                ],
            ),
        )
    )
    # 1: 償還状況 stats
    rows = [["資金種類", "貸付件数", "償還中", "延滞件数", "延滞額（千円）"]] + [
        [k, rng.randint(10, 200), rng.randint(5, 100), rng.randint(1, 40), rng.randint(100, 9000)]
        for k in ["総合支援資金", "福祉資金", "教育支援資金", "不動産担保型", "緊急小口資金"]
    ]
    out.append(
        D(
            "shakyo",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("状況", rows, title="生活福祉資金 償還状況（令和6年度末）")]),
            note="counts of 延滞 with no person: level 1",
        )
    )
    # 1: ボランティア団体 directory
    rows = [["団体名", "代表者", "連絡先", "活動内容", "設立年月日"]] + [
        [
            n,
            f"{rng.choice(SURNAMES)} {rng.choice(OLD_MALE)}",
            w.facility_phone(),
            a,
            dt.date(rng.randint(1995, 2020), 4, 1),
        ]
        for n, a in [
            ("傾聴ボランティア こころ", "施設での傾聴"),
            ("配食ボランティア たんぽぽ", "弁当の配達"),
            ("朗読の会 せせらぎ", "広報の音訳"),
            ("ふれあいサロン 桜", "地域サロン運営"),
        ]
    ]
    out.append(
        D(
            "shakyo",
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("団体", rows)]),
            note="registered group representatives with the group's contact and 設立年月日: official role",
        )
    )
    # 1: 施設 directory xls
    rows = [["施設名", "フリガナ", "所在地", "電話", "開設日", "定員"]] + [
        [
            f,
            "",
            f"{city}{rng.choice(w.towns)}{rng.randint(100, 999)}番地",
            w.facility_phone(),
            dt.date(rng.randint(1990, 2018), 4, 1),
            rng.randint(9, 100),
        ]
        for f in FACILITIES
    ]
    out.append(D("shakyo", "xls", 1, [], DocSpec(sheets=[sheet("施設", rows, title="高齢者施設一覧")])))
    # 1: ボランティア募集 pptx
    out.append(
        D(
            "shakyo",
            "pptx",
            1,
            [],
            DocSpec(
                title="ボランティア養成講座のお知らせ",
                paragraphs=["日時：11月8日（土）13:30～", "会場：総合福祉センター", "定員30名・参加無料"],
            ),
        )
    )
    # 2: 貸付 台帳 (no arrears)
    ppl = w.people(15)
    rows = [["貸付番号", "借受人", "住所", "電話", "資金", "貸付額", "連帯保証人"]] + [
        [
            f"R6-{i:03d}",
            p.name,
            p.addr,
            p.phone,
            rng.choice(["福祉資金", "緊急小口資金"]),
            rng.randint(5, 50) * 10000,
            f"{rng.choice(SURNAMES)} {rng.choice(YOUNG)}",
        ]
        for i, p in enumerate(ppl, 1)
    ]
    out.append(
        D(
            "shakyo",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("貸付", rows, title="生活福祉資金 貸付台帳", first_row=2)]),
            note="a loan amount without arrears does not raise the level",
        )
    )
    # 2: ボランティア登録者 ods
    ppl = w.people(26, old=False)
    rows = [["氏名", "住所", "携帯", "活動希望"]] + [
        [p.name, p.addr, p.mobile, rng.choice(["配食", "サロン", "傾聴", "送迎"])] for p in ppl
    ]
    out.append(D("shakyo", "ods", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("登録者", rows)])))
    # 2: 償還 通知 docx letter (no arrears, schedule)
    p = w.person()
    out.append(
        D(
            "shakyo",
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="償還開始のお知らせ",
                paragraphs=[
                    f"〒000-0000 {w.pref}{city}{p.addr}",
                    f"{p.name} 様",
                    "貸付金の据置期間が終了し、令和7年12月から償還が始まります。",
                    "毎月27日に指定口座から引き落とします。",
                    f"{city}社会福祉協議会",
                ],
            ),
        )
    )
    # 2: ボランティア保険 加入者 txt
    ppl = w.people(12, old=False)
    out.append(
        D(
            "shakyo",
            "txt",
            2,
            ["name", "birth_date"],
            DocSpec(
                title="ボランティア活動保険 加入者", paragraphs=[f"{p.name}\t{p.birth:%Y/%m/%d}" for p in ppl]
            ),
        )
    )
    # 3: 償還 滞納 list cp932
    ppl = w.people(20)
    rows = [["貸付番号", "借受人", "住所", "電話", "延滞月数", "延滞額", "督促状況"]] + [
        [
            f"H{rng.randint(25, 30)}-{i:03d}",
            p.name,
            p.addr,
            p.phone,
            rng.randint(3, 40),
            rng.randint(2, 90) * 10000,
            rng.choice(["督促状送付", "電話督促", "民生委員に訪問依頼"]),
        ]
        for i, p in enumerate(ppl, 1)
    ]
    out.append(
        D(
            "shakyo",
            "csv-cp932",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(sheets=[sheet("延滞", rows)]),
        )
    )
    # 3: 延滞 multi-page canvas
    ppl = w.people(38)
    body = [[p.name, p.addr, f"{rng.randint(3, 30)}か月", f"{rng.randint(5, 200) * 1000:,}円"] for p in ppl]
    out.append(
        D(
            "shakyo",
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="x"),
            post=canvas_pdf(
                "償還金 延滞者一覧",
                f"{city}社会福祉協議会 取扱注意",
                [("借受人", 40), ("住所", 150), ("延滞期間", 380), ("延滞額", 480)],
                body,
                14,
            ),
        )
    )
    # 3: 借受人 with my numbers (貸付 申請 台帳)
    ppl = w.people(10)
    rows = [["借受人", "個人番号", "住所"]] + [[p.name, w.my_number(), p.addr] for p in ppl]
    out.append(
        D(
            "shakyo",
            "xlsx",
            3,
            ["name", "my_number", "address"],
            DocSpec(sheets=[sheet("申請", rows, number_formats={})]),
        )
    )
    # 3: 償還相談 memo docx
    p = w.person()
    out.append(
        D(
            "shakyo",
            "docx",
            3,
            ["name", "phone", "arrears", "health"],
            DocSpec(
                title="償還相談記録",
                paragraphs=[
                    f"借受人：{p.name}（電話 {p.mobile}）",
                    "償還金を8か月延滞。本人は入院（心不全）のため収入が途絶えたと説明。",
                    "対象者の妻が窓口に来所。償還猶予の申請書を渡した。",
                ],
            ),
        )
    )
    return out


def fam_renraku(w: World) -> list[D]:
    rng, city = w.rng, w.city
    out: list[D] = []
    s1, s2 = rng.sample(STAFF, 2)
    # 1: mail between staff on meeting schedule
    out.append(
        D(
            "renraku",
            "txt",
            1,
            [],
            DocSpec(
                title="件名：RE: 地域ケア会議の日程",
                paragraphs=[
                    f"{s1}さん",
                    "11月20日 14時で調整します。会場は市役所3階会議室です。",
                    f"高齢福祉課 {s2}（内線 {rng.randint(2000, 2999)}）",
                    "> 候補日を3つ挙げてください。",
                ],
            ),
        )
    )
    # 1: template letter with placeholders
    out.append(
        D(
            "renraku",
            "docx",
            1,
            [],
            DocSpec(
                title="（様式）ご家族の皆様へ",
                paragraphs=[
                    "〒　　　　　　",
                    "○○ ○○ 様",
                    "日頃より高齢福祉行政にご協力いただきありがとうございます。",
                    "介護予防教室の案内を同封します。ご本人様とご一緒にご参加ください。",
                ],
            ),
        )
    )
    # 1: chat export about stats
    out.append(
        D(
            "renraku",
            "txt-cp932",
            1,
            [],
            DocSpec(
                title="チャット書き出し 2025/10/03",
                paragraphs=[
                    f"[09:12] {s1}（包括）: 9月の相談件数、圏域ごとに送ります",
                    f"[09:15] {s2}（市）: ありがとうございます。虐待件数は別集計でお願いします",
                    f"[09:16] {s1}（包括）: 了解です。個人名は入れません",
                ],
            ),
        )
    )
    # 1: extension list of staff
    rows = [["係", "氏名", "内線"]] + [
        [k, f"{s} {rng.choice(YOUNG)}", rng.randint(2000, 2999)]
        for k, s in zip(["高齢福祉係", "在宅福祉係", "地域包括係", "介護予防係"], STAFF, strict=False)
    ]
    out.append(
        D("renraku", "xlsx", 1, [], DocSpec(sheets=[sheet("内線", rows, title="高齢福祉課 内線一覧")]))
    )
    # 1: 介護予防 leaflet odt
    out.append(
        D(
            "renraku",
            "odt",
            1,
            [],
            DocSpec(
                title="いきいき百歳体操のすすめ",
                paragraphs=[
                    "週1回、地域の集会所で体操をしませんか。",
                    "転倒予防・認知症予防に効果があります。",
                    "参加費は無料です。会場と日程は各地区の集会所の掲示板でお知らせします。",
                ],
            ),
        )
    )
    # 2: letter to family docx
    p = w.person()
    son = w.person(old=False)
    out.append(
        D(
            "renraku",
            "docx",
            2,
            ["name", "address", "relationship"],
            DocSpec(
                title="ご連絡",
                paragraphs=[
                    f"{w.pref}{city}{son.addr}",
                    f"{son.sei} {son.mei} 様",
                    f"お母様の{p.sei} {p.mei}様（{city}{p.addr}）の敬老会出席について",
                    "送迎の希望をお伺いしたく、同封のはがきでお知らせください。",
                    f"{city}高齢福祉課",
                ],
            ),
        )
    )
    # 2: mail on address change
    p = w.person()
    out.append(
        D(
            "renraku",
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="件名：住所変更の連絡",
                paragraphs=[
                    f"{s2}様",
                    f"配食利用者の{p.name}様が、{p.addr}へ転居されました。新しい電話は{p.phone}です。",
                    f"包括 {s1}",
                ],
            ),
        )
    )
    # 2: chat export cp932 csv
    p = w.person()
    rows = [
        ["日時", "発言者", "内容"],
        ["2025/10/06 10:02", f"{s1}（包括）", f"{p.name}さん（{wareki(p.birth)}生）の件です"],
        ["2025/10/06 10:03", f"{s1}（包括）", f"住所は{p.addr}、電話{p.phone}"],
        ["2025/10/06 10:10", f"{s2}（市）", "敬老祝品の再送を手配します"],
    ]
    out.append(
        D(
            "renraku",
            "csv-cp932",
            2,
            ["name", "birth_date", "address", "phone"],
            DocSpec(sheets=[sheet("chat", rows)]),
        )
    )
    # 2: pptx case meeting with family contact
    p = w.person()
    out.append(
        D(
            "renraku",
            "pptx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="地域ケア会議 資料",
                paragraphs=["今月の検討：移動手段の確保", "ボランティア送迎の調整"],
                notes=[f"連絡先：{p.name}様 {p.addr} {p.phone}（送迎希望）"],
            ),
        )
    )
    # 3: mail with 認知症 and 本人 references
    p = w.person()
    out.append(
        D(
            "renraku",
            "txt",
            3,
            ["name", "address", "health", "relationship"],
            DocSpec(
                title="件名：【至急】対象者の状況報告",
                paragraphs=[
                    f"{s2}様",
                    f"昨日訪問した{p.name}さん（{city}{p.addr}）ですが、本人は認知症が進み、",
                    "服薬管理ができていません。長男の嫁によると、先週転倒して右手首を骨折したそうです。",
                    "対象者の成年後見申立について、来週相談させてください。",
                    f"包括 {s1}",
                ],
            ),
        )
    )
    # 3: letter to family about 滞納 (docx) with my number in textbox
    p = w.person()
    mn = w.my_number()
    out.append(
        D(
            "renraku",
            "docx",
            3,
            ["name", "address", "arrears", "my_number"],
            DocSpec(
                title="介護保険料の納付について（ご家族様へ）",
                paragraphs=[
                    f"{p.name} 様 ご家族様",
                    f"{city}{p.addr}",
                    "介護保険料が令和7年4月分から未納となっております。",
                    "督促状をお送りしましたが、納付が確認できていません。",
                ],
                textboxes=[f"被保険者 個人番号 {mn}"],
            ),
        )
    )
    # 3: chat export with diagnosis cp932 txt
    p = w.person()
    out.append(
        D(
            "renraku",
            "txt-cp932",
            3,
            ["name", "phone", "health"],
            DocSpec(
                title="チャット書き出し 2025/10/09",
                paragraphs=[
                    f"[13:40] {s1}（包括）: {p.name}さん（電話{p.phone}）、今朝救急搬送。脳梗塞の疑いとのこと",
                    f"[13:42] {s2}（市）: 緊急通報装置からの通報ですね。ご家族への連絡は？",
                    f"[13:45] {s1}（包括）: 長女さんに連絡済みです",
                ],
            ),
        )
    )
    # 3: 虐待 連絡 mail pdf with my number full-width
    p = w.person()
    mn = w.my_number()
    out.append(
        D(
            "renraku",
            "pdf",
            3,
            ["name", "my_number", "birth_date"],
            DocSpec(
                title="転送：措置入所の手続き",
                paragraphs=[
                    f"対象者 {p.name}（{p.birth:%Y年%m月%d日}生）",
                    f"個人番号 {mn.translate(FW)}",
                    "措置入所の決定通知を作成してください。",
                ],
            ),
        )
    )
    # 1: look-alike numbers (failing)
    nums = [w.bad_number() for _ in range(12)]
    rows = [["受付番号", "件名", "担当"]] + [
        [n, rng.choice(["会議室予約", "物品請求", "研修申込"]), rng.choice(STAFF)] for n in nums
    ]
    out.append(
        D(
            "renraku",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("受付", rows)]),
            note="12-digit 受付番号, all failing the check digit, are not My Numbers",
        )
    )
    return out


def fam_extra(w: World) -> list[D]:
    """A second round per desk: more lists and notes, and a few more look-alikes."""
    rng, city = w.rng, w.city
    out: list[D] = []
    s1 = rng.choice(STAFF)
    # sodan 2: 成年後見 講演会 申込 (xls)
    ppl = w.people(21, old=False)
    rows = [["申込日", "氏名", "電話", "参加人数"]] + [
        [dt.date(2025, 10, 1 + i), p.name, p.mobile, rng.randint(1, 2)] for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "sodan",
            "xls",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("申込", rows, title="成年後見制度講演会 申込者")]),
        )
    )
    # sodan 2: 相談 継続 memo with 本人/対象者 references, no health (odt)
    p = w.person()
    out.append(
        D(
            "sodan",
            "odt",
            2,
            ["name", "address", "relationship"],
            DocSpec(
                title="相談経過記録",
                paragraphs=[
                    f"対象者 {p.name} 様（{city}{p.addr}）",
                    "10/1 本人より電話。屋根の修理業者に高額な契約を迫られたとのこと。",
                    "10/3 消費生活センターと同行訪問。対象者は契約書を保管していた。クーリングオフの手続きを支援。",
                    "10/7 長女に経過を報告。",
                ],
            ),
        )
    )
    # sodan 3: 成年後見 申立 memo docx with 診断書 and 財産
    p = w.person()
    out.append(
        D(
            "sodan",
            "docx",
            3,
            ["name", "birth_date", "address", "health"],
            DocSpec(
                title="成年後見 申立準備メモ",
                paragraphs=[
                    f"本人：{p.name}　{wareki(p.birth)}生　{city}{p.addr}",
                    f"診断書（{rng.choice(['市民病院 精神科', 'もの忘れ外来'])}）：アルツハイマー型認知症、判断能力は著しく不十分。",
                    "財産：預金約300万円、自宅（土地・建物）。",
                    "親族：甥（県外）は申立に同意せず。市長申立で進める。",
                ],
                footer="内部検討資料",
            ),
        )
    )
    # mimamori 2: 見守り 対象者 tsv-like txt cp932
    ppl = w.people(16)
    out.append(
        D(
            "mimamori",
            "txt-cp932",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="見守り対象者（新聞販売店へ提供分）",
                paragraphs=[f"{p.name}　{p.addr}　{p.phone}" for p in ppl],
            ),
        )
    )
    # mimamori 2: 緊急通報 設置申請 docx filled
    p = w.person()
    q = w.person()
    out.append(
        D(
            "mimamori",
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="緊急通報装置 設置申請書（受付済）",
                tables=[
                    [
                        ["申請者", p.name, "生年月日", wareki(p.birth)],
                        ["住所", f"{city}{p.addr}", "電話", p.phone],
                        ["協力員", q.name, "電話", q.phone],
                        ["身体の状況", "", "", ""],
                    ]
                ],
            ),
            note="the 身体の状況 box is left empty: name with birth date and address is 2",
            post=docx_merge(0, 3, 1, 3),
        )
    )
    # mimamori 3: 訪問記録 with diagnosis in cell comments (xlsx)
    ppl = w.people(10)
    rows = [["訪問日", "氏名", "住所", "様子"]] + [
        [dt.date(2025, 10, 1 + i), p.name, p.addr, "変わりなし"] for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "mimamori",
            "xlsx",
            3,
            ["name", "address", "health"],
            DocSpec(
                sheets=[
                    sheet(
                        "10月",
                        rows,
                        comments={
                            (2, 3): "先月から透析開始。週3回通院",
                            (5, 3): "認知症の診断あり、火の不始末に注意",
                        },
                    )
                ]
            ),
            note="the 様子 column says nothing, but two cell notes hold a named person's dialysis and dementia",
        )
    )
    # haishoku 2: 配達 delivery note docx letter to 利用者 family
    p = w.person()
    out.append(
        D(
            "haishoku",
            "docx",
            2,
            ["name", "address", "phone", "relationship"],
            DocSpec(
                title="配食サービス 利用決定通知",
                paragraphs=[
                    f"{p.name} 様",
                    f"{city}{p.addr}",
                    "配食サービスの利用を決定しました。",
                    f"配達開始：令和7年11月4日（火）　緊急連絡先（長男）{p.mobile}",
                ],
            ),
        )
    )
    # haishoku 2: 配達員 ボランティア list (pptx table)
    ppl = w.people(8, old=False)
    out.append(
        D(
            "haishoku",
            "pptx",
            2,
            ["name", "phone"],
            DocSpec(
                title="配食ボランティア 連絡網",
                tables=[[["氏名", "携帯"]] + [[p.name, p.mobile] for p in ppl]],
            ),
        )
    )
    # haishoku 3: 安否確認 不在時 連絡 with 通院 (txt)
    p = w.person()
    out.append(
        D(
            "haishoku",
            "txt",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="配達時異常報告",
                paragraphs=[
                    f"10/14 11:20 {p.addr} {p.name}様 応答なし。",
                    "近所の方によると、本人は週3回の透析で今日は病院とのこと。",
                    "念のため包括へ連絡済み。" + s1,
                ],
            ),
        )
    )
    # minsei 2: 敬老会 名簿 (far right? no: title rows) ods
    ppl = w.people(35)
    rows = [["No", "氏名", "年齢", "住所", "出欠"]] + [
        [i + 1, p.name, age(p.birth), p.addr, rng.choice(["出", "欠"])] for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "minsei",
            "ods",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("敬老会", rows, title="敬老会 出欠名簿")]),
        )
    )
    # minsei 2: 活動記録 pdf canvas two pages (names with phones)
    ppl = w.people(24)
    body = [
        [
            f"10/{i % 28 + 1}",
            p.name,
            p.phone,
            rng.choice(["訪問", "電話", "来訪"]),
            rng.choice(["敬老会案内", "防災訓練の案内", "変わりなし"]),
        ]
        for i, p in enumerate(ppl)
    ]
    out.append(
        D(
            "minsei",
            "pdf",
            2,
            ["name", "phone"],
            DocSpec(title="x"),
            post=canvas_pdf(
                "民生委員 活動記録簿",
                f"{w.districts[2]}地区",
                [("日付", 40), ("相手方", 100), ("電話", 220), ("方法", 340), ("内容", 420)],
                body,
                12,
            ),
        )
    )
    # minsei 3: 要援護者 台帳 bulk > 100 with birth date (xlsx, 3 sheets)
    ppl = w.people(120)
    head = ["No", "氏名", "生年月日", "住所", "電話"]
    rows = [[i + 1, p.name, wareki(p.birth), p.addr, p.phone] for i, p in enumerate(ppl)]
    out.append(
        D(
            "minsei",
            "xlsx",
            3,
            ["name", "birth_date", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        d,
                        [head, *rows[k * 40 : (k + 1) * 40]],
                        title=f"避難行動要支援者名簿（{d}）",
                        first_row=2,
                    )
                    for k, d in enumerate(w.districts[:3])
                ]
            ),
            note="120 distinct persons over three sheets: more than 100 is 3",
        )
    )
    # shakyo 2: 貸付 申込 受付 docx
    p = w.person(old=False)
    out.append(
        D(
            "shakyo",
            "docx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(
                title="緊急小口資金 相談受付",
                tables=[
                    [
                        ["氏名", p.name],
                        ["生年月日", p.birth.strftime("%Y.%m.%d")],
                        ["住所", f"{city}{p.addr}"],
                        ["電話", p.mobile],
                        ["相談内容", "失業により生活費が不足"],
                    ]
                ],
            ),
        )
    )
    # shakyo 2: ボランティア 活動実績 with names & phones (csv)
    ppl = w.people(20, old=False)
    rows = [["氏名", "電話", "活動時間"]] + [[p.name, p.mobile, rng.randint(2, 40)] for p in ppl]
    out.append(D("shakyo", "csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("実績", rows)])))
    # shakyo 3: 償還 督促 letter docx
    p = w.person()
    out.append(
        D(
            "shakyo",
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="償還金のお支払いについて（督促）",
                paragraphs=[
                    f"{w.pref}{city}{p.addr}",
                    f"{p.name} 様",
                    f"生活福祉資金の償還金 {rng.randint(10, 60) * 5000:,}円が延滞となっています。",
                    "至急お支払いください。",
                ],
                header=f"{city}社会福祉協議会",
            ),
        )
    )
    # renraku 2: mail with letter draft (docx) to 長女
    p = w.person()
    out.append(
        D(
            "renraku",
            "txt",
            2,
            ["name", "address", "relationship"],
            DocSpec(
                title="件名：FW: ご家族への案内文（案）",
                paragraphs=[
                    "添付の案文をご確認ください。",
                    "-----",
                    f"{p.name}様のご長女様",
                    f"お父様のお住まい（{city}{p.addr}）に、11月より見守り訪問員が伺います。",
                ],
            ),
        )
    )
    # renraku 2: xlsx export of mail log with names
    ppl = w.people(14)
    rows = [["受信日時", "差出人", "件名", "本文抜粋"]] + [
        [dt.datetime(2025, 10, 1 + i, 9, 30), "包括" + w.districts[i % 5], "住所確認", f"{p.name}様 {p.addr}"]
        for i, p in enumerate(ppl)
    ]
    out.append(D("renraku", "xlsx", 2, ["name", "address"], DocSpec(sheets=[sheet("メール", rows)])))
    # renraku 3: mail export with 虐待 & 本人
    p = w.person()
    out.append(
        D(
            "renraku",
            "txt",
            3,
            ["name", "address", "health", "relationship"],
            DocSpec(
                title="件名：Re: 虐待通報の件（続報）",
                paragraphs=[
                    f"{p.sei}様（{p.addr}）の件、本日訪問しました。",
                    f"被虐待者 {p.name} さんの顔面に打撲痕あり、医療機関受診を調整中。",
                    "同居の長男は不在。対象者は「大丈夫」と繰り返すのみ。",
                    "> 昨日の通報内容を共有します",
                ],
            ),
        )
    )
    # level-1 look-alikes
    out.append(
        D(
            "haishoku",
            "txt",
            1,
            [],
            DocSpec(
                title="配食サービス事業 評価報告（公表）",
                paragraphs=[
                    "利用者アンケートでは、安否確認が心強いとの回答が多数あった。",
                    "利用料の滞納は全体の2%程度で、督促により概ね解消している。",
                    "病気のため食事制限がある方への対応を拡充する。",
                ],
            ),
            note="a public evaluation mentioning 滞納 and 病気 in general holds no person",
        )
    )
    out.append(
        D(
            "shakyo",
            "odt",
            1,
            [],
            DocSpec(
                title="償還のご相談はお早めに",
                paragraphs=[
                    "延滞が続くと連帯保証人に請求することがあります。",
                    "病気や失業で返済が難しい場合は猶予制度があります。",
                ],
            ),
        )
    )
    out.append(
        D(
            "minsei",
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "会長",
                        [["地区", "会長名", "連絡先（地区社協事務所）"]]
                        + [
                            [d, f"{rng.choice(SURNAMES)} {rng.choice(OLD_MALE)}", w.facility_phone()]
                            for d in w.districts
                        ],
                        title="地区民児協 会長一覧",
                    )
                ]
            ),
            note="会長 named with the district office's phone: official role",
        )
    )
    return out


def build(rng: random.Random) -> list[D]:
    w = World(rng)
    docs: list[D] = []
    for fam in (fam_sodan, fam_mimamori, fam_haishoku, fam_minsei, fam_shakyo, fam_renraku, fam_extra):
        docs += fam(w)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam21")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set21", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
