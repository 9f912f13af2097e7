"""The plugin manager: loads built-ins and outside plugins from the ``assetclass`` entry points.

Built-ins are entry points in assetclass's own package metadata, found exactly like outside ones
(as flake8 does). ``ASSETCLASS_DISABLE_PLUGINS=1`` (or ``--no-plugins``) loads only the built-ins.
A plugin that fails to load is reported as ``package[entry]: cause`` and the rest keep working.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

import pluggy

from . import hookspecs
from .exceptions import PluginLoadError

ENTRY_POINT_GROUP = "assetclass"
DISABLE_ENV = "ASSETCLASS_DISABLE_PLUGINS"
BUILTIN_DIST = "assetclass"


EXTRA_DIST = "<extra>"  # the ``dist`` of a plugin object passed in by the caller (``extra=``)


@dataclass(slots=True)
class LoadedPlugin:
    name: str  # entry point name
    dist: str  # distribution (package) that provides it
    version: str
    module: str
    builtin: bool

    @property
    def registered_as(self) -> str:
        """Its name in the plugin manager (pluggy's ``plugin_name``)."""
        return self.name if self.dist == EXTRA_DIST else f"{self.dist}:{self.name}"


@dataclass(slots=True)
class LoadFailure:
    name: str
    dist: str
    cause: str

    def describe(self) -> str:
        return f"{self.dist}[{self.name}]: {self.cause}"


@dataclass(slots=True)
class PluginSet:
    manager: pluggy.PluginManager
    loaded: list[LoadedPlugin] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)

    def report_misfit(self, plugin_name: str, hook: str, obj: object, protocol: type) -> None:
        """Record that the plugin registered under ``plugin_name`` returned ``obj`` from ``hook``
        although it does not fit ``protocol``: the object is not used, and the plugin is named as
        ``dist[entry]`` like a load failure (once, however many engines share this set)."""
        dist, entry = "?", plugin_name
        for plugin in self.loaded:
            if plugin.registered_as == plugin_name:
                dist, entry = plugin.dist, plugin.name
                break
        failure = LoadFailure(entry, dist, misfit_cause(hook, obj, protocol))
        if failure not in self.failures:
            self.failures.append(failure)


def misfit_cause(hook: str, obj: object, protocol: type) -> str:
    """Why ``obj`` is not a ``protocol``: the members it lacks (attributes, or methods not callable)."""
    attributes = [name for name in getattr(protocol, "__annotations__", {}) if not name.startswith("_")]
    methods = [name for name, value in vars(protocol).items() if callable(value) and not name.startswith("_")]
    missing = [name for name in attributes if not hasattr(obj, name)]
    missing += [name for name in methods if not callable(getattr(obj, name, None))]
    lacks = ", ".join(missing) if missing else "members"
    return f"{hook} returned {type(obj).__name__}, which is not a {protocol.__name__} (missing: {lacks})"


_DIST_NAMES: dict[str, tuple[str, str]] = {}


def _dist_name(ep: EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return ("?", "?")
    # each lookup parses the METADATA file (~2.5 ms); one distribution has many entry points
    key = str(getattr(dist, "_path", "")) or repr(dist)
    if key not in _DIST_NAMES:
        _DIST_NAMES[key] = (dist.metadata["Name"] or "?", dist.version or "?")
    return _DIST_NAMES[key]


def new_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    return pm


def outside_plugins_enabled(setting: bool | None = None) -> bool:
    """Whether outside plugins load: an explicit ``setting`` (``--no-plugins``, ``Engine(
    outside_plugins=…)``) wins, else the ``ASSETCLASS_DISABLE_PLUGINS`` environment switch."""
    if setting is not None:
        return setting
    return os.environ.get(DISABLE_ENV, "").strip().lower() not in {"1", "true", "yes"}


def load_plugins(
    *, outside: bool | None = None, extra: list[ModuleType | object] | None = None, strict: bool = False
) -> PluginSet:
    """Build a plugin manager with every built-in and (unless disabled) every outside plugin.

    ``extra`` registers additional plugin objects (tests, embedding applications).
    ``strict`` raises PluginLoadError on the first failure instead of recording it.
    """
    outside = outside_plugins_enabled(outside)
    pm = new_manager()
    result = PluginSet(manager=pm)
    eps = sorted(
        entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (_dist_name(e)[0] != BUILTIN_DIST, e.name)
    )
    seen: set[str] = set()
    for ep in eps:
        dist, version = _dist_name(ep)
        builtin = dist == BUILTIN_DIST
        if not builtin and not outside:
            continue
        key = f"{dist}:{ep.name}"
        if key in seen:  # the same distribution seen twice on sys.path
            continue
        seen.add(key)
        try:
            # a plugin's print() at import must not corrupt a report on stdout
            with contextlib.redirect_stdout(sys.stderr):
                obj = ep.load()
            pm.register(obj, name=key)
            _check_pending(pm, key)
        except (Exception, SystemExit) as exc:  # a broken plugin must not break the scan
            failure = LoadFailure(ep.name, dist, _cause(exc))
            if strict:
                raise PluginLoadError(
                    f"plugin {failure.describe()}", f"プラグイン {failure.describe()} を読み込めません"
                ) from exc
            result.failures.append(failure)
            continue
        module = getattr(obj, "__name__", type(obj).__name__)
        result.loaded.append(LoadedPlugin(ep.name, dist, version, module, builtin))
    for i, plugin in enumerate(extra or []):
        name = getattr(plugin, "__name__", f"extra-{i}-{type(plugin).__name__}")
        pm.register(plugin, name=name)
        result.loaded.append(LoadedPlugin(name, EXTRA_DIST, "", name, False))
    pm.check_pending()  # a misspelt hook name is an error, not a silent no-op
    return result


def _cause(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):
        return f"SystemExit({exc.code!r}) while loading"
    return f"{type(exc).__name__}: {exc}"


def _check_pending(pm: pluggy.PluginManager, key: str) -> None:
    """Refuse this plugin (only this one) when it implements a hook that does not exist.

    A misspelt ``assetclass_register_detector`` would otherwise be a silent no-op, or, checked
    once for all plugins at the end, fail every plugin at once. Optional hooks
    (``@hookimpl(optionalhook=True)``) are allowed.
    """
    plugin = pm.get_plugin(key)
    for name in dir(plugin):
        if not name.startswith(hookspecs.PROJECT + "_"):
            continue
        caller = getattr(pm.hook, name, None)
        if caller is not None and caller.spec is not None:
            continue
        impl_opts = pm.parse_hookimpl_opts(plugin, name)
        if impl_opts is None or impl_opts.get("optionalhook"):
            continue
        pm.unregister(name=key)
        raise PluginLoadError(
            f"unknown hook {name} (misspelt?)", f"存在しないフック {name} です（綴りの誤り？）"
        )
