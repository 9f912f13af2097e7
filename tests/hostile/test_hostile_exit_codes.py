"""Exit codes that hid problems (issue 10, item 6).

0 clean, 1 violations (every file not inspected is an AC105), 2 usage, a root that cannot be read,
or an internal error: a crash prints one redacted line, never a traceback (unless ``--debug``), and
is never exit 1.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetclass.cli.main import main

from .build import run_py
from .conftest import Cli, run_cli, write_dist, write_plugin

TEST_PLUGINS = {"ASSETCLASS_PLUGINS": "tests.scan.testplugins"}


def _jsonl(stdout: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def _codes(line: dict[str, object]) -> list[str]:
    return [str(v["code"]) for v in line["violations"]]  # type: ignore[index, union-attr]


@pytest.mark.parametrize("command", ["scan", "check"])
def test_missing_root_is_exit_2_not_a_clean_share(cli: Cli, tmp_path: Path, command: str) -> None:
    unmounted = tmp_path / "mnt" / "share"  # the README's share example, not mounted
    proc = cli(command, unmounted, "--format", "jsonl", "--jobs", "1")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert "指定されたパスがありません" in proc.stderr.decode()
    en = cli(command, unmounted, "--lang", "en", "--jobs", "1")
    assert en.returncode == 2 and "no such file or folder" in en.stderr.decode()


def test_one_missing_root_among_good_ones_still_stops(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("hello", encoding="utf-8")
    proc = cli("check", tmp_path, tmp_path / "gone", "--jobs", "1")
    assert proc.returncode == 2


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can enter (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="assetclass-hostile-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as_nobody() -> tuple[str, ...]:
    """Run as an unprivileged user: tests run as root, who reads every file."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permission denied cannot be produced")
    # the other user runs assetclass from this checkout: every folder above it must let them through
    closed = [p for p in Path(__file__).resolve().parents if not os.stat(p).st_mode & 0o001]
    if closed:
        pytest.skip(f"the checkout is not reachable by another user ({closed[0]} is closed to others)")
    return (setpriv, "--reuid=65534", "--regid=65534", "--clear-groups")


def test_unreadable_root_is_exit_2(shared_tmp: Path) -> None:
    locked = shared_tmp / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("x", encoding="utf-8")
    locked.chmod(0o700)
    proc = run_cli("check", locked, "--jobs", "1", prefix=_as_nobody(), env={"HOME": str(shared_tmp)})
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "locked" in err and ("アクセス権" in err or "not readable" in err)


def test_file_permission_denied_is_ac105(shared_tmp: Path) -> None:
    (shared_tmp / "open.txt").write_text("会議のお知らせ", encoding="utf-8")
    secret = shared_tmp / "secret.txt"
    secret.write_text("個人番号 123456789018", encoding="utf-8")
    secret.chmod(0o600)
    proc = run_cli(
        "check", shared_tmp, "--format", "jsonl", "--jobs", "1",
        prefix=_as_nobody(), env={"HOME": str(shared_tmp)},
    )  # fmt: skip
    lines = {Path(str(d["path"])).name: d for d in _jsonl(proc.stdout)}
    assert lines["secret.txt"]["status"] == "error"
    assert "AC105" in _codes(lines["secret.txt"])
    assert proc.returncode == 1, proc.stderr.decode()


def test_permission_denied_in_process_is_ac105(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same without another user: an os.open() that raises PermissionError for one file."""
    secret = tmp_path / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    real_open = os.open

    def guarded(file: object, *args: object, **kwargs: object) -> int:
        if os.fspath(file) == str(secret):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", str(secret))
        return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded)
    code = main(["check", str(tmp_path), "--jobs", "1", "--format", "jsonl"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert lines[0]["status"] == "error" and "AC105" in _codes(lines[0])


def test_dead_worker_and_timeout_are_ac105(cli: Cli, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "crash.die").write_text("x", encoding="utf-8")
    (share / "stuck.hang").write_text("x", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text("[scan.limits]\nseconds_per_file = 2.0\n", encoding="utf-8")
    proc = cli("check", share, "--jobs", "2", "--format", "jsonl", "--policy", policy, env=TEST_PLUGINS)
    lines = {Path(str(d["path"])).name: d for d in _jsonl(proc.stdout)}
    assert set(lines) == {"crash.die", "stuck.hang"}
    for name in ("crash.die", "stuck.hang"):
        assert lines[name]["status"] == "error" and "AC105" in _codes(lines[name]), lines[name]
    assert proc.returncode == 1


def test_in_process_timeout_is_ac105(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "slow.slow").write_text("x", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text("[scan.limits]\nseconds_per_file = 1.0\n", encoding="utf-8")
    env = {**TEST_PLUGINS, "ASSETCLASS_TEST_SLOW": "30"}
    proc = cli(
        "check", tmp_path / "slow.slow", "--jobs", "1", "--format", "jsonl", "--policy", policy, env=env
    )
    (line,) = _jsonl(proc.stdout)
    assert line["status"] == "error" and "AC105" in _codes(line)
    assert proc.returncode == 1


CRASHING_REPORTER = """
from assetclass.hookspecs import hookimpl


class Boom:
    name = "boom"
    extension = ".txt"

    def open(self, stream, options):
        return self

    def add(self, result):
        raise RuntimeError("reporter broke on 123456789018 山田太郎")

    def close(self):
        pass


@hookimpl
def assetclass_register_reporters():
    return [Boom()]
"""


def test_crash_is_exit_2_with_one_redacted_line(cli: Cli, tmp_path: Path) -> None:
    plugins = write_plugin(tmp_path / "plugins", "boom_reporter", CRASHING_REPORTER)
    write_dist(plugins, "boom-dist", {"boom": "boom_reporter"})
    (tmp_path / "a.txt").write_text("hello", encoding="utf-8")
    env: dict[str, str] = {}
    proc = cli(
        "check", tmp_path / "a.txt", "--format", "boom", "--jobs", "1", env=env, plugin_dirs=(plugins,)
    )
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "RuntimeError" in err and "123456789018" not in err and "山田" not in err
    debug = cli(
        "--debug", "check", tmp_path / "a.txt", "--format", "boom", "--jobs", "1",
        env=env, plugin_dirs=(plugins,),
    )  # fmt: skip
    assert debug.returncode == 2 and "Traceback" in debug.stderr.decode()


def test_the_time_limit_holds_in_the_api_and_the_mail_gate(tmp_path: Path) -> None:
    """Pure-Python reading outside the worker pool (the API, the mail gate, explain, stamp) stops at
    seconds_per_file too: a SIGALRM in the main thread, turned into an error result and AC105."""
    stuck = tmp_path / "stuck.hang"
    stuck.write_text("x", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text("[scan.limits]\nseconds_per_file = 1.0\n", encoding="utf-8")
    code = (
        "import sys, time, assetclass\n"
        "from tests.scan import testplugins\n"
        "from assetclass.integrations.mail import check_message\n"
        "engine = assetclass.Engine(config=assetclass.load_config(sys.argv[2]), extra_plugins=[testplugins])\n"
        "t = time.monotonic()\n"
        "r = assetclass.scan_path(sys.argv[1], engine=engine)\n"
        "print(r.status, round(time.monotonic() - t), *[v.code for v in r.violations])\n"
        "mail = (b'MIME-Version: 1.0\\nContent-Type: multipart/mixed; boundary=B\\n\\n--B\\n'\n"
        "        b'Content-Type: application/octet-stream\\n'\n"
        "        b'Content-Disposition: attachment; filename=a.hang\\n\\nx\\n--B--\\n')\n"
        "t = time.monotonic()\n"
        "v = check_message(mail, engine=engine)\n"
        "print(v.allowed, round(time.monotonic() - t))\n"
    )
    proc = run_py(code, str(stuck), str(policy), timeout=60)
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 2, proc.stderr[-600:]
    assert lines[0].split()[:2] == ["error", "1"] and "AC105" in lines[0].split()
    assert lines[1].split() == ["False", "1"]  # the mail is held, after one second
