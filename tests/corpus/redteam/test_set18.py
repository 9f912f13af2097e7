"""The eighteenth red-team set (water, housing, environment, farming, council and personnel of a town): its
manifest fits corpus.eval.evaluate, every file opens with its format's own library, the truth is consistent
with what the files hold (valid My Numbers where the truth says so, failing look-alikes where a note promises
them, valid 法人番号, more than 100 persons in the lists that are level 3 by bulk, valid Japanese phone
numbers), the layouts it was built for are really in the files (canvas pages with "n / N", merged cells,
hidden and very hidden sheets, data far right, a number in a Word header, cp932), and the build is
deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
import olefile
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number
from corpus.factory.readback import xls_text
from corpus.redteam.set18 import FEMALE, MALE, SURNAMES, build, fail_check, generate, spaced, wareki
from odf.opendocument import load as odf_load

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "tsv"}
FAMILIES = {"suido", "jutaku", "kankyo", "norin", "gikai", "jinji"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam18")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


@pytest.fixture(scope="module")
def docs() -> list:  # type: ignore[type-arg]
    from corpus.redteam.set18 import SEED

    return build(random.Random(SEED))


def _xls_text(path: Path) -> str:
    """A BIFF8 workbook's cells, parsed (corpus.factory.readback); it must be an OLE2 file."""
    assert olefile.isOleFile(str(path))
    return xls_text(path)


def _odf_text(path: Path) -> str:
    odf_load(str(path))  # opens with odfpy
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    xml = re.sub(r"</text:p>|</table:table-cell>", " | ", xml)
    return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&")


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
        return "\n".join(heads + [p.text for p in d.paragraphs] + cells)
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
    if fmt == "xls":
        return _xls_text(path)
    if fmt in ("ods", "odt"):
        return _odf_text(path)
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


# --- helpers -----------------------------------------------------------------------------------------
def test_helpers() -> None:
    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(1973, 2, 3), "short") == "S48.2.3"
    assert wareki(dt.date(2023, 4, 1), "short") == "R5.4.1"
    assert wareki(dt.date(1989, 1, 8), "padded") == "H01.01.08"
    assert is_valid_my_number("123456789018") and not is_valid_my_number(fail_check("123456789018"))
    assert spaced("123456789018") == "1234 5678 9018"


# --- the manifest -------------------------------------------------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 35 and levels[2] >= 33 and levels[3] >= 28, levels
    assert {str(r["format"]) for r in rows} == FORMATS
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam18"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3 and not types & SENSITIVE:
            assert "more than 100" in str(row.get("note", "")), row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, Counter[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    for family, levels in seen.items():
        assert levels[1] >= 5 and levels[2] >= 4 and levels[3] >= 3, (family, levels)


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


# --- numbers ------------------------------------------------------------------------------------------
_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def test_my_numbers_only_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str], docs: list
) -> None:  # type: ignore[type-arg]
    _, rows = built
    for row, doc in zip(rows, docs, strict=True):
        text = texts[str(row["path"])].translate(_FW)
        found = set(re.findall(r"(?<!\d)\d{12}(?!\d)", text))
        found |= {m.replace(" ", "") for m in re.findall(r"(?<!\d)\d{4} \d{4} \d{4}(?!\d)", text)}
        valid = {n for n in found if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid and set(doc.checks["valid12"]) <= valid, row["path"]
        else:
            assert not valid, (row["path"], valid)
        for n in doc.checks.get("fail12", []):
            assert n in found and not is_valid_my_number(n), row["path"]
            assert "fail" in str(row.get("note", "")), row


def test_full_width_and_spaced_numbers_are_written(texts: dict[str, str], built: tuple[Path, Rows]) -> None:
    _, rows = built
    joined = "\n".join(texts[str(r["path"])] for r in rows if "my_number" in r["types"])  # type: ignore[operator]
    assert re.search(r"[０-９]{12}", joined)
    assert re.search(r"(?<!\d)\d{4} \d{4} \d{4}(?!\d)", joined)


def test_corporate_numbers_validate(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    numbers = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
               for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(numbers) >= 10
    assert all(is_valid_corporate_number(n) for n in numbers)


def test_phone_numbers_are_valid(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    count = 0
    for row in rows:
        for m in re.findall(r"(?<![\d-])0\d{1,4}-\d{2,4}-\d{4}(?![\d-])", texts[str(row["path"])]):
            digits = m.replace("-", "")
            if re.match(r"0[789]0", digits):
                assert len(digits) == 11, (row["path"], m)
            else:
                assert len(digits) == 10, (row["path"], m)
            count += 1
    assert count > 500


# --- persons -----------------------------------------------------------------------------------------
def _persons(text: str) -> int:
    given = "|".join(g for g, _ in MALE + FEMALE)
    surnames = "|".join(s for s, _ in SURNAMES)
    return len(set(re.sub(r"[ 　]", "", m) for m in re.findall(f"(?:{surnames})[ 　]?(?:{given})", text)))


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
    assert bulk >= 5


# --- layouts -------------------------------------------------------------------------------------------
def test_layouts_are_in_the_files(built: tuple[Path, Rows], docs: list) -> None:  # type: ignore[type-arg]
    out, rows = built
    kinds: Counter[str] = Counter()
    for row, doc in zip(rows, docs, strict=True):
        path, _fmt = out / str(row["path"]), str(row["format"])
        checks = doc.checks
        if "pages" in checks:
            pdf = pypdfium2.PdfDocument(path)
            try:
                n = len(pdf)
                assert n == checks["pages"], row["path"]
                for i in range(n):
                    assert f"{i + 1} / {n}" in pdf[i].get_textpage().get_text_range(), (row["path"], i)
            finally:
                pdf.close()
            kinds["pages"] += n >= 2
        if "hidden_sheet" in checks:
            wb = openpyxl.load_workbook(path)
            assert wb[checks["hidden_sheet"]].sheet_state in ("hidden", "veryHidden"), row["path"]
            assert any(ws.sheet_state == "visible" for ws in wb.worksheets)
            kinds["hidden"] += 1
            kinds["very"] += wb[checks["hidden_sheet"]].sheet_state == "veryHidden"
        if checks.get("merged_xlsx"):
            assert any(len(ws.merged_cells.ranges) for ws in openpyxl.load_workbook(path).worksheets), row[
                "path"
            ]
            kinds["merged_xlsx"] += 1
        if checks.get("merged_docx"):
            first = docx.Document(str(path)).tables[0].rows[0]
            assert len({id(c._tc) for c in first.cells}) < len(first.cells), row["path"]
            kinds["merged_docx"] += 1
        if checks.get("far_right"):
            ws = openpyxl.load_workbook(path).worksheets[0]
            assert ws.max_column >= 28 and ws.max_row > 100
            assert all(ws.cell(row=r, column=c).value is None for r in range(2, 20) for c in range(1, 28))
            kinds["far_right"] += 1
        if "docx_header" in checks:
            d = docx.Document(str(path))
            assert checks["docx_header"] in d.sections[0].header.paragraphs[0].text
            body = "\n".join(p.text for p in d.paragraphs)
            assert checks["docx_header"] not in body
            kinds["header"] += 1
    assert kinds["pages"] >= 3 and kinds["hidden"] >= 3 and kinds["very"] >= 1
    assert (
        kinds["merged_xlsx"] >= 4
        and kinds["merged_docx"] >= 2
        and kinds["far_right"] == 1
        and kinds["header"] == 1
    )
    cp932 = [r for r in rows if str(r["format"]).endswith("cp932")]
    assert len(cp932) >= 8


def test_textbox_is_written(built: tuple[Path, Rows], docs: list) -> None:  # type: ignore[type-arg]
    out, rows = built
    boxes = [(r, d) for r, d in zip(rows, docs, strict=True) if d.spec.textboxes]
    assert boxes
    for row, doc in boxes:
        xml = zipfile.ZipFile(out / str(row["path"])).read("word/document.xml").decode("utf-8")
        assert "txbxContent" in xml and doc.spec.textboxes[0] in xml


# --- determinism ---------------------------------------------------------------------------------------
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
    assert [(d.family, d.level, d.fmt) for d in seven] == [(d.family, d.level, d.fmt) for d in eight]
    assert [d.spec for d in seven] != [d.spec for d in eight]
