"""The ninth red-team set (a ward office's counters): its manifest fits corpus.eval.evaluate, every file opens with
its format's own library, the truth is consistent with what the files hold (valid My Numbers where the
truth has one and nowhere else, look-alike numbers failing the check digit, more than 100 persons in the
bulk lists), the layouts it was built for are really in the files (canvas PDFs with a header on every page,
digits drawn with spaces, merged cells, hidden sheets, far-right data, cp932), and the build is
deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.redteam.set9 import (
    FEMALE,
    MALE,
    SURNAMES,
    build,
    corporate_check_digit,
    generate,
    is_my_number,
    my_number_check_digit,
    spaced,
    wareki,
)

KNOWN_TYPES = {"name", "address", "birth_date", "phone", "my_number", "health", "arrears", "corporate_number"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
FAMILIES = {"koseki", "benefits", "welfare", "election", "housing_water", "staff_chat", "form_layout"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam9")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    doc = load(str(path))
    return "\n".join(teletype.extractText(el) for kind in (H, P) for el in doc.getElementsByType(kind))


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
        parts = [p.text for p in d.paragraphs]
        parts += [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        parts += [p.text for s in d.sections for p in s.header.paragraphs]
        body = d.element.body
        parts += [
            "".join(t.text or "" for t in box.iter(docx.oxml.ns.qn("w:t")))
            for box in body.iter(docx.oxml.ns.qn("w:txbxContent"))
        ]
        return "\n".join(parts)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        out: list[str] = []
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    out.append(shape.text_frame.text)
                if shape.has_table:
                    out += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
            if slide.has_notes_slide:
                out.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(out)
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    if fmt in ("ods", "odt"):
        return _odf_text(path)
    raw = path.read_bytes()
    if fmt == "xls":
        assert raw.startswith(bytes.fromhex("d0cf11e0a1b11ae1"))  # an OLE2 compound file (BIFF8)
        # xlwt writes non-Latin strings as UTF-16LE, at either byte alignment
        return "\n".join(raw[k:].decode("utf-16-le", errors="ignore") for k in (0, 1))
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
    # 12345678901|8: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 212 mod 11 = 3 → 11 − 3 = 8
    assert my_number_check_digit("12345678901") == 8
    assert my_number_check_digit("00000000000") == 0  # 11 − 0 = 11 ≥ 10 → 0
    assert my_number_check_digit("00000000001") == 9  # weight 2 → 11 − 2
    assert is_my_number("123456789018") and not is_my_number("123456789017")
    # 国税庁's example 7000012050002: Σ over 000012050002 with weights 1,2,… from the right = 11; 9 − 2 = 7
    assert corporate_check_digit("000012050002") == 7


def test_small_helpers() -> None:
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1989, 1, 7), "short") == "S64.1.7"
    assert spaced("090-1234-5678") == "0 9 0 - 1 2 3 4 - 5 6 7 8"


# --- the manifest --------------------------------------------------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 110
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 35 and levels[2] >= 30 and levels[3] >= 28, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam9"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert types & IDENTIFYING and not types & SENSITIVE, row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    levels: dict[str, Counter[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    for family, seen in levels.items():
        assert seen[1] >= 4 and seen[2] + seen[3] >= 7 and seen[3] >= 3, (family, seen)


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str) -> set[str]:
    """12-digit numbers as written here: plain, 4-4-4 with a space or hyphen, one space between digits."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<![\d-])\d{12}(?![\d-])", text))
    found |= {"".join(m) for m in re.findall(r"(?<![\d-])(\d{4})[ -](\d{4})[ -](\d{4})(?![\d-])", text)}
    found |= {m.replace(" ", "") for m in re.findall(r"(?<!\d )(?<![\d-])(?:\d ){11}\d(?![\d-])", text)}
    return found


def test_my_numbers_are_valid_exactly_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    with_number = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            with_number += 1
        else:
            assert not valid, (row["path"], valid)
        if "fail" in str(row.get("note", "")):  # the look-alike numbers really fail the check digit
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_my_number(n) for n in strict), row["path"]
    assert with_number >= 6


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 8
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def _persons(text: str) -> int:
    given = "|".join(sorted(MALE + FEMALE, key=len, reverse=True))
    surnames = "|".join(sorted(SURNAMES, key=len, reverse=True))
    return len(set(re.findall(f"(?:{surnames})[ 　]{{1,2}}(?:{given})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 holds at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        sensitive = set(row["types"]) & SENSITIVE  # type: ignore[call-overload]
        if row["level"] == 3 and not sensitive:
            assert persons > 100, (row["path"], persons)
            assert "bulk" in str(row.get("note", "")), row["path"]
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 4


def test_canvas_pdfs_repeat_their_header_on_every_page(built: tuple[Path, Rows]) -> None:
    out, rows = built
    page_counts: list[int] = []
    for row in rows:
        if row["family"] != "form_layout" or row["format"] != "pdf":
            continue
        pdf = pypdfium2.PdfDocument(out / str(row["path"]))
        try:
            n = len(pdf)
            pages = [pdf[i].get_textpage().get_text_range() for i in range(n)]
        finally:
            pdf.close()
        title = pages[0].splitlines()[0].split("　")[0].split(" ")[0]
        for i, page in enumerate(pages, start=1):
            assert f"{i} / {n} 頁" in page and title in page, (row["path"], i)
        page_counts.append(n)
    assert sorted(page_counts) == [1, 1, 2, 3, 5, 5]


def test_digits_drawn_with_spaces(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    phones = addresses = numbers = 0
    for row in rows:
        text = texts[str(row["path"])]
        phones += len(re.findall(r"0 [0-9] [0-9] - (?:[0-9] ){2,3}[0-9] - (?:[0-9] ){3}[0-9]", text))
        addresses += len(re.findall(r"\d+ 丁目 \d+ 番 \d+ 号", text))
        numbers += sum(1 for m in re.findall(r"(?:\d ){11}\d", text) if is_my_number(m.replace(" ", "")))
    assert phones >= 100 and addresses >= 100 and numbers >= 1


def test_sheet_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    states: Counter[str] = Counter()
    merged = far_right = title_rows = 0
    for row in rows:
        if row["format"] != "xlsx":
            continue
        wb = openpyxl.load_workbook(out / str(row["path"]))
        for ws in wb.worksheets:
            states[ws.sheet_state] += 1
            merged += len(ws.merged_cells.ranges)
            far_right += ws.max_column >= 29
            title_rows += any(
                str(r.coord).startswith("A1:") or str(r.coord).startswith("A2:")
                for r in ws.merged_cells.ranges
            )
        assert any(ws.sheet_state == "visible" for ws in wb.worksheets)
    assert states["hidden"] == 3 and states["veryHidden"] == 1
    assert merged >= 40 and far_right == 1 and title_rows >= 15


def test_docx_header_and_textbox_hold_what_the_truth_says(built: tuple[Path, Rows]) -> None:
    out, rows = built
    boxes = 0
    for row in rows:
        if row["format"] != "docx":
            continue
        d = docx.Document(str(out / str(row["path"])))
        for box in d.element.body.iter(docx.oxml.ns.qn("w:txbxContent")):
            text = "".join(t.text or "" for t in box.iter(docx.oxml.ns.qn("w:t")))
            assert any(is_my_number(n) for n in _candidates(text)) and "my_number" in row["types"]  # type: ignore[operator]
            boxes += 1
    assert boxes >= 1


def test_build_is_deterministic(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "files").iterdir())}

    generate(tmp_path / "a")
    generate(tmp_path / "b")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert (tmp_path / "a" / "manifest.jsonl").read_bytes() == (
        tmp_path / "b" / "manifest.jsonl"
    ).read_bytes()
    # another seed draws another ward and other people; the truth of the set does not depend on the draw
    seven, eight = build(random.Random(7)), build(random.Random(8))
    assert [(d.family, d.level, d.fmt) for d in seven] == [(d.family, d.level, d.fmt) for d in eight]
    assert [d.spec for d in seven] != [d.spec for d in eight]
