"""My Number (個人番号): 12 digits whose last digit is a check digit.

(First version: the detection work replaces the details.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..redact import fingerprint, mask

_CANDIDATE = re.compile(r"(?<![0-9])([0-9]{4})[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])")


def check_digit(first11: str) -> int:
    """Check digit of a My Number from its first 11 digits (Cabinet order, art. 8)."""
    total = 0
    for n, ch in enumerate(reversed(first11), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(ch) * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def is_valid(number: str) -> bool:
    return len(number) == 12 and number.isdigit() and check_digit(number[:11]) == int(number[11])


class MyNumberDetector:
    id = "my_number"
    types = ("my_number",)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        for block in document.blocks:
            for m in _CANDIDATE.finditer(block.text):
                digits = "".join(m.groups())
                if is_valid(digits):
                    yield Finding(
                        "my_number",
                        0.6,
                        block.locator,
                        mask(m.group(0)),
                        record=block.locator,
                        fingerprint=fingerprint(digits),
                        value=m.group(0),
                    )


@hookimpl
def assetclass_register_detectors() -> list[MyNumberDetector]:
    return [MyNumberDetector()]
