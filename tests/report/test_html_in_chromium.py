"""The HTML report in real headless Chromium: renders, no console errors, no network, numbers agree."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetclass.cli.main import main

CHROMIUM = "/usr/bin/chromium"


#: 2026-01-02 00:00 UTC, which is 09:00 in Tokyo: the report must show local time
MTIME = 1767312000


@pytest.fixture
def tokyo() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tokyo: None
) -> tuple[Path, list[dict[str, object]]]:
    monkeypatch.setenv("ASSETCLASS_PLUGINS", "tests.scan.testplugins")
    share = tmp_path / "share"
    for i in range(12):
        folder = share / ("福祉課" if i % 3 == 0 else "総務課") / f"<sub{i % 2}>"
        folder.mkdir(parents=True, exist_ok=True)
        marker = "LEVEL3" if i % 4 == 0 else ("LEVEL2" if i % 4 == 1 else "none")
        (folder / f"f{i}&'\".txt").write_text(marker, encoding="utf-8")
    (share / "bad.zip").write_bytes(b"PK\x03\x04nope")
    os.utime(share / "福祉課" / "<sub0>" / "f0&'\".txt", (MTIME, MTIME))
    db = tmp_path / "r.db"
    args = ["scan", str(share), "--jobs", "1", "--db", str(db), "--no-progress"]
    main([*args, "--format", "jsonl", "--output", str(tmp_path / "r0.jsonl")])  # the previous scan
    (share / "福祉課" / "added.txt").write_text("LEVEL3", encoding="utf-8")
    # the report compares with the previous scan in the store; the JSONL after it has the same results
    main([*args, "--format", "html", "--output", str(tmp_path / "r.html"), "--lang", "ja"])
    main([*args, "--format", "jsonl", "--output", str(tmp_path / "r.jsonl"), "--lang", "en"])
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    return tmp_path / "r.html", lines


def test_html_is_self_contained(scanned: tuple[Path, list[dict[str, object]]]) -> None:
    page = scanned[0].read_text(encoding="utf-8")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<link" not in page and " src=" not in page
    assert "f0&amp;&#x27;&quot;.txt" in page and "&lt;sub0&gt;" in page  # paths escaped


def test_html_counts_departments_and_changes_agree(scanned: tuple[Path, list[dict[str, object]]]) -> None:
    """Each count is defined once: the cards, the department table and the changes agree with the JSONL."""
    import re

    html_path, lines = scanned
    page = html_path.read_text(encoding="utf-8")

    def card(name: str) -> int:
        found = re.search(rf'id="count-{name}">(\d+)<', page)
        assert found is not None, name
        return int(found.group(1))

    levels = Counter(d["level"] for d in lines)
    assert card("files") == len(lines)
    assert card("files") == sum(card(f"level-{n}") for n in (1, 2, 3)) + card("no-level")
    assert card("no-level") == levels[None]
    assert card("not-ok") == sum(1 for d in lines if d["status"] != "ok")
    depts = re.findall(r'<tr data-dept="([^"]+)"><td>[^<]*</td><td>(\d+)</td><td>(\d+)</td>', page)
    by_dept = {name: (int(files), int(l3)) for name, files, l3 in depts}
    assert sum(files for files, _ in by_dept.values()) == len(lines)
    welfare = [d for d in lines if "/福祉課/" in str(d["path"])]
    assert by_dept["福祉課"] == (len(welfare), sum(1 for d in welfare if d["level"] == 3))
    assert "bad.zip" not in by_dept and "（直下）" in by_dept  # a file in the root itself
    assert re.search(r'id="changes-new">新規 <b>1</b>', page)  # added.txt, nothing else
    assert re.search(r'id="changes-level">必要レベル変更 <b>0</b>', page)


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
            assert chart["機密性3"] == str(levels.get(3, 0))
            folder_bars = page.locator("#chart-folders g.bar").count()
            assert folder_bars >= 1
            # filtering by 機密性3 (as the filter writes it) leaves exactly the level-3 rows visible
            page.select_option("#level-filter", label="機密性3")
            visible = page.locator("#files tbody tr:visible")
            assert visible.count() == levels.get(3, 0) > 0
            assert {visible.nth(i).get_attribute("data-level") for i in range(visible.count())} == {"3"}
            assert set(page.locator("#files tbody tr:visible td:nth-child(4)").all_inner_texts()) == {
                "機密性3"
            }
            # a click on a row opens its drill-down: reasons, owner, local time of the last change
            assert page.locator(".drill:visible").count() == 0
            row = page.locator("#files tbody tr", has_text="f0&'\".txt")
            row.click()
            idx = row.get_attribute("data-idx")
            drill = page.locator(f"#drill-{idx}")
            assert drill.is_visible() and page.locator(".drill:visible").count() == 1
            text = drill.inner_text()
            assert "判定の理由" in text and "機密性3: テスト" in text
            assert "2026-01-02 09:00" in text  # 00:00 UTC in Asia/Tokyo
            record = next(d for d in lines if str(d["path"]).endswith("f0&'\".txt"))
            assert record["mtime"] == "2026-01-02T00:00:00Z" and str(record["owner"]) in text
            assert "福祉課" in text
            page.click("#drill-close")  # the panel closes and the page is fully visible again
            assert not page.locator("#drilldown").is_visible()
            # the review queue and the changes list open the same drill-downs
            page.locator("#changes tr", has_text="added.txt").click()
            assert page.locator(".drill:visible").count() == 1
            assert "added.txt" in page.locator(".drill:visible").inner_text()
            page.click("#drill-close")
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
