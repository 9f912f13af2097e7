"""What changed between two scans in the results store: new and removed files, level and label changes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..display import printable
from ..i18n import pick
from .store import ResultStore


@dataclass(slots=True)
class Change:
    kind: str  # "new" | "removed" | "level" | "label"
    path: str
    before: int | None = None
    after: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "before": self.before, "after": self.after}


@dataclass(slots=True)
class ScanDiff:
    from_scan: int
    to_scan: int
    changes: list[Change] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "removed": 0, "level": 0, "label": 0}
        for c in self.changes:
            out[c.kind] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_scan,
            "to": self.to_scan,
            "counts": self.counts(),
            "changes": [c.to_json() for c in self.changes],
        }

    def to_text(self, lang: str) -> str:
        def lv(n: int | None) -> str:
            return pick(lang, "なし", "none") if n is None else pick(lang, f"機密性{n}", f"level {n}")

        lines = [
            pick(lang, f"走査 {self.from_scan} → {self.to_scan}", f"scan {self.from_scan} → {self.to_scan}")
        ]
        for change in self.changes:
            c = replace(change, path=printable(change.path))  # names from the share: controls escaped
            if c.kind == "new":
                lines.append(
                    pick(lang, f"+ 新規 {c.path} ({lv(c.after)})", f"+ new {c.path} ({lv(c.after)})")
                )
            elif c.kind == "removed":
                lines.append(
                    pick(lang, f"- 削除 {c.path} ({lv(c.before)})", f"- removed {c.path} ({lv(c.before)})")
                )
            elif c.kind == "level":
                lines.append(
                    pick(
                        lang,
                        f"* 必要レベル変更 {c.path}: {lv(c.before)} → {lv(c.after)}",
                        f"* level changed {c.path}: {lv(c.before)} → {lv(c.after)}",
                    )
                )
            else:
                lines.append(
                    pick(
                        lang,
                        f"* ラベル変更 {c.path}: {lv(c.before)} → {lv(c.after)}",
                        f"* label changed {c.path}: {lv(c.before)} → {lv(c.after)}",
                    )
                )
        n = self.counts()
        lines.append(
            pick(
                lang,
                f"新規 {n['new']}  削除 {n['removed']}  レベル変更 {n['level']}  ラベル変更 {n['label']}",
                f"new {n['new']}  removed {n['removed']}  level changed {n['level']}  label changed {n['label']}",
            )
        )
        return "\n".join(lines) + "\n"


class DiffError(ValueError):
    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.message_ja, self.message_en = ja, en


def diff_scans(store: ResultStore, from_scan: int | None = None, to_scan: int | None = None) -> ScanDiff:
    """Compare two scans (default: the last two) by the exact bytes of each path."""
    ids = [s.id for s in store.scans()]
    if to_scan is None:
        if not ids:
            raise DiffError("結果データベースに走査がありません", "the results store holds no scans")
        to_scan = ids[-1]
    if from_scan is None:
        earlier = [i for i in ids if i < to_scan]
        if not earlier:
            raise DiffError("比較する前回の走査がありません", "there is no earlier scan to compare with")
        from_scan = earlier[-1]
    for sid in (from_scan, to_scan):
        if sid not in ids:
            raise DiffError(f"走査 {sid} は存在しません", f"scan {sid} does not exist")
    before = store.scan_rows(from_scan)
    after = store.scan_rows(to_scan)
    diff = ScanDiff(from_scan, to_scan)
    for key in sorted(after.keys() | before.keys()):
        a, b = before.get(key), after.get(key)
        if a is None and b is not None:
            diff.changes.append(Change("new", b[0], None, b[2]))
        elif b is None and a is not None:
            diff.changes.append(Change("removed", a[0], a[2], None))
        elif a is not None and b is not None:
            if a[2] != b[2]:
                diff.changes.append(Change("level", b[0], a[2], b[2]))
            if a[3] != b[3]:
                diff.changes.append(Change("label", b[0], a[3], b[3]))
    return diff
