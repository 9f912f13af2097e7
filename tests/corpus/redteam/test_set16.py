"""The sixteenth red-team set (care, health insurance, elections, disaster response, disability welfare): its
manifest fits corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent with
what the files hold (valid My Numbers where the truth says so and nowhere else, failing look-alikes, valid 法人番号,
more than 100 persons where a list is level 3 by bulk), the layouts it was built for are really in the files
(multi-page canvas PDFs with `n / N`, spaced digits, merged cells, hidden sheets, data far right, a text box, a
number in a Word header, cp932), and the build is deterministic. Scores are not tested: the set is blind."""

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
from corpus.redteam.set16 import (
    FAMILIES,
    FEMALE,
    MALE,
    SURNAMES,
    build,
    corporate_check_digit,
    generate,
    is_my_number,
    kata,
    my_number_check_digit,
    not_my_number,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam16")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    xml = re.sub(r"</table:table-cell>", " | ", xml)
    xml = re.sub(r"</(?:text:p|table:table-row)>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


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
        heads = [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
        boxes = [
            re.sub(r"<[^>]+>", "", b)
            for b in re.findall(r"<w:txbxContent>.*?</w:txbxContent>", d.element.xml)
        ]
        return "\n".join([p.text for p in d.paragraphs] + cells + heads + boxes)
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
    if fmt in ("ods", "odt"):
        return _odf_text(path)
    raw = path.read_bytes()
    if fmt == "xls":
        assert raw.startswith(bytes.fromhex("d0cf11e0a1b11ae1"))  # an OLE2 compound file (BIFF8)
        return raw.decode("utf-16-le", errors="ignore") + "\n" + raw[1:].decode("utf-16-le", errors="ignore")
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
    assert my_number_check_digit("00000000000") == 0
    assert my_number_check_digit("00000000001") == 9  # weight 2 → r = 2 → 9
    assert is_my_number("123456789018") and not is_my_number("123456789017")
    assert corporate_check_digit("000012050002") == 7  # 国税庁 7000012050002
    rng = random.Random(3)
    assert not any(is_my_number(not_my_number(rng)) for _ in range(500))


def test_wareki_and_kana() -> None:
    import datetime as dt

    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(1973, 2, 3), "short") == "S48.2.3"
    assert wareki(dt.date(1989, 1, 8), "abbr") == "平1.1.8"
    assert kata("かずお") == "カズオ"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 34 and levels[2] >= 34 and levels[3] >= 28, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == set(FAMILIES)
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam16"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    levels: dict[str, Counter[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    for family, seen in levels.items():
        assert seen[1] >= 4 and seen[2] >= 4 and seen[3] >= 4, (family, seen)


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


# --- numbers -------------------------------------------------------------------------------------------
_FW = str.maketrans("０１２３４５６７８９", "0123456789")


def _numbers(text: str) -> set[str]:
    """12-digit numbers as written here: plain, 4-4-4 with a space or hyphen, full-width, one digit per cell."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<![\d-])\d{12}(?![\d-])", text))
    found |= {re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d-])\d{4}[ -]\d{4}[ -]\d{4}(?![\d-])", text)}
    found |= {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d \| ){11}\d(?!\d)", text)}
    return found


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    with_numbers = 0
    for row in rows:
        numbers = _numbers(texts[str(row["path"])])
        valid = {n for n in numbers if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            with_numbers += 1
        else:
            assert not valid, (row["path"], valid)
        if "failing the check digit" in str(row.get("note", "")):
            assert len(numbers) >= 10 and not valid, row["path"]
    assert with_numbers >= 6


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 30
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


# --- persons -------------------------------------------------------------------------------------------
def _persons(text: str) -> int:
    forms = {f for g, k in MALE + FEMALE for f in (g, kata(k))}
    given = "|".join(sorted(forms, key=len, reverse=True))
    surnames = "|".join(sorted(SURNAMES, key=len, reverse=True))
    return len({re.sub(r"[ 　]", "", m) for m in re.findall(f"(?:{surnames})[ 　]?(?:{given})", text)})


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 without a sensitive type is bulk (more than 100 persons); level 2 is at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        sensitive = set(row["types"]) & SENSITIVE  # type: ignore[call-overload]
        if row["level"] == 3 and not sensitive:
            assert persons > 100, (row["path"], persons)
            assert "bulk" in str(row.get("note", "")), row["path"]
            bulk += 1
        if row["level"] in (2, 3):
            assert persons >= 1, (row["path"], persons)
        if row["level"] == 2:
            assert persons <= 100, (row["path"], persons)
    assert bulk >= 4


# --- layouts -------------------------------------------------------------------------------------------
def test_canvas_pdfs_have_pages_and_page_numbers(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    multi = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pdf = pypdfium2.PdfDocument(out / str(row["path"]))
        try:
            pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()
        if f"1 / {len(pages)}" in pages[0]:
            assert all(f"{i} / {len(pages)}" in p for i, p in enumerate(pages, 1)), row["path"]
            multi += len(pages) >= 2
    assert multi >= 4
    spaced = [
        r["path"]
        for r in rows
        if r["format"] == "pdf"
        and any(
            is_my_number(m.replace(" ", "")) for m in re.findall(r"\d{4} \d{4} \d{4}", texts[str(r["path"])])
        )
    ]
    assert len(spaced) == 1


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    """Merged cells, hidden sheets, data far right, headers with numbers, a text box: really written."""
    out, rows = built
    merged_docx = merged_xlsx = hidden = very_hidden = far_right = header_numbers = textboxes = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
            head = " ".join(p.text for p in d.sections[0].header.paragraphs).translate(_FW)
            header_numbers += any(is_my_number(n) for n in _numbers(head))
            textboxes += "txbxContent" in d.element.xml
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += sum(
                    1 for m in ws.merged_cells.ranges if m.min_row != m.max_row or m.min_row > 2
                )
                hidden += ws.sheet_state == "hidden"
                very_hidden += ws.sheet_state == "veryHidden"
                far_right += ws.max_column >= 28 and ws.cell(ws.max_row, 1).value is None
    assert merged_docx >= 8 and merged_xlsx >= 10
    assert hidden >= 2 and very_hidden >= 1 and far_right >= 1
    assert header_numbers == 2 and textboxes >= 1


def test_digits_one_per_cell(built: tuple[Path, Rows]) -> None:
    out, rows = built
    grids = 0
    for row in rows:
        if row["format"] != "xlsx":
            continue
        for ws in openpyxl.load_workbook(out / str(row["path"])).worksheets:
            for r in ws.iter_rows(values_only=True):
                digits = [str(v) for v in r if isinstance(v, str) and len(v) == 1 and v.isdigit()]
                grids += len(digits) == 12 and is_my_number("".join(digits))
    assert grids >= 5


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
