"""When in doubt between two levels, the higher one: the policy's doubt rules (docs/policy.md).

``unlinked``: a name and an identifying detail in one document that no record ties together (a
letter whose layout hides who is who). ``candidate``: health or arrears words, untied or below their
floor, in a document that holds a person's data. Both are weighed after the firm rules and raise the
level only above what those decided; ``review.py`` marks every result they decide for review.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model import Finding, Reason
from .locators import place
from .subjects import group_records

if TYPE_CHECKING:
    from .default_policy import Policy, PolicyRule

#: In the order they are weighed: an unlinked person is personal data for a candidate.
DOUBT_KINDS_ORDER = ("unlinked", "candidate")
DOUBT_KINDS = frozenset(DOUBT_KINDS_ORDER)
#: Rule kinds whose firing means the document holds a person's data.
_PERSONAL_KINDS = frozenset({"with_person", "bulk", "unlinked"})
#: A name and a detail further apart than this (lines, paragraphs or table rows) are about different
#: things (a district list naming a school on page 6 and a lot number on page 9).
UNLINKED_WINDOW = 10

MakeReason = Callable[["PolicyRule", "Policy", list[Finding], int, int], Reason]


def _near(names: list[Finding], details: list[Finding]) -> bool:
    """Whether some name and some detail sit within UNLINKED_WINDOW of each other (a header or a
    text box is near everything of its document)."""
    places = [place(f.locator) for f in details]
    for name in names:
        here = place(name.locator)
        for there in places:
            if here is None or there is None:
                return True
            if here[0] == there[0] and abs(here[1] - there[1]) <= UNLINKED_WINDOW:
                return True
    return False


def _unlinked_hits(rule: PolicyRule, policy: Policy, counted: list[Finding]) -> list[Finding]:
    names = [f for f in counted if f.type in policy.person_types]
    details = [f for f in counted if f.type in rule.types]
    if not names or len(details) < rule.min_count:
        return []
    if {f.record for f in names if f.record} & {f.record for f in details if f.record}:
        return []  # a record ties them: the firm rules' judgement (or their absence) stands
    # (counted per kind: one person's address and their three children's birth dates are one household)
    most = max(Counter(f.type for f in details).values())
    if most > max(3.0, rule.max_per_name * len(names)) or not _near(names, details):
        return []  # a list of places naming a few people in passing, or two separate matters
    return names + details


def doubts(
    policy: Policy, findings: list[Finding], counted: list[Finding], firm: list[Reason], reason: MakeReason
) -> list[Reason]:
    """The doubt rules' reasons, given the firm rules' reasons ``firm``; ``findings`` are all
    findings, ``counted`` those at or above their floor."""
    kinds = {r.id: r.kind for r in policy.rules}
    level = max((r.level for r in firm), default=policy.level(policy.default_level).rank)
    personal = any(kinds.get(r.rule) in _PERSONAL_KINDS for r in firm)
    # a type a firm rule already judged keeps that rule's level (a policy may lower health to 2)
    fired = {r.rule for r in firm}
    judged = {t for rule in policy.rules if rule.id in fired for t in rule.types}
    out: list[Reason] = []
    for kind in DOUBT_KINDS_ORDER:
        for rule in policy.rules:
            if rule.kind != kind or policy.level(rule.level).rank <= level:
                continue
            if kind == "unlinked":
                hits = [] if personal else _unlinked_hits(rule, policy, counted)
            elif personal:
                hits = [
                    f
                    for f in findings
                    if f.type in rule.types and f.type not in judged and f.confidence >= rule.min_confidence
                ]
                hits = hits if len(hits) >= rule.min_count else []
            else:
                hits = []
            if not hits:
                continue
            out.append(reason(rule, policy, hits, len(group_records(hits)), 0))
            level = out[-1].level
            personal = True
    return out
