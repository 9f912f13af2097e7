"""Stamping labels into files: ``core`` stamps one file or a byte string (refusals, verification
by re-reading, atomic replacement); ``command`` is ``assetclass stamp`` over files and folders."""

from __future__ import annotations

from .command import StampRequest, describe, stamp_paths
from .core import Prepared, StampResult, prepare, read_labels_only, stamp_file, verify

__all__ = [
    "Prepared",
    "StampRequest",
    "StampResult",
    "describe",
    "prepare",
    "read_labels_only",
    "stamp_file",
    "stamp_paths",
    "verify",
]
