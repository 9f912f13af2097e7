"""Records and persons: group findings by record and count the distinct persons they concern.

A record is what a detector put in ``Finding.record`` (a table row, a form, a paragraph, a letter's
addressee block); findings without one are their own record. Column-level findings of large tables
carry a row span and join the row records they cover. A person is a record with a name
finding; persons are told apart by the fingerprint of the name (plus the birth date where the
record has one, so two namesakes with different birth dates count twice). A record that names
several persons in cells or lines of its own (a household row with its children) counts each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Finding


@dataclass
class Record:
    key: str
    findings: list[Finding] = field(default_factory=list)
    _by_type: dict[str, tuple[Finding, ...]] | None = None

    def by_type(self) -> dict[str, tuple[Finding, ...]]:
        if self._by_type is None:  # records are complete once grouped; index them once
            index: dict[str, list[Finding]] = {}
            for f in self.findings:
                index.setdefault(f.type, []).append(f)
            # tuples: a 20,000-row sheet has ~17 one-finding entries per row record, and a
            # one-item tuple is half the size of a list (-13 MB peak on the benchmark's big xlsx)
            self._by_type = {t: tuple(fs) for t, fs in index.items()}
        return self._by_type

    def types(self) -> set[str]:
        return set(self.by_type())

    def of(self, types: Iterable[str]) -> list[Finding]:
        index = self.by_type()
        return [f for t in types for f in index.get(t, ())]

    def has(self, types: Iterable[str]) -> bool:
        index = self.by_type()
        return any(t in index for t in types)

    def person_key(self, person_types: Iterable[str]) -> str | None:
        index = self.by_type()
        names = [f for t in person_types for f in index.get(t, ())]
        if not names:
            return None
        # the record's own name before a column-level one (a kana column's span covers every row)
        name = (
            min(names, key=lambda f: (f.record != self.key, -f.confidence, f.locator))
            if len(names) > 1
            else names[0]
        )
        births = index.get("birth_date", ())
        birth = min((f.fingerprint or "" for f in births), default="")
        if self.key.endswith(" (row)"):
            # a row of a table in text (detect.text): like a sheet row, its address and phone tell
            # namesakes apart (two 伊東 誠 at two addresses are two persons)
            other = "|".join(
                min((f.fingerprint or "" for f in index.get(t, ())), default="") for t in ("address", "phone")
            )
            return f"{name.fingerprint}|{birth}|{other}"
        return f"{name.fingerprint}|{birth}"

    def other_person_keys(self, person_types: Iterable[str], first: str) -> list[str]:
        """Keys of the further persons a record names in cells or lines of its own (the children of
        a household row, each with a birth date), told apart by their names. Only as many as the
        record has birth dates: a second name column without one (犬の名前 beside 所有者) is not
        counted as a person of its own."""
        index = self.by_type()
        own = {f.fingerprint for t in person_types for f in index.get(t, ()) if f.record == self.key}
        own.discard(None)
        primary = first.split("|", 1)[0]
        others = sorted(fp for fp in own if fp is not None and fp != primary)
        return [f"{fp}|" for fp in others[: len(index.get("birth_date", ()))]]


_SPAN = re.compile(r"^(?P<table>.*)#rows(?P<lo>\d+)-(?P<hi>\d+)$")


def group_records(findings: Iterable[Finding]) -> dict[str, Record]:
    """Findings by record. A column-level finding (record ``名簿#rows2-625``) joins every row
    record of its table in that range; where no row of the range has a record, it is its own."""
    records: dict[str, Record] = {}
    spans: list[tuple[Finding, re.Match[str]]] = []
    for f in findings:
        key = f.record or f.locator
        m = _SPAN.match(key) if "#rows" in key else None
        if m is not None:
            spans.append((f, m))
            continue
        rec = records.get(key)
        if rec is None:
            rec = records[key] = Record(key)
        rec.findings.append(f)
    if spans:
        rows: dict[str, list[tuple[int, Record]]] = {}
        for key, rec in records.items():
            table, sep, row = key.rpartition("#row")
            if sep and row.isdigit():
                rows.setdefault(table, []).append((int(row), rec))
        for f, m in spans:
            lo, hi = int(m["lo"]), int(m["hi"])
            joined = False
            for row_no, rec in rows.get(m["table"], ()):
                if lo <= row_no <= hi:
                    rec.findings.append(f)
                    rec._by_type = None
                    joined = True
            if not joined:
                records.setdefault(m.group(0), Record(m.group(0))).findings.append(f)
    return records


@dataclass
class Person:
    """A record that names a person, indexed once for the policy's rules."""

    record: Record
    types: frozenset[str]
    key: str


def persons(records: Iterable[Record], person_types: Iterable[str]) -> list[Person]:
    person_types = tuple(person_types)
    out: list[Person] = []
    shared: dict[frozenset[str], frozenset[str]] = {}  # rows of a list share one type set (memory)
    for r in records:
        index = r.by_type()
        if any(t in index for t in person_types):
            types = shared.setdefault(frozenset(index), frozenset(index))
            key = r.person_key(person_types) or r.key
            out.append(Person(r, types, key))
            # a household row (受給者 | 住所 | 児童1 | 生年月日1 | 児童2 | …) names several persons
            out.extend(Person(r, types, k) for k in r.other_person_keys(person_types, key))
    return out
