"""Families about residents (level 2 and 3): registers, My Number lists and forms, arrears,
letters, medical and consultation records, contact lists, application forms."""

from __future__ import annotations

from collections.abc import Callable

from corpus.eval.context import (
    ARREARS_SUBJECTS,
    ERA_CELL_FORMAT,
    SHEET_FORMATS,
    TEXT_FORMATS,
    Ctx,
    Truth,
    filler,
    grid_doc,
    shuffle_columns,
    text_doc,
)
from corpus.factory.people import ADDRESS_FORMS, DATE_FORMS, MY_NUMBER_FORMS, PHONE_FORMS, Person, format_date
from corpus.factory.spec import Cell, DocSpec, SheetSpec


def _split_address(text: str, town: str) -> list[Cell]:
    """住所 → [市区町村まで, 町名番地, 方書] at the town name (the building goes to 方書)."""
    cut = text.find(town)
    head, rest = (text[:cut], text[cut:]) if cut > 0 else ("", text)
    building = ""
    if " コーポ" in rest:
        rest, building = rest.split(" ", 1)
    return [head.strip(), rest, building]


def _birth_cell(ctx: Ctx, p: Person, fmt: str, col_fmt: str | None) -> Cell:
    """A birth date as a date cell (spreadsheets, when the column is date-formatted) or as text."""
    if col_fmt is not None and not fmt.startswith(("csv", "tsv")):
        return p.birth
    return p.birth_as(ctx.pick(DATE_FORMS))


def register_extract(ctx: Ctx, fmt: str, *, bulk: bool, persons: int | None = None) -> tuple[DocSpec, Truth]:
    """住民基本台帳 抽出 (an Excel export of the resident register); ``persons`` rows if given."""
    target = persons or (ctx.rng.randint(130, 420) if bulk else ctx.rng.randint(12, 80))
    people: list[tuple[Person, str]] = []
    while len(people) < target:
        people.extend(ctx.pop.household(ctx.rng.choice([1, 1, 2, 3, 4])))
    people = people[:target]
    with_income = ctx.rng.random() < 0.4
    with_phone = ctx.rng.random() < 0.3
    date_col_fmt = (
        ctx.pick([None, "yyyy/m/d", ERA_CELL_FORMAT]) if not fmt.startswith(("csv", "tsv")) else None
    )
    addr_form = ctx.pick(ADDRESS_FORMS)
    header = [
        ctx.words("household"),
        ctx.words("name"),
        ctx.words("kana"),
        ctx.words("gender"),
        ctx.words("birth"),
        ctx.words("relation"),
        ctx.words("address"),
    ]
    if with_phone:
        header.append(ctx.words("phone"))
    if with_income:
        header.append(ctx.words("income"))
    rows: list[list[Cell]] = []
    for p, rel in people:
        row: list[Cell] = [
            p.household,
            p.name,
            p.kana,
            p.gender,
            _birth_cell(ctx, p, fmt, date_col_fmt),
            rel,
            p.address(addr_form),
        ]
        if with_phone:
            row.append(p.phone)
        if with_income:
            row.append(p.income)
        rows.append(row)
    order = shuffle_columns(ctx, header, rows)
    # Many register exports keep 氏 and 名, or 住所 and 方書, in separate columns.
    towns = [p.town for p, _ in people]
    surnames = [p.surname for p, _ in people]
    splits: list[tuple[int, list[str], Callable[[Cell, int], list[Cell]]]] = []
    if ctx.rng.random() < 0.25:
        addr_names = [ctx.pick(["住所1", "住所（市区町村）"]), ctx.pick(["住所2", "町名番地"]), "方書"]
        splits.append((order.index(6), addr_names, lambda v, i: _split_address(str(v), towns[i])))
    if ctx.rng.random() < 0.3:
        name_names = ctx.pick([["氏", "名"], ["姓", "名"]])
        splits.append(
            (order.index(1), name_names, lambda v, i: [surnames[i], str(v)[len(surnames[i]) + 1 :]])
        )
    for col, names, split in sorted(splits, key=lambda t: -t[0]):  # right to left: indices stay valid
        header[col : col + 1] = names
        for i, r in enumerate(rows):
            r[col : col + 1] = split(r[col], i)
    number_formats = (
        {header.index(h): date_col_fmt for h in header if "生" in h or "誕" in h} if date_col_fmt else {}
    )
    office = ctx.words("city_office")
    title = ctx.pick(
        [f"住民基本台帳 抽出データ（{office}）", "住基抽出結果", f"{office} 住民記録一覧", "対象者抽出リスト"]
    )
    doc = grid_doc(
        ctx,
        fmt,
        title,
        header,
        rows,
        sheet_name=ctx.pick(["抽出", "名簿", "Sheet1", "住基"]),
        number_formats={k: v for k, v in number_formats.items() if v},
    )
    types = {"name", "address", "birth_date", "gender", "relationship", "household_number"}
    if with_phone:
        types.add("phone")
    if with_income:
        types.add("income")
    return doc, Truth(3 if len(people) > 100 else 2, frozenset(types))


def my_number_list(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """個人番号 一覧 in one of the written forms, or as number cells (leading zero lost)."""
    n = ctx.rng.randint(4, 60)
    people = [ctx.pop.person(min_birth=1940, max_birth=2010) for _ in range(n)]
    form = ctx.pick([*MY_NUMBER_FORMS, "number_cell", "number_cell"])
    if form == "number_cell" and fmt in TEXT_FORMATS:
        form = "plain"
    header = [ctx.pick(["No.", "番号", "連番"]), ctx.words("name"), ctx.words("my_number")]
    with_birth = ctx.rng.random() < 0.5
    if with_birth:
        header.append(ctx.words("birth"))
    rows: list[list[Cell]] = []
    for i, p in enumerate(people, 1):
        mn: Cell = int(p.my_number) if form == "number_cell" else p.my_number_as(form)
        row: list[Cell] = [i, p.name, mn]
        if with_birth:
            row.append(p.birth_as(ctx.pick(DATE_FORMS)))
        rows.append(row)
    purpose = ctx.pick(
        [
            "扶養控除等申告書 個人番号確認",
            "個人番号 収集状況",
            "児童手当 受給者 個人番号一覧",
            "マイナンバー登録リスト",
        ]
    )
    nf = {2: "0"} if form == "number_cell" and ctx.rng.random() < 0.7 else {}
    doc = grid_doc(
        ctx, fmt, purpose, header, rows, sheet_name=ctx.pick(["一覧", "番号", "Sheet1"]), number_formats=nf
    )
    types = {"name", "my_number"} | ({"birth_date"} if with_birth else set())
    return doc, Truth(3, frozenset(types), tuple(p.my_number for p in people))


def my_number_form(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A single person's My Number on a form or in a note (届出, 本人確認記録)."""
    p = ctx.pop.person(min_birth=1940, max_birth=2005)
    form = ctx.pick(MY_NUMBER_FORMS)
    mn = p.my_number_as(form)
    style = ctx.rng.randint(0, 2)
    if style == 0:
        paras = [
            ctx.pick(["個人番号届出書", "本人確認記録票", "番号確認記録"]),
            f"{ctx.words('name')}：{p.name}",
            f"{ctx.words('my_number')}：{mn}",
            f"確認書類：{ctx.pick(['個人番号カード', '通知カード＋運転免許証', '住民票の写し（番号付き）'])}",
            f"受付日：{format_date(ctx.date_in(2024, 2026), 'era_kanji')}　受付者：{ctx.pop.staff_name()}",
        ]
    elif style == 1:
        paras = [
            "窓口対応メモ",
            f"{p.name_as('joined')}さんより{ctx.pick(['児童手当', '住民税', '高額療養費'])}の申請あり。"
            f"マイナンバーは{mn}で確認済み。",
            "添付書類の不足はなし。",
        ]
    else:
        paras = [
            "【要確認】番号誤登録の件",
            f"{p.name}様の個人番号が {mn} で登録されていますが、本人申告と一致するか確認してください。",
            *filler(ctx, 2),
        ]
    return text_doc(paras), Truth(3, frozenset({"name", "my_number"}), (p.my_number,))


def arrears_list(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """保育料/住民税/水道料金 … 滞納者一覧."""
    subject = ctx.pick(ARREARS_SUBJECTS)
    n = ctx.rng.randint(6, 70)
    people = [ctx.pop.person(min_birth=1950, max_birth=2000) for _ in range(n)]
    with_address = ctx.rng.random() < 0.6
    header = [
        ctx.words("name"),
        ctx.words("arrears_amount"),
        ctx.words("arrears_months"),
        ctx.pick(["督促状況", "備考", "催告日"]),
    ]
    if with_address:
        header.insert(1, ctx.words("address"))
    rows: list[list[Cell]] = []
    for p in people:
        months = ctx.rng.randint(1, 24)
        status = ctx.pick(["督促済", "催告書送付", "分納相談中", "差押予告", "", "電話催告"])
        row: list[Cell] = [p.name, ctx.rng.randint(3, 400) * 1000, months, status]
        if with_address:
            row.insert(1, p.address(ctx.pick(ADDRESS_FORMS)))
        rows.append(row)
    shuffle_columns(ctx, header, rows)
    title = ctx.pick(
        [
            f"{subject} 滞納者一覧",
            f"{subject}未納者リスト",
            f"令和{ctx.rng.randint(5, 8)}年度 {subject} 滞納状況",
        ]
    )
    doc = grid_doc(ctx, fmt, title, header, rows, sheet_name=ctx.pick(["滞納", "一覧", "Sheet1"]))
    return doc, Truth(3, frozenset({"name", "arrears"} | ({"address"} if with_address else set())))


ARREARS_MEMO_A = [
    "{n}さんの{s}、{m}か月滞納。来週もう一度電話してみます。",
    "{n}さん宅、{s}の未納が{m}か月分たまってます。督促状は先月送付済み。",
    "【引継ぎ】{n}様　{s} 滞納{m}か月　分納の相談あり（月1万円）",
    "{n}さんまた{s}払ってないって…これで{m}か月目",
]
ARREARS_MEMO_B = [
    "{s}の件、{n}さんは{m}か月分未納のままです。催告書を再送します。",
    "{n}氏　{s}延滞（{m}ヶ月）。差押えの検討が必要か課長に相談。",
    "先ほど{n}さんから電話。{s}の滞納分（{m}か月）は来月まとめて払うとのこと。",
    "{n}様の{s}について、{m}か月の滞納があるため督促を行った。",
]


def arrears_memo(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A memo or chat log about a named resident's arrears."""
    pool = ARREARS_MEMO_A if ctx.variant == "a" else ARREARS_MEMO_B
    people = [ctx.pop.person(min_birth=1950, max_birth=2000) for _ in range(ctx.rng.randint(1, 3))]
    lines: list[str] = []
    chat = ctx.rng.random() < 0.5
    staff = [ctx.pop.staff_name().split("　")[0] for _ in range(2)]
    for p in people:
        name = ctx.pick([p.name_as("joined"), p.surname, p.name])
        text = ctx.pick(pool).format(n=name, s=ctx.pick(ARREARS_SUBJECTS), m=ctx.rng.randint(2, 12))
        if chat:
            lines.append(f"[{ctx.rng.randint(8, 17)}:{ctx.rng.randint(0, 59):02d}] {ctx.pick(staff)}: {text}")
            lines.append(
                f"[{ctx.rng.randint(8, 17)}:{ctx.rng.randint(0, 59):02d}] {ctx.pick(staff)}: {ctx.pick(['了解です', 'ありがとうございます', '課長に報告しておきます'])}"
            )
        else:
            lines.append(text)
    title = "チャット履歴（係内）" if chat else ctx.pick(["メモ", "引継ぎ事項", "窓口対応記録"])
    return text_doc([title, *lines]), Truth(3, frozenset({"name", "arrears"}))


def letter(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A letter to a resident: 〒, address, 様; the office's own phone is not personal data."""
    p = ctx.pop.person(min_birth=1940, max_birth=2004)
    office = ctx.words("city_office")
    dept = ctx.words("department")
    addr = p.address(ctx.pick(["hyphen", "chome_ban_go", "kanji", "no_prefecture", "fullwidth", "building"]))
    topic = ctx.pick(
        [
            "介護保険被保険者証の送付について",
            "住民票の写しの交付について（回答）",
            "市民意見募集へのご協力のお礼",
            "窓口業務時間変更のお知らせ",
        ]
    )
    paras = [
        f"〒{p.postal}",
        addr,
        f"{p.name_as(ctx.pick(['fw_space', 'space', 'joined']))}　様",
        f"{format_date(ctx.date_in(2024, 2026), 'era_kanji')}",
        f"{office}長",
        topic,
        "拝啓　時下ますますご清祥のこととお喜び申し上げます。",
        *filler(ctx, 2),
        "敬具",
        f"問い合わせ先：{office}{dept}　電話 0193-22-{ctx.rng.randint(1000, 9999)}（内線{ctx.rng.randint(100, 399)}）",
    ]
    return DocSpec(paragraphs=paras), Truth(2, frozenset({"name", "address"}))


DISEASES = [
    "2型糖尿病",
    "高血圧症",
    "腰椎椎間板ヘルニア",
    "うつ病",
    "気管支喘息",
    "脳梗塞後遺症",
    "関節リウマチ",
]


def medical_certificate(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """診断書 / 主治医意見書 about a named resident (要配慮個人情報)."""
    p = ctx.pop.person(min_birth=1930, max_birth=2015)
    kind = ctx.pick(["診　断　書", "診断書", "主治医意見書", "障害者手帳用 診断書・意見書"])
    paras = [
        kind,
        f"{ctx.words('name')}　{p.name}（{p.gender}）",
        f"{ctx.words('birth')}　{p.birth_as(ctx.pick(DATE_FORMS))}",
        f"{ctx.words('address')}　{p.address(ctx.pick(ADDRESS_FORMS))}",
        f"{ctx.pick(['病名', '傷病名', '診断名'])}　{ctx.pick(DISEASES)}",
        f"{ctx.pick(['上記のとおり診断します。', '通院加療を要する。', '今後も服薬の継続が必要である。'])}",
        f"{format_date(ctx.date_in(2024, 2026), 'era_kanji')}　医療法人{ctx.pick(['青葉会', '光風会', '緑成会'])}　医師 {ctx.pop.staff_name()}",
    ]
    return text_doc(paras), Truth(3, frozenset({"name", "birth_date", "address", "health", "gender"}))


def contact_list(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """Residents' names and phone numbers (a 自治会 or 見守り contact list)."""
    n = ctx.rng.randint(5, 40)
    people = [ctx.pop.person() for _ in range(n)]
    form = ctx.pick(PHONE_FORMS)
    header = [ctx.words("name"), ctx.words("phone"), ctx.pick(["備考", "班", "区分"])]
    rows: list[list[Cell]] = [
        [p.name, p.phone_as(form), ctx.pick(["", "見守り対象", "1班", "2班", "民生委員経由"])] for p in people
    ]
    title = ctx.pick(["緊急連絡先一覧", "見守り対象者 連絡先", "自治会 連絡網"])
    return grid_doc(ctx, fmt, title, header, rows), Truth(2, frozenset({"name", "phone"}))


def application_form(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """An application form: a two-column table of labels and values (not a header row + records)."""
    p = ctx.pop.person(min_birth=1940, max_birth=2006)
    kind = ctx.pick(
        [
            "児童手当認定請求書",
            "転入届（写し）",
            "市営住宅入居申込書",
            "臨時福祉給付金申請書",
            "各種証明交付申請書",
        ]
    )
    pairs: list[list[str]] = [
        [ctx.words("name"), p.name_as(ctx.pick(["fw_space", "space", "joined"]))],
        [ctx.words("kana"), p.kana],
        [ctx.words("birth"), p.birth_as(ctx.pick(DATE_FORMS))],
        [ctx.words("address"), p.address(ctx.pick(ADDRESS_FORMS))],
        [ctx.words("phone"), p.phone_as(ctx.pick(PHONE_FORMS))],
    ]
    types = {"name", "birth_date", "address", "phone"}
    numbers: tuple[str, ...] = ()
    if ctx.rng.random() < 0.4:
        pairs.append([ctx.words("my_number"), p.my_number_as(ctx.pick(MY_NUMBER_FORMS))])
        types.add("my_number")
        numbers = (p.my_number,)
    pairs.append(["受付日", format_date(ctx.date_in(2024, 2026), "era_kanji")])
    pairs.append(["受付者", ctx.pop.staff_name()])
    if fmt in SHEET_FORMATS:
        rows: list[list[Cell]] = [[None, *pair] for pair in pairs]  # labels in column B, values in C
        doc = DocSpec(title=kind, sheets=[SheetSpec(name="申請書", rows=rows, title=kind, first_row=3)])
    else:
        intro = [f"{ctx.words('city_office')}長　様", "次のとおり申請します。"]
        doc = DocSpec(title=kind, paragraphs=intro, tables=[pairs])
    return doc, Truth(3 if numbers else 2, frozenset(types), numbers)


def contact_note(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """Residents' names with phones written inline in running text (引継ぎ, 連絡メモ)."""
    people = [ctx.pop.person() for _ in range(ctx.rng.randint(1, 6))]
    lines = [
        ctx.pick(
            [
                f"・{p.name_as('joined')}さん（{p.phone_as('hyphen')}）　{ctx.pick(['折り返し希望', '日中不在', '要再連絡'])}",
                f"{p.name}様　TEL {p.phone_as(ctx.pick(PHONE_FORMS))}",
                f"{p.name_as('joined')}さんへ電話（{p.phone_as('hyphen')}）→ 不在",
            ]
        )
        for p in people
    ]
    title = ctx.pick(["電話連絡メモ", "引継ぎ（連絡先）", "折り返し連絡リスト"])
    return text_doc([title, *lines]), Truth(2, frozenset({"name", "phone"}))


CONDITIONS = [
    "認知症",
    "統合失調症",
    "糖尿病による人工透析",
    "脳梗塞の後遺症",
    "うつ病",
    "身体障害（下肢）",
    "アルコール依存症",
]


def consultation_record(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """相談記録 in prose: a named resident's health (要配慮個人情報) told as a story → 3."""
    p = ctx.pop.person(min_birth=1935, max_birth=1985)
    who = ctx.pick([f"{p.name}氏", f"{p.name_as('joined')}さん", f"{p.surname}様（{p.given}）"])
    condition = ctx.pick(CONDITIONS)
    paras = [
        ctx.pick(["相談記録", "支援経過記録", "訪問記録"]),
        f"相談日：{format_date(ctx.date_in(2025, 2026), 'era_kanji')}　対応：{ctx.pop.staff_name()}",
        f"{p.town}在住の{who}について、{ctx.pick(['長女', '民生委員', 'ケアマネジャー', '近隣住民'])}から相談があった。",
        f"本人は{condition}で{ctx.pick(['通院中', '服薬を続けている', '入院歴がある'])}。"
        f"{ctx.pick(['日常生活に支障が出ている', '一人暮らしで見守りが必要', '家族の介護負担が大きい'])}とのこと。",
        "今後、地域包括支援センターと連携して訪問を継続する。",
    ]
    return text_doc(paras), Truth(3, frozenset({"name", "health"}))
