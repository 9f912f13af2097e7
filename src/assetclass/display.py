"""Text that reaches a terminal or a report: control characters escaped, encodings respected.

File and member names come from share users. A name holding ESC (terminal escape sequences), BEL,
a newline (a forged report line) or a bidirectional override such as U+202E (``txt.exe`` shown as
``exe.txt``) must never reach a human-facing output raw. :func:`printable` is the one helper every
human-facing output uses (text report, ``explain``, ``stamp``, ``watch``, CLI messages).
"""

from __future__ import annotations

import codecs
import re
import sys
from typing import IO

# C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text:
# bidi embeddings/overrides/isolates, LRM/RLM/ALM, line/paragraph separators, zero-width chars, BOM.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` with every control or reordering character shown as ``\\xNN`` / ``\\uNNNN``."""
    value = "" if text is None else str(text)
    return _UNSAFE.sub(_escape, value)


def is_utf8(stream: IO[str]) -> bool:
    """Whether ``stream`` encodes UTF-8 (a redirected stdout on Japanese Windows is cp932)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:  # io.StringIO and friends: text stays text
        return True
    try:
        return codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def wants_bom(stream: IO[str]) -> bool:
    """A BOM for a UTF-8 report file (Excel), never for stdout or a non-UTF-8 stream."""
    return is_utf8(stream) and stream not in (sys.stdout, sys.__stdout__)
