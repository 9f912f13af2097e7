"""The seventh red-team set (the citizen-services floor and what the same city publishes): its manifest fits
corpus.eval.evaluate, every file opens with its format's own library, the truth is complete and consistent with
what the files hold (valid My Numbers where the truth says so and none elsewhere, failing look-alikes where
a note promises them, more than 100 persons where a list is level 3 by bulk), the layouts it was built for
are really in the files (multi-page printouts with a print date and page numbers on every page, digits
drawn with spaces, merged cells, hidden sheets, numbers in a Word header, footer or text box, cp932), and
the build is deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.factory.numbers import is_valid_my_number as is_my_number
from corpus.redteam.set7 import (
    FEMALE,
    MALE,
    SEED,
    SURNAMES,
    Doc,
    build,
    generate,
    group4,
    make_failing_12,
    make_my_number,
    my_number_check_digit,
    spaced,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health"}
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FORMATS = {"docx", "xlsx", "pdf", "pptx", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt"}
FAMILIES = {"register", "resident_form", "health", "collection", "chat", "case_notes", "open_data"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam7")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return build(random.Random(SEED))


def _pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _text_of(path: Path, fmt: str) -> str:
    """The file's text read with its format's own library (cells joined with " | ", rows with newlines)."""
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt == "xls":  # BIFF8: the shared strings are UTF-16LE in the Workbook stream of the OLE file
        with olefile.OleFileIO(str(path)) as ole:
            stream = ole.openstream("Workbook").read()
        return "\n".join(stream[k:].decode("utf-16-le", errors="ignore") for k in (0, 1))
    if fmt in ("ods", "odt"):
        doc = odf.opendocument.load(str(path))
        return "\n".join(odf.teletype.extractText(p) for p in doc.getElementsByType(odf.text.P))
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        parts = [p.text for p in d.paragraphs] + cells
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        with zipfile.ZipFile(path) as z:  # text boxes live in drawing runs python-docx does not list
            xml = z.read("word/document.xml").decode("utf-8")
        parts += re.findall(r"<w:txbxContent>.*?<w:t[^>]*>([^<]*)</w:t>", xml)
        return "\n".join(parts)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        slides: list[str] = []
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    slides.append(shape.text_frame.text)
            if slide.has_notes_slide:
                slides.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(slides)
    if fmt == "pdf":
        return "\n".join(_pdf_pages(path))
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
    assert my_number_check_digit("00000000001") == 9  # 1·2 = 2 → 9
    assert my_number_check_digit("00000050000") == 3  # 5th from the right, weight 6: 30 mod 11 = 8 → 3
    assert is_my_number("123456789018") and not is_my_number("123456789012")
    rng = random.Random(1)
    assert all(is_my_number(make_my_number(rng)) for _ in range(200))
    assert not any(is_my_number(make_failing_12(rng, "2024")) for _ in range(200))
    assert group4("123456789018") == "1234 5678 9018"


def test_wareki_and_spacing() -> None:
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1989, 1, 7), "short") == "S64.1.7"
    assert wareki(dt.date(2021, 4, 1), "spaced") == "令和 3 年 4 月 1 日"
    assert spaced("8丁目3番地") == "8 丁目 3 番地"
    assert spaced(spaced("郭町8丁目3番12号")) == "郭町 8 丁目 3 番 12 号"  # idempotent


# --- the manifest: shape, completeness, level counts -----------------------------------------------
def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 35 and levels[2] >= 30 and levels[3] >= 28, levels
    formats = Counter(str(r["format"]) for r in rows)
    assert set(formats) == FORMATS
    assert formats["xlsx"] == max(formats.values())
    assert {str(r["family"]) for r in rows} == FAMILIES
    for row in rows:
        assert {"path", "family", "format", "level", "types", "placement", "variant"} <= row.keys()
        assert row["variant"] == "redteam7"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row


def test_every_family_has_both_sides(built: tuple[Path, Rows]) -> None:
    """Each desk has confidential documents and public look-alikes; open data is public only."""
    _, rows = built
    levels: dict[str, set[int]] = {}
    for r in rows:
        levels.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    for family, seen in levels.items():
        if family == "open_data":
            assert seen == {1}
        else:
            assert 1 in seen and 2 in seen and 3 in seen, family


# --- the files open and hold what the truth says -------------------------------------------------------
def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str) -> set[str]:
    """12-digit numbers as written here: plain, or grouped 4-4-4 with a space or a hyphen."""
    text = text.translate(_FW)
    found = set(re.findall(r"(?<![\d-])\d{12}(?![\d-])", text))
    found |= {"".join(m) for m in re.findall(r"(?<![\d-])(\d{4})[ -](\d{4})[ -](\d{4})(?![\d-])", text)}
    return found


def test_my_numbers_are_valid_where_the_truth_says_so(
    built: tuple[Path, Rows], texts: dict[str, str], docs: list[Doc]
) -> None:
    _, rows = built
    for row, doc in zip(rows, docs, strict=True):
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            if "my_number" in doc.expect:
                assert doc.expect["my_number"] in valid, row["path"]
        else:
            assert not valid, (row["path"], valid)  # receipt, order and batch numbers all fail
        if "failing" in doc.expect:
            number = doc.expect["failing"]
            assert number in _candidates(text) and not is_my_number(number), row["path"]
        if doc.expect.get("all_failing"):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_my_number(n) for n in strict), row["path"]


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
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk == 3


def test_printouts_have_their_pages_and_headers(built: tuple[Path, Rows], docs: list[Doc]) -> None:
    """Core-system printouts: the page count promised, the print date and 'n / N' on every page."""
    out, rows = built
    multi = 0
    for row, doc in zip(rows, docs, strict=True):
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        assert "pages" in doc.expect, row["path"]  # every PDF of this set is drawn with the canvas
        assert len(pages) == doc.expect["pages"], row["path"]
        multi += len(pages) > 1
        if doc.expect.get("header"):
            for n, page in enumerate(pages, start=1):
                assert doc.expect["header"] in page and re.search(rf"{n} ?/ ?{len(pages)}", page), (
                    row["path"],
                    n,
                )
    assert multi >= 6
    big = next(d for d in docs if d.family == "register" and d.level == 3 and d.fmt == "pdf")
    assert big.expect["persons"] > 100 and big.expect["pages"] >= 4


def test_digits_are_spaced_where_promised(
    built: tuple[Path, Rows], texts: dict[str, str], docs: list[Doc]
) -> None:
    _, rows = built
    spaced_docs = 0
    for row, doc in zip(rows, docs, strict=True):
        if doc.expect.get("spaced"):
            text = texts[str(row["path"])]
            assert re.search(r"[^\d\s] \d+ [^\d\s]", text), row["path"]  # 「8 丁目」「令和 6 年」
            spaced_docs += 1
    assert spaced_docs >= 12
    phones = [t for t in texts.values() if re.search(r"(?<!\d)0\d0 \d{4} \d{4}(?!\d)", t)]
    assert len(phones) >= 3


def test_layouts_are_in_the_files(built: tuple[Path, Rows], docs: list[Doc]) -> None:
    """Merged cells, hidden sheets, numbers in a Word header, footer or text box: really written."""
    out, rows = built
    merged_docx = merged_xlsx = hidden = 0
    places: set[str] = set()
    for row, doc in zip(rows, docs, strict=True):
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            d = docx.Document(str(path))
            xml = "".join(t._tbl.xml for t in d.tables)  # horizontal (gridSpan) and vertical (vMerge) merges
            if "<w:gridSpan" in xml or "<w:vMerge" in xml:
                assert doc.expect.get("docx_merged"), row["path"]
                merged_docx += 1
            if "docx_header" in doc.expect:
                assert doc.expect["docx_header"] in d.sections[0].header.paragraphs[0].text
                places.add("header")
            if "docx_footer" in doc.expect:
                assert doc.expect["docx_footer"] in d.sections[0].footer.paragraphs[0].text
                places.add("footer")
            if "docx_textbox" in doc.expect:
                with zipfile.ZipFile(path) as z:
                    xml = z.read("word/document.xml").decode("utf-8")
                boxes = re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", xml)
                assert any(doc.expect["docx_textbox"] in b for b in boxes)
                assert doc.expect["docx_textbox"] not in "".join(p.text for p in d.paragraphs)
                places.add("textbox")
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            merged = sum(len(ws.merged_cells.ranges) for ws in wb.worksheets)
            merged_xlsx += merged
            if "merged" in doc.expect:
                assert merged == doc.expect["merged"], row["path"]
            states = [ws.sheet_state for ws in wb.worksheets]
            assert states.count("hidden") == doc.expect.get("hidden", 0), row["path"]
            hidden += states.count("hidden")
    assert merged_docx == 3 and merged_xlsx >= 20 and hidden == 2
    assert places == {"header", "footer", "textbox"}


def test_open_data_has_the_published_columns(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    joined = "\n".join(texts[str(r["path"])] for r in rows if r["family"] == "open_data")
    for word in ("名称_カナ", "緯度", "経度", "開設日", "施設長", "自治会", "指定避難所"):
        assert word in joined, word


def test_build_is_deterministic(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "files").iterdir())}

    generate(tmp_path / "a")
    generate(tmp_path / "b")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert (tmp_path / "a" / "manifest.jsonl").read_bytes() == (
        tmp_path / "b" / "manifest.jsonl"
    ).read_bytes()
    # another seed draws another city and other names; the truth of the set does not depend on the draw
    seven, eight = build(random.Random(7)), build(random.Random(8))
    assert Counter((d.family, d.level) for d in seven) == Counter((d.family, d.level) for d in eight)
    assert [d.spec for d in seven] != [d.spec for d in eight]
