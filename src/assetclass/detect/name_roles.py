"""Persons named beside a role: a title before the name (新会長 箕輪 奏太, 講師 大塚 由美) or after it
(後藤 義雄 議員), and a short word between a name label and the name (被災者　実施隊員 左右田 文子).
A role's holder is a private person where the record gives their own home or where a fee is sent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..interfaces import DetectContext
from ..model import Finding
from ..normalize import name as norm_name
from . import checks, entities, text, vocab
from .confidence import PROBABLE
from .findings import finding

TYPE = "name"
# a title right after a name: the person acts in that office (後藤 義雄 議員, 山田 花子 委員長)
TITLES_AFTER = ("議員", "委員", "議長", "副議長", "市長", "町長", "村長", "教育長", "理事", "監査委員")


_WRITTEN_APART = re.compile(vocab.SPACED_NAME)
# 新会長　箕輪 奏太: a role's holder, named after the title
# 新会長　箕輪 奏太, 講師 大塚 由美（元高校教諭）: a role's holder, or a person paid for a service,
# named after the title
_ROLE_THEN_NAME = re.compile(
    rf"^[ 　]*(?:新|旧|前|現)?(?:{'|'.join((*entities.ROLE_TITLES, '講師', '委員', '指導員', '推進員'))})"
    rf"[ 　:：]*({vocab.SPACED_NAME})(?:[ 　（(]|$)"
)
# 講師をお願いした 高橋 美穂さん（元保健師）: a role's holder named with an honorific later in the line
_ROLE_BEFORE_HONOURED = re.compile(
    rf"(?:{'|'.join((*entities.ROLE_TITLES, '講師', '委員', '指導員', '推進員', '相談員'))})[^。、\s]{{0,10}}[ 　]*"
    rf"({vocab.SPACED_NAME})"
    r"[ 　]?(?:さん|様|氏|先生)"
)
#: Lines before a home contact whose role holder it may be (a chat's reply under the message).
_HOME_REACH = 3
#: Contact labels that say the number or address is the person's own, not their organisation's
#: (where a fee or a letter is sent to them: 送付先, 振込先).
HOME_CONTACT_WORDS = ("自宅", "携帯", "個人宅", "送付先", "振込先")


def role_holders_at_home(lines: list[text.Line], context: DetectContext) -> Iterator[Finding]:
    """A role's holder given with their own home or mobile in the same record (新会長 箕輪 奏太 /
    自宅住所 … / 携帯 …): a private person, whatever the role (a roster at the group's address is
    not)."""
    # the home in the record, or in a message right after the one naming the role's holder (…（代表社員
    # 菅原 武志さん）宛の申告書が戻りました / 送付先はご自宅の 大垣市…)
    home = {
        lines[j].record
        for k, line in enumerate(lines)
        if vocab.has_any(line.text, HOME_CONTACT_WORDS)
        for j in range(max(0, k - _HOME_REACH), k + 1)
    }
    for line in lines:
        if line.record not in home:
            continue
        m = _ROLE_THEN_NAME.match(line.text) or _ROLE_BEFORE_HONOURED.search(line.text)
        if m and checks.looks_like_name(m[1]):
            yield finding(
                TYPE, PROBABLE, line.locator, m[1], norm_name(m[1]), context, record=line.record, keep=1
            )


def name_after_a_word(rest: str, label: str = "") -> str | None:
    """A known surname and given name after one short word that is no office (実施隊員 左右田 文子,
    代表 山田 太郎; not 人事課 村上, where the office signs with a surname). After a label naming
    the employee or pupil a record is about (対象職員, 対象生徒), their office or school and their
    title or grade come first (子育て支援課 主事, 粕屋東中学校 中2)."""
    words = rest.split(maxsplit=2)
    if (
        len(words) >= 3
        and _EMPLOYEE_LABEL.search(label)
        and words[0].endswith(_OFFICE_ENDINGS)
        and len(words[1]) <= 6
        and (cut := _WRITTEN_APART.match(words[2]))
        and checks.looks_like_name(cut[0])
    ):
        return cut.group(0)
    after = rest.split(maxsplit=1)
    if len(after) < 2 or len(after[0]) > 6 or vocab.OFFICE_NAME.fullmatch(after[0]):
        return None
    cut = _WRITTEN_APART.match(after[1])
    return cut.group(0) if cut is not None and checks.looks_like_name(cut.group(0)) else None


# where the person of a record works or studies (子育て支援課, 粕屋東中学校, ひまわり保育園)
_OFFICE_ENDINGS = (*vocab.OFFICE_SUFFIXES, "学校", "校", "園", "保育所")
# labels naming the employee or pupil a record is about
_EMPLOYEE_LABEL = re.compile(
    r"対象職員|当該職員|被災職員|被処分者|休職者|申出職員|(?:対象|当該|被害|関係)(?:生徒|児童)"
)
