"""The source tree's shape (issue 11): no module in src/ over 400 lines, so each stays one job."""

from __future__ import annotations

from pathlib import Path

MAX_LINES = 400
SRC = Path(__file__).resolve().parents[1] / "src"


def test_no_module_over_400_lines() -> None:
    too_long = {
        str(path.relative_to(SRC)): n
        for path in sorted(SRC.rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"split these modules along their jobs (at most {MAX_LINES} lines): {too_long}"
