"""Reasons say when the text they rest on was read by OCR, with that page's OCR confidence.

An ``assetclass_adjust_classification`` hook (every plugin's runs after the policy): it changes
no level, it only tells the reader of a reason that ``page 2`` was a scanned image read by OCR
with a mean word confidence of 0.87, so a person knows how much to trust the evidence.
"""

from __future__ import annotations

from ..config import Config
from ..hookspecs import hookimpl
from ..model import Classification, Document, Finding


def _pages(where: list[str], confidence: dict[str, float]) -> list[str]:
    pages: list[str] = []
    for w in where:
        page = w.split(" line ", 1)[0].split(" (", 1)[0]
        if page in confidence and page not in pages:
            pages.append(page)
    return pages


def annotate(document: Document, classification: Classification) -> None:
    confidence = {b.locator: b.ocr_confidence for b in document.blocks if b.ocr_confidence is not None}
    if not confidence:
        return
    for reason in classification.reasons:
        pages = _pages(reason.where, confidence) or (list(confidence) if not reason.where else [])
        if not pages:
            continue
        shown = ", ".join(f"{p} {confidence[p]:.2f}" for p in pages[:5])
        more = " …" if len(pages) > 5 else ""
        reason.message_ja += f"（OCR で読み取った文字。信頼度 {shown}{more}）"
        reason.message_en += f" (text read by OCR; confidence {shown}{more})"


@hookimpl
def assetclass_adjust_classification(
    document: Document, findings: list[Finding], classification: Classification, config: Config
) -> None:
    annotate(document, classification)
