"""The fifteenth red-team set (tax, collection and resident register of a mid-size city): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is complete and consistent
with what the files hold (valid My Numbers where the truth says so, none where a look-alike promises so,
more than 100 persons where a list is level 3 by bulk), the layouts it was built for are really in the files
(multi-page canvas PDFs with `n / N` headers, spaced digits, merged cells, hidden and very hidden sheets, a
hidden column, data far right, a Word header, cp932), and the build is deterministic. Scores are not tested
here: the set is blind, scored on first contact."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import odf.opendocument
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number
from corpus.redteam.set15 import FEMALE, FOREIGN, MALE, SURNAMES, build, generate, kata, wareki
from python_calamine import CalamineWorkbook

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "tsv"}
FAMILIES = {"resident_register", "tax_ledger", "collection", "chat", "memo", "core_print", "form", "numbers"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam15")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    from odf import teletype
    from odf.table import TableCell
    from odf.text import P

    doc = odf.opendocument.load(str(path))
    parts = [teletype.extractText(p) for p in doc.getElementsByType(P)]
    assert doc.getElementsByType(TableCell) or parts
    return "\n".join(parts)


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        lines = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    v = c.value
                    if isinstance(v, int) and c.number_format == "000000000000":
                        v = f"{v:012d}"  # what Excel shows for a number typed into a 12-zero format
                    cells.append("" if v is None else str(v))
                lines.append(" | ".join(cells))
        return "\n".join(lines)
    if fmt == "xls":
        book = CalamineWorkbook.from_path(str(path))  # a BIFF8 workbook read by a reader, not by xlwt
        return "\n".join(
            " | ".join(str(v) for v in r)
            for name in book.sheet_names
            for r in book.get_sheet_by_name(name).to_python()
        )
    if fmt in {"ods", "odt"}:
        return _odf_text(path)
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        heads = [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
        boxes = re.findall(
            r"<w:t[^>]*>([^<]*)</w:t>", zipfile.ZipFile(path).read("word/document.xml").decode()
        )
        return "\n".join([p.text for p in d.paragraphs] + cells + heads + boxes)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts: list[str] = []
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    parts.append(shape.text_frame.text)
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
    if fmt.startswith("csv") or fmt == "tsv":
        parsed = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        assert len(parsed) >= 3 and max(len(r) for r in parsed) >= 2
    return text


@pytest.fixture(scope="module")
def texts(built: tuple[Path, Rows]) -> dict[str, str]:
    out, rows = built
    return {str(r["path"]): _text_of(out / str(r["path"]), str(r["format"])) for r in rows}


# --- helpers against hand-computed values -------------------------------------------------------------
def test_wareki_forms() -> None:
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1973, 2, 3), "short") == "S48.2.3"
    assert wareki(dt.date(2023, 4, 1), "short") == "R5.4.1"
    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(1989, 1, 7), "slash") == "S64/01/07"
    assert wareki(dt.date(1973, 2, 3), "pad") == "昭和48年02月03日"
    assert kata("さとう はなこ") == "サトウ ハナコ"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 110
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 34 and levels[2] >= 32 and levels[3] >= 30, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam15"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
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
        assert seen[1] >= 3 and seen[2] >= 2 and seen[3] >= 2, (family, seen)


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 60, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str, cells: bool = True) -> set[str]:
    """12-digit numbers as people write them: plain, spaced 4-4-4 or digit by digit, hyphenated, full-width,
    and (``cells``) one digit per table cell."""
    text = text.translate(_FW)
    if not cells:  # the shapes a reader takes for one number: 12 digits, 4-4-4, digit by digit
        shapes = r"(?<![\d-])(?:\d{12}|\d{4}[ -]\d{4}[ -]\d{4}|(?:\d ){11}\d)(?![\d-])"
        return {re.sub(r"\D", "", m) for m in re.findall(shapes, text)}
    found = {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-|]{0,3}){11}\d(?!\d)", text)}
    return {n for n in found if len(n) == 12}


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        else:
            valid = {
                n for n in _candidates(text, cells=False) if is_valid_my_number(n)
            }  # 宛名番号, 納付番号, 受付番号, 記入例: every 12-digit number fails the check digit
            assert not valid, (row["path"], valid)
    lookalikes = [r for r in rows if "failing the check digit" in str(r.get("note", ""))]
    assert len(lookalikes) >= 3
    for row in lookalikes:
        assert len(_candidates(texts[str(row["path"])])) >= 8, row["path"]


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 20
    assert all(is_valid_corporate_number(n) for n in numbers)


def _persons(text: str) -> int:
    given = (
        [g for g, _ in MALE + FEMALE] + [kata(k) for _, k in MALE + FEMALE] + [k for _, k in MALE + FEMALE]
    )
    surnames = "|".join(s for s, _ in SURNAMES)
    names = set(
        re.findall(f"(?:{surnames})[ 　]?(?:{'|'.join(sorted(set(given), key=len, reverse=True))})", text)
    )
    names = {re.sub(r"[ 　]", "", n) for n in names}
    return len(names) + sum(1 for alpha, _ in FOREIGN if alpha in text)


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 is at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] in (2, 3):
            assert persons >= 1, row["path"]
        if row["level"] == 2:
            assert persons <= 100, (row["path"], persons)
    assert bulk >= 3


def test_canvas_pdfs_have_pages_and_headers(built: tuple[Path, Rows]) -> None:
    out, rows = built
    multi = 0
    for row in rows:
        if row["format"] != "pdf" or row["family"] != "core_print":
            continue
        pdf = pypdfium2.PdfDocument(out / str(row["path"]))
        try:
            n = len(pdf)
            for i in range(n):
                assert f"{i + 1} / {n} 頁" in pdf[i].get_textpage().get_text_range(), (row["path"], i)
        finally:
            pdf.close()
        multi += n >= 2
    assert multi >= 9


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Merged cells, box grids, hidden sheets and columns, data far right, spaced digits, a Word header."""
    out, rows = built
    merged_docx = merged_xlsx = hidden = very_hidden = hidden_columns = far_right = box_grids = 0
    header_numbers = leading_zero = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    box_grids += len(digits) == 12 and is_valid_my_number("".join(digits))
            header_numbers += any(
                is_valid_my_number(n)
                for s in d.sections
                for n in re.findall(r"\d{12}", s.header.paragraphs[0].text)
            )
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden += ws.sheet_state == "hidden"
                very_hidden += ws.sheet_state == "veryHidden"
                hidden_columns += sum(1 for dim in ws.column_dimensions.values() if dim.hidden)
                far_right += ws.max_column >= 28 and any(
                    isinstance(c.value, str) and is_valid_my_number(c.value) for c in ws["AB"]
                )
                leading_zero += sum(
                    1
                    for c in ws["C"]
                    if isinstance(c.value, int) and c.number_format == "000000000000" and c.value < 10**11
                )
    assert merged_docx >= 10 and merged_xlsx >= 15
    assert box_grids == 1 and header_numbers == 1
    assert hidden >= 2 and very_hidden == 1 and hidden_columns == 1 and far_right == 1
    assert leading_zero == 2
    spaced = [
        p for p, t in texts.items() if re.search(r"(?<!\d)\d \d \d \d \d \d \d \d \d \d \d \d(?!\d)", t)
    ]
    four = [
        p for p, t in texts.items() if re.search(r"(?<!\d)\d{4} \d{4} \d{4}(?!\d)", t) and p.endswith(".pdf")
    ]
    assert spaced and four


def test_cp932_files_hold_japanese(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    cp932 = [r for r in rows if str(r["format"]).endswith("cp932")]
    assert len(cp932) >= 10
    assert all(re.search("[ぁ-んァ-ン一-龥]", texts[str(r["path"])]) for r in cp932)


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
    assert [(d.family, d.fmt, d.level, d.types) for d in seven] == [
        (d.family, d.fmt, d.level, d.types) for d in eight
    ]
    assert [d.spec for d in seven] != [d.spec for d in eight]
