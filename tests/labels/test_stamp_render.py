"""Proof with real renderers: LibreOffice prints the stamped header, poppler shows the PDF mark."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import assetclass

from .label_docs import docx_bytes, pdf_bytes, pptx_bytes, xlsx_bytes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed"),
]


def pdftotext(path: Path) -> str:
    """Text of a PDF with spaces removed (renderers add space between Japanese and digits)."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, timeout=60, check=True
    )
    return done.stdout.decode("utf-8", errors="replace").replace(" ", "").replace("\u3000", "")


def soffice_pdf(src: Path, outdir: Path, profile: Path) -> Path:
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(src),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    return outdir / (src.stem + ".pdf")


@pytest.mark.xdist_group("libreoffice")
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_prints_the_stamped_mark(tmp_path: Path) -> None:
    files = {
        "会議録.docx": (docx_bytes(header="総務課", sections=2, title_page=True), "総務課"),
        "名簿.xlsx": (xlsx_bytes(header="総務課", chart=True, second_sheet="集計"), "総務課"),
        "説明会.pptx": (pptx_bytes(slide_text="説明会資料"), "説明会資料"),
    }
    out = tmp_path / "pdf"
    for name, (data, kept) in files.items():
        src = tmp_path / name
        src.write_bytes(data)
        result = assetclass.stamp_path(src, 3)
        assert result.outcome == "stamped", result.message_en
        assert assetclass.scan_path(src).label == 3
        text = pdftotext(soffice_pdf(src, out, tmp_path / "lo-profile"))
        assert "【機密性3】" in text, name
        assert kept in text, name  # the existing content is still printed


def test_poppler_shows_the_pdf_mark(tmp_path: Path) -> None:
    path = tmp_path / "報告.pdf"
    path.write_bytes(pdf_bytes(pages=2, rotations=[0, 90]))
    assert assetclass.stamp_path(path, 2, restrictions=["複製禁止"]).outcome == "stamped"
    text = pdftotext(path)
    assert text.count("【機密性2】複製禁止") == 2
    assert "本文です" in text
