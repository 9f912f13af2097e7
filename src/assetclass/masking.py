"""The one masking rule for everything assetclass prints or stores (docs/security.md, "Masking").

Detectors mask their evidence, but the engine does not trust them: :func:`mask_result` applies
:func:`mask_evidence` to every finding and :func:`mask_locator` to every locator, record, reason
place, label place and message before rules, reporters or the results store see a result. Both
are idempotent (masking masked text changes nothing), so a plugin that already masks is unchanged
and one that returns a raw value is masked all the same.

What may be shown:

- a number (My Number, phone, account, date, anything not listed below): at most the first
  ``min(4, n // 3)`` of its ``n`` letters/digits (``1234********``, ``090-****-****``);
- a name: at most its first character, only when the name has three or more characters and its
  surname is known to be longer than one character (written with a space: a first part of two or
  more; without: a first character that is not a one-character surname such as 林):
  ``山田 太郎`` → ``山* **``, ``山田太郎`` → ``山***``, ``林 舞`` → ``* *``, ``林太郎`` → ``***``;
- an address: at most the prefecture and the municipality (市区町村; a 町/村 only after a
  prefecture or 郡, since 本町 or 栄町 is usually a district): ``港区芝1-2`` → ``港区*-*``,
  ``本町2-3-4`` → ``**-*-*``;
- a corporate number (法人番号): whole, it is public;
- in a locator (sheet names, table names): digit runs of 8 or more digits are masked as numbers,
  a name before an honorific (様, 殿, さん…) and a known surname followed by a known given name
  are masked as names. Cell references, row, page and paragraph numbers stay readable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .model import FileResult, Finding

_WORD = re.compile(r"[^\W_]")  # a letter or digit of any script
_MASKED = "*"
PUBLIC_TYPES = frozenset({"corporate_number"})
NAME_TYPES = frozenset({"name", "name_kana"})
ADDRESS_TYPES = frozenset({"address"})

# 8+ digits, ASCII or full-width, with single separators between groups (090-1234-5678, 1234 5678 9012)
# (not inside an ASCII identifier such as a GUID: MSIP_Label_11111111-2222-…)
_LONG_NUMBER = re.compile(r"(?<![0-9A-Za-z_\-])[0-9０-９](?:[ \-－‐ー・.]?[0-9０-９]){7,}(?![0-9A-Za-z_\-])")
_NAME_CHARS = "\u3005\u3006\u30f5\u30f6\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff\uf900-\ufaff"
_HONORIFIC = re.compile(f"([{_NAME_CHARS}]{{1,10}})(?=様|殿|さん|くん|ちゃん|氏(?!名))")
_NOT_A_NAME = frozenset({"皆", "各", "お客", "皆々", "ご本人", "本人", "利用者", "申請者", "対象者"})
# a maximal run of name characters, optionally two parts with one space (a sheet named 山田 太郎)
_NAME_RUN = re.compile(
    f"(?<![{_NAME_CHARS}])[{_NAME_CHARS}]{{2,6}}(?:[ \u3000][{_NAME_CHARS}]{{1,6}})?(?![{_NAME_CHARS}])"
)
_NEEDS_LOOK = re.compile(f"[0-9０-９]{{8}}|[{_NAME_CHARS}]")


def hide(text: str, keep: int = 4) -> str:
    """The first ``keep`` letters/digits of ``text`` shown, every later one ``*``, separators kept
    (``1234 **** ****``); a ``*`` counts as a letter, so hiding hidden text changes nothing.

    The one character-hiding routine of assetclass (detectors, plugins through
    ``assetclass.redact.mask``, and the masking rule below). A large register yields one finding
    per cell, so past the shown part one regex substitution does the work.
    """
    if keep <= 0:
        return _WORD.sub(_MASKED, text)
    seen = 0
    for i, ch in enumerate(text):
        if ch == _MASKED or _WORD.match(ch):
            seen += 1
            if seen == keep:
                return text[: i + 1] + _WORD.sub(_MASKED, text[i + 1 :])
    return text


def _count(text: str) -> int:
    return sum(1 for ch in text if ch == _MASKED or _WORD.match(ch))


def mask_number(text: str) -> str:
    """At most the first ``min(4, n // 3)`` of the ``n`` letters/digits."""
    return hide(text, min(4, _count(text) // 3))


@lru_cache(maxsize=1)
def _one_character_surnames() -> frozenset[str]:
    return frozenset(name for name in lexicon.surnames() if len(name) == 1)


def mask_name(text: str) -> str:
    """At most the first character, and never a whole surname.

    Shown only for a name of 3+ characters whose surname is known to be longer than one
    character: written with a space, its first part has 2+ characters; written without one, its
    first character is not a one-character surname (林, 森, 堀 …). The decision depends only on
    the first character and the lengths, so masking a masked name changes nothing.
    """
    stripped = text.strip()
    parts = stripped.split()
    if len(parts) > 1:
        long_surname = _count(parts[0]) >= 2
    else:
        long_surname = bool(stripped) and stripped[0] not in _one_character_surnames()
    keep = 1 if _count(text) >= 3 and long_surname else 0
    return hide(text, keep)


def _admin_prefix(text: str) -> int:
    """Length of the leading prefecture + municipality of an address (0 when there is none)."""
    pos = 0
    for pref in lexicon.PREFECTURES:
        if text.startswith(pref):
            pos = len(pref)
            break
    names = lexicon.municipalities()
    best = 0
    for n in range(min(len(text) - pos, 10), 1, -1):
        candidate = text[pos : pos + n]
        if candidate in names and (pos > 0 or "郡" in candidate or candidate[-1] in "市区"):
            best = n
            break
    return pos + best


def mask_address(text: str) -> str:
    """At most the prefecture and the municipality; everything after them masked."""
    shown = _admin_prefix(text)
    return text[:shown] + hide(text[shown:], 0)


def mask_evidence(type_: str, evidence: str) -> str:
    """The evidence of a finding of ``type_`` under the masking rule (idempotent)."""
    if type_ in PUBLIC_TYPES or not evidence:
        return evidence
    if type_ in NAME_TYPES:
        return mask_name(evidence)
    if type_ in ADDRESS_TYPES:
        return mask_address(evidence)
    return mask_number(evidence)


def _mask_full_names(text: str) -> str:
    surnames, given = lexicon.surnames(), lexicon.given_names()

    def one(match: re.Match[str]) -> str:
        run = match.group(0)
        parts = run.split()
        if len(parts) == 2:
            return mask_name(run) if parts[0] in surnames and parts[1] in given else run
        for i in range(1, min(len(run), 5)):
            if run[:i] in surnames and run[i:] in given:
                return mask_name(run)
        return run

    return _NAME_RUN.sub(one, text)


def _honorific(match: re.Match[str]) -> str:
    name = match.group(1)
    return name if name in _NOT_A_NAME else mask_name(name)


@lru_cache(maxsize=8192)
def _mask_locator(text: str, full_names: bool) -> str:
    text = _LONG_NUMBER.sub(lambda m: mask_number(m.group(0)), text)
    text = _HONORIFIC.sub(_honorific, text)
    return _mask_full_names(text) if full_names else text


def mask_locator(text: str | None) -> str | None:
    """A locator (``山田太郎様!B2``, ``123456789012!A1``) with personal data in it masked."""
    if not text or not _NEEDS_LOOK.search(text):
        return text  # the common case: ASCII locators and cell references
    return _mask_locator(text, True)


def mask_message(text: str | None) -> str | None:
    """A message that may quote a locator: numbers and names before an honorific masked (the
    surname dictionary is not applied to running text, where it would garble words)."""
    if not text or not _NEEDS_LOOK.search(text):
        return text
    return _mask_locator(text, False)


def _mask_text(text: str) -> str:
    masked = mask_locator(text)
    return text if masked is None else masked


def _mask_msg(text: str) -> str:
    masked = mask_message(text)
    return text if masked is None else masked


def mask_finding(finding: Finding) -> None:
    finding.evidence = mask_evidence(finding.type, finding.evidence)
    finding.locator = _mask_text(finding.locator)
    finding.record = mask_locator(finding.record)


def mask_result(result: FileResult) -> None:
    """Hold ``result`` (findings, reasons, labels, messages, members) to the masking rule."""
    for finding in result.findings:
        mask_finding(finding)
    for reason in result.reasons:
        reason.where = [_mask_text(w) for w in reason.where]
        reason.message_ja = _mask_msg(reason.message_ja)
        reason.message_en = _mask_msg(reason.message_en)
    for label in result.labels:
        label.where = _mask_text(label.where)
    for violation in result.violations:
        violation.message = _mask_msg(violation.message)
        violation.message_en = _mask_msg(violation.message_en)
        violation.where = mask_locator(violation.where)
    result.uninspectable = [_mask_msg(u) for u in result.uninspectable]
    result.message = mask_message(result.message)
    result.message_en = mask_message(result.message_en)
    for member in result.members:
        mask_result(member)
