"""Small helpers every detector uses to build findings the same way.

A large register yields one finding per cell (200,000 for 20,000 rows × 10 columns), so the
masking and fingerprinting they share with plugins (``assetclass.redact``) are kept cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..interfaces import DetectContext
from ..masking import mask_evidence
from ..model import Finding
from ..redact import fingerprint, mask
from . import vocab, words
from .confidence import DISMISSED, REPORTED_ONLY


def finding(
    type_: str,
    confidence: float,
    locator: str,
    raw: str,
    normalised: str,
    context: DetectContext,
    *,
    record: str | None = None,
    detector: str = "",
    keep: int = 4,
    count: int = 1,
) -> Finding:
    """A finding with masked evidence and a fingerprint of the normalised value (never the raw one)."""
    if context.cache.get("example_document") and _sample_value(type_, normalised, raw):
        confidence = min(
            confidence, REPORTED_ONLY if type_ == "name" else DISMISSED
        )  # 山田太郎 of a 記入例 is nobody
    if type_ == "name" and context.cache.get("fictional_document"):
        confidence = min(confidence, REPORTED_ONLY)  # 氏名は架空のものです
    if type_ in _PLACEHOLDER_TYPES and _placeholder(raw):
        confidence = min(confidence, DISMISSED)  # 大分市○○町1丁目1-1, 000-0000-0000: a blank to fill
    return Finding(
        type_,
        round(max(0.0, min(1.0, confidence)), 2),
        locator,
        # the detector's own ``keep`` and the one masking rule for every output: the stricter wins
        mask_evidence(type_, mask(raw.strip(), keep)),
        record,
        fingerprint(f"{type_}:{normalised}"),
        count,
        detector or type_,
        raw if context.show_values else None,
    )


_PLACEHOLDER_TYPES = ("address", "phone")
_PLACEHOLDER_MARKS = re.compile(r"[○●×△□◯]{1,}|[xX]{3,}")


def _placeholder(raw: str) -> bool:
    """A value written as a blank to fill: place marks (○○町) or a number of zeros (000-0000-0000)."""
    digits = [c for c in raw if c.isdigit()]
    # 000-0000-0000, 090-0000-0000: zeros after at most a mobile prefix
    return bool(_PLACEHOLDER_MARKS.search(raw)) or (len(digits) >= 6 and sum(d != "0" for d in digits) <= 1)


def _sample_value(type_: str, normalised: str, raw: str) -> bool:
    """A placeholder of a sample form (記入例, 見本): a stock name, a name whose surname is an
    office's word (税務 良子, 申請 太郎), or a My Number counting up from 1 (1234 5678 9018, the
    number guides print, passes the check digit)."""
    if type_ == "name":
        key = normalised.split("|", 1)[0]
        if key in vocab.SAMPLE_NAMES or key.endswith(vocab.SAMPLE_GIVEN_NAMES):
            return True
        parts = raw.split()
        if len(parts) >= 2:
            return not words.is_surname(parts[0])
        # 届出良子 (written apart on the form, joined by the reader): no surname starts it
        return len(raw) >= 3 and not any(
            words.is_surname(raw[:n]) or raw[:n] in vocab.surnames() for n in (1, 2, 3)
        )
    if type_ == "my_number":
        return normalised.startswith("12345678")
    return False


def near(text: str, start: int, end: int, words: tuple[str, ...], window: int = 20) -> bool:
    """Whether one of ``words`` occurs within ``window`` characters before/after ``text[start:end]``."""
    lo = max(0, start - window)
    around = text[lo:start] + " " + text[end : end + window]
    return any(w in around for w in words)


#: Above this many hits in one column, a column yields range findings instead of one per cell.
CELL_LIMIT = 50


class ColumnHits:
    """Collects a detector's hits in one table column and yields findings for them.

    Few hits: one finding per cell (locator ``名簿!D7``, record ``名簿#row7``). Many hits: one
    finding per confidence level with ``count`` and a column range (locator ``名簿!D2:D625``,
    record ``名簿#rows2-625``); the policy attaches such a span to every person row it covers.
    A 20,000-row register then costs a few findings per column instead of 20,000.
    """

    def __init__(
        self,
        info: Any,
        col: int,
        type_: str,
        context: DetectContext,
        keep: int = 4,
        normalise: Callable[[str], str] | None = None,
    ) -> None:
        self.info = info
        self.col = col
        self.type = type_
        self.context = context
        self.keep = keep
        self.normalise = normalise  # applied lazily: a column range needs only its first value's
        self.hits: list[tuple[int, str, str, float]] = []

    def add(self, row: int, raw: str, normalised: str | None, confidence: float) -> None:
        self.hits.append((row, raw, raw if normalised is None else normalised, confidence))

    def _norm(self, value: str) -> str:
        return self.normalise(value) if self.normalise is not None else value

    def findings(self) -> Iterator[Finding]:
        table = self.info.table
        if len(self.hits) <= CELL_LIMIT or self.info.form:
            for r, raw, norm, conf in self.hits:
                norm = self._norm(norm)
                yield finding(self.type, conf, table.cell_locator(r, self.col), raw, norm, self.context,
                              record=self.info.record(r), keep=self.keep)  # fmt: skip
            return
        groups: dict[float, list[tuple[int, str, str, float]]] = {}
        for hit in self.hits:
            groups.setdefault(hit[3], []).append(hit)
        off = table.row_offset + 1
        for conf, hits in groups.items():
            lo, hi = min(h[0] for h in hits), max(h[0] for h in hits)
            f = finding(self.type, conf, table.range_locator(lo, self.col, hi, self.col), hits[0][1],
                        self._norm(hits[0][2]),
                        self.context, record=f"{table.locator}#rows{lo + off}-{hi + off}", keep=self.keep,
                        count=len(hits))  # fmt: skip
            yield f
