"""The eighth red-team set (licensing, schools, personnel and correspondence of a town hall): its manifest
fits corpus.eval.evaluate, every file opens with its format's own library, the truth is complete and consistent
with what the files hold (valid My Numbers where the truth says so, none in a level 1 or 2 file, more than
100 persons where a list is level 3 by bulk), the layouts it was built for are really in the files
(canvas PDFs of several pages, digits drawn spaced or one per box, one digit per Word cell, merged cells,
hidden sheets, a number in a header box, cp932), and the build is deterministic. Scores are not tested
here: the set is blind, scored on first contact."""

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
from corpus.redteam.set8 import (
    FEMALE,
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
               "email", "bank_account"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "tsv"}
FAMILIES = {"licence", "procurement", "council", "school", "personnel", "correspondence", "number_lookalike"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam8")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt in ("xls", "ods"):
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        return "\n".join(
            " | ".join(str(v) for v in row)
            for name in wb.sheet_names
            for row in wb.get_sheet_by_name(name).to_python()
        )
    if fmt == "odt":
        from odf import teletype
        from odf.opendocument import load
        from odf.text import H, P

        doc = load(str(path))
        return "\n".join(teletype.extractText(e) for kind in (H, P) for e in doc.getElementsByType(kind))
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        head = [p.text for s in d.sections for p in s.header.paragraphs]
        head += [c.text for s in d.sections for t in s.header.tables for row in t.rows for c in row.cells]
        boxes = [t for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", d.element.xml) if t]
        return "\n".join([p.text for p in d.paragraphs] + cells + head + boxes)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts: list[str] = []
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    parts.append(shape.text_frame.text)
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
        assert raw.startswith(b"\xef\xbb\xbf") == (fmt == "csv")
        text = raw.decode("utf-8-sig")
    if fmt.startswith("csv") or fmt == "tsv":
        parsed = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
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
    assert my_number_check_digit("00000000001") == 9  # P1 = 1, Q1 = 2 → 11 − 2 = 9
    assert (
        is_my_number("123456789018") and not is_my_number("123456789017") and not is_my_number("1234567890")
    )
    assert corporate_check_digit("000012050002") == 7  # 国税庁 7000012050002


def test_wareki() -> None:
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1975, 3, 9), "short") == "S50.3.9"


# --- the manifest ---------------------------------------------------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    for level, share in ((1, 0.35), (2, 0.35), (3, 0.30)):
        assert abs(levels[level] / len(rows) - share) < 0.06, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam8"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3 and not types & SENSITIVE:
            assert "bulk" in str(row.get("note", "")) or "more than 100" in str(row.get("note", "")), row


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


def _candidates(text: str) -> set[str]:
    """12-digit numbers as people write them: plain, spaced, hyphenated, full-width, 4-4-4 or one digit per cell."""
    text = text.translate(_FW)
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-|]{0,3}){11}\d(?!\d)", text)}


def _strict(text: str) -> list[str]:
    """What a reader takes for a number of 12 digits: a plain run, or 4-4-4 with a hyphen or space."""
    text = text.translate(_FW)
    runs = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
    return runs + [
        re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d-])\d{4}[- ]\d{4}[- ]\d{4}(?![\d-])", text)
    ]


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    failing_files = 0
    for row in rows:
        text = texts[str(row["path"])]
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert any(is_my_number(n) for n in _candidates(text)), row["path"]
        else:
            assert not any(is_my_number(n) for n in _strict(text)), row["path"]
        if "fail the check digit" in str(row.get("note", "")) or "failing the check digit" in str(
            row.get("note", "")
        ):
            strict = _strict(text)
            assert len(strict) >= 8 and not any(is_my_number(n) for n in strict), row["path"]
            failing_files += 1
    assert failing_files >= 8


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 40
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def _persons(text: str) -> int:
    given = "|".join(g for g, _ in MALE + FEMALE)
    surnames = "|".join(s for s, _ in SURNAMES)
    return len(set(re.findall(f"(?:{surnames})[ 　]?(?:{given})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 is at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 3


def test_sensitive_words_are_where_the_truth_says(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    arrears = re.compile("滞納|未納|督促|延滞")
    for row in rows:
        if "arrears" in row["types"]:  # type: ignore[operator]
            assert arrears.search(texts[str(row["path"])]), row["path"]
    # the public look-alikes share the words without a person
    assert sum(1 for r in rows if r["level"] == 1 and arrears.search(texts[str(r["path"])])) >= 4
    assert sum(1 for r in rows if r["level"] == 1 and "マイナンバー" in texts[str(r["path"])]) >= 2


# --- layouts ----------------------------------------------------------------------------------------------
def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    merged_xlsx = hidden_sheets = digit_grids = header_boxes = text_boxes = number_cells = 0
    multipage = boxed = spaced = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden_sheets += ws.sheet_state != "visible"
                number_cells += sum(
                    1
                    for r in ws.iter_rows(values_only=True)
                    for v in r
                    if isinstance(v, int) and is_my_number(str(v))
                )
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    digit_grids += len(digits) == 12 and is_my_number("".join(digits))
            header_boxes += sum(len(s.header.tables) for s in d.sections)
            text_boxes += "txbxContent" in d.element.xml
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            try:
                pages = len(pdf)
                page_texts = [pdf[i].get_textpage().get_text_range() for i in range(pages)]
                paths = sum(1 for _ in pdf[0].get_objects(filter=(pypdfium2.raw.FPDF_PAGEOBJ_PATH,)))
            finally:
                pdf.close()
            if pages >= 3:
                multipage += 1
                assert all(f"- {n} / {pages} -" in t for n, t in enumerate(page_texts, start=1)), path
            text = texts[str(row["path"])]
            if "my_number" in row["types"]:  # type: ignore[operator]
                if paths >= 12:  # one digit per drawn box
                    boxed += any(is_my_number(n) for n in re.findall(r"\d{12}", re.sub(r"\s", "", text)))
                elif re.search(r"(?<!\d)(?:\d ){11}\d(?!\d)", text):
                    spaced += 1
    assert merged_xlsx >= 12 and hidden_sheets == 4
    assert digit_grids == 3 and header_boxes >= 1 and text_boxes >= 1 and number_cells >= 4
    assert multipage >= 2 and spaced >= 1 and boxed >= 1


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
