"""Configuration and policy: data, not code.

The built-in defaults are the TOML files in ``assetclass/data/`` (one per concern: ``policy.toml``,
``labels.toml``, ``scan.toml``, ``rules.toml``), merged into one tree. A user file overrides them
key by key: ``--policy FILE`` for every file, else, as ruff finds its configuration, the nearest
``assetclass.toml`` or ``pyproject.toml`` with a ``[tool.assetclass]`` table from each scanned
file's folder upwards (:class:`ConfigResolver`); files with none above them use the one found
from the current directory upwards. The nearest file wins whole: settings of configuration files
further up are not merged in (as in ruff), the built-in defaults are.
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
    except OSError as exc:  # a sentence, not "[Errno 21] Is a directory"
        from .terms import os_error_text  # late: terms imports the policy, which imports this module

        ja, en = os_error_text(exc)
        raise ConfigError(
            f"cannot read configuration {path}: {en}", f"設定ファイル {path} を読み込めません: {ja}"
        ) from exc
    except tomllib.TOMLDecodeError as exc:  # line and column, never the offending text
        raise ConfigError(
            f"cannot read configuration {path}: {exc}",
            f"設定ファイル {path} を読み込めません（TOML の書き方の誤り）: {exc}",
        ) from exc


CONFIG_FILE = "assetclass.toml"


def folder_config(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    """The configuration held in ``folder`` itself: ``assetclass.toml``, else ``[tool.assetclass]``."""
    candidate = folder / CONFIG_FILE
    if candidate.is_file():
        return candidate, _read_toml(candidate)
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        tool = _read_toml(pyproject).get("tool", {}).get("assetclass")
        if isinstance(tool, dict):
            return pyproject, tool
    return None


def find_project_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        found = folder_config(folder)
        if found is not None:
            return found
    return None


def is_config_file(path: str | Path) -> bool:
    """Whether ``path`` is a configuration file (never a scanned row): assetclass.toml, or a
    pyproject.toml that carries a [tool.assetclass] table."""
    p = Path(path)
    if p.name == CONFIG_FILE:
        return True
    if p.name != "pyproject.toml":
        return False
    try:
        return isinstance(_read_toml(p).get("tool", {}).get("assetclass"), dict)
    except ConfigError:
        return False


class ConfigResolver:
    """The configuration of each scanned file: the nearest configuration file above it.

    ``base`` is the run's configuration (built-in + ``--policy`` or the one found from the
    current directory); ``overrides`` are the command line's settings (``--select`` …), laid over
    every configuration. With ``discover=False`` (``--policy`` given) every file gets ``base``.
    :meth:`for_folder` answers ``(None, {})`` for ``base``, else ``(config file path, overlay)``
    where the overlay (the file's table plus the overrides) over the built-in defaults is the
    file's configuration; overlays are small, so they travel with each task to the workers.
    """

    def __init__(self, base: Config, overrides: dict[str, Any] | None = None, discover: bool = True) -> None:
        self.base = base
        self.overrides = overrides or {}
        self.discover = discover
        self.base_file = next((s for s in reversed(base.sources) if not s.startswith("<")), None)
        self._folders: dict[str, tuple[str | None, dict[str, Any]]] = {}

    def for_folder(self, folder: str) -> tuple[str | None, dict[str, Any]]:
        if not self.discover:
            return None, {}
        path = Path(folder).resolve() if folder else Path.cwd().resolve()
        # upwards until a folder already answered or holding a configuration file (a loop, not
        # recursion: share trees can be thousands of folders deep)
        unanswered: list[str] = []
        answer: tuple[str | None, dict[str, Any]] = (None, {})
        for current in (path, *path.parents):
            key = str(current)
            if key in self._folders:
                answer = self._folders[key]
                break
            unanswered.append(key)
            found = folder_config(current)
            if found is not None:
                file = str(found[0])
                if not self._same_as_base(file):
                    answer = (file, deep_merge(found[1], self.overrides))
                break
        for key in unanswered:
            self._folders[key] = answer
        return answer

    def _same_as_base(self, file: str) -> bool:
        if self.base_file is None:
            return False
        try:
            return Path(self.base_file).resolve() == Path(file)
        except OSError:
            return False


def config_from_overlay(overlay: dict[str, Any], source: str) -> Config:
    """The built-in defaults with a configuration file's table (and overrides) laid over them."""
    builtin = default_config()
    return Config(deep_merge(builtin.data, overlay), [*builtin.sources, source])


def load_config(
    policy: str | Path | None = None, *, search: bool = True, start: Path | None = None
) -> Config:
    """Built-in defaults, overridden by ``policy`` (a TOML file) or the project's configuration
    (the nearest one from ``start``, default the current directory, upwards)."""
    config = Config(_builtin(), ["<built-in>"])
    if policy is not None:
        path = Path(policy)
        data = _read_toml(path)
        # a pyproject.toml passed explicitly contributes its [tool.assetclass] table
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("assetclass", {})
        config = Config(deep_merge(config.data, data), [*config.sources, str(path)])
    elif search:
        found = find_project_config(start)
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
