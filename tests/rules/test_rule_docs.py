"""Every rule has a page docs/rules/<CODE>.md with the four sections (ruff style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetclass.engine import Engine
from assetclass.rules.builtin import RULES

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"
SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## How to fix")


@pytest.mark.parametrize("code", [r.rule.code for r in RULES])
def test_rule_page_has_every_section(code: str) -> None:
    page = DOCS / f"{code}.md"
    assert page.is_file(), f"docs/rules/{code}.md is missing"
    text = page.read_text(encoding="utf-8")
    rule = next(r.rule for r in RULES if r.rule.code == code)
    assert text.startswith(f"# {code} {rule.name}"), "first line: '# CODE name'"
    for section in SECTIONS:
        assert section in text, f"{code}: section '{section}' is missing"
        body = text.split(section, 1)[1].split("\n## ", 1)[0].strip()
        assert body, f"{code}: section '{section}' is empty"


def test_every_loaded_rule_is_documented() -> None:
    engine = Engine(outside_plugins=False)
    documented = {p.stem for p in DOCS.glob("AC*.md")}
    assert {r.rule.code for r in engine.rules} <= documented
