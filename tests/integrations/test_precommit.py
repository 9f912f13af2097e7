"""The pre-commit hook (.pre-commit-hooks.yaml) run by the real pre-commit tool in temporary git repos."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .sample_docs import MY_NUMBER, docx_bytes

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def git(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run(["git", "-c", "user.email=test@example.invalid", "-c", "user.name=test", *args], cwd, env)


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-cache")
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = "test"
    env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = "test@example.invalid"
    return env


def document_repo(tmp_path: Path, env: dict[str, str]) -> Path:
    docs = tmp_path / "documents"
    docs.mkdir()
    assert git(docs, env, "init", "-q").returncode == 0
    (docs / "labelled.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}", header="【機密性3】"))
    (docs / "secret.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}"))
    (docs / "notes.md").write_text(f"個人番号 {MY_NUMBER}\n", encoding="utf-8")  # not a document type
    return docs


def test_hook_definition() -> None:
    hooks = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "assetclass-check"
    assert hook["entry"] == "assetclass check"
    assert hook["language"] == "python"
    import re

    pattern = re.compile(hook["files"])
    for name in ("a.docx", "B.XLSX", "c.pdf", "d.csv", "e.txt", "f.pptx", "g.xls"):
        assert pattern.search(name), name
    for name in ("a.md", "b.py", "docx", "c.png"):
        assert not pattern.search(name), name


def test_commit_is_blocked_by_the_hook_file_as_a_local_hook(tmp_path: Path) -> None:
    """The hook as declared (files pattern, entry) without installing: `language: system`."""
    env = environment(tmp_path)
    docs = document_repo(tmp_path, env)
    (hook,) = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    local = {**hook, "language": "system", "entry": f"{BIN / 'assetclass'} check"}
    local.pop("minimum_pre_commit_version", None)
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (docs / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump(config, allow_unicode=True), encoding="utf-8"
    )
    assert run([str(BIN / "pre-commit"), "install"], docs, env).returncode == 0
    git(docs, env, "add", ".pre-commit-config.yaml", "labelled.docx", "secret.docx", "notes.md")
    blocked = git(docs, env, "commit", "-qm", "add documents")
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr
    assert "secret.docx" in output and "AC101" in output
    assert "notes.md" not in output  # not a document: not checked
    assert MY_NUMBER[4:] not in output  # the hook's output holds no raw value
    git(docs, env, "rm", "-q", "--cached", "secret.docx")
    done = git(docs, env, "commit", "-qm", "add labelled documents")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "labelled.docx" in git(docs, env, "ls-files").stdout


@pytest.mark.slow
def test_try_repo_installs_and_runs_the_hook(tmp_path: Path) -> None:
    """`pre-commit try-repo` against a git repository holding this project: a real install."""
    env = environment(tmp_path)
    hook_repo = tmp_path / "assetclass-repo"
    hook_repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(REPO / name, hook_repo / name)
    shutil.copytree(
        REPO / "src", hook_repo / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    git(hook_repo, env, "init", "-q")
    git(hook_repo, env, "add", "-A")
    assert git(hook_repo, env, "commit", "-qm", "assetclass").returncode == 0
    docs = document_repo(tmp_path, env)
    git(docs, env, "add", "labelled.docx", "secret.docx", "notes.md")
    try_repo = [str(BIN / "pre-commit"), "try-repo", str(hook_repo), "assetclass-check"]
    failed = run(try_repo, docs, env)
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "secret.docx" in output and "AC101" in output
    git(docs, env, "rm", "-q", "--cached", "secret.docx")
    passed = run(try_repo, docs, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
