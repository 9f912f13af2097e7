"""The Engine: the loaded plugins and configuration, asked for extractors, detectors, codecs …

One Engine per process (or per worker); building it loads the entry points once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType

from .config import Config, default_config
from .interfaces import Detector, Extractor, LabelCodec, Reporter, RuleCheck
from .plugins import PluginSet, load_plugins, outside_plugins_enabled


def _flatten(lists: list[list[object]] | None) -> list[object]:
    out: list[object] = []
    for item in lists or []:
        if item:
            out.extend(item)
    return out


@dataclass
class Engine:
    config: Config = field(default_factory=default_config)
    outside_plugins: bool | None = None
    extra_plugins: list[ModuleType | object] = field(default_factory=list)

    @cached_property
    def plugins(self) -> PluginSet:
        return load_plugins(outside=self.outside_plugins, extra=self.extra_plugins)

    def with_config(self, config: Config) -> Engine:
        """This engine under another configuration (a folder's assetclass.toml): the loaded plugins
        are shared, the lists that depend on the configuration are computed afresh."""
        clone = Engine(config=config, outside_plugins=self.outside_plugins, extra_plugins=self.extra_plugins)
        clone.__dict__["plugins"] = self.plugins  # the cached_property's slot
        return clone

    def plugins_outside_enabled(self) -> bool:
        """Whether outside plugins load (explicit setting, else the environment switch)."""
        return outside_plugins_enabled(self.outside_plugins)

    @property
    def hook(self):  # type: ignore[no-untyped-def]
        return self.plugins.manager.hook

    @cached_property
    def extractors(self) -> list[Extractor]:
        # pluggy calls later-registered plugins first: outside plugins override built-ins
        return [e for e in _flatten(self.hook.assetclass_register_extractors()) if isinstance(e, Extractor)]

    @cached_property
    def detectors(self) -> list[Detector]:
        dets = [d for d in _flatten(self.hook.assetclass_register_detectors()) if isinstance(d, Detector)]
        disabled = set(self.config.get("policy.disabled_detectors", []) or [])
        return sorted((d for d in dets if d.id not in disabled), key=lambda d: d.id)

    @cached_property
    def label_codecs(self) -> list[LabelCodec]:
        return [
            c for c in _flatten(self.hook.assetclass_register_label_codecs()) if isinstance(c, LabelCodec)
        ]

    @cached_property
    def rules(self) -> list[RuleCheck]:
        rules = [r for r in _flatten(self.hook.assetclass_register_rules()) if isinstance(r, RuleCheck)]
        return sorted(rules, key=lambda r: r.rule.code)

    @cached_property
    def reporters(self) -> dict[str, Reporter]:
        found = [r for r in _flatten(self.hook.assetclass_register_reporters()) if isinstance(r, Reporter)]
        # pluggy returns later registrations first; reverse so the later one wins the dict slot
        return {r.name: r for r in reversed(found)}

    def extractor_for(self, name: str, data: bytes) -> tuple[Extractor, str] | None:
        for extractor in self.extractors:
            fmt = extractor.accepts(name, data)
            if fmt:
                return extractor, fmt
        return None

    def stamp_codec_for(self, fmt: str) -> LabelCodec | None:
        for codec in self.label_codecs:  # later registrations come first
            if codec.can_stamp(fmt):
                return codec
        return None


_ENGINES: dict[int, Engine] = {}


def get_engine(config: Config | None = None) -> Engine:
    """A cached engine for ``config`` (the built-in configuration when None)."""
    cfg = config or default_config()
    key = id(cfg)
    engine = _ENGINES.get(key)
    if engine is None:
        engine = Engine(config=cfg)
        _ENGINES[key] = engine
    return engine
