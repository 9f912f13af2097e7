"""assetclass.testing, the helpers plugin authors test with: documents assetclass reads back, My
Numbers both check-digit implementations agree on, scans with one extra plugin."""

from __future__ import annotations

import builtins
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assetclass.detect.checks import is_my_number
from assetclass.plugin import hookimpl
from assetclass.testing import (
    DocumentFactory,
    is_valid_my_number,
    my_number,
    my_number_from,
    scan_with_plugin,
    write_document,
)

ROWS = [["氏名", "個人番号"], ["山田 太郎", my_number(0)], ["鈴木 花子", my_number(1)]]


@pytest.mark.parametrize("name", ["名簿.docx", "名簿.xlsx", "名簿.csv", "名簿.tsv", "名簿.txt", "名簿.pdf"])
def test_every_format_is_read_back_with_its_content(make_document: DocumentFactory, name: str) -> None:
    path = make_document(name, ["職員の名簿です"], ROWS)
    assert path.parent.is_dir() and path.name == name
    result = scan_with_plugin(object(), path)
    assert result.status == "ok" and result.format == name.rsplit(".", 1)[1]
    assert {"my_number", "name"} <= {f.type for f in result.findings}
    assert result.level == 3


@pytest.mark.parametrize("name", ["見本.docx", "見本.xlsx", "見本.pdf"])
def test_a_header_is_a_label_assetclass_reads(make_document: DocumentFactory, name: str) -> None:
    assert scan_with_plugin(object(), make_document(name, ["会議のお知らせ"], header="機密性2")).label == 2


def test_an_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.docx"):
        write_document(tmp_path / "a.doc", ["x"])


def test_pdf_without_reportlab_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_reportlab(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("reportlab"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_reportlab)
    with pytest.raises(RuntimeError, match="pip install reportlab"):
        write_document(tmp_path / "a.pdf", ["x"])


def test_my_numbers_are_distinct_and_both_check_digit_implementations_agree() -> None:
    numbers = [my_number(i) for i in range(200)]
    assert len(set(numbers)) == 200
    assert all(is_valid_my_number(n) and is_my_number(n) for n in numbers)
    assert not any(is_valid_my_number(my_number(i, valid=False)) for i in range(200))
    assert not any(n.startswith("12345678") for n in numbers)  # never the sample-form placeholder
    assert my_number_from("12345678901") == "123456789018"  # the number the official guides print


def test_scan_bytes_with_an_extra_plugin_and_its_misfits() -> None:
    class StaffIds:
        id = "test.staff"
        types = ("test.staff",)

        def detect(self, document: Any, context: Any) -> list[Any]:
            from assetclass.plugin import Finding

            return [Finding("test.staff", 0.9, b.locator, "***") for b in document.blocks if "職員" in b.text]

    plugin = SimpleNamespace(__name__="staff", assetclass_register_detectors=hookimpl(lambda: [StaffIds()]))
    result = scan_with_plugin(plugin, "職員 A\n".encode(), name="memo.txt")
    assert [f.type for f in result.findings] == ["test.staff"]
    with pytest.raises(ValueError, match="name="):
        scan_with_plugin(plugin, b"x")
    broken = SimpleNamespace(__name__="broken", assetclass_register_detectors=hookimpl(lambda: [object()]))
    with pytest.raises(AssertionError, match=r"<extra>\[broken\]: .* not a Detector"):
        scan_with_plugin(broken, b"x", name="memo.txt")
