"""Write the second independent red-team set: ``python -m corpus.redteam.set2 OUT``.

Written by a different author from :mod:`corpus.redteam.set1` and without reading either corpus's texts.
It leans on over-classification traps (public registers, minutes, templates, sample forms, budgets
and policy papers that talk about personal data without holding any) and on placements the first
round touched less (speaker notes, header rows deep in a sheet, header-less CSV, split wareki
columns, lost leading zeros, veryHidden sheets, comments, text boxes, multi-page PDF tables).
Each file's true level is decided by DESIGN.md's default policy; doubtful ones carry a ``note``.
The manifest has the shape :mod:`corpus.eval.evaluate` reads.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.sets import Doc, cli, write_set
from corpus.factory.spec import DocSpec, SheetSpec

SEED = 20261128

SURNAMES = [
    "田村", "小笠原", "大和田", "長谷川", "菅野", "沼田", "武田", "畠山", "高村", "今野", "伊東",
    "石川", "久保", "横沢", "葛西", "工藤", "昆", "似内", "佐藤", "鈴木",
]  # fmt: skip
GIVEN = [
    "智子", "和夫", "春香", "裕太", "美穂", "光男", "咲良", "隆", "雅子", "颯太", "文子", "誠",
    "キヨ", "浩二", "結衣", "正", "早苗", "陸", "節子", "博之",
]  # fmt: skip
TOWNS = ["盛岡市本町通", "花巻市大通り", "北上市青柳町", "二戸市福岡", "久慈市川崎町", "宮古市保久田"]
ERAS = [("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25))]
ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}


def grid(rows: list[list[Any]]) -> list[list[Any]]:
    """Rows of mixed or text cells as SheetSpec rows (lists are invariant for the type checker)."""
    return rows


@dataclass
class Gen:
    rng: random.Random
    docs: list[Doc] = field(default_factory=list)

    def name(self, sep: str = " ") -> str:
        return f"{self.rng.choice(SURNAMES)}{sep}{self.rng.choice(GIVEN)}"

    def addr(self, style: str = "hyphen") -> str:
        town = self.rng.choice(TOWNS)
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 40), self.rng.randint(1, 25)
        if style == "kanji":
            return f"{town}{kanji_number(a)}丁目{kanji_number(b)}番地{kanji_number(c)}"
        if style == "banchi":
            return f"岩手県{town}{a}丁目{b}番{c}号"
        return f"{town}{a}-{b}-{c}"

    def dob(self, lo: int = 1935, hi: int = 2012) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def wareki_parts(self, d: dt.date) -> tuple[str, int, int, int]:
        for era, start in ERAS:
            if d >= start:
                return era, d.year - ERA_BASE[era], d.month, d.day
        raise ValueError("date before 昭和")

    def phone(self) -> str:
        return f"019{self.rng.randint(1, 9)}-{self.rng.randint(20, 79)}-{self.rng.randint(1000, 9999)}"

    def mobile(self) -> str:
        return f"080-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def add(self, family: str, fmt: str, level: int, types: list[str], spec: DocSpec, note: str = "") -> None:
        self.docs.append(Doc(family, fmt, level, types, spec, note))


def build(rng: random.Random) -> list[Doc]:
    g = Gen(rng)
    build_public(g)
    build_hidden(g)
    build_batch2(g)
    return g.docs


def build_public(g: Gen) -> None:
    """Level-1 documents that look personal at a glance."""
    rng = g.rng
    g.add(
        "広報記事",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="広報もりおか 12月号　まちの話題",
            paragraphs=[
                "本町通地区で「ふれあい餅つき大会」が開かれ、約200人が参加しました。",
                f"実行委員長の{g.name()}さん（72）は「子どもたちの笑顔が何より」と話していました。",
                "次回は来年2月に雪まつりを予定しています。問合せ：地域づくり推進課（電話019-651-4111）",
            ],
        ),
        note="a published article: a name with age and district but no address, birth date or phone",
    )
    members = [g.name("") for _ in range(6)]
    g.add(
        "議会議事録",
        "pdf",
        1,
        [],
        DocSpec(
            title="令和6年第4回定例会 総務常任委員会 会議録",
            paragraphs=[
                f"出席委員：{'、'.join(m + '委員' for m in members)}",
                f"○{members[0]}委員　市税の収納率について伺います。滞納繰越分の収納対策はどうなっていますか。",
                "○税務課長　滞納整理は、催告書の送付と財産調査を計画的に進めております。差押えは昨年度312件でした。",
                f"○{members[1]}委員　個人番号カードの交付率の推移を示してください。",
                "○市民課長　本年10月末で交付率は78.2%です。",
                f"○委員長（{members[2]}）　以上で質疑を終結します。",
            ],
        ),
        note="public minutes: council members' names with general talk of 滞納整理",
    )
    rows: list[list[Any]] = [["登録番号", "事業者名", "代表者名", "所在地", "電話番号", "法人番号"]]
    for i in range(40):
        kind = rng.choice(["株式会社", "有限会社", "合同会社"])
        rows.append(
            [
                f"R6-{i + 1:03d}",
                f"{kind}{rng.choice(['岩手', 'みちのく', '北上', '早池峰', '三陸'])}{rng.choice(['建設', '設備', '電工', '造園', '舗装'])}",
                f"代表取締役 {g.name()}",
                g.addr(),
                g.phone(),
                random_corporate_number(rng),
            ]
        )
    g.add(
        "入札参加資格者名簿",
        "xlsx",
        1,
        ["corporate_number"],
        DocSpec(
            sheets=[SheetSpec("名簿", rows, first_row=3, title="令和6・7年度 入札参加資格者名簿（建設工事）")]
        ),
        note="a published register of businesses: representative names with company addresses/phones are "
        "not residents' personal records (DESIGN: an office's address is not personal)",
    )
    g.add(
        "講師紹介",
        "pptx",
        1,
        ["name"],
        DocSpec(
            title="介護予防講演会",
            paragraphs=[
                "講師紹介",
                f"{g.name()} 氏（岩手県立大学 社会福祉学部 教授）",
                "1968年盛岡市生まれ。東北大学大学院修了。専門は地域福祉。",
                "著書『雪国の地域包括ケア』ほか",
            ],
            notes=["講師の先生は10時に到着予定。控室は第2会議室。"],
        ),
        note="a lecturer's public career; a birth year is not a birth date of a record",
    )
    cand: list[list[str]] = [["届出番号", "氏名", "年齢", "党派", "職業", "新旧", "住所"]]
    for i in range(8):
        cand.append(
            [
                str(i + 1),
                g.name(),
                str(rng.randint(35, 75)),
                rng.choice(["無所属", "A党", "B党"]),
                rng.choice(["会社役員", "農業", "市議会議員", "自営業"]),
                rng.choice(["新", "現", "元"]),
                rng.choice(["盛岡市", "花巻市", "北上市"]),
            ]
        )
    g.add(
        "選挙候補者一覧",
        "pdf",
        1,
        ["name"],
        DocSpec(title="市議会議員一般選挙 候補者一覧（届出順）", tables=[cand]),
        note="public candidate list: residence at city level only",
    )
    award: list[list[str]] = [["氏名", "地区", "功績"]]
    for _ in range(12):
        award.append([g.name(), rng.choice(["本町", "大通", "青柳", "川崎", "保久田"]) + "地区",
                      rng.choice(["交通安全", "民生委員30年", "消防団", "地域美化"])])  # fmt: skip
    g.add("表彰者名簿", "docx", 1, ["name"], DocSpec(title="令和6年度 市政功労者表彰", tables=[award]))
    g.add(
        "通知文テンプレート",
        "docx",
        1,
        [],
        DocSpec(
            paragraphs=[
                "〒000-0000",
                "○○市○○町○丁目○番○号",
                "○○ ○○ 様",
                "個人番号カードの交付について（通知）",
                "あなたの個人番号カードが準備できましたので、下記の期間内に受け取りにおいでください。",
                "持ち物：交付通知書、本人確認書類、通知カード",
                "生年月日：　　年　　月　　日",
            ],
        ),
        note="a template: placeholders only",
    )
    fake = "1234 5678 9012"
    g.add(
        "記入例",
        "pdf",
        1,
        [],
        DocSpec(
            title="申請書の記入例",
            paragraphs=["※以下は記入例です。実際の申請には、ご本人の情報を記入してください。"],
            tables=[
                [
                    ["項目", "記入例"],
                    ["氏名", "山田 太郎"],
                    ["フリガナ", "ヤマダ タロウ"],
                    ["生年月日", "昭和60年1月1日"],
                    ["住所", "○○市○○町1丁目2番3号"],
                    ["電話番号", "000-0000-0000"],
                    ["個人番号", fake],
                ]
            ],
        ),
        note="a 記入例 with the stock example name and an invalid My Number: no real person",
    )
    ages: list[list[Any]] = [["年齢階級", "男", "女", "計"]]
    for lo in range(0, 100, 5):
        m, f = rng.randint(800, 3000), rng.randint(800, 3100)
        ages.append([f"{lo}～{lo + 4}歳", m, f, m + f])
    g.add(
        "年齢別人口",
        "xlsx",
        1,
        [],
        DocSpec(sheets=[SheetSpec("人口", ages, first_row=4, title="年齢（5歳階級）別人口")]),
    )
    items: list[list[Any]] = [["管理番号", "品名", "設置場所", "取得年月日"]]
    for _ in range(60):
        items.append(
            [
                "".join(str(rng.randint(0, 9)) for _ in range(12)),
                rng.choice(["ノートPC", "プリンタ", "書庫", "公用車", "プロジェクタ"]),
                rng.choice(["本庁3階", "第二庁舎", "保健センター"]),
                dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)),
            ]
        )
    g.add("備品台帳", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("備品", items, number_formats={3: "yyyy/mm/dd"})]),
          note="12-digit asset numbers: about 1 in 11 pass the My Number check digit by chance")  # fmt: skip
    corps: list[list[Any]] = [["法人番号", "商号又は名称", "本店又は主たる事務所の所在地"]]
    for _ in range(25):
        corps.append(
            [
                random_corporate_number(rng),
                f"株式会社{rng.choice(['北', '南', '東'])}{rng.choice(['商事', '物産', '開発'])}",
                g.addr(),
            ]
        )
    g.add("法人番号一覧", "csv", 1, ["corporate_number"], DocSpec(sheets=[SheetSpec("法人", corps)]))
    zips = ["郵便番号一覧（市内）"] + [
        f"{t}　〒02{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"
        for t in ["本町通", "大通", "中央通", "菜園", "大沢川原", "上田"]
    ]
    g.add("郵便番号一覧", "txt", 1, [], DocSpec(paragraphs=zips))
    schools: list[list[Any]] = [["学校名", "校長", "所在地", "電話番号", "FAX"]]
    for s in [
        "本町小学校",
        "大通小学校",
        "青柳中学校",
        "川崎小学校",
        "保久田中学校",
        "福岡小学校",
        "上田中学校",
    ]:
        schools.append([s, g.name(), g.addr(), g.phone(), g.phone()])
    g.add("学校一覧", "xlsx", 1, [],
          DocSpec(sheets=[SheetSpec("学校", schools, first_row=2, title="市立学校一覧")]),
          note="principals by school with the school's address and phone: public organisational data")  # fmt: skip
    g.add(
        "職員募集",
        "docx",
        1,
        [],
        DocSpec(
            title="会計年度任用職員の募集",
            paragraphs=[
                "職種：事務補助（税務課）　勤務時間：8時30分～17時15分",
                "業務内容：市税の収納事務、滞納繰越分の整理補助、窓口案内",
                "応募方法：履歴書（写真貼付）を郵送または持参してください。",
                f"担当：総務課 人事係 {rng.choice(SURNAMES)}　電話 019-651-4111（内線 2153）",
            ],
        ),
    )
    budget: list[list[Any]] = [["款・項・目", "本年度予算額", "前年度予算額", "比較"]]
    for label in ["市民税 現年課税分", "市民税 滞納繰越分", "固定資産税 現年課税分", "固定資産税 滞納繰越分",
                  "国民健康保険税 滞納繰越分", "督促手数料", "延滞金"]:  # fmt: skip
        a, b = rng.randint(10_000, 9_000_000), rng.randint(10_000, 9_000_000)
        budget.append([label, a, b, a - b])
    g.add(
        "歳入予算",
        "ods",
        1,
        [],
        DocSpec(sheets=[SheetSpec("歳入", budget, first_row=3, title="一般会計歳入予算（千円）")]),
    )
    g.add(
        "滞納整理方針",
        "docx",
        1,
        [],
        DocSpec(
            title="市税等滞納整理の基本方針",
            paragraphs=[
                "1 目的　負担の公平性を確保するため、滞納整理を計画的に進める。",
                "2 方針　督促状発付後も未納の者には催告書を送付し、なお納付がない場合は財産調査の上で差押えを行う。",
                "3 分納　生活困窮等の事情がある場合は、分納誓約により計画的な納付を求める。",
                "4 個人番号の利用　番号法に基づき、滞納者の所得等の照会に個人番号を利用できる。",
            ],
        ),
    )
    g.add(
        "個人番号利用事務",
        "pdf",
        1,
        [],
        DocSpec(
            title="個人番号利用事務及び個人番号関係事務の一覧",
            tables=[
                [
                    ["事務", "根拠", "担当課"],
                    ["住民税の賦課徴収", "番号法別表第一 16の項", "税務課"],
                    ["国民健康保険の給付", "番号法別表第一 30の項", "国保年金課"],
                    ["児童手当の支給", "番号法別表第一 56の項", "子育て支援課"],
                ]
            ],
        ),
    )
    g.add(
        "研修資料",
        "pptx",
        1,
        [],
        DocSpec(
            title="特定個人情報の取扱い研修",
            paragraphs=[
                "特定個人情報とは、個人番号をその内容に含む個人情報をいう。",
                "例：「氏名：○○ ○○、個人番号：1234 **** ****」の記載がある申請書",
                "個人番号は12桁で、最後の1桁はチェックデジット。",
                "マスキング例：＊＊＊＊ ＊＊＊＊ 5678",
                "漏えい時は個人情報保護委員会へ報告（100人超は必須）",
            ],
            notes=["演習では架空の番号のみ使用すること。"],
        ),
    )
    fac: list[list[Any]] = [["施設名", "住所", "電話", "休館日"]]
    for fname in [
        "中央公民館",
        "西部図書館",
        "市民体育館",
        "こども科学館",
        "老人福祉センター",
        "保健センター",
    ]:
        fac.append([fname, g.addr("banchi"), g.phone(), rng.choice(["月曜", "火曜", "第3月曜"])])
    g.add("施設一覧", "ods", 1, [], DocSpec(sheets=[SheetSpec("施設", fac)]))
    g.add(
        "審議会名簿",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="第3期 国民健康保険運営協議会 委員名簿",
            tables=[
                [["区分", "氏名", "所属等"]]
                + [
                    [
                        rng.choice(["被保険者代表", "保険医代表", "公益代表"]),
                        g.name(),
                        rng.choice(["盛岡市医師会", "市民公募", "岩手県立大学", "市社会福祉協議会"]),
                    ]
                    for _ in range(9)
                ]
            ],
        ),
    )
    bids: list[list[str]] = [["工事名", "落札者", "代表者", "落札額（税抜）"]]
    for _ in range(6):
        bids.append([f"市道{rng.randint(1, 40)}号線舗装工事", f"株式会社{rng.choice(['三陸', '岩手'])}建設",
                     f"代表取締役 {g.name()}", f"{rng.randint(2, 90) * 100_000:,}円"])  # fmt: skip
    g.add("入札結果", "pdf", 1, [], DocSpec(title="入札結果一覧", tables=[bids]))
    g.add(
        "健康教室案内",
        "txt",
        1,
        [],
        DocSpec(
            paragraphs=[
                "糖尿病予防教室のご案内",
                "血糖値が気になる方、健診で要指導と言われた方を対象に、保健師と栄養士がお話しします。",
                "日時：1月15日（水）13:30～15:00　会場：保健センター",
                "申込：健康推進課 019-603-8305",
            ],
        ),
    )
    g.add(
        "事故報告公表",
        "docx",
        1,
        [],
        DocSpec(
            title="個人情報の漏えいについて（お詫び）",
            paragraphs=[
                "このたび、市税の滞納者約120人分の氏名、住所及び滞納額を記載した一覧を誤って外部に送信しました。",
                "一部には個人番号も含まれていました。対象の方には個別にお詫びと説明を行っております。",
                "再発防止のため、メール送信時の二重確認を徹底します。",
            ],
        ),
        note="published apology: talks about arrears and My Numbers, holds none",
    )
    g.add(
        "回覧板",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="町内会 回覧",
            paragraphs=[
                "ごみ集積所の清掃当番（1月）",
                f"第1週 {rng.choice(SURNAMES)}さん、第2週 {rng.choice(SURNAMES)}さん、第3週 {rng.choice(SURNAMES)}さん",
                f"町内会長 {g.name()}",
            ],
        ),
        note="surnames on a rota without addresses or phones",
    )


def build_hidden(g: Gen) -> None:
    """Level-2/3 documents whose personal data sits where scanners look less."""
    rng = g.rng
    n1, n2 = g.name(), g.name()
    g.add(
        "ケース会議スライド",
        "pptx",
        3,
        ["name", "health"],
        DocSpec(
            title="地域ケア会議 事例検討",
            paragraphs=["事例の概要", "80代女性、独居", "課題：服薬管理、買い物"],
            notes=[f"発表者メモ：対象は{n1}さん。糖尿病とアルツハイマー型認知症の診断あり、月2回通院。"],
        ),
        note="health data about a named person in speaker notes",
    )
    part = [["氏名", "住所", "電話番号"]] + [[g.name(), g.addr(), g.mobile()] for _ in range(5)]
    g.add("参加者スライド表", "pptx", 2, ["name", "address", "phone"],
          DocSpec(title="ワークショップ参加者", tables=[part]))  # fmt: skip
    rows: list[list[Any]] = [["No", "氏名", "生年月日", "住所", "備考"]]
    for i in range(15):
        rows.append([i + 1, g.name(), g.dob(), g.addr(), ""])
    g.add("名簿ヘッダ4行目", "ods", 2, ["name", "birth_date", "address"],
          DocSpec(sheets=[SheetSpec("名簿", rows, first_row=4, title="令和6年度 敬老会 対象者名簿")]))  # fmt: skip
    rows = [["番号", "氏名", "個人番号", "住所"]]
    for i in range(12):
        rows.append([i + 1, g.name(), random_my_number(rng), g.addr()])
    g.add("個人番号台帳xls", "xls", 3, ["name", "my_number", "address"],
          DocSpec(sheets=[SheetSpec("台帳", rows, first_row=5, title="児童手当 受給者 番号確認表")]))  # fmt: skip
    g.add(
        "テキストボックス相談",
        "docx",
        2,
        ["name", "phone"],
        DocSpec(
            title="相談受付票",
            paragraphs=["受付日：令和6年11月5日", "相談内容：空き家の管理について"],
            textboxes=[f"相談者：{n2} 様　連絡先 {g.mobile()}"],
        ),
    )
    big: list[list[Any]] = [["令和6年度 除雪協力員名簿", "", "", ""], ["No", "氏名", "住所", "電話番号"]]
    for i in range(130):
        big.append([str(i + 1), g.name(), g.addr(), g.phone()])
    g.add("複数ページ表", "pdf", 3, ["name", "address", "phone"], DocSpec(tables=[big]),
          note="130 persons with address and phone (more than 100): bulk; header row only on page 1")  # fmt: skip
    rows = [[g.name(""), g.addr(), g.dob().strftime("%Y/%m/%d")] for _ in range(25)]
    g.add("ヘッダなしCSV", "csv", 2, ["name", "address", "birth_date"], DocSpec(sheets=[SheetSpec("x", rows)]),
          note="no header row: columns recognisable by value shape")  # fmt: skip
    s, gv = rng.choice(SURNAMES), rng.choice(GIVEN)
    g.add(
        "メールスレッド滞納",
        "txt",
        3,
        ["name", "arrears"],
        DocSpec(
            paragraphs=[
                f"件名：Re: {s} {gv} 様の件",
                "差出人：収納課 主任",
                "お疲れさまです。",
                f"{s}さんの国保税、督促状を送付済みですが未納のままです。来週訪問します。",
                "> 先月の分納相談はどうなりましたか？",
            ],
        ),
        note="arrears of a resident named in the thread",
    )
    g.add(
        "メモ診断書1行",
        "docx",
        3,
        ["name", "health"],
        DocSpec(
            title="事務連絡",
            paragraphs=[
                "年末年始の窓口業務について、下記のとおり体制を組みます。",
                "12月28日は午前のみ開庁、1月4日から通常どおり。",
                f"なお、{g.name()}様より診断書（うつ病）の提出があり、手続の期限を延長しました。",
                "以上",
            ],
        ),
    )
    vis: list[list[Any]] = [["地区", "世帯数"], ["本町", 1200], ["大通", 980]]
    hid: list[list[Any]] = [["氏名", "住所", "滞納額", "滞納月数"]]
    for _ in range(8):
        hid.append([g.name(), g.addr(), rng.randint(10_000, 400_000), rng.randint(1, 24)])
    g.add("veryHiddenシート", "xlsx", 3, ["name", "address", "arrears"],
          DocSpec(sheets=[SheetSpec("集計", vis), SheetSpec("work", hid, state="veryHidden")]))  # fmt: skip
    g.add(
        "コメントに個人番号",
        "docx",
        3,
        ["name", "my_number"],
        DocSpec(
            title="児童手当 現況確認",
            paragraphs=["受給者の現況を確認しました。", f"受給者：{g.name()}"],
            comments=[f"本人確認済み。マイナンバー {random_my_number(rng)}"],
        ),
    )
    rows = [["氏名", "個人番号", "続柄"]]
    for _ in range(10):
        mn = random_my_number(rng, first="0")
        rows.append([g.name(), int(mn), rng.choice(["世帯主", "妻", "子"])])
    g.add("先頭ゼロ欠落", "xlsx", 3, ["name", "my_number", "relationship"],
          DocSpec(sheets=[SheetSpec("番号", rows, number_formats={1: "0"})]),
          note="numeric My Numbers lose the leading zero (11 digits shown)")  # fmt: skip
    kanji_rows = [["氏名", "住所"]] + [[g.name(), g.addr("kanji")] for _ in range(6)]
    g.add("漢数字番地", "docx", 2, ["name", "address"], DocSpec(title="転居届受付一覧", tables=[kanji_rows]))
    rows = [["氏名", "元号", "年", "月", "日", "性別"]]
    for _ in range(10):
        era, y, m, d = g.wareki_parts(g.dob())
        rows.append([g.name(), era, y, m, d, rng.choice(["男", "女"])])
    rows.append([g.name(), "昭和", 50, 1, 1, "女"])
    g.add("和暦分割列", "xlsx", 2, ["name", "birth_date", "gender"], DocSpec(sheets=[SheetSpec("生年月日", rows)]),
          note="birth date split into 元号/年/月/日 columns")  # fmt: skip
    rows = [["氏名", "年齢", "住所"]] + [[g.name(), rng.randint(65, 99), g.addr()] for _ in range(8)]
    g.add("年齢と住所", "ods", 2, ["name", "address"], DocSpec(sheets=[SheetSpec("見守り", rows)]))
    rows = [["氏名", "住所", "保育料未納額", "未納月"]]
    for _ in range(6):
        rows.append([g.name(), g.addr(), rng.randint(5000, 90000), f"{rng.randint(1, 12)}月分"])
    g.add("未納ヘッダ3行目", "ods", 3, ["name", "address", "arrears"],
          DocSpec(sheets=[SheetSpec("未納", rows, first_row=3, title="保育料 未納者一覧")]))  # fmt: skip
    s2 = rng.choice(SURNAMES)
    g.add(
        "チャットログ",
        "txt",
        3,
        ["name", "address", "arrears"],
        DocSpec(
            paragraphs=[
                "[10:02] 係長: 保育料の件どうなった？",
                f"[10:05] 担当: {s2}さん宅（{g.addr()}）、今月も未納です。",
                "[10:06] 係長: 了解、催告書出しておいて",
            ],
        ),
    )
    g.add(
        "催告書",
        "docx",
        3,
        ["name", "address", "arrears"],
        DocSpec(
            paragraphs=[
                g.addr("banchi"),
                f"{g.name()}　様",
                "市営住宅家賃の納付について（催告）",
                "令和6年4月分から9月分までの家賃計252,000円が未納となっています。期限までに納付してください。",
            ],
        ),
    )
    g.add(
        "申請書PDF",
        "pdf",
        2,
        ["name", "phone", "birth_date"],
        DocSpec(
            title="ごみ袋無料配布申請書",
            tables=[[["申請者氏名", g.name()], ["生年月日", "平成2年6月14日"], ["電話番号", g.phone()]]],
        ),
    )
    rows = [["氏名", "電話番号", "地区"]] + [
        [g.name(), g.mobile(), rng.choice(["本町", "大通"])] for _ in range(120)
    ]
    g.add("連絡網120人", "xlsx", 3, ["name", "phone"], DocSpec(sheets=[SheetSpec("連絡網", grid(rows))]),
          note="120 persons with phone: bulk")  # fmt: skip
    sup = [["氏名", "住所", "障害の状況"]] + [
        [g.name(), g.addr(), rng.choice(["身体障害者手帳1級", "療育手帳A", "要介護3", "視覚障害"])]
        for _ in range(5)
    ]
    g.add(
        "要支援者スライド",
        "pptx",
        3,
        ["name", "address", "health"],
        DocSpec(title="避難行動要支援者", tables=[sup]),
    )
    rows = [["氏名", "生年月日", "電話番号"]] + [
        [g.name(), g.dob().strftime("%Y%m%d"), g.phone()] for _ in range(10)
    ]
    g.add(
        "TSV生年月日8桁",
        "tsv",
        2,
        ["name", "birth_date", "phone"],
        DocSpec(sheets=[SheetSpec("x", grid(rows))]),
    )
    rows = [["氏名", "電話"]] + [[g.name(), g.phone()] for _ in range(8)]
    g.add("CP932連絡先", "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("x", grid(rows))]))
    g.add(
        "脚注に住所",
        "odt",
        2,
        ["name", "address"],
        DocSpec(
            title="現地調査報告",
            paragraphs=["倒木の状況を確認した。所有者に連絡済み。"],
            footnotes=[f"所有者 {g.name()}（{g.addr()}）"],
        ),
    )
    rows = [["受付", "氏名", "電話番号", "要件"]] + [
        [f"11/{i + 1}", g.name(), g.phone(), rng.choice(["転入", "証明書", "相談"])] for i in range(7)
    ]
    g.add("ヘッダ6行目", "xlsx", 2, ["name", "phone"],
          DocSpec(sheets=[SheetSpec("受付", grid(rows), first_row=6, title="窓口受付簿")]))  # fmt: skip
    g.add(
        "相談記録続柄病名",
        "docx",
        3,
        ["name", "health", "relationship"],
        DocSpec(
            title="相談記録",
            tables=[
                [
                    ["相談者", g.name()],
                    ["続柄", "長女"],
                    ["対象者", g.name()],
                    ["病名", "脳梗塞後遺症（右片麻痺）"],
                    ["相談内容", "施設入所の相談"],
                ]
            ],
        ),
    )
    g.add(
        "家庭訪問メモ",
        "txt-cp932",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                "訪問記録",
                f"訪問先：{g.addr('banchi')}　{g.name()}さん宅",
                "不在のため連絡票を投函。",
            ]
        ),
    )
    g.add(
        "スライド本文住所",
        "pptx",
        2,
        ["name", "address", "birth_date"],
        DocSpec(
            title="転入者対応事例",
            paragraphs=[
                f"転入者：{g.name()}さん",
                f"住所：{g.addr()}",
                "生年月日：S48.3.21",
                "手続：国保加入",
            ],
        ),
    )


def build_batch2(g: Gen) -> None:
    """Written after the first fixes, to check they generalise (their first run is reported apart)."""
    rng = g.rng
    nurseries: list[list[Any]] = [["保育所名", "園長", "所在地", "電話番号", "定員"]] + [
        [f"{t}保育園", g.name(), g.addr(), g.phone(), rng.randint(30, 120)]
        for t in ["本町", "青柳", "川崎", "福岡", "大通"]
    ]
    g.add("保育所一覧", "xlsx", 1, [], DocSpec(sheets=[SheetSpec("保育所", nurseries)]),
          note="heads of nurseries with the nursery's address and phone")  # fmt: skip
    chiefs: list[list[Any]] = [["自治会名", "会長氏名", "住所", "電話番号"]] + [
        [f"{t}自治会", g.name(), g.addr(), g.phone()]
        for t in ["本町一区", "本町二区", "青柳東", "青柳西", "川崎"]
    ]
    g.add("自治会長名簿", "xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[SheetSpec("会長", chiefs)]),
          note="association chairs' own home addresses and phones: personal data, though organised by association")  # fmt: skip
    g.add(
        "寄附受納",
        "docx",
        1,
        ["name"],
        DocSpec(
            title="寄附の受納について（報道発表）",
            paragraphs=[
                f"株式会社みちのく物産（代表取締役 {g.name()} 氏）から、福祉車両1台の寄附を受けました。",
                f"贈呈式は12月3日、市長室で行い、{g.name()}市長から感謝状を贈呈しました。",
                "問合せ：財政課 019-651-4111",
            ],
        ),
    )
    g.add(
        "会議次第",
        "docx",
        1,
        [],
        DocSpec(
            title="第2回 庁内情報セキュリティ委員会 次第",
            paragraphs=[
                "日時：令和6年12月10日（火）10:00～11:00　場所：本庁舎 第1会議室",
                f"出席者：{g.name()}、{g.name()}、{g.name()}（事務局：情報政策課）",
                "議題：1 USBメモリの持出し状況について　2 滞納管理システムの更改について",
                f"資料作成：情報政策課 {rng.choice(SURNAMES)}（内線 3321）",
            ],
        ),
    )
    g.add(
        "様方宛名",
        "docx",
        2,
        ["name", "address"],
        DocSpec(
            paragraphs=[
                "〒025-0091",
                f"{g.addr('kanji')}",
                f"{rng.choice(SURNAMES)}様方",
                f"{g.name()}　様",
                "住民票の写しの交付について（回答）",
                "ご請求の件について、下記のとおり回答します。",
            ],
        ),
        note="a letter to a lodger (様方) at a kanji-numeral address",
    )
    arrears: list[list[Any]] = [
        ["令和6年度 市営住宅家賃 滞納状況", "", "", ""],
        ["入居者氏名", "住戸", "滞納月数", "滞納額"],
    ] + [
        [
            g.name(),
            f"{rng.randint(1, 5)}-{rng.randint(101, 405)}",
            rng.randint(1, 18),
            f"{rng.randint(2, 60) * 10000:,}",
        ]
        for _ in range(6)
    ]
    g.add("滞納スライド表", "pptx", 3, ["name", "arrears"], DocSpec(title="家賃滞納対策", tables=[arrears]))
    serial_rows: list[list[Any]] = [["番号", "氏名", "生年月日", "性別"]]
    for i in range(9):
        serial_rows.append([i + 1, g.name(), g.dob(1940, 2010), rng.choice(["男", "女"])])
    g.add("生年月日シリアルxls", "xls", 2, ["name", "birth_date", "gender"],
          DocSpec(sheets=[SheetSpec("対象者", serial_rows, first_row=6, title="健診対象者一覧",
                                    number_formats={2: "yyyy/mm/dd"})]))  # fmt: skip
    rows2: list[list[Any]] = [[g.name(), g.mobile(), rng.choice(["本町", "大通", "青柳"])] for _ in range(15)]
    g.add("ヘッダなし連絡先", "csv-cp932", 2, ["name", "phone"], DocSpec(sheets=[SheetSpec("x", rows2)]))
    g.add(
        "手帳番号テキストボックス",
        "docx",
        3,
        ["name", "health"],
        DocSpec(
            title="福祉タクシー券 交付台帳（抜粋）",
            paragraphs=["令和6年度分の交付状況"],
            textboxes=[f"{g.name()} 様　身体障害者手帳 2級（下肢機能障害）　交付 24枚"],
        ),
    )
    big: list[list[Any]] = [["氏名", "住所", "電話番号"]] + [
        [g.name(), g.addr(), g.phone()] for _ in range(110)
    ]
    g.add("番号なし複数ページ表", "pdf", 3, ["name", "address", "phone"], DocSpec(tables=[big]),
          note="110 persons, rows not numbered, header repeated on every page by the writer")  # fmt: skip
    g.add(
        "市長コメント",
        "txt",
        1,
        [],
        DocSpec(
            paragraphs=[
                "報道発表資料",
                f"市長 {g.name()}",
                "本市の市税収納率は過去最高の98.7%となりました。滞納繰越分の圧縮に引き続き取り組みます。",
            ],
        ),
    )


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    """Write the set into ``out`` (emptied first) and return the manifest rows."""
    return write_set(build(random.Random(seed)), out, "redteam2")


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set2", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
