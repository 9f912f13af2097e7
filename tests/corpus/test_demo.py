"""The bundled demo share."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import msoffcrypto
import pypdfium2
from corpus.demo import FILES, main

import assetclass


def test_demo_share(tmp_path: Path) -> None:
    share, expect = tmp_path / "share", tmp_path / "expect.jsonl"
    assert main([str(share), "--manifest", str(expect)]) == 0
    files = sorted(p for p in share.rglob("*") if p.is_file())
    assert 25 <= len(files) <= 40
    assert len(files) == len(FILES)
    assert {p.parent.name for p in files} >= {"市民課", "保育課", "収納課", "公開資料"}
    rows = [json.loads(line) for line in expect.read_text(encoding="utf-8").splitlines()]
    assert {r["level"] for r in rows if r["kind"] == "normal"} == {1, 2, 3}
    assert any(r["label"] and r["label"].endswith("2】") and r["level"] == 3 for r in rows)  # mislabelled

    encrypted = share / "市民課/住基_作業用.xlsx"
    with encrypted.open("rb") as fh:
        assert msoffcrypto.OfficeFile(fh).is_encrypted()
    assert assetclass.scan_path(encrypted).status == "encrypted"

    corrupt = share / "収納課/引継ぎ資料.docx"
    assert not zipfile.is_zipfile(corrupt)
    assert assetclass.scan_path(corrupt).status != "ok"

    scanned = pypdfium2.PdfDocument(share / "保育課/スキャン_申請書.pdf")
    try:
        assert len(scanned) == 1
        assert scanned[0].get_textpage().get_text_range().strip() == ""
    finally:
        scanned.close()

    # deterministic: a second run writes the same files (the corrupt copy included)
    again = tmp_path / "again"
    main([str(again)])
    for p in files:
        if p.suffix in (".xlsx", ".csv", ".txt", ".pdf") and p.name != encrypted.name:
            assert (again / p.relative_to(share)).read_bytes() == p.read_bytes(), p.name
