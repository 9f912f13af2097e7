"""Built-ins load through the same entry points as outside plugins; failures are named, not fatal."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pluggy
import pytest

from assetclass import Engine, hookimpl
from assetclass.cli.main import main
from assetclass.families import FAMILIES
from assetclass.plugins import DISABLE_ENV, load_plugins


def test_builtins_come_from_entry_points() -> None:
    plugins = load_plugins(outside=False)
    names = {p.name for p in plugins.loaded if p.builtin}
    assert {"workbooks", "documents", "pdf", "detect_my_number", "classify_default"} <= names
    assert all(p.dist == "assetclass" for p in plugins.loaded)
    assert plugins.failures == []


def test_one_entry_point_per_format_family_keeps_the_reading_order() -> None:
    """The order readers are asked decides which one answers for an empty file (the empty-file
    reader answers for every format asked after it), and the codec order the order of labels: the
    families' entry points keep the order the per-module entry points had."""
    engine = Engine(outside_plugins=False)
    families = [p for p in engine.plugins.loaded if p.module.startswith("assetclass.families:")]
    assert [p.name for p in families] == [family.__name__.split(":")[1] for family in FAMILIES]
    assert not [
        p for p in engine.plugins.loaded if p.module.startswith(("assetclass.extract", "assetclass.labels"))
    ]
    assert [e.name for e in engine.extractors] == [
        "xlsx", "ooxml-encrypted", "text", "empty", "pptx", "ppt", "pdf", "calamine-sheets", "image",
        "docx", "doc", "odf",
    ]  # fmt: skip
    assert [c.name for c in engine.label_codecs] == ["xlsx", "pptx", "pdf", "generic", "docx"]


def test_every_builtin_fits_its_protocol() -> None:
    engine = Engine(outside_plugins=False)
    _ = (engine.extractors, engine.detectors, engine.label_codecs, engine.rules, engine.reporters)
    assert engine.plugins.failures == []


class HalfDetector:
    """Has an id and types but no ``detect``: not a Detector."""

    id = "test.half"
    types = ("test.half",)


class WholeDetector:
    id = "test.whole"
    types = ("test.whole",)

    def detect(self, document, context):  # type: ignore[no-untyped-def]
        return []


def test_an_object_that_does_not_fit_is_reported_not_dropped() -> None:
    plugin = SimpleNamespace(
        __name__="half_plugin",
        assetclass_register_detectors=hookimpl(lambda: [HalfDetector(), WholeDetector()]),
    )
    engine = Engine(outside_plugins=False, extra_plugins=[plugin])
    assert [d.id for d in engine.detectors if d.id.startswith("test.")] == ["test.whole"]
    assert [f.describe() for f in engine.check_plugins()] == [
        "<extra>[half_plugin]: assetclass_register_detectors returned HalfDetector, "
        "which is not a Detector (missing: detect)"
    ]
    # an engine for another folder's configuration shares the plugins: reported once
    assert len(engine.with_config(engine.config).check_plugins()) == 1


def test_a_register_hook_that_forgets_the_list_is_reported() -> None:
    plugin = SimpleNamespace(__name__="no_list", assetclass_register_reporters=hookimpl(lambda: "csv"))
    failures = Engine(outside_plugins=False, extra_plugins=[plugin]).check_plugins()
    assert [f.describe() for f in failures] == [
        "<extra>[no_list]: assetclass_register_reporters returned str, "
        "which is not a Reporter (missing: name, extension, open)"
    ]


def _misfit_plugin(site: Path) -> Path:
    info = site / "misfit_plugin-0.2.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: misfit-plugin\nVersion: 0.2\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[assetclass]\nhalf = misfit_plugin_mod\n", encoding="utf-8")
    (site / "misfit_plugin_mod.py").write_text(
        "from assetclass.plugin import hookimpl\n\n"
        "class Half:\n    id = 'misfit.half'\n    types = ('misfit.half',)\n\n"
        "@hookimpl\ndef assetclass_register_detectors():\n    return [Half()]\n",
        encoding="utf-8",
    )
    return site


def test_an_installed_plugin_that_does_not_fit_is_named_dist_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(_misfit_plugin(tmp_path / "site")))
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    named = "misfit-plugin[half]: assetclass_register_detectors returned Half, which is not a Detector"
    assert main(["plugins", "--lang", "en"]) == 2
    out = capsys.readouterr()
    assert f"failed: {named} (missing: detect)" in out.out
    doc = tmp_path / "memo.txt"
    doc.write_text("会議のお知らせ\n", encoding="utf-8")
    assert main(["scan", str(doc), "--format", "jsonl", "--jobs", "1", "--lang", "en"]) in (0, 1)
    out = capsys.readouterr()
    assert f"warning: plugin {named}" in out.err
    assert '"status": "ok"' in out.out


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
