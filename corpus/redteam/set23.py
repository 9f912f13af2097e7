"""The twenty-third red-team set: a small town's general desk (住民生活課) and its shared drive.

A town of about 9,000 where one 課 does everything: 住民票 and 戸籍 requests, 税 and 国保 collection, 福祉
consultations, 防災 lists and 選挙. The files are what sits on its shared drive after ten years: old layouts
saved as xlsx/docx, 台帳 with memo columns, copied mails and LINE WORKS logs, scanned-form text, PDFs printed
from a small vendor system, staff working files (メモ.txt, 引継ぎ.docx), and the public look-alikes (広報
articles, statistics, blank forms, 記入例, published lists). Written blind: the truth follows the default
policy's text only (docs/evaluation.md, "Blind set 23").

    python -m corpus.redteam.set23 OUT [--seed N]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import is_valid_my_number, my_number_from, random_corporate_number
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import DocSpec, SheetSpec

SEED = 2323
VARIANT = "redteam23"

# --- pools (this set's own) ----------------------------------------------------------------------
SURNAMES = ["萩野", "槙田", "染谷", "宇留野", "鴨志田", "駒井", "楢崎", "笹倉", "蓼沼", "柾木", "檜垣", "磯貝",
            "芦沢", "乙部", "粕谷", "蒔田", "熊谷", "刈谷", "苅部", "戸叶", "猪股", "葛西", "栃木", "鶴見",
            "箕輪", "指田", "菱沼", "沼尻", "塙", "汲田"]  # fmt: skip
GIVEN = ["常雄", "善吉", "幸枝", "律子", "喜代美", "正三", "文江", "勝利", "克己", "信子", "栄一", "トミ",
         "さだ子", "久雄", "和江", "奏太", "湊", "陽菜", "凛", "悠真", "実花", "光代", "秀樹", "直美", "貴之",
         "美津子", "忠", "ヨシ", "達也", "彩花"]  # fmt: skip
TOWNS = [("岩鼻町", "0279", "4"), ("七浦町", "0238", "8"), ("朝比奈町", "0547", "5"), ("上根町", "0869", "6")]
OAZA = ["大字下沢", "大字中里", "大字北条", "大字柿平", "大字宮ノ下", "大字駒込", "大字新田", "大字寺尾",
        "大字大塚", "大字小舟"]  # fmt: skip
COMPANIES = ["株式会社ひかり設備", "有限会社鶴見商店", "合同会社里山ラボ", "株式会社北条運輸", "有限会社宮ノ下建材",
             "株式会社あさひ印刷", "有限会社小舟電気", "株式会社寺尾測量"]  # fmt: skip
FACILITIES = ["中里公民館", "北条小学校体育館", "柿平地区センター", "町民体育館", "下沢集会所", "寺尾農村環境改善センター",
              "宮ノ下コミュニティ会館", "大塚ふれあい館", "新田児童館", "小舟漁村センター"]  # fmt: skip
DISEASES = ["糖尿病", "脳梗塞後遺症", "認知症", "統合失調症", "慢性腎不全（人工透析）", "うつ病", "心不全",
            "パーキンソン病", "肺がん", "関節リウマチ"]  # fmt: skip
DISABILITY = ["身体障害者手帳2級（下肢）", "療育手帳B", "精神障害者保健福祉手帳2級", "身体障害者手帳1級（視覚）",
              "要介護3", "要介護1", "身体障害者手帳4級（聴覚）"]  # fmt: skip
RELS = ["世帯主", "妻", "夫", "子", "母", "父", "孫"]
TODAY = dt.date(2024, 7, 16)
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def wareki(d: dt.date, style: str = "long") -> str:
    """平成元年1月8日 / S47.11.30 / 昭和47年11月30日生."""
    for name, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def failing_twelve(rng: random.Random) -> str:
    """Twelve digits whose last digit fails the My Number check (受付番号, 宛名番号 …)."""
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(12))
        if s[0] != "0" and not is_valid_my_number(s):
            return s


@dataclass
class Person:
    surname: str
    given: str
    address: str
    phone: str
    mobile: str
    birth: dt.date
    my_number: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given}"

    @property
    def tight(self) -> str:
        return f"{self.surname}{self.given}"


@dataclass
class Town:
    name: str
    pref_code: str
    exch: str
    office_phone: str
    office_address: str


@dataclass
class D:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = field(default=None)


class Pool:
    def __init__(self, rng: random.Random, town: Town) -> None:
        self.rng = rng
        self.town = town
        self._names = self._draw()

    def _draw(self) -> Iterator[tuple[str, str]]:
        """Every surname × given name once in a shuffled order, then again in another order."""
        while True:
            names = [(s, g) for s in SURNAMES for g in GIVEN]
            self.rng.shuffle(names)
            yield from names

    def landline(self) -> str:
        r = self.rng
        return f"{self.town.pref_code}-{self.town.exch}{r.randint(0, 9)}-{r.randint(1000, 9999)}"

    def person(self, young: bool = False) -> Person:
        r = self.rng
        s, g = next(self._names)
        addr = f"{self.town.name}{r.choice(OAZA)}{r.randint(1, 2999)}番地"
        if r.random() < 0.4:
            addr += f"{r.randint(1, 9)}"
        lo, hi = (1990, 2018) if young else (1932, 1985)
        birth = dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        mobile = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        mn = my_number_from(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10)))
        return Person(s, g, addr, self.landline(), mobile, birth, mn)

    def people(self, n: int, young: bool = False) -> list[Person]:
        """n persons with distinct names (a list never names the same person twice)."""
        out: list[Person] = []
        while len(out) < n:
            p = self.person(young)
            if all(p.tight != q.tight for q in out):
                out.append(p)
        return out


# --- post-processing: layouts DocSpec cannot express ----------------------------------------------
def canvas_pdf(title: str, cols: list[tuple[float, str]], rows: list[list[str]], per_page: int,
               footer: str, spaced: bool = False) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a vendor-system print: columns at x positions, a header and `n / N` on each page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        w, h = landscape(A4)
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        pages = max(1, -(-len(rows) // per_page))
        for p in range(pages):
            c.setFont(font, 12)
            c.drawString(40, h - 40, title)
            c.setFont(font, 8)
            for x, label in cols:
                c.drawString(x, h - 64, label)
            y = h - 80
            for row in rows[p * per_page : (p + 1) * per_page]:
                for (x, _), value in zip(cols, row, strict=False):
                    if spaced and value.isdigit() and len(value) == 12:
                        for i, ch in enumerate(value):
                            c.drawString(x + i * 7, y, ch)
                    else:
                        c.drawString(x, y, value)
                y -= 12
            c.drawString(40, 24, footer)
            c.drawString(w - 80, 24, f"{p + 1} / {pages}")
            c.showPage()
        c.save()

    return post


def xlsx_merge(
    ranges: list[str], sheet: int = 0, hide_cols: list[str] | None = None
) -> Callable[[Path], None]:
    """Merge cells (and hide columns) in a written workbook, as old .xls 台帳 have them."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[sheet]
        for rng in ranges:
            ws.merge_cells(rng)
        for col in hide_cols or []:
            ws.column_dimensions[col].hidden = True
        wb.save(path)
        _refix_zip(path)

    return post


def _refix_zip(path: Path) -> None:
    """openpyxl stamps the save time: rewrite the package with the fixed dates again."""
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def docx_merge_first_row() -> Callable[[Path], None]:
    """Merge the first row of the first table (a form's section heading across the grid)."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        t = d.tables[0]
        row = t.rows[0]
        text = row.cells[0].text
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = text
        d.save(str(path))
        _refix_zip(path)

    return post


def docx_digit_boxes(number: str, label: str) -> Callable[[Path], None]:
    """Add a 個人番号 grid, one digit per cell, to a Word form."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        d.add_paragraph(label)
        t = d.add_table(rows=1, cols=12)
        t.style = "Table Grid"
        for i, ch in enumerate(number):
            t.rows[0].cells[i].text = ch
        d.save(str(path))
        _refix_zip(path)

    return post


# --- family helpers ------------------------------------------------------------------------------
def sheet(name: str, rows: list[list[object]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def juminhyo(pool: Pool) -> list[D]:
    """住民票・戸籍 counter: request logs, mailed requests, transfer lists; statistics and 記入例."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
    stats = [["月", "住民票の写し", "印鑑登録証明", "戸籍謄抄本", "うちコンビニ交付", "郵送請求"]]
    stats += [[m, r.randint(180, 320), r.randint(90, 200), r.randint(40, 120), r.randint(20, 90), r.randint(5, 30)]
              for m in months]  # fmt: skip
    docs.append(
        D(
            "juminhyo",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("R5", stats, title=f"令和5年度 {t.name}住民生活課 証明書交付件数")]),
        )
    )
    docs.append(D("juminhyo", "docx", 1, [], DocSpec(
        title="住民票の写し等交付請求書（記入例）",
        paragraphs=["※太枠内をご記入ください。記入例の氏名・住所は架空のものです。",
                    "マイナンバー（個人番号）の記載を希望する場合は「個人番号」欄に○をしてください。"],
        tables=[[["請求者", "（記入例）"], ["住所", f"{t.name}大字〇〇123番地"], ["氏名", "岩鼻 太郎"],
                ["生年月日", "昭和・平成　〇年〇月〇日"], ["電話", "（　　）　　－"], ["必要なもの", "住民票の写し（世帯全員）"]]]),
        note="記入例 with an invented name and blanks: no person"))  # fmt: skip
    docs[-1].spec.tables[0].insert(0, ["【請求者欄】", ""])
    docs[-1].post = docx_merge_first_row()
    docs.append(D("juminhyo", "txt", 1, [], DocSpec(
        title=f"広報{t.name[:-1]} 7月号　コンビニで住民票が取れます",
        paragraphs=["マイナンバーカードをお持ちの方は、全国のコンビニエンスストアで住民票の写しや印鑑登録証明書を取得できます。",
                    "利用時間は午前6時30分から午後11時まで。手数料は窓口より50円安い200円です。",
                    f"問い合わせ　住民生活課住民係（{t.office_phone}）",
                    "※カードの暗証番号を3回間違えるとロックされます。再設定は本人確認書類をお持ちのうえ窓口へ。"])))  # fmt: skip
    docs.append(D("juminhyo", "pdf", 1, [], DocSpec(
        title="戸籍の附票の写しの請求について",
        paragraphs=["戸籍の附票には住所の履歴が記載されます。本人、配偶者、直系尊属・卑属以外の方が請求する場合は、正当な理由を示す資料が必要です。",
                    "郵送で請求する場合は、請求書、本人確認書類の写し、定額小為替、返信用封筒を同封してください。",
                    f"送付先　〒3XX-XXXX　{t.office_address}　{t.name}役場 住民生活課"])))  # fmt: skip
    # level 2: request log
    ps = pool.people(14)
    rows = [["受付日", "請求者氏名", "住所", "電話", "証明の種類", "通数", "本人確認", "備考"]]
    for i, p in enumerate(ps):
        rows.append([dt.date(2024, 6, 3 + i), p.name, p.address, p.phone if i % 2 else p.mobile,
                     r.choice(["住民票（世帯全員）", "戸籍謄本", "戸籍の附票", "住民票（本人のみ）"]), r.randint(1, 3),
                     r.choice(["運転免許証", "マイナンバーカード", "健康保険証＋年金手帳"]), r.choice(["", "", "代理人（委任状）", "郵送返送"])])  # fmt: skip
    docs.append(
        D(
            "juminhyo",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("6月", rows, title="証明書交付請求受付簿（窓口）", first_row=3)]),
        )
    )
    p = pool.person()
    docs.append(D("juminhyo", "txt-cp932", 2, ["name", "address", "birth_date"], DocSpec(
        title="郵送請求メモ（6/12着）",
        paragraphs=[f"請求者：{p.tight}さま（{wareki(p.birth)}生）", f"住所：{p.address}",
                    "内容：戸籍謄本1通、附票1通。年金の手続き用とのこと。", "小為替900円同封、返信用封筒あり。",
                    "→ 6/13発送済　（担当：指田）"])))  # fmt: skip
    p = pool.person()
    q = pool.person()
    docs.append(D("juminhyo", "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(
        title="転入届（スキャン文字起こし）",
        paragraphs=["※OCR結果を貼り付け。読み取り誤りは手修正済み。"],
        tables=[[["届出日", "令和6年5月20日"], ["新住所", p.address], ["前住所", f"埼玉県熊谷市肥塚{r.randint(1, 9)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"],
                ["世帯主", p.name], ["氏名", p.name], ["生年月日", wareki(p.birth)], ["続柄", "世帯主"],
                ["氏名", f"{p.surname} {q.given}"], ["生年月日", wareki(q.birth)], ["続柄", "妻"], ["連絡先", p.mobile]]])))  # fmt: skip
    ps = pool.people(8)
    docs.append(D("juminhyo", "csv-cp932", 2, ["name", "address", "birth_date"], DocSpec(
        tables=[[["異動日", "異動事由", "氏名", "生年月日", "住所"]] +
               [[f"2024/05/{i + 2:02d}", r.choice(["転入", "転居", "転出"]), p.name, p.birth.strftime("%Y/%m/%d"), p.address]
                for i, p in enumerate(ps)]])))  # fmt: skip
    # level 3
    ps = pool.people(6)
    rows = [["受付番号", "氏名", "住所", "個人番号", "記載事項"]]
    rows += [[str(2024060100 + i), p.name, p.address, p.my_number, "個人番号記載"] for i, p in enumerate(ps)]
    docs.append(D("juminhyo", "csv", 3, ["name", "address", "my_number"], DocSpec(tables=[rows])))
    p = pool.person()
    docs.append(D("juminhyo", "docx", 3, ["name", "address", "birth_date", "my_number"], DocSpec(
        title="住民票の写し（個人番号記載）控",
        header=f"個人番号 {p.my_number[:4]} {p.my_number[4:8]} {p.my_number[8:]}",
        paragraphs=[f"氏名　{p.name}", f"住所　{p.address}", f"生年月日　{wareki(p.birth)}", "続柄　世帯主",
                    "この写しは住民票の原本と相違ないことを証明する。"]),
        note="the My Number is only in the Word header"))  # fmt: skip
    ps = pool.people(112)
    rows = [["No", "異動日", "氏名", "生年月日", "住所", "前住所地"]]
    rows += [[i + 1, dt.date(2023, 4 + i % 9, 1 + i % 27), p.name, p.birth, p.address, r.choice(["高崎市", "前橋市", "東京都練馬区", "伊勢崎市", "さいたま市"])]
             for i, p in enumerate(ps)]  # fmt: skip
    far = [[None] * 24 + row for row in rows]
    docs.append(D("juminhyo", "xlsx", 3, ["name", "address", "birth_date"], DocSpec(
        sheets=[sheet("転入者", far), sheet("集計", [["区分", "件数"], ["転入", 112]])]),
        note="bulk: 112 persons with name, birth date and address, in columns Y–AD"))  # fmt: skip
    p = pool.person()
    docs.append(D("juminhyo", "docx", 3, ["name", "address", "my_number"], DocSpec(
        title="個人番号カード交付申請書（窓口控）", paragraphs=[f"氏名　{p.name}", f"住所　{p.address}"]),
        note="My Number one digit per cell"))  # fmt: skip
    docs[-1].post = docx_digit_boxes(p.my_number, "個人番号")
    return docs


def zei(pool: Pool) -> list[D]:
    """税・国保 collection: arrears lists, 督促 logs, 分納 memos; published rates and notices."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    docs.append(D("zei", "xls", 1, [], DocSpec(sheets=[sheet("収納率", [["税目", "現年度", "滞納繰越分", "合計"],
        ["町民税", "99.1%", "21.4%", "97.8%"], ["固定資産税", "98.7%", "18.0%", "96.2%"], ["軽自動車税", "98.9%", "30.2%", "98.1%"],
        ["国民健康保険税", "95.3%", "16.5%", "88.0%"]], title="令和5年度 町税等収納状況")])),
        )  # fmt: skip
    docs.append(D("zei", "txt", 1, [], DocSpec(
        title="【広報】町税の納め忘れはありませんか",
        paragraphs=["納期限を過ぎると督促状が送付され、延滞金が加算されます。",
                    "滞納が続くと、法律に基づき財産の差押えを行うことがあります。",
                    "納税が困難な場合は、早めに住民生活課収納係へご相談ください。分納の相談にも応じます。",
                    "確定申告書にはマイナンバーの記載が必要です。", f"電話 {t.office_phone}"])))  # fmt: skip
    docs.append(D("zei", "docx", 1, [], DocSpec(
        title="分納誓約書（様式第3号）",
        tables=[[["滞納者住所", ""], ["滞納者氏名", ""], ["生年月日", "　　年　　月　　日"], ["電話番号", ""],
                ["滞納額", "　　　　円"], ["分納額・回数", "月額　　　円　×　　回"]]],
        paragraphs=["私は、上記の町税等の滞納額について、次のとおり分割して納付することを誓約します。"]),
        note="a blank form"))  # fmt: skip
    docs.append(D("zei", "pdf", 1, [], DocSpec(
        title="国民健康保険税 税率表（令和6年度）",
        tables=[[["区分", "所得割", "均等割", "平等割", "限度額"], ["医療分", "6.80%", "28,000円", "22,000円", "650,000円"],
                ["後期支援分", "2.40%", "9,600円", "7,200円", "240,000円"], ["介護分", "2.10%", "11,000円", "6,000円", "170,000円"]]],
        paragraphs=["低所得世帯は均等割・平等割が7割・5割・2割軽減されます。"])))  # fmt: skip
    co = r.sample(COMPANIES, 5)
    rows = [["法人番号", "法人名", "所在地", "電話", "納付状況"]]
    rows += [
        [
            random_corporate_number(r),
            c,
            f"{t.name}{r.choice(OAZA)}{r.randint(1, 999)}番地",
            pool.landline(),
            "完納",
        ]
        for c in co
    ]
    docs.append(D("zei", "csv-cp932", 1, ["corporate_number"], DocSpec(tables=[rows]),
                  note="companies with 法人番号: no persons"))  # fmt: skip
    # level 2
    ps = pool.people(16)
    rows = [["申込日", "納税義務者", "住所", "電話", "金融機関", "対象税目"]]
    rows += [[dt.date(2024, 4, 1 + i), p.name, p.address, p.phone, r.choice(["JA", "ゆうちょ", "地方銀行"]), r.choice(["固定資産税", "町民税・国保税", "軽自動車税"])]
             for i, p in enumerate(ps)]  # fmt: skip
    docs.append(
        D(
            "zei",
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("口座振替", rows, title="口座振替依頼書 受付一覧")]),
        )
    )
    ps = pool.people(10)
    rows = [["被保険者", "生年月日", "新住所", "資格取得日", "世帯番号"]]
    rows += [
        [p.name, wareki(p.birth, "short"), p.address, f"R6.{4 + i % 3}.1", str(10000 + i * 37)]
        for i, p in enumerate(ps)
    ]
    docs.append(
        D("zei", "ods", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("国保資格", rows)]))
    )
    p = pool.person()
    docs.append(D("zei", "txt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "件名: Fwd: 納税通知書の送付先変更について", f"差出人: {p.tight}", "",
        "お世話になります。今年度から納税通知書を娘の住所へ送ってほしいです。", f"連絡先 {p.mobile}",
        f"{p.name}", "", "---", "（担当メモ）送付先変更届を郵送済。届いたら登録。"])))  # fmt: skip
    # level 3
    ps = pool.people(18)
    rows = [["宛名番号", "氏名", "住所", "電話", "税目", "滞納額", "最終督促日", "交渉メモ"]]
    for p in ps:
        rows.append([failing_twelve(r)[:9], p.name, p.address, p.phone, r.choice(["町民税", "国保税", "固定資産税"]),
                     r.randint(12, 480) * 1000, dt.date(2024, r.randint(1, 6), r.randint(1, 28)),
                     r.choice(["分納中", "臨戸不在", "電話つながらず", "差押予告済", ""])])  # fmt: skip
    docs.append(D("zei", "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[
        sheet("表紙", [["令和6年度 滞納整理"], ["担当：収納係"]]), sheet("一覧", rows, state="hidden")]),
        note="the arrears list is on a hidden sheet"))  # fmt: skip
    p = pool.person()
    docs.append(D("zei", "txt-cp932", 3, ["name", "address", "arrears"], DocSpec(paragraphs=[
        "督促・催告 交渉記録", f"対象：{p.name}（{p.address}）", "6/3 臨戸。本人在宅。国保税R4〜R5 未納 186,400円。",
        "年金のみの収入で一括は無理とのこと。月1万円の分納を提案、了承。", "6/10 初回入金確認。", "次回：7月末入金確認"])))  # fmt: skip
    p = pool.person()
    docs.append(D("zei", "docx", 3, ["name", "address", "birth_date", "arrears", "health"], DocSpec(
        title="分納誓約書（受付済）",
        tables=[[["滞納者住所", p.address], ["滞納者氏名", p.name], ["生年月日", wareki(p.birth)],
                ["滞納額", "町民税 243,000円（延滞金別）"], ["分納額・回数", "月額 15,000円 × 17回"]]],
        paragraphs=["聴取：入院（心不全）で収入が途絶えたため滞納。退院後は就労予定。"])))  # fmt: skip
    ps = pool.people(9)
    rows = [["氏名", "住所", "受診者", "病名", "高額療養費 支給額"]]
    rows += [[p.name, p.address, p.name, r.choice(DISEASES), r.randint(40, 300) * 1000] for p in ps]
    docs.append(
        D(
            "zei",
            "pdf",
            3,
            ["name", "address", "health"],
            DocSpec(title="高額療養費 支給決定一覧（国保）", tables=[rows]),
        )
    )
    ps = pool.people(7)
    rows = [["氏名", "個人番号", "住所", "所得区分"]] + [
        [p.name, p.my_number, p.address, r.choice(["ア", "イ", "ウ", "エ"])] for p in ps
    ]
    docs.append(
        D("zei", "xls", 3, ["name", "address", "my_number"], DocSpec(sheets=[sheet("番号照会", rows)]))
    )
    ps = pool.people(105)
    cols = [(40, "No"), (70, "氏名"), (150, "住所"), (360, "電話"), (450, "滞納額"), (520, "督促日")]
    prow = [
        [
            str(i + 1),
            p.name,
            p.address,
            p.phone,
            f"{r.randint(5, 300) * 1000:,}",
            f"R6.{r.randint(1, 6)}.{r.randint(1, 28)}",
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(D("zei", "pdf", 3, ["name", "address", "phone", "arrears"], DocSpec(title="督促状発送一覧"),
                  post=canvas_pdf("督促状発送一覧（収納管理システム出力）", cols, prow, 40, f"{t.name} 住民生活課 収納係")))  # fmt: skip
    return docs


def fukushi(pool: Pool) -> list[D]:
    """福祉 consultations: records, 手帳 lists, welfare lists; published counts and facility lists."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    rows = [
        ["区分", "R3", "R4", "R5"],
        ["高齢者", 88, 95, 102],
        ["障害", 41, 38, 47],
        ["生活困窮", 27, 33, 30],
        ["子育て", 19, 25, 22],
    ]
    docs.append(
        D(
            "fukushi",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("件数", rows, title="福祉総合相談 受付件数（公表用）")]),
        )
    )
    fac = r.sample(
        [
            "デイサービスさくら",
            "特別養護老人ホーム中里荘",
            "障害者支援施設みずほ",
            "地域包括支援センター",
            "グループホーム柿の実",
            "訪問看護ステーションあおば",
        ],
        5,
    )
    rows = [["施設名", "ふりがな", "所在地", "電話", "開設日"]]
    rows += [
        [
            f,
            "",
            f"{t.name}{r.choice(OAZA)}{r.randint(1, 999)}番地",
            pool.landline(),
            wareki(dt.date(r.randint(1990, 2020), r.randint(1, 12), 1)),
        ]
        for f in fac
    ]
    docs.append(
        D(
            "fukushi",
            "pdf",
            1,
            [],
            DocSpec(title="町内の福祉施設一覧", tables=[rows]),
            note="facilities; 開設日 is no birth date",
        )
    )
    docs.append(D("fukushi", "docx", 1, [], DocSpec(
        title="民生委員・児童委員の一斉改選について",
        paragraphs=["民生委員は、地域の高齢者や障害のある方、生活に困っている方の相談に応じる非常勤の特別職の地方公務員です。",
                    "相談内容の秘密は守られます。病気や介護、生活保護に関することもお気軽にご相談ください。",
                    f"担当　住民生活課福祉係　{t.office_phone}"])))  # fmt: skip
    docs.append(D("fukushi", "pptx", 1, [], DocSpec(
        title="福祉係 事務引継ぎ（制度概要）",
        paragraphs=["生活保護は県の福祉事務所が決定、町は申請経由", "障害者手帳：申請書・診断書を受付→県へ進達", "個人番号の記載を確認", "相談記録は鍵付きキャビネットへ"],
        notes=["個人の事例は口頭で引き継ぐこと"])))  # fmt: skip
    # level 2 (welfare without health/arrears stays at 2)
    ps = pool.people(20)
    rows = [["世帯番号", "世帯主", "住所", "電話", "世帯人数", "扶助区分"]]
    rows += [
        [
            str(3000 + i * 11),
            p.name,
            p.address,
            p.phone,
            r.randint(1, 5),
            r.choice(["生活扶助", "住宅扶助", "就学援助"]),
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(D("fukushi", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("名簿", rows, title="生活保護・就学援助 世帯一覧（経由事務）")]),
                  note="welfare list of 20 named households with addresses, no 病名 or 滞納: 2"))  # fmt: skip
    ps = pool.people(6)
    rows = [["申請者", "住所", "電話", "申請内容", "受付日"]]
    rows += [
        [
            p.name,
            p.address,
            p.mobile,
            r.choice(["紙おむつ給付", "配食サービス", "緊急通報装置"]),
            f"6/{5 + i}",
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(D("fukushi", "csv", 2, ["name", "address", "phone"], DocSpec(tables=[rows])))
    p = pool.person()
    docs.append(D("fukushi", "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="就学援助申請 受付票", paragraphs=[f"保護者　{p.name}", f"住所　{p.address}", f"生年月日　{p.birth:%Y年%m月%d日}",
                                            "児童　北条小学校 3年", "所得区分　非課税", "受付　令和6年4月8日　蓼沼"])))  # fmt: skip
    # level 3
    p = pool.person()
    docs.append(D("fukushi", "docx", 3, ["name", "address", "phone", "health"], DocSpec(
        title="相談記録票", header="取扱注意",
        tables=[[["相談者", p.name], ["住所", p.address], ["電話", p.phone],
                ["相談内容", f"夫が{r.choice(DISEASES)}で通院中。介護疲れで眠れない。本人も心療内科を受診したい。"],
                ["対応", "包括へつなぐ。7/2 訪問予定。"]]])))  # fmt: skip
    ps = pool.people(15)
    rows = [["氏名", "生年月日", "住所", "手帳・介護度", "主な病名", "メモ"]]
    rows += [
        [
            p.name,
            p.birth,
            p.address,
            r.choice(DISABILITY),
            r.choice(DISEASES),
            r.choice(["", "独居", "日中独居", "家族同居"]),
        ]
        for p in ps
    ]
    docs.append(D("fukushi", "xlsx", 3, ["name", "address", "birth_date", "health"], DocSpec(sheets=[sheet("台帳", rows, title="障害者手帳・要介護者 台帳")]),
                  post=xlsx_merge(["F4:F5"], hide_cols=["E"])))  # fmt: skip
    p = pool.person()
    q = pool.person()
    docs.append(D("fukushi", "txt", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        "LINE WORKS トーク履歴（福祉係）", f"[09:12] 槙田: {p.tight}さん（{p.address.replace(t.name, '')}）から電話。透析の送迎が来週から使えないって",
        "[09:14] 芦沢: 社協の移送サービスにつなぎます", f"[09:20] 槙田: あと{q.surname}さんちのおばあちゃん、認知症が進んで徘徊あり。包括に連絡済み",
        "[09:21] 芦沢: 了解です"])))  # fmt: skip
    p = pool.person()
    docs.append(D("fukushi", "txt-cp932", 3, ["name", "address", "birth_date", "health"], DocSpec(paragraphs=[
        "障害者手帳 進達メモ", f"{p.name}　{wareki(p.birth)}生　{p.address}", "診断書：うつ病（精神障害者保健福祉手帳 2級 新規）",
        "7/1 県へ進達"])))  # fmt: skip
    ps = pool.people(12)
    rows = [["世帯主", "住所", "扶助", "病状・通院"]]
    rows += [[p.name, p.address, "生活扶助", f"{r.choice(DISEASES)}で月{r.randint(1, 4)}回通院"] for p in ps]
    docs.append(D("fukushi", "ods", 3, ["name", "address", "health"], DocSpec(sheets=[sheet("保護世帯", rows)]),
                  note="welfare list with a 病名 column: 3"))  # fmt: skip
    return docs


def bosai(pool: Pool) -> list[D]:
    """防災: shelters, 自主防災組織, 安否確認 lists, 避難行動要支援者名簿."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    rows = [["避難所", "ひなんじょ", "所在地", "電話", "収容人数"]]
    rows += [
        [f, "", f"{t.name}{r.choice(OAZA)}{r.randint(1, 999)}番地", pool.landline(), r.randint(50, 400)]
        for f in FACILITIES
    ]
    docs.append(
        D(
            "bosai",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("避難所", rows, title=f"{t.name} 指定避難所一覧（公表）")]),
        )
    )
    ps = pool.people(8)
    rows = [["地区", "組織名", "会長", "連絡先（地区公民館）", "結成日"]]
    rows += [[o.replace("大字", ""), f"{o.replace('大字', '')}自主防災会", p.name, pool.landline(), wareki(dt.date(r.randint(1996, 2015), r.randint(1, 12), 1))]
             for o, p in zip(OAZA, ps, strict=False)]  # fmt: skip
    docs.append(D("bosai", "pdf", 1, [], DocSpec(title="自主防災組織一覧（広報掲載）", tables=[rows]),
                  note="会長 in their official role with the 公民館 phone; 結成日 is no birth date"))  # fmt: skip
    docs.append(D("bosai", "txt", 1, [], DocSpec(paragraphs=[
        "防災行政無線 放送原稿（7/16 17:00）", "こちらは、ぼうさい" + t.name[:-1] + "です。", "大雨警報が発表されました。",
        "土砂災害警戒区域にお住まいの方、避難に時間のかかる高齢者や障害のある方は、早めに避難所へ避難してください。",
        "避難所は、" + "、".join(FACILITIES[:3]) + "です。"])))  # fmt: skip
    docs.append(D("bosai", "docx", 1, [], DocSpec(
        title="避難行動要支援者名簿 登録申請書（様式）",
        tables=[[["氏名", ""], ["生年月日", ""], ["住所", ""], ["電話", ""], ["支援が必要な理由", "□要介護　□障害　□難病　□その他"],
                ["避難支援者", ""]]],
        paragraphs=["記入いただいた情報は、本人の同意のもと自主防災組織、民生委員に提供します。"]), note="a blank form"))  # fmt: skip
    # level 2
    ps = pool.people(22)
    rows = [["班", "氏名", "電話", "携帯", "備考"]]
    rows += [[f"{1 + i // 6}班", p.name, p.phone, p.mobile, ""] for i, p in enumerate(ps)]
    docs.append(D("bosai", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("連絡網", rows, title="中里区 安否確認連絡網")]),
                  post=xlsx_merge(["A4:A9", "A10:A15", "A16:A21"])))  # fmt: skip
    ps = pool.people(5)
    rows = [["氏名", "住所", "携帯", "資格"]] + [
        [p.name, p.address, p.mobile, r.choice(["防災士", "看護師", "重機操作"])] for p in ps
    ]
    docs.append(D("bosai", "csv-cp932", 2, ["name", "address", "phone"], DocSpec(tables=[rows]),
                  note="volunteers at their own homes and mobiles; 看護師 is a skill, not health data"))  # fmt: skip
    p = pool.person()
    docs.append(D("bosai", "docx", 2, ["name", "address", "phone"], DocSpec(
        title="自主防災会 会長交代届", paragraphs=[f"新会長　{p.name}", f"自宅住所　{p.address}", f"自宅電話　{p.phone}　携帯　{p.mobile}",
                                         "※会長宅を連絡先とする"]), note="a 会長 at their own home and mobile is a private person"))  # fmt: skip
    # level 3
    ps = pool.people(118)
    cols = [(40, "No"), (65, "氏名"), (140, "生年月日"), (215, "住所"), (420, "電話"), (500, "支援理由")]
    prow = [
        [str(i + 1), p.name, wareki(p.birth, "short"), p.address, p.phone, r.choice(DISABILITY)]
        for i, p in enumerate(ps)
    ]
    docs.append(D("bosai", "pdf", 3, ["name", "address", "birth_date", "phone", "health"], DocSpec(title="避難行動要支援者名簿"),
                  post=canvas_pdf("避難行動要支援者名簿（外部提供用）", cols, prow, 35, "取扱注意　複写禁止")))  # fmt: skip
    ps = pool.people(10)
    rows = [["氏名", "住所", "電話", "状態", "避難先"]]
    rows += [
        [
            p.name,
            p.address,
            p.phone,
            r.choice(["在宅酸素", "車いす", "人工透析", "寝たきり"]),
            r.choice(FACILITIES),
        ]
        for p in ps
    ]
    docs.append(D("bosai", "xlsx", 3, ["name", "address", "phone", "health"], DocSpec(sheets=[
        sheet("避難所運営", [["項目", "数量"], ["毛布", 200], ["水", 480]]), sheet("要配慮者", rows, state="hidden")])))  # fmt: skip
    p = pool.person()
    docs.append(D("bosai", "txt", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        "件名: 台風接近時の個別避難計画について", "", f"{p.address} の {p.name} さん（ALS、人工呼吸器使用）について、",
        "停電時のバッテリー確保と、搬送先病院の確認をお願いします。", "保健師 乙部"])))  # fmt: skip
    return docs


def senkyo(pool: Pool) -> list[D]:
    """選挙: polling places, results, 立会人, 不在者投票, 選挙人名簿."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    rows = [["投票区", "投票所", "所在地", "電話"]]
    rows += [
        [f"第{i + 1}投票区", f, f"{t.name}{r.choice(OAZA)}{r.randint(1, 999)}番地", pool.landline()]
        for i, f in enumerate(FACILITIES[:7])
    ]
    docs.append(D("senkyo", "xlsx", 1, [], DocSpec(sheets=[sheet("投票所", rows, title="投票所一覧")])))
    cands = pool.people(6)
    rows = [["候補者", "党派", "得票数"]] + [[p.name, "無所属", r.randint(300, 1200)] for p in cands]
    docs.append(D("senkyo", "pdf", 1, [], DocSpec(title="町議会議員補欠選挙 開票結果", tables=[rows], paragraphs=["投票率 61.24%"]),
                  note="candidates in a published result: official role, no private data"))  # fmt: skip
    docs.append(D("senkyo", "txt-cp932", 1, [], DocSpec(paragraphs=[
        "【広報】投票立会人を募集します", "対象：町内在住の18歳以上の選挙人", "報酬：日額10,900円",
        "申込書に氏名・住所・生年月日・電話番号を記入のうえ、選挙管理委員会へ提出してください。", f"問合せ {t.office_phone}"])))  # fmt: skip
    rows = [["年齢", "男", "女", "計"]] + [
        [f"{a}〜{a + 9}歳", r.randint(200, 600), r.randint(200, 600), ""] for a in range(18, 98, 10)
    ]
    docs.append(
        D(
            "senkyo",
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("年齢別", rows, title="選挙人名簿登録者数（年齢別）")]),
        )
    )
    # level 2
    ps = pool.people(14)
    rows = [["投票区", "氏名", "住所", "電話", "生年月日"]]
    rows += [[f"第{1 + i // 2}", p.name, p.address, p.phone, wareki(p.birth)] for i, p in enumerate(ps)]
    docs.append(
        D(
            "senkyo",
            "xlsx",
            2,
            ["name", "address", "phone", "birth_date"],
            DocSpec(sheets=[sheet("立会人", rows, title="投票立会人 名簿")]),
        )
    )
    ps = pool.people(7)
    rows = [["請求日", "氏名", "住所", "送付先", "理由"]]
    rows += [
        [
            f"R6.6.{10 + i}",
            p.name,
            p.address,
            r.choice(["同上", "東京都世田谷区（学生寮）"]),
            r.choice(["仕事", "旅行", "就学"]),
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(
        D("senkyo", "docx", 2, ["name", "address"], DocSpec(title="不在者投票 請求受付簿", tables=[rows]))
    )
    ps = pool.people(4)
    docs.append(D("senkyo", "pptx", 2, ["name", "phone"], DocSpec(
        title="期日前投票所 従事者シフト", tables=[[["日", "氏名", "携帯"]] + [[f"7/{1 + i}", p.name, p.mobile] for i, p in enumerate(ps)]],
        paragraphs=["会計年度任用職員・臨時雇用（住民）"]), note="residents hired for a day, with private mobiles"))  # fmt: skip
    # level 3
    ps = pool.people(124)
    cols = [(40, "番号"), (80, "氏名"), (160, "性別"), (195, "生年月日"), (285, "住所")]
    prow = [
        [str(i + 1), p.name, r.choice(["男", "女"]), p.birth.strftime("%Y.%m.%d"), p.address]
        for i, p in enumerate(ps)
    ]
    docs.append(D("senkyo", "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="選挙人名簿抄本"),
                  post=canvas_pdf("選挙人名簿抄本　第2投票区", cols, prow, 42, f"{t.name}選挙管理委員会"),
                  note="bulk: 124 persons over three pages"))  # fmt: skip
    ps = pool.people(6)
    rows = [["氏名", "住所", "手帳等級", "郵便等投票証明書交付日"]]
    rows += [
        [
            p.name,
            p.address,
            r.choice(["身体障害者手帳1級（下肢）", "要介護5", "身体障害者手帳2級（体幹）"]),
            f"R6.5.{10 + i}",
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(D("senkyo", "csv", 3, ["name", "address", "health"], DocSpec(tables=[rows])))
    ps = pool.people(103)
    rows = [["氏名", "生年月日", "住所", "電話"]] + [[p.name, p.birth, p.address, p.phone] for p in ps]
    docs.append(D("senkyo", "ods", 3, ["name", "address", "birth_date", "phone"], DocSpec(sheets=[sheet("宛名", rows)]),
                  note="bulk: 103 persons (入場券 宛名データ)"))  # fmt: skip
    return docs


def desk(pool: Pool) -> list[D]:
    """Staff working files: メモ.txt, 引継ぎ.docx, copied mails and chat logs."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    docs.append(D("desk", "txt", 1, [], DocSpec(paragraphs=[
        "メモ.txt", "・住民票の個人番号記載は本人・同一世帯のみ。代理人は委任状に明記が必要", "・滞納者の相談は収納係へ回す（係内で完結しない）",
        "・診断書のコピーは保存しない", "・内線：住民係 101 / 収納係 104 / 福祉係 107", f"・代表 {t.office_phone}"])))  # fmt: skip
    docs.append(D("desk", "docx", 1, [], DocSpec(
        title="引継書（住民係）", header="令和6年3月 住民生活課",
        paragraphs=["1 毎朝：戸籍システム起動、コンビニ交付の前日実績を確認", "2 月初：人口動態を県へ報告（様式は共有フォルダ\\統計）",
                    "3 マイナンバーカード交付：予約はWEB、本人確認書類2点", "4 年度末：転出入が集中。臨時職員2名配置"])))  # fmt: skip
    staff = pool.people(6)
    rows = [["係", "氏名", "内線", "役場代表"]] + [
        [r.choice(["住民係", "収納係", "福祉係"]), p.name, str(100 + i), t.office_phone]
        for i, p in enumerate(staff)
    ]
    docs.append(
        D(
            "desk",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("内線", rows, title="住民生活課 内線表")]),
            note="staff in an extension list",
        )
    )
    docs.append(D("desk", "txt-cp932", 1, [], DocSpec(paragraphs=[
        "件名: RE: 課内会議の日程", "各位", "7/18(木) 15:00〜 第2会議室で行います。", "議題：滞納整理方針、避難行動要支援者名簿の更新、参院選の準備",
        "住民生活課 鶴見"])))  # fmt: skip
    n = [failing_twelve(r) for _ in range(12)]
    rows = [["受付番号", "種別", "受付日", "処理"]] + [
        [x, r.choice(["住民票", "印鑑証明", "戸籍"]), f"2024/06/{i + 1:02d}", "済"] for i, x in enumerate(n)
    ]
    docs.append(
        D("desk", "csv", 1, [], DocSpec(tables=[rows]), note="12-digit 受付番号, all failing the check digit")
    )
    # level 2
    p = pool.person()
    docs.append(D("desk", "txt", 2, ["name", "phone"], DocSpec(paragraphs=[
        "メモ（電話）", f"6/24 10:40 {p.tight}様より", "転出証明をなくしたとのこと。再発行可能と案内。", f"折り返し {p.mobile}", "→ 指田"])))  # fmt: skip
    p = pool.person()
    q = pool.person()
    docs.append(D("desk", "docx", 2, ["name", "address", "phone"], DocSpec(
        title="引継ぎ（個別案件）", paragraphs=["■継続案件", f"・{p.name}さん（{p.address}、{p.phone}）：相続で住所変更届の提出待ち",
                                          f"・{q.name}さん（{q.address}）：附票の請求。7月中に郵送予定"])))  # fmt: skip
    p = pool.person()
    docs.append(D("desk", "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="本人確認メモ", paragraphs=[f"{p.name}　生年月日 {p.birth:%Y/%m/%d}", f"住所 {p.address}", "免許証で確認（6/20）"])))  # fmt: skip
    # level 3
    p = pool.person()
    docs.append(D("desk", "txt", 3, ["name", "my_number"], DocSpec(paragraphs=[
        "件名: 番号確認お願いします", "", f"{p.name} さんの個人番号、{p.my_number[:4]}-{p.my_number[4:8]}-{p.my_number[8:]} で合ってますか？",
        "申請書の字が読みにくくて。", "葛西"])))  # fmt: skip
    p = pool.person()
    q = pool.person()
    docs.append(D("desk", "docx", 3, ["name", "address", "arrears", "health"], DocSpec(
        title="引継ぎ（要注意世帯）", header="課内限り",
        paragraphs=[f"・{p.name}（{p.address}）　国保税滞納あり、分納が止まっている。本人は腰椎骨折で通院中。",
                    f"・{q.name}（{q.address}）　窓口で大声。精神科通院歴ありと家族から聞いている。"])))  # fmt: skip
    p = pool.person()
    docs.append(D("desk", "pdf", 3, ["name", "my_number"], DocSpec(title="番号確認"),
                  post=canvas_pdf("個人番号 照会結果（番号連携サーバ印刷）", [(40, "氏名"), (140, "個人番号"), (260, "照会日")],
                                  [[p.name, p.my_number, "2024/06/21"]], 30, "取扱注意", spaced=True),
                  note="the My Number is drawn one digit at a time"))  # fmt: skip
    ps = pool.people(3)
    docs.append(D("desk", "txt-cp932", 3, ["name", "arrears", "phone"], DocSpec(paragraphs=[
        "LINE WORKS 収納係"] + [f"[{9 + i}:0{i}] 磯貝: {p.tight}さん（{p.phone}）まだ未納。明日また電話" for i, p in enumerate(ps)])))  # fmt: skip
    return docs


def koseki(pool: Pool) -> list[D]:
    """戸籍・印鑑登録: 届書 受理簿, 印鑑登録原票, 死亡届; 記入例, statistics and notices."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    docs.append(D("koseki", "docx", 1, [], DocSpec(
        title="婚姻届 記入例", paragraphs=["※この記入例の氏名・本籍は架空のものです。"],
        tables=[[["", "夫になる人", "妻になる人"], ["氏名", "七浦 一郎", "朝比 花子"], ["生年月日", "平成〇年〇月〇日", "平成〇年〇月〇日"],
                ["住所", f"{t.name}大字〇〇番地", "〇〇県〇〇市〇〇町"], ["本籍", "（記入例）", "（記入例）"]]]),
        note="記入例 with invented names and placeholder dates"))  # fmt: skip
    rows = [["届出種別", "R3", "R4", "R5"]] + [
        [k, r.randint(20, 90), r.randint(20, 90), r.randint(20, 90)]
        for k in ["出生", "死亡", "婚姻", "離婚", "転籍", "養子縁組"]
    ]
    docs.append(
        D("koseki", "ods", 1, [], DocSpec(sheets=[sheet("戸籍届出", rows, title="戸籍届出件数の推移")]))
    )
    docs.append(D("koseki", "odt", 1, [], DocSpec(
        title="印鑑登録の手続き", paragraphs=["登録できるのは町内に住民登録のある15歳以上の方です。",
                                      "本人が来庁し、登録する印鑑と本人確認書類（マイナンバーカード、運転免許証等）をお持ちください。",
                                      "代理人の場合は照会書を郵送し、回答書の持参により登録します。", f"住民生活課 {t.office_phone}"])))  # fmt: skip
    rows = [
        ["証明の種類", "手数料"],
        ["戸籍全部事項証明", "450円"],
        ["除籍・改製原戸籍", "750円"],
        ["戸籍の附票", "300円"],
        ["印鑑登録証明", "300円"],
    ]
    docs.append(D("koseki", "xls", 1, [], DocSpec(sheets=[sheet("手数料", rows, title="証明手数料一覧")])))
    docs.append(D("koseki", "txt", 1, [], DocSpec(paragraphs=[
        "【戸籍の広域交付が始まりました】", "令和6年3月1日から、本籍地以外の市区町村でも戸籍証明書を請求できます。",
        "請求できるのは本人、配偶者、父母・祖父母、子・孫です。郵送・代理人による請求はできません。",
        "死亡した親の出生から死亡までの戸籍をまとめて請求することもできます。"])))  # fmt: skip
    # level 2
    ps = pool.people(18)
    rows = [["登録番号", "氏名", "生年月日", "住所", "登録日", "備考"]]
    rows += [[str(40000 + i * 13), p.name, wareki(p.birth, "short"), p.address, f"H{r.randint(15, 30)}.{r.randint(1, 12)}.{r.randint(1, 28)}", r.choice(["", "", "亡失再登録", "保証人登録"])]
             for i, p in enumerate(ps)]  # fmt: skip
    docs.append(D("koseki", "xlsx", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("原票", rows, title="印鑑登録原票（抜粋）", first_row=4)]),
                  post=xlsx_merge(["F5:F6", "F9:F10"])))  # fmt: skip
    ps = pool.people(10, young=True)
    rows = [["受理日", "夫", "夫生年月日", "妻", "妻生年月日", "新本籍"]]
    for i in range(0, 10, 2):
        a, b = ps[i], ps[i + 1]
        rows.append(
            [
                f"2024/0{4 + i // 4}/{10 + i}",
                a.name,
                a.birth.strftime("%Y/%m/%d"),
                b.name,
                b.birth.strftime("%Y/%m/%d"),
                f"{t.name}{r.choice(OAZA)}{r.randint(1, 999)}番地",
            ]
        )
    docs.append(
        D(
            "koseki",
            "xlsx",
            2,
            ["name", "birth_date"],
            DocSpec(sheets=[sheet("婚姻", rows, title="戸籍届書 受理簿（婚姻）")]),
        )
    )
    p = pool.person()
    docs.append(D("koseki", "txt-cp932", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        "件名: 戸籍謄本の郵送請求（お問い合わせフォーム）", f"氏名: {p.name}", f"住所: {p.address}", f"電話: {p.phone}",
        "内容: 父の除籍謄本が必要です。相続手続き用。", "----", "回答済 6/18 住民係"])))  # fmt: skip
    p = pool.person()
    kid = pool.person(young=True)
    docs.append(D("koseki", "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="出生届 受付メモ", paragraphs=[f"子の氏名：{p.surname} {kid.given}", "生まれた日：令和6年6月2日 午前4時18分",
                                        f"父：{p.name}", f"住所：{p.address}", "児童手当・医療費助成の案内済"]),
        note="a newborn's birth date with the family's address: 2"))  # fmt: skip
    ps = pool.people(6)
    rows = [["届出日", "届出人", "住所", "電話", "内容"]] + [
        [f"R6.5.{i + 7}", p.name, p.address, p.mobile, r.choice(["転籍", "分籍", "氏の変更"])]
        for i, p in enumerate(ps)
    ]
    docs.append(
        D(
            "koseki",
            "pdf",
            2,
            ["name", "address", "phone"],
            DocSpec(title="戸籍届出 受付簿（5月）", tables=[rows], footer="住民生活課 住民係"),
        )
    )
    # level 3
    p = pool.person()
    docs.append(D("koseki", "docx", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="死亡届 受理照合メモ", header="取扱注意",
        tables=[[["死亡者", p.name], ["生年月日", wareki(p.birth)], ["住所", p.address], ["死亡日時", "令和6年6月14日 午後2時05分"],
                ["死因（死亡診断書）", r.choice(["肺がん", "心不全", "脳梗塞"])], ["届出人", f"{p.surname} {pool.person().given}（長男）"]]]),
        note="死亡診断書 content about an identified person"))  # fmt: skip
    ps = pool.people(108)
    rows = [["登録番号", "氏名", "生年月日", "住所", "登録日"]]
    rows += [
        [str(50000 + i), p.name, p.birth, p.address, dt.date(2010 + i % 14, 1 + i % 12, 1 + i % 28)]
        for i, p in enumerate(ps)
    ]
    docs.append(D("koseki", "xlsx", 3, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("原票", rows)]),
                  post=xlsx_merge([], hide_cols=["D"]), note="bulk: 108 persons; the address column is hidden"))  # fmt: skip
    ps = pool.people(5)
    rows = [["氏名", "住所", "個人番号", "附票記載事項"]] + [
        [p.name, p.address, " ".join([p.my_number[:4], p.my_number[4:8], p.my_number[8:]]), "住所変更"]
        for p in ps
    ]
    docs.append(D("koseki", "csv-cp932", 3, ["name", "address", "my_number"], DocSpec(tables=[rows])))
    return docs


def extras(pool: Pool) -> list[D]:
    """More of the same desks: the second half of ten years of the shared drive."""
    t = pool.town
    r = pool.rng
    docs: list[D] = []
    # zei
    docs.append(D("zei", "pdf", 1, [], DocSpec(
        title="督促状（見本）", paragraphs=["（見本）", "納税者　朝比 花子 様", "あなたの町民税第1期分が納期限までに納付されていません。",
                                       "この督促状を発した日から起算して10日を経過した日までに完納しないときは、滞納処分を受けることがあります。"]),
        note="a sample with an invented name"))  # fmt: skip
    p = pool.person()
    docs.append(D("zei", "docx", 2, ["name", "address", "phone"], DocSpec(
        title="納税管理人 申告書（受付）", tables=[[["納税義務者", p.name], ["住所", p.address], ["電話", p.phone],
                                           ["納税管理人", f"{p.surname} {pool.person().given}（長女）"], ["理由", "施設入所のため"]]])))  # fmt: skip
    p = pool.person()
    docs.append(D("zei", "txt-cp932", 2, ["name", "phone"], DocSpec(paragraphs=[
        "還付金 連絡メモ", f"{p.name} 様　過誤納金 12,300円（R5固定資産税）", f"口座確認のため {p.phone} へ電話→不在、留守電",
        "7/3 再度連絡"])))  # fmt: skip
    # fukushi
    docs.append(D("fukushi", "txt", 1, [], DocSpec(paragraphs=[
        "【広報】敬老会のご案内", "9月15日（日）町民体育館で敬老会を開催します。対象は75歳以上の方です。",
        "送迎バスを運行します。車いすの方、介助が必要な方は事前に福祉係へご連絡ください。", f"福祉係 {t.office_phone}"])))  # fmt: skip
    ps = pool.people(20)
    rows = [["氏名", "生年月日", "住所", "年齢", "祝金"]]
    rows += [[p.name, dt.date(1936, 1 + i % 12, 1 + i), p.address, 88, 10000] for i, p in enumerate(ps)]
    docs.append(
        D(
            "fukushi",
            "xlsx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[sheet("米寿", rows, title="敬老祝金 対象者（米寿）")]),
        )
    )
    # bosai
    docs.append(D("bosai", "pdf", 1, [], DocSpec(
        title="戸別受信機の無償貸与について", paragraphs=["防災行政無線の戸別受信機を希望する世帯に無償で貸与します。",
                                              "聴覚に障害のある方には文字表示型を貸与します。", "申込書は役場・各公民館にあります。"])))  # fmt: skip
    ps = pool.people(12)
    rows = [["貸与番号", "氏名", "住所", "電話", "機種", "貸与日"]]
    rows += [
        [
            f"K-{200 + i}",
            p.name,
            p.address,
            p.phone,
            r.choice(["標準型", "文字表示型"]),
            f"H30.{1 + i % 12}.1",
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(
        D(
            "bosai",
            "xls",
            2,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("貸与台帳", rows, title="戸別受信機 貸与台帳")]),
        )
    )
    # senkyo
    docs.append(D("senkyo", "docx", 1, [], DocSpec(
        title="期日前投票の宣誓書（様式）", tables=[[["氏名", ""], ["生年月日", "　年　月　日"], ["住所", ""], ["事由", "□仕事 □旅行 □病気 □その他"]]]),
        note="a blank form"))  # fmt: skip
    ps = pool.people(9)
    rows = [["配布地区", "配布員", "住所", "電話", "部数"]] + [
        [o.replace("大字", ""), p.name, p.address, p.phone, r.randint(80, 300)]
        for o, p in zip(OAZA, ps, strict=False)
    ]
    docs.append(D("senkyo", "csv-cp932", 2, ["name", "address", "phone"], DocSpec(tables=[rows]),
                  note="residents distributing the gazette, at their own homes"))  # fmt: skip
    # desk
    docs.append(D("desk", "pptx", 1, [], DocSpec(
        title="課内研修：個人情報の取扱い", paragraphs=["マイナンバー、病歴、滞納情報は特に慎重に", "メール添付はパスワード＋別送", "共有フォルダの個人ファイルは年度末に削除"],
        notes=["事例：他自治体で要支援者名簿を誤送信"])))  # fmt: skip
    ps = pool.people(3)
    docs.append(D("desk", "txt", 2, ["name", "address"], DocSpec(paragraphs=[
        "LINE WORKS 住民係", f"[13:02] 熊谷: {ps[0].tight}さん、{ps[0].address}に転居です。入力お願いします",
        f"[13:05] 沼尻: 了解。{ps[1].name}さんの転居（{ps[1].address}）も一緒にやります", f"[13:30] 熊谷: {ps[2].name}さんは{ps[2].address}へ。明日でOK"])))  # fmt: skip
    ps = pool.people(11)
    rows = [["受付", "氏名", "生年月日", "電話", "用件", "対応者"]]
    rows += [
        [
            f"6/{3 + i}",
            p.name,
            wareki(p.birth),
            p.mobile,
            r.choice(["住民票", "印鑑登録", "転出"]),
            r.choice(["熊谷", "沼尻", "指田"]),
        ]
        for i, p in enumerate(ps)
    ]
    docs.append(D("desk", "xlsx", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[
        sheet("窓口", rows, title="窓口対応記録（個人作業用）"), sheet("old", [["旧様式"], ["使用しない"]], state="hidden")])))  # fmt: skip
    # juminhyo
    ps = pool.people(5)
    rows = [["氏名", "住所", "電話", "DV等支援措置"]] + [[p.name, p.address, p.phone, "なし"] for p in ps]
    docs.append(D("juminhyo", "ods", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("確認", rows)])))
    # level 3 of the second half
    p = pool.person()
    docs.append(D("bosai", "txt-cp932", 3, ["name", "address", "health"], DocSpec(paragraphs=[
        "大雨 安否確認結果（7/13 21:00 集約）", f"・{p.name}（{p.address}）　避難中に転倒、右大腿骨骨折で町立病院に入院",
        "・その他の要支援者は全員無事"])))  # fmt: skip
    p = pool.person()
    docs.append(D("senkyo", "docx", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="代理投票 記録", paragraphs=[f"選挙人　{p.name}（{wareki(p.birth)}生）", f"住所　{p.address}",
                                     "理由　脳梗塞後遺症による右手麻痺のため自書できない", "補助者　投票管理者指名の職員2名"])))  # fmt: skip
    ps = pool.people(8)
    rows = [["保護者", "住所", "電話", "認定", "学校給食費 滞納"]]
    rows += [
        [
            p.name,
            p.address,
            p.phone,
            "準要保護",
            r.choice(["あり（3か月）", "なし", "あり（R5年度分）", "なし"]),
        ]
        for p in ps
    ]
    docs.append(D("fukushi", "xlsx", 3, ["name", "address", "phone", "arrears"], DocSpec(sheets=[sheet("就学援助", rows, title="就学援助 認定者一覧")]),
                  note="welfare list with a 滞納 column: 3"))  # fmt: skip
    p = pool.person()
    rows = [["氏名", "住所", "番号確認"], [p.name, p.address, "済"]]
    docs.append(D("juminhyo", "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[
        sheet("確認", rows, comments={(1, 2): f"番号 {p.my_number}（カード券面で確認）"})]), note="the My Number only in a cell note"))  # fmt: skip
    p = pool.person()
    docs.append(D("desk", "txt", 3, ["name", "phone", "arrears"], DocSpec(paragraphs=[
        "件名: FW: 国保税の件", "転送します。", "", "> 収納係 苅部さま", f"> {p.name}です。国保税の未納分、今月分も払えそうにありません。",
        f"> 連絡は {p.mobile} にお願いします。", "", "→ 分納相談の予約を入れてください"])))  # fmt: skip
    ps = pool.people(6)
    rows = [["氏名", "住所", "電話", "介護度", "主治医意見書"]] + [
        [p.name, p.address, p.phone, r.choice(["要介護2", "要支援1", "要介護4"]), "受領済"] for p in ps
    ]
    docs.append(D("fukushi", "xls", 3, ["name", "address", "phone", "health"], DocSpec(sheets=[sheet("介護認定", rows, title="介護認定 申請受付（住民生活課経由）")]),
                  note="介護度 is health data about identified persons"))  # fmt: skip
    ps = pool.people(9)
    rows = [["氏名", "生年月日", "住所", "携帯", "従事日"]] + [
        [p.name, p.birth, p.address, p.mobile, "7/7"] for p in ps
    ]
    docs.append(
        D(
            "senkyo",
            "xlsx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(sheets=[sheet("臨時", rows, title="選挙事務 臨時従事者（住民）")]),
        )
    )
    p = pool.person()
    docs.append(D("koseki", "odt", 2, ["name", "address", "phone"], DocSpec(
        title="改葬許可申請 受付", paragraphs=[f"申請者　{p.name}", f"住所　{p.address}", f"電話　{p.phone}", "改葬先　市営霊園（高崎市）"])))  # fmt: skip
    return docs


def build(rng: random.Random) -> list[D]:
    name, code, exch = rng.choice(TOWNS)
    office_phone = f"{code}-{exch}2-{rng.randint(1000, 1999)}"
    town = Town(name, code, exch, office_phone, f"{name}大字中里1番地")
    pool = Pool(rng, town)
    docs = (
        juminhyo(pool)
        + zei(pool)
        + fukushi(pool)
        + bosai(pool)
        + senkyo(pool)
        + desk(pool)
        + koseki(pool)
        + extras(pool)
    )
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: list[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set23", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
