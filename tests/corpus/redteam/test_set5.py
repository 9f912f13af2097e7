"""The fifth red-team set (a city's share beyond residents' data): its manifest fits corpus.eval.evaluate,
every file opens with its format's own library, the build is deterministic, and the check-digit
helpers agree with hand-computed numbers. Scores are not tested here: the set is blind, scored once
by the lead."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pypdfium2
import pytest
from corpus.redteam.set5 import (
    FEMALE,
    MALE,
    SURNAMES,
    build,
    corporate_check_digit,
    generate,
    katakana,
    lg_code,
    my_number_check_digit,
    romaji,
    stem,
)

KNOWN_TYPES = {"my_number", "corporate_number", "address", "birth_date", "arrears", "name", "phone", "health",
               "gender", "relationship"}  # fmt: skip
FORMATS = {"xlsx", "csv", "csv-cp932", "docx", "pdf", "txt", "txt-cp932"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    out = tmp_path_factory.mktemp("redteam5")
    generate(out)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


# --- check digits, against numbers computed by hand ------------------------------------------------
def test_corporate_check_digit_matches_hand_computed_numbers() -> None:
    # 国税庁 7000012050002: base 000012050002, weights 1,2,1,2… from the right → 2+5+2+2 = 11; 9 − 11 mod 9 = 7
    assert corporate_check_digit("000012050002") == 7
    # 1180301018771: 1+14+7+16+1+0+1+0+3+0+8+2 = 53; 9 − 53 mod 9 = 1
    assert corporate_check_digit("180301018771") == 1
    # base 000000000001: P1 = 1 (weight 1) → 9 − 1 = 8; base 000000000010: P2 = 1 (weight 2) → 7
    assert corporate_check_digit("000000000001") == 8
    assert corporate_check_digit("000000000010") == 7
    assert corporate_check_digit("000000000000") == 9


def test_my_number_check_digit_matches_hand_computed_numbers() -> None:
    # 12345678901|8: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 212 mod 11 = 3 → 8
    assert my_number_check_digit("12345678901") == 8
    # all zeros → r = 0 → 0; 00000000001 → P1 = 1, Q1 = 2 → r = 2 → 9
    assert my_number_check_digit("00000000000") == 0
    assert my_number_check_digit("00000000001") == 9
    # 00000000010 → P2 = 1, Q2 = 3 → 8; P7 = 1 (7th from the right), Q7 = 2 → 9
    assert my_number_check_digit("00000000010") == 8
    assert my_number_check_digit("00001000000") == 9


def test_local_government_code_and_text_helpers() -> None:
    assert lg_code("21202") == "212024"  # 大垣市
    assert lg_code("09208") == "092088"  # 小山市
    assert katakana("おおがき ちょう") == "オオガキ チョウ"
    assert romaji("しょうにか") == "shounika"  # kana by kana, long vowels kept
    assert romaji("はっとり") == "hattori"
    assert stem("八幡町", "やわたちょう") == ("八幡", "やわた")
    assert stem("高砂町", "たかさごちょう") == ("高砂", "たかさご")
    assert stem("室町", "むろまち") == ("室町", "むろまち")


def test_corporate_numbers_in_the_set_validate(built: tuple[Path, list[dict[str, object]]]) -> None:
    out, rows = built
    numbers: list[str] = []
    for row in rows:
        if "corporate_number" in row["types"] and row["format"] == "xlsx":  # type: ignore[operator]
            wb = openpyxl.load_workbook(out / str(row["path"]), read_only=True)
            for ws in wb.worksheets:
                values = [v for r in ws.iter_rows(values_only=True) for v in r]
                numbers += [v for v in values if isinstance(v, str) and v.isdigit() and len(v) == 13]
    assert numbers
    assert all(int(n[0]) == corporate_check_digit(n[1:]) for n in numbers)


# --- the manifest ------------------------------------------------------------------------------------
def test_manifest_has_the_evaluation_shape(built: tuple[Path, list[dict[str, object]]]) -> None:
    out, rows = built
    assert 90 <= len(rows) <= 130
    levels = Counter(int(str(r["level"])) for r in rows)
    assert set(levels) == {1, 2, 3}
    assert 0.4 <= levels[1] / len(rows) <= 0.6  # about half are the over-classification traps
    assert {str(r["format"]) for r in rows} == FORMATS
    for row in rows:
        assert {"path", "family", "format", "level", "types", "variant"} <= row.keys()
        assert (out / str(row["path"])).is_file()
        types = set(row["types"])  # type: ignore[call-overload]
        assert types <= KNOWN_TYPES, row
        personal = types - {"corporate_number"}
        if row["level"] == 1:
            assert not personal, row  # a public document holds no private person's data
        else:
            assert "name" in personal and personal & {"address", "birth_date", "phone"}, row
    paths = [r["path"] for r in rows]
    assert len(paths) == len(set(paths))


def test_every_family_has_several_documents(built: tuple[Path, list[dict[str, object]]]) -> None:
    _, rows = built
    families = Counter(str(r["family"]) for r in rows)
    assert min(families.values()) >= 5
    public = {str(r["family"]) for r in rows if r["level"] == 1}
    assert public == {"facility_list", "licence_register", "org_list", "public_prose", "statistics"}


# --- the files open with each format's library -------------------------------------------------------
def _text_of(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            "\t".join("" if v is None else str(v) for v in r)
            for ws in wb.worksheets
            for r in ws.iter_rows(values_only=True)
        )
    if fmt == "docx":
        d = docx.Document(str(path))
        cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if fmt == "pdf":
        pdf = pypdfium2.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    raw = path.read_bytes()
    if fmt.endswith("cp932"):
        text = raw.decode("cp932")  # strict: the file really is CP932
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    else:
        assert raw.startswith(b"\xef\xbb\xbf") == (fmt == "csv")  # Excel's "CSV UTF-8" has a BOM
        text = raw.decode("utf-8-sig")
    if fmt.startswith("csv"):
        parsed = list(csv.reader(io.StringIO(text)))
        assert len(parsed) >= 3 and max(len(r) for r in parsed) >= 2
    return text


def test_every_file_opens_and_holds_text(built: tuple[Path, list[dict[str, object]]]) -> None:
    out, rows = built
    for row in rows:
        text = _text_of(out / str(row["path"]), str(row["format"]))
        assert len(text.strip()) > 40, row["path"]
        assert "?" not in text or row["format"] not in ("csv-cp932", "txt-cp932"), row["path"]  # nothing lost


def test_level_3_files_hold_sensitive_data_or_more_than_100_persons(
    built: tuple[Path, list[dict[str, object]]],
) -> None:
    out, rows = built
    given = "|".join(g for g, _ in MALE + FEMALE)
    full_name = re.compile(f"(?:{'|'.join(s for s, _ in SURNAMES)})[ 　]?(?:{given})")
    for row in rows:
        persons = len(set(full_name.findall(_text_of(out / str(row["path"]), str(row["format"])))))
        sensitive = set(row["types"]) & {"my_number", "health", "arrears"}  # type: ignore[call-overload]
        if row["level"] == 3 and not sensitive:
            assert persons > 100, (row["path"], persons)
        if row["level"] == 2:
            assert 1 <= persons <= 100, (row["path"], persons)


def test_bulk_lists_hold_their_persons(built: tuple[Path, list[dict[str, object]]]) -> None:
    """The boundary files around bulk_subjects hold exactly 100 and 101 persons (header + rows)."""
    out, rows = built
    sizes = []
    for row in rows:
        note = str(row.get("note", ""))
        if row["format"] == "xlsx" and ("exactly 100" in note or "101 distinct" in note):
            ws = openpyxl.load_workbook(out / str(row["path"])).worksheets[0]
            sizes.append((int(str(row["level"])), ws.max_row - 1))
    assert sorted(sizes) == [(2, 100), (3, 101)]


def test_build_is_deterministic(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "files").iterdir())}

    generate(tmp_path / "a")
    generate(tmp_path / "b")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert (tmp_path / "a" / "manifest.jsonl").read_bytes() == (
        tmp_path / "b" / "manifest.jsonl"
    ).read_bytes()
    # another seed draws other names and places, but the truth of the set does not depend on the draw
    seven, eight = build(random.Random(7)), build(random.Random(8))
    assert Counter((d.family, d.level) for d in seven) == Counter((d.family, d.level) for d in eight)
    assert [d.spec for d in seven] != [d.spec for d in eight]
