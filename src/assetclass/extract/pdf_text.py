"""The cheap test of whether a PDF page's text is worth rebuilding as lines and columns
(:mod:`.pdf_layout`); digits a producer spaced out are joined by ``normalize.join_spaced_digits``."""

from __future__ import annotations

import re

_TABULAR_LINE = re.compile(r"\S+(?:[ \u3000]+\S+){3,}")
MIN_TABULAR_LINES = 4


def looks_tabular(text: str) -> bool:
    """A cheap gate: several lines with four or more space-separated parts (a list or table)."""
    count = 0
    for line in text.splitlines():
        if _TABULAR_LINE.fullmatch(line.strip()):
            count += 1
            if count >= MIN_TABULAR_LINES:
                return True
    return False
