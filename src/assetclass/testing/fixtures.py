"""The pytest plugin of assetclass (entry point ``pytest11``): fixtures for plugin authors' tests.

pytest loads it in every run once assetclass is installed; the helpers themselves live in
:mod:`assetclass.testing` and can be imported without pytest.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from . import DocumentFactory, Rows, write_document


@pytest.fixture
def make_document(tmp_path: Path) -> DocumentFactory:
    """Write a document named ``name`` (its suffix picks the format) into ``tmp_path``; returns its
    path. ``make_document("名簿.xlsx", rows=[["氏名", "個人番号"], ["山田 太郎", my_number()]])``"""

    def make(
        name: str,
        paragraphs: Iterable[str] = (),
        rows: Rows = (),
        *,
        sheet: str = "Sheet1",
        header: str | None = None,
    ) -> Path:
        return write_document(tmp_path / name, paragraphs, rows, sheet=sheet, header=header)

    return make
