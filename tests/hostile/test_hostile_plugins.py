"""Plugins contained (issue 10, item 12).

An outside plugin that calls ``sys.exit`` at import, implements a misspelt hook, prints to stdout
or returns unmasked evidence is named as that plugin's failure (``dist[entry]: cause``) or
neutralised; the other plugins and the scan go on, stdout stays valid JSONL, and the engine
masks evidence itself. The plugins are installed at test time as a distribution's entry points.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Cli, write_dist, write_plugin

DIST = "hostile-plugins"
RAW = "987654321098"

QUITTER = """
import sys
sys.exit(3)
"""

MISSPELT = """
from assetclass.hookspecs import hookimpl


@hookimpl
def assetclass_register_detector():  # the real hook is assetclass_register_detectors
    return []
"""

CHATTY = """
from assetclass.hookspecs import hookimpl
from assetclass.model import Finding

print("chatty plugin imported")


class Chatty:
    id = "chatty"
    types = ("chatty",)

    def detect(self, document, context):
        print("chatty plugin detecting", document.name)
        return []


@hookimpl
def assetclass_register_detectors():
    return [Chatty()]
"""

LEAKY = f"""
from assetclass.hookspecs import hookimpl
from assetclass.model import Finding


class Leaky:
    id = "leaky"
    types = ("leaky_number", "leaky_name")

    def detect(self, document, context):
        text = " ".join(b.text for b in document.blocks)
        if "{RAW}" in text:
            yield Finding("leaky_number", 0.9, "line 1", "{RAW}", record="r1")
            yield Finding("name", 0.9, "line 1", "山田 太郎", record="r1")


@hookimpl
def assetclass_register_detectors():
    return [Leaky()]
"""


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    for module, source in (("h_quitter", QUITTER), ("h_misspelt", MISSPELT), ("h_chatty", CHATTY),
                           ("h_leaky", LEAKY)):  # fmt: skip
        write_plugin(folder, module, source)
    entries = {"quitter": "h_quitter", "misspelt": "h_misspelt", "chatty": "h_chatty", "leaky": "h_leaky"}
    return write_dist(folder, DIST, entries)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "a.txt").write_text(f"番号 {RAW} 山田 太郎", encoding="utf-8")
    (folder / "b.txt").write_text("会議のお知らせ", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_broken_plugins_are_named_and_the_scan_goes_on(
    cli: Cli, plugins: Path, share: Path, jobs: str
) -> None:
    proc = cli("scan", share, "--format", "jsonl", "--jobs", jobs, "--no-progress", plugin_dirs=(plugins,))
    err = proc.stderr.decode()
    assert proc.returncode in (0, 1), err
    assert f"{DIST}[quitter]: SystemExit(3)" in err
    assert f"{DIST}[misspelt]:" in err and "assetclass_register_detector" in err
    assert "chatty plugin" in err  # diverted from stdout, still visible
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]  # every line is JSON
    assert sorted(Path(d["path"]).name for d in lines) == ["a.txt", "b.txt"]
    assert RAW not in proc.stdout.decode() and "太郎" not in proc.stdout.decode()
    (a,) = [d for d in lines if d["path"].endswith("a.txt")]
    evidence = {f["type"]: f["evidence"] for f in a["findings"]}
    assert evidence["leaky_number"] == ["9876********"]  # masked by the engine, not the plugin
    assert "山* **" in evidence["name"]


def test_plugins_command_lists_each_failure(cli: Cli, plugins: Path) -> None:
    proc = cli("plugins", "--lang", "en", plugin_dirs=(plugins,))
    out = proc.stdout.decode()
    assert proc.returncode == 2
    assert f"failed: {DIST}[quitter]" in out and f"failed: {DIST}[misspelt]" in out
    assert "chatty" in out and "leaky" in out  # the working plugins of the same package load
