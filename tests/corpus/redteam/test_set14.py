"""The fourteenth red-team set (board of education and children's services): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent with what the
files hold (valid My Numbers where the truth says so, failing 12-digit look-alikes where a note says so, valid
法人番号, more than 100 persons in the bulk lists), the layouts are really written (canvas pages with ``n / N``,
spaced digits, merges, hidden sheets and columns, text boxes, headers, cp932), and the build is deterministic.
The scanner is not tested here: the set is blind."""

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
import olefile
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.factory.readback import xls_text
from corpus.redteam.set14 import (
    BOYS,
    GIRLS,
    SURNAMES,
    build,
    corporate_check_digit,
    fake_twelve,
    generate,
    my_number_check_digit,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"nursery", "school", "afterschool", "correspondence", "number_lookalike", "number_real"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam14")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml)


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt == "xls":
        assert olefile.isOleFile(str(path))
        return xls_text(path)  # parsed (corpus.factory.readback)
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        heads = [p.text for s in d.sections for p in s.header.paragraphs]
        boxes = [
            t.text or ""
            for t in d.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
        ]
        return "\n".join([p.text for p in d.paragraphs] + cells + heads + boxes)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts = [s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame]
        parts += [sl.notes_slide.notes_text_frame.text for sl in deck.slides if sl.has_notes_slide]
        return "\n".join(parts)
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    if fmt in ("ods", "odt"):
        return _odf_text(path)
    raw = path.read_bytes()
    if fmt.endswith("cp932"):
        text = raw.decode("cp932")
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "?" not in text, path
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


def test_check_digits_match_hand_computed_numbers() -> None:
    assert my_number_check_digit("12345678901") == 8  # Σ = 212, 212 mod 11 = 3 → 8
    assert my_number_check_digit("00000000000") == 0
    assert my_number_check_digit("00000000001") == 9
    assert is_my_number("123456789018") and not is_my_number("123456789017")
    assert corporate_check_digit("000012050002") == 7  # 国税庁 7000012050002
    rng = random.Random(1)
    assert not any(is_my_number(fake_twelve(rng, "2024")) for _ in range(200))


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 95 <= len(rows) <= 110
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 30 and levels[2] >= 30 and levels[3] >= 28, levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam14"
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
    seen: dict[str, set[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    for family, levels in seen.items():
        if family == "number_real":
            assert levels == {3}
        else:
            assert 1 in levels and levels & {2, 3}, family


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 30, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str, across_cells: bool = True) -> set[str]:
    """12-digit numbers plain, spaced, hyphenated, full-width and (across_cells) one digit per cell."""
    sep = r"[ \-|]{0,3}" if across_cells else r"[ \-]?"
    text = text.translate(_FW)
    return {re.sub(r"\D", "", m) for m in re.findall(rf"(?<!\d)(?:\d{sep}){{11}}\d(?!\d)", text)}


def test_my_numbers_only_where_the_truth_says_so(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        else:  # not across cells: a phone in one cell and a count in the next are not a number
            assert not {n for n in _candidates(text, False) if is_my_number(n)}, row["path"]
        if "failing the check digit" in str(row.get("note", "")):
            assert _candidates(text), row["path"]


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 20
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def _persons(text: str) -> int:
    given = "|".join(BOYS + GIRLS)
    return len(set(re.findall(f"(?:{'|'.join(SURNAMES)})[ 　]?(?:{given})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert persons <= 100, (row["path"], persons)
    assert bulk >= 3


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    merged_docx = merged_xlsx = hidden_sheets = hidden_cols = boxes = headers = multipage = grids = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    grids += len(digits) == 12 and is_my_number("".join(digits))
            boxes += "txbxContent" in zipfile.ZipFile(path).read("word/document.xml").decode()
            headers += any(p.text for p in d.sections[0].header.paragraphs)
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden_sheets += ws.sheet_state != "visible"
                hidden_cols += sum(1 for dim in ws.column_dimensions.values() if dim.hidden)
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            try:
                n = len(pdf)
                if n > 1:
                    multipage += 1
                    for i in range(n):
                        assert f"{i + 1} / {n}" in pdf[i].get_textpage().get_text_range(), path
            finally:
                pdf.close()
    assert merged_docx >= 10 and merged_xlsx >= 10
    assert hidden_sheets >= 2 and hidden_cols >= 1 and boxes >= 1 and headers >= 5
    assert multipage >= 4 and grids >= 1
    spaced = [t for t in texts.values() if re.search(r"(?<!\d)\d \d \d \d \d \d \d \d \d \d \d \d(?!\d)", t)]
    assert spaced  # a My Number drawn digit by digit
    assert any(re.search(r"(?<!\d)0 [789] 0(?: \d){8}(?!\d)", t) for t in texts.values())


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
    assert Counter((x.family, x.level) for x in seven) == Counter((x.family, x.level) for x in eight)
    assert [x.spec for x in seven] != [x.spec for x in eight]
