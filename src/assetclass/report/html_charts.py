"""Inline SVG charts and escaping for the HTML report (no chart library: a horizontal bar chart is
twenty lines of SVG)."""

from __future__ import annotations

import html

#: Bar colours per level ("-": no level).
LEVEL_COLORS = {"3": "#d9534f", "2": "#f0ad4e", "1": "#5cb85c", "-": "#999999"}


def esc(value: object) -> str:
    """``value`` as HTML text and attribute value (None as "")."""
    return html.escape("" if value is None else str(value), quote=True)


def bar_chart(items: list[tuple[str, int, str]], empty: str, width: int = 420) -> str:
    """Horizontal bars as inline SVG; ``items`` are (label, value, colour)."""
    if not items or not any(v for _, v, _ in items):
        return f'<p class="empty">{esc(empty)}</p>'
    bar_h, gap, label_w = 20, 6, 170
    top = max(v for _, v, _ in items) or 1
    height = len(items) * (bar_h + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (label, value, colour) in enumerate(items):
        y = i * (bar_h + gap)
        w = int((width - label_w - 60) * value / top)
        short = label if len(label) <= 24 else "…" + label[-23:]
        parts.append(
            f'<g class="bar" data-label="{esc(label)}" data-value="{value}">'
            f"<title>{esc(label)}: {value}</title>"
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{esc(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{max(w, 1)}" height="{bar_h}" fill="{colour}"></rect>'
            f'<text x="{label_w + max(w, 1) + 4}" y="{y + 14}">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
