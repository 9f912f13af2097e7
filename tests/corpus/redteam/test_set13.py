"""The thirteenth red-team set (a rural town hall's residents, tax and community desks): its manifest is
complete and consistent, every file opens with its format's own library, valid My Numbers sit only where
the truth says so and look-alikes fail the check digit, bulk lists really hold more than 100 persons, the
layouts are really written (canvas pages with ``n / N``, merges, hidden sheets, data far right, text
boxes, headers, speaker notes, spaced digits, cp932) and the build is deterministic. Scores are not
tested here: the set is blind."""

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
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.factory.readback import xls_text
from corpus.redteam.set13 import FEMALE, MALE, SURNAMES, build, generate, my_number_check_digit

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "bank_account"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"resident", "tax", "agri", "community", "text"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam13")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
        ) + "\n" + "\n".join(ws.oddHeader.center.text or "" for ws in wb.worksheets)  # fmt: skip
    if fmt == "xls":
        assert olefile.isOleFile(str(path))
        return xls_text(path)  # parsed (corpus.factory.readback)
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        headers = [p.text for s in d.sections for p in s.header.paragraphs]
        boxes = [t for t in d.element.body.itertext()]
        return "\n".join([p.text for p in d.paragraphs] + cells + headers + ["".join(boxes)])
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
        import zipfile

        xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
        xml = re.sub(r"</text:p>|</table:table-cell>", "\n", xml)
        styles = zipfile.ZipFile(path).read("styles.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", "", xml) + re.sub(r"<[^>]+>", " ", styles)
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


def test_check_digit_by_hand() -> None:
    # 12345678901: Σ (digits from the right × 2,3,4,5,6,7,2,3,4,5,6) = 212; 212 mod 11 = 3 → 8
    assert my_number_check_digit("12345678901") == 8
    assert my_number_check_digit("00000000000") == 0
    assert my_number_check_digit("00000000001") == 9  # 1×2 = 2 → 9
    assert my_number_check_digit("10000000000") == 5  # 1×6 = 6 → 5
    assert is_my_number("123456789018") and not is_my_number("123456789017")


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 95 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 30 and levels[2] >= 30 and levels[3] >= 25, levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"csv-cp932", "txt-cp932", "xls", "ods", "odt", "pptx", "pdf", "docx", "xlsx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam13"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, set[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    assert all(levels == {1, 2, 3} for levels in seen.values()), seen


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


def _candidates(text: str) -> set[str]:
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-|]{0,3}){11}\d(?!\d)", text)}


def test_my_numbers_where_the_truth_says_so(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        if "all failing" in str(row.get("note", "")):
            nums = _candidates(text)
            assert len(nums) >= 4 and not any(is_my_number(n) for n in nums), row["path"]


def _persons(text: str) -> int:
    return len(set(re.findall(f"(?:{'|'.join(SURNAMES)})[ 　](?:{'|'.join(MALE + FEMALE)})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
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
    assert bulk >= 4


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    pages: list[int] = []
    merged_xlsx = merged_docx = hidden = far_right = box_grids = textboxes = notes = headers = 0
    for row in rows:
        path, fmt, text = out / str(row["path"]), str(row["format"]), texts[str(row["path"])]
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            n = len(pdf)
            pdf.close()
            if "1 / " in text:
                assert all(f"{i} / {n}" in text for i in range(1, n + 1)), path
                pages.append(n)
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                hidden += ws.sheet_state != "visible"
                far_right += ws.min_column >= 29 or (ws.max_column >= 29 and ws.cell(4, 1).value is None)
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
                    digits = [c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit()]
                    box_grids += len(digits) == 12 and is_my_number("".join(digits))
            textboxes += b"txbxContent" in __import__("zipfile").ZipFile(path).read("word/document.xml")
            headers += any(
                re.search(r"\d{4}-\d{4}-\d{4}", p.text) for s in d.sections for p in s.header.paragraphs
            )
        if fmt == "odt":
            textboxes += b"draw:text-box" in __import__("zipfile").ZipFile(path).read("content.xml")
        if fmt == "pptx":
            deck = pptx.Presentation(str(path))
            notes += any(
                s.has_notes_slide
                and re.search(r"\d{3}-\d{4}-\d{4}|\d{12}", s.notes_slide.notes_text_frame.text)
                for s in deck.slides
            )
    assert sorted(pages).count(3) >= 2 and 2 in pages, (
        pages
    )  # 125 residents / 150 owners → 3; 40 residents → 2
    assert merged_xlsx >= 10 and merged_docx >= 2 and box_grids == 2
    assert hidden >= 3 and far_right >= 1 and textboxes >= 2 and headers >= 1 and notes >= 2
    spaced = "\n".join(texts.values())
    assert re.search(r"(?<!\d)(?:\d ){11}\d(?!\d)", spaced)  # digits spaced by hand
    assert re.search(r"\d 丁目 \d+ 番", spaced) and re.search(r"0 [789] 0 \d \d", spaced)


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
