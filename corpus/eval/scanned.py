"""Accuracy and speed on scanned copies: ``python -m corpus.eval.scanned [--write docs/accuracy.md] [--performance docs/performance.md]``.

Documents of the evaluation corpus's text families (letters, forms, memos, lists, certificates,
and level-1 documents that only talk about personal data) are written as born-digital PDFs by
:mod:`corpus.factory.writers`, rendered with pypdfium2 at 200 or 300 dpi and damaged the way scanners
and fax machines damage pages — a slight skew, sensor noise and specks, JPEG artefacts, an
off-white paper tone, a fax-like 1-bit page at 204×98 dpi — then saved as image-only PDFs (every
page) or PNGs (one-page documents). Each scanned copy keeps the truth of its source. Both sets,
born-digital and scanned, are classified with the public API; the report compares their level
accuracy and gives the OCR speed (pages/s of the scan, seconds per page in Tesseract).

The set is small on purpose (≈ 45 documents, ≈ 60 pages: minutes on 2 cores). Without Tesseract
the command says so and exits 0 (the figures need OCR). Markdown goes between the markers
``<!-- scanned:begin -->`` / ``<!-- scanned:end -->`` of the given files (appended when missing), so
the generators of the rest of those files (corpus.eval.evaluate, bench.run) and this one do not clash.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.eval.context import Ctx
from corpus.eval.evaluate import REPO, FileEval, Report, _md_table, _pct, confidence_floors, file_detail
from corpus.eval.families import check_truth, family
from corpus.factory.people import Population

DEFAULT_OUT = REPO / "build" / "scanned-corpus"
SEED = 20261205
#: families with a PDF writer that are documents people print, sign and scan
FAMILIES = (
    "my_number_form",
    "application_form",
    "medical_certificate",
    "arrears_memo",
    "consultation_record",
    "letter",
    "contact_list",
    "arrears_list",
    "in_header",
    "minutes",
    "arrears_policy",
    "incident_report",
    "health_notice",
    "facility_list",
)
PER_FAMILY = 3
MAX_PAGES = 3  # longer documents are left out: the set must stay quick
BEGIN, END = "<!-- scanned:begin -->", "<!-- scanned:end -->"


@dataclass(frozen=True)
class Damage:
    name: str
    dpi: int
    container: str  # "pdf" (image-only, every page) or "png" (one-page documents only)
    skew: float = 0.0  # max degrees
    noise: float = 0.0  # gaussian sigma
    jpeg: int = 0  # JPEG quality (0: none)
    fax: bool = False
    tone: bool = False


DAMAGES = (
    Damage("300dpi clean", 300, "pdf"),
    Damage("300dpi skew+noise", 300, "png", skew=1.5, noise=18, tone=True),
    Damage("200dpi skew+jpeg", 200, "pdf", skew=1.0, jpeg=35, tone=True),
    Damage("200dpi noise+jpeg", 200, "png", noise=14, jpeg=45),
    Damage("fax 1-bit 204x98", 200, "pdf", skew=0.6, fax=True),
)


def damage(image: Any, d: Damage, rng: random.Random) -> Any:
    """A rendered gray page → what a scanner or fax would have made of it (Pillow only)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    img = image.convert("L")
    if d.tone:  # off-white paper, toner not quite black
        img = img.point(lambda v: int(18 + v * 0.9))
    if d.skew:
        angle = rng.uniform(0.3, d.skew) * rng.choice((-1, 1))
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235 if d.tone else 255)
    if d.noise:
        noise = Image.effect_noise(img.size, d.noise)
        img = ImageChops.add(img, noise, scale=1.0, offset=-128)
        draw = ImageDraw.Draw(img)
        for _ in range(rng.randint(40, 120)):  # dust specks
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            r = rng.choice((1, 1, 2))
            draw.ellipse((x, y, x + r, y + r), fill=rng.randint(0, 90))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
    if d.fax:  # 204×98 dpi: half the vertical resolution, then hard black and white
        w, h = img.size
        img = img.resize((w, h * 98 // 200), Image.Resampling.BILINEAR).resize(
            (w, h), Image.Resampling.NEAREST
        )
        img = img.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    if d.jpeg:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=d.jpeg)
        img = Image.open(io.BytesIO(buf.getvalue()))
        img.load()
    return img


def render_pages(pdf_bytes: bytes, dpi: int) -> list[Any]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def save_scan(pages: list[Any], d: Damage, path: Path) -> None:
    if d.container == "png":
        pages[0].save(path, "PNG", dpi=(d.dpi, d.dpi))
    else:
        first, *rest = pages
        first.save(path, "PDF", resolution=float(d.dpi), save_all=True, append_images=rest)


def generate(out: Path, seed: int = SEED, per_family: int = PER_FAMILY) -> list[dict[str, Any]]:
    """Write ``out/digital/*.pdf`` and ``out/scanned/*`` with one manifest row per file."""
    from corpus.factory.writers import render

    if out.exists():
        shutil.rmtree(out)
    (out / "digital").mkdir(parents=True)
    (out / "scanned").mkdir()
    rows: list[dict[str, Any]] = []
    n = 0
    for fam_name in FAMILIES:
        fam = family(fam_name)
        made = tries = 0
        while made < per_family and tries < per_family * 4:
            doc_seed = f"{seed}:{fam_name}:{tries}"
            tries += 1
            rng = random.Random(doc_seed)
            spec, truth = fam.build(Ctx(rng=rng, pop=Population(rng, "a"), variant="a"), "pdf")
            check_truth(truth)
            data = render(spec, "pdf")
            d = DAMAGES[n % len(DAMAGES)]
            pages = render_pages(data, d.dpi)
            if len(pages) > MAX_PAGES:
                continue
            if d.container == "png" and len(pages) > 1:
                d = next(x for x in DAMAGES if x.container == "pdf" and x.dpi == d.dpi)
            n += 1
            made += 1
            scanned = [damage(p, d, rng) for p in pages]
            stem = f"{n:03d}"
            (out / "digital" / f"{stem}.pdf").write_bytes(data)
            scan_rel = f"scanned/{stem}.{d.container}"
            save_scan(scanned, d, out / scan_rel)
            base = {"family": fam_name, **truth.to_json(), "pages": len(pages), "damage": d.name}
            rows.append(
                {**base, "path": f"digital/{stem}.pdf", "set": "digital", "format": "pdf (born digital)"}
            )
            rows.append({**base, "path": scan_rel, "set": "scanned", "format": f"{d.container} {d.name}"})
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def _scan_one(path: str) -> dict[str, Any]:
    import assetclass

    started = time.perf_counter()
    result = assetclass.scan_path(path)
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
        "ocr": [(p.confidence, p.seconds) for p in result.ocr],
        "uninspectable": result.uninspectable[:3],
    }


@dataclass
class SetFigures:
    report: Report
    wall: float  # seconds for the whole set at --jobs
    pages: int
    ocr_pages: list[tuple[float, float]]  # (confidence, seconds) per page read by OCR


def evaluate_set(out: Path, rows: list[dict[str, Any]], which: str, jobs: int) -> SetFigures:
    chosen = [r for r in rows if r["set"] == which]
    paths = [str(out / r["path"]) for r in chosen]
    started = time.perf_counter()
    if jobs <= 1:
        scanned = [_scan_one(p) for p in paths]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            scanned = list(pool.map(_scan_one, paths, chunksize=2))
    wall = time.perf_counter() - started
    floors = confidence_floors()
    files = []
    for m, s in zip(chosen, scanned, strict=True):
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
                message=s["message"] or "; ".join(s["uninspectable"]) or None,
            )
        )
    report = Report(which, out, files, floors, wall)
    report.types = report.type_figures()
    ocr = [tuple(x) for s in scanned for x in s["ocr"]]
    return SetFigures(report, wall, sum(int(m["pages"]) for m in chosen), ocr)  # type: ignore[arg-type]


def three_rated_low(report: Report) -> list[FileEval]:
    """Level-3 documents rated 1 or left without a level: the target allows none."""
    return [f for f in report.files if f.true_level == 3 and (not f.classified or (f.level or 0) <= 1)]


def render_accuracy(digital: SetFigures, scanned: SetFigures, command: str) -> str:
    out = [
        BEGIN,
        "## Scanned documents (OCR)",
        "",
        f"Generated by `{command}` (`corpus/eval/scanned.py`); do not edit by hand.",
        "The same generated documents as born-digital PDFs and as scanned copies (rendered at 200/300",
        "dpi, skewed, noisy, JPEG-compressed or fax-like 1-bit, saved as image-only PDFs and PNGs),",
        "each copy with the truth of its source. Target on the scanned copies: ≥ 90 % exact levels and",
        "no 機密性3 document rated 1 or left without a level.",
        "",
    ]
    rows = []
    for name, s in (("born digital (PDF with text)", digital), ("scanned (OCR)", scanned)):
        r = s.report
        low = three_rated_low(r)
        rows.append(
            [
                name,
                r.total,
                f"{r.count('exact')} ({_pct(r.count('exact'), r.total)})",
                r.count("under"),
                r.count("over"),
                len(r.unclassified),
                len(low),
            ]
        )
    out += _md_table(["set", "files", "exact", "under", "over", "no level", "L3 rated 1 / no level"], rows)
    out += ["", "### Scanned copies by damage", ""]
    out += _md_table(
        ["damage", "files", "exact", "under", "over", "no level"],
        [
            [k, g["files"], g["exact"], g["under"], g["over"], g["error"]]
            for k, g in scanned.report.by("format").items()
        ],
    )
    out += ["", "### Scanned copies by family", ""]
    out += _md_table(
        ["family", "files", "exact", "under", "over", "no level"],
        [
            [k, g["files"], g["exact"], g["under"], g["over"], g["error"]]
            for k, g in scanned.report.by("family").items()
        ],
    )
    if scanned.ocr_pages:
        confs = sorted(c for c, _ in scanned.ocr_pages)
        out += [
            "",
            f"OCR mean word confidence per page: median {confs[len(confs) // 2]:.2f}, "
            f"lowest {confs[0]:.2f} ({len(confs)} pages).",
        ]
    for name, s in (("born digital", digital), ("scanned", scanned)):
        wrong = s.report.misclassified()
        out += ["", f"### Misclassified ({name}): {len(wrong)}", ""]
        if wrong:
            out.append("```")
            for f in wrong:
                out.extend(file_detail(f, s.report.floors))
            out.append("```")
    out += ["", END]
    return "\n".join(out) + "\n"


def render_performance(scanned: SetFigures, jobs: int, command: str) -> str:
    import platform

    secs = sorted(t for _, t in scanned.ocr_pages)
    total_ocr = sum(secs)
    out = [
        BEGIN,
        "## OCR of scanned documents",
        "",
        f"Generated by `{command}` (`corpus/eval/scanned.py`) on {platform.machine()}, {os.cpu_count()} cores;",
        "do not edit by hand. The scanned copies of the OCR evaluation set, classified end to end",
        f"with the public API in {jobs} worker process(es) (Tesseract {_tesseract_version()} through tesserocr,",
        "languages jpn+jpn_vert, PDF pages rendered at 300 dpi).",
        "",
    ]
    rows = [
        ["files / pages", f"{scanned.report.total} / {scanned.pages}"],
        ["wall time of the set", f"{scanned.wall:.1f} s"],
        [
            "pages/s (whole scan, all workers)",
            f"{scanned.pages / scanned.wall:.2f}" if scanned.wall else "n/a",
        ],
    ]
    if secs:
        rows += [
            ["Tesseract seconds per page: median", f"{secs[len(secs) // 2]:.2f} s"],
            ["Tesseract seconds per page: slowest", f"{secs[-1]:.2f} s"],
            ["pages/s per worker (Tesseract only)", f"{len(secs) / total_ocr:.2f}" if total_ocr else "n/a"],
        ]
    out += _md_table(["measurement", "result"], rows)
    out += ["", END]
    return "\n".join(out) + "\n"


def _tesseract_version() -> str:
    try:
        import tesserocr

        return str(tesserocr.tesseract_version().split()[1])
    except Exception:
        return "?"


def splice(path: Path, section: str) -> None:
    """Put ``section`` between the markers of ``path`` (appended at the end when missing)."""
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        new = head + section.rstrip("\n") + "\n" + (("\n" + tail) if tail else "")
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + section
    path.write_text(new, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.eval.scanned", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--per-family", type=int, default=PER_FAMILY)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--write", type=Path, help="put the accuracy section into this Markdown file")
    parser.add_argument("--performance", type=Path, help="put the OCR speed section into this Markdown file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)

    from assetclass.extract.ocr import OcrSettings, unavailable

    missing = unavailable(OcrSettings())
    if missing is not None:
        print(f"scanned-document evaluation skipped: {missing[0]}", file=sys.stderr)
        return 0
    started = time.perf_counter()
    rows = generate(args.out, SEED, args.per_family)
    print(f"wrote {len(rows)} files to {args.out} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    digital = evaluate_set(args.out, rows, "digital", args.jobs)
    scanned = evaluate_set(args.out, rows, "scanned", args.jobs)
    command = "python -m corpus.eval.scanned " + " ".join(argv if argv is not None else sys.argv[1:])
    accuracy = render_accuracy(digital, scanned, command.strip())
    performance = render_performance(scanned, args.jobs, command.strip())
    print(accuracy)
    print(performance)
    if args.write:
        splice(args.write, accuracy)
    if args.performance:
        splice(args.performance, performance)
    r = scanned.report
    met = r.count("exact") >= 0.9 * r.total and not three_rated_low(r)
    print(
        f"target {'met' if met else 'missed'}: {_pct(r.count('exact'), r.total)} exact, "
        f"{len(three_rated_low(r))} L3 rated 1 or unclassified",
        file=sys.stderr,
    )
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
