"""The twenty-fourth red-team set (a prefecture's branch offices and the towns they serve): its manifest is
complete and consistent, every file opens with its format's own library, valid My Numbers are where the truth
says and only look-alikes that fail the check where it promises none, the layouts it was built for are really
in the files (canvas PDFs of several pages with ``n / N``, hidden sheets, merged cells, data far right, text
boxes and numbers in Word headers, cp932), bulk lists hold more than 100 persons, and the build is
deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number
from corpus.redteam.set24 import FEMALE, MALE, SURNAMES, build, fail_check, generate, wareki

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"kenzei", "nanbyo", "shogai", "boshi", "kasen", "renraku"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam24")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode()
    return re.sub(r"<[^>]+>", " ", xml)


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(" | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets
                         for r in ws.iter_rows(values_only=True))  # fmt: skip
    if fmt == "xls":  # BIFF8 (OLE2) keeps Japanese strings as UTF-16LE: read them at both alignments
        raw = path.read_bytes()
        assert raw.startswith(bytes.fromhex("d0cf11e0a1b11ae1")), path
        return raw.decode("utf-16-le", errors="ignore") + raw[1:].decode("utf-16-le", errors="ignore")
    if fmt in ("ods", "odt"):
        return _odf_text(path)
    if fmt == "docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        parts += [p.text for s in d.sections for p in s.header.paragraphs]
        parts += re.findall(
            r"<w:t[^>]*>([^<]*)</w:t>", zipfile.ZipFile(path).read("word/document.xml").decode()
        )
        return "\n".join(parts)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts: list[str] = []
        for slide in deck.slides:
            parts += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
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
        text = raw.decode("cp932")
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "?" not in text, path  # nothing lost to the legacy code page
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


def test_helpers() -> None:
    import datetime as dt

    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1973, 3, 5), "short") == "S48.3.5"
    assert wareki(dt.date(2019, 5, 1), "slash") == "R01/05/01"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 95 <= len(rows) <= 115
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
        assert row["variant"] == "redteam24"
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
    """12-digit numbers: plain, spaced or hyphenated 4-4-4, or drawn one digit apart (PDF grids)."""
    found = {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-]{0,3}){11}\d(?!\d)", text)}
    return {f for f in found if len(f) == 12}


def test_my_numbers_where_the_truth_says(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
        else:
            assert not valid, row["path"]
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]


def test_corporate_numbers_and_phones(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    corp = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
            for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(corp) >= 5 and all(is_valid_corporate_number(n) for n in corp)
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 300
    for p in phones:
        digits = p.replace("-", "")
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _persons(text: str) -> int:
    given = "|".join(g for g, _ in MALE + FEMALE)
    surnames = "|".join(s for s, _ in SURNAMES)
    return len(set(re.findall(f"(?:{surnames})[ 　]?(?:{given})", text)))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 2


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    multi_page = hidden = merged = far_right = textboxes = header_numbers = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            try:
                n = len(pdf)
                pages = [pdf[i].get_textpage().get_text_range() for i in range(n)]
            finally:
                pdf.close()
            if n >= 2:
                multi_page += 1
                assert all(f"{i} / {n}" in page for i, page in enumerate(pages, start=1)), path
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.max_column >= 25
        if fmt == "docx":
            xml = zipfile.ZipFile(path).read("word/document.xml").decode()
            textboxes += "<w:txbxContent>" in xml
            d = docx.Document(str(path))
            header = " ".join(p.text for s in d.sections for p in s.header.paragraphs)
            header_numbers += any(is_valid_my_number(n) for n in re.findall(r"\d{12}", header))
    assert multi_page >= 6 and hidden >= 2 and merged >= 8 and far_right >= 1
    assert textboxes >= 5 and header_numbers >= 1


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
