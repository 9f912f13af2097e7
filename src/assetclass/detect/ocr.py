"""Detection on text read by OCR: a My Number misread by one digit, and confidences that say "OCR".

A My Number read with one wrong digit fails its check digit, and the my_number detector rightly
drops it. On OCR text a 12-digit run next to 個人番号/マイナンバー that fails *only* its check
digit is still almost certainly a My Number: it becomes a ``my_number_unverified`` finding, which
the default policy rates 機密性3 with a reason asking for review (a file to look at, never a
silent 機密性1). Born-digital text never yields this type: there a failing number is not one.

:func:`discount` lowers every finding on OCR text by the page's OCR confidence (see
``scan.ocr.confidence_weight``); the pipeline applies it after all detectors, plugins' included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from . import checks, text, vocab
from .confidence import RECORD_CONTEXT
from .findings import finding, near
from .my_number import NEGATIVE_WORDS, candidate_digits

TYPE = "my_number_unverified"
CONFIDENCE = RECORD_CONTEXT
_RUN = re.compile(r"[0-9０-９](?:[0-9０-９]|[ \u3000\-‐‑‒–—―−－ｰー](?=[0-9０-９])){10,}")
_BEFORE = re.compile(r"[0-9０-９]$")


class OcrMyNumberDetector:
    id = "ocr_my_number"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        if not any(block.ocr_confidence is not None for block in document.blocks):
            return
        for line in text.lines(document, context):
            if document.blocks[line.block].ocr_confidence is None:
                continue
            s = line.text
            for m in _RUN.finditer(s):
                if _BEFORE.search(s[: m.start()]):
                    continue
                digits = candidate_digits(m.group(0))
                if digits is None or checks.is_my_number(digits):
                    continue  # not a 12-digit number, or a valid one (the my_number detector's)
                if near(s, m.start(), m.end(), NEGATIVE_WORDS, 16):
                    continue
                if not near(s, m.start(), m.end(), vocab.MY_NUMBER_WORDS, 30):
                    continue
                yield finding(
                    TYPE,
                    CONFIDENCE,
                    line.locator,
                    m.group(0),
                    digits,
                    context,
                    record=line.record,
                    detector=self.id,
                )


def page_confidence(document: Document) -> dict[str, float]:
    """OCR locators (``page 3``) → that page's mean OCR confidence."""
    return {b.locator: b.ocr_confidence for b in document.blocks if b.ocr_confidence is not None}


def discount(document: Document, findings: list[Finding], weight: float) -> None:
    """Lower findings on OCR text: confidence × (1 − weight + weight × page confidence).

    A clean scan (confidence 0.93 at weight 0.25) costs ~2 %, a poor one (0.5) 12.5 %: OCR text
    is weaker evidence than born-digital text in proportion to how badly it was read.
    """
    pages = page_confidence(document)
    if not pages or weight <= 0:
        return
    for f in findings:
        page = f.locator.split(" line ", 1)[0]
        conf = pages.get(page)
        if conf is not None:
            f.confidence = round(f.confidence * (1 - weight + weight * conf), 2)


@hookimpl
def assetclass_register_detectors() -> list[OcrMyNumberDetector]:
    return [OcrMyNumberDetector()]
