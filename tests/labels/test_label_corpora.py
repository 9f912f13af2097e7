"""Label codecs over the real-world files of other projects: only our own exceptions, never a crash."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from assetclass.config import load_config
from assetclass.exceptions import AssetclassError
from assetclass.labels.docx import DocxLabels
from assetclass.labels.pdf import PdfLabels
from assetclass.labels.pptx import PptxLabels
from assetclass.labels.xlsx import XlsxLabels
from assetclass.model import Source


@pytest.mark.slow
@pytest.mark.corpora
def test_codecs_raise_only_assetclass_errors(corpora: Path) -> None:
    config = load_config(search=False)
    codecs = {"docx": DocxLabels(), "xlsx": XlsxLabels(), "pptx": PptxLabels(), "pdf": PdfLabels()}
    read = 0
    for path in sorted(corpora.rglob("*")):
        codec = codecs.get(path.suffix.lower().lstrip("."))
        if codec is None or not path.is_file() or path.stat().st_size > 20_000_000:
            continue
        # encrypted or corrupt files raise our own errors (reported per file by the pipeline)
        with contextlib.suppress(AssetclassError):
            codec.read(Source(path.name, path=str(path)), None, config)
        read += 1
    assert read > 0
