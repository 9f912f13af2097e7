"""Corporate number (法人番号): 13 digits whose FIRST digit is a check digit.

Corporate numbers are public (published by the National Tax Agency): reported so a reader sees why a
13-digit number was not taken for a My Number, never a reason for a higher level by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import SEP, digits_only
from . import checks, tables, text, vocab
from .confidence import BARE, STRONG_CONTEXT, VALIDATED_COLUMN, WEAK_CONTEXT
from .findings import ColumnHits, finding, near

TYPE = "corporate_number"
_RUN = re.compile(rf"(?<![0-9０-９])[0-9０-９](?:[0-9０-９]|{SEP}(?=[0-9０-９])){{11,}}(?![0-9０-９])")
_HAS_DIGIT = re.compile(r"[0-9０-９]")


def _scan(s: str, locator: str, record: str, context: DetectContext) -> Iterator[Finding]:
    if not _HAS_DIGIT.search(s):
        return
    for m in _RUN.finditer(s):
        digits = digits_only(m.group(0))
        if len(digits) == 13 and checks.is_corporate_number(digits):
            conf = STRONG_CONTEXT if near(s, m.start(), m.end(), vocab.CORPORATE_WORDS, 20) else BARE
            yield finding(
                TYPE, conf, locator, m.group(0), digits, context, record=record, detector=TYPE, keep=13
            )


class CorporateNumberDetector:
    id = "corporate_number"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        for line in text.lines(document, context):
            yield from _scan(line.text, line.locator, line.record, context)
        for info in tables.analyse(document, context):
            for col in info.columns.values():
                conf = VALIDATED_COLUMN if col.field == TYPE else WEAK_CONTEXT
                hits = ColumnHits(info, col.index, TYPE, context, keep=13)  # public data: not masked
                for (r, t), d in zip(col.cells, col.digits, strict=True):
                    if d is not None and len(d) == 13 and checks.is_corporate_number(d):
                        hits.add(r, t, d, conf)
                yield from hits.findings()


@hookimpl
def assetclass_register_detectors() -> list[CorporateNumberDetector]:
    return [CorporateNumberDetector()]
