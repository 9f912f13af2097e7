"""The built-in linter rules. Codes are stable: never renumber, only add (docs/rules/<CODE>.md).

| code  | name                        | default severity |
|-------|-----------------------------|------------------|
| AC101 | label-missing               | error            |
| AC102 | label-lower-than-required   | error            |
| AC103 | label-higher-than-required  | warning          |
| AC104 | conflicting-labels          | error            |
| AC105 | not-inspectable             | error            |
| AC106 | format-cannot-carry-label   | error            |
| AC107 | legacy-label                | info             |
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, cast

from ..config import Config
from ..hookspecs import hookimpl
from ..model import NOT_DOCUMENT_FORMATS, FileResult, Rule, Status, Violation

Severity = Literal["error", "warning", "info"]
Check = Callable[[FileResult, Config], Iterable[tuple[str, str, str | None]]]  # (ja, en, where)


def _min_level(config: Config) -> int:
    return int(config.get("rules.label_missing.min_level", 1) or 1)


def _name_only(result: FileResult, config: Config) -> bool:
    formats = set(config.get("labels.name_only_formats", []) or [])
    return (result.format or "") in formats


def _lv(level: int | None) -> str:
    return f"機密性{level}" if level is not None else "-"


def _label_missing(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    if result.status is not Status.OK or result.level is None or result.label is not None:
        return
    if result.level < _min_level(config) or _name_only(result, config):
        return
    yield (
        f"ラベルがありません。必要な機密性は{_lv(result.level)}です",
        f"no confidentiality label; the content requires level {result.level}",
        None,
    )


def _label_lower(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    if result.level is None or result.label is None or result.label >= result.level:
        return
    where = next((lb.where for lb in result.labels if lb.level == result.label), None)
    yield (
        f"ラベル{_lv(result.label)}は内容に必要な{_lv(result.level)}より低いです",
        f"label level {result.label} is lower than the required level {result.level}",
        where,
    )


def _label_higher(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    if result.status is not Status.OK or result.level is None or result.label is None:
        return
    if result.label <= result.level or result.uninspectable:
        return  # a partly uninspectable file may hold what justifies the higher label
    where = next((lb.where for lb in result.labels if lb.level == result.label), None)
    yield (
        f"ラベル{_lv(result.label)}は内容に必要な{_lv(result.level)}より高いです（過剰な制限）",
        f"label level {result.label} is higher than the required level {result.level} (over-restricted)",
        where,
    )


def _conflicting(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    levels = sorted({lb.level for lb in result.labels})
    if len(levels) < 2:
        return
    places = "; ".join(f"{lb.text} @ {lb.where}" for lb in result.labels[:6])
    yield (
        f"異なるラベルが付いています（{'、'.join(_lv(n) for n in levels)}）: {places}",
        f"the file carries conflicting labels (levels {', '.join(map(str, levels))}): {places}",
        None,
    )


def _not_inspectable(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    if result.status is Status.SKIPPED and result.format in NOT_DOCUMENT_FORMATS:
        return  # an Office lock file or our own temp file: no document was left uninspected
    if result.status in (Status.ERROR, Status.ENCRYPTED, Status.SKIPPED):
        ja, en = result.message or str(result.status), result.message_en or str(result.status)
        # a status message that already says so is not wrapped again ("…確認できません（…確認できません）")
        yield (
            ja if "確認できません" in ja else f"内容を確認できません: {ja}",
            en if "cannot be inspected" in en else f"the content cannot be inspected: {en}",
            None,
        )
    elif result.status is Status.OK and result.uninspectable:
        parts = "; ".join(result.uninspectable[:5])
        yield (
            f"一部を確認できません: {parts}",
            f"parts of the file cannot be inspected: {parts}",
            None,
        )


def _cannot_carry(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    if result.status is not Status.OK or result.level is None or result.level < _min_level(config):
        return
    if not _name_only(result, config) or any(lb.source == "filename" for lb in result.labels):
        return
    yield (
        f"この形式（{result.format}）はファイル内にラベルを持てません。"
        f"ファイル名にラベルを付けてください（例: 【{_lv(result.level)}】…）",
        f"{result.format} files cannot carry a label inside; put it in the file name "
        f"(e.g. 【機密性{result.level}】…)",
        "filename",
    )


def _legacy(result: FileResult, config: Config) -> Iterable[tuple[str, str, str | None]]:
    if not result.labels or any(lb.source != "legacy" for lb in result.labels):
        return
    marks = "、".join(dict.fromkeys(lb.text for lb in result.labels))
    yield (
        f"旧来のラベル（{marks}）だけが付いています。機密性のラベルに置き換えてください",
        f"only legacy marks ({marks}) are present; replace them with a 機密性 label",
        result.labels[0].where,
    )


@dataclass(slots=True)
class BuiltinRule:
    rule: Rule
    func: Check

    def check(self, result: FileResult, config: Config) -> Iterable[Violation]:
        severity = cast(Severity, config.get(f"rules.severity.{self.rule.code}", self.rule.severity))
        # ``message`` holds Japanese and ``message_en`` English; reporters pick by --lang
        for ja, en, where in self.func(result, config):
            yield Violation(
                code=self.rule.code,
                message=ja,
                severity=severity,
                message_en=en,
                where=where,
            )


RULES: list[BuiltinRule] = [
    BuiltinRule(
        Rule("AC101", "label-missing", "error", "ラベルが付いていない", "the file carries no label"),
        _label_missing,
    ),
    BuiltinRule(
        Rule(
            "AC102",
            "label-lower-than-required",
            "error",
            "ラベルが内容に必要な機密性より低い",
            "the label is lower than the content requires",
        ),
        _label_lower,
    ),
    BuiltinRule(
        Rule(
            "AC103",
            "label-higher-than-required",
            "warning",
            "ラベルが内容に必要な機密性より高い",
            "the label is higher than the content requires",
        ),
        _label_higher,
    ),
    BuiltinRule(
        Rule(
            "AC104",
            "conflicting-labels",
            "error",
            "異なるラベルが混在している",
            "the file carries different labels",
        ),
        _conflicting,
    ),
    BuiltinRule(
        Rule(
            "AC105",
            "not-inspectable",
            "error",
            "内容（の一部）を確認できない",
            "the content (or part of it) cannot be inspected",
        ),
        _not_inspectable,
    ),
    BuiltinRule(
        Rule(
            "AC106",
            "format-cannot-carry-label",
            "error",
            "ラベルを持てない形式でファイル名にもラベルがない",
            "a format without a label place has no label in its file name",
        ),
        _cannot_carry,
    ),
    BuiltinRule(
        Rule(
            "AC107",
            "legacy-label",
            "info",
            "旧来のラベル（秘・取扱注意など）だけが付いている",
            "only legacy marks",
        ),
        _legacy,
    ),
]


@hookimpl
def assetclass_register_rules() -> list[BuiltinRule]:
    return list(RULES)
