"""The sixth red-team set (the desks of a city hall): its manifest fits corpus.eval.evaluate, every file opens
with its format's own library, the truth is complete and consistent with what the files hold (valid My
Numbers where the truth says so, none where a look-alike promises so, more than 100 persons where a
list is level 3 by bulk), the layouts it was built for are really in the files (merged cells, hidden
sheets and columns, cp932), and the build is deterministic. Scores are not tested here: the set is
blind, scored on first contact."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.redteam.set6 import (
    FEMALE,
    FOREIGN,
    MALE,
    SURNAMES,
    build,
    corporate_check_digit,
    generate,
    is_my_number,
    my_number_check_digit,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "gender", "relationship", "household_number", "income", "email", "bank_account"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932"}
FAMILIES = {"school", "tax", "minutes", "hr", "procurement", "resident_form", "email", "hidden_sheet",
            "number_lookalike", "number_real"}  # fmt: skip
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam6")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


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
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        return "\n".join([p.text for p in d.paragraphs] + cells)
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
def test_check_digits_match_hand_computed_numbers() -> None:
    # 12345678901|8: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 212 mod 11 = 3 → 11 − 3 = 8
    assert my_number_check_digit("12345678901") == 8
    assert my_number_check_digit("00000000000") == 0  # r = 0 → 0
    assert my_number_check_digit("00000000001") == 9  # P1 = 1, Q1 = 2 → r = 2 → 9
    assert my_number_check_digit("00001000000") == 9  # P7 = 1, Q7 = 2 → 9
    assert (
        is_my_number("123456789018") and not is_my_number("123456789017") and not is_my_number("12345678901")
    )
    # 国税庁 7000012050002: weights 1,2,… from the right over 000012050002 → 11; 9 − 11 mod 9 = 7
    assert corporate_check_digit("000012050002") == 7


def test_wareki_forms() -> None:
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1989, 1, 7), "short") == "S64.1.7"
    assert wareki(dt.date(2019, 5, 1), "abbr") == "令1.5.1"
    assert wareki(dt.date(1972, 11, 30), "slash") == "S47/11/30"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 120
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 35 and levels[2] >= 25 and levels[3] >= 35, (
        levels
    )  # look-alikes measure over-classification
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam6"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | {"my_number", "health", "arrears"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | {"my_number", "health", "arrears"}), row
        if row["level"] == 2:
            assert not types & {"my_number", "health", "arrears"}, row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    """Each desk has confidential documents and public look-alikes (numbers: look-alikes vs real ones)."""
    _, rows = built
    levels: dict[str, set[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    for family, seen in levels.items():
        if family == "number_real":
            assert seen == {3}
        else:
            assert 1 in seen and seen & {2, 3}, family


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str) -> set[str]:
    """12-digit numbers as people write them: plain, spaced, hyphenated, full-width, one digit per cell,
    4-4-4 over cells, and number cells that lost a leading zero (11 digits)."""
    text = text.translate(_FW)
    found = {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-|]{0,3}){11}\d(?!\d)", text)}
    found |= {"0" + m for m in re.findall(r"(?<!\d)\d{11}(?!\d)", text)}
    return found


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        if "all failing" in str(row.get("note", "")) or "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_my_number(n) for n in strict), row["path"]


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])].replace("\n", ""))]  # fmt: skip
    assert len(numbers) >= 20
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def _persons(text: str) -> int:
    given = "|".join(g for g, _ in MALE + FEMALE) + "|" + "|".join(re.escape(g) for _, g, _ in FOREIGN)
    surnames = "|".join(s for s, _ in SURNAMES) + "|" + "|".join(re.escape(s) for s, _, _ in FOREIGN)
    return len(set(re.findall(f"(?:{surnames})[ 　]?(?:{given})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 is at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        sensitive = set(row["types"]) & {"my_number", "health", "arrears"}  # type: ignore[call-overload]
        note = str(row.get("note", ""))
        if row["level"] == 3 and not sensitive and "welfare" not in note:
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 2


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    """Merged cells, box grids, hidden sheets and columns, data far right: really written, not just described."""
    out, rows = built
    merged_docx = merged_xlsx = hidden_sheets = hidden_columns = far_right = box_grids = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            for table in docx.Document(str(path)).tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    box_grids += len(digits) == 12 and is_my_number("".join(digits))
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden_sheets += ws.sheet_state != "visible"
                hidden_columns += sum(1 for d in ws.column_dimensions.values() if d.hidden)
                far_right += ws.max_column >= 29 and ws.max_row > 100
    assert merged_docx >= 10 and merged_xlsx >= 10
    assert box_grids >= 3  # a household's My Numbers, one digit per cell, in the Word form
    assert hidden_sheets >= 3 and hidden_columns == 2 and far_right >= 1


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
