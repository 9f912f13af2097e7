"""The registry of the evaluation corpus's document families, each with its ground truth.

A family is a function ``(Ctx, fmt) -> (DocSpec, Truth)`` in a theme module (:mod:`.personal`,
:mod:`.placement`, :mod:`.public`): it writes one document the way an officer would (title rows,
blank rows, shuffled columns, varying header words) and says which level the default policy of
DESIGN.md requires and which finding types about persons are truly in it.

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

from collections.abc import Callable
from dataclasses import dataclass, field

from corpus.eval.context import Ctx, Truth
from corpus.eval.personal import (
    application_form,
    arrears_list,
    arrears_memo,
    consultation_record,
    contact_list,
    contact_note,
    letter,
    medical_certificate,
    my_number_form,
    my_number_list,
    register_extract,
)
from corpus.eval.placement import (
    hidden_sheet,
    in_comment,
    in_footnote,
    in_header,
    in_notes,
    in_second_section,
    in_textbox,
    late_page,
)
from corpus.eval.public import (
    arrears_policy,
    budget_table,
    corporate_list,
    duty_roster,
    facility_list,
    health_notice,
    incident_report,
    minutes,
    order_list,
    population_stats,
    postal_table,
)
from corpus.factory.numbers import is_valid_my_number
from corpus.factory.spec import DocSpec

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
