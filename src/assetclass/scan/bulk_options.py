"""What a bulk scan is asked to do (:class:`BulkOptions`, from ``scan``, ``check`` and
``baseline``), what it counted (:class:`ScanStats`) and how it walks (:func:`walk_options`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import ConfigResolver
from ..engine import Engine
from ..model import FileResult
from .walk import WalkOptions


@dataclass(slots=True)
class BulkOptions:
    paths: list[Path]
    format: str = "text"
    output: Path | None = None
    jobs: int = 0  # 0: one worker per core; 1: one (a small run in-process, see bulk.IN_PROCESS_FILES)
    db: Path | None = None
    lang: str = "ja"
    show_values: bool = False
    no_plugins: bool = False
    command: str = "scan"
    progress: bool = True  # shown only when stderr is a terminal (or force_progress)
    force_progress: bool = False  # --progress: plain lines on stderr even when it is not a terminal
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    follow_symlinks: bool | None = None  # None: the configuration's scan.follow_symlinks
    extra_plugins: tuple[
        str, ...
    ] = ()  # plugin modules registered in every worker (plus $ASSETCLASS_PLUGINS)
    cluster: str | None = None  # Dask scheduler address or local:N (scan/cluster.py)
    routes: list[str] = field(default_factory=list)  # PREFIX=WORKER: files below PREFIX go to WORKER
    # each file's configuration: the nearest assetclass.toml above it (None: the engine's for all)
    resolver: ConfigResolver | None = None
    # applied to each result before it is reported and counted, after it is stored (check's
    # --baseline and --fix); gets the engine of the file's configuration
    post: Callable[[FileResult, Engine], FileResult] | None = None
    quiet: bool = False  # check's text: violation lines only
    statistics: bool = False  # check's text: counts per rule code
    exit_zero: bool = False  # exit 0 even with violations (2 stays 2)


@dataclass(slots=True)
class ScanStats:
    files: int = 0
    scanned: int = 0
    reused: int = 0
    resumed: int = 0
    errors: int = 0
    violations: int = 0
    scan_id: int | None = None


def walk_options(engine: Engine, options: BulkOptions) -> WalkOptions:
    cfg = engine.config
    follow = options.follow_symlinks
    if follow is None:
        follow = bool(cfg.get("scan.follow_symlinks", False))
    return WalkOptions(
        include=[*(cfg.get("scan.include", []) or []), *options.include],
        exclude=[*(cfg.get("scan.exclude", []) or []), *options.exclude],
        ignore_file=cfg.get("scan.ignore_file", ".assetclassignore") or None,
        follow_symlinks=follow,
    )
