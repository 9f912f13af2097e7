"""The twentieth red-team set (fire department, health-centre liaison and school health of a city): its
manifest fits corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent
with what the files hold (valid My Numbers where the truth says so and nowhere else, failing look-alikes
where a note promises them, valid 法人番号 and phone numbers, more than 100 persons in the lists that are
level 3 by bulk), the layouts it was built for are really in the files (canvas pages with "n / N", spaced
digits, merged cells, hidden and very hidden sheets, data far right, text in a Word header, speaker notes,
cp932), and the build is deterministic. Scores are not tested here: the set is blind."""

from __future__ import annotations

import csv
import datetime as dt
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
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number
from corpus.factory.readback import xls_text
from corpus.redteam.set20 import FEMALE, MALE, SURNAMES, build, fail_check, generate, spaced, wareki
from odf import teletype
from odf.opendocument import load as odf_load
from odf.table import Table
from odf.text import P

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "tsv"}
FAMILIES = {"kyukyu", "kasai", "kansen", "seishin", "hokenshitsu", "kenshin"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam20")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


@pytest.fixture(scope="module")
def docs() -> list:  # type: ignore[type-arg]
    return build(random.Random(2020))


def _xls_text(path: Path) -> str:
    """A BIFF8 workbook's cells, parsed (corpus.factory.readback); it must be an OLE2 file."""
    assert olefile.isOleFile(str(path))
    return xls_text(path)


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt == "xls":
        return _xls_text(path)
    if fmt in ("ods", "odt"):
        doc = odf_load(str(path))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
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


# --- helpers --------------------------------------------------------------------------------------
def test_helpers() -> None:
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1973, 3, 2), "short") == "S48.3.2"
    assert wareki(dt.date(2019, 5, 1), "slash") == "R01/05/01"
    rng = random.Random(1)
    assert all(not is_valid_my_number(fail_check(rng)) for _ in range(300))
    assert spaced("0901") == "0 9 0 1"
    # hand-computed: 12345678901 → Σ = 212, 212 mod 11 = 3 → 8
    assert is_valid_my_number("123456789018") and not is_valid_my_number("123456789017")


# --- the manifest ---------------------------------------------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 33 and levels[2] >= 33 and levels[3] >= 30, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam20"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE and types & IDENTIFYING, row


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


# --- numbers --------------------------------------------------------------------------------------
_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _twelve(text: str) -> set[str]:
    """12-digit numbers as written here: plain, 4-4-4 with a space or hyphen, or one digit apart."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<![\d-])\d{12}(?![\d-])", text))
    found |= {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}(?!\d)", text)}
    found |= {m.replace(" ", "") for m in re.findall(r"(?<!\d )(?<!\d)(?:\d ){11}\d(?! ?\d)", text)}
    return found


def test_my_numbers_only_where_the_truth_says_so(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    with_number = 0
    for row in rows:
        numbers = _twelve(texts[str(row["path"])])
        valid = {n for n in numbers if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            with_number += 1
        else:
            assert not valid, (row["path"], valid)
        if "failing the check digit" in str(row.get("note", "")):
            assert len(numbers) >= 8 and not valid, row["path"]
    assert with_number == 3


def test_full_width_and_spaced_numbers_are_written(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    full_width = [r for r in rows if re.search(r"[０-９]{12}", texts[str(r["path"])])]
    spaced_mn = [r for r in rows if any(is_valid_my_number(n.replace(" ", ""))
                                        for n in re.findall(r"(?:\d ){11}\d", texts[str(r["path"])]))]  # fmt: skip
    spaced_tel = [r for r in rows if re.search(r"0 [789] 0(?: \d){8}", texts[str(r["path"])])]
    assert full_width and spaced_mn and spaced_tel


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        found = re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(row["path"])])
        assert bool(found) == ("corporate_number" in row["types"]), row["path"]  # type: ignore[operator]
        assert all(is_valid_corporate_number(n) for n in found)


def test_phone_numbers_are_valid(texts: dict[str, str]) -> None:
    checked = 0
    for text in texts.values():
        text = text.translate(_FW)
        for m in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])", text):
            digits = m.replace("-", "")
            if set(digits[1:]) <= {"0"}:
                continue  # a 記入例 placeholder
            mobile = digits[:3] in ("070", "080", "090")
            assert len(digits) == (11 if mobile else 10), m
            checked += 1
    assert checked > 500


# --- persons ---------------------------------------------------------------------------------------
def _persons(text: str) -> int:
    given = "|".join(g for pool in (MALE, FEMALE) for names in pool.values() for g in names)
    return len(set(re.findall(f"(?:{'|'.join(SURNAMES)})[ 　]?(?:{given})", text)))


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
    assert bulk == 2


# --- layouts -----------------------------------------------------------------------------------------
def test_layouts_are_in_the_files(built: tuple[Path, Rows], docs: list) -> None:  # type: ignore[type-arg]
    out, rows = built
    assert len(docs) == len(rows)
    seen: Counter[str] = Counter()
    for doc, row in zip(docs, rows, strict=True):
        path, layout = out / str(row["path"]), doc.layout
        assert (doc.family, doc.fmt, doc.level) == (row["family"], row["format"], row["level"])
        if layout.startswith("pages:"):
            n = int(layout.split(":")[1])
            pdf = pypdfium2.PdfDocument(path)
            try:
                assert len(pdf) == n, path
                for i in range(n):
                    assert f"{i + 1} / {n}" in pdf[i].get_textpage().get_text_range(), (path, i)
            finally:
                pdf.close()
        elif layout == "merged":
            ws = openpyxl.load_workbook(path).worksheets[0]
            assert len(ws.merged_cells.ranges) >= (1 if ws["A1"].value is None else 2), path
        elif layout == "docx_merged":
            row0 = docx.Document(str(path)).tables[0].rows[0]
            assert len({id(c._tc) for c in row0.cells}) < len(row0.cells)
        elif layout in ("hidden", "veryhidden"):
            states = [ws.sheet_state for ws in openpyxl.load_workbook(path).worksheets]
            assert states[0] == "visible" and states[-1] == layout.replace("veryhidden", "veryHidden"), path
        elif layout == "far_right":
            ws = openpyxl.load_workbook(path).worksheets[0]
            assert ws.max_column >= 28 and ws.max_row > 100 and ws.cell(row=3, column=1).value is None
        elif layout == "header":
            header = "\n".join(p.text for p in docx.Document(str(path)).sections[0].header.paragraphs)
            assert re.search(r"[0-9０-９]", header), path
        else:
            assert layout == "", layout
            continue
        seen[layout.split(":")[0]] += 1
    assert seen["pages"] >= 6 and seen["merged"] >= 4 and seen["hidden"] >= 4 and seen["veryhidden"] == 1
    assert seen["far_right"] == 1 and seen["header"] >= 3 and seen["docx_merged"] == 1


def test_real_cases_hide_in_speaker_notes(built: tuple[Path, Rows]) -> None:
    out, rows = built
    hidden_cases = 0
    for row in rows:
        if row["format"] != "pptx":
            continue
        deck = pptx.Presentation(str(out / str(row["path"])))
        notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
        slides = "\n".join(sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame)
        if "speaker notes" in str(row.get("note", "")) or "in the notes" in str(row.get("note", "")):
            assert _persons(notes) == 1 and _persons(slides) == 0 and row["level"] == 3
            hidden_cases += 1
    assert hidden_cases == 3


def test_open_document_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    for row in rows:
        if row["format"] in ("ods", "odt"):
            doc = odf_load(str(out / str(row["path"])))
            tables = doc.getElementsByType(Table)
            assert tables if row["format"] == "ods" else doc.getElementsByType(P), row["path"]


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
