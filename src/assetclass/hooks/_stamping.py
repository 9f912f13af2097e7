"""Stamping for the hooks: one place that calls the label stamping of the library.

The hooks only decide *whether* to stamp; ``assetclass.stamp_bytes`` and the label codecs own
*how* (and verify the result by reading it back before anyone writes it).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..api import stamp_bytes
from ..engine import Engine


def stamp_data(data: bytes, name: str, level: int, engine: Engine) -> bytes:
    """Return ``data`` with a visible and machine-readable 機密性 ``level`` label.

    ``assetclass.stamp_bytes`` picks the codec, refuses signed or encrypted files and re-reads
    the result to verify it; it raises StampError (or SignedFileError …) otherwise.
    """
    return stamp_bytes(data, name, level, engine=engine)


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder and rename: a crash leaves no half file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".assetclass-", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600; keep the replaced file's mode, else the usual 0644
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
