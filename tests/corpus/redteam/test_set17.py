"""The seventeenth red-team set (children, families and public assistance in a core city): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is complete and consistent with
what the files hold (valid My Numbers where the truth says so, failing look-alikes where a note promises them,
more than 100 persons in the bulk lists), the layouts it was built for are really in the files (canvas PDFs over
several pages with ``n / N`` footers, spaced digits, merged cells, hidden sheets, data far right, numbers in a
Word header and text box, one digit per cell, cp932) and the build is deterministic. Scores are not tested here:
the set is blind, scored on first contact."""

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
import odf.teletype
import odf.text
import olefile
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number, my_number_check_digit
from corpus.factory.readback import xls_text
from corpus.redteam.set17 import (
    ADULT_F,
    ADULT_M,
    CHILD_F,
    CHILD_M,
    OLD,
    SURNAMES,
    bad_number,
    build,
    generate,
    kata,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
FAMILIES = {"kosodate", "soudan", "hogo", "kyoiku", "bango"}
Rows = list[dict[str, object]]
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam17")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _xml_text(path: Path) -> str:
    """Every text node of every XML part of a zip package (headers, text boxes, shared strings …)."""
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
    return "\n".join(t for p in parts for t in re.findall(r">([^<>]+)<", p))


def _text_of(path: Path, fmt: str) -> str:
    """The file's text; each file is first opened with its format's own library."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        cells = [" | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets
                 for r in ws.iter_rows(values_only=True)]  # fmt: skip
        return "\n".join(cells) + "\n" + _xml_text(path)
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        return "\n".join([p.text for p in d.paragraphs] + cells) + "\n" + _xml_text(path)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        assert len(deck.slides) >= 1
        return _xml_text(path)
    if fmt in ("ods", "odt"):
        doc = odf.opendocument.load(str(path))
        return "\n".join(odf.teletype.extractText(p) for p in doc.getElementsByType(odf.text.P))
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
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
def test_helpers() -> None:
    # 12345678901|8: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 11 − 212 mod 11 = 8
    assert my_number_check_digit("12345678901") == 8
    assert not is_valid_my_number("123456789012")  # the 記入例 sample fails
    rng = random.Random(3)
    assert not any(is_valid_my_number(bad_number(rng)) for _ in range(200))
    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(2023, 4, 1), "short") == "R5.4.1"
    assert wareki(dt.date(1973, 2, 3), "short") == "S48.2.3"
    assert wareki(dt.date(2018, 7, 2), "slash") == "H30/7/2"
    assert kata("ゆうな") == "ユウナ"
    assert is_valid_corporate_number("7000012050002")


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 110
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert (
        0.30 <= levels[1] / len(rows) <= 0.40
        and levels[2] / len(rows) >= 0.28
        and levels[3] / len(rows) >= 0.25
    )
    formats = Counter(str(r["format"]) for r in rows)
    assert set(formats) == FORMATS and formats.most_common(1)[0][0] == "xlsx"
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam17"
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
        assert seen[1] >= 5 and seen[2] >= 4 and seen[3] >= 5, (family, seen)


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _numbers(text: str) -> set[str]:
    """12-digit numbers as written: plain, full-width, 4-4-4 with spaces or hyphens, one spaced digit each."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<![\d-])\d{12}(?![\d-])", text))
    found |= {
        re.sub(r"\D", "", m)
        for m in re.findall(r"(?<![\d-])\d{4}[ \-]{1,3}\d{4}[ \-]{1,3}\d{4}(?![\d-])", text)
    }
    found |= {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d {1,3}){11}\d(?!\d)", text)}
    return found


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str]
) -> None:
    out, rows = built
    failing_docs = 0
    for row in rows:
        text = texts[str(row["path"])]
        numbers = _numbers(text)
        valid = {n for n in numbers if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            grid = ""
            if row["format"] == "docx":  # one digit per cell
                for t in docx.Document(str(out / str(row["path"]))).tables:
                    for r in t.rows:
                        digits = "".join(c.text for c in r.cells if len(c.text) == 1 and c.text.isdigit())
                        grid = digits if len(digits) == 12 else grid
            assert valid or is_valid_my_number(grid), row["path"]
        else:
            assert not valid, (row["path"], valid)
        if re.search(r"fail(s|ing) the check digit", str(row.get("note", ""))):
            assert len(numbers) >= 1 and not valid, row["path"]
            failing_docs += 1
    assert failing_docs >= 10


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 5 and all(is_valid_corporate_number(n) for n in numbers)


def test_phone_numbers_are_valid(texts: dict[str, str]) -> None:
    phones = {p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)}
    assert len(phones) > 300
    for p in phones:
        digits = p.replace("-", "")
        if p[:3] in ("070", "080", "090"):
            assert len(digits) == 11, p
        elif not p.startswith("000"):
            assert len(digits) == 10, p


def _persons(text: str) -> int:
    given = [g for g, _ in ADULT_M + ADULT_F + CHILD_M + CHILD_F + OLD]
    given += [k for _, k in ADULT_M + ADULT_F + CHILD_M + CHILD_F + OLD] + [
        kata(k) for _, k in CHILD_M + CHILD_F
    ]
    pattern = f"({'|'.join(SURNAMES)})[ 　]?({'|'.join(sorted(set(given), key=len, reverse=True))})"
    return len({m.group(1) + m.group(2) for m in re.finditer(pattern, text)})


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Level 3 by bulk has more than 100 persons; level 2 names at least one and at most 100."""
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        note = str(row.get("note", ""))
        if "bulk" in note:
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2 and "surname" not in note:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 3


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    multi_page = spaced_valid = spaced_failing = merged_xlsx = merged_docx = hidden = far_right = 0
    header_numbers = textbox_numbers = 0
    for row in rows:
        path, fmt, note = out / str(row["path"]), str(row["format"]), str(row.get("note", ""))
        text = texts[str(row["path"])]
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
            pdf.close()
            if "canvas" in note:
                assert len(pages) >= 2, path
                for n, page in enumerate(pages, start=1):
                    assert f"{n} / {len(pages)}" in page, (path, n)
                multi_page += 1
            for m in re.findall(
                r"(?<!\d)\d{4} {1,3}\d{4} {1,3}\d{4}(?!\d)|(?<!\d)(?:\d {1,3}){11}\d(?!\d)", text
            ):
                digits = re.sub(r"\D", "", m)
                spaced_valid += is_valid_my_number(digits)
                spaced_failing += not is_valid_my_number(digits)
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges)
                if ws.sheet_state == "hidden":
                    hidden += 1
                    assert "hidden" in note
                far_right += ws.max_column >= 23 and ("far right" in note or "column AB" in note)
        if fmt == "docx":
            d = docx.Document(str(path))
            for table in d.tables:
                for r in table.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
            header = "\n".join(p.text for p in d.sections[0].header.paragraphs)
            header_numbers += any(is_valid_my_number(n) for n in re.findall(r"\d{12}", header))
            with zipfile.ZipFile(path) as z:
                body = z.read("word/document.xml").decode()
            for box in re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", body):
                textbox_numbers += any(is_valid_my_number(n) for n in _numbers(_TAG.sub("", box)))
    assert multi_page >= 5 and spaced_valid >= 1 and spaced_failing >= 2
    assert merged_xlsx >= 15 and merged_docx >= 5
    assert hidden >= 2 and far_right >= 2
    assert header_numbers >= 1 and textbox_numbers >= 4  # two text boxes, each in choice and fallback


def test_names_in_header_only(built: tuple[Path, Rows]) -> None:
    """The case note whose child is named only in the page header: the body does not name anybody."""
    out, rows = built
    (row,) = [r for r in rows if "only in the page header" in str(r.get("note", ""))]
    d = docx.Document(str(out / str(row["path"])))
    assert _persons("\n".join(p.text for p in d.paragraphs)) == 0
    assert _persons(d.sections[0].header.paragraphs[0].text) == 1


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
