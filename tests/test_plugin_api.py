"""``assetclass.plugin`` is the whole plugin API: every name it exports resolves, and the example
plugins in plugins/ import nothing else from assetclass (their tests may use assetclass.testing)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import assetclass.plugin
from assetclass import hookspecs, interfaces

PLUGINS = Path(__file__).resolve().parents[1] / "plugins"
PLUGIN_SOURCES = sorted(p for p in PLUGINS.glob("*/*/**/*.py") if "tests" not in p.relative_to(PLUGINS).parts)
PLUGIN_TESTS = sorted(PLUGINS.glob("*/tests/**/*.py"))


def test_every_exported_name_resolves() -> None:
    exported = assetclass.plugin.__all__
    assert len(exported) == len(set(exported))
    for name in exported:
        assert getattr(assetclass.plugin, name) is not None, name


def test_the_api_covers_every_protocol_and_the_marker() -> None:
    protocols = {
        name
        for name, value in vars(interfaces).items()
        if isinstance(value, type)
        and getattr(value, "_is_protocol", False)
        and value.__module__ == interfaces.__name__
    }
    assert protocols <= set(assetclass.plugin.__all__)
    assert assetclass.plugin.hookimpl is hookspecs.hookimpl


def assetclass_imports(path: Path) -> set[str]:
    """Every module of assetclass that ``path`` imports (``from assetclass import x`` counts as
    ``assetclass``), at any depth of the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "assetclass")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.update([node.module] if node.module.split(".")[0] == "assetclass" else [])
    return found


@pytest.mark.parametrize("path", PLUGIN_SOURCES, ids=lambda p: str(p.relative_to(PLUGINS)))
def test_example_plugins_import_only_the_plugin_api(path: Path) -> None:
    assert assetclass_imports(path) <= {"assetclass.plugin"}


@pytest.mark.parametrize("path", PLUGIN_TESTS, ids=lambda p: str(p.relative_to(PLUGINS)))
def test_example_plugin_tests_import_only_the_api_and_the_test_helpers(path: Path) -> None:
    assert assetclass_imports(path) <= {"assetclass.plugin", "assetclass.testing"}


def test_there_are_plugin_sources_and_tests_to_check() -> None:
    assert {p.parts[-3] for p in PLUGIN_SOURCES} >= {"assetclass-city-ids", "assetclass-asset-register"}
    assert {p.relative_to(PLUGINS).parts[0] for p in PLUGIN_TESTS} >= {
        "assetclass-city-ids",
        "assetclass-asset-register",
    }
