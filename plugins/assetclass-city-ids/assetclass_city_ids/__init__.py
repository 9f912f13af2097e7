"""assetclass-city-ids: a municipality's own identifiers, as an example of an outside plugin.

Finds two namespaced finding types:

* ``city_ids.resident_id`` — 宛名番号 (the resident number of the city's core systems): by default
  10 digits whose last digit is a modulus-11 check digit (weights 2–7 from the right), accepted only
  under a header or after a keyword (宛名番号, 宛名コード, 住民コード, 個人コード). Both conditions
  together keep it from firing on order numbers, phone numbers or My Numbers.
* ``city_ids.staff_id`` — 職員番号: a pattern (default 6 digits) under a 職員番号 header or keyword.

And one policy adjustment (``assetclass_adjust_classification``): a file with resident IDs plus
a name is at least 機密性2 (``min_level_with_names``), because 宛名番号 + 氏名 identifies a resident
in every system of the city. It never lowers a level and does nothing when there are no resident IDs.

Configuration, in the policy file (all optional)::

    [city_ids]
    resident_keywords = ["宛名番号", "宛名コード", "住民コード", "個人コード"]
    resident_digits = 10
    check_digit = "mod11"          # "mod11", "luhn" or "none"
    staff_keywords = ["職員番号", "職員コード"]
    staff_pattern = "[0-9]{6}"
    min_level_with_names = 2
    identifying_types = ["name"]   # finding types that, with resident IDs, raise the level
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from assetclass.plugin import (
    Classification,
    Config,
    DetectContext,
    Document,
    Finding,
    Reason,
    fingerprint,
    hookimpl,
    mask,
)

__version__ = "0.1.0"

RESIDENT = "city_ids.resident_id"
STAFF = "city_ids.staff_id"

DEFAULTS: dict[str, Any] = {
    "resident_keywords": ["宛名番号", "宛名コード", "住民コード", "個人コード"],
    "resident_digits": 10,
    "check_digit": "mod11",
    "staff_keywords": ["職員番号", "職員コード"],
    "staff_pattern": "[0-9]{6}",
    "min_level_with_names": 2,
    "identifying_types": ["name"],
}
HEADER_ROWS = 10  # a header may sit below a title block
MIN_COLUMN_SHARE = 0.6  # share of a column's non-empty cells that must validate


def settings(config: Config | None) -> dict[str, Any]:
    own = config.section("city_ids") if config is not None else {}
    return {**DEFAULTS, **own}


def mod11_check(body: str) -> int:
    """Modulus 11, weights 2..7 repeating from the rightmost digit; remainders 0 and 1 give 0."""
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    r = total % 11
    return 0 if r <= 1 else 11 - r


def luhn_ok(number: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(number)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def normalise(value: object) -> str:
    """Full-width digits to ASCII, separators dropped; numbers read from sheets become digit strings."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    return re.sub(r"[\s\-‐－ー−]", "", text)


def valid_resident_id(value: str, cfg: dict[str, Any]) -> bool:
    digits = int(cfg["resident_digits"])
    if len(value) != digits or not value.isdigit():
        return False
    scheme = str(cfg["check_digit"])
    if scheme == "mod11":
        return mod11_check(value[:-1]) == int(value[-1])
    if scheme == "luhn":
        return luhn_ok(value)
    return True


def make_resident_id(body: str) -> str:
    """The full ID for a body of digits (for test data and documentation)."""
    return body + str(mod11_check(body))


class CityIdDetector:
    id = "city_ids"
    types = (RESIDENT, STAFF)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        cfg = settings(context.config)
        staff = re.compile(str(cfg["staff_pattern"]))
        kinds: list[tuple[str, list[str], Any]] = [
            (RESIDENT, list(cfg["resident_keywords"]), lambda v: valid_resident_id(v, cfg)),
            (STAFF, list(cfg["staff_keywords"]), lambda v: staff.fullmatch(v) is not None),
        ]
        for table in document.tables:
            rows = table.rows
            for kind, keywords, ok in kinds:
                for r, row in enumerate(rows[:HEADER_ROWS]):
                    for c, cell in enumerate(row):
                        if not isinstance(cell, str) or not any(k in cell for k in keywords):
                            continue
                        values = [
                            (i, normalise(rw[c]))
                            for i, rw in enumerate(rows[r + 1 :], start=r + 1)
                            if c < len(rw)
                        ]
                        filled = [(i, v) for i, v in values if v]
                        good = [(i, v) for i, v in filled if ok(v)]
                        if not good or len(good) < MIN_COLUMN_SHARE * len(filled):
                            continue
                        for i, v in good:
                            yield self._finding(
                                kind,
                                0.95,
                                table.cell_locator(i, c),
                                v,
                                f"{table.name}!row {i + table.row_offset + 1}",
                                context,
                            )
        for kind, keywords, ok in kinds:
            pattern = re.compile(
                "(?:"
                + "|".join(map(re.escape, keywords))
                + r")[^0-9０-９]{0,10}([0-9０-９][0-9０-９\-‐－ー−]{2,20}[0-9０-９])"
            )
            for block in document.blocks:
                # substring tests run at memchr speed; the regex only where a keyword is present
                if not any(k in block.text for k in keywords):
                    continue
                for m in pattern.finditer(block.text):
                    v = normalise(m.group(1))
                    if ok(v):
                        yield self._finding(kind, 0.9, block.locator, v, block.locator, context)

    @staticmethod
    def _finding(
        kind: str, confidence: float, locator: str, value: str, record: str, context: DetectContext
    ) -> Finding:
        return Finding(
            kind,
            confidence,
            locator,
            mask(value, keep=2),
            record=record,
            fingerprint=fingerprint(value),
            detector="city_ids",
            value=value if context.show_values else None,
        )


@hookimpl
def assetclass_register_detectors() -> list[CityIdDetector]:
    return [CityIdDetector()]


@hookimpl
def assetclass_adjust_classification(
    document: Document, findings: list[Finding], classification: Classification, config: Config
) -> None:
    residents = [f for f in findings if f.type == RESIDENT]
    if not residents:
        return  # only our own findings may change a level
    cfg = settings(config)
    identifying = set(cfg["identifying_types"])
    others = [f for f in findings if f.type in identifying]
    target = int(cfg["min_level_with_names"])
    if not others or classification.level >= target:
        return
    distinct = len({f.fingerprint or f.locator for f in residents})
    classification.level = target
    classification.subjects = max(classification.subjects, distinct)
    classification.reasons.append(
        Reason(
            rule="city_ids.resident_id_with_name",
            level=target,
            message_ja=f"宛名番号 {distinct} 件と氏名等を含みます（本市の規程により機密性{target}以上）",
            message_en=f"contains {distinct} resident ID(s) with names (city rule: level {target} or higher)",
            types=[RESIDENT, *sorted({f.type for f in others})],
            count=distinct,
            where=[f.locator for f in residents[:10]],
        )
    )
