"""The engine the integrations use when the caller passes none: the project's configuration.

A generating program or a watcher is configured where it runs (``assetclass.toml`` or
``[tool.assetclass]`` found from the current directory upwards, e.g. ``[hooks] presave_mode``),
unlike the plain scanning API, which defaults to the built-in configuration. One engine per
configuration file found, so plugins load once per process.
"""

from __future__ import annotations

import threading

from ..config import Config, find_project_config, load_config
from ..engine import Engine, get_engine

_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()


def hook_engine(config: Config | None = None, engine: Engine | None = None) -> Engine:
    if engine is not None:
        return engine
    if config is not None:
        return get_engine(config)
    found = find_project_config()
    key = str(found[0]) if found is not None else ""
    with _LOCK:
        cached = _ENGINES.get(key)
        if cached is None:
            cached = _ENGINES[key] = Engine(config=load_config())
    return cached
