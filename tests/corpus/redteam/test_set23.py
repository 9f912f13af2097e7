"""The twenty-third red-team set (a small town's general desk and its shared drive): its manifest is complete
and consistent, every file opens with its format's own library, the truth agrees with what the files hold
(valid My Numbers where the truth says so, failing look-alikes where a note promises so, more than 100
persons where a list is level 3 by bulk, valid phone numbers and 法人番号), the layouts it was built for are
really in the files (canvas PDFs with `n / N` pages, spaced digits, merged cells, hidden sheets and columns,
a My Number only in a Word header or a cell note, cp932), and the build is deterministic. Scores are not
tested here: the set is blind, scored on first contact."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number, my_number_check_digit
from corpus.redteam.set23 import GIVEN, SURNAMES, build, failing_twelve, generate, wareki
from python_calamine import CalamineWorkbook

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
FAMILIES = {"juminhyo", "zei", "fukushi", "bosai", "senkyo", "desk", "koseki"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam23")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        assert z.namelist()[0] == "mimetype"
        xml = z.read("content.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml)


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            + "".join(f" [{c.comment.text}]" for c in row_cells if c.comment)
            for ws in wb.worksheets
            for r, row_cells in zip(ws.iter_rows(values_only=True), ws.iter_rows(), strict=True)
        )
    if fmt in ("xls", "ods"):
        wb = CalamineWorkbook.from_path(str(path))
        return "\n".join(
            " | ".join(str(v) for v in row)
            for name in wb.sheet_names
            for row in wb.get_sheet_by_name(name).to_python()
        )
    if fmt == "odt":
        return _odf_text(path)
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        heads = [p.text for s in d.sections for p in s.header.paragraphs]
        return "\n".join([p.text for p in d.paragraphs] + cells + heads)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts: list[str] = []
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    parts.append(shape.text_frame.text)
                if shape.has_table:
                    parts += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
            if slide.has_notes_slide:
                parts.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(parts)
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    raw = path.read_bytes()
    if fmt.endswith("cp932"):
        text = raw.decode("cp932")  # strict: the file really is CP932
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "?" not in text, path  # nothing was lost to the legacy code page
    else:
        assert raw.startswith(b"\xef\xbb\xbf") == (fmt == "csv")  # Excel's "CSV UTF-8" has a BOM
        text = raw.decode("utf-8-sig")
    if fmt.startswith("csv"):
        parsed = list(csv.reader(io.StringIO(text)))
        assert len(parsed) >= 3 and max(len(r) for r in parsed) >= 2
    return text


@pytest.fixture(scope="module")
def texts(built: tuple[Path, Rows]) -> dict[str, str]:
    out, rows = built
    return {str(r["path"]): _text_of(out / str(r["path"]), str(r["format"])) for r in rows}


# --- helpers against hand-computed values -------------------------------------------------------------
def test_helpers_match_hand_computed_values() -> None:
    # 12345678901|8: Σ = 212; 212 mod 11 = 3 → 11 − 3 = 8
    assert my_number_check_digit("12345678901") == 8
    assert is_valid_my_number("123456789018") and not is_valid_my_number("123456789017")
    rng = random.Random(1)
    assert all(not is_valid_my_number(failing_twelve(rng)) for _ in range(200))
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1972, 11, 30), "short") == "S47.11.30"
    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 33 and levels[2] >= 30 and levels[3] >= 28, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam23"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3 and not types & SENSITIVE:
            assert "bulk" in str(row.get("note", "")), row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    levels: dict[str, Counter[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    for family, seen in levels.items():
        assert seen[1] >= 4 and seen[2] >= 3 and seen[3] >= 3, (family, seen)


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str) -> set[str]:
    """12-digit numbers as people write them: plain, spaced, hyphenated, full-width, one digit per cell."""
    text = text.translate(_FW)
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-|\n]{0,3}){11}\d(?!\d)", text)}


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        else:  # no other document holds a valid 12-digit number, however written
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text.translate(_FW))
            assert not any(is_valid_my_number(n) for n in strict), row["path"]
        if "all failing" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 5 and all(is_valid_corporate_number(n) for n in numbers)


def test_phone_numbers_are_valid(texts: dict[str, str]) -> None:
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 500
    for p in phones:
        digits = p.replace("-", "")
        if digits[:3] in ("070", "080", "090"):
            assert len(digits) == 11, p
        else:
            assert len(digits) == 10, p


def _persons(text: str) -> int:
    return len(set(re.findall(f"(?:{'|'.join(SURNAMES)})[ 　]?(?:{'|'.join(GIVEN)})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 is at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        sensitive = set(row["types"]) & SENSITIVE  # type: ignore[call-overload]
        if row["level"] == 3 and not sensitive:
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
        if row["level"] == 3:
            assert persons >= 1, row["path"]
    assert bulk >= 3


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Canvas pages, spaced digits, merges, hidden sheets and columns, data far right, header/note numbers."""
    out, rows = built
    merged_xlsx = merged_docx = hidden_sheets = hidden_columns = far_right = canvas = spaced = 0
    header_numbers = note_numbers = box_grids = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden_sheets += ws.sheet_state != "visible"
                hidden_columns += sum(1 for d in ws.column_dimensions.values() if d.hidden)
                far_right += ws.min_column >= 25 and ws.max_row > 100
                for r in ws.iter_rows():
                    for c in r:
                        if c.comment and any(is_valid_my_number(n) for n in _candidates(c.comment.text)):
                            note_numbers += 1
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    box_grids += len(digits) == 12 and is_valid_my_number("".join(digits))
            head = " ".join(p.text for p in d.sections[0].header.paragraphs)
            body = "\n".join(p.text for p in d.paragraphs)
            if any(is_valid_my_number(n) for n in _candidates(head)):
                assert not any(is_valid_my_number(n) for n in _candidates(body))
                header_numbers += 1
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            try:
                pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
            finally:
                pdf.close()
            if all(f"{i + 1} / {len(pages)}" in p for i, p in enumerate(pages)):
                canvas += 1
                assert "bulk" not in str(row.get("note", "")) or len(pages) >= 3
            if "one digit at a time" in str(row.get("note", "")):
                assert not re.search(r"\d{12}", pages[0])
                assert any(is_valid_my_number(n) for n in _candidates(pages[0]))
                spaced += 1
    assert merged_xlsx >= 8 and merged_docx >= 1
    assert hidden_sheets >= 3 and hidden_columns == 2 and far_right == 1
    assert canvas >= 4 and spaced == 1
    assert header_numbers == 1 and note_numbers == 1 and box_grids == 1


def test_build_is_deterministic(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "files").iterdir())}

    generate(tmp_path / "a")
    generate(tmp_path / "b")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert (tmp_path / "a" / "manifest.jsonl").read_bytes() == (
        tmp_path / "b" / "manifest.jsonl"
    ).read_bytes()
    # another seed draws other names and places; the truth of the set does not depend on the draw
    seven, eight = build(random.Random(7)), build(random.Random(8))
    assert Counter((d.family, d.level) for d in seven) == Counter((d.family, d.level) for d in eight)
    assert [d.spec for d in seven] != [d.spec for d in eight]
