"""What every family of the evaluation corpus shares: the truth record, the drawing context
(randomness, residents, wording pools) and the helpers that lay out grids and running text."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corpus.factory.people import Population, format_date
from corpus.factory.spec import Cell, DocSpec, SheetSpec

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


def shuffle_columns(ctx: Ctx, header: list[str], rows: list[list[Cell]], keep_first: int = 1) -> list[int]:
    """Shuffle column order (all but the first ``keep_first`` columns) in place; return the order."""
    n = len(header)
    order = list(range(keep_first)) + ctx.rng.sample(range(keep_first, n), n - keep_first)
    header[:] = [header[i] for i in order]
    for r in rows:
        r[:] = [r[i] for i in order]
    return order


def _as_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}/{value.month}/{value.day}"
    return str(value)


def grid_doc(
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


def text_doc(paras: list[str], **kw: Any) -> DocSpec:
    """First line is the title (writers render it as a heading / title slide)."""
    return DocSpec(title=paras[0], paragraphs=paras[1:], **kw)


def filler(ctx: Ctx, n: int) -> list[str]:
    y = ctx.rng.randint(5, 8)
    picked: list[str] = []
    while len(picked) < n:  # without repeats until the pool runs out
        picked.extend(ctx.rng.sample(FILLER, min(len(FILLER), n - len(picked))))
    return [text.format(y=y, y2=y + 4) for text in picked]
