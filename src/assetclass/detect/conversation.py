"""Conversations: chat exports where one message names a resident and a reply gives their data.

Teams, LINE WORKS and Slack exports, copied chat logs and meeting chats read as lines such as
``[09:19] 佐藤: …``, ``2024/05/01 10:02 佐藤: …``, ``10:02<TAB>佐藤<TAB>…``, ``佐藤 → …``, or a
speaker/time line with the message on the lines below it; exported to CSV or Excel they are rows
with a speaker column (発言者, 送信者, user, from) and a message column (内容, メッセージ, text).

A mail thread (件名: at the top, 差出人/From lines, the earlier mail quoted with >) is one matter:
the few persons it names are linked to every message of it.

In such a log the person a message is about is named once (``田中一郎さんの件ですが``) and the
replies carry the data (``連絡先は 090-…``, ``3か月未納です``, ``糖尿病で入院中``), each in its own line or row, so no
other detector sees the name and the data in one record. This detector links them: for each
message it takes the persons named in the bodies of the previous ``WINDOW`` messages (speakers are
staff and are not linked) and repeats those name findings in the reply's record. The policy then
sees a name with a phone, an address or arrears in one record, as it would in a case note.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import CellValue, Document, Finding
from ..normalize import cell_text
from . import address, arrears, birth_date, health, name, phone, tables, text, vocab
from .confidence import BARE, RECORD_CONTEXT

TYPE = "name"
#: Messages after the one that names a person whose replies are about that person.
WINDOW = 3
#: A log needs this many message lines (from two speakers) to be read as a conversation; an
#: export whose header names a speaker and a message column is one from its first reply.
MIN_MESSAGES, MIN_EXPORTED_MESSAGES = 3, 2
LINKED_CONFIDENCE = RECORD_CONTEXT  # a linked name: as sure as a name with an honorific, capped

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_DATE = r"\d{4}[/\-.年]\d{1,2}[/\-.月]\d{1,2}日?(?:\s*[(（][^)）]{1,3}[)）])?"
_SPEAKER = r"[^\s:：\t→\[\]【】][^:：\t→\[\]【】]{0,19}?"
_MESSAGE_LINES = (
    # [09:19] 佐藤: …, [2024/05/01 9:19] 佐藤 花子: …, 2024/05/01 10:02 佐藤: …
    re.compile(
        rf"^\s*[\[【(（]?(?:{_DATE}\s*)?{_TIME}[\]】)）]?\s*(?P<speaker>{_SPEAKER})\s*[:：]\s*(?P<body>.*)$"
    ),
    # LINE / LINE WORKS: 10:02<TAB>佐藤 花子<TAB>本文
    re.compile(rf"^\s*(?:{_DATE}\s*)?{_TIME}\t(?P<speaker>[^\t]{{1,20}})\t(?P<body>.*)$"),
    # 佐藤 → 本文, 佐藤 -> 本文, 佐藤 ＞ 本文
    re.compile(rf"^\s*(?:{_DATE}\s*)?(?:{_TIME}\s*)?(?P<speaker>{_SPEAKER})\s*(?:→|->|⇒|＞)\s*(?P<body>.*)$"),
)
# a speaker/time line with the message below: [9:19] 佐藤 花子 / 佐藤 花子 10:02 / 佐藤 花子 2024/05/01 10:02
# / 佐藤 花子  [13:10] (Slack copied) / 佐藤 花子 1:10 PM
_SPEAKER_LINES = (
    re.compile(rf"^\s*[\[【(（]?(?:{_DATE}\s*)?{_TIME}[\]】)）]?\s*(?P<speaker>{_SPEAKER})\s*$"),
    re.compile(rf"^\s*(?P<speaker>{_SPEAKER})\s+[\[【(（]?(?:{_DATE}\s*)?{_TIME}(?:\s*[AP]M)?[\]】)）]?\s*$"),
)
_SPEAKER_HEADERS = vocab.SPEAKER_HEADERS | {"名前", "氏名", "name"}  # a log may head its speakers so
_BODY_HEADERS = frozenset(
    {"内容", "本文", "メッセージ", "発言", "発言内容", "投稿内容", "コメント", "text", "message", "body",
     "content", "messages"}
)  # fmt: skip


@dataclass(slots=True)
class Message:
    body: str
    speaker: str
    records: list[tuple[str, str]]  # (locator, record) of every line or row the message covers


def _parse_line(s: str) -> tuple[str, str] | None:
    for pattern in _MESSAGE_LINES:
        m = pattern.match(s)
        if m is not None:
            speaker = m["speaker"].strip()
            if vocab.header_field(speaker) is None:  # 氏名: 山田 is a form, not a chat
                return speaker, m["body"]
    return None


def _speaker_line(s: str) -> str | None:
    for pattern in _SPEAKER_LINES:
        m = pattern.match(s)
        if m is not None and vocab.header_field(m["speaker"].strip()) is None:
            return m["speaker"].strip()
    return None


def _text_messages(document: Document, context: DetectContext) -> list[Message]:
    messages: list[Message] = []
    current: Message | None = None
    for line in text.lines(document, context):
        parsed = _parse_line(line.text)
        if parsed is not None:
            current = Message(parsed[1], parsed[0], [(line.locator, line.record)])
            messages.append(current)
            continue
        speaker = _speaker_line(line.text)
        if speaker is not None:
            current = Message("", speaker, [])
            messages.append(current)
            continue
        if current is not None and line.text.strip():
            # the message goes on below its speaker line (or wraps)
            current.body = f"{current.body}\n{line.text}" if current.body else line.text
            current.records.append((line.locator, line.record))
    return [m for m in messages if m.records]


_MAIL_SUBJECT = re.compile(r"^\s*(?:件名|subject)\s*[:：]", re.IGNORECASE)
_MAIL_SENDER = re.compile(r"^[\s>]*(?:差出人|送信者|from)\s*[:：]\s*(?P<speaker>.*)$", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"^[\s>＞]*")
_ORIGINAL = re.compile(r"^\s*-{3,}\s*(?:Original Message|元のメッセージ|転送メッセージ)", re.IGNORECASE)
_ARROW_REPLY = re.compile(r"^\s*(?:→|⇒|->)")
_MAIL_FORMATS = frozenset({"eml"})  # containers.py reads .eml and mail-shaped text so
_AFFILIATION = re.compile(r"[（(].*$")
#: A mail thread is linked as one matter only when it names this many persons at most.
MAIL_MAX_PERSONS = 3


def _mail_messages(document: Document, context: DetectContext) -> list[Message]:
    """The messages of a mail thread (件名: … at the top): a new message at each 差出人/From line,
    at each change of quoting depth (> the earlier mail) and at an arrow reply (→ …)."""
    lines = text.lines(document, context)
    # a mail file (its headers read apart) or a mail pasted into a document (件名: … on top)
    if document.format not in _MAIL_FORMATS and not any(_MAIL_SUBJECT.match(line.text) for line in lines[:5]):
        return []
    messages: list[Message] = []
    current: Message | None = None
    depth = -1
    for line in lines:
        sender = _MAIL_SENDER.match(line.text)
        quoted = _QUOTE_MARKS.match(line.text)
        level = quoted.group(0).count(">") + quoted.group(0).count("＞") if quoted else 0
        if (
            current is None
            or sender
            or level != depth
            or _ARROW_REPLY.match(line.text)
            or _ORIGINAL.match(line.text)
        ):
            speaker = _AFFILIATION.sub("", sender["speaker"]).strip() if sender else ""
            current = Message("", speaker, [])
            messages.append(current)
            depth = level
        current.records.append((line.locator, line.record))
        if not sender:  # the sender is staff, not whom the mail is about
            current.body = f"{current.body}\n{line.text}" if current.body else line.text
    return [m for m in messages if m.records]


def _link_thread(messages: list[Message], context: DetectContext) -> Iterator[Finding]:
    """A mail thread is about one matter: the persons named anywhere in it (the subject, a quoted
    earlier mail below the reply) are linked to every record of it — when it names only a few."""
    staff = _staff(messages)
    named: list[list[Finding]] = []
    for message in messages:
        loc, rec = message.records[0]
        found = []
        for line in message.body.split("\n"):  # line by line: a quoted 丹羽 正治です opens its line
            if staff is not None:
                line = vocab.blank(staff, line)
            found += [f for f in name.scan_text(line, loc, rec, context) if f.confidence >= BARE]
        named.append(found)
    persons = {f.fingerprint or f.evidence for names in named for f in names}
    if not persons or len(persons) > MAIL_MAX_PERSONS:
        return
    # every name of the thread goes to every message, its own too (a quoted mail's name line and
    # its address lines are separate records)
    thread = {f.fingerprint or f.evidence: f for names in named for f in names}
    for message in messages:
        for _, record in message.records:
            for f in thread.values():
                if f.record != record:
                    yield dataclasses.replace(
                        f,
                        record=record,
                        confidence=min(f.confidence, LINKED_CONFIDENCE),
                        detector="conversation",
                    )


def _is_conversation(messages: list[Message], minimum: int = MIN_MESSAGES) -> bool:
    return len(messages) >= minimum and len({m.speaker for m in messages}) >= 2


def _header(rows: list[list[CellValue]]) -> tuple[int, int, int] | None:
    """(row, speaker column, message column) of a chat export's header row among the first rows."""
    for h, row in enumerate(rows[:10]):
        heads = {j: cell_text(v).strip().lower() for j, v in enumerate(row) if v is not None}
        speaker = next((j for j, t in heads.items() if t in _SPEAKER_HEADERS), None)
        body = next((j for j, t in heads.items() if t in _BODY_HEADERS), None)
        if speaker is not None and body is not None:
            return h, speaker, body
    return None


def _table_messages(info: tables.TableInfo) -> list[Message]:
    """Rows of a chat export under a header row naming a speaker and a message column.

    The header row is looked up here rather than taken from the table analysis: a message such
    as ``連絡先は…`` can look more like a header than ``日時 | 発言者 | 内容`` does."""
    rows = info.table.rows
    found = _header(rows)
    if found is None:
        return []
    h, speaker, body = found
    out: list[Message] = []
    for r in range(h + 1, len(rows)):
        row = rows[r]
        said = cell_text(row[body]) if body < len(row) and row[body] is not None else ""
        who = cell_text(row[speaker]) if speaker < len(row) and row[speaker] is not None else ""
        if said:
            out.append(Message(said, who, [(info.table.cell_locator(r, body), info.record(r))]))
    return out


def _staff(messages: list[Message]) -> re.Pattern[str] | None:
    """The speakers' names and surnames: addressed in a body (佐藤さん、…) they are staff, not subjects."""
    names = {m.speaker for m in messages if len(m.speaker) >= 2}
    # their surnames too (大塚さん、…), not their given names: 土屋由美さん is not staff 矢野 由美; and
    # not a surname followed by another given name (後藤 栞さん beside speaker 後藤 芽衣: a resident)
    surnames = {w for m in messages if len(parts := m.speaker.split()) > 1 and len(w := parts[0]) >= 2}
    if not names and not surnames:
        return None
    alternatives = [re.escape(w) for w in sorted(names, key=len, reverse=True)]
    alternatives += [
        f"{re.escape(w)}{_NOT_ANOTHER_GIVEN_NAME}" for w in sorted(surnames, key=len, reverse=True)
    ]
    return re.compile("|".join(alternatives))


_NOT_ANOTHER_GIVEN_NAME = r"(?![ 　]?[\u4e00-\u9fff々\u3040-\u30ff]{1,4}(?:さん|様|氏|君|ちゃん))"


def _values(messages: list[Message], context: DetectContext, linked: set[str]) -> Iterator[Finding]:
    """Phones, addresses, birth dates, health and arrears inside the message cells of an exported log: the table
    detectors read columns of such values, not sentences in a message column. A message in a
    ``linked`` record (a reply about a person named before) is about that person."""
    for message in messages:
        for locator, record in message.records:
            yield from phone.scan_text(message.body, locator, record, context)
            yield from address.scan_text(message.body, locator, record, context)
            yield from birth_date.scan_text(message.body, locator, record, context)
            about = record in linked
            yield from health.scan_text(message.body, locator, record, context, None, about)
            yield from arrears.scan_text(message.body, locator, record, context, None, about)


def _birth_dates(messages: list[Message], context: DetectContext, linked: set[str]) -> Iterator[Finding]:
    """A date in a reply about a person, after a message asking for a birth date (島田 達也さんの
    生年月日確認お願いします → 昭和26年8月25日です): the question is the date's birth context."""
    for previous, message in itertools.pairwise(messages):
        if not vocab.has_any(previous.body, vocab.BIRTH_WORDS):
            continue
        loc, rec = previous.records[0]
        named = any(f.confidence >= BARE for f in name.scan_text(previous.body, loc, rec, context))
        for locator, record in message.records:
            if record in linked or (named and record == rec):  # linked, or one record with the question
                yield from birth_date.scan_reply(message.body, locator, record, context)


def _link(messages: list[Message], context: DetectContext) -> Iterator[Finding]:
    """Names of the last WINDOW messages' bodies, repeated in every later message's records."""
    staff = _staff(messages)
    recent: list[tuple[int, list[Finding]]] = []
    for i, message in enumerate(messages):
        recent = [(k, names) for k, names in recent if i - k <= WINDOW]
        linked: dict[str, Finding] = {}
        for _, names in recent:
            for f in names:
                linked.setdefault(f.fingerprint or f.evidence, f)
        for _, record in message.records:
            for f in linked.values():
                if f.record == record:
                    continue
                yield dataclasses.replace(
                    f, record=record, confidence=min(f.confidence, LINKED_CONFIDENCE), detector="conversation"
                )
        loc, rec = message.records[0]
        body = message.body.replace("\n", " ")
        if staff is not None:
            body = vocab.blank(staff, body)
        own = [f for f in name.scan_text(body, loc, rec, context) if f.confidence >= BARE]
        if own:
            recent.append((i, own))


def links(document: Document, context: DetectContext) -> list[Finding]:
    """The linked name findings of every conversation in ``document``, and the phones and addresses
    in the message cells of exported logs (computed once)."""
    cached = context.cache.get("conversation_links")
    if cached is None:
        cached = []
        messages = _text_messages(document, context)
        if _is_conversation(messages):
            found = list(_link(messages, context))
            cached.extend(found)
            cached.extend(_birth_dates(messages, context, {f.record for f in found if f.record}))
        mail = _mail_messages(document, context)
        if len(mail) >= 2:
            found = list(_link_thread(mail, context))
            cached.extend(found)
            cached.extend(_birth_dates(mail, context, {f.record for f in found if f.record}))
        for info in tables.analyse(document, context):
            rows = _table_messages(info)
            if _is_conversation(rows, MIN_EXPORTED_MESSAGES):
                found = list(_link(rows, context))
                linked = {f.record for f in found if f.record}
                cached.extend(found)
                cached.extend(_values(rows, context, linked))
                cached.extend(_birth_dates(rows, context, linked))
        context.cache["conversation_links"] = cached
    return cached  # type: ignore[no-any-return]


def linked_records(document: Document, context: DetectContext) -> frozenset[str]:
    """Records of replies about a person named earlier in the conversation: for the other
    detectors these records name a person (an arrears word there is about someone)."""
    return frozenset(f.record for f in links(document, context) if f.record and f.type == TYPE)


class ConversationDetector:
    id = "conversation"
    types = (TYPE, phone.TYPE, address.TYPE, health.TYPE, arrears.TYPE, birth_date.TYPE)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        yield from links(document, context)


@hookimpl
def assetclass_register_detectors() -> list[ConversationDetector]:
    return [ConversationDetector()]
