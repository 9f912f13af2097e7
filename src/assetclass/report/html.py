"""A self-contained HTML report: summary cards, inline SVG charts and a sortable, filterable table.

Works offline: CSS, JavaScript and the SVG charts are inline, and a Content-Security-Policy meta tag
forbids every fetch. Every path and message is HTML-escaped. The charts are drawn here in Python
(no chart library: a horizontal bar chart is twenty lines of SVG).
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from importlib import resources
from string import Template
from typing import IO

from ..display import is_utf8
from ..hookspecs import hookimpl
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import FileResult, Status

_COLORS = {"3": "#d9534f", "2": "#f0ad4e", "1": "#5cb85c", "-": "#999999"}


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def bar_chart(items: list[tuple[str, int, str]], empty: str, width: int = 420) -> str:
    """Horizontal bars as inline SVG; ``items`` are (label, value, colour)."""
    if not items or not any(v for _, v, _ in items):
        return f'<p class="empty">{_esc(empty)}</p>'
    bar_h, gap, label_w = 20, 6, 170
    top = max(v for _, v, _ in items) or 1
    height = len(items) * (bar_h + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (label, value, colour) in enumerate(items):
        y = i * (bar_h + gap)
        w = int((width - label_w - 60) * value / top)
        short = label if len(label) <= 24 else "…" + label[-23:]
        parts.append(
            f'<g class="bar" data-label="{_esc(label)}" data-value="{value}">'
            f"<title>{_esc(label)}: {value}</title>"
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_esc(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{max(w, 1)}" height="{bar_h}" fill="{colour}"></rect>'
            f'<text x="{label_w + max(w, 1) + 4}" y="{y + 14}">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _folder(path: str) -> str:
    outer = path.split("!/", 1)[0]
    return outer.rsplit("/", 1)[0] if "/" in outer else "."


class HtmlWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = options.lang
        self.rows: list[str] = []
        self.levels: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.folders3: Counter[str] = Counter()
        self.types: Counter[str] = Counter()
        self.labelled = 0
        self.unlabelled = 0
        self.violations = 0
        self.errors: list[tuple[str, str]] = []
        self.review: list[tuple[str, str, str]] = []  # the review queue: (path, level, reasons)

    def add(self, result: FileResult) -> None:
        lang = self.lang
        level = str(result.level) if result.level is not None else "-"
        self.levels[level] += 1
        self.statuses[str(result.status)] += 1
        self.violations += len(result.violations)
        if result.level == 3:
            self.folders3[_folder(result.path)] += 1
        if result.status is Status.OK:
            if result.label is None:
                self.unlabelled += 1
            else:
                self.labelled += 1
        else:
            self.errors.append((result.path, (result.message if lang == "ja" else result.message_en) or ""))
        if result.review:
            self.review.append((result.path, level, " / ".join(r.message(lang) for r in result.review)))
        summary = result.findings_summary()
        for s in summary:
            self.types[str(s["type"])] += 1  # files with this type, not values
        message = result.message if lang == "ja" else result.message_en
        cls = {"3": "l3", "2": "l2"}.get(level, "")
        label = str(result.label) if result.label is not None else "-"
        found = ", ".join(f"{s['type']}×{s['count']}" for s in summary)
        cells = [
            f'<td class="path">{_esc(result.path)}</td>',
            f'<td class="{"err" if result.status is not Status.OK else ""}">{_esc(result.status)}</td>',
            f'<td data-v="{level if level != "-" else ""}">{_esc(level)}</td>',
            f'<td data-v="{label if label != "-" else ""}">{_esc(label)}</td>',
            f"<td>{_esc(' '.join(v.code for v in result.violations))}</td>",
            f"<td>{_esc(found)}</td>",
            f'<td data-v="{result.subjects}">{result.subjects}</td>',
            f"<td>{_esc(message)}</td>",
        ]
        review = ' data-review="1"' if result.review else ""
        self.rows.append(
            f'<tr class="{cls}" data-level="{level}" data-status="{_esc(result.status)}"{review}>'
            f"{''.join(cells)}</tr>"
        )

    def close(self) -> None:
        lang = self.lang
        files = len(self.rows)
        title = self.options.title or pick(lang, "assetclass 走査レポート", "assetclass scan report")
        level_items = [
            (pick(lang, f"機密性{n}", f"level {n}"), self.levels.get(n, 0), _COLORS[n])
            for n in ("3", "2", "1")
        ]
        level_items.append((pick(lang, "判定なし", "no level"), self.levels.get("-", 0), _COLORS["-"]))
        cards = [
            (pick(lang, "ファイル", "files"), files, "count-files"),
            (pick(lang, "機密性3", "level 3"), self.levels.get("3", 0), "count-level-3"),
            (pick(lang, "機密性2", "level 2"), self.levels.get("2", 0), "count-level-2"),
            (pick(lang, "機密性1", "level 1"), self.levels.get("1", 0), "count-level-1"),
            (pick(lang, "ラベルなし", "unlabelled"), self.unlabelled, "count-unlabelled"),
            (pick(lang, "違反", "violations"), self.violations, "count-violations"),
            (pick(lang, "読めないファイル", "not read"), files - self.statuses.get("ok", 0), "count-not-ok"),
            (pick(lang, "要確認", "review"), len(self.review), "count-review"),
        ]
        heads = [
            (pick(lang, "パス", "path"), "text"),
            (pick(lang, "状態", "status"), "text"),
            (pick(lang, "必要レベル", "level"), "number"),
            (pick(lang, "ラベル", "label"), "number"),
            (pick(lang, "違反", "violations"), "text"),
            (pick(lang, "検出", "findings"), "text"),
            (pick(lang, "人数", "subjects"), "number"),
            (pick(lang, "メッセージ", "message"), "text"),
        ]
        errors_chart = bar_chart(
            [(k, v, "#a94442") for k, v in sorted(self.statuses.items()) if k != "ok"],
            pick(lang, "エラーはありません", "no errors"),
        )
        if self.errors:
            errors_chart += (
                '<ul class="errors">'
                + "".join(f"<li>{_esc(p)}: {_esc(m)}</li>" for p, m in self.errors[:200])
                + "</ul>"
            )
        none = pick(lang, "該当なし", "none")
        if self.review:
            queue = (
                '<table class="review"><tbody>'
                + "".join(
                    f'<tr><td class="path">{_esc(p)}</td><td>{_esc(lv)}</td><td>{_esc(m)}</td></tr>'
                    for p, lv, m in self.review[:500]
                )
                + "</tbody></table>"
            )
        else:
            queue = f'<p class="empty">{_esc(none)}</p>'

        values = {
            "lang": lang,
            "title": _esc(title),
            "meta": _esc(
                pick(lang, "作成: ", "generated: ") + dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            ),
            "cards": "".join(f'<div class="card">{_esc(t)}<b id="{i}">{n}</b></div>' for t, n, i in cards),
            "h_levels": _esc(pick(lang, "必要レベル別ファイル数", "files by required level")),
            "chart_levels": bar_chart(level_items, none),
            "h_folders": _esc(
                pick(lang, "機密性3 のファイルがあるフォルダー", "where the level-3 files are")
            ),
            "chart_folders": bar_chart(
                [(k, v, _COLORS["3"]) for k, v in self.folders3.most_common(15)], none
            ),
            "h_labels": _esc(
                pick(lang, "ラベルの有無 (読み取れたファイル)", "labelled vs unlabelled (files read)")
            ),
            "chart_labels": bar_chart(
                [
                    (pick(lang, "ラベルあり", "labelled"), self.labelled, "#337ab7"),
                    (pick(lang, "ラベルなし", "unlabelled"), self.unlabelled, "#999999"),
                ],
                none,
            ),
            "h_types": _esc(pick(lang, "検出種別 (ファイル数)", "top finding types (files)")),
            "chart_types": bar_chart([(k, v, "#5bc0de") for k, v in self.types.most_common(10)], none),
            "h_errors": _esc(pick(lang, "読み取れなかったファイル", "files not read")),
            "chart_errors": errors_chart,
            "h_review": _esc(
                pick(
                    lang,
                    "要確認（判定の根拠が弱いファイル）",
                    "review queue (levels resting on weak evidence)",
                )
            ),
            "review_queue": queue,
            "h_files": _esc(pick(lang, "ファイル一覧", "files")),
            "l_filter": _esc(pick(lang, "絞り込み", "filter")),
            "l_level": _esc(pick(lang, "レベル", "level")),
            "l_all": _esc(pick(lang, "すべて", "all")),
            "thead": "".join(f'<th data-type="{t}">{_esc(h)}</th>' for h, t in heads),
            "rows": "\n".join(self.rows),
        }
        template = (resources.files("assetclass") / "report" / "templates" / "report.html").read_text("utf-8")
        page = Template(template).substitute(values)
        if not is_utf8(self.stream):  # e.g. cp932 stdout: ASCII with character references stays valid
            page = page.encode("ascii", "xmlcharrefreplace").decode("ascii")
        self.stream.write(page)
        self.stream.flush()


class HtmlReporter:
    name = "html"
    extension = ".html"

    def open(self, stream: IO[str], options: ReportOptions) -> HtmlWriter:
        return HtmlWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[HtmlReporter]:
    return [HtmlReporter()]
