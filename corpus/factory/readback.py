"""Reading generated files back in the sets' well-formedness tests, with a real parser per format.

The blind sets' tests each check that a legacy .xls they wrote really holds its rows; python-calamine
(a dependency of assetclass) parses BIFF, so no test needs to decode the raw Workbook stream.
"""

from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook


def xls_text(path: Path) -> str:
    """Every sheet's cells (hidden sheets too): cells joined with " | ", rows with newlines."""
    workbook = CalamineWorkbook.from_path(str(path))
    lines: list[str] = []
    for name in workbook.sheet_names:
        lines.append(name)
        for row in workbook.get_sheet_by_name(name).to_python():
            lines.append(" | ".join(str(v) for v in row if v not in ("", None)))
    return "\n".join(lines)
