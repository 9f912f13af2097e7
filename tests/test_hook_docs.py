"""Every hookspec has a page in docs/hooks/ that matches it, and its example runs (as datasette does)."""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pytest

from assetclass import Engine, hookspecs
from assetclass.plugins import load_plugins, new_manager

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "hooks"
SECTIONS = ("## Contract", "## Arguments", "## Result", "## Example")
CODE = re.compile(r"```python\n(.*?)```", re.S)


def hook_names() -> list[str]:
    pm = new_manager()
    return sorted(name for name in dir(pm.hook) if name.startswith("assetclass_"))


def section(text: str, title: str) -> str:
    start = text.index(title) + len(title)
    end = text.find("\n## ", start)
    return text[start : end if end != -1 else None]


def test_hookspecs_found() -> None:
    # guards the parametrisation below against silently finding nothing
    assert len(hook_names()) >= 9
    assert {p.stem for p in DOCS.glob("*.md")} >= set(hook_names())


@pytest.mark.parametrize("name", hook_names())
def test_hook_page_matches_spec(name: str) -> None:
    page = DOCS / f"{name}.md"
    assert page.is_file(), f"{name} is undocumented: add docs/hooks/{name}.md"
    text = page.read_text(encoding="utf-8")
    for title in SECTIONS:
        assert title in text, f"{page.name} lacks the section {title!r}"
    spec_fn = getattr(hookspecs, name)
    first_line = inspect.getdoc(spec_fn).splitlines()[0]  # type: ignore[union-attr]
    assert first_line in section(text, "## Contract"), f"{page.name}: contract drifted from the docstring"
    for arg in inspect.signature(spec_fn).parameters:
        assert f"`{arg}`" in section(text, "## Arguments"), f"{page.name}: argument {arg} undocumented"
    firstresult = bool(new_manager().hook.__dict__[name].spec.opts.get("firstresult"))
    expected = "First answer wins: yes" if firstresult else "First answer wins: no"
    assert expected in section(text, "## Result")


@pytest.mark.parametrize("name", hook_names())
def test_hook_page_example_runs(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    blocks = CODE.findall(section(text, "## Example"))
    assert blocks, f"{name}.md has no python example"
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile("\n".join(blocks), f"docs/hooks/{name}.md", "exec"), namespace)  # asserts inside
    plugin_cls = namespace["Plugin"]
    assert isinstance(plugin_cls, type)
    engine = Engine(outside_plugins=False, extra_plugins=[plugin_cls()])
    impls = engine.plugins.manager.hook.__dict__[name].get_hookimpls()
    assert any(isinstance(i.plugin, plugin_cls) for i in impls), (
        f"the example of {name} implements another hook"
    )


def test_every_hook_is_implemented_or_exercised() -> None:
    """Built-ins and the installed example plugins implement the hooks; the rest are exercised above."""
    if os.environ.get("ASSETCLASS_DISABLE_PLUGINS"):
        pytest.skip("outside plugins disabled in this run")
    plugins = load_plugins(outside=True)
    hook = plugins.manager.hook
    implemented = {name for name in hook_names() if hook.__dict__[name].get_hookimpls()}
    # the example plugins of plugins/ are installed by `make setup` and must load
    outside = {p.dist for p in plugins.loaded if not p.builtin}
    assert {"assetclass-city-ids", "assetclass-asset-register"} <= outside
    assert {
        "assetclass_register_extractors",
        "assetclass_register_detectors",
        "assetclass_classify",
        "assetclass_adjust_classification",
        "assetclass_register_reporters",
    } <= implemented
    exercised_by_docs = {p.stem for p in DOCS.glob("*.md")}
    assert set(hook_names()) <= implemented | exercised_by_docs


def test_plugins_guide_lists_every_hook() -> None:
    guide = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
    pm = new_manager()
    for name in hook_names():
        firstresult = bool(pm.hook.__dict__[name].spec.opts.get("firstresult"))
        row = f"[`{name}`](hooks/{name}.md) | {'yes' if firstresult else 'no'} |"
        assert row in guide, f"docs/plugins.md: hook table row for {name} missing or wrong"
