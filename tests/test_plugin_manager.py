"""Built-ins load through the same entry points as outside plugins; failures are named, not fatal."""

from __future__ import annotations

from types import SimpleNamespace

import pluggy
import pytest

from assetclass import Engine, hookimpl
from assetclass.plugins import load_plugins


def test_builtins_come_from_entry_points() -> None:
    plugins = load_plugins(outside=False)
    names = {p.name for p in plugins.loaded if p.builtin}
    assert {"extract_xlsx", "extract_docx", "extract_pdf", "detect_my_number", "classify_default"} <= names
    assert all(p.dist == "assetclass" for p in plugins.loaded)
    assert plugins.failures == []


def test_misspelt_hook_is_an_error() -> None:
    class Misspelt:
        @hookimpl
        def assetclass_register_detector(self) -> list[object]:  # missing the final "s"
            return []

    with pytest.raises(pluggy.PluginValidationError):
        load_plugins(outside=False, extra=[Misspelt()])


def test_extra_plugin_detector_runs() -> None:
    class StaffIdDetector:
        id = "test.staff_id"
        types = ("test.staff_id",)

        def detect(self, document, context):  # type: ignore[no-untyped-def]
            from assetclass import Finding

            for block in document.blocks:
                if "職員番号" in block.text:
                    yield Finding("test.staff_id", 0.9, block.locator, "****")

    plugin = SimpleNamespace(assetclass_register_detectors=hookimpl(lambda: [StaffIdDetector()]))
    engine = Engine(outside_plugins=False, extra_plugins=[plugin])
    from assetclass import scan_bytes

    result = scan_bytes("職員番号 A-123\n".encode(), "memo.txt", engine=engine)
    assert [f.type for f in result.findings if f.type.startswith("test.")] == ["test.staff_id"]
