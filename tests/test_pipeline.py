"""One file through every stage: statuses, and what the pipeline refuses to assert."""

from __future__ import annotations

from corpus.demo import _scanned_pdf

import assetclass
from assetclass.config import default_config


def test_scanned_pdf_without_ocr_gets_no_level_and_a_violation() -> None:
    data = _scanned_pdf(["住民票の写しの交付申請書", "申請者 山田 太郎 様", "岩手県釜石市只越町3-9-13"])
    config = default_config().with_overrides({"scan": {"ocr": {"enabled": False}}})
    result = assetclass.scan_bytes(data, "申請書.pdf", config=config)
    assert result.status is assetclass.Status.OK
    assert result.level is None, "a page without text must never be rated 機密性1"
    assert result.uninspectable
    assert "AC105" in {v.code for v in result.violations}
    assert result.message and "判定できません" in result.message and "scan.ocr.enabled" in result.message


def test_text_pdf_next_to_it_is_classified() -> None:
    from corpus.factory.spec import DocSpec
    from corpus.factory.writers import render

    spec = DocSpec(title="お知らせ", paragraphs=["令和6年度の説明会は4月10日に開催します。"])
    data = render(spec, "pdf")
    result = assetclass.scan_bytes(data, "お知らせ.pdf")
    assert result.level == 1
    assert result.message is None
