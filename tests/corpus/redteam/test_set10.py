"""The tenth red-team set (a town's outward-facing departments and what they keep inside): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is complete and consistent with
what the files hold (valid My Numbers where the truth says so, none in a level 1 or 2 file, all-failing
look-alikes where a note promises so, more than 100 persons where a list is level 3 by bulk), the layouts it
was built for are really in the files (canvas PDFs of several pages with a print header on each, spaced
digits, hidden columns and sheets, merged cells, data far right, a number in a text box and a header,
speaker notes, cp932), and the build is deterministic. Scores are not tested here: the set is blind, scored
on first contact."""

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
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.redteam.set10 import (
    FEMALE,
    MALE,
    OLD_FEMALE,
    SURNAMES,
    build,
    corporate_check_digit,
    failing_twelve,
    generate,
    is_my_number,
    make_my_number,
    my_number_check_digit,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "gender", "relationship", "household_number", "income", "email", "bank_account"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
FAMILIES = {"commerce", "pr", "council", "fire", "education", "tax", "chat", "numbers"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam10")
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

        book = CalamineWorkbook.from_path(str(path))
        return "\n".join(
            " | ".join(str(v) for v in row)
            for name in book.sheet_names
            for row in book.get_sheet_by_name(name).to_python()
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
        head = [p.text for s in d.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)]
        boxes = [t for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", d.element.xml) if t]
        return "\n".join([p.text for p in d.paragraphs] + cells + head + boxes)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts: list[str] = []
        for slide in deck.slides:
            parts += [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
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
    rng = random.Random(3)
    assert all(is_my_number(make_my_number(rng)) for _ in range(200))
    assert not any(is_my_number(failing_twelve("2024", rng)) for _ in range(200))


def test_wareki_forms() -> None:
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1989, 1, 7)) == "昭和64年1月7日"
    assert wareki(dt.date(1924, 5, 3)) == "大正13年5月3日"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
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
        assert row["variant"] == "redteam10"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3 and not types & SENSITIVE:
            assert "→ 3" in str(row.get("note", "")), row  # bulk lists say so


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
    """12-digit numbers as written here: plain, 4-4-4 with a space, hyphen or cell break, one digit apart."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<![\d])\d{12}(?![\d])", text))
    grouped = r"(?<![\d\-/])\d{4}([ -])\d{4}\1\d{4}(?![\d\-/])"
    found |= {re.sub(r"\D", "", m.group()) for m in re.finditer(grouped, text)}
    cells = r"(?:^|\| )(\d{4}) \| (\d{4}) \| (\d{4})(?= \||$)"  # 4-4-4 over three whole cells
    found |= {"".join(m) for m in re.findall(cells, text, re.M)}
    found |= {m.replace(" ", "") for m in re.findall(r"(?<!\d )(?<!\d)(?:\d ){11}\d(?! ?\d)", text)}
    return found


def test_my_numbers_are_valid_only_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    real = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            real += 1
        else:
            assert not valid, (row["path"], valid)
        if "all failing" in str(row.get("note", "")) or "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert strict and not any(is_my_number(n) for n in strict), row["path"]
    assert real == 4


def _persons(text: str) -> int:
    given = "|".join(MALE + FEMALE + OLD_FEMALE)
    surnames = "|".join(SURNAMES)
    return len(set(re.findall(f"(?:{surnames}) ?(?:{given})", text)))


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
    assert bulk == 6


def test_health_and_arrears_are_in_the_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        text, types = texts[str(row["path"])], set(row["types"])  # type: ignore[call-overload]
        if "arrears" in types:
            assert re.search("未納|滞納|督促", text), row["path"]
        if "health" in types:
            assert re.search(
                "病|障害|通院|骨折|熱傷|疑い|発作|中毒|ペースメーカー|熱中症|低血糖|打撲|窒息", text
            ), row["path"]
        if "bank_account" in types:
            assert "普通" in text, row["path"]


# --- layouts -----------------------------------------------------------------------------------------
def _pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_canvas_pdfs_have_pages_and_print_headers(built: tuple[Path, Rows]) -> None:
    out, rows = built
    multi = {}
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) > 1:
            multi[str(row["family"])] = len(pages)
            for n, page in enumerate(pages, start=1):
                assert re.search(rf"(?<!\d){n} / {len(pages)}(?!\d)", page), (row["path"], n)
    assert multi == {"fire": 3, "council": 2, "tax": 4} or sorted(multi.values()) == [2, 2, 3, 4], multi


def test_spaced_digits_are_drawn(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    spaced = [
        r["path"] for r in rows if r["format"] == "pdf" and re.search(r"\d \d \d \d", texts[str(r["path"])])
    ]
    assert len(spaced) == 3, spaced  # a phone in a letter, phones in a printout, a My Number


def test_spreadsheet_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    merged = hidden_sheets = hidden_columns = far_right = 0
    for row in rows:
        if row["format"] != "xlsx":
            continue
        wb = openpyxl.load_workbook(out / str(row["path"]))
        for ws in wb.worksheets:
            merged += len(ws.merged_cells.ranges)
            hidden_sheets += ws.sheet_state != "visible"
            hidden_columns += sum(1 for d in ws.column_dimensions.values() if d.hidden)
            far_right += ws.min_column > 30 and ws.max_row > 100
    assert merged >= 15 and hidden_sheets == 1 and hidden_columns == 4 and far_right == 1


def test_word_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    in_box = in_header = letters = 0
    for row in rows:
        if row["format"] != "docx":
            continue
        path = out / str(row["path"])
        with zipfile.ZipFile(path) as z:
            body = z.read("word/document.xml").decode()
            headers = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
        in_box += "txbxContent" in body and "個人番号" in body.split("txbxContent")[1]
        in_header += bool(re.search(r"番号 \d{12}", headers))
        d = docx.Document(str(path))
        first = [p.text for p in d.paragraphs[:4]]
        letters += bool(first and first[0].startswith("〒") and any(t.endswith(" 様") for t in first))
    assert in_box == 1 and in_header == 1 and letters == 5


def test_notes_and_chats(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    notes = [r for r in rows if r["format"] == "pptx" and r["level"] == 2]
    assert len(notes) == 1
    deck = pptx.Presentation(str(out / str(notes[0]["path"])))
    assert any("携帯" in s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    chats = [texts[str(r["path"])] for r in rows if r["family"] == "chat"]
    assert sum(bool(re.search(r"^\[\d\d:\d\d\] ", t, re.M)) for t in chats) == 4  # Teams exports
    assert sum(t.startswith("timestamp,user,text") or "\ntimestamp," in t for t in chats) >= 2  # Slack CSV


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
