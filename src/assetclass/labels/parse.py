"""The grammar of confidentiality marks: 機密性3, 機密性３, 機密性：3, 【機密性 3】, legacy 秘 / 取扱注意.

Everything that varies by municipality (prefixes, level tokens, legacy marks, restrictions) comes
from ``[labels]`` in the configuration (data/labels.toml). A mark counts only where labels are
written; callers pass ``strict=True`` for body text, where a mark must stand alone (a short line
or brackets), so prose such as "機密性3の情報は…" is never read as a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..config import Config
from ..model import DeclaredLabel

# Full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ) → ASCII, length-preserving so spans map back to the original.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp - 0xFEE0).isalnum()}
_OPEN = "【［[（(〔《<〈「『〖"
_CLOSE = "】］]）)〕》>〉」』〗"
_SEP = r"[\s\u3000:：\-－‐ー=＝_・]*"
# Characters that end a word around a legacy mark: space, brackets, punctuation, path separators.
_BOUND = set(" \t\r\n\u3000・、。,，.．:：/／|｜_＿-－‐〇○◯" + _OPEN + _CLOSE)
# A particle right after a mark makes it prose ("機密性3の情報", "機密性2以上").
_PROSE_AFTER = ("の", "は", "を", "に", "が", "と", "で", "も", "や", "へ", "以上", "以下", "相当", "未満", "等")  # fmt: skip


@dataclass(slots=True, frozen=True)
class Mark:
    level: int
    text: str  # as written (labels are not personal data)
    legacy: bool = False
    restrictions: tuple[str, ...] = ()


@dataclass(slots=True)
class Grammar:
    levels: dict[str, int]
    legacy: dict[str, int]
    restrictions: list[str]
    max_body_line: int
    mark_re: re.Pattern[str]
    legacy_re: re.Pattern[str] | None
    restriction_re: re.Pattern[str] | None
    msip_ids: dict[str, int] = field(default_factory=dict)
    msip_names: dict[str, int] = field(default_factory=dict)

    def find(self, text: str, *, strict: bool = False) -> list[Mark]:
        """Every mark in ``text`` (one label place, e.g. a header paragraph or a file name).

        ``strict``: body text — a mark counts only when bracketed or on a short line of its own.
        """
        if not text:
            return []
        norm = text.translate(_FULLWIDTH)
        restrictions = self.find_restrictions(text)
        line_is_short = len(text.strip()) <= self.max_body_line
        marks: list[Mark] = []
        for m in self.mark_re.finditer(norm):
            level = self.levels.get(m.group("token").upper())
            if level is None:
                continue
            bracketed = bool(m.group("open") and m.group("close"))
            if not bracketed and _prose_follows(norm, m.end()):
                continue
            if strict and not (bracketed or line_is_short):
                continue
            marks.append(Mark(level, text[m.start() : m.end()].strip(), False, restrictions))
        if self.legacy_re is not None:
            for m in self.legacy_re.finditer(norm):
                start, end = m.span()
                before_ok = start == 0 or norm[start - 1] in _BOUND
                after_ok = end == len(norm) or norm[end] in _BOUND or norm[end] == "."
                if m.group(0) != "㊙" and not (before_ok and after_ok):
                    continue  # 秘書課, 極秘裏に: an ordinary word, not a mark
                if strict and not line_is_short:
                    continue
                marks.append(Mark(self.legacy[m.group(0)], m.group(0), True, restrictions))
        return marks

    def find_restrictions(self, text: str) -> tuple[str, ...]:
        if self.restriction_re is None:
            return ()
        seen: list[str] = []
        for m in self.restriction_re.finditer(text):
            if m.group(0) not in seen:
                seen.append(m.group(0))
        return tuple(seen)

    def value_level(self, value: str) -> int | None:
        """A property value: a full mark (機密性3), or a bare level token (3, ３, 3A)."""
        marks = self.find(value)
        if marks:
            return max(m.level for m in marks)
        token = value.strip().translate(_FULLWIDTH).upper()
        return self.levels.get(token)

    def labels(
        self,
        text: str,
        where: str,
        *,
        strict: bool = False,
        source: Literal["visible", "metadata", "filename", "legacy"] = "visible",
    ) -> list[DeclaredLabel]:
        return [
            DeclaredLabel(
                level=m.level,
                text=m.text,
                where=where,
                source="legacy" if m.legacy else source,
                restrictions=list(m.restrictions),
            )
            for m in self.find(text, strict=strict)
        ]


def _prose_follows(text: str, end: int) -> bool:
    rest = text[end : end + 2]
    return any(rest.startswith(p) for p in _PROSE_AFTER)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CACHE: dict[int, tuple[Config, Grammar]] = {}


def grammar(config: Config) -> Grammar:
    """The grammar for ``config`` (cached per Config object)."""
    hit = _CACHE.get(id(config))
    if hit is not None and hit[0] is config:
        return hit[1]
    section = config.section("labels")
    prefixes = [str(p) for p in section.get("prefixes", ["機密性"])]
    levels = {str(k).translate(_FULLWIDTH).upper(): int(v) for k, v in section.get("levels", {}).items()}
    legacy = {str(k): int(v) for k, v in section.get("legacy", {}).items()}
    restrictions = [str(r) for r in section.get("restrictions", {}).get("marks", [])]
    mark_re = re.compile(
        rf"(?P<open>[{re.escape(_OPEN)}])?[ \u3000]*(?:{_alternation(prefixes)}){_SEP}"
        rf"(?P<token>{_alternation(list(levels))})(?![0-9A-Za-z])[ \u3000]*(?P<close>[{re.escape(_CLOSE)}])?",
        re.IGNORECASE,
    )
    msip = section.get("msip", {})
    built = Grammar(
        levels=levels,
        legacy=legacy,
        restrictions=restrictions,
        max_body_line=int(section.get("max_body_line", 40)),
        mark_re=mark_re,
        legacy_re=re.compile(_alternation(list(legacy))) if legacy else None,
        restriction_re=re.compile(_alternation(restrictions)) if restrictions else None,
        msip_ids={str(k).strip("{}").lower(): int(v) for k, v in msip.get("ids", {}).items()},
        msip_names={str(k): int(v) for k, v in msip.get("names", {}).items()},
    )
    _CACHE[id(config)] = (config, built)
    return built


def stamp_settings(config: Config) -> dict[str, object]:
    """``[labels.stamp]`` with defaults filled in."""
    defaults: dict[str, object] = {
        "mark": "【機密性{level}】",
        "property": "機密性",
        "property_value": "機密性{level}",
        "restriction_property": "取扱制限",
        "pdf_info_key": "Confidentiality",
        "pdf_restriction_key": "HandlingRestrictions",
        "pdf_font_size": 10.0,
        "pdf_margin": 12.0,
    }
    defaults.update(config.get("labels.stamp", {}) or {})
    return defaults


def mark_text(config: Config, level: int, restrictions: list[str] | tuple[str, ...] = ()) -> str:
    """The visible mark stamping writes: 【機密性3】 plus restrictions (【機密性3】 持出禁止)."""
    base = str(stamp_settings(config)["mark"]).format(level=level)
    return " ".join([base, *restrictions]) if restrictions else base


def outdated(mark: Mark, level: int, restrictions: tuple[str, ...] | list[str] = ()) -> bool:
    """A mark stamping must rewrite: another level, or without a requested restriction."""
    return mark.level != level or not set(restrictions) <= set(mark.restrictions)


def dedupe(labels: list[DeclaredLabel]) -> list[DeclaredLabel]:
    seen: set[tuple[int, str, str]] = set()
    out: list[DeclaredLabel] = []
    for lb in labels:
        key = (lb.level, lb.text, lb.where)
        if key not in seen:
            seen.add(key)
            out.append(lb)
    return out
