"""The twenty-first red-team set (elderly welfare and community support): the manifest is complete and
consistent, every file opens with its format's own library, the truth matches what the files hold (valid My
Numbers where the truth says so, failing look-alikes, more than 100 persons in the bulk lists), the layouts
are really written (canvas pages with ``n / N``, spaced digits, merges, hidden sheets, cell notes, numbers in
Word headers and text boxes, speaker notes, cp932) and the build is deterministic. The scanner is not tested:
the set is blind."""

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
import olefile
import openpyxl
import pptx
import pypdfium2
import pytest
from corpus.factory.numbers import is_valid_my_number, my_number_check_digit
from corpus.factory.readback import xls_text
from corpus.redteam.set21 import OLD_FEMALE, OLD_MALE, SURNAMES, YOUNG, build, generate
from odf import opendocument, teletype
from odf.table import Table
from odf.text import P

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "relationship"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"sodan", "mimamori", "haishoku", "minsei", "shakyo", "renraku"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam21")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join("" if v is None else str(v) for v in r)
            + "".join(f" [{c.comment.text}]" for c in cells if c.comment)
            for ws in wb.worksheets
            for r, cells in zip(ws.iter_rows(values_only=True), ws.iter_rows(), strict=True)
        )
    if fmt == "xls":
        assert olefile.isOleFile(str(path))
        return xls_text(path)  # parsed (corpus.factory.readback)
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        heads = [p.text for s in d.sections for p in s.header.paragraphs]
        with zipfile.ZipFile(path) as z:
            boxes = re.findall(r"<w:txbxContent>.*?</w:txbxContent>", z.read("word/document.xml").decode())
        box_text = [re.sub(r"<[^>]+>", "", b) for b in boxes]
        return "\n".join([p.text for p in d.paragraphs] + cells + heads + box_text)
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
        doc = opendocument.load(str(path))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
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
    # 12345678901|8: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 212 mod 11 = 3 → 8
    assert my_number_check_digit("12345678901") == 8
    assert is_valid_my_number("123456789018") and not is_valid_my_number("123456789017")


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 110
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert levels[1] >= 33 and levels[2] >= 33 and levels[3] >= 28, levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    formats = Counter(str(r["format"]) for r in rows)
    assert formats.most_common(1)[0][0] == "xlsx"
    assert {
        "xls",
        "ods",
        "odt",
        "pptx",
        "csv-cp932",
        "txt-cp932",
        "pdf",
        "docx",
        "csv",
        "txt",
    } <= formats.keys()
    for row in rows:
        assert row["variant"] == "redteam21"
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
    seen: dict[str, set[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), set()).add(int(str(r["level"])))
    assert all(levels == {1, 2, 3} for levels in seen.values()), seen


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


_FW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _candidates(text: str) -> set[str]:
    text = text.translate(_FW)
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-]?){11}\d(?!\d)", text)}


def test_my_numbers_where_the_truth_says_so(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        assert bool(valid) == ("my_number" in row["types"]), row["path"]  # type: ignore[operator]
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict)


def test_phone_numbers_are_well_formed(texts: dict[str, str]) -> None:
    for text in texts.values():
        for m in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", text):
            digits = m.replace("-", "")
            if digits.startswith(("090", "080", "070")):
                assert len(digits) == 11, m
            elif digits != "0000000000":
                assert len(digits) == 10, m


def _persons(text: str) -> int:
    given = "|".join(OLD_MALE + OLD_FEMALE + YOUNG)
    return len(set(re.findall(f"(?:{'|'.join(SURNAMES)}) (?:{given})", text)))


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
    assert bulk == 3


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    multipage = spaced = merged_xlsx = merged_docx = hidden = notes = headers = boxes = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "pdf":
            pdf = pypdfium2.PdfDocument(path)
            n = len(pdf)
            if n > 1:
                multipage += 1
                for i in range(n):
                    assert f"{i + 1} / {n}" in pdf[i].get_textpage().get_text_range()
            pdf.close()
            spaced += bool(re.search(r"(?<!\d)(?:\d ){9,11}\d(?!\d)", texts[str(row["path"])]))
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                merged_xlsx += len(ws.merged_cells.ranges) > 1
                hidden += ws.sheet_state != "visible"
                notes += sum(1 for r in ws.iter_rows() for c in r if c.comment)
        if fmt == "docx":
            d = docx.Document(str(path))
            for t in d.tables:
                for r in t.rows:
                    merged_docx += len({id(c._tc) for c in r.cells}) < len(r.cells)
            head = d.sections[0].header.paragraphs[0].text
            headers += "個人番号" in head and is_valid_my_number(head.split()[-1])
            with zipfile.ZipFile(path) as z:
                boxes += "<w:txbxContent>" in z.read("word/document.xml").decode()
    assert multipage >= 5 and spaced >= 2
    assert merged_xlsx >= 2 and merged_docx >= 2 and hidden >= 3 and notes == 2
    assert headers == 1 and boxes == 1


def test_far_right_and_multisheet_lists(built: tuple[Path, Rows]) -> None:
    out, rows = built
    far = multi = 0
    for row in rows:
        path = out / str(row["path"])
        if row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            far += any(ws.max_column >= 26 for ws in wb.worksheets)
            multi += len(wb.worksheets) >= 2 and row["level"] == 3
        if row["format"] == "ods":
            multi += len(opendocument.load(str(path)).getElementsByType(Table)) >= 2
    assert far >= 1 and multi >= 4


def test_speaker_notes_hold_the_person(built: tuple[Path, Rows]) -> None:
    out, rows = built
    found = 0
    for row in rows:
        if row["format"] == "pptx" and row["level"] == 2:
            deck = pptx.Presentation(str(out / str(row["path"])))
            found += any(
                s.has_notes_slide and "様" in s.notes_slide.notes_text_frame.text for s in deck.slides
            )
    assert found == 1


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
