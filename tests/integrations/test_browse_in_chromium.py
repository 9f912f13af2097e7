"""``assetclass browse``: Datasette over the results store, its canned queries checked in Chromium,
and no raw personal data anywhere in the store it serves."""

from __future__ import annotations

import importlib.util
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assetclass.cli.main import main
from assetclass.testing import my_number_check_digit

CHROMIUM = "/usr/bin/chromium"
BASE = "40213579864"
NUMBER = BASE + str(my_number_check_digit(BASE))
NAME = "山田 太郎"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("datasette") is None, reason="datasette is not installed"),
]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    (share / "福祉課").mkdir(parents=True)
    (share / "総務課").mkdir()
    (share / "福祉課" / "名簿.txt").write_text(f"{NAME} 様 個人番号 {NUMBER}\n", encoding="utf-8")
    (share / "総務課" / "お知らせ.txt").write_text("説明会は4月10日に開催します。\n", encoding="utf-8")
    db = tmp_path / "scans.sqlite"
    args = ["scan", str(share), "--jobs", "1", "--db", str(db), "--no-progress", "-f", "jsonl"]
    main([*args, "-o", str(tmp_path / "1.jsonl"), "--show-values"])  # values asked for: still not stored
    (share / "総務課" / "議事録.txt").write_text("議事録\n", encoding="utf-8")
    main([*args, "-o", str(tmp_path / "2.jsonl")])
    return db


def test_store_holds_no_raw_values(store: Path) -> None:
    raw = b"".join(p.read_bytes() for p in store.parent.glob(store.name + "*"))
    for value in (NUMBER, NAME, NAME.replace(" ", "")):
        assert value.encode("utf-8") not in raw


def _wait(url: str, proc: subprocess.Popen[bytes], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"browse exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("datasette did not start")


@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed")
def test_canned_queries_in_chromium(store: Path) -> None:
    from playwright.sync_api import sync_playwright

    from assetclass.integrations.datasette import free_port

    port = free_port()
    cmd = [sys.executable, "-m", "assetclass.cli.main", "browse", "--db", str(store), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/", proc)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page()
                page.goto(f"{base}/scans/unlabelled_level3")
                assert "機密性3" in page.locator("h1").inner_text()
                rows = page.locator("table.rows-and-columns tbody tr")
                assert rows.count() == 1
                cells = rows.first.inner_text()
                assert "名簿.txt" in cells and "福祉課" in cells and "my_number" in cells
                assert NUMBER not in page.content()

                page.goto(f"{base}/scans/per_department")
                table = page.locator("table.rows-and-columns tbody tr")
                depts = {
                    table.nth(i).locator("td").first.inner_text(): table.nth(i) for i in range(table.count())
                }
                assert set(depts) == {"福祉課", "総務課"}
                welfare = depts["福祉課"].locator("td").all_inner_texts()
                assert welfare[1:3] == ["1", "1"]  # one file, one of it 機密性3
                assert depts["総務課"].locator("td").all_inner_texts()[1] == "2"

                page.goto(f"{base}/scans/changes")
                changes = page.locator("table.rows-and-columns tbody tr")
                assert changes.count() == 1
                assert "new" in changes.first.inner_text() and "議事録.txt" in changes.first.inner_text()

                # immutable: the store cannot be written through the page
                page.goto(f"{base}/scans")
                assert "走査結果" in page.content()
            finally:
                browser.close()
    finally:
        proc.send_signal(signal.SIGTERM)  # browse stops its datasette server on SIGTERM
        proc.wait(timeout=20)
    time.sleep(0.5)
    with pytest.raises(OSError):
        urllib.request.urlopen(base + "/", timeout=2)


def test_browse_refuses_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["browse", "--db", str(tmp_path / "none.sqlite"), "--lang", "en"]) == 2
    assert "no results store" in capsys.readouterr().err
