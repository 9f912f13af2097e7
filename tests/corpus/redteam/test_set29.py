"""The twenty-ninth red-team set (a city hall's own staff and its council): its manifest is complete and
consistent, every file opens with its format's own library, valid My Numbers are where the truth says (and weakly
labelled: 4-4-4 in a Word header, footer or text box, or on a hidden sheet headed only 番号) and only look-alikes
failing the check where it promises none, 法人番号 are valid, the layouts it was built for are really in the files
(personnel-system prints of several pages with ``n / N``, letters whose digits are set apart, chat and mail
exports, hidden sheets, merged cells, data far right, 姓/名 and kana columns, cp932), bulk lists hold more than 100
persons, and the build is deterministic. Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.redteam.set29 import (
    FEMALE,
    MALE,
    SURNAMES,
    build,
    fail_check,
    failing_numbers,
    generate,
    grouped,
    spaced_digits,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"saiyo", "kyuyo", "jinji", "kenko", "kosei", "gikai", "seigan"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam29")
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
    assert wareki(dt.date(1973, 3, 5), "short") == "S48.3.5"
    assert wareki(dt.date(2024, 6, 28), "spaced") == "令和 6 年 6 月 28 日"
    assert spaced_digits("青葉8丁目3番地12") == "青葉 8 丁目 3 番地 12"
    assert grouped("123456789018", "-") == "1234-5678-9018"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))
    nums = failing_numbers(random.Random(1), 50, "24")
    assert len(set(nums)) == 50 and all(len(n) == 12 and n.startswith("24") for n in nums)
    assert not any(is_valid_my_number(n) for n in nums)


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 106
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    n = len(rows)
    assert (
        0.36 <= levels[1] / n <= 0.42 and 0.28 <= levels[2] / n <= 0.34 and 0.27 <= levels[3] / n <= 0.32
    ), levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam29"
        assert row["placement"] == "body"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        assert row["types"] == sorted(types)
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if row["level"] == 3 and not types & SENSITIVE:
            assert "name" in types and types & IDENTIFYING, row  # a bulk list


def test_every_family_has_all_levels(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, Counter[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    assert len(seen) == 7
    for family, levels in seen.items():
        assert set(levels) == {1, 2, 3}, family
        assert sum(levels.values()) >= 13 and min(levels.values()) >= 4, (family, levels)


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
    failing = with_number = 0
    for row in rows:
        text = texts[str(row["path"])]
        valid = {n for n in _candidates(text) if is_valid_my_number(n)}
        if "my_number" in row["types"]:  # type: ignore[operator]
            assert valid and row["level"] == 3, row["path"]
            with_number += 1
        else:
            assert not valid, row["path"]
        if "failing the check digit" in str(row.get("note", "")):
            strict = re.findall(r"(?<!\d)\d{12}(?!\d)", text)
            assert len(strict) >= 20 and not any(is_valid_my_number(n) for n in strict), row["path"]
            assert row["level"] == 1
            failing += 1
    assert failing >= 3 and with_number >= 4


def test_my_numbers_are_weakly_labelled(built: tuple[Path, Rows]) -> None:
    """The My Numbers sit in a Word header, footer or text box as 4-4-4, or on a hidden sheet headed 番号."""
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
            xml = zipfile.ZipFile(path).read("word/document.xml").decode()
            boxes = " ".join(re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", xml))
            body = "\n".join(p.text for p in d.paragraphs)
            assert "マイナンバー" not in body + head + foot + boxes
            assert "個人番号" not in body + head + foot + boxes
            for where, text in (("header", head), ("footer", foot), ("textbox", boxes)):
                if any(is_valid_my_number(n) for n in _candidates(text)):
                    places[where] += 1
                    assert re.search(r"番号[^\d]{0,8}\d{4}[ \-]\d{4}[ \-]\d{4}", text), path
        elif row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
            assert [ws.title for ws in hidden] == ["番号"], path
            values = list(hidden[0].iter_rows(values_only=True))
            assert values[0][2] == "番号"
            assert all(is_valid_my_number(str(r[2])) for r in values[1:])
            visible = "\n".join(str(v) for ws in wb.worksheets if ws.sheet_state == "visible"
                                for r in ws.iter_rows(values_only=True) for v in r)  # fmt: skip
            assert not any(is_valid_my_number(n) for n in _candidates(visible))
            places["hidden"] += 1
        else:
            pytest.fail(f"unexpected My Number carrier {row['format']}")
    assert places == Counter({"header": 1, "footer": 1, "textbox": 1, "hidden": 1}), places


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
    assert len(corp) >= 25 and all(is_valid_corporate_number(n) for n in corp)
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 300
    for p in phones:
        digits = p.replace("-", "")
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _persons(text: str) -> int:
    given = "|".join(sorted((g for g, _ in MALE + FEMALE), key=len, reverse=True))
    surnames = "|".join(sorted((s for s, _ in SURNAMES), key=len, reverse=True))
    return len(set(re.findall(f"(?:{surnames})(?:[ 　]| \\| |,)?(?:{given})", text)))


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
    assert bulk >= 7


def test_personnel_system_prints(built: tuple[Path, Rows]) -> None:
    """Lists printed from a system: a banner with 出力日, several pages, ``n / N`` at every foot."""
    out, rows = built
    prints: Counter[int] = Counter()
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) > 1:
            assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), row["path"]
        if "出力日" not in pages[0]:
            continue
        assert len(pages) >= 3, row["path"]
        assert all("出力日" in page for page in pages)
        assert "合計" in pages[-1]
        persons = _persons("\n".join(pages))
        assert persons > 100, (row["path"], persons)
        if row["level"] == 3:
            assert re.search(r"職員番号|登録番号|会員番号|整理番号", pages[0]), row["path"]
        prints[int(str(row["level"]))] += 1
    assert prints[3] >= 6 and prints[1] >= 1, (
        prints
    )  # the level-1 print is the extension list of staff in role


def test_spaced_digits_in_pdf_letters(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    spaced: Counter[int] = Counter()
    for row in rows:
        text = texts[str(row["path"])]
        if (
            row["format"] == "pdf"
            and re.search(r"\d+ 丁目 \d+ 番", text)
            and re.search(r"令和 \d+ 年 \d+ 月 \d+ 日", text)
        ):
            assert "様" in text
            spaced[int(str(row["level"]))] += 1
    assert spaced[2] >= 3 and spaced[3] >= 2, spaced


def test_chat_and_mail_exports(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    styles: Counter[str] = Counter()
    for row in rows:
        if not str(row["format"]).startswith("txt"):
            continue
        text = texts[str(row["path"])]
        if len(re.findall(r"^\[\d\d:\d\d\] [^:\r\n]+: ", text, re.M)) >= 3:
            styles["teams"] += 1
        elif len(re.findall(r"^\d\d:\d\d\t[^\t]+\t", text, re.M)) >= 3:
            styles["lineworks"] += 1
        elif len(re.findall(r"^\S+ \S+  \[\d\d:\d\d\]\r?$", text, re.M)) >= 3:
            styles["slack"] += 1
        elif len(re.findall(r"^\S+ \S+ → \S", text, re.M)) >= 3:
            styles["arrow"] += 1
        elif re.search(r"^差出人: .+\r?\n送信日時: .+\r?\n宛先: .+\r?\n件名: ", text, re.M):
            styles["mail"] += 1
            if row["level"] == 3:
                assert "-----Original Message-----" in text
        else:
            continue
        if row["level"] > 1:
            assert _persons(text) >= 1, row["path"]
    assert styles["teams"] >= 3 and styles["lineworks"] >= 3 and styles["slack"] >= 1 and styles["arrow"] >= 1
    assert styles["mail"] >= 3, styles
    levels = Counter(int(str(r["level"])) for r in rows if str(r["format"]).startswith("txt"))
    assert levels[1] >= 3 and levels[2] >= 5 and levels[3] >= 3, levels


def test_layouts_are_in_the_files(built: tuple[Path, Rows]) -> None:
    out, rows = built
    hidden = merged = far_right = textboxes = split_names = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.max_column >= 27
                cells = {str(v) for r in ws.iter_rows(values_only=True) for v in r if v is not None}
                split_names += {"姓", "名"} <= cells and bool({"セイ", "メイ"} & cells)
        if fmt == "docx":
            textboxes += "<w:txbxContent>" in zipfile.ZipFile(path).read("word/document.xml").decode()
        if fmt == "ods":
            assert "table:table " in zipfile.ZipFile(path).read("content.xml").decode()
    assert hidden >= 7 and merged >= 15 and far_right >= 2 and textboxes >= 3 and split_names >= 2


def test_look_alikes_at_level_1(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """Eligibility birth ranges, staff in role, council members, 記入例 names and counts of arrears: all level 1."""
    _, rows = built
    one = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 1)
    assert "生まれた人" in one and "入庁" in one and "内線" in one and "議席番号" in one
    assert "記入例" in one and "見本 花子" in one and "市役 太郎" in one and "返済遅延" in one
    assert "（20歳代・男性）" in one
    named = [r for r in rows if r["level"] == 1 and "name" in r["types"]]  # type: ignore[operator]
    assert len(named) == 1 and "without address" in str(named[0]["note"])


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
