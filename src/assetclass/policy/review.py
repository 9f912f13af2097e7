"""Doubt made visible: mark a classification for review when its level rests on weak evidence.

Runs as ``assetclass_adjust_classification`` after whichever policy decided the level, so it works
for the default policy and for replacements alike. It never lowers a level: the detectors already
count weak-but-plausible evidence (a 4-4-4 grouped My Number in a document that names a person)
for the higher level; this module says that the level needs a person's check, and why, in both
languages. The thresholds are data (``[policy.review]`` in the policy file, docs/policy.md):

- ``weak_evidence`` / ``weak_my_number``: every rule that decided the level rests on findings under
  ``confidence`` (a with-person rule: its type's and the name's best findings, the weaker of the
  two, so the check is an upper bound and never flags a file whose evidence is strong somewhere);
- ``near_bulk_threshold``: the person count is within ``bulk_margin`` of ``bulk_subjects`` (over it
  by little, so a miscount decides 3; or under it by little, so a few unrecognised rows decide 3);
- ``candidate_below_floor``: the level is below a rule's level and a finding of that rule's type
  lies between ``candidate_confidence`` and its floor (a check-digit-valid 12-digit number in 4-4-4
  groups that no person is tied to);
- ``doubt_raised``: a doubt rule of the policy (``unlinked``, ``candidate``) decided the level: a
  name and a detail no record ties together, or health/arrears words not tied to anyone in a
  document holding personal data; the higher level was chosen and a person should confirm it;
- ``not_fully_inspected``: part of the file could not be read (a scanned page), so the level may
  be too low;
- ``ocr_unverified_my_number``: the level rests on a 12-digit number OCR read next to 個人番号 that
  fails only its check digit (rule ``ocr_my_number_unverified``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..config import Config
from ..hookspecs import hookimpl
from ..model import Classification, Document, Finding, ReviewReason
from ..terms import TYPE_NAMES
from .default_policy import Policy, PolicyRule, load_policy, summarise_where
from .doubt import DOUBT_KINDS

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    # per finding type: a rule whose best evidence stays under this is weak (a phone in text is 0.7,
    # a My Number tied to a person by weak context 0.65-0.7, with 個人番号 next to it 0.9)
    "confidence": {"default": 0.7, "my_number": 0.8},
    "bulk_margin": 0.2,
    "candidate_confidence": 0.4,
}


def _names(types: Iterable[str], lang: str) -> str:
    names = [TYPE_NAMES.get(t, (t, t))[0 if lang == "ja" else 1] for t in types]
    return "・".join(names) if lang == "ja" else " / ".join(names)


def _best(findings: list[Finding], types: Iterable[str], policy: Policy) -> list[Finding]:
    wanted = frozenset(types)
    return [f for f in findings if f.type in wanted and f.confidence >= policy.floor(f.type)]


def _threshold(spec: Any, types: Iterable[str]) -> float:
    if not isinstance(spec, dict):
        return float(spec)
    default = float(spec.get("default", DEFAULTS["confidence"]["default"]))
    return max(float(spec[t]) if t in spec else default for t in types)


def _strength(
    rule: PolicyRule, findings: list[Finding], policy: Policy, spec: Any
) -> tuple[bool, float, list[Finding]]:
    """Whether the rule's best evidence (an upper bound) stays under its review threshold."""
    own = _best(findings, rule.types, policy)
    best = max((f.confidence for f in own), default=0.0)
    weak = best < _threshold(spec, rule.types)
    if rule.kind == "with_person":
        names = _best(findings, policy.person_types, policy)
        named = max((f.confidence for f in names), default=0.0)
        weak = weak or named < _threshold(spec, policy.person_types)
        best = min(best, named)
    return weak, best, own


def review_reasons(
    document: Document, findings: list[Finding], classification: Classification, config: Config
) -> list[ReviewReason]:
    settings = {**DEFAULTS, **(config.section("policy").get("review", {}) or {})}
    if not settings["enabled"]:
        return []
    policy = load_policy(config)
    spec = (
        {**DEFAULTS["confidence"], **settings["confidence"]}
        if isinstance(settings["confidence"], dict)
        else settings["confidence"]
    )
    margin = float(settings["bulk_margin"])
    out: list[ReviewReason] = []
    level = classification.level
    deciding = {r.rule for r in classification.reasons if r.level == level and r.rule != "default"}
    rules = [r for r in policy.rules if r.id in deciding and r.kind not in DOUBT_KINDS]
    for reason in classification.reasons:
        if reason.level == level and reason.rule in {r.id for r in policy.rules if r.kind in DOUBT_KINDS}:
            out.append(_doubt(reason.types, reason.where))
    bulk = policy.bulk_subjects
    subjects = classification.subjects
    if rules:
        weak: list[tuple[PolicyRule, float, list[Finding]]] = []
        for rule in rules:
            if rule.kind == "bulk":
                if subjects <= bulk * (1 + margin):
                    weak.append((rule, 0.0, []))
                continue
            is_weak, best, own = _strength(rule, findings, policy, spec)
            if is_weak:
                weak.append((rule, best, own))
        if len(weak) == len(rules):  # every rule that decided the level is weak
            for rule, best, own in weak:
                if rule.kind == "bulk":
                    out.append(_near_bulk(subjects, bulk, above=True))
                    continue
                code = "weak_my_number" if "my_number" in rule.types else "weak_evidence"
                types = sorted({f.type for f in own}) or list(rule.types)
                out.append(
                    ReviewReason(
                        code,
                        f"判定の根拠が弱い証拠だけです（{_names(types, 'ja')}、確度 {best:.2f}）。"
                        "上位の区分にしてあります。内容を確認してください",
                        f"the level rests on weak evidence only ({_names(types, 'en')}, confidence "
                        f"{best:.2f}); the higher level was chosen, please check",
                        summarise_where(own, 5),
                    )
                )
    unverified = [f for f in findings if f.type == "my_number_unverified"]
    if unverified and any("my_number_unverified" in r.types for r in rules):
        # OCR read a 12-digit run next to 個人番号 that fails only its check digit (issue 14): the
        # level is 3 so nothing is missed, and a person compares it with the paper original
        out.append(
            ReviewReason(
                "ocr_unverified_my_number",
                f"OCR で読み取った個人番号らしい12桁の数字 {len(unverified)} 件がチェックディジットに合いません"
                "（読み誤りの可能性）。原本を確認してください",
                f"{len(unverified)} 12-digit number(s) read by OCR next to 個人番号 fail the check digit "
                "(probably misread); please check the original",
                summarise_where(unverified, 5),
            )
        )
    bulk_level = max((policy.level(r.level).rank for r in policy.rules if r.kind == "bulk"), default=0)
    if 1 < level < bulk_level and bulk * (1 - margin) <= subjects <= bulk:  # personal records, not yet bulk
        out.append(_near_bulk(subjects, bulk, above=False))
    floor_candidates = float(settings["candidate_confidence"])
    for rule in policy.rules:
        if rule.kind != "any" or policy.level(rule.level).rank <= level:
            continue
        near = [
            f
            for f in findings
            if f.type in rule.types and floor_candidates <= f.confidence < policy.floor(f.type)
        ]
        if near:
            types = sorted({f.type for f in near})
            out.append(
                ReviewReason(
                    "candidate_below_floor",
                    f"{_names(types, 'ja')}の可能性がある値が {len(near)} 件ありますが、個人との結び付きが"
                    "確認できないため判定に含めていません。内容を確認してください",
                    f"{len(near)} possible {_names(types, 'en')} value(s) not tied to a person were left "
                    "out of the level; please check",
                    summarise_where(near, 5),
                )
            )
    if document.uninspectable:
        out.append(
            ReviewReason(
                "not_fully_inspected",
                "読み取れなかった部分があります（スキャン画像など）。判定より高い区分が必要な可能性があります",
                "part of the file could not be read (a scanned image?); it may need a higher level",
                list(document.uninspectable[:5]),
            )
        )
    return out


def _doubt(types: Iterable[str], where: list[str]) -> ReviewReason:
    return ReviewReason(
        "doubt_raised",
        f"{_names(types, 'ja')}が個人の記録と結び付くか確認できないため、疑わしい側の上位の区分にしてあります。"
        "内容を確認してください",
        f"whether the {_names(types, 'en')} belong(s) to a person's record could not be confirmed, so the "
        "higher level was chosen; please check",
        list(where[:5]),
    )


def _near_bulk(subjects: int, bulk: int, *, above: bool) -> ReviewReason:
    if above:
        return ReviewReason(
            "near_bulk_threshold",
            f"人数 {subjects} 人は大量の基準（{bulk} 人超）をわずかに超えるだけです。人数の数え方を確認してください",
            f"{subjects} persons is only just over the bulk threshold (more than {bulk}); please check the count",
        )
    return ReviewReason(
        "near_bulk_threshold",
        f"人数 {subjects} 人は大量の基準（{bulk} 人超）に近く、認識できなかった行があれば上位の区分になります。"
        "内容を確認してください",
        f"{subjects} persons is close to the bulk threshold (more than {bulk}); rows that were not recognised "
        "would raise the level, please check",
    )


@hookimpl
def assetclass_adjust_classification(
    document: Document, findings: list[Finding], classification: Classification, config: Config
) -> None:
    classification.review.extend(review_reasons(document, findings, classification, config))
