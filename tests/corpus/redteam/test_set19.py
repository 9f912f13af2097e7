"""The nineteenth red-team set (a ward office's counters, consultation and consumer desks, 広聴 and the
staff's shared folders): its manifest fits corpus.eval.evaluate, every file opens with its format's own
library, the truth is consistent with what the files hold (valid My Numbers where the truth says so, failing
look-alikes where a note promises so, more than 100 persons in the bulk lists, valid phone numbers), the
layouts it was built for are really in the files (canvas pages with ``n / N``, spaced digits, hidden sheets,
merges, data far right, the number in the Word header and the name in a text box, cp932), and the build is
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
from corpus.redteam.set19 import (
    FEMALE,
    MALE,
    SEED,
    SURNAMES,
    build,
    corporate_check_digit,
    generate,
    is_my_number,
    my_number_check_digit,
    wareki,
)
from odf import opendocument, teletype
from odf.table import Table
from odf.text import P
from python_calamine import CalamineWorkbook

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"madoguchi", "soudan", "shohi", "kouchou", "mail", "shared"}
Rows = list[dict[str, object]]
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam19")
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
    if fmt == "xls":
        book = CalamineWorkbook.from_path(str(path))
        return "\n".join(
            " | ".join(str(v) for v in r)
            for name in book.sheet_names
            for r in book.get_sheet_by_name(name).to_python()
        )
    if fmt in ("ods", "odt"):
        doc = opendocument.load(str(path))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        heads = [p.text for s in d.sections for p in s.header.paragraphs]
        boxes = [
            "".join(t.text or "" for t in box.iter(f"{{{_W}}}t"))
            for box in d.element.iter(f"{{{_W}}}txbxContent")
        ]
        return "\n".join(heads + [p.text for p in d.paragraphs] + cells + boxes)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts: list[str] = []
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    parts.append(shape.text_frame.text)
                if shape.has_table:
                    parts += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
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
    assert my_number_check_digit("00000000000") == 0
    assert (
        is_my_number("123456789018") and not is_my_number("123456789017") and not is_my_number("12345678901")
    )
    assert corporate_check_digit("000012050002") == 7  # 国税庁 7000012050002


def test_wareki_forms() -> None:
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1989, 1, 7), "short") == "S64.1.7"
    assert wareki(dt.date(2019, 5, 1), "abbr") == "令1.5.1"


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 110
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 34 and levels[2] >= 33 and levels[3] >= 30, levels
    formats = Counter(str(r["format"]) for r in rows)
    assert formats.most_common(1)[0][0] == "xlsx"
    assert {"docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= set(
        formats
    )
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam19"
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
    levels: dict[str, Counter[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    for family, seen in levels.items():
        assert seen[1] >= 5 and seen[2] >= 4 and seen[3] >= 4, (family, seen)


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－　", "0123456789- ")


def _candidates(text: str) -> set[str]:
    """12-digit numbers as people write them: plain, 4-4-4 with spaces or hyphens, one digit at a time."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<!\d)\d{12}(?!\d)", text))
    found |= {re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d-])\d{4}[ -]\d{4}[ -]\d{4}(?![\d-])", text)}
    found |= {m.replace(" ", "") for m in re.findall(r"(?<!\d)(?<!\d )(?:\d ){11}\d(?!\d)", text)}
    return found


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    _, rows = built
    with_numbers = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            with_numbers += 1
        else:
            assert not valid, (row["path"], valid)
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 20 and not any(is_my_number(n) for n in strict), row["path"]
    assert with_numbers >= 5


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 7
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


def test_phone_numbers_are_valid(texts: dict[str, str]) -> None:
    """Every phone-shaped number is a 10-digit landline or an 11-digit 070/080/090 mobile."""
    seen = 0
    for text in texts.values():
        text = text.translate(_FW)
        for m in re.findall(r"(?<![\d-])0\d{1,4}[-(]\d{1,4}[-)]\d{4}(?![\d-])", text):
            digits = re.sub(r"\D", "", m)
            if not digits.strip("0"):
                continue  # a 記入例 placeholder (000-0000-0000)
            if digits.startswith(("070", "080", "090")):
                assert len(digits) == 11, m
            elif digits != "0570078374":  # 法テラス's navi-dial
                assert len(digits) == 10, m
            seen += 1
    assert seen > 300


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
        sensitive = set(row["types"]) & SENSITIVE  # type: ignore[call-overload]
        if row["level"] == 3 and not sensitive:
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] in (2, 3) and "letter by letter" not in str(row.get("note", "")):
            assert persons >= 1, row["path"]
        if row["level"] == 2:
            assert persons <= 100, (row["path"], persons)
    assert bulk >= 4


# --- the layouts are really written ----------------------------------------------------------------------
def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    docs = build(random.Random(SEED))
    assert len(docs) == len(rows)
    counts: Counter[str] = Counter()
    for doc, row in zip(docs, rows, strict=True):
        path, fmt, text = out / str(row["path"]), str(row["format"]), texts[str(row["path"])]
        assert (doc.family, doc.level, doc.fmt) == (row["family"], row["level"], row["format"])
        checks = doc.checks
        if "pages" in checks:
            pdf = pypdfium2.PdfDocument(path)
            try:
                n = len(pdf)
                assert n == checks["pages"] and n >= 2, (row["path"], n)
                for i in range(n):
                    assert f"{i + 1} / {n}" in pdf[i].get_textpage().get_text_range(), (row["path"], i)
            finally:
                pdf.close()
            counts["pages"] += 1
        if checks.get("spaced_digits"):
            spaced = re.findall(r"(?<!\d)(?<!\d )(?:\d ){11}\d(?!\d)", text)
            assert spaced and all(is_my_number(s.replace(" ", "")) for s in spaced), row["path"]
            counts["spaced"] += 1
        if "hidden" in checks:
            if fmt == "xlsx":
                wb = openpyxl.load_workbook(path)
                assert wb[checks["hidden"]].sheet_state == "hidden"
                assert wb.worksheets[0].sheet_state == "visible"
            else:
                doc_ = opendocument.load(str(path))
                tables = {t.getAttribute("name"): t for t in doc_.spreadsheet.getElementsByType(Table)}
                assert tables[checks["hidden"]].getAttribute("stylename") == "taHidden"
            counts["hidden"] += 1
        if "merged" in checks:
            if fmt == "xlsx":
                wb = openpyxl.load_workbook(path)
                merged = sum(len(ws.merged_cells.ranges) for ws in wb.worksheets)
            else:
                t = docx.Document(str(path)).tables[0]
                merged = sum(len({id(c._tc) for c in r.cells}) < len(r.cells) for r in t.rows)
            assert merged == checks["merged"], (row["path"], merged)
            counts["merged"] += 1
        if "far_right" in checks:
            ws = openpyxl.load_workbook(path).worksheets[0]
            assert ws.max_column >= checks["far_right"] + 3
            assert all(
                ws.cell(row=r, column=c).value is None
                for r in range(2, ws.max_row + 1)
                for c in range(1, checks["far_right"])
            )
            counts["far_right"] += 1
        if "header_number" in checks:
            d = docx.Document(str(path))
            head = " ".join(p.text for p in d.sections[0].header.paragraphs).replace(" ", "")
            assert checks["header_number"] in head and is_my_number(checks["header_number"])
            xml = d.element.xml
            assert "txbxContent" in xml and checks["textbox"] in xml
            counts["header"] += 1
        if "bulk" in checks:
            assert _persons(text) == checks["bulk"], row["path"]
    assert counts["pages"] >= 8 and counts["spaced"] >= 2 and counts["hidden"] >= 4
    assert counts["merged"] >= 12 and counts["far_right"] == 2 and counts["header"] == 1


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
    assert Counter((d.family, d.level, d.fmt) for d in seven) == Counter(
        (d.family, d.level, d.fmt) for d in eight
    )
    assert [d.spec for d in seven] != [d.spec for d in eight]
