"""Japanese output reads as Japanese: no English type ids, locators, statuses or exception text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assetclass.cli.main import main
from assetclass.policy.default_policy import TYPE_NAMES
from assetclass.terms import localize

from ..labels.label_docs import docx_bytes
from .lint_share import make_share

# every finding type id the built-ins use, as a whole word (``name`` but not ``filename``)
TYPE_IDS = re.compile(
    r"(?<![A-Za-z_])(" + "|".join(sorted(TYPE_NAMES, key=len, reverse=True)) + r")(?![A-Za-z_])"
)
ENGLISH_LOCATOR = re.compile(r"\b(paragraph|page|line|lines|header|footer|section|row|col|table|slide)\b")


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    folder = make_share(tmp_path)
    (folder / "a" / "sectioned.docx").write_bytes(
        docx_bytes(header="機密性3", body=["お知らせ"], sections=2, title_page=True)
    )
    (folder / "a" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def test_scan_text_has_no_english_type_ids(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(share), "--jobs", "1", "--no-progress"]) == 1
    out = capsys.readouterr().out
    assert "検出: " in out and "滞納情報×" in out
    assert not TYPE_IDS.search(out), TYPE_IDS.search(out)
    assert "[error]" not in out and "status=" not in out
    assert not ENGLISH_LOCATOR.search(out), ENGLISH_LOCATOR.search(out)
    assert "Error:" not in out and "[Errno" not in out
    assert main(["check", str(share), "--quiet"]) == 1
    lines = capsys.readouterr().out
    assert not TYPE_IDS.search(lines) and not ENGLISH_LOCATOR.search(lines), lines


def test_explain_reads_as_japanese(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("滞納連絡.docx", "under.docx", "numbers.csv", "broken.docx", "sectioned.docx"):
        folder = "b" if name == "滞納連絡.docx" else "a"
        main(["explain", str(share / folder / name)])
        out = capsys.readouterr().out
        assert "必要な機密性: " in out, (name, out)  # even when the file could not be read
        assert not TYPE_IDS.search(out), (name, TYPE_IDS.search(out))
        assert not ENGLISH_LOCATOR.search(out), (name, out)
        assert "status=" not in out and "[error]" not in out
        for heading in ("理由:", "検出（種類・列ごと）:", "ラベルの場所:"):
            if heading in out:  # no empty headings: a heading is followed by an indented line
                after = out.split(heading, 1)[1].splitlines()[1]
                assert after.startswith("  "), (name, heading, out)
    main(["explain", str(share / "a" / "broken.docx")])
    out = capsys.readouterr().out
    assert "必要な機密性: 判定できません" in out
    assert not re.search(r"確認できません[^\n]*確認できません", out), out


def test_explain_groups_a_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "名簿.csv"
    rows = ["氏名,住所,電話"] + [
        f"佐藤 花子{chr(0x4E00 + i)},東京都港区芝{i}-1-1,090-1234-{i:04d}" for i in range(150)
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    main(["explain", str(path)])
    out = capsys.readouterr().out
    finding_lines = out.split("検出（種類・列ごと）:", 1)[1].splitlines()
    name_lines = [line for line in finding_lines if line.strip().startswith("氏名")]
    assert len(name_lines) == 1, out
    assert "×150" in name_lines[0]


def test_directory_is_a_usage_error_in_japanese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "フォルダ" in err and "Errno" not in err


@pytest.mark.parametrize(
    ("english", "japanese"),
    [
        ("paragraph 9", "段落 9"),
        ("page 1 line 3", "1 ページ 3 行"),
        ("header (section 1, default)", "ヘッダー（セクション 1、既定）"),
        ("header (section 2, first page)", "ヘッダー（セクション 2、先頭ページ）"),
        ("table 3 (row 4, col 2)", "表 3（4 行 2 列）"),
        ("名簿!D2:D625", "名簿!D2:D625"),
        ("filename", "ファイル名"),
    ],
)
def test_locator_grammar(english: str, japanese: str) -> None:
    assert localize(english, "ja") == japanese
    assert localize(english, "en") == english


def test_jsonl_keeps_english_locators(share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(share / "b" / "滞納連絡.docx"), "--format", "jsonl"])
    out = capsys.readouterr().out
    assert '"type": "arrears"' in out and "paragraph " in out  # the JSON contract is unchanged


def test_os_errors_are_sentences_not_exception_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("お知らせ", encoding="utf-8")
    assert main(["check", str(tmp_path), "--policy", str(tmp_path)]) == 2  # a folder as the policy file
    assert main(["check", str(tmp_path), "--baseline", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("フォルダのため読み取れません") == 2, err
    assert "Errno" not in err and "IsADirectoryError" not in err
