"""A self-contained HTML report: summary cards, inline SVG charts and a sortable, filterable table.

Works offline: CSS, JavaScript and the SVG charts are inline, and a Content-Security-Policy meta tag
forbids every fetch. Every path and message is HTML-escaped. The charts are drawn here in Python
(no chart library: a horizontal bar chart is twenty lines of SVG, :mod:`.html_charts`). The
per-file drill-down and the department table are :mod:`.html_sections`.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from string import Template
from typing import IO

from ..display import is_utf8
from ..hookspecs import hookimpl
from ..i18n import pick
from ..interfaces import ReportOptions
from ..model import FileResult, Status
from .grouping import below_roots, department, level_text, local_now, local_time
from .html_charts import LEVEL_COLORS, bar_chart, esc
from .html_sections import Department, department_table, drill_down, evidence_by_type


def _folder(path: str) -> str:
    outer = path.split("!/", 1)[0]
    return outer.rsplit("/", 1)[0] if "/" in outer else "."


class HtmlWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = options.lang
        self.rows: list[str] = []
        self.drills: list[str] = []
        self.levels: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.folders3: Counter[str] = Counter()
        self.types: Counter[str] = Counter()
        self.depts: dict[str, Department] = {}
        self.labelled = 0
        self.unlabelled = 0
        self.violations = 0
        self.no_level_not_read = 0  # no level because the file could not be read
        self.no_level_no_text = 0  # read, but no text to classify (a scanned image)
        self.errors: list[tuple[int, str, str]] = []
        self.review: list[tuple[int, str, str, str]] = []  # the review queue: (row, path, level, reasons)
        self.seen: set[str] = set()
        self.changes: list[tuple[int | None, str, str, str]] = []  # (row, kind, path, text)

    def _change(self, idx: int, result: FileResult) -> str:
        """What changed for this file since the previous scan ("" when nothing or no --db)."""
        previous = self.options.previous
        if previous is None:
            return ""
        lang = self.lang
        self.seen.add(result.path)
        before = previous.get(result.path)
        if before is None:
            text = pick(lang, "新規", "new")
            self.changes.append((idx, "new", result.path, text))
            return text
        parts = []
        if before[0] != result.level:
            parts.append(
                pick(lang, "必要レベル ", "level ")
                + f"{level_text(before[0], lang)} → {level_text(result.level, lang)}"
            )
            self.changes.append((idx, "level", result.path, parts[-1]))
        if before[1] != result.label:
            parts.append(
                pick(lang, "表示 ", "label ")
                + f"{level_text(before[1], lang)} → {level_text(result.label, lang)}"
            )
            self.changes.append((idx, "label", result.path, parts[-1]))
        return " / ".join(parts)

    def add(self, result: FileResult) -> None:
        lang = self.lang
        idx = len(self.rows)
        level = str(result.level) if result.level is not None else "-"
        self.levels[level] += 1
        self.statuses[str(result.status)] += 1
        self.violations += len(result.violations)
        if result.level is None:
            if result.status is Status.OK:
                self.no_level_no_text += 1
            else:
                self.no_level_not_read += 1
        if result.level == 3:
            self.folders3[_folder(result.path)] += 1
        dept_name = department(result.path, self.options.roots, lang)
        dept = self.depts.setdefault(dept_name, Department())
        dept.files += 1
        dept.levels[level] += 1
        dept.violations += 1 if result.violations else 0
        dept.review += 1 if result.review else 0
        if result.status is Status.OK:
            if result.label is None:
                self.unlabelled += 1
                dept.unlabelled += 1
            else:
                self.labelled += 1
        else:
            self.errors.append(
                (idx, result.path, (result.message if lang == "ja" else result.message_en) or "")
            )
        reasons_text = " / ".join(r.message(lang) for r in result.reasons)
        if result.review:
            self.review.append((idx, result.path, level, " / ".join(r.message(lang) for r in result.review)))
        evidence = evidence_by_type(result, self.options.show_values)
        for t, _, _, _ in evidence:
            self.types[t] += 1  # files with this type, not values
        change = self._change(idx, result)
        message = result.message if lang == "ja" else result.message_en
        cls = {"3": "l3", "2": "l2"}.get(level, "")
        found = ", ".join(f"{t}×{n}" for t, n, _, _ in evidence)
        cells = [
            f'<td class="path">{esc(result.path)}</td>',
            f"<td>{esc(dept_name)}</td>",
            f'<td class="{"err" if result.status is not Status.OK else ""}">{esc(result.status)}</td>',
            f'<td data-v="{level if level != "-" else ""}">{esc(level_text(result.level, lang))}</td>',
            f'<td data-v="{result.label or ""}">{esc(level_text(result.label, lang) if result.label else "-")}</td>',
            f"<td>{esc(' '.join(v.code for v in result.violations))}</td>",
            f"<td>{esc(found)}</td>",
            f'<td data-v="{result.subjects}">{result.subjects}</td>',
            f"<td>{esc(result.owner or '')}</td>",
            f'<td data-v="{esc(result.mtime or "")}">{esc(local_time(result.mtime))}</td>',
            f"<td>{esc(change)}</td>",
            f"<td>{esc(message or reasons_text)}</td>",
        ]
        review = ' data-review="1"' if result.review else ""
        self.rows.append(
            f'<tr class="{cls}" data-idx="{idx}" data-level="{level}" data-status="{esc(result.status)}"'
            f"{review}>{''.join(cells)}</tr>"
        )
        self.drills.append(
            drill_down(idx, result, dept_name, evidence, change, lang, self.options.show_values)
        )

    def _changes(self) -> str:
        lang = self.lang
        previous = self.options.previous
        if previous is None:
            return f'<p class="empty">{esc(pick(lang, "前回の走査がありません（--db で比較します）", "no earlier scan (compared with --db)"))}</p>'
        for path, (lv, _) in sorted(previous.items()):
            if path not in self.seen and below_roots(path, self.options.roots):
                self.changes.append(
                    (None, "removed", path, pick(lang, "削除", "removed") + f" ({level_text(lv, lang)})")
                )
        counts = Counter(kind for _, kind, _, _ in self.changes)
        names = {
            "new": pick(lang, "新規", "new"),
            "removed": pick(lang, "削除", "removed"),
            "level": pick(lang, "必要レベル変更", "level changed"),
            "label": pick(lang, "表示変更", "label changed"),
        }
        summary = "".join(
            f'<span class="chg" id="changes-{k}">{esc(v)} <b>{counts.get(k, 0)}</b></span>'
            for k, v in names.items()
        )
        rows = "".join(
            f'<tr{"" if i is None else f" data-idx={chr(34)}{i}{chr(34)}"}><td class="path">{esc(p)}</td><td>{esc(t)}</td></tr>'
            for i, _, p, t in self.changes[:1000]
        )
        table = f'<table class="changes"><tbody>{rows}</tbody></table>' if rows else ""
        return f"<p>{summary}</p>{table}"

    def close(self) -> None:
        lang = self.lang
        files = len(self.rows)
        title = self.options.title or pick(lang, "assetclass 走査レポート", "assetclass scan report")
        level_items = [
            (level_text(n, lang), self.levels.get(str(n), 0), LEVEL_COLORS[str(n)]) for n in (3, 2, 1)
        ]
        level_items.append((level_text(None, lang), self.levels.get("-", 0), LEVEL_COLORS["-"]))
        not_read = files - self.statuses.get("ok", 0)
        # Each count is defined once, here; the cards, the charts and the tables use these numbers.
        # files = 機密性3 + 機密性2 + 機密性1 + 判定なし; 判定なし = not read + read without text.
        cards = [
            (pick(lang, "ファイル", "files"), files, "count-files"),
            (level_text(3, lang), self.levels.get("3", 0), "count-level-3"),
            (level_text(2, lang), self.levels.get("2", 0), "count-level-2"),
            (level_text(1, lang), self.levels.get("1", 0), "count-level-1"),
            (level_text(None, lang), self.levels.get("-", 0), "count-no-level"),
            (pick(lang, "ラベルなし", "unlabelled"), self.unlabelled, "count-unlabelled"),
            (pick(lang, "違反", "violations"), self.violations, "count-violations"),
            (pick(lang, "読めないファイル", "not read"), not_read, "count-not-ok"),
            (pick(lang, "要確認", "review"), len(self.review), "count-review"),
        ]
        definitions = [
            pick(
                lang,
                "ファイル = 機密性3 + 機密性2 + 機密性1 + 判定なし",
                "files = level 3 + level 2 + level 1 + no level",
            ),
            pick(
                lang,
                f"判定なし {self.levels.get('-', 0)} = 読めないファイル {self.no_level_not_read}"
                f" + 読めたが文字がないファイル {self.no_level_no_text}",
                f"no level {self.levels.get('-', 0)} = not read {self.no_level_not_read}"
                f" + read but no text {self.no_level_no_text}",
            ),
            pick(
                lang,
                "読めないファイル: 状態が ok 以外（暗号化・破損・対象外・スキップ）",
                "not read: status other than ok (encrypted, damaged, unsupported, skipped)",
            ),
            pick(
                lang,
                "表示なし: 読めたファイルのうちラベルのないもの",
                "unlabelled: files read that carry no label",
            ),
            pick(
                lang,
                "違反: 違反の件数（1 ファイルに複数あり得ます）",
                "violations: number of violations (a file may have several)",
            ),
        ]
        heads = [
            (pick(lang, "パス", "path"), "text"),
            (pick(lang, "部署", "department"), "text"),
            (pick(lang, "状態", "status"), "text"),
            (pick(lang, "必要レベル", "level"), "number"),
            (pick(lang, "ラベル", "label"), "number"),
            (pick(lang, "違反", "violations"), "text"),
            (pick(lang, "検出", "findings"), "text"),
            (pick(lang, "人数", "subjects"), "number"),
            (pick(lang, "所有者", "owner"), "text"),
            (pick(lang, "最終更新", "modified"), "text"),
            (pick(lang, "前回から", "since last scan"), "text"),
            (pick(lang, "理由・メッセージ", "reasons / message"), "text"),
        ]
        errors_chart = bar_chart(
            [(k, v, "#a94442") for k, v in sorted(self.statuses.items()) if k != "ok"],
            pick(lang, "エラーはありません", "no errors"),
        )
        if self.errors:
            errors_chart += (
                '<ul class="errors">'
                + "".join(f'<li data-idx="{i}">{esc(p)}: {esc(m)}</li>' for i, p, m in self.errors[:200])
                + "</ul>"
            )
        none = pick(lang, "該当なし", "none")
        if self.review:
            queue = (
                '<table class="review"><tbody>'
                + "".join(
                    f'<tr data-idx="{i}"><td class="path">{esc(p)}</td>'
                    f"<td>{esc(level_text(None if lv == '-' else int(lv), lang))}</td><td>{esc(m)}</td></tr>"
                    for i, p, lv, m in self.review[:500]
                )
                + "</tbody></table>"
            )
        else:
            queue = f'<p class="empty">{esc(none)}</p>'
        level_options = "".join(
            f'<option value="{v}">{esc(level_text(n, lang))}</option>'
            for v, n in (("3", 3), ("2", 2), ("1", 1), ("-", None))
        )
        values = {
            "lang": lang,
            "title": esc(title),
            "meta": esc(pick(lang, "作成: ", "generated: ") + local_now()),
            "cards": "".join(f'<div class="card">{esc(t)}<b id="{i}">{n}</b></div>' for t, n, i in cards),
            "definitions": "".join(f"<li>{esc(d)}</li>" for d in definitions),
            "h_levels": esc(pick(lang, "必要レベル別ファイル数", "files by required level")),
            "chart_levels": bar_chart(level_items, none),
            "h_folders": esc(pick(lang, "機密性3 のファイルがあるフォルダー", "where the level-3 files are")),
            "chart_folders": bar_chart(
                [(k, v, LEVEL_COLORS["3"]) for k, v in self.folders3.most_common(15)], none
            ),
            "h_labels": esc(
                pick(lang, "ラベルの有無 (読み取れたファイル)", "labelled vs unlabelled (files read)")
            ),
            "chart_labels": bar_chart(
                [
                    (pick(lang, "ラベルあり", "labelled"), self.labelled, "#337ab7"),
                    (pick(lang, "ラベルなし", "unlabelled"), self.unlabelled, "#999999"),
                ],
                none,
            ),
            "h_types": esc(pick(lang, "検出種別 (ファイル数)", "top finding types (files)")),
            "chart_types": bar_chart([(k, v, "#5bc0de") for k, v in self.types.most_common(10)], none),
            "h_errors": esc(pick(lang, "読み取れなかったファイル", "files not read")),
            "chart_errors": errors_chart,
            "h_depts": esc(
                pick(lang, "部署別（走査したフォルダー直下のフォルダー）", "by department (top-level folder)")
            ),
            "departments": department_table(self.depts, lang),
            "h_changes": esc(pick(lang, "前回の走査からの変化", "changes since the last scan")),
            "changes": self._changes(),
            "h_review": esc(
                pick(
                    lang,
                    "要確認（判定の根拠が弱いファイル）",
                    "review queue (levels resting on weak evidence)",
                )
            ),
            "review_queue": queue,
            "h_files": esc(
                pick(lang, "ファイル一覧（行をクリックすると詳細）", "files (click a row for details)")
            ),
            "l_filter": esc(pick(lang, "絞り込み", "filter")),
            "l_level": esc(pick(lang, "必要レベル", "level")),
            "l_all": esc(pick(lang, "すべて", "all")),
            "level_options": level_options,
            "h_drill": esc(pick(lang, "ファイルの詳細", "file details")),
            "l_close": esc(pick(lang, "閉じる", "close")),
            "drills": "\n".join(self.drills),
            "thead": "".join(f'<th data-type="{t}">{esc(h)}</th>' for h, t in heads),
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
    wants_previous = True  # the bulk scan fills ReportOptions.previous from --db for this reporter

    def open(self, stream: IO[str], options: ReportOptions) -> HtmlWriter:
        return HtmlWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[HtmlReporter]:
    return [HtmlReporter()]
