"""Performance shortcuts must not change results: each is checked against the slow path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assetclass.detect import vocab
from assetclass.model import FileResult, Finding
from assetclass.policy.subjects import group_records, persons
from assetclass.scan.store import _masked_summary
from assetclass.scan.workers import builtin_plugin_modules
from tests.scan.conftest import ScanRunner


def test_municipality_prefix_lookup_matches_the_regex() -> None:
    pattern = vocab.municipality_pattern()
    names = sorted(vocab.municipalities())[:400]
    samples = [*(n + "1-2-3" for n in names), *(n[1:] for n in names), "市", "", "東京都港区", "abc"]
    for s in samples:
        assert vocab.starts_with_municipality(s) == bool(pattern.match(s)), s


def test_header_field_early_reject_keeps_the_rules() -> None:
    assert vocab.header_field("氏名") == "name"
    assert vocab.header_field("【生年月日】") == "birth_date"
    assert vocab.header_field("山田 太郎") is None
    assert vocab.header_field("12345") is None


def test_masked_summary_without_values_is_the_plain_summary() -> None:
    f = Finding(type="name", confidence=0.9, locator="A!B2", evidence="山*", record="A#row2")
    result = FileResult(path="x.xlsx", findings=[f])
    assert _masked_summary(result) == result.findings_summary()
    shown = Finding(type="name", confidence=0.9, locator="A!B2", evidence="山*", value="山田")
    masked = _masked_summary(FileResult(path="x.xlsx", findings=[shown]))
    assert masked[0]["evidence"] == ["山*"]  # the value never reaches the store


def test_persons_share_type_sets_and_keep_counts() -> None:
    findings = [
        Finding(t, 0.9, f"A!B{r}", "**", record=f"A#row{r}", fingerprint=f"{t}{r}")
        for r in range(2, 50)
        for t in ("name", "address")
    ]
    people = persons(group_records(findings).values(), ("name",))
    assert len(people) == 48 and len({p.key for p in people}) == 48
    assert len({id(p.types) for p in people}) == 1 and people[0].types == {"name", "address"}


def test_fork_server_preloads_only_our_modules() -> None:
    modules = builtin_plugin_modules()
    assert {"assetclass.families", "assetclass.detect.my_number"} <= set(modules)  # families: every format
    assert all(m.startswith("assetclass.") for m in modules)


def test_bench_report_keeps_the_optimisations_section(tmp_path: Path) -> None:
    from bench.run import kept_notes

    report = tmp_path / "performance.md"
    assert kept_notes(report) == ""
    report.write_text("# Performance\n\nold figures\n\n## Optimisations\n\n- one change\n", encoding="utf-8")
    assert kept_notes(report) == "\n## Optimisations\n\n- one change\n"
    report.write_text("# Performance\n\nno notes\n", encoding="utf-8")
    assert kept_notes(report) == ""


def test_jobs_1_reads_a_small_run_in_process_and_a_share_in_one_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan_jsonl: ScanRunner
) -> None:
    from assetclass.scan import bulk

    pools: list[int] = []

    class CountingPool(bulk.WorkerPool):
        def __init__(self, jobs: int, *args: Any) -> None:
            pools.append(jobs)
            super().__init__(jobs, *args)

    monkeypatch.setattr(bulk, "WorkerPool", CountingPool)
    share = tmp_path / "share"
    share.mkdir()
    for i in range(bulk.IN_PROCESS_FILES + 1):
        kind = ("LEVEL2", "会議の日程")[i % 2]  # the test policy keys on marker words
        (share / f"{i:02d}.txt").write_text(kind + "\n", encoding="utf-8")
    _, small = scan_jsonl(*sorted(share.iterdir())[: bulk.IN_PROCESS_FILES], "--jobs", "1")
    assert pools == [] and len(small) == bulk.IN_PROCESS_FILES
    _, whole = scan_jsonl(share, "--jobs", "1")
    assert pools == [1] and len(whole) == bulk.IN_PROCESS_FILES + 1
    levels = {Path(d["path"]).name: d["level"] for d in whole}
    assert {Path(d["path"]).name: d["level"] for d in small}.items() <= levels.items()
    assert set(levels.values()) == {1, 2}
