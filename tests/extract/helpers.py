"""Small helpers shared by the extraction tests."""

from __future__ import annotations

import datetime as dt

from corpus.factory.spec import DocSpec, SheetSpec

from assetclass.model import Document, Region


def blocks(document: Document, region: Region | None = None) -> list[tuple[str, str]]:
    """(locator, text) of every block, optionally of one region."""
    return [(b.locator, b.text) for b in document.blocks if region is None or b.region == region]


def texts(document: Document, region: Region | None = None) -> list[str]:
    return [t for _, t in blocks(document, region)]


def register_spec() -> DocSpec:
    """A resident register with Japanese text in every place a writer can put it."""
    return DocSpec(
        title="住民基本台帳 抽出一覧",
        paragraphs=["山田太郎様の住所は岩手県釜石市只越町3-9-13です。", "保育料の滞納について確認します。"],
        tables=[[["氏名", "住所"], ["佐藤 花子", "釜石市大町1-1"]]],
        sheets=[
            SheetSpec(
                name="名簿",
                rows=[
                    ["氏名", "個人番号", "生年月日"],
                    ["山田 太郎", 123456789018, dt.date(1975, 1, 1)],
                    [None, None, None],
                    ["鈴木 一郎", 234567890123, dt.date(1980, 2, 29)],
                ],
                first_row=3,
                title="世帯一覧（令和6年度）",
                comments={(1, 0): "転居予定のメモ"},
                number_formats={1: "0"},
                header="機密性３",
                footer="市民課",
            ),
            SheetSpec(name="非表示", rows=[["滞納者", "高橋 次郎"]], state="hidden"),
            SheetSpec(name="完全非表示", rows=[["病名", "糖尿病"]], state="veryHidden"),
        ],
        header="【機密性２】",
        footer="総務課 取扱注意",
        first_page_header="表紙ヘッダー",
        comments=["確認者のコメント"],
        textboxes=["テキストボックスの氏名 田中 三郎"],
        footnotes=["脚注：出典は住民記録システム"],
        notes=["発表者ノート：個人情報あり"],
        properties={"title": "世帯一覧", "custom:分類": "機密性2"},
        sections=2,
    )
