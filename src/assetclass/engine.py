"""The Engine: the loaded plugins and configuration, asked for extractors, detectors, codecs …

One Engine per process (or per worker); building it loads the entry points once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import Any

from .config import Config, default_config
from .interfaces import Detector, Extractor, LabelCodec, Reporter, RuleCheck
from .plugins import LoadFailure, PluginSet, load_plugins, outside_plugins_enabled

#: The hooks that register objects, with the Protocol each object must fit.
REGISTER_HOOKS: tuple[tuple[str, type], ...] = (
    ("assetclass_register_extractors", Extractor),
    ("assetclass_register_detectors", Detector),
    ("assetclass_register_label_codecs", LabelCodec),
    ("assetclass_register_rules", RuleCheck),
    ("assetclass_register_reporters", Reporter),
)


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

    def _registered(self, caller: Any, protocol: type, only: set[str] | None = None) -> list[Any]:
        """What every plugin (or the plugins registered as ``only``) returns from the register
        hook ``caller``, in pluggy's call order (later registrations first: outside plugins
        override built-ins).

        Each plugin's implementation is called on its own, so that an object that does not fit
        ``protocol`` is reported against the plugin that returned it (``dist[entry]``, see
        :meth:`check_plugins`) instead of vanishing from the list unexplained.
        """
        impls = caller.get_hookimpls()
        if any(impl.hookwrapper or impl.wrapper for impl in impls):
            # a wrapper may rewrite the whole list: only pluggy's own call keeps its semantics
            answers: list[tuple[str, Any]] = [("<wrapped>", returned) for returned in caller()]
        else:
            answers = [
                (impl.plugin_name, impl.function())
                for impl in reversed(impls)
                if only is None or impl.plugin_name in only
            ]
        found: list[Any] = []
        for plugin_name, returned in answers:
            if returned is None:
                continue
            if not isinstance(returned, Iterable) or isinstance(returned, str | bytes):
                returned = [returned]  # a plugin that forgot the list: its object is still checked
            for obj in returned:
                if isinstance(obj, protocol):
                    found.append(obj)
                else:
                    self.plugins.report_misfit(plugin_name, caller.name, obj, protocol)
        return found

    def check_plugins(self) -> list[LoadFailure]:
        """Every plugin failure: those of loading, and objects that do not fit their Protocol.

        For the second kind the register hooks of the outside (and extra) plugins are called
        once more; the built-ins' are not, since they are known to fit
        (``tests/test_plugin_manager.py``) and building their lists would slow every start-up.
        """
        outside = {plugin.registered_as for plugin in self.plugins.loaded if not plugin.builtin}
        if outside:
            for hook_name, protocol in REGISTER_HOOKS:
                self._registered(getattr(self.hook, hook_name), protocol, only=outside)
        return self.plugins.failures

    @cached_property
    def extractors(self) -> list[Extractor]:
        return self._registered(self.hook.assetclass_register_extractors, Extractor)

    @cached_property
    def detectors(self) -> list[Detector]:
        dets = self._registered(self.hook.assetclass_register_detectors, Detector)
        disabled = set(self.config.get("policy.disabled_detectors", []) or [])
        return sorted((d for d in dets if d.id not in disabled), key=lambda d: d.id)

    @cached_property
    def label_codecs(self) -> list[LabelCodec]:
        return self._registered(self.hook.assetclass_register_label_codecs, LabelCodec)

    @cached_property
    def rules(self) -> list[RuleCheck]:
        return sorted(
            self._registered(self.hook.assetclass_register_rules, RuleCheck), key=lambda r: r.rule.code
        )

    @cached_property
    def reporters(self) -> dict[str, Reporter]:
        found = self._registered(self.hook.assetclass_register_reporters, Reporter)
        # later registrations come first; reverse so the later one wins the dict slot
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
