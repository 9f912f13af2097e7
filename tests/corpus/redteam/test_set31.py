"""The thirty-first red-team set (a city's 環境部 and 上下水道局: waste, septic tanks, pollution complaints, water
supply and sewerage): its manifest is complete and consistent, every file opens with its format's own library, valid
My Numbers are where the truth says (and weakly labelled: 4-4-4 in a Word header, footer or text box, or on a hidden
sheet headed only 番号) and only look-alikes failing the check where it promises none, 法人番号 are valid, the layouts
it was built for are really in the files (core-system prints of several pages with ``n / N``, letters whose digits
are set apart, chat and mail exports, hidden sheets, merged cells, data far right, 姓・名 split with カナ columns,
cp932), bulk lists hold more than 100 persons, and the build is deterministic. Scores are not tested here: the set
is blind, scored on first contact."""

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
from corpus.factory.readback import xls_text
from corpus.redteam.set31 import (
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
from python_calamine import CalamineWorkbook, SheetVisibleEnum

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"sodai", "fureai", "fuho", "jokaso", "kogai", "suido", "ryokin", "gesui"}
SAMPLES = ["清掃 太郎", "福祉 花子", "浄化 一郎", "環境 次郎", "下水 三郎"]
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam31")
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


def _docx_parts(path: Path) -> dict[str, str]:
    d = docx.Document(str(path))
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return {
        "body": "\n".join(p.text for p in d.paragraphs)
        + "\n"
        + "\n".join(" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows),
        "header": " ".join(p.text for s in d.sections for p in s.header.paragraphs),
        "footer": " ".join(p.text for s in d.sections for p in s.footer.paragraphs),
        "textbox": " ".join(re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", xml)),
        "xml": "\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)),
    }


def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(" | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets
                         for r in ws.iter_rows(values_only=True))  # fmt: skip
    if fmt == "xls":
        assert path.read_bytes().startswith(bytes.fromhex("d0cf11e0a1b11ae1")), path
        return xls_text(path)
    if fmt in ("ods", "odt"):
        return _odf_text(path)
    if fmt == "docx":
        parts = _docx_parts(path)
        return "\n".join(parts[k] for k in ("body", "header", "footer", "xml"))
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
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1973, 3, 5), "short") == "S48.3.5"
    assert wareki(dt.date(2024, 10, 9), "spaced") == "令和 6 年 10 月 9 日"
    assert spaced_digits("栄町4丁目5番14号") == "栄町 4 丁目 5 番 14 号"
    assert spaced_digits("未納額 34,320円") == "未納額 34,320 円"
    assert grouped("123456789018", "-") == "1234-5678-9018"
    assert kata("つゆり めい") == "ツユリ メイ"
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
        0.36 <= levels[1] / n <= 0.41 and 0.28 <= levels[2] / n <= 0.33 and 0.28 <= levels[3] / n <= 0.33
    ), levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam31" and row["placement"] == "body"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name", "income"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row


def test_every_family_has_all_levels(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, Counter[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    assert all(set(levels) == {1, 2, 3} for levels in seen.values()), seen
    assert all(min(levels.values()) >= 3 for levels in seen.values()), seen


def test_every_file_opens_and_holds_text(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    for row in rows:
        assert len(texts[str(row["path"])].strip()) > 60, row["path"]


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
        else:
            assert not valid, row["path"]
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]
            assert row["level"] == 1
            failing += 1
    assert failing >= 3


def test_my_numbers_are_weakly_labelled(built: tuple[Path, Rows]) -> None:
    """The My Numbers sit in a Word header, footer or text box as 4-4-4 beside 番号 / 番号確認済 / ○○さんの番号, or
    on a hidden sheet headed only 番号; never beside 個人番号 or マイナンバー."""
    out, rows = built
    places: Counter[str] = Counter()
    for row in rows:
        if "my_number" not in row["types"]:  # type: ignore[operator]
            continue
        path = out / str(row["path"])
        if row["format"] == "docx":
            parts = _docx_parts(path)
            assert not any(w in "".join(parts.values()) for w in ("個人番号", "マイナンバー")), path
            assert not any(is_valid_my_number(n) for n in _candidates(parts["body"])), path
            for where in ("header", "footer", "textbox"):
                text = parts[where]
                if any(is_valid_my_number(n) for n in _candidates(text)):
                    places[where] += 1
                    assert re.search(r"番号(確認済)? \d{4}[ \-]\d{4}[ \-]\d{4}", text), (path, text)
        elif row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
            assert hidden and hidden[0].title == "番号", path
            head = next(hidden[0].iter_rows(max_row=1, values_only=True))
            assert head[2] == "番号" and "個人番号" not in str(head)
            assert all(
                is_valid_my_number(str(r[2])) for r in hidden[0].iter_rows(min_row=2, values_only=True)
            )
            for ws in wb.worksheets:
                if ws.sheet_state == "visible":
                    visible = " ".join(str(v) for r in ws.iter_rows(values_only=True) for v in r if v)
                    assert not _candidates(visible), path
            places["hidden"] += 1
        else:
            raise AssertionError(f"My Number in an unplanned format: {path}")
    assert (
        places["header"] >= 2 and places["footer"] >= 1 and places["textbox"] >= 1 and places["hidden"] >= 1
    )
    assert sum(places.values()) == 5, places


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
    assert len(corp) >= 40 and all(is_valid_corporate_number(n) for n in corp)
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 400
    for p in phones:
        digits = p.replace("-", "")
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _persons(text: str) -> int:
    """Distinct pool names in the text: 姓 名 together, or 姓 | 名 in neighbouring cells."""
    given = "|".join(sorted((g for g, _ in MALE + FEMALE), key=len, reverse=True))
    surnames = "|".join(sorted((s for s, _ in SURNAMES), key=len, reverse=True))
    found = re.findall(f"({surnames})(?:[ 　]| \\| )?({given})", text)
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
        if row["level"] == 3 and set(row["types"]) & SENSITIVE and row["format"] != "pdf":  # type: ignore[call-overload]
            assert 1 <= persons <= 100, (row["path"], persons)
    assert bulk >= 6


def test_core_system_prints(built: tuple[Path, Rows]) -> None:
    """Person lists printed from a core system: several pages, each with ``n / N``, an ID column before the name,
    a total on the last page; some with a dashed rule under the header, some without."""
    out, rows = built
    prints = dashed = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) >= 2:
            assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), row["path"]
            assert row["level"] == 3 and _persons("\n".join(pages)) > 100, row["path"]
            assert "合計" in pages[-1] and "作成日" in pages[0]
            assert re.search(r"^\d{6,10} \S+ \S+ ", pages[0], re.M), row["path"]  # the ID before the name
            dashed += "-" * 40 in pages[0]
            prints += 1
    assert prints >= 5 and 1 <= dashed < prints


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
            spaced[int(str(row["level"]))] += 1
    assert spaced[2] >= 6 and spaced[3] >= 3, spaced


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
        elif len(re.findall(r"^\d\d:\d\d \S+ \S+ → ", text, re.M)) >= 3:
            styles["arrow"] += 1
        elif "-----Original Message-----" in text and re.search(r"^> \S", text, re.M) and "件名: " in text:
            styles["outlook"] += 1
        else:
            continue
        assert row["level"] in (2, 3) and _persons(text) >= 1, row["path"]
    assert styles == Counter(teams=5, lineworks=3, slack=3, arrow=1, outlook=5), styles
    levels = Counter(int(str(r["level"])) for r in rows if str(r["format"]).startswith("txt"))
    assert levels[2] >= 8 and levels[3] >= 6


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    hidden = merged = far_right = textboxes = split_names = footnotes = comments = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.max_column >= 26
                head = [str(v) for r in ws.iter_rows(max_row=6, values_only=True) for v in r if v]
                split_names += "姓" in head and "名" in head and ("セイ" in head or "フリガナ" in head)
        if fmt == "xls":
            wb_xls = CalamineWorkbook.from_path(str(path))
            hidden += sum(m.visible != SheetVisibleEnum.Visible for m in wb_xls.sheets_metadata)
        if fmt == "ods":
            content = zipfile.ZipFile(path).read("content.xml").decode()
            assert "table:table " in content
        if fmt == "docx":
            pkg = zipfile.ZipFile(path)
            textboxes += "<w:txbxContent>" in pkg.read("word/document.xml").decode()
            footnotes += "word/footnotes.xml" in pkg.namelist()
            comments += "word/comments.xml" in pkg.namelist()
    assert hidden >= 8 and merged >= 20 and far_right >= 3 and textboxes >= 7, (hidden, merged, far_right)
    assert split_names >= 4 and footnotes >= 1 and comments >= 2


def test_look_alikes_at_level_1(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """記入例 sample names, masked and anonymised cases, open data with coordinates, published figures: all at 1."""
    _, rows = built
    one = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 1)
    rest = "\n".join(texts[str(r["path"])] for r in rows if r["level"] != 1)
    assert all(s in one for s in SAMPLES) and not any(s in rest for s in SAMPLES)
    assert one.count("記入例") >= 5 and "〇〇 〇〇 様" in one and "Ａさん" in one and "Ｂさん" in one
    assert re.search(r"\d{2}\.\d{6},\d{3}\.\d{6}", one)  # latitude,longitude in the open-data CSV
    assert "自治会" in one and "環境計量士" in one and "代表取締役" in one
    for row in rows:
        assert "\n" not in str(row.get("note", "")) and len(str(row.get("note", ""))) < 140, row["path"]


def test_cp932_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    cp932 = [r for r in rows if str(r["format"]).endswith("cp932")]
    assert len(cp932) >= 8 and {int(str(r["level"])) for r in cp932} == {1, 2, 3}
    for r in cp932:
        raw = (out / str(r["path"])).read_bytes()
        assert raw.decode("cp932").encode("cp932") == raw


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
