"""Word boundaries of health and arrears words (detect.words), through the public API.

Each payload names a person (so a real health or arrears word would make 機密性3) and uses a
vocabulary word either as a word or inside another word.
"""

from __future__ import annotations

import pytest

import assetclass
from assetclass.detect import words

PERSON = "佐藤 健一さん"

CASES = [
    (f"{PERSON}は最後までがんばると話していた。", False),
    (f"{PERSON}はしゃがんで靴ひもを結んだ。", False),
    (f"{PERSON}の家はがんじょうな造りです。", False),
    (f"{PERSON}はがんこな職人だ。", False),
    (f"{PERSON}の手続きは滞りなく終わった。", False),
    (f"{PERSON}の障害物競走の記録を掲示した。", False),  # an obstacle race: 障害物 holds 障害, is not one
    (f"{PERSON}は障害があり、車いすを使用している。", True),
    (f"{PERSON}は胃がんで入院している。", True),
    (f"{PERSON}はがんの治療中です。", True),
    (f"{PERSON}の保育料の支払いが滞り、督促した。", True),
    (f"{PERSON}は家賃を支払っていない。", True),
    (f"{PERSON}は週に一度通院している。", True),
]


@pytest.mark.parametrize(("payload", "should_flag"), CASES)
def test_health_and_arrears_words_are_words(payload: str, should_flag: bool) -> None:
    result = assetclass.scan_bytes(payload.encode("utf-8"), "memo.txt")
    assert result.status == "ok"
    assert (result.level == 3) is should_flag, [r.message_en for r in result.reasons]


def test_analyser_is_installed() -> None:
    # a dependency of the package: without it every substring would count again
    assert words.available()


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("がんばる", "がん", False),
        ("胃がんの", "がん", True),
        ("がんが", "がん", True),
        ("支払いが滞りがち", "滞り", True),
    ],
)
def test_is_word(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert words.is_word(text, start, start + len(word)) is expected


def test_long_prose_does_not_tie_a_late_detail_to_the_first_name() -> None:
    """A novel names someone at the top and tells of a hospital stay 120 paragraphs later."""
    paragraphs = ["佐藤 健一さんは駅前の古い家に住んでいた。"]
    paragraphs += [f"その{i}日目、町には静かな雨が降り続いていた。" for i in range(120)]
    paragraphs.append("その老人は長く入院していたとのこと。")
    result = assetclass.scan_bytes("\n\n".join(paragraphs).encode("utf-8"), "novel.txt")
    assert result.level == 1
    notes = ["対象者：佐藤 健一", "相談内容", "本人は昨年から通院している。"]
    result = assetclass.scan_bytes("\n\n".join(notes).encode("utf-8"), "case.txt")
    assert result.level == 3
