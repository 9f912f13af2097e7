"""Undo typical OCR confusions inside digit runs; applied to OCR text only, never to born-digital text.

Tesseract reads ``0`` as ``O``/``o``/``〇`` and ``1`` as ``l``/``I``/``|``, a hyphen between digit
groups as the kanji ``一`` or twice (``080--1105``), and breaks a spaced number into odd groups (``1234 56 78 9018``).
A My Number with one such slip fails every detector, so inside a run that already holds at least
four real digits, the look-alikes become digits, ``一`` becomes ``-`` and a 12-digit run in odd
space-separated groups is regrouped as ``1234 5678 9018``. Letters in words (``ID``, ``Office``)
and kanji numerals (``二〇二四``) are left alone: a group must hold a real digit.
"""

from __future__ import annotations

import re

_LOOKALIKE = {
    "O": "0",
    "o": "0",
    "Ｏ": "0",
    "ｏ": "0",
    "〇": "0",
    "l": "1",
    "I": "1",
    "|": "1",
    "ｌ": "1",
    "Ｉ": "1",
}
_DIGIT = "0-9０-９"
_ALIKE = "".join(_LOOKALIKE)
_UNIT = f"[{_DIGIT}{re.escape(_ALIKE)}]"
_SEP = "[ \\-‐－ー一−]"
# a run of digit-like groups with single separators, not glued to a Latin word on either side
_RUN = re.compile(rf"(?<![A-Za-z]){_UNIT}+(?:{_SEP}{_UNIT}+)*(?![A-Za-z])")
_GROUPS = re.compile(rf"({_UNIT}+)|({_SEP})")
_REAL = re.compile(f"[{_DIGIT}]")
MIN_DIGITS = 4
# a hyphen read twice (080--1105) or as a dash and a bar between two digits
_DOUBLE = re.compile(r"(?<=[0-9０-９])[\-‐－ー一−]{2,3}(?=[0-9０-９])")


def _fix_run(run: str) -> str:
    if len(_REAL.findall(run)) < MIN_DIGITS:
        return run
    parts: list[str] = []
    for m in _GROUPS.finditer(run):
        group, sep = m.group(1), m.group(2)
        if group is not None:
            real = len(_REAL.findall(group))
            # a group of look-alikes only (a stray "l" or "I") is not a number; a group with
            # more look-alikes than digits is more likely a word
            if real and (len(group) - real) <= real:
                group = "".join(_LOOKALIKE.get(ch, ch) for ch in group)
            parts.append(group)
        else:
            parts.append("-" if sep == "一" else sep)
    fixed = "".join(parts)
    groups = fixed.split(" ")
    digits = "".join(groups)
    if len(groups) > 1 and len(digits) == 12 and digits.isdigit() and [len(g) for g in groups] != [4, 4, 4]:
        fixed = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    return fixed


def repair(text: str) -> str:
    """``個人番号 O58O一2879一7O34`` → ``個人番号 0580-2879-7034`` (see the module docstring)."""
    if not _REAL.search(text):
        return text
    text = _DOUBLE.sub("-", text)
    return _RUN.sub(lambda m: _fix_run(m.group(0)), text)
