"""Normalisation of candidate values: full-width forms, hyphen variants, kanji numerals, wrapped digits.

Applied to candidates only (a matched number, a cell, a header), never to whole documents:
MEASUREMENTS.md shows NFKC and ``str.translate`` at ~13 MB/s against ~100 MB/s for a plain scan.
"""

from __future__ import annotations

import datetime as dt
import re

from .model import CellValue

#: A ruled line of a print (===, ---, ───, ・・・) between a list's header and its rows: no text.
RULED_LINE = re.compile(r"[=＝\-－_＿─━═・.…*＊ ]{10,}")

# Full-width ASCII (U+FF01..U+FF5E) → ASCII, ideographic space → space, plus hyphen/minus variants.
HYPHENS = "‐‑‒–—―−－ｰ-"
_FW = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FW[0x3000] = 0x20
_ASCII_TABLE = str.maketrans(_FW)
_HYPHEN_TABLE = str.maketrans(dict.fromkeys(HYPHENS, "-"))

#: Separators allowed inside a written number: spaces, hyphen variants (ー only between digits).
SEP = "[ \u3000\\-‐‑‒–—―−－ｰー]"

# A break right after a hyphen inside a number (2658-2631-\n2819), or before a line that is only
# the rest of a long digit run; not a row ending in a number followed by a row starting with one (1 山田 …).
_WRAP = re.compile(
    r"(?<=[0-9０-９][\-‐－ー−])[ \t]*\r?\n[ \t]*(?=[0-9０-９])"
    # a digit run broken in two before a line of digits only: after 6+ digits, inside a group
    # (4087-9606-2 / 516), or after 4+4 spaced digits; not after a complete group (a phone's
    # …-1887 followed by the next cell's lone number 3)
    r"|(?:(?<=[0-9０-９]{6})|(?<=[\-‐－ー−][0-9０-９])|(?<=[\-‐－ー−][0-9０-９]{2})"
    r"|(?<=[\-‐－ー−][0-9０-９]{3})|(?<=[0-9０-９]{4}[ 　][0-9０-９]{4}))"
    r"[ \t]*\r?\n[ \t]*(?=[0-9０-９]+[ \t]*(?:\r?\n|$))"
)
_SPACES = re.compile(r"[ \t\u3000]+")
_WHITESPACE = re.compile(r"\s+")  # compiled once: compact() runs per table cell
_DIGIT_HYPHEN = re.compile(r"(?<=[0-9])[ー−‐‑‒–—―－ｰ](?=[0-9])")

_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_NUM = "[〇零一二三四五六七八九十百千]+"
# A kanji numeral run is converted only when an address unit touches it, so 三丁目九番地十三 →
# 3丁目9番地13 while 九十九里町 or 四日市市 stay as they are.
_KANJI_RUN = re.compile(_KANJI_NUM)
_UNITS_AFTER = ("丁目", "番地", "番", "号", "条", "地割")
_UNITS_BEFORE = ("丁目", "番地", "番", "条", "地割", "の", "-")


def to_ascii(text: str) -> str:
    """Full-width letters, digits and punctuation → ASCII (the NFKC subset that matters here)."""
    return text.translate(_ASCII_TABLE)


def digits_hyphen(text: str) -> str:
    """Full-width → ASCII and every hyphen variant between digits → ``-``."""
    return _DIGIT_HYPHEN.sub("-", to_ascii(text))


def join_wrapped(text: str) -> str:
    """Undo line wraps inside digit runs (PDF table cells: ``2658-2631-\\n2819``)."""
    return _WRAP.sub("", text)


def digits_only(text: str) -> str:
    """Only the digits of a candidate (full-width folded): ``１２３４-５６７８`` → ``12345678``."""
    return "".join(ch for ch in to_ascii(text) if "0" <= ch <= "9")


def kanji_to_int(text: str) -> int | None:
    """Kanji numeral → int: 十三 → 13, 二千二十四 → 2024, 一九七五 → 1975 (digit-by-digit form)."""
    if not text:
        return None
    if all(ch in _KANJI_DIGITS for ch in text):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
    total = 0
    current = 0
    for ch in text:
        if ch in _KANJI_DIGITS:
            current = _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def kanji_address_numbers(text: str) -> str:
    """Kanji numerals of lot numbers → digits: 三丁目九番地十三 → 3丁目9番地13 (九十九里町 stays)."""

    if not _KANJI_RUN.search(text):
        return text
    out: list[str] = []
    pos = 0
    for m in _KANJI_RUN.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        value = kanji_to_int(m.group(0))
        if value is not None and (before.endswith(_UNITS_BEFORE) or after.startswith(_UNITS_AFTER)):
            out.append(text[pos : m.start()])
            out.append(str(value))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def address(text: str) -> str:
    """Canonical form of an address for fingerprints: ASCII digits, ``-`` lots, no spaces."""
    out = kanji_address_numbers(digits_hyphen(text))
    return _SPACES.sub("", out)


def name(text: str) -> str:
    """Canonical form of a person's name for fingerprints: no spaces, ASCII folded."""
    return _SPACES.sub("", to_ascii(text)).strip()


def cell_text(value: CellValue) -> str:
    """A cell as text: whole-number floats lose ``.0``, dates become ISO, None becomes ``""``."""
    if value.__class__ is str:  # the common case first
        return value.strip()  # type: ignore[union-attr]
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def compact(text: str) -> str:
    """ASCII-folded, all whitespace removed: for header and keyword comparison."""
    return _WHITESPACE.sub("", to_ascii(text))


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
