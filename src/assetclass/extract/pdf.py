"""PDF text per page with pypdfium2 (2–10× faster than pypdf/pdfminer, keeps table rows in order).

A page without a text layer but with images is read by OCR (:mod:`.ocr`); where OCR is unavailable
it is recorded in ``Document.uninspectable`` so a scanned register is never silently rated 機密性1. Password-protected PDFs raise EncryptedFileError; a PDF
encrypted with an empty user password opens and is read normally. The Info dictionary's standard
keys become properties (pikepdf, +200 ms import, is not needed for that).
"""

from __future__ import annotations

from typing import Any

from ..exceptions import LimitExceededError
from ..formats.pdf_bands import band_texts
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import Document, Region, Source, TextBlock
from ..normalize import join_spaced_digits
from ..redact import safe_message
from .common import claim, empty_file, encrypted, not_valid
from .ocr import read_scanned_page
from .pdf_layout import PageTable, join_pages, page_layout
from .pdf_text import looks_tabular

_PASSWORD_HINTS = ("password", "security")


class PdfExtractor:
    name = "pdf"
    formats = ("pdf",)
    isolated = True  # native reader (calamine/PDFium) that can abort the process: see isolation.py
    preload = ("pypdfium2", "pypdfium2.raw")  # imported once before forking, not in every child

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        data = source.read_bytes()
        if not data:
            raise empty_file()
        if b"%PDF" not in data[:1024]:
            raise not_valid("pdf", "no %PDF header", "%PDF ヘッダーがありません")
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc).lower()
            if any(h in message for h in _PASSWORD_HINTS):
                raise encrypted("pdf") from None
            raise not_valid("pdf", f"unreadable: {safe_message(exc, 80)}", "PDF を読み取れません") from None
        document = Document(name=source.name, format="pdf")
        band_pages = int(context.config.get("labels.pdf_pages", 50)) if context.config is not None else 50
        try:
            pages = len(pdf)
            document.pages = pages
            if pages > context.limits.max_pages:
                raise LimitExceededError(
                    f"PDF has more than {context.limits.max_pages} pages ({pages})",
                    f"PDF のページ数が上限（{context.limits.max_pages}）を超えています（{pages}）",
                )
            found: list[PageTable] = []
            for number in range(1, pages + 1):
                try:
                    page = pdf[number - 1]
                except pdfium.PdfiumError:  # a broken page object: the others are still read
                    document.uninspectable.append(f"page {number}: could not be read (broken page object)")
                    continue
                try:
                    textpage = page.get_textpage()
                    try:
                        text = textpage.get_text_bounded()
                        if looks_tabular(text):
                            # rows and columns from character boxes (a list printed from a core system)
                            layout = page_layout(textpage, number)
                            text = layout.text
                            found.extend(layout.tables)
                        else:
                            text = join_spaced_digits(text)
                        if number <= band_pages:  # for the label codec: no second opening
                            document.page_bands[number] = band_texts(page, textpage)
                    finally:
                        textpage.close()
                    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
                    if text:
                        document.blocks.append(
                            TextBlock(text=text, locator=f"page {number}", region=Region.PAGE, page=number)
                        )
                    elif any(
                        True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
                    ):
                        # a scanned page: read by OCR, or listed as not inspectable with the reason
                        read_scanned_page(page, number, document, context)
                finally:
                    page.close()
            document.tables.extend(join_pages(found))
            for key, value in pdf.get_metadata_dict(skip_empty=True).items():
                if key in ("CreationDate", "ModDate"):
                    continue
                document.properties[key.lower()] = value
        finally:
            pdf.close()
        return document


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [PdfExtractor()]
