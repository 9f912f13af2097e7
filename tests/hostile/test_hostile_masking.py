"""Personal data in locators and evidence (issue 10, item 15), held by a property-based test.

The masking rule (docs/security.md, "Masking"): of a number at most the first min(4, n/3) digits;
of a name at most its first character, and nothing of a one-character surname; of an address at
most the prefecture and municipality. Sheet names such as 「山田太郎様」 or a 12-digit number are
masked in locators too. Every output format and the SQLite store are held to it.
"""

from __future__ import annotations

import io
import re
import sqlite3
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assetclass import scan_bytes, scan_path
from assetclass.engine import Engine
from assetclass.hookspecs import hookimpl
from assetclass.interfaces import ReportOptions
from assetclass.model import FileResult, Finding

from .conftest import Cli

SURNAMES = ["林", "森", "堀", "関", "山田", "佐藤", "鈴木", "高橋", "渡辺", "小林", "長谷川"]
GIVEN = ["太郎", "舞", "翔", "美咲", "健一", "陽菜", "一郎", "さくら"]
TOWNS = ["芝", "本町", "栄町", "只越町", "中央"]
CITIES = ["", "港区", "東京都港区", "釜石市", "岩手県釜石市"]
FORMATS = ("text", "json", "jsonl", "csv", "sarif", "html")
# content hashes, HTML colours, and the store's path keys (X'2F7368…': the file's path, hex-encoded,
# which the masking rule does not cover; a number like 497736860000 matched "/share"'s hex)
_NOT_DATA = re.compile(r"[0-9a-f]{64}|#[0-9a-fA-F]{6}\b|X'[0-9A-F]*'")

ENGINE = Engine(outside_plugins=False)


def _xlsx(sheet_title: str, number_title: str, name: str, address: str, number: str) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title
    ws.append(["氏名", "住所", "個人番号", "電話番号"])
    ws.append([name, address, number, "090-1234-5678"])
    ws.append(["鈴木 一郎", "岩手県釜石市只越町1-1", "123456789018", "03-1234-5678"])
    other = wb.create_sheet(number_title)
    other.append(["備考"])
    other.append([f"{name}様の件"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _outputs(result: FileResult) -> dict[str, str]:
    """Every report format's text and the results store's content for one result."""
    from assetclass.scan.store import ResultStore

    out: dict[str, str] = {}
    for fmt in FORMATS:
        stream = io.StringIO()
        writer = ENGINE.reporters[fmt].open(
            stream, ReportOptions(lang="ja", config=ENGINE.config, rules=tuple(r.rule for r in ENGINE.rules))
        )
        writer.add(result)
        writer.close()
        out[fmt] = stream.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "results.db"
        store = ResultStore(db)
        store.begin(["/share"], {}, "cfg")
        store.add(b"/share/book.xlsx", result, 1, 1, reused=False)
        store.finish()
        store.close()
        with sqlite3.connect(db) as conn:
            out["store"] = "\n".join(conn.iterdump())
    return out


def assert_masked(
    text: str, where: str, name: tuple[str, str], address: tuple[str, str], number: str
) -> None:
    surname, given_name = name
    _city, rest = address
    text = _NOT_DATA.sub("", text)  # hex that is not personal data
    assert given_name not in text, where
    assert surname not in text, where  # never a whole surname: 山田 → 山*, 林 → *
    assert rest not in text, where  # of an address at most the prefecture and municipality
    for i in range(len(number) - 4):  # at most 4 leading digits of a 12-digit number
        assert number[i : i + 5] not in text, (where, number[i : i + 5])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    surname=st.sampled_from(SURNAMES),
    given_name=st.sampled_from(GIVEN),
    city=st.sampled_from(CITIES),
    town=st.sampled_from(TOWNS),
    block=st.lists(st.integers(1, 30), min_size=2, max_size=3).map(lambda xs: "-".join(map(str, xs))),
    number=st.integers(10**11, 10**12 - 1).map(str),
    spaced=st.booleans(),
)
@example(surname="林", given_name="太郎", city="", town="芝", block="1-1", number="497736860000", spaced=True)
def test_every_output_and_the_store_hold_the_masking_rule(
    surname: str, given_name: str, city: str, town: str, block: str, number: str, spaced: bool
) -> None:
    name = f"{surname} {given_name}" if spaced else f"{surname}{given_name}"
    address = f"{city}{town}{block}"
    data = _xlsx(f"{surname}{given_name}様", number, name, address, number)
    result = scan_bytes(data, "book.xlsx", engine=ENGINE)
    assert result.status == "ok"
    for where, text in _outputs(result).items():
        assert_masked(text, where, (surname, given_name), (city, f"{town}{block}"), number)


def test_locators_reasons_and_store_of_a_sheet_named_after_a_person(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(_xlsx("山田太郎様", "987654321098", "林 舞", "港区芝1-2", "987654321098"))
    result = scan_path(path, engine=ENGINE)
    locators = [f.locator for f in result.findings] + [w for r in result.reasons for w in r.where]
    assert locators and any(loc.startswith("山***様!") for loc in locators)
    assert not any("山田" in loc or "987654321098" in loc for loc in locators)
    db = tmp_path / "results.db"
    for args in (("scan", path, "--db", db, "--jobs", "1"), ("explain", path), ("check", path)):
        proc = cli(*args)
        assert proc.returncode in (0, 1), proc.stderr.decode()
        assert_masked(proc.stdout.decode(), str(args[0]), ("林", "舞"), ("港区", "芝1-2"), "987654321098")
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert_masked(dump, "store", ("林", "舞"), ("港区", "芝1-2"), "987654321098")
    assert "山田太郎" not in dump


class _Leaky:
    id = "leaky"
    types = ("leaky_number",)

    def detect(self, document: object, context: object) -> list[Finding]:
        return [
            Finding("leaky_number", 0.9, "line 1", "123456789018", record="r1"),
            Finding("name", 0.9, "line 1", "林 舞", record="r1"),
            Finding("address", 0.9, "line 1", "本町2-3-4", record="r1"),
        ]


class _LeakyPlugin:
    @hookimpl
    def assetclass_register_detectors(self) -> list[object]:
        return [_Leaky()]


def test_the_engine_masks_a_detector_that_returns_raw_values() -> None:
    engine = Engine(outside_plugins=False, extra_plugins=[_LeakyPlugin()])
    result = scan_bytes("会議のお知らせ".encode(), "memo.txt", engine=engine)
    shown = {f.type: f.evidence for f in result.findings if f.detector == "leaky"}
    assert shown == {"leaky_number": "1234********", "name": "* *", "address": "***-*-*"}
