"""Hand-built documents and helpers for detector tests (no extractor needed)."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.factory.numbers import my_number_check_digit, my_number_from

from assetclass import classify
from assetclass.config import default_config
from assetclass.engine import get_engine
from assetclass.interfaces import DetectContext
from assetclass.model import CellValue, Document, Finding, Region, Table, TextBlock


def my_number(base11: str) -> str:
    """A valid My Number from 11 digits (the corpus's generator, not the detector's own check)."""
    return my_number_from(base11)


def bad_my_number(base11: str) -> str:
    return base11 + str((my_number_check_digit(base11) + 1) % 10)


def text_doc(*paragraphs: str, name: str = "t.docx") -> Document:
    return Document(
        name=name,
        format="docx",
        blocks=[TextBlock(p, f"paragraph {i}", Region.BODY) for i, p in enumerate(paragraphs, start=1)],
    )


def word_doc(rows: Sequence[Sequence[CellValue]], *paragraphs: str) -> Document:
    """A Word document holding one table (not a sheet) and some paragraphs."""
    table = Table(name="table 1", locator="table 1", rows=[list(r) for r in rows])
    blocks = [TextBlock(p, f"paragraph {i}", Region.BODY) for i, p in enumerate(paragraphs, start=1)]
    return Document(name="t.docx", format="docx", blocks=blocks, tables=[table])


def sheet_doc(
    rows: Sequence[Sequence[CellValue]], name: str = "名簿", formats: dict[tuple[int, int], str] | None = None
) -> Document:
    table = Table(name=name, locator=name, rows=[list(r) for r in rows], is_sheet=True)
    if formats:
        table.number_formats.update(formats)
    return Document(name="t.xlsx", format="xlsx", tables=[table])


def detect(document: Document, detector_id: str | None = None) -> list[Finding]:
    context = DetectContext(config=default_config())
    out: list[Finding] = []
    for det in get_engine().detectors:
        if detector_id is None or det.id == detector_id:
            out.extend(det.detect(document, context))
    return out


def of_type(findings: list[Finding], type_: str, floor: float = 0.0) -> list[Finding]:
    return [f for f in findings if f.type == type_ and f.confidence >= floor]


def level_of(document: Document) -> tuple[int, list[str]]:
    _result, classification = classify(document)
    return classification.level, [r.rule for r in classification.reasons]
