"""The twenty-sixth red-team set (a city's records, disclosure and information-security office): its manifest is
complete and consistent, every file opens with its format's own library, valid My Numbers are where the truth
says (4-4-4, weakly labelled, in Word headers, footers, text boxes and cell comments) and only look-alikes that
fail the check where it promises none, 法人番号 are valid, the layouts it was built for are really in the files
(canvas PDFs of several pages with ``n / N``, spaced-out digits, chat exports, hidden sheets, merged cells, data
far right, comments, masking, cp932), bulk lists hold more than 100 persons, and the build is deterministic.
Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.redteam.set26 import FEMALE, MALE, SURNAMES, build, fail_check, failing_id, generate, sp, wareki

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"kokai", "kojin", "shinsa", "bunsho", "security", "tanmatsu", "juki"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam26")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _odf_text(path: Path) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode()
    return re.sub(r"<[^>]+>", " ", xml)


def _pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        parts = [" | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets
                 for r in ws.iter_rows(values_only=True)]  # fmt: skip
        parts += [c.comment.text for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment]
        return "\n".join(parts)
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
        parts += [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
        parts += re.findall(
            r"<w:t[^>]*>([^<]*)</w:t>", zipfile.ZipFile(path).read("word/document.xml").decode()
        )
        return "\n".join(parts)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        parts = []
        for slide in deck.slides:
            parts += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
            parts += [c.text for s in slide.shapes if s.has_table for row in s.table.rows for c in row.cells]
            if slide.has_notes_slide:
                parts.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(parts)
    if fmt == "pdf":
        return "\n".join(_pdf_pages(path))
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

    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(1973, 3, 5), "short") == "S48.3.5"
    assert wareki(dt.date(1989, 1, 8), "slash") == "H01/01/08"
    assert sp("広沢町8丁目3番12号") == "広沢町 8 丁目 3 番 12 号"
    assert sp("令和3年4月") == "令和 3 年 4 月"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))
    assert all(not is_valid_my_number(failing_id("2024", n)) for n in range(500))


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 95 <= len(rows) <= 115
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    assert 35 <= levels[1] <= 43 and 30 <= levels[2] <= 36 and 28 <= levels[3] <= 34, levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam26"
        assert row["placement"] == "body"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row


def test_every_family_has_all_levels(built: tuple[Path, Rows]) -> None:
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
    """12-digit numbers: plain, spaced or hyphenated 4-4-4."""
    found = {re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)(?:\d[ \-]{0,3}){11}\d(?!\d)", text)}
    return {f for f in found if len(f) == 12}


def test_my_numbers_where_the_truth_says(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    grouped = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid, row["path"]
            assert row["level"] == 3
            grouped += all(re.search(rf"{n[:4]}[ -]{n[4:8]}[ -]{n[8:]}", text) for n in valid)
        else:
            assert not valid, (row["path"], valid)
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]
            assert row["level"] == 1
    assert grouped >= 5
    failing_notes = [r for r in rows if "failing the check digit" in str(r.get("note", ""))]
    assert len(failing_notes) >= 3


def test_weak_my_number_placements(built: tuple[Path, Rows]) -> None:
    out, rows = built
    header = footer = box = comment = 0
    for row in rows:
        if "my_number" not in row["types"]:  # type: ignore[operator]
            continue
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "docx":
            d = docx.Document(str(path))
            head = " ".join(p.text for s in d.sections for p in s.header.paragraphs)
            foot = " ".join(p.text for s in d.sections for p in s.footer.paragraphs)
            header += "番号確認済" in head and any(is_valid_my_number(n) for n in _candidates(head))
            footer += foot.startswith("番号 ") and any(is_valid_my_number(n) for n in _candidates(foot))
            xml = zipfile.ZipFile(path).read("word/document.xml").decode()
            boxes = " ".join(re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", xml))
            box += "さんの番号" in boxes and any(is_valid_my_number(n) for n in _candidates(boxes))
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            notes = " ".join(
                c.comment.text for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.comment
            )
            comment += any(is_valid_my_number(n) for n in _candidates(notes))
    assert header >= 1 and footer >= 1 and box >= 1 and comment >= 1


def test_corporate_numbers_and_phones(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    corp = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
            for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(corp) >= 2 and all(is_valid_corporate_number(n) for n in corp)
    for r in rows:
        if "corporate_number" in r["types"]:  # type: ignore[operator]
            assert r["level"] == 1 and "法人番号" in texts[str(r["path"])]
        else:
            assert not re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])]), r["path"]
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 150
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
    assert bulk >= 5


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    multi_page = hidden = merged = far_right = comments = textboxes = spaced = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "pdf":
            pages = _pdf_pages(path)
            if len(pages) >= 2:
                multi_page += 1
                assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), path
            if re.search(r"令和 \d+ 年 \d+ 月", pages[0]):
                spaced += 1
                if int(str(row["level"])) > 1:
                    assert re.search(r" \d+ (丁目|番地?|号|-)", pages[0]), path
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.max_column >= 25
                comments += sum(1 for r in ws.iter_rows() for c in r if c.comment)
        if fmt == "docx":
            xml = zipfile.ZipFile(path).read("word/document.xml").decode()
            textboxes += "<w:txbxContent>" in xml
    assert multi_page >= 5 and hidden >= 2 and merged >= 8 and far_right >= 2 and comments >= 3
    assert textboxes >= 3 and spaced >= 6
    odf_notes = sum(
        "<office:annotation" in zipfile.ZipFile(out / str(r["path"])).read("content.xml").decode()
        for r in rows
        if r["format"] in ("ods", "odt")
    )
    assert odf_notes >= 1


def test_spaced_letters_about_private_persons(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    private = [r for r in rows if r["format"] == "pdf" and re.search(r"令和 \d+ 年", texts[str(r["path"])])
               and int(str(r["level"])) > 1]  # fmt: skip
    assert len(private) >= 6 and {r["level"] for r in private} == {2, 3}
    for r in private:
        assert 1 <= _persons(texts[str(r["path"])]) <= 3, r["path"]


def test_chat_exports(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    teams = line_works = slack = 0
    for r in rows:
        if not str(r["format"]).startswith("txt"):
            continue
        text = texts[str(r["path"])]
        teams += len(re.findall(r"^\[\d\d:\d\d\] \S+ \S+: ", text, re.M)) >= 3
        line_works += len(re.findall(r"^\S+ \S+ → ", text, re.M)) >= 3
        slack += len(re.findall(r"^\S+ \S+  \d\d:\d\d\r?$", text, re.M)) >= 2
    assert teams >= 5 and line_works >= 2 and slack >= 2
    chats = [
        r for r in rows if "エクスポート" in texts[str(r["path"])] or "トーク履歴" in texts[str(r["path"])]
    ]
    assert {int(str(r["level"])) for r in chats} == {1, 2, 3}


def _text_objects(path: Path) -> int:
    """Text objects on the first page: one per drawn string (a padded printout line or a placed cell)."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[0]
        return sum(1 for o in page.get_objects() if o.type == pypdfium2.raw.FPDF_PAGEOBJ_TEXT)
    finally:
        pdf.close()


def test_core_system_printouts(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    printouts = [r for r in rows if r["format"] == "pdf" and _persons(texts[str(r["path"])]) > 100]
    assert len(printouts) >= 4 and all(r["level"] == 3 for r in printouts)
    # a line-printer layout: each row is one string padded with spaces, not one string per column
    mono = [r for r in printouts
            if _text_objects(out / str(r["path"])) < len(_pdf_pages(out / str(r["path"]))[0].splitlines()) + 5]  # fmt: skip
    assert len(mono) >= 2


def test_masking_and_sample_names(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    masked = [r for r in rows if "■■" in texts[str(r["path"])]]
    assert masked and any(r["level"] == 1 for r in masked) and any(r["level"] == 3 for r in masked)
    for r in rows:
        if r["level"] == 1 and "■■" in texts[str(r["path"])]:
            assert _persons(texts[str(r["path"])]) <= 3
    samples = [r for r in rows if "記入例" in texts[str(r["path"])] and r["level"] == 1]
    assert len(samples) >= 2


def test_cp932_files(built: tuple[Path, Rows]) -> None:
    _, rows = built
    cp932 = [r for r in rows if str(r["format"]).endswith("cp932")]
    assert len(cp932) >= 6 and {int(str(r["level"])) for r in cp932} == {1, 2, 3}


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
