"""Image files (png, jpeg, tiff incl. multi-page tiff) read as scanned documents, page by page, by OCR.

Pillow decodes the image (every frame of a TIFF), :mod:`.ocr` reads each page. An image smaller
than ``scan.ocr.min_image_side`` on either side is an icon or a logo, not a document: it is
recorded with a warning and read no further. Pages past ``scan.ocr.max_pages`` and every page when
OCR is unavailable are listed as not inspectable, so a scan never passes for an empty 機密性1 file.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from ..exceptions import LimitExceededError
from ..hookspecs import hookimpl
from ..interfaces import ExtractContext
from ..model import Document, Source
from ..redact import safe_message
from .common import claim, empty_file, not_valid
from .ocr import OcrSettings, read_page_image

FORMATS = ("png", "jpeg", "tiff")


class ImageExtractor:
    name = "image"
    formats = FORMATS

    def accepts(self, name: str, data: bytes) -> str | None:
        return claim(name, data, self.formats)

    def extract(self, source: Source, context: ExtractContext) -> Document:
        from PIL import Image, ImageOps, UnidentifiedImageError

        data = source.read_bytes()
        if not data:
            raise empty_file()
        fmt = claim(source.name, data, self.formats) or "image"
        document = Document(name=source.name, format=fmt)
        settings = OcrSettings.from_context(context)
        # decompression bombs: Pillow's own pixel limit turns into an error, not a warning
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                image = Image.open(io.BytesIO(data))
                frames = int(getattr(image, "n_frames", 1) or 1)
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
                raise not_valid(
                    fmt, f"unreadable image: {safe_message(exc, 80)}", "画像を読み取れません"
                ) from None
            except (Image.DecompressionBombWarning, Image.DecompressionBombError):
                raise LimitExceededError(
                    "image has too many pixels (decompression bomb?)",
                    "画像の画素数が多すぎます（圧縮爆弾の可能性）",
                ) from None
            document.pages = frames
            if frames > context.limits.max_pages:
                raise LimitExceededError(
                    f"image has more than {context.limits.max_pages} pages ({frames})",
                    f"画像のページ数が上限（{context.limits.max_pages}）を超えています（{frames}）",
                )
            for number in range(1, frames + 1):
                try:
                    image.seek(number - 1)
                    page = ImageOps.exif_transpose(image)  # a phone photo's rotation flag
                    page.load()
                except (OSError, SyntaxError, ValueError, EOFError) as exc:
                    document.uninspectable.append(
                        f"page {number}: could not be decoded ({safe_message(exc, 80)})"
                    )
                    continue
                except (Image.DecompressionBombWarning, Image.DecompressionBombError):
                    raise LimitExceededError(
                        "image has too many pixels (decompression bomb?)",
                        "画像の画素数が多すぎます（圧縮爆弾の可能性）",
                    ) from None
                if min(page.size) < settings.min_image_side:
                    document.warnings.append(
                        f"page {number}: {page.size[0]}×{page.size[1]} px is too small to be a document; not read"
                    )
                    continue
                read_page_image(page, number, document, context)
        return document


@hookimpl
def assetclass_register_extractors() -> list[Any]:
    return [ImageExtractor()]
