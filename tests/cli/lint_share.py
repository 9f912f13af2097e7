"""A small share for the linter tests, generated here (docx, csv, txt with and without labels)."""

from __future__ import annotations

from pathlib import Path

from assetclass.testing import my_number_from

from ..labels.label_docs import docx_bytes

my_number = my_number_from


ARREARS_TEXT = "山田 太郎 様の保育料の滞納が 3 か月続いています。督促状を送付しました。"


def make_share(root: Path) -> Path:
    """b/ sorts after a/ but is written first, so completion order differs from path order."""
    share = root / "share"
    (share / "b").mkdir(parents=True)
    (share / "a").mkdir()
    (share / "b" / "plain.docx").write_bytes(docx_bytes(body=["会議のお知らせ"]))
    (share / "b" / "滞納連絡.docx").write_bytes(docx_bytes(body=["連絡", ARREARS_TEXT]))
    (share / "a" / "labelled.docx").write_bytes(docx_bytes(header="機密性1", body=["会議のお知らせ"]))
    (share / "a" / "under.docx").write_bytes(docx_bytes(header="機密性1", body=["連絡", ARREARS_TEXT]))
    rows = ["氏名,個人番号"] + [f"佐藤 花子{i},{my_number(f'4321098765{i}')}" for i in range(4)]
    (share / "a" / "numbers.csv").write_text("\n".join(rows), encoding="utf-8")
    (share / "a" / "chat.txt").write_text(ARREARS_TEXT, encoding="utf-8")
    return share
