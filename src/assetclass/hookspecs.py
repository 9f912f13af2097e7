"""Hook specifications: every extension point of assetclass.

Built-ins implement these exactly like outside plugins, registered through the ``assetclass``
entry-point group. Grouped by pipeline stage. Each docstring says whether every plugin contributes
or the first non-None answer wins; docs/hooks/ has one page per hook and a test keeps them in step.
Hook arguments are never traced or logged: they hold document content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .config import Config
    from .interfaces import Detector, Extractor, LabelCodec, Reporter, RuleCheck
    from .model import Classification, Document, FileResult, Finding

PROJECT = "assetclass"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# --- extract -----------------------------------------------------------------------------------
@hookspec
def assetclass_register_extractors() -> list[Extractor]:  # type: ignore[empty-body]
    """Return extractors (file format → Document). Every plugin contributes.

    When two extractors accept the same file, the one registered later (outside plugins load after
    the built-ins) is asked first, so a plugin can replace a built-in reader.
    """


# --- detect ------------------------------------------------------------------------------------
@hookspec
def assetclass_register_detectors() -> list[Detector]:  # type: ignore[empty-body]
    """Return detectors (Document → findings). Every plugin contributes; all detectors run.

    Finding types of outside plugins are namespaced ``plugin_name.type``.
    """


# --- policy ------------------------------------------------------------------------------------
@hookspec(firstresult=True)
def assetclass_classify(  # type: ignore[empty-body]
    document: Document, findings: list[Finding], config: Config
) -> Classification | None:
    """Decide the required level with reasons. First non-None answer wins.

    The built-in default policy is registered ``trylast``; a plugin may return a Classification to
    replace it, or None to leave the decision to the policy file.
    """


@hookspec
def assetclass_adjust_classification(
    document: Document, findings: list[Finding], classification: Classification, config: Config
) -> None:
    """Amend the decided classification in place (raise the level, add reasons). Every plugin runs.

    Use this to add a local rule on top of the default policy without replacing it.
    """


# --- labels ------------------------------------------------------------------------------------
@hookspec
def assetclass_register_label_codecs() -> list[LabelCodec]:  # type: ignore[empty-body]
    """Return label codecs (read and stamp marks per format). Every plugin contributes.

    Reading: every codec whose ``formats`` include the file's format (or ``"*"``) reads; labels
    are merged. Stamping: the last registered codec that ``can_stamp`` the format is used.
    """


# --- rules -------------------------------------------------------------------------------------
@hookspec
def assetclass_register_rules() -> list[RuleCheck]:  # type: ignore[empty-body]
    """Return linter rules (result → violations) with stable codes. Every plugin contributes."""


# --- report ------------------------------------------------------------------------------------
@hookspec
def assetclass_register_reporters() -> list[Reporter]:  # type: ignore[empty-body]
    """Return output formats for ``scan --format`` / ``check --format``. Every plugin contributes.

    A later registration with the same name replaces an earlier one.
    """


@hookspec
def assetclass_file_scanned(result: FileResult) -> None:
    """Called once per file after it is classified and checked (also for errors). Every plugin runs.

    For audit logs, notifications, dashboards. Must not raise; must not log raw values.
    """


# --- integrations (pre-save) -------------------------------------------------------------------
@hookspec(firstresult=True)
def assetclass_pre_save(result: FileResult, mode: str) -> str | None:  # type: ignore[empty-body]
    """Before a generated document is saved, override its pre-save mode. First non-None answer wins.

    Return "stamp", "warn", "refuse" or "allow" to override the configured ``mode`` for this
    document, or None to keep it (see ``assetclass.integrations.presave``).
    """
