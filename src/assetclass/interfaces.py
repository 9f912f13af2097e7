"""The small objects that plugins return from the ``assetclass_register_*`` hooks.

They are Protocols: a plugin needs no base class, just the attributes and methods below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol, runtime_checkable

from .model import Document, FileResult, Finding, Limits, Rule, Source, Violation

if TYPE_CHECKING:
    from .config import Config
    from .model import DeclaredLabel


@dataclass(slots=True)
class ExtractContext:
    limits: Limits = field(default_factory=Limits)
    config: Config | None = None


@dataclass(slots=True)
class DetectContext:
    """Passed to every detector of one document.

    ``cache`` lets detectors share expensive analysis of the same document (for example the
    header/column analysis of every table) without recomputing it.
    """

    config: Config
    show_values: bool = False
    cache: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class StampOptions:
    level: int
    restrictions: list[str] = field(default_factory=list)  # 取扱制限, e.g. ["持出禁止"]
    force: bool = False  # allow lowering an existing higher label
    config: Config | None = None


@dataclass(slots=True)
class ReportOptions:
    lang: str = "ja"
    show_values: bool = False
    command: str = "scan"  # "scan" or "check"
    title: str | None = None
    config: Config | None = None
    quiet: bool = False  # check's text: violation lines only, no summary
    statistics: bool = False  # check's text: a count per rule code instead of the lines
    rules: list[Rule] = field(default_factory=list)  # the run's rules (names for --statistics)
    # The roots given to scan/check: a report groups files by department (top-level folder below
    # the root). Empty: no grouping.
    roots: list[str] = field(default_factory=list)
    # With ``--db``: the last finished scan's (level, label) per path, so a report can show what
    # changed since then; filled only for a Reporter with ``wants_previous = True``.
    # None: no earlier scan to compare with.
    previous: dict[str, tuple[int | None, int | None]] | None = None


@runtime_checkable
class Extractor(Protocol):
    """Reads one file format into a :class:`Document`."""

    name: str
    formats: tuple[str, ...]

    def accepts(self, name: str, data: bytes) -> str | None:
        """Return the format id if this extractor reads a file with this name and content.

        ``data`` is the whole file (already in memory); look at magic bytes, not only the name.
        """

    def extract(self, source: Source, context: ExtractContext) -> Document:
        """Read the file. Raise EncryptedFileError / CorruptFileError / LimitExceededError as fits."""


@runtime_checkable
class Detector(Protocol):
    """Finds values of one or more finding types in a document."""

    id: str
    types: tuple[str, ...]

    def detect(self, document: Document, context: DetectContext) -> Iterable[Finding]: ...


@runtime_checkable
class LabelCodec(Protocol):
    """Reads (and optionally stamps) confidentiality labels of a file format."""

    name: str
    formats: tuple[str, ...]  # "*" reads every format (file-name and document-text labels)

    def read(self, source: Source, document: Document | None, config: Config) -> list[DeclaredLabel]: ...

    def can_stamp(self, fmt: str) -> bool: ...

    def stamp(self, source: Source, options: StampOptions) -> bytes:
        """Return the stamped file's bytes (the caller writes atomically and verifies)."""


@runtime_checkable
class ReportWriter(Protocol):
    def add(self, result: FileResult) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class Reporter(Protocol):
    """An output format of ``scan``/``check``: text, json, jsonl, csv, sarif, html, or a plugin's."""

    name: str
    extension: str

    def open(self, stream: IO[str], options: ReportOptions) -> ReportWriter: ...


@runtime_checkable
class RuleCheck(Protocol):
    """A linter rule: its stable metadata and the check that yields violations for one file."""

    rule: Rule

    def check(self, result: FileResult, config: Config) -> Iterable[Violation]: ...
