"""The twenty-second red-team set (land, construction, procurement and civic activity): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent with what the
files hold (valid My Numbers where the truth says so, failing look-alikes where a note promises them, valid
法人番号 and phone numbers, more than 100 persons where a list is level 3 by bulk), the layouts it was built
for are really in the files (multi-page canvas PDFs with ``n / N`` footers, digits drawn apart, merged cells,
hidden sheets, numbers in Word headers, data far right, cp932) and the build is deterministic. Scores are not
tested here: the set is blind, scored on first contact."""

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
import olefile
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import corporate_number_check_digit, my_number_check_digit
from corpus.factory.readback import xls_text
from corpus.redteam.set22 import FAMILIES, GIVEN, SURNAMES, build, generate, is_valid_my_number, wareki
from odf import teletype
from odf.opendocument import load as odf_load
from odf.text import P

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam22")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
        )  # fmt: skip
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
        return "\n".join(_pdf_pages(path))
    if fmt in ("ods", "odt"):
        doc = odf_load(str(path))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
    if fmt == "xls":
        assert olefile.isOleFile(str(path))
        return xls_text(path)  # parsed (corpus.factory.readback)
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
    assert my_number_check_digit("12345678901") == 8
    assert is_valid_my_number("123456789018") and not is_valid_my_number("123456789017")
    assert corporate_number_check_digit("000012050002") == 7  # 国税庁 7000012050002


def test_wareki_forms() -> None:
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1975, 3, 9), "short") == "S50.3.9"
    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"


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
    assert set(formats) == FORMATS
    assert formats["xlsx"] == max(formats.values())
    assert {str(r["family"]) for r in rows} == set(FAMILIES)
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam22"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
            assert types & IDENTIFYING, row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    levels: dict[str, Counter[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    for family, seen in levels.items():
        assert all(seen[lv] >= 5 for lv in (1, 2, 3)), (family, seen)


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str) -> set[str]:
    """12-digit numbers as people write them: plain, spaced 4-4-4, one digit apart."""
    text = text.translate(_FW)
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d-])(?:\d[ ]?){11}\d(?![\d-])", text)}


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    failing = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        else:
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert not any(is_valid_my_number(n) for n in strict), row["path"]
        if "all failing" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]
            failing += 1
    assert failing >= 2


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 15
    assert all(int(n[0]) == corporate_number_check_digit(n[1:]) for n in numbers)


def test_phone_numbers_are_valid(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    seen = 0
    for row in rows:
        for m in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", texts[str(row["path"])]):
            digits = m.replace("-", "")
            if digits.startswith("0000"):
                continue  # a 記入例 placeholder
            mobile = digits[:3] in {"070", "080", "090"}
            assert len(digits) == (11 if mobile else 10), (row["path"], m)
            seen += 1
    assert seen > 500


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
    assert bulk >= 5


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Canvas PDFs over several pages, digits drawn apart, merges, hidden sheets, Word headers, far right."""
    out, rows = built
    multi_page = spaced_digits = merged_xlsx = merged_docx = hidden = far_right = header_numbers = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "pdf":
            pages = _pdf_pages(path)
            if len(pages) >= 2:
                assert all(f"{i} / {len(pages)}" in p for i, p in enumerate(pages, 1)), path
                multi_page += 1
            for line in "\n".join(
                pages
            ).splitlines():  # every window: an address or amount may touch the digits
                windows = re.findall(r"(?=((?:\d ){11}\d))", line)
                spaced_digits += any(is_valid_my_number(m.replace(" ", "")) for m in windows)
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden += ws.sheet_state != "visible"
                far_right += ws.max_column >= 27 and ws.max_row > 100
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
            head = " ".join(p.text for s in d.sections for p in s.header.paragraphs)
            header_numbers += any(is_valid_my_number(n) for n in re.findall(r"(?<!\d)\d{12}(?!\d)", head))
    assert multi_page >= 4 and spaced_digits >= 4
    assert merged_xlsx >= 10 and merged_docx >= 1
    assert hidden >= 3 and far_right >= 1 and header_numbers >= 2


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
    assert [(d.family, d.level, d.fmt, sorted(d.types)) for d in seven] == [
        (d.family, d.level, d.fmt, sorted(d.types)) for d in eight
    ]
    assert [d.spec for d in seven] != [d.spec for d in eight]
