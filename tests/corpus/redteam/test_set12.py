"""The twelfth red-team set (general affairs, personnel and finance of a city hall): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent with what the
files hold (valid My Numbers where the truth says so, failing look-alikes where a note promises so, valid
法人番号, more than 100 persons where a list is level 3 by bulk), the layouts it was built for are really in
the files (canvas PDFs with several pages and `n / N`, spaced digits, merged cells, hidden sheets and
columns, data far right, text boxes, headers, speaker notes, cp932), and the build is deterministic. Scores
are not tested here: the set is blind, scored on first contact."""

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
from corpus.redteam.set12 import (
    FEMALE,
    MALE,
    SURNAMES,
    build,
    corporate_check_digit,
    failing12,
    generate,
    is_my_number,
    my_number_check_digit,
    new_corporate,
    new_my_number,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "relationship", "income", "bank_account"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"hr", "disclosure", "contract", "general", "chat", "numbers"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam12")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import P

    doc = load(str(path))
    return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        heads = [s.header.paragraphs[0].text for s in d.sections]
        boxes = [
            t.text or ""
            for t in d.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
        ]
        return "\n".join([p.text for p in d.paragraphs] + cells + heads + ["".join(boxes)])
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
    if fmt in ("ods", "odt"):
        assert (
            zipfile.ZipFile(path)
            .read("mimetype")
            .decode()
            .endswith(fmt.replace("ods", "spreadsheet").replace("odt", "text"))
        )
        return _odf_text(path)
    if fmt == "xls":
        assert raw.startswith(bytes.fromhex("d0cf11e0a1b11ae1"))  # an OLE2 compound file (BIFF8 inside)
        return raw.decode("utf-16-le", errors="ignore") + raw[1:].decode("utf-16-le", errors="ignore")
    if fmt.endswith("cp932"):
        text = raw.decode("cp932")  # strict: the file really is CP932
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "?" not in text, path  # nothing was lost to the legacy code page
    else:
        assert raw.startswith(b"\xef\xbb\xbf") == (fmt == "csv")
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
    # 12345678901|8: weights 2..7,2..6 from the right: 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212;
    # 212 mod 11 = 3 → 11 − 3 = 8
    assert my_number_check_digit("12345678901") == 8
    assert my_number_check_digit("00000000000") == 0  # 11 − 0 = 11 ≥ 10 → 0
    assert my_number_check_digit("00000000001") == 9  # 1·2 = 2 → 9
    assert my_number_check_digit("00000000005") == 1  # 5·2 = 10 → 11 − 10 = 1
    assert my_number_check_digit("00000000006") == 0  # 6·2 = 12 → 1 → 11 − 1 = 10 ≥ 10 → 0
    assert is_my_number("123456789018") and not is_my_number("123456789012")  # the 記入例 number fails
    assert not is_my_number("12345678901") and not is_my_number("12345678901a")
    # 国税庁's example 7000012050002: Σ over 000012050002 (weights 1,2,… from the right) = 11 → 9 − 2 = 7
    assert corporate_check_digit("000012050002") == 7
    rng = random.Random(1)
    assert all(is_my_number(new_my_number(rng)) for _ in range(200))
    assert all(int(c[0]) == corporate_check_digit(c[1:]) for c in (new_corporate(rng) for _ in range(200)))
    assert not is_my_number(failing12("123456789018")) and failing12("123456789012") == "123456789012"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 33 and levels[2] >= 33 and levels[3] >= 28, levels
    formats = Counter(str(r["format"]) for r in rows)
    assert formats.most_common(1)[0][0] == "xlsx"
    assert {
        "xlsx",
        "docx",
        "pdf",
        "csv",
        "csv-cp932",
        "txt",
        "txt-cp932",
        "pptx",
        "xls",
        "ods",
        "odt",
    } <= set(formats)
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam12"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3 and not types & SENSITIVE:
            assert "more than 100" in str(row.get("note", "")), row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    levels: dict[str, set[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    for family, seen in levels.items():
        assert seen == {1, 2, 3}, family


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str, across_cells: bool) -> set[str]:
    """12-digit numbers as people write them: plain, 4-4-4 with spaces or hyphens, one digit at a time with
    spaces, full-width (and, when asked, split over cells: 4-4-4 or one digit per cell)."""
    text = text.translate(_FW)
    forms = [r"\d{12}", r"\d{4}[ \-]\d{4}[ \-]\d{4}", r"(?:\d ){11}\d"]
    if across_cells:
        forms += [r"\d{4} \| \d{4} \| \d{4}", r"(?:\d \| ){11}\d"]
    pattern = rf"(?<![\d\-])(?:{'|'.join(forms)})(?![\d\-])"
    return {re.sub(r"\D", "", m) for m in re.findall(pattern, text)}


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    with_numbers = 0
    for row in rows:
        text = texts[str(row["path"])]
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert any(is_my_number(n) for n in _candidates(text, True)), row["path"]
            with_numbers += 1
        else:  # no valid My Number hides in a file whose truth has none
            assert not any(is_my_number(n) for n in _candidates(text, False)), row["path"]
        if "failing" in str(row.get("note", "")):
            found = _candidates(text, False)
            assert found and not any(is_my_number(n) for n in found), row["path"]
    assert with_numbers >= 12


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 100
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def _persons(text: str) -> int:
    return len(set(re.findall(f"(?:{'|'.join(SURNAMES)})[ 　](?:{'|'.join(MALE + FEMALE)})", text)))


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
    assert bulk >= 3


def test_canvas_pdfs_have_pages_and_spaced_digits(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    multi = spaced_numbers = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pdf = pypdfium2.PdfDocument(out / str(row["path"]))
        try:
            pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()
        if any(re.search(r"\d+ / \d+", p) for p in pages):  # drawn with the canvas: every page numbered
            assert all(f"{i} / {len(pages)}" in p for i, p in enumerate(pages, 1)), row["path"]
            multi += len(pages) >= 3
        text = texts[str(row["path"])]
        spaced_numbers += any(is_my_number(re.sub(r"\D", "", m)) for m in re.findall(r"(?:\d ){11}\d", text))
    assert multi >= 6 and spaced_numbers >= 2


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    """Merged cells, box grids, hidden sheets and columns, data far right, text boxes, headers, notes."""
    out, rows = built
    merged_docx = merged_xlsx = hidden_sheets = hidden_columns = far_right = box_grids = 0
    textboxes = headers = notes = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    box_grids += len(digits) == 12 and is_my_number("".join(digits))
            textboxes += "txbxContent" in d.element.xml
            headers += any(is_my_number(re.sub(r"\D", "", s.header.paragraphs[0].text)) for s in d.sections)
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden_sheets += ws.sheet_state != "visible"
                hidden_columns += sum(1 for dim in ws.column_dimensions.values() if dim.hidden)
                far_right += ws.max_column >= 30
        if fmt == "pptx":
            deck = pptx.Presentation(str(path))
            notes += any(s.has_notes_slide and s.notes_slide.notes_text_frame.text for s in deck.slides)
    assert merged_docx >= 6 and merged_xlsx >= 10
    assert box_grids >= 2 and textboxes >= 2 and headers >= 1 and notes >= 4
    assert hidden_sheets >= 2 and hidden_columns >= 1 and far_right >= 1


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
