"""The separately installed example plugins of plugins/, run through the CLI; the plugin switch."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import assetclass_city_ids as city_ids  # an example plugin: `make setup` installs plugins/*
import pytest

import assetclass
from assetclass import Engine
from assetclass.cli.main import main
from assetclass.plugins import DISABLE_ENV

from ..integrations.sample_docs import MY_NUMBER, docx_bytes

BIN = Path(sys.executable).parent
make_id = city_ids.make_resident_id
RESIDENT_A = make_id("123456789")
RESIDENT_B = make_id("200000001")


def scan_jsonl(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, dict[str, object]]:
    capsys.readouterr()
    code = main(["scan", *args, "--format", "jsonl", "--jobs", "1"])
    assert code in (0, 1)
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    return {Path(str(r["path"])).name: r for r in records}


def types_of(record: dict[str, object]) -> set[str]:
    return {str(f["type"]) for f in record["findings"]}  # type: ignore[attr-defined]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_resident_ids_with_names_raise_to_level_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_csv(
        tmp_path / "宛名.csv", [["宛名番号", "氏名"], [RESIDENT_A, "山田 太郎"], [RESIDENT_B, "鈴木 花子"]]
    )
    with_plugin = scan_jsonl(capsys, str(tmp_path))["宛名.csv"]
    without = scan_jsonl(capsys, str(tmp_path), "--no-plugins")["宛名.csv"]
    assert "city_ids.resident_id" in types_of(with_plugin)
    assert "city_ids.resident_id" not in types_of(without)
    assert with_plugin["level"] == 2 and without["level"] == 1
    rules = [r["rule"] for r in with_plugin["reasons"]]  # type: ignore[attr-defined]
    assert "city_ids.resident_id_with_name" in rules
    assert RESIDENT_A not in json.dumps(with_plugin)  # masked evidence only


def test_env_switch_disables_outside_plugins(tmp_path: Path) -> None:
    write_csv(tmp_path / "宛名.csv", [["宛名番号", "氏名"], [RESIDENT_A, "山田 太郎"]])
    on = dict(os.environ)
    on.pop(DISABLE_ENV, None)
    off = dict(on, **{DISABLE_ENV: "1"})
    outputs = {}
    for key, env in (("on", on), ("off", off)):
        done = subprocess.run(
            [str(BIN / "assetclass"), "scan", str(tmp_path), "--format", "jsonl"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode in (0, 1), done.stderr
        outputs[key] = types_of(json.loads(done.stdout.splitlines()[0]))
    assert "city_ids.resident_id" in outputs["on"]
    assert "city_ids.resident_id" not in outputs["off"]
    listing = subprocess.run(
        [str(BIN / "assetclass"), "plugins"], env=off, capture_output=True, text=True, timeout=120
    )
    assert listing.returncode == 0 and "assetclass-city-ids" not in listing.stdout


@pytest.mark.parametrize(
    ("rows", "should_flag"),
    [
        ([["宛名番号", "氏名"], [RESIDENT_A, "山田 太郎"]], True),
        ([["宛名コード"], ["１２３４５６７８９２"]], True),  # full-width digits
        ([["注文番号", "品名"], [RESIDENT_A, "コピー用紙"]], False),  # valid digits, no header context
        ([["宛名番号"], ["1234567890"], ["1234567891"]], False),  # wrong check digits
        ([["宛名番号"], [MY_NUMBER]], False),  # a 12-digit My Number is not a resident ID
        ([["電話番号"], ["0193278411"]], False),
    ],
)
def test_resident_id_table_cases(rows: list[list[str]], should_flag: bool, tmp_path: Path) -> None:
    result = assetclass.scan_path(write_csv(tmp_path / "t.csv", rows))
    assert any(f.type == "city_ids.resident_id" for f in result.findings) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        (f"宛名番号：{RESIDENT_A} の方について", True),
        (f"宛名番号 {RESIDENT_A[:5]}-{RESIDENT_A[5:]}", True),
        (f"受付番号 {RESIDENT_A}", False),
        ("宛名番号 1234567890", False),
    ],
)
def test_resident_id_text_cases(text: str, should_flag: bool) -> None:
    result = assetclass.scan_bytes(text.encode(), "memo.txt")
    assert any(f.type == "city_ids.resident_id" for f in result.findings) is should_flag


def test_no_change_without_its_own_findings(tmp_path: Path) -> None:
    """Installed into the shared venv, the plugin must not change other files' results."""
    (tmp_path / "a.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}"))
    (tmp_path / "b.docx").write_bytes(docx_bytes("山田 太郎 様", "東京都千代田区千代田1-1"))
    write_csv(tmp_path / "c.csv", [["氏名", "電話番号"], ["山田 太郎", "03-1234-5678"]])
    config = assetclass.load_config(search=False)
    with_plugins = Engine(config=config, outside_plugins=True)
    builtins_only = Engine(config=config, outside_plugins=False)
    for path in sorted(tmp_path.iterdir()):
        a = assetclass.scan_path(path, engine=with_plugins)
        b = assetclass.scan_path(path, engine=builtins_only)
        assert (a.level, [r.rule for r in a.reasons], a.subjects) == (
            b.level,
            [r.rule for r in b.reasons],
            b.subjects,
        )


def test_configuration_of_the_plugin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[city_ids]\nmin_level_with_names = 3\nresident_keywords = ["住民番号"]\n', encoding="utf-8"
    )
    docs = tmp_path / "docs"
    docs.mkdir()
    write_csv(docs / "a.csv", [["住民番号", "氏名"], [RESIDENT_A, "山田 太郎"]])
    record = scan_jsonl(capsys, str(docs), "--policy", str(policy))["a.csv"]
    assert record["level"] == 3


def test_asset_register_reporter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "secret.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}"))
    (share / "labelled.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}", header="【機密性3】"))
    (share / "notice.docx").write_bytes(docx_bytes("会議のお知らせ"))
    with zipfile.ZipFile(share / "archive.zip", "w") as zf:
        zf.writestr("inner.docx", docx_bytes(f"個人番号 {MY_NUMBER}"))
    out = tmp_path / "台帳.csv"
    assert main(["scan", str(share), "--format", "asset-register", "--output", str(out), "--jobs", "1"]) in (
        0,
        1,
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    by_name = {r["資産名称"]: r for r in rows}
    assert set(by_name) == {"secret.docx", "labelled.docx", "notice.docx", "archive.zip", "inner.docx"}
    assert by_name["inner.docx"]["保存場所"] == str(share / "archive.zip")  # a member: where it is kept
    assert by_name["inner.docx"]["機密性"] == "機密性3"
    assert len({r["管理番号"] for r in rows}) == len(rows)
    secret = by_name["secret.docx"]
    assert secret["機密性"] == "機密性3" and secret["個人情報の有無"] == "有"
    assert "個人番号" in secret["個人情報の種類"] and secret["表示の状態"] == "未表示"
    assert secret["保存場所"] == str(share) and secret["取扱制限"]
    assert by_name["labelled.docx"]["表示の状態"] == "適正"
    assert by_name["notice.docx"]["個人情報の有無"] == "無" and by_name["notice.docx"]["機密性"] == "機密性1"
    assert MY_NUMBER[4:] not in raw.decode("utf-8-sig")


def _broken_plugin(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    info = site / "broken_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[assetclass]\nbroken = broken_plugin_mod\n", encoding="utf-8")
    (site / "broken_plugin_mod.py").write_text(
        'raise ImportError("needs a module that is not installed")\n', encoding="utf-8"
    )
    return site


def test_broken_plugin_is_named_and_scan_still_works(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(_broken_plugin(tmp_path)), ASSETCLASS_LANG="en")
    env.pop(DISABLE_ENV, None)
    listing = subprocess.run(
        [str(BIN / "assetclass"), "plugins"], env=env, capture_output=True, text=True, timeout=120
    )
    assert listing.returncode == 2
    assert "broken-plugin[broken]: ImportError: needs a module that is not installed" in listing.stdout
    assert "assetclass-city-ids" in listing.stdout  # the others still load
    doc = tmp_path / "a.docx"
    doc.write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}"))
    scan = subprocess.run(
        [str(BIN / "assetclass"), "scan", str(doc), "--format", "jsonl"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert scan.returncode in (0, 1)
    assert json.loads(scan.stdout.splitlines()[0])["level"] == 3
    assert "broken-plugin[broken]" in scan.stderr and "warning" in scan.stderr
    quiet = subprocess.run(
        [str(BIN / "assetclass"), "plugins", "--no-plugins"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert quiet.returncode == 0 and "broken-plugin" not in quiet.stdout + quiet.stderr


def test_staff_ids() -> None:
    found = assetclass.scan_bytes("担当: 職員番号 123456\n".encode(), "memo.txt").findings
    assert [f.type for f in found if f.type.startswith("city_ids.")] == ["city_ids.staff_id"]
    assert not any(
        f.type.startswith("city_ids.")
        for f in assetclass.scan_bytes("内線 123456\n".encode(), "memo.txt").findings
    )
