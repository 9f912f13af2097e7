"""The eleventh red-team set (a city's health centre and welfare office): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent with what
the files hold (valid My Numbers where the truth says so, failing look-alikes where a note promises so,
more than 100 persons where a list is level 3 by bulk), the layouts it was built for are really in the
files (multi-page canvas PDFs with a header on every page, spaced digits, merged cells, hidden sheets,
data far right, digit boxes, a text box and a header holding a number, cp932), and the build is
deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.redteam.set11 import (
    CHILD_FEMALE,
    CHILD_MALE,
    FEMALE,
    MALE,
    OLD_FEMALE,
    OLD_MALE,
    SURNAMES,
    build,
    corporate_check_digit,
    generate,
    my_number_check_digit,
    spaced,
    wareki,
)
from python_calamine import CalamineWorkbook

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "gender", "relationship", "household_number", "income", "email", "bank_account"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"health_centre", "welfare", "care_insurance", "visit_notes", "messages", "letters", "my_number"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam11")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
    with zipfile.ZipFile(path) as z:  # text boxes live in w:txbxContent, outside python-docx's paragraphs
        xml = z.read("word/document.xml").decode()
    parts += re.findall(r"<w:txbxContent>.*?<w:t[^>]*>([^<]*)</w:t>", xml)
    return "\n".join(parts)


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt == "xls":
        book = CalamineWorkbook.from_path(str(path))
        return "\n".join(
            " | ".join(str(v) for v in r)
            for name in book.sheet_names
            for r in book.get_sheet_by_name(name).to_python()
        )
    if fmt == "docx":
        return _docx_text(path)
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
        return "\n".join(_pdf_pages(path))
    if fmt in ("ods", "odt"):
        with zipfile.ZipFile(path) as z:
            assert z.namelist()[0] == "mimetype"
            xml = z.read("content.xml").decode()
        return re.sub(r"<[^>]+>", " ", xml.replace("</text:p>", "\n"))
    raw = path.read_bytes()
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
    # 12345678901|8: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 212 mod 11 = 3 → 8
    assert my_number_check_digit("12345678901") == 8
    assert my_number_check_digit("00000000000") == 0
    assert my_number_check_digit("00000000001") == 9  # Σ = 2 → 9
    assert my_number_check_digit("10000000000") == 5  # P11 = 1, Q11 = 6 → Σ = 6 → 11 − 6 = 5
    assert is_my_number("123456789018") and not is_my_number("123456789012")  # the 記入例 number fails
    assert corporate_check_digit("000012050002") == 7  # 国税庁 7000012050002


def test_helpers() -> None:
    import datetime as dt

    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(1989, 1, 7), short=True) == "S64.1.7"
    assert spaced("090-12") == "0 9 0 - 1 2"


# --- the manifest ---------------------------------------------------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert all(30 <= levels[lv] <= 40 for lv in (1, 2, 3)), levels
    formats = Counter(str(r["format"]) for r in rows)
    assert formats.most_common(1)[0][0] == "xlsx"
    assert {
        "docx",
        "pdf",
        "csv",
        "csv-cp932",
        "txt",
        "txt-cp932",
        "xls",
        "ods",
        "odt",
        "pptx",
    } <= formats.keys()
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam11"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3:
            assert (
                types & SENSITIVE or "bulk" in str(row.get("note", "")) or "100" in str(row.get("note", ""))
            ), row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    levels: dict[str, set[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    for family, seen in levels.items():
        assert seen == {1, 2, 3}, family


# --- the files open and hold what the truth says ----------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


def _candidates(text: str) -> set[str]:
    """12-digit numbers as written: plain, spaced, 4-4-4, one digit per cell (" | " between)."""
    forms = r"(?<!\d)(?:\d{12}|\d(?: \d){11}|\d(?: \| \d){11}|\d{4} \d{4} \d{4})(?!\d)"
    return {re.sub(r"\D", "", m) for m in re.findall(forms, text)}


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        else:
            assert not valid, (row["path"], valid)
        if "failing the check digit" in str(row.get("note", "")) or "fails the check digit" in str(
            row.get("note", "")
        ):
            strict = {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)\d{4} ?\d{4} ?\d{4}(?!\d)", text)}
            assert strict and not any(is_my_number(n) for n in strict), row["path"]


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 8
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def _persons(text: str) -> int:
    given = "|".join(g for g, _ in MALE + FEMALE + OLD_MALE + OLD_FEMALE + CHILD_MALE + CHILD_FEMALE)
    surnames = "|".join(s for s, _ in SURNAMES)
    return len(set(re.findall(f"(?:{surnames}) ?(?:{given})(?![一-龥])", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 names 1 to 100 persons."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 2


# --- layouts really written ------------------------------------------------------------------------------
def test_canvas_pdfs_have_pages_and_headers(built: tuple[Path, Rows]) -> None:
    out, rows = built
    multi = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) > 1:
            multi += 1
            title = pages[0].splitlines()[0][:8]
            for n, page in enumerate(pages, start=1):
                assert page.startswith(title), (row["path"], n)  # header drawn on every page
                assert f"{n} / {len(pages)}" in page
    assert multi >= 4
    three = [r for r in rows if r["format"] == "pdf" and len(_pdf_pages(out / str(r["path"]))) >= 3]
    assert three  # the 112-child results list


def test_spaced_digits_are_drawn(texts: dict[str, str], built: tuple[Path, Rows]) -> None:
    _, rows = built
    spaced_pdfs = [
        r for r in rows if r["format"] == "pdf" and re.search(r"\d(?: [\d/-]){9}", texts[str(r["path"])])
    ]
    assert len(spaced_pdfs) >= 4  # two fax sheets, the visit schedule's phones, the spaced My Number
    assert any("my_number" in r["types"] for r in spaced_pdfs)  # type: ignore[operator]


def test_workbook_layouts(built: tuple[Path, Rows]) -> None:
    out, rows = built
    merged = hidden = far_right = 0
    for row in rows:
        if row["format"] != "xlsx":
            continue
        wb = openpyxl.load_workbook(out / str(row["path"]))
        for ws in wb.worksheets:
            merged += len(ws.merged_cells.ranges)
            hidden += ws.sheet_state != "visible"
            far_right += ws.min_column >= 29 and ws.max_row > 100
    assert merged >= 15 and hidden >= 3 and far_right == 1


def test_word_layouts(built: tuple[Path, Rows]) -> None:
    out, rows = built
    grids = blank_grids = merged = boxes = headers = 0
    for row in rows:
        if row["format"] != "docx":
            continue
        path = out / str(row["path"])
        d = docx.Document(str(path))
        for table in d.tables:
            for r in table.rows:
                merged += len({id(c._tc) for c in r.cells}) < len(r.cells)
                cells = r.cells[2:] if len(r.cells) == 14 else []
                if cells and all(len(c.text) == 1 and c.text.isdigit() for c in cells):
                    grids += is_my_number("".join(c.text for c in cells))
                if cells and all(c.text == "" for c in cells):
                    blank_grids += 1
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode()
        for box in re.findall(r"<w:txbxContent>.*?<w:t[^>]*>([^<]*)</w:t>", xml):
            boxes += bool(re.search(r"\d{4} \d{4} \d{4}", box))
        headers += any(re.search(r"\d{12}", s.header.paragraphs[0].text) for s in d.sections)
    assert grids == 3 and blank_grids == 1
    assert merged >= 7 and boxes >= 2 and headers == 1  # a text box has a DrawingML and a VML copy


def test_build_is_deterministic(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "files").iterdir())}

    generate(tmp_path / "a")
    generate(tmp_path / "b")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert (tmp_path / "a" / "manifest.jsonl").read_bytes() == (
        tmp_path / "b" / "manifest.jsonl"
    ).read_bytes()
    seven, eight = build(random.Random(7)), build(random.Random(8))
    assert Counter((d.family, d.level) for d in seven) == Counter((d.family, d.level) for d in eight)
    assert [d.spec for d in seven] != [d.spec for d in eight]
