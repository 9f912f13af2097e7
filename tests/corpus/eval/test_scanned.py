"""corpus.eval.scanned: damaged page images and the delimited report sections (OCR itself is tested in
tests/extract/test_ocr.py; the evaluation is run by `make eval`)."""

from __future__ import annotations

import random
from pathlib import Path

from corpus.eval.scanned import BEGIN, DAMAGES, END, damage, splice


def test_damage_keeps_the_page_size_and_makes_fax_pages_one_bit() -> None:
    from PIL import Image, ImageDraw

    page = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(page).rectangle((100, 100, 500, 140), fill=0)
    for d in DAMAGES:
        out = damage(page, d, random.Random(1))
        assert out.size == page.size
        assert out.mode == ("1" if d.fax else "L")
        # still a page with dark text on light paper
        assert out.convert("L").getpixel((300, 120)) < 128 < out.convert("L").getpixel((300, 400))


def test_splice_replaces_only_its_own_section(tmp_path: Path) -> None:
    doc = tmp_path / "accuracy.md"
    doc.write_text("# Accuracy\n\nfigures of others\n", encoding="utf-8")
    splice(doc, f"{BEGIN}\none\n{END}\n")
    splice(doc, f"{BEGIN}\ntwo\n{END}\n")
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Accuracy\n\nfigures of others\n")
    assert "two" in text and "one" not in text and text.count(BEGIN) == 1
