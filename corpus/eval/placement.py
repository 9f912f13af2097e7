"""Families whose decisive data sits in a tricky place: page header, comment, hidden sheet,
text box, speaker notes, footnote, second section, a late page."""

from __future__ import annotations

from corpus.eval.context import ARREARS_SUBJECTS, SHEET_FORMATS, Ctx, Truth, filler
from corpus.factory.people import ADDRESS_FORMS, DATE_FORMS, MY_NUMBER_FORMS
from corpus.factory.spec import Cell, DocSpec, SheetSpec


def in_header(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """Body is generic; the addressee (name + address) sits only in the page header."""
    p = ctx.pop.person(min_birth=1940, max_birth=2004)
    header = f"送付先：{p.address(ctx.pick(ADDRESS_FORMS))}　{p.name}様"
    doc = DocSpec(title="各種手続きのご案内", paragraphs=filler(ctx, 4), header=header)
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
        doc = DocSpec(title="事務連絡", paragraphs=filler(ctx, 3), comments=[note])
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
    doc = DocSpec(title="市民講座のご案内", paragraphs=filler(ctx, 3), textboxes=[box])
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
        paragraphs=["支援方針について協議した。※1", *filler(ctx, 3)],
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
        paragraphs=[*filler(ctx, 6), "別紙　対象者一覧（個人番号）", *annex],
        sections=2,
    )
    return doc, Truth(
        3, frozenset({"name", "my_number"}), tuple(p.my_number for p in people), "second_section"
    )


def late_page(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    """A long report; an arrears case with a name appears only on page 3 or later."""
    p = ctx.pop.person(min_birth=1950, max_birth=2000)
    case = f"（事例）{p.name}様：{ctx.pick(ARREARS_SUBJECTS)}を{ctx.rng.randint(3, 18)}か月滞納、分納誓約の上で納付中。"
    doc = DocSpec(title="収納対策報告書", paragraphs=[*filler(ctx, 110), case, *filler(ctx, 5)])
    return doc, Truth(3, frozenset({"name", "arrears"}), placement="page3")
