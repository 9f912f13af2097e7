"""Legacy .doc/.ppt text (own readers), with files LibreOffice converts from our docx/pptx."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from corpus.factory.spec import DocSpec
from corpus.factory.writers import write

import assetclass
from assetclass.model import Region

from .helpers import blocks

SOFFICE = shutil.which("soffice")


def _convert(source: Path, target: str, tmp_path: Path) -> bytes:
    """Convert with LibreOffice in its own profile (parallel runs must not share one)."""
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (tmp_path / f"{source.stem}.{target.split(':')[0]}").read_bytes()


@pytest.mark.slow
@pytest.mark.xdist_group("libreoffice")
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_doc_converted_by_libreoffice(tmp_path: Path, extract) -> None:
    spec = DocSpec(
        title="滞納者一覧",
        paragraphs=["山田 太郎 様の保育料が3か月滞納しています。", "連絡先は090-1234-5678です。"],
        tables=[[["氏名", "滞納額"], ["鈴木 一郎", "12,000円"]]],
        header="【機密性３】",
        footnotes=["脚注の本文"],
    )
    data = _convert(write(spec, "docx", tmp_path / "arrears.docx"), "doc:MS Word 97", tmp_path)
    doc = extract("arrears.doc", data)
    body = [text for _, text in blocks(doc, Region.BODY)]
    assert "滞納者一覧" in body
    assert "山田 太郎 様の保育料が3か月滞納しています。" in body
    assert doc.tables and ["鈴木 一郎", "12,000円"] in doc.tables[0].rows
    assert any("【機密性３】" in text for _, text in blocks(doc, Region.HEADER))
    assert any("脚注の本文" in text for _, text in blocks(doc, Region.FOOTNOTE))
    result = assetclass.scan_bytes(data, "arrears.doc")
    assert result.status == "ok" and result.format == "doc"


def test_word95_and_garbage_doc_get_clear_statuses() -> None:
    result = assetclass.scan_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "broken.doc")
    assert result.status == "error"
    assert result.message_en


@pytest.mark.slow
@pytest.mark.xdist_group("libreoffice")
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_ppt_converted_by_libreoffice(tmp_path: Path, extract) -> None:
    spec = DocSpec(
        title="住民説明会",
        paragraphs=["山田 太郎 様 生年月日 昭和50年1月1日"],
        textboxes=["図形の中の文字"],
        notes=["発表者ノートの本文"],
    )
    data = _convert(write(spec, "pptx", tmp_path / "deck.pptx"), "ppt:MS PowerPoint 97", tmp_path)
    doc = extract("deck.ppt", data)
    slide_text = "\n".join(text for _, text in blocks(doc, Region.SLIDE))
    assert "住民説明会" in slide_text
    assert "山田 太郎 様 生年月日 昭和50年1月1日" in slide_text
    assert "図形の中の文字" in slide_text
    assert ("slide 1 (notes)", "発表者ノートの本文") in blocks(doc, Region.NOTES)
    assert ("slide 1", "住民説明会") in blocks(doc, Region.SLIDE)
    result = assetclass.scan_bytes(data, "deck.ppt")
    assert result.status == "ok" and result.format == "ppt"
