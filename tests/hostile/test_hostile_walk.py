"""Items 5, 17 and the read side of 3: deep trees, skipped files and links are all reported."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetclass.scan.walk import WalkOptions, walk

from .build import run_cli


def _remove_tree(root: Path) -> None:
    """Bottom-up without recursion (shutil.rmtree, and so pytest's tmp cleanup, recurse)."""
    stack = [str(root)]
    order: list[str] = []
    while stack:
        folder = stack.pop()
        order.append(folder)
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                else:
                    os.unlink(entry.path)
    for folder in reversed(order):
        os.rmdir(folder)


@pytest.fixture()
def deep_root(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "deep"
    root.mkdir()
    yield root
    _remove_tree(root)


def _deep(root: Path, depth: int) -> Path:
    # os.makedirs recurses on its own too: build level by level with a relative path
    here = root
    for _ in range(depth // 50):
        chunk = os.path.join(*(["d"] * 50))
        os.makedirs(os.path.join(here, chunk))
        here = here / chunk
    return here


def test_a_tree_1500_folders_deep_is_walked_and_what_follows_is_reported(deep_root: Path) -> None:
    tmp_path = deep_root
    bottom = _deep(tmp_path / "a", 1500)
    (bottom / "deep.txt").write_text("x", encoding="utf-8")
    (tmp_path / "z.txt").write_text("after", encoding="utf-8")
    names = [Path(item.path).name for item in walk([str(tmp_path)]) if item.error is None]
    assert names == ["deep.txt", "z.txt"]


def test_cli_reports_files_after_a_deep_tree(deep_root: Path) -> None:
    tmp_path = deep_root
    bottom = _deep(tmp_path / "a", 1500)
    (bottom / "deep.txt").write_text("x", encoding="utf-8")
    (tmp_path / "z.txt").write_text("after", encoding="utf-8")
    proc = run_cli("scan", "--jobs", "1", "--format", "jsonl", str(tmp_path))
    assert proc.returncode in (0, 1), proc.stderr[-300:]
    names = sorted(Path(json.loads(x)["path"]).name for x in proc.stdout.decode().splitlines())
    assert names == ["deep.txt", "z.txt"]


def _lines(proc: object) -> dict[str, dict[str, object]]:
    out = proc.stdout.decode()  # type: ignore[attr-defined]
    return {Path(json.loads(x)["path"]).name: json.loads(x) for x in out.splitlines() if x.strip()}


def test_lock_files_fifos_and_links_get_a_line_of_their_own(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "~$名簿.docx").write_bytes(b"\x0cyamada" + b"\x00" * 150)
    os.mkfifo(share / "pipe.csv")
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "名簿.csv").write_text("氏名,個人番号\n", encoding="utf-8")
    (share / "into-secret").symlink_to(outside, target_is_directory=True)
    (share / "secret.csv").symlink_to(outside / "名簿.csv")
    (share / "ok.txt").write_text("hello", encoding="utf-8")
    proc = run_cli("scan", "--jobs", "1", "--format", "jsonl", str(share), timeout=60)
    lines = _lines(proc)
    assert lines["ok.txt"]["status"] == "ok"
    for name in ("pipe.csv", "into-secret", "secret.csv"):
        assert lines[name]["status"] == "skipped", lines[name]
        assert "AC105" in {v["code"] for v in lines[name]["violations"]}  # not inspected: said so
    # a lock file is listed as skipped, as what it is (no document), not as a file left uninspected
    assert lines["~$名簿.docx"]["status"] == "skipped"
    assert lines["~$名簿.docx"]["format"] == "office-lock"
    assert lines["~$名簿.docx"]["violations"] == []
    assert "名簿.csv" not in lines  # nothing was read through a link out of the tree
    followed = _lines(run_cli("scan", "--jobs", "1", "--follow-symlinks", "--format", "jsonl", str(share)))
    assert followed["secret.csv"]["status"] == "ok"


def test_walk_never_reads_through_links_by_default(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text("x", encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "l").symlink_to(outside, target_is_directory=True)
    items = list(walk([str(tree)], WalkOptions()))
    assert [(Path(i.path).name, i.skipped is not None) for i in items] == [("l", True)]
