"""The plugin API: the one module an assetclass plugin imports from.

Everything a plugin needs to implement a hook (docs/plugins.md) is re-exported here, and nothing
else: the ``hookimpl`` marker, the Protocols of what the ``assetclass_register_*`` hooks return,
the contexts and options those objects are handed, the model types they read and return, the
errors an extractor raises, and the masking and fingerprint functions every finding must use.
Names outside ``__all__`` (and modules other than this one) are internal and may change in any
release; ``tests/test_plugin_api.py`` keeps the example plugins in ``plugins/`` to this module.

``assetclass.plugins`` (with an s) is the loader, not part of this API.
"""

from __future__ import annotations

from .config import Config
from .display import wants_bom
from .exceptions import (
    CorruptFileError,
    EncryptedFileError,
    LimitExceededError,
    StampError,
    UnsupportedFormatError,
)
from .hookspecs import hookimpl
from .interfaces import (
    DetectContext,
    Detector,
    ExtractContext,
    Extractor,
    LabelCodec,
    Reporter,
    ReportOptions,
    ReportWriter,
    RuleCheck,
    StampOptions,
)
from .model import (
    CellValue,
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
    Rule,
    Source,
    Status,
    Table,
    TextBlock,
    Violation,
)
from .redact import fingerprint, mask

__all__ = [
    "CellValue",
    "Classification",
    "Config",
    "CorruptFileError",
    "DeclaredLabel",
    "DetectContext",
    "Detector",
    "Document",
    "EncryptedFileError",
    "ExtractContext",
    "Extractor",
    "FileResult",
    "Finding",
    "LabelCodec",
    "Level",
    "LimitExceededError",
    "Limits",
    "OcrPage",
    "Reason",
    "Region",
    "ReportOptions",
    "ReportWriter",
    "Reporter",
    "ReviewReason",
    "Rule",
    "RuleCheck",
    "Source",
    "StampError",
    "StampOptions",
    "Status",
    "Table",
    "TextBlock",
    "UnsupportedFormatError",
    "Violation",
    "fingerprint",
    "hookimpl",
    "mask",
    "wants_bom",
]
