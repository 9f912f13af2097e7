"""The label bands of a PDF page: its visual top and bottom strips, whatever the page's /Rotate.

Shared by the PDF extractor (which records the band texts while it reads each page, so the label
codec need not reopen the file) and the PDF label codec (which reads and stamps labels there).
"""

from __future__ import annotations

from typing import Any

BAND = 0.12  # share of the page height read as "top" and "bottom" label places
Matrix = tuple[float, float, float, float, float, float]


def visual_matrix(box: tuple[float, float, float, float], rotate: int) -> tuple[Matrix, float, float]:
    """Matrix from visual page coordinates (origin bottom-left as displayed) to user space.

    Returns the matrix and the visual width and height. /Rotate turns the page clockwise for display.
    """
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = rotate % 360
    if r == 90:
        return (0, 1, -1, 0, x1, y0), h, w
    if r == 180:
        return (-1, 0, 0, -1, x1, y1), w, h
    if r == 270:
        return (0, -1, 1, 0, x0, y1), h, w
    return (1, 0, 0, 1, x0, y0), w, h


def apply(m: Matrix, u: float, v: float) -> tuple[float, float]:
    """The user-space point of visual point (u, v)."""
    return (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5])


def _band(m: Matrix, w: float, v0: float, v1: float) -> tuple[float, float, float, float]:
    pts = [apply(m, u, v) for u in (0, w) for v in (v0, v1)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def band_texts(page: Any, textpage: Any) -> tuple[str, str]:
    """Text of the visual top and bottom bands of an open pypdfium2 page (any /Rotate)."""
    m, w, h = visual_matrix(tuple(page.get_cropbox()), page.get_rotation())
    texts: list[str] = []
    for v0, v1 in ((h * (1 - BAND), h), (0.0, h * BAND)):
        left, bottom, right, top = _band(m, w, v0, v1)
        texts.append(textpage.get_text_bounded(left, bottom, right, top))
    return texts[0], texts[1]
