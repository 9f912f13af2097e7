"""Excel header/footer strings: their format codes, shared by the xlsx and the legacy .xls readers."""

from __future__ import annotations

import re

# &L &C &R sections, &"font,style", &12 size, &K colour, &P/&N/&D/&T/&F/&A/&Z/&G fields, toggles
_HF_CODE = re.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|[LCRPNDTFAZGBIUESXYH&])')


def strip_header_codes(text: str) -> str:
    """Excel header/footer source (``&L&"ＭＳ 明朝,太字"&12機密性３&R&P``) → readable text."""

    def repl(m: re.Match[str]) -> str:
        code = m.group(0)
        if code == "&&":
            return "&"
        return " " if code in ("&L", "&C", "&R") else ""

    return " ".join(_HF_CODE.sub(repl, text).split())
