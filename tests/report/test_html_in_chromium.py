"""The HTML report in real headless Chromium: renders, no console errors, no network, numbers agree."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from assetclass.cli.main import main

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[dict[str, object]]]:
    monkeypatch.setenv("ASSETCLASS_PLUGINS", "tests.scan.testplugins")
    share = tmp_path / "share"
    for i in range(12):
        folder = share / ("福祉課" if i % 3 == 0 else "総務課") / f"<sub{i % 2}>"
        folder.mkdir(parents=True, exist_ok=True)
        marker = "LEVEL3" if i % 4 == 0 else ("LEVEL2" if i % 4 == 1 else "none")
        (folder / f"f{i}&'\".txt").write_text(marker, encoding="utf-8")
    (share / "bad.zip").write_bytes(b"PK\x03\x04nope")
    db = tmp_path / "r.db"
    args = ["scan", str(share), "--jobs", "1", "--db", str(db), "--no-progress", "--lang", "en"]
    main([*args, "--format", "jsonl", "--output", str(tmp_path / "r.jsonl")])
    main([*args, "--format", "html", "--output", str(tmp_path / "r.html")])  # same results (from the store)
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    return tmp_path / "r.html", lines


def test_html_is_self_contained(scanned: tuple[Path, list[dict[str, object]]]) -> None:
    page = scanned[0].read_text(encoding="utf-8")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<link" not in page and " src=" not in page
    assert "f0&amp;&#x27;&quot;.txt" in page and "&lt;sub0&gt;" in page  # paths escaped


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed")
def test_html_report_in_headless_chromium(scanned: tuple[Path, list[dict[str, object]]]) -> None:
    from playwright.sync_api import sync_playwright

    html_path, lines = scanned
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on(
                "request",
                lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None,
            )
            page.goto(html_path.as_uri())
            page.wait_for_load_state("load")
            levels = Counter(d["level"] for d in lines)
            assert page.locator("#files tbody tr").count() == len(lines)
            for n in (1, 2, 3):
                assert page.locator(f"#count-level-{n}").inner_text() == str(levels.get(n, 0))
            assert page.locator("#count-files").inner_text() == str(len(lines))
            bars = page.locator("#chart-levels g.bar")
            chart = {
                bars.nth(i).get_attribute("data-label"): bars.nth(i).get_attribute("data-value")
                for i in range(4)
            }
            assert chart["level 3"] == str(levels.get(3, 0))
            folder_bars = page.locator("#chart-folders g.bar").count()
            assert folder_bars >= 1
            # filtering by level leaves exactly the level-3 rows visible
            page.select_option("#level-filter", "3")
            assert page.locator("#files tbody tr:visible").count() == levels.get(3, 0)
            page.select_option("#level-filter", "")
            page.fill("#filter", "bad.zip")
            assert page.locator("#files tbody tr:visible").count() == 1
            page.fill("#filter", "")
            # sorting by level puts a level-3 file first on the second click (descending)
            header = page.locator("#files thead th").nth(2)
            header.click()
            header.click()
            assert page.locator("#files tbody tr").first.get_attribute("data-level") == "3"
        finally:
            browser.close()
    assert errors == []
    assert requests == []
