"""Sections of the HTML report built from one file or one department: the evidence per finding
type, a file's drill-down (who to ask, why this level, where, masked evidence) and the department
table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..i18n import pick
from ..model import FileResult
from .grouping import level_text, local_time
from .html_charts import esc


@dataclass(slots=True)
class Department:
    """Counts of one department (the folder right below a scanned root)."""

    files: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    unlabelled: int = 0
    violations: int = 0  # files with at least one violation
    review: int = 0


def evidence_by_type(result: FileResult, show_values: bool) -> list[tuple[str, int, list[str], list[str]]]:
    """(type, count, where, evidence) per finding type; raw values only with --show-values."""
    by_type: dict[str, tuple[list[int], list[str], list[str]]] = {}
    for f in result.findings:
        count, where, shown = by_type.setdefault(f.type, ([0], [], []))
        count[0] += f.count
        if f.locator not in where and len(where) < 10:
            where.append(f.locator)
        text = f.value if (show_values and f.value is not None) else f.evidence
        if text and text not in shown and len(shown) < 5:
            shown.append(text)
    items = [(t, c[0], w, e) for t, (c, w, e) in by_type.items()]
    return sorted(items, key=lambda i: (-i[1], i[0]))


def drill_down(
    idx: int,
    result: FileResult,
    dept: str,
    evidence: list[tuple[str, int, list[str], list[str]]],
    change: str,
    lang: str,
    show_values: bool,
) -> str:
    """The drill-down of one file: who to ask, why this level, where, masked evidence."""
    facts = [
        (pick(lang, "必要レベル", "required level"), level_text(result.level, lang)),
        (pick(lang, "表示", "label"), level_text(result.label, lang) if result.label else "-"),
        (pick(lang, "状態", "status"), str(result.status)),
        (pick(lang, "部署", "department"), dept),
        (pick(lang, "所有者", "owner"), result.owner or "-"),
        (pick(lang, "最終更新", "last modified"), local_time(result.mtime) or "-"),
        (pick(lang, "人数", "subjects"), str(result.subjects)),
    ]
    if change:
        facts.append((pick(lang, "前回からの変化", "since the last scan"), change))
    message = result.message if lang == "ja" else result.message_en
    if message:
        facts.append((pick(lang, "メッセージ", "message"), message))
    parts = [f'<div class="drill" id="drill-{idx}" hidden><h3>{esc(result.path)}</h3><dl>']
    parts += [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts]
    parts.append("</dl>")

    def section(cls: str, title: str, items: list[str]) -> None:
        if items:
            parts.append(f'<h4>{esc(title)}</h4><ul class="{cls}">' + "".join(items) + "</ul>")

    section(
        "reasons",
        pick(lang, "判定の理由", "why this level"),
        [
            f"<li>{esc(level_text(r.level, lang))}: {esc(r.message(lang))}"
            + (f'<div class="where">{esc(", ".join(r.where[:10]))}</div>' if r.where else "")
            + "</li>"
            for r in result.reasons
        ],
    )
    section(
        "findings",
        pick(lang, "検出（値は伏せ字）", "findings (values masked)")
        if not show_values
        else pick(lang, "検出", "findings"),
        [
            f'<li>{esc(t)} ×{n}: <span class="ev">{esc(" | ".join(e))}</span>'
            f'<div class="where">{esc(", ".join(w))}</div></li>'
            for t, n, w, e in evidence
        ],
    )
    section(
        "violations",
        pick(lang, "違反", "violations"),
        [
            f"<li>{esc(v.code)} {esc(v.message if lang == 'ja' else (v.message_en or v.message))}</li>"
            for v in result.violations
        ],
    )
    section(
        "review",
        pick(lang, "要確認の理由", "why to review"),
        [f"<li>{esc(r.message(lang))}</li>" for r in result.review],
    )
    section(
        "uninspectable",
        pick(lang, "確認できなかった部分", "parts not inspected"),
        [f"<li>{esc(u)}</li>" for u in result.uninspectable],
    )
    parts.append("</div>")
    return "".join(parts)


def department_table(depts: dict[str, Department], lang: str) -> str:
    """One row per department, the departments with the most level-3 files first."""
    heads = [
        pick(lang, "部署", "department"),
        pick(lang, "ファイル", "files"),
        level_text(3, lang),
        level_text(2, lang),
        level_text(1, lang),
        level_text(None, lang),
        pick(lang, "表示なし", "unlabelled"),
        pick(lang, "違反のあるファイル", "files with violations"),
        pick(lang, "要確認", "review"),
    ]
    body = []
    for name, d in sorted(depts.items(), key=lambda kv: (-kv[1].levels.get("3", 0), kv[0])):
        cells = [d.files, d.levels.get("3", 0), d.levels.get("2", 0), d.levels.get("1", 0)]
        cells += [d.levels.get("-", 0), d.unlabelled, d.violations, d.review]
        body.append(
            f'<tr data-dept="{esc(name)}"><td>{esc(name)}</td>'
            + "".join(f"<td>{n}</td>" for n in cells)
            + "</tr>"
        )
    return (
        '<table id="departments"><thead><tr>'
        + "".join(f"<th>{esc(h)}</th>" for h in heads)
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )
