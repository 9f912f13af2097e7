"""The thirty-second red-team set (a town's 保健センター: maternal and child health, vaccination, screening, mental
health and the 食生活改善推進員): its manifest is complete and consistent, every file opens with its format's own
library, valid My Numbers are where the truth says (and weakly labelled: 4-4-4 in a Word header, footer or text box,
or a hidden sheet headed 番号) and only look-alikes failing the check where it promises none, 法人番号 are valid, the
layouts it was built for are really in the files (core-system prints of several pages with ``n / N``, letters whose
digits are set apart, Teams / LINE WORKS / Slack / arrow chat exports, Outlook replies, hidden sheets, merged cells,
data far right, cp932), bulk lists hold more than 100 persons, and the build is deterministic. Scores are not tested
here: the set is blind, scored on first contact."""

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
from corpus.redteam.set32 import (
    FEMALE,
    MALE,
    SURNAMES,
    build,
    fail_check,
    generate,
    grouped,
    kata,
    spaced_digits,
    wareki,
)
from python_calamine import CalamineWorkbook

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"ninshin", "nyuyoji", "hattatsu", "yobo", "gan", "tokutei", "seishin", "shokusei"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam32")
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


def _cell(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v)


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " | ".join(_cell(v) for v in r) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
        )
    if fmt == "xls":
        assert path.read_bytes().startswith(bytes.fromhex("d0cf11e0a1b11ae1")), path  # BIFF8 in OLE2
        wb = CalamineWorkbook.from_path(str(path))
        return "\n".join(" | ".join(_cell(v) for v in r) for name in wb.sheet_names
                         for r in wb.get_sheet_by_name(name).to_python())  # fmt: skip
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
        slide_texts: list[str] = []
        for slide in deck.slides:
            for s in slide.shapes:
                if s.has_text_frame:
                    slide_texts.append(s.text_frame.text)
                if s.has_table:
                    slide_texts += [" | ".join(c.text for c in row.cells) for row in s.table.rows]
            if slide.has_notes_slide:
                slide_texts.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(slide_texts)
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
    assert wareki(dt.date(1989, 1, 7), "short") == "S64.1.7"
    assert wareki(dt.date(2024, 9, 2), "spaced") == "令和 6 年 9 月 2 日"
    assert spaced_digits("旭台3丁目8番地12") == "旭台 3 丁目 8 番地 12"
    assert grouped("123456789018", "-") == "1234-5678-9018"
    assert kata("つくも") == "ツクモ"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 106
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    n = len(rows)
    assert (
        0.35 <= levels[1] / n <= 0.42 and 0.27 <= levels[2] / n <= 0.34 and 0.27 <= levels[3] / n <= 0.34
    ), levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam32" and row["placement"] == "body"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3:
            assert types & SENSITIVE or types & IDENTIFYING, row


def test_every_family_has_all_levels(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, Counter[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    assert all(set(levels) == {1, 2, 3} for levels in seen.values()), seen
    assert all(10 <= sum(levels.values()) <= 16 for levels in seen.values()), seen


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
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid and row["level"] == 3, row["path"]
            assert "マイナンバー" not in text and "個人番号" not in text, row["path"]  # weak context only
        else:
            assert not valid, row["path"]
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]
            assert row["level"] == 1
            failing += 1
    assert failing >= 4


def test_my_numbers_are_weakly_labelled(built: tuple[Path, Rows]) -> None:
    """The My Numbers sit in a Word header, footer or text box as 4-4-4 after 番号, or on a hidden sheet headed 番号."""
    out, rows = built
    places: Counter[str] = Counter()
    for row in rows:
        if "my_number" not in row["types"]:  # type: ignore[operator]
            continue
        path = out / str(row["path"])
        if row["format"] == "docx":
            d = docx.Document(str(path))
            head = " ".join(p.text for s in d.sections for p in s.header.paragraphs)
            foot = " ".join(p.text for s in d.sections for p in s.footer.paragraphs)
            boxes = " ".join(re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>",
                                        zipfile.ZipFile(path).read("word/document.xml").decode()))  # fmt: skip
            boxes = re.sub(r"<[^>]+>", "", boxes)
            body = "\n".join(p.text for p in d.paragraphs) + "\n".join(
                c.text for t in d.tables for r in t.rows for c in r.cells
            )
            assert not any(is_valid_my_number(n) for n in _candidates(body)), path
            for where, text in (("header", head), ("footer", foot), ("textbox", boxes)):
                if any(is_valid_my_number(n) for n in _candidates(text)):
                    places[where] += 1
                    assert re.search(r"番号\S*\s*\d{4}[ \-]\d{4}[ \-]\d{4}", text), (path, text)
        elif row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
            assert hidden and hidden[0].title == "番号", path
            cells = list(hidden[0].iter_rows(values_only=True))
            assert cells[0][2] == "番号"
            assert all(is_valid_my_number(str(r[2])) for r in cells[1:])
            visible = "\n".join(str(v) for ws in wb.worksheets if ws.sheet_state == "visible"
                                for r in ws.iter_rows(values_only=True) for v in r)  # fmt: skip
            assert not any(is_valid_my_number(n) for n in _candidates(visible))
            places["hidden"] += 1
        else:
            raise AssertionError(f"unexpected My Number carrier {row}")
    assert (
        places["header"] >= 1 and places["footer"] >= 1 and places["textbox"] >= 2 and places["hidden"] >= 1
    )


def test_corporate_numbers_and_phones(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    corp: list[str] = []
    for r in rows:
        found = re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])
        if "corporate_number" in r["types"]:  # type: ignore[operator]
            assert found and r["level"] == 1, r["path"]
            corp += found
        else:
            assert not found, r["path"]
    assert len(corp) >= 15 and all(is_valid_corporate_number(n) for n in corp)
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 300
    for p in phones:
        digits = p.replace("-", "")
        if set(digits) == {"0"}:
            continue  # a 記入例's blank phone
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _persons(text: str) -> int:
    given = "|".join(sorted((g for g, _ in MALE + FEMALE), key=len, reverse=True))
    surnames = "|".join(sorted((s for s, _ in SURNAMES), key=len, reverse=True))
    found = re.findall(f"({surnames})(?:[ 　]| \\| )?({given})", text)  # 姓 and 名 may be cells apart
    return len(set(found))


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
    assert bulk >= 6


def test_core_system_prints(built: tuple[Path, Rows]) -> None:
    """Person lists printed from a core system: several pages, each with ``n / N``, columns set by position."""
    out, rows = built
    prints = ruled = dashed = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if "【合計】" not in pages[-1]:
            assert len(pages) == 1, row["path"]
            continue
        assert len(pages) >= 3, row["path"]
        assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), row["path"]
        assert row["level"] == 3 and _persons("\n".join(pages)) > 100, row["path"]
        assert re.search(r"【合計】 1\d\d 件", pages[-1])
        if "=" * 40 in pages[0]:
            dashed += 1
        else:
            ruled += 1
        prints += 1
    assert prints >= 6 and ruled >= 2 and dashed >= 3


def test_spaced_digits_in_pdf_letters(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    spaced: Counter[int] = Counter()
    for row in rows:
        text = texts[str(row["path"])]
        if (
            row["format"] == "pdf"
            and re.search(r"\d+ 丁目 \d+ 番", text)
            and re.search(r"令和 \d+ 年 \d+ 月 \d+ 日", text)
            and " 様" in text
        ):
            spaced[int(str(row["level"]))] += 1
    assert spaced[2] >= 4 and spaced[3] >= 1, spaced


def test_chat_and_mail_exports(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    styles: Counter[str] = Counter()
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
        elif len(re.findall(r"^\S+ \S+ → ", text, re.M)) >= 3:
            styles["arrow"] += 1
        elif "-----Original Message-----" in text and re.search(r"^> ", text, re.M) and "件名: RE: " in text:
            styles["mail"] += 1
        else:
            continue
        assert row["level"] in (2, 3) and _persons(text) >= 1
    assert styles["teams"] >= 4 and styles["lineworks"] >= 4 and styles["slack"] >= 4, styles
    assert styles["arrow"] >= 1 and styles["mail"] >= 3, styles
    levels = Counter(int(str(r["level"])) for r in rows if str(r["format"]).startswith("txt"))
    assert levels[2] >= 8 and levels[3] >= 5


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    hidden = merged = far_right = far_down = textboxes = split_names = 0
    formats: Counter[str] = Counter(str(r["format"]) for r in rows)
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.min_column >= 25
                far_down += ws.min_row >= 25
                split_names += any("姓" in r and "名" in r for r in ws.iter_rows(values_only=True))
        if fmt == "xls":
            wb2 = CalamineWorkbook.from_path(str(path))
            assert wb2.sheet_names
        if fmt == "docx":
            textboxes += "<w:txbxContent>" in zipfile.ZipFile(path).read("word/document.xml").decode()
        if fmt == "ods":
            assert "table:table " in zipfile.ZipFile(path).read("content.xml").decode()
    assert hidden >= 8 and merged >= 15 and far_right >= 2 and far_down >= 1 and textboxes >= 4, (
        hidden, merged, far_right, far_down, textboxes)  # fmt: skip
    assert split_names >= 4
    assert formats["csv-cp932"] + formats["txt-cp932"] >= 8 and formats["xls"] >= 3 and formats["pptx"] >= 4
    assert formats["odt"] >= 5 and formats["ods"] >= 3


def test_hidden_ods_sheet(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert any(
        'table:display="false"' in zipfile.ZipFile(out / str(r["path"])).read("content.xml").decode()
        for r in rows
        if r["format"] == "ods"
    )


def test_look_alikes_at_level_1(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """記入例 sample names, anonymised cases, doctors and midwives in role, cohorts by birth month: all level 1."""
    _, rows = built
    one = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 1)
    assert "記入例" in one and "母子 花子" in one and "保健 たろう" in one
    assert "Ａちゃん" in one and "〇〇 〇〇" in one and "Ｃさん" in one
    assert "院長" in one and "助産院" in one and "医師" in one and "生まれ" in one
    assert "会長" in one and "推進員" in one


def test_truth_notes(built: tuple[Path, Rows]) -> None:
    """Every doubtful convention carries its note."""
    _, rows = built
    notes = [str(r.get("note", "")) for r in rows]
    assert sum("not health" in n for n in notes) >= 5
    assert sum("anonymised" in n for n in notes) >= 3
    assert any("private data" in n for n in notes)


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
    towns = {build(random.Random(s))[0].spec.footer for s in range(12)}
    assert len(towns) >= 3  # the town is drawn per build
