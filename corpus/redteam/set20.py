"""Twentieth red-team set (blind): a city's fire department, health-centre liaison and school-health office.

``python -m corpus.redteam.set20 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl`` in the
shape ``corpus.eval.evaluate`` reads (``python -m corpus.eval.evaluate --corpus OUT --no-held-out``).

Written without reading the detectors, the policy data or the other generators' documents, to be scored on
first contact. One mid-size city is drawn per build. Six families: 救急 (``kyukyu``: activity records,
transport lists, 119 memos, first-aid course rosters), 火災・予防 (``kasai``: fire investigations naming
occupants, り災証明, published 防火管理者 lists, volunteer corps rosters), 感染症 (``kansen``: contact lists,
tuberculosis follow-up, food-poisoning investigations), 精神保健 (``seishin``: consultations, course rosters,
自立支援医療), 保健室 (``hokenshitsu``: visit logs, allergy lists, emergency contacts) and 健診
(``kenshin``: school check-ups, 就学時健診, published 学校保健統計). Each family has its public look-alikes
(statistics, published lists of facilities and their managers, blank forms, 記入例 with invented names,
press releases that describe a case without naming anyone).

The truth is the default policy's text only: 3 for a My Number, health or arrears data about an identifiable
person, or records of more than 100 persons with a name and an address, birth date or phone; 2 for a private
person's name with their address, birth date or phone; 1 for the rest. Managers, doctors and licence holders
named in their role next to their facility's address are not persons. Doubtful files carry a ``note``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import my_number_check_digit, random_corporate_number, random_my_number
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import DocSpec, SheetSpec

SEED = 2020
TODAY = dt.date(2024, 7, 8)

# --- pools (this module's own) -------------------------------------------------------------------
# (prefecture, city, area code, towns); a town ending in "*" takes 番地 lots, the others 丁目 lots
CITIES: list[tuple[str, str, str, list[str]]] = [
    ("山口県", "周南市", "0834", ["岐山通", "遠石", "大字久米*", "毛利町", "大字夜市*"]),
    ("栃木県", "小山市", "0285", ["城山町", "駅東通り", "大字粟宮*", "神鳥谷", "犬塚"]),
    ("愛知県", "岡崎市", "0564", ["康生通西", "羽根町*", "美合町*", "大樹寺", "井田町*"]),
    ("三重県", "松阪市", "0598", ["殿町*", "川井町*", "駅部田町*", "久保町*", "中央町"]),
    ("山形県", "鶴岡市", "0235", ["本町", "山王町*", "大山", "宝田", "美咲町*"]),
    ("愛媛県", "今治市", "0898", ["北宝来町", "常盤町", "喜田村", "別宮町", "大字朝倉*"]),
    ("長崎県", "諫早市", "0957", ["永昌町*", "栄田町*", "小野島町*", "幸町*", "多良見町化屋*"]),
    ("長野県", "佐久市", "0267", ["岩村田*", "中込*", "野沢*", "長土呂*", "臼田*"]),
    ("宮崎県", "都城市", "0986", ["姫城町*", "上町*", "早鈴町*", "蔵原町*", "都島町*"]),
]  # fmt: skip
SURNAMES = [
    "河野", "三好", "秋山", "松永", "徳永", "白石", "原田", "荒木", "内田", "野口", "大野", "杉本", "平井", "浅野",
    "上野", "片山", "桑原", "関口", "高木", "竹内", "土屋", "永井", "西川", "橋本", "服部", "福田", "本田", "松岡",
    "三浦", "村上", "森下", "安田", "矢野", "横山", "吉川", "和田", "飯塚", "石川", "岩崎", "江口", "小田", "川端",
    "北村", "久保田", "黒木", "小西", "酒井", "椎名", "島田", "末永", "武藤", "寺田", "中島", "芳賀", "古川", "水野",
]  # fmt: skip
MALE = {
    "child": ["陽翔", "蓮", "湊", "颯太", "悠真", "大翔", "陸", "奏太", "結翔", "碧", "律希", "壮真"],
    "adult": ["拓也", "大輔", "誠", "直樹", "浩二", "達也", "健一", "亮", "修", "聡", "智之", "康平"],
    "old": ["昭二", "勝利", "義雄", "秀夫", "幸男", "和夫", "正明", "俊彦", "隆", "博", "善治", "久雄"],
}
FEMALE = {
    "child": ["陽菜", "凛", "葵", "結衣", "紬", "芽依", "澪", "美桜", "彩葉", "心愛", "柚希", "琴葉"],
    "adult": ["由美", "真由美", "智子", "明美", "直美", "裕子", "麻衣", "彩", "沙織", "恵", "千尋", "友香"],
    "old": ["和子", "節子", "幸子", "敏子", "久美子", "洋子", "文子", "トミ", "静江", "光代", "ミツ", "絹代"],
}
AGES = {"child": (6, 12), "pupil": (6, 15), "adult": (20, 64), "old": (65, 94)}
BUILDINGS = ["コーポ松風", "ハイツ若葉", "レジデンス城南", "市営東団地", "メゾン桜坂", "グランシャトー駅前"]
COMPANIES = ["株式会社みなと弁当", "有限会社まるや仕出し", "株式会社南山フーズ", "株式会社さかえ給食センター",
             "合同会社キッチンひなた", "株式会社あけぼの食品"]  # fmt: skip
HOSPITALS = ["市立総合病院", "中央病院", "済生会病院", "ひがし内科クリニック", "さくら記念病院", "労災病院",
             "みどり小児科", "県立こころの医療センター", "やまびこメンタルクリニック", "西町整形外科"]  # fmt: skip
SCHOOLS = ["第一小学校", "東小学校", "西小学校", "南部小学校", "北中学校", "中央中学校", "緑ケ丘小学校"]
INVENTED = ["消防 太郎", "保健 花子", "学校 一郎", "見本 はなこ"]  # 記入例 names, outside the pools
ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
]
KANJI = "〇一二三四五六七八九"
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- helpers -------------------------------------------------------------------------------------
def fw(text: str) -> str:
    return text.translate(FW)


def kanji(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else KANJI[tens]}十{KANJI[ones] if ones else ''}"


def wareki(d: dt.date, style: str = "long") -> str:
    """昭和48年3月2日 (long), S48.3.2 (short), S48/03/02 (slash); year 1 is 元 in the long form."""
    for name, letter, start in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "long":
                return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            return f"{letter}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(d)


def fail_check(rng: random.Random) -> str:
    """A 12-digit number whose last digit is NOT the My Number check digit."""
    base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    good = my_number_check_digit(base)
    return base + str((good + rng.randint(1, 9)) % 10)


def entrant_birth(rng: random.Random) -> dt.date:
    """A child entering school in April 2025 (born 2018-04-02 … 2019-04-01)."""
    return dt.date(2018, 4, 2) + dt.timedelta(days=rng.randint(0, 364))


def spaced(digits: str) -> str:
    return " ".join(digits)


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    address: str  # town part
    full_address: str
    phone: str
    mobile: str

    @property
    def age(self) -> int:
        return (TODAY - self.birth).days // 365


@dataclass
class World:
    rng: random.Random
    pref: str
    city: str
    ac: str
    towns: list[str]
    used: set[str] = field(default_factory=set)

    def landline(self) -> str:
        return f"{self.ac}-{self.rng.randint(20, 99)}-{self.rng.randint(0, 9999):04d}"

    def mobile(self) -> str:
        return f"0{self.rng.choice('789')}0-{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 9999):04d}"

    def address(self, building: bool = True) -> str:
        town = self.rng.choice(self.towns)
        if town.endswith("*"):
            addr = f"{town[:-1]}{self.rng.randint(1, 2400)}番地"
            if self.rng.random() < 0.3:
                addr += f"{self.rng.randint(1, 9)}"
        else:
            addr = f"{town}{kanji(self.rng.randint(1, 6))}丁目{self.rng.randint(1, 30)}番{self.rng.randint(1, 25)}号"
        if building and self.rng.random() < 0.2:
            addr += f" {self.rng.choice(BUILDINGS)}{self.rng.randint(1, 5)}0{self.rng.randint(1, 8)}"
        return addr

    def person(self, group: str = "adult", sex: str | None = None, surname: str | None = None) -> Person:
        rng = self.rng
        sex = sex or rng.choice("MF")
        pool = (MALE if sex == "M" else FEMALE)["child" if group in ("child", "pupil") else group]
        for _ in range(200):
            name = f"{surname or rng.choice(SURNAMES)} {rng.choice(pool)}"
            if name not in self.used:
                break
        self.used.add(name)
        lo, hi = AGES[group]
        birth = TODAY - dt.timedelta(days=rng.randint(lo * 365 + 10, hi * 365 + 300))
        addr = self.address()
        return Person(name, sex, birth, addr, f"{self.pref}{self.city}{addr}", self.landline(), self.mobile())

    def people(self, n: int, group: str = "adult") -> list[Person]:
        return [self.person(group) for _ in range(n)]

    def date(self, start: dt.date, days: int) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, days))


def nm(p: Person, style: int) -> str:
    """The name as different desks type it: with a space, a full-width space, or none."""
    return [p.name, p.name.replace(" ", "　"), p.name.replace(" ", "")][style % 3]


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None
    layout: str = ""  # what the test checks was really written (e.g. "pages:3", "merged", "hidden")


# --- post-processors: layouts DocSpec cannot express ---------------------------------------------
def _finish(data: bytes) -> bytes:
    from corpus.factory.writers import _finish_zip

    return _finish_zip(data)


def xlsx_merge(ranges: Sequence[str]) -> Callable[[Path], None]:
    def post(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        for r in ranges:
            ws.merge_cells(r)
        buf = io.BytesIO()
        wb.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def docx_edit(merge_first_row: bool = False, header_text: str | None = None) -> Callable[[Path], None]:
    """Merge the first row of the first table (a caption over the columns) and/or put text in the header."""

    def post(path: Path) -> None:
        import docx

        d = docx.Document(str(path))
        if merge_first_row and d.tables:
            row = d.tables[0].rows[0]
            text = row.cells[0].text
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = text
        if header_text is not None:
            sec = d.sections[0]
            sec.header.is_linked_to_previous = False
            sec.header.add_paragraph(header_text)
        buf = io.BytesIO()
        d.save(buf)
        path.write_bytes(_finish(buf.getvalue()))

    return post


def canvas_pdf(
    title: str,
    columns: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    header: str,
    lead: Sequence[str] = (),
    landscape: bool = False,
    closing: Sequence[str] = (),
) -> Callable[[Path], None]:
    """A PDF drawn with reportlab's canvas: columns placed by x (mm), a page header and "n / N" footers."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as land
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        font = "HeiseiKakuGo-W5"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
        size = land(A4) if landscape else A4
        pages = max(1, -(-len(rows) // per_page))
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=size, invariant=1)
        c.setTitle(title)
        for p in range(pages):
            c.setFont(font, 8)
            c.drawString(15 * mm, size[1] - 10 * mm, header)
            c.drawRightString(size[0] - 15 * mm, 8 * mm, f"{p + 1} / {pages}")
            y = size[1] - 20 * mm
            c.setFont(font, 13)
            c.drawString(15 * mm, y, title if p == 0 else f"{title}（続き）")
            y -= 8 * mm
            c.setFont(font, 9)
            if p == 0:
                for line in lead:
                    c.drawString(15 * mm, y, line)
                    y -= 5.5 * mm
            for label, x in columns:
                c.drawString(x * mm, y, label)
            y -= 2 * mm
            c.line(15 * mm, y, size[0] - 15 * mm, y)
            y -= 5 * mm
            c.setFont(font, 8.5)
            for row in rows[p * per_page : (p + 1) * per_page]:
                for (_, x), value in zip(columns, row, strict=False):
                    c.drawString(x * mm, y, value)
                y -= 6 * mm
            if p == pages - 1:
                y -= 4 * mm
                c.setFont(font, 9)
                for line in closing:
                    c.drawString(15 * mm, y, line)
                    y -= 5.5 * mm
            c.showPage()
        c.save()
        path.write_bytes(buf.getvalue())

    return post


# --- families ------------------------------------------------------------------------------------
def kyukyu(w: World) -> list[Doc]:
    rng, city = w.rng, w.city
    hq = f"{city}消防本部"
    docs: list[Doc] = []
    kinds = ["急病", "一般負傷", "交通事故", "転院搬送", "労働災害", "運動競技", "自損行為", "その他"]
    months = [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    stats = [["事故種別", *months, "合計"]]
    for k in kinds:
        vals = [rng.randint(5, 420) if k == "急病" else rng.randint(0, 90) for _ in months]
        stats.append([k, *vals, sum(vals)])
    stats.append(["※転院搬送を含む。件数は覚知日で計上（暫定値）。"])
    docs.append(Doc("kyukyu", "xlsx", 1, [], DocSpec(sheets=[SheetSpec(
        "月別", stats, title=f"令和5年度 {hq} 救急出動件数（事故種別・月別）", footer="警防課救急係 作成")]),
        post=xlsx_merge(["A12:N12"]), layout="merged"))  # fmt: skip
    docs.append(Doc("kyukyu", "docx", 1, [], DocSpec(
        title="報道発表資料　救急隊と市民の連携による救命事例について",
        paragraphs=[
            f"令和6年5月{rng.randint(2, 28)}日午前、{city}内の公園でジョギング中の70代男性が突然倒れ、居合わせた"
            "市民2名が119番通報と胸骨圧迫を行い、AEDによる電気ショックを実施しました。",
            "男性は救急隊により市立総合病院へ搬送され、現在は後遺症なく社会復帰されています。",
            "消防本部では、協力いただいた市民2名に消防長感謝状を贈呈する予定です（氏名は本人の意向により非公表）。",
            f"問合せ先　{hq} 警防課救急係　電話 {w.ac}-{rng.randint(20, 99)}-0119",
        ], header=f"{hq}　報道発表")))  # fmt: skip
    form = [["項目", "記入欄"], ["覚知日時", "　年　月　日　時　分"], ["傷病者氏名", ""], ["生年月日", "昭・平・令　年　月　日"],
            ["住所", ""], ["電話番号", ""], ["主訴・症状", ""], ["既往歴", ""], ["搬送先医療機関", ""], ["傷病程度", "死亡・重症・中等症・軽症"]]  # fmt: skip
    docs.append(Doc("kyukyu", "pdf", 1, [], DocSpec(title="救急活動記録票（様式第3号）", tables=[form],
        paragraphs=["※本票は救急隊長が帰署後速やかに作成し、救急係へ提出すること。"], footer="様式第3号")))  # fmt: skip
    aed = [["設置施設名", "所在地", "設置場所", "電話番号", "利用可能時間"]]
    for fac in ["市役所本庁舎", "市民体育館", "中央公民館", "総合運動公園", "市立図書館", "文化会館", "道の駅", "駅前交番",
                "東地区市民センター", "市民プール", "南部児童館", "温泉センター"]:  # fmt: skip
        aed.append([fac, f"{city}{w.address(False)}", rng.choice(["1階ロビー", "事務室前", "正面玄関"]), w.landline(),
                    rng.choice(["24時間", "8:30～17:15", "9:00～21:00"])])  # fmt: skip
    docs.append(Doc("kyukyu", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("AED", aed)])))
    hosp = [["当番日", "医療機関名", "院長", "所在地", "電話", "診療科"]]
    for i in range(14):
        d = dt.date(2024, 8, 1) + dt.timedelta(days=i)
        hosp.append([d, rng.choice(HOSPITALS[:6]), w.person("old").name, f"{city}{w.address(False)}", w.landline(),
                     rng.choice(["内科", "外科", "小児科", "整形外科"])])  # fmt: skip
    docs.append(Doc("kyukyu", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("8月", hosp, title="休日・夜間 救急当番医療機関（8月前半）",
        number_formats={0: "m/d(aaa)"})]), note="院長 named next to the hospital's address and phone: a role, not a private person"))  # fmt: skip
    docs.append(Doc("kyukyu", "pptx", 1, [], DocSpec(title="普通救命講習Ⅰ　心肺蘇生法とAEDの使い方",
        paragraphs=["反応の確認：肩をたたき大声で呼びかける", "119番通報とAEDの手配を依頼する", "呼吸の確認は10秒以内",
                    "胸骨圧迫：強く（約5cm）・速く（100～120回/分）・絶え間なく", "AEDの音声メッセージに従う",
                    "救急隊に引き継ぐまで続ける"],
        notes=["受講者の緊張をほぐすため、最初に倒れた人を見たことがあるか問いかける。",
               "事例紹介は『60代男性・自宅で倒れた』程度にとどめ、個人が分かる話はしない。"])))  # fmt: skip
    # level 2
    roster = [["No", "氏名", "勤務先・団体", "連絡先電話", "受講日", "修了証番号"]]
    for i, p in enumerate(w.people(24), 1):
        roster.append([i, nm(p, i), rng.choice(["自治会", "市内事業所", "PTA", "個人"]), p.mobile, dt.date(2024, 6, 15),
                       f"R6-普-{i:03d}"])  # fmt: skip
    docs.append(Doc("kyukyu", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("受講者", roster,
        title="普通救命講習Ⅰ 受講者名簿（6月15日 中央消防署）", header="個人情報　取扱注意")])))  # fmt: skip
    reg = [["交付番号", "氏名", "生年月日", "住所", "講習種別", "交付日"]]
    for i, p in enumerate(w.people(30), 1):
        reg.append([f"上-{i:04d}", nm(p, 0), wareki(p.birth, "short"), p.address, rng.choice(["上級", "普通Ⅰ", "普通Ⅲ"]),
                    "R6.5.19"])  # fmt: skip
    docs.append(Doc("kyukyu", "xls", 2, ["name", "birth_date", "address"], DocSpec(sheets=[SheetSpec("交付台帳", reg,
        title="救命技能認定証 交付台帳")])))  # fmt: skip
    a, b = w.person(), w.person("old")
    docs.append(Doc("kyukyu", "docx", 2, ["name", "address", "phone"], DocSpec(
        title="消防長感謝状の贈呈について（伺い）",
        paragraphs=["標記について、下記の者が救命活動に協力したため、感謝状を贈呈してよろしいか伺います。",
                    f"1　被表彰者　{a.name}（{a.age}歳）　住所 {a.full_address}　電話 {a.mobile}",
                    f"2　被表彰者　{b.name}（{b.age}歳）　住所 {b.full_address}　電話 {b.phone}",
                    "3　事案概要　公園内で倒れた70代男性に対し、胸骨圧迫及びAEDを実施した。",
                    "4　贈呈式　令和6年7月22日（月）午前10時　消防本部3階会議室"], header="消防総務課"),
        note="the saved patient is unnamed; the two helpers are named with home address and phone → 2"))  # fmt: skip
    survey = [["応募番号", "氏名", "住所", "電話番号", "Q1 救急車を呼ぶか迷った経験", "Q2 #7119を知っている"]]
    for i, p in enumerate(w.people(40), 1):
        survey.append([i, nm(p, 2), f"{city}{p.address}", p.phone if i % 3 else p.mobile, rng.choice(["ある", "ない"]),
                       rng.choice(["はい", "いいえ"])])  # fmt: skip
    docs.append(Doc("kyukyu", "csv", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("回答", survey)]),
        note="prize-draw entries of a public survey: name, address, phone; the answers are opinions, not health"))  # fmt: skip
    memo = [
        f"■119受信 非救急・問合せ 折返し記録（{TODAY:%Y年%m月}）",
        "受付番号\t受信時刻\t通報者\t折返し電話\t内容",
    ]
    for i in range(12):
        p = w.person()
        memo.append(f"{fail_check(rng)}\t{i % 12 + 8}:{rng.randint(0, 59):02d}\t{p.name}\t{p.mobile}\t"
                    + rng.choice(["倒木で道路ふさがる", "住警器の誤作動、火災なし", "花火の煙の確認", "蜂の巣駆除の相談",
                                  "救急病院の問合せ（本人健康）", "防火水槽の柵破損"]))  # fmt: skip
    docs.append(Doc("kyukyu", "txt", 2, ["name", "phone"], DocSpec(paragraphs=memo),
        note="callers named with their phones, no health; 12-digit 受付番号 all failing the check digit"))  # fmt: skip
    push = [["登録No", "氏名", "住所", "携帯電話", "登録日", "資格"]]
    for i, p in enumerate(w.people(18), 1):
        push.append([i, p.name, p.address, p.mobile, dt.date(2023, rng.randint(1, 12), rng.randint(1, 28)),
                     rng.choice(["上級救命", "看護師", "普通救命"])])  # fmt: skip
    docs.append(Doc("kyukyu", "ods", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("協力員", push,
        title="救命協力員（AED協力者）登録者一覧")]), note="看護師 here is a volunteer's qualification, not health data"))  # fmt: skip
    # level 3
    pts = w.people(22, "old") + w.people(10)
    visible = [["区分", "件数"], ["急病", 21], ["一般負傷", 7], ["交通事故", 4], ["合計", 32]]
    hidden = [["覚知", "氏名", "年齢", "住所", "傷病名", "程度", "搬送先"]]
    for p in pts:
        hidden.append([w.date(dt.date(2024, 6, 1), 29).strftime("%m/%d"), p.name, p.age, p.address,
                       rng.choice(["脳梗塞疑い", "急性心筋梗塞", "大腿骨頸部骨折", "熱中症", "肺炎", "低血糖発作", "頭部打撲"]),
                       rng.choice(["重症", "中等症", "軽症"]), rng.choice(HOSPITALS[:6])])  # fmt: skip
    docs.append(Doc("kyukyu", "xlsx", 3, ["name", "address", "health"], DocSpec(sheets=[
        SheetSpec("6月集計", visible, title="東分署 6月 搬送件数"), SheetSpec("搬送者", hidden, state="hidden")]),
        layout="hidden"))  # fmt: skip
    rec = []
    for p in w.people(40, "old") + w.people(14):
        rec.append([w.date(dt.date(2024, 5, 1), 30).strftime("%m/%d"), nm(p, 1), wareki(p.birth, "short"), p.address[:16],
                    rng.choice(["胸痛", "意識障害", "呼吸苦", "腹痛", "転倒", "発熱", "めまい"]), rng.choice(HOSPITALS[:6])])  # fmt: skip
    docs.append(Doc("kyukyu", "pdf", 3, ["name", "birth_date", "address", "health"], DocSpec(title="救急活動記録 要約"),
        post=canvas_pdf("救急活動記録 要約（令和6年5月分）", [("月日", 15), ("傷病者氏名", 28), ("生年月日", 62),
                        ("住所", 85), ("主訴", 142), ("搬送先", 162)], rec, 24, f"{w.city}消防本部 中央消防署　内部資料"),
        layout="pages:3"))  # fmt: skip
    p = w.person("old")
    docs.append(Doc("kyukyu", "txt-cp932", 3, ["name", "address", "phone", "health"], DocSpec(paragraphs=[
        "【119受信メモ】指令課 第2係", f"受信 {TODAY.month}/{TODAY.day} 02:14　救急　通報者：妻",
        f"傷病者 {p.name}（{p.age}）　{p.address}", f"電話 {p.phone}",
        "胸が苦しいと訴え、冷汗あり。既往：心筋梗塞（R3 ステント）、糖尿病でインスリン使用。",
        "口頭指導：楽な姿勢、ニトロ舌下は本人所持あり。救急3隊出場 02:15。"])))  # fmt: skip
    freq = [["氏名", "住所", "電話", "年間要請回数", "主な主訴", "既往歴・備考"]]
    for q in w.people(9, "old"):
        freq.append([q.name, q.address, q.phone, rng.randint(12, 40), rng.choice(["腹痛", "不安", "呼吸苦", "頭痛"]),
                     rng.choice(["アルコール依存", "パニック障害", "COPD在宅酸素", "統合失調症で通院中"])])  # fmt: skip
    docs.append(
        Doc(
            "kyukyu",
            "csv-cp932",
            3,
            ["name", "address", "phone", "health"],
            DocSpec(sheets=[SheetSpec("頻回", freq)]),
        )
    )
    q = w.person("old")
    docs.append(Doc("kyukyu", "pptx", 3, ["name", "address", "health"], DocSpec(title="救急隊員 事例検討会（令和6年度第1回）",
        paragraphs=["CPA事例の振り返り", "覚知から接触まで8分", "バイスタンダーCPRあり", "除細動1回でROSC",
                    "病院選定に時間を要した要因", "今後の課題：情報伝達"],
        notes=["スライドは匿名化済み。", f"（口頭説明用メモ）実際の傷病者は {q.name}さん {q.age}歳、{q.address} 在住。"
               "既往に拡張型心筋症、ICD植込み済み。家族の連絡が遅れた。"]),
        note="the slides are anonymised but the speaker notes name the real patient with address and diagnosis"))  # fmt: skip
    q = w.person("adult")
    docs.append(Doc("kyukyu", "docx", 3, ["name", "birth_date", "health"], DocSpec(title="救急活動 事後検証票",
        tables=[[["項目", "内容"], ["傷病者", nm(q, 1)], ["生年月日", fw(q.birth.strftime("%Y-%m-%d"))],
                 ["心停止目撃", "あり（家族）"], ["初期心電図", "VF"], ["病院診断名", "急性心筋梗塞、低酸素脳症"],
                 ["転帰", "1か月生存・CPC2"]]],
        header="MC協議会 事後検証　取扱注意"), post=docx_edit(header_text="検証番号 R6-017"), layout="header"))  # fmt: skip
    return docs


def kasai(w: World) -> list[Doc]:
    rng, city = w.rng, w.city
    docs: list[Doc] = []
    bousai = [["防火対象物名称", "名称（カナ）", "所在地", "電話", "防火管理者", "選任年月日"]]
    for fac, kana in [("ホテル城南", "ホテルジョウナン"), ("ショッピングプラザ駅前", "ショッピングプラザエキマエ"),
                      ("特別養護老人ホームやすらぎ苑", "トクベツヨウゴロウジンホームヤスラギエン"), ("市民文化会館", "シミンブンカカイカン"),
                      ("さくら記念病院", "サクラキネンビョウイン"), ("カラオケ歌広場", "カラオケウタヒロバ"),
                      ("東部保育園", "トウブホイクエン"), ("グランシャトー駅前", "グランシャトーエキマエ")]:  # fmt: skip
        bousai.append([fac, kana, f"{city}{w.address(False)}", w.landline(), w.person().name,
                       wareki(w.date(dt.date(2015, 1, 1), 3000), "long")])  # fmt: skip
    docs.append(Doc("kasai", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("公表", bousai, title="防火管理者選任状況（公表）")]),
        note="managers named in their role next to the building's address; 選任年月日 is no birth date"))  # fmt: skip
    fire = [["区分", "件数", "損害額(千円)", "死者", "負傷者"]] + [
        [k, rng.randint(1, 40), rng.randint(100, 90000), rng.randint(0, 2), rng.randint(0, 8)]
        for k in ["建物火災", "林野火災", "車両火災", "その他火災"]]  # fmt: skip
    cause = [["出火原因", "件数"]] + [
        [c, rng.randint(1, 12)]
        for c in ["たばこ", "こんろ", "放火（疑い含む）", "電気機器", "たき火", "ストーブ"]
    ]
    docs.append(Doc("kasai", "pdf", 1, [], DocSpec(title=f"令和5年 {city}の火災概況", paragraphs=[
        "令和5年中の火災件数は前年より減少しましたが、住宅火災による死者が発生しています。"] * 3,
        tables=[fire, cause] * 3, footer=f"{city}消防本部 予防課")))  # fmt: skip
    docs.append(Doc("kasai", "docx", 1, [], DocSpec(title="建物火災の発生について（第2報）", paragraphs=[
        f"発生日時　令和6年6月{rng.randint(1, 28)}日 19時42分頃", f"発生場所　{city}{w.towns[0].rstrip('*')}地内　木造2階建て住宅",
        "焼損程度　全焼1棟（延べ約120㎡）", "負傷者　住人の80代女性が煙を吸い軽傷", "出火原因　調査中",
        "個人情報保護の観点から、居住者の氏名は公表しません。"], header="報道提供")))  # fmt: skip
    viol = [["公表番号", "対象物番号", "名称", "所在地", "違反内容", "公表日"]]
    for i in range(8):
        viol.append([i + 1, fail_check(rng), rng.choice(["雑居ビル", "飲食店ビル", "旅館", "共同住宅"]) + f"{i + 1}号館",
                     f"{city}{w.address(False)}", rng.choice(["スプリンクラー設備未設置", "自動火災報知設備未設置", "屋内消火栓設備未設置"]),
                     "2024/04/01"])  # fmt: skip
    docs.append(Doc("kasai", "csv", 1, [], DocSpec(sheets=[SheetSpec("違反公表", viol)]),
        note="12-digit 対象物番号 all failing the check digit"))  # fmt: skip
    docs.append(Doc("kasai", "docx", 1, [], DocSpec(title="り災申告書（記入例）", tables=[[
        ["申告者氏名", "消防 太郎（記入例）"], ["住所", f"{city}○○町1丁目2番3号"], ["電話", "0000-00-0000"],
        ["り災日時", "令和○年○月○日"], ["り災物件", "住宅・家財"]]], paragraphs=["※太枠内を記入してください。"]),
        note="記入例 with an invented name and placeholder address"))  # fmt: skip
    docs.append(Doc("kasai", "odt", 1, [], DocSpec(title="防火・防災管理講習 開催案内", paragraphs=[
        "甲種防火管理新規講習を下記のとおり開催します。", "日時　令和6年9月10日・11日　9:00～16:30",
        f"会場　{city}消防本部 4階講堂", "申込　受講申込書に顔写真を貼付し予防課へ提出", f"問合せ　予防課 {w.landline()}"])))  # fmt: skip
    docs.append(Doc("kasai", "pptx", 1, [], DocSpec(title="住宅防火対策 出前講座", paragraphs=[
        "住宅火災の死者の約7割が65歳以上", "住宅用火災警報器は寝室と階段に", "10年を目安に交換",
        "こんろの消し忘れに注意", "寝たばこは絶対にしない", "防炎品の活用"],
        notes=["過去の事例は『市内の高齢者宅』として紹介し、地名・氏名は出さない。"])))  # fmt: skip
    # level 2
    risai = [
        ["受付", None, "申請者", None, None, "り災・交付"],
        ["交付番号", "申請者氏名", "住所", "電話番号", "り災日", "交付日"],
    ]
    for i, p in enumerate(w.people(15), 1):
        risai.append([f"R6-{i:03d}", nm(p, i), p.address, p.phone, dt.date(2024, rng.randint(1, 5), rng.randint(1, 28)),
                      dt.date(2024, 6, rng.randint(1, 28))])  # fmt: skip
    docs.append(Doc("kasai", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("台帳", risai,
        title="り災証明書 交付台帳（令和6年度）")]), post=xlsx_merge(["A3:B3", "C3:E3", "F3:G3"]), layout="merged"))  # fmt: skip
    occ = w.people(3)
    docs.append(Doc("kasai", "docx", 2, ["name", "phone", "address"], DocSpec(title="火災調査報告書（概要）",
        paragraphs=[f"出火場所　{city}{occ[0].address}", "構造　木造2階建て専用住宅", "焼損　半焼（台所及び居間）",
                    "死傷者　なし（全員自力避難）"],
        tables=[[["居住者一覧", "", "", ""], ["氏名", "続柄", "年齢", "連絡先"]]
                + [[nm(o, 0), r, str(o.age), o.mobile] for o, r in zip(occ, ["世帯主", "妻", "長男"], strict=True)]],
        header=f"火災調査 第{rng.randint(10, 60)}号"), post=docx_edit(merge_first_row=True), layout="docx_merged"))  # fmt: skip
    kw = [["No", "氏名", "生年月日", "住所", "電話", "設置台数"]]
    for i, p in enumerate(w.people(20, "old"), 1):
        kw.append([i, p.name, p.birth, p.address, p.phone, rng.randint(1, 3)])
    docs.append(Doc("kasai", "xls", 2, ["name", "birth_date", "address", "phone"], DocSpec(sheets=[SheetSpec("申込",
        kw, title="住宅用火災警報器 設置支援 申込者一覧", number_formats={2: "ggge年m月d日"})]),
        note="an age-based subsidy: 65+ is no health data"))  # fmt: skip
    dan = [["分団", "階級", "氏名", "生年月日", "住所", "携帯"]]
    for i, p in enumerate(w.people(36), 1):
        dan.append([f"第{(i - 1) // 6 + 1}分団", rng.choice(["団員", "班長", "部長"]), p.name, p.birth.strftime("%Y/%m/%d"),
                    p.address, p.mobile])  # fmt: skip
    docs.append(Doc("kasai", "csv-cp932", 2, ["name", "birth_date", "address", "phone"], DocSpec(sheets=[SheetSpec("団員", dan)]),
        note="volunteer corps members' own home addresses and birth dates: private persons"))  # fmt: skip
    p = w.person()
    docs.append(Doc("kasai", "txt", 2, ["name", "birth_date", "address", "phone"], DocSpec(paragraphs=[
        "質問調書", f"供述者　住所 {p.full_address}", f"　　　　氏名 {p.name}　生年月日 {wareki(p.birth)}", f"　　　　電話 {p.mobile}",
        "私は出火当時、2階の寝室で寝ていましたが、焦げ臭いにおいで目が覚めました。",
        "1階に降りると台所のこんろ付近から炎が見えたので、家族を起こして外に逃げました。けがはありません。"])))  # fmt: skip
    app = [["受付", "氏名", "生年月日", "住所", "勤務先"]]
    for i, p in enumerate(w.people(20), 1):
        app.append(
            [str(i), p.name, wareki(p.birth, "long"), p.address, rng.choice(["飲食店", "物販店", "事務所"])]
        )
    docs.append(Doc("kasai", "pdf", 2, ["name", "birth_date", "address"], DocSpec(title="甲種防火管理新規講習 受講申込者一覧",
        tables=[app], header=f"{city}消防本部 予防課", footer="受講票発送用")))  # fmt: skip
    # level 3
    inj = w.person("old")
    docs.append(Doc("kasai", "docx", 3, ["name", "birth_date", "address", "health"], DocSpec(title="火災調査書（死傷者）",
        paragraphs=[f"死傷者　{inj.name}（{wareki(inj.birth, 'short')}生）", f"住所　{inj.full_address}",
                    "負傷程度　気道熱傷及び両前腕Ⅱ度熱傷、市立総合病院へ救急搬送（中等症）",
                    "備考　本人は認知症の診断を受けており、日中独居。"], header="火災調査 取扱注意"),
        post=docx_edit(header_text=f"調査番号 {rng.randint(100, 999)}"), layout="header"))  # fmt: skip
    grads = [["修了証番号", "氏名", "生年月日", "住所", "事業所", "講習"]]
    for i, p in enumerate(w.people(124), 1):
        grads.append([f"甲-{i:04d}", nm(p, i), wareki(p.birth, "slash"), p.address, rng.choice(["飲食店", "事務所", "物販店", "旅館"]),
                      rng.choice(["甲種新規", "乙種"])])  # fmt: skip
    far = [[None] * 27 + r for r in grads]
    docs.append(Doc("kasai", "xlsx", 3, ["name", "birth_date", "address"], DocSpec(sheets=[
        SheetSpec("台帳", [["防火管理講習 修了者台帳（作業列はAB列以降）"], *far])]),
        note="bulk: 124 private course graduates with birth date and home address", layout="far_right"))  # fmt: skip
    mima = []
    for p in w.people(30, "old"):
        mima.append([p.name, p.address[:15], p.phone, rng.choice(["なし", "身体障害者手帳2級", "要介護3", "人工透析", "なし"]),
                     rng.choice(["全焼", "半焼", "水損"])])  # fmt: skip
    docs.append(Doc("kasai", "pdf", 3, ["name", "address", "phone", "health"], DocSpec(title="火災見舞金"),
        post=canvas_pdf("火災見舞金 支給対象者名簿", [("氏名", 15), ("住所", 45), ("電話", 100), ("要配慮事項", 130), ("り災程度", 175)],
                        mima, 18, "社会福祉課・消防本部 共用"), layout="pages:2"))  # fmt: skip
    yo = [["氏名", "住所", "電話", "状態", "避難時の配慮"]]
    for p in w.people(16, "old"):
        yo.append(
            [
                p.name,
                p.address,
                p.phone,
                rng.choice(["寝たきり", "視覚障害", "車椅子", "認知症"]),
                "声かけ・搬送補助",
            ]
        )
    docs.append(Doc("kasai", "ods", 3, ["name", "address", "phone", "health"], DocSpec(sheets=[SheetSpec("訪問", yo,
        title="防火訪問 要配慮者リスト（東地区）")])))  # fmt: skip
    pay = [["氏名", "住所", "個人番号", "支給額"]]
    for p in w.people(6):
        pay.append([p.name, p.address, fw(random_my_number(rng)), 50000])
    docs.append(Doc("kasai", "xlsx", 3, ["name", "address", "my_number"], DocSpec(sheets=[
        SheetSpec("支給決定", [["件数", 6], ["支給総額", 300000]], title="火災見舞金 支給決定"),
        SheetSpec("支払調書用", pay, state="veryHidden")]), note="My Numbers in full-width digits on a very hidden sheet",
        layout="veryhidden"))  # fmt: skip
    return docs


def kansen(w: World) -> list[Doc]:
    rng, city = w.rng, w.city
    docs: list[Doc] = []
    hc = f"{w.pref}{city.removesuffix('市')}保健所"
    weekly = [["疾患名", *[f"第{k}週" for k in range(20, 26)], "前週比"]]
    for d in [
        "インフルエンザ",
        "新型コロナウイルス感染症",
        "感染性胃腸炎",
        "RSウイルス感染症",
        "手足口病",
        "ヘルパンギーナ",
        "A群溶連菌咽頭炎",
    ]:
        weekly.append([d, *[round(rng.uniform(0, 12), 2) for _ in range(6)], rng.choice(["↑", "↓", "→"])])
    docs.append(Doc("kansen", "pdf", 1, [], DocSpec(title=f"感染症発生動向調査 週報（{hc}）", paragraphs=[
        "定点当たり報告数の推移を示します。手足口病が増加傾向です。", "結核の新規登録は今週1件（70代）でした。"],
        tables=[weekly] * 4, footer=hc)))  # fmt: skip
    tb = [["年齢階級", "新登録患者数", "うち肺結核", "罹患率(人口10万対)"]] + [
        [a, rng.randint(0, 9), rng.randint(0, 7), round(rng.uniform(0, 25), 1)] for a in ["0-14", "15-29", "30-59", "60-69", "70-79", "80-"]]  # fmt: skip
    docs.append(
        Doc("kansen", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("R5", tb, title="結核登録者統計（令和5年）")]))
    )
    comp = rng.choice(COMPANIES)
    corp = random_corporate_number(rng)
    docs.append(Doc("kansen", "docx", 1, ["corporate_number"], DocSpec(title="食中毒の発生について", paragraphs=[
        f"{hc}管内の飲食店が調製した弁当を喫食した{rng.randint(12, 40)}名が下痢・腹痛等の症状を呈しました。",
        f"原因施設　{comp}（法人番号 {corp}）　{city}{w.address(False)}", "病因物質　ウエルシュ菌", "処分　営業停止3日間",
        "患者はいずれも快方に向かっています。患者の氏名等は公表しません。"], header="報道発表資料")))  # fmt: skip
    lic = [["許可番号", "施設名称", "営業者", "所在地", "電話", "業種", "許可年月日"]]
    for _ in range(12):
        lic.append([f"第{rng.randint(100, 999)}号", rng.choice(["食堂", "居酒屋", "キッチン", "ベーカリー"]) + f"{rng.choice('あおいうみやま')}",
                    w.person().name, f"{city}{w.address(False)}", w.landline(), rng.choice(["飲食店営業", "菓子製造業"]),
                    wareki(w.date(dt.date(2019, 6, 1), 1700))])  # fmt: skip
    docs.append(Doc("kansen", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("許可", lic)]),
        note="licence holders in the public register; 許可年月日 is no birth date"))  # fmt: skip
    docs.append(Doc("kansen", "docx", 1, [], DocSpec(title="接触者調査票", tables=[[
        ["氏名", "", "生年月日", "　年　月　日"], ["住所", "", "電話", ""], ["接触状況", "同居・職場・その他", "最終接触日", ""],
        ["症状", "咳・発熱・なし", "備考", ""]]], paragraphs=["該当するものに○をつけてください。"], footer="様式2")))  # fmt: skip
    ex = [
        ["区分", "氏名", "電話", "接触状況", "症状"],
        ["記入例", "保健 花子", "090-0000-0000", "同居", "なし"],
        ["1", "", "", "", ""],
        ["2", "", "", "", ""],
    ]
    docs.append(Doc("kansen", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("入力用", ex, title="接触者リスト（施設記入用）")]),
        note="記入例 with an invented name and a placeholder phone"))  # fmt: skip
    cl = [["医療機関名", "院長", "所在地", "電話", "実施可能ワクチン"]]
    for h in HOSPITALS[3:9]:
        cl.append(
            [h, w.person("adult").name, f"{city}{w.address(False)}", w.landline(), "インフルエンザ・肺炎球菌"]
        )
    docs.append(Doc("kansen", "ods", 1, [], DocSpec(sheets=[SheetSpec("協力医療機関", cl)]),
        note="院長 named in a published list of clinics"))  # fmt: skip
    # level 2
    guests = [["No", "氏名", "電話番号", "出欠"]]
    for i, p in enumerate(w.people(26), 1):
        guests.append([i, nm(p, 2), p.mobile, "出"])
    docs.append(Doc("kansen", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("名簿", guests,
        title="同窓会 出席者名簿（幹事提供・喫食調査用）")]),
        note="the guest list handed over before any questionnaire: names and phones, no symptoms yet → 2"))  # fmt: skip
    lec = [["受付No", "氏名", "住所", "電話", "参加人数"]]
    for i, p in enumerate(w.people(30), 1):
        lec.append([i, p.name, p.address, p.phone, rng.randint(1, 2)])
    docs.append(
        Doc("kansen", "csv", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("申込", lec)]))
    )
    p = w.person()
    docs.append(Doc("kansen", "docx", 2, ["name", "address", "phone"], DocSpec(title="食品苦情 受付票", tables=[[
        ["受付日", "2024/06/21"], ["申出者", p.name], ["住所", p.full_address], ["電話", p.mobile],
        ["内容", "購入した総菜に金属片が混入していた。喫食前に気づき、健康被害なし。"], ["対応", "販売店へ立入予定"]]])))  # fmt: skip
    well = [["受付番号", "依頼者", "住所", "電話", "検査項目", "結果"]]
    for i, p in enumerate(w.people(10), 1):
        well.append(
            [
                f"W{i:03d}",
                p.name,
                p.address,
                p.phone,
                "一般細菌・大腸菌",
                rng.choice(["適", "不適（大腸菌検出）"]),
            ]
        )
    docs.append(Doc("kansen", "odt", 2, ["name", "address", "phone"], DocSpec(title="飲用井戸水 水質検査 依頼者一覧",
        tables=[well]), note="a well's water result is about the well, not the person's health"))  # fmt: skip
    fh = [["受講番号", "氏名", "生年月日", "店舗名"]]
    for i, p in enumerate(w.people(22), 1):
        fh.append(
            [
                i,
                p.name,
                wareki(p.birth),
                rng.choice(["そば処", "喫茶", "居酒屋", "焼肉"]) + rng.choice("ひなたもみじ"),
            ]
        )
    docs.append(Doc("kansen", "xls", 2, ["name", "birth_date"], DocSpec(sheets=[SheetSpec("受講者", fh,
        title="食品衛生責任者養成講習会 受講者名簿")]), note="course participants with their own birth dates"))  # fmt: skip
    vol = [["配置", "氏名", "携帯電話"]]
    for p in w.people(9):
        vol.append([rng.choice(["受付", "予診票確認", "経過観察室", "駐車場"]), p.name, p.mobile])
    docs.append(Doc("kansen", "pptx", 2, ["name", "phone"], DocSpec(title="集団接種会場 事前説明会", paragraphs=[
        "当日の流れ", "受付から接種まで", "経過観察15分", "体調不良者の対応", "個人情報の取扱い", "緊急連絡先"],
        tables=[vol], notes=["配置表は当日朝に再確認。"]), note="volunteers' names and mobiles on a slide table"))  # fmt: skip
    # level 3
    p = w.person("old")
    docs.append(Doc("kansen", "docx", 3, ["name", "birth_date", "address", "health"], DocSpec(title="結核患者 訪問・服薬支援記録",
        paragraphs=[f"患者氏名　{nm(p, 1)}　　生年月日　{wareki(p.birth)}", f"住所　{p.full_address}",
                    "病名　肺結核（喀痰塗抹陽性）　登録日 R6.3.12", "6/14 訪問。INH・RFP 服薬確認（DOTSノート記載あり）。咳は軽減。",
                    "6/28 電話。食欲低下の訴え、主治医へ情報提供。"], header=f"{hc} 保健予防課　結核登録番号 {rng.randint(1000, 9999)}",
        footer="個人情報につき施錠保管")))  # fmt: skip
    plan = [["区分", "対象者数", "実施日"], ["同居家族", 4, "7/2"], ["職場", 11, "7/9"]]
    ct = [["氏名", "続柄・関係", "電話", "IGRA結果", "胸部X線"]]
    for q in w.people(15):
        ct.append(
            [
                q.name,
                rng.choice(["同居家族", "職場同僚"]),
                q.mobile,
                rng.choice(["陰性", "陽性", "判定保留"]),
                rng.choice(["異常なし", "要精検"]),
            ]
        )
    docs.append(Doc("kansen", "xlsx", 3, ["name", "phone", "health"], DocSpec(sheets=[SheetSpec("接触者健診計画", plan),
        SheetSpec("対象者", ct, state="hidden")]), layout="hidden"))  # fmt: skip
    fp = [["No", "氏名", "年齢", "電話", "発症日時", "症状", "受診医療機関"]]
    for i, q in enumerate(w.people(18), 1):
        fp.append([i, q.name, q.age, q.mobile, f"6/{rng.randint(10, 12)} {rng.randint(0, 23)}時",
                   rng.choice(["下痢・腹痛", "嘔吐・発熱", "下痢"]), rng.choice([*HOSPITALS[:5], "受診なし"])])  # fmt: skip
    docs.append(
        Doc("kansen", "csv-cp932", 3, ["name", "phone", "health"], DocSpec(sheets=[SheetSpec("有症者", fp)]))
    )
    p = w.person("old")
    mn = random_my_number(rng)
    docs.append(Doc("kansen", "pdf", 3, ["name", "birth_date", "address", "my_number", "health"], DocSpec(title="公費負担申請"),
        post=canvas_pdf("感染症患者医療費公費負担申請書（結核）", [("項目", 15), ("記載内容", 55)], [
            ["患者氏名", p.name], ["生年月日", wareki(p.birth)], ["住所", p.full_address], ["個人番号", spaced(mn)],
            ["病名", "肺結核"], ["医療機関", HOSPITALS[0]], ["申請日", "令和6年6月3日"], ["", ""], ["添付書類", "診断書・胸部X線写真"],
            ["経過（p2）", "入院勧告 R6.3.12"], ["", "退院 R6.5.20"], ["", "外来DOTS継続"]], 9, f"{hc}　受付印",
            closing=["上記のとおり申請します。"]), note="the My Number is drawn one digit apart on the canvas", layout="pages:2"))  # fmt: skip
    p = w.person()
    docs.append(Doc("kansen", "txt", 3, ["name", "phone", "health"], DocSpec(paragraphs=[
        "積極的疫学調査メモ（腸管出血性大腸菌感染症）", f"患者：{p.name}　{p.age}歳　携帯 {p.mobile}",
        "6/18 血便で受診、O157 VT2 陽性。家族3人は無症状、検便予定。", "喫食歴：6/14 焼肉店（店名別紙）、6/15 自宅BBQ。"])))  # fmt: skip
    p = w.person("old")
    docs.append(Doc("kansen", "pptx", 3, ["name", "address", "health"], DocSpec(title="施設内感染対策 研修会",
        paragraphs=["標準予防策", "手指衛生の5つのタイミング", "結核を疑う症状：2週間以上の咳", "早期受診・早期発見",
                    "接触者健診の流れ", "施設職員の役割"],
        notes=["事例は架空です。", f"※講師控：実例は {p.name}さん（{p.address}、{w.city}内の施設入所中）、肺結核で入院、施設職員8名が接触者健診。"]),
        note="one real case left in the speaker notes"))  # fmt: skip
    return docs


def seishin(w: World) -> list[Doc]:
    rng, city = w.rng, w.city
    docs: list[Doc] = []
    win = [
        ["窓口", "電話", "受付時間"],
        ["こころの健康相談（保健所）", w.landline(), "平日 8:30～17:15"],
        ["精神保健福祉センター", w.landline(), "平日 9:00～16:00"],
        ["いのちの電話", "0120-783-556", "毎日 16:00～21:00"],
    ]
    docs.append(Doc("seishin", "pdf", 1, [], DocSpec(title="こころの相談窓口のご案内", tables=[win], paragraphs=[
        "ひとりで悩まず、まずはご相談ください。相談は無料で、秘密は守られます。"])))  # fmt: skip
    st = [["年", "自殺者数", "相談件数(電話)", "相談件数(来所)"]] + [
        [y, rng.randint(15, 40), rng.randint(300, 900), rng.randint(80, 300)] for y in range(2018, 2024)
    ]
    docs.append(
        Doc(
            "seishin",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("推移", st, title="自殺者数及び精神保健相談件数の推移")]),
        )
    )
    docs.append(Doc("seishin", "docx", 1, [], DocSpec(title="精神障害者家族教室のご案内", paragraphs=[
        "統合失調症など、こころの病気を持つ方のご家族を対象に、病気の理解と対応を学ぶ教室を開催します。",
        "日時　令和6年9月から全4回（毎月第2木曜日 14:00～16:00）", "講師　県立こころの医療センター 医師・精神保健福祉士",
        "申込　保健所 精神保健係まで電話で"])))  # fmt: skip
    docs.append(Doc("seishin", "pptx", 1, [], DocSpec(title="ゲートキーパー養成研修", paragraphs=[
        "気づき：いつもと違う様子", "声かけ：眠れていますか", "傾聴：否定せず話を聴く", "つなぎ：専門窓口へ", "見守り",
        "事例：Aさん（40代・会社員）は失業後に眠れなくなり…"], notes=["事例のAさんは架空の人物です。"])))  # fmt: skip
    docs.append(Doc("seishin", "txt-cp932", 1, [], DocSpec(paragraphs=[
        "精神保健福祉相談 受付票（様式）", "受付日：　　年　　月　　日", "相談者氏名：", "本人との関係：本人・家族・その他",
        "本人氏名：　　　　　生年月日：", "住所：", "電話：", "主訴：", "受診歴：有・無（医療機関名　　　　）", "対応："])))  # fmt: skip
    cl = [["医療機関名", "所在地", "電話", "デイケア"]]
    for h in [
        "県立こころの医療センター",
        "やまびこメンタルクリニック",
        "こもれびクリニック",
        "つばさ心療内科",
    ]:
        cl.append([h, f"{city}{w.address(False)}", w.landline(), rng.choice(["あり", "なし"])])
    docs.append(Doc("seishin", "csv", 1, [], DocSpec(sheets=[SheetSpec("医療機関", cl)])))
    # level 2
    gk = [["No", "氏名", "所属", "電話", "受講日"]]
    for i, p in enumerate(w.people(28), 1):
        gk.append([i, p.name, rng.choice(["民生委員", "市民", "理美容組合", "薬局"]), p.mobile, "2024/05/28"])
    docs.append(Doc("seishin", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("受講者", gk, title="ゲートキーパー研修 受講者")]),
        note="attending a course is not health data"))  # fmt: skip
    ko = w.people(14)
    docs.append(Doc("seishin", "docx", 2, ["name", "address", "phone"], DocSpec(title="こころの健康講演会 申込者一覧",
        tables=[[["氏名", "住所", "電話"]] + [[p.name, p.address, p.phone] for p in ko]]),
        note="a public lecture's applicants: no one's own condition is recorded"))  # fmt: skip
    vol = [["氏名", "生年月日", "住所", "登録年度"]]
    for p in w.people(12, "old"):
        vol.append([p.name, p.birth, p.address, "R5"])
    docs.append(
        Doc(
            "seishin",
            "ods",
            2,
            ["name", "birth_date", "address"],
            DocSpec(sheets=[SheetSpec("傾聴ボランティア", vol)]),
        )
    )
    camp = [["氏名", "団体", "携帯電話", "担当"]]
    for p in w.people(16):
        camp.append(
            [
                p.name,
                rng.choice(["商工会議所青年部", "個人", "ライオンズクラブ"]),
                p.mobile,
                rng.choice(["A班", "B班"]),
            ]
        )
    docs.append(
        Doc("seishin", "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("協力者", camp)]))
    )
    grads = [f"{p.name}\t{p.full_address}\t{p.phone}" for p in w.people(18)]
    docs.append(Doc("seishin", "txt-cp932", 2, ["name", "address", "phone"], DocSpec(
        paragraphs=["こころのサポーター養成講座 修了者名簿（氏名・住所・電話）", *grads, "以上18名"])))  # fmt: skip
    shift = [["日", "相談員", "携帯", "時間帯"]]
    for d, p in enumerate(w.people(12), 1):
        shift.append([f"7/{d}", p.name, p.mobile, rng.choice(["18-21時", "21-24時"])])
    docs.append(Doc("seishin", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("7月", shift, title="夜間電話相談 ボランティア相談員 シフト表")]),
        note="the listeners' own mobiles; nothing about anyone's health"))  # fmt: skip
    # level 3
    p = w.person()
    docs.append(Doc("seishin", "docx", 3, ["name", "birth_date", "address", "health"], DocSpec(title="精神保健福祉相談 記録",
        tables=[[["本人氏名", p.name, "生年月日", fw(f"{p.birth.year}年{p.birth.month}月{p.birth.day}日")],
                 ["住所", p.address, "相談者", "母"],
                 ["診断名", "統合失調症", "通院先", HOSPITALS[7]],
                 ["経過", "服薬中断により幻聴が悪化。母への暴言あり。", "", ""]]],
        paragraphs=["対応：主治医と連絡調整し、受診同行を計画。"], header="精神保健係　部外秘")))  # fmt: skip
    cases = [["受付", "氏名", "年齢", "主訴", "病名・状態", "対応"]]
    for q in w.people(14):
        cases.append([f"6/{rng.randint(1, 28)}", q.name, q.age, rng.choice(["不眠", "家族の対応", "希死念慮", "幻聴"]),
                      rng.choice(["うつ病", "統合失調症", "アルコール依存症", "双極性障害"]), rng.choice(["継続", "医療機関紹介", "終結"])])  # fmt: skip
    docs.append(Doc("seishin", "xlsx", 3, ["name", "health"], DocSpec(sheets=[
        SheetSpec("月報", [["区分", "件数"], ["電話", 48], ["来所", 14], ["訪問", 6]], title="精神保健相談 月報（6月）"),
        SheetSpec("ケース一覧", cases, state="hidden")]), layout="hidden",
        note="names with diagnoses and age: health of identifiable persons"))  # fmt: skip
    p = w.person()
    docs.append(Doc("seishin", "txt", 3, ["name", "phone", "health"], DocSpec(paragraphs=[
        f"電話相談記録　{TODAY:%Y/%m/%d} 15:20～15:55　受：精神保健係", f"相談者：{p.name}（本人）　連絡先 {p.mobile}",
        "うつ病で通院中。最近は眠れず、仕事に行けていない。", "死にたい気持ちはあるが計画はないとのこと。主治医への相談を勧めた。"])))  # fmt: skip
    plan = []
    for q in w.people(22):
        plan.append([nm(q, 1), wareki(q.birth, "short"), q.address[:14], rng.choice(["統合失調症", "双極性障害", "薬物依存"]),
                     rng.choice(["措置", "医療保護"]), "R6." + str(rng.randint(1, 6))])  # fmt: skip
    docs.append(Doc("seishin", "pdf", 3, ["name", "birth_date", "address", "health"], DocSpec(title="退院後支援"),
        post=canvas_pdf("退院後支援計画 対象者一覧", [("氏名", 15), ("生年月日", 45), ("住所", 72), ("病名", 125),
                        ("入院形態", 160), ("退院", 180)], plan, 12, f"{w.city} 保健所 精神保健係"), layout="pages:2"))  # fmt: skip
    jr = [["受給者番号", "氏名", "生年月日", "住所", "個人番号", "病名", "有効期限"]]
    for q in w.people(20):
        jr.append([f"{rng.randint(1000000, 9999999)}", q.name, q.birth.strftime("%Y/%m/%d"), q.address, random_my_number(rng),
                   rng.choice(["うつ病", "てんかん", "統合失調症"]), "2025/03/31"])  # fmt: skip
    docs.append(Doc("seishin", "csv-cp932", 3, ["name", "birth_date", "address", "my_number", "health"],
        DocSpec(sheets=[SheetSpec("自立支援医療", jr)])))  # fmt: skip
    q = w.person()
    docs.append(Doc("seishin", "pptx", 3, ["name", "health"], DocSpec(title="精神保健福祉 新任研修", paragraphs=[
        "精神保健福祉法の概要", "入院形態", "相談支援の流れ", "多職種連携", "記録の書き方", "守秘義務"],
        notes=["記録の書き方の例として下記を読み上げる。",
               f"「{q.name}さん（{q.age}歳）、双極性障害。躁状態で多額の買い物、家族から相談」→実際のケースなので配布資料には載せない。"]),
        note="one real case in the notes: name, age, diagnosis"))  # fmt: skip
    return docs


def hokenshitsu(w: World) -> list[Doc]:
    rng = w.rng
    docs: list[Doc] = []
    school = f"{w.city}立{rng.choice(SCHOOLS[:4])}"
    docs.append(Doc("hokenshitsu", "docx", 1, [], DocSpec(title="ほけんだより 7月号", paragraphs=[
        "梅雨が明けると熱中症が増えます。こまめに水分をとりましょう。", "6月の保健室来室は、けが52件、体調不良38件でした。",
        "プールの前は、目・耳・皮膚の病気を治しておきましょう。"], footer=f"{school} 保健室")))  # fmt: skip
    menu = [["日", "献立", "特定原材料"]] + [[f"7/{d}", rng.choice(["カレーライス", "焼き魚", "ハンバーグ", "親子丼"]),
                                             rng.choice(["乳・小麦", "えび", "卵・小麦", "なし"])] for d in range(1, 20)]  # fmt: skip
    docs.append(
        Doc(
            "hokenshitsu",
            "xlsx",
            1,
            [],
            DocSpec(sheets=[SheetSpec("7月", menu, title="7月 給食献立表（アレルゲン表示）")]),
        )
    )
    docs.append(Doc("hokenshitsu", "pdf", 1, [], DocSpec(title="学校における食物アレルギー対応マニュアル",
        paragraphs=["第1章 基本方針：安全性を最優先とし、完全除去を原則とする。"] * 6 + ["第2章 緊急時対応：エピペン使用の判断基準"] * 6,
        tables=[[["症状", "対応"], ["全身の蕁麻疹", "エピペン準備"], ["ぐったり", "エピペン使用・119番"]]] * 3)))  # fmt: skip
    docs.append(Doc("hokenshitsu", "docx", 1, [], DocSpec(title="保健室 来室カード", tables=[[
        ["年　組　名前", ""], ["いつから", ""], ["どこが", "頭・おなか・けが・その他"], ["熱", "　　℃"], ["先生記入欄", ""]]])))  # fmt: skip
    agg = [["月", "内科", "外科", "その他", "計"]] + [[f"{m}月", a := rng.randint(20, 80), b := rng.randint(20, 90), c := rng.randint(0, 20), a + b + c] for m in (4, 5, 6)]  # fmt: skip
    docs.append(Doc("hokenshitsu", "csv", 1, [], DocSpec(sheets=[SheetSpec("集計", agg)])))
    ex = [
        ["年組", "氏名", "原因食物", "症状", "エピペン"],
        ["(記入例) 3年1組", "見本 はなこ", "卵", "じんましん", "有"],
        ["", "", "", "", ""],
    ]
    docs.append(Doc("hokenshitsu", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("様式", ex, title="食物アレルギー調査票（記入例つき）")]),
        note="記入例 with an invented name"))  # fmt: skip
    docs.append(Doc("hokenshitsu", "pptx", 1, [], DocSpec(title="教職員 エピペン研修", paragraphs=[
        "アナフィラキシーとは", "エピペンの打ち方", "太ももの前外側に", "打ったら119番", "使用済みは救急隊に渡す", "訓練用で練習"],
        notes=["実際の児童名は出さないこと。"])))  # fmt: skip
    # level 2
    kids = w.people(30, "child")
    rows = [
        [None, None, None, "緊急連絡先", None],
        ["出席番号", "児童氏名", "保護者氏名", "第1（携帯）", "第2（自宅）"],
    ]
    for i, k in enumerate(kids, 1):
        rows.append(
            [
                i,
                nm(k, i),
                f"{k.name.split()[0]} {rng.choice(FEMALE['adult'] + MALE['adult'])}",
                k.mobile,
                k.phone,
            ]
        )
    docs.append(Doc("hokenshitsu", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("4年2組", rows,
        title=f"{school} 4年2組 緊急連絡先一覧")], header="持出禁止"), post=xlsx_merge(["D3:E3"]), layout="merged"))  # fmt: skip
    roll = [["番号", "氏名", "生年月日", "住所"]]
    for i, k in enumerate(w.people(32, "child"), 1):
        roll.append([i, k.name, fw(k.birth.strftime("%Y.%m.%d")), k.address])
    docs.append(
        Doc(
            "hokenshitsu",
            "csv-cp932",
            2,
            ["name", "birth_date", "address"],
            DocSpec(sheets=[SheetSpec("名簿", roll)]),
        )
    )
    tr = w.people(8, "child")
    docs.append(Doc("hokenshitsu", "docx", 2, ["name", "phone"], DocSpec(title="校外学習 引率用 緊急連絡表（5班）",
        tables=[[["氏名", "保護者携帯"]] + [[k.name, k.mobile] for k in tr]])))  # fmt: skip
    iin = [["学年", "氏名", "保護者電話"]]
    for k in w.people(12, "child"):
        iin.append([f"{rng.randint(4, 6)}年", k.name, k.phone])
    docs.append(Doc("hokenshitsu", "ods", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("保健委員", iin)])))
    pta = w.people(10)
    docs.append(Doc("hokenshitsu", "docx", 2, ["name", "address", "phone"], DocSpec(title="PTA保健委員会 連絡網",
        tables=[[["役職", "氏名", "住所", "電話"]] + [[r, p.name, p.address, p.phone] for r, p in
                zip(["委員長", "副委員長"] + ["委員"] * 8, pta, strict=True)]], footer="委員以外への配布禁止"),
        note="PTA officers are parents listed at their own homes, not staff in an official role"))  # fmt: skip
    brush = [["学年", "保護者氏名", "携帯電話", "参加日"]]
    for p in w.people(14):
        brush.append([f"{rng.randint(1, 3)}年", p.name, p.mobile, f"6/{rng.randint(4, 7)}"])
    docs.append(
        Doc("hokenshitsu", "tsv", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("ボランティア", brush)]))
    )
    # level 3
    visits = [["日時", "年組", "氏名", "症状・主訴", "処置", "帰宅"]]
    for k in w.people(40, "child"):
        visits.append([dt.datetime(2024, 6, rng.randint(3, 28), rng.randint(8, 15), rng.choice([0, 15, 30])),
                       f"{rng.randint(1, 6)}-{rng.randint(1, 3)}", k.name, rng.choice(["頭痛", "腹痛", "擦り傷", "発熱37.8℃", "喘息発作", "鼻血"]),
                       rng.choice(["休養", "消毒", "保護者連絡", "吸入"]), rng.choice(["", "早退"])])  # fmt: skip
    docs.append(Doc("hokenshitsu", "xlsx", 3, ["name", "health"], DocSpec(sheets=[SheetSpec("6月", visits, title="保健室来室記録")]),
        note="name + class + symptom: health of an identifiable pupil without address or phone"))  # fmt: skip
    al = [["年組", "氏名", "原因食物", "エピペン", "主治医", "保護者連絡先"]]
    for k in w.people(11, "child"):
        al.append([f"{rng.randint(1, 6)}-{rng.randint(1, 3)}", k.name, rng.choice(["卵", "牛乳", "小麦", "落花生", "えび・かに"]),
                   rng.choice(["あり", "なし"]), HOSPITALS[6], k.mobile])  # fmt: skip
    docs.append(Doc("hokenshitsu", "xlsx", 3, ["name", "phone", "health"], DocSpec(sheets=[
        SheetSpec("献立確認", menu[:6]), SheetSpec("対象児童", al, state="hidden")]), layout="hidden"))  # fmt: skip
    k = w.person("child")
    docs.append(Doc("hokenshitsu", "docx", 3, ["name", "birth_date", "health"], DocSpec(title="学校生活管理指導表（アレルギー疾患用）",
        tables=[[["名前", f"{k.name}（{'男' if k.sex == 'M' else '女'}）", "生年月日", wareki(k.birth)],
                 ["病型", "即時型（アナフィラキシー既往あり）", "原因食物", "鶏卵・落花生"],
                 ["緊急時", "エピペン処方あり", "医師", f"{HOSPITALS[6]} 小児科"]]], header=school)))  # fmt: skip
    ex = [["日付", "氏名", "学年", "症状", "対応"]]
    for k in w.people(25, "child"):
        ex.append([f"2024/06/{rng.randint(3, 28):02d}", nm(k, 2), rng.randint(1, 6), rng.choice(["嘔吐", "めまい", "骨折の疑い", "頭痛"]),
                   rng.choice(["保護者迎え", "病院受診", "休養後復帰"])])  # fmt: skip
    docs.append(
        Doc("hokenshitsu", "csv-cp932", 3, ["name", "health"], DocSpec(sheets=[SheetSpec("来室", ex)]))
    )
    care = []
    for k in w.people(26, "pupil"):
        care.append([f"{rng.randint(1, 6)}年", k.name, k.mobile, rng.choice(["てんかん", "1型糖尿病", "心疾患(運動制限)", "気管支喘息"]),
                     rng.choice(["発作時座薬", "補食可", "E区分", "吸入薬持参"])])  # fmt: skip
    docs.append(Doc("hokenshitsu", "pdf", 3, ["name", "phone", "health"], DocSpec(title="配慮児童"),
        post=canvas_pdf("健康上配慮が必要な児童生徒一覧", [("学年", 15), ("氏名", 32), ("保護者携帯", 65), ("疾患", 105), ("配慮事項", 150)],
                        care, 14, f"{school} 保健室　職員会議資料（回収）"), layout="pages:2"))  # fmt: skip
    k = w.person("child")
    docs.append(Doc("hokenshitsu", "txt", 3, ["name", "health"], DocSpec(paragraphs=[
        "保健室 引継ぎメモ（養護教諭 出張のため）", f"・3年1組 {k.name}：喘息。発作時は吸入（ランドセル内ポケット）、改善なければ母へ連絡。",
        "・プールカード未提出者は見学。"])))  # fmt: skip
    return docs


def kenshin(w: World) -> list[Doc]:
    rng, city = w.rng, w.city
    docs: list[Doc] = []
    hw = [["年齢", "男子", None, "女子", None], [None, "身長(cm)", "体重(kg)", "身長(cm)", "体重(kg)"]] + [
        [f"{a}歳", round(105 + a * 5.8 + rng.uniform(-1, 1), 1), round(14 + a * 3.1, 1), round(104 + a * 5.9, 1), round(14 + a * 3.0, 1)]
        for a in range(6, 15)]  # fmt: skip
    docs.append(Doc("kenshin", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("発育", hw, title=f"令和5年度 {city} 学校保健統計（発育状態）")]),
        post=xlsx_merge(["A3:A4", "B3:C3", "D3:E3"]), layout="merged"))  # fmt: skip
    dis = [["項目", "小学校(%)", "中学校(%)"]] + [[d, round(rng.uniform(0, 40), 1), round(rng.uniform(0, 60), 1)]
                                                   for d in ["裸眼視力1.0未満", "むし歯", "肥満傾向", "ぜん息", "心電図異常"]]  # fmt: skip
    docs.append(Doc("kenshin", "pdf", 1, [], DocSpec(title="学校保健統計調査 結果の概要", paragraphs=[
        "裸眼視力1.0未満の者の割合は過去最高となりました。"] * 8, tables=[dis, hw] * 2, footer=f"{city}教育委員会")))  # fmt: skip
    docs.append(Doc("kenshin", "docx", 1, [], DocSpec(title="就学時健康診断のお知らせ", paragraphs=[
        "令和7年4月に小学校へ入学するお子さんを対象に、就学時健康診断を実施します。", "持ち物　通知書・母子健康手帳・上履き",
        "内科・歯科・眼科・耳鼻科・知能検査を行います。", f"問合せ　{city}教育委員会 学校教育課 {w.landline()}"])))  # fmt: skip
    sch = [["学校名", "健診種別", "実施日", "学校医"]]
    for s in SCHOOLS:
        sch.append(
            [
                s,
                rng.choice(["内科", "歯科", "眼科"]),
                dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)),
                w.person("old").name,
            ]
        )
    docs.append(
        Doc(
            "kenshin",
            "xls",
            1,
            [],
            DocSpec(sheets=[SheetSpec("日程", sch)]),
            note="school doctors named in their role",
        )
    )
    doc_list = [["学校名", "区分", "医師名", "医療機関", "所在地", "電話"]]
    for s in SCHOOLS:
        doc_list.append(
            [
                s,
                "学校医",
                w.person("adult").name,
                rng.choice(HOSPITALS[3:7]),
                f"{city}{w.address(False)}",
                w.landline(),
            ]
        )
    docs.append(Doc("kenshin", "csv-cp932", 1, [], DocSpec(sheets=[SheetSpec("学校医", doc_list)]),
        note="doctors named next to their clinic's address and phone"))  # fmt: skip
    docs.append(Doc("kenshin", "docx", 1, [], DocSpec(title="健康診断結果のお知らせ（様式）", tables=[[
        ["年　組　番", "氏名"], ["検査項目", "結果"], ["視力", "右（　）左（　）"], ["歯科", ""], ["内科", ""]]],
        paragraphs=["受診をすすめます。受診後、下の報告書を学校へ提出してください。"])))  # fmt: skip
    docs.append(Doc("kenshin", "pptx", 1, [], DocSpec(title="就学時健診 説明会（保護者向け）", paragraphs=[
        "当日の流れ", "受付", "内科", "歯科", "視力・聴力", "結果は後日郵送"], notes=["質問が出たら学校教育課へつなぐ。"])))  # fmt: skip
    # level 2
    reg = [["受付番号", "児童氏名", "性別", "生年月日", "保護者氏名", "住所", "電話"]]
    for i, k in enumerate(w.people(35, "child"), 1):
        kk = entrant_birth(rng)
        reg.append([i, nm(k, i), "男" if k.sex == "M" else "女", kk, f"{k.name.split()[0]} {rng.choice(FEMALE['adult'])}",
                    k.address, k.phone])  # fmt: skip
    docs.append(Doc("kenshin", "xlsx", 2, ["name", "birth_date", "address", "phone"], DocSpec(sheets=[SheetSpec("受診者", reg,
        title="就学時健康診断 受診者名簿（東小学校区）", number_formats={3: "ggge年m月d日"})])))  # fmt: skip
    lab = [["郵便番号", "住所", "宛名"]]
    for k in w.people(40, "child"):
        lab.append(
            [
                f"{rng.randint(700, 999)}-{rng.randint(0, 9999):04d}",
                f"{w.pref}{city}{k.address}",
                f"{k.name.split()[0]} {rng.choice(MALE['adult'])} 様",
            ]
        )
    docs.append(Doc("kenshin", "csv", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("宛名", lab)])))
    a = w.person()
    docs.append(Doc("kenshin", "docx", 2, ["name", "phone"], DocSpec(title="健診日程変更の連絡", paragraphs=[
        f"{a.name} 様（保護者）　電話 {a.mobile}", "お子さんの就学時健診は、ご希望により10月24日（木）に変更しました。"])))  # fmt: skip
    tn = [["学籍番号", "氏名", "生年月日", "転入日", "未実施項目"]]
    for k in w.people(9, "pupil"):
        tn.append(
            [
                fail_check(rng),
                k.name,
                wareki(k.birth),
                dt.date(2024, rng.randint(4, 6), rng.randint(1, 28)),
                rng.choice(["尿検査", "心電図", "歯科"]),
            ]
        )
    docs.append(Doc("kenshin", "xls", 2, ["name", "birth_date"], DocSpec(sheets=[SheetSpec("転入生", tn)]),
        note="転入日 is no birth date; 12-digit 学籍番号 all failing the check digit; an untaken test is no finding"))  # fmt: skip
    ab = w.people(6, "child")
    docs.append(Doc("kenshin", "odt", 2, ["name", "address", "phone"], DocSpec(title="就学時健診 欠席者 連絡票",
        tables=[[["児童氏名", "住所", "電話"]] + [[k.name, k.address, k.phone] for k in ab]])))  # fmt: skip
    helpers = [["係", "氏名", "電話"]]
    for p in w.people(11):
        helpers.append([rng.choice(["受付", "誘導", "記録"]), p.name, p.mobile])
    docs.append(Doc("kenshin", "tsv", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("補助員", helpers,
        title="就学時健診 保護者補助員 一覧")])))  # fmt: skip
    # level 3
    res = [["年組", "番", "氏名", "視力(右/左)", "内科所見", "事後措置"]]
    for i, k in enumerate(w.people(34, "pupil"), 1):
        res.append([f"{rng.randint(1, 6)}-2", i, k.name, f"{rng.choice(['A', 'B', 'C', 'D'])}/{rng.choice(['A', 'B', 'C'])}",
                    rng.choice(["異常なし", "心雑音", "側弯症の疑い", "アトピー性皮膚炎", "異常なし"]), rng.choice(["", "要精密検査"])])  # fmt: skip
    docs.append(
        Doc(
            "kenshin",
            "xlsx",
            3,
            ["name", "health"],
            DocSpec(sheets=[SheetSpec("結果", res, title="定期健康診断結果一覧")]),
        )
    )
    sj = [["氏名", "生年月日", "判定", "所見"]]
    for k in w.people(16, "child"):
        kk = entrant_birth(rng)
        sj.append(
            [
                k.name,
                wareki(kk, "short"),
                rng.choice(["要精密", "要治療"]),
                rng.choice(["斜視の疑い", "難聴の疑い", "発達相談を推奨", "心雑音"]),
            ]
        )
    docs.append(
        Doc(
            "kenshin",
            "csv-cp932",
            3,
            ["name", "birth_date", "health"],
            DocSpec(sheets=[SheetSpec("要精密", sj)]),
        )
    )
    bulk = [["学年", "氏名", "生年月日", "住所"]]
    for k in w.people(150, "pupil"):
        bulk.append([f"{min(6, k.age - 5)}年", k.name, k.birth.strftime("%Y/%m/%d"), k.address])
    docs.append(Doc("kenshin", "csv", 3, ["name", "birth_date", "address"], DocSpec(sheets=[SheetSpec("健診台帳", bulk)]),
        note="bulk: 150 pupils with birth date and address, no findings"))  # fmt: skip
    heart = []
    for k in w.people(20, "pupil"):
        tel = k.mobile.replace("-", "")
        heart.append(
            [k.name, spaced(tel), rng.choice(["WPW症候群", "QT延長", "心室性期外収縮"]), HOSPITALS[0]]
        )
    docs.append(Doc("kenshin", "pdf", 3, ["name", "phone", "health"], DocSpec(title="心臓検診"),
        post=canvas_pdf("心臓検診 要精密検査者一覧", [("氏名", 15), ("保護者連絡先", 50), ("所見", 115), ("精密検査機関", 155)],
                        heart, 12, f"{city}教育委員会 学校教育課"), layout="pages:2",
        note="phone digits drawn one apart"))  # fmt: skip
    k = w.person("pupil")
    docs.append(Doc("kenshin", "docx", 3, ["name", "birth_date", "health"], DocSpec(title="健康診断 事後措置 報告書",
        paragraphs=[f"児童生徒氏名　{k.name}　生年月日　{wareki(k.birth)}", "所見　脊柱側弯症（Cobb角25度）",
                    "整形外科を受診し、装具療法開始。体育は医師の指示により一部制限。"], header="学校保健 個人票"),
        post=docx_edit(header_text=f"受付 {fw('2024-07-03')}"), layout="header"))  # fmt: skip
    return docs


# --- the set -------------------------------------------------------------------------------------
def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, towns = rng.choice(CITIES)
    w = World(rng, pref, city, ac, towns)
    docs: list[Doc] = []
    for fam in (kyukyu, kasai, kansen, seishin, hokenshitsu, kenshin):
        docs += fam(w)
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, "redteam20")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set20", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


__all__: list[Any] = [
    "FEMALE",
    "MALE",
    "SURNAMES",
    "build",
    "fail_check",
    "generate",
    "main",
    "spaced",
    "wareki",
]
