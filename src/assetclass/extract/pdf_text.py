"""Running text of a PDF page: digits a producer spaced out joined again, and the cheap test of
whether a page's text is worth rebuilding as lines and columns (:mod:`.pdf_layout`)."""

from __future__ import annotations

import re

# A unit after a number (8 丁目, 3 番地, 3 年, 5 月), or a word before a short number that itself
# ends in a unit or a lot hyphen (令和 3年, 只越町 3-9, 南台 8丁目, 番地 5): a producer that spaces
# digits out writes these spaces; no reader does. A number starting with 0 (019-508-0614) or a
# number with nothing after it is left alone: that is the next column (a phone), not the lot.
_UNITS = "年月日丁番号条項歳才階棟室時分円人件回週代"
_DIGIT_THEN_UNIT = re.compile(rf"(?<=[0-9０-９元])[ \u3000]{{1,2}}(?=[{_UNITS}])")
_WORD_THEN_LOT = re.compile(
    r"(?<=[\u4e00-\u9fff々ヶ])[ \u3000]{1,2}(?=[1-9１-９][0-9０-９]{0,3}(?:丁目|番地|番|号|[-‐－−][0-9０-９]))"
)
_ERA_THEN_NUMBER = re.compile(
    r"(?<=[和成正治年月第])[ \u3000]{1,2}(?=[1-9１-９元][0-9０-９]{0,3}[年月日条項])"
)
_LOT_THEN_NUMBER = re.compile(
    r"(?<=丁目|番地)[ \u3000]{1,2}(?=[1-9１-９][0-9０-９]{0,3}(?![0-9０-９\-‐－−]))"
)


# 090 - 1234 - 5678: a hyphen between digit groups with spaces around it
_SPACED_HYPHEN = re.compile(r"(?<=[0-9０-９])[ \u3000]{1,2}([-‐－−])[ \u3000]{1,2}(?=[0-9０-９])")


def join_spaced_digits(text: str) -> str:
    """``令和 3 年 8 丁目 3 番地`` → ``令和3年8丁目3番地`` (dates and lot numbers read again),
    ``090 - 1234 - 5678`` → ``090-1234-5678``."""
    if " " not in text and "\u3000" not in text:
        return text
    text = _SPACED_HYPHEN.sub(r"\1", text)
    text = _DIGIT_THEN_UNIT.sub("", text)
    text = _WORD_THEN_LOT.sub("", text)
    text = _ERA_THEN_NUMBER.sub("", text)
    return _LOT_THEN_NUMBER.sub("", text)


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
