"""Slide masters and layouts: footers count (labels live there), placeholder prompts do not."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from assetclass.engine import get_engine
from assetclass.interfaces import ExtractContext
from assetclass.model import Region, Source


def _extract(data: bytes):  # type: ignore[no-untyped-def]
    chosen = get_engine().extractor_for("deck.pptx", data)
    assert chosen is not None
    extractor, _ = chosen
    return extractor.extract(Source("deck.pptx", data=data), ExtractContext())


def test_master_prompts_are_not_content_but_master_text_is() -> None:
    prs = Presentation()
    master = prs.slide_masters[0]
    footer = next(p for p in master.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
    footer.text_frame.text = "【機密性2】"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "説明会のお知らせ"
    buf = io.BytesIO()
    prs.save(buf)

    document = _extract(buf.getvalue())
    texts = [b.text for b in document.blocks]
    assert not any("Click to edit" in t or "Edit Master" in t for t in texts)
    assert any(b.text == "【機密性2】" and b.locator == "slide master 1" for b in document.blocks)
    assert any(b.text == "説明会のお知らせ" and b.region is Region.SLIDE for b in document.blocks)
