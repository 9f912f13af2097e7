"""The thirtieth red-team set (a town's 教育委員会 and 保育 desks): its manifest is complete and consistent, every
file opens with its format's own library, valid My Numbers are where the truth says (and weakly labelled: 4-4-4 in
a Word header, footer or text box, or on a hidden sheet headed 番号) and only look-alikes failing the check where it
promises none, 法人番号 are valid, the layouts it was built for are really in the files (school-affairs and nursery
system prints of several pages with ``n / N``, letters whose digits are set apart, chat exports and mails with
quoted replies, hidden sheets, merged cells, data far right and far down, text boxes, cp932), bulk lists hold more
than 100 persons, and the build is deterministic. Scores are not tested here: the set is blind, scored on first
contact."""

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
from corpus.factory.numbers import is_valid_corporate_number, is_valid_my_number
from corpus.redteam.set30 import (
    BOYS,
    ELDERS,
    GIRLS,
    MEN,
    SURNAMES,
    WOMEN,
    build,
    fail_check,
    generate,
    grade,
    grouped,
    half_kana,
    spaced_digits,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"shugaku", "enjo", "seito", "kyushoku", "shogaku", "hoiku", "gakudo", "shakai"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam30")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


def _types(row: dict[str, object]) -> set[str]:
    return set(row["types"])  # type: ignore[call-overload]


def _odf_text(path: Path) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode()
    return re.sub(r"<[^>]+>", " ", xml)


def _pdf_pages(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
    parts += [p.text for s in d.sections for p in s.header.paragraphs + s.footer.paragraphs]
    parts += re.findall(r"<w:t[^>]*>([^<]*)</w:t>", zipfile.ZipFile(path).read("word/document.xml").decode())
    return "\n".join(parts)


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
        return _docx_text(path)
    if fmt == "pptx":
        deck = pptx.Presentation(str(path))
        texts: list[str] = []
        for slide in deck.slides:
            for s in slide.shapes:
                if s.has_text_frame:
                    texts.append(s.text_frame.text)
                if s.has_table:
                    texts += [" | ".join(c.text for c in row.cells) for row in s.table.rows]
            if slide.has_notes_slide:
                texts.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(texts)
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
    assert wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(dt.date(2018, 6, 14), "short") == "H30.6.14"
    assert wareki(dt.date(2024, 10, 8), "spaced") == "令和 6 年 10 月 8 日"
    assert spaced_digits("桜堤3丁目8番地12") == "桜堤 3 丁目 8 番地 12"
    assert spaced_digits("令和6年4月1日") == "令和 6 年 4 月 1 日"
    assert grouped("123456789018", "-") == "1234-5678-9018"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))
    assert half_kana("がく") == "ｶﾞｸ" and half_kana("ぴよ") == "ﾋﾟﾖ"
    assert grade(dt.date(2017, 4, 2)) == "小1" and grade(dt.date(2017, 4, 1)) == "小2"
    assert grade(dt.date(2011, 4, 2)) == "中1" and grade(dt.date(2009, 4, 2)) == "中3"


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 106
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    n = len(rows)
    assert (
        0.35 <= levels[1] / n <= 0.42 and 0.28 <= levels[2] / n <= 0.34 and 0.28 <= levels[3] / n <= 0.34
    ), levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam30" and row["placement"] == "body"
        types = _types(row)
        assert types <= KNOWN_TYPES, row
        assert row["types"] == sorted(types)
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if "income" in types:
            assert row["level"] == 2 and "所得" in str(row.get("note", "")), row


def test_every_family_has_all_levels(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, Counter[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    assert all(set(c) == {1, 2, 3} for c in seen.values()), seen
    assert all(11 <= sum(c.values()) <= 16 for c in seen.values()), seen


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 40, row["path"]


def _candidates(text: str) -> set[str]:
    """12-digit numbers as written: plain, or 4-4-4 with a space, hyphen or full-width space."""
    found = set(re.findall(r"(?<![\d-])\d{12}(?![\d-])", text))
    found |= {
        re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d-])\d{4}[ \-　]\d{4}[ \-　]\d{4}(?![\d-])", text)
    }
    return found


def test_my_numbers_where_the_truth_says(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    failing = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in _types(row):
            assert valid and row["level"] == 3, row["path"]
        else:
            assert not valid, row["path"]
        note = str(row.get("note", ""))
        if "12-digit" in note and "failing the check digit" in note:
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 20 and not any(is_valid_my_number(n) for n in strict), row["path"]
            assert row["level"] == 1 and not _types(row) - {"corporate_number"}
            failing += 1
        if "fails the check digit" in note:  # a 記入例's single sample number, 4-4-4
            sample = re.findall(r"(?<!\d)\d{4} \d{4} \d{4}(?!\d)", text)
            assert sample and not any(is_valid_my_number(s.replace(" ", "")) for s in sample), row["path"]
            assert row["level"] == 1 and "記入例" in text
    assert failing >= 3


def test_my_numbers_are_weakly_labelled(built: tuple[Path, Rows]) -> None:
    """The My Numbers sit in a Word header, footer or text box as 4-4-4, or on a hidden sheet headed 番号."""
    out, rows = built
    places: Counter[str] = Counter()
    for row in rows:
        if "my_number" not in _types(row):
            continue
        path = out / str(row["path"])
        if row["format"] == "docx":
            d = docx.Document(str(path))
            head = " ".join(p.text for s in d.sections for p in s.header.paragraphs)
            foot = " ".join(p.text for s in d.sections for p in s.footer.paragraphs)
            boxes = " ".join(re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>",
                                        zipfile.ZipFile(path).read("word/document.xml").decode()))  # fmt: skip
            body = "\n".join(p.text for p in d.paragraphs)
            body += "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
            assert not any(
                k in body + head + foot + boxes for k in ("マイナンバー", "個人番号", "通知カード")
            ), path
            assert not any(is_valid_my_number(n) for n in _candidates(body)), path
            for where, text in (("header", head), ("footer", foot), ("textbox", boxes)):
                if any(is_valid_my_number(n) for n in _candidates(text)):
                    places[where] += 1
                    assert re.search(r"\d{4}[ \-]\d{4}[ \-]\d{4}", text) and "番号" in text, path
        elif row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
            assert hidden and hidden[0].title == "番号", path
            head_row = next(hidden[0].iter_rows(max_row=1, values_only=True))
            assert head_row[2] == "番号"
            numbers = [str(r[2]) for r in hidden[0].iter_rows(min_row=2, values_only=True)]
            assert len(numbers) >= 10 and all(is_valid_my_number(n) for n in numbers)
            visible = "\n".join(str(v) for ws in wb.worksheets if ws.sheet_state == "visible"
                                for r in ws.iter_rows(values_only=True) for v in r if v is not None)  # fmt: skip
            assert not any(is_valid_my_number(n) for n in _candidates(visible)), path
            places["hidden"] += 1
        else:
            pytest.fail(f"My Number in an unplanned format: {row}")
    assert places == Counter({"header": 1, "footer": 1, "textbox": 1, "hidden": 1}), places


def test_corporate_numbers_and_phones(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    corp: list[str] = []
    for r in rows:
        found = re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])
        assert bool(found) == ("corporate_number" in _types(r)), r["path"]
        corp += found
    assert len(corp) >= 20 and all(is_valid_corporate_number(n) for n in corp)
    assert all(r["level"] == 1 for r in rows if "corporate_number" in _types(r))
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 300
    for p in phones:
        digits = p.replace("-", "")
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _persons(text: str) -> int:
    given = "|".join(sorted((g for g, _ in BOYS + GIRLS + MEN + WOMEN), key=len, reverse=True))
    given += "|" + "|".join(g for g, _, _ in ELDERS)
    surnames = "|".join(sorted((s for s, _ in SURNAMES), key=len, reverse=True))
    found = re.findall(f"({surnames})(?:[ 　]| \\| )?({given})", text)
    return len(set(found))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not _types(row) & SENSITIVE:
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)
        if row["level"] == 3:
            assert persons >= 1, row["path"]
    assert bulk >= 6


def test_system_prints(built: tuple[Path, Rows]) -> None:
    """Person lists printed from a system: several pages, each with ``n / N``, columns set by position."""
    out, rows = built
    prints = readings = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) >= 2 and row["level"] == 1:  # a long public table (the menu) runs over pages too
            assert _persons("\n".join(pages)) == 0, row["path"]
        elif len(pages) >= 2:
            assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), row["path"]
            assert row["level"] == 3 and _persons("\n".join(pages)) > 100, row["path"]
            assert "合計" in pages[-1] and "システム" in pages[0]
            readings += bool(re.search(r"[ｱ-ﾝ]{2,}", pages[0]))  # half-width readings
            prints += 1
    assert prints >= 5 and readings >= 4


def test_spaced_digits_in_pdf_letters(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    spaced: Counter[int] = Counter()
    for row in rows:
        text = texts[str(row["path"])]
        if (
            row["format"] == "pdf"
            and re.search(r"\d+ 丁目 \d+ 番", text)
            and re.search(r"令和 \d+ 年 \d+ 月", text)
        ):
            assert not re.search(r"\d丁目|令和\d", text), row["path"]
            spaced[int(str(row["level"]))] += 1
    assert spaced[2] >= 4 and spaced[3] >= 3, spaced


def test_chats_and_mails(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    styles: Counter[str] = Counter()
    levels: Counter[int] = Counter()
    for row in rows:
        if not str(row["format"]).startswith("txt"):
            continue
        text = texts[str(row["path"])]
        if len(re.findall(r"^\[\d\d:\d\d\] [^:]+: ", text, re.M)) >= 3:
            styles["teams"] += 1
        elif len(re.findall(r"^\d\d:\d\d\t[^\t]+\t", text, re.M)) >= 3:
            styles["lineworks"] += 1
        elif len(re.findall(r"^\S+ \S+  \[\d\d:\d\d\]\r?$", text, re.M)) >= 3:
            styles["slack"] += 1
        elif len(re.findall(r"^\d\d:\d\d \S+ \S+ → ", text, re.M)) >= 3:
            styles["arrow"] += 1
        elif "-----Original Message-----" in text and re.search(r"^> \S", text, re.M):
            styles["mail"] += 1
        else:
            continue
        levels[int(str(row["level"]))] += 1
        if row["level"] != 1:
            assert _persons(text) >= 1, row["path"]
    assert styles["teams"] >= 3 and styles["lineworks"] >= 2 and styles["slack"] >= 3, styles
    assert styles["arrow"] >= 1 and styles["mail"] >= 2, styles
    assert levels[1] >= 1 and levels[2] >= 5 and levels[3] >= 4, levels


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    hidden = merged = far_right = far_down = textboxes = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                starts = Counter(
                    next(c.column for c in r if c.value is not None)
                    for r in ws.iter_rows()
                    if any(c.value is not None for c in r)
                )
                far_right += starts.most_common(1)[0][0] >= 20
                first_data = min(
                    (r[0].row for r in ws.iter_rows() if sum(c.value is not None for c in r) >= 3), default=0
                )
                far_down += ws.sheet_state == "visible" and first_data >= 5
        if fmt == "docx":
            textboxes += "<w:txbxContent>" in zipfile.ZipFile(path).read("word/document.xml").decode()
        if fmt == "ods":
            assert "table:table " in zipfile.ZipFile(path).read("content.xml").decode()
    assert hidden >= 6 and merged >= 15 and far_right >= 3 and far_down >= 2 and textboxes >= 3


def test_separated_name_columns_and_readings(built: tuple[Path, Rows]) -> None:
    """Excel lists with 姓 and 名 in columns of their own, reading columns, and a child and guardian per row."""
    out, rows = built
    split = kana = pair = 0
    for row in rows:
        if row["format"] != "xlsx":
            continue
        wb = openpyxl.load_workbook(out / str(row["path"]))
        for ws in wb.worksheets:
            cells = [str(v) for r in ws.iter_rows(values_only=True) for v in r if v is not None]
            split += "姓" in cells and "名" in cells
            kana += any(h in cells for h in ("セイ", "せい", "ふりがな", "カナ"))
            pair += any("保護者" in c for c in cells) and any(c.startswith("児童") for c in cells)
    assert split >= 4 and kana >= 4 and pair >= 2, (split, kana, pair)


def test_look_alikes_at_level_1(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Schools and nurseries (some named like children), founding dates, 記入例 names, masked children: all level 1."""
    _, rows = built
    one = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 1)
    assert "開校年月日" in one and "認可年月日" in one and "記入例" in one
    assert "教育 太郎" in one and "町民 花子" in one
    assert "ひまり保育園" in one and "あおい保育園" in one and "校長" in one
    assert "Ａ児" in one and "〇〇 〇〇" in one and "Ａくん" in one
    named = [r for r in rows if r["level"] == 1 and _types(r) == {"name"}]
    assert len(named) == 1 and "note" in named[0]


def test_doubtful_truths_carry_notes(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        text = texts[str(row["path"])]
        if row["level"] == 2 and "延滞" in text:
            assert "not arrears" in str(row.get("note", "")), row["path"]
        if "記入例" in text and row["level"] == 1:
            assert "note" in row, row["path"]
    assert sum("note" in r for r in rows) >= 15


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
