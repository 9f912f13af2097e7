"""Keep personal data out of messages, logs and caches.

Library error messages can quote document content (a cell value, a line of text). Before any
exception text reaches a result, a log or the results store it passes through :func:`safe_message`.
"""

from __future__ import annotations

import hashlib
import os
import re

from .masking import hide

_DIGITS = re.compile(r"[0-9０-９]{4,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_QUOTED = re.compile(r"(['\"]).{12,}?\1")

# A per-process key: fingerprints are comparable within one run, useless as a lookup table.
_HASH = hashlib.blake2s(key=os.urandom(16), digest_size=8)


def safe_message(exc: BaseException | str, limit: int = 200) -> str:
    """The exception's class and message with digit runs, non-ASCII text and long quotes masked."""
    text = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    text = _QUOTED.sub(r"\1…\1", text)
    text = _DIGITS.sub("####", text)
    text = _NON_ASCII.sub("…", text)
    return text[:limit]


def fingerprint(value: str) -> str:
    """Keyed hash of a normalised value, for counting distinct values without keeping them.

    Keyed BLAKE2s (a MAC by itself, no HMAC wrapper needed), copied from one prepared state: the
    detectors call this once per cell of a large register.
    """
    h = _HASH.copy()
    h.update(value.encode("utf-8"))
    return h.hexdigest()


def mask(value: str, keep: int = 4) -> str:
    """``123456789018`` → ``1234********``; keeps separators so the shape stays readable."""
    return hide(value, keep)
