"""Addresses in text: spaces between the parts of an address (blind set 4, issue 9)."""

from __future__ import annotations

import pytest

from .util import detect, of_type, text_doc


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # should flag: one space after the prefecture or the municipality
        ("〒020-0023 盛岡市 内丸12番2号", True),
        ("岩手県 花巻市 東町8番3号", True),
        ("1 菅原 美咲（一関市 竹山町7丁目2番）", True),
        # should not flag: no lot number after the space, or a sentence
        ("本市 中心部の再開発について", False),
        ("盛岡市 令和6年度予算の概要", False),
    ],
)
def test_spaced_addresses(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "address"), "address", 0.5)) is flag
