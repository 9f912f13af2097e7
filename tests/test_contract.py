"""The JSON Lines output of `assetclass scan` is a public contract: checked against its JSON schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from corpus.factory.numbers import my_number_from as _my_number

from assetclass.cli.main import main

SCHEMA = json.loads((resources.files("assetclass") / "data" / "result.schema.json").read_text("utf-8"))


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "sub").mkdir(parents=True)
    rows = ["氏名,住所,生年月日,個人番号"]
    for i in range(5):
        rows.append(
            f"山田 太郎{i},岩手県釜石市只越町3-9-{i + 1},昭和50年1月{i + 1}日,{_my_number(f'1234567890{i}')}"
        )
    (root / "名簿.csv").write_bytes("\r\n".join(rows).encode("cp932"))
    (root / "sub" / "お知らせ.txt").write_text("令和6年度の説明会は4月10日に開催します。\n", encoding="utf-8")
    (root / "sub" / "broken.xlsx").write_bytes(b"this is not a spreadsheet")
    (root / "empty.docx").write_bytes(b"")
    (root / "image.bin").write_bytes(bytes(range(256)))
    return root


def _scan_jsonl(paths: list[Path], out: Path, *extra: str) -> tuple[int, list[dict[str, object]]]:
    code = main(["scan", *map(str, paths), "--format", "jsonl", "--output", str(out), "--jobs", "1", *extra])
    lines = out.read_text(encoding="utf-8").splitlines()
    return code, [json.loads(line) for line in lines]


def test_every_file_gets_one_valid_line(share: Path, tmp_path: Path) -> None:
    code, records = _scan_jsonl([share], tmp_path / "out.jsonl")
    assert code in (0, 1)
    for record in records:
        jsonschema.validate(record, SCHEMA)
    by_name = {Path(str(r["path"])).name: r for r in records}
    assert set(by_name) == {"名簿.csv", "お知らせ.txt", "broken.xlsx", "empty.docx", "image.bin"}
    assert by_name["名簿.csv"]["status"] == "ok"
    assert by_name["名簿.csv"]["level"] == 3
    assert by_name["お知らせ.txt"]["level"] == 1
    assert by_name["broken.xlsx"]["status"] == "error"
    assert by_name["empty.docx"]["status"] == "error"
    assert by_name["image.bin"]["status"] == "unsupported"
    for name in ("broken.xlsx", "empty.docx", "image.bin"):
        assert by_name[name]["message"], f"{name} must say what is wrong"


def test_no_raw_values_without_show_values(share: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _scan_jsonl([share], out)
    text = out.read_text(encoding="utf-8")
    assert _my_number("12345678900") not in text
    assert "只越町3-9-1" not in text


def test_show_values_is_explicit(share: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _scan_jsonl([share / "名簿.csv"], out, "--show-values")
    assert _my_number("12345678900") in out.read_text(encoding="utf-8").replace(" ", "").replace("-", "")


def test_english_messages(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", str(share / "sub" / "broken.xlsx"), "--lang", "en", "--jobs", "1"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "summary (1 files)" in out
    assert "not a valid xlsx file" in out


def test_usage_error_exit_code(tmp_path: Path) -> None:
    assert main(["scan", str(tmp_path), "--format", "no-such-format", "--jobs", "1"]) == 2
    assert main(["no-such-command"]) == 2
