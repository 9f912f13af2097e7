"""The thirty-third red-team set (a city's 市民課 and 国際交流 desks and the foreign residents they serve): its
manifest is complete and consistent, every file opens with its format's own library, valid My Numbers are where
the truth says (and weakly labelled: 4-4-4 in a Word header, footer or text box, or on a hidden sheet headed 番号)
and only look-alikes failing the check where it promises none, 法人番号 are valid, the layouts it was built for are
really in the files (core-system prints of several pages with ``n / N``, letters whose digits are set apart, chat
and mail exports, hidden sheets, merged cells, data far right, 姓 and 名 in separate columns, cp932), foreign
residents' names are written in roman letters, katakana and with a 通称名, bulk lists hold more than 100 persons,
and the build is deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.redteam.set33 import (
    FEMALE,
    FOREIGN,
    MALE,
    SURNAMES,
    build,
    fail_check,
    foreign_given_names,
    generate,
    grouped,
    kata,
    look_alike,
    spaced_digits,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"koseki", "juminhyo", "idou", "dv", "gaikoku", "tabunka", "inkan"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam33")
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
        return "\n".join(" | ".join("" if v is None else str(v) for v in r) for ws in wb.worksheets
                         for r in ws.iter_rows(values_only=True))  # fmt: skip
    if fmt == "xls":
        assert path.read_bytes().startswith(bytes.fromhex("d0cf11e0a1b11ae1")), path
        return xls_text(path)
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
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1973, 3, 5), "short") == "S48.3.5"
    assert wareki(dt.date(2021, 4, 1), "spaced") == "令和 3 年 4 月 1 日"
    assert spaced_digits("西町8丁目3番地12") == "西町 8 丁目 3 番地 12"
    assert grouped("123456789018", "-") == "1234-5678-9018"
    assert kata("みたらい") == "ミタライ"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))
    rng = random.Random(3)
    assert all(
        len(n) == 12 and not is_valid_my_number(n) for n in (look_alike(rng, "24") for _ in range(200))
    )
    givens = dict(foreign_given_names())
    assert givens["VAN AN"] == "ヴァン・アン" and givens["RAM BAHADUR"] == "ラム・バハドゥル"


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 105
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    n = len(rows)
    assert (
        0.36 <= levels[1] / n <= 0.41 and 0.28 <= levels[2] / n <= 0.33 and 0.28 <= levels[3] / n <= 0.32
    ), levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam33" and row["placement"] == "body"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name"}), row
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
    assert all(levels[1] >= 5 and levels[2] >= 4 and levels[3] >= 4 for levels in seen.values()), seen


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
        else:
            assert not valid, row["path"]
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 10 and not any(is_valid_my_number(n) for n in strict), row["path"]
            assert row["level"] == 1
            failing += 1
    assert failing >= 4


def test_my_numbers_are_weakly_labelled(built: tuple[Path, Rows]) -> None:
    """The My Numbers sit in a Word header, footer or text box as 4-4-4, or on a hidden sheet headed 番号;
    the word マイナンバー or 個人番号 is never next to them."""
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
            body = "\n".join(p.text for p in d.paragraphs)
            assert not any(w in body + head + foot + boxes for w in ("マイナンバー", "個人番号")), path
            assert not any(is_valid_my_number(n) for n in _candidates(body)), path
            for where, text in (("header", head), ("footer", foot), ("textbox", boxes)):
                if any(is_valid_my_number(n) for n in _candidates(text)):
                    places[where] += 1
                    assert re.search(r"\d{4}[ \-]\d{4}[ \-]\d{4}", text) and "番号" in text, path
        elif row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
            assert hidden and hidden[0].title == "番号" and hidden[0]["C1"].value == "番号", path
            values = [r[2] for r in hidden[0].iter_rows(min_row=2, values_only=True)]
            assert values and all(is_valid_my_number(str(v)) for v in values)
            places["hidden-int" if isinstance(values[0], int) else "hidden"] += 1
            visible = "\n".join(str(v) for ws in wb.worksheets if ws.sheet_state == "visible"
                                for r in ws.iter_rows(values_only=True) for v in r if v is not None)  # fmt: skip
            assert not any(is_valid_my_number(n) for n in _candidates(visible)), path
        else:
            pytest.fail(f"unexpected My Number carrier {path}")
    assert places["header"] >= 2 and places["footer"] >= 1 and places["textbox"] >= 2, places
    assert places["hidden"] >= 1 and places["hidden-int"] >= 1, places


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
    assert len(corp) >= 20 and all(is_valid_corporate_number(n) for n in corp)
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 150
    for p in phones:
        digits = p.replace("-", "")
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_SEP = r"[ 　・|]{1,3}"


def _persons(text: str) -> int:
    """Distinct persons named: Japanese names, and foreign names in roman letters or katakana."""
    given = _alternation([g for g, _ in MALE + FEMALE])
    surnames = _alternation([s for s, _ in SURNAMES])
    fams = [f for fs, _ in FOREIGN.values() for f in fs]
    roman = f"(?<![A-Z])(?:{_alternation([f[0] for f in fams])}){_SEP}(?:{_alternation([g for g, _ in foreign_given_names()])})(?![A-Z])"
    katakana = f"(?:{_alternation([f[1] for f in fams])}){_SEP}(?:{_alternation([k for _, k in foreign_given_names()])})"
    japanese = set(re.findall(f"(?:{surnames})[ 　|]{{0,3}}(?:{given})", text))
    return len(japanese) + max(len(set(re.findall(roman, text))), len(set(re.findall(katakana, text))))


def test_person_counts_match_the_levels(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    bulk = 0
    for row in rows:
        persons = _persons(texts[str(row["path"])])
        if row["level"] == 3 and not set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert persons > 100, (row["path"], persons)
            bulk += 1
        if row["level"] in (2, 3):
            assert persons >= 1, (row["path"], persons)
        if row["level"] == 2:
            assert persons <= 100, (row["path"], persons)
    assert bulk >= 9


def test_foreign_names_in_every_script(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Foreign residents are named in roman letters (NGUYEN VAN AN), katakana and with a 通称名, also at level 2."""
    _, rows = built
    two = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 2)
    fams = [f for fs, _ in FOREIGN.values() for f in fs]
    assert re.search(f"(?:{_alternation([f[0] for f in fams])}) [A-Z]+", two)
    assert re.search(f"(?:{_alternation([f[1] for f in fams])})・", two)
    assert "通称" in two and re.search(r"通称　\S+ \S+", two)
    gaikoku = [r for r in rows if r["family"] in ("gaikoku", "tabunka")]
    assert all(r["level"] == 1 or _persons(texts[str(r["path"])]) >= 1 for r in gaikoku)


def test_core_system_prints(built: tuple[Path, Rows]) -> None:
    """Lists printed from a core system: several pages, each with ``n / N``, the total on the last page."""
    out, rows = built
    prints: Counter[int] = Counter()
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) >= 2:
            assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), row["path"]
            assert "合計" in pages[-1]
            persons = _persons("\n".join(pages))
            if row["level"] == 3:
                assert persons > 100, row["path"]
            else:
                assert row["level"] == 1 and persons == 0, row["path"]
            prints[int(str(row["level"]))] += 1
    assert prints[3] >= 5 and prints[1] >= 1, prints


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
    assert spaced[2] >= 5 and spaced[3] >= 2, spaced


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
        elif re.search(r"^差出人: ", text, re.M) and re.search(r"^件名: RE: ", text, re.M):
            assert len(re.findall(r"^> ", text, re.M)) >= 3
            styles["mail"] += 1
        else:
            continue
        if row["level"] != 1:
            assert _persons(text) >= 1, row["path"]
    assert styles["teams"] >= 5 and styles["lineworks"] >= 2 and styles["slack"] >= 2, styles
    assert styles["arrow"] >= 1 and styles["mail"] >= 2, styles
    levels = Counter(int(str(r["level"])) for r in rows if str(r["format"]).startswith("txt"))
    assert levels[1] >= 2 and levels[2] >= 5 and levels[3] >= 3, levels


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    hidden = merged = far_right = textboxes = split_names = low_start = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.max_column >= 25
                low_start += ws.min_row >= 4  # the table starts well down the sheet (read before iterating)
                cells = {str(v) for r in ws.iter_rows(values_only=True) for v in r if v is not None}
                split_names += ({"姓", "名"} <= cells and "セイ" in cells) or any(
                    "Family" in c for c in cells
                )
        if fmt == "docx":
            textboxes += "<w:txbxContent>" in zipfile.ZipFile(path).read("word/document.xml").decode()
        if fmt == "ods":
            assert "table:table " in zipfile.ZipFile(path).read("content.xml").decode()
    assert hidden >= 8 and merged >= 15 and far_right >= 3 and textboxes >= 6, (
        hidden,
        merged,
        far_right,
        textboxes,
    )
    assert split_names >= 4 and low_start >= 3


def test_look_alikes_at_level_1(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """記入例 sample names, masked and anonymised persons, 自治会長 and 講師 in role, clinics' doctors: all level 1."""
    _, rows = built
    one = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 1)
    assert "記入例" in one and "市民 太郎" in one and "見本 花子" in one and "SAMPLE HANAKO" in one
    assert "〇〇 〇〇" in one and "Ａさん" in one and "自治会" in one and "司法書士" in one
    assert "院長" in one and "講師" in one and "契約日" in one and "サービス開始日" in one


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
