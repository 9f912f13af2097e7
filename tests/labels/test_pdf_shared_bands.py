"""The PDF extractor hands each page's top/bottom band text to the label codec (no second opening)."""

from __future__ import annotations

import pytest

import assetclass
from assetclass.labels import pdf as pdf_labels

from .label_docs import pdf_bytes


def test_scan_reads_pdf_labels_without_reopening(monkeypatch: pytest.MonkeyPatch) -> None:
    data = pdf_bytes(top="機密性３", body="会議の資料", pages=2)

    def reopen(*args: object, **kwargs: object) -> object:
        raise AssertionError("the label codec opened the PDF again")

    monkeypatch.setattr(pdf_labels, "page_labels", reopen)
    result = assetclass.scan_bytes(data, "d.pdf")
    assert result.status == "ok"
    assert (3, "page 1 top") in [(lb.level, lb.where) for lb in result.labels]
    assert result.label == 3


def test_bands_are_not_body_text() -> None:
    """Band text is a side channel: the body text is read once, as before."""
    from assetclass.extract.pdf import PdfExtractor
    from assetclass.interfaces import ExtractContext
    from assetclass.model import Source

    data = pdf_bytes(top="機密性２", body="本文です")
    document = PdfExtractor().extract(Source(name="d.pdf", data=data), ExtractContext())
    assert [b.locator for b in document.blocks] == ["page 1"]
    top, bottom = document.page_bands[1]
    assert "機密性２" in top and "本文" not in top and bottom == ""


def test_same_labels_with_and_without_shared_bands() -> None:
    data = pdf_bytes(top="機密性2", body="本文です", pages=3, rotations=[0, 180, 270])
    from assetclass.config import load_config
    from assetclass.model import Source

    reopened = pdf_labels.PdfLabels().read(Source(name="d.pdf", data=data), None, load_config())
    scanned = assetclass.scan_bytes(data, "d.pdf").labels  # bands shared by the extractor
    assert sorted((lb.level, lb.where) for lb in reopened) == sorted((lb.level, lb.where) for lb in scanned)
    assert scanned and all(lb.level == 2 for lb in scanned)
