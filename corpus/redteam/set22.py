"""Twenty-second red-team set (blind): land, construction, procurement and civic activity in a city hall.

``python -m corpus.redteam.set22 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads.

Written without reading the detectors, the policy data or the other red-team sets' documents, to be scored on
first contact. Five families: 用地課 (``yochi``: landowner lists, negotiation records, compensation and
registration memos, 支払調書 with My Numbers), 建設課・道路課 (``koji``: neighbourhood briefings, complaints,
road-occupation permits, boundary surveys, house surveys before works), 契約課 (``keiyaku``: qualified-bidder
registers with 法人番号, tender results, sole proprietors' registrations at their home address), 市民協働課
(``kyodo``: subsidy applications, NPO and 自治会 registers, volunteer lists) and mail or chat exports of these
desks (``mail``). Every family has its public or harmless look-alikes.

The truth follows the default policy's text only: 3 for a My Number, health or arrears data about an
identifiable private person, or records of more than 100 persons with a name plus address, birth date or phone;
2 for a private person's name with their address, birth date or phone; 1 for the rest, including company
representatives, 理事長 and 会長 at their organisation's address, staff, and invented 記入例 names. ``types``
lists what a perfect reader reports about private persons (plus ``corporate_number`` where one is printed).
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import corporate_number_check_digit, is_valid_my_number, my_number_from
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 2222

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, towns, rival towns for the same city)
CITIES: list[tuple[str, str, str, list[str]]] = [
    ("山口県", "周南市", "0834", ["遠石", "徳山", "久米", "大字夜市", "新宮町", "大字戸田", "岐山通"]),
    ("岐阜県", "大垣市", "0584", ["郭町", "林町", "築捨町", "赤坂町", "久瀬川町", "墨俣町墨俣", "南頬町"]),
    ("福島県", "郡山市", "024", ["富久山町久保田", "安積町荒井", "桑野", "大槻町", "日和田町", "田村町金屋", "香久池"]),
    ("愛媛県", "今治市", "0898", ["常盤町", "北宝来町", "波止浜", "大西町九王", "菊間町浜", "玉川町摺木", "衣干町"]),
    ("栃木県", "小山市", "0285", ["城東", "大字粟宮", "駅南町", "大字間々田", "神鳥谷", "大字羽川", "犬塚"]),
    ("長野県", "上田市", "0268", ["常田", "材木町", "上田原", "丸子", "真田町長", "大字古里", "中之条"]),
    ("岡山県", "倉敷市", "086", ["児島小川", "玉島阿賀崎", "水島東栄町", "連島町", "中庄", "茶屋町", "西阿知町"]),
]  # fmt: skip
SURNAMES = [
    "久保田", "能勢", "曽我部", "八木沢", "大河内", "楠本", "仁科", "宮腰", "門脇", "木戸", "塩見", "葛西",
    "桐生", "小野寺", "船越", "浜中", "国分", "藤枝", "稲垣", "牧野", "西条", "笠原", "井筒", "筧",
    "野々村", "三輪", "須賀", "真壁", "片桐", "杉浦", "大場", "若狭", "平賀", "土肥", "竹之内", "綿貫",
    "重松", "安達", "秋葉", "滝沢", "寺西", "大庭", "矢作", "古賀", "蓮見", "山際", "辰巳", "丹羽",
    "沖田", "梶原", "鳴海", "植松", "岩永", "森脇", "早瀬", "白石", "松尾", "高階", "江藤", "村越",
]  # fmt: skip
MALE = [
    "正治", "勝利", "芳雄", "利夫", "光男", "重信", "和彦", "浩二", "達也", "誠", "隆之", "英樹", "篤",
    "洋平", "拓海", "陸", "蓮", "颯太", "湊", "優斗", "悠真", "康弘", "幸三", "敏行", "修", "義男",
]  # fmt: skip
FEMALE = [
    "トシ子", "澄江", "節子", "文代", "幸枝", "和美", "由美子", "裕子", "直美", "真由美", "智子", "久美",
    "彩花", "美咲", "陽菜", "凛", "葵", "結衣", "千春", "悦子", "洋子", "加奈", "理恵", "菜摘", "静香", "富美",
]  # fmt: skip
GIVEN = MALE + FEMALE
COMPANIES = [
    "株式会社翠嶺建設", "有限会社大和田土木", "株式会社コスモ測地", "株式会社まるいち舗装", "三協設備工業株式会社",
    "株式会社ひなた設計", "有限会社竹中電設", "株式会社山陽ロードテック", "株式会社はやぶさ造園",
    "株式会社北条コンサルタント", "株式会社中州事務器", "株式会社セイワ警備", "有限会社かなめ塗装",
    "合同会社リバーフロント", "株式会社あけぼの印刷", "株式会社東雲ビルサービス",
]  # fmt: skip
SHOPS = ["くすのき左官", "かわせみ測量事務所", "野ばら庭園", "ツバメ内装", "光輝電気", "あさぎ設計室",
         "もみじ畳店", "まつかぜ板金", "いなほ行政書士事務所", "ことぶき看板"]  # fmt: skip
NPOS = ["特定非営利活動法人まちなか応援団", "特定非営利活動法人川辺の森を守る会", "特定非営利活動法人こども食堂ひだまり",
        "特定非営利活動法人シニアネット", "特定非営利活動法人多文化ひろば", "特定非営利活動法人里山クラブ",
        "特定非営利活動法人防災ラボ", "特定非営利活動法人みんなの居場所"]  # fmt: skip
BANKS = [
    "山口銀行",
    "大垣共立銀行",
    "東邦銀行",
    "伊予銀行",
    "足利銀行",
    "八十二銀行",
    "中国銀行",
    "ゆうちょ銀行",
]
ROADS = ["市道中央線", "市道北通り線", "市道川端2号線", "都市計画道路駅前線", "市道東西幹線", "市道学校前線"]
TODAY = dt.date(2024, 9, 17)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
FAMILIES = ("yochi", "koji", "keiyaku", "kyodo", "mail")


# --- people, numbers, dates ----------------------------------------------------------------------
@dataclass
class Person:
    sur: str
    given: str
    address: str
    phone: str
    mobile: str
    birth: dt.date

    @property
    def name(self) -> str:
        return f"{self.sur} {self.given}"


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pref, self.city, self.area, self.towns = rng.choice(CITIES)
        self.used: set[tuple[str, str]] = set()

    def address(self, full: bool = True) -> str:
        r = self.rng
        town = r.choice(self.towns)
        if town.startswith("大字") or r.random() < 0.3:
            lot = (
                f"{r.randint(1, 2999)}番地" if r.random() < 0.6 else f"{r.randint(1, 2999)}-{r.randint(1, 9)}"
            )
        else:
            lot = f"{r.randint(1, 6)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"
            if r.random() < 0.35:
                lot = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        head = f"{self.pref}{self.city}" if full else f"{self.city}"
        return head + town + lot

    def landline(self) -> str:
        r, a = self.rng, self.area
        if len(a) == 4:
            return f"{a}-{r.randint(20, 99)}-{r.randint(1000, 9999)}"
        return f"{a}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"

    def mobile(self) -> str:
        r = self.rng
        return f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"

    def person(self, born: tuple[int, int] = (1938, 1990)) -> Person:
        r = self.rng
        while True:
            key = (r.choice(SURNAMES), r.choice(GIVEN))
            if key not in self.used:
                self.used.add(key)
                break
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        return Person(key[0], key[1], self.address(), self.landline(), self.mobile(), birth)

    def people(self, n: int, born: tuple[int, int] = (1938, 1990)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def my_number(self) -> str:
        r = self.rng
        return my_number_from(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10)))

    def not_my_number(self) -> str:
        """12 digits whose last digit fails the My Number check."""
        good = self.my_number()
        return good[:11] + str((int(good[11]) + 1 + self.rng.randint(0, 8)) % 10)

    def corporate(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_number_check_digit(base)) + base


def wareki(d: dt.date, style: str = "long") -> str:
    for era, short, start in (("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)),
                              ("昭和", "S", dt.date(1926, 12, 25))):  # fmt: skip
        if d >= start:
            y = d.year - start.year + 1
            if style == "short":
                return f"{short}{y}.{d.month}.{d.day}"
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def spaced(number: str, group: int = 4) -> str:
    return " ".join(number[i : i + group] for i in range(0, len(number), group))


# --- documents and the layouts DocSpec cannot express ----------------------------------------------
@dataclass
class D:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def _zip_fix(path: Path) -> None:
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def merge_xlsx(ranges: list[str], sheet: int = 0) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[sheet]
        for rng_ in ranges:
            ws.merge_cells(rng_)
        wb.save(path)
        _zip_fix(path)

    return post


def docx_post(header: str | None = None, merge_rows: tuple[int, ...] = ()) -> Callable[[Path], None]:
    """Put ``header`` into the Word page header and/or merge the value cells (2nd to last) of ``merge_rows``
    of the first table, the way a form's wide address and content fields are drawn."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        if header is not None:
            for section in d.sections:
                section.header.is_linked_to_previous = False
                section.header.paragraphs[0].text = header
        for index in merge_rows:
            row = d.tables[0].rows[index]
            text = row.cells[1].text
            merged = row.cells[1].merge(row.cells[-1])
            merged.text = text
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(buf.getvalue())
        _zip_fix(path)

    return post


def canvas_pdf(
    title: str, columns: list[tuple[str, float]], rows: list[list[str]], per_page: int, head: str, foot: str,
    lead: list[str] | None = None,
) -> Callable[[Path], None]:  # fmt: skip
    """Rewrite the file as a PDF drawn on a canvas: columns at x positions, a header and ``n / N`` footer."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        buf = io.BytesIO()
        size = landscape(A4)
        c = canvas.Canvas(buf, pagesize=size, invariant=1)
        c.setTitle(title)
        pages = max(1, -(-len(rows) // per_page))
        for p in range(pages):
            c.setFont(font, 8)
            c.drawString(40, size[1] - 25, head)
            c.setFont(font, 13)
            c.drawString(40, size[1] - 50, title + ("" if p == 0 else "（続き）"))
            y = size[1] - 70
            c.setFont(font, 8.5)
            if p == 0:
                for line in lead or []:
                    c.drawString(40, y, line)
                    y -= 13
            for label, x in columns:
                c.drawString(x, y, label)
            c.line(36, y - 3, size[0] - 36, y - 3)
            y -= 15
            for row in rows[p * per_page : (p + 1) * per_page]:
                for (_, x), value in zip(columns, row, strict=False):
                    c.drawString(x, y, value)
                y -= 12.5
            c.setFont(font, 8)
            c.drawString(40, 20, foot)
            c.drawRightString(size[0] - 40, 20, f"{p + 1} / {pages}")
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def mail(headers: list[tuple[str, str]], body: list[str]) -> list[str]:
    return [f"{k}: {v}" for k, v in headers] + [""] + body


# =================================================================================================
# 用地課
# =================================================================================================
def yochi(w: World) -> list[D]:
    r, city = w.rng, w.city
    road = r.choice(ROADS)
    docs: list[D] = []
    F = "yochi"
    # --- level 1 ---
    parcels = [[f"{r.choice(w.towns)}{r.randint(1, 999)}番{r.randint(1, 9)}", r.choice(["宅地", "田", "畑", "山林", "雑種地"]),
                round(r.uniform(12, 480), 2), r.choice(["取得済", "交渉中", "未着手"])] for _ in range(28)]  # fmt: skip
    docs.append(D(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("筆別", [["地番", "地目", "買収面積(㎡)", "状況"], *parcels], title=f"{road}道路改良事業 用地取得状況（筆別）", first_row=3),
        sheet("集計", [["区分", "筆数", "面積(㎡)"], ["取得済", 14, 2410.5], ["交渉中", 9, 1320.0], ["未着手", 5, 640.2],
                       ["※地権者数 31名（相続未登記を含む）", None, None]]),
    ]), note="parcels, land categories and counts with no owner names: nobody is identifiable"))  # fmt: skip
    docs.append(
        D(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title=f"{road} 道路改良事業について",
                paragraphs=[
                    f"{city}では、{road}の歩道整備と交差点改良を令和5年度から令和9年度の5か年で実施しています。",
                    "事業区間は延長約820m、計画幅員は12.0m（両側歩道）です。",
                    "用地取得の状況（令和6年8月末）：対象筆数61筆のうち38筆の契約を完了しました（取得率62%）。",
                    "地権者の皆さまには個別にご説明に伺っています。補償金の支払いの際は、税務署へ提出する支払調書の作成のため"
                    "マイナンバー（個人番号）の提供をお願いしています。",
                    "なお、固定資産税の滞納等により差押えの登記がある土地は、解除の手続き後の契約となります。",
                    f"問合せ先：{city}建設部用地課 用地係 電話 {w.area}-{'22' if len(w.area) == 4 else '222'}-1111（内線3412）",
                ],
            ),
            note="the published project page talks about My Numbers and arrears in general; it holds nobody's",
        )
    )
    docs.append(
        D(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="公共事業に伴う損失補償のあらまし",
                paragraphs=[
                    "1 土地の補償 … 正常な取引価格により算定します。",
                    "2 建物の補償 … 移転に要する費用を補償します。通院や入院のため移転時期の配慮が必要な方はご相談ください。",
                    "3 税金の特例 … 譲渡所得から5,000万円の特別控除が受けられる場合があります。",
                    "4 支払調書 … 補償金が100万円を超える場合、個人番号（マイナンバー）を記載した支払調書を税務署に提出します。",
                    "5 相続登記 … 登記名義人が亡くなっている場合は、相続人全員の承諾書と戸籍謄本が必要です。",
                ],
                footer=f"{city}用地課",
            ),
        )
    )
    ex_rows = [["所有者氏名", "用地 太郎（記入例）"], ["住所", f"{city}○○町1丁目2番3号"], ["電話番号", "0000-00-0000"],
               ["生年月日", "昭和○年○月○日"], ["個人番号", "□□□□ □□□□ □□□□"]]  # fmt: skip
    docs.append(
        D(
            F,
            "odt",
            1,
            [],
            DocSpec(title="土地調書 記入例", paragraphs=["太枠内を記入してください。"], tables=[ex_rows]),
            note="an invented 記入例 name with placeholder address and number: not a person",
        )
    )
    corp, corp_no = r.choice(COMPANIES), w.corporate()
    docs.append(
        D(
            F,
            "docx",
            1,
            ["corporate_number"],
            DocSpec(
                title="所有権移転登記嘱託について（伺い）",
                paragraphs=[
                    f"{road}事業用地として取得した下記土地について、所有権移転登記を嘱託する。",
                    f"登記義務者：{corp}（法人番号 {corp_no}）　本店：{w.address()}　代表取締役 {r.choice(SURNAMES)} {r.choice(MALE)}",
                    f"土地：{r.choice(w.towns)}{r.randint(100, 999)}番{r.randint(1, 9)}　雑種地　{r.randint(80, 400)}㎡",
                    "添付：登記承諾書、印鑑証明書、資格証明書",
                ],
            ),
            note="the owner is a company; its representative is named in his official role at the company's address",
        )
    )
    years = [
        [f"令和{y}年度", r.randint(20, 60), r.randint(3000, 12000), r.randint(150, 900) * 1000]
        for y in range(1, 6)
    ]
    docs.append(
        D(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("実績", [["年度", "取得筆数", "取得面積㎡", "補償額千円"], *years])]),
        )
    )
    docs.append(
        D(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="用地交渉の進め方（新任職員研修）",
                paragraphs=[
                    "事例：地権者Aさん（80代）は入院中で、長男Bさんが窓口",
                    "ポイント：病状には立ち入らず、面談日程は家族と調整",
                    "滞納がある場合は収納課と協議し差押解除を先行",
                    "マイナンバーは支払調書専用の様式で受け取り、写しは施錠保管",
                ],
                notes=["Aさん・Bさんは架空の事例です。"],
            ),
            note="a training case about an invented 'Aさん': nobody is identifiable",
        )
    )
    # --- level 2 ---
    owners = w.people(12)
    rows: list[list[Cell]] = [["No", "地番", "所有者", "住所", "電話", "備考"]]
    for i, p in enumerate(owners, 1):
        rows.append([i, f"{r.choice(w.towns)}{r.randint(1, 999)}番", p.name, p.address, p.phone if i % 3 else p.mobile,
                     r.choice(["", "共有", "相続未登記", "県外在住"])])  # fmt: skip
    docs.append(
        D(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("地権者", rows, title=f"{road} 地権者一覧（用地課内部）", first_row=4),
                    sheet(
                        "凡例",
                        [
                            ["区分", "意味"],
                            ["共有", "共有者全員の承諾が必要"],
                            ["相続未登記", "相続人調査中"],
                        ],
                    ),
                ]
            ),
            note="landowners with addresses and phones under a merged title",
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="用地交渉記録",
                paragraphs=[
                    f"日時：令和6年7月{r.randint(1, 28)}日 14:00〜15:10　場所：地権者宅",
                    f"相手方：{p.sur}{p.given} 氏（{p.address}）　連絡先 {p.mobile}",
                    f"市側：用地課 {r.choice(SURNAMES)}、{r.choice(SURNAMES)}",
                    "内容：単価について再説明。隣接地との価格差に不満あり。倉庫の移転先が決まれば前向きとのこと。",
                    "次回：8月上旬。事前に電話してから訪問すること（日中は畑にいることが多い）。",
                ],
            ),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    f"〒{r.randint(740, 749)}-{r.randint(1, 99):04d}",
                    p.address,
                    f"{p.name} 様",
                    "",
                    f"{city}長　公印省略",
                    "",
                    "補償金額の算定結果について（お知らせ）",
                    f"日頃より市政にご協力いただきありがとうございます。{road}の事業用地に係る補償金の算定が終わりましたので、"
                    "別紙のとおりお知らせします。ご不明な点は用地課までお問い合わせください。",
                ]
            ),
        )
    )
    heirs = w.people(5, (1950, 1985))
    lines = [
        f"{road} {r.choice(w.towns)}{r.randint(1, 600)}番 登記名義人 {heirs[0].sur}{r.choice(MALE)}（故人）の相続人調査メモ",
        "",
    ]
    for h, rel in zip(heirs, ["妻", "長男", "長女", "二男", "孫（代襲）"], strict=True):
        lines.append(f"・{h.name}（{rel}）{h.address}")
    lines += ["", "長女は県外在住のため郵送で承諾書を依頼予定。"]
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(paragraphs=lines),
            note="heirs' names with their addresses; 続柄 does not raise the level",
        )
    )
    ppl = w.people(9)
    rows = [["氏名", "住所", "承諾書受領日", "印鑑証明"]] + [
        [p.name, p.address, f"R6.{r.randint(4, 8)}.{r.randint(1, 28)}", r.choice(["済", "未"])] for p in ppl
    ]
    docs.append(D(F, "csv-cp932", 2, ["name", "address"], DocSpec(sheets=[sheet("承諾", rows)])))
    ppl = w.people(7)
    rows = [["立会日", "地番", "所有者", "連絡先"]] + [
        [dt.date(2024, 10, r.randint(1, 31)), f"{r.randint(1, 900)}番{r.randint(1, 5)}", p.name, p.mobile]
        for p in ppl
    ]
    docs.append(D(F, "ods", 2, ["name", "phone"], DocSpec(sheets=[sheet("立会予定", rows)])))
    p = w.person((1980, 1995))
    docs.append(D(F, "xls", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("届出", [
        ["項目", "内容"], ["届出者", p.name], ["生年月日", wareki(p.birth)], ["住所", p.address], ["届出内容", "住所変更（補償金振込先の通知先変更）"],
    ])])))  # fmt: skip
    # --- level 3 ---
    ppl = w.people(6)
    pay = [["氏名", "住所", "区分", "補償金額", "支払確定日"]] + [
        [p.name, p.address, "土地", r.randint(120, 900) * 10000, dt.date(2024, 6, r.randint(1, 28))]
        for p in ppl
    ]
    nums = [["氏名", "個人番号", "確認書類"]] + [
        [p.name, w.my_number(), r.choice(["通知カード+免許証", "マイナンバーカード"])] for p in ppl
    ]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                sheets=[
                    sheet("支払調書", pay, title="不動産等の譲受けの対価の支払調書 作成用", first_row=3),
                    sheet("番号", nums, state="hidden"),
                ]
            ),
            note="the owners' My Numbers sit on a hidden sheet",
        )
    )
    p = w.person((1930, 1945))
    son = w.person((1955, 1970))
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="用地交渉経過記録（第5回）",
                paragraphs=[
                    f"地権者：{p.name}（{p.address}）",
                    f"面談者：長男 {son.name}（連絡先 {son.mobile}）",
                    f"地権者本人は本年3月から{r.choice(['市民病院', '県立中央病院'])}に入院中で、アルツハイマー型認知症と診断されており意思確認が困難とのこと。",
                    "長男が成年後見の申立てを準備中。後見人選任まで契約手続は保留する。",
                    "長男より「父の病状については親族以外に話さないでほしい」との申出あり。",
                ],
            ),
            note="a named landowner's diagnosis and hospital stay: health of an identifiable person",
        )
    )
    bulk = w.people(132)
    rows_s = [
        [str(i), f"{r.choice(w.towns)}{r.randint(1, 999)}番", p.name, p.address, p.phone]
        for i, p in enumerate(bulk, 1)
    ]
    cols = [("No", 40), ("地番", 70), ("所有者氏名", 170), ("住所", 290), ("電話", 620)]
    docs.append(
        D(
            F,
            "pdf",
            3,
            ["name", "address", "phone"],
            DocSpec(title="地権者名簿"),
            post=canvas_pdf(f"{road} 地権者名簿", cols, rows_s, 40, "取扱注意 用地課", f"{city}建設部用地課"),
            note="132 landowners with addresses and phones over four canvas pages: more than 100 persons",
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="差押登記のある事業用地について（協議）",
                paragraphs=[
                    f"用地課から収納課への協議。{road}事業用地 {r.choice(w.towns)}{r.randint(1, 900)}番 の所有者 {p.name}（{p.address}）について、",
                    f"固定資産税及び市県民税の滞納（平成30年度から令和5年度、計{r.randint(80, 300)}万円余）により当該土地に差押登記がなされている。",
                    "補償金からの充当により滞納を解消し、差押解除のうえ契約したい。督促状は毎年送付済みとのこと。",
                ],
            ),
            note="a named owner's tax arrears",
        )
    )
    ppl = w.people(5)
    rows = [["受取人", "住所", "振込先", "個人番号"]] + [
        [p.name, p.address, f"{r.choice(BANKS)} 普通 {r.randint(1000000, 9999999)}", spaced(w.my_number())]
        for p in ppl
    ]
    docs.append(
        D(
            F,
            "csv-cp932",
            3,
            ["name", "address", "my_number"],
            DocSpec(sheets=[sheet("振込", rows)]),
            note="My Numbers written 4-4-4 with spaces",
        )
    )
    p, mn = w.person(), w.my_number()
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                title="個人番号提供書（写）",
                paragraphs=[
                    f"提供者：{p.name}",
                    f"住所：{p.address}",
                    "利用目的：不動産等の譲受けの対価の支払調書作成事務",
                    "本人確認：運転免許証",
                ],
            ),
            post=docx_post(header=f"番号 {mn}　{p.sur}"),
            note="the My Number is in the Word page header only",
        )
    )
    p = w.person((1935, 1950))
    chat = [f"[2024/07/{r.randint(10, 28)} 09:{r.randint(10, 59)}] {r.choice(SURNAMES)}: {p.sur}さんの件、今週は無理そうです",
            f"[2024/07/{r.randint(10, 28)} 09:{r.randint(10, 59)}] {r.choice(SURNAMES)}: 了解。{p.name}さん（{p.address}）は人工透析で週3回通院、"
            "火木土は不在とのこと",
            "[2024/07/29 10:02] 用地係長: 訪問は月水金の午後にしてください"]  # fmt: skip
    docs.append(
        D(
            F,
            "txt",
            3,
            ["name", "address", "health"],
            DocSpec(paragraphs=chat),
            note="a chat export: a named owner's dialysis",
        )
    )
    ppl = w.people(9)
    rows = [["地番", "所有者", "住所", "税目", "滞納額", "差押"]] + [
        [
            f"{r.randint(1, 900)}番",
            p.name,
            p.address,
            "固定資産税",
            r.randint(2, 60) * 10000 if i in (1, 4, 7) else 0,
            "有" if i == 4 else "",
        ]
        for i, p in enumerate(ppl)
    ]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                sheets=[
                    sheet("照会結果", rows, title="事業用地所有者 納税状況照会（収納課回答）", first_row=3),
                    sheet("照会文", [["文書番号", "用地第215号"], ["回答日", dt.date(2024, 7, 2)]]),
                ]
            ),
            note="owners' tax arrears in a column of a several-sheet workbook",
        )
    )
    return docs


# =================================================================================================
# 建設課・道路課
# =================================================================================================
def koji(w: World) -> list[D]:
    r, city = w.rng, w.city
    road = r.choice(ROADS)
    docs: list[D] = []
    F = "koji"
    co = r.choice(COMPANIES)
    docs.append(
        D(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="工事のお知らせ",
                paragraphs=[
                    "近隣の皆さまへ",
                    f"{road}舗装補修工事を令和6年10月1日から12月20日まで行います。騒音・振動でご迷惑をおかけします。",
                    f"施工業者：{co}　現場代理人 {r.choice(SURNAMES)} {r.choice(MALE)}　電話 {w.landline()}",
                    f"発注者：{city}建設部道路課　電話 {w.landline()}",
                ],
            ),
            note="the site agent is named in his professional role with the company's phone",
        )
    )
    occ = [["占用者", "占用物件", "場所", "期間"]] + [[c, r.choice(["電柱", "ガス管", "水道管", "看板"]), f"{r.choice(w.towns)}地内",
            "R6.4.1〜R11.3.31"] for c in ["中国電力ネットワーク株式会社", "東日本電信電話株式会社", *r.sample(COMPANIES, 5)]]  # fmt: skip
    docs.append(
        D(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("許可一覧", occ, title="道路占用許可一覧（令和6年度上半期・公表用）", first_row=3)
                ]
            ),
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title=f"{road}の整備について",
                paragraphs=[
                    "事業の目的：通学路の安全確保",
                    "延長：L=650m　幅員：W=11.0m",
                    "事業期間：令和4年度〜令和8年度",
                    "進捗：用地取得率78%、工事進捗率35%",
                    "地元説明会：令和6年5月18日 参加者42名",
                    f"担当：{city}道路課 整備係",
                ],
            ),
        )
    )
    docs.append(D(F, "pdf", 1, [], DocSpec(title="令和5年度 道路に関する苦情・要望の集計", tables=[[
        ["区分", "件数", "前年比"], ["穴ぼこ・段差", "214", "+12"], ["草刈り", "188", "-5"], ["騒音・振動（工事）", "37", "+4"],
        ["街路灯", "96", "+1"], ["その他", "55", "-9"]]], paragraphs=["個人が特定される情報は掲載していません。"])))  # fmt: skip
    docs.append(D(F, "docx", 1, [], DocSpec(title="境界立会確認書（様式第3号）", paragraphs=["下記土地の境界について立会いのうえ確認しました。"],
        tables=[[["土地の所在", ""], ["立会日", "令和　年　月　日"], ["土地所有者 住所", ""], ["土地所有者 氏名", "　　　　　　　　印"],
                 ["隣接地所有者 住所", ""], ["隣接地所有者 氏名", "　　　　　　　　印"]]]), post=docx_post(header="様式第3号（第6条関係）")))  # fmt: skip
    sched = [["工事名", "受注者", "現場代理人", "連絡先", "工期"]] + [[f"{ro}{k}工事", c, f"{r.choice(SURNAMES)} {r.choice(MALE)}",
             w.landline(), "R6.10〜R7.2"] for ro, c, k in zip(ROADS, r.sample(COMPANIES, 6), ["舗装", "側溝", "橋梁補修", "舗装", "区画線", "防護柵"], strict=True)]  # fmt: skip
    docs.append(
        D(
            F,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("工程", sched)]),
            note="site agents of contractors with the companies' phones: official role",
        )
    )
    docs.append(
        D(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="通行止めのお知らせ",
                paragraphs=[
                    f"{road}（{r.choice(w.towns)}地内）",
                    "令和6年11月5日（火）〜11月8日（金）9:00〜17:00",
                    "迂回路：別図のとおり",
                    "問合せ：道路課 維持係",
                ],
            ),
        )
    )
    # --- level 2 ---
    ppl = w.people(14)
    rows = [["訪問日", "氏名", "住所", "電話", "意見・要望"]]
    for p in ppl:
        rows.append(
            [
                dt.date(2024, 9, r.randint(1, 14)),
                p.name,
                p.address,
                p.phone,
                r.choice(["特になし", "車の出入りに配慮を", "作業時間を守って", "不在（チラシ投函）"]),
            ]
        )
    docs.append(
        D(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "近隣説明",
                        [["", "相手方", "", "", "聞き取り"], *rows],
                        title=f"{road} 近隣説明記録",
                        first_row=3,
                    )
                ]
            ),
            post=merge_xlsx(["B3:D3"]),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="苦情・要望受付票",
                tables=[
                    [
                        ["受付日時", "2024年8月21日 10:35", "受付者", "道路課 " + r.choice(SURNAMES)],
                        ["申出者", p.name, "電話", p.phone],
                        ["住所", p.address, "", ""],
                        ["内容", "早朝7時前から重機の音がする。工事時間を守らせてほしい。", "", ""],
                    ]
                ],
            ),
            post=docx_post(merge_rows=(2, 3)),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "許可台帳",
                        [
                            ["許可番号", "占用者", "住所", "電話", "物件", "期間"],
                            [
                                f"道占第{r.randint(100, 999)}号",
                                "株式会社" + r.choice(["ミナト", "オオバ"]) + "不動産",
                                w.address(),
                                w.landline(),
                                "看板",
                                "R6.5.1〜R9.3.31",
                            ],
                            [
                                f"道占第{r.randint(100, 999)}号",
                                p.name,
                                p.address,
                                p.mobile,
                                "足場（住宅改修）",
                                "R6.9.1〜R6.10.31",
                            ],
                        ],
                    )
                ]
            ),
            note="one permit holder is a private person with his home address",
        )
    )
    pa, pb = w.person(), w.person()
    docs.append(
        D(
            F,
            "docx",
            2,
            ["name", "address"],
            DocSpec(
                title="境界立会記録",
                paragraphs=[
                    f"立会日：令和6年6月{r.randint(1, 28)}日　場所：{road} {r.choice(w.towns)}地内",
                    f"申請者：{pa.name}（{pa.address}）",
                    f"隣接地所有者：{pb.name}（{pb.address}）",
                    f"官側：道路課 {r.choice(SURNAMES)}　測量：{r.choice(SHOPS[1:2])}",
                    "結果：既設境界杭を確認、双方異議なし。",
                ],
            ),
        )
    )
    ppl = w.people(11)
    rows = [["受付日", "氏名", "電話", "場所", "内容", "対応"]] + [[f"{r.randint(4, 8)}/{r.randint(1, 28)}", p.name, p.mobile if r.random() < .5 else p.phone,
             f"{r.choice(w.towns)}地内", r.choice(["側溝のふた破損", "草が伸びている", "街灯が切れた", "穴がある"]), "済"] for p in ppl]  # fmt: skip
    docs.append(D(F, "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[sheet("受付", rows)])))
    p = w.person()
    docs.append(
        D(
            F,
            "odt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    p.address,
                    f"{p.sur}　{p.given}　様",
                    "",
                    "家屋事前調査のお願い",
                    f"{road}の工事に先立ち、振動による影響を確認するため、お宅の外壁・基礎の状況を調査させていただきます。",
                    f"調査員：{r.choice(COMPANIES)}（{city}道路課から委託）",
                ]
            ),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    [
                        (
                            "From",
                            f"{p.sur.lower() if p.sur.isascii() else 'user'}{r.randint(10, 99)}@example.ne.jp",
                        ),
                        ("To", "doro@city.example.lg.jp"),
                        ("Subject", "道路の穴について"),
                        ("Date", "Mon, 19 Aug 2024 07:41:09 +0900"),
                    ],
                    [
                        "道路課ご担当者様",
                        f"自宅前（{p.address}）の市道に深い穴があり、自転車が危ないです。",
                        "確認をお願いします。",
                        "",
                        f"{p.name}",
                        f"携帯 {p.mobile}",
                    ],
                )
            ),
            note="a resident's own mail with her home address and mobile",
        )
    )
    # --- level 3 ---
    p = w.person((1940, 1955))
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="苦情対応記録",
                paragraphs=[
                    f"申出者：{p.name}（{p.address}、電話 {p.phone}）",
                    "申出内容：工事の振動で眠れず、持病の狭心症が悪化した。毎週循環器内科に通院しており医師からも安静を指示されている。",
                    "対応：受注者に低振動型機械への変更を指示。申出者へ診断書の提出は求めない旨説明。",
                ],
            ),
            note="a named resident's heart disease and hospital visits",
        )
    )
    bulk = w.people(118)
    rows_s = [[f"{i:03d}", p.name, p.address, r.choice(["木造2階", "木造平屋", "RC3階", "S造2階"]), r.choice(["外壁クラック", "異常なし", "基礎ひび"])]
              for i, p in enumerate(bulk, 1)]  # fmt: skip
    cols = [("番号", 40), ("所有者", 80), ("所在地", 200), ("構造", 520), ("事前調査所見", 600)]
    docs.append(
        D(
            F,
            "pdf",
            3,
            ["name", "address"],
            DocSpec(title="家屋事前調査"),
            post=canvas_pdf(
                f"{road} 家屋事前調査 対象一覧", cols, rows_s, 38, "道路課 内部資料", f"{city}建設部道路課"
            ),
            note="118 house owners with addresses over four canvas pages: more than 100 persons",
        )
    )
    ppl = w.people(10)
    vis = [["氏名", "住所", "電話", "説明日"]] + [
        [p.name, p.address, p.phone, dt.date(2024, 5, r.randint(1, 31))] for p in ppl
    ]
    care = [["氏名", "配慮事項"]] + [
        [ppl[i].name, t]
        for i, t in enumerate(
            ["要介護3・車椅子", "在宅酸素療法中", "視覚障害（全盲）", "精神疾患で大きな音が苦手"]
        )
    ]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(sheets=[sheet("説明記録", vis), sheet("配慮事項", care, state="hidden")]),
            note="residents' disabilities and care needs on a hidden sheet",
        )
    )
    ppl = w.people(8)
    rows = [["占用者", "住所", "未納額", "督促日", "備考"]] + [
        [
            p.name,
            p.address,
            r.randint(3, 60) * 1000,
            "R6.6.10",
            r.choice(["分納中", "催告書送付", "連絡なし"]),
        ]
        for p in ppl
    ]
    rows += [["有限会社かなめ塗装", w.address(), 24000, "R6.6.10", "法人"]]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(sheets=[sheet("未納", rows, title="道路占用料 未納者一覧", first_row=3)]),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="道路管理瑕疵に係る損害賠償（示談）について",
                paragraphs=[
                    f"被害者：{p.name}　{wareki(p.birth)}生　住所 {p.address}　電話 {p.mobile}",
                    f"事故：令和6年4月{r.randint(1, 28)}日、{road}の陥没箇所で自転車が転倒。",
                    "傷病：右橈骨遠位端骨折（診断書のとおり）、通院42日。",
                    f"示談金：{r.randint(30, 90)}万円（治療費・慰謝料）",
                ],
            ),
            note="a named victim's injury and medical treatment",
        )
    )
    ppl = w.people(6)
    rows = [["氏名", "住所", "滞納額", "督促状発送日", "最終納付"]] + [
        [p.name, p.address, r.randint(5, 40) * 1000, "2024/05/20", r.choice(["なし", "2022/03/01"])]
        for p in ppl
    ]
    docs.append(D(F, "csv-cp932", 3, ["name", "address", "arrears"], DocSpec(sheets=[sheet("督促", rows)])))
    occ = [["法人番号", "占用者", "所在地", "物件"]] + [
        [w.corporate(), c, w.address(False), r.choice(["電柱", "ガス管", "広告塔"])]
        for c in r.sample(COMPANIES, 8)
    ]
    docs.append(
        D(
            F,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("占用", occ)]),
            note="companies only; 法人番号 never raises the level",
        )
    )
    ppl = w.people(4)
    docs.append(
        D(
            F,
            "pptx",
            2,
            ["name", "address"],
            DocSpec(
                title="地元説明会（質疑の記録）",
                paragraphs=["開催：令和6年5月18日 公民館", "参加者42名"],
                tables=[
                    [["質問者", "住所", "質問"]]
                    + [
                        [p.name, p.address, r.choice(["工期は？", "通学路の安全は？", "騒音対策は？"])]
                        for p in ppl
                    ]
                ],
            ),
            note="questioners named with their addresses on a slide table",
        )
    )
    return docs


# =================================================================================================
# 契約課
# =================================================================================================
def keiyaku(w: World) -> list[D]:
    r, city = w.rng, w.city
    docs: list[D] = []
    F = "keiyaku"
    comps = r.sample(COMPANIES, 12)
    reg = [["業者番号", "商号", "法人番号", "代表者", "所在地", "電話", "等級"]]
    for i, c in enumerate(comps):
        reg.append(
            [
                f"K{1000 + i}",
                c,
                w.corporate(),
                f"代表取締役 {r.choice(SURNAMES)} {r.choice(MALE)}",
                w.address(),
                w.landline(),
                r.choice("ABC"),
            ]
        )
    goods = [["業者番号", "商号", "代表者", "所在地"]] + [
        [f"B{2000 + i}", c, f"{r.choice(SURNAMES)} {r.choice(GIVEN)}", w.address(False)]
        for i, c in enumerate(r.sample(COMPANIES, 6))
    ]
    docs.append(
        D(
            F,
            "xlsx",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet("建設工事", reg, title="入札参加資格者名簿（令和6・7年度）", first_row=3),
                    sheet("物品役務", goods),
                ]
            ),
            note="companies with representatives at their business address; 法人番号 never raises the level",
        )
    )
    res = [[f"R6-{i:03d}", f"{r.choice(ROADS)}{r.choice(['舗装', '側溝', '改良'])}工事", r.choice(COMPANIES), f"{r.randint(500, 9000) * 1000:,}", f"{r.randint(88, 97)}.{r.randint(0, 9)}%"]
           for i in range(1, 96)]  # fmt: skip
    cols = [("番号", 40), ("件名", 100), ("落札者", 340), ("落札金額(円)", 560), ("落札率", 680)]
    docs.append(
        D(
            F,
            "pdf",
            1,
            [],
            DocSpec(title="入札結果"),
            post=canvas_pdf(
                "令和6年度 入札結果一覧（公表）", cols, res, 35, "公表資料", f"{city}総務部契約課"
            ),
        )
    )
    rows = [["開札日", "件名", "予定価格", "落札者", "落札金額"]] + [[f"2024/0{r.randint(4, 9)}/{r.randint(10, 28)}", f"{r.choice(['庁舎清掃', '公用車リース', '印刷', '測量'])}業務委託",
            r.randint(100, 900) * 10000, r.choice(COMPANIES), r.randint(80, 850) * 10000] for _ in range(15)]  # fmt: skip
    docs.append(D(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("結果", rows)])))
    docs.append(D(F, "xlsx", 1, [], DocSpec(title="競争入札参加資格審査申請書（個人事業者用）記入例", tables=[[
        ["屋号", "○○工務店"], ["氏名", "契約 一郎"], ["住所（自宅）", f"{city}△△町9丁目9番9号"], ["生年月日", "昭和50年1月1日"],
        ["電話番号", "0000-00-0000"], ["市税の滞納", "□あり　☑なし"]]]), note="invented 記入例 with placeholder address and phone"))  # fmt: skip
    c = r.choice(COMPANIES)
    docs.append(
        D(
            F,
            "docx",
            1,
            ["corporate_number"],
            DocSpec(
                title="指名停止措置について",
                paragraphs=[
                    f"商号：{c}（法人番号 {w.corporate()}）",
                    f"代表者：代表取締役 {r.choice(SURNAMES)} {r.choice(MALE)}",
                    f"所在地：{w.address()}",
                    "措置期間：令和6年9月1日から3か月",
                    "理由：安全管理措置の不適切により工事関係者が負傷したため",
                ],
            ),
            note="a company and its representative in his official role; the injured worker is not named",
        )
    )
    cons = [["契約日", "件名", "相手方", "金額"]] + [
        [
            dt.date(2024, r.randint(4, 8), r.randint(1, 28)),
            f"{r.choice(ROADS)}補修工事",
            r.choice(COMPANIES),
            r.randint(100, 3000) * 10000,
        ]
        for _ in range(12)
    ]
    docs.append(D(F, "ods", 1, [], DocSpec(sheets=[sheet("契約締結状況", cons)])))
    docs.append(
        D(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="電子入札説明会",
                paragraphs=[
                    "ICカードの登録",
                    "入札書の提出期限",
                    "低入札価格調査",
                    "個人事業者は住民票の写しを添付",
                ],
            ),
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title="入札受付番号の照合結果",
                paragraphs=[f"受付番号 {w.not_my_number()}  {r.choice(COMPANIES)}  受理" for _ in range(12)],
            ),
            note="12-digit 受付番号 all failing the check digit, next to companies",
        )
    )
    # --- level 2 ---
    ppl = w.people(10, (1960, 1992))
    rows = [["屋号", "氏名", "生年月日", "住所（自宅兼事業所）", "電話", "業種"]] + [[s, p.name, p.birth, p.address, p.mobile, r.choice(["左官", "測量", "造園", "内装", "電気", "畳"])]
                                                                        for s, p in zip(SHOPS, ppl, strict=True)]  # fmt: skip
    docs.append(
        D(
            F,
            "xlsx",
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(sheets=[sheet("個人事業者", rows, title="小規模修繕 登録者名簿（個人）", first_row=3)]),
            note="sole proprietors at their home address: private persons",
        )
    )
    p = w.person((1965, 1990))
    docs.append(D(F, "docx", 2, ["name", "address", "birth_date", "phone"], DocSpec(title="競争入札参加資格審査申請書（個人事業者）", tables=[[
        ["屋号", r.choice(SHOPS)], ["氏名", p.name], ["住所（自宅）", p.address], ["生年月日", wareki(p.birth)], ["電話", p.phone], ["市税の滞納", "なし"]]]),
        post=docx_post(header="受付 R6.2.14 契約課")))  # fmt: skip
    p = w.person()
    docs.append(
        D(
            F,
            "txt-cp932",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    "口座振替依頼書（控）",
                    f"債権者登録番号 {r.randint(100000, 999999)}",
                    f"氏名 {p.name}（屋号 {r.choice(SHOPS)}）",
                    f"住所 {p.address}",
                    f"振込先 {r.choice(BANKS)} 本店営業部 普通 {r.randint(1000000, 9999999)}",
                ]
            ),
        )
    )
    ppl = w.people(6, (1960, 1990))
    rows = [["申請者", "区分", "代表者生年月日", "所在地", "審査"]] + [
        [p.name + "（個人）", "個人", wareki(p.birth, "short"), p.address, "適"] for p in ppl
    ]
    rows += [[c, "法人", "", w.address(), "適"] for c in r.sample(COMPANIES, 4)]
    docs.append(D(F, "xls", 2, ["name", "address", "birth_date"], DocSpec(sheets=[sheet("審査", rows)])))
    p = w.person()
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "info@" + "example-koumuten.jp"),
                        ("To", "keiyaku@city.example.lg.jp"),
                        ("Subject", "住所変更のお届け"),
                        ("Date", "Thu, 5 Sep 2024 18:22:40 +0900"),
                    ],
                    [
                        "契約課 御中",
                        "自宅兼事務所を移転しましたのでお知らせします。",
                        f"新住所：{p.address}",
                        f"携帯：{p.mobile}",
                        "",
                        f"{r.choice(SHOPS)}　{p.name}",
                    ],
                )
            ),
        )
    )
    p = w.person((1970, 1990))
    docs.append(
        D(
            F,
            "odt",
            2,
            ["name", "birth_date", "address"],
            DocSpec(
                title="審査メモ",
                paragraphs=[
                    f"申請者 {p.name}（{p.birth.year}年{p.birth.month}月{p.birth.day}日生）は本年開業。",
                    f"住所 {p.address} は住民票と一致。",
                    "実績なしのためD等級。",
                ],
            ),
        )
    )
    # --- level 3 ---
    ppl = w.people(5, (1960, 1990))
    rows = [["屋号", "氏名", "住所", "法人番号／個人番号", "電話"]] + [
        [s, p.name, p.address, w.my_number(), p.phone] for s, p in zip(SHOPS, ppl, strict=False)
    ]
    rows += [[c, "", w.address(), w.corporate(), w.landline()] for c in r.sample(COMPANIES, 3)]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "my_number", "corporate_number"],
            DocSpec(sheets=[sheet("登録", rows)]),
            note="sole proprietors wrote their My Number in the 法人番号 column",
        )
    )
    ppl = w.people(4)
    rows = [["支払を受ける者", "住所", "個人番号", "区分", "支払金額"]] + [
        [p.name, p.address, w.my_number(), "設計報酬", r.randint(20, 300) * 10000] for p in ppl
    ]
    docs.append(D(F, "csv", 3, ["name", "address", "my_number"], DocSpec(sheets=[sheet("報酬", rows)])))
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="入札参加資格審査 保留理由",
                paragraphs=[
                    f"申請者：{r.choice(SHOPS)} {p.name}（{p.address}）",
                    f"納税証明書により市県民税及び国民健康保険税の滞納（計{r.randint(20, 90)}万円、督促状送付済）を確認したため、完納まで審査を保留する。",
                ],
            ),
        )
    )
    p, mn = w.person(), w.my_number()
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "my_number"],
            DocSpec(
                title="個人番号確認記録",
                paragraphs=[f"対象者：{p.name}（個人事業者）", "確認日：令和6年4月8日", "確認者：契約課"],
            ),
            post=docx_post(header=f"個人番号：{mn}"),
            note="the My Number is in the Word header",
        )
    )
    bulk = w.people(112, (1955, 1995))
    far = [["登録番号", "屋号", *[None] * 24, "氏名", "住所", "電話"]] + [
        [f"P{i:04d}", r.choice(SHOPS), *[None] * 24, p.name, p.address, p.mobile]
        for i, p in enumerate(bulk, 1)
    ]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "phone"],
            DocSpec(sheets=[sheet("個人登録", far)]),
            note="112 sole proprietors with addresses and mobiles far right (columns AA–AC): more than 100 persons",
        )
    )
    p = w.person((1960, 1985))
    docs.append(
        D(
            F,
            "pdf",
            3,
            ["name", "address", "health"],
            DocSpec(
                title="工事現場における事故報告",
                paragraphs=[
                    f"被災者：{p.name}（個人事業主・{r.choice(SHOPS)}）住所 {p.address}",
                    "状況：足場から転落し、腰椎圧迫骨折と診断。市内の整形外科に入院中。",
                    f"元請：{r.choice(COMPANIES)}",
                ],
            ),
        )
    )
    ppl = w.people(7, (1960, 1990))
    rows = [["屋号", "氏名", "住所", "金融機関", "口座番号"]] + [
        [sh, p.name, p.address, r.choice(BANKS), f"{r.randint(1000000, 9999999)}"]
        for sh, p in zip(SHOPS[3:], ppl, strict=True)
    ]
    docs.append(
        D(
            F,
            "csv",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("債権者", rows)]),
            note="sole proprietors' home addresses with bank accounts",
        )
    )
    return docs


# =================================================================================================
# 市民協働課
# =================================================================================================
def kyodo(w: World) -> list[D]:
    r, city = w.rng, w.city
    docs: list[D] = []
    F = "kyodo"
    npo = [["法人名", "代表者", "主たる事務所", "電話", "設立年月日", "活動分野"]] + [[n, f"理事長 {r.choice(SURNAMES)} {r.choice(GIVEN)}", w.address(), w.landline(),
           wareki(dt.date(r.randint(2000, 2020), r.randint(1, 12), r.randint(1, 28))), r.choice(["まちづくり", "環境", "子ども", "福祉"])] for n in NPOS]  # fmt: skip
    docs.append(
        D(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("NPO法人", npo, title=f"{city}内に事務所を置くNPO法人一覧", first_row=3)]),
            note="理事長 at the NPO's office; 設立年月日 is not a birth date",
        )
    )
    jc = [
        [f"{t}{k}自治会", f"{r.choice(SURNAMES)} {r.choice(GIVEN)}", f"{t}集会所"]
        for t in w.towns
        for k in ("東", "西")
    ]
    docs.append(
        D(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="自治会一覧（令和6年度）",
                tables=[[["自治会名", "会長", "集会所"], *jc]],
                paragraphs=["会長の連絡先は市民協働課までお問い合わせください。"],
            ),
            note="会長 named in their role with the meeting hall: no private data",
        )
    )
    docs.append(
        D(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="令和7年度 市民活動支援補助金 募集要項",
                paragraphs=[
                    "対象：市内で活動する5人以上の団体又は個人",
                    "要件：代表者に市税の滞納がないこと（納税状況の確認に同意いただきます）",
                    "提出書類：申請書、事業計画書、収支予算書、団体の規約及び名簿（氏名・住所・電話）",
                    "上限：20万円（補助率2/3）",
                ],
            ),
        )
    )
    grants = [["団体名", "事業名", "交付決定額"]] + [
        [
            n.replace("特定非営利活動法人", ""),
            r.choice(["清掃活動", "子ども食堂", "防災講座", "花いっぱい運動"]),
            r.randint(5, 20) * 10000,
        ]
        for n in NPOS
    ]
    docs.append(D(F, "csv-cp932", 1, [], DocSpec(sheets=[sheet("交付", grants)])))
    docs.append(
        D(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="ボランティア大募集！",
                paragraphs=[
                    "市民まつり 11月3日（日）",
                    "会場設営・受付・ごみ分別",
                    "申込：市民協働課 電話または申込フォーム",
                    "ボランティア保険は市が加入します",
                ],
            ),
        )
    )
    docs.append(
        D(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="補助金交付申請書（様式第1号）記入例",
                tables=[
                    [
                        ["団体名", "○○を元気にする会"],
                        ["代表者氏名", "協働 花子"],
                        ["代表者住所", f"{city}□□町0番地"],
                        ["電話", "000-000-0000"],
                    ]
                ],
            ),
            note="an invented 記入例",
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                title="令和5年度 協働事業 実施報告（概要）",
                paragraphs=[
                    "協働事業数：14事業（参加団体28）",
                    "延べ参加者：3,412人",
                    "ボランティア登録者：286人（うち10代 41人）",
                    "課題：担い手の高齢化、個人情報の取扱いルールの周知",
                ],
            ),
        )
    )
    # --- level 2 ---
    leaders = w.people(9)
    rows = [["自治会", "会長", "自宅住所", "自宅電話", "携帯"]] + [
        [f"{r.choice(w.towns)}{k}区", p.name, p.address, p.phone, p.mobile]
        for k, p in zip("一二三四五六七八九", leaders, strict=True)
    ]
    docs.append(
        D(
            F,
            "xlsx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet("会長名簿", rows, title="自治会長連絡先（庁内限り）", first_row=3),
                    sheet("備考", [["項目", "内容"], ["更新", "R6.4.1"], ["公開", "不可"]]),
                ]
            ),
            note="会長 listed at their own home address and mobile: private data, not the association's address",
        )
    )
    ppl = w.people(16, (1945, 2005))
    rows = [["No", "氏名", "ふりがな", "年代", "電話", "担当"]] + [[i, p.name, "", f"{(2024 - p.birth.year) // 10 * 10}代", p.mobile, r.choice(["受付", "設営", "ごみ分別", "駐車場"])]
                                                         for i, p in enumerate(ppl, 1)]  # fmt: skip
    docs.append(
        D(
            F,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(
                sheets=[
                    sheet("ボランティア", rows, title="市民まつり ボランティア名簿", first_row=3),
                    sheet("配置図", [["場所", "人数"], ["受付", 4], ["設営", 6]]),
                ]
            ),
        )
    )
    p = w.person()
    docs.append(D(F, "docx", 2, ["name", "address", "phone"], DocSpec(title="空き家活用補助金 交付申請書", tables=[[
        ["申請者氏名", p.name], ["住所", p.address], ["電話", p.phone], ["対象物件", f"{w.address()}（木造2階）"], ["申請額", "500,000円"]]]),
        post=docx_post(header="受付番号 R6-空-014")))  # fmt: skip
    ppl = w.people(12)
    rows = [["氏名", "住所", "電話", "参加日"]] + [[p.name, p.address, p.phone, "11/3"] for p in ppl]
    docs.append(D(F, "csv-cp932", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("清掃", rows)])))
    ppl = w.people(10, (1950, 2000))
    rows = [["氏名", "生年月日", "活動"]] + [[p.name, p.birth, "花壇づくり"] for p in ppl]
    docs.append(D(F, "ods", 2, ["name", "birth_date"], DocSpec(sheets=[sheet("保険加入者", rows)])))
    a, b = w.person(), w.person()
    chat = [f"[9/12 19:02] {a.sur}: 当日の連絡は私の携帯 {a.mobile} へお願いします", f"[9/12 19:05] {b.sur}: 了解です。{b.name}です、{b.mobile}",
            "[9/12 19:10] 市民協働課: グループの皆さん、集合は8:30です"]  # fmt: skip
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(paragraphs=chat),
            note="a chat export of volunteers giving their own mobiles",
        )
    )
    ppl = w.people(8)
    rows = [["申込日", "氏名", "住所", "電話", "講座"]] + [
        [dt.date(2024, 8, r.randint(1, 31)), p.name, p.address, p.phone, "NPO会計講座"] for p in ppl
    ]
    docs.append(D(F, "xls", 2, ["name", "address", "phone"], DocSpec(sheets=[sheet("申込", rows)])))
    # --- level 3 ---
    bulk = w.people(124, (1945, 2006))
    rows = [["登録番号", "氏名", "住所", "電話", "登録日"]] + [[f"V{i:04d}", p.name, p.address, p.mobile if i % 2 else p.phone, dt.date(2023, r.randint(1, 12), r.randint(1, 28))]
                                                     for i, p in enumerate(bulk, 1)]  # fmt: skip
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "phone"],
            DocSpec(
                sheets=[
                    sheet(
                        "登録者", rows, title="市民活動ボランティア登録台帳", first_row=4, header="取扱注意"
                    )
                ]
            ),
            note="124 volunteers with addresses and phones: more than 100 persons",
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                title="補助金交付申請に係る審査結果（内部）",
                paragraphs=[
                    f"申請団体：{r.choice(['あおば', 'ほたる', 'せせらぎ'])}の会　代表者 {p.name}（{p.address}）",
                    "納税状況確認の結果、代表者に軽自動車税及び市県民税の未納（督促中）があるため、要綱第4条により不交付とする。",
                ],
            ),
            note="the representative's unpaid taxes: arrears of an identifiable person",
        )
    )
    ppl = w.people(12)
    vol = [["氏名", "電話", "担当"]] + [[p.name, p.mobile, "誘導"] for p in ppl]
    care = [["氏名", "配慮事項"]] + [
        [ppl[i].name, t]
        for i, t in enumerate(
            ["てんかんの持病あり", "糖尿病・インスリン使用", "そばアレルギー", "聴覚障害（手話）"]
        )
    ]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "phone", "health"],
            DocSpec(sheets=[sheet("名簿", vol), sheet("配慮", care, state="hidden")]),
            note="volunteers' conditions on a hidden sheet",
        )
    )
    ppl = w.people(6)
    rows_s = [[p.name, p.address, " ".join(w.my_number()), f"{r.randint(5, 50) * 10000:,}"] for p in ppl]
    cols = [("氏名", 40), ("住所", 150), ("個人番号", 450), ("支払額", 680)]
    docs.append(
        D(
            F,
            "pdf",
            3,
            ["name", "address", "my_number"],
            DocSpec(title="報償費"),
            post=canvas_pdf(
                "講師謝礼 支払調書作成用一覧",
                cols,
                rows_s,
                4,
                "個人番号を含む 取扱厳重注意",
                f"{city}市民協働課",
            ),
            note="My Numbers drawn one digit apart on a two-page canvas",
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                title="ボランティア活動中の事故報告書",
                paragraphs=[
                    f"負傷者：{p.name}（{p.address}、{p.mobile}）",
                    "日時：令和6年11月3日 10:20 市民まつり会場設営中",
                    "状況：テント設営時に左手指を挟む。市民病院で左中指骨折と診断、2週間の通院予定。",
                    "ボランティア保険請求手続中",
                ],
            ),
        )
    )
    ppl = w.people(5)
    rows = [["被保険者", "住所", "傷病名", "通院日数", "診断書"]] + [
        [p.name, p.address, r.choice(["足関節捻挫", "熱中症", "腰痛症", "蜂刺症"]), r.randint(1, 14), "有"]
        for p in ppl
    ]
    docs.append(D(F, "csv-cp932", 3, ["name", "address", "health"], DocSpec(sheets=[sheet("請求", rows)])))
    ppl = w.people(10)
    rows = [["受付", "申請者", "住所", "電話", "納税確認"]] + [
        [f"R6-{i:02d}", p.name, p.address, p.phone, "滞納あり（督促中）" if i in (3, 7) else "完納"]
        for i, p in enumerate(ppl, 1)
    ]
    docs.append(
        D(
            F,
            "xlsx",
            3,
            ["name", "address", "phone", "arrears"],
            DocSpec(sheets=[sheet("申請者", rows, title="個人申請 補助金 審査表", first_row=3)]),
            note="two named applicants marked 滞納あり",
        )
    )
    rate = [["地区", "世帯数", "加入世帯", "加入率"]] + [
        [t, r.randint(800, 3000), r.randint(400, 2500), f"{r.randint(45, 90)}%"] for t in w.towns
    ]
    docs.append(
        D(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet("加入率", rate, title="自治会加入状況（令和6年4月1日）", first_row=3),
                    sheet("推移", [["年度", "加入率"], ["R4", "71%"], ["R5", "69%"], ["R6", "67%"]]),
                ]
            ),
        )
    )
    return docs


# =================================================================================================
# mail and chat exports
# =================================================================================================
def mails(w: World) -> list[D]:
    r, city = w.rng, w.city
    docs: list[D] = []
    F = "mail"
    staff = [f"{r.choice(SURNAMES)} {r.choice(GIVEN)}" for _ in range(4)]
    sig = ["--", f"{city}建設部用地課 {staff[0]}", f"内線 {r.randint(3000, 3999)}　直通 {w.landline()}"]
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "keiyaku@city.example.lg.jp"),
                        ("To", "all-staff"),
                        ("Subject", "【周知】10月の入札日程"),
                    ],
                    ["各位", "10月の開札は8日・22日です。", "入札参加資格の更新申請は11月末までです。", *sig],
                )
            ),
            note="staff signature with extension: official role",
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=[
                    f"[10/1 9:{r.randint(10, 59)}] {staff[1]}: 3階会議室、午後押さえました",
                    f"[10/1 9:{r.randint(10, 59)}] {staff[2]}: ありがとうございます",
                    "[10/1 9:40] 用地係: 地権者説明会の資料は共有フォルダにあります（個人情報なし版）",
                ]
            ),
        )
    )
    docs.append(
        D(
            F,
            "txt-cp932",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "doro@city.example.lg.jp"),
                        ("To", "kouhou@city.example.lg.jp"),
                        ("Subject", "HP掲載依頼（通行止め）"),
                    ],
                    [
                        f"{r.choice(ROADS)}の通行止めをHPに掲載してください。",
                        "期間：11/5〜11/8",
                        "迂回路図は添付のとおりです。",
                        *sig,
                    ],
                )
            ),
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "kyodo@city.example.lg.jp"),
                        ("To", "npo-list"),
                        ("Subject", "NPO法人一覧の更新"),
                    ],
                    [
                        f"{NPOS[0]}（理事長 {r.choice(SURNAMES)} {r.choice(GIVEN)}、事務所 {w.address()}、電話 {w.landline()}）の所在地変更を反映しました。"
                    ],
                )
            ),
            note="理事長 with the NPO's office address and phone: official role",
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    [("From", "system@city.example.lg.jp"), ("Subject", "受付番号照合")],
                    [
                        f"受付 {w.not_my_number()}  道路占用 株式会社{r.choice(['ミナト', 'タカラ'])}不動産"
                        for _ in range(10)
                    ],
                )
            ),
            note="12-digit 受付番号 all failing the check digit",
        )
    )
    docs.append(
        D(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=mail(
                    [("From", "yochi@city.example.lg.jp"), ("Subject", "支払調書の提出期限")],
                    [
                        "地権者から個人番号を受領した場合は、専用封筒に入れて係長へ。",
                        "滞納者との契約は収納課と事前協議のこと。",
                        "病気療養中の地権者への訪問は家族と日程調整を。",
                        *sig,
                    ],
                )
            ),
            note="a rule mail using the vocabulary, about nobody",
        )
    )
    docs.append(
        D(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="メール誤送信防止研修",
                paragraphs=[
                    "宛先はBCCで",
                    "個人番号・病名・滞納情報は添付しない",
                    "例：地権者Xさんの一覧を誤送信した事例（架空）",
                ],
            ),
        )
    )
    # --- level 2 ---
    p = w.person()
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "yochi@city.example.lg.jp"),
                        ("To", "doro@city.example.lg.jp"),
                        ("Subject", "FW: 立会日程"),
                    ],
                    [
                        "道路課さま",
                        "地権者から返信がありました。",
                        "",
                        "> ---- Original Message ----",
                        f"> {p.name}です。立会いは10月12日でお願いします。",
                        f"> 住所は{p.address}、",
                        f"> 連絡は{p.mobile}まで。",
                        *sig,
                    ],
                )
            ),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=[
                    f"[8/21 10:40] 道路課 {staff[1]}: さっきの苦情の方、{p.name}さん、{p.address}です",
                    f"[8/21 10:41] {staff[2]}: 現場確認行きます",
                ]
            ),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "txt-cp932",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "volunteer-user@example.jp"),
                        ("To", "kyodo@city.example.lg.jp"),
                        ("Subject", "ボランティア申込"),
                    ],
                    [
                        "市民まつりのボランティアに申し込みます。",
                        f"氏名：{p.name}",
                        f"住所：{p.address}",
                        f"電話：{p.phone}",
                    ],
                )
            ),
        )
    )
    ppl = w.people(5)
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    [("From", "kyodo@city.example.lg.jp"), ("Subject", "講座申込者（5名）")],
                    [
                        "本日分の申込者です。",
                        "氏名,住所,電話",
                        *[f"{p.name},{p.address},{p.phone}" for p in ppl],
                    ],
                )
            ),
        )
    )
    p = w.person((1960, 1990))
    docs.append(
        D(
            F,
            "txt",
            2,
            ["name", "birth_date", "address"],
            DocSpec(
                paragraphs=mail(
                    [("From", "keiyaku@city.example.lg.jp"), ("Subject", "個人事業者の本人確認")],
                    [
                        f"{p.name}さん（{wareki(p.birth, 'short')}生）、住民票の住所 {p.address} と申請書が一致しました。",
                        *sig,
                    ],
                )
            ),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            2,
            ["name", "phone"],
            DocSpec(
                title="Outlook 印刷",
                paragraphs=[
                    "差出人: 用地課",
                    "件名: RE: 境界立会",
                    "",
                    f"{p.name}様の携帯（{p.mobile}）に明日確認の電話を入れます。",
                ],
            ),
        )
    )
    # --- level 3 ---
    p = w.person()
    docs.append(
        D(
            F,
            "txt",
            3,
            ["name", "address", "my_number"],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "yochi@city.example.lg.jp"),
                        ("To", "yochi-kakari@city.example.lg.jp"),
                        ("Subject", "支払調書用"),
                    ],
                    [
                        f"地権者 {p.name}（{p.address}）の個人番号は {w.my_number()} です。",
                        "入力後このメールは削除してください。",
                        *sig,
                    ],
                )
            ),
        )
    )
    p = w.person((1935, 1950))
    docs.append(
        D(
            F,
            "txt",
            3,
            ["name", "health"],
            DocSpec(
                paragraphs=[
                    f"[7/3 16:20] {staff[0]}: {p.name}さん、肺がんで入院したと奥さんから",
                    f"[7/3 16:22] {staff[3]}: 契約は退院後ですね",
                    f"[7/3 16:25] {staff[0]}: 自宅 {p.address} への訪問は当面控えます",
                ]
            ),
            note="a named owner's cancer: health of an identifiable person",
        )
    )
    docs.append(
        D(
            F,
            "txt",
            3,
            ["name", "address", "arrears"],
            DocSpec(
                paragraphs=mail(
                    [
                        ("From", "shuno@city.example.lg.jp"),
                        ("To", "kyodo@city.example.lg.jp"),
                        ("Subject", "納税状況照会の回答"),
                    ],
                    [
                        f"照会のあった補助金申請者 {(q := w.person()).name}（{q.address}）は、市県民税に滞納があります（督促状発送済、分納誓約なし）。"
                    ],
                )
            ),
        )
    )
    bulk = w.people(104)
    docs.append(
        D(
            F,
            "txt",
            3,
            ["name", "address", "phone"],
            DocSpec(
                paragraphs=mail(
                    [("From", "kyodo@city.example.lg.jp"), ("Subject", "ボランティア登録者リスト（全件）")],
                    ["名簿を貼り付けます。", *[f"{p.name}\t{p.address}\t{p.phone}" for p in bulk]],
                )
            ),
            note="104 volunteers pasted into a mail: more than 100 persons",
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "txt-cp932",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(
                paragraphs=mail(
                    [("From", "doro@city.example.lg.jp"), ("Subject", "苦情対応（継続）")],
                    [
                        f"申出者 {p.name}（{p.address}、{p.phone}）は統合失調症で通院中とご家族から聞いています。",
                        "対応は複数名で行うこと。",
                        *sig,
                    ],
                )
            ),
        )
    )
    p = w.person()
    docs.append(
        D(
            F,
            "docx",
            3,
            ["name", "phone", "health"],
            DocSpec(
                title="Outlook 印刷",
                paragraphs=[
                    "差出人: 道路課",
                    "件名: RE: 境界立会の欠席",
                    "",
                    f"{p.name}様（{p.phone}）は脳梗塞の後遺症で歩行が難しく、立会いは奥様が代理とのことです。",
                ],
            ),
            note="a named owner's stroke: health",
        )
    )
    return docs


# --- the set ------------------------------------------------------------------------------------------
def build(rng: random.Random) -> list[D]:
    w = World(rng)
    return [*yochi(w), *koji(w), *keiyaku(w), *kyodo(w), *mails(w)]


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam22")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set22", __doc__ or "", generate, SEED)


__all__ = [
    "FAMILIES",
    "FEMALE",
    "MALE",
    "SURNAMES",
    "build",
    "generate",
    "is_valid_my_number",
    "main",
    "wareki",
]

if __name__ == "__main__":
    sys.exit(main())
