"""Letters and case records about one person: whom the body of a document is about.

A letter's addressee (山田 太郎 様 near the top), a resident's own letter (the sender's address
block at the top, the body in their words: 私は…、主人が…), a person named in the page header, or
the only form of the document: statements in the body (a diagnosis, arrears) concern that person.
"""

from __future__ import annotations

import re

from ..interfaces import DetectContext
from ..model import Document, Region
from ..normalize import compact
from . import checks, name_lines, tables, text, vocab

_ADDRESSEE = re.compile(
    r"^[\s　]*[\u4e00-\u9fff々\u30a0-\u30ffー]{1,6}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,6}[ 　]*(様|殿)[\s　]*$"
)
# 〒399-8677 山形県…2410番地　百瀬　麻衣 様: the whole address block on one line (a window envelope's box)
_ADDRESS_THEN_ADDRESSEE = re.compile(
    r"^[\s　]*(?:〒[0-9０-９\-－]+[\s　]*)?\S*[0-9０-９]\S*[\s　]+(?:\S+[\s　]+)?"
    r"[\u4e00-\u9fff々\u30a0-\u30ffー]{1,6}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,6}[ 　]*(様|殿)[\s　]*$"
)


_TRAILING_BRACKET = re.compile(r"[ 　]*[（(][^）)]{1,40}[）)][\s　]*$")


def addressee_record(document: Document, context: DetectContext) -> str | None:
    """The record of a letter's addressee (a short line ``山田 太郎 様`` near the top), if any.

    Statements in the body of a letter (arrears, a diagnosis) concern its addressee.
    """
    if "addressee" in context.cache:
        return context.cache["addressee"]  # type: ignore[no-any-return]
    found: str | None = None
    previous = ""
    for line in text.lines(document, context)[:25]:
        s = _TRAILING_BRACKET.sub("", line.text.strip())  # 白石　誠 様（高知市…）: the address after it
        if (
            (len(s) <= 20 and _ADDRESSEE.match(s)) or _ADDRESS_THEN_ADDRESSEE.match(s)
        ) and not text.to_an_office(s):
            if not vocab.names_an_organisation(previous):
                found = line.record  # not 株式会社新星データ / 営業部 横山 修 様: a firm's staff
            break
        previous = s
    context.cache["addressee"] = found
    return found


# A name standing alone between spaces, with an honorific after it (植田 久美子 様).
_PERSON_NAME = r"([\u4e00-\u9fff々ヶ]{1,4}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,5})"
_NAMED_IN_HEADER = re.compile(rf"(?:^|[\s　])(?:{_PERSON_NAME})[ 　]?(?:様|さん|殿)(?:[\s　]|$)")


#: The sender's block opens a resident's letter within its first lines.
SENDER_BLOCK_LINES = 8
# every start position (overlapping: 9号　根本　真由美 holds 根本　真由美)
_NAME_PAIR = re.compile(rf"(?=({vocab.SPACED_NAME}))")


# the writer speaking of themselves, or asking the office for something in their own case
_RESIDENT_VOICE = (
    *vocab.FIRST_PERSON,
    "いただけないでしょうか",
    "いただけますでしょうか",
    "できないでしょうか",
    "困っています",
)


def _sender_record(all_lines: list[text.Line]) -> str | None:
    """A resident's own letter: their name in the address block at the top (住所 / 氏名 / 電話, or
    all of it on one line of a text box), the body in their words (私は…、息子の…)."""
    if not any(vocab.has_any(line.text, _RESIDENT_VOICE) for line in all_lines[1:]):
        return None
    # the block opens the letter, or signs it at the end (矢野 浩二　電話 0285-…)
    head = all_lines[:SENDER_BLOCK_LINES] + all_lines[max(SENDER_BLOCK_LINES, len(all_lines) - 3) :]
    for i, line in enumerate(head):
        s = line.text.strip()
        if s.endswith(text.CLOSERS):
            continue  # 周南市長 様: whom the letter is to, not its sender
        if len(s) <= 12 and checks.looks_like_name(s):
            near = head[max(0, i - 2) : i] + head[i + 1 : i + 3]
            if any(text.contact_line(x.text.strip()) for x in near):
                return line.record
        elif (
            len(s) <= 80
            and text.contact_line(s)
            # 〒277-1125 千葉県柏市…301　関口　真由美　電話 080-…: the block on one line
            and any(checks.looks_like_name(m.group(1)) for m in _NAME_PAIR.finditer(s))
        ):
            return line.record
    return None


#: A letter much longer than this is a report or a booklet, not a resident's note to the office.
SIGNED_LETTER_MAX_LINES = 60
# whom a resident writes to: an office (文書法制課 御中) or its head (薩摩川内市長 様)
_TO_AN_OFFICE = ("御中", "長様", "長殿")


def signature_line(all_lines: list[text.Line]) -> int | None:
    """A resident's letter to an office (…課 御中, 市長 様) that gives an address or phone and ends
    with the writer's name alone on its line (送付先変更のお願い … 百目鬼 文子): that line's index."""
    if len(all_lines) > SIGNED_LETTER_MAX_LINES or not any(
        compact(line.text).endswith(_TO_AN_OFFICE) for line in all_lines[:SENDER_BLOCK_LINES]
    ):
        return None
    if not any(text.contact_line(line.text.strip()) for line in all_lines):
        return None
    for i in range(len(all_lines) - 1, max(-1, len(all_lines) - 3), -1):
        if signer(all_lines[i].text) is not None:
            return i
    return None


def signer(line: str) -> str | None:
    """The name a letter's closing line signs with: the name alone, or after a trade name."""
    s = line.strip()
    if not s or len(s) > 24 or s.endswith(text.CLOSERS):
        return None
    if len(s) <= 12 and checks.looks_like_name(s):
        return s
    return name_lines.after_trade_name(s)


def subject_record(document: Document, context: DetectContext) -> str | None:
    """The record of the one person a document is about, if it names one: a letter's addressee,
    a person named in the page header (ケース記録　植田 久美子 様), or the person of the document's
    only form (相談者 | 岸本 陸) when its text names nobody else.

    The narrative of a case record (主訴, 経過, 対応: …うつ病と診断され通院している) is about that
    person, as the body of a letter is about its addressee. (A subject named by a label in the
    text, 対象者：…, is joined to later paragraphs by the policy's sole-subject rule.)"""
    if "subject" in context.cache:
        return context.cache["subject"]  # type: ignore[no-any-return]
    found = addressee_record(document, context)
    all_lines = text.lines(document, context)
    if found is None:
        for line in all_lines:
            if line.region in (Region.HEADER, Region.FOOTER) and len(line.text) <= 60:
                m = _NAMED_IN_HEADER.search(line.text)
                # ケース記録　徳永　紬（H23.5.24生）: a name before its birth date names the subject too
                if (m and checks.looks_like_name(m.group(1))) or next(
                    name_lines.names_before_details(line.text), None
                ):
                    found = line.record
                    break
    if found is None:
        found = _sender_record(all_lines)
    if found is None:
        infos = tables.analyse(document, context)
        forms = [i for i in infos if i.form and i.person_rows]
        lists = [i for i in infos if not i.form and i.person_rows]
        if len(forms) == 1 and not lists:
            found = forms[0].record(min(forms[0].person_rows))
    if found is not None and any(
        line.record != found and text.NAMED.search(line.text) and not text.to_an_office(line.text)
        for line in all_lines
    ):
        found = context.cache["addressee"]  # someone else is named too: whom a line is about is open
    context.cache["subject"] = found
    return found
