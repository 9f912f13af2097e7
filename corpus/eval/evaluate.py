"""Measure classification accuracy on the labelled corpus.

``python -m corpus.eval.evaluate [--corpus DIR] [--write docs/accuracy.md] [--jobs N] [--strict]``

Scans every file of the corpus with the public API (``assetclass.scan_path``) and compares with the
manifest's truth: the 3×3 confusion matrix of levels (plus files that could not be classified),
under-/over-classified counts, the exact-level share, per-type precision and recall, per-family and
per-format figures, and every misclassified file with its reasons, its missed and false finding
types and the locators of the false findings (evidence is masked by the detectors; the corpus is
made up anyway). The held-out corpus (second seed, other name/wording pools, ``--variant b``) is
evaluated too unless ``--no-held-out``, so overfitting to one seed shows.

Real public documents (``ja-public`` under the shared corpora folder, ``$ASSETCLASS_CORPORA`` or
``../shared/corpora``) are evaluated against the reviewed truth in ``corpus/truth/ja_public.tsv``
(unlisted files are public, level 1) when the folder exists, skipped cleanly when it does not:
confusion matrix, precision of the 2/3 verdicts, files rated above and below their reviewed level.

Exit status 0 (it is a report) unless ``--strict``: then 1 when any file is rated below its true
level or could not be classified although its true level is above 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.eval.generate import (
    DEFAULT_PER_FAMILY,
    DEFAULT_SEED,
    HELD_OUT_SEED,
    generate,
    is_stale,
    read_manifest,
)

REPO = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("ASSETCLASS_CORPORA", REPO.parent / "shared" / "corpora"))
JA_PUBLIC = CORPORA / "ja-public"
JA_PUBLIC_TRUTH = REPO / "corpus" / "truth" / "ja_public.tsv"
DEFAULT_CORPUS = REPO / "build" / "eval-corpus"
DEFAULT_HELD_OUT = REPO / "build" / "eval-corpus-b"
DEFAULT_FLOOR = 0.5
#: A hand-written section of docs/accuracy.md kept (with all that follows) when --write rewrites it.
KEEP_SECTION = "\n## Independent red-team set"
#: The hand-written headline (first-contact scores on blind sets) kept at the top on a rewrite: the
#: figure that says how the tool does on documents nobody tuned it on comes before our own corpus.
HEADLINE = ("<!-- headline:begin -->", "<!-- headline:end -->")
LEVELS = (1, 2, 3)


@dataclass(frozen=True)
class Floors:
    """Confidence floors per finding type: a type is "found" in a file at or above its floor."""

    default: float = DEFAULT_FLOOR
    per_type: dict[str, float] = field(default_factory=dict)
    source: str = "default 0.5 (no floor in the policy configuration)"

    def __call__(self, type_: str) -> float:
        return self.per_type.get(type_, self.default)

    def describe(self) -> str:
        special = ", ".join(f"{t} {v}" for t, v in sorted(self.per_type.items()) if v != self.default)
        return f"{self.default}" + (f" ({special})" if special else "") + f" from {self.source}"


def confidence_floors() -> Floors:
    """The policy's floors (``[policy.confidence]`` of the built-in configuration), else 0.5."""
    from assetclass.config import default_config

    table = default_config().get("policy.confidence")
    if isinstance(table, dict):
        numbers = {
            k: float(v) for k, v in table.items() if isinstance(v, int | float) and not isinstance(v, bool)
        }
        default = numbers.pop("default", DEFAULT_FLOOR)
        return Floors(default, numbers, "[policy.confidence]")
    value = default_config().get("policy.min_confidence")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Floors(float(value), {}, "policy.min_confidence")
    return Floors()


# --- scanning ----------------------------------------------------------------------------------
def _scan_one(path: str) -> dict[str, Any]:
    """Scan one file in a worker; return only what the report needs (masked evidence only)."""
    import assetclass

    started = time.perf_counter()
    try:
        result = assetclass.scan_path(path)
    except Exception as exc:  # the API must not raise for bad input: record it as a finding of ours
        return {
            "status": "crash",
            "level": None,
            "findings": [],
            "reasons": [],
            "message": type(exc).__name__,
            "seconds": 0.0,
        }
    return {
        "status": str(result.status),
        "level": result.level,
        "message": result.message_en,
        "findings": [
            {
                "type": f.type,
                "confidence": f.confidence,
                "locator": f.locator,
                "evidence": f.evidence,
                "count": f.count,
            }
            for f in result.findings
        ],
        "reasons": [
            {"rule": r.rule, "level": r.level, "message": r.message_en, "where": r.where[:3]}
            for r in result.reasons
        ],
        "seconds": time.perf_counter() - started,
    }


def scan_all(paths: Sequence[Path], jobs: int) -> list[dict[str, Any]]:
    if jobs <= 1:
        return [_scan_one(str(p)) for p in paths]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_scan_one, [str(p) for p in paths], chunksize=8))


# --- figures -----------------------------------------------------------------------------------
@dataclass
class FileEval:
    path: str
    family: str
    format: str
    placement: str
    true_level: int
    level: int | None
    status: str
    true_types: set[str]
    found_types: set[str]
    findings: list[dict[str, Any]]
    reasons: list[dict[str, Any]]
    message: str | None

    @property
    def classified(self) -> bool:
        return self.status == "ok" and self.level is not None

    @property
    def exact(self) -> bool:
        return self.classified and self.level == self.true_level

    @property
    def under(self) -> bool:
        return self.classified and self.level is not None and self.level < self.true_level

    @property
    def over(self) -> bool:
        return self.classified and self.level is not None and self.level > self.true_level


@dataclass
class Report:
    name: str
    corpus: Path
    files: list[FileEval]
    floors: Floors
    seconds: float
    types: dict[str, dict[str, float]] = field(default_factory=dict)
    real: bool = False  # a set of real documents with reviewed levels only (no per-type truth)
    reviewed: int = 0

    def flagged(self) -> list[FileEval]:
        """Files rated 2 or 3."""
        return [f for f in self.files if f.classified and f.level is not None and f.level >= 2]

    def flagged_precision(self) -> tuple[int, int]:
        """(right, all) of the 2/3 verdicts: a verdict is right when it equals the reviewed level."""
        flagged = self.flagged()
        return sum(1 for f in flagged if f.level == f.true_level), len(flagged)

    @property
    def total(self) -> int:
        return len(self.files)

    def count(self, attr: str) -> int:
        return sum(1 for f in self.files if getattr(f, attr))

    @property
    def unclassified(self) -> list[FileEval]:
        return [f for f in self.files if not f.classified]

    def confusion(self) -> dict[int, Counter[str]]:
        matrix: dict[int, Counter[str]] = {lv: Counter() for lv in LEVELS}
        for f in self.files:
            matrix[f.true_level][str(f.level) if f.classified else "error"] += 1
        return matrix

    def type_figures(self) -> dict[str, dict[str, float]]:
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        for f in self.files:
            for t in f.found_types & f.true_types:
                tp[t] += 1
            for t in f.found_types - f.true_types:
                fp[t] += 1
            for t in f.true_types - f.found_types:
                fn[t] += 1
        out: dict[str, dict[str, float]] = {}
        for t in sorted(set(tp) | set(fp) | set(fn)):
            p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else float("nan")
            r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else float("nan")
            out[t] = {"tp": tp[t], "fp": fp[t], "fn": fn[t], "precision": p, "recall": r}
        return out

    def type_errors(self) -> dict[str, dict[str, Counter[str]]]:
        """Per type, where it was missed or falsely found: ``family/format`` → number of files."""
        out: dict[str, dict[str, Counter[str]]] = defaultdict(
            lambda: {"missed": Counter(), "false": Counter()}
        )
        for f in self.files:
            if not f.classified:
                continue  # an unreadable file misses everything; it is listed on its own
            for t in f.true_types - f.found_types:
                out[t]["missed"][f"{f.family}/{f.format}"] += 1
            for t in f.found_types - f.true_types:
                out[t]["false"][f"{f.family}/{f.format}"] += 1
        return dict(sorted(out.items()))

    def by(self, key: str) -> dict[str, dict[str, int]]:
        groups: dict[str, dict[str, int]] = defaultdict(
            lambda: {"files": 0, "exact": 0, "under": 0, "over": 0, "error": 0}
        )
        for f in self.files:
            g = groups[getattr(f, key)]
            g["files"] += 1
            g["exact"] += f.exact
            g["under"] += f.under
            g["over"] += f.over
            g["error"] += not f.classified
        return dict(sorted(groups.items()))

    def misclassified(self) -> list[FileEval]:
        wrong = [f for f in self.files if not f.exact]
        # worst first: unreadable protected files, then under-classified, then over-classified
        return sorted(wrong, key=lambda f: (not (not f.classified and f.true_level > 1), not f.under, f.path))


def evaluate(corpus: Path, jobs: int, name: str = "main") -> Report:
    manifest = read_manifest(corpus)
    floors = confidence_floors()
    started = time.perf_counter()
    scanned = scan_all([corpus / m["path"] for m in manifest], jobs)
    seconds = time.perf_counter() - started
    files: list[FileEval] = []
    for m, s in zip(manifest, scanned, strict=True):
        found = {f["type"] for f in s["findings"] if f["confidence"] >= floors(f["type"])}
        files.append(
            FileEval(
                path=m["path"],
                family=m["family"],
                format=m["format"],
                placement=m.get("placement", "body"),
                true_level=int(m["level"]),
                level=s["level"],
                status=s["status"],
                true_types=set(m["types"]),
                found_types=found,
                findings=s["findings"],
                reasons=s["reasons"],
                message=s["message"],
            )
        )
    report = Report(name, corpus, files, floors, seconds)
    report.types = report.type_figures()
    return report


def read_truth(path: Path) -> dict[str, int]:
    """Reviewed levels: ``path<TAB>level<TAB>why`` lines (``#`` comments, one header line)."""
    truth: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("path\t"):
            continue
        rel, level, *_ = line.split("\t")
        truth[rel] = int(level)
    return truth


def evaluate_real(folder: Path, truth: dict[str, int], jobs: int, name: str = "ja-public") -> Report:
    """Every file under ``folder`` against its reviewed level (1 where the truth does not list it)."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    floors = confidence_floors()
    started = time.perf_counter()
    scanned = scan_all(paths, jobs)
    seconds = time.perf_counter() - started
    files: list[FileEval] = []
    for p, s in zip(paths, scanned, strict=True):
        rel = p.relative_to(folder).as_posix()
        found = {f["type"] for f in s["findings"] if f["confidence"] >= floors(f["type"])}
        files.append(
            FileEval(
                path=rel,
                family=rel.split("/", 1)[0],
                format=p.suffix.lstrip(".").lower() or "none",
                placement="body",
                true_level=truth.get(rel, 1),
                level=s["level"],
                status=s["status"],
                true_types=set(),  # not reviewed per type: only the level is
                found_types=found,
                findings=s["findings"],
                reasons=s["reasons"],
                message=s["message"],
            )
        )
    report = Report(name, folder, files, floors, seconds, real=True)
    report.reviewed = len(truth)
    return report


# --- output ------------------------------------------------------------------------------------
def _pct(n: float, d: float) -> str:
    return f"{100 * n / d:.1f}%" if d else "n/a"


def _ratio(x: float) -> str:
    return "n/a" if x != x else f"{x:.3f}"  # NaN: the type never occurred nor was found


def shown_evidence(evidence: str) -> str:
    """Evidence as the detector masked it; long digit runs it left open (a public 法人番号 that is
    really a My Number plus a stray digit) are masked here too, so reports never hold one."""
    from assetclass.redact import mask

    digits = sum(ch.isdigit() for ch in evidence)
    return mask(evidence) if digits > 6 else evidence


def file_detail(f: FileEval, floors: Floors) -> list[str]:
    """Why a file is wrong: levels, status, missed/false types with locators, the policy's reasons."""
    got = f"L{f.level}" if f.classified else f"{f.status}"
    lines = [f"{f.path}  [{f.family}/{f.format}, placement={f.placement}]  true L{f.true_level} → {got}"]
    if not f.classified and f.message:
        lines.append(f"    status message: {f.message}")
    missed = sorted(f.true_types - f.found_types)
    false = sorted(f.found_types - f.true_types)
    if missed:
        weak = {t: max((x["confidence"] for x in f.findings if x["type"] == t), default=None) for t in missed}
        shown = ", ".join(
            f"{t} (best conf {c:.2f} < {floors(t)})" if c is not None else t for t, c in weak.items()
        )
        lines.append(f"    missed types: {shown}")
    for t in false:
        hits = [x for x in f.findings if x["type"] == t and x["confidence"] >= floors(t)]
        where = "; ".join(
            f"{x['locator']} '{shown_evidence(x['evidence'])}' ({x['confidence']:.2f})" for x in hits[:3]
        )
        more = f" … +{len(hits) - 3}" if len(hits) > 3 else ""
        lines.append(f"    false type {t}: {where}{more}")
    for r in f.reasons:
        where = ", ".join(r["where"])
        lines.append(
            f"    reason L{r['level']} {r['rule']}: {r['message']}" + (f" @ {where}" if where else "")
        )
    if f.classified and not f.reasons:
        lines.append("    (no reasons given)")
    return lines


def type_error_lines(report: Report) -> list[str]:
    lines: list[str] = []
    for t, kinds in report.type_errors().items():
        for kind in ("missed", "false"):
            if kinds[kind]:
                where = ", ".join(f"{k}×{n}" for k, n in kinds[kind].most_common())
                lines.append(f"  {t} {kind} in: {where}")
    return lines or ["  none"]


def real_summary(report: Report) -> list[str]:
    right, flagged = report.flagged_precision()
    over, under, total = report.count("over"), report.count("under"), report.total
    return [
        f"reviewed files (truth data): {report.reviewed}; the others are public, level 1",
        f"2/3 verdicts:               {flagged}, right {right} (precision {_pct(right, flagged)})"
        + ("" if flagged else ": no file rated 2 or 3"),
        f"rated above truth:          {over}/{total} ({_pct(over, total)})",
        f"rated below truth:          {under}",
        f"not classified:             {len(report.unclassified)} (status error/encrypted/unsupported/skipped)",
    ]


def render_real_text(report: Report, max_files: int | None = None) -> str:
    out = [f"== {report.name}: {report.corpus} ({report.total} files, scanned in {report.seconds:.1f}s) =="]
    out.append("confusion matrix (rows: reviewed level, columns: assigned level)")
    for lv, row in report.confusion().items():
        cells = [row.get(str(c), 0) for c in LEVELS] + [row.get("error", 0)]
        out.append(f"{'L' + str(lv):>14} " + " ".join(f"{c:>6}" for c in cells) + f" {sum(cells):>6}")
    out += real_summary(report)
    wrong = [f for f in report.misclassified() if f.classified]
    out.append(f"files rated off their reviewed level: {len(wrong)}")
    for f in wrong[:max_files] if max_files else wrong:
        out.extend(file_detail(f, report.floors))
    return "\n".join(out)


def render_text(report: Report, max_files: int | None = None) -> str:
    if report.real:
        return render_real_text(report, max_files)
    out: list[str] = []
    total = report.total
    out.append(f"== {report.name}: {report.corpus} ({total} files, scanned in {report.seconds:.1f}s) ==")
    out.append(f"confidence floors for 'found': {report.floors.describe()}")
    out.append("")
    out.append("confusion matrix (rows: true level, columns: assigned level)")
    corner = "true/assigned"
    out.append(f"{corner:>14} {'L1':>6} {'L2':>6} {'L3':>6} {'error':>6} {'total':>6}")
    for lv, row in report.confusion().items():
        cells = [row.get(str(c), 0) for c in LEVELS] + [row.get("error", 0)]
        out.append(f"{'L' + str(lv):>14} " + " ".join(f"{c:>6}" for c in cells) + f" {sum(cells):>6}")
    out.append("")
    exact, under, over = report.count("exact"), report.count("under"), report.count("over")
    out.append(f"exact level:       {exact}/{total} ({_pct(exact, total)})")
    out.append(f"under-classified:  {under}")
    out.append(f"over-classified:   {over}")
    out.append(f"not classified:    {len(report.unclassified)} (status error/encrypted/unsupported/skipped)")
    out.append("")
    out.append(f"{'type':<20} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>5} {'fn':>5}")
    for t, v in report.types.items():
        out.append(
            f"{t:<20} {_ratio(v['precision']):>9} {_ratio(v['recall']):>7} {int(v['tp']):>5} {int(v['fp']):>5} {int(v['fn']):>5}"
        )
    for key in ("family", "format"):
        out.append("")
        out.append(f"{key:<20} {'files':>5} {'exact':>6} {'under':>6} {'over':>5} {'error':>6}")
        for name, g in report.by(key).items():
            out.append(
                f"{name:<20} {g['files']:>5} {g['exact']:>6} {g['under']:>6} {g['over']:>5} {g['error']:>6}"
            )
    out.append("")
    out.append("type errors by family/format (files; unreadable files left out)")
    out.extend(type_error_lines(report))
    wrong = report.misclassified()
    out.append("")
    out.append(f"misclassified files: {len(wrong)}")
    for f in wrong[:max_files] if max_files else wrong:
        out.extend(file_detail(f, report.floors))
    if max_files and len(wrong) > max_files:
        out.append(f"… {len(wrong) - max_files} more (run python -m corpus.eval.evaluate to see all)")
    return "\n".join(out)


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
    return lines


def render_markdown(reports: Sequence[Report], command: str, max_files: int = 40) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = "unknown"
    out = [
        "# Classification accuracy",
        "",
        f"Measured {now} on commit `{commit or 'unknown'}` (plus uncommitted work) with:",
        "",
        f"    {command}",
        "",
        *(["(`make eval` runs exactly this.)", ""] if command.endswith("--write docs/accuracy.md") else []),
        "Generated by `corpus/eval/evaluate.py`; do not edit by hand. How the corpus is built and how to read",
        "these figures: [evaluation.md](evaluation.md). Target: no file below its true level, ≥ 97% exact.",
        "",
        "## Summary",
        "",
    ]
    out += _md_table(
        ["corpus", "files", "exact", "under", "over", "not classified", "scan time"],
        [
            [
                f"{r.name} (`{r.corpus.relative_to(REPO) if r.corpus.is_relative_to(REPO) else r.corpus.name}`)",
                r.total,
                f"{r.count('exact')} ({_pct(r.count('exact'), r.total)})",
                r.count("under"),
                r.count("over"),
                len(r.unclassified),
                f"{r.seconds:.1f} s",
            ]
            for r in reports
        ],
    )
    for r in reports:
        if r.real:
            out += _real_markdown(r, max_files)
            continue
        out += [
            "",
            f"## {r.name}",
            "",
            f"Confidence floors for a type to count as found: {r.floors.describe()}.",
            "",
        ]
        out += ["### Confusion matrix (rows: true level, columns: assigned)", ""]
        out += _md_table(
            ["true \\ assigned", "L1", "L2", "L3", "not classified", "total"],
            [
                [f"L{lv}", *[row.get(str(c), 0) for c in LEVELS], row.get("error", 0), sum(row.values())]
                for lv, row in r.confusion().items()
            ],
        )
        out += ["", "### Finding types (per file: a type is found or not)", ""]
        out += _md_table(
            ["type", "precision", "recall", "tp", "fp", "fn"],
            [
                [t, _ratio(v["precision"]), _ratio(v["recall"]), int(v["tp"]), int(v["fp"]), int(v["fn"])]
                for t, v in r.types.items()
            ],
        )
        for key in ("family", "format"):
            out += ["", f"### By {key}", ""]
            out += _md_table(
                [key, "files", "exact", "under", "over", "not classified"],
                [
                    [k, g["files"], g["exact"], g["under"], g["over"], g["error"]]
                    for k, g in r.by(key).items()
                ],
            )
        out += ["", "### Type errors by family/format (files)", "", "```", *type_error_lines(r), "```"]
        wrong = r.misclassified()
        out += ["", f"### Misclassified files ({len(wrong)})", ""]
        if wrong:
            out.append("```")
            for f in wrong[:max_files]:
                out.extend(file_detail(f, r.floors))
            if len(wrong) > max_files:
                out.append(f"… {len(wrong) - max_files} more: run the command above to see all")
            out.append("```")
    return "\n".join(out) + "\n"


def _real_markdown(r: Report, max_files: int) -> list[str]:
    out = [
        "",
        f"## {r.name} (real public documents)",
        "",
        "Real public Japanese files (city open data, registers, lists) against the levels reviewed by",
        "hand in `corpus/truth/ja_public.tsv`; files not listed there are published and level 1.",
        "The figures before entity typing and word boundaries (first contact) are in",
        "[evaluation.md](evaluation.md#real-public-documents-ja-public).",
        "",
        "```",
        *real_summary(r),
        "```",
        "",
        "### Confusion matrix (rows: reviewed level, columns: assigned)",
        "",
    ]
    out += _md_table(
        ["reviewed \\ assigned", "L1", "L2", "L3", "not classified", "total"],
        [
            [f"L{lv}", *[row.get(str(c), 0) for c in LEVELS], row.get("error", 0), sum(row.values())]
            for lv, row in r.confusion().items()
        ],
    )
    out += ["", "### By folder", ""]
    out += _md_table(
        ["folder", "files", "exact", "under", "over", "not classified"],
        [[k, g["files"], g["exact"], g["under"], g["over"], g["error"]] for k, g in r.by("family").items()],
    )
    wrong = [f for f in r.misclassified() if f.classified]
    out += ["", f"### Files rated off their reviewed level ({len(wrong)})", ""]
    if wrong:
        out.append("```")
        for f in wrong[:max_files]:
            out.extend(file_detail(f, r.floors))
        out.append("```")
    return out


def write_json(reports: Sequence[Report], path: Path) -> None:
    """One line per file: truth, outcome and the types missed/falsely found (no evidence)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in reports:
            for f in r.files:
                row = {
                    "corpus": r.name,
                    "path": f.path,
                    "family": f.family,
                    "format": f.format,
                    "true_level": f.true_level,
                    "level": f.level,
                    "status": f.status,
                    "missed": sorted(f.true_types - f.found_types),
                    "false": sorted(f.found_types - f.true_types),
                    "rules": [x["rule"] for x in f.reasons],
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# --- command -----------------------------------------------------------------------------------
def ensure_corpus(path: Path, seed: int, per_family: int, variant: str, explicit: bool) -> None:
    """Generate the corpus when missing, or when stale (default locations only: a given dir is kept)."""
    if (path / "manifest.jsonl").is_file() and (explicit or not is_stale(path, seed, per_family, variant)):
        return
    print(f"generating corpus {path} (seed {seed}, variant {variant}) …", file=sys.stderr)
    generate(path, seed, per_family, variant)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.eval.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--corpus", type=Path, help=f"corpus directory (default {DEFAULT_CORPUS.relative_to(REPO)})"
    )
    parser.add_argument(
        "--held-out", type=Path, help=f"held-out corpus (default {DEFAULT_HELD_OUT.relative_to(REPO)})"
    )
    parser.add_argument("--no-held-out", action="store_true", help="evaluate the main corpus only")
    parser.add_argument(
        "--ja-public",
        type=Path,
        help=f"real public documents to evaluate against {JA_PUBLIC_TRUTH.relative_to(REPO)} "
        f"(default {JA_PUBLIC} when it exists and --corpus is not given)",
    )
    parser.add_argument("--no-ja-public", action="store_true", help="skip the real public documents")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-family", type=int, default=DEFAULT_PER_FAMILY)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--write", type=Path, help="write the figures as Markdown (docs/accuracy.md)")
    parser.add_argument(
        "--max-files", type=int, default=0, help="list at most N misclassified files (0: all)"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 on any under-classified file")
    parser.add_argument(
        "--json", type=Path, help="write per-file results as JSON Lines (for diffs between runs)"
    )
    args = parser.parse_args(argv)

    corpus = args.corpus or DEFAULT_CORPUS
    ensure_corpus(corpus, args.seed, args.per_family, "a", explicit=args.corpus is not None)
    reports = [evaluate(corpus, args.jobs, "main (variant a)")]
    if not args.no_held_out:
        held = args.held_out or DEFAULT_HELD_OUT
        ensure_corpus(held, HELD_OUT_SEED, args.per_family, "b", explicit=args.held_out is not None)
        reports.append(evaluate(held, args.jobs, "held-out (variant b)"))
    real = args.ja_public or (JA_PUBLIC if args.corpus is None else None)
    if real is not None and not args.no_ja_public:
        if real.is_dir():
            reports.append(evaluate_real(real, read_truth(JA_PUBLIC_TRUTH), args.jobs))
        else:
            print(f"ja-public: {real} is absent, skipped", file=sys.stderr)
    for r in reports:
        print(render_text(r, args.max_files or None))
        print()
    if args.write:
        command = "python -m corpus.eval.evaluate " + " ".join(argv if argv is not None else sys.argv[1:])
        args.write.parent.mkdir(parents=True, exist_ok=True)
        markdown = render_markdown(reports, command.strip())
        # hand-written sections after the generated figures (the red-team set) survive a rewrite
        old = args.write.read_text(encoding="utf-8") if args.write.is_file() else ""
        if KEEP_SECTION in old:
            markdown = markdown.rstrip("\n") + "\n" + old[old.index(KEEP_SECTION) :]
        begin, end = HEADLINE
        if begin in old and end in old:
            headline = old[old.index(begin) : old.index(end) + len(end)]
            title, _, rest = markdown.partition("\n\n")
            markdown = f"{title}\n\n{headline}\n\n{rest}"
        args.write.write_text(markdown, encoding="utf-8")
        print(f"wrote {args.write}")
    if args.json:
        write_json(reports, args.json)
    if args.strict:
        bad = sum(r.count("under") + sum(1 for f in r.unclassified if f.true_level > 1) for r in reports)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
