"""OCR of page images with Tesseract (through tesserocr, in-process): text plus a mean confidence.

Used by the PDF extractor for pages without a text layer and by the image extractor. One
Tesseract instance per process and language set is kept (loading ``jpn`` takes ~0.1 s; a scan
reads many pages); worker processes each get their own. A page is read once with the configured
languages (``jpn+jpn_vert`` reads horizontal and vertical text); when that reading is poor, the
page's orientation is detected (``osd``) and a turned page is read again, the better reading kept.

Where Tesseract's language data or tesserocr is missing, :func:`unavailable` says why and how to
enable OCR; callers then record the page as not inspectable, as before OCR existed.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Document, OcrPage, Region, TextBlock
from .ocr_repair import repair

if TYPE_CHECKING:
    from PIL.Image import Image

    from ..interfaces import ExtractContext

#: Where Debian/Ubuntu, Fedora, Homebrew and source builds put the language data.
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)
HOW_TO_ENABLE_EN = (
    "install Tesseract with Japanese data (Debian/Ubuntu: apt-get install tesseract-ocr "
    "tesseract-ocr-jpn tesseract-ocr-jpn-vert tesseract-ocr-osd, as scripts/install-system-deps.sh "
    "does) and pip install 'assetclass[ocr]' (tesserocr)"
)
HOW_TO_ENABLE_JA = (
    "日本語データ付きの Tesseract（Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-jpn "
    "tesseract-ocr-jpn-vert tesseract-ocr-osd。scripts/install-system-deps.sh が入れます）と "
    "pip install 'assetclass[ocr]'（tesserocr）を入れると OCR で読み取ります"
)


#: Mean word confidence below which a page's reading counts as unreadable (noted as such).
UNREADABLE = 0.3
#: A page reading with fewer characters than this is tried again another way (a page turned a
#: quarter is often read as a few confident marks).
MIN_CHARS = 20
#: Largest bitmap a PDF page is rendered to (A4 at 300 dpi is 8.7 million pixels, A3 17.4).
MAX_PIXELS = 25_000_000


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """``[scan.ocr]`` of the configuration (see data/scan.toml for each key's meaning)."""

    enabled: bool = True
    languages: str = "jpn+jpn_vert"
    dpi: int = 300
    max_pages: int = 20
    seconds_per_page: float = 60.0
    osd: bool = True
    retry_below: float = 0.8
    min_image_side: int = 200
    confidence_weight: float = 0.25
    tessdata: str = ""

    @classmethod
    def from_context(cls, context: ExtractContext | None) -> OcrSettings:
        raw = context.config.get("scan.ocr", {}) if context is not None and context.config else {}
        if not isinstance(raw, dict):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True, slots=True)
class Reading:
    text: str
    confidence: float  # 0..1
    rotation: int
    seconds: float
    timed_out: bool = False


def tessdata_dir(settings: OcrSettings) -> str | None:
    """The folder holding the configured languages' ``*.traineddata``, or None."""
    wanted = [lang for lang in settings.languages.split("+") if lang]
    candidates = [settings.tessdata] if settings.tessdata else []
    if not settings.tessdata:
        prefix = os.environ.get("TESSDATA_PREFIX", "")
        if prefix:
            candidates += [prefix, str(Path(prefix) / "tessdata")]
        candidates += list(TESSDATA_DIRS)
    for folder in candidates:
        if folder and all((Path(folder) / f"{lang}.traineddata").is_file() for lang in wanted):
            return folder
    return None


def unavailable(settings: OcrSettings) -> tuple[str, str] | None:
    """Why OCR cannot run, as (English, Japanese) with how to enable it; None when it can."""
    if not settings.enabled:
        return (
            "OCR is switched off (scan.ocr.enabled = false)",
            "OCR は無効に設定されています（scan.ocr.enabled = false）",
        )
    try:
        import tesserocr  # noqa: F401
    except (ImportError, OSError):  # not installed, or its bundled library cannot be loaded
        return (
            f"OCR is not available (tesserocr missing): {HOW_TO_ENABLE_EN}",
            f"OCR が使えません（tesserocr がありません）: {HOW_TO_ENABLE_JA}",
        )
    if tessdata_dir(settings) is None:
        langs = settings.languages
        return (
            f"OCR is not available (no Tesseract language data for {langs}): {HOW_TO_ENABLE_EN}",
            f"OCR が使えません（Tesseract の言語データ {langs} がありません）: {HOW_TO_ENABLE_JA}",
        )
    return None


_APIS: dict[tuple[str, str, int], Any] = {}


def _api(folder: str, lang: str, psm: int) -> Any:
    """One Tesseract instance per process and (data, languages, mode): loading costs ~0.1 s."""
    key = (folder, lang, psm)
    api = _APIS.get(key)
    if api is None:
        from tesserocr import PyTessBaseAPI

        api = _APIS[key] = PyTessBaseAPI(path=folder.rstrip("/") + "/", lang=lang, psm=psm)
    return api


def _read(
    image: Image, folder: str, settings: OcrSettings, psm: int, deadline: float
) -> tuple[str, float, bool]:
    api = _api(folder, settings.languages, psm)
    api.SetImage(image)
    budget = max(1, int((deadline - time.monotonic()) * 1000))
    finished = api.Recognize(timeout=budget)  # False: stopped by the time limit, partial text kept
    return api.GetUTF8Text() or "", max(0.0, api.MeanTextConf() / 100), not finished


def _orientation(image: Image, folder: str) -> int:
    """Degrees (counter-clockwise) to turn the page so its text stands upright; 0 when unsure."""
    from tesserocr import PSM

    if not (Path(folder) / "osd.traineddata").is_file():
        return 0
    api = _api(folder, "osd", PSM.OSD_ONLY)
    api.SetImage(image)
    try:
        found = api.DetectOrientationScript()
    except RuntimeError:  # too little text to decide
        return 0
    if not found or float(found.get("orient_conf", 0.0)) < 1.0:
        return 0
    return int(found.get("orient_deg", 0)) % 360


def recognize(image: Image, settings: OcrSettings) -> Reading:
    """Read one page image (any mode; read as 8-bit gray). Raises nothing for a blank page.

    Readings, until one reaches ``retry_below``: as one column (table rows stay rows), with
    Tesseract's own layout analysis (vertical text, several columns), denoised (a 3×3 median
    removes scanner noise and specks), and finally turned by the detected orientation. The
    reading with the highest mean word confidence is kept.
    """
    from PIL import ImageFilter
    from tesserocr import PSM

    folder = tessdata_dir(settings)
    if folder is None:
        raise RuntimeError("OCR is not available")
    started = time.monotonic()
    deadline = started + settings.seconds_per_page
    gray = image if image.mode == "L" else image.convert("L")
    variants: dict[bool, Image] = {False: gray}

    def variant(denoise: bool) -> Image:
        if denoise not in variants:
            variants[denoise] = gray.filter(ImageFilter.MedianFilter(3))
        return variants[denoise]

    def good(reading: tuple[str, float, bool, int, bool, int]) -> bool:
        # a confident reading of a few marks (a table ruling read as "|") is no reading of the page
        return reading[1] >= settings.retry_below and len(reading[0].strip()) >= MIN_CHARS

    def better(
        a: tuple[str, float, bool, int, bool, int], b: tuple[str, float, bool, int, bool, int]
    ) -> bool:
        return (len(a[0].strip()) >= MIN_CHARS, a[1]) > (len(b[0].strip()) >= MIN_CHARS, b[1])

    best: tuple[str, float, bool, int, bool, int] | None = None  # text, conf, timed out, psm, denoise, turn
    for psm, denoise in ((PSM.SINGLE_COLUMN, False), (PSM.AUTO, False), (PSM.SINGLE_COLUMN, True)):
        if best is not None and (good(best) or best[2] or time.monotonic() >= deadline):
            break
        text, conf, timed_out = _read(variant(denoise), folder, settings, psm, deadline)
        if best is None or better((text, conf, timed_out, psm, denoise, 0), best):
            best = (text, conf, timed_out, psm, denoise, 0)
    assert best is not None
    if settings.osd and not good(best) and not best[2] and time.monotonic() < deadline:
        turn = _orientation(gray, folder)
        if turn:
            turned = variant(best[4]).rotate(turn, expand=True, fillcolor=255)
            text, conf, timed_out = _read(turned, folder, settings, best[3], deadline)
            if better((text, conf, timed_out, best[3], best[4], turn), best):
                best = (text, conf, timed_out, best[3], best[4], turn)
    return Reading(best[0], best[1], best[5], time.monotonic() - started, best[2])


#: a table's ruling read as a character: a bar standing alone between spaces, or at a line's ends
_RULE = re.compile(r"(?:(?<=[ \t\u3000])|^)[|｜丨](?=[ \t\u3000]|$)", re.MULTILINE)
_GAP = re.compile(r"[ \t\u3000]{2,}")


def _tidy(text: str) -> str:
    """Tesseract's page text → the shape pypdfium2 gives a PDF page: table rulings read as ``|``
    dropped, the wide gaps between table cells one space, no blank lines between paragraphs."""
    text = _RULE.sub(" ", text.replace("\r", ""))
    lines = (_GAP.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def blocked(number: int, document: Document, settings: OcrSettings) -> bool:
    """True (with a not-inspectable note saying why) when page ``number`` cannot be read by OCR:
    OCR is unavailable or switched off, or the file's page cap is reached."""
    missing = unavailable(settings)
    if missing is not None:
        # the how-to once per file, not on each of 300 pages
        said = any(HOW_TO_ENABLE_EN in note for note in document.uninspectable)
        why = missing[0].split(":", 1)[0] if said else missing[0]
        document.uninspectable.append(f"page {number}: no text layer (scanned image?); {why}")
        return True
    if len(document.ocr_pages) >= settings.max_pages:
        document.uninspectable.append(
            f"page {number}: not read by OCR (page cap scan.ocr.max_pages = {settings.max_pages} reached)"
        )
        return True
    return False


def read_page_image(image: Image, number: int, document: Document, context: ExtractContext) -> bool:
    """OCR one page image into ``document``: a TextBlock marked as OCR and an OcrPage entry.

    Returns False, with a not-inspectable note saying why, when OCR is unavailable, the file's
    page cap is reached, or Tesseract fails.
    """
    settings = OcrSettings.from_context(context)
    if blocked(number, document, settings):
        return False
    label = f"page {number}"
    try:
        reading = recognize(image, settings)
    except Exception as exc:  # a Tesseract failure on one page must not lose the others
        from ..redact import safe_message

        document.uninspectable.append(f"{label}: OCR failed ({safe_message(exc, 80)})")
        return False
    text = repair(_tidy(reading.text))
    note = f"time limit of {settings.seconds_per_page:g} s per page reached" if reading.timed_out else None
    document.ocr_pages.append(
        OcrPage(number, reading.confidence, reading.seconds, reading.rotation, len(text), note)
    )
    if reading.timed_out:
        document.uninspectable.append(f"{label}: OCR stopped by the time limit (read in part)")
    elif not text or reading.confidence < UNREADABLE:
        # handwriting, a photo, a very poor scan: say so rather than rate the page as empty
        document.uninspectable.append(
            f"{label}: OCR found no readable text (confidence {reading.confidence:.2f})"
        )
    if text:
        document.blocks.append(
            TextBlock(
                text=text,
                locator=label,
                region=Region.PAGE,
                page=number,
                ocr_confidence=round(reading.confidence, 3),
            )
        )
    return True


def read_scanned_page(page: Any, number: int, document: Document, context: ExtractContext) -> bool:
    """A pypdfium2 page without a text layer: rendered in gray at ``scan.ocr.dpi``, then read."""
    settings = OcrSettings.from_context(context)
    if blocked(number, document, settings):
        return False
    scale = settings.dpi / 72
    width, height = page.get_size()  # points; a poster-sized page must not become a 2-GiB bitmap
    if width * height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / max(1.0, width * height)) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil()
        image.load()
    finally:
        bitmap.close()
    return read_page_image(image, number, document, context)


def ocr_hint(document: Document) -> tuple[str, str] | None:
    """(English, Japanese) how to enable OCR when pages of ``document`` were skipped for want of it."""
    if any(HOW_TO_ENABLE_EN in note for note in document.uninspectable):
        return (HOW_TO_ENABLE_EN, HOW_TO_ENABLE_JA)
    if any("scan.ocr.enabled = false" in note for note in document.uninspectable):
        return (
            "OCR is switched off (scan.ocr.enabled = false)",
            "OCR は無効に設定されています（scan.ocr.enabled = false）",
        )
    return None
