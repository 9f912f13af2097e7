"""The mark grammar: every variant people write, and the near-misses that are not marks."""

from __future__ import annotations

import pytest

from assetclass.config import load_config
from assetclass.labels.parse import grammar


@pytest.fixture(scope="module")
def g():  # type: ignore[no-untyped-def]
    return grammar(load_config(search=False))


@pytest.mark.parametrize(
    ("text", "strict", "levels"),
    [
        ("機密性3", False, [3]),
        ("機密性３", False, [3]),
        ("機密性：３", False, [3]),
        ("機密性:2", False, [2]),
        ("機密性 3", False, [3]),
        ("機密性\u30003", False, [3]),
        ("【機密性3】", False, [3]),
        ("［機密性２］", False, [2]),
        ("[機密性2]", False, [2]),
        ("（機密性1）", False, [1]),
        ("(機密性1)", False, [1]),
        ("【機密性3】議事録.docx", False, [3]),
        ("機密性2_名簿.xlsx", False, [2]),
        ("自治体機密性3A", False, [3]),
        ("機密性3 持出禁止", False, [3]),
        # prose about the scheme, not a mark
        ("機密性3の情報は暗号化する", False, []),
        ("機密性2以上の文書", False, []),
        (
            "本市では、機密性３に当たる情報は原則として庁外に持ち出さないものとし、やむを得ない場合は",
            True,
            [],
        ),
        ("機密性4", False, []),
        ("機密性30", False, []),
        # legacy marks only when standalone
        ("秘", False, [3]),
        ("【秘】", False, [3]),
        ("㊙", False, [3]),
        ("極秘", False, [3]),
        ("取扱注意", False, [2]),
        ("関係者限り", False, [2]),
        ("庁内限り 会議資料", False, [2]),
        ("秘書課名簿", False, []),
        ("秘密保持契約", False, []),
        ("極秘裏に進める", False, []),
        ("秘_予算案.xlsx", False, [3]),
    ],
)
def test_marks(g, text: str, strict: bool, levels: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert [m.level for m in g.find(text, strict=strict)] == levels


def test_body_line_needs_brackets_or_short_line(g) -> None:  # type: ignore[no-untyped-def]
    long_line = (
        "この資料は定例会議の結果をまとめたもので、後日あらためて関係各課に配付する予定の資料です 機密性3"
    )
    assert g.find(long_line, strict=True) == []
    assert [m.text for m in g.find(long_line + "【機密性3】", strict=True)] == ["【機密性3】"]
    assert [m.level for m in g.find("機密性3", strict=True)] == [3]


def test_restrictions_are_recorded(g) -> None:  # type: ignore[no-untyped-def]
    (mark,) = g.find("【機密性3】 複製禁止・持出禁止")
    assert mark.restrictions == ("複製禁止", "持出禁止")
    (mark,) = g.find("機密性２ 必要以上の複製及び配付禁止")
    assert mark.restrictions == ("必要以上の複製及び配付禁止",)


def test_text_is_kept_as_written(g) -> None:  # type: ignore[no-untyped-def]
    (mark,) = g.find("【機密性３】")
    assert mark.text == "【機密性３】"


def test_property_values(g) -> None:  # type: ignore[no-untyped-def]
    assert g.value_level("機密性3") == 3
    assert g.value_level("３") == 3
    assert g.value_level("2") == 2
    assert g.value_level("公開") is None


def test_configurable_scheme() -> None:
    config = load_config(search=False).with_overrides(
        {"labels": {"levels": {"4": 3}, "legacy": {"部外秘": 2}, "prefixes": ["秘密区分"]}}
    )
    g = grammar(config)
    assert [m.level for m in g.find("秘密区分4")] == [3]
    assert [m.level for m in g.find("部外秘")] == [2]
