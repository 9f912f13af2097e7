"""The fifty-first red-team set (a city's 商工観光課: 制度融資, 創業支援, 商店街, 経営相談, プレミアム商品券, 観光ガイド and
観光協会): its manifest is complete and consistent, every file opens with its format's own library, valid My Numbers
are where the truth says (and weakly labelled: 4-4-4 in a Word header, footer or text box, or on a hidden sheet headed
番号) and only look-alikes failing the check where it promises none, 法人番号 are valid, the layouts it was built for
are really in the files (core-system prints of several pages with ``n / N``, letters whose digits are set apart,
Teams / LINE WORKS / Slack / relay chat exports and Outlook mails, hidden sheets, merged cells, data far right, 姓 and
名 in separate columns with kana, cp932), bulk lists hold more than 100 persons, and the build is deterministic.
Scores are not tested here: the set is blind, scored on first contact."""

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
from corpus.redteam.set51 import (
    CITIES,
    FEMALE,
    MALE,
    SAMPLE_NAMES,
    SURNAMES,
    build,
    fail_check,
    generate,
    grouped,
    katakana,
    spaced_digits,
    wareki,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "income"}  # fmt: skip
IDENTIFYING = {"address", "birth_date", "phone"}
SENSITIVE = {"my_number", "health", "arrears"}
FAMILIES = {"yushi", "sogyo", "shotengai", "sodan", "shohinken", "guide", "kyokai"}
Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Rows]:
    out = tmp_path_factory.mktemp("redteam51")
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


def test_helpers_and_pools() -> None:
    assert wareki(dt.date(1989, 1, 8)) == "平成元年1月8日"
    assert wareki(dt.date(1975, 10, 10), "short") == "S50.10.10"
    assert wareki(dt.date(2024, 11, 20), "spaced") == "令和 6 年 11 月 20 日"
    assert spaced_digits("明治町3丁目12番地5") == "明治町 3 丁目 12 番地 5"
    assert grouped("123456789018", "-") == "1234-5678-9018"
    assert katakana("たかなし いおきべ") == "タカナシ イオキベ"
    assert is_valid_my_number("123456789018")
    assert all(not is_valid_my_number(fail_check("123456789018", k)) for k in range(1, 10))
    pools = "".join(s + k for s, k in SURNAMES + MALE + FEMALE) + "".join(str(c) for c in CITIES)
    pools.encode("cp932")  # every name and place survives a Shift_JIS export
    assert len({s for s, _ in SURNAMES}) == len(SURNAMES) >= 50
    assert {"小鳥遊", "勘解由小路", "五百旗頭", "一尺八寸", "纐纈", "髙﨑"} <= {s for s, _ in SURNAMES}
    assert len(CITIES) >= 4 and all(any(a.endswith("*") for a in c[-1]) for c in CITIES)


def test_manifest_is_complete(built: tuple[Path, Rows]) -> None:
    out, rows = built
    assert 100 <= len(rows) <= 105
    assert sorted(p.name for p in (out / "files").iterdir()) == sorted(
        Path(str(r["path"])).name for r in rows
    )
    levels = Counter(int(str(r["level"])) for r in rows)
    n = len(rows)
    assert (
        0.37 <= levels[1] / n <= 0.42 and 0.28 <= levels[2] / n <= 0.32 and 0.28 <= levels[3] / n <= 0.31
    ), levels
    assert {str(r["family"]) for r in rows} == FAMILIES
    assert {"xlsx", "docx", "pdf", "csv", "csv-cp932", "txt", "txt-cp932", "xls", "ods", "odt", "pptx"} <= {
        str(r["format"]) for r in rows
    }
    for row in rows:
        assert row["variant"] == "redteam51" and row["placement"] == "body"
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        assert row["types"] == sorted(types), row
        if row["level"] == 1:
            assert not types & (IDENTIFYING | SENSITIVE | {"name", "income"}), row
        else:
            assert "name" in types and types & (IDENTIFYING | SENSITIVE), row
        if row["level"] == 2:
            assert not types & SENSITIVE, row
        if "note" in row:
            assert str(row["note"]).strip() and "\n" not in str(row["note"])


def test_every_family_has_all_levels(built: tuple[Path, Rows]) -> None:
    _, rows = built
    seen: dict[str, Counter[int]] = {}
    for r in rows:
        seen.setdefault(str(r["family"]), Counter())[int(str(r["level"]))] += 1
    assert all(set(levels) == {1, 2, 3} for levels in seen.values()), seen
    assert all(sum(levels.values()) >= 13 for levels in seen.values()), seen


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
    assert failing >= 3


def test_my_numbers_are_weakly_labelled(built: tuple[Path, Rows]) -> None:
    """The My Numbers sit in a Word header, footer or text box as 4-4-4 (labelled 番号, 番号確認済 or
    「○○さんの番号」), or on a hidden sheet headed only 番号; never beside マイナンバー or 個人番号."""
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
            everything = body + head + foot + boxes
            assert "マイナンバー" not in everything and "個人番号" not in everything, path
            body_numbers = _candidates(
                body + " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
            )
            assert not any(is_valid_my_number(n) for n in body_numbers), path
            for where, text in (("header", head), ("footer", foot), ("textbox", boxes)):
                if any(is_valid_my_number(n) for n in _candidates(text)):
                    places[where] += 1
                    assert re.search(r"\d{4}[ \-]\d{4}[ \-]\d{4}", text) and "番号" in text, path
        elif row["format"] == "xlsx":
            wb = openpyxl.load_workbook(path)
            hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
            assert hidden and hidden[0].title == "番号", path
            assert hidden[0].cell(1, 3).value == "番号"
            assert all(
                is_valid_my_number(str(r[2])) for r in hidden[0].iter_rows(min_row=2, values_only=True)
            )
            for ws in wb.worksheets:
                if ws.sheet_state == "visible":
                    cells = [str(v) for r in ws.iter_rows(values_only=True) for v in r if v is not None]
                    assert not any(is_valid_my_number(n) for n in _candidates(" ".join(cells)))
                    assert not any("マイナンバー" in c or "個人番号" in c for c in cells)
            places["hidden"] += 1
        else:
            raise AssertionError(f"unexpected My Number file {path}")
    assert places == Counter({"header": 1, "footer": 1, "textbox": 1, "hidden": 1}), places


def test_corporate_numbers_and_phones(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    _, rows = built
    corp = [n for r in rows if "corporate_number" in r["types"]  # type: ignore[operator]
            for n in re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])])]  # fmt: skip
    assert len(corp) >= 30 and all(is_valid_corporate_number(n) for n in corp)
    assert all(r["level"] == 1 for r in rows if "corporate_number" in r["types"])  # type: ignore[operator]
    for r in rows:
        if "corporate_number" not in r["types"]:  # type: ignore[operator]
            assert not re.findall(r"(?<!\d)\d{13}(?!\d)", texts[str(r["path"])]), r["path"]
    phones = [p for t in texts.values() for p in re.findall(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])", t)]
    assert len(phones) > 600
    for p in phones:
        digits = p.replace("-", "")
        assert len(digits) == (11 if digits[:3] in ("070", "080", "090") else 10), p


def _persons(text: str) -> int:
    """Distinct pool names in a text: 姓 名 together, or 姓 and 名 in neighbouring cells (`` | ``, comma, tab)."""
    given = "|".join(sorted((g for g, _ in MALE + FEMALE), key=len, reverse=True))
    surnames = "|".join(sorted((s for s, _ in SURNAMES), key=len, reverse=True))
    found = re.findall(f"({surnames})(?:[ 　]| \\| |,|\\t)?({given})", text)
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
            assert 1 <= persons <= 60, (row["path"], persons)
        if row["level"] == 3 and set(row["types"]) & SENSITIVE:  # type: ignore[call-overload]
            assert 1 <= persons <= 60, row["path"]
    assert bulk >= 8


def test_core_system_prints(built: tuple[Path, Rows]) -> None:
    """Lists printed from a core system: several pages, each with ``n / N``, columns set by position, an ID
    before the name, and the total on the last page. Person lists are level 3; the one level-1 print lists
    stall holders by trade name only."""
    out, rows = built
    prints = ruled = public = 0
    for row in rows:
        if row["format"] != "pdf":
            continue
        pages = _pdf_pages(out / str(row["path"]))
        if len(pages) < 2:
            continue
        assert all(f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)), row["path"]
        assert "合計" in pages[-1] and "件" in pages[-1]
        assert re.search(r"^\S*\d{3,} ", pages[0], re.M) or re.search(r"\n[A-Z]?\d{3,}", pages[0]), row[
            "path"
        ]
        if row["level"] == 1:
            assert "trade name" in str(row.get("note", "")) and _persons("\n".join(pages)) == 0
            public += 1
            continue
        assert row["level"] == 3 and _persons("\n".join(pages)) > 100, row["path"]
        assert len(pages) >= 4, row["path"]
        ruled += "-" * 40 not in pages[0]
        prints += 1
    assert prints >= 5 and 2 <= ruled < prints and public == 1


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
    assert spaced[2] >= 6 and spaced[3] >= 2, spaced


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
        elif text.startswith("差出人: ") and "-----Original Message-----" in text:
            assert re.search(r"^> \S", text, re.M)
            styles["mail"] += 1
        else:
            continue
        if row["level"] == 1:
            assert "no resident" in str(row.get("note", "")), row["path"]
        else:
            assert _persons(text) >= 1, row["path"]
    assert styles["teams"] >= 5 and styles["lineworks"] >= 3 and styles["slack"] >= 3, styles
    assert styles["arrow"] >= 2 and styles["mail"] >= 3, styles
    levels = Counter(int(str(r["level"])) for r in rows if str(r["format"]).startswith("txt"))
    assert levels[2] >= 6 and levels[3] >= 6


def test_layouts_are_in_the_files(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    out, rows = built
    hidden = merged = far_right = textboxes = split_names = 0
    for row in rows:
        path, fmt = out / str(row["path"]), str(row["format"])
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hidden += ws.sheet_state != "visible"
                merged += len(ws.merged_cells.ranges)
                far_right += ws.max_column >= 26
                header = [str(v) for r in ws.iter_rows(values_only=True) for v in r if v is not None]
                split_names += {"姓", "名", "セイ", "メイ"} <= set(header)
        if fmt == "docx":
            textboxes += "<w:txbxContent>" in zipfile.ZipFile(path).read("word/document.xml").decode()
        if fmt == "ods":
            assert "table:table " in zipfile.ZipFile(path).read("content.xml").decode()
        if fmt == "xls":
            assert "|" in texts[str(row["path"])]
    assert hidden >= 6 and merged >= 14 and far_right >= 4 and textboxes >= 5 and split_names >= 4


def test_look_alikes_at_level_1(built: tuple[Path, Rows], texts: dict[str, str]) -> None:
    """記入例 sample names, masked and anonymised persons, officers in their role, companies with 法人番号,
    trade names and published statistics: all level 1."""
    _, rows = built
    one = "\n".join(texts[str(r["path"])] for r in rows if r["level"] == 1)
    assert "記入例" in one and sum(s in one for s in SAMPLE_NAMES) >= 5
    assert "〇〇 〇〇" in one and "Ａさん" in one and "理事長" in one and "会長" in one
    assert "中小企業診断士" in one and "法人番号" in one and "入込客数" in one and "滞納" in one
    assert "開業日" in one  # dates of openings, not birth dates


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
