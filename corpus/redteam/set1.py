"""Write the independent red-team set: ``python -m corpus.redteam.set1 OUT``.

Documents written the way municipal staff write them (forms, case notes, chat memos, vendor CSV
exports, published minutes and newsletters), independently of :mod:`corpus.eval.families`, each with a
hand-decided true level under the default policy (DESIGN.md). ``OUT/manifest.jsonl`` has the shape
:mod:`corpus.eval.evaluate` reads (``path, family, format, level, types, placement, variant``), so
``python -m corpus.eval.evaluate --corpus OUT --no-held-out`` measures it. Doubtful cases carry a
``note`` saying how the policy text decided them.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import fullwidth, kanji_number, random_corporate_number, random_my_number
from corpus.factory.sets import Doc, cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 4242

# Hand-written pools (not the evaluation corpus's): common surnames, some with old forms (旧字体).
SURNAMES = [
    "佐々木", "髙橋", "齋藤", "渡邊", "小野寺", "菊池", "及川", "千葉", "熊谷", "阿部", "藤原", "村上",
    "濵田", "吉田", "遠藤", "岩渕", "三浦", "菅原", "新沼", "金野",
]  # fmt: skip
GIVEN = [
    "一郎", "幸子", "美咲", "翔太", "千代", "勝男", "恵美", "悠斗", "トシ子", "正雄", "由美子", "蓮",
    "ハナ", "健", "澄江", "大輔", "陽菜", "清", "律子", "拓海",
]  # fmt: skip
KANA_SURNAMES = ["ササキ", "タカハシ", "サイトウ", "ワタナベ", "オノデラ", "キクチ", "オイカワ", "チバ"]
KANA_GIVEN = ["イチロウ", "サチコ", "ミサキ", "ショウタ", "チヨ", "カツオ", "エミ", "ユウト"]
TOWNS = ["大船渡市盛町", "陸前高田市高田町", "釜石市大町", "遠野市新町", "一関市大手町", "奥州市水沢区"]


@dataclass
class Gen:
    rng: random.Random
    docs: list[Doc] = field(default_factory=list)

    def name(self) -> str:
        return f"{self.rng.choice(SURNAMES)} {self.rng.choice(GIVEN)}"

    def kana(self) -> str:
        return f"{self.rng.choice(KANA_SURNAMES)} {self.rng.choice(KANA_GIVEN)}"

    def addr(self, kanji_lot: bool = False) -> str:
        town = self.rng.choice(TOWNS)
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 30), self.rng.randint(1, 20)
        if kanji_lot:
            return f"岩手県{town}{kanji_number(a)}丁目{kanji_number(b)}番{kanji_number(c)}号"
        return f"{town}{a}-{b}-{c}"

    def dob(self, lo: int = 1930, hi: int = 2015) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def wareki(self, d: dt.date) -> str:
        if d >= dt.date(2019, 5, 1):
            return f"令和{d.year - 2018}年{d.month}月{d.day}日"
        if d >= dt.date(1989, 1, 8):
            return f"平成{d.year - 1988}年{d.month}月{d.day}日"
        return f"昭和{d.year - 1925}年{d.month}月{d.day}日"

    def phone(self) -> str:
        return f"0192-{self.rng.randint(20, 79)}-{self.rng.randint(1000, 9999)}"

    def mobile(self) -> str:
        return f"090-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def add(self, family: str, fmt: str, level: int, types: list[str], spec: DocSpec, note: str = "") -> None:
        self.docs.append(Doc(family, fmt, level, types, spec, note))


def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    # in this order: each family draws from the one random stream, so the order fixes the output
    for family_group in (
        resident_forms,
        lists,
        running_text,
        public_documents,
        legacy_exports_and_chats,
        near_misses,
    ):
        family_group(g)
    return g.docs


def resident_forms(g: Gen) -> None:
    """Forms and records about one resident: certificate requests, arrears cards, nursery and care forms."""
    for fmt in ("docx", "pdf"):
        d = g.dob()
        g.add(
            "住民票写し交付申請書",
            fmt,
            2,
            ["name", "address", "birth_date", "phone"],
            DocSpec(
                title="住民票の写し等交付申請書",
                paragraphs=["大船渡市長　様", "次のとおり申請します。", "令和6年5月14日"],
                tables=[
                    [
                        ["窓口に来た方", ""],
                        ["住　　所", g.addr()],
                        ["氏　　名", g.name()],
                        ["生年月日", g.wareki(d)],
                        ["電話番号", g.mobile()],
                        ["必要な方との関係", "本人"],
                        ["通数", "2通"],
                        ["使いみち", "年金手続"],
                    ]
                ],
            ),
        )
    g.add(
        "国保税滞納整理票",
        "xlsx",
        3,
        ["name", "address", "arrears", "phone"],
        DocSpec(
            sheets=[
                SheetSpec(
                    name="整理票",
                    title="国民健康保険税　滞納整理票",
                    first_row=3,
                    rows=[
                        ["納税義務者", g.name(), "", "通知書番号", "2024-00318"],
                        ["住所", g.addr(), "", "電話", g.phone()],
                        ["年度", "期別", "税額", "納付額", "未納額"],
                        ["R5", "3期", 21400, 0, 21400],
                        ["R5", "4期", 21400, 0, 21400],
                        ["交渉経過", "6/3 臨戸、不在。差押予告書を投函。", "", "", ""],
                    ],
                )
            ]
        ),
    )
    g.add(
        "保育所入所申込書",
        "docx",
        2,
        ["name", "address", "birth_date", "phone", "relationship"],
        DocSpec(
            title="令和7年度　保育所等利用申込書",
            tables=[
                [
                    ["保護者氏名", g.name(), "続柄", "母"],
                    ["住所", g.addr(kanji_lot=True), "電話", fullwidth(g.mobile())],
                    ["児童氏名", g.name(), "生年月日", g.wareki(g.dob(2020, 2024))],
                    ["希望園", "さくら保育園", "入所希望日", "令和7年4月1日"],
                ]
            ],
        ),
        note="address with kanji lot numbers, full-width mobile",
    )
    g.add(
        "保育所入所申込書",
        "pdf",
        3,
        ["name", "birth_date", "health", "phone"],
        DocSpec(
            title="保育所等利用申込書（児童の状況）",
            tables=[
                [
                    ["児童氏名", g.name(), "生年月日", g.wareki(g.dob(2020, 2024))],
                    ["保護者連絡先", g.mobile(), "", ""],
                    ["児童の健康状態", "障害の有無：有（自閉スペクトラム症　療育手帳B）", "", ""],
                ]
            ],
        ),
    )
    d = g.dob(1930, 1945)
    g.add(
        "介護認定調査票",
        "pdf",
        3,
        ["name", "address", "birth_date", "health"],
        DocSpec(
            title="認定調査票（概況調査）",
            paragraphs=[
                "調査実施日　令和6年7月2日　実施場所　自宅",
                f"被保険者氏名　{g.name()}　　生年月日　{g.wareki(d)}",
                f"現住所　{g.addr()}",
                "主訴：物忘れが多くなり、服薬管理ができない。既往歴：脳梗塞（H28）、糖尿病でインスリン注射。",
                "特記事項：夜間トイレ介助あり。長男が週2回訪問。",
            ],
        ),
    )
    g.add(
        "生活保護ケース記録",
        "docx",
        3,
        ["name", "birth_date", "health"],
        DocSpec(
            title="ケース記録（経過）",
            paragraphs=[
                f"ケース番号 112-0458　世帯主 {g.name()}（{g.wareki(g.dob(1950, 1970))}生）",
                "6/12 家庭訪問。本人はうつ病の診断を受け、月2回精神科へ通院中。服薬は守れている様子。",
                "就労指導は主治医意見書を待って検討する。",
                "担当CW　菅野",
            ],
        ),
    )
    g.add(
        "家庭訪問記録",
        "txt",
        3,
        ["name", "health"],
        DocSpec(
            paragraphs=[
                "【家庭訪問記録】R6.8.20",
                f"母親（{g.name()}さん）は精神障害者保健福祉手帳2級所持。",
                "長女の登校状況について学校と連携予定。",
            ]
        ),
    )


def lists(g: Gen) -> None:
    """Lists: allowance and support rosters, vendor CSVs, staff, bids, arrears, evacuees, public tables."""
    rng = g.rng

    def beneficiaries(n: int) -> list[list[Cell]]:
        rows: list[list[Cell]] = [
            ["No.", "受給者氏名", "フリガナ", "生年月日", "住所", "金融機関", "口座番号"]
        ]
        for i in range(n):
            rows.append([i + 1, g.name(), g.kana(), g.dob(1970, 1995), g.addr(), "岩手銀行",
                         f"{rng.randint(1000000, 9999999)}"])  # fmt: skip
        return rows

    g.add(
        "児童手当受給者一覧",
        "xlsx",
        2,
        ["name", "birth_date", "address", "bank_account"],
        DocSpec(
            sheets=[
                SheetSpec("受給者", beneficiaries(25), title="児童手当　受給者一覧（6月定時払）", first_row=4)
            ]
        ),
    )
    g.add(
        "児童手当受給者一覧",
        "ods",
        3,
        ["name", "birth_date", "address", "bank_account"],
        DocSpec(sheets=[SheetSpec("受給者", beneficiaries(130))]),
        note="130 persons > bulk_subjects",
    )

    def serial(d: dt.date) -> int:
        return (d - dt.date(1899, 12, 30)).days

    rows: list[list[Cell]] = [["氏名", "生年月日", "性別"]]
    rows += [[g.name(), serial(g.dob()), rng.choice(["男", "女"])] for _ in range(12)]
    g.add(
        "生年月日シリアル値",
        "xlsx",
        2,
        ["name", "birth_date", "gender"],
        DocSpec(sheets=[SheetSpec("Sheet1", rows)]),
        note="birth dates as bare serial numbers (no date format) under 生年月日",
    )

    rows = [["氏\n名", "生 年 月 日", "住　所", "電話番号"]]
    rows += [[g.name(), g.wareki(g.dob()), g.addr(), g.phone()] for _ in range(10)]
    g.add("見出し空白改行", "xlsx", 2, ["name", "birth_date", "address", "phone"],
          DocSpec(sheets=[SheetSpec("名簿", rows, title="敬老会　招待者名簿", first_row=5)]))  # fmt: skip

    rows = [["番号", "お名前（カナ）", "電話番号", "備考"]]
    rows += [[i + 1, g.kana(), fullwidth(g.mobile()), ""] for i in range(8)]
    g.add(
        "カナ氏名電話",
        "csv",
        2,
        ["name", "phone"],
        DocSpec(sheets=[SheetSpec("s", rows)]),
        note="kana-only names with full-width phones",
    )

    rows = [["Name", "Address", "DOB", "MyNumber", "Tel"]]
    rows += [[g.name(), g.addr(), g.dob().isoformat(), random_my_number(rng), g.phone()] for _ in range(10)]
    g.add(
        "ベンダー英語CSV",
        "csv",
        3,
        ["name", "address", "birth_date", "my_number", "phone"],
        DocSpec(sheets=[SheetSpec("export", rows)]),
    )

    rows = [["宛名番号", "氏名", "個人番号", "扶養区分"]]
    rows += [[f"{100200 + i}", g.name(), random_my_number(rng, "0")[1:], "一般"] for i in range(10)]
    g.add(
        "個人番号11桁CSV",
        "csv",
        3,
        ["name", "my_number"],
        DocSpec(sheets=[SheetSpec("s", rows)]),
        note="My Numbers starting with 0 exported as numbers: 11 digits",
    )

    rows = [["氏名", "個人番号（12桁）", "続柄"]]
    rows += [[g.name(), int(random_my_number(rng)), rng.choice(["妻", "長男", "長女"])] for _ in range(8)]
    g.add("扶養控除個人番号数値", "xlsx", 3, ["name", "my_number", "relationship"],
          DocSpec(sheets=[SheetSpec("扶養", rows, number_formats={1: "0"})]))  # fmt: skip

    rows = [["No", "氏名", "住所", "連絡先", "支援が必要な理由", "避難支援者"]]
    reasons = ["身体障害者手帳1級（下肢）", "要介護3", "視覚障害", "人工透析", "認知症・独居"]
    rows += [[i + 1, g.name(), g.addr(), g.phone(), rng.choice(reasons), g.name()] for i in range(15)]
    g.add(
        "避難行動要支援者名簿",
        "xlsx",
        3,
        ["name", "address", "phone", "health"],
        DocSpec(sheets=[SheetSpec("名簿", rows, title="避難行動要支援者名簿（第2地区）", first_row=3)]),
    )
    g.add(
        "避難行動要支援者名簿",
        "pdf",
        3,
        ["name", "address", "phone", "health"],
        DocSpec(title="避難行動要支援者名簿（第2地区）", tables=[[[str(c) for c in r] for r in rows]]),
    )

    rows = [["職員番号", "氏名", "所属", "職名", "内線"]]
    rows += [[f"{rng.randint(10000, 99999)}", g.name(), rng.choice(["税務課", "福祉課", "総務課"]), "主事",
              f"{rng.randint(200, 499)}"] for _ in range(30)]  # fmt: skip
    g.add(
        "職員名簿",
        "xlsx",
        1,
        ["name"],
        DocSpec(sheets=[SheetSpec("職員", rows)]),
        note="staff, extension only",
    )
    g.add("職員名簿", "xls", 1, ["name"], DocSpec(sheets=[SheetSpec("職員", rows)]))

    rows = [["区分", "0～14歳", "15～64歳", "65歳以上", "計"]]
    rows += [[t, rng.randint(100, 900), rng.randint(900, 3000), rng.randint(500, 2000), ""] for t in TOWNS]
    g.add(
        "公表用統計表",
        "xlsx",
        1,
        [],
        DocSpec(sheets=[SheetSpec("年齢別人口", rows, title="町別年齢3区分人口")]),
    )
    g.add("公表用統計表", "csv", 1, [], DocSpec(sheets=[SheetSpec("年齢別人口", rows)]))

    rows = [["入札日", "件名", "落札業者", "法人番号", "所在地", "電話番号", "落札金額（税抜）"]]
    for i in range(8):
        rows.append([f"令和6年{i + 4}月10日", f"市道{i + 1}号線舗装工事", f"株式会社{rng.choice(['三陸', '気仙', '盛川'])}建設",
                     random_corporate_number(rng), g.addr(), g.phone(), f"{rng.randint(100, 900) * 10000:,}"])  # fmt: skip
    g.add(
        "入札結果",
        "xlsx",
        1,
        ["corporate_number"],
        DocSpec(sheets=[SheetSpec("結果", rows)]),
        note="company addresses/phones are not personal",
    )
    g.add(
        "入札結果",
        "pdf",
        1,
        ["corporate_number"],
        DocSpec(title="入札結果一覧", tables=[[[str(c) for c in r] for r in rows]]),
    )

    rows = [["滞納者名", "住所", "税目", "滞納額", "最終納付日"]]
    rows += [[g.name(), g.addr(), rng.choice(["固定資産税", "市県民税"]), f"{rng.randint(5, 90) * 1000}",
              f"R{rng.randint(3, 5)}.{rng.randint(1, 12)}.1"] for _ in range(12)]  # fmt: skip
    g.add("滞納者一覧", "xls", 3, ["name", "address", "arrears"], DocSpec(sheets=[SheetSpec("一覧", rows)]))
    g.add(
        "滞納者一覧",
        "pptx",
        3,
        ["name", "address", "arrears"],
        DocSpec(title="滞納整理進捗報告（庁内）", tables=[[[str(c) for c in r] for r in rows[:6]]]),
    )

    rows = [["お客様番号", "使用者名", "設置場所", "未納月数", "未納額", "給水停止予告"]]
    rows += [[f"{rng.randint(1000000, 9999999)}", g.name(), g.addr(), rng.randint(2, 8),
              rng.randint(3, 40) * 1000, "済"] for _ in range(10)]  # fmt: skip
    g.add(
        "水道料金未納者",
        "csv-cp932",
        3,
        ["name", "address", "arrears"],
        DocSpec(sheets=[SheetSpec("s", rows)]),
    )

    rows = [["避難所", "氏名", "年齢", "住所（被災時）", "備考"]]
    rows += [["盛小学校", g.name(), rng.randint(3, 90), g.addr(), ""] for _ in range(20)]
    g.add("避難所名簿", "ods", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("避難者", rows)]))

    rows = [["受診者氏名", "生年月日", "血圧", "HbA1c", "判定", "所見"]]
    rows += [[g.name(), g.wareki(g.dob(1950, 1985)), f"{rng.randint(110, 170)}/{rng.randint(60, 100)}",
              f"{rng.randint(50, 80) / 10}", rng.choice(["A", "C", "D"]), rng.choice(["高血圧症", "異常なし", "脂質異常症"])]
             for _ in range(15)]  # fmt: skip
    g.add(
        "特定健診結果", "xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[SheetSpec("結果", rows)])
    )

    rows = [["転入日", "氏名", "前住所", "新住所"]]
    rows += [[f"2024/{rng.randint(4, 9)}/{rng.randint(1, 28)}", g.name(), f"仙台市青葉区国分町{rng.randint(1, 3)}-{rng.randint(1, 9)}-{rng.randint(1, 9)}",
              g.addr()] for _ in range(10)]  # fmt: skip
    g.add("転入者一覧", "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("4-9月", rows)]))

    rows = [["班", "世帯主", "電話"]]
    rows += [[f"{i % 12 + 1}班", g.name(), g.phone()] for i in range(120)]
    g.add(
        "自治会連絡網",
        "xlsx",
        3,
        ["name", "phone"],
        DocSpec(sheets=[SheetSpec("連絡網", rows)]),
        note="120 persons with name + phone > bulk_subjects",
    )
    rows = [["氏名", "住所"]] + [[g.name(), g.addr()] for _ in range(90)]
    g.add("敬老祝金対象者", "xlsx", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("対象者", rows)]))

    rows = [["Name", "Email", "Department"]]
    rows += [[g.name(), f"user{i}@city.ofunato.lg.jp", "総務課"] for i in range(10)]
    g.add("職員メール一覧", "csv", 1, ["name", "email"], DocSpec(sheets=[SheetSpec("s", rows)]))

    rows = [["会議室", "日付", "時間", "予約課", "担当", "内線"]]
    rows += [
        ["第1会議室", f"5/{d + 1}", "10:00-12:00", "福祉課", g.name(), f"{rng.randint(200, 499)}"]
        for d in range(10)
    ]
    g.add("会議室予約", "xlsx", 1, ["name"], DocSpec(sheets=[SheetSpec("予約", rows)]))

    rows = [["注文番号", "品名", "数量", "単価"]]
    rows += [
        [
            int(random_my_number(rng)) if i % 3 == 0 else rng.randint(10**11, 10**12 - 1),
            "コピー用紙A4",
            5,
            2800,
        ]
        for i in range(12)
    ]
    g.add("物品注文", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("注文", rows, number_formats={0: "0"})]))


def running_text(g: Gen) -> None:
    """Running text: counter records, phone memos, complaint e-mails, reminders, consultation notes."""
    rng = g.rng
    n = g.name()
    g.add(
        "窓口対応記録",
        "txt",
        3,
        ["name", "arrears"],
        DocSpec(
            paragraphs=[
                "5/21(火) 窓口・電話対応メモ",
                f"・{n.split()[0]}様から電話、水道料金の未納について。今月中に半分払うとのこと。残りは来月。",
                "・住民票の取り方の問合せ2件（案内済）",
            ]
        ),
        note="surname only + 様 + arrears",
    )
    g.add(
        "窓口対応記録",
        "docx",
        3,
        ["name", "arrears", "phone"],
        DocSpec(
            paragraphs=[
                "【対応記録】",
                f"{n}さん（{g.mobile()}）来庁。保育料を3か月滞納していることについて、分納の相談。",
                "誓約書を提出してもらう。",
            ]
        ),
    )
    g.add(
        "窓口対応記録",
        "txt",
        1,
        ["name"],
        DocSpec(
            paragraphs=[
                "業務日誌　6月3日",
                "午前：マイナンバーカード交付 12件、住民票 34件。",
                f"午後：システム障害のため証明書発行を一時停止（担当 {g.name()}）。復旧 14:20。",
            ]
        ),
        note="システム障害 is not health data; staff name",
    )
    g.add(
        "電話メモ",
        "txt",
        2,
        ["name", "phone"],
        DocSpec(
            paragraphs=[
                "電話メモ　to 課長",
                f"{g.name()}さんより、{g.mobile()} に折り返しをお願いしますとのこと。",
                "用件：敬老会の出欠",
            ]
        ),
    )
    g.add(
        "苦情メール転記",
        "txt",
        2,
        ["name", "address", "email"],
        DocSpec(
            paragraphs=[
                "件名: 公園の騒音について（市民の声）",
                f"差出人: {g.name()} <kujo{rng.randint(10, 99)}@example.ne.jp>",
                f"住所: {g.addr(kanji_lot=True)}",
                "毎晩遅くまで若者が集まって騒いでおり眠れません。対応をお願いします。",
            ]
        ),
        note="complainant name + address in kanji",
    )
    g.add(
        "苦情メール転記",
        "docx",
        1,
        [],
        DocSpec(
            paragraphs=[
                "市民の声（要旨）",
                "市内在住の方から、ごみ集積所の管理について意見がありました。",
                "回答：自治会と協議のうえ看板を設置します。",
            ]
        ),
    )
    g.add(
        "督促状",
        "docx",
        3,
        ["name", "address", "arrears"],
        DocSpec(
            paragraphs=[
                f"〒022-{rng.randint(1000, 8999)}",
                g.addr(),
                f"{g.name()}　様",
                "督　促　状",
                "あなたの令和5年度固定資産税（第3期）が納期限までに納付されていません。",
                "至急納付してください。",
                "大船渡市長",
            ]
        ),
    )
    g.add(
        "督促状ひな形",
        "docx",
        1,
        [],
        DocSpec(
            paragraphs=[
                "〒000-0000",
                "〇〇市〇〇町〇丁目〇番〇号",
                "〇〇　〇〇　様",
                "督　促　状",
                "あなたの　年度　　税（第　期）が納期限までに納付されていません。",
            ]
        ),
        note="blank template",
    )
    g.add(
        "マイナンバー記載メモ",
        "txt",
        3,
        ["name", "my_number"],
        DocSpec(
            paragraphs=[
                f"申請者 {g.name()}　マイナンバー：{fullwidth(random_my_number(rng))}",
                "通知カード紛失のため再交付手続き。",
            ]
        ),
    )
    g.add(
        "旧字体氏名通知",
        "docx",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                f"岩手県{rng.choice(TOWNS)}{kanji_number(rng.randint(1, 5))}丁目{kanji_number(rng.randint(1, 20))}番地{kanji_number(rng.randint(1, 9))}",
                f"{rng.choice(['髙橋', '齋藤', '渡邊', '濵田'])}　{rng.choice(['勝男', '澄江'])}　様",
                "敬老祝金の支給について（通知）",
                "標記について、下記のとおり支給しますのでお知らせします。",
            ]
        ),
    )
    g.add(
        "相談記録",
        "pdf",
        2,
        ["name", "birth_date"],
        DocSpec(
            title="消費生活相談受付票",
            paragraphs=[
                f"相談者：{g.name()} 様（{g.wareki(g.dob(1940, 1960))}生）",
                "内容：訪問販売で布団を購入、クーリングオフの方法について。",
            ],
        ),
    )


def public_documents(g: Gen) -> None:
    """Public and general documents: council minutes, newsletters, contracts, transfers, public lists."""
    rng = g.rng
    council = [g.name() for _ in range(4)]
    g.add(
        "議会会議録",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="令和6年第2回大船渡市議会定例会会議録（第2号）",
            paragraphs=[
                "令和6年6月11日（火曜日）午前10時開議",
                f"出席議員（18名）　1番 {council[0]}君　2番 {council[1]}君　3番 {council[2]}君",
                f"○議長（{council[0]}君）　ただいまから本日の会議を開きます。",
                f"○{council[3]}議員　市税の滞納整理の状況について伺います。昨年度の収納率は。",
                "○税務課長　令和5年度の現年度分収納率は98.9％でございます。",
            ],
        ),
        note="published minutes: council members' names, general talk about arrears",
    )
    g.add(
        "議会会議録",
        "pdf",
        1,
        ["name"],
        DocSpec(
            title="委員会記録",
            paragraphs=[
                f"○委員長（{council[1]}君）　障害者福祉計画について説明を求めます。",
                "○障害福祉課長　第7期計画では、障害のある方の地域移行を進めます。",
            ],
        ),
    )
    g.add(
        "広報誌記事",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="広報おおふなと　まちの話題",
            paragraphs=[
                "市内在住の佐々木ハナさん(92)が、手作りの雑巾300枚を盛小学校に寄贈しました。",
                "佐々木さんは「子どもたちの役に立てばうれしい」と笑顔で話していました。",
            ],
        ),
        note="doubtful: name + age + 市内在住; no address/birth date/phone → 1 by the policy text",
    )
    g.add(
        "広報誌記事",
        "pdf",
        1,
        ["name"],
        DocSpec(
            title="まちの話題",
            paragraphs=[
                "高田町の菅原正雄さん(78)が、市長を表敬訪問し、全国大会での優勝を報告しました。",
            ],
        ),
        note="doubtful: town name is not an address with a lot",
    )
    g.add(
        "事故報告書",
        "docx",
        1,
        [],
        DocSpec(
            title="個人情報の漏えいに関する報告",
            paragraphs=[
                "令和6年4月、委託事業者が滞納者の氏名・住所を記載したリストを誤送付した事案について報告します。",
                "漏えいした情報：氏名、住所、滞納額（計35名分）。マイナンバーは含まれていません。",
                "再発防止策：送付前のダブルチェックを徹底し、個人情報の取扱研修を実施します。",
            ],
        ),
    )
    g.add(
        "業務委託契約書",
        "docx",
        1,
        [],
        DocSpec(
            title="業務委託契約書",
            paragraphs=[
                "委託者 大船渡市（以下「甲」という。）と受託者 株式会社三陸システム（以下「乙」という。）は、次のとおり契約を締結する。",
                "第1条　乙は、住民情報システムの保守業務を行う。",
                "甲　岩手県大船渡市盛町宇津野沢15番地　大船渡市長",
                f"乙　岩手県盛岡市中央通1-2-3　株式会社三陸システム　代表取締役 {g.name()}　電話 019-621-{rng.randint(1000, 9999)}",
            ],
        ),
        note="company address/phone and representative: not personal data of a resident",
    )
    g.add(
        "業務委託契約書",
        "pdf",
        1,
        [],
        DocSpec(
            title="契約書",
            paragraphs=[
                "受託者　住所　岩手県奥州市水沢区大手町1-1　株式会社いわて測量",
                "電話番号　0197-24-1111",
            ],
        ),
    )
    g.add(
        "人事異動",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="人事異動（4月1日付）",
            tables=[
                [
                    ["新所属", "職名", "氏名", "旧所属"],
                    *[["税務課", "課長", g.name(), "福祉課"] for _ in range(5)],
                ]
            ],
        ),
    )
    g.add(
        "表彰者名簿",
        "pdf",
        1,
        ["name"],
        DocSpec(
            title="市政功労者表彰（公表）",
            tables=[
                [
                    ["氏名", "地区", "功績"],
                    *[[g.name(), rng.choice(["盛町", "大船渡町", "末崎町"]), "自治会活動"] for _ in range(6)],
                ]
            ],
        ),
        note="doubtful: district is not an address",
    )
    g.add(
        "研修資料",
        "pptx",
        1,
        [],
        DocSpec(
            title="個人情報保護研修",
            paragraphs=[
                "特定個人情報（マイナンバー）は機密性3として扱う",
                "滞納情報・病歴は要配慮",
                "USBメモリへの持出は禁止",
            ],
        ),
    )
    g.add(
        "ケース検討",
        "pptx",
        1,
        [],
        DocSpec(
            title="地域ケア会議",
            paragraphs=[
                "事例：80代女性Aさん、独居",
                "課題：服薬管理、認知症の疑い",
                "今後：訪問看護の導入を検討",
            ],
        ),
        note="anonymised case: no identifiable person",
    )
    g.add(
        "行事予定",
        "ods",
        1,
        [],
        DocSpec(
            sheets=[
                SheetSpec(
                    "予定",
                    [
                        ["日付", "行事", "会場", "問合せ"],
                        ["2024/7/20", "夏祭り", "市民会館", "0192-27-3111（内線 215）"],
                        ["2024/9/15", "敬老会", "リアスホール", "0192-26-4478"],
                    ],
                )
            ]
        ),
    )
    g.add(
        "法人番号一覧",
        "txt",
        1,
        ["corporate_number"],
        DocSpec(
            paragraphs=[
                "指定管理者一覧",
                *[f"株式会社{s}　法人番号 {random_corporate_number(rng)}" for s in ("三陸", "気仙", "盛川")],
            ]
        ),
    )
    g.add(
        "交際費公開",
        "pdf",
        1,
        [],
        DocSpec(
            title="市長交際費執行状況",
            tables=[
                [
                    ["月日", "区分", "相手方", "金額"],
                    ["4月12日", "会費", "大船渡商工会議所", "5,000"],
                    ["5月3日", "祝金", "盛町自治会", "10,000"],
                ]
            ],
        ),
    )


def legacy_exports_and_chats(g: Gen) -> None:
    """Second round: legacy and vendor exports, chat logs, forms with family tables, public lists."""
    rng = g.rng
    rows: list[list[Cell]] = [["ｼﾒｲ", "ｶﾅｼﾒｲ", "ｾｲﾈﾝｶﾞｯﾋﾟ", "ｼﾞｭｳｼｮ", "ﾃﾞﾝﾜ"]]
    rows += [[g.name(), g.kana(), g.dob().strftime("%Y%m%d"), g.addr(), g.phone()] for _ in range(10)]
    g.add(
        "半角カナ見出しCSV",
        "csv-cp932",
        2,
        ["name", "birth_date", "address", "phone"],
        DocSpec(sheets=[SheetSpec("s", rows)]),
        note="legacy export: half-width kana headers, yyyymmdd dates",
    )
    rows = [["Full Name", "Date of Birth", "Phone Number", "Postal Code", "Street", "Individual Number"]]
    rows += [[g.name(), g.dob().strftime("%m/%d/%Y"), g.mobile(), f"022-{rng.randint(1000, 9999)}",
              g.addr(), f"{random_my_number(rng)[:4]} {random_my_number(rng)[4:8]} {random_my_number(rng)[8:]}"] for _ in range(6)]  # fmt: skip
    # the spaced numbers above are three unrelated parts: make one valid number per row instead
    for r in rows[1:]:
        n = random_my_number(rng)
        r[5] = f"{n[:4]} {n[4:8]} {n[8:]}"
    g.add(
        "ベンダー英語CSV2",
        "csv",
        3,
        ["name", "birth_date", "phone", "address", "my_number"],
        DocSpec(sheets=[SheetSpec("export", rows)]),
    )
    rows = [["世帯番号", "住民票コード", "氏名", "生年月日", "性別", "続柄", "住所"]]
    for h in range(60):
        addr, head = g.addr(), g.name()
        rows.append(
            [
                f"{10000 + h}",
                f"{rng.randint(10**10, 10**11 - 1)}",
                head,
                g.dob(1940, 1980).strftime("S%y.%m.%d").replace("S19", "S"),
                "男",
                "世帯主",
                addr,
            ]
        )
        rows.append([f"{10000 + h}", f"{rng.randint(10**10, 10**11 - 1)}", f"{head.split()[0]} {rng.choice(GIVEN)}", g.dob(1985, 2015).isoformat(), "女", "子", addr])  # fmt: skip
    g.add("住基抽出", "xlsx", 3, ["name", "birth_date", "address", "gender", "relationship", "household_number"],
          DocSpec(sheets=[SheetSpec("抽出結果", rows, title="住民基本台帳　抽出結果（条件：65歳以上を含む世帯）", first_row=3)]),
          note="120 persons")  # fmt: skip
    rows = [["姓", "名", "住所", "備考"]] + [
        [g.name().split()[0], rng.choice(GIVEN), g.addr(), ""] for _ in range(8)
    ]
    g.add("姓名分割", "ods", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("名簿", rows)]))
    g.add(
        "チャットログ",
        "txt",
        3,
        ["name", "arrears"],
        DocSpec(
            paragraphs=[
                "[10:32] 鈴木(税務課): 菅原さんとこ、固定資産税また3期分払ってないって",
                "[10:33] 千葉(税務課): 先月も電話したよね。来週臨戸しましょう",
                "[10:35] 鈴木(税務課): 了解です",
            ]
        ),
        note="surname + さんとこ, colloquial arrears",
    )
    g.add(
        "ケース会議録",
        "docx",
        3,
        ["name", "health"],
        DocSpec(
            title="地域ケア個別会議　記録",
            paragraphs=[
                "日時：令和6年9月4日　場所：第2会議室",
                f"対象者：{g.name()}氏（84歳、独居）",
                "状況：アルツハイマー型認知症の進行により、金銭管理が困難。",
                "方針：成年後見制度の利用を検討。地域包括支援センターが親族に連絡する。",
            ],
        ),
    )
    g.add(
        "診断書写し",
        "pdf",
        3,
        ["name", "birth_date", "address", "health"],
        DocSpec(
            title="診　断　書",
            paragraphs=[
                f"氏名　{g.name()}",
                f"生年月日　{g.wareki(g.dob(1950, 1990))}",
                f"住所　{g.addr()}",
                "病名　腰椎椎間板ヘルニア",
                "上記の通り診断する。",
                "令和6年10月1日　盛岡中央病院　医師　小笠原 誠",
            ],
        ),
    )
    g.add(
        "家族構成",
        "docx",
        2,
        ["name", "birth_date", "relationship"],
        DocSpec(
            title="児童扶養手当認定請求書（抜粋）",
            tables=[
                [
                    ["続柄", "氏名", "生年月日", "同居・別居"],
                    ["本人", g.name(), g.wareki(g.dob(1980, 1995)), "同居"],
                    ["長女", g.name(), g.wareki(g.dob(2012, 2020)), "同居"],
                ]
            ],
        ),
    )
    g.add(
        "メール転記介護保険料",
        "txt",
        3,
        ["name", "arrears"],
        DocSpec(
            paragraphs=[
                "From: 介護保険課",
                "To: 収納対策課",
                "件名: 督促の件",
                f"お疲れ様です。{g.name()}様の介護保険料について、令和5年度分が未だ納付されていませんので、",
                "催告書の送付をお願いします。",
            ]
        ),
    )
    rows = [["氏名", "電話番号"]] + [[g.kana(), g.phone()] for _ in range(6)]
    g.add(
        "カナ名簿pptx",
        "pptx",
        2,
        ["name", "phone"],
        DocSpec(title="緊急連絡先（班長）", tables=[[[str(c) for c in r] for r in rows]]),
    )
    g.add(
        "カナ氏名通知",
        "txt",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                "〒022-0002",
                g.addr(),
                f"{g.kana()} 様",
                "",
                "ご案内",
                "敬老会のご案内をお送りします。",
            ]
        ),
    )
    g.add("宛名住所全角", "docx", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        "送付先", fullwidth(f"〒022-{rng.randint(1000, 9999)}"), f"岩手県大船渡市盛町字{rng.choice(['館下', '宇津野沢'])}{fullwidth(str(rng.randint(1, 40)))}番地{fullwidth(str(rng.randint(1, 9)))}",
        f"{g.name()}　様", f"電話　{fullwidth(g.phone())}", "書類在中",
    ]))  # fmt: skip
    g.add(
        "納税案内",
        "docx",
        1,
        [],
        DocSpec(
            title="市税の納付について（お知らせ）",
            paragraphs=[
                "納期限までに納付されていない場合は、督促状が送付されます。",
                "督促状が届いても納付されていません場合、財産の差押えを行うことがあります。",
                "お支払いが困難な方は、分納のご相談をお受けしますので、納税課へご相談ください。",
            ],
        ),
    )
    rows = [["地区", "受診者数", "高血圧該当", "糖尿病該当", "受診率"]]
    rows += [
        [t[3:], rng.randint(100, 900), rng.randint(10, 90), rng.randint(5, 40), f"{rng.randint(30, 60)}%"]
        for t in TOWNS
    ]
    g.add("健診統計", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("統計", rows, title="地区別特定健診結果")]))
    rows = [["事業所名", "サービス種別", "所在地", "電話番号"]]
    rows += [
        [
            f"{rng.choice(['ひまわり', 'あおぞら', 'けせん'])}障害者支援センター",
            "就労継続支援B型",
            g.addr(),
            g.phone(),
        ]
        for _ in range(6)
    ]
    g.add(
        "障害福祉事業所一覧",
        "pdf",
        1,
        [],
        DocSpec(title="障害福祉サービス事業所一覧", tables=[[[str(c) for c in r] for r in rows]]),
    )
    rows = [["所属", "職名", "氏名", "受講日"]] + [
        ["福祉課", "主事", g.name(), "2024/6/1"] for _ in range(12)
    ]
    g.add("研修受講者", "xlsx", 1, ["name"], DocSpec(sheets=[SheetSpec("受講者", rows)]))
    rows = [["届出番号", "候補者氏名", "年齢", "党派", "新現元"]] + [
        [i + 1, g.name(), rng.randint(35, 75), "無所属", "新"] for i in range(6)
    ]
    g.add(
        "候補者一覧",
        "pdf",
        1,
        ["name"],
        DocSpec(title="大船渡市議会議員一般選挙　候補者一覧", tables=[[[str(c) for c in r] for r in rows]]),
    )
    g.add(
        "パブコメ結果",
        "docx",
        1,
        [],
        DocSpec(
            title="意見募集の結果",
            paragraphs=[
                "意見の概要：障害のある方が利用しやすい窓口にしてほしい。",
                "市の考え方：障害者差別解消法の趣旨を踏まえ、窓口に筆談ボードを設置します。",
            ],
        ),
    )
    rows = [["No.", "申込者", "住所", "連絡先", "参加人数"]]
    rows += [[i + 1, g.name(), g.addr(), g.mobile(), rng.randint(1, 4)] for i in range(12)]
    wide = [[str(c) for c in r] + ["", "", ""] for r in rows]
    g.add(
        "狭い列PDF",
        "pdf",
        2,
        ["name", "address", "phone"],
        DocSpec(title="市民講座　申込者一覧", tables=[wide]),
        note="narrow cells wrap addresses and phone numbers",
    )
    rows = [["氏名", "マイナンバー"]] + [
        [g.name(), f"{n[:4]}-{n[4:8]}-{n[8:]}"] for n in (random_my_number(rng) for _ in range(8))
    ]
    g.add(
        "マイナンバーPDF",
        "pdf",
        3,
        ["name", "my_number"],
        DocSpec(title="扶養親族一覧", tables=[[[*r, "", "", "", "", ""] for r in rows]]),
    )


def near_misses(g: Gen) -> None:
    """Third round, written after the fixes: near misses that the new rules must not over-flag."""
    rng = g.rng
    g.add(
        "審議会記録",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="障害者計画策定委員会　会議録",
            paragraphs=[
                f"委員長　{g.name()}　氏",
                f"副委員長　{g.name()}　氏",
                "議題1　障害のある人の就労支援について事務局から説明があった。",
                "議題2　グループホームの整備目標について意見交換を行った。",
            ],
        ),
        note="members with 氏 next to general talk about disability",
    )
    g.add(
        "病気休暇簿",
        "xlsx",
        3,
        ["name", "health"],
        DocSpec(
            sheets=[
                SheetSpec(
                    "休暇簿",
                    [
                        ["所属", "氏名", "期間", "事由"],
                        ["税務課", g.name(), "6/3-6/14", "病気休暇（腰椎椎間板ヘルニアで入院）"],
                        ["福祉課", g.name(), "7/1-7/5", "病気休暇（通院治療）"],
                    ],
                )
            ]
        ),
        note="staff health data is health data about an identifiable person",
    )
    rows: list[list[Cell]] = [["No", "納税者名", "滞納\n金額", "期別"]]
    rows += [[i + 1, g.name(), f"{rng.randint(2, 90) * 1000:,}", "1-4期"] for i in range(10)]
    g.add("滞納二行見出し", "xlsx", 3, ["name", "arrears"], DocSpec(sheets=[SheetSpec("R6", rows)]))
    rows = [["No", "氏 名", "ふりがな", "住 所", "電 話"]]
    rows += [[i + 1, g.name(), "", g.addr(), g.phone()] for i in range(10)]
    g.add(
        "一字空け見出し",
        "xls",
        2,
        ["name", "address", "phone"],
        DocSpec(sheets=[SheetSpec("名簿", rows, title="自主防災会　会員名簿", first_row=3)]),
    )
    rows = [["施設名", "住所", "電話番号", "休館日"]]
    rows += [[f"{t[3:]}地区公民館", g.addr(), g.phone(), "月曜"] for t in TOWNS]
    g.add("公共施設一覧", "csv", 1, [], DocSpec(sheets=[SheetSpec("s", rows)]))
    g.add(
        "生活相談記録",
        "docx",
        3,
        ["name", "birth_date", "arrears"],
        DocSpec(
            title="生活困窮相談記録",
            paragraphs=[
                f"相談者：{g.name()}（{g.wareki(g.dob(1960, 1980))}生）",
                "収入減により借金の返済が滞り、市営住宅家賃も3か月分支払えていない。",
                "社会福祉協議会の貸付を案内した。",
            ],
        ),
    )
    g.add(
        "国保運営協議会",
        "docx",
        1,
        [],
        DocSpec(
            title="国民健康保険運営協議会　会議録",
            paragraphs=[
                "令和5年度末の滞納世帯数は312世帯で、前年度から14世帯減少した。",
                "委員から、短期被保険者証の交付状況について質問があった。",
            ],
        ),
    )
    g.add(
        "表彰式写真",
        "pptx",
        2,
        ["name", "address"],
        DocSpec(
            title="表彰式",
            paragraphs=[
                f"善行表彰　{g.name()} 様（{g.addr()}）",
            ],
        ),
    )
    g.add(
        "受付番号一覧",
        "txt",
        1,
        [],
        DocSpec(
            paragraphs=[
                "電子申請　受付番号一覧",
                *[f"受付番号 {random_my_number(rng)}　処理済" for _ in range(5)],
            ]
        ),
        note="12-digit numbers that pass the check digit, but are application numbers",
    )
    g.add(
        "返信先案内",
        "docx",
        1,
        [],
        DocSpec(
            paragraphs=[
                "返信先",
                "〒022-8501　岩手県大船渡市盛町字宇津野沢15番地",
                "大船渡市役所　税務課　市民税係",
                "電話 0192-27-3111（内線123）",
            ]
        ),
    )
    rows = [["氏名", "生年月日(西暦)", "地区"]] + [
        [g.name(), g.dob().strftime("%Y.%m.%d"), "盛"] for _ in range(8)
    ]
    g.add("西暦ドット日付", "ods", 2, ["name", "birth_date"], DocSpec(sheets=[SheetSpec("名簿", rows)]))
    g.add(
        "手帳更新通知",
        "docx",
        3,
        ["name", "address", "health"],
        DocSpec(
            paragraphs=[
                f"〒022-{rng.randint(1000, 9999)}",
                g.addr(),
                f"{g.name()}　様",
                "精神障害者保健福祉手帳の更新について（お知らせ）",
                "お持ちの手帳の有効期限が令和7年1月31日で満了します。更新の手続きをお願いします。",
            ]
        ),
        note="a letter about the addressee's own certificate: health data about that person",
    )
    g.add(
        "イベント問合せ",
        "txt",
        1,
        [],
        DocSpec(
            paragraphs=[
                "夏まつり実行委員会からのお知らせ",
                "ボランティアを募集します。障害のある方も参加できます。",
                "問合せ：商工観光課（電話 0192-27-3111）",
            ]
        ),
    )


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set1", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
