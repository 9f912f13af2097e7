"""Text of Word paragraphs and parts read from the XML: runs, tabs, breaks, hidden (vanished) text
and text boxes, with the DrawingML/VML duplicate of a text box read once."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
P, TBL, SDT, _TXBX = f"{{{W}}}p", f"{{{W}}}tbl", f"{{{W}}}sdt", f"{{{W}}}txbxContent"
_T, _DEL_T = f"{{{W}}}t", f"{{{W}}}delText"
_TAB, _BR, _CR = f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr"
_NBH = f"{{{W}}}noBreakHyphen"
_RPR, _VANISH, _R = f"{{{W}}}rPr", f"{{{W}}}vanish", f"{{{W}}}r"
ALT, CHOICE, FALLBACK = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"
_SKIP = {f"{{{W}}}instrText", f"{{{W}}}pPr", f"{{{W}}}tblPr", f"{{{W}}}tcPr", f"{{{W}}}trPr"}


@dataclass
class ParagraphText:
    """Text of one paragraph-like unit, with the text boxes met inside it collected separately."""

    parts: list[str] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)
    visible_chars: int = 0
    hidden_chars: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)


def collect_runs(el: etree._Element, out: ParagraphText, hidden: bool = False, boxes: bool = True) -> None:
    """Walk runs in document order. Text boxes go to ``out.boxes`` (or inline when ``boxes`` is False)."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in (_T, _DEL_T):
            text = child.text or ""
            out.parts.append(text)
            if hidden:
                out.hidden_chars += len(text)
            else:
                out.visible_chars += len(text)
        elif tag == _TAB:
            out.parts.append("\t")
        elif tag in (_BR, _CR):
            out.parts.append("\n")
        elif tag == _NBH:
            out.parts.append("-")
        elif tag == _R:
            rpr = child.find(_RPR)
            run_hidden = hidden or (rpr is not None and rpr.find(_VANISH) is not None)
            collect_runs(child, out, run_hidden, boxes)
        elif tag == ALT:
            # DrawingML choice and its VML fallback hold the same text box: read one of them
            chosen = child.find(CHOICE)
            if chosen is None or not any(True for _ in chosen.iter(_TXBX)):
                chosen = child.find(FALLBACK) if child.find(FALLBACK) is not None else chosen
            if chosen is not None:
                collect_runs(chosen, out, hidden, boxes)
        elif tag == _TXBX:
            if boxes:
                inner = ParagraphText()
                for p in child.iter(P):
                    collect_runs(p, inner, hidden, boxes=False)
                    inner.parts.append("\n")
                out.boxes.append(inner.text.strip())
            else:
                for p in child.iter(P):
                    collect_runs(p, out, hidden, boxes=False)
                    out.parts.append("\n")
        elif tag == P:  # paragraphs nested in sdt/smartTag-like wrappers
            collect_runs(child, out, hidden, boxes)
            out.parts.append("\n")
        else:
            collect_runs(child, out, hidden, boxes)


_FAST_TAGS = (_R, _T, _DEL_T, _TAB, _BR, _CR, _NBH, _VANISH, _TXBX, ALT)
_TABS = f"{{{W}}}tabs"


def _collect_fast(p: etree._Element) -> ParagraphText | None:
    """The common paragraph (runs of text, no text boxes) in one C-level ``iter``; None → use _collect."""
    out = ParagraphText()
    parts = out.parts
    hidden = False
    for el in p.iter(_FAST_TAGS):
        tag = el.tag
        if tag == _R:
            hidden = False  # rPr (with any vanish) follows the run start
        elif tag in (_T, _DEL_T):
            text = el.text or ""
            parts.append(text)
            if hidden:
                out.hidden_chars += len(text)
            else:
                out.visible_chars += len(text)
        elif tag == _VANISH:
            hidden = True
        elif tag == _TAB:
            parent = el.getparent()
            if parent is None or parent.tag != _TABS:  # tab stops in pPr are not text
                parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NBH:
            parts.append("-")
        else:  # a text box or alternate content: the careful walk
            return None
    return out


def paragraph_text(p: etree._Element) -> ParagraphText:
    out = _collect_fast(p)
    if out is None:
        out = ParagraphText()
        collect_runs(p, out)
    return out


def part_text(root: etree._Element) -> str:
    """All text of a part (header, footer, note): paragraphs, tables and text boxes, one per line."""
    out = ParagraphText()
    for p in root.iter(P):
        if _inside_nested_p(p):
            continue
        collect_runs(p, out, boxes=False)
        out.parts.append("\n")
    return "\n".join(line.strip() for line in out.text.splitlines() if line.strip())


def _inside_nested_p(p: etree._Element) -> bool:
    """A paragraph inside a text box inside another paragraph is read with its outer paragraph."""
    parent = p.getparent()
    while parent is not None:
        if parent.tag == _TXBX:
            return True
        parent = parent.getparent()
    return False
