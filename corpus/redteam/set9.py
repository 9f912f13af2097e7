"""Ninth red-team set (blind): a ward office's counters and the lists behind them.

``python -m corpus.redteam.set9 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other corpus generators' documents, to be
scored on first contact. One ward (区) of a designated city is drawn per build; each family is a desk of its
office with the documents the desk keeps and the public or harmless look-alikes it publishes: the 戸籍・住民票
counter (受付簿, 郵送請求 letters, 本人確認 notes with a My Number, returned-mail lists versus opening hours,
fee tables and a blank 請求書), benefits (児童手当・子ども医療費・国民年金 lists, 現況届 reminders and 未提出者
lists versus statistics by age band), disability and people needing help in an evacuation (要支援者名簿,
移動支援 logs, 手帳交付台帳 versus 福祉避難所 lists and the 障害者計画), elections (入場券 returns, 宣誓書,
立会人 with home addresses versus 投票所一覧 and candidate lists), municipal housing and water (入居者名簿,
家賃・水道料金 arrears, 給水停止予告, a 漏水 call log versus 募集案内 and rate tables), staff chats and mail
threads where a reply gives a resident's address, birth date, illness or arrears (versus outage chats), and
form layouts (reportlab canvas rosters over several pages with the header on each, digits drawn with
spaces, merged cells, hidden sheets, data far right, cp932).

Each document's true level is what a municipal information-security officer assigns under the default
policy text: 3 for a My Number, health or arrears data about a named person, or records of more than 100
persons; 2 for a private person's name with their address, birth date or phone; 1 for the rest, including
facilities, companies and people named in an official role. ``types`` lists what a perfect reader reports
about private persons (plus ``corporate_number`` where one is printed). Doubtful files carry a ``note``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import corporate_number_check_digit as corporate_check_digit
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.factory.numbers import my_number_check_digit  # the one check-digit code of the corpus
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 9909
TODAY = dt.date(2024, 6, 10)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, ward, area code, towns with 丁目)
WARDS: list[tuple[str, str, str, str, list[str]]] = [
    ("神奈川県", "川崎市", "高津区", "044", ["溝口", "久本", "末長", "新作", "梶ケ谷", "下作延"]),
    ("宮城県", "仙台市", "若林区", "022", ["連坊", "荒町", "舟丁", "南小泉", "沖野", "大和町"]),
    ("愛知県", "名古屋市", "中川区", "052", ["八田町", "高畑", "篠原橋通", "荒子", "尾頭橋", "昭和橋通"]),
    ("福岡県", "北九州市", "小倉北区", "093", ["魚町", "京町", "大手町", "片野", "黒原", "中井"]),
    ("埼玉県", "さいたま市", "浦和区", "048", ["高砂", "常盤", "岸町", "仲町", "北浦和", "瀬ヶ崎"]),
    ("千葉県", "千葉市", "花見川区", "043", ["花園", "朝日ケ丘", "作新台", "瑞穂", "柏井", "み春野"]),
    ("熊本県", "熊本市", "東区", "096", ["健軍", "長嶺南", "月出", "新外", "尾ノ上", "花立"]),
    ("岡山県", "岡山市", "中区", "086", ["国富", "東山", "原尾島", "平井", "浜", "高屋"]),
    ("広島県", "広島市", "安佐南区", "082", ["祇園", "古市", "緑井", "八木", "長束", "相田"]),
    ("大阪府", "堺市", "北区", "072", ["中百舌鳥町", "百舌鳥梅町", "新金岡町", "長曽根町", "蔵前町", "東雲東町"]),
]  # fmt: skip
SURNAMES = [
    "石川", "松本", "井上", "木村", "林", "清水", "山崎", "森", "池田", "橋本", "阿久津", "山口", "松田", "中島",
    "石井", "村上", "太田", "藤田", "岡本", "遠藤", "青木", "福田", "西村", "三浦", "藤井", "河野", "武田", "上野",
    "杉山", "千葉", "村田", "増田", "平野", "大塚", "小島", "桑原", "野口", "松尾", "菅原", "市川", "秋山", "北村",
    "安藤", "中野", "原田", "浅野", "大野", "望月", "内田", "横山", "荒木", "土屋", "久保田", "水野", "西田",
    "川口", "服部", "片山", "高野", "小野寺",
]  # fmt: skip
MALE = [
    "大輔", "拓也", "直樹", "浩二", "和夫", "隆", "修", "誠", "博之", "亮", "陽翔", "湊", "蓮", "颯太", "悠真",
    "智也", "哲也", "光男", "茂", "秀樹", "康介", "陸", "航", "陽向", "大地", "英雄", "義雄", "豊", "勝", "涼介",
]  # fmt: skip
FEMALE = [
    "陽子", "幸子", "由美", "真由美", "裕子", "明美", "直美", "愛", "彩", "美咲", "結衣", "葵", "凛", "陽菜",
    "紬", "澄子", "静子", "和子", "節子", "久美子", "麻衣", "奈々", "沙織", "智子", "恵美", "芽依", "杏奈",
    "千尋", "小春", "菜摘",
]  # fmt: skip
BUILDINGS = ["コーポ若葉", "ハイツ東雲", "メゾン桜坂", "グランドール", "サニーコート", "パークサイド北"]
STAFF = ["岸本", "宮田", "長谷川", "今井", "富田", "森下", "大西", "関", "三宅", "坂口"]
COMPANIES = [
    "株式会社みなと設備", "有限会社丸福水道", "株式会社共栄管工", "株式会社さくら住設", "合同会社ライフライン東",
    "株式会社北斗メンテナンス", "社会福祉法人あゆみ会", "特定非営利活動法人ともに", "株式会社ケアサポート結",
    "社会福祉法人ひだまり福祉会",
]  # fmt: skip
DISEASES_CHILD = ["気管支喘息", "アトピー性皮膚炎", "川崎病", "1型糖尿病", "ネフローゼ症候群", "てんかん",
                  "急性虫垂炎", "肺炎", "先天性心疾患", "若年性特発性関節炎"]  # fmt: skip
DISABILITIES = ["肢体不自由（下肢）", "視覚障害", "聴覚障害", "心臓機能障害", "じん臓機能障害", "知的障害",
                "精神障害（統合失調症）", "呼吸器機能障害", "肢体不自由（体幹）", "音声・言語機能障害"]  # fmt: skip
NEEDS = ["要介護3", "要介護4", "要介護5", "身体障害者手帳1級", "身体障害者手帳2級", "療育手帳A",
         "精神障害者保健福祉手帳1級", "難病（ALS）", "要介護2・認知症", "人工透析（週3回）"]  # fmt: skip
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
FONT = "HeiseiKakuGo-W5"


# --- numbers -----------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    for name, short, start in (("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)),
                               ("昭和", "S", dt.date(1926, 12, 25)), ("大正", "T", dt.date(1912, 7, 30))):  # fmt: skip
        if d >= start:
            y = d.year - start.year + 1
            if style == "short":
                return f"{short}{y}.{d.month}.{d.day}"
            ys = "元" if y == 1 else str(y)
            return f"{name}{ys}年{d.month}月{d.day}日"
    raise ValueError(d)


def ymd(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def four(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


def spaced(s: str) -> str:
    """Every character of a digit string drawn with a space: 「0 9 0 - 1 2 3 4 - 5 6 7 8」."""
    return " ".join(s)


# --- the world of one build ----------------------------------------------------------------------
@dataclass
class Person:
    sur: str
    given: str
    birth: dt.date
    town: str
    lot: tuple[int, int, int]
    bldg: str
    phone: str
    mobile: str
    city: str
    ward: str

    @property
    def name(self) -> str:
        return f"{self.sur} {self.given}"

    @property
    def addr(self) -> str:
        a, b, c = self.lot
        return f"{self.city}{self.ward}{self.town}{a}丁目{b}番{c}号{(' ' + self.bldg) if self.bldg else ''}"

    @property
    def addr_local(self) -> str:
        a, b, c = self.lot
        return f"{self.town}{a}-{b}-{c}{(' ' + self.bldg) if self.bldg else ''}"

    @property
    def addr_spaced(self) -> str:
        a, b, c = self.lot
        return f"{self.town} {a} 丁目 {b} 番 {c} 号"

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Doc:
    spec: DocSpec
    fmt: str
    family: str
    level: int
    types: set[str]
    note: str = ""
    post: Callable[[Path], None] | None = None


@dataclass
class World:
    rng: random.Random
    pref: str = ""
    city: str = ""
    ward: str = ""
    area: str = ""
    towns: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pref, self.city, self.ward, self.area, self.towns = self.rng.choice(WARDS)
        self.office = f"{self.city}{self.ward}役所"
        self.office_tel = self.tel()

    def tel(self) -> str:
        return f"{self.area}-{self.rng.randint(200, 989)}-{self.rng.randint(0, 9999):04d}"

    def mobile(self) -> str:
        return f"{self.rng.choice(['090', '080', '070'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 9999):04d}"

    def people(self, n: int, kind: str = "adult", housing: str | None = None) -> list[Person]:
        ages = {"child": (0, 14), "adult": (22, 64), "elder": (66, 96), "any": (18, 90), "parent": (26, 46)}[
            kind
        ]
        seen: set[str] = set()
        out: list[Person] = []
        while len(out) < n:
            sur = self.rng.choice(SURNAMES)
            given = self.rng.choice(self.rng.choice([MALE, FEMALE]))
            if sur + given in seen:
                continue
            seen.add(sur + given)
            age = self.rng.randint(*ages)
            birth = TODAY - dt.timedelta(days=365 * age + self.rng.randint(0, 364))
            if housing:
                bldg = f"{housing}{self.rng.randint(1, 6)}号棟{self.rng.randint(1, 5)}0{self.rng.randint(1, 8)}号室"
            else:
                bldg = (
                    f"{self.rng.choice(BUILDINGS)}{self.rng.randint(1, 4)}0{self.rng.randint(1, 9)}"
                    if self.rng.random() < 0.3
                    else ""
                )
            out.append(Person(sur, given, birth, self.rng.choice(self.towns),
                              (self.rng.randint(1, 6), self.rng.randint(1, 30), self.rng.randint(1, 25)),
                              bldg, self.tel(), self.mobile(), self.city, self.ward))  # fmt: skip
        return out

    def person(self, kind: str = "adult") -> Person:
        return self.people(1, kind)[0]

    def child_of(self, parent: Person, n: int) -> list[Person]:
        kids = self.people(n, "child")
        for k in kids:
            k.sur, k.town, k.lot, k.bldg, k.phone = (
                parent.sur,
                parent.town,
                parent.lot,
                parent.bldg,
                parent.phone,
            )
        return kids

    def my_number(self) -> str:
        base = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        return base + str(my_number_check_digit(base))

    def not_my_number(self, prefix: str = "") -> str:
        """12 digits that FAIL the check digit (receipt, licence and ticket numbers)."""
        while True:
            base = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(11 - len(prefix)))
            last = (my_number_check_digit(base) + self.rng.randint(1, 9)) % 10
            n = base + str(last)
            if not is_my_number(n):
                return n

    def corporate(self) -> str:
        base = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return str(corporate_check_digit(base)) + base

    def staff(self) -> str:
        return self.rng.choice(STAFF)

    def day(self, start: dt.date = dt.date(2024, 5, 7), span: int = 30) -> dt.date:
        d = start + dt.timedelta(days=self.rng.randint(0, span))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d


# --- post-processing (layouts DocSpec cannot express) -------------------------------------------------
def _refinish(path: Path) -> None:
    from corpus.factory.writers import _finish_zip

    path.write_bytes(_finish_zip(path.read_bytes()))


def merge_xlsx(ranges: dict[str, list[str]]) -> Callable[[Path], None]:
    """Merge cell ranges (per sheet name) in a written xlsx; the covered cells must be empty."""

    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        for sheet, rngs in ranges.items():
            for r in rngs:
                wb[sheet].merge_cells(r)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(buf.getvalue())
        _refinish(path)

    return post


def canvas_pdf(
    title: str,
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    stamp: str,
    landscape_page: bool = True,
    lead: list[str] | None = None,
    font_size: float = 7.5,
) -> Callable[[Path], None]:
    """A printout from a core system: columns at fixed x positions, the title, column header, print stamp
    and ``n / N 頁`` repeated on every page (replaces the file DocSpec wrote)."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        size = landscape(A4) if landscape_page else A4
        w, h = size
        c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        c.setTitle(title)
        c.setAuthor("")
        c.setCreator("corpus.redteam9")
        pages = max(1, -(-len(rows) // per_page))
        for p in range(pages):
            c.setFont(FONT, 12)
            c.drawString(36, h - 40, title)
            c.setFont(FONT, 8)
            c.drawRightString(w - 36, h - 40, f"{stamp}   {p + 1} / {pages} 頁")
            y = h - 62
            if p == 0 and lead:
                for line in lead:
                    c.drawString(36, y, line)
                    y -= 12
                y -= 4
            c.setFont(FONT, 8)
            for name, x in cols:
                c.drawString(x, y, name)
            c.line(32, y - 3, w - 32, y - 3)
            y -= 15
            c.setFont(FONT, font_size)
            for row in rows[p * per_page : (p + 1) * per_page]:
                for (_, x), v in zip(cols, row, strict=False):
                    c.drawString(x, y, v)
                y -= 11.5
            c.setFont(FONT, 7)
            c.drawCentredString(
                w / 2, 20, "取扱注意　複写・持出し禁止" if rows and "公開" not in title else ""
            )
            c.showPage()
        c.save()

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


# ======================================================================================================
# 戸籍・住民票 counter
# ======================================================================================================
PURPOSES = ["住民票の写し", "印鑑登録証明書", "戸籍謄本", "戸籍抄本", "除籍謄本", "戸籍の附票", "住民票記載事項証明書",
            "転入届", "転居届", "転出届", "印鑑登録", "マイナンバーカード交付"]  # fmt: skip
IDS = ["運転免許証", "健康保険証", "旅券", "マイナンバーカード", "在留カード", "年金手帳＋通帳"]


def koseki(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "koseki"
    day = dt.date(2024, 6, 5)

    # K1 受付簿 with 12-digit licence numbers failing the check digit
    ppl = w.people(22, "any")
    rows: list[list[Cell]] = [["受付No", "受付時刻", "氏名", "住所", "請求内容", "通数", "本人確認", "担当"]]
    for i, p in enumerate(ppl, 1):
        idd = rng.choice(IDS[1:]) if i % 3 == 0 else "運転免許証"
        if idd == "運転免許証":
            idd = f"運転免許証 第{w.not_my_number(str(rng.choice([30, 44, 62])))}号"
        rows.append([i, f"{8 + i // 4}:{rng.randint(0, 59):02d}", p.name, p.addr_local, rng.choice(PURPOSES),
                     rng.randint(1, 3), idd, w.staff()])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(
                sheets=[
                    sheet(
                        ymd(day).replace("/", ""),
                        rows,
                        title=f"窓口受付簿　{wareki(day)}　{w.ward}役所 区民課 証明係",
                        footer="保存年限1年　区民課",
                    )
                ]
            ),
            "xlsx",
            fam,
            2,
            {"name", "address"},
            "the 12-digit 運転免許証 numbers all fail the My Number check digit",
        )
    )

    # K2 受付簿 where 本人確認 records the card number
    ppl = w.people(18, "any")
    rows = [["No", "時刻", "届出・請求", "氏名", "生年月日", "本人確認書類", "備考"]]
    for i, p in enumerate(ppl, 1):
        card = rng.random() < 0.4
        idd = f"個人番号カード（{four(w.my_number())}）" if card else rng.choice(IDS[:3])
        rows.append([i, f"{9 + i // 3}:{rng.randint(0, 59):02d}", rng.choice(PURPOSES[7:]), p.name, wareki(p.birth, "short"), idd,
                     rng.choice(["", "代理人", "郵便で追送", ""])])  # fmt: skip
    rows[3][5] = f"個人番号カード（{four(w.my_number())}）"
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("6月", rows, title="住民異動届 受付簿（本人確認記録）", first_row=4)]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "my_number"},
        )
    )

    # K3 郵送請求 letter typed by a resident (cp932 txt)
    p = w.person("elder")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"{w.ward}役所　区民課　御中",
                    "",
                    "いつもお世話になっております。",
                    "年金の手続きで必要と言われましたので、私の住民票を１通、郵送でお願いします。",
                    "本籍と続柄も入れてください。定額小為替３００円分と返信用封筒を入れてあります。",
                    "",
                    f"住所　{p.addr}".translate(FW),
                    f"氏名　{p.name}",
                    f"生年月日　{wareki(p.birth)}".translate(FW),
                    f"電話　{p.phone}（昼間は携帯 {p.mobile} にお願いします）",
                    "",
                    "運転免許証は返納したので、保険証のコピーを同封します。",
                    f"{wareki(dt.date(2024, 6, 3))}",
                ]
            ),
            "txt-cp932",
            fam,
            2,
            {"name", "address", "birth_date", "phone"},
        )
    )

    # K4 郵送請求 (相続) filled in Word
    req, dead = w.person("adult"), w.person("elder")
    docs.append(
        Doc(
            DocSpec(
                title="戸籍証明等 郵送請求書",
                paragraphs=[f"{w.office} 区民課 戸籍係 宛", "次のとおり戸籍の証明書を請求します。"],
                tables=[
                    [
                        ["請求者 住所", req.addr],
                        ["請求者 氏名", req.name],
                        ["日中の連絡先", req.mobile],
                        ["必要な方（筆頭者）", dead.name],
                        ["筆頭者との関係", "子"],
                        ["請求する証明", "除籍謄本 1通、改製原戸籍 1通"],
                        ["使用目的", "父の相続手続き（預金の解約）"],
                    ]
                ],
                footer="※ 本人確認書類の写しを同封してください",
            ),
            "docx",
            fam,
            2,
            {"name", "address", "phone"},
            "the deceased's name stands without an identifier of his own; the requester's name, address and phone make it 2",
        )
    )

    # K5 本人確認メモ with 番号 only
    p = w.person("any")
    mn = w.my_number()
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"6/5 10:20 窓口2　{p.sur}様（{p.given}）転入届",
                    "本人確認：マイナンバーカード 顔写真照合OK",
                    f"番号 {mn}",
                    "カード継続利用処理 済　暗証番号 再設定なし",
                    f"前住所 {rng.choice(['横浜市', '相模原市', '町田市', '府中市'])}　転出証明書あり",
                    "（処理後シュレッダー）",
                ]
            ),
            "txt",
            fam,
            3,
            {"name", "my_number"},
        )
    )

    # K6 本人確認記録 in Word, the number in a text box
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                title="本人確認記録票（個人番号カード交付）",
                paragraphs=[
                    f"交付日　{wareki(dt.date(2024, 6, 4))}",
                    f"申請者　{p.name}　（{wareki(p.birth)}生）",
                    "確認書類　個人番号カード（顔写真）・通知カード返納",
                    "暗証番号設定　本人入力",
                    "担当　" + w.staff(),
                ],
                textboxes=[f"カード番号 {four(w.my_number(), '-')}"],
                header="区民課 マイナンバーカード交付窓口",
            ),
            "docx",
            fam,
            3,
            {"name", "birth_date", "my_number"},
        )
    )

    # K7 宛所不明 (returned mail) list, cp932
    ppl = w.people(30, "any")
    rows = [["返戻日", "発送文書", "宛名", "送付先住所", "返戻理由", "処理"]]
    for p in ppl:
        rows.append([ymd(w.day()), rng.choice(["国保被保険者証", "住民税通知", "就学通知", "各種通知"]), p.name, p.addr,
                     rng.choice(["宛所尋ねあたりません", "転居先不明", "受取人不在", "あて所に尋ねあたりません"]),
                     rng.choice(["実態調査依頼", "保管", "再送済"])])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("返戻", rows, title="返戻郵便物一覧（宛所不明）")]),
            "csv-cp932",
            fam,
            2,
            {"name", "address"},
        )
    )

    # K8 returned mail, 120 persons
    ppl = w.people(120, "any")
    rows = [["No", "氏名", "生年月日", "住所", "返戻理由"]]
    rows += [
        [i, p.name, ymd(p.birth), p.addr, rng.choice(["転居先不明", "宛所不明", "保管期間経過"])]
        for i, p in enumerate(ppl, 1)
    ]
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("一覧", rows, title="国保証一斉更新 返戻分 集約（120件）")]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "address"},
            "bulk: 120 persons with name, birth date and address",
        )
    )

    # K9 opening hours (published)
    docs.append(
        Doc(
            DocSpec(
                title=f"{w.ward}役所 区民課 窓口のご案内",
                paragraphs=[
                    "開庁時間　平日 8時30分～17時00分（祝日・年末年始を除く）",
                    "毎月第2・第4土曜日 9時00分～12時00分 に休日窓口を開設します（住民票の写し・印鑑登録証明書・戸籍証明の交付、マイナンバーカードの受取のみ）。",
                    "マイナンバーカードの受取は予約制です。本人確認書類をお持ちください。",
                    "マイナンバーカードをお持ちの方はコンビニ交付（6時30分～23時00分）もご利用いただけます。",
                    f"お問合せ　区民課 {w.office_tel}（代表）",
                ],
                tables=[
                    [
                        ["窓口", "場所", "取扱い"],
                        ["1番", "1階", "住民異動届"],
                        ["2番", "1階", "証明発行"],
                        ["3番", "1階", "戸籍届出"],
                        ["5番", "2階", "マイナンバーカード"],
                    ]
                ],
                footer=f"{w.city}{w.ward} 令和6年4月",
            ),
            "pdf",
            fam,
            1,
            set(),
        )
    )

    # K10 fee table
    fees = [["証明の種類", "手数料（1通）", "コンビニ交付", "備考"], ["住民票の写し", 300, 200, "世帯全員・一部"],
            ["住民票記載事項証明書", 300, None, ""], ["印鑑登録証明書", 300, 200, "登録証が必要"],
            ["戸籍謄本・抄本", 450, 450, "本籍地が当市の方"], ["除籍・改製原戸籍", 750, None, ""],
            ["戸籍の附票", 300, 300, ""], ["身分証明書", 300, None, "本籍地のみ"], ["独身証明書", 300, None, ""]]  # fmt: skip
    docs.append(
        Doc(
            DocSpec(
                sheets=[
                    sheet(
                        "手数料",
                        fees,
                        title="証明書等手数料一覧（令和6年4月1日現在）",
                        footer="マイナンバーカードによるコンビニ交付は一部手数料が異なります",
                    )
                ]
            ),
            "xlsx",
            fam,
            1,
            set(),
        )
    )

    # K11 blank 交付請求書
    docs.append(Doc(DocSpec(
        title="住民票の写し等交付請求書",
        paragraphs=[f"{w.ward}長 あて　　令和　　年　　月　　日", "窓口に来た方"],
        tables=[[["住所", ""], ["氏名", ""], ["生年月日", "明・大・昭・平・令　　年　　月　　日"], ["電話番号", "（　　　）　　　－"]],
                [["必要な方の住所", ""], ["筆頭者・世帯主", ""], ["種類", "□住民票の写し □記載事項証明 □戸籍謄本 □戸籍抄本"],
                 ["記載事項", "□本籍 □続柄 □個人番号 □住民票コード"], ["本人確認", "□免許証 □マイナンバーカード □旅券 □その他（　　）"]]],
        footer="個人番号の記載された住民票は、本人または同一世帯の方にのみ交付します"), "docx", fam, 1, set()))  # fmt: skip

    # K12 waiting-time statistics
    rows = [["日付", "時間帯", "来庁者数", "平均待ち時間（分）", "最大待ち時間（分）"]]
    for d in range(3, 8):
        for hour in range(9, 17):
            rows.append(
                [
                    f"2024/06/0{d}",
                    f"{hour}:00-{hour + 1}:00",
                    rng.randint(8, 60),
                    rng.randint(5, 40),
                    rng.randint(20, 90),
                ]
            )
    docs.append(Doc(DocSpec(sheets=[sheet("混雑", rows)]), "csv", fam, 1, set()))

    # K13 mail-request guide with a placeholder example
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "■ 住民票の写しを郵送で請求する方法",
                    "次の3点を封筒に入れて区民課あてにお送りください。",
                    "1. 請求書（ホームページからダウンロード、または便せんに必要事項を記入）",
                    "2. 本人確認書類の写し（運転免許証、マイナンバーカードの表面など。マイナンバーカードの裏面はコピーしないでください）",
                    "3. 手数料分の定額小為替と、住所を書いて切手を貼った返信用封筒",
                    "記入例：住所 ○○市○○区○○町1丁目1番1号　氏名 区民 太郎　生年月日 昭和○年○月○日　電話 000-000-0000",
                    f"送付先：〒000-0000 {w.city}{w.ward}○○ {w.office} 区民課 郵送請求担当　電話 {w.office_tel}",
                ]
            ),
            "txt",
            fam,
            1,
            set(),
            "the 記入例 is a placeholder (区民 太郎, ○ and 0 digits), not a person",
        )
    )

    # K14 ticket-machine log, 12-digit ticket numbers failing the check
    rows = [["発券番号", "発券時刻", "用件", "呼出窓口", "待ち時間（分）"]]
    for i in range(30):
        rows.append([w.not_my_number("2406"), f"2024/06/05 {9 + i // 4}:{rng.randint(0, 59):02d}",
                     rng.choice(["証明", "異動", "戸籍", "マイナンバー"]), f"{rng.randint(1, 6)}番", rng.randint(2, 45)])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("発券ログ", rows, title="発券機ログ 6月5日")]),
            "xlsx",
            fam,
            1,
            set(),
            "12-digit 発券番号 all failing the check digit; no person",
        )
    )

    # K16 filled 交付請求書 (odt)
    p = w.person("adult")
    docs.append(
        Doc(
            DocSpec(
                title="住民票の写し等交付請求書（記入済）",
                paragraphs=[f"請求日　{wareki(dt.date(2024, 6, 5))}"],
                tables=[
                    [
                        ["住所", p.addr],
                        ["氏名", p.name],
                        ["生年月日", wareki(p.birth)],
                        ["電話番号", p.mobile],
                        ["種類・通数", "住民票の写し（世帯全員）2通"],
                        ["使いみち", "自動車の登録"],
                    ]
                ],
            ),
            "odt",
            fam,
            2,
            {"name", "address", "birth_date", "phone"},
        )
    )

    # K17 婚姻届 受付帳 (xls)
    rows = [["受付番号", "受付日", "届出人（夫）", "届出人（妻）", "新本籍", "住所", "受理"]]
    for i in range(12):
        h, f = w.people(2, "adult")
        rows.append([f"第{1420 + i}号", ymd(w.day()), h.name, f.name, f"{w.city}{w.ward}{h.town}{h.lot[0]}丁目{h.lot[1]}番",
                     h.addr, "受理"])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("婚姻", rows, title="婚姻届 受付帳（令和6年5月）")]),
            "xls",
            fam,
            2,
            {"name", "address"},
        )
    )
    return docs


# ======================================================================================================
# 国民年金・児童手当・子ども医療費
# ======================================================================================================
def benefits(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "benefits"

    # B1 児童手当 受給者一覧, households merged over their children
    rows: list[list[Cell]] = [
        ["受給者番号", "受給者氏名", "住所", "電話", "児童氏名", "児童生年月日", "支給区分"]
    ]
    merges: list[str] = []
    r0 = 4  # first_row 3 → header at row 3, data from row 4
    for _ in range(24):
        par = w.person("parent")
        kids = w.child_of(par, rng.randint(1, 2))
        start = r0 + len(rows) - 1
        for j, k in enumerate(kids):
            rows.append([f"J{rng.randint(100000, 999999)}" if j == 0 else None, par.name if j == 0 else None,
                         par.addr if j == 0 else None, par.phone if j == 0 else None, k.name, k.birth,
                         "3歳未満" if k.age() < 3 else ("第3子以降" if j == 2 else "一般")])  # fmt: skip
        if len(kids) > 1:
            merges += [f"{col}{start}:{col}{start + len(kids) - 1}" for col in "ABCD"]
    docs.append(
        Doc(
            DocSpec(
                sheets=[sheet("受給者", rows, title="児童手当 受給者一覧（令和6年6月定時払）", first_row=3)]
            ),
            "xlsx",
            fam,
            2,
            {"name", "address", "phone", "birth_date"},
            post=merge_xlsx({"受給者": merges}),
        )
    )

    # B2 児童手当 受給者一覧, 60 households × 2 children = 180 persons
    rows = [["受給者", "住所", "児童1", "生年月日1", "児童2", "生年月日2"]]
    for _ in range(60):
        par = w.person("parent")
        k1, k2 = w.child_of(par, 2)
        rows.append([par.name, par.addr, k1.name, k1.birth, k2.name, k2.birth])
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("全件", rows, title="児童手当 受給者台帳（全件）")]),
            "xlsx",
            fam,
            3,
            {"name", "address", "birth_date"},
            "bulk: 60 households, 180 persons with name and birth date",
        )
    )

    # B3 子ども医療費助成 受給者 with 病名
    rows = [
        ["受給者証番号", "児童氏名", "生年月日", "保護者", "住所", "主な病名", "医療機関", "助成額（円）"]
    ]
    for _ in range(18):
        par = w.person("parent")
        k = w.child_of(par, 1)[0]
        rows.append([f"{rng.randint(10000000, 99999999)}", k.name, wareki(k.birth, "short"), par.name, par.addr_local,
                     rng.choice(DISEASES_CHILD), f"{rng.choice(['みどり', 'さくら', 'ひかり'])}小児科クリニック", rng.randint(1200, 68000)])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("高額", rows, title="子ども医療費助成 高額支給 確認リスト（5月審査分）")]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "address", "health"},
        )
    )

    # B4 現況届 reminder letter
    p = w.person("parent")
    kid = w.child_of(p, 1)[0]
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"〒{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                    p.addr,
                    f"{p.name} 様",
                    "",
                    f"{w.ward}役所 こども家庭課",
                    "児童手当 現況届の提出について（再通知）",
                    f"6月1日にお送りした現況届が、まだ提出されていません。対象児童：{kid.name}（{wareki(kid.birth)}生）",
                    "6月28日までに同封の返信用封筒でご提出ください。提出がない場合、6月分以降の手当の支払いが差し止められることがあります。",
                    f"問合せ　こども家庭課 児童手当係 {w.office_tel}",
                ]
            ),
            "docx",
            fam,
            2,
            {"name", "address", "birth_date"},
        )
    )

    # B5 現況届 未提出者 list
    ppl = w.people(25, "parent")
    rows = [["受給者番号", "氏名", "住所", "電話", "再通知日", "電話連絡", "メモ"]]
    for p in ppl:
        rows.append([f"J{rng.randint(100000, 999999)}", p.name, p.addr, p.mobile, "2024/06/14",
                     rng.choice(["不在", "本人と話した", "留守電", ""]), rng.choice(["", "来週持参", "転出予定", "書類紛失→再送"])])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("未提出", rows)]),
            "csv",
            fam,
            2,
            {"name", "address", "phone"},
            "未提出 (a form not returned) is not arrears",
        )
    )

    # B6 国民年金 未納 list
    ppl = w.people(16, "adult")
    rows = [["基礎年金番号（下4桁）", "氏名", "生年月日", "住所", "未納月数", "未納額", "免除勧奨"]]
    for p in ppl:
        m = rng.randint(3, 24)
        rows.append(
            [
                f"****{rng.randint(0, 9999):04d}",
                p.name,
                ymd(p.birth),
                p.addr,
                m,
                m * 16980,
                rng.choice(["済", "未", "対象外"]),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("未納", rows, title="国民年金保険料 長期未納者（免除勧奨対象）")]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "address", "arrears"},
        )
    )

    # B7 免除申請 受付簿 (income alone does not raise)
    ppl = w.people(14, "adult")
    rows = [["受付日", "氏名", "生年月日", "住所", "申請区分", "前年所得", "理由"]]
    for p in ppl:
        rows.append([ymd(w.day()), p.name, wareki(p.birth, "short"), p.addr_local, rng.choice(["全額免除", "半額免除", "納付猶予", "学生納付特例"]),
                     rng.choice(["0", "85万", "120万", "非課税"]), rng.choice(["失業", "学生", "所得減少", ""])])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("受付", rows, title="国民年金保険料 免除等申請 受付簿")]),
            "ods",
            fam,
            2,
            {"name", "birth_date", "address"},
            "免除 and income alone do not raise the level above 2",
        )
    )

    # B8 未納 notice (odt)
    p = w.person("adult")
    docs.append(
        Doc(
            DocSpec(
                title="国民年金保険料の納付について（お知らせ）",
                paragraphs=[
                    f"{p.addr}",
                    f"{p.name} 様（{wareki(p.birth)}生）",
                    "令和5年4月分から令和6年3月分までの保険料（12か月分 203,760円）が未納となっています。",
                    "このまま未納が続くと、督促状を送付し、延滞金がかかる場合があります。",
                    "納付が難しい場合は、区役所保険年金課の窓口で免除の申請ができます。",
                ],
            ),
            "odt",
            fam,
            3,
            {"name", "address", "birth_date", "arrears"},
        )
    )

    # B9 statistics by age band
    rows = [["年齢区分", "支給対象児童数", "うち第3子以降", "受給者数"]]
    for band in ["0歳", "1歳", "2歳", "3歳～小学校修了前", "中学生", "高校生年代"]:
        rows.append([band, rng.randint(800, 9000), rng.randint(50, 700), rng.randint(700, 7000)])
    docs.append(Doc(DocSpec(sheets=[sheet("年齢別", rows, title=f"児童手当 支給状況（{w.ward}・令和6年2月末）",
                                          footer="出典：こども家庭課")]), "xlsx", fam, 1, set()))  # fmt: skip

    # B10 制度案内 (pdf)
    docs.append(
        Doc(
            DocSpec(
                title="児童手当制度のご案内（令和6年10月分から拡充）",
                paragraphs=[
                    "高校生年代まで支給期間を延長し、所得制限を撤廃します。",
                    "申請には請求者と配偶者のマイナンバー（個人番号）の記入が必要です。",
                    "現況届は原則不要になりますが、未提出の通知が届いた方は提出してください。",
                    "公務員の方は勤務先から支給されます。",
                    f"問合せ　{w.office} こども家庭課 {w.office_tel}",
                ],
                tables=[
                    [
                        ["児童の年齢", "月額"],
                        ["3歳未満", "15,000円（第3子以降 30,000円）"],
                        ["3歳～高校生年代", "10,000円（第3子以降 30,000円）"],
                    ]
                ],
            ),
            "pdf",
            fam,
            1,
            set(),
        )
    )

    # B11 blank 現況届
    docs.append(
        Doc(
            DocSpec(
                title="児童手当・特例給付 現況届",
                tables=[
                    [["受給者氏名", ""], ["住所", ""], ["電話番号", ""], ["個人番号", "□□□□ □□□□ □□□□"]],
                    [
                        ["監護している児童の氏名", "生年月日", "続柄", "同居・別居"],
                        ["", "", "", ""],
                        ["", "", "", ""],
                    ],
                ],
                footer="裏面の記入例をご覧ください",
            ),
            "docx",
            fam,
            1,
            set(),
        )
    )

    # B12 子ども医療費 statistics with disease categories
    rows = [["疾病分類", "件数", "助成額（千円）"]]
    for cat in [
        "呼吸器系の疾患",
        "皮膚及び皮下組織の疾患",
        "感染症及び寄生虫症",
        "耳及び乳様突起の疾患",
        "損傷・中毒",
    ]:
        rows.append([cat, rng.randint(900, 20000), rng.randint(5000, 90000)])
    docs.append(
        Doc(
            DocSpec(
                title="子ども医療費助成 事業実績（令和5年度）",
                paragraphs=["年齢別受給者数：0～2歳 4,812人、3～5歳 5,103人、小学生 9,884人、中学生 4,902人"],
                tables=[rows],
            ),
            "pdf",
            fam,
            1,
            set(),
            "disease categories in statistics, no person",
        )
    )

    # B13 国民年金 guide
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "国民年金 よくあるご質問",
                    "Q 保険料を払えないときは？",
                    "A 未納のままにせず、免除・納付猶予を申請してください。未納期間があると障害年金を受けられないことがあります。",
                    "Q 手続きに必要なものは？",
                    "A 基礎年金番号またはマイナンバーが分かるもの、本人確認書類。",
                    f"保険年金課 国民年金係 {w.office_tel}",
                ]
            ),
            "txt",
            fam,
            1,
            set(),
        )
    )

    # B14 hidden sheet holding the list
    ppl = w.people(20, "child")
    summary = [["区分", "件数"], ["新規認定", 20], ["額改定", 7], ["消滅", 4]]
    hidden = [["児童氏名", "生年月日", "住所", "認定年月"]] + [
        [p.name, p.birth, p.addr, "2024/05"] for p in ppl
    ]
    docs.append(
        Doc(
            DocSpec(
                sheets=[
                    sheet("集計", summary, title="5月 認定処理件数"),
                    sheet("対象者", hidden, state="hidden"),
                ]
            ),
            "xlsx",
            fam,
            2,
            {"name", "birth_date", "address"},
            "the list is on a hidden sheet",
        )
    )

    # B15 口座 list cp932
    ppl = w.people(20, "parent")
    rows = [["氏名", "住所", "金融機関", "支店", "口座番号"]]
    for p in ppl:
        rows.append(
            [
                p.name,
                p.addr,
                rng.choice(["ゆうちょ銀行", "みずほ銀行", "地元信用金庫"]),
                f"{rng.choice(['本店', '駅前', '中央'])}支店",
                f"{rng.randint(1000000, 9999999)}",
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("振込", rows, title="児童手当 口座変更分")]),
            "csv-cp932",
            fam,
            2,
            {"name", "address"},
        )
    )

    # B16 国民年金 statistics cp932
    rows = [["年齢階級", "第1号被保険者数", "免除者数", "納付率（%）"]]
    for band in [
        "20～24歳",
        "25～29歳",
        "30～34歳",
        "35～39歳",
        "40～44歳",
        "45～49歳",
        "50～54歳",
        "55～59歳",
    ]:
        rows.append([band, rng.randint(2000, 9000), rng.randint(200, 3000), f"{rng.uniform(60, 90):.1f}"])
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("統計", rows, title=f"国民年金 被保険者の状況（{w.ward}）")]),
            "csv-cp932",
            fam,
            1,
            set(),
        )
    )
    return docs


# ======================================================================================================
# 障害福祉・避難行動要支援者
# ======================================================================================================
def welfare(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "welfare"

    # W1 要支援者名簿 with a two-row merged header
    ppl = w.people(30, "elder")
    rows: list[list[Cell]] = [
        ["自治会", "氏名", "生年月日", "住所", "連絡先", "要件", None, "避難支援者"],
        [None, None, None, None, None, "区分", "内容", None],
    ]
    for p in ppl:
        need = rng.choice(NEEDS)
        rows.append([f"{p.town}町内会", p.name, wareki(p.birth, "short"), p.addr_local, p.phone, "介護" if "介護" in need else ("難病" if "難病" in need or "透析" in need else "障害"),
                     need, rng.choice(["長男（市外）", "近隣 " + rng.choice(SURNAMES), "民生委員", "なし"])])  # fmt: skip
    merges = ["F3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "H3:H4"]
    docs.append(
        Doc(
            DocSpec(
                sheets=[
                    sheet(
                        "名簿",
                        rows,
                        title=f"避難行動要支援者名簿（{w.ward}・平常時提供用）",
                        first_row=3,
                        header="取扱注意",
                        footer="外部提供は同意者のみ",
                    )
                ]
            ),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "address", "phone", "health"},
            post=merge_xlsx({"名簿": merges}),
        )
    )

    # W2 移動支援 service log
    ppl = w.people(8, "any")
    rows = [["提供日", "利用者", "障害支援区分", "行先・目的", "開始", "終了", "ヘルパー"]]
    for _ in range(26):
        p = rng.choice(ppl)
        rows.append([ymd(w.day()), p.name, f"区分{rng.randint(2, 6)}",
                     rng.choice(["〇〇病院 精神科 通院", "整形外科 通院（リハビリ）", "買物", "区役所 手続き", "余暇（図書館）", "透析クリニック 通院"]),
                     "9:30", "12:00", rng.choice(STAFF)])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("5月", rows, title="移動支援 サービス提供記録（5月分）")]),
            "xlsx",
            fam,
            3,
            {"name", "health"},
            "障害支援区分 and 通院 of named users are health data; no address needed",
        )
    )

    # W3 手帳交付台帳 extract, cp932
    ppl = w.people(22, "any")
    rows = [["交付番号", "氏名", "生年月日", "住所", "手帳", "等級", "障害名"]]
    for p in ppl:
        rows.append(
            [
                f"第{rng.randint(10000, 99999)}号",
                p.name,
                ymd(p.birth),
                p.addr,
                "身体",
                f"{rng.randint(1, 6)}級",
                rng.choice(DISABILITIES),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("台帳", rows, title="身体障害者手帳 交付台帳（抜粋）")]),
            "csv-cp932",
            fam,
            3,
            {"name", "birth_date", "address", "health"},
        )
    )

    # W4 福祉避難所 list (published)
    rows = [["施設名", "施設名カナ", "所在地", "電話", "受入対象", "想定人数"]]
    for name, kana in [("特別養護老人ホーム あおば苑", "トクベツヨウゴロウジンホーム アオバエン"), ("障害者支援施設 すずらん", "ショウガイシャシエンシセツ スズラン"),
                       ("地域ケアプラザ 北", "チイキケアプラザ キタ"), ("市立特別支援学校", "シリツトクベツシエンガッコウ"), ("老人福祉センター 松風荘", "ロウジンフクシセンター ショウフウソウ")]:  # fmt: skip
        t = rng.choice(w.towns)
        rows.append([name, kana, f"{w.city}{w.ward}{t}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", w.tel(),
                     rng.choice(["要介護高齢者", "障害者", "妊産婦・乳幼児", "医療的ケア児"]), rng.randint(10, 60)])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(
                sheets=[sheet("福祉避難所", rows, title=f"{w.ward} 福祉避難所一覧（令和6年4月1日現在）")]
            ),
            "xlsx",
            fam,
            1,
            set(),
            "facilities with their addresses and phones",
        )
    )

    # W5 障害者計画 summary
    docs.append(
        Doc(
            DocSpec(
                title=f"第5期 {w.city}障害者計画（概要版）",
                paragraphs=[
                    "身体障害者手帳の所持者は横ばい、精神障害者保健福祉手帳の所持者は5年で約1.4倍に増加しています。",
                    "避難行動要支援者名簿の平常時提供に同意した方の割合を、令和8年度までに60%に引き上げます。",
                    "移動支援、日中一時支援の利用者数は増加傾向にあり、ヘルパーの確保が課題です。",
                    "障害を理由とする差別の解消に向け、合理的配慮の提供を事業者に働きかけます。",
                ],
                tables=[
                    [
                        ["手帳", "令和元年度", "令和5年度"],
                        ["身体", "38,412", "37,980"],
                        ["療育", "7,105", "8,233"],
                        ["精神", "9,876", "13,820"],
                    ]
                ],
            ),
            "docx",
            fam,
            1,
            set(),
            "a published plan that talks about disability in general",
        )
    )

    # W6 移動支援 事業所 list with 法人番号 and 管理者
    rows = [["法人番号", "事業所名", "所在地", "電話", "管理者", "サービス"]]
    for co in rng.sample(COMPANIES[6:], 4):
        t = rng.choice(w.towns)
        rows.append([w.corporate(), co, f"{w.ward}{t}{rng.randint(1, 5)}-{rng.randint(1, 30)}", w.tel(), f"{rng.choice(SURNAMES)} {rng.choice(FEMALE)}",
                     "移動支援・居宅介護"])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(title="移動支援事業所一覧（公開）", tables=[rows]),
            "docx",
            fam,
            1,
            {"corporate_number"},
            "管理者 named in their role next to the office's address and phone",
        )
    )

    # W7 blank 同意書
    docs.append(
        Doc(
            DocSpec(
                title="避難行動要支援者名簿 情報提供に関する同意書",
                paragraphs=[
                    "私は、名簿に記載された私の情報（氏名・生年月日・住所・連絡先・要介護度・障害の状況）を、",
                    "自治会・民生委員・消防・警察に平常時から提供することに同意します。",
                ],
                tables=[
                    [
                        ["氏名", ""],
                        ["生年月日", "　　年　　月　　日"],
                        ["住所", ""],
                        ["電話", ""],
                        ["代筆者", ""],
                    ]
                ],
            ),
            "docx",
            fam,
            1,
            set(),
        )
    )

    # W8 避難訓練 参加者 (no health)
    ppl = w.people(28, "any")
    rows = [["班", "氏名", "住所", "電話", "参加"]]
    for p in ppl:
        rows.append([f"{rng.randint(1, 6)}班", p.name, p.addr_local, p.mobile, rng.choice(["○", "○", "×"])])
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("参加者", rows, title=f"{ppl[0].town}町内会 防災訓練 参加者名簿")]),
            "xlsx",
            fam,
            2,
            {"name", "address", "phone"},
        )
    )

    # W9 訪問記録
    p = w.person("elder")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "訪問日 6/6 14:00　民生委員 同行",
                    f"対象者 {p.name}さん（{p.age()}歳）{p.addr_local}",
                    "要介護2、昨年アルツハイマー型認知症の診断。長女は県外。日中独居。",
                    "名簿の平常時提供に同意（本人署名、長女に電話で確認）。",
                    "避難先：福祉避難所を希望。歩行器使用。",
                ]
            ),
            "txt",
            fam,
            3,
            {"name", "address", "health"},
        )
    )

    # W10 手帳 statistics (pdf)
    rows = [["等級", "18歳未満", "18～64歳", "65歳以上"]] + [
        [f"{g}級", rng.randint(10, 200), rng.randint(200, 900), rng.randint(500, 3000)] for g in range(1, 7)
    ]
    docs.append(
        Doc(
            DocSpec(
                title=f"身体障害者手帳 所持者数（{w.ward}・等級別・年齢別）",
                tables=[rows],
                footer="令和6年3月31日現在",
            ),
            "pdf",
            fam,
            1,
            set(),
        )
    )

    # W11 避難支援者 (neighbours helping)
    ppl = w.people(12, "adult")
    rows = [["名簿番号", "支援者氏名", "住所", "電話", "支援内容"]]
    for p in ppl:
        rows.append(
            [
                f"{rng.randint(1, 300):03d}",
                p.name,
                p.addr_local,
                p.mobile,
                rng.choice(["声かけ", "車いす介助", "情報伝達"]),
            ]
        )
    docs.append(
        Doc(
            DocSpec(title="避難支援者 登録一覧", tables=[rows]),
            "docx",
            fam,
            2,
            {"name", "address", "phone"},
            "the helpers' own contacts; the persons they help appear only as list numbers",
        )
    )

    # W12 配食 delivery list (ods)
    ppl = w.people(15, "elder")
    rows = [["曜日", "氏名", "住所", "電話", "数量", "備考"]]
    for p in ppl:
        rows.append(
            [
                rng.choice("月水金"),
                p.name,
                p.addr_local,
                p.phone,
                1,
                rng.choice(["", "鍵は郵便受け", "インターホン故障"]),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("配達", rows)]),
            "ods",
            fam,
            2,
            {"name", "address", "phone"},
            "a welfare meal service alone does not raise the level above 2",
        )
    )

    # W13 開設訓練 report
    docs.append(
        Doc(
            DocSpec(
                title="福祉避難所 開設訓練 実施報告",
                paragraphs=[
                    "実施日 令和6年5月25日　会場 特別養護老人ホーム あおば苑",
                    "参加：施設職員12名、区職員5名、町内会役員3名",
                    "車いす利用者役の受入れ、段ボールベッドの設置、要配慮者の名簿照合を行った。",
                    "課題：夜間の職員参集、医療的ケアが必要な方の電源確保。",
                ],
            ),
            "pdf",
            fam,
            1,
            set(),
        )
    )

    # W14 登録申請書 (filled)
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                title="避難行動要支援者 登録申請書",
                tables=[
                    [
                        ["氏名", p.name],
                        ["生年月日", wareki(p.birth)],
                        ["住所", p.addr],
                        ["電話", p.phone],
                        ["該当要件", "身体障害者手帳1級（じん臓機能障害）"],
                        ["特記事項", "人工透析 週3回（月・水・金）、停電時は要支援"],
                        ["避難支援者", "なし"],
                    ]
                ],
            ),
            "docx",
            fam,
            3,
            {"name", "birth_date", "address", "phone", "health"},
        )
    )

    # W15 training deck with a placeholder
    docs.append(
        Doc(
            DocSpec(
                title="避難行動要支援者名簿の取扱い研修",
                paragraphs=[
                    "名簿は鍵のかかる場所で保管",
                    "コピー・写真撮影は禁止",
                    "提供先は同意を得た範囲に限る",
                    "（例）区民 花子さん（○○町）要介護3 → 支援者に連絡",
                    "更新は年1回（9月）",
                ],
                notes=["例示は架空の人物です"],
            ),
            "pptx",
            fam,
            1,
            set(),
            "the example person is a placeholder",
        )
    )
    return docs


# ======================================================================================================
# 選挙
# ======================================================================================================
def election(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "election"

    # E1 入場券 返戻 list
    ppl = w.people(25, "any")
    rows: list[list[Cell]] = [["投票区", "名簿番号", "氏名", "住所", "返戻理由"]]
    for p in ppl:
        rows.append(
            [
                f"第{rng.randint(1, 24)}",
                rng.randint(1, 4000),
                p.name,
                p.addr,
                rng.choice(["宛所不明", "転居先不明", "受取拒否"]),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("返戻", rows, title="投票所入場券 返戻一覧（区長選挙）")]),
            "xlsx",
            fam,
            2,
            {"name", "address"},
        )
    )

    # E2 宣誓書 as OCR text
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "宣 誓 書",
                    "私は、当該選挙の当日、下記の事由に該当する見込みです。",
                    "上記の通り真正であることを誓います。",
                    f"令和 6 年 6 月 {rng.randint(3, 8)} 日",
                    f"氏 名  {p.sur}  {p.given}",
                    f"生年月日  {wareki(p.birth).replace('年', ' 年 ').replace('月', ' 月 ')}",
                    f"住 所  {p.addr_spaced}",
                    "事由  1 仕事、学業、地域行事、冠婚葬祭その他の用務に従事",
                ]
            ),
            "txt",
            fam,
            2,
            {"name", "birth_date", "address"},
            "OCR text of a scanned 宣誓書",
        )
    )

    # E3 宣誓書 batch (pdf)
    ppl = w.people(8, "any")
    paras = []
    for p in ppl:
        paras += [
            f"【{rng.randint(100, 999)}】 氏名 {p.name}　生年月日 {wareki(p.birth)}　住所 {p.addr}",
            f"事由 {rng.choice(['1 仕事', '2 旅行', '1 冠婚葬祭', '4 交通困難な島'])}",
        ]
    docs.append(
        Doc(
            DocSpec(
                title="期日前投票 宣誓書（6月7日 第1期日前投票所）", paragraphs=paras, footer="選挙管理委員会"
            ),
            "pdf",
            fam,
            2,
            {"name", "birth_date", "address"},
        )
    )

    # E4 投票立会人 with home addresses
    ppl = w.people(16, "any")
    rows = [["投票区", "立会人氏名", "自宅住所", "電話", "生年月日", "推薦"]]
    for p in ppl:
        rows.append(
            [
                f"第{rng.randint(1, 24)}投票区",
                p.name,
                p.addr,
                p.phone,
                wareki(p.birth, "short"),
                rng.choice(["町内会", "公募", "選管"]),
            ]
        )
    docs.append(
        Doc(
            DocSpec(title="投票立会人 選任名簿", tables=[rows]),
            "docx",
            fam,
            2,
            {"name", "address", "phone", "birth_date"},
            "立会人 are appointed, but the list gives their private home addresses and phones",
        )
    )

    # E5 投票所一覧 (published)
    rows = [["投票区", "投票所", "所在地", "対象地域"]]
    for i in range(1, 13):
        t = rng.choice(w.towns)
        rows.append(
            [
                f"第{i}",
                f"{t}小学校 体育館" if i % 3 else f"{t}地区センター",
                f"{w.ward}{t}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                f"{t}1～{rng.randint(2, 6)}丁目",
            ]
        )
    docs.append(Doc(DocSpec(sheets=[sheet("投票所", rows, title="投票所一覧")]), "xlsx", fam, 1, set()))

    # E6 candidate list
    rows = [["届出番号", "候補者氏名", "年齢", "党派", "新旧", "職業", "選挙事務所"]]
    for i in range(1, 6):
        nm = f"{rng.choice(SURNAMES)} {rng.choice(MALE + FEMALE)}"
        rows.append([str(i), nm, str(rng.randint(35, 72)), rng.choice(["無所属", "市民党", "未来の会"]), rng.choice(["新", "現", "元"]),
                     rng.choice(["会社役員", "市議会議員", "弁護士", "農業"]), f"{w.ward}{rng.choice(w.towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)} {w.tel()}"])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(title="候補者一覧（告示日 届出順）", tables=[rows]),
            "pdf",
            fam,
            1,
            set(),
            "candidates named in a public role with their campaign office's address and phone",
        )
    )

    # E7 開票速報
    rows = [["時刻", "開票率（%）"] + [f"候補{i}" for i in range(1, 5)]]
    for i, t in enumerate(["21:30", "22:00", "22:30", "23:00", "23:30"]):
        rows.append([t, 20 * (i + 1)] + [rng.randint(1000, 9000) * (i + 1) for _ in range(4)])
    docs.append(Doc(DocSpec(sheets=[sheet("速報", rows)]), "csv", fam, 1, set()))

    # E8 選挙人名簿 抄本 150 persons
    ppl = w.people(150, "any")
    rows = [["番号", "氏名", "生年月日", "性別", "住所"]]
    rows += [[i, p.name, ymd(p.birth), rng.choice("男女"), p.addr_local] for i, p in enumerate(ppl, 1)]
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("抄本", rows, title="選挙人名簿抄本 第3投票区")]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "address"},
            "bulk: 150 electors with name, birth date and address",
        )
    )

    # E9 不在者投票 request from a hospital
    p = w.person("elder")
    hosp = f"{rng.choice(['中央', '東部', '記念'])}総合病院"
    docs.append(
        Doc(
            DocSpec(
                title="不在者投票 投票用紙等請求書",
                paragraphs=[
                    f"{w.city}{w.ward}選挙管理委員会 委員長 様",
                    f"私は、{hosp} に脳梗塞で入院中のため、選挙の当日投票所に行くことができません。不在者投票の用紙を請求します。",
                    f"氏名 {p.name}　生年月日 {wareki(p.birth)}",
                    f"住所 {p.addr}",
                    f"送付先 {hosp} 4階東病棟",
                ],
            ),
            "docx",
            fam,
            3,
            {"name", "birth_date", "address", "health"},
            "入院 with a 病名 of a named elector is health data",
        )
    )

    # E10 代理投票 record
    ppl = w.people(9, "elder")
    rows = [["投票区", "選挙人", "生年月日", "理由", "補助者（職員）"]]
    for p in ppl:
        rows.append([f"第{rng.randint(1, 24)}", p.name, wareki(p.birth, "short"), rng.choice(["視覚障害", "上肢障害（脳梗塞後遺症）", "認知症により記載困難", "パーキンソン病"]),
                     f"{rng.choice(STAFF)}・{rng.choice(STAFF)}"])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("代理投票", rows, title="代理投票 補助記録")]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "health"},
        )
    )

    # E11 事務従事者 配置表 (staff)
    rows = [["投票所", "責任者", "係員", "内線"]]
    for i in range(1, 9):
        rows.append(
            [
                f"第{i}投票所",
                f"{rng.choice(STAFF)}（区民課長補佐）",
                f"{rng.choice(STAFF)}・{rng.choice(STAFF)}",
                f"{rng.randint(2100, 2399)}",
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("配置", rows, title="投票事務従事者 配置表")]),
            "xlsx",
            fam,
            1,
            set(),
            "staff in their role with extensions",
        )
    )

    # E12 blank 宣誓書
    docs.append(
        Doc(
            DocSpec(
                title="宣誓書（期日前投票）",
                paragraphs=[
                    "私は、選挙の当日、次の事由に該当すると見込まれます。",
                    "1 仕事・用務　2 旅行・用事　3 疾病・負傷・出産・身体障害等　4 交通困難　5 住所移転",
                ],
                tables=[[["氏名", ""], ["生年月日", "　　年　　月　　日"], ["住所", ""]]],
            ),
            "docx",
            fam,
            1,
            set(),
        )
    )

    # E13 turnout by age (xls)
    rows = [["年齢", "当日有権者数", "投票者数", "投票率（%）"]]
    for band in ["18歳", "19歳", "20～24歳", "25～29歳", "30歳代", "40歳代", "50歳代", "60歳代", "70歳以上"]:
        a = rng.randint(2000, 20000)
        b = rng.randint(a // 5, a // 2)
        rows.append([band, a, b, round(100 * b / a, 2)])
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("年齢別", rows, title="年齢別投票率（前回区長選挙）")]),
            "xls",
            fam,
            1,
            set(),
        )
    )

    # E14 立会人 recruitment
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "投票立会人を募集します",
                    f"{w.ward}にお住まいの18歳以上の選挙人名簿登録者が対象です。",
                    "応募用紙に氏名・住所・生年月日・電話番号を書いて、選挙管理委員会に提出してください。",
                    f"報酬 日額10,900円　問合せ {w.ward}選挙管理委員会 {w.office_tel}",
                ]
            ),
            "txt",
            fam,
            1,
            set(),
        )
    )

    # E15 入場券 再発行 受付簿 cp932
    ppl = w.people(18, "any")
    rows = [["受付日", "氏名", "生年月日", "電話", "方法"]]
    for p in ppl:
        rows.append(
            [
                ymd(w.day(dt.date(2024, 6, 1), 8)),
                p.name,
                wareki(p.birth),
                p.mobile,
                rng.choice(["窓口", "電話"]),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("再発行", rows, title="入場券 再発行 受付簿")]),
            "csv-cp932",
            fam,
            2,
            {"name", "birth_date", "phone"},
        )
    )
    return docs


# ======================================================================================================
# 公営住宅・上下水道
# ======================================================================================================
def housing(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "housing_water"
    estate = f"市営{rng.choice(w.towns)}住宅"

    # H1 入居者名簿 with 棟 merged
    rows: list[list[Cell]] = [["棟", "号室", "名義人", "電話", "入居日", "世帯人数"]]
    merges: list[str] = []
    for b in range(1, 6):
        start = 3 + len(rows)
        for k in range(6):
            p = w.person("any")
            rows.append([f"{b}号棟" if k == 0 else None, f"{rng.randint(1, 5)}0{k + 1}", p.name, p.phone,
                         ymd(dt.date(rng.randint(1995, 2023), rng.randint(1, 12), 1)), rng.randint(1, 5)])  # fmt: skip
        merges.append(f"A{start}:A{start + 5}")
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("名簿", rows, title=f"{estate} 入居者名簿", first_row=3)]),
            "xlsx",
            fam,
            2,
            {"name", "address", "phone"},
            "棟 and 号室 of a named estate are the tenant's home address",
            post=merge_xlsx({"名簿": merges}),
        )
    )

    # H2 家賃滞納者一覧
    ppl = w.people(15, "any", estate)
    rows = [["住所", "氏名", "滞納月数", "滞納額（円）", "最終納付日", "電話", "督促状況"]]
    for p in ppl:
        m = rng.randint(2, 14)
        rows.append([p.bldg, p.name, m, m * rng.randint(18, 45) * 1000, ymd(dt.date(2024, rng.randint(1, 4), 25)), p.mobile,
                     rng.choice(["督促状送付", "催告書送付", "分納誓約", "連帯保証人へ連絡"])])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("滞納", rows, title="市営住宅 家賃滞納者一覧（5月末）")]),
            "xlsx",
            fam,
            3,
            {"name", "address", "phone", "arrears"},
        )
    )

    # H3 水道料金 未納者 cp932
    ppl = w.people(20, "any")
    rows = [["お客様番号", "氏名", "給水場所", "未納期", "未納額", "停止予定日"]]
    for p in ppl:
        rows.append([f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", p.name, p.addr_local,
                     rng.choice(["R6.2-3月", "R5.12-R6.3月", "R6.4月"]), rng.randint(3000, 42000), "2024/07/01"])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("未納", rows, title="水道料金 未納者一覧（給水停止予定）")]),
            "csv-cp932",
            fam,
            3,
            {"name", "address", "arrears"},
        )
    )

    # H4 給水停止予告 letter
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                title="給水停止予告通知書",
                paragraphs=[
                    p.addr,
                    f"{p.name} 様",
                    f"お客様番号 {rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
                    "下記の水道料金が、督促にもかかわらず未納となっています。",
                    "令和6年6月28日までにお支払いがない場合、7月1日以降に給水を停止します。",
                ],
                tables=[
                    [
                        ["調定月", "金額"],
                        ["令和6年2・3月分", "7,480円"],
                        ["令和6年4・5月分", "7,920円"],
                        ["合計", "15,400円"],
                    ]
                ],
                footer=f"{w.city}上下水道局 お客さまセンター",
            ),
            "docx",
            fam,
            3,
            {"name", "address", "arrears"},
        )
    )

    # H5 漏水 call log
    rows = [["受付日時", "通報者", "電話", "場所", "内容", "対応"]]
    for _ in range(14):
        p = w.person("any")
        rows.append([f"2024/06/{rng.randint(1, 9):02d} {rng.randint(8, 20)}:{rng.randint(0, 59):02d}", p.name, p.mobile,
                     rng.choice([p.addr_local + " 前の道路", "自宅メーター付近", p.addr_local]), rng.choice(["道路から水が湧いている", "メーターが回り続ける", "宅内漏水の疑い"]),
                     rng.choice(["指定業者手配", "現地確認済", "修繕完了"])])  # fmt: skip
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("漏水", rows, title="漏水 受付記録")]),
            "xlsx",
            fam,
            2,
            {"name", "phone", "address"},
        )
    )

    # H6 募集案内
    docs.append(
        Doc(
            DocSpec(
                title="市営住宅 入居者募集のご案内（令和6年7月）",
                paragraphs=[
                    "申込資格：市内に住所または勤務先があること、所得が基準内であること、市税等の滞納がないこと。",
                    "申込書には世帯全員の氏名・生年月日を記入し、所得証明書を添付してください。",
                    f"抽選日 7月20日　問合せ 住宅供給公社 {w.tel()}",
                ],
                tables=[
                    [
                        ["住宅名", "間取り", "家賃（円）", "募集戸数"],
                        [estate, "3DK", "21,300～41,800", "3"],
                        ["市営緑が丘住宅", "2DK", "16,900～33,200", "2"],
                    ]
                ],
            ),
            "pdf",
            fam,
            1,
            set(),
            "a public notice that mentions 滞納 and 生年月日 without anybody's",
        )
    )

    # H7 rate table
    rows = [["口径", "基本料金（円）", "1～10㎥", "11～20㎥", "21～30㎥", "31㎥以上"]]
    for d, base in [("13mm", 860), ("20mm", 1210), ("25mm", 2050), ("40mm", 6500)]:
        rows.append([d, base, 0, 120, 165, 210])
    docs.append(
        Doc(DocSpec(sheets=[sheet("料金", rows, title="水道料金表（2か月・税抜）")]), "xlsx", fam, 1, set())
    )

    # H8 hidden sheet
    vis = [["棟", "戸数", "入居", "空室"]] + [[f"{b}号棟", 30, 30 - b, b] for b in range(1, 5)]
    ppl = w.people(24, "any", estate)
    hid = [["住所", "名義人", "電話", "生年月日"]] + [[p.bldg, p.name, p.phone, p.birth] for p in ppl]
    docs.append(
        Doc(
            DocSpec(
                sheets=[
                    sheet("空室状況", vis, title=f"{estate} 空室状況"),
                    sheet("入居者", hid, state="hidden"),
                ]
            ),
            "xlsx",
            fam,
            2,
            {"name", "address", "phone", "birth_date"},
            "the tenant list is on a hidden sheet",
        )
    )

    # H9 template with merge fields
    docs.append(
        Doc(
            DocSpec(
                title="給水停止予告通知書（様式第12号）",
                paragraphs=[
                    "«住所»",
                    "«氏名» 様",
                    "お客様番号 «お客様番号»",
                    "下記の水道料金が未納となっています。«納期限»までにお支払いがない場合、給水を停止します。",
                ],
                tables=[[["調定月", "金額"], ["«調定月1»", "«金額1»"], ["合計", "«合計»"]]],
            ),
            "docx",
            fam,
            1,
            set(),
            "a mail-merge template, no person",
        )
    )

    # H10 収納率 report
    docs.append(
        Doc(
            DocSpec(
                title="市営住宅使用料 収納状況（令和5年度決算）",
                paragraphs=[
                    "現年度分の収納率は98.7%、滞納繰越分は21.4%でした。",
                    "長期滞納者には連帯保証人への連絡、法的措置を段階的に実施しています。",
                    "督促状の発送件数は1,240件（前年度比 -6%）。",
                ],
            ),
            "pdf",
            fam,
            1,
            set(),
            "arrears in aggregate, no person",
        )
    )

    # H11 指定工事事業者 list (csv) with 法人番号
    rows = [["法人番号", "事業者名", "代表者", "所在地", "電話"]]
    for co in COMPANIES[:6]:
        rows.append(
            [
                w.corporate(),
                co,
                f"代表取締役 {rng.choice(SURNAMES)} {rng.choice(MALE)}",
                f"{w.ward}{rng.choice(w.towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)}",
                w.tel(),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("指定事業者", rows, title="指定給水装置工事事業者一覧")]),
            "csv",
            fam,
            1,
            {"corporate_number"},
            "representatives named in their role with the company's address and phone",
        )
    )

    # H12 督促 call log
    p, q = w.people(2, "any", estate)
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "【家賃 督促電話メモ】",
                    f"6/3 10:05 {p.bldg} {p.name}様 {p.mobile} → 不在、留守電に折り返し依頼",
                    f"6/3 15:40 {p.name}様より折返し。3か月分 滞納 87,600円、6/20に1か月分入金、残りは分納相談したいとのこと",
                    f"6/4 9:30 {q.bldg} {q.name}様 連帯保証人（弟）に連絡、本人と話すと",
                    "以上 " + w.staff(),
                ]
            ),
            "txt",
            fam,
            3,
            {"name", "address", "phone", "arrears"},
        )
    )

    # H13 抽選結果
    rows = [["受付番号", "住宅名", "結果", "補欠順位"]]
    for _i in range(24):
        rows.append(
            [f"R6-{rng.randint(1000, 9999)}", estate, rng.choice(["当選", "補欠", "落選", "落選"]), ""]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("結果", rows, title="市営住宅 抽選結果（受付番号）")]),
            "xlsx",
            fam,
            1,
            set(),
        )
    )

    # H14 開栓 受付 csv
    ppl = w.people(20, "any")
    rows = [["受付日", "使用者名", "給水場所", "連絡先", "開始日", "区分"]]
    for p in ppl:
        rows.append(
            [
                ymd(w.day()),
                p.name,
                p.addr_local,
                p.mobile,
                ymd(w.day(dt.date(2024, 6, 1), 20)),
                rng.choice(["開栓", "閉栓", "名義変更"]),
            ]
        )
    docs.append(Doc(DocSpec(sheets=[sheet("受付", rows)]), "csv", fam, 2, {"name", "address", "phone"}))

    # H15 収入申告 (xls)
    ppl = w.people(18, "any", estate)
    rows = [["住所", "名義人", "世帯人数", "収入月額", "収入区分", "家賃（円）"]]
    for p in ppl:
        rows.append(
            [
                p.bldg,
                p.name,
                rng.randint(1, 5),
                rng.randint(0, 250000),
                rng.choice("1234"),
                rng.randint(15000, 45000),
            ]
        )
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("申告", rows, title=f"{estate} 収入申告 集計")]),
            "xls",
            fam,
            2,
            {"name", "address"},
            "income alone does not raise the level above 2",
        )
    )
    return docs


# ======================================================================================================
# staff chats and mail threads
# ======================================================================================================
def chats(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "staff_chat"
    s1, s2, s3 = rng.sample(STAFF, 3)

    # C1 Teams export, reply gives the address
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "チャット: 区民課 証明係",
                    f"[2024/06/05 10:12] {s1}: {p.name}さんから、送った住民票が届いてないって電話ありました",
                    f"[2024/06/05 10:14] {s2}: 送付先どこにしてました？",
                    f"[2024/06/05 10:16] {s1}: {p.addr} です。建物名抜けてたかも",
                    f"[2024/06/05 10:17] {s2}: 了解、再送しましょう",
                ]
            ),
            "txt",
            fam,
            2,
            {"name", "address"},
        )
    )

    # C2 Slack csv: water arrears with address
    p = w.person("any")
    rows = [["ts", "user", "text"], ["2024-06-06 09:02", s1, f"{p.name}さんの給水停止、予定どおりでいいですか"],
            ["2024-06-06 09:05", s2, f"{p.addr_local} の件ですね。4月分と先月分も未納です。停止予告は送付済み"],
            ["2024-06-06 09:06", s1, "了解です"]]  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[sheet("slack", rows)]), "csv", fam, 3, {"name", "address", "arrears"}))

    # C3 mail docx, reply gives birth date
    p = w.person("elder")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "件名: RE: 同姓同名の確認",
                    f"差出人: {s2}",
                    "",
                    f"{s1}さん",
                    f"システムで見ると {p.name} さんは2名います。",
                    f"窓口に来ている方は {wareki(p.birth)}生 の方です（{p.town}）。",
                    "",
                    f"> {p.name}さんの印鑑登録、どちらの方か確認お願いします",
                ]
            ),
            "docx",
            fam,
            2,
            {"name", "birth_date"},
        )
    )

    # C4 Teams docx, illness
    p = w.person("adult")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"{s1}  14:20",
                    f"{p.name}さん、今日も来庁されて大声で…",
                    f"{s3}  14:22",
                    "障害福祉課の担当によると、うつ病で通院中で、いま手帳の申請中だそうです。",
                    "対応は2人でお願いします",
                    f"{s1}  14:23",
                    "わかりました",
                ],
                header="Microsoft Teams - 窓口連絡",
            ),
            "docx",
            fam,
            3,
            {"name", "health"},
        )
    )

    # C5 mail with My Number in the reply, cp932
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "From: " + s3,
                    "To: " + s1,
                    "Subject: Re: 番号照会",
                    "",
                    "照会の件、住基で確認しました。",
                    f"{p.name}（{wareki(p.birth)}生）　個人番号 {w.my_number()}",
                    "",
                    "--- 元のメッセージ ---",
                    f"{p.name}さんの個人番号を、年金の届出のため教えてください。",
                ]
            ),
            "txt-cp932",
            fam,
            3,
            {"name", "birth_date", "my_number"},
        )
    )

    # C6 outage chat
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"[09:01] {s1}: 住基端末がログインできません",
                    f"[09:02] {s2}: 2階も同じです。証明発行止まってます",
                    f"[09:05] {s3}: 情報政策課に連絡しました。認証サーバ障害、復旧見込み10時",
                    f"[09:06] {s1}: 窓口に案内を掲示します",
                    f"[10:12] {s3}: 復旧しました",
                ]
            ),
            "txt",
            fam,
            1,
            set(),
            "障害 here is a system outage",
        )
    )

    # C7 outage mail
    docs.append(
        Doc(
            DocSpec(
                title="【障害報告】コンビニ交付サービス停止について",
                paragraphs=[
                    "各区 区民課長 様",
                    "6月8日 6:30～8:10、証明書コンビニ交付サービスが停止しました。",
                    "原因：委託事業者のシステム更新作業の不具合。個人情報の漏えいはありません。",
                    "問合せ 市民局 情報政策課",
                ],
            ),
            "docx",
            fam,
            1,
            set(),
        )
    )

    # C8 Slack schedule csv
    rows = [["ts", "user", "text"], ["2024-06-03 08:45", s1, "今日の窓口当番、午後交代お願いします"], ["2024-06-03 08:47", s2, "了解です"],
            ["2024-06-03 12:10", s3, "休日窓口(6/8)の応援、あと1名募集中"], ["2024-06-03 12:30", s1, "行けます"]]  # fmt: skip
    docs.append(Doc(DocSpec(sheets=[sheet("slack", rows)]), "csv", fam, 1, set()))

    # C9 name only
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"[11:30] {s2}: {p.name}さんから電話、書類は明日持ってくるそうです。折り返し不要",
                    f"[11:31] {s1}: ありがとうございます",
                ]
            ),
            "txt",
            fam,
            1,
            set(),
            "a resident's name alone, without address, birth date, phone or sensitive data",
        )
    )

    # C10 "…の件、先月分も未納です"
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    f"[15:02] {s1}: {p.name}さん、今日窓口に来てます",
                    f"[15:03] {s3}: {p.sur}さんの件、先月分も未納です",
                    f"[15:03] {s1}: 伝えます",
                ]
            ),
            "txt",
            fam,
            3,
            {"name", "arrears"},
            "a named person's arrears; no address needed",
        )
    )

    # C11 LINE WORKS, phone
    p = w.person("any")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "LINE WORKS トーク履歴 保険年金課",
                    f"2024/06/06(木) 13:40 {s2}",
                    f"{p.name}さんの折返し先 {p.mobile} です",
                    f"2024/06/06(木) 13:41 {s1}",
                    "かけます",
                ]
            ),
            "txt",
            fam,
            2,
            {"name", "phone"},
        )
    )

    # C12 handover mail (odt)
    p = w.person("elder")
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "件名: 引継ぎ（来週休みのため）",
                    f"{s2}さん",
                    f"{p.name}さん（{p.addr}、{p.phone}）の転居届は書類待ちです。",
                    "来庁されたら委任状の原本を受け取ってください。",
                    s1,
                ]
            ),
            "odt",
            fam,
            2,
            {"name", "address", "phone"},
        )
    )

    # C13 crowding mail
    docs.append(
        Doc(
            DocSpec(
                paragraphs=[
                    "件名: 月末の混雑対策",
                    "3月末・4月初めは待ち時間が最大120分となりました。",
                    "来年度は発券機の番号呼出をスマホ通知に切替え、臨時窓口を2つ増設します。",
                    f"{s3}（区民課 係長）",
                ]
            ),
            "txt",
            fam,
            1,
            set(),
        )
    )

    # C14 staff names + 内線
    rows = [["ts", "user", "text"], ["2024-06-04 10:00", s1, f"障害福祉課の{s2}さんの内線は 3421 です"],
            ["2024-06-04 10:01", s3, f"{s2}さん、今日は会議で16時まで不在"]]  # fmt: skip
    docs.append(
        Doc(DocSpec(sheets=[sheet("chat", rows)]), "csv", fam, 1, set(), "staff named with extensions")
    )
    return docs


# ======================================================================================================
# form layouts: canvas PDFs, merged and hidden sheets, far-right data, cp932
# ======================================================================================================
def layouts(w: World) -> list[Doc]:
    docs: list[Doc] = []
    rng = w.rng
    fam = "form_layout"
    stamp = "印刷日 2024/06/10 08:52"

    def placeholder(title: str) -> DocSpec:
        return DocSpec(title=title, paragraphs=["(drawn by post)"])

    # F1 200-row 要支援者名簿, 5 pages
    ppl = w.people(200, "elder")
    cols = [
        ("No", 36),
        ("氏名", 62),
        ("生年月日", 150),
        ("住所", 215),
        ("電話", 420),
        ("要件", 505),
        ("支援者", 650),
    ]
    rows = [
        [str(i), p.name, ymd(p.birth), p.addr_local, p.phone, rng.choice(NEEDS), rng.choice(["有", "無"])]
        for i, p in enumerate(ppl, 1)
    ]
    docs.append(
        Doc(
            placeholder("要支援者名簿"),
            "pdf",
            fam,
            3,
            {"name", "birth_date", "address", "phone", "health"},
            "200 persons over 5 pages with 要介護度 and 障害",
            post=canvas_pdf(f"避難行動要支援者名簿　{w.ward}", cols, rows, 40, stamp),
        )
    )

    # F2 200-row 入居者名簿, 5 pages
    ppl = w.people(200, "any", "市営住宅")
    cols = [("No", 36), ("名義人", 62), ("住所", 160), ("電話", 420), ("入居年", 520), ("人数", 580)]
    rows = [
        [str(i), p.name, p.addr_local, p.phone, str(rng.randint(1990, 2023)), str(rng.randint(1, 5))]
        for i, p in enumerate(ppl, 1)
    ]
    docs.append(
        Doc(
            placeholder("入居者名簿"),
            "pdf",
            fam,
            3,
            {"name", "address", "phone"},
            "bulk: 200 tenants with phone",
            post=canvas_pdf(f"市営住宅 入居者名簿（全団地）　{w.ward}", cols, rows, 40, stamp),
        )
    )

    # F3 窓口受付簿 with digits drawn with spaces, 3 pages
    ppl = w.people(60, "any")
    cols = [("No", 36), ("時刻", 60), ("氏名", 95), ("住所", 185), ("電話", 400), ("用件", 560)]
    rows = [
        [
            str(i),
            f"{9 + i // 10}:{rng.randint(0, 59):02d}",
            p.name,
            p.addr_spaced,
            spaced(p.mobile),
            rng.choice(PURPOSES),
        ]
        for i, p in enumerate(ppl, 1)
    ]
    docs.append(
        Doc(
            placeholder("窓口受付簿"),
            "pdf",
            fam,
            2,
            {"name", "address", "phone"},
            "60 persons; digits drawn with spaces",
            post=canvas_pdf("窓口受付簿（区民課 1番窓口）", cols, rows, 25, stamp),
        )
    )

    # F4 本人確認 with the number drawn spaced
    p = w.person("any")
    mn = w.my_number()
    lead = [
        "受付日 2024/06/05　交付窓口 5番",
        f"氏名 {p.name}",
        f"生年月日 {wareki(p.birth)}",
        f"個人番号 {spaced(mn)}",
        "確認 顔写真照合 済 / 暗証番号 本人設定",
    ]
    docs.append(Doc(placeholder("本人確認"), "pdf", fam, 3, {"name", "birth_date", "my_number"}, "the My Number drawn with a space between digits",
                    post=canvas_pdf("個人番号カード 交付 本人確認記録", [("項目", 36), ("結果", 200)], [["顔写真", "一致"], ["通知カード", "回収"]], 20, stamp,
                                    landscape_page=False, lead=lead)))  # fmt: skip

    # F5 published 投票所一覧, 2 pages, phones spaced
    cols = [("投票区", 36), ("投票所", 90), ("所在地", 270), ("電話", 470)]
    rows = []
    for i in range(1, 41):
        t = rng.choice(w.towns)
        rows.append([f"第{i}", f"{t}{rng.choice(['小学校', '中学校', 'コミュニティセンター', '地区会館'])}", f"{t} {rng.randint(1, 5)} 丁目 {rng.randint(1, 30)} 番 {rng.randint(1, 20)} 号",
                     spaced(w.tel())])  # fmt: skip
    docs.append(
        Doc(
            placeholder("投票所一覧"),
            "pdf",
            fam,
            1,
            set(),
            "facilities with spaced phone digits",
            post=canvas_pdf(f"投票所一覧（公開）　{w.ward}", cols, rows, 30, "令和6年6月 選挙管理委員会"),
        )
    )

    # F6 water charge ready-reckoner (canvas)
    cols = [("使用水量", 36), ("13mm", 150), ("20mm", 250), ("25mm", 350)]
    rows = [
        [f"{v} ㎥", f"{860 + v * 120:,} 円", f"{1210 + v * 120:,} 円", f"{2050 + v * 120:,} 円"]
        for v in range(0, 60, 2)
    ]
    docs.append(
        Doc(
            placeholder("料金早見表"),
            "pdf",
            fam,
            1,
            set(),
            post=canvas_pdf(
                "水道料金 早見表（公開・2か月分）", cols, rows, 30, "上下水道局", landscape_page=False
            ),
        )
    )

    # F7 template visible, 滞納 list hidden, title rows merged
    ppl = w.people(12, "any")
    vis: list[list[Cell]] = [
        ["項目", "記入欄", None],
        ["氏名", "", None],
        ["住所", "", None],
        ["滞納額", "", None],
    ]
    hid = [["氏名", "住所", "滞納額", "督促日"]] + [
        [p.name, p.addr, rng.randint(30000, 300000), "2024/05/20"] for p in ppl
    ]
    docs.append(
        Doc(
            DocSpec(
                sheets=[
                    sheet("様式", vis, title="分納相談票（様式）", first_row=4),
                    sheet("data", hid, state="hidden"),
                ]
            ),
            "xlsx",
            fam,
            3,
            {"name", "address", "arrears"},
            "the visible sheet is a blank form; the arrears list is hidden",
            post=merge_xlsx({"様式": ["B4:C4", "B5:C5", "B6:C6", "B7:C7"]}),
        )
    )

    # F8 data far right
    ppl = w.people(15, "any")
    pad: list[Cell] = [None] * 28
    rows_far: list[list[Cell]] = [["漏水 折返し連絡リスト"], [], [*pad, "氏名", "電話", "場所"]]
    rows_far += [[*pad, p.name, p.mobile, p.addr_local] for p in ppl]
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("Sheet1", rows_far)]),
            "xlsx",
            fam,
            2,
            {"name", "phone", "address"},
            "the list starts at column AC",
        )
    )

    # F9 xls 入居者
    ppl = w.people(20, "any", "市営住宅")
    rows = [["住所", "氏名", "生年月日"]] + [[p.bldg, p.name, p.birth] for p in ppl]
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("入居者", rows, title="入居者 生年月日 確認リスト")]),
            "xls",
            fam,
            2,
            {"name", "address", "birth_date"},
        )
    )

    # F10 published stats (ods)
    rows = [["年齢", "男", "女", "計"]]
    for a in range(0, 100, 5):
        m, f = rng.randint(3000, 9000), rng.randint(3000, 9000)
        rows.append([f"{a}～{a + 4}歳", m, f, m + f])
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("人口", rows, title=f"{w.ward} 年齢別人口（令和6年6月1日）")]),
            "ods",
            fam,
            1,
            set(),
        )
    )

    # F11 blank form (odt)
    docs.append(
        Doc(
            DocSpec(
                title="移動支援 利用申請書",
                paragraphs=[
                    "外出時の移動に支援が必要な方は、この申請書に記入して障害福祉課へ提出してください。",
                    "手帳の写しを添付してください。",
                ],
                tables=[[["氏名", ""], ["生年月日", ""], ["住所", ""], ["障害の状況", ""], ["手帳番号", ""]]],
            ),
            "odt",
            fam,
            1,
            set(),
        )
    )

    # F12 説明会 deck
    docs.append(
        Doc(
            DocSpec(
                title="マイナンバーカード 出張申請サポート",
                paragraphs=[
                    "会場：地区センター 毎週水曜",
                    "持ち物：本人確認書類、通知カード",
                    "顔写真はその場で撮影します",
                    f"予約 {w.office_tel}",
                ],
            ),
            "pptx",
            fam,
            1,
            set(),
        )
    )

    # F13 case deck with a real resident
    p = w.person("adult")
    docs.append(
        Doc(
            DocSpec(
                title="事例共有：転居届の受理ミス",
                paragraphs=[
                    f"6/3 {p.name}さん（{p.addr}）の転居届",
                    "旧住所の方書を誤入力",
                    f"本人に電話 {p.mobile} で謝罪、訂正済",
                ],
                notes=["個人名は削除して共有すること"],
            ),
            "pptx",
            fam,
            2,
            {"name", "address", "phone"},
        )
    )

    # F14 csv cp932 with two title lines
    ppl = w.people(22, "any")
    rows = [["住民票 郵送交付 発送記録"], ["作成 区民課"], ["発送日", "請求者", "送付先", "通数"]]
    rows += [[ymd(w.day()), p.name, p.addr, rng.randint(1, 3)] for p in ppl]
    docs.append(Doc(DocSpec(sheets=[sheet("発送", rows)]), "csv-cp932", fam, 2, {"name", "address"}))

    # F15 veryHidden sheet of My Numbers
    ppl = w.people(10, "any")
    vis = [["交付日", "件数"], ["2024/06/03", 41], ["2024/06/04", 38]]
    hid = [["氏名", "生年月日", "個人番号"]] + [[p.name, ymd(p.birth), four(w.my_number(), "-")] for p in ppl]
    docs.append(
        Doc(
            DocSpec(sheets=[sheet("集計", vis), sheet("照合", hid, state="veryHidden")]),
            "xlsx",
            fam,
            3,
            {"name", "birth_date", "my_number"},
            "the My Numbers are on a veryHidden sheet",
        )
    )
    return docs


def build(rng: random.Random) -> list[Doc]:
    w = World(rng)
    return koseki(w) + benefits(w) + welfare(w) + election(w) + housing(w) + chats(w) + layouts(w)


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam9")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set9", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
