"""`assetclass explain FILE`: what was found where (masked), why this level, which labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus.factory.numbers import my_number_from as _my_number

from assetclass.cli.main import main


@pytest.fixture()
def register(tmp_path: Path) -> tuple[Path, list[str]]:
    numbers = [_my_number(f"4321098765{i}") for i in range(4)]
    rows = ["氏名,個人番号"] + [f"佐藤 花子{i},{n}" for i, n in enumerate(numbers)]
    path = tmp_path / "【機密性2】番号一覧.csv"
    path.write_text("\n".join(rows), encoding="utf-8-sig")
    return path, numbers


def test_explain_masks_and_locates(
    register: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, numbers = register
    code = main(["explain", str(path)])
    out = capsys.readouterr().out
    assert code == 1  # the file name says 機密性2, the content needs 3 → a violation
    assert "必要な機密性: 機密性3" in out
    assert "ラベル: 機密性2" in out
    assert "個人番号" in out and "（2-5 行 2 列）" in out  # the column, grouped
    assert "AC102" in out
    assert not any(n in out for n in numbers), "raw My Numbers must not be printed by default"


def test_explain_show_values_and_english(
    register: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, numbers = register
    main(["explain", str(path), "--show-values", "--lang", "en"])
    out = capsys.readouterr().out
    assert "required level: 3" in out
    assert "declared label: level 2" in out
    assert numbers[0] in out


def test_explain_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["explain", str(tmp_path / "nope.xlsx")]) == 2
