"""Arrears (滞納・未納・延滞・督促 …) linked to a person.

Tables: a 滞納額/未納額/滞納月数/督促 column with a non-zero value in a row (0.9 in a person list), a
list titled 滞納者一覧/未納者 (0.85 per person row), a remark cell saying 督促中/分納 (0.8). Text: an
arrears word in a line; 0.85 when the line names someone (様/さん/氏) or when the document is a
letter to a person (督促状), 0.6 with an amount (円) or months, 0.1 in general talk (滞納整理の方針,
収納率, 件数). The policy only counts arrears in the same record as a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import cell_text, compact
from . import letters, name_labels, name_lines, tables, text, text_headers, vocab, words
from .confidence import (
    AUDIENCE_NOTICE,
    BARE,
    DISMISSED,
    MODERATE_CONTEXT,
    NAMED_CONTEXT,
    RECORD_CONTEXT,
    REPORTED_ONLY,
    STRONG_CONTEXT,
    WEAK_CONTEXT,
)
from .findings import ColumnHits, finding

TYPE = "arrears"
_WORDS = re.compile("|".join(sorted(vocab.ARREARS_WORDS, key=len, reverse=True)))
_AMOUNT = re.compile(
    r"[0-9０-９,，.]+\s*万?円|[0-9０-９.]+\s*万|[0-9０-９]+\s*(?:か月|ヶ月|カ月|箇月|ケ月|期分)"
)
_PERSON = re.compile(r"(?<!お)[\u4e00-\u9fff々\u30a0-\u30ff][ 　]?(?:様|さん|氏|殿)")  # not お子様
_DIGIT = re.compile(r"[0-9０-９]")
_ZERO = {"", "0", "-", "0円", "なし", "無", "－", "ー", "―"}
_TITLE = (
    "滞納者",
    "未納者",
    "滞納一覧",
    "未納一覧",
    "督促",
    "催告",
    "差押",
    "分納",
    "滞納整理簿",
    "滞納状況",
)


_NOTHING_OWED = re.compile(
    r"(?:未納|滞納|延滞)[^\s。、0-9０-９]{0,4}[ 　]*(?:[:：][ 　]*)?(?:[0０]+[ 　]?円|なし|無し|はありません)"
)


def scan_text(
    s: str,
    locator: str,
    record: str,
    context: DetectContext,
    letter: str | None,
    person: bool = False,
) -> Iterator[Finding]:
    """``person``: the line is a row of a person table in text, or sits in a record naming someone."""
    s = vocab.blank(_NOTHING_OWED, s)  # 未納税額 0円, 滞納なし: a statement that nothing is owed
    m = vocab.first_word_outside_offices(_WORDS, s)  # (not 地方税滞納整理機構 … 様, 滞納整理課)
    if m is None and words.first_word(_WORDS, s) is not None:
        return  # the arrears word is an office's name
    if m is None:
        m = words.first_word(_WORDS, compact(s)) if len(s) <= 20 else None  # a spaced-out title: 督　促　状
        if m is None:
            return
        s = compact(s)
    # a labelled line of a person's record (内容：固定資産税の滞納について): that person's subject
    case_line = person and vocab.LABELLED_LINE.match(s) is not None
    # その方、…延滞の報告が上がってます: pointing at a person named before, never general talk
    # the words of a line's label name its field (支払いの状況：…を滞納), they are no general talk
    value = vocab.LABELLED_LINE.sub("", s, count=1)
    general = vocab.has_any(
        value, vocab.LETTER_GENERAL_ARREARS if case_line else vocab.ARREARS_GENERAL_WORDS
    ) and not vocab.has_any(s, vocab.POINTING_WORDS)
    if vocab.books_not_money(s) or vocab.non_money_duty(s):
        general, letter = True, None  # 返却期限を過ぎた資料（督促）: books to return, not money owed
    if _PERSON.search(s):
        conf = NAMED_CONTEXT
    elif letter is not None and not vocab.has_any(s, vocab.LETTER_GENERAL_ARREARS):
        conf, record = RECORD_CONTEXT, letter  # a 督促状: the body is about its addressee
    elif general:
        conf = DISMISSED
    elif _AMOUNT.search(s):
        conf = WEAK_CONTEXT
    else:
        conf = vocab.about_someone(s)
    if person and not general and conf != AUDIENCE_NOTICE:
        conf = max(conf, MODERATE_CONTEXT)
    start = max(0, m.start() - 6)
    yield finding(TYPE, conf, locator, s[start : m.end() + 6], compact(s[start : m.end() + 12]), context,
                  record=record, keep=0)  # fmt: skip


def _table(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    table = info.table
    headers = " ".join(c.header for c in info.columns.values())
    if vocab.books_not_money(f"{info.title} {headers}"):
        return  # 延滞資料 督促対象者リスト | 資料名 | 返却期限: a library's overdue books
    if vocab.non_money_duty(f"{info.title} {headers}"):
        return  # 狂犬病予防注射 未接種者への督促 | 所有者 | 犬の名: a reminder of a shot, not a debt
    persons = info.person_rows
    if info.is_message_log:
        persons = set()
    flagged: set[int] = set()
    for col in info.columns.values():
        if col.kind == TYPE:
            hits = ColumnHits(info, col.index, TYPE, context, keep=0)
            for r, t in col.cells:
                if compact(t) in _ZERO or r in flagged:
                    continue
                flagged.add(r)
                hits.add(r, f"{col.header}: {t}", f"{r}:{t}", STRONG_CONTEXT if r in persons else BARE)
            yield from hits.findings()
        elif col.kind not in ("name", "name_kana", "address", "my_number", "phone"):
            for r, t in col.cells:
                if r in flagged or len(t) > 60 or not words.first_word(_WORDS, t):
                    continue
                if vocab.OFFICE_NAME.fullmatch(t):
                    continue  # 滞納整理係 in a staff list: where someone works
                flagged.add(r)
                # a person's row, or a cell naming its person (滞納者 榎本 源太郎 滞納額合計)
                conf = RECORD_CONTEXT if r in persons or name_labels.labelled_name(t) else REPORTED_ONLY
                yield finding(TYPE, conf, table.cell_locator(r, col.index), t, f"{r}:{t}", context,
                              record=info.record(r), keep=0)  # fmt: skip
    if info.form and info.person_rows and not flagged:
        yield from _form_cells(info, context)
    if vocab.has_any(info.title, _TITLE) and not vocab.has_any(info.title, vocab.ARREARS_GENERAL_WORDS[:3]):
        for r in sorted(persons - flagged):
            yield finding(TYPE, NAMED_CONTEXT, table.range_locator(r, 0, r, 0), info.title[:12], f"{r}:title", context,
                          record=info.record(r), keep=0)  # fmt: skip


def _form_cells(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    """A form about one person: an arrears column inside it (未納額 over 21,400) or a remark
    (差押予告書を投函) says that person is in arrears. One finding per form is enough."""
    rows = info.table.rows
    for r, c, t, field in info.free_cells():
        if field == TYPE:
            below = cell_text(rows[r + 1][c]) if r + 1 < len(rows) and c < len(rows[r + 1]) else ""
            if not _DIGIT.search(below) or compact(below) in _ZERO:
                continue
            loc, evidence = info.table.cell_locator(r + 1, c), f"{t}: {below}"
        elif field is None and len(t) <= 80 and words.first_word(_WORDS, t):
            if vocab.has_any(t, vocab.ARREARS_GENERAL_WORDS):
                continue
            loc, evidence = info.table.cell_locator(r, c), t
        else:
            continue
        yield finding(
            TYPE, RECORD_CONTEXT, loc, evidence, f"form:{evidence}", context, record=info.record(r), keep=0
        )
        return


def _heading(s: str) -> bool:
    """A short heading about arrears (督促状発送リスト, 高額滞納案件（継続）), not about rates or counts."""
    if len(s) > 60 or not (_WORDS.search(s) or (len(s) <= 20 and _WORDS.search(compact(s)))):
        return False  # cheap test first: this runs on every line
    flat = compact(s)
    return (
        len(flat) <= 40
        # a note or a sentence (※ …延滞分は係長へ回す。) is not a heading
        and not flat.startswith(("※", "＊", "*", "注"))
        and not flat.rstrip("）)").endswith("。")
        and words.first_word(_WORDS, flat) is not None
        and not vocab.has_any(flat, vocab.ARREARS_GENERAL_WORDS)
        and not _PERSON.search(s)
    )


def _person_row(line: text.Line) -> bool:
    """A row of a person list: under a header line naming a person field, or a list line that
    leads with a name and a value (1 島田 勝（大垣市…）)."""
    if line.fields:
        return bool(line.fields & vocab.PERSON_FIELDS) and not text_headers.header_fields(line.text)
    return name_lines.list_line_name(line.text) is not None


def _about_books(document: Document, context: DetectContext) -> bool:
    """The whole text is about books to return and names no money (a library's 督促 of late books)."""
    found = context.cache.get("about_books")
    if found is None:
        found = context.cache["about_books"] = vocab.books_not_money(
            " ".join(line.text for line in text.lines(document, context))
        )
    return bool(found)


class ArrearsDetector:
    id = "arrears"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        letter = None
        heading: int | None = None  # the block whose arrears heading is over the lines that follow
        for line in text.lines(document, context):
            if heading == line.block and _person_row(line):
                # 高額滞納案件 / 1 島田 勝（大垣市…） 固定資産税 242 万円: a list under an arrears heading
                yield finding(TYPE, RECORD_CONTEXT, line.locator, line.text[:8], compact(line.text), context,
                              record=line.record, keep=0)  # fmt: skip
                continue
            if _heading(line.text):
                heading = line.block
            elif heading == line.block and len(line.text.strip()) <= 20 and not line.fields:
                heading = None  # another heading: the list under the arrears one has ended
            if TYPE in line.fields and _DIGIT.search(line.text):
                # a row of a table in text whose header names 滞納額/未納額/滞納月数
                yield finding(TYPE, RECORD_CONTEXT, line.locator, line.text[:8], compact(line.text), context,
                              record=line.record, keep=0)  # fmt: skip
                continue
            short = len(line.text) <= 20
            if _WORDS.search(line.text) or (short and _WORDS.search(compact(line.text))):
                if letter is None:
                    letter = letters.subject_record(document, context) or ""
                person = bool(line.fields & vocab.PERSON_FIELDS) or (
                    line.record in text.person_records(document, context)
                )
                for f in scan_text(line.text, line.locator, line.record, context, letter or None, person):
                    if f.confidence > DISMISSED and _about_books(document, context):
                        f.confidence = DISMISSED  # 督促はがきが届いた件 in a thread about books returned late
                    yield f
        for info in tables.analyse(document, context):
            yield from _table(info, context)


@hookimpl
def assetclass_register_detectors() -> list[ArrearsDetector]:
    return [ArrearsDetector()]
