"""The API reference is generated from the docstrings (``make api-docs``) and covers the public API."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

pytest.importorskip("pdoc")

from scripts.api_docs import PUBLIC_MODULES, write


def test_the_reference_documents_every_public_function_with_its_docstring(tmp_path: Path) -> None:
    import assetclass

    pages = write(tmp_path)
    assert {p.stem for p in pages} >= {m.rsplit(".", 1)[-1] for m in PUBLIC_MODULES}
    text = html.unescape(re.sub(r"<[^>]+>", " ", (tmp_path / "assetclass" / "api.html").read_text("utf-8")))
    for name in ("scan_path", "scan_bytes", "scan_document", "classify", "stamp_path", "stamp_bytes"):
        doc = getattr(assetclass, name).__doc__
        assert doc, f"{name} has no docstring"
        assert name in text and " ".join(doc.split()[:4]) in " ".join(text.split()), name
