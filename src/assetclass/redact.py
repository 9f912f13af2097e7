"""Keep personal data out of messages, logs and caches.

Library error messages can quote document content (a cell value, a line of text). Before any
exception text reaches a result, a log or the results store it passes through :func:`safe_message`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

_DIGITS = re.compile(r"[0-9０-９]{4,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_QUOTED = re.compile(r"(['\"]).{12,}?\1")

# A per-process key: fingerprints are comparable within one run, useless as a lookup table.
_KEY = os.urandom(16)


def safe_message(exc: BaseException | str, limit: int = 200) -> str:
    """The exception's class and message with digit runs, non-ASCII text and long quotes masked."""
    text = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    text = _QUOTED.sub(r"\1…\1", text)
    text = _DIGITS.sub("####", text)
    text = _NON_ASCII.sub("…", text)
    return text[:limit]


def fingerprint(value: str) -> str:
    """Keyed hash of a normalised value, for counting distinct values without keeping them."""
    return hmac.new(_KEY, value.encode("utf-8"), hashlib.blake2s).hexdigest()[:16]


def mask(value: str, keep: int = 4) -> str:
    """``123456789018`` → ``1234********``; keeps separators so the shape stays readable."""
    out = []
    seen = 0
    for ch in value:
        if ch.isalnum():
            out.append(ch if seen < keep else "*")
            seen += 1
        else:
            out.append(ch)
    return "".join(out)
