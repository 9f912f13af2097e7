"""assetclass: find personal data in Office and PDF files, decide 機密性 3/2/1, check and stamp labels.

>>> import assetclass
>>> result = assetclass.scan_path("名簿.xlsx")
>>> result.level, result.label, [v.code for v in result.violations]
"""

from __future__ import annotations

from .api import (
    classify,
    read_labels_of,
    scan_bytes,
    scan_document,
    scan_path,
    stamp_bytes,
    stamp_document,
    stamp_path,
)
from .config import Config, load_config
from .engine import Engine, get_engine
from .exceptions import (
    AssetclassError,
    ConfigError,
    CorruptFileError,
    EncryptedFileError,
    FileChangedError,
    LimitExceededError,
    PluginLoadError,
    ReaderCrashedError,
    SaveRefusedError,
    SignedFileError,
    StampError,
    UnsafeFileError,
    UnsupportedFormatError,
)
from .hookspecs import hookimpl
from .model import (
    Classification,
    DeclaredLabel,
    Document,
    FileResult,
    Finding,
    Level,
    Limits,
    OcrPage,
    Reason,
    Region,
    ReviewReason,
    Status,
    Table,
    TextBlock,
    Violation,
)
from .version import __version__

__all__ = [
    "AssetclassError",
    "Classification",
    "Config",
    "ConfigError",
    "CorruptFileError",
    "DeclaredLabel",
    "Document",
    "EncryptedFileError",
    "Engine",
    "FileChangedError",
    "FileResult",
    "Finding",
    "Level",
    "LimitExceededError",
    "Limits",
    "OcrPage",
    "PluginLoadError",
    "ReaderCrashedError",
    "Reason",
    "Region",
    "ReviewReason",
    "SaveRefusedError",
    "SignedFileError",
    "StampError",
    "Status",
    "Table",
    "TextBlock",
    "UnsafeFileError",
    "UnsupportedFormatError",
    "Violation",
    "__version__",
    "classify",
    "get_engine",
    "hookimpl",
    "load_config",
    "read_labels_of",
    "scan_bytes",
    "scan_document",
    "scan_path",
    "stamp_bytes",
    "stamp_document",
    "stamp_path",
]
