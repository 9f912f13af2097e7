"""Item 13: label codecs read packages under the same zip-bomb limits as the extractors."""

from __future__ import annotations

import io
import zipfile

import pytest

from assetclass.config import Config
from assetclass.exceptions import LimitExceededError
from assetclass.labels.ooxml import Package
from assetclass.model import Source

from .build import xlsx


def _bombed(member_size: int = 64 << 20) -> bytes:
    """A valid workbook plus a custom-properties part that inflates from a few KB to 64 MiB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx(b'<row r="1"><c r="A1"><v>1</v></c></row>'))) as src, \
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:  # fmt: skip
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr("docProps/custom.xml", b"<a>" + b" " * member_size + b"</a>")
    return buf.getvalue()


def test_the_label_package_refuses_a_bomb_member() -> None:
    with pytest.raises(LimitExceededError):
        Package(_bombed())


def test_the_label_package_honours_the_configured_budget() -> None:
    data = _bombed(member_size=512 << 10)  # under the ratio rule (small member): the budget decides
    config = Config({"scan": {"limits": {"max_inflated_bytes": 64 << 10}}})
    with pytest.raises(LimitExceededError):
        Package(data, config)
    assert Package(data).read("docProps/custom.xml").startswith(b"<a>")


def test_label_codecs_report_the_bomb_without_inflating_it() -> None:
    import assetclass

    engine = assetclass.get_engine()
    codec = next(c for c in engine.label_codecs if "xlsx" in c.formats and c.name != "generic")
    with pytest.raises(LimitExceededError):
        codec.read(Source(name="book.xlsx", data=_bombed()), None, engine.config)
