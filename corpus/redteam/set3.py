"""Write the third independent red-team set: ``python -m corpus.redteam.set3 OUT``.

Written without reading the other sets' texts. Personal data hides in STRUCTURE rather than
vocabulary: label|value application forms, labels above values, household rows with repeated
column groups, keys joined across sheets, wide sheets, multi-row headers, staff lists, long case
notes, quoted mail, English lists, odd number layouts, and public documents that must stay 機密性1.
Each file's true level follows DESIGN.md's default policy; doubtful ones carry a ``note``.
The manifest has the shape :mod:`corpus.eval.evaluate` reads.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import DocSpec, SheetSpec

SEED = 20261129

SURNAMES = ["山口", "石川", "松本", "井上", "木村", "林", "清水", "森", "池田", "橋本", "阿部", "村上"]
GIVEN = ["直美", "和夫", "真由美", "隆", "明美", "修", "久美子", "剛", "裕子", "誠", "花子", "亮"]
ROMAJI_GIVEN = ["Van An", "Maria", "Wei", "Thi Mai", "Jose", "Minji", "Ana", "Rosa", "Duc", "Linh", "Carlos"]
ROMAJI_FAMILY = ["Nguyen", "Santos", "Li", "Tran", "Reyes", "Kim", "Silva", "Garcia", "Pham", "Cruz", "Le"]
ROMAJI = ["Nguyen Van An", "Maria Santos", "Li Wei", "Tran Thi Mai", "Jose Reyes", "Kim Minji", "Ana Silva"]
TOWNS = ["宮古市磯鶏", "山田町船越", "岩泉町岩泉", "田野畑村菅窪", "普代村銅屋", "野田村野田"]
PostWrite = Callable[[Path], None]


def grid(rows: list[list[Any]]) -> list[list[Any]]:
    return rows


@dataclass
class Doc3:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: PostWrite | None = None


@dataclass
class Gen:
    rng: random.Random
    docs: list[Doc3] = field(default_factory=list)

    def name(self, sep: str = " ") -> str:
        return f"{self.rng.choice(SURNAMES)}{sep}{self.rng.choice(GIVEN)}"

    def addr(self, style: str = "hyphen") -> str:
        town = self.rng.choice(TOWNS)
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 40), self.rng.randint(1, 25)
        if style == "kanji":
            return f"{town}第{kanji_number(a)}地割{kanji_number(b)}番地{kanji_number(c)}"
        if style == "full":
            return f"岩手県{town}{a}丁目{b}番{c}号"
        return f"{town}{a}-{b}-{c}"

    def dob(self, lo: int = 1940, hi: int = 2015) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def wareki(self, d: dt.date) -> str:
        if d >= dt.date(2019, 5, 1):
            return f"令和{d.year - 2018}年{d.month}月{d.day}日"
        if d >= dt.date(1989, 1, 8):
            return f"平成{d.year - 1988}年{d.month}月{d.day}日"
        return f"昭和{d.year - 1925}年{d.month}月{d.day}日"

    def phone(self) -> str:
        return f"0193-{self.rng.randint(20, 79)}-{self.rng.randint(1000, 9999)}"

    def paren_phone(self) -> str:
        return f"(0193){self.rng.randint(20, 79)}-{self.rng.randint(1000, 9999)}"

    def postal(self) -> str:
        return f"027-{self.rng.randint(0, 99):02d}{self.rng.randint(0, 99):02d}"

    def add(
        self,
        family: str,
        fmt: str,
        level: int,
        types: list[str],
        spec: DocSpec,
        note: str = "",
        post: PostWrite | None = None,
    ) -> None:
        self.docs.append(Doc3(family, fmt, level, types, spec, note, post))


def _freeze(cell: str) -> PostWrite:
    def run(path: Path) -> None:
        import openpyxl

        wb = openpyxl.load_workbook(path)
        wb.worksheets[0].freeze_panes = cell
        wb.save(path)

    return run


def _split_runs(path: Path) -> None:
    """Split every 12-digit cell of the docx tables into three runs, as Word does after edits."""
    import docx

    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                text = cell.text
                digits = text.replace(" ", "")
                if len(digits) == 12 and digits.isdigit():
                    para = cell.paragraphs[0]
                    for run in list(para.runs):
                        run._r.getparent().remove(run._r)
                    for part in (digits[:4], digits[4:9], digits[9:]):
                        para.add_run(part)
    document.save(str(path))


def build(rng: random.Random) -> list[Doc3]:
    g = Gen(rng)
    build_forms(g)
    build_tables(g)
    build_staff(g)
    build_text(g)
    build_english_numbers(g)
    build_public(g)
    return g.docs


def build_forms(g: Gen) -> None:
    # label | value application form, one person
    for fmt in ("docx", "pdf"):
        g.add("form_label_value", fmt, 2, ["name", "address", "birth_date", "phone"], DocSpec(
            title="児童手当認定請求書",
            paragraphs=["下記のとおり請求します。"],
            tables=[[["申請者", "氏名", g.name()], ["", "住所", g.addr("full")],
                     ["", "生年月日", g.wareki(g.dob(1975, 1995))], ["", "電話番号", g.phone()]]],
        ))  # fmt: skip
    # two persons on one form
    g.add("form_two_persons", "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="放課後児童クラブ入会申請書",
        tables=[[["申請者（保護者）", "氏名", g.name(), "続柄", "母"],
                 ["", "住所", g.addr(), "電話", g.phone()],
                 ["対象児童", "氏名", g.name(), "生年月日", g.wareki(g.dob(2015, 2019))],
                 ["", "学校名", "宮古市立磯鶏小学校", "学年", "2年"]]],
    ))  # fmt: skip
    # label cell above the value cell
    g.add("form_label_above", "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="住所変更届",
        tables=[[["氏名", "生年月日", "新住所"],
                 [g.name(), g.wareki(g.dob()), g.addr("kanji")],
                 ["旧住所", "届出日", "備考"],
                 [g.addr(), "令和7年4月1日", ""]]],
    ))  # fmt: skip
    g.add("form_label_above_xlsx", "xlsx", 2, ["name", "birth_date", "phone"], DocSpec(sheets=[SheetSpec(
        "申請書", grid([["介護保険負担限度額認定申請書", "", ""], ["被保険者氏名", "生年月日", "連絡先"],
                      [g.name(), g.dob(1930, 1950), g.paren_phone()], ["", "", ""], ["申請日", "令和7年5月1日", ""]]),
        number_formats={1: "yyyy/mm/dd"},
    )]))  # fmt: skip
    # form with health data of the child → 3
    g.add("form_health", "docx", 3, ["name", "birth_date", "health"], DocSpec(
        title="保育所入所申込書（児童の状況）",
        tables=[[["児童氏名", g.name(), "生年月日", g.wareki(g.dob(2020, 2023))],
                 ["既往症・アレルギー", "気管支喘息（通院中）、卵アレルギー", "服薬", "吸入薬"]]],
    ))  # fmt: skip
    # blank template: labels only → 1
    g.add("form_blank", "docx", 1, [], DocSpec(
        title="児童手当認定請求書（様式第1号）",
        tables=[[["申請者", "氏名", ""], ["", "住所", ""], ["", "生年月日", "　　年　　月　　日"],
                 ["", "個人番号", ""]]],
    ), note="empty template")  # fmt: skip


def _members(g: Gen, n: int) -> list[Any]:
    cells: list[Any] = []
    rels = ["妻", "長男", "長女", "二男"]
    for i in range(4):
        if i < n:
            cells += [g.name(), rels[i], g.wareki(g.dob(1960, 2020))]
        else:
            cells += ["", "", ""]
    return cells


def build_tables(g: Gen) -> None:
    head = ["世帯番号", "世帯主氏名", "住所"]
    for i in range(1, 5):
        head += [f"氏名{i}", f"続柄{i}", f"生年月日{i}"]
    rows = [head] + [[f"{g.rng.randint(10000, 99999)}", g.name(), g.addr(), *_members(g, g.rng.randint(0, 4))]
                     for _ in range(130)]  # fmt: skip
    g.add("household_groups_bulk", "xlsx", 3, ["name", "address", "birth_date", "relationship"],
          DocSpec(sheets=[SheetSpec("世帯一覧", grid(rows))]))  # fmt: skip
    rows = [head] + [[f"{g.rng.randint(10000, 99999)}", g.name(), g.addr(), *_members(g, g.rng.randint(1, 3))]
                     for _ in range(12)]  # fmt: skip
    g.add("household_groups_small", "xlsx", 2, ["name", "address", "birth_date", "relationship"],
          DocSpec(sheets=[SheetSpec("世帯一覧", grid(rows))]))  # fmt: skip
    # members only in groups, no 世帯主 column: birth dates only in the groups
    head2 = ["世帯番号"]
    for i in range(1, 4):
        head2 += [f"氏名{i}", f"続柄{i}", f"生年月日{i}"]
    rows = [head2] + [[f"{g.rng.randint(10000, 99999)}", *_members(g, 3)[:9]] for _ in range(10)]
    g.add(
        "household_groups_only",
        "csv",
        2,
        ["name", "birth_date"],
        DocSpec(sheets=[SheetSpec("s", grid(rows))]),
    )
    # cross-sheet: names+addresses by key, arrears by key
    keys = [f"K{n:05d}" for n in g.rng.sample(range(10000, 99999), 40)]
    s1 = [["管理番号", "氏名", "住所"]] + [[k, g.name(), g.addr()] for k in keys]
    s2 = [["管理番号", "滞納額", "滞納月数"]] + [
        [k, g.rng.randint(5, 90) * 1000, g.rng.randint(1, 12)] for k in keys
    ]
    g.add("cross_sheet_arrears", "xlsx", 3, ["name", "address", "arrears"], DocSpec(sheets=[
        SheetSpec("対象者", grid(s1)), SheetSpec("滞納状況", grid(s2))]),
        note="arrears joined to persons by 管理番号 across sheets")  # fmt: skip
    # arrears by key only, no persons anywhere → aggregated/pseudonymous
    g.add("arrears_key_only", "xlsx", 1, ["arrears"], DocSpec(sheets=[SheetSpec("滞納状況", grid(s2[:30]))]),
          note="pseudonymous keys without the key table: not identifiable here")  # fmt: skip
    # cross-tab counts
    bands = ["0-14歳", "15-39歳", "40-64歳", "65-74歳", "75歳以上"]
    xt = [["地区", *bands, "合計"]] + [[t[:3], *(c := [g.rng.randint(20, 900) for _ in bands]), sum(c)]
                                     for t in TOWNS]  # fmt: skip
    g.add("crosstab_counts", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("年齢別人口", grid(xt))]))
    g.add("crosstab_health", "pdf", 1, [], DocSpec(
        title="地区別 要介護認定者数（年齢階級別）",
        sheets=[SheetSpec("認定者数", grid([["地区", "要支援1", "要介護1", "要介護3", "合計"]]
                                       + [[t[:3], 12, 30, 8, 50] for t in TOWNS]))]))  # fmt: skip
    # wide sheet, personal columns far right
    wide_head = [f"項目{i}" for i in range(1, 31)] + ["氏名", "住所", "電話番号"]
    wide = [wide_head] + [[g.rng.randint(0, 99) for _ in range(30)] + [g.name(), g.addr(), g.phone()]
                          for _ in range(25)]  # fmt: skip
    g.add(
        "wide_sheet_right",
        "xlsx",
        2,
        ["name", "address", "phone"],
        DocSpec(sheets=[SheetSpec("調査", grid(wide))]),
    )
    wide = [wide_head] + [[g.rng.randint(0, 99) for _ in range(30)] + [g.name(), g.addr(), g.phone()]
                          for _ in range(120)]  # fmt: skip
    g.add("wide_sheet_right_bulk", "xlsx", 3, ["name", "address", "phone"],
          DocSpec(sheets=[SheetSpec("調査", grid(wide))]))  # fmt: skip
    # frozen three-row header
    h1 = ["基本情報", "", "", "連絡先", "", "給付"]
    h2 = ["本人", "", "", "自宅", "", "金額"]
    h3 = ["受給者番号", "氏名", "生年月日", "住所", "電話", "支給額"]
    body = [[f"{g.rng.randint(100000, 999999)}", g.name(), g.dob(1935, 1960), g.addr(), g.phone(),
             g.rng.randint(1, 9) * 10000] for _ in range(30)]  # fmt: skip
    g.add("multirow_header", "xlsx", 2, ["name", "birth_date", "address", "phone"], DocSpec(sheets=[SheetSpec(
        "受給者", grid([h1, h2, h3, *body]), number_formats={2: "yyyy/mm/dd"})]), post=_freeze("A4"))  # fmt: skip
    h3b = ["受給者番号", "氏名", "生年月日", "病名", "通院先", "支給額"]
    body = [[f"{g.rng.randint(100000, 999999)}", g.name(), g.dob(1935, 1960), "糖尿病", "県立宮古病院",
             g.rng.randint(1, 9) * 10000] for _ in range(8)]  # fmt: skip
    g.add("multirow_header_health", "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[SheetSpec(
        "受給者", grid([["医療費助成", "", "", "", "", ""], ["本人", "", "", "医療", "", "給付"], h3b, *body]),
        number_formats={2: "yyyy/mm/dd"})]), post=_freeze("A4"))  # fmt: skip


def build_staff(g: Gen) -> None:
    rows = [["所属", "氏名", "住所", "自宅電話"]] + [
        ["総務課", g.name(), g.addr(), g.phone()] for _ in range(25)
    ]
    g.add("staff_home_addresses", "xlsx", 2, ["name", "address", "phone"],
          DocSpec(sheets=[SheetSpec("職員住所録", grid(rows))], title="職員住所録"))  # fmt: skip
    rows = [["職員番号", "所属", "氏名", "住所", "携帯電話"]] + [
        [f"{1000 + i}", "市民課", g.name(), g.addr(), f"090-{g.rng.randint(1000, 9999)}-{g.rng.randint(1000, 9999)}"]
        for i in range(140)]  # fmt: skip
    g.add("staff_home_addresses_bulk", "xlsx", 3, ["name", "address", "phone"],
          DocSpec(sheets=[SheetSpec("職員住所録", grid(rows))]))  # fmt: skip
    rows = [["職員番号", "氏名", "所属", "血圧", "判定", "所見"]] + [
        [f"{1000 + i}", g.name(), "建設課", f"{g.rng.randint(110, 170)}/{g.rng.randint(70, 100)}",
         g.rng.choice(["A", "C", "D"]), g.rng.choice(["異常なし", "高血圧（要精密検査）", "脂質異常症"])]
        for i in range(20)]  # fmt: skip
    g.add("staff_health_check", "xlsx", 3, ["name", "health"],
          DocSpec(sheets=[SheetSpec("職員健康診断結果", grid(rows))]))  # fmt: skip
    rows = [["所属", "氏名", "内線"]] + [[g.rng.choice(["総務課", "税務課", "福祉課"]), g.name(),
                                        f"{g.rng.randint(100, 499)}"] for _ in range(60)]  # fmt: skip
    g.add("staff_directory_ext", "xlsx", 1, ["name"], DocSpec(sheets=[SheetSpec("職員名簿", grid(rows))]))
    g.add(
        "staff_directory_ext_docx",
        "docx",
        1,
        ["name"],
        DocSpec(title="職員名簿（内線番号表）", tables=[grid(rows[:25])]),
    )


def build_text(g: Gen) -> None:
    who = g.name()
    filler = [
        "訪問時、居室内は整理されており、生活リズムも概ね安定している様子であった。",
        "今後の支援方針について、関係機関と情報を共有し、月1回の訪問を継続することとした。",
        "本人は就労意欲があり、ハローワークへの同行支援を希望している。",
    ]
    g.add("case_notes_health", "docx", 3, ["name", "health"], DocSpec(
        title="支援経過記録",
        paragraphs=[f"対象者：{who}", "担当：生活福祉課", *filler, *filler,
                    "令和7年6月10日　本人より、先月からうつ病で通院しており服薬を続けているとの申出があった。",
                    *filler],
    ))  # fmt: skip
    who = g.name()
    g.add("case_notes_arrears", "docx", 3, ["name", "arrears"], DocSpec(
        title="相談記録",
        paragraphs=[f"相談者　{who}　様", *filler,
                    "国民健康保険税を令和5年度分から滞納しており、督促状が届いているとのこと。分納の相談に応じた。",
                    *filler],
    ))  # fmt: skip
    g.add("interview_initials", "docx", 1, [], DocSpec(
        title="ひきこもり支援に関するヒアリング記録（匿名化済）",
        paragraphs=["聞き手：Ｂ（市職員）", "Ａさん（40代男性）：家から出られない時期が10年ほど続きました。",
                    "Ｂ：そのとき、相談できる人はいましたか。", "Ａさん：母が亡くなってからは誰もいませんでした。",
                    "Ｃさん（50代女性）：私の場合は地域の民生委員さんが声をかけてくれました。"],
    ), note="initials only: not identifiable by policy → 1")  # fmt: skip
    n1, n2 = g.name(), g.name()
    g.add("email_quoted", "txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        "件名: Re: 転居の件", "", "承知しました。住所変更の手続きを進めます。", "",
        "> 市民課ご担当者様", f"> {n1}です。下記に転居しましたのでご連絡します。",
        f"> 新住所：{g.addr('full')}", f"> 電話：{g.phone()}", ">", f"> > 前回の回答（{n2}）：",
        "> > 転居後14日以内に届出をお願いします。"]))  # fmt: skip
    g.add("email_quoted_arrears", "txt", 3, ["name", "arrears"], DocSpec(paragraphs=[
        "件名: Fw: 保育料の件", "", "課長　以下、共有します。", "",
        f"> {g.name()}様の保育料について、令和6年10月分から4か月分が未納となっています。",
        "> 催告書を送付済みです。"]))  # fmt: skip
    g.add("pptx_case_review", "pptx", 3, ["name", "health"], DocSpec(
        title="ケース検討会", paragraphs=["事例1", f"{g.name()}さん（78歳）", "認知症の進行により服薬管理が困難"],
    ))  # fmt: skip


def build_english_numbers(g: Gen) -> None:
    rows = [["Name", "Address", "Date of Birth", "Nationality"]] + [
        [g.rng.choice(ROMAJI), g.addr(), g.dob(1970, 2000).strftime("%Y/%m/%d"), g.rng.choice(["Vietnam", "Philippines"])]
        for _ in range(20)]  # fmt: skip
    g.add("english_list", "xlsx", 2, ["name", "address", "birth_date"],
          DocSpec(sheets=[SheetSpec("Foreign residents", grid(rows))]))  # fmt: skip
    rows = [["Name", "Address", "Date of Birth", "Nationality"]] + [
        [f"{fam} {giv}", g.addr(), g.dob(1970, 2000).strftime("%Y/%m/%d"), "Vietnam"]
        for fam in ROMAJI_FAMILY for giv in ROMAJI_GIVEN[:10]]  # fmt: skip
    g.add(
        "english_list_bulk",
        "csv",
        3,
        ["name", "address", "birth_date"],
        DocSpec(sheets=[SheetSpec("s", grid(rows))]),
        note="110 distinct romaji names",
    )
    rows = [["氏名 Name", "住所 Address", "電話 Phone"]] + [[g.rng.choice(ROMAJI), g.addr(), g.phone()]
                                                         for _ in range(8)]  # fmt: skip
    g.add(
        "mixed_headers",
        "docx",
        2,
        ["name", "address", "phone"],
        DocSpec(title="外国人相談窓口 利用者一覧", tables=[rows]),
    )
    g.add("english_letter", "txt", 2, ["name", "address"], DocSpec(paragraphs=[
        f"Dear Ms. {g.rng.choice(ROMAJI)},", f"Address: {g.addr('full')}",
        "Your residence card renewal has been received."]), note="romaji addressee with address")  # fmt: skip
    # numbers
    mn = random_my_number(g.rng)
    g.add("mynumber_odd_spaces", "txt", 3, ["my_number", "name"], DocSpec(paragraphs=[
        f"申請者 {g.name()}", f"個人番号 {mn[:4]} {mn[4:]}"]))  # fmt: skip
    g.add(
        "mynumber_split_runs",
        "docx",
        3,
        ["my_number", "name"],
        DocSpec(title="個人番号届出書", tables=[[["氏名", g.name()], ["個人番号", random_my_number(g.rng)]]]),
        post=_split_runs,
    )
    keys: list[str] = []
    while len(keys) < 40:
        keys.append(random_my_number(g.rng))
    rows = [["管理番号", "施設名", "点検日"]] + [[k, f"{g.rng.choice(TOWNS)[:3]}第{i}排水機場", "令和7年5月"]
                                          for i, k in enumerate(keys, 1)]  # fmt: skip
    g.add("management_numbers_pass", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("設備台帳", grid(rows))]),
          note="12-digit 管理番号 that pass the check digit: not My Numbers")  # fmt: skip
    rows = [["口座番号", "金融機関", "用途"]] + [
        [random_my_number(g.rng), "岩手銀行", "歳入"] for _ in range(6)
    ]
    g.add("account_numbers_pass", "csv", 1, ["bank_account"], DocSpec(sheets=[SheetSpec("s", grid(rows))]),
          note="the city's own accounts")  # fmt: skip
    g.add(
        "paren_phone_postal",
        "docx",
        2,
        ["name", "address", "phone"],
        DocSpec(
            title="送付先",
            paragraphs=[f"{g.postal()}　{g.addr()}", f"{g.name()}　様", f"TEL {g.paren_phone()}"],
        ),
    )
    rows = [["氏名", "郵便番号", "電話"]] + [[g.name(), g.postal(), g.paren_phone()] for _ in range(10)]
    g.add(
        "paren_phone_table", "xlsx", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("連絡先", grid(rows))])
    )


def build_public(g: Gen) -> None:
    g.add("invoice_company", "docx", 1, [], DocSpec(
        title="請求書",
        paragraphs=["宮古市長　様", "株式会社三陸システム", f"〒027-0052　{g.addr()}", f"TEL {g.paren_phone()}",
                    f"法人番号 {random_corporate_number(g.rng)}", "下記のとおりご請求申し上げます。",
                    "振込先：岩手銀行 宮古支店 普通 1234567 カ）サンリクシステム"],
        tables=[[["品名", "数量", "金額"], ["保守委託料（5月分）", "1", "330,000"]]],
    ))  # fmt: skip
    g.add("minutes_committee", "docx", 1, ["name"], DocSpec(
        title="第2回 地域福祉計画策定委員会 会議録",
        paragraphs=["日時：令和7年6月20日 14時00分～", "場所：宮古市役所 3階 大会議室",
                    f"出席委員：{g.name()}（宮古市社会福祉協議会）、{g.name()}（民生委員児童委員協議会）、"
                    f"{g.name()}（岩手県立大学）", f"事務局：福祉課長 {g.name()}、主査 {g.name()}",
                    "委員長：計画素案について事務局から説明をお願いします。"],
    ))  # fmt: skip
    rows = [["番号", "所在", "地番", "地目", "面積（㎡）", "所有者"]] + [
        [str(i), "宮古市磯鶏", f"{g.rng.randint(1, 300)}番{g.rng.randint(1, 9)}", "宅地", str(g.rng.randint(80, 900)),
         g.rng.choice(["株式会社三陸開発", "宮古漁業協同組合", "有限会社田老建設"])] for i in range(1, 15)]  # fmt: skip
    g.add("public_notice_expropriation", "pdf", 1, [], DocSpec(
        title="公示　土地収用法第26条第1項の規定による事業の認定の告示", paragraphs=["起業者 宮古市", "収用する土地の区域"],
        sheets=[SheetSpec("土地調書", grid(rows))]))  # fmt: skip
    rows = [["件名", "落札者", "所在地", "落札金額（税抜）"]] + [
        [f"市道{i}号線舗装工事", g.rng.choice(["株式会社三陸開発", "有限会社田老建設"]), g.addr(),
         f"{g.rng.randint(100, 900)}0,000"] for i in range(1, 10)]  # fmt: skip
    g.add("bid_results", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("入札結果", grid(rows))]))
    g.add("school_notice", "docx", 1, ["name"], DocSpec(
        title="運動会のお知らせ",
        paragraphs=["保護者各位", f"宮古市立磯鶏小学校　校長　{g.name()}", "日時：令和7年9月27日（土）8時30分～",
                    f"場所：本校グラウンド（{g.addr()}）", f"問合せ：教頭 {g.name()}　電話 {g.paren_phone()}"],
    ), note="principal and vice-principal in their office roles, school address and phone")  # fmt: skip
    g.add(
        "facility_list_paren",
        "csv",
        1,
        [],
        DocSpec(
            sheets=[
                SheetSpec(
                    "s",
                    grid(
                        [["施設名", "所在地", "電話番号"]]
                        + [[f"{t[:3]}地区公民館", g.addr(), g.paren_phone()] for t in TOWNS]
                    ),
                )
            ]
        ),
    )
    g.add("policy_paper_structure", "docx", 1, [], DocSpec(
        title="滞納整理の進め方（職員研修資料）",
        tables=[[["項目", "内容"], ["氏名", "滞納者の氏名を確認する"], ["住所", "住民票で現住所を確認する"],
                 ["滞納額", "本税・延滞金を区分して管理する"]]],
    ), note="table of labels describing a procedure")  # fmt: skip


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam3")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set3", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
