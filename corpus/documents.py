"""Document families of the evaluation corpus, each with its ground truth.

A family is a function ``(Ctx, fmt) -> (DocSpec, Truth)``: it writes one document the way an
officer would (title rows, blank rows, shuffled columns, varying header words) and says which level
the default policy of DESIGN.md requires and which finding types about persons are truly in it.

Level decisions follow DESIGN.md "The levels":
- 3: any My Number; health data or arrears about a named person; > 100 persons with
  name + address/birth date/phone.
- 2: a named person with their address, birth date or phone (same row/record/letter).
- 1: everything else. Decisions that needed judgement are noted on the family (``Family.note``),
  e.g. staff names with extension numbers are not a resident's personal data → 1.

``Truth.types`` lists finding types of *natural persons* present in the file (a staff name counts
as ``name``; a facility's address or phone does not count as ``address``/``phone``; a meeting date
is not a ``birth_date``). ``corporate_number`` is listed where corporate numbers appear, so the
evaluation also measures that detector, though it never raises the level.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus.people import (
    ADDRESS_FORMS,
    DATE_FORMS,
    MY_NUMBER_FORMS,
    PHONE_FORMS,
    Person,
    Population,
    format_date,
    fullwidth,
    is_valid_my_number,
)
from corpus.spec import Cell, DocSpec, SheetSpec

SHEET_FORMATS = ("xlsx", "xls", "ods", "csv", "csv-cp932", "tsv")
TEXT_FORMATS = ("docx", "pdf", "txt", "pptx", "txt-cp932")
ERA_CELL_FORMAT = '[$-411]ggge"年"m"月"d"日"'


@dataclass(frozen=True)
class Truth:
    level: int
    types: frozenset[str]
    # every My Number written into the document (digits only), for sanity checks of the corpus
    my_numbers: tuple[str, ...] = ()
    placement: str = "body"  # where the decisive data sits: body, header, comment, hidden_sheet, …

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "types": sorted(self.types), "placement": self.placement}


@dataclass
class Ctx:
    """What a family function draws from: randomness, residents, and the wording pool."""

    rng: random.Random
    pop: Population
    variant: str = "a"

    def words(self, key: str) -> str:
        return self.rng.choice(WORDS[key][self.variant])

    def pick(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(seq)

    def date_in(self, year_lo: int, year_hi: int) -> dt.date:
        return self.pop.birth(year_lo, year_hi)


# Wording pools: variant "b" (held out) uses other words for the same things.
WORDS: dict[str, dict[str, list[str]]] = {
    "name": {
        "a": ["氏名", "名前", "お名前", "氏　名"],
        "b": ["住民氏名", "対象者氏名", "申請者", "世帯員氏名"],
    },
    "kana": {"a": ["フリガナ", "カナ氏名"], "b": ["ふりがな", "氏名カナ", "氏名（カナ）"]},
    "address": {"a": ["住所", "現住所", "住所地"], "b": ["住　所", "居住地", "送付先"]},
    "birth": {
        "a": ["生年月日", "生年月日(和暦)", "誕生日"],
        "b": ["生年月日（西暦）", "出生年月日", "生年月日"],
    },
    "phone": {"a": ["電話番号", "連絡先", "TEL"], "b": ["電話", "携帯番号", "連絡先電話番号"]},
    "my_number": {
        "a": ["個人番号", "マイナンバー"],
        "b": ["個人番号（マイナンバー）", "番号", "個人番号(12桁)"],
    },
    "gender": {"a": ["性別"], "b": ["性"]},
    "relation": {"a": ["続柄"], "b": ["続き柄", "世帯主との続柄"]},
    "household": {"a": ["世帯番号"], "b": ["世帯No", "世帯コード"]},
    "income": {"a": ["収入額", "所得額"], "b": ["年間収入", "合計所得金額"]},
    "arrears_amount": {"a": ["滞納額", "未納額"], "b": ["収納未済額", "滞納金額（円）"]},
    "arrears_months": {"a": ["滞納月数", "未納期間"], "b": ["延滞月数", "滞納期間（月）"]},
    "city_office": {"a": ["釜石市", "盛岡市", "宮古市"], "b": ["八戸市", "鶴岡市", "尾道市"]},
    "department": {
        "a": ["市民課", "保育課", "収納課", "税務課"],
        "b": ["住民課", "こども家庭課", "納税課", "上下水道課"],
    },
}

ARREARS_SUBJECTS = [
    "保育料",
    "住民税",
    "水道料金",
    "国民健康保険税",
    "給食費",
    "市営住宅家賃",
    "介護保険料",
    "施設使用料",
]

FILLER = [
    "本件については、関係各課と協議の上、令和{y}年度の事業計画に反映させることとする。",
    "なお、詳細については別紙のとおりとし、変更が生じた場合は速やかに周知するものとする。",
    "各課においては、所管する業務の実施状況を点検し、必要に応じて改善策を講じること。",
    "今後のスケジュールについては、庁内調整会議において改めて確認することとした。",
    "事務の効率化を図るため、申請様式の統一及び電子申請の拡充を段階的に進める。",
    "予算の執行状況については、四半期ごとに財政課へ報告するものとする。",
    "研修は年2回実施し、新規採用職員については必ず受講させること。",
    "住民への周知は、広報紙及び市ホームページにより行う。",
    "本計画の期間は、令和{y}年度から令和{y2}年度までの5年間とする。",
    "以上の方針に基づき、各部局は具体的な取組を取りまとめること。",
]


def _shuffle_columns(ctx: Ctx, header: list[str], rows: list[list[Cell]], keep_first: int = 1) -> list[int]:
    """Shuffle column order (all but the first ``keep_first`` columns) in place; return the order."""
    n = len(header)
    order = list(range(keep_first)) + ctx.rng.sample(range(keep_first, n), n - keep_first)
    header[:] = [header[i] for i in order]
    for r in rows:
        r[:] = [r[i] for i in order]
    return order


def _split_address(text: str, town: str) -> list[Cell]:
    """住所 → [市区町村まで, 町名番地, 方書] at the town name (the building goes to 方書)."""
    cut = text.find(town)
    head, rest = (text[:cut], text[cut:]) if cut > 0 else ("", text)
    building = ""
    if " コーポ" in rest:
        rest, building = rest.split(" ", 1)
    return [head.strip(), rest, building]


def _as_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}/{value.month}/{value.day}"
    return str(value)


def _grid_doc(
    ctx: Ctx,
    fmt: str,
    title: str,
    header: list[str],
    rows: list[list[Cell]],
    *,
    sheet_name: str = "Sheet1",
    intro: Sequence[str] = (),
    number_formats: dict[int, str] | None = None,
    extra_sheets: Sequence[SheetSpec] = (),
) -> DocSpec:
    """A list as a worksheet (sheet formats) or as a table under a title (text formats)."""
    head: list[Cell] = list(header)
    if fmt in SHEET_FORMATS:
        layout = ctx.rng.random()
        if fmt.startswith(("csv", "tsv")) or layout < 0.4:  # header in row 1
            sheet = SheetSpec(name=sheet_name, rows=[head, *rows], number_formats=number_formats or {})
        elif layout < 0.7:  # a merged title row above the header
            sheet = SheetSpec(
                name=sheet_name,
                rows=[head, *rows],
                title=title,
                first_row=ctx.rng.randint(2, 4),
                number_formats=number_formats or {},
            )
        else:  # title and note lines typed into cells, then a blank row, then the header
            sheet = SheetSpec(
                name=sheet_name,
                rows=[
                    [title],
                    [f"作成日：{format_date(ctx.date_in(2023, 2026), 'era_kanji')}"],
                    [],
                    head,
                    *rows,
                ],
                number_formats=number_formats or {},
            )
        sheets = [sheet, *extra_sheets]
        if fmt in ("xlsx", "xls", "ods") and ctx.rng.random() < 0.15:  # a cover sheet first (表紙)
            cover_rows: list[list[Cell]] = [
                [title],
                [],
                [f"{ctx.words('city_office')}{ctx.words('department')}"],
                [f"作成日：{format_date(ctx.date_in(2023, 2026), 'era_kanji')}"],
            ]
            sheets.insert(0, SheetSpec(name="表紙", rows=cover_rows))
        return DocSpec(title=title, sheets=sheets)
    table = [[_as_text(c) for c in header]] + [[_as_text(c) for c in r] for r in rows]
    return DocSpec(title=title, paragraphs=list(intro), tables=[table])


def _text_doc(paras: list[str], **kw: Any) -> DocSpec:
    """First line is the title (writers render it as a heading / title slide)."""
    return DocSpec(title=paras[0], paragraphs=paras[1:], **kw)


def _filler(ctx: Ctx, n: int) -> list[str]:
    y = ctx.rng.randint(5, 8)
    picked: list[str] = []
    while len(picked) < n:  # without repeats until the pool runs out
        picked.extend(ctx.rng.sample(FILLER, min(len(FILLER), n - len(picked))))
    return [text.format(y=y, y2=y + 4) for text in picked]


def _birth_cell(ctx: Ctx, p: Person, fmt: str, col_fmt: str | None) -> Cell:
    """A birth date as a date cell (spreadsheets, when the column is date-formatted) or as text."""
    if col_fmt is not None and not fmt.startswith(("csv", "tsv")):
        return p.birth
    return p.birth_as(ctx.pick(DATE_FORMS))


# --- positives ---------------------------------------------------------------------------------
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
    order = _shuffle_columns(ctx, header, rows)
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
    doc = _grid_doc(
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
    doc = _grid_doc(
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
            *_filler(ctx, 2),
        ]
    return _text_doc(paras), Truth(3, frozenset({"name", "my_number"}), (p.my_number,))


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
    _shuffle_columns(ctx, header, rows)
    title = ctx.pick(
        [
            f"{subject} 滞納者一覧",
            f"{subject}未納者リスト",
            f"令和{ctx.rng.randint(5, 8)}年度 {subject} 滞納状況",
        ]
    )
    doc = _grid_doc(ctx, fmt, title, header, rows, sheet_name=ctx.pick(["滞納", "一覧", "Sheet1"]))
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
    return _text_doc([title, *lines]), Truth(3, frozenset({"name", "arrears"}))


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
        *_filler(ctx, 2),
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
    return _text_doc(paras), Truth(3, frozenset({"name", "birth_date", "address", "health", "gender"}))


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
    return _grid_doc(ctx, fmt, title, header, rows), Truth(2, frozenset({"name", "phone"}))


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
    return _text_doc([title, *lines]), Truth(2, frozenset({"name", "phone"}))


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
    return _text_doc(paras), Truth(3, frozenset({"name", "health"}))


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
    return _text_doc(paras), Truth(1, frozenset())


# --- tricky placements -----------------------------------------------------------------------
def in_header(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """Body is generic; the addressee (name + address) sits only in the page header."""
    p = ctx.pop.person(min_birth=1940, max_birth=2004)
    header = f"送付先：{p.address(ctx.pick(ADDRESS_FORMS))}　{p.name}様"
    doc = DocSpec(title="各種手続きのご案内", paragraphs=_filler(ctx, 4), header=header)
    return doc, Truth(2, frozenset({"name", "address"}), placement="header")


def in_comment(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """The arrears note about a named resident is only a reviewer's comment."""
    p = ctx.pop.person(min_birth=1950, max_birth=2000)
    note = f"{p.name_as('joined')}さんは{ctx.pick(ARREARS_SUBJECTS)}を{ctx.rng.randint(2, 9)}か月滞納中なので要注意"
    if fmt in SHEET_FORMATS:
        rows: list[list[Cell]] = [
            ["項目", "件数"],
            ["申請受付", ctx.rng.randint(10, 90)],
            ["交付", ctx.rng.randint(5, 60)],
        ]
        doc = DocSpec(title="集計", sheets=[SheetSpec(name="集計", rows=rows, comments={(1, 1): note})])
    else:
        doc = DocSpec(title="事務連絡", paragraphs=_filler(ctx, 3), comments=[note])
    return doc, Truth(3, frozenset({"name", "arrears"}), placement="comment")


def hidden_sheet(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A harmless visible summary with the My Number list on a hidden sheet."""
    people = [ctx.pop.person() for _ in range(ctx.rng.randint(3, 25))]
    visible = SheetSpec(
        name="集計", rows=[["区分", "人数"], ["申請済", len(people)], ["未申請", ctx.rng.randint(0, 30)]]
    )
    rows: list[list[Cell]] = [[ctx.words("name"), ctx.words("my_number")]]
    rows += [[p.name, p.my_number_as(ctx.pick(MY_NUMBER_FORMS))] for p in people]
    hidden = SheetSpec(
        name=ctx.pick(["元データ", "作業用", "Sheet2"]),
        rows=rows,
        state=ctx.pick(["hidden", "hidden", "veryHidden"]) if fmt == "xlsx" else "hidden",
    )
    doc = DocSpec(title="申請状況", sheets=[visible, hidden])
    return doc, Truth(3, frozenset({"name", "my_number"}), tuple(p.my_number for p in people), "hidden_sheet")


def in_textbox(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A flyer whose only personal data (an applicant's name, address, phone) is in a text box."""
    p = ctx.pop.person(min_birth=1940, max_birth=2004)
    box = f"申込者：{p.name}　住所：{p.address(ctx.pick(ADDRESS_FORMS))}　電話：{p.phone_as('hyphen')}"
    doc = DocSpec(title="市民講座のご案内", paragraphs=_filler(ctx, 3), textboxes=[box])
    return doc, Truth(2, frozenset({"name", "address", "phone"}), placement="textbox")


def in_notes(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """Slides about a case; the named resident and birth date only in the speaker notes."""
    p = ctx.pop.person(min_birth=1935, max_birth=1990)
    note = f"事例の方は{p.name}様（{p.birth_as(ctx.pick(DATE_FORMS))}生）、{p.address(ctx.pick(ADDRESS_FORMS))}在住。"
    doc = DocSpec(title="相談事例の共有", paragraphs=["事例の概要", "対応の経過", "今後の課題"], notes=[note])
    return doc, Truth(2, frozenset({"name", "birth_date", "address"}), placement="notes")


def in_footnote(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A case report whose only identifying detail sits in a footnote."""
    p = ctx.pop.person(min_birth=1935, max_birth=1995)
    note = f"対象者：{p.name}（{p.birth_as(ctx.pick(DATE_FORMS))}生）　{p.address(ctx.pick(ADDRESS_FORMS))}"
    doc = DocSpec(
        title="個別支援会議 報告",
        paragraphs=["支援方針について協議した。※1", *_filler(ctx, 3)],
        footnotes=[note],
    )
    return doc, Truth(2, frozenset({"name", "birth_date", "address"}), placement="footnote")


def in_second_section(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A two-section report whose second section (an annex) lists residents with My Numbers."""
    people = [ctx.pop.person() for _ in range(ctx.rng.randint(2, 6))]
    form = ctx.pick(MY_NUMBER_FORMS)
    annex = [f"{p.name}　{p.my_number_as(form)}" for p in people]
    doc = DocSpec(
        title="事務処理報告",
        paragraphs=[*_filler(ctx, 6), "別紙　対象者一覧（個人番号）", *annex],
        sections=2,
    )
    return doc, Truth(
        3, frozenset({"name", "my_number"}), tuple(p.my_number for p in people), "second_section"
    )


def late_page(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A long report; an arrears case with a name appears only on page 3 or later."""
    p = ctx.pop.person(min_birth=1950, max_birth=2000)
    case = f"（事例）{p.name}様：{ctx.pick(ARREARS_SUBJECTS)}を{ctx.rng.randint(3, 18)}か月滞納、分納誓約の上で納付中。"
    doc = DocSpec(title="収納対策報告書", paragraphs=[*_filler(ctx, 110), case, *_filler(ctx, 5)])
    return doc, Truth(3, frozenset({"name", "arrears"}), placement="page3")


# --- hard negatives ----------------------------------------------------------------------------
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
        return _text_doc(paras), Truth(1, frozenset({"name"}))
    paras.append(f"問い合わせ先：{office}総務課　電話 0193-22-{ctx.rng.randint(1000, 9999)}")
    return _text_doc(paras), Truth(1, frozenset())


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
    return _grid_doc(ctx, fmt, "入札参加資格者名簿", header, rows, sheet_name="名簿"), Truth(
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
    return _grid_doc(ctx, fmt, "郵便番号一覧", header, rows, sheet_name="郵便番号"), Truth(1, frozenset())


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
    return _grid_doc(
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
    return _grid_doc(ctx, fmt, "物品発注一覧", header, rows, sheet_name="発注"), Truth(1, frozenset())


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
        *_filler(ctx, 3),
        f"次回開催予定：{format_date(held + dt.timedelta(days=30), ctx.pick(DATE_FORMS))}",
    ]
    return _text_doc(paras), Truth(1, frozenset({"name"}))


def population_stats(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """年齢別人口 (statistics: counts only)."""
    rows: list[list[Cell]] = []
    for lo in range(0, 100, 5):
        m, f = ctx.rng.randint(300, 2500), ctx.rng.randint(300, 2500)
        rows.append([f"{lo}～{lo + 4}歳", m, f, m + f])
    header = ["年齢", "男", "女", "計"]
    title = f"年齢別人口（令和{ctx.rng.randint(5, 8)}年{ctx.rng.randint(1, 12)}月末現在）"
    return _grid_doc(ctx, fmt, title, header, rows, sheet_name="人口"), Truth(1, frozenset())


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
        *_filler(ctx, 3),
    ]
    return _text_doc(paras), Truth(1, frozenset())


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
    return _grid_doc(
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
    return _grid_doc(
        ctx, fmt, f"令和{ctx.rng.randint(6, 8)}年度 一般会計歳出予算", header, rows, sheet_name="歳出"
    ), Truth(1, frozenset())


# --- registry ----------------------------------------------------------------------------------
Build = Callable[[Ctx, str], tuple[DocSpec, Truth]]


@dataclass(frozen=True)
class Family:
    name: str
    formats: tuple[str, ...]
    build: Build
    note: str = ""
    weight: float = 1.0  # relative number of documents
    tags: tuple[str, ...] = field(default=())


def _boundary(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    return register_extract(ctx, fmt, bulk=False, persons=ctx.pick([100, 101]))


def _bulk(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    return register_extract(ctx, fmt, bulk=True)


def _small(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    return register_extract(ctx, fmt, bulk=False)


FAMILIES: list[Family] = [
    Family(
        "register_bulk",
        ("xlsx", "csv", "xls", "ods", "csv-cp932"),
        _bulk,
        "> 100 persons with name + address/birth → 3",
        0.6,
    ),
    Family(
        "register_small",
        ("xlsx", "csv", "xls", "ods", "docx", "pdf", "csv-cp932"),
        _small,
        "≤ 100 persons → 2",
    ),
    Family("register_boundary", ("xlsx", "csv"), _boundary, "exactly 100 persons → 2, 101 → 3", 0.3),
    Family(
        "my_number_list",
        ("xlsx", "csv", "xls", "ods", "docx", "pdf", "csv-cp932"),
        my_number_list,
        "My Numbers → 3",
    ),
    Family("my_number_form", ("docx", "pdf", "txt", "pptx"), my_number_form, "one My Number → 3", 0.7),
    Family(
        "arrears_list",
        ("xlsx", "csv", "xls", "ods", "pdf", "csv-cp932"),
        arrears_list,
        "arrears of named persons → 3",
    ),
    Family(
        "arrears_memo",
        ("txt", "docx", "pdf", "pptx", "txt-cp932"),
        arrears_memo,
        "arrears of a named person → 3",
    ),
    Family(
        "letter", ("docx", "pdf", "txt"), letter, "addressee name + address → 2; office phone is not personal"
    ),
    Family(
        "medical_certificate", ("docx", "pdf"), medical_certificate, "health data of a named person → 3", 0.7
    ),
    Family("contact_list", ("xlsx", "csv", "docx", "pdf", "csv-cp932"), contact_list, "name + phone → 2"),
    Family(
        "application_form",
        ("docx", "pdf", "xlsx"),
        application_form,
        "form: name + address/birth → 2; 個人番号 → 3",
    ),
    Family("contact_note", ("txt", "docx", "pptx"), contact_note, "names with phones inline → 2", 0.6),
    Family(
        "consultation_record",
        ("docx", "txt", "pdf"),
        consultation_record,
        "a named resident's health → 3",
        0.7,
    ),
    Family("in_header", ("docx", "pdf"), in_header, "addressee only in the header → 2", 0.4),
    Family(
        "in_comment", ("docx", "xlsx"), in_comment, "arrears of a named person only in a comment → 3", 0.4
    ),
    Family("hidden_sheet", ("xlsx", "ods", "xls"), hidden_sheet, "My Numbers on a hidden sheet → 3", 0.4),
    Family("in_textbox", ("docx",), in_textbox, "applicant data only in a text box → 2", 0.3),
    Family("in_notes", ("pptx",), in_notes, "resident data only in speaker notes → 2", 0.3),
    Family("in_footnote", ("docx",), in_footnote, "resident only in a footnote → 2", 0.3),
    Family("in_second_section", ("docx",), in_second_section, "My Numbers in section 2 → 3", 0.3),
    Family("late_page", ("pdf", "docx"), late_page, "arrears case on page 3+ → 3", 0.4),
    Family(
        "incident_report",
        ("docx", "pdf", "txt"),
        incident_report,
        "talks about マイナンバー/滞納 in general → 1",
    ),
    Family("corporate_list", ("xlsx", "csv", "ods", "csv-cp932"), corporate_list, "法人番号 are public → 1"),
    Family("postal_table", ("xlsx", "csv", "xls"), postal_table, "codes and towns, no persons → 1", 0.7),
    Family("facility_list", ("xlsx", "csv", "docx", "pdf"), facility_list, "facility addresses/phones → 1"),
    Family(
        "order_list",
        ("xlsx", "csv", "xls", "ods", "csv-cp932"),
        order_list,
        "random 12-digit order numbers → 1",
    ),
    Family("minutes", ("docx", "pdf", "txt", "txt-cp932"), minutes, "meeting dates and staff names → 1"),
    Family("population_stats", ("xlsx", "csv", "ods"), population_stats, "counts only → 1", 0.6),
    Family(
        "health_notice",
        ("docx", "pdf", "txt"),
        health_notice,
        "disease words, birth-date ranges, nobody → 1",
        0.7,
    ),
    Family("arrears_policy", ("docx", "pdf", "txt", "pptx"), arrears_policy, "滞納整理 in general → 1", 0.7),
    Family("duty_roster", ("xlsx", "csv", "docx"), duty_roster, "staff names + 内線 only → 1 (decision)"),
    Family("budget_table", ("xlsx", "xls", "csv"), budget_table, "amounts only → 1", 0.5),
]


def family(name: str) -> Family:
    for f in FAMILIES:
        if f.name == name:
            return f
    raise KeyError(name)


def check_truth(truth: Truth) -> None:
    """Sanity of a generated truth (used by tests and the generator)."""
    for mn in truth.my_numbers:
        if not is_valid_my_number(mn):
            raise AssertionError("generated My Number fails its check digit")
    if ("my_number" in truth.types) != bool(truth.my_numbers):
        raise AssertionError("my_number type and written My Numbers disagree")


__all__ = [
    "FAMILIES",
    "SHEET_FORMATS",
    "TEXT_FORMATS",
    "Ctx",
    "Family",
    "Truth",
    "check_truth",
    "family",
    "fullwidth",
]
