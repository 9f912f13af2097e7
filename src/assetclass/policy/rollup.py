"""The level of an archive or mail from its members: the highest level inside wins.

The pipeline classifies every member of a container (and a mail's own text) first; this policy
step then gives the container its members' findings (the member name in front of each locator),
one reason per member that requires 機密性2 or more, and whatever a member could not inspect.
"""

from __future__ import annotations

from ..model import FileResult, Finding, Reason, Status


def roll_up(result: FileResult) -> None:
    """The container's level, findings and reasons from its members (and its own body)."""
    levels = [result.level or 0]
    for member in result.members:
        if member.level is not None:
            levels.append(member.level)
        label = member.path.rsplit("!/", 1)[-1]
        for f in member.findings:
            result.findings.append(
                Finding(
                    type=f.type,
                    confidence=f.confidence,
                    locator=f"{label}: {f.locator}",
                    evidence=f.evidence,
                    record=f"{label}: {f.record}" if f.record else None,
                    fingerprint=f.fingerprint,
                    count=f.count,
                    detector=f.detector,
                    value=f.value,
                )
            )
        result.subjects = max(result.subjects, member.subjects)
        if member.level is not None and member.level >= 2:
            result.reasons.append(
                Reason(
                    rule="container_member",
                    level=member.level,
                    message_ja=f"書庫・メールの中の {label} が機密性{member.level}です",
                    message_en=f"{label} inside this archive/mail requires level {member.level}",
                    types=sorted({f.type for f in member.findings}),
                    count=1,
                    where=[label],
                )
            )
        if member.status is not Status.OK:
            result.uninspectable.append(f"{label}: {member.status}")
        # what a member could not inspect (a zip inside a zip inside …) is not inspected here either
        result.uninspectable.extend(f"{label}: {part}" for part in member.uninspectable)
    result.level = max(levels) or 1
    result.reasons.sort(key=lambda r: -r.level)
