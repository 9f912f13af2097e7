"""Item 1: a few-KB workbook must never kill the process (python-calamine aborts on a huge grid).

Every in-process path is run in a subprocess here, so that today's abort (exit 134) is a test
failure rather than the end of the test run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assetclass.extract.sheet_extent import xlsb_sheet_extent, xlsx_sheet_extent, xlsx_sheet_within

from .build import A1, FAR_CELL_SHEETS, run_cli, run_py, xlsb, xlsx, zip_of

SHEET = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


@pytest.mark.parametrize("spelling", sorted(FAR_CELL_SHEETS))
def test_extent_reads_every_spelling_of_a_far_cell(spelling: str) -> None:
    raw = SHEET + b"<sheetData>" + FAR_CELL_SHEETS[spelling] + b"</sheetData></worksheet>"
    extent = xlsx_sheet_within(raw, 5_000_000)
    assert extent is not None and extent.rows == 1_048_576 and extent.cols >= 16_384 - 1


def test_extent_ignores_a_lying_dimension_and_empty_cells() -> None:
    # calamine sizes neither from <dimension> nor from style-only cells: no false refusal
    raw = (
        SHEET + b'<dimension ref="A1:XFD1048576"/><sheetData>' + A1
        + b'<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData></worksheet>'
    )  # fmt: skip
    assert xlsx_sheet_extent(raw).cells == 1
    assert xlsx_sheet_within(raw, 10) is None or xlsx_sheet_within(raw, 10).cells == 1  # type: ignore[union-attr]


def test_extent_places_r_less_cells_like_calamine() -> None:
    raw = (
        SHEET
        + b'<sheetData><row r="5"><c><v>1</v></c><c r="C7"><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>'
    )
    extent = xlsx_sheet_extent(raw)
    assert (extent.min_row, extent.max_row, extent.min_col, extent.max_col) == (4, 6, 0, 3)


def test_xlsb_extent_from_records() -> None:
    import io
    import zipfile

    data = xlsb([(0, 0, 1.0), (1_048_575, 16_383, 5.0)], dim=(0, 1, 0, 1))  # the BrtWsDim lies
    raw = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.bin")
    assert xlsb_sheet_extent(raw).cells == 1_048_576 * 16_384


def _check_json(path: Path, *extra: str) -> dict[str, object]:
    proc = run_cli("check", "--format", "jsonl", *extra, str(path))
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")[-500:]
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    files = [ln for ln in lines if ln.get("path", "").endswith(path.name)]
    assert files, proc.stdout
    return files[0]


@pytest.mark.parametrize("spelling", ["attribute-order", "r-less-cells", "single-quotes"])
def test_check_survives_and_reports_the_workbook(tmp_path: Path, spelling: str) -> None:
    book = tmp_path / "book.xlsx"
    book.write_bytes(xlsx(FAR_CELL_SHEETS[spelling]))
    line = _check_json(book)
    assert line["status"] == "skipped"
    assert "AC105" in json.dumps(line)


def test_in_process_paths_survive_a_reader_that_dies_anyway(tmp_path: Path) -> None:
    """With the pre-check bypassed (as if it missed a trick), calamine aborts in its isolated
    child: check, explain, scan --jobs 1 (twice on one --db), a zip holding the file and the
    mail gate each report the file as not inspected and go on."""
    book = tmp_path / "book.xlsx"
    book.write_bytes(xlsx(FAR_CELL_SHEETS["attribute-order"]))
    (tmp_path / "z.zip").write_bytes(zip_of({"inner/book.xlsx": book.read_bytes()}))
    (tmp_path / "after.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    plugin = tmp_path / "nocheck.py"
    plugin.write_text(
        "import assetclass.extract.xlsx as x\nx._check_extent = lambda *a, **k: None\n", encoding="utf-8"
    )
    env = {"PYTHONPATH": str(tmp_path), "ASSETCLASS_PLUGINS": "nocheck"}
    for args in (
        ("check", "--format", "jsonl", str(tmp_path)),
        ("scan", "--jobs", "1", "--format", "jsonl", "--db", str(tmp_path / "r.db"), str(tmp_path)),
        ("scan", "--jobs", "1", "--format", "jsonl", "--db", str(tmp_path / "r.db"), str(tmp_path)),
    ):
        proc = run_cli(*args, env=env)
        assert proc.returncode in (0, 1), proc.stderr[-400:]
        out = proc.stdout.decode()
        lines = {
            json.loads(x)["path"].rsplit("/", 1)[-1]: json.loads(x) for x in out.splitlines() if x.strip()
        }
        assert lines["book.xlsx"]["status"] in ("error", "skipped"), lines["book.xlsx"]
        assert "after.csv" in lines and "z.zip" in lines
        assert any(v["code"] == "AC105" for v in lines["z.zip"]["violations"])
    code = (
        "import sys, assetclass.extract.xlsx as x; x._check_extent = lambda *a, **k: None\n"
        "from assetclass.cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    proc = run_py(code, "explain", "--lang", "en", str(book))
    assert proc.returncode == 1 and b"AC105" in proc.stdout, proc.stdout + proc.stderr
    mail = (
        b"From: a@example.jp\nTo: b@example.jp\nSubject: s\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain\n\nhello\n'
        b"--B\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=book.xlsx\n"
        b"Content-Transfer-Encoding: base64\n\n"
    )
    import base64

    mail += base64.encodebytes(book.read_bytes()) + b"--B--\n"
    gate = (
        "import sys, assetclass.extract.xlsx as x; x._check_extent = lambda *a, **k: None\n"
        "from assetclass.integrations.mail import main\nsys.exit(main(['-']))\n"
    )
    proc = run_py(gate, stdin=mail)
    assert proc.returncode == 1, proc.stderr
    verdict = json.loads(proc.stdout)
    assert verdict["allowed"] is False


def test_isolation_costs_little_per_file(tmp_path: Path) -> None:
    """The fork per native read stays a few milliseconds (measured, not raced: a generous bound)."""
    code = (
        "import time, assetclass\n"
        "from assetclass import isolation\n"
        "t = time.perf_counter()\n"
        "for _ in range(20): isolation.run(len, b'x', memory_bytes=1 << 30, seconds=30)\n"
        "print((time.perf_counter() - t) / 20)\n"
    )
    proc = run_py(code)
    assert proc.returncode == 0, proc.stderr
    assert float(proc.stdout) < 0.25
