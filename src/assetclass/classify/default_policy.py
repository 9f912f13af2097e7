"""The default policy: findings → required level with reasons.

(First version: the classification work replaces the details.)
"""

from __future__ import annotations

from ..config import Config
from ..hookspecs import hookimpl
from ..model import Classification, Document, Finding, Reason


@hookimpl(trylast=True)
def assetclass_classify(document: Document, findings: list[Finding], config: Config) -> Classification:
    my_numbers = [f for f in findings if f.type == "my_number"]
    if my_numbers:
        reason = Reason(
            rule="my_number",
            level=3,
            message_ja=f"個人番号（マイナンバー）を {len(my_numbers)} 件含みます",
            message_en=f"contains {len(my_numbers)} My Number(s)",
            types=["my_number"],
            count=len(my_numbers),
            where=[f.locator for f in my_numbers[:10]],
        )
        return Classification(level=3, reasons=[reason], subjects=len(my_numbers))
    return Classification(level=1, reasons=[], subjects=0)
