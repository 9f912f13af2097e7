"""Stamping for the integrations: one place that calls the label stamping of the library.

The integrations only decide *whether* to stamp; ``assetclass.stamp_bytes`` and the label codecs own
*how* (and verify the result by reading it back before anyone writes it). Files are written by
``assetclass.safeio`` (the project's one atomic, link-safe writer).
"""

from __future__ import annotations

from ..api import stamp_bytes
from ..engine import Engine


def stamp_data(data: bytes, name: str, level: int, engine: Engine) -> bytes:
    """Return ``data`` with a visible and machine-readable 機密性 ``level`` label.

    ``assetclass.stamp_bytes`` picks the codec, refuses signed or encrypted files and re-reads
    the result to verify it; it raises StampError (or SignedFileError …) otherwise.
    """
    return stamp_bytes(data, name, level, required=level, engine=engine)
