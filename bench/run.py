"""Benchmark of bulk scans: ``python -m bench.run [--write docs/performance.md]``.

(a) a generated mixed share (≥ 1,000 files) at ``--jobs 1`` and ``--jobs 2`` against the floor of
    reading every file and inflating every zip member (xlsx/docx), measured in the same run;
(b) one 20,000-row × 10-column xlsx: rows/s and peak RSS of the scanning process and its children;
(c) an incremental re-scan of the unchanged share with ``--db``;
(d) where the time goes: cProfile of an in-process scan of a sample, grouped by stage, and where
    start-up goes (bench/startup.py); a missed target is explained in this run's own figures.

Every scan runs the real CLI in a subprocess (start-up included), as a user would run it.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.share import big_xlsx, describe, ensure_share

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "assetclass.cli.main"]


def floor_read(share: Path) -> float:
    """The floor: read every file, inflate every member of zip packages (xlsx, docx); seconds."""
    started = time.perf_counter()
    for path in sorted(p for p in share.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for info in zf.infolist():
                    zf.read(info)
    return time.perf_counter() - started


def _scan(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run the CLI; wall seconds and peak RSS (KiB) of the largest process in its tree."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:]).returncode\n"
        "dt = time.perf_counter() - t\n"
        "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *CLI, *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        cwd=REPO,
    )
    fields = out.stdout.split()
    if len(fields) != 3 or fields[2] not in ("0", "1"):
        raise RuntimeError(f"scan failed: {out.stderr[-2000:]}")
    return float(fields[0]), int(fields[1])


def _count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(1 for _ in fh)


@dataclass
class Figures:
    machine: str = ""
    date: str = ""
    share: dict[str, Any] = field(default_factory=dict)
    rows: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profile: list[tuple[str, float]] = field(default_factory=list)
    top: list[tuple[str, float, float]] = field(default_factory=list)
    targets: list[tuple[str, str, bool]] = field(default_factory=list)


STAGES = (
    ("extract", "/assetclass/extract/"),
    ("detect", "/assetclass/detect/"),
    ("policy", "/assetclass/policy/"),
    ("labels", "/assetclass/labels/"),
    ("rules", "/assetclass/rules/"),
    ("report", "/assetclass/report/"),
    ("results store", "/assetclass/scan/store.py"),
)


def _stage_of(filename: str) -> str | None:
    for stage, marker in STAGES:
        if marker in filename.replace("\\", "/"):
            return stage
    return None


def profile_sample(
    sample: list[Path],
) -> tuple[list[tuple[str, float]], list[tuple[str, float, float]], float]:
    """cProfile an in-process ``--jobs 1`` scan; inclusive seconds per stage and the top functions.

    A stage's time is the cumulative time of its entry functions: functions of that stage's package
    called from outside the package (so library calls made by a stage count for that stage).
    """
    from assetclass.cli.common import make_engine
    from assetclass.scan import bulk
    from assetclass.scan.bulk import BulkOptions, run_scan

    bulk.IN_PROCESS_FILES = len(sample) + 1  # profile this process: a larger --jobs 1 run uses a worker

    engine = make_engine(None, False, "en")
    with tempfile.TemporaryDirectory() as tmp:
        link_dir = Path(tmp) / "sample"
        link_dir.mkdir()
        for i, path in enumerate(sample):
            shutil.copy(path, link_dir / f"{i:04d}{path.suffix}")
        options = BulkOptions(
            paths=[link_dir], format="jsonl", output=Path(tmp) / "p.jsonl", jobs=1, progress=False
        )
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        run_scan(engine, options)
        profiler.disable()
        total = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    per_stage: dict[str, float] = {}
    for func, (_cc, _nc, _tt, ct, callers) in raw.items():
        stage = _stage_of(func[0])
        if stage is None:
            continue
        if any(_stage_of(caller[0]) == stage for caller in callers):
            continue  # inner call: already inside this stage's entry function
        per_stage[stage] = per_stage.get(stage, 0.0) + ct
    ranked = sorted(raw.items(), key=lambda kv: -kv[1][3])
    top: list[tuple[str, float, float]] = []
    for func, (_cc, _nc, tt, ct, _callers) in ranked:
        name = (
            f"{Path(func[0]).as_posix().split('site-packages/')[-1].split('src/')[-1]}:{func[1]}({func[2]})"
        )
        if "assetclass/" in name or not top:
            top.append((name, ct, tt))
        if len(top) >= 20:
            break
    return sorted(per_stage.items(), key=lambda kv: -kv[1]), top, total


def compile_bytecode() -> None:
    """Compile our sources to bytecode first, as ``pip install`` does for an installed package.

    The editable checkout under ``PYTHONDONTWRITEBYTECODE=1`` has no ``__pycache__``: every CLI
    start and every worker would compile ~300 modules again (~0.35 s each), which no user pays.
    """
    import compileall

    for folder in (REPO / "src", REPO / "plugins"):
        if folder.is_dir():
            compileall.compile_dir(folder, quiet=1)


def run(
    files: int, share_dir: Path, big_rows: int, profile_files: int, repeat: int, cluster_workers: int = 2
) -> Figures:
    figs = Figures()
    compile_bytecode()
    figs.machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    figs.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    share = ensure_share(share_dir, files)
    figs.share = describe(share)
    total_mb = figs.share["bytes"] / 1e6  # type: ignore[operator]
    n_files = int(figs.share["files"])  # type: ignore[call-overload]
    floor_read(share)  # warm the page cache: every measurement below reads from memory
    policy = Path(tempfile.mkdtemp()) / "bench.toml"
    policy.write_text('[scan]\nexclude = ["share.json"]\n', encoding="utf-8")
    common = ["scan", str(share), "--format", "jsonl", "--no-progress", "--policy", str(policy)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        floors, j1, j2, jc = [], [], [], []
        for _ in range(repeat):
            floors.append(floor_read(share))
            j1.append(_scan([*common, "--jobs", "1", "--output", str(out)])[0])
            assert _count_lines(out) == n_files
            j2.append(_scan([*common, "--jobs", "2", "--output", str(out)])[0])
            assert _count_lines(out) == n_files
            if cluster_workers:  # interleaved with the local runs: the machine's load hits all alike
                jc.append(_scan([*common, "--cluster", f"local:{cluster_workers}", "--output", str(out)])[0])
                assert _count_lines(out) == n_files
        floor, t1, t2 = min(floors), min(j1), min(j2)
        tc = min(jc) if jc else None
        figs.rows += [
            (
                "floor: read every file + inflate zip members",
                f"{floor:.2f} s ({n_files / floor:.0f} files/s)",
            ),
            (
                "full scan --jobs 1",
                f"{t1:.2f} s — {n_files / t1:.1f} files/s, {total_mb / t1:.2f} MB/s, {t1 / floor:.1f}× floor",
            ),
            (
                "full scan --jobs 2",
                f"{t2:.2f} s — {n_files / t2:.1f} files/s, {total_mb / t2:.2f} MB/s, {t2 / floor:.1f}× floor",
            ),
        ]
        if tc is not None:
            figs.rows.append(
                (
                    f"full scan --cluster local:{cluster_workers} (Dask LocalCluster start-up included)",
                    f"{tc:.2f} s — {n_files / tc:.1f} files/s, {total_mb / tc:.2f} MB/s, {tc / floor:.1f}× floor",
                )
            )
        # (c) incremental re-scan of the unchanged share
        db = Path(tmp) / "r.db"
        full_db = _scan([*common, "--jobs", "2", "--db", str(db), "--output", str(out)])[0]
        rescan = min(
            _scan([*common, "--jobs", "2", "--db", str(db), "--output", str(out)])[0] for _ in range(repeat)
        )
        assert _count_lines(out) == n_files
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("x\n", encoding="utf-8")
        # best of 5: one start is ~0.25 s, so a single sample is mostly the machine's load
        starts = [
            _scan(["scan", str(tiny), "--jobs", "1", "--format", "jsonl", "--output", str(out)])
            for _ in range(5)
        ]
        startup, base_rss = min(starts)
        parts = startup_breakdown()
        figs.rows += [
            ("first scan with --db (--jobs 2)", f"{full_db:.2f} s"),
            (
                "re-scan of the unchanged share with --db",
                f"{rescan:.2f} s = {100 * rescan / full_db:.1f} % of the full scan",
            ),
            (
                "start-up: the CLI scanning one tiny txt file (best of 5)",
                f"{startup:.2f} s, peak RSS {base_rss / 1024:.0f} MiB (interpreter + all plugins loaded)",
            ),
            (
                "start-up, in one process (`bench/startup.py`, best of 3)",
                f"importing the CLI {parts['import_cli']:.2f} s, loading the plugins {parts['load_plugins']:.2f} s; "
                f"of both, compiling {parts['regex_patterns']:.0f} regular expressions {parts['regex_compile']:.2f} s",
            ),
        ]
    # (b) one big xlsx
    big_rss_mib = 0.0
    if big_rows:
        big = big_xlsx(REPO / "build" / "bench-big", big_rows, 10)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "big.jsonl"
            wall, rss_kib = _scan(["scan", str(big), "--jobs", "1", "--format", "jsonl", "--output", str(out),
                                   "--no-progress"])  # fmt: skip
            line = json.loads(out.read_text(encoding="utf-8"))
        big_rss_mib = rss_kib / 1024
        figs.rows.append(
            (
                f"{big_rows:,}-row × 10-column xlsx ({big.stat().st_size / 1e6:.1f} MB), --jobs 1",
                f"{wall:.2f} s = {big_rows / wall:,.0f} rows/s, peak RSS {rss_kib / 1024:.0f} MiB, "
                f"status {line['status']}, level {line['level']}",
            )
        )
    # (d) profile
    sample = sorted(p for p in share.rglob("*") if p.is_file() and p.name != "share.json")
    step = max(1, len(sample) // max(1, profile_files))
    stages, top, total = profile_sample(sample[::step][:profile_files])
    figs.profile = [("total (in-process, profiled)", total), *stages]
    figs.top = top
    shares = ", ".join(f"{name} {100 * sec / total:.0f} %" for name, sec in stages if sec / total >= 0.01)
    figs.notes.append(f"Share of the profiled time by stage: {shares}.")
    figs.notes += gap_notes(floor, t2, rescan, full_db, startup, parts, t1 / n_files, n_files)
    figs.targets = [
        ("full scan at --jobs 2 within 5× the floor", f"{t2 / floor:.1f}×", t2 / floor <= 5),
        ("re-scan of the unchanged share under 5 % of the full scan", f"{100 * rescan / full_db:.1f} %",
         rescan / full_db < 0.05),
        ("start-up (CLI scanning one tiny file) under 0.3 s", f"{startup:.2f} s", startup < 0.3),
        ("20k-row xlsx under 150 MB RSS", f"{big_rss_mib:.0f} MiB" if big_rows else "not run",
         bool(big_rows) and big_rss_mib * 1.048576 < 150),
    ]  # fmt: skip
    return figs


def startup_breakdown(runs: int = 3) -> dict[str, float]:
    """``bench.startup`` in fresh interpreters: the smallest value of each step over ``runs``."""
    best: dict[str, float] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-m", "bench.startup"], capture_output=True, text=True, check=True, cwd=REPO
        )
        for key, value in json.loads(out.stdout).items():
            best[key] = min(best.get(key, value), value)
    return best


def gap_notes(
    floor: float, t2: float, rescan: float, full_db: float, startup: float, parts: dict[str, float],
    per_file: float, files: int,
) -> list[str]:  # fmt: skip
    """Why a target is missed, in the arithmetic of this run's own measurements."""
    notes = []
    if t2 > 5 * floor:
        budget = 5 * floor * 2 / files  # CPU seconds per file two workers may spend within 5× the floor
        notes.append(
            f"**2 jobs within 5× the floor** would leave two workers {1000 * budget:.1f} ms of CPU per file; "
            f"one process (`--jobs 1`, this run) spends {1000 * per_file:.1f} ms per file, detect first in "
            "the profile above, so the gap is the pipeline's own work per file, not the pool: closing it "
            "means removing work per file (see the top functions), not scheduling it better."
        )
    if rescan > 0.05 * full_db:
        notes.append(
            f"**Re-scan within 5 %** of a {full_db:.2f} s full scan is {0.05 * full_db:.2f} s: less than "
            f"start-up alone ({startup:.2f} s), whose own breakdown is in the table "
            f"({parts['regex_compile']:.2f} s compiling regular expressions when the detectors are "
            "imported); the re-scan spends the rest in the store look-ups and the report lines."
        )
    if startup >= 0.3:
        notes.append(
            f"**Start-up under 0.3 s**: importing the CLI takes {parts['import_cli']:.2f} s and loading "
            f"the plugins {parts['load_plugins']:.2f} s in one process; {parts['regex_compile']:.2f} s of "
            f"that is compiling {parts['regex_patterns']:.0f} patterns (Japanese character classes are "
            "slow to compile), which a scan needs as soon as it reads one file."
        )
    return notes


def render_markdown(figs: Figures, command: str) -> str:
    lines = [
        "# Performance",
        "",
        f"Measured {figs.date} on {figs.machine} (shared machine: read ratios, not seconds).",
        f"Command: `{command}`.",
        "",
        "## The share",
        "",
        f"{figs.share['files']} files, {figs.share['bytes'] / 1e6:.1f} MB, generated by `bench/share.py` "  # type: ignore[operator]
        "from the evaluation corpus families (`corpus.factory.writers`):",
        "",
        "| format | files | mean size (KiB) |",
        "|---|---|---|",
    ]
    for fmt, info in figs.share["by_format"].items():  # type: ignore[attr-defined]
        lines.append(f"| {fmt} | {info['files']} | {info['mean_kib']} |")
    lines += [
        "",
        "## Figures",
        "",
        "The floor is reading every file and inflating every member of the zip packages (xlsx, docx);",
        "PDFs, CSV and text are only read. Scans are whole CLI runs (interpreter start-up, plugin loading",
        "and for `--jobs 2` the worker start-up included) with the output written as JSON Lines.",
        "Our sources are compiled to bytecode first, as `pip install` does (`compile_bytecode`).",
        "",
        "| measurement | result |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in figs.rows],
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        *[f"| {name} | {value} | {'yes' if ok else 'no'} |" for name, value, ok in figs.targets],
        "",
        "## Where the time goes",
        "",
        "cProfile of an in-process (`--jobs 1`) scan of a sample of the share. A stage's time is the",
        "cumulative time of its entry functions (library calls made by the stage count for it).",
        "",
        "| stage | seconds |",
        "|---|---|",
        *[f"| {k} | {v:.2f} |" for k, v in figs.profile],
        "",
        "Top functions by cumulative time:",
        "",
        "| function | cumulative s | own s |",
        "|---|---|---|",
        *[f"| `{name}` | {ct:.2f} | {tt:.2f} |" for name, ct, tt in figs.top],
    ]
    if figs.notes:
        lines += ["", *figs.notes]
    return "\n".join(lines) + "\n"


NOTES_HEADING = "## Optimisations"


def kept_notes(path: Path) -> str:
    """The hand-written section from ``## Optimisations`` to the end of an existing report:
    regenerating the figures must not lose the record of what was changed and why."""
    if not path.is_file():
        return ""
    old = path.read_text(encoding="utf-8")
    at = old.find("\n" + NOTES_HEADING)
    return "" if at < 0 else old[at:].rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description="Benchmark bulk scans.")
    parser.add_argument("--files", type=int, default=1000, help="files in the generated share")
    parser.add_argument("--share", type=Path, default=REPO / "build" / "bench-share")
    parser.add_argument("--big-rows", type=int, default=20_000, help="rows of the big xlsx (0: skip)")
    parser.add_argument("--profile-files", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each full scan (the best counts)")
    parser.add_argument(
        "--cluster-workers", type=int, default=2, help="workers of the --cluster local:N run (0: skip)"
    )
    parser.add_argument("--write", type=Path, help="write the Markdown report here")
    args = parser.parse_args(argv)
    figs = run(args.files, args.share, args.big_rows, args.profile_files, args.repeat, args.cluster_workers)
    command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    text = render_markdown(figs, command.strip())
    if args.write:
        text += kept_notes(args.write)
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
