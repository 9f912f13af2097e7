"""Configuration and policy: data, not code.

The built-in defaults are the TOML files in ``assetclass/data/`` (one per concern: ``policy.toml``,
``labels.toml``, ``scan.toml``, ``rules.toml``), merged into one tree. A user file overrides them
key by key: ``--policy FILE``, else ``assetclass.toml`` or ``[tool.assetclass]`` in
``pyproject.toml``, looked up from the current directory upwards.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .exceptions import ConfigError

BUILTIN_FILES = ("policy.toml", "labels.toml", "scan.toml", "rules.toml")


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@dataclass(slots=True)
class Config:
    data: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)  # where the values came from, for `explain`

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, dict) else {}

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def with_overrides(self, overrides: dict[str, Any]) -> Config:
        return Config(deep_merge(self.data, overrides), [*self.sources, "<overrides>"])


def _builtin() -> dict[str, Any]:
    merged: dict[str, Any] = {}
    pkg = resources.files("assetclass") / "data"
    for name in BUILTIN_FILES:
        res = pkg / name
        if res.is_file():
            merged = deep_merge(merged, tomllib.loads(res.read_text(encoding="utf-8")))
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"cannot read configuration {path}: {exc}", f"設定ファイル {path} を読み込めません: {exc}"
        ) from exc


def find_project_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "assetclass.toml"
        if candidate.is_file():
            return candidate, _read_toml(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool", {}).get("assetclass")
            if isinstance(tool, dict):
                return pyproject, tool
    return None


def load_config(policy: str | Path | None = None, *, search: bool = True) -> Config:
    """Built-in defaults, overridden by ``policy`` (a TOML file) or the project's configuration."""
    config = Config(_builtin(), ["<built-in>"])
    if policy is not None:
        path = Path(policy)
        data = _read_toml(path)
        # a pyproject.toml passed explicitly contributes its [tool.assetclass] table
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("assetclass", {})
        config = Config(deep_merge(config.data, data), [*config.sources, str(path)])
    elif search:
        found = find_project_config()
        if found is not None:
            path, data = found
            config = Config(deep_merge(config.data, data), [*config.sources, str(path)])
    return config


_DEFAULT: Config | None = None


def default_config() -> Config:
    """The built-in configuration only (cached; used by the Python API when none is given)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_config(search=False)
    return _DEFAULT
