"""Hostile stamping inputs, built at test time (nothing is copied into the repository)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.integrations.sample_docs import MY_NUMBER, docx_bytes

BIN = Path(sys.executable).parent
TIMEOUT = 60  # seconds: no subprocess may hang the suite


def secret_docx(name: str = "山田 太郎") -> bytes:
    """A docx whose content requires 機密性3 (a name with a My Number), unlabelled."""
    return docx_bytes(f"{name} 様 個人番号 {MY_NUMBER}")


def plain_docx() -> bytes:
    return docx_bytes("議事録")


def rewrite_zip(data: bytes, edits: dict[str, bytes | None], renames: dict[str, str] | None = None) -> bytes:
    """Copy an OOXML zip, replacing (bytes), removing (None) or adding members."""
    renames = renames or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        done = set()
        for info in src.infolist():
            name = renames.get(info.filename, info.filename)
            if info.filename in edits:
                done.add(info.filename)
                new = edits[info.filename]
                if new is not None:
                    dst.writestr(name, new)
                continue
            dst.writestr(name, src.read(info))
        for name, new in edits.items():
            if name not in done and new is not None:
                dst.writestr(name, new)
    return out.getvalue()


def run_cli(*args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASSETCLASS_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [str(BIN / "assetclass"), *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def temps(folder: Path) -> list[Path]:
    """Our temporary files anywhere below ``folder``."""
    return sorted(p for p in folder.rglob("*") if p.name.startswith(".~assetclass-"))
