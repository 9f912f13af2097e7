"""Scanned documents: image-only PDFs and image files read by OCR (Tesseract through tesserocr).

Page images are drawn at test time with Pillow and a Noto CJK font. Tests that need Tesseract
skip with the reason when it (or its Japanese data) is not installed; the no-OCR path is tested
by pointing the configuration at a folder without language data, as a machine without
Tesseract looks to assetclass.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from corpus.factory.numbers import my_number_from as my_number

import assetclass
from assetclass.cli.main import main
from assetclass.config import default_config
from assetclass.extract.ocr import OcrSettings, unavailable
from assetclass.extract.ocr_repair import repair
from assetclass.formats.sniff import sniff

FONT_PATHS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
)
FONT = next((p for p in FONT_PATHS if Path(p).is_file()), None)
MISSING = unavailable(OcrSettings())
needs_ocr = pytest.mark.skipif(
    MISSING is not None or FONT is None,
    reason=f"OCR tests need Tesseract with Japanese data and a Noto CJK font: {MISSING[0] if MISSING else 'font missing'}",
)


VALID = my_number("43210987654")
INVALID = VALID[:-1] + str((int(VALID[-1]) + 1) % 10)


def page(lines: list[str], size: tuple[int, int] = (1400, 900), vertical: bool = False) -> Any:
    """A white page with black text, as a 300-dpi scan of a form looks to OCR."""
    from PIL import Image, ImageDraw, ImageFont

    assert FONT is not None
    font = ImageFont.truetype(FONT, 40)
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    if vertical:  # columns right to left, characters top to bottom
        x = size[0] - 120
        for line in lines:
            for i, ch in enumerate(line):
                draw.text((x, 80 + i * 48), ch, font=font, fill=0)
            x -= 90
    else:
        for i, line in enumerate(lines):
            draw.text((80, 80 + i * 70), line, font=font, fill=0)
    return img


def grouped(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


FORM = [
    "個人番号カード交付申請書",
    "氏名 佐藤 花子",
    f"個人番号 {grouped(VALID)}",
    "住所 岩手県釜石市只越町3-9-13",
]


def to_bytes(img: Any, fmt: str, **kw: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


# --- without Tesseract (always run) ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("個人番号 O58O一2879一7O34", "個人番号 0580-2879-7034"),  # O→0, 一 between digits → -
        ("電話 0l93-27-84ll", "電話 0193-27-8411"),  # l→1
        ("TEL 080--1105-7588", "TEL 080-1105-7588"),  # a hyphen read twice
        ("番号 1234 56 78 9018", "番号 1234 5678 9018"),  # a 12-digit run in odd groups
        ("Office 2024 ID l23", "Office 2024 ID l23"),  # words and short runs stay
        ("二〇二四年 l 山田", "二〇二四年 l 山田"),  # kanji numerals, a stray letter stay
    ],
)
def test_repair_of_digit_runs(text: str, expected: str) -> None:
    assert repair(text) == expected


def test_images_are_sniffed_by_magic_bytes() -> None:
    from PIL import Image

    img = Image.new("L", (8, 8), 255)
    assert sniff("a.bin", to_bytes(img, "PNG")) == "png"
    assert sniff("a.bin", to_bytes(img, "JPEG")) == "jpeg"
    assert sniff("a.bin", to_bytes(img, "TIFF")) == "tiff"
    assert sniff("scan.jpg", b"") == "jpeg"


@pytest.mark.skipif(FONT is None, reason="needs a Noto CJK font to draw the page")
def test_without_tesseract_no_level_and_how_to_enable(tmp_path: Path) -> None:
    """No language data (as on a machine without Tesseract): level null, AC105, the how-to."""
    config = default_config().with_overrides({"scan": {"ocr": {"tessdata": str(tmp_path)}}})
    img = page(FORM)
    for name, data in (
        ("scan.png", to_bytes(img, "PNG")),
        ("scan.pdf", to_bytes(img, "PDF", resolution=300.0)),
    ):
        result = assetclass.scan_bytes(data, name, config=config)
        assert result.status == "ok"
        assert result.level is None, name
        assert result.ocr == []
        assert any(v.code == "AC105" for v in result.violations)
        assert "tesseract-ocr-jpn" in (result.message_en or "")
        assert "apt-get install tesseract-ocr" in result.uninspectable[0]


def test_missing_binding_is_reported_with_the_way_to_enable(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "tesserocr", None)  # as if tesserocr were not installed
    missing = unavailable(OcrSettings())
    assert missing is not None
    assert "tesserocr missing" in missing[0] and "pip install 'assetclass[ocr]'" in missing[0]
    assert "tesserocr がありません" in missing[1]
    off = unavailable(OcrSettings(enabled=False))
    assert off is not None and "scan.ocr.enabled = false" in off[0]


def test_tiny_images_are_not_documents() -> None:
    from PIL import Image

    result = assetclass.scan_bytes(to_bytes(Image.new("L", (32, 32), 255), "PNG"), "icon.png")
    assert result.status == "ok" and result.level == 1 and result.ocr == []


def test_broken_image_is_an_error_not_a_crash() -> None:
    result = assetclass.scan_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "broken.png")
    assert result.status == "error" and "png" in (result.message_en or "")


# --- with Tesseract ---------------------------------------------------------------------------------
@needs_ocr
def test_image_only_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    pdf = to_bytes(page(FORM), "PDF", resolution=300.0)
    result = assetclass.scan_bytes(pdf, "申請書.pdf")
    assert result.level == 3
    assert result.reasons[0].rule == "my_number"
    assert "OCR" in result.reasons[0].message_en and "OCR" in result.reasons[0].message_ja
    assert len(result.ocr) == 1 and result.ocr[0].page == 1 and result.ocr[0].confidence > 0.7
    mn = [f for f in result.findings if f.type == "my_number"]
    # confidence lowered for OCR text (the detector gives 0.9 next to 個人番号 in born-digital text)
    assert mn and all(f.confidence < 0.9 for f in mn)
    assert not any(VALID in json.dumps(result.to_json(), ensure_ascii=False) for _ in [0])
    schema = json.loads((Path(assetclass.__file__).parent / "data" / "result.schema.json").read_text())
    jsonschema.validate(result.to_json(), schema)
    assert result.to_json()["ocr"][0]["page"] == 1


@needs_ocr
def test_multipage_tiff_turned_and_vertical_pages_and_page_cap() -> None:
    """Page 1 is turned a quarter (osd), page 2 is vertical text (jpn_vert); a cap of 2 pages
    leaves page 3 not inspectable."""
    upright = page(FORM)
    vertical = page(["滞納者 佐藤花子様", "未納の保育料を督促します"], size=(900, 1300), vertical=True)
    blank = page(["三ページ目"])
    data = to_bytes(upright.rotate(90, expand=True), "TIFF", save_all=True, append_images=[vertical, blank])
    config = default_config().with_overrides({"scan": {"ocr": {"max_pages": 2}}})
    result = assetclass.scan_bytes(data, "scan.tif", config=config)
    assert result.format == "tiff" and result.level == 3
    assert [p.page for p in result.ocr] == [1, 2]
    assert result.ocr[0].rotation in (90, 270)
    assert any(f.type == "my_number" and f.locator.startswith("page 1") for f in result.findings)
    assert any(f.type == "arrears" and f.locator.startswith("page 2") for f in result.findings)
    assert any("page 3" in u and "max_pages" in u for u in result.uninspectable)
    assert any(v.code == "AC105" for v in result.violations)


@needs_ocr
def test_my_number_failing_only_its_check_digit_is_a_file_to_review() -> None:
    img = page(["届出書", "氏名 佐藤 花子", f"個人番号 {grouped(INVALID)}"])
    result = assetclass.scan_bytes(to_bytes(img, "PNG"), "届出書.png")
    assert result.level == 3
    review = [r for r in result.reasons if r.rule == "ocr_my_number_unverified"]
    assert review and "review" in review[0].message_en and "要確認" in review[0].message_ja
    assert not any(f.type == "my_number" for f in result.findings)
    # and the file is in the review queue with a stable code, not only a sentence in the reason
    assert result.review and "ocr_unverified_my_number" in {r.code for r in result.review}
    # the same number in born-digital text is not a My Number at all
    text = "\n".join(["届出書", "氏名 佐藤 花子", f"個人番号 {grouped(INVALID)}"]).encode()
    assert assetclass.scan_bytes(text, "届出書.txt").level != 3


@needs_ocr
def test_explain_shows_ocr_confidence_per_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(to_bytes(page(FORM), "PNG"))
    main(["explain", str(path), "--lang", "en"])
    out = capsys.readouterr().out
    assert "OCR (pages read from scanned images):" in out
    assert "page 1: confidence 0." in out
    assert VALID not in out and grouped(VALID) not in out


@needs_ocr
def test_per_page_time_limit_keeps_the_page_listed() -> None:
    config = default_config().with_overrides({"scan": {"ocr": {"seconds_per_page": 0.001}}})
    result = assetclass.scan_bytes(to_bytes(page(FORM), "PNG"), "scan.png", config=config)
    assert result.status == "ok"
    assert [p.page for p in result.ocr] == [1] and result.ocr[0].note is not None
    assert "time limit" in result.ocr[0].note
    assert any("time limit" in u for u in result.uninspectable)
    assert any(v.code == "AC105" for v in result.violations)
