"""My Numbers with weak context: 4-4-4 groups, 番号確認, ○○さんの番号 — and the near misses."""

from __future__ import annotations

import io

import pytest

import assetclass

from .util import my_number

NUMBER = my_number("40213579864")
GROUPED = f"{NUMBER[:4]} {NUMBER[4:8]} {NUMBER[8:]}"


def _docx(header: str, *paragraphs: str) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _txt(text: str) -> assetclass.FileResult:
    return assetclass.scan_bytes(text.encode("utf-8"), "memo.txt")


def test_grouped_number_in_header_of_a_document_naming_a_person() -> None:
    data = _docx(f"山田 太郎　{GROUPED}", "面談記録", "本日、生活状況について聞き取りを行った。")
    result = assetclass.scan_bytes(data, "面談.docx")
    assert result.level == 3
    # the level rests on weak context: marked for review, never silently
    assert result.review and result.review[0].code == "weak_my_number"
    record = result.to_json()
    assert record["review"] is True
    assert record["review_reasons"][0]["code"] == "weak_my_number"
    assert NUMBER not in str(record) and GROUPED not in str(record)


def test_grouped_number_in_header_person_named_in_body() -> None:
    data = _docx(GROUPED, "申請者 田中 花子 様", "上記のとおり受け付けました。")
    assert assetclass.scan_bytes(data, "受付.docx").level == 3


@pytest.mark.parametrize(
    "text",
    [
        f"鈴木さんの番号 {NUMBER} を控えました。",
        f"番号確認済 {GROUPED}（窓口 佐藤）",
        f"山本 一郎 様 {NUMBER}",
    ],
)
def test_tied_to_a_person_or_number_check(text: str) -> None:
    result = _txt(text)
    assert result.level == 3
    assert result.review


@pytest.mark.parametrize(
    "text",
    [
        f"株式会社山田商店 法人番号 1{NUMBER} 代表 山田 太郎 様",  # 13 digits: a corporate number
        f"山田 太郎 様 ご注文番号 {GROUPED}",
        f"山田 太郎 様 請求書番号 {GROUPED}",
        f"山田 太郎 様 電話 {GROUPED}",
        f"山田 太郎 様 振込口座 {NUMBER}",
        f"山田 太郎 様 設置場所 緯度 35.{NUMBER} 経度 139.{NUMBER}",
        f"山田 太郎 様 {NUMBER}1234",  # a longer digit run
    ],
)
def test_near_misses_stay_below_three(text: str) -> None:
    assert _txt(text).level != 3


def test_grouped_number_without_any_person_is_flagged_not_raised() -> None:
    result = _txt(f"受付メモ\n{GROUPED}\n本日来庁。")
    assert result.level == 1
    assert [r.code for r in result.review] == ["candidate_below_floor"]


def test_strong_context_needs_no_review() -> None:
    result = _txt(f"山田 太郎 様 個人番号 {GROUPED}")
    assert result.level == 3
    assert not result.review


@pytest.mark.parametrize(
    "text",
    [
        # comma-separated lines pasted into a mail or a .txt file: a comma is a field separator
        f"氏名,個人番号,住所\n佐々木 恵,{NUMBER},秋田県秋田市山王4-1-1\n",
        f"氏名、個人番号\n佐々木 恵、{NUMBER}\n",
        f"個人番号：{NUMBER}。",
    ],
)
def test_separators_around_a_keyword_number_do_not_hide_it(text: str) -> None:
    result = _txt(text)
    assert result.level == 3
    assert any(f.type == "my_number" and f.confidence >= 0.9 for f in result.findings)


@pytest.mark.parametrize("text", [f"個人番号欄の近く 緯度 35.{NUMBER}", f"個人番号 {NUMBER}.5 m"])
def test_the_decimals_of_a_number_are_never_a_my_number(text: str) -> None:
    assert not any(f.type == "my_number" for f in _txt(text).findings)
