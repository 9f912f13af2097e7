"""Every real-world file of ../shared/corpora gets a FileResult with a contract status; nothing escapes.

Takes 60–170 s on the shared 2-core machine (depending on its load) for ~1,800 files (docs/decisions/extraction.md); the
slowest single files (a few seconds each) are large POI test workbooks.
"""

from __future__ import annotations

import collections
import time
from pathlib import Path

import pytest

import assetclass

STATUSES = {"ok", "error", "encrypted", "unsupported", "skipped"}
PER_FILE_SECONDS = 60.0  # a generous ceiling: a file over it means a hang-like regression


@pytest.mark.slow
@pytest.mark.corpora
def test_every_corpus_file_gets_a_status(corpora: Path) -> None:
    files = sorted(p for p in corpora.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert files
    statuses: collections.Counter[str] = collections.Counter()
    results = {}
    for path in files:
        started = time.perf_counter()
        result = assetclass.scan_path(path)
        elapsed = time.perf_counter() - started
        assert result.status in STATUSES, path
        assert elapsed < PER_FILE_SECONDS, f"{path} took {elapsed:.1f} s"
        if result.status != "ok":
            assert result.message and result.message_en, path
        statuses[str(result.status)] += 1
        results[path.relative_to(corpora).as_posix()] = result
    assert statuses["ok"] > len(files) // 2

    crypto = "msoffcrypto-tool/tests/inputs/"
    for name in (
        "example_password.docx",
        "example_password.xlsx",
        "ecma376standard_password.docx",
        "rc4cryptoapi_password.xls",
        "rc4cryptoapi_password.doc",
        "rc4cryptoapi_password.ppt",
        "xor_password_123456789012345.xls",
    ):
        if crypto + name in results:
            assert results[crypto + name].status == "encrypted", name
    for plain in ("plain.xls", "plain.ppt"):
        if crypto + plain in results:
            assert results[crypto + plain].status == "ok", plain
    if crypto + "plain.doc" in results:
        assert results[crypto + "plain.doc"].status == "ok"  # Word 97 text via the piece table
    word95 = "apache-poi/document/Word95.doc"
    if word95 in results:
        assert results[word95].status == "unsupported"
        assert results[word95].message_en == "Word 6/95 (or older) .doc is not supported; convert to .docx"
