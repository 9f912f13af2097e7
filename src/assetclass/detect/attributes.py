"""Other fields of resident-register exports: gender, relationship (続柄), household number (世帯番号),
income (収入額/所得), email and bank account.

Mostly by column header in person lists (0.8); email addresses and 口座番号 also in text. These
types do not raise the level on their own in the default policy; they show what a list holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import compact
from . import tables, text
from .confidence import MODERATE_CONTEXT, NOT_PRIVATE, RECORD_CONTEXT, WEAK_CANDIDATE, WEAK_CONTEXT
from .findings import ColumnHits, finding

TABLE_TYPES = ("gender", "relationship", "household_number", "income", "email", "bank_account")
_GENDER = {"男", "女", "男性", "女性", "M", "F", "1", "2"}
# Linear time on hostile text: a match starts only where a run of address characters starts (the
# look-behind), and every part is bounded (RFC 5321 lengths), so a 100 KB line of "aaaa…" or
# "a@a@a@…" costs one pass instead of one pass per position (the old pattern was quadratic).
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,63}(?![A-Za-z])"
)
_ACCOUNT = re.compile(r"口座番号\s*[:：]?\s*([0-9０-９]{6,8})")
_ORG_MAIL = ("city.", "town.", "vill.", "pref.", ".lg.jp", ".go.jp", "info@", "soumu@")


def _table(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    persons = info.person_rows
    for col in info.columns.values():
        kind = col.kind
        if kind not in TABLE_TYPES:
            continue
        hits = ColumnHits(info, col.index, kind, context, keep=1)
        for r, t in col.cells:
            if kind == "gender" and compact(t) not in _GENDER:
                continue
            if kind == "email" and not _EMAIL.search(t):
                continue
            hits.add(r, t, t, RECORD_CONTEXT if r in persons else WEAK_CANDIDATE)
        yield from hits.findings()


class AttributesDetector:
    id = "attributes"
    types = TABLE_TYPES

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        for line in text.lines(document, context):
            s = line.text
            if "@" in s:
                for m in _EMAIL.finditer(s):
                    conf = NOT_PRIVATE if any(w in m.group(0) for w in _ORG_MAIL) else WEAK_CONTEXT
                    yield finding("email", conf, line.locator, m.group(0), m.group(0).lower(), context,
                                  record=line.record, keep=2)  # fmt: skip
            if "口座番号" in s:
                for m in _ACCOUNT.finditer(s):
                    yield finding("bank_account", MODERATE_CONTEXT, line.locator, m.group(1), m.group(1), context,
                                  record=line.record, keep=0)  # fmt: skip
        for info in tables.analyse(document, context):
            yield from _table(info, context)


@hookimpl
def assetclass_register_detectors() -> list[AttributesDetector]:
    return [AttributesDetector()]
