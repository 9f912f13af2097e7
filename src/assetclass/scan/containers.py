"""Archives and mail messages: their members are classified, the container takes the highest level.

(Placeholder until the bulk-scan work lands: no container is recognised yet.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine import Engine
    from ..model import FileResult, Source
    from ..pipeline import ScanOptions


def sniff_container(name: str, data: bytes) -> str | None:
    return None


def scan_container(
    source: Source, fmt: str, engine: Engine, options: ScanOptions, result: FileResult
) -> None:
    raise NotImplementedError
