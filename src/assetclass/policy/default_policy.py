"""The default policy: findings → required level with bilingual reasons, driven by ``[policy]`` data.

The rules, thresholds, confidence floors and the level scheme are in ``data/policy.toml`` (see
docs/policy.md); this module only interprets them. Registered ``trylast`` so a plugin's
``assetclass_classify`` can replace it, and ``assetclass_adjust_classification`` can amend it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..exceptions import ConfigError
from ..hookspecs import hookimpl
from ..model import Classification, Document, Finding, Reason
from ..terms import TYPE_NAMES
from .doubt import DOUBT_KINDS, DOUBT_KINDS_ORDER, doubts
from .locators import CELL, GRID
from .subjects import Record, group_records, persons

KINDS = ("any", "with_person", "bulk", *DOUBT_KINDS_ORDER)
MAX_WHERE = 10
#: Case notes tell their subject's details within a few dozen paragraphs of naming them.
SOLE_SUBJECT_WINDOW = 60
#: Fallbacks for a policy file that leaves them out (data/policy.toml states the same): the
#: confidence floor of a finding type without its own, and the confidence at which running text
#: names its one subject.
DEFAULT_FLOOR = 0.5
SOLE_SUBJECT_CONFIDENCE = 0.8
#: From this confidence a detail (health, arrears) below the floor counts as the sole subject's.
SOLE_SUBJECT_DETAIL_CONFIDENCE = 0.4


@dataclass(frozen=True)
class SchemeLevel:
    id: str
    rank: int
    label: str
    label_en: str


@dataclass(frozen=True)
class PolicyRule:
    id: str
    level: str
    kind: str
    types: tuple[str, ...]
    min_count: int = 1
    # ``candidate``: findings from this confidence up count, even below their floor or untied
    min_confidence: float = 0.4
    # ``unlinked``: more than this many findings of ``types`` per name (and more than 3) read as a
    # list of places that names a few people in passing (a school district list), not a person's data
    max_per_name: float = 3.0
    message_ja: str = ""  # the policy file's key is ``message`` (docs/policy.md)
    message_en: str = ""


@dataclass
class Policy:
    scheme: str
    levels: dict[str, SchemeLevel]
    rules: list[PolicyRule]
    default_level: str
    bulk_subjects: int
    person_types: tuple[str, ...]
    identifying_types: tuple[str, ...]
    floors: dict[str, float] = field(default_factory=dict)
    sole_subject_types: tuple[str, ...] = ()
    sole_subject_confidence: float = SOLE_SUBJECT_CONFIDENCE
    # details of the sole subject may be weaker than the floor: a health word in a line of a case
    # record that does not repeat the name (認知症の進行あり) is found at 0.4, "about someone"
    sole_subject_detail_confidence: float = SOLE_SUBJECT_DETAIL_CONFIDENCE

    def floor(self, type_: str) -> float:
        return float(self.floors.get(type_, self.floors.get("default", DEFAULT_FLOOR)))

    def level(self, level_id: str) -> SchemeLevel:
        found = self.levels.get(level_id)
        if found is None:
            raise ConfigError(
                f"policy names level {level_id!r}, which the scheme does not define",
                f"ポリシーがレベル {level_id!r} を指定していますが、区分（scheme）に定義がありません",
            )
        return found


def _bad(what: str) -> ConfigError:
    return ConfigError(f"invalid policy: {what}", f"ポリシーの設定が不正です: {what}")


def load_policy(config: Config) -> Policy:
    """The policy of ``config`` as typed objects; raises ConfigError on an invalid file."""
    section: dict[str, Any] = config.section("policy")
    scheme = section.get("scheme", {}) or {}
    levels: dict[str, SchemeLevel] = {}
    for key, spec in (scheme.get("levels", {}) or {}).items():
        if not isinstance(spec, dict):
            raise _bad(f"policy.scheme.levels.{key} must be a table")
        rank = int(spec.get("rank", key if str(key).isdigit() else 0))
        if not 1 <= rank <= 3:
            raise _bad(f"policy.scheme.levels.{key}.rank must be 1, 2 or 3")
        label = str(spec.get("label", f"機密性{key}"))
        levels[str(key)] = SchemeLevel(str(key), rank, label, str(spec.get("label_en", label)))
    if not levels:
        levels = {str(n): SchemeLevel(str(n), n, f"機密性{n}", f"Confidentiality {n}") for n in (1, 2, 3)}
    disabled = set(section.get("disabled_rules", []) or [])
    tweaks: dict[str, Any] = section.get("rule", {}) or {}
    rules: list[PolicyRule] = []
    for raw in section.get("rules", []) or []:
        if not isinstance(raw, dict) or "id" not in raw:
            raise _bad("every [[policy.rules]] entry needs an id")
        spec = {**raw, **(tweaks.get(raw["id"], {}) or {})}
        if spec["id"] in disabled or spec.get("enabled") is False:
            continue
        kind = spec.get("kind", "any")
        if kind not in KINDS:
            raise _bad(f"rule {spec['id']}: kind must be one of {', '.join(KINDS)}")
        rule = PolicyRule(
            id=str(spec["id"]),
            level=str(spec.get("level", "1")),
            kind=kind,
            types=tuple(spec.get("types", [])),
            min_count=int(spec.get("min_count", 1)),
            min_confidence=float(spec.get("min_confidence", 0.4)),
            max_per_name=float(spec.get("max_per_name", 3.0)),
            message_ja=str(spec.get("message", "")),
            message_en=str(spec.get("message_en", "")),
        )
        rules.append(rule)
    policy = Policy(
        scheme=str(scheme.get("name", "default")),
        levels=levels,
        rules=rules,
        default_level=str(section.get("default_level", "1")),
        bulk_subjects=int(section.get("bulk_subjects", 100)),
        person_types=tuple(section.get("person_types", ["name"])),
        identifying_types=tuple(section.get("identifying_types", ["address", "birth_date", "phone"])),
        floors={k: float(v) for k, v in (section.get("confidence", {}) or {}).items()},
        sole_subject_types=tuple(section.get("sole_subject_types", ["health", "arrears"])),
        sole_subject_confidence=float(section.get("sole_subject_confidence", SOLE_SUBJECT_CONFIDENCE)),
        sole_subject_detail_confidence=float(
            section.get("sole_subject_detail_confidence", SOLE_SUBJECT_DETAIL_CONFIDENCE)
        ),
    )
    for rule in rules:
        policy.level(rule.level)  # fail early on a level the scheme lacks
    policy.level(policy.default_level)
    return policy


def summarise_where(findings: Iterable[Finding], limit: int = MAX_WHERE) -> list[str]:
    """Locators of ``findings``, sheet cells of one column folded into ranges (名簿!D2:D625)."""
    columns: dict[tuple[bool, str, str], list[int]] = {}
    others: list[str] = []
    for f in findings:
        m = CELL.match(f.locator)
        g = None if m else GRID.match(f.locator)
        if m:
            columns.setdefault((True, m["sheet"], m["col"]), []).append(int(m["row"]))
        elif g:
            columns.setdefault((False, g["table"], g["col"]), []).append(int(g["row"]))
        elif f.locator not in others:
            others.append(f.locator)
    out = []
    for (sheet, name, col), rows in columns.items():
        lo, hi = min(rows), max(rows)
        if sheet:
            out.append(f"{name}!{col}{lo}:{col}{hi}" if lo != hi else f"{name}!{col}{lo}")
        else:
            out.append(f"{name} (rows {lo}-{hi}, col {col})" if lo != hi else f"{name} (row {lo}, col {col})")
    return (out + others)[:limit]


def _types_text(types: Iterable[str], lang: str) -> str:
    names = [TYPE_NAMES.get(t, (t, t))[0 if lang == "ja" else 1] for t in types]
    return "・".join(names) if lang == "ja" else " / ".join(names)


def _reason(rule: PolicyRule, policy: Policy, hits: list[Finding], records: int, subjects: int) -> Reason:
    level = policy.level(rule.level)
    hits = list({id(f): f for f in hits}.values())  # a column-level finding joins many records
    hit_types = [t for t in rule.types if any(f.type == t for f in hits)] or list(rule.types)
    where = summarise_where(hits)
    values = {
        "count": sum(f.count for f in hits),
        "records": records,
        "subjects": subjects,
        "threshold": policy.bulk_subjects,
        "where": ", ".join(where[:4]) + (" …" if len(where) > 4 else ""),
        "label": level.label,
    }
    ja = (rule.message_ja or f"{rule.id}: {{types}} {{count}} 件: {{where}}").format(
        types=_types_text(hit_types, "ja"), **values
    )
    en = (rule.message_en or f"{rule.id}: {{types}}, {{count}} finding(s): {{where}}").format(
        types=_types_text(hit_types, "en"), **values
    )
    return Reason(
        rule=rule.id,
        level=level.rank,
        message_ja=f"{ja} → {level.label}",
        message_en=f"{en} → {level.label_en}",
        types=sorted({f.type for f in hits}),
        count=sum(f.count for f in hits),
        where=where,
    )


_BESIDE_THE_FLOW = ("text box", "header", "footer")


def _text_record(key: str) -> bool:
    return "#row" not in key and not key.endswith("(row)") and "#rows" not in key


_NUMBER = re.compile(r"\d+")


def _position(key: str) -> int | None:
    """The place of a text record in reading order, from its key: paragraph 12 → 12; page 2 line 5
    → 205 (lines of a PDF page count within their page, so the page number leads)."""
    numbers = [int(n) for n in _NUMBER.findall(key)[:2]]
    if not numbers:
        return None
    return numbers[0] * 100 + numbers[1] if len(numbers) == 2 and key.startswith("page ") else numbers[0]


def _last_detail(records: dict[str, Record], policy: Policy, weak: dict[str, Record] | None) -> int | None:
    """The reading position of the last text record holding a detail of ``sole_subject_types``."""
    found = [
        p
        for key, rec in itertools.chain(records.items(), (weak or {}).items())
        if _text_record(key) and rec.has(policy.sole_subject_types) and (p := _position(key)) is not None
    ]
    return max(found, default=None)


def _join_sole_subject(
    records: dict[str, Record], policy: Policy, weak: dict[str, Record] | None = None
) -> dict[str, Record]:
    """Case notes and letters name their one subject once (対象者：…, …様) and tell the health or
    arrears details paragraphs later: when running text names exactly one person, confidently,
    and no table row names anyone, unnamed text records of ``sole_subject_types`` are about them."""
    if not policy.sole_subject_types:
        return records
    # a name after the last detail (記録者, 保護者：… or a signature closing the notes) is not a
    # second subject of them
    last = _last_detail(records, policy, weak)
    named = {
        k: r
        for k, r in records.items()
        if r.has(policy.person_types) and (last is None or (p := _position(k)) is None or p <= last)
    }
    names = [f for r in named.values() for t in policy.person_types for f in r.by_type().get(t, ())]
    if not names or len({f.fingerprint for f in names}) != 1:
        return records
    home = list(named)
    if (
        not all(_text_record(k) for k in home)
        or max(f.confidence for f in names) < policy.sole_subject_confidence
    ):
        return records
    # the subject is named first and the details follow (対象者 at the top of the notes); a name
    # after the detail (a speaker, a signature) does not make a general text about them
    start = _position(home[0])
    if start is None:
        return records
    target = records[home[0]]
    # ``weak``: details below the floor, which count only as the sole subject's (in the subject's
    # own record too: 差出人 杉本 トミ / 息子が精神科に通院しており as one block of lines)
    strong = ((key, rec, False) for key, rec in records.items())
    below = ((key, rec, True) for key, rec in (weak or {}).items())
    for key, rec, is_weak in itertools.chain(strong, below):
        if not _text_record(key) or not rec.has(policy.sole_subject_types):
            continue
        if key in home and not is_weak:
            continue  # already the subject's own record
        # a text box, header or footer stands beside the flow of the text: near its one subject
        pos = start + 1 if key.startswith(_BESIDE_THE_FLOW) else _position(key)
        if (
            pos is None
            or pos < start
            or (pos == start and key != home[0])
            or pos - start > SOLE_SUBJECT_WINDOW
        ):
            continue  # far from the name: long prose (a novel, a survey's free text) about many things
        target.findings.extend(rec.of(policy.sole_subject_types))
        target._by_type = None
    return records


def classify(findings: list[Finding], config: Config) -> Classification:
    policy = load_policy(config)
    counted = [f for f in findings if f.confidence >= policy.floor(f.type)]
    weak = [
        f
        for f in findings
        if f.type in policy.sole_subject_types
        and policy.sole_subject_detail_confidence <= f.confidence < policy.floor(f.type)
    ]
    joined = _join_sole_subject(group_records(counted), policy, group_records(weak) if weak else None)
    people = persons(joined.values(), policy.person_types)
    reasons: list[Reason] = []
    for rule in policy.rules:
        if rule.kind in DOUBT_KINDS:
            continue  # weighed after the firm rules (_doubts)
        if rule.kind == "any":
            hits = [f for f in counted if f.type in rule.types]
            if len(hits) >= rule.min_count:
                reasons.append(_reason(rule, policy, hits, len(group_records(hits)), 0))
            continue
        wanted = frozenset(rule.types)
        matched = [p for p in people if not p.types.isdisjoint(wanted)]
        subjects = len({p.key for p in matched})
        fires = (
            len(matched) >= rule.min_count if rule.kind == "with_person" else subjects > policy.bulk_subjects
        )
        if matched and fires:
            hit_types = (*rule.types, *policy.person_types)
            unique: dict[int, Finding] = {}  # a column-level finding joins many records: count it once
            for p in matched:
                index = p.record.by_type()
                for t in hit_types:
                    for f in index.get(t, ()):
                        unique[id(f)] = f
            hits = list(unique.values())
            reasons.append(_reason(rule, policy, hits, len(matched), subjects))
    subjects = len({p.key for p in people})
    reasons.extend(doubts(policy, findings, counted, reasons, _reason))
    if reasons:
        reasons.sort(key=lambda r: -r.level)
        level = reasons[0].level
    else:
        default = policy.level(policy.default_level)
        level = default.rank
        seen = sorted({f.type for f in findings})
        reasons.append(
            Reason(
                rule="default",
                level=level,
                message_ja=(
                    "上位の区分に当たる個人情報は見つかりませんでした"
                    + (
                        f"（検出: {_types_text(seen, 'ja')}、いずれも個人との結び付きなし又は確度不足）"
                        if seen
                        else ""
                    )
                    + f" → {default.label}"
                ),
                message_en=(
                    "no personal data requiring a higher level"
                    + (
                        f" (found {_types_text(seen, 'en')}, none tied to a person or confident enough)"
                        if seen
                        else ""
                    )
                    + f" → {default.label_en}"
                ),
                types=seen,
                count=0,
                where=[],
            )
        )
    return Classification(level=level, reasons=reasons, subjects=subjects, scheme=policy.scheme)


@hookimpl(trylast=True)
def assetclass_classify(document: Document, findings: list[Finding], config: Config) -> Classification:
    return classify(findings, config)
