"""``assetclass watch``: a real watchdog observer on a temporary folder."""

from __future__ import annotations

import io
import json
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import assetclass
from assetclass import Engine
from assetclass.integrations.watch import Watcher, WatchOptions, ignored, run_watch

from .sample_docs import MY_NUMBER, docx_bytes

BIN = Path(sys.executable).parent
DEBOUNCE = 0.3


def wait_for(predicate: Callable[[], bool], timeout: float = 15.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


class Running:
    """run_watch in a thread (no signal handlers there), its output collected."""

    def __init__(self, folder: Path, **kw: object) -> None:
        self.out = io.StringIO()
        self.err = io.StringIO()
        self.options = WatchOptions(
            folder=folder, debounce=DEBOUNCE, out=self.out, err=self.err, ready=threading.Event(), **kw
        )  # type: ignore[arg-type]
        self.code: int | None = None
        engine = Engine(config=assetclass.load_config(search=False))
        self.thread = threading.Thread(target=self._run, args=(engine,), daemon=True)
        self.thread.start()
        assert self.options.ready is not None and self.options.ready.wait(15)

    def _run(self, engine: Engine) -> None:
        self.code = run_watch(engine, self.options)

    def lines(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.out.getvalue().splitlines() if line.strip()]

    def stop(self) -> int | None:
        self.options.stop.set()
        self.thread.join(10)
        return self.code


def test_ignored_names() -> None:
    for name in ("~$名簿.xlsx", "~WRL0001.tmp", "a.tmp", ".~lock.名簿.xlsx#", ".hidden.docx", "x.docx.part"):
        assert ignored(Path(name)), name
    for name in ("名簿.xlsx", "tmp.docx", "report.pdf"):
        assert not ignored(Path(name)), name


def test_arrivals_are_classified_once_quiet(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    run = Running(share)
    try:
        (share / "~$secret.docx").write_bytes(b"lock")
        (share / "upload.tmp").write_bytes(b"partial")
        (share / "gone.docx").write_bytes(docx_bytes("消えるファイル"))
        (share / "gone.docx").unlink()  # vanishes before it was quiet for the debounce time
        (share / "secret.docx").write_bytes(docx_bytes(f"個人番号 {MY_NUMBER}"))
        (share / "clean.txt").write_text("会議のお知らせ\n", encoding="utf-8")
        assert wait_for(lambda: len(run.lines()) >= 2)
        time.sleep(3 * DEBOUNCE)  # nothing else may arrive
        by_name = {Path(str(r["path"])).name: r for r in run.lines()}
        assert set(by_name) == {"secret.docx", "clean.txt"}
        assert by_name["secret.docx"]["level"] == 3 and by_name["secret.docx"]["stamped"] is False
        assert by_name["clean.txt"]["level"] == 1
        assert MY_NUMBER not in run.out.getvalue()
        # the watcher survived the vanished file and keeps watching
        (share / "later.txt").write_text("議事録\n", encoding="utf-8")
        assert wait_for(lambda: len(run.lines()) == 3)
    finally:
        assert run.stop() == 0


def test_stamp_mode_writes_the_label_once(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    run = Running(share, stamp=True)
    target = share / "通知.docx"
    try:
        target.write_bytes(docx_bytes(f"山田 太郎 様 個人番号 {MY_NUMBER}"))
        assert wait_for(lambda: len(run.lines()) >= 1)
        first = run.lines()[0]
        assert first["stamped"] is True and first["level"] == 3 and first["label"] == 3
        stamped = target.read_bytes()
        time.sleep(4 * DEBOUNCE)  # the stamp's own modify event must not start a loop
        assert len(run.lines()) == 1
        assert target.read_bytes() == stamped
        assert assetclass.scan_path(target).label == 3
        # a user saving an unlabelled version again is classified and stamped again
        target.write_bytes(docx_bytes(f"鈴木 花子 様 個人番号 {MY_NUMBER}"))
        assert wait_for(lambda: len(run.lines()) >= 2)
        time.sleep(4 * DEBOUNCE)
        assert len(run.lines()) == 2 and run.lines()[1]["stamped"] is True
    finally:
        assert run.stop() == 0


def test_file_vanishing_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    watcher = Watcher(
        Engine(config=assetclass.load_config(search=False)),
        WatchOptions(folder=tmp_path, out=io.StringIO(), err=err, lang="en"),
    )
    victim = tmp_path / "a.txt"
    victim.write_text("x\n", encoding="utf-8")
    import assetclass.integrations.watch as watch_module

    original = watch_module.read_regular

    def vanish_then_read(dir_fd: int, name: str, max_bytes: int | None = None) -> object:
        if name == victim.name:
            victim.unlink()
        return original(dir_fd, name, max_bytes)

    monkeypatch.setattr(watch_module, "read_regular", vanish_then_read)
    assert watcher.process(victim) is None
    assert "vanished" in err.getvalue()
    assert watcher.process(tmp_path / "never-existed.txt") is None


def test_timeout_and_bad_folder(tmp_path: Path) -> None:
    engine = Engine(config=assetclass.load_config(search=False))
    started = time.monotonic()
    assert run_watch(engine, WatchOptions(folder=tmp_path, timeout=0.5, out=io.StringIO())) == 0
    assert time.monotonic() - started < 5
    err = io.StringIO()
    assert run_watch(engine, WatchOptions(folder=tmp_path / "missing", err=err, lang="en")) == 2
    assert "not a folder" in err.getvalue()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_cli_watch_stops_cleanly_on_signal(tmp_path: Path, sig: signal.Signals) -> None:
    share = tmp_path / "share"
    share.mkdir()
    proc = subprocess.Popen(
        [
            str(BIN / "assetclass"),
            "watch",
            str(share),
            "--debounce",
            "0.2",
            "--format",
            "text",
            "--lang",
            "en",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or []], daemon=True)
    reader.start()
    try:
        got: list[str] = []
        written = [0.0]

        def arrived() -> bool:
            # rewrite now and then until the observer (started after the engine loads) sees it;
            # not more often than that, or the file is never quiet for the debounce time
            if not got and time.monotonic() - written[0] > 2.0:
                (share / "memo.txt").write_text(f"個人番号 {MY_NUMBER}\n", encoding="utf-8")
                written[0] = time.monotonic()
            while not lines.empty():
                got.append(lines.get())
            return bool(got)

        assert wait_for(arrived, timeout=30)
        assert "memo.txt" in got[0] and "level 3" in got[0]
    finally:
        proc.send_signal(sig)
        code = proc.wait(timeout=15)
        reader.join(5)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert code == 0


def test_cli_bounded_run_over_existing_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"個人番号 {MY_NUMBER}\n", encoding="utf-8")
    (tmp_path / "~$a.docx").write_bytes(b"lock")
    done = subprocess.run(
        [
            str(BIN / "assetclass"),
            "watch",
            str(tmp_path),
            "--existing",
            "--max-events",
            "1",
            "--timeout",
            "60",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert Path(record["path"]).name == "a.txt" and record["level"] == 3
