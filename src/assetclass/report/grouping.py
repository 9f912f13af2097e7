"""Grouping for reports: the department of a file, levels and times written for people.

A department is the top-level folder below the scanned root (``share/福祉課/a/b.xlsx`` → ``福祉課``):
on a municipal share the first level is usually the section that owns the files.
"""

from __future__ import annotations

import datetime as dt

from ..i18n import pick

ROOT_FILES = ("（直下）", "(root)")  # a file directly in the scanned root


def _under(path: str, root: str) -> str | None:
    """``path`` relative to ``root`` when it lies below it, else None."""
    base = root.rstrip("/\\") or root
    if path == base:
        return ""
    for sep in ("/", "\\"):
        if path.startswith(base + sep) or (base.endswith(sep) and path.startswith(base)):
            return path[len(base) :].lstrip("/\\")
    return None


def department(path: str, roots: list[str], lang: str) -> str:
    """The top-level folder of ``path`` below the longest matching root (archive members: their archive's)."""
    outer = path.split("!/", 1)[0]
    best: str | None = None
    for root in sorted(roots, key=len, reverse=True):
        rel = _under(outer, root)
        if rel is not None:
            best = rel
            break
    if best is None:  # not below any root (no roots known): the file's own folder stands for it
        folder = outer.replace("\\", "/").rsplit("/", 1)[0] if "/" in outer.replace("\\", "/") else ""
        return folder.rsplit("/", 1)[-1] or pick(lang, *ROOT_FILES)
    parts = best.replace("\\", "/").split("/")
    if len(parts) <= 1:
        return pick(lang, *ROOT_FILES)
    return parts[0]


def below_roots(path: str, roots: list[str]) -> bool:
    return any(_under(path.split("!/", 1)[0], root) is not None for root in roots)


def level_text(level: int | None, lang: str) -> str:
    """機密性3 in Japanese (the policy's term), "level 3" in English, 判定なし for no level."""
    if level is None:
        return pick(lang, "判定なし", "no level")
    return pick(lang, f"機密性{level}", f"level {level}")


def local_time(iso: str | None) -> str:
    """An ISO 8601 time (UTC ``Z`` or with offset) in this machine's local time zone, to the minute."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def local_now() -> str:
    """Now in the local time zone with its offset, so the reader knows which zone times are in."""
    now = dt.datetime.now().astimezone()
    return now.strftime("%Y-%m-%d %H:%M (UTC%z)")
