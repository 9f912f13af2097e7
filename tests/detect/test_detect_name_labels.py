"""Names found by label, list line and honorific: cases from blind set 4 (issue 9)."""

from __future__ import annotations

import pytest

from .util import detect, level_of, of_type, text_doc


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # should flag: a label naming the person a record is about, a name of unknown surname
        ("申出者 及川 みどり 連絡先 090-4411-2733", True),
        ("訪問先：熊谷 瞳 方", True),
        ("世帯員氏名　百目鬼栞", True),
        # a numbered list line whose parentheses hold a birth date or an age
        ("1 菅原 美咲（昭和9年1月30日生）", True),
        ("3 千葉 大輔（88歳）", True),
        # should not flag: a label word followed by a phrase of common words (a title)
        ("年齢到達者一覧（第1号被保険者 資格取得予定）", False),
        ("被保険者 転出予定分", False),
        ("1 事業 概要（令和6年度）", False),
    ],
)
def test_names(text: str, flag: bool) -> None:
    assert bool(of_type(detect(text_doc(text), "name"), "name", 0.5)) is flag


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        ("講師：県土木事務所 佐々木 亮 氏", True),
        ("司会　千葉 浩一さん", True),
        ("発表者メモ：対象は佐藤 恵子さん", False),
        ("報告書は佐藤 恵子さんから受け取った", False),
    ],
)
def test_speakers_in_a_role_are_weak(text: str, staff: bool) -> None:
    found = of_type(detect(text_doc(text), "name"), "name")
    assert found and all((f.confidence < 0.5) is staff for f in found)


def test_case_note_with_a_visited_resident_and_arrears_later() -> None:
    """訪問先 names the resident at the top; the arrears follow a few lines below (PDF lines)."""
    doc = text_doc(
        "訪問記録\n訪問日：令和6年7月2日 訪問者：市職員2名\n訪問先：熊谷 瞳 方\n"
        "本人と面談した。\n固定資産税が3期分未納となっており、分納を提案した。\n次回は来月に確認する。"
    )
    assert level_of(doc)[0] == 3
