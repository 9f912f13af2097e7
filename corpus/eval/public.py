"""Hard negatives (level 1): documents that look personal but are not, e.g. general talk of
マイナンバー or 滞納, public corporate numbers, facility lists, order numbers, staff rosters."""

from __future__ import annotations

import datetime as dt

from corpus.eval.context import Ctx, Truth, filler, grid_doc, text_doc
from corpus.factory.people import DATE_FORMS, format_date
from corpus.factory.spec import Cell, DocSpec


def health_notice(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A public health notice: disease words and birth-date ranges, but about nobody → 1."""
    y = ctx.rng.randint(6, 8)
    paras = [
        ctx.pick(["特定健康診査のお知らせ", "がん検診・健康教室のご案内", "成人式のご案内"]),
        f"対象：昭和{ctx.rng.randint(25, 40)}年4月1日から昭和{ctx.rng.randint(41, 60)}年3月31日までに生まれた方",
        f"令和{y}年度は、糖尿病・高血圧症の予防教室及び認知症サポーター養成講座を開催します。",
        f"二十歳を祝う会の対象は平成{y + 11}年4月2日～平成{y + 12}年4月1日生まれの方です。",
        "障害のある方や通院中の方は、事前に保健センターへご相談ください。",
        f"申込期限：令和{y}年{ctx.rng.randint(4, 12)}月{ctx.rng.randint(1, 28)}日　問い合わせ：保健センター",
    ]
    return text_doc(paras), Truth(1, frozenset())


def incident_report(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A published incident report: talks about マイナンバー and 滞納情報, names nobody."""
    office = ctx.words("city_office")
    n = ctx.rng.randint(3, 40000)
    paras = [
        "個人情報の不適切な取扱いについて（報告）",
        f"{office}において、職員が住民基本台帳の情報（住所、氏名、生年月日、性別、続柄、世帯番号、収入額）及び"
        f"マイナンバー（個人番号）を含むファイルを私用メールアドレスに送信していた事案が判明しました。",
        f"対象者数は延べ約{n:,}人で、そのうち保育料等の滞納情報が含まれるものがありました。",
        "現時点で外部への流出や不正利用は確認されておりません。",
        "再発防止策として、情報資産の機密性分類（機密性3・2・1）の徹底、外部記録媒体の使用制限を行います。",
        f"公表日：{format_date(ctx.date_in(2024, 2026), 'era_kanji')}",
    ]
    # Decision: a staff contact (担当者名 + office phone) on a public notice is not a resident's
    # personal data → stays 1; it is the most common name+phone pair in public documents.
    if ctx.rng.random() < 0.5:
        paras.append(
            f"問い合わせ先：{office}総務課　担当 {ctx.pop.staff_name()}　電話 0193-22-{ctx.rng.randint(1000, 9999)}"
        )
        return text_doc(paras), Truth(1, frozenset({"name"}))
    paras.append(f"問い合わせ先：{office}総務課　電話 0193-22-{ctx.rng.randint(1000, 9999)}")
    return text_doc(paras), Truth(1, frozenset())


COMPANY_KINDS = ["株式会社", "有限会社", "合同会社", "一般社団法人"]
COMPANY_WORDS = ["三陸", "北上", "青葉", "みなと", "東北", "さくら", "中央", "はまなす", "やまびこ", "新生"]
COMPANY_TRADES = ["建設", "水産", "印刷", "設備", "運輸", "食品", "電工", "商事"]


def _company(ctx: Ctx) -> str:
    return f"{ctx.pick(COMPANY_KINDS)}{ctx.pick(COMPANY_WORDS)}{ctx.pick(COMPANY_TRADES)}"


def corporate_list(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """入札参加資格者名簿 with 法人番号 (public) and company addresses."""
    rows: list[list[Cell]] = []
    for _ in range(ctx.rng.randint(8, 60)):
        office = ctx.pop.person()  # only used for a plausible company address
        cn = ctx.pop.corporate_number()
        rows.append(
            [
                cn if ctx.rng.random() < 0.8 else int(cn),
                _company(ctx),
                office.address("hyphen"),
                ctx.pick(["A", "B", "C"]),
            ]
        )
    header = ["法人番号", "商号又は名称", "所在地", "等級"]
    return grid_doc(ctx, fmt, "入札参加資格者名簿", header, rows, sheet_name="名簿"), Truth(
        1, frozenset({"corporate_number"})
    )


def postal_table(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """郵便番号一覧: codes and town names, no persons."""
    p0 = ctx.pop.person()
    rows: list[list[Cell]] = []
    for _ in range(ctx.rng.randint(20, 120)):
        town = ctx.pick(ctx.pop.towns)
        rows.append([f"{p0.postal[:3]}-{ctx.rng.randint(0, 9999):04d}", p0.prefecture, p0.city, town, ""])
    header = ["郵便番号", "都道府県", "市区町村", "町域", "備考"]
    return grid_doc(ctx, fmt, "郵便番号一覧", header, rows, sheet_name="郵便番号"), Truth(1, frozenset())


FACILITY_KINDS = ["公民館", "地区センター", "市民体育館", "図書館分室", "児童館", "集会所"]


def facility_list(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """公民館一覧: facility names with their addresses and phones (not personal data)."""
    rows: list[list[Cell]] = []
    for _ in range(ctx.rng.randint(5, 30)):
        place = ctx.pop.person()
        town = place.town
        rows.append(
            [
                f"{town}{ctx.pick(FACILITY_KINDS)}",
                place.address(ctx.pick(["hyphen", "no_prefecture", "chome_ban_go"])),
                place.phone
                if place.phone[:3] not in ("090", "080", "070")
                else f"0193-2{ctx.rng.randint(2, 9)}-{ctx.rng.randint(1000, 9999)}",
                f"{ctx.rng.randint(8, 9)}:00～{ctx.rng.randint(17, 21)}:00",
            ]
        )
    header = ["施設名", "所在地", "電話番号", "開館時間"]
    return grid_doc(
        ctx, fmt, ctx.pick(["公民館一覧", "市内公共施設一覧", "避難所一覧"]), header, rows, sheet_name="施設"
    ), Truth(1, frozenset())


def order_list(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """Order numbers of 12 random digits: about one in eleven passes the My Number check digit."""
    rows: list[list[Cell]] = []
    for _ in range(ctx.rng.randint(15, 80)):
        order_no = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12))
        rows.append(
            [
                order_no,
                ctx.pick(["コピー用紙A4", "トナー", "封筒長3", "ファイル", "ボールペン"]),
                ctx.rng.randint(1, 50),
                ctx.rng.randint(1, 500) * 100,
                format_date(ctx.date_in(2025, 2026), "iso_slash"),
            ]
        )
    header = [ctx.pick(["注文番号", "受注番号", "伝票番号"]), "品名", "数量", "金額", "納品日"]
    return grid_doc(ctx, fmt, "物品発注一覧", header, rows, sheet_name="発注"), Truth(1, frozenset())


def minutes(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """会議録: full of dates (開催日, deadlines) and staff names, no resident data."""
    held = ctx.date_in(2024, 2026)
    attendees = "、".join(ctx.pop.staff_name() for _ in range(ctx.rng.randint(3, 7)))
    paras = [
        f"{ctx.pick(['庁内連絡会議', '情報セキュリティ委員会', '子育て支援推進会議'])} 会議録",
        f"開催日時：{format_date(held, ctx.pick(['era_kanji', 'seireki_kanji', 'era_initial_dots']))} 14:00～15:30",
        f"出席者：{attendees}",
        "議事1　前回会議録の確認",
        f"議事2　提出期限は{format_date(held + dt.timedelta(days=ctx.rng.randint(7, 60)), ctx.pick(DATE_FORMS))}とする。",
        *filler(ctx, 3),
        f"次回開催予定：{format_date(held + dt.timedelta(days=30), ctx.pick(DATE_FORMS))}",
    ]
    return text_doc(paras), Truth(1, frozenset({"name"}))


def population_stats(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """年齢別人口 (statistics: counts only)."""
    rows: list[list[Cell]] = []
    for lo in range(0, 100, 5):
        m, f = ctx.rng.randint(300, 2500), ctx.rng.randint(300, 2500)
        rows.append([f"{lo}～{lo + 4}歳", m, f, m + f])
    header = ["年齢", "男", "女", "計"]
    title = f"年齢別人口（令和{ctx.rng.randint(5, 8)}年{ctx.rng.randint(1, 12)}月末現在）"
    return grid_doc(ctx, fmt, title, header, rows, sheet_name="人口"), Truth(1, frozenset())


def arrears_policy(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A policy paper on 滞納整理 in general (no person)."""
    paras = [
        ctx.pick(
            ["滞納整理事務の基本方針", "市税等の収納率向上に向けた取組方針", "債権管理の適正化について"]
        ),
        "1　目的　市税及び保育料等の滞納の早期解消と負担の公平性確保を目的とする。",
        "2　督促　納期限後20日以内に督促状を発する。催告は電話及び文書により行う。",
        "3　滞納処分　財産調査の上、差押え等の滞納処分を厳正に実施する。",
        "4　分納　生活状況を聴取し、分納誓約による納付を認めることができる。",
        *filler(ctx, 3),
    ]
    return text_doc(paras), Truth(1, frozenset())


def duty_roster(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """職員の当番表: staff names and extension numbers only.

    Decision: staff names with 内線 (no address, birth date or phone of a person) → 1.
    """
    rows: list[list[Cell]] = []
    start = ctx.date_in(2025, 2026)
    for i in range(ctx.rng.randint(7, 31)):
        day = start + dt.timedelta(days=i)
        rows.append(
            [
                format_date(day, "iso_slash"),
                ctx.pop.staff_name(),
                f"内線{ctx.rng.randint(100, 399)}",
                ctx.pick(["日直", "宿直", "窓口", ""]),
            ]
        )
    header = ["日付", "職員名", "内線", "区分"]
    return grid_doc(
        ctx, fmt, ctx.pick(["当番表", "窓口当番表", "日直・宿直割当表"]), header, rows, sheet_name="当番"
    ), Truth(1, frozenset({"name"}))


def budget_table(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A budget table (款・項・目 and amounts)."""
    items = [
        "総務費",
        "民生費",
        "衛生費",
        "労働費",
        "農林水産業費",
        "商工費",
        "土木費",
        "消防費",
        "教育費",
        "公債費",
    ]
    rows: list[list[Cell]] = []
    for item in items:
        prev = ctx.rng.randint(100_000, 9_000_000)
        cur = prev + ctx.rng.randint(-50_000, 80_000)
        rows.append([item, prev, cur, cur - prev])
    header = ["款", "前年度予算額（千円）", "本年度予算額（千円）", "比較"]
    return grid_doc(
        ctx, fmt, f"令和{ctx.rng.randint(6, 8)}年度 一般会計歳出予算", header, rows, sheet_name="歳出"
    ), Truth(1, frozenset())
