"""Test-only plugins: extractors that hang, die or are slow, and a policy keyed on marker words.

Registered with ``Engine(extra_plugins=[...])`` or, for CLI subprocesses, ``ASSETCLASS_PLUGINS``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from assetclass.hookspecs import hookimpl
from assetclass.interfaces import ExtractContext
from assetclass.model import Classification, Document, Finding, Reason, Source, TextBlock


class MisbehavingExtractor:
    name = "test-misbehaving"
    formats = ("hang", "die", "slow", "vanish")

    def accepts(self, name: str, data: bytes) -> str | None:
        ext = name.rsplit(".", 1)[-1]
        return ext if ext in self.formats else None

    def extract(self, source: Source, context: ExtractContext) -> Document:
        fmt = self.accepts(source.name, b"")
        if fmt == "hang":
            time.sleep(3600)
        elif fmt == "die":
            os._exit(7)
        elif fmt == "slow":
            time.sleep(float(os.environ.get("ASSETCLASS_TEST_SLOW", "0.1")))
        elif fmt == "vanish":  # deletes the file named inside, which the scan reaches later
            assert source.path is not None
            target = Path(source.path).parent / source.read_bytes().decode().strip()
            target.unlink()
        doc = Document(name=source.name, format=str(fmt))
        doc.blocks.append(TextBlock(text=source.read_bytes().decode("utf-8", "replace"), locator="line 1"))
        return doc


@hookimpl
def assetclass_register_extractors() -> list[object]:
    return [MisbehavingExtractor()]


@hookimpl(tryfirst=True)
def assetclass_classify(document: Document, findings: list[Finding], config: object) -> Classification | None:
    """LEVEL3 / LEVEL2 anywhere in the text sets that level (tests must not rest on real detectors)."""
    text = " ".join(b.text for b in document.blocks)
    text += " ".join(str(cell) for table in document.tables for row in table.rows for cell in row)
    for level in (3, 2):
        if f"LEVEL{level}" in text:
            reason = Reason(rule="test_marker", level=level, message_ja="テスト", message_en="test")
            return Classification(level=level, reasons=[reason], subjects=0)
    return Classification(level=1, reasons=[], subjects=0)
