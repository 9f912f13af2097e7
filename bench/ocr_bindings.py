"""tesserocr vs pytesseract on generated Japanese pages: ``python -m bench.ocr_bindings [--pages N]``.

Pages are born-digital PDFs of the evaluation corpus's text families (:mod:`corpus.eval.scanned`),
rendered at 300 dpi in gray, once clean and once damaged (skew, noise, JPEG). Both bindings read
every page with the same settings (``jpn+jpn_vert``, one-column layout, PSM 4); Tesseract runs on
one thread (``OMP_THREAD_LIMIT=1``) in both. Accuracy is the similarity of the OCR text to the
PDF's own text layer with all whitespace removed (difflib ratio, 1.0 = identical). Used once to
choose the binding (docs/decisions/ocr.md); pytesseract is not a dependency (pip install it to run).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from difflib import SequenceMatcher
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

_WS = re.compile(r"\s+")


def pages(n: int) -> list[tuple[str, Any, str]]:
    """(kind, image, reference text) for n source pages, each clean and damaged."""
    import pypdfium2 as pdfium
    from corpus.eval.context import Ctx
    from corpus.eval.families import family
    from corpus.eval.scanned import DAMAGES, FAMILIES, damage
    from corpus.factory.people import Population
    from corpus.factory.writers import render

    out: list[tuple[str, Any, str]] = []
    i = 0
    while len(out) < 2 * n:
        fam = family(FAMILIES[i % len(FAMILIES)])
        rng = random.Random(f"bindings:{i}")
        spec, _ = fam.build(Ctx(rng=rng, pop=Population(rng, "a"), variant="a"), "pdf")
        pdf = pdfium.PdfDocument(render(spec, "pdf"))
        page = pdf[0]
        ref = page.get_textpage().get_text_bounded()
        img = page.render(scale=300 / 72, grayscale=True).to_pil()
        pdf.close()
        out.append(("clean", img, ref))
        out.append(("damaged", damage(img, DAMAGES[1], rng), ref))
        i += 1
    return out


def similarity(text: str, ref: str) -> float:
    return SequenceMatcher(None, _WS.sub("", text), _WS.sub("", ref), autojunk=False).ratio()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_bindings", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10, help="source pages (each read clean and damaged)")
    args = parser.parse_args(argv)
    import pytesseract
    import tesserocr

    from assetclass.extract.ocr import OcrSettings, tessdata_dir

    folder = tessdata_dir(OcrSettings())
    if folder is None:
        print("Tesseract language data not found", file=sys.stderr)
        return 1
    work = pages(args.pages)
    results: dict[str, dict[str, list[float]]] = {}

    def record(binding: str, kind: str, seconds: float, sim: float) -> None:
        r = results.setdefault(f"{binding} / {kind}", {"seconds": [], "similarity": []})
        r["seconds"].append(seconds)
        r["similarity"].append(sim)

    started = time.perf_counter()
    api = tesserocr.PyTessBaseAPI(path=folder + "/", lang="jpn+jpn_vert", psm=tesserocr.PSM.SINGLE_COLUMN)
    init = time.perf_counter() - started
    for kind, img, ref in work:
        t = time.perf_counter()
        api.SetImage(img)
        text = api.GetUTF8Text()
        record("tesserocr", kind, time.perf_counter() - t, similarity(text, ref))
    api.End()
    env_prefix = os.environ.get("TESSDATA_PREFIX")
    os.environ["TESSDATA_PREFIX"] = folder
    for kind, img, ref in work:
        t = time.perf_counter()
        text = pytesseract.image_to_string(img, lang="jpn+jpn_vert", config="--psm 4")
        record("pytesseract", kind, time.perf_counter() - t, similarity(text, ref))
    if env_prefix is None:
        del os.environ["TESSDATA_PREFIX"]
    print(
        f"tesserocr {tesserocr.tesseract_version().split()[1]} (wheel), tesseract CLI "
        f"{pytesseract.get_tesseract_version()} (system); tesserocr init {init:.2f} s once per process"
    )
    print(
        f"{'binding / pages':<24} {'pages':>5} {'s/page median':>14} {'s/page mean':>12} {'similarity':>10}"
    )
    for key, r in results.items():
        print(
            f"{key:<24} {len(r['seconds']):>5} {statistics.median(r['seconds']):>14.2f} "
            f"{statistics.mean(r['seconds']):>12.2f} {statistics.mean(r['similarity']):>10.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
